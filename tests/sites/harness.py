"""Running `tessaban` as a user does, against fixture sites: what the tests and the benchmarks share.

Both ``tests/`` and ``bench/`` import this module (through ``tests.sites``, the fixture package),
never each other's modules."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

# Tests turn the polite delays off, as the README allows, and allow loopback addresses (the fixture
# sites live on 127.0.0.x); robots.txt stays obeyed.
FAST = [
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "-s",
    "TESSABAN_ALLOW_PRIVATE_ADDRESSES=True",
]


def tessaban_command() -> list[str]:
    """The installed `tessaban` console script (as a user runs it), else the module."""
    script = Path(sys.executable).parent / "tessaban"
    if script.exists():
        return [str(script)]
    found = shutil.which("tessaban")
    return [found] if found else [sys.executable, "-m", "crawler.cli"]


def run_tessaban(
    *args: str | Path, cwd: Path | None = None, timeout: float = 180, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run `tessaban ARGS...` in a subprocess; returns the completed process with text output. ``env``:
    variables set for it on top of this process's environment (``TMPDIR``, ``HOME``)."""
    return subprocess.run(
        [*tessaban_command(), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **env} if env else None,
    )


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Query a finished archive read-only."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql, params).fetchall()


def pywb_python() -> str:
    """An interpreter with a working pywb (pywb pins redis 2.10, so it lives in its own virtualenv:
    ``TESSABAN_PYWB_PYTHON``, else ``.venv-pywb`` made by tests/setup-pywb.sh); the test is skipped
    with the reason when there is none."""
    import pytest

    default = Path(__file__).resolve().parents[2] / ".venv-pywb" / "bin" / "python"
    python = os.environ.get("TESSABAN_PYWB_PYTHON") or (str(default) if default.exists() else sys.executable)
    probe = subprocess.run([python, "-c", "import pywb.apps.frontendapp"], capture_output=True, timeout=60)
    if probe.returncode:
        pytest.skip("no working pywb: set TESSABAN_PYWB_PYTHON to the python of a virtualenv with pywb")
    return python

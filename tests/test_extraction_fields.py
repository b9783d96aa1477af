"""Per-field extraction snapshots: a regression guard that names exactly which field of which page changed.

Every gold page has a snapshot of what extract() gave for it (tests/fixtures/extraction_fields/, web-poet
style), and each of its fields is a test of its own: ``test_field[joomla/j3_vaccine_sigplus-text]``.
This is not the quality gate (tests/test_extraction_gold.py scores extraction against the hand-labelled
gold): a snapshot is today's output, right or wrong. When an extraction change is meant, see what it
changed with ``python -m tests.fixtures.extraction_fields FAMILY/PAGE`` and accept it on purpose with
``--refresh FAMILY/PAGE``.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.extraction_fields.__main__ import (
    COMMAND,
    FIELDS,
    HERE,
    current,
    gold_pages,
    load,
    snapshot_pages,
)

ROOT = Path(__file__).resolve().parent.parent
PAGES = gold_pages()


@functools.cache
def extracted(page: str) -> dict:
    """extract()'s output for a gold page, once per session."""
    return current(page)


@pytest.mark.parametrize(
    ("page", "field"), [(p, f) for p in PAGES for f in FIELDS], ids=[f"{p}-{f}" for p in PAGES for f in FIELDS]
)
def test_field(page, field):
    snapshot = load(page, HERE)
    assert snapshot is not None, f"{page} has no snapshot: `{COMMAND} --refresh {page}` writes it"
    assert extracted(page)[field] == snapshot[field], (
        f"{field} of {page} differs from its snapshot: `{COMMAND} {page}` shows the change, "
        f"`{COMMAND} --refresh {page}` accepts it on purpose"
    )


def test_one_snapshot_per_gold_page():
    assert len(PAGES) >= 40
    snapshots = snapshot_pages(HERE)
    assert not sorted(set(PAGES) - set(snapshots)), f"missing: `{COMMAND} --refresh` writes them"
    assert not sorted(set(snapshots) - set(PAGES)), f"stale (no such gold page): `{COMMAND} --refresh` removes them"
    for page in PAGES:
        snapshot = load(page, HERE)
        assert set(snapshot) == {"url", *FIELDS}, page
        assert snapshot["url"] == json.loads((HERE.parent / "gold" / page / "info.json").read_bytes())["url"], page


def _command(*args: str, snapshots: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("TESSABAN_FIELD_SNAPSHOTS", None)
    if snapshots:
        env["TESSABAN_FIELD_SNAPSHOTS"] = str(snapshots)
    return subprocess.run(
        [sys.executable, "-m", "tests.fixtures.extraction_fields", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def test_command_unknown_page_is_a_one_line_error():
    result = _command("joomla/no_such_page")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "no_such_page" in result.stderr
    assert "Traceback" not in result.stderr


def test_command_shows_unchanged_and_changed_fields(tmp_path):
    page = PAGES[0]
    result = _command(page)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{page}: unchanged" in result.stdout

    # A snapshot edited by hand (in a copy): the command names that field, shows the diff, exits 1.
    snapshot = load(page, HERE)
    snapshot["published"] = "1999-12-31"
    copy = tmp_path / f"{page}.json"
    copy.parent.mkdir(parents=True)
    copy.write_text(json.dumps(snapshot, ensure_ascii=False), encoding="utf-8")
    result = _command(page, snapshots=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{page}: changed published" in result.stdout
    assert '"1999-12-31" →' in result.stdout

    # --refresh puts it back as extraction gives it, byte for byte.
    result = _command("--refresh", page, snapshots=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "updated (published)" in result.stdout
    assert copy.read_bytes() == (HERE / f"{page}.json").read_bytes()

"""Shared fixtures: fixture sites on their own loopback addresses, and running `tessaban` as a user does."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sites import FixtureServer

# One loopback address per site: Scrapy keys download slots (and politeness) by host.
SITE_HOSTS = {"wp_modern": "127.0.0.11", "wp_classic": "127.0.0.12", "table_cms": "127.0.0.13"}
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


def run_tessaban(*args: str | Path, cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run `tessaban ARGS...` in a subprocess; returns the completed process with text output."""
    return subprocess.run(
        [*tessaban_command(), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Query a finished archive read-only."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="session")
def sites() -> Iterator[dict[str, FixtureServer]]:
    """Every fixture site family served on its own loopback address for the whole session."""
    servers = {family: FixtureServer(family, host=host) for family, host in SITE_HOSTS.items()}
    for server in servers.values():
        server.start()
    yield servers
    for server in servers.values():
        server.stop()


@pytest.fixture(scope="module")
def redis_server():
    """A real redis-server on 127.0.0.1 for a test module (tests/redis_server.py)."""
    from tests.redis_server import RedisServer

    with RedisServer() as server:
        yield server


@pytest.fixture
def frontier(redis_server):
    """The shared frontier of an emptied Redis database."""
    from crawler.distributed.frontier import Frontier, connect

    redis_server.flush()
    return Frontier(connect(redis_server.url))


def trap_shapes(*dbs: Path) -> set[tuple[str, str]]:
    """(site, shape) of every URL shape any of these archives stopped as a trap."""
    found: set[tuple[str, str]] = set()
    for db in dbs:
        found |= set(rows(db, "SELECT site, shape FROM url_shapes WHERE verdict = 'trap'"))
    return found


def outside_traps(found: list[tuple], traps: set[tuple[str, str]]) -> list[tuple]:
    """Rows (URL first) whose URL is not of a trap shape. A trap stops where its pages stop adding
    anything, which depends on the order pages arrived: an interrupted crawl, or several workers,
    may fetch a few more or fewer of its pages than an uninterrupted one."""
    from pipelines.urls import site_of, url_shape

    return [row for row in found if (site_of(row[0]), url_shape(row[0])) not in traps]

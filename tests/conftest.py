"""Shared fixtures: fixture sites on their own loopback addresses, and running `tessaban` as a user does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sites import FixtureServer
from tests.sites.harness import FAST, rows, run_tessaban, tessaban_command  # noqa: F401 (the tests' names)

# One loopback address per site: Scrapy keys download slots (and politeness) by host.
SITE_HOSTS = {"wp_modern": "127.0.0.11", "wp_classic": "127.0.0.12", "table_cms": "127.0.0.13"}


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
    from tests.sites.redis_server import RedisServer

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

"""Incremental recrawls of a local news site: a first crawl, a recrawl of the unchanged site, then one
after 10 new and 3 edited posts, requests counted by the fixture server. tests/test_incremental.py
asserts the figures, ``python -m bench.recrawl`` (bench/recrawl.py) prints them against its targets.
"""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.sites import FixtureServer
from tests.sites.harness import FAST, tessaban_command

HOST = "127.0.0.31"


def crawl(server: FixtureServer, db: Path) -> tuple[int, float]:
    """Crawl the site into ``db``; returns the requests the server answered and the seconds taken."""
    server.clear_requests()
    start = time.perf_counter()
    subprocess.run(
        [*tessaban_command(), "crawl", server.base_url + "/", "--db", str(db), *FAST, "-s", "TESSABAN_PROGRESS=false"],
        check=True,
        capture_output=True,
    )
    return len(server.requests), time.perf_counter() - start


def last_run(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT new_articles, changed_articles FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()


def run(posts: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp, FixtureServer("news_large", host=HOST) as server:
        if posts != len(server.site.posts):
            del server.site.posts[posts:]
            server.site.render()
        db = Path(tmp) / "archive.db"
        first, first_s = crawl(server, db)
        unchanged, unchanged_s = crawl(server, db)
        now = datetime.now(UTC)
        edited = [p.id for p in server.site.posts[posts // 4 :: posts // 4][:3]]  # old posts, spread out
        server.site.add_posts(10, now)
        server.site.edit_posts(edited, now)
        changed, changed_s = crawl(server, db)
        new, modified = last_run(db)
    return {
        "posts": posts,
        "first_requests": first,
        "first_seconds": round(first_s, 1),
        "unchanged_requests": unchanged,
        "unchanged_seconds": round(unchanged_s, 1),
        "unchanged_ratio": round(unchanged / first, 4),
        "changed_requests": changed,
        "found_new": new,
        "found_changed": modified,
    }

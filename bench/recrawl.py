"""Incremental recrawls on a 1,000-article site: requests of recrawls against the first crawl.

    python -m bench.recrawl [--posts 1000]

One run: a first crawl of a local news site; a recrawl of the unchanged site; then 10 new posts
and 3 edited posts, and another recrawl. Requests are counted by the fixture server itself.
Targets: the unchanged recrawl makes at most 5% of the first crawl's requests; the recrawl after
the changes finds all 10 new and 3 changed articles.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.recrawl", description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args(argv)
    r = run(args.posts)
    print(f"first crawl:        {r['first_requests']:5d} requests ({r['posts']} posts, {r['first_seconds']} s)")
    print(
        f"unchanged recrawl:  {r['unchanged_requests']:5d} requests = {r['unchanged_ratio']:.1%} of the first "
        f"({r['unchanged_seconds']} s; target <= 5%)"
    )
    print(
        f"after 10 new + 3 edited posts: {r['changed_requests']} requests, found {r['found_new']} new "
        f"and {r['found_changed']} changed articles (target 10 and 3)"
    )
    ok = r["unchanged_ratio"] <= 0.05 and r["found_new"] == 10 and r["found_changed"] == 3
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Distributed crawl throughput: 1, 2 and 3 `tessaban worker` processes against one `tessaban crawl`.

    python -m bench.distributed [--posts 2000] [--workers 1 2 3]

Serves the local news site (tests/sites news_large) and a real `redis-server` on 127.0.0.1, then, in one
run: crawls the site with a single `tessaban crawl` process (the baseline), and for each worker count
seeds the same site with `tessaban crawl --redis`, runs that many workers and one `tessaban store`, and
times from seeding until every page is in SQLite (workers are started and joined first; the single
process's time includes its start-up, about 2 s). Prints pages/s and the ratio to the baseline.
Every process runs on this machine, so the ceiling is its CPU count, not the number of workers.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.distributed.frontier import Frontier, connect
from pipelines.item_queue import ItemQueue
from tests.sites import FixtureServer
from tests.sites.harness import FAST, tessaban_command
from tests.sites.redis_server import RedisServer

HOST = "127.0.0.37"


def pages(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM responses").fetchone()[0]


def single(start: str, tmp: Path) -> tuple[int, float]:
    db = tmp / "single.db"
    began = time.perf_counter()
    subprocess.run([*tessaban_command(), "crawl", start, "--db", str(db), *FAST], check=True, capture_output=True)
    return pages(db), time.perf_counter() - began


def distributed(start: str, workers: int, redis_url: str, tmp: Path) -> tuple[int, float]:
    db = tmp / f"workers{workers}.db"
    frontier = Frontier(connect(redis_url))
    frontier.server.flushdb()
    command = tessaban_command()
    procs = [
        subprocess.Popen(
            [*command, "worker", "--redis", redis_url, "--idle-exit", "1", *FAST],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(workers)
    ]
    procs.append(
        subprocess.Popen(
            [*command, "store", "--redis", redis_url, "--db", str(db), "--idle-exit", "1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    while len(frontier.workers()) < workers:
        time.sleep(0.05)
    queue = ItemQueue(frontier.server)
    began = time.perf_counter()
    subprocess.run([*command, "crawl", "--redis", redis_url, start], check=True, capture_output=True)
    while not (frontier.finished() and queue.pending() == 0):
        time.sleep(0.05)
    elapsed = time.perf_counter() - began
    for proc in procs:
        proc.wait(timeout=120)
    return pages(db), elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args(argv)
    with (
        tempfile.TemporaryDirectory() as tmp,
        RedisServer() as redis_server,
        FixtureServer("news_large", host=HOST) as server,
    ):
        if args.posts != len(server.site.posts):
            server.site.posts[:] = server.site.posts[: args.posts]
            while len(server.site.posts) < args.posts:
                server.site.posts.append(server.site._new_post(server.site.posts[-1].published))
            server.site.render()
        start = server.base_url + "/"
        base_pages, base_seconds = single(start, Path(tmp))
        base_rate = base_pages / base_seconds
        print(f"{os.cpu_count()} CPUs, {args.posts} posts")
        print(f"{'crawl':<22}{'pages':>7}{'seconds':>9}{'pages/s':>9}{'ratio':>7}")
        print(f"{'single process':<22}{base_pages:>7}{base_seconds:>9.1f}{base_rate:>9.1f}{1.0:>7.2f}")
        for workers in args.workers:
            n, seconds = distributed(start, workers, redis_server.url, Path(tmp))
            rate = n / seconds
            label = f"{workers} worker{'s' if workers > 1 else ''} + store"
            print(f"{label:<22}{n:>7}{seconds:>9.1f}{rate:>9.1f}{rate / base_rate:>7.2f}")
            if n != base_pages:
                print(f"  warning: {n} pages stored, the single process stored {base_pages}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

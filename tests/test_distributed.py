"""A distributed crawl on a real `redis-server`: `tessaban crawl --redis` seeds, `tessaban worker` processes
fetch, one `tessaban store` writes SQLite. The archive must equal a single-process crawl of the same sites."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
import redis

from crawler.distributed.frontier import LEASES, Frontier, connect
from tests.conftest import FAST, outside_traps, rows, run_tessaban, tessaban_command, trap_shapes
from tests.sites import FixtureServer

ARTICLES = "SELECT url, site, title, text, published, content_hash, duplicate_of IS NULL FROM articles ORDER BY url"
PAGES = "SELECT p.url, p.status, p.kind, a.url FROM pages p LEFT JOIN articles a ON a.id = p.article_id ORDER BY p.url"
FETCHES = "SELECT url, count(*) FROM responses GROUP BY url ORDER BY url"


class Cluster:
    """Worker and store processes of one distributed crawl, as a user starts them."""

    def __init__(self, url: str, db: Path, logs: Path, *worker_settings: str) -> None:
        self.url, self.db, self.logs = url, db, logs
        self.worker_settings = worker_settings
        self.workers: list[subprocess.Popen] = []
        self.store: subprocess.Popen | None = None
        logs.mkdir(exist_ok=True)

    def start_workers(self, count: int) -> None:
        for _ in range(count):
            n = len(self.workers)
            self.workers.append(
                subprocess.Popen(
                    [
                        *tessaban_command(),
                        "worker",
                        "--redis",
                        self.url,
                        "--idle-exit",
                        "2",
                        *FAST,
                        *self.worker_settings,
                        "-L",
                        "INFO",
                    ],
                    stdout=(self.logs / f"worker{n}.out").open("w"),
                    stderr=(self.logs / f"worker{n}.log").open("w"),
                )
            )
        frontier = Frontier(connect(self.url))
        deadline = time.monotonic() + 60
        while len(frontier.workers()) < len(self.workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(frontier.workers()) == len(self.workers), "workers did not join"

    def start_store(self) -> None:
        self.store = subprocess.Popen(
            [*tessaban_command(), "store", "--redis", self.url, "--db", str(self.db), "--idle-exit", "3"],
            stdout=(self.logs / "store.out").open("w"),
            stderr=(self.logs / "store.log").open("w"),
        )

    def seed(self, *urls: str) -> str:
        result = run_tessaban("crawl", "--redis", self.url, *urls)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def wait(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        for process in [*self.workers, self.store]:
            process.wait(timeout=max(1, deadline - time.monotonic()))
        assert self.store.returncode == 0, (self.logs / "store.log").read_text()[-3000:]

    def worker_output(self, n: int) -> str:
        return (self.logs / f"worker{n}.out").read_text()

    def stop(self) -> None:
        for process in [*self.workers, self.store]:
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()


@pytest.fixture
def cluster_factory(redis_server, tmp_path):
    clusters: list[Cluster] = []

    def make(*worker_settings: str) -> Cluster:
        cluster = Cluster(redis_server.url, tmp_path / "distributed.db", tmp_path / "logs", *worker_settings)
        clusters.append(cluster)
        return cluster

    yield make
    for cluster in clusters:
        cluster.stop()


def test_three_workers_archive_what_one_process_does_fetching_each_url_once(
    sites, frontier, cluster_factory, tmp_path, monkeypatch
):
    starts = [server.base_url + "/" for server in sites.values()]
    reference = tmp_path / "reference.db"
    for server in sites.values():
        server.clear_requests()
    # Distributed crawls fetch no linked files yet (README, "Files") and do not drop query keys learned to
    # change nothing (each worker sees part of a site): the reference crawl does neither.
    no_files = ("-s", "TESSABAN_FILES=false", "-s", "TESSABAN_LEARN_PARAMETERS=false")
    assert run_tessaban("crawl", *starts, "--db", reference, *FAST, *no_files).returncode == 0
    single = {family: Counter(server.requested_paths()) for family, server in sites.items()}
    for server in sites.values():
        server.clear_requests()

    # Two requests at a time per worker and a little latency: one worker alone cannot keep up, so the
    # work is shared however the processes happen to be scheduled (the assertion on `handed` below).
    cluster = cluster_factory("-s", "CONCURRENT_REQUESTS=2")
    for server in sites.values():
        monkeypatch.setattr(server, "latency", 0.02)
    first = cluster.seed(*starts)
    again = cluster.seed(*starts)  # a second seeding, as from another machine: nothing is fetched twice
    # Workers and the store join a crawl that is already seeded. The sites answer only once all three
    # workers are up, so a worker slow to start (a loaded machine) still finds work to share.
    for server in sites.values():
        server.hold()
    try:
        cluster.start_workers(3)
        cluster.start_store()
        deadline = time.monotonic() + 120
        while len(frontier.workers()) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        for server in sites.values():
            server.release()
    cluster.wait()

    assert first.startswith("6 start requests queued (0 already seen), 3 sites"), first
    assert again.startswith("0 start requests queued (6 already seen)"), again
    db = cluster.db
    # The difference first, with the pages rows of its URLs: a failure shows in a few lines what differs.
    ours, theirs = set(rows(db, ARTICLES)), set(rows(reference, ARTICLES))
    differ = sorted({r[0] for r in ours ^ theirs})
    assert not differ, (
        f"articles differ: {[(r[0], r[5][:8]) for r in sorted(ours - theirs)]} distributed,"
        f" {[(r[0], r[5][:8]) for r in sorted(theirs - ours)]} single process; pages of the site"
        f" distributed {pages_like(db, differ)}, single {pages_like(reference, differ)}"
    )
    assert rows(db, ARTICLES) == rows(reference, ARTICLES)
    traps = trap_shapes(db, reference)
    assert outside_traps(rows(db, PAGES), traps) == outside_traps(rows(reference, PAGES), traps)
    assert outside_traps(rows(db, FETCHES), traps) == outside_traps(rows(reference, FETCHES), traps)
    for family, server in sites.items():
        fetched = Counter(server.requested_paths())
        # Each worker process reads robots.txt itself (Scrapy's RobotsTxtMiddleware): a politeness fetch.
        assert fetched.pop("/robots.txt") <= 3
        single[family].pop("/robots.txt")
        assert fetched == single[family], f"{family}: fetches differ from a single-process crawl"
        assert max(fetched.values()) == 1, f"{family}: {fetched.most_common(3)}"
    handed = [int(cluster.worker_output(n).split(": ")[1].split()[0]) for n in range(3)]
    stored_pages = int((cluster.logs / "store.out").read_text().split()[0])
    assert sum(handed) == stored_pages  # every page a worker handed over was written by the store
    assert all(handed), f"some worker fetched nothing: {handed}"
    assert frontier.queued() == 0 and frontier.leased() == 0 and frontier.workers() == []


def pages_like(db: Path, urls: list[str]) -> list[tuple]:
    """Up to 12 pages rows (url, status, kind, error, article url) at the paths of ``urls``."""
    paths = {url.split("?")[0] for url in urls}
    found = rows(
        db, "SELECT p.url, p.status, p.kind, p.error, a.url FROM pages p LEFT JOIN articles a ON a.id = p.article_id"
    )
    return [r for r in found if r[0].split("?")[0] in paths and ("?" not in r[0] or r[4] in urls or r[4] is None)][:12]


def stored(db: Path) -> int:
    try:
        return rows(db, "SELECT count(*) FROM articles")[0][0]
    except Exception:  # noqa: BLE001 - not created yet
        return 0


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_worker_killed_mid_crawl_loses_nothing(frontier, cluster_factory, redis_server, tmp_path, how):
    """SIGKILL: its leases go back to the queue when its heartbeat expires. SIGTERM: Scrapy finishes what
    it downloads and the worker hands back the rest before it leaves."""
    posts = 300
    with FixtureServer("news_large", host="127.0.0.36") as server:
        del server.site.posts[posts:]
        server.site.render()
        start = server.base_url + "/"
        reference = tmp_path / "reference.db"
        assert run_tessaban("crawl", start, "--db", reference, *FAST).returncode == 0

        # Slow enough that the kill lands mid-crawl; a dead worker is noticed after 2 s without heartbeat.
        cluster = cluster_factory("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "TESSABAN_WORKER_TIMEOUT=2")
        cluster.start_workers(3)
        cluster.start_store()
        cluster.seed(start)
        server_redis = redis.Redis.from_url(redis_server.url)
        deadline = time.monotonic() + 60
        victim = None
        while time.monotonic() < deadline and victim is None:
            holders = Counter(v.split(b"|")[0].decode() for v in server_redis.hvals(LEASES))
            if stored(cluster.db) >= 30 and holders:
                victim = holders.most_common(1)[0][0]
            time.sleep(0.02)
        assert victim is not None, "the crawl never got going"
        info = json.loads(server_redis.get(f"tessaban:worker:{victim}"))
        leased_at_kill = holders[victim]
        os.kill(info["pid"], how)
        assert stored(cluster.db) < posts, "the kill did not land in the middle of the crawl"
        cluster.wait()

    assert leased_at_kill > 0
    logs = "".join(
        (cluster.logs / name).read_text() for name in ("worker0.log", "worker1.log", "worker2.log", "store.log")
    )
    assert ("requeued" in logs and "of a worker that stopped" in logs) == (how == signal.SIGKILL)
    assert rows(cluster.db, ARTICLES) == rows(reference, ARTICLES)  # nothing lost, nothing twice
    traps = trap_shapes(cluster.db, reference)
    assert outside_traps(rows(cluster.db, PAGES), traps) == outside_traps(rows(reference, PAGES), traps)
    assert frontier.queued() == 0 and frontier.leased() == 0


def test_an_idle_worker_starts_on_new_sites_at_once(sites, frontier, cluster_factory):
    """scrapy-redis leaves an idle worker to Scrapy's 5 s engine heartbeat; the adapter's kick starts it."""
    cluster = cluster_factory()
    cluster.start_workers(1)
    time.sleep(1.0)  # idle now
    server = sites["table_cms"]
    server.clear_requests()
    seeded = time.monotonic()
    cluster.seed(server.base_url + "/")
    while not [p for p in server.requested_paths() if p != "/robots.txt"] and time.monotonic() - seeded < 10:
        time.sleep(0.01)
    waited = time.monotonic() - seeded
    cluster.workers[0].send_signal(signal.SIGTERM)
    cluster.workers[0].wait(timeout=60)
    assert waited < 2.5, f"an idle worker took {waited:.1f} s to start on a new site"

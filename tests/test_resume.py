"""A crawl stopped (SIGINT) or killed (SIGKILL) and started again with the same job directory loses
and duplicates nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

from crawler.spiders import municipal
from tests.conftest import FAST, outside_traps, rows, run_tessaban, tessaban_command, trap_shapes
from tests.sites import FixtureServer
from tests.sites.processes import descendants

POSTS = 300
ARTICLES = "SELECT url, title, text, published FROM articles ORDER BY url"
PRIORITIES = [value for name, value in vars(municipal).items() if name.startswith("PRIORITY_")]
PAGES = "SELECT p.url, p.status, p.kind, a.url FROM pages p LEFT JOIN articles a ON a.id = p.article_id ORDER BY p.url"


def stored(db) -> int:
    """Articles committed so far (read while the crawl writes: WAL lets readers in)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet
        return 0


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie has ended); it may end while its /proc entry is read."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def still_running(pids: set[int], timeout: float) -> set[int]:
    deadline = time.monotonic() + timeout
    while True:
        alive = {pid for pid in pids if _alive(pid)}
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.2)


def interrupted_crawl(tmp_path: Path, stop: signal.Signals, damage=None) -> tuple[Path, Path, Counter]:
    """Crawl a 300-post site once uninterrupted (the reference), then again with a job dir, stopped
    with ``stop`` once 20 articles are stored, ``damage(job)`` applied, and resumed.
    Returns the two archives and how often each path was requested by the stopped+resumed crawl."""
    with FixtureServer("news_large", host="127.0.0.33") as server:
        del server.site.posts[POSTS:]
        server.site.render()
        start = server.base_url + "/"
        reference = tmp_path / "reference.db"
        assert run_tessaban("crawl", start, "--db", reference, *FAST).returncode == 0

        resumed_db = tmp_path / "resumed.db"
        job = tmp_path / "job"
        server.clear_requests()
        command = [
            *tessaban_command(),
            "crawl",
            start,
            "--db",
            str(resumed_db),
            "--job-dir",
            str(job),
            *FAST,
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=2",
        ]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while stored(resumed_db) < 20 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)  # stop once articles are in the archive, whatever the machine's speed
        assert process.poll() is None, "the crawl ended before it could be stopped"
        helpers = set(descendants(process.pid)) - {process.pid}  # its workers and their forkserver
        assert helpers, "the crawl runs no worker processes: nothing to check below"
        os.kill(process.pid, stop)
        process.wait(timeout=60)
        # Killed or stopped, the crawl leaves no worker behind (ProcessPoolExecutor's would wait for ever).
        assert still_running(helpers, timeout=10) == set()
        stored_before = rows(resumed_db, "SELECT count(*) FROM articles")[0][0]
        assert 0 < stored_before < POSTS, "the stop did not land in the middle of the crawl"
        if damage is not None:
            damage(job)

        resumed = run_tessaban("crawl", start, "--db", resumed_db, "--job-dir", job, *FAST)
        assert resumed.returncode == 0, resumed.stderr
        fetches = Counter(server.requested_paths())

    assert rows(resumed_db, ARTICLES) == rows(reference, ARTICLES)  # nothing lost, nothing duplicated
    traps = trap_shapes(resumed_db, reference)
    assert outside_traps(rows(resumed_db, PAGES), traps) == outside_traps(rows(reference, PAGES), traps)
    return reference, resumed_db, fetches


def test_killed_crawl_resumes_to_the_same_archive(tmp_path):
    _, resumed, _ = interrupted_crawl(tmp_path, signal.SIGKILL)
    runs = rows(resumed, "SELECT finished_at IS NULL FROM crawl_runs ORDER BY id")
    assert runs == [(1,), (0,)]  # the killed run stays visible as unfinished


def test_kill_before_the_queue_was_flushed_loses_nothing(tmp_path):
    """queuelib writes a disk queue's header and size only when it closes: a kill can leave 0-byte
    queue files, into which Scrapy's next push raises ``struct.error`` and drops the request."""

    def truncate_queue_files(job: Path) -> None:
        # Scrapy names a queue file after its (negated) priority, in one directory per download slot.
        slots = [p for p in (job / "requests.queue").iterdir() if p.is_dir()]
        assert slots, "the killed crawl left no queue to damage"
        for slot in slots:
            for priority in PRIORITIES:
                (slot / str(-priority)).write_bytes(b"")

    interrupted_crawl(tmp_path, signal.SIGKILL, damage=truncate_queue_files)


def test_stopped_crawl_resumes_without_fetching_twice(tmp_path):
    """Ctrl-C (one SIGINT) stops Scrapy cleanly, its queue is complete: the resumed crawl takes the
    rest from it, and no page is fetched a second time."""
    _, resumed, fetches = interrupted_crawl(tmp_path, signal.SIGINT)
    twice = {path: n for path, n in fetches.items() if n > 1 and path != "/robots.txt"}
    assert twice == {}
    assert rows(resumed, "SELECT count(*) FROM crawl_runs WHERE finished_at IS NOT NULL")[0][0] >= 1

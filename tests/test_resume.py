"""A crawl killed with SIGKILL and started again with the same job directory loses and duplicates nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

from tests.conftest import FAST, rows, run_tessaban, tessaban_command
from tests.sites import FixtureServer

POSTS = 300
ARTICLES = "SELECT url, title, text, published FROM articles ORDER BY url"
PAGES = "SELECT p.url, p.status, p.kind, a.url FROM pages p LEFT JOIN articles a ON a.id = p.article_id ORDER BY p.url"


def stored(db) -> int:
    """Articles committed so far (read while the crawl writes: WAL lets readers in)."""
    try:
        return rows(db, "SELECT count(*) FROM articles")[0][0]
    except sqlite3.Error:  # not created yet
        return 0


def test_killed_crawl_resumes_to_the_same_archive(tmp_path):
    with FixtureServer("news_large", host="127.0.0.33") as server:
        del server.site.posts[POSTS:]
        server.site.render()
        start = server.base_url + "/"
        reference = tmp_path / "reference.db"
        assert run_tessaban("crawl", start, "--db", reference, *FAST).returncode == 0

        killed = tmp_path / "killed.db"
        job = tmp_path / "job"
        server.clear_requests()
        command = [*tessaban_command(), "crawl", start, "--db", str(killed), "--job-dir", str(job), *FAST,
                   "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while stored(killed) < 20 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)  # kill once articles are in the archive, whatever the machine's speed
        assert process.poll() is None, "the crawl ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        stored_before = rows(killed, "SELECT count(*) FROM articles")[0][0]
        assert 0 < stored_before < POSTS, "the kill did not land in the middle of the crawl"

        resumed = run_tessaban("crawl", start, "--db", killed, "--job-dir", job, *FAST)
        assert resumed.returncode == 0, resumed.stderr

    assert rows(killed, ARTICLES) == rows(reference, ARTICLES)  # nothing lost, nothing duplicated
    assert rows(killed, PAGES) == rows(reference, PAGES)
    runs = rows(killed, "SELECT finished_at IS NULL FROM crawl_runs ORDER BY id")
    assert runs == [(1,), (0,)]  # the killed run stays visible as unfinished

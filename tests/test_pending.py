"""A crawl that stopped early is completed by running the same command again, without a job dir:
the archive remembers what was scheduled and never fetched (crawler/extensions/pending.py)."""

from __future__ import annotations

import signal
import subprocess
import time

import pytest

from tests.conftest import FAST, rows, run_tessaban, tessaban_command
from tests.sites import FixtureServer
from tests.test_resume import ARTICLES, stored

POSTS = 300


@pytest.fixture(scope="module")
def site():
    with FixtureServer("news_large", host="127.0.0.34") as server:
        del server.site.posts[POSTS:]
        server.site.render()
        yield server


@pytest.fixture(scope="module")
def reference(site, tmp_path_factory):
    db = tmp_path_factory.mktemp("pending") / "reference.db"
    assert run_tessaban("crawl", site.base_url + "/", "--db", db, *FAST).returncode == 0
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == POSTS
    return db


def test_a_crawl_stopped_by_its_budget_is_completed_by_running_it_again(site, reference, tmp_path):
    db = tmp_path / "archive.db"
    first = run_tessaban("crawl", site.base_url + "/", "--db", db, *FAST, "--max-pages", "60")
    assert first.returncode == 0, first.stderr
    assert rows(db, "SELECT count(*) FROM articles")[0][0] < POSTS / 2
    # The budget ends the crawl at once, not after draining the queue of refused requests.
    assert rows(db, "SELECT finish_reason FROM crawl_runs")[-1] == ("budget",)
    again = run_tessaban("crawl", site.base_url + "/", "--db", db, *FAST)
    assert again.returncode == 0, again.stderr
    assert rows(db, ARTICLES) == rows(reference, ARTICLES)
    site.clear_requests()
    third = run_tessaban("crawl", site.base_url + "/", "--db", db, *FAST)  # nothing left: a plain recrawl
    assert third.returncode == 0 and len(site.requested_paths()) < 10, site.requested_paths()


def test_ctrl_c_without_a_job_dir_then_the_same_command_completes_the_archive(site, reference, tmp_path):
    db = tmp_path / "archive.db"
    command = [
        *tessaban_command(),
        "crawl",
        site.base_url + "/",
        "--db",
        str(db),
        *FAST,
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=2",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while stored(db) < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert process.poll() is None, "the crawl ended before it could be stopped"
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)
    assert 0 < rows(db, "SELECT count(*) FROM articles")[0][0] < POSTS
    again = run_tessaban("crawl", site.base_url + "/", "--db", db, *FAST)
    assert again.returncode == 0, again.stderr
    assert rows(db, ARTICLES) == rows(reference, ARTICLES)


def test_a_killed_crawl_without_a_job_dir_is_completed_by_the_same_command(site, reference, tmp_path):
    db = tmp_path / "archive.db"
    command = [
        *tessaban_command(),
        "crawl",
        site.base_url + "/",
        "--db",
        str(db),
        *FAST,
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=2",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while stored(db) < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert process.poll() is None, "the crawl ended before it could be killed"
    process.kill()  # SIGKILL: nothing runs at exit, the pending log is all there is
    process.wait(timeout=60)
    assert 0 < rows(db, "SELECT count(*) FROM articles")[0][0] < POSTS
    again = run_tessaban("crawl", site.base_url + "/", "--db", db, *FAST)
    assert again.returncode == 0, again.stderr
    assert rows(db, ARTICLES) == rows(reference, ARTICLES)

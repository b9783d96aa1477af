"""Workers die, the crawl goes on: worker processes killed mid-crawl (as the OOM killer would), or
interrupted by Ctrl-C reaching the whole process group, cost no page.

Real crawls (`tessaban crawl` in a subprocess) of a 150-post site on loopback, real SQLite; every
crawl is bounded in time (a crawl still running then is killed and the test fails).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FAST, rows, run_tessaban, tessaban_command
from tests.sites import FixtureServer
from tests.test_resume import ARTICLES, stored

POSTS = 150
CRAWL_TIMEOUT = 120.0
# Failures that come from outside the page (a dead worker); none may be left in the archive.
FAILED_FOR_NO_FAULT_OF_THE_PAGE = (
    "SELECT url, error FROM pages WHERE error LIKE '%BrokenProcessPool%' OR error LIKE '%WorkerLost%' "
    "OR error LIKE 'extraction failed%'"
)


@pytest.fixture(scope="module")
def news_site() -> Iterator[FixtureServer]:
    with FixtureServer("news_large", host="127.0.0.37") as server:
        del server.site.posts[POSTS:]
        server.site.render()
        yield server


@pytest.fixture(scope="module")
def reference(news_site, tmp_path_factory) -> Path:
    """The archive of an undisturbed crawl of the site."""
    db = tmp_path_factory.mktemp("reference") / "reference.db"
    result = run_tessaban("crawl", news_site.base_url + "/", "--db", db, *FAST, timeout=CRAWL_TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*) FROM articles")[0][0] >= POSTS
    return db


def workers_of(crawl: int) -> set[int]:
    """The crawl's worker processes: the children of its children (the forkserver forks them)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    return {pid for child in children.get(crawl, ()) for pid in children.get(child, ())}


def live_workers(process: subprocess.Popen, timeout: float = 10) -> set[int]:
    """The crawl's worker processes, waiting while it has none (the pool starts one when a page needs it,
    and replaces a killed one so: a fresh-clone CI run of session 24 looked in such a moment, under load)."""
    deadline = time.monotonic() + timeout
    while not (found := workers_of(process.pid)) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    return found


def wait_for_articles(db: Path, count: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while stored(db) < count and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert process.poll() is None, "the crawl ended before the workers could be disturbed"
    assert stored(db) >= count, "the crawl stored too few articles in time"


def start_crawl(site: FixtureServer, db: Path, *extra: str | Path) -> subprocess.Popen:
    """`tessaban crawl` in its own process group, as a terminal runs it."""
    command = [
        *tessaban_command(),
        "crawl",
        site.base_url + "/",
        "--db",
        str(db),
        *FAST,
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=2",
        *map(str, extra),
    ]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def finish(process: subprocess.Popen) -> tuple[int, str]:
    try:
        _, stderr = process.communicate(timeout=CRAWL_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the crawl and its workers
        process.communicate()
        pytest.fail(f"the crawl did not end within {CRAWL_TIMEOUT:g} s")
    return process.returncode, stderr


def test_killed_workers_are_replaced_and_their_pages_retried(news_site, reference, tmp_path):
    """Every worker SIGKILLed twice in the middle of the crawl: each is replaced, the pages they were
    on are done again, and the archive is the undisturbed crawl's."""
    db = tmp_path / "killed.db"
    process = start_crawl(news_site, db)
    for count in (15, 40):
        wait_for_articles(db, count, process)
        victims = live_workers(process)
        assert victims, "the crawl runs no worker processes: nothing to kill"
        for pid in victims:
            with contextlib.suppress(ProcessLookupError):  # it ended (was replaced) since it was listed
                os.kill(pid, signal.SIGKILL)
    returncode, stderr = finish(process)
    assert returncode == 0, stderr
    assert rows(db, FAILED_FOR_NO_FAULT_OF_THE_PAGE) == []
    assert rows(db, ARTICLES) == rows(reference, ARTICLES)  # nothing lost, links of every page followed


def test_ctrl_c_to_the_process_group_stops_cleanly_and_resumes(news_site, reference, tmp_path):
    """One SIGINT to the whole process group (Ctrl-C in a terminal): the crawl stops cleanly, no page
    in flight is stored as failed, and the resumed crawl ends with the undisturbed crawl's archive."""
    db, job = tmp_path / "stopped.db", tmp_path / "job"
    # Downloads a tenth of a second apart: a clean stop stores every page already downloaded, which
    # without a delay is soon all of them, long before their extraction is done.
    process = start_crawl(news_site, db, "--job-dir", job, "-s", "DOWNLOAD_DELAY=0.1")
    wait_for_articles(db, 20, process)
    helpers = workers_of(process.pid)
    assert helpers, "the crawl runs no worker processes: nothing to check"
    os.killpg(process.pid, signal.SIGINT)
    finish(process)
    assert rows(db, FAILED_FOR_NO_FAULT_OF_THE_PAGE) == []
    assert 0 < rows(db, "SELECT count(*) FROM articles")[0][0] < POSTS, "the stop did not land mid-crawl"
    resumed = run_tessaban(
        "crawl", news_site.base_url + "/", "--db", db, "--job-dir", job, *FAST, timeout=CRAWL_TIMEOUT
    )
    assert resumed.returncode == 0, resumed.stderr
    assert rows(db, FAILED_FOR_NO_FAULT_OF_THE_PAGE) == []
    assert rows(db, ARTICLES) == rows(reference, ARTICLES)

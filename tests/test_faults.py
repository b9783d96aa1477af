"""`tessaban crawl` against a site that misbehaves (tests/faults): retries, failures recorded, traps bounded,
charsets, size limits and memory. One crawl per module, as a user runs it (subprocess, FAST settings).

Settings are the ones a user would pass to keep a crawl of a flaky site short: a 2 s download timeout
(the slow page answers after 5 s), the default 2 retries, a 300-page budget. Size limits, the trap
guard and session-id handling are left at tessaban's defaults: they are what is being tested.

A behaviour tessaban does not have yet is written as a strict xfail whose reason says what it does
instead (none are open now: the redirect loop, the gzip bomb's record, Retry-After and the tag-soup
article were fixed after their xfails showed them).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipelines.urls import canonical_url
from tests.conftest import FAST, rows, tessaban_command
from tests.faults import FaultServer, site

HOST = "127.0.0.41"
BASELINE_HOST = "127.0.0.42"
BUDGET = 300
USER_SETTINGS = ["-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=2", "-s", f"TESSABAN_MAX_PAGES={BUDGET}"]
CRAWL_TIME_LIMIT = 40.0  # seconds; this crawl takes about 9 s (3 x 2 s of it waiting for the slow page)
KILL_AFTER = 120.0  # a crawl still running then has run away: kill it and fail
# tessaban's documented trap guard (TESSABAN_MAX_PAGES_PER_SHAPE, default 100) plus the requests that
# may already be in flight when it trips (CONCURRENT_REQUESTS_PER_DOMAIN=8 in FAST).
CALENDAR_LIMIT = 100 + 8
# Peak RSS the oversize responses may add. Measured on this crawl: reading the 50 MB page adds about
# 300 MB (with DOWNLOAD_MAXSIZE=64 MB); refusing it and stopping the bomb at the 16 MB limit add 17-48 MB.
EXTRA_MEMORY_LIMIT_MB = 100


@dataclass
class Crawl:
    db: Path
    returncode: int
    stdout: str
    stderr: str
    elapsed: float
    max_rss_mb: float  # peak resident memory of the crawl process
    server: FaultServer


def run_crawl(server: FaultServer, db: Path, *extra: str) -> Crawl:
    """Run `tessaban crawl <home>` as a user does; returns its output, time and peak memory (wait4)."""
    out_path, err_path = db.with_suffix(".stdout"), db.with_suffix(".stderr")
    command = [*tessaban_command(), "crawl", server.url("/"), "--db", str(db), *FAST, *USER_SETTINGS, *extra]
    started = time.monotonic()
    with open(out_path, "w") as out, open(err_path, "w") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err)
        watchdog = threading.Timer(KILL_AFTER, process.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
    return Crawl(
        db=db,
        returncode=process.returncode,
        stdout=out_path.read_text(),
        stderr=err_path.read_text(),
        elapsed=time.monotonic() - started,
        max_rss_mb=usage.ru_maxrss / 1024,  # Linux: kilobytes
        server=server,
    )


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Crawl:
    with FaultServer(host=HOST) as server:
        return run_crawl(server, tmp_path_factory.mktemp("faults") / "archive.db")


def url(crawl: Crawl, path: str) -> str:
    return crawl.server.url(path)


def page(crawl: Crawl, path: str) -> tuple | None:
    """(status, kind, error, article_id) of the pages row of ``path``, or None."""
    found = rows(crawl.db, "SELECT status, kind, error, article_id FROM pages WHERE url = ?", (url(crawl, path),))
    return found[0] if found else None


def statuses(crawl: Crawl, path: str) -> list[int | None]:
    return [r.status for r in crawl.server.records(path)]


# --- the crawl as a whole ---------------------------------------------------------------------------


def test_crawl_completes_in_bounded_time_with_exit_status_0(crawl):
    """Exit 0: the start URL (the home page) gave an HTML page. tessaban exits 1 only when a start URL
    gives no page; pages that fail further in are counted as errors in the summary, not in the status."""
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    assert crawl.elapsed < CRAWL_TIME_LIMIT, f"the crawl took {crawl.elapsed:.1f} s"
    assert re.search(r"\d+ pages stored, \d+ articles .*\d+ errors", crawl.stdout), crawl.stdout
    (finish_reason,) = rows(crawl.db, "SELECT finish_reason FROM crawl_runs")[0]
    assert finish_reason == "finished"


def test_nothing_crashes(crawl):
    """Faults are outcomes, recorded in the archive: no traceback, no spider or pipeline error."""
    for crash in ("Traceback", "Spider error processing", "Error processing", "Unhandled error"):
        assert crash not in crawl.stderr, crawl.stderr[-3000:]


# --- transient failures -----------------------------------------------------------------------------

TRANSIENT = [
    pytest.param(3, [503, 200], id="id3-503-once"),
    pytest.param(5, [503, 503, 200], id="id5-503-twice"),
    pytest.param(site.RESET_ONCE, [None, 200], id="id6-connection-reset-once"),
]


@pytest.mark.parametrize(("article_id", "expected"), TRANSIENT)
def test_transient_failure_retried_and_article_archived(crawl, article_id, expected):
    path = site.ARTICLES[article_id].path
    assert statuses(crawl, path) == expected, "the server saw these requests"
    assert page(crawl, path)[:3] == (200, "article", None)
    assert rows(crawl.db, "SELECT count(*) FROM articles WHERE url = ?", (canonical_url(url(crawl, path)),)) == [(1,)]


def test_retry_after_honoured(crawl):
    """Each retry of a 503 with Retry-After: 1 comes at least a second after it."""
    gaps = []
    for article_id in sorted(site.TRANSIENT_503):
        records = crawl.server.records(site.ARTICLES[article_id].path)
        gaps += [later.time - earlier.time for earlier, later in zip(records, records[1:], strict=False)]
    assert len(gaps) == sum(site.TRANSIENT_503.values())
    assert min(gaps) >= 0.95, f"retried after {[round(g, 3) for g in gaps]} s"


# --- permanent failures -----------------------------------------------------------------------------

PERMANENT = [
    pytest.param(f"/news.php?id={site.ALWAYS_500}", 500, r"^HTTP 500$", [500] * 3, id="500-always"),
    pytest.param(f"/news.php?id={site.SLOW}", None, r"Timeout", [200] * 3, id="slower-than-timeout"),
    pytest.param(f"/news.php?id={site.TRUNCATED}", None, r"DataLoss|data loss", [200] * 3, id="truncated-body"),
    pytest.param(
        site.LOOP_A,
        None,
        r"(?i)redirect",
        None,
        id="redirect-loop",
    ),
]


@pytest.mark.parametrize(("path", "status", "error", "attempts"), PERMANENT)
def test_permanent_failure_recorded_in_pages(crawl, path, status, error, attempts):
    """Each permanently failing URL is one pages row, kind error, with its HTTP status (NULL when no
    response came) and the reason; retried RETRY_TIMES (2) times first where a retry can help."""
    if attempts is not None:
        assert statuses(crawl, path) == attempts, "the server saw these requests"
    found = page(crawl, path)
    assert found is not None, f"no pages row for {path}; server saw {statuses(crawl, path)}"
    got_status, kind, got_error, article_id = found
    assert (got_status, kind, article_id) == (status, "error", None)
    assert got_error and re.search(error, got_error), got_error


def test_redirect_loop_does_not_spin(crawl):
    """/loop/a and /loop/b redirect to each other: followed at most REDIRECT_MAX_TIMES (20) times."""
    loop = [p for p in crawl.server.requested_paths() if p.startswith("/loop/")]
    assert 1 <= len(loop) <= 21, loop


SIZE_ERROR = r"(?i)(max(imum)? size|DOWNLOAD_MAXSIZE|too large|larger than)"
OVERSIZE = [
    pytest.param(site.BIG_PATH, id="50MB-page"),
    pytest.param(site.BOMB_PATH, id="gzip-bomb"),
]


@pytest.mark.parametrize("path", OVERSIZE)
def test_oversize_response_refused_by_size_limit(crawl, path):
    """The 50 MB page and the 1 GiB gzip bomb are cancelled by the size limit, recorded as errors that say
    so, and no body of theirs is archived."""
    assert statuses(crawl, path) == [200], "fetched once: a size limit is not worth retrying"
    found = page(crawl, path)
    assert found is not None, f"no pages row for {path}"
    status, kind, error, _ = found
    assert kind == "error" and error and re.search(SIZE_ERROR, error), error
    stored = rows(
        crawl.db,
        "SELECT max(b.size) FROM pages p JOIN responses r ON r.id = p.response_id "
        "JOIN bodies b ON b.sha256 = r.body_sha256 WHERE p.url = ?",
        (url(crawl, path),),
    )
    assert stored in ([], [(None,)]), f"a body was archived: {stored}"


def test_50mb_page_not_downloaded(crawl):
    """Cancelled on its Content-Length: the crawler hung up long before 50 MB were sent."""
    sent = crawl.server.streamed.get(site.BIG_PATH)
    assert sent is not None and sent < site.BIG_BYTES // 2, f"the server sent {sent} bytes"


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Crawl:
    """The same crawl of a second copy of the site, without the 50 MB page, the bomb and the slow page
    (denied by URL rules): what the crawl needs in memory without the oversize responses."""
    with FaultServer(host=BASELINE_HOST) as server:
        deny = [re.escape(site.BIG_PATH), re.escape(site.BOMB_PATH), re.escape(f"id={site.SLOW}") + "$"]
        rules = json.dumps({server.base_url.removeprefix("http://"): {"deny": deny}})
        db = tmp_path_factory.mktemp("baseline") / "archive.db"
        result = run_crawl(server, db, "-s", f"TESSABAN_URL_RULES={rules}")
        paths = server.requested_paths()
    assert result.returncode == 0, result.stderr[-3000:]
    assert not [p for p in paths if p.startswith(("/stats/", "/gallery"))], "the URL rules did not apply"
    return result


def test_memory_bounded(crawl, baseline):
    """Peak memory of the crawl process: the oversize responses add less than their own size would."""
    extra = crawl.max_rss_mb - baseline.max_rss_mb
    assert extra < EXTRA_MEMORY_LIMIT_MB, (
        f"peak RSS {crawl.max_rss_mb:.0f} MB against {baseline.max_rss_mb:.0f} MB without the oversize pages"
    )


# --- odd pages --------------------------------------------------------------------------------------


def test_empty_page_recorded_not_an_article(crawl):
    path = f"/news.php?id={site.EMPTY}"
    assert statuses(crawl, path) == [200]
    found = page(crawl, path)
    assert found is not None and found[0] == 200 and found[3] is None, found


def test_pdf_linked_as_news_recorded_as_file(crawl):
    path = f"/news.php?id={site.PDF_NEWS}"
    assert page(crawl, path) == (200, "file", None, None)


def test_pdf_attachment_fetched_once_as_a_file(crawl):
    # Linked files are archived since issue 17 (tests/test_files_crawl.py): one request, however many pages link it.
    assert statuses(crawl, site.FILE_PATH) == [200]


# --- articles ---------------------------------------------------------------------------------------

LABELS = {
    3: "503-once",
    5: "503-twice",
    site.RESET_ONCE: "reset-once",
    site.SESSION_ID_ARTICLE: "session-ids",
    9: "cp874-header-says-utf8",
    10: "cp874-header-says-latin1",
    11: "cp874-undeclared",
    site.INVALID_HTML: "tag-soup-garbage-bytes",
}
ARTICLE_CASES = [
    pytest.param(
        article_id,
        id=f"id{article_id}" + (f"-{LABELS[article_id]}" if article_id in LABELS else ""),
        marks=[],
    )
    for article_id in site.GOOD_IDS
]


@pytest.mark.parametrize("article_id", ARTICLE_CASES)
def test_article_archived_once_with_correct_thai_text(crawl, article_id):
    article = site.ARTICLES[article_id]
    found = rows(crawl.db, "SELECT title, text FROM articles WHERE url = ?", (canonical_url(url(crawl, article.path)),))
    assert len(found) == 1, f"stored {len(found)} times; pages row: {page(crawl, article.path)}"
    title, text = found[0]
    for field in (title, text):
        assert "\ufffd" not in field, f"U+FFFD in {field[:80]!r}"
        # Thai read as Latin-1/cp1252: UTF-8 gives 'à¸...', windows-874 gives 'Ã¡ÒÃ...'.
        assert not re.search("[\u00c0-\u00ff]", field), f"mojibake in {field[:80]!r}"
    assert title == article.title
    for paragraph in article.paragraphs:
        assert paragraph in text, f"missing: {paragraph[:50]}"


def test_only_the_good_articles_become_articles(crawl):
    """Broken pages (500, slow, truncated, empty, PDF, calendar, ...) never become articles rows."""
    expected = {canonical_url(url(crawl, a.path)) for a in site.ARTICLES.values()}
    stored = [u for (u,) in rows(crawl.db, "SELECT url FROM articles")]
    assert len(stored) == len(set(stored))
    assert set(stored) <= expected, set(stored) - expected


# --- traps ------------------------------------------------------------------------------------------


def test_calendar_trap_bounded(crawl):
    calendar = [p for p in crawl.server.requested_paths() if p.startswith(site.CALENDAR)]
    assert 1 <= len(calendar) <= CALENDAR_LIMIT, f"{len(calendar)} calendar pages fetched"
    total = len([p for p in crawl.server.requested_paths() if p != "/robots.txt"])
    assert total < BUDGET, f"the crawl ran into its page budget ({total} requests)"


def test_session_id_article_stored_once(crawl):
    stored = rows(crawl.db, "SELECT url FROM articles WHERE url LIKE ?", (f"%/news.php?id={site.SESSION_ID_ARTICLE}%",))
    assert stored == [(canonical_url(url(crawl, site.ARTICLES[site.SESSION_ID_ARTICLE].path)),)]


def test_session_id_article_fetched_once(crawl):
    """Linked 15+ times, each time with another PHPSESSID; a crawler that drops session ids fetches it once."""
    fetched = crawl.server.records(site.ARTICLES[site.SESSION_ID_ARTICLE].path)
    assert len(fetched) == 1, f"fetched {len(fetched)} times: {[r.path for r in fetched][:5]}"


# --- politeness -------------------------------------------------------------------------------------


def test_robots_txt_obeyed(crawl):
    paths = crawl.server.requested_paths()
    assert paths[0] == "/robots.txt", paths[:3]
    assert not [p for p in paths if p.startswith(site.DISALLOWED)]

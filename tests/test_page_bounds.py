"""No page can stall or starve the crawl (tests/faults/heavy.py): a procurement table of 8,000 rows is an
ordinary page, a page whose extraction would run for minutes is stopped at the per-page bound (stored
with its reason, its links followed, the rest committed meanwhile), text and links nested 1,000 deep
are kept, and `tessaban extract` reads no more than the crawl's size limit.

Real crawls (`tessaban crawl` in a subprocess) on loopback, real SQLite; every run is bounded in time.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from crawler.settings import DOWNLOAD_MAXSIZE
from tests.conftest import FAST, rows, run_tessaban, tessaban_command
from tests.faults import heavy, site

CRAWL_TIMEOUT = 150.0  # the crawl takes about 15 s; one still running then has stalled
GOOD = len(site.ARTICLES)


@dataclass
class Crawl:
    db: Path
    returncode: int
    stderr: str
    elapsed: float
    #: (seconds since start, articles committed, whether the span page's row is) sampled while it ran
    progress: list[tuple[float, int, bool]] = field(default_factory=list)


def committed(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def span_page_stored(db: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            found = conn.execute("SELECT 1 FROM pages WHERE url LIKE ?", (f"%/news.php?id={heavy.SPANS_ID}",))
            return found.fetchone() is not None
    except sqlite3.Error:
        return False


def crawl(server: heavy.HeavyServer, db: Path, *extra: str) -> Crawl:
    """`tessaban crawl` of the heavy site, sampling what is committed; killed (and failed) if it stalls."""
    command = [*tessaban_command(), "crawl", server.url("/"), "--db", str(db), *FAST, *extra]
    started = time.monotonic()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    result = Crawl(db, 0, "", 0.0)
    stderr: list[str] = []
    reader = threading.Thread(target=lambda: stderr.append(process.stderr.read()), daemon=True)
    reader.start()
    while process.poll() is None:
        elapsed = time.monotonic() - started
        if elapsed > CRAWL_TIMEOUT:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            pytest.fail(f"the crawl was still running after {CRAWL_TIMEOUT:g} s (committed: {result.progress[-1:]})")
        result.progress.append((elapsed, committed(db), span_page_stored(db)))
        time.sleep(0.25)
    reader.join(10)
    result.returncode, result.stderr = process.returncode, "".join(stderr)
    result.elapsed = time.monotonic() - started
    return result


def page(db: Path, news_id: int) -> tuple[str, str | None, str | None]:
    """(kind, error, article text) of a page of the heavy site."""
    found = rows(
        db,
        "SELECT p.kind, p.error, a.text FROM pages p LEFT JOIN articles a ON a.id = p.article_id WHERE p.url LIKE ?",
        (f"%/news.php?id={news_id}",),
    )
    assert found, f"no pages row for /news.php?id={news_id}"
    return found[0]


@pytest.fixture(scope="module")
def table_crawl(tmp_path_factory) -> Crawl:
    """The site with its 8,000-row table and its page nested 1,000 deep (the span page kept small)."""
    with heavy.HeavyServer(host="127.0.0.43", spans=100) as server:
        return crawl(server, tmp_path_factory.mktemp("table") / "table.db")


@pytest.fixture(scope="module")
def bounded_crawl(tmp_path_factory) -> Crawl:
    """The site with a page whose extraction takes minutes (100,000 spans), under a 10 s bound per page."""
    with heavy.HeavyServer(host="127.0.0.44", table_rows=50, spans=100_000) as server:
        return crawl(server, tmp_path_factory.mktemp("bounded") / "bounded.db", "-s", "TESSABAN_PAGE_TIMEOUT=10")


def test_a_table_of_8000_rows_is_an_ordinary_page(table_crawl):
    assert table_crawl.returncode == 0, table_crawl.stderr
    kind, error, text = page(table_crawl.db, heavy.TABLE_ID)
    assert (kind, error) == ("article", None)
    assert heavy.LAST_ROW in text  # the whole table, to its last row
    assert committed(table_crawl.db) == GOOD + 5  # the good news, the table, the span and deep pages, 2 behind
    assert table_crawl.elapsed < 60


def test_text_and_links_nested_1000_deep_are_kept(table_crawl):
    kind, error, text = page(table_crawl.db, heavy.DEEP_ID)
    assert kind == "article" and error is None
    assert heavy.DEEP_TEXT in text
    # Its only link is below depth 255: the crawl followed it.
    kind, error, text = page(table_crawl.db, heavy.BEHIND_DEEP_ID)
    assert (kind, error) == ("article", None)
    assert heavy.BEHIND[heavy.BEHIND_DEEP_ID].paragraphs[-1] in text


def test_a_page_over_the_time_bound_is_stored_with_its_reason_and_its_links_followed(bounded_crawl):
    assert bounded_crawl.returncode == 0, bounded_crawl.stderr
    kind, error, text = page(bounded_crawl.db, heavy.SPANS_ID)
    assert kind == "article"
    assert error is not None and "time bound" in error and "TESSABAN_PAGE_TIMEOUT" in error
    kind, error, text = page(bounded_crawl.db, heavy.BEHIND_SPANS_ID)  # linked only from the span page
    assert (kind, error) == ("article", None)
    assert committed(bounded_crawl.db) == GOOD + 4  # everything but the span page
    assert bounded_crawl.elapsed < 60


def test_commits_go_on_while_one_page_is_over_its_bound(bounded_crawl):
    """The good news is committed while the span page runs to its bound, not queued behind it: all of
    it is in the archive before the span page's row is (stored once its 10 s bound ran out)."""
    all_good = next((t for t, n, _ in bounded_crawl.progress if n >= GOOD), None)
    span_row = next((t for t, _, stored in bounded_crawl.progress if stored), None)
    assert all_good is not None and span_row is not None
    assert all_good < span_row


def test_a_worker_over_the_memory_bound_is_replaced(tmp_path):
    """The same page under a memory bound instead (an ordinary page takes its worker to ~150 MB, this one
    past 260 MB): it is stopped for memory, and the crawl goes on."""
    with heavy.HeavyServer(host="127.0.0.45", table_rows=50, spans=100_000) as server:
        result = crawl(server, tmp_path / "memory.db", "-s", "TESSABAN_WORKER_MEMORY=210")
    assert result.returncode == 0, result.stderr
    kind, error, text = page(result.db, heavy.SPANS_ID)
    assert error is not None and "memory bound" in error and "TESSABAN_WORKER_MEMORY" in error
    assert committed(result.db) == GOOD + 4


@pytest.mark.parametrize("rows_", [1000, 2000, 4000, 8000])
def test_extract_reads_a_big_table_in_seconds(tmp_path, rows_):
    saved = tmp_path / "table.html"
    saved.write_bytes(heavy.table_page(rows_))
    started = time.monotonic()
    result = run_tessaban("extract", saved, "--url", "https://example.go.th/news.php?id=60", timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"ซ่อมถนนสาย {rows_}" in json.loads(result.stdout)["text"]
    assert time.monotonic() - started < 30


def test_extract_reads_at_most_the_size_limit(tmp_path):
    """/dev/zero never ends: `tessaban extract` stops at DOWNLOAD_MAXSIZE and says so in one line."""
    result = run_tessaban("extract", "/dev/zero", timeout=30)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "DOWNLOAD_MAXSIZE" in lines[0] and "/dev/zero" in lines[0]


def test_extract_reads_standard_input_up_to_the_size_limit():
    big = b"<html><body>" + b" " * DOWNLOAD_MAXSIZE
    command = [*tessaban_command(), "extract", "-"]
    result = subprocess.run(command, input=big, capture_output=True, timeout=30)
    assert result.returncode == 2
    assert b"standard input" in result.stderr and b"DOWNLOAD_MAXSIZE" in result.stderr
    small = subprocess.run(
        command + ["--url", "https://example.go.th/news.php?id=62"],
        input=heavy.deep_page(),
        capture_output=True,
        timeout=30,
    )
    assert small.returncode == 0, small.stderr
    assert heavy.DEEP_TEXT in json.loads(small.stdout)["text"]


def test_a_page_whose_links_take_too_long_to_read_is_still_recorded(tmp_path):
    """Reading the links of a page runs under the same bound: over it, the page is a row with its reason."""
    with heavy.HeavyServer(host="127.0.0.48", table_rows=50, spans=500_000) as server:
        result = crawl(server, tmp_path / "links.db", "-s", "TESSABAN_PAGE_TIMEOUT=1")
    assert result.returncode == 0, result.stderr
    kind, error, _ = page(result.db, heavy.SPANS_ID)
    assert error is not None and error.startswith("links not read") and "bound" in error, error
    assert committed(result.db) >= GOOD  # the rest of the site is archived

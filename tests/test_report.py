"""`tessaban report`: the coverage report of a crawled archive, looked at in a real headless Chromium.

The archive is built by real crawls (`tessaban crawl`, as a user runs it) of fixture sites on loopback:
wp_modern with one post of its prev/next chain taken down (404: a chain gap), wp_classic, and a site
that has no articles at all (a home page and two dead links); a fourth site, written through the
archive API, republishes four wp_modern posts under a footer line of its own (duplicates, a learned
template line). Chromium is driven over the DevTools protocol: script errors, network requests and
the fonts that drew the Thai text are read from it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import shutil
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pipelines.archive import Archive
from pipelines.items import Article, FetchedPage
from pipelines.schema import open_database
from pipelines.urls import site_of
from tests.conftest import FAST, rows, run_tessaban
from tests.sites import FixtureServer
from tests.sites.model import Response, route_key

websockets_sync = pytest.importorskip("websockets.sync.client")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (sh tests/setup-system.sh)")

EMPTY_HOME = (
    "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>อบต.ว่างเปล่า</title></head><body>"
    "<h1>องค์การบริหารส่วนตำบลว่างเปล่า</h1><p>ยินดีต้อนรับ</p>"
    "<a href='/news.php'>ข่าวประชาสัมพันธ์</a> <a href='/plan.php'>แผนพัฒนา</a></body></html>"
).encode()


class _EmptySite(BaseHTTPRequestHandler):
    """A municipal site that has nothing to archive: a home page, and its two links fail."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = urlsplit(self.path).path
        status, body = (200, EMPTY_HOME) if path == "/" else (404, b"not found")
        if path == "/robots.txt":
            status, body = 200, b"User-agent: *\nAllow: /\n"
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8" if path != "/robots.txt" else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Iterator[dict]:
    """An archive of three real crawls, and what the fixture sites hold."""
    db = tmp_path_factory.mktemp("report") / "archive.db"
    modern = FixtureServer("wp_modern", host="127.0.0.91")
    classic = FixtureServer("wp_classic", host="127.0.0.92")
    taken_down = modern.site.articles[6]  # in the middle of the prev/next chain
    path = urlsplit(taken_down.url)
    modern.site._routes[route_key(path.path + (f"?{path.query}" if path.query else ""))] = Response(
        404, (("Content-Type", "text/html; charset=utf-8"),), b"<html><body>404</body></html>"
    )
    empty = ThreadingHTTPServer(("127.0.0.93", 0), _EmptySite)
    threading.Thread(target=empty.serve_forever, daemon=True).start()
    empty_url = f"http://127.0.0.93:{empty.server_address[1]}/"
    with modern, classic:
        for url in (modern.base_url + "/", classic.base_url + "/", empty_url):
            result = run_tessaban("crawl", url, "--db", db, *FAST)
            assert result.returncode == 0, result.stderr[-2000:]
        _republish(db, site_of(modern.base_url + "/"))
        yield {
            "db": db,
            "modern": site_of(modern.base_url + "/"),
            "classic": site_of(classic.base_url + "/"),
            "empty": site_of(empty_url),
            "modern_months": _months_between([a.published[:7] for a in modern.site.articles if a is not taken_down]),
            "classic_months": _months_between([a.published[:7] for a in classic.site.articles]),
            "taken_down": taken_down.url,
        }
    empty.shutdown()


COPY_SITE = "copy.go.th"
COPY_FOOTER = "งานประชาสัมพันธ์ เทศบาลตำบลตัวอย่าง โทร 038-000-000"


def _republish(db: Path, original: str) -> None:
    """copy.go.th: four of ``original``'s posts, each with the same footer line, stored as a crawl stores them."""
    archive = Archive(open_database(db))
    posts = rows(
        db, "SELECT title, text, published FROM articles WHERE site = ? ORDER BY published LIMIT 4", (original,)
    )
    for i, (title, text, published) in enumerate(posts):
        url = f"http://{COPY_SITE}/news/{i}"
        body = f"<html><body><h1>{title}</h1><p>{text}</p><p>{COPY_FOOTER}</p></body></html>".encode()
        archive.store_page(
            FetchedPage(
                url=url,
                site=COPY_SITE,
                status=200,
                kind="article",
                fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),  # after the originals: copies
                body=body,
                headers=[("Content-Type", "text/html; charset=utf-8")],
                article=Article(title=title, text=f"{text}\n{COPY_FOOTER}", published=published),
            )
        )
    archive.finalise_site(COPY_SITE)
    archive.commit()
    archive.close()


def _months_between(months: list[str]) -> list[str]:
    """Every month from the first to the last of ``months`` (written here, independently of the report)."""
    first, last = min(months), max(months)
    found, (year, month) = [], (int(first[:4]), int(first[5:]))
    while f"{year}-{month:02d}" <= last:
        found.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


# --- Chromium over the DevTools protocol --------------------------------------------------------------------


class Browser:
    """A headless Chromium and one page of it, driven over the DevTools protocol (a websocket)."""

    def __init__(self, profile: Path) -> None:
        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        port = None
        deadline = time.monotonic() + 60
        while port is None and time.monotonic() < deadline:
            line = self.process.stderr.readline()
            if "DevTools listening on ws://" in line:
                port = int(line.split("ws://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
            elif not line and self.process.poll() is not None:
                break
        assert port, "chromium did not open its DevTools port"
        threading.Thread(target=self.process.stderr.read, daemon=True).start()  # keep its pipe drained
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page = next(t for t in targets if t["type"] == "page")
        self.stack = contextlib.ExitStack()
        self.ws = self.stack.enter_context(
            websockets_sync.connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=30)
        )
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=60))
            if message.get("id") == self.next_id:
                assert "error" not in message, message
                return message["result"]
            self.events.append(message)

    def wait_for(self, event: str, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv(timeout=deadline - time.monotonic()))
            self.events.append(message)
            if message.get("method") == event:
                return message
        raise AssertionError(f"no {event} within {timeout} s")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def close(self) -> None:
        self.stack.close()
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def report(crawled, tmp_path_factory) -> Iterator[dict]:
    """The report written by `tessaban report`, loaded in Chromium, with what the browser saw."""
    folder = tmp_path_factory.mktemp("seen")
    out = folder / "report.html"
    result = run_tessaban("report", out, "--db", crawled["db"])
    assert result.returncode == 0, result.stderr
    browser = Browser(folder / "profile")
    try:
        for domain in ("Page", "Runtime", "Log", "Network", "DOM", "CSS"):
            browser.call(f"{domain}.enable")
        browser.call("Emulation.setDeviceMetricsOverride", width=1200, height=900, deviceScaleFactor=1, mobile=False)
        browser.call("Page.navigate", url=out.as_uri())
        browser.wait_for("Page.loadEventFired")
        shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        screenshot = folder / "report.png"
        screenshot.write_bytes(base64.b64decode(shot["data"]))
        yield {"out": out, "stdout": result.stdout, "browser": browser, "screenshot": screenshot}
    finally:
        browser.close()


def _errors(events: list[dict]) -> list[dict]:
    return [
        e
        for e in events
        if e.get("method") == "Runtime.exceptionThrown"
        or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] == "error")
        or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
    ]


# --- what a person sees ----------------------------------------------------------------------------------


def test_the_page_loads_without_script_errors_and_without_the_network(report):
    browser = report["browser"]
    assert browser.evaluate("document.documentElement.dataset.ready") == "yes"  # its script ran to the end
    assert _errors(browser.events) == []
    requested = [
        e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"
    ]
    assert requested and all(url.startswith(("file:", "data:")) for url in requested), requested


def test_the_worst_site_comes_first_and_is_flagged_as_having_no_articles(report, crawled):
    browser = report["browser"]
    order = browser.evaluate("[...document.querySelectorAll('section.site')].map(s => s.dataset.site)")
    assert sorted(order) == sorted([crawled["modern"], crawled["classic"], crawled["empty"], COPY_SITE])
    assert order[0] == crawled["empty"]
    flags = browser.evaluate(
        f"[...document.querySelectorAll('section.site[data-site=\"{crawled['empty']}\"] .flag')].map(f => f.innerText)"
    )
    assert flags[0] == "no articles" and "many failures" in flags  # its two links failed
    assert browser.evaluate(f"document.querySelector('section.site[data-site=\"{crawled['classic']}\"] .flag')") is None
    assert "to look at" in report["stdout"] and crawled["empty"] in report["stdout"]


@pytest.mark.parametrize("which", ["modern", "classic"])
def test_each_site_has_a_bar_for_every_month_from_its_first_to_its_last_article(report, crawled, which):
    bars = report["browser"].evaluate(
        f"[...document.querySelectorAll('section.site[data-site=\"{crawled[which]}\"] svg.months rect.bar')]"
        ".map(r => [r.dataset.month, +r.dataset.articles, r.getBoundingClientRect().height])"
    )
    assert [month for month, _, _ in bars] == crawled[f"{which}_months"]
    published = rows(
        crawled["db"],
        "SELECT substr(published, 1, 7), count(*) FROM articles WHERE site = ? GROUP BY 1",
        (crawled[which],),
    )
    assert {m: n for m, n, _ in bars if n} == dict(published)
    gaps = [h for _, n, h in bars if n == 0]
    assert gaps, "these sites have months without a post"
    assert 0 < max(gaps) < min(h for _, n, h in bars if n) / 5  # a gap is a short mark, a month with posts a bar


def test_the_whole_archive_totals(report, crawled):
    cells = report["browser"].evaluate(
        "Object.fromEntries([...document.querySelectorAll('table.whole tr')].slice(1)"
        ".map(r => [r.cells[0].innerText, r.cells[1].innerText]))"
    )
    failed = rows(crawled["db"], "SELECT count(*) FROM pages WHERE error LIKE 'HTTP 404%'")[0][0]
    assert cells["failures by reason"] == f"HTTP 404 {failed}"
    assert cells["chain gaps"] == "2" and cells["republished copies"] == "4"
    assert cells["template lines learned"] == "1"


def test_the_whole_archive_chart_spans_every_site(report, crawled):
    months = report["browser"].evaluate(
        "[...document.querySelectorAll('body > svg.months rect.bar')].map(r => r.dataset.month)"
    )
    everything = crawled["modern_months"] + crawled["classic_months"]
    assert months == _months_between(everything)


def test_the_post_taken_down_is_a_failure_and_a_chain_gap_from_both_neighbours(report, crawled):
    browser = report["browser"]
    section = f'section.site[data-site="{crawled["modern"]}"]'
    failures = browser.evaluate(f"[...document.querySelectorAll('{section} table.failures tr')].map(r => r.innerText)")
    assert any(line.startswith("HTTP 404") for line in failures), failures
    gaps = browser.evaluate(
        f"[...document.querySelectorAll('{section} table.gaps tr')].slice(1)"
        ".map(r => [...r.cells].map(c => c.innerText))"
    )
    to_taken_down = [g for g in gaps if g[2] == crawled["taken_down"]]
    assert sorted(g[0] for g in to_taken_down) == ["next", "prev"], gaps
    assert all(g[3] == "HTTP 404" for g in to_taken_down)
    assert "chain gaps" in browser.evaluate(f"document.querySelector('{section}').dataset.flags")
    articles = rows(crawled["db"], "SELECT count(*) FROM articles WHERE site = ?", (crawled["modern"],))[0][0]
    checked = browser.evaluate(f"document.querySelector('{section} table.gaps').previousElementSibling.innerText")
    assert checked == f"all {articles} articles checked"


def test_shapes_and_runs_are_shown(report, crawled):
    browser = report["browser"]
    section = f'section.site[data-site="{crawled["modern"]}"]'
    shapes = browser.evaluate(f"[...document.querySelectorAll('{section} table.shapes tr')].length - 1")
    assert (
        shapes == rows(crawled["db"], "SELECT count(*) FROM url_shapes WHERE site = ?", (crawled["modern"],))[0][0] > 0
    )
    runs = browser.evaluate(
        f"[...document.querySelectorAll('{section} table.runs tr')].slice(1).map(r => r.cells[0].innerText)"
    )
    assert runs == [
        str(r) for (r,) in rows(crawled["db"], "SELECT id FROM crawl_runs WHERE sites = ?", (crawled["modern"],))
    ]


def test_template_lines_and_who_republishes_whom(report, crawled):
    browser = report["browser"]
    section = f'section.site[data-site="{COPY_SITE}"]'
    lines = browser.evaluate(
        f"[...document.querySelectorAll('{section} table.template tr')].slice(1).map(r => r.cells[0].innerText)"
    )
    assert lines == [COPY_FOOTER]
    pairs = browser.evaluate(
        "[...document.querySelectorAll('table.republishing tr')].slice(1).map(r => [...r.cells].map(c => c.innerText))"
    )
    assert pairs == [[COPY_SITE, crawled["modern"], "4"]]


def test_thai_text_is_drawn_with_a_thai_font_and_a_screenshot_is_written(report):
    browser = report["browser"]
    document = browser.call("DOM.getDocument")["root"]["nodeId"]
    node = browser.call("DOM.querySelector", nodeId=document, selector="section.site table.template td")["nodeId"]
    fonts = browser.call("CSS.getPlatformFontsForNode", nodeId=node)["fonts"]
    thai_fonts = {"Garuda", "Loma", "Norasi", "Kinnari", "Laksaman", "Umpush", "Waree", "Sawasdee", "Purisa"}
    assert any(f["familyName"].split()[0] in thai_fonts or "Thai" in f["familyName"] for f in fonts), fonts
    png = report["screenshot"].read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000


def test_the_filter_box_hides_other_sites(report, crawled):
    browser = report["browser"]
    browser.evaluate(
        f"var b = document.getElementById('filter'); b.value = {json.dumps(crawled['classic'])};"
        " b.dispatchEvent(new Event('input'))"
    )
    shown = browser.evaluate("[...document.querySelectorAll('section.site:not(.hidden)')].map(s => s.dataset.site)")
    assert shown == [crawled["classic"]]
    assert browser.evaluate("document.getElementById('shown').textContent") == "1"
    browser.evaluate("var b = document.getElementById('filter'); b.value = ''; b.dispatchEvent(new Event('input'))")


def test_one_site_and_bad_input(crawled, tmp_path):
    out = tmp_path / "one" / "r.html"
    result = run_tessaban("report", out, "--site", f"https://www.{crawled['classic']}/", "--db", crawled["db"])
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").count('<section class="site') == 1
    unchecked = run_tessaban("report", out, "--site", crawled["modern"], "--chain-gaps", "0", "--db", crawled["db"])
    assert unchecked.returncode == 0, unchecked.stderr
    html = out.read_text(encoding="utf-8")
    assert "not checked" in html and "chain gaps" not in html.split('data-flags="', 1)[1].split('"', 1)[0]
    for args, message in (
        (("--site", "nowhere.go.th"), "no site nowhere.go.th in the archive"),
        (("--site", "http://h:99999/"), "is not a host name"),
        (("--db", tmp_path / "none.db"), "no archive at"),
    ):
        refused = run_tessaban(
            "report", tmp_path / "x.html", *args, *(() if "--db" in args else ("--db", crawled["db"]))
        )
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        assert message in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    refused = run_tessaban("report", tmp_path, "--db", crawled["db"])
    assert refused.returncode == 2 and "is a directory" in refused.stderr
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        ("HTTP 404", "HTTP 404"),
        ("HTTP 503 (redirected via 2 URLs)", "HTTP 503"),
        (
            "TimeoutError: User timeout caused connection failure: Getting http://a.go.th/ took longer than 60 s",
            "timeout",
        ),
        ("DNSLookupError: DNS lookup failed: no results for hostname lookup: a.go.th.", "DNS"),
        ("ConnectionRefusedError: Connection was refused by other side: 111: Connection refused.", "connection"),
        (
            "CancelledError: Cancelling download of http://a.go.th/x: received response size (17) larger than",
            "too large",
        ),
        ("over the file size limit (40 MB, TESSABAN_FILE_MAXSIZE): cancelled", "too large"),
        ("extraction failed: ValueError: bad", "parse"),
        ("no article text found", "parse"),
        ("Forbidden by robots.txt", "robots.txt"),
        ("something new", "other"),
    ],
)
def test_failure_reasons_are_grouped_as_a_person_asks_about_them(error, reason):
    from pipelines.report.figures import failure_reason

    assert failure_reason(error) == reason


def test_requests_robots_txt_refused_are_shown_with_the_failures(report, crawled):
    """wp_classic links its /wp-login.php, which its robots.txt forbids: never fetched, so no page,
    but the latest run counted it (crawl_run_refusals) and the site's failures table shows it."""
    refused = rows(
        crawled["db"],
        "SELECT requests FROM crawl_run_refusals WHERE site = ? AND reason = 'robots.txt'",
        (crawled["classic"],),
    )
    assert refused and refused[0][0] >= 1
    browser = report["browser"]
    section = f'section.site[data-site="{crawled["classic"]}"]'
    failures = browser.evaluate(f"[...document.querySelectorAll('{section} table.failures tr')].map(r => r.innerText)")
    assert any(
        line.startswith("robots.txt (refused, not fetched)") and line.endswith(str(refused[0][0])) for line in failures
    ), failures

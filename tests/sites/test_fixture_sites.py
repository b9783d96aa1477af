"""Checks of the fixture sites themselves, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import http.client
import re
import signal
import subprocess
import sys
from collections import deque
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen
from urllib.robotparser import RobotFileParser

import pytest

from . import FixtureServer, build_site
from .corpus import STORIES
from .thaidate import MONTHS, thai_abbr, thai_long

# The first three families share conventions these tests check (a prev/next chain, a disallowed
# path linked from every page); every family's gold lists are checked in test_family_gold.py.
CHAIN_FAMILIES = ("wp_modern", "wp_classic", "table_cms")

ROOT = Path(__file__).resolve().parents[2]


# -- tiny HTTP / HTML helpers -------------------------------------------------
def fetch(url: str, method: str = "GET", headers: dict[str, str] | None = None):
    """One request without following redirects: (status, headers, body)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, target or "/", headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def decode(body: bytes, content_type: str) -> str:
    m = re.search(r"charset=([\w-]+)", content_type or "")
    if not m:
        m = re.search(rb"<meta[^>]+charset=([\w-]+)", body[:2048], re.I)
        charset = m.group(1).decode() if m else "utf-8"
    else:
        charset = m.group(1)
    return body.decode({"windows-874": "cp874"}.get(charset.lower(), charset))


class _Page(HTMLParser):
    BLOCK = {"p", "br", "div", "td", "tr", "li", "h1", "h2", "h3", "figcaption", "figure"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.anchors: list[tuple[str, str, str]] = []  # (href, rel, text)
        self._skip = 0
        self._a: list | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag in self.BLOCK:
            self.chunks.append("\n")
        if tag == "a" and a.get("href"):
            self._a = [a["href"], a.get("rel") or "", ""]

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag == "a" and self._a is not None:
            self.anchors.append(tuple(self._a))
            self._a = None

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)
            if self._a is not None:
                self._a[2] += data

    @property
    def text(self) -> str:
        return " ".join("".join(self.chunks).split())


def parse(html_text: str) -> _Page:
    page = _Page()
    page.feed(html_text)
    page.close()
    return page


def get_page(url: str) -> _Page:
    status, headers, body = fetch(url)
    assert status == 200, (url, status)
    return parse(decode(body, headers.get("Content-Type", "")))


def absolute(base: str, href: str) -> str:
    return urljoin(base, href).split("#")[0]


# -- fixtures -----------------------------------------------------------------
@pytest.fixture(scope="module", params=CHAIN_FAMILIES)
def server(request):
    with FixtureServer(request.param) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first crawl of <a href> links from '/', obeying robots.txt."""
    base = server.base_url
    robots = RobotFileParser()
    robots.parse(fetch(base + "/robots.txt")[2].decode().splitlines())
    seen, queue, pages, statuses = {base + "/"}, deque([base + "/"]), {}, {}
    while queue:
        url = queue.popleft()
        status, headers, body = fetch(url)
        if status in (301, 302):
            target = absolute(url, headers["Location"])
            statuses[url] = status
            if target not in seen and target.startswith(base) and robots.can_fetch("*", target):
                seen.add(target)
                queue.append(target)
            continue
        statuses[url] = status
        ctype = headers.get("Content-Type", "")
        if status != 200 or not ctype.startswith("text/html"):
            continue
        page = parse(decode(body, ctype))
        pages[url] = page
        for href, _rel, _text in page.anchors:
            target = absolute(url, href)
            if target.startswith(base + "/") and target not in seen and robots.can_fetch("*", target):
                seen.add(target)
                queue.append(target)
    return {"pages": pages, "statuses": statuses, "robots": robots}


# -- corpus ---------------------------------------------------------------------
def test_corpus_shape():
    titles, paragraphs = set(), set()
    for family, stories in STORIES.items():
        assert len(stories) >= 12, family
        dates = [s.date for s in stories]
        assert dates == sorted(dates) and len(set(dates)) == len(dates), family
        assert dates[0] < "2018" and dates[-1] >= "2024", family
        photo = [s for s in stories if s.is_photo_post]
        assert 0.25 <= len(photo) / len(stories) <= 0.45, family
        for s in photo:
            assert 3 <= s.photos <= 5 and set(s.shown_captions) == {s.title}, s.title
        for s in stories:
            assert s.is_photo_post or 2 <= len(s.paragraphs) <= 6, s.title
            assert s.title not in titles
            titles.add(s.title)
            for p in s.paragraphs:
                assert p == " ".join(p.split()) and p not in paragraphs, p
                paragraphs.add(p)
    for s in STORIES["table_cms"]:
        (s.title + "".join(s.paragraphs)).encode("cp874")  # must be windows-874-safe


def test_build_site_is_deterministic_and_rejects_unknown_family():
    a = build_site("wp_modern", "http://127.0.0.1:1")
    b = build_site("wp_modern", "http://127.0.0.1:1/")
    assert a.articles == b.articles
    assert a.route("/").body == b.route("/").body
    with pytest.raises(ValueError):
        build_site("joomla", "http://127.0.0.1:1")


# -- every family ---------------------------------------------------------------
def test_robots_txt(server):
    status, headers, body = fetch(server.base_url + "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    lines = body.decode().splitlines()
    disallow = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Disallow:")]
    assert disallow == server.site.disallowed_paths
    robots = RobotFileParser()
    robots.parse(lines)
    for path in disallow:
        assert not robots.can_fetch("*", server.base_url + path + "x")
    for article in server.site.articles:
        assert robots.can_fetch("*", article.url)


def _chain_link(page: _Page, base: str, direction: str) -> str | None:
    label = {"next": "ข่าวถัดไป", "prev": "ข่าวก่อนหน้า"}[direction]
    found = [
        absolute(base, href)
        for href, rel, text in page.anchors
        if direction in rel.split() or text.strip().startswith(("<< " + label, label))
    ]
    assert len(set(found)) <= 1, found
    return found[0] if found else None


def test_chain_links_are_consistent(server):
    articles = server.site.articles
    expected = [a.url for a in articles]
    walked, url = [], expected[0]
    while url:
        walked.append(url)
        page = get_page(url)
        url = _chain_link(page, url, "next")
        assert len(walked) <= len(expected)
    assert walked == expected
    back, url = [], expected[-1]
    while url:
        back.append(url)
        url = _chain_link(get_page(url), url, "prev")
    assert back == expected[::-1]


def test_ground_truth_appears_in_served_html(server):
    for article in server.site.articles:
        text = get_page(article.url).text
        assert article.title in text
        for paragraph in article.paragraphs:
            assert paragraph in text, (article.url, paragraph)
        for caption in set(article.captions):
            assert text.count(caption) >= article.captions.count(caption)
        d = date.fromisoformat(article.published)
        shown = (thai_long(d), thai_abbr(d, digits_thai=True), f"{d.day} {MONTHS[d.month - 1]} {d.year}")
        assert any(s in text for s in shown), (article.url, shown)
        if article.author:
            assert article.author in text


def test_aliases_reach_the_article(server):
    for article in server.site.articles:
        for alias in article.aliases:
            status, headers, body = fetch(alias)
            if status in (301, 302):
                assert absolute(alias, headers["Location"]) == article.url
            else:
                assert status == 200 and article.title in decode(body, headers["Content-Type"])


def test_unknown_path_is_404(server):
    status, headers, body = fetch(server.base_url + "/no/such/page.html")
    assert status == 404 and headers["Content-Type"].startswith("text/html") and body


def test_head_matches_get_and_request_log(server):
    server.clear_requests()
    url = server.site.articles[0].url
    g_status, g_headers, g_body = fetch(url)
    h_status, h_headers, h_body = fetch(url, "HEAD")
    assert g_status == h_status == 200 and h_body == b""
    assert h_headers["Content-Length"] == str(len(g_body))
    target = url[len(server.base_url) :]
    assert server.requested_paths() == [target, target]
    assert [r.method for r in server.requests] == ["GET", "HEAD"]
    assert server.requests[0].headers.get("Host") and server.requests[0].status == 200
    assert server.requests[0].time <= server.requests[1].time


def test_crawl_reaches_every_article_and_only_expected_404s(server, crawl):
    site, statuses = server.site, crawl["statuses"]
    for article in site.articles:
        assert statuses.get(article.url) == 200, article.url
    broken = {u for u, s in statuses.items() if s == 404}
    assert broken == set(site.broken_links)
    for url in statuses:
        assert crawl["robots"].can_fetch("*", url)


def test_every_page_links_a_disallowed_path(server, crawl):
    base, robots = server.base_url, crawl["robots"]
    for url, page in crawl["pages"].items():
        targets = {absolute(url, href) for href, _, _ in page.anchors}
        assert any(t.startswith(base) and not robots.can_fetch("*", t) for t in targets), url


def test_conditional_get_on_media(server):
    media = next(p for p in server.site.paths() if p.endswith((".jpg", ".pdf")))
    status, headers, body = fetch(server.base_url + media)
    assert status == 200 and headers["Last-Modified"] and body
    status, _, body = fetch(server.base_url + media, headers={"If-Modified-Since": headers["Last-Modified"]})
    assert status == 304 and body == b""


# -- family specifics -----------------------------------------------------------
@pytest.fixture(scope="module")
def modern():
    with FixtureServer("wp_modern") as srv:
        yield srv


@pytest.fixture(scope="module")
def classic():
    with FixtureServer("wp_classic") as srv:
        yield srv


@pytest.fixture(scope="module")
def table():
    with FixtureServer("table_cms") as srv:
        yield srv


def test_wp_modern_shortlinks_redirect_301(modern):
    for article in modern.site.articles:
        status, headers, _ = fetch(article.aliases[0])
        assert "/?p=" in article.aliases[0]
        assert status == 301 and headers["Location"] == article.url
        page_text = decode(fetch(article.url)[2], "charset=UTF-8")
        assert f'<link rel="canonical" href="{article.url}" />' in page_text
        assert f"postid-{article.aliases[0].rsplit('=', 1)[1]}" in page_text
    slashless = modern.site.articles[0].url.rstrip("/")
    status, headers, _ = fetch(slashless)
    assert status == 301 and headers["Location"] == modern.site.articles[0].url
    assert any("%e0%b8" in a.url for a in modern.site.articles)  # Thai-slug permalinks
    # Upper-case percent-encoding reaches the same page.
    thai = next(a.url for a in modern.site.articles if "%e0" in a.url)
    assert fetch(re.sub(r"%[0-9a-f]{2}", lambda m: m.group(0).upper(), thai))[0] == 200


def test_wp_modern_feed_sitemap_and_listings(modern):
    base, arts = modern.base_url, modern.site.articles
    feed = fetch(base + "/feed/")
    assert feed[0] == 200 and feed[1]["Content-Type"].startswith("application/rss+xml")
    links = re.findall(r"<link>([^<]+)</link>", feed[2].decode())[1:]
    assert links == [a.url for a in arts[::-1][:10]]
    index = fetch(base + "/wp-sitemap.xml")[2].decode()
    assert f"{base}/wp-sitemap-posts-post-1.xml" in index
    locs = re.findall(r"<loc>([^<]+)</loc>", fetch(base + "/wp-sitemap-posts-post-1.xml")[2].decode())
    assert sorted(locs) == sorted(a.url for a in arts)
    home = fetch(base + "/")[2].decode()
    assert 'class="home blog' in home and f'href="{base}/page/2/"' in home
    assert 'type="application/rss+xml"' in home
    listed = []
    for n in (1, 2, 3):
        page = get_page(base + ("/" if n == 1 else f"/page/{n}/"))
        listed += [absolute(base, h) for h, rel, _ in page.anchors if rel == "bookmark"]
    assert listed == [a.url for a in arts[::-1]]
    assert fetch(base + "/page/4/")[0] == 404
    about = fetch(base + "/about/")[2].decode()
    assert "page-id-2" in about and "post-navigation" not in about
    for needle in (
        "ใส่ความเห็น",
        "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น",
        "Keep Reading",
        "Share on Facebook",
        "LINE",
        "แชร์",
        "เรื่องล่าสุด",
    ):
        assert needle in decode(fetch(arts[5].url)[2], "charset=UTF-8")
    metas = [b"article:published_time" in fetch(a.url)[2] for a in arts]
    assert 0 < metas.count(False) < len(arts) / 2


def test_wp_classic_old_posts_only_through_chain(classic):
    base, arts = classic.base_url, classic.site.articles
    for path in ("/", f"/?cat={3}", "/?page_id=2"):
        page = get_page(base + path)
        linked = {absolute(base + path, h) for h, _, _ in page.anchors}
        assert linked & {a.url for a in arts} == {a.url for a in arts[-3:]}, path
    for path in ("/feed/", "/?feed=rss2", "/wp-sitemap.xml", "/sitemap.xml", "/page/2/"):
        assert fetch(base + path)[0] == 404
    post = decode(fetch(arts[4].url)[2], "charset=UTF-8")
    assert f"<link rel='canonical' href='{arts[4].url}' />" in post
    assert 'class="wp-caption-text"' in post and "<marquee" in post
    assert '<div class="navigation">' in post and "ใส่ความเห็น" in post
    assert any("<link rel='prev'" in decode(fetch(a.url)[2], "charset=UTF-8") for a in arts)


def test_table_cms_is_windows_874_without_header_charset(table):
    article = table.site.articles[3]
    status, headers, body = fetch(article.url)
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b'<meta http-equiv="Content-Type" content="text/html; charset=windows-874">' in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("cp874")
    assert article.title in text and "เข้าชม" in text and "ผู้เข้าชม 12345" in text
    assert "<marquee" in text and f"/files/doc_{article.url.rsplit('=', 1)[1]}.pdf" in text
    assert "print.php?id=" in text


def test_table_cms_listing_pdf_and_broken_link(table):
    base, arts = table.base_url, table.site.articles
    listed = []
    for n in (1, 2, 3):
        page = get_page(f"{base}/news.php?page={n}")
        listed += [absolute(base + "/", h).replace("&cid=1", "") for h, _, _ in page.anchors if h.endswith("&cid=1")]
        if n < 3:
            assert any(t.startswith("หน้าถัดไป") for _, _, t in page.anchors)
    assert listed == [a.url for a in arts[::-1]]
    status, headers, body = fetch(base + "/files/report.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF")
    assert "/files/report.pdf" in fetch(base + "/")[2].decode("cp874")
    assert table.site.broken_links == [base + "/plan.php"]
    assert fetch(base + "/plan.php")[0] == 404


def test_cli_serves_until_interrupted():
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.sites.server", "--family", "table_cms", "--host", "127.0.0.1", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = proc.stdout.readline().strip()
        assert base.startswith("http://127.0.0.1:")
        with urlopen(base + "/robots.txt", timeout=10) as resp:
            assert b"Disallow: /print.php" in resp.read()
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0

"""Gold lists of every fixture family, checked over real HTTP on 127.0.0.1.

For each family in FAMILIES (a family whose module is not written yet is skipped): the build is
deterministic; every article URL and alias answers (200, or a redirect to the article URL) with
HTML that shows the title and every paragraph; every ``non_articles`` URL answers 200 with HTML;
articles and non-articles are disjoint; every article is reachable from '/' by a bounded crawl
(<a href>, sitemap <loc>, RSS/Atom links) that obeys robots.txt and skips ``trap_patterns``; and
every trap pattern matches at least one URL the site links to.
"""

from __future__ import annotations

import html
import http.client
import re
import time
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import pytest
from w3lib.url import safe_url_string

from .families import FAMILIES, build_site
from .model import route_key
from .server import FixtureServer

GOLD_FAMILIES = tuple(f for f in FAMILIES if f != "news_large")
MAX_FETCHES = 3000
BASE = "http://127.0.0.1:9"


def _build_or_skip(family: str, base_url: str = BASE):
    try:
        return build_site(family, base_url)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.endswith(f"families.{family}"):
            pytest.skip(f"family {family} not written yet")
        raise


# -- HTTP / HTML helpers ------------------------------------------------------
def fetch(url: str):
    # As a browser or crawler sends it: a link written in raw Thai (MODX aliases) percent-encoded as UTF-8.
    parts = urlsplit(safe_url_string(url))
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request("GET", target or "/")
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def decode(body: bytes, content_type: str) -> str:
    m = re.search(r"charset=([\w-]+)", content_type or "")
    if m:
        charset = m.group(1)
    else:
        m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.I)
        charset = m.group(1).decode() if m else "utf-8"
    charset = {"windows-874": "cp874", "tis-620": "cp874", "iso-8859-11": "cp874"}.get(charset.lower(), charset)
    return body.decode(charset, errors="replace")


class _Page(HTMLParser):
    BLOCK = {
        "p",
        "br",
        "div",
        "td",
        "th",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "figcaption",
        "figure",
        "span",
        "dd",
        "dt",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag in self.BLOCK:
            self.chunks.append(" ")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link" and a.get("href") and (a.get("type") or "").endswith(("rss+xml", "atom+xml")):
            self.links.append(a["href"])

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.chunks).split())


def parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    page.close()
    return page


def xml_links(text: str) -> list[str]:
    """<loc> of sitemaps, <link> of RSS items and channels, href of Atom links."""
    found = re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", text)
    found += re.findall(r"<link>\s*([^<\s]+)\s*</link>", text)
    found += re.findall(r"<link\b[^>]*\bhref=[\"']([^\"']+)[\"']", text)
    return [html.unescape(u) for u in found]


def absolute(base: str, href: str) -> str:
    return urljoin(base, href.strip()).split("#")[0]


def same(url_a: str, url_b: str) -> bool:
    return urlsplit(url_a).netloc == urlsplit(url_b).netloc and key_of(url_a) == key_of(url_b)


def key_of(url: str) -> str:
    parts = urlsplit(url)
    return route_key(parts.path + (f"?{parts.query}" if parts.query else ""))


def is_html(headers) -> bool:
    return (headers.get("Content-Type") or "").split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")


# -- fixtures -------------------------------------------------------------------
@pytest.fixture(scope="module", params=GOLD_FAMILIES)
def server(request):
    _build_or_skip(request.param)
    with FixtureServer(request.param, host="127.0.0.1", port=0) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first crawl from '/': (pages reached with status 200, every URL linked anywhere)."""
    base = server.base_url
    site = server.site
    traps = [re.compile(p) for p in site.trap_patterns]
    robots = RobotFileParser()
    status, _, body = fetch(base + "/robots.txt")
    lines = body.decode("utf-8", errors="replace").splitlines() if status == 200 else []
    robots.parse(lines)
    start = [base + "/"]
    start += [absolute(base, line.split(":", 1)[1]) for line in lines if line.lower().startswith("sitemap:")]
    seen, queue, reached, linked = set(start), deque(start), set(), set()
    fetches = 0

    def target_of(url: str) -> str:
        parts = urlsplit(url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def push(url: str) -> None:
        linked.add(url)
        if url in seen or not url.startswith(base + "/") or not robots.can_fetch("*", url):
            return
        if any(t.search(target_of(url)) for t in traps):
            return
        seen.add(url)
        queue.append(url)

    while queue and fetches < MAX_FETCHES:
        url = queue.popleft()
        status, headers, body = fetch(url)
        fetches += 1
        if status in (301, 302, 303, 307, 308) and headers.get("Location"):
            push(absolute(url, headers["Location"]))
            continue
        if status != 200:
            continue
        reached.add(url)
        ctype = (headers.get("Content-Type") or "").lower()
        if is_html(headers):
            for href in parse(decode(body, ctype)).links:
                if not href.strip().lower().startswith(("javascript:", "mailto:", "tel:", "#")):
                    push(absolute(url, href))
        elif "xml" in ctype:
            for href in xml_links(decode(body, ctype)):
                push(absolute(url, href))
    return reached, linked, fetches


# -- tests ----------------------------------------------------------------------
@pytest.mark.parametrize("family", GOLD_FAMILIES)
def test_build_is_deterministic_and_fast(family):
    started = time.perf_counter()
    one = _build_or_skip(family)
    elapsed = time.perf_counter() - started
    two = _build_or_skip(family)
    assert one.paths() == two.paths()
    for path in one.paths():
        assert one.route(path) == two.route(path), path
    assert one.articles == two.articles
    assert one.non_articles == two.non_articles
    assert one.trap_patterns == two.trap_patterns
    assert one.disallowed_paths == two.disallowed_paths
    assert elapsed < 1.0, f"{family}: build took {elapsed:.2f} s"


@pytest.mark.parametrize("family", GOLD_FAMILIES)
def test_gold_lists_are_well_formed(family):
    site = _build_or_skip(family)
    assert 12 <= len(site.articles) <= 25
    assert site.non_articles, f"{family}: no non_articles"
    urls = [a.url for a in site.articles] + [u for a in site.articles for u in a.aliases]
    assert len(set(urls)) == len(urls), "an article URL or alias listed twice"
    assert len(set(site.non_articles)) == len(site.non_articles), "a non-article listed twice"
    keys = {key_of(u) for u in urls}
    for url in site.non_articles:
        assert url.startswith(BASE + "/"), url
        assert key_of(url) not in keys, url
    dates = [a.published for a in site.articles]
    assert dates == sorted(dates), "articles are not oldest first"
    for a in site.articles:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", a.published), a.published
        assert a.title and a.paragraphs
        for p in a.paragraphs:
            assert p == " ".join(p.split()), (a.url, p)
    for pattern in site.trap_patterns:
        re.compile(pattern)


def test_articles_answer_with_title_and_text(server):
    for article in server.site.articles:
        for url in (article.url, *article.aliases):
            status, headers, body = fetch(url)
            hops = 0
            while status in (301, 302, 303, 307, 308) and hops < 3:
                target = absolute(url, headers["Location"])
                assert target.startswith(server.base_url), (url, target)
                url = target
                status, headers, body = fetch(url)
                hops += 1
            if hops:
                assert same(url, article.url), (article.url, "redirects to", url)
            assert status == 200, (url, status)
            assert is_html(headers), (url, headers.get("Content-Type"))
            text = parse(decode(body, headers.get("Content-Type", ""))).text
            assert " ".join(article.title.split()) in text, (url, article.title)
            for paragraph in article.paragraphs:
                assert paragraph in text, (url, paragraph[:60])


def test_non_articles_answer_html(server):
    for url in server.site.non_articles:
        status, headers, body = fetch(url)
        assert status == 200, (url, status)
        assert is_html(headers), (url, headers.get("Content-Type"))
        assert b"<" in body, url


def test_every_article_is_reachable_from_home(server, crawl):
    reached, _linked, fetches = crawl
    assert fetches < MAX_FETCHES, f"crawl did not finish in {MAX_FETCHES} fetches (a trap not in trap_patterns?)"
    missing = [a.url for a in server.site.articles if not any(same(u, r) for u in (a.url, *a.aliases) for r in reached)]
    assert not missing, missing


def test_many_non_articles_are_linked(server, crawl):
    reached, _linked, _ = crawl
    reached_keys = {key_of(u) for u in reached}
    hits = sum(1 for url in server.site.non_articles if key_of(url) in reached_keys)
    assert hits >= max(1, len(server.site.non_articles) // 3), (hits, len(server.site.non_articles))


def test_trap_patterns_match_linked_urls(server, crawl):
    _reached, linked, _ = crawl
    targets = []
    for url in linked:
        parts = urlsplit(url)
        if url.startswith(server.base_url):
            targets.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for pattern in server.site.trap_patterns:
        assert any(re.search(pattern, t) for t in targets), f"trap {pattern!r} matches no linked URL"


def test_robots_txt_and_404(server):
    status, headers, body = fetch(server.base_url + "/robots.txt")
    assert status == 200 and (headers.get("Content-Type") or "").startswith("text/plain")
    text = body.decode("utf-8", errors="replace")
    for path in server.site.disallowed_paths:
        assert f"Disallow: {path}" in text, path
    status, _, _ = fetch(server.base_url + "/no-such-page-7f3a9.html")
    assert status == 404

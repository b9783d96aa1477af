"""`tessaban sites check`: what a crawl of a site would find, from two requests.

A diagnostic, not a crawl: it fetches robots.txt and the start page once each (with tessaban's
User-Agent) and reports what the crawler's own navigation sees: feeds, sitemaps, prev/next links,
listings. Runs outside Scrapy on purpose, to answer in a second without starting a reactor.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin

from protego import Protego

from crawler import __version__
from crawler.navigation import page_links
from pipelines.extract.article import parse_html

USER_AGENT = f"tessaban/{__version__} (archiver of Thai local-government news; site check)"
TIMEOUT = 20


@dataclass
class SiteReport:
    url: str
    robots_status: int | str | None = None
    start_allowed: bool = True
    robots_sitemaps: list[str] = field(default_factory=list)
    crawl_delay: float | None = None
    status: int | str | None = None
    content_type: str | None = None
    encoding: str | None = None
    kind: str | None = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    prev_next: list[str] = field(default_factory=list)
    pagination: int = 0
    article_links: int = 0


def _fetch(url: str) -> tuple[int | str, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, dict(response.headers), response.read(8 * 1024 * 1024)
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers or {}), b""
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return f"unreachable ({getattr(exc, 'reason', exc)})", {}, b""


def check_site(url: str) -> SiteReport:
    """Fetch robots.txt and ``url``, and report what the crawler would discover from them."""
    report = SiteReport(url)
    report.robots_status, _, robots = _fetch(urljoin(url, "/robots.txt"))
    if report.robots_status == 200:
        rules = Protego.parse(robots.decode("utf-8", "replace"))
        report.start_allowed = rules.can_fetch(url, USER_AGENT)
        report.robots_sitemaps = list(rules.sitemaps)
        report.crawl_delay = rules.crawl_delay(USER_AGENT)
    report.status, headers, body = _fetch(url)
    report.content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    if body and "html" in (report.content_type or "html"):
        tree, report.encoding = parse_html(body, report.content_type)
        links = page_links(tree, url)
        report.kind = links.kind
        report.feeds, report.sitemaps = links.feeds, links.sitemaps
        report.prev_next = links.prev + links.next
        report.pagination, report.article_links = len(links.pagination), len(links.articles)
    return report

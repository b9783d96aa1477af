"""`tessaban sites check`: what a crawl of a site would find, from two requests.

A diagnostic, not a crawl: it fetches robots.txt and the start page once each (with tessaban's
User-Agent) and reports what the crawler's own navigation sees: feeds, sitemaps, prev/next links,
listings. Runs outside Scrapy on purpose, to answer in a second without starting a reactor, but
under the crawl's rules: the same address guard (no private, loopback, shared or reserved address
unless TESSABAN_ALLOW_PRIVATE_ADDRESSES), the same scope (a redirect is followed only to http(s) on
the same site), robots.txt (a start page it forbids is not fetched) and DOWNLOAD_MAXSIZE.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import cast
from urllib.parse import urljoin, urlsplit

from protego import Protego

from crawler.middlewares import is_public_address, refusal_reason
from crawler.navigation import page_links
from pipelines.extract.article import parse_html
from pipelines.identity import USER_AGENT as IDENTITY
from pipelines.urls import site_of

USER_AGENT = IDENTITY  # what a crawl sends: robots.txt rules for the crawler apply to the check
TIMEOUT = 20


@dataclass(frozen=True)
class CheckRules:
    """The crawl's limits a site check obeys (from the crawl's settings, the registry entry and ``-s``)."""

    allow_private: bool = False
    max_size: int = 16 * 1024 * 1024  # DOWNLOAD_MAXSIZE; 0: no limit
    timeout: float = TIMEOUT
    obey_robots: bool = True
    max_redirects: int = 10

    @classmethod
    def from_settings(cls, settings) -> CheckRules:
        """The rules of a Scrapy ``Settings`` (crawler.settings with overrides)."""
        return cls(
            allow_private=settings.getbool("TESSABAN_ALLOW_PRIVATE_ADDRESSES", False),
            max_size=settings.getint("DOWNLOAD_MAXSIZE", cls.max_size),
            timeout=min(settings.getfloat("DOWNLOAD_TIMEOUT", TIMEOUT), TIMEOUT),
            obey_robots=settings.getbool("ROBOTSTXT_OBEY", True),
            max_redirects=settings.getint("REDIRECT_MAX_TIMES", 10),
        )


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


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand every redirect back to ``_fetch``, which checks its target before following it."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201 - urllib's signature
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


def refused(url: str, site: str, rules: CheckRules) -> str | None:
    """Why the crawl would not request ``url`` (scheme, another site, a non-public address), or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"not followed: {url[:100]} is not http(s)"
    if site_of(url) != site:
        return f"not followed: {url[:100]} is outside the site"
    if rules.allow_private:
        return None
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return None  # unresolvable: the request fails and says so
    for info in infos:
        host = cast(str, info[4][0])  # TCP results are AF_INET/AF_INET6: the address is a str
        address = ipaddress.ip_address(host.split("%")[0])
        if not is_public_address(address):
            return "refused: " + refusal_reason(parts.hostname, address)
    return None


def _read(response, limit: int) -> bytes | None:
    """The body, or None when it is longer than ``limit`` bytes (0: no limit)."""
    body = response.read(limit + 1 if limit else -1)
    return None if limit and len(body) > limit else body


def _fetch(url: str, rules: CheckRules) -> tuple[int | str, dict[str, str], bytes]:
    """GET ``url`` as the crawl would: guarded, redirects followed only within its site, size-limited."""
    site = site_of(url)
    for _ in range(rules.max_redirects + 1):
        problem = refused(url, site, rules)
        if problem:
            return problem, {}, b""
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with _OPENER.open(request, timeout=rules.timeout) as response:
                body = _read(response, rules.max_size)
                if body is None:
                    return f"{response.status}, over DOWNLOAD_MAXSIZE ({rules.max_size} bytes): not read", {}, b""
                return response.status, dict(response.headers), body
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if exc.headers else None
            if exc.code in (301, 302, 303, 307, 308) and location:
                url = urljoin(url, location)
                continue
            return exc.code, dict(exc.headers or {}), b""
        except (urllib.error.URLError, OSError, ValueError) as exc:
            return f"unreachable ({getattr(exc, 'reason', exc)})", {}, b""
    return f"more than {rules.max_redirects} redirects", {}, b""


def check_site(url: str, rules: CheckRules | None = None) -> SiteReport:
    """Fetch robots.txt and ``url``, and report what the crawler would discover from them."""
    rules = rules or CheckRules()
    report = SiteReport(url)
    report.robots_status, _, robots = _fetch(urljoin(url, "/robots.txt"), rules)
    if report.robots_status == 200:
        parsed = Protego.parse(robots.decode("utf-8", "replace"))
        report.start_allowed = parsed.can_fetch(url, USER_AGENT)
        report.robots_sitemaps = list(parsed.sitemaps)
        report.crawl_delay = parsed.crawl_delay(USER_AGENT)
    if rules.obey_robots and not report.start_allowed:
        report.status = "not fetched (robots.txt forbids it)"
        return report
    report.status, headers, body = _fetch(url, rules)
    report.content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    if body and "html" in (report.content_type or "html"):
        tree, report.encoding = parse_html(body, report.content_type)
        links = page_links(tree, url)
        report.kind = links.kind
        report.feeds, report.sitemaps = links.feeds, links.sitemaps
        report.prev_next = links.prev + links.next
        report.pagination, report.article_links = len(links.pagination), len(links.articles)
    return report

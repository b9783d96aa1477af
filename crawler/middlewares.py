"""Downloader middlewares, one job each: keep the crawl on its sites, within its page budget, and within robots.txt."""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import logging
from collections import Counter
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Self
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares import robotstxt as scrapy_robotstxt
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred
from w3lib.url import canonicalize_url

from pipelines.urls import site_of

#: Redis set of the URLs a distributed crawl has fetched (crawler.distributed.frontier clears it per pass).
FETCHED = "tessaban:fetched"

logger = logging.getLogger(__name__)


class PolicyRefusal(IgnoreRequest):
    """A request tessaban decided not to make (scope, budget, private address): not a failure of the
    site, so the spider does not record it as a failed page. Any other IgnoreRequest (a response
    over DOWNLOAD_MAXSIZE once decompressed, for instance) is recorded."""


class BudgetRefusal(PolicyRefusal):
    """A request not made because its site's page budget was spent: still to be fetched by a later
    crawl (crawler.extensions.pending), unlike the other refusals."""


def in_scope(crawler: Crawler, url: str) -> bool:
    """Whether ``url`` belongs to one of the sites the spider crawls (always, when it names none)."""
    allowed = getattr(crawler.spider, "allowed_sites", None)
    return allowed is None or site_of(url) in allowed


class SiteScopeMiddleware:
    """Drop any request, redirects included, for a host outside the spider's ``allowed_sites``.

    Hosts are matched exactly (``www.`` aside), so ``evil.example/x.go.th/`` never passes for a
    .go.th site. Scrapy's redirect middleware re-schedules redirected requests, so they pass here too.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        # robots.txt is not exempt: the robots middleware asks only for the crawled sites' own
        # (RobotsTxtMiddleware below), and a link or redirect to another host's /robots.txt is off-site.
        if not in_scope(self.crawler, request.url):
            self.crawler.stats.inc_value("tessaban/offsite_dropped")
            raise PolicyRefusal(f"outside the crawled sites: {request.url}")


class AlreadyFetched(IgnoreRequest):
    """A redirect leads to a page this crawl has already fetched: the redirecting URL is an alias of
    it, recorded as such (the spider's errback), and the page is not fetched a second time."""


_REDIRECT_STATUSES = {301, 302, 303, 307, 308}


class AliasMiddleware:
    """Record the URLs this crawl fetched, and refuse a redirect to one of them (``AlreadyFetched``).

    Redirect targets pass the dupefilter (crawler/dupefilter.py) so that a redirect loop is recorded
    and an alias gets its ``pages`` row; without this, an alias of a post already crawled
    (``/wp-trackback.php?p=12`` -> ``/?p=12``) fetched the post again. A distributed crawl keeps the
    set in Redis (``tessaban:fetched``), shared by its workers; a single crawl keeps it here.
    """

    def __init__(self, redis_url: str | None = None) -> None:
        self.local: set[bytes] = set()
        self.server = None
        if redis_url:
            import redis

            self.server = redis.Redis.from_url(redis_url)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.settings.get("TESSABAN_REDIS_URL"))

    @staticmethod
    def _key(url: str) -> bytes:
        return hashlib.sha1(canonicalize_url(url).encode()).digest()[:12]

    def _fetched(self, url: str) -> bool:
        if self.server is not None:
            return bool(self.server.sismember(FETCHED, self._key(url)))
        return self._key(url) in self.local

    def process_request(self, request: Request) -> None:
        chain = request.meta.get("redirect_urls")
        if chain and request.url not in chain and self._fetched(request.url):
            raise AlreadyFetched(f"an alias of {request.url}, which this crawl has fetched")

    def process_response(self, request: Request, response):
        if response.status not in _REDIRECT_STATUSES and urlsplit(response.url).path != "/robots.txt":
            if self.server is not None:
                self.server.sadd(FETCHED, self._key(response.url))
            else:
                self.local.add(self._key(response.url))
        return response


class SiteBudgetMiddleware:
    """Fetch at most ``TESSABAN_MAX_PAGES`` pages from each site (robots.txt aside)."""

    def __init__(self, crawler: Crawler, max_pages: int) -> None:
        self.crawler = crawler
        self.max_pages = max_pages
        self.fetched: Counter[str] = Counter()
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        max_pages = crawler.settings.getint("TESSABAN_MAX_PAGES", 0)
        if max_pages <= 0:
            raise NotConfigured  # no message: Scrapy would log a warning on every unlimited crawl
        return cls(crawler, max_pages)

    def process_request(self, request: Request) -> None:
        if urlsplit(request.url).path == "/robots.txt":
            return
        site = site_of(request.url)
        if self.fetched[site] >= self.max_pages:
            self.crawler.stats.inc_value("tessaban/over_budget_dropped")
            self._close_when_all_spent()
            raise BudgetRefusal(f"page budget of {self.max_pages} reached for {site}")
        self.fetched[site] += 1

    def _close_when_all_spent(self) -> None:
        """Every site of the crawl has spent its budget: end the crawl now instead of draining a queue
        of requests that will all be refused (a 200,000-URL sitemap). What is left stays pending for
        the next crawl (crawler.extensions.pending)."""
        spider = self.crawler.spider
        sites = getattr(spider, "allowed_sites", None)
        if self.closing or not sites or getattr(spider, "shared_frontier", False):
            return
        if all(self.fetched[site] >= self.max_pages for site in sites):
            self.closing = True
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="budget"))


class ConditionalRequestMiddleware:
    """On a recrawl, ask for a page we archived only if it changed (If-None-Match / If-Modified-Since
    from its last response); a 304 answer costs the site almost nothing."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("TESSABAN_INCREMENTAL", True):
            raise NotConfigured
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        known_pages = getattr(self.crawler.spider, "known", None)
        known = known_pages.get(request.url) if known_pages is not None else None
        if known is None:
            return
        if known.etag and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = known.etag
        if known.last_modified and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = known.last_modified


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries and routes to (IPv4-mapped, 6to4, Teredo's client,
    NAT64 64:ff9b::/96), or None: ``2002:7f00:1::`` is 127.0.0.1 in disguise."""
    if address.version != 6:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True only for a globally routable unicast address (and, for IPv6, the IPv4 address it embeds).

    ``is_global`` rather than "not private": carrier-grade NAT (100.64.0.0/10, cloud metadata at
    100.100.100.200) is neither private nor global, and multicast counts as global in ``ipaddress``.
    """
    inner = embedded_ipv4(address)
    if inner is not None and not is_public_address(inner):
        return False
    return address.is_global and not address.is_multicast


def refusal_reason(host: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """The one-line reason a request to ``host`` (at ``address``) is refused."""
    return (
        f"{host} is not a public address ({address}: a private or loopback address, or shared, multicast or "
        "reserved); "
        "set TESSABAN_ALLOW_PRIVATE_ADDRESSES=true to crawl it"
    )


class PrivateAddressMiddleware:
    """Refuse requests to any address that is not globally routable unicast (private, loopback,
    link-local, carrier-grade NAT, multicast, reserved, or such an IPv4 address wrapped in IPv6): a
    public municipal site (or its DNS) must not steer the crawler into the machine's own network.
    ``TESSABAN_ALLOW_PRIVATE_ADDRESSES`` allows them (local mirrors; the test fixtures)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if crawler.settings.getbool("TESSABAN_ALLOW_PRIVATE_ADDRESSES", False):
            raise NotConfigured
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            from twisted.internet import reactor

            try:
                address = ipaddress.ip_address(await maybe_deferred_to_future(reactor.resolve(host)))
            except Exception as exc:  # unresolvable: let the download fail and be recorded as usual
                refused = getattr(exc, "address", None)  # crawler.resolver.NotPublicAddress
                if refused is None:
                    return
                address = refused
        if not is_public_address(address):
            self.crawler.stats.inc_value("tessaban/private_address_refused")
            raise PolicyRefusal(refusal_reason(host, address))


def retry_after_seconds(value: bytes | None, cap: float) -> float:
    """Seconds a ``Retry-After`` header asks to wait (delta-seconds or an HTTP date), at most ``cap``."""
    if not value:
        return 0.0
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return min(float(text), cap)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, min((moment - datetime.now(UTC)).total_seconds(), cap))


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting first as long as a 503/429 response's ``Retry-After`` asks (capped by
    ``TESSABAN_RETRY_AFTER_MAX``): an overloaded municipal server is given the pause it requested.
    Only that request waits; the crawl goes on."""

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("TESSABAN_RETRY_AFTER_MAX", 60.0)

    async def process_response(self, request: Request, response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"), self.max_wait)
        if wait:
            await asyncio.sleep(wait)
        return self._retry(request, response_status_message(response.status)) or response


class RobotsTxtMiddleware(scrapy_robotstxt.RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with every request that waits for a site's robots.txt checked.

    Scrapy (2.19, asyncio reactor) makes all the requests that arrive while a site's robots.txt is
    downloading await one shared Deferred; the first waiter's callback returns None, so every other
    waiter receives None, which means "no robots.txt": they are fetched unchecked. A crawl meets this
    at its start (the start URL and the guessed sitemap), and a distributed worker meets it for every
    site, since it joins with many queued requests per site. Here each waiter gets the parser itself.
    """

    async def process_request(self, request: Request) -> None:
        """Scrapy's check, but never for a host outside the crawl: a redirect to another host must
        not cost that host a robots.txt request (SiteScopeMiddleware drops the request next)."""
        if not in_scope(self.crawler, request.url):
            return
        await super().process_request(request)

    async def robot_parser(self, request: Request):
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        waiter: Deferred = Deferred()

        def relay(result):
            waiter.callback(result)
            return result  # unchanged for the callbacks after this one

        pending.addBoth(relay)
        return await maybe_deferred_to_future(waiter)

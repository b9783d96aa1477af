"""AliasMiddleware: a redirect to a page already fetched in this crawl is recorded as an alias, not fetched again."""

from __future__ import annotations

import hashlib
from typing import Self
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from w3lib.url import canonicalize_url

#: Redis set of the URLs a distributed crawl has fetched (crawler.distributed.frontier clears it per pass).
FETCHED = "tessaban:fetched"


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
            # redis-py annotates the member as str; like every Redis value it may be bytes.
            return bool(self.server.sismember(FETCHED, self._key(url)))  # type: ignore[arg-type]
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

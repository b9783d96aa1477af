"""ConditionalRequestMiddleware: an archived page is asked for again with If-None-Match / If-Modified-Since."""

from __future__ import annotations

from typing import Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.crawl_scope import CrawlScope


class ConditionalRequestMiddleware:
    """On a recrawl, ask for a page we archived only if it changed (If-None-Match / If-Modified-Since
    from its last response); a 304 answer costs the site almost nothing."""

    def __init__(self, scope: CrawlScope) -> None:
        self.scope = scope

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("TESSABAN_INCREMENTAL", True):
            raise NotConfigured
        return cls(CrawlScope.of(crawler))

    def process_request(self, request: Request) -> None:
        known = self.scope.known.get(request.url)
        if known is None:
            return
        if known.etag and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = known.etag
        if known.last_modified and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = known.last_modified

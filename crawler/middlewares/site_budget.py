"""SiteBudgetMiddleware: no more pages of a site than its budget (``--max-pages``, a registry entry's ``max_pages``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Self
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import deferred_from_coro

from crawler.crawl_scope import CrawlScope
from crawler.middlewares.refusals import BudgetRefusal
from pipelines.urls import site_of


class SiteBudgetMiddleware:
    """Fetch at most ``TESSABAN_MAX_PAGES`` pages from each site (robots.txt aside)."""

    def __init__(
        self, scope: CrawlScope, stats: StatsCollector, max_pages: int, close: Callable[[str], object]
    ) -> None:
        self.scope = scope
        self.stats = stats
        self.close = close  # ends the crawl, with a reason (the engine's close_spider_async)
        self.max_pages = max_pages
        self.fetched: Counter[str] = Counter()
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        max_pages = crawler.settings.getint("TESSABAN_MAX_PAGES", 0)
        if max_pages <= 0:
            raise NotConfigured  # no message: Scrapy would log a warning on every unlimited crawl
        assert crawler.stats is not None

        def close(reason: str) -> object:  # the engine exists once the crawl runs, not yet here
            assert crawler.engine is not None
            return deferred_from_coro(crawler.engine.close_spider_async(reason=reason))

        return cls(CrawlScope.of(crawler), crawler.stats, max_pages, close)

    def process_request(self, request: Request) -> None:
        if urlsplit(request.url).path == "/robots.txt":
            return
        site = site_of(request.url)
        if self.fetched[site] >= self.max_pages:
            self.stats.inc_value("tessaban/over_budget_dropped")
            self._close_when_all_spent()
            raise BudgetRefusal(f"page budget of {self.max_pages} reached for {site}")
        self.fetched[site] += 1

    def _close_when_all_spent(self) -> None:
        """Every site of the crawl has spent its budget: end the crawl now instead of draining a queue
        of requests that will all be refused (a 200,000-URL sitemap). What is left stays pending for
        the next crawl (crawler.extensions.pending)."""
        sites = self.scope.sites
        if self.closing or not sites or self.scope.shared_frontier:
            return
        if all(self.fetched[site] >= self.max_pages for site in sites):
            self.closing = True
            self.close("budget")

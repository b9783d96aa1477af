"""SiteScopeMiddleware: no request, redirects included, to a host outside the crawl's sites."""

from __future__ import annotations

from typing import Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from crawler.crawl_scope import CrawlScope
from crawler.middlewares.refusals import PolicyRefusal


class SiteScopeMiddleware:
    """Drop any request, redirects included, for a host outside the crawl scope's sites.

    Hosts are matched exactly (``www.`` aside), so ``evil.example/x.go.th/`` never passes for a
    .go.th site. Scrapy's redirect middleware re-schedules redirected requests, so they pass here too.
    """

    def __init__(self, scope: CrawlScope, stats: StatsCollector) -> None:
        self.scope = scope
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        assert crawler.stats is not None
        return cls(CrawlScope.of(crawler), crawler.stats)

    def process_request(self, request: Request) -> None:
        # robots.txt is not exempt: the robots middleware asks only for the crawled sites' own
        # (RobotsTxtMiddleware below), and a link or redirect to another host's /robots.txt is off-site.
        if not self.scope.covers(request.url):
            self.stats.inc_value("tessaban/offsite_dropped")
            raise PolicyRefusal(f"outside the crawled sites: {request.url}")

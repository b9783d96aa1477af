"""FileBudgetMiddleware: at most TESSABAN_MAX_FILES files for each crawled site."""

from __future__ import annotations

from collections import Counter
from typing import Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from crawler.file_links import FilePolicy
from crawler.file_requests import linking_page
from crawler.middlewares.refusals import PolicyRefusal
from pipelines.urls import site_of


class FileBudgetMiddleware:
    """Fetch at most ``TESSABAN_MAX_FILES`` files for each crawled site (the site of the linking page)."""

    def __init__(self, stats: StatsCollector, max_files: int) -> None:
        self.stats = stats
        self.max_files = max_files
        self.fetched: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        policy = FilePolicy.from_settings(crawler.settings)
        if policy.max_per_site <= 0 or not policy.enabled:
            raise NotConfigured
        assert crawler.stats is not None
        return cls(crawler.stats, policy.max_per_site)

    def process_request(self, request: Request) -> None:
        page = linking_page(request)
        if not page or request.meta.get("redirect_urls"):  # a redirect of a file already counted
            return
        site = site_of(page)
        if self.fetched[site] >= self.max_files:
            self.stats.inc_value("tessaban/files/over_budget")
            raise PolicyRefusal(f"file budget of {self.max_files} reached for {site}")
        self.fetched[site] += 1

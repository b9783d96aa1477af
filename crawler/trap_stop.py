"""TrapStopMiddleware: requests of a URL shape the crawl has stopped as a trap are not made.

The spider stops following links into a stopped shape (crawler.site_model); this downloader
middleware drops the requests of that shape that were already queued when it stopped, so a trap
costs the pages that showed it is one, not the queue it had filled.
"""

from __future__ import annotations

from typing import Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.extensions.site_learning import SiteLearningExtension
from crawler.middlewares import PolicyRefusal
from pipelines.urls import site_of


class TrapStopMiddleware:
    """Refuse (as a policy, not a failure) requests whose shape is stopped on their site."""

    def __init__(self, learning: SiteLearningExtension) -> None:
        self.learning = learning

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        learning = crawler.get_extension(SiteLearningExtension)
        if learning is None:
            raise NotConfigured
        return cls(learning)

    def process_request(self, request: Request) -> None:
        if request.meta.get("tessaban_start"):
            return  # a URL the user asked for is always fetched
        site = site_of(request.url)
        model = self.learning.models.get(site)
        stats = model.stopped(request.url) if model is not None else None
        if stats is not None:
            self.learning.count_dropped(site, stats)
            raise PolicyRefusal(f"URL shape stopped as a trap: {stats.stopped}")

"""A spider middleware that records a page whose parsing raised, instead of losing it.

An exception in a spider callback reaches no errback in Scrapy: the page was dropped with a traceback
in the log, no ``pages`` row, its links never followed, and the crawl ended "0 errors", exit 0. Here
it is stored as an ``error`` page whose ``error`` names the exception (its body kept, so
``tessaban reprocess`` can read it again once the fault is mended), one warning line is logged, and
the count ``tessaban/parse_errors`` goes up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, Self

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

logger = logging.getLogger(__name__)


class ParseErrorMiddleware:
    """Turn an exception of a spider callback into an ``error`` page of the archive."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception) -> Iterable[Any] | None:
        spider: Spider | None = self.crawler.spider
        page_of = getattr(spider, "_page", None)
        if page_of is None:  # not tessaban's spider: Scrapy's own handling
            return None
        reason = f"parse failed: {type(exception).__name__}: {exception}"[:300]
        logger.warning("%s: %s", response.url, reason)
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("tessaban/parse_errors")
        return [page_of(response, "error", error=reason)]

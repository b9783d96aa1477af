"""ProcessingBackpressureMiddleware: a download waits while too many fetched pages are still being processed.

Scrapy pauses downloads when the responses in processing exceed ``SCRAPER_SLOT_MAX_ACTIVE_SIZE``
bytes, counting each at least 1 KB. Ours is 64 MB so that a few files waiting for their reader do not
hold up every page; but a page of 2 KB waiting for a parsing worker costs about 50 KB in the crawl
process (its response, text, asyncio tasks and future), so 64 MB of small pages is tens of thousands
of them. When parsing falls behind the downloads (a fast site, a busy machine) they piled up for the
whole crawl: about 11 KB a page, 913 MB at 100,000 pages. This bounds them by count as well.
"""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

#: Seconds between looks at the scraper while it is full (Scrapy sends no signal when a response is done).
POLL_SECONDS = 0.05


class ProcessingBackpressureMiddleware:
    """Hold a request before it is downloaded while ``TESSABAN_MAX_PAGES_IN_PROCESSING`` or more
    responses are in Scrapy's scraper (parsed, or their items in the pipelines). A held request keeps
    its place in the downloader's ``CONCURRENT_REQUESTS``, so the engine stops taking requests from
    the scheduler too: the rest wait on disk, where the queue is. At most the limit plus the requests
    already downloading are ever in processing. 0 turns the bound off."""

    def __init__(self, crawler: Crawler, limit: int) -> None:
        self.crawler = crawler
        self.limit = limit

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessingBackpressureMiddleware:
        limit = crawler.settings.getint("TESSABAN_MAX_PAGES_IN_PROCESSING", 0)
        if limit <= 0:
            raise NotConfigured
        return cls(crawler, limit)

    def in_processing(self) -> int:
        """Responses in the scraper now: queued for their callback, or in it or its items' pipelines."""
        engine = self.crawler.engine
        slot = getattr(getattr(engine, "scraper", None), "slot", None)
        return len(slot.queue) + len(slot.active) if slot is not None else 0

    async def process_request(self, request: Request) -> None:
        if self.in_processing() < self.limit:
            return
        self.crawler.stats.inc_value("tessaban/backpressure/held_requests")
        while self.in_processing() >= self.limit:
            await asyncio.sleep(POLL_SECONDS)

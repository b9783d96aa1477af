"""ExtractionPipeline: FetchedPage -> FetchedPage with its Article. A failure is recorded, never dropped."""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import Self

from scrapy.crawler import Crawler

from pipelines.extract import extract
from pipelines.extract.options import NO_OPTIONS, ExtractOptions
from pipelines.extraction_worker import extract_page_for_archive  # a module without Scrapy: what workers import
from pipelines.items import FetchedPage
from pipelines.signals import sites_changed
from pipelines.worker_pool import (
    NO_SETTINGS,
    PageBounds,
    PageOverBound,
    WorkerPool,
    configure,
    default_workers,
    worker_pool,
)

logger = logging.getLogger(__name__)


class ExtractionPipeline:
    """Run ``pipelines.extract.extract`` on every page the spider classified as an article.

    Extraction is CPU-bound (parsing, trafilatura, Thai text): with ``TESSABAN_EXTRACT_WORKERS`` > 0
    it runs in that many worker processes, so the reactor keeps fetching meanwhile; 0 runs it here.
    In workers a page is bounded in time and memory (``TESSABAN_PAGE_TIMEOUT``, ``TESSABAN_WORKER_MEMORY``):
    a page over a bound is stored with that reason as its error, and the crawl goes on.
    """

    def __init__(
        self,
        crawler: Crawler | None = None,
        selectors: dict[str, dict[str, str]] | None = None,
        workers: int = 0,
        bounds: PageBounds = NO_SETTINGS,
    ) -> None:
        self.crawler = crawler
        # Per-site XPaths from the registry (TESSABAN_SELECTORS), validated when the registry was read.
        self.options = {site: ExtractOptions.from_mapping(s) for site, s in (selectors or {}).items()}
        self.workers = workers
        self.bounds = bounds
        self._pool: WorkerPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        workers = settings.getint("TESSABAN_EXTRACT_WORKERS", -1)
        bounds = PageBounds.from_settings(settings)
        # The spider's page-parsing pool is made later, by worker_pool() without bounds: it gets these.
        configure(bounds)
        pipeline = cls(
            crawler, settings.getdict("TESSABAN_SELECTORS"), default_workers() if workers < 0 else workers, bounds
        )
        crawler.signals.connect(pipeline.sites_changed, signal=sites_changed)
        return pipeline

    def sites_changed(self, sites: dict) -> None:
        """A distributed crawl's sites (crawler.signals.sites_changed): their registry selectors apply."""
        for site, spec in sites.items():
            if spec.selectors:
                self.options[site] = ExtractOptions.from_mapping(dict(spec.selectors))

    def open_spider(self) -> None:
        if self.workers:
            self._pool = worker_pool(self.workers, self.bounds)

    def close_spider(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    async def _extract(self, item: FetchedPage, options: ExtractOptions):
        """(article, index hints, compressed body): the last two only from a worker process."""
        if self._pool is None:
            return extract(item.body, item.url, item.headers, options=options), None, None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._pool, partial(extract_page_for_archive, options=options), item.body, item.url, item.headers
        )

    def _count(self, key: str) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    async def process_item(self, item: FetchedPage) -> FetchedPage:
        if not isinstance(item, FetchedPage) or item.kind != "article" or not item.body:
            return item
        try:
            item.article, item.hints, item.compressed_body = await self._extract(
                item, self.options.get(item.site, NO_OPTIONS)
            )
        except PageOverBound as exc:  # the page's own doing: stored with the reason, its links were followed
            logger.warning("extraction stopped for %s: %s", item.url, exc)
            item.error = f"extraction stopped: {exc}"
            self._count("tessaban/extraction/over_bound")
            return item
        except Exception as exc:  # a bug in extraction must not lose the page: the raw body is still stored
            logger.exception("extraction failed for %s", item.url)
            item.error = f"extraction failed: {type(exc).__name__}: {exc}"
            self._count("tessaban/extraction/failed")
            return item
        if not item.article.text:
            item.error = "no article text found"
            self._count("tessaban/extraction/empty")
        else:
            self._count("tessaban/extraction/ok")
        return item

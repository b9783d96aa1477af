"""ExtractionPipeline: FetchedPage -> FetchedPage with its Article. A failure is recorded, never dropped."""

from __future__ import annotations

import logging
from typing import Self

from scrapy.crawler import Crawler

from pipelines.extract import extract
from pipelines.extract.options import NO_OPTIONS, ExtractOptions
from pipelines.items import FetchedPage

logger = logging.getLogger(__name__)


class ExtractionPipeline:
    """Run ``pipelines.extract.extract`` on every page the spider classified as an article."""

    def __init__(self, crawler: Crawler | None = None, selectors: dict[str, dict[str, str]] | None = None) -> None:
        self.crawler = crawler
        # Per-site XPaths from the registry (TESSABAN_SELECTORS), validated when the registry was read.
        self.options = {site: ExtractOptions.from_mapping(s) for site, s in (selectors or {}).items()}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, crawler.settings.getdict("TESSABAN_SELECTORS"))

    def _count(self, key: str) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    def process_item(self, item: FetchedPage) -> FetchedPage:
        if not isinstance(item, FetchedPage) or item.kind != "article" or not item.body:
            return item
        try:
            item.article = extract(item.body, item.url, item.headers, options=self.options.get(item.site, NO_OPTIONS))
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

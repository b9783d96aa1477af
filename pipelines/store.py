"""StorePipeline: write every FetchedPage into the SQLite archive, committing in batches."""

from __future__ import annotations

import time
from typing import Self

from scrapy.crawler import Crawler

from pipelines.archive import Archive
from pipelines.items import FetchedPage
from pipelines.schema import open_database

# Commit at least this often (seconds) even when a batch is not full, so readers see progress.
COMMIT_INTERVAL = 2.0


class StorePipeline:
    """Opens the archive (``TESSABAN_DB``) when the spider opens and closes it when it closes."""

    def __init__(self, db_path: str, commit_every: int = 50, crawler: Crawler | None = None) -> None:
        self.db_path = db_path
        self.commit_every = max(1, commit_every)
        self.crawler = crawler
        self.archive: Archive | None = None
        self.sites: set[str] = set()  # sites that got articles in this crawl: finalised at the end
        self._pending = 0
        self._last_commit = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        return cls(settings.get("TESSABAN_DB"), settings.getint("TESSABAN_COMMIT_EVERY", 50), crawler)

    def open_spider(self) -> None:
        self.archive = Archive(open_database(self.db_path))

    def close_spider(self) -> None:
        if self.archive is None:
            return
        self.archive.link_aliases()
        self.archive.commit()
        for site in sorted(self.sites):
            # Template learning needs every page of the site, so it runs once the crawl is done.
            changed = self.archive.finalise_site(site)
            self.archive.commit()
            if self.crawler is not None and self.crawler.stats is not None:
                self.crawler.stats.inc_value("tessaban/articles/template_restripped", changed)
        self.archive.close()
        self.archive = None

    def process_item(self, item: FetchedPage) -> FetchedPage:
        if not isinstance(item, FetchedPage) or self.archive is None:
            return item
        change = self.archive.store_page(item)
        if change is not None:
            self.sites.add(item.site)
        if self.crawler is not None and self.crawler.stats is not None:
            stats, site = self.crawler.stats, f"tessaban/site/{item.site}"
            stats.inc_value(f"tessaban/pages/{item.kind}")
            stats.inc_value(f"{site}/pages")  # per-site figures: progress display and crawl_runs
            if item.kind == "error":
                stats.inc_value(f"{site}/errors")
            if change is not None:
                stats.inc_value(f"tessaban/articles/{change}")
                stats.inc_value(f"{site}/{change}")
            if self.archive.last_was_copy:
                stats.inc_value(f"{site}/duplicate")
        self._pending += 1
        if self._pending >= self.commit_every or time.monotonic() - self._last_commit > COMMIT_INTERVAL:
            self.archive.commit()
            self._pending = 0
            self._last_commit = time.monotonic()
        return item

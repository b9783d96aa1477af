"""SiteLearningExtension: one crawler.site_model.SiteModel per site, settled into the archive at the end.

The spider asks it for a site's model (``model(site)``) to judge each page and to know which URL
shapes are slowed or stopped; crawler.trap_stop drops queued requests of stopped shapes. When the
spider closes (after the store pipeline has written every page) each site is settled: pages whose
kind changed are re-stored (crawler.settlement) and the shapes are written to ``url_shapes``.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Self, TypeVar

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from crawler.navigation import PageLinks, navigate
from crawler.settlement import settle_from_archive, settle_site
from crawler.site_model import SiteModel
from pipelines.archive import CRAWL_WRITER_CACHE_KB, Archive
from pipelines.extract import extract
from pipelines.extract.options import ExtractOptions
from pipelines.items import Article, utc_now
from pipelines.schema import open_database
from pipelines.worker_pool import WorkerPool, worker_pool

logger = logging.getLogger(__name__)
T = TypeVar("T")

# A site whose crawl saw fewer pages than the archive holds is learned again from the archive, up to
# this many pages (beyond, re-reading them all at the end of every recrawl would cost minutes).
SETTLE_FROM_ARCHIVE_MAX = 5000
# A page downloaded and not judged yet (its parsing waits for a worker) counts against its shape's
# in-flight cap (crawler.trap_stop) for at most this long: a response the spider never judges (an
# error raised on the way) cannot hold a slot for ever.
JUDGE_WAIT = 30.0


class SiteLearningExtension:
    """Holds what the crawl learns per site; see the module docstring."""

    def __init__(
        self,
        db_path: str,
        patience: int,
        max_stale: int,
        selectors: dict,
        stats: StatsCollector | None,
        learn_parameters: bool = True,
    ) -> None:
        self.db_path = db_path
        self.patience = patience
        self.max_stale = max_stale
        self.selectors = selectors
        self.learn_parameters = learn_parameters
        self.stats = stats
        self.models: dict[str, SiteModel] = {}
        self._judging: dict[tuple[str, str], deque[float]] = {}  # (site, shape) -> deadlines

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("TESSABAN_LEARN_SITES", True):
            raise NotConfigured
        extension = cls(
            settings.get("TESSABAN_DB", ""),
            settings.getint("TESSABAN_TRAP_PATIENCE", 6),
            settings.getint("TESSABAN_MAX_PAGES_PER_SHAPE", 100),
            settings.getdict("TESSABAN_SELECTORS"),
            crawler.stats,
            # A distributed worker sees part of each site: workers that learned differently would
            # request one post under different URLs. Off there unless asked for.
            settings.getbool("TESSABAN_LEARN_PARAMETERS", not settings.get("TESSABAN_REDIS_URL")),
        )
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def model(self, site: str) -> SiteModel:
        found = self.models.get(site)
        if found is None:
            found = self.models[site] = SiteModel(
                site,
                patience=self.patience,
                slow_after=max(1, self.patience // 2),
                max_stale=self.max_stale,
                learn_parameters=self.learn_parameters,
            )
        return found

    def to_judge(self, slot: tuple[str, str]) -> None:
        """A page of ``slot`` (site, shape) was downloaded; the spider will judge it."""
        self._judging.setdefault(slot, deque()).append(time.monotonic() + JUDGE_WAIT)

    def judged(self, slot: tuple[str, str]) -> None:
        """The spider judged a page of ``slot``: what it adds is now known to the site's model."""
        waiting = self._judging.get(slot)
        if waiting:
            waiting.popleft()

    def judging(self, slot: tuple[str, str]) -> int:
        """Pages of ``slot`` downloaded and not judged yet (up to JUDGE_WAIT seconds old)."""
        waiting = self._judging.get(slot)
        if not waiting:
            return 0
        now = time.monotonic()
        while waiting and waiting[0] < now:
            waiting.popleft()
        return len(waiting)

    def count_dropped(self, site: str, shape_stats) -> None:
        shape_stats.dropped += 1
        if self.stats is not None:
            self.stats.inc_value("tessaban/trap_dropped")
            self.stats.inc_value(f"tessaban/site/{site}/trap_dropped")

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if not self.models or not self.db_path:
            return
        now = utc_now()
        started = self.stats.get_value("start_time") if self.stats is not None else None
        # Articles an earlier crawl archived are never taken back by this one's settlement.
        since = started.astimezone(UTC).isoformat(timespec="seconds") if isinstance(started, datetime) else None
        archive = Archive(open_database(self.db_path), cache_kb=CRAWL_WRITER_CACHE_KB)  # in the crawl's process
        pool: WorkerPool | None = None

        def in_worker(fn: Callable[..., T], *args: object, **kwargs: object) -> T:
            # Pages that became articles are extracted, and the archived pages of a site learned again
            # at its end are read, in a worker under the crawl's per-page bounds (TESSABAN_PAGE_TIMEOUT,
            # TESSABAN_WORKER_MEMORY): one page cannot stall the crawl's end.
            nonlocal pool
            if pool is None:
                pool = worker_pool(1)
            return pool.submit(fn, *args, **kwargs).result()

        def bounded(body: bytes, url: str, headers: object, options: ExtractOptions) -> Article:
            return in_worker(extract, body, url, headers, options=options)

        def read(body: bytes, content_type: str | None, url: str) -> PageLinks:
            return in_worker(navigate, body, content_type, url)

        try:
            for site, model in sorted(self.models.items()):
                archived = archive.db.execute(
                    "SELECT count(*) FROM pages WHERE site = ? AND kind IN ('article', 'listing', 'page')", [site]
                ).fetchone()[0]
                try:
                    if model.pages < archived <= SETTLE_FROM_ARCHIVE_MAX:
                        # This crawl saw part of the site (a recrawl, or the end of an interrupted crawl
                        # whose settlement never ran): the site is learned again from all its archived pages.
                        result = settle_from_archive(
                            archive, site, self.selectors.get(site), now, model, bounded, read, archived_before=since
                        )
                    else:
                        result = settle_site(
                            archive, model, self.selectors.get(site), now, extractor=bounded, archived_before=since
                        )
                    archive.commit()
                except (sqlite3.Error, OSError) as exc:  # a full disk: the site is settled by its next crawl
                    archive.db.conn.rollback()
                    logger.error("could not settle %s in the archive (%s: %s)", site, type(exc).__name__, exc)
                    if self.stats is not None:
                        self.stats.inc_value("tessaban/settled/failed")
                    continue
                stats = self.stats
                if stats is not None:
                    stats.inc_value("tessaban/settled/promoted", result.promoted)
                    stats.inc_value("tessaban/settled/demoted", result.demoted)
                    stats.inc_value("tessaban/settled/over_bounds", result.over_bounds)
                    stats.set_value(f"tessaban/site/{site}/traps", result.traps)
                    for change, count in result.changes.items():  # counted as the store pipeline counts
                        stats.inc_value(f"tessaban/articles/{change}", count)
                        stats.inc_value(f"tessaban/site/{site}/{change}", count)
                if result.promoted or result.demoted:
                    logger.info(
                        "%s: %d pages became articles, %d articles were not (judged with the whole site)",
                        site,
                        result.promoted,
                        result.demoted,
                    )
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
            with contextlib.suppress(sqlite3.Error):  # nothing is left to commit: each site committed
                archive.close()

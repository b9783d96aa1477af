"""CrawlRunsExtension: each crawl is a row of `crawl_runs`, opened when the spider opens and closed
with its figures when it closes. A crawl killed outright keeps ``finished_at`` NULL.

When it closes (after the sites were settled) the extraction quality of each site is recorded
(pipelines.run_quality) and a site whose extraction is sharply worse than in its previous runs is
flagged in ``crawl_runs.drift`` and printed as a warning at the end of the crawl."""

from __future__ import annotations

import logging
import os
import sqlite3
from typing import Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from crawler.crawl_scope import CrawlScope
from pipelines.items import utc_now
from pipelines.run_quality import record_run_quality
from pipelines.run_refusals import record_refusals
from pipelines.schema import open_database

logger = logging.getLogger(__name__)


class CrawlRunsExtension:
    def __init__(self, scope: CrawlScope, stats: StatsCollector, db_path: str) -> None:
        self.scope = scope
        self.stats = stats
        self.db_path = db_path
        self.run_id: int | None = None
        self.started_at = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        db_path = crawler.settings.get("TESSABAN_DB")
        if not db_path:
            raise NotConfigured
        assert crawler.stats is not None
        extension = cls(CrawlScope.of(crawler), crawler.stats, db_path)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        sites = " ".join(sorted(self.scope.sites))
        db = open_database(self.db_path)
        self.started_at = utc_now()
        with db.atomic():
            cursor = db.execute(
                "INSERT INTO crawl_runs (sites, started_at, pid) VALUES (?, ?, ?)",
                [sites, self.started_at, os.getpid()],
            )
        self.run_id = cursor.lastrowid
        db.close()
        self.stats.set_value("tessaban/run_id", self.run_id)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.run_id is None:
            return
        stats = self.stats

        def count(key: str) -> int:
            return int(stats.get_value(key, 0))

        pages = sum(v for k, v in stats.get_stats().items() if k.startswith("tessaban/pages/"))
        db = open_database(self.db_path)
        try:
            with db.atomic():
                db.execute(
                    "UPDATE crawl_runs SET finished_at = ?, pages = ?, new_articles = ?, changed_articles = ?,"
                    " unchanged_articles = ?, errors = ?, finish_reason = ? WHERE id = ?",
                    [
                        utc_now(),
                        pages,
                        count("tessaban/articles/new"),
                        count("tessaban/articles/changed"),
                        count("tessaban/articles/unchanged"),
                        count("tessaban/pages/error"),
                        reason,
                        self.run_id,
                    ],
                )
        except (sqlite3.Error, OSError) as exc:  # a full disk: one line, not a traceback
            logger.error("the end of run %d could not be recorded (%s: %s)", self.run_id, type(exc).__name__, exc)
            db.close()
            return
        sites = sorted(self.scope.sites)
        try:  # in a transaction of its own: a failure here must not lose the run's row
            with db.atomic():
                record_refusals(db, self.run_id, stats.get_stats())
        except (sqlite3.Error, OSError) as exc:
            logger.error("the refused requests of run %d could not be recorded (%s)", self.run_id, exc)
        try:
            with db.atomic():
                quality = record_run_quality(db, self.run_id, sites, self.started_at)
        except (sqlite3.Error, OSError) as exc:
            logger.error("the extraction figures of run %d could not be recorded (%s)", self.run_id, exc)
            quality = {}
        except Exception:
            logger.exception("the extraction figures of run %d could not be recorded", self.run_id)
            quality = {}
        finally:
            db.close()
        for site, (figures, drift) in sorted(quality.items()):
            stats.set_value(f"tessaban/site/{site}/mean_text_length", round(figures.mean_text_length))
            if drift:
                stats.set_value(f"tessaban/site/{site}/drift", drift)
                logger.warning(
                    "%s: extraction is sharply worse than in its previous crawls (%s): did the site change its "
                    "theme? (crawl_runs.drift of run %d)",
                    site,
                    drift,
                    self.run_id,
                )

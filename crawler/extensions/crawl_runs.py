"""CrawlRunsExtension: each crawl is a row of `crawl_runs`, opened when the spider opens and closed
with its figures when it closes. A crawl killed outright keeps ``finished_at`` NULL."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from pipelines.schema import open_database


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CrawlRunsExtension:
    def __init__(self, crawler: Crawler, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        db_path = crawler.settings.get("TESSABAN_DB")
        if not db_path:
            raise NotConfigured
        extension = cls(crawler, db_path)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        sites = " ".join(sorted(getattr(spider, "allowed_sites", ())))
        db = open_database(self.db_path)
        with db.atomic():
            cursor = db.execute(
                "INSERT INTO crawl_runs (sites, started_at, pid) VALUES (?, ?, ?)", [sites, _now(), os.getpid()]
            )
        self.run_id = cursor.lastrowid
        db.close()
        self.crawler.stats.set_value("tessaban/run_id", self.run_id)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.run_id is None:
            return
        stats = self.crawler.stats

        def count(key: str) -> int:
            return int(stats.get_value(key, 0))

        pages = sum(v for k, v in stats.get_stats().items() if k.startswith("tessaban/pages/"))
        db = open_database(self.db_path)
        with db.atomic():
            db.execute(
                "UPDATE crawl_runs SET finished_at = ?, pages = ?, new_articles = ?, changed_articles = ?,"
                " unchanged_articles = ?, errors = ?, finish_reason = ? WHERE id = ?",
                [
                    _now(),
                    pages,
                    count("tessaban/articles/new"),
                    count("tessaban/articles/changed"),
                    count("tessaban/articles/unchanged"),
                    count("tessaban/pages/error"),
                    reason,
                    self.run_id,
                ],
            )
        db.close()

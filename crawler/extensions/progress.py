"""ProgressExtension: per-site progress of a running crawl.

On a terminal: a live table on stderr, redrawn in place (pages, articles new/changed/duplicate,
errors, rate, elapsed). Otherwise (cron, CI, a log file): a plain log line per site every
``TESSABAN_PROGRESS_INTERVAL`` seconds. Figures come from the per-site stats the store pipeline keeps.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import IO, Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import AsyncioLoopingCall, create_looping_call
from twisted.internet.task import LoopingCall

logger = logging.getLogger(__name__)
COLUMNS = ("pages", "new", "changed", "duplicate", "errors")


def site_figures(stats: StatsCollector) -> dict[str, dict[str, int]]:
    """{site: {pages, new, changed, duplicate, errors}} from keys ``tessaban/site/<site>/<figure>``."""
    figures: dict[str, dict[str, int]] = {}
    for key, value in stats.get_stats().items():
        if key.startswith("tessaban/site/"):
            site, _, figure = key[len("tessaban/site/") :].rpartition("/")
            figures.setdefault(site, dict.fromkeys(COLUMNS, 0))[figure] = int(value)
    return figures


class ProgressExtension:
    def __init__(self, stats: StatsCollector, interval: float, stream: IO[str], live: bool) -> None:
        self.stats = stats
        self.interval = interval
        self.stream = stream
        self.live = live
        self.started = time.monotonic()
        self.previous_pages: dict[str, int] = {}
        self.drawn_lines = 0
        self.task: AsyncioLoopingCall | LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        stream = sys.stderr
        live = crawler.settings.getbool("TESSABAN_PROGRESS_LIVE", stream.isatty())
        default = 1.0 if live else 60.0
        interval = crawler.settings.getfloat("TESSABAN_PROGRESS_INTERVAL", default) or default
        if not crawler.settings.getbool("TESSABAN_PROGRESS", True):
            raise NotConfigured
        extension = cls(crawler.stats, interval, stream, live)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        self.started = time.monotonic()
        self.task = create_looping_call(self.report)
        self.task.start(self.interval, now=False)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        self.report()

    def rows(self) -> list[str]:
        """One line per site: its figures, its rate since the last report, the elapsed time."""
        elapsed = time.monotonic() - self.started
        lines = []
        for site, f in sorted(site_figures(self.stats).items()):
            rate = (f["pages"] - self.previous_pages.get(site, 0)) / self.interval
            self.previous_pages[site] = f["pages"]
            lines.append(
                f"{site}: {f['pages']} pages, articles {f['new']} new / {f['changed']} changed / "
                f"{f['duplicate']} duplicate, {f['errors']} errors, {rate:.1f} pages/s, {elapsed:.0f}s"
            )
        return lines

    def report(self) -> None:
        lines = self.rows()
        if not self.live:
            for line in lines:
                logger.info("progress %s", line)
            return
        if self.drawn_lines:  # move back up over the previous table and redraw it
            self.stream.write(f"\x1b[{self.drawn_lines}F")
        for line in lines:
            self.stream.write("\x1b[2K" + line + "\n")
        self.stream.flush()
        self.drawn_lines = len(lines)

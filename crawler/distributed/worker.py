"""``tessaban worker --redis URL``: one crawling process of a distributed crawl.

A worker runs the ordinary municipal spider, middlewares and extraction, with scrapy-redis'
scheduler (crawler.distributed.scheduler) in place of Scrapy's, and ItemQueuePipeline in place
of the SQLite store. Workers join and leave at any time; ``WorkerExtension`` keeps a worker's
heartbeat, requeues the leases of dead workers, picks up new sites, wakes the idle engine when
work arrives and, with an idle exit, ends the worker once the whole crawl is done.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self, cast

from scrapy import Spider, signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import Settings
from scrapy.utils.asyncio import AsyncioLoopingCall, create_looping_call
from twisted.internet.task import LoopingCall

from crawler.distributed.frontier import Frontier, connect
from crawler.logs import quiet_network_tracebacks
from crawler.run import crawl_settings
from crawler.spiders.municipal import MunicipalSpider

if TYPE_CHECKING:
    from crawler.distributed.scheduler import LeasedScheduler

logger = logging.getLogger(__name__)

TICK = 0.2  # seconds between looks at the shared queue while this worker has room for work


class WorkerExtension:
    """Membership of a worker in the shared crawl (enabled when ``TESSABAN_REDIS_URL`` is set)."""

    def __init__(self, crawler: Crawler, url: str) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.url = url
        self.worker = settings.get("TESSABAN_WORKER_ID")
        self.timeout = settings.getfloat("TESSABAN_WORKER_TIMEOUT", 10.0)
        self.idle_exit = settings.getfloat("TESSABAN_IDLE_EXIT", 0.0)
        self.frontier: Frontier | None = None
        self.joined_version = 0
        self.crawl_seen = False  # a crawl was under way (or was seeded) since this worker joined
        self.idle_since: float | None = None
        self.last_beat = self.last_recovery = 0.0
        self.task: AsyncioLoopingCall | LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        url = crawler.settings.get("TESSABAN_REDIS_URL")
        if not url:
            raise NotConfigured
        extension = cls(crawler, url)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        self.frontier = Frontier(connect(self.url))
        self._beat()
        self.joined_version = self.frontier.sites_version()
        self.task = create_looping_call(self._tick)
        self.task.start(TICK, now=False)

    def _joined(self) -> Frontier:
        """The shared frontier, set by spider_opened before any tick or idle signal can use it."""
        if self.frontier is None:
            raise RuntimeError("worker used before spider_opened")
        return self.frontier

    def _scheduler(self) -> LeasedScheduler:
        # worker_settings makes SCHEDULER the LeasedScheduler; the engine holds it while the spider is open.
        return cast("LeasedScheduler", self.crawler.engine.scheduler)

    def _beat(self) -> None:
        self._joined().heartbeat(self.worker, self.timeout, {"host": socket.gethostname(), "pid": os.getpid()})
        self.last_beat = time.monotonic()

    def _tick(self) -> None:
        now = time.monotonic()
        if now - self.last_beat >= min(1.0, self.timeout / 3):
            self._beat()
            self._scheduler().refresh_sites()
        if now - self.last_recovery >= self.timeout / 2:
            self.last_recovery = now
            self._joined().requeue_dead()
        engine = self.crawler.engine
        if engine is not None and not engine.needs_backout() and engine.scheduler is not None:
            self._scheduler().kick()

    def spider_idle(self, spider: Spider) -> None:
        """The engine has nothing in flight: every lease of this worker is finished. Stay unless the
        whole crawl (queue and every worker) has been done for the idle-exit time; a worker that
        joined before any seeding first waits for a crawl."""
        self._scheduler().release_all()
        if not self._joined().finished():
            self.crawl_seen = True
            self.idle_since = None
            raise DontCloseSpider
        scheduler = self._scheduler()
        if not (self.crawl_seen or scheduler.dequeued or scheduler.sites_version != self.joined_version):
            raise DontCloseSpider  # joined before any seeding: wait for a crawl to take part in
        self.idle_since = self.idle_since or time.monotonic()
        if not self.idle_exit or time.monotonic() - self.idle_since < self.idle_exit:
            raise DontCloseSpider

    def spider_closed(self, spider: Spider) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        if self.frontier is not None:
            self.frontier.retire(self.worker)


def worker_settings(
    redis_url: str, worker_id: str, idle_exit: float, overrides: Mapping[str, Any] | None = None
) -> Settings:
    """tessaban's crawl settings turned into a worker's: scrapy-redis' scheduler and Redis for items."""
    settings = crawl_settings("", 0, overrides)
    settings.setdict(
        {
            "TESSABAN_REDIS_URL": redis_url,
            "REDIS_URL": redis_url,  # scrapy-redis' own connection
            "TESSABAN_WORKER_ID": worker_id,
            "TESSABAN_IDLE_EXIT": idle_exit,
            "SCHEDULER": "crawler.distributed.scheduler.LeasedScheduler",
            "SCHEDULER_PERSIST": True,
            "DUPEFILTER_CLASS": "crawler.distributed.scheduler.RedisDupeFilter",
            # Workers have no archive to compare with: every page is fetched; the store still
            # tells new, changed and unchanged articles apart.
            "TESSABAN_INCREMENTAL": False,
        },
        priority="cmdline",
    )
    pipelines = dict(settings.getdict("ITEM_PIPELINES"))
    pipelines.pop("pipelines.store.StorePipeline", None)
    pipelines["pipelines.item_queue.ItemQueuePipeline"] = 900
    extensions = dict(settings.getdict("EXTENSIONS"))
    for name in ("crawler.extensions.crawl_runs.CrawlRunsExtension", "crawler.extensions.resume.ResumeLogExtension"):
        extensions.pop(name, None)  # both need the SQLite archive or a job directory; workers have neither
    extensions["crawler.distributed.worker.WorkerExtension"] = 530
    settings.set("ITEM_PIPELINES", pipelines, priority="cmdline")
    settings.set("EXTENSIONS", extensions, priority="cmdline")
    return settings


@dataclass
class WorkerResult:
    stats: dict[str, Any]


def run_worker(settings: Settings) -> WorkerResult:
    """Crawl from the shared frontier until stopped (or, with an idle exit, until the crawl is done)."""
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(MunicipalSpider)
    quiet_network_tracebacks()
    process.crawl(crawler, shared_frontier=True)
    process.start()
    return WorkerResult(stats=dict(crawler.stats.get_stats()) if crawler.stats else {})

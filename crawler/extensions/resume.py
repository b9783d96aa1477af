"""ResumeLogExtension: with a job directory (JOBDIR), log every URL that enters the scheduler, and
repair the job directory a killed crawl left behind.

Scrapy's JOBDIR keeps the queue and the seen-requests of a crawl across a *clean* stop (Ctrl-C once,
a page budget). It is not crash-safe: after SIGKILL, an out-of-memory kill or a power cut, the queue
files hold whatever had been flushed (queuelib writes a queue's size only when it closes; a 0-byte
file makes every later push to that priority raise ``struct.error``, and the request is lost), and
``requests.seen`` holds requests that were never queued or stored. So a clean stop leaves a marker
file; when a job directory has a log but no marker, the crawl before was killed, and this extension
rebuilds the state from the log before Scrapy's scheduler opens it: the queue is dropped, the seen
set becomes the logged URLs, and the spider re-requests every logged URL the archive does not hold
(:meth:`crawler.spiders.municipal.MunicipalSpider.start`).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO, Self

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

LOG_NAME = "tessaban-scheduled.log"
CLEAN_STOP_NAME = "tessaban-stopped-cleanly"
QUEUE_NAME = "requests.queue"  # scrapy.core.scheduler.Scheduler._dqdir
SEEN_NAME = "requests.seen"  # scrapy.dupefilters.RFPDupeFilter


def scheduled_log(jobdir: str) -> Path:
    return Path(jobdir) / LOG_NAME


def logged_urls(jobdir: str) -> list[str]:
    """The URLs logged by earlier runs of the job, in order, each once."""
    path = scheduled_log(jobdir)
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return list(dict.fromkeys(line for line in lines if line.startswith(("http://", "https://"))))


def was_killed(jobdir: str) -> bool:
    """True when an earlier run of the job scheduled requests and did not stop cleanly."""
    return scheduled_log(jobdir).is_file() and not (Path(jobdir) / CLEAN_STOP_NAME).exists()


def rebuild_after_kill(jobdir: str, fingerprint: Callable[[Request], bytes]) -> list[str]:
    """Replace what Scrapy keeps in ``jobdir`` by what the log says: no queue (the spider requeues the
    logged URLs the archive lacks) and, as seen requests, the logged URLs. Returns those URLs.

    ``fingerprint`` is the crawler's request fingerprinter's ``fingerprint`` method; the spider's
    requests are plain GETs, so a logged URL's fingerprint is that of ``Request(url)``."""
    shutil.rmtree(Path(jobdir) / QUEUE_NAME, ignore_errors=True)
    urls = logged_urls(jobdir)
    seen = Path(jobdir) / SEEN_NAME
    partial = seen.with_suffix(".rebuilding")
    with partial.open("w", encoding="utf-8") as stream:
        for url in urls:
            stream.write(fingerprint(Request(url)).hex() + "\n")
    partial.replace(seen)  # atomic: a kill during the rebuild leaves the old file, and a rebuild next time
    return urls


class ResumeLogExtension:
    def __init__(self, jobdir: str, logged_before_kill: list[str] | None = None) -> None:
        self.jobdir = jobdir
        self._logged_before_kill = logged_before_kill or []
        self.stream: IO[str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured
        # Here, before the engine builds the scheduler, which reads the queue and the seen requests.
        logged = None
        if was_killed(jobdir):
            logged = rebuild_after_kill(jobdir, crawler.request_fingerprinter.fingerprint)
            logger.info(
                "The last crawl of job %s was killed: its state is rebuilt from %d logged URLs", jobdir, len(logged)
            )
        (Path(jobdir) / CLEAN_STOP_NAME).unlink(missing_ok=True)
        extension = cls(jobdir, logged)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def take_logged_before_kill(self) -> list[str]:
        """When the run before was killed, the URLs it logged (the spider re-requests those not stored);
        else nothing. Handed over once, so the crawl does not keep them."""
        urls, self._logged_before_kill = self._logged_before_kill, []
        return urls

    def spider_opened(self, spider: Spider) -> None:
        Path(self.jobdir).mkdir(parents=True, exist_ok=True)
        # Line-buffered: each URL reaches the file before its request is downloaded.
        self.stream = scheduled_log(self.jobdir).open("a", encoding="utf-8", buffering=1)

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        if self.stream is not None:
            self.stream.write(request.url + "\n")

    def spider_closed(self, spider: Spider) -> None:
        # spider_closed comes after the scheduler has closed, so Scrapy's queue and seen file are
        # complete on disk: the next run may trust them.
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        (Path(self.jobdir) / CLEAN_STOP_NAME).touch()

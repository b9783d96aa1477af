"""ResumeLogExtension: with a job directory (JOBDIR), log every URL that enters the scheduler.

Scrapy's JOBDIR keeps the queue and the seen-requests of a crawl across restarts, but a request
taken from the queue and not yet stored when the process is killed (SIGKILL, OOM, power) is lost:
it is marked seen and never fetched again. This log lets the next run find such URLs: the spider
re-requests every logged URL the archive does not hold (crawler.spiders.municipal).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Self

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

LOG_NAME = "tessaban-scheduled.log"


def scheduled_log(jobdir: str) -> Path:
    return Path(jobdir) / LOG_NAME


def logged_urls(jobdir: str) -> list[str]:
    """The URLs logged by earlier runs of the job, in order, each once."""
    path = scheduled_log(jobdir)
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return list(dict.fromkeys(line for line in lines if line.startswith(("http://", "https://"))))


class ResumeLogExtension:
    def __init__(self, jobdir: str) -> None:
        self.jobdir = jobdir
        self.stream: IO[str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured
        extension = cls(jobdir)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        Path(self.jobdir).mkdir(parents=True, exist_ok=True)
        # Line-buffered: each URL reaches the file before its request is downloaded.
        self.stream = scheduled_log(self.jobdir).open("a", encoding="utf-8", buffering=1)

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        if self.stream is not None:
            self.stream.write(request.url + "\n")

    def spider_closed(self, spider: Spider) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None

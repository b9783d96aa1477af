"""PendingRequestsExtension: the archive remembers what a crawl still had to fetch.

A crawl can stop before its queue is empty: a page budget (``--max-pages``), Ctrl-C, a kill, a full
disk, a crash. Without a job directory its queue is gone, and an incremental recrawl follows no
link from pages that did not change, so what was never fetched would never be found. So every
request that enters the scheduler is logged beside the archive (``ARCHIVE.pending/``, one
append-only file per crawl process), and the next crawl of the same sites requests every logged URL
that the archive still lacks (``take_pending``), before anything else. URLs the crawl decided never
to fetch (robots.txt, out of scope, a trap) are logged as done. Logs of finished crawls are
compacted at start: only what is still pending is kept.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Self

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.known_pages import stored_urls
from pipelines.processes import process_running

logger = logging.getLogger(__name__)

DONE = "-"  # a line "-URL": the crawl decided never to fetch URL


def pending_dir(db_path: str | Path) -> Path:
    """Where the logs of an archive's pending requests live: beside the archive."""
    path = Path(db_path)
    return path.with_name(path.name + ".pending")


def _owner(log: Path) -> int | None:
    """The pid of the crawl writing ``log`` (its name starts with it), or None for a compacted log."""
    head = log.name.split("-", 1)[0]
    return int(head) if head.isdigit() else None


def read_pending(directory: Path, logs: Iterable[Path]) -> tuple[list[str], set[str]]:
    """(scheduled URLs in order, each once; URLs marked done) of these logs."""
    scheduled: dict[str, None] = {}
    done: set[str] = set()
    for log in logs:
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(DONE):
                done.add(line[len(DONE) :])
            elif line.startswith(("http://", "https://")):
                scheduled.setdefault(line)
    return list(scheduled), done


class PendingRequestsExtension:
    """See the module docstring. Off with ``-s TESSABAN_REMEMBER_PENDING=false``."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self.directory = pending_dir(db_path)
        self.stream: IO[str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        db_path = crawler.settings.get("TESSABAN_DB")
        if not db_path or not crawler.settings.getbool("TESSABAN_REMEMBER_PENDING", True):
            raise NotConfigured
        extension = cls(db_path)
        crawler.signals.connect(extension.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def _open(self) -> IO[str]:
        if self.stream is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            name = f"{os.getpid()}-{time.time_ns()}.log"
            # Line-buffered: each URL is on disk before its request is downloaded, so a kill loses none.
            self.stream = (self.directory / name).open("a", encoding="utf-8", buffering=1)
        return self.stream

    def take_pending(self, in_scope: Callable[[str], bool]) -> list[str]:
        """URLs earlier crawls scheduled, did not decide against, and the archive does not hold,
        among those ``in_scope`` accepts. The logs read are replaced by one holding what is still
        pending (for every site: another crawl may want the rest)."""
        if not self.directory.is_dir():
            return []
        mine = Path(self.stream.name) if self.stream is not None else None
        logs = sorted(
            log
            for log in self.directory.glob("*.log")
            if log != mine and not ((pid := _owner(log)) and pid != os.getpid() and process_running(pid))
        )  # a log another running crawl still writes is left to it
        if not logs:
            return []
        scheduled, done = read_pending(self.directory, logs)
        candidates = [u for u in scheduled if u not in done]
        stored = stored_urls(self.db_path, candidates)
        pending = [u for u in candidates if u not in stored]
        compacted = self.directory / f"compacted-{time.time_ns()}.tmp"
        with compacted.open("w", encoding="utf-8") as stream:
            stream.writelines(u + "\n" for u in pending)
            stream.flush()
            os.fsync(stream.fileno())
        compacted.replace(compacted.with_suffix(".log"))
        for log in logs:
            log.unlink(missing_ok=True)
        found = [u for u in pending if in_scope(u)]
        if found:
            logger.info("%d URLs an earlier crawl scheduled but never fetched are requested first", len(found))
        return found

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        self._open().write(request.url + "\n")

    def done(self, url: str) -> None:
        """The crawl decided never to fetch ``url`` (robots.txt, scope, a trap): not pending."""
        self._open().write(DONE + url + "\n")

    def spider_closed(self, spider: Spider) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None

"""PendingRequestsExtension: the archive remembers what a crawl still had to fetch.

A crawl can stop before its queue is empty: a page budget (``--max-pages``), Ctrl-C, a kill, a full
disk, a crash. Without a job directory its queue is gone, and an incremental recrawl follows no
link from pages that did not change, so what was never fetched would never be found. So every
request that enters the scheduler is logged beside the archive (``ARCHIVE.pending/``, one
append-only file per crawl process), and the next crawl of the same sites requests every logged URL
that the archive still lacks (``take_pending``), before anything else. URLs the crawl decided never
to fetch (robots.txt, out of scope, a trap) are logged as done. Logs of finished crawls are
compacted at start: only what is still pending is kept.

The log can fail to be written (a full disk): its lines are kept in memory (up to MAX_BACKLOG bytes)
and written as soon as the disk takes them again, and the log is renamed ``…-lossy.log`` until they
are. A crawl that meets a lossy log follows again the links of the pages it finds unchanged on that
log's sites (what the lost lines named is found again), and a crawl that ends with lines still
unwritten says so and exits with an error.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Self

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from crawler.known_pages import stored_urls
from pipelines.processes import process_running
from pipelines.urls import site_of

logger = logging.getLogger(__name__)

DONE = "-"  # a line "-URL": the crawl decided never to fetch URL
LOSSY = "-lossy"  # a log's name ends so while lines meant for it are not written
MAX_BACKLOG = 16 * 1024 * 1024  # bytes of unwritten lines kept in memory; more are lost (and counted)


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

    def __init__(self, db_path: str, stats: StatsCollector | None = None) -> None:
        self.db_path = db_path
        self.directory = pending_dir(db_path)
        self.stats = stats
        self.log: Path | None = None
        self._fd: int | None = None
        self._backlog = bytearray()  # lines not written yet (the disk was full)
        self.lost = 0  # lines dropped once the backlog was full
        self._lossy = False  # the log is named ``…-lossy.log``
        # Sites whose unchanged pages must have their links followed again (an earlier log was lossy);
        # refollow_all: a lossy log named no site at all.
        self.refollow_sites: set[str] = set()
        self.refollow_all = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        db_path = crawler.settings.get("TESSABAN_DB")
        if not db_path or not crawler.settings.getbool("TESSABAN_REMEMBER_PENDING", True):
            raise NotConfigured
        extension = cls(db_path, crawler.stats)
        crawler.signals.connect(extension.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def _write(self, line: str) -> None:
        """Append ``line`` to this crawl's log, unbuffered: each URL is on disk before its request is
        downloaded, so a kill loses none. What the disk refuses waits in the backlog."""
        data = (line + "\n").encode("utf-8")
        if len(self._backlog) + len(data) > MAX_BACKLOG:
            self.lost += 1
            return
        self._backlog += data
        try:
            if self._fd is None:
                self.directory.mkdir(parents=True, exist_ok=True)
                self.log = self.directory / f"{os.getpid()}-{time.time_ns()}.log"
                self._fd = os.open(self.log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            while self._backlog:
                written = os.write(self._fd, self._backlog)
                del self._backlog[:written]
        except OSError as exc:
            self._mark_lossy(exc)
            return
        if self._lossy and not self.lost and self.log is not None:  # lossy is only ever set with a log open
            self._lossy = False
            self._rename(self.log.with_name(self.log.stem.removesuffix(LOSSY) + ".log"))  # all written now

    def _mark_lossy(self, exc: OSError) -> None:
        if self.log is None or self._lossy:
            return
        self._lossy = True
        logger.error("cannot write the pending log %s (%s): keeping its lines in memory", self.log, exc)
        self._rename(self.log.with_name(self.log.stem + LOSSY + ".log"))

    def _rename(self, target: Path) -> None:
        if self.log is None:  # no log yet: nothing to rename (callers only rename an open log)
            return
        try:
            self.log.replace(target)  # a rename needs no free blocks: it works on a full disk
            self.log = target
        except OSError:
            pass

    def take_pending(self, in_scope: Callable[[str], bool]) -> list[str]:
        """URLs earlier crawls scheduled, did not decide against, and the archive does not hold,
        among those ``in_scope`` accepts. The logs read are replaced by one holding what is still
        pending (for every site: another crawl may want the rest)."""
        if not self.directory.is_dir():
            return []
        mine = self.log
        logs = sorted(
            log
            for log in self.directory.glob("*.log")
            if log != mine and not ((pid := _owner(log)) and pid != os.getpid() and process_running(pid))
        )  # a log another running crawl still writes is left to it
        if not logs:
            return []
        scheduled, done = read_pending(self.directory, logs)
        lossy = [log for log in logs if log.stem.endswith(LOSSY)]
        if lossy:
            named, _ = read_pending(self.directory, lossy)
            self.refollow_sites = {site_of(u) for u in named}
            self.refollow_all = not named
            logger.warning(
                "an earlier crawl could not remember all it scheduled (%s): links of unchanged pages "
                "are followed again",
                ", ".join(log.name for log in lossy),
            )
        candidates = [u for u in scheduled if u not in done]
        stored = stored_urls(self.db_path, candidates)
        pending = [u for u in candidates if u not in stored]
        compacted = self.directory / f"compacted-{time.time_ns()}.tmp"
        try:
            with compacted.open("w", encoding="utf-8") as stream:
                stream.writelines(u + "\n" for u in pending)
                stream.flush()
                os.fsync(stream.fileno())
            compacted.replace(compacted.with_suffix(".log"))
        except OSError as exc:  # a full disk: the logs stay as they are, read again next time
            compacted.unlink(missing_ok=True)
            logger.error("cannot compact the pending logs in %s (%s)", self.directory, exc)
        else:
            for log in logs:
                log.unlink(missing_ok=True)
        found = [u for u in pending if in_scope(u)]
        if found:
            logger.info("%d URLs an earlier crawl scheduled but never fetched are requested first", len(found))
        return found

    def refollows(self, url: str) -> bool:
        """True when the links of ``url``'s page must be followed even if it did not change."""
        return self.refollow_all or (bool(self.refollow_sites) and site_of(url) in self.refollow_sites)

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        self._write(request.url)

    def done(self, url: str) -> None:
        """The crawl decided never to fetch ``url`` (robots.txt, scope, a trap): not pending."""
        self._write(DONE + url)

    def unwritten(self) -> int:
        """Lines this crawl could not write to its log (still in memory, or lost)."""
        return self._backlog.count(b"\n") + self.lost

    def spider_closed(self, spider: Spider) -> None:
        if self._backlog and self._fd is not None:
            try:
                while self._backlog:
                    del self._backlog[: os.write(self._fd, self._backlog)]
            except OSError:
                pass
        missing = self.unwritten()
        if missing and self.stats is not None:
            self.stats.set_value("tessaban/pending/unwritten", missing)
            logger.error("%d scheduled requests could not be written to the pending log %s", missing, self.log)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

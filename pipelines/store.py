"""StorePipeline: write every FetchedPage into the SQLite archive, committing in batches."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections import Counter
from typing import Self

from scrapy.crawler import Crawler
from twisted.internet.task import LoopingCall

from pipelines.archive import CRAWL_WRITER_CACHE_KB, Archive
from pipelines.files.archive import FileArchive
from pipelines.files.items import FetchedFile, PageFiles
from pipelines.items import FetchedPage
from pipelines.schema import open_database

logger = logging.getLogger(__name__)

#: What the store writes: pages, files, and the file links of pages.
Stored = FetchedPage | FetchedFile | PageFiles

# Tries of a write that failed because another process held the archive (two crawls at once).
WRITE_ATTEMPTS = 5

# Commit at least this often (seconds) even when a batch is not full, so readers see progress.
COMMIT_INTERVAL = 2.0


class StorePipeline:
    """Opens the archive (``TESSABAN_DB``) when the spider opens and closes it when it closes."""

    def __init__(self, db_path: str, commit_every: int = 50, crawler: Crawler | None = None) -> None:
        self.db_path = db_path
        self.commit_every = max(1, commit_every)
        self.crawler = crawler
        self.archive: Archive | None = None
        self.files: FileArchive | None = None  # files, their links and ITA/OIT items (same connection)
        self.sites: set[str] = set()  # sites that got articles in this crawl: finalised at the end
        self._batch: list[Stored] = []  # items written since the last commit (rewritten after a retry)
        self._last_commit = time.monotonic()
        self._uncommitted: Counter[str] = Counter()  # stats counted for pages not yet committed
        self._timer: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        return cls(settings.get("TESSABAN_DB"), settings.getint("TESSABAN_COMMIT_EVERY", 50), crawler)

    def open_spider(self) -> None:
        self.archive = Archive(open_database(self.db_path), cache_kb=CRAWL_WRITER_CACHE_KB)
        self.files = FileArchive(self.archive.db)
        if self.crawler is not None:
            # A batch is committed on time even when no further item arrives to trigger it: the last
            # pages before one that runs to its time bound are not held back by it.
            self._timer = LoopingCall(self._commit_due)
            self._timer.start(COMMIT_INTERVAL / 2, now=False)

    def close_spider(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self._timer = None
        if self.archive is None:
            return
        try:
            self.archive.link_aliases()
            self.archive.commit()
            self._uncommitted.clear()
        except Exception as exc:  # noqa: BLE001 - the last batch is lost: counted, and the crawl says so
            self._write_failed(exc, "the last pages", lost=len(self._batch))
        for site in sorted(self.sites):
            # Template learning needs every page of the site, so it runs once the crawl is done.
            changed = self.archive.finalise_site(site)
            self.archive.commit()
            if self.crawler is not None and self.crawler.stats is not None:
                self.crawler.stats.inc_value("tessaban/articles/template_restripped", changed)
        self.archive.close()
        self.archive = None
        self.files = None

    def process_item(self, item: Stored) -> Stored:
        if not isinstance(item, FetchedPage | FetchedFile | PageFiles) or self.archive is None:
            return item
        self._batch.append(item)
        for attempt in range(WRITE_ATTEMPTS):
            try:
                # After a failed attempt the batch was rolled back: write all of it again.
                for page in self._batch if attempt else [item]:
                    self._store(page)
                if len(self._batch) >= self.commit_every or time.monotonic() - self._last_commit > COMMIT_INTERVAL:
                    self._commit()
                return item
            except Exception as exc:  # noqa: BLE001 - any failure: one line, never the item (its body) in the log
                self._rollback()
                if attempt + 1 == WRITE_ATTEMPTS or not _transient(exc):
                    self._write_failed(exc, item.url, lost=len(self._batch))
                    return item
                time.sleep(0.2 * (attempt + 1))  # another process holds the archive: let it finish
        return item

    def _open_archive(self) -> Archive:
        """The archive, open from open_spider to close_spider: items are only written in between."""
        if self.archive is None:
            raise RuntimeError("the archive is not open")
        return self.archive

    def _open_files(self) -> FileArchive:
        """The files' side of the archive, open whenever the archive is."""
        if self.files is None:
            raise RuntimeError("the archive is not open")
        return self.files

    def _commit(self) -> None:
        self._open_archive().commit()
        self._uncommitted.clear()
        self._batch.clear()
        self._last_commit = time.monotonic()

    def _commit_due(self) -> None:
        """The timer's tick: commit the batch when it has waited COMMIT_INTERVAL (on the reactor thread,
        as process_item runs, so the two never interleave)."""
        if self.archive is None or not self._batch or time.monotonic() - self._last_commit <= COMMIT_INTERVAL:
            return
        try:
            self._commit()
        except Exception as exc:  # noqa: BLE001 - as in process_item: one line, the batch counted as lost
            if _transient(exc):
                return  # another crawl holds the archive: the transaction stays open, the next tick retries
            self._write_failed(exc, "the pending batch", lost=len(self._batch))

    def _store(self, item: Stored) -> None:
        """Write one page, file or page's file links (uncommitted) and count it."""
        if isinstance(item, PageFiles):
            self._open_files().store_links(item, item.seen_at)
            return
        if isinstance(item, FetchedFile):
            # the response, its body (once by sha256; compressed by the file's worker), a pages row
            self._open_archive().store_page(item.page, compressed=item.compressed_body)
            if self._open_files().store_file(item) is not None:
                self._count("tessaban/files/stored")
            return
        archive = self._open_archive()
        change = archive.store_page(item, compressed=item.compressed_body)
        if change is not None:
            self.sites.add(item.site)
        site = f"tessaban/site/{item.site}"
        self._count(f"tessaban/pages/{item.kind}")
        self._count(f"{site}/pages")  # per-site figures: progress display and crawl_runs
        if item.kind == "error":
            self._count(f"{site}/errors")
        if change is not None:
            self._count(f"tessaban/articles/{change}")
            self._count(f"{site}/{change}")
        if archive.last_was_copy:
            self._count(f"{site}/duplicate")

    def _rollback(self) -> None:
        """Undo the uncommitted batch, in the archive and in the stats."""
        with contextlib.suppress(Exception):  # the connection may be gone; the batch is lost either way
            self._open_archive().db.conn.rollback()
        if self.crawler is not None and self.crawler.stats is not None:
            for key, count in self._uncommitted.items():
                self.crawler.stats.inc_value(key, -count)
        self._uncommitted.clear()

    def _count(self, key: str) -> None:
        """Count a stored page in the crawl's stats now (progress shows it), remembering it until the
        commit: if the batch is lost, the counts are taken back, so the stats say what the archive holds."""
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)
            self._uncommitted[key] += 1

    def _write_failed(self, exc: Exception, url: str, lost: int) -> None:
        """A write failed for good (disk full, read-only file, ...) and the batch was rolled back:
        count its ``lost`` pages as not stored (``tessaban/store/failed``), in one log line."""
        logger.error(
            "could not write %s to the archive (%s: %s); %d uncommitted pages lost",
            url,
            type(exc).__name__,
            str(exc)[:200],
            lost,
        )
        self._rollback()
        if self.crawler is not None and self.crawler.stats is not None:
            stats = self.crawler.stats
            stats.inc_value("tessaban/store/failed", lost)
            if stats.get_value("tessaban/store/first_error") is None:
                stats.set_value("tessaban/store/first_error", f"{type(exc).__name__}: {str(exc)[:200]}")
        self._batch.clear()
        self._last_commit = time.monotonic()


def _transient(exc: Exception) -> bool:
    """An error another process's transaction causes (the archive is busy), worth a retry."""
    message = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and any(
        word in message for word in ("locked", "busy", "vtable constructor failed")
    )

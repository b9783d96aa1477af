"""``tessaban store --redis URL --db PATH``: the one process that writes a distributed crawl's archive.

Workers push pages to Redis (pipelines.item_queue); this process takes them in batches and writes
each batch, with its id, in one SQLite transaction (see ItemQueue for why nothing is lost or
written twice). When the crawl is done (nothing queued, leased or waiting) it runs the end-of-crawl
work of a single-process crawl (template learning per site) and, with an idle exit, stops.
Only one store may run per crawl: a lock key in Redis refuses a second one.
"""

from __future__ import annotations

import logging
import signal
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from crawler.distributed.frontier import PREFIX, Frontier, FrontierError, connect
from crawler.settlement import settle_from_archive
from pipelines.archive import Archive
from pipelines.item_queue import ItemQueue
from pipelines.items import FetchedPage, utc_now
from pipelines.schema import open_database

logger = logging.getLogger(__name__)

LOCK = f"{PREFIX}:store:lock"
LOCK_SECONDS = 10
BATCH_TABLE = "item_batches"  # pipelines.schema m007


@dataclass
class StoreResult:
    """What a store run wrote."""

    counts: Counter[str] = field(default_factory=Counter)  # pages, errors, articles new/changed/unchanged

    def summary(self, db: str) -> str:
        c = self.counts
        articles = c["new"] + c["changed"] + c["unchanged"]
        return (
            f"{c['pages']} pages stored, {articles} articles ({c['new']} new, {c['changed']} changed, "
            f"{c['unchanged']} unchanged), {c['errors']} errors -> {db}"
        )


class ArchiveWriter:
    """Writes batches from the item queue into the archive."""

    def __init__(self, archive: Archive, queue: ItemQueue, frontier: Frontier) -> None:
        self.archive = archive
        self.queue = queue
        self.frontier = frontier
        self.result = StoreResult()
        self.unfinalised: set[str] = set()  # sites with new or changed articles since the last finalise
        self.written: set[str] = set()  # sites with pages written since the last finalise

    def _stored(self, batch: str) -> bool:
        return bool(self.archive.db.execute(f"SELECT 1 FROM {BATCH_TABLE} WHERE id = ?", [batch]).fetchall())

    def write(self, batch: str, pages: list[FetchedPage]) -> None:
        """Write one batch and its id in one transaction (a batch already written is only confirmed)."""
        if not self._stored(batch):
            for page in pages:
                change = self.archive.store_page(page, compressed=page.compressed_body)
                self.result.counts["pages"] += 1
                self.result.counts["errors"] += page.kind == "error"
                self.written.add(page.site)
                if change is not None:
                    self.result.counts[change] += 1
                    self.unfinalised.add(page.site)
            if not self.archive.db.conn.in_transaction:
                self.archive.db.begin()
            self.archive.db.conn.execute(
                f"INSERT INTO {BATCH_TABLE} (id, pages, stored_at) VALUES (?, ?, datetime('now'))",
                [batch, len(pages)],
            )
            self.archive.commit()
        self.queue.done()

    def finalise(self) -> None:
        """Template learning for the sites that changed (it needs all of a site's pages)."""
        self.archive.link_aliases()
        self.archive.commit()
        now = utc_now()
        for site in sorted(self.written):
            # Workers judged pages with what each saw of the site; the store sees all of it.
            settled = settle_from_archive(self.archive, site, None, now)
            self.result.counts.update(settled.changes)
            self.archive.commit()
        for site in sorted(self.unfinalised):
            self.archive.finalise_site(site)
            self.archive.commit()
        self.unfinalised.clear()
        self.written.clear()

    def crawl_done(self) -> bool:
        return self.frontier.finished() and self.queue.pending() == 0


def _take_lock(frontier: Frontier, owner: str) -> None:
    if not frontier.server.set(LOCK, owner, nx=True, ex=LOCK_SECONDS):
        raise FrontierError(
            f"another `tessaban store` is writing this crawl (lock {LOCK}; it expires {LOCK_SECONDS} s "
            "after that process stops)"
        )


def run_store(
    redis_url: str,
    db_path: str,
    idle_exit: float = 0.0,
    batch_size: int = 200,
    on_batch: Callable[[StoreResult], None] | None = None,
) -> StoreResult:
    """Write pages from the crawl at ``redis_url`` into ``db_path`` until stopped (SIGINT/SIGTERM) or,
    with ``idle_exit`` > 0, until the crawl has been done for that many seconds."""
    frontier = Frontier(connect(redis_url))
    owner = Frontier.new_worker_id()
    _take_lock(frontier, owner)
    store = ArchiveWriter(Archive(open_database(db_path)), ItemQueue(frontier.server), frontier)
    stopping = []
    previous = {sig: signal.signal(sig, lambda *_: stopping.append(True)) for sig in (signal.SIGINT, signal.SIGTERM)}
    idle_since: float | None = None
    joined_version = frontier.sites_version()
    crawl_seen = False  # a store started before any seeding waits for a crawl before its idle exit
    try:
        if (unfinished := store.queue.unfinished_batch()) is not None:
            logger.info("finishing the batch an earlier store process left (%d pages)", len(unfinished[1]))
            store.write(*unfinished)
        while not stopping:
            frontier.server.set(LOCK, owner, ex=LOCK_SECONDS)
            taken = store.queue.take(batch_size, wait=0.5)
            if taken is not None:
                store.write(*taken)
                idle_since = None
                if on_batch:
                    on_batch(store.result)
                continue
            if not store.crawl_done():
                idle_since, crawl_seen = None, True
                continue
            if not (crawl_seen or store.result.counts["pages"] or frontier.sites_version() != joined_version):
                continue
            store.finalise()  # the archive is complete whenever the crawl is idle
            idle_since = idle_since or time.monotonic()
            if idle_exit and time.monotonic() - idle_since >= idle_exit:
                break
        store.finalise()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        store.archive.close()
        if frontier.server.get(LOCK) == owner.encode():
            frontier.server.delete(LOCK)
    return store.result

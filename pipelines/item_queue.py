"""Pages travelling from distributed workers to the one process that writes SQLite, through Redis.

SQLite has one writer at a time, and its file should not sit on a network share, so workers on
other machines never open it: ``ItemQueuePipeline`` (the last pipeline of ``tessaban worker``)
pushes every extracted page to a Redis list, and ``tessaban store`` takes them off in batches.

A batch is moved atomically (``LMOVE``) to a ``storing`` list under a batch id; the store writes
its pages and the id in one SQLite transaction, then deletes the ``storing`` list. A store killed
at any point resumes with the same batch: written again if its id is not in SQLite, dropped if it
is. Nothing is lost and nothing is written twice.
"""

from __future__ import annotations

import pickle
import uuid
from typing import Self, cast

import redis
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from pipelines.items import FetchedPage

ITEMS = "tessaban:items"  # pickled FetchedPage items, oldest first
STORING = "tessaban:items:storing"  # the batch being written
STORING_BATCH = "tessaban:items:batch"  # that batch's id


def encode(page: FetchedPage) -> bytes:
    # pickle: the same trust as scrapy-redis' own request queue, which pickles requests in this Redis.
    return pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL)


def decode(data: bytes) -> FetchedPage:
    return pickle.loads(data)  # noqa: S301 - written by tessaban workers into the crawl's own Redis


class ItemQueue:
    """The Redis side of the worker -> store hand-over."""

    def __init__(self, server: redis.Redis) -> None:
        self.server = server

    def push(self, page: FetchedPage) -> None:
        self.server.rpush(ITEMS, encode(page))

    def pending(self) -> int:
        """Pages waiting for the store (the batch being written included)."""
        return int(self.server.llen(ITEMS)) + int(self.server.llen(STORING))

    def unfinished_batch(self) -> tuple[str, list[FetchedPage]] | None:
        """A batch an earlier store took but did not confirm (it was killed), or None."""
        if not self.server.llen(STORING):
            return None
        # Clients are made without decode_responses: Redis replies are bytes (or None), never str.
        batch = (cast("bytes | None", self.server.get(STORING_BATCH)) or b"").decode() or uuid.uuid4().hex
        return batch, self._batch_pages()

    def take(self, size: int, wait: float) -> tuple[str, list[FetchedPage]] | None:
        """Move up to ``size`` pages into a new batch, waiting up to ``wait`` seconds for the first."""
        batch = uuid.uuid4().hex
        self.server.set(STORING_BATCH, batch)  # before any page moves, so a batch never lacks its id
        # BLMOVE takes a float timeout (Redis >= 6); redis-py annotates it as int.
        if self.server.blmove(ITEMS, STORING, wait, "LEFT", "RIGHT") is None:  # type: ignore[arg-type]
            return None
        pipe = self.server.pipeline(transaction=False)
        for _ in range(size - 1):
            pipe.lmove(ITEMS, STORING, "LEFT", "RIGHT")
        pipe.execute()
        return batch, self._batch_pages()

    def _batch_pages(self) -> list[FetchedPage]:
        """The pages of the batch being written, in order."""
        # Without decode_responses LRANGE gives bytes, never str.
        return [decode(data) for data in cast("list[bytes]", self.server.lrange(STORING, 0, -1))]

    def done(self) -> None:
        """The batch is committed to SQLite: forget it."""
        pipe = self.server.pipeline()
        pipe.delete(STORING, STORING_BATCH)
        pipe.execute()


class ItemQueuePipeline:
    """Last pipeline of a worker (``TESSABAN_REDIS_URL`` set): every page goes to Redis for the store."""

    def __init__(self, url: str, crawler: Crawler) -> None:
        self.url = url
        self.crawler = crawler
        self.queue: ItemQueue | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        url = crawler.settings.get("TESSABAN_REDIS_URL")
        if not url:
            raise NotConfigured
        return cls(url, crawler)

    def open_spider(self) -> None:
        self.queue = ItemQueue(redis.Redis.from_url(self.url))

    def process_item(self, item: FetchedPage) -> FetchedPage:
        if isinstance(item, FetchedPage) and self.queue is not None:
            self.queue.push(item)
            stats, site = self.crawler.stats, f"tessaban/site/{item.site}"
            if stats is not None:  # per-site figures for the progress display
                stats.inc_value(f"tessaban/pages/{item.kind}")
                stats.inc_value(f"{site}/pages")
                if item.kind == "error":
                    stats.inc_value(f"{site}/errors")
        return item

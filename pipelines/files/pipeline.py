"""FileTextPipeline: the text of every fetched file, read in a worker process (never the crawl's)."""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import Self

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from pipelines.files.items import FetchedFile
from pipelines.files.kinds import file_kind
from pipelines.files.text import FileText, ReadOptions, read_for_archive
from pipelines.worker_pool import PageBounds, PageOverBound, WorkerLost, WorkerPool, default_workers, worker_pool

logger = logging.getLogger(__name__)


class FileTextPipeline:
    """Read each ``FetchedFile`` (PDF text layer or OCR, Office XML, image OCR) in a pool of worker
    processes bounded per file in time (``TESSABAN_FILE_TIMEOUT``) and memory (``TESSABAN_WORKER_MEMORY``):
    a decompression bomb or a parser that spins kills its worker, and the file is stored with the reason."""

    def __init__(self, crawler: Crawler | None, options: ReadOptions, workers: int, bounds: PageBounds) -> None:
        self.crawler = crawler
        self.options = options
        self.workers = max(1, workers)  # always a worker: only a worker can be stopped
        self.bounds = bounds
        self._pool: WorkerPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("TESSABAN_FILES", True):
            raise NotConfigured  # no message: a crawl without files is an ordinary choice
        options = ReadOptions(
            ocr=settings.getbool("TESSABAN_FILE_OCR", True), languages=settings.get("TESSABAN_OCR_LANGUAGES", "tha+eng")
        )
        workers = settings.getint("TESSABAN_EXTRACT_WORKERS", -1)
        bounds = PageBounds(
            settings.getfloat("TESSABAN_FILE_TIMEOUT", 180.0), settings.getint("TESSABAN_WORKER_MEMORY", 1024)
        )
        return cls(crawler, options, default_workers() if workers < 0 else workers, bounds)

    def open_spider(self) -> None:
        # Workers start with the first file. Not niced: on a busy machine a niced reader starved (bench.files:
        # 1.4 pages/s at load 9, files waiting for it held their responses, and so the downloads).
        self._pool = worker_pool(self.workers, self.bounds)

    def close_spider(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _count(self, key: str) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    async def process_item(self, item: FetchedFile) -> FetchedFile:
        if not isinstance(item, FetchedFile) or not item.page.body or self._pool is None:
            return item
        page = item.page
        loop = asyncio.get_running_loop()
        read = partial(read_for_archive, options=self.options)
        try:
            text: FileText
            text, item.compressed_body = await loop.run_in_executor(
                self._pool, read, page.body, page.url, page.header("Content-Type")
            )
            item.text = text
        except (PageOverBound, WorkerLost) as exc:
            logger.warning("reading %s stopped: %s", page.url, exc)
            kind = file_kind(page.body, page.url, page.header("Content-Type"))
            item.text = FileText(kind=kind, text=None, method=None, error=f"reading stopped: {exc}")
            self._count("tessaban/files/over_bound")
            return item
        self._count(f"tessaban/files/read/{text.kind}" if text.text else "tessaban/files/no_text")
        return item

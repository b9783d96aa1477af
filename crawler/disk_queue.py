"""The crawl's request queue: on disk (DiskQueueScheduler), one per site (SiteAwarePriorityQueue).

A municipal sitemap can list every post of the site: 100,000 URLs become 100,000 queued Request
objects, about 200 MB of the crawl process, held until the crawl works through them. With JOBDIR
Scrapy already queues on disk (and keeps the queue so a stopped crawl resumes); without one, this
scheduler queues in a temporary directory, removed when the crawl closes. Requests it cannot
pickle still go to the memory queue, as in Scrapy. A crawl that was killed cannot remove its
directory; the next crawl on the machine removes those whose process is gone.

Many sites at once: the queue is kept per download slot (per site) and hands a request to the
downloader only for a site with room for it (SiteAwarePriorityQueue). Scrapy's own priority queue
hands out the highest priority of all sites, so one site's requests filled ``CONCURRENT_REQUESTS``
and the other sites waited behind its politeness delay.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import suppress
from pathlib import Path

from scrapy import Request
from scrapy.core.scheduler import Scheduler
from scrapy.pqueues import DownloaderAwarePriorityQueue, _path_safe
from twisted.internet.defer import Deferred

from pipelines.processes import process_running

PREFIX = "tessaban-queue-"


def remove_orphaned_queues(parent: str | None = None) -> list[Path]:
    """Remove the queue directories left in ``parent`` (default: the temporary directory) by crawls
    that were killed: those whose process id, part of the name, no longer runs. Returns them."""
    removed = []
    for path in Path(parent or tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = path.name[len(PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not process_running(int(pid)) and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


class DiskQueueScheduler(Scheduler):
    _scratch: tempfile.TemporaryDirectory | None = None

    def _dqdir(self, jobdir: str | None) -> str | None:
        if jobdir:
            return super()._dqdir(jobdir)
        remove_orphaned_queues()
        self._scratch = tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-")
        return self._scratch.name

    def close(self, reason: str) -> Deferred[None] | None:
        closed = super().close(reason)
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
        return closed


class SiteAwarePriorityQueue(DownloaderAwarePriorityQueue):
    """Scrapy's downloader-aware queue (a priority queue per download slot, the slot with the fewest
    requests in the downloader first), that hands out a request only to a slot with room for it:
    fewer requests in the downloader than the slot's concurrency (CONCURRENT_REQUESTS_PER_DOMAIN,
    or its DOWNLOAD_SLOTS entry).

    Without the limit, a crawl with room in ``CONCURRENT_REQUESTS`` moves a site's queued requests
    into the downloader's per-slot queue, first in first out, where priorities no longer order them
    and a URL shape stopped as a trap can no longer be dropped (crawler.trap_stop). When every site
    with queued requests is full, ``pop`` returns None; the engine asks again as soon as a download
    ends (and every 5 s). The queue's state on disk is Scrapy's: a job dir is resumed by the same
    class (Scrapy refuses one written by another priority queue).
    """

    def _room(self, slot: str) -> int:
        downloader = self._downloader_interface.downloader
        known = downloader.slots.get(slot)
        if known is not None:
            return known.concurrency
        per_slot = downloader.per_slot_settings.get(slot, {})
        return int(per_slot.get("concurrency", downloader.domain_concurrency))

    def _in_downloader(self, slot: str) -> int:
        downloader = self._downloader_interface.downloader
        if hasattr(downloader, "in_downloader"):  # crawler.downloader: its middlewares' requests too
            return downloader.in_downloader(slot)
        return self._downloader_interface._active_downloads(slot)

    def pop(self) -> Request | None:
        stats = [(self._in_downloader(slot), slot) for slot in self.pqueues]
        open_slots = [(active, slot) for active, slot in stats if active < self._room(slot)]
        if not open_slots:
            return None
        slot = self._next_slot(open_slots, update_state=True)
        queue = self.pqueues[slot]
        request = queue.pop()
        if len(queue) == 0:
            del self.pqueues[slot]
            queue.close()
            if self.key:
                with suppress(OSError):  # as Scrapy does: the slot's directory, when its queues left none
                    Path(self.key, _path_safe(slot)).rmdir()
        return request

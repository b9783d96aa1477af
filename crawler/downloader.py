"""Scrapy's downloader, holding each site to its concurrency (the default ``DOWNLOADER``).

Scrapy 2.13+ (asyncio reactor) starts a download as a task and counts it as transferring only when
the task first runs. Its slot loop (``_process_queue``) therefore sees every queued request of a
site as free to start: when many reach the slot at once (robots.txt arriving after the engine
handed over ``CONCURRENT_REQUESTS`` of them, a resumed job dir), all start together, whatever
``CONCURRENT_REQUESTS_PER_DOMAIN`` says. Measured on a resumed crawl with no download delay: 99
requests in flight to one site with a limit of 8; the fixture server's accept queue overflowed and
the crawl spent a minute in TCP retransmits (tests/test_politeness.py). With a delay the loop
starts one request per call, so it was hidden by the default politeness.

The loop below is Scrapy's, with the request counted as transferring as soon as it is started.

It also counts, per download slot, every request the downloader holds, those still in its
middlewares included (``in_downloader``): Scrapy's slot knows a request only once the middlewares
are done with it, so while a site's robots.txt downloads, a queue that asks the slot sees a site with
nothing in flight and hands over ``CONCURRENT_REQUESTS`` of its requests (crawler/disk_queue.py).
Those must all be fetched before a Ctrl-C can end the crawl.
"""

from __future__ import annotations

from collections import Counter
from time import monotonic
from typing import Any

from scrapy import Request, Spider
from scrapy.core.downloader import Downloader, Slot
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import _schedule_coro
from twisted.internet.defer import Deferred

__all__ = ["SlotBoundDownloader"]


class SlotBoundDownloader(Downloader):
    """Scrapy's Downloader that never has more requests of a slot in flight than its concurrency."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._held: Counter[str] = Counter()

    def in_downloader(self, slot: str) -> int:
        """Requests of ``slot`` the downloader holds: in its middlewares, queued or transferring."""
        return self._held[slot]

    def fetch(self, request: Request, spider: Spider | None = None) -> Deferred:
        key = self.get_slot_key(request)
        self._held[key] += 1

        def release(result: Any) -> Any:
            self._held[key] -= 1
            if not self._held[key]:
                del self._held[key]
            return result

        fetched = super().fetch(request) if spider is None else super().fetch(request, spider)
        return fetched.addBoth(release)

    def _process_queue(self, slot: Slot) -> None:
        if slot.latercall:
            return
        now = monotonic()
        delay = slot.download_delay()
        if delay:
            penalty = delay - now + slot.lastseen
            if penalty > 0:
                slot.latercall = call_later(penalty, self._latercall, slot)
                return
        while slot.queue and slot.free_transfer_slots() > 0:
            slot.lastseen = now
            request, queue_dfd = slot.queue.popleft()
            # Counted now, not when the task first runs; Scrapy's _download adds it again (a set)
            # and removes it when the download ends.
            slot.transferring.add(request)
            _schedule_coro(self._wait_for_download(slot, request, queue_dfd))
            if delay:
                self._process_queue(slot)
                break

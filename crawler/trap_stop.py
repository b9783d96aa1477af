"""TrapStopMiddleware: requests of a URL shape the crawl has stopped as a trap are not made.

The spider stops following links into a stopped shape (crawler.site_model); this downloader
middleware drops the requests of that shape that were already queued when it stopped, so a trap
costs the pages that showed it is one, not the queue it had filled. And a shape whose last page
added nothing, or that has not shown anything yet, gets few requests in flight at once (a request
waits here for its turn; a page counts until the spider has judged it): otherwise the downloader
would already hold a dozen requests of a trap by the time its pages prove it one. So does a worded
query key set not yet shown to pay off across the site (SiteModel.keys_on_probation), whatever path it is
on: a date filter carried to thirty tags is thirty shapes, each of which would have its own requests in
flight.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Self

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.extensions.site_learning import SiteLearningExtension
from crawler.middlewares import TrapRefusal
from pipelines.urls import site_of, url_shape

# Requests in flight at once for a shape on probation (unproven, or its last page added nothing),
# and for a slowed one; how long a request waits for its turn at most.
PROBATION_IN_FLIGHT = 2
SLOWED_IN_FLIGHT = 1
MAX_WAIT = 10.0


class TrapStopMiddleware:
    """Refuse (as a policy, not a failure) requests whose shape is stopped on their site."""

    def __init__(self, learning: SiteLearningExtension) -> None:
        self.learning = learning
        self.in_flight: Counter[tuple[str, str]] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        learning = crawler.get_extension(SiteLearningExtension)
        if learning is None:
            raise NotConfigured
        middleware = cls(learning)
        # In flight = handed to the downloader's slot and not yet out of it. Counted by the downloader's
        # own signals: a request refused by a later middleware, retried or redirected never leaks a count.
        crawler.signals.connect(middleware.request_reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(middleware.request_left, signal=signals.request_left_downloader)
        crawler.signals.connect(middleware.response_received, signal=signals.response_received)
        return middleware

    def response_received(self, response, request: Request, spider=None) -> None:
        """An HTML page of a counted shape still holds its slot until the spider has judged it: when
        parsing lags (workers busy), the downloader would otherwise fetch a trap's pages faster than
        they can show it is one."""
        slots = _slots(request)
        content_type = response.headers.get(b"Content-Type", b"") or b""
        if slots and response.status == 200 and b"html" in content_type.lower():
            for slot in slots:
                self.learning.to_judge(slot)
            request.meta["tessaban_shape_judging"] = True

    def request_reached(self, request: Request, spider=None) -> None:
        slots = _slots(request)
        for slot in slots:
            self.in_flight[slot] += 1
        if slots:
            request.meta["tessaban_shape_counted"] = True

    def request_left(self, request: Request, spider=None) -> None:
        if request.meta.pop("tessaban_shape_counted", False):
            for slot in _slots(request):
                if self.in_flight[slot] > 0:
                    self.in_flight[slot] -= 1

    def _refuse_if_stopped(self, site: str, request: Request) -> Request | None:
        """Refuse a request of a stopped shape. A request whose URL has keys learned to change nothing
        since it was queued (a category's link to a post, a list item's link with the view it was opened
        from) is made again as the URL it stands for, fetched once."""
        model = self.learning.models.get(site)
        if model is None:
            return None
        canonical = model.canonical(request.url)
        if canonical != request.url and model.stopped(canonical) is None:
            return request.replace(url=canonical)
        stats = model.stopped(request.url)
        if stats is None:
            return None
        self.learning.count_dropped(site, stats)
        raise TrapRefusal(f"URL shape stopped as a trap: {stats.stopped}")

    def _busy(self, slot: tuple[str, str]) -> int:
        """Requests of ``slot`` in flight, or downloaded and not judged yet."""
        return self.in_flight[slot] + self.learning.judging(slot)

    def _cap(self, site: str, shape: str) -> int | None:
        """How many requests of the shape may be in flight (None: no limit)."""
        model = self.learning.models.get(site)
        if model is None:
            return None
        stats = model.shapes.get(shape)
        if stats is None:
            return PROBATION_IN_FLIGHT if model.patience else None
        if not model.patience:
            return PROBATION_IN_FLIGHT
        if stats.slowed:
            return SLOWED_IN_FLIGHT
        if stats.streak or stats.productive < 2:
            return PROBATION_IN_FLIGHT
        return None

    async def process_request(self, request: Request) -> Request | None:
        if request.meta.get("tessaban_start"):
            return None  # a URL the user asked for is always fetched
        site = site_of(request.url)
        model = self.learning.models.get(site)
        shape = model.key(request.url) if model is not None else url_shape(request.url)
        worded = model.worded_keys(shape) if model is not None else None
        keys_slot = (site, "?" + worded) if worded else None
        deadline = time.monotonic() + MAX_WAIT
        while True:
            instead = self._refuse_if_stopped(site, request)
            if instead is not None:
                return instead
            cap = self._cap(site, shape)
            shape_free = cap is None or self._busy((site, shape)) < cap
            keys_free = (
                not worded
                or model is None
                or not model.keys_on_probation(worded)
                or self._busy((site, "?" + worded)) < PROBATION_IN_FLIGHT
            )
            if (shape_free and keys_free) or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.05)
        request.meta["tessaban_shape_slot"] = (site, shape)
        if keys_slot is not None:
            request.meta["tessaban_keys_slot"] = keys_slot
        else:  # a redirect's or a retry's copy of a request: not the slot of the address it came from
            request.meta.pop("tessaban_keys_slot", None)
        return None


def _slots(request: Request) -> list[tuple[str, str]]:
    """The in-flight slots a request holds: its shape's, and its worded key set's when it has one."""
    return [slot for name in ("tessaban_shape_slot", "tessaban_keys_slot") if (slot := request.meta.get(name))]

"""scrapy-redis' scheduler, queue and dupefilter, with the adapter tessaban needs on Scrapy 2.13+.

scrapy-redis 0.9.1 is used underneath (its Redis connection, priority-queue encoding and
dupefilter); this module fills its gaps:

* **Leases** (crawler.distributed.frontier): a request taken by a worker stays in Redis until
  its page has been handed to the store, so a killed worker loses nothing.
* **Start URLs go through the dupefilter**: scrapy-redis' spiders read start URLs as
  ``dont_filter`` requests (every worker refetches them). Here ``tessaban crawl --redis`` pushes
  ordinary requests through the shared dupefilter instead, and workers use the normal spider.
* **No 5 s wait**: Scrapy's engine asks an idle scheduler for work only at its 5 s heartbeat.
  ``kick`` (called by crawler.distributed.worker every 0.2 s) hands a queued request to the
  engine through ``engine.crawl``, which wakes it at once.
* **No deprecated calls**: stats are counted without the ``spider=`` argument Scrapy deprecated.
* **Redirect targets pass the dupefilter**, as in a single-process crawl (crawler.dupefilter).
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Any, Self

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from crawler.crawl_scope import CrawlScope
from crawler.distributed.frontier import DUPEFILTER, QUEUE, Frontier
from pipelines.items import FetchedPage
from pipelines.signals import sites_changed
from pipelines.urls import site_of

logger = logging.getLogger(__name__)

#: Request meta: the URL of the leased request a request derives from (kept through redirects and retries).
LEASED_URL = "tessaban_leased_url"
#: Request meta: a request ``kick`` already took from Redis, to be downloaded by this worker.
_TAKEN = "tessaban_taken"


class RedisDupeFilter(RFPDupeFilter):
    """scrapy-redis' shared dupefilter; redirect targets always pass (see crawler.dupefilter)."""

    def request_seen(self, request: Request) -> bool:
        if request.meta.get("redirect_urls"):
            return False
        return super().request_seen(request)


class LeasedQueue(PriorityQueue):
    """scrapy-redis' priority queue (same encoding), whose pop leases the request to a worker."""

    def __init__(self, server: Any, spider: Any, key: str = QUEUE, serializer: Any = None, worker: str = "") -> None:
        super().__init__(server, spider, key, serializer)
        self.frontier = Frontier(server)
        self.worker = worker

    def push(self, request: Request) -> None:
        self.frontier.push(self._encode_request(request), request.priority)

    def push_unseen(self, request: Request, dupefilter: RFPDupeFilter) -> bool:
        """Queue ``request`` unless the shared dupefilter has seen it (atomically); True if queued.
        Redirect targets always pass (RedisDupeFilter)."""
        if request.meta.get("redirect_urls"):
            self.push(request)
            return True
        fingerprint = dupefilter.request_fingerprint(request)
        return self.frontier.push_unseen(fingerprint, self._encode_request(request), request.priority)

    def pop(self, timeout: int = 0) -> Request | None:
        taken = self.pop_leased()
        return taken[0] if taken else None

    def pop_leased(self) -> tuple[Request, bytes] | None:
        """The next request and its lease (the serialized request), or None when the queue is empty."""
        while (member := self.frontier.pop(self.worker)) is not None:
            try:
                return self._decode_request(member), member
            except Exception:  # noqa: BLE001 - written by another version of the spider: drop, keep going
                logger.error("dropped a queued request that cannot be decoded", exc_info=True)
                self.frontier.release(member)
        return None


class LeasedScheduler(Scheduler):
    """The scheduler of ``tessaban worker``: scrapy-redis' Scheduler with leases; always persistent."""

    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        scheduler = cls.from_settings(crawler.settings)
        scheduler.stats = crawler.stats
        scheduler.crawler = crawler
        scheduler.worker = crawler.settings.get("TESSABAN_WORKER_ID") or Frontier.new_worker_id()
        crawler.signals.connect(scheduler.item_scraped, signal=signals.item_scraped)
        return scheduler

    def open(self, spider: Any) -> None:
        self.spider = spider
        self.queue = LeasedQueue(self.server, spider, QUEUE, self.serializer, self.worker)
        self.df = RedisDupeFilter(self.server, key=DUPEFILTER, debug=spider.settings.getbool("DUPEFILTER_DEBUG"))
        self.frontier = self.queue.frontier
        self._leases: dict[str, bytes] = {}  # URL -> lease, for the requests this worker holds
        self._taken: deque[Request] = deque()
        self.sites_version = -1
        self.dequeued = 0  # requests this worker took from the shared queue
        self.refresh_sites()  # before the engine asks for a request, so that every site is in scope
        if len(self.queue):
            logger.info("joining a crawl with %d requests queued", len(self.queue))

    def close(self, reason: str) -> None:
        # The engine has finished every request it downloaded, so none of those leases is needed; a
        # request kicked in but not started yet goes back to the queue first. The queue and dupefilter
        # always persist: other workers may be running, or join later.
        while self._taken:
            self.queue.push(self._taken.popleft())
        self.release_all()

    def enqueue_request(self, request: Request) -> bool:
        if request.meta.pop(_TAKEN, False):
            self._taken.append(request)
            return True
        if request.dont_filter:
            self.queue.push(request)
        elif not self.queue.push_unseen(request, self.df):
            self.df.log(request, self.spider)
            return False
        self._count("scheduler/enqueued/redis")
        derived_from = request.meta.get(LEASED_URL)
        if derived_from:
            # A redirect or a retry of a leased request: it is safely back in the queue now.
            self.release(derived_from)
        return True

    def next_request(self) -> Request | None:
        if self._taken:
            return self._taken.popleft()
        taken = self.queue.pop_leased()
        if taken is None:
            return None
        request, lease = taken
        if site_of(request.url) not in CrawlScope.of(self.crawler).sites:
            self.refresh_sites()  # seeded a moment ago: learn the site before the scope check drops it
        request.meta[LEASED_URL] = request.url
        previous = self._leases.get(request.url)
        self._leases[request.url] = lease
        if previous is not None and previous != lease:
            self.frontier.release(previous)
        self.dequeued += 1
        self._count("scheduler/dequeued/redis")
        return request

    def refresh_sites(self) -> None:
        """Tell the spider and the pipelines (crawler.signals.sites_changed) when the crawl's sites changed."""
        if self.frontier.sites_version() != self.sites_version:
            self.sites_version, sites = self.frontier.sites()
            self.crawler.signals.send_catch_log(sites_changed, sites=sites)

    def has_pending_requests(self) -> bool:
        return bool(self._taken) or len(self.queue) > 0

    def kick(self) -> bool:
        """Take one queued request and hand it to the engine, which then keeps pulling from the
        queue until its concurrency is used: an idle worker starts within one kick interval
        instead of at the engine's next 5 s heartbeat."""
        if self._taken:
            return False
        taken = self.next_request()
        if taken is None:
            return False
        taken.meta[_TAKEN] = True
        self.crawler.engine.crawl(taken)
        return True

    def release(self, *urls: str) -> None:
        """Drop this worker's leases on ``urls``: their pages are with the store (or requeued)."""
        leases = [lease for url in urls if (lease := self._leases.pop(url, None)) is not None]
        self.frontier.release(*leases)

    def release_all(self) -> None:
        self.frontier.release(*self._leases.values())
        self._leases.clear()

    def item_scraped(self, item: Any, response: Any, spider: Any) -> None:
        """A page went through every pipeline (the last one pushed it to Redis): its lease ends."""
        if not isinstance(item, FetchedPage):
            return
        request = response.request if isinstance(response, Response) else getattr(response, "request", None)
        urls = [item.url, *(url for url, _ in item.redirects)]
        if request is not None and request.meta.get(LEASED_URL):
            urls.append(request.meta[LEASED_URL])
        self.release(*urls)

    def _count(self, key: str) -> None:
        if self.stats:
            self.stats.inc_value(key)

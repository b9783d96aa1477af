"""``tessaban crawl --redis URL SITE...``: add sites and their start requests to a shared crawl.

The start requests are the spider's own (``MunicipalSpider.seed_requests``), pushed through the
shared dupefilter like any other request: seeding twice, or from two machines, fetches a start URL
once (scrapy-redis' spiders make start URLs ``dont_filter``, so every worker refetched them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crawler.distributed.frontier import DUPEFILTER, PREFIX, QUEUE, Frontier, SiteSpec, connect
from crawler.distributed.scheduler import LeasedQueue, RedisDupeFilter
from crawler.spiders.municipal import MunicipalSpider
from pipelines.urls import site_of

SEED_LOCK = f"{PREFIX}:seed:lock"


@dataclass(frozen=True)
class SeedResult:
    sites: int  # sites of the crawl after seeding
    queued: int  # start requests added to the queue
    already_seen: int  # start requests the crawl had already seen (not queued again)
    new_pass: bool  # the previous crawl was over: its seen-URL set was cleared first
    workers: int  # workers alive now


def seed(
    redis_url: str,
    start_urls: Sequence[str],
    url_rules: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    selectors: Mapping[str, Mapping[str, str]] | None = None,
    guess_sitemaps: bool = True,
) -> SeedResult:
    """Register the sites of ``start_urls`` and queue their start requests in the crawl at ``redis_url``."""
    server = connect(redis_url)
    # One seeder at a time: deciding on a new pass and queueing must not interleave with another's.
    with server.lock(SEED_LOCK, timeout=60, blocking_timeout=60):
        return _seed(server, start_urls, url_rules or {}, selectors or {}, guess_sitemaps)


def _seed(server, start_urls, url_rules, selectors, guess_sitemaps) -> SeedResult:
    frontier = Frontier(server)
    new_pass = frontier.new_pass_if_finished()
    by_site: dict[str, list[str]] = {}
    for url in start_urls:
        by_site.setdefault(site_of(url), []).append(url)
    _, known = frontier.sites()
    specs = {}
    for site, urls in by_site.items():
        rules = url_rules.get(site, {})
        previous = known.get(site)
        specs[site] = SiteSpec(
            start_urls=tuple(dict.fromkeys([*(previous.start_urls if previous else ()), *urls])),
            allow=tuple(rules.get("allow", ())),
            deny=tuple(rules.get("deny", ())),
            selectors=tuple(sorted(selectors.get(site, {}).items())),
        )
    frontier.add_sites(specs)  # first: a worker must know a site before it meets its requests
    spider = MunicipalSpider(start_urls=start_urls)
    queue = LeasedQueue(server, spider, QUEUE)
    dupefilter = RedisDupeFilter(server, key=DUPEFILTER)
    queued = seen = 0
    for request in spider.seed_requests(guess_sitemaps):
        if queue.push_unseen(request, dupefilter):
            queued += 1
        else:
            seen += 1
    return SeedResult(len(known | specs), queued, seen, new_pass, len(frontier.workers()))

"""Refusals the downloader middlewares raise, and the crawl's scope test they share."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from crawler.crawl_scope import CrawlScope


class PolicyRefusal(IgnoreRequest):
    """A request tessaban decided not to make (scope, budget, private address): not a failure of the
    site, so the spider does not record it as a failed page. Any other IgnoreRequest (a response
    over DOWNLOAD_MAXSIZE once decompressed, for instance) is recorded."""


class BudgetRefusal(PolicyRefusal):
    """A request not made because its site's page budget was spent: still to be fetched by a later
    crawl (crawler.extensions.pending), unlike the other refusals."""


class TrapRefusal(PolicyRefusal):
    """A request of a URL shape the crawl stopped as a trap (crawler.trap_stop); when it was a redirect's
    target, the shape of the URL that redirected there is charged a page that added nothing."""


def in_scope(crawler: Crawler, url: str) -> bool:
    """Whether ``url`` belongs to one of the sites the crawl's scope names (always, when it names none)."""
    return CrawlScope.of(crawler).covers(url)

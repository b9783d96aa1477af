"""What a file request is. Its downloader middlewares (crawler/middlewares/file_*.py, page_budget.py)
apply the page rules with a file's own scope and budget.

A file request carries ``meta["tessaban_file"]`` (the URL of the in-scope page that links it). Such
a request passes the crawl's site scope whatever its host (many LAOs keep documents on a provincial
or vendor host), but obeys that host's robots.txt, the private-address rule, the politeness of its
download slot and its own per-site budget (``TESSABAN_MAX_FILES``, counted for the linking site);
it never counts against the page budget. The spider keeps files as files: it never crawls their hosts.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler

from crawler.crawl_scope import CrawlScope

#: Request meta key of a file request: the URL of the page whose link it follows.
FILE_META = "tessaban_file"


def linking_page(request: Request) -> str | None:
    """The page a file request follows a link of; None for any other request."""
    return request.meta.get(FILE_META)


def file_hosts(crawler: Crawler) -> set[str]:
    """Hosts outside the crawl that file requests go to (the crawl scope's ``file_hosts``)."""
    return CrawlScope.of(crawler).file_hosts

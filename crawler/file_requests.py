"""Downloader middlewares for file requests: the page rules, with a file's own scope and budget.

A file request carries ``meta["tessaban_file"]`` (the URL of the in-scope page that links it). Such
a request passes the crawl's site scope whatever its host (many LAOs keep documents on a provincial
or vendor host), but obeys that host's robots.txt, the private-address rule, the politeness of its
download slot and its own per-site budget (``TESSABAN_MAX_FILES``, counted for the linking site);
it never counts against the page budget. The spider keeps files as files: it never crawls their hosts.
"""

from __future__ import annotations

from collections import Counter
from typing import Self
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares import robotstxt as scrapy_robotstxt
from scrapy.exceptions import NotConfigured

from crawler.file_links import FilePolicy
from crawler.middlewares import PolicyRefusal, RobotsTxtMiddleware, SiteBudgetMiddleware, SiteScopeMiddleware, in_scope
from pipelines.urls import site_of

#: Request meta key of a file request: the URL of the page whose link it follows.
FILE_META = "tessaban_file"


def linking_page(request: Request) -> str | None:
    """The page a file request follows a link of; None for any other request."""
    return request.meta.get(FILE_META)


def _file_hosts(crawler: Crawler) -> set[str]:
    """Hosts outside the crawl that file requests go to (the spider's ``file_hosts``)."""
    return getattr(crawler.spider, "file_hosts", set())


class FileScopeMiddleware(SiteScopeMiddleware):
    """SiteScopeMiddleware, letting through file requests and the robots.txt of their hosts."""

    def process_request(self, request: Request) -> None:
        if linking_page(request):
            if not in_scope(self.crawler, request.url):
                self.crawler.stats.inc_value("tessaban/files/other_host")
            return
        if urlsplit(request.url).path == "/robots.txt" and site_of(request.url) in _file_hosts(self.crawler):
            return
        super().process_request(request)


class FileRobotsTxtMiddleware(RobotsTxtMiddleware):
    """The crawl's robots.txt middleware, which also checks file requests to hosts outside the crawl."""

    async def process_request(self, request: Request) -> None:
        if linking_page(request) and not in_scope(self.crawler, request.url):
            # a host reached by a redirect too: its robots.txt may be fetched (FileScopeMiddleware)
            _file_hosts(self.crawler).add(site_of(request.url))
            await scrapy_robotstxt.RobotsTxtMiddleware.process_request(self, request)
            return
        await super().process_request(request)


class PageBudgetMiddleware(SiteBudgetMiddleware):
    """``TESSABAN_MAX_PAGES`` for pages only: file requests have their own budget (FileBudgetMiddleware)."""

    def process_request(self, request: Request) -> None:
        if linking_page(request):
            return
        super().process_request(request)


class FileBudgetMiddleware:
    """Fetch at most ``TESSABAN_MAX_FILES`` files for each crawled site (the site of the linking page)."""

    def __init__(self, crawler: Crawler, max_files: int) -> None:
        self.crawler = crawler
        self.max_files = max_files
        self.fetched: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        policy = FilePolicy.from_settings(crawler.settings)
        if policy.max_per_site <= 0 or not policy.enabled:
            raise NotConfigured
        return cls(crawler, policy.max_per_site)

    def process_request(self, request: Request) -> None:
        page = linking_page(request)
        if not page or request.meta.get("redirect_urls"):  # a redirect of a file already counted
            return
        site = site_of(page)
        if self.fetched[site] >= self.max_files:
            self.crawler.stats.inc_value("tessaban/files/over_budget")
            raise PolicyRefusal(f"file budget of {self.max_files} reached for {site}")
        self.fetched[site] += 1

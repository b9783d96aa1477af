"""FileRobotsTxtMiddleware: robots.txt checked for file requests to hosts outside the crawl too."""

from __future__ import annotations

from scrapy import Request
from scrapy.downloadermiddlewares import robotstxt as scrapy_robotstxt

from crawler.file_requests import file_hosts, linking_page
from crawler.middlewares.refusals import in_scope
from crawler.middlewares.robots_txt import RobotsTxtMiddleware
from pipelines.urls import site_of


class FileRobotsTxtMiddleware(RobotsTxtMiddleware):
    """The crawl's robots.txt middleware, which also checks file requests to hosts outside the crawl."""

    # Without the spider argument Scrapy 2.19 deprecated (and passes only to methods that require it).
    async def process_request(self, request: Request) -> None:  # type: ignore[override]
        if linking_page(request) and not in_scope(self.crawler, request.url):
            # a host reached by a redirect too: its robots.txt may be fetched (FileScopeMiddleware)
            file_hosts(self.crawler).add(site_of(request.url))
            await scrapy_robotstxt.RobotsTxtMiddleware.process_request(self, request)
            return
        await super().process_request(request)

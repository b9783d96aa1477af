"""FileScopeMiddleware: the site scope, letting through file requests and their hosts' robots.txt."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request

from crawler.file_requests import linking_page
from crawler.middlewares.site_scope import SiteScopeMiddleware
from pipelines.urls import site_of


class FileScopeMiddleware(SiteScopeMiddleware):
    """SiteScopeMiddleware, letting through file requests and the robots.txt of their hosts."""

    def process_request(self, request: Request) -> None:
        if linking_page(request):
            if not self.scope.covers(request.url):
                self.stats.inc_value("tessaban/files/other_host")
            return
        if urlsplit(request.url).path == "/robots.txt" and site_of(request.url) in self.scope.file_hosts:
            return
        super().process_request(request)

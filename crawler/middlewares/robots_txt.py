"""RobotsTxtMiddleware: Scrapy's robots.txt middleware, every request waiting for a site's robots.txt checked."""

from __future__ import annotations

from scrapy import Request
from scrapy.downloadermiddlewares import robotstxt as scrapy_robotstxt
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from crawler.middlewares.refusals import in_scope


class RobotsTxtMiddleware(scrapy_robotstxt.RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with every request that waits for a site's robots.txt checked.

    Scrapy (2.19, asyncio reactor) makes all the requests that arrive while a site's robots.txt is
    downloading await one shared Deferred; the first waiter's callback returns None, so every other
    waiter receives None, which means "no robots.txt": they are fetched unchecked. A crawl meets this
    at its start (the start URL and the guessed sitemap), and a distributed worker meets it for every
    site, since it joins with many queued requests per site. Here each waiter gets the parser itself.
    """

    # Without the spider argument Scrapy 2.19 deprecated (and passes only to methods that require it).
    async def process_request(self, request: Request) -> None:  # type: ignore[override]
        """Scrapy's check, but never for a host outside the crawl: a redirect to another host must
        not cost that host a robots.txt request (SiteScopeMiddleware drops the request next)."""
        if not in_scope(self.crawler, request.url):
            return
        await super().process_request(request)

    async def robot_parser(self, request: Request):
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        waiter: Deferred = Deferred()

        def relay(result):
            waiter.callback(result)
            return result  # unchanged for the callbacks after this one

        pending.addBoth(relay)
        return await maybe_deferred_to_future(waiter)

"""The municipal spider: walks one or more sites and yields every response as a FetchedPage.

It decides only where to go next (via crawler.navigation); what a page says is the pipelines' job.
From any article it follows previous/next post links both ways to the ends of the chain, and it
also walks the home page, listings and their pagination, sitemaps and RSS/Atom feeds.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit, urlunsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.crawl_scope import CrawlScope, compile_rules
from crawler.extensions.pending import PendingRequestsExtension
from crawler.extensions.resume import ResumeLogExtension
from crawler.extensions.site_learning import SiteLearningExtension
from crawler.file_links import FilePolicy, PageNavigation, navigate_with_files
from crawler.file_requests import FILE_META
from crawler.known_pages import KnownPages, load_known, stored_urls
from crawler.middlewares import AlreadyFetched, BudgetRefusal, PolicyRefusal, TrapRefusal
from crawler.navigation import PageLinks, feed_links, is_file_url, scanned_links, sitemap_entries, xml_document_kind
from crawler.page_evidence import withholds
from pipelines.files.items import FetchedFile, PageFiles
from pipelines.items import FetchedPage, utc_now
from pipelines.run_refusals import REFUSED
from pipelines.signals import sites_changed
from pipelines.urls import site_of, without_tracking
from pipelines.worker_pool import PageOverBound, WorkerLost, WorkerPool, default_workers, worker_pool

if TYPE_CHECKING:
    from crawler.distributed.frontier import SiteSpec

# Request priorities: finish post chains and listings before wandering the rest of the site.
PRIORITY_START = 200
PRIORITY_PREV_NEXT = 100
PRIORITY_FEED = 90
PRIORITY_PAGINATION = 50
PRIORITY_ARTICLE = 20
PRIORITY_OTHER = 0
PRIORITY_SLOWED = -100  # a URL shape whose recent pages added nothing: fetched after everything else
PRIORITY_FILE = -200  # files linked by pages (PDF, Office documents): after every page of the crawl


def _headers(response: Response) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in response.headers.items()
        for value in values
    ]


def _content_type(response: Response) -> str:
    """The response's Content-Type header, or "" when it sent none."""
    return (response.headers.get(b"Content-Type") or b"").decode("latin-1")


def _is_html(response: Response) -> bool:
    content_type = _content_type(response).lower()
    if content_type:
        return "html" in content_type
    return b"<html" in response.body[:2048].lower()


class MunicipalSpider(Spider):
    """Crawl whole municipal sites: ``scrapy crawl municipal -a url=https://example.go.th/``.

    ``url`` may hold several URLs separated by commas or spaces. A site is a host (``www.``
    ignored) and port; http and https on their default ports count as one site.
    """

    name = "municipal"

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # The crawler's scope is the one the middlewares and extensions read: this spider's sites go there.
        scope = CrawlScope.of(crawler)
        scope.add_sites(spider.scope.sites)
        scope.shared_frontier, scope.bounded = spider.scope.shared_frontier, True
        spider.scope = scope
        crawler.signals.connect(spider.sites_changed, signal=sites_changed)
        return spider

    def __init__(
        self, url: str | None = None, start_urls: Iterable[str] = (), shared_frontier: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        urls = list(start_urls) + (re.split(r"[\s,]+", url.strip()) if url else [])
        self.start_urls = [u for u in urls if u]
        if not self.start_urls and not shared_frontier:
            raise ValueError("no start URL: pass -a url=https://example.go.th/")
        #: The crawl's sites, rules and known pages (crawler.crawl_scope): the crawler's own once
        #: from_crawler has run, which the middlewares and extensions read.
        sites = {site_of(u) for u in self.start_urls}
        self.scope = CrawlScope(sites=sites, bounded=True, shared_frontier=shared_frontier)
        self.incremental = False
        self._pool: WorkerPool | None = None  # navigation parsing in worker processes

    @property
    def allowed_sites(self) -> set[str]:
        """Sites this crawl may fetch from (the scope's)."""
        return self.scope.sites

    @property
    def shared_frontier(self) -> bool:
        """A distributed worker: requests and sites come from Redis (crawler.distributed), not start()."""
        return self.scope.shared_frontier

    @property
    def known(self) -> KnownPages:
        """What the archive already holds for these sites (loaded at start when incremental)."""
        return self.scope.known

    @property
    def start_problems(self) -> dict[str, str]:
        """Start URLs that gave no HTML page, with the reason; the CLI reports them."""
        return self.scope.start_problems

    @property
    def file_hosts(self) -> set[str]:
        """Hosts outside the crawl that serve files its pages link (their robots.txt may be fetched)."""
        return self.scope.file_hosts

    async def start(self) -> AsyncIterator[Request]:
        workers = self.settings.getint("TESSABAN_EXTRACT_WORKERS", -1)
        workers = default_workers() if workers < 0 else workers
        if workers:
            self._pool = worker_pool(workers)
        self.incremental = self.settings.getbool("TESSABAN_INCREMENTAL", True)
        if self.incremental:
            self.scope.known = load_known(self.settings.get("TESSABAN_DB", ""), self.allowed_sites)
        if self.shared_frontier:
            return  # `tessaban crawl --redis` seeded the shared queue with seed_requests()
        for url in self._lost_by_a_kill():
            if self.file_policy.enabled and self.file_policy.wants(url):  # a file, fetched and read as one
                yield self._file_request(url, url).replace(dont_filter=True)
                continue
            yield Request(url, callback=self.parse, errback=self.failed, priority=PRIORITY_START, dont_filter=True)
        pending = self.crawler.get_extension(PendingRequestsExtension)
        for url in pending.take_pending(self.in_scope) if pending is not None else []:
            # What an earlier crawl stopped before fetching (a budget, Ctrl-C, a kill, a full disk).
            self.crawler.stats.inc_value("tessaban/pending/requested")
            if self.file_policy.enabled and self.file_policy.wants(url):
                yield self._file_request(url, url)
                continue
            yield Request(url, callback=self.parse, errback=self.failed, priority=PRIORITY_PREV_NEXT)
        for request in self.seed_requests(self.settings.getbool("TESSABAN_GUESS_SITEMAPS", True)):
            yield request

    def seed_requests(self, guess_sitemaps: bool = True) -> list[Request]:
        """The first requests of a crawl: every start URL, then each site's guessed /sitemap.xml."""
        requests: list[Request] = []
        roots: dict[str, str] = {}
        for url in self.start_urls:
            requests.append(
                Request(
                    url,
                    callback=self.parse,
                    errback=self.failed,
                    priority=PRIORITY_START,
                    meta={"tessaban_start": True},
                )
            )
            parts = urlsplit(url)
            roots.setdefault(site_of(url), urlunsplit((parts.scheme, parts.netloc, "", "", "")))
        if guess_sitemaps:
            # A guess of ours, one request per site: fetched from a download slot of its own, right after
            # robots.txt, not one politeness delay (5 s, 60 s) before the site's own pages (bench.broad).
            requests += [
                self._follow(f"{root}/sitemap.xml", PRIORITY_FEED).replace(
                    meta={"download_slot": f"{urlsplit(root).hostname} sitemap"}
                )
                for root in roots.values()
            ]
        return requests

    def sites_changed(self, sites: dict[str, SiteSpec]) -> None:
        """A distributed crawl's sites (from Redis): scope and allow/deny rules follow them."""
        self.scope.add_sites(
            sites,
            compile_rules({site: {"allow": s.allow, "deny": s.deny} for site, s in sites.items() if s.allow or s.deny}),
        )

    def _lost_by_a_kill(self) -> list[str]:
        """After a killed run of this job: the URLs it scheduled but never stored (queued, downloading
        or waiting to be written). crawler.extensions.resume dropped Scrapy's queue, which a kill
        leaves unreliable, and kept these URLs as seen, so they are requested here, once."""
        resume = self.crawler.get_extension(ResumeLogExtension)
        logged = [u for u in resume.take_logged_before_kill() if self.in_scope(u)] if resume is not None else []
        if not logged:
            return []
        stored = stored_urls(self.settings.get("TESSABAN_DB", ""), logged)
        lost = [u for u in logged if u not in stored]
        self.crawler.stats.set_value("tessaban/resume/refetched", len(lost))
        return lost

    def in_scope(self, url: str) -> bool:
        """True when ``url`` is on one of the sites this crawl was given, and its site's allow/deny
        patterns (TESSABAN_URL_RULES, from the registry) let it through."""
        try:
            return self.scope.allows(url)
        except ValueError:  # "http://[::1", a port out of range: skipped and counted, never fatal
            self.crawler.stats.inc_value("tessaban/links/malformed")
            return False

    @cached_property
    def file_policy(self) -> FilePolicy:
        """Which linked files this crawl fetches (TESSABAN_FILES, TESSABAN_FILE_TYPES, ...). Off in a
        distributed crawl: its Redis hand-over to `tessaban store` carries pages only (not yet files)."""
        policy = FilePolicy.from_settings(self.settings) if hasattr(self, "settings") else FilePolicy()
        return replace(policy, enabled=False) if self.shared_frontier else policy

    def _file_request(self, url: str, page_url: str) -> Request:
        """A request for a file a page links: after every page, under the file size limit; a file on
        another host is fetched as a file (crawler/file_requests.py lets it through), never crawled."""
        policy = self.file_policy
        return Request(
            without_tracking(url),
            callback=self.parse_file,
            errback=self.file_failed,
            priority=PRIORITY_FILE,
            meta={FILE_META: page_url, "download_maxsize": policy.max_bytes, "download_warnsize": policy.max_bytes},
        )

    def _file_requests(self, navigation: PageNavigation, page_url: str) -> Iterator[Request]:
        for link in navigation.files:
            try:
                site = site_of(link.url)
            except ValueError:
                continue
            if site in self.allowed_sites:
                if not self.in_scope(link.url):  # the site's deny/allow rules say no
                    continue
            else:
                self.file_hosts.add(site)
            yield self._file_request(link.url, page_url)

    def _follow(self, url: str, priority: int) -> Request:
        # Session and tracking parameters removed: a fresh PHPSESSID in every link is one page, not many.
        return Request(without_tracking(url), callback=self.parse, errback=self.failed, priority=priority)

    @cached_property
    def _pending(self) -> PendingRequestsExtension | None:
        """The log of what the crawl scheduled (crawler.extensions.pending); None when turned off."""
        return self.crawler.get_extension(PendingRequestsExtension)

    @cached_property
    def _learning(self) -> SiteLearningExtension | None:
        """What the crawl learns per site (page kinds, URL shapes, traps); None when turned off."""
        return self.crawler.get_extension(SiteLearningExtension)

    def _trapped(self, url: str) -> bool:
        """True when ``url``'s shape was stopped on its site: its pages kept adding nothing."""
        learning = self._learning
        if learning is None:
            return False
        site = site_of(url)
        model = learning.models.get(site)
        stats = model.stopped(url) if model is not None else None
        if stats is not None:
            learning.count_dropped(site, stats)
            return True
        return False

    def _settled(self, url: str) -> bool:
        """On a recrawl: a post already archived from a site with a sitemap is refetched only when the
        sitemap says it changed (its lastmod is after our fetch), not whenever a page links to it."""
        known = self.known.get(url)
        return (
            self.incremental
            and known is not None
            and known.kind == "article"
            and site_of(url) in self.known.sites_with_sitemap
        )

    def _unchanged(self, response: Response) -> bool:
        """True when a page we archived before came back 304, or with the very same bytes: nothing on it
        is new, so its links (older posts, listings already walked) are not followed again."""
        known = self.known.get(response.url) if self.incremental else None
        if known is None:
            return False
        if self._pending is not None and self._pending.refollows(response.url):
            return False  # an earlier crawl of the site lost some of what it scheduled (a full disk)
        return response.status == 304 or hashlib.sha256(response.body).hexdigest() == known.sha256

    @staticmethod
    def _hops(meta: dict) -> list[tuple[str, int | None]]:
        """The redirect chain that led to a request: (URL, status) of each hop."""
        hops = zip(meta.get("redirect_urls", []), meta.get("redirect_reasons", []), strict=False)
        return [(u, r if isinstance(r, int) else None) for u, r in hops]

    def _page(self, response: Response, kind: str, **extra: Any) -> FetchedPage:
        return FetchedPage(
            url=response.url,
            site=site_of(response.url),
            status=response.status,
            kind=kind,
            fetched_at=utc_now(),
            body=response.body,
            headers=_headers(response),
            redirects=self._hops(response.meta),
            **extra,
        )

    async def parse(self, response: Response) -> AsyncIterator[FetchedPage | PageFiles | Request]:
        """Record the response, then follow what navigation finds on it."""
        if self._unchanged(response):
            self.crawler.stats.inc_value("tessaban/incremental/unchanged_pages")
            self._judged(response)
            known = self.known.get(response.url)
            yield self._page(response, known.kind if known is not None else "page")
            return
        xml_kind = xml_document_kind(response.body)
        if xml_kind:
            if xml_kind == "sitemap":
                entries = sitemap_entries(response.body)
            else:
                entries = [(url, None) for url in feed_links(response.body)]
            urls = [
                url
                for url, lastmod in entries
                if self.in_scope(url) and not (self.incremental and self.known.unchanged_since(url, lastmod))
            ]
            learning = self._learning
            model = learning.model(site_of(response.url)) if learning is not None else None
            if model is not None and not model.new_links(model.key(response.url), urls):
                urls = []  # nothing new (an endless chain of sitemap indexes): a dead end
            for url in urls:
                # Child sitemaps after the posts already listed: 10,000 sitemaps must not starve the posts.
                nested = url.endswith((".xml", ".xml.gz")) or "sitemap" in url.lower()
                yield self._follow(url, PRIORITY_ARTICLE - 1 if nested else PRIORITY_ARTICLE)
            yield self._page(response, xml_kind)
            return
        if not _is_html(response):
            content_type = _content_type(response) or "unknown"
            if response.meta.get("tessaban_start"):
                self.start_problems[response.url] = f"not an HTML page ({content_type.split(';')[0]})"
            if self._learning is not None and not is_file_url(response.url):
                # A link that looked like a page (an iCalendar export): more of its shape are no new links.
                # A document named as one (.pdf) is content a page links, whatever it answered.
                self._learning.model(site_of(response.url)).note_not_html(response.url)
            yield self._page(response, "file")
            return
        try:
            navigation = await self._navigate(response)
        except (PageOverBound, WorkerLost) as exc:
            # Parsing the page ran over its time or memory bound: the page is recorded with the reason,
            # and its links, found by a plain scan of the bytes, are still followed.
            self.crawler.stats.inc_value("tessaban/navigation/over_bound")
            for url in scanned_links(response.body, response.url):
                if self.in_scope(url) and not self._trapped(url):
                    yield self._follow(url, PRIORITY_OTHER)
            self._judged(response)
            yield self._page(response, "page", error=f"links not read: {exc}")
            return
        links = navigation.links
        if links.evidence is not None and any(
            withholds(value.decode("latin-1")) for value in response.headers.getlist(b"X-Robots-Tag")
        ):
            links.evidence.withheld = True
        kind, extends = self._judge(response.url, links, _redirected_from(response.meta))
        if navigation.transparency and self._learning is not None and links.evidence is not None:
            # The site's ITA/OIT index names its transparency items: evidence for their pages' kind.
            model = self._learning.model(site_of(response.url))
            model.note_ita_items((item.url, item.code, item.title) for item in navigation.transparency if item.url)
        self._judged(response)
        if links.malformed:
            self.crawler.stats.inc_value("tessaban/links/malformed", links.malformed)
        file_urls = {link.url for link in navigation.files}
        if extends:
            for request in self._requests(links, response.url):
                if request.url not in file_urls:  # a download.php?id= link is fetched as a file
                    yield request
        else:
            self.crawler.stats.inc_value("tessaban/links/dead_end_pages")
        if navigation.files or navigation.transparency:
            for request in self._file_requests(navigation, response.url):
                yield request
            yield PageFiles(response.url, site_of(response.url), navigation.files, navigation.transparency, utc_now())
        # The page last: once it is handed on, every link found on it is already scheduled (a
        # distributed worker then ends its lease on the page, see crawler.distributed.scheduler).
        yield self._page(response, kind)

    def _judged(self, response: Response) -> None:
        """Free the slot the page held in its shape's in-flight cap (crawler.trap_stop)."""
        if response.meta.pop("tessaban_shape_judging", False) and self._learning is not None:
            self._learning.judged(response.meta["tessaban_shape_slot"])
            if "tessaban_keys_slot" in response.meta:
                self._learning.judged(response.meta["tessaban_keys_slot"])

    def _judge(self, url: str, links: PageLinks, redirected_from: str | None = None) -> tuple[str, bool]:
        """The page's kind, and whether its links are worth following: a page that says "not found",
        or repeats a page already seen word for word, leads nowhere new (soft-404 chains, session ids).
        ``redirected_from``: the URL whose redirect led here, whose shape is charged what the page added."""
        learning = self._learning
        if learning is None or links.evidence is None:
            return links.kind, True
        model = learning.model(site_of(url))
        judgement = model.observe(url, links.evidence, [u for u in links.all_urls() if self.in_scope(u)])
        if redirected_from is not None and site_of(redirected_from) == site_of(url):
            model.note_redirect_judged(redirected_from, url, judgement)
        return judgement.kind, not judgement.dead_end

    async def _navigate(self, response: Response) -> PageNavigation:
        """Parse and classify the page's links (and find its files and ITA/OIT items): in a worker
        process when there are some (CPU-bound parsing off the reactor, which keeps fetching), else here."""
        args = (response.body, _content_type(response), response.url, self.file_policy)
        if self._pool is None:
            return navigate_with_files(*args)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, navigate_with_files, *args)

    def closed(self, reason: str) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _requests(self, links: PageLinks, page_url: str) -> Iterator[Request]:
        groups = (
            (links.prev + links.next, PRIORITY_PREV_NEXT),
            (links.feeds + links.sitemaps, PRIORITY_FEED),
            (links.pagination, PRIORITY_PAGINATION),
            (links.articles, PRIORITY_ARTICLE),
            (links.other, PRIORITY_OTHER),
        )
        learning = self._learning
        for urls, priority in groups:
            for link in urls:
                model = learning.models.get(site_of(link)) if learning is not None else None
                url = model.canonical(link) if model is not None else link  # keys learned to change nothing
                if url != page_url and self.in_scope(url) and not self._settled(url) and not self._trapped(url):
                    yield self._follow(url, PRIORITY_SLOWED if model is not None and model.slowed(url) else priority)

    def parse_file(self, response: Response) -> Iterator[FetchedFile]:
        """A fetched file: its response, to be read (pipelines.files.pipeline) and stored once by sha256."""
        self.crawler.stats.inc_value("tessaban/files/fetched")
        yield FetchedFile(self._page(response, "file"), linked_from=response.meta.get(FILE_META))

    def file_failed(self, failure: Failure) -> Iterator[FetchedPage]:
        """A file not fetched: recorded as a failed page, with the size limit named when it was the reason."""
        self.crawler.stats.inc_value("tessaban/files/failed")
        limit = self.file_policy.max_bytes
        message = failure.getErrorMessage()
        # Told by Content-Length: "... larger than download max size"; seen as it arrives: Scrapy cancels
        # the download with no message (DownloadCancelledError("")), nothing else cancels a file request.
        over = "max size" in message or (failure.check(DownloadCancelledError) is not None and not message.strip())
        for page in self.failed(failure):
            if over and page.kind == "error":
                page.error = f"over the file size limit ({limit / 1048576:g} MB, TESSABAN_FILE_MAXSIZE): cancelled"
                self.crawler.stats.inc_value("tessaban/files/over_size")
            yield page
        chain = failure.request.meta.get("redirect_urls") or []  # type: ignore[attr-defined]
        refused = failure.check(PolicyRefusal) or "robots.txt" in str(failure.value)
        pending = self.crawler.get_extension(PendingRequestsExtension)
        if chain and refused and not failure.check(BudgetRefusal) and pending is not None:
            pending.done(chain[0])  # the link followed, refused where it redirected: not to be asked again

    def failed(self, failure: Failure) -> Iterator[FetchedPage]:
        """Record a failed fetch (HTTP error or network error) as a page with its reason."""
        request: Request = failure.request  # type: ignore[attr-defined]
        if failure.check(AlreadyFetched):
            # The redirect chain leads to a page already archived in this crawl: record the chain only.
            chain = request.meta.get("redirect_urls") or [request.url]
            if self._learning is not None and not is_file_url(chain[0]):
                self._learning.model(site_of(chain[0])).note_redirect_copy(chain[0])
            yield FetchedPage(
                url=request.url,
                site=site_of(request.url),
                status=None,
                kind="alias",
                fetched_at=utc_now(),
                redirects=self._hops(request.meta),
            )
            return
        response = getattr(failure.value, "response", None) if failure.check(HttpError) else None
        refused_by_policy = failure.check(PolicyRefusal) or "robots.txt" in str(failure.value)
        redirected_from = _redirected_from(request.meta)
        if failure.check(TrapRefusal) and redirected_from and self._learning is not None:
            self._learning.model(site_of(redirected_from)).note_redirect_into_trap(redirected_from)
        if response is None and failure.check(IgnoreRequest) and refused_by_policy:
            pending = self.crawler.get_extension(PendingRequestsExtension)
            if pending is not None and not failure.check(BudgetRefusal):
                pending.done(request.url)  # decided against for good: a later crawl need not ask again
            if "robots.txt" in str(failure.value):  # per site, for crawl_run_refusals and the report
                self.crawler.stats.inc_value(f"tessaban/site/{site_of(request.url)}/{REFUSED}robots.txt")
            # robots.txt, scope, budget, a private address: never fetched, counted in stats; for a
            # start URL the user asked for, the reason is reported.
            if request.meta.get("tessaban_start"):
                self.start_problems[request.url] = str(failure.value) or "refused (robots.txt forbids it)"
            return
        if response is not None:
            reason = f"HTTP {response.status}"
            page = self._page(response, "error", error=reason)
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
            page = FetchedPage(
                url=request.url,
                site=site_of(request.url),
                status=None,
                kind="error",
                fetched_at=utc_now(),
                error=reason,
            )
        if request.meta.get("tessaban_start"):
            self.start_problems[request.url] = reason
        yield page
        chain = request.meta.get("redirect_urls") or []
        if chain and chain[0] != request.url:  # where the failing redirect chain began (a loop's start)
            yield FetchedPage(
                url=chain[0],
                site=site_of(chain[0]),
                status=None,
                kind="error",
                fetched_at=page.fetched_at,
                error=f"{reason} (redirected via {len(chain)} URLs)",
            )


def _redirected_from(meta: dict) -> str | None:
    """The URL whose redirect led to this request or response (the first of its chain), if any."""
    chain = meta.get("redirect_urls")
    return chain[0] if chain else None

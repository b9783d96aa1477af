"""Each downloader middleware on its own, built as Scrapy builds it (``get_crawler`` and
``build_from_crawler``, as Scrapy's own tests do), without a crawl."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from scrapy import Request, Spider
from scrapy.core.scraper import Slot
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from crawler.crawl_scope import CrawlScope
from crawler.middlewares.conditional_requests import ConditionalRequestMiddleware
from crawler.middlewares.private_address import PrivateAddressMiddleware
from crawler.middlewares.processing_backpressure import ProcessingBackpressureMiddleware
from crawler.middlewares.refusals import BudgetRefusal, PolicyRefusal
from crawler.middlewares.retry_after import RetryAfterMiddleware
from crawler.middlewares.site_budget import SiteBudgetMiddleware
from crawler.middlewares.site_scope import SiteScopeMiddleware


class MunicipalSite(Spider):
    name = "t"


def crawler_for(settings: dict | None = None, **scope_fields):
    """A crawler of the sites a.go.th and b.go.th, its scope's other fields given (known, file_hosts)."""
    crawler = get_crawler(MunicipalSite, settings or {})
    crawler.spider = crawler._create_spider()
    scope = CrawlScope.of(crawler)
    scope.add_sites({"a.go.th", "b.go.th"})
    scope.bounded = True
    for name, value in scope_fields.items():
        setattr(scope, name, value)
    return crawler


def test_site_scope_refuses_other_hosts_and_counts_them():
    crawler = crawler_for()
    middleware = build_from_crawler(SiteScopeMiddleware, crawler)
    assert middleware.process_request(Request("https://a.go.th/news/1")) is None
    for url in ("https://evil.example/a.go.th/", "https://a.go.th.evil.example/", "https://c.go.th/robots.txt"):
        with pytest.raises(PolicyRefusal):
            middleware.process_request(Request(url))
    assert crawler.stats.get_value("tessaban/offsite_dropped") == 3


def test_site_budget_counts_per_site_and_spares_robots_txt():
    with pytest.raises(NotConfigured):
        build_from_crawler(SiteBudgetMiddleware, crawler_for())  # no budget: not in the chain at all
    crawler = crawler_for({"TESSABAN_MAX_PAGES": 2})
    middleware = build_from_crawler(SiteBudgetMiddleware, crawler)
    middleware.closing = True  # the crawl is not running: do not ask its engine to close
    for url in ("https://a.go.th/robots.txt", "https://a.go.th/1", "https://a.go.th/2", "https://b.go.th/1"):
        middleware.process_request(Request(url))
    with pytest.raises(BudgetRefusal):
        middleware.process_request(Request("https://a.go.th/3"))
    middleware.process_request(Request("https://b.go.th/2"))  # the other site's budget is its own
    assert crawler.stats.get_value("tessaban/over_budget_dropped") == 1


def test_private_addresses_are_refused_unless_allowed():
    with pytest.raises(NotConfigured):
        build_from_crawler(PrivateAddressMiddleware, crawler_for({"TESSABAN_ALLOW_PRIVATE_ADDRESSES": True}))
    crawler = crawler_for()
    middleware = build_from_crawler(PrivateAddressMiddleware, crawler)
    for url in (
        "http://127.0.0.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://100.100.100.200/",
        "http://[2002:7f00:1::]/",
    ):
        with pytest.raises(PolicyRefusal):
            asyncio.run(middleware.process_request(Request(url)))
    assert asyncio.run(middleware.process_request(Request("http://8.8.8.8/"))) is None
    assert crawler.stats.get_value("tessaban/private_address_refused") == 4


def test_conditional_requests_ask_only_for_a_changed_page():
    archived = SimpleNamespace(etag=b'"v1"', last_modified=b"Mon, 01 Jan 2024 00:00:00 GMT")
    known = {"https://a.go.th/1": archived}
    crawler = crawler_for(known=known)
    middleware = build_from_crawler(ConditionalRequestMiddleware, crawler)
    request = Request("https://a.go.th/1")
    middleware.process_request(request)
    assert request.headers[b"If-None-Match"] == b'"v1"'
    assert request.headers[b"If-Modified-Since"] == archived.last_modified
    fresh = Request("https://a.go.th/2")
    middleware.process_request(fresh)
    assert b"If-None-Match" not in fresh.headers
    with pytest.raises(NotConfigured):
        build_from_crawler(ConditionalRequestMiddleware, crawler_for({"TESSABAN_INCREMENTAL": False}))


def test_retry_after_retries_a_503_and_passes_other_responses():
    crawler = crawler_for({"TESSABAN_RETRY_AFTER_MAX": 0.01})
    middleware = build_from_crawler(RetryAfterMiddleware, crawler)
    request = Request("https://a.go.th/1")
    busy = Response(request.url, status=503, headers={"Retry-After": "120"}, request=request)
    retried = asyncio.run(middleware.process_response(request, busy))
    assert isinstance(retried, Request) and retried.url == request.url  # waited the capped 0.01 s
    ok = Response(request.url, status=200, request=request)
    assert asyncio.run(middleware.process_response(request, ok)) is ok


def test_files_have_their_own_budget_per_linking_site_and_never_spend_the_page_budget():
    from crawler.file_requests import FILE_META
    from crawler.middlewares.file_budget import FileBudgetMiddleware
    from crawler.middlewares.page_budget import PageBudgetMiddleware

    crawler = crawler_for({"TESSABAN_MAX_FILES": 1, "TESSABAN_MAX_PAGES": 1})
    files = build_from_crawler(FileBudgetMiddleware, crawler)
    pages = build_from_crawler(PageBudgetMiddleware, crawler)
    pages.closing = True
    linked = {FILE_META: "https://a.go.th/news/1"}
    first = Request("https://docs.province.go.th/a.pdf", meta=linked)
    files.process_request(first)
    pages.process_request(first)  # a file spends no page budget
    pages.process_request(Request("https://a.go.th/news/1"))
    with pytest.raises(PolicyRefusal):
        files.process_request(Request("https://docs.province.go.th/b.pdf", meta=linked))
    files.process_request(Request("https://a.go.th/c.pdf", meta={FILE_META: "https://b.go.th/x"}))  # b's own
    assert crawler.stats.get_value("tessaban/files/over_budget") == 1


def test_a_redirect_to_a_page_already_fetched_is_an_alias_not_a_second_fetch():
    from crawler.middlewares.alias import AliasMiddleware, AlreadyFetched

    middleware = build_from_crawler(AliasMiddleware, crawler_for())
    post = Request("https://a.go.th/?p=12")
    middleware.process_response(post, Response(post.url, status=200, request=post))
    hop = Request("https://a.go.th/?p=12", meta={"redirect_urls": ["https://a.go.th/wp-trackback.php?p=12"]})
    with pytest.raises(AlreadyFetched):
        middleware.process_request(hop)
    fresh = Request("https://a.go.th/?p=13", meta={"redirect_urls": ["https://a.go.th/wp-trackback.php?p=13"]})
    assert middleware.process_request(fresh) is None  # not fetched yet: fetched through the redirect
    moved = Request("https://a.go.th/old")
    middleware.process_response(moved, Response(moved.url, status=301, request=moved))  # a redirect is no page
    again = Request("https://a.go.th/old", meta={"redirect_urls": ["https://a.go.th/older"]})
    assert middleware.process_request(again) is None


def test_file_requests_pass_the_site_scope_to_other_hosts_and_pages_do_not():
    from crawler.file_requests import FILE_META
    from crawler.middlewares.file_scope import FileScopeMiddleware

    crawler = crawler_for(file_hosts={"docs.province.go.th"})
    middleware = build_from_crawler(FileScopeMiddleware, crawler)
    linked = {FILE_META: "https://a.go.th/news/1"}
    assert middleware.process_request(Request("https://docs.province.go.th/a.pdf", meta=linked)) is None
    assert crawler.stats.get_value("tessaban/files/other_host") == 1
    assert middleware.process_request(Request("https://docs.province.go.th/robots.txt")) is None  # its robots.txt
    with pytest.raises(PolicyRefusal):
        middleware.process_request(Request("https://docs.province.go.th/news/1"))  # never crawled as a site


def test_robots_txt_is_never_asked_of_a_host_outside_the_crawl():
    from crawler.middlewares.robots_txt import RobotsTxtMiddleware

    crawler = crawler_for({"ROBOTSTXT_OBEY": True})
    middleware = build_from_crawler(RobotsTxtMiddleware, crawler)
    # No engine runs here: asking for the robots.txt of c.go.th would fail; the check never starts.
    assert asyncio.run(middleware.process_request(Request("https://c.go.th/news/1"))) is None
    assert "c.go.th" not in middleware._parsers


def test_the_spider_fills_the_crawl_scope_that_middlewares_read():
    from crawler.distributed.frontier import SiteSpec
    from crawler.spiders.municipal import MunicipalSpider

    crawler = get_crawler(MunicipalSpider, {"TESSABAN_URL_RULES": {"a.go.th": {"deny": ["/calendar"]}}})
    crawler.spider = crawler._create_spider(url="https://a.go.th/")
    scope = CrawlScope.of(crawler)
    assert crawler.spider.scope is scope and scope.sites == {"a.go.th"} and scope.bounded
    middleware = build_from_crawler(SiteScopeMiddleware, crawler)
    with pytest.raises(PolicyRefusal):
        middleware.process_request(Request("https://b.go.th/news/1"))
    assert crawler.spider.in_scope("https://a.go.th/news/1")
    assert not crawler.spider.in_scope("https://a.go.th/calendar?m=1")  # the site's deny rule
    # A distributed crawl's sites arrive later, with their rules: the middleware sees them at once.
    crawler.spider.sites_changed({"b.go.th": SiteSpec(("https://b.go.th/",), allow=("/news/",))})
    assert middleware.process_request(Request("https://b.go.th/news/1")) is None
    assert not crawler.spider.in_scope("https://b.go.th/about")


def test_file_requests_to_hosts_outside_the_crawl_obey_those_hosts_robots_txt():
    from scrapy.exceptions import IgnoreRequest
    from scrapy.robotstxt import ProtegoRobotParser

    from crawler.file_requests import FILE_META, file_hosts
    from crawler.middlewares.file_robots_txt import FileRobotsTxtMiddleware

    crawler = crawler_for({"ROBOTSTXT_OBEY": True})
    middleware = build_from_crawler(FileRobotsTxtMiddleware, crawler)
    # The province's document host has been asked already (no engine runs here): it disallows /private/.
    middleware._parsers["docs.province.go.th"] = ProtegoRobotParser.from_crawler(
        crawler, b"User-agent: *\nDisallow: /private/\n"
    )
    linked = {FILE_META: "https://a.go.th/news/1"}
    allowed = Request("https://docs.province.go.th/public/a.pdf", meta=linked)
    assert asyncio.run(middleware.process_request(allowed)) is None
    assert "docs.province.go.th" in file_hosts(crawler)  # its robots.txt may be fetched: a host of files
    with pytest.raises(IgnoreRequest):
        asyncio.run(middleware.process_request(Request("https://docs.province.go.th/private/b.pdf", meta=linked)))
    # A page request to that host is no file: outside the crawl, its robots.txt is never consulted.
    assert asyncio.run(middleware.process_request(Request("https://docs.province.go.th/private/news"))) is None


def test_processing_backpressure_holds_downloads_while_the_scraper_is_full():
    with pytest.raises(NotConfigured):
        build_from_crawler(ProcessingBackpressureMiddleware, crawler_for({"TESSABAN_MAX_PAGES_IN_PROCESSING": 0}))
    crawler = crawler_for({"TESSABAN_MAX_PAGES_IN_PROCESSING": 2})
    middleware = build_from_crawler(ProcessingBackpressureMiddleware, crawler)
    slot = Slot(max_active_size=64 * 1024 * 1024)  # Scrapy's own scraper slot: small pages never fill its bytes
    crawler.engine = SimpleNamespace(scraper=SimpleNamespace(slot=slot))
    pages = [(Response(f"https://a.go.th/{n}", body=b"x" * 2000), Request(f"https://a.go.th/{n}")) for n in range(2)]
    assert asyncio.run(middleware.process_request(Request("https://a.go.th/a"))) is None  # nothing in processing

    async def held_until_one_is_done() -> list[str]:
        events = []
        for response, request in pages:
            slot.add_response_request(response, request)
        slot.next_response_request_deferred()  # one in its callback, one still queued for it
        assert not slot.needs_backout()  # Scrapy's byte bound alone would go on downloading

        async def download() -> None:
            await middleware.process_request(Request("https://a.go.th/b"))
            events.append(f"downloaded with {middleware.in_processing()} in processing")

        async def finish_one() -> None:
            await asyncio.sleep(0.2)
            events.append("one page done")
            slot.finish_response(*pages[0])

        await asyncio.gather(download(), finish_one())
        return events

    assert asyncio.run(held_until_one_is_done()) == ["one page done", "downloaded with 1 in processing"]
    assert crawler.stats.get_value("tessaban/backpressure/held_requests") == 1


def test_a_queued_request_whose_key_was_learned_to_change_nothing_is_made_as_the_url_it_stands_for():
    """A list item linked from each view of its list (``Source=<view>``) is queued once per view before
    the site showed that the source changes nothing; once it has, the queued requests are made again
    as the item's first spelling (which the dupe filter then drops), not fetched once per view."""
    from crawler.extensions.site_learning import SiteLearningExtension
    from crawler.navigation import navigate
    from crawler.trap_stop import TrapStopMiddleware

    learning = SiteLearningExtension("", patience=6, max_stale=100, selectors={}, stats=None)
    middleware = TrapStopMiddleware(learning)
    site = "http://127.0.0.1:8000"
    model = learning.model("127.0.0.1:8000")
    texts = {
        1: "องค์การบริหารส่วนจังหวัดประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ",
        2: "กองสาธารณสุขและสิ่งแวดล้อมรณรงค์กำจัดลูกน้ำยุงลายในชุมชนทุกหมู่บ้าน ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
    }

    def form(n: int, view: str) -> str:
        return f"{site}/Lists/News/DispForm.aspx?ID={n}&Source={view}"

    for n in (1, 2):
        for view in ("a", "b"):
            body = f"<html><body><h1>ข่าวที่ {n}</h1><p>วันที่ {n} มกราคม 2567</p><p>{texts[n]}</p></body></html>".encode()
            links = navigate(body, "text/html; charset=utf-8", form(n, view))
            model.observe(form(n, view), links.evidence, links.all_urls())
    assert model.canonical(form(5, "c")) == form(5, "c")  # the first source item 5 is linked with
    request = Request(form(5, "d"))
    again = asyncio.run(middleware.process_request(request))
    assert again is not None and again.url == form(5, "c")
    assert asyncio.run(middleware.process_request(Request(form(5, "c")))) is None


def test_a_worded_query_key_set_on_probation_has_few_requests_in_flight_across_its_paths():
    """A filter carried to every listing of a site (a sort bar's ``?sort=&order=`` on each section and tag,
    a date range on each tag) is a URL shape on each path, each of which had its own requests in flight: 25
    paths made 50 requests before any page showed the filter adds nothing (odoo_website's date filters, 56
    requests in a full bench.coverage run). Until its pages across the site show it pays off, the key set
    has two requests in flight in all; a page number (digits alone) is no such key set."""
    from crawler.extensions.site_learning import SiteLearningExtension
    from crawler.trap_stop import TrapStopMiddleware

    learning = SiteLearningExtension("", patience=6, max_stale=100, selectors={}, stats=None)
    middleware = TrapStopMiddleware(learning)
    site = "http://127.0.0.1:8000"
    learning.model("127.0.0.1:8000")

    async def admitted(url: str) -> Request | None:
        request = Request(url)
        try:
            await asyncio.wait_for(middleware.process_request(request), timeout=0.5)
        except TimeoutError:
            return None
        middleware.request_reached(request)
        return request

    async def run() -> list[bool]:
        first = await admitted(f"{site}/news/a/?sort=title&order=desc")
        second = await admitted(f"{site}/news/b/?sort=title&order=desc")
        third = await admitted(f"{site}/news/c/?sort=title&order=desc")
        numbered = [await admitted(f"{site}/{name}/?page=2") for name in ("x", "y", "z")]
        assert first is not None and second is not None
        middleware.request_left(first)  # one of the filter's pages is done
        fourth = await admitted(f"{site}/news/d/?sort=title&order=desc")
        return [third is not None, all(r is not None for r in numbered), fourth is not None]

    assert asyncio.run(run()) == [False, True, True]


def test_a_redirect_refused_at_a_trap_charges_the_shape_it_came_from():
    """The trap middleware refuses a request of a stopped shape as a TrapRefusal; when the request was a
    redirect's target, the spider charges the shape of the URL that redirected there with a page that
    added nothing (SiteModel.note_redirect_into_trap), so links into it stop costing requests."""
    from twisted.python.failure import Failure

    from crawler.extensions.site_learning import SiteLearningExtension
    from crawler.middlewares import TrapRefusal
    from crawler.spiders.municipal import MunicipalSpider
    from crawler.trap_stop import TrapStopMiddleware

    crawler = get_crawler(MunicipalSpider, {})
    crawler.spider = crawler._create_spider(url="https://a.go.th/")
    learning = SiteLearningExtension("", patience=6, max_stale=100, selectors={}, stats=None)
    crawler.spider.__dict__["_learning"] = learning  # the extension the crawl would have built
    model = learning.model("a.go.th")
    results = [f"https://a.go.th/search/results/{1001 + n}" for n in range(6)]
    model.shape(results[0]).stopped = "6 pages in a row added no new text or links"
    assert all(model.key(url) == model.key(results[0]) for url in results)
    middleware = TrapStopMiddleware(learning)
    refused = []
    for n in range(6):
        action = f"https://a.go.th/index.php?ACT=41&keywords=w{n}x"
        target = Request(results[n], meta={"redirect_urls": [action]})
        with pytest.raises(TrapRefusal) as caught:
            asyncio.run(middleware.process_request(target))
        failure = Failure(caught.value)
        failure.request = target  # as Scrapy hands the errback its failure
        refused.extend(crawler.spider.failed(failure))
    assert refused == []  # a refusal is no failed page
    assert model.stopped("https://a.go.th/index.php?ACT=41&keywords=w99x") is not None
    assert model.stopped("https://a.go.th/news/1") is None

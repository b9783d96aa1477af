"""A page whose parsing raises is stored as an error page (crawler/parse_errors.py), not lost."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.parse_errors import ParseErrorMiddleware
from crawler.spiders.municipal import MunicipalSpider


def test_an_exception_in_parsing_becomes_an_error_page_with_its_reason(tmp_path):
    crawler = get_crawler(MunicipalSpider, {"TESSABAN_DB": str(tmp_path / "a.db")})
    crawler.spider = MunicipalSpider.from_crawler(crawler, start_urls=["http://t.example/"])
    middleware = ParseErrorMiddleware.from_crawler(crawler)
    url = "http://t.example/news.php?id=5"
    body = "<html><body><p>ข่าว</p></body></html>".encode()
    response = HtmlResponse(url, body=body, encoding="utf-8", request=Request(url))

    out = middleware.process_spider_exception(response, ValueError("malformed thing"))

    [page] = list(out)
    assert (page.url, page.kind, page.status) == (url, "error", 200)
    assert page.error == "parse failed: ValueError: malformed thing"
    assert page.body == body  # kept: `tessaban reprocess` can read it again
    assert crawler.stats.get_value("tessaban/parse_errors") == 1


def test_another_spider_keeps_scrapys_own_handling():
    from scrapy import Spider

    crawler = get_crawler(Spider)
    crawler.spider = Spider("other")
    response = HtmlResponse("http://t.example/", body=b"<html></html>", request=Request("http://t.example/"))
    assert ParseErrorMiddleware.from_crawler(crawler).process_spider_exception(response, ValueError()) is None

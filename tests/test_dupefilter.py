"""The crawl's dupefilter: redirect targets always pass, and are remembered (crawler/dupefilter.py)."""

from __future__ import annotations

from scrapy import Request

from crawler.dupefilter import RedirectAwareDupeFilter


def test_a_redirect_target_passes_and_a_later_link_to_it_is_a_duplicate():
    seen = RedirectAwareDupeFilter()
    assert seen.request_seen(Request("https://a.go.th/about.aspx")) is False
    target = Request("https://a.go.th/about/history", meta={"redirect_urls": ["https://a.go.th/about.aspx"]})
    assert seen.request_seen(target) is False
    assert seen.request_seen(Request("https://a.go.th/about/history")) is True
    # A redirect back to a URL already seen (a loop, an alias) still passes: it is recorded, not dropped.
    loop = Request("https://a.go.th/about.aspx", meta={"redirect_urls": ["https://a.go.th/about/history"]})
    assert seen.request_seen(loop) is False

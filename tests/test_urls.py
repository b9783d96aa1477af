"""Site identity and canonical URLs."""

import pytest

from pipelines.urls import canonical_url, site_of, url_shape, without_tracking


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.Kohsichang.go.th/news/", "kohsichang.go.th"),
        ("http://kohsichang.go.th:80/", "kohsichang.go.th"),
        ("https://kohsichang.go.th:443/x", "kohsichang.go.th"),
        ("http://127.0.0.11:8011/?p=3", "127.0.0.11:8011"),
        ("https://evil.example/x.go.th/", "evil.example"),
        ("https://kohsichang.go.th.evil.example/", "kohsichang.go.th.evil.example"),
    ],
)
def test_site_of(url, site):
    assert site_of(url) == site


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTP://Example.GO.TH:80/a?b=2&a=1#top", "http://example.go.th/a?a=1&b=2"),
        ("https://example.go.th/?p=12&utm_source=fb&fbclid=x", "https://example.go.th/?p=12"),
        ("https://example.go.th/news.php?id=5&PHPSESSID=abc", "https://example.go.th/news.php?id=5"),
        ("https://example.go.th", "https://example.go.th/"),
        ("http://127.0.0.11:8011/2022/07/1018/", "http://127.0.0.11:8011/2022/07/1018/"),
    ],
)
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        ("https://a.go.th/news.php?id=7&PHPSESSID=9f8e7d", "https://a.go.th/news.php?id=7"),
        ("https://a.go.th/x?b=2&utm_source=fb&a=1", "https://a.go.th/x?b=2&a=1"),  # order kept
        ("https://a.go.th/x", "https://a.go.th/x"),
        # ``sid`` is a session when its value is a token, PHP-Nuke's story id when it is a number.
        ("https://a.go.th/news.php?id=7&sid=9f3b2c1a8e7d6c5b4a39", "https://a.go.th/news.php?id=7"),
        (
            "https://a.go.th/modules.php?name=News&file=article&sid=280",
            "https://a.go.th/modules.php?name=News&file=article&sid=280",
        ),
    ],
)
def test_without_tracking(url, clean):
    assert without_tracking(url) == clean


def test_url_shape_groups_endless_urls():
    assert url_shape("https://a.go.th/calendar?month=2024-05") == url_shape("https://a.go.th/calendar?month=2031-11")
    assert url_shape("https://a.go.th/news/15/") == url_shape("https://a.go.th/news/16/")
    assert url_shape("https://a.go.th/calendar?month=1") != url_shape("https://a.go.th/calendar?day=1")


def test_retry_after_seconds():
    from crawler.middlewares import retry_after_seconds

    assert retry_after_seconds(b"5", cap=60) == 5
    assert retry_after_seconds(b"3600", cap=60) == 60  # capped
    assert retry_after_seconds(b"Wed, 21 Oct 2015 07:28:00 GMT", cap=60) == 0  # a date in the past
    assert retry_after_seconds(b"soon", cap=60) == 0
    assert retry_after_seconds(None, cap=60) == 0


@pytest.mark.parametrize(
    ("urls", "shape"),
    [
        # e107 writes its ids as the whole query, without "=": one shape for the posts, not one per post
        (("/news.php?item.117", "/news.php?item.58"), "/news.php?item.0"),
        (("/news.php?cat.4.10", "/news.php?cat.2.0"), "/news.php?cat.0.0"),
        (("/print.php?page.1", "/print.php?page.6"), "/print.php?page.0"),
        (("/index.php?/news/5", "/index.php?/news/12"), "/index.php?/news/0"),
        (("/x?amp", "/x?amp"), "/x?amp"),  # a bare flag stays itself
        # Grav's path parameters keep their names: a tag, a month filter and a page number are three shapes,
        # none of them the posts' /news/*
        (("/news/tag:%E0%B8%82%E0%B8%A2%E0%B8%B0", "/news/tag:e-service"), "/news/tag:*"),
        (("/news/archives_month:apr_2024", "/news/archives_month:jun_2023"), "/news/archives_month:*"),
        (("/news/category:x/page:2", "/news/category:y/page:10"), "/news/category:*/page:0"),
        (("/news/2567-03-14-kick-off-dengue-campaign", "/news/elderly-allowance-2568"), "/news/*"),
    ],
)
def test_url_shape_abstracts_bare_queries_and_path_parameters(urls, shape):
    assert {url_shape(f"http://h{url}") for url in urls} == {shape}

"""Site identity and canonical URLs."""

import pytest

from pipelines.urls import canonical_url, site_of


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

"""Per-site allow/deny URL patterns from the registry."""

from __future__ import annotations

from tests.conftest import FAST, rows, run_tessaban


def test_deny_patterns_keep_the_crawl_off_those_urls(tmp_path, sites):
    server = sites["wp_modern"]
    registry = tmp_path / "sites.toml"
    registry.write_text(
        f'[sites.modern]\nstart_urls = ["{server.base_url}/"]\ndeny = ["/page/\\\\d+/", "/category/"]\n'
    )
    before = len(server.requests)
    result = run_tessaban("crawl", "--site", "modern", "--sites-file", registry, "--db", tmp_path / "a.db", *FAST)
    assert result.returncode == 0, result.stderr
    requested = [r.path for r in server.requests[before:]]
    assert not [p for p in requested if "/page/" in p or "/category/" in p], requested
    # the sitemap and the prev/next chain still reach every post
    assert rows(tmp_path / "a.db", "SELECT count(*) FROM articles")[0][0] == len(server.site.articles)


def test_bad_pattern_is_one_clear_line(tmp_path):
    registry = tmp_path / "sites.toml"
    registry.write_text('[sites.a]\nstart_urls = ["https://a.go.th/"]\nallow = ["(unclosed"]\n')
    result = run_tessaban("crawl", "--site", "a", "--sites-file", registry, "--db", tmp_path / "a.db")
    assert result.returncode == 2 and "bad regular expression" in result.stderr and "Traceback" not in result.stderr


def test_site_selectors_override_extraction(tmp_path, sites):
    server = sites["wp_classic"]
    registry = tmp_path / "sites.toml"
    # The classic theme's <title> reads "site » Blog Archive » post": a selector can ask for it instead
    # of the heading, and read the date from the theme's meta line only.
    registry.write_text(
        f'[sites.classic]\nstart_urls = ["{server.site.articles[3].url}"]\n'
        'selectors = { title = "//title", date = "//p[contains(@class, \'postmetadata\')]" }\n'
    )
    db = tmp_path / "a.db"
    result = run_tessaban("crawl", "--site", "classic", "--sites-file", registry, "--db", db, *FAST)
    assert result.returncode == 0, result.stderr
    titles = [t for (t,) in rows(db, "SELECT title FROM articles")]
    assert titles and all("»" in t for t in titles), titles  # the <title> text, not the post heading
    assert rows(db, "SELECT count(*) FROM articles WHERE published IS NULL")[0][0] == 0


def test_bad_selector_is_one_clear_line(tmp_path):
    registry = tmp_path / "sites.toml"
    registry.write_text('[sites.a]\nstart_urls = ["https://a.go.th/"]\nselectors = { content = "//div[" }\n')
    result = run_tessaban("crawl", "--site", "a", "--sites-file", registry, "--db", tmp_path / "a.db")
    assert result.returncode == 2 and "not a valid XPath" in result.stderr and "Traceback" not in result.stderr

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

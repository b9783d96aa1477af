"""robots.txt is obeyed for every request, also those that wait while a site's robots.txt downloads."""

from __future__ import annotations

from tests.conftest import FAST, run_tessaban


def test_requests_waiting_for_robots_txt_are_all_checked(sites, tmp_path):
    """Scrapy 2.19 hands the robots.txt parser to the first waiting request only; the others were
    fetched unchecked (crawler.middlewares.robots_txt.RobotsTxtMiddleware). Several disallowed start URLs of one
    site all wait for its robots.txt together."""
    server = sites["wp_classic"]
    disallowed = ["/wp-login.php", "/wp-admin/", "/wp-admin/edit.php", "/wp-includes/x.js", "/wp-login.php?a=1"]
    server.clear_requests()
    result = run_tessaban(
        "crawl",
        server.base_url + "/",
        *(server.base_url + path for path in disallowed),
        "--db",
        tmp_path / "a.db",
        "--max-pages",
        "3",
        *FAST,
    )
    requested = server.requested_paths()
    assert "/robots.txt" in requested
    assert not set(disallowed) & set(requested), sorted(set(disallowed) & set(requested))
    assert result.returncode == 1  # the refused start URLs are reported
    assert result.stderr.count("robots.txt") == len(disallowed), result.stderr

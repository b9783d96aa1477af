"""Incremental recrawls: what a recrawl fetches, on a local news site that changes between crawls."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import FAST, rows, run_tessaban
from tests.sites import FixtureServer
from tests.sites.recrawl import run


def test_recrawls_fetch_only_what_is_new_or_changed():
    result = run(posts=120)
    assert result["unchanged_ratio"] <= 0.05, result
    assert (result["found_new"], result["found_changed"]) == (10, 3), result
    assert result["changed_requests"] < 0.5 * result["first_requests"], result


def test_without_a_sitemap_known_posts_are_asked_for_conditionally(tmp_path):
    with FixtureServer("news_large", host="127.0.0.32") as server:
        server.site.with_sitemap = False
        del server.site.posts[60:]
        server.site.render()
        db = tmp_path / "a.db"
        assert run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST).returncode == 0
        server.clear_requests()
        server.site.add_posts(5, datetime.now(UTC))
        result = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST)
        assert result.returncode == 0, result.stderr
        statuses = [r.status for r in server.requests if r.path.startswith("/news/")]
        assert 304 in statuses, statuses  # a known post linked from a new one: If-Modified-Since -> 304
        assert statuses.count(200) == 5  # the new posts, and nothing else in full
        assert rows(db, "SELECT count(*) FROM articles")[0][0] == 65
        assert rows(db, "SELECT count(*) FROM pages WHERE status = 304")[0][0] >= 1
        # a 304 keeps the page's last full response, so it can still be re-extracted
        assert (
            rows(
                db,
                "SELECT count(*) FROM pages p JOIN responses r ON r.id = p.response_id "
                "WHERE p.status = 304 AND r.body_sha256 IS NULL",
            )[0][0]
            == 0
        )

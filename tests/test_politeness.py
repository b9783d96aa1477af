"""A site never has more of our requests in flight than CONCURRENT_REQUESTS_PER_DOMAIN, delays or not."""

from __future__ import annotations

import pytest

from tests.conftest import FAST, rows, run_tessaban
from tests.sites import FixtureServer

# The guessed /sitemap.xml has a download slot of its own (crawler/spiders/municipal.py): one request more.
GUESSED_SITEMAP = 1


@pytest.mark.parametrize("per_site", [1, 3])
def test_a_site_never_has_more_requests_in_flight_than_its_concurrency(tmp_path, per_site):
    """With no download delay Scrapy's downloader started every request queued for a site at once
    (99 in flight with a limit of 8: crawler/downloader.py). The requests the engine hands over while
    robots.txt downloads all reach the site's slot together, so any crawl shows it."""
    with FixtureServer("news_large", host="127.0.0.34") as server:
        del server.site.posts[80:]
        server.site.render()
        server.latency = 0.02  # requests overlap when the crawler lets them
        db = tmp_path / "a.db"
        result = run_tessaban(
            "crawl",
            server.base_url + "/",
            "--db",
            db,
            *FAST,
            "-s",
            f"CONCURRENT_REQUESTS_PER_DOMAIN={per_site}",
            "-s",
            "TESSABAN_FILES=false",
        )
        assert result.returncode == 0, result.stderr
        assert rows(db, "SELECT count(*) FROM articles")[0][0] == 80
        assert 1 <= server.max_connections <= per_site + GUESSED_SITEMAP, server.max_connections

"""A site never has more of our requests in flight than CONCURRENT_REQUESTS_PER_DOMAIN, delays or not."""

from __future__ import annotations

import signal
import subprocess
import time

import pytest

from tests.conftest import FAST, rows, run_tessaban, tessaban_command
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


def test_ctrl_c_ends_the_crawl_after_the_requests_already_in_flight(tmp_path):
    """Scrapy fetches every request its downloader holds before a clean stop ends. While a site's
    robots.txt downloaded, Scrapy's slot saw nothing in flight and the queue handed over up to
    CONCURRENT_REQUESTS (256) of the site's requests: a polite crawl took minutes to stop, fetching
    them one delay apart. The downloader now holds at most the site's concurrency."""
    with FixtureServer("news_large", host="127.0.0.35") as server:
        del server.site.posts[120:]
        server.site.render()
        command = [
            *tessaban_command(),
            "crawl",
            server.base_url + "/",
            "--db",
            str(tmp_path / "a.db"),
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "DOWNLOAD_DELAY=0.1",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=2",
            "-s",
            "TESSABAN_ALLOW_PRIVATE_ADDRESSES=True",
            "-s",
            "TESSABAN_FILES=false",
        ]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(server.requested_paths()) < 15 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.01)
        assert process.poll() is None, "the crawl ended before it could be stopped"
        before = len(server.requested_paths())
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
        after = len(server.requested_paths()) - before
    assert after <= 2 + GUESSED_SITEMAP, after

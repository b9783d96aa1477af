"""Settlement at a site's end extracts the pages that became articles through the extractor it is
given: a crawl gives one that runs in a bounded worker, so one page cannot stall the crawl's end."""

from __future__ import annotations

from crawler.settlement import settle_from_archive
from pipelines.archive import Archive
from pipelines.page_kinds import set_kind
from pipelines.schema import open_database
from pipelines.worker_pool import PageOverBound
from tests.conftest import FAST, rows, run_tessaban
from tests.sites import FixtureServer


def undo_promotions(db) -> tuple[str, list[str]]:
    """Crawl wp_classic (settlement promotes its undated posts), then store every article page back
    as 'page': settling the site again must extract them all. Returns the site and the URLs."""
    with FixtureServer("wp_classic", host="127.0.0.36") as server:
        result = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST, "-s", "LOG_LEVEL=INFO")
    assert result.returncode == 0, result.stderr
    assert "pages became articles" in result.stderr  # settlement promoted some: the case under test
    site, articles = rows(db, "SELECT site, count(*) FROM articles")[0]
    archive = Archive(open_database(db))
    try:
        undone = []
        for (url,) in rows(db, "SELECT url FROM pages WHERE kind = 'article' ORDER BY url"):
            set_kind(archive, url, "page")
            undone.append(url)
        archive.commit()
    finally:
        archive.close()
    assert rows(db, "SELECT count(*) FROM articles")[0][0] < articles
    return site, undone


def test_a_page_over_the_extractors_bounds_stays_what_it_was_and_the_rest_are_promoted(tmp_path):
    db = tmp_path / "a.db"
    site, _ = undo_promotions(db)
    calls = []

    def over_bounds(body, url, headers, options):
        calls.append(url)
        raise PageOverBound(f"{url}: over 30 s")

    archive = Archive(open_database(db))
    try:
        result = settle_from_archive(archive, site, None, "2026-12-04T00:00:00", extractor=over_bounds)
        archive.commit()
    finally:
        archive.close()
    assert calls and result.over_bounds == len(calls) and result.promoted == 0
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == 0 or all(
        url not in calls for (url,) in rows(db, "SELECT url FROM articles")
    )
    # The default extractor (in this process) promotes them.
    archive = Archive(open_database(db))
    try:
        again = settle_from_archive(archive, site, None, "2026-12-04T00:00:01")
        archive.commit()
    finally:
        archive.close()
    assert again.promoted >= len(calls)

"""Settlement at a site's end extracts the pages that became articles through the extractor it is
given: a crawl gives one that runs in a bounded worker, so one page cannot stall the crawl's end."""

from __future__ import annotations

from crawler.settlement import settle_from_archive
from pipelines.archive import Archive
from pipelines.items import Article
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


def settle_again(db, site: str, **given):
    """Settle ``site`` from its archive, as a recrawl would, with the extractor or navigator given."""
    archive = Archive(open_database(db))
    try:
        result = settle_from_archive(archive, site, None, "2026-12-04T00:00:00", **given)
        archive.commit()
    finally:
        archive.close()
    return result


def test_a_page_over_the_extractors_bounds_stays_what_it_was_and_the_rest_are_promoted(tmp_path):
    db = tmp_path / "a.db"
    site, _ = undo_promotions(db)
    calls = []

    def over_bounds(body, url, headers, options):
        calls.append(url)
        raise PageOverBound(f"{url}: over 30 s")

    result = settle_again(db, site, extractor=over_bounds)
    assert calls and result.over_bounds == len(calls) and result.promoted == 0
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == 0 or all(
        url not in calls for (url,) in rows(db, "SELECT url FROM articles")
    )
    # The default extractor (in this process) promotes them.
    again = settle_again(db, site)
    assert again.promoted >= len(calls)


def test_pages_are_read_through_the_navigator_given_and_one_over_its_bounds_keeps_its_kind(tmp_path):
    """Learning a site again from its archive reads every page; a crawl reads them in a bounded worker.
    A page over the bounds is left out of the judgement (its kind stays); the others are judged."""
    from crawler.navigation import navigate
    from pipelines.worker_pool import worker_pool

    db = tmp_path / "a.db"
    site, undone = undo_promotions(db)
    read = []
    slow = undone[0]

    def navigator(body, content_type, url):
        read.append(url)
        if url == slow:
            raise PageOverBound(f"{url}: over 30 s")
        return pool.submit(navigate, body, content_type, url).result()  # a real worker process

    pool = worker_pool(1)
    try:
        result = settle_again(db, site, navigator=navigator)
    finally:
        pool.shutdown()
    assert slow in read and len(read) >= 10
    assert result.promoted >= len(undone) - 1  # every other undone post is an article again
    assert rows(db, "SELECT kind FROM pages WHERE url = ?", [slow]) == [("page",)]


def test_settlement_never_takes_back_an_article_an_earlier_crawl_archived(tmp_path):
    # A recrawl judges a page no article (its site changed theme; the pages it happened to see): the
    # article an earlier crawl archived stays. One this crawl archived is taken back as before.
    from dataclasses import replace

    from tests.test_archive import page

    recrawl = "2026-12-01T09:00:00+00:00"  # when the settling crawl started
    archive = Archive(open_database(tmp_path / "a.db"))
    try:
        earlier = page("https://a.go.th/news/1")  # archived 2026-11-23
        archive.store_page(earlier)
        archive.store_page(replace(earlier, fetched_at="2026-12-01T10:00:00+00:00"))  # fetched again
        new = page("https://a.go.th/news/2", text="ข่าวใหม่ของการประชุมสภาเทศบาลสมัยสามัญที่สอง")
        archive.store_page(replace(new, fetched_at="2026-12-01T10:00:05+00:00"))
        archive.commit()
        assert set_kind(archive, "https://a.go.th/news/1", "page", archived_before=recrawl) is False
        assert set_kind(archive, "https://a.go.th/news/2", "page", archived_before=recrawl) is True
        archive.commit()
        assert [url for (url,) in archive.db.execute("SELECT url FROM articles")] == ["https://a.go.th/news/1"]
        assert archive.db.execute("SELECT kind FROM pages WHERE url = 'https://a.go.th/news/1'").fetchone()[0] == "page"
    finally:
        archive.close()


def test_a_page_read_again_as_no_article_loses_the_article_this_crawl_took_from_it(tmp_path):
    # kentico_portal in a test run of session 29: its about page, read first as a redirect's target and judged an
    # article, was read again at its own address and judged a page; the row kept the article (an earlier article
    # is kept when a page has none) and took the kind, so settlement's "this is no article" found no article row
    # to take back, and the archive kept an article no page was (1 false of 20). One an earlier crawl archived
    # stays, as before.
    from dataclasses import replace

    from tests.test_archive import page

    crawl = "2026-12-01T09:00:00+00:00"  # when the settling crawl started
    archive = Archive(open_database(tmp_path / "a.db"))
    try:
        about = "https://a.go.th/th/about/history"
        first = page(about, redirects=[("https://a.go.th/th/about.aspx", 301)])
        archive.store_page(replace(first, fetched_at="2026-12-01T10:00:00+00:00"))
        again = replace(first, kind="page", article=None, redirects=[], fetched_at="2026-12-01T10:00:03+00:00")
        archive.store_page(again)
        older = page("https://a.go.th/th/about/vision", text="วิสัยทัศน์ของเทศบาลเพื่อการพัฒนาที่ยั่งยืนของชุมชน")
        archive.store_page(older)  # archived 2026-11-23, read again as a page by this crawl
        archive.store_page(replace(older, kind="page", article=None, fetched_at="2026-12-01T10:00:05+00:00"))
        archive.commit()
        assert archive.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        assert set_kind(archive, about, "page", archived_before=crawl) is True
        assert set_kind(archive, "https://a.go.th/th/about/vision", "page", archived_before=crawl) is False
        archive.commit()
        assert [url for (url,) in archive.db.execute("SELECT url FROM articles")] == ["https://a.go.th/th/about/vision"]
        linked = archive.db.execute("SELECT url FROM pages WHERE article_id IS NOT NULL ORDER BY url").fetchall()
        assert linked == [("https://a.go.th/th/about/vision",)]
    finally:
        archive.close()


def test_an_article_moved_to_a_page_still_showing_it_never_takes_another_articles_address(tmp_path):
    # grouppage_vendor, written unseen in session 30: an about page read at /detail/C1/ and at /content/C1/ (one
    # article, stored under the first), and its print view /content/C1/?print=1, whose canonical names
    # /content/C1/, stored as an article of its own under that address. Settling /detail/C1/ as a page moved the
    # article to /content/C1/: UNIQUE constraint failed, and the whole site's settlement was rolled back (its
    # page kinds as first judged, no url_shapes). The article now moves only to an address no other article has.
    from tests.test_archive import page

    archive = Archive(open_database(tmp_path / "a.db"))
    try:
        detail, content = "https://a.go.th/detail/C1/", "https://a.go.th/content/C1/"
        text = "ประวัติความเป็นมาของเทศบาลนครตั้งแต่สมัยสุขาภิบาลจนถึงปัจจุบันอย่างละเอียด"
        archive.store_page(page(detail, text))
        archive.store_page(page(content, text))
        # Another article under /content/C1/ (since session 31 the print view read now is /detail/C1/'s
        # article, the one /content/C1/ shows; stored here as that session's archive had it).
        printed = "ประวัติความเป็นมาของเทศบาลนคร ฉบับพิมพ์ พร้อมหัวกระดาษและวันที่พิมพ์ของระบบ"
        archive.store_article(content, "a.go.th", Article(title="ประวัติ", text=printed), "2026-11-23T10:00:00+00:00")
        archive.commit()
        before = dict(archive.db.execute("SELECT url, id FROM articles").fetchall())
        assert set(before) == {detail, content}
        assert set_kind(archive, detail, "page") is False  # /content/C1/ still shows it
        archive.commit()
        after = dict(archive.db.execute("SELECT id, url FROM articles").fetchall())
        assert after == {before[detail]: detail, before[content]: content}
        shown = archive.db.execute("SELECT article_id FROM pages WHERE url = ?", [content]).fetchone()
        assert shown == (before[detail],)
    finally:
        archive.close()

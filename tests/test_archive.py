"""The archive writer on a real SQLite file: identity, re-crawls, exact copies, failures, raw bodies."""

from __future__ import annotations

import zlib
from urllib.parse import quote

import pytest

from pipelines.archive import Archive, ArticleChange
from pipelines.items import Article, FetchedPage
from pipelines.schema import open_database

TEXT = "เทศบาลตำบลเกาะสีชังจัดประชุมสภาสมัยสามัญ\nที่ประชุมมีมติเห็นชอบงบประมาณ"


def page(url: str, text: str | None = TEXT, *, canonical: str | None = None, redirects=(), status=200, site=None):
    article = Article(title="ประชุมสภา", text=text, canonical_url=canonical) if text is not None else None
    return FetchedPage(
        url=url,
        site=site or url.split("/")[2],
        status=status,
        kind="article" if article else "error",
        fetched_at="2026-11-23T10:00:00+00:00",
        body=f"<html>{text}</html>".encode(),
        headers=[("Content-Type", "text/html; charset=utf-8")],
        redirects=list(redirects),
        article=article,
    )


@pytest.fixture
def archive(tmp_path):
    db = open_database(tmp_path / "archive.db")
    yield Archive(db)
    db.close()


def q(archive, sql, params=()):
    return archive.db.execute(sql, params).fetchall()


def test_redirect_alias_and_permalink_are_one_article(archive):
    archive.store_page(page("http://a.go.th/2022/07/12/", redirects=[("http://a.go.th/?p=12", 301)]))
    assert q(archive, "SELECT count(*) FROM articles") == [(1,)]
    assert q(archive, "SELECT url, status, kind, article_id FROM pages ORDER BY url") == [
        ("http://a.go.th/2022/07/12/", 200, "article", 1),
        ("http://a.go.th/?p=12", 301, "redirect", 1),
    ]


def test_canonical_link_merges_an_unredirected_alias(archive):
    archive.store_page(page("http://a.go.th/?p=12", canonical="http://a.go.th/2022/07/12/"))
    archive.store_page(page("http://a.go.th/2022/07/12/", canonical="http://a.go.th/2022/07/12/"))
    assert q(archive, "SELECT url FROM articles") == [("http://a.go.th/2022/07/12/",)]
    assert q(archive, "SELECT count(DISTINCT url), count(DISTINCT article_id) FROM pages") == [(2, 1)]


def test_same_text_under_another_url_of_the_site_is_an_alias(archive):
    assert archive.store_page(page("http://a.go.th/newspreview.php?cid=1&id=151")) == ArticleChange.NEW
    assert archive.store_page(page("http://a.go.th/newspreview.php?id=151")) == ArticleChange.ALIAS
    assert q(archive, "SELECT url FROM articles") == [("http://a.go.th/newspreview.php?id=151",)]
    assert q(archive, "SELECT count(*), count(DISTINCT article_id) FROM pages") == [(2, 1)]


@pytest.mark.parametrize("print_first", [True, False])
def test_the_page_as_the_site_shows_it_is_kept_over_a_shorter_printer_view(archive, print_first):
    """public_list_cms: the printer view ``/print/id/716/menu/1552`` has a shorter URL than the item
    ``/detail/id/716/menu/1552/page/1`` and the same text; its page is a fraction of the item's size."""
    detail = page("http://a.go.th/public/list/data/detail/id/716/menu/1552/page/1")
    detail.body = b"<html><nav>" + b"menu " * 400 + b"</nav>" + detail.body + b"</html>"
    printed = page("http://a.go.th/public/list/data/print/id/716/menu/1552")
    for item in (printed, detail) if print_first else (detail, printed):
        archive.store_page(item)
    assert q(archive, "SELECT url FROM articles") == [(detail.url,)]
    assert q(archive, "SELECT count(*), count(DISTINCT article_id) FROM pages") == [(2, 1)]


def test_canonical_to_home_page_or_other_site_is_ignored(archive):
    archive.store_page(page("http://a.go.th/news.php?id=1", canonical="http://a.go.th/"))
    archive.store_page(page("http://a.go.th/news.php?id=2", text="ข่าวอื่น", canonical="http://b.go.th/x"))
    assert {u for (u,) in q(archive, "SELECT url FROM articles")} == {
        "http://a.go.th/news.php?id=1",
        "http://a.go.th/news.php?id=2",
    }


def test_unchanged_article_only_moves_last_seen_and_changed_one_is_updated(archive):
    first = page("http://a.go.th/x/")
    assert archive.store_page(first) == ArticleChange.NEW
    again = page("http://a.go.th/x/")
    again.fetched_at = "2026-11-24T10:00:00+00:00"
    assert archive.store_page(again) == ArticleChange.UNCHANGED
    assert q(archive, "SELECT first_seen, last_seen, last_changed FROM articles") == [
        ("2026-11-23T10:00:00+00:00", "2026-11-24T10:00:00+00:00", "2026-11-23T10:00:00+00:00")
    ]
    edited = page("http://a.go.th/x/", text=TEXT + "\nแก้ไขเพิ่มเติม")
    edited.fetched_at = "2026-11-25T10:00:00+00:00"
    assert archive.store_page(edited) == ArticleChange.CHANGED
    assert q(archive, "SELECT count(*), max(last_changed) FROM articles") == [(1, "2026-11-25T10:00:00+00:00")]


def test_exact_copy_on_another_site_points_to_the_earliest(archive):
    archive.store_page(page("http://a.go.th/x/"))
    archive.store_page(page("http://b.go.th/y/", text=TEXT.replace("\n", "  \n ")))  # same words, other spacing
    assert q(archive, "SELECT site, duplicate_of FROM articles ORDER BY id") == [("a.go.th", None), ("b.go.th", 1)]


def test_failed_page_is_recorded_with_its_reason(archive):
    failed = page("http://a.go.th/gone/", text=None, status=404)
    failed.error = "HTTP 404"
    archive.store_page(failed)
    assert q(archive, "SELECT status, kind, error, article_id FROM pages") == [(404, "error", "HTTP 404", None)]


def test_raw_body_stored_compressed_once(archive):
    archive.store_page(page("http://a.go.th/x/"))
    archive.store_page(page("http://a.go.th/x/"))
    assert q(archive, "SELECT count(*) FROM responses") == [(2,)]
    (body,) = q(archive, "SELECT body FROM bodies")
    assert zlib.decompress(body[0]) == f"<html>{TEXT}</html>".encode()


def test_migrations_are_recorded_and_reopening_is_harmless(tmp_path):
    path = tmp_path / "a.db"
    open_database(path).close()
    db = open_database(path)
    assert [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")] == [
        "m001_initial",
        "m002_site_templates",
        "m003_versions_duplicates_search",
        "m004_duplicate_of_index",
        "m005_crawl_runs_and_schedules",
        "m006_minhash_buckets",
        "m007_item_batches",
        "m008_url_shapes",
        "m009_files",
        "m010_run_quality",
        "m011_run_refusals",
        "m012_short_grams",
        "m013_search_queue",
        "m014_fts_hashsize",
        "m015_uri_article_urls",
    ]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_a_reader_in_a_long_transaction_does_not_block_the_writer(tmp_path):
    """WAL: Datasette or `tessaban search` reading the archive never stops a crawl from committing."""
    import sqlite3

    path = tmp_path / "archive.db"
    db = open_database(path)
    writer = Archive(db)
    writer.store_page(page("http://a.go.th/1/"))
    writer.commit()
    reader = sqlite3.connect(path, timeout=0.1)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (1,)  # holds a read snapshot
    writer.store_page(page("http://a.go.th/2/", text="ข่าวที่สอง ต่างจากข่าวแรก"))
    writer.commit()  # would raise "database is locked" in rollback-journal mode
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (1,)  # its snapshot is stable
    reader.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    reader.close()
    db.close()


THAI_PATH = "/news/entry/42-เปิดลงทะเบียน"
ENCODED_PATH = "/news/entry/42-" + quote("เปิดลงทะเบียน")  # upper-case hex, as Scrapy requests it


def test_a_canonical_written_in_raw_unicode_names_the_pages_own_article(archive):
    """EasyBlog writes ``rel=canonical`` with the Thai permalink raw; the page is fetched, and its print
    view names it, percent-encoded. One article, under the encoded form (its pages' form)."""
    archive.store_page(page("http://a.go.th" + ENCODED_PATH, canonical="http://a.go.th" + THAI_PATH))
    archive.store_page(
        page("http://a.go.th" + ENCODED_PATH + "?tmpl=component&print=1", canonical="http://a.go.th" + ENCODED_PATH)
    )
    assert q(archive, "SELECT url FROM articles") == [("http://a.go.th" + ENCODED_PATH,)]


def test_an_article_stored_under_a_raw_unicode_url_is_moved_to_its_encoded_form(tmp_path):
    """An archive from before m015 holds such an article under the raw spelling: opened, it is stored under
    the encoded one, and the next crawl's page finds it there (no second article)."""
    path = tmp_path / "old.db"
    archive = Archive(open_database(path))
    archive.store_page(page("http://a.go.th" + ENCODED_PATH, canonical="http://a.go.th" + THAI_PATH))
    archive.commit()
    archive.db.execute("UPDATE articles SET url = ?", ["http://a.go.th" + THAI_PATH])  # as stored before
    archive.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm015_uri_article_urls'")
    archive.close()
    archive = Archive(open_database(path))
    assert q(archive, "SELECT url FROM articles") == [("http://a.go.th" + ENCODED_PATH,)]
    archive.store_page(page("http://a.go.th" + ENCODED_PATH, canonical="http://a.go.th" + THAI_PATH))
    assert q(archive, "SELECT count(*) FROM articles") == [(1,)]
    archive.close()

"""The archive writer's speed-ups keep what it writes: the search indexes' in-memory batches
(m014, FTS5 ``hashsize``), the writer's page cache, and a new article's copy status read from its
linking instead of from the archive."""

from __future__ import annotations

import pytest

from pipelines.archive import CRAWL_WRITER_CACHE_KB, WRITER_CACHE_KB, Archive, ArticleChange
from pipelines.items import Article, FetchedPage
from pipelines.schema import FTS_HASHSIZE, open_database
from pipelines.search import search
from pipelines.store import StorePipeline
from tests.test_duplicates import NEXT_YEAR, OTHER_EVENT, RELEASE, REPUBLISHED
from tests.test_duplicates import page as article_page

INDEXES = ("articles_fts", "articles_words", "articles_grams")


def hashsizes(db) -> dict[str, int | None]:
    sizes = {}
    for table in INDEXES:
        row = db.execute(f"SELECT v FROM {table}_config WHERE k = 'hashsize'").fetchone()
        sizes[table] = row[0] if row else None
    return sizes


def fill(archive: Archive) -> None:
    for n, (text, published) in enumerate(
        [(RELEASE, "2023-06-15"), (REPUBLISHED, "2023-06-16"), (NEXT_YEAR, "2024-06-20"), (OTHER_EVENT, None)]
    ):
        archive.store_page(article_page(f"https://banna.go.th/news/{n}", text, published))
    archive.commit()


QUERIES = ["ไข้เลือดออก", "ทรายอะเบท", "เบาหวาน", "ปี", "บ้านนา หมู่ที่", '"ศาลาประชาคม"', "ยุง"]


def results(db) -> list:
    return [[(hit.url, hit.snippet) for hit in search(db, query)] for query in QUERIES]


def test_new_archives_write_each_index_batch_in_one_go(tmp_path):
    db = open_database(tmp_path / "a.db")
    assert hashsizes(db) == dict.fromkeys(INDEXES, FTS_HASHSIZE)
    db.close()


def test_an_archive_from_before_m014_is_migrated_and_finds_the_same(tmp_path):
    path = tmp_path / "a.db"
    db = open_database(path)
    fill(Archive(db))
    before = results(db)
    for table in INDEXES:  # as m013 left it: FTS5's default hashsize
        db.execute(f"DELETE FROM {table}_config WHERE k = 'hashsize'")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm014_fts_hashsize'")
    db.commit()
    db.close()
    db = open_database(path)
    assert hashsizes(db) == dict.fromkeys(INDEXES, FTS_HASHSIZE)
    assert results(db) == before
    archive = Archive(db)
    archive.store_page(article_page("https://banna.go.th/news/9", OTHER_EVENT + "\nเพิ่มเติม", None))
    archive.commit()
    for table in INDEXES:
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    db.close()


def test_a_batch_bigger_than_fts5s_default_hashsize_is_indexed_as_articles_one_at_a_time(tmp_path):
    """Over 1 MB of trigram entries in one batch (FTS5's default would write several segments): the
    same bm25 and results as the same articles written and committed one at a time."""
    texts = [f"{OTHER_EVENT} ครั้งที่ {n} {RELEASE[n : n + 200]}" for n in range(300)]
    ranked = {}
    for one_by_one in (False, True):
        db = open_database(tmp_path / f"{one_by_one}.db")
        archive = Archive(db)
        for n, text in enumerate(texts):
            archive.store_page(article_page(f"https://banna.go.th/news/{n}", text, f"2023-{n % 12 + 1:02d}-01"))
            if one_by_one:
                archive.commit()
        archive.commit()
        ranked[one_by_one] = [
            db.execute(
                "SELECT rowid, round(bm25(articles_fts), 9) FROM articles_fts WHERE articles_fts MATCH ?"
                " ORDER BY rank, rowid",
                [query],
            ).fetchall()
            for query in ('"ครั้งที่ 1"', '"ไข้เลือดออก"', '"เบาหวาน"', '"ครั้งที่ 29"')
        ] + results(db)
        db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        db.close()
    assert ranked[False] == ranked[True]
    assert ranked[False][0]


def test_the_writer_has_a_page_cache_of_its_own(tmp_path):
    db = open_database(tmp_path / "a.db")
    assert db.execute("PRAGMA cache_size").fetchone()[0] != -WRITER_CACHE_KB
    Archive(db)
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -WRITER_CACHE_KB
    db.close()


def test_a_crawls_writer_keeps_a_smaller_cache(tmp_path):
    """A crawl's process also holds its site models and scheduler: its writer's cache is a quarter of a
    writer's alone (a 100,000-page crawl went over its 500 MB bound with the larger one filled)."""
    store = StorePipeline(str(tmp_path / "a.db"))
    store.open_spider()
    try:
        assert store.archive is not None
        assert store.archive.db.execute("PRAGMA cache_size").fetchone()[0] == -CRAWL_WRITER_CACHE_KB
        assert CRAWL_WRITER_CACHE_KB < WRITER_CACHE_KB
    finally:
        store.close_spider()


@pytest.mark.parametrize("copy_first", [False, True])
def test_a_new_article_is_counted_a_copy_exactly_when_the_archive_says_it_is(tmp_path, copy_first):
    """``last_was_copy`` (the crawl's duplicate count) comes from the linking of the new text: it is
    what ``articles.duplicate_of`` says after the store, for new, copied, original and changed texts."""
    db = open_database(tmp_path / "a.db")
    archive = Archive(db)
    pages = [
        article_page("https://banna.go.th/news/1", RELEASE, "2023-06-15"),
        article_page("https://province.go.th/news/9", REPUBLISHED, "2023-06-16"),
    ]
    if copy_first:
        pages.reverse()  # the copy first: the original, stored second, is no copy
    pages += [
        article_page("https://banna.go.th/news/2", NEXT_YEAR, "2024-06-20"),  # same template, another year
        article_page("https://banna.go.th/news/3", OTHER_EVENT, None),
        article_page("https://other.go.th/news/5", RELEASE, "2023-06-15"),  # an exact copy
        article_page("https://banna.go.th/news/3", RELEASE, None),  # changed into a copy: not new
        article_page("https://other.go.th/news/5", RELEASE, "2023-06-15"),  # unchanged
    ]
    seen = []
    for fetched in pages:
        change = archive.store_page(fetched)
        (copy_of,) = db.execute(
            "SELECT a.duplicate_of FROM pages p JOIN articles a ON a.id = p.article_id WHERE p.url = ?", [fetched.url]
        ).fetchone()
        assert archive.last_was_copy == (change == ArticleChange.NEW and copy_of is not None)
        seen.append(archive.last_was_copy)
    assert seen == ([False, True] if not copy_first else [False, False]) + [False, False, True, False, False]
    not_an_article = FetchedPage(
        url="https://banna.go.th/list", site="banna.go.th", status=200, kind="listing", fetched_at="2026-11-23"
    )
    archive.store_page(not_an_article)
    assert archive.last_was_copy is False
    db.close()


def test_an_unchanged_text_after_a_copy_is_not_counted_again(tmp_path):
    db = open_database(tmp_path / "a.db")
    archive = Archive(db)
    archive.store_page(article_page("https://banna.go.th/news/1", RELEASE, "2023-06-15"))
    archive.store_page(article_page("https://other.go.th/news/5", RELEASE, "2023-06-15"))
    assert archive.last_was_copy
    page = FetchedPage(
        url="https://other.go.th/news/5",
        site="other.go.th",
        status=200,
        kind="article",
        fetched_at="2026-11-24",
        body=b"x",
        article=Article(title="ข่าว", text=RELEASE, published="2023-06-15"),
    )
    assert archive.store_page(page) == ArticleChange.UNCHANGED
    assert archive.last_was_copy is False
    db.close()

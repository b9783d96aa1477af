"""The archive's parts on their own, on a real SQLite file: pipelines.page_rows (pages, responses,
bodies) and pipelines.article_rows (articles and versions), without the Archive that joins them."""

from __future__ import annotations

import zlib

import pytest

from pipelines.article_rows import ArticleChange, ArticleRows
from pipelines.items import Article, FetchedPage
from pipelines.page_rows import PageRows
from pipelines.schema import open_database

AT = "2026-12-04T10:00:00+00:00"
LATER = "2026-12-05T10:00:00+00:00"


def fetched(url: str, body: bytes, *, status: int = 200, redirects=(), at: str = AT) -> FetchedPage:
    return FetchedPage(
        url=url,
        site=url.split("/")[2],
        status=status,
        kind="page",
        fetched_at=at,
        body=body,
        headers=[("Content-Type", "text/html; charset=utf-8")],
        redirects=list(redirects),
    )


def one(db, sql: str) -> tuple:
    return db.execute(sql).fetchone()


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "parts.db")
    yield database
    database.close()


def test_page_rows_keep_a_body_once_and_a_304_keeps_the_last_full_response(db):
    rows = PageRows(db)
    body = "<html><p>ประกาศเทศบาล</p></html>".encode()
    first = rows.store_response(fetched("http://a.go.th/x", body))
    rows.store(fetched("http://a.go.th/x", body), None, first)
    second = rows.store_response(fetched("http://a.go.th/y", body))
    assert first != second
    assert one(db, "SELECT count(*) FROM bodies") == (1,)
    assert one(db, "SELECT count(*) FROM responses") == (2,)
    assert rows.size("http://a.go.th/x") == len(body)
    rows.not_modified(fetched("http://a.go.th/x", b"", status=304, at=LATER))
    row = one(db, "SELECT status, fetched_at, response_id FROM pages WHERE url = 'http://a.go.th/x'")
    assert row == (304, LATER, first)
    assert [page.body for page in rows.archived("a.go.th")] == [body]


def test_page_rows_write_a_redirect_row_per_hop_pointing_where_the_page_points(db):
    rows = PageRows(db)
    page = fetched("http://a.go.th/2024/01/post/", b"<html></html>", redirects=[("http://a.go.th/?p=5", 301)])
    rows.store(page, None, rows.store_response(page))
    hop = "SELECT kind, redirected_to, article_id FROM pages WHERE url = 'http://a.go.th/?p=5'"
    assert one(db, hop) == ("redirect", "http://a.go.th/2024/01/post/", None)
    articles = ArticleRows(db, lambda *args: None, lambda site: frozenset(), rows.size)
    article_id, _ = articles.store(page.url, "a.go.th", Article(title="ข่าว", text="ข่าวประชาสัมพันธ์ของเทศบาล"), AT)
    db.execute("UPDATE pages SET article_id = ? WHERE url = ?", [article_id, page.url])  # it became an article
    assert rows.link_aliases() == 1
    assert rows.article_of("http://a.go.th/?p=5") == article_id


def test_article_rows_keep_versions_find_aliases_and_say_when_the_text_changed(db):
    changed: list[tuple[int, str]] = []
    rows = ArticleRows(
        db,
        lambda article_id, title, text, seen_at, hints: changed.append((article_id, text)),
        lambda site: frozenset(),
        lambda url: None,
    )
    article = Article(title="ประชุมสภา", text="สภาเทศบาลประชุมสมัยสามัญ\nมีมติเห็นชอบงบประมาณ")
    first_id, change = rows.store("http://a.go.th/news?id=5", "a.go.th", article, AT)
    assert change == ArticleChange.NEW and changed == [(first_id, article.text)]
    assert rows.store("http://a.go.th/news?id=5", "a.go.th", article, LATER) == (first_id, ArticleChange.UNCHANGED)
    assert rows.store("http://a.go.th/news?cat=1&id=5", "a.go.th", article, LATER) == (first_id, ArticleChange.ALIAS)
    assert len(changed) == 1  # neither an unchanged article nor an alias is indexed again
    edited = Article(title="ประชุมสภา", text=article.text + "\nแก้ไขวันประชุม")
    assert rows.store("http://a.go.th/news?id=5", "a.go.th", edited, LATER) == (first_id, ArticleChange.CHANGED)
    assert changed[-1] == (first_id, edited.text)
    assert db.execute("SELECT text, replaced_at FROM article_versions").fetchall() == [(article.text, LATER)]
    assert db.execute("SELECT url, last_seen FROM articles").fetchall() == [("http://a.go.th/news?id=5", LATER)]


def test_a_workers_index_inputs_travel_beside_the_article_and_index_it_as_the_archive_would(tmp_path):
    from dataclasses import asdict

    from pipelines.archive import Archive
    from pipelines.extract import extract
    from pipelines.extraction_worker import extract_for_archive, extract_page_for_archive

    body = (
        "<html><body><h1>ประชุมสภาเทศบาลสมัยสามัญ</h1><p>วันที่ 5 มกราคม 2567</p>"
        "<p>เทศบาลตำบลทดสอบจัดประชุมสภาเทศบาล สมัยสามัญ สมัยที่หนึ่ง ประจำปี 2567 ณ ห้องประชุมสภา</p>"
        "</body></html>"
    ).encode()
    url = "https://a.go.th/news/1"
    article, hints = extract_for_archive(body, url, None)
    assert asdict(article) == asdict(extract(body, url, None))  # what `tessaban extract` returns, nothing more
    assert hints is not None and "hints" not in asdict(article)
    # The page's worker also compresses its body as the archive keeps it: the writer only writes it.
    _, _, compressed = extract_page_for_archive(body, url, None)
    searched, bodies = {}, {}
    for name, given, packed in (("worker", hints, compressed), ("archive", None, None)):
        db = open_database(tmp_path / f"{name}.db")
        archive = Archive(db)
        page = fetched(url, body)
        page.kind, page.article, page.hints = "article", article, given
        archive.store_page(page, compressed=packed)
        archive.commit()
        searched[name] = [tuple(row) for row in db.execute("SELECT * FROM articles_words")]
        bodies[name] = [tuple(row) for row in db.execute("SELECT sha256, size, body FROM bodies")]
        db.close()
    assert searched["worker"] and searched["worker"] == searched["archive"]
    assert bodies["worker"] and bodies["worker"] == bodies["archive"]
    assert zlib.decompress(bodies["worker"][0][2]) == body


def test_another_address_of_an_article_neither_replaces_its_text_nor_makes_a_version(tmp_path):
    """A print view or a list form names the article as canonical, and its extraction reads the article
    differently (no lead, the form's fields). Read after the article's own page, it changes nothing;
    read before it, the own page's text replaces it without an "earlier version" (the same crawl).
    An edit of the own page, fetched again, is a version."""
    from pipelines.archive import Archive

    archive = Archive(open_database(tmp_path / "a.db"))
    own = "http://a.go.th/news/detail/council"
    full = Article(title="ประชุมสภา", text="นำเรื่องเข้าสู่สภา\nสภาเทศบาลประชุมสมัยสามัญ\nมีมติเห็นชอบงบประมาณ", canonical_url=own)
    printed = Article(title="ประชุมสภา", text="สภาเทศบาลประชุมสมัยสามัญ\nมีมติเห็นชอบงบประมาณ", canonical_url=own)

    def fetched(url: str, article: Article, at: str) -> FetchedPage:
        return FetchedPage(
            url=url, site="a.go.th", status=200, kind="article", fetched_at=at, body=b"<html/>", article=article
        )

    archive.store_page(fetched(own + "?type=98", printed, AT))  # the print view first
    archive.store_page(fetched(own, full, AT))
    archive.store_page(fetched(own + "?type=98", printed, AT))
    archive.commit()
    assert archive.db.execute("SELECT url, text FROM articles").fetchall() == [(own, full.text)]
    assert archive.db.execute("SELECT count(*) FROM article_versions").fetchone() == (0,)
    edited = Article(title="ประชุมสภา", text=full.text + "\nแก้ไขวันประชุม", canonical_url=own)
    archive.store_page(fetched(own, edited, LATER))
    archive.commit()
    assert archive.db.execute("SELECT text FROM article_versions").fetchall() == [(full.text,)]


def test_a_print_view_naming_a_page_stored_under_another_of_its_addresses_is_that_pages_article(tmp_path):
    """A vendor CMS's item answers at ``/grouppage/8/procurement/E1/`` and ``/detail/procurement/E1/``; read
    first at the second (no canonical), its article is stored there, and the first shows it. Its print view
    names the first as canonical and reads differently (title, date and a "printed from" line more): it is
    that article, not a second one stored under the first address."""
    from pipelines.archive import Archive

    archive = Archive(open_database(tmp_path / "a.db"))
    own, detail = "http://a.go.th/webs/th/grouppage/8/procurement/E1/", "http://a.go.th/webs/th/detail/procurement/E1/"
    text = "เทศบาลขอประกาศประกวดราคาจ้างก่อสร้างถนน รายละเอียดตามเอกสารแนบท้ายประกาศนี้"
    shown = Article(title="ประกวดราคาจ้างก่อสร้างถนน", text=text)
    printed = Article(title="ประกวดราคาจ้างก่อสร้างถนน", text=f"{text}\nพิมพ์จาก {own}", canonical_url=own)

    def fetched(url: str, article: Article) -> FetchedPage:
        return FetchedPage(
            url=url, site="a.go.th", status=200, kind="article", fetched_at=AT, body=b"<html/>", article=article
        )

    archive.store_page(fetched(detail, shown))
    archive.store_page(fetched(own, shown))
    archive.store_page(fetched(own + "?print=1", printed))
    archive.commit()
    assert archive.db.execute("SELECT url, text FROM articles").fetchall() == [(detail, text)]
    assert {article_id for (article_id,) in archive.db.execute("SELECT article_id FROM pages")} == {1}

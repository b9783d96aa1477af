"""Thai full-text search on a real SQLite archive: compounds, short words, filters, bad queries."""

from __future__ import annotations

import json

import pytest

from pipelines.archive import Archive
from pipelines.items import Article, FetchedPage
from pipelines.schema import open_database
from pipelines.search import QueryError, parse_query, search
from tests.conftest import run_tessaban

ARTICLES = {
    "kohsichang.go.th/1": (
        "เกาะสีชังส่งเสริมการท่องเที่ยว",
        "เทศบาลตำบลเกาะสีชังจัดกิจกรรมส่งเสริมการท่องเที่ยวชุมชน ประจำปี 2565",
        "2022-07-15",
    ),
    "kohsichang.go.th/2": ("ประชุมสภาเทศบาล", "สภาเทศบาลตำบลเกาะสีชังประชุมสมัยสามัญ พิจารณางบประมาณรายจ่าย", "2021-03-01"),
    "banna.go.th/1": (
        "รณรงค์ป้องกันไฟป่า",
        "อบต.บ้านนา รณรงค์ป้องกันไฟป่าและหมอกควัน ช่วงฤดูแล้ง ขอความร่วมมือประชาชนงดเผา",
        "2023-02-10",
    ),
    "banna.go.th/2": ("มอบเบี้ยยังชีพ", "อบต.บ้านนา มอบเบี้ยยังชีพผู้สูงอายุ ประจำปี 2566 ณ ศาลาประชาคม", "2023-05-02"),
}


def fill(db) -> Archive:
    archive = Archive(db)
    for key, (title, text, published) in ARTICLES.items():
        site, n = key.split("/")
        archive.store_page(
            FetchedPage(
                url=f"https://{site}/news/{n}",
                site=site,
                status=200,
                kind="article",
                fetched_at="2026-11-23T00:00:00+00:00",
                body=text.encode(),
                article=Article(title=title, text=text, published=published),
            )
        )
    archive.commit()
    return archive


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "archive.db")
    fill(database)
    yield database
    database.close()


def urls(hits) -> set[str]:
    return {hit.url for hit in hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("สีชัง", {"https://kohsichang.go.th/news/1", "https://kohsichang.go.th/news/2"}),  # inside เกาะสีชัง
        ("ท่องเที่ยว", {"https://kohsichang.go.th/news/1"}),  # inside การท่องเที่ยว
        ("เกาะสีชัง ท่องเที่ยว", {"https://kohsichang.go.th/news/1"}),  # all words required
        ('"ไฟป่า"', {"https://banna.go.th/news/1"}),
        ("ปี", {"https://kohsichang.go.th/news/1", "https://banna.go.th/news/2"}),  # 2 characters, in ประจำปี
        ("ไฟ", {"https://banna.go.th/news/1"}),  # 2 characters, in ไฟป่า
        ("บ้านนา -ไฟป่า", {"https://banna.go.th/news/2"}),
        ("ไฟป่า OR เบี้ยยังชีพ", {"https://banna.go.th/news/1", "https://banna.go.th/news/2"}),
        ("ใหม", set()),  # not a false hit on ใหม่ or anything else
    ],
)
def test_thai_queries(db, query, expected):
    assert urls(search(db, query)) == expected


def test_default_unicode61_would_not_find_thai_words(tmp_path):
    """Why the project builds its own indexes: the default tokenizer splits Thai at every mark."""
    plain = open_database(tmp_path / "plain.db")
    plain.execute("CREATE VIRTUAL TABLE t USING fts5(text)")
    plain.execute("INSERT INTO t VALUES ('เทศบาลตำบลเกาะสีชังจัดกิจกรรม')")
    assert plain.execute("SELECT count(*) FROM t WHERE t MATCH '\"เกาะสีชัง\"'").fetchone()[0] == 0
    plain.close()


def test_filters_and_snippets(db):
    hits = search(db, "เกาะสีชัง", site="kohsichang.go.th", since="2022-01-01")
    assert urls(hits) == {"https://kohsichang.go.th/news/1"}
    assert "[" in hits[0].snippet and "]" in hits[0].snippet
    assert search(db, "เกาะสีชัง", site="banna.go.th") == []


def test_index_follows_updates(db):
    archive = Archive(db)
    archive.store_page(
        FetchedPage(
            url="https://banna.go.th/news/1",
            site="banna.go.th",
            status=200,
            kind="article",
            fetched_at="2026-11-24T00:00:00+00:00",
            body=b"x",
            article=Article(
                title="รณรงค์ป้องกันไฟป่า", text="อบต.บ้านนา แจกหน้ากากอนามัยป้องกันฝุ่นละออง PM2.5", published="2023-02-10"
            ),
        )
    )
    assert urls(search(db, "หน้ากากอนามัย")) == {"https://banna.go.th/news/1"}
    assert urls(search(db, "หมอกควัน")) == set()
    assert urls(search(db, "ปี")) == {"https://kohsichang.go.th/news/1", "https://banna.go.th/news/2"}
    assert urls(search(db, "ไฟ")) == {"https://banna.go.th/news/1"}  # title still says ไฟป่า


@pytest.mark.parametrize("query", ['"ไม่ปิด', "AND", "OR NOT *", "   ", '""'])
def test_malformed_queries_raise_query_error(db, query):
    with pytest.raises(QueryError):
        search(db, query)


@pytest.mark.parametrize("query", ["NEAR(เกาะ สีชัง)", "เกาะสีชัง*", "title:เกาะ", "'; DROP TABLE articles; --", "^เกาะ"])
def test_fts_syntax_is_text_not_operators(db, query):
    search(db, query)  # no exception: every term is quoted before it reaches MATCH
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES)


def test_bad_since_is_a_query_error(db):
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        search(db, "เกาะ", since="15/03/2564")


def test_parse_query_groups():
    groups = parse_query('เกาะ "สี ชัง" OR ท่องเที่ยว -ประชุม')
    assert [[(t.text, t.exclude) for t in g] for g in groups] == [
        [("เกาะ", False)],
        [("สี ชัง", False), ("ท่องเที่ยว", False)],
        [("ประชุม", True)],
    ]


def test_search_command(tmp_path):
    db = open_database(tmp_path / "a.db")
    fill(db)
    db.close()
    result = run_tessaban("search", "สีชัง", "--db", tmp_path / "a.db", "--json", "--limit", "1")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == 1 and hits[0]["site"] == "kohsichang.go.th"
    bad = run_tessaban("search", '"unbalanced', "--db", tmp_path / "a.db")
    assert bad.returncode == 2 and bad.stderr.startswith("tessaban: error:") and "Traceback" not in bad.stderr
    missing = run_tessaban("search", "x", "--db", tmp_path / "none.db")
    assert missing.returncode == 2 and "no archive" in missing.stderr

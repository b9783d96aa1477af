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


def store(archive: Archive, url: str, site: str, title: str, text: str, published: str) -> None:
    """One fetched article page, written as a crawl writes it."""
    archive.store_page(
        FetchedPage(
            url=url,
            site=site,
            status=200,
            kind="article",
            fetched_at="2026-11-23T00:00:00+00:00",
            body=text.encode(),
            article=Article(title=title, text=text, published=published),
        )
    )


def fill(db) -> Archive:
    archive = Archive(db)
    for key, (title, text, published) in ARTICLES.items():
        site, n = key.split("/")
        store(archive, f"https://{site}/news/{n}", site, title, text, published)
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
    archive.commit()  # the batch's index entries are written as it commits (pipelines.search_index)
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


def _scan_search(db, query: str, site: str | None = None, since: str | None = None, limit: int = 20) -> list:
    """The search as it was before the short-word index and top-k ranking: every condition on every
    article (short words a LIKE scan), bm25 of the OR of the long terms over all matches. The reference
    the faster search must give the same answers as."""
    from pipelines.search import _condition, _conditions, _long, _phrase

    groups = parse_query(query)
    conditions, params = _conditions(groups, _condition)
    if site:
        conditions.append("a.site = ?")
        params.append(site)
    if since:
        conditions.append("a.published >= ?")
        params.append(since)
    where = " AND ".join(conditions)
    ranked = [t for g in groups for t in g if not t.exclude and _long(t)]
    if ranked:
        rows = db.execute(
            "SELECT a.id, bm25(articles_fts) AS rank FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? AND {where} ORDER BY rank, a.id LIMIT ?",
            [" OR ".join(_phrase(t) for t in ranked), *params, limit],
        ).fetchall()
        return [(i, round(r, 9)) for i, r in rows]
    rows = db.execute(
        f"SELECT a.id FROM articles a WHERE {where} ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [(i, 0.0) for (i,) in rows]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """600 synthetic Thai articles of 200 sites, as bench.store writes them (3% republished copies)."""
    from tests.sites.synthetic_archive import synthetic_articles

    database = open_database(tmp_path_factory.mktemp("mix") / "archive.db")
    archive = Archive(database)
    for site, url, title, text, published in synthetic_articles(600):
        store(archive, url, site, title, text, published)
    archive.commit()
    yield database
    database.close()


def test_the_benchmarks_mix_finds_and_ranks_what_a_scan_of_every_article_does(mixed):
    """Every kind of search bench.store times (long, 1-2 character, very common and two words,
    phrases, --site, --since): the same articles in the same order, with the same bm25, as the
    reference scan; and some of each kind find something, so the comparison is not of empty lists."""
    from tests.sites.synthetic_archive import KINDS, queries

    found: dict[str, int] = dict.fromkeys(KINDS, 0)
    for kind, query, site, since in queries(160):
        hits = search(mixed, query, site=site, since=since)
        assert [(h.id, round(h.rank, 9)) for h in hits] == _scan_search(mixed, query, site, since), (kind, query)
        found[kind] += bool(hits)
        for hit in hits:  # the snippet marks a term wherever the text has one (else it is in the title)
            (text,) = mixed.execute("SELECT text FROM articles WHERE id = ?", [hit.id]).fetchone()
            words = [w.strip('"') for w in query.split() if len(w.strip('"')) >= 3]
            assert "[" in hit.snippet or not any(w in text for w in words), (kind, query, hit.snippet)
    assert all(found[kind] for kind in KINDS if "site" not in kind), found


def test_a_word_in_most_articles_is_ranked_among_its_newest_matches(mixed, monkeypatch):
    """Top-k without scoring every match: past RANK_WINDOW matches, only the newest RANK_WINDOW
    are ranked (bm25 among them); below it, every match is."""
    import pipelines.search as search_module

    everywhere = "เทศบาลตำบล"  # every synthetic article's first line
    matching = [
        r[0] for r in mixed.execute("SELECT id FROM articles WHERE text LIKE ? ORDER BY id", [f"%{everywhere}%"])
    ]
    assert len(matching) > 100
    monkeypatch.setattr(search_module, "RANK_WINDOW", 50)
    hits = search(mixed, everywhere, limit=10)
    assert len(hits) == 10 and min(h.id for h in hits) >= matching[-50]
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


def test_a_changed_text_is_found_by_its_new_short_words_and_not_its_old(db):
    """The short-word index is only added to: the old text's grams stay, and the LIKE check rejects them."""
    archive = Archive(db)
    text = "อบต.บ้านนา มอบเบี้ยยังชีพผู้สูงอายุ ณ ศาลาประชาคม ฯ"
    store(archive, "https://banna.go.th/news/2", "banna.go.th", "มอบเบี้ยยังชีพ", text, "2023-05-02")
    archive.commit()
    assert "https://banna.go.th/news/2" not in urls(search(db, "ปี"))  # ประจำปี 2566 is gone
    assert "https://banna.go.th/news/2" in urls(search(db, "ฯ"))  # a 1-character word, new


def page_of(url: str, title: str, text: str) -> FetchedPage:
    return FetchedPage(
        url=url,
        site="banna.go.th",
        status=200,
        kind="article",
        fetched_at="2026-11-24T00:00:00+00:00",
        body=text.encode(),
        article=Article(title=title, text=text, published="2023-02-10"),
    )


def test_index_entries_queued_in_a_batch_are_written_right_at_its_commit(tmp_path):
    """Within one batch an article is stored, changed and another stored then deleted: the indexes
    are written at the commit, hold the latest text only, and FTS5 finds them consistent."""
    db = open_database(tmp_path / "a.db")
    archive = Archive(db)
    archive.store_page(page_of("https://banna.go.th/news/7", "ขุดลอกคลอง", "อบต.บ้านนา ขุดลอกคลองส่งน้ำหมู่ที่ 3"))
    archive.store_page(page_of("https://banna.go.th/news/7", "ขุดลอกคลอง", "อบต.บ้านนา ซ่อมถนนลูกรังหมู่ที่ 3"))
    archive.store_page(page_of("https://banna.go.th/news/8", "แจกทรายอะเบท", "อบต.บ้านนา แจกทรายอะเบทกำจัดลูกน้ำยุงลาย"))
    (eight,) = db.execute("SELECT id FROM articles WHERE url LIKE '%/8'").fetchone()
    db.execute("UPDATE pages SET article_id = NULL WHERE article_id = ?", [eight])
    db.execute("DELETE FROM articles WHERE id = ?", [eight])
    assert db.execute("SELECT count(*) FROM search_queue").fetchone()[0] == 1  # queued until the commit
    archive.commit()
    assert db.execute("SELECT count(*) FROM search_queue").fetchone()[0] == 0
    for table in ("articles_fts", "articles_words"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    assert urls(search(db, "ถนนลูกรัง")) == {"https://banna.go.th/news/7"}
    assert urls(search(db, "ขุดลอกคลองส่งน้ำ")) == set()  # the old text (the title still says ขุดลอกคลอง)
    assert urls(search(db, "ทรายอะเบท")) == set()
    # Changed again in a later batch: the written entry is replaced.
    archive.store_page(page_of("https://banna.go.th/news/7", "ขุดลอกคลอง", "อบต.บ้านนา ติดตั้งไฟกิ่งสาธารณะ"))
    archive.commit()
    db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    assert urls(search(db, "ไฟกิ่ง")) == {"https://banna.go.th/news/7"}
    assert urls(search(db, "ถนนลูกรัง")) == set()

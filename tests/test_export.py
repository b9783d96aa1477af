"""Dataset export: every format read back with its real reader and compared with the archive.

The archive is written by the real writer (pipelines.archive.Archive): Thai articles with newlines,
quotes and commas, images and attachments, an exact copy on another site, a re-fetch with an identical
body (a WARC revisit), a redirect hop that was itself fetched once, and a windows-874 page.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import subprocess
import sys
import textwrap
import zlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pipelines.archive import Archive
from pipelines.export import FORMATS, ExportError, export, format_of
from pipelines.export import parquet as parquet_module
from pipelines.items import Article, Attachment, FetchedPage, Image
from pipelines.schema import open_database
from tests.sites.harness import pywb_python

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")
warcio_archive = pytest.importorskip("warcio.archiveiterator")

PERMALINK = "https://a.go.th/2023/06/15/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1/"  # /ประชุม/
SHORT = "https://a.go.th/?p=12"
TIS_URL = "http://a.go.th/news.php?id=7"
B_URL = "https://b.go.th/news/1"
COPY_URL = "https://c.go.th/news/9"
LISTING = "https://a.go.th/news/"

MEETING = (
    'เทศบาลตำบลบ้านนา จัดประชุม "สภาเทศบาล" สมัยสามัญ, สมัยที่ 2 ประจำปี 2566\n'
    "ที่ประชุมมีมติเห็นชอบ ร่างข้อบัญญัติงบประมาณ, จำนวน 12,500,000 บาท\n"
    'นายกเทศมนตรีกล่าวว่า "ขอบคุณประชาชนทุกท่าน" ที่ให้ความร่วมมือ\n'
    '=ข้อความที่ขึ้นต้นด้วยเครื่องหมายเท่ากับ, และ "อัญประกาศ"'
)
TIS_TEXT = "องค์การบริหารส่วนตำบลหนองบัว ประกาศรับสมัครพนักงานจ้างตามภารกิจ\nสมัครได้ที่สำนักปลัด ในวันและเวลาราชการ"
RELEASE = (
    "โรงพยาบาลส่งเสริมสุขภาพตำบลดอนแก้ว จัดกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก ในพื้นที่หมู่ที่ 1 ถึงหมู่ที่ 9\n"
    "ขอความร่วมมือประชาชนทุกครัวเรือนช่วยกันกำจัดแหล่งน้ำขังรอบบ้านทุกสัปดาห์ ตามหลัก 3 เก็บ ป้องกัน 3 โรค"
)
MEETING_IMAGES = [
    Image("https://a.go.th/wp-content/uploads/1.jpg", 'ภาพการประชุม, ห้อง "ประชุมใหญ่"'),
    Image("https://a.go.th/wp-content/uploads/2.jpg", None),
]
MEETING_FILES = [
    Attachment(
        "https://a.go.th/files/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99.pdf", "รายงานการประชุม (PDF)"
    )
]
# As Scrapy stores them: a compressed Content-Length, and (older Scrapy, other middlewares) coding headers.
MEETING_HEADERS = [
    ("Content-Type", "text/html; charset=UTF-8"),
    ("Content-Length", "731"),
    ("Content-Encoding", "gzip"),
    ("Transfer-Encoding", "chunked"),
    ("Server", "nginx"),
    ("Set-Cookie", "PHPSESSID=abc; path=/"),
    ("Set-Cookie", "lang=th; path=/"),
]
# A header value holding TIS-620 bytes, kept by the crawler as Latin-1 text.
TIS_HEADER = ("X-Powered-By", "ระบบข่าว".encode("cp874").decode("latin-1"))


def html(title: str, text: str, marker: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return f"<html><head><title>{title}</title></head><body>{marker}<h1>{title}</h1>{paragraphs}</body></html>"


def fetched(url, when, body, *, article=None, headers=None, kind="article", redirects=()):
    return FetchedPage(
        url=url,
        site=url.split("/")[2],
        status=200,
        kind=kind,
        fetched_at=when,
        body=body,
        headers=list(headers or [("Content-Type", "text/html; charset=utf-8")]),
        redirects=list(redirects),
        article=article,
    )


def meeting_article() -> Article:
    return Article(
        title='ประชุมสภา "สมัยสามัญ", ครั้งที่ 2',
        text=MEETING,
        published="2023-06-15",
        author="งานประชาสัมพันธ์",
        canonical_url=PERMALINK,
        images=MEETING_IMAGES,
        attachments=MEETING_FILES,
    )


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "archive.db"
    db = open_database(path)
    archive = Archive(db)
    meeting_body = html("ประชุมสภา", MEETING).encode()
    # 1. the short link answered 200 directly (an older site setup); canonical -> the permalink
    archive.store_page(
        fetched(
            SHORT,
            "2023-06-16T01:00:00+00:00",
            html("ประชุมสภา", MEETING, "?p=12").encode(),
            article=meeting_article(),
            headers=MEETING_HEADERS,
        )
    )
    # 2. the permalink, then 3. the permalink again, reached through a 301 from the short link, same body
    archive.store_page(
        fetched(
            PERMALINK, "2023-06-17T02:00:00+00:00", meeting_body, article=meeting_article(), headers=MEETING_HEADERS
        )
    )
    archive.store_page(
        fetched(
            PERMALINK,
            "2023-07-01T03:30:00+00:00",
            meeting_body,
            article=meeting_article(),
            headers=MEETING_HEADERS,
            redirects=[(SHORT, 301)],
        )
    )
    # a windows-874 page
    archive.store_page(
        fetched(
            TIS_URL,
            "2023-01-05T04:00:00+00:00",
            html("รับสมัครพนักงาน", TIS_TEXT).encode("cp874"),
            headers=[("Content-Type", "text/html; charset=windows-874"), TIS_HEADER],
            article=Article(title="รับสมัครพนักงานจ้าง", text=TIS_TEXT, published="2022-12-31"),
        )
    )
    # an original on b.go.th and its exact copy on c.go.th (published later: the copy)
    archive.store_page(
        fetched(
            B_URL,
            "2023-08-01T05:00:00+00:00",
            html("ไข้เลือดออก", RELEASE).encode(),
            article=Article(title="รณรงค์ไข้เลือดออก", text=RELEASE, published="2023-07-20"),
        )
    )
    archive.store_page(
        fetched(
            COPY_URL,
            "2023-08-02T06:00:00+00:00",
            html("ไข้เลือดออก", RELEASE).encode(),
            article=Article(title="รณรงค์ไข้เลือดออก", text=RELEASE, published="2023-07-25"),
        )
    )
    # an article without a date, and a listing page (not an article: never exported)
    archive.store_page(
        fetched(
            "https://b.go.th/news/2",
            "2023-08-03T07:00:00+00:00",
            b"<html>x</html>",
            article=Article(title="ประกาศ", text="ประกาศรายชื่อผู้มีสิทธิ์สอบ\nณ ห้องประชุม"),
        )
    )
    archive.store_page(fetched(LISTING, "2023-08-04T08:00:00+00:00", b"<html>listing</html>", kind="listing"))
    archive.commit()
    db.close()
    return path


def db_rows(path: Path, sql: str, params=()) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def expected_articles(path: Path, where: str = "duplicate_of IS NULL") -> list[dict]:
    """The archive's articles as the export must render them (JSON values)."""
    rows = db_rows(
        path,
        "SELECT id, url, site, title, text, published, author, images, attachments, duplicate_of,"
        f" first_seen, last_seen, last_changed, content_hash FROM articles WHERE {where} ORDER BY id",
    )
    names = [
        "id",
        "url",
        "site",
        "title",
        "text",
        "published",
        "author",
        "images",
        "attachments",
        "duplicate_of",
        "first_seen",
        "last_seen",
        "last_changed",
        "content_hash",
    ]
    out = []
    for row in rows:
        record = dict(zip(names, row, strict=True))
        record["images"] = json.loads(record["images"])
        record["attachments"] = json.loads(record["attachments"])
        record["files"] = []  # this archive has no file links (files: tests/test_files_export.py)
        out.append(record)
    return out


@pytest.fixture(scope="module")
def exported(archive_path, tmp_path_factory) -> dict[str, Path]:
    """Each format exported once with the defaults (no duplicates)."""
    folder = tmp_path_factory.mktemp("out")
    paths = {}
    for fmt, suffix in FORMATS.items():
        paths[fmt] = folder / f"articles{suffix}"
        export(archive_path, fmt, paths[fmt])
    return paths


def test_the_fixture_archive_has_what_the_tests_need(archive_path):
    assert db_rows(archive_path, "SELECT count(*), count(duplicate_of) FROM articles") == [(5, 1)]
    assert db_rows(archive_path, "SELECT kind, status, response_id IS NOT NULL FROM pages WHERE url = ?", (SHORT,)) == [
        ("redirect", 301, 1)
    ]
    assert db_rows(
        archive_path, "SELECT count(*), count(DISTINCT body_sha256) FROM responses WHERE url = ?", (PERMALINK,)
    ) == [(2, 1)]


# --- JSONL, CSV, Parquet ---------------------------------------------------------------------------------


def test_jsonl_holds_every_original_article_exactly(archive_path, exported):
    lines = exported["jsonl"].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert records == expected_articles(archive_path)
    assert "ประชุม" in lines[0]  # Thai as UTF-8, not \u escapes
    assert all(r["duplicate_of"] is None for r in records)
    assert COPY_URL not in {r["url"] for r in records}


def test_csv_opens_in_excel_and_survives_newlines_quotes_and_commas(archive_path, exported):
    raw = exported["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with open(exported["csv"], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected = expected_articles(archive_path)
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected, strict=True):
        assert row["text"] == want["text"] and row["title"] == want["title"]
        assert json.loads(row["images"]) == want["images"]
        assert json.loads(row["attachments"]) == want["attachments"]
        assert row["published"] == (want["published"] or "")
        assert row["duplicate_of"] == "" and int(row["id"]) == want["id"]
        assert row["first_seen"] == want["first_seen"] and row["content_hash"] == want["content_hash"]
    meeting = next(r for r in rows if r["url"] == PERMALINK)
    assert meeting["text"] == MEETING and "\n" in meeting["text"] and '"' in meeting["text"]


def test_parquet_is_typed_and_reads_back_in_pyarrow_and_duckdb(archive_path, exported):
    table = pq.read_table(exported["parquet"])
    schema = table.schema
    assert schema.field("published").type == pa.date32()
    assert schema.field("first_seen").type == pa.timestamp("us", tz="UTC")
    assert schema.field("duplicate_of").type == pa.int64()
    assert schema.field("images").type == pa.list_(pa.struct([("src", pa.string()), ("caption", pa.string())]))
    assert schema.field("attachments").type == pa.list_(pa.struct([("url", pa.string()), ("label", pa.string())]))
    assert json.loads(schema.metadata[b"tessaban.schema"])[0]["name"] == "id"
    expected = expected_articles(archive_path)
    got = table.to_pylist()
    assert len(got) == len(expected)
    for row, want in zip(got, expected, strict=True):
        assert row["published"] == (date.fromisoformat(want["published"]) if want["published"] else None)
        assert row["first_seen"] == datetime.fromisoformat(want["first_seen"]).astimezone(UTC)
        assert row["images"] == want["images"] and row["attachments"] == want["attachments"]
        for name in ("id", "url", "site", "title", "text", "author", "duplicate_of", "content_hash"):
            assert row[name] == want[name], name

    con = duckdb.connect()
    (n, first_caption, file_label, newest) = con.execute(
        "SELECT count(*), max(images[1].caption), max(attachments[1].label), max(published) FROM read_parquet(?)",
        [str(exported["parquet"])],
    ).fetchone()
    assert n == len(expected)
    assert first_caption == MEETING_IMAGES[0].caption and file_label == MEETING_FILES[0].label
    assert newest == date(2023, 7, 20)
    text, seen = con.execute(
        "SELECT text, first_seen FROM read_parquet(?) WHERE url = ?", [str(exported["parquet"]), PERMALINK]
    ).fetchone()
    assert text == MEETING and seen.astimezone(UTC) == datetime(2023, 6, 16, 1, tzinfo=UTC)


def test_parquet_is_written_in_row_groups(archive_path, tmp_path, monkeypatch):
    monkeypatch.setattr(parquet_module, "ROW_GROUP_ROWS", 2)
    out = tmp_path / "a.parquet"
    export(archive_path, "parquet", out, include_duplicates=True)
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == 5 and meta.num_row_groups == 3


# --- WARC --------------------------------------------------------------------------------------------------


def warc_records(path: Path) -> list[dict]:
    """Every record: type, WARC headers, HTTP status line and headers (raw bytes), payload bytes."""
    out = []
    with open(path, "rb") as fh:
        for record in warcio_archive.ArchiveIterator(fh):
            http = record.http_headers
            out.append(
                {
                    "type": record.rec_type,
                    "warc": dict(record.rec_headers.headers),
                    "http_line": f"{http.protocol} {http.statusline}" if http else None,
                    "http": list(http.headers) if http else [],
                    "payload": record.content_stream().read(),
                }
            )
    return out


def header(record: dict, name: str) -> list[str]:
    return [v for k, v in record["http"] if k.lower() == name.lower()]


def test_warc_records_are_consistent_http_and_match_the_archive(archive_path, exported):
    records = warc_records(exported["warc"])
    kinds = [r["type"] for r in records]
    assert kinds[0] == "warcinfo"
    # 4 originals; the meeting: ?p=12 (response), permalink (response, then revisit); one fetch for the others
    assert kinds.count("response") == 5 and kinds.count("revisit") == 1 and kinds.count("request") == 6
    assert kinds.count("metadata") == 4
    by_id = {r["warc"]["WARC-Record-ID"]: r for r in records}
    bodies = {
        url: zlib.decompress(body)
        for url, body in db_rows(
            archive_path, "SELECT r.url, b.body FROM responses r JOIN bodies b ON b.sha256 = r.body_sha256"
        )
    }
    for record in records:
        assert record["warc"]["WARC-Type"] == record["type"]
        if record["type"] == "response":
            uri = record["warc"]["WARC-Target-URI"]
            assert record["payload"] == bodies[uri]
            assert record["http_line"] == "HTTP/1.1 200 OK"
            assert header(record, "Content-Length") == [str(len(record["payload"]))]
            assert not header(record, "Content-Encoding") and not header(record, "Transfer-Encoding")
            assert record["warc"]["WARC-Payload-Digest"].startswith("sha1:")
        if record["type"] == "request":
            response = by_id[record["warc"]["WARC-Concurrent-To"]]
            assert response["type"] in ("response", "revisit")
            uri = record["warc"]["WARC-Target-URI"]
            assert uri == response["warc"]["WARC-Target-URI"]
            assert record["warc"]["WARC-Date"] == response["warc"]["WARC-Date"]
            path = uri.split("/", 3)[3]
            assert record["http_line"] == f"GET /{path} HTTP/1.1"
            assert header(record, "Host") == [uri.split("/")[2]]
            assert header(record, "User-Agent")[0].startswith("tessaban/")
    assert all(r["warc"]["WARC-Warcinfo-ID"] == records[0]["warc"]["WARC-Record-ID"] for r in records[1:])

    meeting = [r for r in records if r["warc"].get("WARC-Target-URI") == PERMALINK and r["type"] != "request"]
    assert [r["type"] for r in meeting] == ["response", "revisit"]
    response, revisit = meeting
    assert response["warc"]["WARC-Date"] == "2023-06-17T02:00:00Z"
    assert revisit["warc"]["WARC-Date"] == "2023-07-01T03:30:00Z"
    assert revisit["warc"]["WARC-Profile"] == "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
    assert revisit["warc"]["WARC-Refers-To"] == response["warc"]["WARC-Record-ID"]
    assert revisit["warc"]["WARC-Refers-To-Target-URI"] == PERMALINK
    assert revisit["warc"]["WARC-Refers-To-Date"] == response["warc"]["WARC-Date"]
    assert revisit["warc"]["WARC-Payload-Digest"] == response["warc"]["WARC-Payload-Digest"]
    assert revisit["payload"] == b"" and revisit["http_line"] == "HTTP/1.1 200 OK"
    assert header(revisit, "Content-Length") == [str(len(response["payload"]))]
    # the redirect hop, fetched directly once: its own response, with its own body
    (hop,) = [r for r in records if r["type"] == "response" and r["warc"]["WARC-Target-URI"] == SHORT]
    assert b"?p=12" in hop["payload"]
    # the stored cookies, in order; the stored compressed Content-Length replaced
    assert header(response, "Set-Cookie") == ["PHPSESSID=abc; path=/", "lang=th; path=/"]
    assert header(response, "Content-Length") != ["731"]


def test_warc_keeps_windows_874_bytes_and_raw_header_bytes(exported):
    (page,) = [
        r for r in warc_records(exported["warc"]) if r["type"] == "response" and r["warc"]["WARC-Target-URI"] == TIS_URL
    ]
    assert TIS_TEXT.split("\n")[0].encode("cp874") in page["payload"]
    assert page["payload"].decode("cp874").count("หนองบัว") == 1
    assert header(page, "X-Powered-By") == [TIS_HEADER[1]]  # parsed back as the Latin-1 text stored
    with gzip.open(exported["warc"]) as fh:  # and the bytes in the file are the bytes received
        assert b"\r\nX-Powered-By: " + "ระบบข่าว".encode("cp874") + b"\r\n" in fh.read()


def test_warc_metadata_record_per_article_refers_to_its_fetch(archive_path, exported):
    records = warc_records(exported["warc"])
    by_id = {r["warc"]["WARC-Record-ID"]: r for r in records}
    metadata = [r for r in records if r["type"] == "metadata"]
    assert [json.loads(r["payload"]) for r in metadata] == expected_articles(archive_path)
    for record in metadata:
        assert record["warc"]["Content-Type"] == "application/json; charset=utf-8"
        fetch = by_id[record["warc"]["WARC-Refers-To"]]
        assert fetch["type"] in ("response", "revisit")
        assert fetch["warc"]["WARC-Date"] == record["warc"]["WARC-Date"]
        url = json.loads(record["payload"])["url"]
        assert record["warc"]["WARC-Target-URI"] == f"urn:tessaban:article:{url}"
        page_url = db_rows(
            archive_path,
            "SELECT url FROM pages WHERE url = ? AND article_id = ?",
            (fetch["warc"]["WARC-Target-URI"], json.loads(record["payload"])["id"]),
        )
        assert page_url, "the metadata refers to a fetch of one of the article's own URLs"
    meeting = next(r for r in metadata if json.loads(r["payload"])["url"] == PERMALINK)
    assert by_id[meeting["warc"]["WARC-Refers-To"]]["type"] == "revisit"  # the latest fetch of the article


def test_article_without_an_archived_fetch_gets_a_metadata_record_at_its_url(tmp_path):
    db = open_database(tmp_path / "bare.db")
    Archive(db).store_article(
        "https://d.go.th/n/1", "d.go.th", Article(title="t", text="ข้อความ"), "2024-01-02T03:04:05+00:00"
    )
    db.commit()
    db.close()
    export(tmp_path / "bare.db", "warc", tmp_path / "bare.warc.gz")
    records = warc_records(tmp_path / "bare.warc.gz")
    assert [r["type"] for r in records] == ["warcinfo", "metadata"]
    assert records[1]["warc"]["WARC-Target-URI"] == "urn:tessaban:article:https://d.go.th/n/1"
    assert records[1]["warc"]["WARC-Date"] == "2024-01-02T03:04:05Z" and "WARC-Refers-To" not in records[1]["warc"]


def warcio_cli(*args: str | Path) -> subprocess.CompletedProcess:
    code = "import sys; from warcio.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, timeout=60)


def test_warc_passes_warcio_check_and_index(exported):
    check = warcio_cli("check", "-v", exported["warc"])
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count("digest pass") >= 11  # every response, request and metadata record
    index = warcio_cli("index", "-f", "warc-type,warc-target-uri,http:status,offset", exported["warc"])
    assert index.returncode == 0, index.stderr
    entries = [json.loads(line) for line in index.stdout.splitlines()]
    assert [e["warc-type"] for e in entries].count("response") == 5
    assert {e["http:status"] for e in entries if e["warc-type"] == "response"} == {"200"}
    offsets = [int(e["offset"]) for e in entries]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
    # gzip per record: each offset starts a gzip member holding exactly one whole record
    data = exported["warc"].read_bytes()
    for start, end in zip(offsets, [*offsets[1:], len(data)], strict=True):
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        record = member.decompress(data[start:end])
        assert member.eof and not member.unused_data
        assert record.startswith(b"WARC/1.1\r\n") and record.endswith(b"\r\n\r\n")
        assert record.count(b"WARC/1.1\r\nWARC-") == 1


REPLAY = textwrap.dedent("""
    import json, sys, os
    from pywb.manager.manager import main as wb_manager
    os.chdir(sys.argv[1])
    wb_manager(["init", "tessaban"])
    wb_manager(["add", "tessaban", sys.argv[2]])
    from pywb.apps.frontendapp import FrontEndApp
    from werkzeug.test import Client
    client = Client(FrontEndApp())
    out = {"cdx": open("collections/tessaban/indexes/index.cdxj", encoding="utf-8").read().splitlines()}
    for name, stamp in (("first", "20230617020000"), ("revisit", "20230701033000")):
        r = client.get(f"/tessaban/{stamp}id_/{sys.argv[3]}")
        out[name] = {"status": r.status_code, "body": r.get_data().hex(),
                     "memento": r.headers.get("Memento-Datetime")}
    print(json.dumps(out))
""")


def test_pywb_indexes_and_replays_the_warc_including_the_revisit(archive_path, exported, tmp_path):
    run = subprocess.run(
        [pywb_python(), "-c", REPLAY, str(tmp_path), str(exported["warc"]), PERMALINK],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    ((body,),) = db_rows(
        archive_path,
        "SELECT b.body FROM responses r JOIN bodies b ON b.sha256 = r.body_sha256 WHERE r.url = ? LIMIT 1",
        (PERMALINK,),
    )
    for name, when in (("first", "Sat, 17 Jun 2023 02:00:00 GMT"), ("revisit", "Sat, 01 Jul 2023 03:30:00 GMT")):
        assert result[name]["status"] == 200
        assert bytes.fromhex(result[name]["body"]) == zlib.decompress(body)
        assert result[name]["memento"] == when
    assert sum("warc/revisit" in line for line in result["cdx"]) == 1
    # the JSON metadata records are indexed under their urn:, never as a capture of a page URL
    json_keys = [line.split(" ")[0] for line in result["cdx"] if "application/json" in line]
    assert len(json_keys) == 4 and all(key.startswith("urn:tessaban:article:") for key in json_keys)


# --- manifests, filters, empty selections, bad input ---------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_manifest_describes_the_file_it_sits_beside(archive_path, exported, fmt):
    from crawler import __version__

    out = exported[fmt]
    manifest = json.loads(out.with_name(out.name + ".manifest.json").read_text(encoding="utf-8"))
    (written,) = manifest["files"]
    assert written["path"] == out.name
    assert written["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert written["size"] == out.stat().st_size
    assert manifest["format"] == fmt and manifest["tool"] == {"name": "tessaban", "version": __version__}
    assert manifest["database"] == str(archive_path.resolve())
    assert manifest["counts"]["articles"] == 4
    assert manifest["counts"]["per_site"] == {"a.go.th": 2, "b.go.th": 2}
    assert manifest["counts"]["records"] == (17 if fmt == "warc" else 4)
    assert manifest["filters"]["include_duplicates"] is False and manifest["filters"]["sites"] == []
    assert datetime.fromisoformat(manifest["created"]).tzinfo is not None
    assert "section 7" in manifest["licence"] and "B.E. 2537" in manifest["licence"]
    schema = manifest["schema"]
    fields = schema["metadata_fields"] if fmt == "warc" else schema["fields"]
    assert [f["name"] for f in fields][:3] == ["id", "url", "site"]


def export_urls(archive_path: Path, out: Path, **filters) -> list[str]:
    result = export(archive_path, "jsonl", out, **filters)
    urls = [json.loads(line)["url"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert result.articles == len(urls)
    return urls


def test_filters_sites_dates_and_duplicates(archive_path, tmp_path):
    out = tmp_path / "f.jsonl"
    assert export_urls(archive_path, out, sites=["www.b.go.th"]) == [B_URL, "https://b.go.th/news/2"]
    assert export_urls(archive_path, out, sites=["https://c.go.th/"]) == []
    assert export_urls(archive_path, out, sites=["c.go.th"], include_duplicates=True) == [COPY_URL]
    assert export_urls(archive_path, out, since="2023-06-15", until="2023-07-20") == [PERMALINK, B_URL]
    assert export_urls(archive_path, out, since="2023-06-16") == [B_URL]
    assert export_urls(archive_path, out, until="2022") == [TIS_URL]
    assert export_urls(archive_path, out, since="2023-07", include_duplicates=True) == [B_URL, COPY_URL]
    assert export_urls(archive_path, out, since=date(2023, 7, 21), until="2023-07") == []
    manifest = json.loads((tmp_path / "f.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert manifest["filters"]["since"] == "2023-07-21" and manifest["filters"]["until"] == "2023-07-31"
    copy = export(archive_path, "csv", tmp_path / "d.csv", include_duplicates=True, sites=["c.go.th"])
    with open(tmp_path / "d.csv", encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert copy.per_site == {"c.go.th": 1}
    assert int(row["duplicate_of"]) == db_rows(archive_path, "SELECT id FROM articles WHERE url = ?", (B_URL,))[0][0]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_empty_selection_writes_an_empty_dataset_and_its_manifest(archive_path, tmp_path, fmt):
    out = tmp_path / f"empty{FORMATS[fmt]}"
    result = export(archive_path, fmt, out, sites=["nowhere.go.th"])
    assert result.articles == 0 and result.per_site == {}
    manifest = json.loads(result.manifest_path.read_text(encoding="utf-8"))
    assert (
        manifest["counts"]["articles"] == 0
        and manifest["files"][0]["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    )
    if fmt == "jsonl":
        assert out.read_bytes() == b""
    elif fmt == "csv":
        with open(out, encoding="utf-8-sig", newline="") as fh:
            assert list(csv.reader(fh)) == [[f["name"] for f in manifest["schema"]["fields"]]]
    elif fmt == "parquet":
        assert pq.read_table(out).num_rows == 0
        assert duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(out)]).fetchone() == (0,)
    else:
        assert [r["type"] for r in warc_records(out)] == ["warcinfo"]
        assert warcio_cli("check", out).returncode == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fmt": "xlsx"}, "unknown format 'xlsx'"),
        ({"since": "15/06/2023"}, "since expects a date as YYYY-MM-DD"),
        ({"until": "2023-02-30"}, "until is not a real date"),
        ({"since": "2566-01-01"}, "Buddhist-era year"),
        ({"since": "2023-08-01", "until": "2023-07-01"}, "is after until"),
    ],
)
def test_bad_input_is_one_clear_line_and_writes_nothing(archive_path, tmp_path, kwargs, message):
    out = tmp_path / "x.jsonl"
    kwargs = {"fmt": "jsonl", **kwargs}
    with pytest.raises(ExportError) as caught:
        export(archive_path, kwargs.pop("fmt"), out, **kwargs)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_or_wrong_paths_are_export_errors(archive_path, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for out, message in (
        (blocker / "sub" / "a.csv", "cannot write"),
        (tmp_path, "is a directory"),
        (archive_path, "is the archive itself"),
    ):
        with pytest.raises(ExportError, match=message):
            export(archive_path, "csv", out)
    with pytest.raises(ExportError, match="no archive at"):
        export(tmp_path / "missing.db", "csv", tmp_path / "a.csv")
    with pytest.raises(ExportError, match="is not a tessaban archive"):
        export(blocker, "csv", tmp_path / "a.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]
    assert not (tmp_path / "missing.db").exists()


def test_a_failed_export_leaves_no_partial_file_and_keeps_the_previous_one(archive_path, tmp_path, monkeypatch):
    from pipelines.export import exporter

    out = tmp_path / "a.jsonl"
    out.write_text("previous\n", encoding="utf-8")

    def broken(path, articles):
        Path(path).write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporter.jsonl, "write_jsonl", broken)
    with pytest.raises(ExportError, match="cannot write .*No space left on device"):
        export(archive_path, "jsonl", out)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"]


def test_the_format_can_be_told_from_the_file_name():
    assert [format_of(f"out/a{suffix}") for suffix in FORMATS.values()] == list(FORMATS)
    assert format_of("A.PARQUET") == "parquet"
    with pytest.raises(ExportError, match=r"name the file a\.warc\.gz"):
        format_of("a.warc")
    for name in ("a.txt", ".csv", "archive"):
        with pytest.raises(ExportError, match="cannot tell the format"):
            format_of(name)


def test_http_pieces_of_the_warc():
    from pipelines.export.warc import reason_phrase, request_target, response_headers, target_uri

    host = "เทศบาล".encode("idna").decode()
    assert target_uri("https://เทศบาล.go.th/ข่าว/1?q=ไทย") == (
        f"https://{host}.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/1?q=%E0%B9%84%E0%B8%97%E0%B8%A2"
    )
    assert target_uri(PERMALINK) == PERMALINK
    assert request_target("http://a.go.th:8080/x?y=1") == ("/x?y=1", "a.go.th:8080")
    assert request_target("https://a.go.th") == ("/", "a.go.th")
    assert (reason_phrase(200), reason_phrase(301), reason_phrase(404), reason_phrase(599)) == (
        "OK",
        "Moved Permanently",
        "Not Found",
        "Unknown",
    )
    stored = [["content-length", "10"], ["Content-Encoding", "br"], ["X-A", "1\r\nX-Injected: 2"]]
    assert response_headers(stored, 42) == [("X-A", "1  X-Injected: 2"), ("Content-Length", "42")]


# --- the command line: OUT or --out PATH ---------------------------------------------------------------------


def test_the_command_takes_the_file_as_out_or_as_the_out_option(archive_path, tmp_path):
    from tests.conftest import run_tessaban

    positional = run_tessaban("export", tmp_path / "a.jsonl", "--db", archive_path)
    option = run_tessaban("export", "--format", "jsonl", "--out", tmp_path / "b.data", "--db", archive_path)
    assert positional.returncode == 0 and option.returncode == 0, positional.stderr + option.stderr
    assert "-> " + str(tmp_path / "b.data") in option.stdout
    assert (tmp_path / "b.data").read_bytes() == (tmp_path / "a.jsonl").read_bytes()
    assert (tmp_path / "b.data.manifest.json").is_file()
    same = run_tessaban("export", tmp_path / "c.csv", "--out", tmp_path / "c.csv", "--db", archive_path)
    assert same.returncode == 0 and (tmp_path / "c.csv").is_file(), same.stderr
    for args, message in (
        ((tmp_path / "d.csv", "--out", tmp_path / "e.csv"), "name two files"),
        (("--format", "csv"), "give the file to write"),
    ):
        refused = run_tessaban("export", *args, "--db", archive_path)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        assert [line for line in refused.stderr.splitlines() if "error:" in line] == [
            next(line for line in refused.stderr.splitlines() if message in line)
        ]
    assert not (tmp_path / "d.csv").exists() and not (tmp_path / "e.csv").exists()

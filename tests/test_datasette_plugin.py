"""The Datasette plugin shipped with tessaban: a real Datasette, served over HTTP on loopback, loads it
through the ``datasette`` entry point and its search boxes answer as `tessaban search` does.

The archive is written by the real writers (pipelines.archive, pipelines.files.archive): Thai articles
whose words are short (ปี, ไฟ), inside compounds (สีชัง in เกาะสีชัง), and a file with its text.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from importlib.metadata import entry_points

import pytest

from pipelines.archive import Archive
from pipelines.items import Article, FetchedPage
from pipelines.schema import open_database

pytest.importorskip("datasette")

WHEN = "2026-11-01T00:00:00+00:00"
ARTICLES = {
    "https://a.go.th/news/1": ("แจ้งไฟฟ้าดับ", "การไฟฟ้าส่วนภูมิภาคแจ้งไฟฟ้าดับในเขตเทศบาล วันที่ 5 ธันวาคม"),
    "https://a.go.th/news/2": ("งบประมาณ", "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี 2566 ของเทศบาล"),
    "https://a.go.th/news/3": ("ท่องเที่ยว", "ส่งเสริมการท่องเที่ยวเกาะสีชัง ชายหาดถ้ำพัง และศาลเจ้าพ่อเขาใหญ่"),
    "https://b.go.th/news/4": ("ไข้เลือดออก", "รณรงค์ป้องกันโรคไข้เลือดออก กำจัดแหล่งน้ำขังรอบบ้าน"),
    "https://b.go.th/news/5": ("โควิด", "ฉีดวัคซีนโควิด และเฝ้าระวังโรคไข้เลือดออกในโรงเรียน"),
    "https://b.go.th/news/6": ("ประชุมสภา", "การประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี 2567"),
}
FILE_TEXT = "ประกาศผลการจัดซื้อจัดจ้าง ประจำปี 2566\nโครงการซ่อมแซมถนนสายเกาะสีชัง"
FILE_URL = "https://a.go.th/files/procurement.pdf"


def _build(path) -> None:
    from pipelines.files.archive import FileArchive
    from pipelines.files.items import FetchedFile
    from pipelines.files.text import FileText

    db = open_database(path)
    archive = Archive(db)
    for url, (title, text) in ARTICLES.items():
        body = f"<html><body><h1>{title}</h1><p>{text}</p></body></html>".encode()
        archive.store_page(
            FetchedPage(
                url=url,
                site=url.split("/")[2],
                status=200,
                kind="article",
                fetched_at=WHEN,
                body=body,
                headers=[("Content-Type", "text/html; charset=utf-8")],
                article=Article(title=title, text=text, published="2026-10-01"),
            )
        )
    pdf = FetchedPage(
        url=FILE_URL,
        site="a.go.th",
        status=200,
        kind="file",
        fetched_at=WHEN,
        body=b"%PDF-1.4 a procurement notice",
        headers=[("Content-Type", "application/pdf")],
    )
    archive.store_page(pdf)
    FileArchive(db).store_file(FetchedFile(page=pdf, text=FileText("pdf", FILE_TEXT, "pdfium", pages=1)))
    archive.commit()
    archive.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    path = tmp_path_factory.mktemp("datasette") / "archive.db"
    _build(path)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        server.kill()
        pytest.fail("datasette did not start: " + server.stderr.read().decode())
    yield base, base + "/archive"
    server.terminate()
    server.wait(timeout=10)


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def _found(database: str, query: str, table: str = "articles") -> list[str]:
    """The URLs a search box of ``table`` finds for ``query``, as Datasette's JSON API returns them."""
    q = urllib.parse.quote(query)
    data = _get(f"{database}/{table}.json?_search={q}&_shape=objects&_size=max")
    return sorted(row["url" if table == "articles" else "first_url"] for row in data["rows"])


def _urls(*numbers: int) -> list[str]:
    return sorted(url for url in ARTICLES if int(url.rsplit("/", 1)[1]) in numbers)


def test_the_plugin_is_registered_by_the_entry_point_and_loaded(datasette):
    assert "pipelines.datasette_search" in [e.value for e in entry_points(group="datasette")]
    base, _ = datasette
    loaded = {p["name"]: p for p in _get(base + "/-/plugins.json")}
    assert {"asgi_wrapper", "filters_from_request", "canned_queries"} <= set(loaded["tessaban"]["hooks"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ปี", (2, 6)),  # a 2-character Thai word inside ประจำปี: Datasette's trigram search finds nothing
        ("ไฟ", (1,)),
        ("สีชัง", (3,)),  # inside เกาะสีชัง
        ("เกาะสีชัง ท่องเที่ยว", (3,)),
        ("การท่องเที่ยวเกาะสีชัง", (3,)),  # Thai typed without spaces, as the text has it
        ("เกาะสีชังท่องเที่ยว", ()),  # typed without spaces it is one run of text, not in any article
        ("ไข้เลือดออก -โควิด", (4,)),
        ("ไฟ OR สีชัง", (1, 3)),
        ('"ประจำปี 2566"', (2,)),
        ("ประจำปี", (2, 6)),
        ("title:ไฟ", ()),  # FTS syntax typed by a user is text, never an operator
    ],
)
def test_the_articles_search_box_means_what_tessaban_search_means(datasette, query, expected):
    _, database = datasette
    assert _found(database, query) == _urls(*expected)


def test_the_search_box_keeps_the_query_as_typed_and_says_what_it_searched(datasette):
    _, database = datasette
    query = "ไข้เลือดออก -โควิด"
    with urllib.request.urlopen(f"{database}/articles?_search={urllib.parse.quote(query)}", timeout=30) as response:
        html = response.read().decode()
    assert re.search(r'<input[^>]*name="_search"[^>]*value="ไข้เลือดออก -โควิด"', html), "search box lost the query"
    assert "search matches" in html and "(tessaban)" in html
    assert "1 row" in html


def test_a_malformed_query_is_a_clear_error_not_a_crash(datasette):
    _, database = datasette
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(f"{database}/articles.json?_search=%22unclosed", timeout=30)
    assert caught.value.code == 400
    assert "unbalanced quote" in caught.value.read().decode()


def test_other_tables_and_column_searches_are_left_to_datasette(datasette):
    _, database = datasette
    q = urllib.parse.quote("สีชัง")
    rows = _get(f"{database}/articles.json?_search_text={q}&_shape=objects")["rows"]
    assert [r["url"] for r in rows] == _urls(3)  # Datasette's own column search, on the trigram index


def test_files_are_searched_with_the_same_syntax(datasette):
    _, database = datasette
    assert _found(database, "ปี", table="files") == [FILE_URL]
    assert _found(database, "สีชัง -ถนน", table="files") == []
    canned = _get(f"{database}/search_files.json?query={urllib.parse.quote('ปี 2566 สีชัง')}&_shape=objects")
    assert [r["url"] for r in canned["rows"]] == [FILE_URL]
    none = _get(f"{database}/search_files.json?query={urllib.parse.quote('ปี -สีชัง')}&_shape=objects")
    assert none["rows"] == []

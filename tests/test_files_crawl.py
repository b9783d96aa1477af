"""Files in a real crawl: `tessaban crawl` of a municipality that publishes PDFs, Office documents, a scan
and an ITA/OIT page, with some documents on a provincial host (tests/sites/files_site.py, loopback).

Each file is fetched once after the pages, stored once by sha256, read to Thai text in a worker, linked
to the pages and articles that link it; robots.txt, the size limit and the switches hold; search and
the exports find the files. Real HTTP, real SQLite, real pdfium and Tesseract.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import textwrap
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import FAST, rows, run_tessaban
from tests.sites import files_docs as docs
from tests.sites.files_site import BIG_PDF_BYTES, FileSite
from tests.sites.harness import pywb_python

# A two-post site is too small for site learning to judge its pages: the markup decides (og:type article).
SMALL_SITE = ["-s", "TESSABAN_LEARN_SITES=False"]
LIMIT = ["-s", "TESSABAN_FILE_MAXSIZE=0.2"]  # 200 KB: big.pdf (600 KB) must be cancelled


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> tuple[FileSite, Path, list[str], list[str]]:
    """One crawl with images on: the site, the archive, and the paths each host was asked for."""
    db = tmp_path_factory.mktemp("files") / "archive.db"
    with FileSite() as site:
        images = ["-s", "TESSABAN_ARCHIVE_IMAGES=True"]
        result = run_tessaban("crawl", site.main_url + "/", "--db", db, *FAST, *SMALL_SITE, *LIMIT, *images)
        assert result.returncode == 0, result.stderr[-3000:]
        yield site, db, site.main.requested_paths(), site.other.requested_paths()


def sha_of(db: Path, url: str) -> str | None:
    found = rows(db, "SELECT sha256 FROM file_urls WHERE url = ?", (url,))
    return found[0][0] if found else None


def test_each_file_is_fetched_once_after_the_pages(crawled):
    site, _, main, _ = crawled
    files = [p for p in main if p.startswith(("/files/", "/images/", "/download.php"))]
    assert sorted(files) == sorted(set(files))  # announce.pdf is linked by both posts: one request
    assert "/files/announce.pdf" in files and "/download.php?id=7" in files and "/images/notice.png" in files
    pages = [main.index(p) for p in ("/", "/news/1.html", "/news/2.html", "/ita.php")]
    assert max(pages) < min(main.index(p) for p in files)  # files wait for the pages (lower priority)


def test_the_same_bytes_under_two_urls_are_one_file(crawled):
    site, db, _, _ = crawled
    first, copy = (
        sha_of(db, site.main_url + "/files/announce.pdf"),
        sha_of(db, site.main_url + "/files/announce-copy.pdf"),
    )
    assert first is not None and first == copy
    assert rows(db, "SELECT count(*) FROM files WHERE sha256 = ?", (first,)) == [(1,)]
    assert rows(db, "SELECT count(*) FROM bodies WHERE sha256 = ?", (first,)) == [(1,)]
    assert rows(
        db, "SELECT count(*) FROM responses r JOIN file_urls u ON u.url = r.url WHERE u.sha256 = ?", (first,)
    ) == [(2,)]  # each URL's response kept (for the WARC), the body once


def test_a_file_on_another_host_is_fetched_as_a_file_under_that_hosts_robots_txt(crawled):
    site, db, _, other = crawled
    assert "/robots.txt" in other and "/docs/plan.xlsx" in other
    assert "/private/secret.pdf" not in other  # Disallow: /private/ on the provincial host
    assert "/docs/index.html" not in other  # its pages are never crawled: the host is not a crawled site
    plan = site.other_url + "/docs/plan.xlsx"
    (kind, text), *_ = rows(
        db, "SELECT f.kind, f.text FROM files f JOIN file_urls u USING (sha256) WHERE u.url = ?", (plan,)
    )
    assert kind == "xlsx" and docs.text_f1(text, docs.xlsx_truth(docs.BUDGET_ROWS)) == 1.0
    assert rows(db, "SELECT kind FROM pages WHERE site = ?", (site.other_url.split("//")[1],)) == [("file",)]


def test_a_redirect_to_a_third_host_obeys_that_hosts_robots_txt(crawled):
    site, db, _, _ = crawled
    vendor = site.vendor.requested_paths()
    assert vendor[0] == "/robots.txt" and "/open/moved.pdf" in vendor
    assert "/hidden/moved.pdf" not in vendor  # Disallow: /hidden/ on the host the redirect led to
    moved = rows(db, "SELECT url FROM file_urls WHERE sha256 = ?", (sha_of(db, site.vendor_url + "/open/moved.pdf"),))
    assert sorted(u for (u,) in moved) == [site.main_url + "/files/moved-open.pdf", site.vendor_url + "/open/moved.pdf"]


def test_a_file_over_the_size_limit_is_cancelled_and_recorded(crawled):
    site, db, _, _ = crawled
    for path in ("/files/big.pdf", "/files/big-stream.pdf"):  # told by Content-Length, or seen as it arrives
        ((kind, error),) = rows(db, "SELECT kind, error FROM pages WHERE url = ?", (site.main_url + path,))
        assert kind == "error" and "over the file size limit (0.2 MB" in error, (path, error)
    assert rows(db, "SELECT count(*) FROM bodies WHERE size >= ?", (BIG_PDF_BYTES,)) == [(0,)]


@pytest.mark.parametrize(
    ("path", "kind", "method", "floor"),
    [
        ("/files/announce.pdf", "pdf", "pypdf", 1.0),
        ("/files/budget.docx", "docx", "ooxml", 1.0),
        ("/files/scan.pdf", "pdf", "ocr", 0.6),
        ("/files/broken.pdf", "pdf", "ocr", 0.8),
    ],
)
def test_each_file_has_its_thai_text(crawled, path, kind, method, floor):
    site, db, _, _ = crawled
    ((got_kind, got_method, text, error),) = rows(
        db,
        "SELECT f.kind, f.method, f.text, f.error FROM files f JOIN file_urls u USING (sha256) WHERE u.url = ?",
        (site.main_url + path,),
    )
    assert (got_kind, got_method, error) == (kind, method, None)
    assert docs.text_f1(text, site.truth[path]) >= floor, text


def test_files_are_linked_to_the_pages_and_articles_linking_them(crawled):
    site, db, _, _ = crawled
    linked = rows(
        db,
        "SELECT a.title FROM file_links l JOIN pages p ON p.url = l.page_url JOIN articles a ON a.id = p.article_id"
        " WHERE l.file_url = ? ORDER BY a.title",
        (site.main_url + "/files/announce.pdf",),
    )
    assert linked == [("ประกาศประกวดราคาก่อสร้างถนน",), ("ประกาศรับสมัครพนักงานจ้าง",)]
    labels = dict(
        rows(db, "SELECT file_url, label FROM file_links WHERE page_url = ?", (site.main_url + "/news/1.html",))
    )
    assert labels[site.main_url + "/files/budget.docx"] == "รายงานการประชุม (DOCX)"
    assert site.other_url + "/private/secret.pdf" in labels  # linked, even though robots.txt kept it unfetched


def test_an_article_photo_is_archived_and_read_when_images_are_on(crawled):
    site, db, _, _ = crawled
    ((kind, text),) = rows(
        db,
        "SELECT f.kind, f.text FROM files f JOIN file_urls u USING (sha256) WHERE u.url = ?",
        (site.main_url + "/images/notice.png",),
    )
    assert kind == "image" and "หนองแขม" in text


def test_transparency_items_are_rows_a_researcher_can_count(crawled):
    site, db, _, _ = crawled
    items = rows(db, "SELECT year, code, title, url, file_sha256 FROM transparency_items ORDER BY code")
    assert [(y, c, t) for y, c, t, _, _ in items] == [
        (2567, "o1", "โครงสร้าง"),
        (2567, "o10", "แผนดำเนินงานประจำปี"),
        (2567, "o2", "ข้อมูลผู้บริหาร"),
    ]
    by_code = {c: (u, s) for _, c, _, u, s in items}
    assert by_code["o1"][1] == sha_of(db, site.main_url + "/files/o1.pdf") is not None
    assert by_code["o10"][1] == sha_of(db, site.other_url + "/docs/plan.xlsx") is not None
    assert by_code["o2"] == (site.main_url + "/news/1.html", None)  # an item that is a page, not a file
    published = rows(
        db, "SELECT year, count(DISTINCT code) FROM transparency_items WHERE file_sha256 IS NOT NULL GROUP BY year"
    )
    assert published == [(2567, 2)]


def test_search_finds_words_inside_files_and_names_the_linking_article(crawled):
    site, db, _, _ = crawled
    found = run_tessaban("search", "หนองแขม", "--db", db)
    assert found.returncode == 0, found.stderr
    assert "/files/scan.pdf" in found.stdout and "linked from " + site.main_url + "/news/2.html" in found.stdout
    assert "ประกาศรับสมัครพนักงานจ้าง" in found.stdout  # the linking article's title
    assert "in files" in found.stderr
    as_json = json.loads(run_tessaban("search", "สภาเทศบาล", "--db", db, "--json", "--in", "files").stdout)
    assert {hit["type"] for hit in as_json} == {"file"}
    assert {hit["url"].rsplit("/", 1)[1] for hit in as_json} == {"broken.pdf", "budget.docx"}
    assert all("[" in hit["snippet"] for hit in as_json)
    only_articles = run_tessaban("search", "หนองแขม", "--db", db, "--in", "articles")
    assert "/files/scan.pdf" not in only_articles.stdout


def test_exports_carry_each_articles_files(crawled, tmp_path):
    site, db, _, _ = crawled
    assert run_tessaban("export", tmp_path / "a.jsonl", "--db", db).returncode == 0
    records = {r["url"]: r for r in map(json.loads, (tmp_path / "a.jsonl").read_text("utf-8").splitlines())}
    post = records[site.main_url + "/news/1.html"]
    files = {f["url"]: f for f in post["files"]}
    announce = files[site.main_url + "/files/announce.pdf"]
    assert announce["kind"] == "pdf" and "ประกวดราคา" in announce["text"] and len(announce["sha256"]) == 64
    assert "over the file size limit" in files[site.main_url + "/files/big.pdf"]["error"]
    assert files[site.other_url + "/private/secret.pdf"]["sha256"] is None
    assert run_tessaban("export", tmp_path / "b.jsonl", "--db", db, "--no-file-text").returncode == 0
    lean = [json.loads(line) for line in (tmp_path / "b.jsonl").read_text("utf-8").splitlines()]
    assert all(f["text"] is None for r in lean for f in r["files"]) and any(r["files"] for r in lean)
    assert run_tessaban("export", tmp_path / "a.parquet", "--db", db).returncode == 0
    table = {r["url"]: r for r in pq.read_table(tmp_path / "a.parquet").to_pylist()}
    assert {f["kind"] for f in table[site.main_url + "/news/2.html"]["files"]} == {"pdf", None}  # None: refused


def test_the_warc_holds_each_file_response_once(crawled, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    site, db, _, _ = crawled
    assert run_tessaban("export", tmp_path / "a.warc.gz", "--db", db).returncode == 0
    responses: dict[str, list[bytes]] = {}
    with gzip.open(tmp_path / "a.warc.gz", "rb") as raw, open(tmp_path / "plain.warc", "wb") as plain:
        plain.write(raw.read())
    with open(tmp_path / "plain.warc", "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                uri = record.rec_headers.get_header("WARC-Target-URI")
                responses.setdefault(uri, []).append(record.content_stream().read())
    announce = responses[site.main_url + "/files/announce.pdf"]
    assert len(announce) == 1 and announce[0].startswith(b"%PDF")  # linked by two articles: written once
    assert responses[site.other_url + "/docs/plan.xlsx"][0].startswith(b"PK")
    assert len(responses[site.main_url + "/files/o1.pdf"]) == 1  # linked only by the ITA page: written at the end


REPLAY = textwrap.dedent("""
    import json, os, sys
    from pywb.manager.manager import main as wb_manager
    os.chdir(sys.argv[1])
    wb_manager(["init", "c"])
    wb_manager(["add", "c", sys.argv[2]])
    from pywb.apps.frontendapp import FrontEndApp
    from werkzeug.test import Client
    client = Client(FrontEndApp())
    out = {}
    for url in sys.argv[3:]:
        r = client.get(f"/c/29991231000000id_/{url}")
        out[url] = {"status": r.status_code, "body": r.get_data().hex(), "type": r.headers.get("Content-Type")}
    print(json.dumps(out))
""")


def test_pywb_replays_an_article_page_and_the_pdf_it_links(crawled, tmp_path):
    """The WARC export replays in pywb: the article as archived, and the PDF its link leads to."""
    site, db, _, _ = crawled
    assert run_tessaban("export", tmp_path / "a.warc.gz", "--db", db).returncode == 0
    page, pdf = site.main_url + "/news/1.html", site.main_url + "/files/announce.pdf"
    run = subprocess.run(
        [pywb_python(), "-c", REPLAY, str(tmp_path), str(tmp_path / "a.warc.gz"), page, pdf],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    replayed = json.loads(run.stdout.strip().splitlines()[-1])
    archived = {
        url: body
        for url, body in rows(
            db,
            "SELECT r.url, b.body FROM responses r JOIN bodies b ON b.sha256 = r.body_sha256 WHERE r.url IN (?, ?)",
            (page, pdf),
        )
    }
    for url in (page, pdf):
        assert replayed[url]["status"] == 200, (url, replayed[url]["status"])
        assert bytes.fromhex(replayed[url]["body"]) == zlib.decompress(archived[url])
    assert replayed[pdf]["type"].startswith("application/pdf")
    assert "announce.pdf" in bytes.fromhex(replayed[page]["body"]).decode("utf-8", "replace")


def test_files_off_fetches_none_and_types_restrict_them(tmp_path):
    with FileSite() as site:
        off = run_tessaban(
            "crawl", site.main_url + "/", "--db", tmp_path / "off.db", *FAST, *SMALL_SITE, "-s", "TESSABAN_FILES=False"
        )
        assert off.returncode == 0, off.stderr[-2000:]
        # (download.php?id=7 is then an ordinary link, fetched as before files were archived)
        assert not [p for p in site.main.requested_paths() if p.startswith("/files/")]
        assert site.other.requested_paths() == []
        assert rows(tmp_path / "off.db", "SELECT count(*) FROM files") == [(0,)]
        site.main.requests.clear()
        docx_only = ["-s", "TESSABAN_FILE_TYPES=docx"]
        only = run_tessaban("crawl", site.main_url + "/", "--db", tmp_path / "docx.db", *FAST, *SMALL_SITE, *docx_only)
        assert only.returncode == 0, only.stderr[-2000:]
        assert [p for p in site.main.requested_paths() if p.startswith("/files/")] == ["/files/budget.docx"]
        assert rows(tmp_path / "docx.db", "SELECT kind FROM files") == [("docx",)]


def test_a_recrawl_fetches_no_file_again_when_no_page_changed(crawled):
    """Runs last in this module: it crawls the same site into the same archive once more."""
    site, db, _, _ = crawled
    before = rows(db, "SELECT sha256, first_seen FROM files ORDER BY sha256")
    links = rows(db, "SELECT count(*) FROM file_links")
    site.main.requests.clear()
    again = run_tessaban("crawl", site.main_url + "/", "--db", db, *FAST, *SMALL_SITE, *LIMIT)
    assert again.returncode == 0, again.stderr[-2000:]
    assert not [p for p in site.main.requested_paths() if p.startswith(("/files/", "/images/", "/download"))]
    assert rows(db, "SELECT sha256, first_seen FROM files ORDER BY sha256") == before
    assert rows(db, "SELECT count(*) FROM file_links") == links


@pytest.mark.parametrize(
    ("setting", "fragment"),
    [
        ("TESSABAN_FILE_TYPES=pdf,exe", "unknown type exe"),
        ("TESSABAN_FILE_MAXSIZE=0", "TESSABAN_FILE_MAXSIZE must be greater than 0"),
        ("TESSABAN_MAX_FILES=-1", "TESSABAN_MAX_FILES"),
    ],
)
def test_a_bad_file_setting_is_one_error_line(tmp_path, setting, fragment):
    result = run_tessaban("crawl", "http://127.0.0.31:9/", "--db", tmp_path / "a.db", "-s", setting)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("tessaban: error:")]
    assert fragment in line
    assert not (tmp_path / "a.db").exists()

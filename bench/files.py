"""Files: text F1 per kind and reader on generated Thai documents, and page throughput with files on and off.

    python -m bench.files              # both parts
    python -m bench.files --f1         # readers only (seconds)
    python -m bench.files --posts 600  # throughput only, on a site of 600 posts each linking a PDF
    python -m bench.files --posts 600 --files-every 5  # one post in five links its own PDF

Readers: the PDF libraries compared (pypdfium2, pdfminer.six, pypdf: their text layer as they give it,
then ``+clean``: the same after tessaban's clean-up and Thai normalisation), tessaban's ``read_file``
(pypdf, OCR of pages without a usable text layer), and for DOCX/XLSX its zip+XML
readers against python-docx and openpyxl. Documents come from tests/sites/files_docs.py (fonts-thai-tlwg);
F1 is over pythainlp words (tests.sites.files_docs.text_f1).

Throughput: one run serves a local site (posts in listings, each linking a shared PDF and, one post in
``--files-every``, its own) and crawls it with `tessaban crawl`, files off then on (``--rounds`` times);
prints HTML pages per second from the first page request to the last as the server saw them (files
fetched in between count against it), the crawl's wall time, and the files read. The site is served by
bench/fixture_server.py (pre-rendered answers, a child process; its own rate is printed first), so the
server's work for the files is not taken from the crawl. On a shared machine the figures move a lot:
compare the medians of several rounds.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.fixture_server import FastSites, bind, load
from tests.sites import files_docs as docs
from tests.sites.harness import FAST, run_tessaban
from tests.sites.model import FixtureSite, Response

HOST = "127.0.0.36"


def _pdfium(body: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(body)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def _pdfminer(body: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(body))


def _pypdf(body: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(body)).pages)


def _cleaned(text: str) -> str:
    from pipelines.extract.textclean import normalise_lines
    from pipelines.files.pdf import clean_layer

    return normalise_lines(clean_layer(text))


def _tessaban(body: bytes) -> str:
    from pipelines.files.text import read_file

    return read_file(body, "bench").text or ""


def _python_docx(body: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(body))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _openpyxl(body: bytes) -> str:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(body), read_only=True)
    return "\n".join(
        " ".join(str(v) for v in row if v is not None)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
    )


def documents() -> list[tuple[str, bytes, str]]:
    """(kind, bytes, ground truth) of every generated document."""
    truth = "\n".join(docs.ANNOUNCEMENT + docs.BUDGET)
    out = [(f"text PDF ({font})", docs.text_pdf(docs.ANNOUNCEMENT + docs.BUDGET, font), truth) for font in docs.FONTS]
    out += [
        (f"shaped PDF ({font})", docs.text_pdf(docs.ANNOUNCEMENT + docs.BUDGET, font, shaped=True), truth)
        for font in docs.FONTS
    ]
    out += [
        (f"legacy PUA PDF ({font})", docs.pua_pdf(docs.ANNOUNCEMENT + docs.BUDGET, font), truth) for font in docs.FONTS
    ]
    out.append(("PDF, broken ToUnicode", docs.broken_tounicode_pdf(docs.ANNOUNCEMENT), "\n".join(docs.ANNOUNCEMENT)))
    out.append(("scanned PDF", docs.scanned_pdf(docs.SCANNED), "\n".join(docs.SCANNED)))
    out.append(("DOCX", docs.docx(docs.BUDGET), "\n".join(docs.BUDGET)))
    out.append(("XLSX", docs.xlsx(docs.BUDGET_ROWS), docs.xlsx_truth(docs.BUDGET_ROWS)))
    out.append(("image (PNG)", docs.png(docs.SCANNED), "\n".join(docs.SCANNED)))
    return out


READERS: dict[str, dict[str, Callable[[bytes], str]]] = {
    "PDF": {
        "pypdfium2": _pdfium,
        "pdfminer.six": _pdfminer,
        "pypdf": _pypdf,
        "pypdfium2+clean": lambda body: _cleaned(_pdfium(body)),
        "pdfminer+clean": lambda body: _cleaned(_pdfminer(body)),
        "pypdf+clean": lambda body: _cleaned(_pypdf(body)),
        "tessaban": _tessaban,
    },
    "DOCX": {"python-docx": _python_docx, "tessaban": _tessaban},
    "XLSX": {"openpyxl": _openpyxl, "tessaban": _tessaban},
    "image (PNG)": {"tessaban": _tessaban},
}


def f1_table() -> None:
    print(f"{'document':28} {'reader':16} {'F1':>6} {'ms':>8}")
    for kind, body, truth in documents():
        family = "PDF" if "PDF" in kind else kind
        for name, reader in READERS[family].items():
            started = time.perf_counter()
            try:
                text = reader(body)
            except Exception as exc:  # noqa: BLE001 - a reader that fails scores 0
                text = f"{type(exc).__name__}"
            elapsed = (time.perf_counter() - started) * 1000
            print(f"{kind:28} {name:16} {docs.text_f1(text, truth):6.3f} {elapsed:8.1f}")


def _site(posts: int, every: int = 1) -> tuple[dict[str, tuple[str, bytes]], int]:
    """Routes of a news site of ``posts`` posts, each linking a shared PDF, and one in ``every`` its own."""
    routes: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain", b"User-agent: *\n")}
    shared = docs.text_pdf(docs.BUDGET)
    routes["/files/shared.pdf"] = ("application/pdf", shared)
    pdf = docs.text_pdf(docs.ANNOUNCEMENT)
    per_page = 50
    for page in range(posts // per_page + 1):
        items = "".join(
            f'<li><a href="/news/{i}.html">ข่าว {i}</a></li>'
            for i in range(page * per_page, min(posts, (page + 1) * per_page))
        )
        nxt = f'<a href="/list/{page + 1}.html">หน้าถัดไป</a>' if (page + 1) * per_page < posts else ""
        body = f'<html><head><meta charset="utf-8"><title>ข่าว</title></head><body><ul>{items}</ul>{nxt}</body></html>'
        routes[f"/list/{page}.html"] = ("text/html; charset=utf-8", body.encode())
    routes["/"] = routes["/list/0.html"]
    text = "".join(f"<p>{line} ข่าวที่ {{i}}</p>" for line in docs.ANNOUNCEMENT)
    for i in range(posts):
        # each post's own PDF differs by one byte-level comment: a distinct file per post
        routes[f"/files/{i}.pdf"] = ("application/pdf", pdf + f"%{i}\n".encode())
        own = f'<a href="/files/{i}.pdf">ประกาศ (PDF)</a> ' if i % every == 0 else ""
        body = (
            f'<html><head><meta charset="utf-8"><title>ข่าว {i}</title><meta property="og:type" content="article">'
            f'</head><body class="single"><article><h1>ข่าว {i}</h1>{text.format(i=i)}'
            f'{own}<a href="/files/shared.pdf">แผน (PDF)</a>'
            "</article></body></html>"
        )
        routes[f"/news/{i}.html"] = ("text/html; charset=utf-8", body.encode())
    return routes, posts


def _is_page(target: str) -> bool:
    return target.endswith(".html") or target == "/"


def _served(routes: dict[str, tuple[str, bytes]]) -> FastSites:
    """The routes as a fixture site on HOST, served by bench.fixture_server from a child process: an
    asyncio server answering pre-rendered bytes does not take the crawl's CPU as http.server in this
    process did (which served the files-on crawl twice as many answers, at the crawl's expense)."""
    sock, base_url = bind(HOST)
    site = FixtureSite(family="files_bench", base_url=base_url)
    for path, (content_type, body) in routes.items():
        site.add(path, Response(200, (("Content-Type", content_type),), body))
    return FastSites([sock], [site], is_page=_is_page)


def throughput(posts: int, every: int = 1, rounds: int = 1) -> None:
    routes, _ = _site(posts, every)
    with _served(routes) as served, tempfile.TemporaryDirectory() as folder:
        start = served.sites[0].base_url + "/"
        server_rate = load(served.sites[0].base_url, list(routes)[:200], seconds=2.0)
        print(f"fixture server alone: {server_rate:,.0f} requests/s (a keep-alive client in its own process)")
        for label, files in [("files off", "False"), ("files on", "True")] * rounds:
            served.clear()
            db = Path(folder) / f"{label.replace(' ', '_')}-{time.monotonic_ns()}.db"
            started = time.perf_counter()
            switches = ["-s", f"TESSABAN_FILES={files}", "-s", "TESSABAN_LEARN_SITES=False"]
            done = run_tessaban("crawl", start, "--db", db, *FAST, *switches, timeout=1800)
            wall = time.perf_counter() - started
            if done.returncode != 0:
                print(f"{label}: crawl failed: {done.stderr[-500:]}")
                continue
            pages, rate = served.page_rate(0)
            with sqlite3.connect(db) as conn:
                (files_read,) = conn.execute("SELECT count(*) FROM files WHERE text IS NOT NULL").fetchone()
            print(f"{label:10} {pages:6} pages  {rate:7.1f} pages/s from first to last page  {wall:6.1f} s wall  "
                  f"{files_read} files read  ({served.requests(0) / wall:,.0f} requests/s)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--f1", action="store_true", help="only the readers' text F1")
    parser.add_argument("--posts", type=int, default=0, help="only the throughput, on a site of this many posts")
    parser.add_argument("--files-every", type=int, default=1, metavar="N", help="one post in N links its own PDF")
    parser.add_argument("--rounds", type=int, default=1, help="crawls with files off, then on, this many times")
    args = parser.parse_args()
    if args.f1 or not args.posts:
        f1_table()
    if args.posts or not args.f1:
        print()
        throughput(args.posts or 600, max(1, args.files_every), max(1, args.rounds))


if __name__ == "__main__":
    main()

"""A municipal site that publishes files, and a provincial host that keeps some of them, on loopback.

The municipality (``MAIN_HOST``) has two news posts and an ITA/OIT page linking PDFs (a text one, the
same one under a second URL, a scanned one, one with a broken ToUnicode map, one over the test's size
limit), a DOCX, an XLSX kept on the provincial host (``OTHER_HOST``, whose robots.txt forbids
``/private/``) and a photo. Every document is generated (tests/sites/files_docs.py) with its ground
truth. Standard-library HTTP server; ``requested_paths()`` tells what each host was asked for.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.sites import files_docs as docs

MAIN_HOST = "127.0.0.31"
OTHER_HOST = "127.0.0.32"
VENDOR_HOST = "127.0.0.38"  # reached only through redirects of the municipality's file links
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HTML = "text/html; charset=utf-8"
#: Bytes of the PDF the tests' size limit (TESSABAN_FILE_MAXSIZE=0.2, i.e. 200 KB) must cancel.
BIG_PDF_BYTES = 600 * 1024


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        host = self.server.host
        with host.lock:
            host.requests.append(self.path)
        found = host.routes.get(self.path)
        if found is None:
            self.send_response(404)
            self.send_header("Content-Type", HTML)
            self.send_header("Content-Length", "9")
            self.end_headers()
            self.wfile.write(b"not found")
            return
        content_type, body = found
        if content_type == "redirect":
            self.send_response(302)
            self.send_header("Location", body.decode())
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        if content_type.startswith("stream:"):  # no Content-Length: the size shows only as it arrives
            self.send_header("Content-Type", content_type.removeprefix("stream:"))
            self.end_headers()
            for start in range(0, len(body), 16384):
                self.wfile.write(body[start : start + 16384])
            return
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    host: Host


@dataclass
class Host:
    """One loopback web server: its routes (path -> (Content-Type, body)) and the requests it answered."""

    address: str
    routes: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._httpd = _Server((self.address, 0), _Handler)
        self._httpd.host = self
        self.base_url = f"http://{self.address}:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._thread.join()
        self._httpd.server_close()

    def requested_paths(self) -> list[str]:
        with self.lock:
            return list(self.requests)


def _page(title: str, body: str, kind: str = "article") -> bytes:
    meta = '<meta property="og:type" content="article">' if kind == "article" else ""
    return (
        f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title}</title>{meta}</head>'
        f'<body class="{"single" if kind == "article" else "page"}"><h1>{title}</h1>{body}</body></html>'
    ).encode()


@dataclass
class FileSite:
    """Both hosts, built and served: ``main.base_url``, ``other.base_url``, and the ground truth."""

    main: Host = field(default_factory=lambda: Host(MAIN_HOST))
    other: Host = field(default_factory=lambda: Host(OTHER_HOST))
    vendor: Host = field(default_factory=lambda: Host(VENDOR_HOST))
    #: path on main -> the lines a reader of the file must find (kind by suffix)
    truth: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        m, o, v = self.main.base_url, self.other.base_url, self.vendor.base_url
        announce = docs.text_pdf(docs.ANNOUNCEMENT)
        files = {
            "/files/announce.pdf": (PDF, announce),
            "/files/announce-copy.pdf": (PDF, announce),  # the same bytes under another URL
            "/files/scan.pdf": (PDF, docs.scanned_pdf(docs.SCANNED)),
            "/files/broken.pdf": (PDF, docs.broken_tounicode_pdf(docs.BUDGET)),
            "/files/budget.docx": (DOCX, docs.docx(docs.BUDGET)),
            "/files/o1.pdf": (PDF, docs.text_pdf(("โครงสร้างองค์กร เทศบาลตำบลเกาะสีชัง",))),
            "/files/big.pdf": (PDF, b"%PDF-1.4\n" + b"0" * BIG_PDF_BYTES),
            "/files/big-stream.pdf": ("stream:" + PDF, b"%PDF-1.4\n" + b"0" * BIG_PDF_BYTES),
            "/images/notice.png": ("image/png", docs.png(docs.SCANNED)),
            "/download.php?id=7": (PDF, docs.text_pdf(("คู่มือประชาชน การขออนุญาตก่อสร้างอาคาร",))),
            # redirected to the vendor's host, where robots.txt forbids /hidden/
            "/files/moved.pdf": ("redirect", f"{v}/hidden/moved.pdf".encode()),
            "/files/moved-open.pdf": ("redirect", f"{v}/open/moved.pdf".encode()),
        }
        self.truth = {
            "/files/announce.pdf": "\n".join(docs.ANNOUNCEMENT),
            "/files/scan.pdf": "\n".join(docs.SCANNED),
            "/files/broken.pdf": "\n".join(docs.BUDGET),
            "/files/budget.docx": "\n".join(docs.BUDGET),
            "/docs/plan.xlsx": docs.xlsx_truth(docs.BUDGET_ROWS),
        }
        post1 = _page(
            "ประกาศประกวดราคาก่อสร้างถนน",
            "<article><p>เทศบาลตำบลเกาะสีชังประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก "
            "ผู้สนใจดาวน์โหลดเอกสารได้ที่ลิงก์ด้านล่าง</p>"
            '<p><img src="/images/notice.png" alt="ประกาศ"></p>'
            '<p><a href="/files/announce.pdf">ประกาศประกวดราคา (PDF)</a></p>'
            '<p><a href="/files/budget.docx">รายงานการประชุม (DOCX)</a></p>'
            f'<p><a href="{o}/docs/plan.xlsx">แผนงบประมาณ (XLSX)</a></p>'
            f'<p><a href="{o}/private/secret.pdf">เอกสารภายใน</a></p>'
            f'<p><a href="{o}/docs/index.html">เว็บไซต์จังหวัด</a></p>'
            '<p><a href="/files/big.pdf">แบบแปลน (PDF ขนาดใหญ่)</a> <a href="/files/big-stream.pdf">แบบ</a></p>'
            '<p><a href="/download.php?id=7">คู่มือประชาชน</a></p>'
            '<p><a href="/news/2.html">ข่าวถัดไป</a></p></article>',
        )
        post2 = _page(
            "ประกาศรับสมัครพนักงานจ้าง",
            "<article><p>เทศบาลรับสมัครพนักงานจ้างตามภารกิจ รายละเอียดตามประกาศที่แนบ</p>"
            '<p><a href="/files/scan.pdf">ประกาศรับสมัคร (สแกน)</a></p>'
            '<p><a href="/files/broken.pdf">รายงานการประชุมสภา</a></p>'
            '<p><a href="/files/announce.pdf">ประกาศประกวดราคา</a></p>'
            '<p><a href="/files/announce-copy.pdf">สำเนาประกาศ</a></p>'
            '<p><a href="/files/moved.pdf">เอกสารย้ายที่</a> <a href="/files/moved-open.pdf">คู่มือ</a></p>'
            '<p><a href="/news/1.html">ข่าวก่อนหน้า</a></p></article>',
        )
        ita = _page(
            "ITA 2567 การเปิดเผยข้อมูลสาธารณะ",
            "<h2>OIT ประจำปีงบประมาณ พ.ศ. 2567</h2><table>"
            '<tr><td>O1</td><td>โครงสร้าง</td><td><a href="/files/o1.pdf">คลิก</a></td></tr>'
            '<tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="/news/1.html">ดาวน์โหลด</a></td></tr>'
            f'<tr><td>O10</td><td>แผนดำเนินงานประจำปี</td><td><a href="{o}/docs/plan.xlsx">คลิก</a></td></tr>'
            "</table>",
            kind="page",
        )
        home = _page(
            "เทศบาลตำบลเกาะสีชัง",
            '<ul><li><a href="/news/1.html">ประกาศประกวดราคา</a></li><li><a href="/news/2.html">รับสมัครงาน</a></li>'
            '<li><a href="/ita.php">ITA</a></li></ul>',
            kind="page",
        )
        self.main.routes.update(
            {
                "/": (HTML, home),
                "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
                "/news/1.html": (HTML, post1),
                "/news/2.html": (HTML, post2),
                "/ita.php": (HTML, ita),
                **files,
            }
        )
        self.other.routes.update(
            {
                "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
                "/docs/plan.xlsx": (XLSX, docs.xlsx(docs.BUDGET_ROWS)),
                "/private/secret.pdf": (PDF, docs.text_pdf(("ลับ",))),
                "/docs/index.html": (HTML, _page("จังหวัด", "<p>หน้าแรกจังหวัด</p>", kind="page")),
            }
        )
        self.vendor.routes.update(
            {
                "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /hidden/\n"),
                "/hidden/moved.pdf": (PDF, docs.text_pdf(("ลับ",))),
                "/open/moved.pdf": (PDF, docs.text_pdf(("คู่มือการชำระภาษีป้าย",))),
            }
        )
        self.main_url, self.other_url, self.vendor_url = m, o, v

    def __enter__(self) -> FileSite:
        for host in (self.main, self.other, self.vendor):
            host.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for host in (self.main, self.other, self.vendor):
            host.stop()

"""Pages that are costly to parse, not to fetch: the fault site's news plus a huge procurement table, a
page whose extraction outlasts any sane bound, and a page nested 1,000 deep. Standard library only.

    with HeavyServer(host="127.0.0.43") as server:   # port 0: a free port
        crawl(server.url("/"))

| URL | what it is |
| --- | --- |
| `/`, `/news.php?id=1` … `14` | home (links every page below) and the fault site's good articles |
| `/news.php?id=60` | a procurement table as transparency pages publish it: `TABLE_ROWS` rows x 12 cells (2 MB) |
| `/news.php?id=61` | a news post followed by `SPANS` `<span>`s: its extraction takes far longer than `BOUND_SECONDS` |
| `/news.php?id=62` | a news post nested `DEEP` elements deep; text and a link below depth 255 |
| `/news.php?id=63` | an article linked only from the `<span>` page (its links must be followed anyway) |
| `/news.php?id=64` | an article linked only from below depth 255 of the deep page |
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.faults import site
from tests.sites.corpus import STORIES

TABLE_ID, SPANS_ID, DEEP_ID, BEHIND_SPANS_ID, BEHIND_DEEP_ID = 60, 61, 62, 63, 64
TABLE_ROWS = 8000
SPANS = 150_000  # about 2.4 MB; extraction takes well over a minute and grows past 400 MB
DEEP = 1000
#: Text and link far below libxml2's default depth limit (255) on the deep page.
DEEP_TEXT = "ข้อความส่วนนี้อยู่ลึกกว่าสองร้อยห้าสิบห้าชั้น และต้องถูกเก็บไว้ในคลังข่าวของเทศบาลครบทุกตัวอักษร"
#: The last row's project name: the table's text must reach it.
LAST_ROW = f"ซ่อมถนนสาย {TABLE_ROWS}"

_EXTRA = [s for s in STORIES["wp_classic"] if not s.is_photo_post][:2]
#: Articles reachable only through a heavy page: (id, title, first paragraph).
BEHIND = {BEHIND_SPANS_ID: _EXTRA[0], BEHIND_DEEP_ID: _EXTRA[1]}


def _post(title: str, body: str) -> bytes:
    """A news page of the fault site's template: heading, Thai date line, body."""
    content = (
        f'<div class="news-detail">\n<h1 class="news-title">{site.esc(title)}</h1>\n'
        f'<div class="news-info">วันที่ {site.thai_date("2024-03-01")}</div>\n'
        f'<div class="news-body">\n{body}\n</div>\n</div>\n'
    )
    page = site._frame(title, content, sidebar=False)
    # Marked as a post, so the crawl classifies it as an article and extracts it.
    return page.replace("</head>", '<meta property="og:type" content="article">\n</head>', 1).encode()


def table_page(rows: int = TABLE_ROWS) -> bytes:
    """สรุปผลการจัดซื้อจัดจ้าง: ``rows`` rows of 12 short cells, a date in each (~256 bytes a row)."""
    head = "".join(
        f"<th>{h}</th>"
        for h in (
            "ลำดับ",
            "งานที่จัดซื้อ",
            "วงเงิน",
            "ราคากลาง",
            "วิธี",
            "ผู้เสนอ",
            "ราคาเสนอ",
            "ผู้ได้รับคัดเลือก",
            "ราคาตกลง",
            "เหตุผล",
            "เลขที่",
            "วันที่",
        )
    )
    lines = [f"<tr>{head}</tr>"]
    for n in range(1, rows + 1):
        cells = (
            n,
            f"ซ่อมถนนสาย {n}",
            "5000",
            "5000",
            "ตกลง",
            f"ร้าน{n % 40}",
            "4900",
            f"ร้าน{n % 40}",
            "4900",
            "ต่ำสุด",
            f"{n}/67",
            "<time>1/3/67</time>",
        )
        lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    table = '<p>ประจำปีงบประมาณ พ.ศ. 2567</p>\n<table border="1">\n' + "\n".join(lines) + "\n</table>"
    return _post("สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567", table)


def spans_page(spans: int = SPANS) -> bytes:
    """A short post, a link to another post, then a visitor log of ``spans`` one-word spans."""
    story = site.ARTICLES[1]
    other = BEHIND[BEHIND_SPANS_ID]
    log = "".join(f"<span>ผู้ชม{n % 10}</span>" for n in range(spans))
    body = (
        f"<p>{site.esc(story.paragraphs[0])}</p>\n"
        f'<p><a href="/news.php?id={BEHIND_SPANS_ID}">{site.esc(other.title)}</a></p>\n<p>{log}</p>'
    )
    return _post("สถิติผู้เข้าชมเว็บไซต์ประจำเดือน", body)


def deep_page(depth: int = DEEP) -> bytes:
    """A post whose body is nested ``depth`` elements deep, with its text and a link at the bottom."""
    other = BEHIND[BEHIND_DEEP_ID]
    inner = f'<p>{DEEP_TEXT}</p>\n<p><a href="/news.php?id={BEHIND_DEEP_ID}">{site.esc(other.title)}</a></p>'
    return _post("ข่าวจากแม่แบบที่ซ้อนกันลึกมาก", "<div>" * depth + inner + "</div>" * depth)


def behind_page(news_id: int) -> bytes:
    story = BEHIND[news_id]
    return _post(story.title, "\n".join(f"<p>{site.esc(p)}</p>" for p in story.paragraphs))


def home_page() -> bytes:
    ids = [*site.ARTICLES, TABLE_ID, SPANS_ID, DEEP_ID]
    items = "\n".join(f'<li><a href="/news.php?id={i}">ข่าวที่ {i}</a></li>' for i in ids)
    return site._frame("หน้าแรก", f'<ul class="news-list">\n{items}\n</ul>\n', sidebar=False).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = self.server.pages.get(self.path)
        status = 200 if body is not None else 404
        body = body if body is not None else site.error_page(404, "Not Found")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    pages: dict[str, bytes]


class HeavyServer:
    """Serve the heavy pages on loopback in a daemon thread (rendered once, before the first request)."""

    def __init__(
        self,
        host: str = "127.0.0.43",
        port: int = 0,
        *,
        table_rows: int = TABLE_ROWS,
        spans: int = SPANS,
        depth: int = DEEP,
    ) -> None:
        self._httpd = _Server((host, port), _Handler)
        self._httpd.pages = {
            "/": home_page(),
            **{f"/news.php?id={i}": site.article_page(i) for i in site.ARTICLES},
            f"/news.php?id={TABLE_ID}": table_page(table_rows),
            f"/news.php?id={SPANS_ID}": spans_page(spans),
            f"/news.php?id={DEEP_ID}": deep_page(depth),
            **{f"/news.php?id={i}": behind_page(i) for i in BEHIND},
        }
        bound_host, bound_port = self._httpd.server_address[:2]
        self.base_url = f"http://{bound_host}:{bound_port}"
        self._thread: threading.Thread | None = None

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> HeavyServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="heavy-site", daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()

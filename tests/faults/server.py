"""A real HTTP server on loopback that serves the fault site and misbehaves on purpose.

    with FaultServer(host="127.0.0.41") as server:   # port 0: a free port
        crawl(server.base_url + "/")
        server.records("/news.php?id=3")   # every request: path, time, status, fault

Every request is recorded, including the ones answered with a reset, a stall or a cut-off body
(``status`` is what the server started to send; None for the reset, which sends no full status line).

CLI:  python -m tests.faults.server --host 127.0.0.41 --port 8041
"""

from __future__ import annotations

import argparse
import io
import re
import socket
import struct
import sys
import threading
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from . import site

HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class FaultRecord:
    """One request the fault server answered (or mistreated)."""

    method: str
    path: str  # path with query, exactly as the client sent it
    time: float  # time.time() when the request arrived
    status: int | None  # the status sent; None when no status line was completed
    fault: str | None  # what was done to it: "503", "reset", "slow", "truncated", "big", "bomb", ...


def route_key(target: str) -> str:
    """``/news.php?id=7&PHPSESSID=x`` -> ``/news.php?id=7``: what a request asks for, session ids aside."""
    parts = urlsplit(target)
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() != "phpsessid")
    return parts.path + ("?" + "&".join(f"{k}={v}" for k, v in query) if query else "")


@cache
def gzip_bomb() -> bytes:
    """About 1 MB of gzip that inflates to 1 GiB of spaces after an HTML start tag.

    One 1 MiB block of spaces is deflated once (ended by a full flush, so the next block starts from a
    fresh state) and repeated 1024 times; then the final empty block, CRC-32 and length.
    """
    chunk = b" " * (1 << 20)
    head = b"<html><body>"
    blocks = site.BOMB_INFLATED // len(chunk)
    first = zlib.compressobj(9, zlib.DEFLATED, -15)
    first_block = first.compress(head + chunk) + first.flush(zlib.Z_FULL_FLUSH)
    more = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = more.compress(chunk) + more.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(head + chunk)
    for _ in range(blocks - 1):
        crc = zlib.crc32(chunk, crc)
    size = len(head) + blocks * len(chunk)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + first_block + block * (blocks - 1) + b"\x03\x00" + struct.pack("<II", crc, size & 0xFFFFFFFF)


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30
    server: _Server

    def version_string(self) -> str:
        return "Apache/2.4.41 (Ubuntu)"

    def log_message(self, format: str, *args: object) -> None:
        if self.server.fault.verbose:
            super().log_message(format, *args)

    # -- plumbing ---------------------------------------------------------------------------------
    def _record(self, status: int | None, fault: str | None = None) -> None:
        self.server.fault._record(FaultRecord(self.command, self.path, self._arrived, status, fault))

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str | None = HTML,
        fault: str | None = None,
        headers: tuple[tuple[str, str], ...] = (),
        record: bool = True,
    ) -> None:
        if record:
            self._record(status, fault)
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _redirect(self, location: str, fault: str | None = None) -> None:
        self._send(302, b"", headers=(("Location", location),), fault=fault)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        self._arrived = time.time()
        try:
            self._answer()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError):
            self.close_connection = True  # the client gave up (timeout, size limit): fine

    # -- the site ---------------------------------------------------------------------------------
    def _answer(self) -> None:
        key = route_key(self.path)
        attempt = self.server.fault._attempt(key)
        parts = urlsplit(key)
        query = dict(parse_qsl(parts.query))
        if key == "/robots.txt":
            return self._send(200, site.robots_txt(), "text/plain")
        if key in ("/", "/index.php"):
            return self._send(200, site.home_page())
        if parts.path == "/news.php" and set(query) == {"page"} and query["page"] in ("1", "2"):
            return self._send(200, site.listing_page(int(query["page"])))
        if parts.path == "/news.php" and set(query) == {"id"} and query["id"].isdigit():
            return self._news(int(query["id"]), attempt)
        if parts.path == site.CALENDAR and _MONTH.match(query.get("month", "")):
            year, month = (int(x) for x in query["month"].split("-"))
            if 1 <= year <= 9000 and 1 <= month <= 12:
                return self._send(200, site.calendar_page(year, month), fault="calendar")
        if key == site.LOOP_A:
            return self._redirect(site.LOOP_B, fault="loop")
        if key == site.LOOP_B:
            return self._redirect(site.LOOP_A, fault="loop")
        if key == site.BIG_PATH:
            return self._big()
        if key == site.BOMB_PATH:
            return self._send(200, gzip_bomb(), HTML, fault="bomb", headers=(("Content-Encoding", "gzip"),))
        if key == site.FILE_PATH:
            return self._send(200, site.pdf_news(), "application/pdf")
        self._send(404, site.error_page(404, "Not Found"))

    def _news(self, news_id: int, attempt: int) -> None:
        if news_id in site.TRANSIENT_503 and attempt <= site.TRANSIENT_503[news_id]:
            body = site.error_page(503, "Service Unavailable")
            return self._send(503, body, fault="503", headers=(("Retry-After", "1"),))
        if news_id == site.RESET_ONCE and attempt == 1:
            return self._reset()
        if news_id in site.ARTICLES:
            charset = {9: "text/html; charset=utf-8", 10: "text/html; charset=ISO-8859-1", 11: "text/html"}
            fault = "charset" if news_id in site.CHARSET_LIES else None
            if news_id == site.INVALID_HTML:
                fault = "invalid-html"
            return self._send(200, site.article_page(news_id), charset.get(news_id, HTML), fault=fault)
        if news_id == site.ALWAYS_500:
            return self._send(500, site.error_page(500, "Internal Server Error"), fault="500")
        if news_id == site.SLOW:
            self._record(200, "slow")  # on arrival: the client may have given up before the answer
            time.sleep(site.SLOW_SECONDS)
            return self._send(200, site.late_news_page(site.SLOW), record=False)
        if news_id == site.TRUNCATED:
            return self._truncated()
        if news_id == site.EMPTY:
            return self._send(200, b"", HTML, fault="empty")
        if news_id == site.PDF_NEWS:
            return self._send(200, site.pdf_news(), "application/pdf", fault="pdf")
        self._send(404, site.error_page(404, "Not Found"))

    # -- the misbehaviours ------------------------------------------------------------------------
    def _reset(self) -> None:
        """Half a status line and headers, then an RST (SO_LINGER 0) instead of the rest."""
        self._record(None, "reset")
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/ht")
        self.close_connection = True
        sock = self.connection
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # The socket really closes only when its file objects are closed too.
        self.wfile.close()
        self.rfile.close()
        sock.close()
        self.wfile = self.rfile = io.BytesIO()  # what http.server flushes and closes after us

    def _truncated(self) -> None:
        """Content-Length says 20,000 bytes; about 3,000 are sent, then the connection closes."""
        article = site.ARTICLES[1]
        body = site.article_page(article.id)[:3000]
        self._record(200, "truncated")
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        self.send_header("Content-Length", "20000")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def _big(self) -> None:
        """50 MiB of text/html, with its Content-Length, streamed in 64 KiB writes (never in memory)."""
        self._record(200, "big")
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        self.send_header("Content-Length", str(site.BIG_BYTES))
        self.end_headers()
        chunk = site.BIG_LINE * (65536 // len(site.BIG_LINE))
        sent = 0
        try:
            self.wfile.write(site.BIG_HEAD)
            sent = len(site.BIG_HEAD)
            while sent < site.BIG_BYTES:
                piece = chunk[: site.BIG_BYTES - sent]
                self.wfile.write(piece)
                sent += len(piece)
        finally:  # how much the client took before it hung up (the kernel buffers a few MB)
            self.server.fault._streamed(self.path, sent)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fault: FaultServer


class FaultServer:
    """Serve the fault site on loopback in a daemon thread (port 0 picks a free port)."""

    def __init__(self, host: str = "127.0.0.41", port: int = 0, verbose: bool = False):
        self.verbose = verbose
        self._httpd = _Server((host, port), _Handler)
        self._httpd.fault = self
        bound_host, bound_port = self._httpd.server_address[:2]
        self.base_url = f"http://{bound_host}:{bound_port}"
        self.requests: list[FaultRecord] = []
        #: Body bytes written for each streamed (50 MB) request before it ended or the client hung up.
        self.streamed: dict[str, int] = {}
        self._attempts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        gzip_bomb()  # built once (about 0.3 s), before any request waits for it

    def url(self, path: str) -> str:
        return self.base_url + path

    def _record(self, record: FaultRecord) -> None:
        with self._lock:
            self.requests.append(record)

    def _streamed(self, path: str, sent: int) -> None:
        with self._lock:
            self.streamed[path] = sent

    def _attempt(self, key: str) -> int:
        """How many times ``key`` (session ids aside) has been asked for, this request included."""
        with self._lock:
            self._attempts[key] += 1
            return self._attempts[key]

    def records(self, key: str | None = None) -> list[FaultRecord]:
        """Every request so far in arrival order; with ``key``, those for that route (session ids aside)."""
        with self._lock:
            found = list(self.requests)
        return found if key is None else [r for r in found if route_key(r.path) == key]

    def requested_paths(self) -> list[str]:
        return [r.path for r in self.records()]

    def start(self) -> FaultServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fault-site", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the tessaban fault-injection site.")
    parser.add_argument("--host", default="127.0.0.41")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)
    server = FaultServer(args.host, args.port, verbose=args.verbose)
    print(server.base_url, flush=True)
    try:
        server._httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server._httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

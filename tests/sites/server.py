"""A real HTTP server on loopback that serves one fixture site.

    with FixtureServer("wp_modern") as server:
        crawl(server.base_url)
        assert "/robots.txt" in server.requested_paths()

CLI:  python -m tests.sites.server --family wp_modern --host 127.0.0.11 --port 8011
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .families import BUILDERS, FAMILIES, build_site
from .model import FixtureSite, RequestRecord, Response


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30
    server: _Server

    def version_string(self) -> str:
        return self.server.fixture.site.server_software

    def log_message(self, format: str, *args: object) -> None:
        if self.server.fixture.verbose:
            super().log_message(format, *args)

    def setup(self) -> None:
        super().setup()
        self.server.fixture._connected(+1)

    def finish(self) -> None:
        self.server.fixture._connected(-1)
        super().finish()

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _refuse(self) -> None:
        resp = Response(
            405,
            (("Content-Type", "text/html; charset=UTF-8"), ("Allow", "GET, HEAD")),
            b"<h1>405 Method Not Allowed</h1>",
        )
        self._send(resp, send_body=True)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse

    def _target(self) -> str:
        if self.path.startswith(("http://", "https://")):  # absolute-form (proxies)
            parts = urlsplit(self.path)
            return parts.path + (f"?{parts.query}" if parts.query else "")
        return self.path

    def _answer(self, send_body: bool) -> None:
        site = self.server.fixture.site
        resp = site.route(self._target()) or site.not_found
        since = self.headers.get("If-Modified-Since")
        modified = resp.header("Last-Modified")
        if resp.status == 200 and since and modified:
            try:
                if parsedate_to_datetime(modified) <= parsedate_to_datetime(since):
                    keep = tuple((k, v) for k, v in resp.headers if k in ("Last-Modified", "ETag"))
                    resp = Response(304, keep)
            except (TypeError, ValueError):
                pass
        self._send(resp, send_body)

    def _send(self, resp: Response, send_body: bool) -> None:
        self.server.fixture.gate.wait(timeout=120)
        if self.server.fixture.latency:
            time.sleep(self.server.fixture.latency)
        self.server.fixture._record(
            RequestRecord(
                method=self.command,
                path=self.path,
                headers=dict(self.headers.items()),
                time=time.time(),
                status=resp.status,
            )
        )
        self.send_response(resp.status)
        for key, value in resp.headers:
            self.send_header(key, value)
        if resp.status != 304:
            self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        if send_body and resp.status != 304:
            self.wfile.write(resp.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default listen backlog is 5: a crawler opening 8 connections at once on a loaded
    # machine has its SYNs dropped and retried seconds later.
    request_queue_size = 64
    fixture: FixtureServer

    def handle_error(self, request: object, client_address: object) -> None:
        # A crawler that is stopped or killed drops its connections: not an error of the fixture site.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FixtureServer:
    """Serve one fixture family on loopback in a daemon thread.

    The socket is bound in ``__init__`` (port 0 picks a free port), then the
    site is built with the real base URL so absolute links are right.
    """

    def __init__(self, family: str, host: str = "127.0.0.1", port: int = 0, verbose: bool = False):
        if family not in BUILDERS:
            raise ValueError(f"unknown fixture family {family!r}; known: {tuple(BUILDERS)}")
        self.family = family
        self.verbose = verbose
        self._httpd = _Server((host, port), _Handler)
        self._httpd.fixture = self
        bound_host, bound_port = self._httpd.server_address[:2]
        self.base_url = f"http://{bound_host}:{bound_port}"
        self.site: FixtureSite = build_site(family, self.base_url)
        self.requests: list[RequestRecord] = []
        #: Seconds each response waits before it is sent (0: none): lets a test see overlapping requests.
        self.latency = 0.0
        #: Responses wait while this is clear (``hold()``/``release()``): a test can let several
        #: crawler processes start before any of them gets a page.
        self.gate = threading.Event()
        self.gate.set()
        #: Client connections open now, and the most open at once (politeness: per-site concurrency).
        self.connections = 0
        self.max_connections = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self.requests.append(record)

    def _connected(self, change: int) -> None:
        with self._lock:
            self.connections += change
            self.max_connections = max(self.max_connections, self.connections)

    def requested_paths(self) -> list[str]:
        """Paths (with query) of every request so far, in arrival order."""
        with self._lock:
            return [r.path for r in self.requests]

    def clear_requests(self) -> None:
        with self._lock:
            self.requests.clear()

    def hold(self) -> None:
        """Keep every response waiting (up to 120 s) until ``release()``."""
        self.gate.clear()

    def release(self) -> None:
        self.gate.set()

    def start(self) -> FixtureServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"fixture-{self.family}",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a tessaban fixture site.")
    parser.add_argument("--family", choices=FAMILIES, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)
    # Ctrl-C (and SIGTERM) stop the server even when started with SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    server = FixtureServer(args.family, args.host, args.port, verbose=args.verbose)
    print(server.base_url, flush=True)
    print(f"{args.family}: {len(server.site.articles)} articles; Ctrl-C to stop", file=sys.stderr, flush=True)
    try:
        server._httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server._httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

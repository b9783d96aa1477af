"""The guard and the scope: no request to a non-public address, and none of any kind (robots.txt
included) to a host outside the crawl's sites, for `tessaban crawl` and `tessaban sites check` alike."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.middlewares import is_public_address
from tests.conftest import FAST, rows, run_tessaban

GUARD = "crawler.middlewares.private_address.PrivateAddressMiddleware"

PAGE = "<html><head><title>หน้าแรก</title></head><body><p>ข่าวประชาสัมพันธ์</p>{links}</body></html>"

# (path) -> (status, headers, body) for one small server.
Routes = dict[str, tuple[int, dict[str, str], bytes]]


class RecordingServer:
    """A real HTTP server on a loopback address that answers fixed routes and records every request path."""

    def __init__(self, host: str, routes: Callable[[str], Routes]) -> None:
        self.paths: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.paths.append(self.path)
                status, headers, body = server.routes.get(self.path, (404, {}, b"not found"))
                self.send_response(status)
                for name, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.base_url = f"http://{host}:{self.httpd.server_port}"
        self.routes = routes(self.base_url)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def outsider() -> Iterator[RecordingServer]:
    """Another host, outside every crawl of these tests: it must receive nothing."""
    server = RecordingServer(
        "127.0.0.62",
        lambda base: {
            "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
            "/page": (200, {}, PAGE.format(links="").encode()),
        },
    )
    yield server
    server.close()


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("203.0.113.7", False),  # documentation range
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("100.100.100.200", False),  # carrier-grade NAT: cloud metadata services live here
        ("100.64.0.1", False),
        ("224.0.0.1", False),  # multicast
        ("239.255.255.250", False),
        ("ff02::1", False),
        ("2002:7f00:1::", False),  # 6to4 of 127.0.0.1
        ("2002:0808:0808::", True),  # 6to4 of 8.8.8.8
        ("::ffff:127.0.0.1", False),  # IPv4-mapped
        ("::ffff:10.1.2.3", False),
        ("64:ff9b::7f00:1", False),  # NAT64 of 127.0.0.1
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 of 169.254.169.254
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", False),  # Teredo (client 127.0.0.1 inverted)
        ("127.0.0.1", False),
        ("0.0.0.0", False),
        ("255.255.255.255", False),
    ],
)
def test_only_global_unicast_addresses_are_public(address, public):
    assert is_public_address(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize("host", ["100.100.100.200", "[2002:7f00:1::]", "[64:ff9b::7f00:1]"])
def test_crawl_refuses_shared_and_wrapped_loopback_addresses(tmp_path, host):
    db = tmp_path / "a.db"
    url = f"http://{host}/latest/meta-data/"
    result = run_tessaban(
        "crawl",
        url,
        "--db",
        db,
        "-s",
        "DOWNLOAD_TIMEOUT=2",
        "-s",
        "RETRY_TIMES=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "DOWNLOAD_DELAY=0",
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "is not a public address" in result.stderr, result.stderr
    assert rows(db, "SELECT count(*) FROM pages") == [(0,)]  # refused, never fetched


def test_redirect_to_another_host_sends_it_no_request(tmp_path, outsider):
    site = RecordingServer(
        "127.0.0.61",
        lambda base: {
            "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
            "/": (200, {}, PAGE.format(links='<a href="/go">ไป</a> <a href="/news">ข่าว</a>').encode()),
            "/go": (302, {"Location": outsider.base_url + "/page"}, b""),
            "/news": (200, {}, PAGE.format(links="").encode()),
        },
    )
    try:
        result = run_tessaban("crawl", site.base_url + "/", "--db", tmp_path / "a.db", *FAST)
    finally:
        site.close()
    assert result.returncode == 0, result.stderr
    assert "/news" in site.paths
    assert outsider.paths == []  # not the page, and not its robots.txt either


def _registry(tmp_path, url: str):
    registry = tmp_path / "sites.toml"
    registry.write_text(f'[sites.here]\nstart_urls = ["{url}"]\n')
    return registry


def test_sites_check_stays_on_the_site(tmp_path, outsider):
    site = RecordingServer(
        "127.0.0.63",
        lambda base: {
            "/robots.txt": (301, {"Location": outsider.base_url + "/robots.txt"}, b""),
            "/": (302, {"Location": "ftp://127.0.0.1/pub/"}, b""),
        },
    )
    try:
        result = run_tessaban(
            "sites",
            "check",
            "here",
            "--sites-file",
            _registry(tmp_path, site.base_url + "/"),
            "-s",
            "TESSABAN_ALLOW_PRIVATE_ADDRESSES=true",
        )
    finally:
        site.close()
    assert result.returncode == 0, result.stderr
    assert outsider.paths == []
    assert "robots.txt: not followed:" in result.stdout and "outside the site" in result.stdout
    assert "start page: not followed: ftp://" in result.stdout


def test_sites_check_obeys_the_guard_robots_and_size(tmp_path):
    big = b"<html><body>" + b"x" * 300_000 + b"</body></html>"
    site = RecordingServer(
        "127.0.0.64",
        lambda base: {
            "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
            "/private/": (200, {}, PAGE.format(links="").encode()),
            "/big": (200, {}, big),
        },
    )
    try:
        guarded = run_tessaban("sites", "check", "here", "--sites-file", _registry(tmp_path, site.base_url + "/big"))
        forbidden = run_tessaban(
            "sites",
            "check",
            "here",
            "--sites-file",
            _registry(tmp_path, site.base_url + "/private/"),
            "-s",
            "TESSABAN_ALLOW_PRIVATE_ADDRESSES=true",
        )
        too_big = run_tessaban(
            "sites",
            "check",
            "here",
            "--sites-file",
            _registry(tmp_path, site.base_url + "/big"),
            "-s",
            "TESSABAN_ALLOW_PRIVATE_ADDRESSES=true",
            "-s",
            "DOWNLOAD_MAXSIZE=100000",
        )
    finally:
        site.close()
    assert "is not a public address" in guarded.stdout, guarded.stdout
    assert "start page allowed: NO" in forbidden.stdout
    assert "not fetched (robots.txt forbids it)" in forbidden.stdout
    assert "over DOWNLOAD_MAXSIZE" in too_big.stdout
    assert site.paths.count("/big") == 1 and "/private/" not in site.paths  # the guarded check sent nothing


def test_a_name_that_resolves_to_loopback_is_refused_where_the_crawl_connects(tmp_path):
    """DNS rebinding: a name can answer a public address to the guard's look-up and a private one to
    the download's own. The resolver the downloads use refuses non-public answers itself: with the
    guard middleware taken out, a name for 127.0.0.1 (``localhost``) still gets no request."""
    server = RecordingServer("127.0.0.1", lambda base: {"/": (200, {}, PAGE.format(links="").encode())})
    try:
        port = server.httpd.server_port
        for guard in ("on", "off"):
            db = tmp_path / f"{guard}.db"
            extra = [] if guard == "on" else ["-s", f'DOWNLOADER_MIDDLEWARES={{"{GUARD}": null}}']
            result = run_tessaban(
                "crawl",
                f"http://localhost:{port}/",
                "--db",
                db,
                *extra,
                "-s",
                "RETRY_TIMES=0",
                "-s",
                "DOWNLOAD_DELAY=0",
            )
            assert "Traceback" not in result.stderr
            assert result.returncode == 1, (guard, result.stderr)
            if guard == "on":  # the guard says why; without it the connection finds no usable address
                assert "not a public address" in result.stderr, result.stderr
        assert server.paths == []  # neither robots.txt nor the page
    finally:
        server.close()

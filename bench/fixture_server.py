"""Fixture sites served fast, for benchmarks: pre-rendered answers from a child process (asyncio).

tests.sites.FixtureServer (http.server, one thread per connection, in the benchmark's own process)
serves about 180 pages/s on 2 cores: it, not the crawler, was the ceiling of bench.crawl. Here each
site is rendered once into the bytes of every answer (status line, headers, body), and one child
process answers from that table with persistent HTTP/1.1 connections on one asyncio loop, for one
or many sites, each on its own address. Requests are counted per site in shared memory.

    with FastSites(sites) as served:       # sites: FixtureSite objects built for served.base_urls
        ...
    served.requests(0)                     # requests site 0 answered so far

``load(url_paths, seconds, connections)`` measures the server alone: how many requests a second it
answers to a concurrent keep-alive client (in a process of its own).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import socket
import time
from collections.abc import Callable, Sequence
from email.utils import parsedate_to_datetime

from tests.sites.model import FixtureSite, Response, route_key

_REASONS = {200: "OK", 301: "Moved Permanently", 304: "Not Modified", 404: "Not Found"}


def _render(response: Response, server: str) -> tuple[bytes, str | None]:
    """The whole answer as bytes, and its Last-Modified (for If-Modified-Since)."""
    head = [f"HTTP/1.1 {response.status} {_REASONS.get(response.status, 'Status')}", f"Server: {server}"]
    head += [f"{name}: {value}" for name, value in response.headers]
    head.append(f"Content-Length: {len(response.body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + response.body, response.header("Last-Modified")


def _not_modified(last_modified: str, server: str) -> bytes:
    return f"HTTP/1.1 304 Not Modified\r\nServer: {server}\r\nLast-Modified: {last_modified}\r\n\r\n".encode("latin-1")


class _Table:
    """Every answer of one site, by route key."""

    def __init__(self, site: FixtureSite) -> None:
        server = site.server_software
        self.answers = {key: _render(response, server) for key, response in site._routes.items()}
        self.not_found = _render(site.not_found, server)
        self.server = server
        self.site = site

    def answer(self, target: str, if_modified_since: str | None) -> bytes:
        found = self.answers.get(target)
        if found is None:
            key = route_key(target)
            found = self.answers.get(key)
            if found is None:
                routed = self.site.route(target)  # redirects of slashless paths
                found = _render(routed, self.server) if routed is not None else self.not_found
        body, modified = found
        if if_modified_since and modified:
            try:
                if parsedate_to_datetime(modified) <= parsedate_to_datetime(if_modified_since):
                    return _not_modified(modified, self.server)
            except (TypeError, ValueError):
                pass
        return body


class _Connection(asyncio.Protocol):
    def __init__(self, table: _Table, counts, times, index: int, pages, is_page) -> None:
        self.table, self.counts, self.times, self.index = table, counts, times, index
        self.pages, self.is_page = pages, is_page
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            lines = head.split(b"\r\n")
            parts = lines[0].split(b" ")
            if len(parts) < 2:
                self.transport.close()
                return
            target = parts[1].decode("latin-1")
            if target.startswith(("http://", "https://")):
                target = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
            since, close = None, False
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"if-modified-since":
                    since = value.strip().decode("latin-1")
                elif name == b"connection" and value.strip().lower() == b"close":
                    close = True
            self.counts[self.index] += 1
            now = time.time()
            if not self.times[2 * self.index]:
                self.times[2 * self.index] = now
            self.times[2 * self.index + 1] = now
            if self.is_page is not None and self.is_page(target):
                first = 3 * self.index
                if not self.pages[first]:
                    self.pages[first] = now
                self.pages[first + 1] = now
                self.pages[first + 2] += 1
            answer = self.table.answer(target, since)
            if parts[0] == b"HEAD":
                answer = answer.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
            self.transport.write(answer)
            if close:
                self.transport.close()
                return


def _serve(sockets: list[socket.socket], tables: list[_Table], counts, times, pages, is_page, ready) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        for index, (sock, table) in enumerate(zip(sockets, tables, strict=True)):
            await loop.create_server(
                lambda table=table, index=index: _Connection(table, counts, times, index, pages, is_page),
                sock=sock,
                backlog=1024,
            )
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


def bind(host: str) -> tuple[socket.socket, str]:
    """A listening socket on ``host`` (a free port) and the base URL of a site served on it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    sock.listen(1024)
    return sock, f"http://{host}:{sock.getsockname()[1]}"


class FastSites:
    """Serve ``sites`` (each built for the base URL of its socket) from a child process. ``is_page``:
    which request targets are pages, timed apart (``page_rate``: files fetched between count against it)."""

    def __init__(
        self,
        sockets: Sequence[socket.socket],
        sites: Sequence[FixtureSite],
        is_page: Callable[[str], bool] | None = None,
    ) -> None:
        self.sockets = list(sockets)
        self.sites = list(sites)
        self.is_page = is_page
        context = multiprocessing.get_context("fork")
        self._counts = context.RawArray("q", len(self.sites))
        self._times = context.RawArray("d", 2 * len(self.sites))  # first and last request of each site
        self._pages = context.RawArray("d", 3 * len(self.sites))  # first, last page request and pages
        self._ready = context.Event()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._context = context

    def start(self) -> FastSites:
        """Render every site and start serving (returns once the child listens)."""
        tables = [_Table(site) for site in self.sites]
        self._process = self._context.Process(
            target=_serve,
            args=(self.sockets, tables, self._counts, self._times, self._pages, self.is_page, self._ready),
            daemon=True,
        )
        self._process.start()
        if not self._ready.wait(60):
            raise RuntimeError("the fixture server did not start")
        return self

    def rerender(self) -> None:
        """Serve the sites as they are now (after changing them): restart the child."""
        self.stop(close=False)
        self._ready.clear()
        self.start()

    def requests(self, index: int | None = None) -> int:
        """Requests answered so far by site ``index``, or by all sites."""
        return self._counts[index] if index is not None else sum(self._counts)

    def per_site(self) -> list[int]:
        return list(self._counts)

    def first_and_last(self) -> tuple[float, float]:
        """time.time() of the first request any site answered, and of the last."""
        firsts = [t for t in self._times[0::2] if t]
        return (min(firsts), max(self._times[1::2])) if firsts else (0.0, 0.0)

    def page_rate(self, index: int = 0) -> tuple[int, float]:
        """Page requests site ``index`` answered, and their rate from the first to the last of them."""
        first, last, count = self._pages[3 * index : 3 * index + 3]
        return int(count), (count / (last - first) if last > first else 0.0)

    def clear(self) -> None:
        for i in range(len(self._counts)):
            self._counts[i] = 0
        for i in range(len(self._times)):
            self._times[i] = 0.0
        for i in range(len(self._pages)):
            self._pages[i] = 0.0

    def stop(self, close: bool = True) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
            self._process = None
        if close:
            for sock in self.sockets:
                sock.close()

    def __enter__(self) -> FastSites:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _load_client(host: str, port: int, paths: list[str], seconds: float, connections: int, out) -> None:
    async def worker(offset: int, done: list[int], stop_at: float) -> None:
        reader, writer = await asyncio.open_connection(host, port)
        i = offset
        while time.perf_counter() < stop_at:
            writer.write(f"GET {paths[i % len(paths)]} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode("latin-1"))
            i += connections
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            done[0] += 1
        writer.close()

    async def main() -> None:
        done = [0]
        start = time.perf_counter()
        await asyncio.gather(*(worker(n, done, start + seconds) for n in range(connections)))
        out.put(done[0] / (time.perf_counter() - start))

    asyncio.run(main())


def load(base_url: str, paths: list[str], seconds: float = 5.0, connections: int = 16) -> float:
    """Requests a second the server at ``base_url`` answers to ``connections`` keep-alive clients
    asking for ``paths`` in turn, measured for ``seconds`` by a client in its own process."""
    host, port = base_url.split("://", 1)[1].rsplit(":", 1)
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    client = context.Process(target=_load_client, args=(host, int(port), paths, seconds, connections, out))
    client.start()
    rate = out.get(timeout=seconds + 60)
    client.join()
    return rate


def serve_family(build: Callable[[str], FixtureSite], host: str) -> FastSites:
    """One site of ``build`` on ``host`` (not started)."""
    sock, base_url = bind(host)
    return FastSites([sock], [build(base_url)])

"""WARC 1.1 (``.warc.gz``, one gzip member per record) from the raw archive, with warcio.

For each selected article, in ``id`` order, and each URL that resolved to it (``pages.article_id``:
its permalink, aliases, and redirect hops that were themselves fetched once), every archived fetch of
that URL, oldest first:

* the first fetch of a body: a ``response`` record, then a ``request`` record (``WARC-Concurrent-To``
  the response);
* a later fetch of the same URL with an identical body: a ``revisit`` record (profile
  identical-payload-digest, ``WARC-Refers-To``, ``-Target-URI``, ``-Date`` of the first), then its
  ``request`` record;

then one ``metadata`` record per article: its extracted fields as ``application/json`` (the same
object as its JSONL line), ``WARC-Refers-To`` the record of the fetch it was extracted from (the
latest fetch of one of its ``article`` pages), at ``WARC-Target-URI: urn:tessaban:article:<url>``.
Not at the page's own URL: pywb indexes JSON metadata as a capture of its target URI and would
replay it instead of the page (browsertrix's ``urn:text:`` records avoid the same).

The HTTP messages are rebuilt from what the archive keeps, consistently: Scrapy hands over bodies
already decompressed and keeps no status line and no request, so a response gets the status line
``HTTP/1.1 <code> <reason>``, the stored headers minus ``Content-Encoding``, ``Transfer-Encoding`` and
``Content-Length``, then ``Content-Length`` of the body as stored; a request is ``GET`` with ``Host``,
the crawler's default ``User-Agent`` and ``Accept`` (the real request headers were not stored: the
warcinfo record says so). Header bytes are written exactly as received (Latin-1), not re-encoded.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pipelines.export.errors import ExportError
from pipelines.export.fields import ExportArticle, parse_time

if TYPE_CHECKING:
    from warcio.warcwriter import WARCWriter

MEDIA_TYPE = "application/warc"
WARC_VERSION = "1.1"
DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
METADATA_TYPE = "application/json; charset=utf-8"
METADATA_URN = "urn:tessaban:article:"


def _warcio():
    try:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.timeutils import datetime_to_iso_date
        from warcio.warcwriter import WARCWriter
    except ImportError:
        raise ExportError("the warc format needs warcio: pip install warcio") from None
    return StatusAndHeaders, WARCWriter, datetime_to_iso_date


def reason_phrase(status: int) -> str:
    """The standard reason phrase of an HTTP status code (``Unknown`` for a code without one)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _clean(value: str) -> str:
    """A header value on one line (a stored value can never hold CR/LF, but the archive is only data)."""
    return value.replace("\r", " ").replace("\n", " ")


def response_headers(stored: list[list[str]] | None, body_length: int) -> list[tuple[str, str]]:
    """The stored response headers made consistent with the stored (decompressed) body."""
    headers = [(_clean(n), _clean(v)) for n, v in stored or [] if n.lower() not in DROPPED_HEADERS]
    headers.append(("Content-Length", str(body_length)))
    return headers


def request_target(url: str) -> tuple[str, str]:
    """(request-target, Host) of a GET of ``url``: ``/path?query`` and ``host[:port]``."""
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return target, parts.netloc.rpartition("@")[2]


def target_uri(url: str) -> str:
    """``url`` as a WARC-Target-URI: ASCII (IRIs percent-encoded, hosts in punycode), as a browser sends it."""
    if url.isascii() and url.isprintable() and " " not in url:
        return url  # what Scrapy fetched is already this
    from w3lib.url import safe_url_string

    return safe_url_string(url)


class GzipMembers:
    """The output warcio writes into (uncompressed): every record becomes one gzip member, closed on the
    ``flush()`` warcio calls at the end of each record. warcio's own gzip uses level 9, twice the time
    of level 6 for about 1 % on HTML."""

    def __init__(self, raw, level: int = 6) -> None:
        self.raw = raw
        self.level = level
        self._member = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS | 16)

    def write(self, data: bytes) -> int:
        self.raw.write(self._member.compress(data))
        return len(data)

    def flush(self) -> None:
        self.raw.write(self._member.flush())
        self._member = zlib.compressobj(self.level, zlib.DEFLATED, zlib.MAX_WBITS | 16)


def metadata_uri(article_url: str) -> str:
    """The WARC-Target-URI of an article's metadata record: ``urn:tessaban:article:<canonical URL>``.

    Not the page's own URL: replay tools (pywb) index JSON metadata records as captures of their
    target URI, and one at the page's URL and time would be replayed instead of the page."""
    return METADATA_URN + target_uri(article_url)


def _raw_headers_class():
    StatusAndHeaders, _, _ = _warcio()

    class RawHeaders(StatusAndHeaders):
        """HTTP headers written as the bytes received: warcio would percent-encode any non-ASCII value,
        but the archive keeps header bytes decoded as Latin-1, so Latin-1 gives them back unchanged."""

        def compute_headers_buffer(self, header_filter=None) -> None:
            text = self.to_str(header_filter)
            try:
                self.headers_buff = text.encode("latin-1") + b"\r\n"
            except UnicodeEncodeError:  # not from a crawl (a value with characters beyond Latin-1)
                self.headers_buff = text.encode("utf-8") + b"\r\n"

    return RawHeaders


@dataclass
class WarcStats:
    """What a WARC export wrote: records per WARC-Type, and fetches without a body in the archive."""

    records: dict[str, int] = field(default_factory=dict)
    missing_bodies: int = 0

    def add(self, kind: str) -> None:
        self.records[kind] = self.records.get(kind, 0) + 1


@dataclass(frozen=True, slots=True)
class _Fetch:
    id: int
    url: str
    fetched_at: str
    status: int
    headers: str | None
    body_sha256: str | None
    page_kind: str | None


_FETCHES = (
    "SELECT r.id, r.url, r.fetched_at, r.status, r.headers, r.body_sha256, p.kind FROM pages p"
    " JOIN responses r ON r.url = p.url WHERE p.article_id = ? AND r.status IS NOT NULL"
    " ORDER BY r.url, r.fetched_at, r.id"
)


# The fetches of the files the article's pages link (pipelines.files): replayed beside the article.
_FILE_FETCHES = (
    "SELECT DISTINCT r.id, r.url, r.fetched_at, r.status, r.headers, r.body_sha256, 'file' FROM pages p"
    " JOIN file_links l ON l.page_url = p.url JOIN responses r ON r.url = l.file_url"
    " WHERE p.article_id = ? AND r.status IS NOT NULL ORDER BY r.url, r.fetched_at, r.id"
)


def file_fetches_of(conn: sqlite3.Connection, article_id: int) -> Iterator[_Fetch]:
    """Every archived fetch of every file the article's pages link, by URL then time."""
    for row in conn.execute(_FILE_FETCHES, [article_id]):
        yield _Fetch(*row)


def site_file_fetches_of(conn: sqlite3.Connection, sites: list[str]) -> Iterator[_Fetch]:
    """Every archived fetch of every file the pages of ``sites`` link, by URL then time."""
    if not sites:
        return
    sql = (
        "SELECT DISTINCT r.id, r.url, r.fetched_at, r.status, r.headers, r.body_sha256, 'file' FROM file_links l"
        f" JOIN responses r ON r.url = l.file_url WHERE l.site IN ({','.join('?' * len(sites))})"
        " AND r.status IS NOT NULL ORDER BY r.url, r.fetched_at, r.id"
    )
    for row in conn.execute(sql, sites):
        yield _Fetch(*row)


def fetches_of(conn: sqlite3.Connection, article_id: int) -> Iterator[_Fetch]:
    """Every archived fetch of every URL that resolved to the article, by URL then time."""
    for row in conn.execute(_FETCHES, [article_id]):
        yield _Fetch(*row)


class _ArticleWriter:
    """Writes the records of one export, article by article."""

    def __init__(self, conn: sqlite3.Connection, writer: WARCWriter, user_agent: str, warcinfo_id: str) -> None:
        self.conn = conn
        self.writer = writer
        self.user_agent = user_agent
        self.warcinfo_id = warcinfo_id
        self.stats = WarcStats()
        self.files_written: set[int] = set()  # responses of files already written (linked by several articles)
        self.sites: set[str] = set()  # sites of the exported articles
        _, _, self.iso_date = _warcio()
        self.raw_headers = _raw_headers_class()

    def _write(self, record) -> str:
        self.writer.write_record(record)
        self.stats.add(record.rec_type)
        return record.rec_headers.get_header("WARC-Record-ID")

    def _warc_date(self, moment: datetime) -> str:
        return self.iso_date(moment.replace(tzinfo=None), use_micros=moment.microsecond != 0)

    def _body(self, sha256: str | None) -> bytes | None:
        if sha256 is None:
            return b""
        row = self.conn.execute("SELECT body FROM bodies WHERE sha256 = ?", [sha256]).fetchone()
        return zlib.decompress(row[0]) if row else None

    def _request(self, uri: str, date: str, concurrent_to: str) -> None:
        target, host = request_target(uri)
        headers = self.raw_headers(
            f"GET {target} HTTP/1.1",
            [("Host", host), ("User-Agent", self.user_agent), ("Accept", ACCEPT)],
            is_http_request=True,
        )
        record = self.writer.create_warc_record(
            uri,
            "request",
            http_headers=headers,
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": concurrent_to,
                "WARC-Warcinfo-ID": self.warcinfo_id,
            },
        )
        self._write(record)

    def article(self, article: ExportArticle) -> None:
        """The fetch records of the article's URLs and of the files they link, then its metadata record."""
        self.sites.add(article.site)
        file_fetches = [f for f in file_fetches_of(self.conn, article.id) if f.id not in self.files_written]
        self.files_written.update(f.id for f in file_fetches)
        self._metadata(article, self._fetches([*fetches_of(self.conn, article.id), *file_fetches]))

    def site_files(self) -> None:
        """The fetches of files that pages of the exported sites link and no exported article does
        (the ITA/OIT page's documents), after every article."""
        fetches = [f for f in site_file_fetches_of(self.conn, sorted(self.sites)) if f.id not in self.files_written]
        self.files_written.update(f.id for f in fetches)
        self._fetches(fetches)

    def _fetches(self, fetches: Iterable[_Fetch]) -> tuple[str, str] | None:
        """Write a response (or revisit) and a request record per fetch; returns (record id, WARC-Date)
        of the latest fetch of an ``article`` page among them, the one its fields were extracted from."""
        # per URL: body sha256 -> (record id, WARC-Date, payload digest, length) of its first fetch
        first_fetch: dict[str, dict[str, tuple[str, str, str, int]]] = {}
        extracted_from: tuple[str, str] | None = None  # (record id, WARC-Date) of the latest article fetch
        extracted_at: datetime | None = None
        for fetch in fetches:
            uri = target_uri(fetch.url)
            moment = parse_time(fetch.fetched_at)
            date = self._warc_date(moment)
            stored = json.loads(fetch.headers) if fetch.headers else []
            status_line = f"{fetch.status} {reason_phrase(fetch.status)}"
            seen = first_fetch.setdefault(fetch.url, {})
            common = {"WARC-Date": date, "WARC-Warcinfo-ID": self.warcinfo_id}
            if fetch.body_sha256 is not None and fetch.body_sha256 in seen:
                refers_id, refers_date, digest, length = seen[fetch.body_sha256]
                headers = self.raw_headers(status_line, response_headers(stored, length), protocol="HTTP/1.1")
                record = self.writer.create_revisit_record(
                    uri,
                    digest,
                    uri,
                    refers_date,
                    http_headers=headers,
                    warc_headers_dict={**common, "WARC-Refers-To": refers_id},
                )
            else:
                body = self._body(fetch.body_sha256)
                if body is None:  # a response row whose body is not in the archive: nothing to replay
                    self.stats.missing_bodies += 1
                    continue
                headers = self.raw_headers(status_line, response_headers(stored, len(body)), protocol="HTTP/1.1")
                record = self.writer.create_warc_record(
                    uri,
                    "response",
                    payload=BytesIO(body),
                    length=len(body),
                    http_headers=headers,
                    warc_headers_dict=common,
                )
                if fetch.body_sha256 is not None:
                    seen[fetch.body_sha256] = (
                        record.rec_headers.get_header("WARC-Record-ID"),
                        date,
                        record.rec_headers.get_header("WARC-Payload-Digest"),
                        len(body),
                    )
            record_id = self._write(record)
            self._request(uri, date, record_id)
            if fetch.page_kind == "article" and (extracted_at is None or moment >= extracted_at):
                extracted_from, extracted_at = (record_id, date), moment
        return extracted_from

    def _metadata(self, article: ExportArticle, extracted_from: tuple[str, str] | None) -> None:
        payload = json.dumps(article.as_json(), ensure_ascii=False).encode("utf-8")
        headers: dict[str, str] = {"WARC-Warcinfo-ID": self.warcinfo_id}
        if extracted_from is not None:
            refers_id, date = extracted_from
            headers |= {"WARC-Refers-To": refers_id, "WARC-Date": date}
        else:  # no archived fetch (a database filled without raw responses)
            headers["WARC-Date"] = self._warc_date(article.last_seen)
        record = self.writer.create_warc_record(
            metadata_uri(article.url),
            "metadata",
            payload=BytesIO(payload),
            length=len(payload),
            warc_content_type=METADATA_TYPE,
            warc_headers_dict=headers,
        )
        self._write(record)


def _warcio_version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("warcio")
    except PackageNotFoundError:  # pragma: no cover - warcio imported from a source tree
        return "unknown"


def warcinfo_fields(version: str, user_agent: str, licence: str) -> dict[str, Any]:
    """The warcinfo record's fields (application/warc-fields)."""
    return {
        "software": f"tessaban/{version} (warcio/{_warcio_version()})",
        "format": "WARC File Format 1.1",
        "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        "description": "Thai local-government news archived by tessaban, exported from its SQLite archive. "
        "Response bodies are the bytes the crawler received after content decoding (so Content-Encoding and "
        "Transfer-Encoding are left out and Content-Length is the body's length); status lines and request "
        "records are reconstructed (request headers were not stored: "
        f"User-Agent is the crawler's default, {user_agent}). Each article has a metadata record "
        "(application/json) with its extracted fields.",
        "rights": licence,
    }


def write_warc(
    path: Path,
    conn: sqlite3.Connection,
    articles: Iterable[ExportArticle],
    *,
    filename: str,
    version: str,
    user_agent: str,
    licence: str,
) -> tuple[int, WarcStats]:
    """Write the WARC of ``articles`` to ``path``, record by record; ``filename`` is the name the file
    will have (the warcinfo record's WARC-Filename). Returns (articles, stats)."""
    _, WARCWriter, _ = _warcio()
    count = 0
    with open(path, "wb", buffering=1 << 20) as out:
        writer = WARCWriter(GzipMembers(out), gzip=False, warc_version=WARC_VERSION)
        info = writer.create_warcinfo_record(filename, warcinfo_fields(version, user_agent, licence))
        writer.write_record(info)
        articles_writer = _ArticleWriter(conn, writer, user_agent, info.rec_headers.get_header("WARC-Record-ID"))
        articles_writer.stats.add("warcinfo")
        for article in articles:
            articles_writer.article(article)
            count += 1
        articles_writer.site_files()
    return count, articles_writer.stats

"""``export()``: one dataset file (JSONL, CSV, Parquet or WARC) and its manifest from the SQLite archive.

Reads inside one read transaction (a consistent snapshot: a crawl may keep writing meanwhile, WAL),
streams rows from a cursor into the format's writer, writes to ``<out>.partial`` and renames it only
when complete, then writes ``<out>.manifest.json``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pipelines.export import csvfile, jsonl, parquet, warc
from pipelines.export.errors import ExportError
from pipelines.export.fields import ExportArticle, schema_description
from pipelines.export.files import with_files
from pipelines.export.manifest import (
    LICENCE,
    WrittenFile,
    build_manifest,
    file_digest,
    manifest_path,
    utc_now,
    write_manifest,
)
from pipelines.export.selection import Selection, iter_articles
from pipelines.identity import USER_AGENT, __version__

FORMATS: dict[str, str] = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet", "warc": ".warc.gz"}
MEDIA_TYPES = {
    "jsonl": jsonl.MEDIA_TYPE,
    "csv": csvfile.MEDIA_TYPE,
    "parquet": parquet.MEDIA_TYPE,
    "warc": warc.MEDIA_TYPE,
}


def format_of(out: str | os.PathLike[str]) -> str:
    """The format a file name asks for: ``.jsonl``, ``.csv``, ``.parquet`` or ``.warc.gz`` (raises ExportError)."""
    name = Path(out).name.lower()
    for fmt, suffix in FORMATS.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            return fmt
    if name.endswith(".warc"):
        raise ExportError(f"WARC exports are gzip-compressed per record: name the file {Path(out).name}.gz")
    raise ExportError(
        f"cannot tell the format from {Path(out).name!r}: name it *.jsonl, *.csv, *.parquet or "
        "*.warc.gz, or give the format"
    )


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    format: str
    path: Path  # the dataset file
    manifest_path: Path
    articles: int  # articles exported
    records: int  # rows (JSONL, CSV, Parquet) or WARC records, warcinfo included
    per_site: dict[str, int]  # articles per site
    files: list[WrittenFile]
    seconds: float
    warc_records: dict[str, int] = field(default_factory=dict)  # per WARC-Type (WARC only)

    def summary(self) -> str:
        """One line for the command line."""
        unit = "records" if self.format == "warc" else "rows"
        return (
            f"{self.articles} articles from {len(self.per_site)} sites, {self.records} {unit} -> {self.path} "
            f"(manifest {self.manifest_path.name})"
        )


def _open_archive(db_path: Path):
    """The archive at ``db_path``, opened without writing to it when it is up to date (a read-only
    archive can be exported), refusing a missing file or a non-archive (left untouched)."""
    from pipelines.schema import NotAnArchive, open_database

    if not db_path.is_file():
        raise ExportError(f"no archive at {db_path} (crawl first, or give the archive's path)")
    try:
        return open_database(db_path, readonly=True)
    except NotAnArchive as exc:
        raise ExportError(str(exc)) from None
    except (OSError, sqlite3.Error) as exc:
        raise ExportError(f"cannot open the archive at {db_path}: {exc}") from None


def _check_target(path: Path, db_path: Path) -> None:
    """Refuse a path the export would replace that is not a plain file it may overwrite: a device
    (``/dev/full``), a symbolic link, a folder, or the archive itself (renamed over, it would be lost)."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise ExportError(
            f"{path} is not a regular file (a device, link or folder): the export writes only files "
            "it creates; give another name"
        )
    if path.exists() and os.path.samefile(path, db_path):
        raise ExportError(f"{path} is the archive itself: give another file name")


def _create(path: Path, db_path: Path) -> None:
    """Create ``path`` as a new empty regular file (a stale one of an interrupted export is replaced),
    never following a link."""
    _check_target(path, db_path)
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644))


def _check_output(out: Path, db_path: Path) -> Path:
    """Make sure ``out`` and its manifest can be written (creating their folder) without replacing
    anything but regular files; returns the ``.partial`` path written first."""
    if out.is_dir() and not out.is_symlink():
        raise ExportError(f"{out} is a directory: give a file name, e.g. {out / 'articles.jsonl'}")
    manifest = manifest_path(out)
    for target in (out, manifest):
        _check_target(target, db_path)
    partial = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _create(partial, db_path)
        _create(manifest.with_name(manifest.name + ".partial"), db_path)  # write_manifest fills it
    except FileExistsError:
        raise ExportError(f"cannot write {out}: another export is writing it") from None
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return partial


def _schema(fmt: str, version: str) -> dict[str, Any]:
    """The format's schema as the manifest records it."""
    fields = schema_description()
    if fmt == "jsonl":
        return {
            "fields": fields,
            "encoding": "UTF-8",
            "layout": "one JSON object per line",
            "dates": "YYYY-MM-DD",
            "timestamps": "ISO 8601, UTC (+00:00)",
            "null": "JSON null",
        }
    if fmt == "csv":
        return {
            "fields": fields,
            "encoding": "UTF-8 with byte-order mark (utf-8-sig)",
            "dialect": "RFC 4180: comma separator, double-quote quoting (quotes doubled), CRLF between rows; "
            "a quoted cell may hold newlines",
            "header": True,
            "nested": "images and attachments as JSON strings",
            "null": "empty cell",
            "dates": "YYYY-MM-DD",
            "timestamps": "ISO 8601, UTC (+00:00)",
        }
    if fmt == "parquet":
        return {
            "fields": fields,
            "arrow_schema": str(parquet.arrow_schema(version)).splitlines(),
            "compression": "zstd",
            "row_group_rows": parquet.ROW_GROUP_ROWS,
        }
    return {
        "version": f"WARC/{warc.WARC_VERSION}",
        "compression": "gzip, one member per record",
        "records": {
            "warcinfo": "first record: software, format, description, rights",
            "response": "first fetch of a body: HTTP/1.1 status line with reason phrase, stored headers minus "
            "Content-Encoding/Transfer-Encoding, Content-Length of the decoded body; payload = body as received",
            "revisit": "a later fetch of the same URL with an identical body (profile identical-payload-digest, "
            "WARC-Refers-To, WARC-Refers-To-Target-URI, WARC-Refers-To-Date)",
            "request": "after each response/revisit, WARC-Concurrent-To it: GET with Host, User-Agent, Accept "
            "(reconstructed: request headers are not archived)",
            "metadata": "one per article, after its fetches: application/json with the fields below, at "
            "WARC-Target-URI urn:tessaban:article:<url>, WARC-Refers-To the fetch it was extracted from",
            "files": "before an article's metadata: the response (and request) records of the files its pages "
            "link, each fetch once per export (PDF, Office documents, scans); after the last article, those of "
            "files only other pages of the exported sites link (an ITA/OIT page's documents)",
        },
        "metadata_fields": fields,
    }


def _counting(articles: Iterable[ExportArticle], per_site: Counter) -> Iterator[ExportArticle]:
    for article in articles:
        per_site[article.site] += 1
        yield article


def export(
    db_path: str | os.PathLike[str],
    fmt: str,
    out: str | os.PathLike[str],
    *,
    sites: Iterable[str] = (),
    since: str | date | None = None,
    until: str | date | None = None,
    include_duplicates: bool = False,
    file_text: bool = True,
) -> ExportResult:
    """Export the articles of the archive at ``db_path`` to ``out`` in format ``fmt``, with a manifest
    at ``<out>.manifest.json``.

    ``fmt``: ``jsonl``, ``csv``, ``parquet`` or ``warc`` (``FORMATS`` gives the usual file suffix).
    ``sites`` keeps only these sites (``articles.site``; ``www.`` and a scheme are ignored);
    ``since``/``until`` keep articles published in that inclusive range (``YYYY-MM-DD``, ``YYYY-MM`` or
    ``YYYY``); copies (``duplicate_of`` set) are left out unless ``include_duplicates``. An empty
    selection writes an empty dataset and its manifest. Each article carries the files its pages link
    (``files``), with their text unless ``file_text`` is False; a WARC also holds their responses.

    Raises ExportError (a one-line message) for an unknown format, a bad date, a missing archive or
    a path that cannot be written; ``out`` is left untouched then.
    """
    started = time.perf_counter()
    fmt = str(fmt).lower().strip()
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose one of {', '.join(FORMATS)})")
    selection = Selection.of(sites, since, until, include_duplicates)
    db_path, out = Path(db_path), Path(out)
    version = __version__
    db = _open_archive(db_path)
    partial = None
    try:
        partial = _check_output(out, db_path)
        created = utc_now()
        conn = db.conn
        conn.execute("BEGIN")  # one snapshot for every query of the export
        per_site: Counter[str] = Counter()
        articles = _counting(with_files(conn, iter_articles(conn, selection), text=file_text), per_site)
        warc_records: dict[str, int] = {}
        extra: dict[str, Any] = {}
        if fmt == "jsonl":
            count = records = jsonl.write_jsonl(partial, articles)
        elif fmt == "csv":
            count = records = csvfile.write_csv(partial, articles)
        elif fmt == "parquet":
            count = records = parquet.write_parquet(partial, articles, version=version)
        else:
            count, stats = warc.write_warc(
                partial, conn, articles, filename=out.name, version=version, user_agent=USER_AGENT, licence=LICENCE
            )
            warc_records, records = dict(stats.records), sum(stats.records.values())
            extra = {"warc_records": warc_records, "missing_bodies": stats.missing_bodies}
        conn.rollback()
        os.replace(partial, out)
        partial = None
        written = [file_digest(out)]
        counts = {
            "articles": count,
            "records": records,
            "sites": len(per_site),
            "per_site": dict(sorted(per_site.items())),
            **extra,
        }
        manifest = build_manifest(
            fmt=fmt,
            media_type=MEDIA_TYPES[fmt],
            version=version,
            database=db_path,
            created=created,
            filters=selection.describe(),
            counts=counts,
            files=written,
            schema=_schema(fmt, version),
        )
        write_manifest(manifest_path(out), manifest)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
            leftover = manifest_path(out).with_name(manifest_path(out).name + ".partial")
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink()
        db.close()
    return ExportResult(
        format=fmt,
        path=out,
        manifest_path=manifest_path(out),
        articles=count,
        records=records,
        per_site=dict(sorted(per_site.items())),
        files=written,
        seconds=time.perf_counter() - started,
        warc_records=warc_records,
    )

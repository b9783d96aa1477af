"""The manifest written beside every export (``<out>.manifest.json``): what, from where, how many, checksums.

Enough to cite and verify a dataset: counts per site, the filters, the tool version, the archive it came
from, when (UTC), the size and sha256 of every file written, the schema of the format, and the licence
and provenance note.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MANIFEST_VERSION = 1
MANIFEST_SUFFIX = ".manifest.json"

LICENCE = (
    "Official news and announcements of Thai state and local agencies (ministries, departments, provincial "
    "and local administrations such as เทศบาล, อบต. and อบจ.) are not protected by copyright: Copyright Act "
    "B.E. 2537 (1994), section 7 excludes news of the day and facts having the character of mere information, "
    "and regulations, by-laws, notifications, orders, explanations and official correspondence of government "
    "or local units. The source URL of every record is kept (field url; WARC-Target-URI in WARC) so each item "
    "can be attributed to, and checked against, the agency that published it. This note is not legal advice: "
    "photographs, attached documents and third-party material an agency republished may carry their own rights."
)


@dataclass(frozen=True)
class WrittenFile:
    """A file an export wrote: its name (beside the manifest), size in bytes and sha256."""

    path: Path
    size: int
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path.name, "size": self.size, "sha256": self.sha256}


def file_digest(path: Path, chunk: int = 1 << 20) -> WrittenFile:
    """Size and sha256 of ``path``, read back from disk in chunks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
            size += len(block)
    return WrittenFile(path=path, size=size, sha256=digest.hexdigest())


def manifest_path(out: Path) -> Path:
    """Where the manifest of export ``out`` goes: ``out`` with ``.manifest.json`` appended."""
    return out.with_name(out.name + MANIFEST_SUFFIX)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def build_manifest(
    *,
    fmt: str,
    media_type: str,
    version: str,
    database: Path,
    created: str,
    filters: dict[str, Any],
    counts: dict[str, Any],
    files: list[WrittenFile],
    schema: dict[str, Any],
) -> dict[str, Any]:
    """The manifest as a JSON-ready dict."""
    return {
        "manifest_version": MANIFEST_VERSION,
        "format": fmt,
        "media_type": media_type,
        "created": created,
        "tool": {"name": "tessaban", "version": version},
        "database": str(database.resolve()),
        "filters": filters,
        "counts": counts,
        "files": [f.as_json() for f in files],
        "schema": schema,
        "licence": LICENCE,
        "provenance": "Crawled from the agencies' own websites by tessaban; every record keeps its source URL. "
        "duplicate_of marks republished copies (the same release on another agency's site).",
    }


def write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    """Write ``manifest`` to ``path`` (UTF-8, indented), atomically: a reader never sees half of it."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(partial, path)

"""The exported article record: its fields, their types and meaning, shared by JSONL, CSV and Parquet.

One definition so the three tabular formats and the manifests describe the same thing. A record is an
``ExportArticle``: typed Python values converted from the archive's ``articles`` row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

#: The logical type of the ``files`` field.
FILES_TYPE = (
    "list<struct<url: string, sha256: string, kind: string, content_type: string, size: int64, text: string, "
    "error: string>>"
)


@dataclass(frozen=True, slots=True)
class Field:
    """One column of the export: name, logical type (as in the manifest), nullability, meaning."""

    name: str
    type: str  # int64 | string | date | timestamp[UTC] | list<struct<...>>
    nullable: bool
    description: str


FIELDS: tuple[Field, ...] = (
    Field("id", "int64", False, "articles.id in the archive; what duplicate_of refers to"),
    Field("url", "string", False, "canonical URL of the article (the source of the record)"),
    Field("site", "string", False, "host without www. (:port when not the default)"),
    Field("title", "string", True, "the article heading"),
    Field("text", "string", False, "body paragraphs, newline-separated, Thai-normalised"),
    Field("published", "date", True, "publication date (Gregorian); null rather than a doubtful date"),
    Field("author", "string", True, "byline without โดย"),
    Field("images", "list<struct<src: string, caption: string>>", False, "pictures of the article, each once"),
    Field("attachments", "list<struct<url: string, label: string>>", False, "linked PDF/DOC/XLS/... documents"),
    Field("duplicate_of", "int64", True, "id of the earliest article this one copies (null for originals)"),
    Field("first_seen", "timestamp[UTC]", False, "when the article was first fetched"),
    Field("last_seen", "timestamp[UTC]", False, "when the article was last fetched"),
    Field("last_changed", "timestamp[UTC]", False, "when its text last changed"),
    Field("content_hash", "string", False, "sha256 of the text with case, spaces and punctuation removed"),
    Field(
        "files",
        FILES_TYPE,
        False,
        "files the article's pages link (PDF, Office documents, scans), each with the sha256 of what was fetched "
        "(null: not fetched, see error), its kind, media type, size and Thai-normalised text (null with "
        "--no-file-text)",
    ),
)
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)


@dataclass(frozen=True, slots=True)
class ExportArticle:
    """One article as exported: the archive row with typed values (nested fields parsed)."""

    id: int
    url: str
    site: str
    title: str | None
    text: str
    published: date | None
    author: str | None
    images: list[dict[str, str | None]]
    attachments: list[dict[str, str | None]]
    duplicate_of: int | None
    first_seen: datetime
    last_seen: datetime
    last_changed: datetime
    content_hash: str
    files: list[dict[str, str | int | None]] = field(default_factory=list)  # see pipelines.export.files

    def as_json(self) -> dict[str, Any]:
        """The record as JSON-ready values: dates ``YYYY-MM-DD``, times ISO 8601 with ``+00:00``."""
        return {
            "id": self.id,
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "text": self.text,
            "published": self.published.isoformat() if self.published else None,
            "author": self.author,
            "images": self.images,
            "attachments": self.attachments,
            "duplicate_of": self.duplicate_of,
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "last_changed": self.last_changed.isoformat(),
            "content_hash": self.content_hash,
            "files": self.files,
        }


def parse_time(value: str) -> datetime:
    """An archive timestamp (ISO 8601; UTC when it has no offset) as an aware UTC datetime."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def parse_date(value: str | None) -> date | None:
    """``articles.published`` as a date; None when empty or not an ISO date (the contract says ISO)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _pairs(raw: str | None, first: str, second: str) -> list[dict[str, str | None]]:
    """A JSON list of objects (images, attachments) as dicts with exactly the two documented keys."""
    if not raw:
        return []
    return [{first: item.get(first), second: item.get(second)} for item in json.loads(raw) if isinstance(item, dict)]


# The columns read from ``articles`` (alias ``a``), in ExportArticle order.
ARTICLE_COLUMNS = (
    "a.id, a.url, a.site, a.title, a.text, a.published, a.author, a.images, a.attachments, a.duplicate_of,"
    " a.first_seen, a.last_seen, a.last_changed, a.content_hash"
)


def from_row(row: tuple) -> ExportArticle:
    """An ``ExportArticle`` from a row of ``SELECT {ARTICLE_COLUMNS}``."""
    (
        aid,
        url,
        site,
        title,
        text,
        published,
        author,
        images,
        attachments,
        duplicate_of,
        first_seen,
        last_seen,
        last_changed,
        content_hash,
    ) = row
    return ExportArticle(
        id=aid,
        url=url,
        site=site,
        title=title,
        text=text,
        published=parse_date(published),
        author=author,
        images=_pairs(images, "src", "caption"),
        attachments=_pairs(attachments, "url", "label"),
        duplicate_of=duplicate_of,
        first_seen=parse_time(first_seen),
        last_seen=parse_time(last_seen),
        last_changed=parse_time(last_changed),
        content_hash=content_hash,
    )


def schema_description() -> list[dict[str, Any]]:
    """The fields as the manifest lists them."""
    return [{"name": f.name, "type": f.type, "nullable": f.nullable, "description": f.description} for f in FIELDS]

"""Parquet (pyarrow): typed columns, written in row groups so memory stays bounded whatever the archive size.

Types: ``published`` date32, the times timestamp[us, UTC], ``images``/``attachments`` lists of structs,
ids int64. Each column carries its description as field metadata; the file's key-value metadata holds
``tessaban.version`` and ``tessaban.schema`` (the manifest's field list as JSON).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pipelines.export.errors import ExportError
from pipelines.export.fields import FIELDS, FILES_TYPE, ExportArticle, schema_description

if TYPE_CHECKING:
    import pyarrow as pa

MEDIA_TYPE = "application/vnd.apache.parquet"
ROW_GROUP_ROWS = 5_000  # at most this many articles per row group (about 180 MB peak RSS at 5,000)
ROW_GROUP_BYTES = 16 * 1024 * 1024  # and at most about this much text
DICTIONARY_COLUMNS = ["site", "author", "published", "duplicate_of"]  # few distinct values; not url, text, ...


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("the parquet format needs pyarrow: pip install pyarrow") from None
    return pa, pq


def arrow_schema(version: str) -> pa.Schema:
    """The Arrow schema of the export (the Parquet file's schema)."""
    pa, _ = _pyarrow()
    image = pa.struct([("src", pa.string()), ("caption", pa.string())])
    attachment = pa.struct([("url", pa.string()), ("label", pa.string())])
    types = {
        "int64": pa.int64(),
        "string": pa.string(),
        "date": pa.date32(),
        "timestamp[UTC]": pa.timestamp("us", tz="UTC"),
        "list<struct<src: string, caption: string>>": pa.list_(image),
        "list<struct<url: string, label: string>>": pa.list_(attachment),
        FILES_TYPE: pa.list_(
            pa.struct(
                [
                    ("url", pa.string()),
                    ("sha256", pa.string()),
                    ("kind", pa.string()),
                    ("content_type", pa.string()),
                    ("size", pa.int64()),
                    ("text", pa.string()),
                    ("error", pa.string()),
                ]
            )
        ),
    }
    fields = [
        pa.field(f.name, types[f.type], nullable=f.nullable, metadata={"description": f.description}) for f in FIELDS
    ]
    metadata = {"tessaban.version": version, "tessaban.schema": json.dumps(schema_description(), ensure_ascii=False)}
    return pa.schema(fields, metadata=metadata)


def write_parquet(path: Path, articles: Iterable[ExportArticle], *, version: str) -> int:
    """Write ``articles`` to ``path`` (zstd-compressed), flushing a row group every ``ROW_GROUP_ROWS``
    articles or ``ROW_GROUP_BYTES`` of text. Returns the number of articles."""
    pa, pq = _pyarrow()
    schema = arrow_schema(version)
    names = [f.name for f in FIELDS]
    columns: dict[str, list] = {name: [] for name in names}
    count, pending, pending_bytes = 0, 0, 0

    def flush() -> None:
        nonlocal pending, pending_bytes
        if pending:
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            for values in columns.values():
                values.clear()
            pending, pending_bytes = 0, 0

    with pq.ParquetWriter(path, schema, compression="zstd", use_dictionary=DICTIONARY_COLUMNS) as writer:
        for article in articles:
            for name in names:
                columns[name].append(getattr(article, name))
            count += 1
            pending += 1
            pending_bytes += len(article.text) * 3 + len(article.title or "") * 3
            # a file's text is TEXT in SQLite (or NULL): never an int
            pending_bytes += sum(len(cast("str | None", f.get("text")) or "") * 3 for f in article.files)
            if pending >= ROW_GROUP_ROWS or pending_bytes >= ROW_GROUP_BYTES:
                flush()
        flush()
    return count

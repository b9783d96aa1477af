"""JSON Lines: one UTF-8 JSON object per article and line, the fields of ``pipelines.export.fields``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pipelines.export.fields import ExportArticle

MEDIA_TYPE = "application/jsonl"


def write_jsonl(path: Path, articles: Iterable[ExportArticle]) -> int:
    """Write ``articles`` to ``path``, one per line (Thai as UTF-8, not ``\\u`` escapes). Returns the count."""
    count = 0
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    with open(path, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        for article in articles:
            out.write(dumps(article.as_json()) + "\n")
            count += 1
    return count

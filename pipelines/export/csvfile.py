"""CSV for spreadsheets: UTF-8 with a byte-order mark (Excel then reads Thai correctly), RFC 4180 quoting.

Fields holding commas, quotes or newlines are quoted (quotes doubled), so multi-line article text stays
in one cell. Nested fields (images, attachments, files) are JSON strings; a null is an empty cell.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from pipelines.export.fields import FIELD_NAMES, ExportArticle

ENCODING = "utf-8-sig"
MEDIA_TYPE = "text/csv; charset=utf-8; header=present"


def csv_row(article: ExportArticle) -> list[str]:
    """The cells of one article, in ``FIELD_NAMES`` order."""
    cells = []
    for name, value in article.as_json().items():
        if value is None:
            cells.append("")
        elif name in ("images", "attachments", "files"):
            cells.append(json.dumps(value, ensure_ascii=False))
        else:
            cells.append(str(value))
    return cells


def write_csv(path: Path, articles: Iterable[ExportArticle]) -> int:
    """Write a header row and one row per article to ``path``. Returns the number of articles."""
    count = 0
    with open(path, "w", encoding=ENCODING, newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(FIELD_NAMES)
        for article in articles:
            writer.writerow(csv_row(article))
            count += 1
    return count

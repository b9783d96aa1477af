"""The files each exported article links: its ``files`` field, read from the archive's file tables."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator

from pipelines.export.fields import ExportArticle

# Every file link of every page of the article, in link order, with what its fetch gave (if fetched).
_FILES = """
SELECT l.file_url, u.sha256, f.kind, f.content_type, f.size, {text}, COALESCE(f.error, CASE WHEN u.sha256 IS NULL
    THEN COALESCE((SELECT 'not fetched: ' || e.error FROM pages e WHERE e.url = l.file_url AND e.error IS NOT NULL),
    'not fetched') END)
FROM pages p JOIN file_links l ON l.page_url = p.url
LEFT JOIN file_urls u ON u.url = l.file_url LEFT JOIN files f ON f.sha256 = u.sha256
WHERE p.article_id = ? ORDER BY l.rowid
"""
_KEYS = ("url", "sha256", "kind", "content_type", "size", "text", "error")


def article_files(conn: sqlite3.Connection, article_id: int, *, text: bool = True) -> list[dict]:
    """The files an article's pages link, each URL once; ``text=False`` leaves their text out (null)."""
    sql = _FILES.format(text="f.text" if text else "NULL")
    found: dict[str, dict] = {}
    for row in conn.execute(sql, [article_id]):
        found.setdefault(row[0], dict(zip(_KEYS, row, strict=True)))
    return list(found.values())


def with_files(
    conn: sqlite3.Connection, articles: Iterable[ExportArticle], *, text: bool = True
) -> Iterator[ExportArticle]:
    """``articles`` with their ``files`` filled in (see ``article_files``)."""
    for article in articles:
        files = article_files(conn, article.id, text=text)
        yield dataclasses.replace(article, files=files) if files else article

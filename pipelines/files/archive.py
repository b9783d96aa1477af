"""FileArchive: writes fetched files, the pages linking them and ITA/OIT items into the archive's
``files``, ``file_urls``, ``file_links`` and ``transparency_items`` tables (pipelines.schema m009).

The response and its body go where a page's go (``pages``, ``responses``, ``bodies`` via
pipelines.archive), so the body is stored once by sha256 however many URLs and pages lead to it, and
the WARC export replays it. Writes join the caller's transaction; the caller commits.
"""

from __future__ import annotations

import hashlib

import sqlite_utils

from pipelines.files.items import FetchedFile, PageFiles
from pipelines.urls import site_of

_UPSERT_FILE = """
INSERT INTO files (sha256, kind, content_type, size, pages, text, method, error, first_url, first_seen, last_seen)
VALUES (:sha256, :kind, :content_type, :size, :pages, :text, :method, :error, :url, :seen, :seen)
ON CONFLICT(sha256) DO UPDATE SET last_seen = excluded.last_seen,
    kind = excluded.kind, pages = excluded.pages, method = excluded.method, error = excluded.error,
    text = CASE WHEN excluded.text IS NOT NULL OR excluded.error IS NULL THEN excluded.text ELSE files.text END
"""


class FileArchive:
    """The write side of the file tables, on the archive's connection."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def store_file(self, item: FetchedFile) -> str | None:
        """Record a fetched file (its page row and body are stored by ``Archive.store_page``): its
        ``files`` row (once per sha256), the URL it came from, and the transparency items linking it.
        Returns its sha256, or None for a response without a body (an error, a 304)."""
        page = item.page
        if not page.body or page.status is None or page.status >= 400:
            if page.status == 304:
                self.db.execute("UPDATE file_urls SET fetched_at = ? WHERE url = ?", [page.fetched_at, page.url])
            return None
        sha = hashlib.sha256(page.body).hexdigest()
        text = item.text
        self.db.execute(
            _UPSERT_FILE,
            {
                "sha256": sha,
                "kind": text.kind if text else None,
                "content_type": page.header("Content-Type"),
                "size": len(page.body),
                "pages": text.pages if text else None,
                "text": text.text if text else None,
                "method": text.method if text else None,
                "error": text.error if text else "not read",
                "url": page.url,
                "seen": page.fetched_at,
            },
        )
        urls = [page.url, *(hop for hop, _ in page.redirects)]
        for url in urls:
            self.db.execute(
                "INSERT INTO file_urls (url, sha256, site, fetched_at) VALUES (?, ?, ?, ?) ON CONFLICT(url) DO UPDATE"
                " SET sha256 = excluded.sha256, fetched_at = excluded.fetched_at",
                [url, sha, page.site if url == page.url else site_of(url), page.fetched_at],
            )
        marks = ",".join("?" * len(urls))
        self.db.execute(f"UPDATE transparency_items SET file_sha256 = ? WHERE url IN ({marks})", [sha, *urls])
        return sha

    def store_links(self, item: PageFiles, seen_at: str) -> None:
        """The files a page links (replacing what it linked before) and the ITA/OIT items it lists."""
        if not self.db.conn.in_transaction:
            self.db.begin()  # the caller's batch: committed with its pages
        self.db.execute("DELETE FROM file_links WHERE page_url = ?", [item.page_url])
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO file_links (page_url, file_url, label, site, seen_at) VALUES (?, ?, ?, ?, ?)",
            [(item.page_url, link.url, link.label, item.site, seen_at) for link in item.files],
        )
        if not item.transparency:
            return
        self.db.execute("DELETE FROM transparency_items WHERE page_url = ?", [item.page_url])
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO transparency_items (site, year, code, title, url, file_sha256, page_url, seen_at)"
            " VALUES (?, ?, ?, ?, ?, (SELECT sha256 FROM file_urls WHERE url = ?), ?, ?)",
            [
                (item.site, t.year, t.code, t.title, t.url or "", t.url, item.page_url, seen_at)
                for t in item.transparency
            ],
        )

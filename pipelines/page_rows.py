"""The archive's pages: raw responses (each body stored once, by sha256, zlib-compressed) and one
``pages`` row per URL, the hops of its redirect chain included. Written through
pipelines.archive.Archive, which decides what a page's row points to."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator

import sqlite_utils

from pipelines.items import FetchedPage, compress_body
from pipelines.urls import site_of

_UPSERT_PAGE = """
INSERT INTO pages (url, site, status, kind, article_id, fetched_at, redirected_to, error, response_id)
VALUES (:url, :site, :status, :kind, :article_id, :fetched_at, :redirected_to, :error, :response_id)
ON CONFLICT(url) DO UPDATE SET
    status = excluded.status, kind = excluded.kind, fetched_at = excluded.fetched_at,
    article_id = COALESCE(excluded.article_id, pages.article_id),
    redirected_to = excluded.redirected_to, error = excluded.error,
    response_id = COALESCE(excluded.response_id, pages.response_id)
"""


class PageRows:
    """Writes and reads of ``pages``, ``responses`` and ``bodies``."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def store_response(self, page: FetchedPage, compressed: bytes | None = None) -> int | None:
        """Archive the page's response (its body once, whatever URL it came from); the response's id,
        or None for a page that got none (a failed request). ``compressed``: the body already
        zlib-compressed elsewhere."""
        if page.status is None:
            return None
        sha = None
        if page.body:
            sha = hashlib.sha256(page.body).hexdigest()
            self.db.execute(
                "INSERT OR IGNORE INTO bodies (sha256, size, body) VALUES (?, ?, ?)",
                [sha, len(page.body), compressed if compressed is not None else compress_body(page.body)],
            )
        cursor = self.db.execute(
            "INSERT INTO responses (url, fetched_at, status, headers, body_sha256) VALUES (?, ?, ?, ?, ?)",
            [page.url, page.fetched_at, page.status, json.dumps(page.headers, ensure_ascii=False), sha],
        )
        return cursor.lastrowid

    def store(self, page: FetchedPage, article_id: int | None, response_id: int | None) -> None:
        """The page's row (an earlier article and response are kept when this one has none) and a
        ``redirect`` row per hop of its redirect chain, pointing where the page points."""
        self.db.execute(
            _UPSERT_PAGE,
            {
                "url": page.url,
                "site": page.site,
                "status": page.status,
                "kind": page.kind,
                "article_id": article_id,
                "fetched_at": page.fetched_at,
                "redirected_to": None,
                "error": page.error,
                "response_id": response_id,
            },
        )
        self.store_hops(page, article_id)

    def store_hops(self, page: FetchedPage, article_id: int | None) -> None:
        """A ``redirect`` row per hop of the page's redirect chain, pointing at ``article_id``."""
        for hop_url, hop_status in page.redirects:
            self.db.execute(
                _UPSERT_PAGE,
                {
                    "url": hop_url,
                    "site": site_of(hop_url),
                    "status": hop_status,
                    "kind": "redirect",
                    "article_id": article_id,
                    "fetched_at": page.fetched_at,
                    "redirected_to": page.url,
                    "error": None,
                    "response_id": None,
                },
            )

    def article_of(self, url: str) -> int | None:
        """The article the page at ``url`` points to, if any."""
        row = self.db.execute("SELECT article_id FROM pages WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def not_modified(self, page: FetchedPage) -> int | None:
        """A 304: the page keeps pointing to its last full response (it can still be re-extracted);
        only its time moves. Returns the article it points to, if any."""
        self.db.execute("UPDATE pages SET fetched_at = ?, status = 304 WHERE url = ?", [page.fetched_at, page.url])
        return self.article_of(page.url)

    def link_aliases(self) -> int:
        """Point redirect rows stored before their target page (distributed crawls, parallel
        pipelines) at the target's article; how many were linked."""
        return self.db.execute(
            "UPDATE pages SET article_id = (SELECT t.article_id FROM pages t WHERE t.url = pages.redirected_to)"
            " WHERE kind = 'redirect' AND article_id IS NULL AND redirected_to IS NOT NULL"
            " AND EXISTS (SELECT 1 FROM pages t WHERE t.url = pages.redirected_to AND t.article_id IS NOT NULL)"
        ).rowcount

    def size(self, url: str) -> int | None:
        """Bytes of the last response archived for the page at ``url``, if any."""
        row = self.db.execute(
            "SELECT b.size FROM pages p JOIN responses r ON r.id = p.response_id"
            " JOIN bodies b ON b.sha256 = r.body_sha256 WHERE p.url = ?",
            [url],
        ).fetchone()
        return row[0] if row else None

    def archived(self, site: str | None = None) -> Iterator[FetchedPage]:
        """Every HTML page with an archived body (latest response), for re-extraction without fetching."""
        sql = (
            "SELECT p.url, p.site, r.status, p.kind, r.fetched_at, r.headers, b.body FROM pages p"
            " JOIN responses r ON r.id = p.response_id JOIN bodies b ON b.sha256 = r.body_sha256"
            " WHERE p.kind IN ('article', 'listing', 'page') AND (? IS NULL OR p.site = ?) ORDER BY p.url"
        )
        for row in self.db.execute(sql, [site, site]):
            yield _page(*row)

    def page(self, url: str) -> FetchedPage | None:
        """The page at ``url`` as last fetched (body from the raw archive), or None when it has no body."""
        row = self.db.execute(
            "SELECT p.url, p.site, r.status, p.kind, r.fetched_at, r.headers, b.body, p.error FROM pages p"
            " JOIN responses r ON r.id = p.response_id JOIN bodies b ON b.sha256 = r.body_sha256 WHERE p.url = ?",
            [url],
        ).fetchone()
        return None if row is None else _page(*row)

    def in_fetch_order(self, site: str) -> Iterator[FetchedPage]:
        """Every archived HTML page of ``site`` (latest response), in the order they were stored; bodies
        read one at a time."""
        rows = self.db.execute(
            "SELECT p.url, p.site, r.status, p.kind, r.fetched_at, r.headers, r.body_sha256 FROM pages p"
            " JOIN responses r ON r.id = p.response_id WHERE p.site = ? AND p.kind IN ('article', 'listing', 'page')"
            " AND r.body_sha256 IS NOT NULL ORDER BY r.id",
            [site],
        ).fetchall()
        for url, site_, status, kind, fetched_at, headers, sha in rows:
            (body,) = self.db.execute("SELECT body FROM bodies WHERE sha256 = ?", [sha]).fetchone()
            yield _page(url, site_, status, kind, fetched_at, headers, body)


def _page(
    url: str,
    site: str,
    status: int,
    kind: str,
    fetched_at: str,
    headers: str | None,
    body: bytes,
    error: str | None = None,
) -> FetchedPage:
    """An archived page as it was fetched: ``headers`` as stored (JSON), ``body`` zlib-compressed."""
    return FetchedPage(
        url=url,
        site=site,
        status=status,
        kind=kind,
        fetched_at=fetched_at,
        body=zlib.decompress(body),
        headers=[tuple(h) for h in json.loads(headers or "[]")],
        error=error,
    )

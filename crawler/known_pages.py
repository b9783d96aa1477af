"""What the archive already holds for the sites of a crawl: the basis of incremental recrawls."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipelines.urls import site_of


@dataclass(frozen=True, slots=True)  # slots: a recrawl of a 100,000-page archive holds 100,000 of them
class Known:
    """The latest archived fetch of a URL."""

    kind: str
    fetched_at: str  # UTC ISO
    sha256: str | None
    etag: str | None
    last_modified: str | None


@dataclass
class KnownPages:
    pages: dict[str, Known] = field(default_factory=dict)
    sites_with_sitemap: set[str] = field(default_factory=set)

    def get(self, url: str) -> Known | None:
        return self.pages.get(url)

    def unchanged_since(self, url: str, lastmod: str | None) -> bool:
        """True when ``url`` was archived after ``lastmod`` (a sitemap's date of its last change)."""
        known = self.pages.get(url)
        if known is None or not lastmod:
            return False
        return _utc(known.fetched_at) >= _utc(lastmod)


def _utc(value: str) -> datetime:
    moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


_SQL = """
SELECT p.url, p.kind, r.fetched_at, r.body_sha256, r.headers
FROM pages p JOIN responses r ON r.id = p.response_id
WHERE p.site IN ({sites}) AND r.status IN (200, 304)
"""


def _header(headers: list, name: str) -> str | None:
    return next((v for k, v in headers if k.lower() == name), None)


def _read_only(db_path: str | Path) -> sqlite3.Connection | None:
    """A read-only connection to the archive, or None when it does not exist (yet)."""
    if not Path(db_path).is_file():
        return None
    try:
        return sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None


def load_known(db_path: str | Path, sites: Iterable[str]) -> KnownPages:
    """The archived pages of ``sites`` (read-only; an archive that does not exist yet knows nothing)."""
    sites = sorted(sites)
    known = KnownPages()
    conn = _read_only(db_path) if sites else None
    if conn is None:
        return known
    try:
        # Row by row: the response headers (JSON) of the whole archive are never in memory at once.
        for url, kind, fetched_at, sha, headers in conn.execute(_SQL.format(sites=",".join("?" * len(sites))), sites):
            pairs = json.loads(headers or "[]")
            known.pages[url] = Known(kind, fetched_at, sha, _header(pairs, "etag"), _header(pairs, "last-modified"))
            if kind == "sitemap":
                known.sites_with_sitemap.add(site_of(url))
    except sqlite3.Error:  # an archive from before the tables existed
        known = KnownPages()
    finally:
        conn.close()
    return known


def stored_urls(db_path: str | Path, urls: Iterable[str]) -> set[str]:
    """The URLs among ``urls`` that have a ``pages`` row (stored, whatever their outcome)."""
    urls = list(urls)
    conn = _read_only(db_path) if urls else None
    if conn is None:
        return set()
    try:
        found: set[str] = set()
        for start in range(0, len(urls), 500):
            chunk = urls[start : start + 500]
            rows = conn.execute(f"SELECT url FROM pages WHERE url IN ({','.join('?' * len(chunk))})", chunk)
            found.update(url for (url,) in rows)
        return found
    finally:
        conn.close()

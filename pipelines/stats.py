"""Per-site figures of an archive: pages, articles, duplicates, errors, date range."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

_SQL = """
SELECT p.site,
       count(*) AS pages,
       sum(p.kind = 'error') AS errors,
       (SELECT count(*) FROM articles a WHERE a.site = p.site) AS articles,
       (SELECT count(*) FROM articles a WHERE a.site = p.site AND a.duplicate_of IS NOT NULL) AS duplicates,
       (SELECT min(published) FROM articles a WHERE a.site = p.site) AS first_published,
       (SELECT max(published) FROM articles a WHERE a.site = p.site) AS last_published,
       max(p.fetched_at) AS last_fetched
FROM pages p GROUP BY p.site ORDER BY p.site
"""


@dataclass(frozen=True)
class SiteStats:
    site: str
    pages: int
    errors: int
    articles: int
    duplicates: int
    first_published: str | None
    last_published: str | None
    last_fetched: str | None


def site_stats(db: sqlite_utils.Database) -> list[SiteStats]:
    """One row per site that has pages in the archive."""
    return [SiteStats(*row) for row in db.execute(_SQL).fetchall()]


@dataclass(frozen=True)
class ShapeStats:
    """One learned URL shape of a site (the ``url_shapes`` table)."""

    site: str
    shape: str
    pages: int
    articles: int
    listings: int
    verdict: str
    stopped: str | None
    dropped: int


def shape_stats(db: sqlite_utils.Database, site: str | None = None) -> list[ShapeStats]:
    """The URL shapes the last crawl of each site learned, traps first, then by pages."""
    if "url_shapes" not in db.table_names():
        return []
    rows = db.execute(
        "SELECT site, shape, pages, articles, listings, verdict, stopped, dropped FROM url_shapes"
        " WHERE ? IS NULL OR site = ? ORDER BY site, verdict != 'trap', pages DESC, shape",
        [site, site],
    ).fetchall()
    return [ShapeStats(*row) for row in rows]

"""Which articles an export holds: sites, a publication-date range, duplicates or not, as parameterised SQL.

The articles are read with one cursor, in ``id`` order, one row at a time: nothing is collected in memory.
"""

from __future__ import annotations

import calendar
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from pipelines.export.errors import ExportError
from pipelines.export.fields import ARTICLE_COLUMNS, ExportArticle, from_row
from pipelines.urls import site_of

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
BUDDHIST_ERA_OFFSET = 543


def parse_bound(value: str | date | None, *, end: bool, name: str) -> date | None:
    """A ``since``/``until`` bound: ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` meaning the first day of
    that month or year (``since``) or its last day (``until``). Raises ExportError on anything else,
    including a Buddhist-era year (``2566``), which would silently select nothing."""
    if value is None or isinstance(value, date):
        return value
    match = _DATE.fullmatch(str(value).strip())
    if not match:
        raise ExportError(f"{name} expects a date as YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}")
    year, month, day = int(match[1]), match[2], match[3]
    if year > 2400:
        raise ExportError(
            f"{name} {value!r} looks like a Buddhist-era year: dates are Gregorian "
            f"(B.E. {year} = {year - BUDDHIST_ERA_OFFSET})"
        )
    try:
        if day is not None:
            return date(year, int(month), int(day))
        if month is not None:
            m = int(month)
            return date(year, m, calendar.monthrange(year, m)[1] if end else 1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError:
        raise ExportError(f"{name} is not a real date: {value!r}") from None


def normalise_site(site: str) -> str:
    """A site as the archive spells it (``articles.site``): ``www.X.go.th``, ``https://x.go.th/`` -> ``x.go.th``."""
    site = site.strip()
    return site_of(site if "://" in site else f"http://{site}")


@dataclass(frozen=True)
class Selection:
    """What to export. Bounds are inclusive and filter ``published``: an article without a date is
    left out as soon as either bound is given. Without ``include_duplicates``, copies
    (``duplicate_of`` set) are left out."""

    sites: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    include_duplicates: bool = False

    @classmethod
    def of(
        cls,
        sites: Iterable[str] = (),
        since: str | date | None = None,
        until: str | date | None = None,
        include_duplicates: bool = False,
    ) -> Selection:
        """Validate and normalise user input (raises ExportError)."""
        if isinstance(sites, str):
            sites = [sites]
        names = tuple(sorted({normalise_site(s) for s in sites if s and s.strip()}))
        lo = parse_bound(since, end=False, name="since")
        hi = parse_bound(until, end=True, name="until")
        if lo and hi and lo > hi:
            raise ExportError(f"since ({lo}) is after until ({hi}): nothing could match")
        return cls(sites=names, since=lo, until=hi, include_duplicates=include_duplicates)

    def where(self) -> tuple[str, list]:
        """The WHERE clause over ``articles a`` and its parameters."""
        conditions, params = ["1"], []
        if self.sites:
            conditions.append(f"a.site IN ({','.join('?' * len(self.sites))})")
            params += list(self.sites)
        if self.since:
            conditions.append("a.published >= ?")
            params.append(self.since.isoformat())
        if self.until:
            # published is YYYY-MM-DD; compare the date part so a longer value still sorts right
            conditions.append("substr(a.published, 1, 10) <= ?")
            params.append(self.until.isoformat())
        if not self.include_duplicates:
            conditions.append("a.duplicate_of IS NULL")
        return " AND ".join(conditions), params

    def describe(self) -> dict:
        """The filters as the manifest records them."""
        return {
            "sites": list(self.sites),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "include_duplicates": self.include_duplicates,
            "published_filter": "inclusive; articles without a published date are left out when since or until "
            "is given",
        }


def iter_articles(conn: sqlite3.Connection, selection: Selection, *, batch: int = 500) -> Iterator[ExportArticle]:
    """The selected articles, in ``id`` order, streamed from one cursor."""
    where, params = selection.where()
    cursor = conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE {where} ORDER BY a.id", params)
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield from_row(row)

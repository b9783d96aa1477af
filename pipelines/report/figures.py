"""What the coverage report shows, read from the archive: per-site figures as plain dataclasses (no HTML)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import sqlite_utils

from pipelines.run_refusals import latest_refusals
from pipelines.stats import ShapeStats, shape_stats

# Failure reasons of ``pages.error``, grouped as a person asks about them: (group, pattern), first match wins.
FAILURE_GROUPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("robots.txt", re.compile(r"robots", re.IGNORECASE)),
    ("timeout", re.compile(r"timeout|timed out|took longer|TimeoutError", re.IGNORECASE)),
    ("too large", re.compile(r"maxsize|too large|larger than|over \d+ ?[KMG]B|size", re.IGNORECASE)),
    ("parse", re.compile(r"extraction|links not read|parse|no article text", re.IGNORECASE)),
    ("DNS", re.compile(r"DNSLookupError|DNS", re.IGNORECASE)),
    ("connection", re.compile(r"Connection|Refused|Reset|TLS|SSL|Unreachable", re.IGNORECASE)),
)
_HTTP = re.compile(r"^HTTP (\d{3})")
# Crawl runs shown per site.
RUNS_SHOWN = 5
# Template lines shown per site (the most frequent first).
TEMPLATE_LINES_SHOWN = 12


def failure_reason(error: str) -> str:
    """The group of one ``pages.error``: ``HTTP 404``, ``timeout``, ``robots.txt``, ``too large``, ``parse``, ..."""
    found = _HTTP.match(error)
    if found:
        return f"HTTP {found.group(1)}"
    for group, pattern in FAILURE_GROUPS:
        if pattern.search(error):
            return group
    return "other"


@dataclass(frozen=True)
class ChainGap:
    """A previous/next link of an archived article that leads to a page the archive lacks or that failed."""

    site: str
    from_url: str
    to_url: str
    direction: str  # prev | next
    state: str  # "never fetched", or the failure (``HTTP 404``, ``TimeoutError: ...``)


@dataclass(frozen=True)
class ChainCheck:
    """The chain gaps found in one site's archived articles, and how many articles were read for them."""

    gaps: list[ChainGap]
    articles_read: int


@dataclass(frozen=True)
class RunFigures:
    """One crawl run as it touched a site (``crawl_runs``, and ``crawl_run_sites`` when recorded)."""

    id: int
    started_at: str
    finished_at: str | None
    finish_reason: str | None
    pages: int | None
    new_articles: int | None
    changed_articles: int | None
    errors: int | None
    articles_seen: int | None = None  # the site's articles this run stored or saw again
    empty_text_share: float | None = None
    template_leak_share: float | None = None
    undated_share: float | None = None
    mean_text_length: float | None = None
    drift: str | None = None  # why this run's extraction looks sharply worse than the site's previous runs


@dataclass
class SiteFigures:
    """Everything the report says about one site."""

    site: str
    pages: int = 0
    articles: int = 0
    duplicates: int = 0
    undated: int = 0
    first_published: str | None = None
    last_published: str | None = None
    kinds: dict[str, int] = field(default_factory=dict)
    months: list[tuple[str, int]] = field(default_factory=list)  # (YYYY-MM, articles), every month, gaps as 0
    shapes: list[ShapeStats] = field(default_factory=list)
    failures: dict[str, int] = field(default_factory=dict)
    refused: dict[str, int] = field(default_factory=dict)  # requests not made, by reason (latest run)
    template_lines: list[tuple[str, int]] = field(default_factory=list)  # (line, pages)
    template_lines_total: int = 0
    copies_from: dict[str, int] = field(default_factory=dict)  # site it republishes -> copies
    copied_by: dict[str, int] = field(default_factory=dict)  # site republishing it -> copies
    runs: list[RunFigures] = field(default_factory=list)  # newest first
    chain_gaps: list[ChainGap] = field(default_factory=list)
    chain_articles_read: int | None = None  # articles whose prev/next links were checked; None: not checked

    @property
    def errors(self) -> int:
        return sum(self.failures.values())

    @property
    def traps(self) -> list[ShapeStats]:
        return [shape for shape in self.shapes if shape.verdict == "trap"]

    @property
    def drift(self) -> str | None:
        """The drift warning of the site's latest run that has figures, if it was flagged."""
        return next((run.drift for run in self.runs if run.articles_seen is not None), None)

    @property
    def flags(self) -> list[str]:
        """Why a person should look at this site, worst first."""
        found = []
        if not self.articles:
            found.append("no articles")
        if self.drift:
            found.append("extraction worse than before")
        if self.pages and self.errors / self.pages >= 0.2:
            found.append("many failures")
        if self.chain_gaps:
            found.append("chain gaps")
        return found

    def severity(self) -> tuple:
        """Sort key: no articles first, then falling extraction quality, then the share and number of failures."""
        share = self.errors / self.pages if self.pages else 1.0
        return (bool(self.articles), not self.drift, -share, -self.errors, self.site)


def every_month(rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Every month from the first to the last with articles, the months without any as 0 (gaps stay visible)."""
    counts = {month: n for month, n in rows if month and re.fullmatch(r"\d{4}-\d{2}", month)}
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:])
    found = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        found.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def _has(db: sqlite_utils.Database, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone() is not None


def archive_sites(db: sqlite_utils.Database) -> list[str]:
    """Every site the archive holds pages or articles of."""
    # A site robots.txt closed entirely has no page: its refusals name it.
    refused = " UNION SELECT site FROM crawl_run_refusals" if _has(db, "crawl_run_refusals") else ""
    return [r[0] for r in db.execute(f"SELECT site FROM pages UNION SELECT site FROM articles{refused} ORDER BY 1")]


def site_figures(db: sqlite_utils.Database, site: str) -> SiteFigures:
    """The figures of one site (chain gaps are added by the caller: finding them reads the pages' bodies)."""
    figures = SiteFigures(site)
    figures.kinds = dict(db.execute("SELECT kind, count(*) FROM pages WHERE site = ? GROUP BY kind", [site]))
    figures.pages = sum(n for kind, n in figures.kinds.items() if kind not in ("alias", "redirect"))
    row = db.execute(
        "SELECT count(*), count(duplicate_of), sum(published IS NULL), min(published), max(published)"
        " FROM articles WHERE site = ?",
        [site],
    ).fetchone()
    figures.articles, figures.duplicates = row[0], row[1]
    figures.undated, figures.first_published, figures.last_published = row[2] or 0, row[3], row[4]
    figures.months = every_month(
        db.execute(
            "SELECT substr(published, 1, 7), count(*) FROM articles WHERE site = ? AND published IS NOT NULL"
            " GROUP BY 1",
            [site],
        ).fetchall()
    )
    figures.shapes = shape_stats(db, site)
    reasons: Counter[str] = Counter()
    for (error,) in db.execute("SELECT error FROM pages WHERE site = ? AND kind = 'error'", [site]):
        reasons[failure_reason(error or "")] += 1
    figures.failures = dict(reasons.most_common())
    figures.refused = latest_refusals(db, site)
    figures.template_lines = [
        tuple(r)
        for r in db.execute(
            "SELECT line, pages FROM site_boilerplate WHERE site = ? ORDER BY pages DESC, line LIMIT ?",
            [site, TEMPLATE_LINES_SHOWN],
        )
    ]
    figures.template_lines_total = db.execute(
        "SELECT count(*) FROM site_boilerplate WHERE site = ?", [site]
    ).fetchone()[0]
    figures.copies_from = dict(
        db.execute(
            "SELECT o.site, count(*) FROM duplicates d JOIN articles a ON a.id = d.article_id"
            " JOIN articles o ON o.id = d.original_id WHERE a.site = ? AND o.site != a.site"
            " GROUP BY o.site ORDER BY 2 DESC",
            [site],
        )
    )
    figures.copied_by = dict(
        db.execute(
            "SELECT a.site, count(*) FROM duplicates d JOIN articles a ON a.id = d.article_id"
            " JOIN articles o ON o.id = d.original_id WHERE o.site = ? AND a.site != o.site"
            " GROUP BY a.site ORDER BY 2 DESC",
            [site],
        )
    )
    figures.runs = site_runs(db, site)
    return figures


def site_runs(db: sqlite_utils.Database, site: str, limit: int = RUNS_SHOWN) -> list[RunFigures]:
    """The last crawl runs that crawled ``site``, newest first, with its extraction figures when recorded."""
    quality = _has(db, "crawl_run_sites")
    columns = (
        "q.articles, q.empty_text_share, q.template_leak_share, q.undated_share, q.mean_text_length, q.drift"
        if quality
        else "NULL, NULL, NULL, NULL, NULL, NULL"
    )
    join = "LEFT JOIN crawl_run_sites q ON q.run_id = r.id AND q.site = ?" if quality else ""
    rows = db.execute(
        f"SELECT r.id, r.started_at, r.finished_at, r.finish_reason, r.pages, r.new_articles, r.changed_articles,"
        f" r.errors, {columns} FROM crawl_runs r {join}"
        f" WHERE instr(' ' || r.sites || ' ', ' ' || ? || ' ') > 0 ORDER BY r.id DESC LIMIT ?",
        [*([site] if quality else []), site, limit],
    ).fetchall()
    return [RunFigures(*row) for row in rows]


def all_figures(db: sqlite_utils.Database, sites: list[str] | None = None) -> list[SiteFigures]:
    """Figures of ``sites`` (default: every site of the archive), in no particular order."""
    return [site_figures(db, site) for site in (sites if sites is not None else archive_sites(db))]


def republishing(figures: list[SiteFigures]) -> list[tuple[str, str, int]]:
    """(copying site, original site, copies), most copies first: who republishes whom."""
    pairs = [(f.site, original, n) for f in figures for original, n in f.copies_from.items()]
    return sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))

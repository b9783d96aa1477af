"""The coverage report: one self-contained HTML file showing what an archive holds, worst sites first.

``write_report(db_path, out)`` reads the archive (never writing it) and writes ``out``: per site, articles
per month (inline SVG, gaps visible), page kinds, URL shapes and traps, failures by reason, chain gaps,
duplicates and who republishes whom, template lines, and the last crawl runs with their extraction
figures and drift warnings. No script, font or style is loaded from anywhere at view time.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from pipelines.report.figures import ChainCheck, ChainGap, SiteFigures, all_figures, archive_sites
from pipelines.report.page import render
from pipelines.urls import site_of

__all__ = ["ChainCheck", "ChainGap", "ReportError", "ReportResult", "SiteFigures", "build_figures", "write_report"]

# Finds the chain gaps of one site (crawler.chain_gaps reads the archived pages with the crawl's navigation).
ChainGapFinder = Callable[[sqlite_utils.Database, str], ChainCheck]


class ReportError(ValueError):
    """What the user asked for cannot be reported: no archive, an unknown site, an unwritable file."""


@dataclass(frozen=True)
class ReportResult:
    out: Path
    sites: int
    articles: int
    flagged: list[str]  # sites to look at, worst first

    def summary(self) -> str:
        shown = ", ".join(self.flagged[:3]) + (", …" if len(self.flagged) > 3 else "")
        look = f"{len(self.flagged)} to look at ({shown})" if self.flagged else "none to look at"
        return f"{self.sites} sites, {self.articles} articles, {look} -> {self.out}"


def normalise_site(site: str) -> str:
    """A site as the archive spells it: ``www.X.go.th`` and ``https://x.go.th/`` are ``x.go.th``."""
    cleaned = site.strip()
    try:
        return site_of(cleaned if "://" in cleaned else f"http://{cleaned}")
    except ValueError:
        raise ReportError(f"--site {site[:80]!r} is not a host name") from None


def build_figures(
    db: sqlite_utils.Database, sites: Iterable[str] = (), chain_gaps: ChainGapFinder | None = None
) -> list[SiteFigures]:
    """Figures of the chosen sites (default all), worst first. Raises ReportError for a site not in the archive."""
    known = archive_sites(db)
    chosen = [normalise_site(s) for s in sites]
    missing = [s for s in chosen if s not in known]
    if missing:
        shown = ", ".join(known[:5]) + (", …" if len(known) > 5 else "")
        raise ReportError(f"no site {missing[0]} in the archive (it holds {shown or 'no sites'})")
    figures = all_figures(db, list(dict.fromkeys(chosen)) or known)
    if chain_gaps is not None:
        for f in figures:
            check = chain_gaps(db, f.site)
            f.chain_gaps, f.chain_articles_read = check.gaps, check.articles_read
    return sorted(figures, key=SiteFigures.severity)


def _open(db_path: Path) -> sqlite_utils.Database:
    from pipelines.schema import NotAnArchive, open_database

    if not db_path.is_file():
        raise ReportError(f"no archive at {db_path} (crawl first, or give --db PATH)")
    try:
        return open_database(db_path, readonly=True)
    except NotAnArchive as exc:
        raise ReportError(str(exc)) from None
    except (OSError, sqlite3.Error) as exc:
        raise ReportError(f"cannot open the archive at {db_path}: {exc}") from None


def _write(out: Path, html: str) -> None:
    """Write ``out`` through ``out.partial``, so a failure never leaves half a report."""
    if out.is_dir():
        raise ReportError(f"{out} is a directory: give a file name, e.g. {out / 'report.html'}")
    if out.exists() and not out.is_file():
        raise ReportError(f"{out} is not a regular file: give another name")
    partial = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(html, encoding="utf-8")
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ReportError(f"cannot write {out}: {exc.strerror or exc}") from None


def write_report(
    db_path: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    sites: Iterable[str] = (),
    chain_gaps: ChainGapFinder | None = None,
) -> ReportResult:
    """Write the coverage report of the archive at ``db_path`` (only ``sites``, if given) to ``out``."""
    db_path, out = Path(db_path), Path(out)
    if out.exists() and db_path.exists() and os.path.samefile(out, db_path):
        raise ReportError(f"{out} is the archive itself: give another file name")
    db = _open(db_path)
    try:
        figures = build_figures(db, sites, chain_gaps)
    finally:
        db.close()
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    _write(out, render(figures, archive=db_path.name, generated_at=now))
    return ReportResult(out, len(figures), sum(f.articles for f in figures), [f.site for f in figures if f.flags])

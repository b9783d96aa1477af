"""Extraction quality of a crawl run per site, and drift: a run that extracts sharply worse than the site's
previous runs (a site changed its theme). What Spidermon asks of item counts, asked of extraction quality.

Measured over the site's article pages the run fetched (or found unchanged), after the site was settled:
pages read as articles, and pages that hold an archived article but that this run no longer read as one
(a new theme often makes posts look like other pages; the archive keeps their earlier text). Figures:
the share with empty text (no article text from this run: nothing found, or no longer read as an
article), with a leaked template line (a line of the site's learned template left in the text: the text
was all template), without a date, and the mean text length of those with text.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from pipelines.extract.templates import line_key

# A run is compared with the mean of the site's previous runs that have figures, up to this many.
BASELINE_RUNS = 3
# Runs with fewer article pages than this are recorded but neither flagged nor used as a baseline.
MIN_ARTICLES = 5
# A share (empty text, leaked template, no date) that rises by this much (absolute) is drift ...
SHARE_RISE = 0.25
# ... and so is a mean text length below this fraction of the baseline's, or above its inverse.
LENGTH_RATIO = 0.5

# Article pages of a site fetched since a time; redirect hops and aliases carry their target's article.
_PAGES = (
    "SELECT p.url, p.kind, p.article_id, a.text, a.published FROM pages p LEFT JOIN articles a ON a.id = p.article_id"
    " WHERE p.site = ? AND p.fetched_at >= ? AND (p.kind = 'article'"
    " OR (p.article_id IS NOT NULL AND p.kind NOT IN ('redirect', 'alias')))"
    " ORDER BY p.kind = 'article' DESC"
)


@dataclass(frozen=True)
class ExtractionQuality:
    """Extraction figures of one site in one run."""

    articles: int  # article pages the run fetched or saw unchanged (one per article), read as articles or not
    empty_text_share: float
    template_leak_share: float
    undated_share: float
    mean_text_length: float  # characters, over the articles that have text


def measure(db: sqlite_utils.Database, site: str, since: str) -> ExtractionQuality:
    """The figures of ``site``'s article pages fetched at or after ``since`` (the run's start, ISO UTC)."""
    template = {k for (k,) in db.execute("SELECT line_key FROM site_boilerplate WHERE site = ?", [site])}
    # Per article, its figures and not its text: a site of 100,000 articles is measured in a few MB.
    seen: dict[object, tuple[int, bool, bool]] = {}  # key -> (text length, leaked, dated)
    for url, kind, article_id, text, published in db.execute(_PAGES, [site, since]):
        key = article_id or url
        if key in seen:
            continue  # one article's pages count once, as an article first
        if kind != "article" or not text:
            seen[key] = (0, False, False)  # not read as an article this time: the archived text is an earlier one
        else:
            leak = any(line_key(line) in template for line in text.splitlines())
            seen[key] = (len(text), leak, bool(published))
    lengths = [length for length, _, _ in seen.values() if length]
    total = len(seen)
    leaked = sum(1 for _, leak, _ in seen.values() if leak)
    undated = sum(1 for length, _, dated in seen.values() if length and not dated)
    return ExtractionQuality(
        articles=total,
        empty_text_share=(total - len(lengths)) / total if total else 0.0,
        template_leak_share=leaked / total if total else 0.0,
        undated_share=undated / total if total else 0.0,
        mean_text_length=sum(lengths) / len(lengths) if lengths else 0.0,
    )


def drift(current: ExtractionQuality, previous: list[ExtractionQuality]) -> str | None:
    """Why ``current`` is sharply worse than the mean of ``previous`` (newest first), or None."""
    baseline = [q for q in previous if q.articles >= MIN_ARTICLES][:BASELINE_RUNS]
    if current.articles < MIN_ARTICLES or not baseline:
        return None
    reasons = []
    for name, label in (
        ("empty_text_share", "empty text"),
        ("template_leak_share", "template lines in the text"),
        ("undated_share", "no date"),
    ):
        before = sum(getattr(q, name) for q in baseline) / len(baseline)
        now = getattr(current, name)
        if now - before >= SHARE_RISE:
            reasons.append(f"{label} {before:.0%} -> {now:.0%}")
    before = sum(q.mean_text_length for q in baseline) / len(baseline)
    now = current.mean_text_length
    if before and (now < before * LENGTH_RATIO or now > before / LENGTH_RATIO):
        reasons.append(f"mean text length {before:,.0f} -> {now:,.0f} characters")
    return "; ".join(reasons) or None


def previous_quality(db: sqlite_utils.Database, site: str, before_run: int) -> list[ExtractionQuality]:
    """The figures of ``site`` in the runs before ``before_run``, newest first."""
    rows = db.execute(
        "SELECT articles, empty_text_share, template_leak_share, undated_share, mean_text_length"
        " FROM crawl_run_sites WHERE site = ? AND run_id < ? ORDER BY run_id DESC LIMIT ?",
        [site, before_run, BASELINE_RUNS * 4],
    ).fetchall()
    return [ExtractionQuality(*row) for row in rows]


def record_run_quality(
    db: sqlite_utils.Database, run_id: int, sites: list[str], since: str
) -> dict[str, tuple[ExtractionQuality, str | None]]:
    """Measure each site of run ``run_id``, judge drift against its previous runs, and record both in
    ``crawl_run_sites`` and the run's totals in ``crawl_runs``. Returns ``{site: (figures, drift)}``.
    The caller holds the transaction."""
    found: dict[str, tuple[ExtractionQuality, str | None]] = {}
    for site in sites:
        quality = measure(db, site, since)
        if not quality.articles and not previous_quality(db, site, run_id):
            continue  # a site with no articles, ever: nothing to measure
        warning = drift(quality, previous_quality(db, site, run_id))
        found[site] = (quality, warning)
        db.execute(
            "INSERT OR REPLACE INTO crawl_run_sites (run_id, site, articles, empty_text_share, template_leak_share,"
            " undated_share, mean_text_length, drift) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, site, *_values(quality), warning],
        )
    total = sum(q.articles for q, _ in found.values())
    if total:
        weighted = [sum(getattr(q, name) * q.articles for q, _ in found.values()) / total for name in _SHARES]
        with_text = sum(q.articles * (1 - q.empty_text_share) for q, _ in found.values())
        length = sum(q.mean_text_length * q.articles * (1 - q.empty_text_share) for q, _ in found.values())
        drifted = "; ".join(f"{site}: {w}" for site, (_, w) in sorted(found.items()) if w) or None
        db.execute(
            "UPDATE crawl_runs SET articles_seen = ?, empty_text_share = ?, template_leak_share = ?,"
            " undated_share = ?, mean_text_length = ?, drift = ? WHERE id = ?",
            [total, *weighted, length / with_text if with_text else 0.0, drifted, run_id],
        )
    return found


_SHARES = ("empty_text_share", "template_leak_share", "undated_share")


def _values(q: ExtractionQuality) -> list[float | int]:
    return [q.articles, q.empty_text_share, q.template_leak_share, q.undated_share, q.mean_text_length]

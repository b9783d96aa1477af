"""The coverage report as one self-contained HTML page: inline CSS, inline SVG, a few lines of inline script."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from html import escape
from urllib.parse import unquote

from pipelines.report.charts import month_bars, share_bar
from pipelines.report.figures import RunFigures, SiteFigures, every_month, republishing

# Thai needs a font with Thai glyphs: the first one the viewer's system has is used. Debian's
# fonts-thai-tlwg gives Garuda, Loma, Norasi; Windows has Leelawadee UI and Tahoma; macOS Thonburi.
FONTS = '"Noto Sans Thai", "Leelawadee UI", Thonburi, Garuda, Loma, Tahoma, "Noto Sans", sans-serif'
CHAIN_GAPS_SHOWN = 20

STYLE = f"""
body {{ font-family: {FONTS}; margin: 1.5rem auto; max-width: 1100px; color: #1d1d1f; line-height: 1.45; }}
h1 {{ margin-bottom: .2rem; }} h2 {{ margin: 0 0 .4rem; }} h3 {{ margin: 1rem 0 .3rem; font-size: 1rem; }}
table {{ border-collapse: collapse; margin: .3rem 0; font-size: .9rem; }}
td, th {{ border-bottom: 1px solid #ddd; padding: .15rem .6rem; text-align: left; vertical-align: top; }}
td.n, th.n {{ text-align: right; font-variant-numeric: tabular-nums; }}
section.site {{ border: 1px solid #ccc; border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0; }}
section.site.flagged {{ border-color: #c0392b; border-width: 2px; }}
.flag {{ display: inline-block; background: #c0392b; color: #fff; border-radius: 3px; padding: 0 .4rem;
  margin-right: .3rem; font-size: .8rem; }}
.drift {{ color: #c0392b; font-weight: bold; }}
.muted, .empty {{ color: #777; }}
svg.months {{ height: 140px; background: #fafafa; }}
svg .bar {{ fill: #2e6fba; }} svg .bar.gap {{ fill: #c0392b; }} svg .axis {{ stroke: #999; stroke-width: 1; }}
svg .tick {{ font-size: 11px; fill: #555; }} svg .tick.top {{ text-anchor: end; }}
svg .share-bg {{ fill: #eee; }} svg .share-fg {{ fill: #e67e22; }}
.controls {{ margin: 1rem 0; }} .hidden {{ display: none; }}
code {{ font-size: .85rem; }}
"""

# Filter the sites by name, or show only the flagged ones. Nothing is loaded from anywhere.
SCRIPT = """
(function () {
  var box = document.getElementById('filter'), flagged = document.getElementById('only-flagged');
  function apply() {
    var text = box.value.trim().toLowerCase(), shown = 0;
    document.querySelectorAll('section.site').forEach(function (s) {
      var show = s.dataset.site.indexOf(text) >= 0 && (!flagged.checked || s.classList.contains('flagged'));
      s.classList.toggle('hidden', !show);
      if (show) { shown += 1; }
    });
    document.getElementById('shown').textContent = shown;
  }
  box.addEventListener('input', apply);
  flagged.addEventListener('change', apply);
  apply();
  document.documentElement.dataset.ready = 'yes';
})();
"""


def _slug(site: str) -> str:
    return "site-" + re.sub(r"[^a-z0-9]+", "-", site.lower())


def _table(head: list[str], rows: list[list[str]], numeric: AbstractSet[int] = frozenset(), css: str = "") -> str:
    if not rows:
        return '<p class="empty">none</p>'
    cells = "".join(f'<th class="{"n" if i in numeric else ""}">{h}</th>' for i, h in enumerate(head))
    body = "".join(
        "<tr>" + "".join(f'<td class="{"n" if i in numeric else ""}">{c}</td>' for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table class="{css}"><tr>{cells}</tr>{body}</table>'


def _url(url: str) -> str:
    """A URL as a person reads it (Thai slugs shown as Thai), escaped."""
    return f'<a href="{escape(url)}">{escape(unquote(url))}</a>'


def _runs(runs: list[RunFigures]) -> str:
    rows = []
    for run in runs:
        rows.append(
            [
                str(run.id),
                escape(run.started_at or ""),
                escape(run.finish_reason or "killed or running"),
                str(run.pages or 0),
                f"{run.new_articles or 0} / {run.changed_articles or 0}",
                str(run.errors or 0),
                "–" if run.articles_seen is None else str(run.articles_seen),
                share_bar(run.empty_text_share),
                share_bar(run.template_leak_share),
                share_bar(run.undated_share),
                "–" if run.mean_text_length is None else f"{run.mean_text_length:,.0f}",
                f'<span class="drift">{escape(run.drift)}</span>' if run.drift else "",
            ]
        )
    head = [  # the run's own figures cover all the sites it crawled; the extraction figures are this site's
        "run",
        "started (UTC)",
        "finish",
        "pages (run)",
        "new / changed (run)",
        "errors (run)",
        "article pages",
        "empty text",
        "template leaked",
        "no date",
        "mean length",
        "drift",
    ]
    return _table(head, rows, {0, 3, 5, 6, 10}, "runs")


def site_section(f: SiteFigures) -> str:
    """One site's part of the report."""
    flags = "".join(f'<span class="flag">{escape(flag)}</span>' for flag in f.flags)
    span = f"{f.first_published or '?'} .. {f.last_published or '?'}" if f.articles else "–"
    kinds = ", ".join(f"{escape(k)} {n}" for k, n in sorted(f.kinds.items(), key=lambda kv: -kv[1])) or "none"
    shapes = [
        [
            f"<code>{escape(unquote(s.shape))}</code>",
            str(s.pages),
            str(s.articles),
            str(s.listings),
            escape(s.verdict),
            escape(s.stopped or "") + (f" ({s.dropped} requests dropped)" if s.stopped else ""),
        ]
        for s in f.shapes
    ]
    gaps = [
        [escape(g.direction), _url(g.from_url), _url(g.to_url), escape(g.state)]
        for g in f.chain_gaps[:CHAIN_GAPS_SHOWN]
    ]
    more_gaps = len(f.chain_gaps) - len(gaps)
    copies = [[escape(site), str(n)] for site, n in f.copies_from.items()]
    copied = [[escape(site), str(n)] for site, n in f.copied_by.items()]
    template = [[escape(line), str(n)] for line, n in f.template_lines]
    return f"""
<section class="site{" flagged" if f.flags else ""}" id="{_slug(f.site)}" data-site="{escape(f.site)}"
 data-flags="{escape(" ".join(f.flags))}">
<h2>{escape(f.site)} {flags}</h2>
<p><b class="articles">{f.articles}</b> articles ({f.duplicates} republished copies, {f.undated} without a date),
 published {escape(span)}; {f.pages} pages fetched, {f.errors} failed; page kinds: {kinds}.</p>
<h3>Articles per month</h3>
{month_bars(f.months, f"{f.site}: articles per month")}
<h3>Failures by reason</h3>
{_table(["reason", "pages"], _failure_rows(f), {1}, "failures")}
<h3>Chain gaps (a previous/next link to a page that is missing or failed)</h3>
<p class="muted">{_chain_checked(f)}</p>
{_table(["link", "from", "to", "state"], gaps, set(), "gaps")}
{f'<p class="muted">and {more_gaps} more</p>' if more_gaps > 0 else ""}
<h3>URL shapes learned ({len(f.traps)} traps stopped)</h3>
{_table(["shape", "pages", "articles", "listings", "verdict", "why stopped"], shapes, {1, 2, 3}, "shapes")}
<h3>Duplicates</h3>
<p>Republishes from:</p>{_table(["site", "copies"], copies, {1}, "copies-from")}
<p>Republished by:</p>{_table(["site", "copies"], copied, {1}, "copied-by")}
<h3>Template lines learned ({f.template_lines_total}; the most frequent)</h3>
{_table(["line", "pages"], template, {1}, "template")}
<h3>Last crawl runs</h3>
{_runs(f.runs)}
</section>"""


def _chain_checked(f: SiteFigures) -> str:
    if f.chain_articles_read is None:
        return "not checked"
    if not f.chain_articles_read:
        return "no archived article to check"
    if f.chain_articles_read < f.articles:
        return f"the newest {f.chain_articles_read} of {f.articles} articles checked"
    return f"all {f.chain_articles_read} articles checked"


def _overview(figures: list[SiteFigures]) -> str:
    rows = [
        [
            f'<a href="#{_slug(f.site)}">{escape(f.site)}</a>',
            "".join(f'<span class="flag">{escape(flag)}</span>' for flag in f.flags),
            str(f.articles),
            str(f.pages),
            str(f.errors),
            escape(f"{f.first_published or '?'} .. {f.last_published or '?'}" if f.articles else "–"),
            escape(f.runs[0].started_at if f.runs else "–"),
        ]
        for f in figures
    ]
    return _table(["site", "look at", "articles", "pages", "failed", "published", "last crawl"], rows, {2, 3, 4})


def _failure_rows(f: SiteFigures) -> list[list[str]]:
    """The site's failed pages by reason, then the requests its latest crawl did not make (robots.txt)."""
    rows = [[escape(r), str(n)] for r, n in f.failures.items()]
    return rows + [[f"{escape(r)} (refused, not fetched)", str(n)] for r, n in f.refused.items()]


def _whole_archive(figures: list[SiteFigures]) -> str:
    """The archive's totals: page kinds, failures by reason, traps, chain gaps, copies, template lines, drift."""
    kinds: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    for f in figures:
        kinds.update(f.kinds)
        failures.update(f.failures)
        refused.update(f.refused)
    traps = [t for f in figures for t in f.traps]
    rows = [
        ["page kinds", escape(", ".join(f"{k} {n}" for k, n in kinds.most_common()) or "none")],
        ["failures by reason", escape(", ".join(f"{r} {n}" for r, n in failures.most_common()) or "none")],
        ["requests refused", escape(", ".join(f"{r} {n}" for r, n in refused.most_common()) or "none")],
        ["traps stopped", f"{len(traps)} URL shapes, {sum(t.dropped for t in traps)} requests dropped"],
        ["chain gaps", str(sum(len(f.chain_gaps) for f in figures))],
        ["republished copies", str(sum(f.duplicates for f in figures))],
        ["template lines learned", str(sum(f.template_lines_total for f in figures))],
        ["sites whose extraction got worse", str(sum(1 for f in figures if f.drift))],
    ]
    return _table(["", ""], rows, set(), "whole")


def render(figures: list[SiteFigures], *, archive: str, generated_at: str) -> str:
    """The whole report for ``figures`` (already sorted worst first)."""
    months: Counter[str] = Counter()
    for f in figures:
        months.update(dict(f.months))
    whole = every_month(sorted(months.items()))
    copies = [[escape(a), escape(b), str(n)] for a, b, n in republishing(figures)]
    total = sum(f.articles for f in figures)
    flagged = sum(1 for f in figures if f.flags)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tessaban: coverage of {escape(archive)}</title>
<style>{STYLE}</style></head>
<body>
<h1>Coverage of <code>{escape(archive)}</code></h1>
<p class="muted">Written by tessaban at {escape(generated_at)} UTC. {len(figures)} sites, {total} articles,
 {flagged} sites to look at (listed first).</p>
<h2>Whole archive: articles per month</h2>
{month_bars(whole, "whole archive: articles per month")}
{_whole_archive(figures)}
<h2>Sites, worst first</h2>
{_overview(figures)}
<h2>Who republishes whom</h2>
{_table(["site", "republishes from", "copies"], copies, {2}, "republishing")}
<div class="controls"><label>Site: <input id="filter" type="search" placeholder="filter by name"></label>
 <label><input id="only-flagged" type="checkbox"> only sites to look at</label>
 (<span id="shown">{len(figures)}</span> shown)</div>
{"".join(site_section(f) for f in figures)}
<script>{SCRIPT}</script>
</body></html>
"""

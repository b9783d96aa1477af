"""Inline SVG charts of the coverage report: drawn here, so the report needs no script library or network."""

from __future__ import annotations

from html import escape

# Size of a month chart, in CSS pixels.
WIDTH = 720
HEIGHT = 140
LABELS_HEIGHT = 18
# A month without articles is drawn as a short red mark on the axis, so a gap is visible.
GAP_MARK = 3


def month_bars(months: list[tuple[str, int]], title: str) -> str:
    """A bar chart of articles per month: one ``rect.bar`` per month (``data-month``, ``data-articles``),
    months without articles as ``rect.bar.gap``; January of each year labelled on the axis."""
    if not months:
        return '<p class="empty">no dated articles: nothing to chart</p>'
    top = max(n for _, n in months) or 1
    plot = HEIGHT - LABELS_HEIGHT
    step = WIDTH / len(months)
    width = max(1.0, step * 0.8)
    parts = [
        f'<svg class="months" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
        f'preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        f'<line x1="0" y1="{plot}" x2="{WIDTH}" y2="{plot}" class="axis"/>',
    ]
    for i, (month, n) in enumerate(months):
        x = i * step + (step - width) / 2
        height = GAP_MARK if n == 0 else max(1.0, (plot - 4) * n / top)
        css = "bar gap" if n == 0 else "bar"
        y = plot - height if n else plot
        parts.append(
            f'<rect class="{css}" data-month="{month}" data-articles="{n}" x="{x:.1f}" y="{y:.1f}" '
            f'width="{width:.1f}" height="{height:.1f}"><title>{month}: {n} articles</title></rect>'
        )
        if i == 0 or month.endswith("-01"):
            parts.append(f'<text x="{x:.1f}" y="{HEIGHT - 4}" class="tick">{month[:4]}</text>')
    parts.append(f'<text x="{WIDTH - 2}" y="12" class="tick top">max {top}</text></svg>')
    return "".join(parts)


def share_bar(value: float | None) -> str:
    """A small horizontal bar for a share between 0 and 1 (extraction figures of a run)."""
    if value is None:
        return "–"
    width = round(60 * min(max(value, 0.0), 1.0))
    return (
        f'<svg class="share" width="62" height="10" xmlns="http://www.w3.org/2000/svg">'
        f'<rect x="0" y="1" width="61" height="8" class="share-bg"/>'
        f'<rect x="0" y="1" width="{width}" height="8" class="share-fg"/></svg> {value:.0%}'
    )

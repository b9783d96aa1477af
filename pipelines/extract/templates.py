"""Site-level template learning: lines that recur across many pages of one site are boilerplate.

trafilatura keeps a site's sign-off strip, slogan or "ภาพกิจกรรม" heading when it sits inside the
content area; comparing the pages of one site reveals it. Learning counts, for each line, the number
of distinct pages it appears on (so a sentence one article repeats counts once), which makes the
result independent of the order pages were crawled in. Pure functions; the archive stores the result.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass

from pipelines.dedup import normalised_for_hash

# A line is template when it is on at least this many pages of the site ...
MIN_PAGES = 3
# ... and on at least this share of them (a big site's one-off quotes stay).
MIN_SHARE = 0.05


def line_key(line: str) -> str:
    """Comparison key of a line: case, spaces and punctuation removed."""
    return normalised_for_hash(line)


def learn_boilerplate(
    texts: Iterable[str], min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE
) -> dict[str, tuple[str, int]]:
    """The lines that recur on at least ``max(min_pages, min_share * pages)`` of ``texts``.

    Returns ``{line key: (line, number of pages)}``; the line shown is the smallest spelling seen,
    so the result does not depend on the order of ``texts``.
    """
    pages = 0
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for text in texts:
        pages += 1
        for line in text.splitlines():
            key = line_key(line)
            if key and (key not in spelling or line < spelling[key]):
                spelling[key] = line
        counts.update({line_key(line) for line in text.splitlines()} - {""})
    threshold = max(min_pages, math.ceil(min_share * pages))
    return {key: (spelling[key], n) for key, n in sorted(counts.items()) if n >= threshold}


@dataclass(frozen=True)
class Stripped:
    """An article text with its template lines removed, and what was removed (to restore it later)."""

    text: str
    removed: tuple[tuple[int, str], ...]  # (line index in the full text, line)


def strip_boilerplate(text: str, boilerplate: Container[str]) -> Stripped:
    """Remove the lines whose key is in ``boilerplate``; keep the text whole if nothing would remain."""
    lines = text.splitlines()
    kept = [line for line in lines if line_key(line) not in boilerplate]
    if not kept or len(kept) == len(lines):
        return Stripped(text, ())
    removed = tuple((i, line) for i, line in enumerate(lines) if line_key(line) in boilerplate)
    return Stripped("\n".join(kept), removed)


def restore(text: str, removed: Iterable[tuple[int, str]]) -> str:
    """The full text before ``strip_boilerplate`` removed ``removed`` from it."""
    lines = text.splitlines() if text else []
    for index, line in sorted(removed):
        lines.insert(index, line)
    return "\n".join(lines)

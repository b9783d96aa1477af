"""Registry of fixture families.

To add a family (e.g. Joomla, static HTML): write ``families/<name>.py`` with
``build(base_url: str) -> FixtureSite`` (register every URL with
``site.add``, append ground truth to ``site.articles`` oldest first), add its
stories to ``corpus.py`` and its builder to ``BUILDERS`` below.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import FixtureSite
from . import news_large, table_cms, wp_classic, wp_modern

BUILDERS: dict[str, Callable[[str], FixtureSite]] = {
    "wp_modern": wp_modern.build,
    "wp_classic": wp_classic.build,
    "table_cms": table_cms.build,
    "news_large": news_large.build,  # 1,000 posts, changes between crawls (incremental recrawls)
}

# The realistic template families; news_large is a synthetic workload, built on request only.
FAMILIES: tuple[str, ...] = ("wp_modern", "wp_classic", "table_cms")


def build_site(family: str, base_url: str) -> FixtureSite:
    """Build the complete site of ``family`` for the given base URL."""
    try:
        builder = BUILDERS[family]
    except KeyError:
        raise ValueError(f"unknown fixture family {family!r}; known: {FAMILIES}") from None
    return builder(base_url.rstrip("/"))

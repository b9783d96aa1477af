"""Chain gaps: previous/next links of archived articles that lead to a page the archive lacks or that failed.

Read from the archived bodies with the crawl's own navigation (crawler.navigation), so the report sees
the same prev/next links the crawl followed; the report itself (pipelines.report) only shows them.
"""

from __future__ import annotations

import json
import zlib

import sqlite_utils

from crawler.navigation import navigate
from pipelines.report.figures import ChainCheck, ChainGap
from pipelines.urls import site_of, without_tracking

# Articles read per site, newest first (each page is parsed: about 7 ms a page).
MAX_ARTICLES = 1000

# One page per article (its permalink first: ``?replytocom=`` copies of a post are the same article).
_ARTICLES = (
    "SELECT p.url, p.article_id, r.headers, b.body FROM pages p JOIN responses r ON r.id = p.response_id"
    " JOIN bodies b ON b.sha256 = r.body_sha256 LEFT JOIN articles a ON a.id = p.article_id"
    " WHERE p.site = ? AND p.kind = 'article' ORDER BY p.article_id DESC, p.url = a.url DESC, length(p.url)"
)


def _content_type(headers: str | None) -> str | None:
    for name, value in json.loads(headers or "[]"):
        if name.lower() == "content-type":
            return value
    return None


def _state(db: sqlite_utils.Database, url: str) -> str | None:
    """Why ``url`` is a gap ("never fetched", or its failure), or None when the archive holds its page."""
    row = db.execute("SELECT kind, error, status FROM pages WHERE url = ?", [url]).fetchone()
    if row is None:
        return "never fetched"
    kind, error, status = row
    if kind == "error":
        return error or (f"HTTP {status}" if status else "failed")
    return None


def chain_gaps(db: sqlite_utils.Database, site: str, max_articles: int = MAX_ARTICLES) -> ChainCheck:
    """The chain gaps of ``site``'s newest ``max_articles`` archived articles (in URL order), and how many
    articles were read."""
    found: dict[tuple[str, str], ChainGap] = {}
    read: set[object] = set()
    for url, article_id, headers, body in db.execute(_ARTICLES, [site]):
        if (article_id or url) in read:
            continue
        if len(read) >= max_articles:
            break
        read.add(article_id or url)
        try:
            links = navigate(zlib.decompress(body), _content_type(headers), url)
        except Exception:  # a page the crawl could not read either: it has no links to judge
            continue
        for direction, targets in (("prev", links.prev), ("next", links.next)):
            for target in targets:
                target = without_tracking(target)
                if site_of(target) != site or target == url:
                    continue
                state = _state(db, target)
                if state is not None:
                    found.setdefault((direction, target), ChainGap(site, url, target, direction, state))
    return ChainCheck(sorted(found.values(), key=lambda g: (g.from_url, g.to_url)), len(read))

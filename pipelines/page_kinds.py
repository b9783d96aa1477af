"""Kinds of archived pages decided again after the crawl, and the learned URL shapes, in the archive.

The spider judges a page when it arrives; once a whole site is known (crawler.site_model.settle) some
judgements change. A page that turns out to be an article is extracted from its archived body and
stored as one; a page that turns out not to be one loses its article row (unless another page of
the archive still shows the same article). Every change goes through ``Archive``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipelines.archive import Archive
from pipelines.search_index import unindex_article
from pipelines.urls import canonical_url


@dataclass(frozen=True)
class ShapeRow:
    """One row of ``url_shapes``."""

    shape: str
    example: str
    pages: int
    articles: int
    listings: int
    productive: int
    verdict: str
    stopped: str | None
    dropped: int


def transparency_links(archive: Archive, site: str) -> dict[str, list[tuple[str, str, str]]]:
    """Per ITA/OIT index page of ``site``, the (url, code, title) of every item it linked, as archived:
    the evidence a crawl gave its site model as it read those pages, for judging the site again."""
    by_page: dict[str, list[tuple[str, str, str]]] = {}
    rows = archive.db.execute(
        "SELECT page_url, url, code, title FROM transparency_items WHERE site = ? AND url IS NOT NULL", [site]
    )
    for page_url, url, code, title in rows:
        by_page.setdefault(page_url, []).append((url, code, title or ""))
    return by_page


def set_kind(archive: Archive, url: str, kind: str, archived_before: str | None = None) -> bool:
    """Record that the page at ``url`` (and the redirects to it) is a ``kind`` page, not an article:
    its article row goes when no other page points to it. ``archived_before``: when given (the start
    of the crawl settling), an article first archived before it stays (a theme changed since, or a
    judgement that changed with the pages this crawl happened to see, must not take back what an
    earlier crawl archived). True when an article row was removed."""
    archive._in_transaction()
    row = archive.db.execute("SELECT article_id, kind FROM pages WHERE url = ?", [url]).fetchone()
    if row is None or row[0] is None or (row[1] != "article" and not _archived_since(archive, row[0], archived_before)):
        # Not stored as an article: only its kind changes (an article it points to stays linked). Unless this
        # crawl archived that article from this very page and fetched the page again since, judged no article
        # then (a redirect's target read first through the redirect, then at its own address: the second row
        # kept the article and took the kind): the article is this page's, and goes with it.
        archive.db.execute("UPDATE pages SET kind = ? WHERE url = ?", [kind, url])
        return False
    archive.db.execute("UPDATE pages SET kind = ?, article_id = NULL, error = NULL WHERE url = ?", [kind, url])
    article_id = row[0]
    archive.db.execute(
        "UPDATE pages SET article_id = NULL WHERE redirected_to = ? AND article_id = ?", [url, article_id]
    )
    still_shown = archive.db.execute(
        "SELECT url FROM pages WHERE article_id = ? AND kind = 'article' ORDER BY length(url), url", [article_id]
    ).fetchall()
    if still_shown:
        # The article stays, under the URL of a page that is one (it may have been stored under this one).
        (current,) = archive.db.execute("SELECT url FROM articles WHERE id = ?", [article_id]).fetchone()
        shown = {canonical_url(u) for (u,) in still_shown}
        if current not in shown:
            # The first such URL that is no other article's: a page can show this article while another
            # article is stored under the page's address (its print view's, whose canonical names the page).
            for (other,) in still_shown:
                preferred = canonical_url(other)
                taken = archive.db.execute(
                    "SELECT 1 FROM articles WHERE url = ? AND id != ?", [preferred, article_id]
                ).fetchone()
                if taken is None:
                    archive.db.execute("UPDATE articles SET url = ? WHERE id = ?", [preferred, article_id])
                    break
        return False
    (first_seen,) = archive.db.execute("SELECT first_seen FROM articles WHERE id = ?", [article_id]).fetchone()
    if archived_before and first_seen and first_seen < archived_before:
        return False  # an earlier crawl archived it: kept, though this page is no longer its page
    drop_article(archive, article_id)
    return True


def _archived_since(archive: Archive, article_id: int, archived_before: str | None) -> bool:
    """The article was first archived by the crawl settling (at or after ``archived_before``, when given)."""
    if not archived_before:
        return False
    row = archive.db.execute("SELECT first_seen FROM articles WHERE id = ?", [article_id]).fetchone()
    return row is not None and bool(row[0]) and row[0] >= archived_before


def drop_article(archive: Archive, article_id: int) -> None:
    """Remove one article and everything derived from it: its search row, near-duplicate buckets,
    duplicate links (its copies get the earliest of them as their original) and earlier versions."""
    db = archive.db
    archive.duplicates.forget(article_id)
    unindex_article(db, article_id)
    db.execute("DELETE FROM article_versions WHERE article_id = ?", [article_id])
    db.execute("UPDATE pages SET article_id = NULL WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])


def save_shapes(archive: Archive, site: str, shapes: Iterable[ShapeRow], updated_at: str) -> None:
    """Replace the site's rows of ``url_shapes`` with what this crawl learned."""
    archive._in_transaction()
    archive.db.execute("DELETE FROM url_shapes WHERE site = ?", [site])
    archive.db.conn.executemany(
        "INSERT INTO url_shapes (site, shape, example, pages, articles, listings, productive, verdict, stopped,"
        " dropped, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                site,
                s.shape,
                s.example,
                s.pages,
                s.articles,
                s.listings,
                s.productive,
                s.verdict,
                s.stopped,
                s.dropped,
                updated_at,
            )
            for s in shapes
        ],
    )

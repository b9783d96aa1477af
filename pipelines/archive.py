"""Archive: writes fetched pages, their raw bodies and their articles into the SQLite store.

The one write API of a crawl's archive (the schema itself is in pipelines.schema), made of parts
that each keep one kind of row: pipelines.page_rows (pages, responses, bodies), pipelines.article_rows
(articles and their versions), pipelines.search_index (the search indexes),
pipelines.duplicate_clusters (near-duplicates) and pipelines.site_templates (template lines per
site). This class decides what a page's rows point to and keeps the indexes in step with each
article's text. Statements are parameterised SQL on sqlite-utils' connection; commits are batched by
the caller.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import sqlite_utils
from w3lib.url import safe_url_string

from pipelines.article_rows import (
    FULL_PAGE_RATIO,
    ArticleChange,
    ArticleRows,
    Prepared,
    preferred_url,
    url_preference,
)
from pipelines.duplicate_clusters import DuplicateClusters
from pipelines.items import Article, FetchedPage, IndexHints
from pipelines.page_rows import PageRows
from pipelines.search_index import flush as flush_search_index
from pipelines.search_index import index_article
from pipelines.site_templates import SiteTemplates
from pipelines.urls import canonical_url, site_of

__all__ = ["FULL_PAGE_RATIO", "Archive", "ArticleChange", "article_url", "preferred_url", "url_preference"]


def _is_home(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.path.strip("/") and not parts.query


def article_url(page: FetchedPage) -> str:
    """The canonical URL an article is stored under.

    ``rel=canonical`` wins when it points into the same site and is not just the home page (some
    CMSs give every page the home page as canonical); otherwise the URL the page came from. A
    canonical the page writes in raw Unicode (``/news/entry/42-เปิด…``) is stored percent-encoded, as
    the page's own URL is: the same page is one article whichever spelling names it.
    """
    canonical = page.article.canonical_url if page.article else None
    if canonical and site_of(canonical) == page.site and not (_is_home(canonical) and not _is_home(page.url)):
        return canonical_url(safe_url_string(canonical))
    return canonical_url(page.url)


# Kilobytes of the writer connection's page cache (PRAGMA cache_size): pages are only cached as used.
WRITER_CACHE_KB = 64 * 1024
# ... in a crawl, whose process also holds the site models and the scheduler: a 100,000-page crawl went
# over its 500 MB bound with the 64 MB cache filled (543 MB, session 21). The OS keeps the pages anyway.
CRAWL_WRITER_CACHE_KB = 16 * 1024


class Archive:
    """The write side of the SQLite archive, for one writer process."""

    def __init__(self, db: sqlite_utils.Database, cache_kb: int = WRITER_CACHE_KB) -> None:
        self.db = db
        self.templates = SiteTemplates(db)  # template lines learned per site
        self.duplicates = DuplicateClusters(db)  # near-duplicate index and clusters
        self.pages = PageRows(db)
        self.articles = ArticleRows(db, self._text_changed, self.boilerplate, self.pages.size)
        #: Whether the article of the last store_page is a copy of another (for progress figures).
        self.last_was_copy = False
        self._copy_of: int | None = None  # the article the last new or changed text is a copy of
        # The writer's page cache: the LSH buckets, the indexes of articles and pages and the search
        # indexes' segments are read and written all over a large archive (SQLite's default is 2 MB).
        db.execute(f"PRAGMA cache_size = -{int(cache_kb)}")

    def boilerplate(self, site: str) -> frozenset[str]:
        """Keys of the template lines learned for ``site`` by its last ``finalise_site``."""
        return self.templates.lines(site)

    def archived_pages(self, site: str | None = None) -> Iterator[FetchedPage]:
        """Every HTML page with an archived body (latest response), for re-extraction without fetching."""
        return self.pages.archived(site)

    def _in_transaction(self) -> None:
        """Open a transaction if none is: sqlite-utils' execute() commits every write on its own
        otherwise, and the writes of a batch are meant to land together (see commit)."""
        if not self.db.conn.in_transaction:
            self.db.begin()

    def commit(self) -> None:
        """Make every write since the last commit durable, all at once (the batch's search index
        entries written first, pipelines.search_index)."""
        if self.db.conn.in_transaction:
            flush_search_index(self.db)
        self.db.commit()

    def close(self) -> None:
        self.commit()
        self.db.close()

    def store_article(
        self,
        url: str,
        site: str,
        article: Article,
        seen_at: str,
        page_size: int | None = None,
        hints: IndexHints | None = None,
        page_url: str | None = None,
    ) -> tuple[int, ArticleChange]:
        """Insert or update the article at canonical ``url``; an unchanged one only moves ``last_seen``.

        ``article.text`` is the extracted text; the site's learned template lines are removed from
        it before storing, and kept in ``template_lines`` so the full text can be restored. A changed
        article keeps its previous version in ``article_versions``. ``page_size``: bytes of the page the
        article was read from (which of two addresses of one article to keep, preferred_url). ``hints``:
        what an extraction worker computed to index this text (pipelines.extraction_worker). ``page_url``:
        the address the text was read from (another address of the article never replaces the text of
        its own page, nor makes a version).
        """
        return self.articles.store(url, site, article, seen_at, page_size, hints, page_url)

    def _text_changed(
        self, article_id: int, title: str | None, text: str, seen_at: str, hints: Prepared | None = None
    ) -> None:
        """Keep the search indexes and the duplicate relations in step with an article's new text.
        ``hints`` are words, grams and signature an extraction worker computed for exactly this text."""
        if hints is None:
            index_article(self.db, article_id, title, text)
        else:
            index_article(
                self.db,
                article_id,
                title,
                text,
                title_words=hints.title_words,
                text_words=hints.text_words,
                grams=hints.grams,
            )
        self._copy_of = self.duplicates.link(article_id, text, seen_at, hints.minhash if hints else None)

    def link_aliases(self) -> int:
        """Point redirect rows stored before their target page (distributed crawls, parallel
        pipelines) at the target's article; how many were linked."""
        self._in_transaction()
        return self.pages.link_aliases()

    def finalise_site(self, site: str) -> int:
        """Re-learn the site's template lines from the full text of all its articles and re-strip them
        (pipelines.site_templates). Returns how many articles' stored text changed."""
        self._in_transaction()
        return self.templates.relearn(site, self._text_changed)

    def store_page(
        self, page: FetchedPage, *, new_response: bool = True, compressed: bytes | None = None
    ) -> ArticleChange | None:
        """Store one fetched page: raw response, article (if any), and a ``pages`` row per URL of the
        redirect chain. Returns what happened to the article, or None when the page had none.
        ``new_response=False`` re-stores a page from its archived response (reprocessing); ``compressed``
        is the body already zlib-compressed elsewhere (a file, in its worker: 50 MB take 1.5 s)."""
        self._in_transaction()
        self.last_was_copy = False
        self._copy_of = None
        if page.kind == "alias":
            # Fetched earlier in the same crawl: only the hops of its redirect chain are new.
            self.pages.store_hops(page, self.pages.article_of(page.url))
            return None
        response_id = self.pages.store_response(page, compressed) if new_response else None
        if page.status == 304:
            # The page and its article are as archived; only the times move.
            article_id = self.pages.not_modified(page)
            touched = article_id is not None and self.articles.touch(article_id, page.fetched_at)
            return ArticleChange.UNCHANGED if touched else None
        article_id, change = None, None
        if page.article is not None and page.article.text:
            article_id, change = self.store_article(
                article_url(page),
                page.site,
                page.article,
                page.fetched_at,
                len(page.body) if page.body else None,
                page.hints,
                page.url,
            )
            # A new article's text was linked just now (_text_changed): no need to read it back.
            self.last_was_copy = change == ArticleChange.NEW and self._copy_of is not None
        self.pages.store(page, article_id, response_id)
        return change

"""Archive: writes fetched pages, their raw bodies and their articles into the SQLite store.

All writes of the crawl go through here (the schema itself is in pipelines.schema). Statements
are parameterised SQL on sqlite-utils' connection; commits are batched by the caller.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import cast
from urllib.parse import urlsplit

import sqlite_utils

from pipelines.dedup import content_hash
from pipelines.duplicate_clusters import DuplicateClusters
from pipelines.extract.templates import restore, strip_boilerplate
from pipelines.items import Article, FetchedPage
from pipelines.search_index import flush as flush_search_index
from pipelines.search_index import index_article
from pipelines.site_templates import SiteTemplates
from pipelines.urls import canonical_url, site_of


class ArticleChange(StrEnum):
    """What storing an article did."""

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    ALIAS = "alias"  # another URL of an article already archived


def url_preference(url: str) -> tuple[int, int, str]:
    """Sort key among URLs of one article: fewest query parameters, then shortest, then alphabetical."""
    query = urlsplit(url).query
    return (query.count("&") + 1 if query else 0, len(url), url)


# A page this many times the size of another showing the same article is the page as the site shows
# it (its template, menus): the other is a printer view or a stripped copy, whatever its URL.
FULL_PAGE_RATIO = 1.5


def preferred_url(first: str, first_size: int | None, second: str, second_size: int | None) -> str:
    """Which of two URLs that show the same article it is stored under: the page as the site shows it
    when one response is FULL_PAGE_RATIO times the other's (``/detail/id/5/menu/2/page/1`` over its
    printer view ``/print/id/5/menu/2``), else the one with the fewest query parameters, then the
    shortest (``?id=5`` over ``?cid=1&id=5``)."""
    if first_size and second_size:
        if first_size >= FULL_PAGE_RATIO * second_size:
            return first
        if second_size >= FULL_PAGE_RATIO * first_size:
            return second
    return min(first, second, key=url_preference)


def _is_home(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.path.strip("/") and not parts.query


def article_url(page: FetchedPage) -> str:
    """The canonical URL an article is stored under.

    ``rel=canonical`` wins when it points into the same site and is not just the home page (some
    CMSs give every page the home page as canonical); otherwise the URL the page came from.
    """
    canonical = page.article.canonical_url if page.article else None
    if canonical and site_of(canonical) == page.site and not (_is_home(canonical) and not _is_home(page.url)):
        return canonical_url(canonical)
    return canonical_url(page.url)


@dataclass(frozen=True)
class Prepared:
    """Worker-computed words and signature that fit the text being stored."""

    title_words: str
    text_words: str
    minhash: bytes | None  # None when template lines were removed: the signature is of another text
    grams: str  # of the whole text: a superset of the stripped text's, as the short-word index may be


def _prepared(article: Article, removed: tuple[tuple[int, str], ...], text_hash: str) -> Prepared | None:
    """The worker's hints when they were computed for ``article.text`` (whose hash is ``text_hash``)."""
    hints = article.hints
    if hints is None or hints.text_hash != text_hash:
        return None
    gone = {index for index, _ in removed}
    words = "\n".join(w for i, w in enumerate(hints.line_words) if i not in gone)
    return Prepared(hints.title_words, words, None if gone else hints.minhash, hints.grams)


def _json(values: list) -> str:
    return json.dumps([asdict(v) for v in values], ensure_ascii=False)


_UPSERT_PAGE = """
INSERT INTO pages (url, site, status, kind, article_id, fetched_at, redirected_to, error, response_id)
VALUES (:url, :site, :status, :kind, :article_id, :fetched_at, :redirected_to, :error, :response_id)
ON CONFLICT(url) DO UPDATE SET
    status = excluded.status, kind = excluded.kind, fetched_at = excluded.fetched_at,
    article_id = COALESCE(excluded.article_id, pages.article_id),
    redirected_to = excluded.redirected_to, error = excluded.error,
    response_id = COALESCE(excluded.response_id, pages.response_id)
"""


class Archive:
    """The write side of the SQLite archive, for one writer process."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.templates = SiteTemplates(db)  # template lines learned per site
        self.duplicates = DuplicateClusters(db)  # near-duplicate index and clusters
        #: Whether the article of the last store_page is a copy of another (for progress figures).
        self.last_was_copy = False

    def boilerplate(self, site: str) -> frozenset[str]:
        """Keys of the template lines learned for ``site`` by its last ``finalise_site``."""
        return self.templates.lines(site)

    def archived_pages(self, site: str | None = None) -> Iterator[FetchedPage]:
        """Every HTML page with an archived body (latest response), for re-extraction without fetching."""
        sql = (
            "SELECT p.url, p.site, r.status, p.kind, r.fetched_at, r.headers, b.body FROM pages p"
            " JOIN responses r ON r.id = p.response_id JOIN bodies b ON b.sha256 = r.body_sha256"
            " WHERE p.kind IN ('article', 'listing', 'page') AND (? IS NULL OR p.site = ?) ORDER BY p.url"
        )
        for url, site_, status, kind, fetched_at, headers, body in self.db.execute(sql, [site, site]):
            yield FetchedPage(
                url=url,
                site=site_,
                status=status,
                kind=kind,
                fetched_at=fetched_at,
                body=zlib.decompress(body),
                headers=[tuple(h) for h in json.loads(headers or "[]")],
            )

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

    def _store_response(self, page: FetchedPage, compressed: bytes | None = None) -> int | None:
        if page.status is None:
            return None
        sha = None
        if page.body:
            sha = hashlib.sha256(page.body).hexdigest()
            self.db.execute(
                "INSERT OR IGNORE INTO bodies (sha256, size, body) VALUES (?, ?, ?)",
                [sha, len(page.body), compressed if compressed is not None else zlib.compress(page.body, 6)],
            )
        cursor = self.db.execute(
            "INSERT INTO responses (url, fetched_at, status, headers, body_sha256) VALUES (?, ?, ?, ?, ?)",
            [page.url, page.fetched_at, page.status, json.dumps(page.headers, ensure_ascii=False), sha],
        )
        return cursor.lastrowid

    def store_article(
        self, url: str, site: str, article: Article, seen_at: str, page_size: int | None = None
    ) -> tuple[int, ArticleChange]:
        """Insert or update the article at canonical ``url``; an unchanged one only moves ``last_seen``.

        ``article.text`` is the extracted text; the site's learned template lines are removed from
        it before storing, and kept in ``template_lines`` so the full text can be restored. A changed
        article keeps its previous version in ``article_versions``. ``page_size``: bytes of the page the
        article was read from (which of two addresses of one article to keep, preferred_url).
        """
        full_hash = content_hash(article.text)
        row = self.db.execute("SELECT id, text, template_lines FROM articles WHERE url = ?", [url]).fetchone()
        if row is not None:
            article_id, old_text, old_removed = row
            if content_hash(restore(old_text, json.loads(old_removed or "[]"))) == full_hash:
                self.db.execute("UPDATE articles SET last_seen = ? WHERE id = ?", [seen_at, article_id])
                return article_id, ArticleChange.UNCHANGED
        stripped = strip_boilerplate(article.text, self.boilerplate(site))
        hints = _prepared(article, stripped.removed, full_hash)
        fields = {
            "title": article.title,
            "text": stripped.text,
            "published": article.published,
            "author": article.author,
            "images": _json(article.images),
            "attachments": _json(article.attachments),
            "content_hash": content_hash(stripped.text) if stripped.removed else full_hash,
            "template_lines": json.dumps(stripped.removed, ensure_ascii=False),
            "seen": seen_at,
        }
        if row is not None:
            article_id = row[0]
            self._keep_version(article_id, seen_at)
            self.db.execute(
                "UPDATE articles SET title = :title, text = :text, published = :published, author = :author,"
                " images = :images, attachments = :attachments, content_hash = :content_hash,"
                " template_lines = :template_lines, last_seen = :seen, last_changed = :seen WHERE id = :id",
                {**fields, "id": article_id},
            )
            self._text_changed(article_id, article.title, stripped.text, seen_at, hints)
            return article_id, ArticleChange.CHANGED
        alias = self.db.execute(
            "SELECT id, url FROM articles WHERE site = ? AND content_hash = ? AND coalesce(title, '') = ?"
            " ORDER BY id LIMIT 1",
            [site, fields["content_hash"], article.title or ""],
        ).fetchone()
        if alias is not None:
            # Same site, same title and text under another URL (?cid=1&id=5 and ?id=5): one article.
            alias_id, alias_url = alias
            preferred = preferred_url(alias_url, self._page_size(alias_url), url, page_size)
            self.db.execute("UPDATE articles SET url = ?, last_seen = ? WHERE id = ?", [preferred, seen_at, alias_id])
            return alias_id, ArticleChange.ALIAS
        cursor = self.db.execute(
            "INSERT INTO articles (url, site, title, text, published, author, images, attachments, content_hash,"
            " template_lines, first_seen, last_seen, last_changed) VALUES (:url, :site, :title, :text, :published,"
            " :author, :images, :attachments, :content_hash, :template_lines, :seen, :seen, :seen)",
            {**fields, "url": url, "site": site},
        )
        new_id = cast(int, cursor.lastrowid)  # set by every successful INSERT
        self._text_changed(new_id, article.title, stripped.text, seen_at, hints)
        return new_id, ArticleChange.NEW

    def _page_size(self, url: str) -> int | None:
        """Bytes of the last response archived for the page at ``url``, if any."""
        row = self.db.execute(
            "SELECT b.size FROM pages p JOIN responses r ON r.id = p.response_id"
            " JOIN bodies b ON b.sha256 = r.body_sha256 WHERE p.url = ?",
            [url],
        ).fetchone()
        return row[0] if row else None

    def _keep_version(self, article_id: int, replaced_at: str) -> None:
        """Copy the stored version of an article into article_versions before it is overwritten."""
        self.db.execute(
            "INSERT INTO article_versions (article_id, title, text, published, content_hash, first_seen, replaced_at)"
            " SELECT id, title, text, published, content_hash, last_changed, ? FROM articles WHERE id = ?",
            [replaced_at, article_id],
        )

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
        self.duplicates.link(article_id, text, seen_at, hints.minhash if hints else None)

    def _store_alias(self, page: FetchedPage) -> None:
        """The redirect chain of a page that was not fetched again (``kind == "alias"``: it had been
        fetched in the same crawl): a ``pages`` row per hop, pointing at the page's article."""
        row = self.db.execute("SELECT article_id FROM pages WHERE url = ?", [page.url]).fetchone()
        for hop_url, hop_status in page.redirects:
            self.db.execute(
                _UPSERT_PAGE,
                {
                    "url": hop_url,
                    "site": site_of(hop_url),
                    "status": hop_status,
                    "kind": "redirect",
                    "article_id": row[0] if row else None,
                    "fetched_at": page.fetched_at,
                    "redirected_to": page.url,
                    "error": None,
                    "response_id": None,
                },
            )

    def link_aliases(self) -> int:
        """Point redirect rows stored before their target page (distributed crawls, parallel
        pipelines) at the target's article; how many were linked."""
        self._in_transaction()
        return self.db.execute(
            "UPDATE pages SET article_id = (SELECT t.article_id FROM pages t WHERE t.url = pages.redirected_to)"
            " WHERE kind = 'redirect' AND article_id IS NULL AND redirected_to IS NOT NULL"
            " AND EXISTS (SELECT 1 FROM pages t WHERE t.url = pages.redirected_to AND t.article_id IS NOT NULL)"
        ).rowcount

    def finalise_site(self, site: str) -> int:
        """Re-learn the site's template lines from the full text of all its articles and re-strip them
        (pipelines.site_templates). Returns how many articles' stored text changed."""
        self._in_transaction()
        return self.templates.relearn(site, self._text_changed)

    def _not_modified(self, page: FetchedPage) -> ArticleChange | None:
        """A 304: the page and its article are as archived; only the times move. The page keeps
        pointing to its last full response, so it can still be re-extracted."""
        self.last_was_copy = False
        self.db.execute("UPDATE pages SET fetched_at = ?, status = 304 WHERE url = ?", [page.fetched_at, page.url])
        cursor = self.db.execute(
            "UPDATE articles SET last_seen = ? WHERE id = (SELECT article_id FROM pages WHERE url = ?)",
            [page.fetched_at, page.url],
        )
        return ArticleChange.UNCHANGED if cursor.rowcount else None

    def store_page(
        self, page: FetchedPage, *, new_response: bool = True, compressed: bytes | None = None
    ) -> ArticleChange | None:
        """Store one fetched page: raw response, article (if any), and a ``pages`` row per URL of the
        redirect chain. Returns what happened to the article, or None when the page had none.
        ``new_response=False`` re-stores a page from its archived response (reprocessing); ``compressed``
        is the body already zlib-compressed elsewhere (a file, in its worker: 50 MB take 1.5 s)."""
        self._in_transaction()
        if page.kind == "alias":
            self._store_alias(page)
            return None
        response_id = self._store_response(page, compressed) if new_response else None
        if page.status == 304:
            return self._not_modified(page)
        article_id, change = None, None
        self.last_was_copy = False
        if page.article is not None and page.article.text:
            article_id, change = self.store_article(
                article_url(page), page.site, page.article, page.fetched_at, len(page.body) if page.body else None
            )
            (copy_of,) = self.db.execute("SELECT duplicate_of FROM articles WHERE id = ?", [article_id]).fetchone()
            self.last_was_copy = change == ArticleChange.NEW and copy_of is not None
        self.db.execute(
            _UPSERT_PAGE,
            {
                "url": page.url,
                "site": page.site,
                "status": page.status,
                "kind": page.kind,
                "article_id": article_id,
                "fetched_at": page.fetched_at,
                "redirected_to": None,
                "error": page.error,
                "response_id": response_id,
            },
        )
        for hop_url, hop_status in page.redirects:
            self.db.execute(
                _UPSERT_PAGE,
                {
                    "url": hop_url,
                    "site": site_of(hop_url),
                    "status": hop_status,
                    "kind": "redirect",
                    "article_id": article_id,
                    "fetched_at": page.fetched_at,
                    "redirected_to": page.url,
                    "error": None,
                    "response_id": None,
                },
            )
        return change

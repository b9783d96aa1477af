"""Archive: writes fetched pages, their raw bodies and their articles into the SQLite store.

All writes of the crawl go through here (the schema itself is in pipelines.schema). Statements
are parameterised SQL on sqlite-utils' connection; commits are batched by the caller.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import asdict
from enum import StrEnum
from urllib.parse import urlsplit

import sqlite_utils

from pipelines.dedup import content_hash
from pipelines.extract.templates import learn_boilerplate, restore, strip_boilerplate
from pipelines.items import Article, FetchedPage
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
        self._boilerplate: dict[str, frozenset[str]] = {}  # site -> learned template line keys

    def boilerplate(self, site: str) -> frozenset[str]:
        """Keys of the template lines learned for ``site`` by its last ``finalise_site``."""
        if site not in self._boilerplate:
            keys = self.db.execute("SELECT line_key FROM site_boilerplate WHERE site = ?", [site]).fetchall()
            self._boilerplate[site] = frozenset(k for (k,) in keys)
        return self._boilerplate[site]

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    def _store_response(self, page: FetchedPage) -> int | None:
        if page.status is None:
            return None
        sha = None
        if page.body:
            sha = hashlib.sha256(page.body).hexdigest()
            self.db.execute(
                "INSERT OR IGNORE INTO bodies (sha256, size, body) VALUES (?, ?, ?)",
                [sha, len(page.body), zlib.compress(page.body, 6)],
            )
        cursor = self.db.execute(
            "INSERT INTO responses (url, fetched_at, status, headers, body_sha256) VALUES (?, ?, ?, ?, ?)",
            [page.url, page.fetched_at, page.status, json.dumps(page.headers, ensure_ascii=False), sha],
        )
        return cursor.lastrowid

    def store_article(self, url: str, site: str, article: Article, seen_at: str) -> tuple[int, ArticleChange]:
        """Insert or update the article at canonical ``url``; an unchanged one only moves ``last_seen``.

        ``article.text`` is the extracted text; the site's learned template lines are removed from
        it before storing, and kept in ``template_lines`` so the full text can be restored.
        """
        row = self.db.execute("SELECT id, text, template_lines FROM articles WHERE url = ?", [url]).fetchone()
        if row is not None:
            article_id, old_text, old_removed = row
            if content_hash(restore(old_text, json.loads(old_removed or "[]"))) == content_hash(article.text):
                self.db.execute("UPDATE articles SET last_seen = ? WHERE id = ?", [seen_at, article_id])
                return article_id, ArticleChange.UNCHANGED
        stripped = strip_boilerplate(article.text, self.boilerplate(site))
        fields = {
            "title": article.title, "text": stripped.text, "published": article.published,
            "author": article.author, "images": _json(article.images),
            "attachments": _json(article.attachments), "content_hash": content_hash(stripped.text),
            "template_lines": json.dumps(stripped.removed, ensure_ascii=False), "seen": seen_at,
        }
        if row is not None:
            self.db.execute(
                "UPDATE articles SET title = :title, text = :text, published = :published, author = :author,"
                " images = :images, attachments = :attachments, content_hash = :content_hash,"
                " template_lines = :template_lines, last_seen = :seen, last_changed = :seen WHERE id = :id",
                {**fields, "id": row[0]},
            )
            self._link_duplicates({fields["content_hash"]})
            return row[0], ArticleChange.CHANGED
        alias = self.db.execute(
            "SELECT id, url FROM articles WHERE site = ? AND content_hash = ? AND coalesce(title, '') = ?"
            " ORDER BY id LIMIT 1",
            [site, fields["content_hash"], article.title or ""],
        ).fetchone()
        if alias is not None:
            # Same site, same title and text under another URL (?cid=1&id=5 and ?id=5): one article.
            alias_id, alias_url = alias
            preferred = min(alias_url, url, key=url_preference)
            self.db.execute("UPDATE articles SET url = ?, last_seen = ? WHERE id = ?", [preferred, seen_at, alias_id])
            return alias_id, ArticleChange.ALIAS
        cursor = self.db.execute(
            "INSERT INTO articles (url, site, title, text, published, author, images, attachments, content_hash,"
            " template_lines, first_seen, last_seen, last_changed) VALUES (:url, :site, :title, :text, :published,"
            " :author, :images, :attachments, :content_hash, :template_lines, :seen, :seen, :seen)",
            {**fields, "url": url, "site": site},
        )
        self._link_duplicates({fields["content_hash"]})
        return cursor.lastrowid, ArticleChange.NEW

    def _link_duplicates(self, hashes: set[str]) -> None:
        """Point every article with one of ``hashes`` to the earliest article with the same text."""
        for digest in hashes:
            self.db.execute(
                "UPDATE articles SET duplicate_of = (SELECT MIN(b.id) FROM articles b"
                " WHERE b.content_hash = articles.content_hash AND b.id < articles.id) WHERE content_hash = ?",
                [digest],
            )

    def finalise_site(self, site: str) -> int:
        """Re-learn the site's template lines from the full text of all its articles and re-strip them.

        Depends only on the set of articles, not on the order they were crawled in. Returns how
        many articles' stored text changed.
        """
        rows = self.db.execute(
            "SELECT id, text, template_lines, content_hash FROM articles WHERE site = ? ORDER BY id", [site]
        ).fetchall()
        full = {aid: restore(text, json.loads(removed or "[]")) for aid, text, removed, _ in rows}
        learned = learn_boilerplate(full.values())
        self.db.execute("DELETE FROM site_boilerplate WHERE site = ?", [site])
        self.db.conn.executemany(
            "INSERT INTO site_boilerplate (site, line_key, line, pages) VALUES (?, ?, ?, ?)",
            [(site, key, line, pages) for key, (line, pages) in learned.items()],
        )
        self._boilerplate[site] = frozenset(learned)
        changed, touched = 0, set()
        for aid, text, removed, old_hash in rows:
            stripped = strip_boilerplate(full[aid], self._boilerplate[site])
            if stripped.text == text and json.dumps(stripped.removed, ensure_ascii=False) == (removed or "[]"):
                continue
            new_hash = content_hash(stripped.text)
            self.db.execute(
                "UPDATE articles SET text = ?, template_lines = ?, content_hash = ? WHERE id = ?",
                [stripped.text, json.dumps(stripped.removed, ensure_ascii=False), new_hash, aid],
            )
            touched |= {old_hash, new_hash}
            changed += 1
        self._link_duplicates(touched)
        return changed

    def store_page(self, page: FetchedPage) -> ArticleChange | None:
        """Store one fetched page: raw response, article (if any), and a ``pages`` row per URL of the
        redirect chain. Returns what happened to the article, or None when the page had none."""
        response_id = self._store_response(page)
        article_id, change = None, None
        if page.article is not None and page.article.text:
            article_id, change = self.store_article(
                article_url(page), page.site, page.article, page.fetched_at
            )
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

"""The archive's articles and their versions: one ``articles`` row per canonical URL, the site's
template lines stripped from its text (kept, to restore it), the previous text kept in
``article_versions`` when it changes, and another URL of the same article (same site, title and text)
stored as that article. Written through pipelines.archive.Archive, which indexes each new text."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import cast
from urllib.parse import urlsplit

import sqlite_utils

from pipelines.content_hash import content_hash
from pipelines.extract.templates import restore, strip_boilerplate
from pipelines.items import Article, IndexHints
from pipelines.urls import canonical_url


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


@dataclass(frozen=True)
class Prepared:
    """Worker-computed words and signature that fit the text being stored."""

    title_words: str
    text_words: str
    minhash: bytes | None  # None when template lines were removed: the signature is of another text
    grams: str  # of the whole text: a superset of the stripped text's, as the short-word index may be


def _prepared(hints: IndexHints | None, removed: tuple[tuple[int, str], ...], text_hash: str) -> Prepared | None:
    """The worker's hints when they were computed for the article's text (whose hash is ``text_hash``)."""
    if hints is None or hints.text_hash != text_hash:
        return None
    gone = {index for index, _ in removed}
    words = "\n".join(w for i, w in enumerate(hints.line_words) if i not in gone)
    return Prepared(hints.title_words, words, None if gone else hints.minhash, hints.grams)


def _json(values: list) -> str:
    return json.dumps([asdict(v) for v in values], ensure_ascii=False)


#: Called with (article id, title, stored text, seen at, worker hints) whenever an article's stored
#: text is new or changed: the archive keeps its search indexes and duplicate relations in step.
TextChanged = Callable[[int, str | None, str, str, Prepared | None], None]


class ArticleRows:
    """Writes of ``articles`` and ``article_versions``."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        text_changed: TextChanged,
        boilerplate: Callable[[str], frozenset[str]],
        page_size: Callable[[str], int | None],
    ) -> None:
        self.db = db
        self.text_changed = text_changed
        self.boilerplate = boilerplate  # the site's learned template lines
        self.page_size = page_size  # bytes of the page archived at a URL (which address to keep)

    def store(
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
        See pipelines.archive.Archive.store_article. ``page_url``: the address the text was read from,
        when it is another address of the article (its print view, a list form that names the article
        as canonical): such a text never replaces a stored one, and the article's own page, read for
        the first time, replaces the text another address gave it without keeping it as a version."""
        full_hash = content_hash(article.text)
        row = self.db.execute("SELECT id, text, template_lines FROM articles WHERE url = ?", [url]).fetchone()
        if row is not None:
            article_id, old_text, old_removed = row
            if content_hash(restore(old_text, json.loads(old_removed or "[]"))) == full_hash:
                self.touch(article_id, seen_at)
                return article_id, ArticleChange.UNCHANGED
            if page_url is not None and canonical_url(page_url) != url:
                # Another address's reading of the article (a print view without the lead, a list
                # form's fields) is no new version of it: the article's own page, read before or
                # after, gives its text.
                self.touch(article_id, seen_at)
                return article_id, ArticleChange.UNCHANGED
        elif page_url is not None and canonical_url(page_url) != url:
            # Another address's reading of a page stored under another of its own addresses (a print view
            # naming ``/grouppage/8/procurement/E1/``, whose page was first read, and stored, at its
            # ``/detail/procurement/E1/`` spelling): that page's article, not a second one.
            shown = self.db.execute(
                "SELECT article_id FROM pages WHERE url = ? AND article_id IS NOT NULL", [url]
            ).fetchone()
            if shown is not None and self.touch(shown[0], seen_at):
                return shown[0], ArticleChange.UNCHANGED
        stripped = strip_boilerplate(article.text, self.boilerplate(site))
        prepared = _prepared(hints, stripped.removed, full_hash)
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
            if page_url is None or self.page_size(page_url) is not None:
                # Not when the article's own page is read for the first time: the text it replaces
                # was another address's reading of it in the same crawl, not an earlier version.
                self.keep_version(article_id, seen_at)
            self.db.execute(
                "UPDATE articles SET title = :title, text = :text, published = :published, author = :author,"
                " images = :images, attachments = :attachments, content_hash = :content_hash,"
                " template_lines = :template_lines, last_seen = :seen, last_changed = :seen WHERE id = :id",
                {**fields, "id": article_id},
            )
            self.text_changed(article_id, article.title, stripped.text, seen_at, prepared)
            return article_id, ArticleChange.CHANGED
        alias = self.db.execute(
            "SELECT id, url FROM articles WHERE site = ? AND content_hash = ? AND coalesce(title, '') = ?"
            " ORDER BY id LIMIT 1",
            [site, fields["content_hash"], article.title or ""],
        ).fetchone()
        if alias is not None:
            # Same site, same title and text under another URL (?cid=1&id=5 and ?id=5): one article.
            alias_id, alias_url = alias
            preferred = preferred_url(alias_url, self.page_size(alias_url), url, page_size)
            self.db.execute("UPDATE articles SET url = ?, last_seen = ? WHERE id = ?", [preferred, seen_at, alias_id])
            return alias_id, ArticleChange.ALIAS
        cursor = self.db.execute(
            "INSERT INTO articles (url, site, title, text, published, author, images, attachments, content_hash,"
            " template_lines, first_seen, last_seen, last_changed) VALUES (:url, :site, :title, :text, :published,"
            " :author, :images, :attachments, :content_hash, :template_lines, :seen, :seen, :seen)",
            {**fields, "url": url, "site": site},
        )
        new_id = cast(int, cursor.lastrowid)  # set by every successful INSERT
        self.text_changed(new_id, article.title, stripped.text, seen_at, prepared)
        return new_id, ArticleChange.NEW

    def touch(self, article_id: int, seen_at: str) -> bool:
        """The article was seen unchanged: only ``last_seen`` moves. False when there is no such article."""
        return self.db.execute("UPDATE articles SET last_seen = ? WHERE id = ?", [seen_at, article_id]).rowcount > 0

    def keep_version(self, article_id: int, replaced_at: str) -> None:
        """Copy the stored version of an article into article_versions before it is overwritten."""
        self.db.execute(
            "INSERT INTO article_versions (article_id, title, text, published, content_hash, first_seen, replaced_at)"
            " SELECT id, title, text, published, content_hash, last_changed, ? FROM articles WHERE id = ?",
            [replaced_at, article_id],
        )

    def duplicate_of(self, article_id: int) -> int | None:
        """The article this one is a near-duplicate copy of, if any."""
        row = self.db.execute("SELECT duplicate_of FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

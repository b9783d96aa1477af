"""The template lines learned per site (``site_boilerplate``) and their removal from the site's
stored articles: the part of the archive that finishes extraction once a site's articles are known.

A line that recurs on enough of a site's articles (``pipelines.extract.templates``) is the site's,
not the article's: it is removed from the stored text and kept in ``template_lines``, so the full
text can always be restored. Learning depends only on the set of articles, never on crawl order.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

import sqlite_utils

from pipelines.content_hash import content_hash
from pipelines.extract.templates import learn_boilerplate, restore, strip_boilerplate

# Articles read per query when a whole site is read (template learning).
READ_CHUNK = 500

#: Called for an article whose stored text changed: (id, title, new text, last_seen).
TextChanged = Callable[[int, str | None, str, str], None]


class SiteArticle(NamedTuple):
    """An archived article as template learning reads it."""

    id: int
    title: str | None
    text: str  # as stored: template lines removed
    template_lines: str | None  # JSON [[index, line], ...] of what was removed
    last_seen: str

    @property
    def full_text(self) -> str:
        return restore(self.text, json.loads(self.template_lines or "[]"))


class SiteTemplates:
    """Learned template lines per site, read once and cached, and the re-stripping of a site."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._lines: dict[str, frozenset[str]] = {}  # site -> learned template line keys

    def lines(self, site: str) -> frozenset[str]:
        """Keys of the template lines learned for ``site`` by its last ``relearn``."""
        if site not in self._lines:
            keys = self.db.execute("SELECT line_key FROM site_boilerplate WHERE site = ?", [site]).fetchall()
            self._lines[site] = frozenset(k for (k,) in keys)
        return self._lines[site]

    def site_articles(self, site: str) -> Iterator[SiteArticle]:
        """Every article of ``site``, by id, READ_CHUNK at a time: a site's articles are never all in
        memory at once, and the archive may be written between two chunks."""
        ids = array("q", (i for (i,) in self.db.execute("SELECT id FROM articles WHERE site = ? ORDER BY id", [site])))
        for start in range(0, len(ids), READ_CHUNK):
            chunk = ids[start : start + READ_CHUNK].tolist()
            rows = self.db.execute(
                "SELECT id, title, text, template_lines, last_seen FROM articles"
                f" WHERE id IN ({','.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ).fetchall()
            for row in rows:
                yield SiteArticle(*row)

    def relearn(self, site: str, text_changed: TextChanged) -> int:
        """Re-learn the site's template lines from the full text of all its articles and re-strip them
        (in the caller's transaction); ``text_changed`` keeps indexes and duplicates in step with each
        changed text. Returns how many articles' stored text changed. Memory does not grow with the
        site: articles are read in chunks (twice, to learn), and learning keeps a fixed-size sketch."""
        learned = learn_boilerplate(_FullTexts(self, site))
        self.db.execute("DELETE FROM site_boilerplate WHERE site = ?", [site])
        self.db.conn.executemany(
            "INSERT INTO site_boilerplate (site, line_key, line, pages) VALUES (?, ?, ?, ?)",
            [(site, key, line, pages) for key, (line, pages) in learned.items()],
        )
        self._lines[site] = frozenset(learned)
        changed = 0
        for article in self.site_articles(site):
            stripped = strip_boilerplate(article.full_text, self._lines[site])
            removed = json.dumps(stripped.removed, ensure_ascii=False)
            if stripped.text == article.text and removed == (article.template_lines or "[]"):
                continue
            self.db.execute(
                "UPDATE articles SET text = ?, template_lines = ?, content_hash = ? WHERE id = ?",
                [stripped.text, removed, content_hash(stripped.text), article.id],
            )
            text_changed(article.id, article.title, stripped.text, article.last_seen)
            changed += 1
        return changed


class _FullTexts(Iterable[str]):
    """The full texts of a site's articles, readable more than once (learning reads them twice)."""

    def __init__(self, templates: SiteTemplates, site: str) -> None:
        self.templates, self.site = templates, site

    def __iter__(self) -> Iterator[str]:
        return (article.full_text for article in self.templates.site_articles(self.site))

"""Thai full-text search over the archive: parse a user's query safely, rank, and highlight.

Two FTS5 indexes (pipelines.schema): ``articles_fts`` (trigram: any substring of 3+ characters,
so สีชัง is found inside เกาะสีชัง and ท่องเที่ยว inside การท่องเที่ยว) and ``articles_words``
(pythainlp-segmented words: also 1-2 character words, which trigrams cannot find). Every term is
quoted before it reaches MATCH, so no user input is ever FTS syntax, and all SQL is parameterised.

Query syntax: words and "quoted phrases" are all required; ``-word`` excludes; ``OR`` between two
terms accepts either.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from pipelines.thai_words import words
from pipelines.urls import site_of

TRIGRAM_MIN_CHARS = 3
# Characters with a meaning in FTS5 queries: removed from terms (they are never content).
_FTS_SPECIAL = re.compile(r'["*^():{}\[\]+]')
_TOKEN = re.compile(r'-?"[^"]*"|\S+')
HIGHLIGHT = ("[", "]")
# Bounds of one query: enough for any real search, small enough to answer in milliseconds.
MAX_TERMS = 64
MAX_QUERY_CHARS = 2_000
SNIPPET_TOKENS = 40


class QueryError(ValueError):
    """A query that cannot be searched: unbalanced quotes, no words, a bad filter."""


@dataclass(frozen=True)
class Term:
    text: str
    exclude: bool = False


@dataclass(frozen=True)
class Hit:
    id: int
    url: str
    site: str
    title: str | None
    published: str | None
    snippet: str
    rank: float


def parse_query(query: str) -> list[list[Term]]:
    """The query as AND-ed groups of OR-ed terms. Raises QueryError for what cannot be searched."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query):,} characters long; at most {MAX_QUERY_CHARS:,}")
    if query.count('"') % 2:
        raise QueryError('unbalanced quote (") in the query')
    groups: list[list[Term]] = []
    pending_or = False
    for raw in _TOKEN.findall(query):
        if raw == "OR":
            pending_or = bool(groups)
            continue
        if raw in ("AND", "NOT", "NEAR"):
            continue
        exclude = raw.startswith("-") and len(raw) > 1
        text = " ".join(_FTS_SPECIAL.sub(" ", raw[1:] if exclude else raw).split())
        if not text:
            continue
        term = Term(text, exclude)
        if pending_or and not exclude and not any(t.exclude for t in groups[-1]):
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not any(not group[0].exclude for group in groups):
        raise QueryError(f"no words to search for in {query[:60]!r}")
    terms = sum(len(group) for group in groups)
    if terms > MAX_TERMS:  # each term is a subquery: thousands would exhaust SQLite's expression depth
        raise QueryError(f"the query has {terms:,} terms; at most {MAX_TERMS}")
    return groups


def _long(term: Term) -> bool:
    return len(term.text.replace(" ", "")) >= TRIGRAM_MIN_CHARS


def _phrase(term: Term) -> str:
    return '"' + term.text + '"'


def _like(term: Term) -> str:
    return "%" + re.sub(r"([%_\\])", r"\\\1", term.text) + "%"


def _condition(term: Term) -> tuple[str, list[str]]:
    """SQL condition on ``a`` (articles) for one term, and its parameters.

    3+ characters: the trigram index (exact substring). Shorter (many Thai syllables have 2): the
    segmented word index, or a substring scan for a word inside a compound (ปี in ประจำปี)."""
    if _long(term):
        return "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [_phrase(term)]
    segmented = '"' + " ".join(words(term.text)) + '"'
    like = _like(term)
    return (
        "(a.id IN (SELECT rowid FROM articles_words WHERE articles_words MATCH ?)"
        " OR a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')",
        [segmented, like, like],
    )


def _conditions(
    groups: list[list[Term]], condition: Callable[[Term], tuple[str, list[str]]]
) -> tuple[list[str], list[str]]:
    """One SQL condition per group of a parsed query (its terms OR-ed, NOT for an exclusion), and the parameters."""
    conditions, params = [], []
    for group in groups:
        parts = [condition(term) for term in group]
        joined = " OR ".join(sql for sql, _ in parts)
        conditions.append(f"NOT ({joined})" if group[0].exclude else f"({joined})")
        params += [p for _, values in parts for p in values]
    return conditions, params


def article_condition(query: str) -> tuple[str, list[str]]:
    """The SQL condition on ``a`` (articles) for ``query``, as ``search`` applies it, and its parameters:
    for other front ends (the Datasette plugin). Raises QueryError as ``search`` does."""
    conditions, params = _conditions(parse_query(query), _condition)
    return " AND ".join(conditions), params


def file_condition(query: str) -> tuple[str, list[str]]:
    """The SQL condition on ``f`` (files) for ``query``, as ``search_files`` applies it, and its parameters."""
    conditions, params = _conditions(parse_query(query), _file_condition)
    return " AND ".join(conditions), params


def _snippet(text: str, terms: list[Term], width: int = 60) -> str:
    """A window of ``text`` around the first term found, the terms marked (for short-word queries)."""
    positions = [(text.find(t.text), t.text) for t in terms if t.text in text]
    if not positions:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, min(positions)[0] - width // 2)
    window = text[start : start + width]
    for _, found in positions:
        window = window.replace(found, f"{HIGHLIGHT[0]}{found}{HIGHLIGHT[1]}")
    return ("…" if start else "") + window + ("…" if start + width < len(text) else "")


def _check_since(since: str | None) -> str | None:
    if since is None:
        return None
    try:
        return date.fromisoformat(since).isoformat()
    except ValueError:
        raise QueryError(f"--since expects a date as YYYY-MM-DD, got {since!r}") from None


def search(
    db: sqlite_utils.Database,
    query: str,
    *,
    site: str | None = None,
    since: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """Articles matching ``query``, best first (bm25), with a highlighted snippet."""
    groups = parse_query(query)
    since = _check_since(since)
    conditions, params = _conditions(groups, _condition)
    if site:
        conditions.append("a.site = ?")
        params.append(site_of(site if "://" in site else f"http://{site}"))
    if since:
        conditions.append("a.published >= ?")
        params.append(since)
    where = " AND ".join(conditions)
    positive = [t for g in groups for t in g if not t.exclude]
    ranked = [t for t in positive if _long(t)]
    if ranked:
        # bm25 and snippets from the trigram index, on the long terms (any of them may match).
        sql = (
            f"SELECT a.id, a.url, a.site, a.title, a.published,"
            f" snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}), bm25(articles_fts) AS rank"
            f" FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? AND {where} ORDER BY rank LIMIT ?"
        )
        expression = " OR ".join(_phrase(t) for t in ranked)
        rows = db.execute(sql, [*HIGHLIGHT, expression, *params, limit]).fetchall()
        return [Hit(*row) for row in rows]
    sql = (
        f"SELECT a.id, a.url, a.site, a.title, a.published, a.text FROM articles a WHERE {where}"
        f" ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?"
    )
    rows = db.execute(sql, [*params, limit]).fetchall()
    return [Hit(i, u, s, t, p, _snippet(text, positive), 0.0) for i, u, s, t, p, text in rows]


@dataclass(frozen=True)
class LinkingPage:
    """A page that links a file, and the article it holds (if any)."""

    url: str
    article_id: int | None
    title: str | None


@dataclass(frozen=True)
class FileHit:
    """A file whose text matches, where it was fetched from, and the pages and articles linking it."""

    sha256: str
    url: str
    kind: str | None
    snippet: str
    rank: float
    linked_from: list[LinkingPage]
    type: str = "file"


#: Pages listed per file hit.
LINKING_PAGES = 5


def _file_condition(term: Term) -> tuple[str, list[str]]:
    """SQL condition on ``f`` (files) for one term: the trigram index, or a substring scan for short words."""
    if _long(term):
        return "f.rowid IN (SELECT rowid FROM files_fts WHERE files_fts MATCH ?)", [_phrase(term)]
    return "f.text LIKE ? ESCAPE '\\'", [_like(term)]


def _linking_pages(db: sqlite_utils.Database, sha256: str) -> list[LinkingPage]:
    rows = db.execute(
        "SELECT DISTINCT l.page_url, p.article_id, a.title FROM file_urls u JOIN file_links l ON l.file_url = u.url"
        " LEFT JOIN pages p ON p.url = l.page_url LEFT JOIN articles a ON a.id = p.article_id"
        " WHERE u.sha256 = ? ORDER BY p.article_id IS NULL, l.page_url LIMIT ?",
        [sha256, LINKING_PAGES],
    ).fetchall()
    return [LinkingPage(*row) for row in rows]


def search_files(db: sqlite_utils.Database, query: str, *, site: str | None = None, limit: int = 20) -> list[FileHit]:
    """Archived files (PDF, Office documents, OCRed scans) whose text matches ``query`` (same syntax as
    ``search``), best first, each with a snippet and the pages (and articles) that link it. ``site``:
    only files linked from that site's pages. An archive made before files were kept has none."""
    groups = parse_query(query)
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'files_fts'").fetchone():
        return []
    conditions, params = _conditions(groups, _file_condition)
    if site:
        conditions.append(
            "f.sha256 IN (SELECT u.sha256 FROM file_urls u JOIN file_links l ON l.file_url = u.url WHERE l.site = ?)"
        )
        params.append(site_of(site if "://" in site else f"http://{site}"))
    where = " AND ".join(conditions)
    positive = [t for g in groups for t in g if not t.exclude]
    ranked = [t for t in positive if _long(t)]
    if ranked:
        sql = (
            f"SELECT f.sha256, f.first_url, f.kind, snippet(files_fts, 0, ?, ?, '…', {SNIPPET_TOKENS}),"
            f" bm25(files_fts) AS rank FROM files_fts JOIN files f ON f.rowid = files_fts.rowid"
            f" WHERE files_fts MATCH ? AND {where} ORDER BY rank LIMIT ?"
        )
        expression = " OR ".join(_phrase(t) for t in ranked)
        rows = db.execute(sql, [*HIGHLIGHT, expression, *params, limit]).fetchall()
    else:
        sql = f"SELECT f.sha256, f.first_url, f.kind, f.text, 0.0 FROM files f WHERE {where}"
        sql += " ORDER BY f.first_seen LIMIT ?"
        rows = [(s, u, k, _snippet(t or "", positive), r) for s, u, k, t, r in db.execute(sql, [*params, limit])]
    return [FileHit(s, u, k, " ".join(snip.split()), r, _linking_pages(db, s)) for s, u, k, snip, r in rows]

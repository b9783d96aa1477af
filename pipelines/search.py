"""Thai full-text search over the archive: parse a user's query safely, rank, and highlight.

Three FTS5 indexes (pipelines.schema): ``articles_fts`` (trigram: any substring of 3+ characters,
so สีชัง is found inside เกาะสีชัง and ท่องเที่ยว inside การท่องเที่ยว), ``articles_words``
(pythainlp-segmented words: also 1-2 character words, which trigrams cannot find) and
``articles_grams`` (pipelines.short_grams: which articles may hold a 1-2 character string inside a
compound, ปี in ประจำปี, confirmed by LIKE). Every term is quoted before it reaches MATCH, so no user
input is ever FTS syntax, and all SQL is parameterised.

Query syntax: words and "quoted phrases" are all required; ``-word`` excludes; ``OR`` between two
terms accepts either.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

import sqlite_utils

from pipelines.short_grams import ascii_lower, gram_query
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


def _condition(term: Term, grams: bool = False) -> tuple[str, list[str]]:
    """SQL condition on ``a`` (articles) for one term, and its parameters.

    3+ characters: the trigram index (exact substring). Shorter (many Thai syllables have 2): the
    segmented word index, or a substring scan for a word inside a compound (ปี in ประจำปี); with
    ``grams``, the scan is confined to the articles the short-word index (pipelines.short_grams) says
    may contain the term: the same articles, found without reading every text."""
    if _long(term):
        return "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [_phrase(term)]
    segmented = '"' + " ".join(words(term.text)) + '"'
    like = _like(term)
    scan = "a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\'"
    word = "a.id IN (SELECT rowid FROM articles_words WHERE articles_words MATCH ?)"
    if not grams:
        return f"({word} OR {scan})", [segmented, like, like]
    gram = "a.id IN (SELECT rowid FROM articles_grams WHERE articles_grams MATCH ?)"
    return f"({word} OR ({gram} AND ({scan})))", [segmented, gram_query(term.text), like, like]


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
    """A window of ``text`` around the first term found, every term in it marked. Terms are found
    as the indexes find them: ASCII letters in either case."""
    folded = ascii_lower(text)
    needles = [ascii_lower(t.text) for t in terms]
    positions = sorted((at, len(n)) for n in needles if n and (at := folded.find(n)) >= 0)
    if not positions:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, positions[0][0] - width // 2)
    end = start + width
    marks: list[tuple[int, int]] = []
    for needle in sorted(set(needles), key=len, reverse=True):
        at = folded.find(needle, start)
        while needle and 0 <= at < end:
            if all(at >= e or at + len(needle) <= b for b, e in marks):
                marks.append((at, at + len(needle)))
            at = folded.find(needle, at + len(needle))
    pieces, cursor = [], start
    for b, e in sorted(marks):
        e = min(e, end)
        pieces += [text[cursor:b], HIGHLIGHT[0], text[b:e], HIGHLIGHT[1]]
        cursor = e
    pieces.append(text[cursor:end])
    return ("…" if start else "") + "".join(pieces) + ("…" if end < len(text) else "")


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
    """Articles matching ``query``, best first (bm25), with a highlighted snippet.

    Ranked (a term of 3+ characters): the best ``limit`` are chosen first, with every filter, and
    only they get a snippet (a snippet of every match was most of a common word's time). A term
    in more than RANK_WINDOW articles ranks its RANK_WINDOW newest matches (top-k without scoring
    every match: a word in most of the archive says little about which article is best).
    Unranked (only short terms): newest first, read in that order from an index until ``limit``
    are found when the short-word index finds many candidates, from the candidates when few."""
    groups = parse_query(query)
    since = _check_since(since)
    indexed = db.table("articles_grams").exists()
    positive = [t for g in groups for t in g if not t.exclude]
    ranked = [t for t in positive if _long(t)]
    # Groups made only of long terms are all matched by one FTS5 expression, their AND (the same
    # phrases as the OR of every long term, so the same bm25): their conditions are not repeated.
    matched = [g for g in groups if not g[0].exclude and all(_long(t) for t in g)]
    expression = " AND ".join("(" + " OR ".join(_phrase(t) for t in g) + ")" for g in matched)
    if not matched or len(ranked) != sum(len(g) for g in matched):
        matched, expression = [], " OR ".join(_phrase(t) for t in ranked)
    rest = [g for g in groups if g not in matched]
    # Only short words, each in many articles: read newest first (idx_articles_recent) and stop at the
    # limit, checking each article as read: the first matches come at once, and the short-word index,
    # which would list most of the archive first, is not used. A rare word is read from its candidates.
    recent = indexed and not ranked and _many_candidates(db, groups)
    conditions, params = _conditions(rest, partial(_condition, grams=indexed and not recent))
    if site:
        conditions.append("a.site = ?")
        params.append(site_of(site if "://" in site else f"http://{site}"))
    if since:
        conditions.append("a.published >= ?")
        params.append(since)
    where = " AND ".join(conditions) or "1"
    if ranked:
        return _ranked(db, expression, ranked, where, params, limit)
    order = "a.published IS NULL, a.published DESC, a.id"
    source = "articles a INDEXED BY idx_articles_recent" if recent else "articles a"
    sql = f"SELECT a.id, a.url, a.site, a.title, a.published, a.text FROM {source} WHERE {where} ORDER BY {order}"
    sql += " LIMIT ?"
    rows = db.execute(sql, [*params, limit]).fetchall()
    return [Hit(i, u, s, t, p, _snippet(text, positive), 0.0) for i, u, s, t, p, text in rows]


# A ranked term matching more articles than this ranks only its newest RANK_WINDOW matches.
RANK_WINDOW = 2_000
# A short term with more candidates than this is read newest first (see search()).
MANY_CANDIDATES = 2_000


def _many_candidates(db: sqlite_utils.Database, groups: list[list[Term]]) -> bool:
    """True when every required short term has more than MANY_CANDIDATES candidates in the index."""
    required = [g[0] for g in groups if len(g) == 1 and not g[0].exclude]
    if not required:
        return True  # only alternatives (OR): no single term narrows the search
    for term in required:
        (found,) = db.execute(
            "SELECT count(*) FROM (SELECT rowid FROM articles_grams WHERE articles_grams MATCH ? LIMIT ?)",
            [gram_query(term.text), MANY_CANDIDATES + 1],
        ).fetchone()
        if found <= MANY_CANDIDATES:
            return False
    return True


def _ranked(
    db: sqlite_utils.Database, expression: str, terms: list[Term], where: str, params: list[str], limit: int
) -> list[Hit]:
    """The best ``limit`` articles (bm25 of the long ``terms``) matching the FTS5 ``expression`` and
    ``where``, each with a snippet around its terms."""
    # The RANK_WINDOW-th newest match, if there are that many (FTS5 reads rowids newest first cheaply).
    edge = db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        [expression, RANK_WINDOW - 1],
    ).fetchone()
    window = " AND articles_fts.rowid >= ?" if edge else ""
    # Without filters the articles need not be read to rank them (an id exists once its text is indexed).
    source = "articles_fts" if where == "1" else "articles_fts JOIN articles a ON a.id = articles_fts.rowid"
    best = db.execute(
        f"SELECT articles_fts.rowid, bm25(articles_fts) FROM {source}"
        f" WHERE articles_fts MATCH ? AND {where}{window} ORDER BY bm25(articles_fts), articles_fts.rowid LIMIT ?",
        [expression, *params, *([edge[0]] if edge else []), limit],
    ).fetchall()
    if not best:
        return []
    # The snippet is cut here from the text, around the terms: FTS5's snippet() tokenises the whole
    # text again for each hit (a millisecond a hit in Thai trigrams).
    found = {
        row[0]: row[1:]
        for row in db.execute(
            f"SELECT id, url, site, title, published, text FROM articles WHERE id IN ({','.join('?' * len(best))})",
            [article_id for article_id, _ in best],
        )
    }
    hits = []
    for article_id, rank in best:
        if article_id not in found:
            continue  # an index row whose article is gone (never, unless the archive was edited by hand)
        url, site, title, published, text = found[article_id]
        hits.append(Hit(article_id, url, site, title, published, _snippet(text or "", terms), rank))
    return hits


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

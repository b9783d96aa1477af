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
        raise QueryError(f"no words to search for in {query!r}")
    return groups


def _match(term: Term) -> tuple[str, str]:
    """(FTS table, MATCH expression) for one term: trigram substring, or segmented words as a phrase."""
    if len(term.text.replace(" ", "")) >= TRIGRAM_MIN_CHARS:
        return "articles_fts", '"' + term.text + '"'
    return "articles_words", '"' + " ".join(words(term.text)) + '"'


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
    conditions, params = [], []
    for group in groups:
        clauses = []
        for term in group:
            table, expression = _match(term)
            clauses.append(f"a.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
            params.append(expression)
        joined = " OR ".join(clauses)
        conditions.append(f"NOT ({joined})" if group[0].exclude else f"({joined})")
    if site:
        conditions.append("a.site = ?")
        params.append(site_of(site if "://" in site else f"http://{site}"))
    if since:
        conditions.append("a.published >= ?")
        params.append(since)
    rank_terms = [t for g in groups for t in g if not t.exclude]
    rank_table, rank_expression = _match(rank_terms[0])
    if any(_match(t)[0] == "articles_fts" for t in rank_terms):
        rank_table = "articles_fts"
        rank_expression = " OR ".join(_match(t)[1] for t in rank_terms if _match(t)[0] == "articles_fts")
    sql = (
        f"SELECT a.id, a.url, a.site, a.title, a.published,"
        f" snippet({rank_table}, 1, ?, ?, '…', {SNIPPET_TOKENS}) AS snippet, bm25({rank_table}) AS rank"
        f" FROM {rank_table} JOIN articles a ON a.id = {rank_table}.rowid"
        f" WHERE {rank_table} MATCH ? AND {' AND '.join(conditions)}"
        f" ORDER BY rank LIMIT ?"
    )
    rows = db.execute(sql, [*HIGHLIGHT, rank_expression, *params, limit]).fetchall()
    return [Hit(*row) for row in rows]

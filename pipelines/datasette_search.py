"""Datasette plugin: the search boxes of a tessaban archive's ``articles`` and ``files`` use tessaban's query
parsing and indexes (pipelines.search), and a canned query searches the files' text.

Registered through the ``datasette`` entry point (pyproject.toml), so ``datasette data/archive.db`` loads
it when tessaban is installed. Datasette's own search quotes each space-separated term and sends it to
the trigram index, which cannot find 1-2 character Thai words (ปี, ไฟ); here the query means what it
means to ``tessaban search``: words and "phrases" all required, ``-word`` excludes, ``OR`` between two
terms, Thai found inside compounds and typed with or without spaces.

How: an ASGI wrapper renames ``_search`` to ``_tessaban_search`` on requests for those two tables of a
tessaban archive (so Datasette's own search filter stays out), and a ``filters_from_request`` hook turns
it into tessaban's condition; the search box shows the query as typed.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import tilde_decode
from datasette.utils.asgi import BadRequest

from pipelines.search import QueryError, article_condition, file_condition, parse_query

OWN_ARG = "_tessaban_search"
# The tables whose search box is tessaban's: (table, condition builder, the alias its condition uses).
TABLES: dict[str, tuple[Callable[[str], tuple[str, list[str]]], str]] = {
    "articles": (article_condition, "a"),
    "files": (file_condition, "f"),
}
# A table page of one of them, with or without a format (.json, .csv).
_TABLE_PATH = re.compile(r"^/(?P<database>[^/]+)/(?P<table>articles|files)(?:\.(?:json|csv))?$")
# The table that marks a tessaban archive (the word index of articles).
MARK = "articles_words"

FILES_QUERY = """
SELECT f.first_url AS url, f.kind, f.pages, f.size, substr(f.text, 1, 400) AS text,
  (SELECT group_concat(DISTINCT l.page_url) FROM file_urls u JOIN file_links l ON l.file_url = u.url
   WHERE u.sha256 = f.sha256) AS linked_from
FROM files f
WHERE :query != '' AND tessaban_matches(:query, f.text)
ORDER BY f.first_seen DESC
LIMIT 200
"""


async def _is_archive(datasette, database: str) -> bool:
    db = datasette.databases.get(database)
    return db is not None and await db.table_exists(MARK)


def _renamed(query_string: bytes) -> bytes | None:
    """The query string with ``_search`` renamed to ``_tessaban_search``, or None when it has none."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    if not any(key == "_search" for key, _ in pairs):
        return None
    return urlencode([(OWN_ARG if key == "_search" else key, value) for key, value in pairs]).encode("latin-1")


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        async def search_as_tessaban(scope, receive, send) -> None:
            found = _TABLE_PATH.match(scope.get("path", "")) if scope.get("type") == "http" else None
            if found and await _is_archive(datasette, tilde_decode(found["database"])):
                renamed = _renamed(scope.get("query_string", b""))
                if renamed is not None:
                    scope = {**scope, "query_string": renamed}
            await app(scope, receive, send)

        return search_as_tessaban

    return wrap


def _named(condition: str, params: list[str]) -> tuple[str, dict[str, str]]:
    """``condition`` with its ``?`` placeholders named (Datasette passes parameters by name)."""
    named: dict[str, str] = {}

    def name(_: re.Match) -> str:
        key = f"tessaban_{len(named)}"
        named[key] = params[len(named)]
        return f":{key}"

    return re.sub(r"\?", name, condition), named


@hookimpl
def filters_from_request(request, database, table, datasette):
    async def tessaban_search() -> FilterArguments | None:
        query = request.args.get(OWN_ARG)
        if query is None or table not in TABLES or not await _is_archive(datasette, database):
            return None
        if not query.strip():
            return FilterArguments([], {}, [], {"search": query})
        builder, alias = TABLES[table]
        try:
            condition, params = builder(query)
        except QueryError as exc:
            raise BadRequest(str(exc)) from None
        sql, named = _named(condition, params)
        clause = f"rowid IN (SELECT {alias}.rowid FROM {table} {alias} WHERE {sql})"
        return FilterArguments([clause], named, [f'search matches "{query}" (tessaban)'], {"search": query})

    return tessaban_search


def matches(query: str, text: str | None) -> bool:
    """Whether ``text`` matches ``query`` as ``tessaban search`` matches files' text (substrings, any case)."""
    if not text:
        return False
    try:
        groups = parse_query(query)
    except QueryError as exc:
        raise ValueError(str(exc)) from None
    folded = text.casefold()
    for group in groups:
        hit = any(term.text.casefold() in folded for term in group)
        if hit == group[0].exclude:
            return False
    return True


@hookimpl
def prepare_connection(conn, database, datasette):
    conn.create_function("tessaban_matches", 2, matches, deterministic=True)


@hookimpl
def canned_queries(datasette, database, actor):
    async def files_query() -> dict:
        db = datasette.databases.get(database)
        if db is None or not await db.table_exists("files") or not await db.table_exists(MARK):
            return {}
        return {
            "search_files": {
                "title": "Search the text of archived files",
                "description": 'Words and "phrases" all required, -word excludes, OR between two terms; '
                "Thai found inside compounds (tessaban search's syntax).",
                "sql": FILES_QUERY,
            }
        }

    return files_query

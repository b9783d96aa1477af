"""Data model shared by every fixture family: responses, ground truth, the site.

A family module builds a :class:`FixtureSite` by registering one
:class:`Response` per URL it serves (see ``FixtureSite.add``); the server only
asks ``site.route(path_and_query)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit


@dataclass(frozen=True)
class Response:
    """One canned HTTP answer. ``Content-Length`` is added by the server."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


@dataclass(frozen=True)
class RequestRecord:
    """One request the fixture server answered."""

    method: str
    path: str  # path with query, exactly as the client sent it
    headers: dict[str, str]
    time: float  # time.time() when the request was answered
    status: int


@dataclass(frozen=True)
class FixtureArticle:
    """Ground truth for one article, as a human reader of the page sees it."""

    url: str  # absolute canonical URL (rel=canonical, or where it lives)
    aliases: tuple[str, ...]  # other absolute URLs that reach it
    title: str
    paragraphs: tuple[str, ...]  # body text, whitespace-normalised, no captions
    published: str  # Gregorian ISO date 'YYYY-MM-DD' (local Thai time)
    author: str | None  # without the "โดย" prefix; None when not shown
    captions: tuple[str, ...]  # photo captions as shown, in page order


def route_key(path_and_query: str) -> str:
    """Normalise a request target so equivalent spellings hit the same page.

    Percent-encoding is decoded (upper- and lower-case hex both work, like
    WordPress and Apache), query parameters are sorted, fragments dropped.
    """
    parts = urlsplit(path_and_query)
    path = unquote(parts.path or "/", errors="surrogateescape")
    pairs = sorted(parse_qsl(parts.query, keep_blank_values=True))
    if not pairs:
        return path
    return path + "?" + "&".join(f"{k}={v}" for k, v in pairs)


@dataclass
class FixtureSite:
    """A complete fixture web site: its pages, its ground truth, its rules."""

    family: str
    base_url: str  # e.g. 'http://127.0.0.11:54321', no trailing slash
    articles: list[FixtureArticle] = field(default_factory=list)  # oldest first
    disallowed_paths: list[str] = field(default_factory=list)  # robots.txt
    # Absolute URLs that pages link to but that answer 404 (on purpose).
    broken_links: list[str] = field(default_factory=list)
    # Gold negatives: absolute URLs the site serves (200) that are NOT articles (home, listings,
    # static pages, calendar pages, soft-404s ...); a crawl must never store them as articles.
    non_articles: list[str] = field(default_factory=list)
    # Traps: regular expressions matched (re.search) against the request target (path and query);
    # bench.coverage counts the requests spent on them (target: at most 50 per trap).
    trap_patterns: list[str] = field(default_factory=list)
    server_software: str = "Apache"
    # WordPress answers '/2022/07/1018' with a 301 to '/2022/07/1018/'.
    redirect_slashless: bool = False
    not_found: Response = field(
        default_factory=lambda: Response(
            404,
            (("Content-Type", "text/html; charset=UTF-8"),),
            b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>",
        ),
        repr=False,
    )
    _routes: dict[str, Response] = field(default_factory=dict, repr=False)
    # Answers made on request for targets no page is registered at (a calendar's any month, a login
    # page for any return address); None: those are 404s.
    dynamic: Callable[[str], Response | None] | None = field(default=None, repr=False)

    # -- building -----------------------------------------------------------
    def add(self, path_and_query: str, response: Response) -> None:
        key = route_key(path_and_query)
        if key in self._routes:
            raise ValueError(f"{self.family}: route registered twice: {key}")
        self._routes[key] = response

    def has(self, path_and_query: str) -> bool:
        return route_key(path_and_query) in self._routes

    def url(self, path_and_query: str) -> str:
        """Absolute URL on this site for a root-relative path."""
        return self.base_url + path_and_query

    # -- serving ------------------------------------------------------------
    def route(self, path_and_query: str) -> Response | None:
        """What the server answers for this request target (None = 404)."""
        key = route_key(path_and_query)
        found = self._routes.get(key)
        if found is not None:
            return found
        if self.redirect_slashless:
            parts = urlsplit(path_and_query)
            if parts.path and not parts.path.endswith("/"):
                target = parts.path + "/"
                if route_key(target) in self._routes:
                    if parts.query:
                        target += "?" + parts.query
                    return Response(
                        301,
                        (
                            ("Content-Type", "text/html; charset=UTF-8"),
                            ("Location", self.url(target)),
                        ),
                    )
        return self.dynamic(path_and_query) if self.dynamic is not None else None

    def paths(self) -> list[str]:
        """Every normalised path this site answers (for debugging and tests)."""
        return sorted(self._routes)

    def article_by_url(self, url: str) -> FixtureArticle | None:
        for article in self.articles:
            if url == article.url or url in article.aliases:
                return article
        return None

"""URL identity: which site a URL belongs to, and the canonical form an article is stored under."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that never change what a page shows: analytics, click ids, session ids.
_TRACKING_NAMES = (
    r"utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"phpsessid|jsessionid|sessionid|session_id|aspsessionid\w*|cfid|cftoken|ref_src|share"
)
TRACKING_PARAMS = re.compile(rf"^(?:{_TRACKING_NAMES})$", re.IGNORECASE)
# A name that is a session id only when its value is one: ``sid=9f3b2c...`` (PHP's session name on old
# sites) is dropped, ``sid=280`` (PHP-Nuke's story id: modules.php?name=News&file=article&sid=280) is
# the page itself.
SESSION_NAMES = re.compile(r"^sid$", re.IGNORECASE)
SESSION_TOKEN = re.compile(r"^(?=.*[a-z])[0-9a-z,-]{16,}$", re.IGNORECASE)


def is_tracking(name: str, value: str) -> bool:
    """Whether query parameter ``name=value`` tracks a visit (analytics, a session) rather than naming
    what the page shows."""
    return bool(TRACKING_PARAMS.match(name) or (SESSION_NAMES.match(name) and SESSION_TOKEN.match(value)))


def site_of(url: str) -> str:
    """The site a URL belongs to: its host, lowercased, without ``www.``, with ``:port`` if not default.

    ``http://www.Example.go.th/x`` and ``https://example.go.th/`` are one site, ``example.go.th``;
    the host is matched exactly, so ``evil.example/x.go.th`` is site ``evil.example``.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    if port and port != DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host


def canonical_url(url: str) -> str:
    """The form an article URL is stored under.

    Lowercases scheme and host, drops the default port and the fragment, removes tracking and
    session parameters, and sorts the remaining query parameters; the path is kept as the site wrote it.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if not port or port == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k, v))
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def without_tracking(url: str) -> str:
    """``url`` without tracking and session parameters (order of the others kept): what to request,
    so that a session id in every link does not make every link a new page."""
    url = strip_path_sessions(url)
    parts = urlsplit(url)
    if not parts.query:
        return url
    # A pair written without "=" (``news.php?item.117``, ``index.php?/news/5``) is requested as written:
    # ``item.117=`` or ``%2Fnews%2F5=`` is another address to a server that reads its query whole.
    kept = [
        pair if "=" not in pair else urlencode([(k, v)])
        for pair, (k, v) in _pairs(parts.query)
        if not is_tracking(k, v)
    ]
    return urlunsplit(parts._replace(query="&".join(kept)))


# A query or path that may carry a session or tracking id (checked before parsing: most links carry none).
_TRACKING_HINT = re.compile(rf"[;(]|[?&](?:{_TRACKING_NAMES}|sid)", re.IGNORECASE)


def visit_free(url: str) -> str:
    """``url`` as ``without_tracking`` writes it when it may carry a session or tracking id, else as it is:
    a link counted as new (crawler.site_model) is the page the spider requests, whatever session the
    page that linked it was served in (``…/news-0045.html;jsessionid=8F3A…`` on every link of a Tomcat site)."""
    return without_tracking(url) if _TRACKING_HINT.search(url) else url


_DIGITS = re.compile(r"\d+")
# Path parameters that carry a session, not a page: ASP.NET cookieless sessions `/(S(kq3x...))/`,
# `/(X(1)S(...))/`, and Java's `;jsessionid=...`. A fresh one in every link would make every link new.
_PATH_SESSIONS = re.compile(r"/\([A-Z]\([^/]*\)\)(?=/)|;(?:jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)
# A token: letters and digits mixed (hash ids, session ids, base64), or a short hexadecimal id with a
# digit and a letter (``/post/news/ea486e``, ``/p/01933f``: ids of hosted platforms, hash prefixes);
# a slug: words joined by - or _.
_TOKEN = re.compile(r"^(?=[^/]*\d)(?=[^/]*[A-Za-z])(?:[A-Za-z0-9_=-]{8,}|[0-9A-Fa-f]{6,})$")
_SLUG = re.compile(r"^[^/]*(?:[-_+][^-_+/]+){2,}$")
# The name of a path parameter (``tag`` in ``/news/tag:ขยะ``): a word of Latin letters, digits and underscores.
_PARAM_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,30}")


def _split_extension(segment: str) -> tuple[str, str]:
    stem, dot, ext = segment.rpartition(".") if "." in segment else (segment, "", "")
    return (stem, dot + ext.lower()) if dot and ext.isalnum() and len(ext) <= 5 else (segment, "")


def is_worded(segment: str) -> bool:
    """True when a path segment is written in words (Thai, percent-encoded, ``words-joined-by-dashes``,
    long): a slug or a section's name, which ``url_shape`` abstracts as ``*``. Not an id or a number."""
    stem = _split_extension(segment)[0]
    return bool("%" in stem or any(ord(c) > 127 for c in stem) or _SLUG.match(stem) or len(stem) > 40)


def shape_segment(segment: str) -> str:
    """One path segment with what varies between pages of one kind abstracted: ids, dates, slugs. A path
    parameter (``tag:ขยะ``, ``page:2``, ``archives_month:apr_2024``: Grav, Kirby and others write a filter or a
    page number into the path as ``name:value``) keeps its name, its value a number or not: ``tag:*``, ``page:0``."""
    name, colon, value = segment.partition(":")
    if colon and _PARAM_NAME.fullmatch(name):
        return f"{name}:{'0' if value.isdigit() else '*' if value else ''}"
    stem, ext = _split_extension(segment)
    stem = "*" if is_worded(segment) or _TOKEN.match(stem) else _DIGITS.sub("0", stem)
    return stem + ext


def url_shape(url: str) -> str:
    """The URL's *shape*: its path with ids, dates and slugs abstracted and its query's keys only.

    ``/calendar?month=2024-05`` and ``/calendar?month=2031-11`` share the shape ``/calendar?month``;
    ``/2022/07/%e0%b8%a8-slug/`` is ``/0/0/*/``; a run of repeated segments counts once
    (``/news/news/news/x.php`` is ``/news/x.php``: relative links that grow a path stay one shape).
    Pages of one shape are compared with each other to learn what kind of page the shape is.
    """
    parts = urlsplit(strip_path_sessions(url))
    keys = sorted({shape_bare(k) if not v else k for k, v in parse_qsl(parts.query, keep_blank_values=True)})
    segments: list[str] = []
    for segment in parts.path.split("/"):
        shaped = shape_segment(segment) if segment else ""
        if segments and shaped and shaped == segments[-1] and shaped == segment:
            continue  # a literal segment repeated (relative links growing a path); not /*/*/ (slugs at two depths)
        segments.append(shaped)
    return "/".join(segments) + ("?" + "&".join(keys) if keys else "")


def _pairs(query: str) -> list[tuple[str, tuple[str, str]]]:
    """Each pair of the query as written, with its (key, value) as parse_qsl reads it (what a request keeps
    as the page wrote it: a pair without ``=``)."""
    found = []
    for pair in query.split("&"):
        parsed = parse_qsl(pair, keep_blank_values=True)
        if parsed:
            found.append((pair, parsed[0]))
    return found


def shape_bare(name: str) -> str:
    """The name of a query pair without a value (``news.php?item.117``, ``print.php?page.5``,
    ``index.php?/news/5``, as written or as ``item.117=``): the whole query is a value there, an id or a path,
    not a key's name; its numbers and slugs are abstracted as a path's are (``item.0``, ``/news/0``), else every
    page would be a shape of its own. A flag (``?amp``, ``?print=``) has none and stays itself."""
    return "/".join("*" if is_worded(part) else _DIGITS.sub("0", part) for part in name.split("/"))


def bare_numbered(query: str) -> list[str]:
    """The names of the query's pairs without a value that hold a number (``item.117``), as url_shape names
    them: ids, like a key whose value is digits."""
    pairs = parse_qsl(query, keep_blank_values=True)
    return [shape_bare(k) for k, v in pairs if not v and any(c.isdigit() for c in k)]


def strip_path_sessions(url: str) -> str:
    """``url`` without session ids carried in its path (``/(S(…))/``, ``;jsessionid=…``)."""
    return _PATH_SESSIONS.sub("", url) if ("(" in url or ";" in url) else url

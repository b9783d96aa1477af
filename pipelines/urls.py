"""URL identity: which site a URL belongs to, and the canonical form an article is stored under."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that never change what a page shows: analytics, click ids, session ids.
TRACKING_PARAMS = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"phpsessid|jsessionid|sid|sessionid|session_id|aspsessionid\w*|cfid|cftoken|ref_src|share)$",
    re.IGNORECASE,
)


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
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)
    )
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def without_tracking(url: str) -> str:
    """``url`` without tracking and session parameters (order of the others kept): what to request,
    so that a session id in every link does not make every link a new page."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    return urlunsplit(parts._replace(query=urlencode(kept, doseq=True)))


_DIGITS = re.compile(r"\d+")


def url_shape(url: str) -> str:
    """A URL with its digit runs replaced and its query values dropped: ``/calendar?month=2024-05`` and
    ``/calendar?month=2031-11`` share the shape ``/calendar?month``; traps are endless URLs of one shape."""
    parts = urlsplit(url)
    keys = sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    return _DIGITS.sub("0", parts.path) + ("?" + "&".join(keys) if keys else "")

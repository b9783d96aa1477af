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

"""Decode HTML bytes the way Thai municipal pages need: windows-874/TIS-620 aware, distrustful of lies.

Scrapy lets the HTTP header charset win, which corrupts Thai pages whose server announces the
wrong charset, and guesses cp1252 (or worse, cp932) for undeclared windows-874 pages. Here a
declared charset is used only if the bytes actually decode with it; otherwise the meta tag,
UTF-8 and windows-874 are tried in turn.
"""

from __future__ import annotations

import codecs
import re

# Every Thai single-byte charset name sites use maps to cp874, Python's superset of TIS-620.
THAI_CHARSET_ALIASES = {
    "tis-620": "cp874",
    "tis620": "cp874",
    "tis_620": "cp874",
    "iso-8859-11": "cp874",
    "iso8859-11": "cp874",
    "windows-874": "cp874",
    "x-windows-874": "cp874",
    "cp874": "cp874",
    "x-user-defined": "cp874",
}

# Latin charsets that servers announce by default; a Thai byte stream "decodes" in them without error.
LATIN_DEFAULTS = {"latin_1", "iso8859-1", "cp1252", "ascii"}

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""",
    re.IGNORECASE,
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_\-:.]+)", re.IGNORECASE)
# Bytes 0xA1-0xFB are the Thai letters, vowels and digits of TIS-620.
_TIS620_THAI = re.compile(rb"[\xa1-\xfb]")


def normalise_charset(name: str | None) -> str | None:
    """Python codec name for a charset label, or None if the label is unknown."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    if label in THAI_CHARSET_ALIASES:
        return THAI_CHARSET_ALIASES[label]
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    """The charset named in a Content-Type header value, normalised, or None."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return normalise_charset(match.group(1)) if match else None


def meta_charset(body: bytes) -> str | None:
    """The charset declared by a ``<meta>`` tag in the first 4 KB of the page, normalised, or None."""
    match = _META_CHARSET.search(body[:4096])
    return normalise_charset(match.group(1).decode("ascii", "replace")) if match else None


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _looks_thai(body: bytes) -> bool:
    """True when a body that is not UTF-8 has enough TIS-620 letter bytes to be Thai text."""
    high = sum(1 for b in body if b >= 0x80)
    return high > 0 and len(_TIS620_THAI.findall(body)) >= 0.9 * high


def detect_encoding(body: bytes, content_type: str | None = None) -> str:
    """The codec to decode ``body`` with, trusting a declaration only when the bytes agree with it."""
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    declared = [c for c in (header_charset(content_type), meta_charset(body)) if c]
    for encoding in declared:
        if encoding in LATIN_DEFAULTS and _looks_thai(body) and not _decodes(body, "utf-8"):
            continue  # a Latin default announced for a Thai byte stream: a lie, look further
        if _decodes(body, encoding):
            return encoding
    if _decodes(body, "utf-8"):
        return "utf-8"
    if _looks_thai(body):
        return "cp874"
    return declared[0] if declared else "cp874"


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML body; returns ``(text, encoding)``. Undecodable bytes become U+FFFD."""
    encoding = detect_encoding(body, content_type)
    return body.decode(encoding, errors="replace"), encoding

"""Decode HTML bytes as browsers do (the WHATWG Encoding Standard), distrustful only of clear lies.

Labels are resolved with the standard's table (``w3lib.encoding``): gb2312/gbk mean GB18030,
tis-620/iso-8859-11 mean windows-874, iso-8859-1/ascii mean windows-1252. The order is the
standard's: BOM, then the HTTP header, then the ``<meta>`` tag; once a label is accepted the page
is decoded with it, bad bytes becoming U+FFFD (a GB2312 page with one stray byte stays GB2312).

A declaration is set aside only when the bytes clearly contradict it, because Thai servers lie:
a header or meta saying UTF-8 or a Latin default over a TIS-620 byte stream, or any legacy label
over a page that is valid, non-ASCII UTF-8. The Thai guess (windows-874) is made only when nothing
is declared or every declaration was set aside, where Scrapy would guess cp1252 or even cp932.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
from w3lib.encoding import read_bom, resolve_encoding

# Thai single-byte labels, including spellings outside the standard's table that Thai sites use
# (x-user-defined came from old Thai IE set-ups); all mean cp874, Python's superset of TIS-620.
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
_UTF8 = {"utf-8", "utf-8-sig"}

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""",
    re.IGNORECASE,
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_\-:.]+)", re.IGNORECASE)
# Bytes 0xA1-0xFB are the Thai letters, vowels and digits of TIS-620.
_TIS620_THAI = re.compile(rb"[\xa1-\xfb]")


def normalise_charset(name: str | None) -> str | None:
    """Python codec name for a charset label, as the WHATWG label table resolves it, or None if the
    label is unknown (the standard ignores unknown labels)."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    if label in THAI_CHARSET_ALIASES:
        return THAI_CHARSET_ALIASES[label]
    resolved = resolve_encoding(label)
    if resolved is None:
        return None
    # A page that parses as ASCII-compatible HTML cannot really be UTF-16: browsers read UTF-8.
    return "utf-8" if resolved.startswith("utf-16") else codecs.lookup(resolved).name


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


# Thai marks written above or below a consonant (mai han-akat, sara i … phinthu, mai taikhu … the
# tone marks, thanthakhat): in Thai text each follows a consonant or another such mark.
_THAI_MARKS = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
_THAI_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
# At most this share of marks may follow something else (typos, truncated words); GBK or Big5 bytes
# read as windows-874 put marks after marks, vowels and digits at random, about half of them.
MISPLACED_MARKS = 0.1
# Thai text is mostly consonants (about half its letters); Latin-1 text read as windows-874 turns its
# accented letters into vowels written before consonants, digits and the baht sign (ä ไ, ö ๖, ß ฿).
MIN_CONSONANTS = 0.3


def _looks_thai(body: bytes) -> bool:
    """True when a body that is not UTF-8 has enough TIS-620 letter bytes to be Thai text, written as
    Thai is: its above and below marks sit on consonants (CJK bytes also fall in TIS-620's range)."""
    high = sum(1 for b in body if b >= 0x80)
    if not high or len(_TIS620_THAI.findall(body)) < 0.9 * high:
        return False
    text = body.decode("cp874", errors="replace")
    marks = misplaced = consonants = 0
    previous = ""
    for char in text:
        if char in _THAI_MARKS:
            marks += 1
            misplaced += previous not in _THAI_CONSONANTS and previous not in _THAI_MARKS
        elif char in _THAI_CONSONANTS:
            consonants += 1
        previous = char
    return consonants >= MIN_CONSONANTS * high and misplaced <= MISPLACED_MARKS * marks


def _mostly_not_utf8(body: bytes) -> bool:
    """True when most non-ASCII characters of ``body`` read as UTF-8 are bad bytes: a legacy page
    (Latin, Thai, CJK) under a UTF-8 label, not a UTF-8 page with a few stray bytes."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return bad > sum(1 for c in text if ord(c) > 127) - bad


def _has_non_ascii_utf8(body: bytes) -> bool:
    """True when the body is valid UTF-8 and holds non-ASCII characters: legacy text almost never is."""
    return not body.isascii() and _decodes(body, "utf-8")


def clearly_wrong(body: bytes, encoding: str) -> bool:
    """True when the bytes contradict the declared ``encoding`` beyond doubt.

    A page declared UTF-8 whose non-ASCII bytes are mostly not UTF-8 (TIS-620 Thai or Latin-1 under a
    UTF-8 label; a few stray bytes in UTF-8 text are not enough); a page declared in a
    legacy charset whose bytes are valid non-ASCII UTF-8; a Latin default over TIS-620 Thai bytes.
    A few bad bytes alone are not enough: the standard decodes them as U+FFFD."""
    if encoding in _UTF8:
        return not _decodes(body, "utf-8") and _mostly_not_utf8(body)
    if _has_non_ascii_utf8(body):
        return True
    return encoding in LATIN_DEFAULTS and _looks_thai(body)


def detect_encoding(body: bytes, content_type: str | None = None) -> str:
    """The codec to decode ``body`` with: the BOM's, else the first declaration (header, then meta)
    the bytes do not clearly contradict, else UTF-8 if the bytes are UTF-8, else windows-874 if they
    look Thai, else the first declaration after all (decoded with replacement)."""
    bom_encoding, _ = read_bom(body)
    if bom_encoding:
        # Codecs that drop the BOM they read: "utf-16" reads it to find the byte order.
        return "utf-8-sig" if bom_encoding == "utf-8" else "utf-16"
    declared = [c for c in (header_charset(content_type), meta_charset(body)) if c]
    for encoding in declared:
        if not clearly_wrong(body, encoding):
            return encoding
    if _decodes(body, "utf-8") or (body and not body.isascii() and not _mostly_not_utf8(body)):
        return "utf-8"  # UTF-8, perhaps with a few stray bytes (UTF-8's two-byte letters look Thai)
    if declared and _looks_thai(body):
        return "cp874"
    return _guessed(body)


# Legacy encodings an undeclared page is weighed in: Thai, and the CJK ones whose bytes also fall in
# TIS-620's letter range, then a Latin default.
GUESSED = ("cp874", "gb18030", "big5", "cp932", "cp949", "euc_jp", "cp1252")


def _guessed(body: bytes) -> str:
    """The encoding of an undeclared page that is not UTF-8. Thai when it looks Thai and
    charset_normalizer (which trafilatura depends on) finds windows-874 plausible; otherwise its best
    guess among GUESSED (GBK, Big5 … are read without mistaking them for Thai); windows-874 when in
    doubt, the encoding of most undeclared pages tessaban meets."""
    results = charset_normalizer.from_bytes(body[:65_536], cp_isolation=list(GUESSED))
    plausible = [normalise_charset(r.encoding) for r in results]
    if _looks_thai(body) and ("cp874" in plausible or not plausible):
        return "cp874"
    return next((c for c in plausible if c), "cp874")


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML body; returns ``(text, encoding)``. Undecodable bytes become U+FFFD."""
    encoding = detect_encoding(body, content_type)
    return body.decode(encoding, errors="replace"), encoding

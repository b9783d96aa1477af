"""Thai text normalisation and line-level cleanup of extracted article text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from pythainlp import (
    thai_above_vowels,
    thai_below_vowels,
    thai_consonants,
    thai_follow_vowels,
    thai_lead_vowels,
    thai_tonemarks,
)
from pythainlp.util import normalize as pythainlp_normalize

from pipelines.content_hash import normalised_for_hash
from pipelines.extract import rules
from pipelines.extract.thai_date import find_dates

_THAI = re.compile(r"[\u0e00-\u0e7f]")
# What may stand beside a date on a date/byline line: a byline, a view counter, a time, cue words.
_BYLINE = re.compile(
    r"(?:^|\s)(?:โดย(?=\s|:)|เขียนโดย|ผู้เขียน|ผู้โพสต์|ผู้โพส|โพสต์โดย|โพสโดย|ผู้ประกาศ|ผู้ลงข่าว|ลงข่าวโดย|by|posted by|written by)"
    r"\s*:?\s*[^|•·\n]{0,40}$",
    re.IGNORECASE,
)
_COUNTER = re.compile(r"(?:ผู้|เปิด)?(?:เข้าชม|อ่าน|ฮิต|hits?|views?)\s*:?\s*[\d,]+\s*(?:ครั้ง|คน)?", re.IGNORECASE)
_DATELINE_REST = re.compile(
    r"(?:posted|on|เมื่อ|เขียนเมื่อ|โพสต์เมื่อ|วันที่โพสต์|วันที่โพส|วันที่|เวลา|น\.|ประกาศ|ลงวันที่|สร้างเมื่อ|แก้ไขล่าสุด|ปรับปรุงล่าสุด|ใน"
    r"|last updated|updated|am|pm|[\d:.\s|/,\-–—•·()])+",
    re.IGNORECASE,
)
_ANNOUNCEMENT_DATE = rules.ANNOUNCEMENT_DATE
# Decoration: a run of one or two repeated symbols ("*****", "-----", "=-=-=") or a lone separator.
# Other symbol-only lines stay: ")" or "};" are lines of a code sample.
_DECORATION = re.compile(r"\s*(?:([^\w\s])\s*(?:\1|([^\w\s]))(?:\s*(?:\1|\2))+|[-|•·/~=_*])\s*")
# Separators between items on one line of links ("พิมพ์หน้านี้ | ย้อนกลับ").
_ITEM_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s{2,}|\s+/\s+")


# Everything pythainlp's normalize() would change: zero-width characters, เเ, marks in the wrong
# order, repeated vowels and signs, dangling marks. Text with none of these is returned as is,
# which gives normalize()'s result without its cost (about 40 uncompiled regexes per call).
_DANGLING = f"{thai_above_vowels}{thai_below_vowels}{thai_tonemarks}\u0e3a\u0e4c\u0e4d\u0e4e"
_NO_REPEAT = f"{thai_follow_vowels}{thai_lead_vowels}{thai_above_vowels}{thai_below_vowels}\u0e3a\u0e4c\u0e4d\u0e4e"
_NEEDS_THAI_NORMALISING = re.compile(
    "[\u200b\u200c]|\u0e40\u0e40|\u0e45"
    f"|[{thai_tonemarks}]{{2,}}"
    f"|[{thai_tonemarks}\u0e4c][{thai_above_vowels}{thai_below_vowels}]"
    f"|\u0e4d[{thai_tonemarks}]*\u0e32"
    f"|[{thai_follow_vowels}][{thai_tonemarks}]"
    f"|([{_NO_REPEAT}]) *\\1"
    f"|^[{_DANGLING}]| [{_DANGLING}]"
    f"|[{thai_consonants}] [{_DANGLING}]"
)


def thai_normalise(text: str) -> str:
    """pythainlp's ``normalize`` (zero-width characters, เเ -> แ, mark order, repeated vowels,
    dangling marks), run only when the text has something it would change. Expects a line whose
    whitespace is already collapsed (as ``normalise_text`` gives it)."""
    return pythainlp_normalize(text) if _NEEDS_THAI_NORMALISING.search(text) else text


def normalise_text(text: str) -> str:
    """One line of text with Thai normalised (zero-width chars, doubled vowels such as เเ -> แ)
    and all whitespace collapsed to single spaces."""
    text = " ".join(text.split())  # every Unicode space (NBSP, U+2000-U+200A, U+3000 ...) is one
    if "\u200b" in text or "\ufeff" in text:
        # Zero-width spaces and stray BOMs are no text: SharePoint writes an empty rich-text field as
        # "&#8203;", which had made a list form with an empty body an "article" of one invisible character.
        text = text.replace("\u200b", "").replace("\ufeff", "").strip()
    # Most lines need no normalising: asked first, that spares them the search for Thai.
    if _NEEDS_THAI_NORMALISING.search(text) and _THAI.search(text):
        return pythainlp_normalize(text).strip()
    return text


def nfc(text: str | None) -> str | None:
    """``text`` in Unicode's composed form (NFC), as trafilatura returns its text: the same words
    typed or converted differently (Bengali য়, decomposed Latin accents) are then the same string
    for search and comparison. Thai has no composed forms, so Thai text is unchanged."""
    if not text or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def normalise_lines(text: str) -> str:
    """``normalise_text`` applied to each line; empty lines dropped."""
    lines = (normalise_text(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _key(line: str) -> str:
    """Comparison key for a line: case and punctuation-insensitive."""
    return normalised_for_hash(line)


_BULLET = re.compile(r"^[-•*·]\s+")


def is_boilerplate(line: str) -> bool:
    """True when the whole line is known boilerplate (comment form, share, counter, ...), or a
    row of such items separated by | or •."""
    # A list item's bullet ("- 3 วันที่ผ่านมา", as trafilatura writes <li>) is no part of what it says.
    parts = [part for part in _ITEM_SEPARATORS.split(_BULLET.sub("", line.strip())) if part]
    return bool(parts) and all(any(p.fullmatch(part) for p in rules.BOILERPLATE_LINES) for part in parts)


@lru_cache(maxsize=8192)  # pure: the same line gives the same answer; cleanup, layout and tables all ask
def _meta_rest(line: str, author: str | None) -> tuple[str, bool, bool]:
    """What is left of a line once dates, bylines and view counters are taken out, and whether
    it had a date, and whether it had any of the three."""
    matches = find_dates(line)
    rest = line
    for match in reversed(matches):
        rest = rest[: match.start] + " | " + rest[match.end :]
    named = False  # the author's name, on a line of its own too, is a byline
    if author and author in rest:
        rest = rest.replace(author, " ")
        named = True
    counted = _COUNTER.sub(" | ", rest)
    parts = _ITEM_SEPARATORS.split(counted)
    stripped = [_BYLINE.sub("", part) for part in parts]
    had_meta = bool(matches) or named or counted != rest or stripped != parts
    return _DATELINE_REST.sub("", " ".join(stripped)), bool(matches), had_meta


def clear_caches() -> None:
    """Empty the memo of line classification (benchmarks measuring cold extraction call this)."""
    _meta_rest.cache_clear()


def pipe_row(line: str, cells: int = 1) -> bool:
    """A row of ``cells`` cells or more of a table as trafilatura writes tables in its text
    (``| 1 | บ้านดอนแดง | 19 มี.ค. 2567 |``)."""
    stripped = line.strip()
    return len(stripped) > 2 and stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") > cells


def pipe_cells(line: str) -> list[str]:
    """The non-empty cells of a ``pipe_row``, stripped, in order."""
    return [cell.strip() for cell in line.strip()[1:-1].split("|") if cell.strip()]


def _table_row(line: str) -> bool:
    """A row of two cells or more of a table in the text: data, whatever dates its cells hold."""
    return pipe_row(line, cells=2)


def is_dateline(line: str, author: str | None = None) -> bool:
    """True for a short line that is only a date, possibly with a time, a byline and a view counter.

    Not "ประกาศ ณ วันที่ …", the formal last line of an announcement, which belongs to its text; nor
    a row of a table."""
    if len(line) > 160 or _ANNOUNCEMENT_DATE.match(line) or _table_row(line):
        return False
    rest, dated, _ = _meta_rest(line, author)
    return dated and len(rest) <= 12


def is_meta_line(line: str, author: str | None = None) -> bool:
    """True for a date line, or a line of only a byline and/or a view counter ("โพสต์โดย : X ฮิต: 123")."""
    if len(line) > 160 or _ANNOUNCEMENT_DATE.match(line) or _table_row(line):
        return False
    rest, _, had_meta = _meta_rest(line, author)
    return had_meta and len(rest) <= 12


def drop_title(text: str, title: str | None) -> str:
    """``text`` without the lines that repeat ``title``, nor a row of a table one of whose cells is the
    title: the row of a page laid out in a table that holds the headline beside the sidebar
    (``| นายกเทศมนตรี ... ผู้เข้าชม 48,215 คน | ปลูกต้นไม้เฉลิมพระเกียรติ |``)."""
    if not title:
        return text
    key = _key(title)

    def repeats(line: str) -> bool:
        return _key(line) == key or (_table_row(line) and any(_key(cell) == key for cell in line.split("|")))

    return "\n".join(line for line in text.splitlines() if not repeats(line))


def clean_lines(
    text: str,
    *,
    title: str | None,
    captions: Iterable[str] = (),
    author: str | None = None,
    link_labels: Iterable[str] = (),
    preformatted: Iterable[str] = (),
) -> str:
    """Body paragraphs only: drop the title line, caption lines, date/byline lines, boilerplate lines,
    decoration, and lines that are an attachment's link label (with a word such as "ดาวน์โหลด :").

    ``preformatted``: the page's lines inside ``<pre>`` (normalised). They are the article's code or
    data (a log whose lines begin with dates, a table drawn in text), never its byline: only the title
    and caption rules apply to them."""
    verbatim = frozenset(preformatted)
    dropped = {_key(c) for c in captions if c}
    if title:
        dropped.add(_key(title))
    labels = [k for k in (_key(label) for label in link_labels if label) if len(k) >= 6]
    kept = []
    for raw in text.splitlines():
        line = normalise_text(raw)
        if not line or _DECORATION.fullmatch(line):
            continue
        key = _key(line)
        if key in dropped:
            continue
        if dropped and pipe_row(line) and all(_key(cell) in dropped for cell in pipe_cells(line)):
            # A table row of a gallery (trafilatura's ``| caption | caption |``): no text either. A row with other
            # cells stays whole (a layout row of the sidebar and the title, which drop_title knows by its title).
            continue
        if line in verbatim:
            kept.append(line)
            continue
        if is_boilerplate(line) or is_meta_line(line, author):
            continue
        if any(label in key and len(key) - len(label) <= 15 for label in labels):
            continue
        kept.append(line)
    return "\n".join(kept)

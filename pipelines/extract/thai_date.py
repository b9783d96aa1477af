"""Find and parse the dates written on Thai (and mixed Thai/English) web pages.

trafilatura, htmldate and pythainlp's ``thai_strptime`` miss most dates on Thai municipal pages:
Thai month names and their abbreviations with or without dots, Buddhist-era (BE) years, two-digit
years, weekday prefixes, Thai digits, and numeric day-first dates. This module reads them all:

* ``1 พฤษภาคม 2561``, ``1 พ.ค. 2561``, ``1 พ.ค.61``, ``1 พค 61``, ``๒๓ มีนาคม ๒๕๖๔``
* ``วันพฤหัสบดีที่ 28 กรกฎาคม 2565``, ``พฤ. 28 ก.ค. 65`` (the weekday must agree with the date)
* ``15 มีนาคม พ.ศ. 2564``, ``15 มีนาคม ค.ศ. 2021``, ``1 เดือนพฤษภาคม พุทธศักราช 2561``
* ``15/01/2552``, ``15-01-2552``, ``15.01.52``, ``15/1/52``, ``2021-03-23T09:30:00+07:00``
* ``March 23, 2021``, ``23 March 2021``, ``Tuesday, Mar 23, 2021``

Year rules: an explicit era marker (พ.ศ./ค.ศ./B.E./A.D.) decides; otherwise a 4-digit year in
1900-2200 is Gregorian and one in 2400-2700 Buddhist era.  A 2-digit year is Buddhist era
(``61`` -> 2561 -> 2018) and must be BE 2540 (1997) or later, so that a count or an hour after
a month (``5 มีนาคม 10 ราย``, ``1 พ.ค. 10.30 น.``) is not read as 1967.  After an English month
name a 2-digit year is refused as ambiguous unless an era is written.  Numeric dates are always
day first.

The policy is "none rather than a wrong one": a day, a month and a year are all required
(``มีนาคม 2564``, ``ปี 2564`` and ``Copyright © 2009`` are not dates); impossible dates, dates
before 1950, dates after ``today``, and dates whose written weekday disagrees with them are
dropped; numbers inside versions, phone numbers and longer dotted or dashed runs are not read.

Text is normalised before matching (Thai digits -> ASCII, NBSP and other spaces -> space,
zero-width characters removed); reported spans always index the original text.

All rules are the data tables below, compiled once at import into one regular expression.
The module is pure: no I/O and no mutable global state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

__all__ = ["DateMatch", "find_dates", "parse_thai_date"]

# --------------------------------------------------------------------------------------------
# Rule tables
# --------------------------------------------------------------------------------------------

# Full Thai month names, the short spoken forms, and misspellings seen on municipal sites.
THAI_MONTH_NAMES: dict[str, int] = {
    "มกราคม": 1, "มกรา": 1,
    "กุมภาพันธ์": 2, "กุมภาพันธุ์": 2, "กุมภาพันธ": 2, "กุมภาพัน": 2, "กุมพาพันธ์": 2, "กุมภา": 2,
    "มีนาคม": 3, "มีนา": 3,
    "เมษายน": 4, "เมษา": 4,
    "พฤษภาคม": 5, "พฤศภาคม": 5, "พฤษภา": 5,
    "มิถุนายน": 6, "มิถุนาคม": 6, "มิถุนา": 6,
    "กรกฎาคม": 7, "กรกฏาคม": 7, "กรกฎา": 7, "กรกฏา": 7,
    "สิงหาคม": 8, "สิงหา": 8,
    "กันยายน": 9, "กันยา": 9,
    "ตุลาคม": 10, "ตุลา": 10,
    "พฤศจิกายน": 11, "พฤษจิกายน": 11, "พฤศจิกา": 11, "พฤษจิกา": 11,
    "ธันวาคม": 12, "ธันวา": 12,
}  # fmt: skip

# Thai month abbreviations; each also matches without its dots and with spaces around the dots.
THAI_MONTH_ABBREVIATIONS: dict[str, int] = {
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6,
    "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
}  # fmt: skip

# English month names and abbreviations (matched case-insensitively, with an optional dot).
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

BUDDHIST_ERA = "BE"
CHRISTIAN_ERA = "CE"
# Era markers written between the month and the year.  Markers with dots are abbreviations.
ERA_MARKERS: dict[str, str] = {
    "พ.ศ.": BUDDHIST_ERA, "พุทธศักราช": BUDDHIST_ERA, "B.E.": BUDDHIST_ERA,
    "ค.ศ.": CHRISTIAN_ERA, "คริสต์ศักราช": CHRISTIAN_ERA, "คริสตศักราช": CHRISTIAN_ERA,
    "A.D.": CHRISTIAN_ERA, "C.E.": CHRISTIAN_ERA,
}  # fmt: skip
# Words that may stand before the month ("เดือน") and before the era or year ("ปี").
MONTH_WORDS: tuple[str, ...] = ("เดือน",)
YEAR_WORDS: tuple[str, ...] = ("ปี",)

# Weekday names (Monday = 0, as date.weekday()).  Thai full names may follow "วัน" and be
# followed by "ที่"; Thai abbreviations need their dot (a bare letter is too ambiguous).
THAI_WEEKDAY_NAMES: dict[str, int] = {
    "จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5, "อาทิตย์": 6,
}  # fmt: skip
THAI_WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "จ.": 0, "อ.": 1, "พ.": 2, "พฤ.": 3, "ศ.": 4, "ส.": 5, "อา.": 6,
}  # fmt: skip
ENGLISH_WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

# Year ranges: a 4-digit year without era is Gregorian in the first range, Buddhist in the second.
GREGORIAN_YEARS = range(1900, 2201)
BUDDHIST_YEARS = range(2400, 2701)
BUDDHIST_OFFSET = 543
BUDDHIST_CENTURY = 2500  # a 2-digit year "61" is BE 2561 ...
# ... but not before BE 2540 (1997): an earlier "2-digit year" is a count ("5 มีนาคม 10 ราย")
# or an hour ("1 พ.ค. 10.30 น.": hours never reach 40).
EARLIEST_TWO_DIGIT_BUDDHIST_YEAR = 2540
EARLIEST_DATE = date(1950, 1, 1)

# Normalisation: Thai digits -> ASCII, exotic spaces -> space (both 1:1), zero-width chars removed.
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
SPACE_CHARS = "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000"
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# --------------------------------------------------------------------------------------------
# Compiled form of the tables
# --------------------------------------------------------------------------------------------


def _key(token: str) -> str:
    """Lookup key of a month, era or weekday token: no dots, spaces, commas or "วัน"; lowercase."""
    return re.sub(r"[\s.,]|^วัน", "", token).lower()


def _abbreviation(abbr: str) -> str:
    """Pattern for a dotted abbreviation: dots optional, a space allowed around each dot."""
    parts = [re.escape(p) for p in abbr.split(".") if p]
    return r"\s?\.?\s?".join(parts) + r"(?:\s?\.)?"


def _alternation(words: Iterable[str], as_pattern: Callable[[str], str] = re.escape) -> str:
    """Non-capturing alternation of ``words``, longest first so that no prefix wins early."""
    return "(?:" + "|".join(as_pattern(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _marker(word: str) -> str:
    """Pattern for an era marker: abbreviations ("พ.ศ.") as ``_abbreviation``, words literally."""
    return _abbreviation(word) if "." in word else re.escape(word)


_MONTHS: dict[str, int] = {
    _key(k): v for table in (THAI_MONTH_NAMES, THAI_MONTH_ABBREVIATIONS, ENGLISH_MONTHS) for k, v in table.items()
}
_ERAS: dict[str, str] = {_key(k): v for k, v in ERA_MARKERS.items()}
_WEEKDAYS: dict[str, int] = {
    _key(k): v for table in (THAI_WEEKDAY_NAMES, THAI_WEEKDAY_ABBREVIATIONS, ENGLISH_WEEKDAYS) for k, v in table.items()
}

_THAI_LETTER = "[\u0e01-\u0e5b]"
_THAI_MONTH = "(?:" + _alternation(THAI_MONTH_NAMES) + "|" + _alternation(THAI_MONTH_ABBREVIATIONS, _abbreviation) + ")"
_ENGLISH_MONTH = r"\b" + _alternation(ENGLISH_MONTHS) + r"\b\.?"
_ERA = _alternation(ERA_MARKERS, _marker)
_YEAR_LEAD = r"(?:" + _alternation(YEAR_WORDS) + r"\s*)?(?:(?P<{f}_era>" + _ERA + r")\s*)?"
_DAY = r"(?<!\d)(?P<{f}_day>0?[1-9]|[12][0-9]|3[01])(?!\d)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<{f}_year>\d{{4}}|\d{{2}})(?!\d)"
# Numeric dates: not inside a longer number, version or identifier ("v2.10.15", "1.2.10.15").
_NUM_BEFORE = r"(?<![0-9A-Za-z.])(?<![0-9][/-])"
_NUM_AFTER = r"(?![0-9]|[./-][0-9])"
_NUM_MONTH = r"(?P<{f}_month>0?[1-9]|1[0-2])"

# A weekday written just before a date: "วันพฤหัสบดีที่ ", "พฤ. ", "Tuesday, ".
_WEEKDAY = (
    r"(?P<weekday>(?:วัน\s*)?" + _alternation(THAI_WEEKDAY_NAMES)
    + r"|(?<!" + _THAI_LETTER + ")" + _alternation(THAI_WEEKDAY_ABBREVIATIONS)
    + r"|\b" + _alternation(ENGLISH_WEEKDAYS) + r"\b\.?)"
    + r"\s*(?:ที่)?[\s,]*"
)  # fmt: skip
WEEKDAY_LOOKBACK = 40  # characters before a date searched for its weekday

_FORMS: dict[str, str] = {
    # 15 มีนาคม 2564 / 1 พ.ค.61 / 15 มี.ค. พ.ศ.2564 / 23 March 2021 / 23-Mar-2021
    "text": _DAY + _ORDINAL + r"(?:\s*[-/]\s*|[\s,]*)(?:of\s+|" + _alternation(MONTH_WORDS) + r"\s*)?"
    + r"(?P<{f}_month>" + _THAI_MONTH + "|" + _ENGLISH_MONTH + r")"
    + r"(?:\s*[-/]\s*|[\s,]*)" + _YEAR_LEAD + _YEAR,
    # March 23, 2021 / Mar. 23rd 2021
    "english": r"(?P<{f}_month>" + _ENGLISH_MONTH + r")\s*" + _DAY + _ORDINAL
    + r"\s*,?\s*" + _YEAR_LEAD + _YEAR,
    # ตุลาคม 8th, 2010 (WordPress "F jS, Y" in Thai): full Thai month first, comma, 4-digit year
    "thai_month_first": r"(?<!" + _THAI_LETTER + r")(?P<{f}_month>" + _alternation(THAI_MONTH_NAMES) + r")\s*"
    + _DAY + _ORDINAL + r"\s*,\s*" + _YEAR_LEAD + r"(?P<{f}_year>\d{{4}})(?!\d)",
    # 15/01/2552, 15-01-2552, 15.01.52, 15/1/52 (day first, the same separator twice)
    "numeric": _NUM_BEFORE + _DAY + r"(?P<{f}_sep>[/.-])" + _NUM_MONTH + r"(?P={f}_sep)" + _YEAR + _NUM_AFTER,
    # 2021-03-23, 2021/03/23, 2021-03-23T09:30:00+07:00
    "iso": _NUM_BEFORE + r"(?P<{f}_year>\d{{4}})(?P<{f}_sep>[/.-])" + _NUM_MONTH + r"(?P={f}_sep)"
    + r"(?P<{f}_day>0?[1-9]|[12][0-9]|3[01])" + _NUM_AFTER
    + r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
}  # fmt: skip

# Every form starts with a digit, an English word or a full Thai month name: the guard makes all
# other positions cheap.
_THAI_MONTH_INITIALS = "".join(sorted({name[0] for name in THAI_MONTH_NAMES}))
_DATE_RE = re.compile(
    r"(?=\d|\b[a-z]|["
    + _THAI_MONTH_INITIALS
    + r"])(?:"
    + "|".join(f"(?P<{f}>{p.format(f=f)})" for f, p in _FORMS.items())
    + ")",
    re.IGNORECASE,
)
_WEEKDAY_BEFORE = re.compile(_WEEKDAY + r"\Z", re.IGNORECASE)
_TRANSLATE = str.maketrans(THAI_DIGITS + SPACE_CHARS, "0123456789" + " " * len(SPACE_CHARS))
_DROP_ZERO_WIDTH = str.maketrans("", "", ZERO_WIDTH_CHARS)
_HAS_ZERO_WIDTH = re.compile(f"[{ZERO_WIDTH_CHARS}]")


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text: the date, and the span and text of its expression in the original text."""

    date: date
    start: int
    end: int
    text: str


def find_dates(text: str, *, today: date | None = None) -> list[DateMatch]:
    """Every date expression in ``text`` that yields a certain date, in order of position.

    ``start``/``end`` index the original ``text`` (before normalising Thai digits, NBSP and
    zero-width characters); the span includes a leading weekday ("วันพฤหัสบดีที่ ") and an ISO
    time, but not a "วันที่" label.  Dates after ``today`` (default: ``date.today()``) are dropped.
    """
    return list(_iter_dates(text, date.today() if today is None else today))


def parse_thai_date(text: str, *, today: date | None = None) -> date | None:
    """The first date found in ``text`` (see ``find_dates``), or None when there is none."""
    found = next(_iter_dates(text, date.today() if today is None else today), None)
    return found.date if found else None


# --------------------------------------------------------------------------------------------
# Implementation
# --------------------------------------------------------------------------------------------


def _iter_dates(text: str, today: date) -> Iterator[DateMatch]:
    normal = text.translate(_TRANSLATE)
    # Index of each normalised character in the original text, only needed when lengths differ.
    origin: list[int] | None = None
    if _HAS_ZERO_WIDTH.search(normal):
        origin = [i for i, ch in enumerate(normal) if ch not in ZERO_WIDTH_CHARS]
        normal = normal.translate(_DROP_ZERO_WIDTH)
    previous_end = 0
    for match in _DATE_RE.finditer(normal):
        start, end = match.span()
        weekday = _WEEKDAY_BEFORE.search(normal, max(previous_end, start - WEEKDAY_LOOKBACK), start)
        previous_end = end
        found = _to_date(match, weekday["weekday"] if weekday else None, today)
        if found is None:
            continue
        if weekday:
            start = weekday.start()
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        yield DateMatch(found, start, end, text[start:end])


def _to_date(match: re.Match[str], weekday: str | None, today: date) -> date | None:
    """The date a regex match stands for, or None when it is impossible, out of range or doubtful."""
    form = match.lastgroup
    day, month, year = match[f"{form}_day"], match[f"{form}_month"], match[f"{form}_year"]
    era_group = match.groupdict().get(f"{form}_era")
    era = _ERAS[_key(era_group)] if era_group else None
    if form == "numeric" and match["numeric_sep"] == "." and len(year) == 2 and len(day + month) < 4:
        return None  # "1.10.15" is a version number far more often than a date
    english = month.isascii() and not month.isdigit()
    number = _resolve_year(year, era, english=english, today=today)
    if number is None:
        return None
    try:
        found = date(number, int(month) if month.isdigit() else _MONTHS[_key(month)], int(day))
    except ValueError:
        return None  # 31 ก.พ.
    if not EARLIEST_DATE <= found <= today:
        return None
    if weekday and _WEEKDAYS[_key(weekday)] != found.weekday():
        return None  # the page contradicts itself: no way to know which part is wrong
    return found


def _resolve_year(digits: str, era: str | None, *, english: bool, today: date) -> int | None:
    """Gregorian year of a written year, by the rules in the module docstring."""
    year = int(digits)
    if len(digits) == 2:
        if era == CHRISTIAN_ERA:
            return 2000 + year if 2000 + year <= today.year else 1900 + year
        if english and era is None:
            return None  # "Mar 23, 21": Gregorian 2021 or BE 2521?  Refuse.
        year += BUDDHIST_CENTURY
        return year - BUDDHIST_OFFSET if year >= EARLIEST_TWO_DIGIT_BUDDHIST_YEAR else None
    if era != CHRISTIAN_ERA and year in BUDDHIST_YEARS:
        return year - BUDDHIST_OFFSET
    if era != BUDDHIST_ERA and year in GREGORIAN_YEARS:
        return year
    return None

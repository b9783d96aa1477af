"""Date formatting the way Thai municipal sites print it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

BANGKOK = timezone(timedelta(hours=7))

MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
# English month names, as English pages of Thai sites print them ("May 12, 2024").
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def local_dt(iso_date: str, hhmm: str) -> datetime:
    """Aware datetime in Bangkok time from '2022-07-15' and '09:30'."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    d = date.fromisoformat(iso_date)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=BANGKOK)


def thai_long(d: date, buddhist: bool = True) -> str:
    """'15 กรกฎาคม 2565' (or '15 กรกฎาคม 2022' as untranslated WordPress does)."""
    year = d.year + 543 if buddhist else d.year
    return f"{d.day} {MONTHS[d.month - 1]} {year}"


def thai_abbr(d: date, digits_thai: bool = False) -> str:
    """'15 ก.ค. 2565' or, with Thai digits, '๑๕ ก.ค. ๒๕๖๕'."""
    text = f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"
    return thai_digits(text) if digits_thai else text


def thai_slash(d: date) -> str:
    """'15/07/2565' as old CMS listings print it."""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def thai_weekday(d: date) -> str:
    return WEEKDAYS[d.weekday()]


_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _english(dt: datetime, zone: str) -> str:
    u = dt.astimezone(UTC)
    return (
        f"{_EN_DAYS[u.weekday()]}, {u.day:02d} {_EN_MONTHS[u.month - 1]} "
        f"{u.year} {u.hour:02d}:{u.minute:02d}:{u.second:02d} {zone}"
    )


def rfc822(dt: datetime) -> str:
    """RSS pubDate in UTC, as WordPress writes it (locale-independent)."""
    return _english(dt, "+0000")


def http_date(dt: datetime) -> str:
    """HTTP Last-Modified / Date format."""
    return _english(dt, "GMT")

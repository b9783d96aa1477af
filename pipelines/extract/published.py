"""The publication date of a page, in order of trust: structured metadata, the visible Thai date, the URL.

htmldate and trafilatura read no Thai date and take "Copyright © 2009" for one; this module
never looks at footers or copyright lines, and returns None rather than a doubtful date.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator, Sequence
from datetime import date

from lxml.html import HtmlElement

from pipelines.extract import rules
from pipelines.extract.textclean import is_dateline
from pipelines.extract.thai_date import find_dates

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_CDATA_MARKS = re.compile(r"<!\[CDATA\[|\]\]>")


def _valid(year: int, month: int, day: int, today: date) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if date(1950, 1, 1) <= found <= today else None


def iso_date(value: str, today: date) -> date | None:
    """The date at the start of an ISO 8601 string (``2022-07-15T09:30:00+07:00``), or None."""
    match = _ISO_DATE.match(value)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if year > 2400:  # some Thai sites write Buddhist-era years into ISO fields
        year -= 543
    return _valid(year, month, day, today)


def _json_of_script(raw: str) -> object | None:
    """The JSON in a ``<script type=application/ld+json>``, also when themes wrap it in a CDATA section
    (``//<![CDATA[ {…} //]]>``, for XHTML validators): the text from the first brace to the last."""
    try:
        return json.loads(raw)
    except ValueError:
        pass
    raw = _CDATA_MARKS.sub("", raw)
    starts = [i for i in (raw.find("{"), raw.find("[")) if i >= 0]
    end = max(raw.rfind("}"), raw.rfind("]"))
    if not starts or end < min(starts):
        return None
    try:
        return json.loads(raw[min(starts) : end + 1])
    except ValueError:
        return None


def _jsonld_dates(tree: HtmlElement) -> Iterator[str]:
    for raw in tree.xpath(rules.JSONLD_XPATH):
        data = _json_of_script(str(raw))
        if data is None:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                if isinstance(node.get("datePublished"), str):
                    yield node["datePublished"]
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))


def structured_date(tree: HtmlElement, today: date) -> date | None:
    """Date from ``article:published_time``, JSON-LD ``datePublished`` or ``<time datetime>``."""
    # Read in order of trust, each source only when the ones before it gave no date.
    candidates = itertools.chain(
        (str(v) for xp in rules.PUBLISHED_XPATHS for v in tree.xpath(xp)),
        _jsonld_dates(tree),
        (str(v) for v in tree.xpath("//article//time/@datetime | //time[@pubdate]/@datetime")),
        (el.text_content() for xp in rules.PUBLISHED_TEXT_XPATHS for el in tree.xpath(xp)),
    )
    for value in candidates:
        found = iso_date(value, today) or next((m.date for m in find_dates(value, today=today)), None)
        if found:
            return found
    return None


def visible_date(region: Sequence[str], today: date, above: Sequence[str] = ()) -> date | None:
    """The publication date shown in the article region (title to just below the body): the first
    line that is a date line or carries a publication cue (เขียนเมื่อ, ลงวันที่, Posted on, …); else
    the "ประกาศ ณ วันที่" line that closes an announcement. Dates inside body sentences are event
    dates, not publication dates, and are never taken; nor are counters' and modification dates."""
    lines = [line for line in region if not rules.NOT_PUBLICATION_DATE.match(line)]
    for line in lines:
        cue = rules.PUBLICATION_CUES.search(line)
        if cue or is_dateline(line):
            found = find_dates(line, today=today)
            # A labelled date may share its line with a category, a counter or an event's date
            # ("กิจกรรม 5 ม.ค. 64  ประเภท : ข่าว  โพสต์วันที่ : 14 ม.ค. 64"): the date after the label wins.
            after = [m for m in found if cue and m.start >= cue.end()]
            if found:
                return (after or found)[0].date
    for line in lines:
        if rules.ANNOUNCEMENT_DATE.match(line):
            found = find_dates(line, today=today)
            if found:
                return found[0].date
    # Else a date line just above the title (``May 6, 2024, 08:00 ET`` over a press release's headline).
    for line in reversed(above):
        if is_dateline(line) and not rules.NOT_PUBLICATION_DATE.match(line):
            found = find_dates(line, today=today)
            if found:
                return found[0].date
    return None


def url_date(url: str, today: date) -> date | None:
    """A full year-month-day date written in the URL path, or None."""
    for pattern in rules.URL_DATE_PATTERNS:
        match = pattern.search(url)
        if match:
            return _valid(int(match["y"]), int(match["m"]), int(match["d"]), today)
    return None


def published_date(
    tree: HtmlElement, url: str, region: Sequence[str], today: date | None = None, above: Sequence[str] = ()
) -> str | None:
    """ISO ``YYYY-MM-DD`` publication date of the page, or None when nothing trustworthy is found;
    ``above``: the lines right above the title, read after the region."""
    today = today or date.today()
    found = structured_date(tree, today) or visible_date(region, today, above) or url_date(url, today)
    return found.isoformat() if found else None

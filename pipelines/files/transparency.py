"""ITA/OIT transparency items on a page: the codes o1 … o50, their Thai titles, fiscal year and links.

Every Thai public body publishes, for the Integrity and Transparency Assessment, a page listing the
required items ("O1 โครงสร้าง", "O2 ข้อมูลผู้บริหาร", … "O36 ..."), each linking a page or a file,
often in a table whose link says only "คลิก" or "ดาวน์โหลด". Pure: (parsed HTML, base URL) -> items.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml.html import HtmlElement

from pipelines.extract.thai_date import find_dates
from pipelines.files.items import TransparencyItem

#: An item code at the start of a label: O1, o 12, O.36, "O1." (Latin O, either case; 1-50).
CODE = re.compile(r"^\s*(?:ข้อ\s*)?[Oo]\s?\.?\s?(\d{1,2})(?!\d)(?![A-Za-z])[\s.:)\-–—]*(.*)$", re.DOTALL)
#: A fiscal year as Thai pages write it (Buddhist era): "ปีงบประมาณ พ.ศ. 2567", "ITA 2567", "ประจำปี 2568".
YEAR = re.compile(r"(?:ปีงบประมาณ|ประจำปี|พ\.ศ\.|ITA|OIT|ปี)\s*(?:พ\.ศ\.)?\s*(25[5-9]\d)")
#: Link labels that say nothing of the item ("click", "download", "details").
GENERIC_LABELS = re.compile(r"^(?:คลิก(?:ที่นี่)?|ดาวน์โหลด|ดูรายละเอียด|รายละเอียด|เปิด|ลิงก์|link|click|download|\W*)$", re.I)
#: Fewest distinct codes on a page for its items to count (one "O2" is more likely oxygen than ITA).
MIN_CODES = 2
MAX_CODE = 50
_CONTAINERS = ("tr", "li", "p", "td")
#: Blocks of links that may sit under a heading naming the item ("<h4>O10 แผน…</h4><ul>…</ul>").
_BLOCKS = ("ul", "ol", "p", "div", "table")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: Longest heading text taken as an item's heading.
MAX_HEADING = 200


def _text(node: HtmlElement) -> str:
    return " ".join(" ".join(node.itertext()).split())


def _year(text: str) -> int | None:
    match = YEAR.search(text)
    return int(match.group(1)) if match else None


def page_year(tree: HtmlElement) -> int | None:
    """The fiscal year the page names in its title or headings, if any."""
    for xpath in ("//title", "//h1", "//h2", "//h3"):
        for node in tree.xpath(xpath):
            year = _year(_text(node))
            if year:
                return year
    return None


def _heading_before(anchor: HtmlElement) -> str | None:
    """The text of the element just before the anchor's block (a heading, a bold line), when short. Not
    a block with links of its own: that is the item before (a related box's card "O6 …" says nothing of
    the card after it)."""
    for block in anchor.iterancestors(*_BLOCKS):
        previous = block.getprevious()
        if previous is not None:
            if previous.tag not in _HEADINGS and (previous.tag == "a" or previous.find(".//a") is not None):
                return None
            text = _text(previous)
            return text if len(text) <= MAX_HEADING else None
    return None


def _coded(anchor: HtmlElement) -> tuple[str, str, str] | None:
    """(code, title, context text) of an anchor whose label, its row or list item, or the heading just
    before its list, starts with a code."""
    label = _text(anchor)
    match = CODE.match(label)
    context = label
    if match is None:
        for parent in anchor.iterancestors(*_CONTAINERS):
            context = _text(parent)
            if len(context) > 400:
                break
            match = CODE.match(context)
            if match:
                break
    if match is None:
        heading = _heading_before(anchor)
        if not heading:
            return None
        match = CODE.match(heading)
        if match is None:
            return None
        context = heading
        label = ""  # the heading names the item; the link is one of its documents
    number = int(match.group(1))
    if not 1 <= number <= MAX_CODE:
        return None
    title = match.group(2).strip()
    if label and label != context:  # the code is in the row: the row's text without the link's label
        rest = title.replace(label, " ").strip()
        # Unless what is left is the row's date ("O1 | โครงสร้าง | 4 มี.ค. 67", the link naming the item).
        named = not GENERIC_LABELS.match(label)
        title = label if named and _dates_only(rest) else rest or (label if named else "")
    return f"o{number}", " ".join(title.split()), context


#: What a date cell may hold beside its date: a label, brackets, separators.
_DATE_LABEL = re.compile(r"วันที่|ณ|[\s()\[\].,:/|–—-]")


def _dates_only(text: str) -> bool:
    """``text`` holds a date and nothing but it, a "วันที่" label and punctuation (a table's date cell)."""
    found = find_dates(text)
    if not found:
        return False
    rest, at = [], 0
    for match in found:
        rest.append(text[at : match.start])
        at = match.end
    rest.append(text[at:])
    return not _DATE_LABEL.sub("", "".join(rest))


#: Anywhere in a page's text: a code. Pages without one (nearly all) are not looked at further.
ANY_CODE = re.compile(r"(?<![A-Za-z0-9])[Oo]\s?\.?\s?(?:[1-9]|[1-4]\d|50)(?!\d)")


def transparency_items(tree: HtmlElement, base: str) -> list[TransparencyItem]:
    """The ITA/OIT items a page lists, in page order, each (code, url) once; none unless the page
    lists at least MIN_CODES distinct codes."""
    body = tree.find("body")
    if body is None or len(set(ANY_CODE.findall(" ".join(body.itertext())))) < MIN_CODES:
        return []
    year = page_year(tree)
    found: dict[tuple[str, str], TransparencyItem] = {}
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        coded = _coded(anchor)
        if coded is None:
            continue
        code, title, context = coded
        url = urljoin(base, href).split("#", 1)[0]
        found.setdefault((code, url), TransparencyItem(code, title[:300], url, year or _year(context)))
    if len({code for code, _ in found}) < MIN_CODES:
        return []
    return list(found.values())

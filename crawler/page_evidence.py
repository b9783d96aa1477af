"""What a page holds, as evidence for deciding its kind: pure, (parsed HTML, URL) -> PageEvidence.

No CMS is assumed. The page is read as a sequence, in document order, of its text blocks (text that
is not inside a link, split at block elements and ``<br>``) and its title-like links (a link whose
text is long enough to be a headline). Each block is kept as a hash and a length only, so a site's
pages can be compared with each other (what repeats is template, what each page adds is its own)
in little memory: crawler.site_model does the comparing.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from pipelines.extract.thai_date import parse_thai_date
from pipelines.urls import url_shape

# Elements whose text is never what a reader reads as the page's content.
SKIPPED = {"script", "style", "noscript", "template", "select", "option", "textarea", "button", "svg", "iframe"}
# Elements that end a text block (and start a new one).
BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "td",
    "th",
    "tr",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "blockquote",
    "pre",
    "form",
    "fieldset",
    "figure",
    "figcaption",
    "center",
    "hr",
    "address",
    "caption",
    "body",
    "marquee",
    "dir",
    "menu",
    "legend",
    "label",
}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A link is title-like (a headline pointing at another page) from this many characters of text.
TITLE_LINK_CHARS = 15
# ... unless its line has this many letters of text before it and after it: a link in a sentence.
INLINE_LINK_CHARS = 20
# ... or this many before it: a paragraph of prose that ends in a link ("…จัดงานประเพณีลอยกระทง ณ หนองน้ำ
# สาธารณะ เช่นเดียวกับ<a>งานลอยกระทงปีที่แล้ว</a>") and goes on in the paragraphs below; a listing's item
# or a related-posts line says a date, a unit or "อ่านข่าวที่เกี่ยวข้องได้ที่" before its headline link.
PROSE_LINK_CHARS = 2 * INLINE_LINK_CHARS
# A line holding a heading of the page (this long at least) with fewer other letters than this restates
# it ("ประมวลภาพกิจกรรมวันเด็กแห่งชาติ ประจำปี 2567" under "ภาพกิจกรรมวันเด็กแห่งชาติ ประจำปี 2567"): its
# length is only that of its other words (an album's one line of description is no sentence).
RESTATED_HEADING_CHARS = 10
RESTATED_CHARS = 15
# The words that introduce an author, right before a link in its line: "โดย", "เขียนโดย", "By".
BYLINE_WORD = re.compile(r"(?:^|[\s(|•·])(?:โดย|เขียนโดย|ผู้เขียน|ผู้โพสต์|by|posted by|written by)\s*:?\s*$", re.IGNORECASE)
# Links in a row (no text between them) kept as a run from this many addresses.
LINK_RUN_MIN = 3
# A block this short that holds a date is a date line.
DATE_LINE_CHARS = 100
# Dates as pages show them: Thai months (full or abbreviated), Buddhist-era or Gregorian years, numeric dates.
_THAI_MONTH = (
    r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
    r"|ม\.?ค\.?|ก\.?พ\.?|มี\.?ค\.?|เม\.?ย\.?|พ\.?ค\.?|มิ\.?ย\.?|ก\.?ค\.?|ส\.?ค\.?|ก\.?ย\.?|ต\.?ค\.?|พ\.?ย\.?|ธ\.?ค\.?)"
)
_DIGIT = r"[0-9๐-๙]"
DATE = re.compile(
    rf"{_DIGIT}{{1,2}}\s*{_THAI_MONTH}\s*(?:พ\.?\s*ศ\.?\s*)?{_DIGIT}{{2,4}}"
    # WordPress's default "F j, Y" in a Thai locale: "ตุลาคม 5, 2023" (as the extractor reads it too)
    rf"|{_THAI_MONTH}\s*{_DIGIT}{{1,2}}(?:st|nd|rd|th)?,\s*{_DIGIT}{{4}}"
    rf"|{_DIGIT}{{1,2}}\s*[/.-]\s*{_DIGIT}{{1,2}}\s*[/.-]\s*{_DIGIT}{{2,4}}"
    rf"|{_DIGIT}{{4}}-{_DIGIT}{{2}}-{_DIGIT}{{2}}"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}",
    re.IGNORECASE,
)
# A page that says it has nothing ("soft 404"), in the words sites use, Thai and English.
NOT_FOUND = re.compile(
    r"ไม่พบ(?:ข้อมูล|หน้า|เนื้อหา|รายการ|ข่าว|เพจ|บทความ)|ไม่มีข้อมูล|ไม่มีรายการ|ขออภัย.{0,20}ไม่พบ"
    r"|(?:ข้อมูล|รายการ|หน้า|เนื้อหา|ข่าว)(?:นี้)?(?:ถูกลบ|ไม่มีอยู่)"
    r"|page not found|not found|no (?:results|posts|records|data) found|nothing (?:was )?found"
    r"|\b(?:item|page|content|document|file|record|post)s? (?:does not|doesn't|no longer) exists?\b|\b404\b",
    re.IGNORECASE,
)
# The same without the bare "404", for short texts anywhere on a page (a road may be number 404).
NOT_FOUND_TEXT = re.compile(NOT_FOUND.pattern.replace(r"|\b404\b", ""), re.IGNORECASE)
# Markers that are right where present; they raise confidence in a kind but never decide alone.
ARTICLE_JSONLD = re.compile(r'"@type"\s*:\s*\[?\s*"(?:News)?(?:Article|BlogPosting|Report)"')
# schema.org's Event and its subtypes (BusinessEvent, EducationEvent, ...), as JSON-LD writes a type.
EVENT_JSONLD = re.compile(r'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?[A-Za-z]*Event"')
# Microdata typed Event (schema.org, data-vocabulary.org) and the hCalendar / h-event microformats.
EVENT_ELEMENTS = (
    "//*[@itemscope][substring(@itemtype, string-length(@itemtype) - 4) = 'Event']"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' vevent ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' h-event ')]"
)
# A link to an iCalendar file (RFC 5545): a path ending in ``.ics`` or ``/ics``, or an ``ics`` segment and
# one more (SilverStripe's event calendar: ``/events/<slug>/ics/634``), or a ``webcal:`` address.
CALENDAR_EXPORT = re.compile(r"^webcal:|(?:\.ics|/ics(?:/[\w-]+)?/?)(?:$|[?#])", re.IGNORECASE)
# A link that adds one event to a calendar service, by each service's documented address ("เพิ่มลงใน Google
# Calendar": ``calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=…``; Outlook's compose
# deep link; Yahoo's ``?v=60``), named by the service.
CALENDAR_TEMPLATES = {
    "google": re.compile(
        r"^(?:https?:)?//(?:calendar\.google\.com/calendar|www\.google\.com/calendar)/[\w/]*\?(?:.*&)?action=template",
        re.IGNORECASE,
    ),
    "outlook": re.compile(
        r"^(?:https?:)?//outlook\.(?:live|office|office365)\.com/(?:calendar|owa)/[\w/]*deeplink/compose", re.IGNORECASE
    ),
    "yahoo": re.compile(r"^(?:https?:)?//calendar\.yahoo\.com/\?(?:.*&)?v=60(?:&|$)", re.IGNORECASE),
}
# ... of a month or a list, not of one event (``/calendar.ics?month=2024-05``). The Events Calendar's
# month export ``/events/2024-05/?ical=1`` is no such link at all: no ``.ics`` path.
_MONTH_EXPORT = re.compile(r"[?&](?:ical|month|list|view)=", re.IGNORECASE)
# An element declared an event holds the page's text when it holds this many characters: one entry of
# an "upcoming events" box (a title and a date) does not.
EVENT_TEXT_CHARS = 200
_DIGITS = re.compile(r"[0-9๐-๙]+")
# A month and its year without a day ("พฤศจิกายน 2567", "May 2024"): a calendar's heading, which pages
# of one calendar differ by, as they differ by their dates.
_MONTH_YEAR = re.compile(
    rf"{_THAI_MONTH}\s*(?:พ\.?\s*ศ\.?\s*)?{_DIGIT}{{4}}"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}",
    re.IGNORECASE,
)


def block_hash(text: str) -> int:
    """A stable 63-bit hash of a block's text with its dates and numbers abstracted (a counter's
    "281" and "282" are one block, and so are "โพสต์เมื่อ 3 มีนาคม 2567 เปิดอ่าน 12 ครั้ง" and
    "โพสต์เมื่อ 9 เมษายน 2566 เปิดอ่าน 40 ครั้ง": the line of a post template); stable across
    processes, unlike ``hash()``."""
    if any(c.isdigit() for c in text):
        text = _DIGITS.sub("0", _MONTH_YEAR.sub("D", DATE.sub("D", text)))
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def raw_hash(text: str) -> int:
    """Like block_hash, with the numbers kept."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big") >> 1


@dataclass(slots=True)
class PageEvidence:
    """The page as a sequence of text blocks and title-like links, plus a few page-level facts.

    ``sequence`` holds ``(hash, length, target_shape)``: a text block has ``target_shape`` None, a
    title-like link has the shape of the URL it points at (and the hash of its text).
    """

    sequence: list[tuple[int, int, str | None]] = field(default_factory=list)
    dated_blocks: list[int] = field(default_factory=list)  # raw_hash of each date line (see DATE_LINE_CHARS)
    date_lines: list[int] = field(default_factory=list)  # the same blocks' block_hash (as in ``sequence``)
    date_stamps: list[int] = field(default_factory=list)  # each date line's minute (see date_stamp), 0 unread
    schedules: list[int] = field(default_factory=list)  # raw_hash (as in ``dated_blocks``) of date lines naming a span
    headings: list[int] = field(default_factory=list)  # hashes of non-link heading texts
    captions: list[int] = field(default_factory=list)  # hashes of text blocks that are a picture's caption
    title: int | None = None  # hash of the <title>
    canonical: str | None = None  # the address its rel=canonical link names, absolute
    not_found: bool = False  # the title or a main heading says "not found"
    says_not_found: bool = False  # a short text of the page says so (template or not: the site model decides)
    # It asks not to be indexed (``<meta name="robots" content="noindex">``; the spider adds X-Robots-Tag)
    withheld: bool = False
    article_markers: int = 0  # og:type=article, JSON-LD Article
    typed_article: bool = False  # one microdata Article that is the page's own (a CMS types any content page so)
    published_meta: bool = False  # article:published_time or schema.org datePublished
    event_marker: bool = False  # the page declares one event as its subject (og:type, JSON-LD, microdata)
    listing_markers: int = 0  # several <article> elements
    date_links: list[str] = field(default_factory=list)  # where links written as a date lead (a day's archive)
    neighbours: list[str] = field(default_factory=list)  # its previous/next links (not a listing's pager)
    translations: list[str] = field(default_factory=list)  # the same page in another language (hreflang links)
    frame_names: list[str] = field(default_factory=list)  # names of its frames and inline frames
    targeted_links: list[tuple[str, str]] = field(default_factory=list)  # (URL, target) opened in a named window
    echoes: list[int] = field(default_factory=list)  # hashes of blocks that mostly spell the URL's own query
    # (hash, hash of its text with the URL's query words left out) of blocks that hold any of them
    query_skeletons: list[tuple[int, int]] = field(default_factory=list)
    # Addresses of links in a row with no text between them (a menu, a tag cloud, a list of titles),
    # LINK_RUN_MIN or more: what repeats on most pages is the site's menu (crawler.site_model).
    link_runs: list[tuple[str, ...]] = field(default_factory=list)
    text_chars: int = 0
    link_chars: int = 0


def _jsonld_article(scripts: list[str]) -> bool:
    return any(ARTICLE_JSONLD.search(s or "") for s in scripts)


def _declares_event(tree: HtmlElement, og_type: str, scripts: list[str]) -> bool:
    """The page says it is about one event, in a standard vocabulary: ``og:type=event``, one JSON-LD
    ``Event`` (or a subtype), or one element typed as an event (microdata, hCalendar ``vevent``,
    ``h-event``) that holds the page's text. A listing of events declares several, a news page with an
    "upcoming events" box one short one: neither says so. ``scripts``: the page's JSON-LD texts."""
    if og_type == "event":
        return True
    declared = sum(len(EVENT_JSONLD.findall(s or "")) for s in scripts)
    if declared:
        return declared == 1
    elements = tree.xpath(EVENT_ELEMENTS)
    typed = set(elements)
    outer = [e for e in elements if not any(a in typed for a in e.iterancestors())]  # itemscope + vevent: one
    if outer:
        return len(outer) == 1 and len(" ".join(outer[0].text_content().split())) >= EVENT_TEXT_CHARS
    # An iCalendar export of one event ("เพิ่มลงปฏิทิน": ``/event/<id>/ics``, ``event.ics``, ``webcal:``) or
    # one "add to Google Calendar" link, one of each at most: the page's own; a month's calendar exports its
    # month, a listing one per event.
    exports: dict[str, set[str]] = {}
    for href in tree.xpath("//a/@href"):
        href = str(href).strip()
        if CALENDAR_EXPORT.search(href):
            if _MONTH_EXPORT.search(href):
                return False
            exports.setdefault("ics", set()).add(href)
        else:
            for service, pattern in CALENDAR_TEMPLATES.items():
                if pattern.search(href):
                    exports.setdefault(service, set()).add(href)
    return bool(exports) and all(len(hrefs) == 1 for hrefs in exports.values())


def page_evidence(
    tree: HtmlElement, base: str, absolute: Callable[[str, str], str | None], url: str = ""
) -> PageEvidence:
    """Read the page's blocks and title-like links; ``absolute(base, href)`` resolves a link (or None).
    ``url``: the page's own address (``base`` may be its ``<base href>``), whose query it may echo."""
    evidence = PageEvidence()
    echoed = query_words(url or base)
    body = tree.find("body")
    if body is None:
        body = tree
    parts: list[str] = []  # text of the block being read
    link_depth = 0
    skip_depth = 0
    link_text: list[str] = []
    link_href: str | None = None
    heading_depth = 0
    heading_parts: list[str] = []
    caption_depth = 0  # inside a <figcaption>: a picture's caption, even where a link wraps the picture

    # A title-like link with a line's text before it, held until that line shows whether text follows
    # it too: (where the text after it begins in ``parts``, its sequence entry, its text).
    held: list[tuple[int, tuple[int, int, str | None], str]] = []
    # The page's headings (a line restating one adds only its other words), read first: a breadcrumb
    # above the title may restate it.
    titles = _heading_texts(body)
    captions = _caption_texts(body)

    run: list[str] = []  # addresses of the links read since the last text block

    def close_run() -> None:
        if len(addresses := tuple(dict.fromkeys(run))) >= LINK_RUN_MIN:
            evidence.link_runs.append(addresses)
        run.clear()

    def text_block() -> None:
        text = " ".join("".join(parts).split())
        parts.clear()
        if len(text) >= 2:
            close_run()
            digest = _text_block(evidence, text, titles)
            if text in captions:
                evidence.captions.append(digest)
            skeleton = _skeleton(text, echoed) if echoed else None
            if skeleton is not None and _echoes(text, skeleton):
                evidence.echoes.append(digest)
            elif skeleton is not None:
                evidence.query_skeletons.append((digest, block_hash(skeleton)))

    def settle_held() -> None:
        """A held link with a line's text after it as well is a link *in* the text ("…ขอเชิญชวนประชาชน
        ศึกษา<a>ร่างแผนพัฒนาท้องถิ่น</a>และแสดงความคิดเห็น…"): its words are a text block between the
        two. Otherwise it heads what follows, as a listing's item does. The text before it is a block of
        its own either way."""
        if not held:
            return
        start, entry, text = held.pop()
        after = parts[start:]
        before = _letters("".join(parts[:start]))
        del parts[start:]
        text_block()  # the line before it stays a block of its own (a date line stays one)
        if _letters("".join(after)) >= INLINE_LINK_CHARS or before >= PROSE_LINK_CHARS:
            parts.append(text)
            text_block()
        else:
            evidence.sequence.append(entry)
        parts.extend(after)

    def hold(entry: tuple[int, int, str | None], text: str) -> bool:
        """Hold a title-like link that has a line's text before it (see ``settle_held``)."""
        settle_held()
        if _letters("".join(parts)) < INLINE_LINK_CHARS:
            return False
        held.append((len(parts), entry, text))
        return True

    def flush() -> None:
        settle_held()
        text_block()

    def text_of(chunk: str | None) -> None:
        if not chunk or skip_depth:
            return
        if link_depth and not caption_depth:
            link_text.append(chunk)
        else:
            parts.append(chunk)
            if heading_depth:
                heading_parts.append(chunk)

    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None
        if event == "start":
            if tag is None:  # comments, processing instructions: only their tail is text
                continue
            if tag in SKIPPED:
                skip_depth += 1
                continue
            if tag in BLOCKS:
                flush()
            if tag in HEADINGS:
                heading_depth += 1
            if tag == "figcaption":
                # A lead picture linked to its large version, caption inside the link (Plone, lightboxes),
                # is no headline of another page: the caption is a text block of the page.
                caption_depth += 1
            if tag == "a" and not skip_depth:
                link_depth += 1
                if link_depth == 1:
                    link_text.clear()
                    # A link the page marks as its author's (rel="author", a byline) heads no item's text;
                    # nor does one its line introduces as the author ("โดย <a>กองคลัง …</a> — เผยแพร่ …").
                    byline = "author" in (element.get("rel") or "").lower().split() or bool(
                        BYLINE_WORD.search("".join(parts)[-24:])
                    )
                    link_href = None if byline else element.get("href")
            text_of(element.text)
            continue
        # end
        if tag in SKIPPED:
            skip_depth -= 1
        elif tag is not None:
            if tag == "a" and link_depth:
                link_depth -= 1
                if link_depth == 0:
                    _end_link(evidence, link_text, link_href, base, absolute, flush, hold)
                    worded = any(not c.isspace() for c in "".join(link_text))
                    if link_href and worded and (target := absolute(base, link_href)):
                        run.append(target)
            if tag == "figcaption" and caption_depth:
                caption_depth -= 1
            if tag in HEADINGS:
                heading_depth -= 1
                heading = " ".join("".join(heading_parts).split())
                heading_parts.clear()
                if heading:
                    evidence.headings.append(block_hash(heading))
            if tag in BLOCKS:
                flush()
        text_of(element.tail)
    flush()
    close_run()
    title = " ".join((tree.findtext(".//title") or "").split())
    evidence.title = block_hash(title) if title else None
    canonical = tree.xpath("string(//head/link[@rel='canonical']/@href)").strip()
    evidence.canonical = absolute(base, canonical) if canonical else None
    _page_facts(tree, evidence, title)
    return evidence


def _date_line(text: str) -> str | None:
    """The date of a date *line* (short, or mostly the date): a post's "posted on". A date inside a
    long paragraph is a mention (a history page's founding date): None."""
    found = DATE.search(text) if len(text) <= DATE_LINE_CHARS * 4 else None
    if found is None:
        return None
    if len(text) <= DATE_LINE_CHARS or found.end() - found.start() >= len(text) / 4:
        return found.group()
    return None


def _mostly(pattern: re.Pattern[str], text: str) -> bool:
    """A short text that ``pattern`` matches for at least two thirds: a link *written as* a date
    ("5 ตุลาคม 2566", "กุมภาพันธ์ 2567 (3)"), not a title that holds one ("วันแม่ 12 สิงหาคม 2565")."""
    found = pattern.search(text) if len(text) <= DATE_LINE_CHARS else None
    return found is not None and found.end() - found.start() >= 2 * len(text) / 3


# A picture's caption: the text of the nearest container of an image that holds text, this short at most,
# and no other image, within CAPTION_LEVELS of it (a figure, its caption <div>, the block around both).
CAPTION_CHARS = 100
CAPTION_LEVELS = 4


def _caption_texts(body: HtmlElement) -> set[str]:
    """The texts that are a picture's caption: for each image, the text of its nearest ancestor that has
    any (up to CAPTION_LEVELS up), when that is short (CAPTION_CHARS) and the ancestor holds no other
    image. Outside ``<figcaption>`` too: a CMS's gallery writes ``<div class="…caption"><span>…</span>``
    under each picture, and a photo album of captions says no sentence of its own."""
    found: set[str] = set()
    for image in body.iter("img"):
        for level, ancestor in enumerate(image.iterancestors()):
            if level >= CAPTION_LEVELS or ancestor is body:
                break
            text = _short_text(ancestor)
            if text == "":
                continue
            if text is not None and sum(1 for _ in ancestor.iter("img")) == 1:
                found.add(text)
            break
    return found


def _short_text(element: HtmlElement) -> str | None:
    """The element's text, spaces collapsed, when it is CAPTION_CHARS long at most; None when longer. Read
    piece by piece, so a picture inside a long article costs a few of its pieces, not the whole text."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece.strip())
        if size > CAPTION_CHARS:
            return None
    text = " ".join("".join(pieces).split())
    return text if len(text) <= CAPTION_CHARS else None


def _heading_texts(body: HtmlElement) -> list[str]:
    """The texts of the page's first eight headings of RESTATED_HEADING_CHARS or more."""
    texts: list[str] = []
    for element in body.iter(*HEADINGS):
        text = " ".join(element.text_content().split())
        if len(text) >= RESTATED_HEADING_CHARS:
            texts.append(text)
            if len(texts) == 8:
                break
    return texts


def _text_block(evidence: PageEvidence, text: str, headings: list[str] | None = None) -> int:
    """Add a block of text. ``headings``: the page's headings above it; a line that is one of them with a
    few words around it ("ประมวลภาพ" + the album's title) counts only those words as its length."""
    digest = block_hash(text)
    length = len(text)
    stem = text.rstrip(".…").rstrip()  # a title cut short in a breadcrumb or a card: "ภาพการประชุม..."
    for heading in headings or ():
        if heading in text and text != heading and _letters(text) - _letters(heading) < RESTATED_CHARS:
            length = max(1, length - len(heading))
            break
        if stem != text and len(stem) >= RESTATED_HEADING_CHARS and heading.startswith(stem):
            length = 1  # says nothing the heading does not
            break
    # A line that is only a span of time, right after a date line with none (JEvents' "09:00 - 12:00"
    # below "วันศุกร์ที่ 07 มิถุนายน 2567"), completes that date line's schedule.
    spans_last_date = (
        bool(evidence.date_lines)
        and evidence.sequence[-1][0] == evidence.date_lines[-1]
        and len(text) <= SPAN_REACH
        and _TIME_SPAN.match(text) is not None
        and (not evidence.schedules or evidence.schedules[-1] != evidence.dated_blocks[-1])
    )
    if spans_last_date:
        evidence.schedules.append(evidence.dated_blocks[-1])
    evidence.sequence.append((digest, length, None))
    evidence.text_chars += length
    date = _date_line(text)
    if date:
        # The line with its date's digits: today's date in a header repeats on every page, a post's does
        # not. Not the line's other numbers: a footer's visitor counter beside "since 1 ตุลาคม 2562".
        evidence.dated_blocks.append(raw_hash(f"{digest}:{date}"))
        evidence.date_lines.append(digest)
        after = text[text.find(date) + len(date) :]
        evidence.date_stamps.append(date_stamp(date, after))
        if _TIME_SPAN.match(after[:SPAN_REACH]):
            evidence.schedules.append(evidence.dated_blocks[-1])
    return digest


_TIME = re.compile(r"(?<![0-9])([01]?[0-9]|2[0-3])\s*[:.]\s*([0-5][0-9])(?![0-9])")
# A date line naming a span of time right after its date ("22/05/2024 - 08:30 ถึง 15:30", "22 พ.ค. 2567
# เวลา 08.30 - 16.30 น.", "May 22, 2024 8:30 AM - 3:30 PM"): when something happens, an event's
# schedule; a post's "posted on" names one moment. SPAN_REACH: how far after the date the span begins.
SPAN_REACH = 40
_CLOCK = r"(?:[01]?[0-9]|2[0-3])\s*[:.]\s*[0-5][0-9](?![0-9])\s*(?:น\.?|[AaPp]\.?\s*[Mm]\.?)?"
_TIME_SPAN = re.compile(rf"\W*(?:\w{{1,8}}\W{{0,3}}){{0,2}}?(?<![0-9]){_CLOCK}\s*(?:-|–|—|ถึง|to|until)\s*{_CLOCK}")


def date_stamp(date: str, after: str) -> int:
    """The minute a date line names (days since year 1 x 1440, plus the time written right after the
    date: "10/04/2563 15:33", "เวลา 11:00 น."), or 0 when the date cannot be read: which of a page's
    dated entries came later (a webboard's replies follow their question; a notice's "ประกาศ ณ วันที่"
    line is no later than the date it was published)."""
    day = _day(date)
    if not day:
        return 0
    time = _TIME.search(after[:30])
    return day * 1440 + (int(time.group(1)) * 60 + int(time.group(2)) if time else 0)


@functools.lru_cache(maxsize=4096)
def _day(date: str) -> int:
    """The day a date names (its ordinal), 0 when unread; cached: a sidebar's dates repeat on every page."""
    day = parse_thai_date(date)
    return day.toordinal() if day else 0


# What separates the words of a query value: spaces, and the commas, semicolons and bars of a filter
# that takes several values at once (MODX's ``?tag=ประปา,สภาเทศบาล``, ``?cat=1,2``).
_VALUE_SEPARATORS = re.compile(r"[\s,;|]+")


def combines_values(url: str) -> bool:
    """A query value of the URL lists two values or more (``?tag=ประปา,สภาเทศบาล``, a search of two
    words): a combination a filter or search page offers, one more each time it is refined."""
    query = urlsplit(url).query
    return bool(query) and any(len([w for w in _VALUE_SEPARATORS.split(v) if w]) >= 2 for _, v in parse_qsl(query))


def query_words(url: str) -> frozenset[str]:
    """The words of the URL's query values (a search's terms, a filter's values), numbers aside."""
    query = urlsplit(url).query
    if not query:
        return frozenset()
    return frozenset(
        w for _, v in parse_qsl(query) for w in _VALUE_SEPARATORS.split(v) if len(w) >= 2 and not w.isdigit()
    )


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


def _skeleton(text: str, words: frozenset[str]) -> str | None:
    """The block's text with the URL's query words left out, when it holds any ("ผลการค้นหาสำหรับ "" (0
    รายการ)" of "ผลการค้นหาสำหรับ "ภาษี ขยะ" (0 รายการ)"); None when it holds none."""
    rest = text
    for word in words:
        rest = rest.replace(word, "\x00")
    return None if rest == text else rest


def _echoes(text: str, skeleton: str) -> bool:
    """The block is mostly the page's own query spelled out ("ผลการค้นหา “ขยะ ถนน สภา”"): at least
    as many of its letters are the query's words as are not (``skeleton``: the text without them). The
    URL says that text already."""
    rest = skeleton
    echoed = _letters(text) - _letters(rest)
    return echoed > 0 and echoed >= _letters(rest)


def _end_link(evidence: PageEvidence, link_text: list[str], href: str | None, base: str, absolute, flush, hold) -> None:
    text = " ".join("".join(link_text).split())
    evidence.link_chars += len(text)
    if href and _mostly(DATE, text):
        # A post's date that links to the day's archive (WordPress themes, Elementor) is its date line,
        # not an item of a listing: a headline link would have cut the post in two and left it undated.
        flush()
        _text_block(evidence, text)
        target = absolute(base, href)
        # Not a comment's permalink (``#comment-41``), nor a variant of the page itself (``?replytocom=``).
        if target and "#" not in target and target.partition("?")[0] != base.partition("#")[0].partition("?")[0]:
            evidence.date_links.append(target)
        return
    if len(text) < TITLE_LINK_CHARS or not href:
        return
    target = absolute(base, href)
    if target and "#" not in target and _mostly(_MONTH_YEAR, text):
        evidence.date_links.append(target)  # "กุมภาพันธ์ 2567 (3)": the archive of that month
    if target:
        if target.partition("#")[0] == base.partition("#")[0]:
            flush()  # the text before a headline link is a block of its own: the sequence keeps page order
            # A title that links to its own page is the page's own text, not an item of a listing.
            evidence.sequence.append((block_hash(text), len(text), None))
            evidence.text_chars += len(text)
        elif not hold(entry := (block_hash(text), len(text), url_shape(target)), text):
            flush()
            evidence.sequence.append(entry)


# The page's robots directives for every crawler (``robots``), as ``<meta>`` writes them.
ROBOTS_META = "//meta[translate(@name, 'ROBTS', 'robts')='robots']/@content"


def withholds(directives: str) -> bool:
    """A robots directive (``<meta name="robots">``'s content or an ``X-Robots-Tag`` value) keeps the page out
    of indexes: ``noindex``, or ``none`` (noindex, nofollow)."""
    return any(word.strip().lower() in ("noindex", "none") for word in directives.split(","))


def _page_facts(tree: HtmlElement, evidence: PageEvidence, title: str) -> None:
    og_type = tree.xpath("string(//meta[@property='og:type']/@content)").strip().lower()
    scripts = tree.xpath("//script[@type='application/ld+json']/text()")  # read once for both markers
    evidence.event_marker = _declares_event(tree, og_type, scripts)
    # og:type "article" is what site builders give every item (Squarespace's events too): a page that says it
    # is about one event, in a vocabulary of events, is not an article by that default. JSON-LD typed as an
    # article still says so.
    evidence.article_markers = sum((og_type == "article" and not evidence.event_marker, _jsonld_article(scripts)))
    evidence.typed_article = _microdata_article(tree)
    # A publication time in metadata is a date of the page's own (a static page has none; og:type
    # "article" alone is set on static pages by common SEO plugins, so it is not one).
    evidence.published_meta = bool(tree.xpath("//meta[@property='article:published_time']/@content")) or (
        len(_own_published(tree)) == 1
    )
    evidence.listing_markers = int(len(tree.xpath("//article")) >= 2)
    headline = " ".join(" ".join(h.text_content().split()) for h in tree.xpath("//h1|//h2")[:3])
    evidence.not_found = bool(NOT_FOUND.search(title) or NOT_FOUND.search(headline))
    evidence.says_not_found = any(NOT_FOUND_TEXT.search(" ".join(t.split())) for t in _short_texts(tree))
    evidence.withheld = any(withholds(content) for content in tree.xpath(ROBOTS_META))


_REGEXP = {"re": "http://exslt.org/regular-expressions"}
# A microdata item whose heading links elsewhere: an entry of a listing, not the page's own subject.
_LINKED_ITEM = "ancestor::*[@itemscope][1][.//*[self::h1 or self::h2 or self::h3 or self::h4]//a[@href]]"


# Microdata typed Article, NewsArticle, BlogPosting or Report (schema.org), as ARTICLE_JSONLD reads JSON-LD.
ARTICLE_ELEMENTS = "//*[@itemscope][re:test(@itemtype, '/(News)?(Article|BlogPosting|Report)$')]"


def _microdata_article(tree: HtmlElement) -> bool:
    """The page types one element of it as a schema.org article, whose heading links nowhere: the page's
    own subject (Textpattern's and Joomla's article views). A listing types each of its entries so, with
    its heading linked to the entry's page (TYPO3's news list, a blog's category), or several. Joomla
    types every content page so, its ITA items and about pages too: it says one text is the page's
    subject, not that the page is a post."""
    elements = tree.xpath(ARTICLE_ELEMENTS, namespaces=_REGEXP)
    typed = set(elements)
    outer = [e for e in elements if not any(a in typed for a in e.iterancestors())]
    return len(outer) == 1 and not outer[0].xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4]//a[@href]")


def _own_published(tree: HtmlElement) -> set[str]:
    """The distinct schema.org ``datePublished`` values the page gives for itself: several (or none)
    when each entry of a listing is typed ``Article`` with its own date (TYPO3's news list), or when
    its one entry is (a tag page that shows one post: the entry's heading links to the post)."""
    return {
        value.strip()
        for element in tree.xpath("//*[@itemprop='datePublished']")
        if not element.xpath(_LINKED_ITEM)
        for value in (element.get("content") or element.get("datetime") or "",)
        if value.strip()
    }


def _short_texts(tree: HtmlElement) -> list[str]:
    """Texts of the body's leaf-ish blocks that are short: where "ไม่พบข้อมูล" is written."""
    found = []
    for element in tree.iter("p", "div", "td", "span", "h3", "h4", "center", "font", "b", "strong"):
        text = element.text or ""
        if 4 <= len(text.strip()) <= 80:
            found.append(text)
    return found[:400]

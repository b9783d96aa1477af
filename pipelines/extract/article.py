"""extract(): one page's bytes, URL and headers -> Article. Pure: no Scrapy, no I/O, no hidden state.

The crawl, ``tessaban extract`` and ``tessaban reprocess`` all call this one function, so a saved
page gives exactly what the crawl stored.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from copy import copy, deepcopy
from datetime import date
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura import xpaths as trafilatura_xpaths
from trafilatura.settings import Extractor

from pipelines.extract import rules
from pipelines.extract.class_xpaths import class_xpath, page_classes
from pipelines.extract.html_tree import parse_html
from pipelines.extract.layout import PageLines
from pipelines.extract.options import NO_OPTIONS, ExtractOptions
from pipelines.extract.published import published_date
from pipelines.extract.tables import article_cell, looks_like_table_dump, rows_with_spaced_cells, table_rows_as_lines
from pipelines.extract.templates import line_key
from pipelines.extract.textclean import clean_lines, drop_title, nfc, normalise_lines, normalise_text
from pipelines.items import Article, Attachment, Image

Headers = Mapping[str, str] | Iterable[tuple[str, str]] | None

_WORDS = re.compile(r"[\W_]+|ดาวน์โหลด|download|คลิก", re.IGNORECASE)
_INVISIBLE = {"script", "style", "noscript", "template"}
_INLINE = {"a", "font", "span", "b", "strong", "i", "em", "center", "small", "big", "u"}
MAX_CAPTION_CHARS = 200
# A block whose text is all link text and shorter than this is navigation ("คลิกที่นี่", categories).
MAX_LINK_BLOCK_CHARS = 120
_LINK_BLOCKS = ("p", "div", "li", "dd", "dt", "span", "td", "h3", "h4", "h5", "h6")
_HEADINGS = frozenset({"h3", "h4", "h5", "h6"})
_BLOCKS = {
    "p",
    "div",
    "br",
    "tr",
    "li",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "article",
    "section",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "center",
    "figure",
}


# A heading opening the body is taken as the title from this length (shorter: a section's label).
OPENING_HEADING_CHARS = 12


def _content_type(headers: Headers) -> str | None:
    if not headers:
        return None
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return next((v for k, v in pairs if k.lower() == "content-type"), None)


def _visible_text_xslt() -> etree.XSLT:
    """Block elements on lines of their own, invisible ones and comments dropped: the walk visible_text
    describes, done by libxslt in C (a third faster than walking the tree in Python). One per thread:
    an XSLT object is not to be shared between threads."""
    found = getattr(_THREAD, "visible_text", None)
    if found is None:
        blocks, invisible = "|".join(sorted(_BLOCKS)), "|".join(sorted(_INVISIBLE))
        found = _THREAD.visible_text = etree.XSLT(
            etree.XML(
                '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
                '<xsl:output method="text" encoding="UTF-8"/>'
                f'<xsl:template match="{invisible}|comment()|processing-instruction()"/>'
                f'<xsl:template match="{blocks}"><xsl:text>&#10;</xsl:text><xsl:apply-templates/>'
                "<xsl:text>&#10;</xsl:text></xsl:template>"
                # A table's cells are apart ("1 บ้านโคกสะอาด 18 มี.ค." not "1บ้านโคกสะอาด18 มี.ค."):
                # Thai writes no space between words, so glued cells read as other words.
                '<xsl:template match="td|th"><xsl:text> </xsl:text><xsl:apply-templates/>'
                "<xsl:text> </xsl:text></xsl:template></xsl:stylesheet>"
            )
        )
    return found


_THREAD = threading.local()


def visible_text(element: HtmlElement) -> str:
    """The text a reader sees in ``element`` (not its tail): block elements on lines of their own,
    scripts, styles and comments skipped, each line's spaces collapsed, empty lines dropped."""
    return normalise_lines(str(_visible_text_xslt()(element)))


def _first(tree: HtmlElement, xpaths: Iterable[str]) -> str | None:
    for xp in xpaths:
        for found in class_xpath(tree, xp):
            value = found if isinstance(found, str) else found.text_content()
            value = normalise_text(str(value))
            if value:
                return value
    return None


def _join(url: str, href: str) -> str | None:
    """``href`` resolved against ``url``; None for a link that cannot be parsed ("http://[::1")."""
    try:
        joined = urljoin(url, href)
        urlsplit(joined).port  # noqa: B018 -- raises ValueError for a bad port
    except ValueError:
        return None
    return joined


def _is_home_link(href: str, url: str) -> bool:
    joined = _join(url, href)
    if joined is None:
        return False
    parts = urlsplit(joined)
    return not parts.path.strip("/") and not parts.query


def site_names(tree: HtmlElement, url: str) -> set[str]:
    """Comparison keys of the names the page gives its site: og:site_name, application-name, and the
    text (or logo alt) of links to the home page ('/', index.php, default.aspx …)."""
    names = [str(v) for xp in rules.SITE_NAME_XPATHS for v in tree.xpath(xp)]
    for link in tree.iter("a"):
        href = link.get("href")
        if href is None or href.strip().startswith(("#", "javascript:")):
            continue  # "#" and script links open menus, not the home page
        try:
            parts = urlsplit(href)
        except ValueError:  # "http://[::1": no link anywhere
            continue
        last = parts.path.rpartition("/")[2]
        if parts.query or (last not in (".", "..") and not rules.HOME_PATH.match(last)):
            continue  # a path whose last segment names no home page leads elsewhere, however it joins
        joined = _join(url, href)
        if joined is None:
            continue
        # "index.php" written relative from a page in a folder is still the site's home link.
        if any(rules.HOME_PATH.match(path) for path in (parts.path, urlsplit(joined).path)):
            names.append(link.text_content())
            names += [str(alt) for alt in link.xpath(".//img/@alt")]
    return {key for key in (line_key(normalise_text(n)) for n in names) if len(key) >= 4}


def marked_title(tree: HtmlElement, url: str = "") -> str | None:
    """The article heading when the theme marks it (``h1.entry-title``, Joomla's item-page ``h2`` …)."""
    return _first(tree, rules.TITLE_XPATHS)


def unlinked(tree: HtmlElement, url: str, line: str | None) -> str | None:
    """``line``, unless it is the text of a link to another page (another path) and not in the page's
    ``<title>``: the last entry of a side menu ("Site Contents" in SharePoint's quick launch) is the line
    above the date where the menu precedes the article, and never the article's title."""
    if not line:
        return line
    key = line_key(line)
    if key and key in line_key(tree.findtext(".//title") or ""):
        return line  # the page's <title> names it: the post's title, linked from a list of latest posts too
    # Another page is another path: the same path with other query keys is this page spelled otherwise
    # (a post's "latest posts" entry at ?id=220 on ?id=220&cid=1).
    own = urlsplit(url).path
    rows = set()  # elements holding links to other pages: a menu's row is one
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if not href or href.startswith("#"):
            continue
        try:
            path = urlsplit(urljoin(url, href)).path
        except ValueError:  # a malformed link (``http://[bad``) names no page
            continue
        if path == own:
            continue
        if line_key(anchor.text_content()) == key:
            return None
        parent = anchor.getparent()
        if parent is not None:
            rows.add(parent)
    # Nor a row of such links ("หน้าแรก · บทความ · ดาวน์โหลด · …", PHP-Fusion's top menu above today's date).
    for row in rows:
        if line_key(row.text_content()) == key and _linked_share(row) >= MENU_ROW_LINK_SHARE:
            return None
    return line


# A line whose characters are this share of link texts, or more, is a row of links (a menu), not a title.
MENU_ROW_LINK_SHARE = 0.7


def _linked_share(element: HtmlElement) -> float:
    """The share of ``element``'s characters (spaces aside) that its links' texts hold."""
    total = len("".join(element.text_content().split()))
    linked = sum(len("".join(anchor.text_content().split())) for anchor in element.iter("a"))
    return linked / total if total else 0.0


def heading_title(tree: HtmlElement, url: str = "") -> str | None:
    """The first heading outside navigation, sidebars and comments, not linking home (the site name
    does), whose text appears in ``<title>``/``og:title``; else the first such heading at all. A
    heading right below it of a higher level (an ``h2`` under an ``h3``) is the headline under the
    section's label (``<title>`` names the section: ``อบต. :: ข่าวประชาสัมพันธ์``); so is a longer one
    right below it that ``<title>`` names too (Liferay's portlet title ``h2`` over the article's ``h3``,
    under ``<title>headline - ข่าวประชาสัมพันธ์ - site</title>``)."""
    page_title = " ".join(
        normalise_text(str(t.text_content() if hasattr(t, "text_content") else t))
        for xp in rules.PAGE_TITLE_XPATHS
        for t in tree.xpath(xp)
    )
    page_key = line_key(page_title)
    candidates = heading_candidates(tree, url)
    for index, heading in enumerate(candidates):
        key = line_key(heading)
        if key and key in page_key:
            if index + 1 < len(candidates):
                levels = _heading_levels(tree)
                below = candidates[index + 1]
                below_key = line_key(below)
                level, below_level = levels.get(key), levels.get(below_key)
                if level and below_level and below_level < level and len(below) > len(heading):
                    return below
                if below_key and below_key in page_key and len(below) > len(heading):
                    return below  # a portlet's or section's label over the headline, <title> naming both
            return heading
    return candidates[0] if candidates else None


_LEVELS = {f"h{n}": n for n in range(1, 7)}


def _heading_levels(tree: HtmlElement) -> dict[str, int]:
    """Comparison key of each heading's text -> its level (1 for ``h1``), the first one seen."""
    levels: dict[str, int] = {}
    for heading in tree.iter(*_LEVELS):
        levels.setdefault(line_key(" ".join(visible_text(heading).split())), _LEVELS[heading.tag])
    return levels


def opening_heading(tree: HtmlElement, text: str, url: str = "") -> str | None:
    """The body's first line when it is a heading of the page (``<h4 class="detail-title">`` at the
    top of the post) and not the site's name: a theme that marks no title, under a ``<title>`` that
    is only the site's name on every page. When the next line is a heading too, of the same level or
    higher, and the first is the page's name (the heading ``<title>`` names: Google Sites' banner), the
    next one is the headline."""
    lines = [_one_cell(line) for line in text.splitlines() if line.strip()]
    first = lines[0] if lines else ""
    key = line_key(first)
    if len(first) < OPENING_HEADING_CHARS or not key or key in site_names(tree, url):
        return None
    levels = _heading_levels(tree)
    if key not in levels:
        return None
    if _banner_over_headline(tree, lines, levels, url) or _label_over_headline(tree, lines, levels, url):
        return lines[1]
    return first


def _label_over_headline(tree: HtmlElement, lines: list[str], levels: dict[str, int], url: str) -> bool:
    """True when ``lines`` open with a section's label, the text of the page's link to another page (its
    breadcrumb's section: a vendor template's ``<h3 class="panel-title">ประกาศจัดซื้อจัดจ้าง</h3>``), and
    then a longer heading: the headline under the label."""
    if len(lines) < 2 or len(lines[1]) <= len(lines[0]) or line_key(lines[1]) not in levels:
        return False
    return unlinked(tree, url, lines[0]) is None


def _one_cell(line: str) -> str:
    """The text of a line that is a table row of one cell as the text is written ("| หัวข้อข่าว |": a
    vendor template's ``<td class="topic-news"><h4>``), else the line."""
    stripped = line.strip()
    if len(stripped) > 4 and stripped.startswith("| ") and stripped.endswith(" |") and " | " not in stripped[2:-2]:
        return stripped[2:-2].strip()
    return line


def _banner_over_headline(tree: HtmlElement, lines: list[str], levels: dict[str, int], url: str) -> bool:
    """True when ``lines`` open with the page's name (the heading ``<title>`` names) and then a
    longer heading of the same level or higher: a banner over the article's headline."""
    if len(lines) < 2 or len(lines[1]) < OPENING_HEADING_CHARS:
        return False
    first, following = line_key(lines[0]), line_key(lines[1])
    if first not in levels or following not in levels or levels[following] > levels[first]:
        return False
    named = heading_title(tree, url)
    return named is not None and bool(named) and line_key(named) == first


def drop_banner(tree: HtmlElement, text: str, title: str | None, url: str = "") -> str:
    """``text`` without its first line when that is a banner over the headline ``title``."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not title or len(lines) < 2 or line_key(lines[1]) != line_key(title):
        return text
    return "\n".join(lines[1:]) if _banner_over_headline(tree, lines, _heading_levels(tree), url) else text


def repeated_caption_title(images: list[Image], page: PageLines) -> str | None:
    """The title of a photo post: the caption repeated under several pictures, when the same line
    also stands on the page once more than as captions (Thai municipal sites caption every photo
    with the post's title, and show it as the heading)."""
    counts = Counter(image.caption for image in images if image.caption)
    if not counts:
        return None
    caption, n = counts.most_common(1)[0]
    if n < 2:
        return None
    key = line_key(caption)
    return caption if sum(k == key for k in page.keys) > n else None


def heading_candidates(tree: HtmlElement, url: str) -> list[str]:
    """Texts of headings that could be the article's title, in page order."""
    candidates = []
    for heading in tree.xpath(rules.HEADING_CANDIDATES_XPATH):
        if heading.xpath(rules.NOT_TITLE_ANCESTORS):
            continue
        if any(_is_home_link(a, url) for a in heading.xpath(".//a/@href")):
            continue  # the site name links home
        text = " ".join(visible_text(heading).splitlines())  # a title broken by <br> is one line
        if 3 <= len(text) <= 300:
            candidates.append(text)
    return candidates


def title_from_title_tag(tree: HtmlElement, url: str = "") -> str | None:
    """``<title>`` without the site name: ``site :: title``, ``title | site``, ``title – site``.

    The part the page itself names as its site (og:site_name, the home link's text or logo) is
    dropped; without that evidence, the longest part is taken (titles are longer than site names
    more often than not)."""
    title = _first(tree, ["//title"])
    if not title:
        return None
    parts = [part for part in rules.TITLE_SITE_SEPARATORS.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    sites = site_names(tree, url)
    rest = [part for part in parts if line_key(part) not in sites]
    if rest and len(rest) < len(parts):
        if len(rest) == len(parts) - 1 > 1 and (whole := _title_with_separators(tree, title, parts, sites)):
            return whole
        return rest[0] if len(rest) == 1 else max(rest, key=len)
    return max(parts, key=len)


def _title_with_separators(tree: HtmlElement, title: str, parts: list[str], sites: set[str]) -> str | None:
    """The title when the site's name is at one end of ``<title>`` and a separator is inside the title
    itself ("เทศบาล… - แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"): the longest run of the other parts, joined as
    written, that the page shows as an element's own text (not "title - category - module", which no
    element shows). None when none is shown."""
    separators = list(rules.TITLE_SITE_SEPARATORS.finditer(title))
    if len(separators) != len(parts) - 1:
        return None
    starts = [0, *(found.end() for found in separators)]  # where each part begins and ends in ``title``
    ends = [*(found.start() for found in separators), len(title)]
    last = len(parts) - 1
    if line_key(parts[0]) in sites:  # parts 1..j, longest first, two parts at least
        runs = [title[starts[1] : ends[j]] for j in range(last, 1, -1)]
    elif line_key(parts[-1]) in sites:  # parts i..last-1
        runs = [title[starts[i] : ends[last - 1]] for i in range(last - 1)]
    else:
        return None
    shown = {_own_text(element) for element in tree.iter() if isinstance(element.tag, str)}
    return next((run.strip() for run in runs if normalise_text(run) in shown), None)


def find_author(tree: HtmlElement) -> str | None:
    """The byline without its "โดย"/"By" prefix."""
    author = _first(tree, rules.AUTHOR_XPATHS)
    if author:
        author = rules.AUTHOR_PREFIX.sub("", author).strip() or None
    return author


def content_root(tree: HtmlElement) -> HtmlElement:
    """The element that holds the article (the first of the content-root rules that matches)."""
    root = specific_root(tree)
    if root is None:
        root = next(iter(tree.xpath("//body")), tree)
    return root


def specific_root(tree: HtmlElement) -> HtmlElement | None:
    """The article's container when the markup names one (entry-content, article, main, …), else None."""
    for xp in rules.CONTENT_ROOT_XPATHS:
        found = class_xpath(tree, xp)
        if found:
            return found[0]
    return None


def _caption_of(img: HtmlElement) -> str | None:
    """The caption of a picture: figcaption, WordPress caption text, or the short text that shares
    the picture's own small block (``<p align=center><img><br>caption</p>``) or the block after it."""
    for ancestor in img.iterancestors():
        if ancestor.tag == "figure":
            found = ancestor.xpath(".//figcaption")
            return normalise_text(found[0].text_content()) if found else None
        if "wp-caption" in (ancestor.get("class") or ""):
            found = ancestor.xpath(f".//*[{rules.has_class('wp-caption-text')}]")
            return normalise_text(found[0].text_content()) if found else None
    block = img.getparent()
    while block is not None and block.tag in _INLINE and block.getparent() is not None:
        block = block.getparent()
    if block is None or len(block.xpath(".//img")) != 1:
        return None
    text = normalise_text(block.text_content())
    if not text:
        following = block.getnext()
        if following is None or following.xpath(".//img") or following.tag not in ("div", "p", "font", "span"):
            return None
        text = normalise_text(following.text_content())
    return text if 0 < len(text) <= MAX_CAPTION_CHARS else None


def _marked_caption(img: HtmlElement) -> bool:
    """True when the page marks the picture's caption as one (``figcaption``, WordPress caption text)."""
    return any(a.tag == "figure" or "wp-caption" in (a.get("class") or "") for a in img.iterancestors())


def captions_to_drop(root: HtmlElement, images: list[Image], page: PageLines) -> set[str]:
    """The captions that are not body text: those the page marks as captions or that repeat the
    picture's alt text, and unmarked ones that repeat (under several pictures, or on the page
    besides). An unmarked line under one picture, said once, may as well be a paragraph between
    photos (a photo blog's prose): it stays in the text."""
    marked = {
        caption
        for img in root.iter("img")
        if (caption := _caption_of(img)) and (_marked_caption(img) or line_key(caption) in _named(img))
    }  # marked as a caption, or saying what the picture's alt text says
    counts = Counter(image.caption for image in images if image.caption)
    return {
        caption
        for caption, n in counts.items()
        if caption in marked or n >= 2 or sum(k == line_key(caption) for k in page.keys) >= 2
    }


def _named(img: HtmlElement) -> set[str]:
    """What the page says the picture shows: its alt and title, and the title of the link that opens it
    (a lightbox gallery shows that title as the photo's caption: ``<a rel=lightbox title=…><img></a>``)."""
    names = {line_key(img.get(a) or "") for a in ("alt", "title")}
    link = img.getparent()
    while link is not None and link.tag in _INLINE and link.tag != "a":
        link = link.getparent()
    if link is not None and link.tag == "a":
        names.add(line_key(link.get("title") or ""))
    return names


def _small(img: HtmlElement) -> bool:
    sizes = [img.get("width", ""), img.get("height", "")]
    return any(v.isdigit() and int(v) <= rules.ICON_MAX_PIXELS for v in sizes)


def _image_src(img: HtmlElement) -> str | None:
    """The picture's address: lazy-load attributes first; for a gallery placeholder (a transparent
    GIF inside a link to the photo), the photo the link opens."""
    src = img.get("data-src") or img.get("data-lazy-src") or img.get("data-orig-file") or img.get("src")
    if not src or src.startswith("data:"):
        src = None
    parent = img.getparent()
    href = parent.get("href", "") if parent is not None and parent.tag == "a" else ""
    if (src is None or rules.ICON_IMAGE.search(src)) and urlsplit(href).path.lower().endswith(rules.IMAGE_EXTENSIONS):
        return href
    return src


def find_images(root: HtmlElement, url: str) -> list[Image]:
    """The article's pictures inside ``root`` with their captions, each ``src`` once: nothing inside
    navigation, modules, share bars or headers, and no icons, spacers or counters."""
    images: dict[str, Image] = {}
    for img in root.iter("img"):
        src = _image_src(img)
        if not src or rules.ICON_IMAGE.search(src) or _small(img):
            continue
        if any(_is_boilerplate_element(a) for a in img.iterancestors() if isinstance(a.tag, str)):
            continue
        src = _join(url, src.strip())
        if src is not None and src not in images:
            images[src] = Image(src=src, caption=_caption_of(img) or None)
    return list(images.values())


def find_attachments(root: HtmlElement, url: str) -> list[Attachment]:
    """Links to documents (PDF, DOC, XLS, …) inside the content root, each URL once."""
    found: dict[str, Attachment] = {}
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if not href:
            continue
        absolute = _join(url, href)
        if absolute is None or absolute in found:
            continue
        if urlsplit(absolute).path.lower().endswith(rules.ATTACHMENT_EXTENSIONS):
            found[absolute] = Attachment(url=absolute, label=normalise_text(link.text_content()) or None)
    return list(found.values())


# An icon font's ligature: the icon's name written as the element's text (Material Icons' ``person``,
# ``event``, ``visibility``, ``attach_file``), shown as a glyph and never read as words.
_ICON_NAME = re.compile(r"[a-z][a-z0-9_]{1,40}")


def drop_icon_names(tree: HtmlElement) -> None:
    """Remove the icon-font ligatures of ``tree`` (their tails stay): an ``<i>`` or ``<span>`` whose
    class names an icon or symbol font and whose whole text is one lower-case identifier; and inline
    SVG icons, each left as a space."""
    for element in tree.xpath(
        "//svg | //*[self::i or self::span][contains(@class, 'icon') or contains(@class, 'symbol')][not(*)]"
    ):
        if element.tag == "svg":
            # An inline SVG icon stands between two texts the page shows apart (a date, an eye icon, a
            # view count: ``<span>31 ม.ค. 2567</span><svg/><span>2,557</span>``): a space, never a word's part.
            if element.getparent() is not None:
                element.tail = " " + (element.tail or "")
                element.drop_tree()
        elif _ICON_NAME.fullmatch((element.text or "").strip()):
            element.drop_tree()


# What a previous/next link's block may hold besides it: the neighbour's title, its date; never a
# paragraph, a heading, a list, a table or a picture (a short post's body beside its "ข่าวถัดไป" link).
NEIGHBOUR_BLOCK_CHARS = 300
_NOT_NEIGHBOUR = ".//p | .//h1 | .//h2 | .//h3 | .//h4 | .//ul | .//ol | .//table | .//img"


def drop_neighbour_titles(tree: HtmlElement) -> None:
    """Remove the blocks of previous/next post links that also show the neighbour's title or date
    (``<div><a>« โพสต์ก่อนหน้า</a><br><small>title of that post</small></div>``): the largest element,
    two levels up at most, around such a link that holds no more than NEIGHBOUR_BLOCK_CHARS and no
    paragraph, heading, list, table or picture."""
    for link in list(tree.iter("a")):
        if not rules.NEIGHBOUR_LINK.fullmatch(normalise_text(link.text_content())):
            continue
        block, parent = None, link.getparent()
        for _ in range(2):
            if parent is None or parent.tag in ("body", "html"):
                break
            if len(normalise_text(parent.text_content())) > NEIGHBOUR_BLOCK_CHARS or parent.xpath(_NOT_NEIGHBOUR):
                break
            block, parent = parent, parent.getparent()
        if block is not None and block.getparent() is not None:
            block.drop_tree()


def preformatted_lines(root: HtmlElement) -> set[str]:
    """The normalised lines of the ``<pre>`` blocks under ``root`` and the cells of its data tables:
    code and data the article shows (a cell "18 มี.ค. 2567" in a schedule is no date line)."""
    lines = [normalise_text(raw) for pre in root.iter("pre") for raw in pre.text_content().splitlines()]
    lines += [normalise_text(cell.text_content()) for table in root.iter("table") for cell in _data_cells(table)]
    return {line for line in lines if line}


# A data table: rows of cells, two or more of each, no cell longer than this (a layout's cells hold pages).
DATA_CELL_CHARS = 200


def _data_cells(table: HtmlElement) -> list[HtmlElement]:
    """The cells of ``table`` when it is a table of data: two rows or more of two cells or more, and no
    table or block of text nested in it (a page laid out in a table is not one)."""
    rows = [row for row in table.iter("tr") if row.getparent() is table or row.getparent().getparent() is table]
    cells = [cell for row in rows for cell in row if cell.tag in ("td", "th")]
    if (
        len(rows) < 2
        or any(sum(cell.tag in ("td", "th") for cell in row) < 2 for row in rows)
        or table.xpath(".//table | .//p | .//div | .//ul | .//ol")
        or any(len(cell.text_content()) > DATA_CELL_CHARS for cell in cells)
    ):
        return []
    return cells


def find_canonical(tree: HtmlElement, url: str) -> str | None:
    for href in tree.xpath("//link[@rel='canonical']/@href"):
        href = str(href).strip()
        if href and (joined := _join(url, href)):
            return joined
    return None


def _is_boilerplate_element(element: HtmlElement) -> bool:
    tag = element.tag
    if tag in rules.PRUNE_TAGS:
        # The page's header is its banner; a header inside the article (or the page's main part) is
        # the article's own: its standfirst, its headline.
        return tag != "header" or not any(a.tag in _ARTICLE_PARTS for a in element.iterancestors())
    if tag == "form":
        return not any(element.find(f".//{inner}") is not None for inner in rules.PRUNE_FORM_UNLESS)
    if element.get("id") in rules.PRUNE_IDS:
        return True
    classes = element.get("class")
    if not classes:
        return False
    return not rules.PRUNE_CLASSES.isdisjoint(classes.split()) or any(
        fragment in classes for fragment in rules.PRUNE_CLASS_FRAGMENTS
    )


# A "menu" holding more than this share of the page's text is a parse artefact (an unclosed <ul> of
# tag soup that swallowed the rest of the page), not a menu: it is kept.
MAX_PRUNED_SHARE = 0.5


_ARTICLE_PARTS = frozenset({"article", "main"})
# In an article's own header, a block shorter than this is a label (its section, a byline, a date, a
# reading time); its standfirst is longer.
HEADER_LABEL_CHARS = 60
_HEADER_BLOCKS = ("p", "div", "span", "ul", "ol", "li", "time", "a", "small", "dl")


def _trim_article_header(header: HtmlElement) -> None:
    """Drop the short labels of an article's own header, keeping its headline and its standfirst."""
    for block in list(header.iter(*_HEADER_BLOCKS)):
        if block.getparent() is None or block.find(".//h1") is not None or block.find(".//h2") is not None:
            continue
        if len(normalise_text(block.text_content())) < HEADER_LABEL_CHARS:
            block.drop_tree()


_QUOTED = ".//blockquote | .//pre | .//table"
_MEDIA = ".//img | .//picture | .//video | .//audio | .//iframe | .//svg | .//object | .//embed | .//canvas"


def prune_boilerplate(tree: HtmlElement) -> None:
    """Remove the elements the prune rules name (navigation, comments, captions, share buttons, …);
    of an article's own header, its short labels."""
    for header in [h for h in tree.iter("header") if not _is_boilerplate_element(h)]:
        _trim_article_header(header)
    # A figure of a quote, code or a table and no picture is text (Squarespace's quote block:
    # ``<figure><blockquote>…</blockquote></figure>``, which trafilatura drops with the figures it takes
    # for pictures): its element goes, its content stays.
    for figure in [f for f in tree.iter("figure") if f.xpath(_QUOTED) and not f.xpath(_MEDIA)]:
        figure.drop_tag()
    doomed = [el for el in tree.iter() if isinstance(el.tag, str) and _is_boilerplate_element(el)]
    if not doomed:
        return
    total = len(tree.text_content())
    for element in doomed:
        if element.getparent() is None:
            continue
        if element.tag not in _INVISIBLE and len(element.text_content()) > MAX_PRUNED_SHARE * total:
            continue
        element.drop_tree()


def root_inside_boilerplate(root: HtmlElement | None) -> bool:
    """True when the prune rules would remove the article's named container ``root`` (specific_root)
    with one of its ancestors (Blogger wraps every post in ``div.widget.Blog``: pruning sidebar
    widgets took the post with them)."""
    return root is not None and any(_is_boilerplate_element(a) for a in root.iterancestors() if isinstance(a.tag, str))


# A link-only block whose links all leave the site and whose text is at least this long is a reference
# the article gives (a source, a petition, an event page), not the site's navigation; share buttons
# ("Facebook", "LINE") are shorter.
MIN_REFERENCE_CHARS = 20


def _leaves_site(href: str, host: str) -> bool:
    """True when ``href`` (as written) leads off the page's site: another host, or an e-mail address."""
    if href.startswith("mailto:"):
        return True
    try:
        other = urlsplit(href).hostname
    except ValueError:
        return False
    if not other:
        return False
    return other != host and not other.endswith("." + host) and not host.endswith("." + other)


def drop_link_blocks(tree: HtmlElement, url: str = "") -> None:
    """Remove short blocks made only of links: category lines, "คลิกที่นี่", download labels, menus.
    Kept: a block of named anchors (``<a name>`` is no link), a heading whose links stay on the page
    (``<h3><a href="#part">Part</a></h3>``), a linked word inside a sentence (a ``<span>`` whose
    paragraph has words that are no links: the paragraph is judged instead), and a reference the article gives (its
    links all leave the site, its text MIN_REFERENCE_CHARS or more)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        host = ""
    for block in list(tree.iter(*_LINK_BLOCKS)):
        if block.getparent() is None or block.find(".//a[@href]") is None or block.xpath(".//img | .//table"):
            continue
        text = normalise_text(block.text_content())
        if not text or len(text) > MAX_LINK_BLOCK_CHARS:
            continue
        hrefs = [a.get("href", "").strip() for a in block.iter("a") if a.get("href")]
        if block.tag in _HEADINGS and all(h.startswith("#") for h in hrefs):
            continue  # a heading that links to itself (a permalink anchor) is still the heading
        if block.tag == "span" and _in_sentence(block, text):
            continue  # a linked word inside a sentence: judged with its paragraph, not on its own
        if len(text) >= MIN_REFERENCE_CHARS and host and all(_leaves_site(h, host) for h in hrefs):
            continue
        link_text = _linked_text(block)
        words = _WORDS.sub("", text)
        if link_text and len(_WORDS.sub("", link_text)) >= len(words) - 2:
            block.drop_tree()
    for block in list(tree.iter(*_LINK_BLOCKS)):
        if block.getparent() is not None and _labelled_links(block, host):
            block.drop_tree()


def _linked_text(element: HtmlElement) -> str:
    """The normalised text of the links (``<a href>``) under ``element``, run together."""
    return "".join(normalise_text(a.text_content()) for a in element.iter("a") if a.get("href"))


def _in_sentence(span: HtmlElement, text: str) -> bool:
    """True when the inline ``span`` (``text``: its own, normalised) sits in a paragraph whose words
    are mostly not links: a sentence with a linked word. A listing line ("3 May 2024 - <linked title>")
    is mostly its link."""
    parent = span.getparent()
    if parent is None or parent.tag != "p":  # a heading's "[edit]" link is no part of its words
        return False
    words = len(_WORDS.sub("", normalise_text(parent.text_content())))
    linked = len(_WORDS.sub("", _linked_text(parent)))
    return words - linked > linked and words > len(_WORDS.sub("", text))


# A label before links ("บทความอื่นๆ ในหมวดนี้:", "Tags:", "ก่อนหน้า / ถัดไป") is at most this long.
MAX_LABEL_CHARS = 40
MAX_LABELLED_LINKS_CHARS = 400


def _labelled_links(block: HtmlElement, host: str) -> bool:
    """A block of two or more links to other pages of the site under a short label: the previous and
    next posts, tags, categories. Links that leave the site are a reference, and a block with an
    image or a table is content."""
    if block.xpath(".//img | .//table"):
        return False
    links = [a for a in block.iter("a") if a.get("href", "").strip() and not a.get("href", "").startswith("#")]
    if len(links) < 2 or not host or any(_leaves_site(a.get("href", "").strip(), host) for a in links):
        return False
    text = normalise_text(block.text_content())
    if len(text) > MAX_LABELLED_LINKS_CHARS:
        return False
    linked = sum(len(normalise_text(a.text_content())) for a in links)
    return len(text) - linked <= MAX_LABEL_CHARS and linked >= len(text) - linked


def _pruned_copy(element: HtmlElement, url: str = "") -> HtmlElement:
    """A copy of ``element`` with boilerplate elements and link-only blocks removed."""
    pruned = deepcopy(element)
    prune_boilerplate(pruned)
    drop_link_blocks(pruned, url)
    keep_lead_with_body(pruned)
    keep_own_teasers(pruned)
    return pruned


# A lead the body container leaves outside: a block of at least this much text, mostly not links.
LEAD_CHARS = 40
_NOT_LEAD = ".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//form | .//nav | .//table | .//ul | .//ol"


def keep_lead_with_body(tree: HtmlElement) -> None:
    """Move the article's lead into the body container trafilatura will take. trafilatura takes the
    first element its body XPaths name and nothing beside it; some CMSs keep the lead in the sibling
    just before that element (K2's ``itemIntroText`` before ``itemFullText``), or before the container
    the markup names (TYPO3 news: lead, picture, ``articleBody``), so the lead was lost.
    A previous sibling that is paragraphs of prose (no heading, form, list or table; mostly not links),
    past at most two pictures, becomes the container's first child. trafilatura drops blocks whose
    class says "teaser" (a listing's excerpts); the lead moved is the article's own, so it loses that
    class."""
    body = next((found[0] for xpath in trafilatura_xpaths.BODY_XPATH if (found := xpath(tree))), None)
    for container in (body, specific_root(tree)):
        if container is not None and container.getparent() is not None:
            _take_lead(container)


def _take_lead(body: HtmlElement) -> None:
    lead = body.getprevious()
    skipped = 0
    while lead is not None and (not isinstance(lead.tag, str) or (skipped < 2 and _media_only(lead))):
        skipped += isinstance(lead.tag, str)  # comments between them do not count
        lead = lead.getprevious()
    if lead is None or lead.tag not in ("div", "p", "section") or lead.xpath(_NOT_LEAD):
        return
    text = normalise_text(lead.text_content())
    if len(text) < LEAD_CHARS or len(_WORDS.sub("", _linked_text(lead))) > 0.2 * len(_WORDS.sub("", text)):
        return
    for element in lead.iter():
        _drop_teaser_tokens(element, ("class", "id"))
    body.insert(0, lead)  # moved (lxml moves its tail text with it)


_TEASERS = "//*[self::div or self::p or self::section or self::span][contains(translate(@class, 'T', 't'), 'teaser')]"
_HEADING_CHILDREN = "h1 | h2 | h3 | h4 | h5 | h6"


def keep_own_teasers(tree: HtmlElement) -> None:
    """trafilatura drops every block whose class or id says "teaser" (a listing's excerpts). A teaser
    without links whose nearest heading above it, in its own item, is not a link is the page's own lead
    (TYPO3's print view: title, date, ``div.teaser-text``, body): it loses that class. A listing's
    excerpt sits in an item headed by a link to its post, and keeps it."""
    if not any("teaser" in token.lower() for token in page_classes(tree)):
        return  # most pages: no tree scan
    for teaser in tree.xpath(_TEASERS):
        if teaser.xpath(".//a[@href]"):
            continue
        item = next((a for a in teaser.iterancestors() if a.xpath(_HEADING_CHILDREN)), None)
        if item is None or any(h.xpath(".//a[@href] | ancestor::a[@href]") for h in item.xpath(_HEADING_CHILDREN)):
            continue
        _drop_teaser_tokens(teaser, ("class",))


def _drop_teaser_tokens(element: HtmlElement, attributes: tuple[str, ...]) -> None:
    """Take the tokens that say "teaser" out of ``element``'s ``attributes``: trafilatura drops such
    blocks (a listing's excerpts), and this one is the article's own lead."""
    for attribute in attributes:
        value = element.get(attribute)
        if value and "teaser" in value.lower():
            element.set(attribute, " ".join(t for t in value.split() if "teaser" not in t.lower()))


def _media_only(element: HtmlElement) -> bool:
    """A picture, figure or video with at most a short caption: no text block of the article's own."""
    if element.tag not in ("div", "figure", "picture", "p", "a") or not element.xpath(
        "descendant-or-self::img | descendant-or-self::picture | descendant-or-self::video"
    ):
        return False
    return len(normalise_text(element.text_content())) < LEAD_CHARS


# Table cells above which trafilatura is not given a page (see _trafilatura_text). Pages of the gold
# set have at most 42; jusText takes 0.6 s on 2,000 short cells, 1.4 s on 3,000, 16 s on 12,000.
MAX_TRAFILATURA_CELLS = 2000


def has_huge_tables(tree: HtmlElement) -> bool:
    """True when the tables of ``tree`` hold more than MAX_TRAFILATURA_CELLS cells (counting stops there)."""
    cells = zip(tree.iter("td", "th"), range(MAX_TRAFILATURA_CELLS + 1), strict=False)
    return sum(1 for _ in cells) > MAX_TRAFILATURA_CELLS


def _trafilatura_text(tree: HtmlElement, url: str) -> str:
    """trafilatura's main text of ``tree`` (tables kept, no comments, no images), or ''.

    With trafilatura's own fallbacks (readability, jusText), though they cost a fifth of extraction:
    without them (``fast=True``) the Thai gold scored the same and ran at 0.83 of plain trafilatura,
    but pages of an unseen family (index_detail_cms) kept the site's welcome banner and lost titles.

    '' for a page of huge tables: jusText, trafilatura's fallback, is quadratic in a run of short
    paragraphs (16 s for a 1,000-row table, hours for the 8,000 rows transparency pages publish).
    Such a page is read as a table page on which trafilatura found nothing (body_text)."""
    if has_huge_tables(tree):
        return ""
    document = trafilatura.bare_extraction(tree, options=_extractor(url))
    return (getattr(document, "text", None) if document is not None else None) or ""


# trafilatura's options, built once: building them per call reads its config file's values again (a
# tenth of a millisecond a page, 6 % of extract() on short posts). trafilatura copies them before it
# changes one (its recall retry), so the one instance is never changed; each call gets a copy for its URL.
_OPTIONS = Extractor(
    output_format="python",
    comments=False,
    tables=True,
    images=False,
    dedup=False,  # its dedup cache is process-wide: output would depend on call history
    with_metadata=False,
)


def _extractor(url: str) -> Extractor:
    """trafilatura's options for a page at ``url``: what ``bare_extraction(url=url, ...)`` would build."""
    options = copy(_OPTIONS)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def body_text(tree: HtmlElement, url: str) -> str:
    """Body paragraphs of the article, on a copy of the page with boilerplate elements pruned.

    trafilatura first; on table-layout pages, where it returns the whole page as pipe tables, the
    text of the article's cell around its date line (or, failing that, the table cells as lines).
    """
    return _body_text(_pruned_copy(tree, url), url)


# A paragraph this long is prose: pruning that removes one may have removed the article.
PROSE_CHARS = 200
PROSE_LOST_SHARE = 3
# Our text holds at least this share of the prose the pruned page still has, or it is compared with plain
# trafilatura's.
PROSE_KEPT_SHARE = 0.5


def _prose(tree: HtmlElement) -> int:
    """Characters of the long paragraphs of ``tree``: ``<p>`` of PROSE_CHARS or more, and the text a
    cell or ``<div>`` holds directly (``text<br><br>text``, no ``<p>``) where it is as long."""
    total = 0
    for block in tree.iter("p", "td", "div"):
        if block.tag == "p":
            size = len(block.text_content())
        else:
            size = len((block.text or "").strip()) + sum(len((child.tail or "").strip()) for child in block)
        if size >= PROSE_CHARS:
            total += size
    return total


def _body_text(pruned: HtmlElement, url: str) -> str:
    text = _trafilatura_text(pruned, url)
    if text and "\n" not in text.strip():
        # trafilatura's fallback for short posts flattens the article block into one line; the
        # container's own lines keep the date line, the paragraphs and the share labels apart.
        root = specific_root(pruned)
        if root is not None:
            lines = visible_text(root)
            if lines.count("\n") >= 1:
                return lines
    if text and not looks_like_table_dump(text):
        return restore_lists(restore_breaks(text, pruned), pruned)
    cell = article_cell(pruned)
    if cell is not None:
        return visible_text(cell)
    return restore_breaks(table_rows_as_lines(text), pruned) if text else visible_text(content_root(pruned))


def restore_lists(text: str, tree: HtmlElement) -> str:
    """``text`` with the items of each list the page shows between two of its lines put back between them.
    trafilatura drops a list of plain items (documents to bring, dates of a schedule) inside an article whose
    container it does not recognise (a microformats ``e-content``, a theme's own class), keeping the
    paragraphs around it. Only a list of no links (a menu, a list of posts has them) whose element neighbours
    are two lines that follow each other in ``text``, none of its items there already."""
    lines = text.splitlines()
    at: dict[str, int] = {}
    for index, line in enumerate(lines):
        at.setdefault(" ".join(line.split()), index)
    inserts: dict[int, list[str]] = {}
    for listed in tree.iter("ul", "ol"):
        before, after = listed.getprevious(), listed.getnext()
        if before is None or after is None or listed.find(".//a") is not None:
            continue
        items = [item for li in listed.iterchildren("li") if (item := " ".join(li.text_content().split()))]
        if not items or any(item in at for item in items):
            continue
        above = at.get(" ".join(before.text_content().split()))
        below = at.get(" ".join(after.text_content().split()))
        if above is not None and below == above + 1:
            inserts[above] = items
    if not inserts:
        return text
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        out.extend(inserts.get(index, ()))
    return "\n".join(out)


# A line of trafilatura's longer than this may hold paragraphs it joined (``<br><br>`` inside a table cell).
JOINED_LINE_CHARS = 160
# Lines of the page shorter than this are not used to split: a word may repeat inside a paragraph.
SPLIT_LINE_CHARS = 24
MAX_SPLIT_LINES = 3000


def restore_breaks(text: str, tree: HtmlElement) -> str:
    """``text`` with each long line that is several lines of the page put back on those lines:
    trafilatura joins the lines of a table cell (``para<br><br>para``) into one; the page shows them
    as paragraphs."""
    if all(len(line) <= JOINED_LINE_CHARS for line in text.splitlines()):
        return text
    source = [line for line in visible_text(tree).splitlines() if len(line) >= SPLIT_LINE_CHARS]
    source = source[:MAX_SPLIT_LINES]
    whole = set(source)
    out: list[str] = []
    for line in text.splitlines():
        if len(line) <= JOINED_LINE_CHARS:
            out.append(line)
            continue
        cuts = {0, len(line)}
        for block in source:
            if len(block) < len(line):
                start = line.find(block)
                while start != -1:
                    cuts.update((start, start + len(block)))
                    start = line.find(block, start + len(block))
        edges = sorted(cuts)
        pieces = [piece for a, b in zip(edges, edges[1:], strict=False) if (piece := line[a:b].strip())]
        # Split only a line made of whole lines of the page: a date line that is also the start of a
        # paragraph does not cut the paragraph.
        out.extend(pieces if all(piece in whole for piece in pieces) else [line])
    return "\n".join(out)


# Below this many characters of cleaned body text, pruning is suspected of having lost the body (a
# one-sentence post has more); only then, or when the article's named container sits inside an element
# the prune rules remove, does plain trafilatura run a second time to compare (it costs as much again).
SUSPECT_BELOW_CHARS = 20
# A text with less than this share of plain trafilatura's (cleaned) characters lost the body.
MIN_SHARE_OF_PLAIN = 0.5


def _size(text: str) -> int:
    """Characters of ``text`` that are not spaces: what the comparisons between candidates count."""
    return len("".join(text.split()))


def checked_body(tree: HtmlElement, url: str, clean: Callable[[str], str], root: HtmlElement | None) -> str:
    """The cleaned body text, falling back when pruning left nothing or much less than plain trafilatura.

    Evidence, not site rules: when the cleaned text is (nearly) empty, or the prune rules would remove the
    article's named container (``entry-content``, ``articleBody`` …) with an ancestor, plain
    trafilatura runs on the unpruned page. If ours holds less than MIN_SHARE_OF_PLAIN of its
    characters, the named container's own pruned text is taken when it is long enough, else the
    plain output, cleaned the same way. A page where plain trafilatura finds nothing keeps ours.
    ``root``: the article's named container (``specific_root(tree)``), or None.
    """
    if root is not None and root.tag == "td":
        # A named cell of a layout table (``<td id="main">``): trafilatura reads such a table whole, the
        # left menu's cell beside the article's, when the article is short. The cell is the page's article.
        inside = clean(_body_text(_pruned_copy(root, url), url))
        if _size(inside) >= SUSPECT_BELOW_CHARS:
            return inside
    pruned = _pruned_copy(tree, url)
    raw = _body_text(pruned, url)
    text = clean(raw)
    # Suspect pruning when it left next to nothing, took the article's named container, or removed
    # more prose (paragraphs of PROSE_CHARS or more: menus, share bars and comment forms have none)
    # than three times what it kept (a sidebar's "about us" paragraph beside a short post does not).
    # Suspect it too when trafilatura's text holds less than half the prose pruning kept: run on the pruned
    # page, it can settle on one paragraph of an article whose others are still there.
    size = _size(text)
    if size >= SUSPECT_BELOW_CHARS and not root_inside_boilerplate(root):
        kept = _prose(pruned)
        lost = _prose(tree) - kept
        if (lost < PROSE_CHARS or lost <= PROSE_LOST_SHARE * size) and _size(raw) >= PROSE_KEPT_SHARE * kept:
            return text
    plain = clean(_trafilatura_text(tree, url))
    enough = MIN_SHARE_OF_PLAIN * _size(plain)
    if _size(text) >= enough:
        return text
    if root is not None:
        # Pruned on its own: the container's ancestors are no longer there to be pruned with it.
        inside = clean(visible_text(_pruned_copy(root, url)))
        if _size(inside) >= enough:
            return inside
    return plain


# The first block of prose after the page's title: this long, and mostly not link text.
PROSE_AFTER_TITLE_CHARS = 80
PROSE_LINKED_SHARE = 0.3
# A line this long of the title's block, found in trafilatura's text, says it read that block.
SENTENCE_LINE_CHARS = 40


def title_anchored(tree: HtmlElement, url: str, text: str, clean: Callable[[str], str]) -> str | None:
    """The text of the block that holds the page's title and the first prose after it, when ``text``
    holds neither that prose nor any line of that block: trafilatura took another container (a
    one-sentence story under a theme whose content id wraps both side columns, XOOPS's
    ``xo-canvas-content``, reads as its longest block of links); or when ``text`` holds that prose and
    more text outside the block, a table cell, than the block holds (the side columns of a table
    layout). None when ``text`` is the article's."""
    title = title_from_title_tag(tree, url)
    body = tree.find("body")
    if not title or body is None:
        return None
    # Not a link: a "latest news" box may link the same title before the article does. One walk: the
    # prose is looked for in what follows the title.
    elements = body.iter()
    head = next(
        (
            e
            for e in elements
            if isinstance(e.tag, str)
            and e.tag != "a"
            and title in (normalise_text(e.text or ""), _own_text(e))
            and not any(a.tag == "a" for a in e.iterancestors())
        ),
        None,
    )
    if head is None:
        return None
    lead = _lead_after(elements, head)
    if lead is None:
        return None
    lead_element, lead_text = lead
    read = lead_text in normalise_text(text)
    ancestors = set(head.iterancestors())
    common = next((e for e in lead_element.iterancestors() if e in ancestors), None)
    # The container of the title and its lead, one level up: what follows them there (the body under a
    # header of title and lead) is the article's too. Not above a table cell: the cells beside it in its
    # row are columns of the layout (a menu and sidebar column left and right of the story's cell).
    block = common.getparent() if common is not None and common is not body else None
    if block is not None and block.tag == "tr":
        block = common
    # Where trafilatura read the lead, only a table layout's cell can be the article's block: its row's
    # other cells are the columns read with it. Under a header of title and lead elsewhere, the body may
    # follow in a container of its own, which trafilatura read whole (replacing it measured worse on a
    # public set: 10,804 characters -> 131).
    if block is None or block is body or (read and block.tag != "td"):
        return None
    found = clean(visible_text(_pruned_copy(block, url)))
    found_words = normalise_text(found)
    if lead_text not in found_words:
        return None
    lines = [line for line in map(normalise_text, text.splitlines()) if line]
    if read:  # the cell, when what ``text`` holds outside it outweighs it (the menu and sidebar columns)
        return found if sum(len(line) for line in lines if line not in found_words) > len(found_words) else None
    if any(len(line) >= SENTENCE_LINE_CHARS and line != title and line in found_words for line in lines):
        return None  # trafilatura read this container (not only a box naming the title): its lines stand
    return found


def _own_text(element: HtmlElement) -> str:
    """The element's own text, without its children's: its text and their tails (a table cell's title
    after an empty named anchor, ``<td><a name='news_45'></a>ประกาศ…</td>``)."""
    return normalise_text((element.text or "") + " ".join(child.tail or "" for child in element))


def _lead_after(elements: Iterator[HtmlElement], head: HtmlElement) -> tuple[HtmlElement, str] | None:
    """The first of ``elements`` (the page's, in order, right after ``head``) not inside ``head`` whose own
    text is prose: long enough, not mostly link text (PROSE_AFTER_TITLE_CHARS, PROSE_LINKED_SHARE)."""
    inside = set(head.iter())
    for element in elements:
        if element in inside or not isinstance(element.tag, str) or element.tag in ("script", "style", "a"):
            continue
        own = _own_text(element)
        if len(own) < PROSE_AFTER_TITLE_CHARS:
            continue
        linked = sum(len(a.text_content()) for a in element.iterchildren("a"))
        if linked <= PROSE_LINKED_SHARE * len(own):
            return element, own
    return None


def _date_region(tree: HtmlElement, options: ExtractOptions, page: PageLines, title: str | None, text: str):
    """Where to read the visible date: the site's date selector, else the article region."""
    chosen = _selected(tree, options.date)
    return visible_text(chosen).splitlines() if chosen is not None else page.region(title, text)


def _selected(tree: HtmlElement, xpath: str | None) -> HtmlElement | None:
    if not xpath:
        return None
    found = [e for e in tree.xpath(xpath) if isinstance(e, HtmlElement)]
    return found[0] if found else None


def extract(
    body: bytes, url: str, headers: Headers = None, *, today: date | None = None, options: ExtractOptions = NO_OPTIONS
) -> Article:
    """Extract the article of one page.

    ``body`` is the raw response body (any charset: UTF-8, windows-874/TIS-620, ...), ``url`` the URL
    it was fetched from, ``headers`` its response headers (only Content-Type is used). ``today``
    bounds dates (no publication date in the future); it defaults to the current date. ``options``
    (per-site XPaths from the registry) override the generic rules for content, title and date.
    """
    tree, encoding = parse_html(body, _content_type(headers))
    drop_icon_names(tree)
    drop_neighbour_titles(tree)
    chosen = _selected(tree, options.content)  # a site's content selector, if it has one
    specific = specific_root(tree) if chosen is None else None  # the container the markup names
    root = chosen if chosen is not None else specific
    if root is None:  # table layouts: the article's cell, not the whole page with its banners
        root = article_cell(tree)
    if root is None:
        root = content_root(tree)
    images = find_images(root, url)
    author = find_author(tree)
    body_el = tree.find("body")
    page = PageLines.of(visible_text(body_el if body_el is not None else tree))
    captions = captions_to_drop(root, images, page)
    attachments = find_attachments(root, url)
    labels = [a.label for a in attachments if a.label]
    preformatted = preformatted_lines(root)

    def clean(raw: str) -> str:
        return clean_lines(
            raw, title=None, captions=captions, author=author, link_labels=labels, preformatted=preformatted
        )

    text = clean(visible_text(chosen)) if chosen is not None else checked_body(tree, url, clean, specific)
    if chosen is None and specific is None:
        text = title_anchored(tree, url, text, clean) or text
    chosen_title = _selected(tree, options.title)
    title = (
        (normalise_text(chosen_title.text_content()) if chosen_title is not None else None)
        or marked_title(tree, url)
        or opening_heading(tree, text, url)
        or repeated_caption_title(images, page)
        or unlinked(tree, url, page.title_above(text, lambda: heading_title(tree, url)))
        or heading_title(tree, url)
        or title_from_title_tag(tree, url)
    )
    text = rows_with_spaced_cells(drop_title(drop_banner(tree, text, title, url), title))
    return Article(
        title=nfc(title),
        text=nfc(text) or "",
        published=published_date(
            tree,
            url,
            _date_region(tree, options, page, title, text),
            today=today,
            above=() if options.date else page.above_title(title, text),
        ),
        author=author,
        canonical_url=find_canonical(tree, url),
        images=images,
        attachments=attachments,
        encoding=encoding,
    )

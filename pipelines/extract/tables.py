"""Table-layout pages (old Thai CMSs): find the article's cell around its date line.

On nested-table templates with no <article>/<main>, trafilatura returns the whole page as pipe
tables, footer and menu first. Such pages still show title / date line / body; the article is
the smallest element around the date line that holds real, non-link text.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from pipelines.extract import rules
from pipelines.extract.textclean import is_meta_line, normalise_text, pipe_cells, pipe_row

# Share of lines that are pipe-table rows above which trafilatura's output is a page dump.
TABLE_DUMP_SHARE = 0.5
# Non-link text (characters) the article cell must hold besides its date line.
MIN_CELL_TEXT = 40
# A cell where links are more than this share of the text is a menu or sidebar.
MAX_LINK_DENSITY = 0.5
# Items a list of links after the date line must have before it is left out of that density: a box of
# related posts or a menu inside the article's cell, not the article's own list of two links.
LINK_LIST_ITEMS = 3
_DIGIT = re.compile(r"[0-9๐-๙]")
# An inner candidate cell replaces the best one when it holds at least this share of its text.
INNER_SHARE = 0.6
DATELINE_TAGS = ("td", "font", "span", "div", "p", "small", "b", "strong", "i", "em")
MAX_DATELINE_CHARS = 150


def looks_like_table_dump(text: str) -> bool:
    """True when most lines of trafilatura's output are pipe-table rows (``| … |``), and they hold more of its
    characters than its other lines: a layout table read whole, not a data table inside paragraphs of prose
    (a tax schedule of four rows between three paragraphs)."""
    lines = [line for line in text.splitlines() if line.strip()]
    rows = [line for line in lines if line.lstrip().startswith("|")]
    if not lines or len(rows) < TABLE_DUMP_SHARE * len(lines):
        return False
    row_chars = sum(map(len, rows))
    return row_chars >= sum(map(len, lines)) - row_chars


def meta_line_elements(tree: HtmlElement) -> list[HtmlElement]:
    """The smallest elements whose whole text is a date/byline/counter line, in page order.

    Linear in the page: a procurement table has a date in each of its thousands of rows, and the
    list and ancestor scans this replaced made such a page quadratic (minutes for 8,000 rows)."""
    found: dict[HtmlElement, None] = {}  # insertion-ordered set: page order, O(1) membership
    for element in tree.iter(*DATELINE_TAGS):
        raw = element.text_content()
        if len(raw) > 4 * MAX_DATELINE_CHARS or not _DIGIT.search(raw):
            continue
        text = normalise_text(raw)
        if not text or len(text) > MAX_DATELINE_CHARS or not is_meta_line(text):
            continue
        if any(child is not element and child in found for child in element.iter()):
            continue
        for ancestor in element.iterancestors():
            found.pop(ancestor, None)
        found[element] = None
    return list(found)


def _length(text: str | None) -> int:
    """Characters of ``text`` with its spaces collapsed: its length as a line (Thai normalising, which
    a length does not need, left out)."""
    return len(" ".join(text.split())) if text else 0


class _TextAfter:
    """Text lengths (all, inside links) after a dateline within one of its ancestors, for many datelines.

    The direct way walks the ancestor's whole subtree for every dateline: quadratic on a table with a
    date in each row. Here every node gets its page-order index and the size of its subtree once, with
    running sums of its text: the text after a dateline inside an ancestor is then one subtraction."""

    def __init__(self, tree: HtmlElement) -> None:
        self.index: dict[HtmlElement, int] = {}
        self.last: list[int] = []  # per index: the index of the last node of its subtree
        self.total: list[int] = [0]  # running sums over page order; total[i + 1] includes node i
        self.links: list[int] = [0]
        link_depth = 0
        for event, node in etree.iterwalk(tree, events=("start", "end")):
            if event == "end":
                self.last[self.index[node]] = len(self.last) - 1
                link_depth -= node.tag == "a"
                continue
            self.index[node] = len(self.last)
            self.last.append(-1)
            link_depth += node.tag == "a"
            size = 0
            if isinstance(node.tag, str):
                size = _length(node.text) + _length(node.tail)
            self.total.append(self.total[-1] + size)
            self.links.append(self.links[-1] + (size if link_depth else 0))

    def within(self, element: HtmlElement) -> tuple[int, int]:
        """(all text, link text) lengths of ``element``'s subtree, its own tail left out."""
        start, end = self.index[element], self.last[self.index[element]] + 1
        tail = _length(element.tail)
        linked_tail = tail if any(ancestor.tag == "a" for ancestor in element.iterancestors()) else 0
        return self.total[end] - self.total[start] - tail, self.links[end] - self.links[start] - linked_tail

    def __call__(self, ancestor: HtmlElement, dateline: HtmlElement) -> tuple[int, int]:
        """(all text, link text) lengths inside ``ancestor`` after ``dateline`` (and outside it), plus
        the dateline's own tail; the text of the ancestors in between is not counted."""
        start = self.last[self.index[dateline]] + 1
        end = self.last[self.index[ancestor]] + 1
        tail = _length(dateline.tail)
        return self.total[end] - self.total[start] + tail, self.links[end] - self.links[start]


def _cell_from(anchor: HtmlElement, text_after: _TextAfter, lists_out: bool = False) -> tuple[HtmlElement, int] | None:
    """The smallest ancestor of ``anchor`` with enough non-link text after it, and that text's length;
    None when that ancestor is a menu or sidebar (mostly links). ``lists_out`` (the anchor is a date line):
    its lists of links after the anchor are left out (a short notice's "ข่าวอื่นๆ" list of four long titles
    after its date line outweighs its two paragraphs); not after a heading, which a sidebar's boxes have too
    (a Joomla sidebar of menus and banners under its headings was taken for the article's cell)."""
    for ancestor in anchor.iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        total, links = text_after(ancestor, anchor)
        if total - links < MIN_CELL_TEXT:
            continue
        if lists_out and links > MAX_LINK_DENSITY * total:
            for listed in _link_lists_after(ancestor, anchor, text_after):
                listed_total, listed_links = text_after.within(listed)
                total, links = total - listed_total, links - listed_links
        own = total - links
        return (ancestor, own) if own >= MIN_CELL_TEXT and links <= MAX_LINK_DENSITY * total else None
    return None


def _link_lists_after(ancestor: HtmlElement, anchor: HtmlElement, text_after: _TextAfter) -> list[HtmlElement]:
    """The outermost lists (``ul``/``ol`` of LINK_LIST_ITEMS items or more, mostly link text) inside
    ``ancestor`` after ``anchor``."""
    found: list[HtmlElement] = []
    start = text_after.last[text_after.index[anchor]]
    for listed in ancestor.iter("ul", "ol"):
        if text_after.index[listed] <= start or any(listed in outer.iterdescendants() for outer in found):
            continue
        total, links = text_after.within(listed)
        if len(listed.findall("li")) >= LINK_LIST_ITEMS and links > MAX_LINK_DENSITY * total:
            found.append(listed)
    return found


def _innermost_best(cells: list[tuple[HtmlElement, int]]) -> HtmlElement:
    """The cell with the most body text, or a cell inside it that holds most of that text
    (a heading high up the page can claim the whole layout table)."""
    best, score = max(cells, key=lambda c: c[1])
    inner = [(c, n) for c, n in cells if c is not best and best in c.iterancestors() and n >= INNER_SHARE * score]
    return min(inner, key=lambda c: c[1])[0] if inner else best


def article_cell(tree: HtmlElement) -> HtmlElement | None:
    """The article's element on a table-layout page: found from its date/byline/counter line, or,
    failing that, from its heading; the candidate with the most non-link text after its anchor."""
    headings = [h for h in tree.xpath(rules.HEADING_CANDIDATES_XPATH) if not h.xpath(rules.NOT_TITLE_ANCESTORS)]
    text_after = _TextAfter(tree)
    for anchors, lists_out in ((meta_line_elements(tree), True), (headings, False)):
        cells = [cell for anchor in anchors if (cell := _cell_from(anchor, text_after, lists_out)) is not None]
        if cells:
            return _innermost_best(cells)
    return None


def table_rows_as_lines(text: str) -> str:
    """A pipe-table dump turned into one line per non-empty cell (the last resort for table pages)."""
    cells = (cell.strip() for line in text.splitlines() for cell in line.strip().strip("|").split("|"))
    return "\n".join(cell for cell in cells if cell)


def rows_with_spaced_cells(text: str) -> str:
    """trafilatura writes a table's rows as ``| cell | cell |``; the text keeps each row as a line of its
    cells joined by a space, as the page's own tables read when extraction walks them (one format for
    every table of the archive)."""
    if "|" not in text:
        return text
    return "\n".join(" ".join(pipe_cells(line)) if pipe_row(line) else line for line in text.splitlines())

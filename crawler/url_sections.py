"""Sections named in words: which worded path segments of a site are sections, not slugs.

``url_shape`` abstracts a segment written in words (Thai, percent-encoded, ``a-b-c``) as ``*``: a
post's slug varies from page to page. But a site built as a page tree names its *sections* in
words too (``/ประกาศ/<page>``, ``/ข่าวประชาสัมพันธ์/ข่าว-ปี-2567/<page>``, WordPress category bases in
Thai), and one shape ``/*/*`` for all of them mixes a section of announcements with a section of
about pages, so neither is judged for what it is. What tells them apart on any site is the links:
a section is a worded segment under which the site links two or more different worded or numbered
pages; a slug has no such children (its ``/feed/``, ``/amp/``, ``/print/`` are literal words).

The pages may sit below literal segments (Joomla's ``/<menu alias>/item/<id>-<alias>``), and a
section may be named by a token rather than words (``/ita-2567/item/...`` beside the date-time menu
aliases ``/2019-06-12-03-44-02/item/...`` Joomla makes from Thai menu titles). A token is also what a
per-visit id looks like, so a token is a section only when two different pages of the site link
under it: a menu or a listing repeats, while an id a page mints for its own links is on that page
alone (else every visit would be a shape of its own, and no trap would ever be stopped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from pipelines.urls import is_worded, shape_segment

SECTION_CHILDREN = 2  # different abstracted children that make a worded segment a section
# Different pages (their other numbers) under one value of a numbered segment that make it a section:
# ``menu/1540`` of ``/detail/id/<id>/menu/1540/page/1`` names the about pages' menu, ``id/12`` one page.
NUMBER_CHILDREN = 3
TOKEN_SOURCES = 2  # different linking pages that make a token segment a section
MAX_PREFIXES = 20_000  # worded prefixes remembered per site (memory bound on a hostile site)
_DIGITS = re.compile(r"\d+")


@dataclass
class SectionLearner:
    """Learns a site's worded sections from the links its pages carry."""

    _children: dict[str, set[str]] = field(default_factory=dict)  # worded prefix -> abstracted children
    _sources: dict[str, set[int]] = field(default_factory=dict)  # token prefix -> pages linking under it
    _sections: set[str] = field(default_factory=set)
    # (path pattern, position, value) -> the other numbers of the paths under it; and those proven sections
    _numbered: dict[tuple[str, int, str], set[int]] = field(default_factory=dict)
    _number_sections: set[tuple[str, int, str]] = field(default_factory=set)

    def learn(self, links: list[str], source: str = "") -> None:
        """Count, for each worded or token non-final segment of ``links`` (the links of the page at
        ``source``), the different pages under it and the pages that link them; and for each number of
        a path with several, the different pages that share it."""
        for link in links:
            segments = unquote(urlsplit(link).path).split("/")
            self._learn_numbers(segments)
            for index in range(1, len(segments) - 1):
                segment = segments[index]
                if not segment or not shape_segment(segment).startswith("*"):
                    continue
                child = _child(segments, index + 1)
                if child is None:
                    continue
                prefix = "/".join(segments[: index + 1]).lower()
                if prefix in self._sections:
                    continue
                children = self._children.get(prefix)
                if children is None:
                    if len(self._children) >= MAX_PREFIXES:
                        continue
                    children = self._children[prefix] = set()
                children.add(child)
                if not is_worded(segment):
                    sources = self._sources.setdefault(prefix, set())
                    if len(sources) < TOKEN_SOURCES:
                        sources.add(hash(source))
                    if len(sources) < TOKEN_SOURCES:
                        continue
                if len(children) < SECTION_CHILDREN:
                    continue
                self._sources.pop(prefix, None)
                self._sections.add(prefix)
                del self._children[prefix]

    def _learn_numbers(self, segments: list[str]) -> None:
        """A path with two or more numbers, each after a word (``id/12/menu/1540/page/1``): a number that
        NUMBER_CHILDREN paths share which differ in an earlier number (the menu of three pages' ids)
        names a section of the site; not one they share with pages of one id (``page/2`` of a long post
        under its id)."""
        numbers, pattern = _numbers(segments)
        for position, index in enumerate(numbers[1:], 1):
            key = (pattern, index, segments[index])
            if key in self._number_sections:
                continue
            children = self._numbered.get(key)
            if children is None:
                if len(self._numbered) >= MAX_PREFIXES:
                    continue
                children = self._numbered[key] = set()
            children.add(hash(tuple(segments[i] for i in numbers[:position])))
            if len(children) >= NUMBER_CHILDREN:
                self._number_sections.add(key)
                del self._numbered[key]

    def refine(self, url: str, shape: str) -> str:
        """``shape`` (``url``'s ``url_shape``) with the site's worded sections written out again
        (digits as ``0``, as ``url_shape`` writes a short literal): ``/ประกาศ/*``, not ``/*/*``."""
        if self._number_sections:
            shape = self._refine_numbers(url, shape)
        if not self._sections:
            return shape
        path, mark, query = shape.partition("?")
        shaped = path.split("/")
        segments = unquote(urlsplit(url).path).split("/")
        if len(shaped) != len(segments):
            return shape  # url_shape folded a repeated segment: positions do not line up
        changed = False
        for index in range(1, len(segments) - 1):
            if shaped[index] == "*" and "/".join(segments[: index + 1]).lower() in self._sections:
                shaped[index] = _DIGITS.sub("0", segments[index].lower())
                changed = True
        return "/".join(shaped) + mark + query if changed else shape

    def _refine_numbers(self, url: str, shape: str) -> str:
        """``shape`` with the numbers that name sections written out (``menu/1540``, not ``menu/0``)."""
        path, mark, query = shape.partition("?")
        shaped = path.split("/")
        segments = unquote(urlsplit(url).path).split("/")
        if len(shaped) != len(segments):
            return shape
        numbers, pattern = _numbers(segments)
        changed = False
        for index in numbers[1:]:
            if (pattern, index, segments[index]) in self._number_sections:
                shaped[index] = segments[index]
                changed = True
        return "/".join(shaped) + mark + query if changed else shape


def _numbers(segments: list[str]) -> tuple[list[int], str]:
    """The positions of a path's numbers that follow a word, and the path with them written ``0`` (the
    pattern their sections are learned under); no positions when there are fewer than two."""
    # Not a date's month or day (``/events/2024/12/14/``): no section under its year or month, however many
    # months have a 14th.
    numbers = [
        i
        for i, segment in enumerate(segments)
        if segment.isdigit() and i > 0 and segments[i - 1] and not _in_a_date(segments, i)
    ]
    if len(numbers) < 2:
        return [], ""
    return numbers, "/".join("0" if i in numbers else segment.lower() for i, segment in enumerate(segments))


def _in_a_date(segments: list[str], index: int) -> bool:
    """``segments[index]`` is the month after a year (``2024/12``, ``2567/12``) or the day after both."""
    year = index - 1 if _year(segments[index - 1]) else index - 2 if index >= 2 and _year(segments[index - 2]) else None
    if year is None or not 1 <= int(segments[index]) <= (12 if year == index - 1 else 31):
        return False
    return year == index - 1 or (segments[index - 1].isdigit() and 1 <= int(segments[index - 1]) <= 12)


def _year(segment: str) -> bool:
    """A Gregorian or Buddhist-era year, as a date path writes it."""
    return len(segment) == 4 and segment.isdigit() and (1900 <= int(segment) <= 2100 or 2443 <= int(segment) <= 2643)


def _child(segments: list[str], start: int) -> str | None:
    """The page below ``segments[:start]``: the segments from ``start`` to the first one ``url_shape``
    abstracts (``item/117-x`` under a menu alias), or None when only literal words follow (a slug's
    ``/feed/``)."""
    for end in range(start, len(segments)):
        if segments[end] and shape_segment(segments[end]) != segments[end]:
            return "/".join(segments[start : end + 1])
    return None

"""The page as a reader sees it, line by line: where the title, the date line and the body sit.

Thai CMS pages of every family put the title, then a date line, then the body. Table layouts
mark none of them, so the title is found as the line above the date line that precedes the
body, and the publication date only in the article region (title to just after the body),
never in a sidebar or footer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipelines.extract.templates import line_key
from pipelines.extract.textclean import is_boilerplate, is_dateline

# Lines compared by the first characters of their key: enough to tell lines apart, robust to
# trafilatura and the page splitting a paragraph differently at its end.
MATCH_PREFIX = 24
# How far above the body start the title and date line may be, and how far below its end the
# date line ("เรื่องนี้ถูกเขียนเมื่อ …" of classic themes) may be.
LINES_ABOVE = 6
# Lines above the title where a date of the article may stand (date / kicker / headline layouts).
TITLE_KICKER_LINES = 3
LINES_BELOW = 12


@dataclass(frozen=True)
class PageLines:
    """The visible lines of a page, with their comparison keys."""

    lines: tuple[str, ...]
    keys: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> PageLines:
        lines = tuple(line for line in text.splitlines() if line.strip())
        return cls(lines, tuple(line_key(line) for line in lines))

    def find_all(self, line: str, start: int = 0) -> list[int]:
        """Indexes of the page lines from ``start`` that hold ``line`` (or are held by it)."""
        full = line_key(line)
        key = full[:MATCH_PREFIX]
        if not key:
            return []
        # A page line shorter than ``line`` matches only as its beginning: a title quoted in the
        # body's first sentence ("อบต. X <title> ณ …") is not where the body starts.
        return [
            i
            for i in range(start, len(self.keys))
            if self.keys[i] and (key in self.keys[i] or full.startswith(self.keys[i][:MATCH_PREFIX]))
        ]

    def _dated(self, index: int) -> bool:
        """True when a date line sits just below ``index`` or a few lines above it."""
        below = index + 1 < len(self.lines) and is_dateline(self.lines[index + 1])
        return below or any(is_dateline(self.lines[i]) for i in range(max(0, index - LINES_ABOVE), index))

    def _body_span(self, text: str) -> tuple[int, int] | None:
        """Where the body's first and last lines are on the page. The body's first line may also be
        in a marquee, breadcrumb or "latest news" box: the occurrence next to a date line wins."""
        body = text.splitlines()
        starts = self.find_all(body[0]) if body else []
        if not starts:
            return None
        # A page line that holds the whole first line before one that is only its beginning (a byline
        # "กองสาธารณสุข" above a body that starts with the same words).
        full = len(line_key(body[0]))
        starts.sort(key=lambda i: len(self.keys[i]) < full)
        first = next((i for i in starts if self._dated(i)), starts[0])
        ends = self.find_all(body[-1], first) if len(body) > 1 else [first]
        return first, ends[0] if ends else first

    def title_above(self, text: str, heading: Callable[[], str | None] = lambda: None) -> str | None:
        """The title of a title / date line / body layout, or None when the page is not laid out so.

        Walks up from the body's first line across the date line (and counters, category lines),
        and takes the first real line above it. If the body's first line is itself followed by the
        date line, that line is the title (trafilatura or the table cell kept it). ``heading()``, the
        page's own heading, is taken instead when it is a little further up: a byline ("กองสาธารณสุข")
        between the headline and the date is the first line above the date, not the title.
        """
        span = self._body_span(text)
        if span is None:
            return None
        first = span[0]
        if first + 1 < len(self.lines) and is_dateline(self.lines[first + 1]) and len(text.splitlines()) > 1:
            return self.lines[first]
        crossed_dateline = False
        window = range(first - 1, max(-1, first - 1 - LINES_ABOVE), -1)
        for i in window:
            line = self.lines[i]
            if is_dateline(line):
                crossed_dateline = True
            elif not is_boilerplate(line) and len(line) >= 4:
                if not crossed_dateline:
                    return None
                own = heading()
                key = line_key(own) if own else None
                if own and key and self.keys[i] != key and key in self.keys[max(0, i - 2) : i]:
                    return own  # the byline sits between the headline and the date
                return line
        return None

    def above_title(self, title: str | None, text: str) -> tuple[str, ...]:
        """The few lines right above the title (a press release's date line over its headline), when
        the title is a page line within reach of the body."""
        span = self._body_span(text)
        if span is None or not title:
            return ()
        key = line_key(title)
        for i in range(max(0, span[0] - LINES_ABOVE), span[0] + 1):
            if self.keys[i] == key:
                return self.lines[max(0, i - TITLE_KICKER_LINES) : i]
        return ()

    def region(self, title: str | None, text: str) -> tuple[str, ...]:
        """The lines from the title (or a little above the body) to a little below the body."""
        span = self._body_span(text)
        if span is None:
            return self.lines
        first, last = span
        start = max(0, first - LINES_ABOVE)
        if title:
            # The first occurrence: editors often repeat the title in bold as the body's first line.
            for i in range(start, first + 1):
                if self.keys[i] == line_key(title):
                    start = i
                    break
        return self.lines[start : last + LINES_BELOW + 1]

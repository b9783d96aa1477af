"""Per-site extraction options: XPaths that override the generic rules where a site needs it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree


class SelectorError(ValueError):
    """An XPath that does not compile."""


@dataclass(frozen=True)
class ExtractOptions:
    """``content``: the element holding the article; ``title``: its heading; ``date``: the element
    showing its publication date. Each an XPath; None keeps the generic rules."""

    content: str | None = None
    title: str | None = None
    date: str | None = None

    @classmethod
    def from_mapping(cls, selectors: Mapping[str, str] | None) -> ExtractOptions:
        """Options from a registry ``selectors`` table; SelectorError names a bad XPath."""
        selectors = dict(selectors or {})
        unknown = set(selectors) - {"content", "title", "date"}
        if unknown:
            raise SelectorError(f"unknown selector {sorted(unknown)[0]!r} (content, title, date)")
        for name, xpath in selectors.items():
            try:
                etree.XPath(xpath)
            except (etree.XPathSyntaxError, TypeError) as exc:
                raise SelectorError(f"selector {name} is not a valid XPath: {xpath!r} ({exc})") from None
        return cls(**selectors)


NO_OPTIONS = ExtractOptions()

"""XPaths that look for theme classes (``entry-title``, ``entry-content``, ``author`` …), run only on
pages that use one of those classes somewhere.

Most pages of Thai municipal CMSs carry none of the WordPress or Joomla classes the title, author and
content-root rules name, and each such XPath scans the whole tree (about 0.2 ms a page). The page's
class tokens are collected once (one scan); an XPath whose first step needs one of its classes
(``//h1[has_class(...)]…``) is skipped when the page has none of them. Exact: a token XPath matches in
``concat(' ', normalize-space(@class), ' ')`` is delimited by ASCII spaces, so ``str.split`` finds it too.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from lxml.html import HtmlElement

from pipelines.extract.rules import has_class

_CLASS_TESTS = re.compile(r"contains\(@class, '([^']+)'\)")
_LOCAL = threading.local()


@lru_cache(maxsize=256)
def required_classes(xpath: str) -> frozenset[str] | None:
    """The class tokens of which the first step of ``xpath`` needs one, when its first predicate is
    exactly ``rules.has_class(...)``; None for any other XPath."""
    if not xpath.startswith("//") or "[" not in xpath:
        return None
    start = xpath.index("[")
    step = xpath[2:start]
    if not (step == "*" or step.isalnum()):
        return None
    depth = 0
    for end in range(start, len(xpath)):
        depth += {"[": 1, "]": -1}.get(xpath[end], 0)
        if depth == 0:
            break
    predicate = xpath[start + 1 : end]
    tokens = tuple(dict.fromkeys(_CLASS_TESTS.findall(predicate)))
    return frozenset(tokens) if tokens and predicate == has_class(*tokens) else None


def page_classes(tree: HtmlElement) -> frozenset[str]:
    """Every class token of ``tree``'s document, remembered for the last tree this thread asked about."""
    root = tree.getroottree().getroot()
    last = getattr(_LOCAL, "last", None)
    if last is not None and last[0] is root:
        return last[1]
    classes = frozenset(" ".join(str(value) for value in root.xpath("//@class")).split())
    _LOCAL.last = (root, classes)
    return classes


def class_xpath(tree: HtmlElement, xpath: str) -> list:
    """``tree.xpath(xpath)``, or [] without running it when its first step needs a class the page has
    nowhere."""
    needed = required_classes(xpath)
    if needed is not None and not needed & page_classes(tree):
        return []
    return tree.xpath(xpath)

"""pipelines.extract.class_xpaths: a theme-class XPath is skipped only where it could match nothing."""

from __future__ import annotations

from lxml.html import fromstring

from pipelines.extract import rules
from pipelines.extract.class_xpaths import class_xpath, required_classes


def test_the_classes_an_xpaths_first_step_needs():
    assert required_classes(rules.TITLE_XPATHS[0]) == {
        "entry-title",
        "post-title",
        "page-title",
        "article-title",
        "news-title",
        "newstitle",
    }
    assert required_classes(rules.TITLE_XPATHS[3]) == {"item-page", "item_page", "item-pagenews"}
    assert required_classes("//*[@itemprop='headline']") is None
    assert required_classes("//article") is None
    # A first predicate that tests more than classes needs more than classes: never skipped.
    assert required_classes(f"//h1[{rules.has_class('entry-title')} or @id='t']") is None


def test_a_skipped_xpath_is_one_that_matches_nothing():
    pages = [
        "<html><body><h1 class='entry-title'>ข่าว</h1></body></html>",
        "<html><body><h1 class='x\u00a0entry-title'>ข่าว</h1></body></html>",  # NBSP: no class token to XPath
        "<html><body><div class='item-page'><h2>ข่าว</h2></div></body></html>",
        "<html><body><td class='news'><h1>ข่าว</h1></td></body></html>",
    ]
    for markup in pages:
        tree = fromstring(markup)
        for xpath in (*rules.TITLE_XPATHS, *rules.AUTHOR_XPATHS, *rules.CONTENT_ROOT_XPATHS):
            assert [e.text_content() if hasattr(e, "text_content") else e for e in class_xpath(tree, xpath)] == [
                e.text_content() if hasattr(e, "text_content") else e for e in tree.xpath(xpath)
            ], (markup, xpath)
    assert class_xpath(fromstring(pages[0]), rules.TITLE_XPATHS[0])  # found where it is

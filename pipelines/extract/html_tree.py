"""A page's bytes as an lxml tree: decoded (pipelines.extract.charset), then parsed.

Apart from the article extraction so that the spider's page-parsing workers, which need only this,
do not load trafilatura and pythainlp.
"""

from __future__ import annotations

from lxml.html import HtmlElement, HTMLParser, fromstring

from pipelines.extract.charset import decode_html

# huge_tree: without it libxml2 stops building the tree at nesting depth 256 and the rest of the page
# (text and links) is silently dropped; old table-in-font-in-table templates get that deep. With it the
# limit is 2,048 (measured: a page nested 5,000 deep keeps 2,048 levels). The size
# of a page is bounded before it gets here (DOWNLOAD_MAXSIZE) and its parsing in a worker (PageBounds).
_PARSER = HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)


def parse_html(body: bytes, content_type: str | None = None) -> tuple[HtmlElement, str]:
    """Decode and parse a page; returns the lxml tree and the encoding used."""
    text, encoding = decode_html(body, content_type)
    # Re-encode as UTF-8 so lxml never meets a second, conflicting charset declaration.
    tree = fromstring(text.encode("utf-8") or b"<html></html>", parser=_PARSER)
    return tree, encoding

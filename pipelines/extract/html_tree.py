"""A page's bytes as an lxml tree: decoded (pipelines.extract.charset), then parsed.

Apart from the article extraction so that the spider's page-parsing workers, which need only this,
do not load trafilatura and pythainlp.
"""

from __future__ import annotations

from lxml.html import HtmlElement, HTMLParser, fromstring

from pipelines.extract.charset import decode_html

_PARSER = HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def parse_html(body: bytes, content_type: str | None = None) -> tuple[HtmlElement, str]:
    """Decode and parse a page; returns the lxml tree and the encoding used."""
    text, encoding = decode_html(body, content_type)
    # Re-encode as UTF-8 so lxml never meets a second, conflicting charset declaration.
    tree = fromstring(text.encode("utf-8") or b"<html></html>", parser=_PARSER)
    return tree, encoding

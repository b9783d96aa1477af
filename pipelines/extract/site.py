"""Extraction of several saved pages of one site together, as the archive stores them: each page is
extracted alone (``extract``), then the lines that recur across the site's pages are removed
(``pipelines.extract.templates``), as ``Archive.finalise_site`` does for a crawled site."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from pipelines.extract.article import extract
from pipelines.extract.templates import learn_boilerplate, strip_boilerplate
from pipelines.items import Article


@dataclass(frozen=True)
class SitePage:
    """One page's article with the site's template lines removed, and the lines removed."""

    url: str
    article: Article
    template_lines: tuple[tuple[int, str], ...]  # (line index in the full text, line), as archived


def extract_site(pages: Iterable[tuple[bytes, str, Mapping[str, str] | None]]) -> list[SitePage]:
    """Extract ``pages`` (body, URL, headers) of one site and strip the lines that recur on enough
    of them (``learn_boilerplate``'s thresholds: 3 pages and 5 % of those with text). Given the pages
    of a site's articles, the texts are those a crawl of the site archives."""
    extracted = [(url, extract(body, url, headers)) for body, url, headers in pages]
    learned = learn_boilerplate([article.text for _, article in extracted if article.text])
    result = []
    for url, article in extracted:
        stripped = strip_boilerplate(article.text, learned) if article.text else None
        if stripped is None or not stripped.removed:
            result.append(SitePage(url, article, ()))
        else:
            result.append(SitePage(url, replace(article, text=stripped.text), stripped.removed))
    return result

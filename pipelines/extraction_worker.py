"""What an extraction worker process runs: extract() plus the archive's CPU-heavy inputs.

Kept apart from pipelines.extraction (the Scrapy pipeline) so that a worker, which imports this
module to run ``extract_for_archive``, never imports Scrapy or Twisted (25 MB in every worker).
"""

from __future__ import annotations

from pipelines.content_hash import content_hash
from pipelines.extract import extract
from pipelines.extract.options import NO_OPTIONS, ExtractOptions
from pipelines.items import Article, IndexHints, compress_body
from pipelines.near_duplicates import signature, signature_bytes
from pipelines.short_grams import gram_document
from pipelines.thai_words import segmented


def extract_for_archive(
    body: bytes, url: str, headers, options: ExtractOptions = NO_OPTIONS
) -> tuple[Article, IndexHints | None]:
    """extract(), and the archive's CPU-heavy inputs (words, MinHash) beside it, so a worker process
    does them; the article is what extract() returns, nothing of the archive's in it."""
    article = extract(body, url, headers, options=options)
    return article, index_hints(article.title, article.text) if article.text else None


def extract_page_for_archive(
    body: bytes, url: str, headers, options: ExtractOptions = NO_OPTIONS
) -> tuple[Article, IndexHints | None, bytes]:
    """``extract_for_archive``, and the body compressed as the archive keeps it (``compress_body``):
    all of a page's CPU work but its SQL, done in the worker."""
    article, hints = extract_for_archive(body, url, headers, options)
    return article, hints, compress_body(body)


def index_hints(title: str | None, text: str) -> IndexHints:
    """What the archive computes from an article's text to index it, for a worker to compute instead."""
    return IndexHints(
        text_hash=content_hash(text),
        title_words=segmented(title or ""),
        line_words=tuple(segmented(line) for line in text.splitlines()),
        minhash=signature_bytes(signature(text)),
        grams=gram_document(title, text),
    )

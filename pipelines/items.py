"""The records that travel from the spider through the pipelines (plain dataclasses, no Scrapy import)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(frozen=True)
class Image:
    """A picture of the article and its caption (deduplicated by ``src``)."""

    src: str
    caption: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A linked document (PDF, DOC, XLS, …) the article offers for download."""

    url: str
    label: str | None = None


@dataclass(frozen=True)
class IndexHints:
    """What the archive would compute from an article's text, computed beforehand in an extraction
    worker: segmented words (one entry per text line, so removed lines can be dropped) and the MinHash
    signature of the text whose content hash is ``text_hash``. The archive checks the hash."""

    text_hash: str
    title_words: str
    line_words: tuple[str, ...]
    minhash: bytes
    grams: str = ""  # the short-word index's row (pipelines.short_grams) of the title and the whole text


def compress_body(body: bytes) -> bytes:
    """A response body as the archive keeps it in ``bodies.body`` (zlib, level 6); what a worker computes
    into ``compressed_body`` so that the writer need not."""
    return zlib.compress(body, 6)


def utc_now() -> str:
    """Now, as the archive writes times (``fetched_at``, ``first_seen``, crawl runs): ISO 8601, UTC, seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Article:
    """What extraction found on one page: a pure function of the page's bytes, URL and headers."""

    title: str | None
    text: str
    published: str | None = None  # ISO YYYY-MM-DD, Gregorian
    author: str | None = None
    canonical_url: str | None = None  # from <link rel=canonical>, absolute, as written by the site
    images: list[Image] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    encoding: str | None = None  # the charset the body was decoded with


@dataclass
class FetchedPage:
    """One response as the spider received it; the unit the pipelines process and store.

    ``kind`` is the spider's classification: ``article``, ``listing``, ``page`` (other HTML),
    ``feed``, ``sitemap``, ``file`` (non-HTML), ``error`` (no usable response) or ``alias`` (not
    fetched: its ``redirects`` led to ``url``, already fetched in this crawl; only the hops are stored).
    """

    url: str  # the URL the body came from (after redirects)
    site: str
    status: int | None
    kind: str
    fetched_at: str  # ISO 8601, UTC
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)  # response headers, in order
    redirects: list[tuple[str, int | None]] = field(default_factory=list)  # earlier hops: (url, status)
    error: str | None = None
    article: Article | None = None  # set by ExtractionPipeline for kind == "article"
    # What the archive indexes the article by (words, MinHash, grams), when an extraction worker computed
    # it beside the article (pipelines.extraction_worker); the archive computes it otherwise.
    hints: IndexHints | None = None
    # The body zlib-compressed as the archive keeps it, when the extraction worker did it (the writer's
    # CPU work done elsewhere); the archive compresses it otherwise.
    compressed_body: bytes | None = None

    def header(self, name: str) -> str | None:
        """The first value of response header ``name`` (case-insensitive), or None."""
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

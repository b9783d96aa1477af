"""Records of files travelling from the spider through the pipelines (plain dataclasses, no Scrapy)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.files.text import FileText
from pipelines.items import FetchedPage


@dataclass(frozen=True)
class FileLink:
    """A link from a page to a file (a document, or an image when images are archived)."""

    url: str
    label: str | None = None


@dataclass(frozen=True)
class TransparencyItem:
    """One ITA/OIT disclosure item a page lists: code ``o1`` … ``o50``, its Thai title, the fiscal
    year (Buddhist era, as the page says it) when the page or the item names one, and the item's link."""

    code: str
    title: str
    url: str | None
    year: int | None = None


@dataclass
class PageFiles:
    """The files one page links and the transparency items it lists (stored as link rows)."""

    page_url: str
    site: str
    files: list[FileLink] = field(default_factory=list)
    transparency: list[TransparencyItem] = field(default_factory=list)
    seen_at: str = ""  # when the page was fetched (ISO 8601, UTC)

    @property
    def url(self) -> str:
        return self.page_url


@dataclass
class FetchedFile:
    """A fetched file: the response (stored like a page's, ``kind`` ``file``) and the text read from it."""

    page: FetchedPage
    linked_from: str | None = None  # the page whose link was followed (first one)
    text: FileText | None = None  # set by pipelines.files.pipeline in a worker
    compressed_body: bytes | None = None  # the body zlib-compressed, by the same worker

    @property
    def url(self) -> str:
        return self.page.url

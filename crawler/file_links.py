"""Which files of a page to fetch (settings -> ``FilePolicy``), and a page's navigation with its file
links and ITA/OIT items found in the same parse. Pure: it runs in the spider's worker processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from crawler.navigation import PageLinks, absolute_url, page_links
from pipelines.extract.html_tree import parse_html
from pipelines.files.items import FileLink, TransparencyItem
from pipelines.files.kinds import EXTENSION_KINDS, extension_of
from pipelines.files.transparency import transparency_items

#: Document types fetched by default (TESSABAN_FILE_TYPES).
DOCUMENT_TYPES = ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods")
#: Image types fetched when TESSABAN_ARCHIVE_IMAGES is on.
IMAGE_TYPES = ("jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "bmp")
#: Download scripts of municipal CMSs that serve a document under a name that does not say so.
DOWNLOAD_URL = re.compile(
    r"(?:download|dl|getfile|file_?download|attach(?:ment)?|filedownload)\.(?:php|aspx?|jsp)\?|/download/\d+",
    re.IGNORECASE,
)
#: Where the pictures of a post are (not the theme's logos and icons).
CONTENT_IMAGE_XPATH = (
    "//article//img/@src | //*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]//img/@src"
    " | //*[@id='content']//img/@src | //*[contains(concat(' ', normalize-space(@class), ' '), ' post ')]//img/@src"
)
MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class FilePolicy:
    """What files a crawl fetches: on or off, which types, images or not, the size limit and the
    most files per site (0: no limit)."""

    enabled: bool = True
    types: frozenset[str] = frozenset(DOCUMENT_TYPES)
    images: bool = False
    max_bytes: int = 50 * MEGABYTE
    max_per_site: int = 2000

    @classmethod
    def from_settings(cls, settings) -> FilePolicy:
        """From ``TESSABAN_FILES``, ``TESSABAN_FILE_TYPES``, ``TESSABAN_ARCHIVE_IMAGES``,
        ``TESSABAN_FILE_MAXSIZE`` (MB) and ``TESSABAN_MAX_FILES`` of a Scrapy settings object."""
        types = settings.getlist("TESSABAN_FILE_TYPES") or list(DOCUMENT_TYPES)
        images = settings.getbool("TESSABAN_ARCHIVE_IMAGES", False)
        chosen = {t.strip().lower().lstrip(".") for t in types if t.strip()}
        if images:
            chosen |= set(IMAGE_TYPES)
        unknown = chosen - set(EXTENSION_KINDS)
        if unknown:
            raise ValueError(f"TESSABAN_FILE_TYPES: unknown type(s) {', '.join(sorted(unknown))}")
        return cls(
            enabled=settings.getbool("TESSABAN_FILES", True),
            types=frozenset(chosen),
            images=images,
            max_bytes=int(settings.getfloat("TESSABAN_FILE_MAXSIZE", 50) * MEGABYTE),
            max_per_site=settings.getint("TESSABAN_MAX_FILES", 2000),
        )

    def wants(self, url: str) -> bool:
        """True for a link to a file of a type this crawl fetches."""
        extension = extension_of(url)
        if extension in self.types:
            return True
        # download.php?id=12, /download/12: what it is shows only once fetched, so only when every
        # document type is wanted (TESSABAN_FILE_TYPES not narrowed)
        return self.types >= set(DOCUMENT_TYPES) and extension not in EXTENSION_KINDS and bool(DOWNLOAD_URL.search(url))


@dataclass
class PageNavigation:
    """A page's links (crawler.navigation), the file links to fetch, and its ITA/OIT items."""

    links: PageLinks
    files: list[FileLink] = field(default_factory=list)
    transparency: list[TransparencyItem] = field(default_factory=list)


def _label(anchor: HtmlElement) -> str | None:
    label = " ".join(" ".join(anchor.itertext()).split()) or (anchor.get("title") or "").strip()
    return label[:300] or None


def file_links(tree: HtmlElement, base: str, policy: FilePolicy) -> list[FileLink]:
    """Links of the page to files ``policy`` wants, each URL once (with the first label), in page order."""
    found: dict[str, FileLink] = {}
    for anchor in tree.iter("a", "area"):
        url = absolute_url(base, anchor.get("href") or "")
        if url and url not in found and policy.wants(url):
            found[url] = FileLink(url, _label(anchor))
    if policy.images:
        for src in tree.xpath(CONTENT_IMAGE_XPATH):
            url = absolute_url(base, str(src))
            if url and url not in found and extension_of(url) in policy.types:
                found[url] = FileLink(url, None)
    return list(found.values())


def navigate_with_files(body: bytes, content_type: str | None, url: str, policy: FilePolicy) -> PageNavigation:
    """``crawler.navigation.navigate`` plus the page's file links and ITA/OIT items, from one parse."""
    tree, _ = parse_html(body, content_type)
    links = page_links(tree, url)
    if not policy.enabled:
        return PageNavigation(links)
    base = str(tree.xpath("string(//base/@href)")).strip() or url
    return PageNavigation(links, file_links(tree, base, policy), transparency_items(tree, base))

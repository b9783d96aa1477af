"""Which links of a page to follow, and what kind of page it is. Pure: (parsed HTML, URL) -> PageLinks.

Previous/next post links are found by ``rel`` attributes, WordPress and Joomla post-navigation
markup, and Thai or English link labels; the spider follows them in both directions. Frames, inline
frames and ``<noframes>`` links are links too. The entries of XML sitemaps (and sitemap indexes) and
RSS/Atom feeds, and the links of a page too heavy to parse, are read here as well: every way a page
leads to others is in this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring

from crawler.page_evidence import PageEvidence, page_evidence
from pipelines.extract.html_tree import parse_html
from pipelines.extract.rules import ATTACHMENT_EXTENSIONS, IMAGE_EXTENSIONS, NEXT_WORDS, PREV_WORDS, has_class

# A path segment that names a language (an ISO 639-1 code, or the country code some sites write for one,
# with a region or not: ``th``, ``en-US``, ``cn``): a link to the page's path with another is its language
# switch. Not codes that are words of paths too (``id``, ``my``, ``it``).
_LANGUAGE_SEGMENT = re.compile(r"(?i)(?:th|en|zh|cn|ja|jp|ko|kr|lo|km|vi|fr|de|ru)(?:[-_][a-z]{2,4})?")

# --- rules (data) ----------------------------------------------------------------------------

# Links whose markup says "previous/next post" regardless of their label.
PREV_XPATHS = (
    "//link[@rel='prev' or @rel='previous']/@href",
    "//a[contains(concat(' ', @rel, ' '), ' prev ') or contains(concat(' ', @rel, ' '), ' previous ')]/@href",
    f"//*[{has_class('nav-previous', 'previous', 'prev', 'pagenav-prev', 'alignleft', 'post-previous')}]//a/@href",
    f"//a[{has_class('previous', 'prev', 'previous-post', 'prev-post', 'pagenav-prev')}]/@href",
)
NEXT_XPATHS = (
    "//link[@rel='next']/@href",
    "//a[contains(concat(' ', @rel, ' '), ' next ')]/@href",
    f"//*[{has_class('nav-next', 'next', 'pagenav-next', 'alignright', 'post-next')}]//a/@href",
    f"//a[{has_class('next', 'next-post', 'pagenav-next')}]/@href",
)
# Labels of previous/next links (pipelines.extract.rules spells the words), after arrows and spaces are stripped.
PREV_LABELS = re.compile(f"^(?:{PREV_WORDS})$", re.IGNORECASE)
NEXT_LABELS = re.compile(f"^(?:{NEXT_WORDS})$", re.IGNORECASE)
ARROWS = re.compile(r"[«»‹›<>←→\-–—|\[\]().:\s]+")
ARROW_ONLY_PREV = {"«", "‹", "<<", "<", "←"}
ARROW_ONLY_NEXT = {"»", "›", ">>", ">", "→"}

# URLs of listing pages (page 2, 3, ... of an archive).
PAGINATION_URL = re.compile(
    r"/page/\d+/?$|[?&](?:page|paged|pg|pn|start|limitstart|offset|pageno|p_page)=\d+", re.IGNORECASE
)
# URLs that look like a single news post on the CMS families seen in Thai local government.
ARTICLE_URL = re.compile(
    r"[?&](?:p|id|news_?id|nid|aid)=\d+|/\d{4}/\d{1,2}/|newspreview|news_?detail|news_?view|prpreview|"
    r"/news/|/content/|view\.php|detail\.php|article|/\d{3,}/?$|\.html?$",
    re.IGNORECASE,
)
# Files we never fetch while crawling (the documents and pictures extraction names: an article's
# attachments and images), nor media, archives, programs and styles.
FILE_EXTENSIONS = (
    *ATTACHMENT_EXTENSIONS,
    *IMAGE_EXTENSIONS,
    ".7z",
    ".svg",
    ".ico",
    ".tif",
    ".tiff",
    ".mp3",
    ".mp4",
    ".avi",
    ".wmv",
    ".mov",
    ".flv",
    ".exe",
    ".apk",
    ".iso",
    ".css",
    ".js",
)
FEED_XPATHS = (
    "//link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@href",
    "//a[contains(@href, '/feed') or contains(@href, 'rss')][contains(@href, 'feed') or "
    "contains(@href, '.xml') or contains(@href, '.rss')]/@href",
)
SITEMAP_XPATHS = (
    "//link[@rel='sitemap']/@href",
    "//a[contains(@href, 'sitemap') and contains(@href, '.xml')]/@href",
)
LISTING_BODY_CLASSES = {
    "home",
    "blog",
    "archive",
    "category",
    "tag",
    "search",
    "paged",
    "search-results",
    "date",
}
ARTICLE_BODY_CLASSES = {"single", "single-post", "postid", "view-article", "com_content-article"}
ARTICLE_JSONLD_TYPES = re.compile(r'"@type"\s*:\s*"(?:News)?(?:Article|BlogPosting|Report)"')
SKIPPED_SCHEMES = ("mailto:", "javascript:", "tel:", "data:", "file:", "ftp:", "#", "sms:", "line:")


@dataclass
class PageLinks:
    """Links found on one page, classified; every URL absolute, without fragment, in page order."""

    kind: str = "page"  # article | listing | page
    prev: list[str] = field(default_factory=list)
    next: list[str] = field(default_factory=list)
    pagination: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # links that look like posts
    other: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    malformed: int = 0  # links skipped because their URL cannot be parsed (``http://[::1``, port 99999)
    evidence: PageEvidence | None = None  # what the page holds, for crawler.site_model

    def all_urls(self) -> list[str]:
        """Every followable URL found on the page, without repeats."""
        return list(
            dict.fromkeys(
                self.prev + self.next + self.feeds + self.sitemaps + self.pagination + self.articles + self.other
            )
        )


def absolute_url(base: str, href: str) -> str | None:
    """``href`` resolved against ``base`` without its fragment; None for non-web links."""
    href = href.strip()
    if not href or href.lower().startswith(SKIPPED_SCHEMES):
        return None
    try:
        parts = urlsplit(urljoin(base, href))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        parts.port  # noqa: B018 -- raises ValueError for a port out of range or not a number
        return urlunsplit(parts._replace(fragment=""))
    except ValueError:  # "http://[::1", "http://h:99999/", "http://h:80:80/": skipped, never fatal
        return None


def is_malformed(base: str, href: str) -> bool:
    """True when ``href`` looks like a web link but cannot be parsed as a URL."""
    href = href.strip()
    if not href or href.lower().startswith(SKIPPED_SCHEMES):
        return False
    try:
        parts = urlsplit(urljoin(base, href))
        parts.port  # noqa: B018
    except ValueError:
        return True
    return False


def is_file_url(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(FILE_EXTENSIONS)


def _label(anchor: HtmlElement) -> str:
    return " ".join((anchor.text_content() or "").split()) or (anchor.get("title") or "").strip()


def _label_direction(label: str) -> str | None:
    stripped = label.strip()
    if stripped in ARROW_ONLY_PREV:
        return "prev"
    if stripped in ARROW_ONLY_NEXT:
        return "next"
    words = ARROWS.sub(" ", stripped).strip()
    if len(words) > 40:
        return None
    if PREV_LABELS.match(words.replace(" ", "")) or PREV_LABELS.match(words):
        return "prev"
    if NEXT_LABELS.match(words.replace(" ", "")) or NEXT_LABELS.match(words):
        return "next"
    return None


def _urls(tree: HtmlElement, base: str, xpaths: tuple[str, ...]) -> list[str]:
    found = (absolute_url(base, str(href)) for xp in xpaths for href in tree.xpath(xp))
    return list(dict.fromkeys(u for u in found if u))


def _body_classes(tree: HtmlElement) -> set[str]:
    body = tree.find("body")
    classes = (body.get("class") or "").split() if body is not None else []
    return {re.sub(r"-\d+$", "", c) for c in classes}


def post_navigation(links: PageLinks) -> list[str]:
    """The page's previous/next links to other pages, not a listing's pager (``/page/2``)."""
    return [u for u in links.prev + links.next if not PAGINATION_URL.search(u)]


def page_kind(tree: HtmlElement, url: str, links: PageLinks) -> str:
    """``article`` for a single post, ``listing`` for an index of posts, ``page`` for anything else."""
    classes = _body_classes(tree)
    numeric_pages = [  # the URL test first: an anchor's label costs far more
        a for a in tree.iter("a") if PAGINATION_URL.search(a.get("href") or "") and _label(a).isdigit()
    ]
    if not classes & ARTICLE_BODY_CLASSES and (
        classes & LISTING_BODY_CLASSES
        or len(tree.xpath("//article")) >= 2
        or len(numeric_pages) >= 2
        or PAGINATION_URL.search(url)
    ):
        return "listing"
    og_type = tree.xpath("string(//meta[@property='og:type']/@content)").strip().lower()
    post_nav = post_navigation(links)
    if (
        classes & ARTICLE_BODY_CLASSES
        or og_type == "article"
        or tree.xpath("//meta[@property='article:published_time']")
        or any(ARTICLE_JSONLD_TYPES.search(s) for s in tree.xpath("//script[@type='application/ld+json']/text()"))
        or post_nav
        or (ARTICLE_URL.search(url) and len(tree.xpath("//article")) == 1)
    ):
        return "article"
    return "page"


def _framed_hrefs(tree: HtmlElement, base: str) -> Iterator[str]:
    """The pages a frameset or an inline frame shows (a 2000s site's whole menu is ``<frame
    src="menu.asp">``) and the links of its ``<noframes>`` fallback, which the HTML parser keeps as text."""
    for frame in tree.iter("frame", "iframe"):
        src = absolute_url(base, frame.get("src") or "")
        if src:
            yield src
    for fallback in tree.iter("noframes"):
        markup = fallback.text_content()
        if "<a" in markup.lower():
            for anchor in fragment_fromstring(markup, create_parent="div").iter("a", "area"):
                href = absolute_url(base, anchor.get("href") or "")
                if href:
                    yield href


# Window names that are no frame of the page's frameset.
_NO_FRAME_TARGETS = {"", "_blank", "_self", "_parent", "_top", "blank", "new"}


def page_links(tree: HtmlElement, url: str) -> PageLinks:
    """Classify every link of a parsed HTML page fetched from ``url``."""
    base = str(tree.xpath("string(//base/@href)")).strip() or url
    links = PageLinks(
        prev=_urls(tree, base, PREV_XPATHS),
        next=_urls(tree, base, NEXT_XPATHS),
        feeds=_urls(tree, base, FEED_XPATHS),
        sitemaps=_urls(tree, base, SITEMAP_XPATHS),
    )
    hrefs: list[str] = []  # every anchor's absolute URL, in page order
    # Links that open in a named window (``<a href="news.asp" target="main">`` in a menu frame): with
    # the page's frame names, the site model learns which links are a frameset's menu, shown beside
    # every page though fetched once.
    targeted: list[tuple[str, str]] = []
    resolved: dict[str, str | None] = {}  # each anchor's href as written -> absolute, for page_evidence
    translated: list[str] = []  # links to the page in another language: hreflang (a language switch)
    for anchor in tree.iter("a", "area"):
        raw = anchor.get("href") or ""
        href = resolved[raw] = absolute_url(base, raw)
        if not href:
            links.malformed += is_malformed(base, raw)
            continue
        hrefs.append(href)
        if anchor.get("hreflang") or language_twin(url, href):
            translated.append(href)
        target = (anchor.get("target") or "").strip().lower()
        if target not in _NO_FRAME_TARGETS:
            targeted.append((href, target))
        direction = _label_direction(_label(anchor))
        if direction == "prev" and href not in links.prev:
            links.prev.append(href)
        elif direction == "next" and href not in links.next:
            links.next.append(href)
    classified = set(links.prev + links.next + links.feeds + links.sitemaps)
    for href in chain(hrefs, _framed_hrefs(tree, base)):
        if href in classified:
            continue
        classified.add(href)
        if is_file_url(href):
            links.files.append(href)
        elif PAGINATION_URL.search(href):
            links.pagination.append(href)
        elif ARTICLE_URL.search(href):
            links.articles.append(href)
        else:
            links.other.append(href)
    links.kind = page_kind(tree, url, links)
    links.evidence = page_evidence(
        tree, base, lambda at, href: resolved[href] if at == base and href in resolved else absolute_url(at, href), url
    )
    links.evidence.neighbours = post_navigation(links)
    for link in tree.xpath("//head/link[@hreflang][@href]"):
        if "alternate" in (link.get("rel") or "").lower().split() and (href := absolute_url(base, link.get("href"))):
            translated.append(href)
    own = url.partition("#")[0]
    links.evidence.translations = [u for u in dict.fromkeys(translated) if u != own]
    links.evidence.targeted_links = targeted
    links.evidence.frame_names = [
        name.lower() for frame in tree.iter("frame", "iframe") if (name := (frame.get("name") or "").strip())
    ]
    return links


def language_twin(url: str, href: str) -> bool:
    """``href`` is ``url`` in another language: the same address but for one path segment, both of which
    name a language (``/webs/th/…/C00002/`` and ``/webs/en/…/C00002/``, a flag's link with no hreflang)."""
    here, there = urlsplit(url), urlsplit(href)
    if here.netloc != there.netloc or here.query != there.query:
        return False
    mine, theirs = here.path.split("/"), there.path.split("/")
    if len(mine) != len(theirs):
        return False
    differ = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    return len(differ) == 1 and all(_LANGUAGE_SEGMENT.fullmatch(segment) for segment in differ[0])


def navigate(body: bytes, content_type: str | None, url: str) -> PageLinks:
    """Decode, parse and classify one HTML page (a pure function: it runs in worker processes too)."""
    tree, _ = parse_html(body, content_type)
    return page_links(tree, url)


# -- sitemaps and feeds ---------------------------------------------------------------------
# Scrapy's gunzip and Sitemap are imported where they are used: the page-parsing workers import this
# module and never read a sitemap, and importing Scrapy costs each of them about 35 MB (57 MB against 22).
_XML_ROOTS = {"urlset": "sitemap", "sitemapindex": "sitemap", "rss": "feed", "feed": "feed", "RDF": "feed"}


def xml_document_kind(body: bytes) -> str | None:
    """``sitemap`` or ``feed`` for the body of an XML sitemap or RSS/Atom feed, else None."""
    if body[:2] == b"\x1f\x8b":
        from scrapy.utils.gz import gunzip

        try:
            body = gunzip(body)
        except OSError:
            return None
    head = body[:512].lstrip()
    if not head.startswith((b"<?xml", b"<urlset", b"<sitemapindex", b"<rss", b"<feed", b"<rdf:RDF")):
        return None
    match = re.search(rb"<(?:\w+:)?(urlset|sitemapindex|rss|feed|RDF)[\s>]", body[:4096])
    return _XML_ROOTS[match.group(1).decode()] if match else None


_HREF = re.compile(rb"""<a\s[^>]{0,500}?href\s*=\s*["']?([^"'\s>]{1,2000})""", re.IGNORECASE)
SCANNED_LINKS_MAX = 5000


def scanned_links(body: bytes, base: str) -> list[str]:
    """Links of a page too heavy to parse, found by a plain scan of its bytes (at most 5,000)."""
    found: dict[str, None] = {}
    for match in _HREF.finditer(body):
        url = absolute_url(base, match.group(1).decode("utf-8", "replace"))
        if url and not is_file_url(url):
            found.setdefault(url)
            if len(found) >= SCANNED_LINKS_MAX:
                break
    return list(found)


def feed_links(body: bytes) -> list[str]:
    """Article URLs of an RSS or Atom feed."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    links = root.xpath("//*[local-name()='item']/*[local-name()='link']/text()")
    links += root.xpath("//*[local-name()='entry']/*[local-name()='link'][not(@rel) or @rel='alternate']/@href")
    return [str(link).strip() for link in links if str(link).strip()]


def sitemap_entries(body: bytes) -> list[tuple[str, str | None]]:
    """(URL, lastmod) of every entry of a sitemap (``urlset``) or sitemap index (``sitemapindex``)."""
    from scrapy.utils.gz import gunzip
    from scrapy.utils.sitemap import Sitemap

    if body[:2] == b"\x1f\x8b":
        body = gunzip(body)
    try:
        return [(entry["loc"], entry.get("lastmod")) for entry in Sitemap(body) if entry.get("loc")]
    except (ValueError, etree.XMLSyntaxError):
        return []

"""What a crawl learns about one site: which text is template, what each URL shape is, where traps are.

Pure (no Scrapy): ``SiteModel.observe(url, evidence, links)`` is called once per HTML page, in the
order pages arrive, and returns the page's kind and whether it added anything. Nothing here knows a
CMS. The evidence is what the site itself shows:

* **Template** is text that repeats on many of the site's pages (menus, footers, counters, the
  "latest news" box): a block seen on at least ``max(6, 25%)`` of the pages so far.
* **A page's own text** is what is left; an **article** is a page whose own text forms one
  substantial run (not split between several headline links, as a listing's is) and either carries
  a date of its own, a metadata marker (``og:type=article``, JSON-LD ``Article``), or belongs to a URL
  shape whose pages are mostly articles. A **listing** splits its own text between three or more
  headline links; the site's root is never an article; a page that says "not found" is never one.
* **Shapes** (``pipelines.urls.url_shape``) group a site's URLs; each shape keeps counts of the kinds
  its pages were given and whether its recent pages added anything.
* **Novelty**: a page adds something when it brings article text not seen before on the site (for
  non-articles: text on no other page of the site so far) or links to pages not seen before on a
  shape that is still worth fetching. A shape whose pages keep adding nothing is *slowed* and then
  *stopped* (a calendar, archive pages that list the same posts again, sort and filter variants,
  session ids, printer views, soft-404s); a shape whose pages are mostly productive never stops.

``settle()`` re-decides the pages once the site is known (the first pages of a crawl are judged
before the template is), and gives each shape its verdict: the rules that need the whole site are in
crawler.settle_rules.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import parse_qsl, quote, unquote, unquote_plus, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from crawler.bloom import BloomSet
from crawler.page_evidence import LINK_RUN_MIN, PageEvidence, block_hash, combines_values, raw_hash
from crawler.url_sections import SectionLearner
from crawler.url_variants import (
    ROOT_NAMES,
    UrlVariants,
    flags_of,
    is_index_file,
    own_addresses,
    without_carried_filter,
    without_return_address,
)
from pipelines.urls import bare_numbered, url_shape, visit_free

# A block is template once it is on at least this many pages and this share of the site's pages.
TEMPLATE_MIN_PAGES = 6
TEMPLATE_SHARE = 0.25
MAX_DATE_ARCHIVES = 50_000  # URLs remembered as linked by an article's date (memory bound)
DATE_ARCHIVE_SOURCES = 16  # pages remembered per such URL, two of each shape
ARTICLE_LABEL_PAGES = 6  # article pages needed before what half of them repeat is the article template
# A page adds something with this many characters of new text (or one new link worth following); a
# page that is not an article, when that text is also this share of its own text.
NOVEL_CHARS = 40
NOVEL_SHARE = 0.2
# A shape not tried yet is a promise of something new on this many pages that link into it; past them,
# links into it are no news until its own pages show what it holds (a language switcher linking every
# filter page to its twin in the other language, a shape queued behind the rest, kept every one productive).
UNTRIED_OFFERS = 8
# Shapes one shape's pages are counted as feeding (ShapeStats.fed_by): a few are all a cycle needs.
MAX_FED_BY = 8
# An article's main run of own text (without its date line and its shape's labels) holds at least this
# many characters: a title and one sentence.
ARTICLE_CHARS = 80
# ... of which one block at least this long: a sentence (a title over captions is an album).
SENTENCE_CHARS = 40
# A shape with at least this many pages that were new articles, and this share of its pages, is never
# slowed or stopped (10,000 posts with a print view each are an archive, not a trap).
ARTICLES_KEEP_SHAPE = 3
ARTICLES_KEEP_SHARE = 0.25
# Pages of a shape that showed an article read at another URL with the same ids before links into it
# bypass its stop for ids never read (an alias spelling of a site's posts); its longest texts compared.
ID_COPIES = 2
ID_TEXTS = 3
# A listing: at least this many headline links, and no run of own text between them above this share.
LISTING_ITEMS = 3
# A main run with RECORD_DATES date lines or more, one per RECORD_CHARS_PER_DATE characters of its text
# or more often, is a list of dated records (a table of procurement notices, an events list).
RECORD_DATES = 4
RECORD_CHARS_PER_DATE = 120
# ... or this many dated entries, each its own text closed by its own date line (a webboard thread).
RECORD_ENTRIES = 3
LISTING_RUN_SHARE = 0.6
# On a site that shows no dates: a page of this much own text, in a shape of at least UNDATED_PAGES
# such pages (most of the shape), that no template link points to (a menu's sections), is an article.
UNDATED_ARTICLE_CHARS = 300
UNDATED_PAGES = 8
# A shape is an article shape when this share of its pages are articles (and it has 3 pages or more).
ARTICLE_SHAPE_SHARE = 0.6
# A shape is one of event pages when this many of its pages, and ARTICLE_SHAPE_SHARE of them, declare an
# event in a standard vocabulary (og:type, schema.org, hCalendar) and none an article.
EVENT_SHAPE_PAGES = 2
# Articles not linked from most pages that make a shape the site's posts, before articles of shapes
# that are all linked from most pages (menu entries) are taken for its static pages.
MENU_POSTS = 5
# Runs of links (several in a row, no text between: crawler.page_evidence) are read from the site's first
# MENU_WINDOW pages; one shown on MENU_RUN_SHARE of them (MENU_RUN_PAGES at least) is the site's menu
# (a dropdown of about pages beside its sections), a row of titles on one page is not.
MENU_WINDOW = 150
MENU_RUN_SHARE = 0.25
MENU_RUN_PAGES = 3
# An index page names this many O-items at least (a page's related box naming O6 and O12 is none): only
# there does an item linking several pages say they are its examples.
ITA_INDEX_CODES = 5
# Pages whose path is another page's path under other folders (a relative link resolved against every
# folder of the site) that said "not found", with none that was found, before such links are dropped.
RELATIVE_EVIDENCE = 3
RELATIVE_COPIES = "(relative-link copies of known paths)"  # how url_shapes names them
MAX_ITA_TITLES = 2_000  # ITA/OIT items whose names are remembered per site (a few years of O1 … O50)
# A site seen through fewer pages than this keeps its first judgements (nothing to compare them with).
SETTLE_MIN_PAGES = 20
# A shape of "articles" that are all shorter than STUB_SHARE of the median article elsewhere on the site.
STUB_SHARE = 0.35
STUB_SHAPE_PAGES = 3
STUB_SITE_ARTICLES = 8
# A path seen with more query key names than this is one shape whatever its keys (but for the key
# sets it had before).
QUERY_KEY_NAMES = 12
# A key on this share of a path's URLs with a query dispatches them; key names counted per path (memory).
MODULE_KEY_SHARE = 0.9
MODULE_KEYS = 64
# A module's name: words of letters, joined by _ or - (News, Stories_Archive, com_content), no digits.
_MODULE_NAME = re.compile(r"[^\W\d_]+(?:[_-][^\W\d_]+)*")
# Values of a front controller's dispatching key (``modules.php?name=``) that are modules of their own
# (PHP-Nuke sites show 10-15): at most MODULES x QUERY_KEY_NAMES key names are counted apart on a path.
MODULES = 16
# Values of one dispatching key that make it the site's router, its values parts of the site (SiteModel._routed).
MODULE_ROUTES = 8
# Frame names and frame-menu links remembered per site (a frameset has a handful; its menu, tens).
MAX_FRAME_NAMES = 64
MAX_FRAME_MENU = 5_000
# A query key set stopped as a trap on this many paths whose own pages are no listings (a calendar
# portlet's ``?month=6&year=2024`` on every page) is stopped on sight on any other path; on a listing's
# path, once its variants have also added nothing in 2 x patience pages in a row across the site.
TRAP_KEY_PATHS = 3
# ... or on one such path, once its variants on all paths have added nothing in 2 x patience pages in a row
# (the paths' variants are probed at once: by the third stop, a dozen paths had spent their patience).
# A query key of a path whose pages (2 x patience or more) added something in less than this share
# of them is stale: its combinations with other keys are stopped once its path's variants add nothing.
# So is a worded key set whose pages across the site (KEY_SET_PAGES or more) did so (_spent_key_set).
STALE_KEY_SHARE = 0.25
# A shape that is no shape of articles is stopped after this many times its patience of pages in a row
# that added nothing, however many of its pages added something before.
LONG_STREAK = 3
# A shape whose query has this many keys naming no module, none of whose pages was an article, counts
# its "not found" pages (a filter combination's empty results) against itself.
COMBINED_FILTER_KEYS = 3
# Query key sets whose trap paths, and whose pages in a row that added nothing, are remembered per site.
MAX_TRAP_KEY_SETS = 256
# Query key names remembered as having had a value of digits alone (a page number, an id).
MAX_DIGIT_KEYS = 512
# Pages of one worded query key set across the site before its yield stops it everywhere (_spent_key_set).
KEY_SET_PAGES = 24
# ... or, past KEY_SET_PAGES, this many of its latest pages in a row across the site that added nothing.
KEY_SET_STREAK = 12
MAX_KEY_SET_STREAKS = 4096
# Pages whose blocks are kept to be judged again at the end (the template is not known at first).
RETAINED_PAGES = 3000
_ANCHOR_SALT = 0x5A5A5A5A5A5A5A5
_DIGITS = re.compile(r"\d+")


@dataclass(slots=True)
class ShapeStats:
    """What one URL shape of a site has shown so far."""

    pages: int = 0
    articles: int = 0
    listings: int = 0
    productive: int = 0  # pages that added new text or new links
    new_articles: int = 0  # article pages that added article text new to the site
    text_pages: int = 0  # pages with an undated article's worth of own text in one run
    not_found: int = 0  # soft-404s: pages that say they have nothing
    streak: int = 0  # consecutive pages (the latest ones) that added nothing
    stopped: str | None = None  # why the shape is no longer fetched
    slowed: bool = False
    dropped: int = 0  # requests not made because the shape was stopped
    example: str = ""  # one URL of the shape, for people reading the report
    verdict: str | None = None  # article | listing | page | trap, given by settle()
    # Pages productive only through new links into one other shape, per that shape (bounded): a
    # calendar's day views and month views that link each other are productive only to each other.
    fed_by: dict[str, int] | None = None
    # Pages that showed an article's text first read at another URL with the same ids in it
    # (/news/detail/57 and /News/Detail/57/<slug>): the shape is another spelling of articles.
    id_copies: int = 0
    id_misses: int = 0  # pages fetched after the shape was stopped that were no new article
    combined_missing: int = 0  # soft-404s at a combination of query values (``?tag=a,b``)

    @property
    def text_shape(self) -> bool:
        """Many pages, most of them carrying a substantial text of their own (dated or not)."""
        return self.pages >= UNDATED_PAGES and self.text_pages >= ARTICLE_SHAPE_SHARE * self.pages

    @property
    def article_shape(self) -> bool:
        return self.pages >= 3 and self.articles >= ARTICLE_SHAPE_SHARE * self.pages


@dataclass(slots=True)
class PageRecord:
    """One observed page: enough to judge it again at the end."""

    url: str
    shape: str
    kind: str
    own_chars: int
    blocks: array | None = None  # hashes of its sequence (text blocks and headline links), when retained
    lengths: array | None = None  # lengths; negative for headline links
    dated: array | None = None  # raw hashes of its date lines
    lines: array | None = None  # the same blocks' hashes as in ``blocks``
    # bit 0 not found (title), 1 says not found, 2 root, 3 article marker, 4 published meta, 5 declares an event,
    # 6 types one element of its own as an article (microdata), 7 asks not to be indexed (robots noindex)
    facts: int = 0
    productive: bool = True  # it added new text or links when it was fetched
    fingerprint: int = 0  # hash of the whole sequence: a word-for-word copy of another page has the same
    borrowed: bool = False  # its main text is an item's: under a headline link to another page, or shown elsewhere
    sentence: bool = True  # its main text holds a sentence (SENTENCE_CHARS), not only captions and labels
    teaser: bool = False  # its main text is short and right under a headline link to another page
    headed: bool = False  # its main text hangs under a headline link (a search result, a listing's item)
    head_shape: str | None = None  # the shape that headline link leads into, when it is another's (an
    # excerpt's: that of the template link right above it, when no other is)
    headings: array | None = None  # hashes of its headings that are not links, when retained
    captions: array | None = None  # hashes of its pictures' captions, when retained and it has some
    neighbours: array | None = None  # url_key of its previous/next pages (a post's, a standing page's)
    translations: array | None = None  # url_key of the same page in other languages (hreflang links)
    stamps: array | None = None  # the minute each date line names (0 unread), when retained
    thread_entries: int = 0  # dated entries of its main run, each prose closed by a later date line (a thread's posts)
    canonical: int = 0  # url_key of the address its rel=canonical names, when another than its own
    canonical_link: int = 0  # that address as a link's hash (as new_links counts links), when it asks not to be indexed
    schedule: int = 0  # raw hash of its one date line naming a span of time (an event's schedule), else 0


class Verdict(NamedTuple):
    """What ``SiteModel._judge`` says of one page's blocks."""

    kind: str  # article | listing | page
    main_chars: int  # own characters of the page's main run
    main_run: set[int]  # hashes of the main run's blocks
    borrowed: bool  # the main run hangs under a headline link, or is shown on other pages too
    sentence: bool  # the main run holds a sentence (SENTENCE_CHARS)
    teaser: bool  # the main run is short and right under a headline link to another page: an item's excerpt
    records: bool = False  # the main run is a list of dated records (a listing, unless among articles)
    headed: bool = False  # the main run hangs under a headline link that is not template
    thread_entries: int = 0  # dated entries of the main run, each prose closed by a later date line (a thread)


@dataclass(slots=True)
class Judgement:
    kind: str  # article | listing | page
    own_chars: int  # own text in the page's main run
    novel_chars: int = 0
    new_links: int = 0
    dead_end: bool = False  # says "not found", or repeats an earlier page word for word: links not followed
    self_fed: bool = False  # its new links lead only into shapes of its own query key set, and no new text

    @property
    def productive(self) -> bool:
        return self.novel_chars >= NOVEL_CHARS or self.new_links > 0


def _not_found(facts: int, own: int) -> bool:
    """The page says it has nothing: a "not found" title, or a "not found" line with little else."""
    return bool(facts & 1) or (bool(facts & 2) and own < 200)


def _is_root(url: str) -> bool:
    parts = urlsplit(url)
    if parts.query:
        return False
    segments = [s for s in parts.path.split("/") if s]
    return not segments or (len(segments) == 1 and segments[0].rsplit(".", 1)[0].lower() in ROOT_NAMES)


@dataclass
class SiteModel:
    """Everything learned about one site during a crawl (see the module docstring)."""

    site: str
    patience: int = 6  # pages adding nothing in a row before a shape is stopped (0: never)
    slow_after: int = 5  # ... before its new requests are given the lowest priority
    max_stale: int = 100  # pages of one shape that added nothing, in all, before it is stopped (0: no limit)
    learn_parameters: bool = True  # drop query keys learned to change nothing from links (canonical())
    pages: int = 0
    counts: dict[int, int] = field(default_factory=dict)  # block hash -> pages, for blocks seen twice+
    _seen_once: BloomSet = field(default_factory=BloomSet)
    _article_text: BloomSet = field(default_factory=BloomSet)  # blocks seen as an article's own text
    _shape_text: BloomSet = field(default_factory=BloomSet)  # blocks counted as new on a non-article page
    _shape_once: BloomSet = field(default_factory=BloomSet)  # (shape, block) seen on one page of the shape
    shape_counts: dict[int, int] = field(default_factory=dict)  # (shape, block) -> pages, when 2+
    _links: BloomSet = field(default_factory=BloomSet)  # URLs linked so far
    _untried_offers: Counter[str] = field(default_factory=Counter)  # untried shape -> pages that linked into it
    # found_shape -> those of the pages (not the site's root) that linked its URLs first, MAX_FED_BY of them at
    # most ("" once there were more): where a shape's pages are found (calendar_entry_shapes)
    _found_from: dict[str, set[str]] = field(default_factory=dict)
    _found_urls: Counter[str] = field(default_factory=Counter)  # found_shape -> its URLs noted there
    _found_seen: BloomSet = field(default_factory=BloomSet)  # URLs some page has linked (sitemaps and feeds aside)
    _pages_seen: BloomSet = field(default_factory=BloomSet)  # fingerprints of whole pages
    _queried_copies: BloomSet = field(default_factory=BloomSet)  # (URL without its query, fingerprint)
    _linked_once: BloomSet = field(default_factory=BloomSet)  # URLs linked from one page so far
    link_counts: dict[int, int] = field(default_factory=dict)  # URL hash -> pages linking it, when 2+
    shapes: dict[str, ShapeStats] = field(default_factory=dict)
    records: list[PageRecord] = field(default_factory=list)
    _key_names: dict[str, set[str]] = field(default_factory=dict)  # path shape -> query key names seen
    _open_queries: set[str] = field(default_factory=set)  # paths whose query keys vary without end
    _path_keys: dict[str, Counter[str]] = field(default_factory=dict)  # path -> URLs with each key ("": all)
    _modules: dict[str, set[str]] = field(default_factory=dict)  # path -> its dispatching keys' values seen
    _module_values: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (path, key) -> its values
    _routers: set[tuple[str, str]] = field(default_factory=set)  # (path, key) routing the site (_routed)
    # path -> pages of its query shapes in a row (the latest) that added nothing: sort, view and filter
    # variants each make a shape of their own, too few pages each for its own patience.
    _variant_streak: dict[str, int] = field(default_factory=dict)
    # (path, query key) -> [pages with the key that added something, pages that added nothing]
    _key_yield: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    # query key -> the same, across the site's paths (a decoration added to every page: decoration())
    _site_key_yield: dict[str, list[int]] = field(default_factory=dict)
    _numbered: set[tuple[str, str]] = field(default_factory=set)  # (path, key) seen with a number: ?p=2
    _digit_keys: set[str] = field(default_factory=set)  # query key names seen with a value of digits alone
    # query key set -> paths (no listings) where it was stopped as a trap; its pages in a row, site-wide,
    # that added nothing
    _trap_keys: dict[str, set[str]] = field(default_factory=dict)
    _key_set_streak: Counter[str] = field(default_factory=Counter)
    # keys -> [pages, productive, the latest pages in a row that added nothing], site-wide
    _key_set_yield: dict[str, list[int]] = field(default_factory=dict)
    _spent_sets: dict[str, frozenset[str]] = field(default_factory=dict)  # those of them spent (_spent), their keys
    _article_paths: set[str] = field(default_factory=set)  # paths with a query shape of new articles
    _query_paths: set[tuple[str, str]] = field(default_factory=set)  # (index file or "", key) given paths
    variants: UrlVariants = field(default_factory=UrlVariants)  # URLs that show the same page
    # Paths of the pages fetched, and what links that append one of them to another folder gave
    # (``/gallery/album/news/view/5`` from a sidebar's relative ``news/view/5``): [found, not found].
    _paths: BloomSet = field(default_factory=BloomSet)
    _query_skeletons: BloomSet = field(default_factory=BloomSet)  # (shape, a block without its query's words)
    _relative: list[int] = field(default_factory=lambda: [0, 0])
    sections: SectionLearner = field(default_factory=SectionLearner)  # worded sections: /ประกาศ/*
    _ita_items: BloomSet = field(default_factory=BloomSet)  # URLs the site's ITA/OIT index links as O-items
    _frame_names: set[str] = field(default_factory=set)  # names of the frames the site's framesets show
    _frame_menu: set[int] = field(default_factory=set)  # URL hashes a frame's links open in another frame
    _link_runs: Counter[tuple[str, ...]] = field(default_factory=Counter)  # run -> pages of MENU_WINDOW showing it
    _runs_settled: bool = False  # _link_runs holds the menus only (MENU_WINDOW pages were read)
    # URL -> hashes of the O-item's name as the index writes it ("O1 โครงสร้างหน่วยงาน", "โครงสร้างหน่วยงาน")
    _ita_titles: dict[int, set[int]] = field(default_factory=dict)
    _ita_coded: set[int] = field(default_factory=set)  # hashes of the items' names with their code: "O1 โครงสร้าง…"
    # URLs one O-item of an index links among several pages (O10 ข่าวประชาสัมพันธ์ linking three posts as
    # its evidence): examples of what the item covers, not the item's own page.
    _ita_examples: BloomSet = field(default_factory=BloomSet)
    _article_labels: set[int] = field(default_factory=set)  # blocks of the article template (settle)
    # URL -> (shape, URL) of the first pages that link it by a date (a post's date, linked to its day's archive)
    _date_archives: dict[int, list[tuple[str, int]]] = field(default_factory=dict)
    # (a URL's ids, a block of its main text) of article pages, and the ids of the articles read: see _learn_ids
    _id_texts: BloomSet = field(default_factory=BloomSet)
    _article_ids: BloomSet = field(default_factory=BloomSet)

    # -- template ---------------------------------------------------------------------------
    def _count(self, value: int) -> None:
        if value in self.counts:
            self.counts[value] += 1
        elif not self._seen_once.add(value):  # the second page with it
            self.counts[value] = 2

    def _pages_with(self, value: int) -> int:
        return self.counts.get(value) or (1 if value in self._seen_once else 0)

    def template_threshold(self) -> int:
        return max(TEMPLATE_MIN_PAGES, math.ceil(TEMPLATE_SHARE * self.pages))

    def is_template(self, value: int) -> bool:
        return self._pages_with(value) >= self.template_threshold()

    def _own_date(self, value: int, dated: array) -> bool:
        """A date line of the page's own: not on a quarter of the site's pages, or on this page more
        than once (a post among the "latest news" of every page's sidebar shows its date there and
        in its own header: the sidebar's is template, the other is the post's)."""
        return not self.is_template(value) or dated.count(value) >= 2

    def _is_shape_template(self, value: int, shape_key: str) -> bool:
        """A block on at least half of the pages of its shape (3 or more), and hardly anywhere else: a
        label of the shape's template ("หมวดหมู่ : กิจกรรม | ผู้บันทึก : admin"), not a page's own text.
        The excerpts that the sort and view variants of one listing all show are also on the site's
        other listings: text."""
        stats = self.shapes.get(shape_key)
        if stats is None or stats.pages < 3:
            return False
        count = self.shape_counts.get(_mix(shape_key, value), 0)
        return count >= max(3, stats.pages / 2) and self._pages_with(value) <= count + 1

    # -- shapes ---------------------------------------------------------------------------------
    def key(self, url: str) -> str:
        """The URL's shape on this site. A path seen with more than QUERY_KEY_NAMES query key names
        (``?f1=…``, ``?f2=…``, … one new key a page) is one shape, ``path?*``, for every key set
        with a name seen after that: else every page would be a shape of its own, never judged, and the trap
        endless. Combinations of a few keys (a toolbar's ``&fontsize=``, ``&contrast=`` added to
        any page) keep their shapes: the path's posts among them (crawler trap control stops the
        combinations that add nothing)."""
        url = self._path_in_query(url)
        shape = self.sections.refine(url, url_shape(url))
        path, _, keys = shape.partition("?")
        if not keys:
            return shape
        query = urlsplit(url).query
        pairs = parse_qsl(query)
        numbered = bare_numbered(query)  # ``?item.117``: an id written as the whole query
        digits = list(numbered)
        for name, value in pairs:
            if value.isdigit() or url_shape(f"/{value}") == "/*" and any(c.isdigit() for c in value):
                numbered.append(name)  # a page number, an id or a cursor (?before=e96893)
            if value.isdigit():
                digits.append(name)
        self._numbered.update((path, name) for name in numbered)
        for name in digits:
            if len(self._digit_keys) < MAX_DIGIT_KEYS:
                self._digit_keys.add(name)
        # Key names are counted per module of a front controller (``modules.php?name=News`` apart from
        # ``modules.php?name=Calendar``): all its modules' keys together are many, each module's few.
        key_names = keys.split("&")
        module = self._module(path, set(key_names), pairs)
        collapsed = module + ("&*" if "?" in module else "?*")
        routed = self._routed(path, module) if "?" in module else path
        if routed != path:
            path, shape = routed, f"{routed}?{keys}"
            self._numbered.update((path, name) for name in numbered)
        names = self._key_names.setdefault(module, set())
        if module in self._open_queries:
            # The names seen until the path opened are its vocabulary (Joomla 1.5's ``option=com_content``
            # has 13: article, blog, print view...): their sets keep their shapes, as before it opened; a
            # set with a name past them (the filter's next ``&f14=``) is the one shape.
            return shape if shape in self.shapes or names.issuperset(key_names) else collapsed
        names.update(key_names)
        if len(names) > QUERY_KEY_NAMES:
            self._open_queries.add(module)
        return shape

    def _path_in_query(self, url: str) -> str:
        """``url`` with the path its front controller is given in the query made its path (_path_in_query);
        once a key of the path has given one, its one-word values are paths too (Drupal's ``/?q=บุคลากร``
        beside ``/?q=node/123``: a page of the site's own, ``/บุคลากร``)."""
        virtual, given = _query_path(url, self._query_paths)
        if given is not None and len(self._query_paths) < MAX_DIGIT_KEYS:
            self._query_paths.add(given)
        return virtual

    def _module(self, path: str, names: set[str], pairs: list[tuple[str, str]]) -> str:
        """``path`` and the value of its dispatching keys: the keys nearly every URL of the path has had
        so far (a feed's ``index.php?format=feed`` may lack it), written in words (``name=News``,
        ``option=com_content``), never numbered. Just ``path`` once a path has had MODULES such values
        (a key of free words is no module name)."""
        counts = self._path_keys.setdefault(path, Counter())
        counts[""] += 1  # the path's URLs with a query
        for name in names:
            if name in counts or len(counts) <= MODULE_KEYS:
                counts[name] += 1
        usual = {name for name, n in counts.items() if name and n >= MODULE_KEY_SHARE * counts[""]}
        dispatch = "&".join(
            sorted(
                f"{name}={value}"
                for name, value in pairs
                if name in usual and (path, name) not in self._numbered and _MODULE_NAME.fullmatch(value)
            )
        )
        if not dispatch:
            return path
        modules = self._modules.setdefault(path, set())
        if dispatch not in modules:
            if len(modules) >= MODULES:
                return path
            modules.add(dispatch)
        return f"{path}?{dispatch}"

    def _routed(self, path: str, module: str) -> str:
        """``path`` with the values of those of its dispatching keys (``module``, from _module) that name
        MODULE_ROUTES modules or more: a front controller routing the whole site by one key
        (``index.php?op=dynamiccontent_detail&id=``, ``?op=ita_detail&id=``, ``?op=staff&id=``, ``?op=calendar``,
        …), whose modules are parts of the site as a path's folders are. Not a key of a few views of one thing
        (``method=view|print|list``, a calendar's ``mode=day|week|month|future|past``): their pages are judged
        together. Once a router, always (a shape must not change back and forth)."""
        routes = []
        for pair in module.partition("?")[2].split("&"):
            name, _, value = pair.partition("=")
            values = self._module_values.setdefault((path, name), set())
            if len(values) < MODULES:
                values.add(value)
            if (path, name) in self._routers or len(values) >= MODULE_ROUTES:
                self._routers.add((path, name))  # for good: a shape must not change back and forth
                routes.append(pair)
        return f"{path}/{'&'.join(routes)}" if routes else path

    # -- judging one page ---------------------------------------------------------------------
    def shape(self, url: str, key: str | None = None) -> ShapeStats:
        """The stats of ``url``'s shape, made when there are none. ``key``: its shape as already computed
        (``key()`` learns as it goes: a second call may name the shape otherwise, and a page's record must be
        counted in the stats of the shape it carries)."""
        if key is None:
            key = self.key(url)
        stats = self.shapes.get(key)
        if stats is None:
            stats = self.shapes[key] = ShapeStats(example=url)
        return stats

    def observe(self, url: str, evidence: PageEvidence, links: list[str]) -> Judgement:
        """Learn from one HTML page and judge it. ``links``: the in-scope URLs it links to."""
        links = [visit_free(link) for link in links]  # as they are requested: no session or tracking ids
        self.pages += 1
        self.sections.learn([url, *links], source=url)
        shape_key = self.key(url)
        stats = self.shape(url, shape_key)
        for value in {v ^ _ANCHOR_SALT if t is not None else v for v, _, t in evidence.sequence}:
            self._count(value)  # pages with the block, not occurrences: four captions are one page
        for value in set(evidence.dated_blocks):
            self._count(value)
        for value in {v for v, _, t in evidence.sequence if t is None}:
            key = _mix(shape_key, value)
            if key in self.shape_counts:
                self.shape_counts[key] += 1
            elif not self._shape_once.add(key):
                self.shape_counts[key] = 2
        facts = (
            int(evidence.not_found)
            | int(evidence.says_not_found) << 1
            | int(_is_root(url)) << 2
            | int(evidence.article_markers > 0) << 3
            | int(evidence.published_meta) << 4
            | int(evidence.event_marker) << 5
            | int(evidence.typed_article) << 6
            | int(evidence.withheld) << 7
        )
        blocks = array("q", (v ^ _ANCHOR_SALT if t is not None else v for v, _, t in evidence.sequence))
        lengths = array("l", (-n if t is not None else n for _, n, t in evidence.sequence))
        dated = array("q", evidence.dated_blocks)
        lines = array("q", evidence.date_lines)
        date_lines = set(evidence.date_lines)
        headings = array("q", evidence.headings)
        captions = array("q", evidence.captions)
        stamps = array("q", evidence.date_stamps)
        verdict = self._judge(
            blocks, lengths, dated, lines, facts, shape_key, headings, stamps=stamps, captions=captions
        )
        kind, own, main_run = verdict.kind, verdict.main_chars, verdict.main_run
        judgement = Judgement(kind, own)
        # The page's words, links or not: /procurement?page=1 repeats /procurement, whose link to itself is text.
        # The blocks' hashes already abstract their dates and numbers: the sequence's bytes are hashed as
        # they are (block_hash ran its date patterns over the hex of every page: 0.37 ms a page).
        fingerprint = raw_hash(array("q", (v for v, _, _ in evidence.sequence)).tobytes().hex())
        repeated = not self._pages_seen.add(fingerprint)
        path_url, _, query = url.partition("#")[0].partition("?")
        if query:
            self._queried_copies.add(_mix(path_url, fingerprint))
        elif repeated and _mix(path_url, fingerprint) in self._queried_copies:
            # The plain URL of a page first seen with a key added (/news/x?authuser=1 before /news/x):
            # the plain one is the page's own address, and its links (plain too) lead to the posts.
            repeated = False
        not_found = _not_found(facts, own)
        # Evidence of keys that change nothing: articles of their own, not one item's excerpt under its
        # headline link (a filtered listing showing one post looks the same in every sort order).
        own_article = kind == "article" and not not_found and not verdict.headed
        self.variants.learn_page(url, fingerprint, article=own_article)
        judgement.dead_end = repeated or not_found
        if self._relative_copy(url):
            self._relative[1 if not_found else 0] += 1
        self._paths.add(raw_hash(urlsplit(url).path))
        # What the page adds: article text new to the site, or text new to pages of its shape. Not the
        # blocks that spell the URL's own query (a search's "results for ..."): the link said that already.
        echoes = set(evidence.echoes)
        # Nor a block that another page of the shape showed with other query words in it (a search's
        # 'ผลการค้นหาสำหรับ "ภาษี ขยะ" (0 รายการ)' after '... "ภาษี ประปา" ...'): the page's template.
        for value, skeleton in evidence.query_skeletons:
            if not self._query_skeletons.add(_mix(shape_key, skeleton)):
                echoes.add(value)
        # The shape the headline link over the main run leads into, when it is another's (settle() reads it).
        head, under = (
            self._head_shapes(evidence, main_run, date_lines)
            if verdict.headed or verdict.teaser or kind == "article"
            else (None, None)
        )
        if head == shape_key:
            head = None
        # An "article" that is one item's excerpt under its headline link to a post of another shape (a
        # date archive's month showing one post) adds no article text: the post's page holds it.
        excerpt = kind == "article" and verdict.teaser and self.into_articles(head, shape_key)
        for value, length in zip(blocks, lengths, strict=True):
            if length <= 0 or excerpt or self.is_template(value) or value in echoes:
                continue
            if kind == "article":
                if value in main_run and self._article_text.add(value):
                    judgement.novel_chars += length
            elif value not in date_lines and self._pages_with(value) == 1 and self._shape_text.add(value):
                # On no other page of the site so far; a calendar day's own date heading is no news.
                judgement.novel_chars += length
        if kind != "article" and judgement.novel_chars < NOVEL_SHARE * own_text(self, blocks, lengths):
            judgement.novel_chars = 0  # a variant of a listing with one new teaser in it adds nothing
        links = list(links)
        if kind == "article" and main_run:
            # The main text's longest block stands for it: the run's edges move as the template is learned.
            longest = max((n, v) for v, n in zip(blocks, lengths, strict=True) if v in main_run)[1]
            self.variants.learn_article(url, longest)
        self._learn_ids(url, stats, kind, judgement.productive, blocks, lengths, main_run)
        credited: set[str] = set()
        # A dead end's links are not followed (crawler.spiders.municipal): they add nothing, and a later
        # page that links them is the one that brings them.
        judgement.new_links = 0 if judgement.dead_end else self.new_links(shape_key, links, credited, page_url=url)
        own_keys = shape_key.partition("?")[2]
        judgement.self_fed = (
            bool(own_keys)
            and judgement.novel_chars < NOVEL_CHARS
            and all(target.partition("?")[2] == own_keys for target in credited)
        )
        if judgement.new_links and judgement.novel_chars < NOVEL_CHARS and len(credited) == 1:
            fed = stats.fed_by
            if fed is None:
                fed = stats.fed_by = {}
            target_key = next(iter(credited))
            if target_key in fed or len(fed) < MAX_FED_BY:
                fed[target_key] = fed.get(target_key, 0) + 1
        if len(self._date_archives) < MAX_DATE_ARCHIVES:
            for target in evidence.date_links:
                # A month's archive is linked from every page: a few pages of each linking shape are kept.
                sources = self._date_archives.setdefault(raw_hash(target), [])
                same_shape = sum(shape == shape_key for shape, _ in sources)
                if len(sources) < DATE_ARCHIVE_SOURCES and same_shape < 2:
                    sources.append((shape_key, raw_hash(url)))
        self._count_links(links)
        self._learn_frames(evidence)
        self._learn_runs(evidence)
        self._record(
            url,
            shape_key,
            stats,
            judgement,
            blocks,
            lengths,
            dated,
            lines,
            facts,
            fingerprint,
            verdict.borrowed,
            verdict.teaser,
        )
        self.records[-1].teaser = verdict.teaser
        if self.records[-1].dated is not None:  # retained
            self.records[-1].stamps = stamps
        if verdict.headed:
            self.records[-1].head_shape = head
        elif verdict.teaser or kind == "article":
            # An excerpt right under a link the template has too (a recent post, in every page's sidebar):
            # where that link leads says where the text is at home (settlement; not a headline of the page).
            # So may a longer one (a day's archive showing the latest post's first paragraph, _same_texts).
            self.records[-1].head_shape = under if under != shape_key else None
        if evidence.neighbours:
            self.records[-1].neighbours = array("q", (url_key(u) for u in evidence.neighbours))
        if evidence.translations:
            self.records[-1].translations = array("q", (url_key(u) for u in evidence.translations))
        if evidence.canonical:
            canonical = url_key(evidence.canonical)
            if canonical != url_key(url):
                self.records[-1].canonical = canonical
                if evidence.withheld:  # whether any page links that address is asked at settlement (unlinked)
                    self.records[-1].canonical_link = raw_hash(self.canonical(evidence.canonical))
        if self.records[-1].blocks is not None:
            self.records[-1].headings = headings
            self.records[-1].captions = captions or None
        if len(set(evidence.schedules)) == 1:  # several: a list of events, or a programme of one day
            self.records[-1].schedule = evidence.schedules[0]
        return judgement

    def into_articles(self, head: str | None, shape: str) -> bool:
        """``head``, the shape a page's main run hangs under a headline link into, is another shape
        than the page's own (``shape``) and one of articles: the run is an item's excerpt under its
        post's link."""
        stats = self.shapes.get(head) if head is not None and head != shape else None
        return stats is not None and stats.article_shape

    def _head_shapes(
        self, evidence: PageEvidence, main_run: set[int], date_lines: AbstractSet[int]
    ) -> tuple[str | None, str | None]:
        """(the shape of the last headline link not of the template before the main run, that one or,
        when there is none, the shape of the last headline link before it), in one walk. A link with
        text of the page's own between it and the main run heads that text, not the main run (a search
        page's "sort by date" link over "พบ 1 รายการ", above its one result under the post's link)."""
        target = last = None
        for value, _, shape in evidence.sequence:
            if shape is not None:
                last = shape
                if not self.is_template(value ^ _ANCHOR_SALT):
                    target = shape
            elif value in main_run:
                break
            elif value not in date_lines and not self.is_template(value):
                target = None
        return target, target if target is not None else last

    def _learn_ids(
        self, url: str, stats: ShapeStats, kind: str, productive: bool, blocks: array, lengths: array, main_run: set
    ) -> None:
        """Learn which shapes spell articles by their ids (DUST): a page whose longest texts are an
        article's, read at another URL with the same ids (``/th/news/detail/57`` and
        ``/th/News/Detail/57/<slug>``), is a copy of it, and its shape another spelling of articles. Such
        a shape's pages add no new text once the articles were read under their other spellings, but its
        links to ids never read are still the only way to those posts (see stopped())."""
        if stats.stopped:
            stats.id_misses += not (kind == "article" and productive)
        ids = _url_ids(url)
        if not ids:
            return
        texts = heapq.nlargest(
            ID_TEXTS, ((n, v) for v, n in zip(blocks, lengths, strict=True) if n > 0 and not self.is_template(v))
        )
        # Each id on its own: the spellings of one post need not name the same set of numbers
        # (DNN's ``Default.aspx?tabid=56&ArticleID=1211`` and ``/<tab>/ArticleID/1211/<slug>.aspx``).
        if kind == "article" and main_run:
            copy = False
            for _, value in texts:
                if value in main_run:
                    for one in ids:
                        copy |= not self._id_texts.add(_mix(one, value))
        else:
            copy = any(_mix(one, value) in self._id_texts for _, value in texts for one in ids)
        if copy:
            stats.id_copies += 1
        if kind == "article" or copy:
            for one in ids:
                self._article_ids.add(hash(one))

    def _unread_id(self, url: str, stats: ShapeStats) -> bool:
        """A stopped shape that is another spelling of articles (ID_COPIES pages showed one) still
        gives the URLs whose ids no article was read under, while those keep being new articles."""
        if stats.id_copies < ID_COPIES or stats.id_misses >= max(self.patience, 1):
            return False
        return any(hash(one) not in self._article_ids for one in _url_ids(url))

    def note_not_html(self, url: str) -> None:
        """A URL that answered with something other than a page (an iCalendar export, a document
        without a file extension): its shape gets a page that added nothing, so links to further
        URLs of the shape (each month's ``?ical=1``) are no longer new links worth following."""
        self.shape(url).pages += 1

    def note_ita_items(self, items: Iterable[tuple[str, str, str]]) -> None:
        """(URL, code, title) of the items the site's own ITA/OIT index links (O1 … O50): catalogue
        entries, whatever template and metadata they are published with (settle() reads this). ``items``:
        what one index page links; an item that links several pages there links examples of what it
        covers (the posts of O10 ข่าวประชาสัมพันธ์), which keep their own kind."""
        items = list(items)
        pages_of: dict[str, set[int]] = {}
        for url, code, _ in items:
            pages_of.setdefault(code.lower(), set()).add(url_key(url))
        for keys in pages_of.values() if len(pages_of) >= ITA_INDEX_CODES else ():
            if len(keys) >= 2:
                for key in keys:
                    self._ita_examples.add(key)
        for url, code, title in items:
            key = url_key(url)
            self._ita_items.add(key)
            if len(self._ita_titles) < MAX_ITA_TITLES:
                title = " ".join(title.split())
                coded = {block_hash(f"{code.upper()} {title}"), block_hash(f"{code} {title}")}
                self._ita_titles.setdefault(key, set()).update({block_hash(title), *coded})
                self._ita_coded.update(coded)

    def canonical(self, url: str) -> str:
        """``url`` as the site's pages showed its page to be addressed (crawler.url_variants): without
        query keys and index files learned to change nothing, unless learning them is switched off."""
        return self.variants.canonical(url) if self.learn_parameters else url

    def _count_links(self, links: Iterable[str]) -> None:
        for value in {raw_hash(link) for link in links}:
            if value in self.link_counts:
                self.link_counts[value] += 1
            elif not self._linked_once.add(value):
                self.link_counts[value] = 2

    def template_linked(self, url: str) -> bool:
        """True when most pages link ``url`` (a menu entry, a section of the site), or a frame of the
        site's frameset links it into another frame (its menu frame, fetched once, shown on every page)."""
        value = raw_hash(url)
        return self.link_counts.get(value, 0) >= self.template_threshold() or value in self._frame_menu

    def _learn_runs(self, evidence: PageEvidence) -> None:
        """Count the page's runs of links while the site's first pages are read; then keep only the
        menus (see _menu_counts), so a site keeps no listing's row of titles."""
        if self.pages <= MENU_WINDOW:
            self._link_runs.update(set(evidence.link_runs))
        if self.pages == MENU_WINDOW:
            self._link_runs = self._menu_counts()
            self._runs_settled = True

    def _menu_run_pages(self) -> int:
        return max(MENU_RUN_PAGES, math.ceil(MENU_RUN_SHARE * min(self.pages, MENU_WINDOW)))

    def _menu_counts(self) -> Counter[tuple[str, ...]]:
        """The runs shown on enough of the first pages, each cut to its links that most pages have: a page's
        own language switch in its menu row (``?lang=en`` of the page itself), a link with the session id of
        that response (``;jsessionid=``) are no part of the menu, and made every page's run another."""
        counts: Counter[tuple[str, ...]] = Counter()
        for run, pages in self._link_runs.items():
            menu = tuple(url for url in run if self.template_linked(visit_free(url)))
            if len(menu) >= LINK_RUN_MIN:
                counts[menu] += pages
        least = self._menu_run_pages()
        return Counter({run: pages for run, pages in counts.items() if pages >= least})

    def unlinked(self, link_hash: int) -> bool:
        """No page, sitemap or feed read so far linked the address whose hash (as new_links counts it) this is."""
        return link_hash not in self._links

    def menu_runs(self) -> list[tuple[str, ...]]:
        """The runs of links shown on most of the site's first pages: its menus (their addresses)."""
        return list(self._link_runs if self._runs_settled else self._menu_counts())

    def _learn_frames(self, evidence: PageEvidence) -> None:
        """Remember the frames' names and the links that open in one of them (bounded)."""
        if len(self._frame_names) < MAX_FRAME_NAMES:
            self._frame_names.update(evidence.frame_names)
        for url, target in evidence.targeted_links:
            if target in self._frame_names and len(self._frame_menu) < MAX_FRAME_MENU:
                self._frame_menu.add(raw_hash(url))

    def new_links(
        self, shape_key: str, links: Iterable[str], credited: set[str] | None = None, page_url: str | None = None
    ) -> int:
        """How many of ``links`` (from a page of shape ``shape_key``) are new and worth following: a
        link counts when it leads to another shape, not tried yet or one whose pages pay off (two trap
        shapes, sort variants with and without a page number, do not feed each other; a sitemap index
        that only links the next index of its own shape adds nothing; nor do links to variants of the
        page itself: its path with a query key added or removed, the sort, view and filter links of a
        listing, which lead to the same items again). A shape not tried yet counts on the first
        ``UNTRIED_OFFERS`` pages that link into it only. ``credited``, when given, receives the shapes
        the counted links lead into. ``page_url``: the page's own address, which a link's query may carry
        as a return address (``DispForm.aspx?ID=5&Source=<this view>``): such a link is new only for the
        rest of what it names."""
        count = 0
        own = own_addresses(page_url) if page_url else None
        here = urlsplit(page_url) if page_url else None
        # Where links are first found, by found_shape: a learned key of the same URL changes as the site is
        # learned (``/*/*.html`` before ``/กิจกรรม/*.html``).
        found_from = found_shape(page_url) if page_url is not None and not _is_root(page_url) else None
        untried: set[str] = set()
        if credited is None:
            credited = set()
        for link in links:
            # With its digits (?id=5 and ?id=6 are two links), as it is requested (keys learned to change
            # nothing left out: a list item linked from each view with the view's URL is one link).
            form = self.canonical(link)
            value = raw_hash(without_return_address(form, own) if own else form)
            if here is not None and self._found_seen.add(value):
                # A sitemap or a feed lists every post and event alike: only pages say where links are found.
                self._note_found(found_shape(link), found_from)  # its own shape too: a post links the next
            if self._links.add(value):
                if here is not None and flags_of(here, link):
                    continue  # the page itself with a flag on or off (``?edit=``): nothing new
                shown = without_carried_filter(here, form, self._digit_keys) if here is not None else None
                if shown is not None and raw_hash(self.canonical(shown)) in self._links:
                    continue  # a page linked already, with this page's own filter carried to it
                target_key = self.key(link)
                target = self.shapes.get(target_key)
                if target_key == shape_key or _variant(shape_key, target_key) or self._sibling(shape_key, target_key):
                    continue
                if target is None:
                    if self._untried_offers[target_key] < UNTRIED_OFFERS:
                        untried.add(target_key)
                        count += 1
                        credited.add(target_key)
                elif (
                    not target.stopped
                    and not target.slowed
                    and target.productive - (target.fed_by.get(shape_key, 0) if target.fed_by else 0)
                    >= 0.5 * target.pages
                ):
                    # Never into a stopped shape: its links are not followed (it may have no page). Nor
                    # into a shape whose pages paid off mostly by linking back into this one.
                    count += 1
                    credited.add(target_key)
        self._untried_offers.update(untried)
        return count

    def _note_found(self, target_key: str, source_key: str | None) -> None:
        """A URL of ``target_key`` first linked from a page of ``source_key`` (None: the site's root, whose
        links are counted, not noted: an "upcoming events" box on the home page links posts and events)."""
        sources = self._found_from.get(target_key)
        if sources is None:
            if len(self._found_from) >= MAX_KEY_SET_STREAKS:
                return
            sources = self._found_from[target_key] = set()
        self._found_urls[target_key] += 1
        if source_key is None or "" in sources or source_key in sources:
            return
        if len(sources) >= MAX_FED_BY:
            sources.clear()
            sources.add("")  # found from many shapes: no calendar's entries
        else:
            sources.add(source_key)

    def calendar_entry_shapes(self) -> tuple[set[str], set[str]]:
        """(found_shapes whose URLs were all first linked from a calendar, found_shapes some of whose URLs were), the
        site's root aside. A calendar is a shape whose addresses name a month or a day and whose pages mostly
        added nothing, ``/events/?year=2567&month=6`` (months without events, or stopped as a trap), with
        that shape's page without its query, ``/events/``. The first set are the calendar's entries (events),
        not the site's posts, which its listings and the posts themselves link; the second, shapes the
        calendar leads into, events or not (the page without the query may be any page of a generic shape,
        ``/*.html``). A yearly or monthly archive of posts is no calendar: each of its pages brings posts."""
        calendars: set[str] = set()
        for stats in self.shapes.values():
            # (Not "no shape of articles": a calendar's month views, each an event's text, may read as
            # articles until the site is settled.)
            if (
                stats.example
                and stats.pages >= 2
                and stats.productive < 0.5 * stats.pages
                and _names_a_month(stats.example)
            ):
                calendars.add(found_shape(stats.example))
                front = stats.example.partition("?")[0]
                front_stats = self.shapes.get(self.key(front))
                if front_stats is None or not front_stats.article_shape:
                    # Not a post's own address: a calendar portlet's month added to every post (Plone's
                    # ``?month=6&year=2024``) makes no calendar of the posts.
                    calendars.add(found_shape(front))
        entries, linked = set(), set()
        for key, sources in self._found_from.items():
            if key in calendars or not sources:
                continue
            if "" not in sources and sources <= calendars and self._found_urls[key] >= 2:
                entries.add(key)
            if sources & calendars:
                linked.add(key)
        return entries, linked

    def _sibling(self, shape: str, other: str) -> bool:
        """``other`` combines query keys with ``shape``, sharing a key that is no number or id, on the
        same path or one differing in a single segment (``/th/news?page&sort``, ``/th/news?sort&year``
        and ``/en/news?sort``: a listing's sort and filter links combined, and its twin's in another
        language). Not ``?cat&page`` and ``?cat&id`` (a category's pager and its posts)."""
        path, _, keys = shape.partition("?")
        other_path, _, other_keys = other.partition("?")
        if not keys or not other_keys or not _one_segment_apart(path, other_path):
            return False
        shared = set(keys.split("&")) & set(other_keys.split("&"))
        return any("=" not in key and (path, key) not in self._numbered for key in shared)

    def _judge(
        self,
        blocks: array,
        lengths: array,
        dated: array,
        lines: array,
        facts: int,
        shape_key: str,
        headings: Iterable[int] = (),
        shape_verdict: bool = True,
        chained: bool = False,
        stamps: array | None = None,
        captions: Iterable[int] = (),
        owned: AbstractSet[int] | None = None,
    ) -> Verdict:
        """What one page is, from its blocks; ``shape_verdict``: an undated page of a shape of
        articles is one (settle() decides by family); ``chained``: the page links a previous or next
        page as a post does (its main run may then be its own text, not the longest excerpt);
        ``stamps``: the minute each date line names, 0 when unread (``Verdict.thread_entries`` needs them);
        ``captions``: the blocks that are a picture's caption (no sentence of the page's own);
        ``owned``: at settlement, the blocks of the articles' main runs (as first judged)."""
        stats = self.shapes.get(shape_key) if shape_verdict else None
        stats = stats or ShapeStats()
        date_lines = set(lines)
        # Runs of own text, split at every headline link (template or not): a listing's text is cut
        # into one run per item, an article's body is one run. Date lines and the labels of the
        # shape's template are not text of the page's own.
        runs: list[tuple[int, set[int]]] = [(0, set())]
        run_heads: list[bool] = [False]  # the run follows a headline link that is not template
        run_dates: list[int] = [0]  # date lines among the run's blocks
        # Date lines each closing own text since the one before: entries of a webboard thread or a
        # comment list (text, then "โดย : … วันที่ 16/08/2566 10:20"), not a body that names dates.
        run_entries: list[int] = [0]
        text_since_date = False
        # ... of which those a conversation writes: text that is not only a heading (a title over its
        # date line, then the body closed by a "last updated" line, is one entry), closed by a date
        # later than the run's dates before it (a notice's "ประกาศ ณ วันที่" is no later than its date).
        run_replies: list[int] = [0]
        run_latest: list[int] = [0]  # the latest minute of the run's own date lines so far (0: none read)
        prose_since_date = False
        # A reply under its own dated header ("ความคิดเห็นที่ 1 โดย : admin [13/05/2567 09:15]", then its text)
        # is one more when it ends the run: the date line opening it is later than the run's dates before it,
        # and a sentence of prose follows it (not a post's "last updated" line over its tags).
        opened_later = False
        prose_chars = 0
        run_titled: list[bool] = [False]  # a heading of the page's own (not a link) opens the run
        run_kept_title: list[bool] = [False]  # the run before, titled and without text, ended at a template link
        heading_set = set(headings)
        caption_set = set(captions)
        dated_index = 0
        run_unique: list[int] = [0]  # characters of the run found on no other page of the site
        run_rare: list[int] = [0]  # ... on one other page at most (the page's own copy, a comment-reply view)
        run_longest: list[int] = [0]  # the run's longest block: a sentence, or only labels and captions
        items: set[int] = set()  # headline links that are not template
        headed: set[int] = set()  # headline links own text follows: a listing's items with their excerpts
        last_link: int | None = None
        links_in_row = 0  # headline links right before this block, with nothing between them
        for value, length in zip(blocks, lengths, strict=True):
            if length < 0:
                template = self.is_template(value)
                if not template:
                    items.add(value)
                # A template link between a heading and its text (the post's category) keeps the title: the run
                # before holds that heading and no text.
                run_kept_title.append(template and run_longest[-1] == 0 and (run_titled[-1] or run_kept_title[-1]))
                run_replies[-1] += opened_later and prose_chars >= SENTENCE_CHARS
                opened_later = False
                runs.append((0, set()))
                run_heads.append(not template)
                run_dates.append(0)
                run_entries.append(0)
                run_replies.append(0)
                run_latest.append(0)
                run_titled.append(False)
                run_unique.append(0)
                run_rare.append(0)
                run_longest.append(0)
                if not (template and links_in_row == 1):
                    # An item's headline link keeps the text that follows past one template link right
                    # under it (its category's link on every page, as Joomla's blogs write it).
                    last_link = value
                links_in_row += 1
                continue
            links_in_row = 0
            if value in date_lines:
                # ``dated`` holds the date lines' text with its digits, in page order: a date that is
                # on every page (today's, in the header) is template; a notice's own date is not.
                if dated_index < len(dated) and self._own_date(dated[dated_index], dated):
                    run_dates[-1] += 1
                    run_entries[-1] += text_since_date
                    text_since_date = False
                    stamp = stamps[dated_index] if stamps is not None and dated_index < len(stamps) else 0
                    run_replies[-1] += prose_since_date and stamp > run_latest[-1]
                    prose_since_date = False
                    opened_later, prose_chars = 0 < run_latest[-1] < stamp, 0
                    run_latest[-1] = max(run_latest[-1], stamp)
                dated_index += 1
            if value in heading_set and not self.is_template(value) and run_longest[-1] < SENTENCE_CHARS:
                run_titled[-1] = True  # a heading above the run's text (one below it heads what follows)
            if (
                self.is_template(value)
                or value in date_lines
                or value in self._article_labels
                or self._is_shape_template(value, shape_key)
            ):
                continue
            if last_link is not None:
                headed.add(last_link)
                last_link = None
            text_since_date = True
            if value not in heading_set:
                prose_since_date = True
                prose_chars += length
            chars, members = runs[-1]
            if value not in members:  # a caption repeating the title counts once
                members.add(value)
                runs[-1] = (chars + length, members)
                pages_with = self._pages_with(value)
                if pages_with <= 1:
                    run_unique[-1] += length
                if pages_with <= 2:
                    run_rare[-1] += length
                if value not in heading_set and value not in caption_set:
                    # A headline over photos says nothing of its own, nor do the photos' captions.
                    run_longest[-1] = max(run_longest[-1], length)
        run_replies[-1] += opened_later and prose_chars >= SENTENCE_CHARS
        own = sum(chars for chars, _ in runs)
        main_index = max(range(len(runs)), key=lambda i: runs[i][0])
        own_run = False  # the main run is the page's own text, whether its largest or not
        if chained and not shape_verdict and run_unique[main_index] < 0.5 * runs[main_index][0]:
            titled = [a or b for a, b in zip(run_titled, run_kept_title, strict=True)]
            chosen = self._own_run(run_heads, titled, run_dates, run_rare)
            if chosen is not None:
                own_run = True
                main_index = chosen
                run_titled[main_index] = titled[main_index]  # under its title: no item's excerpt
        main_chars, main_run = runs[main_index]
        main_headed = run_heads[main_index]
        if (
            owned is not None
            and not own_run
            and not main_headed
            and (run_titled[main_index] or run_kept_title[main_index])
            and run_dates[main_index]
            and run_longest[main_index] >= SENTENCE_CHARS
            and 2 * self._unowned_chars(blocks, lengths, main_run, owned) >= main_chars
        ):
            # Under its own title and date, text mostly in no article's main text: the page's own, though it
            # is shown elsewhere too (a one-sentence photo post whose sentence search results show, above
            # longer excerpts of related posts; its photo credit line is on other posts too).
            own_run = True
            run_titled[main_index] = True
        borrowed = not own_run and (main_headed or run_unique[main_index] < 0.5 * main_chars)
        # The excerpt of one item: short text right under a headline link to another page (a tag page
        # that shows one post), with no heading of its own. An article's body may follow a link too (a
        # menu or sidebar first in the page, a "previous post" link above it), under its own title.
        # (Every run but the first follows a headline link, template or not.)
        teaser = main_index > 0 and not run_titled[main_index] and main_chars < UNDATED_ARTICLE_CHARS
        # An article says something: one block of its main text is a sentence, not only a title over
        # photo captions and labels (a photo album).
        sentence = run_longest[main_index] >= SENTENCE_CHARS

        replies = run_replies[main_index]

        def verdict(kind: str, records: bool = False) -> Verdict:
            return Verdict(kind, main_chars, main_run, borrowed, sentence, teaser, records, main_headed, replies)

        if _not_found(facts, own):
            return verdict("page")
        # A metadata marker (og:type=article, JSON-LD Article, the page's one element typed as an article)
        # raises confidence in the largest run: related-post excerpts under a short post, or a post's
        # paragraphs below a link that ends its first one, do not make it a listing.
        share = LISTING_RUN_SHARE / 2 if facts & 72 else LISTING_RUN_SHARE
        # A listing: items with their own excerpts, none of which dominates; or links with little text.
        # (Bare links before the template is known, a menu on the first pages, are not items with text.)
        if (
            len(headed) >= LISTING_ITEMS
            and main_chars < share * own
            # Which text is on no other page is known only once the site is (at settlement).
            and (shape_verdict or not (own_run or self._own_main_run(run_unique, main_index, main_headed)))
        ) or (len(items | headed) >= LISTING_ITEMS and own < ARTICLE_CHARS):
            return verdict("listing")
        if facts & 4:  # the site's home page
            kind = "listing" if len(items | headed) >= LISTING_ITEMS else "page"
            return verdict(kind)
        dates = run_dates[main_index]
        if not dates and not (run_titled[main_index] or run_kept_title[main_index]):
            # Or one dated record a run, each under its link (a category's table of notices: title link,
            # date, hits), beside an untitled, undated description (a post's related posts, each dated,
            # are beside its own date; a post's title and date over its category's template link still
            # head its text: Bitrix's sidebar of the latest news, each dated, under the template share
            # in some crawls).
            dates = sum(1 for i in range(1, len(runs)) if i != main_index and run_dates[i])
        entries = run_entries[main_index]
        if entries >= RECORD_ENTRIES and main_chars < RECORD_CHARS_PER_DATE * entries:
            dates = max(dates, RECORD_DATES)  # short dated entries, each its own text: a thread, records
        if dates >= RECORD_DATES and main_chars < RECORD_CHARS_PER_DATE * dates and not stats.article_shape:
            # A post that publishes such a table, among posts of its shape, stays one (settle()).
            return verdict("listing", records=True)
        if main_chars >= ARTICLE_CHARS and sentence:
            if _literal(shape_key):  # /contact.html, /about/: a section of the site, unless it says it was published
                return verdict("article" if facts & 16 else "page")
            has_date = facts & 16 or any(self._own_date(v, dated) for v in dated)
            if has_date or stats.article_shape or (stats.text_shape and main_chars >= UNDATED_ARTICLE_CHARS):
                return verdict("article")
        return verdict("page")

    def _ita_item(self, ita_key: int) -> bool:
        """The site's ITA/OIT index links the URL as an O-item's own page (not as one of its examples)."""
        return ita_key in self._ita_items and ita_key not in self._ita_examples

    def _headed_as_ita_item(self, record: PageRecord, ita_key: int) -> bool:
        """The page's heading is the name the site's ITA/OIT index gives the item linking to it (a news
        post that an O-item links as its evidence keeps its own headline). ``ita_key``: its URL's url_key."""
        names = self._ita_titles.get(ita_key)
        return bool(names and record.headings and names.intersection(record.headings))

    def _named_as_ita_item(self, record: PageRecord) -> bool:
        """The page's heading is an ITA/OIT item's name with its code, as the site's index writes it
        ("O1 โครงสร้างหน่วยงาน"), wherever the page is: the item's print view, another spelling of it."""
        return bool(self._ita_coded and record.headings and self._ita_coded.intersection(record.headings))

    @staticmethod
    def _own_run(
        run_heads: list[bool], run_titled: list[bool], run_dates: list[int], run_rare: list[int]
    ) -> int | None:
        """The run that is the page's own when its largest is text shown elsewhere: a post followed by
        related posts' excerpts, each longer than the post itself. Its own run is under a heading of its
        own (not a link), with its own date, and holds most of the text found on this page and at most
        one other (its own copy, a comment-reply view; the excerpts are on the site's listings and other
        posts too). None if it has none."""
        candidates = [i for i in range(len(run_heads)) if not run_heads[i] and run_titled[i] and run_dates[i]]
        if not candidates:
            return None
        best = max(candidates, key=lambda i: run_rare[i])
        return best if SiteModel._own_main_run(run_rare, best, False) else None

    @staticmethod
    def _unowned_chars(blocks: array, lengths: array, run: set[int], owned: AbstractSet[int]) -> int:
        """Characters of the run's blocks that are in none of ``owned``."""
        return sum(n for value, n in zip(blocks, lengths, strict=True) if n > 0 and value in run and value not in owned)

    @staticmethod
    def _own_main_run(run_unique: list[int], main_index: int, main_headed: bool) -> bool:
        """True when the text found on this page only is the main run's: a post followed by excerpts of
        related posts (shown on the site's listings too) is an article, though the excerpts outweigh it.
        A listing's excerpts are either all its own (none dominates) or all shown elsewhere too."""
        main = run_unique[main_index]
        return not main_headed and main >= ARTICLE_CHARS and main >= LISTING_RUN_SHARE * sum(run_unique)

    def _record(
        self,
        url: str,
        shape_key: str,
        stats: ShapeStats,
        judgement: Judgement,
        blocks: array,
        lengths: array,
        dated: array,
        lines: array,
        facts: int,
        fingerprint: int = 0,
        borrowed: bool = False,
        teaser: bool = False,
    ) -> None:
        self._charge(url, shape_key, stats, judgement, facts, teaser)
        retained = len(self.records) < RETAINED_PAGES
        self.records.append(
            PageRecord(
                url,
                shape_key,
                judgement.kind,
                judgement.own_chars,
                blocks if retained else None,
                lengths if retained else None,
                dated if retained else None,
                lines if retained else None,
                facts,
                judgement.productive,
                fingerprint,
                borrowed,
            )
        )

    def _charge(
        self, url: str, shape_key: str, stats: ShapeStats, judgement: Judgement, facts: int, teaser: bool
    ) -> None:
        """Count one page of the shape, productive or not, and stop or slow the shape on the evidence."""
        stats.pages += 1
        stats.articles += judgement.kind == "article"
        stats.listings += judgement.kind == "listing"
        stats.text_pages += judgement.kind != "listing" and judgement.own_chars >= UNDATED_ARTICLE_CHARS
        not_found = _not_found(facts, judgement.own_chars)
        empty_filters = not stats.new_articles and _combined_filters(shape_key)
        # An empty combination of values (MODX's ``?tag=ประปา,สภาเทศบาล``: each tag's page links every
        # pair with it, most pairs no post at all) says as much of its shape as an empty combination of keys.
        combined = not_found and combines_values(url)
        if not_found:
            # "Not found": its links are not followed (a dead end), so such pages come only from
            # links of other pages; they neither prove nor disprove the shape. But a combination of
            # filters that never showed an article (a year x category x sort listing, empty for most
            # years) is shown a trap by its empty pages as much as by its repeated ones.
            stats.not_found += 1
            stats.combined_missing += combined
            if empty_filters or combined:
                stats.streak += 1
        elif judgement.productive:
            stats.productive += 1
            # One item's excerpt under its link (a filter showing one post) is no article of the shape's
            # own: the post's page has that text, and the filter's other values would all look like posts.
            stats.new_articles += judgement.kind == "article" and not teaser
            if stats.new_articles == 1 and len(self._article_paths) < MAX_KEY_SET_STREAKS:
                self._article_paths.add(shape_key.partition("?")[0])
            stats.streak = 0
        else:
            stats.streak += 1
        path, _, keys = shape_key.partition("?")
        if keys and not not_found:
            productive = judgement.productive
            self._variant_streak[path] = 0 if productive else self._variant_streak.get(path, 0) + 1
            if productive:
                self._key_set_streak.pop(keys, None)
            elif keys in self._key_set_streak or len(self._key_set_streak) < MAX_KEY_SET_STREAKS:
                self._key_set_streak[keys] += 1
            self._count_key_set(keys, productive and not judgement.self_fed)  # not a filter's links to its values
            for key in keys.split("&"):
                self._key_yield.setdefault((path, _key_family(key)), [0, 0])[0 if productive else 1] += 1
                site_yield = self._site_key_yield.get(key)
                if site_yield is None and len(self._site_key_yield) < MAX_KEY_SET_STREAKS:
                    site_yield = self._site_key_yield[key] = [0, 0]
                if site_yield is not None:
                    site_yield[0 if productive else 1] += 1
        # A shape of articles, with print views or category aliases of them in between: its unproductive
        # pages are copies, its productive ones the archive. It is never slowed or stopped.
        articles_shape = (
            stats.new_articles >= ARTICLES_KEEP_SHAPE and stats.new_articles >= ARTICLES_KEEP_SHARE * stats.pages
        )
        if articles_shape:
            stats.streak = 0
        stats.slowed = bool(self.patience) and stats.streak >= self.slow_after
        judged_pages = stats.pages - (0 if empty_filters else stats.not_found - stats.combined_missing)
        if self.patience and stats.stopped is None and not articles_shape:
            if stats.streak >= self.patience and stats.productive < 0.5 * judged_pages:
                stats.stopped = f"{stats.streak} pages in a row added no new text or links"
            elif judged_pages >= 2 * self.patience and stats.productive < 0.25 * judged_pages:
                # a few lucky pages must not keep a trap going: most of its pages add nothing
                stats.stopped = f"only {stats.productive} of {judged_pages} pages added new text or links"
            elif stats.streak >= LONG_STREAK * self.patience:
                # nor does a productive start keep going a shape that has long stopped adding anything
                stats.stopped = f"{stats.streak} pages in a row added no new text or links"
        if stats.stopped and keys and path not in self._trap_keys.get(keys, ()) and self._plain_page_path(path):
            self._note_trap_keys(path, keys)
        if (
            self.max_stale
            and stats.stopped is None
            and not articles_shape
            and judged_pages - stats.productive >= self.max_stale
            and stats.productive < 0.5 * judged_pages
        ):
            stats.stopped = f"{stats.pages - stats.productive} pages added no new text or links"

    # -- what the spider asks -------------------------------------------------------------------
    def stopped(self, url: str) -> ShapeStats | None:
        """The shape's stats when ``url``'s shape is stopped, else None."""
        key = self.key(url)
        stats = self.shapes.get(key)
        if stats is not None and stats.stopped:
            return None if self._unread_id(url, stats) else stats
        if self._relative[1] >= RELATIVE_EVIDENCE and not self._relative[0] and self._relative_copy(url):
            # Counted and reported apart: the URL's own shape may be one of real pages.
            found = self.shapes.get(RELATIVE_COPIES)
            if found is None:
                found = self.shapes[RELATIVE_COPIES] = ShapeStats(example=url)
                found.stopped = f"paths that end in another page's path: {self._relative[1]} said not found"
            return found
        if self._trap_elsewhere(key, stats):
            stats = stats or self.shape(url, key)
            keys = key.partition("?")[2]
            paths = len(self._trap_keys[keys])
            stats.stopped = f"its query keys were a trap on {paths} other paths whose pages are no listings"
            if paths < TRAP_KEY_PATHS:
                stats.stopped += f", and added nothing in {self._key_set_streak[keys]} pages in a row"
            return stats
        spent_keys = self._spent_key_set(key, stats)
        if spent_keys is not None:
            stats = stats or self.shape(url, key)
            pages, productive, streak = self._key_set_yield[spent_keys]
            stats.stopped = (
                f"its query keys ({spent_keys}) added new text or links in {productive} of {pages} pages"
                f" across the site, none of the last {streak}"
            )
            return stats
        if self._stale_combination(key, stats):
            stats = stats or self.shape(url, key)
            streak = self._variant_streak[key.partition("?")[0]]
            stats.stopped = f"{streak} pages of its path's query variants in a row added nothing; it combines them"
            return stats
        decoration = self.decoration(url, stats)
        if decoration is not None:
            stats = stats or self.shape(url, key)
            productive, unproductive = self._site_key_yield[decoration]
            stats.stopped = (
                f"its query key {decoration} added new text or links in {productive} of"
                f" {productive + unproductive} pages across the site, and its address without it is linked"
            )
            return stats
        return None

    def decoration(self, url: str, stats: ShapeStats | None = None) -> str | None:
        """A query key of ``url`` that is a decoration added to the site's pages (a mini calendar's month,
        ``&cal=2567-08``, appended to whatever address the page has, again and again): its pages across
        the site, 2 x patience or more, added something in under a STALE_KEY_SHARE of them, it was never
        a value of digits alone (a page number or an id: a post read first under another spelling adds
        nothing, and its own links may be the only way to the rest), and the address without it is one a
        page links. The key, or None."""
        parts = urlsplit(url)
        if not self.patience or not parts.query or (stats is not None and stats.new_articles):
            return None
        pairs = parts.query.split("&")
        names = [unquote_plus(pair.partition("=")[0]) for pair in pairs]
        for name in set(names):
            found = self._site_key_yield.get(name)
            if found is None or name in self._digit_keys:
                continue
            if not self._mostly_idle(*found):
                continue
            # As the page's links write it: the other pairs as they are, in their order.
            rest = "&".join(pair for pair, other in zip(pairs, names, strict=True) if other != name)
            plain = urlunsplit(parts._replace(query=rest, fragment=""))
            if raw_hash(self.canonical(plain)) in self._links:
                return name
        return None

    def _relative_copy(self, url: str) -> bool:
        """The URL's path is a page's path fetched before, with other folders in front of it: what a
        relative link (``news/view/5`` with no leading slash) makes of that page on every other folder.
        The path a front controller's twin adds to (``/index.php/news/view/5``) is no other folder."""
        segments = urlsplit(url).path.split("/")
        return any(
            raw_hash("/" + "/".join(segments[k:])) in self._paths
            for k in range(2, len(segments) - 1)
            if any(segment and not is_index_file(segment) for segment in segments[1:k])
        )

    def _note_trap_keys(self, path: str, keys: str) -> None:
        """``path?keys`` was stopped as a trap, and ``path``'s own pages (fetched) are no listings."""
        paths = self._trap_keys.get(keys)
        if paths is None:
            if len(self._trap_keys) >= MAX_TRAP_KEY_SETS:
                return
            paths = self._trap_keys[keys] = set()
        if len(paths) < TRAP_KEY_PATHS:
            paths.add(path)

    def _plain_page_path(self, path: str) -> bool:
        """Pages were fetched at ``path`` itself, without a query, and they are no listings: what a
        decoration's keys are added to (a list form's ``DispForm.aspx?ID=5&Source=…``, whose path shows
        nothing alone, is not one)."""
        stats = self.shapes.get(path)
        return stats is not None and stats.pages > 0 and not self._listing_path(path)

    def _listing_path(self, path: str) -> bool:
        """The pages at ``path`` itself, without a query, are mostly listings."""
        stats = self.shapes.get(path)
        return stats is not None and stats.listings >= 0.5 * stats.pages > 0

    def _trap_elsewhere(self, key: str, stats: ShapeStats | None) -> bool:
        """A query key set stopped as a trap on TRAP_KEY_PATHS paths whose pages are no listings,
        added to another path: the same decoration (a calendar portlet's month links on every page,
        a session or tracking id), not yet productive there. On a listing's path (``?page`` may be its
        pagination) only once the key set's variants have added nothing in 2 x patience pages in a row."""
        path, _, keys = key.partition("?")
        if not self.patience or not keys or not self._trap_keys.get(keys):
            return False
        if stats is not None and stats.productive:
            return False
        stale = self._key_set_streak[keys] >= 2 * self.patience
        if len(self._trap_keys[keys]) < TRAP_KEY_PATHS and not stale:
            return False
        return stale or not self._listing_path(path)

    def _count_key_set(self, keys: str, added: bool) -> None:
        """One more page of the query key set ``keys`` across the site, which ``added`` something or not;
        and of its worded keys, when some of its keys are numbered (``?order&page&sort`` is also a page of
        the sort ``?order&sort``, wherever it is combined)."""
        worded = self._worded_part(keys)
        if worded and worded != keys:
            self._count_one_key_set(worded, added)
        self._count_one_key_set(keys, added)

    def _count_one_key_set(self, keys: str, added: bool) -> None:
        spent = self._key_set_yield.get(keys)
        if spent is None and len(self._key_set_yield) < MAX_KEY_SET_STREAKS:
            spent = self._key_set_yield[keys] = [0, 0, 0]
        if spent is not None:
            spent[0] += 1
            spent[1] += added
            spent[2] = 0 if added else spent[2] + 1
            if _spent(spent):
                self._spent_sets[keys] = frozenset(keys.split("&"))
            else:
                self._spent_sets.pop(keys, None)

    def note_redirect_copy(self, url: str) -> None:
        """``url`` redirected to a page this crawl had already fetched: a page of its query key set that
        added nothing (Odoo answers each tag pair under a date filter with a redirect to the pair's other
        order). Its shape is not charged: an alias shape's other links may lead to pages not yet read."""
        keys = self.key(url).partition("?")[2]
        if keys and keys != "*" and self.patience:
            self._count_key_set(keys, False)

    def note_redirect_into_trap(self, url: str) -> None:
        """``url`` redirected to a URL of a shape stopped as a trap (EE's search action ``?ACT=41&keywords=``
        answers each query with a redirect to its results page): a page of its shape that added nothing,
        so a redirect source's shape is stopped as its target's was, instead of costing a request for
        every link into it."""
        self._charge_redirect(url, None, Judgement("page", 0))

    def note_redirect_judged(self, url: str, page_url: str, judgement: Judgement) -> None:
        """``url`` redirected to ``page_url``, judged ``judgement``: a page of ``url``'s shape that added what
        that page added, so a shape of redirects (EE's search action ``?ACT=41&keywords=``, each query
        redirected to its results page) stops as its targets do. Not a redirect within its shape (a post's
        old address to its new one)."""
        self._charge_redirect(url, page_url, Judgement("page", 0, judgement.novel_chars, judgement.new_links))

    def _charge_redirect(self, url: str, page_url: str | None, added: Judgement) -> None:
        """Charge ``url``'s shape a page that added what ``added`` says, unless ``url`` is the site's root or
        ``page_url`` (where it redirected, when given) is of the same shape."""
        if not self.patience or _is_root(url):
            return
        key = self.key(url)
        if page_url is None or key != self.key(page_url):
            self._charge(url, key, self.shape(url, key), added, 0, False)

    def _spent_key_set(self, key: str, stats: ShapeStats | None) -> str | None:
        """A worded query key set (no key ever a number: a date range, a sort, a search, not ``?page=2``
        nor ``?id=7``) whose pages across the whole site, KEY_SET_PAGES or more, added something in fewer
        than a quarter of them: one filter added to every listing of the site (Odoo's
        ``?date_begin=&date_end=`` on each blog, tag and tag pair, in two languages), each path's shape too
        short-lived to be stopped by its own pages. So is the set combined with other keys, numbered or not
        (Umbraco's sort bar ``?sort&order`` kept by the pager, the page-size menu and the tag links:
        ``?order&page&sort``, ``?order&pageSize&sort&tag``): a re-ordering of a page that is crawled
        unsorted. Not a shape whose pages brought new articles (two or more, a quarter of its pages: one
        month of a date filter showing one post whole is no shape of posts). The spent key set, or None."""
        keys = key.partition("?")[2]
        if not self.patience or not keys or keys == "*" or (stats is not None and _brings_articles(stats)):
            return None
        spent = self._key_set_yield.get(keys)
        if spent is not None and _spent(spent) and self._worded(keys):
            return keys
        # Not on a path whose query shapes hold posts (``index.php?cat=news&id=5`` beside its listings):
        # a shape of posts not read yet may combine the spent keys with an id.
        if self._spent_sets and key.partition("?")[0] not in self._article_paths:
            mine = set(keys.split("&"))
            for spent_keys, members in self._spent_sets.items():
                if members < mine and self._worded(spent_keys):
                    return spent_keys
        return None

    def _worded(self, keys: str) -> bool:
        """No key of the set was ever seen with digits alone as its value (no page number, no id)."""
        return not any(key in self._digit_keys for key in keys.split("&"))

    def _stale_combination(self, key: str, stats: ShapeStats | None) -> bool:
        """A shape that adds query keys to another query shape of its path (``?sort&view`` to ``?sort``,
        ``?before&sort`` to ``?before``), keys whose pages (2 or more) never added anything, none of
        whose own pages added anything, on a path whose query variants have added nothing in
        ``patience`` pages in a row: the combinations of a listing's sort, view and filter links, each
        a shape of its own, would each be given the patience of a shape. A key not yet proven to add
        nothing (``&detail=`` added to ``?page=news``: the posts) keeps its shape open."""
        path, _, keys = key.partition("?")
        if not self.patience or not keys or keys == "*":
            return False
        if self._variant_streak.get(path, 0) < self.patience or (stats is not None and stats.productive):
            return False
        mine = set(keys.split("&"))
        # Keys every one of which is stale on the path: filters of its bare page (``/event?type=1``,
        # ``/event?tags=[5]``), one shape per key or combination of them.
        if all(self._stale_key(path, key) for key in mine):
            return True
        for other in (k.partition("?")[2] for k in self.shapes if k.partition("?")[0] == path):
            subset = set(other.split("&")) if other and other != "*" else set()
            if subset and subset < mine and all(self._stale_key(path, added) for added in mine - subset):
                return True
        return False

    def _stale_key(self, path: str, key: str) -> bool:
        """A query key of ``path`` whose pages never added anything. Not a key with numbers or ids
        (``?p=2``, ``?id=7``, a cursor ``?before=e96893``): the next page of one section
        (``?page=news&p=2``) says nothing of another's."""
        productive, unproductive = self._key_yield.get((path, _key_family(key)), (0, 0))
        if productive or (path, key) in self._numbered:
            # A numbered filter (``&field_fiscal_year_value=2567``, ``&type=2``) must show it in twice a shape's
            # patience: no page number nor id does. And a few lucky pages (a sort order showing posts before
            # the pager reaches them, a first page's links into the site's sections) must not keep every
            # combination with the key open.
            return self._mostly_idle(productive, unproductive)
        return unproductive >= 2

    def _mostly_idle(self, productive: int, unproductive: int) -> bool:
        """Pages of a query key, twice a shape's patience or more, under a STALE_KEY_SHARE of which added
        something."""
        pages = productive + unproductive
        return pages >= 2 * self.patience and productive < STALE_KEY_SHARE * pages

    def worded_keys(self, shape_key: str) -> str | None:
        """The query keys of a URL shape (``key(url)``) that were never seen with digits alone as their value (a
        sort, a date range, a filter: not ``?page=2`` nor ``?id=7``), as the site-wide key-set counts name them;
        None when it has none."""
        keys = shape_key.partition("?")[2]
        if not self.patience or not keys or keys == "*":
            return None
        return self._worded_part(keys) or None

    def _worded_part(self, keys: str) -> str:
        """The keys of a key set (``a&b&c``) never seen with digits alone as their value, as a key set."""
        return "&".join(key for key in keys.split("&") if key not in self._digit_keys)

    def keys_on_probation(self, worded: str) -> bool:
        """The worded key set's pages across the site have not yet shown it pays off: fewer than two added
        something, or under half of them did. A filter carried to every listing of the site (a date range on
        each tag, a sort bar on each section) is a shape on each path, each with requests of its own in
        flight: its pages are fetched a few at a time across the site until they show what they add."""
        pages, productive, _ = self._key_set_yield.get(worded, (0, 0, 0))
        return productive < 2 or productive < 0.5 * pages

    def slowed(self, url: str) -> bool:
        stats = self.shapes.get(self.key(url))
        return stats is not None and stats.slowed

    # -- the end of the site ----------------------------------------------------------------------
    def _article_template(self) -> set[int]:
        """Blocks on a TEMPLATE_SHARE of the article pages of one shape (ARTICLE_LABEL_PAGES or
        more): the labels of the article layout (a comment form's instructions, "บทความที่เกี่ยวข้อง").
        On a site whose listings far outnumber its posts they are under the site-wide template
        share, and on a page with no text of its own (a photo album) they would be taken for its
        text. Counted within a shape: a short post's whole text is on its listings and home page
        too, but on one page of its shape; and by the different posts they stand beside (their
        headings, else their longest block)."""
        articles: list[tuple[PageRecord, list[tuple[int, int]]]] = []  # (record, its text blocks: (length, hash))
        for record in self.records:
            if record.kind == "article" and record.blocks is not None and record.lengths is not None:
                articles.append((record, [(n, v) for v, n in zip(record.blocks, record.lengths, strict=True) if n > 0]))
        pages = Counter(record.shape for record, _ in articles)

        def needed(shape: str) -> float:
            return max(ARTICLE_LABEL_PAGES, TEMPLATE_SHARE * pages[shape])

        # First the pages each block is on; only the blocks on enough of them are then counted by post
        # (no more posts than pages), so that a set is kept for few blocks, not for every block.
        counts: Counter[tuple[str, int]] = Counter()
        for record, blocks in articles:
            counts.update({(record.shape, v) for _, v in blocks})
        frequent = {key for key, n in counts.items() if n >= needed(key[0])}
        beside: dict[tuple[str, int], set[int]] = {}  # (shape, block) -> the posts it is on
        for record, blocks in articles:
            # A label stands beside different posts: copies of one post (PHP-Nuke's comment-display
            # variants of a story) repeat its text on many pages of their shape, always under its title.
            # A post is told by its headings above its text (its title), else by its longest block: not by one
            # below it (WordPress's "ตอบกลับไปยัง <name>" over the comment form names another comment on each
            # ``?replytocom=`` copy of the post).
            title = _headings_above_text(record, blocks)
            post = hash(title) if title else (max(blocks)[1] if blocks else 0)
            for _, value in blocks:
                if (record.shape, value) in frequent:
                    beside.setdefault((record.shape, value), set()).add(post)
        return {value for (shape, value), posts in beside.items() if len(posts) >= needed(shape)}

    def _date_archive(self, record: PageRecord, kinds: dict[int, str]) -> bool:
        """True when an article of another shape links ``record``'s page by a date: a post whose date
        leads to the archive of its day (a listing, though it shows one post in full). A listing's
        dates that link its items are not counted: the linking page must be judged an article."""
        sources = self._date_archives.get(raw_hash(record.url), ())
        return any(shape != record.shape and kinds.get(url) == "article" for shape, url in sources)

    def _reshape(self) -> None:
        """Move the pages fetched before a section of theirs was learned (the first post of
        ``/news/news-2563/`` came before the links that show ``news-2563`` to be a section) into
        the shape their URL has now, so a shape's pages are judged together."""
        for record in self.records:
            shape = self.key(record.url)
            if shape == record.shape:
                continue
            old, new = self.shapes.get(record.shape), self.shapes.get(shape)
            if old is None or old.stopped or new is None:
                continue  # a trap's pages stay where they were stopped; no shape is made here
            old.pages -= 1
            new.pages += 1
            if record.productive:
                old.productive -= 1
                new.productive += 1
            if not old.pages:
                del self.shapes[record.shape]
            record.shape = shape

    def settle(self) -> dict[str, str]:
        """Judge every retained page again with what is now known of the site, recount the shapes and
        give each its verdict (crawler.settle_rules). Returns {url: kind} for pages whose kind changed."""
        from crawler.settle_rules import settle  # the rules need the model's types: imported here

        return settle(self)


def own_text(model: SiteModel, blocks: array, lengths: array) -> int:
    """Characters of a page's text blocks that are not the site's template."""
    return sum(n for v, n in zip(blocks, lengths, strict=True) if n > 0 and not model.is_template(v))


# A year (Gregorian or Buddhist era), alone or with its month and day: 2567, 2024-05, 202405, 20240115, 2024/05.
_YEAR = r"(?:19|2[0-6])\d\d"
_YEAR_MONTH = re.compile(rf"(?:^|[=/&-]){_YEAR}[-/]?(?:0[1-9]|1[0-2])(?:[-/]?[0-3]\d)?(?=$|[&/#])")
_YEAR_VALUE = re.compile(rf"^{_YEAR}$")


def found_shape(url: str) -> str:
    """The URL's url_shape with its first path segment as written when it holds no digit (``/กิจกรรม/*.html``
    beside ``/ข่าวประชาสัมพันธ์/*.html``, ``/กิจกรรม.html?month``): a site's sections apart without learning
    them, for a fact noted from the first pages on (where links are first found)."""
    shape = url_shape(url)
    segments = urlsplit(url).path.split("/")
    path, mark, query = shape.partition("?")
    abstract = path.split("/")
    first = unquote(segments[1]) if len(segments) >= 2 else ""
    if not first or any(c.isdigit() for c in first) or len(abstract) != len(segments):
        return shape
    abstract[1] = first
    return "/".join(abstract) + mark + query


def _names_a_month(url: str) -> bool:
    """The URL names a month (or a day) of a year: ``?month=2024-05``, ``?year=2567&month=6``, ``?day=20240115``,
    ``/calendar/month/2024/05``: a calendar's page, or a monthly archive's. A year alone (a yearly archive, a
    section ``/ข่าว-ปี-2568``) is no calendar."""
    parts = urlsplit(url)
    if _YEAR_MONTH.search(parts.query) or _YEAR_MONTH.search(parts.path):
        return True
    values = [value for _, value in parse_qsl(parts.query)]
    return any(_YEAR_VALUE.match(v) for v in values) and any(v.isdigit() and 1 <= int(v) <= 12 for v in values)


def _variant(shape: str, other: str) -> bool:
    """True when ``other`` is ``shape``'s path with query keys added or removed (one keeps all of the
    other's keys): ``/news?sort`` and ``/news?sort&view``, ``/news?before&sort``. Not ``/news`` and
    ``/news?page``: the first page of a listing and its next pages differ in what they list."""
    path, _, keys = shape.partition("?")
    other_path, _, other_keys = other.partition("?")
    if path != other_path or not keys or not other_keys:
        return False
    mine, theirs = set(keys.split("&")), set(other_keys.split("&"))
    return mine <= theirs or theirs <= mine


def _key_family(key: str) -> str:
    """A query key's name with its numbers left out: SharePoint's ``FilterField3`` is one more of
    ``FilterField1`` and ``FilterField2`` (a list view's filter chain adds one at each level), Drupal's
    ``f[2]`` of ``f[0]``; what their pages added is counted together."""
    return _DIGITS.sub("#", key) if any(c.isdigit() for c in key) else key


def _brings_articles(stats: ShapeStats) -> bool:
    """The shape's pages brought new articles: two or more, and a quarter of its pages or more."""
    return stats.new_articles >= 2 and stats.new_articles >= STALE_KEY_SHARE * stats.pages


def _spent(pages_productive: list[int]) -> bool:
    """A key set's [pages, productive, streak] across the site: KEY_SET_PAGES or more, under a STALE_KEY_SHARE
    of them productive, or the latest KEY_SET_STREAK of them in a row unproductive (a date filter that showed
    months of posts not read yet early in the crawl, and nothing new since: Odoo's ``?date_begin&date_end``
    kept its share over a quarter for 57 pages)."""
    pages, productive, streak = pages_productive
    return pages >= KEY_SET_PAGES and (productive < STALE_KEY_SHARE * pages or streak >= KEY_SET_STREAK)


def _one_segment_apart(path: str, other: str) -> bool:
    """The two paths are one, or have as many segments and differ in one."""
    if path == other:
        return True
    mine, theirs = path.split("/"), other.split("/")
    return len(mine) == len(theirs) and sum(a != b for a, b in zip(mine, theirs, strict=True)) == 1


def _combined_filters(shape: str) -> bool:
    """The shape's query has three keys or more that name no module (``?year&sort_by&sort_order``):
    filters combined. Not ``?id&type`` (a board's posts, some of whose ids say "not found"), nor
    ``?option=com_content&view=article&id``."""
    keys = shape.partition("?")[2]
    return keys != "*" and sum("=" not in key for key in keys.split("&") if key) >= COMBINED_FILTER_KEYS


def url_key(url: str) -> int:
    """One hash for a URL however its link wrote it (Thai or percent-encoded, keys in any order)."""
    try:
        return raw_hash(canonicalize_url(url))
    except ValueError:
        return raw_hash(url)


def _literal(shape: str) -> bool:
    """A shape with nothing abstracted (no id, date, slug or query): one page, a section of the site."""
    return bool(shape) and not any(c in shape for c in "0*?")


# A one-word value of a key that gives paths: a page's name (``บุคลากร``, ``ita-2567``, ``sitemap``), no number.
_WORD_PATH = re.compile(r"[^\s/?#&=:]*[^\W\d_][^\s/?#&=:]*")


def _path_in_query(url: str) -> str:
    """``url`` with the path a front controller is given in its query made its path: Drupal without clean
    URLs serves the whole site from ``/?q=node/123`` and ``/index.php?q=<alias>``, Yii from
    ``index.php?r=news/view``, so every page would be one shape of ``/?q``. A value is such a path when it
    holds a slash and names no address of its own (not ``/th/news``, ``http://…``: a return address); the
    site's root or an index file (``/index.php/node/123`` is the same page's path-info form). Other keys stay."""
    return _query_path(url)[0]


def _query_path(url: str, given: AbstractSet[tuple[str, str]] = frozenset()) -> tuple[str, tuple[str, str] | None]:
    """(``url`` with its query's path made its path, (index file or "", the key that gave it)), or (``url``,
    None). A value with a slash (see _path_in_query) first; else the one-word value of a key in ``given``."""
    parts = urlsplit(url)
    if not parts.query or (not given and "/" not in parts.query and "%2f" not in parts.query.lower()):
        return url, None
    folder, _, name = parts.path.rpartition("/")
    if name and not is_index_file(name):
        return url, None
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    index = next((i for i, (_, value) in enumerate(pairs) if _given_path(value)), None)
    if index is None:
        index = next(
            (i for i, (key, value) in enumerate(pairs) if (name, key) in given and _WORD_PATH.fullmatch(value)), None
        )
    if index is None:
        return url, None
    key, value = pairs[index]
    rest = urlencode(pairs[:index] + pairs[index + 1 :])
    path = f"{folder}/{name}/{value}" if name else f"{folder}/{value}"
    return f"{parts.scheme}://{parts.netloc}{quote(path)}" + (f"?{rest}" if rest else ""), (name, key)


def _given_path(value: str) -> bool:
    """A query value that is a path (``node/123``), not an address of its own (``/th/news``, ``http://…``)."""
    return "/" in value and not value.startswith("/") and "://" not in value and " " not in value


# A query value that is an id and its alias after a colon: Joomla's ``id=201:2018-01-15-03-05-50``.
_ID_ALIAS = re.compile(r"^(\d+):.")


def _url_ids(url: str) -> list[str]:
    """The ids a URL names: its path segments and query values that are numbers (``/News/Detail/57/<slug>``
    and ``/news/detail/57`` both name ``57``; a slug's year does not count), and a query value's number before
    a colon (``?id=57:<alias>`` names ``57``, as ``?id=57`` does). Empty when it names none."""
    parts = urlsplit(_path_in_query(url))
    ids = [segment for segment in parts.path.split("/") if segment.isdigit()]
    for _, value in parse_qsl(parts.query):
        if value.isdigit():
            ids.append(value)
        elif found := _ID_ALIAS.match(value):
            ids.append(found.group(1))
    return ids


def _mix(shape_key: str, value: int) -> int:
    """One hash for a (shape, block) pair, stable within the process."""
    return hash((shape_key, value)) & 0x7FFFFFFFFFFFFFFF


def _headings_above_text(record: PageRecord, blocks: list[tuple[int, int]]) -> tuple[int, ...]:
    """The page's headings before its longest block of text that is no heading, sorted (its title); all
    of them when every block is one. ``blocks``: its text blocks as (length, hash), in page order."""
    headings = set(record.headings or ())
    body = [at for at, (_, value) in enumerate(blocks) if value not in headings]
    end = max(body, key=lambda at: blocks[at][0]) if body else len(blocks)  # the first of the longest
    return tuple(sorted({value for _, value in blocks[:end] if value in headings}))

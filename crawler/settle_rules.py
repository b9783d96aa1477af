"""How a site is settled once it is known (``SiteModel.settle``): every retained page judged again
with the whole site's template, its shapes recounted, and the rules that need the whole site applied:
families of article shapes, copies of a text at several addresses, menu entries, catalogues of stubs,
transparency items, the further pages of a section, and the verdict of each shape.

What the rules read is what crawler.site_model learned while the crawl went: the pages it retained
(PageRecord), their shapes (ShapeStats), the site's template and its ITA/OIT index.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import combinations
from typing import TypeAlias
from urllib.parse import urlsplit

from crawler.page_evidence import raw_hash
from crawler.site_model import (
    _ANCHOR_SALT,
    ARTICLE_CHARS,
    ARTICLE_SHAPE_SHARE,
    EVENT_SHAPE_PAGES,
    MENU_POSTS,
    ROOT_NAMES,
    SETTLE_MIN_PAGES,
    STUB_SHAPE_PAGES,
    STUB_SHARE,
    STUB_SITE_ARTICLES,
    UNDATED_ARTICLE_CHARS,
    UNDATED_PAGES,
    PageRecord,
    SiteModel,
    Verdict,
    _literal,
    found_shape,
    url_key,
)
from crawler.url_variants import carries_address
from pipelines.urls import visit_free

#: A page judged again: (record, kind, the hashes of its main run).
Judged: TypeAlias = tuple[PageRecord, str, AbstractSet[int]]
#: The main run of a page not retained (most of a large site's): one shared empty set, not one each
#: (100,000 empty sets were 21 MB of the crawl process's peak at spider close).
NO_RUN: frozenset[int] = frozenset()
#: A shape is one of discussions when this many of its pages, and ARTICLE_SHAPE_SHARE of them, show
#: DISCUSSION_ENTRIES dated entries or more (a question closed by its asker's date line, then the
#: replies, each closed by its own): a webboard's threads, which read like short posts.
DISCUSSION_PAGES = 3
#: Articles of its family that make a page listing dated records a post among posts, not a list beside a
#: few pages of text (two copies of about pages with ``&lang=th`` beside a news list's ``&lang=th``).
RECORD_POSTS = 3
DISCUSSION_ENTRIES = 2


def settle(model: SiteModel) -> dict[str, str]:
    """Judge every retained page again with what is now known of the site, recount the shapes
    and give each its verdict. Returns {url: kind} for pages whose kind changed.

    Once the template is known: an undated page of substantial own text in a *family* of
    article shapes (shapes that differ only in their last segment, most of whose pages are
    articles) is an article; a page of a shape whose pages mostly added nothing, and
    whose main text is already an article elsewhere on the site, is a copy (a monthly archive
    showing the month's only post), not an article. A site seen through fewer than
    SETTLE_MIN_PAGES pages (an incremental recrawl) keeps the judgements it was given.
    """
    model._reshape()
    model._article_labels = model._article_template()
    site = _learn_site(model)
    judged = site.judged
    changed: dict[str, str] = {}
    mature = model.pages >= SETTLE_MIN_PAGES
    as_copy: set[int] = set()  # articles taken for the copy of another page's text
    catalogued: set[int] = set()  # articles that are entries of the site's ITA index, menu or a catalogue
    before = [record.kind for record, _, _ in judged]
    for index, (record, _, _) in enumerate(judged):
        kind, roles = _judge_again(site, index)
        if COPY in roles:
            as_copy.add(index)
        if ENTRY in roles:
            catalogued.add(index)
        # Until the site is known well enough, an article is never taken back (a recrawl sees few pages).
        if kind != record.kind and (mature or record.kind != "article"):
            changed[record.url] = kind
            record.kind = kind
    # Only retained pages have a main run, so only they show another's text (``same_text``): the rules
    # that need a page's index from its record look them up (a map of every page held 9 MB at 100,000).
    position = {id(record): index for index, (record, _, _) in enumerate(judged) if record.blocks is not None}
    entries: set[int] = set()
    if mature:
        standing = _standing_pages(site)
        for index in standing:
            changed[judged[index][0].url] = judged[index][0].kind = "page"
            catalogued.add(index)
        # An entry of the menu is none at the addresses that show its text and whose text it shows (its
        # other spellings), not where a page shows it among others (a feed of the latest posts the menu
        # links, read as one long "article"): those are the posts'.
        entries = _menu_entries(site, set(standing))
        for index in entries | _mutual_copies(site, entries, position):
            changed[judged[index][0].url] = judged[index][0].kind = "page"

    def entry(record: PageRecord) -> bool:  # of the site's menu, or of a catalogue of stubs
        return record.shape in site.stubs or (record.shape in site.menu_like and model.template_linked(record.url))

    _keep_copied_texts(
        model,
        judged,
        site.same_text,
        as_copy,
        before,
        changed,
        site.shape_kinds,
        entry,
        position,
        site.in_context,
        site.frames,
    )
    # A copy of an entry of the site's ITA index, menu or a catalogue (the printer view of an ITA
    # item or an about page) is none either. Not a copy of a page that is no article only by its
    # shape (a post's ``?authuser=0`` spelling among further pages of a section): the post stays.
    for index, others in site.same_text.items():
        record = judged[index][0]
        if (
            record.kind == "article"
            and mature
            # Not the entry at this page's own address with keys added (a post's ``&cal=`` spelling, taken
            # for a webboard thread in a shape of such spellings, each a post with its comments): that is
            # a view of this page, not the page a view of an entry.
            and any(position[id(other)] in catalogued and not _keys_added(record.url, other.url) for other in others)
        ):
            changed[record.url] = record.kind = "page"
    # Nor is the entry itself at its address with keys added, where more than its text surrounds it
    # (``/event/view/31?lang=en``: English labels around the same Thai text, not 80 % the entry's), or
    # where its text goes on (``articles.php?article_id=1&rowstart=1``, an about page's second page).
    if mature:
        for record in _views_of(site, ((judged[index][0].url, None) for index in catalogued | entries)):
            changed[record.url] = record.kind = "page"
        # And another view of a page that is no article, whose main text is mostly that page's (a standing
        # page's print view, ``/about/history?tmpl=component&print=1&layout=default``, dated where the page
        # is not).
        pages = ((record.url, run) for record, _, run in judged if record.kind == "page" and run)
        for record in _views_of(site, pages):
            changed[record.url] = record.kind = "page"
        # And an "article" showing a menu entry's main text and little else (a page of the site's own that
        # every page links, judged no article), at another address: its print view (``print.php?page.5`` of
        # ``page.php?5``), never read as an article beside it because the entry was never one.
        for record in _entry_copies(site):
            changed[record.url] = record.kind = "page"
    # A text read at its address with a decoration added (``&cal=2567-08``, the sidebar calendar's month,
    # known to be one only after some such pages were read) is at home at the address without it, and is
    # what that page is: a copy of an article, or a listing's further page (a post's second page of
    # comments, ``&c_start=10``, counted among the comment listing's pages).
    for index, others in site.same_text.items() if mature else ():
        record = judged[index][0]
        plain = _decorated_copy(model, record, others) if record.kind == "article" else None
        if plain is None:
            plain = _plain_address(model, record, others)
        if plain is not None:
            changed[record.url] = record.kind = "page" if plain.kind == "article" else plain.kind
    # A text that is a search or filter page's frame is no article at any of its addresses.
    for index in site.frames:
        record = judged[index][0]
        if record.kind == "article" and mature:
            changed[record.url] = record.kind = "page"
    if mature:
        _among_listings(judged, changed)
        # A page settled a listing only now (among its shape's listings) says so of its keys-added copies too
        # (Drupal's ``?q=comment/reply/164&mini=2024-05``, the mini calendar's month added: read before the post,
        # the first to show its text, it had stayed an article beside ``?q=comment/reply/164``).
        for index, others in site.same_text.items():
            record = judged[index][0]
            if (plain := _plain_address(model, record, others)) is not None:
                changed[record.url] = record.kind = plain.kind
        _as_their_canonical(site, changed)
    _shape_verdicts(model)
    return changed


def _plain_address(model: SiteModel, record: PageRecord, others: list[PageRecord]) -> PageRecord | None:
    """The page's own address without some of its keys, showing its text and settled as no article, when the
    "article" ``record`` is in a shape that is no shape of articles (Google Sites' ``?authuser=0`` of a
    section's listing, alone in its shape): ``news.php?readmore=67`` beside the listing ``news.php`` that shows
    it whole is a post among posts of its shape."""
    if record.kind != "article" or model.shapes[record.shape].article_shape:
        return None
    return next((o for o in others if o.kind != "article" and _keys_added(o.url, record.url)), None)


# Listings of a shape, once settled, that make its remaining "articles" whose text is shown elsewhere listings too.
SETTLED_LISTINGS = 3


def _among_listings(judged: list[Judged], changed: dict[str, str]) -> None:
    """An "article" whose main text is shown elsewhere, in a shape whose pages settled as listings for the
    most part (SETTLED_LISTINGS at least): one more of them that shows one item (a day's archive with one
    post whose title link is too short to read as a headline: "วันเด็ก 2566"). Judged again one by one,
    every day's archive was an "article" first; the shape's count is known only once they are settled."""
    counts: dict[str, list[int]] = {}
    for record, _, _ in judged:
        count = counts.setdefault(record.shape, [0, 0])
        count[0] += 1
        count[1] += record.kind == "listing"
    for record, _, _ in judged:
        pages, listings = counts[record.shape]
        if record.kind == "article" and record.borrowed and listings >= max(SETTLED_LISTINGS, 0.5 * pages):
            changed[record.url] = record.kind = "listing"


# A page named as the canonical address of more than this share of the site's pages is the site's
# mistake (every page's rel=canonical naming the home page), not what each page is a copy of.
CANONICAL_SHARE = 0.05
CANONICAL_PAGES = 8


def _as_their_canonical(site: _Site, changed: dict[str, str]) -> None:
    """An "article" whose rel=canonical names another page of the site that was read and is a standing
    page is that page's copy (Drupal's print view ``?q=print/4`` of ``?q=บุคลากร``, in the shape of the
    posts' print views): the site says what it is. Not a page taken for a listing (a post cut in two by an
    inline link may be; its copy keeps the post), nor one named by many (a site naming its home page on
    every page)."""
    judged = site.judged
    named = Counter(record.canonical for record, _, _ in judged if record.canonical)
    most = max(CANONICAL_PAGES, CANONICAL_SHARE * len(judged))
    for record, _, _ in judged if named else ():
        target = site.indices.get(record.canonical, -1) if record.kind == "article" and record.canonical else -1
        if target >= 0 and named[record.canonical] <= most and judged[target][0].kind == "page":
            changed[record.url] = record.kind = "page"


# What _judge_again says of a page besides its kind: it lost its text as another page's copy, and/or it
# is an entry of the site's ITA index, menu or a catalogue (its copies are none either).
COPY, ENTRY = "copy", "entry"


@dataclass
class _Site:
    """What settlement knows of the whole site before it judges each page again."""

    model: SiteModel
    judged: list[Judged]  # (record, kind judged again, main run)
    record_lists: list[bool]  # whether each page's main run is a list of dated records
    families: dict[str, list[int]]  # family -> [pages, articles, pages of substantial text]
    shape_kinds: dict[str, list[int]]  # shape -> [pages, listings, articles, teasers, unmarked teasers]
    teaser_chars: dict[str, list[int]]  # shape -> own characters of its unmarked teasers, sorted
    same_text: dict[int, list[PageRecord]] = field(default_factory=dict)  # where a text is at home
    copies: set[int] = field(default_factory=set)
    menu_like: set[str] = field(default_factory=set)
    menu_shapes: set[str] = field(default_factory=set)
    continued: dict[str, str] = field(default_factory=dict)
    paged: set[int] = field(default_factory=set)
    stubs: set[str] = field(default_factory=set)
    ita: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)  # shapes of event pages (_event_shapes)
    schedules: Counter[tuple[str, int]] = field(default_factory=Counter)  # pages by (shape, schedule line)
    calendars: set[str] = field(default_factory=set)  # shapes nearly all of whose pages are events
    calendar_entries: set[str] = field(default_factory=set)  # found_shapes found only through a calendar
    calendar_linked: set[str] = field(default_factory=set)  # found_shapes found in part through one
    in_context: set[int] = field(default_factory=set)  # copies shown in another page's context (_copies_in_context)
    discussions: set[str] = field(default_factory=set)  # shapes of webboard threads (_discussion_shapes)
    frames: set[int] = field(default_factory=set)  # pages showing a filter page's frame (_filter_frames)
    judged_kinds: dict[int, str] = field(default_factory=dict)  # raw_hash(URL) -> kind: pages linking a day by date
    indices: dict[int, int] = field(default_factory=dict)  # url_key -> the page's index in ``judged``
    chained: set[int] = field(default_factory=set)  # articles with an article as their own previous/next
    runs: list[list[int]] = field(default_factory=list)  # the pages each run of the site's menus leads to, read
    boxed: set[int] = field(default_factory=set)  # articles a box on every page links, no menu (_boxed)
    withheld: int = 0  # pages that ask not to be indexed (robots noindex)

    def article_family(self, shape: str, least: int = 0) -> bool:
        """The shape's family (_family) is one of articles, with ``least`` of them at least."""
        pages, articles, _ = self.families.get(_family(shape), (0, 0, 0))
        return pages >= 3 and articles >= max(least, ARTICLE_SHAPE_SHARE * pages)

    def text_family(self, shape: str) -> bool:  # a site that shows no dates: many pages of their own text
        pages, _, texts = self.families.get(_family(shape), (0, 0, 0))
        return pages >= UNDATED_PAGES and texts >= ARTICLE_SHAPE_SHARE * pages

    def among_teasers(self, record: PageRecord) -> bool:
        """An "article" in a shape of CATALOGUE_PAGES teasers or more for each other "article", no longer
        than twice their middle length: a page like them (a calendar's event pages, one of which says
        its sentence below a line of its own rather than right under the link)."""
        lengths = self.teaser_chars.get(record.shape, [])
        articles = self.shape_kinds[record.shape][2]
        return not record.teaser and _one_of_many(lengths, articles - len(lengths), record.own_chars)

    def event_entry(self, record: PageRecord) -> bool:
        """An entry of the site's calendar: it declares an event, in a shape of such pages; or it is in a
        shape nearly all of whose pages do (one event that gives its start and not its end), or in one the
        calendar's months led to (Contao's all-day events give neither a time nor a span)."""
        return (
            record.shape in self.events
            and (
                record.shape in self.calendars
                or found_shape(record.url) in self.calendar_linked
                or _declares_event(self.model, record, self.schedules)
            )
            and not record.facts & 8
        )

    def listing_shape(self, shape: str) -> bool:  # unmarked teasers: the one-item listings judged below
        pages, listings, _, _, teasers = self.shape_kinds[shape]
        return pages >= 3 and listings + teasers >= 0.5 * pages


def _learn_site(model: SiteModel) -> _Site:
    """Every retained page judged again, and what the site-wide rules need to know from all of them."""
    judged, record_lists, indices = _rejudge(model)
    # A listing's further pages count as its listings, not as articles of their shape or family (the
    # English first page of a table beside its page 2: no table of records published among posts).
    paged = _further_pages(model, judged)
    counted = [("listing" if index in paged else kind) for index, (_, kind, _) in enumerate(judged)]
    families: dict[str, list[int]] = {}
    for (record, _, _), kind in zip(judged, counted, strict=True):
        counts = families.setdefault(_family(record.shape), [0, 0, 0])
        counts[0] += 1
        # An item's excerpt under its headline link is no article of the family (a listing's copy of
        # the first page, ``/node?page=0``, must not become an "undated article" among listings).
        counts[1] += kind == "article" and not record.teaser
        counts[2] += kind != "listing" and record.own_chars >= UNDATED_ARTICLE_CHARS
    shape_kinds: dict[str, list[int]] = {}
    teaser_chars: dict[str, list[int]] = {}
    for (record, _, _), kind in zip(judged, counted, strict=True):
        counts = shape_kinds.setdefault(record.shape, [0, 0, 0, 0, 0])
        counts[0] += 1
        counts[1] += kind == "listing"
        counts[2] += kind == "article"
        counts[3] += kind == "article" and record.teaser
        counts[4] += kind == "article" and record.teaser and not record.facts & 24
        if kind == "article" and record.teaser and not record.facts & 24:
            teaser_chars.setdefault(record.shape, []).append(record.own_chars)
    for lengths in teaser_chars.values():
        lengths.sort()
    site = _Site(model, judged, record_lists, families, shape_kinds, teaser_chars)
    site.same_text, site.copies = _same_texts(judged, site.listing_shape, lambda shape: shape_kinds[shape][2])
    site.in_context = _copies_in_context(judged)
    site.frames = _filter_frames(judged, site.same_text)
    site.copies |= site.in_context
    site.menu_like, site.menu_shapes = _menu_shapes(model, judged, site.same_text)
    site.continued = _continuations(judged)
    site.paged = paged
    site.stubs = _stub_shapes(judged, counted)
    site.ita = _ita_shapes(model, judged)
    site.schedules = Counter((record.shape, record.schedule) for record, _, _ in judged if record.schedule)
    site.events = _event_shapes(model, judged, site.schedules)
    site.calendars = _event_shapes(model, judged, site.schedules, CALENDAR_PAGES, CALENDAR_SHARE)
    site.calendar_entries, site.calendar_linked = model.calendar_entry_shapes()
    site.discussions = _discussion_shapes(judged)
    # The kinds of the pages that link a day's archive by a date (model._date_archives, bounded): not a
    # map of every page's address (9 MB at 100,000 pages).
    linking = {url for sources in model._date_archives.values() for _, url in sources}
    site.judged_kinds = {value: kind for record, kind, _ in judged if (value := raw_hash(record.url)) in linking}
    site.indices = indices
    site.chained = _chained(site)
    site.runs = [_run_members(site, run) for run in model.menu_runs()]
    site.boxed = _boxed(site)
    site.withheld = sum(bool(record.facts & 128) for record, _, _ in judged)
    return site


def _judge_again(site: _Site, index: int) -> tuple[str, set[str]]:
    """The kind of page ``index`` once the whole site is known, and its roles (COPY, ENTRY)."""
    model = site.model
    record, kind, _ = site.judged[index]
    roles: set[str] = set()
    ita_key = url_key(record.url)
    linked = model._ita_item(ita_key)
    ita_item = (
        model._named_as_ita_item(record)
        or (linked and model._headed_as_ita_item(record, ita_key))
        or (linked and record.shape in site.ita and not _at_home_elsewhere(site, index, record))
    )
    if kind == "article" and ita_item:
        kind = "page"  # a transparency item the site's ITA index links, in a shape of such items
        roles.add(ENTRY)
    elif kind == "article" and _unpublished(site, record):
        kind = "page"  # the preview of a page the site has not published
    elif kind == "article" and site.event_entry(record):
        kind = "page"  # an entry of the site's calendar: its shape's pages each declare an event
        roles.add(ENTRY)
    elif (
        kind == "article"
        and not record.facts & 24
        and not record.neighbours
        and found_shape(record.url) in site.calendar_entries
    ):
        kind = "page"  # found only through the site's calendar: an event, which gives its start and no more
        roles.add(ENTRY)
    elif kind == "article" and record.shape in site.discussions:
        kind = "page"  # a webboard thread: its shape's pages are each a question and its replies
        roles.add(ENTRY)
    elif kind == "article" and not record.facts & 24:
        pages, listings, articles, teasers, _ = site.shape_kinds[record.shape]
        if record.shape in site.continued:
            kind = site.continued[record.shape]  # more pages of a section that is no article
        elif index in site.paged:
            kind = "listing"  # the listing's page 2 (``/procurement?per_page=10``): its headings, no own
        elif (record.borrowed and articles < 0.5 * pages) or (
            (record.borrowed or model.shapes[record.shape].stopped) and listings >= 0.5 * pages
        ):
            # A listing that shows one item (the last page of a pagination, a search result): its text
            # is the item's excerpt, in a shape that is not one of articles; or it belongs to a shape
            # of listings whose pages proved to add nothing (a trap).
            kind = "listing"
            roles.add(COPY)
        elif record.shape in site.stubs:
            kind = "page"  # an entry of a catalogue (a transparency item, a staff card)
            roles.add(ENTRY)
        elif record.teaser and teasers >= 0.5 * articles:
            # A shape whose "articles" are mostly one item's excerpt under its headline link (tag
            # pages, most of which tag one post): listings that show one item.
            kind = "listing"
        elif site.among_teasers(record):
            kind = "listing"  # one of them, whose text does not hang right under the link (an event page)
        elif record.headed and model.into_articles(record.head_shape, record.shape):
            # Its text hangs under a headline link into another shape, one of articles: a listing that
            # shows one post (a tag of one post, whose summary is the post's opening).
            kind = "listing"
            roles.add(COPY)
    if kind == "listing" and site.record_lists[index] and site.article_family(record.shape, RECORD_POSTS):
        kind = "article"  # a post that publishes a table of dated records, among posts
    if (
        kind == "page"
        and (not _literal(record.shape) or _dated_among_posts(site, record))
        and not record.facts & 7
        and record.shape not in site.stubs
        and record.shape not in site.continued  # further pages of a section page proved no article
        and not ita_item
        and not site.event_entry(record)
        and ENTRY not in roles  # a webboard's thread: an entry, not an undated post
    ):
        if (
            site.article_family(record.shape)
            and record.own_chars >= ARTICLE_CHARS
            and record.sentence
            # Not a menu entry in a shape of no article (about.asp?id= beside news_detail.asp?news_id=)
            and not (model.template_linked(record.url) and not site.shape_kinds[record.shape][2])
        ):
            kind = "article"  # an undated article among dated ones
        elif (
            site.text_family(record.shape)
            and record.own_chars >= UNDATED_ARTICLE_CHARS
            and not model.template_linked(record.url)
        ):
            kind = "article"  # a site that shows no dates
    elif index in site.copies:
        kind = "listing"
        roles.add(COPY)
        # No catalogue's entry, though its shape is one of stubs (craft_cms's search results, each one post's
        # sentence): the post whose text it shows is no copy of an entry.
        roles.discard(ENTRY)
    elif kind == "article" and model._date_archive(record, site.judged_kinds):
        kind = "listing"  # a post links it by its date: the archive of that day, showing the post
    elif kind == "article" and record.shape in site.menu_shapes and index not in site.chained | site.boxed:
        # An entry of the site's menu on the post template (dated, og:type=article); not a post its
        # neighbours chain to the others (an old post the menu links under an address of its own), nor
        # one no menu links in a shape the menu's entries share (_boxed).
        kind = "page"
        roles.add(ENTRY)
    return kind, roles


def _unpublished(site: _Site, record: PageRecord) -> bool:
    """The page previews one the site has not published: it asks not to be indexed, and the address its
    rel=canonical names as its own no page, sitemap or feed links and none was read at (Craft's
    ``/news/municipality-day-2567?x-craft-preview=…&token=…`` of a draft whose live address answers 404; a
    print view names its post, which the post's links lead to). Not on a site most of whose pages ask not
    to be indexed (a site left "discouraging search engines": each of its posts does)."""
    return (
        bool(record.facts & 128)
        and record.canonical_link != 0
        and record.canonical not in site.indices
        and site.model.unlinked(record.canonical_link)
        and site.withheld < WITHHELD_SHARE * len(site.judged)
    )


def _own_dated(model: SiteModel, record: PageRecord) -> bool:
    """The page gives a date of its own: publication metadata, or a date line not on most pages."""
    return bool(record.facts & 16) or _own_date_line(model, record)


def _own_date_line(model: SiteModel, record: PageRecord) -> bool:
    """The page has a date line not on most pages (its dates are not retained past RETAINED_PAGES: none)."""
    dated = record.dated
    return dated is not None and any(model._own_date(value, dated) for value in dated)


def _dated_among_posts(site: _Site, record: PageRecord) -> bool:
    """A page at a literal address (nothing abstracted: a section, an about page) with a date line of its
    own, beside the posts of its folder: a post whose slug is one word (Weebly drops a Thai title's letters,
    so a title without Latin letters or digits gives ``/news/post`` beside ``/news/post-3`` and
    ``/news/-2565``)."""
    return site.article_family(record.shape) and _own_date_line(site.model, record)


def _at_home_elsewhere(site: _Site, index: int, record: PageRecord) -> bool:
    """The page's text is at home in a larger shape that is not one of ITA items: a news post's
    ``/view`` that an O-item links as its evidence, the post itself among the site's news."""
    articles = site.shape_kinds[record.shape][2]
    return any(
        other.shape not in site.ita and site.shape_kinds.get(other.shape, (0, 0, 0))[2] > articles
        for other in site.same_text.get(index, ())
    )


def _rejudge(model: SiteModel) -> tuple[list[Judged], list[bool], dict[int, int]]:
    """Every retained page judged again with the whole site's template: (record, kind, main run) each,
    whether each was judged a listing of dated records, and each page's index by its ``url_key`` (the
    same in ``judged`` as in the model's records). Pages not retained keep their kind."""
    judged: list[Judged] = []
    record_lists: list[bool] = []  # judged a listing as a list of dated records
    records = model.records
    indices = {url_key(record.url): index for index, record in enumerate(records)}  # a post's neighbours
    run: AbstractSet[int]

    def judge(record: PageRecord, owned: AbstractSet[int] | None = None) -> Verdict:
        return model._judge(
            record.blocks,  # type: ignore[arg-type]  # retained (checked by the caller)
            record.lengths,  # type: ignore[arg-type]
            record.dated,  # type: ignore[arg-type]
            record.lines,  # type: ignore[arg-type]
            record.facts,
            record.shape,
            record.headings or (),
            shape_verdict=False,
            chained=any(
                key in indices and records[indices[key]].shape == record.shape for key in record.neighbours or ()
            ),
            stamps=record.stamps,
            captions=record.captions or (),
            owned=owned,
        )

    def keep(record: PageRecord, verdict: Verdict) -> None:
        record.borrowed, record.sentence, record.teaser = verdict.borrowed, verdict.sentence, verdict.teaser
        record.headed, record.thread_entries = verdict.headed, verdict.thread_entries
        record.own_chars = verdict.main_chars

    for record in records:
        if _retained(record):
            verdict = judge(record)
            kind, run, listed = verdict.kind, verdict.main_run, verdict.records
            keep(record, verdict)
        else:
            kind, run, listed = record.kind, NO_RUN, False
        judged.append((record, kind, run))
        record_lists.append(listed)
    # A listing in a shape of posts whose largest run is under its own title and date, holds a sentence and is
    # mostly text in no article's main text (as just judged) is an article: a one-sentence post above longer
    # excerpts of its related posts, its sentence also in search results. Not a tag page showing a post whole
    # under the post's title and date: that text is the post's.
    owned = {
        value
        for record, kind, run in judged
        if kind == "article" and not (record.headed or record.teaser)  # not one search result's excerpt
        for value in run
    }
    # A shape most of whose pages are articles that are no item's excerpt (a tag page showing one post's excerpt
    # is a teaser, not a post; photo albums, mostly listings of their photos, are no shape of posts).
    articles = Counter(record.shape for record, kind, _ in judged if kind == "article" and not record.teaser)
    pages = Counter(record.shape for record, _, _ in judged if _retained(record))

    def of_posts(shape: str) -> bool:
        return articles[shape] >= 2 and articles[shape] >= ARTICLE_SHAPE_SHARE * pages[shape]

    for index, (record, kind, _) in enumerate(judged):
        if kind == "listing" and not record_lists[index] and of_posts(record.shape) and _retained(record):
            verdict = judge(record, owned)
            if verdict.kind == "article":
                keep(record, verdict)
                judged[index] = (record, verdict.kind, verdict.main_run)
    return judged, record_lists, indices


def _retained(record: PageRecord) -> bool:
    """The page's blocks were kept (judging it again needs them)."""
    return (
        record.blocks is not None
        and record.lengths is not None
        and record.dated is not None
        and record.lines is not None
    )


def _same_texts(
    judged: list[Judged], listing_shape: Callable[[str], bool], shape_articles: Callable[[str], int]
) -> tuple[dict[int, list[PageRecord]], set[int]]:
    """Which articles show another article's main text (index -> the others), and which of them are
    that text's copies: where a text is at home. A page whose main text is another article page's,
    and whose URL path is that page's parent (``/2023/04/`` and ``/2023/04/blog-post.html``) or whose
    shape is one of listings (``/itemlist/date/2022/6``), is the index showing it (a monthly archive
    with the month's only post), not an article. Not a parent whose shape holds more articles than
    the child's (``/news/<post>`` above its ``/news/<post>/view``: a view of the post, not its post);
    ``shape_articles``: articles judged in a shape."""
    pages_with: dict[int, list[int]] = {}
    for index, (_, kind, run) in enumerate(judged):
        if kind == "article":
            for value in run:
                pages_with.setdefault(value, []).append(index)
    copies: set[int] = set()
    same_text: dict[int, list[PageRecord]] = {}  # article -> the other articles showing its main text
    for index, (record, kind, run) in enumerate(judged):
        if kind != "article" or not run:
            continue
        shared: dict[int, int] = {}
        for value in run:
            for other in pages_with.get(value, ()):
                if other != index:
                    shared[other] = shared.get(other, 0) + 1
        path = urlsplit(record.url).path
        others = [judged[o][0] for o, n in shared.items() if n >= 0.8 * len(run)]
        if others:
            same_text[index] = others
        if (
            any(
                _is_parent(path, urlsplit(other.url).path)
                and shape_articles(record.shape) <= shape_articles(other.shape)
                for other in others
            )
            or (
                listing_shape(record.shape)
                and any(other.shape != record.shape and not listing_shape(other.shape) for other in others)
            )
            # A page that links another by that page's own heading (a day archive's card of its one
            # post: the post's title as a link), where the other does not link it back so: it lists it.
            or any(_links_by_heading(record, other) and not _links_by_heading(other, record) for other in others)
        ):
            copies.add(index)
    return same_text, copies


def _copies_in_context(judged: list[Judged]) -> set[int]:
    """Articles whose address carries another address in its query, shown in that page's context (a list
    item's form opened from a list view, ``DispForm.aspx?ID=5&Source=<the view>``), whose text is at an
    address that carries none too: that one is its home, whichever of the two holds the other's text
    (most of its blocks or characters), and whether or not the home was judged an article again (a
    short post whose "modified" lines read as dated records keeps its stored kind at settlement)."""
    in_context = [bool(run) and carries_address(record.url) for record, _, run in judged]
    homes: dict[int, list[int]] = {}
    for index, (record, kind, run) in enumerate(judged):
        if run and (kind == "article" or record.kind == "article") and not in_context[index]:
            for value in run:
                homes.setdefault(value, []).append(index)
    copies: set[int] = set()
    for index, (record, kind, run) in enumerate(judged):
        if kind != "article" or not in_context[index]:
            continue
        sizes = _run_sizes(record, run)
        for home in {h for value in run for h in homes.get(value, ())}:
            home_record, _, home_run = judged[home]
            shared = run & home_run
            if _mostly(shared, run, sizes) or _mostly(shared, home_run, _run_sizes(home_record, home_run)):
                copies.add(index)
                break
    return copies


def _mostly(shared: AbstractSet[int], run: AbstractSet[int], sizes: dict[int, int]) -> bool:
    """``shared`` holds most (0.8) of ``run``'s blocks, or of its characters."""
    total = sum(sizes.values())
    return len(shared) >= 0.8 * len(run) or (total > 0 and sum(sizes.get(v, 0) for v in shared) >= 0.8 * total)


def _run_sizes(record: PageRecord, run: AbstractSet[int]) -> dict[int, int]:
    """The length of each block of the page's main run."""
    if record.blocks is None or record.lengths is None:
        return {}
    return {value: length for value, length in zip(record.blocks, record.lengths, strict=True) if value in run}


def _menu_shapes(
    model: SiteModel, judged: list[Judged], same_text: dict[int, list[PageRecord]]
) -> tuple[set[str], set[str]]:
    """(menu-like shapes, menu shapes). Shapes whose every article is linked from most pages of the
    site (its menu: about, vision), on a site whose posts (articles that are not) are at home in
    another shape; the menu shapes are those whose texts are not at home among those posts too (a
    news ticker's links to the latest posts through another URL), while a shape whose texts only its
    own copies show (their print views) still is one."""
    menu_articles: dict[str, list[int]] = {}  # shape -> [articles, articles linked from most pages]
    for index, (record, kind, _) in enumerate(judged):
        if kind == "article":
            linked = model.template_linked(record.url)
            if not linked and any(
                other.shape == record.shape and model.template_linked(other.url) for other in same_text.get(index, ())
            ):
                continue  # a copy of one that is (its printer view, ``?method=print`` in the shape of ``=view``)
            counts = menu_articles.setdefault(record.shape, [0, 0])
            counts[0] += 1
            counts[1] += linked
    posts_elsewhere = {shape for shape, (n, linked) in menu_articles.items() if n - linked >= MENU_POSTS}
    # Nor one whose family holds an article the menu does not link (the slugs of one blog's posts: Odoo's
    # ``/blog/x-3/35``, ``/blog/x-3/cpr-15`` and ``/blog/x-3/3-2567-33``, the latest, in every page's footer).
    unlinked = {_family(shape) for shape, (n, linked) in menu_articles.items() if n > linked}
    menu_like = {  # every article of the shape linked from most pages, posts elsewhere
        shape
        for shape, (n, linked) in menu_articles.items()
        if n == linked and any(other != shape for other in posts_elsewhere) and _family(shape) not in unlinked
    }
    echoed = {
        page.shape
        for index, others in same_text.items()
        for page in (judged[index][0], *others)
        for other in (judged[index][0], *others)
        if other.shape != page.shape and other.shape in posts_elsewhere
    }
    menu_shapes = menu_like - echoed
    return menu_like, menu_shapes


def _shape_verdicts(model: SiteModel) -> None:
    """Recount each shape's articles and listings from its pages' kinds, and give it its verdict."""
    for stats in model.shapes.values():
        stats.articles = stats.listings = 0
    for record in model.records:
        stats = model.shapes[record.shape]
        stats.articles += record.kind == "article"
        stats.listings += record.kind == "listing"
    for stats in model.shapes.values():
        stats.verdict = (
            "trap"
            if stats.stopped
            else "article"
            if stats.articles >= 0.5 * stats.pages
            else "listing"
            if stats.listings >= 0.5 * stats.pages
            else "page"
        )


def _keep_copied_texts(
    model: SiteModel,
    judged: list[Judged],
    same_text: dict[int, list[PageRecord]],
    as_copy: set[int],
    before: list[str],
    changed: dict[str, str],
    shape_kinds: dict[str, list[int]],
    entry: Callable[[PageRecord], bool],
    position: dict[int, int],
    at_home: AbstractSet[int] = frozenset(),
    frames: AbstractSet[int] = frozenset(),
) -> None:
    """A whole text that every page showing it lost as "another page's copy" (a post at several spellings,
    ``/th/…`` and ``/en/…``, with and without its slug, each the others' copy) is still one article:
    kept at the page whose shape holds the most articles, then the longest text, then the first
    fetched. Re-deciding a site must not lose an article. ``entry``: whether a page is an entry of
    the site's menu or of a catalogue; ``position``: id(record) -> its index; ``at_home``: pages whose
    text is at home at an address that carries no other address (_copies_in_context); ``frames``: pages
    showing a filter page's frame (_filter_frames)."""
    for index, others in same_text.items():
        group = [index, *(position[id(other)] for other in others)]
        if (
            any(judged[i][0].kind == "article" or judged[i][0].headed for i in group)
            or not all(i in as_copy for i in group)
            or any(entry(judged[i][0]) for i in group)
            or any(i in at_home for i in group)
            or (all(judged[i][0].teaser for i in group) and any(_excerpt_of_a_post(model, judged[i][0]) for i in group))
            or index in frames
        ):  # kept elsewhere (or at home at an address in no other page's context: a list form's copies
            # of a post, at each list view that opened it); an item's excerpt under its headline link
            # (search results showing one post); or an entry of the site's menu or a catalogue, at other
            # addresses too (an about page's index-file and font-size spellings, a photo album's); or, at
            # every address, one post's excerpt right under a link to it, though the site links that post
            # from every page (a filtered listing of one post in each sort order: the post's own page
            # holds the text; every page showing it an item's excerpt, one of them right under a link into
            # posts: a date filter's headline link read as its blog's, the same excerpt on a tag page under
            # the post's link); or the frame of a search or filter page, shown by each combination of its
            # filters above their own results (_filter_frames)
            continue

        def rank(i: int) -> tuple[float, int, int]:
            record = judged[i][0]
            pages, _, articles, _, _ = shape_kinds[record.shape]
            return (articles / pages, record.own_chars, -i)

        record = judged[max(group, key=rank)][0]
        record.kind = "article"
        if before[position[id(record)]] == "article":
            changed.pop(record.url, None)
        else:
            changed[record.url] = "article"


# Query key sets of one path over which one text is a filter page's frame rather than an article.
FRAME_KEY_SETS = 3


def _filter_frames(judged: list[Judged], same_text: dict[int, list[PageRecord]]) -> set[int]:
    """Pages whose text is a search or filter page's frame: the intro above each combination's results
    ("ค้นหาประกาศและเอกสารของเทศบาลตามประเภท …"), an article or not depending on how many combinations
    were fetched before they were stopped (its share of the site's pages). The text's pages are one path
    under FRAME_KEY_SETS or more query key sets (``?tax=``, ``?tax=&date=``, ``?sort=&pagenum=`` …), keys
    of that path alone, most of the pages fetched at that path, each showing more of its own than the
    text, and not the same more. Keys seen on other paths too are a decoration of every page (a calendar
    portlet's ``?month=&year=`` beside a post, ``?amp``, ``?replytocom=``): the post's own address holds
    it. Only the texts shown at enough addresses are looked at: a 100,000-page site's settlement must not
    count every path."""
    groups = [(index, [judged[index][0], *others]) for index, others in same_text.items() if len(others) >= 2]
    if not groups:
        return set()
    paths = {urlsplit(page.url).path for _, pages in groups for page in pages}
    names = set().union(*(_key_names(urlsplit(page.url).query) for _, pages in groups for page in pages))
    key_paths: dict[str, set[str]] = {}
    path_pages: Counter[str] = Counter()
    for record, _, _ in judged:
        parts = urlsplit(record.url)
        if parts.path in paths:
            path_pages[parts.path] += 1
        for name in _key_names(parts.query) & names:
            seen = key_paths.setdefault(name, set())
            if len(seen) < 2:
                seen.add(parts.path)
    members = {id(page) for _, pages in groups for page in pages}
    position = {id(record): index for index, (record, _, _) in enumerate(judged) if id(record) in members}
    frames: set[int] = set()
    for index, pages in groups:
        if index not in frames and _filter_frame(pages, judged[index][0].own_chars, key_paths, path_pages):
            frames.update(position[id(page)] for page in pages)
    return frames


def _views_of(site: _Site, bases: Iterable[tuple[str, AbstractSet[int] | None]]) -> list[PageRecord]:
    """The "articles" at one of ``bases``' addresses with query keys added (_keys_added); where a base comes
    with its main run, only those whose main text is mostly it. ``bases``: (URL, main run or None)."""
    by_address: dict[str, list[tuple[str, AbstractSet[int] | None]]] = {}
    for url, base_run in bases:
        by_address.setdefault(_address(url), []).append((url, base_run))
    found = []
    for record, _, run in site.judged if by_address else ():
        if record.kind != "article":
            continue
        for url, base_run in by_address.get(_address(record.url), ()):
            if _keys_added(url, record.url) and (
                base_run is None or (run and _mostly(base_run & run, run, _run_sizes(record, run)))
            ):
                found.append(record)
                break
    return found


# Copies of menu entries found in a shape, at least, before the shape's other "articles" that show a menu
# listing's text are taken for such copies too.
ENTRY_COPY_SHAPE = 2


def _entry_copies(site: _Site) -> list[PageRecord]:
    """The "articles" that show a menu entry's main text and little else (each main run mostly the other's,
    _mostly): a page the site's template links (SiteModel.template_linked), settled as a page, with a main run
    of its own. Not a post among an entry's other texts (a feed, an archive page holding it), nor one the entry
    links by the post's own heading (a section showing its only post). In a shape where ENTRY_COPY_SHAPE such
    copies or more were found, and more of them than other "articles", the entry may also be a listing whose
    text hangs under no headline link (an ITA index page, a list of links, beside its print view among the
    other entries' print views): elsewhere a listing's text is too often a post's other spelling."""
    found = _copies_of_entries(site, lambda record: record.kind == "page")
    # An undated "article" (its shape's verdict, no date of its own) in a shape whose articles are mostly
    # dated, showing a page's text at another address, is that page's copy, whoever links the page:
    # Textpattern's footer links a standing page's messy address, ``/index.php?id=1``, the shape of the
    # posts' messy copies, which are dated. (On a site that shows no dates a post may be its section's text.)
    seen = {id(record) for record in found}
    dated: Counter[str] = Counter()
    undated: Counter[str] = Counter()
    for record, _, _ in site.judged:
        if record.kind == "article":
            (dated if _own_dated(site.model, record) else undated)[record.shape] += 1
    found += _copies_of_entries(
        site,
        lambda record: record.kind == "page",
        lambda record: (
            id(record) not in seen
            and 0 < undated[record.shape] < dated[record.shape]
            and not _own_dated(site.model, record)
        ),
        linked=False,
    )
    in_shape = {shape: n for shape, n in Counter(record.shape for record in found).items() if n >= ENTRY_COPY_SHAPE}
    shapes: set[str] = set()
    if in_shape:  # the shapes' other "articles" are counted only where they may matter
        articles = Counter(record.shape for record, _, _ in site.judged if record.kind == "article")
        shapes = {shape for shape, n in in_shape.items() if n > articles[shape] - n}
    if shapes:
        seen = {id(record) for record in found}
        found += _copies_of_entries(
            site,
            lambda record: record.kind == "listing" and not record.headed,
            lambda record: record.shape in shapes and id(record) not in seen,
        )
    return found


def _copies_of_entries(
    site: _Site,
    entry: Callable[[PageRecord], bool],
    candidate: Callable[[PageRecord], bool] = lambda record: True,
    linked: bool = True,
) -> list[PageRecord]:
    """The "articles" (``candidate`` among them) each main run of which is mostly the main run of a page the
    site's template links (any page at another path, when not ``linked``) that ``entry`` accepts, and its run
    mostly theirs, the entry not linking them by their own heading."""
    model = site.model
    with_block: dict[int, list[int]] = {}
    for index, (record, _, run) in enumerate(site.judged):
        if entry(record) and run and (not linked or model.template_linked(record.url)):
            for value in run:
                with_block.setdefault(value, []).append(index)
    found = []
    for record, _, run in site.judged if with_block else ():
        if record.kind != "article" or not run or not candidate(record):
            continue
        shared: Counter[int] = Counter(index for value in run for index in with_block.get(value, ()))
        sizes = _run_sizes(record, run)
        for index, _ in shared.most_common(3):
            base, _, base_run = site.judged[index]
            both = run & base_run
            if (
                _mostly(both, run, sizes)
                and _mostly(both, base_run, _run_sizes(base, base_run))
                and (linked or _address(base.url) != _address(record.url))  # not its own ``?authuser=1`` view
                and not _links_by_heading(base, record)  # a section showing its one post, linked by its title
            ):
                found.append(record)
                break
    return found


def _address(url: str) -> str:
    """The URL's host and path: where its query variants are."""
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}"


def _decorated_copy(model: SiteModel, record: PageRecord, others: list[PageRecord]) -> PageRecord | None:
    """The page (one of ``others``, showing ``record``'s text, whatever its kind) at ``record``'s address
    without a query key that the site has shown to be a decoration (SiteModel.decoration), or None."""
    key = model.decoration(record.url)
    if key is None:
        return None
    for other in others:
        if _keys_added(other.url, record.url) and key not in _key_names(urlsplit(other.url).query):
            return other
    return None


def _key_names(query: str) -> set[str]:
    """The key names of a URL's query, as written."""
    return {pair.partition("=")[0] for pair in query.split("&") if pair}


def _filter_frame(
    pages: list[PageRecord], text_chars: int, key_paths: dict[str, set[str]], path_pages: Counter[str]
) -> bool:
    """See _filter_frames: ``pages`` show one text of ``text_chars``; ``key_paths``: query key -> the
    paths it was seen on (up to two); ``path_pages``: pages fetched per path. The text is on most of its
    path's pages: on a site whose every page is one script (``modules.php?name=News&file=article&sid=N``
    and its comment modes, ``index.php?option=…``) a post's comment views are a few pages of many."""
    paths = {urlsplit(page.url).path for page in pages}
    if len(paths) > 1 or len({page.shape for page in pages}) < FRAME_KEY_SETS:
        return False
    if 2 * len(pages) <= path_pages[next(iter(paths))]:
        return False
    names = set().union(*(_key_names(urlsplit(page.url).query) for page in pages))
    if not names or any(key_paths.get(name, paths) != paths for name in names):
        return False
    shown = [(page.blocks, page.lengths) for page in pages if page.blocks is not None and page.lengths is not None]
    if len(shown) < FRAME_KEY_SETS:
        return False
    shared = frozenset.intersection(*(frozenset(blocks) for blocks, _ in shown))
    added = [
        {(block, abs(n)) for block, n in zip(blocks, lengths, strict=True) if block not in shared}
        for blocks, lengths in shown
    ]
    if len({frozenset(blocks) for blocks in added}) < FRAME_KEY_SETS:
        return False
    sizes = sorted(sum(n for _, n in blocks) for blocks in added)
    return sizes[len(sizes) // 2] > text_chars


def _excerpt_of_a_post(model: SiteModel, record: PageRecord) -> bool:
    """The page's main text is short and right under a headline link into another shape, one of articles."""
    return record.teaser and model.into_articles(record.head_shape, record.shape)


# Posts chained to posts by previous/next links before a site's unchained menu entries are standing pages.
STANDING_CHAINED_POSTS = 5


def _standing_pages(site: _Site) -> list[int]:
    """Articles that are the site's standing pages: linked from most pages (its menu) and chained by
    previous/next links only to pages of their own shape that are none (a WordPress page "วิสัยทัศน์"
    on the post template, dated, between "ผู้บริหาร" and "ติดต่อเรา"). A post's neighbours are posts;
    links of another shape are no chain of its own (a sidebar calendar's previous and next month)."""
    model, judged = site.model, site.judged
    found = []
    for index, (record, _, _) in enumerate(judged):
        if record.kind != "article" or not record.neighbours or not model.template_linked(record.url):
            continue
        around = [
            other.kind
            for key in record.neighbours
            if key in site.indices and (other := judged[site.indices[key]][0]).shape == record.shape
        ]
        # Between two such pages: a site's latest post may have one neighbour only, a notice that is none.
        if len(around) >= 2 and all(kind == "page" for kind in around):
            found.append(index)
    return found + _unchained_menu_pages(site, set(found))


# Sections of the site (URL shapes of pages that are no article) a run of links must lead into before it
# is taken for the site's menu: a "latest news" box with its "see all" link leads into one.
MENU_SECTIONS = 3
# Share of a site's pages asking not to be indexed above which that says nothing of one page (_unpublished).
WITHHELD_SHARE = 0.5
# Links of a run, all to articles of one shape, before it may be taken for a submenu of the menu (_submenu).
SUBMENU_LINKS = 3


def _mutual_copies(site: _Site, entries: set[int], position: dict[int, int]) -> set[int]:
    """Articles whose text one of ``entries`` shows: its other spellings, whose text it shows too, or its
    copies when they are all the pages that show its text (a printer view, the entry's page holding its
    text and a dated header more). Not the posts whose texts a feed of the latest posts shows, each its
    own, when the menu links that feed."""
    showing: dict[int, list[int]] = {}  # entry -> the articles whose text it shows
    for index, others in site.same_text.items() if entries else ():
        for other in others:
            if (entry := position.get(id(other), -1)) in entries:
                showing.setdefault(entry, []).append(index)
    found: set[int] = set()
    for entry, indices in showing.items():
        mine = {id(record) for record in site.same_text.get(entry, ())}
        one_text = all(
            site.judged[a][0] is site.judged[b][0] or any(o is site.judged[b][0] for o in site.same_text.get(a, ()))
            for a in indices
            for b in indices
        )
        found.update(index for index in indices if one_text or id(site.judged[index][0]) in mine)
    return {index for index in found if site.judged[index][0].kind == "article"}


def _run_members(site: _Site, run: tuple[str, ...]) -> list[int]:
    """The pages a run of links leads to that were read (their index in ``site.judged``)."""
    return [index for url in run if (index := site.indices.get(url_key(visit_free(url)), -1)) >= 0]


def _sections(site: _Site, members: list[int], kinds: Callable[[int], str]) -> int:
    """How many URL shapes of pages that are no article (``kinds``: a page's kind) ``members`` lead into."""
    return len({site.judged[index][0].shape for index in members if kinds(index) != "article"})


def _boxed(site: _Site) -> set[int]:
    """Articles of a shape some of whose articles a menu links (a run of links on most pages leading into
    MENU_SECTIONS sections or more), that no menu links: the shape is no menu's alone. PHP-Fusion's
    ``articles.php?article_id=N`` holds the about pages the menu links and the knowledge articles a box of
    the latest articles links, on every page too: the menu's entries are told by the menu itself
    (_menu_entries), the others stay articles."""
    judged = site.judged
    menus: set[int] = set()
    sections: set[str] = set()  # shapes of the menus' listings
    for members in site.runs:
        if _sections(site, members, lambda index: judged[index][1]) >= MENU_SECTIONS:
            menus.update(index for index in members if judged[index][1] == "article")
            sections.update(judged[index][0].shape for index in members if judged[index][1] == "listing")
    # Not a shape that is the menu's sections too, its lists and its about pages alike (a vendor CMS's
    # ``index.php?op=dynamiccontent&id=``): a box of more of its pages is a submenu, not the latest posts.
    shapes = {judged[index][0].shape for index in menus} - sections
    return {
        index
        for index, (record, kind, _) in enumerate(judged)
        if kind == "article" and record.shape in shapes and index not in menus
    }


def _menu_entries(site: _Site, found: set[int]) -> set[int]:
    """Articles that are entries of the site's menu: linked from a run of links shown on most pages (no
    text between them) that also leads into MENU_SECTIONS sections or more, on a site whose posts are at
    home elsewhere (MENU_POSTS articles no menu links), and chained by previous/next links to no post
    outside that menu (a post pinned to the menu keeps its neighbours, of its shape: not a language
    switch, nor its own address with keys added). The about pages of a vendor portal
    in the route, template and dated header of its news ("ประวัติความเป็นมา" beside "ข่าวประชาสัมพันธ์" and
    "ติดต่อเรา"); a box of the latest posts, dated or with one "see all" link, is no menu."""
    model, judged = site.model, site.judged
    if not site.runs:
        return set()
    posts = sum(record.kind == "article" and not model.template_linked(record.url) for record, _, _ in judged)
    if posts < MENU_POSTS:
        return set()
    entries: set[int] = set()
    others = []
    for members in site.runs:
        if _sections(site, members, lambda index: judged[index][0].kind) >= MENU_SECTIONS:
            entries.update(i for i in members if i not in found and judged[i][0].kind == "article")
        else:
            others.append(members)
    # A run most of whose links are the menu's entries shows the menu too (a submenu of the about pages
    # beside the sections' menu, which links three of its five): its other articles are entries. So does a
    # run of one shape's articles, one of which the menu links, in no order of their dates (_submenu).
    for members in others:
        if (len(members) >= 3 and sum(i in entries for i in members) > 0.5 * len(members)) or _submenu(
            site, members, entries
        ):
            entries.update(i for i in members if i not in found and judged[i][0].kind == "article")

    def posts_around(record: PageRecord) -> bool:  # of its shape, not its address with keys added (a month)
        return any(
            (other := site.indices.get(key, -1)) >= 0
            and other not in entries
            and judged[other][0].kind == "article"
            and judged[other][0].shape == record.shape
            and not _keys_added(record.url, judged[other][0].url)
            for key in record.neighbours or ()
        )

    entries = {index for index in entries if not posts_around(judged[index][0])}
    # The same entry in another language, which the language switch links both ways (hreflang): the
    # English "About" of a Thai site, read too seldom for its own menu to be seen on a quarter of the pages.
    return entries | {
        index
        for index, (record, _, _) in enumerate(judged)
        if index not in entries and record.kind == "article" and _translates(site, record, entries)
    }


def _submenu(site: _Site, members: list[int], entries: set[int]) -> bool:
    """``members`` (a run of links on most pages) is a submenu of the menu: SUBMENU_LINKS or more articles
    of one shape, at least one of which the menu links, in an editor's order rather than the newest first
    (a vendor portal's left box of its five about pages, two of which the top menu links). A box of the
    latest articles lists the newest first, whether or not the menu links some of them (PHP-Fusion's
    "บทความล่าสุด", two about pages among its knowledge articles): its other articles stay posts."""
    judged = site.judged
    if len(members) < SUBMENU_LINKS or not any(index in entries for index in members):
        return False
    records = [judged[index][0] for index in members]
    if len({record.shape for record in records}) > 1 or any(record.kind != "article" for record in records):
        return False
    dates = [_own_stamp(site.model, record) for record in records]
    return all(dates) and any(earlier < later for earlier, later in zip(dates, dates[1:], strict=False))


def _own_stamp(model: SiteModel, record: PageRecord) -> int:
    """The minute the page's first date line of its own names (not one on most pages: today's date in the
    header); 0 when it has none, or its dates were not retained."""
    dated, stamps = record.dated, record.stamps
    if dated is None or stamps is None:
        return 0
    return next(
        (stamp for value, stamp in zip(dated, stamps, strict=False) if stamp and model._own_date(value, dated)), 0
    )


def _translates(site: _Site, record: PageRecord, entries: set[int]) -> bool:
    """``record`` and one of ``entries`` name each other as the same page in another language."""
    mine = url_key(record.url)
    for key in record.translations or ():
        other = site.indices.get(key, -1)
        if other in entries and mine in (site.judged[other][0].translations or ()):
            return True
    return False


def _unchained_menu_pages(site: _Site, found: set[int]) -> list[int]:
    """Articles that are standing pages on a site whose posts are chained: linked from most pages (its
    menu), with no previous/next link of their own, in a shape fewer than half of whose articles have
    one (a post's hand-typed alias may be among them; a post alone in its category is not), while
    STANDING_CHAINED_POSTS articles elsewhere link articles as their previous or next (Joomla's
    uncategorised "ประวัติ" and "วิสัยทัศน์", dated and signed, beside its news with their pagenav). Not an
    article of a shape the menu links others of that no menu links (_boxed): a box of the latest articles is
    on most pages too (PHP-Fusion's knowledge articles, whose only neighbours are their own sidebar
    calendar's months, copies of the page, once those were read)."""
    if len(site.chained) < STANDING_CHAINED_POSTS:
        return []
    model, judged = site.model, site.judged
    chained = Counter(judged[index][0].shape for index in site.chained)
    return [
        index
        for index, (record, _, _) in enumerate(judged)
        if index not in found
        and index not in site.boxed
        and record.kind == "article"
        and chained[record.shape] < 0.5 * site.shape_kinds[record.shape][2]
        and not _own_neighbours(site, record)
        and model.template_linked(record.url)
    ]


def _own_neighbours(site: _Site, record: PageRecord) -> list[str | None]:
    """The kinds (as judged again) of the page's previous/next pages; None: never fetched, so anything.
    A page on most pages that is no article is no page's own neighbour (a sidebar calendar's previous
    and next month); a post in every page's "latest posts" still is. Nor is a page showing its text (a
    post's comment pages, ``comment-page-2/`` as rel=next: the post again, not the one after it)."""
    own: list[str | None] = []
    copies = {id(other) for other in site.same_text.get(site.indices.get(url_key(record.url), -1), ())}
    for key in record.neighbours or ():
        if key not in site.indices:
            own.append(None)
            continue
        other, kind, _ = site.judged[site.indices[key]]
        if id(other) in copies:
            continue
        if kind == "article" or not site.model.template_linked(other.url):
            own.append(kind)
    return own


def _chained(site: _Site) -> set[int]:
    """Articles (as judged again) with an article as their own previous or next page: the site's posts.
    Not a page whose text is one item's excerpt under its headline link: a month of a date archive
    that shows one or two posts links the month before and after, as a post links its neighbours."""
    return {
        index
        for index, (record, kind, _) in enumerate(site.judged)
        if kind == "article" and not record.teaser and "article" in _own_neighbours(site, record)
    }


def _ita_shapes(model: SiteModel, judged: list[Judged]) -> set[str]:
    """Shapes at least half of whose "articles" the site's ITA/OIT index links as O-items (a shape
    of transparency items, whatever they look like). A news post one O-item links, among a shape
    of news, stays an article."""
    if not model._ita_items:
        return set()
    counts: dict[str, list[int]] = {}  # shape -> [articles, of them linked as ITA items]
    for record, kind, _ in judged:
        if kind == "article":
            pair = counts.setdefault(record.shape, [0, 0])
            pair[0] += 1
            pair[1] += model._ita_item(url_key(record.url))
    return {shape for shape, (articles, items) in counts.items() if items and items >= 0.5 * articles}


def _continuations(judged: list[Judged]) -> dict[str, str]:
    """Shapes that continue a section that is no article: {shape: the section page's kind}. A shape
    of the same path (or a child path) one of whose pages repeats the section page word for word
    (``/procurement?page=1`` is ``/procurement``; this month's calendar is the calendar) holds the
    section's further pages. "Not found" pages, the same on any URL, prove nothing."""
    first: dict[int, tuple[str, str]] = {}  # fingerprint -> (shape, kind) of the first page with it
    continued: dict[str, str] = {}
    for record, kind, _ in judged:
        if not record.fingerprint or record.facts & 3:
            continue
        shape, first_kind = first.setdefault(record.fingerprint, (record.shape, kind))
        if (
            shape != record.shape
            and first_kind != "article"
            and not _literal(record.shape)
            and _same_section(shape, record.shape)
            and _keys(shape) <= _keys(record.shape)  # not a copy of the page under ?authuser=1
        ):
            continued.setdefault(record.shape, first_kind)
    return continued


# At most this many keys besides the numbers of a further page's URL (subsets of them are tried).
PAGED_KEPT_KEYS = 3


def _further_pages(model: SiteModel, judged: list[Judged]) -> set[int]:
    """Articles that are a listing's further pages: the listing's URL with keys of numbers added
    (``/procurement?per_page=10``, ``/procurement?sort=title&page=2&per-page=10`` beside
    ``/procurement?sort=title``, whatever the keys are called) or a path below it ending in a number
    (``/category/news/page/2/``, whatever the word before it), showing exactly the listing's headings,
    one of them not the site's template (its section's name), and no heading of their own (a post
    at ``/index.php?id=5`` has its title); or the URL of such a page, or of a listing, with other keys
    added. A pager navigation does not know is learned so."""
    listings: dict[str, tuple[int, ...]] = {}  # listing URL (keys in order) -> headings of the listing there
    for record, kind, _ in judged:
        if kind == "listing" and record.headings:
            listings.setdefault(_query_sorted(record.url), tuple(sorted(record.headings)))
    found: set[int] = set()
    for index, (record, kind, _) in enumerate(judged):
        if kind != "article" or not record.headings:
            continue
        own = tuple(sorted(record.headings))
        for listing in _paged_from(record.url):
            headings = listings.get(_query_sorted(listing))
            if headings == own and any(not model.is_template(h) for h in headings):
                found.add(index)
    # The same page of the same listing under another sort, filter or language (``?page=2&lang=en``
    # beside ``?page=2``, whose headings are in the other language): the URL with its numbers alone.
    pages = set(listings) | {_query_sorted(judged[index][0].url) for index in found}
    for index, (record, kind, _) in enumerate(judged):
        if kind == "article" and index not in found and _numbers_only(record.url) in pages:
            found.add(index)
    return found


def _numbers_only(url: str) -> str | None:
    """``url`` keeping only its query keys whose values are numbers, keys in order; None unless it
    has both such keys and others."""
    parts = urlsplit(url)._replace(fragment="")
    pairs = parts.query.split("&") if parts.query else []
    numbers = sorted(pair for pair in pairs if pair.partition("=")[2].isdigit())
    return parts._replace(query="&".join(numbers)).geturl() if numbers and len(numbers) < len(pairs) else None


def _query_sorted(url: str) -> str:
    """``url`` without its fragment, its query's pairs in order: one key however a link ordered them."""
    parts = urlsplit(url)._replace(fragment="")
    return parts._replace(query="&".join(sorted(parts.query.split("&")))).geturl() if parts.query else parts.geturl()


def _paged_from(url: str) -> list[str]:
    """The URLs of the listings ``url`` would be a further page of: without its keys whose values are
    numbers (the rest of the query, a sort or a filter, kept, or some of it), or without its last path segment when
    that is a number, and without the word before it too (``page/2/``)."""
    parts = urlsplit(url)._replace(fragment="")
    if parts.query:
        pairs = parts.query.split("&")
        kept = [pair for pair in pairs if not pair.partition("=")[2].isdigit()]
        if len(kept) == len(pairs) or len(kept) > PAGED_KEPT_KEYS:
            return []
        # The listing may be shown without some of the other keys too (``?lang=th`` that changes nothing).
        subsets = (c for size in range(len(kept), -1, -1) for c in combinations(kept, size))
        return [parts._replace(query="&".join(subset)).geturl() for subset in subsets]
    segments = parts.path.rstrip("/").split("/")
    if len(segments) < 3 or not segments[-1].isdigit():
        return []
    slash = "/" if parts.path.endswith("/") else ""
    return [parts._replace(path="/".join(segments[:cut]) + slash).geturl() for cut in (-1, -2)]


def _links_by_heading(page: PageRecord, other: PageRecord) -> bool:
    """True when ``page`` has a headline link whose text is one of ``other``'s own headings, and not one
    of its own: a post that its sidebar's latest posts link under its own title links itself, not its
    print view headed by the same title."""
    if page.blocks is None or page.lengths is None or not other.headings:
        return False
    links = {v for v, n in zip(page.blocks, page.lengths, strict=True) if n < 0}
    own = set(page.headings or ())
    return any(h ^ _ANCHOR_SALT in links and h not in own for h in other.headings)


# Pages of a shape, for each "article" in it, that make the shape a catalogue of such pages.
CATALOGUE_PAGES = 4


def _one_of_many(many: list[int], others: int, own: int) -> bool:
    """True when ``many`` (the own characters of a shape's like pages, sorted) are CATALOGUE_PAGES or
    more for each of ``others`` pages, and ``own`` is no more than twice their middle length."""
    return len(many) >= CATALOGUE_PAGES * max(1, others) and own <= 2 * many[len(many) // 2]


def _stub_shapes(judged: list[Judged], kinds: list[str]) -> set[str]:
    """Shapes whose "articles" each hold a line or two while the site's articles elsewhere run to
    paragraphs: a catalogue's entries (transparency items with a date "as of" and a file, staff
    cards), not news. Needs STUB_SHAPE_PAGES such pages in the shape and STUB_SITE_ARTICLES
    articles elsewhere; a site whose posts are all short (photo news with a caption) keeps them. Fewer
    will do in a shape whose other pages, twice as many and STUB_SHAPE_PAGES at least, are pages (photo
    albums, one or two of which carry a line of description), or as many, as long as those "articles". In
    a shape of CATALOGUE_PAGES pages or more for each "article", an "article" no longer than twice the
    pages' middle length is one of them.
    ``kinds``: each page's kind as judged again (a listing's further page counted as a listing)."""
    by_shape: dict[str, list[int]] = {}
    marked: dict[str, list[int]] = {}  # articles that say so (og:type, a published date): posts elsewhere too
    plain_pages: dict[str, list[int]] = {}  # shape -> own characters of its pages judged neither article nor listing
    # The site's articles of a text of their own: not one post's excerpt under its headline link (a search
    # for a post's words, read first as an "article" and so often that its excerpts made the middle post short).
    own: dict[str, list[int]] = {}
    for (record, _, _), kind in zip(judged, kinds, strict=True):
        if kind == "article" and not record.facts & 24:
            by_shape.setdefault(record.shape, []).append(record.own_chars)
            if not record.teaser:
                own.setdefault(record.shape, []).append(record.own_chars)
        elif kind == "article":
            marked.setdefault(record.shape, []).append(record.own_chars)
        elif kind == "page":
            plain_pages.setdefault(record.shape, []).append(record.own_chars)
    stubs: set[str] = set()
    for shape, lengths in by_shape.items():
        pages = sorted(plain_pages.get(shape, ()))
        others = len(pages)
        # A catalogue whose entries are pages (events: a date, a time, a venue), one of which says a
        # sentence more: no longer than twice its entries' middle, it is an entry like them.
        if _one_of_many(pages, len(lengths), max(lengths)):
            stubs.add(shape)
            continue
        # Or as many pages as "articles", as long as they are (four event pages, each a title, a date, a
        # venue and a line: the two whose line is a sentence read as articles).
        alike = (
            others >= len(lengths)
            and others + len(lengths) >= STUB_SHAPE_PAGES
            and max(lengths) <= 2 * pages[others // 2]
        )
        if len(lengths) < STUB_SHAPE_PAGES and (others < STUB_SHAPE_PAGES or others < 2 * len(lengths)) and not alike:
            continue
        # Articles of other paths: not the entries' own copies under a key (``/event/view/31?lang=en``).
        path = shape.partition("?")[0]
        elsewhere = sorted(
            n
            for lengths_of in (own, marked)
            for other, ns in lengths_of.items()
            if other.partition("?")[0] != path
            for n in ns
        )
        if len(elsewhere) >= STUB_SITE_ARTICLES and max(lengths) < STUB_SHARE * elsewhere[len(elsewhere) // 2]:
            stubs.add(shape)
    return stubs


# A shape whose pages that are no listing declare an event, this many and this share of them: each of its pages
# is an event (one of them gives its start time and not its end: "27 พฤศจิกายน 2567 เวลา 09:30 น.").
CALENDAR_PAGES = 4
CALENDAR_SHARE = 0.8


def _event_shapes(
    model: SiteModel,
    judged: list[Judged],
    schedules: Counter[tuple[str, int]],
    least: int = EVENT_SHAPE_PAGES,
    share: float = ARTICLE_SHAPE_SHARE,
) -> set[str]:
    """Shapes whose pages say that each is about one event (``og:type=event``, schema.org ``Event``,
    hCalendar, or a schedule line of its own, see _declares_event): a calendar's entries, each with a
    text of its own, a date and a venue, which read like news posts. A marker decides nothing alone:
    EVENT_SHAPE_PAGES pages of the shape and ARTICLE_SHAPE_SHARE of its pages that are no listing must
    declare an event, and none an article."""
    return _shapes_of_entries(
        judged,
        lambda record, kind, _: kind != "listing" and _declares_event(model, record, schedules),
        least,
        share,
        listings=False,
    )


# Pages of one shape that may show one event's schedule line: the event's page, and a copy of it in its shape.
SCHEDULE_SHAPE_COPIES = 2


def _declares_event(model: SiteModel, record: PageRecord, schedules: Counter[tuple[str, int]]) -> bool:
    """The page says it is about one event: in a standard vocabulary (``og:type``, schema.org ``Event``,
    hCalendar, one add-to-calendar link), or by a schedule line of its own: one date line naming a span of
    time on its date, which no other page of its shape shows (``schedules``: pages by shape and line) and
    not most of the site's pages (an "upcoming events" box in a template shows one event's line on every
    page, or on every page of a section; a calendar's listings show it as their item, in other shapes)."""
    if record.facts & 32:
        return True
    return (
        bool(record.schedule)
        and schedules[record.shape, record.schedule] <= SCHEDULE_SHAPE_COPIES
        and not model.is_template(record.schedule)
    )


def _discussion_shapes(judged: list[Judged]) -> set[str]:
    """Shapes whose pages are each several dated entries, every one its own text closed by its own date
    line (a question, "โดย : … วันที่ …", then each reply so): a webboard's threads. A post closed by a
    "last updated" line under a dated title is one entry; a post with a comment is two, but most of a
    site's posts have none. A shape whose pages declare an article (JSON-LD, og:type) is not one."""
    return _shapes_of_entries(judged, lambda record, *_: record.thread_entries >= DISCUSSION_ENTRIES, DISCUSSION_PAGES)


def _shapes_of_entries(
    judged: list[Judged],
    entry: Callable[[PageRecord, str, AbstractSet[int]], bool],
    least: int,
    share: float = ARTICLE_SHAPE_SHARE,
    listings: bool = True,
) -> set[str]:
    """Shapes with ``least`` pages or more, and ``share`` of their pages, that ``entry(record, kind, main
    run)`` says are entries of one kind, none of whose pages declares an article. ``listings``: whether the
    shape's listings count among its pages (not for events: a shape may hold a section's tag and category
    pages beside its events; for a webboard's threads they do: a post with comments among its comment
    views, ``&mode=thread&thold=5``, judged listings, is no thread)."""
    counts: dict[str, list[int]] = {}
    for record, kind, run in judged:
        shape = counts.setdefault(record.shape, [0, 0, 0])
        shape[0] += listings or kind != "listing"
        shape[1] += entry(record, kind, run)
        shape[2] += bool(record.facts & 8)
    return {
        shape
        for shape, (pages, entries, articles) in counts.items()
        if entries >= least and entries >= share * pages and not articles
    }


def _keys(shape: str) -> set[str]:
    """The query key names of a shape: ``/news?page&sort`` -> {page, sort}."""
    keys = shape.partition("?")[2]
    return set(keys.split("&")) if keys else set()


def _same_section(section: str, shape: str) -> bool:
    """``shape`` is ``section`` with a query, or below its path: ``/news`` and ``/news?page``."""
    path, shape_path = section.partition("?")[0], shape.partition("?")[0]
    return path == shape_path or (path.strip("/") != "" and _is_parent(path, shape_path))


def _keys_added(url: str, other: str) -> bool:
    """``other`` is ``url`` (same path) with query keys added: ``/event/31`` and ``/event/31?lang=en``."""
    parts, others = urlsplit(url), urlsplit(other)
    if parts.path != others.path or parts.netloc != others.netloc:
        return False
    mine, theirs = set(filter(None, parts.query.split("&"))), set(filter(None, others.query.split("&")))
    return mine < theirs


def _is_parent(path: str, child: str) -> bool:
    """True when ``child`` lies below ``path`` in the URL hierarchy (``/2023/04/`` above
    ``/2023/04/post.html``). A directory's index file (``/index/index.php``) is the directory itself."""
    base = path if path.endswith("/") else path + "/"
    if not child.startswith(base) or child == path:
        return False
    rest = child[len(base) :]
    return "/" in rest or rest.rsplit(".", 1)[0].lower() not in ROOT_NAMES


def _family(shape: str) -> str:
    """The shape with its last path segment abstracted (extension kept): `/0/0-0.html`, `/0/0.html` and
    `/0/blog-post_0.html` are one family, as the slugs of one blog's posts are."""
    path, _, query = shape.partition("?")
    head, _, last = path.rstrip("/").rpartition("/")
    if "=" in last:
        return shape  # a front controller's module (``/index.php/op=ita_detail``, SiteModel._routed): no slug
    ext = last.rpartition(".")[2] if "." in last else ""
    return f"{head}/*{'.' + ext if ext else ''}{'/' if path.endswith('/') else ''}{'?' + query if query else ''}"

"""URLs that differ and show the same page (DUST): what a site's own pages prove about its URLs.

Three kinds of evidence, each learned by comparing a page with the same URL less one part, when both
were fetched, and each applied only once pages showed it and none ever showed otherwise:

* a **query key on a path**, beside the same other keys, that changes nothing on its article pages
  (``&cat=2`` on a vendor CMS's category links to a post, beside ``id``: IGNORABLE_EVIDENCE article
  pages); beside other keys it is not dropped (the same ``cat`` is a listing's identity);
* a **lone query key** that shows the page itself on any path (Google Sites' ``?authuser=0``, a
  session id in the query: LONE_KEY_EVIDENCE paths), whereas ``?page=2`` or ``?id=5`` shows another
  page than its path alone;
* a **directory's index file** (``/index/index.php?…`` is ``/index/?…``);
* a **query key whose value changes nothing** beside the same other keys and values (SharePoint's
  ``DispForm.aspx?ID=5&Source=<the list view it was opened from>``: pairs of pages at VALUE_EVIDENCE
  URLs that differed in its value only and showed the same article, none saying "not found"): a link
  is written with the first value seen, so each item is fetched once, not once per view that links it.

``canonical(url)`` then writes a link as the page's own URL, so it is fetched once.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from urllib.parse import SplitResult, parse_qsl, unquote_plus, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from crawler.bloom import BloomSet
from crawler.page_evidence import raw_hash

# A query key is *ignorable* on a path once this many article pages with it showed the same main text
# as the same URL without it, and none showed another (``&cat=2`` on a vendor CMS's category links).
IGNORABLE_EVIDENCE = 2
# Pages that were, on different paths, the page without their only query key before that key is
# dropped from every link of the site (never if it once showed something else); forms remembered.
LONE_KEY_EVIDENCE = 3
MAX_LONE_FORMS = 50_000
# Pairs of pages differing in one key's value only, at this many URLs (the value left out), all showing
# the same article, before that key's value is taken as changing nothing on its path; URLs remembered
# with one key's value left out (bounded).
VALUE_EVIDENCE = 2
MAX_VALUE_FORMS = 50_000
# File names that are a directory's own page (``index.php``, ``default.asp``).
ROOT_NAMES = {"", "index", "default", "home", "main"}


def is_index_file(name: str) -> bool:
    """A directory's own page as a file name: ``index.php``, ``default.aspx``."""
    stem, dot, _ = name.rpartition(".")
    return bool(dot) and stem.lower() in ROOT_NAMES


def _mix(url_hash: int, value: int) -> int:
    """One hash for a (URL, text) pair, stable within the process."""
    return hash((url_hash, value)) & 0x7FFFFFFFFFFFFFFF


@dataclass
class UrlVariants:
    """What one site's pages showed about its URLs, and the canonical form of a link it implies."""

    _article_at: BloomSet = field(default_factory=BloomSet)  # (URL, main text) of article pages
    _articles_seen: BloomSet = field(default_factory=BloomSet)  # URLs of article pages
    # (path, the URL's other key names, key) -> [same, other]: see _scope
    _parameters: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    # A directory's page and the same URL through its index file (/news/?id=5, /news/index.php?id=5):
    # URL (index file dropped) -> (its index file's path or "", fingerprint) of the first one fetched.
    _index_forms: dict[int, tuple[str, int]] = field(default_factory=dict)
    _index_files: dict[str, list[int]] = field(default_factory=dict)  # /dir/index.php -> [same, other]
    # A page and the same URL with one query key added (/news/x, /news/x?authuser=0): URL without its
    # query -> (the key or "", fingerprint) of the first one fetched; and per key [same, other].
    _lone_forms: dict[int, tuple[str, int]] = field(default_factory=dict)
    _lone_keys: dict[str, list[int]] = field(default_factory=dict)
    # A page and the same URL with another value of one key: URL with that key's value left out ->
    # (the value, fingerprint) of the first one fetched; and per (path, key) [same, other, last same URL]
    # (see _learn_values).
    _value_forms: dict[int, tuple[str, int]] = field(default_factory=dict)
    _value_keys: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    _values_learned: bool = False
    _first_linked: dict[int, str] = field(default_factory=dict)  # the same, of URLs linked, not fetched yet

    def learn_page(self, url: str, fingerprint: int, article: bool = False) -> None:
        """Compare a page (``fingerprint``: the hash of its words) with the forms of its URL seen.
        ``article``: the page was judged an article that does not say it has nothing. Only such pages
        are evidence that a key's value changes nothing: empty pages look alike whatever their URL (a
        pager's pages past the last, a calendar's months without events, a filter's empty months)."""
        self._learn_index_file(url, fingerprint)
        path_url, _, query = url.partition("#")[0].partition("?")
        self._learn_lone_key(path_url, query, fingerprint)
        if "&" in query and article:
            self._learn_values(path_url, query.split("&"), fingerprint)

    def learn_article(self, url: str, main_text: int) -> None:
        """Compare an article page (``main_text``: a hash standing for its main text) with the same
        URL less one query key, when that was seen."""
        parts = urlsplit(canonicalize_url(url))
        pairs = parts.query.split("&") if parts.query else []
        if len(pairs) >= 2:  # a key alone is the page's identity (?id=5), never dropped here
            for index in range(len(pairs)):
                without = raw_hash(urlunsplit(parts._replace(query="&".join(pairs[:index] + pairs[index + 1 :]))))
                if without in self._articles_seen:
                    counts = self._parameters.setdefault(_scope(parts.path, pairs, index), [0, 0])
                    counts[0 if _mix(without, main_text) in self._article_at else 1] += 1
        address = raw_hash(urlunsplit(parts))
        self._articles_seen.add(address)
        self._article_at.add(_mix(address, main_text))

    def _learn_index_file(self, url: str, fingerprint: int) -> None:
        """Compare a page with the same URL through its directory's index file, when that was seen."""
        parts = urlsplit(url)
        directory, _, name = parts.path.rpartition("/")
        file = parts.path if is_index_file(name) else ""
        if (name and not file) or not (parts.query or file):
            return
        key = raw_hash(urlunsplit(parts._replace(path=directory + "/", fragment="")))
        first_file, first_fingerprint = self._index_forms.setdefault(key, (file, fingerprint))
        if first_file != file and not (first_file and file):  # one form with the file, one without
            counts = self._index_files.setdefault(file or first_file, [0, 0])
            counts[0 if first_fingerprint == fingerprint else 1] += 1

    def _learn_lone_key(self, path_url: str, query: str, fingerprint: int) -> None:
        """Compare a page with the same URL without its only query key, when that was seen: a key that
        some editor's links add to any page (``?authuser=0``, a session id) shows the page itself on
        every path, whereas ``?page=2`` or ``?id=5`` shows another page than its path alone."""
        key = query.partition("=")[0]
        if "&" in query or (query and not key) or len(self._lone_forms) >= MAX_LONE_FORMS:
            return
        first_key, first_fingerprint = self._lone_forms.setdefault(raw_hash(path_url), (key, fingerprint))
        if first_key != key and not (first_key and key):  # one form with the key, one without
            counts = self._lone_keys.setdefault(key or first_key, [0, 0])
            counts[0 if first_fingerprint == fingerprint else 1] += 1

    def _learn_values(self, path_url: str, pairs: list[str], fingerprint: int) -> None:
        """Compare a page with the URLs fetched that differ from it in one key's value only."""
        path = urlsplit(path_url).path
        for index, pair in enumerate(pairs):
            key, _, value = pair.partition("=")
            form = _value_form(path_url, pairs, index)
            first = self._value_forms.get(form)
            if first is None:
                if len(self._value_forms) < MAX_VALUE_FORMS:
                    self._value_forms[form] = (value, fingerprint)
            elif first[0] != value:
                # [pairs that showed the same words, each of another URL; pairs that showed other words;
                # the last URL (its value left out) of a same pair]
                counts = self._value_keys.setdefault((path, key), [0, 0, 0])
                if first[1] != fingerprint:
                    counts[1] += 1
                elif counts[2] != form:
                    counts[0] += 1
                    counts[2] = form
                self._values_learned |= counts[0] >= VALUE_EVIDENCE and not counts[1]

    def canonical(self, url: str) -> str:
        """``url`` without the query keys learned to change nothing: a link of a category view to a
        post is requested as the post's own URL, fetched once. Likewise without a directory's index
        file (``/index/index.php?…`` is ``/index/?…``) once pages showed it."""
        if self._index_files:
            parts = urlsplit(url)
            same, other = self._index_files.get(parts.path, (0, 0))
            if same >= IGNORABLE_EVIDENCE and not other:
                url = urlunsplit(parts._replace(path=parts.path.rpartition("/")[0] + "/"))
        if self._values_learned and "&" in url:
            url = self._first_values(url)
        if not (self._parameters or self._lone_keys) or "?" not in url:
            return url
        parts = urlsplit(url)
        pairs = parts.query.split("&")
        kept = [pair for index, pair in enumerate(pairs) if not self._ignorable(parts.path, pairs, index)]
        return urlunsplit(parts._replace(query="&".join(kept))) if len(kept) < len(pairs) else url

    def _first_values(self, url: str) -> str:
        """``url`` with each key whose value changes nothing given the first value it was fetched or linked
        with (the rest of the URL the same)."""
        path_url, hash_mark, fragment = url.partition("#")
        path_url, _, query = path_url.partition("?")
        pairs = query.split("&")
        path = urlsplit(path_url).path
        changed = False
        for index, pair in enumerate(pairs):
            key, _, value = pair.partition("=")
            same, other, _ = self._value_keys.get((path, key), (0, 0, 0))
            if same >= VALUE_EVIDENCE and not other:
                form = _value_form(path_url, pairs, index)
                first = self._value_forms.get(form)
                if first is not None:
                    first_value = first[0]
                else:  # not fetched yet: the value it was first linked with
                    first_value = self._first_linked.get(form, value)
                    if first_value == value and len(self._first_linked) < MAX_VALUE_FORMS:
                        self._first_linked[form] = value
                if first_value != value:
                    pairs[index] = f"{key}={first_value}"
                    changed = True
        return f"{path_url}?{'&'.join(pairs)}{hash_mark}{fragment}" if changed else url

    def _ignorable(self, path: str, pairs: list[str], index: int) -> bool:
        same, other = self._lone_keys.get(pairs[index].partition("=")[0], (0, 0))
        if same >= LONE_KEY_EVIDENCE and not other:
            return True  # on every path of the site
        same, other = self._parameters.get(_scope(path, pairs, index), (0, 0))
        return same >= IGNORABLE_EVIDENCE and not other


def _scope(path: str, pairs: list[str], index: int) -> tuple[str, str, str]:
    """Where what one query key does is learned: (path, the names of the URL's other keys, the key). A
    front controller serves every module at one path (``index.php?url=news&code=view&cat=3&id=5``):
    ``cat`` that changes nothing beside ``id`` is the listing's identity beside ``code=list`` alone."""
    others = sorted({pair.partition("=")[0] for i, pair in enumerate(pairs) if i != index})
    return path, "&".join(others), pairs[index].partition("=")[0]


def _value_form(path_url: str, pairs: list[str], index: int) -> int:
    """A hash of the URL with the value of its ``index``-th query pair left out."""
    key = pairs[index].partition("=")[0]
    return raw_hash(f"{path_url}?{'&'.join(pairs[:index])}&{key}=\0&{'&'.join(pairs[index + 1 :])}")


def own_addresses(page_url: str) -> frozenset[str]:
    """The forms in which a link's query value may name the page it is on (see ``without_return_address``)."""
    here = page_url.partition("#")[0]
    parts = urlsplit(here)
    return frozenset((_decoded(here), _decoded(urlunsplit(("", "", parts.path, parts.query, "")))))


def without_return_address(link: str, own: frozenset[str]) -> str:
    """``link`` with each query value that names the page it is on (``own``: ``own_addresses``) left
    empty: a return address (SharePoint's ``DispForm.aspx?ID=5&Source=<the list view>``, ``?ReturnUrl=``).
    Every view of an endless list writes its items' links with its own address; what such a link names
    besides (the item) is what is new. Only the page's own address: ``go.php?url=/news/5`` on a listing
    names the post, and stays as it is."""
    path_url, mark, query = link.partition("?")
    if not mark or "%2f" not in query.lower():  # an address in a value is written with encoded slashes
        return link
    pairs = query.split("&")
    blanked = [f"{pair.partition('=')[0]}=" if _decoded(pair.partition("=")[2]) in own else pair for pair in pairs]
    return f"{path_url}?{'&'.join(blanked)}" if blanked != pairs else link


def carries_address(url: str) -> bool:
    """The URL's query holds an address (a value that is a URL or an absolute path once decoded): a page
    shown in another page's context (``DispForm.aspx?ID=5&Source=<the list view>``, Liferay's
    ``?_redirect=``, ``print.php?url=/news/5``), whose own content is at home elsewhere."""
    query = url.partition("#")[0].partition("?")[2]
    if "%2f" not in query.lower() and "=/" not in query and "=http" not in query.lower():
        return False
    for pair in query.split("&"):
        value = _decoded(pair.partition("=")[2])
        if value.startswith(("http://", "https://")) or (len(value) > 1 and value[0] == "/" and value[1] != "/"):
            return True
    return False


def _decoded(value: str) -> str:
    """A URL or query value with its percent-encoding undone, twice at most (a view's address inside a
    link's query is often encoded twice)."""
    once = unquote_plus(value)
    return unquote_plus(once) if "%" in once else once


# Values that switch something on or off rather than name anything: a flag's.
_FLAG_VALUES = frozenset({"", "true", "false", "yes", "no", "on", "off"})


def flags_of(here: SplitResult, link: str) -> bool:
    """``link`` is the page at ``here`` (its address, split) with query flags added or removed: keys whose
    values are empty or on/off words (``?edit=``, ``?toolbar_off=``, ``?structure=``: a CMS's editing
    toolbar on every page). The page itself shown another way; a next page, an item or a filter names
    something (``?page=2``, ``?detail=QZmdseAbt``, ``?cat=sport``)."""
    there = urlsplit(link)
    if here.path != there.path or here.query == there.query:
        return False
    mine = set(parse_qsl(here.query, keep_blank_values=True))
    theirs = set(parse_qsl(there.query, keep_blank_values=True))
    return all(value.lower() in _FLAG_VALUES for _, value in mine ^ theirs)


def without_carried_filter(here: SplitResult, link: str, numbered: AbstractSet[str]) -> str | None:
    """``link`` with the query pairs it shares with the page at ``here`` left out, when it is on another
    path and shares a pair whose key is not a page number or an id (not in ``numbered``): the page's own
    filter, sort or date range carried to another page (a sort bar's links on a tag page, the same sort of
    every section; a date filter's links to each tag under that date). What is left is the page the link
    shows that way, or None."""
    there = urlsplit(link)
    if not here.query or not there.query or here.path == there.path:
        return None
    mine = set(here.query.split("&"))
    pairs = there.query.split("&")
    carried = [pair for pair in pairs if pair in mine and pair.partition("=")[0] not in numbered]
    if not carried:
        return None
    rest = "&".join(pair for pair in pairs if pair not in carried)
    return urlunsplit(there._replace(query=rest, fragment=""))

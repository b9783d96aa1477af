"""Settle a site once it is known: re-judge its pages (crawler.site_model), re-store the pages whose
kind changed, and write its URL shapes. Used at the end of a crawl and by ``tessaban reprocess``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crawler.navigation import PageLinks, navigate
from crawler.site_model import SETTLE_MIN_PAGES, SiteModel
from pipelines.archive import Archive
from pipelines.extract import extract
from pipelines.extract.article import Headers
from pipelines.extract.options import ExtractOptions
from pipelines.items import Article
from pipelines.page_kinds import ShapeRow, save_shapes, set_kind, transparency_links
from pipelines.worker_pool import PageOverBound, WorkerLost

# Largest page extracted at settlement in the crawl process (no worker to bound it): ordinary news
# pages are far smaller.
EXTRACT_MAX = 2 * 1024 * 1024

#: Extracts one archived page: (body, url, headers, options) -> Article. A crawl passes one that runs
#: in a bounded worker (pipelines.worker_pool), raising PageOverBound or WorkerLost for a page over it.
Extractor = Callable[[bytes, str, object, ExtractOptions], Article]
#: Reads one archived page's links and evidence: (body, content type, url) -> PageLinks. A crawl passes
#: one that runs in a bounded worker, raising PageOverBound or WorkerLost for a page over it.
Navigator = Callable[[bytes, str | None, str], PageLinks]


def _in_process(body: bytes, url: str, headers: Headers, options: ExtractOptions) -> Article:
    return extract(body, url, headers, options=options)


@dataclass
class SettleResult:
    promoted: int = 0  # pages that became articles
    demoted: int = 0  # article rows removed: their pages were not articles
    traps: int = 0  # shapes stopped as traps
    over_bounds: int = 0  # pages that became articles but took the extraction worker over its bounds
    changes: dict[str, int] = field(default_factory=dict)  # what store_page said of promoted pages: new, alias...


def settle_site(
    archive: Archive,
    model: SiteModel,
    selectors: dict | None,
    now: str,
    stored: dict[str, str] | None = None,
    extractor: Extractor | None = None,
    archived_before: str | None = None,
) -> SettleResult:
    """Apply ``model.settle()`` to the archive; returns what changed. ``stored``: the kinds the archive
    holds for the pages, when the model was not the one that judged them as they were stored.
    ``extractor``: how a page that became an article is extracted (default: here, pages up to
    EXTRACT_MAX); a page it finds over its bounds stays what it was. ``archived_before``: the start of
    the crawl settling; articles archived before it are never taken back (page_kinds.set_kind)."""
    result = SettleResult()
    options = ExtractOptions.from_mapping(selectors)
    changed = model.settle()
    if stored is not None:
        mature = model.pages >= SETTLE_MIN_PAGES
        changed = {
            r.url: r.kind
            for r in model.records
            if r.kind != stored.get(r.url, r.kind) and (mature or stored.get(r.url) != "article")
        }
    for url, kind in changed.items():
        if kind == "article":
            page = archive.pages.page(url)
            # A page that already failed for a reason (over a bound) is left as it is; without a bounded
            # extractor, so is a very large one (extraction would run in this process, unbounded).
            if page is None or page.status != 200 or not page.body or page.error:
                continue
            if extractor is None and len(page.body) > EXTRACT_MAX:
                continue
            page.kind = "article"
            try:
                page.article = (extractor or _in_process)(page.body, page.url, page.headers, options)
            except (PageOverBound, WorkerLost):
                result.over_bounds += 1
                continue
            if page.article.text:
                change = archive.store_page(page, new_response=False)
                result.promoted += 1
                if change is not None:
                    result.changes[change] = result.changes.get(change, 0) + 1
        else:
            result.demoted += set_kind(archive, url, kind, archived_before)
    # A page read twice by this crawl, an article the first time (a redirect's target) and judged no article
    # the second, points to the article it gave while its kind says it is none: the article goes unless another
    # page still shows it (page_kinds.set_kind), whatever settlement said of the page. (Not a page whose second
    # fetch failed: a failed page loses nothing.)
    if archived_before:
        kept = archive.db.execute(
            "SELECT url, kind FROM pages WHERE site = ? AND article_id IS NOT NULL AND kind IN ('listing', 'page')",
            [model.site],
        ).fetchall()
        for url, kind in kept:
            result.demoted += set_kind(archive, url, kind, archived_before)
    if result.promoted or result.demoted:
        archive.link_aliases()  # redirects stored before their page became an article point to it now
        archive.finalise_site(model.site)
    shapes = [
        ShapeRow(
            key, s.example, s.pages, s.articles, s.listings, s.productive, s.verdict or "page", s.stopped, s.dropped
        )
        for key, s in sorted(model.shapes.items())
    ]
    result.traps = sum(1 for s in shapes if s.stopped)
    save_shapes(archive, model.site, shapes, now)
    return result


def settle_from_archive(
    archive: Archive,
    site: str,
    selectors: dict | None,
    now: str,
    seen: SiteModel | None = None,
    extractor: Extractor | None = None,
    navigator: Navigator | None = None,
    archived_before: str | None = None,
) -> SettleResult:
    """Learn ``site`` from its archived pages, in the order they were stored, and settle it: for
    writers that did not judge the pages themselves (`tessaban store`, fed by distributed workers
    that each saw part of the site), and for crawls that saw part of a site. ``seen``: the model of
    the crawl, whose traps and dropped requests are kept in ``url_shapes``. ``navigator``: how a page
    is read (default: here, pages up to EXTRACT_MAX); a page it finds over its bounds, or that was over
    them when crawled, is left out of the judgement and keeps its kind."""
    model = SiteModel(site)
    stored: dict[str, str] = {}
    for page in archive.pages.in_fetch_order(site):
        if page.error or (navigator is None and len(page.body or b"") > EXTRACT_MAX):
            continue
        try:
            links = (navigator or navigate)(page.body, page.header("content-type"), page.url)
        except (PageOverBound, WorkerLost):
            continue
        if links.evidence is None:
            continue
        model.observe(page.url, links.evidence, links.all_urls())
        stored[page.url] = page.kind
    for items in transparency_links(archive, site).values():  # what the site's ITA index pages named
        model.note_ita_items(items)
    if seen is not None:  # what the crawl saw of traps is not in the archive
        for key, stats in seen.shapes.items():
            if stats.stopped:
                mine = model.shapes.setdefault(key, stats)
                mine.stopped, mine.dropped = stats.stopped, stats.dropped
    return settle_site(archive, model, selectors, now, stored, extractor, archived_before)

"""Settle a site once it is known: re-judge its pages (crawler.site_model), re-store the pages whose
kind changed, and write its URL shapes. Used at the end of a crawl and by ``tessaban reprocess``."""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.site_model import SiteModel
from pipelines.archive import Archive
from pipelines.extract import extract
from pipelines.extract.options import ExtractOptions
from pipelines.page_kinds import ShapeRow, archived_page, save_shapes, set_kind


@dataclass
class SettleResult:
    promoted: int = 0  # pages that became articles
    demoted: int = 0  # article rows removed: their pages were not articles
    traps: int = 0  # shapes stopped as traps
    changes: dict[str, int] = field(default_factory=dict)  # what store_page said of promoted pages: new, alias...


def settle_site(archive: Archive, model: SiteModel, selectors: dict | None, now: str) -> SettleResult:
    """Apply ``model.settle()`` to the archive; returns what changed."""
    result = SettleResult()
    options = ExtractOptions.from_mapping(selectors)
    for url, kind in model.settle().items():
        if kind == "article":
            page = archived_page(archive, url)
            if page is None or page.status != 200 or not page.body:
                continue
            page.kind = "article"
            page.article = extract(page.body, page.url, page.headers, options=options)
            if page.article.text:
                change = archive.store_page(page, new_response=False)
                result.promoted += 1
                if change is not None:
                    result.changes[change] = result.changes.get(change, 0) + 1
        else:
            result.demoted += set_kind(archive, url, kind)
    if result.promoted or result.demoted:
        archive.link_aliases()  # redirects stored before their page became an article point to it now
        archive.finalise_site(model.site)
    shapes = [
        ShapeRow(key, s.example, s.pages, s.articles, s.listings, s.productive, s.verdict or "page", s.stopped,
                 s.dropped)
        for key, s in sorted(model.shapes.items())
    ]
    result.traps = sum(1 for s in shapes if s.stopped)
    save_shapes(archive, model.site, shapes, now)
    return result

"""Re-run page classification, extraction and dedup over archived pages, without fetching."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.archive import Archive
from pipelines.extract import extract
from pipelines.extract.options import ExtractOptions
from pipelines.schema import open_database


@dataclass
class ReprocessResult:
    pages: int = 0
    changes: dict[str, int] = field(default_factory=dict)  # new / changed / unchanged / alias
    sites: set[str] = field(default_factory=set)


def reprocess(
    db_path: str, site: str | None = None, selectors: dict[str, dict[str, str]] | None = None
) -> ReprocessResult:
    """Re-extract every archived HTML page (of ``site``, or all), store what changed as a crawl would
    (earlier versions kept, dated by the fetch their body came from), then re-learn each site's
    template lines."""
    db = open_database(db_path)
    archive = Archive(db)
    result = ReprocessResult()
    try:
        # The kinds the crawl settled (with the whole site known, crawler.site_model) are kept: a
        # re-judgement from archived pages alone (crawler.settlement.settle_from_archive) sees them in
        # another order (on Blogger it stored monthly archives as articles).
        for page in list(archive.archived_pages(site)):
            if page.kind == "article":
                options = ExtractOptions.from_mapping((selectors or {}).get(page.site))
                page.article = extract(page.body, page.url, page.headers, options=options)
                page.error = None if page.article.text else "no article text found"
            change = archive.store_page(page, new_response=False)
            result.pages += 1
            if change is not None:
                result.changes[change] = result.changes.get(change, 0) + 1
                result.sites.add(page.site)
        for name in sorted(result.sites):
            archive.finalise_site(name)
    finally:
        archive.close()
    return result

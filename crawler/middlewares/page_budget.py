"""PageBudgetMiddleware: the page budget for pages only (files have their own)."""

from __future__ import annotations

from scrapy import Request

from crawler.file_requests import linking_page
from crawler.middlewares.site_budget import SiteBudgetMiddleware


class PageBudgetMiddleware(SiteBudgetMiddleware):
    """``TESSABAN_MAX_PAGES`` for pages only: file requests have their own budget (FileBudgetMiddleware)."""

    def process_request(self, request: Request) -> None:
        if linking_page(request):
            return
        super().process_request(request)

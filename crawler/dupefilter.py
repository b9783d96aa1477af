"""RedirectAwareDupeFilter: Scrapy's request dupefilter, except that redirect targets always pass.

Scrapy drops a redirect to a URL it has seen without a trace. Two real cases suffer: a redirect
loop (/a -> /b -> /a), which then leaves no record of either URL, and an alias (/?p=12 -> its
permalink, already crawled), whose pages row is never written. Letting redirect targets through,
a loop ends at REDIRECT_MAX_TIMES as a recorded failure, and an alias costs one more fetch
(crawler.middlewares.alias refuses it when the target was fetched already). A target passing is
still remembered: a link to it found later is the same page, not fetched a second time (a section
``/about.aspx`` redirecting to its first page, then that page linked from the menu: fetched twice,
and its second reading could contradict the first in the archive).
"""

from __future__ import annotations

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter


class RedirectAwareDupeFilter(RFPDupeFilter):
    def request_seen(self, request: Request) -> bool:
        if request.meta.get("redirect_urls"):
            super().request_seen(request)  # remembered, never refused
            return False
        return super().request_seen(request)

"""RetryAfterMiddleware: Scrapy's retries, waiting first as long as a 503/429's Retry-After asks."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message


def retry_after_seconds(value: bytes | None, cap: float) -> float:
    """Seconds a ``Retry-After`` header asks to wait (delta-seconds or an HTTP date), at most ``cap``."""
    if not value:
        return 0.0
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return min(float(text), cap)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, min((moment - datetime.now(UTC)).total_seconds(), cap))


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting first as long as a 503/429 response's ``Retry-After`` asks (capped by
    ``TESSABAN_RETRY_AFTER_MAX``): an overloaded municipal server is given the pause it requested.
    Only that request waits; the crawl goes on."""

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("TESSABAN_RETRY_AFTER_MAX", 60.0)

    # Async, and without the spider argument Scrapy 2.19 deprecated: Scrapy awaits coroutine middleware methods.
    async def process_response(self, request: Request, response):  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"), self.max_wait)
        if wait:
            await asyncio.sleep(wait)
        return self._retry(request, response_status_message(response.status)) or response

"""Logging policy for ``tessaban crawl``: network failures are one line, not a traceback.

A municipal site that is down is an expected outcome, recorded in ``pages.error``; Scrapy's
robots.txt middleware nevertheless logs it with a full traceback. Bugs keep their tracebacks.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
)
from twisted.internet.error import ConnectError, DNSLookupError, TimeoutError
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ConnectError,
    DNSLookupError,
    TimeoutError,
    ResponseFailed,
    ResponseNeverReceived,
    OSError,
)


class NetworkTracebackFilter(logging.Filter):
    """Strip the traceback from log records about network failures; keep the message."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], NETWORK_ERRORS):
            record.exc_info = None
            record.exc_text = None
        return True


# Loggers that report download failures with a traceback attached.
NOISY_LOGGERS = ("scrapy.downloadermiddlewares.robotstxt", "scrapy.core.scraper", "scrapy.core.engine")


def quiet_network_tracebacks() -> None:
    """Install NetworkTracebackFilter on the loggers that report download failures.

    Filters sit on the loggers, not on handlers, because Scrapy replaces the root handler per crawl.
    """
    for name in NOISY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, NetworkTracebackFilter) for f in logger.filters):
            logger.addFilter(NetworkTracebackFilter())

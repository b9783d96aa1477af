"""Downloader middlewares, one per module, each with one job: keep the crawl on its sites
(``site_scope``), within its page budget (``site_budget``), off private addresses
(``private_address``) and within robots.txt (``robots_txt``); fetch a redirect target once (``alias``);
ask again only for what changed (``conditional_requests``); wait as long as a server asks
(``retry_after``); the same rules for file requests (``file_scope``, ``file_robots_txt``,
``page_budget``, ``file_budget``); hold downloads while too many fetched pages are still being processed
(``processing_backpressure``). ``refusals`` holds what they raise.

The classes are also importable from here, so settings that name ``crawler.middlewares.<Class>``
keep working."""

from crawler.middlewares.alias import FETCHED, AliasMiddleware, AlreadyFetched
from crawler.middlewares.conditional_requests import ConditionalRequestMiddleware
from crawler.middlewares.file_budget import FileBudgetMiddleware
from crawler.middlewares.file_robots_txt import FileRobotsTxtMiddleware
from crawler.middlewares.file_scope import FileScopeMiddleware
from crawler.middlewares.page_budget import PageBudgetMiddleware
from crawler.middlewares.private_address import (
    PrivateAddressMiddleware,
    embedded_ipv4,
    is_public_address,
    refusal_reason,
)
from crawler.middlewares.refusals import BudgetRefusal, PolicyRefusal, TrapRefusal, in_scope
from crawler.middlewares.retry_after import RetryAfterMiddleware, retry_after_seconds
from crawler.middlewares.robots_txt import RobotsTxtMiddleware
from crawler.middlewares.site_budget import SiteBudgetMiddleware
from crawler.middlewares.site_scope import SiteScopeMiddleware

__all__ = [
    "FETCHED",
    "AliasMiddleware",
    "AlreadyFetched",
    "BudgetRefusal",
    "ConditionalRequestMiddleware",
    "FileBudgetMiddleware",
    "FileRobotsTxtMiddleware",
    "FileScopeMiddleware",
    "PageBudgetMiddleware",
    "PolicyRefusal",
    "TrapRefusal",
    "PrivateAddressMiddleware",
    "RetryAfterMiddleware",
    "RobotsTxtMiddleware",
    "SiteBudgetMiddleware",
    "SiteScopeMiddleware",
    "embedded_ipv4",
    "in_scope",
    "is_public_address",
    "refusal_reason",
    "retry_after_seconds",
]

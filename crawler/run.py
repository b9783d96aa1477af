"""Run one crawl in this process: settings from crawler.settings, overrides as ``scrapy crawl -s`` gives them."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import SETTINGS_PRIORITIES, Settings

from crawler.crawl_scope import CrawlScope
from crawler.logs import quiet_network_tracebacks
from crawler.spiders.municipal import MunicipalSpider
from pipelines.schema import NotAnArchive, open_database
from pipelines.urls import site_of


class CrawlInputError(ValueError):
    """A start URL, database path or setting the user gave cannot be used."""


@dataclass
class CrawlResult:
    """What a finished crawl reports: Scrapy's stats and the start URLs that gave no HTML page."""

    stats: dict[str, Any]
    start_problems: dict[str, str] = field(default_factory=dict)

    def count(self, key: str) -> int:
        return int(self.stats.get(key, 0))


def check_start_url(url: str) -> str:
    """A usable start URL: http(s) with a host. A bare host (``example.go.th``) gets ``https://``."""
    url = url.strip()
    if "://" not in url and " " not in url and "." in url.split("/")[0]:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise CrawlInputError(f"invalid URL '{url}': {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        raise CrawlInputError(f"invalid URL '{url}': expected http:// or https:// and a host name")
    return url


def check_database(path: str) -> None:
    """Create (or migrate) the archive at ``path`` now, so an unwritable path fails before crawling."""
    try:
        open_database(path).close()
    except NotAnArchive as exc:
        raise CrawlInputError(str(exc)) from None
    except (OSError, sqlite3.Error) as exc:
        raise CrawlInputError(f"cannot write the database at {path}: {exc}") from None


def check_overrides(overrides: Mapping[str, Any]) -> list[str]:
    """Reject a ``-s`` (or registry) setting the crawl cannot use: wrong type, out of range, or one that
    would hang or crash Scrapy (crawler.settings_check). Unknown TESSABAN_* names are warned about on
    stderr, one line each; returns those warnings."""
    import sys

    from crawler.settings_check import SettingError, check_settings

    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        print(f"tessaban: warning: {message}", file=sys.stderr)

    try:
        check_settings(overrides, warn)
    except SettingError as exc:
        raise CrawlInputError(str(exc)) from None
    return warnings


def crawl_settings(db_path: str, max_pages: int = 0, overrides: Mapping[str, Any] | None = None) -> Settings:
    """tessaban's settings module, then ``--db``/``--max-pages``, then ``-s`` overrides (highest)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("TESSABAN_DB", db_path, priority="cmdline")
    if max_pages:
        settings.set("TESSABAN_MAX_PAGES", max_pages, priority="cmdline")
    settings.setdict(dict(overrides or {}), priority="cmdline")
    add_contact(settings)
    return settings


def add_contact(settings: Settings) -> None:
    """Append ``TESSABAN_CONTACT`` (an e-mail or URL) to the User-Agent, so a site's admin can reach
    whoever runs the crawl, unless the User-Agent was replaced outright."""
    contact = " ".join(str(settings.get("TESSABAN_CONTACT") or "").split())
    agent = settings.get("USER_AGENT")
    priority = settings.getpriority("USER_AGENT")  # None only when USER_AGENT is unset, and then agent is None
    if contact and agent.endswith(")") and contact not in agent and priority is not None:
        settings.set("USER_AGENT", f"{agent[:-1]}; +{contact})", priority=priority)


def _site(url: str) -> str:
    try:
        return site_of(url)
    except ValueError:  # refused later, with its reason
        return url


def fit_concurrency(settings: Settings, sites: int) -> None:
    """Leave every site room in the downloader: ``CONCURRENT_REQUESTS`` at least ``sites`` times
    ``CONCURRENT_REQUESTS_PER_DOMAIN``, unless it was given (``-s``, a registry entry). Politeness is
    per site; the global bound only has to stop no site from fetching."""
    given = settings.getpriority("CONCURRENT_REQUESTS")  # never None: Scrapy's defaults set it
    if given is not None and given >= SETTINGS_PRIORITIES["cmdline"]:
        return
    needed = sites * settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
    if needed > settings.getint("CONCURRENT_REQUESTS"):
        settings.set("CONCURRENT_REQUESTS", needed, priority="project")


def run_crawl(start_urls: Sequence[str], settings: Settings) -> CrawlResult:
    """Crawl the sites of ``start_urls`` into the database named by ``TESSABAN_DB``; blocks until done."""
    fit_concurrency(settings, len({_site(u) for u in start_urls}))
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(MunicipalSpider)
    quiet_network_tracebacks()
    process.crawl(crawler, start_urls=list(start_urls))
    process.start()
    return CrawlResult(
        stats=dict(crawler.stats.get_stats()) if crawler.stats else {},
        start_problems=dict(CrawlScope.of(crawler).start_problems),
    )

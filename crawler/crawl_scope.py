"""CrawlScope: what one crawl may fetch and what it already holds, one object per crawler.

The spider fills it (its start URLs' sites, a distributed crawl's sites as they arrive, the archive's
known pages, the hosts its files are on); the middlewares and extensions read it through
``CrawlScope.of(crawler)`` in their ``from_crawler``, never through attributes of the spider.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import Crawler

from crawler.known_pages import KnownPages
from pipelines.urls import site_of

UrlRules = dict[str, tuple[list[re.Pattern[str]], list[re.Pattern[str]]]]


def compile_rules(configured: Mapping[str, Any]) -> UrlRules:
    """``{site: {"allow": [regex], "deny": [regex]}}`` (TESSABAN_URL_RULES, from the registry), compiled."""
    return {
        site: ([re.compile(p) for p in r.get("allow", [])], [re.compile(p) for p in r.get("deny", [])])
        for site, r in configured.items()
    }


@dataclass
class CrawlScope:
    """The sites of one crawl, their allow/deny rules, and what the crawl knows of them."""

    sites: set[str] = field(default_factory=set)  # hosts (``www.`` aside) and ports this crawl may fetch
    bounded: bool = False  # a tessaban spider set the sites (another spider's crawl has no bounds here)
    rules: UrlRules = field(default_factory=dict)  # a site's allow/deny patterns
    shared_frontier: bool = False  # a distributed worker: requests and sites come from Redis
    known: KnownPages = field(default_factory=KnownPages)  # the archive's pages of these sites (incremental)
    file_hosts: set[str] = field(default_factory=set)  # hosts outside the crawl serving files its pages link
    start_problems: dict[str, str] = field(default_factory=dict)  # start URLs that gave no page, and why

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlScope:
        """The crawler's scope, made (with TESSABAN_URL_RULES) the first time it is asked for."""
        scope = getattr(crawler, "_tessaban_scope", None)
        if scope is None:
            scope = cls(rules=compile_rules(crawler.settings.getdict("TESSABAN_URL_RULES")))
            crawler._tessaban_scope = scope  # type: ignore[attr-defined]
        return scope

    def add_sites(self, sites: Iterable[str], rules: UrlRules | None = None) -> None:
        """More sites to crawl (a distributed crawl's, as the registry in Redis names them)."""
        self.sites.update(sites)
        self.rules.update(rules or {})

    def covers(self, url: str) -> bool:
        """Whether ``url`` is on one of the crawl's sites (always, when no tessaban spider bounds it;
        raises ValueError for a malformed URL)."""
        return not self.bounded or site_of(url) in self.sites

    def allows(self, url: str) -> bool:
        """True when ``url`` is on one of the crawl's sites and its site's allow/deny patterns let it
        through (raises ValueError for a malformed URL)."""
        site = site_of(url)
        if site not in self.sites:
            return False
        rules = self.rules.get(site)
        if rules is None:
            return True
        allow, deny = rules
        return not any(p.search(url) for p in deny) and (not allow or any(p.search(url) for p in allow))

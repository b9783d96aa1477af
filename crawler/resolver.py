"""Scrapy's caching DNS resolver, refusing names that resolve to an address that is not public (the
default ``TWISTED_DNS_RESOLVER``).

crawler.middlewares.private_address.PrivateAddressMiddleware resolves a request's host and refuses it when the
address is not public; the download then resolves the name again to connect. A name whose answer
changes between the two (DNS rebinding: public for the check, 127.0.0.1 or 169.254.169.254 for the
connection) would pass the check; Scrapy's DNS cache usually hands both the same answer, but not when
it is off (``DNSCACHE_ENABLED``), full, or the entry was evicted. Checked here, the address that the
connection uses is the one checked. ``TESSABAN_ALLOW_PRIVATE_ADDRESSES`` allows them (the fixtures).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from typing import Any, Self

from scrapy.crawler import Crawler
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError

from crawler.middlewares import is_public_address

__all__ = ["NotPublicAddress", "PublicOnlyResolver"]


class NotPublicAddress(DNSLookupError):
    """A name resolved to an address that is not globally routable unicast."""

    def __init__(self, name: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
        super().__init__(f"{name} resolves to {address}, not a public address")
        self.name = name
        self.address = address


class PublicOnlyResolver(CachingThreadedResolver):
    """CachingThreadedResolver whose answers are only public addresses (else NotPublicAddress)."""

    allow_private = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> Self:
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_private = crawler.settings.getbool("TESSABAN_ALLOW_PRIVATE_ADDRESSES", False)
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:  # noqa: N802 - Twisted's name
        resolved = super().getHostByName(name, timeout)
        if not self.allow_private:
            resolved.addCallback(_public, name)
        return resolved


def _public(address: str, name: str) -> str:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if not is_public_address(parsed):
        raise NotPublicAddress(name, parsed)
    return address

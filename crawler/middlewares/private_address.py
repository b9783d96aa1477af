"""PrivateAddressMiddleware: requests go only to globally routable unicast addresses."""

from __future__ import annotations

import ipaddress
from typing import Self
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future

from crawler.middlewares.refusals import PolicyRefusal

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries and routes to (IPv4-mapped, 6to4, Teredo's client,
    NAT64 64:ff9b::/96), or None: ``2002:7f00:1::`` is 127.0.0.1 in disguise."""
    if address.version != 6:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True only for a globally routable unicast address (and, for IPv6, the IPv4 address it embeds).

    ``is_global`` rather than "not private": carrier-grade NAT (100.64.0.0/10, cloud metadata at
    100.100.100.200) is neither private nor global, and multicast counts as global in ``ipaddress``.
    """
    inner = embedded_ipv4(address)
    if inner is not None and not is_public_address(inner):
        return False
    return address.is_global and not address.is_multicast


def refusal_reason(host: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """The one-line reason a request to ``host`` (at ``address``) is refused."""
    return (
        f"{host} is not a public address ({address}: a private or loopback address, or shared, multicast or "
        "reserved); "
        "set TESSABAN_ALLOW_PRIVATE_ADDRESSES=true to crawl it"
    )


class PrivateAddressMiddleware:
    """Refuse requests to any address that is not globally routable unicast (private, loopback,
    link-local, carrier-grade NAT, multicast, reserved, or such an IPv4 address wrapped in IPv6): a
    public municipal site (or its DNS) must not steer the crawler into the machine's own network.
    ``TESSABAN_ALLOW_PRIVATE_ADDRESSES`` allows them (local mirrors; the test fixtures)."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if crawler.settings.getbool("TESSABAN_ALLOW_PRIVATE_ADDRESSES", False):
            raise NotConfigured
        assert crawler.stats is not None
        return cls(crawler.stats)

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            from twisted.internet import reactor

            try:
                # mypy reads the zope Interface method IReactorCore.resolve as if `name` were self.
                resolved: str = await maybe_deferred_to_future(reactor.resolve(host))  # type: ignore[arg-type]
                address = ipaddress.ip_address(resolved)
            except Exception as exc:  # unresolvable: let the download fail and be recorded as usual
                refused = getattr(exc, "address", None)  # crawler.resolver.NotPublicAddress
                if refused is None:
                    return
                address = refused
        if not is_public_address(address):
            self.stats.inc_value("tessaban/private_address_refused")
            raise PolicyRefusal(refusal_reason(host, address))

"""Hermetic fixture web sites that imitate Thai municipal (เทศบาล/อบต.) sites.

Start one with ``FixtureServer(family)`` (a real HTTP server on loopback),
crawl ``server.base_url`` and compare with ``server.site.articles``.
Standard library only.  See README.md in this folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .families import FAMILIES, build_site
from .model import FixtureArticle, FixtureSite, RequestRecord, Response

if TYPE_CHECKING:
    from .server import FixtureServer

__all__ = [
    "FAMILIES",
    "FixtureArticle",
    "FixtureServer",
    "FixtureSite",
    "RequestRecord",
    "Response",
    "build_site",
]


def __getattr__(name: str) -> object:
    # Imported lazily so `python -m tests.sites.server` runs without a runpy warning.
    if name == "FixtureServer":
        from .server import FixtureServer

        return FixtureServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

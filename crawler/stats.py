"""DirectStatsCollector: Scrapy's in-memory stats collector without its per-access indirection.

Scrapy 2.13+ gives ``StatsCollector`` a ``__getattribute__`` that wraps its methods to warn about a
deprecated ``spider`` argument, and that first looks for a cached wrapper (raising and catching an
``AttributeError``) on every attribute read, ``self._stats`` in each ``inc_value`` included. A crawl
counts several figures for every page (per site, per kind, per status): 2.4 % of the reactor thread's
time in ``bench.profile``, more than the counting itself. tessaban never passes ``spider`` to the
stats, so the warning has nothing to say here.
"""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class DirectStatsCollector(MemoryStatsCollector):
    """``MemoryStatsCollector`` (the stats kept per spider when it closes), its attributes read directly."""

    __getattribute__ = object.__getattribute__

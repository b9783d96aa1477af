"""crawler.stats.DirectStatsCollector: the crawl's stats, counted as Scrapy's MemoryStatsCollector counts
them, without the per-read indirection Scrapy 2.13+ puts in front of every attribute."""

from __future__ import annotations

from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector, StatsCollector
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler

from crawler.stats import DirectStatsCollector


def _figures(stats: StatsCollector) -> dict:
    stats.inc_value("tessaban/pages/article")
    stats.inc_value("tessaban/pages/article", 2)
    stats.inc_value("tessaban/site/a.go.th/pages", start=10)
    stats.max_value("max", 3)
    stats.max_value("max", 1)
    stats.min_value("min", 3)
    stats.min_value("min", 5)
    stats.set_value("first_error", "OperationalError: disk I/O error")
    return dict(stats.get_stats())


def test_it_counts_what_memory_stats_count():
    crawler = get_crawler()
    assert _figures(DirectStatsCollector(crawler)) == _figures(MemoryStatsCollector(crawler))
    assert _figures(DirectStatsCollector(crawler))["tessaban/site/a.go.th/pages"] == 11


def test_it_reads_its_attributes_directly():
    """No wrapper between a caller and ``inc_value``: the method is the class's own, bound."""
    stats = DirectStatsCollector(get_crawler())
    assert stats.inc_value.__func__ is StatsCollector.inc_value
    assert not hasattr(stats, "_cached_inc_value")


def test_tessaban_crawls_count_with_it():
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    assert load_object(settings["STATS_CLASS"]) is DirectStatsCollector

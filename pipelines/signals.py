"""Scrapy signals tessaban's components send each other (with ``crawler.signals.send_catch_log``).

They live here, below ``crawler/``, because pipelines connect to them and ``pipelines/`` never imports
``crawler/``."""

#: The sites of a distributed crawl changed (``tessaban crawl --redis`` added some). Arguments:
#: ``sites``, {site: crawler.distributed.frontier.SiteSpec}, every site of the crawl.
sites_changed = object()

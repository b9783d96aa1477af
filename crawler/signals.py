"""tessaban's own Scrapy signals (sent with ``crawler.signals.send_catch_log``)."""

#: The sites of a distributed crawl changed (``tessaban crawl --redis`` added some). Arguments:
#: ``sites``, {site: crawler.distributed.frontier.SiteSpec}, every site of the crawl.
sites_changed = object()

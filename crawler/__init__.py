"""tessaban: crawl and archive Thai local-government websites (Scrapy project package)."""

__version__ = "0.1.0"

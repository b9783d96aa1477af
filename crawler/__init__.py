"""tessaban: crawl and archive Thai local-government websites (Scrapy project package)."""

from pipelines.identity import __version__

__all__ = ["__version__"]

"""Who tessaban says it is: its version and the User-Agent every request of it carries.

Defined below ``crawler/`` so that the crawl, the site check and the exports (WARC ``warcinfo``
records name the software) say the same thing; ``pipelines/`` never imports ``crawler/``."""

__version__ = "0.1.0"

#: The User-Agent of crawls (Scrapy's ``USER_AGENT``) and of ``tessaban sites check``: robots.txt rules
#: for ``tessaban`` apply to both.
USER_AGENT = f"tessaban/{__version__} (archiver of Thai local-government news)"

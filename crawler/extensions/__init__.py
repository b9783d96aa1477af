"""Scrapy extensions of tessaban: crawl runs recorded in the archive, live progress."""

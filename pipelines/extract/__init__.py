"""Extraction: what the article on a page is. A pure function of (body bytes, URL, headers)."""

from pipelines.extract.article import extract

__all__ = ["extract"]

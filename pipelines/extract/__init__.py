"""Extraction: what the article on a page is. A pure function of (body bytes, URL, headers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipelines.extract.article import extract

__all__ = ["extract"]


def __getattr__(name: str):
    # Imported on first use: the spider's page-parsing workers need pipelines.extract.rules only,
    # and importing the package must not load trafilatura and pythainlp into them (30 MB each).
    if name == "extract":
        from pipelines.extract.article import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

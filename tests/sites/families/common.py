"""Helpers shared by the family templates: escaping, responses, media routes."""

from __future__ import annotations

import html
from datetime import datetime
from urllib.parse import quote

from ..media import GIF_1X1, jpeg, pdf
from ..model import FixtureSite, Response
from ..thaidate import http_date

UTF8_HTML = "text/html; charset=UTF-8"


def esc(text: str) -> str:
    """Escape text content (quotes left alone, as templates do)."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def texturize(text: str) -> str:
    """WordPress-style output: curly quotes and dashes as numeric entities."""
    out = esc(text)
    for char in "“”‘’–…":
        out = out.replace(char, f"&#{ord(char)};")
    return out


def html_page(
    text: str,
    content_type: str = UTF8_HTML,
    encoding: str = "utf-8",
    status: int = 200,
    extra: tuple[tuple[str, str], ...] = (),
) -> Response:
    return Response(status, (("Content-Type", content_type),) + extra, text.encode(encoding))


def redirect(location: str, status: int = 301, extra: tuple[tuple[str, str], ...] = ()) -> Response:
    return Response(status, (("Content-Type", UTF8_HTML), ("Location", location)) + extra)


def static_file(body: bytes, content_type: str, modified: datetime) -> Response:
    """A file as Apache serves it: Last-Modified, ETag, Accept-Ranges."""
    etag = f'"{len(body):x}-{int(modified.timestamp()):x}"'
    return Response(
        200,
        (
            ("Content-Type", content_type),
            ("Last-Modified", http_date(modified)),
            ("ETag", etag),
            ("Accept-Ranges", "bytes"),
        ),
        body,
    )


def add_jpeg(site: FixtureSite, path: str, width: int, height: int, modified: datetime) -> str:
    """Register a photo route (idempotent) and return its path."""
    if not site.has(path):
        site.add(path, static_file(jpeg(width, height), "image/jpeg", modified))
    return path


def add_gif(site: FixtureSite, path: str, modified: datetime) -> str:
    if not site.has(path):
        site.add(path, static_file(GIF_1X1, "image/gif", modified))
    return path


def add_pdf(site: FixtureSite, path: str, title: str, lines: list[str], modified: datetime) -> str:
    if not site.has(path):
        site.add(path, static_file(pdf(title, lines), "application/pdf", modified))
    return path


def add_text(site: FixtureSite, path: str, text: str, content_type: str) -> str:
    """Register a small text asset (CSS, JS, XSL) if not there yet."""
    if not site.has(path):
        site.add(path, Response(200, (("Content-Type", content_type),), text.encode("utf-8")))
    return path


def wp_slug(title: str, limit: int = 200) -> str:
    """The percent-encoded slug WordPress makes from a Thai title.

    Lower-case hex (WordPress lower-cases the encoded slug) and cut at
    ``limit`` characters on a character boundary, as sanitize_title does.
    """
    words = "".join(c if c.isalnum() or c in " -" or "\u0e00" <= c <= "\u0e7f" else " " for c in title.lower()).split()
    slug = ""
    for char in "-".join(words):
        piece = quote(char, safe="-").lower()
        if len(slug) + len(piece) > limit:
            break
        slug += piece
    return slug.strip("-")


def nbsp_indent(text: str, count: int = 4) -> str:
    """Leading &nbsp; indentation, the way Thai editors indent paragraphs."""
    return "&nbsp;" * count + text

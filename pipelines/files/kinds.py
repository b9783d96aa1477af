"""What kind of document a file is: from its bytes first (magic numbers), then its type and name."""

from __future__ import annotations

import zipfile
from io import BytesIO
from urllib.parse import urlsplit

#: Document kinds by file-name extension (the ones a crawl fetches, see TESSABAN_FILE_TYPES).
EXTENSION_KINDS: dict[str, str] = {
    "pdf": "pdf",
    "doc": "doc",
    "docx": "docx",
    "xls": "xls",
    "xlsx": "xlsx",
    "ppt": "ppt",
    "pptx": "pptx",
    "odt": "odt",
    "ods": "ods",
    "jpg": "image",
    "jpeg": "image",
    "png": "image",
    "gif": "image",
    "webp": "image",
    "tif": "image",
    "tiff": "image",
    "bmp": "image",
}
#: Kinds by media type, for links without a telling name (``download.php?id=12``).
MEDIA_KINDS: dict[str, str] = {
    "application/pdf": "pdf",
    "application/msword": "doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.ms-powerpoint": "ppt",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
}
#: The main part of each Office Open XML kind, inside its zip.
_OOXML_PARTS = {"word/document.xml": "docx", "xl/workbook.xml": "xlsx", "ppt/presentation.xml": "pptx"}
_ODF_TYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary Office formats (doc, xls, ppt)
_IMAGES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")


def extension_of(url: str) -> str:
    """The lower-case extension of a URL's path (``pdf``), or ``""``."""
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _zip_kind(body: bytes) -> str | None:
    try:
        with zipfile.ZipFile(BytesIO(body)) as archive:
            names = set(archive.namelist())
            for part, kind in _OOXML_PARTS.items():
                if part in names:
                    return kind
            if "mimetype" in names:
                return _ODF_TYPES.get(archive.read("mimetype").strip())
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return None
    return "zip"


def file_kind(body: bytes, url: str = "", content_type: str | None = None) -> str:
    """``pdf``, ``docx``, ``xlsx``, ``pptx``, ``odt``, ``ods``, ``doc``/``xls``/``ppt`` (old binary
    Office), ``image``, ``html``, or ``unknown``: what the bytes are, whatever the link or the server said."""
    head = body[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        found = _zip_kind(body)
        if found and found != "zip":
            return found
    if head.startswith(_OLE):
        named = EXTENSION_KINDS.get(extension_of(url)) or MEDIA_KINDS.get((content_type or "").split(";")[0].strip())
        return named if named in ("doc", "xls", "ppt") else "doc"
    if head.startswith(_IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if b"<html" in head.lower() or b"<!doctype html" in head.lower():
        return "html"
    return "unknown"

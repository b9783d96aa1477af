"""``read_file``: the Thai-normalised text of one archived file, whatever its kind. Runs in a worker.

A pure function of the file's bytes (plus its URL and media type for the old binary formats), so the
crawl and a later re-read give the same text; what cannot be read is a ``FileText`` with its reason.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pipelines.extract.textclean import normalise_lines
from pipelines.files.kinds import file_kind
from pipelines.files.ocr import OcrMissing, ocr_image
from pipelines.files.office import UnreadableDocument, office_text
from pipelines.files.pdf import pdf_text
from pipelines.items import compress_body


@dataclass(frozen=True)
class ReadOptions:
    """How files are read (settings ``TESSABAN_FILE_OCR``, ``TESSABAN_OCR_LANGUAGES``, ...)."""

    ocr: bool = True  # OCR scanned PDFs and images (Tesseract)
    languages: str = "tha+eng"
    dpi: int = 300  # rendering of PDF pages for OCR
    max_pages: int = 500  # pages of a PDF whose text layer is read
    ocr_pages: int = 20  # pages of a PDF OCRed at most
    max_chars: int = 5_000_000  # text kept per file


@dataclass(frozen=True)
class FileText:
    """What reading one file gave."""

    kind: str  # pdf | docx | xlsx | pptx | odt | ods | doc | xls | ppt | image | html | unknown
    text: str | None  # Thai-normalised, lines kept; None when nothing could be read
    method: str | None  # pypdf | ocr | pypdf+ocr | ooxml | odf | html | None
    pages: int | None = None  # PDF pages
    error: str | None = None  # why there is no text (or only part of it)


#: Marks of HTML written by an office program ("save as web page"), not a web page (a login form).
OFFICE_HTML = re.compile(
    rb"urn:schemas-microsoft-com:office|class=\"?Mso|content=\"?(?:Word|Excel)\.|LibreOffice|OpenOffice"
)


def html_text(body: bytes, content_type: str | None) -> str:
    """The text of an HTML document (scripts and styles left out), one line per block."""
    from pipelines.extract.html_tree import parse_html

    tree, _ = parse_html(body, content_type)
    for node in tree.xpath("//script | //style | //head"):
        node.drop_tree()
    for node in tree.xpath("//p | //div | //tr | //li | //br | //h1 | //h2 | //h3 | //h4 | //td"):
        node.tail = "\n" + (node.tail or "")
    return tree.text_content()


def read_for_archive(
    body: bytes,
    url: str = "",
    content_type: str | None = None,
    options: ReadOptions = ReadOptions(),  # noqa: B008
) -> tuple[FileText, bytes]:
    """``read_file``, and the body zlib-compressed as the archive keeps it: both CPU work a worker
    does, so a large file never holds up the crawl process (compressing 50 MB takes 1.5 s)."""
    return read_file(body, url, content_type, options), compress_body(body)


def _png(body: bytes) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(body)) as image:
        image.seek(0)
        out = io.BytesIO()
        image.convert("L").save(out, format="PNG")
        return out.getvalue()


def read_file(
    body: bytes, url: str = "", content_type: str | None = None, options: ReadOptions = ReadOptions()
) -> FileText:  # noqa: B008
    """Read ``body``: PDF text layer or OCR, Office XML, image OCR. Never raises for bad input: a file
    that cannot be read gives a FileText with ``error`` set (the worker's bounds stop a spinning parser)."""
    kind = file_kind(body, url, content_type)
    text, method, pages, error = None, None, None, None
    try:
        if kind == "pdf":
            text, method, pages, skipped = pdf_text(
                body,
                ocr=options.ocr,
                languages=options.languages,
                dpi=options.dpi,
                max_pages=options.max_pages,
                ocr_pages=options.ocr_pages,
            )
            if pages > options.max_pages:
                error = f"only the first {options.max_pages} of {pages} pages read"
            elif skipped:
                error = f"{skipped} scanned pages not OCRed (at most {options.ocr_pages} a file)"
        elif kind in ("docx", "xlsx", "pptx", "odt", "ods", "doc", "xls", "ppt"):
            text, method = office_text(body, kind), "odf" if kind in ("odt", "ods") else "ooxml"
        elif kind == "html" and OFFICE_HTML.search(body[:65536]):
            # Word's "save as web page" under a .doc name (common on municipal sites): its text
            text, method = html_text(body, content_type), "html"
        elif kind == "image":
            if options.ocr:
                text, method = ocr_image(_png(body), options.languages), "ocr"
            else:
                error = "an image: OCR is off (TESSABAN_FILE_OCR)"
        else:
            error = f"not a document tessaban reads ({kind})"
    except OcrMissing as exc:
        error = str(exc)
    except UnreadableDocument as exc:
        error = str(exc)
    except Exception as exc:  # noqa: BLE001 - a damaged file is a recorded failure, never a crash
        error = f"unreadable {kind.upper()}: {type(exc).__name__}: {str(exc)[:200]}"
    if text is not None:
        text = normalise_lines(text[: options.max_chars]) or None
        if text is None and error is None:
            error = "no text found" + (" (a scan? OCR is off)" if kind == "pdf" and not options.ocr else "")
    return FileText(kind=kind, text=text, method=method if text else None, pages=pages, error=error)

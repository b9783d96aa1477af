"""Text of a PDF: its text layer through pypdf, or OCR of its pages rendered by pdfium (pypdfium2) when
it has none (a scan) or when the layer is garbage (a font without a usable ToUnicode map).

pypdf was chosen by measurement on generated Thai PDFs (README "Files", ``python -m bench.files``): on
shaped text (as Word and LibreOffice write it) it kept every word (F1 1.000 in four fonts) where
pypdfium2 dropped or misplaced tone marks (0.915-1.000) and pdfminer.six split marks from their
letters (0.70-0.74). pdfium renders pages for OCR, which pypdf cannot.
"""

from __future__ import annotations

import io
import re
import unicodedata

from pipelines.files.ocr import ocr_image
from pipelines.files.thai_pua import THAI_PUA

#: A page with fewer readable characters than this has no real text layer (a scan, a photo).
MIN_PAGE_CHARS = 20
#: A text layer with a smaller share of letters, digits and punctuation is garbage (lost ToUnicode).
MIN_READABLE_SHARE = 0.8
#: Largest rendered page for OCR, in pixels (an A4 page at 300 dpi is 8.7 million).
MAX_RENDER_PIXELS = 12_000_000


def readable_share(text: str) -> float:
    """Share of the non-space characters that are letters, marks, digits or punctuation of real text
    (not control characters, private-use code points or U+FFFD)."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    good = sum(1 for c in chars if c != "\ufffd" and unicodedata.category(c)[0] in "LMNPS" and c.isprintable())
    return good / len(chars)


def _pdfium():
    import pypdfium2

    return pypdfium2


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_layer(text: str) -> str:
    """A page's text layer without the control characters glyphs without a character map to (a
    shaped sara am's second glyph often comes out as ``\r``), line breaks kept, and with Thai
    presentation forms of the Private Use Area (Word's shifted tone marks) as the letters they are."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n")).translate(THAI_PUA)


def text_layer(body: bytes, max_pages: int) -> tuple[list[str], int]:
    """The text layer of each of the first ``max_pages`` pages (pypdf), and the page count."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(body))
    count = len(reader.pages)
    return [reader.pages[index].extract_text() or "" for index in range(min(count, max_pages))], count


def page_png(body: bytes, index: int, dpi: int) -> bytes:
    """Page ``index`` rendered in greyscale at ``dpi`` (less when it would exceed MAX_RENDER_PIXELS), as PNG."""
    pdfium = _pdfium()
    document = pdfium.PdfDocument(body)
    try:
        page = document[index]
        width, height = page.get_size()
        scale = dpi / 72
        if width * height * scale * scale > MAX_RENDER_PIXELS:
            scale = (MAX_RENDER_PIXELS / (width * height)) ** 0.5
        image = page.render(scale=scale, grayscale=True).to_pil()
        page.close()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def needs_ocr(page_text: str) -> bool:
    """True when a page's text layer is missing (a scan) or unreadable (a broken ToUnicode map)."""
    stripped = "".join(page_text.split()).translate(THAI_PUA)
    return len(stripped) < MIN_PAGE_CHARS or readable_share(stripped) < MIN_READABLE_SHARE


def pdf_text(
    body: bytes, *, ocr: bool, languages: str, dpi: int, max_pages: int, ocr_pages: int
) -> tuple[str, str, int, int]:
    """(text, method, pages, pages left without OCR) of a PDF; method is ``pypdf``, ``ocr`` or ``pypdf+ocr`` (some pages
    OCRed). Pages without a usable text layer are OCRed (at most ``ocr_pages`` of them) when ``ocr``;
    raises OcrMissing when they need OCR and Tesseract is not installed."""
    layers, count = text_layer(body, max_pages)
    texts, methods = [], set()
    ocred = skipped = 0
    for index, layer in enumerate(layers):
        if not needs_ocr(layer):
            texts.append(clean_layer(layer))
            methods.add("pypdf")
            continue
        if not ocr or ocred >= ocr_pages:
            skipped += ocr and ocred >= ocr_pages
            if readable_share(layer) >= MIN_READABLE_SHARE:
                texts.append(clean_layer(layer))  # a short page (a title, a signature): kept as it is
            continue
        texts.append(ocr_image(page_png(body, index, dpi), languages))
        methods.add("ocr")
        ocred += 1
    method = "+".join(m for m in ("pypdf", "ocr") if m in methods) or "pypdf"
    return "\n".join(texts), method, count, skipped

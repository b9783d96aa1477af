"""Reading the files municipalities publish: Thai text out of generated PDFs (text layer, scanned, broken
ToUnicode), DOCX, XLSX and a photo, with real pdfium and real Tesseract; what cannot be read is a
recorded reason; a decompression bomb is stopped by the worker's memory bound, never the caller.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile

import pytest

from pipelines.files.kinds import file_kind
from pipelines.files.text import ReadOptions, read_file
from pipelines.worker_pool import PageBounds, PageOverBound, WorkerPool
from tests.sites import files_docs as docs


def joined(lines) -> str:
    return "\n".join(lines)


def test_a_text_pdf_in_each_thai_font_reads_back_exactly():
    for font in docs.FONTS:
        found = read_file(docs.text_pdf(docs.ANNOUNCEMENT, font), "https://a.go.th/x.pdf")
        assert (found.kind, found.method, found.pages, found.error) == ("pdf", "pypdf", 1, None), font
        assert docs.text_f1(found.text, joined(docs.ANNOUNCEMENT)) == 1.0, (font, found.text)
        assert "ตำบล" in found.text  # sara am as one character (Thai-normalised), not nikhahit + sara aa


def test_a_shaped_pdf_as_word_writes_it_reads_back_without_lost_or_misplaced_marks():
    """HarfBuzz-shaped text (marks as positioned glyphs, sara am in two glyphs): where pypdfium2 lost
    tone marks (bench.files), the reader keeps every word."""
    for font in docs.FONTS:
        shaped = docs.text_pdf(docs.ANNOUNCEMENT + docs.BUDGET, font, shaped=True)
        found = read_file(shaped, "https://a.go.th/x.pdf")
        assert found.method == "pypdf"
        assert docs.text_f1(found.text, joined(docs.ANNOUNCEMENT + docs.BUDGET)) == 1.0, (font, found.text)
        assert "\r" not in found.text and "ครั้งนี้" in found.text


def test_a_pdf_with_legacy_private_use_thai_forms_reads_as_plain_thai():
    """Word's legacy shaping: lowered and left-shifted tone marks as U+F700-U+F71A in the text layer."""
    lines = (*docs.ANNOUNCEMENT, "ปู่ย่าไปป้อมปราการ ปี่พาทย์ ฟื้นฟู ญาติผู้ใหญ่")
    legacy = docs.pua_pdf(lines)
    found = read_file(legacy, "https://a.go.th/x.pdf")
    assert found.method == "pypdf"
    assert not any("\uf700" <= c <= "\uf71a" for c in found.text)
    assert docs.text_f1(found.text, joined(lines)) == 1.0, found.text


def test_a_scanned_pdf_is_read_by_ocr():
    found = read_file(docs.scanned_pdf(docs.SCANNED), "https://a.go.th/scan.pdf")
    assert (found.kind, found.method, found.error) == ("pdf", "ocr", None)
    assert docs.text_f1(found.text, joined(docs.SCANNED)) >= 0.6, found.text
    assert "หนองแขม" in found.text


def test_a_pdf_whose_font_lost_its_tounicode_map_is_read_by_ocr_not_as_garbage():
    broken = docs.broken_tounicode_pdf(docs.ANNOUNCEMENT)
    assert b"/ToUnicode" not in broken
    found = read_file(broken, "https://a.go.th/broken.pdf")
    assert found.method == "ocr"
    assert docs.text_f1(found.text, joined(docs.ANNOUNCEMENT)) >= 0.8, found.text
    assert not any(ord(c) < 32 and c not in "\n\t" for c in found.text)


def test_without_ocr_a_scan_is_a_recorded_reason():
    found = read_file(docs.scanned_pdf(docs.SCANNED), "https://a.go.th/scan.pdf", options=ReadOptions(ocr=False))
    assert found.text is None and found.method is None
    assert "OCR is off" in found.error


def test_docx_and_xlsx_read_through_their_xml():
    word = read_file(docs.docx(docs.BUDGET), "https://a.go.th/report.docx")
    assert (word.kind, word.method, word.error) == ("docx", "ooxml", None)
    assert docs.text_f1(word.text, joined(docs.BUDGET)) == 1.0  # table cells included
    sheet = read_file(docs.xlsx(docs.BUDGET_ROWS), "https://a.go.th/budget.xlsx")
    assert (sheet.kind, sheet.method) == ("xlsx", "ooxml")
    assert docs.text_f1(sheet.text, docs.xlsx_truth(docs.BUDGET_ROWS)) == 1.0
    assert "12500000" in sheet.text  # numbers as written, not 12500000.0


def test_a_photo_of_a_notice_is_read_by_ocr():
    found = read_file(docs.png(docs.SCANNED), "https://a.go.th/notice.png")
    assert (found.kind, found.method) == ("image", "ocr")
    assert docs.text_f1(found.text, joined(docs.SCANNED)) >= 0.7, found.text


def test_the_kind_comes_from_the_bytes_not_the_name():
    assert file_kind(docs.docx(docs.BUDGET), "https://a.go.th/download.php?id=3", "application/octet-stream") == "docx"
    assert file_kind(docs.text_pdf(["ก"]), "https://a.go.th/file.doc") == "pdf"
    assert file_kind(b"<!DOCTYPE html><html>", "https://a.go.th/x.pdf") == "html"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"%PDF-1.4\n1 0 obj garbage", "unreadable PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old binary Office format"),
        (b"PK\x03\x04 not really a zip", "not a document"),
        (b"<html><body>login</body></html>", "not a document tessaban reads (html)"),
    ],
)
def test_what_cannot_be_read_is_a_reason_never_an_exception(body, reason):
    found = read_file(body, "https://a.go.th/file.doc")
    assert found.text is None
    assert reason in found.error


def test_an_office_zip_bomb_is_refused_before_it_is_inflated():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(260):
                part.write(b" " * (1 << 20))
    found = read_file(out.getvalue(), "https://a.go.th/bomb.docx")
    assert found.kind == "docx" and found.text is None
    assert "would inflate to" in found.error


def test_a_missing_tesseract_is_one_clear_reason():
    """Tesseract off the PATH (a machine without it): the scan is stored with what to install."""
    code = (
        "from pipelines.files.text import read_file; from tests.sites import files_docs as d;"
        "print(read_file(d.scanned_pdf(d.SCANNED), 'x.pdf').error)"
    )
    env = {**os.environ, "PATH": os.path.dirname(sys.executable)}
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=True)
    assert "tesseract" in done.stdout and "apt-get install tesseract-ocr tesseract-ocr-tha" in done.stdout


def test_a_pdf_decompression_bomb_is_stopped_by_the_worker_memory_bound():
    """2 GB of zeros in a 2 MB content stream: pdfium inflates it in the worker, the pool kills the worker
    at its memory bound, the caller gets the reason and the next file is read by a fresh worker."""
    pool = WorkerPool(1, PageBounds(seconds=120, memory_mb=400))
    try:
        bomb = pool.submit(read_file, docs.pdf_bomb(2048), "https://a.go.th/bomb.pdf")
        with pytest.raises(PageOverBound, match="memory bound"):
            bomb.result(timeout=180)
        after = pool.submit(read_file, docs.text_pdf(["เทศบาล"]), "https://a.go.th/ok.pdf").result(timeout=60)
        assert after.text == "เทศบาล"
    finally:
        pool.shutdown()


def test_a_long_scan_is_ocred_up_to_its_page_limit_and_says_so():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for _ in range(3):
        writer.add_page(PdfReader(io.BytesIO(docs.scanned_pdf(docs.SCANNED))).pages[0])
    out = io.BytesIO()
    writer.write(out)
    found = read_file(out.getvalue(), "https://a.go.th/scan3.pdf", options=ReadOptions(ocr_pages=2))
    assert (found.method, found.pages) == ("ocr", 3)
    assert found.text.count("หนองแขม") == 2
    assert found.error == "1 scanned pages not OCRed (at most 2 a file)"


def test_a_web_page_saved_by_word_under_a_doc_name_is_read_as_its_text():
    """Word's "save as web page" in windows-874, linked as .doc: its text, not "not a document"."""
    body = (
        '<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="windows-874">'
        "<style>p.MsoNormal {}</style></head><body><p class=MsoNormal>ประกาศเทศบาลตำบลเกาะสีชัง</p>"
        "<table><tr><td>เรื่อง</td><td>รับสมัครพนักงานจ้าง</td></tr></table><script>var x = 1;</script></body></html>"
    ).encode("cp874")
    found = read_file(body, "https://a.go.th/files/notice.doc", "application/msword")
    assert (found.kind, found.method, found.error) == ("html", "html", None)
    assert found.text.splitlines()[0] == "ประกาศเทศบาลตำบลเกาะสีชัง"
    assert "รับสมัครพนักงานจ้าง" in found.text and "var x" not in found.text

"""Thai documents generated for the file tests and bench: text PDFs, a scanned PDF, DOCX, XLSX, an image.

Every document is written with a real Thai font of Debian's fonts-thai-tlwg (tests/setup-system.sh
installs it) by the library an office would use (fpdf2, python-docx, openpyxl, Pillow), so the bytes
are what such tools write; the text put in is the ground truth the readers are scored against.
"""

from __future__ import annotations

import io
import re
import zlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
# Fonts a municipal PDF might use (TH Sarabun is not packaged in Debian; these are its neighbours).
FONTS = ("Garuda", "Loma", "Norasi", "Kinnari")

#: Ground-truth lines: announcements, procurement, budget lines, as municipalities write them.
ANNOUNCEMENT = (
    "ประกาศเทศบาลตำบลเกาะสีชัง",
    "เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3",
    "ด้วยเทศบาลมีความประสงค์จะประกวดราคาจ้างก่อสร้างถนน",
    "ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้ เป็นเงินทั้งสิ้น 1,250,000 บาท",
    "ผู้ประสงค์จะเสนอราคาต้องเป็นผู้มีอาชีพรับจ้างงานที่ประกวดราคา",
    "ประกาศ ณ วันที่ 15 มีนาคม พ.ศ. 2567",
)
BUDGET = (
    "รายงานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่สอง",
    "งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568",
    "แผนพัฒนาท้องถิ่น ด้านโครงสร้างพื้นฐาน",
    "โครงการปรับปรุงระบบประปาหมู่บ้าน",
)
SCANNED = (
    "ประกาศรับสมัครพนักงานจ้าง",
    "เทศบาลตำบลหนองแขม",
    "ยื่นใบสมัครได้ที่สำนักปลัด",
)


def font_path(name: str = "Garuda") -> Path:
    """The TTF of a fonts-thai-tlwg font."""
    return FONT_DIR / f"{name}.ttf"


def text_pdf(lines: tuple[str, ...] | list[str], font: str = "Garuda", size: int = 16, shaped: bool = False) -> bytes:
    """A PDF with a text layer: ``lines`` set in ``font`` (embedded subset, with its ToUnicode map).
    ``shaped``: laid out by HarfBuzz as Word and LibreOffice do (marks as positioned glyphs, sara am as
    two glyphs, the font's shifted-mark variants), which is what Thai readers get wrong."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creator("Microsoft Word 2016")
    pdf.add_font(font, fname=str(font_path(font)))
    pdf.set_font(font, size=size)
    if shaped:
        pdf.set_text_shaping(True)  # needs uharfbuzz (the test extra)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, size * 0.6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def text_image(lines: tuple[str, ...] | list[str], font: str = "Garuda", size: int = 40) -> Image:
    """A white page image with ``lines`` in black, as a scanner gives it (greyscale, 200 dpi-like)."""
    from PIL import Image, ImageDraw, ImageFont

    face = ImageFont.truetype(str(font_path(font)), size)
    width, line_height = 1400, int(size * 1.8)
    image = Image.new("L", (width, line_height * (len(lines) + 2)), 255)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((60, line_height * (index + 1)), line, font=face, fill=0)
    return image


def png(lines: tuple[str, ...] | list[str]) -> bytes:
    """A PNG photo of a notice: ``lines`` as pixels only."""
    out = io.BytesIO()
    text_image(lines).save(out, format="PNG")
    return out.getvalue()


def scanned_pdf(lines: tuple[str, ...] | list[str]) -> bytes:
    """An image-only PDF (no text layer), as a scanner or a phone app writes it."""
    out = io.BytesIO()
    text_image(lines).save(out, format="PDF", resolution=200.0)
    return out.getvalue()


# Legacy Thai shaping, as Word's PDF export did it: marks replaced by their shifted forms in the Private
# Use Area of the font (pipelines/files/thai_pua.py has the meaning of each).
_TALL = "ปฝฟฬ"
_UPPER_LEFT = {"ั": "\uf710", "ิ": "\uf701", "ี": "\uf702", "ึ": "\uf703", "ื": "\uf704", "็": "\uf712", "ํ": "\uf711"}
_TONES = "่้๊๋์"
_TONE_LEFT = dict(zip(_TONES, "\uf713\uf714\uf715\uf716\uf717", strict=True))
_TONE_LOW_LEFT = dict(zip(_TONES, "\uf705\uf706\uf707\uf708\uf709", strict=True))
_TONE_LOW = dict(zip(_TONES, "\uf70a\uf70b\uf70c\uf70d\uf70e", strict=True))
_DESCLESS = {"ญ": "\uf70f", "ฐ": "\uf700"}


def legacy_shaped(text: str) -> str:
    """``text`` with the Private-Use presentation forms legacy Thai shaping puts in: a tone mark with no
    upper vowel lowered, marks over ป ฝ ฟ ฬ moved left, ญ and ฐ without their tail above a lower vowel."""
    out: list[str] = []
    base, upper = "", False
    for index, char in enumerate(text):
        following = text[index + 1] if index + 1 < len(text) else ""
        if char in _UPPER_LEFT:
            out.append(_UPPER_LEFT[char] if base in _TALL else char)
            upper = True
        elif char in _TONES:
            if following == "ำ":  # above the nikhahit of sara am: stays high
                out.append(char)
            elif base in _TALL:
                out.append((_TONE_LEFT if upper else _TONE_LOW_LEFT)[char])
            else:
                out.append(char if upper else _TONE_LOW[char])
        elif char in _DESCLESS and following in "ฺุู":
            out.append(_DESCLESS[char])
            base, upper = char, False
        else:
            out.append(char)
            if "\u0e01" <= char <= "\u0e2e":
                base, upper = char, False
    return "".join(out)


def pua_pdf(lines: tuple[str, ...] | list[str], font: str = "Garuda") -> bytes:
    """A text PDF written with legacy Thai shaping: its text layer holds Private-Use code points."""
    return text_pdf([legacy_shaped(line) for line in lines], font)


def broken_tounicode_pdf(lines: tuple[str, ...] | list[str], font: str = "Garuda") -> bytes:
    """A text PDF whose font lost its ToUnicode map, as some Word exports in TH Sarabun do: the glyphs
    are drawn right, but their codes (subset glyph ids) no longer say which characters they are."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.compress = False
    pdf.add_font(font, fname=str(font_path(font)))
    pdf.set_font(font, size=16)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    raw = bytes(pdf.output())
    # "/ToUnicode 9 0 R" -> spaces of the same length: the xref offsets stay right.
    return re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), raw)


def docx(paragraphs: tuple[str, ...] | list[str], font: str = "TH SarabunPSK") -> bytes:
    """A Word document (python-docx) with one paragraph per entry and a table of the last two."""
    from docx import Document

    document = Document()
    for paragraph in paragraphs[:-2]:
        run = document.add_paragraph().add_run(paragraph)
        run.font.name = font
    table = document.add_table(rows=1, cols=2)
    for cell, text in zip(table.rows[0].cells, paragraphs[-2:], strict=False):
        cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx(rows: list[tuple[str, ...]]) -> bytes:
    """An Excel workbook (openpyxl) with ``rows`` on its first sheet (shared strings, as Excel writes)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "งบประมาณ"
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


BUDGET_ROWS = [
    ("แผนงาน", "งบประมาณ (บาท)"),
    ("แผนงานบริหารงานทั่วไป", 12500000),
    ("แผนงานการศึกษา", 4300000),
    ("แผนงานสาธารณสุข", 2100000),
]


def xlsx_truth(rows: list[tuple]) -> str:
    """The text a reader should find in ``xlsx(rows)``: every cell."""
    return "\n".join(" ".join(str(cell) for cell in row) for row in rows)


@cache
def pdf_bomb(megabytes: int = 2048) -> bytes:
    """A one-page PDF whose content stream inflates to ``megabytes`` of zeros from a few MB of bytes."""
    chunk = zlib.compressobj(9)
    zeros = b"\0" * (1 << 20)
    stream = b"".join(chunk.compress(zeros) for _ in range(megabytes)) + chunk.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text_f1(got: str | None, want: str) -> float:
    """Token F1 of a reader's text against the ground truth: pythainlp words (newmm) of both, counted
    as multisets, punctuation left out; 1.0 is every word found and nothing else."""
    from collections import Counter

    from pipelines.thai_words import words

    def tokens(text: str) -> Counter[str]:
        return Counter(w for w in words(text) if any(c.isalnum() for c in w))

    found, truth = tokens(got or ""), tokens(want)
    overlap = sum((found & truth).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(found.values()), overlap / sum(truth.values())
    return 2 * precision * recall / (precision + recall)

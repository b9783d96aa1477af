"""Text of Office documents read as what they are, zip archives of XML: DOCX, XLSX, PPTX, ODT, ODS.

No Office library is needed: the parts that hold the text are read with lxml (entities never
resolved), and an archive whose parts would inflate beyond ``MAX_XML_BYTES`` is refused before
anything is inflated (a zip bomb). The old binary formats (DOC, XLS, PPT) are not read: their files
are kept and recorded with that reason.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from io import BytesIO

from lxml import etree

#: Most bytes of XML an Office file may inflate to (all its text parts together).
MAX_XML_BYTES = 200 * 1024 * 1024

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)


class UnreadableDocument(ValueError):
    """A document whose text cannot be read; the message is the reason recorded."""


def _numbered(names: list[str], pattern: str) -> list[str]:
    """Parts named like ``pattern`` (a regex with one number group), in number order."""
    found = [(int(m.group(1)), n) for n in names if (m := re.fullmatch(pattern, n))]
    return [name for _, name in sorted(found)]


def _parts(archive: zipfile.ZipFile, names: list[str]) -> Iterator[etree._Element]:
    for name in names:
        yield etree.fromstring(archive.read(name), _PARSER)


def _open(body: bytes, wanted: list[str] | None = None) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(BytesIO(body))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise UnreadableDocument(f"not a readable zip archive: {exc}") from None
    inflated = sum(i.file_size for i in archive.infolist() if i.filename.endswith(".xml"))
    if inflated > MAX_XML_BYTES:
        raise UnreadableDocument(f"its XML would inflate to {inflated:,} bytes (over {MAX_XML_BYTES:,}): refused")
    return archive


def _docx(archive: zipfile.ZipFile) -> str:
    (root,) = _parts(archive, ["word/document.xml"])
    lines = []
    for paragraph in root.iter(f"{W}p"):
        pieces = []
        for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br"):
            pieces.append(node.text or "" if node.tag == f"{W}t" else " " if node.tag == f"{W}tab" else "\n")
        lines.append("".join(pieces))
    return "\n".join(lines)


def _cell_value(cell: etree._Element, shared: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{S}t"))
    value = cell.findtext(f"{S}v") or ""
    if kind == "s":
        return shared[int(value)] if value.isdigit() and int(value) < len(shared) else ""
    if kind in (None, "n") and value.endswith(".0"):
        return value[:-2]
    return value


def _xlsx(archive: zipfile.ZipFile) -> str:
    names = archive.namelist()
    shared: list[str] = []
    if "xl/sharedStrings.xml" in names:
        (strings,) = _parts(archive, ["xl/sharedStrings.xml"])
        shared = ["".join(t.text or "" for t in si.iter(f"{S}t")) for si in strings.iter(f"{S}si")]
    lines = []
    for sheet in _parts(archive, _numbered(names, r"xl/worksheets/sheet(\d+)\.xml")):
        for row in sheet.iter(f"{S}row"):
            cells = [_cell_value(c, shared) for c in row.iter(f"{S}c")]
            if any(cells):
                lines.append(" ".join(c for c in cells if c))
    return "\n".join(lines)


def _pptx(archive: zipfile.ZipFile) -> str:
    slides = _numbered(archive.namelist(), r"ppt/slides/slide(\d+)\.xml")
    return "\n".join(
        "".join(t.text or "" for t in paragraph.iter(f"{A}t"))
        for slide in _parts(archive, slides)
        for paragraph in slide.iter(f"{A}p")
    )


def _odf(archive: zipfile.ZipFile) -> str:
    (root,) = _parts(archive, ["content.xml"])
    lines = []
    for node in root.iter(f"{TEXT_NS}p", f"{TEXT_NS}h"):
        lines.append("".join(node.itertext()))
    return "\n".join(lines)


READERS = {"docx": _docx, "xlsx": _xlsx, "pptx": _pptx, "odt": _odf, "ods": _odf}


def office_text(body: bytes, kind: str) -> str:
    """The text of a ``docx``, ``xlsx``, ``pptx``, ``odt`` or ``ods`` file; raises UnreadableDocument."""
    reader = READERS.get(kind)
    if reader is None:
        raise UnreadableDocument(f"{kind.upper()} (old binary Office format) is kept but not read")
    archive = _open(body)
    try:
        return reader(archive)
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise UnreadableDocument(f"damaged {kind.upper()}: {exc}") from None
    finally:
        archive.close()

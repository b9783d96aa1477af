"""Tiny but valid binary files (JPEG photos, PDF attachments), stdlib only."""

from __future__ import annotations

from functools import cache


@cache
def jpeg(width: int, height: int) -> bytes:
    """A valid baseline grey JPEG of the given size (a few hundred bytes).

    Every 8x8 block has DC difference 0 and an immediate end-of-block, coded
    with one-symbol Huffman tables, so the scan costs two bits per block.
    """

    def segment(marker: int, payload: bytes) -> bytes:
        return bytes((0xFF, marker)) + (len(payload) + 2).to_bytes(2, "big") + payload

    jfif = b"JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00"
    dqt = b"\x00" + bytes([1] * 64)
    sof = b"\x08" + height.to_bytes(2, "big") + width.to_bytes(2, "big") + b"\x01" + b"\x01\x11\x00"
    one_code = bytes([1] + [0] * 15) + b"\x00"  # one code of length 1 -> 0x00
    dht_dc = b"\x00" + one_code
    dht_ac = b"\x10" + one_code
    sos = b"\x01\x01\x00\x00\x3f\x00"
    blocks = -(-width // 8) * -(-height // 8)
    bits = 2 * blocks
    data = bytearray(bits // 8)
    if bits % 8:
        data.append(0xFF >> (bits % 8))  # pad the last byte with 1-bits
    return (
        b"\xff\xd8"
        + segment(0xE0, jfif)
        + segment(0xDB, dqt)
        + segment(0xC0, sof)
        + segment(0xC4, dht_dc)
        + segment(0xC4, dht_ac)
        + segment(0xDA, sos)
        + bytes(data)
        + b"\xff\xd9"
    )


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(title: str, lines: list[str], producer: str = "Microsoft Word 2010") -> bytes:
    """A one-page PDF 1.4 with ASCII text lines and a correct xref table."""
    text_ops = ["BT", "/F1 16 Tf", "72 770 Td", f"({_pdf_escape(title)}) Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines:
        text_ops += [f"({_pdf_escape(line)}) Tj", "0 -16 Td"]
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (" + _pdf_escape(title) + ") /Producer (" + _pdf_escape(producer) + ") >>").encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref_at}\n%%EOF\n").encode()
    return bytes(out)


# The classic 1x1 transparent GIF (bullets, spacers, icons of old CMSs).
GIF_1X1 = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04"
    b"\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)

"""Decoding Thai pages: windows-874/TIS-620 declared in a meta tag, lies in headers, no declaration."""

import pytest

from pipelines.extract.charset import decode_html, detect_encoding, normalise_charset

THAI = "เทศบาลตำบลเกาะสีชัง ประชาสัมพันธ์การฉีดวัคซีน"


def page(text: str, meta: str | None = None) -> str:
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">' if meta else ""
    return f"<html><head>{head}</head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize("label", ["tis-620", "TIS620", "iso-8859-11", "windows-874", "x-windows-874"])
def test_thai_labels_map_to_cp874(label):
    assert normalise_charset(label) == "cp874"


def test_meta_only_windows_874():
    body = page(THAI, meta="windows-874").encode("cp874")
    text, encoding = decode_html(body, "text/html")
    assert encoding == "cp874"
    assert THAI in text


@pytest.mark.parametrize("header", ["text/html; charset=utf-8", "text/html; charset=ISO-8859-1"])
def test_header_lie_does_not_corrupt_thai(header):
    body = page(THAI, meta="windows-874").encode("cp874")
    text, _ = decode_html(body, header)
    assert THAI in text


def test_undeclared_windows_874_is_not_cp1252():
    body = page(THAI).encode("cp874")
    assert detect_encoding(body, "text/html") == "cp874"
    assert THAI in decode_html(body)[0]


def test_utf8_page_with_wrong_meta_is_utf8():
    body = page(THAI, meta="tis-620").encode("utf-8")
    assert THAI in decode_html(body, "text/html")[0]


def test_bom_wins():
    body = b"\xef\xbb\xbf" + page(THAI).encode("utf-8")
    assert decode_html(body, "text/html; charset=iso-8859-1")[0].count(THAI) == 1

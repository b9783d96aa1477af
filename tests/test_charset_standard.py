"""Charset labels resolved as the WHATWG Encoding Standard does, and decoding once a label is accepted.

Pages are generated here by encoding text: GB2312/GBK/Big5/Shift_JIS/EUC-KR declared in the header
or a meta tag; a declared page with a stray byte keeps its declaration (replacement characters),
and the Thai guess is made only when nothing is declared or the declaration is clearly wrong.
"""

from __future__ import annotations

import pytest

from pipelines.extract import extract
from pipelines.extract.charset import decode_html, detect_encoding, normalise_charset

CHINESE = "市政府发布关于加强城市环境卫生管理的通知，请广大市民积极配合。"
TRADITIONAL = "市政府發布關於加強城市環境衛生管理的通知，請廣大市民積極配合。"
JAPANESE = "市役所は、ごみの分別収集に関するお知らせを発表しました。"
KOREAN = "시청은 쓰레기 분리수거에 관한 안내문을 발표했습니다."
THAI = "เทศบาลตำบลเกาะสีชัง ประชาสัมพันธ์การฉีดวัคซีน"


def page(text: str, meta: str | None = None) -> str:
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">' if meta else ""
    return f"<html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("gb2312", "gb18030"),
        ("GBK", "gb18030"),
        ("big5", "big5hkscs"),
        ("shift_jis", "cp932"),
        ("euc-kr", "cp949"),
        ("tis-620", "cp874"),
        ("iso-8859-11", "cp874"),
        ("windows-874", "cp874"),
        ("iso-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("utf8", "utf-8"),
        ("no-such-charset", None),
    ],
)
def test_labels_resolve_as_the_standard_says(label, codec):
    assert normalise_charset(label) == codec


@pytest.mark.parametrize(
    ("text", "label", "codec"),
    [
        (CHINESE, "gb2312", "gb18030"),
        (CHINESE, "gbk", "gb18030"),
        (TRADITIONAL, "big5", "big5hkscs"),
        (JAPANESE, "shift_jis", "cp932"),
        (KOREAN, "euc-kr", "cp949"),
    ],
)
@pytest.mark.parametrize("where", ["header", "meta"])
def test_cjk_pages_decode_with_their_declared_charset(text, label, codec, where):
    body = page(text, meta=label if where == "meta" else None).encode(codec)
    content_type = f"text/html; charset={label}" if where == "header" else "text/html"
    decoded, encoding = decode_html(body, content_type)
    assert encoding == codec
    assert text in decoded


@pytest.mark.parametrize("where", ["header", "meta"])
def test_declared_gb2312_with_a_stray_byte_is_not_guessed_thai(where):
    encoded = page(CHINESE, meta="gb2312" if where == "meta" else None).encode("gb18030")
    cut = encoded.index(CHINESE[10:].encode("gb18030"))
    body = encoded[:cut] + b"\xff" + encoded[cut:]  # not a GB18030 byte: one replacement character
    content_type = "text/html; charset=gb2312" if where == "header" else "text/html"
    decoded, encoding = decode_html(body, content_type)
    assert encoding == "gb18030"
    assert CHINESE[:10] in decoded and CHINESE[10:] in decoded
    assert decoded.count("\ufffd") == 1


def test_header_beats_meta_when_both_are_plausible():
    body = page(CHINESE, meta="big5").encode("gb18030")
    assert detect_encoding(body, "text/html; charset=gbk") == "gb18030"


def test_meta_used_when_the_header_is_clearly_wrong_for_thai_bytes():
    body = page(THAI, meta="tis-620").encode("cp874")
    assert detect_encoding(body, "text/html; charset=utf-8") == "cp874"
    assert detect_encoding(body, "text/html; charset=iso-8859-1") == "cp874"


def test_legacy_label_over_utf8_bytes_is_clearly_wrong():
    body = page(CHINESE, meta="gb2312").encode("utf-8")
    assert detect_encoding(body, "text/html") == "utf-8"


def test_utf8_page_with_a_stray_byte_stays_utf8():
    body = page(THAI + " ok", meta="utf-8").encode("utf-8").replace(b" ok", b" \xff")
    decoded, encoding = decode_html(body, "text/html")
    assert encoding == "utf-8"
    assert THAI in decoded


def test_undeclared_thai_is_still_guessed():
    body = page(THAI).encode("cp874")
    assert detect_encoding(body, "text/html") == "cp874"


def test_utf16_bom_is_read_and_dropped():
    body = page(CHINESE).encode("utf-16")
    decoded, _ = decode_html(body, "text/html; charset=gbk")
    assert decoded.startswith("<html>")
    assert CHINESE in decoded


def test_extract_reads_a_gbk_article():
    paragraph = CHINESE * 4
    html = (
        '<html><head><meta charset="gbk"><title>通知</title></head><body><article><h1>通知</h1>'
        f"<p>{paragraph}</p><p>{TRADITIONAL}</p></article></body></html>"
    )
    article = extract(html.encode("gb18030"), "http://example.cn/a.html", {"Content-Type": "text/html"})
    assert article.encoding == "gb18030"
    assert paragraph in article.text.replace("\n", "")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (CHINESE * 4, "gbk"),
        (TRADITIONAL * 4, "big5"),
        (JAPANESE * 4, "shift_jis"),
        (KOREAN * 4, "euc-kr"),
    ],
    ids=["gbk", "big5", "shift_jis", "euc-kr"],
)
def test_undeclared_cjk_is_not_guessed_thai(text, codec):
    """CJK bytes fall in TIS-620's letter range; Thai marks on them would sit anywhere, not on consonants."""
    body = page(text).encode(codec)
    decoded, encoding = decode_html(body, "text/html")
    assert encoding != "cp874"
    assert text in decoded


@pytest.mark.parametrize(
    "text",
    [
        THAI,
        "น้ำท่วมขังถนนสายหลัก กองช่างเร่งสูบน้ำออก ประชาชนสัญจรได้ตามปกติแล้ว",
        "ประกาศ เรื่อง การรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ประจำปีงบประมาณ ๒๕๖๗",
    ],
)
def test_undeclared_thai_with_marks_is_still_guessed(text):
    assert detect_encoding(page(text).encode("cp874"), "text/html") == "cp874"


GERMAN = "Schaf, Standardausführung, weiß: Größe und Gewicht der Rassen im Überblick. " * 3


@pytest.mark.parametrize("meta", ["utf-8", None])
def test_utf8_with_stray_bytes_is_not_guessed_thai(meta):
    """UTF-8's two-byte letters (ä is C3 A4) fall in TIS-620's letter range: a German UTF-8 page with a
    few bytes that are not UTF-8 stays UTF-8, declared or not."""
    body = page(GERMAN, meta).encode("utf-8").replace(b"</p>", b"\x96\x85</p>")
    assert detect_encoding(body) == "utf-8"
    assert "Standardausführung" in decode_html(body)[0]


def test_a_latin_page_under_a_utf8_label_is_read_as_latin():
    """Its non-ASCII bytes are all bad UTF-8: the label is clearly wrong, and it is no Thai either."""
    body = page(GERMAN, "utf-8").encode("cp1252")
    assert detect_encoding(body) == "cp1252"
    assert "weiß" in decode_html(body)[0]
    thai = page(THAI * 5, "utf-8").encode("cp874")  # the Thai case under a lying UTF-8 label stays Thai
    assert detect_encoding(thai) == "cp874"

"""Thai normalisation and line classification used by extraction."""

from __future__ import annotations

import random

import pytest
from pythainlp.util import normalize

from pipelines.extract.textclean import clean_lines, is_boilerplate, is_dateline, normalise_text, thai_normalise
from tests.sites.corpus import STORIES

TYPOS = ["เ", "\u200b", "\u200c", "่", "้", "ั", "ิ", "ุ", " ", "ๅ", "ํ", "า", "์"]


def corpus_lines() -> list[str]:
    return [p for stories in STORIES.values() for s in stories for p in (s.title, *s.paragraphs)]


def test_fast_path_equals_pythainlp_normalize_even_with_typos():
    rnd = random.Random(7)
    lines = corpus_lines()
    typos = []
    for line in lines * 3:
        i = rnd.randrange(len(line))
        typos.append(line[:i] + rnd.choice(TYPOS) + line[i:])
    for line in lines + typos:
        line = " ".join(line.split())  # thai_normalise is given whitespace-collapsed lines
        assert thai_normalise(line) == normalize(line), repr(line)


@pytest.mark.parametrize(("raw", "clean"), [("เเม่น้ำ", "แม่น้ำ"), ("สวัส\u200bดี", "สวัสดี"), ("ก  ข\u00a0ค", "ก ข ค")])
def test_normalise_text(raw, clean):
    assert normalise_text(raw) == clean


@pytest.mark.parametrize(
    "line",
    [
        "15 กรกฎาคม 2565 โดย งานประชาสัมพันธ์",
        "วันที่ 25 มกราคม 2560   เข้าชม 232 ครั้ง   โดย งานประชาสัมพันธ์",
        "๒๐ ส.ค. ๒๕๖๑ เข้าชม 935 ครั้ง",
        "เรื่องนี้ถูกเขียนเมื่อ วันอังคารที่ 10 เมษายน 2018 เวลา 4:00 pm โดย งานป้องกันและบรรเทาสาธารณภัย",
        "ประกาศวันที่ 15/01/2552",
    ],
)
def test_datelines(line):
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "เทศบาลจัดประชุมเมื่อวันที่ 15 มีนาคม 2564 ณ ห้องประชุมสำนักงานเทศบาล",
        "ประกาศ ณ วันที่ 20 สิงหาคม พ.ศ. 2553",  # the formal end of an announcement: text
        "ขอเชิญชวนประชาชนร่วมกิจกรรม",
    ],
)
def test_not_datelines(line):
    assert not is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "ใส่ความเห็น",
        "แชร์",
        "Share on Facebook",
        "เข้าชม 245 ครั้ง",
        "ฮิต: 123",
        "ประเภท : ข่าวประชาสัมพันธ์",
        "เรื่องล่าสุด",
        "พิมพ์หน้านี้ | ย้อนกลับ",
        "Keep Reading",
        "« ข่าวก่อนหน้า",
        "ข่าวถัดไป »",
    ],
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


def test_clean_lines_drops_title_captions_datelines_and_labels():
    text = "ลอกคลอง\n15 ก.ค. 2565\nเนื้อข่าวจริง\nลอกคลอง\nดาวน์โหลด : แบบฟอร์มคำร้อง\n*****\nShare on Facebook"
    cleaned = clean_lines(text, title="ลอกคลอง", captions=["ลอกคลอง"], link_labels=["แบบฟอร์มคำร้อง"])
    assert cleaned == "เนื้อข่าวจริง"


def test_a_table_row_of_captions_only_is_dropped_and_a_row_with_other_cells_stays_whole():
    """A gallery's row (trafilatura's ``| caption | caption |``) is no text; a layout row holding a caption beside
    other cells (the sidebar and the title's cell of a table layout) stays as it is, for drop_title to know."""
    captions = ["มอบหน้ากากอนามัยผ้าให้ประชาชน", "จิตอาสาร่วมกันเก็บขยะริมถนน"]
    gallery = f"| {captions[0]} | {captions[1]} |"
    layout = f"| นายกเทศมนตรีตำบลบ้านไร่ใต้ สายตรงนายกฯ ข่าวล่าสุด สถิติผู้เยี่ยมชม | {captions[0]} |"
    body = "เทศบาลตำบลบ้านไร่ใต้ร่วมกับกลุ่มแม่บ้านมอบหน้ากากอนามัยผ้าให้แก่ประชาชนทั้งเก้าชุมชน"
    kept = clean_lines("\n".join([body, gallery, layout]), title=None, captions=captions).splitlines()
    assert kept == [body, layout]

"""Tests for pipelines.extract.thai_date: Thai, numeric and English dates on municipal pages."""

from __future__ import annotations

import dataclasses
import time
from datetime import date, timedelta

import pytest

from pipelines.extract.thai_date import DateMatch, find_dates, parse_thai_date

TODAY = date(2025, 6, 30)


def parse(text: str, today: date = TODAY) -> date | None:
    return parse_thai_date(text, today=today)


# --------------------------------------------------------------------------------------------
# Dates that must be read
# --------------------------------------------------------------------------------------------

POSITIVE = [
    # full month name, BE year
    ("1 พฤษภาคม 2561", date(2018, 5, 1)),
    # WordPress "F jS, Y" with a Thai locale (Kubrick themes): Thai month first, ordinal, Gregorian year
    ("ตุลาคม 8th, 2010", date(2010, 10, 8)),
    ("วันจันทร์, มกราคม 11th, 2010 เวลา 3:25 pm", date(2010, 1, 11)),
    ("มีนาคม 23, 2564", date(2021, 3, 23)),
    # abbreviations, with or without dots and spaces, 2- or 4-digit BE years
    ("1 พ.ค. 2561", date(2018, 5, 1)),
    ("1 พ.ค.61", date(2018, 5, 1)),
    ("1 พค 61", date(2018, 5, 1)),
    ("1 พ.ค 2561", date(2018, 5, 1)),
    ("1 พ. ค. 2561", date(2018, 5, 1)),
    ("1พ.ค.2561", date(2018, 5, 1)),
    # Thai digits
    ("๒๓ มีนาคม ๒๕๖๔", date(2021, 3, 23)),
    ("๑ พ.ค. ๖๑", date(2018, 5, 1)),
    # weekday prefixes, "วันที่" label, trailing time
    ("วันพฤหัสบดีที่ 28 กรกฎาคม 2565", date(2022, 7, 28)),
    ("วันพฤหัสบดี ที่ 28 กรกฎาคม 2565", date(2022, 7, 28)),
    ("พฤ. 28 ก.ค. 65", date(2022, 7, 28)),
    ("วันที่ 15 มีนาคม 2564 เวลา 10.00 น.", date(2021, 3, 15)),
    ("ประกาศ ณ วันที่ 15 มีนาคม 2564", date(2021, 3, 15)),
    # explicit eras
    ("15 มีนาคม พ.ศ. 2564", date(2021, 3, 15)),
    ("15 มี.ค. พ.ศ.2564", date(2021, 3, 15)),
    ("15 มีนาคม พศ 2564", date(2021, 3, 15)),
    ("15 มีนาคม ค.ศ. 2021", date(2021, 3, 15)),
    ("15 มี.ค. ค.ศ. 21", date(2021, 3, 15)),
    ("15 มี.ค. ค.ศ. 99", date(1999, 3, 15)),
    ("1 เดือนพฤษภาคม พุทธศักราช 2561", date(2018, 5, 1)),
    ("15 มีนาคม ปี พ.ศ. 2564", date(2021, 3, 15)),
    # 4-digit years without era: 1900-2200 Gregorian, 2400-2700 BE
    ("15 มีนาคม 2021", date(2021, 3, 15)),
    ("15 มีนาคม 2564", date(2021, 3, 15)),
    # 2-digit years are BE
    ("15 มี.ค. 64", date(2021, 3, 15)),
    ("1 ม.ค. 40", date(1997, 1, 1)),
    # numeric, day first
    ("15/01/2552", date(2009, 1, 15)),
    ("15-01-2552", date(2009, 1, 15)),
    ("15.01.52", date(2009, 1, 15)),
    ("15/1/52", date(2009, 1, 15)),
    ("5.4.2564", date(2021, 4, 5)),
    ("15/01/2009", date(2009, 1, 15)),
    ("เมื่อ15/01/2552", date(2009, 1, 15)),
    # ISO and year first
    ("2021-03-23", date(2021, 3, 23)),
    ("2021-03-23T09:30:00+07:00", date(2021, 3, 23)),
    ("2021/03/23", date(2021, 3, 23)),
    ("2564-03-23", date(2021, 3, 23)),
    # English
    ("March 23, 2021", date(2021, 3, 23)),
    ("23 March 2021", date(2021, 3, 23)),
    ("Mar 23, 2021", date(2021, 3, 23)),
    ("Mar. 23rd 2021", date(2021, 3, 23)),
    ("23-Mar-2021", date(2021, 3, 23)),
    ("1st of May 2018", date(2018, 5, 1)),
    ("Tuesday, March 23, 2021", date(2021, 3, 23)),
    ("Posted on 23 MARCH 2021", date(2021, 3, 23)),
    ("23 March 2564", date(2021, 3, 23)),
    # misspellings and spoken short forms
    ("15 กุมภาพันธุ์ 2564", date(2021, 2, 15)),
    ("15 กุมภาพันธ 2564", date(2021, 2, 15)),
    ("5 กรกฏาคม 2564", date(2021, 7, 5)),
    ("5 พฤษจิกายน 2564", date(2021, 11, 5)),
    ("5 พฤศภาคม 2564", date(2021, 5, 5)),
    ("5 มิถุนาคม 2564", date(2021, 6, 5)),
    ("5 มีนา 64", date(2021, 3, 5)),
    # normalisation: NBSP, zero-width space, other spaces
    ("15\u00a0มีนาคม\u00a02564", date(2021, 3, 15)),
    ("1\u200b5 มี\u200bนา\u200bคม 2564", date(2021, 3, 15)),
    ("15\u202fมี.ค.\u200964", date(2021, 3, 15)),
    # boundaries: today itself, 1950-01-01
    ("30 มิถุนายน 2568", TODAY),
    ("1 มกราคม 2493", date(1950, 1, 1)),
    ("1 January 1950", date(1950, 1, 1)),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_parses(text: str, expected: date) -> None:
    assert parse(text) == expected


THAI_MONTHS = [
    (1, "มกราคม", "ม.ค."),
    (2, "กุมภาพันธ์", "ก.พ."),
    (3, "มีนาคม", "มี.ค."),
    (4, "เมษายน", "เม.ย."),
    (5, "พฤษภาคม", "พ.ค."),
    (6, "มิถุนายน", "มิ.ย."),
    (7, "กรกฎาคม", "ก.ค."),
    (8, "สิงหาคม", "ส.ค."),
    (9, "กันยายน", "ก.ย."),
    (10, "ตุลาคม", "ต.ค."),
    (11, "พฤศจิกายน", "พ.ย."),
    (12, "ธันวาคม", "ธ.ค."),
]


@pytest.mark.parametrize(("month", "name", "abbreviation"), THAI_MONTHS)
def test_every_thai_month(month: int, name: str, abbreviation: str) -> None:
    expected = date(2021, month, 9)
    assert parse(f"9 {name} 2564") == expected
    assert parse(f"9 {abbreviation} 2564") == expected
    assert parse(f"9 {abbreviation}64") == expected
    assert parse(f"9 {abbreviation.replace('.', '')} 64") == expected
    assert parse(f"9 {abbreviation.replace('.', '. ').strip()} 2564") == expected


ENGLISH_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@pytest.mark.parametrize(("month", "name"), list(enumerate(ENGLISH_MONTHS, start=1)))
def test_every_english_month(month: int, name: str) -> None:
    expected = date(2021, month, 9)
    assert parse(f"{name} 9, 2021") == expected
    assert parse(f"9 {name[:3]} 2021") == expected


# --------------------------------------------------------------------------------------------
# Text that holds no (certain) date
# --------------------------------------------------------------------------------------------

NEGATIVE = [
    "",
    # copyright lines, bare years, month-year
    "Copyright © 2009",
    "Copyright © 2009-2021 เทศบาลตำบลบ้านสวน",
    "(c) 2552",
    "ปี 2564",
    "ปีงบประมาณ พ.ศ. 2564",
    "มีนาคม 2564",
    "มีนาคม 10 ราย",  # month, then a count: no comma and year, no date
    "March 2021",
    "พ.ค. 61",
    "2564",
    # impossible dates
    "31 ก.พ. 2564",
    "29 กุมภาพันธ์ 2565",
    "31 เมษายน 2564",
    "32 มีนาคม 2564",
    "31/02/2552",
    "15/13/2552",
    "2021-02-30",
    # before 1950
    "31 ธันวาคม 2492",
    "1 January 1949",
    "15/01/1949",
    # phone numbers, versions, fractions, times, IP addresses
    "โทร 038-216-123",
    "โทร. 0-3821-6123",
    "081-234-5678",
    "version 1.2.3",
    "v2.10.15",
    "1.10.15",
    "1.2.10.15",
    "v12.10.52",
    "1.12.10.52",
    "12-15-01-52",
    "version 2.11.45",
    "192.168.1.10",
    "1/2",
    "ครึ่งหนึ่ง 1/2 ส่วน",
    "10.00 น.",
    "เวลา 08.30 - 16.30 น.",
    # a time or a count is not a 2-digit year
    "1 พ.ค. 10.30 น.",
    "1 พ.ค. 10:30",
    "1 พ.ค. 23.59 น.",
    "ประชุม 5 มีนาคม 10 ราย",
    # years outside both ranges, and eras that contradict the year
    "15 มีนาคม 1234",
    "15 มีนาคม 3000",
    "15 มีนาคม พ.ศ. 2021",
    "15 มีนาคม ค.ศ. 2564",
    # 2-digit years after an English month are ambiguous
    "Mar 23, 21",
    "23 Mar 21",
    "Mar 23, 45",
    "23 March 45",
    # a weekday that contradicts the date (28 July 2022 was a Thursday)
    "วันจันทร์ที่ 28 กรกฎาคม 2565",
    "จ. 28 ก.ค. 65",
    "Monday, March 23, 2021",
    # look-alikes
    "สำนักงาน ก.พ.ร. 2564",
    "115 มีนาคม 2564",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_rejects(text: str) -> None:
    assert parse(text) is None
    assert find_dates(text, today=TODAY) == []


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("23 มีนาคม 2564", date(2021, 3, 22)),
        ("23/03/2564", date(2021, 3, 22)),
        ("2021-03-23", date(2021, 3, 22)),
        ("March 23, 2021", date(2021, 3, 22)),
        ("1 ม.ค. 2569", TODAY),
        ("1 ม.ค. 69", TODAY),
    ],
)
def test_rejects_future(text: str, today: date) -> None:
    assert parse(text, today=today) is None
    assert parse(text, today=today + timedelta(days=366)) is not None


def test_default_today_is_the_real_today() -> None:
    tomorrow, yesterday = date.today() + timedelta(days=1), date.today() - timedelta(days=1)
    assert parse_thai_date(tomorrow.strftime("%d/%m/%Y")) is None
    assert find_dates(tomorrow.strftime("%d/%m/%Y")) == []
    assert parse_thai_date(yesterday.strftime("%d/%m/%Y")) == yesterday
    assert [m.date for m in find_dates(yesterday.strftime("%d/%m/%Y"))] == [yesterday]


# --------------------------------------------------------------------------------------------
# Spans and several dates
# --------------------------------------------------------------------------------------------


def test_find_dates_in_a_paragraph() -> None:
    text = (
        "เทศบาลตำบลบ้านสวน ประกาศรับสมัครพนักงานจ้าง ประจำปีงบประมาณ พ.ศ. 2564 "
        "รับสมัครตั้งแต่วันพฤหัสบดีที่ 28 กรกฎาคม 2565 ถึง 5 ส.ค. 65 เวลา 08.30 - 16.30 น. "
        "โทร 038-216-123 (updated March 23, 2021; ISO 2021-03-23T09:30:00+07:00) "
        "ประกาศ ณ ๑๕/๐๑/๒๕๕๒ หมดเขต 31 ก.พ. 2564 Copyright © 2009"
    )
    found = find_dates(text, today=TODAY)
    assert [(m.date, m.text) for m in found] == [
        (date(2022, 7, 28), "วันพฤหัสบดีที่ 28 กรกฎาคม 2565"),
        (date(2022, 8, 5), "5 ส.ค. 65"),
        (date(2021, 3, 23), "March 23, 2021"),
        (date(2021, 3, 23), "2021-03-23T09:30:00+07:00"),
        (date(2009, 1, 15), "๑๕/๐๑/๒๕๕๒"),
    ]
    for match in found:
        assert text[match.start : match.end] == match.text
    assert found[0].start == text.index("วันพฤหัสบดีที่")
    assert parse_thai_date(text, today=TODAY) == date(2022, 7, 28)


def test_spans_index_the_original_text_after_removing_zero_width_characters() -> None:
    text = "\u200bข่าว\u200b ๑\u200b๕ มี\u200bนาคม ๒๕๖๔ และ\u00a02 เม.ย. 64"
    found = find_dates(text, today=TODAY)
    assert [m.date for m in found] == [date(2021, 3, 15), date(2021, 4, 2)]
    assert found[0].text == "๑\u200b๕ มี\u200bนาคม ๒๕๖๔"
    assert found[1].text == "2 เม.ย. 64"
    for match in found:
        assert text[match.start : match.end] == match.text


def test_span_excludes_label_and_time() -> None:
    text = "วันที่ 15 มีนาคม 2564 เวลา 10.00 น."
    (match,) = find_dates(text, today=TODAY)
    assert (match.start, match.end, match.text) == (7, 21, "15 มีนาคม 2564")


def test_range_yields_its_full_end_date() -> None:
    found = find_dates("ระหว่างวันที่ 1 - 15 มีนาคม 2564", today=TODAY)
    assert [(m.date, m.text) for m in found] == [(date(2021, 3, 15), "15 มีนาคม 2564")]


def test_parse_returns_the_first_of_several() -> None:
    assert parse("แก้ไข 2 เม.ย. 2564 เผยแพร่ 1 มี.ค. 2564") == date(2021, 4, 2)


def test_a_rejected_date_does_not_hide_a_later_one() -> None:
    assert parse("31 ก.พ. 2564 / 1 มี.ค. 2564") == date(2021, 3, 1)


def test_date_match_is_frozen() -> None:
    match = find_dates("1 พ.ค. 2561", today=TODAY)[0]
    assert match == DateMatch(date(2018, 5, 1), 0, 11, "1 พ.ค. 2561")
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.start = 3  # type: ignore[misc]


def test_speed_on_a_page_of_text() -> None:
    paragraph = (
        "เทศบาลตำบลบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง "
        "ประจำปีงบประมาณ พ.ศ. 2564 โทร 038-216-123 ในวันจันทร์ถึงวันศุกร์ เวลา 08.30 - 16.30 น. "
        "ลงวันที่ 15 มีนาคม 2564 ผู้ชม 1,234 ครั้ง Posted on March 23, 2021. Copyright © 2009 "
    )
    text = (paragraph * 100)[:20_000]
    assert len(find_dates(text, today=TODAY)) >= 100
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        find_dates(text, today=TODAY)
        best = min(best, time.perf_counter() - started)
    assert best < 0.020  # 1 ms per 1000 characters is the ceiling; it runs several times faster

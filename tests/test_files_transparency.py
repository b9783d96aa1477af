"""ITA/OIT transparency items read from the markup municipal CMSs use: tables whose link says only
"คลิก", lists whose link carries the code, the fiscal year from the page; nothing from a page that
merely mentions "O2"."""

from __future__ import annotations

from lxml.html import fromstring

from pipelines.files.items import TransparencyItem
from pipelines.files.transparency import transparency_items

BASE = "https://www.example.go.th/ita.php"


def items(body: str, title: str = "ITA") -> list[TransparencyItem]:
    return transparency_items(fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>"), BASE)


def test_a_table_whose_links_say_only_click():
    found = items(
        "<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568</h2><table>"
        '<tr><td>O1</td><td>โครงสร้าง</td><td><a href="/ita/o1.pdf">คลิก</a></td></tr>'
        '<tr><td>O 2</td><td>ข้อมูลผู้บริหาร</td><td><a href="o2.php#top">ดาวน์โหลด</a></td></tr>'
        "</table>"
    )
    assert found == [
        TransparencyItem("o1", "โครงสร้าง", "https://www.example.go.th/ita/o1.pdf", 2568),
        TransparencyItem("o2", "ข้อมูลผู้บริหาร", "https://www.example.go.th/o2.php", 2568),
    ]


def test_a_table_whose_links_name_the_items_beside_their_dates():
    # grouppage_vendor (session 30): the code in one cell, the item's name as the link in the next, its date in a
    # third. The name is the title, not the date left over once the link's label is taken out of the row.
    found = items(
        "<table>"
        '<tr><td><b>O1</b></td><td><a href="O00001/">โครงสร้าง</a></td><td>4 มี.ค. 67</td></tr>'
        '<tr><td><b>O2</b></td><td><a href="O00002/">ข้อมูลผู้บริหาร</a></td><td>วันที่ 5 มีนาคม 2567</td></tr>'
        '<tr><td><b>O3</b></td><td>อำนาจหน้าที่</td><td><a href="/o3.pdf">คลิก</a></td></tr>'
        "</table>"
    )
    assert [(i.code, i.title) for i in found] == [("o1", "โครงสร้าง"), ("o2", "ข้อมูลผู้บริหาร"), ("o3", "อำนาจหน้าที่")]


def test_a_list_whose_links_carry_the_code_and_title():
    found = items(
        '<ul><li><a href="/a.pdf">O10 แผนดำเนินงานประจำปี</a></li>'
        '<li><a href="/b.pdf">o36. รายงานผลการดำเนินงาน</a></li>'
        '<li><a href="/c.pdf">O51 ไม่มีรหัสนี้</a></li></ul>',
        title="ITA 2567 เทศบาลตำบล",
    )
    assert [(i.code, i.title, i.year) for i in found] == [
        ("o10", "แผนดำเนินงานประจำปี", 2567),
        ("o36", "รายงานผลการดำเนินงาน", 2567),
    ]


def test_one_item_on_a_page_is_not_a_transparency_listing():
    assert items('<p><a href="/x">O2 ออกซิเจน</a></p><p><a href="/y">ONE</a></p>') == []


def test_an_item_without_a_year_has_none_and_each_code_and_url_is_once():
    found = items(
        '<p><a href="/o1.pdf">O1 โครงสร้าง</a></p><p><a href="/o1.pdf">O1 โครงสร้าง</a></p>'
        '<p><a href="/o3.pdf">O3 อำนาจหน้าที่</a></p>'
    )
    assert [(i.code, i.year) for i in found] == [("o1", None), ("o3", None)]


def test_links_listed_under_a_heading_that_names_the_item():
    found = items(
        "<h3>ข้อ O5 แผนพัฒนาท้องถิ่น</h3><ul>"
        '<li><a href="/plan-2566.pdf">แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)</a></li>'
        '<li><a href="/plan-add.pdf">แผนพัฒนาเพิ่มเติม ฉบับที่ 1</a></li></ul>'
        '<p><strong>O6 แผนดำเนินงานประจำปี</strong></p><p><a href="/op.pdf">ดาวน์โหลด</a></p>'
        "<h3>ติดต่อเรา</h3><ul><li><a href='/contact'>ที่อยู่</a></li></ul>",
        title="OIT ประจำปีงบประมาณ พ.ศ. 2567",
    )
    assert [(i.code, i.title, i.url.rsplit("/", 1)[1]) for i in found] == [
        ("o5", "แผนพัฒนาท้องถิ่น", "plan-2566.pdf"),
        ("o5", "แผนพัฒนาท้องถิ่น", "plan-add.pdf"),
        ("o6", "แผนดำเนินงานประจำปี", "op.pdf"),
    ]
    assert {i.year for i in found} == {2567}


def test_a_card_after_another_items_card_is_not_named_by_it():
    """A post's related box of cards (an O-item's page showing its siblings): each card's own code names
    its link; the card before it is no heading of the next one."""
    found = items(
        '<div class="related"><div class="card"><a href="/n/183">O6 กฎหมายที่เกี่ยวข้อง</a></div>'
        '<div class="card"><a href="/n/184"><img src="/u/184.jpg"></a></div>'
        '<div class="card"><a href="/n/185">O33 มาตรการส่งเสริมคุณธรรม</a></div></div>'
    )
    assert [(i.code, i.url.rsplit("/", 1)[1]) for i in found] == [("o6", "183"), ("o33", "185")]


def test_a_heading_names_the_documents_listed_under_it():
    found = items(
        '<h4>O10 แผนดำเนินงานประจำปี</h4><ul><li><a href="/p1.pdf">ไตรมาส 1</a></li>'
        '<li><a href="/p2.pdf">ไตรมาส 2</a></li></ul><p><a href="/o11.pdf">O11 รายงานการกำกับติดตาม</a></p>'
    )
    assert [(i.code, i.url.rsplit("/", 1)[1]) for i in found] == [
        ("o10", "p1.pdf"),
        ("o10", "p2.pdf"),
        ("o11", "o11.pdf"),
    ]

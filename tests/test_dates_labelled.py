"""Labelled date lines anywhere on their line, metadata dates in CDATA JSON-LD and Parse.ly tags,
and ``<title>`` without the site name the page itself names."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extract import extract
from pipelines.extract.article import title_from_title_tag
from pipelines.extract.html_tree import parse_html

TODAY = date(2025, 1, 1)
BODY = "<p>" + "เทศบาลตำบลบ้านนาจัดกิจกรรมปลูกต้นไม้ร่วมกับประชาชน เมื่อวันที่ 10 มกราคม 2564 ณ สวนสาธารณะ " * 2 + "</p>"


def _page(line: str = "", head: str = "") -> bytes:
    return (
        f"<html><head><title>ปลูกต้นไม้ | เทศบาลตำบลบ้านนา</title>{head}</head><body><div id='c'>"
        f"<h2>ปลูกต้นไม้</h2><div>{line}</div>{BODY}</div><footer>Copyright 2009</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "line",
    [
        "ประเภท : ข่าวประชาสัมพันธ์ &nbsp; โพสต์วันที่ : 14 มกราคม 2564 &nbsp; เข้าชม 281 ครั้ง",
        "หมวด: ข่าว วันที่ลงข่าว : 14 ม.ค. 64 อ่าน 12",
        "ประกาศเมื่อ 14 มกราคม 2564 โดย admin หมวดหมู่ ข่าว",
        "ผู้เขียน: สมชาย เผยแพร่เมื่อ: 14 มกราคม 2564 ฮิต: 3",
        "กิจกรรม 5 มกราคม 2564 ประเภท : ข่าว โพสต์วันที่ : 14 มกราคม 2564",
    ],
)
def test_labelled_date_found_anywhere_on_its_line(line):
    assert extract(_page(line), "http://x/n/1", today=TODAY).published == "2021-01-14"


@pytest.mark.parametrize(
    "script",
    [
        '//<![CDATA[\n{"@type":"NewsArticle","datePublished":"2021-01-14T09:00:00+07:00"}\n//]]>',
        '<![CDATA[{"@graph":[{"@type":"Article","datePublished":"2021-01-14"}]}]]>',
        '/*<![CDATA[*/[{"@type":"Article","datePublished":"2021-01-14"}]/*]]>*/',
    ],
)
def test_jsonld_inside_cdata(script):
    head = f'<script type="application/ld+json">{script}</script>'
    assert extract(_page(head=head), "http://x/n/1", today=TODAY).published == "2021-01-14"


def test_parsely_pub_date():
    head = '<meta name="parsely-pub-date" content="2021-01-14T02:00:00Z">'
    assert extract(_page(head=head), "http://x/n/1", today=TODAY).published == "2021-01-14"


@pytest.mark.parametrize(
    ("title", "extra"),
    [
        ("อบต.โพนทอง :: ทำขนม", '<a href="index.php"><img alt="อบต.โพนทอง" src="h.jpg"></a>'),
        ("ทำขนม | องค์การบริหารส่วนตำบลโพนทอง", '<meta property="og:site_name" content="องค์การบริหารส่วนตำบลโพนทอง">'),
        ("ทำขนม – เทศบาลตำบลบ้านนาใหญ่", '<a href="/">เทศบาลตำบลบ้านนาใหญ่</a>'),
    ],
)
def test_title_tag_without_the_evident_site_name(title, extra):
    tree, _ = parse_html(f"<html><head><title>{title}</title></head><body>{extra}</body></html>".encode())
    assert title_from_title_tag(tree, "http://x/news/1") == "ทำขนม"


def test_title_tag_without_evidence_keeps_the_longest_part():
    tree, _ = parse_html("<html><head><title>ประชุมสภาสมัยสามัญ - อบต.นา</title></head><body></body></html>".encode())
    assert title_from_title_tag(tree, "http://x/news/1") == "ประชุมสภาสมัยสามัญ"


PARAGRAPHS = (
    "เทศบาลตำบลบ้านนาจัดประชุมประชาคมหมู่บ้านเพื่อรับฟังความคิดเห็นของประชาชนในการจัดทำแผนพัฒนาท้องถิ่น",
    "ในการนี้นายกเทศมนตรีได้กล่าวเปิดการประชุมและชี้แจงแนวทางการจัดทำแผนพัฒนาท้องถิ่นให้ที่ประชุมทราบ",
    "ผู้เข้าร่วมประชุมได้เสนอโครงการต่างๆ เช่น การซ่อมแซมถนน การขยายเขตประปา และการจัดการขยะในชุมชน",
)


@pytest.mark.parametrize("separator", ["<br><br>", "<br/>\n<br/>", "<br>&nbsp;<br>", "<BR>\r\n<BR>"])
@pytest.mark.parametrize(
    "wrapper",
    [
        "<div class='entry-content'>{}</div>",
        "<article><p>{}</p></article>",
        "<table><tr><td width=180><a href=/a.php>เมนูหลัก</a></td><td><font size=2>{}</font></td></tr></table>",
    ],
    ids=["container", "paragraph", "table-cell"],
)
def test_br_br_separates_paragraphs(separator, wrapper):
    content = wrapper.format(separator.join(PARAGRAPHS))
    html = (
        "<html><head><meta charset='utf-8'><title>ประชุมประชาคม</title></head><body><h1>ประชุมประชาคมหมู่บ้าน</h1>"
        f"<p>14 มกราคม 2564</p>{content}<footer>สงวนลิขสิทธิ์ 2564</footer></body></html>"
    )
    lines = extract(html.encode(), "http://x/n/1", today=TODAY).text.splitlines()
    assert [line.strip() for line in lines if line.strip()] == list(PARAGRAPHS)

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""joomla15_nonsef: an อบต. still on Joomla 1.5 with SEF URLs off, ``index.php?option=com_content&view=article&id=N:alias``.

CMS imitated: Joomla! 1.5.26 (2012, never upgraded) with the JA Purity template, the joomlacorner Thai
language pack, the Legacy plugin on (the site was moved from Joomla 1.0 / Mambo in 2553, so Joomla 1.0
links ``task=view`` and ``task=blogcategory`` still work and still appear), JCE editor, JCal Pro 1.5 for
the activity calendar, mod_latestnews / mod_mostread / mod_poll / mod_login and a visitor counter.  Many
small Thai local governments still run exactly this (PHP 5.2, Apache 2.2).  The search corpus had no
Joomla 1.5 page to copy; the URL shapes and markup follow Joomla 1.5's own non-SEF router output
(JRoute without SEF: ``&amp;``-escaped query strings, ``id=<id>:<alias>``, ``catid=<id>:<alias>``),
its rhuk/JA Purity ``contentpaneopen`` tables, icons and pagination, and its default robots.txt.

องค์การบริหารส่วนตำบลห้วยทรายขาว (fictional), อำเภอกุฉินารายณ์ จังหวัดกาฬสินธุ์.  UTF-8.  TODAY is 2024-06-20.

URL shapes (every page is ``/index.php`` plus a query; Joomla ignores the parameter order)
* home: ``/`` (menu หน้าแรก) and ``/index.php`` (logo, footer) - the frontpage blog (items flagged
  "frontpage": PR and activity news from 2565 on): 1 leading + 4 intro + 3 "เพิ่มเติม..." links,
  ``/index.php?option=com_content&view=frontpage&Itemid=1&limitstart=5`` (page 1 = ``limitstart=0``).
* article (gold ``url``): ``/index.php?option=com_content&view=article&id=355:2023-02-13-23-40-17&catid=1:news&Itemid=53``.
  Thai titles get Joomla's date-time alias made from the creation time in UTC (so 06:40 Bangkok time on
  14 Feb is ``2023-02-13-23-40-..``); one article has a typed Latin alias (``songkran-2567``).
  Aliases of the same article: the print view ``index.php?view=article&catid=..&id=..&tmpl=component&print=1&layout=default&page=&option=com_content&Itemid=..``
  (rel=nofollow icon, a bare page with the title and body); the Joomla 1.0 link
  ``index.php?option=com_content&task=view&id=N&Itemid=53`` (three migrated 2552-2553 items, from the
  "ข่าวเก่า (เว็บไซต์เดิม)" module); one hand-typed ``index.php?option=com_content&view=article&id=12&Itemid=53``
  in another article's body.  ``format=pdf`` (a PDF, not HTML) and the e-mail icon
  ``index.php?option=com_mailto&tmpl=component&link=<base64 of the article URL, with its &amp;>`` (a
  form: a non-article) are linked from every article and every blog item.
* blogs: ``view=category&layout=blog&id=1&Itemid=53`` (ข่าวประชาสัมพันธ์) and ``id=2&Itemid=54``
  (ข่าวกิจกรรม), 5 a page, ``&limitstart=5`` (page 1 also as ``&limitstart=0``); the footer's old
  ``task=blogcategory&id=1&Itemid=53``; the section ``view=section&id=1&Itemid=52``; the procurement
  category in list layout ``view=category&id=3&Itemid=55`` (a table, dates ``28.05.24``, JavaScript
  column sorting).  RSS and Atom (``&format=feed&type=rss|atom``, in the head only) of the frontpage
  (``/index.php?format=feed&type=rss``) and of both blogs, latest 10; ``<link>``s carry ``&amp;``.
* standing pages = uncategorised articles on the SAME article template (``view=article&id=2&Itemid=27``
  ประวัติ and ``id=3`` วิสัยทัศน์ with a created date and "เขียนโดย Administrator", ``id=5``
  สภาพทั่วไป, ``id=4`` คณะผู้บริหาร, ``id=60`` ITA (dated, a table of OIT PDFs)), ``option=com_contact``,
  ``option=com_poll`` results, ``option=com_user`` reset / remind / register forms, the JCal Pro
  calendar ``option=com_jcalpro&Itemid=60`` and its events ``&extmode=view&extid=N``.
* media under ``/images/stories/`` (which Joomla 1.5's default robots.txt disallows, with
  ``/administrator/``, ``/media/``, ``/templates/``...).  No sitemap.  Unknown articles: Joomla's 404.

Gold: 20 articles 2552-2567 (9 ข่าวประชาสัมพันธ์, 7 ข่าวกิจกรรม, 4 ประกาศจัดซื้อจัดจ้าง).  Dates as
``วันพุธที่ 05 มิถุนายน 2567 เวลา 10:30 น.`` (zero-padded day, Buddhist year: the language pack's hack),
but the "แก้ไขล่าสุด" line keeps Joomla's Gregorian year (``วันพฤหัสบดี, 06 มิถุนายน 2024 เวลา 08:12``);
bodies mention other dates.  Author ``เขียนโดย Administrator`` or a created_by_alias (``สำนักปลัด``,
``กองคลัง``); one article hides it.  Body styles: Mambo-era ``<br /><br />`` runs with a literal
``{mosimage}`` left over (not gold text) and ``mosimage`` caption divs, JCE ``<p>`` with ``&nbsp;``
indents, Word pastes (``MsoNormal`` spans), Facebook pastes (``<div>``).  Captions: ``mosimage_caption``
and ``img_caption`` blocks.  Tricky: a photo page with one line, two one-sentence PDF notices, a long
story, two tables (a winners table, a ราคากลาง table: rows are gold paragraphs, cells joined by a space).
Blog intros (up to Joomla's readmore) carry the first paragraph(s); short items show whole in blogs.

Non-articles (49): both home URLs and the frontpage pages, 7 blog URLs (with ``limitstart=0`` and the
legacy ``task=blogcategory``), the list and section views, 5 standing pages, contact, poll results, 3
com_user forms, the calendar and 5 events, and the 20 e-mail forms (made on request for any ``link``).
Every page carries the same sidebars: ข่าวล่าสุด (latest 5), ข่าวยอดนิยม (5 by hits), the legacy
module, a poll, a visitor counter, a login form; pagenav prev/next under each article (within its category).

Traps (``trap_patterns``): JCal Pro month / day / week / flat views for ANY date
(``&extmode=cal&date=2024-06-01``), each linking the previous and next one; the mini calendar in the
right column links them from every page.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

from ..media import pdf as make_pdf
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, WEEKDAYS, local_dt
from .common import UTF8_HTML, add_gif, add_jpeg, add_pdf, add_text, attr, esc, static_file

FAMILY = "joomla15_nonsef"
SITE = "องค์การบริหารส่วนตำบลห้วยทรายขาว"
SITE_SHORT = "อบต.ห้วยทรายขาว"
ADDRESS = "หมู่ที่ 3 ตำบลห้วยทรายขาว อำเภอกุฉินารายณ์ จังหวัดกาฬสินธุ์ 46110"
PHONE = "0-4385-1234"
EMAIL = "huaisaikhao_sao@hotmail.com"
CHIEF = "นายบุญมี ศรีห้วยทราย"
TODAY = date(2024, 6, 20)
SITE_MOVED = datetime(2010, 2, 1, 9, 0)
PER_PAGE = 5
FEED_ITEMS = 10

C_PR, C_ACT, C_PROC = 1, 2, 3
CATS = {
    C_PR: ("news", "ข่าวประชาสัมพันธ์", 53),
    C_ACT: ("activity", "ข่าวกิจกรรม", 54),
    C_PROC: ("procurement", "ประกาศจัดซื้อจัดจ้าง", 55),
}
SECTION_ITEMID = 52
CAL_ITEMID = 60
GENERATOR = "Joomla! 1.5 - Open Source Content Management"


# -- body blocks ---------------------------------------------------------------------------------
def P(text: str) -> tuple:
    return ("p", text)


def C(text: str) -> tuple:  # centred line (signature)
    return ("c", text)


def IMG(caption: str = "") -> tuple:
    return ("img", caption)


def TABLE(*rows: tuple[str, ...]) -> tuple:
    return ("table", rows)


def FILE(label: str) -> tuple:
    return ("file", label)


MOS = ("mos",)


@dataclass(frozen=True)
class _Item:
    id: int
    cat: int
    date: str
    time: str
    title: str
    blocks: tuple[tuple, ...]
    author: str | None = "Administrator"
    alias: str | None = None  # a typed Latin alias; None: Joomla's date-time alias (UTC)
    intro: int = 1  # blocks before the readmore; 0 = all (no readmore)
    style: str = "jce"  # br (Mambo), jce, word, div
    legacy: bool = False  # migrated from Joomla 1.0: task=view links survive
    modified: str | None = None  # 'YYYY-MM-DD HH:MM'
    frontpage: bool = False

    @property
    def dt(self) -> datetime:
        return local_dt(self.date, self.time)

    @property
    def slug_alias(self) -> str:
        if self.alias:
            return self.alias
        sec = int(hashlib.md5(f"sec{self.id}".encode()).hexdigest()[:4], 16) % 60
        utc = self.dt - timedelta(hours=7)
        return utc.strftime("%Y-%m-%d-%H-%M-") + f"{sec:02d}"

    @property
    def paragraphs(self) -> tuple[str, ...]:
        out: list[str] = []
        for block in self.blocks:
            if block[0] in ("p", "c"):
                out.append(" ".join(block[1].split()))
            elif block[0] == "table":
                out.extend(" ".join(" ".join(cells).split()) for cells in block[1])
        return tuple(out)

    @property
    def captions(self) -> tuple[str, ...]:
        return tuple(b[1] for b in self.blocks if b[0] == "img" and b[1])

    @property
    def hits(self) -> int:
        age = (TODAY - self.dt.date()).days
        return 40 + age // 3 + int(hashlib.md5(f"hits{self.id}".encode()).hexdigest()[:3], 16) % 300


ITEMS: tuple[_Item, ...] = (
    _Item(
        12,
        C_PR,
        "2009-11-20",
        "09:30",
        "ประชาสัมพันธ์การชำระภาษีบำรุงท้องที่ ภาษีโรงเรือนและที่ดิน และภาษีป้าย ประจำปี 2553",
        (
            P(
                "องค์การบริหารส่วนตำบลห้วยทรายขาว ขอประชาสัมพันธ์ให้ผู้มีหน้าที่เสียภาษีทุกท่านทราบว่า อบต. จะเริ่มรับชำระภาษีประจำปี 2553 ตั้งแต่วันที่ 1 มกราคม 2553 เป็นต้นไป ณ ที่ทำการองค์การบริหารส่วนตำบลห้วยทรายขาว ในวันและเวลาราชการ"
            ),
            MOS,
            P(
                "ภาษีบำรุงท้องที่ ให้ยื่นแบบและชำระภาษีภายในเดือนเมษายน ภาษีโรงเรือนและที่ดิน ให้ยื่นแบบภายในเดือนกุมภาพันธ์ ภาษีป้าย ให้ยื่นแบบภายในเดือนมีนาคม หากพ้นกำหนดจะต้องเสียเงินเพิ่มตามที่กฎหมายกำหนด"
            ),
            P("สอบถามรายละเอียดเพิ่มเติมได้ที่ ส่วนการคลัง อบต.ห้วยทรายขาว โทร. 0-4385-1234 ต่อ 12"),
        ),
        intro=1,
        style="br",
        legacy=True,
    ),
    _Item(
        19,
        C_ACT,
        "2010-03-08",
        "14:10",
        "โครงการแข่งขันกีฬาต้านยาเสพติด ห้วยทรายขาวเกมส์ ครั้งที่ 5",
        (
            P(
                "เมื่อวันที่ 5-7 มีนาคม 2553 องค์การบริหารส่วนตำบลห้วยทรายขาว ได้จัดโครงการแข่งขันกีฬาต้านยาเสพติด ห้วยทรายขาวเกมส์ ครั้งที่ 5 ณ สนามกีฬาโรงเรียนบ้านห้วยทรายขาว โดยมีนายกองค์การบริหารส่วนตำบลห้วยทรายขาวเป็นประธานในพิธีเปิด"
            ),
            IMG("นายก อบต. กล่าวเปิดการแข่งขัน"),
            P(
                "การแข่งขันครั้งนี้มีนักกีฬาจาก 12 หมู่บ้านเข้าร่วม ประกอบด้วยฟุตบอล วอลเลย์บอล เซปักตะกร้อ และกีฬาพื้นบ้าน เพื่อให้เยาวชนและประชาชนได้ใช้เวลาว่างให้เกิดประโยชน์ และห่างไกลจากยาเสพติด"
            ),
            IMG("ขบวนพาเหรดนักกีฬาจากหมู่บ้านต่าง ๆ"),
            P("ผลการแข่งขัน ทีมบ้านโนนสะอาด หมู่ที่ 6 ได้รับถ้วยรางวัลคะแนนรวมอันดับที่ 1"),
        ),
        intro=2,
        style="br",
        legacy=True,
    ),
    _Item(
        27,
        C_PR,
        "2010-06-15",
        "10:00",
        "รับลงทะเบียนผู้สูงอายุเพื่อรับเบี้ยยังชีพ ประจำปีงบประมาณ 2554",
        (
            P(
                "ด้วยองค์การบริหารส่วนตำบลห้วยทรายขาว จะดำเนินการรับลงทะเบียนผู้สูงอายุที่จะมีอายุครบ 60 ปีบริบูรณ์ ในปีงบประมาณ 2554 (เกิดก่อนวันที่ 2 ตุลาคม 2494) เพื่อรับเบี้ยยังชีพผู้สูงอายุ"
            ),
            P(
                "ผู้ประสงค์จะลงทะเบียนให้นำบัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคาร (ถ้ามี) มายื่นด้วยตนเองได้ที่สำนักงาน อบต. ตั้งแต่บัดนี้จนถึงวันที่ 30 กรกฎาคม 2553"
            ),
            P("กรณีผู้สูงอายุไม่สามารถเดินทางมาได้ สามารถทำหนังสือมอบอำนาจให้ผู้อื่นมายื่นแทนได้"),
        ),
        author="สำนักปลัด",
        intro=0,
        style="br",
        legacy=True,
    ),
    _Item(
        88,
        C_ACT,
        "2013-02-04",
        "11:20",
        "พิธีเปิดอาคารศูนย์พัฒนาเด็กเล็กบ้านโนนสะอาดหลังใหม่",
        (
            P(
                f"วันที่ 1 กุมภาพันธ์ 2556 {CHIEF} นายกองค์การบริหารส่วนตำบลห้วยทรายขาว เป็นประธานในพิธีเปิดอาคารศูนย์พัฒนาเด็กเล็กบ้านโนนสะอาดหลังใหม่ ซึ่งก่อสร้างด้วยงบประมาณเงินอุดหนุนเฉพาะกิจ ประจำปีงบประมาณ 2555"
            ),
            IMG("พิธีตัดริบบิ้นเปิดอาคารศูนย์พัฒนาเด็กเล็ก"),
            P(
                "อาคารหลังใหม่สามารถรองรับเด็กเล็กได้ 60 คน มีห้องเรียน 3 ห้อง ห้องนอน ห้องครัว และสนามเด็กเล่น ในพิธีมีผู้ปกครอง ครูผู้ดูแลเด็ก และผู้นำชุมชนร่วมงานเป็นจำนวนมาก"
            ),
        ),
        modified="2013-02-05 08:40",
    ),
    _Item(
        131,
        C_ACT,
        "2015-08-12",
        "16:45",
        "ภาพกิจกรรมวันแม่แห่งชาติ ประจำปี 2558",
        (
            P("ภาพบรรยากาศกิจกรรมวันแม่แห่งชาติ ณ ศาลาประชาคมองค์การบริหารส่วนตำบลห้วยทรายขาว วันที่ 12 สิงหาคม 2558"),
            IMG(),
            IMG(),
            IMG(),
            IMG(),
            IMG(),
            IMG(),
            IMG(),
            IMG(),
        ),
        intro=2,
    ),
    _Item(
        160,
        C_PR,
        "2016-10-26",
        "13:30",
        "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2560",
        (
            P(
                "ด้วยสภาองค์การบริหารส่วนตำบลห้วยทรายขาว ได้มีมติเห็นชอบร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2560 ในการประชุมสมัยสามัญ สมัยที่ 3 ครั้งที่ 2 เมื่อวันที่ 15 สิงหาคม 2559 และนายอำเภอกุฉินารายณ์ได้พิจารณาอนุมัติแล้ว"
            ),
            P(
                "องค์การบริหารส่วนตำบลห้วยทรายขาว จึงประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2560 ตั้งแต่วันที่ 1 ตุลาคม 2559 เป็นต้นไป โดยตั้งงบประมาณรายจ่ายไว้ทั้งสิ้น 28,450,000 บาท"
            ),
            P("จึงประกาศมาเพื่อทราบโดยทั่วกัน"),
            FILE("ดาวน์โหลดข้อบัญญัติงบประมาณรายจ่าย ปี 2560"),
        ),
        style="word",
    ),
    _Item(
        201,
        C_PROC,
        "2018-01-15",
        "10:05",
        "ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านห้วยทรายขาว - บ้านนาดี หมู่ที่ 4 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            P(
                "องค์การบริหารส่วนตำบลห้วยทรายขาว ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ ราคากลาง 1,245,000 บาท รายละเอียดตามเอกสารแนบ"
            ),
            FILE("ประกาศและเอกสารประกวดราคา (PDF)"),
        ),
        author="กองคลัง",
        intro=0,
    ),
    _Item(
        240,
        C_PR,
        "2019-05-20",
        "09:15",
        "รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ช่วงฤดูฝน ปี 2562",
        (
            P(
                "ด้วยขณะนี้เข้าสู่ฤดูฝน ซึ่งเป็นช่วงที่ยุงลายซึ่งเป็นพาหะนำโรคไข้เลือดออกเพิ่มจำนวนขึ้นอย่างรวดเร็ว สำนักงานสาธารณสุขจังหวัดกาฬสินธุ์รายงานว่าตั้งแต่วันที่ 1 มกราคม ถึง 15 พฤษภาคม 2562 จังหวัดกาฬสินธุ์มีผู้ป่วยโรคไข้เลือดออกแล้ว 214 ราย สูงกว่าช่วงเดียวกันของปีที่ผ่านมา"
            ),
            P(
                "องค์การบริหารส่วนตำบลห้วยทรายขาว ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลห้วยทรายขาว และอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ทั้ง 12 หมู่บ้าน จึงขอความร่วมมือประชาชนทุกครัวเรือนร่วมกันป้องกันโรคไข้เลือดออกด้วยมาตรการ 3 เก็บ 3 โรค ได้แก่ เก็บบ้านให้ปลอดโปร่ง เก็บขยะให้เกลี้ยง และเก็บน้ำให้มิดชิด"
            ),
            IMG("เจ้าหน้าที่ อบต. และ อสม. ออกพ่นหมอกควันกำจัดยุงลายในหมู่บ้าน"),
            P(
                "ขอให้ทุกบ้านสำรวจภาชนะที่มีน้ำขัง เช่น ยางรถยนต์เก่า กะลามะพร้าว จานรองขาตู้กับข้าว แจกันดอกไม้ และโอ่งน้ำ อย่างน้อยสัปดาห์ละ 1 ครั้ง หากพบลูกน้ำยุงลายให้เทน้ำทิ้ง ปิดฝาภาชนะ หรือใส่ทรายอะเบทตามอัตราที่กำหนด"
            ),
            P(
                "อาการของโรคไข้เลือดออกที่ควรสังเกต คือ มีไข้สูงลอยติดต่อกัน 2-7 วัน หน้าแดง ปวดศีรษะ ปวดกล้ามเนื้อ คลื่นไส้อาเจียน อาจมีจุดเลือดออกตามผิวหนัง หากมีอาการดังกล่าวให้รีบไปพบแพทย์ที่สถานพยาบาลใกล้บ้านทันที และห้ามรับประทานยาแอสไพรินหรือยาแก้อักเสบที่ไม่ใช่สเตียรอยด์"
            ),
            P(
                "ในวันที่ 25 พฤษภาคม 2562 อบต. จะจัดกิจกรรม Big Cleaning Day พร้อมกันทั้งตำบล โดยเจ้าหน้าที่จะออกพ่นหมอกควันในหมู่บ้านที่มีรายงานผู้ป่วย และแจกทรายอะเบทให้ทุกครัวเรือนผ่านผู้ใหญ่บ้านและ อสม."
            ),
            P(
                "นอกจากนี้ โรงเรียนและศูนย์พัฒนาเด็กเล็กทุกแห่งในตำบลจะได้รับการตรวจค่าดัชนีลูกน้ำยุงลายทุกเดือน เพื่อให้ค่าดัชนีไม่เกินเกณฑ์ที่กระทรวงสาธารณสุขกำหนด หากแห่งใดเกินเกณฑ์จะมีเจ้าหน้าที่เข้าไปให้คำแนะนำ"
            ),
            P(
                "ประชาชนที่ต้องการทรายอะเบทหรือน้ำยาพ่นหมอกควันเพิ่มเติม สามารถติดต่อได้ที่งานสาธารณสุขและสิ่งแวดล้อม องค์การบริหารส่วนตำบลห้วยทรายขาว ในวันและเวลาราชการ หรือโทร. 0-4385-1234 ต่อ 15"
            ),
            P("ร่วมมือกันคนละนิด เพื่อตำบลห้วยทรายขาวปลอดโรคไข้เลือดออก"),
        ),
        intro=2,
        modified="2019-05-22 15:02",
    ),
    _Item(
        268,
        C_PR,
        "2020-04-02",
        "17:40",
        "มาตรการเฝ้าระวังและป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) ในพื้นที่ตำบลห้วยทรายขาว",
        (
            P(
                "ตามที่จังหวัดกาฬสินธุ์ได้มีคำสั่งปิดสถานที่เสี่ยงต่อการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 เป็นการชั่วคราว องค์การบริหารส่วนตำบลห้วยทรายขาวจึงกำหนดมาตรการในพื้นที่ ดังนี้"
            ),
            P(
                "1. ผู้ที่เดินทางมาจากกรุงเทพมหานครและปริมณฑล หรือจากต่างประเทศ ให้รายงานตัวต่อผู้ใหญ่บ้านหรือ อสม. ภายใน 24 ชั่วโมง และกักตัวเพื่อสังเกตอาการที่บ้านเป็นเวลา 14 วัน"
            ),
            P("2. งดการจัดงานบุญ งานเลี้ยง และกิจกรรมที่มีการรวมตัวของคนจำนวนมากทุกประเภท"),
            P("3. ให้ประชาชนสวมหน้ากากอนามัยหรือหน้ากากผ้าทุกครั้งที่ออกจากบ้าน และล้างมือบ่อย ๆ"),
            P(
                "ทั้งนี้ อบต. ได้จัดทำหน้ากากผ้าแจกจ่ายให้ประชาชนครัวเรือนละ 2 ชิ้น โดยรับได้ที่ผู้ใหญ่บ้านทุกหมู่บ้าน ตั้งแต่วันที่ 6 เมษายน 2563 เป็นต้นไป"
            ),
        ),
        intro=1,
        style="div",
    ),
    _Item(
        301,
        C_PROC,
        "2021-09-30",
        "14:00",
        "ประกาศผู้ชนะการเสนอราคา ซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ 2/2564 โดยวิธีเฉพาะเจาะจง",
        (
            P(
                "ตามที่องค์การบริหารส่วนตำบลห้วยทรายขาว ได้มีโครงการซื้ออาหารเสริม (นม) โรงเรียน สำหรับโรงเรียนและศูนย์พัฒนาเด็กเล็กในเขตตำบล ภาคเรียนที่ 2/2564 โดยวิธีเฉพาะเจาะจง นั้น ผู้ได้รับการคัดเลือก มีดังนี้"
            ),
            TABLE(
                ("ลำดับ", "รายการ", "ผู้ชนะการเสนอราคา", "ราคาที่ตกลงซื้อ (บาท)"),
                ("1", "นมพาสเจอร์ไรส์ รสจืด ขนาด 200 ซีซี", "สหกรณ์โคนมกาฬสินธุ์ จำกัด", "384,520.00"),
                ("2", "นม ยู.เอช.ที. รสจืด ขนาด 200 ซีซี", "สหกรณ์โคนมกาฬสินธุ์ จำกัด", "212,360.00"),
            ),
            P("จึงประกาศมาเพื่อทราบโดยทั่วกัน"),
            C("ประกาศ ณ วันที่ 30 กันยายน พ.ศ. 2564"),
            C(f"({CHIEF})"),
            C("นายกองค์การบริหารส่วนตำบลห้วยทรายขาว"),
        ),
        author="กองคลัง",
        intro=0,
    ),
    _Item(
        327,
        C_ACT,
        "2022-06-07",
        "10:30",
        "โครงการฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2565",
        (
            P(
                "ระหว่างวันที่ 1-3 มิถุนายน 2565 องค์การบริหารส่วนตำบลห้วยทรายขาว ได้จัดโครงการฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2565 ณ หอประชุม อบต.ห้วยทรายขาว มีสมาชิก อปพร. เข้ารับการอบรม จำนวน 80 คน"
            ),
            IMG("ปลัด อบต. กล่าวรายงานวัตถุประสงค์ของโครงการ"),
            P(
                "การฝึกอบรมประกอบด้วยการบรรยายเรื่องบทบาทหน้าที่ของ อปพร. การปฐมพยาบาลเบื้องต้นและการช่วยฟื้นคืนชีพ (CPR) และการฝึกปฏิบัติการดับเพลิงเบื้องต้น โดยได้รับเกียรติจากวิทยากรของสถานีดับเพลิงเทศบาลเมืองกาฬสินธุ์"
            ),
            IMG("ฝึกปฏิบัติการใช้ถังดับเพลิงเคมี"),
        ),
        frontpage=True,
    ),
    _Item(
        341,
        C_ACT,
        "2022-11-08",
        "21:15",
        "อบต.ห้วยทรายขาว จัดงานประเพณีลอยกระทง ประจำปี 2565",
        (
            P(
                "คืนวันที่ 8 พฤศจิกายน 2565 องค์การบริหารส่วนตำบลห้วยทรายขาว ร่วมกับวัดบ้านห้วยทรายขาวและชาวบ้านทั้ง 12 หมู่บ้าน จัดงานประเพณีลอยกระทง ณ หนองน้ำสาธารณะบ้านห้วยทรายขาว เพื่ออนุรักษ์ประเพณีอันดีงามของไทย"
            ),
            P(
                "ภายในงานมีการประกวดกระทงจากวัสดุธรรมชาติ การประกวดนางนพมาศ และการแสดงของนักเรียนโรงเรียนในเขตตำบล ผลการประกวดกระทง รางวัลชนะเลิศได้แก่ กระทงของบ้านนาดี หมู่ที่ 2"
            ),
            P("อบต. ขอขอบคุณทุกหมู่บ้านที่ร่วมกันใช้กระทงจากวัสดุธรรมชาติ ทำให้ปริมาณขยะในหนองน้ำลดลงกว่าปีที่ผ่านมา"),
        ),
        style="word",
        frontpage=True,
    ),
    _Item(
        355,
        C_PR,
        "2023-02-14",
        "06:40",
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566",
        (
            P(
                "องค์การบริหารส่วนตำบลห้วยทรายขาว ได้ส่งแบบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ให้แก่ผู้เสียภาษีแล้ว ขอให้ผู้ได้รับแบบแจ้งไปชำระภาษีภายในวันที่ 30 เมษายน 2566"
            ),
            P(
                "ผู้เสียภาษีสามารถชำระได้ที่กองคลัง อบต.ห้วยทรายขาว หรือชำระผ่านการโอนเงินเข้าบัญชีธนาคารกรุงไทย สาขากุฉินารายณ์ แล้วส่งหลักฐานการโอนทางไลน์ของกองคลัง"
            ),
            P(
                "ผู้ที่ยังค้างชำระภาษีบำรุงท้องที่และภาษีโรงเรือนและที่ดินตามกฎหมายเดิม สามารถอ่านรายละเอียดได้ที่ข่าวเดิม และติดต่อชำระได้ที่กองคลังเช่นกัน"
            ),
        ),
        frontpage=True,
    ),
    _Item(
        362,
        C_PR,
        "2023-05-25",
        "13:00",
        "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)",
        (
            P(
                "องค์การบริหารส่วนตำบลห้วยทรายขาว ขอเชิญประชาชนทุกหมู่บ้านร่วมประชุมประชาคมหมู่บ้าน เพื่อเสนอปัญหาและความต้องการสำหรับทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ตามกำหนดการดังนี้"
            ),
            P("หมู่ที่ 1-4 วันที่ 1 มิถุนายน 2566 เวลา 09.00 น. ณ ศาลากลางบ้านห้วยทรายขาว"),
            P("หมู่ที่ 5-8 วันที่ 2 มิถุนายน 2566 เวลา 09.00 น. ณ ศาลากลางบ้านโนนสะอาด"),
            P("หมู่ที่ 9-12 วันที่ 5 มิถุนายน 2566 เวลา 09.00 น. ณ ศาลากลางบ้านนาดี"),
            P("จึงขอเชิญชวนประชาชนเข้าร่วมประชุมโดยพร้อมเพรียงกัน"),
        ),
        author="สำนักปลัด",
        intro=1,
        frontpage=True,
    ),
    _Item(
        371,
        C_ACT,
        "2023-08-18",
        "15:20",
        "โครงการปลูกป่าชุมชน ณ ป่าชุมชนโคกห้วยทราย ประจำปี 2566",
        (
            P(
                "วันที่ 18 สิงหาคม 2566 องค์การบริหารส่วนตำบลห้วยทรายขาว ร่วมกับหน่วยงานราชการ โรงเรียน และประชาชน จัดโครงการปลูกป่าชุมชน ณ ป่าชุมชนโคกห้วยทราย หมู่ที่ 7 โดยปลูกต้นไม้พื้นถิ่น ได้แก่ ต้นยางนา ต้นพะยูง และต้นมะค่าโมง จำนวน 1,500 ต้น"
            ),
            IMG("ผู้เข้าร่วมโครงการร่วมกันปลูกต้นยางนา"),
            P("ทั้งนี้ คณะกรรมการป่าชุมชนจะดูแลรดน้ำและซ่อมแซมกล้าไม้ที่ตายตลอดฤดูแล้งปีนี้"),
        ),
        author=None,
        frontpage=True,
    ),
    _Item(
        384,
        C_PROC,
        "2023-12-01",
        "11:45",
        "ประกาศราคากลางโครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก บ้านนาดี หมู่ที่ 2",
        (
            P(
                "องค์การบริหารส่วนตำบลห้วยทรายขาว ขอประกาศราคากลางโครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก บ้านนาดี หมู่ที่ 2 ตามรายละเอียดดังนี้"
            ),
            TABLE(
                ("1. ชื่อโครงการ", "ก่อสร้างรางระบายน้ำ คสล. บ้านนาดี หมู่ที่ 2"),
                ("2. หน่วยงานเจ้าของโครงการ", "องค์การบริหารส่วนตำบลห้วยทรายขาว"),
                ("3. วงเงินงบประมาณที่ได้รับจัดสรร", "498,000 บาท"),
                ("4. ลักษณะงาน", "รางระบายน้ำกว้าง 0.40 เมตร ลึก 0.50 เมตร ยาว 210 เมตร"),
                ("5. ราคากลางคำนวณ ณ วันที่ 28 พฤศจิกายน 2566", "497,500 บาท"),
            ),
            FILE("แบบ ปร.4 ปร.5 (PDF)"),
        ),
        author="กองช่าง",
        intro=0,
    ),
    _Item(
        390,
        C_ACT,
        "2024-01-13",
        "12:00",
        "อบต.ห้วยทรายขาว จัดงานวันเด็กแห่งชาติ ประจำปี 2567",
        (
            P(
                "วันเสาร์ที่ 13 มกราคม 2567 องค์การบริหารส่วนตำบลห้วยทรายขาว จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ ลานหน้าที่ทำการ อบต. มีเด็กและผู้ปกครองร่วมงานกว่า 600 คน"
            ),
            IMG("นายก อบต. มอบของขวัญให้แก่เด็ก ๆ"),
            IMG(),
            IMG(),
            P(
                "ภายในงานมีซุ้มเกมจากโรงเรียนและศูนย์พัฒนาเด็กเล็กทุกแห่ง การแสดงบนเวที การจับรางวัลจักรยาน 20 คัน และอาหารเครื่องดื่มฟรีตลอดงาน ซึ่งได้รับการสนับสนุนจากผู้ใจบุญในพื้นที่"
            ),
        ),
        frontpage=True,
    ),
    _Item(
        398,
        C_PR,
        "2024-03-19",
        "08:50",
        "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ",
        (
            P(
                "ด้วยองค์การบริหารส่วนตำบลห้วยทรายขาว ประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 2 อัตรา ค่าตอบแทนเดือนละ 9,000 บาท"
            ),
            P("ผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ และไม่เกิน 60 ปี มีร่างกายแข็งแรง ไม่จำกัดวุฒิการศึกษา"),
            P("ยื่นใบสมัครได้ที่สำนักปลัด องค์การบริหารส่วนตำบลห้วยทรายขาว ระหว่างวันที่ 25 มีนาคม - 5 เมษายน 2567 ในวันและเวลาราชการ"),
            FILE("ประกาศรับสมัครและใบสมัคร"),
        ),
        author="สำนักปลัด",
        style="word",
        modified="2024-03-21 10:05",
        frontpage=True,
    ),
    _Item(
        403,
        C_PR,
        "2024-04-11",
        "10:10",
        "ประชาสัมพันธ์ 7 วันอันตราย ช่วงเทศกาลสงกรานต์ 2567 ขับขี่ปลอดภัย เมาไม่ขับ",
        (
            P(
                "ศูนย์อำนวยการป้องกันและลดอุบัติเหตุทางถนน องค์การบริหารส่วนตำบลห้วยทรายขาว ขอประชาสัมพันธ์ให้ประชาชนทุกท่านขับขี่ด้วยความระมัดระวังในช่วง 7 วันอันตราย ระหว่างวันที่ 11-17 เมษายน 2567"
            ),
            IMG("จุดบริการประชาชนหน้าที่ทำการ อบต.ห้วยทรายขาว"),
            P(
                "อบต. ได้ตั้งจุดบริการประชาชนบริเวณสามแยกบ้านห้วยทรายขาว ตลอด 24 ชั่วโมง มีเจ้าหน้าที่ อปพร. และกู้ชีพคอยให้บริการน้ำดื่มและจุดพักรถ หากเกิดเหตุฉุกเฉินโทร. 1669"
            ),
        ),
        alias="songkran-2567",
        frontpage=True,
    ),
    _Item(
        410,
        C_PROC,
        "2024-05-28",
        "14:30",
        "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (เพิ่มเติม ฉบับที่ 2)",
        (
            P(
                "องค์การบริหารส่วนตำบลห้วยทรายขาว ขอเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (เพิ่มเติม ฉบับที่ 2) รายละเอียดตามเอกสารแนบ"
            ),
            FILE("แผนการจัดซื้อจัดจ้าง 2567 เพิ่มเติม ฉบับที่ 2"),
        ),
        author="กองคลัง",
        intro=0,
    ),
)
CROSS_FROM, CROSS_TO = 355, 12  # the body of 355 links 12 as "id=12&Itemid=53" (hand-typed)

# Standing pages: uncategorised articles (id, Itemid, title, paragraphs, show created date)
STANDING: tuple[tuple[int, int, str, tuple[str, ...], bool], ...] = (
    (
        2,
        27,
        "ประวัติความเป็นมา",
        (
            "ตำบลห้วยทรายขาวเดิมเป็นส่วนหนึ่งของตำบลกุฉินารายณ์ ได้แยกตั้งเป็นตำบลเมื่อ พ.ศ. 2518 ชื่อตำบลมาจากลำห้วยที่มีทรายสีขาวไหลผ่านกลางหมู่บ้าน",
            "องค์การบริหารส่วนตำบลห้วยทรายขาว ยกฐานะจากสภาตำบลเมื่อวันที่ 23 กุมภาพันธ์ 2540 ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 ปัจจุบันเป็นองค์การบริหารส่วนตำบลขนาดกลาง",
        ),
        True,
    ),
    (
        3,
        28,
        "วิสัยทัศน์ / พันธกิจ",
        (
            'วิสัยทัศน์ "ห้วยทรายขาวน่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีส่วนร่วม บริการด้วยใจ"',
            "พันธกิจ 1. พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน 2. ส่งเสริมอาชีพและรายได้ตามหลักเศรษฐกิจพอเพียง 3. ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม 4. พัฒนาการบริหารจัดการตามหลักธรรมาภิบาล",
        ),
        True,
    ),
    (
        5,
        31,
        "สภาพทั่วไปและข้อมูลพื้นฐาน",
        (
            "ตำบลห้วยทรายขาวมีพื้นที่ประมาณ 62 ตารางกิโลเมตร อยู่ห่างจากอำเภอกุฉินารายณ์ไปทางทิศเหนือประมาณ 14 กิโลเมตร มี 12 หมู่บ้าน ประชากร 7,840 คน 2,115 ครัวเรือน",
            "ประชากรส่วนใหญ่ประกอบอาชีพเกษตรกรรม ทำนา ปลูกอ้อยและมันสำปะหลัง รองลงมาคือการเลี้ยงโคและรับจ้างทั่วไป",
        ),
        False,
    ),
)
EXECUTIVES = (
    (CHIEF, "นายกองค์การบริหารส่วนตำบลห้วยทรายขาว"),
    ("นายสมชาย โคตรห้วยทราย", "รองนายกองค์การบริหารส่วนตำบล"),
    ("นางบัวผัน ศรีนาดี", "รองนายกองค์การบริหารส่วนตำบล"),
    ("นายประเสริฐ พลโนนสะอาด", "เลขานุการนายกองค์การบริหารส่วนตำบล"),
    ("นางสาวกาญจนา ภูห้วยทราย", "ปลัดองค์การบริหารส่วนตำบล"),
)
ITA_ROWS = (
    ("O1", "โครงสร้าง"),
    ("O2", "ข้อมูลผู้บริหาร"),
    ("O3", "อำนาจหน้าที่"),
    ("O4", "ข้อมูลการติดต่อ"),
    ("O10", "แผนดำเนินงานและการใช้งบประมาณประจำปี"),
    ("O12", "รายงานผลการดำเนินงานประจำปี"),
    ("O20", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ"),
    ("O22", "สรุปผลการจัดซื้อจัดจ้างรายเดือน"),
    ("O32", "รายงานผลการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ("O36", "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ"),
)
ITA_ID, ITA_ITEMID = 60, 40
EXEC_ID, EXEC_ITEMID = 4, 29
# JCal Pro events: (extid, date, time, title, place)
EVENTS = (
    (3, "2024-05-15", "09:00", "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 2 ประจำปี 2567", "ห้องประชุมสภา อบต.ห้วยทรายขาว"),
    (7, "2024-06-05", "08:30", "กิจกรรมวันสิ่งแวดล้อมโลก เก็บขยะริมลำห้วยทราย", "ลำห้วยทราย หมู่ที่ 1"),
    (8, "2024-06-14", "09:00", "ออกหน่วยบริการประชาชนเคลื่อนที่", "ศาลากลางบ้านนาดี หมู่ที่ 2"),
    (9, "2024-06-26", "08:00", "วันต่อต้านยาเสพติดโลก เดินรณรงค์", "หน้าที่ทำการ อบต.ห้วยทรายขาว"),
    (11, "2024-07-12", "13:00", "อบรมการคัดแยกขยะต้นทาง", "หอประชุม อบต.ห้วยทรายขาว"),
)
POLL = ("ท่านพึงพอใจการให้บริการของ อบต.ห้วยทรายขาว ในระดับใด", (("มากที่สุด", 412), ("มาก", 287), ("ปานกลาง", 96), ("น้อย", 21)))


# -- small helpers --------------------------------------------------------------------------------
def amp(url: str) -> str:
    return url.replace("&", "&amp;")


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def created_th(dt: datetime) -> str:
    """The Thai pack's createdate with its Buddhist-year hack: 'วันพุธที่ 05 มิถุนายน 2567 เวลา 10:30 น.'."""
    return f"วัน{WEEKDAYS[dt.weekday()]}ที่ {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year + 543} เวลา {dt:%H:%M} น."


def modified_th(dt: datetime) -> str:
    """The unpatched DATE_FORMAT_LC2 (Gregorian year)."""
    return f"วัน{WEEKDAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} เวลา {dt:%H:%M}"


def rfc822(dt: datetime) -> str:
    u = dt - timedelta(hours=7)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[u.weekday()]}, {u.day:02d} {months[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"


def xml_esc(text: str) -> str:
    return esc(text).replace('"', "&quot;")


# -- URLs -------------------------------------------------------------------------------------------
def art_url(it: _Item) -> str:
    cat_alias, _name, itemid = CATS[it.cat]
    return f"/index.php?option=com_content&view=article&id={it.id}:{it.slug_alias}&catid={it.cat}:{cat_alias}&Itemid={itemid}"


def print_url(it: _Item) -> str:
    cat_alias, _name, itemid = CATS[it.cat]
    return f"/index.php?view=article&catid={it.cat}:{cat_alias}&id={it.id}:{it.slug_alias}&tmpl=component&print=1&layout=default&page=&option=com_content&Itemid={itemid}"


def pdf_url(it: _Item) -> str:
    cat_alias, _name, itemid = CATS[it.cat]
    return f"/index.php?view=article&catid={it.cat}:{cat_alias}&id={it.id}:{it.slug_alias}&format=pdf&option=com_content&Itemid={itemid}"


def legacy_url(it: _Item) -> str:
    return f"/index.php?option=com_content&task=view&id={it.id}&Itemid={CATS[it.cat][2]}"


def idonly_url(it: _Item) -> str:
    return f"/index.php?option=com_content&view=article&id={it.id}&Itemid={CATS[it.cat][2]}"


def blog_url(cat: int, start: int | None = None) -> str:
    url = f"/index.php?option=com_content&view=category&layout=blog&id={cat}&Itemid={CATS[cat][2]}"
    return url if start is None else f"{url}&limitstart={start}"


def list_url(cat: int = C_PROC) -> str:
    return f"/index.php?option=com_content&view=category&id={cat}&Itemid={CATS[cat][2]}"


def cat_link(cat: int) -> str:
    return list_url(cat) if cat == C_PROC else blog_url(cat)


def front_url(start: int | None = None) -> str:
    return (
        "/index.php" if start is None else f"/index.php?option=com_content&view=frontpage&Itemid=1&limitstart={start}"
    )


def section_url() -> str:
    return f"/index.php?option=com_content&view=section&id=1&Itemid={SECTION_ITEMID}"


def standing_url(aid: int, itemid: int) -> str:
    return f"/index.php?option=com_content&view=article&id={aid}&Itemid={itemid}"


def cal_url(mode: str | None = None, day: date | None = None) -> str:
    url = f"/index.php?option=com_jcalpro&Itemid={CAL_ITEMID}"
    if mode is None:
        return url
    return f"{url}&extmode={mode}&date={day:%Y-%m-%d}" if day else f"{url}&extmode={mode}"


def event_url(extid: int) -> str:
    return f"/index.php?option=com_jcalpro&Itemid={CAL_ITEMID}&extmode=view&extid={extid}"


def image_path(it: _Item, k: int) -> str:
    folder = {C_PR: "news", C_ACT: "activity", C_PROC: "procure"}[it.cat]
    return f"images/stories/{folder}/{it.dt.year + 543}/{it.id}_{k:02d}.jpg"


def file_path(it: _Item, k: int) -> str:
    return f"images/stories/file/{it.dt.year + 543}/{_md5(f'f{it.id}-{k}')[:10]}.pdf"


CONTACT_URL = "/index.php?option=com_contact&view=contact&id=1&Itemid=30"
POLL_URL = "/index.php?option=com_poll&id=2:satisfaction&Itemid=41"
USER_URLS = (
    ("/index.php?option=com_user&view=reset", "ลืมรหัสผ่าน?"),
    ("/index.php?option=com_user&view=remind", "ลืมชื่อผู้ใช้?"),
    ("/index.php?option=com_user&view=register", "สมัครสมาชิก"),
)
LEGACY_BLOG = "/index.php?option=com_content&task=blogcategory&id=1&Itemid=53"
TRAP = r"[?&]extmode=(?:cal|day|week|flat)\b"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=[
            "/administrator/",
            "/cache/",
            "/components/",
            "/images/",
            "/includes/",
            "/installation/",
            "/language/",
            "/libraries/",
            "/media/",
            "/modules/",
            "/plugins/",
            "/templates/",
            "/tmp/",
            "/xmlrpc/",
        ],
        server_software="Apache/2.2.22 (Unix) mod_ssl/2.2.22 OpenSSL/0.9.8e-fips-rhel5 PHP/5.2.17",
    )
    _Joomla(site).register()
    return site


class _Joomla:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.items = {it.id: it for it in ITEMS}
        self.newest = sorted(ITEMS, key=lambda it: it.dt, reverse=True)
        self.by_cat = {c: [it for it in self.newest if it.cat == c] for c in CATS}
        self.front = [it for it in self.newest if it.frontpage]
        self.non_articles: list[str] = []
        self._left: str | None = None
        self._right: str | None = None

    # -- responses ----------------------------------------------------------------------------
    @staticmethod
    def headers(target: str) -> tuple[tuple[str, str], ...]:
        return (
            ("X-Powered-By", "PHP/5.2.17"),
            ("P3P", 'CP="NOI ADM DEV PSAi COM NAV OUR OTRo STP IND DEM"'),
            ("Set-Cookie", f"{_md5('sess')}={_md5('sid' + target)[:26]}; path=/"),
            ("Expires", "Mon, 1 Jan 2001 00:00:00 GMT"),
            ("Last-Modified", "Thu, 20 Jun 2024 03:12:40 GMT"),
            ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
            ("Pragma", "no-cache"),
        )

    def html(self, target: str, text: str, status: int = 200) -> Response:
        return Response(status, (("Content-Type", UTF8_HTML), *self.headers(target)), text.encode("utf-8"))

    def add(self, target: str, text: str, non_article: bool = True) -> None:
        self.site.add(target, self.html(target, text))
        if non_article:
            self.non_articles.append(self.b + target)

    # -- page frame -----------------------------------------------------------------------------
    def frame(
        self,
        target: str,
        title: str,
        main: str,
        *,
        pathway: tuple[tuple[str, str | None], ...] = (),
        description: str = f"เว็บไซต์{SITE} {ADDRESS}",
        author: str | None = None,
        feed: str | None = "/index.php?format=feed&type=rss",
    ) -> str:
        b = self.b
        meta_author = f'\n  <meta name="author" content="{attr(author)}" />' if author else ""
        feeds = (
            f'\n  <link href="{amp(feed)}" rel="alternate" type="application/rss+xml" title="RSS 2.0" />'
            f'\n  <link href="{amp(feed.replace("type=rss", "type=atom"))}" rel="alternate" type="application/atom+xml" title="Atom 1.0" />'
            if feed
            else ""
        )
        crumbs = ['<a href="' + b + '/" class="pathway">หน้าแรก</a>']
        for label, href in pathway:
            crumbs.append(f'<a href="{amp(href)}" class="pathway">{esc(label)}</a>' if href else esc(label))
        crumbs_html = ' <img src="/templates/ja_purity/images/arrow.png" alt=""  /> '.join(crumbs)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th">

<head>
  <base href="{amp(b + target)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="อบต.ห้วยทรายขาว, องค์การบริหารส่วนตำบลห้วยทรายขาว, กุฉินารายณ์, กาฬสินธุ์" />
  <meta name="title" content="{attr(title)}" />{meta_author}
  <meta name="description" content="{attr(description)}" />
  <meta name="generator" content="{GENERATOR}" />
  <title>{esc(title)}</title>{feeds}
  <link href="/templates/ja_purity/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>

<link rel="stylesheet" href="{b}/templates/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="{b}/templates/system/css/general.css" type="text/css" />
<link rel="stylesheet" href="{b}/templates/ja_purity/css/template.css" type="text/css" />
<script language="javascript" type="text/javascript" src="{b}/templates/ja_purity/js/ja.script.js"></script>
<!--[if IE 7.0]>
<style type="text/css">
.clearfix {{display: inline-block;}}
</style>
<![endif]-->
</head>

<body id="bd" class="fs3 Moz" >
<a name="Top" id="Top"></a>
<ul class="accessibility">
	<li><a href="#ja-content" title="Skip to content">Skip to content</a></li>
	<li><a href="#ja-mainnav" title="Skip to main navigation">Skip to main navigation</a></li>
	<li><a href="#ja-col1" title="Skip to 1st column">Skip to 1st column</a></li>
	<li><a href="#ja-col2" title="Skip to 2nd column">Skip to 2nd column</a></li>
</ul>

<div id="ja-wrapper">

<!-- BEGIN: HEADER -->
<div id="ja-headerwrap">
	<div id="ja-header" class="clearfix" style="background: url({b}/templates/ja_purity/images/header/header3.jpg) no-repeat top right;">
	<div class="ja-headermask">&nbsp;</div>
		<h1 class="logo">
			<a href="/index.php" title="{SITE}"><span>{SITE}</span></a>
		</h1>
		<ul class="ja-usertools-font">
		<li><img style="cursor: pointer;" title="Increase font size" src="{b}/templates/ja_purity/images/user-increase.png" alt="Increase font size" id="ja-tool-increase" onclick="switchFontSize('ja_purity_ja_font','inc'); return false;" /></li>
		<li><img style="cursor: pointer;" title="Default font size" src="{b}/templates/ja_purity/images/user-reset.png" alt="Default font size" id="ja-tool-reset" onclick="switchFontSize('ja_purity_ja_font',3); return false;" /></li>
		<li><img style="cursor: pointer;" title="Decrease font size" src="{b}/templates/ja_purity/images/user-decrease.png" alt="Decrease font size" id="ja-tool-decrease" onclick="switchFontSize('ja_purity_ja_font','dec'); return false;" /></li>
		</ul>
		<div id="ja-search">
			<form action="index.php" method="post">
	<div class="search">
		<input name="searchword" id="mod_search_searchword" maxlength="20" alt="ค้นหา" class="inputbox" type="text" size="20" value="ค้นหา..."  onblur="if(this.value=='') this.value='ค้นหา...';" onfocus="if(this.value=='ค้นหา...') this.value='';" />	</div>
	<input type="hidden" name="task"   value="search" />
	<input type="hidden" name="option" value="com_search" />
	<input type="hidden" name="Itemid" value="1" />
</form>
		</div>
	</div>
</div>
<!-- END: HEADER -->

<!-- BEGIN: MAIN NAVIGATION -->
<div id="ja-mainnavwrap">
	<div id="ja-mainnav" class="clearfix">
	<ul class="menu"><li class="item1"><a href="{b}/"><span>หน้าแรก</span></a></li><li class="item53"><a href="{amp(blog_url(C_PR))}"><span>ข่าวประชาสัมพันธ์</span></a></li><li class="item54"><a href="{amp(blog_url(C_ACT))}"><span>ข่าวกิจกรรม</span></a></li><li class="item60"><a href="{amp(cal_url())}"><span>ปฏิทินกิจกรรม</span></a></li><li class="item40"><a href="{amp(standing_url(ITA_ID, ITA_ITEMID))}"><span>ITA</span></a></li><li class="item30"><a href="{amp(CONTACT_URL)}"><span>ติดต่อเรา</span></a></li></ul>
	</div>
</div>
<!-- END: MAIN NAVIGATION -->

<div id="ja-containerwrap-fr">
<div id="ja-containerwrap2">
	<div id="ja-container">
	<div id="ja-container2" class="clearfix">

		<div id="ja-mainbody-fr" class="clearfix">

		<!-- BEGIN: CONTENT -->
		<div id="ja-contentwrap">
		<div id="ja-content">

			<div id="ja-pathway">
				<span class="breadcrumbs pathway">
{crumbs_html}</span>

			</div>

			{main}

		</div>
		</div>
		<!-- END: CONTENT -->

		<!-- BEGIN: LEFT COLUMN -->
		<div id="ja-col1">
{self.left_column()}
		</div><br />
		<!-- END: LEFT COLUMN -->

		</div>

		<!-- BEGIN: RIGHT COLUMN -->
		<div id="ja-col2">
{self.right_column()}
		</div><br />
		<!-- END: RIGHT COLUMN -->

	</div>
	</div>
</div>
</div>

<!-- BEGIN: FOOTER -->
<div id="ja-footerwrap">
<div id="ja-footer" class="clearfix">

	<div id="ja-footnav">
		<ul id="mainlevel-nav"><li><a href="/index.php" class="mainlevel-nav" >หน้าหลัก</a></li><li><a href="{amp(LEGACY_BLOG)}" class="mainlevel-nav" >ข่าวเก่า</a></li><li><a href="{amp(CONTACT_URL)}" class="mainlevel-nav" >ติดต่อเรา</a></li><li><a href="{b}/administrator/" class="mainlevel-nav" >ผู้ดูแลระบบ</a></li></ul>
	</div>

	<div class="copyright">
		<div>{SITE} {ADDRESS} โทรศัพท์/โทรสาร {PHONE} อีเมล์ {EMAIL}</div>
<div>Copyright &copy; 2567 {SITE}. All Rights Reserved.</div>
<div><a href="http://www.joomla.org">Joomla!</a> เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต <a href="http://www.gnu.org/licenses/gpl-2.0.html">GNU/GPL</a></div>
	</div>

	<div class="ja-cert">
		<a href="http://jigsaw.w3.org/css-validator/check/referer" target="_blank" title="Our site is valid CSS" style="text-decoration: none;">
		<img src="{b}/templates/ja_purity/images/but-css.gif" border="none" alt="Our site is valid CSS" />
		</a>
		<a href="http://validator.w3.org/check/referer" target="_blank" title="Our site is valid XHTML 1.0 Transitional" style="text-decoration: none;">
		<img src="{b}/templates/ja_purity/images/but-xhtml10.gif" border="none" alt="Our site is valid XHTML 1.0 Transitional" />
		</a>
	</div>

	<br />
</div>
</div>
<!-- END: FOOTER -->

</div>


</body>

</html>
"""

    def module(self, title: str, body: str, suffix: str = "") -> str:
        return f"""		<div class="moduletable{suffix}">
					<h3>{esc(title)}</h3>
					{body}		</div>
"""

    def left_column(self) -> str:
        if self._left is not None:
            return self._left
        b = self.b
        menu = [
            ("/", "หน้าแรก", 1),
            (standing_url(2, 27), "ประวัติความเป็นมา", 27),
            (standing_url(3, 28), "วิสัยทัศน์ / พันธกิจ", 28),
            (standing_url(5, 31), "สภาพทั่วไปและข้อมูลพื้นฐาน", 31),
            (standing_url(EXEC_ID, EXEC_ITEMID), "คณะผู้บริหาร", EXEC_ITEMID),
            (section_url(), "ข่าวสาร อบต.", SECTION_ITEMID),
            (blog_url(C_PR), "ข่าวประชาสัมพันธ์", 53),
            (blog_url(C_ACT), "ข่าวกิจกรรม", 54),
            (list_url(), "ประกาศจัดซื้อจัดจ้าง", 55),
            (cal_url(), "ปฏิทินกิจกรรม", CAL_ITEMID),
            (standing_url(ITA_ID, ITA_ITEMID), "การเปิดเผยข้อมูลสาธารณะ (ITA)", ITA_ITEMID),
            (CONTACT_URL, "ติดต่อเรา", 30),
        ]
        items = "".join(
            f'<li class="item{itemid}"><a href="{b + href if href == "/" else amp(href)}"><span>{esc(label)}</span></a></li>'
            for href, label, itemid in menu
        )
        latest = "\n".join(
            f'\t<li class="latestnews">\n\t\t<a href="{amp(art_url(it))}" class="latestnews">\n\t\t\t{esc(it.title)}</a>\n\t</li>'
            for it in self.newest[:5]
        )
        popular = sorted(ITEMS, key=lambda it: -it.hits)[:5]
        mostread = "\n".join(
            f'\t<li class="mostread">\n\t\t<a href="{amp(art_url(it))}" class="mostread">\n\t\t\t{esc(it.title)}</a>\n\t</li>'
            for it in popular
        )
        legacy = "\n".join(
            f'<p>&raquo; <a href="{amp(legacy_url(it))}">{esc(it.title)}</a></p>'
            for it in sorted(ITEMS, key=lambda it: it.dt)
            if it.legacy
        )
        self._left = (
            self.module("เมนูหลัก", f'<ul class="menu">{items}</ul>', "_menu")
            + self.module("ข่าวล่าสุด", f'<ul class="latestnews">\n{latest}\n</ul>')
            + self.module("ข่าวยอดนิยม", f'<ul class="mostread">\n{mostread}\n</ul>')
            + self.module("ข่าวเก่า (เว็บไซต์เดิม)", legacy)
            + self.module(
                "ลิงก์หน่วยงาน",
                '<p><a href="http://www.dla.go.th" target="_blank"><img src="images/banners/dla.gif" border="0" alt="กรมส่งเสริมการปกครองท้องถิ่น" width="180" height="60" /></a></p>\n'
                '<p><a href="http://www.gprocurement.go.th" target="_blank"><img src="images/banners/egp.gif" border="0" alt="ระบบการจัดซื้อจัดจ้างภาครัฐ" width="180" height="60" /></a></p>\n'
                '<p><a href="http://www.kalasin.go.th" target="_blank">จังหวัดกาฬสินธุ์</a></p>',
            )
        )
        return self._left

    def right_column(self) -> str:
        if self._right is not None:
            return self._right
        users = "\n".join(
            f'\t\t<li>\n\t\t\t<a href="{amp(u)}">\n\t\t\t{esc(label)}</a>\n\t\t</li>' for u, label in USER_URLS
        )
        login = f"""<form action="index.php" method="post" name="login" id="form-login" >
		<fieldset class="input">
	<p id="form-login-username">
		<label for="modlgn_username">ชื่อผู้ใช้</label><br />
		<input id="modlgn_username" type="text" name="username" class="inputbox" alt="username" size="18" />
	</p>
	<p id="form-login-password">
		<label for="modlgn_passwd">รหัสผ่าน</label><br />
		<input id="modlgn_passwd" type="password" name="passwd" class="inputbox" size="18" alt="password" />
	</p>
	<input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" />
	</fieldset>
	<ul>
{users}
	</ul>
	<input type="hidden" name="option" value="com_user" />
	<input type="hidden" name="task" value="login" />
	<input type="hidden" name="return" value="L2luZGV4LnBocA==" />
	<input type="hidden" name="{_md5("token")}" value="1" />
</form>
"""
        question, answers = POLL
        options = "\n".join(
            f'\t\t\t<tr>\n\t\t\t\t<td class="sectiontableentry{k % 2 + 1}" valign="top">\n\t\t\t\t\t<input type="radio" name="voteid" id="voteid{k}" value="{k}" alt="{k}" />\n\t\t\t\t\t<label for="voteid{k}">{esc(a)}</label>\n\t\t\t\t</td>\n\t\t\t</tr>'
            for k, (a, _n) in enumerate(answers, start=5)
        )
        poll = f"""<form action="index.php" method="post" name="form2">
<table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll">
<thead><tr><td style="font-weight: bold;">{esc(question)}</td></tr></thead>
<tr><td align="center"><table class="pollstableborder" cellspacing="0" cellpadding="0" border="0">
{options}
</table></td></tr>
<tr><td><div align="center">
	<input type="submit" name="task_button" class="button" value="โหวต" />
	&nbsp;
	<input type="button" name="option" class="button" value="ผลโหวต" onclick="document.location.href='{amp(POLL_URL)}'" />
</div></td></tr>
</table>
<input type="hidden" name="option" value="com_poll" />
<input type="hidden" name="task" value="vote" />
<input type="hidden" name="id" value="2" />
</form>
<p><a href="{amp(POLL_URL)}">ดูผลโหวต</a></p>
"""
        counter = """<div style="text-align: center;"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vinaora_counter"><tbody>
<tr align="left"><td><img src="modules/mod_vvisit_counter/images/vtoday.png" alt="today" title="today" /></td><td>วันนี้</td><td align="right">27</td></tr>
<tr align="left"><td><img src="modules/mod_vvisit_counter/images/vyesterday.png" alt="yesterday" title="yesterday" /></td><td>เมื่อวาน</td><td align="right">64</td></tr>
<tr align="left"><td><img src="modules/mod_vvisit_counter/images/vmonth.png" alt="month" title="month" /></td><td>เดือนนี้</td><td align="right">1,288</td></tr>
<tr align="left"><td><img src="modules/mod_vvisit_counter/images/vall.png" alt="all days" title="all days" /></td><td>ทั้งหมด</td><td align="right">248,913</td></tr>
</tbody></table></div>
<div style="text-align: center;">เริ่มนับ 01 ก.พ. 2553</div>
"""
        self._right = (
            self.module("ปฏิทินกิจกรรม", self.mini_calendar(TODAY.year, TODAY.month))
            + self.module("เข้าสู่ระบบ", login)
            + self.module("แบบสำรวจ", poll)
            + self.module("สถิติผู้เข้าชม", counter)
            + self.module(
                "ติดต่อ อบต.",
                f'<p>{esc(ADDRESS)}<br />โทร. <a href="tel:{PHONE.replace("-", "")}">{PHONE}</a><br />อีเมล์ <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
                f'<p><a href="https://www.facebook.com/huaisaikhao.sao" target="_blank">Facebook อบต.ห้วยทรายขาว</a></p>',
            )
        )
        return self._right

    # -- calendar (JCal Pro) -----------------------------------------------------------------------
    def events_on(self, day: date) -> list[tuple]:
        return [e for e in EVENTS if e[1] == day.isoformat()]

    def mini_calendar(self, year: int, month: int) -> str:
        first = date(year, month, 1)
        prev = (first - timedelta(days=1)).replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        rows = []
        for week in calendar.Calendar(firstweekday=6).monthdatescalendar(year, month):
            cells = []
            for d in week:
                if d.month != month:
                    cells.append('<td class="extcal_othermonth">&nbsp;</td>')
                elif self.events_on(d):
                    cells.append(
                        f'<td class="extcal_weekdays"><a href="{amp(cal_url("day", d))}" class="extcal_busylink">{d.day}</a></td>'
                    )
                elif d == TODAY:
                    cells.append(f'<td class="extcal_todaycell">{d.day}</td>')
                else:
                    cells.append(f'<td class="extcal_weekdays">{d.day}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return f"""<table class="extcal_minical" cellspacing="1" cellpadding="0" border="0" align="center">
<tr><td class="extcal_navbar" colspan="7"><a href="{amp(cal_url("cal", prev))}">&laquo;</a> <a href="{amp(cal_url("cal", first))}">{MONTHS[month - 1]} {year + 543}</a> <a href="{amp(cal_url("cal", nxt))}">&raquo;</a></td></tr>
<tr class="extcal_daynames"><td>อา</td><td>จ</td><td>อ</td><td>พ</td><td>พฤ</td><td>ศ</td><td>ส</td></tr>
{chr(10).join(rows)}
</table>"""

    def cal_nav(self, mode: str, day: date) -> str:
        links = " | ".join(
            f'<a href="{amp(cal_url(m, day))}">{label}</a>'
            for m, label in (("cal", "เดือน"), ("week", "สัปดาห์"), ("day", "วัน"), ("flat", "รายการ"))
        )
        return f'<div class="jcl_toolbar">มุมมอง: {links} | <a href="{amp(cal_url("cats"))}">หมวดหมู่</a></div>'

    def event_line(self, e: tuple) -> str:
        return f'<li><a href="{amp(event_url(e[0]))}">{esc(e[3])}</a> ({e[2]} น.)</li>'

    def cal_main(self, mode: str, day: date) -> str:
        if mode == "cal" or mode == "flat":
            first = day.replace(day=1)
            prev = (first - timedelta(days=1)).replace(day=1)
            nxt = (first + timedelta(days=32)).replace(day=1)
            head = f'<a href="{amp(cal_url(mode, prev))}">&laquo; เดือนก่อน</a> &nbsp; <strong>{MONTHS[first.month - 1]} {first.year + 543}</strong> &nbsp; <a href="{amp(cal_url(mode, nxt))}">เดือนถัดไป &raquo;</a>'
            if mode == "flat":
                events = [e for e in EVENTS if e[1][:7] == f"{first:%Y-%m}"]
                body = (
                    "<ul>" + "".join(self.event_line(e) for e in events) + "</ul>"
                    if events
                    else "<p>ไม่มีกิจกรรมในเดือนนี้</p>"
                )
            else:
                rows = []
                for week in calendar.Calendar(firstweekday=6).monthdatescalendar(first.year, first.month):
                    cells = []
                    for d in week:
                        if d.month != first.month:
                            cells.append('<td class="extcal_othermonth">&nbsp;</td>')
                            continue
                        evs = "".join(
                            f'<div class="extcal_event"><a href="{amp(event_url(e[0]))}">{esc(e[3])}</a></div>'
                            for e in self.events_on(d)
                        )
                        cells.append(
                            f'<td class="extcal_weekdays"><a href="{amp(cal_url("day", d))}">{d.day}</a>{evs}</td>'
                        )
                    rows.append("<tr>" + "".join(cells) + "</tr>")
                body = (
                    '<table class="extcal_calendar" width="100%" border="0" cellspacing="1" cellpadding="2">\n'
                    '<tr class="extcal_daynames"><td>อาทิตย์</td><td>จันทร์</td><td>อังคาร</td><td>พุธ</td><td>พฤหัสบดี</td><td>ศุกร์</td><td>เสาร์</td></tr>\n'
                    + "\n".join(rows)
                    + "\n</table>"
                )
        else:
            step = timedelta(days=7 if mode == "week" else 1)
            start = day - timedelta(days=(day.weekday() + 1) % 7) if mode == "week" else day
            days = [start + timedelta(days=k) for k in range(7 if mode == "week" else 1)]
            label = "สัปดาห์" if mode == "week" else "วัน"
            head = (
                f'<a href="{amp(cal_url(mode, start - step))}">&laquo; {label}ก่อน</a> &nbsp; <strong>{days[0].day} {MONTHS[days[0].month - 1]} {days[0].year + 543}'
                + (f" - {days[-1].day} {MONTHS[days[-1].month - 1]} {days[-1].year + 543}" if mode == "week" else "")
                + f'</strong> &nbsp; <a href="{amp(cal_url(mode, start + step))}">{label}ถัดไป &raquo;</a>'
            )
            events = [e for d in days for e in self.events_on(d)]
            body = "<ul>" + "".join(self.event_line(e) for e in events) + "</ul>" if events else "<p>ไม่มีกิจกรรม</p>"
        return f"""<div class="componentheading">ปฏิทินกิจกรรม</div>
<div id="jcl_component">
{self.cal_nav(mode, day)}
<div class="jcl_navbar">{head}</div>
{body}
</div>"""

    def event_main(self, e: tuple) -> str:
        extid, day, hhmm, title, place = e
        d = date.fromisoformat(day)
        return f"""<div class="componentheading">ปฏิทินกิจกรรม</div>
<div id="jcl_component">
{self.cal_nav("cal", d)}
<table class="jcl_eventdetail" width="100%" cellspacing="0" cellpadding="4">
<tr><td class="jcl_label">กิจกรรม</td><td><strong>{esc(title)}</strong></td></tr>
<tr><td class="jcl_label">วันที่</td><td>{d.day} {MONTHS[d.month - 1]} {d.year + 543}</td></tr>
<tr><td class="jcl_label">เวลา</td><td>{hhmm} น.</td></tr>
<tr><td class="jcl_label">สถานที่</td><td>{esc(place)}</td></tr>
<tr><td class="jcl_label">หมวดหมู่</td><td>กิจกรรม อบต.</td></tr>
</table>
<p><a href="{amp(cal_url("cal", d.replace(day=1)))}">&laquo; กลับไปที่ปฏิทิน</a></p>
</div>"""

    # -- article rendering --------------------------------------------------------------------------
    def para(self, it: _Item, text: str) -> str:
        if it.style == "word":
            return f'<p class="MsoNormal" style="text-indent: 36pt; text-align: justify;"><span style="font-size: 14pt; font-family: \'Angsana New\',\'serif\';" lang="TH">{esc(text)}</span></p>\n<p class="MsoNormal"><span style="font-size: 14pt;" lang="TH">&nbsp;</span></p>'
        if it.style == "div":
            return f"<div>{esc(text)}</div>\n<div>&nbsp;</div>"
        return f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {esc(text)}</p>'

    def render_blocks(self, it: _Item, blocks: tuple[tuple, ...], start_img: int, start_file: int) -> str:
        out: list[str] = []
        img_k, file_k = start_img, start_file
        if it.style == "br":  # Mambo-era: one run of text cut by <br /><br />, mosimage divs
            run: list[str] = []
            for block in blocks:
                if block[0] == "p":
                    run.append(esc(block[1]))
                elif block[0] == "mos":
                    run.append("{mosimage}")
                elif block[0] == "img":
                    img_k += 1
                    if run:
                        out.append("<br /><br />".join(run))
                        run = []
                    cap = (
                        f'<div class="mosimage_caption" style="width: 400px; text-align: center;">{esc(block[1])}</div>'
                        if block[1]
                        else ""
                    )
                    out.append(
                        f'<div class="mosimage"  style="border-width: 1px; float: left; margin: 5px; width: 400px;" align="center"><img src="{image_path(it, img_k)}" width="400" height="300" hspace="6" alt="{attr(block[1] or it.title)}" title="{attr(block[1])}" border="0" />{cap}</div>'
                    )
            if run:
                out.append("<br /><br />".join(run))
            return "\n<br /><br />\n".join(out)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                text = block[1]
                if it.id == CROSS_FROM and "ข่าวเดิม" in text:
                    head, _, tail = text.partition("ข่าวเดิม")
                    target = self.items[CROSS_TO]
                    out.append(
                        f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {esc(head)}<a href="{amp(idonly_url(target))}">ข่าวเดิม</a>{esc(tail)}</p>'
                    )
                else:
                    out.append(self.para(it, text))
            elif kind == "c":
                out.append(f'<p style="text-align: center;">{esc(block[1])}</p>')
            elif kind == "img":
                img_k += 1
                src = image_path(it, img_k)
                if block[1]:
                    out.append(
                        f'<div class="img_caption" style="text-align: center; margin: 0 auto; width: 500px;"><img src="{src}" border="0" alt="{attr(block[1])}" width="500" height="375" /><p class="img_caption">{esc(block[1])}</p></div>'
                    )
                else:
                    out.append(
                        f'<p style="text-align: center;"><img src="{src}" border="0" alt="" width="500" height="375" /></p>'
                    )
            elif kind == "table":
                rows = block[1]
                head_row = "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in rows[0])
                body_rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
                out.append(
                    f'<table border="1" cellspacing="0" cellpadding="4" style="width: 100%; border-collapse: collapse;">\n<tbody>\n<tr>{head_row}</tr>\n{body_rows}\n</tbody>\n</table>'
                )
            elif kind == "file":
                file_k += 1
                out.append(
                    f'<p><a href="{file_path(it, file_k)}" target="_blank"><img src="images/M_images/pdf_button.png" border="0" alt="pdf" /> {esc(block[1])}</a></p>'
                )
            elif kind == "mos":
                out.append("<p>{mosimage}</p>")
        return "\n".join(out)

    def split(self, it: _Item) -> tuple[str, str]:
        n = len(it.blocks) if it.intro == 0 else it.intro
        intro_blocks, full_blocks = it.blocks[:n], it.blocks[n:]
        imgs = sum(1 for b in intro_blocks if b[0] == "img")
        files = sum(1 for b in intro_blocks if b[0] == "file")
        intro = self.render_blocks(it, intro_blocks, 0, 0)
        if not full_blocks:
            return intro, ""
        full = self.render_blocks(it, full_blocks, imgs, files)
        if it.style == "br" and intro_blocks[-1][0] != "img":  # Mambo's introtext ends in a typed break
            intro += "<br /><br />"
        return intro, full

    def icons(self, it: _Item) -> str:
        link = amp(self.b + art_url(it))  # JRoute output, &amp; and all, is what gets encoded
        mail = "/index.php?option=com_mailto&tmpl=component&link=" + base64.b64encode(link.encode()).decode()
        return f"""		<td align="right" width="100%" class="buttonheading">
		<a href="{amp(pdf_url(it))}" title="PDF" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/pdf_button.png" alt="PDF"  /></a>		</td>
		<td align="right" width="100%" class="buttonheading">
		<a href="{amp(print_url(it))}" title="พิมพ์" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="พิมพ์"  /></a>		</td>
		<td align="right" width="100%" class="buttonheading">
		<a href="{amp(mail)}" title="อีเมล" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><img src="/images/M_images/emailButton.png" alt="อีเมล"  /></a>		</td>
"""

    def mail_url(self, it: _Item) -> str:
        link = amp(self.b + art_url(it))
        return "/index.php?option=com_mailto&tmpl=component&link=" + base64.b64encode(link.encode()).decode()

    def info_rows(self, it: _Item) -> str:
        cat_alias, cat_name, _itemid = CATS[it.cat]
        del cat_alias
        author = (
            f'<tr>\n\t<td width="70%"  valign="top" colspan="2">\n\t\t<span class="small">\n\t\t\tเขียนโดย {esc(it.author)}\t\t</span>\n\t\t&nbsp;&nbsp;\n\t</td>\n</tr>\n'
            if it.author
            else ""
        )
        return (
            f'<tr>\n\t<td>\n\t\t<span>\n\t\t\t<a href="{amp(section_url())}">ข่าวสาร อบต.</a>\t\t\t - \t\t</span>\n\t\t<span>\n\t\t\t<a href="{amp(cat_link(it.cat))}">{esc(cat_name)}</a>\t\t</span>\n\t</td>\n</tr>\n'
            + author
            + f'<tr>\n\t<td valign="top" colspan="2" class="createdate">\n\t\t{created_th(it.dt)}\t</td>\n</tr>\n'
        )

    def modify_row(self, it: _Item) -> str:
        if not it.modified:
            return ""
        day, hhmm = it.modified.split()
        return f'<tr>\n\t<td colspan="2"  class="modifydate">\n\t\tแก้ไขล่าสุด ใน {modified_th(local_dt(day, hhmm))}\t</td>\n</tr>\n'

    def pagenav(self, it: _Item) -> str:
        ring = self.by_cat[it.cat]  # ordered newest first, as the blog
        k = ring.index(it)
        prev_it = ring[k - 1] if k > 0 else None
        next_it = ring[k + 1] if k + 1 < len(ring) else None
        cells = []
        if prev_it:
            cells.append(f'<th class="pagenav_prev">\n\t\t<a href="{amp(art_url(prev_it))}">&lt; ก่อนหน้า</a>\n\t\t</th>')
        if prev_it and next_it:
            cells.append('<td width="50">\n\t\t\t&nbsp;\n\t\t</td>')
        if next_it:
            cells.append(f'<th class="pagenav_next">\n\t\t<a href="{amp(art_url(next_it))}">ถัดไป &gt;</a>\n\t\t</th>')
        return '<table align="center" class="pagenav">\n<tr>\n\t\t' + "\n\t\t".join(cells) + "\n</tr>\n</table>"

    def article_main(self, it: _Item) -> str:
        intro, full = self.split(it)
        return f"""<table class="contentpaneopen">
<tr>
		<td class="contentheading" width="100%">
					{esc(it.title)}			</td>
{self.icons(it)}		   </tr>
</table>

<table class="contentpaneopen">
{self.info_rows(it)}<tr>
<td valign="top">
{intro}
{full}
{self.pagenav(it)}</td>
</tr>
{self.modify_row(it)}</table>
<span class="article_separator">&nbsp;</span>
"""

    def print_page(self, target: str, it: _Item) -> str:
        intro, full = self.split(it)
        author = (
            f'<tr><td valign="top"><span class="small">เขียนโดย {esc(it.author)}</span>&nbsp;&nbsp;</td></tr>'
            if it.author
            else ""
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
  <base href="{amp(self.b + target)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <meta name="title" content="{attr(it.title)}" />
  <meta name="generator" content="{GENERATOR}" />
  <title>{esc(it.title)}</title>
  <link href="/templates/ja_purity/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
<link rel="stylesheet" href="{self.b}/templates/ja_purity/css/template.css" type="text/css" />
</head>
<body class="contentpane">
<table class="contentpaneopen">
<tr>
		<td class="contentheading" width="100%">
					{esc(it.title)}			</td>
				<td align="right" width="100%" class="buttonheading">
		<a href="#" onclick="window.print();return false;"><img src="/images/M_images/printButton.png" alt="พิมพ์"  /></a>		</td>
		</tr>
</table>
<table class="contentpaneopen">
{author}<tr><td valign="top" colspan="2" class="createdate">{created_th(it.dt)}</td></tr>
<tr>
<td valign="top">
{intro}
{full}</td>
</tr>
{self.modify_row(it)}</table>
<span class="article_separator">&nbsp;</span>
</body>
</html>
"""

    def blog_item(self, it: _Item) -> str:
        intro, full = self.split(it)
        readon = (
            f'<tr>\n\t<td  colspan="2">\n\t\t<a href="{amp(art_url(it))}" class="readon">\n\t\t\tอ่านเพิ่มเติม...</a>\n\t</td>\n</tr>\n'
            if full
            else ""
        )
        return f"""<table class="contentpaneopen">
<tr>
		<td class="contentheading" width="100%">
					<a href="{amp(art_url(it))}" class="contentpagetitle">
			{esc(it.title)}</a>
			</td>
{self.icons(it)}	   </tr>
</table>

<table class="contentpaneopen">
{self.info_rows(it)}<tr>
<td valign="top" colspan="2">
{intro}</td>
</tr>
{self.modify_row(it)}{readon}</table>
<span class="article_separator">&nbsp;</span>
"""

    @staticmethod
    def pagination(url_of, total: int, start: int) -> str:
        pages = -(-total // PER_PAGE)
        if pages <= 1:
            return ""
        cur = start // PER_PAGE
        parts = []
        if cur == 0:
            parts += ["<span>&laquo;</span><span>เริ่มต้น</span>", "<span>ก่อนหน้า</span>"]
        else:
            parts += [
                f'<a href="{amp(url_of(0))}" title="เริ่มต้น">&laquo; เริ่มต้น</a>',
                f'<a href="{amp(url_of((cur - 1) * PER_PAGE))}" title="ก่อนหน้า">ก่อนหน้า</a>',
            ]
        for p in range(pages):
            if p == cur:
                parts.append(f"<strong><span>{p + 1}</span></strong>")
            else:
                parts.append(f'<strong><a href="{amp(url_of(p * PER_PAGE))}" title="{p + 1}">{p + 1}</a></strong>')
        if cur == pages - 1:
            parts += ["<span>ถัดไป</span>", "<span>ท้ายสุด</span><span>&raquo;</span>"]
        else:
            parts += [
                f'<a href="{amp(url_of((cur + 1) * PER_PAGE))}" title="ถัดไป">ถัดไป</a>',
                f'<a href="{amp(url_of((pages - 1) * PER_PAGE))}" title="ท้ายสุด">ท้ายสุด &raquo;</a>',
            ]
        return f"""<tr>
	<td valign="top" align="center">
		<del class="container"><div class="pagination">{"".join(parts)}</div></del>		<br /><br />
	</td>
</tr>
<tr>
	<td valign="top" align="center">
		หน้า {cur + 1} จาก {pages}	</td>
</tr>
"""

    def blog_main(
        self, heading: str | None, description: str | None, items: list[_Item], start: int, url_of, links: int = 0
    ) -> str:
        shown = items[start : start + PER_PAGE]
        more = items[start + PER_PAGE : start + PER_PAGE + links]
        out = []
        if heading:
            out.append(f'<div class="componentheading">\n\t{esc(heading)}</div>')
        out.append('<table class="blog" cellpadding="0" cellspacing="0">')
        if description:
            out.append(
                f'<tr>\n\t<td valign="top">\n\t\t<div class="contentdescription">{esc(description)}</div>\n\t</td>\n</tr>'
            )
        if shown:
            out.append(
                f'<tr>\n\t<td valign="top">\n\t\t\t\t\t<div>\n\t\t{self.blog_item(shown[0])}\t\t</div>\n\t\t<span class="leading_separator">&nbsp;</span>\n\t\t\t</td>\n</tr>'
            )
        rest = shown[1:]
        if rest:
            col1 = "".join(self.blog_item(it) for it in rest[0::2])
            col2 = "".join(self.blog_item(it) for it in rest[1::2])
            out.append(
                f'<tr>\n\t<td valign="top">\n\t\t<table width="100%"  cellpadding="0" cellspacing="0">\n\t\t<tr>\n\t\t\t\t<td align="left" width="50%" class="article_column column1" valign="top">\n{col1}\t\t</td>\n\t\t\t\t<td align="left" width="50%" class="article_column column2" valign="top">\n{col2}\t\t</td>\n\t\t</tr>\n\t\t</table>\n\t</td>\n</tr>'
            )
        if more:
            lis = "\n".join(
                f'\t<li>\n\t\t<a class="blogsection" href="{amp(art_url(it))}">\n\t\t\t{esc(it.title)}</a>\n\t</li>'
                for it in more
            )
            out.append(
                f'<tr>\n\t<td valign="top">\n\t\t<div class="blog_more">\n\t\t\t<div>\n\t<strong>เพิ่มเติม...</strong>\n</div>\n<ul>\n{lis}\n</ul>\n\t\t</div>\n\t</td>\n</tr>'
            )
        out.append(self.pagination(url_of, len(items), start))
        out.append("</table>")
        return "\n".join(out)

    def list_main(self) -> str:
        rows = []
        for k, it in enumerate(self.by_cat[C_PROC], start=1):
            author = esc(it.author) if it.author else ""
            rows.append(
                f'<tr class="sectiontableentry{2 - k % 2}" >\n\t<td align="right">\n\t\t{k}\t</td>\n\t<td>\n\t\t<a href="{amp(art_url(it))}">\n\t\t\t{esc(it.title)}</a>\n\t</td>\n\t<td>\n\t\t{it.dt:%d.%m.%y}\t</td>\n\t<td >\n\t\t{author}\t</td>\n\t<td align="center">\n\t\t{it.hits}\t</td>\n</tr>'
            )
        return f"""<div class="componentheading">
	ประกาศจัดซื้อจัดจ้าง</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" align="center" class="contentpane">
<tr>
	<td valign="top" class="contentdescription" colspan="2">
		ประกาศจัดซื้อจัดจ้าง ราคากลาง และผลการจัดซื้อจัดจ้างขององค์การบริหารส่วนตำบลห้วยทรายขาว	</td>
</tr>
<tr>
	<td>
<script language="javascript" type="text/javascript">
	function tableOrdering( order, dir, task ) {{
	var form = document.adminForm;
	form.filter_order.value 	= order;
	form.filter_order_Dir.value	= dir;
	document.adminForm.submit( task );
}}
</script>
<form action="{amp(self.b + list_url())}" method="post" name="adminForm">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
	<td align="right" colspan="5">
		แสดง # <select name="limit" id="limit" class="inputbox" size="1" onchange="this.form.submit()"><option value="5" >5</option><option value="10"  selected="selected">10</option><option value="15" >15</option><option value="20" >20</option><option value="25" >25</option><option value="30" >30</option><option value="50" >50</option><option value="100" >100</option><option value="0" >ทั้งหมด</option></select>
	</td>
</tr>
<tr>
	<td class="sectiontableheader" align="right" width="5%">#</td>
	<td class="sectiontableheader" width="45%"><a href="javascript:tableOrdering('a.title','asc','');" title="คลิกเพื่อเรียงลำดับตามคอลัมน์นี้">หัวข้อ</a></td>
	<td class="sectiontableheader" width="25%"><a href="javascript:tableOrdering('a.created','asc','');" title="คลิกเพื่อเรียงลำดับตามคอลัมน์นี้">วันที่</a></td>
	<td class="sectiontableheader" width="20%"><a href="javascript:tableOrdering('author','asc','');" title="คลิกเพื่อเรียงลำดับตามคอลัมน์นี้">ผู้เขียน</a></td>
	<td align="center" class="sectiontableheader" width="5%" nowrap="nowrap"><a href="javascript:tableOrdering('a.hits','asc','');" title="คลิกเพื่อเรียงลำดับตามคอลัมน์นี้">ฮิต</a></td>
</tr>
{chr(10).join(rows)}
</table>
<input type="hidden" name="id" value="3" />
<input type="hidden" name="sectionid" value="1" />
<input type="hidden" name="task" value="category" />
<input type="hidden" name="filter_order" value="" />
<input type="hidden" name="filter_order_Dir" value="" />
<input type="hidden" name="limitstart" value="0" />
</form>
	</td>
</tr>
</table>"""

    def section_main(self) -> str:
        lis = []
        for cat, (_alias, name, _itemid) in CATS.items():
            lis.append(
                f'\t<li>\n\t\t<a href="{amp(cat_link(cat))}" class="category">\n\t\t\t{esc(name)}</a>\n\t\t&nbsp;<span class="small">\n\t\t\t( {len(self.by_cat[cat])} รายการ )\t\t</span>\n\t</li>'
            )
        return f"""<div class="componentheading">
	ข่าวสาร อบต.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" align="center" class="contentpane">
<tr>
	<td width="60%" valign="top" class="contentdescription" colspan="2">
		ข่าวสารและประกาศขององค์การบริหารส่วนตำบลห้วยทรายขาว	</td>
</tr>
<tr>
	<td colspan="2">
		<ul>
{chr(10).join(lis)}
</ul>
	</td>
</tr>
</table>"""

    def standing_main(self, title: str, body: str, created: datetime | None) -> str:
        rows = ""
        if created is not None:
            rows = f'<tr>\n\t<td width="70%"  valign="top" colspan="2">\n\t\t<span class="small">\n\t\t\tเขียนโดย Administrator\t\t</span>\n\t\t&nbsp;&nbsp;\n\t</td>\n</tr>\n<tr>\n\t<td valign="top" colspan="2" class="createdate">\n\t\t{created_th(created)}\t</td>\n</tr>\n'
        return f"""<table class="contentpaneopen">
<tr>
		<td class="contentheading" width="100%">
					{esc(title)}			</td>
		</tr>
</table>

<table class="contentpaneopen">
{rows}<tr>
<td valign="top">
{body}</td>
</tr>
</table>
<span class="article_separator">&nbsp;</span>
"""

    def mailto_page(self, target: str) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
  <base href="{amp(self.b + target)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="generator" content="{GENERATOR}" />
  <title>{SITE}</title>
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
</head>
<body class="contentpane">
<script language="javascript" type="text/javascript">
	function submitbutton(pressbutton) {{
		var form = document.mailtoForm;
		if (form.mailto.value == "" || form.from.value == "") {{
			alert( 'กรุณากรอกอีเมลที่ถูกต้อง' );
			return false;
		}}
		form.submit();
	}}
</script>
<form action="{self.b}/index.php" name="mailtoForm" method="post">
<div style="padding: 10px;">
	<div style="text-align:right">
		<a href="javascript: void window.close()">
			ปิดหน้าต่าง <img src="{self.b}/components/com_mailto/assets/close-x.png" border="0" alt="" title="" /></a>
	</div>
	<div class="componentheading">
		ส่งลิงก์นี้ไปยังเพื่อนทางอีเมล	</div>
	<p>อีเมลถึง:<br /><input type="text" name="mailto" class="inputbox" size="25" value=""/></p>
	<p>ผู้ส่ง:<br /><input type="text" name="sender" class="inputbox" value="" size="25" /></p>
	<p>อีเมลของคุณ:<br /><input type="text" name="from" class="inputbox" value="" size="25" /></p>
	<p>หัวข้อ:<br /><input type="text" name="subject" class="inputbox" value="" size="25" /></p>
	<p><button class="button" onclick="return submitbutton('send');">ส่ง</button>
		<button class="button" onclick="window.close();return false;">ยกเลิก</button></p>
</div>
<input type="hidden" name="layout" value="default" />
<input type="hidden" name="option" value="com_mailto" />
<input type="hidden" name="task" value="send" />
<input type="hidden" name="tmpl" value="component" />
<input type="hidden" name="link" value="" />
<input type="hidden" name="{_md5("token")}" value="1" />
</form>
</body>
</html>
"""

    def error_404(self, what: str) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
	<title>404 - {esc(what)}</title>
	<link rel="stylesheet" href="{self.b}/templates/system/css/error.css" type="text/css" />
</head>
<body>
	<div align="center">
		<div id="outline">
		<div id="errorboxoutline">
			<div id="errorboxheader">404 - {esc(what)}</div>
			<div id="errorboxbody">
			<p><strong>คุณไม่สามารถเข้าชมหน้านี้ได้ เนื่องจาก:</strong></p>
				<ol>
					<li>บุ๊คมาร์คหรือรายการโปรดของคุณหมดอายุ</li>
					<li>เครื่องมือค้นหามีรายการหน้านี้ที่หมดอายุแล้ว</li>
					<li>ที่อยู่เว็บพิมพ์ผิด</li>
					<li>คุณไม่มีสิทธิ์เข้าชมหน้านี้</li>
				</ol>
			<p><strong>กรุณาไปยังหน้าต่อไปนี้:</strong></p>
				<ul>
					<li><a href="{self.b}/index.php" title="ไปที่หน้าแรก">หน้าแรก</a></li>
				</ul>
			<p>หากมีปัญหา กรุณาติดต่อผู้ดูแลระบบ</p>
			<div id="techinfo">
			<p>{esc(what)}</p>
			</div>
			</div>
		</div>
		</div>
	</div>
</body>
</html>
"""

    # -- feeds --------------------------------------------------------------------------------------
    def rss(self, title: str, link: str, items: list[_Item]) -> Response:
        entries = []
        for it in items[:FEED_ITEMS]:
            intro, _full = self.split(it)
            url = xml_esc(self.b + art_url(it))
            entries.append(
                f"""		<item>
			<title>{xml_esc(it.title)}</title>
			<link>{url}</link>
			<guid>{url}</guid>
			<description><![CDATA[{intro}]]></description>
			<author>{xml_esc(it.author or "Administrator")}</author>
			<category>{xml_esc(CATS[it.cat][1])}</category>
			<pubDate>{rfc822(it.dt)}</pubDate>
		</item>"""
            )
        body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="{GENERATOR}" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{xml_esc(title)}</title>
		<description>เว็บไซต์{xml_esc(SITE)}</description>
		<link>{xml_esc(self.b + link)}</link>
		<lastBuildDate>Thu, 20 Jun 2024 03:12:40 +0000</lastBuildDate>
		<generator>{GENERATOR}</generator>
		<language>th-th</language>
{chr(10).join(entries)}
	</channel>
</rss>
"""
        return Response(200, (("Content-Type", "application/rss+xml; charset=utf-8"),), body.encode("utf-8"))

    def atom(self, title: str, link: str, items: list[_Item]) -> Response:
        entries = []
        for it in items[:FEED_ITEMS]:
            intro, _full = self.split(it)
            url = xml_esc(self.b + art_url(it))
            stamp = (it.dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
            entries.append(
                f"""	<entry>
		<title>{xml_esc(it.title)}</title>
		<link rel="alternate" type="text/html" href="{url}"/>
		<published>{stamp}</published>
		<updated>{stamp}</updated>
		<id>{url}</id>
		<author>
			<name>{xml_esc(it.author or "Administrator")}</name>
		</author>
		<summary type="html">{xml_esc(intro)}</summary>
	</entry>"""
            )
        body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="{GENERATOR}" -->
<feed xmlns="http://www.w3.org/2005/Atom"  xml:lang="th-th">
	<title type="text">{xml_esc(title)}</title>
	<subtitle type="text">เว็บไซต์{xml_esc(SITE)}</subtitle>
	<link rel="alternate" type="text/html" href="{xml_esc(self.b + link)}"/>
	<id>{xml_esc(self.b + link)}</id>
	<updated>2024-06-20T03:12:40Z</updated>
	<generator uri="http://joomla.org" version="1.5">{GENERATOR}</generator>
{chr(10).join(entries)}
</feed>
"""
        return Response(200, (("Content-Type", "application/atom+xml; charset=utf-8"),), body.encode("utf-8"))

    # -- registration -------------------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        # articles, their aliases, PDFs
        for it in ITEMS:
            main = self.article_main(it)
            cat_name = CATS[it.cat][1]
            path = (("ข่าวสาร อบต.", section_url()), (cat_name, cat_link(it.cat)), (it.title, None))
            description = it.paragraphs[0][:150]
            targets = [art_url(it)]
            if it.legacy:
                targets.append(legacy_url(it))
            if it.id == CROSS_TO:
                targets.append(idonly_url(it))
            for target in targets:
                self.add(
                    target,
                    self.frame(
                        target, it.title, main, pathway=path, description=description, author=it.author, feed=None
                    ),
                    non_article=False,
                )
            self.add(print_url(it), self.print_page(print_url(it), it), non_article=False)
            site.add(
                pdf_url(it),
                Response(
                    200,
                    (
                        ("Content-Type", "application/pdf"),
                        ("Content-Disposition", f'inline; filename="{it.slug_alias}.pdf"'),
                    ),
                    make_pdf(
                        f"Article {it.id}",
                        [f"Huai Sai Khao SAO, {it.date}", "(Thai text not supported by the PDF font)"],
                        producer="TCPDF 4.0.027_PHP4 (http://www.tcpdf.org)",
                    ),
                ),
            )
            site.articles.append(
                FixtureArticle(
                    url=b + art_url(it),
                    aliases=tuple(b + t for t in targets[1:]) + (b + print_url(it),),
                    title=it.title,
                    paragraphs=it.paragraphs,
                    published=it.date,
                    author=it.author,
                    captions=it.captions,
                )
            )
        site.articles.sort(key=lambda a: a.published)

        # home / frontpage
        def front_of(start: int) -> str:
            return front_url(start)

        home_main = self.blog_main(None, None, self.front, 0, front_of, links=3)
        for target in ("/", "/index.php"):
            self.add(target, self.frame(target, SITE, home_main, feed="/index.php?format=feed&type=rss"))
        for start in range(0, len(self.front), PER_PAGE):
            target = front_url(start)
            main = self.blog_main(None, None, self.front, start, front_of, links=3)
            self.add(target, self.frame(target, SITE, main))
        site.add("/index.php?format=feed&type=rss", self.rss(SITE, "/", self.front))
        site.add("/index.php?format=feed&type=atom", self.atom(SITE, "/", self.front))

        # blogs
        descriptions = {
            C_PR: "ข่าวประชาสัมพันธ์ขององค์การบริหารส่วนตำบลห้วยทรายขาว",
            C_ACT: "ภาพและข่าวกิจกรรมขององค์การบริหารส่วนตำบลห้วยทรายขาว",
        }
        for cat in (C_PR, C_ACT):
            name = CATS[cat][1]
            items = self.by_cat[cat]

            def url_of(start: int, _cat: int = cat) -> str:
                return blog_url(_cat, start)

            feed = blog_url(cat) + "&format=feed&type=rss"
            targets = [(blog_url(cat), 0)] + [(blog_url(cat, s), s) for s in range(0, len(items), PER_PAGE)]
            if cat == C_PR:
                targets.append((LEGACY_BLOG, 0))
            for target, start in targets:
                main = self.blog_main(name, descriptions[cat], items, start, url_of)
                self.add(
                    target,
                    self.frame(target, name, main, pathway=(("ข่าวสาร อบต.", section_url()), (name, None)), feed=feed),
                )
            site.add(feed, self.rss(f"{name} - {SITE_SHORT}", blog_url(cat), items))
            site.add(feed.replace("type=rss", "type=atom"), self.atom(f"{name} - {SITE_SHORT}", blog_url(cat), items))

        self.add(
            list_url(),
            self.frame(
                list_url(),
                "ประกาศจัดซื้อจัดจ้าง",
                self.list_main(),
                pathway=(("ข่าวสาร อบต.", section_url()), ("ประกาศจัดซื้อจัดจ้าง", None)),
                feed=None,
            ),
        )
        self.add(
            section_url(),
            self.frame(section_url(), "ข่าวสาร อบต.", self.section_main(), pathway=(("ข่าวสาร อบต.", None),), feed=None),
        )

        # standing pages
        for aid, itemid, title, paras, dated in STANDING:
            body = "\n".join(
                f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {esc(p)}</p>' for p in paras
            )
            if aid == 2:
                body += '\n<p style="text-align: center;"><img src="images/stories/about/office.jpg" border="0" alt="ที่ทำการ อบต." width="500" height="333" /></p>'
            target = standing_url(aid, itemid)
            self.add(
                target,
                self.frame(
                    target,
                    title,
                    self.standing_main(title, body, SITE_MOVED if dated else None),
                    pathway=((title, None),),
                    feed=None,
                ),
            )
        exec_rows = "\n".join(
            f'<tr><td style="text-align: center;"><img src="images/stories/exec/{k}.jpg" border="0" width="150" height="200" alt="{attr(n)}" /><br /><strong>{esc(n)}</strong><br />{esc(pos)}</td></tr>'
            for k, (n, pos) in enumerate(EXECUTIVES, start=1)
        )
        target = standing_url(EXEC_ID, EXEC_ITEMID)
        self.add(
            target,
            self.frame(
                target,
                "คณะผู้บริหาร",
                self.standing_main(
                    "คณะผู้บริหาร",
                    f'<table border="0" align="center" cellpadding="6">\n<tbody>\n{exec_rows}\n</tbody>\n</table>',
                    None,
                ),
                pathway=(("คณะผู้บริหาร", None),),
                feed=None,
            ),
        )
        ita_rows = "\n".join(
            f'<tr><td style="text-align: center;">{code}</td><td>{esc(name)}</td><td style="text-align: center;"><a href="images/stories/ita/2567/{code.lower()}.pdf" target="_blank">ดาวน์โหลด</a></td></tr>'
            for code, name in ITA_ROWS
        )
        ita_title = (
            "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) ประจำปีงบประมาณ พ.ศ. 2567"
        )
        ita_body = (
            '<p style="text-align: justify;">องค์การบริหารส่วนตำบลห้วยทรายขาว เปิดเผยข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ของสำนักงาน ป.ป.ช. ดังนี้</p>\n'
            f'<table border="1" cellspacing="0" cellpadding="4" style="width: 100%; border-collapse: collapse;">\n<tbody>\n<tr><td style="text-align: center;"><strong>ตัวชี้วัด</strong></td><td style="text-align: center;"><strong>ข้อมูล</strong></td><td style="text-align: center;"><strong>เอกสาร</strong></td></tr>\n{ita_rows}\n</tbody>\n</table>\n'
            '<p>ดูข้อมูลเพิ่มเติม: <a href="https://itas.nacc.go.th" target="_blank">ระบบ ITAS</a></p>'
        )
        target = standing_url(ITA_ID, ITA_ITEMID)
        self.add(
            target,
            self.frame(
                target,
                ita_title,
                self.standing_main(ita_title, ita_body, local_dt("2024-01-10", "10:00")),
                pathway=(("ITA", None),),
                feed=None,
            ),
        )

        # contact, poll, user forms
        contact = f"""<div class="componentheading">ติดต่อเรา</div>
<div id="component-contact">
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="contentpaneopen">
<tr><td colspan="2"><span id="contact-name">{SITE}</span></td></tr>
<tr><td colspan="2"><span id="contact-position">สำนักงาน</span></td></tr>
<tr><td><table border="0" width="100%">
<tr><td rowspan="2" valign="top" width="40"><img src="/images/M_images/con_address.png" alt="ที่อยู่: " /></td><td valign="top"><span class="contact-street">{esc(ADDRESS)}</span></td></tr>
</table>
<table border="0" width="100%">
<tr><td width="40"><img src="/images/M_images/emailButton.png" alt="อีเมล: " /></td><td><span id="contact-email"><a href="mailto:{EMAIL}">{EMAIL}</a></span></td></tr>
<tr><td width="40"><img src="/images/M_images/con_tel.png" alt="โทรศัพท์: " /></td><td>{PHONE}</td></tr>
</table></td></tr>
</table>
<form action="{b}/index.php" method="post" name="emailForm" id="emailForm" class="form-validate">
	<div class="contact_email">
		<label for="contact_name">ชื่อ:</label><br /><input type="text" name="name" id="contact_name" size="30" class="inputbox" value="" /><br />
		<label id="contact_emailmsg" for="contact_email">อีเมล:</label><br /><input type="text" id="contact_email" name="email" size="30" value="" class="inputbox required validate-email" maxlength="100" /><br />
		<label for="contact_subject">หัวข้อ:</label><br /><input type="text" name="subject" id="contact_subject" size="30" class="inputbox" value="" /><br /><br />
		<label id="contact_textmsg" for="contact_text">ข้อความ:</label><br /><textarea cols="50" rows="10" name="text" id="contact_text" class="inputbox required"></textarea><br />
		<button class="button validate" type="submit">ส่ง</button>
	</div>
	<input type="hidden" name="option" value="com_contact" />
	<input type="hidden" name="view" value="contact" />
	<input type="hidden" name="id" value="1" />
	<input type="hidden" name="task" value="submit" />
</form>
</div>"""
        self.add(CONTACT_URL, self.frame(CONTACT_URL, "ติดต่อเรา", contact, pathway=(("ติดต่อเรา", None),), feed=None))
        question, answers = POLL
        total = sum(n for _a, n in answers)
        poll_rows = "\n".join(
            f'<tr class="sectiontableentry{k % 2 + 1}"><td width="100%" colspan="3">{esc(a)}</td></tr>\n<tr class="sectiontableentry{k % 2 + 1}"><td align="right" width="25">{n}</td><td width="30">{100 * n / total:.1f}%</td><td width="300"><div class="polls_color_{k}" style="height:5px;width:{100 * n // total}%"></div></td></tr>'
            for k, (a, n) in enumerate(answers, start=1)
        )
        poll = f"""<div class="componentheading">แบบสำรวจ</div>
<form action="index.php" method="post" name="poll" id="poll">
<div class="contentpane">
	<label for="id">เลือกแบบสำรวจ</label>
	<select name="id" id="id" class="inputbox" size="1" style="width:200px" onchange="if (this.options[selectedIndex].value != '') {{document.location.href=this.options[selectedIndex].value}}"><option value="{amp(POLL_URL)}"  selected="selected">{esc(question)}</option></select>
</div>
<div class="contentpane">
<br /><br />
<table cellspacing="0" cellpadding="0" border="0">
<thead><tr><th colspan="3" class="sectiontableheader"><img src="{b}/components/com_poll/assets/poll.png" align="middle" border="0" width="12" height="14" alt="" />{esc(question)}</th></tr></thead>
<tbody>
{poll_rows}
</tbody>
</table>
<br />
<table cellspacing="0" cellpadding="0" border="0">
<tbody>
<tr><td class="smalldark">จำนวนผู้โหวต:</td><td class="smalldark">&nbsp;{total}</td></tr>
<tr><td class="smalldark">โหวตครั้งแรก:</td><td class="smalldark">&nbsp;01/03/10 09:12</td></tr>
<tr><td class="smalldark">โหวตล่าสุด:</td><td class="smalldark">&nbsp;19/06/24 21:47</td></tr>
</tbody>
</table>
</div>
</form>"""
        self.add(POLL_URL, self.frame(POLL_URL, "แบบสำรวจ", poll, pathway=(("แบบสำรวจ", None),), feed=None))
        for url, label in USER_URLS:
            form = f"""<div class="componentheading">{esc(label.rstrip("?"))}</div>
<form action="{b}/index.php?option=com_user&amp;task={url.rsplit("=", 1)[1]}" method="post" class="josForm form-validate">
<table cellpadding="0" cellspacing="0" border="0" width="100%" class="contentpane">
<tr><td colspan="2" height="40"><p>กรุณากรอกอีเมลที่ใช้สมัครสมาชิก ระบบจะส่งข้อมูลไปยังอีเมลของคุณ</p></td></tr>
<tr><td height="40"><label for="email" class="hasTip" title="อีเมล">อีเมล:</label></td><td><input id="email" name="email" type="text" class="required validate-email" /></td></tr>
</table>
<button type="submit" class="validate">ส่ง</button>
<input type="hidden" name="{_md5("token")}" value="1" />
</form>"""
            self.add(url, self.frame(url, label, form, pathway=((label, None),), feed=None))

        # calendar (menu page and event pages; the views by date are made on request)
        self.add(
            cal_url(),
            self.frame(
                cal_url(), "ปฏิทินกิจกรรม", self.cal_main("cal", TODAY), pathway=(("ปฏิทินกิจกรรม", None),), feed=None
            ),
        )
        for e in EVENTS:
            self.add(
                event_url(e[0]),
                self.frame(
                    event_url(e[0]),
                    e[3],
                    self.event_main(e),
                    pathway=(("ปฏิทินกิจกรรม", cal_url()), (e[3], None)),
                    feed=None,
                ),
            )

        # the e-mail forms (made on request, any link)
        for it in ITEMS:
            self.non_articles.append(b + self.mail_url(it))

        self.media()
        site.add(
            "/robots.txt",
            Response(
                200,
                (("Content-Type", "text/plain"),),
                ("User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in site.disallowed_paths)).encode(),
            ),
        )
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP]
        site.dynamic = self.dynamic
        site.not_found = Response(
            404,
            (("Content-Type", "text/html; charset=iso-8859-1"),),
            b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n<hr>\n<address>Apache/2.2.22 (Unix) Server Port 80</address>\n</body></html>\n',
        )

    def media(self) -> None:
        site = self.site
        for it in ITEMS:
            imgs = sum(1 for bl in it.blocks if bl[0] == "img")
            for k in range(1, imgs + 1):
                add_jpeg(site, "/" + image_path(it, k), 500, 375, it.dt)
            files = sum(1 for bl in it.blocks if bl[0] == "file")
            for k in range(1, files + 1):
                add_pdf(site, "/" + file_path(it, k), f"Huai Sai Khao SAO {it.id}-{k}", [f"Dated {it.date}"], it.dt)
        add_jpeg(site, "/images/stories/about/office.jpg", 500, 333, SITE_MOVED)
        for k in range(1, len(EXECUTIVES) + 1):
            add_jpeg(site, f"/images/stories/exec/{k}.jpg", 150, 200, SITE_MOVED)
        for code, _name in ITA_ROWS:
            add_pdf(
                site,
                f"/images/stories/ita/2567/{code.lower()}.pdf",
                f"ITA 2567 {code}",
                ["OIT"],
                local_dt("2024-01-10", "10:00"),
            )
        for name in ("dla", "egp"):
            add_gif(site, f"/images/banners/{name}.gif", SITE_MOVED)
        for name in ("pdf_button", "printButton", "emailButton", "con_address", "con_tel", "livemarks"):
            add_gif(site, f"/images/M_images/{name}.png", SITE_MOVED)
        for path, ctype in (
            ("/templates/system/css/system.css", "text/css"),
            ("/templates/system/css/general.css", "text/css"),
            ("/templates/system/css/error.css", "text/css"),
            ("/templates/ja_purity/css/template.css", "text/css"),
            ("/templates/ja_purity/js/ja.script.js", "application/x-javascript"),
            ("/media/system/js/mootools.js", "application/x-javascript"),
            ("/media/system/js/caption.js", "application/x-javascript"),
        ):
            add_text(site, path, "/* Joomla! 1.5 */\n", ctype)
        site.add("/templates/ja_purity/favicon.ico", static_file(b"\x00\x00\x01\x00", "image/x-icon", SITE_MOVED))

    # -- made on request ---------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        if parts.path not in ("/", "/index.php"):
            return None
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        option = q.get("option", "")
        if option == "com_mailto":
            return self.html(target, self.mailto_page(target))
        if option == "com_jcalpro":
            mode = q.get("extmode", "cal")
            if mode in ("cal", "day", "week", "flat"):
                m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", q.get("date", TODAY.isoformat()))
                try:
                    day = date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else TODAY
                except ValueError:
                    day = TODAY
                return self.html(
                    target,
                    self.frame(
                        target, "ปฏิทินกิจกรรม", self.cal_main(mode, day), pathway=(("ปฏิทินกิจกรรม", None),), feed=None
                    ),
                )
            if mode == "cats":
                main = (
                    '<div class="componentheading">ปฏิทินกิจกรรม</div>\n<ul><li><a href="'
                    + amp(cal_url("flat", TODAY))
                    + '">กิจกรรม อบต.</a> (5)</li></ul>'
                )
                return self.html(target, self.frame(target, "ปฏิทินกิจกรรม", main, feed=None))
            return self.html(target, self.error_404("ไม่พบกิจกรรม"), status=404)
        if option == "com_content" or (not option and ("view" in q or "task" in q)):
            raw_id = q.get("id", "").split(":")[0]
            view = q.get("view") or {"view": "article"}.get(q.get("task", ""), "")
            if view == "article" and raw_id.isdigit():
                it = self.items.get(int(raw_id))
                if it is not None:
                    if q.get("format") == "pdf":
                        return self.site.route(pdf_url(it))
                    if q.get("print") == "1":
                        return self.html(target, self.print_page(target, it))
                    cat_name = CATS[it.cat][1]
                    path = (("ข่าวสาร อบต.", section_url()), (cat_name, cat_link(it.cat)), (it.title, None))
                    return self.html(
                        target,
                        self.frame(target, it.title, self.article_main(it), pathway=path, author=it.author, feed=None),
                    )
                return self.html(target, self.error_404("ไม่พบบทความ"), status=404)
            start_raw = q.get("limitstart", "0")
            start = int(start_raw) if start_raw.isdigit() else 0
            if (view == "category" and q.get("layout") == "blog") or q.get("task") == "blogcategory":
                cat = int(raw_id) if raw_id.isdigit() else 0
                if cat in (C_PR, C_ACT):
                    name = CATS[cat][1]
                    main = self.blog_main(name, None, self.by_cat[cat], start, lambda s, _c=cat: blog_url(_c, s))
                    return self.html(target, self.frame(target, name, main))
            if view == "frontpage" or (not q.get("option") and "limitstart" in q):
                main = self.blog_main(None, None, self.front, start, front_url, links=3)
                return self.html(target, self.frame(target, SITE, main))
            return self.html(target, self.error_404("ไม่พบหน้าที่ต้องการ"), status=404)
        if option:
            return self.html(target, self.error_404("Component not found"), status=404)
        return None

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""public_list_cms: the Zend Framework vendor CMS whose every page is ``/public/<module>/data/<action>/...``.

CMS imitated: a PHP (Zend Framework 1) CMS that one vendor sells to many เทศบาล and อบต.  The
application was installed with its ``public/`` folder under the document root, so every URL
starts with ``/public/``, and parameters are path segments (``/id/2809/menu/1700/page/1``).  Seen
in the search corpus (structure only, no text taken): ``bo-ngo.go.th/public/list/data/detail/id/
2809/menu/1700/page/1``, ``bnk.go.th/public/list/data/detail/id/77/menu/1545/page/1`` (a place
description: a standing page on the news template), ``banpong.go.th/public/list/data/detail/id/
6323/menu/1559`` (the same shape without ``/page/``), listings ``/public/list/data/index/menu/1144``
(bangkhao, plaibang) and ``/menu/1554`` (khlongluang), uploads ``/public/list_upload/backend/
list_615/pics_topic_615.jpg?672`` and ``list_1166/files_3406_1.pdf``, list rows
``div.row.data-row`` with ``a.divimages img[alt=title]`` and ``a.listdataconfig_link`` (a scraper of
khlongluang.go.th), and plaibang.go.th, whose older WordPress site used ``/archives/N``.

เทศบาลตำบลวังตะเคียนงาม (fictional), อำเภอลาดหลุมแก้ว จังหวัดปทุมธานี.  Apache + PHP 5.6, UTF-8,
Bootstrap 3, jQuery 1.12, the Kanit font, a PHPSESSID cookie on every page.

URL shapes
* home ``/`` (``/index.php`` and ``/public/`` answer 301 to it).
* menus (every section is a numbered menu): ``/public/list/data/index/menu/M`` = page 1, pager
  ``/public/list/data/index/menu/M/page/P`` (5 a page, Zend_Paginator "sliding" control with
  หน้าแรก / ก่อนหน้า / numbers / ถัดไป / หน้าสุดท้าย; page 1 is also linked as ``/page/1``).
  1552 ข่าวประชาสัมพันธ์ (cards), 1553 ข่าวกิจกรรม (cards), 1554 ประกาศเทศบาล (a table, dates in
  Thai digits), 1555 ประกาศจัดซื้อจัดจ้าง (table by fiscal year, rows are PDFs), 1540 ข้อมูลพื้นฐาน,
  1560 ITA/OIT 2567, 1570 ดาวน์โหลดเอกสาร.
* items of every list menu: ``/public/list/data/detail/id/N/menu/M/page/P``.  ``P`` is the listing
  page the link was made on (the "ย้อนกลับ" button returns there); Zend ignores it, so the same item
  answers at ``/page/1``, ``/page/2``, ``/page/3`` and without ``/page/`` (the og:url and the share
  buttons use the page-less form, which is the gold ``url``; the others are aliases).  On an item
  reached at ``/page/P`` the "อื่นๆ" box and "ย้อนกลับ" keep ``/page/P``; the sidebar, the home page
  and the marquee always write ``/page/1``.  Any other page number answers too (not linked).
* printer view ``/public/list/data/print/id/N/menu/M`` ("พิมพ์" on every item): an alias.
* calendar ``/public/event/data/index/menu/1580`` (this month), months
  ``/public/event/data/index/menu/1580/month/M/year/<พ.ศ.>``, events
  ``/public/event/data/detail/id/N/menu/1580``.
* ``/public/personnel/data/index/menu/1541`` (executives), ``/public/contact/data/index/menu/1590``,
  ``/public/complain/data/index/menu/1595`` (forms), uploads under ``/public/list_upload/backend/``.
* legacy: the site replaced a WordPress site in March 2023; three old posts were imported (with
  their dates) and ``/archives/<old id>`` answers 301 to the imported item (aliases).  Old content
  still links ``/archives/N`` (one of them was not imported: 302 to the home page) and
  ``/wp-content/uploads/...`` photos (404, in ``broken_links``).
* No sitemap.xml, no feed, no rel=canonical, no previous/next links.  The ``<title>`` is the site
  name on every page; the item title is only in the ``<h3>`` (and og:title).
  robots.txt disallows ``/backend/`` (the footer's เข้าสู่ระบบ) and ``/public/list/data/search/``.

Gold articles: 22 items, 2022-09-13 .. 2024-06-18, oldest first: 11 ข่าวประชาสัมพันธ์, 6 ข่าวกิจกรรม
with text (two of them one sentence long), 5 ประกาศเทศบาล (each with a PDF; every text and three
titles in Thai digits, signature lines centred).  Author: ``<i class="fa fa-user"></i> กองช่าง``
after the date (``admin`` on the imported posts, none on ประกาศ items).  Reached through: the listings and their pages (the ONLY
way to the older news: the home page shows the latest 6, the sidebar ข่าวประชาสัมพันธ์ล่าสุด the
latest 5, the "อื่นๆ" box the latest 4 of the same menu), the ประกาศ marquee (latest 3), legacy
``/archives/N`` links in content.

Non-articles (``non_articles``): home, every listing page (+ ``/page/1``), the fiscal-year
procurement table, the three ข้อมูลพื้นฐาน items (ประวัติ, วิสัยทัศน์, สภาพทั่วไป: the SAME detail
template and URL shape as news, with a date line, a view counter and an "อื่นๆ" box), three ITA
items (same template), two photo-only ข่าวกิจกรรม items (title, date, 8-9 photos, no text), their
print views, the executives, contact and complaint pages, the downloads table, the calendar and 6
event pages, and a soft-404 (``detail/id/905``, a deleted item the ITA O10 page still links: 200
"ไม่พบข้อมูลที่ท่านต้องการ"; any unknown id answers so).

Dates: the item line ``<i class="fa fa-calendar"></i> 12 มิ.ย. 2567`` (ประกาศ items:
``๕ เม.ย. ๒๕๖๗``, the ประกาศ table too), card dates ``12 มิ.ย. 2567``, the sidebar ``(12/06/2567)``;
the imported WordPress posts start with a date paragraph ``วันอังคารที่ 13 กันยายน 2565``; ประกาศ
bodies end with ``ประกาศ ณ วันที่ ๓ เมษายน พ.ศ. ๒๕๖๗`` (0-3 days before the post date, which is the
gold ``published``).  Every page's top bar shows today's date (``วันพฤหัสบดีที่ 20 มิถุนายน พ.ศ.
2567``) and the footer counter's start date; the mini calendar and the event pages carry dates too.

Traps (``trap_patterns``, made on request by ``_Site.dynamic``):
* the calendar: ``/public/event/data/index/menu/1580/month/M/year/Y`` for ANY month of any 4-digit
  Buddhist year, each linking the previous and next month (the sidebar mini calendar links them
  from every page);
* the procurement table by fiscal year: ``/public/list/data/index/menu/1555/year/Y`` answers 200
  for ANY 4-digit year (empty years say "ไม่พบข้อมูล") and always links
  "« ปีงบประมาณ Y-1" and "ปีงบประมาณ Y+1 »".

Pitfalls: the ``/page/P`` copies of every item (up to four URLs per item + the print view + the
legacy redirect); standing pages and ITA items on the article template; photo-only items; a
soft-404 answering 200; the latest-news sidebar, the marquee and the "อื่นๆ" box on every page;
today's date on every page; Thai-digit dates and titles; PDF attachments
(``files_N_1.pdf``, "ดาวน์โหลด 12 ครั้ง"); listing excerpts that hold a whole short story; old
WordPress links (301, 302 to home, 404); external share, e-GP, YouTube and map links.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, WEEKDAYS, local_dt, thai_abbr, thai_long, thai_slash
from .common import UTF8_HTML, add_gif, add_jpeg, add_pdf, add_text, attr, esc, html_page, redirect

FAMILY = "public_list_cms"
SITE = "เทศบาลตำบลวังตะเคียนงาม"
SITE_EN = "Wang Takhian Ngam Subdistrict Municipality"
DISTRICT = "อำเภอลาดหลุมแก้ว จังหวัดปทุมธานี"
ADDRESS = "เลขที่ 99 หมู่ที่ 4 ตำบลวังตะเคียนงาม อำเภอลาดหลุมแก้ว จังหวัดปทุมธานี 12140"
PHONE = "0 2593 4417"
FAX = "0 2593 4418"
EMAIL = "saraban@wangtakhianngam.go.th"
MAYOR = "นายประพันธ์ ศรีวังทอง"
TODAY = date(2024, 6, 20)  # the day the fixture is "crawled" (top bar, this month's calendar)
PER_PAGE = 5
HOME_NEWS = 6
HOME_ACTIVITY = 4
HOME_NOTICE = 4
SIDEBAR_LATEST = 5
OTHER_ITEMS = 4
MARQUEE = 3
SITE_LAUNCH = datetime(2023, 3, 1, 9, 0)

PR = "งานประชาสัมพันธ์"
HEALTH = "กองสาธารณสุขฯ"
ENGINEER = "กองช่าง"
IMPORTED = "admin"  # the WordPress user the imported posts kept

M_NEWS, M_ACTIVITY, M_NOTICE, M_PROCURE = 1552, 1553, 1554, 1555
M_ABOUT, M_PERSONNEL, M_ITA, M_DOWNLOAD = 1540, 1541, 1560, 1570
M_CALENDAR, M_CONTACT, M_COMPLAIN = 1580, 1590, 1595
MENU_NAMES = {
    M_NEWS: "ข่าวประชาสัมพันธ์",
    M_ACTIVITY: "ข่าวกิจกรรม",
    M_NOTICE: "ประกาศเทศบาล",
    M_PROCURE: "ประกาศจัดซื้อจัดจ้าง",
    M_ABOUT: "ข้อมูลพื้นฐาน",
    M_PERSONNEL: "คณะผู้บริหาร",
    M_ITA: "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567",
    M_DOWNLOAD: "ดาวน์โหลดเอกสาร",
    M_CALENDAR: "ปฏิทินกิจกรรม",
    M_CONTACT: "ติดต่อเรา",
    M_COMPLAIN: "ร้องเรียน/ร้องทุกข์",
}
DELETED_ID = 905  # a deleted news item the ITA O10 page still links (soft-404)
UNMIGRATED_LEGACY = 2655  # an old WordPress post that was not imported (302 to the home page)


@dataclass(frozen=True)
class _Item:
    id: int
    menu: int
    date: str
    time: str
    title: str
    paragraphs: tuple[str, ...]
    author: str | None
    photos: int = 0  # gallery photos after the text (the topic photo is extra)
    files: tuple[str, ...] = ()  # attachment names (PDF)
    legacy: int | None = None  # the old WordPress post id (/archives/N)
    style: str = "ck"  # body markup: ck (CKEditor nbsp indents), br (one <p>), wp (imported), word, notice
    centred: int = 0  # the last N paragraphs are centred (signature lines)
    link: tuple[int, str, str] | None = None  # (paragraph index, anchor text inside it, href path)
    youtube: str | None = None
    gold: bool = True

    @property
    def d(self) -> date:
        return date.fromisoformat(self.date)

    @property
    def dt(self) -> datetime:
        return local_dt(self.date, self.time)


ITEMS: tuple[_Item, ...] = (
    _Item(
        210,
        M_NEWS,
        "2022-09-13",
        "10:05",
        "เทศบาลตำบลวังตะเคียนงาม ลอกท่อระบายน้ำและเปิดทางน้ำ แก้ปัญหาน้ำท่วมขัง ชุมชนคลองสาม",
        (
            "วันอังคารที่ 13 กันยายน 2565",
            "เทศบาลตำบลวังตะเคียนงาม โดยการนำของนายประพันธ์ ศรีวังทอง นายกเทศมนตรีตำบลวังตะเคียนงาม พร้อมด้วยคณะผู้บริหารและสมาชิกสภาเทศบาล นำพนักงานกองช่างและกองสาธารณสุขฯ ออกดำเนินการลอกท่อระบายน้ำ กำจัดเศษขยะและวัชพืชที่กีดขวางทางน้ำ บริเวณถนนสายคลองสาม–วังตะเคียน หมู่ที่ 2 และหมู่ที่ 5",
            "ทั้งนี้ เพื่อเร่งระบายน้ำฝนที่ตกหนักต่อเนื่องเมื่อคืนที่ผ่านมาลงสู่คลองระพีพัฒน์ได้เร็วขึ้น และบรรเทาความเดือดร้อนของประชาชนที่บ้านเรือนถูกน้ำท่วมขัง หากพบจุดที่น้ำระบายไม่ทัน สามารถแจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล โทร. 0 2593 4417 ตลอด 24 ชั่วโมง",
        ),
        IMPORTED,
        photos=4,
        legacy=2871,
        style="wp",
    ),
    _Item(
        236,
        M_ACTIVITY,
        "2022-11-08",
        "21:30",
        "ประเพณีลอยกระทง ประจำปี 2565 ณ สวนสาธารณะริมคลองระพีพัฒน์",
        (
            "วันอังคารที่ 8 พฤศจิกายน 2565",
            "เทศบาลตำบลวังตะเคียนงามจัดงานประเพณีลอยกระทง ประจำปี 2565 ณ สวนสาธารณะริมคลองระพีพัฒน์ ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ และการแสดงของนักเรียนโรงเรียนในเขตเทศบาล โดยมีประชาชนมาร่วมงานเป็นจำนวนมาก",
        ),
        IMPORTED,
        photos=6,
        legacy=3012,
        style="wp",
    ),
    _Item(
        251,
        M_NOTICE,
        "2023-01-16",
        "09:00",
        "ประกาศเทศบาลตำบลวังตะเคียนงาม เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๖",
        (
            "ด้วยพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒ กำหนดให้ผู้เสียภาษีซึ่งได้รับแจ้งการประเมินภาษีชำระภาษีภายในเดือนเมษายนของทุกปี เทศบาลตำบลวังตะเคียนงามจึงขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลทราบโดยทั่วกัน",
            "ผู้เสียภาษีสามารถชำระภาษีได้ตั้งแต่วันที่ ๑ กุมภาพันธ์ ถึงวันที่ ๓๐ เมษายน ๒๕๖๖ ณ งานพัฒนาและจัดเก็บรายได้ กองคลัง สำนักงานเทศบาลตำบลวังตะเคียนงาม ในวันและเวลาราชการ",
            "ประกาศ ณ วันที่ ๑๓ มกราคม พ.ศ. ๒๕๖๖",
            "(นายประพันธ์ ศรีวังทอง)",
            "นายกเทศมนตรีตำบลวังตะเคียนงาม",
        ),
        None,
        files=("ประกาศการชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี 2566",),
        legacy=3140,
        style="notice",
        centred=3,
    ),
    _Item(
        402,
        M_NEWS,
        "2023-04-10",
        "14:20",
        "เทศบาลตำบลวังตะเคียนงามตั้งจุดบริการประชาชน ช่วงเทศกาลสงกรานต์ 2566",
        (
            "เทศบาลตำบลวังตะเคียนงาม ร่วมกับสถานีตำรวจภูธรลาดหลุมแก้ว และอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ตั้งจุดบริการประชาชนบริเวณสามแยกหน้าตลาดวังตะเคียน ระหว่างวันที่ 11–17 เมษายน 2566 เพื่ออำนวยความสะดวกและลดอุบัติเหตุทางถนนในช่วงเทศกาลสงกรานต์",
            "ณ จุดบริการมีน้ำดื่ม กาแฟ และยาสามัญประจำบ้านไว้บริการผู้เดินทาง พร้อมเจ้าหน้าที่กู้ชีพประจำจุดตลอด 24 ชั่วโมง ขอให้ผู้ขับขี่ทุกท่านเคารพกฎจราจร ไม่ขับรถเร็ว และไม่ดื่มเครื่องดื่มแอลกอฮอล์ก่อนขับขี่",
        ),
        PR,
        photos=3,
    ),
    _Item(
        437,
        M_ACTIVITY,
        "2023-06-05",
        "11:00",
        "กิจกรรมวันสิ่งแวดล้อมโลก ปลูกต้นไม้และเก็บขยะริมคลองระพีพัฒน์",
        (
            "เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2566 เทศบาลตำบลวังตะเคียนงามร่วมกับโรงเรียนวัดวังตะเคียน ผู้นำชุมชน และจิตอาสา จัดกิจกรรมปลูกต้นไม้จำนวน 200 ต้น และเก็บขยะตลอดแนวริมคลองระพีพัฒน์ ระยะทางประมาณ 2 กิโลเมตร",
            "นายกเทศมนตรีตำบลวังตะเคียนงามกล่าวขอบคุณทุกภาคส่วนที่มาร่วมกิจกรรม และขอความร่วมมือประชาชนช่วยกันดูแลต้นไม้ที่ปลูกไว้ รวมทั้งงดทิ้งขยะลงในแหล่งน้ำ",
        ),
        PR,
        photos=5,
        style="br",
    ),
    _Item(
        468,
        M_NEWS,
        "2023-08-02",
        "09:30",
        "ขอเชิญผู้ที่จะมีอายุครบ 60 ปี ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2567",
        (
            "เทศบาลตำบลวังตะเคียนงามขอเชิญผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2567 (เกิดก่อนวันที่ 2 กันยายน 2507) และมีภูมิลำเนาอยู่ในเขตเทศบาล มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุได้ที่กองสวัสดิการสังคม ตั้งแต่บัดนี้ถึงวันที่ 30 กันยายน 2566 ในวันและเวลาราชการ",
            "หลักฐานที่ต้องนำมาแสดง ได้แก่ บัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารหน้าแรก กรณีมอบอำนาจให้ผู้อื่นมาดำเนินการแทน ให้นำหนังสือมอบอำนาจและบัตรประจำตัวประชาชนของผู้รับมอบอำนาจมาด้วย",
            "สอบถามรายละเอียดเพิ่มเติมได้ที่กองสวัสดิการสังคม โทร. 0 2593 4417 ต่อ 108",
        ),
        PR,
        files=("แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ",),
        style="word",
    ),
    _Item(
        489,
        M_NOTICE,
        "2023-09-19",
        "15:10",
        "ประกาศเทศบาลตำบลวังตะเคียนงาม เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง",
        (
            "ด้วยเทศบาลตำบลวังตะเคียนงามมีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ จำนวน ๑ อัตรา และพนักงานจ้างทั่วไป ตำแหน่งคนงาน จำนวน ๒ อัตรา",
            "ผู้ประสงค์จะสมัครขอรับและยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัดเทศบาล ระหว่างวันที่ ๒๕ กันยายน ถึงวันที่ ๖ ตุลาคม ๒๕๖๖ ในวันและเวลาราชการ รายละเอียดตามประกาศแนบท้ายนี้",
            "ประกาศ ณ วันที่ ๑๙ กันยายน พ.ศ. ๒๕๖๖",
        ),
        None,
        files=("ประกาศรับสมัครพนักงานจ้าง 2566",),
        style="notice",
        centred=1,
    ),
    _Item(
        512,
        M_ACTIVITY,
        "2023-10-23",
        "16:40",
        "ภาพกิจกรรมวันปิยมหาราช ประจำปี 2566",
        (),
        PR,
        photos=8,
        gold=False,
    ),
    _Item(
        538,
        M_ACTIVITY,
        "2023-11-27",
        "22:05",
        "งานประเพณีลอยกระทง ประจำปี 2566",
        (
            "เทศบาลตำบลวังตะเคียนงามขอขอบคุณประชาชนทุกท่านที่มาร่วมงานประเพณีลอยกระทง ณ สวนสาธารณะริมคลองระพีพัฒน์ ในคืนวันที่ 27 พฤศจิกายน 2566 ทำให้งานสำเร็จลุล่วงด้วยดี",
        ),
        PR,
        photos=6,
    ),
    _Item(
        551,
        M_NEWS,
        "2023-12-12",
        "13:00",
        "แจ้งปิดการจราจรชั่วคราว ถนนซอยวังตะเคียน 7 หมู่ที่ 6",
        (
            "เนื่องจากกองช่างจะดำเนินการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังตะเคียน 7 หมู่ที่ 6 จึงขอปิดการจราจรชั่วคราวตั้งแต่วันที่ 18 ธันวาคม 2566 ถึงวันที่ 15 มกราคม 2567 ขออภัยในความไม่สะดวก",
        ),
        ENGINEER,
    ),
    _Item(
        566,
        M_ACTIVITY,
        "2024-01-13",
        "15:30",
        "งานวันเด็กแห่งชาติ ประจำปี 2567 เทศบาลตำบลวังตะเคียนงาม",
        (
            'วันเสาร์ที่ 13 มกราคม 2567 เทศบาลตำบลวังตะเคียนงามจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ ลานอเนกประสงค์หน้าสำนักงานเทศบาล ภายใต้คำขวัญวันเด็ก "มุ่งคิด ใฝ่เรียนรู้ คู่คุณธรรม นำพาชาติมั่นคง"',
            "ภายในงานมีซุ้มเกมและกิจกรรมจากหน่วยงานต่าง ๆ การแสดงบนเวทีของนักเรียนศูนย์พัฒนาเด็กเล็ก และการแจกของขวัญ ของรางวัล โดยมีเด็กและผู้ปกครองร่วมงานกว่า 600 คน",
        ),
        PR,
        photos=6,
    ),
    _Item(
        579,
        M_NEWS,
        "2024-01-30",
        "10:15",
        "ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
        (
            "เทศบาลตำบลวังตะเคียนงามขอเชิญชวนเจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาล ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ตามใบแจ้งการประเมินภาษีที่ได้รับ ภายในวันที่ 30 เมษายน 2567 เพื่อหลีกเลี่ยงเบี้ยปรับและเงินเพิ่ม",
            "ในปีนี้ผู้เสียภาษีสามารถชำระได้ทั้งที่กองคลัง สำนักงานเทศบาล หรือโอนผ่านแอปพลิเคชันธนาคารโดยสแกน QR Code ที่พิมพ์ไว้บนใบแจ้งการประเมิน",
            "อ่านประกาศการชำระภาษีของปีที่ผ่านมาได้ที่นี่",
        ),
        PR,
        link=(2, "ที่นี่", "/archives/3140"),
    ),
    _Item(
        593,
        M_NEWS,
        "2024-02-20",
        "09:00",
        "ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมว ฟรี",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลวังตะเคียนงาม กำหนดออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้แก่สุนัขและแมวที่มีเจ้าของ โดยไม่เสียค่าใช้จ่าย ระหว่างวันที่ 26 กุมภาพันธ์ ถึง 8 มีนาคม 2567 ตามจุดบริการในแต่ละหมู่บ้าน",
            "ขอให้เจ้าของนำสัตว์เลี้ยงที่มีอายุตั้งแต่ 2 เดือนขึ้นไปมารับบริการ และควบคุมสัตว์ด้วยสายจูงหรือกรงให้เรียบร้อย สัตว์ที่ได้รับวัคซีนแล้วจะได้รับบัตรประจำตัวสัตว์และป้ายคล้องคอ",
            "ติดตามตารางออกหน่วยได้ที่ประกาศหน้าที่ทำการผู้ใหญ่บ้าน หรือสอบถามโทร. 0 2593 4417 ต่อ 115",
        ),
        HEALTH,
        photos=2,
        style="br",
    ),
    _Item(
        604,
        M_NOTICE,
        "2024-03-08",
        "11:30",
        "ประกาศเทศบาลตำบลวังตะเคียนงาม เรื่อง การรับฟังความคิดเห็นต่อร่างเทศบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์",
        (
            "ด้วยเทศบาลตำบลวังตะเคียนงามได้จัดทำร่างเทศบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์ พ.ศ. .... เพื่อใช้บังคับในเขตเทศบาล จึงขอเชิญชวนประชาชนร่วมแสดงความคิดเห็นต่อร่างเทศบัญญัติดังกล่าว",
            f"ผู้สนใจสามารถแสดงความคิดเห็นได้ที่กองสาธารณสุขและสิ่งแวดล้อม หรือทางไปรษณีย์อิเล็กทรอนิกส์ {EMAIL} ตั้งแต่วันที่ ๑๑ มีนาคม ถึงวันที่ ๒๙ มีนาคม ๒๕๖๗",
            "ประกาศ ณ วันที่ ๗ มีนาคม พ.ศ. ๒๕๖๗",
        ),
        None,
        files=("ประกาศรับฟังความคิดเห็น", "ร่างเทศบัญญัติ การควบคุมการเลี้ยงหรือปล่อยสัตว์"),
        style="notice",
        centred=1,
        link=(1, EMAIL, "mailto:" + EMAIL),
    ),
    _Item(
        618,
        M_ACTIVITY,
        "2024-03-18",
        "10:20",
        "วันท้องถิ่นไทย ประจำปี 2567",
        (
            "วันที่ 18 มีนาคม 2567 คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาลตำบลวังตะเคียนงาม ร่วมพิธีถวายราชสักการะพระบรมราชานุสาวรีย์พระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว เนื่องในวันท้องถิ่นไทย ณ หอประชุมอำเภอลาดหลุมแก้ว",
            "จากนั้นได้ร่วมกันทำกิจกรรมจิตอาสาพัฒนาทำความสะอาดบริเวณตลาดวังตะเคียนและศาลาท่าน้ำ",
        ),
        PR,
        photos=5,
    ),
    _Item(
        627,
        M_NOTICE,
        "2024-04-05",
        "08:50",
        "ประกาศเทศบาลตำบลวังตะเคียนงาม เรื่อง เรียกประชุมสภาเทศบาล สมัยสามัญ สมัยที่ ๒ ประจำปี ๒๕๖๗",
        (
            "ตามที่สภาเทศบาลตำบลวังตะเคียนงามได้กำหนดสมัยประชุมสามัญ สมัยที่ ๒ ประจำปี ๒๕๖๗ ระหว่างวันที่ ๑๕ เมษายน ถึงวันที่ ๑๔ พฤษภาคม ๒๕๖๗ นั้น",
            "อาศัยอำนาจตามความในมาตรา ๒๕ แห่งพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ และที่แก้ไขเพิ่มเติม จึงเรียกประชุมสภาเทศบาลตำบลวังตะเคียนงาม สมัยสามัญ สมัยที่ ๒ ประจำปี ๒๕๖๗ ตั้งแต่วันที่ ๑๕ เมษายน ๒๕๖๗ เป็นต้นไป มีกำหนด ๓๐ วัน",
            "ประกาศ ณ วันที่ ๓ เมษายน พ.ศ. ๒๕๖๗",
            "(นายสมศักดิ์ ทองประเสริฐ)",
            "ประธานสภาเทศบาลตำบลวังตะเคียนงาม",
        ),
        None,
        files=("ประกาศเรียกประชุมสภา สมัยที่ 2-2567",),
        style="notice",
        centred=3,
    ),
    _Item(
        633,
        M_NEWS,
        "2024-04-11",
        "16:00",
        "ตั้งจุดบริการประชาชน ลดอุบัติเหตุทางถนน ช่วงเทศกาลสงกรานต์ 2567",
        (
            "นายประพันธ์ ศรีวังทอง นายกเทศมนตรีตำบลวังตะเคียนงาม เป็นประธานเปิดจุดบริการประชาชนช่วงเทศกาลสงกรานต์ ประจำปี 2567 บริเวณสามแยกหน้าตลาดวังตะเคียน ซึ่งจะเปิดให้บริการระหว่างวันที่ 11–17 เมษายน 2567",
            "ปีนี้เทศบาลได้เพิ่มจุดตรวจวัดแอลกอฮอล์ร่วมกับเจ้าหน้าที่ตำรวจ และมีรถกู้ชีพพร้อมออกเหตุตลอด 24 ชั่วโมง หากพบเหตุฉุกเฉินสามารถโทรแจ้งสายด่วน 1669 หรือศูนย์ป้องกันฯ เทศบาล โทร. 0 2593 4417",
        ),
        PR,
        photos=4,
    ),
    _Item(
        641,
        M_ACTIVITY,
        "2024-04-19",
        "14:45",
        "ภาพกิจกรรมสืบสานประเพณีรดน้ำดำหัวผู้สูงอายุ ประจำปี 2567",
        (),
        PR,
        photos=9,
        gold=False,
    ),
    _Item(
        656,
        M_NEWS,
        "2024-05-09",
        "10:40",
        "อบรมการคัดแยกขยะต้นทาง และจัดตั้งธนาคารขยะชุมชน หมู่ที่ 3",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลวังตะเคียนงาม จัดอบรมให้ความรู้เรื่องการคัดแยกขยะมูลฝอยต้นทางแก่ประชาชนหมู่ที่ 3 ณ ศาลาประชาคมหมู่บ้าน มีผู้เข้าร่วมอบรมจำนวน 72 คน",
            "ภายหลังการอบรม ที่ประชุมได้มีมติจัดตั้งธนาคารขยะชุมชนหมู่ที่ 3 โดยจะเปิดรับซื้อขยะรีไซเคิลจากสมาชิกทุกวันเสาร์ที่สองของเดือน รายได้ส่วนหนึ่งจะนำไปจัดสวัสดิการให้แก่สมาชิก",
            "เทศบาลตั้งเป้าขยายธนาคารขยะให้ครบทุกหมู่บ้านภายในปี 2568 เพื่อลดปริมาณขยะที่ต้องนำไปกำจัดและสร้างรายได้ให้แก่ครัวเรือน",
        ),
        HEALTH,
        photos=3,
    ),
    _Item(
        670,
        M_NEWS,
        "2024-05-22",
        "13:30",
        "เชิญร่วมประชุมประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 2",
        (
            "เทศบาลตำบลวังตะเคียนงามขอเชิญประชาชน ผู้นำชุมชน และผู้แทนหน่วยงานในพื้นที่ เข้าร่วมประชุมประชาคมระดับตำบล เพื่อรับฟังปัญหาและความต้องการของประชาชน สำหรับใช้ประกอบการจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 2",
            "การประชุมจะจัดขึ้นในวันพุธที่ 5 มิถุนายน 2567 เวลา 09.00 น. ณ ห้องประชุมสภาเทศบาลตำบลวังตะเคียนงาม ผู้ที่ไม่สะดวกเข้าร่วมประชุมสามารถเสนอโครงการผ่านแบบฟอร์มท้ายข่าวนี้ และส่งได้ที่งานวิเคราะห์นโยบายและแผน สำนักปลัดเทศบาล",
        ),
        PR,
        files=("แบบเสนอโครงการเพื่อบรรจุในแผนพัฒนาท้องถิ่น",),
        youtube="k3Vq8xT2pLw",
    ),
    _Item(
        684,
        M_NOTICE,
        "2024-05-30",
        "09:20",
        "ประกาศเทศบาลตำบลวังตะเคียนงาม เรื่อง ขยายเวลาการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๗",
        (
            "ตามที่กระทรวงมหาดไทยได้ออกประกาศขยายกำหนดเวลาการดำเนินการตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒ สำหรับปีภาษี ๒๕๖๗ นั้น",
            "เทศบาลตำบลวังตะเคียนงามจึงขอแจ้งให้ผู้เสียภาษีทราบว่า สามารถชำระภาษีที่ดินและสิ่งปลูกสร้างโดยไม่ต้องเสียเบี้ยปรับและเงินเพิ่มได้ถึงวันที่ ๓๑ สิงหาคม ๒๕๖๗",
            "ประกาศ ณ วันที่ ๒๘ พฤษภาคม พ.ศ. ๒๕๖๗",
        ),
        None,
        files=("ประกาศขยายเวลาชำระภาษี 2567",),
        style="notice",
        centred=1,
    ),
    _Item(
        692,
        M_ACTIVITY,
        "2024-06-04",
        "15:15",
        "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลวังตะเคียนงาม ซ้อมแผนอพยพหนีไฟ",
        (
            "ครูและเด็กนักเรียนศูนย์พัฒนาเด็กเล็กร่วมกับงานป้องกันและบรรเทาสาธารณภัยฝึกซ้อมแผนอพยพหนีไฟ เพื่อให้เด็กรู้จักเอาตัวรอดเมื่อเกิดเหตุเพลิงไหม้",
        ),
        PR,
        photos=4,
    ),
    _Item(
        705,
        M_NEWS,
        "2024-06-12",
        "11:05",
        "เร่งกำจัดผักตบชวาในคลองระพีพัฒน์ เตรียมรับมือฤดูฝน",
        (
            "เทศบาลตำบลวังตะเคียนงามร่วมกับโครงการชลประทานปทุมธานี นำเรือกำจัดวัชพืชและรถแบ็คโฮออกกำจัดผักตบชวาในคลองระพีพัฒน์และคลองซอยสาขา ตั้งแต่วันที่ 10 มิถุนายน 2567 เป็นต้นไป เพื่อให้น้ำไหลได้สะดวกก่อนเข้าสู่ช่วงฤดูฝน",
            "ขอความร่วมมือประชาชนที่อาศัยริมคลองช่วยกันดูแลไม่ให้ผักตบชวาและขยะสะสมบริเวณท่าน้ำหน้าบ้าน หากพบจุดที่มีวัชพืชหนาแน่นสามารถแจ้งได้ที่กองช่าง โทร. 0 2593 4417 ต่อ 104",
        ),
        ENGINEER,
        photos=3,
        style="word",
    ),
    _Item(
        716,
        M_NEWS,
        "2024-06-18",
        "09:40",
        "ขอเชิญร่วมโครงการตรวจคัดกรองสุขภาพประชาชนเชิงรุก ประจำปี 2567",
        (
            "เทศบาลตำบลวังตะเคียนงามร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลวังตะเคียน ขอเชิญประชาชนอายุ 35 ปีขึ้นไป เข้ารับการตรวจคัดกรองโรคเบาหวาน ความดันโลหิตสูง และภาวะอ้วนลงพุง โดยไม่เสียค่าใช้จ่าย",
            "หน่วยบริการจะออกตรวจตามหมู่บ้านระหว่างวันที่ 24–28 มิถุนายน 2567 ตั้งแต่เวลา 07.00 น. ขอให้ผู้รับบริการงดน้ำและอาหารก่อนตรวจอย่างน้อย 8 ชั่วโมง และนำบัตรประจำตัวประชาชนมาด้วย",
        ),
        HEALTH,
    ),
)

# Standing pages and ITA items: list items of their own menus, on the same detail template.
PAGES: tuple[_Item, ...] = (
    _Item(
        12,
        M_ABOUT,
        "2023-02-20",
        "10:12",
        "ประวัติความเป็นมา",
        (
            'ตำบลวังตะเคียนงามเดิมเป็นส่วนหนึ่งของตำบลคลองสาม ชื่อของตำบลมาจากวังน้ำลึกริมคลองระพีพัฒน์ซึ่งมีต้นตะเคียนใหญ่ขึ้นเรียงรายอยู่สองฝั่ง ชาวบ้านที่สัญจรทางเรือจึงเรียกบริเวณนี้ว่า "วังตะเคียน" มาตั้งแต่สมัยที่มีการขุดคลองในรัชสมัยพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว',
            "องค์การบริหารส่วนตำบลวังตะเคียนงามจัดตั้งขึ้นเมื่อปี พ.ศ. 2540 ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 ต่อมาได้รับการยกฐานะเป็นเทศบาลตำบลวังตะเคียนงาม ตามประกาศกระทรวงมหาดไทย เมื่อวันที่ 24 สิงหาคม 2555",
            "ปัจจุบันเทศบาลตำบลวังตะเคียนงามมีพื้นที่ประมาณ 28.6 ตารางกิโลเมตร แบ่งการปกครองออกเป็น 9 หมู่บ้าน ประชากรส่วนใหญ่ประกอบอาชีพเกษตรกรรม ทำนา ทำสวนผัก และรับจ้างในโรงงานอุตสาหกรรมในเขตอำเภอลาดหลุมแก้วและอำเภอเมืองปทุมธานี",
        ),
        IMPORTED,
        photos=1,
        gold=False,
    ),
    _Item(
        13,
        M_ABOUT,
        "2023-02-20",
        "10:25",
        "วิสัยทัศน์ พันธกิจ",
        (
            'วิสัยทัศน์ "วังตะเคียนงามน่าอยู่ เศรษฐกิจชุมชนเข้มแข็ง สิ่งแวดล้อมยั่งยืน ประชาชนมีคุณภาพชีวิตที่ดี"',
            "พันธกิจ 1. พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ทั่วถึง 2. ส่งเสริมอาชีพและเศรษฐกิจชุมชนตามแนวทางเศรษฐกิจพอเพียง 3. อนุรักษ์ทรัพยากรธรรมชาติและคลองสาธารณะ 4. ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และสุขภาพของประชาชน 5. บริหารจัดการตามหลักธรรมาภิบาล",
        ),
        IMPORTED,
        gold=False,
    ),
    _Item(
        14,
        M_ABOUT,
        "2023-02-21",
        "13:40",
        "สภาพทั่วไปและข้อมูลพื้นฐาน",
        (
            "ที่ตั้ง เทศบาลตำบลวังตะเคียนงามตั้งอยู่ทางทิศเหนือของอำเภอลาดหลุมแก้ว ห่างจากที่ว่าการอำเภอประมาณ 9 กิโลเมตร และห่างจากศาลากลางจังหวัดปทุมธานีประมาณ 27 กิโลเมตร",
            "อาณาเขต ทิศเหนือติดต่อกับตำบลบ่อเงิน ทิศใต้ติดต่อกับตำบลคลองสาม ทิศตะวันออกติดต่อกับคลองระพีพัฒน์ ทิศตะวันตกติดต่อกับอำเภอลาดบัวหลวง จังหวัดพระนครศรีอยุธยา",
            "ประชากร ณ เดือนธันวาคม 2566 มีประชากรทั้งสิ้น 8,412 คน แยกเป็นชาย 4,087 คน หญิง 4,325 คน จำนวนครัวเรือน 3,156 ครัวเรือน",
        ),
        IMPORTED,
        gold=False,
    ),
    _Item(
        31,
        M_ITA,
        "2024-01-15",
        "09:05",
        "O1 โครงสร้างหน่วยงาน",
        ("แผนผังโครงสร้างการแบ่งส่วนราชการของเทศบาลตำบลวังตะเคียนงาม ตามแผนอัตรากำลัง 3 ปี (พ.ศ. 2567-2569)",),
        IMPORTED,
        photos=1,
        files=("โครงสร้างส่วนราชการ 2567",),
        gold=False,
    ),
    _Item(
        32,
        M_ITA,
        "2024-01-15",
        "09:12",
        "O3 อำนาจหน้าที่",
        (
            "เทศบาลตำบลมีหน้าที่ต้องทำในเขตเทศบาลตามมาตรา 50 แห่งพระราชบัญญัติเทศบาล พ.ศ. 2496 ได้แก่ รักษาความสงบเรียบร้อยของประชาชน ให้มีและบำรุงทางบกและทางน้ำ รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล ป้องกันและระงับโรคติดต่อ ให้มีเครื่องใช้ในการดับเพลิง และให้ราษฎรได้รับการศึกษาอบรม",
            "และมีอำนาจหน้าที่ในการจัดระบบการบริการสาธารณะเพื่อประโยชน์ของประชาชนในท้องถิ่นตามมาตรา 16 แห่งพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542",
        ),
        IMPORTED,
        gold=False,
    ),
    _Item(
        33,
        M_ITA,
        "2024-01-15",
        "09:20",
        "O10 ข่าวประชาสัมพันธ์",
        (
            "เทศบาลตำบลวังตะเคียนงามเผยแพร่ข่าวประชาสัมพันธ์ผ่านเว็บไซต์ในเมนูข่าวประชาสัมพันธ์ ตัวอย่างข่าวที่เผยแพร่ในปีงบประมาณ 2566-2567 มีดังนี้",
        ),
        IMPORTED,
        gold=False,
    ),
)


@dataclass(frozen=True)
class _Event:
    id: int
    day: str
    start: str
    end: str
    title: str
    place: str
    detail: str

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)


EVENTS: tuple[_Event, ...] = (
    _Event(
        17,
        "2024-05-20",
        "09:00",
        "12:00",
        "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี 2567",
        "ห้องประชุมสภาเทศบาลตำบลวังตะเคียนงาม",
        "พิจารณาร่างเทศบัญญัติและรับฟังรายงานผลการดำเนินงาน ประชาชนเข้าร่วมรับฟังได้",
    ),
    _Event(
        18,
        "2024-06-05",
        "09:00",
        "12:00",
        "ประชุมประชาคมตำบล ทบทวนแผนพัฒนาท้องถิ่น",
        "ห้องประชุมสภาเทศบาลตำบลวังตะเคียนงาม",
        "รับฟังปัญหาและความต้องการของประชาชน",
    ),
    _Event(
        19,
        "2024-06-24",
        "07:00",
        "12:00",
        "ตรวจคัดกรองสุขภาพประชาชนเชิงรุก (หมู่ที่ 1-3)",
        "ศาลาประชาคมหมู่ที่ 2",
        "งดน้ำและอาหารก่อนตรวจ 8 ชั่วโมง",
    ),
    _Event(
        20, "2024-06-26", "08:30", "11:00", "รณรงค์วันต่อต้านยาเสพติดโลก", "ลานหน้าสำนักงานเทศบาล", "เดินรณรงค์รอบตลาดวังตะเคียน"
    ),
    _Event(
        21,
        "2024-07-28",
        "08:00",
        "10:00",
        "พิธีถวายพระพรชัยมงคล เนื่องในวันเฉลิมพระชนมพรรษา",
        "หอประชุมอำเภอลาดหลุมแก้ว",
        "แต่งกายชุดปกติขาว",
    ),
    _Event(
        22,
        "2024-08-12",
        "07:00",
        "10:00",
        "พิธีทำบุญตักบาตร เนื่องในวันแม่แห่งชาติ",
        "ลานอเนกประสงค์หน้าสำนักงานเทศบาล",
        "ขอเชิญประชาชนร่วมทำบุญตักบาตร",
    ),
)

# Procurement notices (menu 1555): (id, date, title); the rows link their PDFs only.
PROCUREMENT: tuple[tuple[int, str, str], ...] = (
    (301, "2022-03-15", "ประกาศผู้ชนะการเสนอราคา จัดซื้อวัสดุสำนักงาน (สำนักปลัด) โดยวิธีเฉพาะเจาะจง"),
    (318, "2022-07-08", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 8 โดยวิธีเฉพาะเจาะจง"),
    (415, "2023-01-24", "ประกาศผู้ชนะการเสนอราคา จัดซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ 2/2565"),
    (
        446,
        "2023-06-14",
        "ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังตะเคียน 5 หมู่ที่ 4 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    ),
    (459, "2023-07-21", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังตะเคียน 5 หมู่ที่ 4"),
    (521, "2023-11-02", "ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567"),
    (547, "2023-12-05", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังตะเคียน 7 หมู่ที่ 6"),
    (598, "2024-02-27", "ประกาศผู้ชนะการเสนอราคา จัดซื้อวัสดุไฟฟ้าและวิทยุ จำนวน 18 รายการ โดยวิธีเฉพาะเจาะจง"),
    (662, "2024-05-14", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาบริการกำจัดผักตบชวาคลองซอยสาขา โดยวิธีเฉพาะเจาะจง"),
)

DOWNLOADS: tuple[tuple[int, str], ...] = (
    (351, "แบบคำร้องทั่วไป"),
    (352, "แบบคำขออนุญาตก่อสร้างอาคาร (ข.1)"),
    (353, "แบบคำขอรับเงินเบี้ยยังชีพผู้พิการ"),
    (354, "แบบแสดงรายการภาษีป้าย (ภ.ป.1)"),
    (355, "แบบคำขอใช้น้ำประปา"),
)

EXECUTIVES = (
    (MAYOR, "นายกเทศมนตรีตำบลวังตะเคียนงาม"),
    ("นายสุเทพ มั่นคงดี", "รองนายกเทศมนตรีตำบลวังตะเคียนงาม"),
    ("นางวันเพ็ญ ศรีสุข", "รองนายกเทศมนตรีตำบลวังตะเคียนงาม"),
    ("นายอำนาจ พูลผล", "เลขานุการนายกเทศมนตรี"),
    ("นางสาวอรทัย เกิดผล", "ปลัดเทศบาลตำบลวังตะเคียนงาม"),
)

LEGACY_BROKEN = {  # old WordPress photos linked from imported bodies (the uploads were not moved)
    210: "/wp-content/uploads/2022/09/IMG_4402.jpg",
    236: "/wp-content/uploads/2022/11/loykrathong65-01.jpg",
}


def _views(key: int) -> int:
    return (key * 7919) % 1400 + 35


def _cut(text: str, limit: int = 150) -> str:
    """The vendor's excerpt: mb_substr(strip_tags(detail), 0, 150) . '...'"""
    return text if len(text) <= limit else text[:limit] + "..."


def _fiscal_year(d: date) -> int:
    """Thai fiscal year (พ.ศ.): October to September."""
    return d.year + 543 + (1 if d.month >= 10 else 0)


def _long_weekday(d: date) -> str:
    return f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/backend/", "/public/list/data/search/"],
        server_software="Apache/2.4.29 (Ubuntu)",
    )
    _Site(site).register()
    return site


class _Site:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.by_key = {(it.id, it.menu): it for it in ITEMS + PAGES}
        self.menu_items: dict[int, list[_Item]] = {}
        for menu in (M_NEWS, M_ACTIVITY, M_NOTICE):
            self.menu_items[menu] = sorted((it for it in ITEMS if it.menu == menu), key=lambda it: it.dt, reverse=True)
        for menu in (M_ABOUT, M_ITA):
            self.menu_items[menu] = [it for it in PAGES if it.menu == menu]  # the menu's own order
        self.page_of = {it.id: k // PER_PAGE + 1 for its in self.menu_items.values() for k, it in enumerate(its)}
        self.non_articles: list[str] = []
        self._chrome: tuple[str, str, str, str] | None = None

    # -- urls -------------------------------------------------------------------------
    @staticmethod
    def detail_path(it: _Item, page: int | None = 1) -> str:
        path = f"/public/list/data/detail/id/{it.id}/menu/{it.menu}"
        return path if page is None else f"{path}/page/{page}"

    @staticmethod
    def print_path(it: _Item) -> str:
        return f"/public/list/data/print/id/{it.id}/menu/{it.menu}"

    @staticmethod
    def list_path(menu: int, page: int | None = None) -> str:
        path = f"/public/list/data/index/menu/{menu}"
        return path if page is None else f"{path}/page/{page}"

    @staticmethod
    def cal_path(month: int | None = None, year_be: int | None = None) -> str:
        path = f"/public/event/data/index/menu/{M_CALENDAR}"
        return path if month is None else f"{path}/month/{month}/year/{year_be}"

    @staticmethod
    def event_path(e: _Event) -> str:
        return f"/public/event/data/detail/id/{e.id}/menu/{M_CALENDAR}"

    @staticmethod
    def procure_path(year_be: int | None = None) -> str:
        path = f"/public/list/data/index/menu/{M_PROCURE}"
        return path if year_be is None else f"{path}/year/{year_be}"

    @staticmethod
    def topic_img(it: _Item) -> str:
        return f"/public/list_upload/backend/list_{it.id}/pics_topic_{it.id}.jpg?{(it.id * 7) % 1000}"

    @staticmethod
    def pic(it: _Item, n: int) -> str:
        return f"/public/list_upload/backend/list_{it.id}/pics_{it.id}_{n}.jpg"

    @staticmethod
    def file_path(key: int, n: int = 1) -> str:
        return f"/public/list_upload/backend/list_{key}/files_{key}_{n}.pdf"

    def maxp(self, menu: int) -> int:
        return max(1, -(-len(self.menu_items.get(menu, ())) // PER_PAGE))

    def date_line(self, it: _Item) -> str:
        return thai_abbr(it.d, digits_thai=it.menu == M_NOTICE)

    # -- responses ------------------------------------------------------------------------
    @staticmethod
    def headers(path: str) -> tuple[tuple[str, str], ...]:
        sid = hashlib.md5(path.encode()).hexdigest()[:26]
        return (
            ("X-Powered-By", "PHP/5.6.40-0+deb8u12"),
            ("Set-Cookie", f"PHPSESSID={sid}; path=/"),
            ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
            ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
            ("Pragma", "no-cache"),
        )

    def page(self, path: str, main: str, og: dict[str, str] | None = None, home: bool = False) -> Response:
        return html_page(self.frame(main, og, home), extra=self.headers(path))

    def add_page(self, path: str, main: str, og: dict[str, str] | None = None, listed: bool = True) -> None:
        self.site.add(path, self.page(path, main, og))
        if listed:
            self.non_articles.append(self.b + path)

    # -- chrome (the same on every page) ----------------------------------------------------
    def chrome(self) -> tuple[str, str, str, str]:
        if self._chrome is None:
            self._chrome = (self.navbar(), self.left_column(), self.right_column(), self.footer())
        return self._chrome

    def navbar(self) -> str:
        about = "".join(
            f'<li><a href="{self.detail_path(p)}">{esc(p.title)}</a></li>' for p in self.menu_items[M_ABOUT]
        )
        news = "".join(
            f'<li><a href="{self.list_path(m)}">{MENU_NAMES[m]}</a></li>'
            for m in (M_NEWS, M_ACTIVITY, M_NOTICE, M_PROCURE)
        )
        marquee = ' <img src="/public/themes/frontend/images/bullet.gif" alt=""> '.join(
            f'<a href="{self.detail_path(it)}">{esc(it.title)}</a>' for it in self.menu_items[M_NOTICE][:MARQUEE]
        )
        return f"""<div class="top-bar">
	<div class="container">
		<div class="row">
			<div class="col-sm-6"><i class="fa fa-calendar-o"></i> {_long_weekday(TODAY)}</div>
			<div class="col-sm-6 text-right">
				<a href="https://www.facebook.com/wangtakhianngam.pr" target="_blank"><i class="fa fa-facebook-square"></i> Facebook</a> &nbsp;
				<a href="https://line.me/R/ti/p/@wangtakhianngam" target="_blank"><i class="fa fa-comment"></i> LINE @wangtakhianngam</a>
			</div>
		</div>
	</div>
</div>
<header class="header-bg">
	<div class="container">
		<a href="/" class="logo-link"><img src="/public/themes/frontend/images/logo.jpg" alt="{SITE}" class="logo"></a>
		<div class="site-name">
			<h1>{SITE}</h1>
			<p>{SITE_EN}<br>{DISTRICT}</p>
		</div>
	</div>
</header>
<nav class="navbar navbar-default navbar-main">
	<div class="container">
		<div class="navbar-header">
			<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menu-top" aria-expanded="false">
				<span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
			</button>
		</div>
		<div class="collapse navbar-collapse" id="menu-top">
			<ul class="nav navbar-nav">
				<li><a href="/"><i class="fa fa-home"></i> หน้าหลัก</a></li>
				<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข้อมูลพื้นฐาน <span class="caret"></span></a>
					<ul class="dropdown-menu">{about}<li><a href="/public/personnel/data/index/menu/{M_PERSONNEL}">คณะผู้บริหาร</a></li></ul>
				</li>
				<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข่าวสาร <span class="caret"></span></a>
					<ul class="dropdown-menu">{news}<li><a href="{self.cal_path()}">ปฏิทินกิจกรรม</a></li></ul>
				</li>
				<li><a href="{self.list_path(M_ITA)}">ITA 2567</a></li>
				<li><a href="{self.list_path(M_DOWNLOAD)}">ดาวน์โหลด</a></li>
				<li><a href="/public/complain/data/index/menu/{M_COMPLAIN}">ร้องเรียน/ร้องทุกข์</a></li>
				<li><a href="/public/contact/data/index/menu/{M_CONTACT}">ติดต่อเรา</a></li>
			</ul>
		</div>
	</div>
</nav>
<div class="bar-marquee">
	<div class="container">
		<span class="label label-danger">ประกาศ</span>
		<marquee onmouseover="this.stop();" onmouseout="this.start();" scrollamount="3">{marquee}</marquee>
	</div>
</div>"""

    def left_column(self) -> str:
        about = "".join(
            f'<li><a href="{self.detail_path(p)}"><i class="fa fa-angle-right"></i> {esc(p.title)}</a></li>'
            for p in self.menu_items[M_ABOUT]
        )
        return f"""<div class="box-menu">
	<div class="head-menu"><i class="fa fa-bars"></i> ข้อมูลหน่วยงาน</div>
	<ul class="list-menu">
		{about}
		<li><a href="/public/personnel/data/index/menu/{M_PERSONNEL}"><i class="fa fa-angle-right"></i> คณะผู้บริหาร</a></li>
	</ul>
</div>
<div class="box-menu">
	<div class="head-menu"><i class="fa fa-bars"></i> ข่าวสาร</div>
	<ul class="list-menu">
		<li><a href="{self.list_path(M_NEWS)}"><i class="fa fa-angle-right"></i> ข่าวประชาสัมพันธ์</a></li>
		<li><a href="{self.list_path(M_ACTIVITY)}"><i class="fa fa-angle-right"></i> ข่าวกิจกรรม</a></li>
		<li><a href="{self.list_path(M_NOTICE)}"><i class="fa fa-angle-right"></i> ประกาศเทศบาล</a></li>
		<li><a href="{self.procure_path()}"><i class="fa fa-angle-right"></i> ประกาศจัดซื้อจัดจ้าง</a></li>
		<li><a href="{self.cal_path()}"><i class="fa fa-angle-right"></i> ปฏิทินกิจกรรม</a></li>
	</ul>
</div>
<div class="box-menu">
	<div class="head-menu"><i class="fa fa-bars"></i> บริการประชาชน</div>
	<ul class="list-menu">
		<li><a href="{self.list_path(M_DOWNLOAD)}"><i class="fa fa-angle-right"></i> ดาวน์โหลดแบบฟอร์ม</a></li>
		<li><a href="/public/complain/data/index/menu/{M_COMPLAIN}"><i class="fa fa-angle-right"></i> ร้องเรียน/ร้องทุกข์</a></li>
		<li><a href="/public/contact/data/index/menu/{M_CONTACT}"><i class="fa fa-angle-right"></i> ติดต่อเรา</a></li>
		<li><a href="https://www.info.go.th/" target="_blank"><i class="fa fa-angle-right"></i> ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์</a></li>
	</ul>
</div>
<div class="box-banner">
	<a href="{self.list_path(M_ITA)}"><img src="/public/themes/frontend/images/banner-ita.jpg" class="img-responsive" alt="ITA การประเมินคุณธรรมและความโปร่งใส"></a>
	<a href="https://www.dla.go.th/" target="_blank"><img src="/public/themes/frontend/images/banner-dla.jpg" class="img-responsive" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a>
	<a href="http://www.gprocurement.go.th/" target="_blank"><img src="/public/themes/frontend/images/banner-egp.jpg" class="img-responsive" alt="ระบบการจัดซื้อจัดจ้างภาครัฐ"></a>
	<a href="https://www.oic.go.th/" target="_blank"><img src="/public/themes/frontend/images/banner-oic.jpg" class="img-responsive" alt="สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ"></a>
</div>"""

    def right_column(self) -> str:
        latest = "\n".join(
            f'		<li><a href="{self.detail_path(it)}">{esc(it.title)}</a> <small class="text-muted">({thai_slash(it.d)})</small></li>'
            for it in self.menu_items[M_NEWS][:SIDEBAR_LATEST]
        )
        return f"""<div class="box-side">
	<div class="head-side"><i class="fa fa-newspaper-o"></i> ข่าวประชาสัมพันธ์ล่าสุด</div>
	<ul class="list-side">
{latest}
	</ul>
	<a href="{self.list_path(M_NEWS)}" class="btn btn-link btn-xs pull-right">ดูทั้งหมด &raquo;</a>
	<div class="clearfix"></div>
</div>
<div class="box-side">
	<div class="head-side"><i class="fa fa-calendar"></i> ปฏิทินกิจกรรม</div>
	{self.month_table(TODAY.year + 543, TODAY.month, mini=True)}
</div>
<div class="box-side">
	<div class="head-side"><i class="fa fa-bar-chart"></i> แบบสำรวจความพึงพอใจ</div>
	<form method="post" action="/public/poll/data/vote/menu/1599">
		<p>ท่านพึงพอใจต่อการให้บริการของเทศบาลในระดับใด</p>
		<div class="radio"><label><input type="radio" name="answer" value="1"> มากที่สุด</label></div>
		<div class="radio"><label><input type="radio" name="answer" value="2"> มาก</label></div>
		<div class="radio"><label><input type="radio" name="answer" value="3"> ปานกลาง</label></div>
		<div class="radio"><label><input type="radio" name="answer" value="4"> น้อย</label></div>
		<button type="submit" class="btn btn-primary btn-xs">โหวต</button>
	</form>
</div>
<div class="box-side">
	<div class="head-side"><i class="fa fa-link"></i> ลิงก์หน่วยงาน</div>
	<ul class="list-side">
		<li><a href="https://www.pathumthani.go.th/" target="_blank">จังหวัดปทุมธานี</a></li>
		<li><a href="https://www.pathumthanilocal.go.th/" target="_blank">ท้องถิ่นจังหวัดปทุมธานี</a></li>
		<li><a href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
		<li><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></li>
	</ul>
</div>"""

    def footer(self) -> str:
        return f"""<footer class="footer">
	<div class="container">
		<div class="row">
			<div class="col-sm-7">
				<h4>{SITE}</h4>
				<p>{ADDRESS}<br>โทรศัพท์ {PHONE} &nbsp; โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
			</div>
			<div class="col-sm-5 counter">
				<h4>สถิติผู้เข้าชมเว็บไซต์</h4>
				<table class="table-counter">
					<tr><td>วันนี้</td><td class="text-right">57</td></tr>
					<tr><td>เมื่อวาน</td><td class="text-right">143</td></tr>
					<tr><td>เดือนนี้</td><td class="text-right">2,984</td></tr>
					<tr><td>ปีนี้</td><td class="text-right">18,220</td></tr>
					<tr><td>ทั้งหมด</td><td class="text-right">268,415</td></tr>
				</table>
				<p class="small">เริ่มนับ {thai_long(SITE_LAUNCH.date())} <img src="/public/themes/frontend/images/counter.gif" alt=""></p>
			</div>
		</div>
		<div class="copyright">
			Copyright &copy; 2566 {SITE} สงวนลิขสิทธิ์ | <a href="/backend/" rel="nofollow">เข้าสู่ระบบ</a><br>
			ออกแบบและพัฒนาระบบโดย <a href="https://www.itcitysoft.co.th/" target="_blank">ไอที ซิตี้ ซอฟท์</a>
		</div>
	</div>
</footer>"""

    def frame(self, main: str, og: dict[str, str] | None = None, home: bool = False) -> str:
        nav, left, right, foot = self.chrome()
        og = og or {}
        meta = "".join(
            f'\n<meta property="og:{k}" content="{attr(v)}" />'
            for k, v in (
                ("type", "website"),
                ("site_name", SITE),
                ("title", og.get("title", SITE)),
                ("description", og.get("description", f"เว็บไซต์{SITE} {DISTRICT}")),
                ("url", og.get("url", self.b + "/")),
                ("image", og.get("image", self.b + "/public/themes/frontend/images/logo.jpg")),
            )
        )
        body = (
            f'<div class="col-md-9 col-main">\n{main}\n</div>\n<div class="col-md-3 col-right">\n{right}\n</div>'
            if home
            else f'<div class="col-md-3 col-left">\n{left}\n</div>\n<div class="col-md-6 col-main">\n{main}\n</div>\n<div class="col-md-3 col-right">\n{right}\n</div>'
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{SITE} {DISTRICT}</title>
<meta name="keywords" content="{SITE}, วังตะเคียนงาม, ลาดหลุมแก้ว, ปทุมธานี, เทศบาล">
<meta name="description" content="เว็บไซต์{SITE} {DISTRICT}">{meta}
<link href="/public/themes/frontend/css/bootstrap.min.css" rel="stylesheet">
<link href="/public/themes/frontend/css/font-awesome.min.css" rel="stylesheet">
<link href="/public/themes/frontend/css/jquery.fancybox.min.css" rel="stylesheet">
<link href="/public/themes/frontend/css/style.css?v=20230301" rel="stylesheet">
<link href="https://fonts.googleapis.com/css?family=Kanit:300,400&amp;subset=thai" rel="stylesheet">
<!--[if lt IE 9]>
<script src="https://oss.maxcdn.com/html5shiv/3.7.3/html5shiv.min.js"></script>
<![endif]-->
<script src="/public/themes/frontend/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="fb-root"></div>
{nav}
<div class="container container-body">
<div class="row">
{body}
</div>
</div>
{foot}
<script src="/public/themes/frontend/js/bootstrap.min.js"></script>
<script src="/public/themes/frontend/js/jquery.fancybox.min.js"></script>
<script>
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{
  (i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  }})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-87341122-1', 'auto');
  ga('send', 'pageview');
</script>
</body>
</html>
"""

    # -- calendar -----------------------------------------------------------------------------
    def month_table(self, year_be: int, month: int, mini: bool = False) -> str:
        y = year_be - 543
        prev_m, prev_y = (month - 1, year_be) if month > 1 else (12, year_be - 1)
        next_m, next_y = (month + 1, year_be) if month < 12 else (1, year_be + 1)
        events = {e.d.day: e for e in EVENTS if (e.d.year, e.d.month) == (y, month)}
        rows = []
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(y, month):
            cells = []
            for day in week:
                if not day:
                    cells.append("<td></td>")
                elif day in events:
                    e = events[day]
                    cells.append(
                        f'<td class="has-event"><a href="{self.event_path(e)}" title="{attr(e.title)}">{day}</a></td>'
                    )
                elif (y, month, day) == (TODAY.year, TODAY.month, TODAY.day):
                    cells.append(f'<td class="today">{day}</td>')
                else:
                    cells.append(f"<td>{day}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        head = "".join(f"<th>{d}</th>" for d in ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"))
        cls = "table-calendar-mini" if mini else "table table-bordered table-calendar"
        return f"""<table class="{cls}">
		<caption>
			<a href="{self.cal_path(prev_m, prev_y)}" class="pull-left" title="เดือนก่อนหน้า">&laquo;</a>
			{MONTHS[month - 1]} {year_be}
			<a href="{self.cal_path(next_m, next_y)}" class="pull-right" title="เดือนถัดไป">&raquo;</a>
		</caption>
		<thead><tr>{head}</tr></thead>
		<tbody>{"".join(rows)}</tbody>
	</table>"""

    def calendar_main(self, year_be: int, month: int) -> str:
        y = year_be - 543
        prev_m, prev_y = (month - 1, year_be) if month > 1 else (12, year_be - 1)
        next_m, next_y = (month + 1, year_be) if month < 12 else (1, year_be + 1)
        events = [e for e in EVENTS if (e.d.year, e.d.month) == (y, month)]
        if events:
            listing = "\n".join(
                f'<tr><td>{thai_abbr(e.d)}</td><td>{e.start} - {e.end} น.</td><td><a href="{self.event_path(e)}">{esc(e.title)}</a></td><td>{esc(e.place)}</td></tr>'
                for e in events
            )
        else:
            listing = '<tr><td colspan="4" class="text-center text-muted">ไม่มีกิจกรรมในเดือนนี้</td></tr>'
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active">ปฏิทินกิจกรรม</li></ol>
<div class="head-title"><h3><i class="fa fa-calendar"></i> ปฏิทินกิจกรรม</h3></div>
<div class="calendar-nav clearfix">
	<a href="{self.cal_path(prev_m, prev_y)}" class="btn btn-default btn-sm pull-left">&laquo; {MONTHS[prev_m - 1]} {prev_y}</a>
	<a href="{self.cal_path(next_m, next_y)}" class="btn btn-default btn-sm pull-right">{MONTHS[next_m - 1]} {next_y} &raquo;</a>
</div>
{self.month_table(year_be, month)}
<h4>กิจกรรมประจำเดือน{MONTHS[month - 1]} {year_be}</h4>
<table class="table table-striped">
	<thead><tr><th>วันที่</th><th>เวลา</th><th>กิจกรรม</th><th>สถานที่</th></tr></thead>
	<tbody>
{listing}
	</tbody>
</table>"""

    def event_main(self, e: _Event) -> str:
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="{self.cal_path()}">ปฏิทินกิจกรรม</a></li><li class="active">{esc(e.title)}</li></ol>
<div class="panel panel-default panel-detail">
	<div class="panel-body">
		<h3 class="topic-detail">{esc(e.title)}</h3>
		<table class="table table-bordered table-event">
			<tr><th width="25%">วันที่</th><td>{_long_weekday(e.d)}</td></tr>
			<tr><th>เวลา</th><td>{e.start} - {e.end} น.</td></tr>
			<tr><th>สถานที่</th><td>{esc(e.place)}</td></tr>
			<tr><th>รายละเอียด</th><td>{esc(e.detail)}</td></tr>
		</table>
		<a href="{self.cal_path()}" class="btn btn-default btn-sm"><i class="fa fa-chevron-left"></i> กลับหน้าปฏิทิน</a>
	</div>
</div>"""

    # -- items ----------------------------------------------------------------------------------
    def body_html(self, it: _Item) -> str:
        def text(k: int) -> str:
            out = esc(it.paragraphs[k])
            if it.link and it.link[0] == k:
                _, anchor, href = it.link
                out = out.replace(esc(anchor), f'<a href="{attr(href)}" target="_blank">{esc(anchor)}</a>', 1)
            return out

        n = len(it.paragraphs)
        if not n:
            return "<p>&nbsp;</p>"
        indent = "&nbsp; &nbsp; &nbsp; &nbsp; "
        if it.style == "br":
            return "<p>" + "<br />\r\n".join(indent + text(k) for k in range(n)) + "</p>"
        if it.style == "wp":
            out = [f"<p><strong>{text(0)}</strong></p>"]
            out += [f'<p style="text-align: justify;">{text(k)}</p>' for k in range(1, n)]
            if it.id in LEGACY_BROKEN:
                full = LEGACY_BROKEN[it.id]
                small = full[:-4] + "-1024x768.jpg"
                out.append(
                    f'<p><a href="{full}"><img class="aligncenter size-large wp-image-{it.legacy + 3}" src="{small}" alt="" width="1024" height="768" /></a></p>'
                )
            return "\r\n".join(out)
        if it.style == "word":
            return "\r\n".join(
                f'<p class="MsoNormal" style="text-indent:36.0pt"><span style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif">{text(k)}</span></p>'
                for k in range(n)
            )
        if it.style == "notice":
            body = n - it.centred
            out = [f'<p style="text-align: justify;">&emsp;&emsp;&emsp;&emsp;{text(k)}</p>' for k in range(body)]
            out.append("<p>&nbsp;</p>")
            out += [f'<p style="text-align: center;">{text(k)}</p>' for k in range(body, n)]
            return "\r\n".join(out)
        return "\r\n".join(f"<p>{indent}{text(k)}</p>" for k in range(n))

    def extra_body(self, it: _Item) -> str:
        """The ITA O10 item lists links typed by hand (old ones included)."""
        if it.id != 33:
            return ""
        news = self.menu_items[M_NEWS]
        rows = [
            f'<li><a href="{self.list_path(M_NEWS)}">เมนูข่าวประชาสัมพันธ์ (ทั้งหมด)</a></li>',
            *(f'<li><a href="{self.b}{self.detail_path(n)}">{esc(n.title)}</a></li>' for n in news[3:6]),
            f'<li><a href="{self.b}/public/list/data/detail/id/{DELETED_ID}/menu/{M_NEWS}/page/1">ประชาสัมพันธ์การยื่นแบบภาษีป้าย ประจำปี 2567</a></li>',
            f'<li><a href="{self.b}/archives/{UNMIGRATED_LEGACY}">ประชาสัมพันธ์การรับสมัครสมาชิกกองทุนสวัสดิการชุมชน (เว็บไซต์เดิม)</a></li>',
            f'<li><a href="{self.b}/archives/2871">ลอกท่อระบายน้ำ แก้ปัญหาน้ำท่วมขัง ชุมชนคลองสาม (เว็บไซต์เดิม)</a></li>',
        ]
        return '\n<ul class="list-ita">\n' + "\n".join(rows) + "\n</ul>"

    def files_html(self, it: _Item) -> str:
        if not it.files:
            return ""
        rows = "\n".join(
            f'<li><a href="{self.file_path(it.id, k)}" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i> {esc(name)}.pdf</a> <small class="text-muted">(ขนาด {120 + (it.id * k * 37) % 700}.{k} KB | ดาวน์โหลด {(it.id * 3 + k) % 60 + 4} ครั้ง)</small></li>'
            for k, name in enumerate(it.files, start=1)
        )
        return f"""<div class="file-detail">
			<h4><i class="fa fa-paperclip"></i> เอกสารแนบ</h4>
			<ul class="list-unstyled">
{rows}
			</ul>
		</div>"""

    def gallery_html(self, it: _Item) -> str:
        first = 2 if it.menu == M_ITA else 1
        if it.photos < first:
            return ""
        cells = "\n".join(
            f'<div class="col-xs-6 col-sm-4"><a href="{self.pic(it, k)}" data-fancybox="gallery"><img src="{self.pic(it, k)}" class="img-thumbnail img-responsive" alt=""></a></div>'
            for k in range(first, it.photos + 1)
        )
        return f'<div class="row gallery-detail">\n{cells}\n</div>'

    def has_topic(self, it: _Item) -> bool:
        return it.menu in (M_NEWS, M_ACTIVITY) or it.photos > 0

    def detail_main(self, it: _Item, page: int | None) -> str:
        p = page or 1
        menu = MENU_NAMES[it.menu]
        back = self.list_path(it.menu, p)
        canonical = self.b + self.detail_path(it, None)
        enc = quote(canonical, safe="")
        info = [
            f'<span><i class="fa fa-calendar"></i> {self.date_line(it)}</span>',
            f'<span><i class="fa fa-eye"></i> อ่าน {_views(it.id)} ครั้ง</span>',
        ]
        if it.author:
            info.append(f'<span><i class="fa fa-user"></i> {esc(it.author)}</span>')
        topic = ""
        if self.has_topic(it):
            topic = f'<div class="pics-topic text-center"><img src="{self.topic_img(it)}" class="img-responsive center-block" alt="{attr(it.title)}"></div>'
        video = ""
        if it.youtube:
            video = f'<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{it.youtube}" frameborder="0" allowfullscreen></iframe></div>'
        others = [o for o in self.menu_items[it.menu] if o.id != it.id][:OTHER_ITEMS]
        other_rows = "\n".join(
            f'<li><a href="{self.detail_path(o, p)}">{esc(o.title)}</a> <small class="text-muted">({self.date_line(o)})</small></li>'
            for o in others
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="{back}">{menu}</a></li><li class="active">{esc(_cut(it.title, 60))}</li></ol>
<div class="panel panel-default panel-detail">
	<div class="panel-body">
		<h3 class="topic-detail">{esc(it.title)}</h3>
		<div class="info-detail text-muted">{" &nbsp;|&nbsp; ".join(info)}</div>
		<hr>
		{topic}
		<div class="detail-content">
{self.body_html(it)}{self.extra_body(it)}
		</div>
		{video}
		{self.gallery_html(it)}
		{self.files_html(it)}
		<div class="share-detail">
			<a href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank" class="btn btn-primary btn-sm"><i class="fa fa-facebook"></i> แชร์</a>
			<a href="https://social-plugins.line.me/lineit/share?url={enc}" target="_blank" class="btn btn-success btn-sm"><i class="fa fa-comment"></i> LINE</a>
			<a href="{self.print_path(it)}" target="_blank" class="btn btn-default btn-sm"><i class="fa fa-print"></i> พิมพ์</a>
		</div>
	</div>
</div>
<div class="other-detail">
	<h4 class="head-other">{menu} อื่นๆ</h4>
	<ul class="list-other">
{other_rows}
	</ul>
</div>
<a href="{back}" class="btn btn-default btn-sm"><i class="fa fa-chevron-left"></i> ย้อนกลับ</a>"""

    def detail_og(self, it: _Item) -> dict[str, str]:
        og = {
            "title": it.title,
            "description": _cut(" ".join(it.paragraphs)) if it.paragraphs else it.title,
            "url": self.b + self.detail_path(it, None),
        }
        if self.has_topic(it):
            og["image"] = self.b + self.topic_img(it)
        return og

    def detail_page(self, it: _Item, page: int | None) -> Response:
        path = self.detail_path(it, page)
        return self.page(path, self.detail_main(it, page), self.detail_og(it))

    def print_page(self, it: _Item) -> Response:
        files = ""
        if it.files:
            files = "<p><b>เอกสารแนบ :</b> " + ", ".join(esc(f) + ".pdf" for f in it.files) + "</p>"
        text = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{SITE}</title>
<link href="/public/themes/frontend/css/print.css" rel="stylesheet">
</head>
<body onload="window.print();">
<div class="print-head"><img src="/public/themes/frontend/images/logo.jpg" width="60" alt=""> <b>{SITE}</b><br>{DISTRICT}</div>
<hr>
<h3>{esc(it.title)}</h3>
<p class="print-date">วันที่ {self.date_line(it)}</p>
<div class="detail-content">
{self.body_html(it)}{self.extra_body(it)}
</div>
{files}
<hr>
<p class="print-foot">พิมพ์จากเว็บไซต์ {SITE} : {self.b}{self.detail_path(it, None)}</p>
</body>
</html>
"""
        return html_page(text, extra=self.headers(self.print_path(it)))

    def soft_404(self, path: str) -> Response:
        main = """<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active">ไม่พบข้อมูล</li></ol>
<div class="panel panel-default panel-detail">
	<div class="panel-body">
		<div class="alert alert-warning text-center"><i class="fa fa-exclamation-triangle"></i> ไม่พบข้อมูลที่ท่านต้องการ ข้อมูลอาจถูกลบหรือยกเลิกการเผยแพร่แล้ว</div>
		<p class="text-center"><a href="/" class="btn btn-default btn-sm">กลับหน้าแรก</a></p>
	</div>
</div>"""
        return self.page(path, main)

    # -- listings -----------------------------------------------------------------------------
    def pager(self, menu: int, p: int, last: int, total: int) -> str:
        if last <= 1:
            return f'<p class="text-muted small">ทั้งหมด {total} รายการ</p>'
        lis = []
        if p > 1:
            lis.append(f'<li><a href="{self.list_path(menu, 1)}">&laquo; หน้าแรก</a></li>')
            lis.append(f'<li><a href="{self.list_path(menu, p - 1)}">&lsaquo; ก่อนหน้า</a></li>')
        else:
            lis.append('<li class="disabled"><span>&laquo; หน้าแรก</span></li>')
            lis.append('<li class="disabled"><span>&lsaquo; ก่อนหน้า</span></li>')
        for n in range(1, last + 1):
            if n == p:
                lis.append(f'<li class="active"><span>{n}</span></li>')
            else:
                lis.append(f'<li><a href="{self.list_path(menu, n)}">{n}</a></li>')
        if p < last:
            lis.append(f'<li><a href="{self.list_path(menu, p + 1)}">ถัดไป &rsaquo;</a></li>')
            lis.append(f'<li><a href="{self.list_path(menu, last)}">หน้าสุดท้าย &raquo;</a></li>')
        else:
            lis.append('<li class="disabled"><span>ถัดไป &rsaquo;</span></li>')
            lis.append('<li class="disabled"><span>หน้าสุดท้าย &raquo;</span></li>')
        return f"""<div class="paginationControl text-center">
	<ul class="pagination pagination-sm">
		{"".join(lis)}
	</ul>
	<p class="text-muted small">ทั้งหมด {total} รายการ | หน้า {p}/{last}</p>
</div>"""

    def listing_main(self, menu: int, p: int) -> str:
        items = self.menu_items[menu]
        last = self.maxp(menu)
        chunk = items[(p - 1) * PER_PAGE : p * PER_PAGE]
        name = MENU_NAMES[menu]
        search = f"""<form class="form-inline search-list text-right" method="get" action="/public/list/data/search/menu/{menu}">
	<input type="text" name="keyword" class="form-control input-sm" placeholder="ค้นหา{name}">
	<button type="submit" class="btn btn-default btn-sm"><i class="fa fa-search"></i></button>
</form>"""
        if menu == M_NOTICE:
            rows = "\n".join(
                f'<tr><td class="text-center">{(p - 1) * PER_PAGE + k}</td><td><a class="listdataconfig_link" href="{self.detail_path(it, p)}">{esc(it.title)}</a></td><td class="text-nowrap">{self.date_line(it)}</td><td class="text-center"><a href="{self.file_path(it.id)}" target="_blank" title="ดาวน์โหลด"><i class="fa fa-file-pdf-o text-danger"></i></a></td></tr>'
                for k, it in enumerate(chunk, start=1)
            )
            body = f"""<table class="table table-striped table-hover table-list">
	<thead><tr><th class="text-center">ลำดับ</th><th>เรื่อง</th><th>วันที่ประกาศ</th><th class="text-center">เอกสาร</th></tr></thead>
	<tbody>
{rows}
	</tbody>
</table>"""
        elif menu == M_ABOUT:
            body = (
                '<ul class="list-data">\n'
                + "\n".join(
                    f'<li><a class="listdataconfig_link" href="{self.detail_path(it, p)}">{esc(it.title)}</a></li>'
                    for it in chunk
                )
                + "\n</ul>"
            )
        else:
            body = "\n".join(
                f"""<div class="row data-row">
	<div class="col-xs-4 col-sm-3"><a class="divimages" href="{self.detail_path(it, p)}"><img class="img-responsive img-thumbnail" src="{self.topic_img(it)}" alt="{attr(it.title)}"></a></div>
	<div class="col-xs-8 col-sm-9">
		<a class="listdataconfig_link" href="{self.detail_path(it, p)}"><h4 class="title-list">{esc(it.title)}</h4></a>
		<p class="text-muted small"><i class="fa fa-calendar"></i> {self.date_line(it)} &nbsp; <i class="fa fa-eye"></i> {_views(it.id)}</p>
		<p class="desc-list">{esc(_cut(" ".join(it.paragraphs))) if it.paragraphs else ""}</p>
	</div>
</div>"""
                for it in chunk
            )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active">{name}</li></ol>
<div class="head-title"><h3>{name}</h3></div>
{search}
{body}
{self.pager(menu, p, last, len(items))}"""

    def procure_main(self, year_be: int) -> str:
        rows = [r for r in PROCUREMENT if _fiscal_year(date.fromisoformat(r[1])) == year_be]
        rows.sort(key=lambda r: r[1], reverse=True)
        if rows:
            body = "\n".join(
                f'<tr><td class="text-center">{k}</td><td><a href="{self.file_path(rid)}" target="_blank">{esc(title)}</a></td><td class="text-nowrap">{thai_abbr(date.fromisoformat(day))}</td><td class="text-center"><a href="{self.file_path(rid)}" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></td></tr>'
                for k, (rid, day, title) in enumerate(rows, start=1)
            )
        else:
            body = '<tr><td colspan="4" class="text-center text-muted">ไม่พบข้อมูล</td></tr>'
        options = "".join(
            f'<option value="{y}"{" selected" if y == year_be else ""}>{y}</option>'
            for y in range(_fiscal_year(TODAY), 2564, -1)
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active">ประกาศจัดซื้อจัดจ้าง</li></ol>
<div class="head-title"><h3>ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ {year_be}</h3></div>
<form class="form-inline text-right" method="get" action="{self.procure_path()}" onsubmit="location.href='{self.procure_path()}/year/'+this.year.value;return false;">
	<label>ปีงบประมาณ</label> <select name="year" class="form-control input-sm">{options}</select>
	<button type="submit" class="btn btn-default btn-sm">แสดง</button>
</form>
<table class="table table-striped table-hover table-list">
	<thead><tr><th class="text-center">ลำดับ</th><th>เรื่อง</th><th>วันที่</th><th class="text-center">ไฟล์</th></tr></thead>
	<tbody>
{body}
	</tbody>
</table>
<div class="clearfix">
	<a href="{self.procure_path(year_be - 1)}" class="btn btn-default btn-sm pull-left">&laquo; ปีงบประมาณ {year_be - 1}</a>
	<a href="{self.procure_path(year_be + 1)}" class="btn btn-default btn-sm pull-right">ปีงบประมาณ {year_be + 1} &raquo;</a>
</div>
<p class="small">ตรวจสอบข้อมูลการจัดซื้อจัดจ้างเพิ่มเติมได้ที่ <a href="http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;deptId=6130805" target="_blank">ระบบ e-GP กรมบัญชีกลาง</a></p>"""

    def ita_main(self) -> str:
        pages = {p.id: p for p in self.menu_items[M_ITA]}
        rows = (
            ("O1", "โครงสร้างหน่วยงาน", self.detail_path(pages[31])),
            ("O2", "ข้อมูลผู้บริหาร", f"/public/personnel/data/index/menu/{M_PERSONNEL}"),
            ("O3", "อำนาจหน้าที่", self.detail_path(pages[32])),
            ("O4", "แผนพัฒนาท้องถิ่น", self.file_path(34)),
            ("O9", "ช่องทางการติดต่อ", f"/public/contact/data/index/menu/{M_CONTACT}"),
            ("O10", "ข่าวประชาสัมพันธ์", self.detail_path(pages[33])),
            ("O13", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", self.file_path(521)),
            ("O27", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"/public/complain/data/index/menu/{M_COMPLAIN}"),
        )
        body = "\n".join(
            f'<tr><td class="text-center"><b>{code}</b></td><td>{esc(name)}</td><td class="text-center"><a href="{href}" target="_blank"><i class="fa fa-link"></i> ลิงก์</a></td></tr>'
            for code, name, href in rows
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active">ITA</li></ol>
<div class="head-title"><h3>{MENU_NAMES[M_ITA]}</h3></div>
<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. 2567</p>
<table class="table table-bordered table-hover">
	<thead><tr><th class="text-center">ข้อ</th><th>ข้อมูล</th><th class="text-center">URL</th></tr></thead>
	<tbody>
{body}
	</tbody>
</table>"""

    def download_main(self) -> str:
        body = "\n".join(
            f'<tr><td class="text-center">{k}</td><td>{esc(name)}</td><td class="text-center"><a href="{self.file_path(fid)}" target="_blank"><i class="fa fa-download"></i> ดาวน์โหลด</a></td></tr>'
            for k, (fid, name) in enumerate(DOWNLOADS, start=1)
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active">ดาวน์โหลดเอกสาร</li></ol>
<div class="head-title"><h3>ดาวน์โหลดเอกสาร / แบบฟอร์ม</h3></div>
<table class="table table-striped">
	<thead><tr><th class="text-center">ลำดับ</th><th>ชื่อเอกสาร</th><th class="text-center">ไฟล์</th></tr></thead>
	<tbody>
{body}
	</tbody>
</table>"""

    def personnel_main(self) -> str:
        cards = "\n".join(
            f'<div class="col-sm-{12 if k == 0 else 6} text-center person"><img src="/public/list_upload/backend/personnel/p{k + 1}.jpg" class="img-thumbnail" alt="{attr(name)}"><h4>{esc(name)}</h4><p>{esc(pos)}</p></div>'
            for k, (name, pos) in enumerate(EXECUTIVES)
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active">คณะผู้บริหาร</li></ol>
<div class="head-title"><h3>คณะผู้บริหาร</h3></div>
<div class="row">
{cards}
</div>"""

    def contact_main(self) -> str:
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active">ติดต่อเรา</li></ol>
<div class="head-title"><h3>ติดต่อเรา</h3></div>
<p><b>{SITE}</b><br>{ADDRESS}</p>
<p><i class="fa fa-phone"></i> <a href="tel:025934417">{PHONE}</a> &nbsp; <i class="fa fa-fax"></i> {FAX}<br><i class="fa fa-envelope"></i> <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>
<div class="embed-responsive embed-responsive-4by3"><iframe class="embed-responsive-item" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3870.2!2d100.44!3d14.08!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" allowfullscreen></iframe></div>
<h4>ส่งข้อความถึงเจ้าหน้าที่</h4>
<form method="post" action="/public/contact/data/send/menu/{M_CONTACT}">
	<div class="form-group"><label>ชื่อ-นามสกุล</label><input type="text" name="name" class="form-control"></div>
	<div class="form-group"><label>อีเมล</label><input type="email" name="email" class="form-control"></div>
	<div class="form-group"><label>ข้อความ</label><textarea name="message" rows="4" class="form-control"></textarea></div>
	<button type="submit" class="btn btn-primary">ส่งข้อความ</button>
</form>"""

    def complain_main(self) -> str:
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active">ร้องเรียน/ร้องทุกข์</li></ol>
<div class="head-title"><h3>ร้องเรียน/ร้องทุกข์ และแจ้งเบาะแสการทุจริต</h3></div>
<p>ท่านสามารถแจ้งเรื่องร้องเรียนได้ทางแบบฟอร์มนี้ ทางโทรศัพท์ {PHONE} หรือด้วยตนเองที่ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดเทศบาล ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form method="post" action="/public/complain/data/send/menu/{M_COMPLAIN}" enctype="multipart/form-data">
	<div class="form-group"><label>ประเภทเรื่อง</label><select name="type" class="form-control"><option>เรื่องร้องเรียนทั่วไป</option><option>ร้องเรียนการทุจริตและประพฤติมิชอบ</option></select></div>
	<div class="form-group"><label>ชื่อผู้ร้องเรียน</label><input type="text" name="name" class="form-control"></div>
	<div class="form-group"><label>รายละเอียด</label><textarea name="detail" rows="5" class="form-control"></textarea></div>
	<div class="form-group"><label>ไฟล์แนบ</label><input type="file" name="file"></div>
	<button type="submit" class="btn btn-danger">ส่งเรื่อง</button>
</form>"""

    def home_main(self) -> str:
        acts = self.menu_items[M_ACTIVITY]
        slides = "\n".join(
            f'<div class="item{" active" if k == 0 else ""}"><a href="{self.detail_path(it)}"><img src="{self.topic_img(it)}" alt="{attr(it.title)}"></a><div class="carousel-caption"><h4>{esc(it.title)}</h4></div></div>'
            for k, it in enumerate(acts[:3])
        )
        news = "\n".join(
            f"""<div class="col-sm-6 box-news">
		<a href="{self.detail_path(it)}" class="divimages"><img src="{self.topic_img(it)}" class="img-responsive" alt="{attr(it.title)}"></a>
		<h5><a href="{self.detail_path(it)}">{esc(it.title)}</a></h5>
		<p class="text-muted small"><i class="fa fa-calendar"></i> {self.date_line(it)}</p>
	</div>"""
            for it in self.menu_items[M_NEWS][:HOME_NEWS]
        )
        thumbs = "\n".join(
            f'<div class="col-xs-6 col-sm-3 box-activity"><a href="{self.detail_path(it)}"><img src="{self.topic_img(it)}" class="img-responsive img-thumbnail" alt="{attr(it.title)}"><span>{esc(it.title)}</span></a><p class="text-muted small">{self.date_line(it)}</p></div>'
            for it in acts[:HOME_ACTIVITY]
        )
        notices = "\n".join(
            f'<tr><td><i class="fa fa-bullhorn"></i> <a href="{self.detail_path(it)}">{esc(it.title)}</a></td><td class="text-nowrap small">{self.date_line(it)}</td></tr>'
            for it in self.menu_items[M_NOTICE][:HOME_NOTICE]
        )
        procure = "\n".join(
            f'<tr><td><i class="fa fa-file-pdf-o text-danger"></i> <a href="{self.file_path(rid)}" target="_blank">{esc(title)}</a></td><td class="text-nowrap small">{thai_abbr(date.fromisoformat(day))}</td></tr>'
            for rid, day, title in sorted(PROCUREMENT, key=lambda r: r[1], reverse=True)[:5]
        )
        return f"""<div id="carousel-home" class="carousel slide" data-ride="carousel">
	<div class="carousel-inner" role="listbox">
{slides}
	</div>
	<a class="left carousel-control" href="#carousel-home" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
	<a class="right carousel-control" href="#carousel-home" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
<div class="box-home">
	<div class="head-home"><h3>ข่าวประชาสัมพันธ์</h3><a href="{self.list_path(M_NEWS)}" class="more">ดูทั้งหมด</a></div>
	<div class="row">
{news}
	</div>
</div>
<div class="box-home">
	<div class="head-home"><h3>ข่าวกิจกรรม</h3><a href="{self.list_path(M_ACTIVITY)}" class="more">ดูทั้งหมด</a></div>
	<div class="row">
{thumbs}
	</div>
</div>
<div class="row">
	<div class="col-sm-6 box-home">
		<div class="head-home"><h3>ประกาศเทศบาล</h3><a href="{self.list_path(M_NOTICE)}" class="more">ดูทั้งหมด</a></div>
		<table class="table table-condensed">
{notices}
		</table>
	</div>
	<div class="col-sm-6 box-home">
		<div class="head-home"><h3>ประกาศจัดซื้อจัดจ้าง</h3><a href="{self.procure_path()}" class="more">ดูทั้งหมด</a></div>
		<table class="table table-condensed">
{procure}
		</table>
	</div>
</div>
<div class="box-home">
	<div class="head-home"><h3>วีดิทัศน์แนะนำเทศบาล</h3></div>
	<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/Qm7rT4v0aZc" frameborder="0" allowfullscreen></iframe></div>
</div>"""

    # -- registration ------------------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        self.media()
        site.add(
            "/robots.txt",
            Response(
                200,
                (("Content-Type", "text/plain"),),
                b"User-agent: *\nDisallow: /backend/\nDisallow: /public/list/data/search/\n",
            ),
        )
        site.add("/", html_page(self.frame(self.home_main(), home=True), extra=self.headers("/")))
        self.non_articles.append(b + "/")
        for path in ("/index.php", "/public/", "/public/index.php"):
            site.add(path, redirect(b + "/"))
        # items of the list menus: every /page/P variant, the page-less URL and the print view
        for it in ITEMS + PAGES:
            variants = [None, *range(1, self.maxp(it.menu) + 1)]
            for page in variants:
                site.add(self.detail_path(it, page), self.detail_page(it, page))
            site.add(self.print_path(it), self.print_page(it))
            if it.legacy:
                site.add(f"/archives/{it.legacy}", redirect(b + self.detail_path(it, None)))
            linked = [b + self.detail_path(it, page) for page in variants if page is not None]
            if not it.gold:
                self.non_articles += linked + [b + self.print_path(it)]
                continue
            aliases = [*linked, b + self.print_path(it)]
            if it.legacy:
                aliases.append(f"{b}/archives/{it.legacy}")
            site.articles.append(
                FixtureArticle(
                    url=b + self.detail_path(it, None),
                    aliases=tuple(aliases),
                    title=it.title,
                    paragraphs=it.paragraphs,
                    published=it.date,
                    author=it.author,
                    captions=(),
                )
            )
        site.articles.sort(key=lambda a: a.published)
        site.add(f"/archives/{UNMIGRATED_LEGACY}", redirect(b + "/", status=302))
        for path in LEGACY_BROKEN.values():
            site.broken_links.append(b + path)
        # The deleted item answers 200 ("ไม่พบข้อมูล", made by dynamic): a non-article, not a broken link.
        self.non_articles.append(f"{b}/public/list/data/detail/id/{DELETED_ID}/menu/{M_NEWS}/page/1")
        # listings
        for menu in (M_NEWS, M_ACTIVITY, M_NOTICE, M_ABOUT):
            last = self.maxp(menu)
            self.add_page(self.list_path(menu), self.listing_main(menu, 1))
            for p in range(1, last + 1):
                self.add_page(self.list_path(menu, p), self.listing_main(menu, p), listed=last > 1)
        self.add_page(self.procure_path(), self.procure_main(_fiscal_year(TODAY)))
        self.add_page(self.list_path(M_ITA), self.ita_main())
        self.add_page(self.list_path(M_DOWNLOAD), self.download_main())
        self.add_page(f"/public/personnel/data/index/menu/{M_PERSONNEL}", self.personnel_main())
        self.add_page(f"/public/contact/data/index/menu/{M_CONTACT}", self.contact_main())
        self.add_page(f"/public/complain/data/index/menu/{M_COMPLAIN}", self.complain_main())
        self.add_page(self.cal_path(), self.calendar_main(TODAY.year + 543, TODAY.month))
        for e in EVENTS:
            self.add_page(self.event_path(e), self.event_main(e))
        site.non_articles = self.non_articles
        site.trap_patterns = [
            rf"^/public/event/data/index/menu/{M_CALENDAR}/month/\d+/year/\d+",
            rf"^/public/list/data/index/menu/{M_PROCURE}/year/\d+",
        ]
        site.dynamic = self.dynamic
        site.not_found = Response(
            404,
            (("Content-Type", UTF8_HTML), ("X-Powered-By", "PHP/5.6.40-0+deb8u12")),
            b'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Zend Framework Default Application</title>\n</head>\n<body>\n  <h1>An error occurred</h1>\n  <h2>Page not found</h2>\n</body>\n</html>\n',
        )

    def media(self) -> None:
        site = self.site
        for it in ITEMS + PAGES:
            if self.has_topic(it):
                add_jpeg(site, self.topic_img(it), 800, 533, it.dt)
            for k in range(1, it.photos + 1):
                add_jpeg(site, self.pic(it, k), 1024, 683, it.dt)
            for k, _name in enumerate(it.files, start=1):
                add_pdf(
                    site,
                    self.file_path(it.id, k),
                    f"Wang Takhian Ngam: document {it.id}-{k}",
                    [f"Municipal notice no. {it.id}/{it.d.year + 543}", f"Dated {it.date}"],
                    it.dt,
                )
        for rid, day, _title in PROCUREMENT:
            d = date.fromisoformat(day)
            add_pdf(
                site,
                self.file_path(rid),
                f"Procurement announcement {rid}",
                [f"Fiscal year {_fiscal_year(d)}", f"Dated {day}"],
                local_dt(day, "10:00"),
            )
        for fid, _name in DOWNLOADS:
            add_pdf(
                site, self.file_path(fid), f"Form {fid}", ["Wang Takhian Ngam Subdistrict Municipality"], SITE_LAUNCH
            )
        add_pdf(
            site,
            self.file_path(34),
            "Local Development Plan 2566-2570",
            ["Wang Takhian Ngam Subdistrict Municipality"],
            SITE_LAUNCH,
        )
        for k in range(1, len(EXECUTIVES) + 1):
            add_jpeg(site, f"/public/list_upload/backend/personnel/p{k}.jpg", 300, 400, SITE_LAUNCH)
        for name, w, h in (
            ("logo", 160, 160),
            ("banner-ita", 300, 100),
            ("banner-dla", 300, 100),
            ("banner-egp", 300, 100),
            ("banner-oic", 300, 100),
        ):
            add_jpeg(site, f"/public/themes/frontend/images/{name}.jpg", w, h, SITE_LAUNCH)
        add_gif(site, "/public/themes/frontend/images/bullet.gif", SITE_LAUNCH)
        add_gif(site, "/public/themes/frontend/images/counter.gif", SITE_LAUNCH)
        for path, ctype in (
            ("/public/themes/frontend/css/bootstrap.min.css", "text/css"),
            ("/public/themes/frontend/css/font-awesome.min.css", "text/css"),
            ("/public/themes/frontend/css/jquery.fancybox.min.css", "text/css"),
            ("/public/themes/frontend/css/style.css?v=20230301", "text/css"),
            ("/public/themes/frontend/css/print.css", "text/css"),
            ("/public/themes/frontend/js/jquery-1.12.4.min.js", "application/javascript"),
            ("/public/themes/frontend/js/bootstrap.min.js", "application/javascript"),
            ("/public/themes/frontend/js/jquery.fancybox.min.js", "application/javascript"),
        ):
            add_text(site, path, "/* minified */\n", ctype)

    # -- made on request ------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        path = unquote(urlsplit(target).path)
        if path != "/" and path.endswith("/"):
            path = path.rstrip("/")  # the Zend router ignores a trailing slash
            if self.site.has(path):
                return self.site.route(path)
        m = re.fullmatch(rf"/public/event/data/index/menu/{M_CALENDAR}/month/(\d{{1,2}})/year/(\d{{4}})", path)
        if m:
            month, year_be = int(m.group(1)), int(m.group(2))
            if 1 <= month <= 12 and 1000 <= year_be <= 9999:
                return self.page(path, self.calendar_main(year_be, month))
            return None
        m = re.fullmatch(rf"/public/list/data/index/menu/{M_PROCURE}/year/(\d{{4}})", path)
        if m:
            return self.page(path, self.procure_main(int(m.group(1))))
        m = re.fullmatch(r"/public/list/data/detail/id/(\d{1,7})/menu/(\d{1,5})(?:/page/(\d{1,4}))?", path)
        if m:
            it = self.by_key.get((int(m.group(1)), int(m.group(2))))
            if it is None:
                return self.soft_404(path)
            page = int(m.group(3)) if m.group(3) else None
            return self.page(path, self.detail_main(it, page), self.detail_og(it))
        m = re.fullmatch(r"/public/list/data/index/menu/(\d+)/page/(\d{1,4})", path)
        if m and int(m.group(1)) in (M_NEWS, M_ACTIVITY, M_NOTICE, M_ABOUT):
            menu = int(m.group(1))
            p = min(max(int(m.group(2)), 1), self.maxp(menu))  # Zend_Paginator clamps the page number
            return self.page(path, self.listing_main(menu, p))
        return None

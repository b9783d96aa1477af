# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""bitrix_portal: a เทศบาลเมือง portal on 1C-Bitrix "Site Management" (Управление сайтом), Thai language pack.

CMS imitated: 1C-Bitrix Site Management 22.x ("Standard" edition) as a Thai vendor (fictional "วังทิพย์ไอที") set it
up on BitrixVM: nginx in front of Apache + PHP 7.4 (``Server: nginx``, ``X-Powered-CMS: Bitrix Site Manager``,
Bitrix's ``P3P`` header, a ``PHPSESSID`` cookie), ``BX_DISABLE_INDEX_PAGE`` on (``$APPLICATION->GetCurPage()``
drops ``index.php``), a site template ``wnt_muni`` in ``/bitrix/templates/`` with the default ``news``,
``news.list``, ``news.detail``, ``news.calendar``, ``search.page``, ``search.tags.cloud``, ``advertising.banner``,
``system.auth.form`` and ``breadcrumb`` components (templates translated and lightly edited by the vendor).  All
text is written for this fixture.

เทศบาลเมืองวังน้ำทิพย์ (fictional), อำเภอวังน้ำทิพย์ (fictional) จังหวัดนครราชสีมา.  UTF-8.  TODAY is 2024-07-20.

URL shapes
* News: infoblock 1 "ข่าวประชาสัมพันธ์" shown by the complex ``bitrix:news`` component on ``/news/index.php`` in
  NON-SEF mode with DETAIL_URL ``/news/index.php?ELEMENT_ID=#ELEMENT_ID#`` and SECTION_URL
  ``/news/index.php?SECTION_ID=#SECTION_ID#``; the infoblock's own DETAIL_PAGE_URL is the SEF form
  ``#SITE_DIR#/news/#ELEMENT_ID#/`` (urlrewrite.php maps ``#^/news/([0-9]+)/#`` to the same script), used by the home
  page list, "ข่าวอื่น ๆ", the RSS, the search results, the (stale) sitemap and ``rel=canonical``.  Gold URL: the SEF
  ``/news/N/``; aliases ``/news/index.php?ELEMENT_ID=N`` and the print (``?print=Y``) and ``?clear_cache=Y`` copies
  the template links from both forms (``GetCurPageParam`` puts the new parameter FIRST:
  ``/news/?print=Y&ELEMENT_ID=N``, ``/news/N/?print=Y&clear_cache=Y``).
* Listings: ``/news/`` (5 a page) paginated by the "modern" pager ``?PAGEN_1=N``, a page-size switch
  "แสดงหน้าละ 5 | 10 | 20" writing ``?PAGEN_1=<page>&SIZEN_1=<size>`` (Bitrix clamps a page past the end to the last
  page, so ``?PAGEN_1=4&SIZEN_1=20`` is page 1); sections ``/news/?SECTION_ID=4|5|6`` (left menu) and
  ``/news/index.php?SECTION_ID=N`` (component links), also paginated.  The pager drops ``clear_cache`` but keeps
  ``print``.
* Announcements / procurement: infoblock 2 on its own pages: ``/announce/`` (a table, 3 a page; a "ข่าวล่าสุด"
  news.list above it takes pager number 1, so the table pages are ``?PAGEN_2=N``) and ``/announce/detail.php?ID=N``
  (gold; print / clear_cache copies as aliases), PDF attachments under ``/upload/iblock/<3 hex>/<file>.pdf``.
* Events: infoblock 3 under ``/events/`` (vendor-edited ``news.calendar``: ``?year=<พ.ศ.>&month=M``) and
  ``/events/detail.php?ID=N`` (non-articles).
* Standing pages (non-articles; their ``?print=Y`` copies too): ``/about/``, ``/about/history.php``,
  ``/about/structure.php``, ``/contacts/``, ``/ita/`` (ITA table: PDFs under ``/upload/iblock/``, three of them
  gone: 404), ``/search/`` (form).  ``/index.php`` = ``/``, ``/news/index.php`` = ``/news/``.
* Every page of the main template: top menu, search form, the print link ``?print=Y``, the login link
  ``/auth/?backurl=<urlencoded current page>``, breadcrumb, left menu, advertising banners through
  ``/bitrix/rk.php?id=N&...&goto=<urlencoded address>`` (302: two to external sites, one to a post, one to the
  e-GP site), a footer "อัปเดตข้อมูล" link ``?clear_cache=Y`` (a copy of the page), a visitor counter.
  ``/news/rss/``: rss.out of the latest 10 news.  ``/sitemap.xml`` (named in robots.txt) is the SEO module's
  index of June 2023: ``sitemap_files.xml`` + ``sitemap_iblock_1.xml`` (the news of that time only, one of them
  since deleted: 404; a standing page since deleted: 404).  Unknown URLs: ``/404.php`` in the template, status 404.
* robots.txt: the SEO module's partial list (``/bitrix/``, ``/upload/tmp/``, ``/personal/`` and wildcard lines
  for ``clear_cache=`` and the debug parameters) + ``Sitemap:``.

Gold articles: 24 elements 2022-01-18 .. 2024-07-16, oldest first: 17 news (sections 4 ข่าวประชาสัมพันธ์,
5 ข่าวกิจกรรม, 6 สาธารณสุขและสิ่งแวดล้อม) and 7 announcements.  Element ids are global across infoblocks (Bitrix
``b_iblock_element``), so they grow with time across both.  Post template: ``<h1 id="pagetitle">`` in the site
template, a date line either ``DD.MM.YYYY`` (Bitrix's FORMAT_DATE) or, where the vendor's THAI_DATE property is
filled, ``15 มีนาคม 2567``; ``ผู้เข้าชม N``; DETAIL_PICTURE and MORE_PHOTO in ``<div class="news-detail-picture">``
with the description under the image (the captions); DETAIL_TEXT as visual-editor ``<p>``, ``&nbsp;``-indented
``<p>`` or plain text with ``<br />``; tags to ``/search/?tags=``; share buttons; "← กลับไปที่รายการข่าว";
"ข่าวอื่น ๆ" (the 5 newest other news).  No author shown.

Traps (``trap_patterns``, answered by ``dynamic``)
* ``/search/?q=<word>&where=&how=r`` (+ ``how=d``, ``&PAGEN_1=N``) and tag searches ``?tags=<a>,<b>,...``: the tag
  cloud inherits the current tags (TAGS_INHERIT), so every result page links longer tag lists without end;
* ``/events/?year=<พ.ศ.>&month=M``: any month of 2300-2900, each linking the previous and next month;
* ``/auth/?backurl=<current page>``: on every page; on the login page itself the link nests its own address;
* ``/bitrix/rk.php?id=N&...&goto=``: banner click counters redirecting to their targets.
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlencode, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, local_dt, thai_long
from .common import add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "bitrix_portal"
SITE = "เทศบาลเมืองวังน้ำทิพย์"
SITE_SHORT = "ทม.วังน้ำทิพย์"
DISTRICT = "อำเภอวังน้ำทิพย์ จังหวัดนครราชสีมา"
ADDRESS = "เลขที่ 199 ถนนเทศบาล 1 ตำบลวังน้ำทิพย์ อำเภอวังน้ำทิพย์ จังหวัดนครราชสีมา 30370"
PHONE = "0 4424 1150"
FAX = "0 4424 1151"
EMAIL = "saraban@wangnamthip.go.th"
MAYOR = "นายสมชาย ทิพย์ธารา"
TODAY = date(2024, 7, 20)
NOW = datetime(2024, 7, 20, 10, 0, tzinfo=BANGKOK)
LAUNCH = datetime(2021, 10, 1, 9, 0, tzinfo=BANGKOK)
TPL = "/bitrix/templates/wnt_muni"
CT = "text/html; charset=UTF-8"
NEWS_SIZE = 5
SIZES = (5, 10, 20)
ANN_SIZE = 3
SEARCH_SIZE = 5
CSS = f"/bitrix/cache/css/s1/wnt_muni/template_5c8e1f0a9b/template_5c8e1f0a9b.css?{int(LAUNCH.timestamp()) + 86000}"
CORE_JS = "/bitrix/js/main/core/core.min.js?1663213541"
DELETED_NEWS = 139
BASE_HEADERS = (
    ("Content-Type", CT),
    ("X-Powered-By", "PHP/7.4.33"),
    ("X-Powered-CMS", "Bitrix Site Manager (3f0e6c3bd8c0b8d2b7a3f5c1e2d49a71)"),
    ("P3P", 'policyref="/bitrix/p3p.xml", CP="NON DSP COR CUR ADM DEV PSA PSD OUR UNR BUS UNI COM NAV INT DEM STA"'),
    ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
    ("Cache-Control", "no-store, no-cache, must-revalidate"),
    ("Pragma", "no-cache"),
)

SECTIONS = {4: "ข่าวประชาสัมพันธ์", 5: "ข่าวกิจกรรม", 6: "สาธารณสุขและสิ่งแวดล้อม"}
ANN_TYPES = {1: "ประกาศจัดซื้อจัดจ้าง", 2: "ประกาศผลการจัดซื้อจัดจ้าง", 3: "ประกาศรับสมัครงาน", 4: "ประกาศทั่วไป"}
ANN_DEPTS = {1: "งานพัสดุ กองคลัง", 2: "งานพัสดุ กองคลัง", 3: "งานการเจ้าหน้าที่ สำนักปลัดเทศบาล", 4: "กองการศึกษา"}


@dataclass(frozen=True)
class _Post:
    id: int
    day: str  # ISO date, Bangkok (ACTIVE_FROM)
    hm: str
    kind: str  # "news" (iblock 1) | "announce" (iblock 2)
    group: int  # news: IBLOCK_SECTION_ID; announce: TYPE property
    title: str
    paragraphs: tuple[str, ...]
    thai_date: bool = False  # the THAI_DATE property is filled: "15 มีนาคม 2567" instead of "15.03.2024"
    style: str = "p"  # p (visual editor) | nbsp (indented <p>) | br (plain text, <br />)
    photos: tuple[str, ...] = ()  # DETAIL_PICTURE then MORE_PHOTO descriptions ("" = none)
    tags: tuple[str, ...] = ()
    pdf: str = ""  # announce: attached file name

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def captions(self) -> tuple[str, ...]:
        return tuple(c for c in self.photos if c)


def _n(id_: int, day: str, hm: str, sec: int, title: str, paras: tuple[str, ...], **kw: object) -> _Post:
    return _Post(id_, day, hm, "news", sec, title, paras, **kw)  # type: ignore[arg-type]


def _a(id_: int, day: str, hm: str, typ: str | int, title: str, paras: tuple[str, ...], **kw: object) -> _Post:
    return _Post(id_, day, hm, "announce", int(typ), title, paras, **kw)  # type: ignore[arg-type]


POSTS: tuple[_Post, ...] = (
    _n(
        118,
        "2022-01-18",
        "09:15",
        4,
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2565",
        (
            "กองคลัง เทศบาลเมืองวังน้ำทิพย์ ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลทราบว่า เทศบาลได้จัดส่งแบบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2565 ไปยังผู้เสียภาษีทุกรายแล้ว",
            "ผู้เสียภาษีสามารถชำระได้ที่ช่องบริการรับชำระเงิน ชั้น 1 สำนักงานเทศบาลเมืองวังน้ำทิพย์ ในวันและเวลาราชการ หรือชำระผ่านแอปพลิเคชันธนาคารด้วยการสแกนคิวอาร์โค้ดที่พิมพ์ไว้บนแบบแจ้งการประเมิน ภายในวันที่ 30 เมษายน 2565",
            "หากชำระเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 สอบถามรายละเอียดได้ที่งานพัฒนารายได้ กองคลัง โทร 0 4424 1150 ต่อ 112",
        ),
        tags=("ภาษี", "กองคลัง"),
    ),
    _n(
        131,
        "2022-03-29",
        "10:40",
        5,
        "เทศบาลเมืองวังน้ำทิพย์จัดกิจกรรม Big Cleaning Day ทำความสะอาดตลาดสดเทศบาล",
        (
            "เมื่อวันอังคารที่ 29 มีนาคม 2565 นายกเทศมนตรีเมืองวังน้ำทิพย์ นำคณะผู้บริหาร พนักงานเทศบาล และผู้ค้าในตลาดสดเทศบาล ร่วมกันทำความสะอาดครั้งใหญ่ (Big Cleaning Day) ตั้งแต่เวลา 06.00 น.",
            "กิจกรรมประกอบด้วยการล้างทำความสะอาดแผงจำหน่ายสินค้า ลอกท่อระบายน้ำรอบตลาด ฉีดพ่นน้ำยาฆ่าเชื้อในพื้นที่ส่วนกลาง และคัดแยกขยะที่ตกค้างออกจากพื้นที่ รวมปริมาณขยะที่จัดเก็บได้ประมาณ 2.5 ตัน",
            "เทศบาลจะจัดกิจกรรมลักษณะนี้ทุกวันอังคารสุดท้ายของเดือน และขอความร่วมมือผู้ค้าทุกรายรักษาความสะอาดแผงค้าของตนเองอย่างสม่ำเสมอ",
        ),
        style="br",
        photos=("ผู้ค้าและพนักงานเทศบาลร่วมกันล้างทำความสะอาดแผงค้าในตลาดสดเทศบาล",),
        tags=("ตลาดสด", "สิ่งแวดล้อม"),
    ),
    _n(
        146,
        "2022-06-14",
        "14:05",
        6,
        "รณรงค์ป้องกันโรคไข้เลือดออกในชุมชนเขตเทศบาล ประจำปี 2565",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองวังน้ำทิพย์ ร่วมกับโรงพยาบาลวังน้ำทิพย์และอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ทั้ง 14 ชุมชน ออกรณรงค์ป้องกันและควบคุมโรคไข้เลือดออกในช่วงต้นฤดูฝน",
            "เจ้าหน้าที่ได้ออกพ่นหมอกควันกำจัดยุงลายในชุมชน โรงเรียน วัด และสถานที่ราชการ พร้อมแจกทรายกำจัดลูกน้ำยุงลายให้ทุกครัวเรือน และแนะนำมาตรการ 3 เก็บ ได้แก่ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด",
            "ขอให้ประชาชนสำรวจและทำลายแหล่งเพาะพันธุ์ยุงลายในบ้านทุก 7 วัน หากมีไข้สูงลอยติดต่อกันเกิน 2 วัน ควรรีบไปพบแพทย์ และไม่ควรซื้อยาลดไข้กลุ่มแอสไพรินหรือไอบูโพรเฟนรับประทานเอง",
        ),
        thai_date=True,
        tags=("ไข้เลือดออก", "สาธารณสุข"),
    ),
    _a(
        152,
        "2022-08-09",
        "10:00",
        1,
        "ประกาศเทศบาลเมืองวังน้ำทิพย์ เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังทิพย์ 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "เทศบาลเมืองวังน้ำทิพย์ มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังทิพย์ 5 ผิวจราจรกว้าง 5.00 เมตร ยาว 380 เมตร หนา 0.15 เมตร หรือมีพื้นที่ไม่น้อยกว่า 1,900 ตารางเมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางของงานก่อสร้างเป็นเงิน 1,180,000.00 บาท",
            "ผู้สนใจสามารถขอรับเอกสารประกวดราคาอิเล็กทรอนิกส์ได้ที่เว็บไซต์ www.gprocurement.go.th ตั้งแต่วันที่ 9 สิงหาคม 2565 ถึงวันที่ 17 สิงหาคม 2565 และยื่นข้อเสนอในวันที่ 18 สิงหาคม 2565 ระหว่างเวลา 08.30 น. ถึง 16.30 น.",
            "ประกาศ ณ วันที่ 9 สิงหาคม พ.ศ. 2565",
        ),
        pdf="e-bidding-road-soi5-2565.pdf",
        tags=("e-bidding", "ถนน"),
    ),
    _n(
        167,
        "2022-11-08",
        "21:30",
        5,
        "งานประเพณีลอยกระทง ประจำปี 2565 ณ สวนสาธารณะหนองน้ำทิพย์",
        (
            "คืนวันอังคารที่ 8 พฤศจิกายน 2565 เทศบาลเมืองวังน้ำทิพย์ จัดงานประเพณีลอยกระทง ประจำปี 2565 ณ สวนสาธารณะหนองน้ำทิพย์ โดยมีประชาชนทั้งในและนอกเขตเทศบาลร่วมงานอย่างคึกคัก",
            "ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ และการแสดงศิลปวัฒนธรรมของนักเรียนโรงเรียนในสังกัดเทศบาล ผลการประกวดกระทงประเภทสวยงาม รางวัลชนะเลิศได้แก่ชุมชนตลาดเก่า",
            "เทศบาลได้จัดเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยและอาสาสมัครกู้ภัยประจำจุดรอบหนองน้ำตลอดงาน และเก็บกระทงออกจากแหล่งน้ำในเช้าวันรุ่งขึ้นได้ทั้งสิ้น 3,812 ใบ ส่วนใหญ่เป็นกระทงจากต้นกล้วยและใบตอง",
        ),
        thai_date=True,
        photos=("บรรยากาศการลอยกระทงริมหนองน้ำทิพย์", "การประกวดนางนพมาศ ประจำปี 2565", ""),
        tags=("ประเพณี", "ลอยกระทง"),
    ),
    _n(
        174,
        "2023-01-14",
        "08:30",
        5,
        "เทศบาลเมืองวังน้ำทิพย์จัดงานวันเด็กแห่งชาติ ประจำปี 2566",
        (
            'วันเสาร์ที่ 14 มกราคม 2566 เทศบาลเมืองวังน้ำทิพย์ จัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ สนามกีฬาเทศบาล ภายใต้คำขวัญวันเด็ก "หนูน้อยยุคใหม่ ใฝ่รู้ คู่คุณธรรม นำพาสังคม"',
            "ภายในงานมีซุ้มเกมและกิจกรรมจากหน่วยงานต่าง ๆ กว่า 30 ซุ้ม การแสดงบนเวทีของเด็กนักเรียน การจับรางวัลของขวัญ และรถดับเพลิงของเทศบาลที่เปิดให้เด็ก ๆ ได้ขึ้นชมอย่างใกล้ชิด",
            "นายกเทศมนตรีได้มอบทุนการศึกษาให้แก่นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 40 ทุน ทุนละ 1,000 บาท และขอบคุณผู้สนับสนุนของรางวัลทุกท่าน",
        ),
        style="nbsp",
        photos=("เด็ก ๆ ร่วมกิจกรรมซุ้มเกมภายในงานวันเด็ก",),
        tags=("วันเด็ก", "การศึกษา"),
    ),
    _a(
        179,
        "2023-02-20",
        "13:00",
        3,
        "ประกาศเทศบาลเมืองวังน้ำทิพย์ เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตำแหน่งผู้ช่วยครูผู้ดูแลเด็ก",
        (
            "ด้วยเทศบาลเมืองวังน้ำทิพย์ ประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยครูผู้ดูแลเด็ก สังกัดกองการศึกษา จำนวน 2 อัตรา ค่าตอบแทนเดือนละ 9,400 บาท",
            "ผู้สมัครต้องมีวุฒิการศึกษาไม่ต่ำกว่าประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.) หรือเทียบเท่า และมีคุณสมบัติทั่วไปตามประกาศคณะกรรมการพนักงานเทศบาลจังหวัด สามารถยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัดเทศบาล ระหว่างวันที่ 1 - 10 มีนาคม 2566 ในวันและเวลาราชการ",
            "ประกาศ ณ วันที่ 20 กุมภาพันธ์ พ.ศ. 2566",
        ),
        thai_date=True,
        pdf="recruit-2566-01.pdf",
        tags=("รับสมัครงาน",),
    ),
    _n(
        188,
        "2023-04-12",
        "16:10",
        5,
        "สืบสานประเพณีสงกรานต์ รดน้ำดำหัวผู้สูงอายุ ประจำปี 2566",
        (
            "เทศบาลเมืองวังน้ำทิพย์ จัดกิจกรรมสืบสานประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ ประจำปี 2566 เมื่อวันพุธที่ 12 เมษายน 2566 ณ ลานวัฒนธรรมหน้าสำนักงานเทศบาล",
            "กิจกรรมเริ่มด้วยพิธีสรงน้ำพระพุทธรูปประจำเมือง ขบวนแห่นางสงกรานต์จากทั้ง 14 ชุมชน และพิธีรดน้ำขอพรผู้สูงอายุ โดยมีผู้สูงอายุเข้าร่วมกว่า 350 คน",
            "คณะผู้บริหารได้มอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุ 90 ปีขึ้นไป จำนวน 22 คน และขอเชิญชวนประชาชนเล่นน้ำสงกรานต์อย่างสุภาพ ไม่ขับขี่ยานพาหนะหลังดื่มเครื่องดื่มแอลกอฮอล์",
        ),
        thai_date=True,
        photos=("คณะผู้บริหารรดน้ำขอพรผู้สูงอายุ ณ ลานวัฒนธรรม", "ขบวนแห่นางสงกรานต์ของชุมชน"),
        tags=("ประเพณี", "สงกรานต์", "ผู้สูงอายุ"),
    ),
    _n(
        196,
        "2023-05-25",
        "11:20",
        6,
        "บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี แก่สุนัขและแมวในเขตเทศบาล",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองวังน้ำทิพย์ ออกให้บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าแก่สุนัขและแมวโดยไม่เสียค่าใช้จ่าย ตามโครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า",
            "เจ้าหน้าที่จะหมุนเวียนให้บริการในทุกชุมชน ระหว่างวันที่ 25 พฤษภาคม ถึงวันที่ 9 มิถุนายน 2566 เวลา 08.30 - 12.00 น. ตามตารางที่ประธานชุมชนแจ้งไว้ เจ้าของสัตว์สามารถนำสัตว์เลี้ยงมารับบริการได้ที่ศาลาประจำชุมชน",
            "สัตว์ที่ได้รับวัคซีนจะได้รับบัตรประจำตัวสัตว์ และขอให้เจ้าของสัตว์ลงทะเบียนสุนัขและแมวกับเทศบาลตามเทศบัญญัติการควบคุมการเลี้ยงสัตว์ พ.ศ. 2563",
        ),
        style="br",
        tags=("สาธารณสุข", "วัคซีน"),
    ),
    _a(
        203,
        "2023-06-30",
        "14:30",
        2,
        "ประกาศเทศบาลเมืองวังน้ำทิพย์ เรื่อง ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุการศึกษาสำหรับศูนย์พัฒนาเด็กเล็กเทศบาล โดยวิธีเฉพาะเจาะจง",
        (
            "ตามที่เทศบาลเมืองวังน้ำทิพย์ ได้มีโครงการซื้อวัสดุการศึกษาสำหรับศูนย์พัฒนาเด็กเล็กเทศบาล จำนวน 3 แห่ง โดยวิธีเฉพาะเจาะจง นั้น",
            "ผู้ได้รับการคัดเลือก ได้แก่ ร้านวังทิพย์ศึกษาภัณฑ์ โดยเสนอราคาเป็นเงินทั้งสิ้น 86,450.00 บาท (แปดหมื่นหกพันสี่ร้อยห้าสิบบาทถ้วน) รวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง",
            "ประกาศ ณ วันที่ 30 มิถุนายน พ.ศ. 2566",
        ),
        pdf="winner-edu-material-2566.pdf",
        tags=("ผลการจัดซื้อจัดจ้าง",),
    ),
    _n(
        211,
        "2023-08-11",
        "13:45",
        4,
        "เชิญชวนประชาชนร่วมเวทีประชาคมเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น",
        (
            "เทศบาลเมืองวังน้ำทิพย์ ขอเชิญชวนประชาชน ผู้นำชุมชน และผู้แทนหน่วยงานในเขตเทศบาล ร่วมเวทีประชาคมเมืองเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ในวันพฤหัสบดีที่ 24 สิงหาคม 2566 เวลา 09.00 น. ณ ห้องประชุมสภาเทศบาล",
            "ที่ประชุมจะพิจารณาจัดลำดับความสำคัญของโครงการที่ชุมชนเสนอ เช่น การก่อสร้างและปรับปรุงถนน ระบบระบายน้ำ ไฟฟ้าส่องสว่าง และกิจกรรมด้านสวัสดิการสังคม เพื่อบรรจุในแผนพัฒนาท้องถิ่นฉบับเพิ่มเติม",
            "ประชาชนที่ไม่สามารถเข้าร่วมได้ สามารถเสนอความคิดเห็นผ่านกล่องรับความคิดเห็นหน้าสำนักงานเทศบาล หรือทางเพจเฟซบุ๊กของเทศบาล ภายในวันที่ 22 สิงหาคม 2566",
        ),
        thai_date=True,
        tags=("ประชาคม", "แผนพัฒนา"),
    ),
    _n(
        219,
        "2023-09-19",
        "15:30",
        4,
        "แจ้งงดจ่ายน้ำประปาชั่วคราว เพื่อซ่อมแซมท่อเมนจ่ายน้ำถนนเทศบาล 2",
        (
            "งานประปา กองช่าง เทศบาลเมืองวังน้ำทิพย์ ขอแจ้งงดจ่ายน้ำประปาชั่วคราวในวันพุธที่ 20 กันยายน 2566 ตั้งแต่เวลา 09.00 น. ถึงเวลา 16.00 น. เพื่อซ่อมแซมท่อเมนจ่ายน้ำขนาด 8 นิ้ว ที่ชำรุดบริเวณถนนเทศบาล 2",
            "พื้นที่ที่ได้รับผลกระทบ ได้แก่ ชุมชนตลาดเก่า ชุมชนหลังสถานีรถไฟ และชุมชนท่าน้ำ ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า เทศบาลจะจัดรถบรรทุกน้ำออกให้บริการในพื้นที่ดังกล่าวระหว่างงดจ่ายน้ำ",
            "ขออภัยในความไม่สะดวกมา ณ โอกาสนี้ หากมีข้อสงสัยติดต่อได้ที่งานประปา โทร 0 4424 1150 ต่อ 305 ตลอด 24 ชั่วโมง",
        ),
        tags=("ประปา", "กองช่าง"),
    ),
    _a(
        226,
        "2023-10-17",
        "09:30",
        1,
        "ประกาศเทศบาลเมืองวังน้ำทิพย์ เรื่อง ประกวดราคาซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย จำนวน 1 คัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "เทศบาลเมืองวังน้ำทิพย์ มีความประสงค์จะประกวดราคาซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ ปริมาตรกระบะไม่น้อยกว่า 10 ลูกบาศก์หลา แบบอัดท้าย จำนวน 1 คัน ราคากลางเป็นเงิน 2,500,000.00 บาท",
            "ผู้สนใจติดต่อขอรับเอกสารได้ที่เว็บไซต์ www.gprocurement.go.th ระหว่างวันที่ 17 - 25 ตุลาคม 2566 สอบถามเพิ่มเติมได้ที่งานพัสดุ กองคลัง โทร 0 4424 1150 ต่อ 118 ในวันและเวลาราชการ",
            "ประกาศ ณ วันที่ 17 ตุลาคม พ.ศ. 2566",
        ),
        thai_date=True,
        pdf="e-bidding-garbage-truck-2567.pdf",
        tags=("e-bidding", "ขยะ"),
    ),
    _n(
        233,
        "2023-11-27",
        "17:00",
        5,
        'พิธีเปิดการแข่งขันกีฬาชุมชนสัมพันธ์ "วังน้ำทิพย์เกมส์" ครั้งที่ 12',
        (
            'เมื่อวันจันทร์ที่ 27 พฤศจิกายน 2566 นายกเทศมนตรีเมืองวังน้ำทิพย์ เป็นประธานในพิธีเปิดการแข่งขันกีฬาชุมชนสัมพันธ์ "วังน้ำทิพย์เกมส์" ครั้งที่ 12 ณ สนามกีฬาเทศบาล โดยมีนักกีฬาจาก 14 ชุมชนเข้าร่วมกว่า 600 คน',
            "การแข่งขันในปีนี้ประกอบด้วยฟุตบอล วอลเลย์บอล เปตอง ตะกร้อ และกีฬาพื้นบ้าน เช่น ชักเย่อ และวิ่งเปี้ยว ระหว่างวันที่ 27 พฤศจิกายน ถึงวันที่ 3 ธันวาคม 2566",
            "ขบวนพาเหรดของแต่ละชุมชนได้นำเสนอเอกลักษณ์ของชุมชนอย่างสวยงาม โดยชุมชนหนองน้ำทิพย์ได้รับรางวัลขบวนพาเหรดยอดเยี่ยม",
        ),
        thai_date=True,
        style="nbsp",
        photos=("ขบวนพาเหรดของชุมชนในพิธีเปิดการแข่งขัน", "นายกเทศมนตรีจุดคบเพลิงเปิดการแข่งขัน"),
        tags=("กีฬา", "ชุมชน"),
    ),
    _n(
        241,
        "2023-12-20",
        "10:10",
        6,
        "เทศบาลเมืองวังน้ำทิพย์รณรงค์คัดแยกขยะต้นทาง ส่งเสริมธนาคารขยะชุมชน",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม จัดอบรมการคัดแยกขยะต้นทางให้แก่แกนนำชุมชน จำนวน 70 คน เมื่อวันพุธที่ 20 ธันวาคม 2566 ณ ห้องประชุมสำนักงานเทศบาล เพื่อลดปริมาณขยะที่ต้องนำไปกำจัด",
            "ผู้เข้าอบรมได้เรียนรู้การแยกขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย การทำถังหมักขยะเปียกไว้ใช้ในครัวเรือน และการบริหารธนาคารขยะชุมชนที่รับซื้อขยะรีไซเคิลจากสมาชิกทุกวันเสาร์",
            "ปัจจุบันเทศบาลมีธนาคารขยะชุมชน 9 แห่ง ในปีงบประมาณ 2566 ปริมาณขยะที่เทศบาลต้องนำไปกำจัดลดลงร้อยละ 12 เมื่อเทียบกับปีก่อน",
        ),
        tags=("ขยะ", "สิ่งแวดล้อม"),
    ),
    _n(
        248,
        "2024-01-23",
        "09:00",
        5,
        "อบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2567",
        (
            "งานป้องกันและบรรเทาสาธารณภัย สำนักปลัดเทศบาล จัดโครงการอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน ประจำปี 2567 ระหว่างวันที่ 23 - 25 มกราคม 2567 ณ ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล มีสมาชิก อปพร. เข้ารับการอบรม 85 คน",
            "หลักสูตรการอบรมประกอบด้วยการดับเพลิงเบื้องต้น การใช้ถังดับเพลิงชนิดต่าง ๆ การช่วยชีวิตขั้นพื้นฐาน (CPR) และการเคลื่อนย้ายผู้ประสบภัย โดยได้รับความอนุเคราะห์วิทยากรจากสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด",
        ),
        thai_date=True,
        photos=("สมาชิก อปพร. ฝึกการใช้ถังดับเพลิงชนิดผงเคมีแห้ง",),
        tags=("อปพร.", "ป้องกันภัย"),
    ),
    _n(
        255,
        "2024-02-15",
        "11:00",
        4,
        "ประชาสัมพันธ์การยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2567",
        (
            "เทศบาลเมืองวังน้ำทิพย์ ขอแจ้งให้เจ้าของป้ายที่แสดงชื่อ ยี่ห้อ หรือเครื่องหมายเพื่อการประกอบการค้า ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567 ณ งานพัฒนารายได้ กองคลัง",
            "ผู้ที่ยื่นแบบเกินกำหนดจะต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย และผู้ที่ติดตั้งป้ายใหม่ภายหลังเดือนมีนาคม ต้องยื่นแบบภายใน 15 วันนับแต่วันติดตั้งป้าย",
            "ผู้ประกอบการสามารถดาวน์โหลดแบบ ภ.ป.1 ได้ที่เมนูดาวน์โหลดเอกสารของเว็บไซต์เทศบาล หรือขอรับได้ที่สำนักงานเทศบาลในวันและเวลาราชการ",
        ),
        style="br",
        tags=("ภาษี", "กองคลัง"),
    ),
    _a(
        259,
        "2024-03-05",
        "10:15",
        2,
        "ประกาศเทศบาลเมืองวังน้ำทิพย์ เรื่อง ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนเทศบาล 7",
        (
            "ตามประกาศเทศบาลเมืองวังน้ำทิพย์ เรื่อง ประกวดราคาจ้างปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนเทศบาล 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ลงวันที่ 1 กุมภาพันธ์ 2567 นั้น",
            "ผู้ชนะการเสนอราคา ได้แก่ ห้างหุ้นส่วนจำกัด ทิพย์ธาราการโยธา ซึ่งเป็นผู้ประกอบการ SMEs โดยเสนอราคาต่ำสุดเป็นเงินทั้งสิ้น 3,264,000.00 บาท (สามล้านสองแสนหกหมื่นสี่พันบาทถ้วน)",
            "ประกาศ ณ วันที่ 5 มีนาคม พ.ศ. 2567",
        ),
        pdf="winner-road-7-2567.pdf",
        tags=("ผลการจัดซื้อจัดจ้าง", "ถนน"),
    ),
    _n(
        266,
        "2024-04-12",
        "15:20",
        5,
        "สืบสานประเพณีสงกรานต์ ก่อเจดีย์ทรายและรดน้ำขอพรผู้สูงอายุ ประจำปี 2567",
        (
            "เทศบาลเมืองวังน้ำทิพย์ ร่วมกับวัดศรีวังทิพย์ จัดงานสืบสานประเพณีสงกรานต์ ประจำปี 2567 ระหว่างวันที่ 12 - 13 เมษายน 2567 โดยมีกิจกรรมก่อเจดีย์ทรายถวายวัด การประกวดเทพีสงกรานต์ และการรดน้ำขอพรผู้สูงอายุ",
            "ในปีนี้มีชุมชนส่งเจดีย์ทรายเข้าร่วมประกวด 11 ชุมชน เจดีย์ทรายที่ได้รับรางวัลชนะเลิศเป็นผลงานของชุมชนวังทิพย์พัฒนา ซึ่งตกแต่งด้วยธงทิวและดอกไม้สดอย่างประณีต",
            "เทศบาลได้ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ บริเวณสี่แยกหน้าตลาดสดเทศบาล ตลอดช่วงวันที่ 11 - 17 เมษายน 2567 เพื่อลดอุบัติเหตุทางถนน",
        ),
        thai_date=True,
        photos=("เจดีย์ทรายของชุมชนวังทิพย์พัฒนา ผู้ชนะการประกวด", ""),
        tags=("ประเพณี", "สงกรานต์"),
    ),
    _n(
        272,
        "2024-05-08",
        "10:30",
        6,
        "ร้านอาหารในเขตเทศบาล 18 ร้าน ผ่านเกณฑ์มาตรฐาน Clean Food Good Taste",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม ได้ตรวจประเมินร้านอาหารและแผงลอยจำหน่ายอาหารในเขตเทศบาลตามเกณฑ์มาตรฐานสุขาภิบาลอาหาร Clean Food Good Taste ของกรมอนามัย ในเดือนเมษายน 2567",
            "ผลการตรวจประเมินมีร้านอาหารผ่านเกณฑ์ทั้งสิ้น 18 ร้าน และแผงลอยผ่านเกณฑ์ 25 แผง ซึ่งจะได้รับป้ายรับรองมาตรฐานเพื่อติดแสดงที่ร้าน ส่วนร้านที่ยังไม่ผ่านเกณฑ์ เจ้าหน้าที่ได้ให้คำแนะนำการปรับปรุงและจะตรวจซ้ำภายใน 30 วัน",
            "ประชาชนสามารถสังเกตป้าย Clean Food Good Taste ก่อนเลือกซื้ออาหาร เพื่อความมั่นใจในความสะอาดและความปลอดภัยของอาหาร",
        ),
        tags=("สาธารณสุข", "อาหารปลอดภัย"),
    ),
    _a(
        277,
        "2024-05-28",
        "08:45",
        4,
        "ประกาศเทศบาลเมืองวังน้ำทิพย์ เรื่อง รับสมัครนักเรียนเข้าศูนย์พัฒนาเด็กเล็กเทศบาล ปีการศึกษา 2567 (รอบเพิ่มเติม)",
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองวังน้ำทิพย์ทั้ง 3 แห่ง เปิดรับสมัครเด็กที่มีอายุ 2 ปีขึ้นไป (เกิดระหว่างวันที่ 1 มกราคม 2564 ถึงวันที่ 31 ธันวาคม 2565) เข้าเรียนในปีการศึกษา 2567 รอบเพิ่มเติม จำนวน 25 คน",
            "ผู้ปกครองยื่นใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็กที่ประสงค์จะให้บุตรหลานเข้าเรียน ระหว่างวันที่ 28 พฤษภาคม - 7 มิถุนายน 2567 โดยนำสูติบัตร ทะเบียนบ้าน และสมุดบันทึกสุขภาพของเด็กมาแสดง ไม่มีค่าใช้จ่ายในการสมัคร",
            "ประกาศ ณ วันที่ 28 พฤษภาคม พ.ศ. 2567",
        ),
        thai_date=True,
        pdf="cdc-admission-2567-extra.pdf",
        tags=("การศึกษา",),
    ),
    _n(
        283,
        "2024-06-18",
        "09:40",
        4,
        "เปิดลงทะเบียนผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2568",
        (
            "เทศบาลเมืองวังน้ำทิพย์ ขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2568 คือผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508 และมีภูมิลำเนาอยู่ในเขตเทศบาล มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ",
            "ผู้สูงอายุสามารถลงทะเบียนได้ด้วยตนเองหรือมอบอำนาจ ณ งานพัฒนาชุมชน สำนักปลัดเทศบาล ตั้งแต่บัดนี้ถึงวันที่ 30 กันยายน 2567 โดยนำบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารมาแสดง",
        ),
        thai_date=True,
        style="nbsp",
        tags=("ผู้สูงอายุ", "สวัสดิการ"),
    ),
    _a(
        289,
        "2024-07-02",
        "11:00",
        1,
        "ประกาศเทศบาลเมืองวังน้ำทิพย์ เรื่อง ประกวดราคาจ้างก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก พร้อมบ่อพัก ถนนเทศบาล 3 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "เทศบาลเมืองวังน้ำทิพย์ มีความประสงค์จะประกวดราคาจ้างก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก พร้อมบ่อพัก ถนนเทศบาล 3 ความยาวรวม 640 เมตร ราคากลางของงานก่อสร้างเป็นเงิน 4,870,000.00 บาท",
            "ผู้ยื่นข้อเสนอต้องมีผลงานก่อสร้างประเภทเดียวกันในวงเงินไม่น้อยกว่า 2,435,000.00 บาท ผู้สนใจขอรับเอกสารได้ที่เว็บไซต์ www.gprocurement.go.th ระหว่างวันที่ 2 - 10 กรกฎาคม 2567 และยื่นข้อเสนอในวันที่ 11 กรกฎาคม 2567",
            "ประกาศ ณ วันที่ 2 กรกฎาคม พ.ศ. 2567",
        ),
        pdf="e-bidding-drain-road-3-2567.pdf",
        tags=("e-bidding", "ระบายน้ำ"),
    ),
    _n(
        295,
        "2024-07-16",
        "14:00",
        5,
        "เทศบาลเมืองวังน้ำทิพย์ซ้อมแผนป้องกันและบรรเทาสาธารณภัยกรณีอุทกภัย",
        (
            "วันอังคารที่ 16 กรกฎาคม 2567 เทศบาลเมืองวังน้ำทิพย์ ร่วมกับอำเภอวังน้ำทิพย์ และหน่วยกู้ภัยในพื้นที่ จัดการฝึกซ้อมแผนป้องกันและบรรเทาสาธารณภัยกรณีอุทกภัย ณ ชุมชนท่าน้ำ ซึ่งเป็นพื้นที่เสี่ยงน้ำท่วมซ้ำซาก",
            "การฝึกซ้อมจำลองสถานการณ์น้ำจากลำน้ำทิพย์ไหลหลากเข้าท่วมชุมชน มีการแจ้งเตือนภัยผ่านหอกระจายข่าว การอพยพผู้สูงอายุและผู้ป่วยติดเตียงไปยังศูนย์พักพิงชั่วคราว และการช่วยเหลือผู้ประสบภัยทางน้ำด้วยเรือท้องแบน",
            "นายกเทศมนตรีกล่าวว่า เทศบาลได้เตรียมเครื่องสูบน้ำ 12 เครื่อง กระสอบทราย 5,000 ใบ และเรือท้องแบน 4 ลำ ไว้พร้อมรับมือฤดูฝนปีนี้ ประชาชนสามารถแจ้งเหตุได้ที่สายด่วน 199 หรือศูนย์ป้องกันฯ เทศบาล โทร 0 4424 1199",
        ),
        photos=("การฝึกอพยพผู้ป่วยติดเตียงไปยังศูนย์พักพิงชั่วคราว",),
        tags=("อุทกภัย", "ป้องกันภัย"),
    ),
)
NEWS = tuple(p for p in POSTS if p.kind == "news")
ANNOUNCE = tuple(p for p in POSTS if p.kind == "announce")
BY_ID = {p.id: p for p in POSTS}
NEWS_NEWEST = tuple(sorted(NEWS, key=lambda p: p.dt, reverse=True))
ANN_NEWEST = tuple(sorted(ANNOUNCE, key=lambda p: p.dt, reverse=True))

# (ID, ISO date, time, title, place, description): infoblock 3, shown on /events/ (non-articles)
EVENTS: tuple[tuple[int, str, str, str, str, str], ...] = (
    (
        284,
        "2024-06-26",
        "08:00",
        "เดินรณรงค์ต่อต้านยาเสพติด เนื่องในวันต่อต้านยาเสพติดโลก",
        "ลานวัฒนธรรมหน้าสำนักงานเทศบาล",
        "ขอเชิญนักเรียน ผู้นำชุมชน และประชาชนร่วมเดินรณรงค์จากลานวัฒนธรรมไปยังตลาดสดเทศบาล แต่งกายด้วยเสื้อสีขาว",
    ),
    (
        286,
        "2024-07-05",
        "09:00",
        "ประชุมสภาเทศบาลเมืองวังน้ำทิพย์ สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
        "ห้องประชุมสภาเทศบาล",
        "พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 1 ประชาชนที่สนใจสามารถเข้ารับฟังการประชุมได้",
    ),
    (
        287,
        "2024-07-16",
        "09:30",
        "ฝึกซ้อมแผนป้องกันและบรรเทาสาธารณภัยกรณีอุทกภัย",
        "ชุมชนท่าน้ำ",
        "การฝึกซ้อมร่วมกับอำเภอวังน้ำทิพย์และหน่วยกู้ภัยในพื้นที่ ขออภัยในความไม่สะดวกหากมีเสียงสัญญาณเตือนภัยในช่วงเช้า",
    ),
    (
        288,
        "2024-07-28",
        "07:30",
        "กิจกรรมจิตอาสาพัฒนาเฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษา",
        "สวนสาธารณะหนองน้ำทิพย์",
        "ขอเชิญจิตอาสาร่วมทำความสะอาดและปลูกต้นไม้รอบหนองน้ำทิพย์ พร้อมนำอุปกรณ์ทำความสะอาดมาด้วย",
    ),
    (
        290,
        "2024-08-12",
        "08:00",
        "กิจกรรมเฉลิมพระเกียรติ เนื่องในวันแม่แห่งชาติ ประจำปี 2567",
        "หอประชุมเทศบาล",
        "พิธีถวายพระพรชัยมงคล การมอบเกียรติบัตรแม่ดีเด่นประจำชุมชน และกิจกรรมลูกไหว้แม่ของเด็กศูนย์พัฒนาเด็กเล็ก",
    ),
)
EV_BY_ID = {e[0]: e for e in EVENTS}

# ITA: (code, label, kind, target); kind pdf (target: file name, "!" prefix = since deleted: 404), page, ext
ITA_DOCS: tuple[tuple[str, str, str, str], ...] = (
    ("O1", "โครงสร้างหน่วยงาน", "page", "/about/structure.php"),
    ("O2", "ข้อมูลผู้บริหาร", "page", "/about/structure.php"),
    ("O3", "อำนาจหน้าที่", "pdf", "o3-authority.pdf"),
    ("O4", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", "pdf", "local-development-plan-2566-2570.pdf"),
    ("O5", "ข้อมูลการติดต่อ", "page", "/contacts/"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "pdf", "!o6-laws.pdf"),
    ("O7", "ข่าวประชาสัมพันธ์", "page", "/news/"),
    ("O8", "Q&A", "page", "/contacts/"),
    ("O9", "Social Network", "ext", "https://www.facebook.com/wangnamthip.muni"),
    ("O10", "แผนดำเนินงานประจำปี 2567", "pdf", "action-plan-2567.pdf"),
    ("O11", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "pdf", "!monitoring-6m-2567.pdf"),
    ("O12", "รายงานผลการดำเนินงานประจำปี 2566", "pdf", "annual-report-2566.pdf"),
    ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "pdf", "work-manual.pdf"),
    ("O14", "คู่มือหรือมาตรฐานการให้บริการ", "pdf", "!service-manual.pdf"),
    ("O15", "ข้อมูลเชิงสถิติการให้บริการ", "pdf", "service-statistics-2567.pdf"),
    ("O16", "แผนการใช้จ่ายงบประมาณประจำปี", "pdf", "budget-plan-2567.pdf"),
    ("O17", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "pdf", "procurement-plan-2567.pdf"),
    ("O18", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "page", "/announce/"),
)

# advertising.banner: (ID, contract type, code, label, goto; "{b}" = this site)
BANNERS: tuple[tuple[int, str, str, str], ...] = (
    (7, "dla", "กรมส่งเสริมการปกครองท้องถิ่น", "https://www.dla.go.th/"),
    (8, "flood", "ซ้อมแผนรับมืออุทกภัย 2567", "{b}/news/295/"),
    (9, "ita", "ITA การประเมินคุณธรรมและความโปร่งใส", "https://itas.nacc.go.th/"),
    (11, "egp", "ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)", "https://www.gprocurement.go.th/"),
)
POPULAR_QUERIES = ("ภาษี", "รับสมัครงาน", "e-bidding", "วัคซีน")

TOP_MENU = (
    ("/", "หน้าหลัก", "home"),
    ("/about/", "เกี่ยวกับเทศบาล", "about"),
    ("/news/", "ข่าวประชาสัมพันธ์", "news"),
    ("/announce/", "ประกาศ/จัดซื้อจัดจ้าง", "announce"),
    ("/events/", "ปฏิทินกิจกรรม", "events"),
    ("/ita/", "ITA", "ita"),
    ("/contacts/", "ติดต่อเรา", "contacts"),
)
LEFT_MENUS: dict[str, tuple[tuple[str, str], ...]] = {
    "about": (
        ("/about/", "ข้อมูลทั่วไป"),
        ("/about/history.php", "ประวัติความเป็นมา"),
        ("/about/structure.php", "โครงสร้างองค์กร"),
        ("/ita/", "การเปิดเผยข้อมูลสาธารณะ (ITA)"),
        ("/contacts/", "ติดต่อเทศบาล"),
    ),
    "news": (
        ("/news/", "ข่าวทั้งหมด"),
        ("/news/?SECTION_ID=4", SECTIONS[4]),
        ("/news/?SECTION_ID=5", SECTIONS[5]),
        ("/news/?SECTION_ID=6", SECTIONS[6]),
        ("/announce/", "ประกาศ/จัดซื้อจัดจ้าง"),
        ("/news/rss/", "RSS ข่าวประชาสัมพันธ์"),
    ),
    "default": (
        ("/news/", "ข่าวประชาสัมพันธ์"),
        ("/announce/", "ประกาศ/จัดซื้อจัดจ้าง"),
        ("/events/", "ปฏิทินกิจกรรม"),
        ("/about/structure.php", "โครงสร้างองค์กร"),
        ("/ita/", "ITA"),
    ),
}
LEFT_MENUS["announce"] = LEFT_MENUS["news"]


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def _dot(d: date) -> str:
    """Bitrix FORMAT_DATE DD.MM.YYYY (Gregorian)."""
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _dot_dt(dt: datetime) -> str:
    return f"{_dot(dt.date())} {dt.hour:02d}:{dt.minute:02d}:00"


def _show_date(p: _Post) -> str:
    return thai_long(p.d) if p.thai_date else _dot(p.d)


def _r_local(dt: datetime) -> str:
    """PHP date("r") in the server's zone: 'Tue, 16 Jul 2024 14:00:00 +0700'."""
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[dt.weekday()]}, {dt.day:02d} {months[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}:00 +0700"


def _photo(p: _Post, k: int) -> tuple[str, str]:
    """(original, resize_cache thumbnail) of photo k (0 = DETAIL_PICTURE) of a post."""
    name = _md5(f"iblock-{p.id}-{k}")
    return f"/upload/iblock/{name[:3]}/{name}.jpg", f"/upload/resize_cache/iblock/{name[:3]}/300_200_2/{name}.jpg"


def _upload(name: str) -> str:
    return f"/upload/iblock/{_md5(name)[:3]}/{name}"


def _views(p: _Post) -> int:
    age = (TODAY - p.d).days
    return 45 + (p.id * 7919) % 260 + age // 3


def _sef(p: _Post) -> str:
    return f"/news/{p.id}/"


def _nonsef(p: _Post) -> str:
    return f"/news/index.php?ELEMENT_ID={p.id}"


def _ann(p: _Post) -> str:
    return f"/announce/detail.php?ID={p.id}"


def _gold(p: _Post) -> str:
    return _sef(p) if p.kind == "news" else _ann(p)


def _rk(banner: tuple[int, str, str, str], base: str) -> str:
    bid, code, _label, goto = banner
    target = goto.replace("{b}", base)
    event3 = quote_plus(f"1 / [{bid}] [LEFT_BANNER] {code}")
    return f"/bitrix/rk.php?id={bid}&event1=banner&event2=click&event3={event3}&goto={quote(target, safe='')}&af={_md5('af' + target)}"


def _excerpt(text: str, length: int = 140) -> str:
    """TruncateText(): cut at length and add '...'."""
    return text if len(text) <= length else text[:length].rstrip() + "..."


def _tag_counts() -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for p in POSTS:
        for t in p.tags:
            counts[t] = counts.get(t, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:14]


def _shift(year: int, month: int, step: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + step
    return k // 12, k % 12 + 1


class _Bitrix:
    def __init__(self, site: FixtureSite) -> None:
        self.site = site
        self.b = site.base_url

    # -- the site template ---------------------------------------------------------------------------------------
    def resp(self, text: str, target: str, status: int = 200) -> Response:
        cookie = f"PHPSESSID={_md5('sess' + target)[:26]}; path=/; HttpOnly"
        return Response(status, BASE_HEADERS + (("Set-Cookie", cookie),), text.encode("utf-8"))

    @staticmethod
    def cur_page(target: str) -> str:
        """$APPLICATION->GetCurPage() with BX_DISABLE_INDEX_PAGE: the path without index.php."""
        path = urlsplit(target).path or "/"
        return path[: -len("index.php")] if path.endswith("/index.php") else path

    def cur_page_param(self, target: str, add: str = "", kill: tuple[str, ...] = ()) -> str:
        """$APPLICATION->GetCurPageParam($add, $kill): the new parameter first, then the rest of the query."""
        low = {k.lower() for k in kill}
        rest = urlencode(
            [(k, v) for k, v in parse_qsl(urlsplit(target).query, keep_blank_values=True) if k.lower() not in low]
        )
        query = "&".join(x for x in (add, rest) if x)
        return self.cur_page(target) + (f"?{query}" if query else "")

    def auth_link(self, target: str) -> str:
        back = self.cur_page_param(target, "", ("login", "logout", "register", "forgot_password", "change_password"))
        return f"/auth/?backurl={quote_plus(back, safe='')}"

    def head(self, target: str, title: str, canonical: str = "") -> str:
        canon = f'<link rel="canonical" href="{attr(canonical)}" />\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html xml:lang="th" lang="th">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="เทศบาลเมืองวังน้ำทิพย์, วังน้ำทิพย์, นครราชสีมา, ข่าวประชาสัมพันธ์" />
<meta name="description" content="เว็บไซต์ทางการของเทศบาลเมืองวังน้ำทิพย์ อำเภอวังน้ำทิพย์ จังหวัดนครราชสีมา" />
{canon}<script data-skip-moving="true">(function(w, d, n) {{var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){{return;}}var ua = n.userAgent;if (/(iPad;)|(iPhone;)/i.test(ua)){{cl += " bx-ios";}}else if (/Android/i.test(ua)){{cl += " bx-android";}}cl += (/(ipad|iphone|android|mobile|touch)/i.test(ua) ? " bx-touch" : " bx-no-touch");ht.className = htc ? htc + " " + cl : cl;}})(window, document, navigator);</script>
<link href="{CSS}" type="text/css" data-template-style="true" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'กำลังโหลด...','JS_CORE_WINDOW_CLOSE':'ปิด','LANGUAGE_ID':'th','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'25200','UTF_MODE':'Y','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'{int(NOW.timestamp())}','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'{_md5("bxs" + target)}'}});</script>
<script type="text/javascript" src="{CORE_JS}"></script>
<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์ {esc(SITE)}" href="/news/rss/" />
<title>{esc(title)}</title>
</head>
"""

    def top_menu(self, section: str) -> str:
        items = ""
        for href, label, key in TOP_MENU:
            cls = "root-item-selected" if key == section else "root-item"
            items += f'\t<li><a href="{href}" class="{cls}">{esc(label)}</a></li>\n'
        return f'<nav class="top-menu">\n<ul id="horizontal-multilevel-menu">\n{items}</ul>\n<div class="menu-clear-left"></div>\n</nav>\n'

    def left_menu(self, section: str, target: str) -> str:
        menu = LEFT_MENUS.get(section, LEFT_MENUS["default"])
        here = self.cur_page_param(target, "", ("PAGEN_1", "SIZEN_1", "print", "clear_cache"))
        items = ""
        for href, label in menu:
            sel = ' class="selected"' if href == here else ""
            items += f'<li><a href="{href}"{sel}>{esc(label)}</a></li>\n'
        return f'<div class="left-menu-block">\n<ul class="left-menu">\n{items}</ul>\n</div>\n'

    def banners(self) -> str:
        out = ""
        for banner in BANNERS:
            bid, code, label, _goto = banner
            out += (
                f'<div class="banner-item" id="bx_banner_{bid}"><a href="{attr(_rk(banner, self.b))}" target="_blank">'
                f'<img alt="{attr(label)}" title="{attr(label)}" src="/upload/rk/{_md5(code)[:3]}/{code}-banner.jpg" width="240" height="80" style="border:0;" /></a></div>\n'
            )
        return f'<div class="banner-block">\n{out}</div>\n'

    @staticmethod
    def breadcrumb(crumbs: tuple[tuple[str, str], ...]) -> str:
        chain = (("/", "หน้าหลัก"), *crumbs)
        out = ""
        for i, (href, label) in enumerate(chain):
            arrow = '<i class="fa fa-angle-right"></i>' if i else ""
            if href and i < len(chain) - 1:
                out += (
                    f'\t\t\t<div class="bx-breadcrumb-item" id="bx_breadcrumb_{i}" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">\n'
                    f'\t\t\t\t{arrow}<a href="{attr(href)}" title="{attr(label)}" itemprop="item"><span itemprop="name">{esc(label)}</span></a>\n'
                    f'\t\t\t\t<meta itemprop="position" content="{i + 1}" />\n\t\t\t</div>\n'
                )
            else:
                out += f'\t\t\t<div class="bx-breadcrumb-item">{arrow}<span>{esc(label)}</span></div>\n'
        return f'<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">\n{out}<div style="clear:both"></div></div>\n'

    def footer(self, target: str) -> str:
        refresh = self.cur_page_param(target, "clear_cache=Y", ("clear_cache",))
        return f"""<footer class="site-footer">
<div class="container">
<div class="footer-address"><b>{esc(SITE)}</b><br />
{esc(ADDRESS)}<br />
โทรศัพท์ {PHONE} โทรสาร {FAX}<br />
อีเมล: <a href="mailto:{EMAIL}">{EMAIL}</a></div>
<div class="footer-links"><a href="/about/">เกี่ยวกับเทศบาล</a> | <a href="/news/">ข่าวประชาสัมพันธ์</a> | <a href="/announce/">ประกาศ/จัดซื้อจัดจ้าง</a> | <a href="/ita/">ITA</a> | <a href="/contacts/">ติดต่อเรา</a> | <a href="/news/rss/">RSS</a></div>
<div class="footer-counter">ผู้เข้าชมวันนี้ <span>318</span> | เมื่อวาน <span>402</span> | ทั้งหมด <span>248,915</span></div>
<div class="footer-copy">&copy; 2564 - 2567 {esc(SITE)} สงวนลิขสิทธิ์ | <a href="{attr(refresh)}" rel="nofollow" class="footer-refresh">อัปเดตข้อมูล</a> | พัฒนาระบบโดย วังทิพย์ไอที | Powered by <a href="https://www.1c-bitrix.ru/" target="_blank" rel="nofollow">1C-Bitrix</a></div>
</div>
</footer>
"""

    def frame(
        self,
        target: str,
        title: str,
        body: str,
        *,
        section: str = "default",
        crumbs: tuple[tuple[str, str], ...] = (),
        canonical: str = "",
        h1: bool = True,
        status: int = 200,
    ) -> Response:
        """A page in the main template, or in the print template when the request says print=Y."""
        query = dict(parse_qsl(urlsplit(target).query, keep_blank_values=True))
        full_title = f"{title} | {SITE}" if title != SITE else SITE
        heading = f'<h1 id="pagetitle">{esc(title)}</h1>\n' if h1 else ""
        if query.get("print") == "Y":
            page = self.cur_page_param(target, "", ("print",))
            text = (
                self.head(target, full_title, canonical)
                + f'<body class="print-version">\n<div class="print-header"><img src="{TPL}/images/logo.jpg" width="60" height="60" alt="" /> {esc(SITE)}</div>\n'
                + f'<div class="print-content">\n{heading}{body}</div>\n'
                + f'<div class="print-footer">พิมพ์จากเว็บไซต์ {esc(SITE)} : {esc(self.b + page)}</div>\n'
                + '<script type="text/javascript">window.print();</script>\n</body>\n</html>\n'
            )
            return self.resp(text, target, status)
        print_link = self.cur_page_param(target, "print=Y", ("print",))
        text = (
            self.head(target, full_title, canonical)
            + f"""<body>
<div id="panel"></div>
<div class="page-wrapper">
<header class="site-header">
<div class="container header-top">
<a class="site-logo" href="/"><img src="{TPL}/images/logo.jpg" width="90" height="90" alt="{attr(SITE)}" /></a>
<div class="site-title"><span class="site-name">{esc(SITE)}</span><span class="site-sub">{esc(DISTRICT)}</span></div>
<div class="header-tools">
<div class="search-form">
<form action="/search/index.php">
\t<input type="text" name="q" value="" size="15" maxlength="50" placeholder="ค้นหา..." /><input name="s" type="submit" value="ค้นหา" />
</form>
</div>
<a class="header-print" href="{attr(print_link)}" rel="nofollow" target="_blank" title="พิมพ์หน้านี้">พิมพ์</a>
<a class="header-login" href="{attr(self.auth_link(target))}" rel="nofollow">เข้าสู่ระบบ</a>
</div>
</div>
{self.top_menu(section)}</header>
<div class="container">
{self.breadcrumb(crumbs) if crumbs else ""}<div class="row">
<aside class="sidebar">
{self.left_menu(section, target)}{self.banners()}</aside>
<main class="workarea">
{heading}{body}</main>
</div>
</div>
{self.footer(target)}</div>
</body>
</html>
"""
        )
        return self.resp(text, target, status)

    def not_found_page(self, target: str) -> Response:
        body = (
            '<div class="page-404"><p>ไม่พบหน้าที่คุณต้องการ หน้าอาจถูกย้ายหรือลบไปแล้ว</p>\n'
            '<p><a href="/">กลับไปหน้าหลัก</a> | <a href="/search/">ค้นหาข้อมูล</a></p></div>\n'
        )
        return self.frame(target, "404 ไม่พบหน้า", body, status=404)

    # -- pagers ----------------------------------------------------------------------------------------------------
    def nav_query(self, target: str, num: int) -> str:
        """The query the pager keeps: the request's minus PAGEN_n, SIZEN_n, SHOWALL_n, clear_cache (CDBResult)."""
        drop = {f"pagen_{num}", f"sizen_{num}", f"showall_{num}", "clear_cache", "phpsessid", "bitrix_include_areas"}
        return urlencode(
            [(k, v) for k, v in parse_qsl(urlsplit(target).query, keep_blank_values=True) if k.lower() not in drop]
        )

    def page_href(self, target: str, num: int, n: int, size: int | None) -> str:
        params = [f"PAGEN_{num}={n}", f"SIZEN_{num}={size}"] if size else ([f"PAGEN_{num}={n}"] if n > 1 else [])
        query = "&".join(x for x in (self.nav_query(target, num), *params) if x)
        return self.cur_page(target) + (f"?{query}" if query else "")

    def pager(self, target: str, num: int, pages: int, current: int, size: int | None) -> str:
        """The "modern" pager template (translated)."""
        if pages <= 1:
            return ""
        out = '<div class="modern-page-navigation">\n\t<span class="modern-page-title">หน้า:</span>\n'
        if current > 1:
            out += f'\t<a class="modern-page-previous" href="{attr(self.page_href(target, num, current - 1, size))}">ก่อนหน้า</a>\n'
        for n in range(1, pages + 1):
            if n == current:
                out += f'\t<span class="modern-page-current">{n}</span>\n'
            else:
                cls = ' class="modern-page-first"' if n == 1 else ""
                out += f'\t<a{cls} href="{attr(self.page_href(target, num, n, size))}">{n}</a>\n'
        if current < pages:
            out += f'\t<a class="modern-page-next" href="{attr(self.page_href(target, num, current + 1, size))}">ถัดไป</a>\n'
        return out + "</div>\n"

    @staticmethod
    def page_of(query: dict[str, str], num: int, pages: int) -> int:
        """CDBResult::NavStart: intval(PAGEN_n), clamped to 1..NavPageCount."""
        raw = query.get(f"PAGEN_{num}", "1").strip()
        digits = raw[1:] if raw.startswith("-") else raw
        n = int(raw) if digits.isdigit() else 1
        return min(max(n, 1), pages)

    # -- news (infoblock 1, complex component in non-SEF mode) ----------------------------------------------------
    @staticmethod
    def detail_text(p: _Post) -> str:
        if p.style == "br":
            return "<br />\n<br />\n".join(esc(t) for t in p.paragraphs) + "\n"
        if p.style == "nbsp":
            return "".join(f"<p>{'&nbsp;' * 6}{esc(t)}</p>\n" for t in p.paragraphs)
        return "".join(f'<p style="text-align: justify;">{esc(t)}</p>\n' for t in p.paragraphs)

    @staticmethod
    def picture(p: _Post, k: int) -> str:
        orig, thumb = _photo(p, k)
        caption = p.photos[k]
        desc = f'\n\t<div class="news-detail-picture-desc">{esc(caption)}</div>' if caption else ""
        if k == 0:
            img = f'<img class="detail_picture" border="0" src="{orig}" width="800" height="533" alt="{attr(caption or p.title)}" title="{attr(caption or p.title)}" />'
        else:
            img = f'<a href="{orig}" target="_blank"><img border="0" src="{thumb}" width="300" height="200" alt="{attr(caption)}" /></a>'
        return f'<div class="news-detail-picture">\n\t{img}{desc}\n</div>\n'

    def share(self, url: str, title: str) -> str:
        u = quote(self.b + url, safe="")
        return (
            '<div class="news-detail-share"><span>แชร์ข่าวนี้:</span>\n'
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="nofollow">Facebook</a>\n'
            f'<a class="share-tw" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title, safe="")}" target="_blank" rel="nofollow">X</a>\n'
            f'<a class="share-line" href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" rel="nofollow">LINE</a>\n'
            "</div>\n"
        )

    def news_item(self, p: _Post) -> str:
        thumb = _photo(p, 0)[1] if p.photos else f"{TPL}/images/no-photo.jpg"
        return (
            f'<div class="news-item" id="bx_3218110189_{p.id}">\n'
            f'\t<a href="{attr(_nonsef(p))}"><img class="preview_picture" border="0" src="{thumb}" width="150" height="100" alt="{attr(p.title)}" title="{attr(p.title)}" style="float:left" /></a>\n'
            f'\t<span class="news-date-time">{_dot(p.d)}</span>\n'
            f'\t<a href="{attr(_nonsef(p))}"><b>{esc(p.title)}</b></a><br />\n'
            f"\t{esc(_excerpt(p.paragraphs[0]))}\n"
            f'\t<div class="news-item-section">หมวด: <a href="/news/index.php?SECTION_ID={p.group}">{esc(SECTIONS[p.group])}</a></div>\n'
            '\t<div style="clear:both"></div>\n</div>\n'
        )

    def news_list(self, target: str, query: dict[str, str]) -> Response:
        sid = query.get("SECTION_ID")
        if sid is not None and not (sid.isdigit() and int(sid) in SECTIONS):
            return self.not_found_page(target)
        items = [p for p in NEWS_NEWEST if sid is None or p.group == int(sid)]
        sized = query.get("SIZEN_1", "") in {str(s) for s in SIZES}
        size = int(query["SIZEN_1"]) if sized else NEWS_SIZE
        pages = max(1, -(-len(items) // size))
        current = self.page_of(query, 1, pages)
        shown = items[(current - 1) * size : current * size]
        switch = " | ".join(
            f"<b>{s}</b>" if s == size else f'<a href="{attr(self.page_href(target, 1, current, s))}">{s}</a>'
            for s in SIZES
        )
        body = (
            f'<div class="news-size-switch">แสดงหน้าละ: {switch}</div>\n<div class="news-list">\n'
            + "".join(self.news_item(p) for p in shown)
            + "</div>\n"
            + self.pager(target, 1, pages, current, size if sized else None)
            + '<div class="news-rss"><a href="/news/rss/" target="_blank"><img src="/bitrix/components/bitrix/news/templates/.default/images/rss.gif" width="16" height="16" alt="RSS" /> RSS</a></div>\n'
        )
        if sid is None:
            return self.frame(target, "ข่าวประชาสัมพันธ์", body, section="news", crumbs=(("", "ข่าวประชาสัมพันธ์"),))
        name = SECTIONS[int(sid)]
        crumbs = (("/news/", "ข่าวประชาสัมพันธ์"), ("", name))
        return self.frame(target, name, body, section="news", crumbs=crumbs)

    def news_detail(self, p: _Post, target: str) -> Response:
        section = f'<a href="/news/index.php?SECTION_ID={p.group}">{esc(SECTIONS[p.group])}</a>'
        pictures = [self.picture(p, k) for k in range(len(p.photos))]
        tags = ", ".join(f'<a href="/search/?tags={quote_plus(t)}">{esc(t)}</a>' for t in p.tags)
        others = [o for o in NEWS_NEWEST if o.id != p.id][:5]
        other_items = "".join(
            f'\t<li><a href="{_sef(o)}">{esc(o.title)}</a> <span class="news-date-time">({_dot(o.d)})</span></li>\n'
            for o in others
        )
        body = (
            '<div class="news-detail">\n'
            f'<div class="news-detail-info"><span class="news-date-time">{_show_date(p)}</span> | <span class="news-detail-section">หมวด: {section}</span> | '
            f'<span class="news-detail-views">ผู้เข้าชม {_views(p)}</span></div>\n'
            + (pictures[0] if pictures else "")
            + f'<div class="news-detail-text">\n{self.detail_text(p)}</div>\n<div style="clear:both"></div>\n'
            + (f'<div class="news-detail-gallery">\n{"".join(pictures[1:])}</div>\n' if len(pictures) > 1 else "")
            + (f'<div class="news-detail-tags">แท็ก: {tags}</div>\n' if tags else "")
            + self.share(_sef(p), p.title)
            + "</div>\n"
            '<p class="news-back"><a href="/news/index.php">&larr; กลับไปที่รายการข่าว</a></p>\n'
            f'<div class="news-other">\n<h3>ข่าวอื่น ๆ</h3>\n<ul>\n{other_items}</ul>\n</div>\n'
        )
        crumbs = (
            ("/news/", "ข่าวประชาสัมพันธ์"),
            (f"/news/index.php?SECTION_ID={p.group}", SECTIONS[p.group]),
            ("", p.title),
        )
        return self.frame(target, p.title, body, section="news", crumbs=crumbs, canonical=self.b + _sef(p))

    # -- announcements (infoblock 2, news.list + news.detail on two pages) ----------------------------------------
    def announce_list(self, target: str, query: dict[str, str]) -> Response:
        latest = "".join(f'\t<li><a href="{_sef(p)}">{esc(p.title)}</a></li>\n' for p in NEWS_NEWEST[:3])
        pages = max(1, -(-len(ANN_NEWEST) // ANN_SIZE))
        current = self.page_of(query, 2, pages)
        rows = ""
        for i, p in enumerate(
            ANN_NEWEST[(current - 1) * ANN_SIZE : current * ANN_SIZE], start=(current - 1) * ANN_SIZE + 1
        ):
            rows += (
                f'<tr id="bx_1454625752_{p.id}">\n\t<td class="announce-no">{i}</td>\n\t<td class="announce-date">{_dot(p.d)}</td>\n'
                f'\t<td class="announce-title"><a href="{attr(_ann(p))}">{esc(p.title)}</a></td>\n'
                f'\t<td class="announce-type">{esc(ANN_TYPES[p.group])}</td>\n'
                f'\t<td class="announce-file"><a href="{_upload(p.pdf)}" target="_blank" title="ดาวน์โหลด"><img src="{TPL}/images/pdf.gif" width="16" height="16" alt="PDF" /></a></td>\n</tr>\n'
            )
        body = (
            f'<div class="news-list news-list-latest">\n<h3>ข่าวล่าสุด</h3>\n<ul>\n{latest}</ul>\n</div>\n'
            '<table class="data-table announce-table" width="100%">\n<thead>\n<tr><th>ลำดับ</th><th>วันที่</th><th>เรื่อง</th><th>ประเภท</th><th>ไฟล์</th></tr>\n</thead>\n'
            f"<tbody>\n{rows}</tbody>\n</table>\n" + self.pager(target, 2, pages, current, None)
        )
        return self.frame(target, "ประกาศ/จัดซื้อจัดจ้าง", body, section="announce", crumbs=(("", "ประกาศ/จัดซื้อจัดจ้าง"),))

    def announce_detail(self, p: _Post, target: str) -> Response:
        others = "".join(
            f'\t<li><a href="{attr(_ann(o))}">{esc(o.title)}</a> <span class="news-date-time">({_dot(o.d)})</span></li>\n'
            for o in [o for o in ANN_NEWEST if o.id != p.id][:5]
        )
        size = 120 + int(_md5(p.pdf)[:4], 16) % 900
        body = (
            '<div class="news-detail announce-detail">\n'
            f'<div class="news-detail-info"><span class="news-date-time">วันที่ประกาศ {_show_date(p)}</span> | <span class="news-detail-views">ผู้เข้าชม {_views(p)}</span></div>\n'
            '<table class="announce-props">\n'
            f"<tr><td>ประเภทประกาศ:</td><td>{esc(ANN_TYPES[p.group])}</td></tr>\n"
            f"<tr><td>หน่วยงานเจ้าของเรื่อง:</td><td>{esc(ANN_DEPTS[p.group])}</td></tr>\n</table>\n"
            f'<div class="news-detail-text">\n{self.detail_text(p)}</div>\n<div style="clear:both"></div>\n'
            f'<div class="announce-files"><b>เอกสารแนบ:</b> <a href="{_upload(p.pdf)}" target="_blank"><img src="{TPL}/images/pdf.gif" width="16" height="16" alt="" /> {esc(p.pdf)}</a> <span>({size}.{size % 10} KB)</span></div>\n'
            + self.share(_ann(p), p.title)
            + "</div>\n"
            '<p class="news-back"><a href="/announce/">&larr; กลับไปที่รายการประกาศ</a></p>\n'
            f'<div class="news-other">\n<h3>ประกาศอื่น ๆ</h3>\n<ul>\n{others}</ul>\n</div>\n'
        )
        crumbs = (("/announce/", "ประกาศ/จัดซื้อจัดจ้าง"), ("", p.title))
        return self.frame(target, p.title, body, section="announce", crumbs=crumbs)

    # -- home ------------------------------------------------------------------------------------------------------
    def tag_cloud(self, target: str | None, inherit: str = "") -> str:
        """search.tags.cloud; with TAGS_INHERIT on the search page the links add a tag to the current ones."""
        counts = _tag_counts()
        top = max(c for _, c in counts)
        out = ""
        for tag, count in counts:
            size = 12 + 8 * count // top
            if target is None:
                href = f"/search/?tags={quote_plus(tag)}"
            else:
                tags = f"{inherit},{tag}" if inherit else tag
                href = self.cur_page_param(
                    target, f"tags={quote_plus(tags)}", ("tags", "PAGEN_1", "print", "clear_cache")
                )
            out += f'<a href="{attr(href)}" style="font-size: {size}px;" rel="nofollow">{esc(tag)}</a> '
        return f'<div class="search-tags-cloud">\n{out.rstrip()}\n</div>\n'

    def popular_queries(self) -> str:
        links = " ".join(
            f'<a href="{attr(f"/search/?q={quote_plus(w)}&where=&how=r")}">{esc(w)}</a>' for w in POPULAR_QUERIES
        )
        return f'<div class="search-popular">คำค้นยอดนิยม: {links}</div>\n'

    def mini_calendar(self, year: int, month: int) -> str:
        """The vendor's news.calendar: Buddhist-year month navigation, event days linked."""
        (py, pm), (ny, nm) = _shift(year, month, -1), _shift(year, month, 1)
        days: dict[int, list[tuple[int, str, str, str, str, str]]] = {}
        for e in EVENTS:
            d = date.fromisoformat(e[1])
            if (d.year, d.month) == (year, month):
                days.setdefault(d.day, []).append(e)
        rows = ""
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(year, month):
            cells = ""
            for day in week:
                if not day:
                    cells += '<td class="NewsCalOtherMonth">&nbsp;</td>'
                elif day in days:
                    e = days[day][0]
                    cells += f'<td class="NewsCalDefault NewsCalWithEvent"><a href="/events/detail.php?ID={e[0]}" title="{attr(e[3])}">{day}</a></td>'
                else:
                    cls = "NewsCalToday" if date(year, month, day) == TODAY else "NewsCalDefault"
                    cells += f'<td class="{cls}">{day}</td>'
            rows += f"<tr>{cells}</tr>\n"

        def nav(y: int, m: int, label: str) -> str:
            if not 2300 <= y + 543 <= 2900:
                return ""
            return (
                f'<a href="/events/?year={y + 543}&amp;month={m}" title="{attr(MONTHS[m - 1])} {y + 543}">{label}</a>'
            )

        heads = "".join(f'<td class="NewsCalWeekend">{w}</td>' for w in ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"))
        return (
            f'<div class="news-calendar">\n<table width="100%" class="NewsCalMonthNav"><tr>\n'
            f'\t<td align="left">{nav(py, pm, "&laquo;")}</td>\n'
            f'\t<td align="center">{MONTHS[month - 1]} {year + 543}</td>\n'
            f'\t<td align="right">{nav(ny, nm, "&raquo;")}</td>\n</tr></table>\n'
            f'<table width="100%" class="NewsCalTable">\n<tr>{heads}</tr>\n{rows}</table>\n</div>\n'
        )

    def home(self, target: str) -> Response:
        news = ""
        for p in NEWS_NEWEST[:4]:
            thumb = _photo(p, 0)[1] if p.photos else f"{TPL}/images/no-photo.jpg"
            news += (
                f'<div class="home-news-item" id="bx_651765591_{p.id}">\n'
                f'\t<a href="{_sef(p)}"><img src="{thumb}" width="300" height="200" alt="{attr(p.title)}" /></a>\n'
                f'\t<div class="home-news-date">{_dot(p.d)}</div>\n'
                f'\t<div class="home-news-title"><a href="{_sef(p)}">{esc(p.title)}</a></div>\n'
                f'\t<div class="home-news-preview">{esc(_excerpt(p.paragraphs[0], 100))}</div>\n</div>\n'
            )
        announce = "".join(
            f'\t<li><span class="news-date-time">{_dot(p.d)}</span> <a href="{attr(_ann(p))}">{esc(p.title)}</a></li>\n'
            for p in ANN_NEWEST[:5]
        )
        events = "".join(
            f'\t<li><a href="/events/detail.php?ID={e[0]}">{esc(e[3])}</a> <span>{thai_long(date.fromisoformat(e[1]))}</span></li>\n'
            for e in EVENTS
            if e[1] >= TODAY.isoformat()
        )
        body = (
            '<div class="home-welcome"><img src="/upload/medialibrary/3c1/mayor-2567.jpg" width="160" height="200" alt="" style="float:left" />\n'
            f"<p>ยินดีต้อนรับสู่เว็บไซต์{esc(SITE)} เมืองน่าอยู่ริมลำน้ำทิพย์ ประชาชนสามารถติดตามข่าวสาร ประกาศ และบริการต่าง ๆ ของเทศบาลได้ที่นี่</p>\n"
            f'<p class="home-mayor">{esc(MAYOR)}<br />นายกเทศมนตรีเมืองวังน้ำทิพย์</p><div style="clear:both"></div></div>\n'
            f'<section class="home-news">\n<h2>ข่าวประชาสัมพันธ์</h2>\n{news}<div class="home-more"><a href="/news/">ดูข่าวทั้งหมด &raquo;</a></div>\n</section>\n'
            f'<section class="home-announce">\n<h2>ประกาศ / จัดซื้อจัดจ้าง</h2>\n<ul>\n{announce}</ul>\n<div class="home-more"><a href="/announce/">ดูประกาศทั้งหมด &raquo;</a></div>\n</section>\n'
            f'<section class="home-calendar">\n<h2>ปฏิทินกิจกรรม</h2>\n{self.mini_calendar(TODAY.year, TODAY.month)}'
            f'<ul class="home-events">\n{events}</ul>\n<div class="home-more"><a href="/events/">ดูปฏิทินทั้งหมด &raquo;</a></div>\n</section>\n'
            f'<section class="home-tags">\n<h2>แท็กยอดนิยม</h2>\n{self.tag_cloud(None)}{self.popular_queries()}</section>\n'
            '<section class="home-ita"><a href="/ita/"><img src="/upload/medialibrary/9d2/ita-2567.jpg" width="360" height="120" alt="ITA 2567" /></a></section>\n'
        )
        return self.frame(target, SITE, body, section="home", h1=False)

    # -- standing pages (files in the site root, edited in the visual editor) ----------------------------------------
    def about(self, target: str) -> Response:
        body = (
            f"<p>{esc(SITE)} ตั้งอยู่ในเขตอำเภอวังน้ำทิพย์ จังหวัดนครราชสีมา ห่างจากตัวจังหวัดไปทางทิศตะวันออกประมาณ 62 กิโลเมตร มีพื้นที่ในความรับผิดชอบ 12.8 ตารางกิโลเมตร "
            "มีลำน้ำทิพย์ไหลผ่านกลางเมือง พื้นที่ส่วนใหญ่เป็นย่านการค้าและที่อยู่อาศัย รอบนอกเป็นพื้นที่เกษตรกรรม</p>\n"
            '<table class="data-table" width="100%">\n<tr><th colspan="2">ข้อมูลพื้นฐาน (ข้อมูล ณ เดือนมิถุนายน 2567)</th></tr>\n'
            "<tr><td>จำนวนประชากร</td><td>18,426 คน (ชาย 8,912 คน หญิง 9,514 คน)</td></tr>\n"
            "<tr><td>จำนวนครัวเรือน</td><td>7,305 ครัวเรือน</td></tr>\n"
            "<tr><td>จำนวนชุมชน</td><td>14 ชุมชน</td></tr>\n"
            "<tr><td>สถานศึกษาในสังกัด</td><td>โรงเรียน 2 แห่ง ศูนย์พัฒนาเด็กเล็ก 3 แห่ง</td></tr>\n</table>\n"
            '<ul class="about-links">\n<li><a href="/about/history.php">ประวัติความเป็นมา</a></li>\n<li><a href="/about/structure.php">โครงสร้างองค์กรและคณะผู้บริหาร</a></li>\n</ul>\n'
        )
        return self.frame(target, "ข้อมูลทั่วไป", body, section="about", crumbs=(("", "เกี่ยวกับเทศบาล"),))

    def history(self, target: str) -> Response:
        body = (
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;เดิมวังน้ำทิพย์เป็นชุมชนการค้าริมลำน้ำทิพย์ ได้รับการจัดตั้งเป็นสุขาภิบาลวังน้ำทิพย์เมื่อปี พ.ศ. 2499 "
            "และได้รับการยกฐานะเป็นเทศบาลตำบลวังน้ำทิพย์ตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล พ.ศ. 2542</p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;ต่อมาเมื่อชุมชนขยายตัวและมีรายได้เพียงพอ กระทรวงมหาดไทยได้ประกาศยกฐานะเป็นเทศบาลเมืองวังน้ำทิพย์ "
            "เมื่อวันที่ 15 สิงหาคม พ.ศ. 2555 ปัจจุบันแบ่งส่วนราชการเป็นสำนักปลัดเทศบาลและ 5 กอง</p>\n"
            '<p>&nbsp;&nbsp;&nbsp;&nbsp;คำขวัญเมืองวังน้ำทิพย์: "ลำน้ำทิพย์ไหลผ่าน ตลาดเก่าร้อยปี ประเพณีลอยกระทง ดำรงวิถีไทย"</p>\n'
        )
        return self.frame(
            target,
            "ประวัติความเป็นมา",
            body,
            section="about",
            crumbs=(("/about/", "เกี่ยวกับเทศบาล"), ("", "ประวัติความเป็นมา")),
        )

    def structure(self, target: str) -> Response:
        execs = (
            (MAYOR, "นายกเทศมนตรีเมืองวังน้ำทิพย์"),
            ("นายประสิทธิ์ ใจกว้าง", "รองนายกเทศมนตรี"),
            ("นางสาวพรทิพย์ ศรีวังทิพย์", "รองนายกเทศมนตรี"),
            ("นายวิทยา คงมั่น", "ปลัดเทศบาล"),
        )
        rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(r)}</td></tr>\n" for n, r in execs)
        units = ("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองสาธารณสุขและสิ่งแวดล้อม", "กองการศึกษา", "กองยุทธศาสตร์และงบประมาณ")
        body = (
            '<p><img src="/upload/medialibrary/5b0/structure-2567.jpg" width="800" height="500" alt="โครงสร้างองค์กร" /></p>\n'
            f'<h2>คณะผู้บริหาร</h2>\n<table class="data-table" width="100%">\n<tr><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th></tr>\n{rows}</table>\n'
            "<h2>ส่วนราชการ</h2>\n<ul>\n" + "".join(f"<li>{esc(u)}</li>\n" for u in units) + "</ul>\n"
        )
        return self.frame(
            target, "โครงสร้างองค์กร", body, section="about", crumbs=(("/about/", "เกี่ยวกับเทศบาล"), ("", "โครงสร้างองค์กร"))
        )

    def contacts(self, target: str) -> Response:
        phones = (
            ("สำนักปลัดเทศบาล", "ต่อ 101"),
            ("กองคลัง", "ต่อ 112"),
            ("กองช่าง / งานประปา", "ต่อ 305"),
            ("กองสาธารณสุขและสิ่งแวดล้อม", "ต่อ 401"),
            ("ศูนย์ป้องกันและบรรเทาสาธารณภัย", "0 4424 1199"),
        )
        rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>\n" for a, b in phones)
        body = (
            f"<p><b>{esc(SITE)}</b><br />\n{esc(ADDRESS)}<br />\nโทรศัพท์ {PHONE} โทรสาร {FAX}<br />\nอีเมล: {EMAIL}</p>\n"
            f'<table class="data-table" width="100%">\n<tr><th>หน่วยงาน</th><th>หมายเลขโทรศัพท์</th></tr>\n{rows}</table>\n'
            '<div class="contacts-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3856.1!2d102.51!3d14.97" width="100%" height="320" style="border:0;" loading="lazy"></iframe></div>\n'
            '<div class="mfeedback">\n<h3>ส่งข้อความถึงเทศบาล</h3>\n<form action="/contacts/" method="POST">\n'
            f'<input type="hidden" name="sessid" id="sessid" value="{_md5("form" + target)}" />\n'
            '\t<div class="mf-name"><div class="mf-text">ชื่อ - สกุล<span class="mf-req">*</span></div><input type="text" name="user_name" value="" /></div>\n'
            '\t<div class="mf-email"><div class="mf-text">อีเมล<span class="mf-req">*</span></div><input type="text" name="user_email" value="" /></div>\n'
            '\t<div class="mf-message"><div class="mf-text">ข้อความ<span class="mf-req">*</span></div><textarea name="MESSAGE" rows="5" cols="40"></textarea></div>\n'
            '\t<input type="hidden" name="PARAMS_HASH" value="8b1f2c7a0d" />\n\t<input type="submit" name="submit" value="ส่งข้อความ" />\n</form>\n</div>\n'
        )
        return self.frame(target, "ติดต่อเรา", body, section="contacts", crumbs=(("", "ติดต่อเรา"),))

    def ita(self, target: str) -> Response:
        rows = ""
        for code, label, kind, where in ITA_DOCS:
            if kind == "pdf":
                href, note = (
                    _upload(where.lstrip("!")),
                    ' <img src="' + TPL + '/images/pdf.gif" width="16" height="16" alt="PDF" />',
                )
            else:
                href, note = where, ""
            ext = ' target="_blank"' if kind != "page" else ""
            rows += (
                f'<tr><td>{code}</td><td>{esc(label)}</td><td><a href="{attr(href)}"{ext}>เปิดดู</a>{note}</td></tr>\n'
            )
        body = (
            "<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ พ.ศ. 2567</p>\n"
            f'<table class="data-table ita-table" width="100%">\n<tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{rows}</table>\n'
        )
        return self.frame(
            target, "การประเมินคุณธรรมและความโปร่งใส (ITA) 2567", body, section="about", crumbs=(("", "ITA"),)
        )

    # -- events (infoblock 3) ---------------------------------------------------------------------------------------
    def events(self, target: str, query: dict[str, str]) -> Response | None:
        year, month = TODAY.year, TODAY.month
        if "year" in query or "month" in query:
            y, m = query.get("year", ""), query.get("month", "")
            if not (y.isdigit() and m.isdigit() and 2300 <= int(y) <= 2900 and 1 <= int(m) <= 12):
                return None
            year, month = int(y) - 543, int(m)
        listed = [e for e in EVENTS if e[1][:7] == f"{year:04d}-{month:02d}"]
        items = (
            "".join(
                f'<li><span class="news-date-time">{thai_long(date.fromisoformat(e[1]))} {e[2]} น.</span> <a href="/events/detail.php?ID={e[0]}">{esc(e[3])}</a> ({esc(e[4])})</li>\n'
                for e in listed
            )
            or "<li>ไม่มีกิจกรรมในเดือนนี้</li>\n"
        )
        body = (
            self.mini_calendar(year, month)
            + f'<h2>กิจกรรมเดือน{MONTHS[month - 1]} {year + 543}</h2>\n<ul class="events-list">\n{items}</ul>\n'
        )
        return self.frame(target, "ปฏิทินกิจกรรม", body, section="events", crumbs=(("", "ปฏิทินกิจกรรม"),))

    def event_detail(self, e: tuple[int, str, str, str, str, str], target: str) -> Response:
        d = date.fromisoformat(e[1])
        body = (
            '<div class="news-detail event-detail">\n'
            f'<table class="event-props">\n<tr><td>วันที่:</td><td>{thai_long(d)} เวลา {e[2]} น.</td></tr>\n<tr><td>สถานที่:</td><td>{esc(e[4])}</td></tr>\n</table>\n'
            f"<p>{esc(e[5])}</p>\n</div>\n"
            f'<p class="news-back"><a href="/events/?year={d.year + 543}&amp;month={d.month}">&larr; กลับไปที่ปฏิทินกิจกรรม</a></p>\n'
        )
        return self.frame(target, e[3], body, section="events", crumbs=(("/events/", "ปฏิทินกิจกรรม"), ("", e[3])))

    # -- search.page (a trap) ------------------------------------------------------------------------------------------
    def search(self, target: str, query: dict[str, str]) -> Response:
        q = query.get("q", "").strip()
        tags = [t.strip() for t in query.get("tags", "").split(",") if t.strip()]
        how = "d" if query.get("how") == "d" else "r"
        where = query.get("where", "")
        form = (
            '<div class="search-page">\n<form action="" method="get">\n'
            f'\t<input type="text" name="q" value="{attr(q)}" size="40" />\n\t&nbsp;<select name="where">\n'
            f'\t\t<option value="">(ทุกที่)</option>\n\t\t<option value="iblock_news"{" selected" if where == "iblock_news" else ""}>ข่าวประชาสัมพันธ์</option>\n'
            f'\t\t<option value="iblock_announce"{" selected" if where == "iblock_announce" else ""}>ประกาศ/จัดซื้อจัดจ้าง</option>\n\t</select>\n'
            '\t&nbsp;<input type="submit" value="ค้นหา" />\n\t<input type="hidden" name="how" value="r" />\n</form>\n'
        )
        if not q and not tags:
            body = form + self.tag_cloud(None) + self.popular_queries() + "</div>\n"
            return self.frame(target, "ค้นหา", body, crumbs=(("", "ค้นหา"),))
        found = []
        for p in POSTS:
            if where == "iblock_news" and p.kind != "news" or where == "iblock_announce" and p.kind != "announce":
                continue
            text = " ".join((p.title, *p.paragraphs)).lower()
            if (not q or q.lower() in text) and all(t in p.tags for t in tags):
                found.append(p)
        if how == "d":
            found.sort(key=lambda p: p.dt, reverse=True)
        else:
            found.sort(key=lambda p: (q.lower() not in p.title.lower(), -p.dt.timestamp()))
        pages = max(1, -(-len(found) // SEARCH_SIZE))
        current = self.page_of(query, 1, pages)
        results = ""
        for p in found[(current - 1) * SEARCH_SIZE : current * SEARCH_SIZE]:
            chain = f"ข่าวประชาสัมพันธ์ / {SECTIONS[p.group]}" if p.kind == "news" else "ประกาศ/จัดซื้อจัดจ้าง"
            tag_links = ", ".join(
                f'<a href="{attr(self.cur_page_param(target, "tags=" + quote_plus(t), ("tags", "PAGEN_1", "print", "clear_cache")))}">{esc(t)}</a>'
                for t in p.tags
            )
            results += (
                f'<a href="{attr(_gold(p))}">{esc(p.title)}</a>\n<p>{esc(_excerpt(p.paragraphs[0], 200))}</p>\n'
                f"<small>เปลี่ยนแปลงล่าสุด: {_dot_dt(p.dt)}</small><br /><small>แท็ก: {tag_links}</small><br /><small>เส้นทาง: {esc(chain)}</small><hr />\n"
            )
        if not found:
            results = "<p>ขออภัย ไม่พบผลการค้นหาที่ตรงกับคำค้นของคุณ</p>\n"
        sort_r = (
            "<b>ความเกี่ยวข้อง</b>"
            if how == "r"
            else f'<a href="{attr(self.cur_page_param(target, "how=r", ("how", "PAGEN_1", "print", "clear_cache")))}">ความเกี่ยวข้อง</a>'
        )
        sort_d = (
            "<b>วันที่</b>"
            if how == "d"
            else f'<a href="{attr(self.cur_page_param(target, "how=d", ("how", "PAGEN_1", "print", "clear_cache")))}">วันที่</a>'
        )
        body = (
            form
            + self.tag_cloud(target, ",".join(tags))
            + f'<div class="search-result-count">พบ {len(found)} รายการ</div>\n<div class="search-result">\n{results}</div>\n'
            + self.pager(target, 1, pages, current, None)
            + f'<div class="search-sorting">เรียงตาม: {sort_r} | {sort_d}</div>\n</div>\n'
        )
        return self.frame(target, "ผลการค้นหา", body, crumbs=(("/search/", "ค้นหา"), ("", "ผลการค้นหา")))

    # -- system.auth.authorize (a trap: the header's login link nests the login page's own address) ---------------
    def auth(self, target: str, query: dict[str, str]) -> Response:
        back = query.get("backurl", "/")
        b_enc = quote_plus(back, safe="")
        if query.get("forgot_password") == "yes":
            body = (
                '<div class="bx-auth">\n<form name="bform" method="post" target="_top" action="/auth/?forgot_password=yes">\n'
                f'<input type="hidden" name="backurl" value="{attr(back)}" />\n<input type="hidden" name="AUTH_FORM" value="Y" />\n<input type="hidden" name="TYPE" value="SEND_PWD" />\n'
                "<p>กรุณากรอกชื่อผู้ใช้หรืออีเมลที่ลงทะเบียนไว้ ระบบจะส่งข้อมูลสำหรับเปลี่ยนรหัสผ่านไปยังอีเมลของคุณ</p>\n"
                '<p>ชื่อผู้ใช้: <input type="text" name="USER_LOGIN" maxlength="50" value="" /> หรืออีเมล: <input type="text" name="USER_EMAIL" maxlength="255" /></p>\n'
                '<p><input type="submit" name="send_account_info" value="ส่ง" /></p>\n'
                f'<p><a href="/auth/?backurl={b_enc}"><b>เข้าสู่ระบบ</b></a></p>\n</form>\n</div>\n'
            )
            return self.frame(target, "ลืมรหัสผ่าน", body, crumbs=(("", "ลืมรหัสผ่าน"),))
        body = (
            '<div class="bx-auth">\n<div class="bx-auth-note">กรุณาเข้าสู่ระบบ:</div>\n'
            f'<form name="form_auth" method="post" target="_top" action="/auth/?login=yes&amp;backurl={attr(b_enc)}">\n'
            '<input type="hidden" name="AUTH_FORM" value="Y" />\n<input type="hidden" name="TYPE" value="AUTH" />\n'
            f'<input type="hidden" name="backurl" value="{attr(back)}" />\n<table class="bx-auth-table">\n'
            '<tr><td class="bx-auth-label">ชื่อผู้ใช้:</td><td><input class="bx-auth-input" type="text" name="USER_LOGIN" maxlength="255" value="" /></td></tr>\n'
            '<tr><td class="bx-auth-label">รหัสผ่าน:</td><td><input class="bx-auth-input" type="password" name="USER_PASSWORD" maxlength="255" autocomplete="off" /></td></tr>\n'
            '<tr><td></td><td><input type="checkbox" id="USER_REMEMBER" name="USER_REMEMBER" value="Y" /><label for="USER_REMEMBER">&nbsp;จดจำการเข้าสู่ระบบ</label></td></tr>\n'
            '<tr><td></td><td class="authorize-submit-cell"><input type="submit" name="Login" value="เข้าสู่ระบบ" /></td></tr>\n</table>\n'
            f'<noindex><p><a href="/auth/?forgot_password=yes&amp;backurl={attr(b_enc)}" rel="nofollow">ลืมรหัสผ่าน?</a></p></noindex>\n</form>\n</div>\n'
        )
        return self.frame(target, "เข้าสู่ระบบ", body, crumbs=(("", "เข้าสู่ระบบ"),))

    # -- routing -----------------------------------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        if len(target) > 4000:  # nginx: 414 in practice; the auth trap ends here
            return None
        parts = urlsplit(target)
        path = unquote(parts.path or "/", errors="surrogateescape")
        page = path[: -len("index.php")] if path.endswith("/index.php") else path
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if page == "/":
            return self.home(target)
        if page == "/news/" and "ELEMENT_ID" not in query:
            return self.news_list(target, query)
        if page == "/news/" or (page.startswith("/news/") and page[6:-1].isdigit() and page.endswith("/")):
            eid = query.get("ELEMENT_ID", "") if page == "/news/" else page[6:-1]
            p = BY_ID.get(int(eid)) if eid.isdigit() else None
            if p is None or p.kind != "news":
                return self.not_found_page(target)  # news.detail with SET_STATUS_404
            return self.news_detail(p, target)
        if page == "/announce/":
            return self.announce_list(target, query)
        if page == "/announce/detail.php":
            eid = query.get("ID", "")
            p = BY_ID.get(int(eid)) if eid.isdigit() else None
            return self.announce_detail(p, target) if p and p.kind == "announce" else self.not_found_page(target)
        if page == "/events/":
            return self.events(target, query)
        if page == "/events/detail.php":
            eid = query.get("ID", "")
            e = EV_BY_ID.get(int(eid)) if eid.isdigit() else None
            return self.event_detail(e, target) if e else self.not_found_page(target)
        standing = {
            "/about/": self.about,
            "/about/history.php": self.history,
            "/about/structure.php": self.structure,
            "/contacts/": self.contacts,
            "/ita/": self.ita,
        }
        if page in standing:
            return standing[page](target)
        if page == "/search/":
            return self.search(target, query)
        if page == "/auth/":
            return self.auth(target, query)
        return None

    # -- feeds, files, registration ----------------------------------------------------------------------------------
    def rss(self) -> Response:
        b = self.b
        items = ""
        for p in NEWS_NEWEST[:10]:
            enclosure = (
                f'<enclosure url="{b}{_photo(p, 0)[0]}" length="18432" type="image/jpeg"/>\n' if p.photos else ""
            )
            items += (
                f"<item>\n<title>{esc(p.title)}</title>\n<link>{b}{_sef(p)}</link>\n<description>{esc(_excerpt(p.paragraphs[0]))}</description>\n"
                f"{enclosure}<category>{esc(SECTIONS[p.group])}</category>\n<pubDate>{_r_local(p.dt)}</pubDate>\n</item>\n"
            )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
            f"<title>{esc(SITE)}: ข่าวประชาสัมพันธ์</title>\n<link>{b}</link>\n<description>ข่าวประชาสัมพันธ์ {esc(SITE)}</description>\n"
            f"<lastBuildDate>{_r_local(NOW)}</lastBuildDate>\n<ttl>60</ttl>\n"
            f"<image>\n<title>{esc(SITE)}</title>\n<url>{b}{TPL}/images/logo.jpg</url>\n<link>{b}</link>\n<width>90</width>\n<height>90</height>\n</image>\n"
            f"{items}</channel>\n</rss>\n"
        )
        return Response(
            200,
            (("Content-Type", "text/xml; charset=UTF-8"), ("X-Powered-CMS", BASE_HEADERS[2][1])),
            text.encode("utf-8"),
        )

    def sitemaps(self) -> None:
        """The SEO module's sitemap of 2023-06-01, never regenerated."""
        b, xml = self.b, (("Content-Type", "text/xml"),)
        made = "2023-06-01T03:00:1{}+07:00"
        index = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{b}/sitemap_files.xml</loc><lastmod>{made.format(4)}</lastmod></sitemap>"
            f"<sitemap><loc>{b}/sitemap_iblock_1.xml</loc><lastmod>{made.format(5)}</lastmod></sitemap></sitemapindex>"
        )
        files = (
            "/",
            "/about/",
            "/about/history.php",
            "/about/vision.php",
            "/about/structure.php",
            "/contacts/",
            "/news/",
            "/announce/",
            "/events/",
            "/ita/",
        )
        urls = "".join(
            f"<url><loc>{b}{f}</loc><lastmod>2023-05-30T16:42:0{i % 10}+07:00</lastmod></url>"
            for i, f in enumerate(files)
        )
        old = [(p.id, p.dt) for p in NEWS if p.day <= "2023-06-01"] + [(DELETED_NEWS, local_dt("2022-05-10", "10:00"))]
        entries = "".join(
            f"<url><loc>{b}/news/{i}/</loc><lastmod>{dt.strftime('%Y-%m-%dT%H:%M:%S')}+07:00</lastmod></url>"
            for i, dt in sorted(old, key=lambda x: x[1])
        )
        head = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        self.site.add("/sitemap.xml", Response(200, xml, index.encode()))
        self.site.add("/sitemap_files.xml", Response(200, xml, (head + urls + "</urlset>").encode()))
        self.site.add("/sitemap_iblock_1.xml", Response(200, xml, (head + entries + "</urlset>").encode()))
        self.site.broken_links += [f"{b}/about/vision.php", f"{b}/news/{DELETED_NEWS}/"]

    def media(self) -> None:
        site = self.site
        for p in POSTS:
            for k in range(len(p.photos)):
                orig, thumb = _photo(p, k)
                add_jpeg(site, orig, 800, 533, p.dt)
                add_jpeg(site, thumb, 300, 200, p.dt)
            if p.pdf:
                add_pdf(site, _upload(p.pdf), f"Wang Nam Thip Town Municipality notice {p.id}", [p.pdf, p.day], p.dt)
        for _code, _label, kind, where in ITA_DOCS:
            if kind != "pdf":
                continue
            if where.startswith("!"):
                site.broken_links.append(self.b + _upload(where[1:]))
            else:
                add_pdf(site, _upload(where), f"ITA 2567 {where}", ["Wang Nam Thip Town Municipality", where], LAUNCH)
        for path, w, h in (
            (f"{TPL}/images/logo.jpg", 90, 90),
            (f"{TPL}/images/no-photo.jpg", 300, 200),
            ("/upload/medialibrary/3c1/mayor-2567.jpg", 160, 200),
            ("/upload/medialibrary/9d2/ita-2567.jpg", 360, 120),
            ("/upload/medialibrary/5b0/structure-2567.jpg", 800, 500),
            *((f"/upload/rk/{_md5(code)[:3]}/{code}-banner.jpg", 240, 80) for _bid, code, _label, _goto in BANNERS),
        ):
            add_jpeg(site, path, w, h, LAUNCH)
        for path in (f"{TPL}/images/pdf.gif", "/bitrix/components/bitrix/news/templates/.default/images/rss.gif"):
            add_jpeg(site, path, 16, 16, LAUNCH)
        add_text(
            site,
            CSS,
            "/* /bitrix/templates/wnt_muni/styles.css */\nbody{font-family:'Sarabun',Tahoma,sans-serif;font-size:15px;color:#333}\n"
            ".top-menu{background:#0a5c8a}.news-date-time{color:#888;font-size:13px}.news-detail-picture-desc{font-style:italic;text-align:center}\n"
            ".modern-page-navigation a,.modern-page-current{padding:2px 6px}.NewsCalWithEvent a{color:#c00;font-weight:bold}\n",
            "text/css",
        )
        add_text(
            site,
            CORE_JS,
            "(function(w){if(w.BX&&w.BX.namespace)return;w.BX=w.BX||{};})(window);\n",
            "application/javascript",
        )

    def register(self) -> None:
        site, b = self.site, self.b
        self.media()
        robots = (
            "User-Agent: *\n"
            + "".join(f"Disallow: {p}\n" for p in site.disallowed_paths)
            + "Allow: /bitrix/components/\nAllow: /bitrix/cache/\nAllow: /bitrix/js/\nAllow: /bitrix/templates/\nAllow: /bitrix/panel/\n"
            + f"\nSitemap: {b}/sitemap.xml\n"
        )
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.add("/news/rss/", self.rss())
        self.sitemaps()
        for banner in BANNERS:
            goto = banner[3].replace("{b}", b)
            site.add(_rk(banner, b), Response(302, (("Content-Type", CT), ("Location", goto), *BASE_HEADERS[1:3])))
        site.dynamic = self.dynamic
        site.not_found = self.not_found_page("/404.php")

        def check(target: str, status: int = 200) -> Response:
            resp = self.dynamic(target)
            assert resp is not None and resp.status == status, (target, resp and resp.status)
            return resp

        pages = [
            "/",
            "/about/",
            "/about/history.php",
            "/about/structure.php",
            "/contacts/",
            "/ita/",
            "/search/",
            "/events/",
            "/news/",
            "/news/index.php",
            "/news/?PAGEN_1=2",
            "/news/?PAGEN_1=3",
            "/news/?PAGEN_1=4",
            "/news/?PAGEN_1=1&SIZEN_1=10",
            "/news/?PAGEN_1=2&SIZEN_1=10",
            "/news/?PAGEN_1=1&SIZEN_1=20",
            "/news/?SECTION_ID=5&PAGEN_1=2",
            *(f"/news/?SECTION_ID={s}" for s in SECTIONS),
            *(f"/news/index.php?SECTION_ID={s}" for s in SECTIONS),
            "/announce/",
            "/announce/?PAGEN_2=2",
            "/announce/?PAGEN_2=3",
            *(f"/events/detail.php?ID={e[0]}" for e in EVENTS),
            "/?print=Y",
            "/?clear_cache=Y",
            "/news/?print=Y",
            "/news/?clear_cache=Y",
            "/announce/?print=Y",
            "/about/?print=Y",
            "/about/history.php?print=Y",
            "/about/structure.php?print=Y",
            "/contacts/?print=Y",
            "/ita/?print=Y",
        ]
        for target in pages:
            check(target)
        site.non_articles = [b + t for t in pages]
        for p in POSTS:
            url = _gold(p)
            forms = [url, _nonsef(p)] if p.kind == "news" else [url]
            aliases: list[str] = forms[1:]
            for form in forms:
                cleared = self.cur_page_param(form, "clear_cache=Y", ("clear_cache",))
                aliases += [
                    self.cur_page_param(form, "print=Y", ("print",)),
                    cleared,
                    self.cur_page_param(cleared, "print=Y", ("print",)),
                ]
            for target in (url, *aliases):
                assert esc(p.title) in check(target).body.decode("utf-8"), target
            site.articles.append(
                FixtureArticle(
                    url=b + url,
                    aliases=tuple(b + a for a in aliases),
                    title=p.title,
                    paragraphs=p.paragraphs,
                    published=p.day,
                    author=None,
                    captions=p.captions,
                )
            )
        check(f"/news/{DELETED_NEWS}/", 404)
        site.trap_patterns = [TRAP_SEARCH, TRAP_CALENDAR, TRAP_AUTH, TRAP_BANNER]


TRAP_SEARCH = r"^/search/(?:index\.php)?\?"
TRAP_CALENDAR = r"^/events/(?:index\.php)?\?(?:[^#]*&)?(?:year|month)="
TRAP_AUTH = r"^/auth/(?:index\.php)?\?"
TRAP_BANNER = r"^/bitrix/rk\.php\?"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=[
            "/bitrix/",
            "/upload/tmp/",
            "/personal/",
            "/*show_include_exec_time=",
            "/*show_page_exec_time=",
            "/*show_sql_stat=",
            "/*bitrix_include_areas=",
            "/*clear_cache=",
            "/*clear_cache_session=",
        ],
        server_software="nginx",
    )
    _Bitrix(site).register()
    return site

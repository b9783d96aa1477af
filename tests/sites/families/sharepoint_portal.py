# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""sharepoint_portal: an อบจ. web site on Microsoft SharePoint Server 2013 (a publishing site collection).

CMS imitated: SharePoint Server 2013 (15.0.4797) on IIS 8.5, anonymous access on, English UI (LCID 1033)
with Thai content, the vendor's copy of ``seattle.master`` ("pao.master") and a custom article page layout.
The page markup is SharePoint's: ``#s4-workspace`` > ``#s4-bodyContainer``, ``#DeltaPlaceHolderMain``,
``ms-rtestate-field`` rich-text fields, ``ms-webpart-zone`` web part zones, the top navigation
``ms-core-listMenu-horizontalBox``, the quick launch ``ms-core-listMenu-verticalBox``, hidden
``__VIEWSTATE`` / ``__REQUESTDIGEST`` inputs, an inline ``_spPageContextInfo`` (``\\u002f``-escaped URLs),
"Turn on more accessible mode" / "Skip Ribbon Commands" links and a "Sign in" link on every page.

องค์การบริหารส่วนจังหวัดศรีวารินทร์ (fictional).  Microsoft-IIS/8.5, UTF-8, SharePoint's headers
(``MicrosoftSharePointTeamServices``, ``SPRequestGuid``, ``X-SharePointHealthScore``).  TODAY is 2024-07-10.
SharePoint is case-insensitive in paths: every registered path also answers in any other letter case
(``/News/Pages/...`` = ``/news/Pages/...``), see ``_SharePoint.dynamic``.

URL shapes
* ``/`` and ``/default.aspx`` 302 -> ``/Pages/default.aspx`` (home: banner, a Content Query web part of
  the 5 latest news, one of the 3 latest procurement notices, calendar link).  ``/SitePages/Home.aspx``
  is the team-site wiki page left over from before the publishing feature was turned on.
* news = publishing pages of the ``/news`` sub-site: ``/news/Pages/<name>.aspx`` (``news-2567-015.aspx``;
  one page has a Thai file name, one ``Songkran-2567.aspx``).  ``/news`` 302 -> ``/news/Pages/default.aspx``
  (a rollup of the 10 latest with teasers).  ``rel=canonical`` on publishing pages only (SharePoint's SEO
  control).  The same news is also:
  - the Pages library item form ``/news/Pages/Forms/DispForm.aspx?ID=<page item id>`` (linked from
    ``/news/Pages/Forms/AllItems.aspx``, itself linked from Site Contents);
  - an item of the custom list ``/Lists/News`` (other ids: the list was filled separately):
    ``/Lists/News/DispForm.aspx?ID=<list id>&Source=<absolute URL of the view, UrlKeyValueEncode'd>`` as
    the list view links it (any ``Source`` answers); the list's "ลิงก์หน้าข่าว" column and the quick launch
    link the pages with a capital N: ``/News/Pages/<name>.aspx``.
* list view ``/Lists/News/AllItems.aspx``: 10 a page, sorted by article date, SharePoint's cursor paging
  ``?Paged=TRUE&p_ArticleStartDate=<UTC yyyyMMdd HH:mm:ss>&p_ID=<last id>&PageFirstRow=11&View={GUID}``
  (►) and ``PagedPrev=TRUE`` (◄); a category / year link bar adding ``FilterField<N>=...&FilterValue<N>=``
  and column-header sort links ``SortField=...&SortDir=Asc|Desc`` (the list dates print as ``3/5/2024``,
  the UTC cursor of a date-only field is the previous day 17:00).
* RSS ``/_layouts/15/listfeed.aspx?List={GUID}`` (15 items by Modified; links = list DispForm).
* static publishing pages ``/Pages/About.aspx`` (ประวัติ), ``Vision.aspx``, ``Executives.aspx``,
  ``Contact.aspx``, ``ITA.aspx`` (OIT 2567 table of PDFs under ``/Documents/ITA/2567/`` and ``/SiteAssets/``).
* utility pages: ``/_layouts/15/viewlsts.aspx`` (Site Contents), ``/_layouts/15/osssearchresults.aspx?k=...``
  (footer's popular searches), ``/_layouts/15/Authenticate.aspx?Source=<page>`` 302 -> forms login
  ``/_login/default.aspx?ReturnUrl=...`` (robots.txt disallows ``/_login/``), ``/Documents/Forms/AllItems.aspx``.
* unknown paths: SharePoint's "Sorry, something went wrong / File Not Found." page, status 404.  A list
  DispForm of a deleted item (``/Lists/News/DispForm.aspx?ID=3``, linked from a news body) answers 200
  "Item does not exist. It may have been deleted by another user." (a soft-404).

Gold articles: the 22 news pages, 2023-10-02 .. 2024-07-08, oldest first (11 ข่าวประชาสัมพันธ์, 7 ข่าวกิจกรรม,
4 ประกาศจัดซื้อจัดจ้าง).  url = ``/news/Pages/<name>.aspx`` (lower-case ``news``, as the CQWP, the rollup,
the search and canonical link it); aliases = ``/News/Pages/<name>.aspx``, the Pages library DispForm (plain and as
its library view links it), the list DispForm (plain and with the ``Source`` of each non-trap view that links it).  title = the page title
(``<title>``; the ``<h1>`` prefixes the sub-site breadcrumb).  published = the article date field
"วันที่ 5 มีนาคม 2567" (NOT "Modified: 3/12/2024 2:41 PM" / แก้ไขล่าสุด, nor the body's own dates; one body
says the event was the day before).  author = the Byline field without "โดย" (None on notices).
Paragraphs: the blocks (``<p>``, ``<div>``, ``<h3>``, ``<li>``, table rows with cells joined by a space) of
the Page Content field, NOT the date, byline, modified line, captions, the attachments web part, the
"ข่าวล่าสุด" web part or the share links; empty ``<p>&#8203;</p>`` blocks left by the editor are not
paragraphs.  Captions: the Image Caption field under the page image, then the ``ms-rteStyle-Caption``
lines under photos inside the body, in page order.

Non-articles: home, the news rollup, the wiki home, list views (pages, prev-link form, category / year
filters), the Pages and Documents library views, static pages, Site Contents, search results, the
calendar (default and one month), event item forms, the deleted-item soft-404 (the RSS feed is served
but is XML, not an HTML page, so it is not listed).

Traps (``trap_patterns``, answered by ``_SharePoint.dynamic``):
* list view sort / filter combinations: any ``/Lists/News/AllItems.aspx`` with a ``SortField`` or a second
  filter (``FilterField2``..): every such page links each sort and each category / year filter appended
  as the next ``FilterField<N+1>`` (the link bar web part appends, it never replaces): endless;
* calendar ``/Lists/Events/calendar.aspx?CalendarDate=<M/D/YYYY>&CalendarPeriod=month|week|day`` for any
  date (1900..8900), linking the previous and next period and the other periods forever.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from urllib.parse import parse_qsl, quote, urlsplit

from ..media import pdf
from ..model import FixtureArticle, FixtureSite, Response, route_key
from ..thaidate import BANGKOK, MONTHS, MONTHS_ABBR, http_date, rfc822
from ..thaidate import thai_long as th_long
from .common import add_jpeg, add_text, attr, esc, redirect, static_file

FAMILY = "sharepoint_portal"
SITE = "องค์การบริหารส่วนจังหวัดศรีวารินทร์"
SHORT = "อบจ.ศรีวารินทร์"
ADDRESS = "เลขที่ 1 ถนนศรีวารินทร์ ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ 45120"
PHONE = "0 4351 2200"
EMAIL = "saraban@sriwarinpao.go.th"
TODAY = date(2024, 7, 10)
LAUNCH = datetime(2019, 3, 1, 9, 0, tzinfo=BANGKOK)
VERSION = "15.0.0.4797"
REV = "rev=Ks5lXEvlkEWbn2nNyGpT7A%3D%3D"
NEWS_LIST = "{6F1C2A3B-8D4E-4F50-9A61-B72C83D94E05}"
NEWS_VIEW = "{A3E5C7D9-1B2F-4C6E-8A0B-2D4F6A8C0E13}"
PAGES_LIST = "{0B7D5E21-44C9-4A3F-8E6D-19F2A7C4B850}"
ROOT_PAGES_LIST = "{C81F2D90-5B6A-4E77-9C3D-0A4E6B8F1D27}"
EVENTS_LIST = "{2E9A4C61-7F3B-4D85-A1C2-5B6D8E0F3A94}"
PER_PAGE = 10
CATS = {1: "ข่าวประชาสัมพันธ์", 2: "ข่าวกิจกรรม", 3: "ประกาศจัดซื้อจัดจ้าง"}
POPULAR = ("ภาษี", "ประกวดราคา", "สงกรานต์")


@dataclass(frozen=True)
class _News:
    pid: int  # item id in the /news Pages library
    lid: int  # item id in /Lists/News
    name: str  # page file name, without .aspx
    day: str  # ArticleStartDate (the gold date)
    created: str  # 'YYYY-MM-DD HH:MM'
    modified: str
    cat: int
    title: str
    byline: str | None
    body: tuple  # blocks: str = <p>; ("div", t); ("h3", t); ("ul", items); ("table", rows); ("img", file, caption); ("empty",)
    image: str | None = None  # page image file (PublishingPageImage)
    caption: str = ""  # PublishingImageCaption
    files: tuple[tuple[str, str], ...] = ()  # attachments web part: (path, label)

    @cached_property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @cached_property
    def created_dt(self) -> datetime:
        return datetime.fromisoformat(self.created).replace(tzinfo=BANGKOK)

    @cached_property
    def modified_dt(self) -> datetime:
        return datetime.fromisoformat(self.modified).replace(tzinfo=BANGKOK)

    @cached_property
    def path(self) -> str:
        return "/news/Pages/" + quote(self.name) + ".aspx"

    @cached_property
    def year_dir(self) -> str:
        return str(self.d.year + 543)


# fmt: off
PR = "งานประชาสัมพันธ์ สำนักปลัด อบจ."
NEWS: tuple[_News, ...] = (
    _News(7, 1, "news-2566-041", "2023-10-02", "2023-10-02 14:20", "2023-10-03 09:05", 1,
          "อบจ.ศรีวารินทร์ แถลงนโยบายการบริหารงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567", PR,
          ("นายประเสริฐ ทองศรีวงศ์ นายกองค์การบริหารส่วนจังหวัดศรีวารินทร์ แถลงนโยบายการบริหารงบประมาณประจำปีงบประมาณ พ.ศ. 2567 ต่อสภาองค์การบริหารส่วนจังหวัด โดยมีงบประมาณรายจ่ายทั้งสิ้น 1,248 ล้านบาท เน้นการพัฒนาโครงสร้างพื้นฐาน การศึกษา และการสาธารณสุขในพื้นที่ห่างไกล",
           "นโยบายสำคัญประกอบด้วยการซ่อมสร้างถนนสายรองเชื่อมระหว่างอำเภอ 42 สาย การยกระดับโรงพยาบาลส่งเสริมสุขภาพตำบลที่รับถ่ายโอนให้มีแพทย์หมุนเวียนประจำ และการพัฒนาแหล่งน้ำเพื่อการเกษตรในฤดูแล้ง",
           "นายก อบจ. ระบุว่าจะเปิดเผยความก้าวหน้าของทุกโครงการผ่านเว็บไซต์และศูนย์ข้อมูลข่าวสาร เพื่อให้ประชาชนติดตามตรวจสอบการใช้จ่ายงบประมาณได้อย่างโปร่งใส",
           ("empty",)),
          image="policy-2567.jpg", caption="นายก อบจ.ศรีวารินทร์ แถลงนโยบายต่อสภา อบจ."),
    _News(9, 2, "news-2566-044", "2023-10-19", "2023-10-19 16:45", "2023-10-19 16:45", 2,
          "ออกหน่วยบริการประชาชนเคลื่อนที่ อบจ.สัญจร ครั้งที่ 1 ณ อำเภอนาคูณ", PR,
          ("วันพฤหัสบดีที่ 19 ตุลาคม 2566 องค์การบริหารส่วนจังหวัดศรีวารินทร์ ออกหน่วยบริการประชาชนเคลื่อนที่ \"อบจ.สัญจร\" ครั้งที่ 1 ณ โรงเรียนนาคูณวิทยา อำเภอนาคูณ มีประชาชนมารับบริการกว่า 1,200 คน",
           ("img", "sanjorn-1-01.jpg", "นายก อบจ. พบปะประชาชนที่มารับบริการ"),
           "ภายในงานมีบริการตรวจสุขภาพและวัดสายตา ตัดผมฟรี ซ่อมเครื่องใช้ไฟฟ้า รับชำระภาษีบำรุง อบจ. และรับเรื่องร้องทุกข์ โดยหน่วยงานภาคีเครือข่ายร่วมออกบริการ 18 หน่วยงาน",
           ("img", "sanjorn-1-02.jpg", "จุดบริการตรวจวัดสายตาและแจกแว่นสายตา"),
           "เรื่องร้องทุกข์ที่ได้รับจำนวน 37 เรื่อง ส่วนใหญ่เป็นเรื่องถนนชำรุดและขอขยายเขตประปา ได้ส่งต่อให้กองช่างตรวจสอบพื้นที่ภายใน 15 วัน"),
          image="sanjorn-1-cover.jpg", caption="บรรยากาศหน่วยบริการเคลื่อนที่ อบจ.สัญจร อำเภอนาคูณ"),
    _News(11, 4, "news-2566-047", "2023-11-08", "2023-11-08 10:12", "2023-11-08 10:30", 3,
          "ประกาศประกวดราคาจ้างก่อสร้างถนนลาดยาง สายบ้านโนนสูง – บ้านหนองแวง ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", None,
          ("องค์การบริหารส่วนจังหวัดศรีวารินทร์ มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้านโนนสูง – บ้านหนองแวง อำเภอกุดรัง ระยะทาง 3.450 กิโลเมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางเป็นเงิน 9,870,000.00 บาท",
           'ผู้สนใจติดต่อขอรับหรือดูเอกสารประกวดราคาได้ที่เว็บไซต์ <a href="http://www.gprocurement.go.th/">www.gprocurement.go.th</a> ตั้งแต่วันที่ 8 – 16 พฤศจิกายน 2566 สอบถามรายละเอียดได้ที่กองพัสดุและทรัพย์สิน โทร. 0 4351 2200 ต่อ 215'),
          files=(("/Documents/ประกาศ/2566/ประกาศ e-bidding ถนนโนนสูง-หนองแวง.pdf", "ประกาศประกวดราคา (PDF)"),
                 ("/Documents/ประกาศ/2566/เอกสารประกวดราคา ถนนโนนสูง.pdf", "เอกสารประกวดราคา (PDF)"))),
    _News(12, 5, "news-2566-049", "2023-11-27", "2023-11-28 08:40", "2023-11-28 08:40", 2,
          "ลอยกระทงวิถีไทย ณ บึงศรีวารินทร์ ประจำปี 2566", PR,
          ("คืนวันที่ 27 พฤศจิกายน 2566 องค์การบริหารส่วนจังหวัดศรีวารินทร์ ร่วมกับเทศบาลเมืองศรีวารินทร์ จัดงานประเพณีลอยกระทงวิถีไทย ณ บึงศรีวารินทร์ ภายใต้แนวคิด \"กระทงรักษ์น้ำ\" ใช้วัสดุธรรมชาติที่ย่อยสลายได้ทั้งหมด",
           "กิจกรรมภายในงานมีการประกวดกระทงประดิษฐ์ ประกวดนางนพมาศ และการแสดงศิลปวัฒนธรรมพื้นบ้านจาก 12 อำเภอ โดยหลังงานเจ้าหน้าที่ได้เก็บกระทงขึ้นจากบึงจำนวน 8,430 ใบ"),
          image="loykrathong-2566.jpg", caption=""),
    _News(14, 6, "news-2566-052", "2023-12-04", "2023-12-04 11:00", "2023-12-04 11:00", 1,
          "ขอเชิญร่วมลงนามถวายพระพรชัยมงคล เนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม", PR,
          ("องค์การบริหารส่วนจังหวัดศรีวารินทร์ ขอเชิญชวนข้าราชการ พนักงาน และประชาชนทั่วไป ร่วมกิจกรรมเนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม 2566 ณ ศาลากลางจังหวัดศรีวารินทร์ ตามกำหนดการดังนี้",
           ("ul", ("เวลา 07.00 น. พิธีทำบุญตักบาตรถวายพระราชกุศล", "เวลา 08.30 น. พิธีวางพานพุ่มและลงนามถวายพระพรชัยมงคล", "เวลา 18.00 น. พิธีจุดเทียนเฉลิมพระเกียรติ")),
           'การแต่งกาย ข้าราชการแต่งเครื่องแบบปกติขาว ประชาชนแต่งกายสุภาพโทนสีเหลือง ดูรายละเอียดเพิ่มเติมได้ที่ <a href="/Lists/News/DispForm.aspx?ID=3">กำหนดการฉบับเต็ม</a>'),
          image="5dec-invite.jpg", caption=""),
    _News(16, 7, "news-2566-055", "2023-12-20", "2023-12-20 13:30", "2024-01-05 10:20", 1,
          "ประชาสัมพันธ์การชำระภาษีบำรุง อบจ. จากสถานค้าปลีกน้ำมัน ประจำปี 2567", "กองคลัง",
          ("ตามข้อบัญญัติองค์การบริหารส่วนจังหวัดศรีวารินทร์ เรื่อง ภาษีบำรุงองค์การบริหารส่วนจังหวัดจากสถานค้าปลีกน้ำมัน ผู้ประกอบการค้าปลีกน้ำมันเบนซิน น้ำมันดีเซล และก๊าซปิโตรเลียมเหลว มีหน้าที่ยื่นแบบและชำระภาษีภายในวันที่ 15 ของทุกเดือน",
           ("div", "ผู้ประกอบการสามารถยื่นแบบได้ที่ฝ่ายพัฒนารายได้ กองคลัง ชั้น 2 อาคารสำนักงาน อบจ. หรือส่งทางไปรษณีย์ลงทะเบียน โดยถือวันที่ประทับตราไปรษณีย์เป็นวันยื่นแบบ"),
           'ดาวน์โหลด<a href="/SiteAssets/forms/ภ.อ.บ.จ.1.pdf">แบบแสดงรายการภาษี (ภ.อ.บ.จ. 1)</a> และศึกษาข้อบัญญัติฉบับเต็มได้ทางเว็บไซต์นี้ หากชำระล่าช้าต้องเสียเงินเพิ่มร้อยละ 1.5 ต่อเดือน',
           ("empty",))),
    _News(18, 8, "news-2567-002", "2024-01-13", "2024-01-13 17:10", "2024-01-14 09:00", 2,
          "งานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬากลางจังหวัดศรีวารินทร์", PR,
          ("วันเสาร์ที่ 13 มกราคม 2567 องค์การบริหารส่วนจังหวัดศรีวารินทร์ จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬากลางจังหวัดศรีวารินทร์ ภายใต้คำขวัญ \"มุ่งมั่นใฝ่เรียนรู้ เคารพผู้มีความคิดต่าง ร่วมสร้างสรรค์ประชาธิปไตย\"",
           ("img", "children-2567-01.jpg", "การแสดงของนักเรียนโรงเรียนในสังกัด อบจ."),
           ("img", "children-2567-02.jpg", "ซุ้มเกมและแจกของขวัญ"),
           ("img", "children-2567-03.jpg", ""),
           "ภายในงานมีซุ้มกิจกรรมจากส่วนราชการและเอกชนกว่า 60 ซุ้ม การแสดงของนักเรียนจากโรงเรียนในสังกัด อบจ. 9 แห่ง และการจับสลากรางวัลจักรยาน 120 คัน",
           "มีเด็กและผู้ปกครองร่วมงานตลอดทั้งวันประมาณ 15,000 คน")),
    _News(19, 9, "news-2567-005", "2024-01-24", "2024-01-24 15:00", "2024-01-24 15:00", 3,
          "ประกาศผู้ชนะการเสนอราคา ซื้อครุภัณฑ์การแพทย์ สำหรับโรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด", None,
          ("ตามที่องค์การบริหารส่วนจังหวัดศรีวารินทร์ ได้มีโครงการซื้อครุภัณฑ์การแพทย์สำหรับโรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด โดยวิธีเฉพาะเจาะจง นั้น ผู้ได้รับการคัดเลือก มีดังนี้",
           ("table", (("รายการ", "ผู้ได้รับการคัดเลือก", "ราคา (บาท)"),
                      ("เครื่องวัดความดันโลหิตอัตโนมัติ 40 เครื่อง", "บริษัท ศรีวารินทร์เมดิคอล จำกัด", "128,000.00"),
                      ("เครื่องชั่งน้ำหนักดิจิทัล 40 เครื่อง", "ห้างหุ้นส่วนจำกัด อีสานการแพทย์", "62,400.00"))),
           "ประกาศ ณ วันที่ 24 มกราคม พ.ศ. 2567"),
          files=(("/Documents/ประกาศ/2567/ผู้ชนะ ครุภัณฑ์การแพทย์ รพ.สต..pdf", "ประกาศผู้ชนะการเสนอราคา (PDF)"),)),
    _News(21, 10, "news-2567-008", "2024-02-07", "2024-02-07 10:40", "2024-02-07 10:40", 1,
          "รับสมัครนักกีฬาเข้าร่วมการแข่งขันกีฬานักเรียน ศรีวารินทร์เกมส์ ครั้งที่ 12", "กองการศึกษา ศาสนาและวัฒนธรรม",
          ("องค์การบริหารส่วนจังหวัดศรีวารินทร์ เปิดรับสมัครนักกีฬานักเรียนเข้าร่วมการแข่งขันกีฬา \"ศรีวารินทร์เกมส์\" ครั้งที่ 12 ระหว่างวันที่ 1 – 7 มีนาคม 2567 ณ สนามกีฬากลางจังหวัดศรีวารินทร์",
           ("h3", "ชนิดกีฬาที่เปิดรับสมัคร"),
           ("ul", ("ฟุตบอล และฟุตซอล ชาย–หญิง", "วอลเลย์บอล และเซปักตะกร้อ", "กรีฑา รุ่นอายุไม่เกิน 12 ปี และ 15 ปี", "เปตอง")),
           "โรงเรียนที่สนใจส่งใบสมัครได้ที่กองการศึกษา ศาสนาและวัฒนธรรม ภายในวันที่ 23 กุมภาพันธ์ 2567")),
    _News(23, 11, "ประชุมสภา-อบจ-สมัยสามัญ-สมัยแรก-2567", "2024-02-22", "2024-02-22 16:05", "2024-02-23 08:15", 1,
          "การประชุมสภาองค์การบริหารส่วนจังหวัดศรีวารินทร์ สมัยสามัญ สมัยแรก ประจำปี 2567", "สำนักงานเลขานุการสภา อบจ.",
          ("วันที่ 22 กุมภาพันธ์ 2567 สภาองค์การบริหารส่วนจังหวัดศรีวารินทร์ จัดการประชุมสมัยสามัญ สมัยแรก ประจำปี 2567 ครั้งที่ 1 ณ ห้องประชุมสภา อบจ. โดยมีนายสมพงษ์ ศรีสุข ประธานสภา อบจ. เป็นประธานการประชุม",
           "ที่ประชุมได้พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายเพิ่มเติม ฉบับที่ 1 และให้ความเห็นชอบการโอนงบประมาณเพื่อซ่อมแซมถนนที่ได้รับความเสียหายจากอุทกภัยปลายปี 2566 จำนวน 14 สาย",
           "นอกจากนี้ สมาชิกสภาได้ตั้งกระทู้ถามเรื่องการแก้ไขปัญหาน้ำอุปโภคบริโภคในฤดูแล้ง ซึ่งฝ่ายบริหารรับจะเร่งจัดส่งรถบรรทุกน้ำให้ครบทุกตำบลที่ประกาศเขตภัยพิบัติ"),
          image="council-1-2567.jpg", caption="การประชุมสภา อบจ.ศรีวารินทร์ สมัยสามัญ สมัยแรก"),
    _News(25, 12, "news-2567-015", "2024-03-05", "2024-03-05 09:58", "2024-03-12 14:41", 2,
          "โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ 3/2567", "ฝ่ายป้องกันและบรรเทาสาธารณภัย",
          ("องค์การบริหารส่วนจังหวัดศรีวารินทร์ จัดโครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ 3/2567 ระหว่างวันที่ 5 – 9 มีนาคม 2567 ณ ศูนย์ฝึกอบรมป้องกันภัย อบจ. มีผู้เข้ารับการอบรม 150 คน จาก 5 อำเภอ",
           "หลักสูตรการอบรมประกอบด้วยบทบาทหน้าที่ของ อปพร. การดับเพลิงขั้นต้น การปฐมพยาบาลและการช่วยฟื้นคืนชีพ การค้นหาและกู้ภัยทางน้ำ และการจัดการจราจรในภาวะฉุกเฉิน",
           ("img", "opor-3-01.jpg", "ฝึกภาคปฏิบัติการดับเพลิงขั้นต้น"),
           "ผู้ผ่านการอบรมจะได้รับบัตรประจำตัว อปพร. และขึ้นทะเบียนเป็นกำลังเสริมของศูนย์ อปพร. ประจำองค์กรปกครองส่วนท้องถิ่นในพื้นที่",
           "ปัจจุบันจังหวัดศรีวารินทร์มี อปพร. ที่ขึ้นทะเบียนแล้ว 6,842 คน คิดเป็นร้อยละ 1.1 ของประชากร"),
          image="opor-3-cover.jpg", caption="พิธีเปิดการฝึกอบรม อปพร. รุ่นที่ 3/2567"),
    _News(26, 13, "news-2567-017", "2024-03-18", "2024-03-18 11:25", "2024-03-18 11:25", 1,
          "แจ้งปิดการจราจรชั่วคราว ถนนสายศรีวารินทร์–กุดรัง ช่วง กม. 12–15 เพื่อซ่อมผิวทาง", "กองช่าง",
          ("กองช่าง องค์การบริหารส่วนจังหวัดศรีวารินทร์ แจ้งปิดการจราจรชั่วคราวบนถนนสายศรีวารินทร์–กุดรัง ช่วง กม. 12–15 เพื่อซ่อมแซมผิวทางลาดยางที่ชำรุด ตามกำหนดการดังนี้",
           ("table", (("วันที่", "ช่วงเวลา", "การจราจร"),
                      ("20 มีนาคม 2567", "08.00 – 17.00 น.", "ปิดช่องทางขาเข้า เปิดสลับทาง"),
                      ("21 – 22 มีนาคม 2567", "08.00 – 17.00 น.", "ปิดช่องทางขาออก เปิดสลับทาง"))),
           "ขอให้ผู้ใช้รถใช้ถนนหลีกเลี่ยงเส้นทางดังกล่าวหรือเผื่อเวลาเดินทาง ขออภัยในความไม่สะดวกมา ณ โอกาสนี้")),
    _News(28, 14, "news-2567-019", "2024-04-02", "2024-04-02 14:00", "2024-04-02 14:00", 3,
          "ประกาศราคากลาง โครงการปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก อบจ.ศรีวารินทร์", None,
          ("องค์การบริหารส่วนจังหวัดศรีวารินทร์ ประกาศราคากลางโครงการปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก อบจ.ศรีวารินทร์ ตำบลในเมือง เป็นเงิน 2,415,300.00 บาท รายละเอียดตามแบบ บก.01 และแบบ ปร.4 ปร.5 ที่แนบ",),
          files=(("/SiteAssets/procurement/2567/ราคากลาง ศพด. บก01.pdf", "ตาราง บก.01 (PDF)"),
                 ("/SiteAssets/procurement/2567/ราคากลาง ศพด. ปร4 ปร5.pdf", "แบบ ปร.4 ปร.5 (PDF)"))),
    _News(30, 15, "Songkran-2567", "2024-04-12", "2024-04-12 15:30", "2024-04-12 15:30", 2,
          "สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2567", PR,
          ("วันที่ 12 เมษายน 2567 องค์การบริหารส่วนจังหวัดศรีวารินทร์ จัดพิธีสรงน้ำพระและรดน้ำขอพรผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ณ ลานหน้าอาคารสำนักงาน อบจ. มีผู้สูงอายุจากชมรมผู้สูงอายุทั้ง 12 อำเภอเข้าร่วม",
           "ภายในงานมีการประกวดผู้สูงอายุสุขภาพดี การแสดงรำวงย้อนยุค และการมอบเครื่องอุปโภคบริโภคแก่ผู้สูงอายุที่มีอายุ 90 ปีขึ้นไป จำนวน 45 ราย",
           "นายก อบจ. กล่าวว่าประเพณีสงกรานต์เป็นโอกาสให้ลูกหลานได้แสดงความกตัญญู และ อบจ. จะสนับสนุนกิจกรรมของชมรมผู้สูงอายุต่อไป"),
          image="songkran-2567.jpg", caption=""),
    _News(31, 16, "news-2567-023", "2024-04-29", "2024-04-29 10:05", "2024-04-30 08:30", 1,
          "เตือนภัยคลื่นความร้อน แนะนำประชาชนดูแลสุขภาพช่วงอากาศร้อนจัด", "กองสาธารณสุข",
          ("กองสาธารณสุข องค์การบริหารส่วนจังหวัดศรีวารินทร์ แจ้งเตือนประชาชนในช่วงที่อุณหภูมิสูงเกิน 40 องศาเซลเซียส ให้ระมัดระวังโรคลมร้อน (Heat Stroke) โดยเฉพาะเด็กเล็ก ผู้สูงอายุ และผู้มีโรคประจำตัว",
           ("ul", ("ดื่มน้ำสะอาดวันละ 2–3 ลิตร แม้ไม่รู้สึกกระหายน้ำ", "หลีกเลี่ยงการทำงานกลางแจ้งระหว่างเวลา 11.00 – 15.00 น.", "สวมเสื้อผ้าสีอ่อน ระบายอากาศได้ดี", "หากมีอาการตัวร้อน หน้ามืด สับสน ให้รีบนำส่งโรงพยาบาลหรือโทร 1669")),
           "ประชาชนสามารถขอรับคำปรึกษาได้ที่โรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด อบจ. ทั้ง 96 แห่ง")),
    _News(33, 18, "news-2567-026", "2024-05-09", "2024-05-09 09:15", "2024-05-09 09:15", 1,
          "ประชาสัมพันธ์รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ประจำปี 2567", "กองการเจ้าหน้าที่",
          ("องค์การบริหารส่วนจังหวัดศรีวารินทร์ ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ จำนวน 4 ตำแหน่ง 9 อัตรา ได้แก่ ผู้ช่วยนักวิชาการเงินและบัญชี ผู้ช่วยนายช่างโยธา ผู้ช่วยเจ้าพนักงานธุรการ และพนักงานขับรถยนต์",
           "ผู้สนใจยื่นใบสมัครด้วยตนเองได้ที่กองการเจ้าหน้าที่ ชั้น 3 อาคารสำนักงาน อบจ. ระหว่างวันที่ 13 – 24 พฤษภาคม 2567 ในวันและเวลาราชการ",
           "รายละเอียดคุณสมบัติและเอกสารประกอบการสมัครดูได้จากประกาศที่แนบท้ายข่าวนี้"),
          files=(("/Documents/ประกาศ/2567/ประกาศรับสมัครพนักงานจ้าง 2567.pdf", "ประกาศรับสมัคร (PDF)"),
                 ("/Documents/ประกาศ/2567/ใบสมัครพนักงานจ้าง.pdf", "ใบสมัคร (PDF)"))),
    _News(35, 19, "news-2567-029", "2024-05-22", "2024-05-22 18:20", "2024-05-23 07:45", 2,
          "มอบถุงยังชีพช่วยเหลือผู้ประสบวาตภัย อำเภอกุดรัง", PR,
          ("เมื่อวันที่ 21 พฤษภาคม 2567 นายประเสริฐ ทองศรีวงศ์ นายก อบจ.ศรีวารินทร์ พร้อมด้วยเจ้าหน้าที่ฝ่ายป้องกันและบรรเทาสาธารณภัย ลงพื้นที่มอบถุงยังชีพแก่ผู้ประสบวาตภัยในตำบลหนองแวงและตำบลเลิงแฝก อำเภอกุดรัง จำนวน 230 ครัวเรือน",
           ("img", "storm-kudrang-01.jpg", "มอบถุงยังชีพที่ศาลากลางบ้านหนองแวง"),
           "พายุฤดูร้อนเมื่อคืนวันที่ 19 พฤษภาคม 2567 ทำให้บ้านเรือนเสียหาย 312 หลัง โรงเรือนเกษตร 41 แห่ง อบจ. ได้ส่งรถกระเช้าและชุดช่างออกซ่อมแซมหลังคาบ้านผู้สูงอายุและผู้พิการก่อนเป็นลำดับแรก",
           "ผู้ได้รับความเดือดร้อนสามารถแจ้งขอรับความช่วยเหลือได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย อบจ. โทร. 0 4351 2299 ตลอด 24 ชั่วโมง"),
          image="storm-kudrang-cover.jpg", caption="นายก อบจ. ตรวจความเสียหายบ้านเรือนในตำบลหนองแวง"),
    _News(37, 20, "news-2567-031", "2024-06-03", "2024-06-03 13:50", "2024-06-03 13:50", 1,
          "เชิญชวนประชาชนแสดงความคิดเห็นต่อร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ฉบับที่ 2", "กองยุทธศาสตร์และงบประมาณ",
          ('องค์การบริหารส่วนจังหวัดศรีวารินทร์ ได้จัดทำร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ฉบับที่ 2 เสร็จเรียบร้อยแล้ว จึงขอเชิญชวนประชาชนศึกษา<a href="/Documents/แผนพัฒนา/ร่างแผนพัฒนาท้องถิ่น เพิ่มเติม ฉบับที่ 2.pdf">ร่างแผนพัฒนาท้องถิ่น</a>และแสดงความคิดเห็นได้ภายในวันที่ 17 มิถุนายน 2567',
           ("div", "ส่งความคิดเห็นได้ทางไปรษณีย์อิเล็กทรอนิกส์ saraban@sriwarinpao.go.th หรือที่กล่องรับความคิดเห็นหน้าห้องกองยุทธศาสตร์และงบประมาณ ชั้น 2"),
           ("empty",))),
    _News(39, 21, "news-2567-034", "2024-06-14", "2024-06-14 11:30", "2024-06-14 11:30", 3,
          "ประกาศประกวดราคาซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 10,000 ลิตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", None,
          ("องค์การบริหารส่วนจังหวัดศรีวารินทร์ มีความประสงค์จะประกวดราคาซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 10,000 ลิตร จำนวน 2 คัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางเป็นเงิน 7,600,000.00 บาท",
           "กำหนดยื่นข้อเสนอและเสนอราคาในวันที่ 25 มิถุนายน 2567 ระหว่างเวลา 09.00 – 12.00 น. ผ่านระบบจัดซื้อจัดจ้างภาครัฐ"),
          files=(("/Documents/ประกาศ/2567/ประกาศ e-bidding รถบรรทุกน้ำ.pdf", "ประกาศประกวดราคา (PDF)"),
                 ("/Documents/ประกาศ/2567/ร่าง TOR รถบรรทุกน้ำ.pdf", "ร่างขอบเขตของงาน (TOR) (PDF)"))),
    _News(41, 22, "news-2567-036", "2024-06-26", "2024-06-26 16:00", "2024-06-27 09:10", 2,
          "อบจ.ศรีวารินทร์ ร่วมรณรงค์ต่อต้านยาเสพติด เนื่องในวันต่อต้านยาเสพติดโลก 26 มิถุนายน 2567", PR,
          ("วันที่ 26 มิถุนายน 2567 องค์การบริหารส่วนจังหวัดศรีวารินทร์ ร่วมกับตำรวจภูธรจังหวัดและสาธารณสุขจังหวัด จัดกิจกรรมรณรงค์ต่อต้านยาเสพติด เนื่องในวันต่อต้านยาเสพติดโลก ณ หอประชุมอำเภอเมืองศรีวารินทร์",
           "กิจกรรมประกอบด้วยการเดินรณรงค์ของนักเรียนนักศึกษากว่า 800 คน นิทรรศการให้ความรู้เรื่องโทษของยาเสพติด และการประกวดคลิปวิดีโอสั้นต่อต้านยาเสพติดระดับมัธยมศึกษา",
           ("img", "antidrug-2567-01.jpg", "ขบวนรณรงค์ของนักเรียนบนถนนศรีวารินทร์")),
          image="antidrug-2567-cover.jpg", caption="ผู้บริหาร อบจ. ร่วมเปิดกิจกรรมวันต่อต้านยาเสพติดโลก"),
    _News(42, 24, "news-2567-038", "2024-07-03", "2024-07-03 10:10", "2024-07-03 10:10", 1,
          "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะ ตำแหน่งพนักงานจ้างตามภารกิจ", "กองการเจ้าหน้าที่",
          ("ตามที่องค์การบริหารส่วนจังหวัดศรีวารินทร์ ได้ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ระหว่างวันที่ 13 – 24 พฤษภาคม 2567 นั้น บัดนี้ได้ตรวจสอบคุณสมบัติของผู้สมัครเรียบร้อยแล้ว",
           "จึงประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะ จำนวน 87 คน โดยกำหนดสอบข้อเขียนในวันเสาร์ที่ 13 กรกฎาคม 2567 เวลา 09.00 น. ณ โรงเรียนศรีวารินทร์พิทยาคม ให้ผู้สมัครนำบัตรประจำตัวประชาชนมาแสดงในวันสอบ"),
          files=(("/Documents/ประกาศ/2567/รายชื่อผู้มีสิทธิ์สอบ พนักงานจ้าง.pdf", "ประกาศรายชื่อผู้มีสิทธิ์ (PDF)"),)),
    _News(44, 25, "news-2567-040", "2024-07-08", "2024-07-08 14:35", "2024-07-09 08:20", 1,
          "อบจ.ศรีวารินทร์ เปิดใช้งานระบบ e-Service ยื่นคำร้องออนไลน์ ตลอด 24 ชั่วโมง", "ศูนย์เทคโนโลยีสารสนเทศ",
          ("องค์การบริหารส่วนจังหวัดศรีวารินทร์ เปิดใช้งานระบบ e-Service สำหรับยื่นคำร้องออนไลน์ ตั้งแต่วันที่ 8 กรกฎาคม 2567 เป็นต้นไป ประชาชนสามารถยื่นคำร้องได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาที่สำนักงาน",
           "บริการที่เปิดให้ยื่นผ่านระบบ ได้แก่ คำร้องขอรับความช่วยเหลือสาธารณภัย คำร้องขอใช้สนามกีฬากลาง คำร้องขอรถบรรทุกน้ำ และการแจ้งเรื่องร้องเรียนการทุจริต",
           "เมื่อยื่นคำร้องแล้ว ระบบจะส่งหมายเลขติดตามเรื่องทางอีเมล และเจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ",
           "หากพบปัญหาการใช้งาน ติดต่อศูนย์เทคโนโลยีสารสนเทศ โทร. 0 4351 2200 ต่อ 301"),
          image="eservice-launch.jpg", caption="หน้าจอระบบ e-Service ของ อบจ.ศรีวารินทร์"),
)
# fmt: on

# Calendar list items: (id, start, end, title, location, description)
# fmt: off
EVENTS = (
    (1, "2024-06-26 08:00", "2024-06-26 12:00", "กิจกรรมรณรงค์วันต่อต้านยาเสพติดโลก", "หอประชุมอำเภอเมืองศรีวารินทร์", "ขอเชิญนักเรียนและประชาชนร่วมเดินรณรงค์"),
    (2, "2024-07-13 09:00", "2024-07-13 12:00", "สอบข้อเขียนพนักงานจ้างตามภารกิจ", "โรงเรียนศรีวารินทร์พิทยาคม", "ผู้มีสิทธิ์สอบนำบัตรประจำตัวประชาชนมาแสดง"),
    (4, "2024-07-22 13:30", "2024-07-22 16:30", "ประชุมสภา อบจ. สมัยสามัญ สมัยที่ 2 ครั้งที่ 1", "ห้องประชุมสภา อบจ.", "ประชาชนเข้าฟังการประชุมได้"),
    (5, "2024-08-09 08:00", "2024-08-09 16:00", "อบจ.สัญจร ครั้งที่ 4 อำเภอเลิงแฝก", "ที่ว่าการอำเภอเลิงแฝก", "หน่วยบริการประชาชนเคลื่อนที่"),
)
# fmt: on

EXECUTIVES = (
    ("นายประเสริฐ ทองศรีวงศ์", "นายกองค์การบริหารส่วนจังหวัดศรีวารินทร์", "president.jpg"),
    ("นายวีระพงษ์ มั่นคง", "รองนายกองค์การบริหารส่วนจังหวัดศรีวารินทร์", "vice-1.jpg"),
    ("นางสาวกาญจนา ศรีอุดม", "รองนายกองค์การบริหารส่วนจังหวัดศรีวารินทร์", "vice-2.jpg"),
    ("นายธนากร บุญเรือง", "ปลัดองค์การบริหารส่วนจังหวัดศรีวารินทร์", "palad.jpg"),
)

# OIT (ITA 2567) items: (code, label, target); a target ending in .pdf is a document
ITA = (
    ("O1", "โครงสร้างหน่วยงาน", "/SiteAssets/ITA/2567/O1 โครงสร้าง อบจ.pdf"),
    ("O2", "ข้อมูลผู้บริหาร", "/Pages/Executives.aspx"),
    ("O3", "อำนาจหน้าที่", "/Documents/ITA/2567/O3 อำนาจหน้าที่.pdf"),
    ("O4", "แผนพัฒนาท้องถิ่น", "/Documents/ITA/2567/O4 แผนพัฒนาท้องถิ่น 2566-2570.pdf"),
    ("O5", "ข้อมูลการติดต่อ", "/Pages/Contact.aspx"),
    ("O10", "ข่าวประชาสัมพันธ์", "/news/Pages/default.aspx"),
    ("O13", "แผนการดำเนินงานประจำปี", "/Documents/ITA/2567/O13 แผนดำเนินงาน 2567.pdf"),
    ("O16", "รายงานผลการดำเนินงานรอบ 6 เดือน", "/Documents/ITA/2567/O16 รายงาน 6 เดือน.pdf"),
    ("O20", "แผนการจัดซื้อจัดจ้าง", "/Documents/ITA/2567/O20 แผนจัดซื้อจัดจ้าง 2567.pdf"),
    ("O36", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "/SiteAssets/ITA/2567/O36 มาตรการ.pdf"),
)

ABOUT = (
    ("h3", "ความเป็นมา"),
    "องค์การบริหารส่วนจังหวัดศรีวารินทร์ จัดตั้งขึ้นเมื่อปี พ.ศ. 2498 ตามพระราชบัญญัติระเบียบบริหารราชการส่วนจังหวัด ในระยะแรกมีผู้ว่าราชการจังหวัดเป็นผู้บริหารโดยตำแหน่ง และมีสำนักงานอยู่ภายในศาลากลางจังหวัดหลังเดิม",
    "ต่อมาเมื่อมีการประกาศใช้พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 องค์การบริหารส่วนจังหวัดจึงแยกออกจากการบริหารราชการส่วนภูมิภาค มีนายกองค์การบริหารส่วนจังหวัดซึ่งมาจากการเลือกตั้งโดยตรงของประชาชนเป็นผู้บริหาร และมีสภาองค์การบริหารส่วนจังหวัดทำหน้าที่ฝ่ายนิติบัญญัติ",
    "ปี พ.ศ. 2551 องค์การบริหารส่วนจังหวัดได้ย้ายสำนักงานมายังอาคารหลังปัจจุบันบนถนนศรีวารินทร์ ซึ่งสร้างขึ้นบนที่ดินราชพัสดุเนื้อที่ 32 ไร่ ประกอบด้วยอาคารสำนักงาน 4 ชั้น หอประชุม และศูนย์ฝึกอบรมป้องกันภัย",
    ("h3", "สภาพทั่วไป"),
    "จังหวัดศรีวารินทร์มีพื้นที่ประมาณ 6,210 ตารางกิโลเมตร แบ่งการปกครองออกเป็น 12 อำเภอ 104 ตำบล มีประชากรตามทะเบียนราษฎรประมาณ 618,000 คน ส่วนใหญ่ประกอบอาชีพเกษตรกรรม ได้แก่ การทำนาข้าว การปลูกอ้อย และมันสำปะหลัง",
    "ปัจจุบันองค์การบริหารส่วนจังหวัดศรีวารินทร์รับผิดชอบถนนในความดูแล 318 สาย ระยะทางรวม 1,426 กิโลเมตร โรงเรียนในสังกัด 9 แห่ง และโรงพยาบาลส่งเสริมสุขภาพตำบลที่รับถ่ายโอนจากกระทรวงสาธารณสุข 96 แห่ง",
)
VISION = (
    ("h3", "วิสัยทัศน์"),
    '"ศรีวารินทร์เมืองน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข บริหารจัดการดี"',
    ("h3", "พันธกิจ"),
    (
        "ul",
        (
            "พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและเชื่อมโยงทั่วถึง",
            "ส่งเสริมการศึกษา การสาธารณสุข และคุณภาพชีวิตของประชาชน",
            "ส่งเสริมเศรษฐกิจฐานรากและการท่องเที่ยวเชิงวัฒนธรรม",
            "อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม",
            "บริหารจัดการตามหลักธรรมาภิบาล",
        ),
    ),
)


# -- helpers -----------------------------------------------------------------------------------------
def spenc(text: str) -> str:
    """SPHttpUtility.UrlKeyValueEncode: every character but ASCII letters and digits as %XX (upper-case)."""
    return "".join(c if c.isascii() and c.isalnum() else "".join(f"%{b:02X}" for b in c.encode()) for c in text)


def enc(path: str) -> str:
    return quote(path, safe="/?=&%")


def qenc(pairs: list[tuple[str, str]]) -> str:
    return "&".join(f"{k}={quote(v, safe='')}" for k, v in pairs)


def th_abbr(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def us_date(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def us_dt(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{dt.month}/{dt.day}/{dt.year} {hour}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def utc_cursor(dt: datetime) -> str:
    u = dt.astimezone(UTC)
    return f"{u:%Y%m%d %H:%M:%S}"


def guid(key: str) -> str:
    h = hashlib.md5(key.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def plain(fragment: str) -> str:
    """What a reader sees of an HTML fragment: tags dropped (inline: no space), entities decoded, no zero-width spaces."""
    text = html.unescape(re.sub(r"<[^>]+>", "", fragment)).replace("\u200b", "")
    return " ".join(text.split())


def render_body(blocks: tuple, img_dir: str = "") -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """SharePoint rich text of the blocks, with its gold paragraphs and in-body captions."""
    out: list[str] = ['<span id="ms-rterangepaste-start"></span>']
    paras: list[str] = []
    caps: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f'<p class="ms-rteElement-P">{b}</p>')
            paras.append(plain(b))
        elif b[0] == "div":
            out.append(f"<div>{b[1]}</div>")
            paras.append(plain(b[1]))
        elif b[0] == "h3":
            out.append(f'<h3 class="ms-rteElement-H3">{esc(b[1])}</h3>')
            paras.append(plain(b[1]))
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
            paras.extend(plain(i) for i in b[1])
        elif b[0] == "table":
            rows = []
            for k, row in enumerate(b[1]):
                tag, cls = (
                    ("th", "ms-rteTableHeaderEvenCol-default") if k == 0 else ("td", "ms-rteTableEvenCol-default")
                )
                rows.append(
                    f'<tr class="{"ms-rteTableHeaderRow-default" if k == 0 else "ms-rteTableOddRow-default"}">'
                    + "\n".join(f'<{tag} class="{cls}">{esc(c)}</{tag}>' for c in row)
                    + "</tr>"
                )
                paras.append(" ".join(plain(c) for c in row))
            out.append(
                f'<table class="ms-rteTable-default" width="100%" cellspacing="0"><tbody>{"".join(rows)}</tbody></table>'
            )
        elif b[0] == "img":
            img = f'<img src="{attr(enc(img_dir + b[1]))}" alt="" style="margin:5px;width:600px;" />'
            if b[2]:
                out.append(
                    f'<p style="text-align:center;">{img}<br/><span class="ms-rteStyle-Caption">{esc(b[2])}</span></p>'
                )
                caps.append(b[2])
            else:
                out.append(f'<p style="text-align:center;">{img}</p>')
        elif b[0] == "empty":
            out.append('<p class="ms-rteElement-P">&#8203;</p>')
    text = re.sub(r'href="(/[^"]*)"', lambda m: f'href="{attr(enc(m.group(1)))}"', "".join(out))
    return text + '<span id="ms-rterangepaste-end"></span>', tuple(paras), tuple(caps)


def body_links(blocks: tuple) -> list[str]:
    """Root-relative link targets written in the blocks (documents to register)."""
    found = []
    for b in blocks:
        if isinstance(b, str) or b[0] == "div":
            found += re.findall(r'href="(/[^"]*)"', b if isinstance(b, str) else b[1])
    return found


# fmt: off
TOP_NAV = (
    ("หน้าหลัก", "/Pages/default.aspx"),
    ("เกี่ยวกับ อบจ.", "/Pages/About.aspx"),
    ("ข่าวสาร", "/news/Pages/default.aspx"),
    ("ประกาศจัดซื้อจัดจ้าง", "/Lists/News/AllItems.aspx?" + qenc([("View", NEWS_VIEW), ("FilterField1", "Category"), ("FilterValue1", CATS[3])])),
    ("ITA", "/Pages/ITA.aspx"),
    ("ติดต่อเรา", "/Pages/Contact.aspx"),
)
QUICK_LAUNCH = (
    ("หน้าหลัก", "/Pages/default.aspx", ()),
    ("เกี่ยวกับ อบจ.", None, (("ประวัติ", "/Pages/About.aspx"), ("วิสัยทัศน์และพันธกิจ", "/Pages/Vision.aspx"), ("คณะผู้บริหาร", "/Pages/Executives.aspx"))),
    ("ข่าวประชาสัมพันธ์", "/News/Pages/default.aspx", (("รายการข่าวทั้งหมด", "/Lists/News/AllItems.aspx"),)),
    ("ปฏิทินกิจกรรม", "/Lists/Events/calendar.aspx", ()),
    ("เอกสารเผยแพร่", "/Documents/Forms/AllItems.aspx", ()),
    ("การเปิดเผยข้อมูลสาธารณะ (OIT)", "/Pages/ITA.aspx", ()),
    ("ติดต่อเรา", "/Pages/Contact.aspx", ()),
    ("Site Contents", "/_layouts/15/viewlsts.aspx", ()),
)
# fmt: on

CSS_CORE = f"/_layouts/15/1033/styles/Themable/corev15.css?{REV}"
CSS_PAO = "/Style%20Library/pao/pao.css"
JS_INIT = f"/_layouts/15/init.js?{REV}"
JS_RES = "/ScriptResource.axd?d=Rk2xLm9QpT4vW1yZ8cB3nF6hJ0sD5gA7eK-uX2iO4wV9rN1mC3bY6tE8qU0lH5jG&t=ffffffffecf19baa"
SPCOMMON = "/_layouts/15/images/spcommon.png?rev=23"
LOGO = "/SiteAssets/logo-pao.jpg"
RSS = "/_layouts/15/listfeed.aspx?" + qenc([("List", NEWS_LIST)])
RSS_XSL = "/_layouts/15/RssXslt.aspx?" + qenc([("List", NEWS_LIST)])
CSS_ERROR = "/_layouts/15/1033/styles/error.css?rev=nc1Q5v7LKH6DB4wQtgRXKQ%3D%3D"
XSL = '<?xml version="1.0"?><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><html><body><xsl:for-each select="rss/channel/item"><p><xsl:value-of select="title"/></p></xsl:for-each></body></html></xsl:template></xsl:stylesheet>'


class _SharePoint:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.ci: dict[str, Response] = {}  # case-folded route key -> response
        self.newest = sorted(NEWS, key=lambda n: (n.d, n.lid), reverse=True)
        self.by_lid = {n.lid: n for n in NEWS}
        self.by_pid = {n.pid: n for n in NEWS}
        self.bodies = {n.lid: render_body(n.body, f"/news/PublishingImages/{n.year_dir}/") for n in NEWS}

    # -- responses ------------------------------------------------------------------------------------
    def add(self, path: str, resp: Response) -> None:
        self.site.add(path, resp)
        self.ci[self.fold(path)] = resp

    @staticmethod
    def fold(target: str) -> str:
        path, _, query = route_key(target).partition("?")
        return path.lower() + ("?" + query if query else "")

    def html(self, key: str, text: str, status: int = 200, modified: datetime | None = None) -> Response:
        g = guid(key)
        headers = [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Cache-Control", "private, max-age=0"),
            ("Expires", "Tue, 25 Jun 2024 03:15:22 GMT"),
            ("X-SharePointHealthScore", "0"),
            ("X-AspNet-Version", "4.0.30319"),
            ("SPRequestGuid", g),
            ("request-id", g),
            ("X-FRAME-OPTIONS", "SAMEORIGIN"),
            ("SPRequestDuration", str(20 + int(g[:2], 16) % 60)),
            ("SPIisLatency", "0"),
            ("X-Powered-By", "ASP.NET"),
            ("MicrosoftSharePointTeamServices", VERSION),
            ("X-Content-Type-Options", "nosniff"),
            ("X-MS-InvokeApp", "1; RequireReadOnly"),
        ]
        if modified is not None:
            headers.append(("Last-Modified", http_date(modified)))
        return Response(status, tuple(headers), text.encode("utf-8"))

    # -- the master page ------------------------------------------------------------------------------
    def nav_item(self, label: str, href: str | None, cls: str = "static") -> str:
        inner = f'<span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(label)}</span></span>'
        if href is None:
            return f'<li class="{cls}"><span class="{cls} menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode">{inner}</span>'
        return f'<li class="{cls}"><a class="{cls} menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{attr(enc(href))}">{inner}</a>'

    def top_nav(self) -> str:
        items = "".join(self.nav_item(label, href) + "</li>" for label, href in TOP_NAV)
        return f"""<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">
<div id="zz13_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox"><ul id="zz14_RootAspMenu" class="root ms-core-listMenu-root static">{items}</ul></div>
</div>"""

    def quick_launch(self) -> str:
        items = []
        for label, href, children in QUICK_LAUNCH:
            sub = ""
            if children:
                sub = '<ul class="static">' + "".join(self.nav_item(c, h) + "</li>" for c, h in children) + "</ul>"
            items.append(self.nav_item(label, href) + sub + "</li>")
        return f"""<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation">
<div class="ms-core-sideNavBox-removeLeftMargin"><div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager">
<div id="zz15_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox"><ul id="zz16_RootAspMenu" class="root ms-core-listMenu-root static">{"".join(items)}</ul></div>
</div></div></div></div>"""

    def footer(self) -> str:
        popular = " ".join(f'<a href="/_layouts/15/osssearchresults.aspx?k={quote(k)}">{esc(k)}</a>' for k in POPULAR)
        return f"""<div id="pao-footer" class="ms-dialogHidden noindex">
<div class="pao-footer-address"><strong>{SITE}</strong><br/>{ADDRESS}<br/>โทรศัพท์ {PHONE} &#160;อีเมล {EMAIL}</div>
<div class="pao-footer-links"><a href="{attr(RSS)}">RSS ข่าวประชาสัมพันธ์</a> | <a href="/_layouts/15/viewlsts.aspx">เนื้อหาของไซต์</a> | <a href="/SitePages/Home.aspx">หน้าแรก (เดิม)</a> | <a href="/Pages/ITA.aspx">ITA</a></div>
<div class="pao-footer-search">คำค้นยอดนิยม: {popular}</div>
<div class="pao-copyright">&#169; 2567 {SITE} สงวนลิขสิทธิ์ | Powered by Microsoft SharePoint</div>
</div>"""

    def context_info(self, web: str, request_path: str, list_id: str, item_id: int, web_title: str) -> str:
        def js(s: str) -> str:
            return s.replace("/", "\\u002f")

        base = self.site.base_url
        return (
            "var _spPageContextInfo = {"
            f'webServerRelativeUrl: "{js(web)}", webAbsoluteUrl: "{js(base + (web if web != "/" else ""))}", '
            f'siteAbsoluteUrl: "{js(base)}", serverRequestPath: "{js(request_path)}", layoutsUrl: "_layouts\\u002f15", '
            f'webTitle: "{web_title}", webTemplate: "{39 if web == "/" else 53}", tenantAppVersion: "0", isAppWeb: false, '
            f'webLogoUrl: "{js(LOGO)}", webLanguage: 1033, currentLanguage: 1033, currentUICultureName: "en-US", '
            'currentCultureName: "en-US", clientServerTimeDelta: new Date("2024-07-10T03:15:22.4170000Z") - new Date(), '
            'siteClientTag: "9$$15.0.4797.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,Low:200769}, '
            f'pageListId: "{list_id.lower()}", pageItemId: {item_id}, pagePersonalizationScope: 1, alertsEnabled: true, '
            "siteServerRelativeUrl: \"\\u002f\", allowSilverlightPrompt: 'True'};"
        )

    def frame(
        self,
        target: str,
        title: str,
        main: str,
        *,
        crumb: tuple[str, str] | None = None,
        web: str = "/",
        list_id: str = ROOT_PAGES_LIST,
        item_id: int = 1,
        canonical: str | None = None,
        head: str = "",
        status: int = 200,
        modified: datetime | None = None,
    ) -> Response:
        parts = urlsplit(target)
        request_path = parts.path
        action = "./" + request_path.rsplit("/", 1)[-1] + ("?" + parts.query if parts.query else "")
        h = hashlib.sha256(target.encode()).hexdigest().upper()
        viewstate = "/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIND2QWAgIBD2QW" + h[:64].lower() + h[64:].lower() + "ZGQ="
        web_title = "ข่าวประชาสัมพันธ์" if web == "/news" else SITE
        canon = f'<link rel="canonical" href="{attr(self.site.url(canonical))}" />\n' if canonical else ""
        trail = ""
        if crumb:
            trail = (
                f'<span><a title="{attr(crumb[0])}" class="ms-sitemapdirectional" href="{attr(enc(crumb[1]))}">{esc(crumb[0])}</a></span>'
                f'<span class="ms-pageTitle-separator"><img src="{SPCOMMON}" alt=":" style="position:absolute;left:-109px !important;top:-232px !important;" /></span>'
            )
        signin = self.site.url("/_layouts/15/Authenticate.aspx?Source=" + spenc(request_path))
        text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office" lang="en-us" dir="ltr">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
\t{esc(title)}
</title><link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="{attr(CSS_CORE)}"/>
<link rel="stylesheet" type="text/css" href="{CSS_PAO}"/>
<script type="text/javascript" src="{attr(JS_INIT)}"></script>
<script type="text/javascript" src="{attr(JS_RES)}"></script>
<link type="text/xml" rel="alternate" href="/_vti_bin/spsdisco.aspx" />
{canon}{head}<script type="text/javascript">
// <![CDATA[
{self.context_info(web, request_path, list_id, item_id, web_title)}
// ]]>
</script>
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="{SPCOMMON}" /></div>
<noscript><div class='noindex'>You may be trying to access this site from a secured browser on the server. Please enable scripts and reload this page.</div></noscript>
<form method="post" action="{attr(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{h[:128]},10 Jul 2024 03:15:22 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex"><a id="linkTurnOnAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById('linkTurnOffAcc').focus();return false;">Turn on more accessible mode</a></div>
<div id="TurnOffAccessibility" style="display:none" class="s4-notdlg noindex"><a id="linkTurnOffAcc" href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(false);UpdateAccessibilityUI();document.getElementById('linkTurnOnAcc').focus();return false;">Turn off more accessible mode</a></div>
<div class="s4-notdlg s4-skipribbonshortcut noindex"><a href="javascript:;" onclick="document.getElementById('startNavigation').focus();" class="ms-accessible ms-acc-button" accesskey="/">Skip Ribbon Commands</a></div>
<div class="s4-notdlg noindex"><a href="javascript:;" onclick="document.getElementById('mainContent').focus();" class="ms-accessible ms-acc-button">Skip to main content</a></div>
<div id="ms-designer-ribbon"><div id="suiteBar" class="ms-dialogHidden noindex"><div id="suiteBarRight"><div id="DeltaSuiteBarRight"><div id="welcomeMenuBox"><span style="display:none"><menu type='ContextMenu' id="zz1_ID_PersonalActionMenu" hidden="true"></menu></span>
<a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="{attr(signin)}" style="display:inline;">Sign in</a></div></div></div></div>
<div id="s4-ribbonrow" style="visibility:hidden;display:none"></div></div>
<span id="DeltaSPWebPartManager"></span>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div id="pao-header" class="ms-dialogHidden"><a id="startNavigation" name="startNavigation" tabindex="-1"></a>
<div class="pao-logo"><a href="/Pages/default.aspx" title="{SITE}"><img src="{LOGO}" alt="{SITE}" /></a><span class="pao-sitename">{SITE}</span><span class="pao-sitename-en">Sriwarin Provincial Administrative Organization</span></div>
<div id="DeltaPlaceHolderSearchArea" class="ms-mpSearchBox ms-floatRight"><div id="SearchBox" name="Control"><div class="ms-srch-sb ms-srch-sb-border"><input name="ctl00$PlaceHolderSearchArea$SmallSearchInputBox1$csr_sbox" type="text" maxlength="2048" accesskey="S" title="Search..." class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="Search" class="ms-srch-sb-searchLink" href="javascript: {{}}" onclick="$find('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr').search($get('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox').value);"><img src="{SPCOMMON}" class="ms-srch-sb-searchImg" alt="Search" /></a></div></div></div>
{self.top_nav()}
</div>
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace"><div id="titleAreaRow" class="ms-tableRow"><div id="pageTitleArea" class="ms-tableCell ms-verticalAlignTop">
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">{trail}<span><span>{esc(title)}</span></span></span></h1>
</div></div></div></div>
<div id="contentRow">
{self.quick_launch()}
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
{main}
</div>
</div>
</div>
{self.footer()}
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;
function WebForm_OnSubmit() {{ UpdateFormDigest('\\u002f', 1440000); return true; }}
//]]>
</script>
</form>
<span id="DeltaPlaceHolderUtilityContent"></span>
</body>
</html>"""
        return self.html(target, text, status=status, modified=modified)

    # -- web part chrome ------------------------------------------------------------------------------
    @staticmethod
    def webpart(wpq: int, title: str | None, content: str) -> str:
        head = ""
        if title:
            head = f'<div class="ms-webpart-chrome-title" id="WebPartWPQ{wpq}_ChromeTitle"><span title="{attr(title)}" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>{esc(title)}</span></nobr></h2></span></div>'
        return (
            f'<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ{wpq}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
            f'<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">{head}'
            f'<div webpartid="{guid(title or str(wpq))}" haspers="false" id="WebPartWPQ{wpq}" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">{content}</div>'
            "</div></div></div>"
        )

    def cqwp(self, items: list[_News], *, thumbs: bool = False, teaser: bool = False, dates: bool = True) -> str:
        rows = []
        for n in items:
            img = ""
            if thumbs:
                src = (
                    f"/news/PublishingImages/{n.year_dir}/{n.image}"
                    if n.image
                    else "/news/PublishingImages/default-news.jpg"
                )
                img = f'<div class="image-area-left"><a href="{attr(n.path)}" target=""><img class="image" src="{attr(enc(src))}?RenditionID=5" alt="" /></a></div>'
            desc = f'<div class="description">{th_abbr(n.d)}</div>' if dates else ""
            if teaser:
                first = self.bodies[n.lid][1][0]
                desc += f'<div class="description pao-teaser">{esc(first[:140])}...</div>'
            rows.append(
                f'<li class="dfwp-item"><div class="item">{img}<div class="link-item"><a href="{attr(n.path)}" title="">{esc(n.title)}</a>{desc}</div></div></li>'
            )
        return f'<div class="slm-layout-main group1"><ul class="dfwp-column dfwp-list" style="width:100%">{"".join(rows)}</ul></div>'

    # -- news publishing pages ------------------------------------------------------------------------
    def page_image(self, n: _News) -> tuple[str, str]:
        src = enc(f"/news/PublishingImages/{n.year_dir}/{n.image}")
        return (
            src,
            f'<div class="ms-rtestate-field"><a href="{attr(src)}"><img alt="" src="{attr(src)}?RenditionID=2" style="BORDER:0px solid;" /></a></div>',
        )

    def article_main(self, n: _News) -> str:
        body = self.bodies[n.lid][0]
        image = ""
        if n.image:
            image = (
                '<div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ImageField__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline" >'
                + self.page_image(n)[1]
                + '</div></div><div class="caption"><div id="ctl00_PlaceHolderMain_ImageCaption__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ImageCaption_label">'
                + esc(n.caption)
                + "</div></div></div>"
            )
        byline = f'<div class="by-line">โดย {esc(n.byline)}</div>' if n.byline else ""
        zones = []
        if n.files:
            links = "".join(
                f'<li><a href="{attr(enc(path))}" target="_blank"><img src="/_layouts/15/images/icpdf.png" alt="" /> {esc(label)}</a></li>'
                for path, label in n.files
            )
            zones.append(self.webpart(3, "เอกสารแนบ", f'<ul class="pao-attachments">{links}</ul>'))
        share = quote(self.site.url(n.path), safe="")
        zones.append(
            self.webpart(
                4,
                None,
                f'<div class="pao-share">แชร์: <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={share}" target="_blank">LINE</a></div>',
            )
        )
        zones.append(self.webpart(5, "ข่าวล่าสุด", self.cqwp(self.newest[:5], dates=False)))
        return f"""<div class="article article-left pao-news">
<div class="article-header"><div class="date-line"><span class="pao-label">วันที่</span> {th_long(n.d)}</div>{byline}</div>
{image}
<div class="article-content"><div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label">{body}</div></div>
<div class="pao-modified"><span class="pao-label">แก้ไขล่าสุด</span> <span class="ms-metadata">Modified: {us_dt(n.modified_dt)}</span></div>
</div>
{"".join(zones)}"""

    def register_news(self) -> None:
        site = self.site
        for n in NEWS:
            resp = self.frame(
                n.path,
                n.title,
                self.article_main(n),
                crumb=("ข่าวประชาสัมพันธ์", "/news/Pages/default.aspx"),
                web="/news",
                list_id=PAGES_LIST,
                item_id=n.pid,
                canonical=n.path,
                modified=n.modified_dt,
            )
            self.add(n.path, resp)
            self.add(f"/news/Pages/Forms/DispForm.aspx?ID={n.pid}", self.pages_dispform(n))
            if n.image:
                for suffix, (w, hgt) in (
                    ("", (1200, 800)),
                    ("?RenditionID=2", (640, 427)),
                    ("?RenditionID=5", (200, 133)),
                ):
                    add_jpeg(site, enc(f"/news/PublishingImages/{n.year_dir}/{n.image}") + suffix, w, hgt, n.created_dt)
            for b in n.body:
                if not isinstance(b, str) and b[0] == "img":
                    add_jpeg(site, enc(f"/news/PublishingImages/{n.year_dir}/{b[1]}"), 1024, 683, n.created_dt)
            docs = [p for p, _ in n.files] + [p for p in body_links(n.body) if p.lower().endswith(".pdf")]
            for k, path in enumerate(docs):
                if not site.has(enc(path)):
                    body = pdf(
                        f"Sriwarin PAO - news {n.lid} document {k + 1}",
                        [f"List item {n.lid}, page {n.name}", f"Date {n.day}"],
                    )
                    self.add(enc(path), static_file(body, "application/pdf", n.created_dt))

    def form_table(self, rows: list[tuple[str, str, str]]) -> str:
        trs = "".join(
            f'<tr><td nowrap="true" valign="top" width="113px" class="ms-formlabel"><h3 class="ms-standardheader"><a name="SPBookmark_{name}"></a>{esc(label)}</h3></td>'
            f'<td valign="top" class="ms-formbody" width="350px" id="SPField{name}">{value}</td></tr>'
            for name, label, value in rows
        )
        return f'<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">{trs}</table>'

    @staticmethod
    def created_info(created: datetime, modified: datetime, who: str) -> str:
        user = f'<a onclick="GoToLinkOrDialogNewWindow(this);return false;" href="/_layouts/15/userdisp.aspx?ID=14" class="ms-subtleLink">{esc(who)}</a>'
        return (
            '<table cellpadding="0" cellspacing="0" width="100%" class="ms-formtoolbar"><tr><td class="ms-descriptiontext" nowrap="nowrap">'
            f'<span class="ms-metadata">Created at {us_dt(created)}&#160; by {user}</span><br/>'
            f'<span class="ms-metadata">Last modified at {us_dt(modified)}&#160; by {user}</span></td>'
            '<td width="99%"></td><td nowrap="nowrap"><input type="button" value="Close" onclick="STSNavigate(\'\\u002fLists\\u002fNews\\u002fAllItems.aspx\');return false;" class="ms-ButtonHeightWidth" /></td></tr></table>'
        )

    def pages_dispform(self, n: _News) -> Response:
        rows = [
            ("FileLeafRef", "Name", f'<a href="{attr(n.path)}">{esc(n.name)}.aspx</a>'),
            ("Title", "Title", esc(n.title)),
            ("ArticleStartDate", "Article Date", us_date(n.d)),
            ("ArticleByLine", "Byline", esc(n.byline or "")),
        ]
        if n.image:
            rows += [
                ("PublishingPageImage", "Page Image", self.page_image(n)[1]),
                ("PublishingImageCaption", "Image Caption", f'<div class="ms-rtestate-field">{esc(n.caption)}</div>'),
            ]
        rows += [
            ("PublishingPageContent", "Page Content", f'<div class="ms-rtestate-field">{self.bodies[n.lid][0]}</div>'),
            ("ContentType", "Content Type", "Article Page"),
            (
                "PublishingPageLayout",
                "Page Layout",
                '<a href="/_catalogs/masterpage/PaoArticleLeft.aspx">บทความข่าว (รูปซ้าย)</a>',
            ),
            ("PublishingStartDate", "Scheduling Start Date", "Immediately"),
        ]
        main = self.form_table(rows) + self.created_info(n.created_dt, n.modified_dt, "ผู้ดูแลเว็บไซต์")
        return self.frame(
            f"/news/Pages/Forms/DispForm.aspx?ID={n.pid}",
            f"Pages - {n.name}.aspx",
            main,
            crumb=("ข่าวประชาสัมพันธ์", "/news/Pages/default.aspx"),
            web="/news",
            list_id=PAGES_LIST,
            item_id=n.pid,
        )

    def list_dispform(self, target: str, lid: int) -> Response:
        n = self.by_lid.get(lid)
        if n is None:
            return self.error(target, "Item does not exist. It may have been deleted by another user.", 200)
        ext = "ExternalClass" + hashlib.md5(n.name.encode()).hexdigest().upper()
        rows = [
            ("Title", "ชื่อเรื่อง", esc(n.title)),
            ("ArticleStartDate", "วันที่ข่าว", us_date(n.d)),
            ("Category", "หมวดหมู่", esc(CATS[n.cat])),
            ("Byline", "ผู้เขียนข่าว", esc(n.byline or "")),
            (
                "Body",
                "เนื้อหาข่าว",
                f'<div class="ms-rtestate-field"><div class="{ext}">{self.bodies[n.lid][0]}</div></div>',
            ),
            ("PageLink", "ลิงก์หน้าข่าว", f'<a href="/News/Pages/{attr(quote(n.name))}.aspx">อ่านข่าวฉบับเต็ม</a>'),
        ]
        main = self.form_table(rows) + self.created_info(n.created_dt, n.modified_dt, "ผู้ดูแลเว็บไซต์")
        return self.frame(
            target,
            f"ข่าวประชาสัมพันธ์ - {n.title}",
            main,
            crumb=("ข่าวประชาสัมพันธ์", "/Lists/News/AllItems.aspx"),
            list_id=NEWS_LIST,
            item_id=lid,
        )

    def error(self, target: str, message: str, status: int) -> Response:
        corr = guid("err" + target)
        text = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><title>
\tError
</title><link rel="stylesheet" type="text/css" href="{attr(CSS_CORE)}"/>
<link rel="stylesheet" type="text/css" href="{attr(CSS_ERROR)}"/></head>
<body><form method="post" action="./error.aspx" id="aspnetForm">
<div id="ms-error-header" class="ms-pr"><h1 class="ms-core-pageTitle">Sorry, something went wrong</h1></div>
<div id="ms-error-body"><div id="ms-error-content"><div id="ms-error"><span id="ctl00_PlaceHolderMain_LabelMessage">{esc(message)}</span>
<p><span class="ms-metadata">Technical Details</span></p>
<div id="ms-error-techdetails"><span id="ctl00_PlaceHolderMain_LabelCorrelationId"><span class="ms-metadata">Correlation ID:</span> {corr}</span><br/><span class="ms-metadata">Date and Time:</span> 7/10/2024 10:15:22 AM</div>
</div>
<div id="ms-error-gobackcont" class="ms-calloutLink ms-uppercase"><img src="{SPCOMMON}" alt="" /><a id="ctl00_PlaceHolderGoBackLink_idSimpleGoBackToHome" href="/">GO BACK TO SITE</a></div>
</div></div></form></body></html>"""
        return self.html("err" + target, text, status=status)

    # -- the list view (trap 1) -----------------------------------------------------------------------
    @staticmethod
    def view_state(params: dict[str, str]) -> tuple[list[tuple[str, str]], tuple[str, str] | None]:
        filters = []
        k = 1
        while f"FilterField{k}" in params:
            filters.append((params[f"FilterField{k}"], params.get(f"FilterValue{k}", "")))
            k += 1
        sort = (params["SortField"], params.get("SortDir", "Asc")) if "SortField" in params else None
        return filters, sort

    @staticmethod
    def state_pairs(filters: list[tuple[str, str]], sort: tuple[str, str] | None) -> list[tuple[str, str]]:
        pairs: list[tuple[str, str]] = []
        for k, (field, value) in enumerate(filters, 1):
            pairs += [(f"FilterField{k}", field), (f"FilterValue{k}", value)]
        if sort:
            pairs += [("SortField", sort[0]), ("SortDir", sort[1])]
        return pairs

    @staticmethod
    def is_trap(params: dict[str, str]) -> bool:
        return "SortField" in params or any(re.fullmatch(r"FilterField(\d+)", k) and int(k[11:]) >= 2 for k in params)

    @staticmethod
    def sort_value(n: _News, field: str) -> str:
        if field == "Title":
            return n.title
        if field == "Category":
            return CATS[n.cat]
        if field == "Modified":
            return utc_cursor(n.modified_dt)
        return utc_cursor(datetime(n.d.year, n.d.month, n.d.day, tzinfo=BANGKOK))

    def listing(self, target: str) -> Response:
        parts = urlsplit(target)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        filters, sort = self.view_state(params)
        items = [
            n
            for n in NEWS
            if all(
                (field == "Category" and CATS[n.cat] == value) or (field == "NewsYear" and str(n.d.year + 543) == value)
                for field, value in filters
            )
        ]
        field, direction = sort or ("ArticleStartDate", "Desc")
        if field not in ("Title", "Category", "Modified", "ArticleStartDate"):
            field = "ArticleStartDate"
        items.sort(key=lambda n: (self.sort_value(n, field), n.lid), reverse=direction == "Desc")
        start = 0
        if params.get("Paged") == "TRUE":
            ids = [n.lid for n in items]
            cursor = int(params["p_ID"]) if params.get("p_ID", "").isdigit() else None
            if cursor in ids:
                at = ids.index(cursor)
                start = max(0, at - PER_PAGE) if params.get("PagedPrev") == "TRUE" else at + 1
            elif params.get("PageFirstRow", "").isdigit():
                start = max(0, int(params["PageFirstRow"]) - 1)
        shown = items[start : start + PER_PAGE]
        state = self.state_pairs(filters, sort)
        base = "/Lists/News/AllItems.aspx?"
        source = spenc(self.site.url(parts.path + ("?" + parts.query if parts.query else "")))

        def href(pairs: list[tuple[str, str]]) -> str:
            return attr(base + qenc(pairs))

        heads = []
        for col, label in (
            ("Title", "ชื่อเรื่อง"),
            ("ArticleStartDate", "วันที่ข่าว"),
            ("Category", "หมวดหมู่"),
            (None, "ลิงก์หน้าข่าว"),
            ("Modified", "แก้ไขล่าสุด"),
        ):
            if col is None:
                heads.append(f'<th scope="col" class="ms-vh2"><div class="ms-vh-div">{label}</div></th>')
                continue
            new_dir = "Desc" if sort and sort[0] == col and sort[1] == "Asc" else "Asc"
            pairs = self.state_pairs(filters, (col, new_dir)) + [("View", NEWS_VIEW)]
            heads.append(
                f'<th scope="col" class="ms-vh2"><div class="ms-vh-div" name="{col}" displayname="{label}"><a class="ms-headerSortTitleLink" href="{href(pairs)}" onclick="javascript: ListView.HeaderMenu.SortColumn(\'{col}\');return false;" sortingfields="{href(pairs)}">{label}</a></div></th>'
            )
        rows = []
        for n in shown:
            rows.append(
                '<tr class="ms-itmHoverEnabled ms-itmhover" setedgeborder="true"><td class="ms-cellStyleNonEditable ms-vb-itmcbx ms-vb-imgFirstCell"><div role="checkbox" class="s4-itm-cbx s4-itm-imgCbx"><span class="s4-itm-imgCbx-inner"><span class="ms-selectitem-span"></span></span></div></td>'
                f'<td class="ms-cellstyle ms-vb-title"><div class="ms-vb itx" ctxname="ctx2" id="{n.lid}" field="LinkTitle" perm="0x400001f07ee0ff" eventtype=""><a class="ms-listlink ms-draggable" onfocus="OnLink(this)" href="/Lists/News/DispForm.aspx?ID={n.lid}&amp;Source={source}" onclick="EditLink2(this,2);return false;" target="_self">{esc(n.title)}</a></div></td>'
                f'<td class="ms-cellstyle ms-vb2">{us_date(n.d)}</td><td class="ms-cellstyle ms-vb2">{esc(CATS[n.cat])}</td>'
                f'<td class="ms-cellstyle ms-vb2"><a href="/News/Pages/{attr(quote(n.name))}.aspx">อ่านข่าว</a></td>'
                f'<td class="ms-cellstyle ms-vb2"><span class="ms-noWrap" title="{us_dt(n.modified_dt)}">{us_date(n.modified_dt.date())}</span></td></tr>'
            )
        if not rows:
            rows.append(
                '<tr><td colspan="6" class="ms-vb">There are no items to show in this view of the "ข่าวประชาสัมพันธ์" list.</td></tr>'
            )
        paging = []
        p_field = f"p_{field}"
        if start > 0 and shown:
            first = shown[0]
            pairs = state + [
                ("Paged", "TRUE"),
                ("PagedPrev", "TRUE"),
                (p_field, self.sort_value(first, field)),
                ("p_ID", str(first.lid)),
                ("PageFirstRow", str(max(1, start - PER_PAGE + 1))),
                ("View", NEWS_VIEW),
            ]
            paging.append(
                f'<td id="pagingWPQ2prev"><a onclick=\'RefreshPageTo(event, "{href(pairs)}");javascript:return false;\' href="{href(pairs)}" title="Previous">&#9668;</a></td>'
            )
        if shown:
            paging.append(f'<td class="ms-paging">{start + 1} - {start + len(shown)}</td>')
        if start + PER_PAGE < len(items) and shown:
            last = shown[-1]
            pairs = state + [
                ("Paged", "TRUE"),
                (p_field, self.sort_value(last, field)),
                ("p_ID", str(last.lid)),
                ("PageFirstRow", str(start + PER_PAGE + 1)),
                ("View", NEWS_VIEW),
            ]
            paging.append(
                f'<td id="pagingWPQ2next"><a onclick=\'RefreshPageTo(event, "{href(pairs)}");javascript:return false;\' href="{href(pairs)}" title="Next">&#9658;</a></td>'
            )
        k = len(filters) + 1
        cat_links = " | ".join(
            f'<a href="{href(state + [(f"FilterField{k}", "Category"), (f"FilterValue{k}", name), ("View", NEWS_VIEW)])}">{esc(name)}</a>'
            for name in CATS.values()
        )
        year_links = " | ".join(
            f'<a href="{href(state + [(f"FilterField{k}", "NewsYear"), (f"FilterValue{k}", y), ("View", NEWS_VIEW)])}">{y}</a>'
            for y in ("2567", "2566")
        )
        clear = ' | <a href="/Lists/News/AllItems.aspx">ล้างตัวกรอง</a>' if filters or sort else ""
        bar = f'<div class="pao-filterbar"><span class="pao-label">หมวดหมู่:</span> {cat_links} &#160; <span class="pao-label">ปี:</span> {year_links}{clear}</div>'
        table = (
            f'<table summary="ข่าวประชาสัมพันธ์" xmlns:o="urn:schemas-microsoft-com:office:office" width="100%" border="0" cellspacing="0" dir="None" cellpadding="1" id="{NEWS_LIST}-{NEWS_VIEW}" class="ms-listviewtable">'
            f'<thead id="js-listviewthead-WPQ2"><tr valign="top" class="ms-viewheadertr ms-vhltr"><th class="ms-headerCellStyleIcon ms-vh-icon ms-vh-selectAllIcon" scope="col"></th>{"".join(heads)}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
            f'<table class="ms-bottompaging" id="bottomPagingCellWPQ2"><tr><td class="ms-bottompaging"><table><tr>{"".join(paging)}</tr></table></td></tr></table>'
        )
        head = f'<link rel="alternate" type="application/rss+xml" title="{SITE}: ข่าวประชาสัมพันธ์" href="{attr(RSS)}"/>\n'
        main = self.webpart(1, None, bar) + self.webpart(2, "ข่าวประชาสัมพันธ์", table)
        return self.frame(
            target,
            "ข่าวประชาสัมพันธ์ - All Items",
            main,
            crumb=("ข่าวประชาสัมพันธ์", "/Lists/News/AllItems.aspx"),
            list_id=NEWS_LIST,
            item_id=0,
            head=head,
        )

    # -- calendar (trap 2) ----------------------------------------------------------------------------
    def calendar(self, target: str) -> Response:
        params = dict(parse_qsl(urlsplit(target).query, keep_blank_values=True))
        period = params.get("CalendarPeriod", "month").lower()
        if period not in ("month", "week", "day"):
            period = "month"
        day = TODAY
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", params.get("CalendarDate", ""))
        if m:
            try:
                day = date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
            except ValueError:
                day = TODAY
            if not 1900 <= day.year <= 8900:
                return self.error(target, "The date is not valid. The year must be between 1900 and 8900.", 200)
        if period == "month":
            first = day.replace(day=1)
            prev = (first - timedelta(days=1)).replace(day=1)
            nxt = (first + timedelta(days=32)).replace(day=1)
            days = [d for week in calendar.Calendar(6).monthdatescalendar(first.year, first.month) for d in week]
            label = f"{MONTHS[first.month - 1]} {first.year + 543}"
        else:
            span = 7 if period == "week" else 1
            first = day - timedelta(days=(day.weekday() + 1) % 7) if period == "week" else day
            prev, nxt = first - timedelta(days=span), first + timedelta(days=span)
            days = [first + timedelta(days=i) for i in range(span)]
            label = th_long(first) + (f" – {th_long(days[-1])}" if span > 1 else "")

        def link(d: date, per: str) -> str:
            return attr("/Lists/Events/calendar.aspx?" + qenc([("CalendarDate", us_date(d)), ("CalendarPeriod", per)]))

        src = spenc(self.site.url(target))
        cells = []
        for i, d in enumerate(days):
            evs = "".join(
                f'<div class="ms-acal-item"><a href="/Lists/Events/DispForm.aspx?ID={eid}&amp;Source={src}">{esc(title)}</a><div class="ms-acal-time">{start[11:]}</div></div>'
                for eid, start, _end, title, _loc, _desc in EVENTS
                if start[:10] == d.isoformat()
            )
            other = " ms-acal-outday" if period == "month" and d.month != first.month else ""
            cells.append(
                ("<tr>" if i % 7 == 0 else "")
                + f'<td class="ms-acal-day{other}" date="{us_date(d)}"><div class="ms-acal-date">{d.day}</div>{evs}</td>'
                + ("</tr>" if i % 7 == 6 or i == len(days) - 1 else "")
            )
        tabs = " ".join(
            f'<a class="ms-cal-navtab" href="{link(day, per)}">{name}</a>'
            for per, name in (("day", "Day"), ("week", "Week"), ("month", "Month"))
        )
        main = self.webpart(
            2,
            "ปฏิทินกิจกรรม",
            f'<div class="ms-acal-header"><a class="ms-cal-nav" href="{link(prev, period)}" title="Previous">&#9668;</a> <span class="ms-acal-display">{label}</span> <a class="ms-cal-nav" href="{link(nxt, period)}" title="Next">&#9658;</a><span class="ms-cal-tabs">{tabs}</span></div>'
            f'<table class="ms-acal-{period}" width="100%"><tbody>{"".join(cells)}</tbody></table>',
        )
        return self.frame(
            target,
            "ปฏิทินกิจกรรม - Calendar",
            main,
            crumb=("ปฏิทินกิจกรรม", "/Lists/Events/calendar.aspx"),
            list_id=EVENTS_LIST,
            item_id=0,
        )

    def event_dispform(self, target: str, eid: int) -> Response:
        ev = next((e for e in EVENTS if e[0] == eid), None)
        if ev is None:
            return self.error(target, "Item does not exist. It may have been deleted by another user.", 200)
        _, start, end, title, loc, desc = ev
        s, e = (datetime.fromisoformat(x).replace(tzinfo=BANGKOK) for x in (start, end))
        rows = [
            ("Title", "Title", esc(title)),
            ("Location", "Location", esc(loc)),
            ("EventDate", "Start Time", us_dt(s)),
            ("EndDate", "End Time", us_dt(e)),
            ("Description", "Description", f'<div class="ms-rtestate-field">{esc(desc)}</div>'),
        ]
        main = self.form_table(rows) + self.created_info(
            LAUNCH.replace(year=2024, month=6), LAUNCH.replace(year=2024, month=6), "ผู้ดูแลเว็บไซต์"
        )
        return self.frame(
            target,
            f"ปฏิทินกิจกรรม - {title}",
            main,
            crumb=("ปฏิทินกิจกรรม", "/Lists/Events/calendar.aspx"),
            list_id=EVENTS_LIST,
            item_id=eid,
        )

    # -- search and sign-in ---------------------------------------------------------------------------
    def search(self, target: str) -> Response:
        params = dict(parse_qsl(urlsplit(target).query, keep_blank_values=True))
        k = " ".join(params.get("k", "").split())
        start = int(params["start1"]) if params.get("start1", "").isdigit() else 1
        hits = [n for n in self.newest if k and (k in n.title or any(k in p for p in self.bodies[n.lid][1]))]
        shown = hits[start - 1 : start - 1 + 10]
        rows = "".join(
            f'<div class="ms-srch-item"><div class="ms-srch-item-title"><h3 class="ms-srch-ellipsis"><a class="ms-srch-item-link" href="{attr(self.site.url(n.path))}">{esc(n.title)}</a></h3></div>'
            f'<div class="ms-srch-item-summary">{esc(self.bodies[n.lid][1][0][:160])} ...</div><div class="ms-srch-item-path">{esc(self.site.url(n.path))}</div></div>'
            for n in shown
        )
        more = ""
        if start - 1 + 10 < len(hits):
            more = f'<a id="PageLinkNext" class="ms-commandLink ms-promlink-button ms-promlink-button-enabled" href="/_layouts/15/osssearchresults.aspx?{attr(qenc([("k", k), ("start1", str(start + 10))]))}" title="Move to next page">&#9658;</a>'
        summary = (
            f"About {len(hits)} results"
            if hits
            else (f"Nothing here matches your search ({esc(k)})" if k else "Enter a search term")
        )
        main = self.webpart(
            2,
            None,
            f'<div id="Result" class="ms-srch-result"><div id="ResultCount" class="ms-srch-resultscount">{summary}</div><div id="Groups">{rows}</div><div id="Paging">{more}</div></div>',
        )
        return self.frame(target, "Search Results", main)

    def authenticate(self, target: str) -> Response:
        params = dict(parse_qsl(urlsplit(target).query, keep_blank_values=True))
        source = params.get("Source", "/")
        ret = "/_layouts/15/Authenticate.aspx?Source=" + spenc(source)
        return redirect(
            self.site.url(
                "/_login/default.aspx?ReturnUrl="
                + re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(ret, safe=""))
                + "&Source="
                + spenc(source)
            ),
            status=302,
        )

    def login(self, target: str) -> Response:
        main = """<div id="ms-signin"><h2>Sign In</h2><div class="ms-signin-form">
<label for="ctl00_PlaceHolderMain_signInControl_UserName">User name</label><input name="ctl00$PlaceHolderMain$signInControl$UserName" type="text" id="ctl00_PlaceHolderMain_signInControl_UserName" class="ms-inputformcontrols" />
<label for="ctl00_PlaceHolderMain_signInControl_password">Password</label><input name="ctl00$PlaceHolderMain$signInControl$password" type="password" id="ctl00_PlaceHolderMain_signInControl_password" class="ms-inputformcontrols" />
<input type="submit" name="ctl00$PlaceHolderMain$signInControl$login" value="Sign In" class="ms-ButtonHeightWidth" /></div></div>"""
        return self.frame(target, "Sign In", main)

    # -- static publishing pages, home, libraries ------------------------------------------------------
    def simple_page(self, path: str, title: str, content: str, item_id: int) -> None:
        main = f'<div class="pao-page"><div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label">{content}</div></div>'
        self.add(path, self.frame(path, title, main, item_id=item_id, canonical=path, modified=LAUNCH))

    def register_pages(self) -> None:
        site = self.site
        self.simple_page("/Pages/About.aspx", "ประวัติองค์การบริหารส่วนจังหวัดศรีวารินทร์", render_body(ABOUT)[0], 2)
        self.simple_page("/Pages/Vision.aspx", "วิสัยทัศน์และพันธกิจ", render_body(VISION)[0], 3)
        people = "".join(
            f'<div class="pao-exec"><img src="/SiteAssets/executives/{photo}" alt="{attr(name)}" /><div class="pao-exec-name">{esc(name)}</div><div class="pao-exec-pos">{esc(pos)}</div></div>'
            for name, pos, photo in EXECUTIVES
        )
        self.simple_page("/Pages/Executives.aspx", "คณะผู้บริหาร", people, 4)
        for _, _, photo in EXECUTIVES:
            add_jpeg(site, f"/SiteAssets/executives/{photo}", 300, 400, LAUNCH)
        contact = (
            f"<p><strong>{SITE}</strong></p><p>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร 0 4351 2201</p><p>อีเมล {EMAIL}</p>"
            "<p>เวลาทำการ วันจันทร์ – วันศุกร์ เวลา 08.30 – 16.30 น. (เว้นวันหยุดราชการ)</p>"
        )
        self.simple_page("/Pages/Contact.aspx", "ติดต่อเรา", contact, 5)
        rows = []
        for code, label, target in ITA:
            if target.endswith(".pdf"):
                self.add(
                    enc(target),
                    static_file(pdf(f"ITA 2567 {code}", [f"Sriwarin PAO, OIT item {code}"]), "application/pdf", LAUNCH),
                )
            rows.append(
                f'<tr><td class="ms-rteTableEvenCol-default">{code}</td><td class="ms-rteTableEvenCol-default"><a href="{attr(enc(target))}">{esc(label)}</a></td></tr>'
            )
        ita = f'<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ พ.ศ. 2567</p><table class="ms-rteTable-default" width="100%"><tbody>{"".join(rows)}</tbody></table>'
        self.simple_page("/Pages/ITA.aspx", "ITA - การประเมินคุณธรรมและความโปร่งใส 2567", ita, 6)

    def register_home(self) -> None:
        site = self.site
        banner = "".join(f'<li><img src="/SiteAssets/banner/banner-{k}.jpg" alt="" /></li>' for k in (1, 2, 3))
        for k in (1, 2, 3):
            add_jpeg(site, f"/SiteAssets/banner/banner-{k}.jpg", 1600, 480, LAUNCH)
        procurement = [n for n in self.newest if n.cat == 3][:3]
        main = (
            self.webpart(1, None, f'<div class="pao-banner"><ul>{banner}</ul></div>')
            + self.webpart(
                2,
                "ข่าวประชาสัมพันธ์ล่าสุด",
                self.cqwp(self.newest[:5], thumbs=True)
                + '<div class="pao-more"><a href="/Lists/News/AllItems.aspx">ดูข่าวทั้งหมด &#187;</a></div>',
            )
            + self.webpart(
                3,
                "ประกาศจัดซื้อจัดจ้าง",
                self.cqwp(procurement)
                + f'<div class="pao-more"><a href="{attr(TOP_NAV[3][1])}">ดูทั้งหมด &#187;</a></div>',
            )
            + self.webpart(4, "ปฏิทินกิจกรรม", '<a href="/Lists/Events/calendar.aspx">ดูปฏิทินกิจกรรม อบจ.</a>')
        )
        self.add(
            "/Pages/default.aspx",
            self.frame(
                "/Pages/default.aspx",
                "หน้าหลัก",
                main,
                item_id=1,
                canonical="/Pages/default.aspx",
                modified=NEWS[-1].modified_dt,
            ),
        )
        for path in ("/", "/default.aspx"):
            self.add(path, redirect(site.url("/Pages/default.aspx"), status=302))
        for path in ("/news", "/news/", "/news/default.aspx"):
            self.add(path, redirect(site.url("/news/Pages/default.aspx"), status=302))
        cats = " | ".join(
            f'<a href="{attr("/Lists/News/AllItems.aspx?" + qenc([("View", NEWS_VIEW), ("FilterField1", "Category"), ("FilterValue1", name)]))}">{esc(name)}</a>'
            for name in CATS.values()
        )
        rollup = (
            self.webpart(1, None, f'<div class="pao-filterbar">หมวดหมู่: {cats}</div>')
            + self.webpart(2, "ข่าวล่าสุด", self.cqwp(self.newest[:10], thumbs=True, teaser=True))
            + self.webpart(
                3, None, '<div class="pao-more"><a href="/Lists/News/AllItems.aspx">ข่าวทั้งหมด &#187;</a></div>'
            )
        )
        self.add(
            "/news/Pages/default.aspx",
            self.frame(
                "/news/Pages/default.aspx",
                "ข่าวประชาสัมพันธ์",
                rollup,
                web="/news",
                list_id=PAGES_LIST,
                item_id=1,
                canonical="/news/Pages/default.aspx",
            ),
        )
        add_jpeg(site, "/news/PublishingImages/default-news.jpg?RenditionID=5", 200, 133, LAUNCH)
        wiki = (
            '<div class="ms-wikicontent ms-rtestate-field"><p>ยินดีต้อนรับสู่เว็บไซต์ทีมงาน อบจ.ศรีวารินทร์</p>'
            '<p>หน้านี้ย้ายไปแล้ว กรุณาไปที่ <a href="/Pages/default.aspx">หน้าหลักของเว็บไซต์</a> หรือ <a href="/News/Pages/default.aspx">ข่าวประชาสัมพันธ์</a></p></div>'
        )
        self.add(
            "/SitePages/Home.aspx",
            self.frame(
                "/SitePages/Home.aspx", "Home", wiki, list_id="{5D1E7C3A-9B2F-4E60-8A14-C3B7D9E2F105}", item_id=1
            ),
        )

    def library(self, path: str, title: str, rows: list[tuple[str, str, str]], list_id: str) -> None:
        """A document library's All Items view: (name, href, modified) rows."""
        trs = "".join(
            f'<tr class="ms-itmHoverEnabled ms-itmhover"><td class="ms-cellstyle ms-vb-title"><a class="ms-listlink" href="{attr(href)}">{esc(name)}</a></td><td class="ms-cellstyle ms-vb2">{esc(mod)}</td></tr>'
            for name, href, mod in rows
        )
        table = f'<table summary="{attr(title)}" class="ms-listviewtable" width="100%" cellspacing="0"><thead><tr class="ms-viewheadertr"><th class="ms-vh2">Name</th><th class="ms-vh2">Modified</th></tr></thead><tbody>{trs}</tbody></table>'
        self.add(
            path,
            self.frame(
                path,
                f"{title} - All Documents",
                self.webpart(2, title, table),
                crumb=(title, path),
                list_id=list_id,
                item_id=0,
            ),
        )

    def register_libraries(self) -> None:
        src = spenc(self.site.url("/news/Pages/Forms/AllItems.aspx"))
        rows = [("default.aspx", "/news/Pages/default.aspx", "6/1/2024 9:00 AM")]
        for n in sorted(NEWS, key=lambda x: x.pid):
            rows.append((f"{n.name}.aspx", n.path, us_dt(n.modified_dt)))
            rows.append(
                (
                    f"Properties: {n.name}.aspx",
                    f"/news/Pages/Forms/DispForm.aspx?ID={n.pid}&Source={src}",
                    us_dt(n.modified_dt),
                )
            )
        self.library("/news/Pages/Forms/AllItems.aspx", "Pages", rows, PAGES_LIST)
        docs = sorted(
            {p for n in NEWS for p in [f for f, _ in n.files] + body_links(n.body) if p.startswith("/Documents/")}
            | {t for _, _, t in ITA if t.startswith("/Documents/")}
        )
        self.library(
            "/Documents/Forms/AllItems.aspx",
            "เอกสารเผยแพร่",
            [(p.rsplit("/", 1)[-1], enc(p), "6/1/2024 9:00 AM") for p in docs],
            "{8A2C4E6F-1B3D-4F57-9E0A-2C4D6F8A0B13}",
        )
        lists = [
            ("ข่าวประชาสัมพันธ์", "/Lists/News/AllItems.aspx", f"{len(NEWS)} items"),
            ("ปฏิทินกิจกรรม", "/Lists/Events/calendar.aspx", f"{len(EVENTS)} items"),
            ("เอกสารเผยแพร่", "/Documents/Forms/AllItems.aspx", f"{len(docs)} items"),
            ("Pages (ข่าวสาร)", "/news/Pages/Forms/AllItems.aspx", f"{len(NEWS) + 1} items"),
        ]
        tiles = "".join(
            f'<div class="ms-vl-apptile"><a class="ms-vl-apptitleouter" href="{attr(href)}"><span class="ms-vl-apptitle">{esc(name)}</span></a><div class="ms-vl-appstatus ms-metadata">{count}</div></div>'
            for name, href, count in lists
        )
        sub = '<h2 class="ms-webpart-titleText">Subsites</h2><a href="/news">ข่าวสาร</a>'
        self.add(
            "/_layouts/15/viewlsts.aspx",
            self.frame("/_layouts/15/viewlsts.aspx", "Site Contents", f'<div id="applist">{tiles}</div>{sub}'),
        )

    def register_rss(self) -> None:
        items = []
        for n in sorted(NEWS, key=lambda x: x.modified_dt, reverse=True)[:15]:
            link = self.site.url(f"/Lists/News/DispForm.aspx?ID={n.lid}")
            desc = f"<div><b>วันที่ข่าว:</b> {us_date(n.d)}</div><div><b>หมวดหมู่:</b> {CATS[n.cat]}</div><div><b>เนื้อหาข่าว:</b> {self.bodies[n.lid][0]}</div>"
            items.append(
                f"<item><title>{esc(n.title)}</title><link>{esc(link)}</link><description><![CDATA[{desc}]]></description>"
                f'<author>ผู้ดูแลเว็บไซต์</author><pubDate>{rfc822(n.modified_dt)}</pubDate><guid isPermaLink="true">{esc(link)}</guid></item>'
            )
        text = (
            f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{RSS_XSL}" version="1.0"?>'
            f'<rss version="2.0"><channel><title>{SITE}: ข่าวประชาสัมพันธ์</title><link>{esc(self.site.url("/Lists/News/AllItems.aspx"))}</link>'
            "<description>RSS feed for the ข่าวประชาสัมพันธ์ list.</description><lastBuildDate>"
            f"{rfc822(NEWS[-1].modified_dt)}</lastBuildDate><generator>Microsoft SharePoint Foundation RSS Generator</generator><ttl>60</ttl><language>en-US</language>{''.join(items)}</channel></rss>"
        )
        self.add(
            RSS,
            Response(
                200,
                (("Content-Type", "text/xml; charset=utf-8"), ("MicrosoftSharePointTeamServices", VERSION)),
                text.encode("utf-8"),
            ),
        )

    def register_assets(self) -> None:
        from ..media import GIF_1X1

        site = self.site
        add_text(site, CSS_CORE, "body{font-family:'Segoe UI',Tahoma,sans-serif}", "text/css")
        add_text(site, CSS_PAO, "#suiteBar{display:none}.pao-news .date-line{color:#666}", "text/css")
        add_text(site, JS_INIT, "function ExecuteOrDelayUntilScriptLoaded(f){f();}", "application/javascript")
        add_text(site, JS_RES, "Type.registerNamespace('Sys');", "application/x-javascript")
        for path, ctype in (
            (SPCOMMON, "image/png"),
            ("/_layouts/15/images/icpdf.png", "image/png"),
            ("/_layouts/15/images/favicon.ico?rev=23", "image/vnd.microsoft.icon"),
        ):
            site.add(path, static_file(GIF_1X1, ctype, LAUNCH))
        add_jpeg(site, LOGO, 120, 120, LAUNCH)
        add_text(site, CSS_ERROR, ".ms-error{margin:20px}", "text/css")
        add_text(site, RSS_XSL, XSL, "text/xsl")
        robots = (
            "User-agent: *\nDisallow: /_vti_bin/\nDisallow: /_vti_pvt/\nDisallow: /_catalogs/\nDisallow: /_login/\n"
        )
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))

    # -- dynamic routes -------------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        found = self.ci.get(self.fold(target))
        if found is not None:
            return found
        parts = urlsplit(target)
        path = parts.path.lower()
        params = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
        item = int(params["id"]) if params.get("id", "").isdigit() else None
        if path == "/lists/news/allitems.aspx":
            return self.listing(target)
        if path == "/lists/news/dispform.aspx" and item is not None:
            return self.list_dispform(target, item)
        if path == "/news/pages/forms/dispform.aspx" and item is not None:
            n = self.by_pid.get(item)
            return (
                self.pages_dispform(n)
                if n
                else self.error(target, "Item does not exist. It may have been deleted by another user.", 200)
            )
        if path == "/lists/events/calendar.aspx":
            return self.calendar(target)
        if path == "/lists/events/dispform.aspx" and item is not None:
            return self.event_dispform(target, item)
        if path == "/_layouts/15/osssearchresults.aspx":
            return self.search(target)
        if path in ("/_layouts/15/authenticate.aspx", "/_layouts/15/userdisp.aspx"):
            return self.authenticate(target)
        if path == "/_login/default.aspx":
            return self.login(target)
        return None

    def non_trap_views(self) -> list[str]:
        """Every list view URL reachable from the seeds without entering the sort / filter trap."""
        seeds = ["/Lists/News/AllItems.aspx"] + [
            "/Lists/News/AllItems.aspx?"
            + qenc([("View", NEWS_VIEW), ("FilterField1", "Category"), ("FilterValue1", c)])
            for c in CATS.values()
        ]
        seen: list[str] = []
        todo = list(seeds)
        while todo:
            target = todo.pop(0)
            if target in seen:
                continue
            seen.append(target)
            body = self.listing(target).body.decode()
            for href in re.findall(r'href="(/Lists/News/AllItems\.aspx[^"]*)"', body):
                href = html.unescape(href)
                params = dict(parse_qsl(urlsplit(href).query))
                if not self.is_trap(params) and href not in seen:
                    todo.append(href)
        return seen

    def register(self) -> None:
        site = self.site
        self.register_assets()
        self.register_news()
        self.register_pages()
        self.register_home()
        self.register_libraries()
        self.register_rss()
        site.dynamic = self.dynamic
        site.not_found = self.error("/404", "File Not Found.", 404)
        site.trap_patterns.extend(
            [
                r"(?i)^/Lists/News/AllItems\.aspx\?(?:.*&)?(?:SortField|FilterField(?:[2-9]|\d\d+))=",
                r"(?i)^/Lists/Events/calendar\.aspx\?(?:.*&)?CalendarDate=",
            ]
        )
        u = site.url
        views = self.non_trap_views()
        sources: dict[int, list[str]] = {}
        for view in views:
            for lid, src in re.findall(
                r'href="/Lists/News/DispForm\.aspx\?ID=(\d+)&amp;Source=([^"]*)"', self.listing(view).body.decode()
            ):
                sources.setdefault(int(lid), []).append(f"/Lists/News/DispForm.aspx?ID={lid}&Source={src}")
        pages_src = spenc(u("/news/Pages/Forms/AllItems.aspx"))
        for n in NEWS:
            _, paras, caps = self.bodies[n.lid]
            aliases = [
                u(f"/News/Pages/{quote(n.name)}.aspx"),
                u(f"/news/Pages/Forms/DispForm.aspx?ID={n.pid}"),
                u(f"/news/Pages/Forms/DispForm.aspx?ID={n.pid}&Source={pages_src}"),
                u(f"/Lists/News/DispForm.aspx?ID={n.lid}"),
            ] + [u(s) for s in dict.fromkeys(sources.get(n.lid, []))]
            site.articles.append(
                FixtureArticle(
                    url=u(n.path),
                    aliases=tuple(aliases),
                    title=n.title,
                    paragraphs=paras,
                    published=n.day,
                    author=n.byline,
                    captions=((n.caption,) if n.image and n.caption else ()) + caps,
                )
            )
        non = [u(v) for v in views]
        non += [
            u(p)
            for p in (
                "/Pages/default.aspx",
                "/news/Pages/default.aspx",
                "/SitePages/Home.aspx",
                "/News/Pages/default.aspx",
            )
        ]
        non += [u(f"/Pages/{p}.aspx") for p in ("About", "Vision", "Executives", "Contact", "ITA")]
        non += [
            u(p)
            for p in (
                "/news/Pages/Forms/AllItems.aspx",
                "/Documents/Forms/AllItems.aspx",
                "/_layouts/15/viewlsts.aspx",
            )
        ]
        non += [u("/_layouts/15/osssearchresults.aspx?k=" + quote(k)) for k in POPULAR]
        non += [
            u("/Lists/Events/calendar.aspx"),
            u("/Lists/Events/calendar.aspx?" + qenc([("CalendarDate", "7/1/2024"), ("CalendarPeriod", "month")])),
        ]
        non += [u(f"/Lists/Events/DispForm.aspx?ID={e[0]}") for e in EVENTS]
        cal_src = spenc(u("/Lists/Events/calendar.aspx"))
        non += [u(f"/Lists/Events/DispForm.aspx?ID={e[0]}&Source={cal_src}") for e in EVENTS if e[1][:7] == "2024-07"]
        non += [u("/Lists/News/DispForm.aspx?ID=3")]
        site.non_articles.extend(non)


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/_vti_bin/", "/_vti_pvt/", "/_catalogs/", "/_login/"],
        server_software="Microsoft-IIS/8.5",
    )
    _SharePoint(site).register()
    return site

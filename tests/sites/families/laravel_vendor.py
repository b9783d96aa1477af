# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""laravel_vendor: a Thai vendor's Laravel 8 CMS rented by an อบต., ``/news/show/<id>``.

CMS imitated: the "Smart Local" kind of Laravel 8 site that Thai vendors rent to dozens of local
governments (fictional vendor "สยามโลคอลซอฟต์" here): Blade views, Bootstrap 4 with an AdminLTE-ish
front theme, ekko-lightbox galleries, Laravel Mix assets (``/css/app.css?id=<hash>``), the framework's
paginator (absolute URLs, ``?page=N`` appended to the current query string by ``withQueryString()``,
``?page=1`` written for the first page), ``fullUrlWithQuery()`` filter links (a bare ``/news?`` when
every parameter is cleared), ``Str::limit()`` excerpts, the csrf-token meta and the ``XSRF-TOKEN`` /
``laravel_session`` cookies on every answer, and Laravel's own "404 | Not Found" page.

องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ (fictional), อำเภอกุดจับ จังหวัดอุดรธานี.  nginx + PHP 8.0, UTF-8.
TODAY is 2024-08-20.

URL shapes
* home ``/``: a slider, the latest 6 posts as cards (``/news/show/<id>?ref=home``), 3 albums, the
  coming events (``/calendar/day/<date>``), ITA banner.  Every page: the menu, the "ข่าวล่าสุด" sidebar
  (latest 5, bare ``/news/show/<id>``), the footer (``/login``).
* posts ``/news/show/<id>`` (ids 1041..1390 with gaps); the same page with ``?ref=home`` (home cards)
  and ``?category=<n>`` (category listings); any other query string is ignored (same page).  Print view
  ``/news/print/<id>`` (noindex, a bare copy: a non-article), ``/news/pdf/<id>`` (application/pdf).
* listings ``/news`` and ``/news?category=1|2|3`` (ข่าวประชาสัมพันธ์, ข่าวกิจกรรม, ประกาศ), 10 a page,
  ``?page=N``; ``?year=2565|2566|2567`` (Buddhist years), ``?sort=latest|oldest|popular``,
  ``?per_page=10|20|50``, all combinable, links built from the current query string.
* static pages ``/page/<slug>`` (history, vision, structure, authority) on the SAME show template as
  posts (breadcrumb, h1, date line, view counter, badge, share bar, comments box): non-articles.
* ``/gallery`` + ``/gallery/<id>`` albums (title, date, photos); ``/download``; ``/contact``;
  ``/ita`` (O1..O20) + ``/ita/item/<n>``; ``/calendar``; ``/login``; ``/feed`` (RSS 2.0, latest 10).
* no sitemap.xml (404); robots.txt is Laravel's default (``Disallow:`` nothing).  Unknown ids and
  routes answer Laravel's 404 page.

Gold articles: 22 posts, 2022-09-12 .. 2024-08-14, oldest first (post 1232, a poster-only post, is a
non-article).  Author: ``โดย <division>`` in the meta line (2 posts show none).  Captions: CKEditor 5
``<figure class="image"><figcaption>`` in two bodies; the lightbox thumbnails have ``alt`` = title.
Only the listings (and their pages) reach the older posts.

Traps (``trap_patterns``, made on request by ``_Cms.dynamic``):
* the events calendar: ``/calendar?month=<yyyy-mm>`` links the previous and next month for ever, each
  month links ``/calendar/day/<yyyy-mm-dd>`` for every day (mostly "ไม่มีกิจกรรม");
* the paginator never ends: the vendor's pagination view always writes "ถัดไป »" to page N+1, and a
  page past the last one answers 200 with "ไม่พบข้อมูล" (and the same "ถัดไป »");
* sort / per_page (and year, category) combinations on every listing.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from ..media import pdf
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, WEEKDAYS, local_dt, rfc822, thai_abbr, thai_long
from .common import UTF8_HTML, add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "laravel_vendor"
SITE = "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่"
SITE_SHORT = "อบต.โนนสะอาดใหญ่"
ADDRESS = "เลขที่ 99 หมู่ที่ 3 ตำบลโนนสะอาดใหญ่ อำเภอกุดจับ จังหวัดอุดรธานี 41250"
PHONE = "042-219-604"
EMAIL = "saraban@nonsaatyai.go.th"
CHIEF = "นายประเสริฐ ศรีโนนสะอาด"
PALAD = "นางสาวกัญญารัตน์ พลเยี่ยม"
TODAY = date(2024, 8, 20)
LAUNCH = datetime(2022, 8, 1, 9, 0)
PER_PAGE = 10
PER_PAGE_CHOICES = (10, 20, 50)
SORTS = {"latest": "ล่าสุด", "oldest": "เก่าสุด", "popular": "ยอดนิยม"}
YEARS = (2567, 2566, 2565)
HOME_CARDS = 6
SIDEBAR_LATEST = 5
FEED_ITEMS = 10
MIX_CSS = "/css/app.css?id=5f1d2c8e7a0b94c3e6d1"
MIX_JS = "/js/app.js?id=b83e07d4a2c9f1e65a70"

PR, CLERK, TREASURY, ENGINEER, HEALTH, WELFARE, EDUCATION = (
    "งานประชาสัมพันธ์",
    "สำนักปลัด",
    "กองคลัง",
    "กองช่าง",
    "งานสาธารณสุขฯ",
    "กองสวัสดิการสังคม",
    "กองการศึกษาฯ",
)
C_PR, C_ACT, C_NOTICE = 1, 2, 3
CATEGORIES = {C_PR: "ข่าวประชาสัมพันธ์", C_ACT: "ข่าวกิจกรรม", C_NOTICE: "ประกาศ"}
BADGE = {C_PR: "badge-info", C_ACT: "badge-success", C_NOTICE: "badge-warning"}


@dataclass(frozen=True)
class _Post:
    id: int
    cat: int
    date: str
    time: str
    title: str
    paragraphs: tuple[str, ...]
    author: str | None
    style: str = "sn"  # sn (summernote text-indent), nbsp, span (bold first word), div (pasted lines)
    photos: int = 0
    figures: tuple[tuple[int, str], ...] = ()  # (after paragraph index, caption)
    files: tuple[str, ...] = ()
    centred: int = 0  # the last N paragraphs are centred signature lines
    poster: bool = False

    @property
    def d(self) -> date:
        return date.fromisoformat(self.date)

    @property
    def dt(self) -> datetime:
        return local_dt(self.date, self.time)


POSTS: tuple[_Post, ...] = (
    _Post(
        1041,
        C_PR,
        "2022-09-12",
        "10:20",
        "การประชุมสภาองค์การบริหารส่วนตำบลโนนสะอาดใหญ่ สมัยสามัญ สมัยที่ 3 ประจำปี 2565",
        (
            "วันที่ 12 กันยายน 2565 เวลา 09.30 น. สภาองค์การบริหารส่วนตำบลโนนสะอาดใหญ่ได้จัดการประชุมสภาฯ สมัยสามัญ สมัยที่ 3 ประจำปี 2565 ณ ห้องประชุมสภาองค์การบริหารส่วนตำบล โดยมีนายสมบัติ แก้วบุญเรือง ประธานสภาฯ เป็นประธานในการประชุม และมีสมาชิกสภาฯ เข้าร่วมประชุมครบองค์ประชุม",
            "ในการประชุมครั้งนี้ นายกองค์การบริหารส่วนตำบลได้เสนอร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2566 ในวาระที่ 2 และวาระที่ 3 ซึ่งคณะกรรมการแปรญัตติได้พิจารณาแล้ว ที่ประชุมมีมติเห็นชอบให้ตราเป็นข้อบัญญัติ ยอดรวมทั้งสิ้น 42,850,000 บาท",
            "นอกจากนี้ ที่ประชุมยังได้พิจารณาการโอนงบประมาณรายจ่ายเพื่อซ่อมแซมท่อระบายน้ำบ้านโนนสะอาด หมู่ที่ 2 ที่ชำรุดจากเหตุน้ำท่วมขังในช่วงฤดูฝนที่ผ่านมา และรับทราบรายงานผลการดำเนินงานในรอบปีงบประมาณ 2565",
        ),
        PR,
        photos=4,
    ),
    _Post(
        1047,
        C_ACT,
        "2022-10-05",
        "14:05",
        "โครงการฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2566",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ โดยงานป้องกันและบรรเทาสาธารณภัย สำนักปลัด จัดโครงการฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ระหว่างวันที่ 3 - 5 ตุลาคม 2565 ณ หอประชุมองค์การบริหารส่วนตำบล มีอาสาสมัครเข้ารับการอบรมจำนวน 85 คน",
            "การฝึกอบรมประกอบด้วยการบรรยายเรื่องบทบาทหน้าที่ของ อปพร. การปฐมพยาบาลเบื้องต้นและการช่วยฟื้นคืนชีพ (CPR) ตลอดจนการฝึกภาคปฏิบัติการใช้ถังดับเพลิงและการเคลื่อนย้ายผู้ประสบภัย โดยได้รับเกียรติจากวิทยากรของสถานีดับเพลิงอำเภอกุดจับ",
            "นายกองค์การบริหารส่วนตำบลกล่าวขอบคุณอาสาสมัครทุกท่านที่เสียสละเวลามาร่วมดูแลความปลอดภัยของพี่น้องประชาชนในพื้นที่ ทั้งในช่วงเทศกาลและเมื่อเกิดสาธารณภัย",
        ),
        CLERK,
        style="nbsp",
        photos=6,
    ),
    _Post(
        1063,
        C_NOTICE,
        "2022-11-18",
        "16:40",
        "ประกาศองค์การบริหารส่วนตำบลโนนสะอาดใหญ่ เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป",
        (
            "ด้วยองค์การบริหารส่วนตำบลโนนสะอาดใหญ่ มีความประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 2 อัตรา และตำแหน่งผู้ดูแลเด็ก จำนวน 1 อัตรา ผู้สนใจสามารถยื่นใบสมัครได้ที่สำนักปลัด ตั้งแต่วันที่ 21 พฤศจิกายน ถึงวันที่ 2 ธันวาคม 2565 ในวันและเวลาราชการ รายละเอียดตามประกาศแนบท้ายนี้",
            "ประกาศ ณ วันที่ 17 พฤศจิกายน พ.ศ. 2565",
            "(นายประเสริฐ ศรีโนนสะอาด)",
            "นายกองค์การบริหารส่วนตำบลโนนสะอาดใหญ่",
        ),
        CLERK,
        files=("ประกาศรับสมัครพนักงานจ้างทั่วไป.pdf", "ใบสมัคร.pdf"),
        centred=3,
    ),
    _Post(
        1078,
        C_ACT,
        "2022-12-29",
        "08:50",
        "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2566 รณรงค์ลดอุบัติเหตุทางถนน",
        (
            "ระหว่างวันที่ 29 ธันวาคม 2565 ถึงวันที่ 4 มกราคม 2566 องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ร่วมกับสถานีตำรวจภูธรกุดจับ โรงพยาบาลส่งเสริมสุขภาพตำบล และผู้นำชุมชน ตั้งจุดบริการประชาชนบริเวณสามแยกบ้านหนองแวง ริมทางหลวงหมายเลข 210",
            "เจ้าหน้าที่และอาสาสมัครได้ให้บริการน้ำดื่ม กาแฟ และจุดพักรถแก่ผู้เดินทางกลับภูมิลำเนา พร้อมทั้งรณรงค์ให้สวมหมวกนิรภัย คาดเข็มขัดนิรภัย และไม่ขับขี่ยานพาหนะขณะเมาสุรา",
            "ขอขอบคุณทุกภาคส่วนที่ร่วมกันดูแลผู้ใช้รถใช้ถนนตลอดช่วงเทศกาล ทำให้ในพื้นที่ตำบลไม่มีผู้เสียชีวิตจากอุบัติเหตุทางถนนตลอด 7 วันอันตราย",
        ),
        CLERK,
        style="div",
        photos=5,
    ),
    _Post(
        1102,
        C_ACT,
        "2023-01-16",
        "11:15",
        "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่จัดงานวันเด็กแห่งชาติ ประจำปี 2566",
        (
            "เมื่อวันเสาร์ที่ 14 มกราคม 2566 องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ จัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ลานอเนกประสงค์หน้าที่ทำการ ภายใต้คำขวัญวันเด็กปีนี้ “เด็กไทยยุคใหม่ ใฝ่รู้ คู่คุณธรรม นำสังคม” มีเด็กและผู้ปกครองร่วมงานกว่า 600 คน",
            "ภายในงานมีการแสดงของนักเรียนศูนย์พัฒนาเด็กเล็กและโรงเรียนในเขตตำบล ซุ้มเกมชิงรางวัล การแจกทุนการศึกษา และอาหารว่างสำหรับเด็ก โดยได้รับการสนับสนุนจากผู้ใจบุญและร้านค้าในพื้นที่",
            "นายประเสริฐ ศรีโนนสะอาด นายกองค์การบริหารส่วนตำบล กล่าวว่า เด็กคือกำลังสำคัญของชุมชนในอนาคต องค์การบริหารส่วนตำบลจะสนับสนุนการศึกษาและกิจกรรมสร้างสรรค์ให้เด็กทุกคนอย่างต่อเนื่อง",
        ),
        EDUCATION,
        figures=((0, "นายก อบต. มอบทุนการศึกษาแก่นักเรียน"), (1, "การแสดงของเด็กศูนย์พัฒนาเด็กเล็ก")),
        photos=8,
    ),
    _Post(
        1115,
        C_PR,
        "2023-02-08",
        "09:00",
        "ประชาสัมพันธ์การยื่นแบบและชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตตำบลทราบว่า ได้จัดส่งแบบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ให้แก่ผู้เสียภาษีแล้ว ขอให้ผู้ได้รับแบบแจ้งตรวจสอบรายการที่ดินและสิ่งปลูกสร้างให้ถูกต้อง",
            "ผู้เสียภาษีสามารถชำระภาษีได้ที่กองคลัง องค์การบริหารส่วนตำบล ภายในเดือนเมษายน 2566 ในวันและเวลาราชการ หรือชำระผ่านการโอนเงินเข้าบัญชีธนาคารของ อบต. แล้วส่งหลักฐานการโอนทางไลน์ของกองคลัง",
            "หากพ้นกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด จึงขอเชิญชวนผู้เสียภาษีทุกท่านชำระภาษีภายในเวลาที่กำหนด เพื่อนำรายได้มาพัฒนาตำบลของเราต่อไป",
            "สอบถามรายละเอียดเพิ่มเติมได้ที่กองคลัง โทร 042-219-604 ต่อ 13",
        ),
        TREASURY,
        style="span",
    ),
    _Post(
        1131,
        C_NOTICE,
        "2023-03-07",
        "15:30",
        "ประกาศ ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านโนนทอง หมู่ที่ 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านโนนทอง หมู่ที่ 5 ขนาดกว้าง 5 เมตร ยาว 420 เมตร หนา 0.15 เมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 1,248,000 บาท",
            "ผู้สนใจสามารถขอรับเอกสารประกวดราคาอิเล็กทรอนิกส์ได้ที่เว็บไซต์ของกรมบัญชีกลาง ตั้งแต่วันที่ 7 มีนาคม 2566 ถึงวันที่ 15 มีนาคม 2566 ผู้ยื่นข้อเสนอจะต้องยื่นข้อเสนอในวันที่ 16 มีนาคม 2566 ระหว่างเวลา 08.30 น. ถึง 16.30 น.",
            "ประกาศ ณ วันที่ 7 มีนาคม พ.ศ. 2566",
            "(นายประเสริฐ ศรีโนนสะอาด)",
            "นายกองค์การบริหารส่วนตำบลโนนสะอาดใหญ่",
        ),
        ENGINEER,
        files=("ประกาศประกวดราคา.pdf", "เอกสารประกวดราคา.pdf", "ราคากลาง ปร.4 ปร.5.pdf"),
        centred=3,
    ),
    _Post(
        1150,
        C_PR,
        "2023-04-03",
        "13:45",
        "ขอความร่วมมือประชาชนป้องกันโรคไข้เลือดออก ด้วยมาตรการ 3 เก็บ 3 โรค",
        (
            "ด้วยขณะนี้เข้าสู่ช่วงที่มีการระบาดของโรคไข้เลือดออก งานสาธารณสุขและสิ่งแวดล้อม องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ จึงขอความร่วมมือประชาชนทุกครัวเรือนร่วมกันกำจัดแหล่งเพาะพันธุ์ยุงลายในบ้านและบริเวณรอบบ้านอย่างสม่ำเสมอ",
            "มาตรการ 3 เก็บ ได้แก่ เก็บบ้านให้สะอาดไม่ให้ยุงเกาะพัก เก็บขยะและภาชนะที่มีน้ำขังรอบบ้าน และเก็บน้ำให้มิดชิดปิดฝาโอ่งน้ำทุกใบ ซึ่งนอกจากจะป้องกันโรคไข้เลือดออกได้แล้ว ยังช่วยป้องกันโรคไข้ซิกาและโรคไข้ปวดข้อยุงลายได้อีกด้วย",
            "หากมีอาการไข้สูงลอยติดต่อกัน 2 วันขึ้นไป ขอให้รีบไปพบแพทย์ที่โรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน และไม่ควรซื้อยาแก้ปวดกลุ่มแอสไพรินหรือไอบูโพรเฟนมารับประทานเอง",
        ),
        HEALTH,
        photos=2,
    ),
    _Post(
        1166,
        C_ACT,
        "2023-05-22",
        "10:00",
        "โครงการปลูกต้นไม้เพิ่มพื้นที่สีเขียว ลดภาวะโลกร้อน ณ ป่าชุมชนโคกหนองแวง",
        (
            "เมื่อวันที่ 20 พฤษภาคม 2566 องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ร่วมกับส่วนราชการ โรงเรียน และจิตอาสาในพื้นที่ ดำเนินโครงการปลูกต้นไม้เพิ่มพื้นที่สีเขียว ลดภาวะโลกร้อน ณ ป่าชุมชนโคกหนองแวง หมู่ที่ 7",
            "ในกิจกรรมครั้งนี้ได้ร่วมกันปลูกต้นยางนา ต้นพะยูง และต้นมะค่าโมง รวมกว่า 1,200 ต้น พร้อมทั้งทำแนวกันไฟรอบป่าชุมชน เพื่อป้องกันไฟป่าในฤดูแล้ง",
            "คณะกรรมการป่าชุมชนจะเป็นผู้ดูแลรดน้ำและติดตามการเจริญเติบโตของต้นไม้ โดยองค์การบริหารส่วนตำบลจะสนับสนุนน้ำจากรถบรรทุกน้ำในช่วงที่ฝนทิ้งช่วง",
        ),
        CLERK,
        style="nbsp",
        photos=6,
    ),
    _Post(
        1183,
        C_PR,
        "2023-06-19",
        "16:10",
        "การประชุมสภาองค์การบริหารส่วนตำบลโนนสะอาดใหญ่ สมัยสามัญ สมัยที่ 2 ประจำปี 2566",
        (
            "วันที่ 16 มิถุนายน 2566 สภาองค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ได้ประชุมสภาฯ สมัยสามัญ สมัยที่ 2 ประจำปี 2566 เพื่อพิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ครั้งที่ 1 ที่ผ่านการประชาคมหมู่บ้านและประชาคมตำบลแล้ว",
            "ที่ประชุมได้อภิปรายเกี่ยวกับโครงการขุดลอกหนองน้ำสาธารณะบ้านหนองแวง และโครงการขยายเขตไฟฟ้าเพื่อการเกษตร หมู่ที่ 8 ก่อนลงมติเห็นชอบร่างแผนพัฒนาท้องถิ่นเพิ่มเติมดังกล่าว",
            "นอกจากนี้ ฝ่ายบริหารได้ชี้แจงความคืบหน้าการก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้านโนนทอง หมู่ที่ 5 ซึ่งดำเนินการแล้วเสร็จร้อยละ 80 และคาดว่าจะส่งมอบงานได้ภายในเดือนกรกฎาคม",
        ),
        PR,
        photos=3,
    ),
    _Post(
        1197,
        C_NOTICE,
        "2023-07-24",
        "09:40",
        "ประกาศรายชื่อผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ พ.ศ. 2567",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ขอประกาศรายชื่อผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ พ.ศ. 2567 จำนวน 64 ราย ซึ่งจะได้รับเงินตั้งแต่เดือนตุลาคม 2566 เป็นต้นไป หากผู้ใดมีรายชื่อไม่ถูกต้องหรือมีข้อสงสัย กรุณาติดต่อกองสวัสดิการสังคมภายในวันที่ 15 สิงหาคม 2566",
        ),
        WELFARE,
        files=("รายชื่อผู้สูงอายุรายใหม่ 2567.pdf",),
    ),
    _Post(
        1214,
        C_PR,
        "2023-08-30",
        "11:30",
        "ชำระค่าธรรมเนียมเก็บขนขยะมูลฝอยผ่านแอปพลิเคชันธนาคารได้แล้ว",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ขอแจ้งให้ประชาชนทราบว่า ตั้งแต่วันที่ 1 กันยายน 2566 เป็นต้นไป ผู้ใช้บริการเก็บขนขยะมูลฝอยสามารถชำระค่าธรรมเนียมผ่านการสแกนคิวอาร์โค้ดด้วยแอปพลิเคชันธนาคารได้ทุกธนาคาร โดยไม่มีค่าธรรมเนียมการโอน",
            "คิวอาร์โค้ดสำหรับชำระเงินจะพิมพ์อยู่บนใบแจ้งหนี้ที่พนักงานเก็บขยะนำไปส่งให้ทุกต้นเดือน เมื่อชำระแล้วกรุณาเก็บสลิปไว้เป็นหลักฐาน ส่วนผู้ที่ประสงค์จะชำระด้วยเงินสดยังคงชำระได้ที่กองคลังตามปกติ",
            "การปรับปรุงช่องทางการชำระเงินครั้งนี้เป็นส่วนหนึ่งของการพัฒนาการให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ เพื่อลดระยะเวลาและค่าใช้จ่ายในการเดินทางมาติดต่อราชการ",
        ),
        TREASURY,
        style="span",
    ),
    _Post(
        1232,
        C_ACT,
        "2023-10-13",
        "07:30",
        "น้อมรำลึกในพระมหากรุณาธิคุณ เนื่องในวันคล้ายวันสวรรคต พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร",
        (),
        PR,
        poster=True,
    ),
    _Post(
        1240,
        C_ACT,
        "2023-11-28",
        "10:45",
        "สืบสานประเพณีลอยกระทง ประจำปี 2566 ณ หนองสะอาด",
        (
            "เมื่อคืนวันที่ 27 พฤศจิกายน 2566 องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ร่วมกับวัดโนนสะอาดและชุมชนทั้ง 12 หมู่บ้าน จัดงานสืบสานประเพณีลอยกระทง ประจำปี 2566 ณ บริเวณหนองสะอาด มีประชาชนร่วมงานอย่างคับคั่ง",
            "ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ การแสดงหมอลำของนักเรียน และการจุดประทีปรอบหนองน้ำ โดยรณรงค์ให้ใช้กระทงจากต้นกล้วยและใบตองเพื่อลดขยะในแหล่งน้ำ",
            "หลังเสร็จงาน เจ้าหน้าที่และจิตอาสาได้ร่วมกันเก็บกระทงและทำความสะอาดหนองสะอาดในเช้าวันรุ่งขึ้น ขอขอบคุณทุกคนที่ร่วมกันรักษาประเพณีอันดีงามและสิ่งแวดล้อมของตำบล",
        ),
        EDUCATION,
        style="div",
        photos=8,
    ),
    _Post(
        1258,
        C_PR,
        "2024-01-10",
        "14:20",
        "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2567",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ขอเชิญชวนพี่น้องประชาชนทุกหมู่บ้านเข้าร่วมประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่นและรับฟังปัญหาความต้องการของชุมชน ระหว่างวันที่ 15 - 26 มกราคม 2567 ตามกำหนดการที่แจ้งผ่านผู้ใหญ่บ้านแต่ละหมู่",
            "ข้อเสนอจากการประชาคมจะถูกนำไปจัดลำดับความสำคัญโดยคณะกรรมการพัฒนาท้องถิ่น และบรรจุไว้ในแผนพัฒนาท้องถิ่นเพื่อใช้เป็นกรอบในการจัดทำงบประมาณรายจ่ายประจำปีต่อไป",
            "การมีส่วนร่วมของประชาชนเป็นหัวใจสำคัญของการพัฒนาท้องถิ่น จึงขอเชิญชวนทุกครัวเรือนส่งตัวแทนเข้าร่วมประชุมโดยพร้อมเพรียงกัน",
        ),
        CLERK,
    ),
    _Post(
        1271,
        C_NOTICE,
        "2024-02-02",
        "10:05",
        "ประกาศผู้ชนะการเสนอราคา ซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ 2/2566 โดยวิธีเฉพาะเจาะจง",
        (
            "ตามที่องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ได้มีโครงการซื้ออาหารเสริม (นม) โรงเรียน สำหรับศูนย์พัฒนาเด็กเล็กและโรงเรียนในสังกัด สพฐ. ภาคเรียนที่ 2 ปีการศึกษา 2566 โดยวิธีเฉพาะเจาะจง นั้น ผู้ได้รับการคัดเลือก ได้แก่ สหกรณ์โคนมหนองวัวซอ จำกัด โดยเสนอราคาเป็นเงินทั้งสิ้น 486,920.40 บาท รวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่นๆ ทั้งปวง",
            "ประกาศ ณ วันที่ 1 กุมภาพันธ์ พ.ศ. 2567",
            "(นายประเสริฐ ศรีโนนสะอาด)",
            "นายกองค์การบริหารส่วนตำบลโนนสะอาดใหญ่",
        ),
        None,
        files=("ประกาศผู้ชนะ นม 2-2566.pdf",),
        centred=3,
    ),
    _Post(
        1290,
        C_ACT,
        "2024-02-26",
        "15:50",
        "โครงการฝึกอบรมส่งเสริมอาชีพ การทอพรมเช็ดเท้าจากเศษผ้า ให้กลุ่มสตรีแม่บ้าน",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ โดยกองสวัสดิการสังคม จัดโครงการฝึกอบรมส่งเสริมอาชีพ การทอพรมเช็ดเท้าจากเศษผ้า ให้แก่กลุ่มสตรีแม่บ้านและผู้ว่างงาน ระหว่างวันที่ 22 - 23 กุมภาพันธ์ 2567 ณ ศาลาประชาคมบ้านโนนสะอาด มีผู้เข้าร่วมอบรม 40 คน",
            "วิทยากรจากศูนย์พัฒนาฝีมือแรงงานจังหวัดอุดรธานีได้สอนการเลือกเศษผ้า การขึ้นโครงกี่ทอ และเทคนิคการทอลวดลายให้สวยงาม รวมถึงการคิดต้นทุนและตั้งราคาขาย",
            "ผลิตภัณฑ์จากการอบรมจะนำไปวางจำหน่ายที่ตลาดนัดชุมชนทุกวันศุกร์ และองค์การบริหารส่วนตำบลจะช่วยประสานการจดทะเบียนเป็นวิสาหกิจชุมชนเพื่อต่อยอดเป็นรายได้เสริมของครัวเรือน",
        ),
        WELFARE,
        style="nbsp",
        photos=6,
    ),
    _Post(
        1305,
        C_PR,
        "2024-03-18",
        "08:30",
        "งดเผาในที่โล่ง ลดฝุ่นละออง PM 2.5 ช่วงฤดูแล้ง",
        (
            "ตามที่จังหวัดอุดรธานีได้ประกาศห้ามเผาในที่โล่งทุกชนิดในช่วงวันที่ 1 มีนาคม ถึงวันที่ 30 เมษายน 2567 เพื่อแก้ไขปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก PM 2.5 ที่ส่งผลกระทบต่อสุขภาพของประชาชน",
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ จึงขอความร่วมมือเกษตรกรงดเผาตอซังข้าว อ้อย และวัชพืช รวมทั้งงดเผาขยะในครัวเรือน โดยหันมาใช้วิธีไถกลบหรือทำปุ๋ยหมักแทน ซึ่งจะช่วยปรับปรุงดินให้ดีขึ้นด้วย",
            "หากพบเห็นการเผาหรือเกิดไฟไหม้หญ้า สามารถแจ้งศูนย์ปฏิบัติการป้องกันและบรรเทาสาธารณภัย อบต. ได้ตลอด 24 ชั่วโมง ที่หมายเลข 042-219-605",
            "ทั้งนี้ ผู้ฝ่าฝืนอาจมีความผิดตามพระราชบัญญัติการสาธารณสุข พ.ศ. 2535 และกฎหมายอื่นที่เกี่ยวข้อง",
        ),
        CLERK,
        style="span",
        photos=1,
    ),
    _Post(
        1322,
        C_ACT,
        "2024-04-11",
        "13:00",
        "สืบสานประเพณีสงกรานต์ รดน้ำดำหัวขอพรผู้สูงอายุ ประจำปี 2567",
        (
            "วันที่ 11 เมษายน 2567 องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ จัดกิจกรรมสืบสานประเพณีสงกรานต์ รดน้ำดำหัวขอพรผู้สูงอายุ ณ หอประชุม อบต. มีผู้สูงอายุจากทั้ง 12 หมู่บ้าน เข้าร่วมกิจกรรมกว่า 300 คน",
            "ช่วงเช้ามีพิธีสรงน้ำพระพุทธรูป ตามด้วยการรดน้ำดำหัวผู้สูงอายุโดยคณะผู้บริหาร สมาชิกสภาฯ และพนักงาน จากนั้นเป็นการแสดงของชมรมผู้สูงอายุและการมอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุครบ 90 ปีขึ้นไป",
            "กิจกรรมนี้จัดขึ้นเพื่ออนุรักษ์ประเพณีอันดีงามของไทย และแสดงความกตัญญูกตเวทีต่อผู้สูงอายุซึ่งเป็นร่มโพธิ์ร่มไทรของลูกหลาน",
        ),
        WELFARE,
        figures=((1, "ผู้บริหารรดน้ำดำหัวขอพรผู้สูงอายุ"),),
        photos=8,
    ),
    _Post(
        1338,
        C_PR,
        "2024-05-14",
        "10:30",
        "การประชุมสภาองค์การบริหารส่วนตำบลโนนสะอาดใหญ่ สมัยสามัญ สมัยที่ 2 ประจำปี 2567",
        (
            "วันที่ 14 พฤษภาคม 2567 เวลา 09.00 น. สภาองค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ประชุมสภาฯ สมัยสามัญ สมัยที่ 2 ประจำปี 2567 ณ ห้องประชุมสภาฯ โดยมีสมาชิกสภาฯ ผู้บริหาร และหัวหน้าส่วนราชการเข้าร่วมประชุม",
            "ที่ประชุมได้พิจารณาอนุมัติจ่ายขาดเงินสะสมเพื่อดำเนินโครงการก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดกลาง บ้านหนองแวง หมู่ที่ 7 และโครงการซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีตสายบ้านโนนสะอาด - บ้านโนนทอง",
            "นอกจากนี้ ที่ประชุมยังได้รับทราบรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ 2566 ซึ่งมีการดำเนินโครงการตามแผนแล้วร้อยละ 72.5",
        ),
        PR,
        photos=4,
    ),
    _Post(
        1351,
        C_NOTICE,
        "2024-06-05",
        "11:00",
        "รับสมัครเด็กเข้าศูนย์พัฒนาเด็กเล็ก สังกัด อบต.โนนสะอาดใหญ่ ภาคเรียนที่ 2 ปีการศึกษา 2567",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ เปิดรับสมัครเด็กเข้าเรียนในศูนย์พัฒนาเด็กเล็กบ้านโนนสะอาดและศูนย์พัฒนาเด็กเล็กบ้านหนองแวง ภาคเรียนที่ 2 ปีการศึกษา 2567 สำหรับเด็กที่เกิดระหว่างวันที่ 16 พฤษภาคม 2564 ถึงวันที่ 15 พฤษภาคม 2565",
            "ผู้ปกครองสามารถยื่นใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็กทั้งสองแห่ง ตั้งแต่วันที่ 10 มิถุนายน ถึงวันที่ 28 มิถุนายน 2567 โดยนำสำเนาสูติบัตรของเด็ก สำเนาทะเบียนบ้าน สำเนาบัตรประจำตัวประชาชนของผู้ปกครอง และรูปถ่ายของเด็กขนาด 1 นิ้ว จำนวน 3 รูป มาด้วย",
            "ไม่เสียค่าใช้จ่ายใดๆ ทั้งสิ้น เด็กทุกคนจะได้รับอาหารกลางวัน อาหารเสริม (นม) และอุปกรณ์การเรียนโดยไม่เสียค่าใช้จ่าย",
        ),
        EDUCATION,
        style="div",
        files=("ใบสมัครศูนย์พัฒนาเด็กเล็ก.pdf",),
    ),
    _Post(
        1384,
        C_ACT,
        "2024-07-29",
        "09:15",
        "กิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567",
        (
            "เมื่อวันที่ 28 กรกฎาคม 2567 องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ นำโดยคณะผู้บริหาร สมาชิกสภาฯ พนักงาน และจิตอาสาจากทุกหมู่บ้าน ร่วมกิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ",
            "กิจกรรมประกอบด้วยการตัดหญ้าและกิ่งไม้สองข้างทางสายบ้านโนนสะอาด - บ้านหนองแวง การเก็บขยะริมทาง และการทาสีศาลาที่พักผู้โดยสาร รวมระยะทางกว่า 3 กิโลเมตร",
            "ในช่วงเย็นได้ร่วมพิธีจุดเทียนถวายพระพรชัยมงคล ณ ลานหน้าที่ทำการองค์การบริหารส่วนตำบล โดยมีข้าราชการและประชาชนเข้าร่วมพิธีอย่างพร้อมเพรียง",
        ),
        None,
        style="nbsp",
        photos=8,
    ),
    _Post(
        1390,
        C_PR,
        "2024-08-14",
        "13:35",
        "ขอเชิญชวนร่วมตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปี 2567",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ขอเชิญชวนประชาชน ผู้รับบริการ และผู้มีส่วนได้ส่วนเสีย ร่วมตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ในการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567",
            "ท่านสามารถตอบแบบวัดได้ด้วยการสแกนคิวอาร์โค้ดที่ติดไว้ ณ ที่ทำการ อบต. หรือผ่านลิงก์ในเว็บไซต์ของสำนักงาน ป.ป.ช. ตั้งแต่บัดนี้จนถึงวันที่ 30 สิงหาคม 2567 ใช้เวลาเพียงประมาณ 5 นาที ความคิดเห็นของท่านจะเป็นประโยชน์ต่อการปรับปรุงการให้บริการต่อไป",
        ),
        PR,
        style="span",
    ),
)


@dataclass(frozen=True)
class _Page:
    slug: str
    title: str
    updated: str
    paragraphs: tuple[str, ...]


PAGES: tuple[_Page, ...] = (
    _Page(
        "history",
        "ประวัติความเป็นมา",
        "2023-01-05",
        (
            "ตำบลโนนสะอาดใหญ่ เดิมเป็นส่วนหนึ่งของตำบลกุดจับ ชาวบ้านกลุ่มแรกอพยพมาจากจังหวัดร้อยเอ็ดเมื่อประมาณปี พ.ศ. 2450 มาตั้งถิ่นฐานบนเนินดินที่มีหนองน้ำใสสะอาดล้อมรอบ จึงเรียกชื่อหมู่บ้านว่า “บ้านโนนสะอาด” ต่อมามีผู้คนย้ายเข้ามาอยู่มากขึ้นจนแยกเป็นหลายหมู่บ้าน",
            "ปี พ.ศ. 2518 ได้รับการยกฐานะเป็นตำบลโนนสะอาดใหญ่ และในปี พ.ศ. 2539 ได้รับการจัดตั้งเป็นองค์การบริหารส่วนตำบลโนนสะอาดใหญ่ ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537",
            "ปัจจุบันตำบลมีพื้นที่ประมาณ 62 ตารางกิโลเมตร แบ่งการปกครองออกเป็น 12 หมู่บ้าน ประชากรส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อย และเลี้ยงโคเนื้อ",
        ),
    ),
    _Page(
        "vision",
        "วิสัยทัศน์ / พันธกิจ",
        "2023-01-05",
        (
            "“โนนสะอาดใหญ่น่าอยู่ เศรษฐกิจพอเพียง สังคมเข้มแข็ง สิ่งแวดล้อมยั่งยืน บริหารจัดการตามหลักธรรมาภิบาล”",
            "พันธกิจ 1. พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและทั่วถึง 2. ส่งเสริมอาชีพและเศรษฐกิจชุมชนตามหลักปรัชญาของเศรษฐกิจพอเพียง 3. ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และคุณภาพชีวิต 4. อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม 5. พัฒนาการบริหารจัดการองค์กรให้โปร่งใสและมีประสิทธิภาพ",
        ),
    ),
    _Page(
        "structure",
        "โครงสร้างส่วนราชการ",
        "2024-03-01",
        (
            "องค์การบริหารส่วนตำบลโนนสะอาดใหญ่ แบ่งส่วนราชการออกเป็น สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม กองสวัสดิการสังคม และหน่วยตรวจสอบภายใน โดยมีปลัดองค์การบริหารส่วนตำบลเป็นผู้บังคับบัญชาพนักงานส่วนตำบลและลูกจ้าง",
            "ปัจจุบันมีพนักงานส่วนตำบล 24 คน ลูกจ้างประจำ 2 คน และพนักงานจ้าง 31 คน รายละเอียดตามแผนภูมิโครงสร้างที่แนบ",
        ),
    ),
    _Page(
        "authority",
        "อำนาจหน้าที่",
        "2023-01-05",
        (
            "องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ในการพัฒนาตำบลทั้งในด้านเศรษฐกิจ สังคม และวัฒนธรรม ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และที่แก้ไขเพิ่มเติม",
            "หน้าที่ที่ต้องทำ ได้แก่ จัดให้มีและบำรุงรักษาทางน้ำและทางบก รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล ป้องกันและระงับโรคติดต่อ ป้องกันและบรรเทาสาธารณภัย ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม",
            "นอกจากนี้ยังมีอำนาจหน้าที่ในการจัดระบบการบริการสาธารณะเพื่อประโยชน์ของประชาชนในท้องถิ่น ตามพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542",
        ),
    ),
)


@dataclass(frozen=True)
class _Album:
    id: int
    date: str
    title: str
    photos: int


ALBUMS: tuple[_Album, ...] = (
    _Album(14, "2023-01-14", "ภาพกิจกรรมวันเด็กแห่งชาติ ประจำปี 2566", 8),
    _Album(17, "2023-05-20", "ภาพกิจกรรมปลูกต้นไม้ ป่าชุมชนโคกหนองแวง", 6),
    _Album(22, "2023-11-27", "ภาพงานประเพณีลอยกระทง 2566", 9),
    _Album(25, "2024-04-11", "ภาพกิจกรรมรดน้ำดำหัวผู้สูงอายุ 2567", 7),
    _Album(29, "2024-07-28", "ภาพกิจกรรมจิตอาสาพัฒนา 28 กรกฎาคม 2567", 6),
    _Album(33, "2024-08-12", "ภาพกิจกรรมวันแม่แห่งชาติ 2567", 6),
)

EVENTS: dict[str, tuple[tuple[str, str, str], ...]] = {  # date -> (time, title, place)
    "2024-07-28": (("07:30", "กิจกรรมจิตอาสาพัฒนา", "ถนนสายบ้านโนนสะอาด - บ้านหนองแวง"),),
    "2024-08-12": (("08:00", "พิธีถวายพระพรชัยมงคล วันแม่แห่งชาติ", "หอประชุม อบต."),),
    "2024-08-15": (("09:00", "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 ประจำปี 2567", "ห้องประชุมสภา อบต."),),
    "2024-08-22": (("08:30", "ออกหน่วยรับชำระภาษีเคลื่อนที่ หมู่ที่ 1 - 6", "ศาลาประชาคมบ้านโนนสะอาด"),),
    "2024-08-29": (
        ("09:00", "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า", "ทุกหมู่บ้าน"),
        ("13:30", "ประชุมคณะกรรมการพัฒนาท้องถิ่น", "ห้องประชุม อบต."),
    ),
    "2024-09-05": (("09:00", "อบรมผู้ดูแลผู้สูงอายุ (Care Giver)", "หอประชุม อบต."),),
}

DOWNLOADS = (
    (1, "แบบคำร้องทั่วไป"),
    (2, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ"),
    (3, "แบบคำขอรับเงินเบี้ยความพิการ"),
    (4, "แบบคำขออนุญาตก่อสร้างอาคาร (ข.1)"),
    (5, "แบบแจ้งเรื่องร้องเรียน/ร้องทุกข์"),
    (6, "ข้อบัญญัติงบประมาณรายจ่ายประจำปี 2567"),
)

# ITA 2567 (OIT): code, item, internal link (None: the item page holds PDFs only)
ITA = (
    ("O1", "โครงสร้าง", "/page/structure"),
    ("O2", "ข้อมูลผู้บริหาร", None),
    ("O3", "อำนาจหน้าที่", "/page/authority"),
    ("O4", "ข้อมูลการติดต่อ", "/contact"),
    ("O5", "กฎหมายที่เกี่ยวข้อง", None),
    ("O6", "ข่าวประชาสัมพันธ์", "/news?category=1"),
    ("O7", "Q&A", "/contact"),
    ("O8", "Social Network", None),
    ("O9", "แผนดำเนินงานประจำปี", None),
    ("O10", "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน", None),
    ("O11", "รายงานผลการดำเนินงานประจำปี", None),
    ("O12", "คู่มือหรือมาตรฐานการปฏิบัติงาน", None),
    ("O13", "คู่มือหรือมาตรฐานการให้บริการ", "/download"),
    ("O14", "ข้อมูลเชิงสถิติการให้บริการ", None),
    ("O15", "E-Service", "/contact"),
    ("O16", "แผนการใช้จ่ายงบประมาณประจำปี", None),
    ("O17", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน", None),
    ("O18", "รายงานผลการใช้จ่ายงบประมาณประจำปี", None),
    ("O19", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", None),
    ("O20", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "/news?category=3"),
)

# The paginator trap: a page past the last one of its listing (10 a page by default; 23 posts in all,
# each category and each year holds at most 10).  Lookaheads, as the parameters come in any order.
_PAGE = r"(?=(?:.*&)?page=0*(?:{n})(?:&|$))"
_GE2, _GE3, _GE4 = r"[2-9]|[1-9]\d+", r"[3-9]|[1-9]\d+", r"[4-9]|[1-9]\d+"
PAGER_TRAP = (
    r"^/news\?(?:"
    + _PAGE.format(n=_GE4)
    + r"|(?=(?:.*&)?(?:category|year)=)"
    + _PAGE.format(n=_GE2)
    + r"|(?=(?:.*&)?per_page=50(?:&|$))"
    + _PAGE.format(n=_GE2)
    + r"|(?=(?:.*&)?per_page=20(?:&|$))"
    + _PAGE.format(n=_GE3)
    + r")"
)
CALENDAR_TRAP = r"^/calendar(?:\?|/day/)"
SORT_TRAP = r"^/news\?(?:.*&)?(?:sort|per_page)="


def _h(text: str, n: int = 40) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def _token(text: str, n: int = 40) -> str:
    """A Laravel-looking random string (letters and digits), stable per seed."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    raw = hashlib.sha256(text.encode()).digest() + hashlib.sha256(b"x" + text.encode()).digest()
    return "".join(alphabet[b % 62] for b in raw)[:n]


def _views(pid: int) -> int:
    return (pid * 7919) % 2900 + 180


def _limit(text: str, n: int = 150) -> str:
    """Str::limit(): cut at n characters and add '...'."""
    return text if len(text) <= n else text[:n].rstrip() + "..."


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="nginx/1.18.0 (Ubuntu)")
    _Cms(site).register()
    return site


class _Cms:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.posts = {p.id: p for p in POSTS}
        self.newest = sorted(POSTS, key=lambda p: p.dt, reverse=True)
        self.non_articles: list[str] = []
        self._chrome: tuple[str, str, str] | None = None

    # -- paths ---------------------------------------------------------------------------------
    @staticmethod
    def photo(p: _Post, k: int, thumb: bool = False) -> str:
        name = _h(f"photo-{p.id}-{k}")
        return f"/storage/news/{p.d:%Y}/{p.d:%m}/{'thumbs/' if thumb else ''}{name}.jpg"

    @staticmethod
    def figure_img(p: _Post, k: int) -> str:
        return f"/storage/editor/{p.d:%Y%m}/{_h(f'figure-{p.id}-{k}', 32)}.jpg"

    @staticmethod
    def file(p: _Post, k: int) -> str:
        return f"/storage/files/{p.d:%Y}/{p.d:%m}/{_h(f'file-{p.id}-{k}', 32)}.pdf"

    def cover(self, p: _Post) -> str:
        if p.poster:
            return self.figure_img(p, 0)
        if p.photos:
            return self.photo(p, 1, thumb=True)
        return "/images/no-image.jpg"

    @staticmethod
    def album_photo(a: _Album, k: int, thumb: bool = False) -> str:
        return f"/storage/gallery/{a.id}/{'thumbs/' if thumb else ''}{_h(f'album-{a.id}-{k}', 32)}.jpg"

    # -- responses -----------------------------------------------------------------------------
    @staticmethod
    def headers(seed: str) -> tuple[tuple[str, str], ...]:
        xsrf = "eyJpdiI6I" + _token("xsrf" + seed, 180) + "In0%3D"
        sess = "eyJpdiI6I" + _token("sess" + seed, 180) + "In0%3D"
        expires = "Tue, 20-Aug-2024 11:41:07 GMT"
        return (
            ("X-Powered-By", "PHP/8.0.30"),
            ("Cache-Control", "no-cache, private"),
            ("Set-Cookie", f"XSRF-TOKEN={xsrf}; expires={expires}; Max-Age=7200; path=/; samesite=lax"),
            ("Set-Cookie", f"laravel_session={sess}; expires={expires}; Max-Age=7200; path=/; httponly; samesite=lax"),
            ("X-Frame-Options", "SAMEORIGIN"),
            ("X-Content-Type-Options", "nosniff"),
        )

    def page(self, path: str, title: str, main: str, og: dict[str, str] | None = None, status: int = 200) -> Response:
        text = self.frame(path, title, main, og)
        return Response(status, (("Content-Type", UTF8_HTML), *self.headers(path)), text.encode("utf-8"))

    def add_page(self, path: str, title: str, main: str, links: tuple[str, ...] | None = None) -> None:
        self.site.add(path, self.page(path, title, main))
        for link in (path,) if links is None else links:
            self.non_articles.append(self.b + link)

    def laravel_404(self) -> Response:
        text = (
            '<!DOCTYPE html>\n<html lang="en">\n    <head>\n        <meta charset="utf-8">\n        <meta name="viewport" content="width=device-width, initial-scale=1">\n\n        <title>Not Found</title>\n'
            "        <style>body { font-family: 'Nunito', sans-serif; }</style>\n    </head>\n    <body class=\"antialiased\">\n"
            '        <div class="relative flex items-top justify-center min-h-screen bg-gray-100 dark:bg-gray-900 sm:items-center sm:pt-0">\n'
            '            <div class="max-w-xl mx-auto sm:px-6 lg:px-8">\n                <div class="flex items-center pt-8 sm:justify-start sm:pt-0">\n'
            '                    <div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">\n                        404                    </div>\n\n'
            '                    <div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">\n                        Not Found                    </div>\n'
            "                </div>\n            </div>\n        </div>\n    </body>\n</html>\n"
        )
        return Response(404, (("Content-Type", UTF8_HTML), *self.headers("404")), text.encode("utf-8"))

    # -- chrome --------------------------------------------------------------------------------
    def chrome(self) -> tuple[str, str, str]:
        if self._chrome is None:
            self._chrome = (self.navbar(), self.sidebar(), self.footer())
        return self._chrome

    def navbar(self) -> str:
        pages = "\n".join(
            f'\t\t\t\t\t<a class="dropdown-item" href="{self.b}/page/{pg.slug}">{esc(pg.title)}</a>' for pg in PAGES
        )
        cats = "\n".join(
            f'\t\t\t\t\t<a class="dropdown-item" href="{self.b}/news?category={c}">{name}</a>'
            for c, name in CATEGORIES.items()
        )
        return f"""<div class="top-bar bg-primary text-white small py-1">
	<div class="container d-flex justify-content-between">
		<span><i class="far fa-clock"></i> วัน{WEEKDAYS[TODAY.weekday()]}ที่ {thai_long(TODAY)}</span>
		<span><a href="https://www.facebook.com/nonsaatyai.sao" class="text-white" target="_blank"><i class="fab fa-facebook"></i></a> <a href="https://line.me/R/ti/p/@nonsaatyai" class="text-white" target="_blank"><i class="fab fa-line"></i></a> <a href="tel:042219604" class="text-white"><i class="fas fa-phone"></i> {PHONE}</a></span>
	</div>
</div>
<header class="site-header">
	<div class="container py-3 d-flex align-items-center">
		<a href="{self.b}"><img src="{self.b}/images/logo.jpg" alt="{SITE}" height="90"></a>
		<div class="ml-3"><div class="site-name h3 mb-0">{SITE}</div><div class="site-district">อำเภอกุดจับ จังหวัดอุดรธานี</div></div>
		<form class="form-inline ml-auto d-none d-lg-flex" action="{self.b}/search" method="GET"><input class="form-control form-control-sm" type="search" name="q" placeholder="ค้นหา..."><button class="btn btn-sm btn-light ml-1" type="submit"><i class="fas fa-search"></i></button></form>
	</div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark bg-navy sticky-top">
	<div class="container">
		<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
		<div class="collapse navbar-collapse" id="mainNav">
			<ul class="navbar-nav">
				<li class="nav-item"><a class="nav-link" href="{self.b}"><i class="fas fa-home"></i> หน้าแรก</a></li>
				<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">ข้อมูลพื้นฐาน</a>
				<div class="dropdown-menu">
{pages}
				</div></li>
				<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">ข่าวสาร</a>
				<div class="dropdown-menu">
					<a class="dropdown-item" href="{self.b}/news">ข่าวทั้งหมด</a>
{cats}
				</div></li>
				<li class="nav-item"><a class="nav-link" href="{self.b}/gallery">ภาพกิจกรรม</a></li>
				<li class="nav-item"><a class="nav-link" href="{self.b}/download">ดาวน์โหลด</a></li>
				<li class="nav-item"><a class="nav-link" href="{self.b}/calendar">ปฏิทินกิจกรรม</a></li>
				<li class="nav-item"><a class="nav-link" href="{self.b}/ita">ITA</a></li>
				<li class="nav-item"><a class="nav-link" href="{self.b}/contact">ติดต่อเรา</a></li>
			</ul>
		</div>
	</div>
</nav>"""

    def sidebar(self) -> str:
        latest = "\n".join(
            f'\t\t\t<li class="list-group-item"><a href="{self.b}/news/show/{p.id}">{esc(p.title)}</a><br><small class="text-muted"><i class="far fa-calendar-alt"></i> {thai_abbr(p.d)}</small></li>'
            for p in self.newest[:SIDEBAR_LATEST]
        )
        return f"""<aside class="col-lg-4">
	<div class="card card-outline card-primary widget-latest">
		<div class="card-header"><h3 class="card-title"><i class="fas fa-newspaper"></i> ข่าวล่าสุด</h3></div>
		<ul class="list-group list-group-flush">
{latest}
		</ul>
		<div class="card-footer text-right"><a href="{self.b}/news">ดูทั้งหมด <i class="fas fa-angle-double-right"></i></a></div>
	</div>
	<div class="card card-outline card-info">
		<div class="card-header"><h3 class="card-title"><i class="fas fa-user-tie"></i> นายก อบต.</h3></div>
		<div class="card-body text-center"><img src="{self.b}/images/chief.jpg" alt="{CHIEF}" class="img-fluid rounded"><p class="mt-2 mb-0">{CHIEF}</p><small>นายกองค์การบริหารส่วนตำบลโนนสะอาดใหญ่</small></div>
	</div>
	<div class="card card-outline card-info">
		<div class="card-header"><h3 class="card-title"><i class="far fa-calendar-alt"></i> ปฏิทินกิจกรรม</h3></div>
		<div class="card-body"><a href="{self.b}/calendar" class="btn btn-outline-info btn-block">ดูปฏิทินกิจกรรม</a></div>
	</div>
	<div class="banner-links">
		<a href="https://www.dla.go.th" target="_blank"><img src="{self.b}/images/banner/dla.jpg" alt="กรมส่งเสริมการปกครองท้องถิ่น" class="img-fluid mb-2"></a>
		<a href="https://itas.nacc.go.th" target="_blank"><img src="{self.b}/images/banner/ita.jpg" alt="ITA" class="img-fluid mb-2"></a>
		<a href="http://www.gprocurement.go.th" target="_blank"><img src="{self.b}/images/banner/egp.jpg" alt="e-GP" class="img-fluid mb-2"></a>
	</div>
	<div class="card"><div class="card-body small">สถิติผู้เข้าชม<br>วันนี้ 127 &nbsp; เดือนนี้ 3,482 &nbsp; ทั้งหมด 214,559</div></div>
</aside>"""

    def footer(self) -> str:
        return f"""<footer class="main-footer bg-dark text-white-50 mt-4">
	<div class="container py-4">
		<div class="row">
			<div class="col-md-8"><h5 class="text-white">{SITE}</h5><p>{ADDRESS}<br>โทรศัพท์/โทรสาร {PHONE} &nbsp; อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>
			<div class="col-md-4 text-md-right"><a href="{self.b}/feed" class="text-white-50"><i class="fas fa-rss"></i> RSS</a> &nbsp; <a href="{self.b}/login" class="text-white-50"><i class="fas fa-lock"></i> ผู้ดูแลระบบ</a></div>
		</div>
		<div class="small">Copyright &copy; 2024 {SITE}. All rights reserved. &nbsp; พัฒนาโดย <a href="https://www.siamlocalsoft.co.th" target="_blank" class="text-white-50">สยามโลคอลซอฟต์</a></div>
	</div>
</footer>"""

    def frame(self, path: str, title: str, main: str, og: dict[str, str] | None = None) -> str:
        navbar, sidebar, footer = self.chrome()
        og = og or {}
        current = self.b + urlsplit(path).path  # url()->current(): no query string
        og_image = og.get("image", "/images/og-default.jpg")
        desc = og.get("description", f"เว็บไซต์{SITE} {ADDRESS}")
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="csrf-token" content="{_token("csrf" + path)}">
	<title>{esc(title)}</title>
	<meta name="description" content="{attr(desc)}">
	<meta property="og:type" content="website">
	<meta property="og:site_name" content="{SITE}">
	<meta property="og:title" content="{attr(og.get("title", title))}">
	<meta property="og:url" content="{current}">
	<meta property="og:image" content="{self.b}{og_image}">
	<link rel="icon" href="{self.b}/favicon.ico">
	<link rel="alternate" type="application/rss+xml" title="{SITE_SHORT}" href="{self.b}/feed">
	<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&amp;display=swap">
	<link rel="stylesheet" href="{self.b}/plugins/fontawesome-free/css/all.min.css">
	<link rel="stylesheet" href="{self.b}/plugins/ekko-lightbox/ekko-lightbox.css">
	<link rel="stylesheet" href="{self.b}/dist/css/adminlte.min.css">
	<link href="{self.b}{MIX_CSS}" rel="stylesheet">
</head>
<body class="layout-top-nav">
<div class="wrapper">
{navbar}
<div class="content-wrapper">
	<div class="container py-4">
		<div class="row">
			<main class="col-lg-8">
{main}
			</main>
{sidebar}
		</div>
	</div>
</div>
{footer}
</div>
<script src="{self.b}/plugins/jquery/jquery.min.js"></script>
<script src="{self.b}/plugins/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="{self.b}/plugins/ekko-lightbox/ekko-lightbox.min.js"></script>
<script src="{self.b}{MIX_JS}"></script>
<script>
$.ajaxSetup({{ headers: {{ 'X-CSRF-TOKEN': $('meta[name="csrf-token"]').attr('content') }} }});
$(document).on('click', '[data-toggle="lightbox"]', function (e) {{ e.preventDefault(); $(this).ekkoLightbox(); }});
</script>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/th_TH/sdk.js#xfbml=1&version=v17.0"></script>
</body>
</html>
"""

    # -- the show template (posts and static pages) -----------------------------------------------
    def body(self, p: _Post) -> str:
        if p.poster:
            return f'<p><img src="{self.b}{self.figure_img(p, 0)}" style="width: 100%;"></p>'
        out: list[str] = []
        figs = dict(p.figures)
        n = len(p.paragraphs)
        for i, text in enumerate(p.paragraphs):
            t = esc(text)
            if i >= n - p.centred:
                out.append(f'<p style="text-align: center;">{t}</p>')
            elif p.style == "nbsp":
                out.append(f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{t}</p>")
            elif p.style == "span":
                head, _sep, tail = text.partition(" ")
                rest = f" {esc(tail)}" if tail else ""
                out.append(
                    f'<p style="text-align: justify;"><span style="font-size: 18px;"><b>{esc(head)}</b>{rest}</span></p>'
                )
            elif p.style == "div":
                out.append(f"<div>{t}</div>" + ("<div><br></div>" if i < n - 1 else ""))
            else:
                out.append(f'<p style="text-indent: 36px; text-align: justify;">{t}</p>')
                if i == 0 and n > 2:
                    out.append("<p><br></p>")
            if i in figs:
                k = list(figs).index(i)
                out.append(
                    f'<figure class="image"><img src="{self.b}{self.figure_img(p, k)}"><figcaption>{esc(figs[i])}</figcaption></figure>'
                )
        return "\n".join(out)

    def gallery(self, p: _Post) -> str:
        if not p.photos:
            return ""
        items = "\n".join(
            f'\t\t<div class="col-6 col-md-3 mb-3"><a href="{self.b}{self.photo(p, k)}" data-toggle="lightbox" data-gallery="news-{p.id}"><img src="{self.b}{self.photo(p, k, thumb=True)}" alt="{attr(p.title)}" class="img-fluid img-thumbnail"></a></div>'
            for k in range(1, p.photos + 1)
        )
        return f"""	<h5 class="mt-4"><i class="far fa-images"></i> ภาพประกอบ</h5>
	<div class="row post-gallery">
{items}
	</div>"""

    def attachments(self, p: _Post) -> str:
        if not p.files:
            return ""
        rows = "\n".join(
            f'\t\t<li class="list-group-item"><i class="far fa-file-pdf text-danger"></i> <a href="{self.b}{self.file(p, k)}" target="_blank">{esc(name)}</a> <small class="text-muted">({120 + 37 * k + p.id % 90} KB)</small></li>'
            for k, name in enumerate(p.files, start=1)
        )
        return f"""	<div class="card card-outline card-secondary mt-3">
		<div class="card-header"><h3 class="card-title"><i class="fas fa-paperclip"></i> ไฟล์แนบ</h3></div>
		<ul class="list-group list-group-flush">
{rows}
		</ul>
	</div>"""

    def show(
        self,
        crumb: tuple[str, str],
        title: str,
        d: date,
        views: int,
        author: str | None,
        badge: tuple[str, str, str],
        content: str,
        extras: str,
        share_url: str,
    ) -> str:
        enc = quote(share_url, safe="")
        by = f' <span class="mr-3"><i class="fas fa-user-edit"></i> โดย {esc(author)}</span>' if author else ""
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white">
	<li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li>
	<li class="breadcrumb-item"><a href="{self.b}{crumb[0]}">{crumb[1]}</a></li>
	<li class="breadcrumb-item active" aria-current="page">{esc(title)}</li>
</ol></nav>
<div class="card card-outline card-primary post-show">
	<div class="card-header">
		<h1 class="post-title h4">{esc(title)}</h1>
		<div class="post-meta text-muted small">
			<span class="mr-3"><i class="far fa-calendar-alt"></i> วันที่ {thai_abbr(d)}</span>
			<span class="mr-3"><i class="far fa-eye"></i> เข้าชม {views:,} ครั้ง</span>{by}
			<a href="{self.b}{badge[0]}" class="badge {badge[2]}">{badge[1]}</a>
		</div>
	</div>
	<div class="card-body">
		<div class="post-content">
{content}
		</div>
{extras}
		<hr>
		<div class="post-share">
			<a href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank" class="btn btn-sm btn-primary"><i class="fab fa-facebook-f"></i> แชร์</a>
			<a href="https://twitter.com/intent/tweet?url={enc}" target="_blank" class="btn btn-sm btn-info"><i class="fab fa-twitter"></i> ทวีต</a>
			<a href="https://social-plugins.line.me/lineit/share?url={enc}" target="_blank" class="btn btn-sm btn-success"><i class="fab fa-line"></i> LINE</a>
		</div>
		<div class="fb-comments mt-3" data-href="{share_url}" data-width="100%" data-numposts="5"></div>
	</div>
</div>"""

    def post_main(self, p: _Post) -> str:
        actions = f"""		<div class="post-actions mt-3">
			<a href="{self.b}/news/print/{p.id}" target="_blank" class="btn btn-sm btn-outline-secondary"><i class="fas fa-print"></i> พิมพ์</a>
			<a href="{self.b}/news/pdf/{p.id}" class="btn btn-sm btn-outline-danger"><i class="far fa-file-pdf"></i> ดาวน์โหลด PDF</a>
		</div>"""
        extras = "\n".join(x for x in (self.gallery(p), self.attachments(p), actions) if x)
        return self.show(
            (f"/news?category={p.cat}", CATEGORIES[p.cat]),
            p.title,
            p.d,
            _views(p.id),
            p.author,
            (f"/news?category={p.cat}", CATEGORIES[p.cat], BADGE[p.cat]),
            self.body(p),
            extras,
            f"{self.b}/news/show/{p.id}",
        )

    def static_main(self, pg: _Page) -> str:
        content = "\n".join(f'<p style="text-indent: 36px; text-align: justify;">{esc(t)}</p>' for t in pg.paragraphs)
        if pg.slug == "structure":
            content += f'\n<p style="text-align: center;"><img src="{self.b}/storage/editor/202403/{_h("structure", 32)}.jpg" style="width: 100%;"></p>'
        return self.show(
            ("/page/" + pg.slug, "ข้อมูลพื้นฐาน"),
            pg.title,
            date.fromisoformat(pg.updated),
            _views(len(pg.slug) * 131 + 7),
            None,
            ("/page/history", "ข้อมูลพื้นฐาน", "badge-secondary"),
            content,
            "",
            f"{self.b}/page/{pg.slug}",
        )

    def print_page(self, p: _Post) -> Response:
        paras = "\n".join(f"<p>{esc(t)}</p>" for t in p.paragraphs) or "<p>(รูปภาพ)</p>"
        text = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>พิมพ์ : {esc(p.title)}</title>
<link rel="stylesheet" href="{self.b}/css/print.css">
</head>
<body onload="window.print()">
<div class="print-head">{SITE}</div>
<h3>{esc(p.title)}</h3>
<div class="print-date">{thai_abbr(p.d)}</div>
<hr>
{paras}
<hr>
<small>พิมพ์จาก {self.b}/news/show/{p.id}</small>
</body>
</html>
"""
        return Response(200, (("Content-Type", UTF8_HTML), *self.headers(f"/news/print/{p.id}")), text.encode("utf-8"))

    def pdf_file(self, p: _Post) -> Response:
        body = pdf(
            f"Non Sa-at Yai SAO news {p.id}",
            [f"Published {p.date}", f"Category {p.cat}", f"{len(p.paragraphs)} paragraphs"],
            producer="dompdf 1.2.2 + CPDF",
        )
        return Response(
            200,
            (
                ("Content-Type", "application/pdf"),
                ("Content-Disposition", f'attachment; filename="news-{p.id}.pdf"'),
                *self.headers(f"/news/pdf/{p.id}"),
            ),
            body,
        )

    # -- listings ------------------------------------------------------------------------------
    def excerpt(self, p: _Post) -> str:
        return _limit(" ".join(p.paragraphs))

    def qurl(self, pairs: list[tuple[str, str]], **changes: object) -> str:
        """fullUrlWithQuery(): current parameters in place, new ones appended, None removes."""
        out = dict(pairs)
        for key, value in changes.items():
            if value is None:
                out.pop(key, None)
            else:
                out[key] = str(value)
        return f"{self.b}/news?" + urlencode(list(out.items()))

    def listing_main(self, pairs: list[tuple[str, str]]) -> tuple[str, str]:
        q = dict(pairs)
        raw_cat = q.get("category", "")
        cat = int(raw_cat) if raw_cat.isdigit() else None
        has_cat = "category" in q and raw_cat != ""
        year = int(q["year"]) if q.get("year", "").isdigit() else None
        sort = q.get("sort", "latest") if q.get("sort") in SORTS else "latest"
        per = (
            int(q["per_page"])
            if q.get("per_page", "").isdigit() and int(q["per_page"]) in PER_PAGE_CHOICES
            else PER_PAGE
        )
        page = int(q["page"]) if q.get("page", "").isdigit() and int(q["page"]) > 0 else 1
        posts = list(self.newest)
        if has_cat:
            posts = [p for p in posts if cat is not None and p.cat == cat]
        if year is not None:
            posts = [p for p in posts if p.d.year + 543 == year]
        if sort == "oldest":
            posts.reverse()
        elif sort == "popular":
            posts.sort(key=lambda p: _views(p.id), reverse=True)
        total = len(posts)
        last = max(1, -(-total // per))
        shown = posts[(page - 1) * per : page * per]
        name = CATEGORIES.get(cat, "ข่าว") if has_cat else "ข่าวทั้งหมด"
        heading = name + (f" ปี {year}" if year else "")

        def show_href(p: _Post) -> str:
            return f"{self.b}/news/show/{p.id}" + (f"?category={cat}" if has_cat and cat in CATEGORIES else "")

        rows = []
        for p in shown:
            rows.append(f"""		<div class="media news-item border-bottom py-3">
			<a href="{show_href(p)}"><img src="{self.b}{self.cover(p)}" alt="{attr(p.title)}" class="mr-3 rounded" width="160"></a>
			<div class="media-body">
				<h5 class="mt-0"><a href="{show_href(p)}">{esc(p.title)}</a></h5>
				<div class="small text-muted mb-1"><i class="far fa-calendar-alt"></i> {thai_abbr(p.d)} &nbsp; <i class="far fa-eye"></i> {_views(p.id):,} &nbsp; <span class="badge {BADGE[p.cat]}">{CATEGORIES[p.cat]}</span></div>
				<p class="mb-0 text-secondary">{esc(self.excerpt(p))}</p>
			</div>
		</div>""")
        items = "\n".join(rows) if rows else '\t\t<div class="alert alert-light text-center my-4">ไม่พบข้อมูล</div>'
        tabs = "\n".join(
            f'\t<li class="nav-item"><a class="nav-link{" active" if (c == cat if has_cat else c is None) else ""}" href="{self.b}/news{"" if c is None else f"?category={c}"}">{label}</a></li>'
            for c, label in ((None, "ทั้งหมด"), *CATEGORIES.items())
        )
        years = " ".join(
            f'<a href="{attr(self.qurl(pairs, year=y, page=None))}" class="btn btn-xs btn-{"primary" if y == year else "outline-primary"}">{y}</a>'
            for y in YEARS
        )
        sorts = "\n".join(
            f'\t\t\t<a class="dropdown-item{" active" if s == sort else ""}" href="{attr(self.qurl(pairs, sort=s, page=None))}">{label}</a>'
            for s, label in SORTS.items()
        )
        pers = "\n".join(
            f'\t\t\t<a class="dropdown-item{" active" if n == per else ""}" href="{attr(self.qurl(pairs, per_page=n, page=None))}">{n} รายการ</a>'
            for n in PER_PAGE_CHOICES
        )
        first = (page - 1) * per + 1 if shown else ""
        upto = (page - 1) * per + len(shown) if shown else ""
        main = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white">
	<li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li>
	<li class="breadcrumb-item active" aria-current="page">{esc(heading)}</li>
</ol></nav>
<div class="card card-outline card-primary news-index">
	<div class="card-header"><h1 class="card-title h5"><i class="fas fa-newspaper"></i> {esc(heading)}</h1></div>
	<div class="card-body">
	<ul class="nav nav-tabs mb-3">
{tabs}
	</ul>
	<div class="d-flex flex-wrap align-items-center mb-2 news-filter">
		<span class="mr-2 small">ปี พ.ศ.</span> <a href="{attr(self.qurl(pairs, year=None, page=None))}" class="btn btn-xs btn-{"outline-primary" if year else "primary"}">ทุกปี</a> {years}
		<div class="dropdown ml-auto"><button class="btn btn-sm btn-light dropdown-toggle" data-toggle="dropdown">เรียงตาม: {SORTS[sort]}</button>
		<div class="dropdown-menu dropdown-menu-right">
{sorts}
		</div></div>
		<div class="dropdown ml-2"><button class="btn btn-sm btn-light dropdown-toggle" data-toggle="dropdown">แสดง {per} รายการ</button>
		<div class="dropdown-menu dropdown-menu-right">
{pers}
		</div></div>
	</div>
{items}
	</div>
	<div class="card-footer d-flex justify-content-between align-items-center">
		<div class="small text-muted">แสดง {first} ถึง {upto} จาก {total} รายการ</div>
{self.paginator(pairs, page, last)}
	</div>
</div>"""
        return heading, main

    def paginator(self, pairs: list[tuple[str, str]], page: int, last: int) -> str:
        """The vendor's copy of pagination::bootstrap-4: '« ก่อนหน้า', numbers, and an 'ถัดไป »' always."""

        def url(n: int) -> str:
            return attr(self.qurl(pairs, page=n))

        out = ['\t\t<nav>\n\t\t\t<ul class="pagination pagination-sm m-0">']
        if page <= 1:
            out.append(
                '\t\t\t\t<li class="page-item disabled" aria-disabled="true"><span class="page-link">&laquo; ก่อนหน้า</span></li>'
            )
        else:
            out.append(
                f'\t\t\t\t<li class="page-item"><a class="page-link" href="{url(page - 1)}" rel="prev">&laquo; ก่อนหน้า</a></li>'
            )
        for n in range(1, last + 1):
            if n == page:
                out.append(
                    f'\t\t\t\t<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>'
                )
            else:
                out.append(f'\t\t\t\t<li class="page-item"><a class="page-link" href="{url(n)}">{n}</a></li>')
        out.append(
            f'\t\t\t\t<li class="page-item"><a class="page-link" href="{url(page + 1)}" rel="next">ถัดไป &raquo;</a></li>'
        )
        out.append("\t\t\t</ul>\n\t\t</nav>")
        return "\n".join(out)

    def listing_response(self, target: str) -> Response:
        pairs = parse_qsl(urlsplit(target).query, keep_blank_values=True)
        heading, main = self.listing_main(pairs)
        return self.page(target, f"{heading} | {SITE_SHORT}", main)

    # -- home and the other pages ----------------------------------------------------------------
    def home_main(self) -> str:
        cards = "\n".join(
            f"""		<div class="col-md-6 col-xl-4 mb-4">
			<div class="card h-100 news-card">
				<a href="{self.b}/news/show/{p.id}?ref=home"><img src="{self.b}{self.cover(p)}" class="card-img-top" alt="{attr(p.title)}"></a>
				<div class="card-body">
					<span class="badge {BADGE[p.cat]}">{CATEGORIES[p.cat]}</span>
					<h5 class="card-title mt-1"><a href="{self.b}/news/show/{p.id}?ref=home">{esc(_limit(p.title, 80))}</a></h5>
					<p class="card-text small text-secondary">{esc(_limit(" ".join(p.paragraphs), 100))}</p>
				</div>
				<div class="card-footer small text-muted"><i class="far fa-calendar-alt"></i> {thai_abbr(p.d)} &nbsp; <i class="far fa-eye"></i> {_views(p.id):,}</div>
			</div>
		</div>"""
            for p in self.newest[:HOME_CARDS]
        )
        albums = "\n".join(
            f'\t\t<div class="col-md-4 mb-3"><a href="{self.b}/gallery/{a.id}"><img src="{self.b}{self.album_photo(a, 1, thumb=True)}" alt="{attr(a.title)}" class="img-fluid rounded"></a><div class="small mt-1"><a href="{self.b}/gallery/{a.id}">{esc(a.title)}</a></div></div>'
            for a in sorted(ALBUMS, key=lambda a: a.date, reverse=True)[:3]
        )
        coming = "\n".join(
            f'\t\t<li class="list-group-item"><a href="{self.b}/calendar/day/{day}">{thai_abbr(date.fromisoformat(day))}</a> {esc(ev[0][1])}</li>'
            for day, ev in sorted(EVENTS.items())
            if day >= TODAY.isoformat()
        )
        slides = "\n".join(
            f'\t\t<div class="carousel-item{" active" if k == 1 else ""}"><img src="{self.b}/images/slide/slide-{k}.jpg" class="d-block w-100" alt="{SITE}"></div>'
            for k in (1, 2, 3)
        )
        return f"""<div id="homeSlider" class="carousel slide mb-4" data-ride="carousel">
	<div class="carousel-inner">
{slides}
	</div>
	<a class="carousel-control-prev" href="#homeSlider" role="button" data-slide="prev"><span class="carousel-control-prev-icon"></span></a>
	<a class="carousel-control-next" href="#homeSlider" role="button" data-slide="next"><span class="carousel-control-next-icon"></span></a>
</div>
<div class="d-flex justify-content-between align-items-center mb-2"><h2 class="h5 mb-0"><i class="fas fa-bullhorn"></i> ข่าวล่าสุด</h2><a href="{self.b}/news" class="btn btn-sm btn-outline-primary">ดูข่าวทั้งหมด</a></div>
<div class="row">
{cards}
</div>
<div class="card card-outline card-success">
	<div class="card-header"><h2 class="card-title h5"><i class="far fa-images"></i> ภาพกิจกรรม</h2><div class="card-tools"><a href="{self.b}/gallery">ดูทั้งหมด</a></div></div>
	<div class="card-body"><div class="row">
{albums}
	</div></div>
</div>
<div class="card card-outline card-info">
	<div class="card-header"><h2 class="card-title h5"><i class="far fa-calendar-check"></i> กิจกรรมที่จะมาถึง</h2></div>
	<ul class="list-group list-group-flush">
{coming}
	</ul>
</div>
<a href="{self.b}/ita"><img src="{self.b}/images/banner/ita-wide.jpg" alt="การประเมินคุณธรรมและความโปร่งใส ITA 2567" class="img-fluid mb-3"></a>"""

    def gallery_main(self) -> str:
        cards = "\n".join(
            f'\t<div class="col-md-4 mb-4"><div class="card h-100"><a href="{self.b}/gallery/{a.id}"><img src="{self.b}{self.album_photo(a, 1, thumb=True)}" class="card-img-top" alt="{attr(a.title)}"></a><div class="card-body p-2"><a href="{self.b}/gallery/{a.id}">{esc(a.title)}</a><div class="small text-muted">{thai_abbr(date.fromisoformat(a.date))} &middot; {a.photos} ภาพ</div></div></div></div>'
            for a in sorted(ALBUMS, key=lambda a: a.date, reverse=True)
        )
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white"><li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li><li class="breadcrumb-item active">ภาพกิจกรรม</li></ol></nav>
<h1 class="h4 mb-3"><i class="far fa-images"></i> ภาพกิจกรรม</h1>
<div class="row">
{cards}
</div>"""

    def album_main(self, a: _Album) -> str:
        photos = "\n".join(
            f'\t<div class="col-6 col-md-4 mb-3"><a href="{self.b}{self.album_photo(a, k)}" data-toggle="lightbox" data-gallery="album-{a.id}"><img src="{self.b}{self.album_photo(a, k, thumb=True)}" alt="{attr(a.title)}" class="img-fluid img-thumbnail"></a></div>'
            for k in range(1, a.photos + 1)
        )
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white"><li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{self.b}/gallery">ภาพกิจกรรม</a></li><li class="breadcrumb-item active">{esc(a.title)}</li></ol></nav>
<div class="card card-outline card-success">
	<div class="card-header"><h1 class="h4 mb-1">{esc(a.title)}</h1><div class="small text-muted"><i class="far fa-calendar-alt"></i> วันที่ {thai_abbr(date.fromisoformat(a.date))} &nbsp; <i class="far fa-eye"></i> เข้าชม {_views(a.id * 53):,} ครั้ง</div></div>
	<div class="card-body"><div class="row">
{photos}
	</div></div>
</div>"""

    def download_main(self) -> str:
        rows = "\n".join(
            f'\t\t<tr><td class="text-center">{fid}</td><td>{esc(name)}</td><td class="text-center"><a href="{self.b}/storage/downloads/{_h(f"dl-{fid}", 32)}.pdf" target="_blank" class="btn btn-xs btn-outline-danger"><i class="far fa-file-pdf"></i> ดาวน์โหลด</a></td></tr>'
            for fid, name in DOWNLOADS
        )
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white"><li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li><li class="breadcrumb-item active">ดาวน์โหลด</li></ol></nav>
<div class="card card-outline card-primary"><div class="card-header"><h1 class="card-title h5">ดาวน์โหลดแบบฟอร์ม / เอกสาร</h1></div>
<table class="table table-sm table-striped mb-0">
	<thead><tr><th class="text-center">ลำดับ</th><th>รายการ</th><th class="text-center">ไฟล์</th></tr></thead>
	<tbody>
{rows}
	</tbody>
</table></div>"""

    def contact_main(self) -> str:
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white"><li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li><li class="breadcrumb-item active">ติดต่อเรา</li></ol></nav>
<div class="card card-outline card-primary"><div class="card-header"><h1 class="card-title h5">ติดต่อเรา</h1></div>
<div class="card-body">
	<p><b>{SITE}</b><br>{ADDRESS}<br>โทรศัพท์ {PHONE} &nbsp; อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
	<div class="embed-responsive embed-responsive-16by9 mb-3"><iframe class="embed-responsive-item" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3810.2!2d102.56!3d17.48" allowfullscreen loading="lazy"></iframe></div>
	<h2 class="h6">ส่งข้อความถึงเจ้าหน้าที่</h2>
	<form method="POST" action="{self.b}/contact">
		<input type="hidden" name="_token" value="{_token("csrf/contact")}">
		<div class="form-group"><label>ชื่อ-นามสกุล</label><input type="text" name="name" class="form-control" required></div>
		<div class="form-group"><label>เบอร์โทรศัพท์</label><input type="text" name="phone" class="form-control"></div>
		<div class="form-group"><label>ข้อความ</label><textarea name="message" class="form-control" rows="4" required></textarea></div>
		<button type="submit" class="btn btn-primary">ส่งข้อความ</button>
	</form>
</div></div>"""

    def ita_main(self) -> str:
        rows = []
        for n, (code, item, _link) in enumerate(ITA, start=1):
            pdf_link = (
                f' <a href="{self.b}/storage/ita/2567/{code}.pdf" target="_blank"><i class="far fa-file-pdf text-danger"></i></a>'
                if n % 3 == 2
                else ""
            )
            rows.append(
                f'\t\t<tr><td class="text-center">{code}</td><td><a href="{self.b}/ita/item/{n}">{esc(item)}</a>{pdf_link}</td></tr>'
            )
        body = "\n".join(rows)
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white"><li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li><li class="breadcrumb-item active">ITA</li></ol></nav>
<div class="card card-outline card-primary"><div class="card-header"><h1 class="card-title h5">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567</h1></div>
<table class="table table-bordered table-sm mb-0">
	<thead class="thead-light"><tr><th class="text-center" width="80">ข้อ</th><th>รายการ</th></tr></thead>
	<tbody>
{body}
	</tbody>
</table></div>"""

    def ita_item_main(self, n: int) -> str:
        code, item, link = ITA[n - 1]
        links = []
        if link:
            links.append(f'<li><a href="{self.b}{link}">{esc(item)} ({SITE_SHORT})</a></li>')
        links.append(
            f'<li><a href="{self.b}/storage/ita/2567/{code}.pdf" target="_blank">{code} {esc(item)}.pdf</a></li>'
        )
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white"><li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{self.b}/ita">ITA</a></li><li class="breadcrumb-item active">{code}</li></ol></nav>
<div class="card card-outline card-primary"><div class="card-header"><h1 class="card-title h5">{code} {esc(item)}</h1></div>
<div class="card-body">
	<p class="text-muted small">ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ประจำปีงบประมาณ พ.ศ. 2567</p>
	<ul>
		{"".join(links)}
	</ul>
	<a href="{self.b}/ita" class="btn btn-sm btn-secondary">&laquo; กลับหน้า ITA</a>
</div></div>"""

    def calendar_main(self, year: int, month: int) -> str:
        prev_y, prev_m = (year - 1, 12) if month == 1 else (year, month - 1)
        next_y, next_m = (year + 1, 1) if month == 12 else (year, month + 1)
        weeks = []
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(year, month):
            cells = []
            for day in week:
                if day == 0:
                    cells.append('<td class="bg-light"></td>')
                    continue
                iso = f"{year:04d}-{month:02d}-{day:02d}"
                ev = "".join(
                    f'<div class="badge badge-info d-block text-wrap">{esc(t)}</div>'
                    for _tm, t, _pl in EVENTS.get(iso, ())
                )
                cells.append(f'<td><a href="{self.b}/calendar/day/{iso}">{day}</a>{ev}</td>')
            weeks.append("\t\t<tr>" + "".join(cells) + "</tr>")
        head = "".join(f"<th>{d}</th>" for d in ("อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."))
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white"><li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li><li class="breadcrumb-item active">ปฏิทินกิจกรรม</li></ol></nav>
<div class="card card-outline card-info"><div class="card-header d-flex justify-content-between align-items-center">
	<a href="{self.b}/calendar?month={prev_y:04d}-{prev_m:02d}" class="btn btn-sm btn-light">&laquo; เดือนก่อน</a>
	<h1 class="h5 mb-0">{MONTHS[month - 1]} {year + 543}</h1>
	<a href="{self.b}/calendar?month={next_y:04d}-{next_m:02d}" class="btn btn-sm btn-light">เดือนถัดไป &raquo;</a>
</div>
<table class="table table-bordered calendar-table mb-0">
	<thead><tr>{head}</tr></thead>
	<tbody>
{chr(10).join(weeks)}
	</tbody>
</table></div>"""

    def day_main(self, d: date) -> str:
        events = EVENTS.get(d.isoformat(), ())
        if events:
            items = "\n".join(
                f'\t<li class="list-group-item"><b>{tm} น.</b> {esc(t)}<br><small class="text-muted">สถานที่: {esc(pl)}</small></li>'
                for tm, t, pl in events
            )
        else:
            items = '\t<li class="list-group-item text-center text-muted">ไม่มีกิจกรรม</li>'
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white"><li class="breadcrumb-item"><a href="{self.b}">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{self.b}/calendar?month={d:%Y-%m}">ปฏิทินกิจกรรม</a></li><li class="breadcrumb-item active">{thai_abbr(d)}</li></ol></nav>
<div class="card card-outline card-info"><div class="card-header"><h1 class="card-title h5">กิจกรรมวัน{WEEKDAYS[d.weekday()]}ที่ {thai_long(d)}</h1></div>
<ul class="list-group list-group-flush">
{items}
</ul>
<div class="card-footer"><a href="{self.b}/calendar/day/{d - timedelta(days=1)}">&laquo; วันก่อนหน้า</a> | <a href="{self.b}/calendar/day/{d + timedelta(days=1)}">วันถัดไป &raquo;</a></div></div>"""

    def login_page(self) -> Response:
        text = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="csrf-token" content="{_token("csrf/login")}">
<title>เข้าสู่ระบบ | {SITE_SHORT}</title>
<link rel="stylesheet" href="{self.b}/dist/css/adminlte.min.css">
</head>
<body class="hold-transition login-page">
<div class="login-box"><div class="login-logo"><b>Smart</b>Local</div>
<div class="card"><div class="card-body login-card-body">
<p class="login-box-msg">เข้าสู่ระบบจัดการเว็บไซต์ {SITE}</p>
<form action="{self.b}/login" method="post">
<input type="hidden" name="_token" value="{_token("csrf/login")}">
<div class="input-group mb-3"><input type="email" name="email" class="form-control" placeholder="อีเมล"></div>
<div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="รหัสผ่าน"></div>
<button type="submit" class="btn btn-primary btn-block">เข้าสู่ระบบ</button>
</form>
<p class="mb-1 mt-2"><a href="{self.b}/password/reset">ลืมรหัสผ่าน</a></p>
</div></div></div>
</body>
</html>
"""
        return Response(200, (("Content-Type", UTF8_HTML), *self.headers("/login")), text.encode("utf-8"))

    def feed(self) -> Response:
        items = "\n".join(
            f"""		<item>
			<title>{esc(p.title)}</title>
			<link>{self.b}/news/show/{p.id}</link>
			<guid isPermaLink="true">{self.b}/news/show/{p.id}</guid>
			<description><![CDATA[{self.excerpt(p)}]]></description>
			<category>{CATEGORIES[p.cat]}</category>
			<pubDate>{rfc822(p.dt)}</pubDate>
		</item>"""
            for p in self.newest[:FEED_ITEMS]
        )
        text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{SITE}</title>
		<link>{self.b}</link>
		<description>ข่าวสารจาก{SITE}</description>
		<language>th</language>
		<atom:link href="{self.b}/feed" rel="self" type="application/rss+xml"/>
		<lastBuildDate>{rfc822(self.newest[0].dt)}</lastBuildDate>
{items}
	</channel>
</rss>
"""
        return Response(
            200, (("Content-Type", "application/rss+xml; charset=UTF-8"), *self.headers("/feed")), text.encode("utf-8")
        )

    # -- registration ------------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        self.media()
        site.add(
            "/robots.txt",
            Response(200, (("Content-Type", "text/plain; charset=UTF-8"),), b"User-agent: *\nDisallow:\n"),
        )
        site.add("/favicon.ico", Response(200, (("Content-Type", "image/x-icon"),), b"\x00\x00\x01\x00\x00\x00"))
        self.add_page("/", SITE, self.home_main())
        # posts: /news/show/<id> (+ ?ref=home, ?category=<n>: the same page), print view, PDF
        for p in POSTS:
            og = {
                "title": p.title,
                "image": self.cover(p),
                "description": _limit(" ".join(p.paragraphs), 150) or p.title,
            }
            resp = self.page(f"/news/show/{p.id}", f"{p.title} | {SITE_SHORT}", self.post_main(p), og)
            forms = (f"/news/show/{p.id}", f"/news/show/{p.id}?ref=home", f"/news/show/{p.id}?category={p.cat}")
            for form in forms:
                site.add(form, resp)
            site.add(f"/news/print/{p.id}", self.print_page(p))
            site.add(f"/news/pdf/{p.id}", self.pdf_file(p))
            self.non_articles.append(f"{b}/news/print/{p.id}")
            if p.poster:
                self.non_articles += [b + f for f in forms]
                continue
            site.articles.append(
                FixtureArticle(
                    url=b + forms[0],
                    aliases=(b + forms[1], b + forms[2]),
                    title=p.title,
                    paragraphs=p.paragraphs,
                    published=p.date,
                    author=p.author,
                    captions=tuple(c for _k, c in p.figures),
                )
            )
        site.articles.sort(key=lambda a: a.published)
        site.add("/feed", self.feed())
        # listings (every other combination is made on request)
        listings = ["/news", "/news?page=1", "/news?page=2", "/news?page=3"]
        listings += [f"/news?category={c}" for c in CATEGORIES]
        listings += [f"/news?year={y}" for y in YEARS]
        for target in listings:
            site.add(target, self.listing_response(target))
        self.non_articles += [b + t for t in listings]
        self.non_articles += [
            f"{b}/news?per_page=20",
            f"{b}/news?category=2&per_page=50",
            f"{b}/news?sort=popular",
            f"{b}/news?year=2566&sort=oldest",
            f"{b}/news?page=4",  # past the last page: 200 "ไม่พบข้อมูล"
            f"{b}/news?category=3&page=2",
        ]
        for pg in PAGES:
            self.add_page(f"/page/{pg.slug}", f"{pg.title} | {SITE_SHORT}", self.static_main(pg))
        self.add_page("/gallery", f"ภาพกิจกรรม | {SITE_SHORT}", self.gallery_main())
        for a in ALBUMS:
            self.add_page(f"/gallery/{a.id}", f"{a.title} | {SITE_SHORT}", self.album_main(a))
        self.add_page("/download", f"ดาวน์โหลด | {SITE_SHORT}", self.download_main())
        self.add_page("/contact", f"ติดต่อเรา | {SITE_SHORT}", self.contact_main())
        self.add_page("/ita", f"ITA | {SITE_SHORT}", self.ita_main())
        for n in range(1, len(ITA) + 1):
            code, item, _link = ITA[n - 1]
            self.add_page(f"/ita/item/{n}", f"{code} {item} | {SITE_SHORT}", self.ita_item_main(n))
        self.add_page("/calendar", f"ปฏิทินกิจกรรม | {SITE_SHORT}", self.calendar_main(TODAY.year, TODAY.month))
        site.add("/login", self.login_page())
        self.non_articles.append(f"{b}/login")
        self.non_articles += [
            f"{b}/calendar?month=2024-07",
            f"{b}/calendar?month=2024-09",
            f"{b}/calendar/day/2024-08-15",
            f"{b}/calendar/day/2024-08-21",
        ]
        site.non_articles = self.non_articles
        site.trap_patterns = [CALENDAR_TRAP, PAGER_TRAP, SORT_TRAP]
        site.dynamic = self.dynamic
        site.not_found = self.laravel_404()

    def media(self) -> None:
        site = self.site
        for p in POSTS:
            if p.poster:
                add_jpeg(site, self.figure_img(p, 0), 1080, 1350, p.dt)
            for k in range(1, p.photos + 1):
                add_jpeg(site, self.photo(p, k), 1280, 853, p.dt)
                add_jpeg(site, self.photo(p, k, thumb=True), 320, 213, p.dt)
            for k in range(len(p.figures)):
                add_jpeg(site, self.figure_img(p, k), 900, 600, p.dt)
            for k, _name in enumerate(p.files, start=1):
                add_pdf(site, self.file(p, k), f"Attachment {p.id}-{k}", [f"Post {p.id}", f"Dated {p.date}"], p.dt)
        add_jpeg(site, f"/storage/editor/202403/{_h('structure', 32)}.jpg", 1400, 900, datetime(2024, 3, 1, 10, 0))
        for a in ALBUMS:
            modified = local_dt(a.date, "18:00")
            for k in range(1, a.photos + 1):
                add_jpeg(site, self.album_photo(a, k), 1280, 853, modified)
                add_jpeg(site, self.album_photo(a, k, thumb=True), 320, 213, modified)
        for fid, _name in DOWNLOADS:
            add_pdf(site, f"/storage/downloads/{_h(f'dl-{fid}', 32)}.pdf", f"Form {fid}", ["Non Sa-at Yai SAO"], LAUNCH)
        for code, _item, _link in ITA:
            add_pdf(site, f"/storage/ita/2567/{code}.pdf", f"ITA 2567 {code}", ["Open data (OIT)"], LAUNCH)
        for name, w, h in (
            ("logo", 180, 180),
            ("no-image", 480, 320),
            ("chief", 300, 400),
            ("og-default", 1200, 630),
            ("banner/dla", 300, 90),
            ("banner/ita", 300, 90),
            ("banner/egp", 300, 90),
            ("banner/ita-wide", 900, 160),
            ("slide/slide-1", 1200, 400),
            ("slide/slide-2", 1200, 400),
            ("slide/slide-3", 1200, 400),
        ):
            add_jpeg(site, f"/images/{name}.jpg", w, h, LAUNCH)
        for path, ctype in (
            (MIX_CSS, "text/css"),
            (MIX_JS, "application/javascript"),
            ("/css/print.css", "text/css"),
            ("/dist/css/adminlte.min.css", "text/css"),
            ("/plugins/fontawesome-free/css/all.min.css", "text/css"),
            ("/plugins/ekko-lightbox/ekko-lightbox.css", "text/css"),
            ("/plugins/jquery/jquery.min.js", "application/javascript"),
            ("/plugins/bootstrap/js/bootstrap.bundle.min.js", "application/javascript"),
            ("/plugins/ekko-lightbox/ekko-lightbox.min.js", "application/javascript"),
        ):
            add_text(site, path, "/* minified */\n", ctype)

    # -- made on request ------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if path == "/news":  # any filter / sort / per_page / page combination, past the last page too
            return self.listing_response(target)
        if path == "/calendar":
            m = re.fullmatch(r"(\d{4})-(\d{1,2})", query.get("month", ""))
            if m and 1 <= int(m.group(2)) <= 12 and 1000 <= int(m.group(1)) <= 9998:
                year, month = int(m.group(1)), int(m.group(2))
            else:  # Carbon could not parse it: this month
                year, month = TODAY.year, TODAY.month
            return self.page(target, f"ปฏิทินกิจกรรม | {SITE_SHORT}", self.calendar_main(year, month))
        m = re.fullmatch(r"/calendar/day/(\d{4}-\d{2}-\d{2})", path)
        if m:
            try:
                d = date.fromisoformat(m.group(1))
            except ValueError:
                return None
            if not 1000 <= d.year <= 9998:
                return None
            return self.page(path, f"ปฏิทินกิจกรรม {thai_abbr(d)} | {SITE_SHORT}", self.day_main(d))
        if parts.query and self.site.has(path):  # other routes ignore the query string
            return self.site.route(path)
        return None

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""contao_site: a เทศบาลเมือง web site on Contao 4.13 (PHP, Symfony), UTF-8.

เทศบาลเมืองศรีสำราญ, อำเภอศรีสำราญ, จังหวัดสุพรรณบุรี (fictional).  TODAY is 2024-03-22.  A local
web company built the site on Contao 3.5 in 2021 and upgraded it to Contao 4.13 LTS early in 2023; the
theme (``files/theme/``) and the Thai translations of the front end labels are theirs.  All text is
written for this fixture.

Contao 4 habits kept here
* ``<base href="<site>/">`` in every head and page links WITHOUT a leading slash, relative to it
  (``ข่าวประชาสัมพันธ์/ชื่อข่าว.html``, home as ``./``); Symfony's router percent-encodes the Thai
  (upper-case hex).  A page under ``/ข่าวประชาสัมพันธ์/`` resolving those links against its own path
  (ignoring ``<base>``) gets ``/ข่าวประชาสัมพันธ์/ข่าวประชาสัมพันธ์.html``: a 404.
* Page aliases with the ``.html`` suffix: ``/ประวัติ.html``, ``/วิสัยทัศน์.html``, ``/ผู้บริหาร.html``,
  ``/ติดต่อ.html`` (standing pages), ``/เกี่ยวกับเทศบาล.html`` (a forward page: 303 to ประวัติ),
  ``/ข่าวประชาสัมพันธ์.html`` (news list, module 12, 5 a page, ``?page_n12=N``),
  ``/กิจกรรม.html`` (calendar module 18 + event list 19), ``/ค้นหา.html`` (search module 21).
* News reader (auto_item): ``/ข่าวประชาสัมพันธ์/<alias>.html``.  Aliases made by Contao 4 from the
  Thai headline (Thai kept, spaces and punctuation to ``-``; a repeated headline gets ``-<id>``).
  The four items written before the upgrade have numeric aliases (Contao 3's ASCII-only alias
  generator left nothing of a Thai headline and the editors typed the id).  The reader also answers
  an item's numeric id (``/ข่าวประชาสัมพันธ์/47.html``, linked from a later body) and the article
  syndication's ``?pdf=24`` (24 is the page article; without the TCPDF bundle Contao 4.13 just renders
  the page): gold aliases.  ``rel=canonical`` on every form.
* Listings: news_latest template with ``15.05.2023`` dates, teaser, ``อ่านต่อ`` link; home module 15
  shows the latest 12, 4 a page (``?page_n15=2,3``); the news archive menu (module 14) links the months
  ``ข่าวประชาสัมพันธ์.html?month=202305`` (with counts; the archive module 13 lists a month's items).
* Reader (news_full): Thai long date with the Buddhist year in ``<time>``, ``โดย <author>``, content
  elements ``ce_text`` / ``ce_image`` (``figure.image_container`` + ``figcaption``) / ``ce_list`` /
  ``ce_gallery`` (no captions); items without content elements show the teaser and the main image
  inside one ``ce_text`` (then the teaser IS the body); enclosures (PDFs); the syndication bar (PDF
  link, print, Facebook/Twitter/LINE share), ``กลับ`` = ``javascript:history.go(-1)``, comments with
  the comment form on items that allow them; right column: search form, popular keywords, archive
  menu, latest 5, visitor counter (BugBuster visitors).
* Events (calendar module): ``/กิจกรรม/<alias>.html`` readers (date, time, ``.location``, a
  description): non-articles.  ``/sitemap.xml`` (pages, news, events), ``/share/news.xml`` (RSS,
  latest 10), ``robots.txt`` (``Disallow: /contao/``).

Traps (answered by ``dynamic``)
* ``TRAP_CALENDAR``: ``/กิจกรรม.html?month=YYYYMM`` (any month, linking the previous and next month)
  and ``?day=YYYYMMDD``; the home page's mini calendar navigates on the home page itself
  (``/?month=202402``, any month).
* ``TRAP_SEARCH``: ``/ค้นหา.html?keywords=...&page=N``; every result page links "คำค้นที่เกี่ยวข้อง"
  = the query plus one more popular word, so queries grow without end.
* ``TRAP_PAGER``: ``?page_n12=N`` answers any N; the vendor's pagination template always shows
  ``ถัดไป``, so page 5 (the last) links page 6, an empty list that links page 7, and so on.

Gold: 22 news items 2022-11-08 .. 2024-03-18.  Paragraphs: the reader's body text (``ce_text``
paragraphs, ``ce_list`` items; the teaser only when the item has no content elements), no captions.
Author: the name after ``โดย``.  Published: the local date shown.
"""

from __future__ import annotations

import hashlib
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..media import GIF_1X1
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, WEEKDAYS
from .common import add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "contao_site"
SITE = "เทศบาลเมืองศรีสำราญ"
ADDRESS = "99 หมู่ที่ 3 ถนนศรีสำราญ-บางปลาม้า ตำบลศรีสำราญ อำเภอศรีสำราญ จังหวัดสุพรรณบุรี 72150"
PHONE = "0-3554-1234"
FAX = "0-3554-1235"
EMAIL = "saraban@srisamran.go.th"
FB = "https://www.facebook.com/srisamrancity"
MAYOR = "นายวิรัช ทองประเสริฐ"
TODAY = date(2024, 3, 22)
LAUNCHED = datetime(2021, 6, 1, 9, 0, tzinfo=BANGKOK)
NEWS_PAGE = "ข่าวประชาสัมพันธ์"
EVENT_PAGE = "กิจกรรม"
SEARCH_PAGE = "ค้นหา"
PER_PAGE = 5  # module 12
HOME_PER_PAGE = 4  # module 15
HOME_COUNT = 12
FEED_COUNT = 10
SEARCH_PER_PAGE = 5
PDF_ARTICLE = 24  # the page article of the news reader page
REQUEST_TOKEN = "7c3a9d0e51f.Q2hpYW5nTWFpU3JpU2FtcmFuMjAyNC1jb250YW8tNC4xMw"
CSS = "assets/css/layout.min.css,responsive.min.css,colorbox.min.css,srisamran.css-6b1a8f2e.css"
JS = "assets/js/jquery.min.js,colorbox.min.js-2c3b5f41.js"
POPULAR = ("ภาษี", "ประชุมสภา", "วันเด็ก", "ลอยกระทง", "ประกาศ", "ผู้สูงอายุ", "ขยะ", "จัดซื้อจัดจ้าง")
ABOUT = (("ประวัติ", "ประวัติเทศบาล"), ("วิสัยทัศน์", "วิสัยทัศน์และพันธกิจ"), ("ผู้บริหาร", "คณะผู้บริหาร"))


@dataclass(frozen=True)
class Comment:
    name: str
    when: str  # 'YYYY-MM-DD HH:MM' Bangkok
    text: str


@dataclass(frozen=True)
class News:
    id: int
    when: str  # 'YYYY-MM-DD HH:MM' Bangkok
    author: str
    title: str
    teaser: tuple[str, ...]
    # content elements: ("text", style, paragraphs) / ("image", stem, caption) / ("list", items) /
    # ("gallery", stems); paragraphs may hold [[link text|target]] links
    blocks: tuple[tuple, ...] = ()
    image: tuple[str, str] | None = None  # main image (list thumbnail): stem, caption
    comments: tuple[Comment, ...] = ()
    allow_comments: bool = False
    enclosure: tuple[str, str] | None = None  # file name, PDF title
    numeric: bool = False  # alias = id (written on Contao 3)

    @property
    def dt(self) -> datetime:
        return _dt(self.when)


@dataclass(frozen=True)
class Event:
    id: int
    title: str
    start: str  # 'YYYY-MM-DD'
    end: str | None
    time: tuple[str, str] | None
    location: str
    text: tuple[str, ...]


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=BANGKOK)


PR = "งานประชาสัมพันธ์"
COUNCIL = "งานกิจการสภา"
SUPPLY = "งานพัสดุ"
FINANCE = "กองคลัง"
HEALTH = "กองสาธารณสุขและสิ่งแวดล้อม"

NEWS: tuple[News, ...] = (
    News(
        31,
        "2022-11-08 09:15",
        PR,
        "เทศบาลเมืองศรีสำราญจัดงานประเพณีลอยกระทง ประจำปี 2565",
        ("ประมวลภาพงานประเพณีลอยกระทง ณ สวนสาธารณะหนองน้ำใหญ่ เมื่อคืนวันที่ 8 พฤศจิกายน 2565",),
        (
            (
                "text",
                "nbsp",
                (
                    "เมื่อวันที่ 8 พฤศจิกายน 2565 เวลา 18.00 น. นายวิรัช ทองประเสริฐ นายกเทศมนตรีเมืองศรีสำราญ เป็นประธานเปิดงานประเพณีลอยกระทง ประจำปี 2565 ณ สวนสาธารณะหนองน้ำใหญ่ โดยมีหัวหน้าส่วนราชการ คณะผู้บริหาร สมาชิกสภาเทศบาล และประชาชนเข้าร่วมงานเป็นจำนวนมาก",
                    "ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติของชุมชนทั้ง 14 ชุมชน การประกวดนางนพมาศ และการแสดงดนตรีพื้นบ้านจากนักเรียนโรงเรียนเทศบาล 1 (วัดศรีสำราญ) ทั้งนี้ เทศบาลได้จัดเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยดูแลความปลอดภัยตลอดแนวริมหนองน้ำ",
                ),
            ),
            ("image", "loykrathong65-1", "นายกเทศมนตรีเมืองศรีสำราญ ประธานเปิดงานประเพณีลอยกระทง ประจำปี 2565"),
            ("image", "loykrathong65-2", "กระทงชนะเลิศการประกวด จากชุมชนหลังตลาดสด"),
            (
                "text",
                "nbsp",
                (
                    "ผลการประกวดกระทงประดิษฐ์ รางวัลชนะเลิศได้แก่ชุมชนหลังตลาดสด รางวัลรองชนะเลิศอันดับ 1 ได้แก่ชุมชนบ้านใหม่พัฒนา และรางวัลรองชนะเลิศอันดับ 2 ได้แก่ชุมชนหัวสะพาน",
                ),
            ),
        ),
        image=("loykrathong65-1", "นายกเทศมนตรีเมืองศรีสำราญ ประธานเปิดงานประเพณีลอยกระทง ประจำปี 2565"),
        numeric=True,
    ),
    News(
        34,
        "2022-11-25 14:00",
        COUNCIL,
        "ประกาศเทศบาลเมืองศรีสำราญ เรื่อง เรียกประชุมสภาเทศบาล สมัยสามัญ สมัยที่สี่ ประจำปี 2565",
        (
            "ด้วยสภาเทศบาลเมืองศรีสำราญ ได้กำหนดสมัยประชุมสามัญ สมัยที่สี่ ประจำปี 2565 มีกำหนด 30 วัน ตั้งแต่วันที่ 1 ธันวาคม 2565 เป็นต้นไป",
            "อาศัยอำนาจตามความในมาตรา 25 แห่งพระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม จึงเรียกประชุมสภาเทศบาลเมืองศรีสำราญ สมัยสามัญ สมัยที่สี่ ประจำปี 2565 ตั้งแต่วันที่ 1 ธันวาคม 2565 ถึงวันที่ 30 ธันวาคม 2565",
            "ประกาศ ณ วันที่ 25 พฤศจิกายน พ.ศ. 2565",
        ),
        enclosure=("ประกาศเรียกประชุมสภา-สมัยที่4-2565.pdf", "Council session call 4/2022"),
        numeric=True,
    ),
    News(
        38,
        "2022-12-16 10:30",
        "งานป้องกันและบรรเทาสาธารณภัย",
        "โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรทบทวน ประจำปีงบประมาณ 2566",
        ("งานป้องกันฯ จัดฝึกอบรมทบทวน อปพร. จำนวน 120 คน ระหว่างวันที่ 14-16 ธันวาคม 2565",),
        (
            (
                "text",
                "justify",
                (
                    "ระหว่างวันที่ 14 - 16 ธันวาคม 2565 งานป้องกันและบรรเทาสาธารณภัย สำนักปลัดเทศบาล จัดโครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรทบทวน ณ หอประชุมเทศบาลเมืองศรีสำราญ มีผู้เข้ารับการอบรมจำนวน 120 คน",
                    "การอบรมครั้งนี้ได้รับเกียรติจากวิทยากรศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 2 สุพรรณบุรี บรรยายเรื่องบทบาทหน้าที่ของ อปพร. การใช้เครื่องดับเพลิงชนิดมือถือ การช่วยเหลือผู้ประสบภัยทางน้ำ และการปฐมพยาบาลเบื้องต้น พร้อมฝึกปฏิบัติจริงที่ลานจอดรถของสำนักงาน",
                ),
            ),
            ("image", "opor66-1", "ฝึกปฏิบัติการใช้เครื่องดับเพลิงชนิดมือถือ"),
        ),
        image=("opor66-1", "ฝึกปฏิบัติการใช้เครื่องดับเพลิงชนิดมือถือ"),
        numeric=True,
    ),
    News(
        41,
        "2023-01-14 08:30",
        PR,
        "งานวันเด็กแห่งชาติ ประจำปี 2566 “เด็กดี มีวินัย ใฝ่เรียนรู้ คู่คุณธรรม”",
        ("เทศบาลเมืองศรีสำราญจัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ลานอเนกประสงค์หน้าสำนักงานเทศบาล",),
        (
            (
                "text",
                "span",
                (
                    "วันเสาร์ที่ 14 มกราคม 2566 เทศบาลเมืองศรีสำราญ ร่วมกับโรงเรียนในเขตเทศบาลทั้ง 4 แห่ง จัดงานวันเด็กแห่งชาติ ประจำปี 2566 ภายใต้คำขวัญ “เด็กดี มีวินัย ใฝ่เรียนรู้ คู่คุณธรรม” ณ ลานอเนกประสงค์หน้าสำนักงานเทศบาล",
                    "กิจกรรมภายในงานประกอบด้วยการแสดงบนเวทีของนักเรียน ซุ้มเกมและของรางวัลจากหน่วยงานต่าง ๆ กว่า 30 ซุ้ม การจับสลากของขวัญ และการให้บริการอาหารและเครื่องดื่มฟรีตลอดงาน มีเด็กและผู้ปกครองร่วมงานประมาณ 2,500 คน",
                ),
            ),
            ("gallery", ("childday66-1", "childday66-2", "childday66-3", "childday66-4")),
            ("text", "span", ("เทศบาลเมืองศรีสำราญขอขอบคุณผู้สนับสนุนของรางวัลทุกท่านมา ณ โอกาสนี้",)),
        ),
        image=("childday66-1", "บรรยากาศงานวันเด็กแห่งชาติ ประจำปี 2566"),
        numeric=True,
    ),
    News(
        47,
        "2023-02-03 10:00",
        FINANCE,
        "ประชาสัมพันธ์การชำระภาษีป้าย",
        ("ผู้ประกอบการที่ติดตั้งป้ายโฆษณา ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2566",),
        (
            (
                "text",
                "nested",
                (
                    "กองคลัง เทศบาลเมืองศรีสำราญ ขอประชาสัมพันธ์ให้เจ้าของป้ายหรือผู้ครอบครองป้ายที่แสดงชื่อ ยี่ห้อ หรือเครื่องหมายที่ใช้ในการประกอบการค้า ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2566",
                    "ผู้ที่ติดตั้งป้ายใหม่หรือเปลี่ยนแปลงแก้ไขป้ายเดิม ให้ยื่นแบบภายใน 15 วัน นับแต่วันที่ติดตั้ง หากพ้นกำหนดจะต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้ายตามที่กฎหมายกำหนด",
                    "สอบถามรายละเอียดเพิ่มเติมได้ที่ งานพัฒนาและจัดเก็บรายได้ กองคลัง โทรศัพท์ 0-3554-1234 ต่อ 112 ในวันและเวลาราชการ",
                ),
            ),
            ("image", "tax-sign-66", "อัตราภาษีป้ายตามพระราชบัญญัติภาษีป้าย พ.ศ. 2510"),
        ),
        image=("tax-sign-66", "อัตราภาษีป้ายตามพระราชบัญญัติภาษีป้าย พ.ศ. 2510"),
    ),
    News(
        52,
        "2023-03-10 11:20",
        SUPPLY,
        "ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยศรีสำราญ 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        ("เทศบาลเมืองศรีสำราญ ประกวดราคาจ้างก่อสร้างถนน คสล. ซอยศรีสำราญ 7 ราคากลาง 2,450,000 บาท",),
        (
            (
                "text",
                "plain",
                (
                    "เทศบาลเมืองศรีสำราญ มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยศรีสำราญ 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 2,450,000.00 บาท (สองล้านสี่แสนห้าหมื่นบาทถ้วน)",
                ),
            ),
            (
                "list",
                (
                    "ผิวจราจรกว้าง 5.00 เมตร ยาว 680 เมตร หนา 0.15 เมตร",
                    "หรือมีพื้นที่ไม่น้อยกว่า 3,400 ตารางเมตร",
                    "พร้อมวางท่อระบายน้ำ คสล. ขนาดเส้นผ่านศูนย์กลาง 0.60 เมตร",
                ),
            ),
            (
                "text",
                "plain",
                (
                    "ผู้สนใจสามารถดูรายละเอียดได้ที่เว็บไซต์ [[www.gprocurement.go.th|http://www.gprocurement.go.th]] หรือสอบถามทางโทรศัพท์หมายเลข 0-3554-1234 ต่อ 125 ในวันและเวลาราชการ",
                ),
            ),
        ),
        enclosure=("ประกาศประกวดราคา-ซอยศรีสำราญ7.pdf", "e-bidding: Soi Si Samran 7 road"),
    ),
    News(
        55,
        "2023-04-12 09:00",
        PR,
        "สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2566",
        ("คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมรดน้ำขอพรผู้สูงอายุในเขตเทศบาล",),
        (
            (
                "text",
                "plain",
                (
                    "เมื่อวันที่ 12 เมษายน 2566 เทศบาลเมืองศรีสำราญ จัดพิธีสรงน้ำพระพุทธรูปและรดน้ำขอพรผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ประจำปี 2566 ณ หอประชุมเทศบาล โดยมีผู้สูงอายุจากชมรมผู้สูงอายุทั้ง 14 ชุมชนเข้าร่วมกว่า 300 คน",
                ),
            ),
            ("image", "songkran66-1", "นายกเทศมนตรีและคณะผู้บริหาร รดน้ำขอพรผู้สูงอายุ"),
            (
                "text",
                "plain",
                (
                    "ภายในงานมีการมอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุ 90 ปีขึ้นไป จำนวน 18 ท่าน และการแสดงรำวงย้อนยุคจากชมรมผู้สูงอายุชุมชนวัดกลาง สร้างความสนุกสนานและความอบอุ่นให้แก่ผู้ร่วมงาน",
                ),
            ),
        ),
        image=("songkran66-1", "นายกเทศมนตรีและคณะผู้บริหาร รดน้ำขอพรผู้สูงอายุ"),
        comments=(
            Comment("ป้าน้อย ชุมชนวัดกลาง", "2023-04-12 19:42", "ขอบคุณเทศบาลที่จัดงานดี ๆ แบบนี้ทุกปีค่ะ ผู้สูงอายุมีความสุขมาก"),
            Comment("Somchai K.", "2023-04-13 08:05", "ภาพสวยมากครับ อยากให้มีอัลบั้มภาพให้ดาวน์โหลดด้วย"),
        ),
        allow_comments=True,
    ),
    News(
        59,
        "2023-05-15 09:30",
        COUNCIL,
        "การประชุมสภาเทศบาลเมืองศรีสำราญ สมัยสามัญ สมัยที่สอง ประจำปี 2566",
        ("สภาเทศบาลมีมติเห็นชอบโอนงบประมาณรายจ่ายประจำปี 2566 ไปตั้งจ่ายเป็นรายการใหม่ จำนวน 3 รายการ",),
        (
            (
                "text",
                "justify",
                (
                    "วันจันทร์ที่ 15 พฤษภาคม 2566 เวลา 09.30 น. สภาเทศบาลเมืองศรีสำราญ ได้ประชุมสภาเทศบาล สมัยสามัญ สมัยที่สอง ประจำปี 2566 ครั้งที่ 1 ณ ห้องประชุมสภาเทศบาล ชั้น 3 โดยมีนายสมพงษ์ ใจมั่น ประธานสภาเทศบาล ทำหน้าที่ประธานในที่ประชุม",
                    "ที่ประชุมได้พิจารณาญัตติขออนุมัติโอนงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2566 ไปตั้งจ่ายเป็นรายการใหม่ จำนวน 3 รายการ ได้แก่ ค่าจัดซื้อเครื่องสูบน้ำ ค่าปรับปรุงห้องน้ำตลาดสดเทศบาล และค่าจัดซื้อกล้องโทรทัศน์วงจรปิด ซึ่งที่ประชุมมีมติเห็นชอบทั้ง 3 รายการ",
                    "ประชาชนที่สนใจสามารถขอสำเนารายงานการประชุมได้ที่งานกิจการสภา สำนักปลัดเทศบาล ในวันและเวลาราชการ",
                ),
            ),
            ("image", "council66-2", "บรรยากาศการประชุมสภาเทศบาล สมัยสามัญ สมัยที่สอง"),
        ),
        image=("council66-2", "บรรยากาศการประชุมสภาเทศบาล สมัยสามัญ สมัยที่สอง"),
    ),
    News(
        63,
        "2023-05-29 13:45",
        "กองการศึกษา",
        "รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก ภาคเรียนที่ 2 ปีการศึกษา 2566",
        (
            "กองการศึกษา เทศบาลเมืองศรีสำราญ เปิดรับสมัครเด็กที่มีอายุ 2 ปีบริบูรณ์ ถึง 3 ปี (เกิดระหว่างวันที่ 16 พฤษภาคม 2563 ถึงวันที่ 16 พฤษภาคม 2564) เข้าเรียนในศูนย์พัฒนาเด็กเล็กเทศบาล ภาคเรียนที่ 2 ปีการศึกษา 2566",
            "รับสมัครตั้งแต่วันที่ 1 - 30 มิถุนายน 2566 ณ ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองศรีสำราญ หลักฐานการสมัคร ได้แก่ สำเนาสูติบัตร สำเนาทะเบียนบ้านของเด็กและผู้ปกครอง และรูปถ่ายขนาด 1 นิ้ว จำนวน 3 รูป ไม่มีค่าใช้จ่ายใด ๆ",
        ),
        image=("cdc66", "ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองศรีสำราญ"),
    ),
    News(
        68,
        "2023-06-21 10:10",
        HEALTH,
        "รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก Big Cleaning Day",
        ("กองสาธารณสุขฯ ร่วมกับ อสม. ลงพื้นที่กำจัดแหล่งเพาะพันธุ์ยุงลายในชุมชน",),
        (
            (
                "text",
                "span",
                (
                    "วันที่ 21 มิถุนายน 2566 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองศรีสำราญ ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) และโรงพยาบาลส่งเสริมสุขภาพตำบลศรีสำราญ จัดกิจกรรม Big Cleaning Day รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ในชุมชนบ้านใหม่พัฒนาและชุมชนหัวสะพาน",
                    "เจ้าหน้าที่ได้ฉีดพ่นหมอกควันกำจัดยุงตัวแก่ แจกทรายอะเบท และให้ความรู้แก่ประชาชนตามหลัก 3 เก็บ ได้แก่ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำ เพื่อป้องกันยุงลายวางไข่",
                ),
            ),
            ("image", "dengue66-1", "เจ้าหน้าที่ฉีดพ่นหมอกควันกำจัดยุงลายในชุมชน"),
            ("image", "dengue66-2", "อสม. แจกทรายอะเบทและให้ความรู้แก่ประชาชน"),
        ),
        image=("dengue66-1", "เจ้าหน้าที่ฉีดพ่นหมอกควันกำจัดยุงลายในชุมชน"),
    ),
    News(
        72,
        "2023-07-28 08:00",
        PR,
        "ร่วมพิธีเฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2566",
        ("คณะผู้บริหาร พนักงาน และประชาชน ร่วมพิธีถวายพระพรชัยมงคล ณ ศาลาประชาคมอำเภอศรีสำราญ",),
        (
            (
                "text",
                "nbsp",
                (
                    "เมื่อวันศุกร์ที่ 28 กรกฎาคม 2566 นายวิรัช ทองประเสริฐ นายกเทศมนตรีเมืองศรีสำราญ พร้อมด้วยคณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล และประชาชน ร่วมพิธีทำบุญตักบาตรถวายพระราชกุศลและพิธีถวายพระพรชัยมงคล เนื่องในโอกาสวันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว ณ ศาลาประชาคมอำเภอศรีสำราญ",
                    "ในช่วงบ่าย เทศบาลได้จัดกิจกรรมจิตอาสาพัฒนาทำความสะอาดบริเวณคลองศรีสำราญ ตั้งแต่สะพานหน้าวัดกลางถึงประตูระบายน้ำ ระยะทางประมาณ 1.5 กิโลเมตร",
                ),
            ),
            ("image", "king66", "พิธีถวายพระพรชัยมงคล ณ ศาลาประชาคมอำเภอศรีสำราญ"),
        ),
        image=("king66", "พิธีถวายพระพรชัยมงคล ณ ศาลาประชาคมอำเภอศรีสำราญ"),
    ),
    News(
        77,
        "2023-08-15 15:30",
        SUPPLY,
        "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุการศึกษา (สื่อการเรียนการสอน) โรงเรียนเทศบาล 1 (วัดศรีสำราญ) โดยวิธีเฉพาะเจาะจง",
        (
            "ตามที่เทศบาลเมืองศรีสำราญ ได้มีโครงการซื้อวัสดุการศึกษา (สื่อการเรียนการสอน) โรงเรียนเทศบาล 1 (วัดศรีสำราญ) โดยวิธีเฉพาะเจาะจง นั้น",
            "ผู้ได้รับการคัดเลือก ได้แก่ ร้านศรีสำราญศึกษาภัณฑ์ โดยเสนอราคาเป็นเงินทั้งสิ้น 86,450.00 บาท (แปดหมื่นหกพันสี่ร้อยห้าสิบบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง",
            "ประกาศ ณ วันที่ 15 สิงหาคม พ.ศ. 2566",
        ),
        enclosure=("ประกาศผู้ชนะ-วัสดุการศึกษา-ร.ร.ท.1.pdf", "Award: teaching materials, school 1"),
    ),
    News(
        81,
        "2023-09-08 10:00",
        COUNCIL,
        "การประชุมสภาเทศบาลเมืองศรีสำราญ สมัยวิสามัญ สมัยที่หนึ่ง ประจำปี 2566 พิจารณาร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2567",
        ("สภาเทศบาลผ่านความเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปี 2567 วงเงิน 186.5 ล้านบาท",),
        (
            (
                "text",
                "nbsp",
                (
                    "วันศุกร์ที่ 8 กันยายน 2566 สภาเทศบาลเมืองศรีสำราญ ได้ประชุมสภาเทศบาล สมัยวิสามัญ สมัยที่หนึ่ง ประจำปี 2566 เพื่อพิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ในวาระที่สองและวาระที่สาม",
                    "ร่างเทศบัญญัติดังกล่าวตั้งงบประมาณรายจ่ายไว้ทั้งสิ้น 186,500,000 บาท แยกเป็นด้านบริหารทั่วไป ด้านบริการชุมชนและสังคม ด้านการเศรษฐกิจ และด้านการดำเนินงานอื่น โดยคณะกรรมการแปรญัตติได้ปรับลดงบประมาณค่าครุภัณฑ์สำนักงานลง 350,000 บาท และนำไปตั้งเป็นค่าก่อสร้างรางระบายน้ำในชุมชนบ้านใหม่พัฒนา",
                    "ที่ประชุมมีมติเห็นชอบให้ตราเป็นเทศบัญญัติด้วยคะแนนเสียงเอกฉันท์ ทั้งนี้ เทศบาลจะเสนอต่อผู้ว่าราชการจังหวัดสุพรรณบุรีเพื่อพิจารณาอนุมัติต่อไป",
                ),
            ),
        ),
    ),
    News(
        85,
        "2023-10-02 09:00",
        "กองสวัสดิการสังคม",
        "ประชาสัมพันธ์การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568",
        ("ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ ในปีงบประมาณ 2568 ลงทะเบียนได้ตั้งแต่เดือนตุลาคม 2566",),
        (
            (
                "text",
                "plain",
                (
                    "กองสวัสดิการสังคม เทศบาลเมืองศรีสำราญ ขอประชาสัมพันธ์ให้ผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508 ซึ่งจะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ พ.ศ. 2568 และมีชื่ออยู่ในทะเบียนบ้านในเขตเทศบาล มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ",
                    "ลงทะเบียนได้ตั้งแต่วันที่ 1 ตุลาคม 2566 ถึงวันที่ 30 กันยายน 2567 ณ กองสวัสดิการสังคม ชั้น 1 อาคารสำนักงานเทศบาล โดยนำบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารมาแสดง",
                    "กรณีไม่สามารถมาลงทะเบียนด้วยตนเอง สามารถมอบอำนาจให้ผู้อื่นมาดำเนินการแทนได้ โดยดาวน์โหลด[[แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ|file:แบบคำขอเบี้ยยังชีพผู้สูงอายุ.pdf]]ได้ที่นี่",
                ),
            ),
        ),
    ),
    News(
        90,
        "2023-11-27 09:00",
        PR,
        "เทศบาลเมืองศรีสำราญจัดงานประเพณีลอยกระทง ประจำปี 2566",
        ("งานลอยกระทงปีนี้เน้นกระทงจากวัสดุธรรมชาติ ลดขยะในหนองน้ำใหญ่",),
        (
            (
                "text",
                "plain",
                (
                    "เมื่อคืนวันที่ 27 พฤศจิกายน 2566 เทศบาลเมืองศรีสำราญ จัดงานประเพณีลอยกระทง ประจำปี 2566 ณ สวนสาธารณะหนองน้ำใหญ่ ภายใต้แนวคิด “ลอยกระทงรักษ์โลก” รณรงค์ให้ประชาชนใช้กระทงจากวัสดุธรรมชาติ เช่น ใบตอง หยวกกล้วย และขนมปัง",
                    "หลังเสร็จงาน เจ้าหน้าที่ได้เก็บกระทงขึ้นจากหนองน้ำได้ทั้งหมด 8,214 ใบ เป็นกระทงจากวัสดุธรรมชาติร้อยละ 96 เพิ่มขึ้นจากปีที่ผ่านมา (ดู[[ข่าวงานลอยกระทงปี 2565|id:31]])",
                ),
            ),
            ("image", "loykrathong66-1", "บรรยากาศการลอยกระทงริมหนองน้ำใหญ่"),
        ),
        image=("loykrathong66-1", "บรรยากาศการลอยกระทงริมหนองน้ำใหญ่"),
        comments=(Comment("นิด หัวสะพาน", "2023-11-28 21:10", "ปีนี้จัดดีมากค่ะ ที่จอดรถเพียงพอ ขอให้จัดแบบนี้อีกปีหน้านะคะ"),),
        allow_comments=True,
    ),
    News(
        93,
        "2023-12-05 07:30",
        PR,
        "กิจกรรมเนื่องในวันคล้ายวันพระบรมราชสมภพ และวันพ่อแห่งชาติ 5 ธันวาคม 2566",
        ("ร่วมทำบุญตักบาตร ปลูกต้นไม้ และกิจกรรมจิตอาสาเนื่องในวันพ่อแห่งชาติ",),
        (
            (
                "text",
                "nested",
                (
                    "วันอังคารที่ 5 ธันวาคม 2566 เทศบาลเมืองศรีสำราญ ร่วมกับส่วนราชการในอำเภอศรีสำราญ จัดพิธีทำบุญตักบาตรถวายพระราชกุศล ณ บริเวณหน้าที่ว่าการอำเภอศรีสำราญ และพิธีวางพานพุ่มดอกไม้สดเพื่อน้อมรำลึกในพระมหากรุณาธิคุณ",
                    "จากนั้นคณะผู้บริหารและพนักงานเทศบาลได้ร่วมกันปลูกต้นรวงผึ้งจำนวน 99 ต้น ริมถนนเลียบคลองศรีสำราญ และมอบเกียรติบัตรแก่พ่อดีเด่นของชุมชน จำนวน 14 คน",
                ),
            ),
            ("gallery", ("fathersday66-1", "fathersday66-2", "fathersday66-3")),
        ),
        image=("fathersday66-1", "วันพ่อแห่งชาติ 5 ธันวาคม 2566"),
    ),
    News(
        97,
        "2023-12-20 14:00",
        SUPPLY,
        "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567",
        (
            "เทศบาลเมืองศรีสำราญ ขอเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 รวม 42 โครงการ ตามรายละเอียดแนบท้ายประกาศนี้",
            "ประกาศ ณ วันที่ 20 ธันวาคม พ.ศ. 2566",
        ),
        enclosure=("แผนจัดซื้อจัดจ้าง-2567.pdf", "Procurement plan FY2024"),
    ),
    News(
        100,
        "2024-01-13 08:00",
        PR,
        "งานวันเด็กแห่งชาติ ประจำปี 2567 เทศบาลเมืองศรีสำราญ",
        ("ภาพบรรยากาศงานวันเด็ก ปี 2567 มีเด็กและผู้ปกครองร่วมงานกว่า 3,000 คน",),
        (
            (
                "text",
                "span",
                (
                    "วันเสาร์ที่ 13 มกราคม 2567 เทศบาลเมืองศรีสำราญ จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ภายใต้คำขวัญ “มุ่งมั่นใฝ่เรียนรู้ เคารพความต่าง ร่วมสร้างประชาธิปไตย” ณ สนามกีฬาเทศบาลเมืองศรีสำราญ",
                    "ปีนี้มีการจัดโซนกิจกรรมวิทยาศาสตร์ การสาธิตรถดับเพลิงและการหนีไฟ ซุ้มเกมจากโรงเรียนและหน่วยงานกว่า 40 ซุ้ม และการแสดงของศิลปินรับเชิญ มีเด็กและผู้ปกครองร่วมงานกว่า 3,000 คน",
                ),
            ),
            ("image", "childday67-1", "นายกเทศมนตรีมอบของขวัญแก่เด็กที่มาร่วมงาน"),
            ("image", "childday67-2", "การสาธิตการใช้รถดับเพลิงโดยงานป้องกันและบรรเทาสาธารณภัย"),
        ),
        image=("childday67-1", "นายกเทศมนตรีมอบของขวัญแก่เด็กที่มาร่วมงาน"),
        comments=(
            Comment("แม่น้องต้นกล้า", "2024-01-13 18:25", "ลูกชอบซุ้มวิทยาศาสตร์มากค่ะ ขอบคุณทีมงานทุกท่าน"),
            Comment("ครูเอ ร.ร.ท.2", "2024-01-14 09:40", "ขอบคุณเทศบาลที่ให้โรงเรียนได้ร่วมจัดซุ้มกิจกรรมครับ"),
        ),
        allow_comments=True,
    ),
    News(
        104,
        "2024-01-22 10:00",
        FINANCE,
        "ประชาสัมพันธ์การชำระภาษีป้าย",
        ("เจ้าของป้ายยื่นแบบ ภ.ป.1 ภายในวันที่ 31 มีนาคม 2567 ชำระได้ที่กองคลังหรือผ่าน QR Code",),
        (
            (
                "text",
                "plain",
                (
                    "กองคลัง เทศบาลเมืองศรีสำราญ แจ้งให้เจ้าของป้ายยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ประจำปี 2567 ได้ตั้งแต่วันที่ 2 มกราคม 2567 ถึงวันที่ 31 มีนาคม 2567 ณ งานพัฒนาและจัดเก็บรายได้ กองคลัง",
                    "ปีนี้เทศบาลเพิ่มช่องทางการชำระภาษีผ่าน QR Code ของธนาคารกรุงไทย ผู้เสียภาษีสามารถชำระได้ทันทีเมื่อได้รับแจ้งการประเมิน (ภ.ป.3) โดยไม่ต้องเดินทางมาที่สำนักงาน",
                    "อัตราภาษีและหลักเกณฑ์การยื่นแบบเป็นไปตาม[[ประกาศเมื่อปีที่ผ่านมา|id:47]]",
                ),
            ),
        ),
        image=("tax-sign-67", "ชำระภาษีป้ายผ่าน QR Code"),
    ),
    News(
        108,
        "2024-02-16 09:30",
        COUNCIL,
        "การประชุมสภาเทศบาลเมืองศรีสำราญ สมัยสามัญ สมัยแรก ประจำปี 2567",
        ("สภาเทศบาลพิจารณาให้ความเห็นชอบร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 1",),
        (
            (
                "text",
                "justify",
                (
                    "วันศุกร์ที่ 16 กุมภาพันธ์ 2567 สภาเทศบาลเมืองศรีสำราญ ประชุมสมัยสามัญ สมัยแรก ประจำปี 2567 ณ ห้องประชุมสภาเทศบาล โดยมีสมาชิกสภาเทศบาลเข้าร่วมประชุมครบองค์ประชุม จำนวน 18 คน",
                    "ที่ประชุมได้พิจารณาให้ความเห็นชอบร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 1 และรับทราบรายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2566 ซึ่งดำเนินการแล้วเสร็จ 87 โครงการ จากทั้งหมด 112 โครงการ",
                ),
            ),
            ("image", "council67-1", "สมาชิกสภาเทศบาลเมืองศรีสำราญ ร่วมประชุมสมัยสามัญ สมัยแรก ประจำปี 2567"),
        ),
        image=("council67-1", "สมาชิกสภาเทศบาลเมืองศรีสำราญ ร่วมประชุมสมัยสามัญ สมัยแรก ประจำปี 2567"),
    ),
    News(
        111,
        "2024-03-05 13:00",
        HEALTH,
        "อบรมให้ความรู้การคัดแยกขยะมูลฝอยในครัวเรือน ชุมชนปลอดขยะ (Zero Waste)",
        ("อบรมแกนนำชุมชน 14 ชุมชน เรื่องการคัดแยกขยะต้นทางและการทำปุ๋ยหมักจากเศษอาหาร",),
        (
            (
                "text",
                "nbsp",
                (
                    "เมื่อวันที่ 5 มีนาคม 2567 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองศรีสำราญ จัดโครงการอบรมให้ความรู้การคัดแยกขยะมูลฝอยในครัวเรือน ให้แก่แกนนำชุมชนทั้ง 14 ชุมชน จำนวน 70 คน ณ หอประชุมเทศบาล",
                    "วิทยากรได้แนะนำหลักการ 3Rs ได้แก่ การใช้น้อย (Reduce) การใช้ซ้ำ (Reuse) และการนำกลับมาใช้ใหม่ (Recycle) พร้อมสาธิตการทำถังขยะเปียกลดโลกร้อนและการทำปุ๋ยหมักจากเศษอาหาร ผู้เข้าอบรมจะนำความรู้ไปขยายผลในชุมชนของตนต่อไป",
                ),
            ),
            ("image", "zerowaste67-1", "การสาธิตการทำถังขยะเปียกลดโลกร้อน"),
            (
                "text",
                "span",
                (
                    "ในปีงบประมาณ 2566 เทศบาลเก็บขนขยะมูลฝอยเฉลี่ยวันละ 38 ตัน ลดลงจากปีก่อนร้อยละ 6 เทศบาลตั้งเป้าลดปริมาณขยะลงอีกร้อยละ 10 ภายในปี 2568",
                ),
            ),
        ),
        image=("zerowaste67-1", "การสาธิตการทำถังขยะเปียกลดโลกร้อน"),
    ),
    News(
        115,
        "2024-03-18 10:30",
        "กองยุทธศาสตร์และงบประมาณ",
        "ขอเชิญประชาชนร่วมประชุมประชาคมเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น",
        ("ขอเชิญร่วมประชุมประชาคมเมือง วันอังคารที่ 26 มีนาคม 2567 เวลา 09.00 น. ณ หอประชุมเทศบาล",),
        (
            (
                "text",
                "plain",
                (
                    "เทศบาลเมืองศรีสำราญ ขอเชิญชวนประชาชน ผู้นำชุมชน และผู้แทนหน่วยงานในเขตเทศบาล ร่วมประชุมประชาคมเมือง เพื่อรับฟังความคิดเห็นและทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ในวันอังคารที่ 26 มีนาคม 2567 เวลา 09.00 - 12.00 น. ณ หอประชุมเทศบาลเมืองศรีสำราญ",
                    "ผู้ที่ไม่สะดวกเข้าร่วมประชุม สามารถเสนอโครงการหรือความคิดเห็นได้ทางกล่องรับความคิดเห็นหน้าสำนักงานเทศบาล หรือทางเพจเฟซบุ๊กของเทศบาล จนถึงวันที่ 25 มีนาคม 2567 ดูรายละเอียดได้ที่[[ปฏิทินกิจกรรม|event:14]]",
                ),
            ),
        ),
    ),
)

EVENTS: tuple[Event, ...] = (
    Event(
        9,
        "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2567",
        "2024-01-13",
        None,
        ("08:00", "13:00"),
        "สนามกีฬาเทศบาลเมืองศรีสำราญ",
        ("ขอเชิญน้อง ๆ และผู้ปกครองร่วมงานวันเด็กแห่งชาติ พบกับซุ้มเกม ของรางวัล และการแสดงบนเวทีตลอดงาน",),
    ),
    Event(
        11,
        "การแข่งขันกีฬาเยาวชนต้านยาเสพติด ศรีสำราญเกมส์ ครั้งที่ 12",
        "2024-02-10",
        "2024-02-12",
        None,
        "สนามกีฬาเทศบาลเมืองศรีสำราญ",
        (
            "การแข่งขันฟุตบอล วอลเลย์บอล และเปตองของเยาวชนอายุไม่เกิน 18 ปี จาก 14 ชุมชนในเขตเทศบาล",
            "ชุมชนที่สนใจส่งทีมเข้าแข่งขันติดต่อได้ที่กองการศึกษา ภายในวันที่ 31 มกราคม 2567",
        ),
    ),
    Event(
        14,
        "ประชุมประชาคมเมือง ทบทวนแผนพัฒนาท้องถิ่น",
        "2024-03-26",
        None,
        ("09:00", "12:00"),
        "หอประชุมเทศบาลเมืองศรีสำราญ",
        ("รับฟังความคิดเห็นของประชาชนเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ลงทะเบียนหน้าห้องประชุมตั้งแต่เวลา 08.30 น.",),
    ),
    Event(
        15,
        "ตลาดนัดสีเขียว ชุมชนคนศรีสำราญ",
        "2024-03-30",
        None,
        ("06:00", "10:00"),
        "ลานหน้าสำนักงานเทศบาลเมืองศรีสำราญ",
        ("ผักปลอดสารพิษ ผลไม้ตามฤดูกาล และผลิตภัณฑ์ชุมชน จากเกษตรกรในเขตเทศบาล ทุกวันเสาร์สุดท้ายของเดือน",),
    ),
    Event(
        17,
        "พิธีรดน้ำขอพรผู้สูงอายุ ประเพณีสงกรานต์ ประจำปี 2567",
        "2024-04-11",
        None,
        ("08:30", "12:00"),
        "หอประชุมเทศบาลเมืองศรีสำราญ",
        ("ขอเชิญผู้สูงอายุและประชาชนร่วมสรงน้ำพระและรดน้ำขอพรผู้สูงอายุ แต่งกายด้วยชุดไทยหรือชุดพื้นเมือง",),
    ),
    Event(
        18,
        "บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี",
        "2024-04-20",
        None,
        ("09:00", "15:00"),
        "ศาลาประชาคมชุมชนบ้านใหม่พัฒนา",
        ("นำสุนัขและแมวอายุ 2 เดือนขึ้นไปมารับวัคซีนได้ฟรี พร้อมขึ้นทะเบียนสัตว์เลี้ยงกับกองสาธารณสุขและสิ่งแวดล้อม",),
    ),
    Event(
        21,
        "อบรมการปฐมพยาบาลเบื้องต้นและการช่วยฟื้นคืนชีพ (CPR)",
        "2024-05-08",
        None,
        ("08:30", "16:30"),
        "ห้องประชุมกองสาธารณสุขและสิ่งแวดล้อม",
        ("เปิดรับประชาชนทั่วไป จำนวน 50 คน สมัครได้ที่กองสาธารณสุขและสิ่งแวดล้อม โทร. 0-3554-1234 ต่อ 141",),
    ),
)

NEWEST = tuple(sorted(NEWS, key=lambda n: n.dt, reverse=True))
BY_ID = {n.id: n for n in NEWS}
EVENT_BY_ID = {e.id: e for e in EVENTS}
LAST_PAGE = -(-len(NEWS) // PER_PAGE)


# -- URLs --------------------------------------------------------------------------------------------
def enc(path: str) -> str:
    """A path as Symfony's router writes it: UTF-8 percent-encoded, upper-case hex."""
    return quote(path, safe="/?=&,-._~%+")


def rel(path: str) -> str:
    """A link relative to ``<base href>``: no leading slash; home as ``./``."""
    return "./" if path == "/" else enc(path).lstrip("/")


def contao_alias(title: str) -> str:
    """Contao 4's alias from a Thai headline (slug settings: Unicode letters and numbers kept)."""
    out = "".join(c if c.isalnum() or "\u0e00" <= c <= "\u0e7f" and c not in "ฯ๏๚๛" else "-" for c in title.lower())
    return re.sub(r"-+", "-", out).strip("-")


def _aliases() -> dict[int, str]:
    seen: set[str] = set()
    out: dict[int, str] = {}
    for n in sorted(NEWS, key=lambda n: n.id):
        alias = str(n.id) if n.numeric else contao_alias(n.title)
        if alias in seen:
            alias = f"{alias}-{n.id}"
        seen.add(alias)
        out[n.id] = alias
    return out


ALIAS = _aliases()
EVENT_ALIAS = {e.id: contao_alias(e.title) for e in EVENTS}


def news_path(n: News) -> str:
    return f"/{NEWS_PAGE}/{ALIAS[n.id]}.html"


def id_path(n: News) -> str:
    return f"/{NEWS_PAGE}/{n.id}.html"


def event_path(e: Event) -> str:
    return f"/{EVENT_PAGE}/{EVENT_ALIAS[e.id]}.html"


def list_path(page: int = 1) -> str:
    return f"/{NEWS_PAGE}.html" + (f"?page_n12={page}" if page > 1 else "")


def month_path(y: int, m: int) -> str:
    return f"/{NEWS_PAGE}.html?month={y}{m:02d}"


def cal_path(y: int, m: int) -> str:
    return f"/{EVENT_PAGE}.html?month={y}{m:02d}"


def day_path(d: date) -> str:
    return f"/{EVENT_PAGE}.html?day={d:%Y%m%d}"


def search_path(words: str, page: int = 1) -> str:
    q = quote(words, safe="").replace("%20", "+")
    return f"/{SEARCH_PAGE}.html?keywords={q}" + (f"&page={page}" if page > 1 else "")


def img_hash(stem: str, size: str) -> str:
    return hashlib.md5(f"{stem}:{size}".encode()).hexdigest()[:8]


def photo_file(stem: str, when: datetime) -> str:
    return f"/files/{NEWS_PAGE}/{when.year + 543}/{stem}.jpg"


def photo_asset(stem: str, size: str) -> str:
    h = img_hash(stem, size)
    return f"/assets/images/{h[0]}/{stem}-{h}.jpg"


def enclosure_path(name: str, when: datetime) -> str:
    return f"/files/{NEWS_PAGE}/{when.year + 543}/{name}"


DOWNLOADS = "/files/ดาวน์โหลด"


# -- text ----------------------------------------------------------------------------------------------
LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def plain(text: str) -> str:
    return " ".join(LINK.sub(lambda m: m.group(1), text).split())


def href_for(target: str) -> str:
    kind, _, value = target.partition(":")
    if kind in ("http", "https"):
        return target
    if kind == "news":
        return rel(news_path(BY_ID[int(value)]))
    if kind == "id":
        return rel(id_path(BY_ID[int(value)]))
    if kind == "event":
        return rel(event_path(EVENT_BY_ID[int(value)]))
    if kind == "file":
        return rel(f"{DOWNLOADS}/{value}")
    raise ValueError(target)


def inline(text: str) -> str:
    out, last = [], 0
    for m in LINK.finditer(text):
        out.append(esc(text[last : m.start()]))
        href = href_for(m.group(2))
        extra = ' target="_blank" rel="noopener"' if href.startswith("http") else ""
        out.append(f'<a href="{attr(href)}"{extra}>{esc(m.group(1))}</a>')
        last = m.end()
    out.append(esc(text[last:]))
    return "".join(out)


def text_element(style: str, paras: tuple[str, ...]) -> str:
    """A ce_text element as the editors left it in TinyMCE."""
    if style == "nbsp":
        body = "\n<p>&nbsp;</p>\n".join(f"<p>{'&nbsp;' * 5}{inline(p).replace(' ', ' &nbsp;', 1)}</p>" for p in paras)
    elif style == "justify":
        rows = []
        for p in paras:
            first, _, rest = p.partition(" ")
            rows.append(f'<p style="text-align: justify;"><strong>{esc(first)}</strong> {inline(rest)}</p>')
        body = "\n".join(rows)
    elif style == "span":
        body = "\n".join(
            f'<p style="text-align: justify;"><span style="font-size: 12pt; font-family: \'TH SarabunPSK\', Tahoma;">{inline(p)}</span></p>'
            for p in paras
        )
    elif style == "nested":
        inner = f'<div class="ce_text block">\n<p style="text-indent: 2.5em;">{inline(paras[0])}</p>\n</div>'
        body = inner + "\n" + "\n".join(f'<p style="text-indent: 2.5em;">{inline(p)}&nbsp;</p>' for p in paras[1:])
    else:
        body = "\n".join(f"<p>{inline(p)}</p>" for p in paras)
    return f'<div class="ce_text block">\n\n{body}\n\n</div>\n'


def dmy(d: date | datetime) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def thai_full(d: date | datetime) -> str:
    return f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def month_label(y: int, m: int, buddhist: bool = True) -> str:
    return f"{MONTHS[m - 1]} {y + 543 if buddhist else y}"


def shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def news_months() -> list[tuple[int, int, int]]:
    counts: dict[tuple[int, int], int] = {}
    for n in NEWS:
        key = (n.dt.year, n.dt.month)
        counts[key] = counts.get(key, 0) + 1
    return [(y, m, c) for (y, m), c in sorted(counts.items(), reverse=True)]


def event_dates(e: Event) -> list[date]:
    start = date.fromisoformat(e.start)
    end = date.fromisoformat(e.end) if e.end else start
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def event_when(e: Event) -> str:
    start = date.fromisoformat(e.start)
    text = dmy(start)
    if e.end:
        text += " – " + dmy(date.fromisoformat(e.end))
    if e.time:
        text += f", {e.time[0]} – {e.time[1]} น."
    return text


NAV = (
    ("/", "หน้าแรก", ()),
    ("/เกี่ยวกับเทศบาล.html", "เกี่ยวกับเทศบาล", tuple((f"/{a}.html", label) for a, label in ABOUT)),
    (f"/{NEWS_PAGE}.html", "ข่าวประชาสัมพันธ์", ()),
    (f"/{EVENT_PAGE}.html", "ปฏิทินกิจกรรม", ()),
    ("/ติดต่อ.html", "ติดต่อเรา", ()),
)


class _Contao:
    def __init__(self, site: FixtureSite) -> None:
        self.site = site
        self.base = site.base_url
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.base + enc(path)

    # -- responses ----------------------------------------------------------------------------------
    @staticmethod
    def html(text: str, status: int = 200) -> Response:
        """Contao answers every page itself: no Last-Modified, private no-cache, its own headers."""
        return Response(
            status,
            (
                ("Content-Type", "text/html; charset=UTF-8"),
                ("Cache-Control", "no-cache, private"),
                ("Vary", "Contao-Page-Layout"),
                ("X-Frame-Options", "SAMEORIGIN"),
            ),
            text.encode("utf-8"),
        )

    def page(self, path: str, text: str, listed: bool = True) -> None:
        self.site.add(path, self.html(text))
        if listed:
            self.non_articles.append(self.u(path))

    # -- the layout ---------------------------------------------------------------------------------
    def nav(self, current: str, section: str) -> str:
        rows = []
        for i, (path, label, subs) in enumerate(NAV):
            cls = " ".join(
                c
                for c in ("first" if i == 0 else "", "last" if i == len(NAV) - 1 else "", "submenu" if subs else "")
                if c
            )
            sub_html = ""
            if subs:
                items = []
                for j, (spath, slabel) in enumerate(subs):
                    scls = "first" if j == 0 else ("last" if j == len(subs) - 1 else "")
                    if spath == current:
                        items.append(
                            f'<li class="active {scls}"><strong class="active {scls}">{esc(slabel)}</strong></li>'
                        )
                    else:
                        items.append(
                            f'<li class="sibling {scls}"><a href="{rel(spath)}" title="{attr(slabel)}" class="sibling {scls}">{esc(slabel)}</a></li>'
                        )
                sub_html = '\n<ul class="level_2">\n' + "\n".join(items) + "\n</ul>\n"
            if path == current:
                rows.append(
                    f'<li class="active {cls}"><strong class="active {cls}" itemprop="name">{esc(label)}</strong>{sub_html}</li>'
                )
            else:
                trail = " trail" if path == section else ""
                rows.append(
                    f'<li class="{cls}{trail}"><a href="{rel(path)}" title="{attr(label)}" class="{cls}{trail}" itemprop="url"><span itemprop="name">{esc(label)}</span></a>{sub_html}</li>'
                )
        return "\n".join(rows)

    def shell(
        self,
        title: str,
        main: str,
        *,
        here: str,
        section: str = "",
        description: str = "",
        right: str = "",
        canonical: str | None = None,
        body_class: str = "",
        crumbs: tuple[tuple[str, str], ...] = (),
        robots: str = "index,follow",
    ) -> str:
        current = here.split("?")[0]
        canon = f'\n<link rel="canonical" href="{attr(canonical)}">' if canonical else ""
        crumb_html = ""
        if crumbs:
            items = ['<li class="first"><a href="./" title="หน้าแรก">หน้าแรก</a></li>']
            for i, (path, label) in enumerate(crumbs):
                last = i == len(crumbs) - 1
                if last and path == here:
                    items.append(f'<li class="active last">{esc(label)}</li>')
                else:
                    li = ' class="last"' if last else ""
                    items.append(f'<li{li}><a href="{rel(path)}" title="{attr(label)}">{esc(label)}</a></li>')
            crumb_html = (
                '<!-- indexer::stop -->\n<nav class="mod_breadcrumb block" aria-label="เส้นทางการนำทาง">\n<ul>\n'
                + "\n".join(items)
                + "\n</ul>\n</nav>\n<!-- indexer::continue -->\n"
            )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>

      <meta charset="utf-8">
    <title>{esc(title)} - {SITE}</title>
    <base href="{self.base}/">

          <meta name="robots" content="{robots}">
      <meta name="description" content="{attr(description)}">
      <meta name="generator" content="Contao Open Source CMS">{canon}

    <meta name="viewport" content="width=device-width,initial-scale=1.0">
        <link rel="stylesheet" href="{CSS}">
        <script src="{JS}"></script>
<link type="application/rss+xml" rel="alternate" href="share/news.xml" title="ข่าวประชาสัมพันธ์ {SITE}">
<link rel="shortcut icon" href="files/theme/img/favicon.gif" type="image/gif">

  </head>
<body id="top" class="{body_class}" itemscope itemtype="http://schema.org/WebPage">

<div id="wrapper">

<header id="header">
<div class="inside">

<div class="ce_image logo block">
<figure class="image_container">
<a href="./" title="{SITE}"><img src="files/theme/img/logo-srisamran.jpg" width="520" height="110" alt="ตราสัญลักษณ์{SITE}"></a>
</figure>
</div>

<!-- indexer::stop -->
<nav class="mod_navigation block" itemscope itemtype="http://schema.org/SiteNavigationElement">

  <a href="{rel(here)}#skipNavigation1" class="invisible">ข้ามการนำทาง</a>

  <ul class="level_1">
{self.nav(current, section)}
</ul>

  <span id="skipNavigation1" class="invisible"></span>

</nav>
<!-- indexer::continue -->

</div>
</header>

{crumb_html}
<div id="container">

<main id="main">
<div class="inside">
{main}
</div>
</main>

<aside id="right">
<div class="inside">
{self.search_box()}
{right}
{self.visitors()}
</div>
</aside>

</div>

<footer id="footer">
<div class="inside">

<div class="ce_text footer-address block">
<p><strong>{SITE}</strong><br>{ADDRESS}</p>
<p>โทรศัพท์ {PHONE} &nbsp;โทรสาร {FAX} &nbsp;อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
</div>

<div class="ce_hyperlink footer-links block">
<a href="{FB}" class="hyperlink_txt" title="เฟซบุ๊ก{SITE}" target="_blank" rel="noreferrer noopener">Facebook</a> |
<a href="https://www.dla.go.th/" class="hyperlink_txt" target="_blank" rel="noreferrer noopener">กรมส่งเสริมการปกครองท้องถิ่น</a> |
<a href="contao/login" class="hyperlink_txt" rel="nofollow">สำหรับเจ้าหน้าที่</a> |
<a href="{rel(here)}#top" class="hyperlink_txt">ขึ้นด้านบน</a>
</div>

<p class="copyright" style="font-size:11px;color:#777;">&copy; 2564 {SITE} &nbsp;|&nbsp; ขับเคลื่อนโดย <a href="https://contao.org" target="_blank" rel="noopener">Contao Open Source CMS</a></p>

</div>
</footer>

</div>

<script>
  jQuery(function($) {{
    $('a[data-lightbox]').map(function() {{
      $(this).colorbox({{
        loop: false,
        rel: $(this).attr('data-lightbox'),
        maxWidth: '95%',
        maxHeight: '95%'
      }});
    }});
  }});
</script>
<script type="application/ld+json">
{{"@context":{{"contao":"https:\\/\\/schema.contao.org\\/"}},"@type":"contao:Page","contao:title":"{attr(title)}","contao:pageId":3,"contao:noSearch":false,"contao:protected":false,"contao:groups":[],"contao:fePreview":false}}
</script>
</body>
</html>
"""

    # -- right column modules -----------------------------------------------------------------------
    @staticmethod
    def search_box(value: str = "") -> str:
        return f"""<!-- indexer::stop -->
<div class="mod_search search-box block">
<form action="{rel("/" + SEARCH_PAGE + ".html")}" method="get">
  <div class="formbody">
    <div class="widget widget-text">
      <label for="ctrl_keywords_22" class="invisible">คำค้น</label>
      <input type="search" name="keywords" id="ctrl_keywords_22" class="text" value="{attr(value)}" placeholder="ค้นหาในเว็บไซต์">
    </div>
    <div class="widget widget-submit">
      <button type="submit" id="ctrl_submit_22" class="submit">ค้นหา</button>
    </div>
  </div>
</form>
</div>
<!-- indexer::continue -->
<div class="mod_html popular-keywords block">
<h3>คำค้นยอดนิยม</h3>
<p>{" ".join(f'<a href="{attr(rel(search_path(w)))}" class="tag">{esc(w)}</a>' for w in POPULAR[:5])}</p>
</div>"""

    @staticmethod
    def visitors() -> str:
        return """<!-- indexer::stop -->
<div class="mod_visitors block">
<h3>สถิติผู้เข้าชม</h3>
<div class="visitor_count invisible"><span class="visitor_name">ID</span><span class="visitor_val">1</span></div>
<div class="visitor_count"><span class="visitor_name">ออนไลน์ขณะนี้:</span>&nbsp;<span class="visitor_val">7</span></div>
<div class="visitor_count"><span class="visitor_name">วันนี้:</span>&nbsp;<span class="visitor_val">184</span></div>
<div class="visitor_count"><span class="visitor_name">เมื่อวาน:</span>&nbsp;<span class="visitor_val">231</span></div>
<div class="visitor_count"><span class="visitor_name">ทั้งหมด:</span>&nbsp;<span class="visitor_val">128,406</span></div>
<div class="visitor_count"><span class="visitor_name">นับตั้งแต่:</span>&nbsp;<span class="visitor_val">01.06.2021</span></div>
</div>
<!-- indexer::continue -->"""

    @staticmethod
    def news_menu(active: tuple[int, int] | None = None) -> str:
        rows = []
        for y, m, count in news_months():
            label = month_label(y, m, buddhist=False)
            if (y, m) == active:
                rows.append(f'<li class="active"><strong class="active">{label}</strong> ({count})</li>')
            else:
                rows.append(
                    f'<li><a href="{rel(month_path(y, m))}" title="{label} ({count})">{label}</a> ({count})</li>'
                )
        return f"""<!-- indexer::stop -->
<div class="mod_newsmenu block">
<h3>คลังข่าว</h3>
<ul class="level_1">
{chr(10).join(rows)}
</ul>
</div>
<!-- indexer::continue -->"""

    @staticmethod
    def latest_box(skip: int | None = None) -> str:
        rows = []
        for n in [n for n in NEWEST if n.id != skip][:5]:
            rows.append(
                f'<div class="layout_simple arc_1 block"><time datetime="{n.dt.isoformat()}">{dmy(n.dt)}</time> <a href="{rel(news_path(n))}" title="อ่านบทความ: {attr(n.title)}">{esc(n.title)}</a></div>'
            )
        return '<div class="mod_newslist latest-news block">\n<h3>ข่าวล่าสุด</h3>\n' + "\n".join(rows) + "\n</div>"

    # -- news list items ----------------------------------------------------------------------------
    @staticmethod
    def thumb(n: News) -> str:
        if n.image is None:
            return ""
        stem, caption = n.image
        return f"""
<figure class="image_container float_left" style="margin-right:12px;">
  <a href="{rel(news_path(n))}" title="อ่านบทความ: {attr(n.title)}">
  <img src="{rel(photo_asset(stem, "thumb"))}" width="240" height="160" alt="{attr(caption)}" itemprop="image">
  </a>
</figure>
"""

    def latest_item(self, n: News, i: int, count: int) -> str:
        cls = ("first " if i == 0 else "") + ("last " if i == count - 1 else "") + ("even" if i % 2 == 0 else "odd")
        href = rel(news_path(n))
        teaser = "\n".join(f"<p>{inline(p)}</p>" for p in n.teaser)
        return f"""
<div class="layout_latest arc_1 block {cls}" itemscope itemtype="http://schema.org/Article">

      <p class="info"><time datetime="{n.dt.isoformat()}" itemprop="datePublished">{dmy(n.dt)}</time> โดย {esc(n.author)} {self.comment_count(n)}</p>
  {self.thumb(n)}
  <h2 itemprop="name"><a href="{href}" title="อ่านบทความ: {attr(n.title)}" itemprop="url"><span itemprop="headline">{esc(n.title)}</span></a></h2>

  <div class="teaser" itemprop="description">
    {teaser}
  </div>

      <p class="more"><a href="{href}" title="อ่านบทความ: {attr(n.title)}" itemprop="url">อ่านต่อ<span class="invisible"> {esc(n.title)}</span></a></p>
  </div>
"""

    @staticmethod
    def comment_count(n: News) -> str:
        return f'<span class="comments">| ความคิดเห็น ({len(n.comments)})</span>' if n.allow_comments else ""

    @staticmethod
    def pagination(base_path: str, param: str, page: int, total_pages: int, always_next: bool = False) -> str:
        """Contao's pagination template (the list page's vendor copy always shows "ถัดไป")."""
        sep = "&amp;" if "?" in base_path else "?"

        def link(p: int) -> str:
            return rel(base_path) if p <= 1 else f"{rel(base_path)}{sep}{param}={p}"

        items = []
        if page > 1:
            items.append(f'<li class="first"><a href="{link(1)}" class="first" title="ไปหน้าที่ 1">&#171; หน้าแรก</a></li>')
            items.append(
                f'<li class="previous"><a href="{link(page - 1)}" class="previous" title="ไปหน้าที่ {page - 1}">ก่อนหน้า</a></li>'
            )
        for p in range(1, total_pages + 1):
            if p == page:
                items.append(f'<li><strong class="active">{p}</strong></li>')
            else:
                items.append(f'<li><a href="{link(p)}" class="link" title="ไปหน้าที่ {p}">{p}</a></li>')
        if page < total_pages or always_next:
            items.append(
                f'<li class="next"><a href="{link(page + 1)}" class="next" title="ไปหน้าที่ {page + 1}">ถัดไป</a></li>'
            )
        if page < total_pages:
            items.append(
                f'<li class="last"><a href="{link(total_pages)}" class="last" title="ไปหน้าที่ {total_pages}">หน้าสุดท้าย &#187;</a></li>'
            )
        return f"""
<!-- indexer::stop -->
<nav class="pagination block" aria-label="เมนูแบ่งหน้า">
  <p>หน้า {page} จาก {total_pages}</p>
  <ul>
    {chr(10).join(items)}
  </ul>
</nav>
<!-- indexer::continue -->
"""

    # -- listing pages ------------------------------------------------------------------------------
    def list_page(self, page: int) -> str:
        items = NEWEST[(page - 1) * PER_PAGE : page * PER_PAGE]
        here = list_path(page)
        if items:
            body = "".join(self.latest_item(n, i, len(items)) for i, n in enumerate(items))
        else:
            body = '\n<p class="empty">ยังไม่มีข่าวในหน้านี้</p>\n'
        main = f"""
<div class="mod_article first last block" id="article-22">

<div class="ce_text intro block">
<h1>ข่าวประชาสัมพันธ์</h1>
<p>ข่าวสาร กิจกรรม ประกาศ และการจัดซื้อจัดจ้างของ{SITE}</p>
</div>

<!-- indexer::stop -->
<div class="mod_newslist block">
{body}
{self.pagination(list_path(), "page_n12", page, LAST_PAGE, always_next=True)}
</div>
<!-- indexer::continue -->

</div>
"""
        title = "ข่าวประชาสัมพันธ์" + (f" (หน้า {page})" if page > 1 else "")
        return self.shell(
            title,
            main,
            here=here,
            section=list_path(),
            description=f"ข่าวประชาสัมพันธ์ {SITE}",
            right=self.news_menu() + "\n" + self.latest_box(),
            crumbs=((list_path(), "ข่าวประชาสัมพันธ์"),),
            body_class="news-list",
        )

    def month_page(self, y: int, m: int) -> str:
        items = [n for n in NEWEST if (n.dt.year, n.dt.month) == (y, m)]
        label = month_label(y, m, buddhist=False)
        if items:
            body = "".join(self.latest_item(n, i, len(items)) for i, n in enumerate(items))
        else:
            body = '\n<p class="empty">ไม่มีข่าวในเดือนนี้</p>\n'
        main = f"""
<div class="mod_article first last block" id="article-22">

<!-- indexer::stop -->
<div class="mod_newsarchive block">
<h1>คลังข่าว {label}</h1>
{body}
</div>
<!-- indexer::continue -->

</div>
"""
        return self.shell(
            f"คลังข่าว {label}",
            main,
            here=month_path(y, m),
            section=list_path(),
            description=f"ข่าวประชาสัมพันธ์ {SITE} {label}",
            right=self.news_menu((y, m)) + "\n" + self.latest_box(),
            crumbs=((list_path(), "ข่าวประชาสัมพันธ์"),),
            body_class="news-archive",
        )

    # -- the news reader ----------------------------------------------------------------------------
    @staticmethod
    def figure(stem: str, caption: str, when: datetime, group: str) -> str:
        return f"""<figure class="image_container" style="margin-bottom:12px;">
  <a href="{rel(photo_file(stem, when))}" data-lightbox="{group}" title="{attr(caption)}">
  <img src="{rel(photo_asset(stem, "full"))}" width="720" height="480" alt="">
  </a>
  <figcaption class="caption">{esc(caption)}</figcaption>
</figure>"""

    def block(self, n: News, b: tuple) -> str:
        kind = b[0]
        if kind == "text":
            return text_element(b[1], b[2])
        if kind == "image":
            return f'<div class="ce_image block">\n{self.figure(b[1], b[2], n.dt, f"lb{n.id}")}\n</div>\n'
        if kind == "list":
            items = "\n".join(f"<li>{inline(x)}</li>" for x in b[1])
            return f'<div class="ce_list block">\n<ul>\n{items}\n</ul>\n</div>\n'
        if kind == "gallery":
            cells = []
            for i, stem in enumerate(b[1]):
                cls = "col_first " if i == 0 else ("col_last " if i == len(b[1]) - 1 else "")
                cells.append(
                    f'<li class="row_0 row_first row_last {"even" if i % 2 == 0 else "odd"} {cls}col_{i}"><figure class="image_container"><a href="{rel(photo_file(stem, n.dt))}" data-lightbox="lb{n.id}g"><img src="{rel(photo_asset(stem, "gal"))}" width="180" height="120" alt=""></a></figure></li>'
                )
            return f'<div class="ce_gallery block">\n<ul class="cols_4">\n{chr(10).join(cells)}\n</ul>\n</div>\n'
        raise ValueError(kind)

    def comments(self, n: News, here: str) -> str:
        if not n.allow_comments:
            return ""
        rows = []
        for i, c in enumerate(n.comments):
            cdt = _dt(c.when)
            rows.append(f"""<div class="comment_default {"odd" if i % 2 else "even"}{" first" if i == 0 else ""}" id="c{n.id * 10 + i}">
  <p class="info">ความคิดเห็นโดย {esc(c.name)} | <time datetime="{cdt.isoformat()}" class="date">{dmy(cdt)} {cdt:%H:%M}</time></p>
  <div class="comment">
    <p>{esc(c.text)}</p>
  </div>
</div>""")
        listing = "\n".join(rows) if rows else '<p class="empty">ยังไม่มีความคิดเห็น</p>'
        return f"""
<div class="ce_comments block">
<h2>ความคิดเห็น</h2>
{listing}

<!-- indexer::stop -->
<div class="form">
<h3>แสดงความคิดเห็น</h3>
<form action="{rel(here)}" id="com_tl_news_{n.id}" method="post">
  <div class="formbody">
    <input type="hidden" name="FORM_SUBMIT" value="com_tl_news_{n.id}">
    <input type="hidden" name="REQUEST_TOKEN" value="{REQUEST_TOKEN}">
    <div class="widget widget-text mandatory">
      <label for="ctrl_name" class="mandatory"><span class="invisible">ช่องที่ต้องกรอก </span>ชื่อ<span class="mandatory">*</span></label>
      <input type="text" name="name" id="ctrl_name" class="text mandatory" value="" required maxlength="64">
    </div>
    <div class="widget widget-text mandatory">
      <label for="ctrl_email" class="mandatory"><span class="invisible">ช่องที่ต้องกรอก </span>อีเมล (ไม่แสดงบนเว็บไซต์)<span class="mandatory">*</span></label>
      <input type="email" name="email" id="ctrl_email" class="text mandatory" value="" required maxlength="255">
    </div>
    <div class="widget widget-textarea mandatory">
      <label for="ctrl_comment" class="mandatory"><span class="invisible">ช่องที่ต้องกรอก </span>ความคิดเห็น<span class="mandatory">*</span></label>
      <textarea name="comment" id="ctrl_comment" class="textarea mandatory" rows="4" cols="40" required></textarea>
    </div>
    <div class="widget widget-captcha mandatory">
      <label for="ctrl_captcha">คำถามป้องกันสแปม<span class="mandatory">*</span></label>
      <input type="text" name="captcha_{n.id}" id="ctrl_captcha" class="captcha mandatory" value="" aria-describedby="captcha_text_{n.id}" maxlength="2" required>
      <span id="captcha_text_{n.id}" class="captcha_text">กรุณาคำนวณ 3 บวก 4</span>
    </div>
    <div class="widget widget-checkbox">
      <input type="checkbox" name="notify" id="ctrl_notify" class="checkbox" value="1"> <label for="ctrl_notify">แจ้งเตือนทางอีเมลเมื่อมีความคิดเห็นใหม่</label>
    </div>
    <div class="widget widget-submit">
      <button type="submit" class="submit">ส่งความคิดเห็น</button>
    </div>
  </div>
</form>
</div>
<!-- indexer::continue -->
</div>
"""

    def reader(self, n: News, here: str) -> str:
        if n.blocks:
            body = "\n".join(self.block(n, b) for b in n.blocks)
        else:
            teaser = "\n".join(f"<p>{inline(p)}</p>" for p in n.teaser)
            fig = f"\n{self.figure(n.image[0], n.image[1], n.dt, f'lb{n.id}')}" if n.image else ""
            body = f'<div class="ce_text block">\n{teaser}{fig}\n</div>\n'
        enclosure = ""
        if n.enclosure:
            name = n.enclosure[0]
            enclosure = f"""
<ul class="enclosure">
  <li class="download-element ext-pdf">
    <a href="{rel(enclosure_path(name, n.dt))}" title="ดาวน์โหลดไฟล์ {attr(name)}" type="application/pdf">{esc(name)} <span class="size">(184.6 KiB)</span></a>
  </li>
</ul>
"""
        url = self.u(news_path(n))
        share_q = quote(url, safe="")
        main = f"""
<div class="mod_article first last block" id="article-{PDF_ARTICLE}">

<div class="mod_newsreader block">

<div class="layout_full block" itemscope itemtype="http://schema.org/Article">

  <h1 itemprop="name">{esc(n.title)}</h1>

      <p class="info"><time datetime="{n.dt.isoformat()}" itemprop="datePublished">{thai_full(n.dt)} เวลา {n.dt:%H:%M} น.</time> โดย <span itemprop="author">{esc(n.author)}</span> {self.comment_count(n)}</p>

{body}
{enclosure}
</div>

<!-- indexer::stop -->
<p class="back"><a href="javascript:history.go(-1)" title="กลับ">กลับ</a></p>
<!-- indexer::continue -->

{self.comments(n, here)}
</div>

<!-- indexer::stop -->
<div class="syndication">
  <span class="share-label">แชร์ข่าวนี้:</span>
  <a href="{rel(here.split("?")[0])}?pdf={PDF_ARTICLE}" class="pdf" rel="nofollow" title="บันทึกบทความเป็น PDF"><img src="assets/contao/images/pdf.svg" width="16" height="16" alt=""></a>
  <a href="#" class="print" onclick="window.print();return false" title="พิมพ์หน้านี้"><img src="assets/contao/images/print.svg" width="16" height="16" alt=""></a>
  <a href="https://www.facebook.com/sharer/sharer.php?u={share_q}" class="facebook" rel="nofollow" title="แชร์ไปยัง Facebook" onclick="window.open(this.href,'','width=640,height=380,modal=yes,left=100,top=50,location=no,menubar=no,resizable=yes,scrollbars=yes,status=no,toolbar=no');return false"><img src="assets/contao/images/facebook.svg" width="16" height="16" alt=""></a>
  <a href="https://twitter.com/intent/tweet?url={share_q}&amp;text={quote(n.title, safe="")}" class="twitter" rel="nofollow" title="แชร์ไปยัง Twitter" onclick="window.open(this.href,'','width=640,height=380');return false"><img src="assets/contao/images/twitter.svg" width="16" height="16" alt=""></a>
  <a href="https://social-plugins.line.me/lineit/share?url={share_q}" class="line" rel="nofollow" title="แชร์ไปยัง LINE" target="_blank">LINE</a>
</div>
<!-- indexer::continue -->

</div>
"""
        description = plain(n.teaser[0])[:160]
        return self.shell(
            n.title,
            main,
            here=here,
            section=list_path(),
            description=description,
            right=self.news_menu() + "\n" + self.latest_box(skip=n.id),
            canonical=url,
            crumbs=((list_path(), "ข่าวประชาสัมพันธ์"),),
            body_class="news-reader",
        )

    # -- calendar (module 18), mini calendar (module 17), event list (module 19) ---------------------
    @staticmethod
    def calendar_table(y: int, m: int, nav_base: str, mini: bool = False) -> str:
        py, pm = shift_month(y, m, -1)
        ny, nm = shift_month(y, m, 1)
        sep = "&amp;" if "?" in rel(nav_base) else "?"
        nav = "./" if nav_base == "/" else rel(nav_base)
        prev_href = f"{nav}{sep}month={py}{pm:02d}"
        next_href = f"{nav}{sep}month={ny}{nm:02d}"
        heads = "".join(
            f'<th class="label{" col_first" if i == 0 else ""}{" col_last" if i == 6 else ""}">{d[:2] if mini else d}</th>'
            for i, d in enumerate(WEEKDAYS)
        )
        first = date(y, m, 1)
        days = monthrange(y, m)[1]
        cells = ['<td class="days empty">&nbsp;</td>'] * first.weekday()
        for day in range(1, days + 1):
            d = date(y, m, day)
            evs = [e for e in EVENTS if d in event_dates(e)]
            cls = "days active" + (" today" if d == TODAY else "") + (" weekend" if d.weekday() >= 5 else "")
            if evs:
                header = f'<div class="header"><a href="{rel(day_path(d))}" title="{thai_full(d)}">{day}</a></div>'
                if not mini:
                    header += "".join(
                        f'<div class="event cal_1 {"upcoming" if date.fromisoformat(e.start) >= TODAY else "bygone"}"><a href="{rel(event_path(e))}" title="{attr(e.title)} ({event_when(e)})">{esc(e.title)}</a></div>'
                        for e in evs
                    )
            else:
                header = f'<div class="header">{day}</div>'
            cells.append(f'<td class="{cls}">{header}</td>')
        while len(cells) % 7:
            cells.append('<td class="days empty">&nbsp;</td>')
        weeks = []
        for w in range(len(cells) // 7):
            row = "".join(cells[w * 7 : w * 7 + 7])
            weeks.append(
                f'<tr class="week_{w}{" first" if w == 0 else ""}{" last" if w == len(cells) // 7 - 1 else ""}">{row}</tr>'
            )
        cls = "mod_calendar mini-calendar block" if mini else "mod_calendar block"
        title = "<h3>ปฏิทินกิจกรรม</h3>\n" if mini else ""
        return f"""<!-- indexer::stop -->
<div class="{cls}">
{title}<table class="{"minicalendar" if mini else "calendar"}">
<thead>
  <tr>
    <th class="head previous"><a href="{prev_href}" title="{month_label(py, pm)}">&lt;{"" if mini else " " + MONTHS[pm - 1]}</a></th>
    <th colspan="5" class="head current">{month_label(y, m)}</th>
    <th class="head next"><a href="{next_href}" title="{month_label(ny, nm)}">{"" if mini else MONTHS[nm - 1] + " "}&gt;</a></th>
  </tr>
  <tr>{heads}</tr>
</thead>
<tbody>
{chr(10).join(weeks)}
</tbody>
</table>
</div>
<!-- indexer::continue -->"""

    @staticmethod
    def event_list(events: list[Event], empty: str) -> str:
        if not events:
            return f'<div class="mod_eventlist block">\n<p class="empty">{empty}</p>\n</div>'
        rows = []
        for i, e in enumerate(events):
            start = date.fromisoformat(e.start)
            state = "upcoming" if start >= TODAY else "bygone"
            t0 = e.time[0] if e.time else "00:00"
            rows.append(f"""<div class="header{" first" if i == 0 else ""}"><span class="day">วัน{WEEKDAYS[start.weekday()]}</span> <span class="date">{dmy(start)}</span></div>
<div class="event layout_list {state} cal_1 {"even" if i % 2 == 0 else "odd"}" itemscope itemtype="http://schema.org/Event">
  <p class="date"><time datetime="{e.start}T{t0}:00+07:00" itemprop="startDate">{event_when(e)}</time></p>
  <h2 itemprop="name"><a href="{rel(event_path(e))}" title="{attr(e.title)} ({event_when(e)})" itemprop="url">{esc(e.title)}</a></h2>
  <p class="location" itemprop="location">{esc(e.location)}</p>
  <div class="ce_text block"><p>{esc(e.text[0])}</p></div>
</div>""")
        return '<div class="mod_eventlist block">\n' + "\n".join(rows) + "\n</div>"

    def upcoming_box(self) -> str:
        rows = [
            f'<li><span class="date">{event_when(e)}</span><br><a href="{rel(event_path(e))}">{esc(e.title)}</a></li>'
            for e in EVENTS
            if date.fromisoformat(e.end or e.start) >= TODAY
        ][:4]
        return (
            '<div class="mod_eventlist upcoming-events block">\n<h3>กิจกรรมที่จะมาถึง</h3>\n<ul>\n'
            + "\n".join(rows)
            + "\n</ul>\n</div>"
        )

    def events_page(self, y: int, m: int, here: str, day: date | None = None) -> str:
        if day is not None:
            events = [e for e in EVENTS if day in event_dates(e)]
            heading = f"กิจกรรม{thai_full(day)}"
            empty = "ไม่มีกิจกรรมในวันนี้"
        elif here == f"/{EVENT_PAGE}.html":
            events = [e for e in EVENTS if e.start[:4] == str(y)]
            heading = f"ปฏิทินกิจกรรม ปี {y + 543}"
            empty = "ยังไม่มีกิจกรรม"
        else:
            events = [e for e in EVENTS if any((d.year, d.month) == (y, m) for d in event_dates(e))]
            heading = f"กิจกรรมเดือน{month_label(y, m)}"
            empty = "ไม่มีกิจกรรมในเดือนนี้"
        main = f"""
<div class="mod_article first last block" id="article-31">

<div class="ce_text block">
<h1>{esc(heading)}</h1>
</div>

{self.calendar_table(y, m, f"/{EVENT_PAGE}.html")}

{self.event_list(events, empty)}

</div>
"""
        return self.shell(
            heading,
            main,
            here=here,
            section=f"/{EVENT_PAGE}.html",
            description=f"ปฏิทินกิจกรรม {SITE}",
            right=self.upcoming_box(),
            crumbs=((f"/{EVENT_PAGE}.html", "ปฏิทินกิจกรรม"),),
            body_class="events",
            robots="index,follow" if here == f"/{EVENT_PAGE}.html" else "noindex,follow",
        )

    def event_reader(self, e: Event) -> str:
        start = date.fromisoformat(e.start)
        state = "upcoming" if start >= TODAY else "bygone"
        t0 = e.time[0] if e.time else "00:00"
        text = "\n".join(f"<p>{esc(p)}</p>" for p in e.text)
        main = f"""
<div class="mod_article first last block" id="article-33">

<div class="mod_eventreader block">

<div class="event layout_full block {state}" itemscope itemtype="http://schema.org/Event">

  <h1 itemprop="name">{esc(e.title)}</h1>

  <p class="info"><time datetime="{e.start}T{t0}:00+07:00" itemprop="startDate" class="date">{event_when(e)}</time></p>

  <p class="location">สถานที่: <span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name">{esc(e.location)}</span></span></p>

  <div class="ce_text block">
  {text}
  </div>

</div>

<!-- indexer::stop -->
<p class="back"><a href="javascript:history.go(-1)" title="กลับ">กลับ</a></p>
<!-- indexer::continue -->

</div>

</div>
"""
        return self.shell(
            e.title,
            main,
            here=event_path(e),
            section=f"/{EVENT_PAGE}.html",
            description=e.text[0][:160],
            right=self.upcoming_box(),
            canonical=self.u(event_path(e)),
            crumbs=((f"/{EVENT_PAGE}.html", "ปฏิทินกิจกรรม"),),
            body_class="event-reader",
        )

    # -- search (module 21) -------------------------------------------------------------------------
    def search_page(self, words: str, page: int) -> str:
        terms = words.split()
        hits = []
        for n in NEWEST:
            text = " ".join(
                [n.title, *n.teaser, *(plain(p) for b in n.blocks if b[0] in ("text", "list") for p in b[-1])]
            )
            if terms and all(t.lower() in text.lower() for t in terms):
                where = text.lower().find(terms[0].lower())
                hits.append((n, text[max(0, where - 60) : where + 120]))
        total = len(hits)
        shown = hits[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]
        rows = []
        for i, (n, context) in enumerate(shown):
            ctx = esc(context)
            for t in terms:
                ctx = ctx.replace(esc(t), f'<mark class="highlight">{esc(t)}</mark>')
            rows.append(f"""<div class="{"first " if i == 0 else ""}{"even" if i % 2 == 0 else "odd"}">
  <h3><a href="{rel(news_path(n))}" title="{attr(n.title)}">{esc(n.title)}</a> <span class="relevance">[ความเกี่ยวข้อง {100 - i * 7:.2f} %]</span></h3>
  <p class="context">…{ctx}…</p>
  <p class="url">{esc(self.u(news_path(n)))}<span class="filesize"> - {24 + n.id % 9}.{n.id % 10} KiB</span></p>
</div>""")
        if total:
            first = (page - 1) * SEARCH_PER_PAGE + 1
            header = f'<p class="header">ผลการค้นหา {min(first, total)} - {min(page * SEARCH_PER_PAGE, total)} จาก {total} สำหรับ <strong>{esc(words)}</strong></p>'
        else:
            header = f'<p class="header">ไม่พบผลการค้นหาสำหรับ <strong>{esc(words)}</strong></p>'
        pages = max(1, -(-total // SEARCH_PER_PAGE))
        pager = self.pagination(search_path(words), "page", page, pages) if pages > 1 or page > 1 else ""
        related = [w for w in POPULAR if w not in terms][:6]
        related_html = " | ".join(
            f'<a href="{attr(rel(search_path(words + " " + w)))}">{esc(words)} {esc(w)}</a>' for w in related
        )
        main = f"""
<div class="mod_article first last block" id="article-35">
<div class="mod_search block">
<h1>ค้นหา</h1>
{header}
<p class="duration">ใช้เวลาค้นหา 0.0{len(terms) + 1}4 วินาที</p>
{chr(10).join(rows)}
{pager}
<div class="related-keywords">
<h3>คำค้นที่เกี่ยวข้อง</h3>
<p>{related_html}</p>
</div>
</div>
</div>
"""
        return self.shell(
            f"ค้นหา: {words}",
            main,
            here=search_path(words, page),
            section="",
            description=f"ผลการค้นหา {words}",
            crumbs=((f"/{SEARCH_PAGE}.html", "ค้นหา"),),
            body_class="search",
            robots="noindex,nofollow",
        )

    # -- home and standing pages --------------------------------------------------------------------
    def home(self, ym: tuple[int, int], page: int) -> str:
        query = [] if ym == (TODAY.year, TODAY.month) else [f"month={ym[0]}{ym[1]:02d}"]
        base_path = "/" + ("?" + "&".join(query) if query else "")
        here = "/" + ("?" + "&".join(query + ([f"page_n15={page}"] if page > 1 else [])) if query or page > 1 else "")
        latest = NEWEST[:HOME_COUNT]
        pages = -(-len(latest) // HOME_PER_PAGE)
        items = latest[(page - 1) * HOME_PER_PAGE : page * HOME_PER_PAGE]
        body = "".join(self.latest_item(n, i, len(items)) for i, n in enumerate(items))
        main = f"""
<div class="mod_article first block" id="article-1">

<div class="ce_text welcome block">
<h1>ยินดีต้อนรับสู่เว็บไซต์{SITE}</h1>
<figure class="image_container float_right" style="margin-left:15px;">
<img src="{rel(photo_asset("mayor", "home"))}" width="160" height="200" alt="">
<figcaption class="caption">{MAYOR}<br>นายกเทศมนตรีเมืองศรีสำราญ</figcaption>
</figure>
<p style="text-align: justify;">{SITE} มุ่งมั่นพัฒนาเมืองให้น่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี บริการด้วยความโปร่งใสและรวดเร็ว&nbsp; ท่านสามารถติดตามข่าวสาร กิจกรรม และประกาศต่าง ๆ ของเทศบาลได้ทางเว็บไซต์นี้และเพจเฟซบุ๊กของเทศบาล</p>
</div>

</div>

<div class="mod_article last block" id="article-2">

<!-- indexer::stop -->
<div class="mod_newslist home-news block">
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>
{body}
{self.pagination(base_path, "page_n15", page, pages)}
<p class="all-news"><a href="{rel(list_path())}">ดูข่าวทั้งหมด &raquo;</a></p>
</div>
<!-- indexer::continue -->

<div class="ce_text banners block">
<p><a href="https://www.dla.go.th/" target="_blank" rel="noopener"><img src="files/theme/img/banner-dla.jpg" width="260" height="80" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a>
<a href="https://www.gprocurement.go.th/" target="_blank" rel="noopener"><img src="files/theme/img/banner-egp.jpg" width="260" height="80" alt="ระบบจัดซื้อจัดจ้างภาครัฐ"></a>
<a href="https://itas.nacc.go.th/" target="_blank" rel="noopener"><img src="files/theme/img/banner-ita.jpg" width="260" height="80" alt="ITA"></a></p>
</div>

</div>
"""
        return self.shell(
            "หน้าแรก",
            main,
            here=here,
            description=f"เว็บไซต์ทางการของ{SITE} {ADDRESS}",
            right=self.calendar_table(ym[0], ym[1], "/", mini=True) + "\n" + self.upcoming_box(),
            body_class="home",
        )

    STANDING: dict[str, tuple[str, str]] = {
        "ประวัติ": (
            "ประวัติเทศบาล",
            """<div class="ce_text block">
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;เทศบาลเมืองศรีสำราญ เดิมเป็นสุขาภิบาลศรีสำราญ จัดตั้งขึ้นเมื่อปี พ.ศ. 2499 ได้รับการยกฐานะเป็นเทศบาลตำบลศรีสำราญตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล พ.ศ. 2542 และยกฐานะเป็นเทศบาลเมืองศรีสำราญเมื่อวันที่ 9 มีนาคม 2552</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;มีพื้นที่ 12.6 ตารางกิโลเมตร แบ่งเป็น 14 ชุมชน ประชากรตามทะเบียนราษฎร 21,384 คน (ข้อมูล ณ เดือนธันวาคม 2566) ตั้งอยู่ริมแม่น้ำท่าจีน ห่างจากตัวจังหวัดสุพรรณบุรีประมาณ 18 กิโลเมตร</p>
</div>""",
        ),
        "วิสัยทัศน์": (
            "วิสัยทัศน์และพันธกิจ",
            """<div class="ce_text block">
<h2>วิสัยทัศน์</h2>
<p style="text-align: center;"><strong>“ศรีสำราญเมืองน่าอยู่ เศรษฐกิจมั่นคง ชุมชนเข้มแข็ง บริหารโปร่งใส”</strong></p>
</div>
<div class="ce_list block">
<h2>พันธกิจ</h2>
<ol>
<li>พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐาน</li>
<li>ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และภูมิปัญญาท้องถิ่น</li>
<li>ส่งเสริมสุขภาพอนามัยและการจัดการสิ่งแวดล้อมที่ยั่งยืน</li>
<li>พัฒนาการบริหารจัดการตามหลักธรรมาภิบาล</li>
</ol>
</div>""",
        ),
        "ผู้บริหาร": (
            "คณะผู้บริหาร",
            f"""<div class="ce_image block">
<figure class="image_container">
<img src="files/theme/img/mayor.jpg" width="200" height="250" alt="">
<figcaption class="caption">{MAYOR} นายกเทศมนตรีเมืองศรีสำราญ</figcaption>
</figure>
</div>
<div class="ce_table block">
<table>
<tbody>
<tr class="row_0 row_first even"><td class="col_0 col_first">นายประยูร แก้วมณี</td><td class="col_1 col_last">รองนายกเทศมนตรี</td></tr>
<tr class="row_1 odd"><td class="col_0 col_first">นางสาวจันทร์เพ็ญ ศรีสุข</td><td class="col_1 col_last">รองนายกเทศมนตรี</td></tr>
<tr class="row_2 even"><td class="col_0 col_first">นายธนพล รุ่งเรือง</td><td class="col_1 col_last">เลขานุการนายกเทศมนตรี</td></tr>
<tr class="row_3 row_last odd"><td class="col_0 col_first">นายสุรศักดิ์ บุญมา</td><td class="col_1 col_last">ปลัดเทศบาล</td></tr>
</tbody>
</table>
</div>""",
        ),
        "ติดต่อ": (
            "ติดต่อเรา",
            f"""<div class="ce_text block">
<p><strong>{SITE}</strong><br>{ADDRESS}</p>
<p>โทรศัพท์ {PHONE} &nbsp;โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a><br>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>
</div>
<div class="ce_html block">
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3870.5!2d100.12!3d14.43" width="600" height="350" style="border:0;" allowfullscreen="" loading="lazy"></iframe>
</div>""",
        ),
    }

    def standing(self, alias: str) -> str:
        title, content = self.STANDING[alias]
        crumbs: tuple[tuple[str, str], ...] = ((f"/{alias}.html", title),)
        if alias != "ติดต่อ":
            crumbs = (("/เกี่ยวกับเทศบาล.html", "เกี่ยวกับเทศบาล"), *crumbs)
        main = f"""
<div class="mod_article first last block" id="article-{5 + list(self.STANDING).index(alias)}">

<h1 class="ce_headline first">{esc(title)}</h1>

{content}

</div>
"""
        return self.shell(
            title,
            main,
            here=f"/{alias}.html",
            section="/เกี่ยวกับเทศบาล.html" if alias != "ติดต่อ" else "",
            description=f"{title} {SITE}",
            right=self.latest_box(),
            crumbs=crumbs,
            body_class="content",
        )

    def not_found_page(self) -> str:
        main = """
<div class="mod_article first last block" id="article-40">
<div class="ce_text block">
<h1>ไม่พบหน้าที่ต้องการ</h1>
<p>ขออภัย ไม่พบหน้าที่ท่านต้องการ หน้านี้อาจถูกย้ายหรือลบไปแล้ว กรุณากลับไปที่<a href="./">หน้าแรก</a> หรือใช้ช่องค้นหาด้านขวา</p>
</div>
</div>
"""
        return self.shell(
            "ไม่พบหน้าที่ต้องการ", main, here="/", description="", body_class="error404", robots="noindex,nofollow"
        )

    def empty_search(self) -> str:
        main = """
<div class="mod_article first last block" id="article-35">
<div class="mod_search block">
<h1>ค้นหา</h1>
<p>กรุณาพิมพ์คำค้นในช่องค้นหา</p>
</div>
</div>
"""
        return self.shell("ค้นหา", main, here=f"/{SEARCH_PAGE}.html", body_class="search", robots="noindex,nofollow")

    # -- XML ----------------------------------------------------------------------------------------
    def sitemap(self) -> str:
        paths = ["/", *(f"/{a}.html" for a, _ in ABOUT), "/ติดต่อ.html", list_path(), f"/{EVENT_PAGE}.html"]
        paths += [news_path(n) for n in NEWEST] + [event_path(e) for e in EVENTS]
        locs = "\n".join(f"  <url>\n    <loc>{self.u(p)}</loc>\n  </url>" for p in paths)
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{locs}\n</urlset>\n'

    def feed(self) -> str:
        items = []
        for n in NEWEST[:FEED_COUNT]:
            teaser = "".join(f"<p>{inline(p)}</p>" for p in n.teaser)
            items.append(f"""<item>
<title>{esc(n.title)}</title>
<description><![CDATA[{teaser}]]></description>
<link>{self.u(news_path(n))}</link>
<pubDate>{n.dt.strftime("%a, %d %b %Y %H:%M:%S +0700")}</pubDate>
<guid>{self.u(news_path(n))}</guid>
</item>""")
        built = NEWEST[0].dt.strftime("%a, %d %b %Y %H:%M:%S +0700")
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>ข่าวประชาสัมพันธ์ {SITE}</title>
<description>ข่าวสาร กิจกรรม และประกาศของ{SITE}</description>
<link>{self.base}/</link>
<language>th</language>
<pubDate>{built}</pubDate>
<generator>Contao Open Source CMS</generator>
<atom:link href="{self.base}/share/news.xml" rel="self" type="application/rss+xml" />
{chr(10).join(items)}
</channel>
</rss>
"""

    # -- registering --------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        for n in NEWS:
            forms = [news_path(n), f"{news_path(n)}?pdf={PDF_ARTICLE}"]
            if not n.numeric:
                forms += [id_path(n), f"{id_path(n)}?pdf={PDF_ARTICLE}"]
            for form in forms:
                site.add(form, self.html(self.reader(n, form)))
            if n.blocks:
                paragraphs = [plain(p) for b in n.blocks if b[0] in ("text", "list") for p in b[-1]]
                captions = [b[2] for b in n.blocks if b[0] == "image"]
            else:
                paragraphs = [plain(p) for p in n.teaser]
                captions = [n.image[1]] if n.image else []
            site.articles.append(
                FixtureArticle(
                    url=self.u(news_path(n)),
                    aliases=tuple(self.u(f) for f in forms[1:]),
                    title=n.title,
                    paragraphs=tuple(paragraphs),
                    published=n.dt.date().isoformat(),
                    author=n.author,
                    captions=tuple(captions),
                )
            )
            stems = [b[1] for b in n.blocks if b[0] == "image"] + [
                s for b in n.blocks if b[0] == "gallery" for s in b[1]
            ]
            if n.image:
                stems.append(n.image[0])
                add_jpeg(site, photo_asset(n.image[0], "thumb"), 240, 160, n.dt)
            for stem in stems:
                add_jpeg(site, photo_file(stem, n.dt), 1200, 800, n.dt)
                add_jpeg(site, photo_asset(stem, "full"), 720, 480, n.dt)
                add_jpeg(site, photo_asset(stem, "gal"), 180, 120, n.dt)
            if n.enclosure:
                add_pdf(
                    site, enclosure_path(n.enclosure[0], n.dt), n.enclosure[1], ["Si Samran Town Municipality"], n.dt
                )
        add_pdf(
            site,
            f"{DOWNLOADS}/แบบคำขอเบี้ยยังชีพผู้สูงอายุ.pdf",
            "Elderly allowance registration form",
            ["Si Samran Town Municipality"],
            BY_ID[85].dt,
        )
        # listings
        for p in range(1, HOME_COUNT // HOME_PER_PAGE + 1):
            path = "/" + (f"?page_n15={p}" if p > 1 else "")
            self.page(path, self.home((TODAY.year, TODAY.month), p))
        for p in range(1, LAST_PAGE + 1):
            self.page(list_path(p), self.list_page(p))
        for y, m, _count in news_months():
            self.page(month_path(y, m), self.month_page(y, m))
        # standing pages, the forward page, events, search
        for alias in self.STANDING:
            self.page(f"/{alias}.html", self.standing(alias))
        site.add(
            "/เกี่ยวกับเทศบาล.html",
            Response(303, (("Content-Type", "text/html; charset=UTF-8"), ("Location", self.u("/ประวัติ.html")))),
        )
        self.page(f"/{EVENT_PAGE}.html", self.events_page(TODAY.year, TODAY.month, f"/{EVENT_PAGE}.html"))
        for e in EVENTS:
            self.page(event_path(e), self.event_reader(e))
        self.page(f"/{SEARCH_PAGE}.html", self.empty_search())
        # one page of each trap (answered by ``dynamic``)
        for path in (cal_path(2024, 4), search_path("ภาษี"), list_path(LAST_PAGE + 1)):
            self.non_articles.append(self.u(path))
        # feeds, sitemap, robots, the back end login, assets
        xml = (("Content-Type", "application/xml; charset=UTF-8"),)
        site.add("/sitemap.xml", Response(200, xml, self.sitemap().encode()))
        site.add(
            "/share/news.xml",
            Response(200, (("Content-Type", "application/rss+xml; charset=UTF-8"),), self.feed().encode()),
        )
        robots = f"User-agent: *\nDisallow: /contao/\n\nSitemap: {self.base}/sitemap.xml\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain; charset=UTF-8"),), robots.encode()))
        site.disallowed_paths = ["/contao/"]
        login = (
            '<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="utf-8">\n<title>Contao Open Source CMS</title>\n'
            '<meta name="robots" content="noindex,nofollow">\n</head>\n<body class="be_login">\n<div id="container">\n<main id="main">\n'
            f'<form class="tl_login_form" method="post">\n<input type="hidden" name="FORM_SUBMIT" value="tl_login">\n<input type="hidden" name="REQUEST_TOKEN" value="{REQUEST_TOKEN}">\n'
            '<h1>เข้าสู่ระบบ</h1>\n<input type="text" name="username" id="username" class="tl_text" value="" autocapitalize="off" placeholder="ชื่อผู้ใช้" required>\n'
            '<input type="password" name="password" id="password" class="tl_text" value="" placeholder="รหัสผ่าน" required>\n'
            '<button type="submit" name="login" id="login" class="tl_submit">เข้าสู่ระบบ</button>\n</form>\n</main>\n</div>\n</body>\n</html>\n'
        )
        site.add("/contao/login", self.html(login))
        add_text(
            site,
            "/" + CSS,
            "/* layout.css, responsive.css, colorbox.css, srisamran.css */\n#wrapper{max-width:1180px;margin:0 auto}\n.invisible{position:absolute;left:-9999px}\n",
            "text/css",
        )
        add_text(
            site,
            "/" + JS,
            "/*! jQuery v3.6.0 | colorbox 1.6.4 */\nwindow.jQuery=window.jQuery||function(f){};\n",
            "application/javascript",
        )
        for icon in ("pdf", "print", "facebook", "twitter"):
            add_text(
                site,
                f"/assets/contao/images/{icon}.svg",
                '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16"/></svg>\n',
                "image/svg+xml",
            )
        for path, w, h in (
            ("/files/theme/img/logo-srisamran.jpg", 520, 110),
            ("/files/theme/img/mayor.jpg", 200, 250),
            ("/files/theme/img/banner-dla.jpg", 260, 80),
            ("/files/theme/img/banner-egp.jpg", 260, 80),
            ("/files/theme/img/banner-ita.jpg", 260, 80),
            (photo_asset("mayor", "home"), 160, 200),
        ):
            add_jpeg(site, path, w, h, LAUNCHED)
        site.add("/files/theme/img/favicon.gif", Response(200, (("Content-Type", "image/gif"),), GIF_1X1))
        site.not_found = self.html(self.not_found_page(), status=404)
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SEARCH, TRAP_PAGER]
        site.dynamic = self.dynamic

    # -- answers made on request --------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        if path == "/":
            ym = parse_month(q.get("month", f"{TODAY.year}{TODAY.month:02d}"))
            page = parse_page(q.get("page_n15", "1"))
            if ym is None or page is None or page > HOME_COUNT // HOME_PER_PAGE:
                return None
            return self.html(self.home(ym, page))
        if path == f"/{EVENT_PAGE}.html":
            if "day" in q:
                d = parse_day(q["day"])
                return self.html(self.events_page(d.year, d.month, day_path(d), day=d)) if d else None
            ym = parse_month(q.get("month", ""))
            return self.html(self.events_page(ym[0], ym[1], cal_path(*ym))) if ym else None
        if path == f"/{SEARCH_PAGE}.html":
            words = " ".join(q.get("keywords", "").split())
            page = parse_page(q.get("page", "1"))
            if page is None:
                return None
            return self.html(self.search_page(words, page) if words else self.empty_search())
        if path == f"/{NEWS_PAGE}.html":
            if "page_n12" in q:
                page = parse_page(q["page_n12"])
                return self.html(self.list_page(page)) if page else None
            if "month" in q:
                ym = parse_month(q["month"])
                return self.html(self.month_page(*ym)) if ym else None
        return None


def parse_month(value: str) -> tuple[int, int] | None:
    if not re.fullmatch(r"\d{6}", value) or not 1 <= int(value[4:]) <= 12 or int(value[:4]) < 1:
        return None
    return int(value[:4]), int(value[4:])


def parse_day(value: str) -> date | None:
    if not re.fullmatch(r"\d{8}", value):
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return None


def parse_page(value: str) -> int | None:
    return int(value) if value.isdigit() and 0 < int(value) < 10**6 else None


def _either(name: str) -> str:
    """A Thai page alias as raw text or percent-encoded (either hex case, with the (?i) flag)."""
    return f"(?:{name}|{quote(name)})"


TRAP_CALENDAR = rf"(?i)^/(?:{_either(EVENT_PAGE)}\.html)?\?(?:.*&)?(?:month|day)="
TRAP_SEARCH = rf"(?i)^/{_either(SEARCH_PAGE)}\.html\?(?:.*&)?keywords="
# pages 1..LAST_PAGE (5) are real; 6 and up are the endless empty ones
TRAP_PAGER = rf"(?i)^/{_either(NEWS_PAGE)}\.html\?(?:.*&)?page_n12=0*(?:[6-9]|[1-9]\d+)(?:&|$)"


def build(base_url: str) -> FixtureSite:
    assert LAST_PAGE == 5, "TRAP_PAGER assumes 5 real list pages"
    site = FixtureSite(FAMILY, base_url, server_software="Apache/2.4.57 (Debian)")
    _Contao(site).register()
    return site

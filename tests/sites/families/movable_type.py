# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""movable_type: the news blog of an อบต. on Movable Type 4/5 (static publishing), windows-874.

องค์การบริหารส่วนตำบลดอนหญ้านาง, อำเภอโพนทองใต้, จังหวัดมหาสารคาม (fictional).  TODAY is 2024-11-28.
A provincial contractor set the site up in 2009 on Movable Type 4.23 and upgraded it to MT 5.2 in 2012;
nobody has touched the templates since.  The parent web site (``/``, ``/about.html``, ``/executive.html``,
``/contact.html``, ``/ita.html``) is hand-made HTML (its latest-5 list comes from an MT index template
through SSI); the blog lives in ``/news/`` (Classic Blog theme,
Thai labels typed over the English ones where the webmaster got to them).  All text is written for
this fixture.

Encoding: MT's ``PublishCharset`` is ``windows-874``: every page, feed and CGI answer is cp874 bytes;
static files are served as ``text/html`` WITHOUT a charset (the charset is only in ``<meta
http-equiv>``), the CGI scripts send ``text/html; charset=windows-874``; the feeds declare
``encoding="windows-874"`` in the XML declaration only.  Links made by MT's ``encode_url`` in a query
(tag and search links) are percent-encoded cp874 bytes (``?tag=%C0%D2%C9%D5``); the Thai category
basenames in paths are percent-encoded UTF-8 (``cat_%E0%B8%9B...html``; upper-case hex from the
templates, lower-case hex on ``archives.html``, which the webmaster re-typed by hand).

URL shapes
* entries: ``/news/archives/000123.html`` (the entry archive mapping ``archives/%e%x`` set in mid 2010);
  the five 2009-2010 entries published under MT 4.2's default ``%y/%m/%-f`` kept their date-based
  paths (``/news/2010/01/post-12.html``: Thai titles give MT the basename ``post``, then ``post_12``,
  written with dashes; one typed basename ``songkran-2553``).  Three of them had also been published
  once at ``archives/0000NN.html``; those paths now 301 to the date-based ones (``.htaccess``) and are
  still linked from the parent site and from one entry body: gold aliases.
* monthly archives: ``/news/2009/05/`` (old mapping, ``index.html`` files) and
  ``/news/archives/2010_11.html``; category archives ``/news/archives/cat_<basename>.html`` paged by
  the PageBute plugin as ``cat_<basename>_2.html`` (10 a page); ``/news/index.html`` (= ``/news/``)
  shows the latest 10 entries; ``/news/archives.html`` links every month and category.
* listings (index, months, categories) carry each entry's WHOLE main text (MT's entry summary shows
  ``EntryBody``), captions and footer; only the extended text (``EntryMore``) is left for the entry page
  behind "อ่านต่อ ...".  A month of one entry is a page with that entry's text and a different title
  (``ข่าวประจำเดือน ...``).
* feeds: ``/news/atom.xml`` and ``/news/index.xml`` (latest 15, full bodies); no sitemap.

Entry page: ``h2.asset-name`` title, byline ``โดย <name> เมื่อ มีนาคม 15, 2567 10:30 AM`` (MT's
``%B %e, %Y %I:%M %p`` with Thai month names and a Buddhist-era year plugin, so days below 10 are
space-padded), the body, ``<div id="more">`` extended text, categories and tags, the footer ``Posted by
<name> at <time> | Comments (N) | TrackBacks (N)``, TrackBack URL ``/cgi-bin/mt/mt-tb.cgi/<id>`` (text and
an RDF comment, not a link), comments with the commenter's name and date, a reply link per comment
``/cgi-bin/mt/mt-comments.cgi?__mode=reply&entry_id=N&_reply=C`` (a form page: non-article), the
comment form posting to ``mt-comments.cgi``, and ``« <previous title> | หน้าหลัก | <next title> »``
(all entries chained both ways).  Sidebar on every blog page: search form, popular searches,
latest 5 entries, latest 5 comments (``000123.html#comment-45``), categories, a monthly archive
``<select>`` dropdown, a tag cloud, feed links.  Editors: ``Convert Line Breaks`` (2009-2011), the MT5
rich text editor (``&nbsp;`` indents, justified), and text pasted with ``<br />`` only (notices).

Traps (``trap_patterns``, MT's dynamic search script, answered by ``dynamic``)
* ``TRAP_SEARCH``: ``/cgi-bin/mt/mt-search.cgi?search=<words>&IncludeBlogs=1&limit=20[&offset=N]``:
  any query answers; every result page carries the "popular searches" refinements (``<words> <word>``
  for each popular word not yet in the query), so the queries grow without end; ``&offset=`` pages.
* ``TRAP_TAG``: ``/cgi-bin/mt/mt-search.cgi?tag=<tag>&blog_id=1``: tag searches linked from every entry
  and the tag cloud; each links every other tag and the popular searches.

Gold: 24 entries 2009-05-21 .. 2024-11-15.  Paragraphs: body and extended text (link text included),
not captions, comments or TrackBacks.  Author: the "Posted by" name.  Published: the local date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote, quote_plus, unquote_to_bytes, urlsplit

from ..media import GIF_1X1
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, http_date
from .common import add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "movable_type"
SITE = "องค์การบริหารส่วนตำบลดอนหญ้านาง"
SHORT = "อบต.ดอนหญ้านาง"
BLOG = "ข่าวสาร อบต.ดอนหญ้านาง"
BLOG_DESC = "ข่าวประชาสัมพันธ์ กิจกรรม ประกาศ และการจัดซื้อจัดจ้าง ขององค์การบริหารส่วนตำบลดอนหญ้านาง"
ADDRESS = "หมู่ที่ 1 ตำบลดอนหญ้านาง อำเภอโพนทองใต้ จังหวัดมหาสารคาม 44190"
PHONE = "0-4379-7215"
FAX = "0-4379-7216"
EMAIL = "donyanang_sao@hotmail.com"
MAYOR = "นายทองใบ ศรีดอน"
TODAY = date(2024, 11, 28)
MT_VERSION = "5.2.13"
ENCODING = "cp874"
CHARSET = "windows-874"
SITE_BUILT = datetime(2009, 5, 20, 9, 0, tzinfo=BANGKOK)
PER_PAGE = 10
INDEX_COUNT = 10
FEED_COUNT = 15
SEARCH_LIMIT = 20
CGI = "/cgi-bin/mt"
OLD_MAPPING_UNTIL = (2010, 6)  # months up to June 2010 were published with MT 4.2's date-based mapping
FB = "https://www.facebook.com/donyanang.sao"

CATS: dict[str, tuple[str, str, str]] = {
    # key: (label, basename, description)
    "pr": ("ประชาสัมพันธ์", "ประชาสัมพันธ์", "ข่าวประชาสัมพันธ์ทั่วไปของ อบต.ดอนหญ้านาง"),
    "act": ("กิจกรรม", "กิจกรรม", "ภาพและข่าวกิจกรรมของ อบต. และชุมชน"),
    "ann": ("ประกาศ", "ประกาศ", "ประกาศ อบต.ดอนหญ้านาง"),
    "proc": ("จัดซื้อจัดจ้าง", "procurement", "ประกาศสอบราคา ประกวดราคา และผลการจัดซื้อจัดจ้าง"),
}
POPULAR = ("ภาษี", "วันเด็ก", "ประกาศ", "โควิด", "ถนน", "รับสมัคร", "ดอนหญ้านาง", "ผู้สูงอายุ")
PR = "งานประชาสัมพันธ์"
PROC = "งานพัสดุ"
SUPAPORN = "สุภาพร ศรีสุข"


@dataclass(frozen=True)
class Comment:
    id: int
    name: str
    when: str  # 'YYYY-MM-DD HH:MM' Bangkok
    text: str
    url: str | None = None

    @property
    def dt(self) -> datetime:
        return _dt(self.when)


@dataclass(frozen=True)
class Ping:
    id: int
    blog: str
    title: str
    url: str
    excerpt: str
    when: str


@dataclass(frozen=True)
class Entry:
    id: int
    when: str  # 'YYYY-MM-DD HH:MM' Bangkok
    author: str
    cats: tuple[str, ...]  # primary first
    tags: tuple[str, ...]
    title: str
    body: tuple[str, ...]  # [[link text|href]] marks a link
    more: tuple[str, ...] = ()
    photos: tuple[tuple[str, str], ...] = ()  # (file stem, caption)
    comments: tuple[Comment, ...] = ()
    basename: str | None = None  # set: published under the old date-based mapping
    old_alias: bool = False  # also answers at archives/%e%x with a 301
    style: str = ""  # '' = by year; 'br' = pasted with <br /> only
    pings: tuple[Ping, ...] = ()

    @property
    def dt(self) -> datetime:
        return _dt(self.when)

    @property
    def path(self) -> str:
        if self.basename:
            return f"/news/{self.dt.year}/{self.dt.month:02d}/{self.basename}.html"
        return self.new_path

    @property
    def new_path(self) -> str:
        return f"/news/archives/{self.id:06d}.html"

    @property
    def editor(self) -> str:
        if self.style:
            return self.style
        return "convert" if self.dt.year <= 2011 else "rich"


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=BANGKOK)


C = Comment

ENTRIES: tuple[Entry, ...] = (
    Entry(
        14,
        "2009-05-21 10:30",
        "admin",
        ("pr",),
        ("เว็บไซต์",),
        "อบต.ดอนหญ้านาง เปิดบล็อกข่าวสารออนไลน์ให้ประชาชนติดตามได้ทุกวัน",
        (
            "องค์การบริหารส่วนตำบลดอนหญ้านาง ได้จัดทำเว็บบล็อกข่าวสารขึ้นเพื่อเป็นช่องทางประชาสัมพันธ์ข่าวสาร กิจกรรม และประกาศต่าง ๆ ของ อบต. ให้ประชาชนในตำบลและผู้สนใจได้รับทราบอย่างรวดเร็ว",
            "ประชาชนสามารถแสดงความคิดเห็นท้ายข่าวแต่ละเรื่องได้ โดยเจ้าหน้าที่จะตรวจสอบก่อนนำขึ้นแสดง หากมีข้อสงสัยติดต่อได้ที่สำนักปลัด อบต. โทร. 0-4379-7215",
        ),
        comments=(C(5, "ครูวิไล", "2009-05-22 08:15", "ยินดีด้วยค่ะ จะได้ติดตามข่าวสารของ อบต. ได้สะดวกขึ้น"),),
        basename="post-3",
        old_alias=True,
    ),
    Entry(
        27,
        "2009-08-12 09:00",
        "admin",
        ("act",),
        ("วันแม่",),
        "จัดงานวันแม่แห่งชาติ ประจำปี 2552",
        (
            "วันที่ 12 สิงหาคม 2552 องค์การบริหารส่วนตำบลดอนหญ้านาง ร่วมกับโรงเรียนบ้านดอนหญ้านางและกลุ่มแม่บ้านทั้ง 11 หมู่บ้าน จัดงานวันแม่แห่งชาติ ณ หอประชุมโรงเรียนบ้านดอนหญ้านาง",
        ),
        more=(
            "ภายในงานมีพิธีถวายพระพรชัยมงคล การมอบเกียรติบัตรแม่ดีเด่นประจำตำบล จำนวน 11 คน และการแสดงของนักเรียนศูนย์พัฒนาเด็กเล็ก",
            "นายก อบต. กล่าวขอบคุณแม่ทุกคนที่เป็นกำลังสำคัญของครอบครัวและชุมชน และมอบของที่ระลึกให้แม่ที่มีอายุมากที่สุดในตำบล คือ คุณแม่บุญมา ศรีดอน อายุ 98 ปี",
        ),
        photos=(
            ("mother2552-01", "พิธีถวายพระพรชัยมงคล ณ หอประชุมโรงเรียนบ้านดอนหญ้านาง"),
            ("mother2552-02", "มอบเกียรติบัตรแม่ดีเด่นประจำตำบล"),
        ),
        basename="post-7",
    ),
    Entry(
        41,
        "2010-01-16 11:20",
        "admin",
        ("act",),
        ("วันเด็ก",),
        "งานวันเด็กแห่งชาติ ประจำปี 2553",
        (
            "วันเสาร์ที่ 9 มกราคม 2553 อบต.ดอนหญ้านาง จัดงานวันเด็กแห่งชาติ ประจำปี 2553 ณ สนามโรงเรียนบ้านโนนแดง มีเด็กและผู้ปกครองมาร่วมงานกว่า 500 คน",
            "กิจกรรมประกอบด้วยการเล่นเกม การประกวดร้องเพลง การแจกของขวัญและทุนการศึกษา โดยได้รับการสนับสนุนจากร้านค้าและผู้ใจบุญในตำบล",
        ),
        photos=(("children2553", "บรรยากาศงานวันเด็ก ณ สนามโรงเรียนบ้านโนนแดง"),),
        basename="post-12",
        old_alias=True,
    ),
    Entry(
        58,
        "2010-04-13 15:45",
        "admin",
        ("act",),
        ("สงกรานต์", "ผู้สูงอายุ"),
        "สืบสานประเพณีสงกรานต์ รดน้ำดำหัวผู้สูงอายุ ประจำปี 2553",
        (
            "เนื่องในประเพณีสงกรานต์ อบต.ดอนหญ้านาง จัดพิธีรดน้ำดำหัวขอพรผู้สูงอายุ ณ วัดศรีดอนหญ้านาง เมื่อวันที่ 13 เมษายน 2553 โดยมีผู้สูงอายุจากทุกหมู่บ้านมาร่วมงาน",
            "ในโอกาสนี้ได้มอบผ้าขาวม้าและผ้าถุงให้ผู้สูงอายุที่มีอายุ 80 ปีขึ้นไป จำนวน 64 คน และเลี้ยงอาหารกลางวันแก่ผู้ร่วมงานทุกคน",
        ),
        comments=(
            C(12, "ลูกหลานบ้านโนนแดง", "2010-04-14 20:10", "ขอบคุณ อบต. ที่ดูแลผู้สูงอายุในหมู่บ้านเราครับ"),
            C(13, "แม่ค้าตลาดนัด", "2010-04-15 07:42", "ปีหน้าขอให้จัดที่หมู่ 5 บ้างนะคะ"),
        ),
        basename="songkran-2553",
        old_alias=True,
    ),
    Entry(
        63,
        "2010-06-30 14:00",
        "admin",
        ("ann", "pr"),
        ("ภาษี",),
        "ประกาศ เรื่อง การชำระภาษีโรงเรือนและที่ดิน ภาษีบำรุงท้องที่ และภาษีป้าย ประจำปี 2553",
        (
            "ด้วยองค์การบริหารส่วนตำบลดอนหญ้านาง จะดำเนินการจัดเก็บภาษีโรงเรือนและที่ดิน ภาษีบำรุงท้องที่ และภาษีป้าย ประจำปี 2553 จึงขอให้ผู้มีหน้าที่เสียภาษีไปชำระภาษีได้ที่ส่วนการคลัง อบต.ดอนหญ้านาง",
            "ภาษีโรงเรือนและที่ดินชำระภายในเดือนกรกฎาคม 2553 ภาษีป้ายขยายเวลาชำระถึงวันที่ 31 กรกฎาคม 2553 หากพ้นกำหนดจะต้องเสียเงินเพิ่มตามที่กฎหมายกำหนด",
            "ประกาศ ณ วันที่ 30 มิถุนายน พ.ศ. 2553",
        ),
        basename="post-15",
        style="br",
    ),
    Entry(
        71,
        "2010-11-02 10:00",
        "admin",
        ("act", "pr"),
        ("อปพร.",),
        "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ตำบลดอนหญ้านาง รุ่นที่ 2",
        (
            "ระหว่างวันที่ 25 - 29 ตุลาคม 2553 อบต.ดอนหญ้านาง ร่วมกับที่ว่าการอำเภอโพนทองใต้ จัดฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ 2 มีผู้ผ่านการอบรม จำนวน 52 คน",
        ),
        more=(
            "หลักสูตรการอบรมประกอบด้วย การป้องกันและระงับอัคคีภัย การปฐมพยาบาลเบื้องต้น การช่วยเหลือผู้ประสบภัยทางน้ำ และการจัดการจราจร",
            "ผู้ผ่านการอบรมจะได้รับบัตรประจำตัว อปพร. และจะเป็นกำลังสำคัญในการช่วยเหลือประชาชนเมื่อเกิดสาธารณภัยในพื้นที่",
        ),
    ),
    Entry(
        88,
        "2010-11-24 13:30",
        "admin",
        ("pr",),
        ("ประชาคม", "แผนพัฒนา"),
        "ประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาสามปี (พ.ศ. 2554 - 2556)",
        (
            "อบต.ดอนหญ้านาง กำหนดจัดเวทีประชาคมหมู่บ้านเพื่อรับฟังปัญหาและความต้องการของประชาชน สำหรับใช้จัดทำแผนพัฒนาสามปี (พ.ศ. 2554 - 2556) ระหว่างวันที่ 29 พฤศจิกายน - 10 ธันวาคม 2553",
            "ขอเชิญชวนประชาชนทุกครัวเรือนเข้าร่วมประชาคมตามวันและเวลาที่กำหนดในแต่ละหมู่บ้าน ตรวจสอบกำหนดการได้จากผู้ใหญ่บ้านหรือที่บอร์ดประชาสัมพันธ์หน้าที่ทำการ อบต.",
        ),
    ),
    Entry(
        102,
        "2011-10-20 16:10",
        "admin",
        ("act",),
        ("อุทกภัย",),
        "ลงพื้นที่ช่วยเหลือผู้ประสบอุทกภัยบ้านหนองแวงและบ้านท่าลาด",
        (
            "จากสถานการณ์น้ำในลำน้ำชีเอ่อล้นตลิ่งเมื่อวันที่ 15 ตุลาคม 2554 ทำให้บ้านเรือนราษฎรบ้านหนองแวง หมู่ที่ 6 และบ้านท่าลาด หมู่ที่ 9 ได้รับความเดือดร้อน รวม 87 ครัวเรือน",
            "นายก อบต.ดอนหญ้านาง พร้อมด้วยเจ้าหน้าที่และ อปพร. ได้นำถุงยังชีพ น้ำดื่ม และยารักษาโรคไปมอบให้ผู้ประสบภัย พร้อมทั้งจัดเรือท้องแบนรับส่งผู้ป่วยและผู้สูงอายุ",
        ),
        more=(
            "ขณะนี้ อบต. ได้ตั้งศูนย์ช่วยเหลือผู้ประสบอุทกภัยชั่วคราว ณ ศาลาการเปรียญวัดบ้านหนองแวง เปิดตลอด 24 ชั่วโมง",
            "ผู้ใดประสงค์จะบริจาคสิ่งของช่วยเหลือ ติดต่อได้ที่ศูนย์ฯ หรือโทร. 0-4379-7215 ในวันและเวลาราชการ",
        ),
        photos=(
            ("flood2554-01", "มอบถุงยังชีพแก่ผู้ประสบภัยบ้านหนองแวง หมู่ที่ 6"),
            ("flood2554-02", "เรือท้องแบนรับส่งผู้ป่วยและผู้สูงอายุ"),
        ),
        comments=(
            C(31, "คนท่าลาด", "2011-10-20 21:05", "ขอบคุณมากครับ ตอนนี้น้ำยังไม่ลด ขอเรือเพิ่มอีก 1 ลำครับ"),
            C(32, "ประชาสัมพันธ์ อบต.", "2011-10-21 08:30", "รับเรื่องแล้วครับ จะประสานนำเรือไปเพิ่มให้ภายในวันนี้"),
            C(33, "ผู้ใหญ่บ้านหนองแวง", "2011-10-22 18:47", "ขอบคุณ อบต. และ อปพร. ทุกท่านที่ช่วยเหลือชาวบ้านครับ"),
        ),
        pings=(
            Ping(
                7,
                "บล็อกข่าวท้องถิ่นโพนทองใต้",
                "น้ำชีล้นตลิ่ง ตำบลดอนหญ้านางอ่วม",
                "http://phonthongtai-news.blogspot.com/2011/10/blog-post_21.html",
                "ระดับน้ำในลำน้ำชียังทรงตัว ชาวบ้านหนองแวงต้องใช้เรือสัญจร อบต. ตั้งศูนย์ช่วยเหลือที่วัด...",
                "2011-10-21 09:15",
            ),
        ),
    ),
    Entry(
        131,
        "2012-02-15 09:40",
        PR,
        ("ann", "pr"),
        ("ศพด.",),
        "รับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็ก อบต.ดอนหญ้านาง ปีการศึกษา 2555",
        (
            "ศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบลดอนหญ้านาง เปิดรับสมัครเด็กที่เกิดระหว่างวันที่ 16 พฤษภาคม 2551 ถึงวันที่ 16 พฤษภาคม 2553 เข้าเรียนในปีการศึกษา 2555",
            "รับสมัครตั้งแต่วันที่ 1 - 31 มีนาคม 2555 ณ ศูนย์พัฒนาเด็กเล็กบ้านดอนหญ้านาง และศูนย์พัฒนาเด็กเล็กบ้านโนนแดง หลักฐานการสมัคร ได้แก่ สำเนาสูติบัตร สำเนาทะเบียนบ้าน และรูปถ่ายขนาด 1 นิ้ว จำนวน 2 รูป",
        ),
        comments=(C(41, "แม่น้องพลอย", "2012-02-16 12:20", "สมัครได้ทั้งสองศูนย์เลยไหมคะ"),),
    ),
    Entry(
        157,
        "2013-08-27 11:00",
        PROC,
        ("proc",),
        ("ถนน", "จัดซื้อจัดจ้าง"),
        "ประกาศสอบราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดอนหญ้านาง - บ้านโนนแดง",
        (
            "องค์การบริหารส่วนตำบลดอนหญ้านาง มีความประสงค์จะสอบราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดอนหญ้านาง - บ้านโนนแดง ขนาดกว้าง 4 เมตร ยาว 350 เมตร หนา 0.15 เมตร ราคากลาง 812,000 บาท",
            "กำหนดยื่นซองสอบราคาในวันที่ 10 - 20 กันยายน 2556 ณ ส่วนการคลัง อบต.ดอนหญ้านาง และเปิดซองในวันที่ 23 กันยายน 2556 เวลา 10.00 น. ณ ศูนย์รวมข้อมูลข่าวสารการจัดซื้อจัดจ้างระดับอำเภอ",
            "ผู้สนใจขอรับเอกสารสอบราคาได้ในราคาชุดละ 1,000 บาท ดูรายละเอียดได้ที่ [[ประกาศสอบราคา (PDF)|/news/files/2556/bid-road-2556.pdf]]",
        ),
        style="br",
    ),
    Entry(
        189,
        "2014-12-05 17:20",
        PR,
        ("act",),
        ("วันพ่อ",),
        "จัดกิจกรรมเฉลิมพระเกียรติ เนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2557",
        (
            "วันที่ 5 ธันวาคม 2557 คณะผู้บริหาร สมาชิกสภา และพนักงาน อบต.ดอนหญ้านาง ร่วมกับส่วนราชการและประชาชนในตำบล จัดกิจกรรมเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในวันพ่อแห่งชาติ ณ ที่ทำการ อบต.ดอนหญ้านาง",
            "ช่วงเช้ามีพิธีทำบุญตักบาตรถวายพระราชกุศล ช่วงค่ำมีพิธีจุดเทียนชัยถวายพระพรชัยมงคล โดยมีประชาชนเข้าร่วมกว่า 300 คน",
        ),
        photos=(
            ("father2557-01", "พิธีทำบุญตักบาตรถวายพระราชกุศล"),
            ("father2557-02", "พิธีจุดเทียนชัยถวายพระพรชัยมงคล"),
        ),
    ),
    Entry(
        214,
        "2015-06-18 14:30",
        PR,
        ("pr",),
        ("ไข้เลือดออก", "สาธารณสุข"),
        "รณรงค์ป้องกันโรคไข้เลือดออก กำจัดแหล่งเพาะพันธุ์ยุงลายทุกหมู่บ้าน",
        (
            "ช่วงฤดูฝนเป็นช่วงที่มีการระบาดของโรคไข้เลือดออก อบต.ดอนหญ้านาง ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลดอนหญ้านาง และ อสม. ทุกหมู่บ้าน จัดกิจกรรมรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลายในวันที่ 18 มิถุนายน 2558",
        ),
        more=(
            "เจ้าหน้าที่ได้ออกพ่นหมอกควันกำจัดยุงตัวแก่ในหมู่บ้านที่มีผู้ป่วย และแจกทรายอะเบทให้ทุกครัวเรือน",
            "ขอความร่วมมือประชาชนใช้หลัก 5 ป. 1 ข. คือ ปิดภาชนะ เปลี่ยนน้ำ ปล่อยปลากินลูกน้ำ ปรับปรุงสิ่งแวดล้อม ปฏิบัติเป็นนิสัย และขัดล้างภาชนะ หากมีไข้สูงติดต่อกัน 2 วัน ให้รีบไปพบแพทย์",
        ),
    ),
    Entry(
        240,
        "2016-09-22 10:15",
        PR,
        ("ann", "pr"),
        ("รับสมัครงาน",),
        "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตำแหน่งผู้ดูแลเด็ก",
        (
            "องค์การบริหารส่วนตำบลดอนหญ้านาง ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งผู้ดูแลเด็ก จำนวน 1 อัตรา ค่าตอบแทนเดือนละ 9,000 บาท",
            "ผู้สนใจยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัด อบต.ดอนหญ้านาง ระหว่างวันที่ 26 กันยายน - 7 ตุลาคม 2559 ในวันและเวลาราชการ",
            "ผู้สมัครต้องมีวุฒิการศึกษาไม่ต่ำกว่ามัธยมศึกษาตอนปลาย มีอายุไม่ต่ำกว่า 18 ปี และผู้มีภูมิลำเนาอยู่ในอำเภอโพนทองใต้จะได้รับการพิจารณาเป็นพิเศษ",
        ),
        comments=(
            C(58, "นางสาวจิราพร", "2016-09-23 19:02", "วุฒิ ปวส. สมัครได้ไหมคะ"),
            C(60, PR, "2016-09-26 09:10", "สมัครได้ครับ วุฒิ ปวส. สูงกว่าวุฒิขั้นต่ำที่กำหนด"),
        ),
    ),
    Entry(
        268,
        "2017-07-28 09:30",
        PR,
        ("act",),
        ("หญ้าแฝก", "สิ่งแวดล้อม"),
        "ปลูกหญ้าแฝกตามแนวพระราชดำริ ป้องกันการพังทลายของหน้าดินริมหนองแวง",
        (
            "วันที่ 28 กรกฎาคม 2560 อบต.ดอนหญ้านาง ร่วมกับสถานีพัฒนาที่ดินมหาสารคาม และจิตอาสาในตำบล ปลูกหญ้าแฝกตามแนวพระราชดำริ จำนวน 20,000 กล้า ริมคันหนองแวง หมู่ที่ 6",
            "หญ้าแฝกมีระบบรากลึกช่วยยึดหน้าดิน ป้องกันการพังทลายของตลิ่ง และช่วยรักษาความชุ่มชื้นในดิน",
        ),
        photos=(("vetiver2560", "จิตอาสาร่วมปลูกหญ้าแฝกริมคันหนองแวง หมู่ที่ 6"),),
    ),
    Entry(
        295,
        "2018-05-10 13:00",
        PR,
        ("pr",),
        ("ภาษี",),
        "ออกให้บริการรับชำระภาษีนอกสถานที่ ประจำปี 2561",
        (
            "เพื่ออำนวยความสะดวกแก่ประชาชน ส่วนการคลัง อบต.ดอนหญ้านาง จะออกให้บริการรับชำระภาษีบำรุงท้องที่ ภาษีโรงเรือนและที่ดิน และภาษีป้าย นอกสถานที่ตามหมู่บ้าน ระหว่างวันที่ 14 - 25 พฤษภาคม 2561",
            "ตารางการออกให้บริการ: วันที่ 14 พฤษภาคม ณ ศาลากลางบ้านดอนหญ้านาง วันที่ 16 พฤษภาคม ณ ศาลากลางบ้านโนนแดง วันที่ 18 พฤษภาคม ณ ศาลากลางบ้านหนองแวง และวันที่ 22 - 25 พฤษภาคม ณ ศาลากลางบ้านหมู่อื่น ๆ ตามที่ผู้ใหญ่บ้านประกาศ",
            "ผู้ชำระภาษีโปรดนำใบเสร็จรับเงินของปีที่ผ่านมาติดตัวมาด้วย",
        ),
    ),
    Entry(
        318,
        "2019-02-20 15:20",
        PROC,
        ("proc",),
        ("จัดซื้อจัดจ้าง", "e-GP"),
        "ประกาศประกวดราคาซื้อรถบรรทุกขยะ ชนิดอัดท้าย ขนาด 6 ตัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "องค์การบริหารส่วนตำบลดอนหญ้านาง มีความประสงค์จะประกวดราคาซื้อรถบรรทุกขยะ ชนิดอัดท้าย ขนาด 6 ตัน จำนวน 1 คัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลาง 2,400,000 บาท",
            "ผู้สนใจสามารถดูรายละเอียดและดาวน์โหลดเอกสารประกวดราคาได้ที่เว็บไซต์ www.gprocurement.go.th ตั้งแต่วันที่ 21 กุมภาพันธ์ - 5 มีนาคม 2562",
            "สอบถามรายละเอียดเพิ่มเติมได้ที่งานพัสดุ ส่วนการคลัง โทร. 0-4379-7216 ในวันและเวลาราชการ",
        ),
        style="br",
    ),
    Entry(
        344,
        "2020-04-02 11:45",
        SUPAPORN,
        ("pr",),
        ("โควิด-19", "สาธารณสุข"),
        "มาตรการป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (โควิด-19) ตำบลดอนหญ้านาง",
        (
            "อบต.ดอนหญ้านาง ร่วมกับกำนัน ผู้ใหญ่บ้าน และ อสม. ตั้งจุดคัดกรองผู้เดินทางเข้าพื้นที่ตำบลดอนหญ้านาง จำนวน 3 จุด ตลอด 24 ชั่วโมง ตั้งแต่วันที่ 1 เมษายน 2563 เป็นต้นไป",
            "ผู้ที่เดินทางกลับจากกรุงเทพมหานครและปริมณฑล หรือพื้นที่เสี่ยง ขอให้แจ้งผู้ใหญ่บ้านหรือ อสม. ประจำหมู่บ้าน และกักตัวเพื่อสังเกตอาการที่บ้านเป็นเวลา 14 วัน",
        ),
        more=(
            "ขณะนี้ อบต. ได้จัดทำหน้ากากผ้าโดยกลุ่มแม่บ้านทั้ง 11 หมู่บ้าน แจกจ่ายให้ประชาชนครัวเรือนละ 2 ชิ้น และจัดหาเจลแอลกอฮอล์ไว้บริการที่ที่ทำการ อบต. และศาลากลางบ้านทุกแห่ง",
            "งดการจัดงานบุญประเพณีและกิจกรรมที่มีการรวมตัวของคนจำนวนมากจนกว่าจะมีประกาศเปลี่ยนแปลง สอบถามข้อมูลเพิ่มเติมได้ที่ศูนย์ปฏิบัติการควบคุมโรค อบต.ดอนหญ้านาง โทร. 0-4379-7215",
        ),
        photos=(
            ("covid-checkpoint", "จุดคัดกรองบ้านดอนหญ้านาง หมู่ที่ 1"),
            ("covid-mask", "กลุ่มแม่บ้านเย็บหน้ากากผ้าแจกจ่ายประชาชน"),
        ),
        comments=(
            C(77, "คนดอนหญ้านางในกรุงเทพ", "2020-04-02 22:30", "กลับบ้านช่วงนี้ต้องแจ้งใครก่อนครับ"),
            C(78, SUPAPORN, "2020-04-03 08:45", "แจ้งผู้ใหญ่บ้านหรือ อสม. ประจำหมู่บ้านได้เลยค่ะ หรือโทรแจ้งที่ อบต. ก็ได้ค่ะ"),
        ),
    ),
    Entry(
        367,
        "2021-07-14 10:20",
        SUPAPORN,
        ("act", "pr"),
        ("โควิด-19", "ผู้สูงอายุ"),
        "บริการรถรับส่งผู้สูงอายุไปฉีดวัคซีนป้องกันโควิด-19 ณ โรงพยาบาลโพนทองใต้",
        (
            "อบต.ดอนหญ้านาง จัดรถรับส่งผู้สูงอายุและผู้ป่วยโรคเรื้อรังที่ลงทะเบียนฉีดวัคซีนป้องกันโรคโควิด-19 ไปยังโรงพยาบาลโพนทองใต้ ระหว่างวันที่ 12 - 16 กรกฎาคม 2564 รวม 214 คน",
            "ผู้ที่ยังไม่ได้ลงทะเบียนสามารถแจ้งความประสงค์ได้ที่ อสม. ประจำหมู่บ้าน เพื่อรับการฉีดวัคซีนในรอบถัดไป",
        ),
    ),
    Entry(
        381,
        "2022-03-08 14:00",
        SUPAPORN,
        ("ann", "pr"),
        ("ภาษี",),
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2565",
        (
            "ตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 อบต.ดอนหญ้านาง ได้ส่งแบบแจ้งการประเมินภาษีให้แก่ผู้มีหน้าที่เสียภาษีแล้ว ขอให้ผู้ที่ได้รับแบบแจ้งไปชำระภาษีภายในเดือนเมษายน 2565",
            "ผู้มีหน้าที่เสียภาษีสามารถชำระได้ที่ส่วนการคลัง อบต.ดอนหญ้านาง หรือโอนเงินเข้าบัญชีธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาโพนทองใต้ ชื่อบัญชี องค์การบริหารส่วนตำบลดอนหญ้านาง แล้วส่งหลักฐานการโอนทางไลน์ของ อบต.",
            "ผู้ที่ชำระภาษีเกินกำหนดเวลาต้องเสียเบี้ยปรับและเงินเพิ่มตามกฎหมาย",
        ),
    ),
    Entry(
        396,
        "2023-01-14 16:30",
        SUPAPORN,
        ("act",),
        ("วันเด็ก",),
        "งานวันเด็กแห่งชาติ ประจำปี 2566 ตำบลดอนหญ้านาง",
        (
            "วันเสาร์ที่ 14 มกราคม 2566 อบต.ดอนหญ้านาง จัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ หอประชุม อบต.ดอนหญ้านาง ภายใต้คำขวัญ “เด็กไทยยุคใหม่ รู้คิด รู้เท่าทัน สร้างสรรค์เทคโนโลยี”",
            "ภายในงานมีซุ้มเกมจากโรงเรียนและหน่วยงานในตำบล การแสดงบนเวทีของเด็กศูนย์พัฒนาเด็กเล็ก และการจับรางวัลจักรยานจำนวน 10 คัน",
        ),
        more=(
            "ย้อนดูบรรยากาศงานวันเด็กเมื่อปี 2553 ได้ที่ [[ข่าวงานวันเด็กแห่งชาติ ประจำปี 2553|/news/archives/000041.html]]",
            "อบต.ดอนหญ้านาง ขอขอบคุณร้านค้า ผู้ประกอบการ และผู้ใจบุญทุกท่านที่ร่วมสนับสนุนของขวัญและทุนการศึกษาให้เด็ก ๆ ในปีนี้",
        ),
        photos=(
            ("children2566-01", "เด็ก ๆ ร่วมเล่นเกมที่ซุ้มของโรงเรียนบ้านดอนหญ้านาง"),
            ("children2566-02", "การแสดงของเด็กศูนย์พัฒนาเด็กเล็ก"),
            ("children2566-03", "นายก อบต. มอบรางวัลจักรยาน"),
        ),
        comments=(C(91, "แม่น้องเก่ง", "2023-01-15 09:12", "ลูกได้จักรยานด้วยค่ะ ขอบคุณมากค่ะ"),),
    ),
    Entry(
        403,
        "2023-08-11 15:00",
        SUPAPORN,
        ("act",),
        ("วันแม่",),
        "กิจกรรมเฉลิมพระเกียรติ เนื่องในวันแม่แห่งชาติ 12 สิงหาคม 2566",
        (
            "วันที่ 11 สิงหาคม 2566 อบต.ดอนหญ้านาง ร่วมกับโรงเรียนและส่วนราชการในตำบล จัดกิจกรรมเฉลิมพระเกียรติ เนื่องในวันแม่แห่งชาติ ณ หอประชุม อบต.ดอนหญ้านาง",
            "ภายในงานมีพิธีถวายพระพรชัยมงคล การมอบรางวัลแม่ดีเด่นประจำหมู่บ้าน และกิจกรรมจิตอาสาทำความสะอาดบริเวณวัดศรีดอนหญ้านาง",
        ),
        photos=(("mother2566", "พิธีถวายพระพรชัยมงคล ณ หอประชุม อบต.ดอนหญ้านาง"),),
    ),
    Entry(
        404,
        "2023-08-30 10:00",
        PROC,
        ("proc",),
        ("ถนน", "จัดซื้อจัดจ้าง"),
        "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมถนนลูกรังเพื่อการเกษตร บ้านท่าลาด หมู่ที่ 9 โดยวิธีเฉพาะเจาะจง",
        (
            "ตามที่องค์การบริหารส่วนตำบลดอนหญ้านาง ได้มีโครงการจ้างซ่อมแซมถนนลูกรังเพื่อการเกษตร บ้านท่าลาด หมู่ที่ 9 โดยวิธีเฉพาะเจาะจง นั้น",
            "ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ดอนหญ้านางก่อสร้าง โดยเสนอราคาเป็นเงินทั้งสิ้น 187,500 บาท (หนึ่งแสนแปดหมื่นเจ็ดพันห้าร้อยบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง",
            "ประกาศ ณ วันที่ 30 สิงหาคม พ.ศ. 2566",
        ),
        style="br",
    ),
    Entry(
        409,
        "2024-03-15 10:30",
        SUPAPORN,
        ("pr",),
        ("ประชุมสภา",),
        "ประชุมสภาองค์การบริหารส่วนตำบลดอนหญ้านาง สมัยสามัญ สมัยที่ 1 ประจำปี 2567",
        (
            "วันศุกร์ที่ 15 มีนาคม 2567 เวลา 09.30 น. สภาองค์การบริหารส่วนตำบลดอนหญ้านาง ได้ประชุมสมัยสามัญ สมัยที่ 1 ประจำปี 2567 ณ ห้องประชุมสภา อบต.ดอนหญ้านาง",
        ),
        more=(
            "ที่ประชุมได้พิจารณาร่างข้อบัญญัติ เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย และญัตติขอความเห็นชอบโอนงบประมาณเพื่อจัดซื้อเครื่องสูบน้ำ จำนวน 2 เครื่อง สำหรับช่วยเหลือเกษตรกรในช่วงภัยแล้ง",
            "สมาชิกสภามีมติเห็นชอบทั้งสองเรื่อง ผู้สนใจดูรายงานการประชุมได้ที่สำนักปลัด อบต.ดอนหญ้านาง",
        ),
    ),
    Entry(
        412,
        "2024-11-15 19:30",
        SUPAPORN,
        ("act",),
        ("ลอยกระทง",),
        "สืบสานประเพณีลอยกระทง ประจำปี 2567 ณ หนองแวง",
        (
            "คืนวันศุกร์ที่ 15 พฤศจิกายน 2567 อบต.ดอนหญ้านาง ร่วมกับวัดบ้านหนองแวงและชาวบ้านทุกหมู่บ้าน จัดงานสืบสานประเพณีลอยกระทง ประจำปี 2567 ณ ริมหนองแวง หมู่ที่ 6",
            "ภายในงานมีการประกวดกระทงจากวัสดุธรรมชาติ การประกวดนางนพมาศ และการแสดงดนตรีพื้นบ้าน อบต. ขอความร่วมมือประชาชนใช้กระทงที่ทำจากวัสดุย่อยสลายได้ งดใช้โฟม และงดจุดพลุและโคมลอย",
        ),
        photos=(
            ("loykrathong2567-01", "ขบวนแห่กระทงรอบหนองแวง"),
            ("loykrathong2567-02", "ผู้ชนะการประกวดกระทงจากวัสดุธรรมชาติ"),
        ),
        comments=(
            C(97, "ชาวหนองแวง", "2024-11-16 07:55", "งานปีนี้สนุกมากครับ"),
            C(98, "คุณครูสมใจ", "2024-11-16 12:40", "ขอบคุณที่ช่วยกันรักษาหนองแวงให้สะอาดค่ะ"),
        ),
    ),
)
NEWEST = tuple(sorted(ENTRIES, key=lambda e: e.dt, reverse=True))
BY_ID = {e.id: e for e in ENTRIES}
COMMENTS = tuple(sorted(((c, e) for e in ENTRIES for c in e.comments), key=lambda ce: ce[0].dt, reverse=True))
ALL_TAGS = tuple(sorted({t for e in ENTRIES for t in e.tags}))


# -- formats -------------------------------------------------------------------------------------------
def be(d: date | datetime) -> int:
    return d.year + 543


def mt_datetime(dt: datetime) -> str:
    """MT's '%B %e, %Y %I:%M %p' with Thai months and the Buddhist-era plugin: 'มีนาคม 15, 2567 10:30 AM'."""
    return f"{MONTHS[dt.month - 1]} {dt.day:2d}, {be(dt)} {mt_time(dt)}"


def mt_time(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{hour:02d}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def mt_dateheader(d: date | datetime) -> str:
    """'%e %B %Y': ' 5 พฤศจิกายน 2567'."""
    return f"{d.day:2d} {MONTHS[d.month - 1]} {be(d)}"


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def rfc822_local(dt: datetime) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[dt.weekday()]}, {dt.day:02d} {months[dt.month - 1]} {dt.year} {dt:%H:%M:%S} +0700"


def month_label(y: int, m: int) -> str:
    return f"{MONTHS[m - 1]} {y + 543}"


def month_path(y: int, m: int) -> str:
    if (y, m) <= OLD_MAPPING_UNTIL:
        return f"/news/{y}/{m:02d}/"
    return f"/news/archives/{y}_{m:02d}.html"


def cat_path(key: str, page: int = 1) -> str:
    """The file path (raw Thai); hrefs use cat_href."""
    suffix = "" if page == 1 else f"_{page}"
    return f"/news/archives/cat_{CATS[key][1]}{suffix}.html"


def cat_href(key: str, page: int = 1, lower: bool = False) -> str:
    href = quote(cat_path(key, page), safe="/._-")
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), href) if lower else href


def cp874_q(text: str) -> str:
    """A query value as MT's encode_url writes it on a windows-874 blog: cp874 bytes, '+' for spaces."""
    return quote_plus(text.encode(ENCODING, errors="ignore"))


def search_href(words: str, offset: int = 0) -> str:
    href = f"{CGI}/mt-search.cgi?search={cp874_q(words)}&IncludeBlogs=1&limit={SEARCH_LIMIT}"
    return href + (f"&offset={offset}" if offset else "")


def tag_href(tag: str, offset: int = 0) -> str:
    href = f"{CGI}/mt-search.cgi?tag={cp874_q(tag)}&blog_id=1"
    return href + (f"&limit={SEARCH_LIMIT}&offset={offset}" if offset else "")


def reply_href(e: Entry, c: Comment) -> str:
    return f"{CGI}/mt-comments.cgi?__mode=reply&entry_id={e.id}&_reply={c.id}"


LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def plain(text: str) -> str:
    return LINK.sub(lambda m: m.group(1), text)


def inline(text: str) -> str:
    out, last = [], 0
    for m in LINK.finditer(text):
        out.append(esc(text[last : m.start()]))
        out.append(f'<a href="{attr(m.group(2))}">{esc(m.group(1))}</a>')
        last = m.end()
    out.append(esc(text[last:]))
    return "".join(out)


def months_with_entries() -> list[tuple[int, int]]:
    return sorted({(e.dt.year, e.dt.month) for e in ENTRIES}, reverse=True)


def photo_paths(e: Entry, n: int) -> tuple[str, str]:
    stem = e.photos[n][0]
    y, m = e.dt.year, e.dt.month
    full = f"/news/images/{stem}.jpg" if e.basename else f"/news/images/{y}/{stem}.jpg"
    thumb = f"/news/assets_c/{y}/{m:02d}/{stem}-thumb-400x300-{e.id * 10 + n + 1}.jpg"
    return full, thumb


# -- the blog ------------------------------------------------------------------------------------------
class _MT:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.base = site.base_url
        self.host = urlsplit(site.base_url).hostname or "localhost"
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.base + path

    # -- responses --------------------------------------------------------------------------------------
    @staticmethod
    def static(text: str, modified: datetime) -> Response:
        """A file MT wrote, as Apache 2.2 serves it: no charset in the header (AddDefaultCharset Off)."""
        body = text.encode(ENCODING, errors="xmlcharrefreplace")
        return Response(
            200,
            (
                ("Content-Type", "text/html"),
                ("Last-Modified", http_date(modified)),
                ("ETag", f'"{len(body):x}-{int(modified.timestamp()):x}"'),
                ("Accept-Ranges", "bytes"),
            ),
            body,
        )

    @staticmethod
    def cgi(text: str, status: int = 200) -> Response:
        return Response(
            status,
            (
                ("Content-Type", f"text/html; charset={CHARSET}"),
                ("Cache-Control", "no-cache"),
                ("Pragma", "no-cache"),
            ),
            text.encode(ENCODING, errors="xmlcharrefreplace"),
        )

    def moved(self, path: str) -> Response:
        target = self.u(path)
        body = f'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>301 Moved Permanently</title>\n</head><body>\n<h1>Moved Permanently</h1>\n<p>The document has moved <a href="{target}">here</a>.</p>\n<hr>\n<address>Apache/2.2.15 (CentOS) Server at {self.host} Port 80</address>\n</body></html>\n'
        return Response(
            301, (("Location", target), ("Content-Type", "text/html; charset=iso-8859-1")), body.encode("latin-1")
        )

    def page(self, path: str, text: str, modified: datetime) -> None:
        self.site.add(path, self.static(text, modified))
        self.non_articles.append(self.u(path))

    # -- blog template ------------------------------------------------------------------------------------
    def frame(self, title: str, main: str, body_class: str, head_extra: str = "", sidebar: str | None = None) -> str:
        side = self.sidebar() if sidebar is None else sidebar
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />
    <meta name="generator" content="Movable Type Pro {MT_VERSION}" />
    <link rel="stylesheet" href="/news/styles.css" type="text/css" />
    <link rel="start" href="/news/" title="Home" />
    <link rel="alternate" type="application/atom+xml" title="Recent Entries" href="/news/atom.xml" />
    <link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/news/index.xml" />
    <link rel="EditURI" type="application/rsd+xml" title="RSD" href="/news/rsd.xml" />
    <script type="text/javascript" src="/news/mt.js"></script>
{head_extra}
    <title>{esc(title)}</title>
</head>
<body id="classic-blog" class="{body_class} layout-wtt">
    <div id="container">
        <div id="container-inner">
            <div id="header">
                <div id="header-inner">
                    <div id="header-content">
                        <div id="header-name"><a href="/news/" accesskey="1">{esc(BLOG)}</a></div>
                        <div id="header-description">{esc(BLOG_DESC)}</div>
                    </div>
                </div>
            </div>
            <div id="nav">
                <ul>
                    <li><a href="/">หน้าแรก {SHORT}</a></li>
                    <li><a href="/about.html">ข้อมูลทั่วไป</a></li>
                    <li><a href="/news/">ข่าวสาร</a></li>
                    <li><a href="/ita.html">ITA</a></li>
                    <li><a href="/contact.html">ติดต่อเรา</a></li>
                </ul>
            </div>
            <div id="content">
                <div id="content-inner">
                    <div id="alpha">
                        <div id="alpha-inner">
{main}
                        </div>
                    </div>
                    <div id="beta">
                        <div id="beta-inner">
{side}
                        </div>
                    </div>
                </div>
            </div>
            <div id="footer">
                <div id="footer-inner">
                    <div id="footer-content">
                        <div class="widget-powered">
                            <div class="widget-content">
                                ขับเคลื่อนโดย <a href="http://www.movabletype.jp/">Movable Type Pro</a>
                            </div>
                        </div>
                        <div class="widget-about">{SITE} {esc(ADDRESS)} โทร. {PHONE} โทรสาร {FAX}</div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</body>
</html>
"""

    def sidebar(self) -> str:
        latest = "\n".join(f'<li><a href="{e.path}">{esc(e.title)}</a></li>' for e in NEWEST[:5])
        recent = "\n".join(
            f'<li><strong>{esc(c.name)}:</strong> {esc(c.text[:40])}{"..." if len(c.text) > 40 else ""} <a href="{e.path}#comment-{c.id}">อ่านต่อ</a></li>'
            for c, e in COMMENTS[:5]
        )
        cats = "\n".join(
            f'<li class="widget-list-item"><a href="{cat_href(k)}">{esc(label)} ({sum(1 for e in ENTRIES if k in e.cats)})</a></li>'
            for k, (label, _b, _d) in CATS.items()
        )
        months = "\n".join(
            f'<option value="{self.u(month_path(y, m))}">{month_label(y, m)}</option>' for y, m in months_with_entries()
        )
        counts = {t: sum(1 for e in ENTRIES if t in e.tags) for t in ALL_TAGS}
        cloud = "\n".join(
            f'<li class="rank-{1 if counts[t] > 2 else 5 if counts[t] == 1 else 3} widget-list-item"><a href="{attr(tag_href(t))}">{esc(t)}</a></li>'
            for t in ALL_TAGS
        )
        popular = " ".join(f'<a href="{attr(search_href(w))}">{esc(w)}</a>' for w in POPULAR)
        return f"""<div class="widget-search widget">
    <h3 class="widget-header">ค้นหา</h3>
    <div class="widget-content">
        <form method="get" action="{CGI}/mt-search.cgi">
            <input type="text" id="search" class="ti" name="search" value="" />
            <input type="hidden" name="IncludeBlogs" value="1" />
            <input type="hidden" name="limit" value="{SEARCH_LIMIT}" />
            <input type="submit" accesskey="4" value="ค้นหา" />
        </form>
        <p class="popular-searches">คำค้นยอดนิยม: {popular}</p>
    </div>
</div>
<div class="widget-recent-entries widget-archives widget">
    <h3 class="widget-header">เรื่องล่าสุด</h3>
    <div class="widget-content">
        <ul class="widget-list">
{latest}
        </ul>
    </div>
</div>
<div class="widget-recent-comments widget">
    <h3 class="widget-header">ความคิดเห็นล่าสุด</h3>
    <div class="widget-content">
        <ul class="widget-list">
{recent}
        </ul>
    </div>
</div>
<div class="widget-archive widget-archive-category widget">
    <h3 class="widget-header">หมวดหมู่</h3>
    <div class="widget-content">
        <ul class="widget-list">
{cats}
        </ul>
    </div>
</div>
<div class="widget-archive-monthly-dropdown widget-archive widget">
    <h3 class="widget-header"><a href="/news/archives.html">สารบัญข่าว</a></h3>
    <div class="widget-content">
        <select onchange="nav(this);">
            <option>เลือกเดือน...</option>
{months}
        </select>
        <script type="text/javascript" charset="utf-8">
            function nav(sel) {{
               if (sel.selectedIndex == -1) return;
               var opt = sel.options[sel.selectedIndex];
               if (opt && opt.value)
                  location.href = opt.value;
            }}
        </script>
    </div>
</div>
<div class="widget-tag-cloud widget">
    <h3 class="widget-header">แท็ก</h3>
    <div class="widget-content">
        <ul class="widget-list">
{cloud}
        </ul>
    </div>
</div>
<div class="widget-syndication widget">
    <div class="widget-content">
        <ul>
            <li><img src="/mt-static/images/status_icons/feed.gif" alt="สมัครรับข่าวสาร" width="9" height="9" /> <a href="/news/atom.xml">สมัครรับข่าวสาร (Atom)</a></li>
            <li><a href="/news/index.xml">RSS 2.0</a></li>
        </ul>
    </div>
</div>
<div class="widget-links widget">
    <h3 class="widget-header">ลิงก์</h3>
    <div class="widget-content">
        <ul>
            <li><a href="http://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
            <li><a href="http://www.mahasarakham.go.th/">จังหวัดมหาสารคาม</a></li>
            <li><a href="{FB}">Facebook {SHORT}</a></li>
        </ul>
    </div>
</div>"""

    # -- entries ------------------------------------------------------------------------------------------
    def photo_html(self, e: Entry, n: int) -> str:
        full, thumb = photo_paths(e, n)
        stem, caption = e.photos[n]
        if e.editor == "rich":
            return (
                f'<p style="text-align: center;"><a href="{full}"><img alt="{stem}.jpg" src="{thumb}" width="400" height="300" class="mt-image-center" style="text-align: center; display: block; margin: 0 auto 5px;" /></a>'
                f'<br /><span style="font-size: 0.85em; color: #666666;">{esc(caption)}</span></p>'
            )
        return (
            f'<p><span class="mt-enclosure mt-enclosure-image" style="display: inline;"><a href="{full}"><img alt="{stem}.jpg" src="{thumb}" width="400" height="300" class="mt-image-center" style="text-align: center; display: block; margin: 0 auto 20px;" /></a></span></p>\n'
            f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
        )

    def text_html(self, e: Entry, paras: tuple[str, ...]) -> str:
        if e.editor == "br":
            return "&nbsp;&nbsp;&nbsp;&nbsp;" + "<br />\n<br />\n&nbsp;&nbsp;&nbsp;&nbsp;".join(
                inline(p) for p in paras
            )
        if e.editor == "rich":
            return "\n".join(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;{inline(p)}</p>' for p in paras)
        return "\n\n".join(f"<p>{inline(p)}</p>" for p in paras)

    def body_html(self, e: Entry) -> str:
        parts = [self.text_html(e, e.body)]
        parts += [self.photo_html(e, n) for n in range(len(e.photos))]
        return "\n".join(parts)

    def byline(self, e: Entry) -> str:
        return f"""<div class="asset-meta">
                <span class="byline">
                    โดย <span class="vcard author">{esc(e.author)}</span> เมื่อ <abbr class="published" title="{iso(e.dt)}">{mt_datetime(e.dt)}</abbr>
                </span>
                <span class="separator">|</span> <a class="permalink" rel="bookmark" href="{e.path}">ลิงก์ถาวร</a>
                <span class="separator">|</span> <a href="{e.path}#comments">ความคิดเห็น ({len(e.comments)})</a>
            </div>"""

    def asset_footer(self, e: Entry) -> str:
        cats = "".join(
            f'<li class="entry-category"><a href="{cat_href(k)}" rel="tag">{esc(CATS[k][0])}</a></li>' for k in e.cats
        )
        tags = "".join(
            f'<li class="entry-tag"><a href="{attr(tag_href(t))}" rel="tag">{esc(t)}</a></li>' for t in e.tags
        )
        return f"""<div class="asset-footer">
                <div class="entry-categories">
                    <h4>หมวดหมู่<span class="delimiter">:</span></h4>
                    <ul>{cats}</ul>
                </div>
                <div class="entry-tags">
                    <h4>แท็ก<span class="delimiter">:</span></h4>
                    <ul>{tags}</ul>
                </div>
                <p class="entry-footer">Posted by {esc(e.author)} at <a href="{e.path}">{mt_time(e.dt)}</a> | <a href="{e.path}#comments">Comments ({len(e.comments)})</a> | <a href="{e.path}#trackback">TrackBacks ({len(e.pings)})</a></p>
            </div>"""

    def summary(self, e: Entry) -> str:
        """MT's 'Entry Summary' module: the whole EntryBody, a 'continue reading' link when there is more."""
        more = (
            f"""
            <div class="asset-more-link">
                <a href="{e.path}#more" rel="bookmark">อ่านต่อ "{esc(e.title)}" &raquo;</a>
            </div>"""
            if e.more
            else ""
        )
        return f"""<div id="entry-{e.id}" class="entry-asset asset hentry">
    <div class="asset-header">
        <h2 class="asset-name entry-title"><a href="{e.path}" rel="bookmark">{esc(e.title)}</a></h2>
        {self.byline(e)}
    </div>
    <div class="asset-content entry-content">
        <div class="asset-body">
{self.body_html(e)}
        </div>{more}
    </div>
    {self.asset_footer(e)}
</div>"""

    def listing(self, entries: list[Entry] | tuple[Entry, ...]) -> str:
        out, last = [], None
        for e in entries:
            if e.dt.date() != last:
                out.append(f'<h2 class="date-header">{mt_dateheader(e.dt)}</h2>')
                last = e.dt.date()
            out.append(self.summary(e))
        return "\n".join(out)

    def comments_html(self, e: Entry) -> str:
        items = []
        for c in e.comments:
            who = f'<a href="{attr(c.url)}" rel="nofollow">{esc(c.name)}</a>' if c.url else esc(c.name)
            items.append(f"""<div class="comment" id="comment-{c.id}">
    <div class="inner">
        <div class="comment-header">
            <div class="asset-meta">
                <span class="byline">
                    <span class="vcard author">{who}</span>
                    | <a href="#comment-{c.id}"><abbr class="published" title="{iso(c.dt)}">{mt_datetime(c.dt)}</abbr></a>
                    | <a title="ตอบกลับ" href="{attr(reply_href(e, c))}" onclick="mtReplyCommentOnClick({c.id}, '{attr(c.name)}'); return false;">ตอบกลับ</a>
                </span>
            </div>
        </div>
        <div class="comment-content">
            <p>{esc(c.text)}</p>
        </div>
    </div>
</div>""")
        header = f'<h2 class="comments-header">{len(e.comments)} ความคิดเห็น</h2>' if e.comments else ""
        return f"""<div id="comments" class="comments">
    {header}
    <div class="comments-content">
{chr(10).join(items)}
    </div>
    <div class="comments-open" id="comments-open">
        <h2 class="comments-open-header">แสดงความคิดเห็น</h2>
        <div class="comments-open-content">
            <div id="comment-greeting"></div>
            <form method="post" action="{CGI}/mt-comments.cgi" name="comments_form" id="comments-form" onsubmit="return mtCommentOnSubmit(this)">
                <input type="hidden" name="static" value="1" />
                <input type="hidden" name="entry_id" value="{e.id}" />
                <input type="hidden" name="__lang" value="th" />
                <input type="hidden" name="parent_id" value="" id="comment-parent-id" />
                <input type="hidden" name="armor" value="1" />
                <input type="hidden" name="preview" value="" />
                <input type="hidden" name="sid" value="" />
                <div id="comments-open-data">
                    <div id="comment-form-name"><label for="comment-author">ชื่อ</label> <input id="comment-author" name="author" size="30" value="" /></div>
                    <div id="comment-form-email"><label for="comment-email">อีเมล</label> <input id="comment-email" name="email" size="30" value="" /></div>
                    <div id="comment-form-url"><label for="comment-url">เว็บไซต์</label> <input id="comment-url" name="url" size="30" value="" /></div>
                </div>
                <div id="comments-open-text">
                    <label for="comment-text">ความคิดเห็น (อาจใช้แท็ก HTML ได้)</label>
                    <textarea id="comment-text" name="text" rows="15" cols="50"></textarea>
                </div>
                <div id="comments-open-footer">
                    <input type="submit" accesskey="v" name="preview_button" id="comment-preview" value="ดูตัวอย่าง" onclick="this.form.preview.value='1';" />
                    <input type="submit" accesskey="s" name="post" id="comment-submit" value="ส่งความคิดเห็น" />
                </div>
            </form>
        </div>
    </div>
</div>"""

    def trackbacks_html(self, e: Entry) -> str:
        pings = "\n".join(
            f"""<div class="trackback" id="ping-{p.id}">
    <div class="inner">
        <div class="trackback-header"><div class="asset-meta"><span class="byline">TrackBack จาก <a href="{attr(p.url)}" rel="nofollow">{esc(p.blog)}</a> เมื่อ {mt_datetime(_dt(p.when))}</span></div></div>
        <div class="trackback-content"><p><strong>{esc(p.title)}</strong><br />{esc(p.excerpt)} <a href="{attr(p.url)}" rel="nofollow">อ่านต่อ</a></p></div>
    </div>
</div>"""
            for p in e.pings
        )
        return f"""<div id="trackbacks" class="trackbacks">
    <h2 class="trackbacks-header"><a name="trackback"></a>TrackBacks</h2>
    <div class="trackbacks-info">
        <p>TrackBack URL: <span id="trackbacks-link">{self.u(f"{CGI}/mt-tb.cgi/{e.id}")}</span></p>
    </div>
    <div class="trackbacks-content">
{pings}
    </div>
</div>"""

    def entry_page(self, i: int) -> str:
        e = ENTRIES[i]
        prev = ENTRIES[i - 1] if i > 0 else None
        nxt = ENTRIES[i + 1] if i + 1 < len(ENTRIES) else None
        head = ""
        if prev:
            head += f'    <link rel="prev bookmark" href="{prev.path}" title="{attr(prev.title)}" />\n'
        if nxt:
            head += f'    <link rel="next bookmark" href="{nxt.path}" title="{attr(nxt.title)}" />\n'
        head += f"""    <!--
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<rdf:Description
    rdf:about="{self.u(e.path)}"
    trackback:ping="{self.u(f"{CGI}/mt-tb.cgi/{e.id}")}"
    dc:title="{attr(e.title)}"
    dc:identifier="{self.u(e.path)}"
    dc:subject="{attr(CATS[e.cats[0]][0])}"
    dc:description="{attr(plain(e.body[0])[:100])}..."
    dc:creator="{attr(e.author)}"
    dc:date="{iso(e.dt)}" />
</rdf:RDF>
-->
    <script type="text/javascript">
    /* <![CDATA[ */
    var user = {{}};
    mtAttachEvent('load', mtEntryOnLoad);
    mtAttachEvent('unload', mtEntryOnUnload);
    /* ]]> */
    </script>"""
        more = (
            f"""
        <div id="more" class="asset-more">
{self.text_html(e, e.more)}
        </div>"""
            if e.more
            else ""
        )
        nav = []
        if prev:
            nav.append(f'<a class="previous-link" href="{prev.path}">&laquo; {esc(prev.title)}</a> |')
        nav.append('<a class="top-link" href="/news/">หน้าหลัก</a>')
        if nxt:
            nav.append(f'| <a class="next-link" href="{nxt.path}">{esc(nxt.title)} &raquo;</a>')
        main = f"""<div id="entry-{e.id}" class="entry-asset asset hentry">
    <div class="asset-header">
        <h2 class="asset-name entry-title">{esc(e.title)}</h2>
        {self.byline(e)}
    </div>
    <div class="asset-content entry-content">
        <div class="asset-body">
{self.body_html(e)}
        </div>{more}
    </div>
    {self.asset_footer(e)}
</div>
{self.trackbacks_html(e)}
{self.comments_html(e)}
<div class="content-nav">
    {" ".join(nav)}
</div>"""
        return self.frame(f"{e.title} - {BLOG}", main, "mt-entry-archive", head)

    # -- archives -------------------------------------------------------------------------------------------
    def index_page(self) -> str:
        main = f"""{self.listing(NEWEST[:INDEX_COUNT])}
<div class="content-nav">
    <a href="/news/archives.html">ข่าวเก่ากว่านี้ ดูได้ที่สารบัญข่าว &raquo;</a>
</div>"""
        return self.frame(BLOG, main, "mt-main-index")

    def month_page(self, y: int, m: int) -> str:
        entries = [e for e in NEWEST if (e.dt.year, e.dt.month) == (y, m)]
        months = months_with_entries()
        k = months.index((y, m))
        older = months[k + 1] if k + 1 < len(months) else None
        newer = months[k - 1] if k > 0 else None
        nav = []
        if older:
            nav.append(f'<a href="{month_path(*older)}">&laquo; {month_label(*older)}</a> |')
        nav.append('<a href="/news/">หน้าหลัก</a>')
        if newer:
            nav.append(f'| <a href="{month_path(*newer)}">{month_label(*newer)} &raquo;</a>')
        main = f"""<h1 id="page-title" class="archive-title">ข่าวประจำเดือน {month_label(y, m)}</h1>
{self.listing(entries)}
<div class="content-nav">
    {" ".join(nav)}
</div>"""
        return self.frame(
            f"ข่าวประจำเดือน {month_label(y, m)} - {BLOG}", main, "mt-archive-listing mt-datebased-monthly-archive"
        )

    def category_pages(self, key: str) -> list[tuple[int, str]]:
        label, _basename, desc = CATS[key]
        entries = [e for e in NEWEST if key in e.cats]
        total = -(-len(entries) // PER_PAGE)
        out = []
        for n in range(1, total + 1):
            chunk = entries[(n - 1) * PER_PAGE : n * PER_PAGE]
            pager = []
            if n > 1:
                pager.append(f'<a href="{cat_href(key, n - 1)}" class="link_before">&laquo; ก่อนหน้า</a>')
            for k in range(1, total + 1):
                pager.append(
                    f'<span class="current_page">{k}</span>'
                    if k == n
                    else f'<a href="{cat_href(key, k)}" class="link_page">{k}</a>'
                )
            if n < total:
                pager.append(f'<a href="{cat_href(key, n + 1)}" class="link_next">ถัดไป &raquo;</a>')
            suffix = f" (หน้า {n})" if n > 1 else ""
            main = f"""<h1 id="page-title" class="archive-title">หมวดหมู่: {esc(label)}{suffix}</h1>
<p class="archive-description">{esc(desc)}</p>
{self.listing(chunk)}
<div class="content-nav pagebute">
    {" ".join(pager)}
</div>"""
            out.append((n, self.frame(f"{label}{suffix} - {BLOG}", main, "mt-archive-listing mt-category-archive")))
        return out

    def archives_page(self) -> str:
        cats = "\n".join(
            f'<li><a href="{cat_href(k, lower=True)}">{esc(label)}</a> ({sum(1 for e in ENTRIES if k in e.cats)})</li>'
            for k, (label, _b, _d) in CATS.items()
        )
        months = "\n".join(
            f'<li><a href="{month_path(y, m)}">{month_label(y, m)}</a> ({sum(1 for e in ENTRIES if (e.dt.year, e.dt.month) == (y, m))})</li>'
            for y, m in months_with_entries()
        )
        main = f"""<h1 id="page-title">สารบัญข่าว</h1>
<div class="archive-category archive-type">
    <h2 class="archive-header">หมวดหมู่</h2>
    <div class="archive-content">
        <ul class="archive-list">
{cats}
        </ul>
    </div>
</div>
<div class="archive-monthly archive-date-based archive-type">
    <h2 class="archive-header">รายเดือน</h2>
    <div class="archive-content">
        <ul class="archive-list">
{months}
        </ul>
    </div>
</div>"""
        return self.frame(f"สารบัญข่าว - {BLOG}", main, "mt-archive-index")

    # -- feeds ----------------------------------------------------------------------------------------------
    def xml(self, text: str) -> Response:
        body = text.encode(ENCODING, errors="xmlcharrefreplace")
        modified = NEWEST[0].dt
        return Response(
            200,
            (("Content-Type", "application/xml"), ("Last-Modified", http_date(modified)), ("Accept-Ranges", "bytes")),
            body,
        )

    def full_html(self, e: Entry) -> str:
        html = self.body_html(e)
        if e.more:
            html += "\n" + self.text_html(e, e.more)
        return html.replace("]]>", "]]&gt;")

    def atom(self) -> str:
        items = []
        for e in NEWEST[:FEED_COUNT]:
            cats = "".join(
                f'\n    <category term="{attr(CATS[k][0])}" scheme="http://www.sixapart.com/ns/types#category" />'
                for k in e.cats
            )
            tags = "".join(
                f'\n    <category term="{attr(t)}" label="{attr(t)}" scheme="http://www.sixapart.com/ns/types#tag" />'
                for t in e.tags
            )
            items.append(f"""<entry>
    <title>{esc(e.title)}</title>
    <link rel="alternate" type="text/html" href="{self.u(e.path)}" />
    <id>tag:{self.host},{e.dt.year}:/news//1.{e.id}</id>

    <published>{iso(e.dt)}</published>
    <updated>{iso(e.dt + timedelta(minutes=7))}</updated>

    <summary>{esc(plain(e.body[0])[:120])}...</summary>
    <author>
        <name>{esc(e.author)}</name>
    </author>{cats}{tags}
    <content type="html" xml:lang="th" xml:base="{self.u("/news/")}">
        <![CDATA[{self.full_html(e)}]]>
    </content>
</entry>""")
        return f"""<?xml version="1.0" encoding="{CHARSET}"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <title>{esc(BLOG)}</title>
    <link rel="alternate" type="text/html" href="{self.u("/news/")}" />
    <link rel="self" type="application/atom+xml" href="{self.u("/news/atom.xml")}" />
    <id>tag:{self.host},2009-05-20:/news//1</id>
    <updated>{iso(NEWEST[0].dt + timedelta(minutes=7))}</updated>
    <subtitle>{esc(BLOG_DESC)}</subtitle>
    <generator uri="http://www.sixapart.com/movabletype/">Movable Type Pro {MT_VERSION}</generator>

{chr(10).join(items)}

</feed>
"""

    def rss(self) -> str:
        items = "\n".join(
            f"""<item>
    <title>{esc(e.title)}</title>
    <description><![CDATA[{self.full_html(e)}]]></description>
    <link>{self.u(e.path)}</link>
    <guid>{self.u(e.path)}</guid>
    <category>{esc(CATS[e.cats[0]][0])}</category>
    <pubDate>{rfc822_local(e.dt)}</pubDate>
</item>"""
            for e in NEWEST[:FEED_COUNT]
        )
        return f"""<?xml version="1.0" encoding="{CHARSET}"?>
<rss version="2.0">
<channel>
    <title>{esc(BLOG)}</title>
    <link>{self.u("/news/")}</link>
    <description>{esc(BLOG_DESC)}</description>
    <language>th</language>
    <copyright>Copyright {TODAY.year}</copyright>
    <lastBuildDate>{rfc822_local(NEWEST[0].dt + timedelta(minutes=7))}</lastBuildDate>
    <generator>http://www.sixapart.com/movabletype/</generator>
    <docs>http://www.rssboard.org/rss-specification</docs>
{items}
</channel>
</rss>
"""

    # -- the parent site (hand-made HTML around the blog) ----------------------------------------------------
    def parent(self, title: str, content: str) -> str:
        menu = "\n".join(
            f'        <td class="menu"><a href="{href}">{label}</a></td>'
            for href, label in (
                ("/", "หน้าแรก"),
                ("/about.html", "ข้อมูลทั่วไป"),
                ("/executive.html", "คณะผู้บริหาร"),
                ("/news/index.html", "ข่าวสาร"),
                ("/ita.html", "ITA"),
                ("/contact.html", "ติดต่อเรา"),
            )
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />
<title>{esc(title)}</title>
<meta name="keywords" content="อบต.ดอนหญ้านาง, ดอนหญ้านาง, โพนทองใต้, มหาสารคาม" />
<link href="/css/main.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/atom+xml" title="{esc(BLOG)}" href="/news/atom.xml" />
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper">
  <tr>
    <td><img src="/images/banner.jpg" width="980" height="180" alt="{SITE}" /></td>
  </tr>
  <tr>
    <td>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="topmenu"><tr>
{menu}
      </tr></table>
    </td>
  </tr>
  <tr>
    <td valign="top" class="content">
{content}
    </td>
  </tr>
  <tr>
    <td class="footer" align="center">{SITE}<br />{esc(ADDRESS)}<br />โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล {EMAIL}<br />
    <a href="{FB}" target="_blank">Facebook</a> | <a href="mailto:{EMAIL}">ติดต่อผู้ดูแลเว็บไซต์</a><br />
    <img src="/images/counter.gif" width="88" height="31" alt="counter" /> เริ่มนับ 20 พฤษภาคม 2552</td>
  </tr>
</table>
</body>
</html>
"""

    def home(self) -> str:
        latest = "\n".join(
            f'<li><a href="{self.u(e.path)}">{esc(e.title)}</a> <span class="date">({mt_dateheader(e.dt).strip()})</span></li>'
            for e in NEWEST[:5]
        )
        songkran = BY_ID[58]
        content = f"""<table width="100%" border="0" cellspacing="8" cellpadding="0">
  <tr>
    <td width="220" valign="top" class="leftcol">
      <div align="center"><img src="/images/mayor.jpg" width="150" height="190" alt="" /><br />
      <strong>{MAYOR}</strong><br />นายกองค์การบริหารส่วนตำบลดอนหญ้านาง</div>
      <p class="box-title">หน่วยงานที่เกี่ยวข้อง</p>
      <ul>
        <li><a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
        <li><a href="http://www.mahasarakham.go.th/" target="_blank">จังหวัดมหาสารคาม</a></li>
        <li><a href="http://www.gprocurement.go.th/" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></li>
        <li><a href="http://www.oic.go.th/" target="_blank">สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ</a></li>
      </ul>
    </td>
    <td valign="top">
      <h2>ยินดีต้อนรับสู่เว็บไซต์{SITE}</h2>
      <p>&nbsp;&nbsp;&nbsp;&nbsp;ตำบลดอนหญ้านางมี 11 หมู่บ้าน ประชากรประมาณ 6,400 คน ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อย และเลี้ยงโค
      วิสัยทัศน์ "ดอนหญ้านางน่าอยู่ เกษตรก้าวหน้า ประชาร่วมใจ"</p>
      <h3 class="box-title">ข่าวสารล่าสุด</h3>
      <ul class="latest-news">
{latest}
      </ul>
      <p align="right"><a href="/news/">ข่าวสารทั้งหมด &gt;&gt;</a> | <a href="/news/archives.html">สารบัญข่าว</a></p>
      <h3 class="box-title">ภาพกิจกรรมเด่น</h3>
      <p><a href="/news/archives/{songkran.id:06d}.html"><img src="/images/songkran2553.jpg" width="200" height="150" alt="" border="0" /></a><br />
      <a href="/news/archives/{songkran.id:06d}.html">ประเพณีสงกรานต์ รดน้ำดำหัวผู้สูงอายุ 2553</a></p>
      <h3 class="box-title">เอกสารเผยแพร่</h3>
      <ul>
        <li><a href="/files/plan2566-2570.pdf">แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)</a></li>
        <li><a href="/ita.html">การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2567</a></li>
      </ul>
    </td>
  </tr>
</table>"""
        return self.parent(SITE, content)

    def about(self) -> str:
        first = BY_ID[14]
        return self.parent(
            f"ข้อมูลทั่วไป - {SITE}",
            f"""<h2>ข้อมูลทั่วไป</h2>
<p>&nbsp;&nbsp;&nbsp;&nbsp;องค์การบริหารส่วนตำบลดอนหญ้านางได้รับการจัดตั้งเมื่อปี พ.ศ. 2540 ตั้งอยู่ทางทิศใต้ของอำเภอโพนทองใต้ ห่างจากที่ว่าการอำเภอประมาณ 14 กิโลเมตร มีพื้นที่ประมาณ 48 ตารางกิโลเมตร</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;ทิศเหนือติดต่อกับตำบลโนนแดง ทิศใต้ติดต่อกับลำน้ำชี ทิศตะวันออกติดต่อกับตำบลท่าลาด ทิศตะวันตกติดต่อกับตำบลหนองบัวทอง</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>หมู่ที่</th><th>ชื่อหมู่บ้าน</th><th>ครัวเรือน</th></tr>
<tr><td>1</td><td>บ้านดอนหญ้านาง</td><td>182</td></tr>
<tr><td>2</td><td>บ้านโนนแดง</td><td>157</td></tr>
<tr><td>6</td><td>บ้านหนองแวง</td><td>143</td></tr>
<tr><td>9</td><td>บ้านท่าลาด</td><td>121</td></tr>
</table>
<p>เว็บไซต์นี้เปิดใช้งานเมื่อเดือนพฤษภาคม 2552 (<a href="/news/archives/{first.id:06d}.html">อ่านข่าวการเปิดบล็อกข่าวสาร</a>)</p>""",
        )

    def executive(self) -> str:
        return self.parent(
            f"คณะผู้บริหาร - {SITE}",
            f"""<h2>คณะผู้บริหาร</h2>
<p align="center"><img src="/images/mayor.jpg" width="150" height="190" alt="" /><br />{MAYOR}<br />นายกองค์การบริหารส่วนตำบลดอนหญ้านาง</p>
<p align="center">นายสมบัติ ใจซื่อ รองนายก อบต.<br />นางบุญเรือน ดอนไพร รองนายก อบต.<br />นายประยูร แก้วสุข เลขานุการนายก อบต.</p>
<p align="center">นายวิชัย พรมดี ประธานสภา อบต.ดอนหญ้านาง</p>""",
        )

    def contact(self) -> str:
        return self.parent(
            f"ติดต่อเรา - {SITE}",
            f"""<h2>ติดต่อเรา</h2>
<p>{SITE}<br />{esc(ADDRESS)}<br />โทรศัพท์ {PHONE} โทรสาร {FAX}<br />อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>เปิดทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>
<p><a href="https://maps.google.com/?q=16.0211,103.1872" target="_blank">แผนที่ไปที่ทำการ อบต.</a> | <a href="tel:043797215">โทรหาเรา</a></p>""",
        )

    ITA = (
        ("o1", "O1 โครงสร้าง"),
        ("o2", "O2 ข้อมูลผู้บริหาร"),
        ("o3", "O3 อำนาจหน้าที่"),
        ("o4", "O4 แผนพัฒนาท้องถิ่น"),
        ("o5", "O5 ข้อมูลการติดต่อ"),
        ("o12", "O12 แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ"),
    )

    def ita(self) -> str:
        rows = "\n".join(
            f'<tr><td>{esc(label)}</td><td><a href="/files/ita/2567/{code}.pdf" target="_blank">ดาวน์โหลด (PDF)</a></td></tr>'
            for code, label in self.ITA
        )
        last = BY_ID[404]
        return self.parent(
            f"ITA - {SITE}",
            f"""<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2567</h2>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th>ตัวชี้วัด</th><th>เอกสาร</th></tr>
{rows}
<tr><td>O13 ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</td><td><a href="{cat_href("proc")}">ดูประกาศทั้งหมด</a></td></tr>
<tr><td>O14 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</td><td><a href="{last.path}">ตัวอย่างประกาศผู้ชนะการเสนอราคา</a></td></tr>
</table>""",
        )

    # -- CGI pages ------------------------------------------------------------------------------------------
    def reply_page(self, e: Entry, c: Comment) -> str:
        main = f"""<h1 id="page-title">ตอบกลับความคิดเห็น</h1>
<p>ตอบกลับความคิดเห็นของ <strong>{esc(c.name)}</strong> ใน <a href="{e.path}">{esc(e.title)}</a></p>
<div class="comment" id="comment-{c.id}">
    <div class="comment-content"><blockquote><p>{esc(c.text)}</p></blockquote></div>
    <p class="comment-footer">{esc(c.name)} | {mt_datetime(c.dt)}</p>
</div>
<form method="post" action="{CGI}/mt-comments.cgi" name="comments_form" id="comments-form">
    <input type="hidden" name="static" value="1" />
    <input type="hidden" name="entry_id" value="{e.id}" />
    <input type="hidden" name="parent_id" value="{c.id}" />
    <input type="hidden" name="__lang" value="th" />
    <p><label for="comment-author">ชื่อ</label><br /><input id="comment-author" name="author" size="30" /></p>
    <p><label for="comment-email">อีเมล</label><br /><input id="comment-email" name="email" size="30" /></p>
    <p><label for="comment-text">ความคิดเห็น</label><br /><textarea id="comment-text" name="text" rows="10" cols="50"></textarea></p>
    <p><input type="submit" name="preview_button" value="ดูตัวอย่าง" /> <input type="submit" name="post" value="ส่งความคิดเห็น" /></p>
</form>
<p><a href="{e.path}#comments">&laquo; กลับไปที่เรื่อง</a></p>"""
        return self.frame(f"ตอบกลับความคิดเห็น - {BLOG}", main, "mt-comment-response")

    def error_page(self, message: str) -> str:
        main = f'<h1 id="page-title">เกิดข้อผิดพลาด</h1>\n<p class="error">{esc(message)}</p>\n<p><a href="/news/">กลับไปหน้าหลัก</a></p>'
        return self.frame(f"เกิดข้อผิดพลาด - {BLOG}", main, "mt-system-error")

    # -- mt-search.cgi: the traps ----------------------------------------------------------------------------
    @staticmethod
    def excerpt(e: Entry) -> str:
        words = " ".join(plain(p) for p in e.body).split()
        return " ".join(words[:40]) + ("..." if len(words) > 40 else "")

    def search_page(self, q: dict[str, str]) -> str:
        tag = q.get("tag", "").strip()
        words = q.get("search", "").split()
        try:
            offset = max(0, int(q.get("offset", "0")))
        except ValueError:
            offset = 0
        try:
            limit = min(100, max(1, int(q.get("limit", str(SEARCH_LIMIT)))))
        except ValueError:
            limit = SEARCH_LIMIT
        if tag:
            hits = [e for e in NEWEST if tag in e.tags]
            heading = f'รายการที่มีแท็ก "{tag}"'
            prev_href = tag_href(tag, offset - limit) if offset > 0 else None
            next_href = tag_href(tag, offset + limit) if offset + limit < len(hits) else None
        elif words:
            hits = [
                e for e in NEWEST if all(w in " ".join((e.title, *(plain(p) for p in e.body + e.more))) for w in words)
            ]
            heading = f'ผลการค้นหาคำว่า "{" ".join(words)}"'
            prev_href = search_href(" ".join(words), max(0, offset - limit)) if offset > 0 else None
            next_href = search_href(" ".join(words), offset + limit) if offset + limit < len(hits) else None
        else:
            hits, heading, prev_href, next_href = [], "ค้นหา", None, None
        shown = hits[offset : offset + limit]
        results = "\n".join(
            f"""<div id="entry-{e.id}" class="entry-asset asset hentry">
    <div class="asset-header">
        <h2 class="asset-name entry-title"><a href="{e.path}">{esc(e.title)}</a></h2>
        <div class="asset-meta"><span class="byline">โดย {esc(e.author)} เมื่อ {mt_datetime(e.dt)}</span></div>
    </div>
    <div class="asset-content entry-content"><div class="asset-body"><p>{esc(self.excerpt(e))}</p></div></div>
</div>"""
            for e in shown
        )
        if not shown and (tag or words):
            results = '<p class="search-no-results">ไม่พบข้อมูลที่ตรงกับคำค้น กรุณาลองใช้คำอื่น</p>'
        pager = []
        if prev_href:
            pager.append(f'<a href="{attr(prev_href)}">&laquo; ก่อนหน้า</a>')
        if hits:
            pager.append(f"ผลลัพธ์ {min(offset + 1, len(hits))} - {min(offset + limit, len(hits))} จาก {len(hits)}")
        if next_href:
            pager.append(f'<a href="{attr(next_href)}">ถัดไป &raquo;</a>')
        base = " ".join(words)
        refine = "\n".join(
            f'<li><a href="{attr(search_href(f"{base} {w}".strip()))}">{esc(f"{base} {w}".strip())}</a></li>'
            for w in POPULAR
            if w not in words
        )
        main = f"""<h1 id="page-title" class="search-results-header">{esc(heading)}</h1>
<div class="search-results-container autopagerize_page_element">
{results}
</div>
<div class="content-nav">{" | ".join(pager)}</div>
<div class="search-refine">
    <h3>ค้นหาเพิ่มเติม</h3>
    <ul>
{refine}
    </ul>
</div>"""
        return self.frame(f"{heading} - {BLOG}", main, "mt-search-results")

    # -- Apache + the CGI scripts: answers for targets no file is registered at --------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = parts.path
        if path == f"{CGI}/mt-search.cgi":
            return self.cgi(self.search_page(parse_query(parts.query)))
        if path == f"{CGI}/mt-comments.cgi":
            q = parse_query(parts.query)
            e = BY_ID.get(int(q["entry_id"])) if q.get("entry_id", "").isdigit() else None
            if e is None:
                return self.cgi(self.error_page("ไม่พบเรื่องที่ระบุ (entry_id ไม่ถูกต้อง)"))
            for c in e.comments:
                if q.get("_reply") == str(c.id):
                    return self.cgi(self.reply_page(e, c))
            return self.cgi(self.error_page("ไม่พบความคิดเห็นที่ต้องการตอบกลับ"))
        if path.startswith(f"{CGI}/mt-tb.cgi"):
            xml = '<?xml version="1.0" encoding="windows-874"?>\n<response>\n<error>1</error>\n<message>Need a Source URL for the TrackBack ping.</message>\n</response>\n'
            return Response(200, (("Content-Type", f"text/xml; charset={CHARSET}"),), xml.encode(ENCODING))
        return None

    # -- registration ---------------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        for i, e in enumerate(ENTRIES):
            site.add(e.path, self.static(self.entry_page(i), e.dt + timedelta(minutes=7)))
            aliases: tuple[str, ...] = ()
            if e.old_alias:
                site.add(e.new_path, self.moved(e.path))
                aliases = (self.u(e.new_path),)
            for n in range(len(e.photos)):
                full, thumb = photo_paths(e, n)
                add_jpeg(site, full, 800, 600, e.dt)
                add_jpeg(site, thumb, 400, 300, e.dt)
            for c in e.comments:
                site.add(reply_href(e, c), self.cgi(self.reply_page(e, c)))
                self.non_articles.append(self.u(reply_href(e, c)))
            site.articles.append(
                FixtureArticle(
                    url=self.u(e.path),
                    aliases=aliases,
                    title=e.title,
                    paragraphs=tuple(" ".join(plain(p).split()) for p in e.body + e.more),
                    published=e.dt.date().isoformat(),
                    author=e.author,
                    captions=tuple(caption for _stem, caption in e.photos),
                )
            )
        newest = NEWEST[0].dt + timedelta(minutes=7)
        index = self.static(self.index_page(), newest)
        site.add("/news/", index)
        site.add("/news/index.html", index)
        self.non_articles += [self.u("/news/"), self.u("/news/index.html")]
        for y, m in months_with_entries():
            last = max(e.dt for e in ENTRIES if (e.dt.year, e.dt.month) == (y, m)) + timedelta(minutes=7)
            page = self.static(self.month_page(y, m), last)
            path = month_path(y, m)
            site.add(path, page)
            self.non_articles.append(self.u(path))
            if path.endswith("/"):
                site.add(path + "index.html", page)
        for key in CATS:
            for n, text in self.category_pages(key):
                site.add(cat_path(key, n), self.static(text, newest))
                self.non_articles.append(self.u(cat_href(key, n)))
        self.page("/news/archives.html", self.archives_page(), newest)
        site.add("/news/atom.xml", self.xml(self.atom()))
        site.add("/news/index.xml", self.xml(self.rss()))
        rsd = f"""<?xml version="1.0"?>
<rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">
<service>
<engineName>Movable Type Pro {MT_VERSION}</engineName>
<engineLink>http://www.sixapart.com/movabletype/</engineLink>
<homePageLink>{self.u("/news/")}</homePageLink>
<apis>
<api name="MetaWeblog" preferred="true" apiLink="{self.u(f"{CGI}/mt-xmlrpc.cgi")}" blogID="1" />
<api name="Atom" preferred="false" apiLink="{self.u(f"{CGI}/mt-atom.cgi/weblog")}" blogID="1" />
</apis>
</service>
</rsd>
"""
        site.add("/news/rsd.xml", self.xml(rsd))
        add_text(
            site,
            "/news/styles.css",
            "@import url(/mt-static/themes-base/blog.css);\n@import url(/mt-static/themes/minimalist-green/screen.css);\n",
            "text/css",
        )
        add_text(
            site,
            "/mt-static/themes-base/blog.css",
            "/* Movable Type Classic Blog base */\n#container{width:950px}\n",
            "text/css",
        )
        add_text(
            site,
            "/mt-static/themes/minimalist-green/screen.css",
            "/* Minimalist Green */\nbody{background:#f4f8ef}\n",
            "text/css",
        )
        add_text(
            site,
            "/news/mt.js",
            "function mtAttachEvent(e,f){}\nfunction mtEntryOnLoad(){}\nfunction mtEntryOnUnload(){}\nfunction mtReplyCommentOnClick(id,name){}\nfunction mtCommentOnSubmit(f){return true}\n",
            "application/javascript",
        )
        add_text(
            site,
            "/css/main.css",
            "body{font-family:Tahoma;font-size:13px}\n.topmenu td{background:#2f6b2f}\n",
            "text/css",
        )
        for path, w, h in (
            ("/images/banner.jpg", 980, 180),
            ("/images/mayor.jpg", 150, 190),
            ("/images/songkran2553.jpg", 200, 150),
        ):
            add_jpeg(site, path, w, h, SITE_BUILT)
        for path in ("/images/counter.gif", "/mt-static/images/status_icons/feed.gif"):
            site.add(path, Response(200, (("Content-Type", "image/gif"),), GIF_1X1))
        add_pdf(
            site,
            "/news/files/2556/bid-road-2556.pdf",
            "Price inquiry: road construction 2013",
            ["Don Ya Nang SAO"],
            BY_ID[157].dt,
        )
        add_pdf(
            site,
            "/files/plan2566-2570.pdf",
            "Local Development Plan 2023-2027",
            ["Don Ya Nang SAO"],
            datetime(2022, 10, 3, 9, 0, tzinfo=BANGKOK),
        )
        for code, label in self.ITA:
            add_pdf(
                site,
                f"/files/ita/2567/{code}.pdf",
                f"ITA 2024 {code.upper()}",
                [label.split()[0]],
                datetime(2024, 4, 1, 9, 0, tzinfo=BANGKOK),
            )
        # the parent site
        for path, text in (
            ("/", self.home()),
            ("/about.html", self.about()),
            ("/executive.html", self.executive()),
            ("/contact.html", self.contact()),
            ("/ita.html", self.ita()),
        ):
            self.page(path, text, newest if path == "/" else SITE_BUILT)
        # one page of each trap, and the robots file
        self.non_articles.append(self.u(tag_href("วันเด็ก")))
        self.non_articles.append(self.u(search_href("ภาษี")))
        robots = "User-agent: *\nDisallow: /cgi-bin/mt/mt.cgi\nDisallow: /cgi-bin/mt/mt-tb.cgi\nDisallow: /mt-static/\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.disallowed_paths = ["/cgi-bin/mt/mt.cgi", "/cgi-bin/mt/mt-tb.cgi", "/mt-static/"]
        site.not_found = Response(
            404,
            (("Content-Type", "text/html; charset=iso-8859-1"),),
            f'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n<hr>\n<address>Apache/2.2.15 (CentOS) Server at {self.host} Port 80</address>\n</body></html>\n'.encode(
                "latin-1"
            ),
        )
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_SEARCH, TRAP_TAG]
        site.dynamic = self.dynamic


def parse_query(query: str) -> dict[str, str]:
    """MT decodes parameters in the publish charset; a UTF-8 query (a re-encoding client) works too."""
    out: dict[str, str] = {}
    for pair in query.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        raw = unquote_to_bytes(value.replace("+", " "))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode(ENCODING, errors="replace")
        out.setdefault(unquote_to_bytes(key).decode("latin-1"), text)
    return out


TRAP_SEARCH = r"^/cgi-bin/mt/mt-search\.cgi\?(?:.*&)?search="
TRAP_TAG = r"^/cgi-bin/mt/mt-search\.cgi\?(?:.*&)?tag="


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Apache/2.2.15 (CentOS)", redirect_slashless=True)
    _MT(site).register()
    return site

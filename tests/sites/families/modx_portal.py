# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""modx_portal: a เทศบาลตำบล site on MODX Revolution 2.8 (PHP 7.4, Apache, friendly URLs), set up by a Thai vendor.

CMS imitated: MODX Revolution 2.8.x with the vendor's Bootstrap 4 template ``huaiphai`` and the usual extras:
pdoTools (pdoResources listings, pdoPage pagination ``?page=N``, pdoMenu, pdoNeighbors prev/next,
pdoSitemap), MIGX photo grids (phpThumbOf thumbnails under ``assets/components/phpthumbof/cache/``),
SimpleSearch (``search.html?search=...&id=17``, pages ``&sisea_offset=10``), FormIt (the contact form,
POST), Babel (an ``en`` context under ``/en/``), a tag filter snippet of the vendor's own, an events calendar
snippet and a ``?print=1`` template switch plugin.  MODX's own habits kept: ``<base href="[[++site_url]]" />``
in every head and ``[[~id]]`` links written RELATIVE to it (``link_tag_scheme = -1``: ``ข่าวประชาสัมพันธ์/x.html``,
no leading slash; the English context's base is ``/en/``); Thai resource aliases kept by the default
``friendly_alias_restrict_chars`` (raw UTF-8 in hrefs, dots kept, spaces -> ``-``); ``use_alias_path`` on
(container ``/`` suffix, document ``.html``); every resource also answers ``index.php?id=N``; ``pagetitle`` vs
``longtitle`` (menus, listings and ``<title>`` use the short pagetitle, the page ``h1`` the longtitle);
``Set-Cookie: PHPSESSID`` and ``X-Powered-By: PHP/7.4.33`` on every page; unknown URLs get the MODX error
page (resource 20, status 404, full template).

เทศบาลตำบลห้วยไผ่งาม (fictional), อำเภอโนนศิลาทอง จังหวัดภูผาทอง (fictional).  UTF-8.  TODAY = 2024-06-20.

URL shapes (hrefs relative to ``<base href="{base}/">`` unless said otherwise)
* home ``""`` (= ``/``, ``/index.php``, ``/index.php?id=1``): slider of the 3 newest news (links written
  by a vendor chunk as ``index.php?id=N``), latest 4 of each category, 3 albums, upcoming events, popular
  search words (``search.html?search=<urlencoded>&id=17``), banners.
* news (gold url percent-encoded; the raw UTF-8 spelling the links and rel=canonical write is a gold alias):
  ``/<category alias>/<alias>.html`` under three containers ``ข่าวประชาสัมพันธ์/``,
  ``ข่าวกิจกรรม/``, ``ประกาศ/``; aliases are MODX's filter of the Thai title (long, with dots kept) or an
  ASCII alias typed by the editor (``loykrathong-2566``).  Copies (gold aliases): ``index.php?id=N`` (every
  news answers it; only the home slider's 3 newest are linked that way) and the print view ``<url>?print=1``
  ("พิมพ์" on every article: bare page, ``window.print()``).  Pages carry ``<link rel="canonical">``
  (absolute, raw Thai).  Prev/next (pdoNeighbors) stay inside the category.
* listings: each category container (pdoPage, 6 a page, ``?page=2``; page 1 is the bare container URL,
  "หน้าแรก"/"หน้าสุดท้าย" links root-relative ``/ข่าวกิจกรรม/?page=2``); ``news.html`` "ข่าวทั้งหมด" (10 a
  page, ``news.html?page=2``, ``?page=3``) with a tag cloud and sort links (the filter trap below);
  ``rss.xml`` (10 newest, linked from the head); ``sitemap.xml`` (pdoSitemap: every web-context resource;
  not named in robots.txt nor linked).
* standing pages: ``about/`` (container: children list), ``about/history.html``, ``about/vision.html``,
  ``about/executives.html``, ``about/council.html``, ``about/authority.html``; ``ติดต่อเรา.html`` (FormIt,
  map iframe); ``ita.html`` (OIT O1-O12: PDFs under ``assets/files/ita/2567/`` and internal pages; O11's PDF
  was deleted: 404, ``broken_links``); ``ดาวน์โหลดเอกสาร.html`` (file table); ``ภาพกิจกรรม/`` (album list) and
  albums ``ภาพกิจกรรม/<alias>.html`` (title, date line, "จำนวน N ภาพ", photo grid; one album has one sentence);
  ``calendar.html``; ``search.html``; the footer links ``index.php?id=3``, ``?id=9``, ``?id=10`` (copies of
  standing pages) and "ผู้ดูแลระบบ" ``manager/`` (disallowed).
* English context: ``/en/`` (base ``/en/``), ``/en/about-us.html``, ``/en/contact-us.html``: no news; the TH/EN
  switch links them with absolute URLs (Babel).

Gold: 22 news 2023-07-12 .. 2024-06-18, oldest first (8 ข่าวประชาสัมพันธ์, 8 ข่าวกิจกรรม, 6 ประกาศ).  title = the
``h1.page-title`` (the longtitle when the editor filled it: three news have a shorter pagetitle in
``<title>``, listings and menus).  published = the date line, in four spellings (``วันที่ 15 มีนาคม 2567``,
``15 มี.ค. 2567``, ``วันศุกร์ที่ 15 มีนาคม พ.ศ. 2567``, one notice in Thai digits ``๒๖ เม.ย. ๒๕๖๗`` with its
title and text in Thai digits too); bodies name other dates.  author = "ผู้เขียน: ..." when shown (None on
most).  paragraphs: TinyMCE ``<p>`` with ``&nbsp;`` indents, ``p[style=text-align: justify]``, Word paste
``MsoNormal`` spans with empty ``<p>&nbsp;</p>``, a ``<div>`` with ``<br /><br />`` breaks; list items and
table rows (cells joined by a space) are paragraphs.  Three news are ONE sentence above a MIGX photo grid.
captions: TinyMCE ``figure > figcaption`` only (MIGX grids have none).  Not text: the meta line (date,
views "เข้าชม N ครั้ง", author), attachments, tags "คำค้น", share bar, prev/next, "ข่าวอื่นๆ".

Non-articles: every page above that is not a news item, their ``index.php?id=N`` copies, the listing pages,
the English pages, and one URL of each trap.

Traps (``trap_patterns``, answered by ``dynamic``):
* ``TRAP_CALENDAR``: ``calendar.html?month=M&year=<พ.ศ.>`` for ANY month of any year, each linking the
  previous and next month (and "เดือนนี้").
* ``TRAP_FILTER``: ``news.html?tag=a,b&sort=<publishedon|pagetitle|hits>&dir=<ASC|DESC>&page=N``: the tag
  cloud of a tag page ADDS its tag to the list ("กรองเพิ่ม"), the sort links keep the tags: ordered tag lists
  of 12 tags x 6 sorts; every article's คำค้น links lead in (``news.html?tag=<raw Thai>``).
* ``TRAP_SEARCH``: SimpleSearch results for any words; each results page links three "ค้นหาคำที่เกี่ยวข้อง"
  (the query + one more popular word), so queries grow forever; ``sisea_offset`` pages.

Pitfalls: relative links that only resolve through ``<base href>`` (resolving against the page URL gives
``/ข่าวประชาสัมพันธ์/ข่าวประชาสัมพันธ์/...``: the MODX 404 page); raw UTF-8 hrefs; albums with the same date line as
news; one-sentence news; ``<title>`` differs from the ``h1``; listing dates ``15/03/2567``; a session cookie.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, MONTHS_ABBR, local_dt, rfc822, thai_digits, thai_weekday
from .common import add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "modx_portal"
SITE = "เทศบาลตำบลห้วยไผ่งาม"
SITE_EN = "Huai Phai Ngam Subdistrict Municipality"
AMPHOE = "อำเภอโนนศิลาทอง จังหวัดภูผาทอง"
ADDRESS = "เลขที่ 99 หมู่ 2 ตำบลห้วยไผ่งาม อำเภอโนนศิลาทอง จังหวัดภูผาทอง 47260"
ADDRESS_EN = "99 Moo 2, Huai Phai Ngam, Non Sila Thong District, Phu Pha Thong 47260"
PHONE = "0 4270 1588"
FAX = "0 4270 1589"
EMAIL = "saraban@huaiphaingam.go.th"
MAYOR = "นายชาญวิทย์ บุญไผ่งาม"
TODAY = date(2024, 6, 20)
TPL = "assets/templates/huaiphai"
HTML_TYPE = "text/html; charset=UTF-8"
PER_CAT = 6
PER_ALL = 10
PER_SEARCH = 10
SEARCH_ID = 17

# resource ids of the web context (the tree in the manager)
ID_HOME, ID_ABOUT, ID_HISTORY, ID_VISION, ID_EXEC, ID_COUNCIL, ID_AUTH = 1, 2, 3, 4, 5, 6, 7
ID_CONTACT, ID_ITA, ID_DOWNLOADS, ID_NEWS = 8, 9, 10, 11
ID_GALLERY, ID_CALENDAR = 15, 16

CATS = {
    "pr": (12, "ข่าวประชาสัมพันธ์"),
    "act": (13, "ข่าวกิจกรรม"),
    "notice": (14, "ประกาศ"),
}
TAGS = (
    "ภาษี",
    "ประปา",
    "ผู้สูงอายุ",
    "เด็กและเยาวชน",
    "สาธารณสุข",
    "ไข้เลือดออก",
    "ประเพณี",
    "สิ่งแวดล้อม",
    "ป้องกันภัย",
    "สภาเทศบาล",
    "รับสมัครงาน",
    "โครงสร้างพื้นฐาน",
)
SORTS = (
    ("publishedon", "DESC", "ล่าสุด"),
    ("publishedon", "ASC", "เก่าสุด"),
    ("pagetitle", "ASC", "ชื่อเรื่อง ก-ฮ"),
    ("pagetitle", "DESC", "ชื่อเรื่อง ฮ-ก"),
    ("hits", "DESC", "อ่านมากที่สุด"),
    ("hits", "ASC", "อ่านน้อยที่สุด"),
)
NEW_BADGE = ' <span class="badge badge-danger">ใหม่</span>'
POPULAR = ("ภาษี", "ประปา", "ผู้สูงอายุ", "รับสมัคร", "ขยะ", "ไข้เลือดออก", "งบประมาณ")

TRAP_CALENDAR = r"^/calendar\.html\?(?:.*&)?(?:month|year)="
TRAP_FILTER = r"^/news\.html\?(?:.*&)?(?:tag|sort|dir)="
TRAP_SEARCH = r"^/search\.html\?(?:.*&)?search="


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def modx_alias(title: str) -> str:
    """modResource::filterPathSegment with the default 'pattern' restriction: Thai kept, dots kept."""
    text = re.sub(r"[\0\x0b\t\n\r\f\a&=+%#<>\"~:`@?\[\]{}|^'\\]", "", title)
    text = re.sub(r"[\s%]+", "-", text)
    text = re.sub(r"-{2,}", "-", text).strip("-")
    return text.lower()


def enc(path: str) -> str:
    """Percent-encoded form of a root path (what a browser sends)."""
    return quote(path, safe="/")


def be_long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def be_abbr(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def be_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def date_line(d: date, fmt: str) -> str:
    if fmt == "long":
        return f"วันที่ {be_long(d)}"
    if fmt == "abbr":
        return be_abbr(d)
    if fmt == "wd":
        return f"วัน{thai_weekday(d)}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"
    if fmt == "thai":
        return thai_digits(be_abbr(d))
    raise ValueError(fmt)


# -- content ------------------------------------------------------------------------------------
@dataclass
class Art:
    rid: int
    day: str
    hm: str
    cat: str
    alias_set: str  # "-" = MODX's alias of the (page)title
    style: str  # A TinyMCE nbsp indents, B justified, C Word paste, D div + <br /><br />
    datefmt: str
    title: str = ""
    pagetitle: str = ""
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    blocks: list[tuple[str, str]] = field(default_factory=list)
    grid: int = 0  # MIGX photos under the text (no captions)
    files: list[str] = field(default_factory=list)

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def short(self) -> str:
        return self.pagetitle or self.title

    @property
    def alias(self) -> str:
        return self.alias_set if self.alias_set != "-" else modx_alias(self.short)

    @property
    def rel(self) -> str:
        """The href ``[[~id]]`` writes: relative to <base>, raw UTF-8."""
        return f"{CATS[self.cat][1]}/{self.alias}.html"

    @property
    def path(self) -> str:
        return "/" + enc(self.rel)

    @property
    def paragraphs(self) -> list[str]:
        out = []
        for kind, text in self.blocks:
            if kind in ("P", "L"):
                out.append(" ".join(text.split()))
            elif kind == "R":
                out.append(" ".join(" ".join(c.strip() for c in text.split("|")).split()))
        return out

    @property
    def captions(self) -> list[str]:
        return [t.split("|", 1)[1].strip() for k, t in self.blocks if k == "I" and t.split("|", 1)[1].strip()]

    @property
    def text(self) -> str:
        return " ".join(self.paragraphs)

    @property
    def hits(self) -> int:
        return 40 + int(_h(f"hits:{self.rid}", 6), 16) % 900

    @property
    def year_dir(self) -> str:
        return f"{self.d.year + 543}/{self.d.month:02d}"

    @property
    def first_image(self) -> str:
        for kind, text in self.blocks:
            if kind == "I":
                return f"assets/images/news/{self.year_dir}/{text.split('|', 1)[0].strip()}"
        if self.grid:
            return f"assets/images/news/{self.year_dir}/{self.alias_ascii}-01.jpg"
        return f"{TPL}/images/no-image.jpg"

    @property
    def alias_ascii(self) -> str:
        return self.alias_set if self.alias_set != "-" else f"news{self.rid}"

    @property
    def teaser(self) -> str:
        """introtext: the content stripped and cut at 150 characters (the vendor's ellipsis filter)."""
        text = self.text
        return text if len(text) <= 150 else text[:150].rstrip() + "..."


# One news item per "## id day time category alias(- = from the title) style datefmt" header, then T: title
# (h1; the longtitle when S: gives a shorter pagetitle), A: author, G: tags, body lines P: paragraph, L: list
# item, R: table row (first = header), I: photo | caption, M: number of MIGX grid photos, F: attachment.
SPEC = """
## 101 2023-07-12 10:15 notice - A long
T: ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ
G: รับสมัครงาน
P: ด้วยเทศบาลตำบลห้วยไผ่งามมีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 2 อัตรา ค่าตอบแทนเดือนละ 9,000 บาท
P: ผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ มีสุขภาพร่างกายแข็งแรง และไม่มีลักษณะต้องห้ามตามประกาศคณะกรรมการพนักงานเทศบาลจังหวัดภูผาทอง
P: ผู้ประสงค์จะสมัครให้ยื่นใบสมัครด้วยตนเอง ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล ระหว่างวันที่ 17 - 28 กรกฎาคม 2566 ในวันและเวลาราชการ และจะประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินในวันที่ 2 สิงหาคม 2566
F: ประกาศรับสมัครพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ

## 102 2023-08-11 15:40 act mother-day-2566 B abbr
T: เทศบาลตำบลห้วยไผ่งามจัดกิจกรรมเฉลิมพระเกียรติเนื่องในวันแม่แห่งชาติ 12 สิงหาคม 2566
G: ประเพณี
P: วันที่ 11 สิงหาคม 2566 นายชาญวิทย์ บุญไผ่งาม นายกเทศมนตรีตำบลห้วยไผ่งาม นำคณะผู้บริหาร พนักงาน และประชาชนร่วมลงนามถวายพระพรและมอบเกียรติบัตรแม่ดีเด่นประจำตำบล 8 หมู่บ้าน ณ หอประชุมเทศบาล
M: 6

## 103 2023-09-04 09:00 pr - A long
T: เทศบาลตำบลห้วยไผ่งามเชิญชวนประชาชนร่วมกำจัดแหล่งเพาะพันธุ์ยุงลาย ป้องกันโรคไข้เลือดออก
A: กองสาธารณสุขและสิ่งแวดล้อม
G: ไข้เลือดออก, สาธารณสุข
P: ช่วงฤดูฝนเป็นช่วงที่ยุงลายแพร่พันธุ์ได้มาก ตั้งแต่ต้นปี 2566 อำเภอโนนศิลาทองมีผู้ป่วยโรคไข้เลือดออกแล้ว 47 ราย ในเขตเทศบาลพบผู้ป่วย 6 ราย ส่วนใหญ่เป็นเด็กนักเรียน
P: กองสาธารณสุขและสิ่งแวดล้อม ขอความร่วมมือทุกครัวเรือนปฏิบัติตามมาตรการ 3 เก็บ ป้องกัน 3 โรค ดังนี้
L: เก็บบ้านให้สะอาด ปลอดโปร่ง ไม่ให้เป็นที่เกาะพักของยุง
L: เก็บขยะ เศษภาชนะ ยางรถยนต์เก่า ที่อาจมีน้ำขังรอบบ้าน
L: เก็บน้ำ ปิดฝาโอ่งและภาชนะเก็บน้ำให้มิดชิด เปลี่ยนน้ำในแจกันทุก 7 วัน
I: dengue66-01.jpg | เจ้าหน้าที่และ อสม. ใส่ทรายกำจัดลูกน้ำในโอ่งน้ำบ้านโนนรัง หมู่ 3
P: หากมีไข้สูงลอย 2 วันขึ้นไป ขอให้รีบไปพบแพทย์ที่โรงพยาบาลส่งเสริมสุขภาพตำบลหรือโรงพยาบาลโนนศิลาทอง และห้ามรับประทานยาแอสไพรินหรือยาไอบูโพรเฟน

## 104 2023-10-02 11:30 notice budget-2567 B wd
T: ประกาศเทศบาลตำบลห้วยไผ่งาม เรื่อง ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567
S: ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปี 2567
G: สภาเทศบาล
P: ด้วยสภาเทศบาลตำบลห้วยไผ่งามได้มีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 และนายอำเภอโนนศิลาทองได้พิจารณาอนุมัติแล้ว เมื่อวันที่ 26 กันยายน 2566
P: เทศบาลตำบลห้วยไผ่งามจึงประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ตั้งแต่วันที่ 1 ตุลาคม 2566 เป็นต้นไป โดยมียอดรวมรายจ่ายทั้งสิ้น 48,500,000 บาท จำแนกตามแผนงานได้ดังนี้
R: แผนงาน | งบประมาณ (บาท)
R: แผนงานบริหารงานทั่วไป | 14,230,000
R: แผนงานการศึกษา | 9,870,000
R: แผนงานสาธารณสุข | 3,150,000
R: แผนงานสังคมสงเคราะห์ | 1,020,000
R: แผนงานเคหะและชุมชน | 8,640,000
R: แผนงานสร้างความเข้มแข็งของชุมชน | 890,000
R: แผนงานการศาสนา วัฒนธรรม และนันทนาการ | 1,300,000
R: แผนงานงบกลาง | 9,390,000
R: รวมทั้งสิ้น | 48,500,000
P: ประชาชนที่สนใจสามารถขอตรวจดูรายละเอียดเทศบัญญัติได้ที่กองคลัง สำนักงานเทศบาลตำบลห้วยไผ่งาม ในวันและเวลาราชการ
F: เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567

## 105 2023-10-19 16:20 pr - A abbr
T: แจ้งงดจ่ายน้ำประปาชั่วคราว บ้านโนนรัง หมู่ 3 และบ้านหนองแวง หมู่ 4
G: ประปา
P: เนื่องด้วยกิจการประปาเทศบาลตำบลห้วยไผ่งามจะซ่อมท่อเมนประปาขนาด 4 นิ้วที่แตกรั่วบริเวณหน้าวัดโนนรัง จึงขอแจ้งงดจ่ายน้ำประปาในวันเสาร์ที่ 21 ตุลาคม 2566 ตั้งแต่เวลา 08.30 น. ถึง 15.00 น.
P: ขอให้ประชาชนบ้านโนนรัง หมู่ 3 และบ้านหนองแวง หมู่ 4 สำรองน้ำไว้ใช้ล่วงหน้า ขออภัยในความไม่สะดวกมา ณ โอกาสนี้ สอบถามโทร 0 4270 1588 ต่อ 14

## 106 2023-11-28 20:30 act loykrathong-2566 B wd
T: งานประเพณีลอยกระทงตำบลห้วยไผ่งาม ประจำปี 2566 “สายน้ำแห่งความผูกพัน”
A: งานประชาสัมพันธ์
G: ประเพณี, สิ่งแวดล้อม
P: คืนวันจันทร์ที่ 27 พฤศจิกายน 2566 เทศบาลตำบลห้วยไผ่งามร่วมกับวัดป่าไผ่งามและชาวบ้านทั้ง 8 หมู่บ้าน จัดงานประเพณีลอยกระทง ประจำปี 2566 ณ อ่างเก็บน้ำห้วยไผ่ โดยมีนายอำเภอโนนศิลาทองเป็นประธานในพิธีเปิด
P: งานปีนี้ใช้ชื่อว่า “สายน้ำแห่งความผูกพัน” เพื่อระลึกถึงคุณค่าของอ่างเก็บน้ำห้วยไผ่ที่หล่อเลี้ยงการเกษตรของชาวตำบลมากว่า 40 ปี ภายในงานมีการประกวดกระทงประดิษฐ์ ประกวดนางนพมาศ ประกวดหนูน้อยนพมาศ และการแสดงพื้นบ้านของนักเรียน
I: loykrathong66-01.jpg | นายอำเภอโนนศิลาทองกล่าวเปิดงานประเพณีลอยกระทง ณ อ่างเก็บน้ำห้วยไผ่
P: ผลการประกวดกระทงประดิษฐ์ประเภทสวยงาม รางวัลชนะเลิศได้แก่บ้านไผ่งาม หมู่ 2 รองชนะเลิศอันดับ 1 ได้แก่บ้านดงเค็ง หมู่ 5 และรองชนะเลิศอันดับ 2 ได้แก่บ้านนาดี หมู่ 8 ส่วนนางนพมาศประจำปี 2566 ได้แก่ นางสาวกัญญารัตน์ ศรีห้วย จากบ้านห้วยไผ่ หมู่ 1
P: เทศบาลได้รณรงค์ให้ใช้กระทงจากวัสดุธรรมชาติ เช่น กาบกล้วย ใบตอง และขนมปัง งดใช้กระทงโฟมทุกชนิด และจัดเรือเก็บกระทงตลอดคืนเพื่อไม่ให้กระทงตกค้างในอ่างเก็บน้ำ
I: loykrathong66-02.jpg | ขบวนแห่กระทงของบ้านไผ่งาม หมู่ 2
P: เช้าวันรุ่งขึ้น พนักงานเทศบาลและจิตอาสาได้ร่วมกันเก็บกระทงได้ทั้งสิ้น 2,846 ใบ เป็นกระทงจากวัสดุธรรมชาติร้อยละ 96 ซึ่งเพิ่มขึ้นจากปีที่ผ่านมา
P: นายกเทศมนตรีตำบลห้วยไผ่งามขอขอบคุณทุกหมู่บ้าน วัด โรงเรียน และผู้สนับสนุนทุกท่านที่ทำให้งานสำเร็จลุล่วงด้วยความเรียบร้อยและปลอดภัย
I: loykrathong66-03.jpg |

## 107 2023-12-15 09:45 pr - C long
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปีภาษี พ.ศ. 2567 เทศบาลตำบลห้วยไผ่งาม
S: ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567
A: งานจัดเก็บรายได้ กองคลัง
G: ภาษี
P: งานจัดเก็บรายได้ กองคลัง เทศบาลตำบลห้วยไผ่งาม ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลทราบว่า เทศบาลจะส่งหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ภายในเดือนกุมภาพันธ์ 2567
P: ผู้เสียภาษีต้องชำระภาษีภายในเดือนเมษายน 2567 ส่วนเจ้าของป้ายให้ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567
P: ชำระได้ที่กองคลัง ชั้น 1 สำนักงานเทศบาลตำบลห้วยไผ่งาม ในวันและเวลาราชการ หรือโอนผ่านบัญชีธนาคารกรุงไทย สาขาโนนศิลาทอง ชื่อบัญชี “เทศบาลตำบลห้วยไผ่งาม (ภาษี)” แล้วส่งหลักฐานการโอนทางไลน์ @huaiphaingam

## 108 2024-01-13 13:00 act children-day-2567 B abbr
T: งานวันเด็กแห่งชาติ ประจำปี 2567 เทศบาลตำบลห้วยไผ่งาม
G: เด็กและเยาวชน
P: วันเสาร์ที่ 13 มกราคม 2567 เทศบาลตำบลห้วยไผ่งามจัดงานวันเด็กแห่งชาติ ณ สนามกีฬาโรงเรียนบ้านห้วยไผ่ มีเด็กและผู้ปกครองร่วมงานกว่า 1,200 คน ร่วมเล่นเกม รับของขวัญ และชมการแสดงของนักเรียนศูนย์พัฒนาเด็กเล็กทั้ง 2 แห่ง
M: 8

## 109 2024-01-25 10:00 notice - B long
T: รับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลตำบลห้วยไผ่งาม ปีการศึกษา 2567
A: กองการศึกษา
G: เด็กและเยาวชน
P: กองการศึกษา เทศบาลตำบลห้วยไผ่งาม เปิดรับสมัครเด็กที่เกิดระหว่างวันที่ 16 พฤษภาคม 2564 ถึงวันที่ 16 พฤษภาคม 2565 เข้าเรียนในศูนย์พัฒนาเด็กเล็กบ้านห้วยไผ่และศูนย์พัฒนาเด็กเล็กบ้านนาดี รวม 70 คน
P: รับสมัครตั้งแต่วันที่ 1 กุมภาพันธ์ ถึง 15 มีนาคม 2567 ณ ศูนย์พัฒนาเด็กเล็กทั้งสองแห่ง โดยใช้หลักฐานดังนี้
L: สำเนาสูติบัตรของเด็ก 1 ฉบับ
L: สำเนาทะเบียนบ้านของเด็กและผู้ปกครอง อย่างละ 1 ฉบับ
L: สำเนาสมุดบันทึกสุขภาพแม่และเด็ก (สมุดสีชมพู)
L: รูปถ่ายเด็กขนาด 1 นิ้ว จำนวน 2 รูป
P: เด็กทุกคนได้รับอาหารกลางวัน อาหารเสริม (นม) และวัสดุการศึกษาโดยไม่เสียค่าใช้จ่าย
F: ใบสมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2567

## 110 2024-02-08 14:30 pr - D long
T: เทศบาลตำบลห้วยไผ่งามจัดเวทีประชาคมหมู่บ้าน ทบทวนแผนพัฒนาท้องถิ่น ครบทั้ง 8 หมู่บ้าน
A: สำนักปลัดเทศบาล
G: สภาเทศบาล, โครงสร้างพื้นฐาน
P: ระหว่างวันที่ 1 - 7 กุมภาพันธ์ 2567 เทศบาลตำบลห้วยไผ่งามออกเวทีประชาคมหมู่บ้านครบทั้ง 8 หมู่บ้าน เพื่อรับฟังปัญหาและความต้องการของประชาชนประกอบการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)
P: มีประชาชนเข้าร่วมเวทีรวม 642 คน ปัญหาที่เสนอมากที่สุด ได้แก่ ถนนลูกรังในพื้นที่การเกษตร ไฟฟ้าส่องสว่างสาธารณะ และน้ำประปาไม่เพียงพอในช่วงฤดูแล้ง
P: เทศบาลจะรวบรวมโครงการทั้งหมดเสนอต่อคณะกรรมการพัฒนาเทศบาลพิจารณาจัดลำดับความสำคัญ ก่อนนำเข้าสภาเทศบาลในสมัยประชุมเดือนเมษายน 2567

## 111 2024-02-20 10:30 act - A abbr
T: เปิดภาคเรียนโรงเรียนผู้สูงอายุตำบลห้วยไผ่งาม รุ่นที่ 5
G: ผู้สูงอายุ
P: วันที่ 20 กุมภาพันธ์ 2567 เทศบาลตำบลห้วยไผ่งามจัดพิธีเปิดภาคเรียนโรงเรียนผู้สูงอายุตำบลห้วยไผ่งาม รุ่นที่ 5 ณ ศาลาการเปรียญวัดป่าไผ่งาม มีผู้สูงอายุสมัครเรียน 58 คน
P: หลักสูตรมีระยะเวลา 16 สัปดาห์ เรียนทุกวันอังคาร ประกอบด้วยวิชาการดูแลสุขภาพ การใช้โทรศัพท์มือถืออย่างรู้เท่าทัน กฎหมายน่ารู้ในชีวิตประจำวัน และการทำผลิตภัณฑ์จากภูมิปัญญาท้องถิ่น
I: elderly-school-05.jpg | ผู้สูงอายุโรงเรียนผู้สูงอายุ รุ่นที่ 5 ถ่ายภาพร่วมกับคณะผู้บริหาร

## 112 2024-03-05 11:00 pr - C abbr
T: ขอความร่วมมืองดเผาในที่โล่ง ลดฝุ่นละอองขนาดเล็ก PM2.5
A: งานป้องกันและบรรเทาสาธารณภัย
G: สิ่งแวดล้อม, ป้องกันภัย
P: ด้วยขณะนี้จังหวัดภูผาทองมีค่าฝุ่นละอองขนาดเล็ก PM2.5 เกินค่ามาตรฐานติดต่อกันหลายวัน ซึ่งส่งผลกระทบต่อสุขภาพของประชาชน โดยเฉพาะเด็ก ผู้สูงอายุ และผู้ป่วยโรคระบบทางเดินหายใจ
P: เทศบาลตำบลห้วยไผ่งามจึงขอความร่วมมือเกษตรกรงดเผาตอซังข้าว เผาอ้อย และเผาขยะในที่โล่ง ตั้งแต่บัดนี้ถึงวันที่ 30 เมษายน 2567 หากพบเห็นการเผาแจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล โทร 0 4270 1599 ตลอด 24 ชั่วโมง

## 113 2024-03-18 15:00 notice - A long
T: ประกาศเรียกประชุมสภาเทศบาลตำบลห้วยไผ่งาม สมัยสามัญ สมัยที่ 2 ประจำปี 2567
G: สภาเทศบาล
P: อาศัยอำนาจตามความในมาตรา 25 แห่งพระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม ประธานสภาเทศบาลตำบลห้วยไผ่งามจึงเรียกประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี 2567 มีกำหนด 30 วัน ตั้งแต่วันที่ 1 เมษายน 2567 เป็นต้นไป

## 114 2024-04-09 09:30 pr - B long
T: เทศบาลตำบลห้วยไผ่งามตั้งจุดบริการประชาชน ช่วงเทศกาลสงกรานต์ 2567 ลดอุบัติเหตุทางถนน
A: งานป้องกันและบรรเทาสาธารณภัย
G: ป้องกันภัย
P: เทศบาลตำบลห้วยไผ่งามร่วมกับสถานีตำรวจภูธรโนนศิลาทอง ตั้งจุดบริการประชาชนบริเวณสามแยกบ้านไผ่งาม ระหว่างวันที่ 11 - 17 เมษายน 2567 ตลอด 24 ชั่วโมง
P: จุดบริการมีน้ำดื่ม กาแฟ และที่พักผ่อนสำหรับผู้ขับขี่ พร้อมเจ้าหน้าที่ อปพร. และรถกู้ภัยประจำจุด ผู้ที่เดินทางกลับภูมิลำเนาขอให้ขับขี่ด้วยความระมัดระวัง ไม่ดื่มแล้วขับ และสวมหมวกนิรภัยทุกครั้ง

## 115 2024-04-13 16:45 act songkran-2567 B abbr
T: รดน้ำดำหัวขอพรผู้สูงอายุ สืบสานประเพณีสงกรานต์ ประจำปี 2567
G: ประเพณี, ผู้สูงอายุ
P: วันที่ 13 เมษายน 2567 คณะผู้บริหาร สมาชิกสภา และพนักงานเทศบาลตำบลห้วยไผ่งาม ร่วมพิธีรดน้ำดำหัวขอพรผู้สูงอายุทั้ง 8 หมู่บ้าน ณ หอประชุมเทศบาล
M: 10

## 116 2024-04-26 10:00 notice - A thai
T: ประกาศเทศบาลตำบลห้วยไผ่งาม เรื่อง ขยายเวลาการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. ๒๕๖๗
S: ขยายเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี ๒๕๖๗
G: ภาษี
P: ตามที่กระทรวงมหาดไทยได้ออกประกาศขยายกำหนดเวลาการดำเนินการตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒ สำหรับปีภาษี พ.ศ. ๒๕๖๗ นั้น
P: เทศบาลตำบลห้วยไผ่งามจึงขอประกาศขยายเวลาการชำระภาษีที่ดินและสิ่งปลูกสร้าง จากเดิมภายในเดือนเมษายน เป็นภายในวันที่ ๓๑ กรกฎาคม ๒๕๖๗ ผู้ที่ชำระภายในกำหนดไม่ต้องเสียเบี้ยปรับและเงินเพิ่ม
P: ประกาศ ณ วันที่ ๒๖ เมษายน พ.ศ. ๒๕๖๗
F: ประกาศขยายเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี ๒๕๖๗

## 117 2024-05-08 14:15 act - D abbr
T: ฝึกซ้อมแผนป้องกันและระงับอัคคีภัยในสำนักงานเทศบาลและศูนย์พัฒนาเด็กเล็ก
A: งานป้องกันและบรรเทาสาธารณภัย
G: ป้องกันภัย, เด็กและเยาวชน
P: วันที่ 8 พฤษภาคม 2567 งานป้องกันและบรรเทาสาธารณภัย เทศบาลตำบลห้วยไผ่งาม จัดฝึกซ้อมแผนป้องกันและระงับอัคคีภัย โดยมีพนักงานเทศบาล ครูผู้ดูแลเด็ก และผู้ปกครองเข้าร่วมกว่า 90 คน
P: การฝึกซ้อมประกอบด้วยการใช้ถังดับเพลิงเคมี การอพยพหนีไฟตามเส้นทางที่กำหนด และการปฐมพยาบาลผู้ได้รับบาดเจ็บจากการสำลักควัน โดยได้รับการสนับสนุนวิทยากรจากสถานีดับเพลิงอำเภอโนนศิลาทอง
I: firedrill67-01.jpg | ครูผู้ดูแลเด็กฝึกใช้ถังดับเพลิงเคมีชนิดผงแห้ง
P: เทศบาลกำหนดให้มีการฝึกซ้อมแผนเป็นประจำทุกปี และได้ตรวจสอบถังดับเพลิงในอาคารของเทศบาลทั้ง 24 ถังให้อยู่ในสภาพพร้อมใช้งาน

## 118 2024-05-21 08:45 pr - A abbr
T: ขอเชิญนำสุนัขและแมวรับวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี ประจำปี 2567
A: กองสาธารณสุขและสิ่งแวดล้อม
G: สาธารณสุข
P: กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลห้วยไผ่งาม จะออกให้บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าแก่สุนัขและแมวโดยไม่เสียค่าใช้จ่าย ระหว่างวันที่ 27 พฤษภาคม ถึง 7 มิถุนายน 2567 ตามตารางดังนี้
L: วันที่ 27 - 28 พฤษภาคม 2567 บ้านห้วยไผ่ หมู่ 1 และบ้านไผ่งาม หมู่ 2
L: วันที่ 29 - 31 พฤษภาคม 2567 บ้านโนนรัง หมู่ 3 บ้านหนองแวง หมู่ 4 และบ้านดงเค็ง หมู่ 5
L: วันที่ 3 - 7 มิถุนายน 2567 บ้านห้วยไผ่ใต้ หมู่ 6 บ้านโคกกลาง หมู่ 7 และบ้านนาดี หมู่ 8
P: สัตว์ที่มีอายุ 2 เดือนขึ้นไปควรได้รับวัคซีนทุกปี เจ้าของสัตว์ที่ยังไม่ได้ขึ้นทะเบียนสามารถขึ้นทะเบียนได้ที่จุดบริการ

## 119 2024-05-30 11:20 notice - A long
T: ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโคกกลาง - บ้านนาดี
G: โครงสร้างพื้นฐาน
P: ตามที่เทศบาลตำบลห้วยไผ่งามได้ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโคกกลาง หมู่ 7 - บ้านนาดี หมู่ 8 ขนาดกว้าง 5 เมตร ยาว 850 เมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) นั้น
P: ผู้ชนะการเสนอราคา ได้แก่ ห้างหุ้นส่วนจำกัด ภูผาทองการโยธา โดยเสนอราคาต่ำสุดเป็นเงินทั้งสิ้น 2,497,000 บาท (สองล้านสี่แสนเก้าหมื่นเจ็ดพันบาทถ้วน) รวมภาษีมูลค่าเพิ่มและค่าใช้จ่ายทั้งปวงแล้ว
F: ประกาศผู้ชนะการเสนอราคา ถนน คสล. สายบ้านโคกกลาง - บ้านนาดี

## 120 2024-06-05 10:10 act world-environment-day-2567 B wd
T: วันสิ่งแวดล้อมโลก 2567 ชาวห้วยไผ่งามร่วมปลูกต้นไม้และเก็บขยะรอบอ่างเก็บน้ำห้วยไผ่
A: งานประชาสัมพันธ์
G: สิ่งแวดล้อม
P: เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 เทศบาลตำบลห้วยไผ่งามร่วมกับโรงเรียนบ้านห้วยไผ่ ชมรมผู้สูงอายุ และจิตอาสาทั้ง 8 หมู่บ้าน รวมกว่า 350 คน จัดกิจกรรมปลูกต้นไม้และเก็บขยะรอบอ่างเก็บน้ำห้วยไผ่
I: envday67-01.jpg | นายกเทศมนตรีตำบลห้วยไผ่งามนำจิตอาสาปลูกต้นยางนาริมอ่างเก็บน้ำห้วยไผ่
P: ต้นไม้ที่ปลูกในครั้งนี้ ได้แก่ ต้นยางนา ต้นพะยูง ต้นมะค่าโมง และต้นคูน รวม 600 ต้น ได้รับการสนับสนุนกล้าไม้จากสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดภูผาทอง โดยแต่ละหมู่บ้านรับผิดชอบดูแลรดน้ำในช่วงสามเดือนแรก
P: กิจกรรมเก็บขยะตลอดแนวถนนรอบอ่างเก็บน้ำระยะทาง 3.5 กิโลเมตร เก็บขยะได้ประมาณ 420 กิโลกรัม ส่วนใหญ่เป็นขวดพลาสติกและถุงพลาสติก ซึ่งได้คัดแยกส่งธนาคารขยะของโรงเรียนบ้านห้วยไผ่
P: นายชาญวิทย์ บุญไผ่งาม นายกเทศมนตรีตำบลห้วยไผ่งาม กล่าวว่า อ่างเก็บน้ำห้วยไผ่เป็นแหล่งน้ำดิบของประปาเทศบาลและแหล่งน้ำการเกษตรของตำบล การดูแลพื้นที่รอบอ่างจึงเป็นหน้าที่ของทุกคน
P: ในปีงบประมาณ พ.ศ. 2568 เทศบาลมีแผนจัดทำทางเดินศึกษาธรรมชาติและจุดชมวิวรอบอ่างเก็บน้ำ เพื่อให้เป็นแหล่งเรียนรู้และพักผ่อนหย่อนใจของชุมชน
I: envday67-02.jpg | นักเรียนโรงเรียนบ้านห้วยไผ่ร่วมเก็บขยะริมอ่างเก็บน้ำ
I: envday67-03.jpg | ขยะที่เก็บได้ถูกคัดแยกก่อนส่งธนาคารขยะ
P: เทศบาลขอขอบคุณทุกภาคส่วนที่ร่วมกิจกรรม และขอเชิญชวนประชาชนร่วมกันลดการใช้ถุงพลาสติกและไม่ทิ้งขยะลงแหล่งน้ำ

## 121 2024-06-12 09:00 pr - A long
T: ประชาสัมพันธ์การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568
S: ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2568
A: งานพัฒนาชุมชน สำนักปลัดเทศบาล
G: ผู้สูงอายุ
P: เทศบาลตำบลห้วยไผ่งามขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ พ.ศ. 2568 คือผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508 มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ
P: ลงทะเบียนได้ที่งานพัฒนาชุมชน สำนักปลัดเทศบาล ทุกวันทำการของเดือน ตั้งแต่บัดนี้ถึงวันที่ 30 กันยายน 2567 โดยนำเอกสารมาดังนี้
L: บัตรประจำตัวประชาชนตัวจริง
L: สำเนาทะเบียนบ้าน
L: สมุดบัญชีเงินฝากธนาคารของผู้สูงอายุหรือผู้รับมอบอำนาจ
P: ผู้ที่ย้ายภูมิลำเนาเข้ามาอยู่ในเขตเทศบาลและเคยได้รับเบี้ยยังชีพจากท้องถิ่นเดิม ต้องมาลงทะเบียนใหม่ด้วย

## 122 2024-06-18 15:30 act - B abbr
T: ค่ายเยาวชนห้วยไผ่งามรวมพลังต้านภัยยาเสพติด ประจำปี 2567
G: เด็กและเยาวชน
P: ระหว่างวันที่ 15 - 16 มิถุนายน 2567 เทศบาลตำบลห้วยไผ่งามร่วมกับสถานีตำรวจภูธรโนนศิลาทอง จัดค่ายเยาวชนรวมพลังต้านภัยยาเสพติด ให้แก่นักเรียนชั้นมัธยมศึกษาในตำบล จำนวน 80 คน ณ อุทยานการเรียนรู้อ่างเก็บน้ำห้วยไผ่
P: เยาวชนได้เรียนรู้โทษของยาเสพติดและบุหรี่ไฟฟ้า ฝึกทักษะการปฏิเสธ และทำกิจกรรมกลุ่มสัมพันธ์ ก่อนร่วมกันประกาศเจตนารมณ์เป็นแกนนำเยาวชนต้านยาเสพติดประจำหมู่บ้าน
M: 4
"""


def _parse(spec: str) -> list[Art]:
    arts = []
    for chunk in spec.split("\n## ")[1:]:
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        rid, day, hm, cat, alias, style, datefmt = lines[0].split()
        art = Art(int(rid), day, hm, cat, alias, style, datefmt)
        for line in lines[1:]:
            key, _, value = line.partition(":")
            value = value.strip()
            if key == "T":
                art.title = value
            elif key == "S":
                art.pagetitle = value
            elif key == "A":
                art.author = value
            elif key == "G":
                art.tags = [t.strip() for t in value.split(",")]
            elif key == "M":
                art.grid = int(value)
            elif key == "F":
                art.files.append(value)
            elif key in ("P", "L", "R", "I"):
                art.blocks.append((key, value))
            else:
                raise ValueError(f"{FAMILY}: bad spec line {line!r}")
        for tag in art.tags:
            assert tag in TAGS, tag
        arts.append(art)
    arts.sort(key=lambda a: (a.day, a.hm))
    return arts


ARTS = _parse(SPEC)
BY_ID = {a.rid: a for a in ARTS}

# albums: (id, alias, title, day, photos, sentence)
ALBUMS = (
    (201, "ภาพกิจกรรมวันแม่แห่งชาติ-2566", "ภาพกิจกรรมวันแม่แห่งชาติ 2566", "2023-08-11", 12, ""),
    (202, "ลอยกระทง-2566", "ประมวลภาพงานประเพณีลอยกระทง ประจำปี 2566", "2023-11-28", 16, ""),
    (203, "songkran-2567-album", "ภาพพิธีรดน้ำดำหัวผู้สูงอายุ เทศกาลสงกรานต์ 2567", "2024-04-13", 9, ""),
    (
        204,
        "วันสิ่งแวดล้อมโลก-2567",
        "ภาพกิจกรรมวันสิ่งแวดล้อมโลก ปลูกต้นไม้รอบอ่างเก็บน้ำห้วยไผ่",
        "2024-06-05",
        8,
        "ภาพบรรยากาศกิจกรรมปลูกต้นไม้และเก็บขยะรอบอ่างเก็บน้ำห้วยไผ่ เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567",
    ),
)

# calendar events (Gregorian day, time, title, place)
EVENTS = (
    ("2024-05-27", "08.30 น.", "ออกฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า หมู่ 1 - 2", "ศาลากลางบ้านห้วยไผ่"),
    ("2024-06-05", "08.00 น.", "กิจกรรมวันสิ่งแวดล้อมโลก", "อ่างเก็บน้ำห้วยไผ่"),
    ("2024-06-15", "09.00 น.", "ค่ายเยาวชนรวมพลังต้านภัยยาเสพติด", "อุทยานการเรียนรู้อ่างเก็บน้ำห้วยไผ่"),
    ("2024-06-26", "09.00 น.", "วันต่อต้านยาเสพติดโลก เดินรณรงค์", "หน้าสำนักงานเทศบาล"),
    ("2024-07-03", "13.30 น.", "ประชุมประจำเดือนผู้นำชุมชน", "ห้องประชุมเทศบาล ชั้น 2"),
    ("2024-07-20", "07.00 น.", "แห่เทียนพรรษา ประจำปี 2567", "วัดป่าไผ่งาม"),
    ("2024-08-09", "09.00 น.", "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3", "ห้องประชุมสภาเทศบาล"),
    ("2024-08-12", "07.30 น.", "พิธีถวายพระพรชัยมงคล วันแม่แห่งชาติ", "หอประชุมเทศบาล"),
)

ITA_ITEMS = (
    ("O1", "โครงสร้างหน่วยงาน", "page", ID_EXEC),
    ("O2", "ข้อมูลผู้บริหาร", "page", ID_EXEC),
    ("O3", "อำนาจหน้าที่", "page", ID_AUTH),
    ("O4", "แผนพัฒนาท้องถิ่น", "pdf", "O4-แผนพัฒนาท้องถิ่น-2566-2570.pdf"),
    ("O5", "กฎหมายที่เกี่ยวข้อง", "pdf", "O5-laws.pdf"),
    ("O6", "ข่าวประชาสัมพันธ์", "page", 12),
    ("O7", "ช่องทางติดต่อหน่วยงาน", "page", ID_CONTACT),
    ("O8", "แผนดำเนินงานประจำปี 2567", "pdf", "O8-action-plan-2567.pdf"),
    ("O9", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "pdf", "O9-report-6m-2567.pdf"),
    ("O10", "รายงานผลการดำเนินงานประจำปี 2566", "pdf", "O10-annual-report-2566.pdf"),
    ("O11", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "pdf", "O11-manual.pdf"),
    ("O12", "คู่มือหรือมาตรฐานการให้บริการ", "pdf", "O12-service-standard.pdf"),
)

DOWNLOADS = (
    ("แบบคำร้องทั่วไป", "form-general.pdf", "2022-03-01"),
    ("แบบคำขออนุญาตก่อสร้างอาคาร (ข.1)", "form-kor1.pdf", "2022-03-01"),
    ("แบบแสดงรายการภาษีป้าย (ภ.ป.1)", "form-pp1.pdf", "2023-12-15"),
    ("แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", "form-elderly.pdf", "2024-06-12"),
    ("แบบคำร้องขอรับการสงเคราะห์ผู้ป่วยเอดส์", "form-aids.pdf", "2021-09-30"),
)

STANDING = {
    ID_HISTORY: (
        "about/history.html",
        "ประวัติความเป็นมา",
        '<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; ตำบลห้วยไผ่งามเดิมเป็นส่วนหนึ่งของตำบลโนนศิลา ชื่อ “ห้วยไผ่งาม” มาจากลำห้วยที่มีกอไผ่ขึ้นหนาแน่นสองฝั่ง ชาวบ้านรุ่นแรกอพยพมาจากบ้านดงเค็งเมื่อประมาณ 120 ปีก่อน และตั้งถิ่นฐานตามลำห้วยเพื่อทำนา</p>'
        '<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; ต่อมาได้รับการยกฐานะเป็นองค์การบริหารส่วนตำบลห้วยไผ่งามเมื่อปี พ.ศ. 2539 และเปลี่ยนแปลงฐานะเป็นเทศบาลตำบลห้วยไผ่งามเมื่อวันที่ 12 สิงหาคม พ.ศ. 2552 มีพื้นที่ 42.7 ตารางกิโลเมตร 8 หมู่บ้าน ประชากร 6,912 คน</p>',
    ),
    ID_VISION: (
        "about/vision.html",
        "วิสัยทัศน์และพันธกิจ",
        "<h3>วิสัยทัศน์</h3><p>“ห้วยไผ่งามน่าอยู่ เกษตรปลอดภัย ใส่ใจคุณภาพชีวิต ร่วมคิดร่วมพัฒนา”</p><h3>พันธกิจ</h3>"
        "<ol><li>พัฒนาโครงสร้างพื้นฐานและแหล่งน้ำเพื่อการเกษตร</li><li>ส่งเสริมอาชีพและเศรษฐกิจชุมชน</li><li>ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และประเพณีท้องถิ่น</li><li>ดูแลสุขภาพและสวัสดิการของประชาชน</li><li>บริหารจัดการอย่างโปร่งใสตามหลักธรรมาภิบาล</li></ol>",
    ),
    ID_EXEC: (
        "about/executives.html",
        "คณะผู้บริหาร",
        f'<div class="row text-center"><div class="col-12"><img src="{TPL}/images/mayor.jpg" alt="" width="220" height="280" class="img-fluid" /><p><strong>{MAYOR}</strong><br />นายกเทศมนตรีตำบลห้วยไผ่งาม</p></div>'
        '<div class="col-6"><p><strong>นางพรรณี ศรีห้วย</strong><br />รองนายกเทศมนตรี</p></div><div class="col-6"><p><strong>นายบุญมา แก้วดงเค็ง</strong><br />รองนายกเทศมนตรี</p></div>'
        '<div class="col-6"><p><strong>นายสุรเชษฐ์ นาดี</strong><br />เลขานุการนายกเทศมนตรี</p></div><div class="col-6"><p><strong>นายวิโรจน์ คำมูล</strong><br />ปลัดเทศบาล</p></div></div>',
    ),
    ID_COUNCIL: (
        "about/council.html",
        "สมาชิกสภาเทศบาล",
        '<table class="table table-striped"><tbody><tr><th>ลำดับ</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th></tr>'
        "<tr><td>1</td><td>นายทองใบ ห้วยไผ่</td><td>ประธานสภาเทศบาล</td></tr><tr><td>2</td><td>นางสาวอรอุมา โนนรัง</td><td>รองประธานสภาเทศบาล</td></tr>"
        "<tr><td>3</td><td>นายประเสริฐ หนองแวง</td><td>สมาชิกสภาเทศบาล เขต 1</td></tr><tr><td>4</td><td>นายสมหมาย โคกกลาง</td><td>สมาชิกสภาเทศบาล เขต 2</td></tr>"
        "<tr><td>5</td><td>นายวิโรจน์ คำมูล</td><td>เลขานุการสภาเทศบาล</td></tr></tbody></table>",
    ),
    ID_AUTH: (
        "about/authority.html",
        "อำนาจหน้าที่",
        "<p>เทศบาลตำบลห้วยไผ่งามมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 ได้แก่</p>"
        "<ul><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ</li><li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ให้มีน้ำสะอาดหรือการประปา</li></ul>",
    ),
}


# -- the site ------------------------------------------------------------------------------------
class _Modx:
    def __init__(self, site: FixtureSite) -> None:
        self.site = site
        self.base = site.base_url
        self.non_articles: list[str] = []
        self.by_cat = {c: [a for a in ARTS if a.cat == c] for c in CATS}
        self.newest = sorted(ARTS, key=lambda a: (a.day, a.hm), reverse=True)

    # -- helpers ---------------------------------------------------------------------------------
    def u(self, path: str) -> str:
        return self.base + path

    def html(self, text: str, status: int = 200, seed: str = "") -> Response:
        sid = _h(f"sess:{seed}", 26)
        return Response(
            status,
            (
                ("Content-Type", HTML_TYPE),
                ("X-Powered-By", "PHP/7.4.33"),
                ("Set-Cookie", f"PHPSESSID={sid}; path=/; HttpOnly"),
                ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
                ("Cache-Control", "no-store, no-cache, must-revalidate"),
                ("Pragma", "no-cache"),
            ),
            text.encode("utf-8"),
        )

    def add_page(self, target: str, text: str, listed: bool = True) -> None:
        self.site.add(target, self.html(text, seed=target))
        if listed:
            self.non_articles.append(self.u(target))

    def img(self, a: Art, name: str) -> str:
        return f"assets/images/news/{a.year_dir}/{name}"

    def thumb(self, src: str, w: int = 360, h: int = 240) -> str:
        stem = src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return f"assets/components/phpthumbof/cache/{stem}.{_h(src + str(w), 32)}.jpg"

    def cat_rel(self, cat: str) -> str:
        return f"{CATS[cat][1]}/"

    def res_rel(self, rid: int) -> str:
        if rid in BY_ID:
            return BY_ID[rid].rel
        if rid in STANDING:
            return STANDING[rid][0]
        for _cat, (cid, name) in CATS.items():
            if cid == rid:
                return f"{name}/"
        return {
            ID_HOME: "",
            ID_ABOUT: "about/",
            ID_CONTACT: "ติดต่อเรา.html",
            ID_ITA: "ita.html",
            ID_DOWNLOADS: "ดาวน์โหลดเอกสาร.html",
            ID_NEWS: "news.html",
            ID_GALLERY: "ภาพกิจกรรม/",
            ID_CALENDAR: "calendar.html",
            SEARCH_ID: "search.html",
        }[rid]

    def search_href(self, words: str, offset: int = 0) -> str:
        out = f"search.html?search={quote_plus(words)}&amp;id={SEARCH_ID}"
        return out + (f"&amp;sisea_offset={offset}" if offset else "")

    # -- chrome ------------------------------------------------------------------------------------
    def menu(self) -> str:
        about = "".join(
            f'<li><a href="{STANDING[i][0]}">{STANDING[i][1]}</a></li>'
            for i in (ID_HISTORY, ID_VISION, ID_EXEC, ID_COUNCIL, ID_AUTH)
        )
        news = "".join(f'<li><a href="{name}/">{name}</a></li>' for _c, (_i, name) in CATS.items())
        return (
            '<nav class="navbar navbar-expand-lg navbar-dark bg-main"><div class="container">'
            '<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainmenu"><span class="navbar-toggler-icon"></span></button>'
            '<div class="collapse navbar-collapse" id="mainmenu"><ul class="navbar-nav mr-auto">'
            '<li class="first nav-item"><a href="" title="หน้าแรก">หน้าแรก</a></li>'
            f'<li class="nav-item dropdown"><a href="about/" title="ข้อมูลพื้นฐาน">ข้อมูลพื้นฐาน</a><ul class="dropdown-menu">{about}</ul></li>'
            f'<li class="nav-item dropdown"><a href="news.html" title="ข่าวสาร">ข่าวสาร</a><ul class="dropdown-menu">{news}<li><a href="ภาพกิจกรรม/">ภาพกิจกรรม</a></li></ul></li>'
            '<li class="nav-item"><a href="ita.html" title="การเปิดเผยข้อมูลสาธารณะ (OIT)">ITA</a></li>'
            '<li class="nav-item"><a href="ดาวน์โหลดเอกสาร.html" title="ดาวน์โหลดเอกสาร">ดาวน์โหลด</a></li>'
            '<li class="nav-item"><a href="calendar.html" title="ปฏิทินกิจกรรม">ปฏิทินกิจกรรม</a></li>'
            '<li class="last nav-item"><a href="ติดต่อเรา.html" title="ติดต่อเรา">ติดต่อเรา</a></li>'
            "</ul></div></div></nav>"
        )

    def footer(self) -> str:
        count = 187_402
        return (
            '<footer class="footer"><div class="container"><div class="row">'
            f'<div class="col-md-5"><h5>{SITE}</h5><p>{ADDRESS}<br />โทรศัพท์ {PHONE} โทรสาร {FAX}<br />อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>'
            '<div class="col-md-4"><h5>ลิงก์ด่วน</h5><ul class="list-unstyled">'
            f'<li><a href="index.php?id={ID_HISTORY}">ประวัติความเป็นมา</a></li><li><a href="index.php?id={ID_ITA}">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>'
            f'<li><a href="index.php?id={ID_DOWNLOADS}">ดาวน์โหลดเอกสาร</a></li><li><a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>'
            '<li><a href="https://www.facebook.com/huaiphaingam.go.th" target="_blank">Facebook เทศบาล</a></li><li><a href="https://line.me/R/ti/p/@huaiphaingam" target="_blank">LINE @huaiphaingam</a></li></ul></div>'
            f'<div class="col-md-3"><h5>สถิติผู้เข้าชม</h5><p class="counter">{count:,}</p><p><a href="manager/" rel="nofollow">ผู้ดูแลระบบ</a></p></div>'
            "</div></div>"
            f'<div class="copyright">&copy; 2567 {SITE} สงวนลิขสิทธิ์ | Powered by <a href="https://modx.com/" target="_blank">MODX Revolution</a></div></footer>'
            f'<script src="{TPL}/js/jquery-3.5.1.min.js"></script><script src="{TPL}/js/bootstrap.bundle.min.js"></script><script src="{TPL}/js/jquery.fancybox.min.js"></script><script src="{TPL}/js/main.js"></script>'
        )

    def sidebar(self) -> str:
        latest = "".join(
            f'<li class="media"><img src="{self.thumb(a.first_image, 90, 60)}" class="mr-2" width="90" height="60" alt="" /><div class="media-body"><a href="{a.rel}">{esc(a.short)}</a><br /><small>{be_slash(a.d)}</small></div></li>'
            for a in self.newest[:5]
        )
        return (
            '<aside class="col-lg-4 sidebar">'
            f'<div class="widget"><h4 class="widget-title">ข่าวล่าสุด</h4><ul class="list-unstyled">{latest}</ul></div>'
            '<div class="widget"><h4 class="widget-title">ปฏิทินกิจกรรม</h4><p><a href="calendar.html">ดูปฏิทินกิจกรรมทั้งหมด</a></p></div>'
            f'<div class="widget banners"><a href="ita.html"><img src="{TPL}/images/banner-ita.png" alt="ITA" /></a><a href="http://www.dla.go.th/" target="_blank"><img src="{TPL}/images/banner-dla.png" alt="สถ." /></a><a href="https://www.1111.go.th/" target="_blank"><img src="{TPL}/images/banner-1111.png" alt="1111" /></a></div>'
            "</aside>"
        )

    def page(
        self,
        title: str,
        body: str,
        *,
        rid: int | None,
        canonical: str | None,
        en_href: str | None = None,
        description: str = "",
        side: bool = True,
    ) -> str:
        canon = f'<link rel="canonical" href="{attr(canonical)}" />\n' if canonical else ""
        en = en_href or f"{self.base}/en/"
        cls = f"resource-{rid}" if rid else "resource-error"
        main = (
            f'<div class="col-lg-8 main-content">{body}</div>{self.sidebar()}'
            if side
            else f'<div class="col-12">{body}</div>'
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<base href="{self.base}/" />
<title>{esc(title)} | {SITE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="{attr(description or SITE + " " + AMPHOE)}" />
{canon}<link rel="alternate" type="application/rss+xml" title="ข่าวสาร {SITE}" href="rss.xml" />
<link rel="shortcut icon" href="{TPL}/images/favicon.ico" />
<link rel="stylesheet" href="{TPL}/css/bootstrap.min.css" />
<link rel="stylesheet" href="{TPL}/css/jquery.fancybox.min.css" />
<link rel="stylesheet" href="{TPL}/css/style.css?v=2.3" />
</head>
<body class="{cls}">
<div class="topbar"><div class="container d-flex justify-content-between">
<div class="fontsize"><a href="javascript:void(0)" onclick="fontSize(-1)">ก-</a> <a href="javascript:void(0)" onclick="fontSize(0)">ก</a> <a href="javascript:void(0)" onclick="fontSize(1)">ก+</a></div>
<div class="lang"><a href="" class="active">TH</a> | <a href="{attr(en)}">EN</a></div>
<form class="sisea-search-form form-inline" action="search.html" method="get"><input type="hidden" name="id" value="{SEARCH_ID}" /><input type="text" name="search" class="form-control form-control-sm" placeholder="ค้นหา..." value="" /><button type="submit" class="btn btn-sm btn-light">ค้นหา</button></form>
</div></div>
<header class="site-header"><div class="container"><a href="" class="logo"><img src="{TPL}/images/logo.png" alt="{SITE}" width="96" height="96" /></a><div class="site-title"><h2>{SITE}</h2><p>{AMPHOE}</p></div></div></header>
{self.menu()}
<div class="container"><div class="row">{main}</div></div>
{self.footer()}
</body>
</html>
"""

    def crumbs(self, *items: tuple[str, str | None]) -> str:
        parts = ['<li class="breadcrumb-item"><a href="">หน้าแรก</a></li>']
        for label, href in items:
            if href is None:
                parts.append(f'<li class="breadcrumb-item active">{esc(label)}</li>')
            else:
                parts.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        return f'<ol class="breadcrumb">{"".join(parts)}</ol>'

    # -- news content --------------------------------------------------------------------------------
    def body_html(self, a: Art) -> str:
        out: list[str] = []
        i = 0
        blocks = a.blocks
        if a.style == "D":
            run: list[str] = []

            def flush() -> None:
                if run:
                    out.append(
                        '<div style="text-align: justify;">'
                        + "<br /><br />".join(f"&nbsp; &nbsp; &nbsp; {esc(t)}" for t in run)
                        + "</div>"
                    )
                    run.clear()

            for kind, text in blocks:
                if kind == "P":
                    run.append(text)
                else:
                    flush()
                    out.append(self.block_html(a, kind, text))
            flush()
            return "\n".join(out)
        while i < len(blocks):
            kind, text = blocks[i]
            if kind == "L":
                items = []
                while i < len(blocks) and blocks[i][0] == "L":
                    items.append(f"<li>{esc(blocks[i][1])}</li>")
                    i += 1
                out.append(f"<ul>{''.join(items)}</ul>")
                continue
            if kind == "R":
                rows = []
                first = True
                while i < len(blocks) and blocks[i][0] == "R":
                    cells = [c.strip() for c in blocks[i][1].split("|")]
                    if first:
                        rows.append(
                            "<tr>"
                            + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in cells)
                            + "</tr>"
                        )
                    else:
                        rows.append(
                            f'<tr><td>{esc(cells[0])}</td><td style="text-align: right;">{esc(cells[1])}</td></tr>'
                        )
                    first = False
                    i += 1
                out.append(
                    f'<table class="table table-bordered" style="width: 100%;" border="1" cellpadding="5"><tbody>{"".join(rows)}</tbody></table>'
                )
                continue
            out.append(self.block_html(a, kind, text))
            if a.style == "C" and kind == "P":
                out.append(
                    '<p class="MsoNormal"><span lang="TH" style="font-family: \'TH SarabunPSK\', sans-serif; font-size: 16.0pt;">&nbsp;</span></p>'
                )
            i += 1
        return "\n".join(out)

    def block_html(self, a: Art, kind: str, text: str) -> str:
        if kind == "I":
            name, cap = (x.strip() for x in text.split("|", 1))
            src = self.img(a, name)
            if cap:
                return f'<figure class="image"><img src="{src}" alt="" width="800" height="533" /><figcaption>{esc(cap)}</figcaption></figure>'
            return f'<p style="text-align: center;"><img src="{src}" alt="{attr(name)}" width="800" height="533" /></p>'
        if kind == "P":
            if a.style == "A":
                return f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{esc(text)}</p>"
            if a.style == "B":
                return f'<p style="text-align: justify;">{esc(text)}</p>'
            if a.style == "C":
                return f'<p class="MsoNormal" style="text-indent: 36.0pt;"><span lang="TH" style="font-family: \'TH SarabunPSK\', sans-serif; font-size: 16.0pt;">{esc(text)}</span></p>'
            return f"<p>{esc(text)}</p>"
        raise ValueError(kind)

    def grid_html(self, a: Art) -> str:
        if not a.grid:
            return ""
        items = []
        for n in range(1, a.grid + 1):
            src = f"assets/images/news/{a.year_dir}/{a.alias_ascii}-{n:02d}.jpg"
            items.append(
                f'<div class="col-6 col-md-3 mb-3"><a href="{src}" data-fancybox="gallery"><img src="{self.thumb(src)}" class="img-fluid" alt="" /></a></div>'
            )
        return f'<div class="row migx-gallery">{"".join(items)}</div>'

    def files_html(self, a: Art) -> str:
        if not a.files:
            return ""
        items = "".join(
            f'<li><img src="{TPL}/images/icon-pdf.png" alt="" /> <a href="assets/files/news/{a.d.year + 543}/{a.rid}-{n}.pdf" target="_blank">{esc(label)}</a></li>'
            for n, label in enumerate(a.files, 1)
        )
        return f'<div class="post-files"><h5>เอกสารแนบ</h5><ul class="list-unstyled">{items}</ul></div>'

    def neighbors(self, a: Art) -> str:
        same = self.by_cat[a.cat]
        i = same.index(a)
        prev = f'<a href="{same[i - 1].rel}" class="prev">&laquo; {esc(same[i - 1].short)}</a>' if i > 0 else ""
        nxt = (
            f'<a href="{same[i + 1].rel}" class="next">{esc(same[i + 1].short)} &raquo;</a>'
            if i + 1 < len(same)
            else ""
        )
        return f'<nav class="neighbors d-flex justify-content-between"><span class="link-prev">{prev}</span><span class="link-next">{nxt}</span></nav>'

    def others(self, a: Art) -> str:
        same = [b for b in self.newest if b.cat == a.cat and b is not a][:4]
        items = "".join(
            f'<div class="col-6 col-md-3"><a href="{b.rel}"><img src="{self.thumb(b.first_image, 240, 160)}" class="img-fluid" alt="" /></a><p><a href="{b.rel}">{esc(b.short)}</a></p></div>'
            for b in same
        )
        return f'<div class="other-news"><h4>ข่าวอื่นๆ ใน{CATS[a.cat][1]}</h4><div class="row">{items}</div></div>'

    def meta(self, a: Art) -> str:
        parts = [f'<span class="date"><i class="fa fa-calendar"></i> {date_line(a.d, a.datefmt)}</span>']
        parts.append(f'<span class="hits"><i class="fa fa-eye"></i> เข้าชม {a.hits:,} ครั้ง</span>')
        if a.author:
            parts.append(f'<span class="author"><i class="fa fa-user"></i> ผู้เขียน: {esc(a.author)}</span>')
        return f'<div class="post-meta">{" ".join(parts)}</div>'

    def article_page(self, a: Art) -> str:
        cat_name = CATS[a.cat][1]
        tags = ""
        if a.tags:
            tags = (
                '<div class="post-tags">คำค้น: '
                + " ".join(f'<a href="news.html?tag={t}" class="badge badge-light">{t}</a>' for t in a.tags)
                + "</div>"
            )
        share = (
            '<div class="share">'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(self.u(a.path), safe="")}" target="_blank">แชร์ Facebook</a> '
            f'<a href="https://social-plugins.line.me/lineit/share?url={quote(self.u(a.path), safe="")}" target="_blank">แชร์ LINE</a> '
            f'<a href="{a.rel}?print=1" target="_blank" rel="nofollow">พิมพ์</a></div>'
        )
        body = (
            self.crumbs((cat_name, f"{cat_name}/"), (a.short, None))
            + '<article class="content-detail">'
            + f'<h1 class="page-title">{esc(a.title)}</h1>'
            + self.meta(a)
            + f'<div class="post-content">\n{self.body_html(a)}\n</div>'
            + self.grid_html(a)
            + self.files_html(a)
            + tags
            + share
            + self.neighbors(a)
            + "</article>"
            + self.others(a)
        )
        return self.page(a.short, body, rid=a.rid, canonical=self.u("/") + a.rel, description=a.teaser)

    def print_page(self, a: Art) -> str:
        return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8" /><base href="{self.base}/" /><title>{esc(a.short)} | {SITE}</title>
<meta name="robots" content="noindex" /><link rel="stylesheet" href="{TPL}/css/print.css" /></head>
<body onload="window.print()"><div class="print-header"><img src="{TPL}/images/logo.png" alt="" width="60" /> {SITE}</div>
<h1>{esc(a.title)}</h1><p class="print-date">{date_line(a.d, a.datefmt)}</p>
<div class="print-content">{self.body_html(a)}</div>
<p class="print-url">ที่มา: {esc(self.u("/") + a.rel)}</p></body></html>
"""

    # -- listings --------------------------------------------------------------------------------
    def item_html(self, a: Art) -> str:
        return (
            '<div class="news-item media mb-4">'
            f'<a href="{a.rel}"><img src="{self.thumb(a.first_image)}" class="mr-3" width="180" height="120" alt="" /></a>'
            f'<div class="media-body"><h5><a href="{a.rel}">{esc(a.short)}</a></h5>'
            f'<p class="small text-muted"><i class="fa fa-calendar"></i> {be_slash(a.d)} &nbsp; <i class="fa fa-eye"></i> {a.hits:,}</p>'
            f'<p>{esc(a.teaser)}</p><a href="{a.rel}" class="btn btn-sm btn-outline-success">อ่านต่อ</a></div></div>'
        )

    def pdo_nav(self, root: str, page: int, pages: int, extra: str = "") -> str:
        """pdoPage's nav: root-relative hrefs, page 1 = the bare URL."""
        if pages <= 1:
            return ""

        def href(p: int) -> str:
            q = extra
            if p > 1:
                q = f"{q}&amp;page={p}" if q else f"page={p}"
            return root + (f"?{q}" if q else "")

        items = [f'<li class="page-item"><a class="page-link" href="{href(1)}">หน้าแรก</a></li>']
        items.append(
            f'<li class="page-item"><a class="page-link" href="{href(page - 1)}">&laquo;</a></li>'
            if page > 1
            else '<li class="page-item disabled"><span class="page-link">&laquo;</span></li>'
        )
        for p in range(1, pages + 1):
            if p == page:
                items.append(f'<li class="page-item active"><a class="page-link" href="{href(p)}">{p}</a></li>')
            else:
                items.append(f'<li class="page-item"><a class="page-link" href="{href(p)}">{p}</a></li>')
        items.append(
            f'<li class="page-item"><a class="page-link" href="{href(page + 1)}">&raquo;</a></li>'
            if page < pages
            else '<li class="page-item disabled"><span class="page-link">&raquo;</span></li>'
        )
        items.append(f'<li class="page-item"><a class="page-link" href="{href(pages)}">หน้าสุดท้าย</a></li>')
        return f'<nav aria-label="pagination"><ul class="pagination">{"".join(items)}</ul></nav>'

    def cat_page(self, cat: str, page: int) -> str:
        cid, name = CATS[cat]
        items = sorted(self.by_cat[cat], key=lambda a: (a.day, a.hm), reverse=True)
        pages = -(-len(items) // PER_CAT)
        chunk = items[(page - 1) * PER_CAT : page * PER_CAT]
        body = (
            self.crumbs((name, None))
            + f'<h1 class="page-title">{name}</h1><div class="news-list">{"".join(self.item_html(a) for a in chunk)}</div>'
            + self.pdo_nav(f"/{name}/", page, pages)
        )
        return self.page(name, body, rid=cid, canonical=self.u("/") + f"{name}/")

    def tag_cloud(self, current: list[str], sort: tuple[str, str] | None) -> str:
        links = []
        for t in TAGS:
            if t in current:
                links.append(f'<span class="badge badge-success">{t}</span>')
                continue
            q = f"tag={','.join([*current, t])}"
            if sort:
                q += f"&amp;sort={sort[0]}&amp;dir={sort[1]}"
            links.append(f'<a href="news.html?{q}" class="badge badge-light">{t}</a>')
        label = "กรองเพิ่ม" if current else "คำค้น"
        return f'<div class="tag-cloud"><strong>{label}:</strong> {" ".join(links)}</div>'

    def sort_links(self, current: list[str], sort: tuple[str, str] | None) -> str:
        links = []
        for key, direction, label in SORTS:
            q = (f"tag={','.join(current)}&amp;" if current else "") + f"sort={key}&amp;dir={direction}"
            if sort == (key, direction):
                links.append(f"<strong>{label}</strong>")
            else:
                links.append(f'<a href="news.html?{q}">{label}</a>')
        return f'<div class="sort-links">เรียงตาม: {" | ".join(links)}</div>'

    def all_news(self, page: int, tags: list[str] | None = None, sort: tuple[str, str] | None = None) -> str | None:
        tags = tags or []
        items = [a for a in ARTS if all(t in a.tags for t in tags)]
        key, direction = sort or ("publishedon", "DESC")
        if key == "publishedon":
            items.sort(key=lambda a: (a.day, a.hm))
        elif key == "pagetitle":
            items.sort(key=lambda a: a.short)
        else:
            items.sort(key=lambda a: a.hits)
        if direction == "DESC":
            items.reverse()
        pages = max(1, -(-len(items) // PER_ALL))
        if page > pages:
            return None
        chunk = items[(page - 1) * PER_ALL : page * PER_ALL]
        extra = "&amp;".join(
            ([f"tag={','.join(tags)}"] if tags else []) + ([f"sort={sort[0]}&amp;dir={sort[1]}"] if sort else [])
        )
        heading = "ข่าวทั้งหมด" + (f" : {', '.join(tags)}" if tags else "")
        listing = (
            "".join(self.item_html(a) for a in chunk) or '<p class="alert alert-warning">ไม่พบข้อมูลข่าวตามเงื่อนไขที่เลือก</p>'
        )
        body = (
            self.crumbs(("ข่าวสาร", "news.html"), (heading, None)) if tags or sort else self.crumbs(("ข่าวทั้งหมด", None))
        ) + (
            f'<h1 class="page-title">{esc(heading)}</h1>'
            + self.sort_links(tags, sort)
            + self.tag_cloud(tags, sort)
            + f'<p class="small">พบ {len(items)} รายการ</p><div class="news-list">{listing}</div>'
            + self.pdo_nav("/news.html", page, pages, extra)
        )
        return self.page(heading, body, rid=ID_NEWS, canonical=self.u("/news.html"))

    # -- home ------------------------------------------------------------------------------------
    def home(self) -> str:
        slides = "".join(
            f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="index.php?id={a.rid}"><img src="{a.first_image}" class="d-block w-100" alt="" /></a><div class="carousel-caption"><h5>{esc(a.short)}</h5></div></div>'
            for i, a in enumerate(self.newest[:3])
        )
        boxes = []
        for cat, (_cid, name) in CATS.items():
            latest = sorted(self.by_cat[cat], key=lambda a: (a.day, a.hm), reverse=True)[:4]
            lis = "".join(
                f'<li><a href="{a.rel}">{esc(a.short)}</a> <small class="text-muted">({be_slash(a.d)})</small>{NEW_BADGE if (TODAY - a.d).days < 14 else ""}</li>'
                for a in latest
            )
            boxes.append(
                f'<div class="home-box"><h3>{name}</h3><ul class="list-news">{lis}</ul><a href="{name}/" class="more">ดูทั้งหมด &raquo;</a></div>'
            )
        albums = "".join(
            f'<div class="col-md-4"><a href="ภาพกิจกรรม/{al[1]}.html"><img src="{self.thumb(f"assets/images/gallery/{al[0]}/01.jpg")}" class="img-fluid" alt="" /></a><p><a href="ภาพกิจกรรม/{al[1]}.html">{esc(al[2])}</a></p></div>'
            for al in ALBUMS[::-1][:3]
        )
        upcoming = "".join(
            f"<li>{be_abbr(date.fromisoformat(d))} {t} {esc(title)}</li>"
            for d, t, title, _p in EVENTS
            if date.fromisoformat(d) >= TODAY
        )
        words = " ".join(f'<a href="{self.search_href(w)}">{w}</a>' for w in POPULAR[:5])
        body = (
            f'<div id="slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>'
            f'<div class="mayor-message"><img src="{TPL}/images/mayor.jpg" alt="" width="120" /><p>“ห้วยไผ่งามน่าอยู่ เกษตรปลอดภัย ใส่ใจคุณภาพชีวิต”</p><p>{MAYOR}<br />นายกเทศมนตรีตำบลห้วยไผ่งาม</p></div>'
            + "".join(boxes)
            + f'<div class="home-box"><h3>ภาพกิจกรรม</h3><div class="row">{albums}</div><a href="ภาพกิจกรรม/" class="more">ดูทั้งหมด &raquo;</a></div>'
            + f'<div class="home-box"><h3>กิจกรรมที่จะมาถึง</h3><ul>{upcoming}</ul><a href="calendar.html" class="more">ปฏิทินกิจกรรม &raquo;</a></div>'
            + f'<div class="popular-search">คำค้นยอดนิยม: {words}</div>'
        )
        return self.page("หน้าแรก", body, rid=ID_HOME, canonical=self.u("/"))

    # -- standing pages -------------------------------------------------------------------------------
    def standing(self, rid: int) -> str:
        rel, title, content = STANDING[rid]
        body = (
            self.crumbs(("ข้อมูลพื้นฐาน", "about/"), (title, None))
            + f'<h1 class="page-title">{title}</h1><div class="post-content">{content}</div>'
        )
        en = f"{self.base}/en/about-us.html" if rid == ID_HISTORY else None
        return self.page(title, body, rid=rid, canonical=self.u("/") + rel, en_href=en)

    def about(self) -> str:
        kids = "".join(f'<li><a href="{STANDING[i][0]}">{STANDING[i][1]}</a></li>' for i in STANDING)
        body = (
            self.crumbs(("ข้อมูลพื้นฐาน", None))
            + f'<h1 class="page-title">ข้อมูลพื้นฐาน</h1><p>{SITE} ตั้งอยู่ทางทิศตะวันออกของอำเภอโนนศิลาทอง ห่างจากที่ว่าการอำเภอประมาณ 14 กิโลเมตร</p><ul class="children">{kids}</ul>'
        )
        return self.page(
            "ข้อมูลพื้นฐาน", body, rid=ID_ABOUT, canonical=self.u("/about/"), en_href=f"{self.base}/en/about-us.html"
        )

    def contact(self) -> str:
        form = (
            '<form action="ติดต่อเรา.html" method="post" class="contact-form"><input type="hidden" name="nospam" value="" />'
            '<div class="form-group"><label for="name">ชื่อ - สกุล</label><input type="text" name="name" id="name" class="form-control" value="" /></div>'
            '<div class="form-group"><label for="email">อีเมล</label><input type="email" name="email" id="email" class="form-control" value="" /></div>'
            '<div class="form-group"><label for="subject">เรื่อง</label><input type="text" name="subject" id="subject" class="form-control" value="" /></div>'
            '<div class="form-group"><label for="message">ข้อความ</label><textarea name="message" id="message" class="form-control" rows="5"></textarea></div>'
            '<button type="submit" class="btn btn-success">ส่งข้อความ</button></form>'
        )
        body = (
            self.crumbs(("ติดต่อเรา", None))
            + f'<h1 class="page-title">ติดต่อเรา</h1><p><strong>{SITE}</strong><br />{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br />อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
            "<p>เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
            '<div class="map"><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d3826!2d103.91!3d16.72" width="100%" height="320" style="border:0" loading="lazy"></iframe></div>'
            f"<h3>ส่งข้อความถึงเทศบาล</h3>{form}"
        )
        return self.page(
            "ติดต่อเรา",
            body,
            rid=ID_CONTACT,
            canonical=self.u("/") + "ติดต่อเรา.html",
            en_href=f"{self.base}/en/contact-us.html",
        )

    def ita(self) -> str:
        rows = []
        for code, label, kind, target in ITA_ITEMS:
            href = (
                f"index.php?id={target}"
                if kind == "page" and target in (ID_EXEC, ID_AUTH)
                else (self.res_rel(target) if kind == "page" else f"assets/files/ita/2567/{target}")
            )
            rows.append(
                f'<tr><td class="text-center">{code}</td><td>{esc(label)}</td><td><a href="{href}" target="_blank">เปิดดู</a></td></tr>'
            )
        body = (
            self.crumbs(("การเปิดเผยข้อมูลสาธารณะ (OIT)", None))
            + '<h1 class="page-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567</h1>'
            + "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ตัวชี้วัดที่ 9 และ 10</p>"
            + f'<table class="table table-bordered"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        )
        return self.page("ITA", body, rid=ID_ITA, canonical=self.u("/ita.html"))

    def downloads(self) -> str:
        rows = "".join(
            f'<tr><td>{i}</td><td><a href="assets/files/download/{f}" target="_blank">{esc(label)}</a></td><td>{be_slash(date.fromisoformat(d))}</td><td>{100 + int(_h(f, 4), 16) % 900}</td></tr>'
            for i, (label, f, d) in enumerate(DOWNLOADS, 1)
        )
        body = (
            self.crumbs(("ดาวน์โหลดเอกสาร", None))
            + f'<h1 class="page-title">ดาวน์โหลดเอกสาร</h1><table class="table table-striped"><thead><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ดาวน์โหลด</th></tr></thead><tbody>{rows}</tbody></table>'
        )
        return self.page("ดาวน์โหลดเอกสาร", body, rid=ID_DOWNLOADS, canonical=self.u("/") + "ดาวน์โหลดเอกสาร.html")

    def gallery_index(self) -> str:
        items = "".join(
            f'<div class="col-md-4 mb-4"><a href="ภาพกิจกรรม/{al[1]}.html"><img src="{self.thumb(f"assets/images/gallery/{al[0]}/01.jpg")}" class="img-fluid" alt="" /></a><h5><a href="ภาพกิจกรรม/{al[1]}.html">{esc(al[2])}</a></h5><small>{be_slash(date.fromisoformat(al[3]))}</small></div>'
            for al in ALBUMS[::-1]
        )
        body = self.crumbs(("ภาพกิจกรรม", None)) + f'<h1 class="page-title">ภาพกิจกรรม</h1><div class="row">{items}</div>'
        return self.page("ภาพกิจกรรม", body, rid=ID_GALLERY, canonical=self.u("/") + "ภาพกิจกรรม/")

    def album(self, al: tuple) -> str:
        rid, alias, title, day, count, sentence = al
        d = date.fromisoformat(day)
        photos = "".join(
            f'<div class="col-6 col-md-3 mb-3"><a href="assets/images/gallery/{rid}/{n:02d}.jpg" data-fancybox="album"><img src="{self.thumb(f"assets/images/gallery/{rid}/{n:02d}.jpg")}" class="img-fluid" alt="" /></a></div>'
            for n in range(1, count + 1)
        )
        text = f"<p>{esc(sentence)}</p>" if sentence else ""
        body = (
            self.crumbs(("ภาพกิจกรรม", "ภาพกิจกรรม/"), (title, None))
            + f'<h1 class="page-title">{esc(title)}</h1><div class="post-meta"><span class="date"><i class="fa fa-calendar"></i> วันที่ {be_long(d)}</span> <span>จำนวน {count} ภาพ</span></div>'
            + text
            + f'<div class="row migx-gallery">{photos}</div>'
        )
        return self.page(title, body, rid=rid, canonical=self.u("/") + f"ภาพกิจกรรม/{alias}.html")

    # -- calendar (trap) -----------------------------------------------------------------------------
    def calendar(self, month: int, year_be: int) -> str:
        year = year_be - 543
        prev_m, prev_y = (12, year_be - 1) if month == 1 else (month - 1, year_be)
        next_m, next_y = (1, year_be + 1) if month == 12 else (month + 1, year_be)
        rows = []
        if 1 <= year <= 9999:
            first = date(year, month, 1)
            days = (date(year + (month == 12), month % 12 + 1, 1) - first).days if year < 9999 or month < 12 else 31
            cells = ["<td></td>"] * first.weekday()
            for day in range(1, days + 1):
                iso = f"{year:04d}-{month:02d}-{day:02d}"
                mark = " has-event" if any(e[0] == iso for e in EVENTS) else ""
                cells.append(f'<td class="day{mark}">{day}</td>')
            while len(cells) % 7:
                cells.append("<td></td>")
            rows = ["<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7)]
        events = [e for e in EVENTS if e[0].startswith(f"{year:04d}-{month:02d}-")]
        listing = (
            "".join(
                f"<li><strong>{be_abbr(date.fromisoformat(d))}</strong> เวลา {t} {esc(ti)} ณ {esc(p)}</li>"
                for d, t, ti, p in events
            )
            or "<li>ไม่มีกิจกรรมในเดือนนี้</li>"
        )
        head = "".join(f"<th>{w}</th>" for w in ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."))
        body = (
            self.crumbs(("ปฏิทินกิจกรรม", None))
            + f'<h1 class="page-title">ปฏิทินกิจกรรม</h1><div class="cal-nav d-flex justify-content-between">'
            f'<a href="calendar.html?month={prev_m}&amp;year={prev_y}">&laquo; เดือนก่อน</a><strong>{MONTHS[month - 1]} {year_be}</strong>'
            f'<a href="calendar.html?month={next_m}&amp;year={next_y}">เดือนถัดไป &raquo;</a></div>'
            f'<table class="table table-bordered calendar"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'<h4>กิจกรรมประจำเดือน</h4><ul class="events">{listing}</ul><p><a href="calendar.html?month={TODAY.month}&amp;year={TODAY.year + 543}">เดือนนี้</a></p>'
        )
        return self.page("ปฏิทินกิจกรรม", body, rid=ID_CALENDAR, canonical=self.u("/calendar.html"))

    # -- search (trap) -----------------------------------------------------------------------------
    def search(self, words: str | None, offset: int = 0) -> str | None:
        form = f'<form class="sisea-search-form" action="search.html" method="get"><input type="hidden" name="id" value="{SEARCH_ID}" /><input type="text" name="search" value="{attr(words or "")}" /><input type="submit" value="ค้นหา" /></form>'
        if not words:
            body = (
                self.crumbs(("ค้นหา", None))
                + f'<h1 class="page-title">ค้นหา</h1>{form}<p>คำค้นยอดนิยม: '
                + " ".join(f'<a href="{self.search_href(w)}">{w}</a>' for w in POPULAR)
                + "</p>"
            )
            return self.page("ค้นหา", body, rid=SEARCH_ID, canonical=self.u("/search.html"))
        terms = words.split()
        hits = [a for a in self.newest if all(t in a.title + " " + a.text for t in terms)]
        if offset < 0 or offset % PER_SEARCH or (offset and offset >= len(hits)):
            return None
        chunk = hits[offset : offset + PER_SEARCH]
        results = "".join(
            f'<div class="sisea-result"><h3>{offset + i}. <a href="{a.rel}" title="{attr(a.title)}">{esc(a.short)}</a></h3><div class="extract"><p>{esc(a.teaser)}</p></div></div>'
            for i, a in enumerate(chunk, 1)
        )
        paging = ""
        if len(hits) > PER_SEARCH:
            links = []
            for n, off in enumerate(range(0, len(hits), PER_SEARCH), 1):
                if off == offset:
                    links.append(f'<span class="sisea-page sisea-current-page">{n}</span>')
                else:
                    links.append(f'<span class="sisea-page"><a href="{self.search_href(words, off)}">{n}</a></span>')
            paging = f'<div class="sisea-paging"><span class="sisea-result-pages">หน้าผลการค้นหา: </span>{" | ".join(links)}</div>'
        related = [w for w in POPULAR if w not in terms][:3]
        rel = " ".join(f'<a href="{self.search_href(words + " " + w)}">{esc(words)} {w}</a>' for w in related)
        info = (
            f"พบ {len(hits)} รายการ สำหรับคำค้น &quot;{esc(words)}&quot;"
            if hits
            else f"ไม่พบผลการค้นหาสำหรับ &quot;{esc(words)}&quot;"
        )
        body = (
            self.crumbs(("ค้นหา", "search.html"), (words, None))
            + f'<h1 class="page-title">ผลการค้นหา</h1>{form}<p class="sisea-results">{info}</p>{paging}<div class="sisea-results-list">{results}</div>{paging}'
            + f'<div class="sisea-related">ค้นหาคำที่เกี่ยวข้อง: {rel}</div>'
        )
        return self.page("ผลการค้นหา", body, rid=SEARCH_ID, canonical=self.u("/search.html"))

    # -- English context (Babel) -----------------------------------------------------------------------
    def en_page(self, rel: str, title: str, content: str, th_href: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<base href="{self.base}/en/" />
<title>{esc(title)} | {SITE_EN}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="canonical" href="{self.base}/en/{rel}" />
<link rel="stylesheet" href="{self.base}/{TPL}/css/bootstrap.min.css" />
<link rel="stylesheet" href="{self.base}/{TPL}/css/style.css?v=2.3" />
</head>
<body class="context-en">
<div class="topbar"><div class="container"><div class="lang"><a href="{th_href}">TH</a> | <a href="" class="active">EN</a></div></div></div>
<header class="site-header"><div class="container"><a href="" class="logo"><img src="{self.base}/{TPL}/images/logo.png" alt="" width="96" height="96" /></a><div class="site-title"><h2>{SITE_EN}</h2><p>Non Sila Thong District, Phu Pha Thong</p></div></div></header>
<nav class="navbar"><ul class="navbar-nav"><li><a href="">Home</a></li><li><a href="about-us.html">About us</a></li><li><a href="contact-us.html">Contact us</a></li></ul></nav>
<div class="container"><h1 class="page-title">{esc(title)}</h1>{content}</div>
<footer class="footer"><div class="container"><p>{SITE_EN}<br />{ADDRESS_EN}<br />Tel. +66 42 701 588</p></div></footer>
</body>
</html>
"""

    # -- feeds -------------------------------------------------------------------------------------
    def rss(self) -> Response:
        items = "".join(
            f"<item><title>{esc(a.short)}</title><link>{esc(self.u('/') + a.rel)}</link><description><![CDATA[{a.teaser}]]></description>"
            f'<pubDate>{rfc822(local_dt(a.day, a.hm))}</pubDate><guid isPermaLink="false">{a.rid}</guid></item>\n'
            for a in self.newest[:10]
        )
        body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>ข่าวสาร {SITE}</title><link>{self.base}/</link><description>ข่าวประชาสัมพันธ์ ข่าวกิจกรรม และประกาศ</description><language>th</language>
{items}</channel></rss>
"""
        return Response(
            200,
            (("Content-Type", "application/rss+xml; charset=UTF-8"), ("X-Powered-By", "PHP/7.4.33")),
            body.encode("utf-8"),
        )

    def sitemap(self, rels: list[str]) -> Response:
        urls = "".join(
            f"<url><loc>{esc(self.u('/') + r)}</loc><changefreq>weekly</changefreq><priority>0.5</priority></url>\n"
            for r in rels
        )
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
        return Response(
            200, (("Content-Type", "text/xml; charset=UTF-8"), ("X-Powered-By", "PHP/7.4.33")), body.encode("utf-8")
        )

    def error_page(self) -> str:
        body = '<h1 class="page-title">ไม่พบหน้าที่คุณต้องการ</h1><p>ขออภัย หน้าที่คุณเรียกอาจถูกย้ายหรือลบออกจากระบบแล้ว กรุณากลับไปที่<a href="">หน้าแรก</a> หรือใช้การค้นหา</p>'
        return self.page("404 - ไม่พบหน้า", body, rid=None, canonical=None)

    # -- registration ------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        sitemap_rels: list[str] = []

        def resource(rid: int, rel: str, text: str) -> None:
            self.add_page("/" + enc(rel), text)
            sitemap_rels.append(rel)
            self.add_page(f"/index.php?id={rid}", text)

        home = self.home()
        resource(ID_HOME, "", home)
        self.add_page("/index.php", home)
        resource(ID_ABOUT, "about/", self.about())
        for rid in STANDING:
            resource(rid, STANDING[rid][0], self.standing(rid))
        resource(ID_CONTACT, "ติดต่อเรา.html", self.contact())
        resource(ID_ITA, "ita.html", self.ita())
        resource(ID_DOWNLOADS, "ดาวน์โหลดเอกสาร.html", self.downloads())
        resource(ID_NEWS, "news.html", self.all_news(1) or "")
        pages_all = -(-len(ARTS) // PER_ALL)
        for p in range(2, pages_all + 1):
            self.add_page(f"/news.html?page={p}", self.all_news(p) or "")
        for cat, (cid, name) in CATS.items():
            resource(cid, f"{name}/", self.cat_page(cat, 1))
            for p in range(2, -(-len(self.by_cat[cat]) // PER_CAT) + 1):
                self.add_page(f"/{enc(name)}/?page={p}", self.cat_page(cat, p))
        resource(ID_GALLERY, "ภาพกิจกรรม/", self.gallery_index())
        for al in ALBUMS:
            resource(al[0], f"ภาพกิจกรรม/{al[1]}.html", self.album(al))
        resource(ID_CALENDAR, "calendar.html", self.calendar(TODAY.month, TODAY.year + 543))
        resource(SEARCH_ID, "search.html", self.search(None) or "")
        # English context
        for rel, title, content, th in (
            (
                "",
                "Welcome to Huai Phai Ngam",
                "<p>Huai Phai Ngam Subdistrict Municipality is a rural town of eight villages around the Huai Phai reservoir, 14 kilometres east of Non Sila Thong.</p><p>Most residents are rice and sugarcane farmers.</p>",
                f"{self.base}/",
            ),
            (
                "about-us.html",
                "About us",
                "<p>Huai Phai Ngam became a Tambon Administrative Organization in 1996 and a subdistrict municipality on 12 August 2009. It covers 42.7 square kilometres and has 6,912 residents.</p>",
                f"{self.base}/about/history.html",
            ),
            (
                "contact-us.html",
                "Contact us",
                f'<p>{ADDRESS_EN}</p><p>Telephone +66 42 701 588, e-mail <a href="mailto:{EMAIL}">{EMAIL}</a></p>',
                f"{self.base}/{enc('ติดต่อเรา.html')}",
            ),
        ):
            self.add_page(f"/en/{rel}", self.en_page(rel, title, content, th))
        # news
        for a in ARTS:
            text = self.article_page(a)
            site.add(a.path, self.html(text, seed=a.path))
            site.add(f"/index.php?id={a.rid}", self.html(text, seed=str(a.rid)))
            site.add(f"{a.path}?print=1", self.html(self.print_page(a), seed=a.path + "p"))
            sitemap_rels.append(a.rel)
            site.articles.append(
                FixtureArticle(
                    # gold url percent-encoded (what a browser sends); the raw UTF-8 spelling the pages and
                    # rel=canonical write is the same resource, listed with the copies
                    url=self.u(a.path),
                    aliases=(
                        self.u("/" + a.rel),
                        self.u(f"/index.php?id={a.rid}"),
                        self.u(f"{a.path}?print=1"),
                        self.u(f"/{a.rel}?print=1"),
                    ),
                    title=a.title,
                    paragraphs=tuple(a.paragraphs),
                    published=a.day,
                    author=a.author,
                    captions=tuple(a.captions),
                )
            )
        # one URL of each trap (made on request)
        self.non_articles.append(self.u("/calendar.html?month=7&year=2567"))
        self.non_articles.append(self.u("/news.html?tag=" + quote("ภาษี")))
        self.non_articles.append(self.u("/search.html?search=" + quote_plus("ภาษี") + f"&id={SEARCH_ID}"))
        # media and files
        modified = datetime(2024, 6, 18, 16, 0, tzinfo=BANGKOK)
        for a in ARTS:
            when = local_dt(a.day, a.hm)
            for kind, text in a.blocks:
                if kind == "I":
                    add_jpeg(site, "/" + self.img(a, text.split("|", 1)[0].strip()), 800, 533, when)
            src = a.first_image
            add_jpeg(site, "/" + src, 800, 533, when)
            for w, h in ((360, 240), (90, 60), (240, 160)):
                add_jpeg(site, "/" + self.thumb(src, w, h), w, h, when)
            for n in range(1, a.grid + 1):
                full = f"assets/images/news/{a.year_dir}/{a.alias_ascii}-{n:02d}.jpg"
                add_jpeg(site, "/" + full, 1024, 683, when)
                add_jpeg(site, "/" + self.thumb(full), 360, 240, when)
            for n, _label in enumerate(a.files, 1):
                add_pdf(
                    site,
                    f"/assets/files/news/{a.d.year + 543}/{a.rid}-{n}.pdf",
                    f"news-{a.rid}-{n}",
                    [f"Attachment {n} of news {a.rid}", SITE_EN],
                    when,
                )
        for al in ALBUMS:
            when = local_dt(al[3], "17:00")
            for n in range(1, al[4] + 1):
                full = f"assets/images/gallery/{al[0]}/{n:02d}.jpg"
                add_jpeg(site, "/" + enc(full), 1024, 683, when)
                add_jpeg(site, "/" + self.thumb(full), 360, 240, when)
        for code, _label, kind, target in ITA_ITEMS:
            if kind == "pdf":
                if code == "O11":
                    site.broken_links.append(self.u("/assets/files/ita/2567/" + target))
                else:
                    add_pdf(
                        site,
                        "/assets/files/ita/2567/" + enc(target),
                        f"ITA 2567 {code}",
                        [f"OIT item {code}", SITE_EN],
                        modified,
                    )
        for _label, f, d in DOWNLOADS:
            add_pdf(site, f"/assets/files/download/{f}", f, [f"Form {f}", SITE_EN], local_dt(d, "09:00"))
        theme = datetime(2021, 10, 4, 10, 0, tzinfo=BANGKOK)
        for name, w, h in (
            ("logo.png", 96, 96),
            ("mayor.jpg", 220, 280),
            ("banner-ita.png", 300, 90),
            ("banner-dla.png", 300, 90),
            ("banner-1111.png", 300, 90),
            ("icon-pdf.png", 16, 16),
            ("favicon.ico", 16, 16),
            ("no-image.jpg", 800, 533),
        ):
            add_jpeg(site, f"/{TPL}/images/{name}", w, h, theme)
        add_jpeg(site, "/" + self.thumb(f"{TPL}/images/no-image.jpg"), 360, 240, theme)
        for path, text, ctype in (
            (f"/{TPL}/css/bootstrap.min.css", "/*! Bootstrap v4.6.0 */\n", "text/css"),
            (f"/{TPL}/css/jquery.fancybox.min.css", "/* fancyBox v3.5.7 */\n", "text/css"),
            (f"/{TPL}/css/style.css", "body{font-family:'Sarabun',sans-serif}.page-title{color:#1d6b39}\n", "text/css"),
            (
                f"/{TPL}/css/style.css?v=2.3",
                "body{font-family:'Sarabun',sans-serif}.page-title{color:#1d6b39}\n",
                "text/css",
            ),
            (f"/{TPL}/css/print.css", "body{font-size:16pt}\n", "text/css"),
            (f"/{TPL}/js/jquery-3.5.1.min.js", "/*! jQuery v3.5.1 */\n", "application/javascript"),
            (f"/{TPL}/js/bootstrap.bundle.min.js", "/*! Bootstrap v4.6.0 */\n", "application/javascript"),
            (f"/{TPL}/js/jquery.fancybox.min.js", "/*! fancyBox v3.5.7 */\n", "application/javascript"),
            (f"/{TPL}/js/main.js", "function fontSize(n){}\n", "application/javascript"),
        ):
            add_text(site, path, text, ctype)
        site.add("/rss.xml", self.rss())
        site.add("/sitemap.xml", self.sitemap(sitemap_rels))
        site.add(
            "/manager/",
            self.html(
                '<!DOCTYPE html><html><head><title>MODX Revolution 2.8.5-pl (traditional)</title></head><body id="login"><form id="modx-login-form" action="" method="post"><input type="text" name="username" /><input type="password" name="password" /><input type="hidden" name="login_context" value="mgr" /><button name="login" type="submit">เข้าสู่ระบบ</button></form></body></html>',
                seed="mgr",
            ),
        )
        robots = "User-agent: *\nDisallow: /manager/\nDisallow: /connectors/\nDisallow: /core/\nDisallow: /setup/\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_FILTER, TRAP_SEARCH]
        site.dynamic = self.dynamic
        site.not_found = self.html(self.error_page(), status=404, seed="404")

    # -- made on request -----------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = parts.path
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        if path == "/calendar.html" and set(q) <= {"month", "year"} and q:
            try:
                month, year = int(q.get("month", TODAY.month)), int(q.get("year", TODAY.year + 543))
            except ValueError:
                return None
            if 1 <= month <= 12 and 544 <= year <= 9999:
                return self.html(self.calendar(month, year), seed=target)
            return None
        if path == "/news.html" and q and set(q) <= {"tag", "sort", "dir", "page"}:
            tags = [t for t in q.get("tag", "").split(",") if t]
            if any(t not in TAGS for t in tags) or len(set(tags)) != len(tags):
                return None
            sort = None
            if "sort" in q or "dir" in q:
                sort = (q.get("sort", "publishedon"), q.get("dir", "DESC"))
                if sort[0] not in ("publishedon", "pagetitle", "hits") or sort[1] not in ("ASC", "DESC"):
                    return None
            try:
                page = int(q.get("page", "1"))
            except ValueError:
                return None
            if page < 1:
                return None
            text = self.all_news(page, tags, sort)
            return self.html(text, seed=target) if text else None
        if path == "/search.html" and set(q) <= {"search", "id", "sisea_offset"} and q.get("search", "").strip():
            try:
                offset = int(q.get("sisea_offset", "0"))
            except ValueError:
                return None
            text = self.search(" ".join(q["search"].split()), offset)
            return self.html(text, seed=target) if text else None
        return None


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/manager/", "/connectors/", "/core/", "/setup/"],
        server_software="Apache/2.4.57 (Unix) OpenSSL/1.1.1k PHP/7.4.33",
    )
    _Modx(site).register()
    return site

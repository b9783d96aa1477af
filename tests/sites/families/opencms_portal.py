# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""opencms_portal: a เทศบาลเมือง portal on OpenCms 11 (Java, Tomcat 8.5 behind Apache 2.4 + mod_jk), built by a
system integrator.

CMS imitated: OpenCms 11.0 with the integrator's own template module ``th.go.bungsamran.portal`` (JSP
templates, XML content types "news", "page", "album"; classic ``.html`` resource names inside folders, not
the Mercury detail pages).  The site root ``/sites/default`` holds two locale trees, ``/th/`` and ``/en/``;
the "static export" is switched on for news and media, so the same resources are also served by Apache
from ``/export/sites/default/...`` and the module resources from ``/export/system/modules/...``.  Tomcat is
configured with ``<tracking-mode>URL</tracking-mode>`` (the integrator's fix for a cookie problem behind a
reverse proxy years ago): it never sets a cookie, and every link a JSP writes with ``<c:url>`` carries
``;jsessionid=<32 hex>.<jvmRoute>``.  Links written with ``<cms:link>`` (content, boxes, breadcrumbs) do not.

เทศบาลเมืองบึงสำราญ (fictional), อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ (a fictional province).  UTF-8,
``Content-Type: text/html;charset=UTF-8`` (Tomcat spelling).  TODAY is 2024-06-20.

URL shapes (root-relative hrefs, Thai names percent-encoded with upper-case hex)
* ``/`` answers 302 to ``/th/`` (Apache rewrite); ``/th/`` = ``/th/index.html`` (home: slider of the three
  newest photo news, ข่าวประชาสัมพันธ์ (5), ข่าวกิจกรรม (4 with thumbnails), ประกาศเทศบาล (3), upcoming
  events, two albums, the mayor's welcome).
* news ``/th/news/<พ.ศ.>/<name>.html`` (gold url); names are the auto-numbered ``news-00NN``, an ASCII
  name chosen by the editor (``songkran-2567``) or a Thai name (``ตลาดนัดชุมชนบึงสำราญ.html``).  Copies
  (gold aliases):
  - the static-export spelling ``/export/sites/default/th/news/<พ.ศ.>/<name>.html`` (Apache's file: a
    ``Last-Modified`` header and a session-free menu); the RSS items and one body link use it;
  - the print view ``/system/modules/th.go.bungsamran.portal/elements/print.jsp?uri=<encoded path>``
    ("พิมพ์หน้านี้" on every article; bare page, ``onload=window.print()``);
  - ``?__locale=en`` (the language switch of a page without an English twin: OpenCms renders the Thai
    content with the English template labels, "Published 12 March 2024") and, from there, ``?__locale=th``;
  - ``;jsessionid=`` spellings: the "อ่านต่อ »" button of the news listings is a ``<c:url>`` (the title
    link above it is a ``<cms:link>``), so every listing copy links each of its items once with its own
    session id.  Only the spellings linked from pages that are not themselves session-id URLs are gold.
* listings: ``/th/news/index.html`` (= ``/th/news/``, 10 a page, ``?page=2``, ``?page=3``, page 1 linked
  back as ``?page=1``); categories ``/th/news/pr.html``, ``/th/news/activity.html``,
  ``/th/news/announcement.html`` (6 a page, paginated the OpenCms list-element way
  ``?pageUri=%2Fth%2Fnews%2Fpr.html&page=2``); yearly folder indexes ``/th/news/2564/`` .. ``/th/news/2567/``
  (all of a year, plain links: the footer and the breadcrumbs link them); ``/th/news/rss.xml`` (10 newest,
  export links); ``/sitemap.xml`` (named in robots.txt) lists the standing pages and only 7 news.
* standing pages (same ``news-detail`` markup as articles; history and executives even carry a
  "เผยแพร่เมื่อ" date line): ``/th/about/index.html`` (children list), ``history.html``, ``vision.html``,
  ``executives.html``, ``authority.html``; ``/th/contact.html``; ``/th/ita/index.html`` (OIT items O1-O12,
  PDFs and internal pages) and ``/th/ita/2566.html``; ``/th/downloads.html``; ``/th/procurement.html``
  (table; ``?year=2566``/``?year=2567`` selector); gallery ``/th/gallery/index.html`` and albums
  ``/th/gallery/<พ.ศ.>/<name>.html`` (title, date line, one sentence, photos with short captions).
  Every Thai page without a twin has its ``?__locale=en`` and ``?__locale=th`` copies.
* English: ``/en/index.html`` (= ``/en/``), ``/en/about.html``, ``/en/contact.html``,
  ``/en/news/index.html`` and two translated news ``/en/news/2024/<name>.html`` (separate gold articles,
  no author line); the switch of the two Thai originals points to them and back.
* site-wide template: mega-menu (``<c:url>``: session ids), "ข่าวล่าสุด" box (5 newest, plain), TH | EN
  switch, search box (GET ``/th/search.html?query=``), footer with address, quick links (plain), a
  visitor counter, social links and the staff login ``/system/login/`` (disallowed).
* images ``/export/sites/default/th/.galleries/news/<พ.ศ.>/<file>.jpg?__scale=w:800,h:533,t:3,q:85``
  (the unscaled file as the link), attachments ``/export/sites/default/th/.content/attachments/...pdf``.

Gold: 23 articles 2021-02-15 .. 2024-06-14 (21 Thai news in three categories, 2 English translations),
oldest first.  Title = ``h1.news-title``.  Published = the date line, in four spellings (``เผยแพร่เมื่อ
15 ก.พ. 2564``, ``วันที่ 8 มิถุนายน 2564``, ``วันศุกร์ที่ 19 พฤศจิกายน พ.ศ. 2564``, ``ลงวันที่ 25/10/2565
15:00 น.``); bodies often name other dates.  Author = the "โดย ..." department (None for the English
pages).  Paragraphs: ``<p>`` blocks, list items, table rows (cells joined by a space); three editor
styles (TinyMCE ``<p style="text-align: justify;">``, Word paste ``MsoNormal`` spans with ``<o:p>`` empty
paragraphs, an old FCKeditor habit of one ``<div>`` with ``&nbsp;`` indents and ``<br /><br />``).
Captions: ``figcaption`` of the photos (some photos have none).  Not paragraphs: date/author/views line,
attachments box, คำค้น tags, share bar, prev/next, "ข่าวที่เกี่ยวข้อง".

Non-articles: homes, listings and their copies, year folders, categories, standing pages, ITA,
downloads, procurement, gallery and albums, events and search base pages, the English pages that are
not news, all ``?__locale`` copies of those, the soft-404 dead link, and three trap URLs.

Traps (``trap_patterns``, made on request by ``dynamic``):
* ``TRAP_JSESSIONID``: any page under ``;jsessionid=<id>`` answers (the id is unknown to the node that
  serves it, so Tomcat makes a new session) and links its menu and "อ่านต่อ" buttons with a NEW id
  derived from the request: bounded per page, endless for a crawler that keeps the path parameter.
* ``TRAP_CALENDAR``: ``/th/events.html?date=YYYY-MM`` for any month, each linking the previous and next.
* ``TRAP_SEARCH``: ``/th/search.html?query=...`` result pages link two "คุณหมายถึง" refinements (the
  query plus one more word), so the queries grow forever; the คำค้น tags of articles lead in.

Soft-404: any unknown ``.html`` (or folder) path under ``/th/`` or ``/en/`` answers 200 with the
integrator's "ไม่พบหน้าที่ต้องการ / The requested resource was not found" page (session-id menu and
all); one body links the deleted ``/th/news/2565/news-0031.html``.  Other paths are Apache's 404.

Pitfalls: standing pages and albums look like news (same markup, dates); listing teasers are the first
120 characters of a paragraph; the English chrome copies carry a Gregorian "Published" date; home and
listing dates are ``14 มิ.ย. 67`` / ``14/06/2567``; the export copy's HTTP headers differ from the JSP copy's.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response, route_key
from ..thaidate import BANGKOK, MONTHS, MONTHS_ABBR, local_dt, rfc822, thai_abbr, thai_long, thai_slash, thai_weekday
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc, static_file

FAMILY = "opencms_portal"
SITE = "เทศบาลเมืองบึงสำราญ"
SITE_EN = "Bueng Samran Town Municipality"
ADDRESS = "เลขที่ 88 ถนนศรีบึง ตำบลบึงสำราญ อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ 36190"
ADDRESS_EN = "88 Si Bueng Road, Bueng Samran, Mueang Si Warin, Si Warin 36190"
PHONE = "0 4451 7700"
FAX = "0 4451 7701"
EMAIL = "saraban@bungsamran.go.th"
MAYOR = "นายธนพล ศรีสำราญวงศ์"
TODAY = date(2024, 6, 20)
MODULE = "th.go.bungsamran.portal"
MOD = f"/system/modules/{MODULE}"
RES = f"/export/system/modules/{MODULE}/resources"
EXPORT = "/export/sites/default"
PRINT = f"{MOD}/elements/print.jsp"
NEWS = "/th/news/index.html"
CATS = {
    "pr": ("/th/news/pr.html", "ข่าวประชาสัมพันธ์"),
    "act": ("/th/news/activity.html", "ข่าวกิจกรรม"),
    "notice": ("/th/news/announcement.html", "ประกาศเทศบาล"),
}
PER_PAGE = 10
PER_CAT = 6
HTML_TYPE = "text/html;charset=UTF-8"
JSID_RE = re.compile(r";jsessionid=([^/?;#]*)", re.I)

TRAP_JSESSIONID = r";jsessionid=[0-9A-Fa-f]{32}"
TRAP_CALENDAR = r"^/th/events\.html(?:;[^?]*)?\?(?:.*&)?date=-?\d+-\d+"
TRAP_SEARCH = r"^/th/search\.html(?:;[^?]*)?\?(?:.*&)?query="


def _h(seed: str, n: int = 32) -> str:
    return hashlib.sha1(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def _num(seed: str, mod: int) -> int:
    return int(_h(seed, 8), 16) % mod


def enc(path: str) -> str:
    """A resource path as ``<cms:link>`` writes it: non-ASCII percent-encoded, upper-case hex."""
    return quote(path, safe="/")


def param(value: str) -> str:
    """A ``<c:param>`` value (java.net.URLEncoder: spaces as '+', upper-case hex)."""
    return quote_plus(value, safe="")


def short_be(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[2:]}"


def en_long(d: date) -> str:
    return f"{d.day} {('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December')[d.month - 1]} {d.year}"


def link_text(text: str) -> str:
    """Gold text of a body line: ``[[label|target]]`` reads as its label."""
    return re.sub(r"\[\[([^|\]]+)\|[^\]]+\]\]", r"\1", text)


# -- content ------------------------------------------------------------------------------------
@dataclass
class Art:
    n: int
    day: str
    hm: str
    folder: str  # Buddhist year folder (Thai) or Gregorian (English)
    name: str
    cat: str
    style: str  # A TinyMCE, B Word paste, C FCKeditor div
    datefmt: str  # abbr | long | wd | slash
    dept: str | None
    title: str
    blocks: list[tuple[str, str]]
    pdfs: list[str]
    tags: list[str]
    lang: str = "th"
    twin: Art | None = None
    jsid_aliases: list[str] = field(default_factory=list)

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def path(self) -> str:
        return f"/{self.lang}/news/{self.folder}/{self.name}.html"

    @property
    def href(self) -> str:
        return enc(self.path)

    @property
    def export(self) -> str:
        return EXPORT + self.href

    @property
    def print_url(self) -> str:
        return f"{PRINT}?uri={param(self.path)}"

    @property
    def paragraphs(self) -> list[str]:
        out = []
        for kind, text in self.blocks:
            if kind in ("P", "L"):
                out.append(" ".join(link_text(text).split()))
            elif kind == "R":
                out.append(" ".join(" ".join(c.strip() for c in text.split("|")).split()))
        return out

    @property
    def captions(self) -> list[str]:
        return [
            text.split("|", 1)[1].strip() for kind, text in self.blocks if kind == "I" and text.split("|", 1)[1].strip()
        ]

    @property
    def images(self) -> list[tuple[str, str]]:
        return [(t.split("|", 1)[0].strip(), t.split("|", 1)[1].strip()) for k, t in self.blocks if k == "I"]

    @property
    def teaser(self) -> str:
        first = self.paragraphs[0]
        return first if len(first) <= 120 else first[:120].rstrip() + "..."


# One article per "## day time folder/name category style datefmt" header, then T: title, D: department
# ("-" = no author line), body lines P: paragraph, L: list item, R: table row (first = header),
# I: photo | caption, F: attachment label, G: tags, and for a translated item EN: name, ET: title, EP: paragraph.
SPEC = """
## 2021-02-15 09:30 2564/news-0012 pr A abbr
T: ประชาสัมพันธ์การยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2564
D: งานพัฒนารายได้ กองคลัง
P: กองคลัง เทศบาลเมืองบึงสำราญ ขอแจ้งให้เจ้าของป้ายที่ติดตั้งหรือแสดงไว้ในเขตเทศบาล ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2564 ณ ฝ่ายพัฒนารายได้ ชั้น 1 อาคารสำนักงานเทศบาล
P: ผู้ที่ติดตั้งป้ายใหม่หรือเปลี่ยนแปลงข้อความในป้ายหลังวันที่ 1 มกราคม ให้ยื่นแบบภายใน 15 วันนับแต่วันติดตั้ง หากยื่นแบบเกินกำหนดจะต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย
P: ในช่วงการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 ผู้เสียภาษีสามารถส่งแบบทางไปรษณีย์ลงทะเบียน หรือส่งภาพถ่ายแบบที่กรอกครบถ้วนทางอีเมล revenue@bungsamran.go.th ได้อีกช่องทางหนึ่ง
F: แบบแสดงรายการภาษีป้าย (ภ.ป.1)
G: ภาษี

## 2021-06-08 14:10 2564/news-0027 act B long
T: เทศบาลเมืองบึงสำราญเปิดศูนย์พักคอยในชุมชน (Community Isolation) รองรับผู้ติดเชื้อกลับภูมิลำเนา
D: งานป้องกันและควบคุมโรค กองสาธารณสุขและสิ่งแวดล้อม
P: เมื่อวันที่ 7 มิถุนายน 2564 นายธนพล ศรีสำราญวงศ์ นายกเทศมนตรีเมืองบึงสำราญ พร้อมด้วยสาธารณสุขอำเภอเมืองศรีวารินทร์ ตรวจความพร้อมศูนย์พักคอยในชุมชน ณ อาคารเรียนเดิมของโรงเรียนเทศบาลบึงสำราญ 2 ซึ่งปรับปรุงเป็นห้องพักจำนวน 40 เตียง
P: ศูนย์พักคอยแห่งนี้มีไว้รองรับผู้ติดเชื้อที่มีอาการเล็กน้อยและผู้ที่เดินทางกลับภูมิลำเนาระหว่างรอส่งต่อโรงพยาบาล โดยมีเจ้าหน้าที่สาธารณสุขและอาสาสมัครสาธารณสุขประจำหมู่บ้านหมุนเวียนดูแลตลอด 24 ชั่วโมง
I: IMG_20210607_0931.jpg | นายกเทศมนตรีตรวจความพร้อมห้องพักของศูนย์พักคอย
P: ผู้ที่จะเดินทางกลับเข้าพื้นที่ขอให้ลงทะเบียนล่วงหน้ากับผู้นำชุมชน หรือแจ้งศูนย์ประสานงานเทศบาล โทร 0 4451 7700 เพื่อเตรียมการรับตัวและลดความเสี่ยงต่อครอบครัว
I: IMG_20210607_0958.jpg |
G: โควิด-19, สาธารณสุข

## 2021-11-19 20:15 2564/loykrathong-2564 act C wd
T: ลอยกระทงวิถีใหม่ “บึงสำราญรักษ์น้ำ” ปี 2564 จัดแบบเว้นระยะห่าง
D: งานประชาสัมพันธ์ สำนักปลัดเทศบาล
P: คืนวันศุกร์ที่ 19 พฤศจิกายน 2564 เทศบาลเมืองบึงสำราญจัดงานประเพณีลอยกระทงแบบวิถีใหม่ ณ สวนสาธารณะบึงสำราญ โดยจำกัดผู้เข้าร่วมงานไม่เกินครั้งละ 500 คน และตรวจคัดกรองอุณหภูมิทุกจุดทางเข้า
P: ปีนี้งดการประกวดนางนพมาศและขบวนแห่ คงไว้เพียงพิธีขอขมาพระแม่คงคาและการลอยกระทงที่ท่าน้ำ 4 จุด ซึ่งมีเจ้าหน้าที่คอยดูแลให้เว้นระยะห่าง
P: เทศบาลยังเปิดให้ร่วมลอยกระทงออนไลน์ผ่านเพจเฟซบุ๊กของเทศบาล มีผู้ร่วมกิจกรรมกว่า 2,300 คน และได้จัดเก็บกระทงหลังเสร็จงานรวม 3,120 ใบ ส่วนใหญ่เป็นกระทงจากวัสดุธรรมชาติ
I: loykrathong64-01.jpg | พิธีขอขมาพระแม่คงคา ณ ท่าน้ำสวนสาธารณะบึงสำราญ
G: ประเพณี

## 2022-01-11 10:00 2565/news-0003 notice A abbr
T: รับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลเมืองบึงสำราญ ภาคเรียนที่ 1 ปีการศึกษา 2565
D: กองการศึกษา
P: กองการศึกษา เทศบาลเมืองบึงสำราญ เปิดรับสมัครเด็กที่มีอายุ 2 ปี ถึง 3 ปี (เกิดระหว่างวันที่ 17 พฤษภาคม 2561 ถึง 16 พฤษภาคม 2563) เข้าเรียนในศูนย์พัฒนาเด็กเล็ก 3 แห่ง รวม 120 คน
P: หลักฐานการสมัครมีดังนี้
L: สำเนาสูติบัตรของเด็ก จำนวน 1 ฉบับ
L: สำเนาทะเบียนบ้านของเด็กและบิดามารดา อย่างละ 1 ฉบับ
L: สมุดบันทึกสุขภาพเด็ก (สมุดสีชมพู) หรือหลักฐานการได้รับวัคซีน
L: รูปถ่ายขนาด 1 นิ้ว จำนวน 3 รูป
P: รับสมัครตั้งแต่วันที่ 1 ถึง 28 กุมภาพันธ์ 2565 ในวันและเวลาราชการ ณ ศูนย์พัฒนาเด็กเล็กที่ประสงค์จะสมัคร ไม่มีค่าใช้จ่ายในการสมัคร
F: ใบสมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2565
G: การศึกษา

## 2022-04-18 16:40 2565/songkran-2565 act B long
T: สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2565
D: งานประชาสัมพันธ์ สำนักปลัดเทศบาล
P: วันที่ 18 เมษายน 2565 เทศบาลเมืองบึงสำราญจัดพิธีรดน้ำขอพรผู้สูงอายุเนื่องในเทศกาลสงกรานต์ ณ หอประชุมเทศบาล โดยเชิญผู้สูงอายุที่มีอายุ 90 ปีขึ้นไปจาก 15 ชุมชน จำนวน 62 ท่าน ร่วมรับการรดน้ำจากคณะผู้บริหารและพนักงานเทศบาล
P: ภายในงานมีการมอบของที่ระลึกและตรวจสุขภาพเบื้องต้นโดยเจ้าหน้าที่ศูนย์บริการสาธารณสุขเทศบาล ผู้เข้าร่วมงานทุกคนแสดงผลตรวจ ATK ก่อนเข้างาน
I: songkran65-01.jpg | คณะผู้บริหารรดน้ำขอพรผู้สูงอายุ
I: songkran65-02.jpg | ผู้สูงอายุจาก 15 ชุมชนร่วมงาน
I: songkran65-03.jpg | ตรวจสุขภาพเบื้องต้นก่อนเข้างาน
G: ประเพณี, ผู้สูงอายุ

## 2022-08-03 11:20 2565/ปรับปรุงถนนสายบึงสำราญ-หนองแวง pr A abbr
T: แจ้งปิดการจราจรชั่วคราว เพื่อปรับปรุงผิวจราจรถนนสายบึงสำราญ–หนองแวง
D: กองช่าง
P: กองช่าง เทศบาลเมืองบึงสำราญ จะดำเนินการปรับปรุงผิวจราจรแอสฟัลต์ติกคอนกรีต ถนนสายบึงสำราญ–หนองแวง ช่วงหน้าตลาดสดเทศบาลถึงสี่แยกโคกกลาง ระยะทาง 1.8 กิโลเมตร ระหว่างวันที่ 8–26 สิงหาคม 2565
P: ในช่วงดังกล่าวจะปิดการจราจรครั้งละหนึ่งช่องทาง ตั้งแต่เวลา 20.00 น. ถึง 05.00 น. ของวันรุ่งขึ้น ขอให้ผู้ใช้รถใช้ถนนเลี่ยงไปใช้ถนนเลียบคลองส่งน้ำหรือถนนศรีบึงแทน
I: road-bs-nw-map.jpg | แผนที่เส้นทางเลี่ยงช่วงปิดการจราจร
P: ขออภัยในความไม่สะดวกมา ณ โอกาสนี้ สอบถามเพิ่มเติมได้ที่งานสาธารณูปโภค กองช่าง โทร 0 4451 7700 ต่อ 301
G: โครงสร้างพื้นฐาน

## 2022-10-25 15:00 2565/news-0058 notice C slash
T: ประกาศผู้ชนะการเสนอราคา ซื้อรถบรรทุกขยะมูลฝอย ชนิดอัดท้าย ขนาด 6 ตัน จำนวน 1 คัน
D: งานพัสดุ กองคลัง
P: ตามที่เทศบาลเมืองบึงสำราญได้มีประกาศประกวดราคาซื้อรถบรรทุกขยะมูลฝอย ชนิดอัดท้าย ขนาด 6 ตัน จำนวน 1 คัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) นั้น
P: ผู้ได้รับการคัดเลือก ได้แก่ บริษัท ศรีวารินทร์ยนตรการ จำกัด โดยเสนอราคาเป็นเงินทั้งสิ้น 2,385,000.00 บาท (สองล้านสามแสนแปดหมื่นห้าพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและค่าใช้จ่ายทั้งปวงแล้ว
P: ประกาศ ณ วันที่ 25 ตุลาคม พ.ศ. 2565
F: ประกาศผู้ชนะการเสนอราคา รถบรรทุกขยะ 6 ตัน
G: จัดซื้อจัดจ้าง

## 2023-01-14 13:30 2566/children-day-2566 act B wd
T: งานวันเด็กแห่งชาติ ประจำปี 2566 ณ สวนสาธารณะบึงสำราญ
D: กองการศึกษา
P: วันเสาร์ที่ 14 มกราคม 2566 เทศบาลเมืองบึงสำราญจัดงานวันเด็กแห่งชาติ ภายใต้คำขวัญ “มีวินัย ใฝ่เรียนรู้ เชิดชูความเป็นไทย ก้าวไกลสู่อนาคต” มีเด็กและผู้ปกครองร่วมงานกว่า 2,500 คน
P: กิจกรรมภายในงานประกอบด้วยการแสดงบนเวทีของนักเรียนโรงเรียนในสังกัด ซุ้มเกมจากหน่วยงานราชการและเอกชน 30 ซุ้ม การจับสลากของขวัญ และการจัดแสดงรถดับเพลิงให้เด็กได้ทดลองฉีดน้ำ
I: childday66-01.jpg | เด็ก ๆ ร่วมเล่นเกมที่ซุ้มของกองสาธารณสุขและสิ่งแวดล้อม
I: childday66-02.jpg | การแสดงของนักเรียนโรงเรียนเทศบาลบึงสำราญ 1
G: วันสำคัญ, การศึกษา

## 2023-03-09 09:45 2566/news-0015 pr A abbr
T: ขอความร่วมมือคัดแยกขยะอินทรีย์ด้วย “ถังขยะเปียกลดโลกร้อน” ทุกครัวเรือน
D: กองสาธารณสุขและสิ่งแวดล้อม
P: ตามนโยบายของกระทรวงมหาดไทยที่ให้องค์กรปกครองส่วนท้องถิ่นส่งเสริมการคัดแยกขยะเศษอาหารในครัวเรือน เทศบาลเมืองบึงสำราญได้สนับสนุนถังสำหรับทำถังขยะเปียกแล้ว 4,200 ใบ ครอบคลุมร้อยละ 78 ของครัวเรือนในเขตเทศบาล
P: วิธีทำถังขยะเปียกอย่างง่าย คือ ตัดก้นถังออก ฝังถังลงดินลึกประมาณ 30 เซนติเมตรในบริเวณที่มีร่มเงา แล้วทิ้งเศษอาหารลงไปและปิดฝาให้สนิท เศษอาหารจะย่อยสลายกลายเป็นปุ๋ยภายใน 2–3 เดือน
I: wet-bin-nongwaeng.jpg | ตัวอย่างถังขยะเปียกลดโลกร้อนที่ชุมชนหนองแวง
P: ครัวเรือนที่ยังไม่ได้รับถังติดต่อขอรับได้ที่ผู้นำชุมชนหรือฝ่ายรักษาความสะอาด โทร 0 4451 7700 ต่อ 402 ดูผลการดำเนินงานของปีที่ผ่านมาได้ที่ข่าว [[สรุปผลโครงการถังขยะเปียก ปี 2565|DEAD:/th/news/2565/news-0031.html]]
G: สิ่งแวดล้อม

## 2023-05-22 14:00 2566/ประชุมสภาเทศบาลสมัยสามัญ-สมัยที่-2-ประจำปี-2566 pr C long
T: การประชุมสภาเทศบาลเมืองบึงสำราญ สมัยสามัญ สมัยที่ 2 ประจำปี 2566
D: งานกิจการสภา สำนักปลัดเทศบาล
P: วันที่ 22 พฤษภาคม 2566 เวลา 09.30 น. นายสมบัติ ทองบึง ประธานสภาเทศบาลเมืองบึงสำราญ เป็นประธานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี 2566 ณ ห้องประชุมสภาเทศบาล ชั้น 3
P: ที่ประชุมได้พิจารณาญัตติขออนุมัติจ่ายขาดเงินสะสมเพื่อดำเนินโครงการก่อสร้างรางระบายน้ำ คสล. จำนวน 7 โครงการ รวมงบประมาณ 8,460,000 บาท และญัตติขอความเห็นชอบแผนพัฒนาท้องถิ่นเพิ่มเติม ฉบับที่ 1
P: สมาชิกสภาเทศบาลได้อภิปรายและมีมติเห็นชอบทั้งสองญัตติ ประชาชนสามารถขอดูรายงานการประชุมได้ที่งานกิจการสภา หลังจากสภารับรองรายงานในสมัยประชุมถัดไป
G: ประชุมสภา

## 2023-07-28 08:30 2566/news-0041 act B abbr
T: ปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2566
D: งานประชาสัมพันธ์ สำนักปลัดเทศบาล
P: เช้าวันที่ 28 กรกฎาคม 2566 คณะผู้บริหาร พนักงานเทศบาล และจิตอาสาจากชุมชน ร่วมกันปลูกต้นรวงผึ้งและต้นยางนา จำนวน 199 ต้น ริมสวนสาธารณะบึงสำราญ
P: หลังกิจกรรมปลูกต้นไม้ จิตอาสาได้ร่วมกันเก็บขยะและตัดแต่งกิ่งไม้บริเวณรอบบึง รวมระยะทางประมาณ 2 กิโลเมตร
I: tree66-01.jpg | ร่วมกันปลูกต้นรวงผึ้งริมสวนสาธารณะบึงสำราญ
G: วันสำคัญ, สิ่งแวดล้อม

## 2023-09-14 10:10 2566/news-0049 pr A long
T: เตือนภัยโรคไข้เลือดออกช่วงฤดูฝน พบผู้ป่วยในเขตเทศบาลแล้ว 17 ราย
D: งานป้องกันและควบคุมโรค กองสาธารณสุขและสิ่งแวดล้อม
P: ข้อมูลจากศูนย์บริการสาธารณสุขเทศบาล ตั้งแต่วันที่ 1 มกราคม ถึง 13 กันยายน 2566 พบผู้ป่วยโรคไข้เลือดออกในเขตเทศบาลเมืองบึงสำราญแล้ว 17 ราย ส่วนใหญ่เป็นเด็กวัยเรียนอายุ 5–14 ปี
P: เทศบาลได้ออกพ่นหมอกควันในรัศมี 100 เมตรรอบบ้านผู้ป่วยทุกราย และขอความร่วมมือทุกครัวเรือนกำจัดแหล่งเพาะพันธุ์ยุงลายทุกสัปดาห์ ได้แก่
L: ปิดฝาภาชนะเก็บน้ำให้มิดชิด
L: เปลี่ยนน้ำในแจกันและจานรองขาตู้ทุก 7 วัน
L: เก็บกวาดภาชนะที่อาจเป็นที่ขังน้ำ เช่น ยางรถยนต์เก่า กะลา กระป๋อง
P: หากมีไข้สูงเกิน 2 วัน ควรไปพบแพทย์ทันที และไม่ควรซื้อยาลดไข้กลุ่มแอสไพรินรับประทานเอง
G: สาธารณสุข

## 2023-11-27 21:00 2566/loykrathong-2566 act C wd
T: บรรยากาศงานลอยกระทง “บึงสำราญรักษ์น้ำ” ประจำปี 2566 คึกคัก
D: งานประชาสัมพันธ์ สำนักปลัดเทศบาล
P: คืนวันจันทร์ที่ 27 พฤศจิกายน 2566 ประชาชนและนักท่องเที่ยวหลั่งไหลร่วมงานประเพณีลอยกระทง ณ สวนสาธารณะบึงสำราญ ซึ่งกลับมาจัดเต็มรูปแบบเป็นปีแรกหลังสถานการณ์โควิด-19
P: ไฮไลต์ของงาน ได้แก่ ขบวนแห่กระทงใหญ่จาก 15 ชุมชน การประกวดนางนพมาศ และการแสดงแสง สี เสียง กลางบึง ผลการประกวดกระทงใหญ่ รางวัลชนะเลิศเป็นของชุมชนโคกกลาง
P: เช้าวันรุ่งขึ้นเจ้าหน้าที่เก็บกระทงได้ทั้งหมด 9,860 ใบ เป็นกระทงจากวัสดุธรรมชาติร้อยละ 96 เพิ่มขึ้นจากงาน [[ลอยกระทงวิถีใหม่ ปี 2564|EXPORT:2564/loykrathong-2564]] อย่างเห็นได้ชัด
I: loykrathong66-01.jpg | ขบวนแห่กระทงใหญ่ของชุมชนโคกกลาง
I: loykrathong66-02.jpg | การประกวดนางนพมาศ ประจำปี 2566
G: ประเพณี

## 2024-01-09 09:00 2567/tax-2567 pr A abbr
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567
D: งานพัฒนารายได้ กองคลัง
P: กองคลัง เทศบาลเมืองบึงสำราญ จะจัดส่งแบบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง (ภ.ด.ส.6) ให้แก่ผู้เสียภาษีภายในเดือนกุมภาพันธ์ 2567 ขอให้ผู้ได้รับแจ้งชำระภาษีภายในเดือนเมษายน 2567
R: ประเภทการใช้ประโยชน์ | อัตราภาษี (ร้อยละ)
R: ประกอบเกษตรกรรม | 0.01–0.1
R: อยู่อาศัย | 0.02–0.1
R: อื่น ๆ เช่น พาณิชยกรรม อุตสาหกรรม | 0.3–1.2
R: ทิ้งไว้ว่างเปล่า ไม่ทำประโยชน์ | 0.3–1.2
P: ผู้เสียภาษีสามารถชำระได้ที่ฝ่ายพัฒนารายได้ หรือชำระผ่าน QR Code บนใบแจ้งการประเมิน หากชำระเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามกฎหมาย ดูเพิ่มเติมได้ที่ข่าว [[ภาษีป้าย ปี 2564|ART:2564/news-0012]]
F: คู่มือการชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี 2567
F: ตารางออกหน่วยรับชำระภาษีเคลื่อนที่ ปี 2567
G: ภาษี

## 2024-02-02 13:15 2567/news-0009 notice C slash
T: ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ
D: งานการเจ้าหน้าที่ สำนักปลัดเทศบาล
P: ด้วยเทศบาลเมืองบึงสำราญประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 4 อัตรา ค่าตอบแทนเดือนละ 9,000 บาท และเงินเพิ่มการครองชีพชั่วคราวตามที่กฎหมายกำหนด
P: ผู้สมัครต้องมีอายุไม่ต่ำกว่า 18 ปีบริบูรณ์ ไม่จำกัดวุฒิการศึกษา ยื่นใบสมัครด้วยตนเองได้ที่งานการเจ้าหน้าที่ ตั้งแต่วันที่ 5–16 กุมภาพันธ์ 2567 ในวันและเวลาราชการ
F: ประกาศรับสมัครคนงานประจำรถขยะ
G: รับสมัครงาน

## 2024-02-29 10:30 2567/ตลาดนัดชุมชนบึงสำราญ pr B long
T: เปิดตลาดนัดชุมชนริมบึงทุกเย็นวันศุกร์ ส่งเสริมสินค้าท้องถิ่น
D: งานส่งเสริมการท่องเที่ยว สำนักปลัดเทศบาล
P: เทศบาลเมืองบึงสำราญร่วมกับกลุ่มวิสาหกิจชุมชนเปิด “ตลาดนัดชุมชนริมบึง” ทุกเย็นวันศุกร์ เวลา 16.00–21.00 น. บริเวณลานจอดรถสวนสาธารณะบึงสำราญ เริ่มตั้งแต่วันที่ 8 มีนาคม 2567 เป็นต้นไป
P: ภายในตลาดมีแผงจำหน่ายสินค้าเกษตรปลอดภัย อาหารพื้นบ้าน และผ้าทอมือจากกลุ่มแม่บ้านในชุมชน รวม 80 แผง โดยเทศบาลไม่เก็บค่าเช่าแผงในช่วง 6 เดือนแรก
I: market-riverside-plan.jpg | ภาพจำลองผังตลาดนัดชุมชนริมบึง
P: ผู้ค้าในเขตเทศบาลที่สนใจสมัครเป็นผู้ค้าติดต่อได้ที่สำนักปลัดเทศบาล โทร 0 4451 7700 ต่อ 105 ภายในวันที่ 5 มีนาคม 2567
G: เศรษฐกิจชุมชน
EN: riverside-community-market
ET: Riverside community market opens every Friday evening
EP: Bueng Samran Town Municipality and local community enterprises are opening the Riverside Community Market every Friday from 4 pm to 9 pm in the car park of Bueng Samran Public Park, starting on 8 March 2024.
EP: Some 80 stalls will sell safe farm produce, home-style food and hand-woven cloth made by women's groups of the communities. The municipality waives the stall rent for the first six months.
EP: Traders living in the municipality may apply at the Office of the Municipal Clerk, telephone 0 4451 7700 extension 105, until 5 March 2024.

## 2024-03-19 15:30 2567/news-0021 act A abbr
T: ฝึกซ้อมแผนป้องกันและระงับอัคคีภัยในอาคารสำนักงาน ประจำปี 2567
D: งานป้องกันและบรรเทาสาธารณภัย
P: เมื่อวันที่ 19 มีนาคม 2567 งานป้องกันและบรรเทาสาธารณภัย เทศบาลเมืองบึงสำราญ จัดฝึกซ้อมแผนป้องกันและระงับอัคคีภัยให้แก่พนักงานเทศบาลและผู้ประกอบการในตลาดสดเทศบาล จำนวน 180 คน
P: การฝึกซ้อมประกอบด้วยการบรรยายความรู้เรื่องไฟและการใช้ถังดับเพลิง การฝึกอพยพหนีไฟออกจากอาคาร และการสาธิตการช่วยเหลือผู้ติดค้างบนอาคารด้วยรถกระเช้า
I: fire-drill-2567-01.jpg | พนักงานเทศบาลฝึกใช้ถังดับเพลิงชนิดผงเคมีแห้ง
I: fire-drill-2567-02.jpg | สาธิตการช่วยเหลือผู้ติดค้างบนอาคารด้วยรถกระเช้า
G: สาธารณภัย

## 2024-04-13 18:00 2567/songkran-2567 act B wd
T: สงกรานต์บึงสำราญ ประจำปี 2567 “สาดน้ำ สาดสุข ริมบึง”
D: งานประชาสัมพันธ์ สำนักปลัดเทศบาล
P: วันเสาร์ที่ 13 เมษายน 2567 เทศบาลเมืองบึงสำราญจัดงานประเพณีสงกรานต์ ณ ถนนคนเดินริมบึง เริ่มด้วยพิธีสรงน้ำพระพุทธรูปประจำเมือง และขบวนแห่นางสงกรานต์จาก 15 ชุมชน
P: ช่วงบ่ายเปิดโซนเล่นน้ำปลอดภัย ปลอดแอลกอฮอล์ ตลอดแนวถนนระยะทาง 600 เมตร โดยมีเจ้าหน้าที่ตำรวจและอาสาสมัครป้องกันภัยฝ่ายพลเรือนดูแลความปลอดภัยตลอดงาน
I: songkran67-01.jpg | ขบวนแห่นางสงกรานต์
I: songkran67-02.jpg | พิธีสรงน้ำพระพุทธรูปประจำเมือง
G: ประเพณี
EN: songkran-festival-2024
ET: Bueng Samran Songkran Festival 2024
EP: On Saturday 13 April 2024 Bueng Samran Town Municipality held its Songkran festival on the lakeside walking street, beginning with the bathing of the city's Buddha image and a parade of Songkran queens from 15 communities.
EP: In the afternoon a 600-metre, alcohol-free water-play zone opened along the street, with police officers and civil defence volunteers on duty throughout the day.

## 2024-05-07 11:00 2567/news-0038 pr C long
T: ขอเชิญผู้ที่จะมีอายุครบ 60 ปี ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2568
D: กองสวัสดิการสังคม
P: กองสวัสดิการสังคม เทศบาลเมืองบึงสำราญ ขอเชิญผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2507 ถึง 1 กันยายน 2508 และมีภูมิลำเนาอยู่ในเขตเทศบาล มาลงทะเบียนเพื่อรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2568
P: ลงทะเบียนได้ทุกวันทำการ ตั้งแต่บัดนี้ถึงวันที่ 30 กันยายน 2567 ณ กองสวัสดิการสังคม ชั้น 1 โดยนำบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารมาด้วย
P: กรณีไม่สามารถมาด้วยตนเองได้ ให้มอบอำนาจเป็นหนังสือแก่ผู้อื่นมาดำเนินการแทน
G: ผู้สูงอายุ

## 2024-05-30 16:20 2567/news-0044 notice A abbr
T: แจ้งงดจ่ายน้ำประปาชั่วคราว เพื่อซ่อมท่อเมนประปา ชุมชนตลาดบึงและชุมชนศรีบึง
D: งานผลิตและจำหน่ายน้ำประปา
P: งานผลิตและจำหน่ายน้ำประปา เทศบาลเมืองบึงสำราญ ขอแจ้งงดจ่ายน้ำประปาในวันเสาร์ที่ 1 มิถุนายน 2567 ตั้งแต่เวลา 09.00 น. ถึง 15.00 น. เพื่อเปลี่ยนท่อเมนประปาขนาด 6 นิ้วที่ชำรุดบริเวณหน้าวัดศรีบึง
P: พื้นที่ที่ได้รับผลกระทบ ได้แก่ ชุมชนตลาดบึง ชุมชนศรีบึง และบ้านเรือนริมถนนศรีบึงทั้งสองฝั่ง ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า หลังซ่อมเสร็จน้ำอาจขุ่นในช่วงแรก ให้เปิดน้ำทิ้งไว้สักครู่
G: ประปา

## 2024-06-14 14:00 2567/news-0045 pr B abbr
T: เวทีประชาคมเมืองเพื่อจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ครั้งที่ 1/2567
D: กองยุทธศาสตร์และงบประมาณ
P: วันที่ 14 มิถุนายน 2567 เทศบาลเมืองบึงสำราญจัดเวทีประชาคมเมืองเพื่อรับฟังความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่นเพิ่มเติม ณ หอประชุมเทศบาล มีผู้นำชุมชน ผู้แทนส่วนราชการ และประชาชนเข้าร่วมกว่า 220 คน
P: ที่ประชุมได้เสนอโครงการที่ต้องการให้บรรจุในแผน รวม 46 โครงการ ส่วนใหญ่เป็นโครงการด้านโครงสร้างพื้นฐาน เช่น ถนน ไฟฟ้าส่องสว่าง และรางระบายน้ำ รองลงมาคือโครงการด้านคุณภาพชีวิตผู้สูงอายุ
I: pracakom-2567-01.jpg | ผู้เข้าร่วมเวทีประชาคมแบ่งกลุ่มระดมความคิดเห็น
P: เทศบาลจะนำข้อเสนอทั้งหมดเข้าที่ประชุมคณะกรรมการพัฒนาเทศบาลในเดือนกรกฎาคม 2567 ก่อนเสนอสภาเทศบาลให้ความเห็นชอบต่อไป
G: ประชาคม
"""


def _parse(spec: str) -> list[Art]:
    arts: list[Art] = []
    for n, chunk in enumerate(spec.strip().split("## ")[1:], start=1):
        head, *lines = chunk.strip().split("\n")
        day, hm, where, cat, style, datefmt = head.split()
        folder, name = where.split("/", 1)
        title, dept = "", None
        blocks: list[tuple[str, str]] = []
        pdfs: list[str] = []
        tags: list[str] = []
        en: dict[str, list[str]] = {"EN": [], "ET": [], "EP": []}
        for line in lines:
            key, _, value = line.partition(": ")
            value = value.strip() if value else ""
            if key == "T":
                title = value
            elif key == "D":
                dept = None if value == "-" else value
            elif key in ("P", "L", "R", "I"):
                blocks.append((key, value))
            elif key == "F":
                pdfs.append(value)
            elif key == "G":
                tags = [t.strip() for t in value.split(",")]
            elif key in en:
                en[key].append(value)
        art = Art(n, day, hm, folder, name, cat, style, datefmt, dept, title, blocks, pdfs, tags)
        arts.append(art)
        if en["EN"]:
            twin = Art(
                100 + n,
                day,
                hm,
                str(date.fromisoformat(day).year),
                en["EN"][0],
                cat,
                "A",
                "en",
                None,
                en["ET"][0],
                [("P", p) for p in en["EP"]],
                [],
                [],
                lang="en",
                twin=art,
            )
            art.twin = twin
    return arts


THAI = _parse(SPEC)
ENGLISH = [a.twin for a in THAI if a.twin is not None]

# events of the calendar: day | time | title | place
EVENTS = [
    tuple(line.split(" | "))
    for line in """
2024-05-24 | 09.00 น. | ประชุมคณะกรรมการชุมชน ครั้งที่ 2/2567 | ห้องประชุมสภาเทศบาล
2024-06-07 | 16.00 น. | ตลาดนัดชุมชนริมบึง | ลานจอดรถสวนสาธารณะบึงสำราญ
2024-06-21 | 08.30 น. | อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรทบทวน | ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล
2024-06-26 | 06.00 น. | เดิน-วิ่งรณรงค์ต่อต้านยาเสพติด | สวนสาธารณะบึงสำราญ
2024-07-19 | 17.00 น. | ขบวนแห่เทียนพรรษา ประจำปี 2567 | ถนนศรีบึง – วัดศรีบึง
2024-08-12 | 07.00 น. | พิธีทำบุญตักบาตรเนื่องในวันแม่แห่งชาติ | ลานหน้าสำนักงานเทศบาล
""".strip().split("\n")
]

# albums: folder | name | day | title | one sentence | photo captions (;)
ALBUMS = [
    tuple(line.split(" | "))
    for line in """
2566 | children-day-2566 | 2023-01-14 | ภาพกิจกรรมงานวันเด็กแห่งชาติ ประจำปี 2566 | ภาพบรรยากาศงานวันเด็ก ณ สวนสาธารณะบึงสำราญ | เปิดงาน;ซุ้มเกม;การแสดงบนเวที;จับสลากของขวัญ;รถดับเพลิง;ภาพหมู่
2566 | loykrathong-2566 | 2023-11-27 | ภาพกิจกรรมงานประเพณีลอยกระทง ประจำปี 2566 | ประมวลภาพงานลอยกระทงบึงสำราญรักษ์น้ำ | ขบวนแห่;กระทงใหญ่;นางนพมาศ;แสง สี เสียง;ท่าน้ำ
2567 | songkran-2567 | 2024-04-13 | ภาพกิจกรรมงานประเพณีสงกรานต์ ประจำปี 2567 | ภาพงานสงกรานต์บึงสำราญ สาดน้ำ สาดสุข ริมบึง | สรงน้ำพระ;ขบวนแห่;นางสงกรานต์;โซนเล่นน้ำ;รดน้ำผู้สูงอายุ;ภาพหมู่
2567 | pracakom-2567 | 2024-06-14 | ภาพเวทีประชาคมเมือง ครั้งที่ 1/2567 | ภาพการประชุมประชาคมเมือง ณ หอประชุมเทศบาล | ลงทะเบียน;ชี้แจงขั้นตอน;แบ่งกลุ่ม;นำเสนอ
""".strip().split("\n")
]

# downloads: label | file | day
DOWNLOADS = [
    tuple(line.split(" | "))
    for line in """
แบบคำร้องทั่วไป | general-request.pdf | 2021-03-01
แบบคำขออนุญาตก่อสร้างอาคาร (ข.1) | building-permit-k1.pdf | 2021-03-01
แบบแสดงรายการภาษีป้าย (ภ.ป.1) | tax-sign-pp1.pdf | 2022-01-05
แบบคำขอรับเงินเบี้ยยังชีพผู้สูงอายุ | elderly-allowance.pdf | 2023-10-02
แบบคำขอใช้น้ำประปา | water-request.pdf | 2023-10-02
แบบฟอร์มร้องเรียน/ร้องทุกข์ | complaint-form.pdf | 2024-01-15
""".strip().split("\n")
]

# procurement: fiscal year | day | subject | method | file
PROCUREMENT = [
    tuple(line.split(" | "))
    for line in """
2567 | 2024-06-10 | ประกาศประกวดราคาจ้างก่อสร้างรางระบายน้ำ คสล. ซอยศรีบึง 5 | e-bidding | p2567-07.pdf
2567 | 2024-05-21 | ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุก่อสร้าง | เฉพาะเจาะจง | p2567-06.pdf
2567 | 2024-04-02 | ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567 (เพิ่มเติม ฉบับที่ 2) | - | p2567-05.pdf
2567 | 2024-02-19 | ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมถนนลูกรัง ชุมชนโคกกลาง | เฉพาะเจาะจง | p2567-04.pdf
2567 | 2023-12-12 | ประกาศประกวดราคาซื้อรถยนต์บรรทุกน้ำอเนกประสงค์ | e-bidding | p2567-03.pdf
2567 | 2023-10-16 | ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567 | - | p2567-01.pdf
2566 | 2023-08-28 | ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก | e-bidding | p2566-09.pdf
2566 | 2023-06-05 | ประกาศประกวดราคาจ้างปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก | e-bidding | p2566-08.pdf
2566 | 2023-03-14 | ประกาศผู้ชนะการเสนอราคา ซื้อครุภัณฑ์คอมพิวเตอร์ | เฉพาะเจาะจง | p2566-04.pdf
2566 | 2022-11-01 | ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2566 | - | p2566-01.pdf
""".strip().split("\n")
]

# ITA / OIT: code | label | target (PDF file name or a site path)
ITA = [
    tuple(line.split(" | "))
    for line in """
O1 | โครงสร้างหน่วยงาน | /th/about/executives.html
O2 | ข้อมูลผู้บริหาร | /th/about/executives.html
O3 | อำนาจหน้าที่ | /th/about/authority.html
O4 | แผนพัฒนาท้องถิ่น | o4-plan.pdf
O5 | ข้อมูลการติดต่อ | /th/contact.html
O6 | กฎหมายที่เกี่ยวข้อง | o6-law.pdf
O7 | ข่าวประชาสัมพันธ์ | /th/news/index.html
O8 | Q&amp;A | /th/contact.html
O9 | Social Network | https://www.facebook.com/bungsamran.go.th
O10 | แผนการดำเนินงานประจำปี | o10-operation-plan.pdf
O11 | รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน | o11-report-6m.pdf
O12 | ประกาศจัดซื้อจัดจ้าง | /th/procurement.html
""".strip().split("\n")
]

MENU = (
    ("หน้าแรก", "Home", "/th/index.html", ()),
    (
        "เกี่ยวกับเทศบาล",
        "About us",
        "/th/about/index.html",
        (
            ("ประวัติความเป็นมา", "/th/about/history.html"),
            ("วิสัยทัศน์และพันธกิจ", "/th/about/vision.html"),
            ("คณะผู้บริหาร", "/th/about/executives.html"),
            ("อำนาจหน้าที่", "/th/about/authority.html"),
        ),
    ),
    (
        "ข่าวสาร",
        "News",
        NEWS,
        (
            ("ข่าวประชาสัมพันธ์", CATS["pr"][0]),
            ("ข่าวกิจกรรม", CATS["act"][0]),
            ("ประกาศเทศบาล", CATS["notice"][0]),
            ("ปฏิทินกิจกรรม", "/th/events.html"),
        ),
    ),
    (
        "บริการประชาชน",
        "Services",
        "/th/downloads.html",
        (
            ("ดาวน์โหลดแบบฟอร์ม", "/th/downloads.html"),
            ("ประกาศจัดซื้อจัดจ้าง", "/th/procurement.html"),
            ("ITA / OIT", "/th/ita/index.html"),
        ),
    ),
    ("ภาพกิจกรรม", "Gallery", "/th/gallery/index.html", ()),
    ("ติดต่อเรา", "Contact", "/th/contact.html", ()),
)
MENU_EN = (
    ("Home", "/en/index.html"),
    ("About", "/en/about.html"),
    ("News", "/en/news/index.html"),
    ("Contact", "/en/contact.html"),
)

# Thai pages with an English twin (the switch links the twin, no ?__locale copies)
TWINS = {
    "/th/": "/en/index.html",
    "/th/index.html": "/en/index.html",
    "/th/about/index.html": "/en/about.html",
    "/th/contact.html": "/en/contact.html",
    NEWS: "/en/news/index.html",
    "/th/news/": "/en/news/index.html",
}
TWINS.update({a.path: a.twin.path for a in THAI if a.twin is not None})
TWINS_BACK = {
    "/en/": "/th/index.html",
    "/en/index.html": "/th/index.html",
    "/en/about.html": "/th/about/index.html",
    "/en/contact.html": "/th/contact.html",
    "/en/news/index.html": NEWS,
}
TWINS_BACK.update({a.path: a.twin.path for a in ENGLISH if a.twin is not None})


# -- the site ---------------------------------------------------------------------------------
class _OpenCms:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.renderers: dict[str, Callable[[str | None], str]] = {}
        self.non_articles: list[str] = []
        self.collecting = False
        self.thai_paths: list[str] = []  # query-less Thai pages that get ?__locale copies
        self.page_fns: dict[str, Callable[[str | None, str], str]] = {}
        self.by_cat = {c: [a for a in reversed(THAI) if a.cat == c] for c in CATS}
        self.newest = list(reversed(THAI))
        self.years = sorted({a.folder for a in THAI})

    def u(self, path: str) -> str:
        return self.site.base_url + path

    # -- URLs -------------------------------------------------------------------------------
    @staticmethod
    def sid(current: str) -> str:
        return _h("jsid:" + current).upper() + (".node1" if _num("node:" + current, 2) else ".node2")

    def c_url(self, target: str, current: str | None) -> str:
        """``<c:url>``: the session id as a path parameter, before the query (none in exported pages)."""
        if current is None:
            return target
        path, sep, query = target.partition("?")
        return f"{path};jsessionid={self.sid(current)}{sep}{query}"

    @staticmethod
    def base_of(current: str) -> tuple[str, str]:
        """(decoded path without the session id, query) of a request target."""
        parts = urlsplit(current)
        return JSID_RE.sub("", unquote(parts.path)), parts.query

    def img(self, folder: str, name: str, scale: str | None, modified: datetime, lang: str = "th") -> str:
        path = f"{EXPORT}/{lang}/.galleries/news/{folder}/{name}"
        add_jpeg(self.site, path, 1600, 1067, modified)
        if scale is None:
            return path
        w, h = scale.split("x")
        scaled = f"{path}?__scale=w:{w},h:{h},t:3,q:85"
        add_jpeg(self.site, scaled, int(w), int(h), modified)
        return scaled

    def thumb(self, a: Art) -> str:
        modified = local_dt(a.day, a.hm)
        if a.images:
            return self.img(a.folder, a.images[0][0], "320x213", modified, a.lang)
        return add_jpeg(
            self.site, f"{RES}/img/news-default-{a.cat}.jpg", 320, 213, datetime(2020, 11, 2, tzinfo=BANGKOK)
        )

    def attachment(self, a: Art, i: int, label: str) -> str:
        stem = a.name if a.name.isascii() else f"news-{a.n:04d}"
        path = f"{EXPORT}/th/.content/attachments/{a.folder}/{stem}-{i + 1}.pdf"
        return add_pdf(
            self.site, path, f"Bueng Samran municipality {a.day}", [stem, f"attachment {i + 1}"], local_dt(a.day, a.hm)
        )

    @staticmethod
    def search_url(query: str) -> str:
        return f"/th/search.html?query={param(query)}"

    # -- registration helpers ------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        return Response(status, (("Content-Type", HTML_TYPE),), text.encode("utf-8"))

    def add(self, target: str, fn: Callable[[str | None], str], listed: bool = True) -> None:
        self.renderers[route_key(target)] = fn
        self.site.add(target, self.html(fn(target)))
        if listed:
            self.non_articles.append(self.u(target))

    def add_th(self, path: str, fn: Callable[[str | None, str], str], listed: bool = True) -> None:
        """A Thai page and (without a twin) its ?__locale copies later."""
        self.add(enc(path), lambda cur, fn=fn: fn(cur, "th"), listed)
        if path not in TWINS:
            self.page_fns[path] = fn

    def switch(self, path: str, lang: str) -> str:
        """The TH | EN switch of a page (path decoded, without query)."""
        if path in TWINS:
            return enc(TWINS[path])
        if path in TWINS_BACK:
            return enc(TWINS_BACK[path])
        if path.startswith("/en/"):
            return "/th/index.html"
        return enc(path) + ("?__locale=en" if lang == "th" else "?__locale=th")

    # -- template ------------------------------------------------------------------------------
    def shell(
        self,
        current: str | None,
        *,
        title: str,
        main: str,
        crumbs: list[tuple[str, str | None]],
        lang: str = "th",
        path: str,
        head: str = "",
        content_lang: str = "th",
    ) -> str:
        en = lang == "en" or path.startswith("/en/")
        if path.startswith("/en/"):
            nav = "".join(
                f'<li class="nav-item"><a class="nav-link" href="{self.c_url(href, current)}">{label}</a></li>'
                for label, href in MENU_EN
            )
        else:
            items = []
            for th_label, en_label, href, subs in MENU:
                label = en_label if en else th_label
                if subs:
                    sub = "".join(
                        f'<li><a href="{self.c_url(s_href, current)}">{s_label}</a></li>' for s_label, s_href in subs
                    )
                    items.append(
                        f'<li class="nav-item dropdown mega"><a class="nav-link dropdown-toggle" href="{self.c_url(href, current)}" data-toggle="dropdown">{label}</a>'
                        f'<div class="dropdown-menu mega-menu"><div class="row"><div class="col-md-6"><ul class="mega-list">{sub}</ul></div>'
                        f'<div class="col-md-6 mega-promo"><img src="{RES}/img/mega-{_num(href, 4) + 1}.jpg" alt=""></div></div></div></li>'
                    )
                else:
                    items.append(
                        f'<li class="nav-item"><a class="nav-link" href="{self.c_url(href, current)}">{label}</a></li>'
                    )
            nav = "".join(items)
        switch_href = self.switch(path, lang)
        switch = (
            f'<a href="{switch_href}" lang="th">TH</a> | <span class="active" lang="en">EN</span>'
            if en
            else f'<span class="active" lang="th">TH</span> | <a href="{switch_href}" lang="en" hreflang="en">EN</a>'
        )
        crumb_html = "".join(
            f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>'
            if href
            else f'<li class="breadcrumb-item active">{esc(label)}</li>'
            for label, href in crumbs
        )
        latest = "".join(
            f'<li><a href="{a.href}">{esc(a.title)}</a><span class="latest-date">{short_be(a.d)}</span></li>'
            for a in self.newest[:5]
        )
        years = " | ".join(
            f'<a href="/th/news/{y}/">{"ข่าวปี" if not en else "News"} {y}</a>' for y in reversed(self.years)
        )
        counter = f"{1_284_000 + _num('count:' + (current or path), 9000):,}"
        home = "/en/index.html" if en else "/th/index.html"
        name = SITE_EN if path.startswith("/en/") else SITE
        labels = (
            ("Latest news", "Search", "Visitors", "Quick links", "All news", "Staff login", "Font size")
            if en
            else ("ข่าวล่าสุด", "ค้นหา", "จำนวนผู้เข้าชม", "ลิงก์ด่วน", "ข่าวทั้งหมด", "เข้าสู่ระบบเจ้าหน้าที่", "ขนาดตัวอักษร")
        )
        return f"""<!DOCTYPE html>
<html lang="{content_lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {name}</title>
<link rel="shortcut icon" href="{RES}/img/favicon.ico">
<link rel="stylesheet" href="{RES}/css/bootstrap.min.css">
<link rel="stylesheet" href="{RES}/css/style.css">
<link rel="alternate" type="application/rss+xml" title="ข่าวสาร {SITE}" href="/th/news/rss.xml">
{head}<script src="{RES}/js/jquery-3.5.1.min.js"></script>
</head>
<body class="{"locale-en" if en else "locale-th"}">
<div id="top-bar"><div class="container"><div class="float-left">{labels[6]}: <a href="javascript:fontSize(-1)">A-</a> <a href="javascript:fontSize(0)">A</a> <a href="javascript:fontSize(1)">A+</a></div>
<div class="float-right lang-switch">{switch}</div></div></div>
<header id="header"><div class="container"><div class="row">
<div class="col-md-8"><a class="brand" href="{home}"><img src="{RES}/img/logo.png" alt="{attr(name)}" width="96" height="96"><span class="brand-name">{name}</span><span class="brand-sub">{"Si Warin Province" if name == SITE_EN else "อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์"}</span></a></div>
<div class="col-md-4"><form class="search-box" action="/th/search.html" method="get"><input type="text" name="query" placeholder="{labels[1]}..."><button type="submit">{labels[1]}</button></form></div>
</div></div></header>
<nav id="mainnav" class="navbar navbar-expand-lg"><div class="container"><button class="navbar-toggler" data-toggle="collapse" data-target="#mega">&#9776;</button><div class="collapse navbar-collapse" id="mega"><ul class="navbar-nav">{nav}</ul></div></div></nav>
<div class="container"><ol class="breadcrumb">{crumb_html}</ol></div>
<div id="content" class="container"><div class="row">
<div class="col-lg-9" id="main">
{main}
</div>
<aside class="col-lg-3" id="sidebar">
<div class="box box-latest"><h3 class="box-title">{labels[0]}</h3><ul class="latest-list">{latest}</ul><a class="more" href="{NEWS}">{labels[4]} &raquo;</a></div>
<div class="box box-banner"><a href="/th/ita/index.html"><img src="{RES}/img/banner-ita.png" alt="ITA"></a><a href="https://www.dla.go.th/" target="_blank"><img src="{RES}/img/banner-dla.png" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a><a href="https://www.damrongdhama.moi.go.th/" target="_blank"><img src="{RES}/img/banner-1567.png" alt="ศูนย์ดำรงธรรม"></a></div>
</aside>
</div></div>
<footer id="footer"><div class="container"><div class="row">
<div class="col-md-5"><h4>{name}</h4><p>{ADDRESS_EN if name == SITE_EN else ADDRESS}</p><p>โทรศัพท์ <a href="tel:044517700">{PHONE}</a> โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>
<div class="col-md-4"><h4>{labels[3]}</h4><ul class="quick"><li><a href="{NEWS}">{labels[4]}</a></li><li><a href="/th/about/index.html">เกี่ยวกับเทศบาล</a></li><li><a href="/th/gallery/index.html">ภาพกิจกรรม</a></li><li><a href="/th/downloads.html">ดาวน์โหลดแบบฟอร์ม</a></li><li><a href="/th/procurement.html">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/th/ita/index.html">ITA / OIT</a></li><li><a href="/th/events.html">ปฏิทินกิจกรรม</a></li><li><a href="/th/contact.html">ติดต่อเรา</a></li></ul><p class="years">{years}</p></div>
<div class="col-md-3"><p class="counter">{labels[2]}: <strong>{counter}</strong></p><p class="social"><a href="https://www.facebook.com/bungsamran.go.th" target="_blank">Facebook</a> <a href="https://line.me/R/ti/p/@bungsamran" target="_blank">LINE</a> <a href="/th/news/rss.xml">RSS</a></p><p><a href="/system/login/" rel="nofollow">{labels[5]}</a></p></div>
</div><div class="copyright">&copy; 2562-2567 {name} &middot; Powered by <a href="http://www.opencms.org/" target="_blank">OpenCms</a></div></div></footer>
<script src="{RES}/js/bootstrap.bundle.min.js"></script><script src="{RES}/js/portal.js"></script>
</body>
</html>
"""

    # -- articles ------------------------------------------------------------------------------
    def date_line(self, a: Art, lang: str) -> str:
        d = a.d
        if a.lang == "en" or lang == "en":
            return f"Published {en_long(d)}"
        if a.datefmt == "abbr":
            return f"เผยแพร่เมื่อ {thai_abbr(d)}"
        if a.datefmt == "long":
            return f"วันที่ {thai_long(d)}"
        if a.datefmt == "wd":
            return f"วัน{thai_weekday(d)}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"
        return f"ลงวันที่ {thai_slash(d)} {a.hm} น."

    def inline(self, text: str) -> str:
        def repl(m: re.Match) -> str:
            label, target = m.group(1), m.group(2)
            kind, _, rest = target.partition(":")
            if kind == "DEAD":
                href = enc(rest)
            else:
                other = next(a for a in THAI if f"{a.folder}/{a.name}" == rest)
                href = other.export if kind == "EXPORT" else other.href
            return f'<a href="{href}">{label}</a>'

        return re.sub(r"\[\[([^|\]]+)\|([^\]]+)\]\]", repl, esc(text))

    @staticmethod
    def word_runs(text: str) -> str:
        """Word paste: number-only words in their own EN-US runs (spaces stay between runs)."""
        out = []
        for word in text.split(" "):
            if re.fullmatch(r"[\d.,:–/-]+", word):
                out.append(
                    f'<span lang="EN-US" style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif">{word}</span>'
                )
            else:
                out.append(word)
        return " ".join(out)

    def figure(self, a: Art, name: str, caption: str) -> str:
        modified = local_dt(a.day, a.hm)
        big = self.img(a.folder, name, None, modified, a.lang)
        src = self.img(a.folder, name, "800x533", modified, a.lang)
        cap = f"<figcaption>{esc(caption)}</figcaption>" if caption else ""
        return f'<figure class="image news-image"><a href="{big}" data-fancybox="news"><img src="{src}" alt="{attr(caption or a.title)}" class="img-fluid"></a>{cap}</figure>'

    def body(self, a: Art) -> tuple[str, str]:
        """(body html, figures placed after the body by the template)."""
        out: list[str] = []
        after: list[str] = []
        blocks = a.blocks
        i = 0
        if a.style == "C":
            lines = []
            for kind, text in blocks:
                if kind == "P":
                    lines.append("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + self.inline(text))
                elif kind == "I":
                    name, cap = (s.strip() for s in text.split("|", 1))
                    after.append(self.figure(a, name, cap))
            return '<div style="text-align: justify;">' + "<br />\n<br />\n".join(lines) + "</div>", "".join(after)
        while i < len(blocks):
            kind, text = blocks[i]
            if kind == "L":
                items = []
                while i < len(blocks) and blocks[i][0] == "L":
                    items.append(f"<li>{self.inline(blocks[i][1])}</li>")
                    i += 1
                out.append("<ul>" + "".join(items) + "</ul>")
                continue
            if kind == "R":
                rows = []
                first = True
                while i < len(blocks) and blocks[i][0] == "R":
                    tag = "th" if first else "td"
                    rows.append(
                        "<tr>" + "".join(f"<{tag}>{esc(c.strip())}</{tag}>" for c in blocks[i][1].split("|")) + "</tr>"
                    )
                    first = False
                    i += 1
                out.append(
                    f'<table class="table table-bordered" style="width: 100%;"><tbody>{"".join(rows)}</tbody></table>'
                )
                continue
            if kind == "P":
                if a.style == "A":
                    out.append(f'<p style="text-align: justify;">{self.inline(text)}</p>')
                else:
                    out.append(
                        '<p class="MsoNormal" style="text-indent:36.0pt;line-height:115%"><span lang="TH" style="font-size:16.0pt;line-height:115%;font-family:&quot;TH SarabunPSK&quot;,sans-serif">'
                        f"{self.word_runs(self.inline(text))}<o:p></o:p></span></p>\n"
                        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                    )
            elif kind == "I":
                name, cap = (s.strip() for s in text.split("|", 1))
                out.append(self.figure(a, name, cap))
            i += 1
        return "\n".join(out), ""

    def neighbours(self, a: Art) -> tuple[Art | None, Art | None]:
        if a.lang == "en":
            i = ENGLISH.index(a)
            return (ENGLISH[i - 1] if i else None), (ENGLISH[i + 1] if i + 1 < len(ENGLISH) else None)
        i = THAI.index(a)
        return (THAI[i - 1] if i else None), (THAI[i + 1] if i + 1 < len(THAI) else None)

    def article_main(self, a: Art, lang: str, for_print: bool = False) -> str:
        en = lang == "en" or a.lang == "en"
        views = 150 + _num("views:" + a.path, 2400)
        author = ""
        if a.dept:
            author = (
                f'<span class="news-author"><i class="fa fa-user"></i> {"By" if en else "โดย"} {esc(a.dept)}</span>'
            )
        body, after = self.body(a)
        atts = ""
        if a.pdfs:
            lis = "".join(
                f'<li><a href="{self.attachment(a, i, label)}" target="_blank"><img src="{RES}/img/icon-pdf.png" alt="PDF"> {esc(label)}</a> <span class="size">(PDF, {40 + _num(label, 900)} KB)</span></li>'
                for i, label in enumerate(a.pdfs)
            )
            atts = f'<div class="attachments"><h3>{"Attachments" if en else "เอกสารแนบ"}</h3><ul>{lis}</ul></div>'
        meta = f'<div class="news-meta"><span class="news-date"><i class="fa fa-calendar"></i> {self.date_line(a, lang)}</span> {author} <span class="news-views"><i class="fa fa-eye"></i> {"Views" if en else "เข้าชม"} {views:,} {"" if en else "ครั้ง"}</span></div>'
        if for_print:
            return (
                f'<h1 class="news-title">{esc(a.title)}</h1>\n{meta}\n<div class="news-body">{body}</div>{after}{atts}'
            )
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags">คำค้น: '
                + " ".join(f'<a href="{self.search_url(t)}" class="tag">{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
        prev, nxt = self.neighbours(a)
        nav = '<div class="news-nav row">'
        nav += (
            f'<div class="col-6"><a href="{prev.href}" class="prev">&laquo; {"Previous" if a.lang == "en" else "ข่าวก่อนหน้า"}</a><br><small>{esc(prev.title)}</small></div>'
            if prev
            else '<div class="col-6"></div>'
        )
        nav += (
            f'<div class="col-6 text-right"><a href="{nxt.href}" class="next">{"Next" if a.lang == "en" else "ข่าวถัดไป"} &raquo;</a><br><small>{esc(nxt.title)}</small></div>'
            if nxt
            else '<div class="col-6"></div>'
        )
        nav += "</div>"
        related = ""
        if a.lang == "th":
            others = [o for o in self.by_cat[a.cat] if o is not a][:3]
            related = (
                '<div class="related"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>'
                + "".join(
                    f'<li><a href="{o.href}">{esc(o.title)}</a> <span class="date">({short_be(o.d)})</span></li>'
                    for o in others
                )
                + "</ul></div>"
            )
        share_url = self.u(a.href)
        tools = (
            f'<div class="news-tools"><a href="{a.print_url}" target="_blank" class="btn-print"><i class="fa fa-print"></i> {"Print" if en else "พิมพ์หน้านี้"}</a> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={param(share_url)}" target="_blank" class="share-fb">Facebook</a> '
            f'<a href="https://social-plugins.line.me/lineit/share?url={param(share_url)}" target="_blank" class="share-line">LINE</a></div>'
        )
        return f"""<div class="news-detail">
<h1 class="news-title">{esc(a.title)}</h1>
{meta}
<div class="news-body">
{body}
</div>
{after}{atts}{tags}{tools}{nav}{related}
</div>"""

    def article_page(self, a: Art, current: str | None, lang: str) -> str:
        cat_path, cat_name = CATS[a.cat]
        if a.lang == "en":
            crumbs = [("Home", "/en/index.html"), ("News", "/en/news/index.html"), (a.title, None)]
        else:
            crumbs = [
                ("Home" if lang == "en" else "หน้าแรก", "/th/index.html"),
                ("News" if lang == "en" else "ข่าวสาร", NEWS),
                (cat_name, cat_path),
                (a.folder, f"/th/news/{a.folder}/"),
                (a.title, None),
            ]
        img = self.thumb(a)
        head = (
            f'<meta name="description" content="{attr(a.teaser)}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">\n'
            f'<meta property="og:url" content="{self.u(a.href)}">\n<meta property="og:image" content="{self.u(img)}">\n'
        )
        return self.shell(
            current,
            title=a.title,
            main=self.article_main(a, lang),
            crumbs=crumbs,
            lang=lang,
            path=a.path,
            head=head,
            content_lang=a.lang,
        )

    def print_page(self, a: Art) -> str:
        return f"""<!DOCTYPE html>
<html lang="{a.lang}"><head><meta charset="UTF-8"><title>{esc(a.title)}</title>
<link rel="stylesheet" href="{RES}/css/print.css"></head>
<body onload="window.print()">
<div class="print-header"><img src="{RES}/img/logo.png" alt="" width="60"> {SITE_EN if a.lang == "en" else SITE}</div>
{self.article_main(a, a.lang, for_print=True)}
<div class="print-footer">{"Printed from" if a.lang == "en" else "พิมพ์จาก"} {self.u(a.href)}</div>
</body></html>
"""

    # -- listings ------------------------------------------------------------------------------
    def item(self, a: Art, current: str | None, lang: str) -> str:
        more = self.c_url(a.href, current)
        if self.collecting and current is not None:
            a.jsid_aliases.append(self.u(more))
        return f"""<div class="news-item media">
<a href="{a.href}" class="news-thumb mr-3"><img src="{self.thumb(a)}" alt="{attr(a.title)}" width="160"></a>
<div class="media-body"><h3 class="news-item-title"><a href="{a.href}">{esc(a.title)}</a></h3>
<div class="news-item-date"><i class="fa fa-clock-o"></i> {short_be(a.d) if lang == "th" else en_long(a.d)}</div>
<p class="news-item-teaser">{esc(a.teaser)}</p>
<a class="btn btn-sm btn-more" href="{more}">{"Read more" if lang == "en" else "อ่านต่อ"} &raquo;</a></div>
</div>"""

    @staticmethod
    def pager(pages: int, page: int, href: Callable[[int], str]) -> str:
        if pages <= 1:
            return ""
        lis = []
        if page > 1:
            lis.append(f'<li class="page-item"><a class="page-link" href="{href(page - 1)}">&laquo;</a></li>')
        for p in range(1, pages + 1):
            lis.append(
                f'<li class="page-item active"><span class="page-link">{p}</span></li>'
                if p == page
                else f'<li class="page-item"><a class="page-link" href="{href(p)}">{p}</a></li>'
            )
        if page < pages:
            lis.append(f'<li class="page-item"><a class="page-link" href="{href(page + 1)}">&raquo;</a></li>')
        return '<nav><ul class="pagination">' + "".join(lis) + "</ul></nav>"

    def news_list(self, current: str | None, lang: str, page: int, path: str = NEWS) -> str:
        pages = -(-len(self.newest) // PER_PAGE)
        items = "".join(self.item(a, current, lang) for a in self.newest[(page - 1) * PER_PAGE : page * PER_PAGE])
        years = "".join(f'<li><a href="/th/news/{y}/">ข่าวปี {y}</a></li>' for y in reversed(self.years))
        main = (
            f'<h1 class="page-title">ข่าวสารทั้งหมด</h1><div class="news-list">{items}</div>'
            f"{self.pager(pages, page, lambda p: f'{NEWS}?page={p}')}"
            f'<div class="archive-years"><h3>ข่าวย้อนหลังรายปี</h3><ul>{years}</ul></div>'
        )
        return self.shell(
            current,
            title="ข่าวสารทั้งหมด",
            main=main,
            crumbs=[("หน้าแรก", "/th/index.html"), ("ข่าวสาร", None)],
            lang=lang,
            path=path,
        )

    def cat_list(self, cat: str, current: str | None, lang: str, page: int) -> str:
        path, name = CATS[cat]
        arts = self.by_cat[cat]
        pages = -(-len(arts) // PER_CAT)
        items = "".join(self.item(a, current, lang) for a in arts[(page - 1) * PER_CAT : page * PER_CAT])
        main = (
            f'<h1 class="page-title">{name}</h1><div class="news-list" data-list-id="{_h(cat, 12)}">{items}</div>'
            f"{self.pager(pages, page, lambda p: f'{path}?pageUri={param(path)}&amp;page={p}')}"
        )
        crumbs = [("หน้าแรก", "/th/index.html"), ("ข่าวสาร", NEWS), (name, None)]
        return self.shell(current, title=name, main=main, crumbs=crumbs, lang=lang, path=path)

    def year_index(self, year: str, current: str | None, lang: str) -> str:
        arts = [a for a in self.newest if a.folder == year]
        rows = "".join(
            f'<tr><td class="date">{thai_slash(a.d)}</td><td><a href="{a.href}">{esc(a.title)}</a></td><td>{CATS[a.cat][1]}</td></tr>'
            for a in arts
        )
        main = (
            f'<h1 class="page-title">ข่าวสาร ประจำปี {year}</h1>'
            f'<table class="table table-striped folder-index"><thead><tr><th>วันที่</th><th>เรื่อง</th><th>หมวด</th></tr></thead><tbody>{rows}</tbody></table>'
        )
        crumbs = [("หน้าแรก", "/th/index.html"), ("ข่าวสาร", NEWS), (year, None)]
        return self.shell(
            current, title=f"ข่าวสาร ประจำปี {year}", main=main, crumbs=crumbs, lang=lang, path=f"/th/news/{year}/"
        )

    # -- home ----------------------------------------------------------------------------------
    def home(self, current: str | None, path: str) -> str:
        photo_news = [a for a in self.newest if a.images][:3]
        slides = "".join(
            f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{a.href}"><img src="{self.img(a.folder, a.images[0][0], "1140x500", local_dt(a.day, a.hm))}" alt="{attr(a.title)}"></a><div class="carousel-caption"><h3>{esc(a.title)}</h3></div></div>'
            for i, a in enumerate(photo_news)
        )
        pr = "".join(
            f'<li><span class="date">{thai_slash(a.d)}</span> <a href="{a.href}">{esc(a.title)}</a></li>'
            for a in self.by_cat["pr"][:5]
        )
        act = "".join(
            f'<div class="col-md-3 act-card"><a href="{a.href}"><img src="{self.thumb(a)}" alt=""></a><h4><a href="{a.href}">{esc(a.title)}</a></h4><span class="date">{short_be(a.d)}</span></div>'
            for a in self.by_cat["act"][:4]
        )
        notice = "".join(
            f'<li><a href="{a.href}">{esc(a.title)}</a> <span class="date">{short_be(a.d)}</span> <span class="badge badge-danger">ใหม่</span></li>'
            for a in self.by_cat["notice"][:3]
        )
        events = "".join(
            f'<li><a href="/th/events.html?date={day[:7]}"><span class="ev-day">{int(day[8:])} {MONTHS_ABBR[int(day[5:7]) - 1]}</span> {esc(title)}</a></li>'
            for day, _t, title, _p in EVENTS
            if day >= TODAY.isoformat()
        )
        albums = "".join(
            f'<div class="col-md-6"><a href="/th/gallery/{f}/{n}.html"><img src="{self.album_photo(f, n, 1, "400x300")}" alt=""></a><p><a href="/th/gallery/{f}/{n}.html">{esc(t)}</a></p></div>'
            for f, n, _d, t, _s, _c in reversed(ALBUMS[-2:])
        )
        main = f"""<div id="slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>
<div class="welcome row"><div class="col-md-3"><img src="{RES}/img/mayor.jpg" alt="{MAYOR}"></div><div class="col-md-9"><h2>สารจากนายกเทศมนตรี</h2><p>ยินดีต้อนรับสู่เว็บไซต์{SITE} ช่องทางการสื่อสารระหว่างเทศบาลกับพี่น้องประชาชน ท่านสามารถติดตามข่าวสาร บริการ และผลการดำเนินงานของเทศบาลได้จากเว็บไซต์นี้</p><p class="sign">{MAYOR}<br>นายกเทศมนตรีเมืองบึงสำราญ</p></div></div>
<section class="home-news"><h2 class="section-title">ข่าวประชาสัมพันธ์</h2><ul class="home-list">{pr}</ul><a class="more" href="{CATS["pr"][0]}">ดูทั้งหมด &raquo;</a></section>
<section class="home-activity"><h2 class="section-title">ข่าวกิจกรรม</h2><div class="row">{act}</div><a class="more" href="{CATS["act"][0]}">ดูทั้งหมด &raquo;</a></section>
<section class="home-notice"><h2 class="section-title">ประกาศเทศบาล</h2><ul>{notice}</ul><a class="more" href="{CATS["notice"][0]}">ดูทั้งหมด &raquo;</a></section>
<section class="home-events"><h2 class="section-title">กิจกรรมที่จะมาถึง</h2><ul>{events}</ul><a class="more" href="/th/events.html">ปฏิทินกิจกรรม &raquo;</a></section>
<section class="home-gallery"><h2 class="section-title">ภาพกิจกรรม</h2><div class="row">{albums}</div><a class="more" href="/th/gallery/index.html">ดูทั้งหมด &raquo;</a></section>"""
        return self.shell(current, title="หน้าแรก", main=main, crumbs=[("หน้าแรก", None)], path=path)

    # -- standing pages --------------------------------------------------------------------------
    def standing(
        self,
        path: str,
        title: str,
        body: str,
        current: str | None,
        lang: str,
        published: date | None = None,
        parent: tuple[str, str] | None = None,
    ) -> str:
        meta = ""
        if published:
            meta = f'<div class="news-meta"><span class="news-date"><i class="fa fa-calendar"></i> {f"Published {en_long(published)}" if lang == "en" else f"เผยแพร่เมื่อ {thai_abbr(published)}"}</span></div>'
        main = f'<div class="news-detail page-detail">\n<h1 class="news-title">{esc(title)}</h1>\n{meta}\n<div class="news-body">{body}</div>\n</div>'
        crumbs = [("หน้าแรก", "/th/index.html")] + ([(parent[1], parent[0])] if parent else []) + [(title, None)]
        return self.shell(current, title=title, main=main, crumbs=crumbs, lang=lang, path=path)

    def album_photo(self, folder: str, name: str, i: int, scale: str | None) -> str:
        modified = datetime(int(folder) - 543, 12, 31, tzinfo=BANGKOK)
        path = f"{EXPORT}/th/.galleries/gallery/{name}/{i:02d}.jpg"
        add_jpeg(self.site, path, 1600, 1067, modified)
        if scale is None:
            return path
        w, h = scale.split("x")
        return add_jpeg(self.site, f"{path}?__scale=w:{w},h:{h},t:3", int(w), int(h), modified)

    def album_page(self, album: tuple, current: str | None, lang: str) -> str:
        folder, name, day, title, sentence, caps = album
        d = date.fromisoformat(day)
        photos = "".join(
            f'<div class="col-md-4 col-6"><figure class="album-photo"><a href="{self.album_photo(folder, name, i, None)}" data-fancybox="album"><img src="{self.album_photo(folder, name, i, "400x300")}" alt="{attr(c)}"></a><figcaption>{esc(c)}</figcaption></figure></div>'
            for i, c in enumerate(caps.split(";"), start=1)
        )
        main = (
            f'<div class="album-detail"><h1 class="news-title">{esc(title)}</h1>'
            f'<div class="news-meta"><span class="news-date"><i class="fa fa-calendar"></i> วันที่ {thai_long(d)}</span> <span class="count">จำนวน {len(caps.split(";"))} ภาพ</span></div>'
            f'<p class="album-desc">{esc(sentence)}</p><div class="row album-photos">{photos}</div>'
            f'<p><a href="/th/gallery/index.html">&laquo; กลับไปหน้ารวมภาพกิจกรรม</a></p></div>'
        )
        crumbs = [("หน้าแรก", "/th/index.html"), ("ภาพกิจกรรม", "/th/gallery/index.html"), (title, None)]
        return self.shell(
            current, title=title, main=main, crumbs=crumbs, lang=lang, path=f"/th/gallery/{folder}/{name}.html"
        )

    def gallery_index(self, current: str | None, lang: str) -> str:
        cards = "".join(
            f'<div class="col-md-6 album-card"><a href="/th/gallery/{f}/{n}.html"><img src="{self.album_photo(f, n, 1, "400x300")}" alt=""></a><h3><a href="/th/gallery/{f}/{n}.html">{esc(t)}</a></h3><span class="date">{short_be(date.fromisoformat(d))}</span></div>'
            for f, n, d, t, _s, _c in reversed(ALBUMS)
        )
        main = f'<h1 class="page-title">ภาพกิจกรรม</h1><div class="row">{cards}</div>'
        return self.shell(
            current,
            title="ภาพกิจกรรม",
            main=main,
            crumbs=[("หน้าแรก", "/th/index.html"), ("ภาพกิจกรรม", None)],
            lang=lang,
            path="/th/gallery/index.html",
        )

    def downloads(self, current: str | None, lang: str) -> str:
        rows = []
        for i, (label, file, day) in enumerate(DOWNLOADS, start=1):
            href = add_pdf(
                self.site, f"{EXPORT}/th/.content/downloads/{file}", "Bueng Samran form", [file], local_dt(day, "09:00")
            )
            rows.append(
                f'<tr><td>{i}</td><td>{esc(label)}</td><td>{thai_slash(date.fromisoformat(day))}</td><td><a href="{href}" target="_blank"><img src="{RES}/img/icon-pdf.png" alt="PDF"> ดาวน์โหลด</a></td></tr>'
            )
        main = f'<h1 class="page-title">ดาวน์โหลดแบบฟอร์ม</h1><table class="table table-bordered"><thead><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่ปรับปรุง</th><th>ไฟล์</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        return self.shell(
            current,
            title="ดาวน์โหลดแบบฟอร์ม",
            main=main,
            crumbs=[("หน้าแรก", "/th/index.html"), ("ดาวน์โหลดแบบฟอร์ม", None)],
            lang=lang,
            path="/th/downloads.html",
        )

    def procurement(self, current: str | None, lang: str, year: str = "2567") -> str:
        rows = []
        for fy, day, subject, method, file in PROCUREMENT:
            if fy != year:
                continue
            href = add_pdf(
                self.site,
                f"{EXPORT}/th/.content/procurement/{fy}/{file}",
                "Procurement notice",
                [file],
                local_dt(day, "10:00"),
            )
            rows.append(
                f'<tr><td>{thai_slash(date.fromisoformat(day))}</td><td>{esc(subject)}</td><td>{method}</td><td><a href="{href}" target="_blank">PDF</a></td></tr>'
            )
        years = " ".join(
            f'<a class="btn btn-sm {"btn-primary" if y == year else "btn-outline-primary"}" href="/th/procurement.html?year={y}">ปีงบประมาณ {y}</a>'
            for y in ("2567", "2566")
        )
        main = (
            f'<h1 class="page-title">ประกาศจัดซื้อจัดจ้าง</h1><div class="fy-select">{years}</div>'
            f'<table class="table table-striped procurement"><thead><tr><th>วันที่ประกาศ</th><th>เรื่อง</th><th>วิธีการ</th><th>เอกสาร</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
            '<p>ดูประกาศทั้งหมดได้ที่ <a href="https://process3.gprocurement.go.th/" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></p>'
        )
        return self.shell(
            current,
            title="ประกาศจัดซื้อจัดจ้าง",
            main=main,
            crumbs=[("หน้าแรก", "/th/index.html"), ("ประกาศจัดซื้อจัดจ้าง", None)],
            lang=lang,
            path="/th/procurement.html",
        )

    def ita(self, current: str | None, lang: str, year: str) -> str:
        rows = []
        for code, label, target in ITA:
            if target.startswith(("/", "http")):
                href = target
            else:
                href = add_pdf(
                    self.site,
                    f"{EXPORT}/th/.content/ita/{year}/{target}",
                    f"OIT {year} {code}",
                    [code],
                    datetime(int(year) - 544, 12, 20, tzinfo=BANGKOK),
                )
            rows.append(f'<tr><td class="code">{code}</td><td>{label}</td><td><a href="{href}">รายละเอียด</a></td></tr>')
        other = "2566" if year == "2567" else "2567"
        other_href = "/th/ita/2566.html" if other == "2566" else "/th/ita/index.html"
        main = (
            f'<h1 class="page-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี {year}</h1>'
            f"<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ {year}</p>"
            f'<table class="table table-bordered ita"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'<p><a href="{other_href}">ข้อมูล OIT ปี {other}</a></p>'
        )
        path = "/th/ita/index.html" if year == "2567" else "/th/ita/2566.html"
        return self.shell(
            current,
            title=f"ITA / OIT {year}",
            main=main,
            crumbs=[("หน้าแรก", "/th/index.html"), ("ITA / OIT", None)],
            lang=lang,
            path=path,
        )

    def events(self, current: str | None, lang: str, year: int, month: int) -> str:
        key = f"{year:04d}-{month:02d}"
        prev = f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"
        nxt = f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"
        items = "".join(
            f"<tr><td>{int(day[8:])} {MONTHS_ABBR[int(day[5:7]) - 1]} {int(day[:4]) + 543}</td><td>{time}</td><td>{esc(title)}</td><td>{esc(place)}</td></tr>"
            for day, time, title, place in EVENTS
            if day.startswith(key)
        )
        table = (
            f'<table class="table events"><thead><tr><th>วันที่</th><th>เวลา</th><th>กิจกรรม</th><th>สถานที่</th></tr></thead><tbody>{items}</tbody></table>'
            if items
            else '<p class="empty">ไม่มีกิจกรรมในเดือนนี้</p>'
        )
        main = (
            f'<h1 class="page-title">ปฏิทินกิจกรรม</h1><div class="cal-nav"><a href="/th/events.html?date={prev}" class="prev">&laquo; เดือนก่อนหน้า</a> '
            f'<strong>{MONTHS[month - 1]} {year + 543}</strong> <a href="/th/events.html?date={nxt}" class="next">เดือนถัดไป &raquo;</a></div>{table}'
        )
        return self.shell(
            current,
            title=f"ปฏิทินกิจกรรม {MONTHS[month - 1]} {year + 543}",
            main=main,
            crumbs=[("หน้าแรก", "/th/index.html"), ("ปฏิทินกิจกรรม", None)],
            lang=lang,
            path="/th/events.html",
        )

    def search(self, current: str | None, lang: str, query: str | None) -> str:
        form = f'<form class="search-page" action="/th/search.html" method="get"><input type="text" name="query" value="{attr(query or "")}"><button type="submit">ค้นหา</button></form>'
        if query is None:
            main = f'<h1 class="page-title">ค้นหา</h1>{form}<p>กรุณาระบุคำค้น</p>'
        else:
            words = query.split()
            hits = [a for a in self.newest if words and any(w in a.title or w in a.paragraphs[0] for w in words)][:10]
            results = "".join(f'<li><a href="{a.href}">{esc(a.title)}</a><p>{esc(a.teaser)}</p></li>' for a in hits)
            vocab = ("2567", "เทศบาล", "ประกาศ", "ชุมชน", "ประชาสัมพันธ์", "กิจกรรม", "บึงสำราญ", "ปี 2566")
            k = _num("q:" + query, len(vocab))
            refine = " ".join(
                f'<a href="{self.search_url(query + " " + vocab[(k + j) % len(vocab)])}">{esc(query + " " + vocab[(k + j) % len(vocab)])}</a>'
                for j in (0, 3)
            )
            main = (
                f'<h1 class="page-title">ผลการค้นหา “{esc(query)}”</h1>{form}<p class="found">พบ {len(hits)} รายการ</p>'
                f'<p class="did-you-mean">คุณหมายถึง: {refine}</p><ol class="search-results">{results}</ol>'
            )
        return self.shell(
            current,
            title="ค้นหา",
            main=main,
            crumbs=[("หน้าแรก", "/th/index.html"), ("ค้นหา", None)],
            lang=lang,
            path="/th/search.html",
        )

    def soft404(self, current: str, path: str) -> str:
        main = (
            '<div class="error-page"><h1 class="page-title">ไม่พบหน้าที่ต้องการ</h1>'
            f"<p>ขออภัย ไม่พบหน้า {esc(path)} ที่ท่านต้องการ หน้านี้อาจถูกย้ายหรือลบออกจากระบบแล้ว</p>"
            f"<p>The requested resource {esc(path)} was not found on this server.</p>"
            '<p><a href="/th/index.html">กลับสู่หน้าแรก</a> | <a href="/th/news/index.html">ข่าวสารทั้งหมด</a></p></div>'
        )
        return self.shell(
            current,
            title="ไม่พบหน้าที่ต้องการ",
            main=main,
            crumbs=[("หน้าแรก", "/th/index.html"), ("404", None)],
            path=path if path.startswith("/th/") else "/th/index.html",
        )

    # -- English ---------------------------------------------------------------------------------
    def en_page(self, path: str, title: str, body: str, current: str | None) -> str:
        main = f'<div class="news-detail page-detail">\n<h1 class="news-title">{esc(title)}</h1>\n<div class="news-body">{body}</div>\n</div>'
        crumbs = (
            [("Home", "/en/index.html"), (title, None)] if path not in ("/en/", "/en/index.html") else [("Home", None)]
        )
        return self.shell(current, title=title, main=main, crumbs=crumbs, lang="en", path=path, content_lang="en")

    def en_news_items(self) -> str:
        return "".join(
            f'<div class="news-item"><h3 class="news-item-title"><a href="{a.href}">{esc(a.title)}</a></h3><div class="news-item-date">{en_long(a.d)}</div><p class="news-item-teaser">{esc(a.teaser)}</p></div>'
            for a in reversed(ENGLISH)
        )

    # -- feeds ---------------------------------------------------------------------------------
    def rss(self) -> Response:
        items = "".join(
            f"<item><title>{esc(a.title)}</title><link>{self.u(a.export)}</link><description>{esc(a.teaser)}</description>"
            f"<category>{CATS[a.cat][1]}</category><pubDate>{rfc822(local_dt(a.day, a.hm))}</pubDate>"
            f'<guid isPermaLink="false">{_h("uuid:" + a.path, 8)}-{_h("u2:" + a.path, 4)}-11ee-{_h("u3:" + a.path, 4)}-{_h("u4:" + a.path, 12)}</guid></item>\n'
            for a in self.newest[:10]
        )
        body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>ข่าวสาร {SITE}</title><link>{self.u("/th/index.html")}</link><description>ข่าวประชาสัมพันธ์ ข่าวกิจกรรม และประกาศ</description><language>th</language>
<atom:link href="{self.u("/th/news/rss.xml")}" rel="self" type="application/rss+xml"/>
{items}</channel></rss>
"""
        return Response(200, (("Content-Type", "application/rss+xml;charset=UTF-8"),), body.encode("utf-8"))

    def sitemap(self) -> Response:
        pages = [
            "/th/index.html",
            "/th/about/index.html",
            "/th/about/history.html",
            "/th/about/vision.html",
            "/th/about/executives.html",
            "/th/contact.html",
            NEWS,
            "/th/gallery/index.html",
            "/th/ita/index.html",
            "/th/downloads.html",
            "/en/index.html",
        ]
        pages += [a.href for a in THAI[::3]]
        urls = "".join(f"<url><loc>{self.u(p)}</loc><changefreq>weekly</changefreq></url>\n" for p in pages)
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
        return Response(200, (("Content-Type", "text/xml;charset=UTF-8"),), body.encode("utf-8"))

    # -- registration ------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        for a in THAI + ENGLISH:
            a.jsid_aliases.clear()
        self.collecting = True
        site.add("/", Response(302, (("Content-Type", "text/html;charset=iso-8859-1"), ("Location", self.u("/th/")))))
        for path in ("/th/", "/th/index.html"):
            self.add(path, lambda cur, path=path: self.home(cur, path))
        # news listings
        self.add(NEWS, lambda cur: self.news_list(cur, "th", 1))
        self.add("/th/news/", lambda cur: self.news_list(cur, "th", 1, "/th/news/"))
        for p in range(1, -(-len(self.newest) // PER_PAGE) + 1):
            self.add(f"{NEWS}?page={p}", lambda cur, p=p: self.news_list(cur, "th", p))
        for cat, (path, _name) in CATS.items():
            self.add_th(path, lambda cur, lang, cat=cat: self.cat_list(cat, cur, lang, 1))
            for p in range(1, -(-len(self.by_cat[cat]) // PER_CAT) + 1):
                self.add(
                    f"{path}?pageUri={param(path)}&page={p}", lambda cur, cat=cat, p=p: self.cat_list(cat, cur, "th", p)
                )
        for y in self.years:
            self.add_th(f"/th/news/{y}/", lambda cur, lang, y=y: self.year_index(y, cur, lang))
        # standing pages
        for path, title, body, published, parent in STANDING:
            self.add_th(
                path,
                lambda cur, lang, path=path, title=title, body=body, published=published, parent=parent: self.standing(
                    path, title, body, cur, lang, published, parent
                ),
            )
        self.add_th("/th/gallery/index.html", lambda cur, lang: self.gallery_index(cur, lang))
        for album in ALBUMS:
            self.add_th(
                f"/th/gallery/{album[0]}/{album[1]}.html",
                lambda cur, lang, album=album: self.album_page(album, cur, lang),
            )
        self.add_th("/th/downloads.html", lambda cur, lang: self.downloads(cur, lang))
        self.add_th("/th/procurement.html", lambda cur, lang: self.procurement(cur, lang))
        for y in ("2567", "2566"):
            self.add(f"/th/procurement.html?year={y}", lambda cur, y=y: self.procurement(cur, "th", y))
        self.add_th("/th/ita/index.html", lambda cur, lang: self.ita(cur, lang, "2567"))
        self.add_th("/th/ita/2566.html", lambda cur, lang: self.ita(cur, lang, "2566"))
        self.add_th("/th/events.html", lambda cur, lang: self.events(cur, lang, TODAY.year, TODAY.month))
        self.add_th("/th/search.html", lambda cur, lang: self.search(cur, lang, None))
        # English pages
        for path, title, body in EN_PAGES:
            if path in ("/en/", "/en/index.html", "/en/news/index.html"):
                body = body + f'<h2>Latest news in English</h2><div class="news-list">{self.en_news_items()}</div>'
            self.add(path, lambda cur, path=path, title=title, body=body: self.en_page(path, title, body, cur))
        # articles
        for a in THAI + ENGLISH:
            self.add(a.href, lambda cur, a=a: self.article_page(a, cur, "th"), listed=False)
            site.add(a.print_url, self.html(self.print_page(a)))
            if a.lang == "th":
                site.add(
                    a.export,
                    static_file(
                        self.article_page(a, None, "th").encode("utf-8"),
                        "text/html; charset=UTF-8",
                        local_dt(a.day, a.hm),
                    ),
                )
                if a.path not in TWINS:
                    for lang in ("en", "th"):
                        target = f"{a.href}?__locale={lang}"
                        self.add(target, lambda cur, a=a, lang=lang: self.article_page(a, cur, lang), listed=False)
        # ?__locale copies of the Thai pages without a twin
        for path, fn in self.page_fns.items():
            for lang in ("en", "th"):
                self.add(f"{enc(path)}?__locale={lang}", lambda cur, fn=fn, lang=lang: fn(cur, lang))
        self.collecting = False
        # gold
        for a in sorted(THAI + ENGLISH, key=lambda a: (a.day, a.lang != "th")):
            aliases = []
            if a.lang == "th":
                aliases.append(self.u(a.export))
            aliases.append(self.u(a.print_url))
            if a.lang == "th" and a.path not in TWINS:
                aliases += [self.u(f"{a.href}?__locale=en"), self.u(f"{a.href}?__locale=th")]
            aliases += a.jsid_aliases
            site.articles.append(
                FixtureArticle(
                    url=self.u(a.href),
                    aliases=tuple(dict.fromkeys(aliases)),
                    title=a.title,
                    paragraphs=tuple(a.paragraphs),
                    published=a.day,
                    author=a.dept,
                    captions=tuple(a.captions),
                )
            )
        # soft-404 dead link and a few trap URLs (all made on request)
        self.non_articles.append(self.u(enc("/th/news/2565/news-0031.html")))
        self.non_articles.append(self.u("/th/events.html?date=2024-07"))
        self.non_articles.append(self.u(self.search_url("ภาษี")))
        self.non_articles.append(self.u(self.c_url("/th/about/history.html", "/th/index.html")))
        # assets
        theme = datetime(2022, 9, 1, 9, 0, tzinfo=BANGKOK)
        add_gif(site, f"{RES}/img/favicon.ico", theme)
        for name, w, h in (
            ("logo.png", 96, 96),
            ("mayor.jpg", 240, 300),
            ("banner-ita.png", 260, 90),
            ("banner-dla.png", 260, 90),
            ("banner-1567.png", 260, 90),
            ("icon-pdf.png", 16, 16),
        ):
            add_jpeg(site, f"{RES}/img/{name}", w, h, theme)
        for i in range(1, 5):
            add_jpeg(site, f"{RES}/img/mega-{i}.jpg", 360, 200, theme)
        for path, text, ctype in (
            (f"{RES}/css/bootstrap.min.css", "/*! Bootstrap v4.5.3 */\n", "text/css"),
            (f"{RES}/css/style.css", "body{font-family:'Sarabun',sans-serif}.news-title{color:#0a5c36}\n", "text/css"),
            (f"{RES}/css/print.css", "body{font-size:14pt}\n", "text/css"),
            (f"{RES}/js/jquery-3.5.1.min.js", "/*! jQuery v3.5.1 */\n", "application/javascript"),
            (f"{RES}/js/bootstrap.bundle.min.js", "/*! Bootstrap v4.5.3 */\n", "application/javascript"),
            (f"{RES}/js/portal.js", "function fontSize(n){}\n", "application/javascript"),
        ):
            add_text(site, path, text, ctype)
        site.add("/th/news/rss.xml", self.rss())
        site.add("/sitemap.xml", self.sitemap())
        robots = f"User-agent: *\nDisallow: /system/workplace/\nDisallow: /system/login/\nDisallow: /opencms/\n\nSitemap: {self.u('/sitemap.xml')}\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_JSESSIONID, TRAP_CALENDAR, TRAP_SEARCH]
        site.dynamic = self.dynamic
        site.not_found = Response(
            404,
            (("Content-Type", "text/html; charset=iso-8859-1"),),
            b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n<hr>\n<address>Apache/2.4.41 (Ubuntu) Server Port 80</address>\n</body></html>\n',
        )

    # -- made on request ---------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        path, query = self.base_of(target)
        has_jsid = bool(JSID_RE.search(unquote(urlsplit(target).path)))
        base = enc(path) + (f"?{query}" if query else "")
        if has_jsid:
            fn = self.renderers.get(route_key(base))
            if fn is not None:
                return self.html(fn(target))
        q = dict(parse_qsl(query, keep_blank_values=True))
        if path == "/th/events.html" and set(q) == {"date"}:
            m = re.fullmatch(r"(\d{4})-(\d{2})", q["date"])
            if m and int(m.group(1)) >= 1 and 1 <= int(m.group(2)) <= 12:
                return self.html(self.events(target, "th", int(m.group(1)), int(m.group(2))))
        if path == "/th/search.html" and set(q) == {"query"} and q["query"].strip():
            return self.html(self.search(target, "th", " ".join(q["query"].split())))
        if path.startswith(("/th/", "/en/")) and (path.endswith((".html", "/"))):
            return self.html(self.soft404(target, path))
        return None


STANDING = (
    (
        "/th/about/index.html",
        "เกี่ยวกับเทศบาล",
        "<p>เทศบาลเมืองบึงสำราญเป็นองค์กรปกครองส่วนท้องถิ่นขนาดกลาง ตั้งอยู่ทางทิศเหนือของตัวจังหวัดศรีวารินทร์ ห่างจากศาลากลางจังหวัดประมาณ 9 กิโลเมตร</p>"
        '<ul class="children"><li><a href="/th/about/history.html">ประวัติความเป็นมา</a></li><li><a href="/th/about/vision.html">วิสัยทัศน์และพันธกิจ</a></li>'
        '<li><a href="/th/about/executives.html">คณะผู้บริหาร</a></li><li><a href="/th/about/authority.html">อำนาจหน้าที่</a></li></ul>',
        None,
        None,
    ),
    (
        "/th/about/history.html",
        "ประวัติความเป็นมา",
        '<p style="text-align: justify;">เทศบาลเมืองบึงสำราญเดิมเป็นสุขาภิบาลบึงสำราญ จัดตั้งขึ้นเมื่อปี พ.ศ. 2499 ตั้งอยู่ริมบึงน้ำขนาดใหญ่ซึ่งเป็นแหล่งน้ำสำคัญของชุมชนมาแต่โบราณ ชาวบ้านเรียกบึงนี้ว่า “บึงสำราญ” เพราะเป็นที่พักผ่อนหย่อนใจของผู้คนในยามหน้าแล้ง</p>'
        '<p style="text-align: justify;">ต่อมาในปี พ.ศ. 2542 สุขาภิบาลบึงสำราญได้รับการยกฐานะเป็นเทศบาลตำบลบึงสำราญตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล และได้รับการยกฐานะเป็นเทศบาลเมืองบึงสำราญเมื่อวันที่ 24 กันยายน พ.ศ. 2551</p>'
        '<p style="text-align: justify;">ปัจจุบันเทศบาลมีพื้นที่ 12.6 ตารางกิโลเมตร แบ่งเป็น 15 ชุมชน มีประชากรตามทะเบียนราษฎร 21,487 คน (ข้อมูล ณ เดือนธันวาคม 2565)</p>',
        date(2019, 9, 12),
        ("/th/about/index.html", "เกี่ยวกับเทศบาล"),
    ),
    (
        "/th/about/vision.html",
        "วิสัยทัศน์และพันธกิจ",
        "<h3>วิสัยทัศน์</h3><p>“บึงสำราญเมืองน่าอยู่ เศรษฐกิจชุมชนเข้มแข็ง สิ่งแวดล้อมยั่งยืน ประชาชนมีคุณภาพชีวิตที่ดี”</p><h3>พันธกิจ</h3>"
        "<ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและทั่วถึง</li><li>ส่งเสริมเศรษฐกิจชุมชนและการท่องเที่ยวริมบึง</li><li>บริหารจัดการขยะและสิ่งแวดล้อมอย่างยั่งยืน</li>"
        "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรมท้องถิ่น</li><li>บริหารงานอย่างโปร่งใสตามหลักธรรมาภิบาล</li></ol>",
        None,
        ("/th/about/index.html", "เกี่ยวกับเทศบาล"),
    ),
    (
        "/th/about/executives.html",
        "คณะผู้บริหาร",
        f'<div class="exec-chart"><div class="exec"><img src="{RES}/img/mayor.jpg" alt=""><p><strong>{MAYOR}</strong><br>นายกเทศมนตรีเมืองบึงสำราญ</p></div>'
        '<div class="exec"><p><strong>นางสาววรรณา บุญบึง</strong><br>รองนายกเทศมนตรี</p></div><div class="exec"><p><strong>นายอนุชา คำแสน</strong><br>รองนายกเทศมนตรี</p></div>'
        '<div class="exec"><p><strong>นายประยูร ทองดี</strong><br>เลขานุการนายกเทศมนตรี</p></div><div class="exec"><p><strong>นายวีระ แสงบึง</strong><br>ที่ปรึกษานายกเทศมนตรี</p></div></div>',
        date(2021, 6, 3),
        ("/th/about/index.html", "เกี่ยวกับเทศบาล"),
    ),
    (
        "/th/about/authority.html",
        "อำนาจหน้าที่",
        "<p>เทศบาลเมืองบึงสำราญมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 ดังนี้</p>"
        "<ul><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดขยะมูลฝอยและสิ่งปฏิกูล</li>"
        "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีน้ำสะอาดหรือการประปา</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li></ul>",
        None,
        ("/th/about/index.html", "เกี่ยวกับเทศบาล"),
    ),
    (
        "/th/contact.html",
        "ติดต่อเรา",
        f'<p><strong>{SITE}</strong><br>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
        "<p>เวลาทำการ วันจันทร์ – วันศุกร์ เวลา 08.30 – 16.30 น. (เว้นวันหยุดราชการ)</p>"
        '<div class="map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3850!2d102.83!3d16.43" width="100%" height="360" style="border:0" loading="lazy"></iframe></div>',
        None,
        None,
    ),
)

EN_PAGES = (
    (
        "/en/index.html",
        "Welcome to Bueng Samran",
        "<p>Bueng Samran Town Municipality lies nine kilometres north of the centre of Si Warin. Its fifteen communities live around the lake that gave the town its name.</p>",
    ),
    (
        "/en/",
        "Welcome to Bueng Samran",
        "<p>Bueng Samran Town Municipality lies nine kilometres north of the centre of Si Warin. Its fifteen communities live around the lake that gave the town its name.</p>",
    ),
    (
        "/en/about.html",
        "About the municipality",
        "<p>Bueng Samran became a sanitary district in 1956, a subdistrict municipality in 1999 and a town municipality in 2008. It covers 12.6 square kilometres and has about 21,500 registered residents.</p>",
    ),
    (
        "/en/contact.html",
        "Contact us",
        f'<p>{SITE_EN}<br>{ADDRESS_EN}</p><p>Telephone +66 44 517 700, e-mail <a href="mailto:{EMAIL}">{EMAIL}</a></p><p>Office hours: Monday to Friday, 8.30 am to 4.30 pm.</p>',
    ),
    (
        "/en/news/index.html",
        "News",
        "<p>Selected news of the municipality in English. More news is published in Thai.</p>",
    ),
)


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/system/workplace/", "/system/login/", "/opencms/"],
        server_software="Apache/2.4.41 (Ubuntu)",
    )
    _OpenCms(site).register()
    return site

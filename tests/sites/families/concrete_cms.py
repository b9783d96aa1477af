# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""concrete_cms: an อบต. site on Concrete CMS 9.1 (formerly concrete5) with a vendor-modified Elemental theme.

องค์การบริหารส่วนตำบลห้วยทรายทอง, อำเภอวังน้ำใส, จังหวัดศรีสุวรรณ (fictional).  UTF-8, Apache + PHP-FPM.
TODAY 2024-06-25.  Installed by a Thai web vendor: Elemental (Bootstrap) with a custom Page List template
("เรียงตาม" sort links), Thai Buddhist-era dates printed by the vendor's templates, URL slugs kept in Thai
(``concrete.seo.enable_slug_asciify`` off), pretty URLs "half enabled" (the .htaccess rewrites, but every
page also answers under ``/index.php/...`` and the cron-built sitemap was made with rewriting off).

URL shapes
* posts (gold): Concrete pages of type ``blog_entry`` under ``/news`` (cID 152): ``/news/<slug>`` where the
  slug is typed by the editor (``land-tax-2567``), Concrete's urlify of the Thai title (lower case,
  punctuation to ``-``, Thai kept, cut at 128 characters = ``concrete.seo.segment_max_length``, hrefs
  percent-encoded with upper-case hex), or the bare cID (``/news/165``) when the editor's slug was blank.
  Aliases (the same page, rel=canonical to the pretty URL): ``/index.php/news/<slug>`` (the sitemap lists
  only this form), ``/index.php?cID=<n>`` (the home "ประกาศ" box and some bodies link it), and
  ``/news/<slug>/`` (301 to the pretty URL; one body links it).
* post page: breadcrumb, the Page Title block with the byline template (``h1.page-title``,
  ``span.page-date`` "15 มีนาคม 2567", ``span.page-author`` "โดย admin"), Content blocks (four editor
  styles: ``&nbsp;`` indents; CKEditor justified spans with empty ``<p>&nbsp;</p>``; one ``<p>`` with
  ``<br /><br />`` runs; clean ``<p>`` + ``<ul>``), an Image block in a ``<figure>`` with a caption, a
  Gallery block (captions), a File block (``/download_file/view/<fID>/<cID>``), Topic List badges, Share This
  Page, and the Next & Previous Nav block ("หน้าก่อนหน้า" / "หน้าถัดไป", in sitemap display order = cID
  order: two backdated posts (cID 197, 199) make the chain jump back in time).  Notices end with centred
  "ประกาศ ณ วันที่ ..." and the signature (text of the article); two notices were posted a day later than
  the date they carry: ``published`` is the byline date.
* listings: ``/news`` Page List (6 a page) ``?ccm_paging_p=1..4`` (Concrete links page 1 as
  ``?ccm_paging_p=1``), sort links ``?ccm_order_by=cv.cvDatePublic|cv.cvName&ccm_order_by_direction=asc|desc``
  kept by the pager; topics ``/news/topic/<id>/<thai name>`` (7 ข่าวประชาสัมพันธ์, 8 ข่าวกิจกรรม, 9 ประกาศ,
  10 ประกาศจัดซื้อจัดจ้าง; posts may carry two topics); months of the Date Navigation block ``/news/<yyyy>/<mm>``.
  Served under ``/index.php/news`` the pager links keep the ``/index.php`` prefix (built from the request).
* home ``/`` (+ ``/index.php``): image slider (3 posts), Page Lists ข่าวประชาสัมพันธ์ (4), ข่าวกิจกรรม (4),
  ประกาศ/จัดซื้อจัดจ้าง (6, linked as ``/index.php?cID=``), upcoming events (3).
* standing pages (non-articles): ``/about`` (child list), ``/about/history`` and ``/about/vision`` on the
  blog_entry template WITH a byline date, ``/about/executives``, ``/contact``, ``/documents`` (PDFs via
  ``/download_file/view/<fID>/156`` and direct ``/application/files/...``), ``/ita`` (OIT O1-O10; one PDF is
  gone: ``broken_links``), ``/gallery`` + 2 albums (byline date, one line of text, Gallery block),
  ``/events`` + ``/events/event-detail?occurrenceID=N``, ``/privacy``, ``/search``, ``/login``.
* every page: global sidebar "ข่าวล่าสุด" (latest 5), visitor counter, Facebook page iframe; footer with
  address/phone, "คำค้นยอดนิยม" (3 search links), "เข้าสู่ระบบ" ``/login?rcID=<cID of the page>``, cookie notice.
* ``/ccm/rss/news`` (RSS 2.0, latest 10, pretty links), ``/sitemap.xml`` (urlset, every page in the
  ``/index.php/`` form), ``/robots.txt`` (Concrete's default list incl. ``/login``, plus a ``Sitemap:`` line).

Traps (``trap_patterns``, answered by ``dynamic``)
* ``TRAP_CALENDAR``: ``/events?year=Y&month=M`` for any month of years 1000-9999, each linking the month
  before and after: endless.
* ``TRAP_SORT``: the Page List sort links x topic/month x page (all 200, the same posts re-ordered).
* ``TRAP_SEARCH``: ``/search?query=..&search_paths[]=`` answers any query; "ค้นหาที่เกี่ยวข้อง" appends one
  more popular word (3 links a page) and results paginate with ``ccm_paging_p``: grows combinatorially.
* ``TRAP_LOGIN``: ``/login?rcID=<n>`` (one per page cID; disallowed by robots.txt).
Non-articles list two calendar months, one search URL and one login URL although they match the traps.

Gold: 22 posts 2023-10-05 .. 2024-06-21, oldest first.  Paragraphs: the Content blocks' paragraphs and list
items (centred signature lines included), no captions, no title.  author = the byline user name.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..media import pdf
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, local_dt, rfc822, thai_abbr, thai_long, thai_slash, thai_weekday
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc, static_file

FAMILY = "concrete_cms"
SITE = "องค์การบริหารส่วนตำบลห้วยทรายทอง"
SHORT = "อบต.ห้วยทรายทอง"
PROVINCE = "อำเภอวังน้ำใส จังหวัดศรีสุวรรณ"
ADDRESS = "88 หมู่ที่ 3 ตำบลห้วยทรายทอง อำเภอวังน้ำใส จังหวัดศรีสุวรรณ 44180"
PHONE = "0 4398 2145"
FAX = "0 4398 2146"
EMAIL = "saraban@huaysaithong.go.th"
MAYOR = "นายสมบัติ ทองมา"
TODAY = date(2024, 6, 25)
PER_PAGE = 6
RSS_LIMIT = 10
SLUG_MAX = 128  # concrete.seo.segment_max_length
SEARCH_PER_PAGE = 10
ASSET_TS = "1716874211"
CSS_URL = f"/application/files/cache/css/elemental/main.css?ts={ASSET_TS}"
FA_URL = "/concrete/css/fontawesome/all.css?ccm_nocache=2e7c3b1f0a9d4e5c6b7a8f9e0d1c2b3a4f5e6d7c"
JQ_URL = "/concrete/js/jquery.js?ccm_nocache=2e7c3b1f0a9d4e5c6b7a8f9e0d1c2b3a4f5e6d7c"
THEME_JS = "/concrete/themes/elemental/main.js?ccm_nocache=2e7c3b1f0a9d4e5c6b7a8f9e0d1c2b3a4f5e6d7c"
LOGO = "/application/files/7315/6902/4477/logo-huaysaithong.png"
NO_IMAGE = "/application/themes/huaysai_elemental/images/no-image.jpg"
NEW_GIF = "/application/themes/huaysai_elemental/images/new.gif"
FACEBOOK = "https://www.facebook.com/huaysaithong.sao"

CID_HOME = 1
CID_LOGIN = 128
CID_ABOUT, CID_HISTORY, CID_NEWS, CID_VISION, CID_EXEC = 150, 151, 152, 153, 154
CID_CONTACT, CID_DOCS, CID_ITA, CID_GALLERY, CID_EVENTS = 155, 156, 157, 158, 159
CID_EVENT, CID_SEARCH, CID_PRIVACY = 161, 163, 164

TOPICS = {
    7: ("ข่าวประชาสัมพันธ์", "pr"),
    8: ("ข่าวกิจกรรม", "act"),
    9: ("ประกาศ", "notice"),
    10: ("ประกาศจัดซื้อจัดจ้าง", "proc"),
}
TOPIC_BY_KEY = {key: tid for tid, (_, key) in TOPICS.items()}
AUTHORS = ("admin", "pr_huaysai", "kanyarat.b")
SORTS = (
    ("cv.cvDatePublic", "desc", "ใหม่ล่าสุด"),
    ("cv.cvDatePublic", "asc", "เก่าสุด"),
    ("cv.cvName", "asc", "ชื่อเรื่อง (ก-ฮ)"),
)
POPULAR_WORDS = ("ภาษี", "รับสมัคร", "ผู้สูงอายุ", "ประกาศ", "ประปา", "ขยะ", "ไข้เลือดออก", "สงกรานต์")


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def _num(seed: str, mod: int) -> int:
    return int(_h(seed, 8), 16) % mod


def concrete_slug(title: str) -> str:
    """Concrete's urlify with asciify off: lower case, non-word characters to '-', Thai kept, 128 chars."""
    text = "".join(c if (c.isalnum() or "\u0e00" <= c <= "\u0e7f") else " " for c in title.lower())
    return "-".join(text.split())[:SLUG_MAX].rstrip("-")


def enc(path: str) -> str:
    return quote(path, safe="/-._~")


def file_url(seed: str, name: str, thumb: str | None = None) -> str:
    """Concrete's file storage: /application/files/<4>/<4>/<4>/<name> (+ thumbnails/<type>/...)."""
    a, b, c = (1000 + _num(f"{seed}:{i}", 9000) for i in range(3))
    prefix = f"/application/files/thumbnails/{thumb}" if thumb else "/application/files"
    return f"{prefix}/{a}/{b}/{c}/{name}"


@dataclass(frozen=True)
class Post:
    cid: int
    day: str
    hm: str
    topics: tuple[int, ...]
    slug_set: str  # "-" from the title, "#" the cID, else typed by the editor
    author: int
    style: int
    top: bool
    desc: bool  # the editor filled the page description
    title: str
    captions: tuple[str, ...]
    pdf: str | None
    body: tuple[str, ...]

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def slug(self) -> str:
        if self.slug_set == "-":
            return concrete_slug(self.title)
        if self.slug_set == "#":
            return str(self.cid)
        return self.slug_set

    @property
    def path(self) -> str:
        return "/news/" + enc(self.slug)

    @property
    def index_path(self) -> str:
        return "/index.php" + self.path

    @property
    def cid_path(self) -> str:
        return f"/index.php?cID={self.cid}"

    @property
    def slash_path(self) -> str:
        return self.path + "/"

    @property
    def fid(self) -> int:
        return 40 + self.cid // 3

    def image(self, i: int, thumb: str | None = None) -> str:
        if self.cid % 2:
            name = f"LINE_ALBUM_{self.d.year + 543}{self.d.month:02d}{self.d.day:02d}_{i + 1}.jpg"
        else:
            name = f"S__{5300000 + self.cid * 37 + i}.jpg"
        return file_url(f"img:{self.cid}:{i}", name, thumb)

    @property
    def pdf_name(self) -> str:
        return f"doc_{self.d.year + 543}_{self.cid}.pdf"

    @property
    def download(self) -> str:
        return f"/download_file/view/{self.fid}/{self.cid}"


# One post per "## cID day time topics slug author style [top] [desc]" header (slug: "-" from the Thai title,
# "#" the bare cID); T: title, C: photo captions (the first is the Image block, the rest a Gallery block),
# F: attached PDF label; then the body, one paragraph a line ("- " list item, "= " centred line).
# [[<target>|<text>]] is an inline link: <cID> -> /index.php?cID=, s<cID> -> the slash form, /path -> as is.
SPEC = """
## 160 2023-10-05 09:30 pr elderly-allowance-2568 1 0 desc
T: ประชาสัมพันธ์การลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลห้วยทรายทอง ขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ ในปีงบประมาณ พ.ศ. 2568 (ผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508) และมีภูมิลำเนาอยู่ในเขตตำบลห้วยทรายทอง มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุล่วงหน้า
ผู้มีสิทธิสามารถยื่นคำขอได้ด้วยตนเองที่สำนักงาน อบต.ห้วยทรายทอง ในวันและเวลาราชการ ตั้งแต่บัดนี้เป็นต้นไป หรือมอบอำนาจให้ผู้อื่นยื่นแทนกรณีไม่สามารถมาด้วยตนเองได้ โดยนำเอกสารมาด้วย ดังนี้
- สำเนาบัตรประจำตัวประชาชน
- สำเนาทะเบียนบ้าน
- สำเนาหน้าสมุดบัญชีเงินฝากธนาคาร (กรณีประสงค์รับเงินผ่านธนาคาร)
สอบถามรายละเอียดเพิ่มเติมได้ที่ กองสวัสดิการสังคม โทร 0 4398 2145 ต่อ 104

## 165 2023-11-15 10:00 notice # 0 1
T: ประกาศองค์การบริหารส่วนตำบลห้วยทรายทอง เรื่อง การใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567
F: ประกาศการใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567
ตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติม กำหนดให้องค์กรปกครองส่วนท้องถิ่นจัดทำแผนการดำเนินงานให้แล้วเสร็จภายในสามสิบวันนับแต่วันที่ประกาศใช้งบประมาณรายจ่ายประจำปี
องค์การบริหารส่วนตำบลห้วยทรายทองได้จัดทำแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567 เสร็จเรียบร้อยแล้ว ประกอบด้วยโครงการทั้งสิ้น 86 โครงการ งบประมาณรวม 24,380,500 บาท
จึงประกาศให้ทราบโดยทั่วกัน ประชาชนสามารถตรวจดูรายละเอียดแผนการดำเนินงานได้ที่สำนักปลัด องค์การบริหารส่วนตำบลห้วยทรายทอง หรือดาวน์โหลดเอกสารท้ายประกาศนี้
= ประกาศ ณ วันที่ 14 พฤศจิกายน พ.ศ. 2566
= (นายสมบัติ ทองมา)
= นายกองค์การบริหารส่วนตำบลห้วยทรายทอง

## 166 2023-11-28 08:45 act loy-krathong-2566 1 2 top
T: อบต.ห้วยทรายทอง จัดงานประเพณีลอยกระทง ประจำปี 2566 ณ สวนสาธารณะหนองห้วยทราย
C: นายสมบัติ ทองมา นายก อบต.ห้วยทรายทอง เป็นประธานเปิดงานประเพณีลอยกระทง
C: การประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ
C: ขบวนแห่นางนพมาศจากหมู่บ้านต่าง ๆ
เมื่อวันที่ 27 พฤศจิกายน 2566 องค์การบริหารส่วนตำบลห้วยทรายทอง ร่วมกับกำนัน ผู้ใหญ่บ้าน และโรงเรียนในเขตตำบล จัดงานประเพณีลอยกระทง ประจำปี 2566 ณ สวนสาธารณะหนองห้วยทราย โดยมีนายสมบัติ ทองมา นายกองค์การบริหารส่วนตำบลห้วยทรายทอง เป็นประธานในพิธีเปิด
ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ ขบวนแห่จากหมู่บ้านทั้ง 12 หมู่บ้าน และการแสดงบนเวทีของนักเรียน ตลอดจนซุ้มจำหน่ายอาหารและสินค้าชุมชน
อบต.ห้วยทรายทอง ขอความร่วมมือประชาชนใช้กระทงที่ทำจากวัสดุย่อยสลายได้ งดใช้กระทงโฟม และงดการจุดพลุ ประทัด และปล่อยโคมลอย เพื่อความปลอดภัยและรักษาสิ่งแวดล้อม
ผลการประกวดกระทงประดิษฐ์ ประเภทสวยงาม รางวัลชนะเลิศ ได้แก่ บ้านโนนงาม หมู่ที่ 5 รองชนะเลิศอันดับ 1 ได้แก่ บ้านห้วยทราย หมู่ที่ 1 และรองชนะเลิศอันดับ 2 ได้แก่ บ้านหนองแวง หมู่ที่ 8

## 170 2023-12-08 11:20 pr - 1 3 desc
T: ขอเชิญชวนประชาชนทุกครัวเรือนจัดทำถังขยะเปียกลดโลกร้อน คัดแยกขยะอินทรีย์จากต้นทาง
C: เจ้าหน้าที่สาธิตการทำถังขยะเปียกลดโลกร้อนให้แก่ประชาชนบ้านดอนแดง
องค์การบริหารส่วนตำบลห้วยทรายทอง ขอเชิญชวนประชาชนทุกครัวเรือนจัดทำถังขยะเปียกลดโลกร้อน เพื่อคัดแยกขยะอินทรีย์ เช่น เศษอาหาร เปลือกผลไม้ และเศษผัก ออกจากขยะทั่วไป ซึ่งช่วยลดปริมาณขยะและลดการปล่อยก๊าซเรือนกระจก
วิธีทำถังขยะเปียกอย่างง่าย มีขั้นตอนดังนี้
- ตัดก้นถังพลาสติกหรือถังสีเก่าที่ไม่ใช้แล้วออก
- ขุดหลุมลึกประมาณ 30 เซนติเมตร แล้วฝังถังลงในดินบริเวณร่มไม้หรือโคนต้นไม้
- ทิ้งเศษอาหารที่แยกน้ำออกแล้วลงในถัง และปิดฝาให้สนิททุกครั้ง
เมื่อเศษอาหารย่อยสลายจะกลายเป็นปุ๋ยหมักบำรุงต้นไม้ได้โดยไม่ต้องเสียค่าใช้จ่าย ครัวเรือนที่จัดทำแล้วสามารถแจ้งผู้ใหญ่บ้านเพื่อขอรับสติกเกอร์ "บ้านนี้มีถังขยะเปียก" ได้
ปัจจุบันมีครัวเรือนในตำบลห้วยทรายทองจัดทำถังขยะเปียกแล้ว 1,248 ครัวเรือน จากทั้งหมด 2,031 ครัวเรือน

## 172 2023-12-20 15:40 proc - 2 3
T: ประกาศองค์การบริหารส่วนตำบลห้วยทรายทอง เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโนนงาม - หนองแวง หมู่ที่ 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
F: ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนน คสล. หมู่ที่ 5
ตามประกาศองค์การบริหารส่วนตำบลห้วยทรายทอง เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโนนงาม - หนองแวง หมู่ที่ 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ลงวันที่ 17 พฤศจิกายน 2566 นั้น
ผู้เสนอราคาที่ชนะการเสนอราคา ได้แก่ ห้างหุ้นส่วนจำกัด ทรายทองการโยธา โดยเสนอราคาต่ำสุด เป็นเงินทั้งสิ้น 2,487,000.00 บาท (สองล้านสี่แสนแปดหมื่นเจ็ดพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง
= ประกาศ ณ วันที่ 20 ธันวาคม พ.ศ. 2566
= (นายสมบัติ ทองมา)
= นายกองค์การบริหารส่วนตำบลห้วยทรายทอง

## 175 2024-01-13 16:30 act children-day-2567 1 0 top
T: อบต.ห้วยทรายทอง จัดงานวันเด็กแห่งชาติ ประจำปี 2567 "เด็กไทยยุคใหม่ รู้คิด รู้เท่าทัน สร้างสรรค์เทคโนโลยี"
C: เด็ก ๆ ร่วมกิจกรรมเกมและรับของรางวัลในงานวันเด็กแห่งชาติ
C: การแสดงของนักเรียนศูนย์พัฒนาเด็กเล็ก อบต.ห้วยทรายทอง
วันเสาร์ที่ 13 มกราคม 2567 องค์การบริหารส่วนตำบลห้วยทรายทอง จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ ลานอเนกประสงค์หน้าสำนักงาน อบต.ห้วยทรายทอง โดยมีเด็กและผู้ปกครองเข้าร่วมงานกว่า 800 คน
ภายในงานมีซุ้มเกมและกิจกรรมจากโรงเรียนในเขตตำบล 6 แห่ง ศูนย์พัฒนาเด็กเล็ก โรงพยาบาลส่งเสริมสุขภาพตำบล และสถานีตำรวจภูธรวังน้ำใส พร้อมการแสดงความสามารถของเด็กนักเรียนบนเวที
นายสมบัติ ทองมา นายก อบต.ห้วยทรายทอง ได้มอบทุนการศึกษาแก่นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 20 ทุน ทุนละ 1,000 บาท และมอบของขวัญแก่เด็กที่ร่วมกิจกรรมทุกคน
ขอขอบคุณผู้สนับสนุนของรางวัลทุกท่าน ได้แก่ ร้านค้า ห้างร้าน และหน่วยงานในพื้นที่ ที่ร่วมทำให้งานวันเด็กปีนี้สำเร็จลุล่วงด้วยดี ชมภาพทั้งหมดได้ที่[[/gallery/children-day-2567|อัลบั้มภาพวันเด็ก 2567]]

## 178 2024-01-26 09:10 pr,notice land-tax-2567 2 1 desc
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567
F: ประกาศกำหนดระยะเวลาชำระภาษี ประจำปี 2567
กองคลัง องค์การบริหารส่วนตำบลห้วยทรายทอง ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตตำบลห้วยทรายทอง ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ภายในเดือนเมษายน 2567
ผู้ประกอบการที่มีป้ายโฆษณาหรือป้ายชื่อร้านค้า ให้ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567 และชำระภาษีภายใน 15 วันนับแต่วันที่ได้รับแจ้งการประเมิน
เพื่ออำนวยความสะดวกแก่ประชาชน อบต.ห้วยทรายทอง จะออกหน่วยรับชำระภาษีเคลื่อนที่ตามหมู่บ้าน ตามตารางที่ผู้ใหญ่บ้านจะประกาศทางหอกระจายข่าว
หากชำระภาษีเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามกฎหมาย สอบถามเพิ่มเติม งานจัดเก็บรายได้ กองคลัง โทร 0 4398 2145 ต่อ 102

## 181 2024-02-09 14:00 act - 1 2
T: อบต.ห้วยทรายทอง ฝึกอบรมการป้องกันและระงับอัคคีภัยเบื้องต้นและการดับไฟป่า ประจำปี 2567
C: ผู้เข้ารับการอบรมฝึกปฏิบัติการใช้ถังดับเพลิงเคมี
C: เจ้าหน้าที่สาธิตการดับไฟป่าด้วยไม้ตบไฟ
ระหว่างวันที่ 7 - 8 กุมภาพันธ์ 2567 งานป้องกันและบรรเทาสาธารณภัย สำนักปลัด องค์การบริหารส่วนตำบลห้วยทรายทอง จัดโครงการฝึกอบรมการป้องกันและระงับอัคคีภัยเบื้องต้นและการดับไฟป่า ณ ห้องประชุม อบต.ห้วยทรายทอง
ผู้เข้ารับการอบรมประกอบด้วยอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ผู้นำชุมชน และตัวแทนครัวเรือนจากทั้ง 12 หมู่บ้าน รวม 120 คน โดยได้รับเกียรติจากเจ้าหน้าที่สถานีควบคุมไฟป่าภูผาแดงเป็นวิทยากร
การฝึกอบรมประกอบด้วยความรู้เรื่องสาเหตุของการเกิดไฟไหม้ การใช้ถังดับเพลิงเคมี การดับไฟป่าด้วยไม้ตบไฟและเครื่องเป่าลม และการทำแนวกันไฟรอบป่าชุมชน
ในช่วงฤดูแล้งนี้ หากพบเหตุไฟไหม้หรือไฟป่า แจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.ห้วยทรายทอง โทร 0 4398 2199 ตลอด 24 ชั่วโมง

## 183 2024-02-22 13:00 notice # 0 1
T: ประกาศองค์การบริหารส่วนตำบลห้วยทรายทอง เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ประจำปี 2567
F: ประกาศรับสมัครพนักงานจ้าง ประจำปี 2567
ด้วยองค์การบริหารส่วนตำบลห้วยทรายทอง มีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง จำนวน 3 ตำแหน่ง 4 อัตรา ดังนี้
- พนักงานจ้างตามภารกิจ ตำแหน่ง ผู้ช่วยนักวิชาการเงินและบัญชี จำนวน 1 อัตรา
- พนักงานจ้างตามภารกิจ ตำแหน่ง ผู้ช่วยเจ้าพนักงานป้องกันและบรรเทาสาธารณภัย จำนวน 1 อัตรา
- พนักงานจ้างทั่วไป ตำแหน่ง คนงานประจำรถขยะ จำนวน 2 อัตรา
ผู้สนใจสามารถยื่นใบสมัครได้ด้วยตนเองที่สำนักปลัด องค์การบริหารส่วนตำบลห้วยทรายทอง ระหว่างวันที่ 4 - 12 มีนาคม 2567 ในวันและเวลาราชการ รายละเอียดคุณสมบัติและเอกสารประกอบการสมัครปรากฏตามประกาศที่แนบท้าย
= ประกาศ ณ วันที่ 22 กุมภาพันธ์ พ.ศ. 2567
= (นายสมบัติ ทองมา)
= นายกองค์การบริหารส่วนตำบลห้วยทรายทอง

## 186 2024-03-08 10:45 act - 1 0
T: อบต.ห้วยทรายทอง ส่งเสริมอาชีพกลุ่มแม่บ้าน อบรมการแปรรูปผลิตภัณฑ์จากปลาน้ำจืด
C: กลุ่มแม่บ้านบ้านหนองแวงฝึกทำน้ำพริกปลาย่างบรรจุกระปุก
องค์การบริหารส่วนตำบลห้วยทรายทอง โดยกองสวัสดิการสังคม จัดโครงการส่งเสริมอาชีพให้แก่กลุ่มแม่บ้านและผู้ว่างงาน หลักสูตรการแปรรูปผลิตภัณฑ์จากปลาน้ำจืด เมื่อวันที่ 6 - 7 มีนาคม 2567 ณ ศาลาประชาคมบ้านหนองแวง หมู่ที่ 8
ผู้เข้ารับการอบรมได้ฝึกทำน้ำพริกปลาย่าง ปลาร้าบอง และปลาส้ม พร้อมเรียนรู้การบรรจุหีบห่อ การติดฉลาก และการคำนวณต้นทุนเพื่อตั้งราคาขาย โดยมีวิทยากรจากสำนักงานพัฒนาชุมชนอำเภอวังน้ำใส
ผลิตภัณฑ์ที่ได้จากการอบรมจะนำไปวางจำหน่ายที่ตลาดนัดชุมชนทุกวันศุกร์ และจะพัฒนาต่อยอดเพื่อขอรับรองมาตรฐานผลิตภัณฑ์ชุมชน (มผช.) ต่อไป

## 188 2024-03-15 08:30 pr no-burning-pm25 2 3 desc
T: ขอความร่วมมือประชาชนงดเผาในที่โล่ง ลดปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก PM2.5
C: ป้ายรณรงค์งดเผาในที่โล่งติดตั้งบริเวณทางเข้าหมู่บ้าน
ด้วยในช่วงฤดูแล้ง พื้นที่จังหวัดศรีสุวรรณประสบปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก PM2.5 เกินค่ามาตรฐาน ซึ่งส่งผลกระทบต่อสุขภาพของประชาชน โดยเฉพาะเด็กเล็ก ผู้สูงอายุ และผู้ป่วยโรคระบบทางเดินหายใจ
องค์การบริหารส่วนตำบลห้วยทรายทอง จึงขอความร่วมมือประชาชนงดการเผาตอซังข้าว เผาอ้อย เผาขยะ และเผาวัชพืชในที่โล่งทุกชนิด ตั้งแต่บัดนี้จนถึงวันที่ 31 พฤษภาคม 2567
เกษตรกรสามารถนำเศษวัสดุทางการเกษตรไปทำปุ๋ยหมักแทนการเผา (อ่าน[[170|วิธีทำถังขยะเปียกและปุ๋ยหมัก]]) ซึ่งช่วยเพิ่มอินทรียวัตถุในดินและลดต้นทุนการผลิต
หากพบเห็นการเผาในที่โล่ง แจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.ห้วยทรายทอง โทร 0 4398 2199 หรือแจ้งผ่านไลน์ @huaysaithong

## 191 2024-04-03 11:00 proc - 2 3
T: ประกาศผู้ชนะการเสนอราคา ซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร จำนวน 1 คัน โดยวิธีเฉพาะเจาะจง
F: ประกาศผู้ชนะการเสนอราคา ซื้อรถบรรทุกน้ำอเนกประสงค์
ตามที่องค์การบริหารส่วนตำบลห้วยทรายทอง ได้มีโครงการซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร ชนิด 6 ล้อ จำนวน 1 คัน โดยวิธีเฉพาะเจาะจง นั้น
ผู้ได้รับการคัดเลือก ได้แก่ บริษัท ศรีสุวรรณยนตรการ จำกัด โดยเสนอราคาเป็นเงินทั้งสิ้น 2,450,000.00 บาท (สองล้านสี่แสนห้าหมื่นบาทถ้วน) รวมภาษีมูลค่าเพิ่มและค่าใช้จ่ายอื่น ๆ ทั้งปวง
= ประกาศ ณ วันที่ 2 เมษายน พ.ศ. 2567
= (นายสมบัติ ทองมา)
= นายกองค์การบริหารส่วนตำบลห้วยทรายทอง

## 193 2024-04-11 17:15 act songkran-2567 1 2
T: อบต.ห้วยทรายทอง ตั้งจุดบริการประชาชน ป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ 2567
C: จุดบริการประชาชนช่วงเทศกาลสงกรานต์ บริเวณสามแยกบ้านห้วยทราย
วันที่ 11 เมษายน 2567 นายสมบัติ ทองมา นายกองค์การบริหารส่วนตำบลห้วยทรายทอง พร้อมด้วยปลัด อบต. และสมาชิก อปพร. ร่วมพิธีเปิดจุดบริการประชาชนช่วงเทศกาลสงกรานต์ 2567 บริเวณสามแยกบ้านห้วยทราย ทางหลวงหมายเลข 2287
จุดบริการดังกล่าวเปิดให้บริการระหว่างวันที่ 11 - 17 เมษายน 2567 ตลอด 24 ชั่วโมง มีบริการน้ำดื่ม กาแฟ ผ้าเย็น และที่พักรถสำหรับผู้เดินทาง พร้อมเจ้าหน้าที่ตรวจวัดแอลกอฮอล์ร่วมกับตำรวจ
อบต.ห้วยทรายทอง ขอเชิญชวนประชาชนขับขี่ด้วยความระมัดระวัง สวมหมวกนิรภัย คาดเข็มขัดนิรภัย และ "เมาไม่ขับ" เพื่อให้ทุกคนเดินทางกลับบ้านอย่างปลอดภัย ติดตามภาพกิจกรรมได้ที่[[/gallery/ภาพกิจกรรมสงกรานต์-2567|อัลบั้มภาพสงกรานต์]] และ[[s166|ข่าวงานประเพณีลอยกระทง]]ที่ผ่านมา

## 195 2024-04-19 10:00 act - 1 0 top
T: สืบสานประเพณีสงกรานต์ สรงน้ำพระ รดน้ำขอพรผู้สูงอายุ ประจำปี 2567
C: ผู้สูงอายุในตำบลห้วยทรายทองร่วมพิธีสรงน้ำพระพุทธรูป
C: นายก อบต.ห้วยทรายทอง รดน้ำขอพรผู้สูงอายุ
วันที่ 18 เมษายน 2567 องค์การบริหารส่วนตำบลห้วยทรายทอง จัดโครงการสืบสานประเพณีสงกรานต์และวันผู้สูงอายุ ณ วัดศรีห้วยทราย หมู่ที่ 1 โดยมีผู้สูงอายุจากทั้ง 12 หมู่บ้านเข้าร่วมกว่า 500 คน
กิจกรรมภายในงานประกอบด้วยพิธีทำบุญตักบาตร การสรงน้ำพระพุทธรูป การรดน้ำขอพรผู้สูงอายุ และการประกวดผู้สูงอายุสุขภาพดี ซึ่งผู้ได้รับรางวัลชนะเลิศ ได้แก่ นางทองใบ ศรีสุข อายุ 84 ปี จากบ้านโนนงาม หมู่ที่ 5
นายก อบต.ห้วยทรายทอง กล่าวว่า ประเพณีสงกรานต์เป็นโอกาสอันดีที่ลูกหลานจะได้แสดงความกตัญญูต่อผู้สูงอายุ ซึ่งเป็นผู้สั่งสมภูมิปัญญาและเป็นหลักชัยของชุมชน

## 197 2023-10-30 09:00 act - 0 3
T: ร่วมสืบสานประเพณีตักบาตรเทโวโรหณะ เนื่องในวันออกพรรษา ประจำปี 2566
C: ประชาชนร่วมตักบาตรเทโวโรหณะ ณ วัดป่าห้วยทรายทอง
เมื่อวันที่ 30 ตุลาคม 2566 คณะผู้บริหาร สมาชิกสภา และพนักงานองค์การบริหารส่วนตำบลห้วยทรายทอง ร่วมกับประชาชนในพื้นที่ ร่วมทำบุญตักบาตรเทโวโรหณะ เนื่องในวันออกพรรษา ณ วัดป่าห้วยทรายทอง หมู่ที่ 9
ประเพณีตักบาตรเทโวเป็นการรำลึกถึงวันที่พระพุทธเจ้าเสด็จลงจากสวรรค์ชั้นดาวดึงส์หลังจากทรงจำพรรษาเพื่อโปรดพุทธมารดา โดยชาวบ้านจะนำข้าวต้มลูกโยนและอาหารแห้งมาใส่บาตรพระสงฆ์ที่เดินลงจากเนินเขา
ในปีนี้มีพระสงฆ์ร่วมรับบิณฑบาต 39 รูป และมีประชาชนร่วมทำบุญกว่า 600 คน หลังพิธีทางศาสนา อบต.ห้วยทรายทองได้จัดเลี้ยงอาหารกลางวันแก่ผู้ร่วมงาน

## 199 2024-01-05 10:30 act - 0 0
T: มอบผ้าห่มกันหนาวให้แก่ผู้สูงอายุ ผู้พิการ และผู้ยากไร้ในตำบลห้วยทรายทอง
C: นายก อบต.ห้วยทรายทอง มอบผ้าห่มกันหนาวแก่ผู้สูงอายุที่อยู่ลำพัง
วันที่ 5 มกราคม 2567 นายสมบัติ ทองมา นายกองค์การบริหารส่วนตำบลห้วยทรายทอง พร้อมด้วยคณะผู้บริหารและเจ้าหน้าที่กองสวัสดิการสังคม ลงพื้นที่มอบผ้าห่มกันหนาวให้แก่ผู้สูงอายุ ผู้พิการ และผู้ยากไร้ในเขตตำบล จำนวน 350 ผืน
เนื่องจากในช่วงเดือนธันวาคมถึงมกราคม อุณหภูมิในพื้นที่ลดต่ำลงเหลือ 11 - 13 องศาเซลเซียส ทำให้กลุ่มเปราะบางได้รับความเดือดร้อน อบต.จึงได้จัดซื้อผ้าห่มด้วยงบประมาณช่วยเหลือประชาชนตามอำนาจหน้าที่
นอกจากการมอบผ้าห่มแล้ว เจ้าหน้าที่ยังได้สอบถามปัญหาความเป็นอยู่ และประสานหน่วยงานที่เกี่ยวข้องให้ความช่วยเหลือครัวเรือนที่ประสบปัญหาเร่งด่วนด้วย

## 200 2024-05-02 09:00 pr cdc-enrollment-2567 2 1 desc
T: ศูนย์พัฒนาเด็กเล็ก อบต.ห้วยทรายทอง เปิดรับสมัครนักเรียนใหม่ ปีการศึกษา 2567
C: บรรยากาศห้องเรียนศูนย์พัฒนาเด็กเล็ก อบต.ห้วยทรายทอง
ศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบลห้วยทรายทอง เปิดรับสมัครเด็กนักเรียนใหม่ ปีการศึกษา 2567 สำหรับเด็กที่เกิดระหว่างวันที่ 16 พฤษภาคม 2564 ถึงวันที่ 15 พฤษภาคม 2565 ไม่จำกัดจำนวน
ผู้ปกครองสามารถยื่นใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็กทั้ง 2 แห่ง ได้แก่ ศูนย์พัฒนาเด็กเล็กบ้านห้วยทราย และศูนย์พัฒนาเด็กเล็กบ้านโนนงาม ตั้งแต่วันที่ 2 - 10 พฤษภาคม 2567 เวลา 08.30 - 16.30 น. โดยใช้หลักฐานดังนี้
- สูติบัตรของเด็ก พร้อมสำเนา 2 ฉบับ
- สำเนาทะเบียนบ้านของเด็กและผู้ปกครอง
- สมุดบันทึกสุขภาพแม่และเด็ก (สมุดสีชมพู)
- รูปถ่ายขนาด 1 นิ้ว จำนวน 3 รูป
เด็กทุกคนจะได้รับอาหารกลางวัน อาหารเสริม (นม) และวัสดุการศึกษาโดยไม่เสียค่าใช้จ่าย เปิดภาคเรียนวันที่ 16 พฤษภาคม 2567

## 203 2024-05-17 15:00 pr,act - 1 2
T: Big Cleaning Day รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ตำบลห้วยทรายทอง ปี 2567
C: อสม. และเจ้าหน้าที่ร่วมกันทำความสะอาดบริเวณวัดและโรงเรียน
C: การแจกทรายอะเบทให้แก่ครัวเรือนในหมู่บ้าน
วันที่ 16 พฤษภาคม 2567 องค์การบริหารส่วนตำบลห้วยทรายทอง ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลห้วยทราย และอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) จัดกิจกรรม Big Cleaning Day รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ก่อนเข้าสู่ฤดูฝน
กิจกรรมประกอบด้วยการทำความสะอาดวัด โรงเรียน และศูนย์พัฒนาเด็กเล็ก การสำรวจและทำลายแหล่งเพาะพันธุ์ลูกน้ำยุงลาย การแจกทรายอะเบท และการพ่นหมอกควันกำจัดยุงตัวเต็มวัยในหมู่บ้านที่มีผู้ป่วย
ตั้งแต่ต้นปี 2567 ถึงปัจจุบัน ตำบลห้วยทรายทองพบผู้ป่วยโรคไข้เลือดออกแล้ว 7 ราย ขอให้ประชาชนปฏิบัติตามมาตรการ 3 เก็บ ป้องกัน 3 โรค คือ เก็บบ้าน เก็บขยะ และเก็บน้ำ อย่างต่อเนื่องทุกสัปดาห์

## 205 2024-05-29 10:20 notice pet-control-hearing 0 1
T: ประกาศ เรื่อง การรับฟังความคิดเห็นต่อร่างข้อบัญญัติองค์การบริหารส่วนตำบลห้วยทรายทอง เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์ พ.ศ. ....
F: ร่างข้อบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์
ด้วยองค์การบริหารส่วนตำบลห้วยทรายทองได้จัดทำร่างข้อบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์ พ.ศ. .... เพื่อป้องกันเหตุรำคาญและการแพร่ระบาดของโรคพิษสุนัขบ้า รวมทั้งรักษาความสะอาดและความเป็นระเบียบเรียบร้อยในชุมชน
เพื่อให้เป็นไปตามมาตรา 77 ของรัฐธรรมนูญแห่งราชอาณาจักรไทย จึงขอเชิญชวนประชาชนร่วมแสดงความคิดเห็นต่อร่างข้อบัญญัติดังกล่าว ตั้งแต่วันที่ 29 พฤษภาคม ถึงวันที่ 13 มิถุนายน 2567
ประชาชนสามารถแสดงความคิดเห็นได้ที่สำนักปลัด อบต.ห้วยทรายทอง ทางไปรษณีย์ หรือทางอีเมล saraban@huaysaithong.go.th
= ประกาศ ณ วันที่ 28 พฤษภาคม พ.ศ. 2567
= (นายสมบัติ ทองมา)
= นายกองค์การบริหารส่วนตำบลห้วยทรายทอง

## 207 2024-06-05 14:30 act - 1 0
T: วันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 อบต.ห้วยทรายทอง ชวนปลูกต้นไม้ 999 ต้น ในป่าชุมชนโคกหนองแวง
C: ผู้บริหาร เจ้าหน้าที่ และนักเรียนร่วมปลูกต้นไม้บริเวณป่าชุมชนโคกหนองแวง
เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 องค์การบริหารส่วนตำบลห้วยทรายทอง ร่วมกับโรงเรียนบ้านหนองแวง กำนันตำบลห้วยทรายทอง และชาวบ้าน จัดกิจกรรมปลูกต้นไม้ในป่าชุมชนโคกหนองแวง หมู่ที่ 8
ต้นไม้ที่นำมาปลูกจำนวน 999 ต้น ได้รับการสนับสนุนกล้าไม้จากศูนย์เพาะชำกล้าไม้จังหวัดศรีสุวรรณ ได้แก่ ต้นยางนา ต้นพะยูง ต้นมะค่าโมง และต้นประดู่ป่า
นอกจากนี้ยังมีกิจกรรมเก็บขยะริมทาง และการมอบถุงผ้าให้แก่ร้านค้าในชุมชนเพื่อรณรงค์ลดการใช้ถุงพลาสติก

## 209 2024-06-14 16:00 pr - 2 3
T: อบต.ห้วยทรายทอง จัดประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ครั้งที่ 2
C: ผู้นำชุมชนและประชาชนร่วมเสนอโครงการในการประชุมประชาคมหมู่บ้าน
ระหว่างวันที่ 10 - 13 มิถุนายน 2567 องค์การบริหารส่วนตำบลห้วยทรายทอง ออกประชุมประชาคมหมู่บ้านครบทั้ง 12 หมู่บ้าน เพื่อรับฟังปัญหาและความต้องการของประชาชนประกอบการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)
ประชาชนได้เสนอโครงการที่ต้องการมากที่สุด ได้แก่
- การขุดลอกคลองและหนองน้ำสาธารณะเพื่อกักเก็บน้ำไว้ใช้ในฤดูแล้ง
- การก่อสร้างถนนคอนกรีตเสริมเหล็กภายในหมู่บ้าน
- การติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ตามถนนสายหลัก
- การขยายเขตประปาหมู่บ้านไปยังครัวเรือนที่ยังไม่มีน้ำประปาใช้
อบต.จะนำข้อเสนอทั้งหมดเข้าสู่การพิจารณาของคณะกรรมการพัฒนาท้องถิ่น และประชาคมตำบล ในวันที่ 28 มิถุนายน 2567 ต่อไป

## 211 2024-06-21 11:45 pr,notice water-outage-2024-06 2 0 desc
T: แจ้งงดจ่ายน้ำประปาหมู่บ้านชั่วคราว หมู่ที่ 3 และหมู่ที่ 4 วันที่ 24 มิถุนายน 2567
กิจการประปา กองช่าง องค์การบริหารส่วนตำบลห้วยทรายทอง ขอแจ้งงดจ่ายน้ำประปาหมู่บ้านชั่วคราว ในพื้นที่บ้านดอนแดง หมู่ที่ 3 และบ้านโคกสว่าง หมู่ที่ 4 ในวันจันทร์ที่ 24 มิถุนายน 2567 ตั้งแต่เวลา 08.00 น. ถึง 17.00 น.
เนื่องจากมีความจำเป็นต้องซ่อมแซมท่อเมนประปาขนาด 4 นิ้ว ที่ชำรุดบริเวณหน้าโรงเรียนบ้านดอนแดง และเปลี่ยนประตูน้ำที่ชำรุดจำนวน 2 จุด
จึงขอให้ประชาชนในพื้นที่ดังกล่าวสำรองน้ำไว้ใช้ล่วงหน้า หากเกิดความล่าช้า อบต.จะแจ้งให้ทราบทางหอกระจายข่าวและเพจเฟซบุ๊กของ อบต. ขออภัยในความไม่สะดวกมา ณ โอกาสนี้
"""


def _parse(spec: str) -> tuple[Post, ...]:
    posts = []
    for chunk in spec.split("\n## ")[1:]:
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        head = lines[0].split()
        cid, day, hm, topics, slug, author, style = head[:7]
        flags = head[7:]
        meta: dict[str, str] = {}
        captions: list[str] = []
        body: list[str] = []
        for line in lines[1:]:
            if len(line) > 2 and line[1] == ":" and line[0] in "TCF":
                if line[0] == "C":
                    captions.append(line[3:].strip())
                else:
                    meta[line[0]] = line[3:].strip()
            else:
                body.append(line)
        posts.append(
            Post(
                cid=int(cid),
                day=day,
                hm=hm,
                topics=tuple(TOPIC_BY_KEY[t] for t in topics.split(",")),
                slug_set=slug,
                author=int(author),
                style=int(style),
                top="top" in flags,
                desc="desc" in flags,
                title=meta["T"],
                captions=tuple(captions),
                pdf=meta.get("F"),
                body=tuple(body),
            )
        )
    return tuple(posts)


POSTS = _parse(SPEC)
BY_CID = {p.cid: p for p in POSTS}
NEWEST = tuple(sorted(POSTS, key=lambda p: (p.day, p.hm), reverse=True))
CHAIN = tuple(sorted(POSTS, key=lambda p: p.cid))  # Next & Previous Nav: sitemap display order
MONTHS_WITH_POSTS = tuple(sorted({(p.d.year, p.d.month) for p in POSTS}, reverse=True))
LINK_RE = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")

GALLERIES = (
    (
        177,
        "/gallery/children-day-2567",
        "ภาพกิจกรรมวันเด็กแห่งชาติ ประจำปี 2567",
        "2024-01-15",
        (
            "พิธีเปิดงานวันเด็กแห่งชาติ",
            "ซุ้มเกมของโรงเรียนบ้านห้วยทราย",
            "การแสดงของศูนย์พัฒนาเด็กเล็ก",
            "มอบทุนการศึกษา",
        ),
    ),
    (
        192,
        "/gallery/" + enc("ภาพกิจกรรมสงกรานต์-2567"),
        "ภาพกิจกรรมประเพณีสงกรานต์ 2567",
        "2024-04-20",
        ("จุดบริการประชาชนสามแยกบ้านห้วยทราย", "สรงน้ำพระพุทธรูป", "รดน้ำขอพรผู้สูงอายุ"),
    ),
)
EVENTS = (
    (38, "2024-04-13", "09:00", "16:00", "งานประเพณีสงกรานต์ตำบลห้วยทรายทอง", "วัดศรีห้วยทราย หมู่ที่ 1"),
    (41, "2024-05-16", "08:30", "12:00", "Big Cleaning Day ป้องกันโรคไข้เลือดออก", "ทุกหมู่บ้านในตำบลห้วยทรายทอง"),
    (44, "2024-06-05", "09:00", "12:00", "ปลูกต้นไม้เนื่องในวันสิ่งแวดล้อมโลก", "ป่าชุมชนโคกหนองแวง หมู่ที่ 8"),
    (45, "2024-06-28", "09:30", "12:00", "ประชุมประชาคมตำบล ทบทวนแผนพัฒนาท้องถิ่น", "ห้องประชุม อบต.ห้วยทรายทอง"),
    (47, "2024-07-05", "13:30", "16:30", "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 ประจำปี 2567", "ห้องประชุมสภา อบต.ห้วยทรายทอง"),
    (48, "2024-07-20", "07:00", "12:00", "แห่เทียนและถวายเทียนพรรษา", "วัดป่าห้วยทรายทอง หมู่ที่ 9"),
    (50, "2024-08-12", "08:00", "12:00", "กิจกรรมเฉลิมพระเกียรติ วันแม่แห่งชาติ", "หอประชุม อบต.ห้วยทรายทอง"),
)
DOCS = (
    (21, "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", "local_dev_plan_2566_2570.pdf", "3.2 MB", True),
    (22, "ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2567", "budget_2567.pdf", "1.8 MB", False),
    (23, "แบบคำร้องทั่วไป", "form_general.pdf", "86 KB", True),
    (24, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", "form_elderly_allowance.pdf", "142 KB", False),
    (25, "แบบคำขออนุญาตก่อสร้างอาคาร (ข.1)", "form_kh1.pdf", "210 KB", False),
    (26, "คู่มือสำหรับประชาชน การขอรับบริการน้ำประปาหมู่บ้าน", "manual_water_supply.pdf", "398 KB", True),
)
ITA = (
    ("O1", "โครงสร้างหน่วยงาน", "page:/about/executives"),
    ("O2", "ข้อมูลผู้บริหาร", "page:/about/executives"),
    ("O3", "อำนาจหน้าที่", "pdf:oit_o3_2567.pdf"),
    ("O4", "แผนพัฒนาท้องถิ่น", "doc:21"),
    ("O5", "ข้อมูลการติดต่อ", "page:/contact"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "pdf:oit_o6_2567.pdf"),
    ("O7", "ข่าวประชาสัมพันธ์", "topic:7"),
    ("O8", "Q&A", "ext:" + FACEBOOK),
    ("O9", "Social Network", "ext:" + FACEBOOK),
    ("O10", "แผนการดำเนินงานประจำปี", "pdf:oit_o10_2567.pdf"),
    ("O11", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "gone:oit_o11_2567.pdf"),
    ("O12", "รายงานผลการดำเนินงานประจำปี", "pdf:oit_o12_2566.pdf"),
)
EXECUTIVES = (
    ("นายสมบัติ ทองมา", "นายกองค์การบริหารส่วนตำบลห้วยทรายทอง"),
    ("นายประเสริฐ แก้วดวงดี", "รองนายกองค์การบริหารส่วนตำบลห้วยทรายทอง"),
    ("นางสุภาพร ศรีวงศ์", "รองนายกองค์การบริหารส่วนตำบลห้วยทรายทอง"),
    ("นายวิทยา พรหมมา", "เลขานุการนายกองค์การบริหารส่วนตำบลห้วยทรายทอง"),
    ("นางสาวกัลยารัตน์ บุญเรือง", "ปลัดองค์การบริหารส่วนตำบลห้วยทรายทอง"),
)

# standing pages: path -> (cID, name, page type, template, parent)
PAGES = {
    "/": (CID_HOME, "หน้าแรก", "page", "full", ""),
    "/about": (CID_ABOUT, "เกี่ยวกับ อบต.", "page", "right_sidebar", "/"),
    "/about/history": (CID_HISTORY, "ประวัติความเป็นมา", "blog_entry", "blog_entry", "/about"),
    "/about/vision": (CID_VISION, "วิสัยทัศน์และพันธกิจ", "blog_entry", "blog_entry", "/about"),
    "/about/executives": (CID_EXEC, "คณะผู้บริหาร", "page", "right_sidebar", "/about"),
    "/news": (CID_NEWS, "ข่าวสาร", "page", "right_sidebar", "/"),
    "/gallery": (CID_GALLERY, "ภาพกิจกรรม", "page", "right_sidebar", "/"),
    "/documents": (CID_DOCS, "เอกสารดาวน์โหลด", "page", "right_sidebar", "/"),
    "/ita": (CID_ITA, "ITA / OIT", "page", "right_sidebar", "/"),
    "/events": (CID_EVENTS, "ปฏิทินกิจกรรม", "page", "right_sidebar", "/"),
    "/contact": (CID_CONTACT, "ติดต่อเรา", "page", "right_sidebar", "/"),
    "/privacy": (CID_PRIVACY, "นโยบายความเป็นส่วนตัว", "page", "right_sidebar", "/"),
    "/search": (CID_SEARCH, "ค้นหา", "page", "right_sidebar", "/"),
}
MENU = ("/", "/about", "/news", "/gallery", "/documents", "/ita", "/events", "/contact")
SUBMENU = {
    "/about": ("/about/history", "/about/vision", "/about/executives"),
    "/news": tuple(f"topic:{tid}" for tid in TOPICS),
}
SITEMAP_PAGES = ("/", "/about", "/about/history", "/about/vision", "/about/executives", "/news", "/gallery")
SITEMAP_PAGES += tuple(g[1] for g in GALLERIES) + ("/documents", "/ita", "/events", "/contact", "/privacy")


def topic_path(tid: int) -> str:
    return f"/news/topic/{tid}/" + enc(concrete_slug(TOPICS[tid][0]))


def month_path(y: int, m: int) -> str:
    return f"/news/{y}/{m:02d}"


def ctx_base(ctx: tuple) -> str:
    kind, val = ctx
    if kind == "topic":
        return topic_path(val)
    if kind == "month":
        return month_path(*val)
    return "/news"


def ctx_items(ctx: tuple, sort: tuple[str, str] | None = None) -> list[Post]:
    kind, val = ctx
    items = [
        p
        for p in POSTS
        if kind == "all" or (kind == "topic" and val in p.topics) or (kind == "month" and (p.d.year, p.d.month) == val)
    ]
    key, direction = sort or ("cv.cvDatePublic", "desc")
    if key == "cv.cvName":
        items.sort(key=lambda p: p.title, reverse=direction == "desc")
    else:
        items.sort(key=lambda p: (p.day, p.hm), reverse=direction == "desc")
    return items


def list_url(ctx: tuple, page: int | None = None, sort: tuple[str, str] | None = None, prefix: str = "") -> str:
    params = []
    if sort:
        params += [f"ccm_order_by={sort[0]}", f"ccm_order_by_direction={sort[1]}"]
    if page is not None:
        params.append(f"ccm_paging_p={page}")
    return prefix + ctx_base(ctx) + ("?" + "&".join(params) if params else "")


def search_url(query: str, page: int | None = None) -> str:
    url = f"/search?query={quote(query)}&search_paths%5B%5D="
    return url + (f"&ccm_paging_p={page}" if page else "")


def calendar_url(y: int, m: int) -> str:
    return f"/events?year={y}&month={m}"


def event_url(oid: int) -> str:
    return f"/events/event-detail?occurrenceID={oid}"


def month_step(y: int, m: int, step: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + step
    return n // 12, n % 12 + 1


def month_name(y: int, m: int) -> str:
    return f"{MONTHS[m - 1]} {y + 543}"


def inline_text(line: str) -> str:
    return LINK_RE.sub(lambda m: m.group(2), line)


def plain_paragraphs(p: Post) -> list[str]:
    return [" ".join(inline_text(line.removeprefix("- ").removeprefix("= ")).split()) for line in p.body]


def post_text(p: Post) -> str:
    return " ".join(plain_paragraphs(p))


def description(p: Post) -> str:
    if not p.desc:
        return ""
    text = plain_paragraphs(p)[0]
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "..."


class _Concrete:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.site.url(path)

    @staticmethod
    def html(text: str, status: int = 200) -> Response:
        headers = (
            ("Content-Type", "text/html; charset=UTF-8"),
            ("X-Powered-By", "PHP/8.1.27"),
            ("Cache-Control", "no-store, no-cache, must-revalidate"),
            ("Set-Cookie", "CONCRETE=" + _h(f"sess:{len(text)}", 26) + "; path=/; HttpOnly; SameSite=Lax"),
        )
        return Response(status, headers, text.encode("utf-8"))

    def add_page(self, path: str, text: str) -> None:
        self.site.add(path, self.html(text))
        self.non_articles.append(self.u(path))

    # -- frame ---------------------------------------------------------------------------------
    def link_for(self, target: str) -> tuple[str, str]:
        if target.startswith("topic:"):
            tid = int(target[6:])
            return topic_path(tid), TOPICS[tid][0]
        return target, PAGES[target][1]

    def nav(self, section: str) -> str:
        items = []
        for path in MENU:
            name = PAGES[path][1]
            sel = ' class="nav-path-selected"' if path == section else ""
            sub = ""
            if path in SUBMENU:
                sub = (
                    "<ul>"
                    + "".join(
                        f'<li class=""><a href="{attr(h)}" target="_self" class="">{esc(n)}</a></li>'
                        for h, n in (self.link_for(t) for t in SUBMENU[path])
                    )
                    + "</ul>"
                )
            items.append(f'<li{sel}><a href="{attr(path)}" target="_self"{sel}>{esc(name)}</a>{sub}</li>')
        return '<nav class="ccm-responsive-navigation original"><ul>' + "".join(items) + "</ul></nav>"

    @staticmethod
    def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
        lis = []
        for i, (name, href) in enumerate(trail):
            if href and i < len(trail) - 1:
                lis.append(f'<li><a href="{attr(href)}" target="_self">{esc(name)}</a></li>')
            else:
                lis.append(f'<li class="active">{esc(name)}</li>')
        return '<nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(lis) + "</ol></nav>"

    @staticmethod
    def counter(current: str) -> str:
        n = _num(f"counter:{current}", 100000)
        return (
            '<div class="ccm-block-html visitor-counter"><h5>สถิติผู้เข้าชม</h5><table class="table table-sm">'
            f"<tr><td>วันนี้</td><td>{120 + n % 240:,}</td></tr><tr><td>เมื่อวาน</td><td>{150 + n % 190:,}</td></tr>"
            f"<tr><td>เดือนนี้</td><td>{4200 + n % 900:,}</td></tr><tr><td>ทั้งหมด</td><td>{318456 + n % 3000:,}</td></tr>"
            "</table><small>เริ่มนับ 1 ตุลาคม 2562</small></div>"
        )

    def latest_box(self) -> str:
        items = "".join(
            f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-title"><a href="{attr(p.path)}" target="_self">{esc(p.title)}</a></div>'
            f'<div class="ccm-block-page-list-date">{thai_slash(p.d)}</div></div>'
            for p in NEWEST[:5]
        )
        return (
            '<div class="ccm-block-page-list-wrapper latest-news"><div class="ccm-block-page-list-header"><h5>ข่าวล่าสุด</h5></div>'
            f'<div class="ccm-block-page-list-pages">{items}</div><a class="btn btn-sm btn-outline-primary" href="/news">ดูข่าวทั้งหมด</a></div>'
        )

    @staticmethod
    def facebook() -> str:
        src = "https://www.facebook.com/plugins/page.php?href=" + quote(FACEBOOK, safe="")
        src += "&tabs=timeline&width=300&height=420&small_header=true&adapt_container_width=true&hide_cover=false&show_facepile=true"
        return f'<div class="ccm-block-html fb-page-embed"><h5>Facebook {esc(SHORT)}</h5><iframe src="{attr(src)}" width="300" height="420" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" allow="autoplay; clipboard-write; encrypted-media; picture-in-picture; web-share"></iframe></div>'

    @staticmethod
    def topic_list() -> str:
        lis = "".join(
            f'<li><a href="{attr(topic_path(tid))}">{esc(name)}</a> ({len(ctx_items(("topic", tid)))})</li>'
            for tid, (name, _) in TOPICS.items()
        )
        return f'<div class="ccm-block-topic-list-wrapper"><div class="ccm-block-topic-list-header"><h5>หมวดหมู่ข่าว</h5></div><ul class="ccm-block-topic-list-list">{lis}</ul></div>'

    @staticmethod
    def date_nav(selected: tuple[int, int] | None = None) -> str:
        lis = ['<li><a href="/news">ทั้งหมด</a></li>']
        for y, m in MONTHS_WITH_POSTS:
            cls = ' class="ccm-block-date-navigation-date-selected"' if (y, m) == selected else ""
            lis.append(f'<li><a href="{month_path(y, m)}"{cls}>{month_name(y, m)}</a></li>')
        return f'<div class="ccm-block-date-navigation-wrapper"><div class="ccm-block-date-navigation-header"><h5>คลังข่าว</h5></div><ul class="ccm-block-date-navigation-dates">{"".join(lis)}</ul></div>'

    def page(
        self,
        *,
        current: str,
        cid: int,
        title: str,
        main: str,
        trail: list[tuple[str, str | None]],
        section: str,
        ptype: str = "page",
        template: str = "right_sidebar",
        canonical: str | None = None,
        desc: str = "",
        rss: bool = False,
        side: str = "",
        footer_area: str = "",
        login: bool = True,
    ) -> str:
        meta_desc = f'<meta name="description" content="{attr(desc)}"/>\n' if desc else ""
        canon = f'<link rel="canonical" href="{attr(self.u(canonical))}">\n' if canonical else ""
        feed = (
            f'<link href="{attr(self.u("/ccm/rss/news"))}" rel="alternate" type="application/rss+xml" title="ข่าวสาร {attr(SHORT)}"/>\n'
            if rss
            else ""
        )
        login_href = f"/login?rcID={cid}" if login else "/login"
        words = "".join(f'<a href="{attr(search_url(w))}">{esc(w)}</a> ' for w in POPULAR_WORDS[:3])
        crumbs = self.breadcrumb(trail) if len(trail) > 1 else ""
        sidebar = side + self.latest_box() + self.counter(current) + self.facebook()
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <link href="{attr(CSS_URL)}" rel="stylesheet" type="text/css" media="all">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">

<title>{esc(SHORT)} :: {esc(title)}</title>

<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
{meta_desc}<meta name="generator" content="Concrete CMS"/>
{canon}<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "{self.site.base_url}";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "th_TH";
    var CCM_USER_REGISTERED = false;
</script>
{feed}<link href="{attr(FA_URL)}" rel="stylesheet" type="text/css" media="all">
<script type="text/javascript" src="{attr(JQ_URL)}"></script>
</head>
<body>

<div class="ccm-page ccm-page-id-{cid} page-type-{ptype.replace("_", "-")} page-template-{template.replace("_", "-")}">

<header>
    <div class="container">
        <div class="row">
            <div class="col-sm-4 col-xs-6">
                <div class="ccm-custom-style-container ccm-custom-style-headersitetitle-{cid + 1000}"><a href="/" id="header-site-title"><img src="{LOGO}" alt="{attr(SITE)}" width="64" height="64"> <span>{esc(SITE)}</span><small>{esc(PROVINCE)}</small></a></div>
            </div>
            <div class="col-sm-5 col-xs-6">
                {self.nav(section)}
                <div class="ccm-responsive-menu-launch"><i></i></div>
            </div>
            <div class="col-sm-3 col-xs-12">
                <form action="/search" method="get" class="ccm-search-block-form"><input name="search_paths[]" type="hidden" value=""><input name="query" type="text" value="" class="ccm-search-block-text" aria-label="ค้นหา" placeholder="ค้นหา"> <input name="submit" type="submit" value="ค้นหา" class="btn btn-secondary ccm-search-block-submit"></form>
            </div>
        </div>
    </div>
</header>
<main>
<div class="container"><div class="row"><div class="col-sm-12">{crumbs}</div></div></div>
<div class="container">
    <div class="row">
        <div class="col-sm-8 col-content">
<div class="ccm-area" id="a{cid}-Main">
{main}
</div>
        </div>
        <div class="col-sm-3 offset-sm-1 col-sidebar">
<div class="ccm-area ccm-global-area" id="a{cid}-Sidebar">
{sidebar}
</div>
        </div>
    </div>
</div>
<div class="ccm-area" id="a{cid}-Page-Footer"><div class="container"><div class="row"><div class="col-sm-12">{footer_area}</div></div></div></div>
</main>

<footer id="footer-theme">
    <section>
    <div class="container">
        <div class="row">
            <div class="col-sm-5"><h4>{esc(SITE)}</h4><p>{esc(ADDRESS)}</p><p>โทรศัพท์ <a href="tel:043982145">{PHONE}</a> โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p><p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p></div>
            <div class="col-sm-4"><h4>หน่วยงานที่เกี่ยวข้อง</h4><ul><li><a href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></li><li><a href="https://www.gprocurement.go.th/" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ</a></li></ul></div>
            <div class="col-sm-3"><h4>คำค้นยอดนิยม</h4><p class="popular-searches">{words}</p><p><a href="{FACEBOOK}" target="_blank"><i class="fab fa-facebook"></i> Facebook</a> <a href="https://line.me/R/ti/p/@huaysaithong" target="_blank"><i class="fab fa-line"></i> LINE</a></p></div>
        </div>
    </div>
    </section>
    <section id="footer-note">
        <div class="container">
            <div class="row">
                <div class="col-sm-12">
                    <span>&copy; 2567 {esc(SITE)} สงวนลิขสิทธิ์ | <a href="/privacy">นโยบายความเป็นส่วนตัว</a> | <a href="/search">ค้นหา</a> | พัฒนาโดย ศรีสุวรรณเว็บดีไซน์</span>
                    <span id="ccm-account-menu-container"></span>
                    <span class="pull-right"><a href="{attr(login_href)}">เข้าสู่ระบบ</a></span>
                    <span class="built-with">Built with <a href="https://www.concretecms.org" class="concrete5" rel="nofollow">Concrete CMS</a>.</span>
                </div>
            </div>
        </div>
    </section>
</footer>

</div>
<div class="ccm-cookie-disclosure ccm-cookie-disclosure-bottom" id="ccm-cookie-disclosure" role="alert"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน <a href="/privacy">อ่านนโยบายความเป็นส่วนตัว</a></p><button type="button" class="btn btn-primary" data-dismiss="ccm-cookie-disclosure">ยอมรับ</button></div>
<script type="text/javascript" src="{attr(THEME_JS)}"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HST2567ABC"></script>
</body>
</html>
"""

    # -- listings ------------------------------------------------------------------------------
    def thumb(self, p: Post) -> str:
        return p.image(0, "medium") if p.captions else NO_IMAGE

    def entry(self, p: Post, href: str | None = None, with_thumb: bool = True, new_badge: bool = False) -> str:
        href = href or p.path
        img = (
            f'<div class="ccm-block-page-list-page-entry-thumbnail"><a href="{attr(href)}"><img src="{attr(self.thumb(p))}" alt="{attr(p.title)}" class="img-fluid" width="400" height="267"></a></div>'
            if with_thumb
            else ""
        )
        badge = (
            f' <img src="{NEW_GIF}" alt="ใหม่" width="28" height="11">' if new_badge and (TODAY - p.d).days <= 30 else ""
        )
        desc = description(p)
        desc_html = f'<div class="ccm-block-page-list-description">{esc(desc)}</div>' if desc else ""
        return (
            f'<div class="ccm-block-page-list-page-entry-horizontal">{img}<div class="ccm-block-page-list-page-entry-text">'
            f'<div class="ccm-block-page-list-title"><a href="{attr(href)}" target="_self">{esc(p.title)}</a>{badge}</div>'
            f'<div class="ccm-block-page-list-date">{thai_abbr(p.d)}</div>{desc_html}'
            f'<div class="ccm-block-page-list-page-entry-read-more"><a href="{attr(href)}" target="_self" class="ccm-block-page-list-read-more">อ่านต่อ</a></div></div></div>'
        )

    @staticmethod
    def pager(cur: int, total: int, href) -> str:
        if total <= 1:
            return ""
        lis = []
        if cur > 1:
            lis.append(
                f'<li class="page-item prev"><a class="page-link" href="{attr(href(cur - 1))}">&larr; ก่อนหน้า</a></li>'
            )
        else:
            lis.append('<li class="page-item prev disabled"><span class="page-link">&larr; ก่อนหน้า</span></li>')
        for n in range(1, total + 1):
            if n == cur:
                lis.append(
                    f'<li class="page-item active"><span class="page-link">{n} <span class="sr-only">(current)</span></span></li>'
                )
            else:
                lis.append(f'<li class="page-item"><a class="page-link" href="{attr(href(n))}">{n}</a></li>')
        if cur < total:
            lis.append(
                f'<li class="page-item next"><a class="page-link" href="{attr(href(cur + 1))}">ถัดไป &rarr;</a></li>'
            )
        else:
            lis.append('<li class="page-item next disabled"><span class="page-link">ถัดไป &rarr;</span></li>')
        return '<div class="ccm-pagination-wrapper"><ul class="pagination">' + "".join(lis) + "</ul></div>"

    def listing(self, ctx: tuple, page: int, sort: tuple[str, str] | None, prefix: str, current: str) -> str:
        items = ctx_items(ctx, sort)
        total = max(1, -(-len(items) // PER_PAGE))
        shown = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        kind, val = ctx
        if kind == "topic":
            heading = TOPICS[val][0]
            trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news"), (heading, None)]
        elif kind == "month":
            heading = f"ข่าวประจำเดือน {month_name(*val)}"
            trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news"), (month_name(*val), None)]
        else:
            heading = "ข่าวสารทั้งหมด"
            trail = [("หน้าแรก", "/"), ("ข่าวสาร", None)]
        active = ' class="active"'
        sorts = " | ".join(
            f'<a href="{attr(list_url(ctx, None, (k, d), prefix))}"{active if sort == (k, d) else ""}>{esc(label)}</a>'
            for k, d, label in SORTS
        )
        if shown:
            entries = "".join(self.entry(p) for p in shown)
        else:
            entries = '<div class="ccm-block-page-list-no-pages">ไม่พบรายการ</div>'
        main = (
            f'<h1 class="page-title">{esc(heading)}</h1>'
            '<div class="ccm-block-page-list-wrapper">'
            f'<div class="ccm-block-page-list-header"><h5>{esc(heading)}</h5><a href="/ccm/rss/news" class="ccm-block-page-list-rss-icon" target="_blank" title="RSS"><i class="fa fa-rss"></i></a></div>'
            f'<div class="ccm-block-page-list-sort">เรียงตาม: {sorts}</div>'
            f'<div class="ccm-block-page-list-pages">{entries}</div></div>'
            + self.pager(page, total, lambda n: list_url(ctx, n, sort, prefix))
        )
        title = heading if page == 1 else f"{heading} (หน้า {page})"
        return self.page(
            current=current,
            cid=CID_NEWS,
            title=title,
            main=main,
            trail=trail,
            section="/news",
            canonical=None,
            rss=True,
            side=self.topic_list() + self.date_nav(val if kind == "month" else None),
        )

    # -- posts ---------------------------------------------------------------------------------
    @staticmethod
    def inline(line: str) -> str:
        out, pos = [], 0
        for m in LINK_RE.finditer(line):
            out.append(esc(line[pos : m.start()]))
            target, text = m.group(1), m.group(2)
            if target.isdigit():
                href = BY_CID[int(target)].cid_path
            elif target.startswith("s") and target[1:].isdigit():
                href = BY_CID[int(target[1:])].slash_path
            else:
                href = enc(target)
            out.append(f'<a href="{attr(href)}">{esc(text)}</a>')
            pos = m.end()
        out.append(esc(line[pos:]))
        return "".join(out)

    def body_blocks(self, p: Post) -> list[str]:
        """The Content block HTML, as a list of blocks (paragraph groups and lists)."""
        blocks: list[str] = []
        run: list[str] = []
        items: list[str] = []

        def flush_run() -> None:
            if not run:
                return
            if p.style == 2:
                blocks.append("<p>" + "<br />\n<br />\n".join(run) + "</p>")
            else:
                blocks.extend(run)
            run.clear()

        def flush_items() -> None:
            if items:
                blocks.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
                items.clear()

        for line in p.body:
            if line.startswith("- "):
                flush_run()
                items.append(self.inline(line[2:]))
                continue
            flush_items()
            if line.startswith("= "):
                flush_run()
                blocks.append(f'<p style="text-align: center;">{self.inline(line[2:])}</p>')
                continue
            text = self.inline(line)
            if p.style == 0:
                run.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>")
            elif p.style == 1:
                run.append(
                    f'<p style="text-align: justify;"><span style="font-size:18px;"><span style="font-family:thsarabunnew;">&nbsp; &nbsp; &nbsp;{text}</span></span></p>\n<p>&nbsp;</p>'
                )
            elif p.style == 2:
                run.append("&nbsp; &nbsp; " + text)
            else:
                run.append(f"<p>{text}</p>")
        flush_run()
        flush_items()
        return blocks

    def figure(self, p: Post) -> str:
        if not p.captions:
            return ""
        bid = 400 + p.cid
        return (
            f'<figure class="ccm-image-block-figure"><picture><!--[if IE 9]><video style="display: none;"><![endif]-->'
            f'<source srcset="{attr(p.image(0))}" media="(min-width: 900px)"><source srcset="{attr(p.image(0, "medium"))}">'
            f'<!--[if IE 9]></video><![endif]--><img src="{attr(p.image(0))}" alt="{attr(p.captions[0])}" width="1280" height="853" class="ccm-image-block img-fluid bID-{bid}"></picture>'
            f"<figcaption>{esc(p.captions[0])}</figcaption></figure>"
        )

    def gallery(self, p: Post) -> str:
        if len(p.captions) < 2:
            return ""
        cells = "".join(
            f'<div class="col-md-4"><a href="{attr(p.image(i))}" data-gallery-lightbox="true" data-caption="{attr(c)}"><img src="{attr(p.image(i, "medium"))}" alt="{attr(c)}" class="img-fluid"></a><div class="ccm-gallery-caption">{esc(c)}</div></div>'
            for i, c in enumerate(p.captions[1:], start=1)
        )
        return f'<div class="ccm-gallery-container ccm-gallery-bID-{500 + p.cid}"><div class="row">{cells}</div></div>'

    def share(self, url: str, title: str) -> str:
        u = quote(self.u(url), safe="")
        t = quote(title, safe="")
        return (
            '<div class="ccm-block-share-this-page"><span class="share-label">แชร์:</span><ul class="list-inline">'
            f'<li class="list-inline-item"><a href="https://www.facebook.com/sharer/sharer.php?u={u}" aria-label="Facebook"><i class="fab fa-facebook"></i></a></li>'
            f'<li class="list-inline-item"><a href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" aria-label="Twitter"><i class="fab fa-twitter"></i></a></li>'
            f'<li class="list-inline-item"><a href="https://social-plugins.line.me/lineit/share?url={u}" aria-label="LINE"><i class="fab fa-line"></i></a></li>'
            f'<li class="list-inline-item"><a href="mailto:?body={u}&amp;subject={t}" aria-label="Email"><i class="fa fa-envelope"></i></a></li>'
            '<li class="list-inline-item"><a href="javascript:window.print();" aria-label="Print"><i class="fa fa-print"></i></a></li>'
            "</ul></div>"
        )

    @staticmethod
    def byline(title: str, d: date, author: str) -> str:
        return (
            f'<div class="ccm-block-page-title-byline"><h1 class="page-title">{esc(title)}</h1>'
            f'<span class="page-date">{thai_long(d)}</span> <span class="page-author">โดย {esc(author)}</span></div>'
        )

    def next_prev(self, p: Post) -> str:
        i = CHAIN.index(p)
        prev = CHAIN[i - 1] if i > 0 else None
        nxt = CHAIN[i + 1] if i + 1 < len(CHAIN) else None
        out = [
            '<div class="ccm-block-next-previous-wrapper"><div class="ccm-block-next-previous-header"><h5>อ่านข่าวอื่น</h5></div>'
        ]
        if prev:
            out.append(
                f'<p class="ccm-block-next-previous-previous-link"><a href="{attr(prev.path)}">&laquo; หน้าก่อนหน้า</a><br><span class="ccm-block-next-previous-title">{esc(prev.title)}</span></p>'
            )
        out.append('<p class="ccm-block-next-previous-parent-link"><a href="/news">กลับหน้ารวมข่าว</a></p>')
        if nxt:
            out.append(
                f'<p class="ccm-block-next-previous-next-link"><a href="{attr(nxt.path)}">หน้าถัดไป &raquo;</a><br><span class="ccm-block-next-previous-title">{esc(nxt.title)}</span></p>'
            )
        out.append("</div>")
        return "".join(out)

    def post_page(self, p: Post, current: str) -> str:
        blocks = self.body_blocks(p)
        first, rest = blocks[:1], blocks[1:]
        parts = [self.byline(p.title, p.d, AUTHORS[p.author])]
        parts.append("\n".join(first))
        parts.append(self.figure(p))
        parts.append("\n".join(rest))
        if p.pdf:
            parts.append(
                f'<div class="ccm-block-file"><i class="fa fa-file-pdf"></i> <a href="{attr(p.download)}">{esc(p.pdf)}</a> <span class="file-size">(PDF)</span></div>'
            )
        parts.append(self.gallery(p))
        badges = "".join(
            f'<a href="{attr(topic_path(t))}" class="ccm-block-topic-list-topic-selected badge badge-info">{esc(TOPICS[t][0])}</a> '
            for t in p.topics
        )
        parts.append(
            f'<div class="ccm-block-topic-list-wrapper"><div class="ccm-block-topic-list-header"><h5>หมวดหมู่</h5></div><div class="ccm-block-topic-list-page-topics">{badges}</div></div>'
        )
        parts.append(self.share(p.path, p.title))
        main = "\n".join(x for x in parts if x)
        first_topic = p.topics[0]
        return self.page(
            current=current,
            cid=p.cid,
            title=p.title,
            main=main,
            trail=[
                ("หน้าแรก", "/"),
                ("ข่าวสาร", "/news"),
                (TOPICS[first_topic][0], topic_path(first_topic)),
                (p.title, None),
            ],
            section="/news",
            ptype="blog_entry",
            template="blog_entry",
            canonical=p.path,
            desc=description(p),
            rss=True,
            side=self.topic_list() + self.date_nav(),
            footer_area=self.next_prev(p),
        )

    # -- home ------------------------------------------------------------------------------------
    def home(self, current: str) -> str:
        slides = "".join(
            f'<li><a href="{attr(p.path)}"><img src="{attr(p.image(0))}" alt="{attr(p.title)}" width="1280" height="480"></a>'
            f'<div class="ccm-image-slider-text"><h2 class="ccm-image-slider-title">{esc(p.title)}</h2></div></li>'
            for p in NEWEST
            if p.top
        )

        def box(tid: int, n: int) -> str:
            items = [p for p in NEWEST if tid in p.topics][:n]
            return (
                f'<div class="ccm-block-page-list-wrapper home-news"><div class="ccm-block-page-list-header"><h5>{esc(TOPICS[tid][0])}</h5></div>'
                f'<div class="ccm-block-page-list-pages">{"".join(self.entry(p) for p in items)}</div>'
                f'<a class="ccm-block-page-list-see-all" href="{attr(topic_path(tid))}">ดูทั้งหมด &raquo;</a></div>'
            )

        notices = [p for p in NEWEST if 9 in p.topics or 10 in p.topics][:6]
        notice_html = "".join(
            f'<li><a href="{attr(p.cid_path)}">{esc(p.title)}</a> <span class="date">({thai_abbr(p.d)})</span>'
            + (f' <img src="{NEW_GIF}" alt="ใหม่" width="28" height="11">' if (TODAY - p.d).days <= 30 else "")
            + "</li>"
            for p in notices
        )
        upcoming = [e for e in EVENTS if e[1] >= TODAY.isoformat()][:3]
        up_html = "".join(
            f'<li><a href="{attr(event_url(e[0]))}">{esc(e[4])}</a><br><small>{thai_long(date.fromisoformat(e[1]))} เวลา {e[2]} น.</small></li>'
            for e in upcoming
        )
        main = f"""<div class="ccm-image-slider-container ccm-block-image-slider"><div class="ccm-image-slider"><div class="ccm-image-slider-inner"><ul class="rslides" id="ccm-image-slider-301">{slides}</ul></div></div></div>
<div class="ccm-block-html mayor-message"><h3>สารจากนายก อบต.</h3><p>"ห้วยทรายทองน่าอยู่ เศรษฐกิจชุมชนเข้มแข็ง ประชาชนมีคุณภาพชีวิตที่ดี" ยินดีต้อนรับสู่เว็บไซต์{esc(SITE)} ช่องทางการเผยแพร่ข้อมูลข่าวสารและบริการประชาชน</p><p class="text-right">{esc(MAYOR)}<br>นายกองค์การบริหารส่วนตำบลห้วยทรายทอง</p></div>
{box(7, 4)}
{box(8, 4)}
<div class="ccm-block-page-list-wrapper home-notices"><div class="ccm-block-page-list-header"><h5>ประกาศ / จัดซื้อจัดจ้าง</h5></div><ul class="notice-list">{notice_html}</ul><a class="ccm-block-page-list-see-all" href="{attr(topic_path(9))}">ประกาศทั้งหมด &raquo;</a> <a class="ccm-block-page-list-see-all" href="{attr(topic_path(10))}">จัดซื้อจัดจ้างทั้งหมด &raquo;</a></div>
<div class="ccm-block-calendar-event-list-wrapper"><div class="ccm-block-calendar-event-list-header"><h5>กิจกรรมที่จะมาถึง</h5></div><ul>{up_html}</ul><a href="/events">ดูปฏิทินกิจกรรม &raquo;</a></div>
<div class="ccm-block-feature-link"><a href="/ita"><img src="{attr(file_url("banner:ita", "banner-ita-2567.jpg"))}" alt="ITA การประเมินคุณธรรมและความโปร่งใส" width="360" height="120"></a> <a href="/documents"><img src="{attr(file_url("banner:docs", "banner-download.jpg"))}" alt="เอกสารดาวน์โหลด" width="360" height="120"></a></div>"""
        return self.page(
            current=current,
            cid=CID_HOME,
            title="หน้าแรก",
            main=main,
            trail=[("หน้าแรก", None)],
            section="/",
            template="full",
            canonical="/",
            desc=f"เว็บไซต์ทางการของ{SITE} {PROVINCE}",
            rss=True,
        )

    # -- standing pages --------------------------------------------------------------------------
    def standing(self, path: str, main: str, current: str | None = None, side: str = "", canonical: bool = True) -> str:
        cid, name, ptype, template, parent = PAGES[path]
        trail: list[tuple[str, str | None]] = [("หน้าแรก", "/")]
        if parent and parent != "/":
            trail.append((PAGES[parent][1], parent))
        trail.append((name, None))
        section = path if path in MENU else parent
        return self.page(
            current=current or path,
            cid=cid,
            title=name,
            main=main,
            trail=trail,
            section=section,
            ptype=ptype,
            template=template,
            canonical=path if canonical else None,
            side=side,
        )

    def standing_mains(self) -> dict[str, str]:
        mains: dict[str, str] = {}
        kids = ("/about/history", "/about/vision", "/about/executives")
        mains["/about"] = (
            '<h1 class="page-title">เกี่ยวกับ อบต.</h1><div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-pages">'
            + "".join(
                f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-title"><a href="{k}" target="_self">{esc(PAGES[k][1])}</a></div></div>'
                for k in kids
            )
            + "</div></div><p>องค์การบริหารส่วนตำบลห้วยทรายทอง มีพื้นที่ 68.5 ตารางกิโลเมตร ประกอบด้วย 12 หมู่บ้าน 2,031 ครัวเรือน ประชากร 7,864 คน</p>"
        )
        mains["/about/history"] = (
            self.byline("ประวัติความเป็นมา", date(2019, 10, 1), "admin")
            + """
<p>&nbsp;&nbsp;&nbsp;&nbsp;ตำบลห้วยทรายทองเดิมขึ้นอยู่กับตำบลวังน้ำใส ต่อมาในปี พ.ศ. 2512 ได้แยกตั้งเป็นตำบลห้วยทรายทอง ชื่อตำบลมาจากลำห้วยที่ไหลผ่านกลางหมู่บ้าน ซึ่งมีทรายละเอียดสีเหลืองทองอยู่ตลอดลำน้ำ</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;องค์การบริหารส่วนตำบลห้วยทรายทอง ได้รับการจัดตั้งตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 เมื่อวันที่ 2 มีนาคม พ.ศ. 2539 และได้ปรับขนาดเป็นองค์การบริหารส่วนตำบลขนาดกลางในปี พ.ศ. 2555</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;ประชากรส่วนใหญ่ประกอบอาชีพเกษตรกรรม ได้แก่ การทำนา ปลูกอ้อย และมันสำปะหลัง รองลงมาคือการเลี้ยงสัตว์และรับจ้างทั่วไป</p>
"""
            + self.share("/about/history", "ประวัติความเป็นมา")
        )
        mains["/about/vision"] = (
            self.byline("วิสัยทัศน์และพันธกิจ", date(2023, 7, 12), "admin")
            + """
<h3>วิสัยทัศน์</h3><p style="text-align: center;">"ห้วยทรายทองน่าอยู่ เศรษฐกิจชุมชนเข้มแข็ง ประชาชนมีคุณภาพชีวิตที่ดี บริหารจัดการด้วยหลักธรรมาภิบาล"</p>
<h3>พันธกิจ</h3><ul><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและทั่วถึง</li><li>ส่งเสริมอาชีพและเศรษฐกิจชุมชนตามหลักปรัชญาของเศรษฐกิจพอเพียง</li><li>ส่งเสริมการศึกษา ศาสนา ศิลปวัฒนธรรม และภูมิปัญญาท้องถิ่น</li><li>อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม</li><li>พัฒนาการบริหารจัดการองค์กรให้มีประสิทธิภาพ โปร่งใส ตรวจสอบได้</li></ul>
"""
            + self.share("/about/vision", "วิสัยทัศน์และพันธกิจ")
        )
        mains["/about/executives"] = (
            '<h1 class="page-title">คณะผู้บริหาร</h1><div class="row executives">'
            + "".join(
                f'<div class="col-sm-4 text-center"><img src="{attr(file_url(f"exec:{i}", f"exec_{i + 1}.jpg"))}" alt="{attr(n)}" class="img-fluid rounded" width="240" height="300"><p><strong>{esc(n)}</strong><br>{esc(r)}</p></div>'
                for i, (n, r) in enumerate(EXECUTIVES)
            )
            + "</div>"
        )
        mains["/contact"] = f"""<h1 class="page-title">ติดต่อเรา</h1>
<p><strong>{esc(SITE)}</strong><br>{esc(ADDRESS)}</p>
<p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>ศูนย์ป้องกันและบรรเทาสาธารณภัย โทร 0 4398 2199 (24 ชั่วโมง)<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3830.1!2d103.21!3d16.44!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="320" style="border:0;" allowfullscreen="" loading="lazy"></iframe>
<div class="ccm-block-express-form"><div class="ccm-form"><form enctype="multipart/form-data" class="form-stacked" method="post" action="/contact/submit/{_h("form", 8)}"><div class="form-group"><label class="control-label" for="name">ชื่อ-นามสกุล</label><input type="text" id="name" name="akID[12][value]" class="form-control"></div><div class="form-group"><label class="control-label" for="msg">ข้อความ</label><textarea id="msg" name="akID[13][value]" class="form-control"></textarea></div><div class="form-actions"><button type="submit" name="Submit" class="btn btn-primary">ส่งข้อความ</button></div></form></div></div>"""
        mains["/privacy"] = f"""<h1 class="page-title">นโยบายความเป็นส่วนตัว</h1>
<p>{esc(SITE)} ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของผู้ใช้บริการเว็บไซต์ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>
<p>เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นต่อการทำงานของระบบ และคุกกี้เพื่อการวิเคราะห์สถิติการเข้าชม ท่านสามารถตั้งค่าเบราว์เซอร์เพื่อปฏิเสธคุกกี้ได้</p>"""
        doc_rows = "".join(
            f'<tr><td>{esc(label)}</td><td>{size}</td><td><a href="/download_file/view/{fid}/{CID_DOCS}"><i class="fa fa-download"></i> ดาวน์โหลด</a>'
            + (f' | <a href="{attr(file_url(f"doc:{fid}", name))}" target="_blank">เปิดดู</a>' if direct else "")
            + "</td></tr>"
            for fid, label, name, size, direct in DOCS
        )
        mains["/documents"] = (
            f'<h1 class="page-title">เอกสารดาวน์โหลด</h1><table class="table table-striped"><thead><tr><th>ชื่อเอกสาร</th><th>ขนาด</th><th></th></tr></thead><tbody>{doc_rows}</tbody></table>'
        )
        ita_rows = []
        for code, label, target in ITA:
            kind, _, val = target.partition(":")
            if kind == "page":
                href = val
            elif kind == "topic":
                href = topic_path(int(val))
            elif kind == "doc":
                href = f"/download_file/view/{val}/{CID_ITA}"
            elif kind == "ext":
                href = val
            else:
                href = file_url(f"ita:{val}", val)
            ita_rows.append(
                f'<tr><td>{code}</td><td>{esc(label)}</td><td><a href="{attr(href)}">รายละเอียด</a></td></tr>'
            )
        mains["/ita"] = (
            '<h1 class="page-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567</h1><p>ตามแนวทางการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</p>'
            f'<table class="table table-bordered"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead><tbody>{"".join(ita_rows)}</tbody></table>'
        )
        mains["/gallery"] = (
            '<h1 class="page-title">ภาพกิจกรรม</h1><div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-pages">'
            + "".join(
                f'<div class="ccm-block-page-list-page-entry-grid-item"><a href="{attr(path)}"><img src="{attr(file_url(f"gal:{cid}:0", f"album_{cid}_1.jpg", "medium"))}" alt="{attr(name)}" class="img-fluid"></a>'
                f'<div class="ccm-block-page-list-title"><a href="{attr(path)}">{esc(name)}</a></div><div class="ccm-block-page-list-date">{thai_abbr(date.fromisoformat(day))}</div></div>'
                for cid, path, name, day, _ in GALLERIES
            )
            + "</div></div>"
        )
        mains["/search"] = (
            '<h1 class="page-title">ค้นหา</h1><form action="/search" method="get" class="ccm-search-block-form"><input name="search_paths[]" type="hidden" value=""><input name="query" type="text" value="" class="ccm-search-block-text"> <input name="submit" type="submit" value="ค้นหา" class="btn btn-secondary ccm-search-block-submit"></form>'
            + "<p>คำค้นยอดนิยม: "
            + " ".join(f'<a href="{attr(search_url(w))}">{esc(w)}</a>' for w in POPULAR_WORDS)
            + "</p>"
        )
        return mains

    def gallery_page(self, cid: int, path: str, name: str, day: str, caps: tuple[str, ...], current: str) -> str:
        cells = "".join(
            f'<div class="col-md-4"><a href="{attr(file_url(f"gal:{cid}:{i}", f"album_{cid}_{i + 1}.jpg"))}" data-gallery-lightbox="true" data-caption="{attr(c)}"><img src="{attr(file_url(f"gal:{cid}:{i}", f"album_{cid}_{i + 1}.jpg", "medium"))}" alt="{attr(c)}" class="img-fluid"></a><div class="ccm-gallery-caption">{esc(c)}</div></div>'
            for i, c in enumerate(caps)
        )
        main = (
            self.byline(name, date.fromisoformat(day), AUTHORS[1])
            + f"<p>ประมวลภาพ{esc(name.removeprefix('ภาพ'))}</p>"
            + f'<div class="ccm-gallery-container ccm-gallery-bID-{600 + cid}"><div class="row">{cells}</div></div>'
            + self.share(path, name)
        )
        return self.page(
            current=current,
            cid=cid,
            title=name,
            main=main,
            trail=[("หน้าแรก", "/"), ("ภาพกิจกรรม", "/gallery"), (name, None)],
            section="/gallery",
            ptype="blog_entry",
            template="blog_entry",
            canonical=path,
        )

    # -- calendar --------------------------------------------------------------------------------
    def calendar(self, y: int, m: int, current: str) -> str:
        events = [e for e in EVENTS if date.fromisoformat(e[1]).year == y and date.fromisoformat(e[1]).month == m]
        py, pm = month_step(y, m, -1)
        ny, nm = month_step(y, m, 1)
        rows = []
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(y, m):
            cells = []
            for day in week:
                if not day:
                    cells.append('<td class="ccm-block-calendar-empty"></td>')
                    continue
                iso = f"{y:04d}-{m:02d}-{day:02d}"
                evs = "".join(
                    f'<a class="ccm-block-calendar-event" href="{attr(event_url(e[0]))}">{esc(e[4])}</a>'
                    for e in events
                    if e[1] == iso
                )
                cells.append(f'<td><span class="ccm-block-calendar-day">{day}</span>{evs}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
        heads = "".join(f"<th>{d}</th>" for d in ("อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."))
        listing = (
            "".join(
                f'<li><a href="{attr(event_url(e[0]))}">{esc(e[4])}</a> - {thai_long(date.fromisoformat(e[1]))} {e[2]}-{e[3]} น.</li>'
                for e in events
            )
            or "<li>ไม่มีกิจกรรมในเดือนนี้</li>"
        )
        main = (
            '<h1 class="page-title">ปฏิทินกิจกรรม</h1><div class="ccm-block-calendar-wrapper">'
            f'<div class="ccm-block-calendar-header"><a class="ccm-block-calendar-prev" href="{attr(calendar_url(py, pm))}">&laquo; {month_name(py, pm)}</a>'
            f' <h4>{month_name(y, m)}</h4> <a class="ccm-block-calendar-next" href="{attr(calendar_url(ny, nm))}">{month_name(ny, nm)} &raquo;</a>'
            f' <a class="ccm-block-calendar-today" href="/events">เดือนปัจจุบัน</a></div>'
            f'<table class="table table-bordered ccm-block-calendar-table"><thead><tr>{heads}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'<div class="ccm-block-calendar-event-list"><h5>กิจกรรมในเดือนนี้</h5><ul>{listing}</ul></div></div>'
        )
        return self.standing("/events", main, current=current, canonical=False)

    def event_page(self, e: tuple) -> str:
        oid, day, start, end, name, place = e
        d = date.fromisoformat(day)
        main = (
            '<div class="ccm-block-calendar-event-wrapper">'
            f'<div class="ccm-block-calendar-event-header"><h3>{esc(name)}</h3></div>'
            f'<div class="ccm-block-calendar-event-date-time">วัน{thai_weekday(d)}ที่ {thai_long(d)} เวลา {start} - {end} น.</div>'
            f'<div class="ccm-block-calendar-event-description"><p>สถานที่: {esc(place)}</p><p>ผู้รับผิดชอบ: สำนักปลัด {esc(SHORT)} โทร {PHONE}</p></div>'
            f'<p><a href="{attr(calendar_url(d.year, d.month))}">&laquo; กลับไปปฏิทิน {month_name(d.year, d.month)}</a></p></div>'
        )
        return self.page(
            current=event_url(oid),
            cid=CID_EVENT,
            title=name,
            main=main,
            trail=[("หน้าแรก", "/"), ("ปฏิทินกิจกรรม", "/events"), (name, None)],
            section="/events",
        )

    # -- search / login ------------------------------------------------------------------------
    def search(self, query: str, page: int, current: str) -> str:
        words = query.split()
        hits = [p for p in NEWEST if words and all(w in p.title + " " + post_text(p) for w in words)]
        total = max(1, -(-len(hits) // SEARCH_PER_PAGE))
        shown = hits[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]
        results = "".join(
            f'<div class="searchResult"><h3><a href="{attr(p.path)}">{esc(p.title)}</a></h3><p>{esc(post_text(p)[:160])}...<br><a href="{attr(p.path)}" class="pageLink">{esc(self.u(p.path))}</a></p></div>'
            for p in shown
        )
        more = [w for w in POPULAR_WORDS if w not in words][:3]
        related = " ".join(f'<a href="{attr(search_url(f"{query} {w}"))}">{esc(query)} {esc(w)}</a>' for w in more)
        main = (
            '<h1 class="page-title">ค้นหา</h1>'
            f'<form action="/search" method="get" class="ccm-search-block-form"><input name="search_paths[]" type="hidden" value=""><input name="query" type="text" value="{attr(query)}" class="ccm-search-block-text"> <input name="submit" type="submit" value="ค้นหา" class="btn btn-secondary ccm-search-block-submit"></form>'
            f'<h4>ผลการค้นหาสำหรับ "{esc(query)}" ({len(hits)} รายการ)</h4>'
            f'<div id="searchResults">{results or "<p>ไม่พบผลการค้นหา</p>"}</div>'
            + self.pager(page, total, lambda n: search_url(query, n))
            + (f'<div class="search-related">ค้นหาที่เกี่ยวข้อง: {related}</div>' if related else "")
        )
        return self.standing("/search", main, current=current, canonical=False)

    def login(self, rcid: str | None, current: str) -> str:
        hidden = f'<input type="hidden" name="rcID" value="{attr(rcid)}">' if rcid else ""
        main = f"""<div class="login-page"><div class="row"><div class="col-sm-6 offset-sm-3"><h1 class="page-title">เข้าสู่ระบบ</h1>
<form method="post" action="/login/authenticate/concrete"><div class="form-group"><label class="control-label" for="uName">ชื่อผู้ใช้หรืออีเมล</label><input name="uName" id="uName" class="form-control" autofocus="autofocus"></div>
<div class="form-group"><label class="control-label" for="uPassword">รหัสผ่าน</label><input name="uPassword" id="uPassword" class="form-control" type="password"></div>
<div class="form-check"><label class="form-check-label"><input type="checkbox" name="uMaintainLogin" value="1" class="form-check-input"> จดจำการเข้าสู่ระบบ</label></div>
<input type="hidden" name="ccm_token" value="{_h("token", 26)}">{hidden}<button class="btn btn-primary">เข้าสู่ระบบ</button></form>
<p><a href="/login/concrete/forgot_password">ลืมรหัสผ่าน?</a></p></div></div></div>"""
        return self.page(
            current=current,
            cid=CID_LOGIN,
            title="เข้าสู่ระบบ",
            main=main,
            trail=[("หน้าแรก", "/"), ("เข้าสู่ระบบ", None)],
            section="",
            login=False,
        )

    def forgot(self) -> str:
        main = f"""<div class="login-page"><h1 class="page-title">ลืมรหัสผ่าน</h1><p>กรอกอีเมลที่ลงทะเบียนไว้ ระบบจะส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ไปยังอีเมลของท่าน</p>
<form method="post" action="/login/callback/concrete/forgot_password"><input type="hidden" name="ccm_token" value="{_h("token2", 26)}"><input name="uEmail" type="email" class="form-control"><button class="btn btn-primary" name="resetPassword">ส่งลิงก์</button></form>
<p><a href="/login">&laquo; กลับไปหน้าเข้าสู่ระบบ</a></p></div>"""
        return self.page(
            current="/login/concrete/forgot_password",
            cid=CID_LOGIN,
            title="ลืมรหัสผ่าน",
            main=main,
            trail=[("หน้าแรก", "/"), ("เข้าสู่ระบบ", "/login"), ("ลืมรหัสผ่าน", None)],
            section="",
            login=False,
        )

    def not_found(self) -> str:
        main = '<h1 class="page-title">ไม่พบหน้าที่ต้องการ</h1><p>ขออภัย ไม่พบหน้าที่ท่านต้องการ หน้านี้อาจถูกย้ายหรือลบออกแล้ว</p><form action="/search" method="get" class="ccm-search-block-form"><input name="search_paths[]" type="hidden" value=""><input name="query" type="text" value=""> <input name="submit" type="submit" value="ค้นหา"></form><p><a href="/">กลับสู่หน้าแรก</a></p>'
        return self.page(
            current="/page_not_found",
            cid=2,
            title="ไม่พบหน้าที่ต้องการ",
            main=main,
            trail=[("หน้าแรก", None)],
            section="",
            login=False,
        )

    # -- feeds -----------------------------------------------------------------------------------
    def rss(self) -> Response:
        items = "".join(
            f"<item><title>{esc(p.title)}</title><link>{esc(self.u(p.path))}</link>"
            f"<description>{esc(description(p) or plain_paragraphs(p)[0][:200])}</description>"
            f"<pubDate>{rfc822(local_dt(p.day, p.hm))}</pubDate></item>\n"
            for p in NEWEST[:RSS_LIMIT]
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>ข่าวสาร {esc(SHORT)}</title><link>{esc(self.u('/news'))}</link><description>ข่าวประชาสัมพันธ์ กิจกรรม และประกาศของ{esc(SITE)}</description>\n"
            + items
            + "</channel></rss>"
        )
        return Response(200, (("Content-Type", "application/rss+xml; charset=UTF-8"),), xml.encode())

    def sitemap(self) -> Response:
        urls = []
        for path in SITEMAP_PAGES:
            loc = self.u("/index.php" if path == "/" else "/index.php" + path)
            prio = "1.0" if path == "/" else "0.5"
            urls.append(
                f"<url><loc>{esc(loc)}</loc><lastmod>2024-06-01T09:12:44+07:00</lastmod><changefreq>weekly</changefreq><priority>{prio}</priority></url>"
            )
        for p in CHAIN:
            urls.append(
                f"<url><loc>{esc(self.u(p.index_path))}</loc><lastmod>{p.day}T{p.hm}:00+07:00</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url>"
            )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(urls)
            + "\n</urlset>\n"
        )
        return Response(200, (("Content-Type", "application/xml; charset=UTF-8"),), xml.encode())

    # -- registration ----------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.add_page("/", self.home("/"))
        self.add_page("/index.php", self.home("/index.php"))
        mains = self.standing_mains()
        for path, main in mains.items():
            self.add_page(path, self.standing(path, main))
            if path in SITEMAP_PAGES:
                self.add_page("/index.php" + path, self.standing(path, main, current="/index.php" + path))
        # listings
        contexts = [("all", None)] + [("topic", tid) for tid in TOPICS] + [("month", ym) for ym in MONTHS_WITH_POSTS]
        for ctx in contexts:
            total = max(1, -(-len(ctx_items(ctx)) // PER_PAGE))
            base = ctx_base(ctx)
            self.add_page(base, self.listing(ctx, 1, None, "", base))
            if total > 1:
                for n in range(1, total + 1):
                    url = list_url(ctx, n)
                    self.add_page(url, self.listing(ctx, n, None, "", url))
        self.add_page("/index.php/news", self.listing(("all", None), 1, None, "/index.php", "/index.php/news"))
        # galleries
        for cid, path, name, day, caps in GALLERIES:
            self.add_page(path, self.gallery_page(cid, path, name, day, caps, path))
            self.add_page("/index.php" + path, self.gallery_page(cid, path, name, day, caps, "/index.php" + path))
        # calendar
        self.add_page("/events", self.calendar(TODAY.year, TODAY.month, "/events"))
        self.add_page("/index.php/events", self.calendar(TODAY.year, TODAY.month, "/index.php/events"))
        for e in EVENTS:
            self.add_page(event_url(e[0]), self.event_page(e))
        for y, m in ((2024, 5), (2024, 7)):
            self.non_articles.append(self.u(calendar_url(y, m)))
        self.non_articles.append(self.u(search_url(POPULAR_WORDS[0])))
        self.add_page("/login", self.login(None, "/login"))
        self.non_articles.append(self.u(f"/login?rcID={CHAIN[0].cid}"))
        self.add_page("/login/concrete/forgot_password", self.forgot())
        # posts
        for p in sorted(POSTS, key=lambda p: (p.day, p.hm)):
            site.add(p.path, self.html(self.post_page(p, p.path)))
            site.add(p.index_path, self.html(self.post_page(p, p.index_path)))
            site.add(p.cid_path, self.html(self.post_page(p, p.cid_path)))
            site.add(
                p.slash_path,
                Response(301, (("Content-Type", "text/html; charset=UTF-8"), ("Location", self.u(p.path)))),
            )
            site.articles.append(
                FixtureArticle(
                    url=self.u(p.path),
                    aliases=(self.u(p.index_path), self.u(p.cid_path), self.u(p.slash_path)),
                    title=p.title,
                    paragraphs=tuple(plain_paragraphs(p)),
                    published=p.day,
                    author=AUTHORS[p.author],
                    captions=p.captions,
                )
            )
        self.media()
        site.add("/ccm/rss/news", self.rss())
        site.add("/sitemap.xml", self.sitemap())
        robots = (
            "User-agent: *\n"
            + "".join(f"Disallow: {d}\n" for d in ROBOTS_DISALLOW)
            + f"\nSitemap: {self.u('/sitemap.xml')}\n"
        )
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain; charset=UTF-8"),), robots.encode()))
        site.not_found = self.html(self.not_found(), status=404)
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SORT, TRAP_SEARCH, TRAP_LOGIN]
        site.dynamic = self.dynamic

    def media(self) -> None:
        site = self.site
        for p in POSTS:
            mod = local_dt(p.day, p.hm)
            for i in range(len(p.captions)):
                add_jpeg(site, p.image(i), 1280, 853, mod)
                add_jpeg(site, p.image(i, "medium"), 400, 267, mod)
            if p.pdf:
                body = pdf(f"huaysaithong doc {p.cid}", [f"Huai Sai Thong SAO notice {p.cid}", p.day])
                self.add_download(p.download, body, p.pdf_name, mod)
        for cid, _, _, day, caps in GALLERIES:
            mod = local_dt(day, "10:00")
            for i in range(len(caps)):
                add_jpeg(site, file_url(f"gal:{cid}:{i}", f"album_{cid}_{i + 1}.jpg"), 1280, 853, mod)
                add_jpeg(site, file_url(f"gal:{cid}:{i}", f"album_{cid}_{i + 1}.jpg", "medium"), 400, 267, mod)
        theme = datetime(2023, 5, 2, 10, 0, tzinfo=BANGKOK)
        for i in range(len(EXECUTIVES)):
            add_jpeg(site, file_url(f"exec:{i}", f"exec_{i + 1}.jpg"), 240, 300, theme)
        add_jpeg(site, LOGO, 64, 64, theme)
        add_jpeg(site, NO_IMAGE, 400, 267, theme)
        add_gif(site, NEW_GIF, theme)
        add_jpeg(site, file_url("banner:ita", "banner-ita-2567.jpg"), 360, 120, theme)
        add_jpeg(site, file_url("banner:docs", "banner-download.jpg"), 360, 120, theme)
        for fid, _label, name, _, _ in DOCS:
            body = pdf(f"huaysaithong document {fid}", [name])
            self.add_download(f"/download_file/view/{fid}/{CID_DOCS}", body, name, theme)
            add_pdf(site, file_url(f"doc:{fid}", name), f"huaysaithong document {fid}", [name], theme)
            if fid == 21:
                self.add_download(f"/download_file/view/{fid}/{CID_ITA}", body, name, theme)
        for _, _, target in ITA:
            kind, _, val = target.partition(":")
            if kind == "pdf":
                add_pdf(site, file_url(f"ita:{val}", val), f"OIT {val}", [val], theme)
            elif kind == "gone":
                site.broken_links.append(self.u(file_url(f"ita:{val}", val)))
        add_text(
            site,
            CSS_URL,
            "body{font-family:'Sarabun',sans-serif}.ccm-block-page-title-byline .page-date{color:#777}\n",
            "text/css",
        )
        add_text(site, FA_URL, ".fa{display:inline-block}\n", "text/css")
        add_text(site, JQ_URL, "/*! jQuery v3.6.0 */\n", "application/javascript")
        add_text(
            site,
            THEME_JS,
            "$(function(){$('.ccm-responsive-menu-launch').click(function(){$('nav').toggle()})});\n",
            "application/javascript",
        )

    def add_download(self, path: str, body: bytes, name: str, modified: datetime) -> None:
        base = static_file(body, "application/pdf", modified)
        self.site.add(
            path, Response(200, base.headers + (("Content-Disposition", f'attachment; filename="{name}"'),), body)
        )

    # -- made on request -------------------------------------------------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        q = dict(pairs)
        prefix = ""
        if path.startswith("/index.php/"):
            prefix, path = "/index.php", path[len("/index.php") :]
        ctx = parse_ctx(path)
        if ctx is not None and (q or prefix) and set(q) <= {"ccm_paging_p", "ccm_order_by", "ccm_order_by_direction"}:
            sort = None
            if "ccm_order_by" in q or "ccm_order_by_direction" in q:
                sort = (q.get("ccm_order_by", "cv.cvDatePublic"), q.get("ccm_order_by_direction", "asc"))
                if sort[0] not in ("cv.cvDatePublic", "cv.cvName") or sort[1] not in ("asc", "desc"):
                    return None
            page = q.get("ccm_paging_p", "1")
            if not page.isdigit() or not 1 <= int(page) <= 99:
                return None
            return self.html(self.listing(ctx, int(page), sort, prefix, path_and_query))
        if path == "/events" and set(q) == {"year", "month"}:
            y, m = q["year"], q["month"]
            if y.isdigit() and m.isdigit() and 1000 <= int(y) <= 9999 and 1 <= int(m) <= 12:
                return self.html(self.calendar(int(y), int(m), path_and_query))
            return None
        if path == "/search" and "query" in q and set(q) <= {"query", "search_paths[]", "ccm_paging_p", "submit"}:
            page = q.get("ccm_paging_p", "1")
            if not page.isdigit() or not 1 <= int(page) <= 99:
                return None
            return self.html(self.search(" ".join(q["query"].split()), int(page), path_and_query))
        if path == "/login" and not prefix and set(q) == {"rcID"} and q["rcID"].isdigit():
            return self.html(self.login(q["rcID"], path_and_query))
        return None


ROBOTS_DISALLOW = (
    "/application/attributes",
    "/application/authentication",
    "/application/bootstrap",
    "/application/config",
    "/application/controllers",
    "/application/elements",
    "/application/helpers",
    "/application/jobs",
    "/application/languages",
    "/application/mail",
    "/application/models",
    "/application/page_types",
    "/application/single_pages",
    "/application/tools",
    "/application/views",
    "/ccm/system/captcha/picture",
    "/concrete",
    "/login",
    "/packages",
    "/tools",
    "/updates",
)
TRAP_CALENDAR = r"^/(?:index\.php/)?events\?(?:.*&)?(?:year|month)="
TRAP_SORT = r"[?&]ccm_order_by(?:_direction)?="
TRAP_SEARCH = r"^/(?:index\.php/)?search\?(?:.*&)?query="
TRAP_LOGIN = r"^/login\?(?:.*&)?rcID="


def parse_ctx(path: str) -> tuple | None:
    if path == "/news":
        return ("all", None)
    m = re.fullmatch(r"/news/topic/(\d+)(?:/[^/]*)?", path)
    if m:
        tid = int(m.group(1))
        return ("topic", tid) if tid in TOPICS else None
    m = re.fullmatch(r"/news/(\d{4})/(\d{2})", path)
    if m:
        ym = (int(m.group(1)), int(m.group(2)))
        return ("month", ym) if ym in MONTHS_WITH_POSTS else None
    return None


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/concrete", "/login", "/tools", "/packages", "/updates"],
        server_software="Apache/2.4.58 (Ubuntu)",
    )
    _Concrete(site).register()
    return site

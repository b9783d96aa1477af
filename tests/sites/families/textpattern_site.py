# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""textpattern_site: a เทศบาลตำบล site on Textpattern CMS 4.8 (PHP 7.4, Apache on Ubuntu), UTF-8.

เทศบาลตำบลดอนแก้วงาม, อำเภอแม่ทาสามัคคี จังหวัดลำพูน (fictional).  TODAY = 2024-09-20.  All text is
written for this fixture.

The site was set up in 2020 in Textpattern's "messy" URL mode (``/index.php?id=N``, ``/index.php?s=news``);
in 2022 the webmaster switched the permanent link mode to ``section/id/title``.  Textpattern rewrote every
link it makes itself, but links typed into old bodies, the ITA page and the footer still use the messy
form, and Textpattern still answers it (the same page, status 200, no redirect, no rel=canonical).

URL shapes
* articles: ``/news/<id>/<url-title>`` (18 ข่าวสาร) and ``/announcements/<id>/<url-title>`` (6 ประกาศ); the
  url-title is ASCII typed by the editor, or (two news) a Thai one typed by the editor, written
  percent-encoded with upper-case hex.  Copies (gold aliases): ``/index.php?id=<id>`` (every article
  answers it; older bodies and the ITA page link a few), one renamed url-title (``/news/23/loykrathong64``,
  linked from a later body), and the ``?lang=en`` copy of each of those (every page links its
  ``?lang=en`` twin: the same page with English menu labels; the twin links back to the bare URL).
* listings (Textpattern article lists, 5 a page, title + date + excerpt + "อ่านต่อ"): section fronts
  ``/news/``, ``/announcements/`` + ``?pg=2``; category filters ``/news/?c=activities`` (+ ``&pg=2``);
  author filters ``/news/?author=somsri`` (+ ``&pg=N``); the messy ``/index.php?s=news`` (a copy of the
  news front, linked from the ITA page).  Newer/older links: ``?pg=N`` (page 1 = the bare URL).
* article page: h1 title, ``<time datetime="2024-03-14T10:30:00+07:00">14 มีนาคม 2567</time>``, author
  link, category links, article image ``<figure>`` with its caption, the Textile-rendered body (Textile's
  typographic quotes and en dashes), attachments (``/file_download/<id>/<name>``), "← <older title>" /
  "<newer title> →" (``rel="prev"``/``rel="next"``, same section), comments (``#c000123``) and the comment
  form (POST to the requested URL ``#cpreview``, a "ตัวอย่าง" preview button, no preview link).
* sidebar on every page: บทความล่าสุด (latest 5 of both sections), ความคิดเห็นล่าสุด (latest 5 comments),
  categories, the calendar plugin's mini month (September 2024, prev/next month links), คำค้นยอดนิยม
  (``/?q=<word>``), feeds ``/rss/`` and ``/atom/`` (latest 10, also in the head).  No sitemap.xml.
* standing pages: ``/about/`` (children list), ``/about/1/history``, ``/about/2/vision``,
  ``/about/3/executives`` (articles of the static ``about`` section shown with the static form: no date,
  no comments, no navigation; also ``/index.php?id=1..3`` from the footer), ``/contact/`` (contact form,
  POST), ``/ita/`` (OIT items: ``/file_download/<id>/<name>.pdf`` links, one ``/files/<name>.pdf``, one
  deleted file: 404, ``broken_links``), ``/calendar/``.  The admin side ``/textpattern/`` is disallowed.

Gold: 24 articles 2021-02-10 .. 2024-09-02 (18 news, 6 announcements), oldest first.  title = the ``h1``.
published = the local date of ``<time>``.  author = the author link text.  paragraphs: Textile ``<p>``,
list items, table rows (cells joined by a space), or Word-pasted justified ``<p>`` with ``&nbsp;``
indents (three bodies); link text included.  captions: the article image's ``figcaption`` (none for
inline Textile images).  Not text: meta line, attachments, navigation, comments, the form.

Non-articles: every HTML page above that is not an article, their ``?lang=en`` twins, and one URL of
each trap.

Traps (``trap_patterns``, answered by ``dynamic``):
* ``TRAP_CALENDAR``: the calendar plugin ``/calendar/?month=YYYY-MM`` for any month of any year, each
  linking the previous and next months (and the mini calendar on every page leads in).
* ``TRAP_SEARCH``: Textpattern's search ``/?q=<words>`` (``&pg=N``) answers any words with excerpts; each
  results page links "ค้นหาที่เกี่ยวข้อง": the query plus one more popular word, so queries grow forever.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

from ..media import pdf
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, EN_MONTHS, MONTHS, MONTHS_ABBR, http_date, local_dt, rfc822
from .common import add_jpeg, add_text, attr, esc

FAMILY = "textpattern_site"
SITE = "เทศบาลตำบลดอนแก้วงาม"
SITE_EN = "Don Kaeo Ngam Subdistrict Municipality"
SLOGAN = "ดอนแก้วงามน่าอยู่ ประเพณีล้านนางดงาม เกษตรปลอดภัย"
ADDRESS = "เลขที่ 88 หมู่ 1 ตำบลดอนแก้วงาม อำเภอแม่ทาสามัคคี จังหวัดลำพูน 51140"
PHONE = "0 5300 4187"
FAX = "0 5300 4188"
EMAIL = "saraban@donkaewngam.go.th"
MAYOR = "นายสุทธิพงษ์ อินทร์แก้ว"
TODAY = date(2024, 9, 20)
HTML_TYPE = "text/html; charset=utf-8"
TXP_VERSION = "4.8.8"
PER_PAGE = 5
PER_SEARCH = 10
FEED_SIZE = 10

SECTIONS = {"news": ("ข่าวสาร", "News"), "announcements": ("ประกาศ", "Announcements")}
CATEGORIES = {
    "activities": ("news", "ข่าวกิจกรรม"),
    "public-relations": ("news", "ประชาสัมพันธ์"),
    "health": ("news", "สาธารณสุข"),
    "tax": ("news", "ภาษีและรายได้"),
    "environment": ("news", "สิ่งแวดล้อม"),
    "procurement": ("announcements", "จัดซื้อจัดจ้าง"),
    "recruitment": ("announcements", "รับสมัครงาน"),
    "notices": ("announcements", "ประกาศทั่วไป"),
}
AUTHORS = {"admin": "ผู้ดูแลระบบ", "somsri": "สมศรี ทองดี", "prasit": "ประสิทธิ์ แก้วมณี"}
POPULAR = ("ขยะ", "ถนน", "ภาษี", "วัคซีน", "ลอยกระทง", "รับสมัคร", "ประปา")

TRAP_CALENDAR = r"^/calendar/\?(?:.*&)?month="
TRAP_SEARCH = r"^/(?:index\.php)?\?(?:.*&)?q="

# Menu and widget labels in the two languages of the ?lang= switch (the content stays Thai).
LABELS = {
    "th": {
        "home": "หน้าแรก",
        "about": "เกี่ยวกับเทศบาล",
        "news": "ข่าวสาร",
        "announcements": "ประกาศ",
        "ita": "ITA",
        "calendar": "ปฏิทิน",
        "contact": "ติดต่อเรา",
        "recent": "บทความล่าสุด",
        "recent_comments": "ความคิดเห็นล่าสุด",
        "categories": "หมวดหมู่",
        "popular": "คำค้นยอดนิยม",
        "feeds": "ติดตามข่าวสาร",
        "search": "ค้นหา",
        "read_more": "อ่านต่อ",
        "by": "โดย",
        "published": "เผยแพร่เมื่อ",
        "comments": "ความคิดเห็น",
        "newer": "ใหม่กว่า",
        "older": "เก่ากว่า",
        "page": "หน้า",
        "of": "จาก",
        "switch": "English",
        "attachments": "เอกสารแนบ",
        "admin": "ผู้ดูแลระบบ",
        "visitors": "ผู้เข้าชม",
        "all": "ดูทั้งหมด",
    },
    "en": {
        "home": "Home",
        "about": "About us",
        "news": "News",
        "announcements": "Announcements",
        "ita": "ITA",
        "calendar": "Calendar",
        "contact": "Contact",
        "recent": "Recent articles",
        "recent_comments": "Recent comments",
        "categories": "Categories",
        "popular": "Popular searches",
        "feeds": "Subscribe",
        "search": "Search",
        "read_more": "Read more",
        "by": "By",
        "published": "Published",
        "comments": "Comments",
        "newer": "Newer",
        "older": "Older",
        "page": "Page",
        "of": "of",
        "switch": "ภาษาไทย",
        "attachments": "Attachments",
        "admin": "Admin",
        "visitors": "Visitors",
        "all": "View all",
    },
}


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def be_long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def be_abbr(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


# One article per "## id section date time author categories(comma) style url-title[>old url-title]"
# header; style T = Textile, W = Word paste (justified <p>, &nbsp; indents).  Then T: title, X: a
# hand-written excerpt, I: article image id | caption, P: paragraph ([[id|text]] = a messy-mode link,
# {{id|text}} = a permanent link, <<id:url-title|text>> = a link with an old url-title), L: list item,
# R: table row (cells split by |; the first row is the header), G: inline Textile image id (no caption),
# F: file id | file name | label (attachment), C: commenter | yyyy-mm-dd hh:mm | comment.
SPEC = """
## 14 news 2021-02-10 09:30 admin activities T anniversary-12-years
T: เทศบาลตำบลดอนแก้วงามจัดพิธีทำบุญเนื่องในวันคล้ายวันยกฐานะเป็นเทศบาล ครบรอบ 12 ปี
I: 101 | คณะผู้บริหารและพนักงานเทศบาลร่วมทำบุญตักบาตรหน้าสำนักงานเทศบาลตำบลดอนแก้วงาม
P: วันที่ 10 กุมภาพันธ์ 2564 นายสุทธิพงษ์ อินทร์แก้ว นายกเทศมนตรีตำบลดอนแก้วงาม พร้อมด้วยคณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล และผู้นำชุมชนทั้ง 9 หมู่บ้าน ร่วมทำบุญตักบาตรพระสงฆ์ 9 รูป เนื่องในวันคล้ายวันยกฐานะจากองค์การบริหารส่วนตำบลเป็นเทศบาลตำบล ครบรอบ 12 ปี
P: ปีนี้เทศบาลจัดพิธีอย่างเรียบง่าย จำกัดจำนวนผู้เข้าร่วม และให้ทุกคนสวมหน้ากากอนามัยตามมาตรการป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 โดยงดการจัดเลี้ยงอาหารกลางวัน แล้วนำงบประมาณส่วนนี้ไปจัดซื้อถุงยังชีพมอบให้ผู้สูงอายุที่อยู่ลำพัง 40 ครอบครัว
P: นายกเทศมนตรีกล่าวขอบคุณประชาชนที่ให้ความร่วมมือกับเทศบาลด้วยดีตลอด 12 ปีที่ผ่านมา และจะเดินหน้าพัฒนาระบบประปาหมู่บ้านและถนนเชื่อมระหว่างหมู่บ้านตามแผนพัฒนาท้องถิ่นต่อไป

## 17 news 2021-05-03 14:00 admin health,public-relations W covid-19-vaccine-registration
T: ประชาสัมพันธ์การลงทะเบียนรับวัคซีนป้องกันโรคโควิด-19 สำหรับผู้สูงอายุและผู้มีโรคประจำตัว
X: เทศบาลร่วมกับ รพ.สต.บ้านดอนแก้ว และ อสม. ช่วยลงทะเบียนหมอพร้อมให้ผู้สูงอายุที่ศาลาอเนกประสงค์ทุกหมู่บ้าน
P: ตามที่กระทรวงสาธารณสุขเปิดให้ประชาชนกลุ่มผู้สูงอายุ 60 ปีขึ้นไป และผู้มีโรคประจำตัว 7 กลุ่มโรค ลงทะเบียนจองรับวัคซีนป้องกันโรคโควิด-19 ผ่านระบบหมอพร้อม ตั้งแต่วันที่ 1 พฤษภาคม 2564 เป็นต้นไป นั้น
P: เทศบาลตำบลดอนแก้วงามร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนแก้ว จัดเจ้าหน้าที่และอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ช่วยลงทะเบียนให้ประชาชนที่ไม่มีโทรศัพท์สมาร์ทโฟน ณ ศาลาอเนกประสงค์ของทุกหมู่บ้าน ระหว่างวันที่ 5 - 14 พฤษภาคม 2564 เวลา 09.00 - 15.00 น.
P: ผู้ลงทะเบียนโปรดนำบัตรประจำตัวประชาชนและสมุดประจำตัวผู้ป่วย (ถ้ามี) มาด้วย สอบถามรายละเอียดเพิ่มเติมได้ที่กองสาธารณสุขและสิ่งแวดล้อม โทร 0 5300 4187 ต่อ 12
C: ลุงหมาน ป่าเหียง | 2021-05-04 19:20 | หมู่ 3 ลงทะเบียนวันไหนครับ
C: ผู้ดูแลระบบ | 2021-05-05 08:45 | บ้านป่าเหียง หมู่ 3 วันที่ 7 พฤษภาคม ที่ศาลาอเนกประสงค์หมู่บ้านค่ะ

## 19 announcements 2021-06-15 10:00 admin recruitment T recruit-general-worker-2564
T: ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานทั่วไป (ประจำรถบรรทุกขยะ)
P: ด้วยเทศบาลตำบลดอนแก้วงามมีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานทั่วไป (ประจำรถบรรทุกขยะ) จำนวน 2 อัตรา ค่าตอบแทนเดือนละ 9,000 บาท และเงินเพิ่มการครองชีพชั่วคราวตามที่กฎหมายกำหนด
P: ผู้สมัครต้องมีคุณสมบัติทั่วไปดังนี้
L: มีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ และไม่เกิน 60 ปี
L: ไม่เป็นผู้ดำรงตำแหน่งทางการเมือง หรือกรรมการพรรคการเมือง
L: ไม่เป็นผู้มีกายทุพพลภาพจนไม่สามารถปฏิบัติหน้าที่ได้
P: ยื่นใบสมัครด้วยตนเองได้ที่งานการเจ้าหน้าที่ สำนักปลัดเทศบาล ตั้งแต่วันที่ 21 มิถุนายน - 2 กรกฎาคม 2564 ในวันและเวลาราชการ
F: 5 | recruit-2564.pdf | ประกาศรับสมัครพนักงานจ้างทั่วไป ตำแหน่งคนงานทั่วไป

## 22 news 2021-08-20 11:15 admin tax,public-relations W land-tax-extension-2564
T: ขยายเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2564 ถึงวันที่ 31 สิงหาคม 2564
P: ตามที่กระทรวงมหาดไทยได้ขยายกำหนดเวลาการดำเนินการตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 สำหรับปี 2564 เพื่อบรรเทาภาระของประชาชนที่ได้รับผลกระทบจากสถานการณ์การแพร่ระบาดของโรคโควิด-19
P: เทศบาลตำบลดอนแก้วงามจึงขอแจ้งให้ผู้เสียภาษีทราบว่า สามารถชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2564 ได้ภายในวันที่ 31 สิงหาคม 2564 โดยไม่ต้องเสียเบี้ยปรับและเงินเพิ่ม ทั้งนี้ ปีภาษี 2564 ยังคงลดภาษีลงร้อยละ 90 ของจำนวนภาษีที่ต้องชำระ
P: ชำระได้ที่งานพัฒนาและจัดเก็บรายได้ กองคลัง ในวันและเวลาราชการ หรือโอนเงินเข้าบัญชีธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาแม่ทาสามัคคี แล้วส่งหลักฐานการโอนทางไลน์ @donkaewngam

## 23 news 2021-11-19 20:00 somsri activities T loy-krathong-2564>loykrathong64
T: ลอยกระทงวิถีใหม่ ประจำปี 2564 ณ หนองหอยสาธารณะ
I: 102 | ชาวบ้านลอยกระทงใบตองที่หนองหอยสาธารณะ บ้านหนองหอย หมู่ 4
P: คืนวันศุกร์ที่ 19 พฤศจิกายน 2564 เทศบาลตำบลดอนแก้วงามจัดกิจกรรมลอยกระทงวิถีใหม่ ณ หนองหอยสาธารณะ บ้านหนองหอย หมู่ 4 โดยงดการประกวดนางนพมาศและการแสดงบนเวที เพื่อลดการรวมตัวของคนจำนวนมาก
P: ผู้มาร่วมงานทุกคนต้องผ่านจุดคัดกรองวัดอุณหภูมิ สวมหน้ากากอนามัย และเว้นระยะห่างบริเวณท่าลอยกระทงทั้ง 4 จุด เทศบาลแจกกระทงใบตองจำนวน 500 ใบให้ประชาชนโดยไม่คิดค่าใช้จ่าย
P: นอกจากนี้ยังเปิดให้ลอยกระทงออนไลน์ผ่านเพจเฟซบุ๊กของเทศบาล ซึ่งมีผู้ร่วมลอยกระทงออนไลน์กว่า 1,300 คน
C: ป้าแดง หนองหอย | 2021-11-20 07:42 | ปีนี้คนไม่แออัด สะดวกดีค่ะ ขอบคุณเทศบาล

## 26 news 2022-01-08 13:30 somsri activities T children-day-2565
T: วันเด็กแห่งชาติ ประจำปี 2565 แจกของขวัญแบบขับผ่าน (Drive Thru)
P: วันเสาร์ที่ 8 มกราคม 2565 เทศบาลตำบลดอนแก้วงามจัดกิจกรรมวันเด็กแห่งชาติในรูปแบบขับผ่าน (Drive Thru) ณ ลานหน้าสำนักงานเทศบาล ผู้ปกครองพาเด็กนั่งรถมารับถุงของขวัญและขนมได้โดยไม่ต้องลงจากรถ
G: 103
P: เทศบาลเตรียมถุงของขวัญไว้ 800 ชุด ประกอบด้วยอุปกรณ์การเรียน ของเล่น และหน้ากากอนามัยสำหรับเด็ก ซึ่งได้รับการสนับสนุนจากร้านค้าและผู้ประกอบการในตำบล 23 ราย
P: คำขวัญวันเด็กแห่งชาติ ประจำปี 2565 ของนายกรัฐมนตรี คือ "เด็กดี มีวินัย ใฝ่เรียนรู้ คู่คุณธรรม"

## 28 news 2022-03-22 10:00 somsri environment T waste-bank
T: รณรงค์คัดแยกขยะต้นทาง เปิดธนาคารขยะชุมชนครบ 9 หมู่บ้าน
I: 104 | สมาชิกธนาคารขยะบ้านสันกลาง หมู่ 6 นำขวดพลาสติกมาฝากขาย
P: เทศบาลตำบลดอนแก้วงามเดินหน้าโครงการคัดแยกขยะต้นทาง โดยเปิดธนาคารขยะชุมชนครบทั้ง 9 หมู่บ้านแล้ว สมาชิกนำขวดพลาสติก กระดาษ กระป๋องอะลูมิเนียม และเศษเหล็ก มาฝากขายได้ทุกวันที่ 15 ของเดือน
P: ปัจจุบันมีสมาชิกธนาคารขยะรวม 1,146 ครัวเรือน ปริมาณขยะที่เทศบาลต้องนำไปกำจัดลดลงจากวันละ 6.2 ตัน เหลือวันละ 4.8 ตัน ขอให้ทุกบ้านช่วยกันคัดแยกขยะดังนี้
L: ขยะอินทรีย์ เช่น เศษอาหาร เศษผัก ให้ทิ้งลงถังขยะเปียกหรือทำปุ๋ยหมัก
L: ขยะรีไซเคิล ให้ล้างและแยกเก็บไว้ขายที่ธนาคารขยะ
L: ขยะอันตราย เช่น หลอดไฟ ถ่านไฟฉาย ให้นำมาทิ้งที่จุดรับขยะอันตรายหน้าที่ทำการผู้ใหญ่บ้าน
L: ขยะทั่วไป ให้ใส่ถุงมัดปากให้เรียบร้อยก่อนนำไปวางที่จุดรับ
P: เทศบาลกำลังรับสมัครพนักงานประจำรถเก็บขยะเพิ่ม ดูรายละเอียดได้ที่[[19|ประกาศรับสมัครพนักงานจ้างทั่วไป]]

## 31 announcements 2022-04-05 15:00 prasit procurement T ebidding-road-moo4
T: ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดอนแก้ว - บ้านหนองหอย หมู่ 4 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
P: เทศบาลตำบลดอนแก้วงาม มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดอนแก้ว - บ้านหนองหอย หมู่ 4 ขนาดกว้าง 5 เมตร ยาว 850 เมตร หนา 0.15 เมตร หรือมีพื้นที่ไม่น้อยกว่า 4,250 ตารางเมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
P: ราคากลางของงานจ้างก่อสร้างในการประกวดราคาครั้งนี้ เป็นเงินทั้งสิ้น 2,870,000 บาท (สองล้านแปดแสนเจ็ดหมื่นบาทถ้วน)
P: ผู้สนใจสามารถขอรับเอกสารประกวดราคาอิเล็กทรอนิกส์ได้ทางเว็บไซต์ของกรมบัญชีกลาง ระหว่างวันที่ 5 - 19 เมษายน 2565 และกำหนดยื่นข้อเสนอในวันที่ 20 เมษายน 2565 ระหว่างเวลา 08.30 - 16.30 น.
F: 6 | ebidding-road-moo4-2565.pdf | เอกสารประกวดราคาจ้างก่อสร้างถนน คสล. หมู่ 4

## 33 news 2022-04-18 16:00 somsri activities T songkran-2565
T: สืบสานประเพณีปี๋ใหม่เมือง รดน้ำดำหัวผู้สูงอายุ ประจำปี 2565
I: 105 | นายกเทศมนตรีรดน้ำดำหัวขอพรผู้สูงอายุ ณ วัดดอนแก้ว
P: วันที่ 18 เมษายน 2565 เทศบาลตำบลดอนแก้วงามจัดพิธีรดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีปี๋ใหม่เมือง ณ วัดดอนแก้ว โดยมีผู้สูงอายุที่มีอายุ 80 ปีขึ้นไปจากทั้ง 9 หมู่บ้าน เข้าร่วมพิธี 112 คน
P: ภายในงานมีขบวนแห่ไม้ค้ำสะหลีจากทุกหมู่บ้าน การฟ้อนเล็บของนักเรียนศูนย์พัฒนาเด็กเล็ก และพิธีสืบชะตาหมู่บ้านตามแบบล้านนา
P: ผู้ร่วมงานทุกคนได้รับการตรวจคัดกรองด้วยชุดตรวจ ATK ก่อนเข้างาน ตามมาตรการของคณะกรรมการโรคติดต่อจังหวัดลำพูน
C: หลานพ่ออุ๊ย | 2022-04-19 12:05 | ขอบคุณเทศบาลที่ดูแลผู้สูงอายุครับ พ่ออุ๊ยดีใจมาก

## 36 news 2022-07-27 09:00 somsri health W ไข้เลือดออก-2565
T: เตือนภัยโรคไข้เลือดออกช่วงฤดูฝน ขอความร่วมมือทุกบ้านกำจัดลูกน้ำยุงลาย
P: กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลดอนแก้วงาม แจ้งว่าตั้งแต่ต้นปี 2565 อำเภอแม่ทาสามัคคีพบผู้ป่วยโรคไข้เลือดออกแล้ว 38 ราย ในเขตเทศบาลพบผู้ป่วย 5 ราย ส่วนใหญ่เป็นเด็กวัยเรียนอายุ 5 - 14 ปี
P: ขอให้ทุกครัวเรือนสำรวจและกำจัดแหล่งเพาะพันธุ์ยุงลายทุกสัปดาห์ ปิดฝาภาชนะเก็บน้ำ เปลี่ยนน้ำในแจกันและจานรองขาตู้ และเก็บเศษภาชนะที่มีน้ำขังรอบบ้าน
P: เทศบาลจะออกพ่นหมอกควันกำจัดยุงตัวเต็มวัยในหมู่บ้านที่พบผู้ป่วย และแจกทรายกำจัดลูกน้ำได้ที่ รพ.สต.บ้านดอนแก้ว ส่วนผู้ที่ยังไม่ได้รับวัคซีนโควิด-19 เข็มกระตุ้น ติดต่อ รพ.สต. ได้ตามขั้นตอนใน[[17|ประกาศการลงทะเบียนรับวัคซีน]]
"""
SPEC += """
## 38 news 2022-10-14 17:30 admin public-relations T flood-relief-2565
T: เทศบาลตำบลดอนแก้วงามช่วยเหลือผู้ประสบอุทกภัย บ้านสันกลาง หมู่ 6 และบ้านทุ่งยาว หมู่ 7
I: 106 | เจ้าหน้าที่เทศบาลลำเลียงถุงยังชีพให้ครัวเรือนที่ถูกน้ำท่วมขังบ้านสันกลาง
P: จากฝนที่ตกหนักต่อเนื่องระหว่างวันที่ 8 - 11 ตุลาคม 2565 ทำให้น้ำแม่ทาเอ่อล้นตลิ่งเข้าท่วมบ้านเรือนประชาชนบ้านสันกลาง หมู่ 6 และบ้านทุ่งยาว หมู่ 7 ได้รับความเดือดร้อนรวม 87 ครัวเรือน พื้นที่นาข้าวเสียหายประมาณ 420 ไร่
P: เทศบาลตำบลดอนแก้วงามได้จัดตั้งศูนย์ช่วยเหลือผู้ประสบภัยชั่วคราวที่ศาลาอเนกประสงค์บ้านสันกลาง และให้ความช่วยเหลือเบื้องต้นดังนี้
R: รายการ | จำนวน
R: ถุงยังชีพ | 87 ชุด
R: น้ำดื่มบรรจุขวด | 150 แพ็ค
R: กระสอบทราย | 2,400 ใบ
R: เครื่องสูบน้ำ | 3 เครื่อง
P: ผู้ที่ได้รับความเสียหายให้ยื่นคำร้องขอรับความช่วยเหลือตามระเบียบกระทรวงการคลังฯ ได้ที่ผู้ใหญ่บ้านหรือสำนักปลัดเทศบาล ภายในวันที่ 31 ตุลาคม 2565

## 41 news 2023-01-20 10:00 somsri tax T land-tax-2566
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2566
P: งานพัฒนาและจัดเก็บรายได้ กองคลัง เทศบาลตำบลดอนแก้วงาม ขอประชาสัมพันธ์กำหนดเวลาการยื่นแบบและชำระภาษีท้องถิ่น ประจำปี 2566 ดังนี้
R: ประเภทภาษี | กำหนดเวลา
R: ภาษีที่ดินและสิ่งปลูกสร้าง | ชำระภายในเดือนเมษายน 2566
R: ภาษีป้าย (ยื่นแบบ ภ.ป.1) | ยื่นแบบภายในวันที่ 31 มีนาคม 2566
R: ภาษีป้าย (ชำระภาษี) | ภายใน 15 วันนับแต่ได้รับแจ้งการประเมิน
P: ผู้ที่ชำระภาษีเกินกำหนดเวลาต้องเสียเบี้ยปรับและเงินเพิ่มร้อยละ 1 ต่อเดือนตามกฎหมาย เทศบาลจึงขอเชิญชวนผู้เสียภาษีทุกท่านชำระภาษีภายในเวลาที่กำหนด เพื่อนำรายได้ไปพัฒนาตำบลของเรา
P: ออกหน่วยรับชำระภาษีนอกสถานที่ทุกวันพุธของเดือนมีนาคม 2566 ตามศาลาอเนกประสงค์ของแต่ละหมู่บ้าน

## 45 announcements 2023-03-01 11:00 prasit procurement T winner-laterite-road-2566
T: ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมถนนลูกรังเพื่อการเกษตร สายทุ่งนาบ้านป่าเหียง หมู่ 3 โดยวิธีเฉพาะเจาะจง
P: ตามที่เทศบาลตำบลดอนแก้วงามได้มีโครงการจ้างซ่อมแซมถนนลูกรังเพื่อการเกษตร สายทุ่งนาบ้านป่าเหียง หมู่ 3 โดยวิธีเฉพาะเจาะจง นั้น
P: ผู้ได้รับการคัดเลือกและเสนอราคาต่ำสุด ได้แก่
R: ผู้เสนอราคา | ราคาที่เสนอ (บาท)
R: ห้างหุ้นส่วนจำกัด แม่ทาการโยธา | 184,500.00
P: ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวงแล้ว ประกาศ ณ วันที่ 1 มีนาคม พ.ศ. 2566

## 47 news 2023-04-12 15:30 somsri activities T songkran-2566
T: ขบวนแห่พระพุทธรูปและก่อเจดีย์ทราย ประเพณีปี๋ใหม่เมือง 2566
I: 107 | ขบวนแห่พระพุทธรูปคู่บ้านผ่านถนนสายกลางหมู่บ้านดอนแก้ว
P: วันที่ 12 เมษายน 2566 เทศบาลตำบลดอนแก้วงามร่วมกับวัดดอนแก้วและวัดป่าเหียง จัดขบวนแห่พระพุทธรูปคู่บ้านให้ประชาชนสรงน้ำเนื่องในประเพณีปี๋ใหม่เมือง ขบวนเริ่มจากสำนักงานเทศบาลไปสิ้นสุดที่วัดดอนแก้ว ระยะทางประมาณ 3 กิโลเมตร
P: ช่วงบ่าย ชาวบ้านทั้ง 9 หมู่บ้านร่วมกันขนทรายเข้าวัดและก่อเจดีย์ทราย ตามความเชื่อของชาวล้านนาว่าเป็นการนำทรายที่ติดเท้าออกจากวัดตลอดปีกลับคืนสู่วัด
P: ปีนี้มีการประกวดเจดีย์ทรายสวยงาม รางวัลชนะเลิศได้แก่บ้านทุ่งยาว หมู่ 7 และรองชนะเลิศได้แก่บ้านหนองหอย หมู่ 4
C: เด็กดอนแก้ว | 2023-04-13 09:10 | สนุกมากครับ ปีหน้ามาอีก
C: แม่ค้าตลาดเช้า | 2023-04-14 18:32 | ขอให้จัดที่จอดรถเพิ่มด้วยนะคะ รถติดหน้าวัดมาก

## 50 news 2023-06-09 09:30 prasit environment T world-environment-day-2566
T: วันสิ่งแวดล้อมโลก 2566 ปลูกต้นไม้ริมถนนสายดอนแก้ว - ป่าเหียง 600 ต้น
P: เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2566 เทศบาลตำบลดอนแก้วงามร่วมกับโรงเรียนบ้านดอนแก้ว กลุ่มเยาวชน และจิตอาสาในตำบล ปลูกต้นรวงผึ้งและต้นประดู่ริมถนนสายดอนแก้ว - ป่าเหียง จำนวน 600 ต้น
P: เทศบาลจะดูแลรดน้ำต้นไม้ในช่วงฤดูแล้งด้วยรถบรรทุกน้ำของเทศบาล และมอบหมายให้แต่ละหมู่บ้านดูแลต้นไม้ในช่วงถนนที่ผ่านหมู่บ้านของตนเอง
G: 108
P: กิจกรรมนี้เป็นส่วนหนึ่งของโครงการ "ถนนร่มรื่น ดอนแก้วงามน่าอยู่" ที่ตั้งเป้าปลูกต้นไม้ริมถนนในตำบลให้ครบ 3,000 ต้นภายในปี 2568

## 52 announcements 2023-08-01 08:45 admin notices T water-outage-aug-2566
T: ประกาศงดจ่ายน้ำประปาชั่วคราว วันที่ 3 สิงหาคม 2566 บ้านดอนแก้ว หมู่ 1 และบ้านดอนแก้วใต้ หมู่ 9
P: ด้วยกิจการประปาเทศบาลตำบลดอนแก้วงามจะดำเนินการเปลี่ยนท่อเมนประปาขนาด 3 นิ้ว ที่ชำรุดบริเวณหน้าตลาดสดเทศบาล จึงขอแจ้งงดจ่ายน้ำประปาในวันพฤหัสบดีที่ 3 สิงหาคม 2566 ตั้งแต่เวลา 09.00 - 16.00 น.
P: พื้นที่ที่ได้รับผลกระทบ ได้แก่ บ้านดอนแก้ว หมู่ 1 และบ้านดอนแก้วใต้ หมู่ 9 ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า หากดำเนินการแล้วเสร็จก่อนเวลาจะเปิดจ่ายน้ำทันที
P: ขออภัยในความไม่สะดวกมา ณ โอกาสนี้ สอบถามได้ที่งานกิจการประปา โทร 0 5300 4187 ต่อ 21

## 55 news 2023-11-28 21:00 somsri activities T ลอยกระทง-2566
T: ประเพณีลอยกระทงและยี่เป็ง ตำบลดอนแก้วงาม ประจำปี 2566
I: 109 | โคมลอยและกระทงสายบนหนองหอยสาธารณะในคืนยี่เป็ง
P: ระหว่างวันที่ 26 - 27 พฤศจิกายน 2566 เทศบาลตำบลดอนแก้วงามจัดงานประเพณีลอยกระทงและยี่เป็ง ณ หนองหอยสาธารณะ บ้านหนองหอย หมู่ 4 หลังจากต้องจัดงานแบบจำกัดจำนวนมาสองปี ดูภาพบรรยากาศปีนั้นได้ที่<<23:loykrathong64|ข่าวลอยกระทงวิถีใหม่ ปี 2564>>
P: ภายในงานมีการประกวดกระทงใหญ่ การประกวดนางนพมาศ การแข่งขันตีกลองสะบัดชัย และการจุดผางประทีปรอบหนองน้ำ โดยมีประชาชนและนักท่องเที่ยวร่วมงานกว่า 3,500 คน
P: เทศบาลขอความร่วมมืองดปล่อยโคมลอยในรัศมี 10 กิโลเมตรจากสนามบิน ตามประกาศจังหวัดลำพูน และจัดเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยประจำจุดตลอดงาน
C: นักท่องเที่ยวจากเชียงใหม่ | 2023-11-29 10:14 | บรรยากาศสวยมากครับ ปีหน้าจะพาครอบครัวมาอีก
C: ป้าแดง หนองหอย | 2023-11-29 17:50 | ปีนี้คึกคักกว่าทุกปีเลยค่ะ

## 58 news 2024-01-13 12:00 somsri activities T children-day-2567
T: งานวันเด็กแห่งชาติ ประจำปี 2567 "เด็กดอนแก้วงาม เรียนรู้ สนุก ปลอดภัย"
I: 110 | เด็ก ๆ ร่วมเล่นเกมชิงรางวัลที่สนามโรงเรียนบ้านดอนแก้ว
P: วันเสาร์ที่ 13 มกราคม 2567 เทศบาลตำบลดอนแก้วงามจัดงานวันเด็กแห่งชาติ ณ สนามโรงเรียนบ้านดอนแก้ว มีเด็กและผู้ปกครองร่วมงานกว่า 1,500 คน
P: ภายในงานมีซุ้มเกมของกองการศึกษา ซุ้มความรู้เรื่องความปลอดภัยทางถนนจากสถานีตำรวจภูธรแม่ทาสามัคคี รถดับเพลิงให้เด็กขึ้นชม และการแสดงของนักเรียนศูนย์พัฒนาเด็กเล็กทั้ง 2 แห่ง
P: นายกเทศมนตรีมอบทุนการศึกษาให้นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 20 ทุน ทุนละ 1,000 บาท

## 60 news 2024-02-26 14:00 prasit health,environment W pm25-no-burning
T: ขอความร่วมมืองดเผาในที่โล่ง ลดปัญหาหมอกควันและฝุ่นละออง PM2.5
P: ด้วยขณะนี้จังหวัดลำพูนประสบปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก PM2.5 เกินค่ามาตรฐานติดต่อกันหลายวัน ส่งผลกระทบต่อสุขภาพของประชาชน โดยเฉพาะเด็ก ผู้สูงอายุ หญิงตั้งครรภ์ และผู้ป่วยโรคระบบทางเดินหายใจ
P: จังหวัดลำพูนได้ประกาศห้ามเผาในที่โล่งทุกชนิด ตั้งแต่วันที่ 1 กุมภาพันธ์ ถึง 30 เมษายน 2567 เทศบาลตำบลดอนแก้วงามจึงขอความร่วมมือเกษตรกรงดเผาตอซังข้าวโพดและเศษวัชพืช และขอให้ประชาชนงดเผาขยะและใบไม้ทุกชนิด
P: หากพบเห็นการเผาแจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลตำบลดอนแก้วงาม โทร 0 5300 4199 ตลอด 24 ชั่วโมง ประชาชนขอรับหน้ากาก N95 สำหรับเด็กและผู้สูงอายุได้ที่กองสาธารณสุขและสิ่งแวดล้อม

## 61 announcements 2024-03-14 10:30 admin recruitment T recruit-finance-assistant-2567
T: ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานการเงินและบัญชี
P: ด้วยเทศบาลตำบลดอนแก้วงามจะดำเนินการสรรหาและเลือกสรรบุคคลเพื่อแต่งตั้งเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานการเงินและบัญชี สังกัดกองคลัง จำนวน 1 อัตรา ค่าตอบแทนเดือนละ 11,280 บาท
P: ผู้สมัครต้องมีวุฒิประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.) หรือเทียบเท่า ในสาขาวิชาการบัญชี การเงินการธนาคาร หรือพาณิชยการ และสามารถใช้คอมพิวเตอร์โปรแกรมสำนักงานได้
P: รับสมัครตั้งแต่วันที่ 18 - 29 มีนาคม 2567 ณ สำนักปลัดเทศบาล เทศบาลตำบลดอนแก้วงาม ในวันและเวลาราชการ สอบถามโทร 0 5300 4187 ต่อ 11
F: 7 | recruit-finance-2567.pdf | ประกาศรับสมัครพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานการเงินและบัญชี
F: 8 | application-form.pdf | ใบสมัคร

## 63 news 2024-04-30 09:00 somsri tax T last-day-land-tax-2567
T: วันสุดท้าย ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ภายในวันที่ 30 เมษายน 2567
X: วันนี้วันสุดท้าย! กองคลังเปิดรับชำระภาษีจนถึงเวลา 18.00 น.
P: งานพัฒนาและจัดเก็บรายได้ กองคลัง ขอเตือนว่าวันที่ 30 เมษายน 2567 เป็นวันสุดท้ายของการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 โดยไม่ต้องเสียเบี้ยปรับและเงินเพิ่ม
P: เพื่ออำนวยความสะดวกแก่ประชาชน กองคลังจะเปิดให้บริการรับชำระภาษีถึงเวลา 18.00 น. และรับชำระผ่านแอปพลิเคชันธนาคารด้วยการสแกนคิวอาร์โค้ดที่พิมพ์อยู่บนหนังสือแจ้งการประเมินภาษี
P: ปีนี้มีผู้ชำระภาษีแล้ว 2,318 ราย คิดเป็นร้อยละ 87 ของผู้เสียภาษีทั้งหมด เทศบาลขอขอบคุณผู้เสียภาษีทุกท่าน

## 66 news 2024-06-05 10:00 prasit environment T clean-road-no-waste
T: โครงการถนนสวย ไร้ขยะ เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567
I: 111 |
P: วันที่ 5 มิถุนายน 2567 เทศบาลตำบลดอนแก้วงามจัดกิจกรรม "ถนนสวย ไร้ขยะ" เนื่องในวันสิ่งแวดล้อมโลก โดยพนักงานเทศบาล จิตอาสา และนักเรียน กว่า 300 คน ร่วมกันเก็บขยะริมถนนสายหลักของตำบลรวมระยะทาง 12 กิโลเมตร
P: ขยะที่เก็บได้มีทั้งหมด 1.7 ตัน เป็นขวดพลาสติกและถุงพลาสติกมากที่สุด ขยะรีไซเคิลที่คัดแยกได้นำไปขายให้ธนาคารขยะชุมชน และนำรายได้เข้ากองทุนสวัสดิการชุมชน
P: เทศบาลขอความร่วมมือประชาชนไม่ทิ้งขยะริมถนน ผู้ใดทิ้งขยะในที่สาธารณะมีโทษปรับไม่เกิน 10,000 บาท ตามพระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535
C: ครูแอน โรงเรียนบ้านดอนแก้ว | 2024-06-06 15:22 | นักเรียนได้เรียนรู้เรื่องการคัดแยกขยะจากกิจกรรมนี้มากค่ะ

## 68 news 2024-07-28 08:00 somsri activities T volunteer-28-july-2567
T: จิตอาสาพัฒนาเฉลิมพระเกียรติ เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567
I: 112 | จิตอาสาตำบลดอนแก้วงามร่วมพัฒนาทำความสะอาดบริเวณลำเหมืองสาธารณะ
P: วันที่ 28 กรกฎาคม 2567 เทศบาลตำบลดอนแก้วงามจัดกิจกรรมจิตอาสาพัฒนาเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ โดยมีจิตอาสาเข้าร่วมกว่า 400 คน
P: จิตอาสาร่วมกันขุดลอกลำเหมืองสาธารณะบ้านทุ่งยาว ตัดหญ้าริมถนน และปลูกต้นรวงผึ้งซึ่งเป็นต้นไม้ประจำรัชกาล จำนวน 72 ต้น บริเวณสวนสาธารณะหนองหอย
P: ช่วงเย็นมีพิธีถวายพระพรชัยมงคลและจุดเทียนถวายพระพร ณ ลานหน้าสำนักงานเทศบาลตำบลดอนแก้วงาม

## 70 announcements 2024-09-02 13:00 prasit procurement T procurement-plan-2568
T: ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568
P: ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 11 กำหนดให้หน่วยงานของรัฐจัดทำแผนการจัดซื้อจัดจ้างประจำปีและประกาศเผยแพร่ในระบบเครือข่ายสารสนเทศของกรมบัญชีกลางและของหน่วยงานของรัฐ
P: เทศบาลตำบลดอนแก้วงามจึงขอประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568 โดยมีโครงการที่สำคัญดังนี้
R: โครงการ | งบประมาณ (บาท) | ระยะเวลาที่คาดว่าจะจัดซื้อจัดจ้าง
R: ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านทุ่งยาว หมู่ 7 | 1,950,000 | ธันวาคม 2567
R: ขยายเขตท่อเมนประปา บ้านสันกลาง หมู่ 6 | 640,000 | มกราคม 2568
R: จัดซื้อรถบรรทุกขยะแบบอัดท้าย | 2,500,000 | กุมภาพันธ์ 2568
P: ประกาศ ณ วันที่ 2 กันยายน พ.ศ. 2567
F: 9 | procurement-plan-2568.pdf | แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568
"""

# The static ``about`` section: articles 1-3 shown with the "static" form (no date, no comments).
ABOUT = (
    (
        1,
        "history",
        "ประวัติความเป็นมา",
        "<p>ตำบลดอนแก้วงามแยกออกจากตำบลแม่ทาเหนือเมื่อปี พ.ศ. 2481 ชื่อตำบลมาจากดอยเตี้ย ๆ กลางทุ่งนาที่มีต้นแก้วขึ้นอยู่มาก ชาวบ้านเรียกว่า &#8220;ดอนแก้ว&#8221;</p>\n"
        '<p>องค์การบริหารส่วนตำบลดอนแก้วงามจัดตั้งขึ้นเมื่อวันที่ 30 มกราคม 2540 และได้รับการยกฐานะเป็นเทศบาลตำบลดอนแก้วงามเมื่อวันที่ 10 กุมภาพันธ์ 2552 (<a href="/index.php?id=14">พิธีทำบุญครบรอบ 12 ปี</a>)</p>\n'
        "<p>เทศบาลมีพื้นที่ 38.6 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 7,284 คน 2,611 ครัวเรือน (ข้อมูลสำนักทะเบียนอำเภอแม่ทาสามัคคี ณ เดือนธันวาคม 2566) ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ปลูกลำไย และข้าวโพดเลี้ยงสัตว์</p>",
    ),
    (
        2,
        "vision",
        "วิสัยทัศน์และพันธกิจ",
        "<h3>วิสัยทัศน์</h3>\n<p>&#8220;ดอนแก้วงามน่าอยู่ ประเพณีล้านนางดงาม เกษตรปลอดภัย ประชาชนมีคุณภาพชีวิตที่ดี&#8221;</p>\n"
        "<h3>พันธกิจ</h3>\n<ol>\n\t<li>พัฒนาโครงสร้างพื้นฐาน ถนน ประปา และไฟฟ้าสาธารณะให้ทั่วถึง</li>\n\t<li>ส่งเสริมการเกษตรปลอดภัยและเพิ่มรายได้ให้เกษตรกร</li>\n"
        "\t<li>อนุรักษ์ศิลปวัฒนธรรมและประเพณีล้านนา</li>\n\t<li>ส่งเสริมสุขภาพ การศึกษา และสวัสดิการสังคม</li>\n\t<li>บริหารจัดการขยะและสิ่งแวดล้อมอย่างยั่งยืน</li>\n</ol>",
    ),
    (
        3,
        "executives",
        "คณะผู้บริหาร",
        '<table class="executives">\n\t<tr>\n\t\t<td><img src="/images/91.jpg" alt="" width="160" height="200" /></td>\n\t\t<td>นายสุทธิพงษ์ อินทร์แก้ว<br />นายกเทศมนตรีตำบลดอนแก้วงาม</td>\n\t</tr>\n'
        '\t<tr>\n\t\t<td><img src="/images/92.jpg" alt="" width="160" height="200" /></td>\n\t\t<td>นายบุญมา ใจปิง<br />รองนายกเทศมนตรี</td>\n\t</tr>\n'
        '\t<tr>\n\t\t<td><img src="/images/93.jpg" alt="" width="160" height="200" /></td>\n\t\t<td>นางจันทร์เพ็ญ สุขเกษม<br />รองนายกเทศมนตรี</td>\n\t</tr>\n'
        '\t<tr>\n\t\t<td><img src="/images/94.jpg" alt="" width="160" height="200" /></td>\n\t\t<td>นายวีระ ปัญญาดี<br />ปลัดเทศบาล</td>\n\t</tr>\n</table>',
    ),
)
# Textpattern's file table: id, file name, title (ITA PDFs; attachments are declared in SPEC).
FILES = {
    12: ("ita-o1.pdf", "โครงสร้างหน่วยงาน"),
    13: ("ita-o3.pdf", "อำนาจหน้าที่"),
    14: ("ita-o4.pdf", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"),
    15: ("ita-o6.pdf", "กฎหมายที่เกี่ยวข้อง"),
    16: ("ita-o10.pdf", "แผนการดำเนินงานประจำปี 2567"),
    17: ("ita-o11.pdf", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน"),
}
DELETED_FILE = (19, "ita-o8.pdf")
# ITA (OIT) items: code, label, href kind ("file" id, "direct" /files/ link, "page" path, "gone" deleted file).
ITA_ITEMS = (
    ("O1", "โครงสร้างหน่วยงาน", "file", 12),
    ("O2", "ข้อมูลผู้บริหาร", "page", "/about/3/executives"),
    ("O3", "อำนาจหน้าที่", "file", 13),
    ("O4", "แผนพัฒนาท้องถิ่น", "file", 14),
    ("O5", "ข้อมูลการติดต่อ", "page", "/contact/"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "file", 15),
    ("O7", "ข่าวประชาสัมพันธ์", "page", "/index.php?s=news"),
    ("O8", "Q&amp;A ถาม - ตอบ", "gone", 19),
    ("O9", "Social Network", "page", "https://www.facebook.com/donkaewngam"),
    ("O10", "แผนการดำเนินงานประจำปี", "file", 16),
    ("O11", "รายงานการกำกับติดตามการดำเนินงาน", "direct", 17),
    ("O12", "ประกาศประกวดราคาจ้างก่อสร้างถนน คสล. หมู่ 4", "page", "/index.php?id=31"),
    ("O13", "ประกาศผู้ชนะการเสนอราคา ซ่อมแซมถนนลูกรัง หมู่ 3", "page", "/index.php?id=45"),
)
# Monthly events the calendar plugin shows in every month (weekday, nth, text).
EVENTS = (
    (0, 1, "ประชุมพนักงานเทศบาลประจำเดือน"),
    (2, 2, "หน่วยบริการเคลื่อนที่ รับชำระภาษีและค่าน้ำประปา"),
    (4, 3, "ตลาดนัดสินค้าเกษตรปลอดภัย หน้าสำนักงานเทศบาล"),
)

LINK_RE = re.compile(r"\[\[(\d+)\|([^\]]+)\]\]|\{\{(\d+)\|([^}]+)\}\}|<<(\d+):([^|>]+)\|([^>]+)>>")


def textile_text(text: str) -> str:
    """What Textile's glyph rules make of typed text: en dashes and typographic double quotes."""
    text = text.replace(" - ", " \u2013 ")
    out, opened = [], False
    for char in text:
        if char == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append(char)
    return "".join(out)


def glyphs(text: str) -> str:
    """Escape for HTML with Textile's numeric entities for the typographic characters."""
    out = esc(text)
    for char in "\u201c\u201d\u2013\u2026":
        out = out.replace(char, f"&#{ord(char)};")
    return out


@dataclass
class Art:
    aid: int
    section: str
    day: str
    hm: str
    author: str
    cats: list[str]
    style: str  # T Textile, W Word paste
    slug: str
    old_slug: str | None = None
    title: str = ""
    excerpt_raw: str = ""
    image: tuple[int, str] | None = None
    blocks: list[tuple[str, str]] = field(default_factory=list)
    files: list[tuple[int, str, str]] = field(default_factory=list)
    comments: list[tuple[int, str, str, str]] = field(default_factory=list)  # id, name, "yyyy-mm-dd hh:mm", text

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def path(self) -> str:
        """The permanent link as Textpattern writes it (Thai url-titles percent-encoded, upper-case hex)."""
        return f"/{self.section}/{self.aid}/{quote(self.slug, safe='-')}"

    @property
    def messy(self) -> str:
        return f"/index.php?id={self.aid}"

    @property
    def old_path(self) -> str | None:
        return f"/{self.section}/{self.aid}/{quote(self.old_slug, safe='-')}" if self.old_slug else None

    def plain(self, raw: str) -> str:
        """The text a reader sees for one typed line (links replaced by their text, Textile glyphs)."""
        parts = []
        pos = 0
        for m in LINK_RE.finditer(raw):
            parts.append(self.glyph_text(raw[pos : m.start()]))
            parts.append(self.glyph_text(m.group(2) or m.group(4) or m.group(7)))
            pos = m.end()
        parts.append(self.glyph_text(raw[pos:]))
        return " ".join("".join(parts).split())

    def glyph_text(self, text: str) -> str:
        return textile_text(text) if self.style == "T" else text

    @property
    def paragraphs(self) -> list[str]:
        out = []
        for kind, text in self.blocks:
            if kind in ("P", "L"):
                out.append(self.plain(text))
            elif kind == "R":
                out.append(" ".join(" ".join(self.plain(c.strip()) for c in text.split("|")).split()))
        return out

    @property
    def text(self) -> str:
        return " ".join(self.paragraphs)

    @property
    def excerpt(self) -> str:
        """The Excerpt field: typed by the editor, or (the webmaster's habit) the opening cut at 140 characters."""
        if self.excerpt_raw:
            return self.excerpt_raw
        first = self.paragraphs[0]
        if len(first) <= 140:
            return first
        cut = first[:140]
        if " " in cut[80:]:
            cut = cut[: cut.rfind(" ")]
        return cut.rstrip() + "\u2026"

    @property
    def captions(self) -> list[str]:
        return [self.image[1]] if self.image and self.image[1] else []


def _parse(spec: str) -> list[Art]:
    arts: list[Art] = []
    cid = 112
    for chunk in spec.split("\n## ")[1:]:
        lines = [line for line in chunk.strip().splitlines() if line.strip()]
        aid, section, day, hm, author, cats, style, slug = lines[0].split()
        old = None
        if ">" in slug:
            slug, old = slug.split(">", 1)
        art = Art(int(aid), section, day, hm, author, cats.split(","), style, slug, old)
        for line in lines[1:]:
            kind, _, text = line.partition(": ")
            text = text.strip()
            if kind == "T":
                art.title = text
            elif kind == "X":
                art.excerpt_raw = text
            elif kind == "I":
                num, _, caption = text.partition("|")
                art.image = (int(num), caption.strip())
            elif kind in ("P", "L", "R", "G"):
                art.blocks.append((kind, text))
            elif kind == "F":
                fid, name, label = (x.strip() for x in text.split("|"))
                art.files.append((int(fid), name, label))
            elif kind == "C":
                name, when, comment = (x.strip() for x in text.split("|", 2))
                art.comments.append((cid, name, when, comment))
                cid += 3 + len(name) % 4  # spam that was deleted leaves gaps
            else:
                raise ValueError(f"{FAMILY}: bad spec line {line!r}")
        arts.append(art)
    return arts


ARTS = _parse(SPEC)
BY_ID = {a.aid: a for a in ARTS}
assert [a.day for a in ARTS] == sorted(a.day for a in ARTS)


def with_lang(target: str, lang: str) -> str:
    """The ?lang= twin of a target (the plugin appends its parameter last)."""
    if lang == "th":
        return target
    return target + ("&" if "?" in target else "?") + "lang=en"


def listing_target(section: str, page: int = 1, cat: str | None = None, author: str | None = None) -> str:
    query = []
    if cat:
        query.append(f"c={cat}")
    if author:
        query.append(f"author={author}")
    if page > 1:
        query.append(f"pg={page}")
    return f"/{section}/" + ("?" + "&".join(query) if query else "")


def search_target(words: str, page: int = 1) -> str:
    return "/?q=" + quote_plus(words) + (f"&pg={page}" if page > 1 else "")


def month_add(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


# -- the site ------------------------------------------------------------------------------------
class _Txp:
    def __init__(self, site: FixtureSite) -> None:
        self.site = site
        self.base = site.base_url
        self.non_articles: list[str] = []
        self.newest = sorted(ARTS, key=lambda a: (a.day, a.hm), reverse=True)
        self.by_section = {s: [a for a in ARTS if a.section == s] for s in SECTIONS}
        comments = [(c, a) for a in ARTS for c in a.comments]
        self.recent_comments = sorted(comments, key=lambda x: x[0][2], reverse=True)[:5]

    # -- helpers ---------------------------------------------------------------------------------
    def u(self, path: str) -> str:
        return self.base + path

    def html(self, text: str, status: int = 200) -> Response:
        return Response(
            status,
            (
                ("Content-Type", HTML_TYPE),
                ("X-Powered-By", "PHP/7.4.3"),
                ("Vary", "Accept-Encoding"),
            ),
            text.encode("utf-8"),
        )

    def add_pair(self, target: str, render, *, listed: bool = True) -> None:
        """Register a page and its ?lang=en twin (render(lang) -> HTML)."""
        for lang in ("th", "en"):
            t = with_lang(target, lang)
            self.site.add(t, self.html(render(lang)))
            if listed:
                self.non_articles.append(self.u(t))

    def files_size(self, fid: int) -> str:
        return f"{40 + int(_h(f'size:{fid}', 4), 16) % 900} KB"

    # -- chrome ------------------------------------------------------------------------------------
    def menu(self, lang: str, current: str) -> str:
        L = LABELS[lang]
        items = [("", "/", L["home"])] + [
            (s, f"/{s}/", L[s]) for s in ("about", "news", "announcements", "ita", "calendar", "contact")
        ]
        active = ' class="active"'
        lis = "".join(
            f'<li{active if key == current else ""}><a href="{href}">{label}</a></li>' for key, href, label in items
        )
        return f'<nav class="site-navigation" aria-label="{L["home"]}">\n<ul class="section_list">{lis}</ul>\n</nav>'

    def mini_calendar(self, y: int, m: int, lang: str, big: bool = False) -> str:
        first = date(y, m, 1)
        ny, nm = month_add(y, m, 1)
        days = (date(ny, nm, 1) - first).days if 1 <= ny <= 9999 else 31
        posts: dict[int, list[Art]] = {}
        for a in ARTS:
            if a.d.year == y and a.d.month == m:
                posts.setdefault(a.d.day, []).append(a)
        heads = ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส") if lang == "th" else ("Su", "Mo", "Tu", "We", "Th", "Fr", "Sa")
        cells = ["<td></td>"] * ((first.weekday() + 1) % 7)
        for day in range(1, days + 1):
            if day in posts:
                a = posts[day][0]
                cells.append(f'<td class="has-article"><a href="{a.path}" title="{attr(a.title)}">{day}</a></td>')
            elif (y, m, day) == (TODAY.year, TODAY.month, TODAY.day):
                cells.append(f'<td class="today">{day}</td>')
            else:
                cells.append(f"<td>{day}</td>")
        while len(cells) % 7:
            cells.append("<td></td>")
        rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
        py, pm = month_add(y, m, -1)
        label = f"{MONTHS[m - 1]} {y + 543}" if lang == "th" else f"{EN_MONTHS[m - 1]} {y}"
        prev_link = (
            f'<a href="/calendar/?month={py:04d}-{pm:02d}" rel="nofollow" class="cal-prev">&laquo;</a>'
            if py >= 1
            else ""
        )
        next_link = (
            f'<a href="/calendar/?month={ny:04d}-{nm:02d}" rel="nofollow" class="cal-next">&raquo;</a>'
            if ny <= 9999
            else ""
        )
        cls = "calendar calendar-big" if big else "calendar"
        return (
            f'<table class="{cls}" summary="{label}"><caption>{prev_link} {label} {next_link}</caption>'
            f"<thead><tr>{''.join(f'<th>{h}</th>' for h in heads)}</tr></thead><tbody>{rows}</tbody></table>"
        )

    def sidebar(self, lang: str) -> str:
        L = LABELS[lang]
        recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.newest[:5])
        rc = "".join(
            f'<li><a href="{a.path}#c{c[0]:06d}">{esc(c[1])} ({esc(a.title)})</a></li>' for c, a in self.recent_comments
        )
        cats = []
        for section in SECTIONS:
            lis = "".join(
                f'<li><a href="/{section}/?c={key}">{title}</a></li>'
                for key, (sec, title) in CATEGORIES.items()
                if sec == section
            )
            cats.append(f"<li>{L[section]}<ul>{lis}</ul></li>")
        words = " ".join(f'<a href="{attr(search_target(w))}" rel="nofollow">{w}</a>' for w in POPULAR)
        return (
            '<aside class="complementary-content">\n'
            f'<section class="widget"><h4>{L["recent"]}</h4><ul class="recent_articles">{recent}</ul></section>\n'
            f'<section class="widget"><h4>{L["recent_comments"]}</h4><ul class="recent_comments">{rc}</ul></section>\n'
            f'<section class="widget"><h4>{L["categories"]}</h4><ul class="category_list">{"".join(cats)}</ul></section>\n'
            f'<section class="widget widget-calendar"><h4><a href="/calendar/">{L["calendar"]}</a></h4>{self.mini_calendar(TODAY.year, TODAY.month, lang)}</section>\n'
            f'<section class="widget"><h4>{L["popular"]}</h4><p class="tag-cloud">{words}</p></section>\n'
            f'<section class="widget"><h4>{L["feeds"]}</h4><p><a href="/rss/" type="application/rss+xml">RSS</a> | <a href="/atom/" type="application/atom+xml">Atom</a></p>'
            '<p><a href="https://www.facebook.com/donkaewngam" target="_blank" rel="noopener">Facebook</a> | <a href="https://line.me/R/ti/p/@donkaewngam" target="_blank" rel="noopener">LINE @donkaewngam</a></p></section>\n'
            "</aside>"
        )

    def footer(self, lang: str) -> str:
        L = LABELS[lang]
        return (
            '<footer class="site-footer">\n'
            f'<p><strong>{SITE}</strong> {ADDRESS}<br>โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>\n'
            '<p class="footer-links"><a href="/index.php?id=1">ประวัติเทศบาล</a> | <a href="/index.php?id=3">คณะผู้บริหาร</a> | <a href="/ita/">ITA</a> | '
            '<a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a> | <a href="https://www.lamphun.go.th/" target="_blank">จังหวัดลำพูน</a></p>\n'
            f'<p class="counter">{L["visitors"]} 204,117</p>\n'
            f'<p class="powered">Published with <a href="https://textpattern.com/" title="Go to the Textpattern website" rel="external">Textpattern CMS</a> | <a href="/textpattern/" rel="nofollow">{L["admin"]}</a></p>\n'
            "</footer>"
        )

    def page(
        self,
        target: str,
        lang: str,
        title: str,
        main: str,
        *,
        current: str,
        body_class: str,
        robots: str = "index, follow",
    ) -> str:
        L = LABELS[lang]
        if lang == "th":
            switch = f'<a href="{attr(with_lang(target, "en"))}" hreflang="en" lang="en">{L["switch"]}</a>'
        else:
            switch = f'<a href="{attr(target)}" hreflang="th" lang="th">{L["switch"]}</a>'
        return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="generator" content="Textpattern CMS">
<meta name="robots" content="{robots}">
<link rel="stylesheet" href="/css.php?n=default">
<link rel="alternate" type="application/rss+xml" title="RSS feed" href="/rss/">
<link rel="alternate" type="application/atom+xml" title="Atom feed" href="/atom/">
<link rel="icon" href="/favicon.ico">
<script src="/js/jquery-3.6.0.min.js"></script>
</head>
<body class="{body_class}" itemscope itemtype="https://schema.org/WebPage">
<div class="wrapper">
<header class="site-header">
<p class="lang-switch">{switch}</p>
<div class="site-name"><a rel="home" href="/"><img src="/images/1.png" alt="" width="80" height="80"> {SITE}</a></div>
<p class="site-slogan">{SLOGAN}</p>
</header>
{self.menu(lang, current)}
<form class="search-form" method="get" action="/" role="search"><p><input type="search" name="q" size="15" placeholder="{L["search"]}..."> <input type="submit" value="{L["search"]}"></p></form>
<div class="container">
<main id="main" class="main" role="main">
{main}
</main>
{self.sidebar(lang)}
</div>
{self.footer(lang)}
</div>
</body>
</html>
"""

    # -- article content ---------------------------------------------------------------------------
    def inline(self, a: Art, raw: str) -> str:
        out = []
        pos = 0
        for m in LINK_RE.finditer(raw):
            out.append(glyphs(a.glyph_text(raw[pos : m.start()])))
            if m.group(1):
                href, text = f"/index.php?id={m.group(1)}", m.group(2)
            elif m.group(3):
                href, text = BY_ID[int(m.group(3))].path, m.group(4)
            else:
                target = BY_ID[int(m.group(5))]
                href, text = f"/{target.section}/{target.aid}/{m.group(6)}", m.group(7)
            out.append(f'<a href="{attr(href)}">{glyphs(a.glyph_text(text))}</a>')
            pos = m.end()
        out.append(glyphs(a.glyph_text(raw[pos:])))
        return "".join(out)

    def body_html(self, a: Art) -> str:
        out: list[str] = []
        blocks = a.blocks
        i = 0
        while i < len(blocks):
            kind, text = blocks[i]
            if kind == "L":
                items = []
                while i < len(blocks) and blocks[i][0] == "L":
                    items.append(f"\t<li>{self.inline(a, blocks[i][1])}</li>")
                    i += 1
                out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
                continue
            if kind == "R":
                rows = []
                first = True
                while i < len(blocks) and blocks[i][0] == "R":
                    tag = "th" if first else "td"
                    cells = "".join(
                        f"\n\t\t<{tag}>{self.inline(a, c.strip())}</{tag}>" for c in blocks[i][1].split("|")
                    )
                    rows.append(f"\t<tr>{cells}\n\t</tr>")
                    first = False
                    i += 1
                out.append('<table class="table">\n' + "\n".join(rows) + "\n</table>")
                continue
            if kind == "G":
                out.append(f'<p><img src="/images/{text}.jpg" alt="" width="640" height="427" /></p>')
            elif a.style == "W":
                out.append(
                    '<p style="text-align: justify;"><span style="font-family: TH SarabunPSK; font-size: 16pt;">'
                    f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{self.inline(a, text)}</span></p>\n<p>&nbsp;</p>"
                )
            else:
                out.append(f"<p>{self.inline(a, text)}</p>")
            i += 1
        return "\n\n".join(out)

    def meta_line(self, a: Art, lang: str) -> str:
        L = LABELS[lang]
        cats = ", ".join(f'<a rel="tag" href="/{a.section}/?c={c}">{CATEGORIES[c][1]}</a>' for c in a.cats)
        return (
            f'<p class="article-meta"><strong>{L["published"]}</strong> <time datetime="{a.dt.isoformat()}" itemprop="datePublished">{be_long(a.d)}</time>'
            f' &middot; {L["by"]} <span itemprop="author"><a rel="author" href="/{a.section}/?author={a.author}">{AUTHORS[a.author]}</a></span>'
            f" &middot; {L['categories']}: {cats}"
            f' &middot; <a href="{a.path}#comments-head" title="{L["comments"]}">{L["comments"]} ({len(a.comments)})</a></p>'
        )

    def comments_html(self, a: Art, target: str, lang: str) -> str:
        L = LABELS[lang]
        items = []
        for cid, name, when, text in a.comments:
            dt = local_dt(*when.split())
            items.append(
                f'<li class="comment" id="c{cid:06d}"><p class="comment-meta"><span class="comment-author">{esc(name)}</span> '
                f'<a href="{a.path}#c{cid:06d}" class="comment-anchor"><time datetime="{dt.isoformat()}">{be_long(dt.date())} เวลา {dt:%H:%M}</time></a></p>'
                f'<div class="comment-body"><p>{esc(text)}</p></div></li>'
            )
        listing = (
            f'<ol class="comments-list" id="comments">{"".join(items)}</ol>'
            if items
            else '<p class="no-comments">ยังไม่มีความคิดเห็น</p>'
        )
        action = attr(target) + "#cpreview"
        form = (
            f'<form id="txpCommentInputForm" method="post" action="{action}">\n<div class="comments-wrapper">\n'
            '<p class="comment-name"><label for="name">ชื่อ <b class="required">*</b></label><br><input id="name" name="name" type="text" size="25" value="" required></p>\n'
            '<p class="comment-email"><label for="email">อีเมล (ไม่เผยแพร่)</label><br><input id="email" name="email" type="email" size="25" value=""></p>\n'
            '<p class="comment-web"><label for="web">เว็บไซต์</label><br><input id="web" name="web" type="text" size="25" value=""></p>\n'
            '<p class="comment-message"><label for="message">ข้อความ <b class="required">*</b></label><br><textarea id="message" name="message" cols="25" rows="5" required></textarea></p>\n'
            '<p class="comment-remember"><input type="checkbox" name="remember" value="1" id="remember"> <label for="remember">จำข้อมูลของฉัน</label></p>\n'
            '<p class="comment-submit"><input type="submit" name="preview" id="txpCommentPreview" value="ตัวอย่าง"> <input type="submit" name="submit" id="txpCommentSubmit" value="ส่งความคิดเห็น" disabled></p>\n'
            f'<input type="hidden" name="parentid" value="{a.aid}"><input type="hidden" name="backpage" value="{attr(target)}">\n'
            "</div>\n</form>"
        )
        return (
            f'<section class="comments-section">\n<h2 id="comments-head">{L["comments"]}</h2>\n{listing}\n'
            f'<div id="cpreview"></div>\n<h3>แสดงความคิดเห็น</h3>\n{form}\n</section>'
        )

    def article_page(self, a: Art, target: str, lang: str) -> str:
        L = LABELS[lang]
        chain = self.by_section[a.section]
        i = chain.index(a)
        nav = []
        if i > 0:
            p = chain[i - 1]
            nav.append(f'<a rel="prev" href="{p.path}" title="{L["older"]}">&#8592; {esc(p.title)}</a>')
        if i + 1 < len(chain):
            n = chain[i + 1]
            nav.append(f'<a rel="next" href="{n.path}" title="{L["newer"]}">{esc(n.title)} &#8594;</a>')
        figure = ""
        if a.image:
            num, caption = a.image
            cap = f"<figcaption>{esc(caption)}</figcaption>" if caption else ""
            figure = f'<figure class="article-image"><img src="/images/{num}.jpg" alt="{attr(caption)}" width="640" height="427" itemprop="image">{cap}</figure>\n'
        files = ""
        if a.files:
            lis = "".join(
                f'<li><a href="/file_download/{fid}/{name}" title="{attr(label)}">{esc(label)}</a> <span class="file-size">({self.files_size(fid)})</span> '
                f'<span class="downloads">ดาวน์โหลด {3 + int(_h(f"dl:{fid}", 3), 16) % 300} ครั้ง</span></li>'
                for fid, name, label in a.files
            )
            files = (
                f'<div class="attachments"><h3>{L["attachments"]}</h3><ul class="file_download_list">{lis}</ul></div>\n'
            )
        main = (
            '<article class="article" itemscope itemtype="https://schema.org/Article">\n'
            f'<h1 itemprop="headline">{esc(a.title)}</h1>\n'
            f"{self.meta_line(a, lang)}\n{figure}"
            f'<div class="article-body" itemprop="articleBody">\n{self.body_html(a)}\n</div>\n{files}'
            "</article>\n"
            f'<nav class="paginator" aria-label="{L["older"]} / {L["newer"]}">{" ".join(nav)}</nav>\n'
            f"{self.comments_html(a, target, lang)}"
        )
        return self.page(
            target, lang, f"{a.title} | {SITE}", main, current=a.section, body_class=f"{a.section}-page article-page"
        )

    # -- lists -------------------------------------------------------------------------------------
    def list_item(self, a: Art, lang: str) -> str:
        L = LABELS[lang]
        cats = ", ".join(f'<a href="/{a.section}/?c={c}">{CATEGORIES[c][1]}</a>' for c in a.cats)
        thumb = (
            f'<a href="{a.path}" class="thumb"><img src="/images/{a.image[0]}t.jpg" alt="" width="160" height="107"></a>'
            if a.image
            else ""
        )
        return (
            '<article class="article-list-item" itemscope itemtype="https://schema.org/Article">'
            f'<h2 itemprop="headline"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2>'
            f'<p class="meta"><time datetime="{a.dt.isoformat()}" itemprop="datePublished">{be_abbr(a.d)}</time> &middot; {cats}</p>'
            f'{thumb}<div class="excerpt" itemprop="description"><p>{esc(a.excerpt)}</p></div>'
            f'<p class="read-more"><a href="{a.path}" title="{attr(a.title)}">{L["read_more"]}</a></p></article>\n'
        )

    def paginator(self, lang: str, page: int, pages: int, href) -> str:
        L = LABELS[lang]
        if pages <= 1:
            return ""
        parts = []
        if page > 1:
            parts.append(f'<a rel="prev" href="{attr(href(page - 1))}">&#8592; {L["newer"]}</a>')
        parts.append(f'<span class="pages">{L["page"]} {page} {L["of"]} {pages}</span>')
        if page < pages:
            parts.append(f'<a rel="next" href="{attr(href(page + 1))}">{L["older"]} &#8594;</a>')
        return f'<nav class="paginator">{" ".join(parts)}</nav>'

    def listing_items(self, section: str, cat: str | None, author: str | None) -> list[Art]:
        items = [
            a for a in self.by_section[section] if (not cat or cat in a.cats) and (not author or a.author == author)
        ]
        return sorted(items, key=lambda a: (a.day, a.hm), reverse=True)

    def listing(
        self,
        section: str,
        page: int,
        lang: str,
        cat: str | None = None,
        author: str | None = None,
        target: str | None = None,
    ) -> str:
        L = LABELS[lang]
        items = self.listing_items(section, cat, author)
        pages = max(1, -(-len(items) // PER_PAGE))
        chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        if cat:
            heading = f"{L['categories']}: {CATEGORIES[cat][1]}"
        elif author:
            heading = f"{L['by']} {AUTHORS[author]}"
        else:
            heading = L[section]
        body = f'<h1 class="section-title">{esc(heading)}</h1>\n' + "".join(self.list_item(a, lang) for a in chunk)
        body += self.paginator(lang, page, pages, lambda p: listing_target(section, p, cat, author))
        target = target or listing_target(section, page, cat, author)
        robots = "noindex, follow" if cat or author else "index, follow"
        return self.page(
            target,
            lang,
            f"{heading} | {SITE}",
            body,
            current=section,
            body_class=f"{section}-page list-page",
            robots=robots,
        )

    def home(self, lang: str) -> str:
        L = LABELS[lang]
        news = "".join(self.list_item(a, lang) for a in self.listing_items("news", None, None)[:5])
        notices = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a> <time datetime="{a.dt.isoformat()}">{be_abbr(a.d)}</time></li>'
            for a in self.listing_items("announcements", None, None)[:3]
        )
        body = (
            f'<section class="welcome"><h1>ยินดีต้อนรับสู่เว็บไซต์{SITE}</h1>'
            f'<img src="/images/91.jpg" alt="" width="160" height="200" class="mayor"><p>&#8220;{SLOGAN}&#8221;</p><p>{MAYOR}<br>นายกเทศมนตรีตำบลดอนแก้วงาม</p></section>\n'
            f'<section class="home-news"><h2>{L["news"]}</h2>\n{news}<p class="more"><a href="/news/">{L["all"]} &raquo;</a></p></section>\n'
            f'<section class="home-notices"><h2>{L["announcements"]}</h2><ul>{notices}</ul><p class="more"><a href="/announcements/">{L["all"]} &raquo;</a></p></section>\n'
            '<section class="banners"><a href="/ita/"><img src="/images/95.png" alt="ITA" width="300" height="90"></a> '
            '<a href="https://www.nacc.go.th/" target="_blank"><img src="/images/96.png" alt="ป.ป.ช." width="300" height="90"></a></section>'
        )
        return self.page("/", lang, f"{SITE} | {SLOGAN}", body, current="", body_class="front-page")

    # -- standing pages ----------------------------------------------------------------------------
    def about_front(self, lang: str) -> str:
        L = LABELS[lang]
        kids = "".join(f'<li><a href="/about/{aid}/{slug}">{title}</a></li>' for aid, slug, title, _html in ABOUT)
        body = (
            f'<h1 class="section-title">{L["about"]}</h1>\n'
            f"<p>{SITE} ตั้งอยู่ทางทิศใต้ของอำเภอแม่ทาสามัคคี ห่างจากตัวจังหวัดลำพูนประมาณ 24 กิโลเมตร</p>\n"
            f'<ul class="article_list">{kids}</ul>'
        )
        return self.page("/about/", lang, f"{L['about']} | {SITE}", body, current="about", body_class="about-page")

    def about_page(self, index: int, target: str, lang: str) -> str:
        aid, _slug, title, content = ABOUT[index]
        others = "".join(
            f'<li><a href="/about/{o_id}/{o_slug}">{o_title}</a></li>'
            for o_id, o_slug, o_title, _h2 in ABOUT
            if o_id != aid
        )
        body = (
            f'<article class="static-page"><h1>{title}</h1>\n<div class="article-body">\n{content}\n</div></article>\n'
            f'<section class="related"><h4>{LABELS[lang]["about"]}</h4><ul>{others}</ul></section>'
        )
        return self.page(target, lang, f"{title} | {SITE}", body, current="about", body_class="about-page static")

    def contact(self, lang: str) -> str:
        L = LABELS[lang]
        body = (
            f'<h1 class="section-title">{L["contact"]}</h1>\n'
            f'<p><strong>{SITE}</strong><br>{ADDRESS}</p>\n<p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>\n'
            "<p>เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>\n"
            '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3779!2d99.02!3d18.48" width="600" height="320" style="border:0" loading="lazy"></iframe>\n'
            '<form method="post" action="/contact/#com_connect" id="com_connect_form" class="comConnectForm">\n'
            "<fieldset><legend>ส่งข้อความถึงเทศบาล</legend>\n"
            '<p><label for="com_connect_name">ชื่อ - สกุล</label><input type="text" id="com_connect_name" name="com_connect_name" required></p>\n'
            '<p><label for="com_connect_email">อีเมล</label><input type="email" id="com_connect_email" name="com_connect_email" required></p>\n'
            '<p><label for="com_connect_msg">ข้อความ</label><textarea id="com_connect_msg" name="com_connect_msg" rows="6" required></textarea></p>\n'
            '<input type="hidden" name="com_connect_nonce" value="' + _h("nonce", 32) + '">\n'
            '<p><input type="submit" name="com_connect_submit" value="ส่งข้อความ"></p>\n</fieldset>\n</form>'
        )
        return self.page(
            "/contact/", lang, f"{L['contact']} | {SITE}", body, current="contact", body_class="contact-page"
        )

    def ita(self, lang: str) -> str:
        rows = []
        for code, label, kind, ref in ITA_ITEMS:
            if kind == "file":
                name = FILES[ref][0]
                link = f'<a href="/file_download/{ref}/{name}">{FILES[ref][1]}</a> <span class="file-size">({self.files_size(ref)})</span>'
            elif kind == "direct":
                name = FILES[ref][0]
                link = f'<a href="/files/{name}">{FILES[ref][1]}</a> (PDF)'
            elif kind == "gone":
                link = f'<a href="/file_download/{ref}/{DELETED_FILE[1]}">คำถามที่พบบ่อยและช่องทางถาม - ตอบ</a>'
            else:
                ext = ' target="_blank"' if ref.startswith("http") else ""
                link = f'<a href="{ref}"{ext}>คลิกที่นี่</a>'
            rows.append(f"<tr><td>{code}</td><td>{label}</td><td>{link}</td></tr>")
        body = (
            '<h1 class="section-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567</h1>\n'
            "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</p>\n"
            f'<table class="ita"><thead><tr><th>ข้อ</th><th>รายการ</th><th>ข้อมูล</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        )
        return self.page("/ita/", lang, f"ITA | {SITE}", body, current="ita", body_class="ita-page")

    # -- calendar plugin -------------------------------------------------------------------------------
    def calendar(self, y: int, m: int, lang: str, target: str) -> str:
        L = LABELS[lang]
        label = f"{MONTHS[m - 1]} {y + 543}" if lang == "th" else f"{EN_MONTHS[m - 1]} {y}"
        py, pm = month_add(y, m, -1)
        ny, nm = month_add(y, m, 1)
        nav = []
        if py >= 1:
            nav.append(f'<a href="/calendar/?month={py:04d}-{pm:02d}" rel="nofollow">&laquo; เดือนก่อน</a>')
        nav.append('<a href="/calendar/">เดือนนี้</a>')
        if ny <= 9999:
            nav.append(f'<a href="/calendar/?month={ny:04d}-{nm:02d}" rel="nofollow">เดือนถัดไป &raquo;</a>')
        events = []
        for weekday, nth, text in EVENTS:
            first = date(y, m, 1)
            day = 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)
            events.append(f"<li>{day} {MONTHS[m - 1]} {y + 543} &ndash; {text}</li>")
        posts = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a> ({be_abbr(a.d)})</li>'
            for a in ARTS
            if (a.d.year, a.d.month) == (y, m)
        )
        body = (
            f'<h1 class="section-title">{L["calendar"]} {label}</h1>\n'
            f'<p class="cal-nav">{" | ".join(nav)}</p>\n{self.mini_calendar(y, m, lang, big=True)}\n'
            f'<h2>กิจกรรมประจำเดือน</h2><ul class="events">{"".join(events)}</ul>\n'
            f"<h2>บทความในเดือนนี้</h2><ul>{posts or '<li>ไม่มีบทความในเดือนนี้</li>'}</ul>"
        )
        return self.page(
            target,
            lang,
            f"{L['calendar']} {label} | {SITE}",
            body,
            current="calendar",
            body_class="calendar-page",
            robots="noindex, follow",
        )

    # -- search ------------------------------------------------------------------------------------
    def search(self, words: str, page: int, lang: str) -> str | None:
        L = LABELS[lang]
        terms = words.split()
        hits = [a for a in self.newest if all(t in a.title + " " + a.text for t in terms)] if terms else []
        pages = max(1, -(-len(hits) // PER_SEARCH))
        if page > pages:
            return None
        results = []
        for a in hits[(page - 1) * PER_SEARCH : page * PER_SEARCH]:
            text = a.text
            pieces = []
            pos = text.find(terms[0])
            while pos >= 0 and len(pieces) < 2:
                # search_result_excerpt: whole words (space-separated runs) around the hit
                start = text.rfind(" ", 0, max(0, pos - 30)) + 1
                end = pos + len(terms[0])
                stop = text.find(" ", end + 30)
                stop = len(text) if stop < 0 else stop
                pieces.append(
                    f"&#8230;{esc(text[start:pos])}<strong>{esc(terms[0])}</strong>{esc(text[end:stop])}&#8230;"
                )
                pos = text.find(terms[0], stop)
            results.append(
                f'<article class="search-result"><h3><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h3>'
                f'<p class="search-excerpt">{" ".join(pieces)}</p>'
                f'<p class="search-meta"><small>{self.base}{a.path} &middot; <time datetime="{a.dt.isoformat()}">{be_abbr(a.d)}</time></small></p></article>\n'
            )
        found = (
            f'<p class="search-count">พบ {len(hits)} รายการที่ตรงกับ &#8220;{esc(words)}&#8221;</p>\n'
            if hits
            else f'<p class="search-count">ไม่พบบทความที่ตรงกับ &#8220;{esc(words)}&#8221;</p>\n'
        )
        related = [w for w in POPULAR if w not in terms][:4]
        rel_links = " ".join(f'<a href="{attr(search_target(words + " " + w))}">{esc(words)} {w}</a>' for w in related)
        body = (
            f'<h1 class="section-title">{L["search"]}: {esc(words)}</h1>\n{found}{"".join(results)}'
            + self.paginator(lang, page, pages, lambda p: search_target(words, p))
            + (
                f'\n<section class="related-searches"><h4>ค้นหาที่เกี่ยวข้อง</h4><p>{rel_links}</p></section>'
                if rel_links
                else ""
            )
        )
        return self.page(
            search_target(words, page),
            lang,
            f"{L['search']}: {words} | {SITE}",
            body,
            current="",
            body_class="search-page",
            robots="none",
        )

    # -- feeds and errors ------------------------------------------------------------------------------
    def feed_body(self, a: Art) -> str:
        return f"<p>{esc(a.excerpt)}</p>"

    def rss(self) -> Response:
        items = []
        for a in self.newest[:FEED_SIZE]:
            items.append(
                f"<item><title>{esc(a.title)}</title><description><![CDATA[{self.feed_body(a)}]]></description>"
                f"<link>{self.u(a.path)}</link><pubDate>{rfc822(a.dt)}</pubDate><dc:creator>{AUTHORS[a.author]}</dc:creator>"
                f'<guid isPermaLink="false">tag:donkaewngam.go.th,{a.day}:{_h(f"guid:{a.aid}", 32)}/{_h(f"g2:{a.aid}", 32)}</guid>'
                + "".join(f"<category>{CATEGORIES[c][1]}</category>" for c in a.cats)
                + "</item>"
            )
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            f"<channel><generator>https://textpattern.com/?v={TXP_VERSION}</generator><title>{SITE}</title><link>{self.base}/</link>"
            f'<atom:link href="{self.base}/rss/" rel="self" type="application/rss+xml" /><description>{SLOGAN}</description>'
            f"<language>th-th</language><pubDate>{rfc822(self.newest[0].dt)}</pubDate>\n"
            + "\n".join(items)
            + "\n</channel>\n</rss>\n"
        )
        return Response(200, (("Content-Type", "application/rss+xml; charset=utf-8"),), text.encode("utf-8"))

    def atom(self) -> Response:
        entries = []
        for a in self.newest[:FEED_SIZE]:
            entries.append(
                f"<entry><author><name>{AUTHORS[a.author]}</name></author><published>{a.dt.isoformat()}</published>"
                f'<updated>{a.dt.isoformat()}</updated><title type="html">{esc(a.title)}</title>'
                f'<link rel="alternate" type="text/html" href="{self.u(a.path)}" />'
                f"<id>tag:donkaewngam.go.th,{a.day}:{_h(f'guid:{a.aid}', 32)}/{_h(f'g2:{a.aid}', 32)}</id>"
                + "".join(f'<category term="{c}" />' for c in a.cats)
                + f'<summary type="html"><![CDATA[{self.feed_body(a)}]]></summary></entry>'
            )
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xml:lang="th-th" xmlns="http://www.w3.org/2005/Atom">\n'
            f'<title>{SITE}</title><subtitle>{SLOGAN}</subtitle><link rel="self" href="{self.base}/atom/" />'
            f'<link rel="alternate" type="text/html" href="{self.base}/" /><id>tag:donkaewngam.go.th,2020-06-01:{_h("feed", 32)}</id>'
            f'<generator uri="https://textpattern.com/" version="{TXP_VERSION}">Textpattern</generator><updated>{self.newest[0].dt.isoformat()}</updated>\n'
            + "\n".join(entries)
            + "\n</feed>\n"
        )
        return Response(200, (("Content-Type", "application/atom+xml; charset=utf-8"),), text.encode("utf-8"))

    def error_page(self) -> str:
        body = (
            '<h1 class="section-title">404 Not Found</h1>\n<p>ขออภัย ไม่พบหน้าที่คุณต้องการ หน้านี้อาจถูกย้ายหรือลบออกไปแล้ว</p>\n'
            '<p><a href="/">กลับหน้าแรก</a></p>'
        )
        return self.page("/", "th", f"404 Not Found | {SITE}", body, current="", body_class="error-page", robots="none")

    # -- registration ------------------------------------------------------------------------------
    def file_response(self, name: str, title: str, modified: datetime, attachment: bool) -> Response:
        body = pdf(name, [f"{name}: {len(title)} characters of Thai title", SITE_EN])
        headers = [
            ("Content-Type", "application/pdf"),
            ("Last-Modified", http_date(modified)),
            ("ETag", f'"{len(body):x}-{int(modified.timestamp()):x}"'),
        ]
        if attachment:
            headers.append(("Content-Disposition", f'attachment; filename="{name}"'))
        else:
            headers.append(("Accept-Ranges", "bytes"))
        return Response(200, tuple(headers), body)

    def register(self) -> None:
        site = self.site
        self.add_pair("/", self.home)
        self.add_pair("/about/", self.about_front)
        for index, (aid, slug, _title, _html) in enumerate(ABOUT):
            for target in (f"/about/{aid}/{slug}", f"/index.php?id={aid}"):
                self.add_pair(target, lambda lang, i=index, t=target: self.about_page(i, t, lang))
        self.add_pair("/contact/", self.contact)
        self.add_pair("/ita/", self.ita)
        self.add_pair("/calendar/", lambda lang: self.calendar(TODAY.year, TODAY.month, lang, "/calendar/"))
        # article lists: section fronts, category and author filters, the old messy section URL
        for section in SECTIONS:
            filters: list[tuple[str | None, str | None]] = [(None, None)]
            filters += [(c, None) for c, (sec, _t) in CATEGORIES.items() if sec == section]
            filters += [(None, au) for au in AUTHORS if any(a.author == au for a in self.by_section[section])]
            for cat, author in filters:
                items = self.listing_items(section, cat, author)
                for page in range(1, max(1, -(-len(items) // PER_PAGE)) + 1):
                    self.add_pair(
                        listing_target(section, page, cat, author),
                        lambda lang, s=section, p=page, c=cat, au=author: self.listing(s, p, lang, c, au),
                    )
        self.add_pair("/index.php?s=news", lambda lang: self.listing("news", 1, lang, target="/index.php?s=news"))
        # articles: the permanent link (gold), the messy /index.php?id=N copy, a renamed url-title, ?lang=en twins
        for a in ARTS:
            spellings = [a.path, a.messy] + ([a.old_path] if a.old_path else [])
            urls = []
            for target in spellings:
                for lang in ("th", "en"):
                    t = with_lang(target, lang)
                    site.add(t, self.html(self.article_page(a, target, lang)))
                    urls.append(self.u(t))
            site.articles.append(
                FixtureArticle(
                    url=urls[0],
                    aliases=tuple(urls[1:]),
                    title=a.title,
                    paragraphs=tuple(a.paragraphs),
                    published=a.day,
                    author=AUTHORS[a.author],
                    captions=tuple(a.captions),
                )
            )
        # one URL of each trap (made on request)
        self.non_articles.append(self.u("/calendar/?month=2024-07"))
        self.non_articles.append(self.u(search_target("ขยะ")))
        # files: Textpattern's file_download answers with an attachment; /files/ is the upload folder itself
        for fid, (name, title) in FILES.items():
            modified = datetime(2024, 2, 1, 9, 0, tzinfo=BANGKOK) + timedelta(days=fid)
            site.add(f"/file_download/{fid}/{name}", self.file_response(name, title, modified, True))
            site.add(f"/files/{name}", self.file_response(name, title, modified, False))
        site.broken_links.append(self.u(f"/file_download/{DELETED_FILE[0]}/{DELETED_FILE[1]}"))
        for a in ARTS:
            for fid, name, label in a.files:
                site.add(f"/file_download/{fid}/{name}", self.file_response(name, label, a.dt, True))
                site.add(f"/files/{name}", self.file_response(name, label, a.dt, False))
            if a.image:
                add_jpeg(site, f"/images/{a.image[0]}.jpg", 640, 427, a.dt)
                add_jpeg(site, f"/images/{a.image[0]}t.jpg", 160, 107, a.dt)
            for kind, text in a.blocks:
                if kind == "G":
                    add_jpeg(site, f"/images/{text}.jpg", 640, 427, a.dt)
        theme = datetime(2022, 5, 16, 14, 0, tzinfo=BANGKOK)
        for path, w, h in (
            ("/images/1.png", 80, 80),
            ("/images/91.jpg", 160, 200),
            ("/images/92.jpg", 160, 200),
            ("/images/93.jpg", 160, 200),
            ("/images/94.jpg", 160, 200),
            ("/images/95.png", 300, 90),
            ("/images/96.png", 300, 90),
            ("/favicon.ico", 16, 16),
        ):
            add_jpeg(site, path, w, h, theme)
        add_text(
            site,
            "/css.php?n=default",
            "body{font-family:'Sarabun',sans-serif}.article-meta{color:#666}\n",
            "text/css; charset=utf-8",
        )
        add_text(site, "/js/jquery-3.6.0.min.js", "/*! jQuery v3.6.0 */\n", "application/javascript")
        site.add("/rss/", self.rss())
        site.add("/atom/", self.atom())
        site.add(
            "/textpattern/",
            self.html(
                '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>เข้าสู่ระบบ | Textpattern CMS</title></head>'
                '<body class="login"><form id="login_form" method="post" action="index.php"><input type="text" name="p_userid"><input type="password" name="p_password">'
                '<input type="submit" value="เข้าสู่ระบบ"></form></body></html>'
            ),
        )
        robots = "User-agent: *\nDisallow: /textpattern/\nDisallow: /rpc/\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SEARCH]
        site.dynamic = self.dynamic
        site.not_found = self.html(self.error_page(), status=404)

    # -- made on request -----------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        lang = q.get("lang", "th")
        if lang not in ("th", "en"):
            return None
        if parts.path == "/calendar/" and "month" in q and set(q) <= {"month", "lang"}:
            m = re.fullmatch(r"(\d{4})-(\d{2})", q["month"])
            if not m or not 1 <= int(m.group(1)) <= 9999 or not 1 <= int(m.group(2)) <= 12:
                return None
            y, mo = int(m.group(1)), int(m.group(2))
            return self.html(self.calendar(y, mo, lang, f"/calendar/?month={y:04d}-{mo:02d}"))
        if parts.path in ("/", "/index.php") and "q" in q and set(q) <= {"q", "pg", "lang"}:
            try:
                page = int(q.get("pg", "1"))
            except ValueError:
                return None
            if page < 1:
                return None
            text = self.search(" ".join(q["q"].split()), page, lang)
            return self.html(text) if text else None
        return None


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/textpattern/", "/rpc/"],
        server_software="Apache/2.4.41 (Ubuntu)",
    )
    _Txp(site).register()
    return site

# ruff: noqa: E501  (HTML template lines are kept as Joomla 4 and Helix Ultimate write them)
"""joomla4_helix: a เทศบาลเมือง on Joomla 4.4 with the Helix Ultimate template, Thai (default) + English.

เทศบาลเมืองศรีสำราญ (fictional), จังหวัดมหาสารคาม.  Written in session 24 by someone who did not see the
crawler.  SEF URLs with URL rewriting (no ``index.php``), the language filter with a URL code for both
languages (``/`` 301 -> ``/th/``), "Unicode Aliases" off: whatever got a Thai title was given its save time
in UTC as alias (menu items, categories, tags, articles).  Taken from real sites: the URL and markup shapes
of Joomla 4, Helix Ultimate, JEvents and OSMap; no text.

URL shapes:

* news ``/th/news/<category alias>/<id>-<alias>``: ข่าวประชาสัมพันธ์ under ``2023-01-16-08-12-40``,
  ข่าวกิจกรรม under ``activity``.  Aliases are the UTC creation time (days before the shown date for
  drafts, the day before for a 06:30 post) or typed (``songkran-2566``).
* notices ``/th/2023-01-16-08-20-11/<id>-<alias>`` (that menu item points at the category itself), each
  with a PDF under ``/images/documents/prakat/<พ.ศ.>/``.
* archived news 2564-2565 (state archived, a category without menu item):
  ``/th/component/content/article/<id>-<alias>?catid=12&Itemid=101``.
* English ``/en/news/<id>-<slug>``: two translations associated with Thai articles (their own gold).
* aliases: the print view ``<article>?tmpl=component&print=1&layout=default`` (noindex), and
  ``/index.php/th/news/activity/124-...`` pasted by an editor into article 133 (the same page).
* static pages: uncategorised articles behind single-article menu items (``/th/about/vision``,
  ``/th/about/<date-time>``, ``/en/about-us``) in the SAME article template (author, category, date, hits,
  print icon, og:type article, pagenav among themselves): not articles.
* listings: the featured home ``/th/`` (+ ``?start=5``, ``?limitstart=0``), the ``/th/news`` blog of both
  child categories (``?start=6``, ``?start=12``), each child blog, the notices as a category list table,
  ``/en/``, ``/en/news``; feeds ``?format=feed&type=rss|atom`` (latest 10) linked in their heads.
* tags ``/th/component/tags/tag/<id>-<alias>``; archive months
  ``/th/component/content/?view=archive&month=M&year=Y&Itemid=101`` (the คลังข่าว module; any month answers);
  Smart Search ``/th/component/finder/search?q=...&Itemid=101`` (three popular terms linked; any ``q``
  answers); JEvents at ``/th/2023-03-02-04-18-27`` with event pages
  ``.../icalrepeat.detail/<yyyy>/<mm>/<dd>/<rp_id>/-/<alias>``; contact ``/th/2023-01-16-08-25-51``; the
  OSMap HTML sitemap ``/th/sitemap`` (footer; current news and notices only); ``/th/component/users/login``,
  ``reset``, ``remind``; unknown URLs get Helix's themed 404 page.

Articles (gold): 25 = 20 news (4 archived 2021-2022, 9 ข่าวประชาสัมพันธ์, 7 ข่าวกิจกรรม 2023-2024), 3 notices
with a PDF, 2 English translations.  Non-articles (53): home and listing pages, 5 static pages and their
print views, tags, archive months, search results, the calendar page and 7 event pages, contact, sitemap,
users pages.  Found through: the featured home (9 featured, 5 a page), the news blogs, the notices list,
feeds, the sidebar (latest 5 news, 3 notices), the HTML sitemap, tags, search results, pagenav prev/next and
"บทความที่เกี่ยวข้อง" (same category).  The archived four only through the archive months and their own
pagenav; the English two through the language switcher of their Thai twins, ``/en/`` and ``/en/news``.

Dates: ``วันพฤหัสบดี, 13 มิถุนายน 2567 10:12`` (LC2, Buddhist year) in ``<time datetime="...+07:00">``,
``ปรับปรุงล่าสุด: ...`` on some; English ``Thursday, 13 June 2024 10:12``; the category list ``2024-06-13``;
the archive module Gregorian (``ธันวาคม, 2022``); feeds in UTC.

Traps (``trap_patterns``): JEvents month, week and day views (``/monthcalendar/Y/M/-``,
``/eventsbyweek/Y/M/D/-``, ``/eventsbyday/Y/M/D/-``) for any date, each linking the previous and next one,
from the mini calendar on every Thai page; the top bar's login link ``?return=<base64 of this URL>``,
which on a login page encodes that login URL, so every login page links a longer one.

Hard cases: static pages look like articles; listings and feeds repeat intros with the same article-info;
Helix's page-title ``<h2>`` (the menu title) and breadcrumbs sit above the article ``<h1>``; the off-canvas
menu duplicates the main menu; pagenav carries the other articles' titles in visually-hidden spans.
"""

from __future__ import annotations

import base64
import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, quote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, WEEKDAYS, local_dt, rfc822
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc, html_page, redirect

FAMILY = "joomla4_helix"
SITE = "เทศบาลเมืองศรีสำราญ"
SITE_EN = "Si Samran Town Municipality"
ADDRESS = "เลขที่ 88 ถนนศรีสำราญ ตำบลศรีสำราญ อำเภอศรีสำราญ จังหวัดมหาสารคาม 44190"
PHONE = "0-4371-5520"
EMAIL = "saraban@srisamran.go.th"
TPL = "shaper_helixultimate"
NOW = date(2024, 6, 20)
BUILT = datetime(2023, 1, 16, 15, 0, tzinfo=UTC)
HOME = 101
HEADERS = (
    ("Expires", "Wed, 17 Aug 2005 00:00:00 GMT"),
    ("Cache-Control", "no-store, no-cache, must-revalidate"),
    ("Pragma", "no-cache"),
    ("X-Powered-By", "PHP/8.1.27"),
    ("X-Frame-Options", "SAMEORIGIN"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("X-Content-Type-Options", "nosniff"),
    ("Set-Cookie", "5f0c8e2a9b1d4c3e7a6f8b0d2e4c6a81=u8m3q1n5c7v0r2t4h6k9p8s1d3; path=/; HttpOnly; SameSite=Lax"),
)
TRAP_PATTERNS = (r"/(?:monthcalendar|eventsbyweek|eventsbyday)/\d+/", r"[?&]return=")
_DIRS = "administrator api bin cache cli components includes installation language layouts libraries logs modules plugins tmp"
ROBOTS_DIRS = tuple(f"/{d}/" for d in _DIRS.split())  # the Joomla 4 robots.txt
ROBOTS = "User-agent: *\n" + "".join(f"Disallow: {d}\n" for d in ROBOTS_DIRS)

# Menu aliases: Thai menu titles saved with "Unicode Aliases" off became the save time (UTC).
PR = "2023-01-16-08-12-40"  # category alias of ข่าวประชาสัมพันธ์ (under the news blog menu item)
NOTICES = "2023-01-16-08-20-11"  # menu item ประกาศเทศบาล (a category list)
CAL = "2023-03-02-04-18-27"  # menu item ปฏิทินกิจกรรม (JEvents)
CONTACT = "2023-01-16-08-25-51"  # menu item ติดต่อเรา (com_contact)


@dataclass(frozen=True)
class Cat:
    id: int
    title: str
    path: str | None  # the blog/list URL of its menu item (None: no menu item)
    itemid: int
    per_page: int = 6


CATS = {
    c.id: c
    for c in (
        Cat(2, "Uncategorised", None, HOME),
        Cat(8, "ข่าวสาร", "/th/news", 110),
        Cat(9, "ข่าวประชาสัมพันธ์", f"/th/news/{PR}", 110),
        Cat(10, "ข่าวกิจกรรม", "/th/news/activity", 110),
        Cat(11, "ประกาศเทศบาล", f"/th/{NOTICES}", 120, 20),
        Cat(12, "ข่าวประชาสัมพันธ์ ปี 2564-2565", None, HOME),
        Cat(13, "News", "/en/news", 201, 10),
    )
}
USERS = {
    "pr": "งานประชาสัมพันธ์",
    "health": "กองสาธารณสุขและสิ่งแวดล้อม",
    "finance": "กองคลัง",
    "clerk": "สำนักปลัดเทศบาล",
    "admin": "Super User",
    "en": "PR Section",
}
# Tags: id -> (title, alias); Thai tag titles got date-time aliases too.
TAGS = {
    2: ("ขยะ", "2023-02-14-04-11-09"),
    3: ("ภาษี", "tax"),
    4: ("สาธารณสุข", "2023-02-14-04-12-31"),
    5: ("ประเพณี", "2023-02-14-04-13-02"),
    6: ("ผู้สูงอายุ", "elderly"),
    7: ("น้ำประปา", "2023-03-08-09-40-16"),
    8: ("เด็กและเยาวชน", "youth"),
}


@dataclass(frozen=True)
class Art:
    id: int
    cat: int
    title: str
    publish: str  # publish_up, 'YYYY-MM-DD HH:MM' Bangkok time
    author: str  # key of USERS
    paras: tuple[str, ...]
    intro: int = 1  # paragraphs before the read-more break
    alias: str | None = None  # typed by hand (else the creation date-time in UTC)
    caption: str | None = None  # full image: None = none, "" = no caption
    tags: tuple[int, ...] = ()
    featured: bool = False
    pdf: tuple[str, str] | None = None  # (link text, file name) of an attachment
    assoc: int | None = None  # the associated article in the other language
    draft_days: int = 0  # created this many days before publish_up (the alias date)
    menu: str | None = None  # a single-article menu item (static pages)
    state: int = 1  # 2 = archived
    lang: str = "th"
    extra: str = ""  # HTML after the text (tables of static pages)


# The stories, one block each: a header "id category author YYYY-MM-DD HH:MM [options]" (options: intro=N,
# alias=, tags=2,4, featured, pdf=<file>, assoc=<id>, draft=<days>, menu=<path>, state=2, lang=en, extra=),
# the title, "ภาพ: <caption>" (a full image) and "ไฟล์: <link text>" (the PDF) if any, then one paragraph a line.
STORIES = """
2 2 admin 2023-01-16 15:40 intro=3 menu=/th/about/2023-01-16-07-56-02
ประวัติเทศบาลเมืองศรีสำราญ
ภาพ: สำนักงานเทศบาลเมืองศรีสำราญ
ศรีสำราญเป็นชุมชนเก่าแก่ริมหนองศรี ตั้งบ้านเรือนมาตั้งแต่สมัยรัชกาลที่ 5 เดิมเป็นจุดพักกองเกวียนค้าขายระหว่างเมืองมหาสารคามกับเมืองร้อยเอ็ด ชื่อศรีสำราญมาจากความร่มรื่นของหนองน้ำและต้นยางใหญ่ที่ขึ้นเรียงรายรอบหนอง
สุขาภิบาลศรีสำราญจัดตั้งขึ้นเมื่อปี พ.ศ. 2499 ได้รับการยกฐานะเป็นเทศบาลตำบลศรีสำราญตามพระราชบัญญัติเปลี่ยนแปลงฐานะสุขาภิบาลเป็นเทศบาล พ.ศ. 2542 และยกฐานะเป็นเทศบาลเมืองศรีสำราญเมื่อวันที่ 24 สิงหาคม 2555
ปัจจุบันเทศบาลมีพื้นที่ 12.6 ตารางกิโลเมตร แบ่งเป็น 14 ชุมชน มีประชากรตามทะเบียนราษฎรประมาณ 21,400 คน เป็นศูนย์กลางการค้า การศึกษา และการคมนาคมของอำเภอศรีสำราญ

3 2 admin 2023-01-16 15:52 intro=2 menu=/th/about/vision
วิสัยทัศน์และพันธกิจ
วิสัยทัศน์ “ศรีสำราญเมืองน่าอยู่ เศรษฐกิจมั่นคง สังคมเอื้ออาทร บริหารจัดการด้วยธรรมาภิบาล”
พันธกิจ 1. พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐาน 2. ส่งเสริมเศรษฐกิจชุมชนและการท่องเที่ยวหนองศรี 3. จัดการศึกษาและพัฒนาคุณภาพชีวิตเด็ก เยาวชน ผู้สูงอายุ และผู้พิการ 4. จัดการขยะและสิ่งแวดล้อมอย่างยั่งยืน 5. บริหารงานโปร่งใส ตรวจสอบได้ และเปิดให้ประชาชนมีส่วนร่วม

4 2 admin 2023-01-16 16:05 menu=/th/about/2023-01-16-07-58-40 extra=people
คณะผู้บริหารเทศบาล
คณะผู้บริหารเทศบาลเมืองศรีสำราญ ประกอบด้วยนายกเทศมนตรี รองนายกเทศมนตรี 3 คน ที่ปรึกษานายกเทศมนตรี และเลขานุการนายกเทศมนตรี ซึ่งมาจากการเลือกตั้งเมื่อวันที่ 28 มีนาคม 2564

5 2 admin 2023-01-16 16:20 intro=2 menu=/th/about/2023-01-16-08-01-13 extra=table
ข้อมูลทั่วไป
เทศบาลเมืองศรีสำราญตั้งอยู่ทางทิศตะวันออกของจังหวัดมหาสารคาม ห่างจากตัวจังหวัดประมาณ 38 กิโลเมตร ตามทางหลวงหมายเลข 23 สภาพพื้นที่เป็นที่ราบ มีหนองศรีเป็นแหล่งน้ำดิบสำหรับผลิตน้ำประปา
ประชาชนส่วนใหญ่ประกอบอาชีพค้าขาย รับราชการ และรับจ้าง รอบเขตเทศบาลเป็นพื้นที่ทำนาและปลูกอ้อย มีตลาดสดเทศบาล 1 แห่ง ตลาดนัดชุมชน 2 แห่ง โรงเรียนสังกัดเทศบาล 3 แห่ง และศูนย์พัฒนาเด็กเล็ก 2 แห่ง

6 2 admin 2023-02-01 10:00 intro=2 menu=/en/about-us lang=en
About Si Samran
Si Samran Town Municipality is a local government in Maha Sarakham province, north-eastern Thailand. It serves about 21,400 people in 14 communities around Nong Si lake.
Most of this website is in Thai. Selected news is translated into English by the Public Relations Section.

41 12 health 2021-03-09 09:40 state=2
เทศบาลเมืองศรีสำราญตั้งจุดคัดกรองโควิด-19 บริเวณทางเข้าตลาดสดเทศบาล
วันที่ 8 มีนาคม 2564 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองศรีสำราญ ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้าน ตั้งจุดคัดกรองวัดอุณหภูมิและแจกเจลแอลกอฮอล์ บริเวณทางเข้าตลาดสดเทศบาลทั้งสามทาง ตั้งแต่เวลา 05.00 - 10.00 น. ทุกวัน
ผู้ค้าทุกรายต้องสวมหน้ากากอนามัยและเฟซชิลด์ขณะจำหน่ายสินค้า ผู้ที่มีอุณหภูมิร่างกายเกิน 37.5 องศาเซลเซียส เจ้าหน้าที่จะแนะนำให้ไปตรวจที่โรงพยาบาลศรีสำราญและงดเข้าตลาด
เทศบาลขอขอบคุณพ่อค้าแม่ค้าและประชาชนที่ให้ความร่วมมือเป็นอย่างดี ทำให้ตลาดสดเทศบาลไม่พบผู้ติดเชื้อตลอดช่วงการระบาดระลอกที่ผ่านมา

48 12 pr 2021-10-04 14:15 state=2
มอบถุงยังชีพช่วยเหลือผู้ได้รับผลกระทบจากน้ำท่วม ชุมชนริมหนองศรี
ภาพ: นายกเทศมนตรีมอบถุงยังชีพแก่ผู้ประสบภัยชุมชนท่าช้าง
นายวิชัย ทองประเสริฐ นายกเทศมนตรีเมืองศรีสำราญ พร้อมคณะผู้บริหารและสมาชิกสภาเทศบาล ลงพื้นที่มอบถุงยังชีพแก่ครัวเรือนที่ได้รับผลกระทบจากน้ำท่วมขังจากพายุโซนร้อนเตี้ยนหมู่ ในชุมชนหนองศรีเหนือและชุมชนท่าช้าง จำนวน 186 ครัวเรือน
ในถุงยังชีพประกอบด้วยข้าวสาร น้ำดื่ม อาหารแห้ง และยาสามัญประจำบ้าน ที่ได้รับการสนับสนุนจากเหล่ากาชาดจังหวัดมหาสารคามและผู้มีจิตศรัทธาในพื้นที่
เทศบาลได้นำเครื่องสูบน้ำขนาดใหญ่ 4 เครื่องมาเร่งระบายน้ำออกจากชุมชน ประชาชนที่ได้รับความเดือดร้อนแจ้งขอความช่วยเหลือได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล โทร 199 ตลอด 24 ชั่วโมง

55 12 clerk 2022-05-17 10:05 intro=2 state=2
ฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ 7
เทศบาลเมืองศรีสำราญจัดฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน รุ่นที่ 7 ระหว่างวันที่ 16 - 20 พฤษภาคม 2565 ณ หอประชุมเทศบาล มีผู้เข้ารับการอบรม 60 คนจากทั้ง 14 ชุมชน
หลักสูตรประกอบด้วยการดับเพลิงเบื้องต้น การปฐมพยาบาลและการช่วยชีวิตขั้นพื้นฐาน การจัดการจราจร และการช่วยเหลือผู้ประสบภัยทางน้ำ โดยได้รับเกียรติจากวิทยากรของสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดมหาสารคาม
ผู้ผ่านการอบรมจะได้รับบัตรประจำตัว อปพร. และเป็นกำลังสำคัญของเทศบาลในการดูแลความปลอดภัยในงานประเพณีและเหตุสาธารณภัยต่าง ๆ

62 12 pr 2022-12-06 06:30 tags=8 state=2
เชิญชวนร่วมวิ่งการกุศล ศรีสำราญมินิมาราธอน ครั้งที่ 3
เทศบาลเมืองศรีสำราญขอเชิญชวนประชาชนร่วมกิจกรรมวิ่งการกุศล ศรีสำราญมินิมาราธอน ครั้งที่ 3 ในวันอาทิตย์ที่ 25 ธันวาคม 2565 ปล่อยตัวเวลา 05.30 น. ณ สวนสาธารณะหนองศรี ระยะทาง 10.5 กิโลเมตร และฟันรัน 4 กิโลเมตร
ค่าสมัครคนละ 300 บาท ผู้สมัครจะได้รับเสื้อที่ระลึกและเหรียญเมื่อวิ่งเข้าเส้นชัย รายได้หลังหักค่าใช้จ่ายมอบให้โรงพยาบาลศรีสำราญเพื่อจัดซื้อเครื่องมือแพทย์
สมัครได้ที่กองการศึกษา เทศบาลเมืองศรีสำราญ หรือสมัครออนไลน์ผ่านเพจเฟซบุ๊กของเทศบาล ภายในวันที่ 15 ธันวาคม 2565

71 9 finance 2023-02-14 10:20 tags=3
ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566
กองคลัง เทศบาลเมืองศรีสำราญ ได้จัดส่งหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ให้แก่เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลครบทุกรายแล้ว
ผู้ที่ได้รับแจ้งการประเมินกรุณาชำระภาษีภายในวันที่ 30 เมษายน 2566 ได้ที่งานพัฒนารายได้ กองคลัง ชั้น 1 สำนักงานเทศบาล ในวันและเวลาราชการ หรือชำระผ่านแอปพลิเคชันธนาคารด้วยการสแกนคิวอาร์โค้ดในหนังสือแจ้ง
หากชำระเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามกฎหมาย ผู้ที่เห็นว่าการประเมินไม่ถูกต้อง ยื่นคำร้องขอให้ทบทวนการประเมินได้ภายใน 30 วันนับแต่วันที่ได้รับแจ้ง

74 10 pr 2023-03-18 15:30
เทศบาลเมืองศรีสำราญจัดงานวันท้องถิ่นไทย ประจำปี 2566
ภาพ: พิธีถวายราชสักการะเนื่องในวันท้องถิ่นไทย
วันที่ 18 มีนาคม 2566 เทศบาลเมืองศรีสำราญจัดงานวันท้องถิ่นไทย เพื่อระลึกถึงพระมหากรุณาธิคุณของพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว ผู้ทรงวางรากฐานการปกครองท้องถิ่นไทย
ภาคเช้าเป็นพิธีถวายราชสักการะหน้าพระบรมฉายาลักษณ์ ทำบุญตักบาตรพระสงฆ์ 9 รูป ภาคบ่ายเปิดสำนักงานให้ประชาชนเยี่ยมชมการให้บริการของทุกกอง พร้อมนิทรรศการผลงานของเทศบาลในรอบปี
ในงานยังมีการมอบโล่ประกาศเกียรติคุณแก่ชุมชนที่มีผลงานดีเด่นด้านการจัดการขยะ ได้แก่ ชุมชนคุ้มวัดกลาง และชุมชนโนนแดง

78 9 health 2023-04-03 13:45 tags=4
ขอความร่วมมืองดเผาในที่โล่ง ลดฝุ่นละอองขนาดเล็ก PM2.5
ช่วงนี้ค่าฝุ่นละอองขนาดเล็ก PM2.5 ในจังหวัดมหาสารคามสูงเกินค่ามาตรฐานติดต่อกันหลายวัน เทศบาลเมืองศรีสำราญจึงขอความร่วมมือประชาชนงดเผาขยะ เผาใบไม้ และเผาเศษวัสดุทางการเกษตรในที่โล่งทุกชนิด
ผู้ที่ฝ่าฝืนเผาขยะในที่โล่งมีความผิดตามพระราชบัญญัติการสาธารณสุข พ.ศ. 2535 และเทศบัญญัติเทศบาลเมืองศรีสำราญ เรื่อง การควบคุมเหตุรำคาญ ระวางโทษปรับไม่เกิน 5,000 บาท
ประชาชนที่มีโรคประจำตัว เด็กเล็ก และผู้สูงอายุ ควรหลีกเลี่ยงกิจกรรมกลางแจ้ง และสวมหน้ากาก N95 เมื่อต้องออกนอกบ้าน ขอรับหน้ากากได้ฟรีที่กองสาธารณสุขและสิ่งแวดล้อม

81 10 pr 2023-04-13 17:20 alias=songkran-2566 tags=5,6
สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2566
ภาพ: นายกเทศมนตรีรดน้ำขอพรผู้สูงอายุ
วันที่ 13 เมษายน 2566 เทศบาลเมืองศรีสำราญจัดกิจกรรมสืบสานประเพณีสงกรานต์ ณ ลานวัฒนธรรมริมหนองศรี มีผู้สูงอายุจาก 14 ชุมชนเข้าร่วมกว่า 500 คน
นายวิชัย ทองประเสริฐ นายกเทศมนตรีเมืองศรีสำราญ นำคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล สรงน้ำพระพุทธรูปและรดน้ำขอพรผู้สูงอายุ ก่อนร่วมขบวนแห่นางสงกรานต์รอบเขตเทศบาล
ภายในงานมีการประกวดผู้สูงอายุสุขภาพดี การแสดงฟ้อนรำของนักเรียนโรงเรียนเทศบาล 1 และตลาดอาหารพื้นบ้าน ทั้งนี้เทศบาลขอบคุณชุมชนทุกแห่งที่ร่วมกันรักษาความสะอาดบริเวณงาน

86 9 clerk 2023-07-11 09:05 intro=2 tags=6
เปิดรับลงทะเบียนผู้สูงอายุรายใหม่ เพื่อรับเบี้ยยังชีพ ปีงบประมาณ 2567
เทศบาลเมืองศรีสำราญเปิดรับลงทะเบียนผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2567 คือผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2506 ถึงวันที่ 1 กันยายน 2507 เพื่อขอรับเงินเบี้ยยังชีพผู้สูงอายุ
ยื่นลงทะเบียนได้ด้วยตนเองที่งานพัฒนาชุมชน สำนักปลัดเทศบาล ตั้งแต่วันนี้ถึงวันที่ 30 กันยายน 2566 ในวันและเวลาราชการ หลักฐานที่ใช้ ได้แก่ บัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคาร
กรณีไม่สามารถมาด้วยตนเองได้ มอบอำนาจให้ผู้อื่นมาดำเนินการแทนได้ โดยแนบหนังสือมอบอำนาจและสำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจ

89 10 pr 2023-08-25 15:10 tags=8 featured
อบรมเยาวชนแกนนำต้านยาเสพติดในสถานศึกษา
เทศบาลเมืองศรีสำราญร่วมกับสถานีตำรวจภูธรศรีสำราญ จัดโครงการอบรมเยาวชนแกนนำต้านยาเสพติดในสถานศึกษา ให้แก่นักเรียนชั้นมัธยมศึกษาจากโรงเรียนในเขตเทศบาล 4 แห่ง รวม 120 คน
กิจกรรมประกอบด้วยการบรรยายเรื่องโทษของยาเสพติดและบุหรี่ไฟฟ้า การฝึกทักษะการปฏิเสธ และการทำแผนรณรงค์ในโรงเรียนของตนเอง แกนนำที่ผ่านการอบรมจะทำหน้าที่เป็นที่ปรึกษาเพื่อนนักเรียน
นายกเทศมนตรีกล่าวว่าเทศบาลจะสนับสนุนงบประมาณให้ทุกโรงเรียนจัดกิจกรรมต่อเนื่องตลอดปีการศึกษา และเปิดลานกีฬาเทศบาลให้เยาวชนใช้ได้ฟรีจนถึงเวลา 21.00 น.

93 9 admin 2023-10-02 11:30 tags=7
แจ้งหยุดจ่ายน้ำประปาชั่วคราว ถนนศรีสำราญ - โนนแดง
การประปาเทศบาลเมืองศรีสำราญแจ้งหยุดจ่ายน้ำประปาชั่วคราวในวันพุธที่ 4 ตุลาคม 2566 ตั้งแต่เวลา 09.00 - 17.00 น. เพื่อเปลี่ยนท่อเมนขนาด 8 นิ้วที่ชำรุดบริเวณสี่แยกโนนแดง
พื้นที่ที่ได้รับผลกระทบ ได้แก่ ถนนศรีสำราญ - โนนแดง ชุมชนโนนแดง ชุมชนคุ้มวัดกลาง และซอยศรีสำราญ 5 ถึงซอยศรีสำราญ 11 ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า
หลังเปิดจ่ายน้ำอาจมีน้ำขุ่นในช่วงแรก ให้เปิดน้ำทิ้งไว้จนใส หากพบปัญหาแจ้งการประปาเทศบาล โทร 0-4371-5520 ต่อ 31 ขออภัยในความไม่สะดวก

98 10 pr 2023-11-27 21:40 alias=loy-krathong-2566 tags=5 featured
จัดงานประเพณีลอยกระทง ณ สวนสาธารณะหนองศรี ประจำปี 2566
ภาพ: ขบวนแห่กระทงใหญ่ของชุมชนท่าช้าง
คืนวันที่ 27 พฤศจิกายน 2566 เทศบาลเมืองศรีสำราญจัดงานประเพณีลอยกระทง ณ สวนสาธารณะหนองศรี มีประชาชนและนักท่องเที่ยวร่วมงานหนาแน่นตลอดทั้งคืน
ไฮไลต์ของงานคือขบวนแห่กระทงใหญ่จาก 14 ชุมชน การประกวดนางนพมาศ และการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ ซึ่งชุมชนท่าช้างได้รับรางวัลชนะเลิศ
เทศบาลรณรงค์ให้ใช้กระทงจากใบตองและขนมปัง หลังงานเจ้าหน้าที่เก็บกระทงขึ้นจากหนองศรีได้ 8,420 ใบ เป็นกระทงโฟมเพียง 37 ใบ ลดลงจากปีที่แล้วกว่าครึ่ง

101 11 clerk 2023-12-12 13:00 intro=2 pdf=prakat-rab-samak-2566.pdf draft=1
ประกาศเทศบาลเมืองศรีสำราญ เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง
ไฟล์: ประกาศรับสมัครพนักงานจ้าง (PDF)
ด้วยเทศบาลเมืองศรีสำราญจะดำเนินการสรรหาและเลือกสรรบุคคลเพื่อจ้างเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ 1 อัตรา และพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ 3 อัตรา
ผู้สนใจยื่นใบสมัครได้ที่สำนักปลัดเทศบาล ระหว่างวันที่ 18 - 29 ธันวาคม 2566 ในวันและเวลาราชการ รายละเอียดคุณสมบัติและหลักฐานการสมัครตามประกาศที่แนบ

104 9 health 2024-01-08 08:50 tags=2 featured assoc=140 draft=3
ประชาสัมพันธ์การคัดแยกขยะเปียกจากต้นทาง ด้วยถังขยะเปียกลดโลกร้อน
เทศบาลเมืองศรีสำราญขอเชิญชวนทุกครัวเรือนร่วมทำถังขยะเปียกลดโลกร้อน โดยนำถังพลาสติกเจาะก้นฝังดินในบริเวณบ้าน แล้วทิ้งเศษอาหารและเปลือกผลไม้ลงในถังทุกวัน เศษอาหารจะย่อยสลายเป็นปุ๋ยบำรุงต้นไม้
ครัวเรือนที่ต้องการถังขยะเปียก ขอรับได้ฟรีที่กองสาธารณสุขและสิ่งแวดล้อม ครัวเรือนละ 1 ใบ พร้อมคู่มือการทำ ปัจจุบันมีครัวเรือนเข้าร่วมแล้ว 3,150 ครัวเรือนจากทั้งหมด 6,900 ครัวเรือน
การคัดแยกขยะเปียกช่วยลดปริมาณขยะที่ต้องนำไปกำจัดได้วันละกว่า 2 ตัน ลดค่าใช้จ่ายของเทศบาลและลดก๊าซเรือนกระจกจากหลุมฝังกลบ

140 13 en 2024-01-09 09:30 alias=food-waste-bins assoc=104 lang=en
Si Samran Municipality Hands Out Food-Waste Bins to Households
Si Samran Town Municipality invites every household to make a food-waste bin: a plastic bucket with its bottom cut off, half buried in the garden, where kitchen scraps turn into compost.
Households can collect a free bin and a how-to leaflet from the Public Health and Environment Division. About 3,150 of the town's 6,900 households have joined so far.
Keeping food waste out of the bin trucks saves more than two tonnes of waste a day and cuts the greenhouse gas released by the landfill.

108 10 pr 2024-01-13 13:30 tags=8 featured assoc=141
เทศบาลเมืองศรีสำราญจัดงานวันเด็กแห่งชาติ ประจำปี 2567
ภาพ: เด็ก ๆ ทดลองนั่งรถดับเพลิงของเทศบาล
วันเสาร์ที่ 13 มกราคม 2567 เทศบาลเมืองศรีสำราญจัดงานวันเด็กแห่งชาติ ณ บริเวณสำนักงานเทศบาล ภายใต้คำขวัญวันเด็กปี 2567 “มุ่งมั่นศึกษา ก้าวหน้าด้วยคุณธรรม นำพาชาติมั่นคง”
ภายในงานมีซุ้มเกมจากทุกกองของเทศบาล การแสดงบนเวทีของนักเรียนโรงเรียนเทศบาล รถดับเพลิงและรถกู้ภัยให้เด็ก ๆ ได้ทดลองนั่ง และการแจกของขวัญกว่า 3,000 ชิ้นจากผู้ใจบุญ
นายกเทศมนตรีมอบทุนการศึกษาให้แก่นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์ 40 ทุน ทุนละ 1,000 บาท

141 13 en 2024-01-15 10:00 alias=childrens-day-2024 assoc=108 lang=en
Children's Day 2024 at the Town Hall
On Saturday 13 January 2024 Si Samran Town Municipality held National Children's Day at the town hall.
Every division ran a game stall, pupils of the municipal schools performed on stage, and children climbed into the fire engine and the rescue truck. More than 3,000 gifts from local donors were handed out.
The mayor presented 40 scholarships of 1,000 baht each to pupils with good grades from low-income families.

112 9 finance 2024-02-20 14:00 tags=3
เชิญชวนผู้ประกอบการยื่นแบบและชำระภาษีป้าย ภายในเดือนมีนาคม 2567
กองคลัง เทศบาลเมืองศรีสำราญ ขอเชิญชวนเจ้าของป้ายที่แสดงชื่อ ยี่ห้อ หรือเครื่องหมายการค้าเพื่อการประกอบกิจการ ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567
ผู้ที่ยื่นแบบแล้วต้องชำระภาษีภายใน 15 วันนับแต่วันที่ได้รับแจ้งการประเมิน หากไม่ยื่นแบบภายในกำหนดต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย
สอบถามรายละเอียดได้ที่งานพัฒนารายได้ กองคลัง โทร 0-4371-5520 ต่อ 21 หรือไลน์ทางการของกองคลัง

116 10 health 2024-03-15 09:20 tags=4 featured
ผู้บริหารเทศบาลลงพื้นที่ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าในชุมชน
เทศบาลเมืองศรีสำราญดำเนินโครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ออกหน่วยฉีดวัคซีนให้สุนัขและแมวในเขตเทศบาลครบทั้ง 14 ชุมชน ระหว่างวันที่ 11 - 22 มีนาคม 2567
รองนายกเทศมนตรีลงพื้นที่ติดตามการทำงานของหน่วยที่ชุมชนหนองศรีใต้ ซึ่งมีเจ้าของนำสัตว์เลี้ยงมารับวัคซีนกว่า 200 ตัว พร้อมขึ้นทะเบียนสัตว์เลี้ยงและทำหมันฟรี
ผู้ที่ไม่สะดวกนำสัตว์มาตามวันนัด นำมาฉีดได้ที่กองสาธารณสุขและสิ่งแวดล้อมทุกวันศุกร์ เวลา 09.00 - 12.00 น. จนถึงสิ้นเดือนเมษายน

118 11 finance 2024-03-29 15:00 intro=2 featured pdf=ebidding-3-2567.pdf
ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยศรีสำราญ 9 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
ไฟล์: เอกสารประกวดราคา e-bidding เลขที่ 3/2567
เทศบาลเมืองศรีสำราญมีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยศรีสำราญ 9 กว้าง 5 เมตร ยาว 420 เมตร หนา 0.15 เมตร ราคากลาง 1,946,000 บาท
ผู้สนใจติดต่อขอรับเอกสารประกวดราคาผ่านระบบการจัดซื้อจัดจ้างภาครัฐ www.gprocurement.go.th ได้ตั้งแต่วันที่ 29 มีนาคม 2567 ถึงวันที่ 8 เมษายน 2567

121 9 health 2024-04-05 10:10 tags=4,6
เทศบาลเตือนประชาชนระวังโรคลมแดดช่วงอากาศร้อนจัด
กรมอุตุนิยมวิทยาคาดว่าช่วงต้นเดือนเมษายน 2567 อุณหภูมิสูงสุดในจังหวัดมหาสารคามจะสูงถึง 41 - 43 องศาเซลเซียส เทศบาลเมืองศรีสำราญจึงขอเตือนประชาชนระวังโรคลมแดด
อาการที่ต้องสังเกต ได้แก่ ตัวร้อนจัดแต่ไม่มีเหงื่อ ปวดศีรษะ หน้ามืด คลื่นไส้ และสับสน หากพบผู้มีอาการให้พาเข้าที่ร่ม คลายเสื้อผ้า เช็ดตัวด้วยน้ำเย็น และโทรแจ้ง 1669 ทันที
ผู้สูงอายุและผู้ที่ทำงานกลางแจ้งควรดื่มน้ำบ่อย ๆ แม้ไม่กระหายน้ำ หลีกเลี่ยงเครื่องดื่มแอลกอฮอล์ และพักในที่ร่มเป็นระยะ

124 10 pr 2024-04-20 10:30 tags=2 featured
Big Cleaning Day พัฒนาทำความสะอาดรอบหนองศรี
เช้าวันเสาร์ที่ 20 เมษายน 2567 เทศบาลเมืองศรีสำราญนำพนักงาน อาสาสมัคร และประชาชนจาก 14 ชุมชน รวมกว่า 400 คน ร่วมกิจกรรม Big Cleaning Day ทำความสะอาดรอบหนองศรี
อาสาสมัครช่วยกันเก็บขยะริมหนอง ตัดหญ้า ลอกผักตบชวา และทาสีม้านั่งในสวนสาธารณะ เก็บขยะได้รวม 1.8 ตัน ขยะที่รีไซเคิลได้นำไปขายเข้ากองทุนขยะของชุมชน
หลังกิจกรรม เทศบาลติดตั้งถังขยะแยกประเภทเพิ่มอีก 20 จุดรอบหนองศรี และขอความร่วมมือผู้มาใช้สวนทิ้งขยะให้ถูกถัง

127 9 health 2024-05-13 10:12 intro=2 tags=4 featured draft=5
รณรงค์ป้องกันโรคไข้เลือดออก กำจัดลูกน้ำยุงลายทุกวันศุกร์
เข้าสู่ฤดูฝน เทศบาลเมืองศรีสำราญขอเชิญชวนทุกครัวเรือนร่วมกำจัดแหล่งเพาะพันธุ์ยุงลายทุกวันศุกร์ ตามมาตรการ 3 เก็บ ได้แก่ เก็บบ้าน เก็บขยะ และเก็บน้ำ
เจ้าหน้าที่กองสาธารณสุขและสิ่งแวดล้อมพร้อมอาสาสมัครสาธารณสุขจะออกพ่นหมอกควันในชุมชนที่พบผู้ป่วย และแจกทรายกำจัดลูกน้ำให้ทุกครัวเรือน
ตั้งแต่ต้นปี 2567 อำเภอศรีสำราญพบผู้ป่วยไข้เลือดออกแล้ว 23 ราย หากมีไข้สูงเกิน 2 วัน ห้ามซื้อยาแก้ปวดกลุ่มแอสไพรินหรือไอบูโพรเฟนกินเอง ให้รีบไปพบแพทย์

130 11 clerk 2024-06-03 11:00 pdf=prakat-phon-2567.pdf
ประกาศรายชื่อผู้ผ่านการเลือกสรรเป็นพนักงานจ้าง
ไฟล์: ประกาศรายชื่อผู้ผ่านการเลือกสรร (PDF)
ตามที่เทศบาลเมืองศรีสำราญได้ดำเนินการสรรหาและเลือกสรรบุคคลเป็นพนักงานจ้าง บัดนี้การเลือกสรรเสร็จสิ้นแล้ว จึงประกาศรายชื่อผู้ผ่านการเลือกสรรตามเอกสารแนบท้ายประกาศนี้ ให้ผู้ผ่านการเลือกสรรมารายงานตัวที่สำนักปลัดเทศบาลในวันที่ 10 มิถุนายน 2567 เวลา 09.00 น.

133 9 pr 2024-06-13 10:12 tags=2 featured draft=2
ตลาดนัดชุมชนคนศรีสำราญ เปิดทุกวันเสาร์ ณ ลานหน้าสำนักงานเทศบาล
ภาพ: บรรยากาศตลาดนัดชุมชนคนศรีสำราญ
เทศบาลเมืองศรีสำราญเปิดตลาดนัดชุมชนคนศรีสำราญ ทุกวันเสาร์ เวลา 07.00 - 11.00 น. ณ ลานหน้าสำนักงานเทศบาล เริ่มวันเสาร์ที่ 15 มิถุนายน 2567 เป็นต้นไป
ตลาดนัดเปิดโอกาสให้เกษตรกรและกลุ่มอาชีพในเขตเทศบาลนำผักปลอดสารพิษ ผลไม้ตามฤดูกาล อาหารพื้นบ้าน และผลิตภัณฑ์ชุมชนมาจำหน่ายโดยตรง ไม่เก็บค่าแผง
ผู้ค้าที่สนใจลงทะเบียนได้ที่กองสวัสดิการสังคม เทศบาลขอความร่วมมือผู้ค้าและผู้ซื้อนำถุงผ้าและภาชนะมาเอง เพื่อลดขยะพลาสติก
ลานหน้าสำนักงานเทศบาลได้รับการปรับปรุงใหม่หลังกิจกรรม Big Cleaning Day เมื่อเดือนเมษายน มีที่จอดรถจักรยานยนต์และจุดทิ้งขยะแยกประเภทไว้บริการ
"""


def parse_stories(text: str) -> tuple[Art, ...]:
    arts = []
    for block in text.strip().split("\n\n"):
        head, title, *lines = block.split("\n")
        ident, cat, author, day, hhmm, *opts = head.split()
        kw: dict = {}
        for opt in opts:
            key, _, value = opt.partition("=")
            if key == "tags":
                kw[key] = tuple(int(t) for t in value.split(","))
            elif key in ("intro", "assoc", "state"):
                kw[key] = int(value)
            elif key == "draft":
                kw["draft_days"] = int(value)
            elif key == "featured":
                kw[key] = True
            else:
                kw[key] = value
        paras = []
        for line in lines:
            if line.startswith("ภาพ:"):
                kw["caption"] = line[4:].strip()
            elif line.startswith("ไฟล์:"):
                kw["pdf"] = (line[5:].strip(), kw["pdf"])
            else:
                paras.append(line)
        arts.append(Art(int(ident), int(cat), title, f"{day} {hhmm}", author, tuple(paras), **kw))
    return tuple(arts)


ARTS = parse_stories(STORIES)
# Editors' habits: a body link pasted from the address bar with /index.php/ still in it (the same page).
PASTED = {133: (124, "กิจกรรม Big Cleaning Day")}  # article 133's last paragraph links article 124 so
# JEvents repeats: (rp_id, date, start, end, title, place, alias)
EV_MARKET = ("07:00", "11:00", "ตลาดนัดชุมชนคนศรีสำราญ", "ลานหน้าสำนักงานเทศบาล", "community-market")
EVENTS = (
    (
        212,
        "2024-06-07",
        "09:00",
        "12:00",
        "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี 2567",
        "ห้องประชุมสภาเทศบาล",
        "council-2-2567",
    ),
    (220, "2024-06-15", *EV_MARKET),
    (221, "2024-06-22", *EV_MARKET),
    (214, "2024-06-26", "08:30", "12:00", "เดินรณรงค์วันต่อต้านยาเสพติดโลก", "สวนสาธารณะหนองศรี", "anti-drug-day-2567"),
    (222, "2024-06-29", *EV_MARKET),
    (216, "2024-07-09", "09:00", "15:00", "ออกหน่วยรับชำระภาษีนอกสถานที่ ชุมชนโนนแดง", "ศาลาชุมชนโนนแดง", "tax-mobile-unit"),
    (217, "2024-07-20", "18:00", "21:00", "ขบวนแห่เทียนพรรษา ประจำปี 2567", "ถนนศรีสำราญ", "2024-06-18-02-41-07"),
)
PEOPLE = (
    ("mayor", "นายวิชัย ทองประเสริฐ", "นายกเทศมนตรีเมืองศรีสำราญ"),
    ("deputy1", "นายสมศักดิ์ แสนสุข", "รองนายกเทศมนตรี"),
    ("deputy2", "นางรัตนา พรหมมา", "รองนายกเทศมนตรี"),
    ("deputy3", "นายบุญมี ศรีวงษ์", "รองนายกเทศมนตรี"),
    ("clerk", "นางสาวกัลยา บุญเรือง", "ปลัดเทศบาล"),
)
POPULAR = ("ภาษี", "ขยะ", "รับสมัคร")


EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_EN = "January February March April May June July August September October November December"
EN_MONTHS = tuple(_MONTHS_EN.split())


# -- helpers ---------------------------------------------------------------------------------------------------
def when(text: str) -> datetime:
    return local_dt(*text.split())


def lc2(dt: datetime, lang: str = "th") -> str:
    """DATE_FORMAT_LC2 ('l, d F Y H:i'); the Thai pack prints the Buddhist year."""
    if lang == "en":
        return f"{EN_DAYS[dt.weekday()]}, {dt.day:02d} {EN_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"
    return f"วัน{WEEKDAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year + 543} {dt:%H:%M}"


def lc3(dt: datetime | date, lang: str = "th") -> str:
    if lang == "en":
        return f"{dt.day:02d} {EN_MONTHS[dt.month - 1]} {dt.year}"
    return f"{dt.day:02d} {MONTHS[dt.month - 1]} {dt.year + 543}"


def alias_of(a: Art) -> str:
    """Typed by hand, or Joomla's date-time alias: the creation time in UTC (Unicode aliases off)."""
    if a.alias:
        return a.alias
    created = when(a.publish) - timedelta(days=a.draft_days, minutes=(a.id * 47) % 300 + 7)
    return f"{created.astimezone(UTC).replace(second=(a.id * 37) % 60):%Y-%m-%d-%H-%M-%S}"


def hits(a: Art) -> int:
    return (a.id * 7919) % 900 + 41 + (NOW - when(a.publish).date()).days // 3


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def is_article(a: Art) -> bool:
    return a.cat != 2


def tag_href(tid: int) -> str:
    return f"/th/component/tags/tag/{tid}-{TAGS[tid][1]}"


def archive_href(y: int, m: int) -> str:
    return f"/th/component/content/?view=archive&month={m}&year={y}&Itemid={HOME}"


def search_href(q: str) -> str:
    return f"/th/component/finder/search?q={quote(q)}&Itemid={HOME}"


def login_href(uri: str, lang: str = "th") -> str:
    return f"/{lang}/component/users/login?return={quote(b64(uri), safe='')}&Itemid={HOME if lang == 'th' else 201}"


def cal_href(view: str, d: date) -> str:
    if view == "monthcalendar":
        return f"/th/{CAL}/monthcalendar/{d.year}/{d.month}/-"
    return f"/th/{CAL}/{view}/{d.year}/{d.month}/{d.day}/-"


def event_href(ev: tuple) -> str:
    d = date.fromisoformat(ev[1])
    return f"/th/{CAL}/icalrepeat.detail/{d:%Y/%m/%d}/{ev[0]}/-/{ev[6]}"


def ul(pairs: list[tuple[str, str]], cls: str = "menu") -> str:
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{attr(h)}">{esc(t)}</a></li>' for h, t in pairs) + "</ul>"


BROKEN = (71, "/images/stories/tax/kor-por-2.pdf")  # an old Joomla 1.5 file path pasted into a 2023 article


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=list(ROBOTS_DIRS),
        trap_patterns=list(TRAP_PATTERNS),
        server_software="Apache/2.4.58 (Ubuntu)",
    )
    r = _Renderer(site)
    r.register()
    site.dynamic = r.dynamic
    return site


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.arts = sorted(ARTS, key=lambda a: when(a.publish))  # oldest first
        self.by_id = {a.id: a for a in self.arts}
        self.newest = list(reversed(self.arts))
        self._side = {"th": self.sidebar_th(), "en": self.sidebar_en()}

    # -- URLs ------------------------------------------------------------------------------------------------
    def href(self, a: Art) -> str:
        if a.menu:
            return a.menu
        if CATS[a.cat].path is None:
            return f"/th/component/content/article/{a.id}-{alias_of(a)}?catid={a.cat}&Itemid={HOME}"
        return f"{CATS[a.cat].path}/{a.id}-{alias_of(a)}"

    def print_href(self, a: Art) -> str:
        h = self.href(a)
        return h + ("&" if "?" in h else "?") + "tmpl=component&print=1&layout=default"

    def members(self, cats: tuple[int, ...], state: int = 1) -> list[Art]:
        return [a for a in self.newest if a.cat in cats and a.state == state]

    def page(self, path: str, response: Response, non_article: bool = True) -> None:
        self.site.add(path, response)
        if non_article:
            self.site.non_articles.append(self.b + path)

    # -- registration ----------------------------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), ROBOTS.encode("utf-8")))
        site.add("/", redirect(b + "/th/"))
        site.add("/index.php", redirect(b + "/th/", 303))
        # Listings: the featured home pages, category blogs (?start=N, page 1 also ?limitstart=0), feeds.
        featured = [a for a in self.newest if a.featured]
        blogs = (
            ("th", "/th/", SITE, featured, 5, HOME, None, ()),
            ("th", "/th/news", "ข่าวสาร", self.members((9, 10)), 6, 110, "ข่าวสาร", ()),
            (
                "th",
                CATS[9].path,
                "ข่าวประชาสัมพันธ์",
                self.members((9,)),
                6,
                111,
                "ข่าวประชาสัมพันธ์",
                (("/th/news", "ข่าวสาร"),),
            ),
            ("th", CATS[10].path, "ข่าวกิจกรรม", self.members((10,)), 6, 112, "ข่าวกิจกรรม", (("/th/news", "ข่าวสาร"),)),
            ("en", "/en/", SITE_EN, self.members((13,)), 5, 201, None, ()),
            ("en", "/en/news", "News", self.members((13,)), 10, 203, "News", ()),
        )
        for lang, path, title, arts, per, itemid, heading, trail in blogs:
            path = path or ""
            pages = max(1, -(-len(arts) // per))
            for n in range(pages):
                targets = [path] if n == 0 else [f"{path}?start={n * per}"]
                if n == 0 and pages > 1:
                    targets.append(f"{path}?limitstart=0")
                for t in targets:
                    crumbs = (*trail, (None, title)) if heading else ()
                    args = (lang, path, title, arts, n, per)
                    self.page(t, self.blog(*args, uri=b + t, itemid=itemid, heading=heading, crumbs=crumbs))
            if path != "/en/":
                for kind in ("rss", "atom"):
                    site.add(f"{path}?format=feed&type={kind}", self.feed(lang, path, title, arts[:10], kind))
        self.page(CATS[11].path or "", self.notices(b + (CATS[11].path or "")))
        # Tags, archive months, Smart Search, JEvents, contact, sitemap, users.
        for tid in TAGS:
            if any(tid in a.tags and a.state == 1 for a in self.arts):
                self.page(tag_href(tid), self.tag_page(tid, b + tag_href(tid)))
        for a in self.members((12,), state=2):
            d = when(a.publish)
            if not site.has(archive_href(d.year, d.month)):
                self.page(
                    archive_href(d.year, d.month), self.archive(d.year, d.month, b + archive_href(d.year, d.month))
                )
        for q in POPULAR:
            self.page(search_href(q), self.search(q, b + search_href(q)))
        self.page(f"/th/{CAL}", self.calendar("monthcalendar", NOW.replace(day=1), b + f"/th/{CAL}"))
        for ev in EVENTS:
            self.page(event_href(ev), self.event(ev, b + event_href(ev)))
        self.page(f"/th/{CONTACT}", self.contact(b + f"/th/{CONTACT}"))
        self.page("/th/sitemap", self.sitemap(b + "/th/sitemap"))
        for view in ("reset", "remind"):
            path = f"/th/component/users/{view}?Itemid={HOME}"
            self.page(path, self.users("th", view, b + path))
        site.non_articles.append(b + login_href(b + "/th/"))
        site.not_found = Response(
            404, (("Content-Type", "text/html; charset=utf-8"),) + HEADERS, ERROR_PAGE.encode("utf-8")
        )
        for path, width, height in (
            ("/images/logo/logo-srisamran.jpg", 320, 90),
            ("/images/banners/ita.jpg", 270, 90),
            ("/images/banners/oic.jpg", 270, 90),
            *((f"/images/people/{slug}.jpg", 240, 300) for slug, _n, _r in PEOPLE),
        ):
            add_jpeg(site, path, width, height, BUILT)
        for flag in ("th_th", "en_gb"):
            add_gif(site, f"/media/mod_languages/images/{flag}.gif", BUILT)
        for path, text, ctype in (
            (f"/templates/{TPL}/css/bootstrap.min.css", "/*! Bootstrap v5.3.2 */\n", "text/css"),
            (f"/templates/{TPL}/css/template.css", "body{font-family:Sarabun,sans-serif}\n", "text/css"),
            (f"/templates/{TPL}/css/presets/preset3.css", "a{color:#0a5c36}\n", "text/css"),
            (
                "/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0",
                "joomla-alert{display:block}\n",
                "text/css",
            ),
            ("/media/vendor/jquery/js/jquery.min.js?3.7.1", "/*! jQuery v3.7.1 */\n", "application/javascript"),
            (
                "/media/legacy/js/jquery-noconflict.min.js?647005fc12b79b3ca2bb30c059899d5994e3e34d",
                "jQuery.noConflict();\n",
                "application/javascript",
            ),
            (f"/templates/{TPL}/js/main.js", "/* Helix Ultimate */\n", "application/javascript"),
        ):
            add_text(site, path, text, ctype)
        for kind in ("rss", "atom"):
            site.add(
                f"{CATS[11].path}?format=feed&type={kind}",
                self.feed("th", CATS[11].path or "", CATS[11].title, self.members((11,)), kind),
            )
        for a in self.arts:
            href, printed = self.href(a), self.print_href(a)
            self.page(href, self.article_page(a, b + href), not is_article(a))
            self.page(printed, self.print_page(a), not is_article(a))
            aliases = [b + printed]
            for src, (target, _phrase) in PASTED.items():
                if target == a.id and src in self.by_id:
                    self.page("/index.php" + href, self.article_page(a, b + "/index.php" + href), False)
                    aliases.append(b + "/index.php" + href)
            when_ = when(a.publish)
            if a.caption is not None:
                add_jpeg(site, self.image(a), 1200, 800, when_)
            if a.pdf:
                add_pdf(site, self.pdf_href(a), a.pdf[1], [SITE_EN, f"Article {a.id}", a.publish], when_)
            if is_article(a):
                site.articles.append(
                    FixtureArticle(
                        url=b + href,
                        aliases=tuple(aliases),
                        title=a.title,
                        paragraphs=a.paras,
                        published=when_.date().isoformat(),
                        author=USERS[a.author],
                        captions=(a.caption,) if a.caption else (),
                    )
                )
        site.broken_links.append(b + BROKEN[1])

    # -- template --------------------------------------------------------------------------------------------
    def frame(
        self,
        lang: str,
        uri: str,
        title: str,
        content: str,
        *,
        itemid: int,
        view: str,
        heading: str | None = None,
        crumbs: tuple[tuple[str | None, str], ...] = (),
        head: str = "",
        switch: str | None = None,
        option: str = "com_content",
        sidebar: bool = True,
    ) -> Response:
        th = lang == "th"
        home = f"/{lang}/"
        switch = switch or ("/en/" if th else "/th/")
        page_title = (SITE if th else SITE_EN) if title in (SITE, SITE_EN) else f"{title} - {SITE if th else SITE_EN}"
        menu = self.menu(lang)
        trail = "".join(
            f'<li class="breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{attr(h)}" class="pathway"><span itemprop="name">{esc(t)}</span></a></li>'
            if h
            else f'<li class="breadcrumb-item active"><span>{esc(t)}</span></li>'
            for h, t in crumbs
        )
        title_block = (
            f"""<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column "><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">{esc(heading)}</h2>
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li class="breadcrumb-item"><a href="{home}" class="pathway">{"หน้าแรก" if th else "Home"}</a></li>{trail}</ol>
</div></div></div></div></div></section>"""
            if heading
            else ""
        )
        other = "en" if th else "th"
        switcher = (
            f'<div class="mod-languages"><ul class="lang-inline" role="listbox" aria-label="Select your language">'
            f'<li class="lang-active" dir="ltr"><a aria-current="true" href="{attr(uri[len(self.b) :])}"><img src="/media/mod_languages/images/{"th_th" if th else "en_gb"}.gif" alt="{"ไทย" if th else "English (UK)"}"></a></li>'
            f'<li dir="ltr"><a href="{attr(switch)}" hreflang="{other}"><img src="/media/mod_languages/images/{"en_gb" if th else "th_th"}.gif" alt="{"English (UK)" if th else "ไทย"}"></a></li></ul></div>'
        )
        side = (
            f'<aside id="sp-right" class="col-lg-3 "><div class="sp-column ">{self.sidebar(lang)}</div></aside>'
            if sidebar
            else ""
        )
        width = 9 if sidebar else 12
        return html_page(
            f"""<!doctype html>
<html lang="{"th-th" if th else "en-gb"}" dir="ltr">
	<head>
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8">
	<meta name="description" content="{attr(SITE + " อำเภอศรีสำราญ จังหวัดมหาสารคาม" if th else SITE_EN + ", Maha Sarakham")}">
	<meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework.">
	<title>{esc(page_title)}</title>
	<link href="/templates/{TPL}/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
{head}	<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/templates/{TPL}/css/bootstrap.min.css" rel="stylesheet" />
	<link href="/templates/{TPL}/css/template.css" rel="stylesheet" />
	<link href="/templates/{TPL}/css/presets/preset3.css" rel="stylesheet" />
	<link href="https://fonts.googleapis.com/css?family=Sarabun:100,300,regular,700&amp;display=swap&amp;subset=thai" rel="stylesheet" />
	<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/media/legacy/js/jquery-noconflict.min.js?647005fc12b79b3ca2bb30c059899d5994e3e34d"></script>
	<script src="/templates/{TPL}/js/main.js"></script>
	<script type="application/json" class="joomla-script-options new">{{"data":{{"breakpoints":{{"tablet":991,"mobile":480}},"header":{{"stickyOffset":"100"}}}},"csrf.token":"8d1e5c3b7a9f0e2d4c6b8a0f1e3d5c7b","system.paths":{{"root":"","rootFull":"{self.b}/","base":"","baseFull":"{self.b}/"}}}}</script>
	<script>template="{TPL}";</script>
	</head>
	<body class="site helix-ultimate hu {option} com-{option[4:]} view-{view} layout-{"blog" if view == "category" else "default"} task-none itemid-{itemid} {"th-th" if th else "en-gb"} ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
	<div class="body-wrapper">
		<div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6 "><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:{PHONE.replace("-", "")}">{PHONE}</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:{EMAIL}">{EMAIL}</a></li></ul></div></div>
<div id="sp-top2" class="col-lg-6 "><div class="sp-column text-center text-lg-end"><div class="sp-module "><div class="sp-module-content">{switcher}</div></div>
<a class="sp-sign-in" href="{attr(login_href(uri, lang))}"><span class="far fa-user me-1" aria-hidden="true"></span><span class="signin-text d-none d-lg-inline-block">{"เข้าสู่ระบบ" if th else "Sign In"}</span></a>
<ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/srisamran.city" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-youtube"><a target="_blank" rel="noopener noreferrer" href="https://www.youtube.com/@srisamrancity" aria-label="Youtube"><span class="fab fa-youtube" aria-hidden="true"></span></a></li></ul></div></div>
</div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="{home}"><img class="logo-image" src="/images/logo/logo-srisamran.jpg" alt="{SITE}"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation">{menu}<a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a></nav></div></div>
</div></div></div></header>
{title_block}
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-{width} "><div class="sp-column "><div id="system-message-container" aria-live="polite"></div>
{content}
</div></main>
{side}
</div></div></div></section>
<section id="sp-bottom"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-bottom1" class="col-lg-6 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">{SITE if th else SITE_EN}</h3><div class="sp-module-content"><div class="mod-custom custom"><p>{ADDRESS}<br>{"โทรศัพท์" if th else "Tel."} {PHONE} {"โทรสาร" if th else "Fax"} 0-4371-5521<br>{"เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น." if th else "Office hours: Monday - Friday 08:30 - 16:30"}</p></div></div></div></div></div>
<div id="sp-bottom2" class="col-lg-6 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">{"ลิงก์หน่วยงาน" if th else "Links"}</h3><div class="sp-module-content"><ul class="menu"><li><a href="https://www.dla.go.th" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.mahasarakham.go.th" target="_blank">จังหวัดมหาสารคาม</a></li><li><a href="https://www.gprocurement.go.th" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ</a></li>{'<li><a href="/th/sitemap">แผนผังเว็บไซต์</a></li>' if th else ""}</ul></div></div></div></div>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">© 2567 {SITE} สงวนลิขสิทธิ์ | Template by JoomShaper</span></div></div></div></div></div></footer>
		</div>
	</div>
	<div class="offcanvas-overlay"></div>
	<div class="offcanvas-menu"><div class="d-flex align-items-center p-3 pt-4"><a href="#" class="close-offcanvas" aria-label="Close Off-canvas"><div class="burger-icon"><span></span><span></span><span></span></div></a></div>
		<div class="offcanvas-inner"><div class="d-flex header-modules mb-3"><div class="sp-module "><div class="sp-module-content">{switcher}</div></div></div>
		<div class="sp-module "><div class="sp-module-content">{self.menu(lang, offcanvas=True)}</div></div></div>
	</div>
	<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
	</body>
</html>
""",
            extra=HEADERS,
        )

    def th(
        self,
        uri: str,
        title: str,
        content: str,
        view: str,
        option: str = "com_content",
        itemid: int = HOME,
        heading: str | None = None,
        crumbs: tuple | None = None,
        **kw,
    ) -> Response:
        """A Thai page; the breadcrumbs end with its title unless given."""
        trail = crumbs if crumbs is not None else ((None, title),)
        return self.frame(
            "th", uri, title, content, itemid=itemid, view=view, option=option, heading=heading, crumbs=trail, **kw
        )

    def menu(self, lang: str, offcanvas: bool = False) -> str:
        if lang == "en":
            items: list[tuple[int, str, str, list[tuple[str, str]]]] = [
                (201, "/en/", "Home", []),
                (202, "/en/about-us", "About Si Samran", []),
                (203, "/en/news", "News", []),
            ]
        else:
            about = [(self.href(self.by_id[i]), self.by_id[i].title) for i in (2, 3, 4, 5)]
            news = [(CATS[9].path or "", "ข่าวประชาสัมพันธ์"), (CATS[10].path or "", "ข่าวกิจกรรม")]
            items = [
                (HOME, "/th/", "หน้าแรก", []),
                (102, "", "เกี่ยวกับเทศบาล", about),
                (110, "/th/news", "ข่าวสาร", news),
                (120, f"/th/{NOTICES}", "ประกาศเทศบาล", []),
                (130, f"/th/{CAL}", "ปฏิทินกิจกรรม", []),
                (140, f"/th/{CONTACT}", "ติดต่อเรา", []),
            ]
        out = []
        for iid, h, label, children in items:
            link = (
                f'<a href="{attr(h)}">{esc(label)}</a>' if h else f'<span class="sp-menu-heading">{esc(label)}</span>'
            )
            if offcanvas:
                sub = ul(children, "menu-child") if children else ""
                out.append(f'<li class="item-{iid}{" menu-deeper menu-parent" if children else ""}">{link}{sub}</li>')
            else:
                sub = (
                    '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;"><div class="sp-dropdown-inner">'
                    + ul(children, "sp-dropdown-items")
                    + "</div></div>"
                    if children
                    else ""
                )
                out.append(f'<li class="sp-menu-item{" sp-has-child" if children else ""}">{link}{sub}</li>')
        cls = "menu" if offcanvas else "sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"
        return f'<ul class="{cls}">' + "".join(out) + "</ul>"

    def sidebar(self, lang: str) -> str:
        return self._side[lang]

    def sidebar_th(self) -> str:
        def module(title: str, body: str, cls: str = "") -> str:
            return f'<div class="sp-module {cls}"><h3 class="sp-module-title">{esc(title)}</h3><div class="sp-module-content">{body}</div></div>'

        def latest(arts: list[Art]) -> str:
            return (
                '<ul class="mod-articleslatest latestnews mod-list">'
                + "".join(
                    f'<li itemscope itemtype="https://schema.org/Article"><a href="{attr(self.href(a))}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
                    for a in arts
                )
                + "</ul>"
            )

        months: dict[tuple[int, int], int] = {}
        for a in self.members((12,), state=2):
            d = when(a.publish)
            months[(d.year, d.month)] = months.get((d.year, d.month), 0) + 1
        archive = (
            '<ul class="mod-articlesarchive archive-module mod-list">'
            + "".join(f'<li><a href="{attr(archive_href(y, m))}">{MONTHS[m - 1]}, {y}</a></li>' for (y, m) in months)
            + "</ul>"
        )
        upcoming = "".join(
            f'<li class="jevlatest"><span class="mod_events_latest_date">{lc3(date.fromisoformat(e[1]))}</span> {e[2]} น.<br><a href="{attr(event_href(e))}" class="mod_events_latest_content">{esc(e[4])}</a></li>'
            for e in EVENTS
            if date.fromisoformat(e[1]) >= NOW
        )
        search = (
            f'<form class="mod-finder js-finder-searchform form-search" action="/th/component/finder/search?Itemid={HOME}" method="get" role="search">'
            f'<label for="mod-finder-searchword0" class="visually-hidden finder">ค้นหา</label><input type="text" name="q" id="mod-finder-searchword0" class="js-finder-search-query form-control" value="" placeholder="ค้นหา...">'
            f'<input type="hidden" name="Itemid" value="{HOME}"></form>'
        )
        popular = " ".join(
            f'<a class="badge bg-light text-dark" href="{attr(search_href(q))}">{esc(q)}</a>' for q in POPULAR
        )
        return (
            module("ค้นหา", search)
            + module("ข่าวล่าสุด", latest(self.members((9, 10))[:5]))
            + module("ประกาศเทศบาล", latest(self.members((11,))[:3]))
            + module("คลังข่าว", archive)
            + module("ปฏิทินกิจกรรม", self.mini_calendar(NOW.year, NOW.month))
            + module(
                "กิจกรรมที่จะมาถึง",
                f'<ul class="mod_events_latest_table">{upcoming}</ul><p><a href="/th/{CAL}">ดูปฏิทินทั้งหมด</a></p>',
            )
            + module("คำค้นยอดนิยม", f"<p>{popular}</p>")
            + module(
                "",
                '<p><a href="https://itas.nacc.go.th" target="_blank"><img src="/images/banners/ita.jpg" alt="ITA"></a></p>'
                '<p><a href="https://www.info.go.th" target="_blank"><img src="/images/banners/oic.jpg" alt="ศูนย์ข้อมูลข่าวสาร"></a></p>',
                "banner",
            )
        )

    def sidebar_en(self) -> str:
        links = "".join(f'<li><a href="{attr(self.href(a))}">{esc(a.title)}</a></li>' for a in self.members((13,)))
        return f'<div class="sp-module "><h3 class="sp-module-title">Latest News</h3><div class="sp-module-content"><ul class="latestnews">{links}</ul></div></div>'

    def mini_calendar(self, y: int, m: int) -> str:
        first = date(y, m, 1)
        prev, nxt = (first - timedelta(days=1)).replace(day=1), (first + timedelta(days=32)).replace(day=1)
        busy = {date.fromisoformat(e[1]) for e in EVENTS}
        rows = []
        for week in calendar.Calendar(firstweekday=6).monthdatescalendar(y, m):
            cells = []
            for d in week:
                if d.month != m:
                    cells.append('<td class="mod_events_td_dayoutofmonth">&nbsp;</td>')
                else:
                    cls = "mod_events_td_daywithevents" if d in busy else "mod_events_td_daynoevents"
                    cells.append(
                        f'<td class="{cls}"><a href="{cal_href("eventsbyday", d)}" class="mod_events_daylink">{d.day}</a></td>'
                    )
            rows.append("<tr>" + "".join(cells) + "</tr>")
        head = "".join(f'<td class="mod_events_td_dayname">{n}</td>' for n in ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"))
        return (
            '<div style="margin:0px;padding:0px;border-width:0px;"><table class="mod_events_monthyear"><tr>'
            f'<td><a href="{cal_href("monthcalendar", prev)}" class="mod_events_link" title="เดือนก่อนหน้า">&laquo;</a></td>'
            f'<td class="mod_events_monthyear_title"><a href="{cal_href("monthcalendar", first)}">{MONTHS[m - 1]} {y + 543}</a></td>'
            f'<td><a href="{cal_href("monthcalendar", nxt)}" class="mod_events_link" title="เดือนถัดไป">&raquo;</a></td></tr></table>'
            f'<table class="mod_events_table"><tr>{head}</tr>{"".join(rows)}</table></div>'
        )

    # -- articles --------------------------------------------------------------------------------------------
    def image(self, a: Art) -> str:
        return f"/images/news/{when(a.publish).year + 543}/{a.id}-01.jpg"

    def pdf_href(self, a: Art) -> str:
        return f"/images/documents/prakat/{when(a.publish).year + 543}/{a.pdf[1] if a.pdf else ''}"

    def body(self, a: Art, intro_only: bool = False) -> str:
        out = []
        paras = a.paras[: a.intro] if intro_only else a.paras
        for i, text in enumerate(paras):
            t = esc(text)
            if a.id in PASTED and i == len(a.paras) - 1:
                target, phrase = PASTED[a.id]
                link = f'<a href="/index.php{attr(self.href(self.by_id[target]))}">{esc(phrase)}</a>'
                t = t.replace(esc(phrase), link, 1)
            if a.id % 3 == 0:
                out.append(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;{t}</p>')
            elif a.id % 3 == 1:
                out.append(f"<p>{t}</p>")
            else:
                out.append(
                    f"<p><span style=\"font-size: 14pt; font-family: 'TH SarabunPSK', sans-serif;\">{t}</span></p>"
                )
        return "\n".join(out)

    def extra(self, a: Art) -> str:
        html = ""
        if a.extra == "people":
            html = (
                '<div class="row executives">'
                + "".join(
                    f'<div class="col-md-4 text-center"><img src="/images/people/{slug}.jpg" alt="{attr(name)}" width="240" height="300"><p><strong>{esc(name)}</strong><br>{esc(role)}</p></div>'
                    for slug, name, role in PEOPLE
                )
                + "</div>"
            )
        elif a.extra == "table":
            rows = "".join(
                f"<tr><td>{n}</td><td>{v}</td></tr>"
                for n, v in (
                    ("พื้นที่", "12.6 ตร.กม."),
                    ("ชุมชน", "14 ชุมชน"),
                    ("ประชากร", "21,412 คน"),
                    ("ครัวเรือน", "6,903 ครัวเรือน"),
                )
            )
            html = f'<table class="table table-bordered"><tbody>{rows}</tbody></table>'
        if a.pdf:
            html += f'<p><span class="fas fa-file-pdf" aria-hidden="true"></span> <a href="{self.pdf_href(a)}" target="_blank" rel="noopener">{esc(a.pdf[0])}</a></p>'
        if a.id == BROKEN[0]:
            html += f'<p><a href="{BROKEN[1]}">ดาวน์โหลดแบบคำร้องขอให้ทบทวนการประเมิน (ภ.ด.ส.8)</a></p>'
        return html

    def info(self, a: Art, hits_too: bool = True) -> str:
        th = a.lang == "th"
        dt = when(a.publish)
        author, cat = USERS[a.author], CATS[a.cat]
        by = "เขียนโดย" if th else "Written by"
        cat_link = (
            f'<a href="{attr(cat.path)}" itemprop="genre">{esc(cat.title)}</a>'
            if cat.path
            else f'<span itemprop="genre">{esc(cat.title)}</span>'
        )
        out = (
            f'<div class="article-info"><span class="createdby" title="{by}: {attr(author)}">{by} <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{esc(author)}</span></span></span>'
            f'<span class="category-name" title="{"หมวด" if th else "Category"}: {attr(cat.title)}">{cat_link}</span>'
            f'<span class="published" title="{"เผยแพร่" if th else "Published"}: {lc3(dt, a.lang)}"><time datetime="{dt.isoformat()}" itemprop="datePublished">{lc2(dt, a.lang)}</time></span>'
        )
        if a.id % 4 == 0:
            mod = dt + timedelta(days=a.id % 5 + 1, hours=3)
            out += f'<span class="modified" title="{"ปรับปรุงล่าสุด" if th else "Last Updated"}: {lc3(mod, a.lang)}"><time datetime="{mod.isoformat()}" itemprop="dateModified">{"ปรับปรุงล่าสุด" if th else "Last Updated"}: {lc2(mod, a.lang)}</time></span>'
        if hits_too:
            out += f'<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{hits(a)}">{"ฮิต" if th else "Hits"}: {hits(a)}</span>'
        return out + "</div>"

    def crumbs(self, a: Art) -> tuple[str | None, tuple[tuple[str | None, str], ...]]:
        """(Helix page title = the active menu item's title, breadcrumbs) of an article."""
        last = ((None, a.title),)
        if a.cat in (9, 10):
            cat = CATS[a.cat]
            return cat.title, (("/th/news", "ข่าวสาร"), (cat.path, cat.title)) + last
        if a.cat == 11:
            return CATS[11].title, ((CATS[11].path, CATS[11].title),) + last
        if a.cat == 13:
            return "News", (("/en/news", "News"),) + last
        if a.menu and a.lang == "th":
            return a.title, ((None, "เกี่ยวกับเทศบาล"),) + last
        if a.menu:
            return a.title, last
        return None, last

    def article_page(self, a: Art, uri: str) -> Response:
        th, b, href = a.lang == "th", self.b, self.href(a)
        full = b + href
        image = ""
        if a.caption is not None:
            cap = f'<figcaption class="caption">{esc(a.caption)}</figcaption>' if a.caption else ""
            image = f'<figure class="article-full-image float-start"><img src="{self.image(a)}" alt="{attr(a.caption or a.title)}" itemprop="image" width="1200" height="800" loading="lazy">{cap}</figure>'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline mb-4">'
                + "".join(
                    f'<li class="list-inline-item tag-{t} tag-list{n}" itemprop="keywords"><a href="{tag_href(t)}" class="btn btn-sm btn-info">{esc(TAGS[t][0])}</a></li>'
                    for n, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        siblings = self.members((a.cat,), a.state)
        i = siblings.index(a)
        nav = ""
        if len(siblings) > 1:
            prev = siblings[i - 1] if i > 0 else None
            nxt = siblings[i + 1] if i + 1 < len(siblings) else None
            links = ""
            if prev:
                links += f'<a class="btn btn-sm btn-secondary previous" href="{attr(self.href(prev))}" rel="prev"><span class="visually-hidden">{"บทความก่อนหน้า" if th else "Previous article"}: {esc(prev.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">{"ก่อนหน้า" if th else "Prev"}</span></a>'
            if nxt:
                links += f'<a class="btn btn-sm btn-secondary next" href="{attr(self.href(nxt))}" rel="next"><span class="visually-hidden">{"บทความถัดไป" if th else "Next article"}: {esc(nxt.title)}</span><span aria-hidden="true">{"ถัดไป" if th else "Next"}</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
            nav = f'<nav class="pagenavigation" aria-label="{"การนำทางหน้า" if th else "Page Navigation"}"><span class="pagination ms-0">{links}</span></nav>'
        related = ""
        if is_article(a) and a.state == 1:
            others = [o for o in siblings if o is not a][:3]
            related = (
                f'<div class="related-article-list-container"><h3 class="related-article-title">{"บทความที่เกี่ยวข้อง" if th else "Related Articles"}</h3><div class="article-list related-article-list"><div class="row">'
                + "".join(
                    '<div class="col-md-4"><div class="article">'
                    + (
                        f'<a href="{attr(self.href(o))}"><img class="article-list-img" src="{self.image(o)}" alt=""></a>'
                        if o.caption is not None
                        else ""
                    )
                    + f'<div class="article-header"><h2><a href="{attr(self.href(o))}">{esc(o.title)}</a></h2></div><div class="article-info"><span class="published">{lc3(when(o.publish), o.lang)}</span></div></div></div>'
                    for o in others
                )
                + "</div></div></div>"
            )
        share = quote(full, safe="")
        printed = self.print_href(a)
        content = f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="{"th-TH" if th else "en-GB"}">
	<div class="article-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
	<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
	{self.info(a)}
	<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div><div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><ul>
		<li><a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u={share}','Facebook','width=600,height=300,left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+''); return false;" href="https://www.facebook.com/sharer.php?u={share}" rel="noopener noreferrer" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>
		<li><a class="twitter" href="https://twitter.com/share?url={share}&amp;text={quote(a.title)}" rel="noopener noreferrer" title="Twitter"><span class="fab fa-twitter" aria-hidden="true"></span></a></li>
		<li><a class="line" href="https://social-plugins.line.me/lineit/share?url={share}" rel="noopener noreferrer" title="LINE"><span class="fab fa-line" aria-hidden="true"></span></a></li>
	</ul></div></div></div></div>
	<div class="icons"><div class="float-end"><div class="dropdown"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a.id}" aria-label="{"เครื่องมือผู้ใช้" if th else "User tools"}" data-bs-toggle="dropdown" aria-expanded="false"><span class="fas fa-cog" aria-hidden="true"></span></button>
	<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a.id}"><li class="print-icon"><a href="{attr(printed)}" title="{"พิมพ์บทความ" if th else "Print article"} &lt; {attr(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print icon-fw" aria-hidden="true"></span> {"พิมพ์" if th else "Print"}</a></li></ul></div></div></div>
	{image}
	<div itemprop="articleBody">
{self.body(a)}
{self.extra(a)}
	</div>
	{tags}
	{nav}
	{related}
</div>"""
        head = f'	<meta name="author" content="{attr(USERS[a.author])}">\n	<meta property="og:type" content="article">\n	<meta property="og:title" content="{attr(a.title)}">\n	<meta property="og:url" content="{attr(full)}">\n'
        if a.caption is not None:
            head += f'	<meta property="og:image" content="{b}{self.image(a)}">\n'
        switch = None
        if a.assoc:
            other = self.by_id[a.assoc]
            pair = {a.lang: full, other.lang: b + self.href(other)}
            head += "".join(
                f'	<link href="{attr(u)}" rel="alternate" hreflang="{"th-TH" if lg == "th" else "en-GB"}">\n'
                for lg, u in sorted(pair.items(), reverse=True)
            )
            switch = self.href(other)
        elif a.menu == "/en/about-us":
            switch = "/th/about/2023-01-16-07-56-02"
        elif a.menu == "/th/about/2023-01-16-07-56-02":
            switch = "/en/about-us"
        heading, trail = self.crumbs(a)
        extra = {"head": head, "switch": switch}
        itemid = {9: 111, 10: 112, 11: 120, 13: 203}.get(a.cat, HOME)
        return self.frame(
            a.lang, uri, a.title, content, itemid=itemid, view="article", heading=heading, crumbs=trail, **extra
        )

    def print_page(self, a: Art) -> Response:
        th = a.lang == "th"
        return html_page(
            f"""<!doctype html>
<html lang="{"th-th" if th else "en-gb"}" dir="ltr">
<head>
	<meta charset="utf-8">
	<meta name="robots" content="noindex, nofollow">
	<title>{esc(a.title)} - {SITE if th else SITE_EN}</title>
	<link href="/templates/{TPL}/css/template.css" rel="stylesheet" />
</head>
<body class="contentpane component">
<div id="system-message-container" aria-live="polite"></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print icon-fw" aria-hidden="true"></span> {"พิมพ์" if th else "Print"}</a></div>
<div class="article-details">
<div class="article-header"><h1>{esc(a.title)}</h1></div>
{self.info(a, hits_too=False)}
<div itemprop="articleBody">
{self.body(a)}
{self.extra(a)}
</div>
</div>
</body>
</html>
""",
            extra=HEADERS,
        )

    # -- listings --------------------------------------------------------------------------------------------
    def blog_item(self, a: Art) -> str:
        th, href = a.lang == "th", attr(self.href(a))
        img = ""
        if a.caption is not None:
            img = f'<div class="article-intro-image"><a href="{href}"><img src="{self.image(a)}" alt="{attr(a.title)}" itemprop="thumbnailUrl" width="1200" height="800" loading="lazy"></a></div>'
        more = ""
        if a.intro < len(a.paras):
            label = "อ่านเพิ่มเติม" if th else "Read more"
            more = f'<div class="readmore"><a href="{href}" class="btn btn-outline-secondary" itemprop="url" aria-label="{label}: {attr(a.title)}">{label}...</a></div>'
        return (
            f'<div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{img}<div class="article-body">'
            f'<div class="article-header"><h2 itemprop="name"><a href="{href}" itemprop="url">{esc(a.title)}</a></h2></div>'
            f'{self.info(a)}<div class="article-introtext">{self.body(a, intro_only=True)}</div>{more}</div></div>'
        )

    def pager(self, path: str, n: int, pages: int, per: int, lang: str) -> str:
        if pages < 2:
            return ""
        th = lang == "th"

        def li(label: str, k: int | None, aria: str, active: bool = False) -> str:
            if k is None or active:
                cls = "active" if active else "disabled"
                return f'<li class="{cls} page-item"><span class="page-link" aria-hidden="true">{label}</span></li>'
            link = f"{path}?limitstart=0" if k == 0 else f"{path}?start={k * per}"
            return (
                f'<li class="page-item"><a aria-label="{aria}" href="{attr(link)}" class="page-link">{label}</a></li>'
            )

        items = [
            li("เริ่ม" if th else "Start", 0 if n else None, "ไปหน้าเริ่มต้น" if th else "Go to start page"),
            li("ก่อนหน้า" if th else "Prev", n - 1 if n else None, "ไปหน้าก่อนหน้า" if th else "Go to previous page"),
        ]
        items += [li(str(k + 1), k, f"{'ไปหน้า' if th else 'Go to page'} {k + 1}", active=k == n) for k in range(pages)]
        last = n + 1 < pages
        items += [
            li("ถัดไป" if th else "Next", n + 1 if last else None, "ไปหน้าถัดไป" if th else "Go to next page"),
            li("สุดท้าย" if th else "End", pages - 1 if last else None, "ไปหน้าสุดท้าย" if th else "Go to end page"),
        ]
        counter = f"หน้า {n + 1} จาก {pages}" if th else f"Page {n + 1} of {pages}"
        return (
            '<div class="articles-more"><nav class="pagination-wrapper d-lg-flex justify-content-between w-100" aria-label="'
            + ("การแบ่งหน้า" if th else "Pagination")
            + f'"><ul class="pagination ms-0 mb-4">{"".join(items)}</ul><div class="pagination-counter text-muted mb-4">{counter}</div></nav></div>'
        )

    def blog(
        self,
        lang: str,
        path: str,
        title: str,
        arts: list[Art],
        n: int,
        per: int,
        *,
        uri: str,
        itemid: int,
        heading: str | None,
        crumbs: tuple,
    ) -> Response:
        th = lang == "th"
        pages = max(1, -(-len(arts) // per))
        chunk = arts[n * per : (n + 1) * per]
        lead = "".join(
            f'<div class="article-list"><div class="row"><div class="col-lg-12">{self.blog_item(a)}</div></div></div>'
            for a in chunk[:1]
        )
        rest = "".join(f'<div class="col-lg-6">{self.blog_item(a)}</div>' for a in chunk[1:])
        later = arts[(n + 1) * per : (n + 1) * per + 4]
        more = ""
        if later:
            more = (
                f'<div class="items-more"><h3>{"บทความเพิ่มเติม..." if th else "More Articles ..."}</h3><ol class="nav nav-tabs nav-stacked">'
                + "".join(f'<li><a href="{attr(self.href(a))}">{esc(a.title)}</a></li>' for a in later)
                + "</ol></div>"
            )
        featured = path in ("/th/", "/en/")
        intro = ""
        if path == "/th/":
            intro = '<div class="mod-custom custom welcome"><p>ยินดีต้อนรับสู่เว็บไซต์เทศบาลเมืองศรีสำราญ ติดตามข่าวสาร ประกาศ และกิจกรรมของเทศบาลได้ที่นี่</p></div>'
        elif path == "/en/":
            intro = f'<div class="mod-custom custom welcome"><p>Welcome to the website of {SITE_EN}. Most of this website is in Thai; selected news is translated into English.</p></div>'
        h1 = "" if featured else f'<div class="page-header"><h1>{esc(title)}</h1></div>'
        content = (
            f'<div class="{"blog-featured" if featured else "blog"}" itemscope itemtype="https://schema.org/Blog">{intro}{h1}'
            f'{lead}<div class="article-list"><div class="row">{rest}</div></div>{more}{self.pager(path, n, pages, per, lang)}</div>'
        )
        head = ""
        if path != "/en/":
            head = "".join(
                f'	<link href="{attr(path)}?format=feed&amp;type={k}" rel="alternate" type="application/{k}+xml" title="{t}">\n'
                for k, t in (("rss", "RSS 2.0"), ("atom", "Atom 1.0"))
            )
        extra = {"head": head, "switch": {"/th/news": "/en/news", "/en/news": "/th/news"}.get(path)}
        view = "featured" if featured else "category"
        return self.frame(lang, uri, title, content, itemid=itemid, view=view, heading=heading, crumbs=crumbs, **extra)

    def notices(self, uri: str) -> Response:
        cat = CATS[11]
        rows = "".join(
            f'<tr class="cat-list-row{i % 2}"><th class="list-title" scope="row"><a href="{attr(self.href(a))}">{esc(a.title)}</a></th>'
            f'<td class="list-date small">{when(a.publish):%Y-%m-%d}</td><td class="list-hits"><span class="badge bg-info">ฮิต: {hits(a)}</span></td></tr>'
            for i, a in enumerate(self.members((11,)))
        )
        limits = "".join(
            f'<option value="{v}"{" selected" if v == 20 else ""}>{v}</option>'
            for v in (5, 10, 15, 20, 25, 30, 50, 100)
        )
        content = f"""<div class="com-content-category category-list"><div class="page-header"><h1>{esc(cat.title)}</h1></div>
<div class="category-desc">ประกาศ คำสั่ง และประกาศจัดซื้อจัดจ้างของเทศบาลเมืองศรีสำราญ</div>
<form action="{attr(cat.path or "")}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
<div class="com-content__pagination-limit float-end"><label for="limit" class="visually-hidden">จำนวนที่แสดง</label><select id="limit" name="limit" class="form-select" onchange="this.form.submit()">{limits}</select></div>
<table class="com-content-category__table category table table-striped table-bordered table-hover"><caption class="visually-hidden">บทความ</caption>
<thead><tr><th scope="col" id="categorylist_header_title">ชื่อเรื่อง</th><th scope="col" id="categorylist_header_date">วันที่เผยแพร่</th><th scope="col" id="categorylist_header_hits">ฮิต</th></tr></thead>
<tbody>{rows}</tbody></table>
<input type="hidden" name="filter_order" value=""><input type="hidden" name="limitstart" value=""></form></div>"""
        head = f'	<link href="{cat.path}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">\n'
        return self.th(uri, cat.title, content, "category", itemid=120, heading=cat.title, head=head)

    def feed(self, lang: str, path: str, title: str, arts: list[Art], kind: str) -> Response:
        b = self.b
        site_name = SITE if lang == "th" else SITE_EN
        newest = when(arts[0].publish) if arts else BUILT
        if kind == "rss":
            items = "".join(
                f"""		<item>
			<title>{esc(a.title)}</title>
			<link>{esc(b + self.href(a))}</link>
			<guid isPermaLink="true">{esc(b + self.href(a))}</guid>
			<description><![CDATA[{self.body(a, intro_only=True)}]]></description>
			<author>{EMAIL} ({esc(USERS[a.author])})</author>
			<category>{esc(CATS[a.cat].title)}</category>
			<pubDate>{rfc822(when(a.publish))}</pubDate>
		</item>
"""
                for a in arts
            )
            body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{esc(title if title == site_name else f"{title} - {site_name}")}</title>
		<description><![CDATA[{site_name}]]></description>
		<link>{b}{path}</link>
		<lastBuildDate>{rfc822(newest)}</lastBuildDate>
		<generator>Joomla! - Open Source Content Management</generator>
		<atom:link rel="self" type="application/rss+xml" href="{b}{path}?format=feed&amp;type=rss"/>
		<language>{"th-th" if lang == "th" else "en-gb"}</language>
{items}	</channel>
</rss>
"""
            ctype = "application/rss+xml; charset=utf-8"
        else:
            entries = "".join(
                f"""	<entry>
		<title>{esc(a.title)}</title>
		<link rel="alternate" type="text/html" href="{attr(b + self.href(a))}"/>
		<published>{when(a.publish).astimezone(UTC):%Y-%m-%dT%H:%M:%S+00:00}</published>
		<updated>{when(a.publish).astimezone(UTC):%Y-%m-%dT%H:%M:%S+00:00}</updated>
		<id>{esc(b + self.href(a))}</id>
		<author><name>{esc(USERS[a.author])}</name><email>{EMAIL}</email></author>
		<summary type="html">{esc(self.body(a, intro_only=True))}</summary>
		<category term="{attr(CATS[a.cat].title)}"/>
	</entry>
"""
                for a in arts
            )
            body = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{"th-th" if lang == "th" else "en-gb"}">
	<title type="text">{esc(title)}</title>
	<subtitle type="text">{esc(site_name)}</subtitle>
	<link rel="alternate" type="text/html" href="{b}{path}"/>
	<id>{b}{path}</id>
	<updated>{newest.astimezone(UTC):%Y-%m-%dT%H:%M:%S+00:00}</updated>
	<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>
	<link rel="self" type="application/atom+xml" href="{b}{path}?format=feed&amp;type=atom"/>
{entries}</feed>
"""
            ctype = "application/atom+xml; charset=utf-8"
        return Response(200, (("Content-Type", ctype),) + HEADERS, body.encode("utf-8"))

    # -- other views ------------------------------------------------------------------------------------------
    def snippet(self, a: Art) -> str:
        text = a.paras[0]
        return esc(text if len(text) <= 120 else text[:120] + "...")

    def tag_page(self, tid: int, uri: str) -> Response:
        name = TAGS[tid][0]
        items = "".join(
            f'<li class="list-group-item list-group-item-action"><h3><a href="{attr(self.href(a))}">{esc(a.title)}</a></h3><span class="tag-body">{self.snippet(a)}</span></li>'
            for a in self.newest
            if tid in a.tags and a.state == 1
        )
        content = f"""<div class="com-tags-tag tag-category"><h1>{esc(name)}</h1>
<div class="com-tags-tag__items"><form action="{attr(tag_href(tid))}" method="post" name="adminForm" id="adminForm">
<div class="com-tags__filter btn-group"><label class="filter-search-lbl visually-hidden" for="filter-search">ป้อนข้อความเพื่อกรอง</label><input type="text" name="filter-search" id="filter-search" class="inputbox" onchange="document.adminForm.submit();" placeholder="ป้อนข้อความเพื่อกรอง"><button type="submit" class="btn btn-primary">ค้นหา</button></div>
<ul class="com-tags-tag__category category list-group">{items}</ul></form></div></div>"""
        return self.th(uri, name, content, "tag", "com_tags", heading=name)

    def archive(self, y: int, m: int, uri: str) -> Response:
        arts = [a for a in self.newest if a.state == 2 and (when(a.publish).year, when(a.publish).month) == (y, m)]
        items = "".join(
            f"""<div class="row{i % 2}" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline"><a href="{attr(self.href(a))}" itemprop="url">{esc(a.title)}</a></h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">รายละเอียด</dt><dd class="createdby">เขียนโดย: {esc(USERS[a.author])}</dd><dd class="category-name">หมวด: {esc(CATS[a.cat].title)}</dd><dd class="published"><time datetime="{when(a.publish).isoformat()}">เผยแพร่: {lc3(when(a.publish))}</time></dd><dd class="hits">ฮิต: {hits(a)}</dd></dl>
<div class="intro" itemprop="articleBody">{self.body(a, intro_only=True)}</div></div>"""
            for i, a in enumerate(arts)
        )
        months = "".join(
            f'<option value="{k}"{" selected" if k == m else ""}>{MONTHS[k - 1]}</option>' for k in range(1, 13)
        )
        years = "".join(f'<option value="{k}"{" selected" if k == y else ""}>{k}</option>' for k in range(2019, 2025))
        content = f"""<div class="com-content-archive archive"><div class="page-header"><h1>คลังบทความ</h1></div>
<form id="adminForm" action="/th/component/content/?view=archive&amp;Itemid={HOME}" method="post" class="com-content-archive__form">
<fieldset class="com-content-archive__filters filters"><legend class="visually-hidden">ตัวกรอง</legend><div class="filter-search form-inline">
<label class="visually-hidden" for="month">เดือน</label><select name="month" id="month" class="form-select">{months}</select>
<label class="visually-hidden" for="year">ปี</label><select name="year" id="year" class="form-select">{years}</select>
<button type="submit" class="btn btn-primary">กรอง</button><input type="hidden" name="view" value="archive"><input type="hidden" name="option" value="com_content"><input type="hidden" name="limitstart" value="0"></div></fieldset>
<div id="archive-items" class="com-content-archive__items">{items}</div>
<div class="com-content-archive__navigation w-100"><p class="com-content-archive__counter counter float-end pt-3 pe-2">หน้า 1 จาก 1</p></div></form></div>"""
        return self.th(uri, "คลังบทความ", content, "archive")

    def search(self, q: str, uri: str) -> Response:
        found = [
            a
            for a in self.newest
            if a.lang == "th" and a.state == 1 and q and (q in a.title or any(q in p for p in a.paras))
        ]
        items = "".join(
            f'<li class="result__item"><p class="result__title"><a href="{attr(self.href(a))}" class="result__title-link"><span class="result__title-text">{esc(a.title)}</span>'
            f'<span class="result__title-url"><cite class="result__title-url">{esc(self.b + self.href(a))}</cite></span></a></p>'
            f'<p class="result__description"><span class="result__date">{lc3(when(a.publish))}</span> {self.snippet(a).replace(esc(q), f"<mark>{esc(q)}</mark>")}</p>'
            f'<ul class="result__taxonomy"><li class="result__taxonomy-item result__taxonomy--Type"><span>ประเภท:</span> บทความ</li><li class="result__taxonomy-item result__taxonomy--Category"><span>หมวดหมู่:</span> {esc(CATS[a.cat].title)}</li></ul></li>'
            for a in found
        )
        explained = (
            f'ผลการค้นหา <span class="term">{esc(q)}</span> พบ {len(found)} รายการ'
            if found
            else f'ไม่พบผลลัพธ์สำหรับ <span class="term">{esc(q)}</span>'
        )
        content = f"""<div class="com-finder finder"><h1>ค้นหา</h1>
<div id="search-form" class="com-finder__form"><form action="/th/component/finder/search?Itemid={HOME}" method="get" class="js-finder-searchform">
<fieldset class="com-finder__search word mb-3"><legend class="com-finder__search-legend visually-hidden">ค้นหา</legend><div class="form-inline"><label for="q" class="me-2">คำที่ค้นหา:</label><div class="input-group"><input type="text" name="q" id="q" class="js-finder-search-query form-control" value="{attr(q)}"><button type="submit" class="btn btn-primary">ค้นหา</button></div></div></fieldset>
<input type="hidden" name="Itemid" value="{HOME}"></form></div>
<div id="search-query-explained" class="com-finder__explained"><p role="alert">{explained}</p></div>
<div id="search-results" class="com-finder__results"><ol id="search-result-list" class="com-finder__results-list" start="1">{items}</ol></div>
<div class="com-finder__navigation search-pagination"><div class="com-finder__counter search-pages-counter">ผลลัพธ์ 1 - {len(found)} จาก {len(found)}</div></div></div>"""
        return self.th(uri, f"ค้นหา: {q}", content, "search", "com_finder", crumbs=((None, "ค้นหา"),))

    def events_on(self, d: date) -> list[tuple]:
        return [e for e in EVENTS if e[1] == d.isoformat()]

    def calendar(self, view: str, d: date, uri: str) -> Response:
        """JEvents month, week and day views: made for any date, each linking the next and the previous."""

        def evlinks(day: date) -> str:
            return "".join(
                f'<div class="eventfull"><a class="cal_titlelink" href="{attr(event_href(e))}">{e[2]} {esc(e[4])}</a></div>'
                for e in self.events_on(day)
            )

        if view == "monthcalendar":
            first = d.replace(day=1)
            prev, nxt = (first - timedelta(days=1)).replace(day=1), (first + timedelta(days=32)).replace(day=1)
            label = f"{MONTHS[d.month - 1]} {d.year + 543}"
            rows = ""
            for week in calendar.Calendar(firstweekday=6).monthdatescalendar(d.year, d.month):
                cells = "".join(
                    f'<td class="{"cal_td_daysnoevents" if x.month == d.month else "cal_td_dayoutofmonth"}"><a class="cal_daylink" href="{cal_href("eventsbyday", x)}">{x.day}</a>{evlinks(x)}</td>'
                    for x in week
                )
                rows += f'<tr><td class="cal_td_weeklink"><a href="{cal_href("eventsbyweek", week[0])}">&raquo;</a></td>{cells}</tr>'
            names = "".join(
                f'<th class="cal_daysnames">{n}</th>' for n in ("อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์")
            )
            body = f'<table class="cal_table" cellpadding="0" cellspacing="0" border="0"><tr><th class="cal_td_weeklink"></th>{names}</tr>{rows}</table>'
        elif view == "eventsbyweek":
            start = d - timedelta(days=(d.weekday() + 1) % 7)
            prev, nxt = start - timedelta(days=7), start + timedelta(days=7)
            end = start + timedelta(days=6)
            label = f"{lc3(start)} - {lc3(end)}"
            body = "".join(
                f'<div class="jev_daywithevents"><div class="jev_weekday"><a class="ev_link_weekday" href="{cal_href("eventsbyday", x)}">วัน{WEEKDAYS[x.weekday()]}ที่ {x.day} {MONTHS[x.month - 1]}</a></div>{evlinks(x) or "<p>ไม่มีกิจกรรม</p>"}</div>'
                for x in (start + timedelta(days=k) for k in range(7))
            )
        else:
            prev, nxt = d - timedelta(days=1), d + timedelta(days=1)
            label = f"วัน{WEEKDAYS[d.weekday()]}ที่ {lc3(d)}"
            body = f'<div class="jev_daywithevents">{evlinks(d) or "<p>ไม่มีกิจกรรมในวันนี้</p>"}</div>'
        names = {
            "monthcalendar": ("เดือนก่อนหน้า", "เดือนถัดไป"),
            "eventsbyweek": ("สัปดาห์ก่อนหน้า", "สัปดาห์ถัดไป"),
            "eventsbyday": ("วันก่อนหน้า", "วันถัดไป"),
        }[view]
        content = f"""<div id="jevents"><div class="contentpaneopen jeventpage" id="jevents_header"><h2 class="contentheading">ปฏิทินกิจกรรม</h2></div>
<div class="jev_toprow"><div class="nav-items"><div id="nav-today"><a href="{cal_href("eventsbyday", NOW)}" title="วันนี้">วันนี้</a></div><div id="nav-week"><a href="{cal_href("eventsbyweek", d)}" title="รายสัปดาห์">รายสัปดาห์</a></div><div id="nav-month"><a href="{cal_href("monthcalendar", d)}" title="รายเดือน">รายเดือน</a></div></div>
<div class="jev_header2"><div class="previousmonth"><a href="{cal_href(view, prev)}" title="{names[0]}">&laquo; {names[0]}</a></div><div class="currentmonth">{label}</div><div class="nextmonth"><a href="{cal_href(view, nxt)}" title="{names[1]}">{names[1]} &raquo;</a></div></div></div>
<div id="jev_maincal" class="jev_listview">{body}</div></div>"""
        return self.th(uri, "ปฏิทินกิจกรรม", content, view, "com_jevents", 130, "ปฏิทินกิจกรรม")

    def event(self, ev: tuple, uri: str) -> Response:
        d = date.fromisoformat(ev[1])
        repeats = [e for e in EVENTS if e[4] == ev[4]]
        k = repeats.index(ev)
        nav = ""
        if k > 0:
            nav += f'<a class="ev_prevrepeat" href="{attr(event_href(repeats[k - 1]))}">&lt;&lt; ครั้งก่อนหน้า</a> '
        if k + 1 < len(repeats):
            nav += f'<a class="ev_nextrepeat" href="{attr(event_href(repeats[k + 1]))}">ครั้งถัดไป &gt;&gt;</a>'
        content = f"""<div id="jevents"><div class="jev_evdt"><div class="contentpaneopen jeventpage"><h2 class="contentheading">{esc(ev[4])}</h2></div>
<table class="contentpaneopen jev_evdt"><tr class="headingrow"><td class="ev_detail repeat">วัน{WEEKDAYS[d.weekday()]}ที่ {lc3(d)}<br>{ev[2]} - {ev[3]}</td></tr>
<tr><td class="ev_detail"><strong>สถานที่ :</strong> {esc(ev[5])}</td></tr>
<tr><td class="ev_detail"><strong>ผู้ติดต่อ :</strong> สำนักปลัดเทศบาล โทร {PHONE}</td></tr>
<tr><td class="ev_detail">{esc(ev[4])} จัดโดย{SITE} ขอเชิญประชาชนร่วมกิจกรรมโดยพร้อมเพรียงกัน</td></tr></table>
<div class="ev_repeats">{nav}</div>
<p><a href="{cal_href("monthcalendar", d)}">กลับไปที่ปฏิทิน</a> | <a href="/th/{CAL}/icalrepeat.vcal/{d:%Y/%m/%d}/{ev[0]}/-/{ev[6]}?format=raw" rel="nofollow">ส่งออกไฟล์ iCal</a></p></div></div>"""
        crumbs = ((f"/th/{CAL}", "ปฏิทินกิจกรรม"), (None, ev[4]))
        return self.th(uri, ev[4], content, "icalrepeat", "com_jevents", 130, "ปฏิทินกิจกรรม", crumbs)

    def contact(self, uri: str) -> Response:
        first, last = EMAIL.split("@")
        content = f"""<div class="com-contact contact" itemscope itemtype="https://schema.org/Organization"><div class="page-header"><h1><span class="contact-name" itemprop="name">{SITE}</span></h1></div>
<div class="com-contact__container"><h3>ติดต่อ</h3><div class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><dl>
<dt><span class="icon-address" aria-hidden="true"></span></dt><dd><span class="contact-street" itemprop="streetAddress">{ADDRESS}</span></dd>
<dt><span class="icon-phone" aria-hidden="true"></span></dt><dd><span class="contact-telephone" itemprop="telephone">{PHONE}</span></dd>
<dt><span class="icon-envelope" aria-hidden="true"></span></dt><dd><span class="contact-emailto"><joomla-hidden-mail is-link="1" is-email="1" first="{b64(first)}" last="{b64(last)}" text="{b64(EMAIL)}" base="">ที่อยู่อีเมลนี้ถูกป้องกันจากสแปมบอท คุณต้องเปิดใช้งาน JavaScript เพื่อดู</joomla-hidden-mail></span></dd></dl></div>
<h3>แบบฟอร์มติดต่อ</h3><form id="contact-form" action="/th/{CONTACT}" method="post" class="com-contact__form form-validate"><fieldset><legend>ส่งอีเมล ช่องที่มีเครื่องหมาย * จำเป็นต้องกรอก</legend>
<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">ชื่อ *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required" required></div>
<div class="control-group"><label for="jform_contact_email">อีเมล *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required" required></div>
<div class="control-group"><label for="jform_contact_emailmsg">เรื่อง *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required" required></div>
<div class="control-group"><label for="jform_contact_message">ข้อความ *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>
<button class="btn btn-primary validate" type="submit">ส่งอีเมล</button><input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="8d1e5c3b7a9f0e2d4c6b8a0f1e3d5c7b" value="1"></fieldset></form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.1!2d103.52!3d16.21" width="100%" height="300" style="border:0;" loading="lazy"></iframe></div></div>"""
        return self.th(uri, "ติดต่อเรา", content, "contact", "com_contact", 140, "ติดต่อเรา")

    def sitemap(self, uri: str) -> Response:
        def arts_of(cats: tuple[int, ...]) -> str:
            return (
                '<ul class="level_2">'
                + "".join(
                    f'<li><a href="{attr(self.href(a))}" class="osmap-link">{esc(a.title)}</a></li>'
                    for a in self.members(cats)
                )
                + "</ul>"
            )

        about = "".join(
            f'<li><a href="{attr(self.href(self.by_id[i]))}" class="osmap-link">{esc(self.by_id[i].title)}</a></li>'
            for i in (2, 3, 4, 5)
        )
        content = f"""<div id="osmap" class="osmap-sitemap"><div class="page-header"><h1>แผนผังเว็บไซต์</h1></div><div class="osmap-items">
<h2 id="osmap-menu-uid-mainmenu-th">เมนูหลัก</h2><ul class="level_0">
<li><a href="/th/" class="osmap-link">หน้าแรก</a></li>
<li><span class="osmap-link">เกี่ยวกับเทศบาล</span><ul class="level_1">{about}</ul></li>
<li><a href="/th/news" class="osmap-link">ข่าวสาร</a><ul class="level_1"><li><a href="{CATS[9].path}" class="osmap-link">ข่าวประชาสัมพันธ์</a>{arts_of((9,))}</li><li><a href="{CATS[10].path}" class="osmap-link">ข่าวกิจกรรม</a>{arts_of((10,))}</li></ul></li>
<li><a href="{CATS[11].path}" class="osmap-link">ประกาศเทศบาล</a>{arts_of((11,))}</li>
<li><a href="/th/{CAL}" class="osmap-link">ปฏิทินกิจกรรม</a></li>
<li><a href="/th/{CONTACT}" class="osmap-link">ติดต่อเรา</a></li></ul></div></div>"""
        return self.th(uri, "แผนผังเว็บไซต์", content, "html", "com_osmap", 150, "แผนผังเว็บไซต์")

    def users(self, lang: str, view: str, uri: str) -> Response:
        th = lang == "th"
        itemid = HOME if th else 201
        if view == "login":
            ret = dict(parse_qsl(urlsplit(uri).query)).get("return", "")
            title = "เข้าสู่ระบบ" if th else "Log in"
            form = f"""<form action="/{lang}/component/users/?task=user.login&amp;Itemid={itemid}" method="post" id="com-users-login__form" class="com-users-login__form form-validate form-horizontal well"><fieldset>
<div class="control-group"><label for="username">{"ชื่อผู้ใช้" if th else "Username"}</label><input type="text" name="username" id="username" class="form-control validate-username required" autocomplete="username" required></div>
<div class="control-group"><label for="password">{"รหัสผ่าน" if th else "Password"}</label><input type="password" name="password" id="password" class="form-control required" autocomplete="current-password" required></div>
<div class="com-users-login__remember"><input class="form-check-input" id="remember" type="checkbox" name="remember" value="yes"><label class="form-check-label" for="remember">{"จดจำฉันไว้" if th else "Remember me"}</label></div>
<button type="submit" class="btn btn-primary">{title}</button><input type="hidden" name="return" value="{attr(ret)}"></fieldset></form>
<div class="com-users-login__options list-group"><a class="com-users-login__reset list-group-item" href="/{lang}/component/users/reset?Itemid={itemid}">{"ลืมรหัสผ่าน?" if th else "Forgot your password?"}</a><a class="com-users-login__remind list-group-item" href="/{lang}/component/users/remind?Itemid={itemid}">{"ลืมชื่อผู้ใช้?" if th else "Forgot your username?"}</a></div>"""
        else:
            title = {"reset": "ลืมรหัสผ่าน", "remind": "ลืมชื่อผู้ใช้"}[view]
            form = f"""<form id="user-registration" action="/th/component/users/?task={view}.request&amp;Itemid={HOME}" method="post" class="com-users-{view}__form form-validate form-horizontal well"><fieldset><p>กรุณาใส่อีเมลที่ลงทะเบียนไว้ ระบบจะส่งรหัสยืนยันไปให้</p>
<div class="control-group"><label id="jform_email-lbl" for="jform_email">อีเมล *</label><input type="email" name="jform[email]" class="form-control validate-email required" id="jform_email" required></div>
<button type="submit" class="btn btn-primary validate">ส่ง</button></fieldset></form>"""
        content = f'<div class="com-users-{view} {view}"><div class="page-header"><h1>{title}</h1></div>{form}</div>'
        return self.frame(
            lang,
            uri,
            title,
            content,
            itemid=itemid,
            view=view,
            option="com_users",
            crumbs=((None, title),),
            sidebar=False,
        )

    # -- dynamic answers -------------------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path, params = parts.path, dict(parse_qsl(parts.query, keep_blank_values=True))
        uri = self.b + target
        found = re.fullmatch(
            rf"/th/{CAL}/(monthcalendar|eventsbyweek|eventsbyday)/(\d{{1,4}})/(\d{{1,2}})(?:/(\d{{1,2}}))?/-", path
        )
        if found:
            view = found.group(1)
            if (view == "monthcalendar") != (found.group(4) is None):
                return None
            try:
                d = date(int(found.group(2)), int(found.group(3)), int(found.group(4) or 1))
            except ValueError:
                return None
            return self.calendar(view, d, uri)
        found = re.fullmatch(r"/(th|en)/component/users/login", path)
        if found:
            return self.users(found.group(1), "login", uri)
        if path == "/th/component/content/" and params.get("view") == "archive":
            try:
                y, m = int(params.get("year", "")), int(params.get("month", ""))
            except ValueError:
                return None
            return self.archive(y, m, uri) if 1 <= m <= 12 and 1900 <= y <= 2100 else None
        if path == "/th/component/finder/search":
            return self.search(params.get("q", "").strip(), uri)
        return None


ERROR_PAGE = f"""<!doctype html>
<html lang="th-th" dir="ltr">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
	<title>404 - ไม่พบหน้าที่ต้องการ</title>
	<link href="/templates/{TPL}/css/bootstrap.min.css" rel="stylesheet">
	<link href="/templates/{TPL}/css/template.css" rel="stylesheet">
</head>
<body>
<div class="container"><div class="error-page">
<div class="error-logo-wrap"><img class="error-logo" alt="{SITE}" src="/images/logo/logo-srisamran.jpg"></div>
<div class="error-code">404</div>
<div class="error-message">ไม่พบหน้าที่ต้องการ</div>
<a href="/th/" class="btn btn-secondary"><span class="fas fa-home" aria-hidden="true"></span> กลับหน้าแรก</a>
</div></div>
</body>
</html>
"""

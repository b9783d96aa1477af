# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""squarespace_site: a เทศบาลตำบล site on Squarespace 7.1 (hosted builder) under a custom .go.th domain.

เทศบาลตำบลห้วยทรายงาม, อำเภอเวียงคำ, จังหวัดศรีบุรินทร์ (fictional).  The primary domain is
www.huaisaingam.go.th; the built-in huaisaingam.squarespace.com name still shows up in a few pasted links
(external for a crawler, like the real .go.th name in others).  Site language: Thai.  TODAY 2024-07-01.
Every HTML answer comes from "Squarespace" with ``X-ContextId`` and ``Cache-Control: no-cache, private``
(no Last-Modified); photos live on images.squarespace-cdn.com (another host), files under ``/s/``.

Dates: the platform prints Gregorian years everywhere (Thai month names): post meta ``12 มี.ค. 2024`` with
``<time datetime>``, blog lists ``12/3/2024`` (day/month), summary blocks ``มี.ค. 12, 2024`` (US order
with Thai month names), AMP ``มีนาคม 12, 2024``; JSON-LD ``2024-03-12T09:30:00+0700``; RSS pubDate in
+0000 (one post is published at 06:15 Bangkok time, the previous day in UTC).  The editors write
Buddhist-era years in titles and bodies.

URL shapes
* posts (gold): ``/news/<slug>``.  Slugs: ASCII typed by the editor (``tax-2567``), Squarespace's own
  slug of a Thai title (Thai kept, punctuation dropped, spaces to ``-``; percent-encoded upper-case in
  hrefs), or what is left when the editor's browser stripped the Thai: digits or Latin words only
  (``2566``, ``big-cleaning-day``), with Squarespace's random 5-letter suffix for a duplicate
  (``2566-b8ktw``).
* gold aliases (same HTML or the AMP copy, 200): ``/news/<slug>/`` (trailing slash: same page, one is
  linked from the announcement bar and from bodies), ``/news/<slug>?format=amp`` (AMP enabled, named by
  ``<link rel="amphtml">``), and ``?ss_source=sscampaigns&ss_campaign_id=..&ss_medium=email`` copies of
  three posts linked from the e-mail newsletter text block on the home page.  ``/s/<file>.pdf`` links
  are files, not aliases.
* post page: announcement bar, header (nav with a folder, mobile menu copy), ``<article class="entry
  h-entry">`` with category links, ``<time>``, h1, author link ``/news?author=<id>``, the body as
  ``sqs-layout`` rows of ``sqs-block`` divs (``data-block-type``: 2 text, 5 image with ``<figcaption>``
  captions, 8 gallery without captions, 31 quote, 47 line, 53 button to ``/s/*.pdf``, 22 embed of a
  Facebook video), tags, share buttons (Facebook, X, LINE, mailto), author profile, and
  ``BlogItem-pagination``: "ก่อนหน้า" is the NEWER post (Squarespace follows collection order, newest
  first), "ถัดไป" the older one; footer sections (address, social links, an archive block of months).
* blog ``/news``: 8 a page, "Older Posts" ``?offset=<publishOn epoch ms of the last shown post>`` (posts
  strictly older), "Newer Posts" ``?offset=<ms>&reversePaginate=true``; any offset answers.  Category and
  tag pages ``/news/category/<name>`` and ``/news/tag/<name>`` (spaces as ``+``, Thai percent-encoded)
  also by offset; the list items link the 7.1 query form ``/news?category=<name>`` (the same list;
  ``?tag=`` works too).  Month archives ``/news?month=March-2024`` (any month answers,
  the archive block links the months with posts), author lists ``/news?author=<id>``.  ``/news/category/
  จัดซื้อจัดจ้าง`` is linked from the nav but has no posts.
* feeds: ``/news?format=rss`` (every post, full HTML), ``/sitemap.xml`` (pages, posts, events),
  ``/robots.txt`` is Squarespace's standard file (``Disallow: /search``, wildcard lines for ``?format=``,
  ``?tag=``, ``?view=``, ``?month=`` ... that a prefix-only parser does not apply).
* non-articles: home (a long message from the mayor, summary blocks, newsletter links, quick-search
  links), ``/about`` (history), ``/vision``, ``/contact`` (form block), ``/staff`` (image blocks with name
  captions), ``/ita`` (OIT items as ``/s/<name>.pdf``; one file was deleted: a broken link),
  ``/events`` (list), ``/events/<slug>`` items (a date, a place, a short description, ICS and Google
  Calendar links), ``/search``, the empty category, ``/page-not-found`` (the custom 404 page: 200 at its
  own address, in the sitemap; unknown URLs get its text with status 404), list and archive pages.
  ``/about-us`` (the nav folder's link) answers 302 to ``/about``.

Traps (``trap_patterns``, answered by ``dynamic``)
* ``TRAP_CALENDAR``: the events page links its calendar view ``/events?view=calendar&month=07-2024``;
  any ``MM-YYYY`` answers 200 with a month grid that links the previous and next month: endless.
* ``TRAP_SEARCH``: ``/search?q=<words>`` is answered for any query (results pre-rendered into the page)
  with collection filters ``&f_collectionId=<id>`` and "ค้นหาเพิ่มเติม" links that append one more word
  to the query (words may repeat): every result page links longer queries, without end.  The home page
  links four of them ("ค้นหาด่วน").

Gold: 19 posts 2023-02-14 .. 2024-06-24, oldest first.  Paragraphs: the text blocks' ``<p>`` and
``<li>`` and quote blocks, no captions, no button labels, no title.  Author: the profile name shown.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, EN_MONTHS, MONTHS, MONTHS_ABBR, local_dt, rfc822
from .common import add_pdf, attr, esc

FAMILY = "squarespace_site"
SITE = "เทศบาลตำบลห้วยทรายงาม"
SHORT = "ทต.ห้วยทรายงาม"
PLACE = "อำเภอเวียงคำ จังหวัดศรีบุรินทร์"
ADDRESS = "เลขที่ 118 หมู่ที่ 1 ถนนเวียงคำ-ห้วยทราย ตำบลห้วยทรายงาม อำเภอเวียงคำ จังหวัดศรีบุรินทร์ 36190"
PHONE = "0 4481 2257"
FAX = "0 4481 2258"
EMAIL = "saraban@huaisaingam.go.th"
DOMAIN = "www.huaisaingam.go.th"
SQS_DOMAIN = "huaisaingam.squarespace.com"
TODAY = date(2024, 7, 1)
PER_PAGE = 8
RSS_LIMIT = 20
WEBSITE_ID = "63f1c0a2d4e8b51c2a7f90e3"
NEWS_ID = "63f1c2b7a91e4d2f6b0c8d15"
EVENTS_ID = "63f1c2d4c07a3b1e59f2a640"
PAGES_ID = "63f1c0a2d4e8b51c2a7f90e9"
CDN = "https://images.squarespace-cdn.com/content/v1/" + WEBSITE_ID
LOGO = CDN + "/1676853412077-QK2M8Z4VNW1H7R3TBX0E/logo-huaisaingam.png"
FB = "https://www.facebook.com/huaisaingam.go.th"
LINE_OA = "https://line.me/R/ti/p/@huaisaingam"
YOUTUBE = "https://www.youtube.com/@huaisaingam"
CAMPAIGN = "6650c2e1a4b0d73f5e9c1a22"

# Squarespace member profiles (display name, 24-hex id, bio shown under posts).
AUTHORS = (
    ("งานประชาสัมพันธ์ ทต.ห้วยทรายงาม", "63f1c3a0b5d2e7f1a4c9e021", "งานประชาสัมพันธ์ สำนักปลัดเทศบาลตำบลห้วยทรายงาม"),
    ("Wanida Phromma", "6401d5e2c8a3f9b7e6d4c132", "นักประชาสัมพันธ์ปฏิบัติการ"),
    ("admin", "63f1c0a2d4e8b51c2a7f90e5", ""),
)
# Words the search page offers to add to a query ("ค้นหาเพิ่มเติม").
WORDS = ("ภาษี", "ประกาศ", "2567", "กิจกรรม", "ขยะ", "สงกรานต์", "รับสมัคร", "ถนน", "อปพร.", "ผู้สูงอายุ")


def _h(seed: str, n: int = 24) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def _num(seed: str, digits: int) -> int:
    return int(_h(seed, 12), 16) % (10**digits)


def enc(path: str) -> str:
    """How Squarespace prints a path: UTF-8 percent-encoding with upper-case hex, '+' kept."""
    return quote(path, safe="/-._~+")


def sqs_slug(title: str) -> str:
    """Squarespace's slug of a title: letters, digits and Thai marks kept, the rest to '-', lower-case."""
    out: list[str] = []
    for c in title.strip().lower():
        if c.isalnum() or "\u0e31" <= c <= "\u0e4e":
            out.append(c)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def term_slug(name: str) -> str:
    """Category and tag names in URLs: spaces as '+', the rest percent-encoded."""
    return quote(name.replace(" ", "+"), safe="+")


@dataclass(frozen=True)
class Post:
    n: int
    day: str
    hm: str
    slug: str
    cats: tuple[str, ...]
    tags: tuple[str, ...]
    author: int
    title: str
    body: tuple[
        str, ...
    ]  # "- " list item, "F: caption" image, "G: n" gallery, "Q: " quote, "B: label|href", "E:", "L:"

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def ms(self) -> int:
        return int(self.dt.timestamp()) * 1000

    @property
    def path(self) -> str:
        return enc(f"/news/{self.slug}")

    @property
    def item_id(self) -> str:
        return _h(f"item:{self.n}")

    @property
    def author_name(self) -> str:
        return AUTHORS[self.author][0]


# "## n date time slug | cats | tags | author"; slug: "a:<ascii>" typed by the editor, "t" Squarespace's
# slug of the Thai title, "s:<what is left>" Thai stripped.  Then T: title, then body lines.
SPEC = """
## 1 2023-02-14 09:10 a:land-tax-2566 | ประกาศ,ภาษีและรายได้ | ภาษีที่ดิน | 0
T: ประกาศเทศบาลตำบลห้วยทรายงาม เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีภาษี 2566
ด้วยพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 กำหนดให้ผู้มีหน้าที่เสียภาษีต้องชำระภาษีภายในเดือนเมษายนของทุกปี เทศบาลตำบลห้วยทรายงามจึงขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลทราบโดยทั่วกัน
ในปีภาษี 2566 เทศบาลได้จัดส่งแบบแจ้งการประเมินภาษี (ภ.ด.ส.6) ให้ผู้เสียภาษีทางไปรษณีย์แล้ว หากท่านใดยังไม่ได้รับ สามารถติดต่อขอรับได้ที่งานจัดเก็บรายได้ กองคลัง ในวันและเวลาราชการ โดยสามารถชำระภาษีได้ 3 ช่องทาง ดังนี้
- ชำระด้วยตนเองที่สำนักงานเทศบาล ตั้งแต่เวลา 08.30 – 16.30 น.
- โอนเข้าบัญชีธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาเวียงคำ แล้วส่งหลักฐานทางไลน์ของกองคลัง
- ชำระกับหน่วยบริการเคลื่อนที่ ซึ่งจะออกให้บริการตามหมู่บ้านในเดือนมีนาคม 2566
ผู้ที่ชำระภาษีเกินกำหนดจะต้องเสียเงินเพิ่มตามที่กฎหมายกำหนด สอบถามเพิ่มเติมโทร 0 4481 2257 ต่อ 103
B: ดาวน์โหลดประกาศ (PDF)|/s/land-tax-2566.pdf

## 2 2023-03-21 14:30 t | ข่าวประชาสัมพันธ์ | ศึกษาดูงาน | 1
T: เทศบาลตำบลห้วยทรายงามต้อนรับคณะศึกษาดูงานจากเทศบาลตำบลนาเชือกใต้
F: นายกเทศมนตรีกล่าวต้อนรับคณะศึกษาดูงาน ณ ห้องประชุมเทศบาล
วันอังคารที่ 21 มีนาคม 2566 นายประเสริฐ ชัยมงคล นายกเทศมนตรีตำบลห้วยทรายงาม พร้อมด้วยหัวหน้าส่วนราชการ ให้การต้อนรับคณะผู้บริหาร สมาชิกสภา และพนักงานเทศบาลตำบลนาเชือกใต้ จำนวน 45 คน ที่เดินทางมาศึกษาดูงานด้านการบริหารจัดการขยะมูลฝอยชุมชน
คณะศึกษาดูงานได้รับฟังการบรรยายสรุปเรื่องธนาคารขยะชุมชนและการทำปุ๋ยหมักจากเศษอาหาร จากนั้นได้ลงพื้นที่เยี่ยมชมจุดคัดแยกขยะของชุมชนบ้านโนนงาม หมู่ที่ 4 ซึ่งเป็นชุมชนต้นแบบของเทศบาล
ทั้งสองหน่วยงานได้แลกเปลี่ยนประสบการณ์และแนวทางแก้ไขปัญหาร่วมกัน เพื่อนำไปปรับใช้ในการพัฒนาท้องถิ่นของตนต่อไป

## 3 2023-04-12 10:00 s:2566 | กิจกรรม | สงกรานต์,ผู้สูงอายุ | 0
T: สืบสานประเพณีสงกรานต์ รดน้ำดำหัวผู้สูงอายุ ประจำปี 2566
F: ผู้บริหารเทศบาลร่วมรดน้ำขอพรผู้สูงอายุ
เทศบาลตำบลห้วยทรายงามจัดกิจกรรมสืบสานประเพณีสงกรานต์ รดน้ำดำหัวผู้สูงอายุ ประจำปี 2566 เมื่อวันที่ 12 เมษายน 2566 ณ ศาลาการเปรียญวัดห้วยทรายงาม โดยมีผู้สูงอายุจากทั้ง 9 หมู่บ้านเข้าร่วมกว่า 350 คน
ภายในงานมีพิธีสรงน้ำพระพุทธรูป การรดน้ำขอพรผู้สูงอายุ การแสดงฟ้อนรำของเด็กนักเรียนศูนย์พัฒนาเด็กเล็ก และการประกวดผู้สูงอายุสุขภาพดี ซึ่งได้รับความสนใจจากประชาชนเป็นจำนวนมาก
G: 6
เทศบาลขอขอบคุณวัดห้วยทรายงาม ผู้นำชุมชน และอาสาสมัครทุกท่านที่ร่วมกันทำให้งานสำเร็จลุล่วงไปด้วยดี

## 4 2023-05-30 08:45 a:dengue-campaign | สาธารณสุข และสิ่งแวดล้อม | ไข้เลือดออก | 1
T: รณรงค์ป้องกันโรคไข้เลือดออก ช่วงฤดูฝน ปี 2566
เนื่องจากเข้าสู่ฤดูฝน ซึ่งเป็นช่วงที่ยุงลายแพร่พันธุ์ได้รวดเร็ว กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลห้วยทรายงาม ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลห้วยทราย และ อสม. ทุกหมู่บ้าน ออกรณรงค์ทำลายแหล่งเพาะพันธุ์ยุงลายและพ่นหมอกควันในพื้นที่เสี่ยง
ขอความร่วมมือประชาชนปฏิบัติตามมาตรการ 3 เก็บ ป้องกัน 3 โรค ได้แก่ เก็บบ้านให้สะอาด เก็บขยะให้เรียบร้อย และเก็บน้ำให้มิดชิด เพื่อป้องกันโรคไข้เลือดออก โรคไข้ปวดข้อยุงลาย และโรคไข้ซิกา
หากมีไข้สูงลอย 2 วันขึ้นไป ให้รีบไปพบแพทย์ และห้ามรับประทานยาแอสไพรินหรือยาแก้อักเสบกลุ่ม NSAIDs โดยเด็ดขาด

## 5 2023-07-08 13:20 t | ข่าวประชาสัมพันธ์,กิจกรรม | อปพร.,ป้องกันภัย | 2
T: โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ 3
F: ผู้เข้ารับการอบรมฝึกภาคปฏิบัติการดับไฟเบื้องต้น
ระหว่างวันที่ 4 – 8 กรกฎาคม 2566 เทศบาลตำบลห้วยทรายงามร่วมกับสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดศรีบุรินทร์ จัดฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน รุ่นที่ 3 มีผู้ผ่านการอบรมจำนวน 60 คน
หลักสูตรประกอบด้วยการปฐมพยาบาลเบื้องต้น การช่วยชีวิตขั้นพื้นฐาน (CPR) การดับเพลิงเบื้องต้น การค้นหาและกู้ภัย และการจัดการจราจรในภาวะฉุกเฉิน
ผู้ผ่านการอบรมจะได้รับบัตรประจำตัว อปพร. และจะเป็นกำลังสำคัญในการช่วยเหลือประชาชนเมื่อเกิดสาธารณภัยในพื้นที่
ขอแสดงความยินดีกับสมาชิก อปพร. ใหม่ทุกท่าน

## 6 2023-08-12 11:00 s:2566-b8ktw | กิจกรรม | วันแม่ | 0
T: วันแม่แห่งชาติ 12 สิงหาคม 2566
F:
เนื่องในโอกาสวันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ เทศบาลตำบลห้วยทรายงามร่วมกับส่วนราชการในอำเภอเวียงคำ จัดพิธีถวายพระพรชัยมงคลและพิธีจุดเทียนถวายพระพร ณ หอประชุมอำเภอเวียงคำ
ในช่วงเช้า ผู้บริหาร พนักงาน และประชาชน ร่วมพิธีทำบุญตักบาตรถวายพระราชกุศล และกิจกรรมจิตอาสาพัฒนาบริเวณวัดห้วยทรายงาม ส่วนในช่วงบ่ายมีการมอบเกียรติบัตรแม่ดีเด่นประจำหมู่บ้าน จำนวน 9 ท่าน

## 7 2023-09-19 15:05 t | ข่าวประชาสัมพันธ์ | ถนน,กองช่าง | 2
T: กองช่างซ่อมแซมถนนลูกรังสายบ้านโนนงาม-บ้านหนองแวง หลังน้ำกัดเซาะ
F: เจ้าหน้าที่กองช่างเกลี่ยปรับเกรดผิวถนนลูกรัง
จากฝนที่ตกหนักต่อเนื่องในช่วงกลางเดือนกันยายน 2566 ทำให้ถนนลูกรังสายบ้านโนนงาม-บ้านหนองแวง ระยะทางประมาณ 1.8 กิโลเมตร ถูกน้ำกัดเซาะเป็นร่องลึก รถจักรยานยนต์และรถขนผลผลิตทางการเกษตรสัญจรไปมาลำบาก
นายกเทศมนตรีจึงสั่งการให้กองช่างนำเครื่องจักรเข้าดำเนินการลงหินคลุก เกลี่ยปรับเกรด และบดอัดผิวถนน พร้อมวางท่อระบายน้ำเพิ่มเติมจำนวน 2 จุด ปัจจุบันสามารถสัญจรได้ตามปกติแล้ว
หากพบถนนชำรุดหรือไฟฟ้าส่องสว่างดับ สามารถแจ้งได้ที่กองช่าง โทร 0 4481 2257 ต่อ 105 หรือทางไลน์ [@huaisaingam](https://line.me/R/ti/p/@huaisaingam)

## 8 2023-10-25 09:30 s:big-cleaning-day | สาธารณสุข และสิ่งแวดล้อม,กิจกรรม | ตลาดสด,ความสะอาด | 1
T: Big Cleaning Day ล้างตลาดสดเทศบาลตำบลห้วยทรายงาม
F: พนักงานเทศบาลและผู้ค้าร่วมกันล้างทำความสะอาดแผงจำหน่ายสินค้า
วันพุธที่ 25 ตุลาคม 2566 กองสาธารณสุขและสิ่งแวดล้อมร่วมกับผู้ค้าในตลาดสดเทศบาล จัดกิจกรรม Big Cleaning Day ล้างทำความสะอาดตลาดครั้งใหญ่ ตามโครงการตลาดสดน่าซื้อ
กิจกรรมประกอบด้วยการล้างพื้นตลาด ทางระบายน้ำ และแผงจำหน่ายสินค้า การฆ่าเชื้อด้วยน้ำยาคลอรีน การกำจัดแหล่งเพาะพันธุ์แมลงวันและหนู รวมถึงการตรวจสอบบ่อดักไขมัน
ทั้งนี้ตลาดสดจะปิดทำการในช่วงเช้าของวันดังกล่าวเป็นการชั่วคราว และจะกลับมาเปิดตามปกติตั้งแต่เวลา 15.00 น. เป็นต้นไป

## 9 2023-11-27 18:40 a:loykrathong66 | กิจกรรม | ลอยกระทง,ประเพณี | 0
T: บรรยากาศงานประเพณีลอยกระทง ประจำปี 2566 ณ หนองห้วยทราย
F: กระทงจากวัสดุธรรมชาติที่ส่งเข้าประกวด
คืนวันจันทร์ที่ 27 พฤศจิกายน 2566 เทศบาลตำบลห้วยทรายงามจัดงานประเพณีลอยกระทง ณ บริเวณหนองห้วยทราย มีประชาชนทั้งในและนอกพื้นที่ร่วมงานอย่างคึกคัก
F: ขบวนแห่นางนพมาศจากชุมชนต่างๆ
ผลการประกวดกระทงประดิษฐ์ รางวัลชนะเลิศได้แก่ ชุมชนบ้านหนองแวง หมู่ที่ 6 รางวัลรองชนะเลิศอันดับ 1 ได้แก่ ชุมชนบ้านห้วยทราย หมู่ที่ 1 และรางวัลรองชนะเลิศอันดับ 2 ได้แก่ ชุมชนบ้านโนนงาม หมู่ที่ 4
เทศบาลขอขอบคุณทุกภาคส่วนที่ร่วมรณรงค์ใช้กระทงจากวัสดุธรรมชาติ ทำให้ปีนี้ปริมาณขยะกระทงลดลงจากปีที่ผ่านมาอย่างเห็นได้ชัด
E: 1049871263354120

## 10 2023-12-28 10:15 t | ข่าวประชาสัมพันธ์ | ป้องกันภัย,ปีใหม่ | 2
T: ตั้งจุดบริการประชาชน ช่วง 7 วันอันตรายเทศกาลปีใหม่ 2567
เทศบาลตำบลห้วยทรายงามร่วมกับสถานีตำรวจภูธรเวียงคำ และ อปพร. ตั้งจุดบริการประชาชนบริเวณสี่แยกบ้านห้วยทราย ระหว่างวันที่ 27 ธันวาคม 2566 – 2 มกราคม 2567 ตลอด 24 ชั่วโมง
ภายในจุดบริการมีน้ำดื่ม กาแฟ ยาสามัญประจำบ้าน และจุดพักรถสำหรับผู้เดินทางไกล พร้อมเจ้าหน้าที่คอยอำนวยความสะดวกด้านการจราจร
Q: เมาไม่ขับ ง่วงไม่ขับ สวมหมวกนิรภัย คาดเข็มขัดนิรภัย ทุกครั้งที่เดินทาง
หากเกิดเหตุฉุกเฉินโทรแจ้ง 1669 หรือศูนย์ อปพร. เทศบาลตำบลห้วยทรายงาม โทร 0 4481 2257 ต่อ 199 ได้ตลอด 24 ชั่วโมง

## 11 2024-01-13 08:00 a:childrens-day-2024 | กิจกรรม | วันเด็ก,ศูนย์พัฒนาเด็กเล็ก | 1
T: งานวันเด็กแห่งชาติ ประจำปี 2567 “เด็กไทยมุ่งมั่น ใฝ่เรียนรู้ คู่คุณธรรม”
F: เด็กๆ ร่วมเล่นเกมและรับของขวัญจากผู้บริหารเทศบาล
วันเสาร์ที่ 13 มกราคม 2567 เทศบาลตำบลห้วยทรายงามจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองเข้าร่วมงานกว่า 800 คน
ภายในงานมีซุ้มเกมจากส่วนราชการและภาคเอกชน การแสดงบนเวทีของนักเรียนในพื้นที่ การมอบทุนการศึกษา 30 ทุน และอาหาร ไอศกรีม ขนม แจกฟรีตลอดงาน
นายประเสริฐ ชัยมงคล นายกเทศมนตรี กล่าวว่า เทศบาลให้ความสำคัญกับการพัฒนาเด็กและเยาวชน และจะสนับสนุนกิจกรรมที่ส่งเสริมการเรียนรู้นอกห้องเรียนอย่างต่อเนื่อง
G: 8

## 12 2024-02-09 13:30 t | ข่าวประชาสัมพันธ์ | สภาเทศบาล | 0
T: ประชุมสภาเทศบาลตำบลห้วยทรายงาม สมัยสามัญ สมัยแรก ประจำปี 2567
วันศุกร์ที่ 9 กุมภาพันธ์ 2567 เวลา 09.30 น. สภาเทศบาลตำบลห้วยทรายงามได้ประชุมสภาเทศบาล สมัยสามัญ สมัยแรก ประจำปี 2567 ณ ห้องประชุมสภาเทศบาล โดยมีนายสมบูรณ์ แก้วกาญจนา ประธานสภาเทศบาล เป็นประธานการประชุม
ที่ประชุมได้พิจารณาเรื่องสำคัญหลายเรื่อง ได้แก่
- การรายงานผลการดำเนินงานตามนโยบายของนายกเทศมนตรี ประจำปีงบประมาณ 2566
- การพิจารณาให้ความเห็นชอบโอนงบประมาณรายจ่ายประจำปี 2567 เพื่อจัดซื้อรถบรรทุกน้ำอเนกประสงค์
- การกำหนดสมัยประชุมสามัญประจำปี 2567
L:
ประชาชนที่สนใจสามารถติดตามรายงานการประชุมได้ที่หน้า [ITA](/ita) ของเว็บไซต์ภายใน 15 วันหลังการประชุม

## 13 2024-02-27 09:00 a:tax-2567 | ประกาศ,ภาษีและรายได้ | ภาษีที่ดิน,ภาษีป้าย | 0
T: ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567
เทศบาลตำบลห้วยทรายงามขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567 ชำระภาษีภายในกำหนด เพื่อหลีกเลี่ยงเงินเพิ่มและค่าปรับ
- ภาษีป้าย ยื่นแบบ ภ.ป.1 ภายในวันที่ 31 มีนาคม 2567
- ภาษีที่ดินและสิ่งปลูกสร้าง ชำระภายในวันที่ 30 เมษายน 2567
ปีนี้เทศบาลเพิ่มช่องทางการชำระผ่าน QR Code พร้อมเพย์ ซึ่งพิมพ์ไว้บนแบบแจ้งการประเมินภาษีแล้ว ผู้เสียภาษีสามารถชำระได้ตลอด 24 ชั่วโมง
รายละเอียดของปีที่ผ่านมาดูได้ที่ [ประกาศปีภาษี 2566](https://www.huaisaingam.go.th/news/land-tax-2566) หรือสอบถามงานจัดเก็บรายได้ กองคลัง โทร 0 4481 2257 ต่อ 103
B: แบบ ภ.ป.1 (PDF)|/s/pp1-form.pdf

## 14 2024-03-16 06:15 t | สาธารณสุข และสิ่งแวดล้อม | ขยะ,ธนาคารขยะ | 1
T: อบรมให้ความรู้การคัดแยกขยะต้นทางในครัวเรือน ประจำปี 2567
F: วิทยากรสาธิตการทำถังขยะเปียกลดโลกร้อน
เมื่อวันที่ 15 มีนาคม 2567 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลห้วยทรายงาม จัดโครงการอบรมให้ความรู้การคัดแยกขยะต้นทางในครัวเรือน ณ ศาลาประชาคมบ้านห้วยทราย หมู่ที่ 1 มีตัวแทนครัวเรือนเข้าร่วม 120 คน
วิทยากรได้ให้ความรู้เรื่องประเภทของขยะ การคัดแยกขยะรีไซเคิล ขยะอันตราย และขยะอินทรีย์ พร้อมสาธิตการทำถังขยะเปียกลดโลกร้อนจากถังพลาสติกเหลือใช้ ซึ่งผู้เข้าร่วมสามารถนำกลับไปใช้ที่บ้านได้ทันที
ในปีงบประมาณ 2567 เทศบาลตั้งเป้าลดปริมาณขยะที่ส่งไปกำจัดลงร้อยละ 10 เมื่อเทียบกับปี 2566 ดูผลการดำเนินงานปีที่แล้วได้ที่ข่าว [ต้อนรับคณะศึกษาดูงาน](https://huaisaingam.squarespace.com/news/เทศบาลตำบลห้วยทรายงามต้อนรับคณะศึกษาดูงานจากเทศบาลตำบลนาเชือกใต้)

## 15 2024-04-11 16:00 s:2567 | กิจกรรม | สงกรานต์,ผู้สูงอายุ | 0
T: ขอเชิญร่วมงานสงกรานต์ สืบสานประเพณี รดน้ำดำหัวผู้สูงอายุ 2567
เทศบาลตำบลห้วยทรายงามขอเชิญชวนประชาชนร่วมงานประเพณีสงกรานต์ ประจำปี 2567 ในวันศุกร์ที่ 12 เมษายน 2567 ตั้งแต่เวลา 08.00 น. เป็นต้นไป ณ ศาลาการเปรียญวัดห้วยทรายงาม
กำหนดการประกอบด้วยพิธีทำบุญตักบาตร พิธีสรงน้ำพระ พิธีรดน้ำดำหัวผู้สูงอายุ และการละเล่นพื้นบ้าน ขอให้ผู้ร่วมงานแต่งกายด้วยผ้าไทยหรือเสื้อลายดอก
เทศบาลขอความร่วมมืองดใช้แป้งและน้ำที่ไม่สะอาด และงดจำหน่ายเครื่องดื่มแอลกอฮอล์ในบริเวณงาน ดูภาพบรรยากาศปีที่แล้วได้ที่ [สงกรานต์ 2566](/news/2566/)

## 16 2024-05-02 10:40 a:cdc-2567 | ประกาศ | ศูนย์พัฒนาเด็กเล็ก,รับสมัคร | 2
T: รับสมัครเด็กเล็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลตำบลห้วยทรายงาม ปีการศึกษา 2567
ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลห้วยทรายงาม เปิดรับสมัครเด็กเล็กเข้าเรียน ปีการศึกษา 2567 ตั้งแต่วันที่ 2 – 17 พฤษภาคม 2567 ในวันและเวลาราชการ
คุณสมบัติของผู้สมัคร
- เด็กที่เกิดระหว่างวันที่ 1 มกราคม 2563 ถึงวันที่ 31 ธันวาคม 2564
- มีชื่ออยู่ในทะเบียนบ้านในเขตเทศบาลหรือพื้นที่ใกล้เคียง
หลักฐานการสมัคร ได้แก่ สำเนาสูติบัตร สำเนาทะเบียนบ้าน สำเนาบัตรประชาชนของบิดามารดา รูปถ่ายขนาด 1 นิ้ว จำนวน 3 รูป และสมุดบันทึกสุขภาพเด็ก
เด็กทุกคนได้รับอาหารกลางวัน อาหารเสริม (นม) และวัสดุการเรียนโดยไม่เสียค่าใช้จ่าย

## 17 2024-05-21 14:00 t | ข่าวประชาสัมพันธ์,กิจกรรม | ป้องกันภัย,อัคคีภัย | 2
T: ฝึกอบรมการใช้เครื่องดับเพลิงเบื้องต้นแก่ผู้ประกอบการร้านค้า
F: ผู้ประกอบการฝึกใช้ถังดับเพลิงชนิดผงเคมีแห้ง
วันที่ 21 พฤษภาคม 2567 งานป้องกันและบรรเทาสาธารณภัย สำนักปลัดเทศบาล จัดฝึกอบรมการใช้เครื่องดับเพลิงเบื้องต้นให้แก่ผู้ประกอบการร้านค้า ร้านอาหาร และปั๊มน้ำมันในเขตเทศบาล จำนวน 48 ราย
ผู้เข้าอบรมได้เรียนรู้ประเภทของไฟ การเลือกใช้ถังดับเพลิงให้เหมาะสม และการตรวจสอบถังก๊าซหุงต้มเพื่อป้องกันการรั่วไหล ก่อนฝึกปฏิบัติดับไฟจริงที่ลานหน้าสำนักงานเทศบาล

## 18 2024-06-05 09:20 t | สาธารณสุข และสิ่งแวดล้อม,กิจกรรม | สิ่งแวดล้อม,ปลูกต้นไม้ | 0
T: วันสิ่งแวดล้อมโลก 2567 ร่วมปลูกต้นไม้ริมหนองห้วยทราย
F: ผู้บริหารและจิตอาสาร่วมปลูกต้นไม้ริมหนองห้วยทราย
เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 เทศบาลตำบลห้วยทรายงามร่วมกับโรงเรียนบ้านห้วยทราย และจิตอาสาในพื้นที่ ปลูกต้นไม้ยืนต้นจำนวน 500 ต้น บริเวณริมหนองห้วยทราย
พันธุ์ไม้ที่ปลูกได้แก่ ต้นยางนา ต้นพะยูง ต้นคูน และต้นมะขามป้อม ซึ่งได้รับการสนับสนุนกล้าไม้จากสถานีเพาะชำกล้าไม้จังหวัดศรีบุรินทร์
G: 5
นอกจากนี้ยังมีกิจกรรมเก็บขยะรอบหนองและการปล่อยพันธุ์ปลาจำนวน 20,000 ตัว เพื่อเพิ่มความอุดมสมบูรณ์ของแหล่งน้ำ
ขอบคุณทุกท่านที่ร่วมกันดูแลสิ่งแวดล้อมของบ้านเรา

## 19 2024-06-24 15:30 a:recruit-result-2567 | ประกาศ | รับสมัคร | 0
T: ประกาศรายชื่อผู้ผ่านการเลือกสรรเป็นพนักงานจ้างทั่วไป
ตามที่เทศบาลตำบลห้วยทรายงามได้ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ และตำแหน่งผู้ดูแลเด็ก ระหว่างวันที่ 3 – 14 มิถุนายน 2567 นั้น
บัดนี้ การดำเนินการเลือกสรรได้เสร็จสิ้นแล้ว จึงประกาศรายชื่อผู้ผ่านการเลือกสรรตามเอกสารแนบท้ายประกาศนี้ ให้ผู้ผ่านการเลือกสรรมารายงานตัวเพื่อทำสัญญาจ้างในวันที่ 1 กรกฎาคม 2567 เวลา 09.00 น. ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล
หากไม่มารายงานตัวตามวันและเวลาที่กำหนด จะถือว่าสละสิทธิ์
B: ประกาศรายชื่อ (PDF)|/s/recruit-result-2567.pdf
"""

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def _parse(spec: str) -> tuple[Post, ...]:
    posts = []
    for block in spec.strip().split("\n## "):
        lines = [ln for ln in block.removeprefix("## ").strip().split("\n") if ln.strip()]
        head = [p.strip() for p in lines[0].split("|")]
        n, day, hm, slug = head[0].split()
        title = lines[1].removeprefix("T: ")
        slug = sqs_slug(title) if slug == "t" else slug[2:]
        posts.append(
            Post(
                int(n),
                day,
                hm,
                slug,
                tuple(head[1].split(",")),
                tuple(head[2].split(",")),
                int(head[3]),
                title,
                tuple(ln.rstrip() for ln in lines[2:]),
            )
        )
    return tuple(posts)


POSTS = _parse(SPEC)  # oldest first
NEWEST = tuple(sorted(POSTS, key=lambda p: p.ms, reverse=True))
BY_N = {p.n: p for p in POSTS}
CATEGORIES = sorted({c for p in POSTS for c in p.cats})
EMPTY_CATEGORY = "จัดซื้อจัดจ้าง"
TAGS = sorted({t for p in POSTS for t in p.tags})
# Posts linked from the e-mail newsletter text block on the home page (tracking copies).
NEWSLETTER = (16, 17, 18)

# -- static pages (text of their own) ----------------------------------------------------------------
MAYOR = "นายประเสริฐ ชัยมงคล"
MAYOR_MESSAGE = (
    "เรียน พี่น้องประชาชนชาวตำบลห้วยทรายงามที่เคารพทุกท่าน",
    "เว็บไซต์เทศบาลตำบลห้วยทรายงามจัดทำขึ้นเพื่อเป็นช่องทางเผยแพร่ข้อมูลข่าวสาร ประกาศ และผลการดำเนินงานของเทศบาลให้ประชาชนได้รับทราบอย่างทั่วถึง โปร่งใส และตรวจสอบได้ ตามหลักธรรมาภิบาลและพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
    "ตลอดระยะเวลาที่ผ่านมา เทศบาลได้มุ่งมั่นพัฒนาโครงสร้างพื้นฐาน ทั้งถนน ไฟฟ้าส่องสว่าง และระบบประปาหมู่บ้าน ควบคู่ไปกับการดูแลคุณภาพชีวิตของผู้สูงอายุ ผู้พิการ และเด็กเล็ก ซึ่งทั้งหมดนี้สำเร็จได้ด้วยความร่วมมือของพี่น้องประชาชนทุกท่าน",
    "กระผมขอเชิญชวนทุกท่านติดตามข่าวสารของเทศบาลผ่านเว็บไซต์นี้ และเฟซบุ๊กเพจของเทศบาล หากมีข้อเสนอแนะหรือเรื่องร้องเรียน สามารถแจ้งได้ที่หน้าติดต่อเรา เทศบาลพร้อมรับฟังและแก้ไขปัญหาให้โดยเร็วที่สุด",
)
HISTORY = (
    "ตำบลห้วยทรายงามเป็นชุมชนเก่าแก่ที่ตั้งถิ่นฐานอยู่ริมลำห้วยทราย ผู้เฒ่าผู้แก่เล่าสืบต่อกันมาว่า เมื่อประมาณ 200 ปีก่อน มีชาวบ้านอพยพมาจากเมืองเวียงคำเก่าเพื่อหาที่ทำกินแห่งใหม่ เมื่อมาถึงบริเวณนี้พบลำห้วยที่มีหาดทรายขาวสะอาดและน้ำใสไหลตลอดปี จึงพากันตั้งบ้านเรือนและเรียกชื่อหมู่บ้านว่า “บ้านห้วยทรายงาม”",
    "ต่อมาเมื่อมีการจัดตั้งสภาตำบลห้วยทรายงามในปี พ.ศ. 2515 และได้รับการยกฐานะเป็นองค์การบริหารส่วนตำบลห้วยทรายงามเมื่อปี พ.ศ. 2539 จนกระทั่งได้รับการเปลี่ยนแปลงฐานะเป็นเทศบาลตำบลห้วยทรายงาม เมื่อวันที่ 8 กันยายน พ.ศ. 2551 ตามประกาศกระทรวงมหาดไทย",
    "เทศบาลตำบลห้วยทรายงามมีพื้นที่ประมาณ 48.5 ตารางกิโลเมตร แบ่งการปกครองออกเป็น 9 หมู่บ้าน มีประชากรประมาณ 8,412 คน 2,936 ครัวเรือน (ข้อมูล ณ เดือนธันวาคม 2566) ประชาชนส่วนใหญ่ประกอบอาชีพเกษตรกรรม ได้แก่ ทำนา ปลูกอ้อย ปลูกมันสำปะหลัง และเลี้ยงโคเนื้อ",
    "สภาพพื้นที่โดยทั่วไปเป็นที่ราบสลับเนินเตี้ย มีหนองห้วยทรายเป็นแหล่งน้ำสาธารณะขนาดใหญ่ ใช้สำหรับผลิตน้ำประปาหมู่บ้านและการเกษตร และเป็นสถานที่จัดงานประเพณีลอยกระทงของตำบลเป็นประจำทุกปี",
    "ตราสัญลักษณ์ของเทศบาลเป็นรูปลำห้วยไหลผ่านหาดทราย มีรวงข้าวและต้นอ้อยอยู่สองข้าง หมายถึงความอุดมสมบูรณ์ของแผ่นดินและวิถีชีวิตเกษตรกรรมของชาวห้วยทรายงาม",
)
VISION = "“ห้วยทรายงามน่าอยู่ เศรษฐกิจพอเพียง สิ่งแวดล้อมดี ประชาชนมีคุณภาพชีวิตที่ดี บริหารจัดการโปร่งใส”"
MISSIONS = (
    "พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและทั่วถึง",
    "ส่งเสริมอาชีพและเพิ่มรายได้แก่ประชาชนตามแนวทางเศรษฐกิจพอเพียง",
    "ส่งเสริมการศึกษา ศาสนา ศิลปวัฒนธรรม และภูมิปัญญาท้องถิ่น",
    "ดูแลสุขภาพอนามัยและจัดสวัสดิการสังคมแก่ผู้สูงอายุ ผู้พิการ และผู้ด้อยโอกาส",
    "อนุรักษ์ทรัพยากรธรรมชาติและจัดการสิ่งแวดล้อมอย่างยั่งยืน",
    "บริหารจัดการองค์กรตามหลักธรรมาภิบาล โปร่งใส และเปิดโอกาสให้ประชาชนมีส่วนร่วม",
)
VISION_TEXT = (
    "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) ของเทศบาลตำบลห้วยทรายงาม จัดทำขึ้นโดยผ่านการประชาคมหมู่บ้านและประชาคมตำบล เพื่อรับฟังปัญหาและความต้องการของประชาชนในทุกหมู่บ้าน แล้วนำมากำหนดเป็นยุทธศาสตร์การพัฒนา 6 ด้าน สอดคล้องกับยุทธศาสตร์จังหวัดศรีบุรินทร์",
    "เทศบาลจะติดตามและประเมินผลแผนพัฒนาท้องถิ่นปีละ 2 ครั้ง และรายงานผลให้สภาเทศบาลและประชาชนทราบผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์ของเทศบาล",
)
STAFF = (
    (
        "คณะผู้บริหาร",
        (
            ("นายประเสริฐ ชัยมงคล", "นายกเทศมนตรีตำบลห้วยทรายงาม"),
            ("นายวีระพงษ์ ทองสุข", "รองนายกเทศมนตรี"),
            ("นางบุษบา ศรีห้วยทราย", "รองนายกเทศมนตรี"),
            ("นายชาตรี บุญเรือง", "เลขานุการนายกเทศมนตรี"),
        ),
    ),
    ("สภาเทศบาล", (("นายสมบูรณ์ แก้วกาญจนา", "ประธานสภาเทศบาล"), ("นางสาวอรทัย มีสุข", "รองประธานสภาเทศบาล"))),
    (
        "หัวหน้าส่วนราชการ",
        (
            ("นางสาวพรรณี ศรีวงศ์", "ปลัดเทศบาล"),
            ("นายอนุชา พลราช", "รองปลัดเทศบาล"),
            ("นางจันทร์เพ็ญ คำหอม", "ผู้อำนวยการกองคลัง"),
            ("นายสุรศักดิ์ ดวงดี", "ผู้อำนวยการกองช่าง"),
            ("นางสาวกมลชนก ไชยศรี", "หัวหน้าสำนักปลัดเทศบาล"),
        ),
    ),
)
# OIT items of the ITA page: code, label, file under /s/ (None: the file was deleted, a broken link).
ITA = (
    ("O1", "โครงสร้าง", "o1-structure-2567.pdf"),
    ("O2", "ข้อมูลผู้บริหาร", "o2-executives-2567.pdf"),
    ("O3", "อำนาจหน้าที่", "o3-authority.pdf"),
    ("O4", "แผนการดำเนินงานประจำปี", "o4-annual-plan-2567.pdf"),
    ("O5", "ข้อมูลการติดต่อ", None),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "o6-laws.pdf"),
    ("O10", "รายงานผลการดำเนินงานประจำปี", "o10-report-2566.pdf"),
    ("O12", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "O12_report_6month_2567_final(1).pdf"),
    ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "o13-manual.pdf"),
    ("O20", "แผนการจัดซื้อจัดจ้างประจำปี", "o20-procurement-plan-2567.pdf"),
    ("O21", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "o21-procurement-2567.pdf"),
)
ITA_BROKEN = "o12-report-2566.pdf"  # the editor's old link in the last paragraph; the file was replaced

# Events collection: slug, day, start, end, title, place, description lines, related post or 0.
EVENTS = (
    (
        "songkran-2567",
        "2024-04-12",
        "08:00",
        "12:00",
        "งานประเพณีสงกรานต์ รดน้ำดำหัวผู้สูงอายุ ประจำปี 2567",
        "ศาลาการเปรียญวัดห้วยทรายงาม",
        ("พิธีทำบุญตักบาตร สรงน้ำพระ และรดน้ำดำหัวผู้สูงอายุ",),
        15,
    ),
    (
        "fire-training-2567",
        "2024-05-21",
        "13:00",
        "16:30",
        "อบรมการใช้เครื่องดับเพลิงเบื้องต้น",
        "ลานหน้าสำนักงานเทศบาล",
        ("สำหรับผู้ประกอบการร้านค้าในเขตเทศบาล รับจำนวนจำกัด",),
        17,
    ),
    (
        "world-environment-day-2567",
        "2024-06-05",
        "08:30",
        "11:30",
        "ปลูกต้นไม้วันสิ่งแวดล้อมโลก",
        "ริมหนองห้วยทราย หมู่ที่ 1",
        ("นำจอบ เสียม และหมวกมาเองได้ เทศบาลมีน้ำดื่มบริการ",),
        18,
    ),
    (
        "market-july-2567",
        "2024-07-06",
        "07:00",
        "12:00",
        "ตลาดนัดสินค้าชุมชนห้วยทรายงาม",
        "ลานหน้าสำนักงานเทศบาล",
        ("จำหน่ายผักปลอดสารพิษ ผ้าทอมือ และผลิตภัณฑ์ OTOP ของตำบล", "ผู้ค้าที่สนใจจองแผงได้ที่สำนักปลัดเทศบาล"),
        0,
    ),
    (
        "แห่เทียนพรรษา-2567",
        "2024-07-20",
        "08:00",
        "12:00",
        "แห่เทียนเข้าพรรษา ประจำปี 2567",
        "วัดห้วยทรายงาม",
        ("ตั้งขบวนที่หน้าสำนักงานเทศบาล เวลา 08.00 น.",),
        0,
    ),
    (
        "mothers-day-2567",
        "2024-08-12",
        "07:00",
        "10:00",
        "กิจกรรมเฉลิมพระเกียรติ วันแม่แห่งชาติ",
        "หอประชุมอำเภอเวียงคำ",
        ("แต่งกายชุดผ้าไทยโทนสีฟ้า",),
        0,
    ),
    (
        "council-3-2567",
        "2024-08-15",
        "09:30",
        "12:00",
        "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
        "ห้องประชุมสภาเทศบาล",
        ("ประชาชนเข้ารับฟังการประชุมได้",),
        0,
    ),
)


def month_step(y: int, m: int, step: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + step
    return k // 12, k % 12 + 1


def plain(line: str) -> str:
    for prefix in ("- ", "Q: "):
        line = line.removeprefix(prefix)
    return " ".join(LINK.sub(r"\1", line).split())


def is_text(line: str) -> bool:
    return not line.startswith(("F:", "G:", "B:", "E:", "L:"))


def gold_paragraphs(p: Post) -> tuple[str, ...]:
    return tuple(plain(line) for line in p.body if is_text(line))


def captions(p: Post) -> tuple[str, ...]:
    return tuple(line[2:].strip() for line in p.body if line.startswith("F:") and line[2:].strip())


def excerpt(p: Post, limit: int = 160) -> str:
    first = next(plain(line) for line in p.body if is_text(line) and not line.startswith("- "))
    if len(first) <= limit:
        return first
    cut = first.find(" ", limit)
    return first if cut < 0 else first[:cut] + "…"


def inline(text: str) -> str:
    parts, last = [], 0
    for m in LINK.finditer(text):
        parts.append(esc(text[last : m.start()]))
        href = m.group(2)
        if href.startswith("/"):
            href = enc(href)
        parts.append(f'<a href="{attr(href)}">{esc(m.group(1))}</a>')
        last = m.end()
    parts.append(esc(text[last:]))
    return "".join(parts)


# Dates as the Thai-language site prints them (Gregorian years).
def meta_date(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def list_date(d: date) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def summary_date(d: date) -> str:
    return f"{MONTHS_ABBR[d.month - 1]} {d.day}, {d.year}"


def amp_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def ld_date(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+0700"


def month_key(d: date) -> str:
    return f"{EN_MONTHS[d.month - 1]}-{d.year}"


def image_url(seed: str, name: str = "IMG") -> str:
    stamp = 1676000000000 + _num(seed, 10)
    token = _h(seed, 20).upper()
    return f"{CDN}/{stamp}-{token}/{name}_{_num(seed + 'n', 4):04d}.jpg"


# -- blocks ---------------------------------------------------------------------------------------
def block_id(seed: str) -> str:
    return f"yui_3_17_2_1_{1676853000000 + _num(seed, 9)}_{_num(seed + 'b', 6)}"


def p_html(text: str, nbsp: bool = False) -> str:
    lead = "&nbsp;" * 8 if nbsp else ""
    return f'<p class="" style="white-space:pre-wrap;">{lead}{inline(text)}</p>'


def text_block(inner: str, seed: str) -> str:
    return f"""<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" data-sqsp-block="text" id="block-{block_id(seed)}"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>
  {inner}
</div>
</div></div>"""


def image_block(seed: str, caption: str, alt: str = "", width: int = 1500, height: int = 1000) -> str:
    src = image_url(seed)
    cap = (
        f"""
            <figcaption class="image-caption-wrapper">
              <div class="image-caption"><p class="" style="white-space:pre-wrap;">{esc(caption)}</p></div>
            </figcaption>"""
        if caption
        else ""
    )
    layout = "layout-caption-below" if caption else "layout-caption-hidden"
    return f"""<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-{block_id(seed)}"><div class="sqs-block-content">
        <figure class="sqs-block-image-figure intrinsic" style="max-width:{width}px;">
          <div class="image-block-outer-wrapper {layout} design-layout-inline combination-animation-site-default individual-animation-site-default" data-test="image-block-inline-outer-wrapper">
            <div class="intrinsic" style="max-width:{width}.0px;">
              <div style="padding-bottom:{height / width * 100:.4f}%;" class="image-block-wrapper" data-animation-role="image">
                <img data-stretch="false" data-src="{src}" data-image="{src}" data-image-dimensions="{width}x{height}" data-image-focal-point="0.5,0.5" alt="{attr(alt)}" data-load="false" elementtiming="system-image-block" src="{src}" width="{width}" height="{height}" sizes="(max-width: 640px) 100vw, (max-width: 767px) 100vw, 100vw" style="display:block;object-fit: cover; width: 100%; height: 100%; object-position: 50% 50%" srcset="{src}?format=100w 100w, {src}?format=300w 300w, {src}?format=500w 500w, {src}?format=750w 750w, {src}?format=1000w 1000w, {src}?format=1500w 1500w" loading="lazy" decoding="async" data-loader="sqs">
              </div>
            </div>
          </div>{cap}
        </figure>
      </div></div>"""


def gallery_block(seed: str, count: int) -> str:
    slides = []
    for i in range(count):
        src = image_url(f"{seed}:{i}", "LINE_ALBUM")
        slides.append(
            f"""<div class="slide" data-type="image" data-animation-role="image"><div class="margin-wrapper">
          <a data-title="" data-description="" data-lightbox-theme="" href="{src}?format=1500w" role="button" class="image-slide-anchor js-gallery-lightbox-opener content-fit"><span class="v6-visually-hidden">ดูขนาดเต็ม</span>
            <img class="thumb-image" elementtiming="system-gallery-block-grid" data-src="{src}" data-image="{src}" data-image-dimensions="1280x960" data-image-focal-point="0.5,0.5" alt="LINE_ALBUM_{i + 1}.jpg" data-load="false" src="{src}?format=750w" loading="lazy">
          </a></div></div>"""
        )
    return f"""<div class="sqs-block gallery-block sqs-block-gallery" data-block-json="&#123;&quot;aspect-ratio&quot;:&quot;standard&quot;,&quot;thumbnails-per-row&quot;:4&#125;" data-block-type="8" id="block-{block_id(seed)}"><div class="sqs-block-content">
  <div class="sqs-gallery-container sqs-gallery-block-grid sqs-gallery-aspect-ratio-standard sqs-gallery-thumbnails-per-row-4 block-animation-none clear">
    <div class="sqs-gallery">
      {"".join(slides)}
    </div>
  </div>
</div></div>"""


def quote_block(text: str, seed: str) -> str:
    return f"""<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-{block_id(seed)}"><div class="sqs-block-content">
  <figure class="block-animation-none"><blockquote data-animation-role="quote" data-animation-override><span>“</span>{esc(text)}<span>”</span></blockquote></figure>
</div></div>"""


def button_block(label: str, href: str, seed: str) -> str:
    return f"""<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-{block_id(seed)}"><div class="sqs-block-content">
  <div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium" data-button-type="primary">
    <a href="{attr(enc(href))}" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element" target="_blank">{esc(label)}</a>
  </div>
</div></div>"""


def embed_block(video: str, seed: str) -> str:
    href = quote_plus(f"https://www.facebook.com/huaisaingam.go.th/videos/{video}/")
    return f"""<div class="sqs-block embed-block sqs-block-embed" data-block-type="22" id="block-{block_id(seed)}"><div class="sqs-block-content"><div class="intrinsic" style="max-width:100%"><div class="embed-block-wrapper embed-block-provider-Facebook" style="padding-bottom:56.25%;">
  <iframe src="https://www.facebook.com/plugins/video.php?height=314&amp;href={href}&amp;show_text=false&amp;width=560&amp;t=0" width="560" height="314" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" allow="autoplay; clipboard-write; encrypted-media; picture-in-picture; web-share"></iframe>
</div></div></div></div>"""


def line_block(seed: str) -> str:
    return f"""<div class="sqs-block horizontalrule-block sqs-block-horizontalrule" data-block-type="47" id="block-{block_id(seed)}"><div class="sqs-block-content"><hr></div></div>"""


def body_blocks(p: Post) -> list[str]:
    """The post body as Squarespace blocks: consecutive text lines share one text block."""
    blocks: list[str] = []
    run: list[str] = []
    in_list = False
    nbsp = p.author == 2  # the admin account pastes from Word: indented paragraphs

    def flush() -> None:
        nonlocal in_list
        if in_list:
            run.append("</ul>")
            in_list = False
        if run:
            blocks.append(text_block("".join(run), f"text:{p.n}:{len(blocks)}"))
            run.clear()

    figure = 0
    for line in p.body:
        seed = f"blk:{p.n}:{len(blocks)}:{len(run)}"
        if line.startswith("- "):
            if not in_list:
                run.append('<ul data-rte-list="default">')
                in_list = True
            run.append(f'<li><p class="" style="white-space:pre-wrap;">{inline(line[2:])}</p></li>')
            continue
        if in_list and is_text(line):
            run.append("</ul>")
            in_list = False
        if is_text(line):
            if line.startswith("Q: "):
                flush()
                blocks.append(quote_block(line[3:], seed))
            else:
                run.append(p_html(line, nbsp))
            continue
        flush()
        if line.startswith("F:"):
            figure += 1
            blocks.append(image_block(f"img:{p.n}:{figure}", line[2:].strip()))
        elif line.startswith("G:"):
            blocks.append(gallery_block(f"gal:{p.n}", int(line[2:])))
        elif line.startswith("B:"):
            label, href = line[2:].strip().split("|")
            blocks.append(button_block(label, href, seed))
        elif line.startswith("E:"):
            blocks.append(embed_block(line[2:].strip(), seed))
        elif line.startswith("L:"):
            blocks.append(line_block(seed))
    flush()
    return blocks


def layout(blocks: list[str], seed: str, updated: int) -> str:
    """Classic ``sqs-layout`` grid (blog post bodies)."""
    inner = "\n".join(blocks)
    return f"""<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="{updated}" id="item-{_h(seed)}"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{inner}
</div></div></div>"""


def fluid(blocks: list[str], seed: str) -> str:
    """7.1 Fluid Engine section (pages): every block in its own ``fe-block`` cell."""
    cells = "\n".join(
        f'<div class="fe-block fe-block-{block_id(f"{seed}:{i}")}">{b}</div>' for i, b in enumerate(blocks)
    )
    return f"""<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="{_h(seed)}" data-controller="SectionWrapperController">
  <div class="section-border"><div class="section-background"></div></div>
  <div class="content-wrapper" style=""><div class="content">
    <div data-fluid-engine="true"><div class="fluid-engine fe-{_h(seed)}">
{cells}
    </div></div>
  </div></div>
</section>"""


def archive_months() -> list[tuple[str, str, int]]:
    """(month key, Thai label, count) newest first, as the archive block lists them."""
    seen: dict[str, tuple[str, int]] = {}
    for p in NEWEST:
        key = month_key(p.d)
        label, count = seen.get(key, (f"{MONTHS[p.d.month - 1]} {p.d.year}", 0))
        seen[key] = (label, count + 1)
    return [(k, label, count) for k, (label, count) in seen.items()]


NAV = (
    ("หน้าแรก", "/", ()),
    (
        "เกี่ยวกับเรา",
        "/about-us",
        (("ประวัติความเป็นมา", "/about"), ("วิสัยทัศน์ / พันธกิจ", "/vision"), ("บุคลากร", "/staff")),
    ),
    ("ข่าวสาร", "/news", ()),
    ("ประกาศจัดซื้อจัดจ้าง", "/news/category/" + term_slug(EMPTY_CATEGORY), ()),
    ("กิจกรรม", "/events", ()),
    ("ITA", "/ita", ()),
    ("ติดต่อเรา", "/contact", ()),
)


class _Sqs:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.site.url(path)

    # -- responses -----------------------------------------------------------------------------------
    @staticmethod
    def html(text: str, status: int = 200, seed: str = "") -> Response:
        headers = (
            ("Content-Type", "text/html;charset=utf-8"),
            ("Cache-Control", "no-cache, private"),
            ("X-ContextId", f"{_h('ctx:' + seed, 8)}/{_h('ctx2:' + seed, 8)}"),
            ("X-Content-Type-Options", "nosniff"),
            ("Vary", "Accept-Encoding"),
        )
        return Response(status, headers, text.encode("utf-8"))

    def add_page(self, path: str, text: str) -> None:
        self.site.add(path, self.html(text, seed=path))
        self.non_articles.append(self.u(path))

    # -- frame -----------------------------------------------------------------------------------
    def head(
        self, title: str, canonical: str, description: str = "", kind: str = "website", extra: str = "", item: str = ""
    ) -> str:
        context = {
            "facebookAppId": "314192535267336",
            "website": {
                "id": WEBSITE_ID,
                "identifier": "huaisaingam",
                "websiteType": 1,
                "language": "th-TH",
                "timeZone": "Asia/Bangkok",
                "primaryDomain": DOMAIN,
                "internalUrl": f"https://{SQS_DOMAIN}",
                "baseUrl": f"https://{DOMAIN}",
                "siteTitle": SITE,
            },
            "collectionId": item or PAGES_ID,
            "templateVersion": "7.1",
            "pageFeatures": [1, 2, 4],
            "impersonatedSession": False,
            "tzData": {"zones": [[420, None, "+07", None]], "rules": {}},
            "showAnnouncementBar": True,
        }
        return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="th-TH">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- huaisaingam -->
<base href="">
<meta charset="utf-8" />
<title>{esc(title)}</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon" href="{CDN}/1676853498123-7RZQ3M1YH0XWD5B2C8KA/favicon.ico?format=100w"/>
<link rel="canonical" href="{attr(self.u(canonical))}"/>
<meta property="og:site_name" content="{attr(SITE)}"/>
<meta property="og:title" content="{attr(title)}"/>
<meta property="og:url" content="{attr(self.u(canonical))}"/>
<meta property="og:type" content="{kind}"/>
<meta property="og:description" content="{attr(description)}"/>
<meta property="og:image" content="{LOGO}?format=1500w"/>
<meta itemprop="name" content="{attr(title)}"/>
<meta itemprop="url" content="{attr(self.u(canonical))}"/>
<meta itemprop="description" content="{attr(description)}"/>
<meta name="twitter:title" content="{attr(title)}"/>
<meta name="twitter:url" content="{attr(self.u(canonical))}"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="{attr(description)}" />
{extra}<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Sarabun:ital,wght@0,400;0,700;1,400&amp;family=Prompt:wght@500&amp;display=swap">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {json.dumps(context, ensure_ascii=False)};</script>
<link rel="alternate" type="application/rss+xml" title="ข่าวสาร" href="{self.u("/news?format=rss")}" />
<script type="application/ld+json">{json.dumps({"url": self.u("/"), "name": SITE, "description": "", "image": LOGO, "@context": "http://schema.org", "@type": "WebSite"}, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps({"legalName": SITE, "address": ADDRESS, "email": EMAIL, "telephone": PHONE, "sameAs": [FB, YOUTUBE], "@context": "http://schema.org", "@type": "Organization"}, ensure_ascii=False)}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/{WEBSITE_ID}/41/5c5a519771b0b20001a3a5d3/{WEBSITE_ID}/1532/site.css"/>
<style>body, h1, h2, h3, p {{ font-family: 'Sarabun', sans-serif !important; }} .sqs-announcement-bar {{ background:#0b5d2a; }}</style>
</head>"""

    def announcement(self) -> str:
        return f"""<div class="sqs-announcement-bar-dropzone"><div class="yui3-widget sqs-widget sqs-announcement-bar">
  <div class="sqs-announcement-bar-content">
    <a href="{enc("/news/tax-2567/")}" class="sqs-announcement-bar-url" aria-label="ประกาศ"></a>
    <div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="ปิดแถบประกาศ"></span>
      <div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p class="" style="white-space:pre-wrap;">📢 ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567 ภายในวันที่ 30 เมษายน 2567 <strong>คลิกอ่านรายละเอียด</strong></p></div>
    </div>
  </div>
</div></div>"""

    @staticmethod
    def nav(active: str, mobile: bool = False) -> str:
        items = []
        for label, href, children in NAV:
            if children:
                sub = "".join(
                    f'<div class="header-nav-folder-item"><a href="{enc(h)}"><span class="header-nav-folder-item-content">{esc(lab)}</span></a></div>'
                    for lab, h in children
                )
                if mobile:
                    sub = "".join(
                        f'<div class="container header-menu-nav-item"><a href="{enc(h)}">{esc(lab)}</a></div>'
                        for lab, h in children
                    )
                    items.append(
                        f'<div class="container header-menu-nav-item"><a data-folder-id="{href}" href="{enc(href)}"><div class="header-menu-nav-item-content"><span class="visually-hidden">Folder:</span><span>{esc(label)}</span><span class="chevron chevron--right"></span></div></a></div>\n<div data-folder="{href}" class="header-menu-nav-folder"><div class="header-menu-nav-folder-content">{sub}</div></div>'
                    )
                else:
                    items.append(
                        f'<div class="header-nav-item header-nav-item--folder"><a class="header-nav-folder-title" href="{enc(href)}" tabindex="-1" data-animation-role="header-element">{esc(label)}</a><div class="header-nav-folder-content">{sub}</div></div>'
                    )
                continue
            current = ' aria-current="page"' if href == active else ""
            cls = "header-nav-item--collection" if href in ("/news", "/events") else "header-nav-item--page"
            if mobile:
                items.append(
                    f'<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="{enc(href)}"{current}><div class="header-menu-nav-item-content">{esc(label)}</div></a></div>'
                )
            else:
                items.append(
                    f'<div class="header-nav-item {cls}{" header-nav-item--active" if current else ""}"><a href="{enc(href)}" data-animation-role="header-element"{current}>{esc(label)}</a></div>'
                )
        return "\n".join(items)

    def header(self, active: str) -> str:
        return f"""<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="&#123;&quot;layout&quot;:&quot;navRight&quot;&#125;">
  <div class="sqs-announcement-bar-dropzone"></div>
  <div class="header-announcement-bar-wrapper">
    {self.announcement()}
    <div class="header-border" data-header-style="dynamic" data-test="header-border"></div>
    <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
      <div class="header-display-desktop" data-content-field="site-title">
        <div class="header-title-nav-wrapper">
          <div class="header-title" data-animation-role="header-element">
            <div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="{LOGO}?format=1500w" alt="{attr(SITE)}" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div>
            <div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">{esc(SITE)}</a></div>
          </div>
          <div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
{self.nav(active)}
          </nav></div></div>
        </div>
        <div class="header-actions header-actions--right">
          <div class="showOnDesktop"><div class="header-actions-action header-actions-action--social">
            <a class="icon icon--fill header-icon header-icon-border-shape-none header-icon-border-style-outline" href="{FB}" target="_blank" aria-label="Facebook"><svg viewBox="23 23 64 64"><use xlink:href="#facebook-unauth-icon" width="110" height="110"></use></svg></a>
            <a class="icon icon--fill header-icon" href="{LINE_OA}" target="_blank" aria-label="LINE"><svg viewBox="23 23 64 64"><use xlink:href="#line-unauth-icon" width="110" height="110"></use></svg></a>
          </div></div>
          <div class="header-actions-action header-actions-action--search"><a class="header-search-icon" href="/search" aria-label="ค้นหา"><svg viewBox="0 0 24 24"><circle cx="10" cy="10" r="7"></circle></svg></a></div>
        </div>
      </div>
      <div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div>
    </div>
  </div>
  <div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles="&#123;&#125;" data-test="header-menu">
    <div class="header-menu-bg theme-bg--primary"></div>
    <div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div class="header-menu-nav-folder-content"><div class="header-menu-nav-wrapper">
{self.nav(active, mobile=True)}
    </div></div></div></nav></div>
  </div>
</header>"""

    def footer(self) -> str:
        months = "\n".join(
            f'<li class="archive-group"><a href="/news?month={key}" class="archive-group-name-link">{esc(label)}</a> <span class="archive-group-count">{count}</span></li>'
            for key, label, count in archive_months()
        )
        contact = text_block(
            f"""<h3 style="white-space:pre-wrap;">{esc(SITE)}</h3>
<p class="" style="white-space:pre-wrap;">{esc(ADDRESS)}</p>
<p class="" style="white-space:pre-wrap;">โทรศัพท์ <a href="tel:044812257">{PHONE}</a> โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p class="" style="white-space:pre-wrap;">เวลาทำการ วันจันทร์ – ศุกร์ 08.30 – 16.30 น. (เว้นวันหยุดราชการ)</p>""",
            "footer:contact",
        )
        social = f"""<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54" id="block-{block_id("footer:social")}"><div class="sqs-block-content">
  <div class="sqs-svg-icon--outer social-icon-alignment-center social-icons-color-black social-icons-size-small social-icons-style-regular">
    <nav class="sqs-svg-icon--list">
      <a href="{FB}" target="_blank" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" xlink:href="#facebook-unauth-icon"></use></svg></div></a>
      <a href="{LINE_OA}" target="_blank" class="sqs-svg-icon--wrapper line-unauth" aria-label="LINE"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" xlink:href="#line-unauth-icon"></use></svg></div></a>
      <a href="{YOUTUBE}" target="_blank" class="sqs-svg-icon--wrapper youtube-unauth" aria-label="YouTube"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" xlink:href="#youtube-unauth-icon"></use></svg></div></a>
      <a href="{self.u("/news?format=rss")}" target="_blank" class="sqs-svg-icon--wrapper rss" aria-label="RSS"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" xlink:href="#rss-icon"></use></svg></div></a>
    </nav>
  </div>
</div></div>"""
        archive = f"""<div class="sqs-block archive-block sqs-block-archive" data-block-json="&#123;&quot;collectionId&quot;:&quot;{NEWS_ID}&quot;,&quot;groupBy&quot;:&quot;month&quot;,&quot;showCount&quot;:true&#125;" data-block-type="40" id="block-{block_id("footer:archive")}"><div class="sqs-block-content">
  <h3 style="white-space:pre-wrap;">คลังข่าว</h3>
  <div class="archive-block-wrapper"><ul class="archive-group-list archive-block-setting-layout-stacked">
{months}
  </ul></div>
</div></div>"""
        counter = f"""<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-{block_id("footer:counter")}"><div class="sqs-block-content">
<!-- Start of StatCounter Code -->
<p style="text-align:center;font-size:13px">จำนวนผู้เข้าชม <a title="web counter" href="https://statcounter.com/" target="_blank"><img class="statcounter" src="https://c.statcounter.com/12873345/0/6a2b9c1e/0/" alt="web counter" referrerPolicy="no-referrer-when-downgrade"></a></p>
<!-- End of StatCounter Code -->
</div></div>"""
        legal = text_block(
            f"""<p class="" style="white-space:pre-wrap;">© 2567 {esc(SITE)} สงวนลิขสิทธิ์ | <a href="/s/privacy-policy-2565.pdf">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/sitemap.xml">แผนผังเว็บไซต์</a></p>""",
            "footer:legal",
        )
        return f"""<footer class="sections" id="footer-sections" data-footer-sections>
{fluid([contact, social, archive, counter, legal], "footer")}
</footer>"""

    def frame(self, head: str, main: str, body_class: str, active: str = "", item: str = "") -> str:
        return f"""{head}
<body id="collection-{item or PAGES_ID}" class="primary-button-style-solid primary-button-shape-rounded tweak-blog-item-width-medium tweak-blog-item-alignment-left tweak-blog-item-meta-position-above-title tweak-blog-item-show-categories tweak-blog-item-show-date tweak-blog-item-show-author-name tweak-blog-item-show-author-bio tweak-blog-item-delimiter-bullet header-width-full header-layout-nav-right form-field-style-solid image-block-poster-text-alignment-center announcement-bar-enabled {body_class} mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
  <div id="floatingCart" class="floating-cart hidden"></div>
{self.header(active)}
  <main id="page" class="container" role="main">
{main}
  </main>
{self.footer()}
</div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771b0b20001a3a5d3/scripts/site-bundle.f7a3c91e2b0d8a4c6e1d.js" type="text/javascript"></script>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="facebook-unauth-icon" viewBox="0 0 64 64"><path d="M34.1,47V33.3h4.6l0.7-5.3h-5.3v-3.4c0-1.5,0.4-2.6,2.6-2.6l2.8,0v-4.8c-0.5-0.1-2.2-0.2-4.1-0.2 c-4.1,0-6.9,2.5-6.9,7V28H24v5.3h4.6V47H34.1z"/></symbol></svg>
</body>
</html>"""

    # -- posts -----------------------------------------------------------------------------------
    @staticmethod
    def cat_links(p: Post, query_form: bool = False) -> str:
        if query_form:
            return ", ".join(
                f'<a href="/news?category={term_slug(c)}" class="blog-categories">{esc(c)}</a>' for c in p.cats
            )
        return "".join(
            f'<a href="/news/category/{term_slug(c)}" class="blog-item-category">{esc(c)}</a>' for c in p.cats
        )

    def share(self, p: Post) -> str:
        url = self.u(p.path)
        qu = quote(url, safe="")
        return f"""<div class="blog-item-share-wrapper"><div class="blog-share-label">แชร์</div>
  <div class="sqs-share-buttons">
    <a class="ss-social-button" href="https://www.facebook.com/sharer/sharer.php?u={qu}" target="_blank" rel="noopener"><span class="ss-social-button-icon"></span>Facebook</a>
    <a class="ss-social-button" href="https://twitter.com/intent/tweet?url={qu}&amp;text={quote(p.title, safe="")}" target="_blank" rel="noopener"><span class="ss-social-button-icon"></span>X</a>
    <a class="ss-social-button" href="https://social-plugins.line.me/lineit/share?url={qu}" target="_blank" rel="noopener"><span class="ss-social-button-icon"></span>LINE</a>
    <a class="ss-social-button" href="mailto:?subject={quote(p.title, safe="")}&amp;body={qu}"><span class="ss-social-button-icon"></span>อีเมล</a>
  </div>
</div>"""

    def item_pagination(self, i: int) -> str:
        """Squarespace follows collection order (newest first): "previous" is the newer post."""
        newer = POSTS[i + 1] if i + 1 < len(POSTS) else None
        older = POSTS[i - 1] if i > 0 else None
        links = []
        if newer:
            links.append(
                f"""<a class="BlogItem-pagination-link BlogItem-pagination-link--prev item-pagination-link item-pagination-link--prev" href="{newer.path}">
      <div class="BlogItem-pagination-link-icon item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div>
      <div class="BlogItem-pagination-link-content"><div class="BlogItem-pagination-link-label item-pagination-prev-next">ก่อนหน้า</div><h2 class="BlogItem-pagination-link-title item-pagination-title">{esc(newer.title)}</h2></div>
    </a>"""
            )
        if older:
            links.append(
                f"""<a class="BlogItem-pagination-link BlogItem-pagination-link--next item-pagination-link item-pagination-link--next" href="{older.path}">
      <div class="BlogItem-pagination-link-content"><div class="BlogItem-pagination-link-label item-pagination-prev-next">ถัดไป</div><h2 class="BlogItem-pagination-link-title item-pagination-title">{esc(older.title)}</h2></div>
      <div class="BlogItem-pagination-link-icon item-pagination-icon icon icon--stroke"><svg class="caret-right-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="1.6,1.2 6.5,7.9 1.6,14.7"></polyline></svg></div>
    </a>"""
            )
        return f"""<section class="BlogItem-pagination item-pagination item-pagination--prev-next" data-item-pagination>
    {"".join(links)}
  </section>"""

    def post_page(self, p: Post, i: int) -> str:
        name, author_id, bio = AUTHORS[p.author]
        updated = p.ms + 3600_000 * (1 + p.n % 5)
        ld = {
            "url": self.u(p.path),
            "name": p.title,
            "headline": p.title,
            "datePublished": ld_date(p.dt),
            "dateModified": ld_date(datetime.fromtimestamp(updated / 1000, BANGKOK)),
            "author": name,
            "image": LOGO,
            "@context": "http://schema.org",
            "@type": "BlogPosting",
        }
        extra = (
            f'<meta itemprop="author" content="{attr(name)}"/>\n<meta itemprop="datePublished" content="{ld_date(p.dt)}"/>\n'
            f'<meta itemprop="headline" content="{attr(p.title)}"/>\n<meta itemprop="publisher" content="{attr(SITE)}"/>\n'
            f'<link rel="amphtml" href="{attr(self.u(p.path + "?format=amp"))}"/>\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        )
        head = self.head(f"{p.title} — {SITE}", p.path, excerpt(p), "article", extra, NEWS_ID)
        tags = ", ".join(f'<a href="/news/tag/{term_slug(t)}" rel="tag">{esc(t)}</a>' for t in p.tags)
        classes = " ".join(
            ["entry", "h-entry", "hentry", f"author-{author_id}", "post-type-text", f"article-index-{len(POSTS) - i}"]
            + [f"category-{c.replace(' ', '+')}" for c in p.cats]
        )
        profile = (
            f"""<div class="blog-item-author-profile-wrapper">
      <a class="blog-item-author-profile-link" href="/news?author={author_id}"><div class="blog-item-author-profile-image"><img src="{CDN}/avatar-{author_id[:6]}.png?format=100w" alt=""></div></a>
      <div class="blog-item-author-profile-info"><a href="/news?author={author_id}" class="author-name">{esc(name)}</a>{f'<p class="author-bio">{esc(bio)}</p>' if bio else ""}</div>
    </div>"""
            if p.author != 2
            else ""
        )
        main = f"""<article class="sections" id="sections" data-page-sections="{_h("sections:" + p.slug)}">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic-grid" data-section-theme="white">
  <div class="section-background"></div>
  <div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
  <article class="{attr(classes)}" data-item-id="{p.item_id}" id="article-{p.item_id}">
    <div class="blog-item-top-wrapper">
      <div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories">{self.cat_links(p)}</div><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="{p.day}">{meta_date(p.d)}</time></div></div>
      <div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{esc(p.title)}</h1></div>
      <div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/news?author={author_id}" class="blog-author">{esc(name)}</a></div></div>
    </div>
    <div class="blog-item-content-wrapper" data-layout-label="Post Body" data-type="item" data-updated-on="{updated}"><div class="blog-item-content e-content">
{layout(body_blocks(p), "item:" + p.slug, updated)}
    </div></div>
    <div class="blog-item-bottom-wrapper">
      <div class="blog-item-tags"><span class="blog-item-tag-label">แท็ก:</span> {tags}</div>
      {self.share(p)}
      {profile}
      <div class="blog-item-comments"><div class="squarespace-comments" id="squarespace-comments-{p.item_id}"></div></div>
    </div>
  </article>
  {self.item_pagination(i)}
  </div></div></div>
</section>
</article>"""
        return self.frame(
            head, main, "view-item collection-type-blog-basic-grid collection-layout-default", "/news", NEWS_ID
        )

    def amp_page(self, p: Post) -> str:
        parts = []
        figure = 0
        for line in p.body:
            if line.startswith("- "):
                parts.append(f"<ul><li>{inline(line[2:])}</li></ul>")
            elif line.startswith("Q: "):
                parts.append(f"<blockquote>{esc(line[3:])}</blockquote>")
            elif line.startswith("F:"):
                figure += 1
                cap = line[2:].strip()
                src = image_url(f"img:{p.n}:{figure}")
                parts.append(
                    f'<figure><amp-img src="{src}?format=750w" width="1500" height="1000" layout="responsive" alt=""></amp-img>'
                    + (f"<figcaption>{esc(cap)}</figcaption>" if cap else "")
                    + "</figure>"
                )
            elif line.startswith(("G:", "E:", "L:")):
                continue
            elif line.startswith("B:"):
                label, href = line[2:].strip().split("|")
                parts.append(f'<p><a class="sqs-block-button-element" href="{attr(enc(href))}">{esc(label)}</a></p>')
            else:
                parts.append(f"<p>{inline(line)}</p>")
        body = "\n".join(parts).replace("</ul>\n<ul>", "\n")
        return f"""<!doctype html>
<html amp lang="th-TH">
<head>
<meta charset="utf-8">
<title>{esc(p.title)} — {esc(SITE)}</title>
<link rel="canonical" href="{attr(self.u(p.path))}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:'Sarabun',sans-serif;margin:0}}.amp-wrapper{{max-width:700px;margin:0 auto;padding:16px}}</style>
</head>
<body>
<header class="amp-header"><a href="{self.u("/")}" class="amp-site-title">{esc(SITE)}</a></header>
<div class="amp-wrapper">
  <article class="amp-article">
    <div class="amp-meta"><span class="amp-categories">{esc(", ".join(p.cats))}</span></div>
    <h1 class="amp-title">{esc(p.title)}</h1>
    <div class="amp-byline"><span class="amp-author">{esc(p.author_name)}</span> · <time datetime="{p.day}">{amp_date(p.d)}</time></div>
    <div class="amp-body">
{body}
    </div>
  </article>
  <a class="amp-view-original" href="{self.u(p.path)}">ดูฉบับเต็ม</a>
</div>
<footer class="amp-footer"><p>© {esc(SITE)}</p></footer>
</body>
</html>"""

    # -- blog lists ------------------------------------------------------------------------------
    @staticmethod
    def paginate(posts: list[Post], offset: int | None, reverse: bool) -> tuple[list[Post], int | None, int | None]:
        """Squarespace cursor pagination: (shown posts, older offset, newer offset)."""
        if offset is None:
            shown = posts[:PER_PAGE]
        elif not reverse:
            shown = [p for p in posts if p.ms < offset][:PER_PAGE]
        else:
            shown = [p for p in posts if p.ms > offset][-PER_PAGE:]
        if not shown:
            return [], None, None
        older = shown[-1].ms if any(p.ms < shown[-1].ms for p in posts) else None
        newer = shown[0].ms if any(p.ms > shown[0].ms for p in posts) else None
        return shown, older, newer

    def list_item(self, p: Post) -> str:
        thumb = ""
        if captions(p) or any(line.startswith("F:") for line in p.body):
            src = image_url(f"img:{p.n}:1")
            thumb = f'<div><a href="{p.path}" class="image-wrapper" data-animation-role="image"><img data-src="{src}" data-image="{src}" data-image-dimensions="1500x1000" data-image-focal-point="0.5,0.5" alt="" data-load="false" src="{src}?format=750w" loading="lazy"></a></div>'
        return f"""<article class="blog-basic-grid--container entry blog-item{" is-loaded" if thumb else ""}" data-item-id="{p.item_id}">
    {thumb}
    <div class="blog-basic-grid--text">
      <div class="blog-meta-section"><span class="blog-categories-list">{self.cat_links(p, query_form=True)}</span> <time class="blog-date" pubdate data-animation-role="date">{list_date(p.d)}</time></div>
      <h1 class="blog-title" data-animation-role="title"><a href="{p.path}" data-no-animation>{esc(p.title)}</a></h1>
      <div class="blog-excerpt" data-animation-role="excerpt"><div class="blog-excerpt-wrapper"><p class="" style="white-space:pre-wrap;">{esc(excerpt(p))}</p></div></div>
      <a href="{p.path}" class="blog-more-link" data-animation-role="button">อ่านเพิ่มเติม</a>
    </div>
  </article>"""

    def list_page(
        self,
        base: str,
        params: list[tuple[str, str]],
        heading: str,
        posts: list[Post],
        offset: int | None,
        reverse: bool,
    ) -> str:
        shown, older, newer = self.paginate(posts, offset, reverse)

        def href(ms: int, rev: bool) -> str:
            query = "&".join(
                f"{k}={v}" for k, v in params + [("offset", str(ms))] + ([("reversePaginate", "true")] if rev else [])
            )
            return f"{base}?{query}"

        nav = []
        if newer is not None:
            nav.append(
                f'<div class="newer"><a href="{href(newer, True)}" rel="prev"><span class="caret"></span><span>Newer Posts</span></a></div>'
            )
        if older is not None:
            nav.append(
                f'<div class="older"><a href="{href(older, False)}" rel="next"><span>Older Posts</span><span class="caret"></span></a></div>'
            )
        items = (
            "\n  ".join(self.list_item(p) for p in shown) or '<div class="blog-list-empty"><p>ยังไม่มีโพสต์ในบล็อก</p></div>'
        )
        filt = (
            f'<div class="blog-list-filter"><span class="blog-list-filter-label">{esc(heading)}</span></div>'
            if heading
            else ""
        )
        canonical = base + ("?" + "&".join(f"{k}={v}" for k, v in params) if params else "")
        head = self.head(f"ข่าวสาร — {SITE}", canonical, f"ข่าวประชาสัมพันธ์ ประกาศ และกิจกรรมของ{SITE}", item=NEWS_ID)
        main = f"""<article class="sections" id="sections" data-page-sections="{_h("list:" + canonical)}">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic-grid" data-section-theme="white">
  <div class="content-wrapper"><div class="content">
  <h1 class="blog-list-heading">ข่าวสาร</h1>
  {filt}
  <div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
  {items}
  </div>
  <nav class="blog-list-pagination">{"".join(nav)}</nav>
  </div></div>
</section>
</article>"""
        return self.frame(
            head, main, "view-list collection-type-blog-basic-grid collection-layout-default", "/news", NEWS_ID
        )

    def listing(self, path: str, query: str) -> str | None:
        """Any blog list this site answers (None: not a list URL)."""
        parts = unquote(path)
        q = parse_qsl(query, keep_blank_values=True)
        qd = dict(q)
        offset = None
        if "offset" in qd:
            offset = int(qd["offset"]) if qd["offset"].isdigit() else None
        reverse = qd.get("reversePaginate") == "true"
        posts = list(NEWEST)
        params: list[tuple[str, str]] = []
        heading = ""
        m = re.fullmatch(r"/news/(category|tag)/([^/]+)", parts)
        if m:
            name = m.group(2).replace("+", " ")
            kind = "หมวดหมู่" if m.group(1) == "category" else "แท็ก"
            posts = [p for p in posts if name in (p.cats if m.group(1) == "category" else p.tags)]
            return self.list_page(enc(parts), [], f"{kind}: {name}", posts, offset, reverse)
        if parts != "/news":
            return None
        if "format" in qd:
            return None
        for key in ("category", "tag", "author", "month"):
            if key in qd:
                value = qd[key]
                params.append((key, term_slug(value)))
                if key == "category":
                    posts = [p for p in posts if value in p.cats]
                    heading = f"หมวดหมู่: {value}"
                elif key == "tag":
                    posts = [p for p in posts if value in p.tags]
                    heading = f"แท็ก: {value}"
                elif key == "author":
                    names = [a[0] for a in AUTHORS if a[1] == value]
                    posts = [p for p in posts if AUTHORS[p.author][1] == value]
                    heading = f"ผู้เขียน: {names[0] if names else value}"
                else:
                    posts = [p for p in posts if month_key(p.d) == value]
                    mm = re.fullmatch(r"([A-Za-z]+)-(\d{4})", value)
                    label = (
                        f"{MONTHS[EN_MONTHS.index(mm.group(1))]} {mm.group(2)}"
                        if mm and mm.group(1) in EN_MONTHS
                        else value
                    )
                    heading = f"คลังข่าว: {label}"
        return self.list_page("/news", params, heading, posts, offset, reverse)

    def list_pages(self) -> None:
        """Register the lists linked by forward "Older Posts" chains (the rest are dynamic)."""

        def chain(path: str, params: list[tuple[str, str]], posts: list[Post]) -> None:
            query = "&".join(f"{k}={v}" for k, v in params)
            target = path + (f"?{query}" if query else "")
            self.add_page(target, self.listing(path, query) or "")
            shown, older, _ = self.paginate(posts, None, False)
            while older is not None:
                q2 = "&".join(f"{k}={v}" for k, v in params + [("offset", str(older))])
                self.add_page(f"{path}?{q2}", self.listing(path, q2) or "")
                shown, older, _ = self.paginate(posts, older, False)

        chain("/news", [], list(NEWEST))
        for c in CATEGORIES + [EMPTY_CATEGORY]:
            chain(f"/news/category/{term_slug(c)}", [], [p for p in NEWEST if c in p.cats])
        for t in TAGS:
            chain(f"/news/tag/{term_slug(t)}", [], [p for p in NEWEST if t in p.tags])
        for c in CATEGORIES:
            chain("/news", [("category", term_slug(c))], [p for p in NEWEST if c in p.cats])
        for key, _label, _count in archive_months():
            chain("/news", [("month", key)], [p for p in NEWEST if month_key(p.d) == key])
        for _name, author_id, _bio in AUTHORS:
            chain("/news", [("author", author_id)], [p for p in NEWEST if AUTHORS[p.author][1] == author_id])

    # -- home and pages --------------------------------------------------------------------------
    def summary_block(self, heading: str, items: list[tuple[str, str, str, str, str]], seed: str) -> str:
        """Summary block v2: (href, title, date iso, date label, excerpt)."""
        cards = []
        for href, title, iso, label, text in items:
            src = image_url(f"summary:{href}")
            cards.append(
                f"""<div class="summary-item summary-item-record-type-text sqs-gallery-design-autogrid-slide summary-item-has-thumbnail summary-item-has-excerpt summary-item-has-cats" data-type="image" data-animation-role="content">
  <div class="summary-thumbnail-outer-container"><a href="{href}" class="summary-thumbnail-container sqs-gallery-image-container" data-title="{attr(title)}"><div class="summary-thumbnail img-wrapper"><img data-src="{src}" data-image="{src}" data-image-dimensions="1500x1000" alt="{attr(title)}" class="summary-thumbnail-image" data-load="false" src="{src}?format=500w"></div></a></div>
  <div class="summary-content sqs-gallery-meta-container">
    <div class="summary-metadata-container summary-metadata-container--above-title"><div class="summary-metadata summary-metadata--primary"><time class="summary-metadata-item summary-metadata-item--date" datetime="{iso}">{label}</time></div></div>
    <div class="summary-title"><a href="{href}" class="summary-title-link">{esc(title)}</a></div>
    <div class="summary-excerpt summary-excerpt-only"><p>{esc(text)}</p></div>
    <div class="summary-read-more"><a href="{href}" class="summary-read-more-link">อ่านเพิ่มเติม →</a></div>
  </div>
</div>"""
            )
        return f"""<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-{block_id(seed)}"><div class="sqs-block-content">
<div class="summary-block-wrapper summary-block-collection-type-blog-basic-grid summary-block-setting-design-autogrid summary-block-setting-text-size-small summary-block-setting-metadata-position-above-title" data-controller="SummaryBlockController">
  <div class="summary-block-header"><div class="summary-heading"><span>{esc(heading)}</span></div></div>
  <div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list sqs-gallery">
{"".join(cards)}
  </div></div>
</div>
</div></div>"""

    def page(self, path: str, title: str, sections: list[str], description: str = "", body_class: str = "") -> str:
        head = self.head(f"{title} — {SITE}", path, description or title)
        main = f"""<article class="sections" id="sections" data-page-sections="{_h("page:" + path)}">
{"".join(sections)}
</article>"""
        return self.frame(head, main, f"view-page collection-type-page {body_class}".strip(), path)

    def home(self) -> str:
        hero = [
            image_block("home:banner", "", SITE, 2500, 900),
            text_block(
                f'<h1 style="white-space:pre-wrap;">ยินดีต้อนรับสู่เว็บไซต์{esc(SITE)}</h1>\n<p class="" style="white-space:pre-wrap;">{esc(PLACE)}</p>',
                "home:welcome",
            ),
            button_block("ข่าวสารล่าสุด", "/news", "home:btn"),
        ]
        mayor = [
            image_block("home:mayor", f"{MAYOR} นายกเทศมนตรีตำบลห้วยทรายงาม", MAYOR, 800, 1000),
            text_block(
                '<h2 style="white-space:pre-wrap;">สารจากนายกเทศมนตรี</h2>\n'
                + "\n".join(p_html(t) for t in MAYOR_MESSAGE)
                + f'\n<p class="" style="white-space:pre-wrap;"><strong>{MAYOR}</strong><br>นายกเทศมนตรีตำบลห้วยทรายงาม</p>',
                "home:mayor-text",
            ),
        ]
        news = [
            self.summary_block(
                "ข่าวล่าสุด",
                [(p.path, p.title, p.day, summary_date(p.d), excerpt(p, 90)) for p in NEWEST[:6]],
                "home:summary",
            )
        ]
        letters = "\n".join(
            f'<li><p class="" style="white-space:pre-wrap;"><a href="{BY_N[n].path}?ss_source=sscampaigns&amp;ss_campaign_id={CAMPAIGN}&amp;ss_medium=email">{esc(BY_N[n].title)}</a></p></li>'
            for n in NEWSLETTER
        )
        newsletter = [
            text_block(
                f"""<h2 style="white-space:pre-wrap;">จดหมายข่าวเทศบาล</h2>
<p class="" style="white-space:pre-wrap;">จดหมายข่าวฉบับเดือนมิถุนายน 2567 (ส่งทางอีเมลเมื่อวันที่ 7 มิถุนายน 2567)</p>
<ul data-rte-list="default">{letters}</ul>""",
                "home:letters",
            ),
            f"""<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-{block_id("home:signup")}"><div class="sqs-block-content">
  <div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
    <form class="newsletter-form" data-form-id="{_h("form:newsletter")}" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {{ Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{ (new Y.Squarespace.FormSubmit(form)).submit({{ formId: '{_h("form:newsletter")}', collectionId: '{PAGES_ID}', objectName: 'page-section-{_h("home")}' }}); }}); return false; }})(this);">
      <header class="newsletter-form-header"><h2 class="newsletter-form-header-title">สมัครรับจดหมายข่าว</h2><div class="newsletter-form-header-description"><p>รับข่าวสารจากเทศบาลทางอีเมลเดือนละครั้ง</p></div></header>
      <div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">อีเมล</label><input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="อีเมล"></div></div>
      <div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="ลงทะเบียน"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">ลงทะเบียน</span></button></div></div>
    </form>
  </div>
</div></div>""",
        ]
        upcoming = [e for e in EVENTS if e[1] >= TODAY.isoformat()][:3]
        events = [
            self.summary_block(
                "กิจกรรมที่จะมาถึง",
                [(enc(f"/events/{e[0]}"), e[4], e[1], summary_date(date.fromisoformat(e[1])), e[5]) for e in upcoming],
                "home:events",
            )
        ]
        quick = [
            f"""<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-{block_id("home:quick")}"><div class="sqs-block-content">
<div class="quick-search" style="text-align:center">
<b>ค้นหาด่วน :</b>
<a href="/search?q={quote_plus("ภาษี")}">ภาษี</a> |
<a href="/search?q={quote_plus("รับสมัครงาน")}">รับสมัครงาน</a> |
<a href="/search?q=ITA">ITA</a> |
<a href="/search?q={quote_plus("ขยะ")}">ขยะ</a>
</div>
</div></div>""",
            text_block(
                """<h3 style="white-space:pre-wrap;">หน่วยงานที่เกี่ยวข้อง</h3>
<p class="" style="white-space:pre-wrap;"><a href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a> · <a href="https://www.info.go.th/" target="_blank">ศูนย์ข้อมูลข่าวสารของราชการ</a> · <a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a> · <a href="https://itas.nacc.go.th/" target="_blank">ระบบ ITAS</a></p>""",
                "home:links",
            ),
        ]
        return self.page(
            "/",
            "หน้าแรก",
            [
                fluid(hero, "home:hero"),
                fluid(mayor, "home:mayor"),
                fluid(news, "home:news"),
                fluid(newsletter, "home:nl"),
                fluid(events, "home:ev"),
                fluid(quick, "home:quick"),
            ],
            f"เว็บไซต์ทางการของ{SITE} {PLACE}",
            "homepage",
        )

    def static_pages(self) -> None:
        self.add_page("/", self.home())
        about = [
            text_block(
                '<h1 style="white-space:pre-wrap;">ประวัติความเป็นมา</h1>\n' + "\n".join(p_html(t) for t in HISTORY),
                "about:text",
            ),
            image_block("about:map", "แผนที่เขตเทศบาลตำบลห้วยทรายงาม", "แผนที่", 1200, 900),
        ]
        self.add_page("/about", self.page("/about", "ประวัติความเป็นมา", [fluid(about, "about")]))
        missions = "".join(f'<li><p class="" style="white-space:pre-wrap;">{esc(m)}</p></li>' for m in MISSIONS)
        vision = [
            text_block(
                f"""<h1 style="white-space:pre-wrap;">วิสัยทัศน์ / พันธกิจ</h1>
<h3 style="white-space:pre-wrap;">วิสัยทัศน์</h3>
<p class="sqsrte-large" style="white-space:pre-wrap;"><strong>{esc(VISION)}</strong></p>
<h3 style="white-space:pre-wrap;">พันธกิจ</h3>
<ol data-rte-list="default">{missions}</ol>
"""
                + "\n".join(p_html(t) for t in VISION_TEXT),
                "vision:text",
            ),
            button_block("แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "/s/local-dev-plan-2566-2570.pdf", "vision:btn"),
        ]
        self.add_page("/vision", self.page("/vision", "วิสัยทัศน์ / พันธกิจ", [fluid(vision, "vision")]))
        staff_blocks = [
            text_block(
                '<h1 style="white-space:pre-wrap;">บุคลากร</h1>\n<p class="" style="white-space:pre-wrap;">ข้อมูล ณ วันที่ 1 มิถุนายน 2567</p>',
                "staff:intro",
            )
        ]
        for group, people in STAFF:
            staff_blocks.append(text_block(f'<h2 style="white-space:pre-wrap;">{esc(group)}</h2>', f"staff:{group}"))
            for name, role in people:
                staff_blocks.append(image_block(f"staff:{name}", f"{name}\n{role}", name, 600, 800))
        self.add_page("/staff", self.page("/staff", "บุคลากร", [fluid(staff_blocks, "staff")]))
        self.add_page("/contact", self.contact())
        self.add_page("/ita", self.ita())
        notfound = self.not_found_page()
        self.add_page("/page-not-found", notfound)
        self.site.not_found = self.html(notfound, 404, "404")
        self.add_page("/search", self.search_page(""))

    def contact(self) -> str:
        info = text_block(
            f"""<h1 style="white-space:pre-wrap;">ติดต่อเรา</h1>
<p class="" style="white-space:pre-wrap;"><strong>{esc(SITE)}</strong><br>{esc(ADDRESS)}</p>
<p class="" style="white-space:pre-wrap;">โทรศัพท์ <a href="tel:044812257">{PHONE}</a> (สำนักปลัด ต่อ 101, กองคลัง ต่อ 103, กองช่าง ต่อ 105, ศูนย์ อปพร. ต่อ 199)<br>โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p class="" style="white-space:pre-wrap;">ท่านสามารถแจ้งเรื่องร้องเรียน ร้องทุกข์ หรือข้อเสนอแนะเกี่ยวกับการให้บริการของเทศบาลได้ทางแบบฟอร์มด้านล่าง ทางไลน์ @huaisaingam หรือด้วยตนเองที่ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดเทศบาล ในวันและเวลาราชการ เทศบาลจะแจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วันทำการ</p>
<p class="" style="white-space:pre-wrap;">กรณีร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ผู้ร้องไม่ต้องเปิดเผยชื่อ แต่ขอให้ระบุรายละเอียดของเหตุการณ์ให้ชัดเจนเพียงพอที่จะตรวจสอบได้ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับตามนโยบายคุ้มครองข้อมูลส่วนบุคคลของเทศบาล</p>""",
            "contact:text",
        )
        form_id = _h("form:contact")
        form = f"""<div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-{block_id("contact:form")}"><div class="sqs-block-content">
<div class="form-wrapper"><div class="form-title">แบบฟอร์มติดต่อ / ร้องเรียน</div><div class="form-inner-wrapper">
<form data-form-id="{form_id}" autocomplete="on" method="POST" action="https://{SQS_DOMAIN}" onsubmit="return (function (form) {{ Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{ (new Y.Squarespace.FormSubmit(form)).submit({{ formId: '{form_id}', collectionId: '{PAGES_ID}', objectName: 'item-{form_id[:8]}' }}); }}); return false; }})(this);">
  <div class="field-list clear">
    <fieldset id="name-yui_3_17_2_1_1676853700001_1" class="form-item fields name required"><legend class="title">ชื่อ-นามสกุล <span class="required" aria-hidden="true">*</span></legend>
      <div class="field first-name"><label class="caption"><input class="field-element field-control" name="fname" x-autocompletetype="given-name" type="text" spellcheck="false" maxlength="30" data-title="First" aria-required="true"><span class="caption-text">ชื่อ</span></label></div>
      <div class="field last-name"><label class="caption"><input class="field-element field-control" name="lname" x-autocompletetype="surname" type="text" spellcheck="false" maxlength="30" data-title="Last" aria-required="true"><span class="caption-text">นามสกุล</span></label></div>
    </fieldset>
    <div id="email-yui_3_17_2_1_1676853700001_2" class="form-item field email required"><label class="title" for="email-yui_3_17_2_1_1676853700001_2-field">อีเมล <span class="required" aria-hidden="true">*</span></label><input class="field-element" id="email-yui_3_17_2_1_1676853700001_2-field" name="email" type="email" autocomplete="email" spellcheck="false" aria-required="true"></div>
    <div id="phone-yui_3_17_2_1_1676853700001_3" class="form-item field phone"><label class="title" for="phone-field">โทรศัพท์</label><input class="field-element" id="phone-field" name="phone" type="tel"></div>
    <div id="select-yui_3_17_2_1_1676853700001_4" class="form-item field select required"><label class="title" for="select-field">เรื่อง <span class="required" aria-hidden="true">*</span></label><select id="select-field" name="select-yui_3_17_2_1_1676853700001_4-field" aria-required="true"><option value="">เลือก</option><option value="ร้องเรียน/ร้องทุกข์">ร้องเรียน/ร้องทุกข์</option><option value="ร้องเรียนการทุจริต">ร้องเรียนการทุจริต</option><option value="ข้อเสนอแนะ">ข้อเสนอแนะ</option><option value="สอบถามข้อมูล">สอบถามข้อมูล</option></select></div>
    <div id="textarea-yui_3_17_2_1_1676853700001_5" class="form-item field textarea required"><label class="title" for="textarea-field">รายละเอียด <span class="required" aria-hidden="true">*</span></label><textarea class="field-element" id="textarea-field" aria-required="true"></textarea></div>
  </div>
  <div data-animation-role="button" class="form-button-wrapper form-button-wrapper--align-left"><input class="button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="ส่งข้อความ"></div>
  <div class="hidden form-submission-text">ขอบคุณที่ติดต่อเรา เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</div>
  <div class="hidden form-submission-html" data-submission-html=""></div>
</form>
</div></div>
</div></div>"""
        location = {
            "mapZoom": 14,
            "mapLat": 15.9241,
            "mapLng": 102.6183,
            "markerLat": 15.9241,
            "markerLng": 102.6183,
            "addressTitle": SITE,
            "addressLine1": "118 หมู่ 1 ถนนเวียงคำ-ห้วยทราย",
            "addressCountry": "Thailand",
        }
        amap = f"""<div class="sqs-block map-block sqs-block-map" data-block-json="{attr(json.dumps({"location": location, "vSize": None, "hSize": None, "floatDir": None}, ensure_ascii=False))}" data-block-type="4" id="block-{block_id("contact:map")}"><div class="sqs-block-content">&nbsp;</div></div>"""
        return self.page(
            "/contact",
            "ติดต่อเรา",
            [fluid([info, amap], "contact:a"), fluid([form], "contact:b")],
            f"ที่อยู่ โทรศัพท์ และแบบฟอร์มติดต่อ{SITE}",
        )

    def ita(self) -> str:
        items = []
        for code, label, name in ITA:
            if name:
                body = f'<p class="" style="white-space:pre-wrap;"><a href="{enc("/s/" + name)}" target="_blank">ดาวน์โหลดเอกสาร ({code})</a></p>'
            else:
                body = '<p class="" style="white-space:pre-wrap;">ดูที่หน้า <a href="/contact">ติดต่อเรา</a></p>'
            items.append(
                f"""<li class="accordion-item"><div class="accordion-divider accordion-divider--top"></div>
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" style="padding-top: 20px; padding-bottom: 20px;"><span class="accordion-item__title">{code} {esc(label)}</span><div class="accordion-icon-container" aria-hidden="true"><div class="plus"><div class="line horizontal"></div><div class="line vertical"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region"><div class="accordion-item__description">{body}</div></div></li>"""
            )
        accordion = f"""<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-{block_id("ita:acc")}"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true" data-is-first-divider-visible="true" data-is-last-divider-visible="true" data-is-expanded-first-item="" data-accordion-title-alignment="left" data-accordion-description-alignment="left" data-accordion-description-placement="left" data-accordion-icon-placement="right">
{"".join(items)}
</ul></div></div>"""
        intro = text_block(
            """<h1 style="white-space:pre-wrap;">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ 2567</h1>
<p class="" style="white-space:pre-wrap;">ตามแนวทางการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. 2567 เทศบาลตำบลห้วยทรายงามได้เปิดเผยข้อมูลตามตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต ดังรายการต่อไปนี้</p>""",
            "ita:intro",
        )
        outro = text_block(
            f"""<p class="" style="white-space:pre-wrap;">ข้อมูลของปีงบประมาณ 2566 ดูได้ที่ <a href="/s/{ITA_BROKEN}">รายงานการกำกับติดตามฯ ปี 2566</a> และหน้า <a href="/news/category/{term_slug("ประกาศ")}">ประกาศ</a></p>
<p class="" style="white-space:pre-wrap;">ปรับปรุงข้อมูลล่าสุด 28 มิถุนายน 2567</p>""",
            "ita:outro",
        )
        return self.page("/ita", "ITA", [fluid([intro, accordion, outro], "ita")], "การเปิดเผยข้อมูลสาธารณะ ITA")

    def not_found_page(self) -> str:
        blocks = [
            text_block(
                """<h1 style="white-space:pre-wrap;">ไม่พบหน้าที่คุณต้องการ</h1>
<p class="" style="white-space:pre-wrap;">ขออภัย หน้าที่คุณกำลังค้นหาอาจถูกย้าย ลบ หรือเปลี่ยนชื่อแล้ว เนื่องจากเทศบาลได้ย้ายเว็บไซต์มาอยู่ในระบบใหม่เมื่อเดือนกุมภาพันธ์ 2566 ข่าวเก่าบางรายการจึงไม่ได้ย้ายตามมา</p>
<p class="" style="white-space:pre-wrap;">กลับไปที่ <a href="/">หน้าแรก</a> ดู <a href="/news">ข่าวสารทั้งหมด</a> หรือ <a href="/search?q=ข่าว">ค้นหา</a></p>""",
                "404:text",
            ),
            f"""<div class="sqs-block search-block sqs-block-search" data-block-type="33" id="block-{block_id("404:search")}"><div class="sqs-block-content"><div class="sqs-search-ui-text-input sqs-search-ui-button-wrapper"><form action="/search" method="GET"><input type="search" name="q" placeholder="ค้นหา"></form></div></div></div>""",
        ]
        return self.page("/page-not-found", "ไม่พบหน้า", [fluid(blocks, "404")])

    # -- search (trap) ---------------------------------------------------------------------------
    def search_page(self, query: str, collection: str = "") -> str:
        words = query.split()
        form = f"""<div class="sqs-search-page-input"><form action="/search" method="GET" class="sqs-search-page-form"><input type="search" name="q" value="{attr(query)}" placeholder="ค้นหา" autocomplete="off"><input type="hidden" name="f_collectionId" value="{attr(collection)}"></form></div>"""
        if not words:
            popular = " · ".join(f'<a href="/search?q={quote_plus(w)}">{esc(w)}</a>' for w in WORDS[:6])
            inner = f"""{form}
<div class="sqs-search-page-popular"><p>คำค้นยอดนิยม: {popular}</p></div>
<div class="sqs-search-page-notice">พิมพ์คำที่ต้องการค้นหาแล้วกด Enter</div>"""
            return self.page(
                "/search",
                "ค้นหา",
                [
                    f'<section class="page-section"><div class="content-wrapper"><div class="content"><div class="sqs-search-page">{inner}</div></div></div></section>'
                ],
                body_class="search-page",
            )
        results = []
        if collection in ("", NEWS_ID):
            for p in NEWEST:
                text = p.title + " " + " ".join(gold_paragraphs(p))
                if all(w.lower() in text.lower() for w in words):
                    snippet = excerpt(p, 120)
                    results.append(
                        f'<div class="sqs-search-page-item"><div class="sqs-title"><a href="{p.path}">{esc(p.title)}</a></div><div class="sqs-content">{esc(snippet)}</div><div class="sqs-meta">ข่าวสาร · {list_date(p.d)}</div></div>'
                    )
        if collection in ("", EVENTS_ID):
            for e in EVENTS:
                if all(w.lower() in (e[4] + " " + " ".join(e[6])).lower() for w in words):
                    results.append(
                        f'<div class="sqs-search-page-item"><div class="sqs-title"><a href="{enc("/events/" + e[0])}">{esc(e[4])}</a></div><div class="sqs-meta">กิจกรรม · {e[1]}</div></div>'
                    )
        q = quote_plus(query)
        filters = " · ".join(
            f'<a href="/search?q={q}&amp;f_collectionId={cid}">{label}</a>'
            for cid, label in ((NEWS_ID, "ข่าวสาร"), (EVENTS_ID, "กิจกรรม"), (PAGES_ID, "หน้าเว็บ"))
        )
        more = " · ".join(
            f'<a href="/search?q={quote_plus(query + " " + WORDS[(len(words) + k) % len(WORDS)])}">{esc(query + " " + WORDS[(len(words) + k) % len(WORDS)])}</a>'
            for k in range(3)
        )
        listing = "\n".join(results) or '<div class="sqs-search-page-notice">ไม่พบผลลัพธ์</div>'
        inner = f"""{form}
<div class="sqs-search-page-filters">กรองผลลัพธ์: {filters}</div>
<div class="sqs-search-page-result-count">{len(results)} ผลลัพธ์สำหรับ “{esc(query)}”</div>
<div class="sqs-search-page-result">
{listing}
</div>
<div class="sqs-search-page-related">ค้นหาเพิ่มเติม: {more}</div>"""
        return self.page(
            f"/search?q={q}",
            f"ค้นหา: {query}",
            [
                f'<section class="page-section"><div class="content-wrapper"><div class="content"><div class="sqs-search-page">{inner}</div></div></div></section>'
            ],
            body_class="search-page",
        )

    # -- events ----------------------------------------------------------------------------------
    @staticmethod
    def event_date(day: str) -> str:
        d = date.fromisoformat(day)
        return f"วัน{('จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์', 'อาทิตย์')[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year}"

    def event_card(self, e: tuple) -> str:
        slug, day, start, end, title, place, lines, _post = e
        d = date.fromisoformat(day)
        href = enc(f"/events/{slug}")
        state = "upcoming" if day >= TODAY.isoformat() else "past"
        return f"""<article class="eventlist-event eventlist-event--{state}">
  <div class="eventlist-column-date"><div class="eventlist-datetag"><div class="eventlist-datetag-inner"><div class="eventlist-datetag-startdate eventlist-datetag-startdate--month">{MONTHS_ABBR[d.month - 1]}</div><div class="eventlist-datetag-startdate eventlist-datetag-startdate--day">{d.day}</div></div></div></div>
  <div class="eventlist-column-info">
    <h1 class="eventlist-title"><a href="{href}" class="eventlist-title-link">{esc(title)}</a></h1>
    <ul class="eventlist-meta event-meta">
      <li class="eventlist-meta-item eventlist-meta-date event-meta-item"><time class="event-date" datetime="{day}">{self.event_date(day)}</time></li>
      <li class="eventlist-meta-item eventlist-meta-time event-meta-item"><span class="event-time-localized"><time class="event-time-localized-start" datetime="{day}">{start}</time><span class="event-datetime-divider"></span><time class="event-time-localized-end" datetime="{day}">{end}</time></span></li>
      <li class="eventlist-meta-item eventlist-meta-address event-meta-item">{esc(place)} <a href="http://maps.google.com?q={quote_plus(place + " " + PLACE)}" class="eventlist-meta-address-maplink" target="_blank">(แผนที่)</a></li>
    </ul>
    <div class="eventlist-description"><p>{esc(lines[0])}</p></div>
    <a href="{href}" class="eventlist-button sqs-editable-button sqs-button-element--primary">ดูรายละเอียด →</a>
  </div>
</article>"""

    def events_index(self) -> str:
        upcoming = [e for e in EVENTS if e[1] >= TODAY.isoformat()]
        past = [e for e in reversed(EVENTS) if e[1] < TODAY.isoformat()]
        inner = f"""<div class="eventlist-view-switch"><a href="/events" class="active">รายการ</a> | <a href="/events?view=calendar&amp;month={TODAY.month:02d}-{TODAY.year}">ปฏิทิน</a></div>
<div class="eventlist eventlist--upcoming">
{"".join(self.event_card(e) for e in upcoming)}
</div>
<h2 class="eventlist-past-heading">กิจกรรมที่ผ่านมา</h2>
<div class="eventlist eventlist--past">
{"".join(self.event_card(e) for e in past)}
</div>"""
        head = self.head(f"กิจกรรม — {SITE}", "/events", f"ปฏิทินกิจกรรมของ{SITE}", item=EVENTS_ID)
        main = f'<article class="sections" id="sections"><section class="page-section content-collection collection-type-events"><div class="content-wrapper"><div class="content"><h1>กิจกรรม</h1>{inner}</div></div></section></article>'
        return self.frame(head, main, "view-list collection-type-events", "/events", EVENTS_ID)

    def event_page(self, i: int) -> str:
        slug, day, start, end, title, place, lines, post = EVENTS[i]
        utc = [local_dt(day, t).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") for t in (start, end)]
        gcal = f"http://www.google.com/calendar/event?action=TEMPLATE&amp;text={quote_plus(title)}&amp;dates={utc[0]}/{utc[1]}&amp;location={quote_plus(place)}"
        body = [p_html(line) for line in lines]
        if post:
            body.append(
                f'<p class="" style="white-space:pre-wrap;">อ่านข่าว: <a href="{BY_N[post].path}">{esc(BY_N[post].title)}</a></p>'
            )
        content = layout([text_block("\n".join(body), f"event:{slug}")], "event:" + slug, 1676853000000 + i)
        pager = []
        if i > 0:
            pager.append(
                f'<a href="{enc("/events/" + EVENTS[i - 1][0])}" class="eventitem-pagination-link eventitem-pagination-link--prev">← {esc(EVENTS[i - 1][4])}</a>'
            )
        if i + 1 < len(EVENTS):
            pager.append(
                f'<a href="{enc("/events/" + EVENTS[i + 1][0])}" class="eventitem-pagination-link eventitem-pagination-link--next">{esc(EVENTS[i + 1][4])} →</a>'
            )
        main = f"""<article class="sections" id="sections"><section class="page-section content-collection collection-type-events"><div class="content-wrapper"><div class="content">
<div class="eventitem-backlink-wrapper"><a href="/events" class="eventitem-backlink">← ดูกิจกรรมทั้งหมด</a></div>
<article class="eventitem" id="{_h("ev:" + slug)}">
  <div class="eventitem-column-meta">
    <h1 class="eventitem-title" data-content-field="title">{esc(title)}</h1>
    <ul class="eventitem-meta event-meta event-meta-date-time-container">
      <li class="eventitem-meta-item eventitem-meta-date event-meta-item"><time class="event-date" datetime="{day}">{self.event_date(day)}</time></li>
      <li class="eventitem-meta-item eventitem-meta-time event-meta-item"><span class="event-time-localized"><time class="event-time-localized-start" datetime="{day}">{start}</time><span class="event-datetime-divider"></span><time class="event-time-localized-end" datetime="{day}">{end}</time></span></li>
    </ul>
    <ul class="eventitem-meta event-meta event-meta-address-container"><li class="eventitem-meta-item eventitem-meta-address event-meta-item">{esc(place)} <a href="http://maps.google.com?q={quote_plus(place + " " + PLACE)}" class="eventitem-meta-address-maplink" target="_blank">(แผนที่)</a></li></ul>
    <ul class="eventitem-meta event-meta event-meta-export"><li class="eventitem-meta-item eventitem-meta-export event-meta-item"><a href="{gcal}" class="eventitem-meta-export-item eventitem-meta-export-gcal" target="_blank">Google Calendar</a><span class="eventitem-meta-export-divider"></span><a href="{enc("/events/" + slug)}?format=ical" class="eventitem-meta-export-item eventitem-meta-export-ical">ICS</a></li></ul>
  </div>
  <div class="eventitem-column-content">
{content}
  </div>
</article>
<div class="eventitem-pagination">{"".join(pager)}</div>
</div></div></section></article>"""
        head = self.head(f"{title} — {SITE}", enc("/events/" + slug), lines[0], "article", item=EVENTS_ID)
        return self.frame(head, main, "view-item collection-type-events", "/events", EVENTS_ID)

    def ical(self, i: int) -> Response:
        slug, day, start, end, title, place, lines, _post = EVENTS[i]
        utc = [local_dt(day, t).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") for t in (start, end)]
        text = "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Squarespace Inc//Squarespace Calendar//EN",
                "BEGIN:VEVENT",
                f"UID:{_h('ev:' + slug)}@squarespace.com",
                f"DTSTART:{utc[0]}",
                f"DTEND:{utc[1]}",
                f"SUMMARY:{title}",
                f"LOCATION:{place}",
                f"DESCRIPTION:{lines[0]}",
                f"URL:{self.u(enc('/events/' + slug))}",
                "END:VEVENT",
                "END:VCALENDAR",
                "",
            ]
        )
        return Response(
            200,
            (
                ("Content-Type", "text/calendar;charset=utf-8"),
                ("Content-Disposition", f'attachment; filename="{_h(slug, 8)}.ics"'),
            ),
            text.encode("utf-8"),
        )

    def calendar(self, y: int, m: int) -> str:
        """The events calendar view for any month: a grid linking the previous and next month (a trap)."""
        first = date(y, m, 1)
        ny, nm = month_step(y, m, 1)
        py, pm = month_step(y, m, -1)
        days = (date(ny, nm, 1) - first).days
        cells = ['<td class="empty"></td>'] * first.weekday()
        for day in range(1, days + 1):
            iso = date(y, m, day).isoformat()
            evs = "".join(f'<li><a href="{enc("/events/" + e[0])}">{esc(e[4])}</a></li>' for e in EVENTS if e[1] == iso)
            cells.append(
                f'<td class="{"has-event" if evs else ""}"><div class="marker-daynum">{day}</div>{f"<ul>{evs}</ul>" if evs else ""}</td>'
            )
        rows = ["".join(cells[k : k + 7]) for k in range(0, len(cells), 7)]
        grid = "\n".join(f"<tr>{r}</tr>" for r in rows)
        head = self.head(f"กิจกรรม — {SITE}", "/events", f"ปฏิทินกิจกรรมของ{SITE}", item=EVENTS_ID)
        main = f"""<article class="sections" id="sections"><section class="page-section content-collection collection-type-events view-calendar"><div class="content-wrapper"><div class="content">
<h1>กิจกรรม</h1>
<div class="eventlist-view-switch"><a href="/events">รายการ</a> | <a href="/events?view=calendar&amp;month={TODAY.month:02d}-{TODAY.year}" class="active">ปฏิทิน</a></div>
<div class="yui3-calendar sqs-events-calendar" data-month="{m:02d}-{y}">
  <div class="yui3-calendar-header">
    <a class="yui3-calendarnav-prevmonth" href="/events?view=calendar&amp;month={pm:02d}-{py}" aria-label="เดือนก่อนหน้า">‹</a>
    <div class="yui3-calendar-header-label">{MONTHS[m - 1]} {y}</div>
    <a class="yui3-calendarnav-nextmonth" href="/events?view=calendar&amp;month={nm:02d}-{ny}" aria-label="เดือนถัดไป">›</a>
  </div>
  <table class="yui3-calendar-grid"><thead><tr><th>จ.</th><th>อ.</th><th>พ.</th><th>พฤ.</th><th>ศ.</th><th>ส.</th><th>อา.</th></tr></thead>
  <tbody>
{grid}
  </tbody></table>
</div>
</div></div></section></article>"""
        return self.frame(head, main, "view-list collection-type-events", "/events", EVENTS_ID)

    # -- feeds -----------------------------------------------------------------------------------
    def rss(self) -> Response:
        items = []
        for p in NEWEST[:RSS_LIMIT]:
            cats = "".join(f"<category>{esc(c)}</category>" for c in p.cats)
            html_body = "".join(body_blocks(p))
            media = ""
            if any(line.startswith("F:") for line in p.body):
                media = f'<media:content type="image/jpeg" url="{image_url(f"img:{p.n}:1")}" medium="image" isDefault="true" width="1500" height="1000"><media:title type="plain">{esc(p.title)}</media:title></media:content>'
            items.append(
                f"""<item><title>{esc(p.title)}</title>{cats}<dc:creator><![CDATA[{p.author_name}]]></dc:creator><pubDate>{rfc822(p.dt)}</pubDate><link>{self.u(p.path)}</link><guid isPermaLink="false">{WEBSITE_ID}:{NEWS_ID}:{p.item_id}</guid><description><![CDATA[{html_body}]]></description>{media}</item>"""
            )
        built = rfc822(datetime(2024, 6, 30, 21, 4, 11, tzinfo=UTC))
        text = f"""<?xml version="1.0" encoding="UTF-8"?>
<!--Generated by Site-Server v6.0.0-00000 (http://www.squarespace.com) on Sun, 30 Jun 2024 21:04:11 GMT
--><rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://www.rssboard.org/media-rss" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0"><channel><title>ข่าวสาร - {esc(SITE)}</title><link>{self.u("/news")}</link><lastBuildDate>{built}</lastBuildDate><language>th-TH</language><generator>Site-Server v6.0.0-00000 (http://www.squarespace.com)</generator><description><![CDATA[]]></description>{"".join(items)}</channel></rss>"""
        return Response(
            200,
            (("Content-Type", "application/rss+xml;charset=utf-8"), ("Cache-Control", "no-cache, private")),
            text.encode("utf-8"),
        )

    def sitemap(self) -> Response:
        def url(path: str, lastmod: str, freq: str, prio: str, image: str = "") -> str:
            return f"<url>\n<loc>{esc(self.u(path))}</loc>\n<changefreq>{freq}</changefreq>\n<priority>{prio}</priority>\n<lastmod>{lastmod}</lastmod>\n{image}</url>"

        rows = [url("/", "2024-06-24", "daily", "1.0")]
        for path in ("/about", "/vision", "/staff", "/contact", "/ita", "/page-not-found"):
            rows.append(url(path, "2024-06-28", "weekly", "0.75"))
        rows.append(url("/news", NEWEST[0].day, "daily", "0.75"))
        for p in NEWEST:
            image = ""
            caps = captions(p)
            if any(line.startswith("F:") for line in p.body):
                cap = f"<image:caption>{esc(caps[0])}</image:caption>" if caps else ""
                image = f"<image:image>\n<image:loc>{image_url(f'img:{p.n}:1')}</image:loc>\n<image:title>ข่าวสาร - {esc(p.title)}</image:title>\n{cap}</image:image>\n"
            rows.append(url(p.path, p.day, "monthly", "0.5", image))
        rows.append(url("/events", "2024-06-20", "daily", "0.75"))
        for e in EVENTS:
            rows.append(url(enc("/events/" + e[0]), "2024-06-20", "monthly", "0.5"))
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n'
            + "\n".join(rows)
            + "\n</urlset>\n"
        )
        return Response(
            200,
            (("Content-Type", "application/xml;charset=utf-8"), ("Cache-Control", "no-cache, private")),
            text.encode("utf-8"),
        )

    def robots(self) -> Response:
        fmt = ("json", "page-context", "main-content", "json-pretty", "ical")
        lines = [
            "# Squarespace Robots Txt",
            "",
            "User-agent: *",
            *(f"Disallow: {p}" for p in DISALLOWED[:-1]),
            "Allow: /api/ui-extensions/",
            f"Disallow: {DISALLOWED[-1]}",
            *(f"Disallow:/*{sep}{k}=*" for k in ("author", "tag", "month", "view") for sep in "?&"),
            *(f"Disallow:/*{sep}format={f}" for f in fmt for sep in "?&"),
            *(f"Disallow:/*{sep}reversePaginate=*" for sep in "?&"),
            "",
            f"Sitemap: {self.u('/sitemap.xml')}",
            "",
        ]
        return Response(200, (("Content-Type", "text/plain;charset=utf-8"),), "\n".join(lines).encode("utf-8"))

    # -- registration ----------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.static_pages()
        self.list_pages()
        site.add("/about-us", Response(302, (("Content-Type", "text/html;charset=utf-8"), ("Location", "/about"))))
        self.add_page("/events", self.events_index())
        for i, e in enumerate(EVENTS):
            self.add_page(enc("/events/" + e[0]), self.event_page(i))
            site.add(enc("/events/" + e[0]) + "?format=ical", self.ical(i))
        for i, p in enumerate(POSTS):
            page = self.html(self.post_page(p, i), seed=p.path)
            site.add(p.path, page)
            site.add(p.path + "/", page)
            site.add(p.path + "?format=amp", self.html(self.amp_page(p), seed=p.path + "amp"))
            aliases = [self.u(p.path + "/"), self.u(p.path + "?format=amp")]
            if p.n in NEWSLETTER:
                tracked = f"{p.path}?ss_source=sscampaigns&ss_campaign_id={CAMPAIGN}&ss_medium=email"
                site.add(tracked, page)
                aliases.append(self.u(tracked))
            site.articles.append(
                FixtureArticle(
                    url=self.u(p.path),
                    aliases=tuple(aliases),
                    title=p.title,
                    paragraphs=gold_paragraphs(p),
                    published=p.day,
                    author=p.author_name,
                    captions=captions(p),
                )
            )
        # files
        files = [
            ("land-tax-2566.pdf", "Land and building tax 2566"),
            ("pp1-form.pdf", "Signboard tax form"),
            ("recruit-result-2567.pdf", "Recruitment result 2567"),
            ("privacy-policy-2565.pdf", "Privacy policy"),
            ("local-dev-plan-2566-2570.pdf", "Local development plan 2566-2570"),
        ] + [(name, f"ITA 2567 {code}") for code, _label, name in ITA if name]
        for name, title in files:
            add_pdf(
                site, enc("/s/" + name), title, ["Huai Sai Ngam municipality", title], local_dt("2024-06-28", "10:00")
            )
        site.broken_links = [self.u("/s/" + ITA_BROKEN)]
        site.add("/news?format=rss", self.rss())
        site.add("/sitemap.xml", self.sitemap())
        site.add("/robots.txt", self.robots())
        site.disallowed_paths = list(DISALLOWED)
        # trap pages that are known non-articles
        self.non_articles.append(self.u(f"/events?view=calendar&month={TODAY.month:02d}-{TODAY.year}"))
        self.non_articles.append(self.u("/search?q=" + quote_plus(WORDS[0])))
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SEARCH]
        site.dynamic = self.dynamic

    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        if path == "/events" and q.get("view") == "calendar":
            m = re.fullmatch(r"(\d{1,2})-(\d{4})", q.get("month", ""))
            y, mo = (
                (int(m.group(2)), int(m.group(1))) if m and 1 <= int(m.group(1)) <= 12 else (TODAY.year, TODAY.month)
            )
            return self.html(self.calendar(y, mo), seed=f"cal:{y}:{mo}")
        if path == "/search":
            query = " ".join(q.get("q", "").split())
            return self.html(self.search_page(query, q.get("f_collectionId", "")), seed="search")
        if path == "/news" or path.startswith(("/news/category/", "/news/tag/")):
            text = self.listing(parts.path, parts.query)
            if text is not None:
                return self.html(text, seed=path_and_query)
        if parts.query and "format" not in q and self.site.has(parts.path):
            return self.site.route(parts.path)  # Squarespace ignores parameters it does not know
        return None


DISALLOWED = ("/config", "/search", "/account$", "/account/", "/commerce/digital-download/", "/api/", "/static/")
TRAP_CALENDAR = r"^/events\?(?:.*&)?view=calendar"
TRAP_SEARCH = r"^/search\?(?:.*&)?q="


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Squarespace")
    _Sqs(site).register()
    return site

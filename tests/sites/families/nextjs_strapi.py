# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""nextjs_strapi: a เทศบาลเมือง site built in 2023 by a Bangkok agency on Next.js 13 over Strapi 4.

CMS imitated: a headless build - Next.js 13 (pages router, every page server-side rendered with
``getServerSideProps``, i18n locales ``th``/``en``) in front of a Strapi 4 content API; the page HTML
is React's SSR output: ``<div id="__next">``, Tailwind utility classes only (no semantic class names:
``flex items-center gap-2 text-sm``, ``prose prose-lg``), ``<script id="__NEXT_DATA__"
type="application/json">`` with the page props (for a news post the whole Strapi entry, its body as
CKEditor 5 HTML inside a JSON string), ``/_next/static/chunks/...`` scripts, ``next/image`` pictures
(``<img loading="lazy" data-nimg srcset="/_next/image?url=%2Fuploads%2F...&w=640&q=75 1x, ...">``), a
cookie-consent banner, an accessibility bar (ก- ก ก+ and contrast buttons), a LINE / Facebook share
bar, a CSS-hover mega-menu (rendered in the HTML, shown on hover) plus a hidden mobile drawer with the
same links, and a big footer with a "ค้นหายอดนิยม" tag cloud on every page.  The search corpus held no
.go.th page of this stack to copy (its Thai municipal pages are WordPress and vendor PHP); the shapes
follow what Next.js 13 / next-sitemap / Strapi 4 emit by default.

เทศบาลเมืองหนองตะเคียนทอง (fictional), อำเภอห้วยแถลง จังหวัดนครราชสีมา.  nginx in front of
``next start``: ``X-Powered-By: Next.js``, ``Cache-Control: private, no-cache, no-store...``, an ETag
but no Last-Modified on pages; ``text/html; charset=utf-8``.  TODAY is 2024-03-20.

URL shapes
* post ``/news/<id>/<slug>`` (gold url: the Thai slug percent-encoded with upper-case hex, as the
  listings, the sitemap and ``rel=canonical`` write it); ``/news/<id>`` answers 308 to it (gold alias;
  the hero slider, tag pages and search results link that form); ``/news/<id>/<any other slug>`` and
  any path with a trailing slash also 308 (not linked).  The "ข่าวที่เกี่ยวข้อง" cards write the slug
  with LOWER-case percent-encoding (another component, another encoder): the same page, no redirect.
* listings ``/news`` (= ``?page=1``), ``/news?page=2``, ``/news?page=3`` and
  ``/news?category=pr|activity|announcement`` (9 cards a page, newest first).  Their pager is a
  "โหลดเพิ่มเติม" ``<button>`` with no href that fetches ``/api/news?page=N&pageSize=9[&category=]``
  (Strapi-shaped JSON, served, not disallowed); only page 1 has ``<link rel="next"
  href="/news?page=2">`` (``/news?category=activity&page=2``) in its head, page 2 has no rel=prev/next.  So ``/news?page=3`` (the 4 oldest posts) and the 2 oldest
  ข่าวกิจกรรม are on no linked listing: the sitemap, tag pages and the search are the other ways.
* ``/sitemap.xml`` (next-sitemap index, named in robots.txt) -> ``/sitemap-0.xml``: static pages and
  every post's canonical URL with ``<lastmod>`` (updatedAt, UTC).
* home ``/``: a Swiper hero of the 3 newest posts (short links), the 6 newest cards, upcoming events.
* ``/en/news/<id>/<slug>`` for every post (the TH | EN toggle in the header of every post): the Thai
  title and "This content is available in Thai only." - no body; ``/en`` the same notice for the site.
* static pages ``/about`` (ประวัติ: the post layout - h1, "อัปเดตล่าสุด" date, view counter, share bar,
  paragraphs), ``/about/vision``, ``/executives``, ``/contact``, ``/ita`` (O1-O10 table of PDFs and
  pages), ``/e-service``, ``/privacy-policy`` (cookie banner), tag pages ``/tag/<Thai tag>``,
  ``/search?q=<term>`` (results) and ``/events`` (this month), ``/events/<id>`` event pages.
* ``/news/<unknown id>`` answers **200** with "404 | ไม่พบหน้าที่คุณต้องการ" in the normal layout
  (a soft 404: getServerSideProps renders a not-found component); the ITA page links ``/news/96``.
  Other unknown paths answer a real 404 with the same page.
* ``/uploads/<name>_<hash>.jpg|pdf`` (Strapi's upload provider behind the same nginx) and
  ``/_next/image?url=...&w=...&q=75`` for the widths next/image uses.

Gold articles: 22 posts, 2023-04-19 .. 2024-03-19, oldest first; categories ข่าวกิจกรรม (11),
ข่าวประชาสัมพันธ์ (5), ประกาศ (6).  Date "15 ม.ค. 2567" beside an icon and an eye + view count;
``article:published_time`` and ``publishedAt`` are UTC ISO strings, so post 166 (published 06:40 on
15 Jan local time) says 2024-01-14T23:40:00.000Z there - gold is the local date.  Author: the
"โดย <หน่วยงาน>" line when the Strapi author relation is set (None otherwise).  Paragraphs: CKEditor
``<p>`` (some with ``&nbsp;``), ``<li>`` items one each, the one table (post 111) one paragraph per
row, its cells joined by a space (the header row is a ``<td><strong>`` row pasted from Word).  Captions:
``<figcaption>`` of the activity galleries and of one image inside a body (post 177).  Not paragraphs:
"ไฟล์แนบ" links, tags, related cards, share bar.

Non-articles: the pages listed above (home, listings, static pages, tag pages, search results, the
events page and event pages, the English notices, the soft 404).  Event pages hold a title, date,
time, place and one invitation sentence: non-articles.

Traps (``trap_patterns``, answered by ``_Site.dynamic``):
* ``/events?month=YYYY-MM``: the calendar for any month, each linking the previous and next month
  (linked from ``/events`` and from every event page);
* ``/search?q=...&sort=latest|popular&view=grid|list``: the result page's sort/view links append
  ``&sort=...``/``&view=...`` to the CURRENT query string (``router.asPath + '&sort=latest'``), so every
  variant links four longer ones without end.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..media import jpeg
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, MONTHS_ABBR, WEEKDAYS, local_dt
from .common import add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "nextjs_strapi"
SITE = "เทศบาลเมืองหนองตะเคียนทอง"
SITE_SHORT = "ทม.หนองตะเคียนทอง"
SITE_EN = "Nong Takhian Thong Town Municipality"
DISTRICT = "อำเภอห้วยแถลง จังหวัดนครราชสีมา"
ADDRESS = "เลขที่ 99 หมู่ที่ 1 ถนนหนองตะเคียน-ห้วยแถลง ตำบลหนองตะเคียนทอง อำเภอห้วยแถลง จังหวัดนครราชสีมา 30240"
PHONE = "0 4444 2105"
FAX = "0 4444 2106"
EMAIL = "saraban@nongtakhianthong.go.th"
TODAY = date(2024, 3, 20)
LAUNCH = datetime(2023, 3, 1, 10, 0, tzinfo=UTC)
BUILD_ID = "xK3vq9TzR2mPa7nLw0sYd"
MAYOR = "นายวีระพงษ์ ศรีสุวรรณ"
SOFT404_ID = 96
PAGE_SIZE = 9

CATEGORIES = {
    "pr": (1, "ข่าวประชาสัมพันธ์"),
    "activity": (2, "ข่าวกิจกรรม"),
    "announcement": (3, "ประกาศ"),
}
CHIP = {
    "pr": "bg-sky-600/90",
    "activity": "bg-emerald-600/90",
    "announcement": "bg-amber-500/90",
}
POPULAR_SEARCHES = ("ภาษีที่ดิน", "เบี้ยยังชีพ", "รับสมัครงาน", "ลอยกระทง", "ศูนย์พัฒนาเด็กเล็ก", "ไข้เลือดออก")


# -- content ------------------------------------------------------------------------------------------
# A body block: a paragraph (str, may hold **bold** and \u00a0), ("ul", items), ("table", rows: first row
# = header), ("figure", caption).
Block = str | tuple


@dataclass(frozen=True)
class _Post:
    id: int
    day: str  # ISO date, Bangkok
    hhmm: str
    cat: str
    title: str
    body: tuple[Block, ...]
    tags: tuple[str, ...] = ()
    author: str | None = None
    photos: tuple[str, ...] = ()  # gallery captions
    files: tuple[tuple[str, int], ...] = ()  # ("name.pdf", size in KB)
    cover: str = "IMG"

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hhmm)

    @property
    def utc(self) -> str:
        return _iso(self.dt)

    @property
    def updated(self) -> str:
        return _iso(self.dt + timedelta(hours=2 + self.id % 5, minutes=self.id % 37))

    @property
    def views(self) -> int:
        return 180 + (self.id * 7919) % 2400 + (TODAY - self.d).days * 3

    @property
    def slug(self) -> str:
        return _slug(self.title)

    @property
    def path(self) -> str:
        return f"/news/{self.id}/{quote(self.slug, safe='-')}"

    @property
    def lower_path(self) -> str:
        return f"/news/{self.id}/{quote(self.slug, safe='-').lower()}"

    @property
    def short(self) -> str:
        return f"/news/{self.id}"

    @property
    def en_path(self) -> str:
        return "/en" + self.path

    @property
    def paragraphs(self) -> tuple[str, ...]:
        out: list[str] = []
        for block in self.body:
            if isinstance(block, str):
                out.append(_plain(block))
            elif block[0] == "ul":
                out.extend(_plain(item) for item in block[1])
            elif block[0] == "table":
                out.extend(" ".join(_plain(c) for c in row) for row in block[1])
        return tuple(out)

    @property
    def captions(self) -> tuple[str, ...]:
        inline = tuple(b[1] for b in self.body if isinstance(b, tuple) and b[0] == "figure")
        return inline + self.photos

    @property
    def excerpt(self) -> str:
        first = self.paragraphs[0]
        return first if len(first) <= 110 else first[:110].rstrip() + "..."


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _plain(text: str) -> str:
    return " ".join(text.replace("**", "").split())


def _slug(title: str) -> str:
    """The agency's slugify: Thai kept, spaces to '-', punctuation dropped, cut at 80 characters."""
    out = []
    for char in title.lower():
        if char.isalnum() or "\u0e00" <= char <= "\u0e7f":
            out.append(char)
        elif char in " -/":
            out.append("-")
    return re.sub("-+", "-", "".join(out)).strip("-")[:80].rstrip("-")


POSTS: tuple[_Post, ...] = (
    _Post(
        103,
        "2023-04-19",
        "09:10",
        "activity",
        "เทศบาลเมืองหนองตะเคียนทองจัดพิธีรดน้ำดำหัวขอพรผู้สูงอายุ ประเพณีสงกรานต์ ประจำปี 2566",
        (
            "เมื่อวันที่ 18 เมษายน 2566 เวลา 09.00 น. นายวีระพงษ์ ศรีสุวรรณ นายกเทศมนตรีเมืองหนองตะเคียนทอง พร้อมด้วยคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมพิธีรดน้ำดำหัวขอพรผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ประจำปี 2566 ณ\u00a0หอประชุมเทศบาลเมืองหนองตะเคียนทอง",
            "ภายในงานมีการแสดงของนักเรียนศูนย์พัฒนาเด็กเล็กเทศบาล การประกวดผู้สูงอายุสุขภาพดี และการมอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุ 90 ปีขึ้นไป จำนวน 27 ราย โดยมีผู้สูงอายุจากทั้ง 12 ชุมชนเข้าร่วมงานกว่า 400 คน",
            "เทศบาลเมืองหนองตะเคียนทองขอขอบคุณผู้สูงอายุ ผู้นำชุมชน และอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ทุกท่านที่ร่วมสืบสานประเพณีอันดีงามของไทยให้คงอยู่สืบไป",
        ),
        tags=("ประเพณี", "ผู้สูงอายุ"),
        author="งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        photos=(
            "นายกเทศมนตรีรดน้ำขอพรผู้สูงอายุ",
            "การแสดงของนักเรียนศูนย์พัฒนาเด็กเล็กเทศบาล",
            "มอบของที่ระลึกแก่ผู้สูงอายุอายุ 90 ปีขึ้นไป",
            "ผู้สูงอายุจาก 12 ชุมชนร่วมงาน",
        ),
    ),
    _Post(
        107,
        "2023-05-09",
        "10:30",
        "pr",
        "ขอเชิญชวนผู้เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ภายในเดือนมิถุนายน",
        (
            "กองคลัง เทศบาลเมืองหนองตะเคียนทอง ขอเชิญชวนเจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ภายในวันที่ 30 มิถุนายน 2566 เพื่อหลีกเลี่ยงเบี้ยปรับและเงินเพิ่มตามกฎหมาย",
            "**ช่องทางการชำระภาษี**",
            (
                "ul",
                (
                    "ชำระด้วยตนเองที่งานพัฒนาและจัดเก็บรายได้ กองคลัง ชั้น 1 สำนักงานเทศบาล ในวันและเวลาราชการ",
                    "โอนเงินเข้าบัญชีธนาคารกรุงไทย ชื่อบัญชี เทศบาลเมืองหนองตะเคียนทอง (เงินรายได้) เลขที่บัญชี 318-6-04452-7",
                    "สแกนคิวอาร์โค้ดที่แนบมากับใบแจ้งการประเมินภาษีผ่านแอปพลิเคชันของธนาคาร",
                    "ชำระนอกสถานที่ตามจุดบริการเคลื่อนที่ในชุมชนตามตารางที่เทศบาลประกาศ",
                ),
            ),
            "สอบถามรายละเอียดเพิ่มเติมได้ที่ งานพัฒนาและจัดเก็บรายได้ กองคลัง โทร. 0 4444 2105 ต่อ 112",
        ),
        tags=("ภาษี",),
        author="กองคลัง",
    ),
    _Post(
        111,
        "2023-05-26",
        "14:05",
        "announcement",
        "ประกาศเทศบาลเมืองหนองตะเคียนทอง เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง",
        (
            "ด้วยเทศบาลเมืองหนองตะเคียนทองจะดำเนินการสรรหาและเลือกสรรบุคคลเพื่อจ้างเป็นพนักงานจ้างตามภารกิจและพนักงานจ้างทั่วไป จึงประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ในตำแหน่งดังต่อไปนี้",
            (
                "table",
                (
                    ("ตำแหน่ง", "ประเภท", "จำนวน (อัตรา)", "คุณวุฒิ"),
                    ("ผู้ช่วยนักวิชาการเงินและบัญชี", "พนักงานจ้างตามภารกิจ", "1", "ปวส. สาขาการบัญชี"),
                    ("ผู้ช่วยนายช่างโยธา", "พนักงานจ้างตามภารกิจ", "1", "ปวส. สาขาช่างก่อสร้าง หรือช่างโยธา"),
                    ("พนักงานขับรถยนต์", "พนักงานจ้างทั่วไป", "2", "มีใบอนุญาตขับขี่ประเภท 2"),
                    ("คนงานประจำรถขยะ", "พนักงานจ้างทั่วไป", "3", "ไม่จำกัดวุฒิ"),
                ),
            ),
            "ผู้ประสงค์จะสมัครขอรับใบสมัครและยื่นใบสมัครด้วยตนเองได้ที่ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล ตั้งแต่วันที่ 1 - 9 มิถุนายน 2566 ในวันและเวลาราชการ รายละเอียดตามประกาศที่แนบมาพร้อมนี้",
        ),
        tags=("รับสมัครงาน",),
        files=(("ประกาศรับสมัครพนักงานจ้าง ปี 2566.pdf", 412), ("ใบสมัครพนักงานจ้าง.pdf", 96)),
        cover="poster",
    ),
    _Post(
        118,
        "2023-06-06",
        "11:20",
        "activity",
        "เทศบาลเมืองหนองตะเคียนทองร่วมกับชุมชนปลูกต้นไม้เนื่องในวันสิ่งแวดล้อมโลก",
        (
            "เมื่อวันที่ 5 มิถุนายน 2566 เทศบาลเมืองหนองตะเคียนทองร่วมกับชุมชนโนนสมบูรณ์ โรงเรียนเทศบาล 1 (บ้านหนองตะเคียน) และจิตอาสา จัดกิจกรรมปลูกต้นไม้เนื่องในวันสิ่งแวดล้อมโลก บริเวณสวนสาธารณะหนองตะเคียนทอง",
            "กิจกรรมครั้งนี้มีการปลูกต้นไม้ยืนต้น ได้แก่ ต้นรวงผึ้ง ต้นพะยูง และต้นราชพฤกษ์ รวมจำนวน 300 ต้น พร้อมทั้งเก็บขยะและคัดแยกขยะรอบบริเวณหนองน้ำสาธารณะ",
            "นายกเทศมนตรีกล่าวขอบคุณผู้เข้าร่วมกิจกรรมและเชิญชวนประชาชนร่วมกันดูแลรักษาต้นไม้ที่ปลูกไว้ให้เติบโตเป็นพื้นที่สีเขียวของเมืองต่อไป",
        ),
        tags=("สิ่งแวดล้อม",),
        photos=(
            "ผู้บริหารและจิตอาสาร่วมปลูกต้นรวงผึ้ง",
            "นักเรียนโรงเรียนเทศบาล 1 ร่วมเก็บขยะรอบหนองน้ำ",
            "ภาพหมู่ผู้เข้าร่วมกิจกรรมวันสิ่งแวดล้อมโลก",
        ),
    ),
    _Post(
        124,
        "2023-07-14",
        "15:45",
        "activity",
        "ออกหน่วยบริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าในชุมชน ประจำปี 2566",
        (
            "ระหว่างวันที่ 10 - 13 กรกฎาคม 2566 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองหนองตะเคียนทอง ออกหน่วยบริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้แก่สุนัขและแมวในเขตเทศบาลโดยไม่เสียค่าใช้จ่าย ตามโครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ดังนี้",
            (
                "ul",
                (
                    "วันที่ 10 กรกฎาคม 2566 ชุมชนตลาดเก่า และชุมชนคุ้มวัดกลาง",
                    "วันที่ 11 กรกฎาคม 2566 ชุมชนหนองตะเคียน และชุมชนโนนสมบูรณ์",
                    "วันที่ 12 กรกฎาคม 2566 ชุมชนบ้านใหม่พัฒนา และชุมชนหนองไผ่ล้อม",
                    "วันที่ 13 กรกฎาคม 2566 ชุมชนที่เหลือ ณ ศาลาประชาคมของแต่ละชุมชน",
                ),
            ),
            "ผลการดำเนินงานมีสุนัขและแมวได้รับวัคซีนรวมทั้งสิ้น 1,286 ตัว เจ้าของสัตว์ที่ยังไม่ได้นำสัตว์เลี้ยงมารับบริการ สามารถติดต่อขอรับวัคซีนได้ที่กองสาธารณสุขและสิ่งแวดล้อมในวันและเวลาราชการ",
        ),
        tags=("สาธารณสุข",),
        author="กองสาธารณสุขและสิ่งแวดล้อม",
        photos=(
            "เจ้าหน้าที่ฉีดวัคซีนให้สุนัข ณ ศาลาประชาคมชุมชนตลาดเก่า",
            "ลงทะเบียนสัตว์เลี้ยงก่อนรับวัคซีน",
            "มอบป้ายคล้องคอสัตว์ที่ได้รับวัคซีนแล้ว",
        ),
    ),
    _Post(
        129,
        "2023-07-31",
        "16:30",
        "activity",
        "เทศบาลเมืองหนองตะเคียนทองจัดขบวนแห่และพิธีถวายเทียนพรรษา ประจำปี 2566",
        (
            "เมื่อวันที่ 31 กรกฎาคม 2566 เทศบาลเมืองหนองตะเคียนทองร่วมกับคณะสงฆ์และชุมชนทั้ง 12 ชุมชน จัดขบวนแห่เทียนพรรษาจากสำนักงานเทศบาลไปยังวัดกลางหนองตะเคียน เพื่อสืบสานประเพณีเข้าพรรษาและทำนุบำรุงพระพุทธศาสนา",
            "ภายในงานมีพิธีถวายเทียนพรรษา ผ้าอาบน้ำฝน และเครื่องไทยธรรม แด่พระภิกษุสามเณรที่จำพรรษาในวัดเขตเทศบาล จำนวน 5 วัด โดยมีประชาชนร่วมขบวนแห่อย่างคึกคัก",
        ),
        tags=("ประเพณี", "ศาสนา"),
        author="งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        photos=(
            "ขบวนแห่เทียนพรรษาเคลื่อนออกจากสำนักงานเทศบาล",
            "ต้นเทียนพรรษาของชุมชนตลาดเก่า",
            "พิธีถวายเทียนพรรษา ณ วัดกลางหนองตะเคียน",
            "ประชาชนร่วมถวายผ้าอาบน้ำฝน",
        ),
    ),
    _Post(
        133,
        "2023-08-22",
        "13:15",
        "announcement",
        "ประกาศ เรื่อง การประชาคมรับฟังความคิดเห็นต่อร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2567",
        (
            "ด้วยเทศบาลเมืองหนองตะเคียนทองได้จัดทำร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2567 เพื่อเสนอต่อสภาเทศบาลพิจารณา จึงขอเชิญประชาชนร่วมแสดงความคิดเห็นต่อร่างเทศบัญญัติดังกล่าว",
            "ในวันพฤหัสบดีที่ 31 สิงหาคม 2566 เวลา 09.30 น. ณ ห้องประชุมสภาเทศบาลเมืองหนองตะเคียนทอง หรือส่งความคิดเห็นเป็นลายลักษณ์อักษรได้ที่กองยุทธศาสตร์และงบประมาณ ภายในวันที่ 30 สิงหาคม 2566",
        ),
        tags=("งบประมาณ",),
        files=(("ประกาศประชาคมร่างเทศบัญญัติ 2567.pdf", 188), ("ร่างเทศบัญญัติงบประมาณรายจ่าย 2567.pdf", 2350)),
        cover="poster",
    ),
    _Post(
        138,
        "2023-09-12",
        "10:05",
        "activity",
        "รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย ป้องกันโรคไข้เลือดออก ชุมชนหนองตะเคียน",
        (
            "เมื่อวันที่ 11 กันยายน 2566 เทศบาลเมืองหนองตะเคียนทองร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลหนองตะเคียนและ อสม. จัดกิจกรรมรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลายในชุมชนหนองตะเคียน หลังมีรายงานผู้ป่วยโรคไข้เลือดออกในพื้นที่อำเภอห้วยแถลงเพิ่มขึ้น",
            "เจ้าหน้าที่ได้เดินรณรงค์ให้ความรู้ตามมาตรการ 3 เก็บ ป้องกัน 3 โรค แจกทรายอะเบทและโลชั่นทากันยุง พร้อมพ่นหมอกควันกำจัดยุงตัวเต็มวัยในบริเวณบ้านผู้ป่วยและรัศมี 100 เมตร ดังนี้",
            (
                "ul",
                (
                    "**เก็บบ้าน**ให้สะอาด ไม่ให้มีมุมอับเป็นที่เกาะพักของยุง",
                    "**เก็บขยะ** เศษภาชนะที่อาจมีน้ำขังรอบบ้าน",
                    "**เก็บน้ำ** ปิดฝาโอ่งและภาชนะเก็บน้ำให้มิดชิด เปลี่ยนน้ำในแจกันทุก 7 วัน",
                ),
            ),
            "หากมีอาการไข้สูงลอย 2 วันขึ้นไป ปวดศีรษะ ปวดเมื่อยกล้ามเนื้อ ให้รีบไปพบแพทย์ที่โรงพยาบาลหรือโรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน และหลีกเลี่ยงการซื้อยาแก้ปวดกลุ่มแอสไพรินหรือไอบูโพรเฟนมารับประทานเอง",
        ),
        tags=("สาธารณสุข",),
        author="กองสาธารณสุขและสิ่งแวดล้อม",
        photos=("อสม. เดินรณรงค์ให้ความรู้ในชุมชนหนองตะเคียน", "พ่นหมอกควันกำจัดยุงตัวเต็มวัย"),
    ),
    _Post(
        142,
        "2023-10-04",
        "09:40",
        "activity",
        "อบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปีงบประมาณ พ.ศ. 2567",
        (
            "ระหว่างวันที่ 2 - 3 ตุลาคม 2566 งานป้องกันและบรรเทาสาธารณภัย สำนักปลัดเทศบาล จัดโครงการอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปีงบประมาณ พ.ศ. 2567 ณ หอประชุมเทศบาล มีผู้เข้ารับการอบรมจำนวน 85 คน",
            "การอบรมประกอบด้วยการบรรยายบทบาทหน้าที่ของ อปพร. การปฐมพยาบาลเบื้องต้นและการช่วยฟื้นคืนชีพ (CPR) และการฝึกปฏิบัติการดับเพลิงขั้นต้นด้วยถังดับเพลิงชนิดผงเคมีแห้ง โดยได้รับเกียรติจากวิทยากรสถานีดับเพลิงและกู้ภัยเทศบาล",
        ),
        tags=("ป้องกันภัย",),
        photos=(
            "นายกเทศมนตรีกล่าวเปิดการอบรม",
            "ฝึกปฏิบัติการช่วยฟื้นคืนชีพ (CPR)",
            "ฝึกดับเพลิงขั้นต้นด้วยถังดับเพลิงชนิดผงเคมีแห้ง",
        ),
    ),
    _Post(
        147,
        "2023-10-25",
        "16:10",
        "announcement",
        "ประกาศรายชื่อผู้ผ่านการสรรหาและเลือกสรรเป็นพนักงานจ้าง",
        (
            "ตามที่เทศบาลเมืองหนองตะเคียนทองได้ดำเนินการสรรหาและเลือกสรรบุคคลเพื่อเป็นพนักงานจ้าง บัดนี้ได้ดำเนินการเสร็จเรียบร้อยแล้ว จึงประกาศรายชื่อผู้ผ่านการเลือกสรรตามเอกสารแนบ ให้ผู้ผ่านการเลือกสรรมารายงานตัวในวันที่ 1 พฤศจิกายน 2566 เวลา 09.00 น. ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล",
        ),
        tags=("รับสมัครงาน",),
        files=(("ประกาศรายชื่อผู้ผ่านการเลือกสรร.pdf", 236),),
        cover="poster",
    ),
    _Post(
        151,
        "2023-11-28",
        "08:50",
        "activity",
        "งานประเพณีลอยกระทง ประจำปี 2566 เทศบาลเมืองหนองตะเคียนทอง",
        (
            "เมื่อค่ำวันที่ 27 พฤศจิกายน 2566 เทศบาลเมืองหนองตะเคียนทองจัดงานประเพณีลอยกระทง ประจำปี 2566 ณ สวนสาธารณะหนองตะเคียนทอง โดยมีนายอำเภอห้วยแถลงเป็นประธานในพิธีเปิด",
            "ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ การแสดงดนตรีพื้นบ้าน และตลาดนัดสินค้าชุมชน ผลการประกวดกระทงประเภทสวยงาม รางวัลชนะเลิศได้แก่ ชุมชนคุ้มวัดกลาง",
            "เทศบาลขอขอบคุณประชาชนที่ร่วมใช้กระทงจากวัสดุธรรมชาติ ทำให้ปริมาณขยะกระทงลดลงจากปีที่ผ่านมา โดยในปีนี้เจ้าหน้าที่เก็บกระทงได้ทั้งสิ้น 3,412 ใบ เป็นกระทงโฟมเพียง 41 ใบ",
        ),
        tags=("ประเพณี", "สิ่งแวดล้อม"),
        author="งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        photos=(
            "พิธีเปิดงานประเพณีลอยกระทง ประจำปี 2566",
            "การประกวดนางนพมาศ",
            "กระทงชนะเลิศประเภทสวยงาม ชุมชนคุ้มวัดกลาง",
            "การแสดงดนตรีพื้นบ้าน",
            "ประชาชนร่วมลอยกระทงที่หนองตะเคียนทอง",
        ),
    ),
    _Post(
        155,
        "2023-12-08",
        "11:00",
        "pr",
        "เปิดรับลงทะเบียนผู้สูงอายุรายใหม่เพื่อขอรับเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568",
        (
            "เทศบาลเมืองหนองตะเคียนทองเปิดรับลงทะเบียนผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ พ.ศ. 2568 (เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508) เพื่อขอรับเงินเบี้ยยังชีพผู้สูงอายุ ตั้งแต่บัดนี้ถึงวันที่ 30 กันยายน 2567",
            "**เอกสารประกอบการลงทะเบียน**",
            (
                "ul",
                (
                    "บัตรประจำตัวประชาชนฉบับจริง",
                    "ทะเบียนบ้านฉบับจริง",
                    "สมุดบัญชีเงินฝากธนาคารของผู้สูงอายุ หรือของผู้รับมอบอำนาจ (กรณีประสงค์รับเงินผ่านบัญชีผู้อื่น)",
                    "หนังสือมอบอำนาจ (กรณีมอบอำนาจให้ผู้อื่นดำเนินการแทน)",
                ),
            ),
            "ยื่นลงทะเบียนได้ที่ กองสวัสดิการสังคม สำนักงานเทศบาลเมืองหนองตะเคียนทอง ในวันและเวลาราชการ สอบถามโทร.\u00a00 4444 2105 ต่อ 131",
        ),
        tags=("ผู้สูงอายุ", "สวัสดิการ"),
        author="กองสวัสดิการสังคม",
    ),
    _Post(
        158,
        "2023-12-20",
        "14:30",
        "announcement",
        "ประกาศ เรื่อง วันหยุดราชการช่วงเทศกาลปีใหม่ 2567 และการให้บริการจัดเก็บขยะมูลฝอย",
        (
            "เทศบาลเมืองหนองตะเคียนทองจะหยุดให้บริการ ณ สำนักงานเทศบาล ระหว่างวันที่ 29 ธันวาคม 2566 ถึงวันที่ 1 มกราคม 2567 และเปิดให้บริการตามปกติในวันอังคารที่ 2 มกราคม 2567",
            "สำหรับการจัดเก็บขยะมูลฝอย เทศบาลยังคงให้บริการตามปกติทุกวัน ยกเว้นวันที่ 1 มกราคม 2567 ขอความร่วมมือประชาชนคัดแยกขยะและนำขยะใส่ถุงมัดปากให้เรียบร้อยก่อนนำออกมาวางหน้าบ้าน",
        ),
        tags=("สิ่งแวดล้อม",),
        files=(("ประกาศวันหยุดปีใหม่ 2567.pdf", 154),),
        cover="poster",
    ),
    _Post(
        163,
        "2024-01-13",
        "17:20",
        "activity",
        "งานวันเด็กแห่งชาติ ประจำปี 2567 เทศบาลเมืองหนองตะเคียนทอง",
        (
            "เมื่อวันเสาร์ที่ 13 มกราคม 2567 เทศบาลเมืองหนองตะเคียนทองจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ ลานกิจกรรมสำนักงานเทศบาล เพื่อส่งเสริมให้เด็กและเยาวชนได้ตระหนักถึงบทบาทหน้าที่ของตนเองและมีความสุขสนุกสนานในวันสำคัญของเด็ก",
            "ภายในงานมีซุ้มเกมและกิจกรรมจากส่วนราชการและภาคเอกชนกว่า 30 ซุ้ม การแสดงบนเวทีของนักเรียน การจับรางวัลของขวัญ และการแจกไอศกรีมและขนมแก่เด็กที่มาร่วมงาน มีเด็กและผู้ปกครองร่วมงานกว่า 1,500 คน",
            "นายกเทศมนตรีขอขอบคุณหน่วยงานและผู้ใจบุญที่ร่วมสนับสนุนของขวัญและทุนการศึกษา รวมมูลค่ากว่า 85,000 บาท",
        ),
        tags=("เด็กและเยาวชน",),
        author="งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        photos=(
            "นายกเทศมนตรีมอบของขวัญแก่เด็กที่มาร่วมงาน",
            "ซุ้มเกมของส่วนราชการและภาคเอกชน",
            "การแสดงบนเวทีของนักเรียนโรงเรียนเทศบาล",
            "บรรยากาศงานวันเด็กแห่งชาติ ประจำปี 2567",
        ),
    ),
    _Post(
        166,
        "2024-01-15",
        "06:40",
        "pr",
        "ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567",
        (
            "เทศบาลเมืองหนองตะเคียนทองขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้าง และเจ้าของป้ายในเขตเทศบาล ทราบกำหนดการชำระภาษีท้องถิ่น ประจำปี 2567 ดังนี้",
            (
                "ul",
                (
                    "**ภาษีป้าย** ยื่นแบบแสดงรายการ (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567",
                    "**ภาษีที่ดินและสิ่งปลูกสร้าง** ชำระภายในเดือนเมษายน 2567 ตามใบแจ้งการประเมินภาษี",
                ),
            ),
            "ผู้ที่ชำระภาษีภายในกำหนดจะได้รับสิทธิ์ร่วมลุ้นรับของรางวัลจากเทศบาล และสามารถชำระผ่านแอปพลิเคชันของธนาคารโดยสแกนคิวอาร์โค้ดบนใบแจ้งการประเมินได้ตลอด 24 ชั่วโมง",
        ),
        tags=("ภาษี",),
        author="กองคลัง",
        cover="poster",
    ),
    _Post(
        170,
        "2024-01-31",
        "15:00",
        "announcement",
        "ประกาศ เรื่อง การเปิดเผยราคากลางโครงการก่อสร้างรางระบายน้ำ คสล. ซอยโนนสมบูรณ์ 3",
        (
            "เทศบาลเมืองหนองตะเคียนทองขอประกาศราคากลางโครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก ซอยโนนสมบูรณ์ 3 ชุมชนโนนสมบูรณ์ ขนาดกว้าง 0.40 เมตร ยาว 186 เมตร ราคากลางเป็นเงิน 742,000 บาท (เจ็ดแสนสี่หมื่นสองพันบาทถ้วน) รายละเอียดตามเอกสารแนบ",
        ),
        tags=("จัดซื้อจัดจ้าง",),
        files=(("ตาราง บก.01 รางระบายน้ำ ซอยโนนสมบูรณ์ 3.pdf", 310),),
        cover="poster",
    ),
    _Post(
        174,
        "2024-02-09",
        "10:15",
        "activity",
        "ประชุมประชาคมเมืองเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
        (
            "เมื่อวันที่ 8 กุมภาพันธ์ 2567 เทศบาลเมืองหนองตะเคียนทองจัดประชุมประชาคมเมืองเพื่อรับฟังปัญหาและความต้องการของประชาชน ประกอบการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ณ หอประชุมเทศบาล มีผู้นำชุมชน คณะกรรมการชุมชน และประชาชนเข้าร่วมจำนวน 164 คน",
            "ที่ประชุมได้เสนอโครงการที่ต้องการให้บรรจุในแผนพัฒนา อาทิ การก่อสร้างถนนและรางระบายน้ำ การติดตั้งไฟฟ้าส่องสว่าง การขุดลอกหนองน้ำสาธารณะ และการส่งเสริมอาชีพกลุ่มสตรี ซึ่งเทศบาลจะนำไปจัดลำดับความสำคัญต่อไป",
        ),
        tags=("แผนพัฒนาท้องถิ่น", "งบประมาณ"),
        author="กองยุทธศาสตร์และงบประมาณ",
        photos=(
            "นายกเทศมนตรีชี้แจงวัตถุประสงค์การประชุมประชาคม",
            "ผู้นำชุมชนเสนอความต้องการของชุมชน",
            "ประชาชนร่วมลงมติจัดลำดับโครงการ",
        ),
    ),
    _Post(
        177,
        "2024-02-21",
        "09:00",
        "pr",
        "รณรงค์งดเผาในที่โล่ง ลดฝุ่นละออง PM 2.5 ช่วงฤดูแล้ง",
        (
            "จังหวัดนครราชสีมาประกาศให้ช่วงวันที่ 1 กุมภาพันธ์ ถึง 30 เมษายน 2567 เป็นช่วงห้ามเผาในที่โล่งทุกชนิด เทศบาลเมืองหนองตะเคียนทองจึงขอความร่วมมือประชาชนงดเผาขยะ เศษใบไม้ และวัชพืช เพื่อลดปัญหาฝุ่นละอองขนาดเล็ก PM 2.5 และป้องกันการเกิดไฟลุกลาม",
            ("figure", "อินโฟกราฟิกมาตรการห้ามเผาในที่โล่ง จังหวัดนครราชสีมา"),
            "ประชาชนสามารถติดตามค่าฝุ่นละอองได้ทางแอปพลิเคชัน Air4Thai ของกรมควบคุมมลพิษ และหากพบเห็นการเผาในที่โล่งสามารถแจ้งได้ที่ศูนย์รับแจ้งเหตุเทศบาล โทร. 0 4444 2199 ตลอด 24 ชั่วโมง",
        ),
        tags=("สิ่งแวดล้อม", "สาธารณสุข"),
        author="กองสาธารณสุขและสิ่งแวดล้อม",
        cover="poster",
    ),
    _Post(
        181,
        "2024-03-04",
        "13:40",
        "announcement",
        "ประกาศ เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยตลาดเก่า 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "เทศบาลเมืองหนองตะเคียนทองมีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยตลาดเก่า 5 ชุมชนตลาดเก่า ผิวจราจรกว้าง 5 เมตร ยาว 320 เมตร หนา 0.15 เมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 1,870,000 บาท",
            "ผู้สนใจสามารถดูรายละเอียดและดาวน์โหลดเอกสารประกวดราคาได้ที่เว็บไซต์ www.gprocurement.go.th ตั้งแต่วันที่ 4 มีนาคม 2567 ถึงวันที่ 12 มีนาคม 2567 และกำหนดยื่นข้อเสนอในวันที่ 13 มีนาคม 2567 ระหว่างเวลา 08.30 น. ถึง 16.30 น.",
        ),
        tags=("จัดซื้อจัดจ้าง",),
        files=(("ประกาศประกวดราคา e-bidding ซอยตลาดเก่า 5.pdf", 520), ("เอกสารประกวดราคา ซอยตลาดเก่า 5.pdf", 1480)),
        cover="poster",
    ),
    _Post(
        184,
        "2024-03-08",
        "12:10",
        "activity",
        "ออกหน่วยตรวจสุขภาพเคลื่อนที่ คัดกรองโรคเบาหวานและความดันโลหิตสูงในชุมชน",
        (
            "เมื่อวันที่ 7 มีนาคม 2567 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองหนองตะเคียนทอง ร่วมกับโรงพยาบาลห้วยแถลง ออกหน่วยตรวจสุขภาพเคลื่อนที่ ณ ศาลาประชาคมชุมชนบ้านใหม่พัฒนา ให้บริการตรวจวัดความดันโลหิต ตรวจระดับน้ำตาลในเลือด และชั่งน้ำหนักวัดรอบเอว แก่ประชาชนอายุ 35 ปีขึ้นไป",
            "มีประชาชนเข้ารับบริการจำนวน 212 คน พบผู้มีภาวะเสี่ยงโรคเบาหวาน 23 คน และความดันโลหิตสูง 31 คน ซึ่งเจ้าหน้าที่ได้ให้คำแนะนำด้านการปรับพฤติกรรมและส่งต่อเพื่อรับการตรวจยืนยันที่โรงพยาบาลต่อไป",
        ),
        tags=("สาธารณสุข", "ผู้สูงอายุ"),
        author="กองสาธารณสุขและสิ่งแวดล้อม",
        photos=(
            "เจ้าหน้าที่ตรวจวัดความดันโลหิตให้ประชาชน",
            "ตรวจระดับน้ำตาลในเลือดแบบเจาะปลายนิ้ว",
            "ให้คำแนะนำการปรับพฤติกรรมแก่กลุ่มเสี่ยง",
        ),
    ),
    _Post(
        188,
        "2024-03-15",
        "10:45",
        "pr",
        "เปิดรับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลเมืองหนองตะเคียนทอง ปีการศึกษา 2567",
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองหนองตะเคียนทองเปิดรับสมัครเด็กเล็กเข้าเรียน ปีการศึกษา 2567 สำหรับเด็กที่เกิดระหว่างวันที่ 16 พฤษภาคม 2563 ถึงวันที่ 16 พฤษภาคม 2565 (อายุ 2 - 3 ปี) ไม่เสียค่าใช้จ่าย รับสมัครตั้งแต่วันที่ 18 มีนาคม ถึงวันที่ 5 เมษายน 2567 เวลา 08.30 - 16.30 น.",
            "**หลักฐานการสมัคร**",
            (
                "ul",
                (
                    "สูติบัตรของเด็ก (ฉบับสำเนา)",
                    "สำเนาทะเบียนบ้านของเด็กและบิดามารดา",
                    "สำเนาบัตรประจำตัวประชาชนของบิดามารดาหรือผู้ปกครอง",
                    "สมุดบันทึกสุขภาพแม่และเด็ก (สมุดสีชมพู)",
                    "รูปถ่ายของเด็ก ขนาด 1 นิ้ว จำนวน 3 รูป",
                ),
            ),
            "สอบถามรายละเอียดเพิ่มเติมได้ที่ กองการศึกษา โทร. 0 4444 2105 ต่อ 141",
        ),
        tags=("เด็กและเยาวชน", "การศึกษา"),
        author="กองการศึกษา",
        cover="poster",
    ),
    _Post(
        191,
        "2024-03-19",
        "11:30",
        "activity",
        "กิจกรรม Big Cleaning Day ทำความสะอาดตลาดสดเทศบาล เตรียมความพร้อมก่อนเทศกาลสงกรานต์",
        (
            "เมื่อวันที่ 18 มีนาคม 2567 เทศบาลเมืองหนองตะเคียนทองนำโดยคณะผู้บริหาร พนักงานเทศบาล ผู้ค้า และจิตอาสา ร่วมกันทำความสะอาดตลาดสดเทศบาลครั้งใหญ่ (Big Cleaning Day) ทั้งล้างพื้นตลาด ขัดแผงจำหน่ายสินค้า ลอกท่อระบายน้ำ และฉีดพ่นน้ำยาฆ่าเชื้อ",
            "กิจกรรมนี้เป็นส่วนหนึ่งของโครงการตลาดสดน่าซื้อ เพื่อให้ตลาดสดเทศบาลสะอาด ปลอดภัย และได้มาตรฐานตามเกณฑ์ของกรมอนามัย รองรับประชาชนที่จะเดินทางมาจับจ่ายซื้อของในช่วงเทศกาลสงกรานต์",
        ),
        tags=("สิ่งแวดล้อม",),
        author="กองสาธารณสุขและสิ่งแวดล้อม",
        photos=(
            "ผู้บริหารและพนักงานเทศบาลล้างพื้นตลาดสด",
            "ผู้ค้าร่วมขัดทำความสะอาดแผงจำหน่ายสินค้า",
            "ลอกท่อระบายน้ำรอบตลาดสดเทศบาล",
            "ฉีดพ่นน้ำยาฆ่าเชื้อภายในอาคารตลาด",
        ),
    ),
)

# id -> (date, start, end, title, place)
EVENTS: dict[int, tuple[str, str, str, str, str]] = {
    41: ("2023-11-27", "17:00", "22:00", "งานประเพณีลอยกระทง ประจำปี 2566", "สวนสาธารณะหนองตะเคียนทอง"),
    45: ("2024-01-13", "08:30", "14:00", "งานวันเด็กแห่งชาติ ประจำปี 2567", "ลานกิจกรรมสำนักงานเทศบาล"),
    47: ("2024-02-08", "09:00", "12:00", "ประชุมประชาคมเมือง ทบทวนแผนพัฒนาท้องถิ่น", "หอประชุมเทศบาลเมืองหนองตะเคียนทอง"),
    49: ("2024-03-18", "07:00", "11:00", "Big Cleaning Day ตลาดสดเทศบาล", "ตลาดสดเทศบาลเมืองหนองตะเคียนทอง"),
    50: ("2024-03-27", "10:00", "12:00", "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 1 ประจำปี 2567", "ห้องประชุมสภาเทศบาล"),
    51: (
        "2024-04-12",
        "08:00",
        "12:00",
        "งานประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ ประจำปี 2567",
        "หอประชุมเทศบาลเมืองหนองตะเคียนทอง",
    ),
    52: ("2024-04-26", "09:00", "15:00", "อบรมการคัดแยกขยะมูลฝอยในครัวเรือน", "ศาลาประชาคมชุมชนหนองไผ่ล้อม"),
}

EXECUTIVES = (
    (MAYOR, "นายกเทศมนตรีเมืองหนองตะเคียนทอง", "08 1765 4421"),
    ("นางสาวกาญจนา พูนสวัสดิ์", "รองนายกเทศมนตรี", "08 9214 5530"),
    ("นายประเสริฐ แก้วมณี", "รองนายกเทศมนตรี", "09 1877 2264"),
    ("นายสุริยา ทองคำ", "เลขานุการนายกเทศมนตรี", "06 2450 9178"),
    ("นายธนากร บุญเรือง", "ปลัดเทศบาลเมืองหนองตะเคียนทอง", "08 4012 7756"),
    ("นางวันเพ็ญ ศรีมงคล", "รองปลัดเทศบาล", "08 7731 0265"),
)

ITA_ITEMS = (
    ("O1", "โครงสร้าง", ("pdf", "โครงสร้างส่วนราชการ 2567.pdf")),
    ("O2", "ข้อมูลผู้บริหาร", ("page", "/executives")),
    ("O3", "อำนาจหน้าที่", ("pdf", "อำนาจหน้าที่ของเทศบาล.pdf")),
    ("O4", "ข้อมูลการติดต่อ", ("page", "/contact")),
    ("O5", "กฎหมายที่เกี่ยวข้อง", ("pdf", "กฎหมายที่เกี่ยวข้อง.pdf")),
    ("O6", "ข่าวประชาสัมพันธ์", ("page", "/news?category=pr")),
    ("O7", "Q&A", ("page", "/contact")),
    ("O8", "Social Network", ("ext", "https://www.facebook.com/nongtakhianthong.city")),
    ("O9", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", ("page", "/privacy-policy")),
    ("O10", "แผนดำเนินงานประจำปี", ("pdf", "แผนดำเนินงานประจำปีงบประมาณ 2567.pdf")),
)

ABOUT = (
    "เทศบาลเมืองหนองตะเคียนทองเดิมเป็นสุขาภิบาลหนองตะเคียนทอง จัดตั้งขึ้นเมื่อปี พ.ศ. 2499 ต่อมาได้รับการยกฐานะเป็นเทศบาลตำบลหนองตะเคียนทองตามพระราชบัญญัติเปลี่ยนแปลงฐานะสุขาภิบาลเป็นเทศบาล พ.ศ. 2542 และได้รับการยกฐานะเป็นเทศบาลเมืองหนองตะเคียนทองเมื่อวันที่ 21 กันยายน 2555",
    "ชื่อ “หนองตะเคียนทอง” มาจากหนองน้ำขนาดใหญ่กลางเมืองที่มีต้นตะเคียนทองขึ้นอยู่รอบบริเวณ ชาวบ้านใช้หนองน้ำแห่งนี้เป็นแหล่งน้ำอุปโภคบริโภคมาตั้งแต่อดีต ปัจจุบันได้รับการปรับปรุงเป็นสวนสาธารณะหนองตะเคียนทองซึ่งเป็นที่พักผ่อนหย่อนใจของประชาชน",
    "เทศบาลมีพื้นที่ 8.42 ตารางกิโลเมตร แบ่งการปกครองออกเป็น 12 ชุมชน มีประชากรตามทะเบียนราษฎร 14,286 คน 5,912 ครัวเรือน (ข้อมูล ณ เดือนกันยายน 2566) ประชากรส่วนใหญ่ประกอบอาชีพค้าขาย รับราชการ และเกษตรกรรม",
    "สำนักงานเทศบาลตั้งอยู่เลขที่ 99 หมู่ที่ 1 ถนนหนองตะเคียน-ห้วยแถลง ห่างจากที่ว่าการอำเภอห้วยแถลงประมาณ 6 กิโลเมตร และห่างจากตัวจังหวัดนครราชสีมาประมาณ 58 กิโลเมตร",
)


# -- helpers ------------------------------------------------------------------------------------------
def _h(seed: str, n: int = 10) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:n]


def _enc(text: str) -> str:
    return quote(text, safe="")


def _abbr(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def _json_script(data: object) -> str:
    """JSON.stringify + Next's htmlEscapeJsonString."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace(">", "\\u003e")
        .replace("<", "\\u003c")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


NEXT_SIZES = (16, 32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840)
DEVICE_SIZES = (640, 750, 828, 1080, 1200, 1920, 2048, 3840)


def _fit(width: int) -> int:
    return next(s for s in NEXT_SIZES if s >= width)


def _nimg(src: str, alt: str, width: int, height: int, cls: str, fill: str = "", priority: bool = False) -> str:
    """What next/image renders: a fixed-size picture (1x, 2x) or a ``fill`` one with ``sizes``."""
    u = _enc(src)
    lazy = "" if priority else ' loading="lazy"'
    if fill:
        srcset = ", ".join(f"/_next/image?url={u}&amp;w={w}&amp;q=75 {w}w" for w in DEVICE_SIZES)
        return (
            f'<img alt="{attr(alt)}"{lazy} decoding="async" data-nimg="fill" class="{cls}" '
            'style="position:absolute;height:100%;width:100%;left:0;top:0;right:0;bottom:0;object-fit:cover;color:transparent" '
            f'sizes="{fill}" srcset="{srcset}" src="/_next/image?url={u}&amp;w=3840&amp;q=75"/>'
        )
    one, two = _fit(width), _fit(width * 2)
    return (
        f'<img alt="{attr(alt)}"{lazy} width="{width}" height="{height}" decoding="async" data-nimg="1" class="{cls}" '
        f'style="color:transparent" srcset="/_next/image?url={u}&amp;w={one}&amp;q=75 1x, /_next/image?url={u}&amp;w={two}&amp;q=75 2x" '
        f'src="/_next/image?url={u}&amp;w={two}&amp;q=75"/>'
    )


def _inline(text: str) -> str:
    """CKEditor inline HTML of a paragraph: **bold** -> <strong>, \u00a0 -> &nbsp;."""
    out = esc(text).replace("\u00a0", "&nbsp;")
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)


def _cover(p: _Post) -> str:
    stamp = p.d.strftime("%Y%m%d")
    name = f"{p.cover}_{stamp}_{p.id}" if p.cover != "IMG" else f"IMG_{stamp}_{_h(str(p.id), 4)}"
    return f"/uploads/{name}_{_h('cover' + str(p.id))}.jpg"


def _photo(p: _Post, k: int) -> str:
    return f"/uploads/IMG_{p.d.strftime('%Y%m%d')}_{k:03d}_{_h(f'{p.id}-{k}')}.jpg"


def _body_figure(p: _Post) -> str:
    return f"/uploads/infographic_{p.id}_{_h('fig' + str(p.id))}.jpg"


def _ascii_stem(name: str) -> str:
    """Strapi's upload name: slugified, so the Thai letters are gone and only ASCII runs stay."""
    return "_".join(re.findall(r"[A-Za-z0-9.-]+", name.rsplit(".", 1)[0])).replace(".", "_")


def _file_url(p: _Post, name: str) -> str:
    return f"/uploads/{_ascii_stem(name) or 'file'}_{_h(str(p.id) + name)}.pdf"


def _ita_url(name: str) -> str:
    stem = _ascii_stem(name)
    return f"/uploads/ita{'_' + stem if stem else ''}_{_h(name)}.pdf"


def _tag_path(tag: str) -> str:
    return "/tag/" + _enc(tag)


def _search_path(q: str) -> str:
    return "/search?q=" + _enc(q)


def _png(width: int, height: int) -> bytes:
    """A valid grey PNG (the logo next/image serves from /_next/static/media)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


LOGO = "/_next/static/media/logo-ntt.8c1f2e4a.png"
CSS = "/_next/static/css/5d1c8b7f0a9e3b42.css"
CHUNKS = (
    "/_next/static/chunks/webpack-59c5c889f52620d6.js",
    "/_next/static/chunks/framework-ce84985cd166733a.js",
    "/_next/static/chunks/main-2a17a5c6c2d9f3e4.js",
    "/_next/static/chunks/pages/_app-8f5b3a1e9d2c7046.js",
)
PAGE_CHUNKS = {
    "/": "/_next/static/chunks/pages/index-3e9a0d54b1c27f88.js",
    "/news": "/_next/static/chunks/pages/news-a41c7e2b90f35d16.js",
    "/news/[id]/[slug]": "/_next/static/chunks/pages/news/%5Bid%5D/%5Bslug%5D-0b6d8e1f4a2c9735.js",
    "/news/[id]": "/_next/static/chunks/pages/news/%5Bid%5D-77c2e9a13f0b5d48.js",
    "/about": "/_next/static/chunks/pages/about-c5e81f3d2a6b9047.js",
    "/about/vision": "/_next/static/chunks/pages/about/vision-19f4b7a0e2c3d586.js",
    "/executives": "/_next/static/chunks/pages/executives-6a0d3c9e8b2f1475.js",
    "/contact": "/_next/static/chunks/pages/contact-e3b9a7d1c40f2685.js",
    "/ita": "/_next/static/chunks/pages/ita-2f8c5e1a9d3b7064.js",
    "/e-service": "/_next/static/chunks/pages/e-service-8d4a1f6c3e9b2057.js",
    "/privacy-policy": "/_next/static/chunks/pages/privacy-policy-4b7e2a9c1d8f3560.js",
    "/tag/[tag]": "/_next/static/chunks/pages/tag/%5Btag%5D-f1a6c3e8b2d94057.js",
    "/search": "/_next/static/chunks/pages/search-9c2e7b4a1f3d8065.js",
    "/events": "/_next/static/chunks/pages/events-5a3f8d1c7e2b9046.js",
    "/events/[id]": "/_next/static/chunks/pages/events/%5Bid%5D-0e7b4c2a9f1d8356.js",
    "/en/news/[id]/[slug]": "/_next/static/chunks/pages/news/%5Bid%5D/%5Bslug%5D-0b6d8e1f4a2c9735.js",
    "/404": "/_next/static/chunks/pages/404-1d9f3b7e5a2c8046.js",
}
FONT = "__className_6f1a2b"

SVG_CAL = '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true" class="h-4 w-4"><path stroke-linecap="round" stroke-linejoin="round" d="M6.75 3v2.25M17.25 3v2.25M3 18.75V7.5a2.25 2.25 0 012.25-2.25h13.5A2.25 2.25 0 0121 7.5v11.25m-18 0A2.25 2.25 0 005.25 21h13.5A2.25 2.25 0 0021 18.75m-18 0v-7.5A2.25 2.25 0 015.25 9h13.5A2.25 2.25 0 0121 11.25v7.5"></path></svg>'
SVG_EYE = '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true" class="h-4 w-4"><path stroke-linecap="round" stroke-linejoin="round" d="M2.036 12.322a1.012 1.012 0 010-.639C3.423 7.51 7.36 4.5 12 4.5c4.638 0 8.573 3.007 9.963 7.178.07.207.07.431 0 .639C20.577 16.49 16.64 19.5 12 19.5c-4.638 0-8.573-3.007-9.963-7.178z"></path><path stroke-linecap="round" stroke-linejoin="round" d="M15 12a3 3 0 11-6 0 3 3 0 016 0z"></path></svg>'
SVG_USER = '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true" class="h-4 w-4"><path stroke-linecap="round" stroke-linejoin="round" d="M15.75 6a3.75 3.75 0 11-7.5 0 3.75 3.75 0 017.5 0zM4.501 20.118a7.5 7.5 0 0114.998 0A17.933 17.933 0 0112 21.75c-2.676 0-5.216-.584-7.499-1.632z"></path></svg>'
SVG_PDF = '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true" class="h-6 w-6 shrink-0 text-red-500"><path stroke-linecap="round" stroke-linejoin="round" d="M19.5 14.25v-2.625a3.375 3.375 0 00-3.375-3.375h-1.5A1.125 1.125 0 0113.5 7.125v-1.5a3.375 3.375 0 00-3.375-3.375H8.25m2.25 0H5.625c-.621 0-1.125.504-1.125 1.125v17.25c0 .621.504 1.125 1.125 1.125h12.75c.621 0 1.125-.504 1.125-1.125V11.25a9 9 0 00-9-9z"></path></svg>'
SVG_FB = '<svg viewBox="0 0 24 24" fill="currentColor" class="h-4 w-4" aria-hidden="true"><path d="M22 12a10 10 0 10-11.6 9.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 2.2.2v2.5h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7A10 10 0 0022 12z"></path></svg>'
SVG_LINE = '<svg viewBox="0 0 24 24" fill="currentColor" class="h-4 w-4" aria-hidden="true"><path d="M19.4 10.3c0-3.8-3.8-6.9-8.4-6.9S2.6 6.5 2.6 10.3c0 3.4 3 6.3 7.1 6.8.3.1.7.2.8.4.1.2.1.5 0 .8l-.1.7c0 .2-.2.8.7.4.9-.4 4.9-2.9 6.7-4.9 1.1-1.3 1.6-2.7 1.6-4.2z"></path></svg>'
SVG_LINK = '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true" class="h-4 w-4"><path stroke-linecap="round" stroke-linejoin="round" d="M13.19 8.688a4.5 4.5 0 011.242 7.244l-4.5 4.5a4.5 4.5 0 01-6.364-6.364l1.757-1.757m13.35-.622l1.757-1.757a4.5 4.5 0 00-6.364-6.364l-4.5 4.5a4.5 4.5 0 001.242 7.244"></path></svg>'
SVG_CHEVRON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" class="h-4 w-4"><path fill-rule="evenodd" d="M5.23 7.21a.75.75 0 011.06.02L10 11.168l3.71-3.938a.75.75 0 111.08 1.04l-4.25 4.5a.75.75 0 01-1.08 0l-4.25-4.5a.75.75 0 01.02-1.06z" clip-rule="evenodd"></path></svg>'

MENU: tuple[tuple[str, str | None, tuple[tuple[str, str], ...]], ...] = (
    ("หน้าหลัก", "/", ()),
    (
        "เกี่ยวกับเทศบาล",
        None,
        (
            ("ประวัติความเป็นมา", "/about"),
            ("วิสัยทัศน์ / พันธกิจ", "/about/vision"),
            ("คณะผู้บริหาร", "/executives"),
            ("ติดต่อเรา", "/contact"),
        ),
    ),
    (
        "ข่าวสาร",
        None,
        (
            ("ข่าวทั้งหมด", "/news"),
            ("ข่าวประชาสัมพันธ์", "/news?category=pr"),
            ("ข่าวกิจกรรม", "/news?category=activity"),
            ("ประกาศ", "/news?category=announcement"),
            ("ปฏิทินกิจกรรม", "/events"),
        ),
    ),
    (
        "บริการประชาชน",
        None,
        (
            ("E-Service", "/e-service"),
            ("ร้องเรียน / ร้องทุกข์", "https://www.damrongdham.go.th/"),
            ("ระบบจัดซื้อจัดจ้างภาครัฐ", "https://www.gprocurement.go.th/"),
            ("ข้อมูลข่าวสารราชการ", "https://www.oic.go.th/"),
        ),
    ),
    ("ITA", "/ita", ()),
    ("ติดต่อเรา", "/contact", ()),
)
LINKS_EXTERNAL = (
    ("กรมส่งเสริมการปกครองท้องถิ่น", "https://www.dla.go.th/"),
    ("จังหวัดนครราชสีมา", "https://www.nakhonratchasima.go.th/"),
    ("ศูนย์ดำรงธรรม", "https://www.damrongdham.go.th/"),
    ("สำนักงาน ป.ป.ช.", "https://www.nacc.go.th/"),
    ("ระบบสารบรรณอิเล็กทรอนิกส์ (e-office)", "https://www.dla.go.th/servlet/DocumentServlet"),
)


def _strapi_media(mid: int, path: str, width: int, height: int, caption: str | None = None) -> dict:
    name = path.rsplit("/", 1)[1]
    return {
        "id": mid,
        "attributes": {
            "name": name.rsplit("_", 1)[0] + "." + name.rsplit(".", 1)[1],
            "alternativeText": None,
            "caption": caption,
            "width": width,
            "height": height,
            "hash": name.rsplit(".", 1)[0],
            "ext": "." + name.rsplit(".", 1)[1],
            "mime": "application/pdf" if path.endswith(".pdf") else "image/jpeg",
            "url": path,
            "provider": "local",
        },
    }


class _Site:
    def __init__(self, site: FixtureSite) -> None:
        self.site = site
        self.b = site.base_url
        self.newest = sorted(POSTS, key=lambda p: p.dt, reverse=True)
        self.by_id = {p.id: p for p in POSTS}
        self.images: dict[str, tuple[int, int]] = {LOGO: (96, 96)}
        self.tags: dict[str, list[_Post]] = {}
        for p in self.newest:
            for tag in p.tags:
                self.tags.setdefault(tag, []).append(p)

    # -- plumbing -------------------------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        return Response(
            status,
            (
                ("Content-Type", "text/html; charset=utf-8"),
                ("X-Powered-By", "Next.js"),
                ("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"),
                ("ETag", f'"{_h(text, 20)}"'),
                ("Vary", "Accept-Encoding"),
            ),
            text.encode("utf-8"),
        )

    def redirect308(self, target: str) -> Response:
        return Response(
            308,
            (
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Location", target),
                ("Refresh", f"0;url={target}"),
                ("X-Powered-By", "Next.js"),
            ),
            target.encode("ascii"),
        )

    def photo(self, path: str, width: int, height: int, modified: datetime) -> str:
        add_jpeg(self.site, path, width, height, modified)
        self.images[path] = (width, height)
        return path

    # -- page frame -----------------------------------------------------------------------------------
    def head(
        self, title: str, description: str, page: str, extra: str = "", og_image: str = "", og_type: str = "website"
    ) -> str:
        metas = [
            '<meta charSet="utf-8"/>',
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
            f"<title>{esc(title)}</title>",
            f'<meta name="description" content="{attr(description)}"/>',
            f'<meta property="og:title" content="{attr(title)}"/>',
            f'<meta property="og:description" content="{attr(description)}"/>',
            f'<meta property="og:type" content="{og_type}"/>',
            f'<meta property="og:site_name" content="{attr(SITE)}"/>',
            f'<meta property="og:image" content="{attr(self.b + (og_image or LOGO))}"/>',
            '<meta name="twitter:card" content="summary_large_image"/>',
            '<link rel="icon" href="/favicon.ico"/>',
        ]
        head = "".join(metas) + extra
        count = len(metas) + extra.count("<meta") + extra.count("<link")
        scripts = "".join(f'<script src="{c}" defer=""></script>' for c in CHUNKS)
        return (
            f'<head>{head}<meta name="next-head-count" content="{count}"/>'
            '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin="anonymous"/>'
            f'<link rel="preload" href="{CSS}" as="style"/><link rel="stylesheet" href="{CSS}" data-n-g=""/>'
            '<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
            f'{scripts}<script src="{PAGE_CHUNKS[page]}" defer=""></script>'
            f'<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script></head>'
        )

    def topbar(self, th_href: str, en_href: str, lang: str) -> str:
        th_cls = "bg-white text-emerald-900" if lang == "th" else "hover:bg-emerald-800"
        en_cls = "bg-white text-emerald-900" if lang == "en" else "hover:bg-emerald-800"
        return (
            '<div class="bg-emerald-900 text-emerald-50"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-1.5 text-xs">'
            f'<div class="hidden items-center gap-4 md:flex"><a href="tel:{PHONE.replace(" ", "")}" class="hover:text-white">โทร. <!-- -->{PHONE}</a>'
            f'<a href="mailto:{EMAIL}" class="hover:text-white">{EMAIL}</a></div>'
            '<div class="flex items-center gap-2"><span class="hidden sm:inline">ขนาดตัวอักษร</span>'
            '<button type="button" aria-label="ลดขนาดตัวอักษร" class="h-6 w-6 rounded bg-emerald-800 hover:bg-emerald-700">ก-</button>'
            '<button type="button" aria-label="ขนาดตัวอักษรปกติ" class="h-6 w-6 rounded bg-emerald-800 hover:bg-emerald-700">ก</button>'
            '<button type="button" aria-label="เพิ่มขนาดตัวอักษร" class="h-6 w-6 rounded bg-emerald-800 hover:bg-emerald-700">ก+</button>'
            '<span class="mx-1 h-4 w-px bg-emerald-700"></span><span class="hidden sm:inline">การแสดงผล</span>'
            '<button type="button" aria-label="สีปกติ" class="h-6 w-6 rounded-full border border-white bg-white text-emerald-900">C</button>'
            '<button type="button" aria-label="ขาวดำ" class="h-6 w-6 rounded-full border border-white bg-gray-500 text-white">C</button>'
            '<button type="button" aria-label="ตัดกันสูง" class="h-6 w-6 rounded-full border border-yellow-300 bg-black text-yellow-300">C</button>'
            '<span class="mx-1 h-4 w-px bg-emerald-700"></span>'
            f'<div class="flex items-center gap-1 font-semibold"><a class="rounded px-1.5 py-0.5 {th_cls}" href="{attr(th_href)}">TH</a><a class="rounded px-1.5 py-0.5 {en_cls}" href="{attr(en_href)}">EN</a></div>'
            "</div></div></div>"
        )

    def logo(self, size: int = 56) -> str:
        return _nimg(LOGO, "ตราสัญลักษณ์" + SITE, size, size, f"h-{size // 4} w-{size // 4}", priority=True)

    def navbar(self) -> str:
        items = []
        for label, href, sub in MENU:
            if not sub:
                items.append(
                    f'<li><a class="block rounded-lg px-3 py-2 text-sm font-medium text-gray-700 hover:bg-emerald-50 hover:text-emerald-700" href="{attr(href or "/")}">{esc(label)}</a></li>'
                )
                continue
            links = "".join(
                f'<li><a class="block rounded-md px-3 py-2 text-sm text-gray-600 hover:bg-emerald-50 hover:text-emerald-700" href="{attr(u)}"'
                + (' target="_blank" rel="noopener noreferrer"' if u.startswith("http") else "")
                + f">{esc(t)}</a></li>"
                for t, u in sub
            )
            items.append(
                '<li class="group relative"><button type="button" class="flex items-center gap-1 rounded-lg px-3 py-2 text-sm font-medium text-gray-700 group-hover:text-emerald-700">'
                f"{esc(label)}{SVG_CHEVRON}</button>"
                f'<div class="invisible absolute left-0 top-full z-50 w-64 translate-y-2 rounded-xl bg-white p-2 opacity-0 shadow-xl ring-1 ring-black/5 transition group-hover:visible group-hover:translate-y-0 group-hover:opacity-100"><ul>{links}</ul></div></li>'
            )
        # the "เมนูทั้งหมด" mega panel: every section in columns
        cols = "".join(
            f'<div><p class="mb-2 text-xs font-semibold uppercase tracking-wide text-emerald-700">{esc(label)}</p><ul class="space-y-1">'
            + "".join(
                f'<li><a class="text-sm text-gray-600 hover:text-emerald-700" href="{attr(u)}">{esc(t)}</a></li>'
                for t, u in sub
            )
            + "</ul></div>"
            for label, _h2, sub in MENU
            if sub
        )
        cols += (
            '<div><p class="mb-2 text-xs font-semibold uppercase tracking-wide text-emerald-700">หน่วยงานที่เกี่ยวข้อง</p><ul class="space-y-1">'
            + "".join(
                f'<li><a class="text-sm text-gray-600 hover:text-emerald-700" href="{u}" target="_blank" rel="noopener noreferrer">{esc(t)}</a></li>'
                for t, u in LINKS_EXTERNAL
            )
            + "</ul></div>"
        )
        items.append(
            '<li class="group"><button type="button" class="flex items-center gap-1 rounded-lg bg-emerald-700 px-3 py-2 text-sm font-medium text-white">เมนูทั้งหมด</button>'
            f'<div class="invisible absolute inset-x-0 top-full z-40 bg-white opacity-0 shadow-2xl transition group-hover:visible group-hover:opacity-100"><div class="mx-auto grid max-w-7xl grid-cols-4 gap-8 px-8 py-8">{cols}</div></div></li>'
        )
        mobile = "".join(
            f'<a class="block border-b border-gray-100 px-4 py-3 text-sm" href="{attr(u)}">{esc(t)}</a>'
            for label, href, sub in MENU
            for t, u in (sub or ((label, href or "/"),))
        )
        return (
            '<header class="sticky top-0 z-40 bg-white/95 shadow-sm backdrop-blur"><div class="relative mx-auto flex max-w-7xl items-center justify-between px-4 py-3">'
            f'<a class="flex items-center gap-3" href="/">{self.logo()}<div class="leading-tight"><div class="text-lg font-bold text-emerald-800">{SITE}</div>'
            f'<div class="text-xs text-gray-500">{SITE_EN}</div></div></a>'
            f'<nav class="hidden lg:block"><ul class="flex items-center gap-1">{"".join(items)}</ul></nav>'
            '<div class="flex items-center gap-2"><form action="/search" method="get" class="hidden xl:block"><label for="q" class="sr-only">ค้นหา</label>'
            '<input id="q" type="search" name="q" placeholder="ค้นหาข่าว ประกาศ..." class="w-48 rounded-full border border-gray-200 px-4 py-1.5 text-sm focus:border-emerald-500 focus:outline-none"/></form>'
            '<button type="button" aria-label="เปิดเมนู" class="rounded-lg p-2 text-gray-600 lg:hidden"><svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path stroke-linecap="round" d="M4 6h16M4 12h16M4 18h16"></path></svg></button></div></div>'
            f'<div class="hidden lg:hidden" id="mobile-menu">{mobile}</div></header>'
        )

    def footer(self) -> str:
        popular = "".join(
            f'<a class="rounded-full border border-emerald-700 px-3 py-1 text-xs hover:bg-emerald-800" href="{_search_path(t)}">{esc(t)}</a>'
            for t in POPULAR_SEARCHES
        )
        quick = "".join(
            f'<li><a class="hover:text-white" href="{attr(u)}">{esc(t)}</a></li>'
            for t, u in (
                ("ประวัติความเป็นมา", "/about"),
                ("คณะผู้บริหาร", "/executives"),
                ("ข่าวประชาสัมพันธ์", "/news?category=pr"),
                ("ประกาศ", "/news?category=announcement"),
                ("ITA", "/ita"),
                ("E-Service", "/e-service"),
                ("นโยบายคุกกี้", "/privacy-policy"),
            )
        )
        ext = "".join(
            f'<li><a class="hover:text-white" href="{u}" target="_blank" rel="noopener noreferrer">{esc(t)}</a></li>'
            for t, u in LINKS_EXTERNAL
        )
        return (
            '<footer class="mt-16 bg-emerald-950 text-emerald-100"><div class="mx-auto grid max-w-7xl gap-10 px-4 py-12 md:grid-cols-4">'
            f'<div><div class="flex items-center gap-3">{self.logo(48)}<p class="text-lg font-bold text-white">{SITE}</p></div>'
            f'<p class="mt-4 text-sm leading-relaxed">{esc(ADDRESS)}</p>'
            f'<p class="mt-2 text-sm">โทรศัพท์ <a href="tel:{PHONE.replace(" ", "")}">{PHONE}</a> โทรสาร <!-- -->{FAX}</p>'
            f'<p class="text-sm">อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>'
            f'<div><h3 class="mb-3 font-semibold text-white">ลิงก์ด่วน</h3><ul class="space-y-2 text-sm">{quick}</ul></div>'
            f'<div><h3 class="mb-3 font-semibold text-white">หน่วยงานที่เกี่ยวข้อง</h3><ul class="space-y-2 text-sm">{ext}</ul></div>'
            f'<div><h3 class="mb-3 font-semibold text-white">ค้นหายอดนิยม</h3><div class="flex flex-wrap gap-2">{popular}</div>'
            '<h3 class="mb-3 mt-6 font-semibold text-white">ติดตามเรา</h3><div class="flex gap-3">'
            f'<a href="https://www.facebook.com/nongtakhianthong.city" target="_blank" rel="noopener noreferrer" aria-label="Facebook" class="flex h-9 w-9 items-center justify-center rounded-full bg-[#1877F2] text-white">{SVG_FB}</a>'
            f'<a href="https://line.me/R/ti/p/@ntt.city" target="_blank" rel="noopener noreferrer" aria-label="LINE Official Account" class="flex h-9 w-9 items-center justify-center rounded-full bg-[#06C755] text-white">{SVG_LINE}</a>'
            '<a href="https://www.youtube.com/@nongtakhianthong" target="_blank" rel="noopener noreferrer" aria-label="YouTube" class="flex h-9 w-9 items-center justify-center rounded-full bg-red-600 text-white">▶</a></div></div></div>'
            '<div class="border-t border-emerald-900"><div class="mx-auto flex max-w-7xl flex-col items-center justify-between gap-2 px-4 py-4 text-xs text-emerald-300 md:flex-row">'
            f"<p>© 2567 <!-- -->{SITE}<!-- --> สงวนลิขสิทธิ์</p><p>ผู้เข้าชมวันนี้ <!-- -->1,284<!-- --> | ทั้งหมด <!-- -->318,406</p>"
            '<p>พัฒนาโดย <a href="https://www.bluepixel.co.th/" target="_blank" rel="noopener noreferrer" class="underline">Blue Pixel Studio</a></p></div></div></footer>'
        )

    def cookie_banner(self) -> str:
        return (
            '<div role="dialog" aria-live="polite" class="fixed inset-x-0 bottom-0 z-50 border-t border-gray-200 bg-white p-4 shadow-2xl md:bottom-4 md:left-4 md:right-auto md:max-w-md md:rounded-2xl md:border">'
            '<p class="text-sm font-semibold text-gray-900">เว็บไซต์นี้ใช้คุกกี้</p>'
            '<p class="mt-1 text-sm text-gray-600">เราใช้คุกกี้ (Cookies) เพื่อพัฒนาประสบการณ์การใช้งานและเก็บสถิติการเข้าชมเว็บไซต์ ท่านสามารถศึกษารายละเอียดเพิ่มเติมได้ที่ '
            '<a href="/privacy-policy" class="text-emerald-700 underline">นโยบายคุกกี้</a></p>'
            '<div class="mt-3 flex justify-end gap-2"><button type="button" class="rounded-lg border border-gray-300 px-4 py-1.5 text-sm text-gray-700">ตั้งค่าคุกกี้</button>'
            '<button type="button" class="rounded-lg bg-emerald-700 px-4 py-1.5 text-sm text-white">ยอมรับทั้งหมด</button></div></div>'
        )

    def next_data(
        self, page: str, props: dict, query: dict | None = None, locale: str = "th", extra: dict | None = None
    ) -> str:
        data = {
            "props": {"pageProps": props, "__N_SSP": True},
            "page": page,
            "query": query or {},
            "buildId": BUILD_ID,
            "isFallback": False,
            "gssp": True,
            "locale": locale,
            "locales": ["th", "en"],
            "defaultLocale": "th",
            "scriptLoader": [],
        }
        if extra:
            data.update(extra)
        return f'<script id="__NEXT_DATA__" type="application/json">{_json_script(data)}</script>'

    def page(
        self,
        title: str,
        main: str,
        page: str,
        props: dict,
        *,
        description: str = "",
        head_extra: str = "",
        og_image: str = "",
        og_type: str = "website",
        th_href: str = "/",
        en_href: str = "/en",
        lang: str = "th",
        query: dict | None = None,
        data_extra: dict | None = None,
    ) -> str:
        full_title = title if title.startswith("404") else f"{title} | {SITE}"
        return (
            f'<!DOCTYPE html><html lang="{lang}">'
            + self.head(
                full_title, description or f"เว็บไซต์ทางการ{SITE} {DISTRICT}", page, head_extra, og_image, og_type
            )
            + f'<body><div id="__next"><div class="{FONT} flex min-h-screen flex-col bg-white text-gray-800">'
            + self.topbar(th_href, en_href, lang)
            + self.navbar()
            + f'<main class="flex-1">{main}</main>'
            + self.footer()
            + self.cookie_banner()
            + "</div></div>"
            + self.next_data(page, {**props, "global": self.global_props()}, query, lang, data_extra)
            + "</body></html>"
        )

    def global_props(self) -> dict:
        return {
            "data": {
                "id": 1,
                "attributes": {
                    "siteName": SITE,
                    "siteNameEn": SITE_EN,
                    "address": ADDRESS,
                    "phone": PHONE,
                    "email": EMAIL,
                    "popularSearches": list(POPULAR_SEARCHES),
                },
            }
        }

    def band(self, title: str, crumbs: tuple[tuple[str, str], ...]) -> str:
        trail = "".join(
            f'<li><a class="hover:underline" href="{attr(u)}">{esc(t)}</a></li><li aria-hidden="true">/</li>'
            for t, u in crumbs
        )
        return (
            '<div class="bg-gradient-to-r from-emerald-800 to-teal-700 text-white"><div class="mx-auto max-w-7xl px-4 py-8">'
            f'<nav aria-label="breadcrumb"><ol class="flex flex-wrap items-center gap-1 text-sm text-emerald-100">{trail}<li class="text-white">{esc(title)}</li></ol></nav>'
            f'<p class="mt-2 text-2xl font-bold md:text-3xl">{esc(title)}</p></div></div>'
        )

    # -- pieces ---------------------------------------------------------------------------------------
    def card(self, p: _Post, href: str, heading: str = "h3") -> str:
        _cid, cname = CATEGORIES[p.cat]
        return (
            f'<a class="group block overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-gray-100 transition hover:-translate-y-1 hover:shadow-lg" href="{attr(href)}">'
            f'<div class="relative aspect-[4/3] overflow-hidden bg-gray-100">{_nimg(_cover(p), p.title, 0, 0, "transition duration-300 group-hover:scale-105", fill="(max-width: 768px) 100vw, 33vw")}'
            f'<span class="absolute left-3 top-3 rounded-full {CHIP[p.cat]} px-3 py-1 text-xs text-white">{cname}</span></div>'
            f'<div class="p-4"><{heading} class="line-clamp-2 font-semibold leading-snug text-gray-900 group-hover:text-emerald-700">{esc(p.title)}</{heading}>'
            f'<div class="mt-2 flex items-center gap-3 text-xs text-gray-500"><span class="flex items-center gap-1">{SVG_CAL}{_abbr(p.d)}</span><span class="flex items-center gap-1">{SVG_EYE}{p.views:,}</span></div>'
            f'<p class="mt-2 line-clamp-2 text-sm text-gray-600">{esc(p.excerpt)}</p></div></a>'
        )

    def entry(self, p: _Post, full: bool = False) -> dict:
        cid, cname = CATEGORIES[p.cat]
        attrs: dict = {
            "title": p.title,
            "slug": p.slug,
            "excerpt": p.excerpt,
            "views": p.views,
            "createdAt": p.utc,
            "updatedAt": p.updated,
            "publishedAt": p.utc,
            "locale": "th",
            "category": {"data": {"id": cid, "attributes": {"name": cname, "slug": p.cat}}},
            "cover": {"data": _strapi_media(p.id * 10, _cover(p), 1280, 853)},
        }
        if full:
            attrs["content"] = self.body_html(p)
            attrs["author"] = {
                "data": {"id": 3 + len(p.author) % 7, "attributes": {"name": p.author}} if p.author else None
            }
            attrs["gallery"] = {
                "data": [_strapi_media(p.id * 10 + k, _photo(p, k), 1280, 960, c) for k, c in enumerate(p.photos, 1)]
                or None
            }
            attrs["attachments"] = {
                "data": [_strapi_media(p.id * 10 + 8, _file_url(p, n), 0, 0) for n, _kb in p.files] or None
            }
            attrs["tags"] = {
                "data": [{"id": 100 + sorted(self.tags).index(t), "attributes": {"name": t}} for t in p.tags]
            }
            attrs["seo"] = {"metaTitle": p.title, "metaDescription": p.excerpt}
        return {"id": p.id, "attributes": attrs}

    def body_html(self, p: _Post) -> str:
        out = []
        for i, block in enumerate(p.body):
            if isinstance(block, str):
                out.append(f"<p>{_inline(block)}</p>")
                if p.id % 3 == 0 and i == 0:
                    out.append("<p>&nbsp;</p>")
            elif block[0] == "ul":
                out.append("<ul>" + "".join(f"<li>{_inline(item)}</li>" for item in block[1]) + "</ul>")
            elif block[0] == "table":
                rows = [
                    "<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in block[1][0]) + "</tr>",
                    *("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in block[1][1:]),
                ]
                out.append(f'<figure class="table"><table><tbody>{"".join(rows)}</tbody></table></figure>')
            elif block[0] == "figure":
                out.append(
                    f'<figure class="image"><img src="{_body_figure(p)}" alt=""><figcaption>{esc(block[1])}</figcaption></figure>'
                )
        return "".join(out)

    def date_line(self, label: str, d: date, views: int, author: str | None) -> str:
        who = (
            f'<span class="flex items-center gap-1.5">{SVG_USER}<span>โดย <!-- -->{esc(author)}</span></span>'
            if author
            else ""
        )
        return (
            '<div class="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-gray-500">'
            f'<span class="flex items-center gap-1.5">{SVG_CAL}<span>{label}{_abbr(d)}</span></span>'
            f'<span class="flex items-center gap-1.5" title="จำนวนผู้เข้าชม">{SVG_EYE}<span>{views:,}</span></span>{who}</div>'
        )

    def share_bar(self, path: str) -> str:
        u = _enc(self.b + path)
        return (
            '<div class="mt-6 flex items-center gap-2 border-y border-gray-100 py-3"><span class="mr-1 text-sm text-gray-500">แชร์:</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener noreferrer" aria-label="แชร์ไปยัง Facebook" class="flex h-9 w-9 items-center justify-center rounded-full bg-[#1877F2] text-white">{SVG_FB}</a>'
            f'<a href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" rel="noopener noreferrer" aria-label="แชร์ไปยัง LINE" class="flex h-9 w-9 items-center justify-center rounded-full bg-[#06C755] text-white">{SVG_LINE}</a>'
            f'<a href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener noreferrer" aria-label="แชร์ไปยัง X" class="flex h-9 w-9 items-center justify-center rounded-full bg-black text-xs font-bold text-white">X</a>'
            f'<button type="button" aria-label="คัดลอกลิงก์" class="flex h-9 w-9 items-center justify-center rounded-full bg-gray-100 text-gray-600">{SVG_LINK}</button></div>'
        )

    # -- posts ----------------------------------------------------------------------------------------
    def related(self, p: _Post) -> list[_Post]:
        return [r for r in self.newest if r.cat == p.cat and r.id != p.id][:3]

    def post_page(self, p: _Post) -> str:
        _cid, cname = CATEGORIES[p.cat]
        gallery = ""
        if p.photos:
            figs = "".join(
                '<figure class="group"><button type="button" class="relative block aspect-[4/3] w-full overflow-hidden rounded-xl bg-gray-100">'
                + _nimg(_photo(p, k), c, 0, 0, "transition group-hover:scale-105", fill="(max-width: 768px) 50vw, 33vw")
                + f'</button><figcaption class="mt-1.5 line-clamp-2 text-xs text-gray-500">{esc(c)}</figcaption></figure>'
                for k, c in enumerate(p.photos, 1)
            )
            gallery = (
                '<div class="mt-10"><h2 class="mb-4 flex items-center gap-2 text-xl font-bold text-gray-900"><span class="h-6 w-1.5 rounded-full bg-emerald-600"></span>ภาพกิจกรรม'
                f'<span class="text-sm font-normal text-gray-400">(<!-- -->{len(p.photos)}<!-- --> ภาพ)</span></h2><div class="grid grid-cols-2 gap-3 md:grid-cols-3">{figs}</div></div>'
            )
        files = ""
        if p.files:
            rows = "".join(
                f'<li><a href="{attr(_file_url(p, n))}" target="_blank" rel="noopener noreferrer" class="flex items-center gap-3 rounded-lg border border-gray-100 px-4 py-3 hover:bg-gray-50">'
                f'{SVG_PDF}<span class="flex-1 truncate text-sm text-gray-700">{esc(n)}</span><span class="text-xs text-gray-400">{kb:,} KB</span></a></li>'
                for n, kb in p.files
            )
            files = f'<div class="mt-10 rounded-2xl border border-gray-200 p-5"><h2 class="mb-3 text-lg font-bold text-gray-900">ไฟล์แนบ</h2><ul class="space-y-2">{rows}</ul></div>'
        tags = ""
        if p.tags:
            tags = (
                '<div class="mt-8 flex flex-wrap items-center gap-2"><span class="text-sm text-gray-500">แท็ก:</span>'
                + "".join(
                    f'<a class="rounded-full bg-gray-100 px-3 py-1 text-xs text-gray-600 hover:bg-emerald-50 hover:text-emerald-700" href="{_tag_path(t)}">#{esc(t)}</a>'
                    for t in p.tags
                )
                + "</div>"
            )
        related = "".join(self.card(r, r.lower_path) for r in self.related(p))
        main = (
            '<div class="border-b border-gray-100 bg-gray-50"><div class="mx-auto max-w-4xl px-4 py-3"><nav aria-label="breadcrumb"><ol class="flex flex-wrap items-center gap-1 text-sm text-gray-500">'
            f'<li><a class="hover:text-emerald-700" href="/">หน้าหลัก</a></li><li>/</li><li><a class="hover:text-emerald-700" href="/news">ข่าวสาร</a></li><li>/</li>'
            f'<li><a class="hover:text-emerald-700" href="/news?category={p.cat}">{cname}</a></li></ol></nav></div></div>'
            '<div class="mx-auto max-w-4xl px-4 py-10">'
            f'<a class="inline-flex rounded-full bg-emerald-50 px-3 py-1 text-xs font-medium text-emerald-700 ring-1 ring-inset ring-emerald-600/20 hover:bg-emerald-100" href="/news?category={p.cat}">{cname}</a>'
            f'<h1 class="mt-4 text-2xl font-bold leading-snug text-gray-900 md:text-3xl">{esc(p.title)}</h1>'
            + self.date_line("", p.d, p.views, p.author)
            + self.share_bar(p.path)
            + f'<div class="relative mt-6 aspect-video overflow-hidden rounded-2xl bg-gray-100">{_nimg(_cover(p), p.title, 0, 0, "", fill="(max-width: 1024px) 100vw, 896px", priority=True)}</div>'
            + f'<div class="prose prose-lg mt-8 max-w-none prose-a:text-emerald-700 prose-img:rounded-xl prose-p:indent-8">{self.body_html(p)}</div>'
            + gallery
            + files
            + tags
            + '<div class="mt-10"><a class="inline-flex items-center gap-2 text-sm font-medium text-emerald-700 hover:underline" href="/news">← กลับหน้ารวมข่าว</a></div></div>'
            + f'<div class="bg-gray-50 py-12"><div class="mx-auto max-w-7xl px-4"><h2 class="mb-6 text-2xl font-bold text-gray-900">ข่าวที่เกี่ยวข้อง</h2><div class="grid gap-6 md:grid-cols-3">{related}</div></div></div>'
        )
        canonical = self.b + p.path
        head = (
            f'<link rel="canonical" href="{attr(canonical)}"/>'
            f'<link rel="alternate" hrefLang="th" href="{attr(canonical)}"/><link rel="alternate" hrefLang="en" href="{attr(self.b + p.en_path)}"/>'
            f'<meta property="og:url" content="{attr(canonical)}"/><meta property="article:published_time" content="{p.utc}"/>'
            f'<meta property="article:modified_time" content="{p.updated}"/><meta property="article:section" content="{cname}"/>'
        )
        return self.page(
            p.title,
            main,
            "/news/[id]/[slug]",
            {"post": self.entry(p, full=True), "related": [self.entry(r) for r in self.related(p)]},
            description=p.excerpt,
            head_extra=head,
            og_image=_cover(p),
            og_type="article",
            th_href=p.path,
            en_href=p.en_path,
            query={"id": str(p.id), "slug": p.slug},
        )

    def en_post_page(self, p: _Post) -> str:
        main = (
            '<div class="mx-auto max-w-4xl px-4 py-16">'
            f'<h1 class="text-2xl font-bold leading-snug text-gray-900 md:text-3xl">{esc(p.title)}</h1>'
            '<div class="mt-6 rounded-2xl border border-amber-200 bg-amber-50 p-6 text-amber-900"><p class="font-medium">This content is available in Thai only.</p>'
            f'<p class="mt-2 text-sm">Please switch to the Thai version to read it. <a class="font-semibold underline" href="{p.path}">อ่านฉบับภาษาไทย</a></p></div></div>'
        )
        return self.page(
            p.title,
            main,
            "/en/news/[id]/[slug]",
            {
                "post": {"id": p.id, "attributes": {"title": p.title, "slug": p.slug, "localizations": {"data": []}}},
                "fallback": True,
            },
            description="This content is available in Thai only.",
            head_extra=f'<link rel="canonical" href="{attr(self.b + p.en_path)}"/>',
            th_href=p.path,
            en_href=p.en_path,
            lang="en",
            query={"id": str(p.id), "slug": p.slug},
        )

    def soft404(self, status: int = 200, page: str = "/news/[id]") -> Response:
        main = (
            '<div class="flex flex-col items-center justify-center px-4 py-24 text-center">'
            '<h1 class="text-7xl font-extrabold text-emerald-600">404</h1>'
            '<h2 class="mt-4 text-xl font-semibold text-gray-900">ไม่พบหน้าที่คุณต้องการ</h2>'
            '<p class="mt-2 text-gray-500">หน้าที่คุณค้นหาอาจถูกย้าย ลบ หรือไม่มีอยู่ในระบบแล้ว</p>'
            '<a class="mt-6 rounded-full bg-emerald-700 px-6 py-2 text-sm text-white hover:bg-emerald-800" href="/">กลับหน้าหลัก</a></div>'
        )
        props = {"post": None, "notFound": True} if status == 200 else {}
        return self.html(self.page("404 | ไม่พบหน้าที่คุณต้องการ", main, page if status == 200 else "/404", props), status)

    # -- listings -------------------------------------------------------------------------------------
    def listing(self, category: str | None, page: int) -> str:
        posts = [p for p in self.newest if category is None or p.cat == category]
        pages = max(1, -(-len(posts) // PAGE_SIZE))
        shown = posts[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        title = CATEGORIES[category][1] if category else "ข่าวสารทั้งหมด"
        tabs = "".join(
            f'<a class="rounded-full px-4 py-1.5 text-sm {"bg-emerald-700 text-white" if key == category else "bg-gray-100 text-gray-700 hover:bg-emerald-50"}" href="{href}">{label}</a>'
            for key, label, href in (
                (None, "ทั้งหมด", "/news"),
                *((k, n, f"/news?category={k}") for k, (_i, n) in CATEGORIES.items()),
            )
        )
        cards = (
            "".join(self.card(p, p.path) for p in shown)
            or '<p class="col-span-3 py-16 text-center text-gray-400">ไม่พบข่าวสาร</p>'
        )
        more = ""
        if page < pages:
            api = f"/api/news?page={page + 1}&pageSize={PAGE_SIZE}" + (f"&category={category}" if category else "")
            more = f'<div class="mt-10 flex justify-center"><button type="button" data-api="{attr(api)}" class="rounded-full border border-emerald-700 px-8 py-2.5 text-sm font-medium text-emerald-700 hover:bg-emerald-700 hover:text-white">โหลดเพิ่มเติม</button></div>'
        main = (
            self.band(title, (("หน้าหลัก", "/"), ("ข่าวสาร", "/news")) if category else (("หน้าหลัก", "/"),))
            + '<div class="mx-auto max-w-7xl px-4 py-10">'
            + f'<div class="flex flex-wrap gap-2">{tabs}</div>'
            + f'<p class="mt-6 text-sm text-gray-500">แสดง <!-- -->{len(shown)}<!-- --> จาก <!-- -->{len(posts)}<!-- --> รายการ</p>'
            + f'<div class="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">{cards}</div>{more}</div>'
        )
        head = ""
        if page == 1 and pages > 1:
            head = f'<link rel="next" href="/news?{"category=" + category + "&amp;" if category else ""}page=2"/>'
        query = {k: v for k, v in (("category", category), ("page", str(page) if page > 1 else None)) if v}
        return self.page(
            title,
            main,
            "/news",
            {
                "posts": {
                    "data": [self.entry(p) for p in shown],
                    "meta": {
                        "pagination": {"page": page, "pageSize": PAGE_SIZE, "pageCount": pages, "total": len(posts)}
                    },
                },
                "category": category,
            },
            head_extra=head,
            query=query,
        )

    def api_news(self, category: str | None, page: int, size: int) -> Response:
        posts = [p for p in self.newest if category is None or p.cat == category]
        shown = posts[(page - 1) * size : page * size]
        data = {
            "data": [self.entry(p) for p in shown],
            "meta": {
                "pagination": {"page": page, "pageSize": size, "pageCount": -(-len(posts) // size), "total": len(posts)}
            },
        }
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return Response(
            200,
            (
                ("Content-Type", "application/json; charset=utf-8"),
                ("X-Powered-By", "Next.js"),
                ("Cache-Control", "s-maxage=60, stale-while-revalidate"),
            ),
            body,
        )

    def tag_page(self, tag: str) -> str:
        posts = self.tags[tag]
        cards = "".join(self.card(p, p.short) for p in posts[:PAGE_SIZE])
        main = (
            self.band(f"#{tag}", (("หน้าหลัก", "/"), ("แท็ก", "/news")))
            + f'<div class="mx-auto max-w-7xl px-4 py-10"><p class="text-sm text-gray-500">พบ <!-- -->{len(posts)}<!-- --> รายการที่ติดแท็กนี้</p>'
            + f'<div class="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">{cards}</div></div>'
        )
        return self.page(
            f"แท็ก #{tag}",
            main,
            "/tag/[tag]",
            {"tag": tag, "posts": {"data": [self.entry(p) for p in posts]}},
            query={"tag": tag},
        )

    def search_page(self, pairs: list[tuple[str, str]]) -> str:
        q = next((v for k, v in pairs if k == "q"), "").strip()
        sort = next((v for k, v in reversed(pairs) if k == "sort"), "latest")
        view = next((v for k, v in reversed(pairs) if k == "view"), "grid")
        form = (
            '<form action="/search" method="get" class="flex gap-2"><input type="search" name="q" '
            f'value="{attr(q)}" class="flex-1 rounded-full border border-gray-300 px-5 py-2.5" placeholder="พิมพ์คำที่ต้องการค้นหา"/>'
            '<button type="submit" class="rounded-full bg-emerald-700 px-6 text-white">ค้นหา</button></form>'
        )
        popular = (
            '<div class="mt-4 flex flex-wrap items-center gap-2 text-sm"><span class="text-gray-500">ค้นหายอดนิยม:</span>'
            + "".join(
                f'<a class="rounded-full bg-gray-100 px-3 py-1 hover:bg-emerald-50" href="{_search_path(t)}">{esc(t)}</a>'
                for t in POPULAR_SEARCHES
            )
            + "</div>"
        )
        results_html = ""
        found: list[_Post] = []
        if q:
            found = [p for p in self.newest if q in p.title or any(q in para for para in p.paragraphs) or q in p.tags]
            if sort == "popular":
                found.sort(key=lambda p: -p.views)
            current = "/search?" + "&".join(f"{k}={_enc(v)}" for k, v in pairs)
            controls = (
                '<div class="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm"><div class="flex items-center gap-2"><span class="text-gray-500">เรียงตาม:</span>'
                + "".join(
                    f'<a class="rounded-full px-3 py-1 {"bg-emerald-700 text-white" if sort == key else "bg-gray-100"}" href="{attr(current + "&sort=" + key)}">{label}</a>'
                    for key, label in (("latest", "ล่าสุด"), ("popular", "ยอดนิยม"))
                )
                + '</div><div class="flex items-center gap-2"><span class="text-gray-500">มุมมอง:</span>'
                + "".join(
                    f'<a class="rounded px-2 py-1 {"bg-emerald-700 text-white" if view == key else "bg-gray-100"}" href="{attr(current + "&view=" + key)}">{label}</a>'
                    for key, label in (("grid", "ตาราง"), ("list", "รายการ"))
                )
                + "</div></div>"
            )
            cards = (
                "".join(self.card(p, p.short) for p in found)
                or '<p class="py-16 text-center text-gray-400">ไม่พบผลลัพธ์ที่ตรงกับคำค้นหา</p>'
            )
            grid = "grid gap-6 sm:grid-cols-2 lg:grid-cols-3" if view != "list" else "grid gap-4"
            results_html = (
                controls
                + f'<p class="mt-4 text-sm text-gray-500">ผลการค้นหา “<!-- -->{esc(q)}<!-- -->” พบ <!-- -->{len(found)}<!-- --> รายการ</p>'
                + f'<div class="mt-4 {grid}">{cards}</div>'
            )
        main = (
            self.band("ค้นหา", (("หน้าหลัก", "/"),))
            + f'<div class="mx-auto max-w-7xl px-4 py-10">{form}{popular}{results_html}</div>'
        )
        return self.page(
            f"ผลการค้นหา {q}" if q else "ค้นหา",
            main,
            "/search",
            {"q": q, "sort": sort, "view": view, "results": {"data": [self.entry(p) for p in found]}},
            query=dict(pairs),
        )

    # -- home -----------------------------------------------------------------------------------------
    def home(self) -> str:
        slides = "".join(
            f'<div class="swiper-slide" role="group" aria-label="{i + 1} / 3"><a class="relative block h-[260px] md:h-[460px]" href="{p.short}">'
            + _nimg(_cover(p), p.title, 0, 0, "", fill="100vw", priority=i == 0)
            + '<div class="absolute inset-0 bg-gradient-to-t from-black/75 via-black/20 to-transparent"></div>'
            + f'<div class="absolute bottom-0 left-0 right-0 mx-auto max-w-7xl px-6 pb-10 text-white"><span class="rounded-full {CHIP[p.cat]} px-3 py-1 text-xs">{CATEGORIES[p.cat][1]}</span>'
            + f'<p class="mt-3 line-clamp-2 text-2xl font-bold md:text-4xl">{esc(p.title)}</p><p class="mt-2 text-sm text-gray-200">{_abbr(p.d)}</p></div></a></div>'
            for i, p in enumerate(self.newest[:3])
        )
        hero = (
            f'<div class="swiper swiper-initialized swiper-horizontal relative"><div class="swiper-wrapper">{slides}</div>'
            '<div class="swiper-button-prev" tabindex="0" role="button" aria-label="Previous slide"></div><div class="swiper-button-next" tabindex="0" role="button" aria-label="Next slide"></div>'
            '<div class="swiper-pagination swiper-pagination-bullets"><span class="swiper-pagination-bullet swiper-pagination-bullet-active"></span><span class="swiper-pagination-bullet"></span><span class="swiper-pagination-bullet"></span></div></div>'
        )
        services = "".join(
            f'<a class="flex flex-col items-center gap-2 rounded-2xl bg-white p-4 text-center text-sm shadow-sm ring-1 ring-gray-100 hover:ring-emerald-300" href="{u}"'
            + (' target="_blank" rel="noopener noreferrer"' if u.startswith("http") else "")
            + f'><span class="flex h-12 w-12 items-center justify-center rounded-full bg-emerald-50 text-xl">{icon}</span>{esc(t)}</a>'
            for icon, t, u in (
                ("📝", "E-Service", "/e-service"),
                ("⚖️", "ITA", "/ita"),
                ("📣", "ประกาศ", "/news?category=announcement"),
                ("📅", "ปฏิทินกิจกรรม", "/events"),
                ("☎️", "ติดต่อเรา", "/contact"),
                ("🏛️", "ร้องเรียนการทุจริต", "https://www.damrongdham.go.th/"),
            )
        )
        cards = "".join(self.card(p, p.path) for p in self.newest[:6])
        upcoming = [
            (eid, e) for eid, e in sorted(EVENTS.items(), key=lambda kv: kv[1][0]) if date.fromisoformat(e[0]) >= TODAY
        ][:3]
        events = "".join(
            f'<li><a class="flex items-center gap-4 rounded-xl p-3 hover:bg-emerald-50" href="/events/{eid}"><div class="flex h-14 w-14 shrink-0 flex-col items-center justify-center rounded-xl bg-emerald-700 text-white">'
            f'<span class="text-lg font-bold leading-none">{date.fromisoformat(e[0]).day}</span><span class="text-xs">{MONTHS_ABBR[date.fromisoformat(e[0]).month - 1]}</span></div>'
            f'<div><p class="font-medium text-gray-900">{esc(e[3])}</p><p class="text-xs text-gray-500">{e[1]} - {e[2]} น. · {esc(e[4])}</p></div></a></li>'
            for eid, e in upcoming
        )
        mayor_img = self.photo("/uploads/mayor_veerapong_" + _h("mayor") + ".jpg", 480, 600, LAUNCH)
        main = (
            hero
            + f'<div class="mx-auto -mt-8 max-w-7xl px-4"><div class="relative z-10 grid grid-cols-3 gap-3 md:grid-cols-6">{services}</div></div>'
            + '<div class="mx-auto max-w-7xl px-4 py-14"><div class="flex items-end justify-between"><div><p class="text-sm font-semibold text-emerald-700">NEWS</p><h2 class="text-2xl font-bold text-gray-900 md:text-3xl">ข่าวล่าสุด</h2></div>'
            + '<a class="text-sm font-medium text-emerald-700 hover:underline" href="/news">ดูทั้งหมด →</a></div>'
            + f'<div class="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">{cards}</div></div>'
            + '<div class="bg-emerald-50 py-14"><div class="mx-auto grid max-w-7xl gap-10 px-4 md:grid-cols-2">'
            + f'<div class="flex gap-6"><div class="relative h-48 w-40 shrink-0 overflow-hidden rounded-2xl">{_nimg(mayor_img, MAYOR, 0, 0, "", fill="160px")}</div>'
            + '<div><p class="text-sm font-semibold text-emerald-700">สารจากนายกเทศมนตรี</p><p class="mt-2 text-gray-700">“เทศบาลเมืองหนองตะเคียนทองมุ่งมั่นพัฒนาเมืองให้น่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี ด้วยการบริหารงานที่โปร่งใส ตรวจสอบได้ และเปิดโอกาสให้ทุกภาคส่วนมีส่วนร่วม”</p>'
            + f'<p class="mt-3 font-semibold text-gray-900">{MAYOR}</p><p class="text-sm text-gray-500">นายกเทศมนตรีเมืองหนองตะเคียนทอง</p><a class="mt-3 inline-block text-sm text-emerald-700 hover:underline" href="/executives">คณะผู้บริหาร →</a></div></div>'
            + f'<div><h2 class="text-xl font-bold text-gray-900">กิจกรรมที่จะมาถึง</h2><ul class="mt-4 space-y-2">{events}</ul><a class="mt-4 inline-block text-sm text-emerald-700 hover:underline" href="/events">ดูปฏิทินกิจกรรมทั้งหมด →</a></div></div></div>'
            + '<div class="mx-auto grid max-w-7xl grid-cols-2 gap-4 px-4 py-10 md:grid-cols-5">'
            + "".join(
                f'<a class="rounded-xl border border-gray-200 p-4 text-center text-sm text-gray-600 hover:border-emerald-300" href="{u}" target="_blank" rel="noopener noreferrer">{esc(t)}</a>'
                for t, u in LINKS_EXTERNAL
            )
            + "</div>"
        )
        return self.page(
            "หน้าหลัก",
            main,
            "/",
            {
                "highlights": {"data": [self.entry(p) for p in self.newest[:3]]},
                "latest": {"data": [self.entry(p) for p in self.newest[:6]]},
            },
            head_extra=f'<link rel="canonical" href="{self.b}"/>',
        )

    # -- static pages ---------------------------------------------------------------------------------
    def about(self) -> str:
        cover = self.photo("/uploads/nong_takhian_thong_park_" + _h("park") + ".jpg", 1600, 900, LAUNCH)
        body = "".join(f"<p>{esc(t)}</p>" for t in ABOUT)
        side = "".join(
            f'<li><a class="block rounded-lg px-3 py-2 text-sm {"bg-emerald-50 font-medium text-emerald-700" if u == "/about" else "text-gray-600 hover:bg-gray-50"}" href="{u}">{t}</a></li>'
            for t, u in MENU[1][2]
        )
        main = (
            '<div class="border-b border-gray-100 bg-gray-50"><div class="mx-auto max-w-6xl px-4 py-3"><nav aria-label="breadcrumb"><ol class="flex flex-wrap items-center gap-1 text-sm text-gray-500">'
            '<li><a class="hover:text-emerald-700" href="/">หน้าหลัก</a></li><li>/</li><li><a class="hover:text-emerald-700" href="/about">เกี่ยวกับเทศบาล</a></li></ol></nav></div></div>'
            '<div class="mx-auto grid max-w-6xl gap-10 px-4 py-10 lg:grid-cols-4">'
            f'<aside class="lg:col-span-1"><ul class="space-y-1 rounded-2xl border border-gray-100 p-2">{side}</ul></aside><div class="lg:col-span-3">'
            f'<h1 class="text-2xl font-bold leading-snug text-gray-900 md:text-3xl">ประวัติความเป็นมา{SITE}</h1>'
            + self.date_line("อัปเดตล่าสุด <!-- -->", date(2023, 10, 3), 4217, None)
            + self.share_bar("/about")
            + f'<div class="relative mt-6 aspect-video overflow-hidden rounded-2xl bg-gray-100">{_nimg(cover, "สวนสาธารณะหนองตะเคียนทอง", 0, 0, "", fill="(max-width: 1024px) 100vw, 672px", priority=True)}</div>'
            + f'<div class="prose prose-lg mt-8 max-w-none prose-p:indent-8">{body}</div></div></div>'
        )
        return self.page(
            "ประวัติความเป็นมา",
            main,
            "/about",
            {
                "page": {
                    "id": 1,
                    "attributes": {"title": "ประวัติความเป็นมา", "content": body, "updatedAt": "2023-10-03T04:12:55.031Z"},
                }
            },
            head_extra=f'<link rel="canonical" href="{self.b}/about"/>',
            og_image=cover,
        )

    def vision(self) -> str:
        missions = (
            "พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐาน ทั่วถึง และปลอดภัย",
            "ส่งเสริมคุณภาพชีวิต สุขภาพ และสวัสดิการของประชาชนทุกช่วงวัย",
            "ส่งเสริมการศึกษา ศาสนา ศิลปวัฒนธรรม และภูมิปัญญาท้องถิ่น",
            "บริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อมอย่างยั่งยืน",
            "บริหารงานตามหลักธรรมาภิบาล โปร่งใส และประชาชนมีส่วนร่วม",
        )
        main = (
            self.band("วิสัยทัศน์ / พันธกิจ", (("หน้าหลัก", "/"), ("เกี่ยวกับเทศบาล", "/about")))
            + '<div class="mx-auto max-w-4xl px-4 py-10"><div class="rounded-2xl bg-emerald-700 p-8 text-center text-white"><p class="text-sm uppercase tracking-widest text-emerald-200">วิสัยทัศน์</p>'
            + '<p class="mt-3 text-xl font-semibold md:text-2xl">“เมืองน่าอยู่ ประชาชนมีความสุข เศรษฐกิจมั่นคง สิ่งแวดล้อมยั่งยืน”</p></div>'
            + '<h2 class="mt-10 text-xl font-bold text-gray-900">พันธกิจ</h2><ol class="mt-4 list-decimal space-y-2 pl-6 text-gray-700">'
            + "".join(f"<li>{esc(m)}</li>" for m in missions)
            + "</ol></div>"
        )
        return self.page("วิสัยทัศน์ / พันธกิจ", main, "/about/vision", {"missions": list(missions)})

    def executives(self) -> str:
        cards = ""
        for k, (name, role, tel) in enumerate(EXECUTIVES, 1):
            img = self.photo(f"/uploads/executive_{k:02d}_{_h('exec' + str(k))}.jpg", 480, 600, LAUNCH)
            size = "md:col-span-3 md:mx-auto md:w-72" if k == 1 else ""
            cards += (
                f'<div class="{size} overflow-hidden rounded-2xl bg-white text-center shadow-sm ring-1 ring-gray-100"><div class="relative aspect-[4/5] bg-gray-100">{_nimg(img, name, 0, 0, "", fill="(max-width: 768px) 100vw, 288px")}</div>'
                f'<div class="p-4"><p class="font-semibold text-gray-900">{esc(name)}</p><p class="text-sm text-emerald-700">{esc(role)}</p><p class="mt-1 text-xs text-gray-500">โทร. <!-- -->{tel}</p></div></div>'
            )
        main = (
            self.band("คณะผู้บริหาร", (("หน้าหลัก", "/"), ("เกี่ยวกับเทศบาล", "/about")))
            + f'<div class="mx-auto grid max-w-5xl gap-6 px-4 py-10 md:grid-cols-3">{cards}</div>'
        )
        return self.page(
            "คณะผู้บริหาร", main, "/executives", {"executives": [{"name": n, "position": r} for n, r, _t in EXECUTIVES]}
        )

    def contact(self) -> str:
        main = (
            self.band("ติดต่อเรา", (("หน้าหลัก", "/"),))
            + '<div class="mx-auto grid max-w-6xl gap-10 px-4 py-10 md:grid-cols-2"><div>'
            + f'<h2 class="text-xl font-bold text-gray-900">{SITE}</h2><p class="mt-3 text-gray-700">{esc(ADDRESS)}</p>'
            + f'<ul class="mt-4 space-y-2 text-sm text-gray-700"><li>โทรศัพท์ <a class="text-emerald-700" href="tel:{PHONE.replace(" ", "")}">{PHONE}</a></li><li>โทรสาร <!-- -->{FAX}</li>'
            + f'<li>อีเมล <a class="text-emerald-700" href="mailto:{EMAIL}">{EMAIL}</a></li><li>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</li></ul>'
            + '<div class="mt-6 aspect-video overflow-hidden rounded-2xl"><iframe title="แผนที่" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3855.1!2d102.65!3d15.02!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" class="h-full w-full border-0" loading="lazy"></iframe></div></div>'
            + '<div><h2 class="text-xl font-bold text-gray-900">ส่งข้อความถึงเรา</h2><form class="mt-4 space-y-3"><input name="name" placeholder="ชื่อ-นามสกุล" class="w-full rounded-lg border border-gray-300 px-4 py-2"/>'
            + '<input name="phone" placeholder="เบอร์โทรศัพท์" class="w-full rounded-lg border border-gray-300 px-4 py-2"/><textarea name="message" rows="5" placeholder="ข้อความ" class="w-full rounded-lg border border-gray-300 px-4 py-2"></textarea>'
            + '<button type="submit" class="rounded-full bg-emerald-700 px-6 py-2 text-white">ส่งข้อความ</button></form>'
            + '<h2 id="qa" class="mt-10 text-xl font-bold text-gray-900">ถาม - ตอบ (Q&amp;A)</h2><div class="mt-3 space-y-2 text-sm">'
            + '<details class="rounded-lg border border-gray-200 p-3"><summary class="cursor-pointer font-medium">ชำระภาษีที่ดินและสิ่งปลูกสร้างได้ที่ไหน</summary><p class="mt-2 text-gray-600">ชำระได้ที่กองคลัง ชั้น 1 สำนักงานเทศบาล หรือผ่านคิวอาร์โค้ดบนใบแจ้งการประเมินภาษี</p></details>'
            + '<details class="rounded-lg border border-gray-200 p-3"><summary class="cursor-pointer font-medium">ขอใช้รถบรรทุกน้ำต้องทำอย่างไร</summary><p class="mt-2 text-gray-600">ยื่นคำร้องผ่านหน้า E-Service หรือที่งานป้องกันและบรรเทาสาธารณภัย</p></details></div></div></div>'
        )
        return self.page("ติดต่อเรา", main, "/contact", {})

    def ita(self) -> str:
        rows = ""
        for code, label, (kind, target) in ITA_ITEMS:
            if kind == "pdf":
                link = f'<a class="inline-flex items-center gap-1 text-emerald-700 hover:underline" href="{attr(_ita_url(target))}" target="_blank" rel="noopener noreferrer">{SVG_PDF}{esc(target)}</a>'
            elif kind == "ext":
                link = f'<a class="text-emerald-700 hover:underline" href="{target}" target="_blank" rel="noopener noreferrer">{target}</a>'
            else:
                link = f'<a class="text-emerald-700 hover:underline" href="{attr(target)}">{self.b}{esc(target)}</a>'
            if code == "O6":
                link += f'<br/><a class="text-xs text-gray-500 hover:underline" href="/news/{SOFT404_ID}">ตัวอย่างข่าวประชาสัมพันธ์</a>'
            rows += f'<tr class="border-b border-gray-100"><td class="px-4 py-3 font-semibold text-emerald-700">{code}</td><td class="px-4 py-3">{esc(label)}</td><td class="px-4 py-3">{link}</td></tr>'
        main = (
            self.band("การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2567", (("หน้าหลัก", "/"),))
            + '<div class="mx-auto max-w-6xl px-4 py-10"><p class="text-gray-600">ข้อมูลการเปิดเผยต่อสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</p>'
            + '<div class="mt-6 overflow-x-auto rounded-2xl ring-1 ring-gray-200"><table class="min-w-full text-left text-sm"><thead class="bg-emerald-700 text-white"><tr><th class="px-4 py-3">ข้อ</th><th class="px-4 py-3">รายการ</th><th class="px-4 py-3">ลิงก์ / เอกสาร</th></tr></thead>'
            + f"<tbody>{rows}</tbody></table></div></div>"
        )
        return self.page(
            "ITA", main, "/ita", {"year": 2567, "items": [{"code": c, "title": t} for c, t, _l in ITA_ITEMS]}
        )

    def eservice(self) -> str:
        forms = (
            ("คำร้องขอใช้รถบรรทุกน้ำ", "แบบคำร้องขอใช้รถบรรทุกน้ำ.pdf", "https://forms.gle/ntt-water-truck"),
            ("คำร้องขอรับการสนับสนุนถังขยะ", "แบบคำร้องขอถังขยะ.pdf", "https://forms.gle/ntt-bins"),
            ("แจ้งซ่อมไฟฟ้าสาธารณะ", "แบบแจ้งซ่อมไฟฟ้าสาธารณะ.pdf", "https://forms.gle/ntt-street-light"),
            ("คำร้องขออนุญาตก่อสร้างอาคาร (ข.1)", "แบบคำขออนุญาตก่อสร้างอาคาร ข1.pdf", "https://forms.gle/ntt-building"),
            ("ร้องเรียน / ร้องทุกข์", "แบบคำร้องเรียนร้องทุกข์.pdf", "https://forms.gle/ntt-complaint"),
        )
        cards = ""
        for title, pdf_name, form in forms:
            path = _ita_url(pdf_name)
            add_pdf(
                self.site,
                path,
                f"Nong Takhian Thong form {_h(pdf_name, 6)}",
                ["Application form", "Town municipality"],
                LAUNCH,
            )
            cards += (
                f'<div class="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-gray-100"><p class="font-semibold text-gray-900">{esc(title)}</p>'
                f'<div class="mt-4 flex gap-2"><a class="rounded-full bg-emerald-700 px-4 py-1.5 text-sm text-white" href="{form}" target="_blank" rel="noopener noreferrer">ยื่นคำร้องออนไลน์</a>'
                f'<a class="rounded-full border border-gray-300 px-4 py-1.5 text-sm text-gray-700" href="{attr(path)}" target="_blank" rel="noopener noreferrer">ดาวน์โหลดแบบฟอร์ม</a></div></div>'
            )
        main = (
            self.band("E-Service บริการออนไลน์", (("หน้าหลัก", "/"),))
            + f'<div class="mx-auto grid max-w-6xl gap-6 px-4 py-10 md:grid-cols-2 lg:grid-cols-3">{cards}</div>'
        )
        return self.page("E-Service", main, "/e-service", {"services": [t for t, _p, _f in forms]})

    def privacy(self) -> str:
        paras = (
            f"{SITE}ใช้คุกกี้เพื่อให้เว็บไซต์ทำงานได้อย่างถูกต้อง จดจำการตั้งค่าการแสดงผล เช่น ขนาดตัวอักษรและโหมดสี และเก็บสถิติการเข้าชมเว็บไซต์โดยไม่ระบุตัวตน",
            "คุกกี้ที่จำเป็นจะถูกใช้งานเสมอ ส่วนคุกกี้เพื่อการวิเคราะห์จะใช้งานเมื่อท่านให้ความยินยอมเท่านั้น ท่านสามารถเปลี่ยนแปลงการตั้งค่าคุกกี้ได้ตลอดเวลาผ่านปุ่มตั้งค่าคุกกี้",
            "ข้อมูลส่วนบุคคลที่ท่านให้ไว้ผ่านแบบฟอร์มติดต่อจะถูกใช้เพื่อการติดต่อกลับและการให้บริการตามอำนาจหน้าที่ของเทศบาลเท่านั้น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        )
        main = self.band("นโยบายคุกกี้และการคุ้มครองข้อมูลส่วนบุคคล", (("หน้าหลัก", "/"),)) + (
            '<div class="prose mx-auto max-w-4xl px-4 py-10">' + "".join(f"<p>{esc(t)}</p>" for t in paras) + "</div>"
        )
        return self.page("นโยบายคุกกี้", main, "/privacy-policy", {})

    def en_home(self) -> str:
        main = (
            '<div class="mx-auto max-w-4xl px-4 py-16"><h1 class="text-3xl font-bold text-gray-900">Welcome to Nong Takhian Thong Town Municipality</h1>'
            '<div class="mt-6 rounded-2xl border border-amber-200 bg-amber-50 p-6 text-amber-900"><p class="font-medium">This content is available in Thai only.</p>'
            '<p class="mt-2 text-sm">Our news and announcements are published in Thai. <a class="font-semibold underline" href="/">ไปยังหน้าภาษาไทย</a></p></div>'
            f'<p class="mt-6 text-sm text-gray-600">Contact: {PHONE} · <a class="underline" href="mailto:{EMAIL}">{EMAIL}</a></p></div>'
        )
        return self.page(SITE_EN, main, "/", {}, lang="en", th_href="/", en_href="/en")

    # -- events ---------------------------------------------------------------------------------------
    def events_month(self, year: int, month: int) -> str:
        import calendar

        prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        by_day: dict[int, list[tuple[int, tuple]]] = {}
        for eid, e in sorted(EVENTS.items()):
            d = date.fromisoformat(e[0])
            if (d.year, d.month) == (year, month):
                by_day.setdefault(d.day, []).append((eid, e))
        cells = "".join(
            f'<div class="py-2 text-center text-xs font-semibold text-gray-500">{w}</div>'
            for w in ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")
        )
        for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
            for day in week:
                if not day:
                    cells += '<div class="min-h-[84px] bg-gray-50"></div>'
                    continue
                evs = "".join(
                    f'<a class="mt-1 block truncate rounded bg-emerald-100 px-1 text-xs text-emerald-800" href="/events/{eid}">{esc(e[3])}</a>'
                    for eid, e in by_day.get(day, [])
                )
                cells += f'<div class="min-h-[84px] border border-gray-100 p-1"><span class="text-xs text-gray-500">{day}</span>{evs}</div>'
        listing = (
            "".join(
                f'<li><a class="text-emerald-700 hover:underline" href="/events/{eid}">{date.fromisoformat(e[0]).day} {MONTHS_ABBR[month - 1]} · {esc(e[3])}</a></li>'
                for day in sorted(by_day)
                for eid, e in by_day[day]
            )
            or '<li class="text-gray-400">ไม่มีกิจกรรมในเดือนนี้</li>'
        )
        main = (
            self.band("ปฏิทินกิจกรรม", (("หน้าหลัก", "/"), ("ข่าวสาร", "/news")))
            + '<div class="mx-auto max-w-6xl px-4 py-10"><div class="flex items-center justify-between">'
            + f'<a class="rounded-full border border-gray-300 px-4 py-1.5 text-sm" href="/events?month={prev_y:04d}-{prev_m:02d}">‹ เดือนก่อน</a>'
            + f'<p class="text-xl font-bold text-gray-900">{MONTHS[month - 1]} <!-- -->{year + 543}</p>'
            + f'<a class="rounded-full border border-gray-300 px-4 py-1.5 text-sm" href="/events?month={next_y:04d}-{next_m:02d}">เดือนถัดไป ›</a></div>'
            + f'<div class="mt-6 grid grid-cols-7 gap-px overflow-hidden rounded-2xl ring-1 ring-gray-200">{cells}</div>'
            + f'<h2 class="mt-8 text-lg font-bold text-gray-900">กิจกรรมในเดือนนี้</h2><ul class="mt-3 space-y-2 text-sm">{listing}</ul></div>'
        )
        return self.page(
            "ปฏิทินกิจกรรม",
            main,
            "/events",
            {"month": f"{year:04d}-{month:02d}", "events": [eid for d in by_day.values() for eid, _e in d]},
            query={"month": f"{year:04d}-{month:02d}"},
        )

    def event_page(self, eid: int) -> str:
        day, start, end, title, place = EVENTS[eid]
        d = date.fromisoformat(day)
        main = (
            self.band("ปฏิทินกิจกรรม", (("หน้าหลัก", "/"), ("ปฏิทินกิจกรรม", "/events")))
            + '<div class="mx-auto max-w-3xl px-4 py-10"><div class="rounded-2xl bg-white p-8 shadow-sm ring-1 ring-gray-100">'
            + f'<h1 class="text-2xl font-bold text-gray-900">{esc(title)}</h1><dl class="mt-6 grid grid-cols-[6rem_1fr] gap-y-3 text-sm">'
            + f'<dt class="text-gray-500">วันที่</dt><dd>วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}</dd>'
            + f'<dt class="text-gray-500">เวลา</dt><dd>{start} - {end} น.</dd><dt class="text-gray-500">สถานที่</dt><dd>{esc(place)}</dd></dl>'
            + '<p class="mt-6 text-gray-700">ขอเชิญชวนประชาชนร่วมกิจกรรมโดยพร้อมเพรียงกัน</p>'
            + f'<div class="mt-6 flex gap-3"><a class="rounded-full border border-gray-300 px-4 py-1.5 text-sm" href="/events?month={d.year:04d}-{d.month:02d}">← กลับไปปฏิทิน</a>'
            + f'<a class="rounded-full bg-emerald-700 px-4 py-1.5 text-sm text-white" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text={_enc(title)}&amp;dates={d:%Y%m%d}T{start.replace(":", "")}00/{d:%Y%m%d}T{end.replace(":", "")}00&amp;ctz=Asia/Bangkok" target="_blank" rel="noopener noreferrer">เพิ่มลงปฏิทิน</a></div></div></div>'
        )
        return self.page(
            title,
            main,
            "/events/[id]",
            {
                "event": {
                    "id": eid,
                    "attributes": {"title": title, "date": day, "start": start, "end": end, "location": place},
                }
            },
            query={"id": str(eid)},
        )

    # -- xml / text -----------------------------------------------------------------------------------
    def robots(self) -> Response:
        text = f"# *\nUser-agent: *\nAllow: /\n\n# Host\nHost: {self.b}\n\n# Sitemaps\nSitemap: {self.b}/sitemap.xml\n"
        return Response(
            200, (("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "public, max-age=0")), text.encode()
        )

    def sitemaps(self) -> None:
        built = "2024-03-19T18:22:41.305Z"
        index = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"<sitemap><loc>{self.b}/sitemap-0.xml</loc></sitemap>\n</sitemapindex>"
        )
        urls = [(self.b, built, "daily", "1.0")]
        urls += [
            (self.b + u, built, "monthly", "0.7")
            for u in ("/about", "/about/vision", "/executives", "/contact", "/ita", "/e-service", "/news", "/events")
        ]
        urls += [(self.b + p.path, p.updated, "weekly", "0.8") for p in self.newest]
        body = "\n".join(
            f"<url><loc>{esc(loc)}</loc><lastmod>{mod}</lastmod><changefreq>{freq}</changefreq><priority>{prio}</priority></url>"
            for loc, mod, freq, prio in urls
        )
        sitemap0 = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:mobile="http://www.google.com/schemas/sitemap-mobile/1.0" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
            f'xmlns:video="http://www.google.com/schemas/sitemap-video/1.0">\n{body}\n</urlset>'
        )
        for path, text in (("/sitemap.xml", index), ("/sitemap-0.xml", sitemap0)):
            self.site.add(
                path,
                Response(
                    200,
                    (("Content-Type", "application/xml"), ("Cache-Control", "public, max-age=0")),
                    text.encode("utf-8"),
                ),
            )

    def assets(self) -> None:
        site = self.site
        add_text(
            site,
            CSS,
            "*,:after,:before{box-sizing:border-box;border:0 solid #e5e7eb}.flex{display:flex}.hidden{display:none}.grid{display:grid}\n",
            "text/css; charset=UTF-8",
        )
        for path in (*CHUNKS, "/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js", *sorted(set(PAGE_CHUNKS.values()))):
            add_text(
                site,
                path.replace("%5B", "[").replace("%5D", "]"),
                "(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[],{}]);\n",
                "application/javascript; charset=UTF-8",
            )
        add_text(
            site,
            f"/_next/static/{BUILD_ID}/_buildManifest.js",
            "self.__BUILD_MANIFEST={};self.__BUILD_MANIFEST_CB&&self.__BUILD_MANIFEST_CB();\n",
            "application/javascript; charset=UTF-8",
        )
        add_text(
            site,
            f"/_next/static/{BUILD_ID}/_ssgManifest.js",
            "self.__SSG_MANIFEST=new Set;self.__SSG_MANIFEST_CB&&self.__SSG_MANIFEST_CB();\n",
            "application/javascript; charset=UTF-8",
        )
        site.add(
            LOGO,
            Response(
                200,
                (("Content-Type", "image/png"), ("Cache-Control", "public, max-age=31536000, immutable")),
                _png(96, 96),
            ),
        )
        site.add(
            "/favicon.ico",
            Response(200, (("Content-Type", "image/x-icon"), ("Cache-Control", "public, max-age=0")), _png(32, 32)),
        )

    def next_image(self, pairs: dict[str, str]) -> Response | None:
        src = pairs.get("url", "")
        try:
            width, quality = int(pairs.get("w", "")), int(pairs.get("q", ""))
        except ValueError:
            return Response(400, (("Content-Type", "text/plain"),), b'"url", "w" and "q" parameters are required')
        if src not in self.images or width not in NEXT_SIZES or not 1 <= quality <= 100:
            return Response(400, (("Content-Type", "text/plain"),), b'"url" parameter is not allowed')
        w0, h0 = self.images[src]
        if src.endswith(".png"):
            body, ctype = _png(min(width, w0), min(width, h0)), "image/png"
        else:
            w = min(width, w0)
            body, ctype = jpeg(w, max(8, h0 * w // w0)), "image/jpeg"
        return Response(
            200,
            (
                ("Content-Type", ctype),
                ("Cache-Control", "public, max-age=60, must-revalidate"),
                (
                    "Content-Disposition",
                    f'inline; filename="{src.rsplit("/", 1)[1].rsplit(".", 1)[0]}.{ctype.split("/")[1]}"',
                ),
                ("ETag", f'"{_h(src + str(width))}"'),
                ("X-Nextjs-Cache", "HIT"),
            ),
            body,
        )

    # -- routing --------------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        add = site.add
        non = site.non_articles
        for p in POSTS:
            self.photo(_cover(p), 1280, 853, p.dt)
            for k in range(1, len(p.photos) + 1):
                self.photo(_photo(p, k), 1280, 960, p.dt)
            if any(isinstance(b, tuple) and b[0] == "figure" for b in p.body):
                self.photo(_body_figure(p), 1080, 1350, p.dt)
            for name, _kb in p.files:
                add_pdf(
                    site,
                    _file_url(p, name),
                    f"Nong Takhian Thong notice {p.id}",
                    [f"Attachment of news {p.id}", f"Dated {p.day}"],
                    p.dt,
                )
        for _c, _l, (kind, target) in ITA_ITEMS:
            if kind == "pdf":
                add_pdf(site, _ita_url(target), f"Nong Takhian Thong ITA {_h(target, 6)}", ["ITA 2567 (OIT)"], LAUNCH)

        for p in POSTS:
            add(p.path, self.html(self.post_page(p)))
            add(p.short, self.redirect308(p.path))
            add(p.en_path, self.html(self.en_post_page(p)))
            site.articles.append(
                FixtureArticle(
                    url=self.b + p.path,
                    aliases=(self.b + p.short,),
                    title=p.title,
                    paragraphs=p.paragraphs,
                    published=p.day,
                    author=p.author,
                    captions=p.captions,
                )
            )
            non.append(self.b + p.en_path)

        def page(path: str, text: str) -> None:
            add(path, self.html(text))
            non.append(self.b + path)

        page("/", self.home())
        news_pages = -(-len(POSTS) // PAGE_SIZE)
        page("/news", self.listing(None, 1))
        add("/news?page=1", self.html(self.listing(None, 1)))
        for n in range(2, news_pages + 1):
            page(f"/news?page={n}", self.listing(None, n))
        for cat in CATEGORIES:
            count = sum(1 for p in POSTS if p.cat == cat)
            page(f"/news?category={cat}", self.listing(cat, 1))
            for n in range(2, -(-count // PAGE_SIZE) + 1):
                page(f"/news?category={cat}&page={n}", self.listing(cat, n))
        page("/about", self.about())
        page("/about/vision", self.vision())
        page("/executives", self.executives())
        page("/contact", self.contact())
        page("/ita", self.ita())
        page("/e-service", self.eservice())
        page("/privacy-policy", self.privacy())
        page("/en", self.en_home())
        page("/events", self.events_month(TODAY.year, TODAY.month))
        for eid in sorted(EVENTS):
            page(f"/events/{eid}", self.event_page(eid))
        for tag in sorted(self.tags):
            page(_tag_path(tag), self.tag_page(tag))
        for term in POPULAR_SEARCHES:
            non.append(self.b + _search_path(term))  # answered by dynamic()
        non.append(self.b + f"/news/{SOFT404_ID}")  # soft 404, answered by dynamic()
        for month in ("2023-11", "2024-01", "2024-04"):
            non.append(self.b + f"/events?month={month}")  # trap months that hold events
        site.add("/robots.txt", self.robots())
        self.sitemaps()
        self.assets()
        site.not_found = self.soft404(status=404)

    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = dict(pairs)
        if len(path) > 1 and path.endswith("/"):
            stripped = parts.path.rstrip("/") or "/"
            return self.redirect308(stripped + (f"?{parts.query}" if parts.query else ""))
        m = re.fullmatch(r"/news/(\d+)(?:/[^/]+)?", path)
        if m:
            p = self.by_id.get(int(m.group(1)))
            if p is None:
                return self.soft404()
            return self.redirect308(p.path)  # the right slug is a registered route
        if path == "/news":
            cat = query.get("category")
            if cat is not None and cat not in CATEGORIES:
                return self.html(self.listing(None, 1)) if cat == "" else self.soft404(page="/news")
            try:
                page = int(query.get("page", "1"))
            except ValueError:
                page = 1
            return self.html(self.listing(cat, max(1, min(page, 999))))
        if path == "/api/news":
            try:
                page = max(1, int(query.get("page", "1")))
                size = max(1, min(100, int(query.get("pageSize", "25"))))
            except ValueError:
                return Response(
                    400,
                    (("Content-Type", "application/json"),),
                    b'{"data":null,"error":{"status":400,"name":"ValidationError","message":"Invalid pagination"}}',
                )
            cat = query.get("category")
            return self.api_news(cat if cat in CATEGORIES else None, page, size)
        if path == "/events":
            month = query.get("month", "")
            mm = re.fullmatch(r"(\d{4})-(\d{2})", month)
            if not mm or not 1 <= int(mm.group(2)) <= 12 or not 1 < int(mm.group(1)) < 9999:
                return None
            return self.html(self.events_month(int(mm.group(1)), int(mm.group(2))))
        if path == "/search":
            if len(target) > 6000:
                return Response(
                    414,
                    (("Content-Type", "text/html"),),
                    b"<html><body><h1>414 Request-URI Too Large</h1></body></html>",
                )
            return self.html(self.search_page(pairs))
        if path == "/_next/image":
            return self.next_image(query)
        return None


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="nginx/1.24.0")
    site.trap_patterns = [r"^/events\?(?:.*&)?month=", r"^/search\?(?:.*&)?(?:sort|view)="]
    s = _Site(site)
    s.register()
    site.dynamic = s.dynamic
    return site

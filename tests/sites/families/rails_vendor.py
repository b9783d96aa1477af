# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""rails_vendor: an อบต. site on a Thai vendor's Ruby on Rails 7 CMS (Hotwire, Bootstrap 5, ActionText).

CMS imitated: the kind of Rails 7.0 product a small Thai software house rents to local governments
(fictional vendor "เอบีที ดิจิทัล", product "ABT Smart Tambon"): nginx + Phusion Passenger, importmap
assets with ``data-turbo-track="reload"``, Turbo Drive/Frames, Bootstrap 5 from jsDelivr, posts written
in Trix (ActionText), photos and PDFs in ActiveStorage (disk service), friendly_id slugs with history,
kaminari pagination, simple_calendar, acts_as_taggable_on, impressionist view counters, Devise for the
back office, sitemap_generator and a builder RSS feed.

องค์การบริหารส่วนตำบลแม่ลานคำ, อำเภอดอยผาแดง จังหวัดผาเหนือ (fictional), www.maelankham.go.th.  UTF-8.
TODAY is 2024-09-18.  Every Rails answer carries ``X-Request-Id``, ``X-Runtime``, ``Set-Cookie:
_abt_session=...; path=/; HttpOnly; SameSite=Lax``, a weak ``ETag`` of the body, ``Cache-Control: max-age=0,
private, must-revalidate``, Rails 7's ``Link: <...css>; rel=preload`` and its security headers; the
``<meta name="csrf-token">`` (and the ``authenticity_token`` of POST forms) is masked anew on EVERY
response, so no two fetches of a page are byte-identical (a fixed series per URL, so builds stay
deterministic).  ``Server: nginx/1.24.0 + Phusion Passenger(R) 6.0.18``.

URL shapes
* home ``/`` = ``/th`` (Rails' optional ``(:locale)`` scope); ``/en`` English home.  Home shows only the
  latest 4 news, 3 activity posts (also the carousel), 3 announcements, 3 procurement notices, coming
  events, and "ข่าวสารทั้งหมด": the latest 6 posts in a ``<turbo-frame>`` whose lazy inner frame and
  "โหลดเพิ่มเติม" link are ``/th/news/load_more?page=2``.
* posts (all four kinds on ONE show template): ``/th/news/<id>-<latin slug>`` or ``/th/news/<id>`` when
  the title is Thai only (friendly_id ``[:id, :slug_en]`` candidates).  The template: breadcrumb, kind
  badge, h1, ``เผยแพร่เมื่อ 12 มี.ค. 2567 10:15 น.`` in a ``<time datetime>``, ``โดย <name>`` (news and
  activity posts) or ``หน่วยงาน: <division>`` (notices), ``เข้าชม 1,234 ครั้ง``, cover photo (news),
  Trix body (three editors: ``<br><br>``-separated paragraphs in one ``<div>``; one ``<div>`` per
  paragraph with ``<div><br></div>`` between; Word pastes with ``&nbsp;`` indents and a bold first word;
  ActionText ``<action-text-attachment><figure>`` photos with ``figcaption``), the activity gallery
  (Bootstrap figures with captions, ``<a>`` to ActiveStorage), "เอกสารแนบ" PDFs, tags, share buttons
  (Facebook, LINE, X, copy-link ``/news/<id>``, print ``?print=true``), "ข่าวที่เกี่ยวข้อง" (3 others
  of the kind, with 100-character excerpts), sidebar (categories, latest 5, tag cloud).
  Kinds: ``news`` ข่าวประชาสัมพันธ์, ``activity`` ภาพกิจกรรม (short text + captioned gallery),
  ``announcement`` ประกาศ (signature lines), ``procurement`` ประกาศจัดซื้อจัดจ้าง (one or two sentences
  and a PDF).
* post aliases (gold): ``?locale=th`` (the language menu's active item is ``href="?locale=th"`` on every
  Thai page, ``?locale=en`` on English ones); ``/news/<id>`` (the copy-link button; 302 to the post);
  friendly_id history: the old slugs ``/th/news/55-tax-2567`` (ITA O7 and the sitemap) and
  ``/th/news/70-zero-waste`` (a later announcement) 301 to the current slug; ``/th/news/63`` (ITA O7)
  301s to ``/th/news/63-child-center-enrolment-2567``; English twins ``/en/news/<id>[-slug]`` of 4 posts
  (55, 57, 62, 74) with English chrome, an English lead, and the Thai title, body and captions (Mobility
  fallbacks; one ``<span class="translation_missing">``), self-canonical, hreflang-linked.  Any other
  slug after a known id answers 404; an unknown id answers 200 "ไม่พบข้อมูลที่ต้องการ" (a soft-404,
  linked once: ``/th/news/12`` from the oldest announcement); the deleted post 49 answers 404 (it is only
  in the sitemap).  Posts without a translation 302 from ``/en/news/...`` to the Thai post.
* listings: ``/th/news`` (all kinds, 8 a page, kaminari ``?page=2``, ``?page=3``; ``?page=1`` linked from
  the footer; page 1 links written without ``page``), ``?category=news|activity|announcement|procurement``,
  ``?sort=newest|oldest``, ``?per=8|20|50`` (all combinable, links carry ``category``/``per``/``sort``
  sorted as ``to_query`` writes them); tag pages ``/th/tags/<percent-encoded Thai tag>``; ``/en/news``
  lists the 4 translated posts.  Pages past the end answer 200 with "ไม่พบข้อมูล" and no next link.
* standing pages ``/th/pages/<slug>`` (history, vision, authority, staff, contact; a page template with
  "แก้ไขล่าสุด" dates, no author) + ``/en/pages/<slug>`` twins; ITA ``/th/ita`` (``?year=2566|2567``) and
  items ``/th/ita/<พ.ศ.>/o<N>`` (O1..O12, links and PDFs; 2567 O11's PDF is missing: a broken link).
* events ``/th/events`` (simple_calendar month of TODAY), event pages ``/th/events/<id>`` (+ ``/en``).
* ``/th/news.rss`` (latest 10 posts, all kinds), ``/sitemap.xml.gz`` (real gzip bytes served by nginx as
  ``application/x-gzip``, named in robots.txt; generated 2024-08-31: misses the newest 2 posts, lists
  post 55 under its OLD slug and the deleted post 49; no ``/sitemap.xml``).
* ``/admin`` 302s to Devise's ``/users/sign_in``; robots.txt disallows ``/admin`` and ``/users``.  Print
  views ``?print=true`` (noindex, rel=canonical) of every post.  Unknown routes: Rails' public/404.html.

Gold (``site.articles``): the 22 posts of the four kinds, 2023-07-04 .. 2024-09-12, oldest first, at
their canonical URL.  Paragraphs: the Trix text (inline link text included; signature lines of notices
one paragraph each); no captions, no title, no English lead.  Captions: ActionText figcaptions, then the
gallery captions, in page order (covers have none).  Author: the ``โดย`` name on news and activity posts,
None on notices (a division is shown instead).
Non-articles: homes, listings and every variant and page, tag pages, standing pages and their twins,
ITA index and items, calendar and event pages, search pages, the load-more frames, print views, the
soft-404, the Devise sign-in page.

Reachability: the 3 oldest news, 3 oldest activity posts, 2 oldest announcements and the oldest notice are
linked only from listing pages (plus related boxes, tag pages, the load-more trap and the sitemap).

Traps (``trap_patterns``, answered by ``dynamic``)
* ``TRAP_CALENDAR``: simple_calendar ``/th/events?start_date=YYYY-MM-DD`` (and ``/en/events``): any date of
  years 1000-9998, the month of that date, "ก่อนหน้า" = first shown day - 1, "ถัดไป" = last shown day + 1
  (Sunday-first weeks), so every month has several spellings; the home and event pages link into it.
* ``TRAP_SEARCH``: ``/th/search?q=`` for any words (footer "คำค้นยอดนิยม"), kaminari ``&page=N``, and
  "ค้นหาคำที่เกี่ยวข้อง" links that append one more word, without end.
* ``TRAP_LOAD_MORE``: the home frame's ``/th/news/load_more?page=N``: the vendor clamps N to the last page
  but always links ``page=N+1``, so pages past the end repeat the last 4 posts for ever.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

from ..media import jpeg, pdf
from ..model import FixtureArticle, FixtureSite, Response, route_key
from ..thaidate import BANGKOK, EN_MONTHS, MONTHS, WEEKDAYS, thai_abbr, thai_long
from .common import add_text, attr, esc, static_file

FAMILY = "rails_vendor"
SITE = "องค์การบริหารส่วนตำบลแม่ลานคำ"
SHORT = "อบต.แม่ลานคำ"
SITE_EN = "Mae Lan Kham Subdistrict Administrative Organization"
SHORT_EN = "Mae Lan Kham SAO"
DISTRICT = "อำเภอดอยผาแดง จังหวัดผาเหนือ"
ADDRESS = "เลขที่ 199 หมู่ที่ 1 ตำบลแม่ลานคำ อำเภอดอยผาแดง จังหวัดผาเหนือ 57260"
ADDRESS_EN = "199 Moo 1, Mae Lan Kham Subdistrict, Doi Pha Daeng District, Pha Nuea 57260"
PHONE = "0 5395 4120"
FAX = "0 5395 4121"
HOTLINE = "0 5395 4199"
EMAIL = "saraban@maelankham.go.th"
CHIEF = "นายบุญเรือง คำแสน"
TODAY = date(2024, 9, 18)
PASSENGER = "Phusion Passenger(R) 6.0.18"
FB = "https://www.facebook.com/maelankham.sao"
LINE_OA = "https://line.me/R/ti/p/@maelankham"
VENDOR = "https://www.abtdigital.co.th"
PER = 8
PER_CHOICES = (8, 20, 50)
MORE_PER = 6
RSS_ITEMS = 10
SITEMAP_AT = datetime(2024, 8, 31, 3, 0, 12, tzinfo=BANGKOK)
ASSETS_AT = datetime(2024, 6, 3, 14, 20, tzinfo=BANGKOK)
EXPIRES = "2024-09-18T05:10:00.000Z"
COUNTER = "1,284,519"
BOOTSTRAP_CSS = "https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"

TRAP_CALENDAR = r"^/(?:th|en)/events\?(?:.*&)?start_date="
TRAP_SEARCH = r"^/(?:th|en)/search\?(?:.*&)?q="
TRAP_LOAD_MORE = r"^/(?:th|en)/news/load_more\?"
DISALLOWED = ("/admin", "/users")

# Per-response values, filled in by RailsSite.route() on every answer.
RID, RUNTIME, SESSION, CSRF, ETAG = "__X_REQUEST_ID__", "__X_RUNTIME__", "__ABT_SESSION__", "__CSRF_TOKEN__", "__ETAG__"
HTML = "text/html; charset=utf-8"

KINDS = {  # kind -> (Thai name, English name, badge)
    "news": ("ข่าวประชาสัมพันธ์", "Public Relations", "text-bg-primary"),
    "activity": ("ภาพกิจกรรม", "Activities", "text-bg-success"),
    "announcement": ("ประกาศ", "Announcements", "text-bg-warning"),
    "procurement": ("ประกาศจัดซื้อจัดจ้าง", "Procurement", "text-bg-secondary"),
}


def _h(seed: str, n: int = 40) -> str:
    return hashlib.sha1(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def _num(seed: str, mod: int) -> int:
    return int(_h(seed, 8), 16) % mod


ASSET = {
    "application.css": f"/assets/application-{_h('css', 64)}.css",
    "print.css": f"/assets/print-{_h('print', 64)}.css",
    "application.js": f"/assets/application-{_h('js', 64)}.js",
    "turbo": f"/assets/turbo.min-{_h('turbo', 64)}.js",
    "stimulus": f"/assets/stimulus.min-{_h('stimulus', 64)}.js",
    "controllers": f"/assets/controllers/index-{_h('ctrl', 64)}.js",
    "logo": f"/assets/logo-maelankham-{_h('logo', 64)}.svg",
    "notice": f"/assets/placeholder-notice-{_h('notice', 64)}.svg",
}


# -- posts ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Post:
    id: int
    kind: str
    day: str
    time: str
    slug: str  # the latin part; "" = the id alone (a Thai-only title)
    old_slug: str  # friendly_id history ("" = none)
    tags: tuple[str, ...]
    who: str  # author (news, activity) or division (notices)
    style: str  # trix | blocks | word
    title: str
    items: tuple[tuple[str, str], ...]  # (P paragraph | S signature line | F body photo | G gallery | D pdf, text)
    en: str  # English lead of the translated twin ("" = no twin)

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        hour, minute = (int(x) for x in self.time.split(":"))
        return datetime(self.d.year, self.d.month, self.d.day, hour, minute, tzinfo=BANGKOK)

    @property
    def param(self) -> str:
        return f"{self.id}-{self.slug}" if self.slug else str(self.id)

    def path(self, lang: str = "th") -> str:
        return f"/{lang}/news/{self.param}"

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(plain(t) for k, t in self.items if k in "PS")

    @property
    def captions(self) -> tuple[str, ...]:
        return tuple(t for k, t in self.items if k == "F") + tuple(t for k, t in self.items if k == "G")

    @property
    def gallery(self) -> tuple[str, ...]:
        return tuple(t for k, t in self.items if k == "G")

    @property
    def files(self) -> tuple[tuple[str, str], ...]:
        return tuple(tuple(t.split("|", 1)) for k, t in self.items if k == "D")  # type: ignore[misc]

    @property
    def author(self) -> str | None:
        return self.who if self.kind in ("news", "activity") else None

    @property
    def views(self) -> int:
        age = (TODAY - self.d).days
        return 85 + age * 3 + _num(f"views:{self.id}", 240)

    @property
    def text(self) -> str:
        return " ".join(self.paragraphs)


LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def plain(text: str) -> str:
    return " ".join(LINK.sub(r"\1", text).split())


def linked(text: str) -> str:
    """Escape a body line and turn [text](href) into the anchors Trix stores."""
    out, last = [], 0
    for m in LINK.finditer(text):
        out.append(esc(text[last : m.start()]))
        out.append(f'<a href="{attr(m.group(2))}">{esc(m.group(1))}</a>')
        last = m.end()
    out.append(esc(text[last:]))
    return "".join(out)


# "## id kind date time slug old_slug | tags | who | style"; "-" = none.  Lines: "T:" title, plain = paragraph,
# "S:" signature line (single <br>), "F:" ActionText photo with caption, "G:" gallery photo caption,
# "D:" label|file.pdf attachment, "E:" English lead (the post has an /en twin).
SPEC = """
## 31 announcement 2023-07-04 09:30 waste-collection-fee - | ขยะ,ค่าธรรมเนียม | สำนักปลัด | trix
T: ประกาศองค์การบริหารส่วนตำบลแม่ลานคำ เรื่อง อัตราค่าธรรมเนียมการเก็บและขนขยะมูลฝอย
ด้วยองค์การบริหารส่วนตำบลแม่ลานคำได้ตราข้อบัญญัติองค์การบริหารส่วนตำบล เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย พ.ศ. 2566 และได้ประกาศในราชกิจจานุเบกษาเรียบร้อยแล้ว จึงกำหนดอัตราค่าธรรมเนียมการเก็บและขนขยะมูลฝอยใหม่ ให้มีผลบังคับตั้งแต่วันที่ 1 ตุลาคม 2566 เป็นต้นไป
บ้านเรือนทั่วไปที่มีปริมาณขยะไม่เกินวันละ 20 ลิตร เก็บค่าธรรมเนียมเดือนละ 20 บาท ร้านค้าและสถานประกอบการขนาดเล็กเดือนละ 40 บาท ส่วนสถานประกอบการที่มีขยะเกินวันละ 500 ลิตร ให้ติดต่อกองสาธารณสุขและสิ่งแวดล้อมเพื่อประเมินอัตราเป็นราย ๆ ไป
ประกาศฉบับนี้ให้ใช้แทน[ประกาศอัตราค่าธรรมเนียมฉบับเดิม](/th/news/12) ซึ่งใช้มาตั้งแต่ปี 2560
จึงประกาศมาเพื่อทราบโดยทั่วกัน
S: ประกาศ ณ วันที่ 4 กรกฎาคม พ.ศ. 2566
S: (นายบุญเรือง คำแสน)
S: นายกองค์การบริหารส่วนตำบลแม่ลานคำ
D: ประกาศอัตราค่าธรรมเนียมเก็บและขนขยะมูลฝอย|ประกาศค่าธรรมเนียมขยะ 2566.pdf

## 33 news 2023-08-02 10:15 - - | ภาษี | ณัฐนันท์ ปัญญาวงค์ | blocks
T: อบต.แม่ลานคำ ออกหน่วยบริการรับชำระภาษีและค่าธรรมเนียมนอกสถานที่ ครบทั้ง 9 หมู่บ้าน
กองคลัง องค์การบริหารส่วนตำบลแม่ลานคำ ออกหน่วยบริการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียมเก็บขนขยะมูลฝอยนอกสถานที่ ระหว่างวันที่ 24 กรกฎาคม ถึง 1 สิงหาคม 2566 หมุนเวียนไปตามศาลาอเนกประสงค์ของทุกหมู่บ้าน
F: เจ้าหน้าที่กองคลังให้บริการรับชำระภาษี ณ ศาลาอเนกประสงค์บ้านป่าตึง หมู่ที่ 3
ตลอดการออกหน่วยมีผู้มาใช้บริการรวม 412 ราย ยอดจัดเก็บรวม 186,540 บาท ผู้สูงอายุและผู้ที่ไม่สะดวกเดินทางมาที่ทำการ อบต. ต่างชื่นชมว่าช่วยลดค่าใช้จ่ายในการเดินทางได้มาก
ผู้ที่ยังไม่ได้ชำระภาษี สามารถชำระได้ที่กองคลัง ที่ทำการ อบต.แม่ลานคำ ในวันและเวลาราชการ หรือสอบถามยอดภาษีได้ทางโทรศัพท์ 0 5395 4120 ต่อ 13

## 36 activity 2023-08-12 09:00 mothers-day-2566 - | วันแม่ | ณัฐนันท์ ปัญญาวงค์ | trix
T: กิจกรรมเฉลิมพระเกียรติ เนื่องในวันเฉลิมพระชนมพรรษา สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง 12 สิงหาคม 2566
วันเสาร์ที่ 12 สิงหาคม 2566 คณะผู้บริหาร สมาชิกสภา พนักงาน และประชาชนตำบลแม่ลานคำ ร่วมพิธีทำบุญตักบาตรถวายพระราชกุศล และพิธีถวายพระพรชัยมงคล ณ หอประชุมองค์การบริหารส่วนตำบลแม่ลานคำ
ในช่วงบ่ายศูนย์พัฒนาเด็กเล็กบ้านแม่ลานจัดกิจกรรมให้เด็ก ๆ มอบพวงมาลัยและกราบขอบคุณคุณแม่ ท่ามกลางบรรยากาศอบอุ่น
G: พิธีทำบุญตักบาตรถวายพระราชกุศล ณ ลานหน้าหอประชุม
G: นายก อบต.แม่ลานคำ นำกล่าวถวายพระพรชัยมงคล
G: เด็กศูนย์พัฒนาเด็กเล็กบ้านแม่ลานกราบคุณแม่
G: ผู้ร่วมงานถ่ายภาพร่วมกันหน้าพระบรมฉายาลักษณ์

## 38 procurement 2023-09-06 14:30 road-repair-moo2-moo3 - | ถนน,จัดซื้อจัดจ้าง | กองคลัง (งานพัสดุ) | trix
T: ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมถนนลูกรังสายบ้านห้วยคำ - บ้านป่าตึง หมู่ที่ 2 และหมู่ที่ 3 โดยวิธีเฉพาะเจาะจง
ตามที่องค์การบริหารส่วนตำบลแม่ลานคำมีโครงการจ้างเหมาซ่อมแซมถนนลูกรังสายบ้านห้วยคำ - บ้านป่าตึง ระยะทาง 1,850 เมตร โดยวิธีเฉพาะเจาะจง นั้น ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ดอยผาแดงก่อสร้าง เสนอราคาเป็นเงินทั้งสิ้น 248,000 บาท (สองแสนสี่หมื่นแปดพันบาทถ้วน) ซึ่งรวมภาษีมูลค่าเพิ่มและค่าใช้จ่ายอื่น ๆ ทั้งปวงแล้ว
รายละเอียดตามเอกสารแนบท้ายประกาศนี้
D: ประกาศผู้ชนะการเสนอราคา|winner-road-moo2-moo3.pdf

## 41 news 2023-10-05 11:00 dengue-campaign - | ไข้เลือดออก,สาธารณสุข | สุริยา คำมูล | word
T: รณรงค์กำจัดลูกน้ำยุงลาย ป้องกันโรคไข้เลือดออก ช่วงปลายฤดูฝน
กองสาธารณสุขและสิ่งแวดล้อม อบต.แม่ลานคำ ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลแม่ลานคำ และอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ออกรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลายในหมู่ที่ 1, 5 และ 7 ซึ่งเป็นพื้นที่ที่พบผู้ป่วยสะสมมากที่สุดของตำบลในปีนี้
เจ้าหน้าที่ได้แจกทรายกำจัดลูกน้ำ (ทรายอะเบท) ให้ทุกครัวเรือน พร้อมพ่นหมอกควันในรัศมี 100 เมตร รอบบ้านผู้ป่วย และสำรวจค่าดัชนีลูกน้ำยุงลายในโรงเรียนและวัดทุกแห่งในตำบล
F: อสม. บ้านสันต้นเปา สำรวจภาชนะขังน้ำภายในบ้านเรือน
ขอความร่วมมือประชาชนปฏิบัติตามมาตรการ 3 เก็บ ป้องกัน 3 โรค ได้แก่ เก็บบ้านให้สะอาด เก็บขยะให้เกลี้ยง และเก็บน้ำให้มิดชิด หากมีอาการไข้สูงลอยติดต่อกันเกิน 2 วัน ควรรีบไปพบแพทย์

## 43 activity 2023-10-23 08:45 - - | วันปิยมหาราช | ณัฐนันท์ ปัญญาวงค์ | blocks
T: พิธีวางพวงมาลาถวายราชสักการะ เนื่องในวันปิยมหาราช ประจำปี 2566
วันจันทร์ที่ 23 ตุลาคม 2566 นายบุญเรือง คำแสน นายกองค์การบริหารส่วนตำบลแม่ลานคำ นำคณะผู้บริหาร พนักงาน และผู้นำชุมชน ร่วมพิธีวางพวงมาลาถวายราชสักการะพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว ณ ที่ว่าการอำเภอดอยผาแดง
G: นายก อบต.แม่ลานคำ วางพวงมาลาหน้าพระบรมรูป
G: คณะผู้บริหารและพนักงานร่วมยืนสงบนิ่งถวายราชสักการะ
G: ผู้นำชุมชนทั้ง 9 หมู่บ้านร่วมพิธี

## 45 announcement 2023-11-10 10:00 elderly-allowance-2568 - | ผู้สูงอายุ,เบี้ยยังชีพ | กองสวัสดิการสังคม | blocks
T: ประกาศ เรื่อง การรับลงทะเบียนผู้สูงอายุเพื่อขอรับเงินเบี้ยยังชีพ ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลแม่ลานคำ ขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ ในปีงบประมาณ พ.ศ. 2568 (เกิดระหว่างวันที่ 2 ตุลาคม 2507 ถึงวันที่ 1 ตุลาคม 2508) และมีภูมิลำเนาอยู่ในตำบลแม่ลานคำ มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ
ผู้ประสงค์จะลงทะเบียนให้ยื่นคำขอด้วยตนเองได้ที่กองสวัสดิการสังคม ตั้งแต่บัดนี้จนถึงวันที่ 30 พฤศจิกายน 2566 ในวันและเวลาราชการ โดยนำบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารมาแสดง
กรณีผู้สูงอายุป่วยติดเตียงหรือไม่สามารถเดินทางมาได้ สามารถมอบอำนาจให้ผู้อื่นมาดำเนินการแทน หรือแจ้งผู้ใหญ่บ้านเพื่อประสานเจ้าหน้าที่ออกไปรับลงทะเบียนถึงบ้าน
S: ประกาศ ณ วันที่ 10 พฤศจิกายน พ.ศ. 2566
S: (นายบุญเรือง คำแสน)
S: นายกองค์การบริหารส่วนตำบลแม่ลานคำ
D: ประกาศรับลงทะเบียนผู้สูงอายุ|elderly-allowance-2568.pdf
D: แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ|แบบคำขอเบี้ยยังชีพผู้สูงอายุ.pdf

## 47 activity 2023-11-27 20:30 yi-peng-2566 - | ยี่เป็ง,ประเพณี | ณัฐนันท์ ปัญญาวงค์ | trix
T: สืบสานประเพณียี่เป็ง ลอยกระทงริมน้ำแม่ลาน ประจำปี 2566
คืนวันจันทร์ที่ 27 พฤศจิกายน 2566 องค์การบริหารส่วนตำบลแม่ลานคำจัดงานสืบสานประเพณียี่เป็ง ณ ท่าน้ำบ้านแม่ลาน หมู่ที่ 1 มีประชาชนและนักท่องเที่ยวร่วมงานกว่า 2,000 คน
ภายในงานมีการประกวดกระทงใหญ่จากวัสดุธรรมชาติ การประกวดโคมล้านนา การจุดผางประทีปถวายเป็นพุทธบูชา และการแสดงฟ้อนเล็บของนักเรียนโรงเรียนบ้านแม่ลาน โดยกระทงใหญ่ของบ้านทุ่งหลวง หมู่ที่ 6 ได้รับรางวัลชนะเลิศ
G: ขบวนแห่กระทงใหญ่เคลื่อนผ่านถนนกลางหมู่บ้าน
G: กระทงใหญ่ชนะเลิศของบ้านทุ่งหลวง
G: การแสดงฟ้อนเล็บของนักเรียนโรงเรียนบ้านแม่ลาน
G: ประชาชนจุดผางประทีปริมน้ำแม่ลาน
G: โคมล้านนาที่ส่งเข้าประกวด

## 52 procurement 2024-01-09 13:00 e-bidding-road-moo4 - | ถนน,e-bidding,จัดซื้อจัดจ้าง | กองช่าง | blocks
T: ประกาศ ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดอยผาแดง หมู่ที่ 4 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
องค์การบริหารส่วนตำบลแม่ลานคำมีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดอยผาแดง หมู่ที่ 4 ขนาดกว้าง 5 เมตร ยาว 640 เมตร หนา 0.15 เมตร ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 2,145,000 บาท
ผู้สนใจสามารถขอรับเอกสารประกวดราคาและยื่นข้อเสนอทางระบบจัดซื้อจัดจ้างภาครัฐ www.gprocurement.go.th ระหว่างวันที่ 9 - 17 มกราคม 2567
D: ประกาศและเอกสารประกวดราคา (e-bidding)|e-bidding-road-moo4-2567.pdf

## 53 activity 2024-01-13 10:30 childrens-day-2567 - | วันเด็ก | ณัฐนันท์ ปัญญาวงค์ | trix
T: งานวันเด็กแห่งชาติ ตำบลแม่ลานคำ ประจำปี 2567
วันเสาร์ที่ 13 มกราคม 2567 อบต.แม่ลานคำ จัดงานวันเด็กแห่งชาติ ณ สนามกีฬาโรงเรียนบ้านห้วยคำ มีเด็กและผู้ปกครองจากทั้ง 9 หมู่บ้านร่วมงานกว่า 800 คน
กิจกรรมภายในงานประกอบด้วยการแสดงบนเวทีของเด็กศูนย์พัฒนาเด็กเล็ก ซุ้มเกมจากส่วนราชการและร้านค้าในตำบล การสาธิตรถดับเพลิงของงานป้องกันและบรรเทาสาธารณภัย และการจับสลากมอบทุนการศึกษา 30 ทุน
G: นายก อบต.แม่ลานคำ กล่าวเปิดงานวันเด็ก
G: ซุ้มเกมของกองการศึกษา ศาสนาและวัฒนธรรม
G: เด็ก ๆ ทดลองฉีดน้ำจากรถดับเพลิง
G: มอบทุนการศึกษาแก่นักเรียนที่ประพฤติดี

## 55 news 2024-02-15 09:20 land-tax-2567 tax-2567 | ภาษี | ณัฐนันท์ ปัญญาวงค์ | blocks
T: ประชาสัมพันธ์ การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567
กองคลัง องค์การบริหารส่วนตำบลแม่ลานคำ ได้จัดส่งหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง (ภ.ด.ส.6) ประจำปี 2567 ให้แก่ผู้เสียภาษีทุกรายแล้ว ขอให้ผู้เสียภาษีชำระภาษีภายในวันที่ 30 เมษายน 2567
ผู้เป็นเจ้าของป้ายที่ติดตั้งในเขตตำบลแม่ลานคำ ต้องยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567 หากยื่นเกินกำหนดจะต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย
ปีนี้ผู้เสียภาษีสามารถชำระผ่านการสแกนคิวอาร์โค้ดพร้อมเพย์ที่พิมพ์อยู่ในหนังสือแจ้งการประเมินได้ โดยไม่ต้องเดินทางมาที่ทำการ อบต.
E: Land and building tax for 2024 is due by 30 April 2024 and signboard tax returns by 31 March 2024; this year the tax can also be paid with the PromptPay QR code printed on the assessment notice.

## 57 news 2024-03-12 10:15 - - | ไฟป่า,หมอกควัน,สาธารณภัย | สุริยา คำมูล | trix
T: อบต.แม่ลานคำ ตั้งจุดเฝ้าระวังไฟป่าและหมอกควัน พร้อมจัดทำแนวกันไฟรอบดอยผาแดง
เนื่องจากเข้าสู่ช่วงฤดูแล้ง ค่าฝุ่นละอองขนาดเล็ก PM2.5 ในพื้นที่อำเภอดอยผาแดงเกินค่ามาตรฐานติดต่อกันหลายวัน องค์การบริหารส่วนตำบลแม่ลานคำ จึงจัดตั้งจุดเฝ้าระวังไฟป่าจำนวน 3 จุด ที่บ้านดอยผาแดง บ้านปางไม้แดง และบ้านโป่งน้ำร้อน ประจำการตลอด 24 ชั่วโมง
F: จุดเฝ้าระวังไฟป่าบ้านปางไม้แดง หมู่ที่ 9
เมื่อวันที่ 9 มีนาคม 2567 เจ้าหน้าที่ อบต. อาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) และราษฎรอาสา ร่วมกันจัดทำแนวกันไฟรอบป่าชุมชนดอยผาแดง ระยะทางกว่า 6 กิโลเมตร
F: อปพร. และราษฎรอาสาช่วยกันทำแนวกันไฟรอบป่าชุมชน
ขอความร่วมมือประชาชนงดเผาเศษวัสดุการเกษตรและขยะทุกชนิดจนถึงวันที่ 30 เมษายน 2567 หากพบเห็นการลักลอบเผาหรือไฟป่า แจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.แม่ลานคำ โทร. 0 5395 4199
E: Three wildfire watch points now operate around the clock, and a firebreak of more than 6 km has been cut around the Doi Pha Daeng community forest. Please do not burn anything until 30 April 2024.

## 58 announcement 2024-03-20 15:00 - - | ไฟป่า,หมอกควัน | สำนักปลัด (งานป้องกันและบรรเทาสาธารณภัย) | trix
T: ประกาศ อบต.แม่ลานคำ เรื่อง ห้ามเผาในที่โล่งทุกชนิด ช่วงวันที่ 20 มีนาคม - 30 เมษายน 2567
ด้วยจังหวัดผาเหนือได้ประกาศให้ช่วงวันที่ 1 มีนาคม ถึงวันที่ 30 เมษายน 2567 เป็นช่วงห้ามเผาเด็ดขาด เพื่อป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน องค์การบริหารส่วนตำบลแม่ลานคำจึงขอประกาศห้ามเผาในที่โล่งทุกชนิดในเขตตำบลแม่ลานคำ
ผู้ใดฝ่าฝืนจะมีความผิดตามพระราชบัญญัติการสาธารณสุข พ.ศ. 2535 และพระราชบัญญัติป่าไม้ พ.ศ. 2484 ต้องระวางโทษจำคุกหรือปรับ หรือทั้งจำทั้งปรับ
S: ประกาศ ณ วันที่ 20 มีนาคม พ.ศ. 2567
S: (นายบุญเรือง คำแสน)
S: นายกองค์การบริหารส่วนตำบลแม่ลานคำ

## 60 procurement 2024-04-02 11:40 school-milk-term1-2567 - | จัดซื้อจัดจ้าง,การศึกษา | กองการศึกษา ศาสนาและวัฒนธรรม | trix
T: ประกาศผู้ชนะการเสนอราคา ซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ 1 ปีการศึกษา 2567
องค์การบริหารส่วนตำบลแม่ลานคำได้คัดเลือกสหกรณ์โคนมดอยผาแดง จำกัด เป็นผู้ชนะการเสนอราคาซื้ออาหารเสริม (นม) สำหรับศูนย์พัฒนาเด็กเล็ก 2 แห่ง และโรงเรียนในสังกัด สพฐ. 4 แห่ง รวม 612 คน เป็นเงินทั้งสิ้น 428,706.40 บาท
D: ประกาศผู้ชนะการเสนอราคา อาหารเสริม (นม) ภาคเรียนที่ 1/2567|winner-school-milk-1-2567.pdf

## 62 activity 2024-04-12 09:30 pi-mai-muang-2567 - | สงกรานต์,ประเพณี,ผู้สูงอายุ | ณัฐนันท์ ปัญญาวงค์ | trix
T: สืบสานประเพณีปี๋ใหม่เมือง รดน้ำดำหัวผู้สูงอายุ ประจำปี 2567
วันศุกร์ที่ 12 เมษายน 2567 องค์การบริหารส่วนตำบลแม่ลานคำ จัดพิธีรดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีปี๋ใหม่เมือง ณ ลานวัดแม่ลานคำ โดยมีผู้สูงอายุจากชมรมผู้สูงอายุทั้ง 9 หมู่บ้านเข้าร่วมกว่า 350 คน
ก่อนพิธีมีขบวนแห่ไม้ค้ำโพธิ์และขบวนตุงจากทุกหมู่บ้าน พร้อมการประกวดขบวนแห่ ซึ่งบ้านสันต้นเปา หมู่ที่ 5 คว้ารางวัลชนะเลิศ
G: ขบวนแห่ไม้ค้ำโพธิ์ของบ้านสันต้นเปา
G: ผู้บริหาร อบต. รดน้ำดำหัวขอพรผู้สูงอายุ
G: ผู้สูงอายุผูกข้อมือให้พรแก่ลูกหลาน
G: การแสดงฟ้อนเจิงของกลุ่มเยาวชน
G: ขบวนตุงล้านนาจากหมู่บ้านต่าง ๆ
E: The Pi Mai Mueang (Songkran) water-pouring ceremony for more than 350 elders from all 9 villages was held at Wat Mae Lan Kham.

## 63 announcement 2024-05-07 08:30 child-center-enrolment-2567 - | การศึกษา | กองการศึกษา ศาสนาและวัฒนธรรม | word
T: ประกาศรับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็ก อบต.แม่ลานคำ ปีการศึกษา 2567
ศูนย์พัฒนาเด็กเล็กบ้านแม่ลานและศูนย์พัฒนาเด็กเล็กบ้านทุ่งหลวง เปิดรับสมัครเด็กที่มีอายุ 2 ปีบริบูรณ์ ถึง 3 ปี (เกิดระหว่างวันที่ 16 พฤษภาคม 2564 ถึงวันที่ 15 พฤษภาคม 2565) เข้าเรียนในปีการศึกษา 2567 รวม 50 คน
รับสมัครระหว่างวันที่ 7 - 24 พฤษภาคม 2567 เวลา 08.30 - 16.30 น. ณ ศูนย์พัฒนาเด็กเล็กทั้งสองแห่ง หลักฐานการสมัคร ได้แก่ สำเนาสูติบัตร สำเนาทะเบียนบ้าน และสมุดบันทึกสุขภาพแม่และเด็ก โดยไม่เสียค่าใช้จ่ายใด ๆ
เด็กทุกคนจะได้รับอาหารกลางวัน อาหารว่าง และนม ตลอดปีการศึกษา
D: ใบสมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2567|ใบสมัคร ศพด. 2567.pdf

## 66 news 2024-06-05 14:10 - - | สิ่งแวดล้อม | สุริยา คำมูล | word
T: วันสิ่งแวดล้อมโลก 2567 ชาวแม่ลานคำร่วมปลูกต้นไม้ 1,500 ต้น ในป่าชุมชนห้วยคำ
เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 องค์การบริหารส่วนตำบลแม่ลานคำ ร่วมกับหน่วยป้องกันรักษาป่าดอยผาแดง โรงเรียนในพื้นที่ และจิตอาสา จัดกิจกรรมปลูกต้นไม้ในป่าชุมชนบ้านห้วยคำ หมู่ที่ 2
F: นักเรียนและจิตอาสาร่วมปลูกกล้าไม้ในป่าชุมชนบ้านห้วยคำ
กล้าไม้ที่ปลูกจำนวน 1,500 ต้น ได้รับการสนับสนุนจากศูนย์เพาะชำกล้าไม้จังหวัดผาเหนือ ประกอบด้วยต้นสัก ยางนา มะค่าโมง และไผ่ ซึ่งชาวบ้านห้วยคำจะช่วยกันดูแลรดน้ำในช่วงหน้าแล้งแรก
นายก อบต.แม่ลานคำ กล่าวว่า ป่าชุมชนห้วยคำเป็นแหล่งต้นน้ำของลำห้วยที่หล่อเลี้ยงนาข้าวของสามหมู่บ้าน การฟื้นฟูป่าจึงเป็นการลงทุนเพื่อคนรุ่นหลัง

## 68 procurement 2024-07-03 10:05 - - | จัดซื้อจัดจ้าง,สาธารณสุข | กองคลัง (งานพัสดุ) | blocks
T: ประกาศ เผยแพร่แผนการจัดซื้อจัดจ้าง ซื้อเครื่องพ่นหมอกควันกำจัดยุง จำนวน 2 เครื่อง ประจำปีงบประมาณ พ.ศ. 2567
องค์การบริหารส่วนตำบลแม่ลานคำ ขอเผยแพร่แผนการจัดซื้อเครื่องพ่นหมอกควันกำจัดยุง จำนวน 2 เครื่อง วงเงินงบประมาณ 118,000 บาท ตามข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 โดยคาดว่าจะจัดซื้อในเดือนกรกฎาคม 2567
สอบถามรายละเอียดเพิ่มเติมได้ที่งานพัสดุ กองคลัง โทร. 0 5395 4120 ต่อ 14
D: แผนการจัดซื้อจัดจ้าง เครื่องพ่นหมอกควัน|plan-fogging-machine-2567.pdf

## 70 news 2024-07-22 13:30 waste-bank zero-waste | ขยะ,สิ่งแวดล้อม | สุริยา คำมูล | trix
T: เปิดธนาคารขยะชุมชนแห่งแรกของตำบล ที่บ้านสันต้นเปา หมู่ที่ 5
วันจันทร์ที่ 22 กรกฎาคม 2567 กองสาธารณสุขและสิ่งแวดล้อม อบต.แม่ลานคำ เปิดธนาคารขยะชุมชนบ้านสันต้นเปา หมู่ที่ 5 ซึ่งเป็นธนาคารขยะแห่งแรกของตำบล มีสมาชิกที่สมัครเปิดบัญชีในวันแรก 64 ครัวเรือน
F: สมาชิกนำขวดพลาสติกและกระดาษมาชั่งน้ำหนักเพื่อฝากเข้าบัญชี
สมาชิกสามารถนำขยะรีไซเคิล เช่น ขวดพลาสติก กระป๋องอะลูมิเนียม กระดาษลัง และเศษเหล็ก มาฝากได้ทุกวันจันทร์ที่สองและสี่ของเดือน ราคารับซื้ออ้างอิงจากร้านรับซื้อของเก่าในอำเภอ และสามารถถอนเป็นเงินสดได้เมื่อครบ 3 เดือน
อบต.แม่ลานคำตั้งเป้าขยายธนาคารขยะให้ครบทุกหมู่บ้านภายในปี 2568 เพื่อลดปริมาณขยะที่ต้องนำไปกำจัดที่บ่อฝังกลบของอำเภอ

## 72 activity 2024-08-12 09:15 - - | วันแม่ | ณัฐนันท์ ปัญญาวงค์ | trix
T: กิจกรรมวันแม่แห่งชาติ ประจำปี 2567 และมอบเกียรติบัตรแม่ดีเด่นตำบลแม่ลานคำ
วันจันทร์ที่ 12 สิงหาคม 2567 อบต.แม่ลานคำ จัดพิธีทำบุญตักบาตร พิธีถวายพระพรชัยมงคล และมอบเกียรติบัตรแก่แม่ดีเด่นประจำหมู่บ้าน จำนวน 9 ท่าน ณ หอประชุม อบต.แม่ลานคำ
G: พิธีทำบุญตักบาตรถวายพระราชกุศล
G: มอบเกียรติบัตรแม่ดีเด่นประจำปี 2567
G: แม่ดีเด่นทั้ง 9 หมู่บ้านถ่ายภาพร่วมกับคณะผู้บริหาร
G: เด็กศูนย์พัฒนาเด็กเล็กมอบพวงมาลัยแก่คุณแม่

## 74 news 2024-09-02 16:45 flash-flood-warning - | สาธารณภัย,น้ำป่า | ณัฐนันท์ ปัญญาวงค์ | blocks
T: แจ้งเตือนประชาชนเฝ้าระวังน้ำป่าไหลหลากและดินโคลนถล่ม ช่วงวันที่ 2 - 8 กันยายน 2567
ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.แม่ลานคำ ได้รับแจ้งจากสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดผาเหนือว่า ในช่วงวันที่ 2 - 8 กันยายน 2567 จะมีฝนตกหนักถึงหนักมากในพื้นที่ภาคเหนือตอนบน
ขอให้ประชาชนที่อาศัยอยู่ริมลำน้ำแม่ลานและเชิงเขา โดยเฉพาะบ้านดอยผาแดง หมู่ที่ 4 และบ้านปางไม้แดง หมู่ที่ 9 ติดตามข่าวสารอย่างใกล้ชิด เตรียมขนย้ายสิ่งของขึ้นที่สูง และสังเกตสัญญาณเตือน เช่น น้ำในลำห้วยขุ่นข้นผิดปกติ หรือมีเสียงดังผิดปกติจากภูเขา
หากเกิดเหตุฉุกเฉิน แจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.แม่ลานคำ โทร. 0 5395 4199 หรือสายด่วน 1784 ตลอด 24 ชั่วโมง
E: Heavy rain is forecast for 2-8 September 2024. Residents along the Mae Lan stream and in the foothills, especially in Moo 4 and Moo 9, should prepare to move belongings to higher ground.

## 75 announcement 2024-09-12 11:00 waste-bank-schedule-q4 - | ขยะ | กองสาธารณสุขและสิ่งแวดล้อม | trix
T: ประกาศ กำหนดวันเปิดรับฝากขยะ ธนาคารขยะชุมชนบ้านสันต้นเปา ไตรมาสที่ 4 ปี 2567
ตามที่ อบต.แม่ลานคำ ได้เปิด[ธนาคารขยะชุมชนบ้านสันต้นเปา](/th/news/70-zero-waste) เมื่อเดือนกรกฎาคม 2567 นั้น ขอแจ้งกำหนดวันเปิดรับฝากขยะในไตรมาสที่ 4 ได้แก่ วันที่ 14 และ 28 ตุลาคม วันที่ 11 และ 25 พฤศจิกายน และวันที่ 9 และ 23 ธันวาคม 2567 เวลา 09.00 - 12.00 น.
ตั้งแต่เดือนตุลาคมเป็นต้นไป ธนาคารขยะจะรับฝากน้ำมันพืชใช้แล้วเพิ่มอีกหนึ่งประเภท เพื่อนำไปผลิตเป็นน้ำมันไบโอดีเซล
S: ประกาศ ณ วันที่ 12 กันยายน พ.ศ. 2567
S: (นายบุญเรือง คำแสน)
S: นายกองค์การบริหารส่วนตำบลแม่ลานคำ
"""

PREFIX = {"S:": "S", "F:": "F", "G:": "G", "D:": "D"}


def _parse(spec: str) -> tuple[Post, ...]:
    out = []
    for chunk in re.split(r"^## ", spec.strip(), flags=re.M):
        if not chunk.strip():
            continue
        head, *lines = chunk.strip().splitlines()
        left, tags, who, style = (x.strip() for x in head.split("|"))
        pid, kind, day, hm, slug, old = left.split()
        title, en, items = "", "", []
        for line in lines:
            line = line.strip()
            if line.startswith("T:"):
                title = line[2:].strip()
            elif line.startswith("E:"):
                en = line[2:].strip()
            elif line[:2] in PREFIX:
                items.append((PREFIX[line[:2]], line[2:].strip()))
            elif line:
                items.append(("P", line))
        out.append(
            Post(
                int(pid),
                kind,
                day,
                hm,
                "" if slug == "-" else slug,
                "" if old == "-" else old,
                tuple(t for t in tags.split(",") if t),
                who,
                style,
                title,
                tuple(items),
                en,
            )
        )
    return tuple(sorted(out, key=lambda p: p.dt))


POSTS = _parse(SPEC)
NEWEST = tuple(reversed(POSTS))
BY_ID = {p.id: p for p in POSTS}
DELETED = {49: ("winter-blanket-drive", "2023-12-20T10:40:00+07:00")}  # in the sitemap only; 404
SOFT_404_ID = 12  # linked from post 31; never migrated from the old site
NOT_IN_SITEMAP = {p.id for p in NEWEST[:2]}
TWINS = tuple(p for p in NEWEST if p.en)
TAGS: dict[str, list[Post]] = {}
for _p in NEWEST:
    for _t in _p.tags:
        TAGS.setdefault(_t, []).append(_p)


def tag_path(tag: str, lang: str = "th") -> str:
    return f"/{lang}/tags/{quote(tag, safe='')}"


# -- standing pages, staff, ITA, events ---------------------------------------------------------------------
VILLAGES = (
    ("1", "บ้านแม่ลาน", "นายอินสม ปัญญาคำ", 1082),
    ("2", "บ้านห้วยคำ", "นายจำรัส ใจมา", 864),
    ("3", "บ้านป่าตึง", "นางบัวผัน ศรีคำ", 701),
    ("4", "บ้านดอยผาแดง", "นายทองดี แก้วมูล", 655),
    ("5", "บ้านสันต้นเปา", "นายสุพจน์ วงศ์ษา", 938),
    ("6", "บ้านทุ่งหลวง", "นายเสาร์แก้ว ปิงยศ", 812),
    ("7", "บ้านแม่ลานเหนือ", "นางสมพร อินต๊ะ", 597),
    ("8", "บ้านโป่งน้ำร้อน", "นายบุญมี ตาลาน", 624),
    ("9", "บ้านปางไม้แดง", "นายจะแฮ แสนคำ", 569),
)

STAFF = (
    (
        "คณะผู้บริหาร",
        "Executives",
        (
            (CHIEF, "นายกองค์การบริหารส่วนตำบลแม่ลานคำ", "054-012"),
            ("นายสมพงษ์ ใจปัญญา", "รองนายกองค์การบริหารส่วนตำบลแม่ลานคำ", "054-013"),
            ("นางศรีนวล ธรรมวงศ์", "รองนายกองค์การบริหารส่วนตำบลแม่ลานคำ", "054-014"),
            ("นายวิเชียร ปัญญาดี", "เลขานุการนายกองค์การบริหารส่วนตำบลแม่ลานคำ", "054-015"),
        ),
    ),
    (
        "หัวหน้าส่วนราชการ",
        "Heads of Divisions",
        (
            ("นางสาวพิมพ์ชนก อินทร์แก้ว", "ปลัดองค์การบริหารส่วนตำบลแม่ลานคำ", "054-021"),
            ("นายธนากร สุริยะวงศ์", "รองปลัดองค์การบริหารส่วนตำบลแม่ลานคำ", "054-022"),
            ("นางจันทร์เพ็ญ วงค์ใหญ่", "หัวหน้าสำนักปลัด", "054-023"),
            ("นางอรุณี ศรีวิชัย", "ผู้อำนวยการกองคลัง", "054-024"),
            ("นายประสิทธิ์ กันทะวงค์", "ผู้อำนวยการกองช่าง", "054-025"),
            ("นางสาวกาญจนา มูลเมือง", "ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม", "054-026"),
            ("นายเอกชัย ตาคำ", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", "054-027"),
            ("นางวันเพ็ญ ปิงเมือง", "ผู้อำนวยการกองสวัสดิการสังคม", "054-028"),
        ),
    ),
)

MISSIONS = (
    "พัฒนาโครงสร้างพื้นฐาน ถนน แหล่งน้ำ และระบบไฟฟ้าให้ทั่วถึงทั้ง 9 หมู่บ้าน",
    "ส่งเสริมอาชีพเกษตรปลอดภัย กาแฟ ลำไย และโคนม ตามหลักปรัชญาของเศรษฐกิจพอเพียง",
    "ส่งเสริมสุขภาพ การศึกษา และสวัสดิการของเด็ก ผู้สูงอายุ ผู้พิการ และผู้ด้อยโอกาส",
    "อนุรักษ์ป่าต้นน้ำ จัดการขยะและไฟป่าหมอกควันร่วมกับชุมชน",
    "สืบสานประเพณีและวัฒนธรรมล้านนา และบริหารงานอย่างโปร่งใส ตรวจสอบได้",
)
DUTIES = (
    "จัดให้มีและบำรุงรักษาทางน้ำและทางบก",
    "รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล",
    "ป้องกันโรคและระงับโรคติดต่อ",
    "ป้องกันและบรรเทาสาธารณภัย",
    "ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม",
    "ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ",
    "คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม",
    "บำรุงรักษาศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น",
)

PAGES = {  # slug -> (Thai title, English title, updated)
    "history": ("ประวัติความเป็นมา", "History", date(2023, 11, 2)),
    "vision": ("วิสัยทัศน์และพันธกิจ", "Vision and Mission", date(2024, 1, 8)),
    "authority": ("อำนาจหน้าที่", "Authority and Duties", date(2023, 6, 19)),
    "staff": ("บุคลากร", "Personnel", date(2024, 7, 1)),
    "contact": ("ติดต่อเรา", "Contact Us", date(2024, 5, 14)),
}

ITA_ITEMS = (  # n -> (title, description, kind of content)
    (1, "โครงสร้าง", "แผนผังโครงสร้างส่วนราชการของ อบต.แม่ลานคำ แสดงส่วนราชการและอัตรากำลังของแต่ละกอง", "staff"),
    (2, "ข้อมูลผู้บริหาร", "รายชื่อ ตำแหน่ง รูปถ่าย และช่องทางการติดต่อของผู้บริหารท้องถิ่นและหัวหน้าส่วนราชการ", "staff"),
    (3, "อำนาจหน้าที่", "อำนาจหน้าที่ขององค์การบริหารส่วนตำบลตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537", "authority"),
    (4, "แผนพัฒนาท้องถิ่น", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) และฉบับเพิ่มเติม/เปลี่ยนแปลง", "pdf"),
    (5, "ข้อมูลการติดต่อ", "ที่อยู่ หมายเลขโทรศัพท์ โทรสาร อีเมล และแผนที่ตั้งของที่ทำการ อบต.แม่ลานคำ", "contact"),
    (6, "กฎหมายที่เกี่ยวข้อง", "กฎหมาย ระเบียบ และข้อบัญญัติท้องถิ่นที่เกี่ยวข้องกับการปฏิบัติงาน", "pdf"),
    (7, "ข่าวประชาสัมพันธ์", "ข่าวประชาสัมพันธ์และประกาศต่าง ๆ ของ อบต.แม่ลานคำ ในปีงบประมาณ", "news"),
    (8, "Q&A", "ช่องทางถาม-ตอบข้อสงสัยของประชาชน และกระดานรับฟังความคิดเห็น", "contact"),
    (9, "Social Network", "ช่องทางสื่อสังคมออนไลน์ของ อบต.แม่ลานคำ ได้แก่ Facebook และ LINE Official Account", "social"),
    (10, "แผนดำเนินงานประจำปี", "แผนการดำเนินงานประจำปีงบประมาณ จำแนกตามยุทธศาสตร์การพัฒนา", "pdf"),
    (
        11,
        "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน",
        "รายงานความก้าวหน้าการดำเนินงานตามแผน ตั้งแต่เดือนตุลาคมถึงเดือนมีนาคม",
        "pdf",
    ),
    (12, "รายงานผลการดำเนินงานประจำปี", "รายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่นประจำปีงบประมาณ", "pdf"),
)
ITA_YEARS = (2567, 2566)
ITA_UPDATED = {2567: date(2024, 4, 30), 2566: date(2023, 4, 28)}
ITA_BROKEN = "/uploads/ita/2567/o11-report-6-months.pdf"

EVENTS = (  # id, date, time, title, place, text
    (
        21,
        "2024-08-30",
        "09.00 - 12.00 น.",
        "ประชุมประชาคมตำบล ทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
        "หอประชุม อบต.แม่ลานคำ",
        "เชิญผู้นำชุมชน ผู้แทนกลุ่มอาชีพ และประชาชนทั้ง 9 หมู่บ้าน ร่วมเสนอโครงการเพื่อบรรจุในแผนพัฒนาท้องถิ่น",
    ),
    (
        22,
        "2024-09-13",
        "09.30 - 15.00 น.",
        "ประชุมสภา อบต.แม่ลานคำ สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
        "ห้องประชุมสภา อบต.แม่ลานคำ",
        "พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 2 และวาระที่ 3",
    ),
    (
        23,
        "2024-09-25",
        "08.30 - 15.30 น.",
        "ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า หมู่ที่ 1 - 9",
        "ศาลาอเนกประสงค์ทุกหมู่บ้าน (ตามตารางนัดหมาย)",
        "ฉีดวัคซีนให้สุนัขและแมวโดยไม่เสียค่าใช้จ่าย เจ้าของสัตว์โปรดนำสมุดประจำตัวสัตว์มาด้วย",
    ),
    (
        24,
        "2024-10-13",
        "07.30 - 09.00 น.",
        "พิธีน้อมรำลึกในพระมหากรุณาธิคุณ เนื่องในวันคล้ายวันสวรรคต รัชกาลที่ 9",
        "หอประชุม อบต.แม่ลานคำ",
        "พิธีทำบุญตักบาตรและวางพานพุ่มดอกไม้สด ขอเชิญประชาชนแต่งกายชุดสุภาพโทนสีเหลือง",
    ),
    (
        25,
        "2024-10-23",
        "07.30 - 09.00 น.",
        "พิธีวางพวงมาลา เนื่องในวันปิยมหาราช ประจำปี 2567",
        "ที่ว่าการอำเภอดอยผาแดง",
        "คณะผู้บริหารและพนักงาน อบต.แม่ลานคำ ร่วมพิธีวางพวงมาลาถวายราชสักการะ",
    ),
    (
        26,
        "2024-11-15",
        "18.00 - 22.00 น.",
        "งานสืบสานประเพณียี่เป็ง ประจำปี 2567",
        "ท่าน้ำบ้านแม่ลาน หมู่ที่ 1",
        "ประกวดกระทงใหญ่ โคมล้านนา และการจุดผางประทีป ขอเชิญชวนประชาชนร่วมงาน",
    ),
)

SEARCH_WORDS = (
    "ภาษี",
    "ขยะ",
    "ผู้สูงอายุ",
    "ประกาศ",
    "ประเพณี",
    "ไฟป่า",
    "ถนน",
    "วัคซีน",
    "เด็ก",
    "น้ำ",
    "2567",
    "หมู่ที่",
    "โครงการ",
    "สิ่งแวดล้อม",
    "ศูนย์พัฒนาเด็กเล็ก",
)
POPULAR = ("ภาษีที่ดิน", "เบี้ยยังชีพ", "จัดซื้อจัดจ้าง", "ธนาคารขยะ")


# -- Rails/ActiveStorage look-alikes --------------------------------------------------------------------------
def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _marshal_int(n: int) -> bytes:
    """Ruby's Marshal.dump of a small Integer (what Rails 7.0 signs as a blob id)."""
    if n == 0:
        body = b"\x00"
    elif n < 123:
        body = bytes([n + 5])
    elif n < 256:
        body = b"\x01" + bytes([n])
    else:
        body = b"\x02" + n.to_bytes(2, "little")
    return b"\x04\x08i" + body


def signed(message: str, purpose: str, exp: str | None = None) -> str:
    """A MessageVerifier token: base64 of the metadata envelope, '--', a hex digest."""
    envelope = json.dumps({"_rails": {"message": message, "exp": exp, "pur": purpose}}, separators=(",", ":"))
    data = _b64(envelope.encode("ascii"))
    return f"{data}--{_h('sig:' + data)}"


def csrf_token(seed: str) -> str:
    raw = hashlib.sha512(f"{FAMILY}:csrf:{seed}".encode()).digest()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def session_cookie(seed: str) -> str:
    data = b"".join(hashlib.sha256(f"{FAMILY}:sess:{seed}:{i}".encode()).digest() for i in range(4))[:110]
    iv = hashlib.md5(f"iv:{seed}".encode()).digest()[:12]
    tag = hashlib.md5(f"tag:{seed}".encode()).digest()
    return quote(f"{_b64(data)}--{_b64(iv)}--{_b64(tag)}", safe="-")


def request_id(seed: str) -> str:
    h = hashlib.md5(f"{FAMILY}:rid:{seed}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def rails_headers(ctype: str = HTML, status: int = 200, cookie: bool = True, extra=()) -> tuple:
    h = [
        ("Content-Type", ctype),
        ("X-Frame-Options", "SAMEORIGIN"),
        ("X-XSS-Protection", "0"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Permitted-Cross-Domain-Policies", "none"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        *extra,
    ]
    if status == 200:
        h.append(("ETag", f'W/"{ETAG}"'))
        if ctype == HTML:  # Rails 7.0 preload_links_header for stylesheet_link_tag
            h.append(
                (
                    "Link",
                    f"<{BOOTSTRAP_CSS}>; rel=preload; as=style; nopush,<{ASSET['application.css']}>; rel=preload; as=style; nopush",
                )
            )
    if not any(k == "Cache-Control" for k, _ in extra):
        h.append(("Cache-Control", "max-age=0, private, must-revalidate" if status == 200 else "no-cache"))
    if cookie:
        h.append(("Set-Cookie", f"_abt_session={SESSION}; path=/; HttpOnly; SameSite=Lax"))
    h += [("X-Request-Id", RID), ("X-Runtime", RUNTIME), ("X-Powered-By", PASSENGER)]
    return tuple(h)


class RailsSite(FixtureSite):
    """Every Rails answer gets its own request id, runtime, session cookie, CSRF tokens and ETag.

    The values are a fixed series per URL (the n-th request of a URL gets the n-th values), so two builds
    answer the same request sequence identically while no two fetches of a page are byte-identical.
    """

    _served: dict[str, int]
    _lock: threading.Lock

    def route(self, path_and_query: str) -> Response | None:
        found = super().route(path_and_query)
        if found is None or found.header("X-Request-Id") != RID:
            return found
        key = route_key(path_and_query)
        with self._lock:
            n = self._served.get(key, 0)
            self._served[key] = n + 1
        seed = f"{key}#{n}"
        body = found.body
        if CSRF.encode() in body:
            parts = body.split(CSRF.encode())
            body = parts[0] + b"".join(
                csrf_token(f"{seed}:{i}").encode("ascii") + part for i, part in enumerate(parts[1:])
            )
        headers = []
        for name, value in found.headers:
            if name == "X-Request-Id":
                value = request_id(seed)
            elif name == "X-Runtime":
                value = f"0.{18000 + _num('rt:' + seed, 160000):06d}"
            elif name == "ETag":
                value = f'W/"{hashlib.md5(body).hexdigest()}"'
            elif name == "Set-Cookie":
                value = value.replace(SESSION, session_cookie(seed))
            headers.append((name, value))
        return Response(found.status, tuple(headers), body)


# -- the CMS ---------------------------------------------------------------------------------------------
class Rails:
    def __init__(self, site: RailsSite) -> None:
        self.site = site
        self.b = site.base_url
        self.non_articles: list[str] = []
        self.blob_seq = 211
        self.photos: dict[str, tuple[str, str]] = {}  # seed -> (blob redirect path, representation path)

    def u(self, path: str) -> str:
        return self.b + path

    def add(self, path: str, resp: Response, non_article: bool = False) -> None:
        self.site.add(path, resp)
        if non_article:
            self.non_articles.append(self.u(path))

    # -- responses ---------------------------------------------------------------------------------------
    @staticmethod
    def html(text: str, status: int = 200, extra=()) -> Response:
        return Response(status, rails_headers(HTML, status, extra=extra), text.encode("utf-8"))

    def redirect(self, path: str, status: int = 302, extra=()) -> Response:
        loc = self.u(path) if path.startswith("/") else path
        body = f'<html><body>You are being <a href="{attr(loc)}">redirected</a>.</body></html>'
        headers = rails_headers(HTML, status, extra=(("Location", loc), *extra))
        return Response(status, headers, body.encode("utf-8"))

    @staticmethod
    def rails_404() -> Response:
        return Response(404, rails_headers(HTML, 404, cookie=False), PUBLIC_404.encode("utf-8"))

    # -- ActiveStorage -----------------------------------------------------------------------------------
    def blob(self, filename: str, body: bytes, ctype: str, modified: datetime) -> str:
        """Register a blob (redirect + disk routes) and return its redirect path."""
        self.blob_seq += 1
        bid = self.blob_seq
        sid = signed(_b64(_marshal_int(bid)), "blob_id")
        fn = quote(filename)
        key = "".join("abcdefghijklmnopqrstuvwxyz0123456789"[int(c, 16) * 2 % 36] for c in _h(f"key:{bid}", 28))
        disk = self.disk_path(key, filename, ctype)
        redirect_path = f"/rails/active_storage/blobs/redirect/{sid}/{fn}"
        self.site.add(redirect_path, self.redirect(disk, extra=(("Cache-Control", "max-age=300, private"),)))
        self.site.add(disk, self.disk_file(body, ctype, filename, modified))
        return redirect_path

    def disk_path(self, key: str, filename: str, ctype: str) -> str:
        disposition = f"inline; filename=\"{quote(filename)}\"; filename*=UTF-8''{quote(filename)}"
        inner = json.dumps(
            {"key": key, "disposition": disposition, "content_type": ctype, "service_name": "local"},
            separators=(",", ":"),
        )
        return f"/rails/active_storage/disk/{signed(_b64(inner.encode()), 'blob_key', EXPIRES)}/{quote(filename)}"

    @staticmethod
    def disk_file(body: bytes, ctype: str, filename: str, modified: datetime) -> Response:
        base = static_file(body, ctype, modified)
        disposition = f"inline; filename=\"{quote(filename)}\"; filename*=UTF-8''{quote(filename)}"
        rails = tuple(h for h in rails_headers(ctype, 0, cookie=False) if h[0] not in ("Content-Type", "Cache-Control"))
        extra = (("Content-Disposition", disposition), ("Cache-Control", "max-age=3155695200, public"))
        return Response(200, base.headers + extra + rails, body)

    def photo(self, seed: str, filename: str, modified: datetime) -> tuple[str, str]:
        """An image blob: (full-size blob redirect path, 600px representation redirect path)."""
        if seed in self.photos:
            return self.photos[seed]
        full = self.blob(filename, jpeg(1200, 800), "image/jpeg", modified)
        sid = full.split("/")[5]
        variant = signed(_b64(b"\x04\x08{\x06:\x14resize_to_limit[\x07i\x02X\x02i\x02\x90\x01"), "variation")
        rep = f"/rails/active_storage/representations/redirect/{sid}/{variant}/{quote(filename)}"
        key = "".join("abcdefghijklmnopqrstuvwxyz0123456789"[int(c, 16) * 3 % 36] for c in _h(f"var:{seed}", 28))
        disk = self.disk_path(f"variants/{key}/{_h('v' + seed, 64)}", filename, "image/jpeg")
        self.site.add(rep, self.redirect(disk, extra=(("Cache-Control", "max-age=300, private"),)))
        self.site.add(disk, self.disk_file(jpeg(600, 400), "image/jpeg", filename, modified))
        self.photos[seed] = (full, rep)
        return full, rep

    def post_photos(self, p: Post) -> dict[str, tuple[str, str]]:
        """Cover, ActionText and gallery photos of a post, keyed 'cover', 'F0', 'G3'..."""
        out: dict[str, tuple[str, str]] = {}
        stamp = p.dt.strftime("%Y%m%d")
        hms = int(p.dt.strftime("%H%M%S"))
        if p.kind == "news":
            out["cover"] = self.photo(f"{p.id}:cover", f"cover_{p.id}_{stamp}.jpg", p.dt)
        figs = [t for k, t in p.items if k == "F"]
        for i, _cap in enumerate(figs):
            out[f"F{i}"] = self.photo(f"{p.id}:F{i}", f"IMG_{stamp}_{hms + 137 * (i + 1):06d}.jpg", p.dt)
        for i, _cap in enumerate(p.gallery):
            if p.id % 2:
                name = f"LINE_ALBUM_{KINDS[p.kind][0]} {p.d.year + 543 - 2500}_{stamp[2:]}_{i + 1}.jpg"
            else:
                name = f"IMG_{stamp}_{hms + 211 * (i + 1):06d}.jpg"
            out[f"G{i}"] = self.photo(f"{p.id}:G{i}", name, p.dt)
        if p.kind == "activity":
            out["cover"] = out["G0"]
        return out

    def pdf_blob(self, p: Post, label: str, filename: str) -> str:
        lines = [
            f"Mae Lan Kham SAO - post {p.id}",
            f"Published {p.day}",
            "Attachment of the notice (Thai text in the scan).",
        ]
        return self.blob(filename, pdf(f"maelankham {p.id}", lines), "application/pdf", p.dt)

    # -- layout ------------------------------------------------------------------------------------------
    def head(
        self, lang: str, title: str, desc: str, canonical: str = "", og_type: str = "website", extra: str = ""
    ) -> str:
        site_name = SHORT if lang == "th" else SHORT_EN
        canon = f'\n<link rel="canonical" href="{attr(self.u(canonical))}">' if canonical else ""
        og_url = f'\n<meta property="og:url" content="{attr(self.u(canonical))}">' if canonical else ""
        imports = {
            "imports": {
                "application": ASSET["application.js"],
                "@hotwired/turbo-rails": ASSET["turbo"],
                "@hotwired/stimulus": ASSET["stimulus"],
                "controllers": ASSET["controllers"],
            }
        }
        return f"""<!DOCTYPE html>
<html lang="{lang}">
  <head>
    <title>{esc(title)} | {esc(site_name)}</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="{CSRF}" />
    <meta name="description" content="{attr(desc)}">
    <meta property="og:site_name" content="{attr(SITE if lang == "th" else SITE_EN)}">
    <meta property="og:title" content="{attr(title)}">
    <meta property="og:type" content="{og_type}">{og_url}
    <meta property="og:locale" content="{"th_TH" if lang == "th" else "en_US"}">{canon}
    <meta name="turbo-cache-control" content="no-preview">
    <link rel="alternate" type="application/rss+xml" title="ข่าวสาร {SHORT}" href="{self.u("/th/news.rss")}">{extra}
    <link rel="stylesheet" href="{BOOTSTRAP_CSS}" integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
    <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;600&amp;display=swap">
    <link rel="stylesheet" href="{ASSET["application.css"]}" data-turbo-track="reload" />
    <script type="importmap" data-turbo-track="reload">{json.dumps(imports, indent=2)}</script>
<link rel="modulepreload" href="{ASSET["application.js"]}">
<link rel="modulepreload" href="{ASSET["turbo"]}">
<link rel="modulepreload" href="{ASSET["stimulus"]}">
<script type="module">import "application"</script>
    <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-YvpcrYf0tY3lHB60NNkmXc5s9fDVZLESaAA55NDzOxhy9GkcIdslK1eN7N6jIeHz" crossorigin="anonymous" defer></script>
  </head>
"""

    def header(self, lang: str, th_href: str, en_href: str) -> str:
        if lang == "th":
            switch = f'<li><a class="dropdown-item active" href="?locale=th">ภาษาไทย</a></li><li><a class="dropdown-item" href="{attr(en_href)}">English</a></li>'
            today = f"วัน{WEEKDAYS[TODAY.weekday()]}ที่ {thai_long(TODAY)}"
            about = "".join(
                f'<li><a class="dropdown-item" href="/th/pages/{s}">{esc(PAGES[s][0])}</a></li>'
                for s in ("history", "vision", "authority", "staff")
            )
            kinds = "".join(
                f'<li><a class="dropdown-item" href="/th/news?category={k}">{esc(v[0])}</a></li>'
                for k, v in KINDS.items()
            )
            menu = f"""<li class="nav-item"><a class="nav-link" href="/th">หน้าแรก</a></li>
          <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">เกี่ยวกับ อบต.</a>
            <ul class="dropdown-menu">{about}</ul></li>
          <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">ข่าวสาร</a>
            <ul class="dropdown-menu">{kinds}<li><hr class="dropdown-divider"></li><li><a class="dropdown-item" href="/th/news">ข่าวทั้งหมด</a></li></ul></li>
          <li class="nav-item"><a class="nav-link" href="/th/events">ปฏิทินกิจกรรม</a></li>
          <li class="nav-item"><a class="nav-link" href="/th/ita">ITA</a></li>
          <li class="nav-item"><a class="nav-link" href="/th/pages/contact">ติดต่อเรา</a></li>"""
            search = '<form class="d-flex" role="search" action="/th/search" accept-charset="UTF-8" method="get"><input class="form-control form-control-sm me-2" type="search" name="q" id="q" placeholder="ค้นหา..." aria-label="ค้นหา"><button class="btn btn-sm btn-light" type="submit"><i class="bi bi-search"></i></button></form>'
            name, sub, home = SITE, DISTRICT, "/th"
        else:
            switch = f'<li><a class="dropdown-item" href="{attr(th_href)}">ภาษาไทย</a></li><li><a class="dropdown-item active" href="?locale=en">English</a></li>'
            today = f"{TODAY.strftime('%A')}, {EN_MONTHS[TODAY.month - 1]} {TODAY.day}, {TODAY.year}"
            about = "".join(
                f'<li><a class="dropdown-item" href="/en/pages/{s}">{esc(PAGES[s][1])}</a></li>'
                for s in ("history", "vision", "authority", "staff")
            )
            menu = f"""<li class="nav-item"><a class="nav-link" href="/en">Home</a></li>
          <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">About</a>
            <ul class="dropdown-menu">{about}</ul></li>
          <li class="nav-item"><a class="nav-link" href="/en/news">News</a></li>
          <li class="nav-item"><a class="nav-link" href="/en/events">Calendar</a></li>
          <li class="nav-item"><a class="nav-link" href="/th/ita">ITA</a></li>
          <li class="nav-item"><a class="nav-link" href="/en/pages/contact">Contact</a></li>"""
            search = ""
            name, sub, home = SITE_EN, "Doi Pha Daeng District, Pha Nuea Province", "/en"
        return f"""  <body class="{lang}">
    <a class="visually-hidden-focusable" href="#main">{"ข้ามไปยังเนื้อหา" if lang == "th" else "Skip to content"}</a>
    <div class="topbar bg-success-subtle small py-1">
      <div class="container d-flex justify-content-between align-items-center">
        <span><i class="bi bi-telephone"></i> {PHONE} <span class="ms-3"><i class="bi bi-calendar-day"></i> {today}</span></span>
        <div class="dropdown">
          <button class="btn btn-sm btn-link dropdown-toggle text-decoration-none" type="button" data-bs-toggle="dropdown" aria-expanded="false"><i class="bi bi-translate"></i> {"ภาษาไทย" if lang == "th" else "English"}</button>
          <ul class="dropdown-menu dropdown-menu-end">{switch}</ul>
        </div>
      </div>
    </div>
    <div class="brand py-3">
      <div class="container d-flex align-items-center gap-3">
        <a href="{home}"><img src="{ASSET["logo"]}" alt="{attr(name)}" width="72" height="72"></a>
        <div><div class="h4 mb-0 fw-bold text-success">{esc(name)}</div><div class="text-muted">{esc(sub)}</div></div>
      </div>
    </div>
    <nav class="navbar navbar-expand-lg navbar-dark bg-success sticky-top" id="main-nav" data-turbo-permanent>
      <div class="container">
        <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navMain" aria-controls="navMain" aria-expanded="false" aria-label="menu"><span class="navbar-toggler-icon"></span></button>
        <div class="collapse navbar-collapse" id="navMain">
          <ul class="navbar-nav me-auto">
          {menu}
          </ul>
          {search}
        </div>
      </div>
    </nav>
"""

    def footer(self, lang: str) -> str:
        if lang == "th":
            popular = " ".join(
                f'<a class="badge rounded-pill text-bg-light text-decoration-none" href="/th/search?q={quote_plus(q)}">{esc(q)}</a>'
                for q in POPULAR
            )
            return f"""    <footer class="site-footer bg-dark text-light pt-5 pb-3 mt-5">
      <div class="container">
        <div class="row g-4">
          <div class="col-md-5">
            <h2 class="h6 fw-bold">{SITE}</h2>
            <address class="small mb-0">{ADDRESS}<br>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>ศูนย์ป้องกันและบรรเทาสาธารณภัย {HOTLINE}<br>อีเมล <a class="link-light" href="mailto:{EMAIL}">{EMAIL}</a></address>
          </div>
          <div class="col-md-3">
            <h2 class="h6 fw-bold">ลิงก์</h2>
            <ul class="list-unstyled small">
              <li><a class="link-light" href="/th/pages/history">ประวัติความเป็นมา</a></li>
              <li><a class="link-light" href="/th/pages/vision">วิสัยทัศน์และพันธกิจ</a></li>
              <li><a class="link-light" href="/th/pages/staff">บุคลากร</a></li>
              <li><a class="link-light" href="/th/pages/contact">ติดต่อเรา</a></li>
              <li><a class="link-light" href="/th/news?page=1">ข่าวทั้งหมด</a></li>
              <li><a class="link-light" href="/th/news.rss"><i class="bi bi-rss"></i> RSS</a></li>
              <li><a class="link-light" href="https://www.dla.go.th" target="_blank" rel="noopener">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
            </ul>
          </div>
          <div class="col-md-4">
            <h2 class="h6 fw-bold">คำค้นยอดนิยม</h2>
            <p>{popular}</p>
            <p class="mb-1"><a class="link-light me-2" href="{FB}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Facebook</a> <a class="link-light" href="{LINE_OA}" target="_blank" rel="noopener"><i class="bi bi-line"></i> LINE</a></p>
            <p class="small text-secondary">ผู้เข้าชมเว็บไซต์ {COUNTER} ครั้ง</p>
          </div>
        </div>
        <hr class="border-secondary">
        <div class="d-flex flex-wrap justify-content-between small text-secondary">
          <span>&copy; 2567 {SITE} สงวนลิขสิทธิ์</span>
          <span><a class="link-secondary" href="/admin" data-turbo="false">สำหรับเจ้าหน้าที่</a> · พัฒนาระบบโดย <a class="link-secondary" href="{VENDOR}" target="_blank" rel="noopener">บริษัท เอบีที ดิจิทัล จำกัด</a></span>
        </div>
      </div>
    </footer>
  </body>
</html>
"""
        return f"""    <footer class="site-footer bg-dark text-light pt-5 pb-3 mt-5">
      <div class="container">
        <div class="row g-4">
          <div class="col-md-6">
            <h2 class="h6 fw-bold">{SITE_EN}</h2>
            <address class="small mb-0">{ADDRESS_EN}<br>Tel. +66 5395 4120 · Fax +66 5395 4121<br>E-mail <a class="link-light" href="mailto:{EMAIL}">{EMAIL}</a></address>
          </div>
          <div class="col-md-6">
            <ul class="list-unstyled small">
              <li><a class="link-light" href="/en/pages/history">History</a></li>
              <li><a class="link-light" href="/en/pages/contact">Contact Us</a></li>
              <li><a class="link-light" href="/th">เว็บไซต์ภาษาไทย</a></li>
            </ul>
          </div>
        </div>
        <hr class="border-secondary">
        <div class="small text-secondary">&copy; 2024 {SITE_EN}. Powered by <a class="link-secondary" href="{VENDOR}" target="_blank" rel="noopener">ABT Smart Tambon</a></div>
      </div>
    </footer>
  </body>
</html>
"""

    def page(
        self,
        lang: str,
        title: str,
        main: str,
        *,
        desc: str = "",
        canonical: str = "",
        og_type: str = "website",
        head_extra: str = "",
        th_href: str = "/th",
        en_href: str = "/en",
    ) -> str:
        return (
            self.head(lang, title, desc or title, canonical, og_type, head_extra)
            + self.header(lang, th_href, en_href)
            + f'    <main id="main" class="py-4">\n{main}\n    </main>\n'
            + self.footer(lang)
        )

    @staticmethod
    def crumbs(items: list[tuple[str, str]], lang: str = "th") -> str:
        home = ("หน้าแรก", "/th") if lang == "th" else ("Home", "/en")
        out = []
        for text, href in [home, *items]:
            if href:
                out.append(f'<li class="breadcrumb-item"><a href="{attr(href)}">{esc(text)}</a></li>')
            else:
                out.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(text)}</li>')
        return f'<nav aria-label="breadcrumb"><ol class="breadcrumb small">{"".join(out)}</ol></nav>'

    # -- cards, sidebar ----------------------------------------------------------------------------------
    def cover(self, p: Post) -> str:
        photos = self.post_photos(p)
        return photos["cover"][1] if "cover" in photos else ASSET["notice"]

    @staticmethod
    def excerpt(p: Post, n: int = 100) -> str:
        text = p.text
        return text if len(text) <= n else text[: n - 3] + "..."

    def card(self, p: Post, lang: str = "th", n: int = 120) -> str:
        href = p.path(lang)
        meta = thai_abbr(p.d) if lang == "th" else f"{EN_MONTHS[p.d.month - 1][:3]} {p.d.day}, {p.d.year}"
        badge = KINDS[p.kind][0] if lang == "th" else KINDS[p.kind][1]
        return f"""<div class="col"><div class="card h-100 post-card shadow-sm">
  <a href="{href}"><img src="{self.cover(p)}" class="card-img-top" alt="{attr(p.title)}" loading="lazy"></a>
  <div class="card-body"><span class="badge {KINDS[p.kind][2]} mb-2">{esc(badge)}</span>
    <h3 class="card-title h6"><a href="{href}" class="text-decoration-none text-body">{esc(p.title)}</a></h3>
    <p class="card-text small text-muted">{esc(self.excerpt(p, n))}</p></div>
  <div class="card-footer small text-muted bg-transparent"><i class="bi bi-calendar3"></i> {meta} <span class="float-end"><i class="bi bi-eye"></i> {p.views:,}</span></div>
</div></div>"""

    def tag_cloud(self) -> str:
        counts = sorted(TAGS.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        out = []
        for tag, posts in sorted(counts[:16], key=lambda kv: kv[0]):
            size = ("fs-6", "fs-5", "fs-4")[min(len(posts), 3) - 1]
            out.append(f'<a class="tag-link {size} me-2 text-decoration-none" href="{tag_path(tag)}">#{esc(tag)}</a>')
        return " ".join(out)

    def sidebar(self, latest: bool = True) -> str:
        cats = "".join(
            f'<a class="list-group-item list-group-item-action d-flex justify-content-between" href="/th/news?category={k}">{esc(v[0])}<span class="badge text-bg-light">{sum(1 for p in POSTS if p.kind == k)}</span></a>'
            for k, v in KINDS.items()
        )
        box = ""
        if latest:
            items = "".join(
                f'<li class="list-group-item small"><a href="{p.path()}" class="text-decoration-none">{esc(p.title)}</a><div class="text-muted">{thai_abbr(p.d)}</div></li>'
                for p in NEWEST[:5]
            )
            box = f'<div class="card mb-4"><div class="card-header fw-bold">ข่าวล่าสุด</div><ul class="list-group list-group-flush">{items}</ul></div>'
        return f"""<aside class="col-lg-4">
  <div class="card mb-4"><div class="card-header fw-bold">หมวดหมู่</div><div class="list-group list-group-flush">{cats}</div></div>
  {box}
  <div class="card mb-4"><div class="card-header fw-bold">แท็ก</div><div class="card-body">{self.tag_cloud()}</div></div>
  <div class="card"><div class="card-body small"><a href="/th/events"><i class="bi bi-calendar-event"></i> ปฏิทินกิจกรรม</a> · <a href="/th/news.rss"><i class="bi bi-rss"></i> RSS</a></div></div>
</aside>"""

    # -- post bodies -------------------------------------------------------------------------------------
    def attachment(self, p: Post, i: int, caption: str) -> str:
        full, rep = self.post_photos(p)[f"F{i}"]
        fn = unquote(full.rsplit("/", 1)[1])
        size = 180000 + _num(f"size:{p.id}:{i}", 240000)
        sgid = _b64(
            f'\x04\x08{{\x08I"\x08gid\x06:\x06ETI"3gid://maelankham/ActiveStorage::Blob/{_num("blob:" + fn, 900) + 100}'.encode()
        )
        return (
            f'<action-text-attachment sgid="{sgid}--{_h("sgid:" + fn)}" content-type="image/jpeg" url="{attr(self.u(full))}" filename="{attr(fn)}" filesize="{size}" width="1600" height="1067" previewable="true" presentation="gallery" caption="{attr(caption)}">'
            f'<figure class="attachment attachment--preview attachment--jpg">\n  <img src="{rep}">\n    <figcaption class="attachment__caption">\n      {esc(caption)}\n    </figcaption>\n</figure></action-text-attachment>'
        )

    def body(self, p: Post) -> str:
        """The Trix/ActionText body in one of three editors' habits."""
        blocks: list[tuple[str, str]] = []  # (kind, html)
        figs = 0
        first = True
        for kind, text in p.items:
            if kind == "P":
                html = linked(text)
                if p.style == "word":
                    if first:
                        head, _sep, tail = text.partition(" ")
                        html = (
                            f"<strong>{esc(head)}</strong> {linked(tail)}" if tail else f"<strong>{esc(head)}</strong>"
                        )
                    html = "&nbsp; &nbsp; &nbsp; &nbsp;" + html
                first = False
                blocks.append(("P", html))
            elif kind == "S":
                blocks.append(("S", esc(text)))
            elif kind == "F":
                blocks.append(("F", self.attachment(p, figs, text)))
                figs += 1
        if p.style == "blocks":
            out, sig = [], []
            for kind, html in blocks:
                if kind == "S":
                    sig.append(html)
                    continue
                if out:
                    out.append("<div><br></div>")
                out.append(f"<div>{html}</div>")
            if sig:
                out += ["<div><br></div>", f"<div>{'<br>'.join(sig)}</div>"]
            inner = "\n".join(out)
        else:
            parts, prev = [], ""
            for kind, html in blocks:
                if parts:
                    parts.append("<br>" if kind == "S" and prev == "S" else "<br><br>")
                parts.append(html)
                prev = kind
            inner = f"<div>{''.join(parts)}</div>"
        return f'<div class="trix-content">\n  {inner}\n</div>\n'

    def gallery(self, p: Post, lang: str = "th", links: bool = True) -> str:
        if not p.gallery:
            return ""
        photos = self.post_photos(p)
        cells = []
        for i, cap in enumerate(p.gallery):
            full, rep = photos[f"G{i}"]
            img = f'<img src="{rep}" class="figure-img img-fluid rounded" alt="{attr(cap)}" loading="lazy">'
            if links:
                img = f'<a href="{full}" data-fancybox="gallery-{p.id}" data-caption="{attr(cap)}" data-turbo="false">{img}</a>'
            cells.append(
                f'<div class="col"><figure class="figure mb-0 w-100">{img}<figcaption class="figure-caption text-center">{esc(cap)}</figcaption></figure></div>'
            )
        label = f"ภาพกิจกรรม ({len(p.gallery)} ภาพ)" if lang == "th" else f"Photos ({len(p.gallery)})"
        return f"""<section class="post-gallery mt-4" aria-label="gallery">
  <h2 class="h6 text-success"><i class="bi bi-images"></i> {label}</h2>
  <div class="row row-cols-2 row-cols-md-3 g-2">
  {"".join(cells)}
  </div>
</section>
"""

    def attachments(self, p: Post, lang: str = "th") -> str:
        if not p.files:
            return ""
        rows = []
        for label, filename in p.files:
            href = self.files[(p.id, filename)]
            kb = 96 + _num(f"kb:{filename}", 900)
            rows.append(
                f'<li class="list-group-item"><i class="bi bi-file-earmark-pdf text-danger"></i> <a href="{href}" target="_blank" data-turbo="false">{esc(label)}</a> <small class="text-muted">(PDF, {kb} KB)</small></li>'
            )
        head = (
            "เอกสารแนบ"
            if lang == "th"
            else '<span class="translation_missing" title="translation missing: en.posts.show.attachments">Attachments</span>'
        )
        return f'<div class="post-attachments card mt-4"><div class="card-header"><i class="bi bi-paperclip"></i> {head}</div><ul class="list-group list-group-flush">{"".join(rows)}</ul></div>\n'

    def related(self, p: Post, lang: str = "th") -> list[Post]:
        pool = [q for q in POSTS if q.id != p.id and (lang == "th" or q.en)]
        same = sorted((q for q in pool if q.kind == p.kind), key=lambda q: (abs((q.d - p.d).days), -q.id))
        other = sorted((q for q in pool if q.kind != p.kind), key=lambda q: (abs((q.d - p.d).days), -q.id))
        return (same + other)[:3] if lang == "th" else sorted(pool, key=lambda q: -q.id)[:3]

    # -- the show template -------------------------------------------------------------------------------
    def post_page(self, p: Post, lang: str = "th") -> str:
        th = lang == "th"
        path = p.path(lang)
        kind_name = KINDS[p.kind][0]
        photos = self.post_photos(p)
        iso = p.dt.isoformat()
        if th:
            when = (
                f'<i class="bi bi-calendar3"></i> เผยแพร่เมื่อ <time datetime="{iso}">{thai_abbr(p.d)} {p.time} น.</time>'
            )
            who = (
                f'<i class="bi bi-person"></i> โดย {esc(p.who)}'
                if p.author
                else f'<i class="bi bi-building"></i> หน่วยงาน: {esc(p.who)}'
            )
            views = f'<i class="bi bi-eye"></i> เข้าชม {p.views:,} ครั้ง'
            crumbs = self.crumbs(
                [(kind_name, f"/th/news?category={p.kind}"), (p.title[:40] + ("..." if len(p.title) > 40 else ""), "")]
            )
            badge = kind_name
        else:
            when = f'<i class="bi bi-calendar3"></i> Published on <time datetime="{iso}">{EN_MONTHS[p.d.month - 1]} {p.d.day}, {p.d.year} {p.time}</time>'
            who = (
                f'<i class="bi bi-person"></i> by {esc(p.who)}'
                if p.author
                else f'<i class="bi bi-building"></i> {esc(p.who)}'
            )
            views = f'<i class="bi bi-eye"></i> {p.views:,} views'
            crumbs = self.crumbs([("News", "/en/news"), (KINDS[p.kind][1], "")], "en")
            badge = KINDS[p.kind][1]
        cover = ""
        if p.kind == "news":
            cover = f'<img src="{photos["cover"][1]}" class="img-fluid rounded mb-3 post-cover" alt="{attr(p.title)}">'
        lead = f'<p class="lead">{esc(p.en)}</p>' if not th else ""
        tags = ""
        if p.tags:
            links = " ".join(
                f'<a class="badge text-bg-light text-decoration-none" href="{tag_path(t)}">#{esc(t)}</a>'
                for t in p.tags
            )
            tags = f'<div class="post-tags mt-4"><i class="bi bi-tags"></i> {"แท็ก" if th else "Tags"}: {links}</div>'
        canon = self.u(path)
        share_label = "แชร์" if th else "Share"
        share = f"""<div class="share-buttons d-flex flex-wrap gap-2 align-items-center mt-4 border-top pt-3">
  <span class="text-muted small">{share_label}:</span>
  <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(canon, safe="")}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Facebook</a>
  <a class="btn btn-sm btn-success" href="https://social-plugins.line.me/lineit/share?url={quote(canon, safe="")}" target="_blank" rel="noopener"><i class="bi bi-line"></i> LINE</a>
  <a class="btn btn-sm btn-dark" href="https://twitter.com/intent/tweet?url={quote(canon, safe="")}&amp;text={quote(p.title, safe="")}" target="_blank" rel="noopener"><i class="bi bi-twitter-x"></i> X</a>
  <a class="btn btn-sm btn-outline-secondary" href="/news/{p.id}" data-controller="clipboard" data-action="click->clipboard#copy"><i class="bi bi-link-45deg"></i> {"คัดลอกลิงก์" if th else "Copy link"}</a>
  <a class="btn btn-sm btn-outline-secondary" href="{path}?print=true" target="_blank" data-turbo="false"><i class="bi bi-printer"></i> {"พิมพ์" if th else "Print"}</a>
</div>"""
        rel_head = (
            "ข่าวที่เกี่ยวข้อง"
            if th
            else '<span class="translation_missing" title="translation missing: en.posts.show.related_news">Related News</span>'
        )
        rel = "\n".join(self.card(q, lang, 100) for q in self.related(p, lang))
        main = f"""      <div class="container">
        {crumbs}
        <div class="row g-4">
          <div class="col-lg-8">
            <article class="post post--{p.kind}" id="post_{p.id}">
              <span class="badge {KINDS[p.kind][2]} mb-2">{esc(badge)}</span>
              <h1 class="post-title h3 fw-bold">{esc(p.title)}</h1>
              <div class="post-meta text-muted small d-flex flex-wrap gap-3 mb-3">
                <span>{when}</span>
                <span>{who}</span>
                <span>{views}</span>
              </div>
              {cover}
              {lead}
              <div class="post-body">
{self.body(p)}              </div>
{self.gallery(p, lang)}{self.attachments(p, lang)}              {tags}
              {share}
            </article>
            <section class="related mt-5">
              <h2 class="h5 fw-bold border-bottom pb-2">{rel_head}</h2>
              <div class="row row-cols-1 row-cols-md-3 g-3">
{rel}
              </div>
            </section>
          </div>
{self.sidebar() if th else ""}
        </div>
      </div>"""
        alt = ""
        if p.en:
            alt = f'\n    <link rel="alternate" hreflang="th" href="{self.u(p.path("th"))}">\n    <link rel="alternate" hreflang="en" href="{self.u(p.path("en"))}">'
        en_href = p.path("en") if p.en else "/en"
        return self.page(
            lang,
            p.title,
            main,
            desc=self.excerpt(p, 160),
            canonical=path,
            og_type="article",
            head_extra=f'\n    <meta property="og:image" content="{attr(self.u(self.cover(p)))}">\n    <meta property="article:published_time" content="{iso}">{alt}',
            th_href=p.path("th"),
            en_href=en_href,
        )

    def print_page(self, p: Post, lang: str = "th") -> str:
        th = lang == "th"
        when = (
            f"เผยแพร่เมื่อ {thai_abbr(p.d)} {p.time} น."
            if th
            else f"Published on {EN_MONTHS[p.d.month - 1]} {p.d.day}, {p.d.year} {p.time}"
        )
        who = (f"โดย {p.who}" if p.author else f"หน่วยงาน: {p.who}") if th else p.who
        lead = f'<p class="lead">{esc(p.en)}</p>' if not th else ""
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{esc(p.title)} - {"พิมพ์" if th else "Print"} | {SHORT}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="{self.u(p.path(lang))}">
<link rel="stylesheet" href="{ASSET["print.css"]}" media="all">
</head>
<body class="print-view" onload="window.print()">
<header class="print-header"><img src="{ASSET["logo"]}" alt="" width="56" height="56"> <strong>{SITE}</strong><br><small>{ADDRESS}</small></header>
<hr>
<h1>{esc(p.title)}</h1>
<p class="meta">{when} · {esc(who)}</p>
{lead}{self.body(p)}{self.gallery(p, lang, links=False)}
<hr>
<footer><small>{"พิมพ์จาก" if th else "Printed from"} {self.u(p.path(lang))} · {thai_abbr(TODAY)}</small></footer>
</body>
</html>
"""

    # -- home -----------------------------------------------------------------------------------------------
    def home(self, lang: str = "th") -> str:
        if lang == "en":
            cards = "\n".join(self.card(p, "en") for p in TWINS)
            pages = "".join(f'<li><a href="/en/pages/{s}">{esc(v[1])}</a></li>' for s, v in PAGES.items())
            main = f"""      <div class="container">
        <div class="p-4 mb-4 bg-success-subtle rounded"><h1 class="h3">Welcome to {SITE_EN}</h1>
          <p class="mb-0">Mae Lan Kham is a rural subdistrict of nine villages in the hills of Doi Pha Daeng District. Most of this website is available in Thai only.</p></div>
        <h2 class="h5 fw-bold">News in English</h2>
        <div class="row row-cols-1 row-cols-md-4 g-3 mb-4">
{cards}
        </div>
        <p><a class="btn btn-outline-success btn-sm" href="/en/news">All news</a> <a class="btn btn-outline-success btn-sm" href="/en/events">Calendar</a></p>
        <h2 class="h5 fw-bold mt-4">About us</h2>
        <ul>{pages}</ul>
      </div>"""
            return self.page("en", SITE_EN, main, desc=f"Official website of {SITE_EN}", th_href="/th", en_href="/en")
        by = {k: [p for p in NEWEST if p.kind == k] for k in KINDS}
        slides = []
        for i, p in enumerate(by["activity"][:3]):
            slides.append(
                f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{p.path()}"><img src="{self.cover(p)}" class="d-block w-100" alt="{attr(p.title)}"></a><div class="carousel-caption d-none d-md-block"><h2 class="h5">{esc(p.title)}</h2></div></div>'
            )
        news = "\n".join(self.card(p) for p in by["news"][:4])
        acts = "\n".join(self.card(p, n=80) for p in by["activity"][:3])
        anns = "".join(
            f'<li class="list-group-item"><a href="{p.path()}" class="text-decoration-none">{esc(p.title)}</a><div class="small text-muted">{thai_abbr(p.d)} · {esc(p.who)}</div></li>'
            for p in by["announcement"][:3]
        )
        procs = []
        for p in by["procurement"][:3]:
            label, filename = p.files[0]
            procs.append(
                f'<tr><td class="text-nowrap small">{thai_abbr(p.d)}</td><td><a href="{p.path()}">{esc(p.title)}</a></td><td><a href="{self.files[(p.id, filename)]}" data-turbo="false" title="{attr(label)}"><i class="bi bi-file-earmark-pdf text-danger"></i></a></td></tr>'
            )
        coming = [e for e in EVENTS if e[1] >= TODAY.isoformat()][:3]
        events = "".join(
            f'<li class="list-group-item"><a href="/th/events/{e[0]}">{esc(e[3])}</a><div class="small text-muted">{thai_abbr(date.fromisoformat(e[1]))} {e[2]}</div></li>'
            for e in coming
        )
        nxt = date(TODAY.year + (TODAY.month == 12), TODAY.month % 12 + 1, 1)
        more = "".join(
            f'<li class="list-group-item small"><a href="{p.path()}">{esc(p.title)}</a> <span class="text-muted">{thai_abbr(p.d)}</span></li>'
            for p in NEWEST[:MORE_PER]
        )
        main = f"""      <div class="container">
        <div id="homeCarousel" class="carousel slide mb-4" data-bs-ride="carousel">
          <div class="carousel-inner rounded">{"".join(slides)}</div>
          <button class="carousel-control-prev" type="button" data-bs-target="#homeCarousel" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
          <button class="carousel-control-next" type="button" data-bs-target="#homeCarousel" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button>
        </div>
        <div class="row g-4">
          <div class="col-lg-8">
            <section class="mb-4"><div class="d-flex justify-content-between align-items-end border-bottom mb-3"><h2 class="h5 fw-bold">ข่าวประชาสัมพันธ์</h2><a class="small" href="/th/news?category=news">ดูทั้งหมด &raquo;</a></div>
              <div class="row row-cols-1 row-cols-md-2 g-3">
{news}
              </div></section>
            <section class="mb-4"><div class="d-flex justify-content-between align-items-end border-bottom mb-3"><h2 class="h5 fw-bold">ภาพกิจกรรม</h2><a class="small" href="/th/news?category=activity">ดูทั้งหมด &raquo;</a></div>
              <div class="row row-cols-1 row-cols-md-3 g-3">
{acts}
              </div></section>
            <section class="mb-4"><div class="d-flex justify-content-between align-items-end border-bottom mb-3"><h2 class="h5 fw-bold">ประกาศจัดซื้อจัดจ้าง</h2><a class="small" href="/th/news?category=procurement">ดูทั้งหมด &raquo;</a></div>
              <table class="table table-sm table-hover"><thead><tr><th>วันที่</th><th>เรื่อง</th><th>ไฟล์</th></tr></thead><tbody>{"".join(procs)}</tbody></table></section>
            <section class="mb-4"><h2 class="h5 fw-bold border-bottom pb-2">ข่าวสารทั้งหมด</h2>
              <turbo-frame id="more_posts" loading="lazy">
                <ul class="list-group list-group-flush">{more}</ul>
                <turbo-frame id="more_posts_page_2" src="/th/news/load_more?page=2" loading="lazy"><a class="btn btn-outline-success btn-sm mt-2" href="/th/news/load_more?page=2" data-turbo-frame="more_posts_page_2">โหลดเพิ่มเติม</a></turbo-frame>
              </turbo-frame></section>
          </div>
          <aside class="col-lg-4">
            <div class="card mb-4 text-center"><div class="card-body"><img src="{self.photo("staff:0", "chief-boonruang.jpg", ASSETS_AT)[1]}" class="rounded-circle mb-2" width="120" height="120" alt="{attr(CHIEF)}"><div class="fw-bold">{CHIEF}</div><div class="small text-muted">นายกองค์การบริหารส่วนตำบลแม่ลานคำ</div></div></div>
            <div class="card mb-4"><div class="card-header fw-bold d-flex justify-content-between">ประกาศ <a class="small fw-normal" href="/th/news?category=announcement">ทั้งหมด</a></div><ul class="list-group list-group-flush">{anns}</ul></div>
            <div class="card mb-4"><div class="card-header fw-bold">กิจกรรมที่จะมาถึง</div><ul class="list-group list-group-flush">{events}</ul>
              <div class="card-footer small"><a href="/th/events">ปฏิทินกิจกรรม</a> · <a href="/th/events?start_date={nxt.isoformat()}">เดือนถัดไป &rsaquo;</a></div></div>
            <div class="list-group mb-4"><a class="list-group-item list-group-item-action" href="/th/ita"><i class="bi bi-shield-check"></i> การเปิดเผยข้อมูลสาธารณะ (ITA)</a><a class="list-group-item list-group-item-action" href="/th/pages/contact"><i class="bi bi-chat-dots"></i> ร้องเรียน/ร้องทุกข์</a><a class="list-group-item list-group-item-action" href="https://www.info.go.th" target="_blank" rel="noopener"><i class="bi bi-box-arrow-up-right"></i> ศูนย์ข้อมูลข่าวสารของราชการ</a></div>
          </aside>
        </div>
      </div>"""
        return self.page("th", "หน้าแรก", main, desc=f"เว็บไซต์ทางการของ{SITE} {DISTRICT}", th_href="/th", en_href="/en")

    # -- listings ------------------------------------------------------------------------------------------
    @staticmethod
    def qs(path: str, params: dict[str, str]) -> str:
        """url_for(request.query_parameters.merge(...)): keys sorted as Hash#to_query writes them."""
        pairs = sorted((k, v) for k, v in params.items() if v not in ("", None))
        if not pairs:
            return path
        return path + "?" + "&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in pairs)

    def pager(self, path: str, params: dict[str, str], page: int, pages: int, lang: str = "th") -> str:
        """kaminari (bootstrap-5 views), page 1 written without the page parameter."""
        if pages <= 1:
            return ""

        def href(n: int) -> str:
            return attr(self.qs(path, {**params, "page": str(n) if n > 1 else ""}))

        labels = (
            ("« หน้าแรก", "‹ ก่อนหน้า", "ถัดไป ›", "หน้าสุดท้าย »")
            if lang == "th"
            else ("« First", "‹ Prev", "Next ›", "Last »")
        )
        out = []
        inside = 1 <= page <= pages
        if inside and page > 1:
            out.append(f'<li class="page-item"><a class="page-link" href="{href(1)}">{labels[0]}</a></li>')
            out.append(
                f'<li class="page-item"><a class="page-link" rel="prev" href="{href(page - 1)}">{labels[1]}</a></li>'
            )
        for n in range(1, pages + 1):
            if n == page:
                out.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>')
            else:
                rel = ' rel="prev"' if n == page - 1 else ' rel="next"' if n == page + 1 else ""
                out.append(f'<li class="page-item"><a class="page-link"{rel} href="{href(n)}">{n}</a></li>')
        if inside and page < pages:
            out.append(
                f'<li class="page-item"><a class="page-link" rel="next" href="{href(page + 1)}">{labels[2]}</a></li>'
            )
            out.append(f'<li class="page-item"><a class="page-link" href="{href(pages)}">{labels[3]}</a></li>')
        return f'<nav aria-label="pager" role="navigation"><ul class="pagination justify-content-center mt-4">{"".join(out)}</ul></nav>'

    def listing(self, params: dict[str, str]) -> Response:
        category = params.get("category", "")
        sort = params.get("sort", "")
        per_raw = params.get("per", "")
        per = int(per_raw) if per_raw.isdigit() and int(per_raw) > 0 else PER
        per = min(per, 50)
        page_raw = params.get("page", "")
        page = int(page_raw) if page_raw.isdigit() and 0 < int(page_raw) < 10**6 else 1
        posts = [p for p in NEWEST if not category or p.kind == category]
        if sort == "oldest":
            posts.reverse()
        pages = max(1, -(-len(posts) // per))
        shown = posts[(page - 1) * per : page * per]
        keep = {k: params[k] for k in ("category", "per", "sort") if params.get(k)}
        title = KINDS[category][0] if category in KINDS else "ข่าวทั้งหมด"
        pills = [f'<a class="nav-link{" active" if not category else ""}" href="/th/news">ทั้งหมด</a>']
        pills += [
            f'<a class="nav-link{" active" if category == k else ""}" href="/th/news?category={k}">{esc(v[0])}</a>'
            for k, v in KINDS.items()
        ]
        sorts = "".join(
            f'<a class="btn btn-outline-secondary{" active" if (sort or "newest") == s else ""}" href="{attr(self.qs("/th/news", {**keep, "sort": s}))}">{label}</a>'
            for s, label in (("newest", "ล่าสุด"), ("oldest", "เก่าสุด"))
        )
        pers = "".join(
            f'<li><a class="dropdown-item{" active" if per == n else ""}" href="{attr(self.qs("/th/news", {**keep, "per": str(n)}))}">{n} รายการ</a></li>'
            for n in PER_CHOICES
        )
        if shown:
            cards = "\n".join(self.card(p) for p in shown)
            body = f'<div class="row row-cols-1 row-cols-md-2 g-3">\n{cards}\n</div>'
        else:
            body = '<div class="alert alert-light text-center my-5">ไม่พบข้อมูล</div>'
        first = (page - 1) * per + 1
        count = (
            f'<p class="small text-muted">แสดงรายการที่ {first} - {first + len(shown) - 1} จากทั้งหมด {len(posts)} รายการ</p>'
            if shown
            else ""
        )
        path = self.qs("/th/news", {**keep, "page": page_raw})
        rel = ""
        if 1 < page <= pages:
            rel += f'\n    <link rel="prev" href="{attr(self.u(self.qs("/th/news", {**keep, "page": str(page - 1) if page > 2 else ""})))}">'
        if page < pages:
            rel += (
                f'\n    <link rel="next" href="{attr(self.u(self.qs("/th/news", {**keep, "page": str(page + 1)})))}">'
            )
        main = f"""      <div class="container">
        {self.crumbs([("ข่าวสาร", "/th/news"), (title, "")] if category else [("ข่าวสาร", "")])}
        <div class="row g-4">
          <div class="col-lg-8">
            <h1 class="h3 fw-bold">{esc(title)}{f" <small class='text-muted fs-6'>หน้า {page}</small>" if page > 1 else ""}</h1>
            <nav class="nav nav-pills small mb-3">{"".join(pills)}</nav>
            <div class="d-flex justify-content-between align-items-center mb-3 listing-toolbar">
              <div class="btn-group btn-group-sm" role="group" aria-label="sort">{sorts}</div>
              <div class="dropdown"><button class="btn btn-sm btn-outline-secondary dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false">แสดง {per} รายการ</button><ul class="dropdown-menu dropdown-menu-end">{pers}</ul></div>
            </div>
            {count}
            {body}
            {self.pager("/th/news", keep, page, pages)}
          </div>
{self.sidebar(latest=False)}
        </div>
      </div>"""
        text = self.page(
            "th",
            title if page == 1 else f"{title} - หน้า {page}",
            main,
            head_extra=rel,
            th_href=path,
            en_href="/en/news",
        )
        return self.html(text)

    def en_listing(self) -> str:
        cards = "\n".join(self.card(p, "en") for p in TWINS)
        main = f"""      <div class="container">
        {self.crumbs([("News", "")], "en")}
        <h1 class="h3 fw-bold">News</h1>
        <p class="text-muted">Only some of our news is available in English. See the <a href="/th/news">Thai news page</a> for all news.</p>
        <div class="row row-cols-1 row-cols-md-2 g-3">
{cards}
        </div>
      </div>"""
        return self.page("en", "News", main, th_href="/th/news", en_href="/en/news")

    def tag_page(self, tag: str) -> str:
        posts = TAGS[tag]
        cards = "\n".join(self.card(p) for p in posts)
        main = f"""      <div class="container">
        {self.crumbs([("ข่าวสาร", "/th/news"), (f"#{tag}", "")])}
        <div class="row g-4">
          <div class="col-lg-8">
            <h1 class="h3 fw-bold">แท็ก: {esc(tag)}</h1>
            <p class="small text-muted">พบ {len(posts)} รายการ</p>
            <div class="row row-cols-1 row-cols-md-2 g-3">
{cards}
            </div>
          </div>
{self.sidebar()}
        </div>
      </div>"""
        return self.page("th", f"แท็ก: {tag}", main, th_href=tag_path(tag), en_href="/en")

    def load_more(self, page: int) -> Response:
        pages = -(-len(NEWEST) // MORE_PER)
        shown_page = min(max(page, 1), pages)  # the vendor clamps... and still links page + 1
        posts = NEWEST[(shown_page - 1) * MORE_PER : shown_page * MORE_PER]
        items = "".join(
            f'<li class="list-group-item small"><a href="{p.path()}">{esc(p.title)}</a> <span class="text-muted">{thai_abbr(p.d)}</span></li>'
            for p in posts
        )
        nxt = f"/th/news/load_more?page={page + 1}"
        main = f"""      <div class="container">
        <turbo-frame id="more_posts_page_{page}">
          <ul class="list-group list-group-flush">{items}</ul>
          <turbo-frame id="more_posts_page_{page + 1}" src="{nxt}" loading="lazy"><a class="btn btn-outline-success btn-sm mt-2" href="{nxt}" data-turbo-frame="more_posts_page_{page + 1}">โหลดเพิ่มเติม</a></turbo-frame>
        </turbo-frame>
      </div>"""
        return self.html(self.page("th", "ข่าวสารทั้งหมด", main, th_href="/th/news", en_href="/en/news"))

    # -- search (a trap) ---------------------------------------------------------------------------------
    def search(self, q: str, page_raw: str) -> Response:
        words = q.split()
        page = int(page_raw) if page_raw.isdigit() and 0 < int(page_raw) < 10**6 else 1
        hits = [p for p in NEWEST if words and all(w in " ".join((p.title, p.text, *p.tags)) for w in words)]
        pages = max(1, -(-len(hits) // PER))
        shown = hits[(page - 1) * PER : page * PER]
        popular = " ".join(
            f'<a class="badge text-bg-light text-decoration-none" href="/th/search?q={quote_plus(w)}">{esc(w)}</a>'
            for w in POPULAR
        )
        if not q.strip():
            body = f"<p>กรุณาระบุคำที่ต้องการค้นหา</p><p>คำค้นยอดนิยม: {popular}</p>"
        else:
            if shown:
                rows = "".join(
                    f'<li class="list-group-item"><span class="badge {KINDS[p.kind][2]}">{esc(KINDS[p.kind][0])}</span> <a href="{p.path()}" class="fw-bold">{esc(p.title)}</a><div class="small text-muted">{thai_abbr(p.d)}</div><div class="small">{esc(self.excerpt(p, 160))}</div></li>'
                    for p in shown
                )
                body = (
                    f'<p>พบ {len(hits)} รายการ สำหรับ “{esc(q)}”</p><ul class="list-group list-group-flush">{rows}</ul>'
                )
            else:
                body = f'<div class="alert alert-light">ไม่พบข้อมูลที่ตรงกับ “{esc(q)}”</div>'
            body += self.pager("/th/search", {"q": q}, page, pages)
            start = _num("related:" + q, len(SEARCH_WORDS))
            picks = [w for w in (SEARCH_WORDS[(start + k) % len(SEARCH_WORDS)] for k in range(7)) if w not in words][:5]
            more = "".join(
                f'<a class="btn btn-sm btn-outline-secondary me-1 mb-1" href="/th/search?q={quote_plus(q + " " + w)}">{esc(q)} {esc(w)}</a>'
                for w in picks
            )
            body += f'<div class="related-searches mt-4"><h2 class="h6">ค้นหาคำที่เกี่ยวข้อง</h2>{more}</div>'
        title = f"ผลการค้นหา “{q}”" if q.strip() else "ค้นหา"
        main = f"""      <div class="container">
        {self.crumbs([("ค้นหา", "")])}
        <h1 class="h3 fw-bold">{esc(title)}</h1>
        <form action="/th/search" accept-charset="UTF-8" method="get" class="d-flex gap-2 mb-4"><input type="search" name="q" value="{attr(q)}" class="form-control" placeholder="พิมพ์คำค้น"><button class="btn btn-success" type="submit">ค้นหา</button></form>
        {body}
      </div>"""
        return self.html(
            self.page("th", title, main, th_href="/th/search", en_href="/en"), extra=(("X-Robots-Tag", "noindex"),)
        )

    # -- calendar (a trap) -------------------------------------------------------------------------------
    def calendar(self, lang: str, start: date) -> Response:
        th = lang == "th"
        month_start = start.replace(day=1)
        month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        first = month_start - timedelta(days=(month_start.weekday() + 1) % 7)  # Sunday-first weeks
        last = month_end + timedelta(days=(5 - month_end.weekday()) % 7)
        base = f"/{lang}/events"
        by_day: dict[str, list] = {}
        for e in EVENTS:
            by_day.setdefault(e[1], []).append(e)
        rows, d = [], first
        while d <= last:
            cells = []
            for _ in range(7):
                cls = ["day", f"wday-{(d.weekday() + 1) % 7}"]
                cls.append("today" if d == TODAY else "past" if d < TODAY else "future")
                if d == start:
                    cls.append("start-date")
                if d.month != start.month:
                    cls.append("prev-month" if d < month_start else "next-month")
                evs = by_day.get(d.isoformat(), [])
                if evs:
                    cls.append("has-events")
                links = "".join(f'<div class="event small"><a href="{base}/{e[0]}">{esc(e[3])}</a></div>' for e in evs)
                cells.append(f'<td class="{" ".join(cls)}"><div class="day-number">{d.day}</div>{links}</td>')
                d += timedelta(days=1)
            rows.append("<tr>" + "".join(cells) + "</tr>")
        prev_d, next_d = first - timedelta(days=1), last + timedelta(days=1)
        if th:
            heads = ("อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.")
            title = f"{MONTHS[start.month - 1]} {start.year + 543}"
            labels = ("ก่อนหน้า", "วันนี้", "ถัดไป", "ปฏิทินกิจกรรม")
        else:
            heads = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
            title = f"{EN_MONTHS[start.month - 1]} {start.year}"
            labels = ("Previous", "Today", "Next", "Calendar")
        prev = f'<a href="{base}?start_date={prev_d.isoformat()}">{labels[0]}</a>' if prev_d.year >= 1000 else ""
        nxt = f'<a href="{base}?start_date={next_d.isoformat()}">{labels[2]}</a>' if next_d.year <= 9998 else ""
        upcoming = "".join(
            f'<li class="list-group-item"><a href="{base}/{e[0]}">{esc(e[3])}</a><div class="small text-muted">{thai_abbr(date.fromisoformat(e[1])) if th else e[1]} · {esc(e[4])}</div></li>'
            for e in EVENTS
            if e[1] >= TODAY.isoformat()
        )
        main = f"""      <div class="container">
        {self.crumbs([(labels[3], "")], lang)}
        <h1 class="h3 fw-bold">{labels[3]}</h1>
        <div class="row g-4"><div class="col-lg-9">
        <div class="simple-calendar">
          <div class="calendar-heading d-flex justify-content-between align-items-center mb-2">
            {prev}
            <span class="calendar-title h5 mb-0">{title}</span>
            <span><a href="{base}">{labels[1]}</a> · {nxt}</span>
          </div>
          <table class="table table-bordered table-sm">
            <thead><tr>{"".join(f"<th>{h}</th>" for h in heads)}</tr></thead>
            <tbody>
              {"".join(rows)}
            </tbody>
          </table>
        </div>
        </div><aside class="col-lg-3"><h2 class="h6">{"กิจกรรมที่จะมาถึง" if th else "Upcoming"}</h2><ul class="list-group list-group-flush">{upcoming}</ul></aside></div>
      </div>"""
        return self.html(self.page(lang, f"{labels[3]} {title}", main, th_href="/th/events", en_href="/en/events"))

    def event_page(self, e: tuple, lang: str = "th") -> str:
        th = lang == "th"
        d = date.fromisoformat(e[1])
        when = (
            f"วัน{WEEKDAYS[d.weekday()]}ที่ {thai_long(d)} เวลา {e[2]}"
            if th
            else f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}, {e[2].replace(' น.', '').replace('.', ':')}"
        )
        main = f"""      <div class="container">
        {self.crumbs([("ปฏิทินกิจกรรม" if th else "Calendar", f"/{lang}/events"), (e[3][:40], "")], lang)}
        <div class="card"><div class="card-body">
          <h1 class="h4 fw-bold">{esc(e[3])}</h1>
          <p class="mb-1"><i class="bi bi-clock"></i> {when}</p>
          <p class="mb-3"><i class="bi bi-geo-alt"></i> {esc(e[4])}</p>
          <p>{esc(e[5])}</p>
          <a class="btn btn-sm btn-outline-success" href="/{lang}/events?start_date={e[1]}">{"ดูในปฏิทิน" if th else "View in calendar"}</a>
        </div></div>
      </div>"""
        return self.page(lang, e[3], main, th_href=f"/th/events/{e[0]}", en_href=f"/en/events/{e[0]}")

    # -- standing pages ----------------------------------------------------------------------------------
    def standing(self, slug: str, lang: str = "th") -> str:
        th = lang == "th"
        title = PAGES[slug][0] if th else PAGES[slug][1]
        upd = PAGES[slug][2]
        if slug == "history":
            if th:
                body = """<p>ตำบลแม่ลานคำเดิมเป็นส่วนหนึ่งของตำบลดอยผาแดง ชื่อ “แม่ลานคำ” มาจากลำน้ำแม่ลานที่ไหลผ่านกลางตำบล ซึ่งชาวบ้านเล่าว่าในอดีตมีต้นลานขึ้นหนาแน่นริมลำน้ำ และในฤดูแล้งเม็ดทรายในลำน้ำจะสะท้อนแสงแดดเป็นสีทองคล้ายทองคำ</p>
<p>องค์การบริหารส่วนตำบลแม่ลานคำได้รับการจัดตั้งตามประกาศกระทรวงมหาดไทย เมื่อวันที่ 19 มกราคม 2539 และได้รับการปรับขนาดเป็นองค์การบริหารส่วนตำบลขนาดกลางเมื่อปี 2552</p>
<p>ปัจจุบันตำบลแม่ลานคำมีพื้นที่ประมาณ 96 ตารางกิโลเมตร แบ่งการปกครองออกเป็น 9 หมู่บ้าน มีประชากรตามทะเบียนราษฎร 6,842 คน 2,415 ครัวเรือน ประชาชนส่วนใหญ่ประกอบอาชีพเกษตรกรรม ได้แก่ การทำนา ปลูกลำไย กาแฟ และเลี้ยงโคนม</p>"""
                rows = "".join(
                    f"<tr><td>{n}</td><td>{esc(v)}</td><td>{esc(h)}</td><td>{c:,}</td></tr>" for n, v, h, c in VILLAGES
                )
                body += f'<h2 class="h5 mt-4">หมู่บ้านในเขตตำบล</h2><table class="table table-sm table-striped"><thead><tr><th>หมู่ที่</th><th>หมู่บ้าน</th><th>ผู้ใหญ่บ้าน</th><th>ประชากร (คน)</th></tr></thead><tbody>{rows}</tbody></table>'
            else:
                body = """<p>Mae Lan Kham was once part of Doi Pha Daeng Subdistrict. Its name comes from the Mae Lan stream that runs through the middle of the subdistrict; villagers say that talipot palms (lan) once grew thickly along its banks and that in the dry season the sand of the stream shone like gold (kham).</p>
<p>The Mae Lan Kham Subdistrict Administrative Organization was established by a notification of the Ministry of Interior on 19 January 1996 and was upgraded to a medium-sized SAO in 2009.</p>
<p>The subdistrict covers about 96 square kilometres in nine villages, with 6,842 registered residents in 2,415 households. Most people farm rice, longan, coffee and dairy cattle.</p>"""
        elif slug == "vision":
            missions = "".join(f"<li>{esc(m)}</li>" for m in MISSIONS)
            if th:
                body = f"""<h2 class="h5">วิสัยทัศน์</h2><blockquote class="blockquote border-start border-4 border-success ps-3">“แม่ลานคำน่าอยู่ เศรษฐกิจพอเพียง ผู้คนมีสุขภาวะดี รักษ์ป่าต้นน้ำ สืบสานวัฒนธรรมล้านนา”</blockquote>
<h2 class="h5 mt-4">พันธกิจ</h2><ol>{missions}</ol>"""
            else:
                body = f"""<h2 class="h5">Vision</h2><blockquote class="blockquote border-start border-4 border-success ps-3">“A liveable Mae Lan Kham with a sufficiency economy, healthy people, protected watershed forests and living Lanna culture.”</blockquote>
<h2 class="h5 mt-4"><span class="translation_missing" title="translation missing: en.pages.vision.missions">Missions</span></h2><ol>{missions}</ol>"""
        elif slug == "authority":
            duties = "".join(f"<li>{esc(x)}</li>" for x in DUTIES)
            intro = (
                "องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ในการพัฒนาตำบลทั้งในด้านเศรษฐกิจ สังคม และวัฒนธรรม ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และที่แก้ไขเพิ่มเติม มาตรา 67 ดังนี้"
                if th
                else "Under section 67 of the Tambon Council and Tambon Administrative Organization Act B.E. 2537 (1994), the SAO is responsible for:"
            )
            body = f"<p>{esc(intro)}</p><ol>{duties}</ol>"
        elif slug == "staff":
            groups = []
            for g, (name_th, name_en, people) in enumerate(STAFF):
                cards = []
                for i, (name, role, tel) in enumerate(people):
                    seed = f"staff:{g * 10 + i}"
                    _full, rep = self.photo(seed, f"staff-{tel}.jpg", ASSETS_AT)
                    cards.append(
                        f'<div class="col"><div class="card h-100 text-center staff-card"><img src="{rep}" class="card-img-top" alt="{attr(name)}"><div class="card-body"><div class="fw-bold">{esc(name)}</div><div class="small text-muted">{esc(role)}</div><div class="small"><i class="bi bi-telephone"></i> {tel}</div></div></div></div>'
                    )
                groups.append(
                    f'<h2 class="h5 mt-4">{esc(name_th if th else name_en)}</h2><div class="row row-cols-2 row-cols-md-4 g-3">{"".join(cards)}</div>'
                )
            body = "".join(groups)
        else:  # contact
            labels = (
                ("ที่อยู่", "โทรศัพท์", "โทรสาร", "อีเมล", "เวลาทำการ", "ส่งข้อความถึงเรา", "ชื่อ-นามสกุล", "ข้อความ", "ส่งข้อความ")
                if th
                else (
                    "Address",
                    "Telephone",
                    "Fax",
                    "E-mail",
                    "Office hours",
                    "Send us a message",
                    "Name",
                    "Message",
                    "Send",
                )
            )
            hours = (
                "วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)"
                if th
                else "Monday - Friday, 8:30 - 16:30 (except public holidays)"
            )
            body = f"""<dl class="row">
<dt class="col-sm-3">{labels[0]}</dt><dd class="col-sm-9">{ADDRESS if th else ADDRESS_EN}</dd>
<dt class="col-sm-3">{labels[1]}</dt><dd class="col-sm-9"><a href="tel:053954120">{PHONE}</a></dd>
<dt class="col-sm-3">{labels[2]}</dt><dd class="col-sm-9">{FAX}</dd>
<dt class="col-sm-3">{labels[3]}</dt><dd class="col-sm-9"><a href="mailto:{EMAIL}">{EMAIL}</a></dd>
<dt class="col-sm-3">{labels[4]}</dt><dd class="col-sm-9">{hours}</dd>
</dl>
<div class="ratio ratio-16x9 mb-4"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3770.1!2d99.51!3d19.12!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" loading="lazy" title="map"></iframe></div>
<h2 class="h5">{labels[5]}</h2>
<form action="/{lang}/contact_messages" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="{CSRF}" autocomplete="off" />
<div class="mb-2"><label class="form-label" for="contact_message_name">{labels[6]}</label><input class="form-control" type="text" name="contact_message[name]" id="contact_message_name" /></div>
<div class="mb-2"><label class="form-label" for="contact_message_body">{labels[7]}</label><textarea class="form-control" rows="4" name="contact_message[body]" id="contact_message_body"></textarea></div>
<input type="submit" name="commit" value="{labels[8]}" class="btn btn-success" data-disable-with="{labels[8]}" />
</form>"""
        updated = (
            f"แก้ไขล่าสุด {thai_abbr(upd)}" if th else f"Last updated {EN_MONTHS[upd.month - 1]} {upd.day}, {upd.year}"
        )
        main = f"""      <div class="container">
        {self.crumbs([("เกี่ยวกับ อบต." if th else "About", ""), (title, "")], lang) if slug != "contact" else self.crumbs([(title, "")], lang)}
        <div class="row g-4">
          <div class="col-lg-8">
            <section class="static-page page--{slug}">
              <h1 class="h3 fw-bold">{esc(title)}</h1>
              <p class="small text-muted"><i class="bi bi-pencil-square"></i> {updated}</p>
              <div class="page-body">
{body}
              </div>
            </section>
          </div>
{self.sidebar() if th else ""}
        </div>
      </div>"""
        return self.page(lang, title, main, th_href=f"/th/pages/{slug}", en_href=f"/en/pages/{slug}")

    # -- ITA -----------------------------------------------------------------------------------------------
    def ita_index(self, year: int) -> str:
        rows = "".join(
            f'<tr><td>O{n}</td><td><a href="/th/ita/{year}/o{n}">{esc(t)}</a></td></tr>' for n, t, _d, _k in ITA_ITEMS
        )
        years = " ".join(
            f'<a class="btn btn-sm {"btn-success" if y == year else "btn-outline-success"}" href="/th/ita?year={y}">ปีงบประมาณ {y}</a>'
            for y in ITA_YEARS
        )
        main = f"""      <div class="container">
        {self.crumbs([("ITA", "")])}
        <h1 class="h3 fw-bold">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {year}</h1>
        <p>{years}</p>
        <p class="small text-muted">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)</p>
        <table class="table table-striped"><thead><tr><th style="width:5em">ข้อ</th><th>ข้อมูล</th></tr></thead><tbody>{rows}</tbody></table>
      </div>"""
        return self.page("th", f"ITA ประจำปี {year}", main, th_href="/th/ita", en_href="/en")

    def ita_item(self, year: int, n: int, title: str, desc: str, kind: str) -> str:
        links: list[tuple[str, str]] = []
        if kind == "staff":
            links = [("บุคลากร", "/th/pages/staff")]
        elif kind == "authority":
            links = [("อำนาจหน้าที่", "/th/pages/authority")]
        elif kind == "contact":
            links = [("ติดต่อเรา", "/th/pages/contact")]
        elif kind == "social":
            links = [("Facebook อบต.แม่ลานคำ", FB), ("LINE Official Account", LINE_OA)]
        elif kind == "news":
            links = [("ข่าวประชาสัมพันธ์ทั้งหมด", "/th/news?category=news"), ("ประกาศ", "/th/news?category=announcement")]
            if year == 2567:
                links += [
                    ("ตัวอย่าง: ประชาสัมพันธ์การชำระภาษี ประจำปี 2567", f"/th/news/55-{BY_ID[55].old_slug}"),
                    ("ตัวอย่าง: ประกาศรับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็ก", "/th/news/63"),
                ]
        else:
            pdf_path = ITA_BROKEN if (year, n) == (2567, 11) else f"/uploads/ita/{year}/o{n}.pdf"
            links = [(f"{title} ปีงบประมาณ {year} (PDF)", pdf_path)]
        items = "".join(
            f'<li class="list-group-item"><a href="{attr(h)}"{" target=_blank" if h.endswith(".pdf") else ""}>{esc(t)}</a></li>'
            for t, h in links
        )
        main = f"""      <div class="container">
        {self.crumbs([("ITA", "/th/ita"), (f"O{n}", "")])}
        <h1 class="h3 fw-bold">O{n} {esc(title)}</h1>
        <p class="text-muted">ตัวชี้วัดการเปิดเผยข้อมูล · ปีงบประมาณ พ.ศ. {year}</p>
        <p>{esc(desc)}</p>
        <ul class="list-group mb-3">{items}</ul>
        <p class="small text-muted">ปรับปรุงข้อมูลล่าสุด {thai_abbr(ITA_UPDATED[year])} · ผู้รับผิดชอบ: สำนักปลัด</p>
        <a class="btn btn-sm btn-outline-secondary" href="/th/ita?year={year}">&laquo; กลับไปหน้ารายการ</a>
      </div>"""
        return self.page("th", f"O{n} {title}", main, th_href=f"/th/ita/{year}/o{n}", en_href="/en")

    # -- small pages -------------------------------------------------------------------------------------
    def soft_404(self, lang: str = "th") -> str:
        main = """      <div class="container text-center py-5">
        <i class="bi bi-exclamation-circle display-4 text-warning"></i>
        <h1 class="h4 mt-3">ไม่พบข้อมูลที่ต้องการ</h1>
        <p class="text-muted">ข้อมูลที่ท่านค้นหาอาจถูกลบ ย้าย หรือยังไม่ได้เผยแพร่</p>
        <p><a class="btn btn-success" href="/th/news">กลับไปหน้าข่าวสาร</a> <a class="btn btn-outline-secondary" href="/th">หน้าแรก</a></p>
      </div>"""
        return self.page(lang, "ไม่พบข้อมูลที่ต้องการ", main, th_href="/th/news", en_href="/en")

    def sign_in(self) -> str:
        main = f"""      <div class="container" style="max-width: 420px">
        <div class="alert alert-warning small">กรุณาเข้าสู่ระบบก่อนดำเนินการต่อ</div>
        <h1 class="h4 fw-bold">เข้าสู่ระบบ</h1>
        <form class="new_user" id="new_user" action="/users/sign_in" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="{CSRF}" autocomplete="off" />
          <div class="mb-3"><label class="form-label" for="user_email">อีเมล</label><input autofocus="autofocus" autocomplete="email" class="form-control" type="email" value="" name="user[email]" id="user_email" /></div>
          <div class="mb-3"><label class="form-label" for="user_password">รหัสผ่าน</label><input autocomplete="current-password" class="form-control" type="password" name="user[password]" id="user_password" /></div>
          <div class="form-check mb-3"><input name="user[remember_me]" type="hidden" value="0" autocomplete="off" /><input class="form-check-input" type="checkbox" value="1" name="user[remember_me]" id="user_remember_me" /><label class="form-check-label" for="user_remember_me">จดจำฉัน</label></div>
          <input type="submit" name="commit" value="เข้าสู่ระบบ" class="btn btn-success w-100" data-disable-with="เข้าสู่ระบบ" />
        </form>
        <p class="mt-3 small"><a href="/users/password/new">ลืมรหัสผ่าน?</a></p>
      </div>"""
        text = self.page("th", "เข้าสู่ระบบ", main, th_href="/users/sign_in", en_href="/en")
        return text.replace("<title>", '<meta name="robots" content="noindex, nofollow">\n    <title>', 1)

    # -- feeds, sitemap, robots --------------------------------------------------------------------------
    def rss(self) -> Response:
        items = []
        for p in NEWEST[:RSS_ITEMS]:
            url = self.u(p.path())
            items.append(
                f"""    <item>
      <title>{esc(p.title)}</title>
      <description>{esc(self.excerpt(p, 300))}</description>
      <pubDate>{p.dt.strftime("%a, %d %b %Y %H:%M:%S +0700")}</pubDate>
      <link>{url}</link>
      <guid>{url}</guid>
      <category>{esc(KINDS[p.kind][0])}</category>
    </item>
"""
            )
        text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>ข่าวสาร {SHORT}</title>
    <description>ข่าวประชาสัมพันธ์ ภาพกิจกรรม ประกาศ และประกาศจัดซื้อจัดจ้างของ{SITE}</description>
    <link>{self.u("/th/news")}</link>
    <language>th</language>
    <lastBuildDate>{NEWEST[0].dt.strftime("%a, %d %b %Y %H:%M:%S +0700")}</lastBuildDate>
{"".join(items)}  </channel>
</rss>
"""
        return Response(200, rails_headers("application/rss+xml; charset=utf-8", cookie=False), text.encode("utf-8"))

    def sitemap(self) -> Response:
        urls = [(self.u("/"), SITEMAP_AT.isoformat(), "always", "1.0")]
        urls += [(self.u("/th/news"), SITEMAP_AT.isoformat(), "daily", "0.8")]
        urls += [
            (self.u(f"/th/pages/{s}"), f"{v[2].isoformat()}T09:00:00+07:00", "monthly", "0.5") for s, v in PAGES.items()
        ]
        urls += [(self.u("/th/ita"), "2024-04-30T15:12:40+07:00", "monthly", "0.5")]
        posts = []
        for p in POSTS:
            if p.id in NOT_IN_SITEMAP:
                continue
            param = f"{p.id}-{p.old_slug}" if p.id == 55 else p.param  # renamed after the last run
            posts.append((p.dt.isoformat(), self.u(f"/th/news/{param}")))
        for pid, (slug, when) in DELETED.items():
            posts.append((when, self.u(f"/th/news/{pid}-{slug}")))
        urls += [(loc, when, "weekly", "0.7") for when, loc in sorted(posts)]
        body = "".join(
            f"<url><loc>{loc}</loc><lastmod>{lm}</lastmod><changefreq>{cf}</changefreq><priority>{pr}</priority></url>"
            for loc, lm, cf, pr in urls
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
            'xmlns:video="http://www.google.com/schemas/sitemap-video/1.1" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
            'xmlns:mobile="http://www.google.com/schemas/sitemap-mobile/1.0" xmlns:pagemap="http://www.google.com/schemas/sitemap-pagemap/1.0" '
            f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{body}</urlset>'
        )
        raw = gzip.compress(xml.encode("utf-8"), compresslevel=9, mtime=int(SITEMAP_AT.timestamp()))
        return static_file(raw, "application/x-gzip", SITEMAP_AT)

    def robots(self) -> Response:
        text = (
            "# See https://www.robotstxt.org/robotstxt.html for documentation on how to use the robots.txt file\n"
            "User-agent: *\n"
            + "".join(f"Disallow: {p}\n" for p in DISALLOWED)
            + f"\nSitemap: {self.u('/sitemap.xml.gz')}\n"
        )
        return static_file(text.encode("utf-8"), "text/plain", ASSETS_AT)

    # -- registration ------------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.files: dict[tuple[int, str], str] = {}
        for p in POSTS:  # blobs first, in id order, so the blob ids are stable
            self.post_photos(p)
            for label, filename in p.files:
                self.files[(p.id, filename)] = self.pdf_blob(p, label, filename)
        self.add("/", self.html(self.home()), True)
        self.add("/th", self.html(self.home()), True)
        self.add("/en", self.html(self.home("en")), True)
        self.non_articles += [self.u("/?locale=th"), self.u("/th?locale=th"), self.u("/en?locale=en")]
        self.add("/th/news", self.listing({}), True)
        for extra in (
            "?page=1",
            "?page=2",
            "?page=3",
            "?locale=th",
            "?sort=oldest",
            "?sort=newest",
            "?per=20",
            "?per=50",
            "?sort=oldest&page=2",
            "?category=news",
            "?category=activity",
            "?category=announcement",
            "?category=procurement",
            "?category=news&sort=oldest",
            "?category=activity&per=20",
        ):
            self.non_articles.append(self.u("/th/news" + extra))
        self.add("/en/news", self.html(self.en_listing()), True)
        for tag in TAGS:
            self.add(tag_path(tag), self.html(self.tag_page(tag)), tag in ("ภาษี", "ขยะ", "จัดซื้อจัดจ้าง", "e-bidding"))
        for p in POSTS:
            path = p.path()
            self.add(path, self.html(self.post_page(p)))
            self.add(path + "?print=true", self.html(self.print_page(p), extra=(("X-Robots-Tag", "noindex"),)), True)
            self.add(f"/news/{p.id}", self.redirect(path))
            aliases = [self.u(path + "?locale=th"), self.u(f"/news/{p.id}")]
            if p.old_slug:
                self.add(f"/th/news/{p.id}-{p.old_slug}", self.redirect(path, 301))
                aliases.append(self.u(f"/th/news/{p.id}-{p.old_slug}"))
            if p.id == 63:
                self.add("/th/news/63", self.redirect(path, 301))
                aliases.append(self.u("/th/news/63"))
            if p.en:
                en = p.path("en")
                self.add(en, self.html(self.post_page(p, "en")))
                self.add(
                    en + "?print=true", self.html(self.print_page(p, "en"), extra=(("X-Robots-Tag", "noindex"),)), True
                )
                aliases += [self.u(en), self.u(en + "?locale=en")]
            site.articles.append(
                FixtureArticle(self.u(path), tuple(aliases), p.title, p.paragraphs, p.day, p.author, p.captions)
            )
        self.add(f"/th/news/{SOFT_404_ID}", self.html(self.soft_404()), True)
        self.add("/th/news/load_more?page=2", self.load_more(2), True)
        for slug in PAGES:
            self.add(f"/th/pages/{slug}", self.html(self.standing(slug)), True)
            self.add(f"/en/pages/{slug}", self.html(self.standing(slug, "en")), True)
        self.add("/th/ita", self.html(self.ita_index(ITA_YEARS[0])), True)
        for year in ITA_YEARS:
            self.add(f"/th/ita?year={year}", self.html(self.ita_index(year)), True)
            for n, title, desc, kind in ITA_ITEMS:
                self.add(f"/th/ita/{year}/o{n}", self.html(self.ita_item(year, n, title, desc, kind)), True)
                if kind == "pdf" and (year, n) != (2567, 11):
                    lines = [f"Mae Lan Kham SAO - ITA {year} O{n}", "Scanned document."]
                    site.add(
                        f"/uploads/ita/{year}/o{n}.pdf",
                        static_file(
                            pdf(f"ITA {year} O{n}", lines),
                            "application/pdf",
                            datetime(year - 543, 4, 20, 10, 0, tzinfo=BANGKOK),
                        ),
                    )
        self.add("/th/events", self.calendar("th", TODAY), True)
        self.add("/en/events", self.calendar("en", TODAY), True)
        for e in EVENTS:
            self.add(f"/th/events/{e[0]}", self.html(self.event_page(e)), True)
            self.add(f"/en/events/{e[0]}", self.html(self.event_page(e, "en")), e[0] == 23)
        self.non_articles += [self.u("/th/events?start_date=2024-10-01"), self.u("/en/events?start_date=2024-10-01")]
        self.add("/th/search", self.search("", ""), True)
        self.non_articles.append(self.u("/th/search?q=" + quote_plus("ภาษีที่ดิน")))
        self.add("/admin", self.redirect("/users/sign_in"))
        self.add("/users/sign_in", self.html(self.sign_in()), True)
        self.add("/th/news.rss", self.rss())
        self.add("/sitemap.xml.gz", self.sitemap())
        self.add("/robots.txt", self.robots())
        assets = (
            (
                ASSET["application.css"],
                ".trix-content .attachment__caption{color:#6c757d;font-size:.875rem}.simple-calendar td{height:6rem;vertical-align:top}\n",
                "text/css",
            ),
            (ASSET["print.css"], "body{font-family:Sarabun,sans-serif;margin:2cm}img{max-width:100%}\n", "text/css"),
            (
                ASSET["application.js"],
                'import "@hotwired/turbo-rails"\nimport "controllers"\n',
                "application/javascript",
            ),
            (ASSET["turbo"], "/* Turbo 7.3.0 */\n", "application/javascript"),
            (ASSET["stimulus"], "/* Stimulus 3.2.2 */\n", "application/javascript"),
            (
                ASSET["controllers"],
                '/* eagerLoadControllersFrom("controllers", application) */\n',
                "application/javascript",
            ),
            (
                ASSET["logo"],
                '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#198754"/></svg>\n',
                "image/svg+xml",
            ),
            (
                ASSET["notice"],
                '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400"><rect width="600" height="400" fill="#e9ecef"/></svg>\n',
                "image/svg+xml",
            ),
        )
        for path, text, ctype in assets:
            add_text(site, path, text, ctype)
        site.disallowed_paths = list(DISALLOWED)
        site.broken_links = [self.u(ITA_BROKEN)]
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SEARCH, TRAP_LOAD_MORE]
        site.not_found = Response(404, (("Content-Type", HTML),), PUBLIC_404.encode("utf-8"))
        site.dynamic = self.dynamic

    # -- answers made on request -------------------------------------------------------------------------
    def raw(self, target: str) -> Response | None:
        return FixtureSite.route(self.site, target)

    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        params = dict(pairs)
        if "locale" in params:  # the path's locale wins; on "/" the parameter chooses it
            rest = "&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in pairs if k != "locale")
            if path == "/" and params["locale"] == "en" and not rest:
                return self.raw("/en")
            return self.raw(parts.path + ("?" + rest if rest else ""))
        if path == "/th/news":
            return self.listing(params)
        m = re.fullmatch(r"/(th|en)/news/load_more", path)
        if m and m.group(1) == "th":
            page = params.get("page", "1")
            return self.load_more(int(page) if page.isdigit() and len(page) < 10 else 1)
        if path == "/th/search":
            return self.search(" ".join(params.get("q", "").split()), params.get("page", ""))
        m = re.fullmatch(r"/(th|en)/events", path)
        if m:
            try:
                start = date.fromisoformat(params.get("start_date", ""))
            except ValueError:
                start = TODAY  # the vendor rescues Date::Error with the current month
            if not 1000 <= start.year <= 9998:
                start = TODAY
            return self.calendar(m.group(1), start)
        m = re.fullmatch(r"/(th|en)/news/([^/]+)", path)
        if m:
            return self.show(m.group(1), m.group(2), params)
        if parts.query and self.site.has(parts.path):  # Rails ignores parameters it does not use
            return self.raw(parts.path)
        return self.rails_404()

    def show(self, lang: str, param: str, params: dict[str, str]) -> Response:
        """PostsController#show: friendly.find, history redirects, the vendor's soft-404."""
        m = re.match(r"\d+", param)
        pid = int(m.group(0)) if m else 0
        if pid in DELETED:
            return self.rails_404()
        p = BY_ID.get(pid)
        if p is None:
            return self.html(self.soft_404())
        if lang == "en" and not p.en:
            return self.redirect(p.path())
        if param == p.param:
            if params.get("print") == "true":
                return self.raw(p.path(lang) + "?print=true")
            return self.raw(p.path(lang))
        if param in (str(p.id), f"{p.id}-{p.old_slug}"):
            return self.redirect(p.path(lang), 301)
        return self.rails_404()  # a wrong slug after a known id: RecordNotFound


PUBLIC_404 = """<!DOCTYPE html>
<html>
<head>
  <title>The page you were looking for doesn't exist (404)</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <style>
  .rails-default-error-page {
    background-color: #EFEFEF;
    color: #2E2F30;
    text-align: center;
    font-family: arial, sans-serif;
    margin: 0;
  }

  .rails-default-error-page div.dialog {
    width: 95%;
    max-width: 33em;
    margin: 4em auto 0;
  }
  </style>
</head>

<body class="rails-default-error-page">
  <!-- This file lives in public/404.html -->
  <div class="dialog">
    <div>
      <h1>The page you were looking for doesn't exist.</h1>
      <p>You may have mistyped the address or the page may have moved.</p>
    </div>
    <p>If you are the application owner check the logs for more information.</p>
  </div>
</body>
</html>
"""


def build(base_url: str) -> FixtureSite:
    site = RailsSite(FAMILY, base_url, server_software="nginx/1.24.0 + " + PASSENGER)
    site._served, site._lock = {}, threading.Lock()
    Rails(site).register()
    return site

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""djangocms_newsblog: a เทศบาลนคร on django CMS 3 + djangocms-blog, built by a Thai software house, th + en.

เทศบาลนครเวียงสุวรรณ (fictional), จังหวัดเวียงสุวรรณ.  TODAY is 2024-11-28.  All text is written for this fixture.

CMS imitated: django CMS 3.11 on Django 4.2 behind nginx + gunicorn (``Server: nginx/1.18.0 (Ubuntu)``, Django's
``X-Frame-Options``/``Vary: Cookie, Accept-Language``/``Content-Language`` headers), djangocms-blog 1.2 as the news
apphook (``/th/news/``), djangocms-text-ckeditor, djangocms-picture, djangocms-file, django-filer (media under
``/media/filer_public/<2 hex>/<2 hex>/<uuid>/<file>``, easy-thumbnails ``...jpg__400x225_q85_crop_subsampling-2_upscale.jpg``),
aldryn-events-like events apphook (``/th/events/``), a haystack search apphook (``/th/search/``), django-taggit,
django-hitcount, django-meta, django.contrib.redirects and django.contrib.sitemaps.  The agency's Bootstrap 4 theme
wraps djangocms-blog's stock templates (``article.post-item``, ``ul.post-detail``, ``div.blog-lead``,
``div.blog-content``), adds a "ข่าวที่เกี่ยวข้อง" box (editor-chosen ``related`` posts, else the latest 3 of the first
category), prev/next links, share buttons, a hit counter and a footer visitor counter.

URL shapes
* ``/`` 302 -> ``/th/`` (LocaleMiddleware); any registered ``/th/...`` path asked without the language prefix 302s
  to it (a post body links ``/news/2022/04/13/<slug>/``).  APPEND_SLASH: slash-less paths 301.
* posts: ``/th/news/<yyyy>/<mm>/<dd>/<slug>/`` (djangocms-blog ``full_date`` permalink, month and day zero-padded,
  ``<int:...>`` converters so ``/2024/5/31/`` answers too).  The date in the URL is the UTC date of
  ``date_published`` (djangocms-blog reads the aware datetime without localtime): the PM2.5 warning published
  at 06:15 on 8 March 2023 lives under ``/2023/03/07/`` and the dengue notice of 05:40 on 1 June 2024 under
  ``/2024/05/31/`` (yet it is listed in the June 2024 archive, which filters in Asia/Bangkok).  Slugs are
  Django's ``slugify(allow_unicode=True)`` of the Thai title: NFKC, then every non-``\\w`` character dropped, so
  Thai vowel and tone marks vanish (ประชาสัมพันธ์ -> ``ประชาสมพนธ``, ประจำปี -> ``ประจาป``), curly quotes
  too; links are ``iri_to_uri`` percent-encoded (upper-case hex).  Four slugs were typed by hand
  (``covid-19-songkran-2564``, ``flood-relief-2565``, ``yi-peng-2566``, ``songkran-2567``); the Songkran 2567
  post was re-slugged and its old Thai URL 301s (django.contrib.redirects, linked from a later post).
* English (parler): three posts are translated, with their own English slugs, titles and text
  (``/en/news/2022/10/05/helping-flood-victims-suwan-river/``): separate gold articles.  The language chooser of
  the other 18 posts links ``/en/news/<date>/<thai slug>/``, which is a 404 (``broken_links``).  CMS pages
  without an English title 302 to the Thai page (``redirect_on_fallback``); ``/en/``, ``/en/about/``,
  ``/en/contact/``, ``/en/news/`` (+ its category, tag, author and archive views) are translated.
* listings: ``/th/news/`` (6 a page, ``?page=2..4``, query-only hrefs; ``?page=1`` is the "ก่อนหน้า" link of
  page 2), archives ``/th/news/<yyyy>/`` and ``/th/news/<yyyy>/<mm>/`` (sidebar archive plugin), categories
  ``/th/news/category/<thai slug>/``, tags ``/th/news/tag/<slug>/`` (+ ``feed/``), authors
  ``/th/news/author/<username>/``.  Feeds ``/th/news/feed/`` (latest 10), ``/en/news/feed/``.
* ``/sitemap.xml`` (robots.txt ``Sitemap:``) indexes ``/sitemap-cmspages.xml``, ``/sitemap-news.xml`` and
  ``/sitemap-news.xml?p=2`` (15 a page, th and en posts), ``/sitemap-events.xml``.
* CMS pages: ``/th/about/`` (+ history, vision, executives, structure), ``/th/ita/`` (ITA O-items as filer
  PDFs), ``/th/downloads/``, ``/th/contact/``, ``/th/policy/``, ``/th/privacy/``, ``/th/events/`` (+ six
  event pages ``/th/events/<slug>/``), ``/th/search/``; ``/th/page-not-found/`` is a CMS page reading
  "ไม่พบหน้าที่ต้องการ" that answers 200: old PHP URLs (``/news_detail.php?id=1289`` in an old post body,
  ``/ita_detail.php?id=45`` on the ITA page) 301 to it.
* django CMS toolbar: every page's footer links ``<path>?edit`` ("เข้าสู่ระบบ"); ``?edit`` and ``?structure`` show
  the same page with the anonymous toolbar (login form) injected, whose mode switcher links ``?structure``,
  ``?edit`` and ``?toolbar_off`` (the plain page).  For posts these three are aliases.
* ``/admin/`` (Django admin, disallowed by robots.txt).  Unknown paths: the theme's 404 page with status 404.

Dates: detail pages print ``วันศุกร์ที่ 15 พฤศจิกายน 2567 เวลา 21:10 น.`` (the agency's ``thai_date`` filter);
listings ``15 พ.ย. 67`` (two-digit Buddhist year); the "ข่าวล่าสุด" sidebar plugin kept Django's own
``DATE_FORMAT`` for th, ``15 พฤศจิกายน 2024`` (Gregorian); ``article:published_time`` is UTC
(``2024-11-15T14:10:00+00:00``); RSS ``pubDate`` in +0000.  English pages: ``Nov. 15, 2024``.

Gold: 24 articles 2021-04-09 .. 2024-11-15, oldest first: 21 Thai posts (7 ข่าวประชาสัมพันธ์, 8 ข่าวกิจกรรม,
4 ประกาศเทศบาล, 2 ประกาศจัดซื้อจัดจ้าง; the six notices are short, pasted from Word, with centred heading
and signature lines and one or two filer PDF attachments) and the 3 English translations.  Paragraphs: ``<p>`` and ``<li>`` of the
body (centred lines included); NOT captions (djangocms-picture ``figcaption``), file links, the abstract
(shown only in listings, related boxes and feeds; for some notices it is a copy of the first paragraph).
Author: the user's full name or, when empty, the username (``admin``).  Aliases: ``?edit``, ``?structure``,
``?toolbar_off`` copies, the language-less URL and the old slug URL where a body links them.

Non-articles: home (th, en), listings and their pages, archives, categories, tags, authors, CMS pages, ITA,
downloads, contact, events list and the six event pages (title, date, place, description paragraphs, share
buttons: they look like posts), search form and the popular-query result pages, the soft-404 page.

Traps (``trap_patterns``, answered on request by ``dynamic``):
* ``TRAP_EVENTS_DATE``: the events calendar plugin (in the footer of every Thai page) and the events apphook's
  year / month / day views ``/th/events/<yyyy>/``, ``/th/events/<yyyy>/<m>/``, ``/th/events/<yyyy>/<m>/<d>/``
  for any date from 1900 to 2199, each linking the previous and next year/month/day: over 100,000 pages;
* ``TRAP_EVENTS_FILTER``: the events list's ``?date=YYYY-MM-DD`` filter ("30 วันก่อนหน้า / 30 วันถัดไป"), any
  date, each page linking two more dates, forever.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, MONTHS_ABBR, WEEKDAYS, local_dt, rfc822
from ..thaidate import EN_MONTHS as _EN_MONTHS
from .common import add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "djangocms_newsblog"
SITE = "เทศบาลนครเวียงสุวรรณ"
SITE_EN = "Wiang Suwan City Municipality"
SLOGAN = "เมืองเก่าริมน้ำสุวรรณ ประเพณีงาม ชุมชนเข้มแข็ง เมืองน่าอยู่อย่างยั่งยืน"
ADDRESS = "เลขที่ 1 ถนนเวียงสุวรรณ-ท่าน้ำ ตำบลในเวียง อำเภอเมืองเวียงสุวรรณ จังหวัดเวียงสุวรรณ 57150"
ADDRESS_EN = "1 Wiang Suwan-Tha Nam Road, Nai Wiang, Mueang Wiang Suwan, Wiang Suwan 57150"
PHONE = "0 5371 2200"
FAX = "0 5371 2209"
EMAIL = "saraban@wiangsuwancity.go.th"
MAYOR = "นายธนกร ศรีวงศ์ษา"
AGENCY = "บริษัท ล้านนาดิจิทัลโซลูชั่น จำกัด"
FB = "https://www.facebook.com/wiangsuwancity"
TODAY = date(2024, 11, 28)
NOW = datetime(2024, 11, 28, 10, 5, tzinfo=BANGKOK)
CMS_VERSION = "3.11.6"
STATIC_V = "3.11.6"
PER_PAGE = 6
FEED_ITEMS = 10
SITEMAP_LIMIT = 15
CSRF = "Xq3vT8mLr2KcW9pZa7YfN4bGd1sHj6eU0oRiVwEtQyBnMkCxJlFzDgAhS5uIpO"

TRAP_EVENTS_DATE = r"^/(?:th|en)/events/\d{4}/"
TRAP_EVENTS_FILTER = r"^/(?:th|en)/events/\?(?:.*&)?date="
TOOLBAR_KEYS = ("edit", "structure", "toolbar_off", "edit_off")


def django_slugify(value: str) -> str:
    """django.utils.text.slugify(value, allow_unicode=True): Thai marks (Mn) are not \\w and vanish."""
    value = unicodedata.normalize("NFKC", value)
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def enc(segment: str) -> str:
    """iri_to_uri: UTF-8 percent-encoding with upper-case hex."""
    return quote(segment, safe="-._~")


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def _uuid(seed: str) -> str:
    x = _h(seed)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-8{x[17:20]}-{x[20:32]}"


# -- dates ---------------------------------------------------------------------------------------------
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def d_full(dt: datetime, lang: str) -> str:
    if lang == "en":
        return f"{_AP_MONTHS[dt.month - 1]} {dt.day}, {dt.year}, {dt.hour}:{dt.minute:02d}"
    return f"วัน{WEEKDAYS[dt.weekday()]}ที่ {dt.day} {MONTHS[dt.month - 1]} {dt.year + 543} เวลา {dt.hour:02d}:{dt.minute:02d} น."


def d_list(d: date, lang: str) -> str:
    if lang == "en":
        return f"{_AP_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day:02d} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[2:]}"


def d_django(d: date, lang: str) -> str:
    """{{ date|date:"DATE_FORMAT" }}: th 'j F Y' with the GREGORIAN year; en 'N j, Y'."""
    if lang == "en":
        return f"{_AP_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def month_name(y: int, m: int, lang: str) -> str:
    return f"{_EN_MONTHS[m - 1]} {y}" if lang == "en" else f"{MONTHS[m - 1]} {y + 543}"


def iso_utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


# -- taxonomy --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Category:
    key: str
    th: str
    en: str
    en_slug: str

    @property
    def th_slug(self) -> str:
        return django_slugify(self.th)

    def slug(self, lang: str) -> str:
        return self.en_slug if lang == "en" else self.th_slug

    def name(self, lang: str) -> str:
        return self.en if lang == "en" else self.th

    def path(self, lang: str) -> str:
        return f"/{lang}/news/category/{enc(self.slug(lang))}/"


CATEGORIES = (
    Category("press", "ข่าวประชาสัมพันธ์", "Press releases", "press-releases"),
    Category("activities", "ข่าวกิจกรรม", "Activities", "activities"),
    Category("prakaas", "ประกาศเทศบาล", "Announcements", "announcements"),
    Category("procurement", "ประกาศจัดซื้อจัดจ้าง", "Procurement", "procurement"),
)
CAT = {c.key: c for c in CATEGORIES}

# django-taggit: tags are not translated; slug = slugify(name, allow_unicode=True)
TAGS = {
    "covid": "โควิด-19",
    "songkran": "สงกรานต์",
    "elderly": "ผู้สูงอายุ",
    "health": "สาธารณสุข",
    "loykrathong": "ลอยกระทง",
    "yipeng": "ยี่เป็ง",
    "tax": "ภาษี",
    "environment": "สิ่งแวดล้อม",
    "flood": "น้ำท่วม",
    "light": "ไฟฟ้าสาธารณะ",
    "kids": "วันเด็ก",
    "pm25": "PM2.5",
    "jobs": "รับสมัครงาน",
    "mothers": "วันแม่",
    "ebidding": "e-bidding",
    "road": "ถนน",
    "dengue": "ไข้เลือดออก",
    "water": "น้ำประปา",
    "smartcity": "Smart City",
}


def tag_slug(key: str) -> str:
    return django_slugify(TAGS[key])


def tag_path(key: str, lang: str) -> str:
    return f"/{lang}/news/tag/{enc(tag_slug(key))}/"


@dataclass(frozen=True)
class Author:
    key: str
    username: str
    full_name: str

    @property
    def shown(self) -> str:
        return self.full_name or self.username

    def path(self, lang: str) -> str:
        return f"/{lang}/news/author/{self.username}/"


AUTHORS = (
    Author("pr", "pr.wiangsuwan", "งานประชาสัมพันธ์ สำนักปลัดเทศบาล"),
    Author("admin", "admin", ""),
    Author("kanchana", "kanchana.p", "กาญจนา พรหมวงศ์"),
    Author("health", "health.ws", "กองสาธารณสุขและสิ่งแวดล้อม"),
    Author("finance", "revenue01", "ฝ่ายพัฒนารายได้ กองคลัง"),
    Author("supply", "phatsadu", "งานพัสดุ กองคลัง"),
    Author("works", "kongchang", "กองช่าง"),
)
AUTHOR = {a.key: a for a in AUTHORS}


# -- posts -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EnPost:
    title: str
    slug: str
    abstract: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Post:
    key: str
    day: str
    hm: str
    cats: tuple[str, ...]
    tags: tuple[str, ...]
    author: str
    style: str  # A: CKEditor justified with &nbsp; indents, B: plain <p>, W: pasted from Word
    slug: str
    old_slug: str | None
    title: str
    abstract: str | None
    related: tuple[str, ...]
    blocks: tuple[tuple[str, str], ...]
    en: EnPost | None

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def utc(self) -> datetime:
        return self.dt.astimezone(UTC)

    def url_date(self) -> str:
        u = self.utc
        return f"{u.year}/{u.month:02d}/{u.day:02d}"

    def path(self, lang: str = "th") -> str:
        slug = self.en.slug if (lang == "en" and self.en) else self.slug
        return f"/{lang}/news/{self.url_date()}/{enc(slug)}/"

    @property
    def modified(self) -> datetime:
        return self.dt + timedelta(minutes=11 + int(_h(f"mod:{self.key}", 2), 16) % 90)

    @property
    def has_image(self) -> bool:
        return self.style != "W"

    @property
    def hits(self) -> int:
        age = (TODAY - self.d).days
        return 180 + age // 3 + int(_h(f"hits:{self.key}", 4), 16) % 700


# "## KEY date time cats(+) tags(,) author style slug(auto|text)"; then T: title, A: abstract ("=": the first
# plain paragraph), R: related keys, O: old slug ("auto": the slugified title); then blocks: paragraphs,
# "C: " centred lines, "- " list items, "IMG: caption", "GAL: n", "FILE: label | file | size".  Inline:
# **bold** and [text](target) with target @KEY, @KEY|nolang, @KEY|old or a root-relative path.
# EN-T / EN-S / EN-A / EN: an English translation (title, slug, abstract, paragraphs).
SPEC = """
## K1 2021-04-09 10:30 press covid,songkran pr A covid-19-songkran-2564
T: เทศบาลนครเวียงสุวรรณออกมาตรการป้องกันการแพร่ระบาดของโรคโควิด-19 ช่วงเทศกาลสงกรานต์ 2564
A: งดกิจกรรมสาดน้ำ งดงานรื่นเริงในที่สาธารณะ และขอให้รดน้ำดำหัวผู้สูงอายุภายในครอบครัว
ตามที่ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (ศบค.) ได้ออกมาตรการควบคุมการแพร่ระบาดในช่วงเทศกาลสงกรานต์ เทศบาลนครเวียงสุวรรณจึงขอความร่วมมือประชาชนและผู้ประกอบการในเขตเทศบาลปฏิบัติตามมาตรการอย่างเคร่งครัด
เทศบาลงดการจัดกิจกรรมสาดน้ำ การเล่นปะแป้ง และงานรื่นเริงบริเวณกาดหลวงเวียงสุวรรณและถนนคนเดินทุกจุด ระหว่างวันที่ 12 - 16 เมษายน 2564 ส่วนพิธีสรงน้ำพระธาตุเวียงสุวรรณยังคงจัดตามปกติ โดยจำกัดจำนวนผู้เข้าร่วมและตรวจวัดอุณหภูมิทุกคน
ขอให้ประชาชนรดน้ำดำหัวผู้สูงอายุภายในครอบครัว สวมหน้ากากอนามัยเมื่อออกจากบ้าน และผู้ที่เดินทางมาจากพื้นที่เสี่ยงให้แจ้งผู้นำชุมชนหรือ อสม. ในพื้นที่ภายใน 24 ชั่วโมง
สอบถามข้อมูลเพิ่มเติมได้ที่ศูนย์ปฏิบัติการควบคุมโรคเทศบาลนครเวียงสุวรรณ โทร. 0 5371 2200 ต่อ 301 ตลอด 24 ชั่วโมง

## K2 2021-08-17 14:20 activities covid,elderly,health health B auto
T: เทศบาลนครเวียงสุวรรณร่วมกับโรงพยาบาลเวียงสุวรรณ ฉีดวัคซีนป้องกันโควิด-19 ให้ผู้สูงอายุและผู้ป่วยโรคเรื้อรัง
A: ฉีดวัคซีนเข็มแรกให้ผู้สูงอายุกว่า 1,200 คน ณ โรงยิมเนเซียมเทศบาล พร้อมทีมแพทย์ลงฉีดให้ผู้ป่วยติดเตียงถึงบ้าน
ระหว่างวันที่ 16 - 17 สิงหาคม 2564 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลนครเวียงสุวรรณ ร่วมกับโรงพยาบาลเวียงสุวรรณ จัดหน่วยบริการฉีดวัคซีนป้องกันโรคโควิด-19 ให้แก่ผู้สูงอายุที่มีอายุ 60 ปีขึ้นไป และผู้ป่วยโรคเรื้อรัง 7 กลุ่มโรค ณ โรงยิมเนเซียมเทศบาลนครเวียงสุวรรณ
IMG: เจ้าหน้าที่คัดกรองผู้สูงอายุก่อนเข้ารับวัคซีน
ตลอดสองวันมีผู้เข้ารับวัคซีนเข็มแรกรวม 1,236 คน โดยอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ทั้ง 27 ชุมชน ช่วยประสานและอำนวยความสะดวกในการเดินทาง สำหรับผู้สูงอายุที่ติดเตียงได้จัดทีมแพทย์ลงไปฉีดให้ถึงบ้านจำนวน 48 ราย
**นายธนกร ศรีวงศ์ษา** นายกเทศมนตรีนครเวียงสุวรรณ ขอขอบคุณบุคลากรทางการแพทย์และจิตอาสาทุกท่าน และขอเชิญชวนผู้ที่ยังไม่ได้ลงทะเบียนแจ้งความประสงค์ได้ที่ศูนย์บริการสาธารณสุขเทศบาลทั้ง 3 แห่ง
GAL: 6

## K3 2021-11-19 19:00 activities loykrathong,yipeng pr B auto
T: ลอยกระทงวิถีใหม่ “ยี่เป็งเวียงสุวรรณ 2564” ชวนร่วมลอยกระทงออนไลน์ ลดความแออัด
A: ลอยกระทงออนไลน์ผ่านเพจเทศบาล หรือลอยจริงที่ท่าน้ำ 4 จุด จำกัดจุดละ 50 คน
เนื่องจากสถานการณ์การแพร่ระบาดของโรคโควิด-19 ยังไม่คลี่คลาย เทศบาลนครเวียงสุวรรณจึงปรับรูปแบบงานประเพณียี่เป็ง ประจำปี 2564 เป็นการลอยกระทงวิถีใหม่ ระหว่างวันที่ 18 - 20 พฤศจิกายน 2564
ประชาชนสามารถร่วมลอยกระทงออนไลน์ผ่านเพจเฟซบุ๊กของเทศบาล โดยเลือกแบบกระทงและเขียนคำอธิษฐาน ระบบจะนำกระทงออนไลน์ขึ้นจอ LED ขนาดใหญ่บริเวณท่าน้ำหน้าวัดพระธาตุเวียงสุวรรณทุกคืน
IMG: ท่าน้ำลอยกระทงหน้าวัดพระธาตุเวียงสุวรรณ
สำหรับผู้ที่ต้องการลอยกระทงจริง เทศบาลจัดจุดลอยกระทงริมแม่น้ำสุวรรณ 4 จุด มีการคัดกรองและจำกัดผู้เข้าจุดละไม่เกิน 50 คนในเวลาเดียวกัน ขอให้ใช้กระทงจากวัสดุธรรมชาติและงดกระทงโฟม
เทศบาลขอความร่วมมืองดการจุดและปล่อยโคมลอยทุกชนิด เนื่องจากเป็นอันตรายต่ออากาศยานและอาจก่อให้เกิดอัคคีภัย ผู้ฝ่าฝืนมีความผิดตามกฎหมาย
ย้อนชม[ภาพงานลอยกระทงปี 2563](/news_detail.php?id=1289) จากเว็บไซต์เดิมของเทศบาล

## K4 2022-02-14 09:00 prakaas tax finance W auto
T: ประกาศเทศบาลนครเวียงสุวรรณ เรื่อง การยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2565
A: =
C: ประกาศเทศบาลนครเวียงสุวรรณ
C: เรื่อง การยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2565
ด้วยเทศบาลนครเวียงสุวรรณจะดำเนินการรับแบบแสดงรายการภาษีป้าย (ภ.ป.1) ประจำปี 2565 ตั้งแต่วันที่ 4 มกราคม - 31 มีนาคม 2565 ณ ฝ่ายพัฒนารายได้ กองคลัง ชั้น 1 สำนักงานเทศบาล ในวันและเวลาราชการ
เจ้าของป้ายที่ไม่ยื่นแบบภายในกำหนดจะต้องเสียเงินเพิ่มร้อยละสิบของค่าภาษีป้าย จึงประกาศมาเพื่อทราบโดยทั่วกัน
FILE: ประกาศภาษีป้าย ประจำปี 2565 | prakaas-phasi-pai-2565.pdf | 212.4 กิโลไบต์

## K5 2022-04-13 11:00 activities songkran,elderly kanchana A auto
T: สืบสานประเพณีปี๋ใหม่เมือง รดน้ำดำหัวขอพรผู้สูงอายุ เทศบาลนครเวียงสุวรรณ ประจำปี 2565
A: คณะผู้บริหารเทศบาลร่วมรดน้ำดำหัวผู้สูงอายุจาก 27 ชุมชน ณ หอประชุมเทศบาล
วันพุธที่ 13 เมษายน 2565 นายธนกร ศรีวงศ์ษา นายกเทศมนตรีนครเวียงสุวรรณ พร้อมด้วยคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมพิธีรดน้ำดำหัวขอพรผู้สูงอายุ เนื่องในประเพณีปี๋ใหม่เมือง ณ หอประชุมเทศบาลนครเวียงสุวรรณ
ปีนี้จัดกิจกรรมในรูปแบบกระชับ ผู้สูงอายุที่เข้าร่วมต้องแสดงผลการตรวจ ATK และได้รับวัคซีนครบตามเกณฑ์ โดยมีตัวแทนผู้สูงอายุจาก 27 ชุมชนเข้าร่วมพิธีจำนวน 135 คน
GAL: 5
ภายในงานมีการแสดงฟ้อนเล็บของนักเรียนโรงเรียนเทศบาล 1 (วัดศรีบุญเรือง) และพิธีสืบชะตาหลวงเพื่อความเป็นสิริมงคลแก่ชาวเวียงสุวรรณ ก่อนร่วมกันรับประทานอาหารพื้นเมือง
เทศบาลขอขอบคุณผู้สูงอายุทุกท่านที่มาให้พร และขอให้ทุกครอบครัวร่วมกันดูแลผู้สูงอายุในบ้านให้มีสุขภาพแข็งแรงตลอดปีใหม่เมืองนี้

## K6 2022-07-29 10:15 press environment pr B auto
T: ปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2565 ณ สวนสาธารณะหนองน้ำคำ
A: ปลูกต้นรวงผึ้งและไม้ยืนต้นกว่า 900 ต้นรอบสวนสาธารณะหนองน้ำคำ
เมื่อวันที่ 28 กรกฎาคม 2565 เทศบาลนครเวียงสุวรรณร่วมกับที่ว่าการอำเภอเมืองเวียงสุวรรณ ส่วนราชการ และจิตอาสาพระราชทาน จัดกิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ ณ สวนสาธารณะหนองน้ำคำ
ผู้เข้าร่วมกิจกรรมกว่า 400 คน ร่วมกันปลูกต้นรวงผึ้ง ต้นราชพฤกษ์ ต้นประดู่ และต้นไม้ยืนต้นอื่น ๆ รวม 919 ต้น ตามแนวทางเดินรอบหนองน้ำคำระยะทางประมาณ 1.8 กิโลเมตร
IMG: ผู้บริหารเทศบาลและจิตอาสาร่วมปลูกต้นรวงผึ้งริมหนองน้ำคำ
**กองสาธารณสุขและสิ่งแวดล้อม** จะดูแลรดน้ำและใส่ปุ๋ยต้นไม้ที่ปลูกใหม่ตลอดฤดูแล้ง พร้อมติดป้ายชื่อพันธุ์ไม้เพื่อให้สวนสาธารณะเป็นแหล่งเรียนรู้ของนักเรียนและประชาชน

## K7 2022-10-05 16:30 press flood pr B flood-relief-2565
T: เทศบาลนครเวียงสุวรรณเร่งช่วยเหลือผู้ประสบอุทกภัย หลังแม่น้ำสุวรรณเอ่อล้นตลิ่งเข้าท่วม 6 ชุมชน
A: แจกถุงยังชีพ 850 ชุด ตั้งจุดอพยพ 3 แห่ง และเปิดสายด่วน 1132 ตลอด 24 ชั่วโมง
จากฝนที่ตกหนักต่อเนื่องตั้งแต่คืนวันที่ 3 ตุลาคม 2565 ทำให้ระดับน้ำในแม่น้ำสุวรรณเพิ่มสูงขึ้นและเอ่อล้นตลิ่งเข้าท่วมบ้านเรือนประชาชนใน 6 ชุมชนริมน้ำ ได้แก่ ชุมชนท่าสุวรรณ ชุมชนท่าสุวรรณใต้ ชุมชนป่าซางงาม ชุมชนหัวฝาย ชุมชนวัดเกาะ และชุมชนสันทราย มีครัวเรือนได้รับผลกระทบ 612 ครัวเรือน
เทศบาลนครเวียงสุวรรณได้เปิดศูนย์ช่วยเหลือผู้ประสบภัยตลอด 24 ชั่วโมง ตั้งจุดอพยพชั่วคราว 3 แห่ง ที่โรงเรียนเทศบาล 2 (ท่าสุวรรณ) วัดเกาะ และโรงยิมเนเซียมเทศบาล พร้อมจัดเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยและรถบรรทุกขนย้ายสิ่งของให้ประชาชน
IMG: เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยลำเลียงถุงยังชีพให้ชุมชนท่าสุวรรณ
วันที่ 5 ตุลาคม 2565 นายธนกร ศรีวงศ์ษา นายกเทศมนตรีนครเวียงสุวรรณ ลงพื้นที่มอบถุงยังชีพจำนวน 850 ชุด น้ำดื่ม 1,200 แพ็ค และยารักษาโรคเบื้องต้น ให้แก่ผู้ประสบภัย
ประชาชนที่ได้รับความเดือดร้อนสามารถแจ้งขอความช่วยเหลือได้ที่สายด่วนเทศบาล 1132 หรือโทร. 0 5371 2200 ต่อ 199 และติดตามประกาศระดับน้ำได้ทางเพจเฟซบุ๊กของเทศบาล
EN-T: Wiang Suwan City Municipality speeds up help for flood victims as the Suwan River overflows into six communities
EN-S: helping-flood-victims-suwan-river
EN-A: 850 relief bags handed out, three evacuation points opened and the 1132 hotline running around the clock.
EN: Heavy rain since the night of 3 October 2022 raised the Suwan River until it overflowed its banks and flooded homes in six riverside communities: Tha Suwan, Tha Suwan Tai, Pa Sang Ngam, Hua Fai, Wat Ko and San Sai. A total of 612 households were affected.
EN: The municipality opened a 24-hour relief centre and three temporary evacuation points at Municipal School 2 (Tha Suwan), Wat Ko and the municipal gymnasium, with disaster prevention staff and trucks helping residents move their belongings.
EN: On 5 October 2022 Mayor Thanakorn Siwongsa visited the area and handed over 850 relief bags, 1,200 packs of drinking water and basic medicines to the flood victims.
EN: Residents who need help can call the municipal hotline 1132 or 0 5371 2200 ext. 199, and follow water level updates on the municipality's Facebook page.

## K8 2022-12-20 13:45 procurement light supply W auto
T: ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุอุปกรณ์ไฟฟ้าส่องสว่างสาธารณะ จำนวน 12 รายการ โดยวิธีเฉพาะเจาะจง
C: ประกาศเทศบาลนครเวียงสุวรรณ
C: เรื่อง ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุอุปกรณ์ไฟฟ้าส่องสว่างสาธารณะ จำนวน 12 รายการ โดยวิธีเฉพาะเจาะจง
ตามที่เทศบาลนครเวียงสุวรรณ ได้มีโครงการซื้อวัสดุอุปกรณ์ไฟฟ้าส่องสว่างสาธารณะ จำนวน 12 รายการ โดยวิธีเฉพาะเจาะจง นั้น
ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด เวียงสุวรรณการไฟฟ้า โดยเสนอราคาเป็นเงินทั้งสิ้น 187,450.00 บาท (หนึ่งแสนแปดหมื่นเจ็ดพันสี่ร้อยห้าสิบบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง
C: ประกาศ ณ วันที่ 20 ธันวาคม พ.ศ. 2565
C: (นายธนกร ศรีวงศ์ษา)
C: นายกเทศมนตรีนครเวียงสุวรรณ
FILE: ประกาศผู้ชนะ ซื้อวัสดุไฟฟ้า 12 รายการ | winner-electric-20122565.pdf | 168.2 กิโลไบต์

## K9 2023-01-14 09:30 activities kids pr A auto
T: งานวันเด็กแห่งชาติ ประจำปี 2566 เทศบาลนครเวียงสุวรรณ “เด็กเวียงสุวรรณ รู้คิด รู้เท่าทัน สร้างสรรค์เทคโนโลยี”
A: เด็กและผู้ปกครองกว่า 3,000 คนร่วมงาน ณ สนามกีฬาเทศบาล พร้อมมอบทุนการศึกษา 60 ทุน
วันเสาร์ที่ 14 มกราคม 2566 เทศบาลนครเวียงสุวรรณจัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ สนามกีฬาเทศบาลนครเวียงสุวรรณ ภายใต้แนวคิด “เด็กเวียงสุวรรณ รู้คิด รู้เท่าทัน สร้างสรรค์เทคโนโลยี” มีเด็กและผู้ปกครองเข้าร่วมงานกว่า 3,000 คน
ภายในงานมีซุ้มกิจกรรมกว่า 40 ซุ้มจากโรงเรียนในสังกัดเทศบาล 6 แห่ง หน่วยงานราชการ และภาคเอกชน เช่น ซุ้มหุ่นยนต์และการเขียนโปรแกรมเบื้องต้น ซุ้มวิทยาศาสตร์น่ารู้ และซุ้มสอนความปลอดภัยทางถนน
GAL: 6
นายธนกร ศรีวงศ์ษา นายกเทศมนตรีนครเวียงสุวรรณ มอบทุนการศึกษาแก่นักเรียนที่มีผลการเรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 60 ทุน ทุนละ 2,000 บาท และมอบของขวัญแก่เด็กที่ร่วมงานทุกคน
เทศบาลขอขอบคุณผู้สนับสนุนทุกภาคส่วนที่ทำให้งานวันเด็กปีนี้สำเร็จลุล่วงด้วยดี

## K10 2023-03-08 06:15 press pm25,health health B auto
T: เตือนประชาชนเฝ้าระวังฝุ่นละอองขนาดเล็ก PM2.5 เกินค่ามาตรฐาน ขอความร่วมมืองดเผาในที่โล่งทุกชนิด
A: ค่า PM2.5 เช้านี้ 98 ไมโครกรัมต่อลูกบาศก์เมตร กลุ่มเสี่ยงควรงดกิจกรรมกลางแจ้ง
ศูนย์เฝ้าระวังคุณภาพอากาศเทศบาลนครเวียงสุวรรณ รายงานค่าฝุ่นละอองขนาดเล็กไม่เกิน 2.5 ไมครอน (PM2.5) เมื่อเวลา 06.00 น. ของวันพุธที่ 8 มีนาคม 2566 ตรวจวัดได้ 98 ไมโครกรัมต่อลูกบาศก์เมตร เกินค่ามาตรฐานที่กำหนดไว้ที่ 50 ไมโครกรัมต่อลูกบาศก์เมตร และอยู่ในระดับที่มีผลกระทบต่อสุขภาพ
เทศบาลขอความร่วมมือประชาชนงดการเผาขยะ เผาใบไม้ และเผาวัสดุทางการเกษตรในที่โล่งทุกชนิด หากพบเห็นการเผาสามารถแจ้งได้ที่สายด่วนเทศบาล 1132 เจ้าหน้าที่จะเข้าระงับเหตุทันที
**กลุ่มเสี่ยง** ได้แก่ เด็กเล็ก ผู้สูงอายุ หญิงตั้งครรภ์ และผู้ป่วยโรคหัวใจและโรคระบบทางเดินหายใจ ควรงดกิจกรรมกลางแจ้งและสวมหน้ากากชนิด N95 เมื่อออกนอกบ้าน หากมีอาการไอ แน่นหน้าอก หรือหายใจลำบาก ให้รีบพบแพทย์
เทศบาลได้เปิดห้องปลอดฝุ่นสำหรับเด็กเล็กในศูนย์พัฒนาเด็กเล็กทั้ง 4 แห่ง และฉีดพ่นละอองน้ำบนถนนสายหลักทุกวันในช่วงเช้า
IMG: รถบรรทุกน้ำของเทศบาลฉีดพ่นละอองน้ำบนถนนเวียงสุวรรณ-ท่าน้ำ

## K11 2023-05-19 15:00 prakaas jobs admin W auto
T: ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ตำแหน่งผู้ช่วยนักวิชาการสาธารณสุข พนักงานขับรถยนต์ และคนงานทั่วไป
A: =
C: ประกาศเทศบาลนครเวียงสุวรรณ
C: เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง
ด้วยเทศบาลนครเวียงสุวรรณ มีความประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง จำนวน 3 ตำแหน่ง ดังนี้
- ผู้ช่วยนักวิชาการสาธารณสุข (พนักงานจ้างตามภารกิจ) จำนวน 1 อัตรา
- พนักงานขับรถยนต์ (พนักงานจ้างตามภารกิจ) จำนวน 2 อัตรา
- คนงานทั่วไป (พนักงานจ้างทั่วไป) จำนวน 4 อัตรา
ผู้ประสงค์จะสมัครให้ยื่นใบสมัครด้วยตนเองได้ที่งานการเจ้าหน้าที่ สำนักปลัดเทศบาล ตั้งแต่วันที่ 22 พฤษภาคม - 2 มิถุนายน 2566 ในวันและเวลาราชการ รายละเอียดตามประกาศแนบท้าย
FILE: ประกาศรับสมัครพนักงานจ้าง พ.ค. 2566 | rabsamak-2566.pdf | 356.0 กิโลไบต์

## K12 2023-08-11 10:00 activities mothers kanchana A auto
T: เทศบาลนครเวียงสุวรรณจัดงานวันแม่แห่งชาติ ประจำปี 2566 มอบรางวัลแม่ดีเด่นประจำชุมชน 27 ท่าน
A: มอบโล่ประกาศเกียรติคุณแม่ดีเด่นประจำชุมชน ชุมชนละ 1 ท่าน
วันศุกร์ที่ 11 สิงหาคม 2566 เทศบาลนครเวียงสุวรรณจัดงานเฉลิมพระเกียรติสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง และกิจกรรมวันแม่แห่งชาติ ประจำปี 2566 ณ หอประชุมเทศบาลนครเวียงสุวรรณ
ในพิธีได้มีการมอบโล่ประกาศเกียรติคุณแก่แม่ดีเด่นประจำชุมชน ชุมชนละ 1 ท่าน รวม 27 ท่าน ซึ่งคัดเลือกจากผู้ที่อุทิศตนดูแลครอบครัวและทำประโยชน์ต่อชุมชนอย่างต่อเนื่อง
IMG: แม่ดีเด่นประจำชุมชนรับโล่ประกาศเกียรติคุณจากนายกเทศมนตรี
นอกจากนี้ นักเรียนโรงเรียนในสังกัดเทศบาลได้ร่วมกันแสดงกิจกรรมไหว้แม่และมอบพวงมาลัยดอกมะลิแก่คุณแม่ที่มาร่วมงาน สร้างความประทับใจแก่ผู้เข้าร่วมงานเป็นอย่างยิ่ง

## K13 2023-11-10 18:30 press yipeng,loykrathong pr B yi-peng-2566
T: เชิญเที่ยวงานประเพณียี่เป็งเวียงสุวรรณ ประจำปี 2566 ชมขบวนกระทงใหญ่และโคมล้านดวง 26 - 28 พฤศจิกายน 2566
A: สามวันสามคืนริมแม่น้ำสุวรรณ ขบวนกระทงใหญ่ 27 ชุมชน และโคมล้านดวงรอบคูเมือง
เทศบาลนครเวียงสุวรรณ ขอเชิญประชาชนและนักท่องเที่ยวร่วมงานประเพณียี่เป็งเวียงสุวรรณ ประจำปี 2566 ระหว่างวันที่ 26 - 28 พฤศจิกายน 2566 ณ บริเวณท่าน้ำแม่น้ำสุวรรณ คูเมืองเวียงสุวรรณ และลานหน้าวัดพระธาตุเวียงสุวรรณ
ไฮไลต์ของงาน ได้แก่ การประดับโคมล้านนากว่าหนึ่งล้านดวงรอบคูเมือง การประกวดขบวนกระทงใหญ่จาก 27 ชุมชนในคืนวันที่ 27 พฤศจิกายน 2566 และการประกวดนางนพมาศเวียงสุวรรณ
IMG: โคมล้านนาประดับรอบคูเมืองเวียงสุวรรณ
เทศบาลได้จัดพื้นที่จอดรถ 5 จุด พร้อมรถรางบริการรับส่งฟรีตลอดงาน และขอความร่วมมืองดปล่อยโคมลอยในเขตเทศบาลตามประกาศจังหวัดเวียงสุวรรณ เพื่อความปลอดภัยของการบินและป้องกันอัคคีภัย
EN-T: Yi Peng Festival 2023 in Wiang Suwan: the grand krathong parade and a million lanterns, 26-28 November
EN-S: yi-peng-festival-2023
EN-A: Three nights by the Suwan River with krathong floats from 27 communities and a million lanterns around the city moat.
EN: Wiang Suwan City Municipality invites residents and visitors to the Yi Peng Festival 2023, held from 26 to 28 November 2023 at the Suwan River pier, the city moat and the square in front of Wat Phra That Wiang Suwan.
EN: Highlights include more than one million Lanna lanterns along the city moat, the grand krathong parade contest of 27 communities on the night of 27 November 2023, and the Nang Noppamas Wiang Suwan pageant.
EN: Five parking areas and free shuttle trams are provided throughout the festival. Releasing sky lanterns is not allowed within the municipality, following the Wiang Suwan provincial order, for flight safety and to prevent fires.

## K14 2024-01-26 08:45 prakaas tax finance W auto
T: ประกาศ การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ภายในวันที่ 30 เมษายน 2567
A: =
R: K4
C: ประกาศเทศบาลนครเวียงสุวรรณ
C: เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567
เทศบาลนครเวียงสุวรรณได้ส่งหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ให้แก่ผู้เสียภาษีแล้ว ขอให้ผู้เสียภาษีชำระภาษีภายในวันที่ 30 เมษายน 2567 ที่ฝ่ายพัฒนารายได้ กองคลัง หรือชำระผ่าน QR Code ท้ายหนังสือแจ้งการประเมิน
ผู้ที่ชำระภาษีเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562
FILE: ประกาศ ภาษีที่ดินและสิ่งปลูกสร้าง 2567 | phasi-thidin-2567.pdf | 245.3 กิโลไบต์

## K15 2024-02-20 14:00 procurement ebidding,road supply W auto
T: ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยท่าสุวรรณ 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
C: ประกาศเทศบาลนครเวียงสุวรรณ
C: เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยท่าสุวรรณ 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
เทศบาลนครเวียงสุวรรณ มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยท่าสุวรรณ 5 ขนาดกว้าง 4 เมตร ยาว 260 เมตร หนา 0.15 เมตร ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 1,148,000.00 บาท
ผู้สนใจขอรับเอกสารประกวดราคาได้ทางเว็บไซต์ www.gprocurement.go.th ระหว่างวันที่ 20 - 28 กุมภาพันธ์ 2567 และยื่นข้อเสนอในวันที่ 29 กุมภาพันธ์ 2567 ระหว่างเวลา 09.00 - 12.00 น.
FILE: ประกาศประกวดราคา ซอยท่าสุวรรณ 5 | ebidding-thasuwan5-2567.pdf | 412.8 กิโลไบต์
FILE: เอกสารประกวดราคา (e-bidding) ซอยท่าสุวรรณ 5 | ebidding-doc-thasuwan5-2567.pdf | 1.1 เมกะไบต์

## K16 2024-04-12 17:20 activities songkran pr B songkran-2567
T: บรรยากาศงานสงกรานต์ปี๋ใหม่เมืองเวียงสุวรรณ 2567 ขบวนแห่พระพุทธรูปสำคัญและสรงน้ำพระธาตุ
A: ขบวนแห่พระพุทธสิงห์สุวรรณรอบคูเมือง ประชาชนร่วมสรงน้ำพระตลอดเส้นทาง
R: K5
O: auto
วันศุกร์ที่ 12 เมษายน 2567 เทศบาลนครเวียงสุวรรณจัดขบวนแห่พระพุทธสิงห์สุวรรณ พระพุทธรูปสำคัญคู่บ้านคู่เมืองเวียงสุวรรณ ออกจากวัดพระธาตุเวียงสุวรรณไปรอบคูเมือง เพื่อให้ประชาชนได้สรงน้ำพระเนื่องในเทศกาลสงกรานต์ปี๋ใหม่เมือง ประจำปี 2567
ขบวนแห่ประกอบด้วยขบวนช่างฟ้อน กลองสะบัดชัย และขบวนตุงจาก 27 ชุมชน มีประชาชนและนักท่องเที่ยวตั้งโต๊ะหมู่บูชาและร่วมสรงน้ำพระตลอดเส้นทางกว่า 3 กิโลเมตร
GAL: 6
ในช่วงเย็น นายธนกร ศรีวงศ์ษา นายกเทศมนตรีนครเวียงสุวรรณ เป็นประธานพิธีสรงน้ำพระธาตุเวียงสุวรรณ และเปิดถนนสายวัฒนธรรมบริเวณกาดหลวงเวียงสุวรรณ ซึ่งจะจัดต่อเนื่องถึงวันที่ 16 เมษายน 2567
เทศบาลขอความร่วมมือเล่นน้ำอย่างสุภาพ ไม่ใช้น้ำสกปรกหรือน้ำแข็ง และ “เมาไม่ขับ” เพื่อความปลอดภัยของทุกคน

## K17 2024-06-01 05:40 press dengue,health health A auto
T: กองสาธารณสุขฯ ออกพ่นหมอกควันกำจัดยุงลาย ป้องกันโรคไข้เลือดออกช่วงเปิดภาคเรียน
A: พ่นหมอกควันโรงเรียน 6 แห่งและศูนย์พัฒนาเด็กเล็ก 4 แห่ง ก่อนเปิดภาคเรียน
กองสาธารณสุขและสิ่งแวดล้อม เทศบาลนครเวียงสุวรรณ กำหนดออกพ่นหมอกควันกำจัดยุงลายตัวเต็มวัยในโรงเรียนสังกัดเทศบาล 6 แห่ง และศูนย์พัฒนาเด็กเล็ก 4 แห่ง ระหว่างวันที่ 1 - 7 มิถุนายน 2567 ก่อนเปิดภาคเรียนที่ 1 ปีการศึกษา 2567
ข้อมูลจากสำนักงานสาธารณสุขจังหวัดเวียงสุวรรณ ตั้งแต่ 1 มกราคม ถึง 31 พฤษภาคม 2567 พบผู้ป่วยโรคไข้เลือดออกในเขตเทศบาลแล้ว 23 ราย ส่วนใหญ่เป็นเด็กวัยเรียนอายุ 5 - 14 ปี
ขอให้ประชาชนช่วยกันกำจัดแหล่งเพาะพันธุ์ยุงลายตามมาตรการ 3 เก็บ 3 โรค ได้แก่ เก็บบ้าน เก็บขยะ และเก็บน้ำ ทุกสัปดาห์ หากมีไข้สูงลอยเกิน 2 วัน ให้รีบไปพบแพทย์ และไม่ควรซื้อยาลดไข้กลุ่มแอสไพรินหรือไอบูโพรเฟนมารับประทานเอง
IMG: เจ้าหน้าที่พ่นหมอกควันในอาคารเรียนโรงเรียนเทศบาล 3

## K18 2024-07-22 11:30 prakaas water works W auto
T: ประกาศงดจ่ายน้ำประปาชั่วคราว ชุมชนหนองน้ำคำ และชุมชนป่าซางงาม วันพุธที่ 24 กรกฎาคม 2567
A: =
C: ประกาศเทศบาลนครเวียงสุวรรณ
C: เรื่อง งดจ่ายน้ำประปาชั่วคราว
ด้วยกองช่าง เทศบาลนครเวียงสุวรรณ จะดำเนินการเปลี่ยนประตูน้ำและซ่อมแซมท่อเมนประปาขนาด 200 มิลลิเมตร บริเวณสี่แยกหนองน้ำคำ จึงมีความจำเป็นต้องงดจ่ายน้ำประปาในวันพุธที่ 24 กรกฎาคม 2567 ตั้งแต่เวลา 08.00 - 17.00 น.
พื้นที่ที่ได้รับผลกระทบ ได้แก่ ชุมชนหนองน้ำคำ ชุมชนป่าซางงาม และบางส่วนของถนนเวียงสุวรรณ-ท่าน้ำ ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า ขออภัยในความไม่สะดวกมา ณ โอกาสนี้
FILE: ประกาศงดจ่ายน้ำ 24 ก.ค. 2567 | ngot-chai-nam-24072567.pdf | 98.6 กิโลไบต์

## K19 2024-09-03 10:40 activities elderly kanchana A auto
T: เปิดภาคเรียนโรงเรียนผู้สูงอายุเทศบาลนครเวียงสุวรรณ รุ่นที่ 5 ปีการศึกษา 2567
A: นักเรียนผู้สูงอายุ 112 คน เรียนทุกวันอังคารตลอด 20 สัปดาห์
R: K5,K2
วันอังคารที่ 3 กันยายน 2567 นายธนกร ศรีวงศ์ษา นายกเทศมนตรีนครเวียงสุวรรณ เป็นประธานพิธีเปิดภาคเรียนโรงเรียนผู้สูงอายุเทศบาลนครเวียงสุวรรณ รุ่นที่ 5 ณ ศูนย์พัฒนาคุณภาพชีวิตและส่งเสริมอาชีพผู้สูงอายุ มีผู้สูงอายุสมัครเรียน 112 คน
หลักสูตรปีนี้ประกอบด้วยวิชาการดูแลสุขภาพกายและใจ การใช้สมาร์ตโฟนอย่างปลอดภัย การรู้เท่าทันมิจฉาชีพออนไลน์ ศิลปะการจักสานแบบล้านนา และการทำอาหารพื้นเมือง เรียนทุกวันอังคาร รวม 20 สัปดาห์
IMG: ผู้สูงอายุรุ่นที่ 5 ถ่ายภาพร่วมกับคณะผู้บริหารเทศบาล
นักเรียนหลายท่านเคยร่วม[พิธีรดน้ำดำหัวผู้สูงอายุ](@K5|nolang)และ[งานสงกรานต์ปี๋ใหม่เมือง 2567](@K16|old)ของเทศบาล และสมัครเรียนต่อเนื่องเป็นปีที่สอง
ผู้สูงอายุที่สนใจสมัครเรียนในรุ่นถัดไป ติดต่อได้ที่ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม โทร. 0 5371 2200 ต่อ 215

## K20 2024-10-25 13:00 press smartcity pr B auto
T: เปิดตัวแอปพลิเคชัน “Wiang Suwan Connect” แจ้งเหตุ ร้องเรียน และชำระค่าน้ำประปาออนไลน์ได้ในที่เดียว
A: ดาวน์โหลดฟรีทั้ง iOS และ Android แจ้งไฟดับ ถนนชำรุด ขยะตกค้าง พร้อมติดตามผลได้ทันที
เทศบาลนครเวียงสุวรรณเปิดตัวแอปพลิเคชัน “Wiang Suwan Connect” อย่างเป็นทางการเมื่อวันที่ 25 ตุลาคม 2567 เพื่อเป็นช่องทางให้ประชาชนแจ้งเหตุ ร้องเรียน และรับบริการจากเทศบาลได้ตลอด 24 ชั่วโมง
ผู้ใช้สามารถถ่ายภาพและระบุตำแหน่งจุดที่พบปัญหา เช่น ไฟฟ้าส่องสว่างดับ ถนนชำรุด ท่อระบายน้ำอุดตัน หรือขยะตกค้าง ระบบจะส่งเรื่องถึงหน่วยงานที่รับผิดชอบโดยอัตโนมัติ และแจ้งความคืบหน้าให้ผู้แจ้งทราบทุกขั้นตอน
IMG: นายกเทศมนตรีสาธิตการแจ้งเหตุผ่านแอปพลิเคชัน Wiang Suwan Connect
นอกจากนี้ยังสามารถตรวจสอบและชำระค่าน้ำประปา ค่าธรรมเนียมเก็บขนขยะ และภาษีท้องถิ่นผ่าน QR Code ได้ในแอปพลิเคชันเดียว โดยไม่ต้องเดินทางมาที่สำนักงานเทศบาล
ดาวน์โหลดได้ฟรีทั้งระบบ iOS และ Android โดยค้นหาคำว่า Wiang Suwan Connect สอบถามการใช้งานได้ที่ศูนย์ดิจิทัลเทศบาล โทร. 0 5371 2200 ต่อ 120
EN-T: Wiang Suwan City Municipality launches the “Wiang Suwan Connect” app for reports, complaints and online water bills
EN-S: wiang-suwan-connect-app-launch
EN-A: Free on iOS and Android: report broken street lights, damaged roads or uncollected rubbish and follow up in real time.
EN: Wiang Suwan City Municipality officially launched the “Wiang Suwan Connect” app on 25 October 2024, giving residents a 24-hour channel to report problems, file complaints and use municipal services.
EN: Users can take a photo and pin the location of a problem such as a broken street light, a damaged road, a blocked drain or uncollected rubbish. The app forwards each report to the responsible division and notifies the sender at every step.
EN: Water bills, waste collection fees and local taxes can also be checked and paid by QR code in the same app, without a trip to the municipal office.
EN: The app is free on iOS and Android; search for Wiang Suwan Connect. For help, call the municipal digital centre at 0 5371 2200 ext. 120.

## K21 2024-11-15 21:10 activities yipeng,loykrathong pr B auto
T: ประมวลภาพงานประเพณียี่เป็งเวียงสุวรรณ ประจำปี 2567 ประชาชนและนักท่องเที่ยวร่วมงานคึกคักตลอดสามคืน
A: ขบวนกระทงใหญ่ชุมชนท่าสุวรรณคว้ารางวัลชนะเลิศ ผู้ร่วมงานกว่า 45,000 คน
R: K13,K3
ระหว่างวันที่ 14 - 16 พฤศจิกายน 2567 เทศบาลนครเวียงสุวรรณจัดงานประเพณียี่เป็งเวียงสุวรรณ ประจำปี 2567 ณ บริเวณท่าน้ำแม่น้ำสุวรรณและคูเมืองเวียงสุวรรณ มีประชาชนและนักท่องเที่ยวร่วมงานตลอดสามคืนกว่า 45,000 คน
GAL: 8
ผลการประกวดขบวนกระทงใหญ่ รางวัลชนะเลิศได้แก่ชุมชนท่าสุวรรณ รองชนะเลิศอันดับ 1 ชุมชนวัดศรีบุญเรือง และรองชนะเลิศอันดับ 2 ชุมชนหนองน้ำคำ ส่วนตำแหน่งนางนพมาศเวียงสุวรรณ ประจำปี 2567 ได้แก่ นางสาวพิมพ์ชนก อินทร์แก้ว
เทศบาลขอขอบคุณทุกชุมชน หน่วยงาน และอาสาสมัครที่ร่วมกันจัดงานจนสำเร็จลุล่วง ย้อนชมรายละเอียด[งานยี่เป็งปีที่แล้ว](@K13)ได้ที่นี่
"""

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD = re.compile(r"\*\*([^*]+)\*\*")


def plain(text: str) -> str:
    return " ".join(BOLD.sub(r"\1", LINK.sub(r"\1", text)).split())


def _parse(spec: str) -> tuple[Post, ...]:
    posts = []
    for chunk in spec.strip().split("## ")[1:]:
        lines = [line for line in chunk.strip().splitlines() if line.strip()]
        key, day, hm, cats, tags, author, style, slug = lines[0].split()
        head: dict[str, str] = {}
        en: dict[str, str] = {}
        en_paras: list[str] = []
        blocks: list[tuple[str, str]] = []
        for line in lines[1:]:
            if line.startswith("EN: "):
                en_paras.append(line[4:].strip())
            elif line[:5] in ("EN-T:", "EN-S:", "EN-A:"):
                en[line[3]] = line[5:].strip()
            elif line[:2] in ("T:", "A:", "R:", "O:") and not blocks:
                head[line[0]] = line[2:].strip()
            elif line.startswith("C: "):
                blocks.append(("c", line[3:].strip()))
            elif line.startswith("IMG: "):
                blocks.append(("img", line[5:].strip()))
            elif line.startswith("GAL: "):
                blocks.append(("gal", line[5:].strip()))
            elif line.startswith("FILE: "):
                blocks.append(("file", line[6:].strip()))
            elif line.startswith("- "):
                blocks.append(("li", line[2:].strip()))
            else:
                blocks.append(("p", line.strip()))
        title = head["T"]
        abstract = head.get("A")
        if abstract == "=":
            abstract = plain(next(text for kind, text in blocks if kind == "p"))
        old = head.get("O")
        posts.append(
            Post(
                key=key,
                day=day,
                hm=hm,
                cats=tuple(cats.split("+")),
                tags=tuple(tags.split(",")),
                author=author,
                style=style,
                slug=django_slugify(title) if slug == "auto" else slug,
                old_slug=django_slugify(title) if old == "auto" else old,
                title=title,
                abstract=abstract,
                related=tuple(head["R"].split(",")) if "R" in head else (),
                blocks=tuple(blocks),
                en=EnPost(en["T"], en["S"], en["A"], tuple(en_paras)) if en else None,
            )
        )
    return tuple(sorted(posts, key=lambda p: p.dt))


POSTS = _parse(SPEC)
BY_KEY = {p.key: p for p in POSTS}
NEWEST = sorted(POSTS, key=lambda p: p.dt, reverse=True)
EN_NEWEST = [p for p in NEWEST if p.en]


def gold_paragraphs(p: Post) -> tuple[str, ...]:
    return tuple(plain(text) for kind, text in p.blocks if kind in ("p", "c", "li"))


def captions(p: Post) -> tuple[str, ...]:
    return tuple(text for kind, text in p.blocks if kind == "img")


def truncate_words(text: str, n: int) -> str:
    words = text.split()
    return text if len(words) <= n else " ".join(words[:n]) + " …"


def posts_for(lang: str) -> list[Post]:
    return NEWEST if lang == "th" else EN_NEWEST


def p_title(p: Post, lang: str) -> str:
    return p.en.title if (lang == "en" and p.en) else p.title


def p_abstract(p: Post, lang: str) -> str | None:
    return p.en.abstract if (lang == "en" and p.en) else p.abstract


# -- events (aldryn-events-like apphook) ----------------------------------------------------------------
@dataclass(frozen=True)
class Event:
    slug: str
    title: str
    start: str
    end: str
    time: str
    place: str
    text: tuple[str, ...]

    @property
    def s(self) -> date:
        return date.fromisoformat(self.start)

    @property
    def e(self) -> date:
        return date.fromisoformat(self.end)

    @property
    def path(self) -> str:
        return f"/th/events/{enc(self.slug)}/"

    def days(self) -> list[date]:
        return [self.s + timedelta(days=i) for i in range((self.e - self.s).days + 1)]


EVENTS = (
    Event(
        "yi-peng-2567",
        "งานประเพณียี่เป็งเวียงสุวรรณ ประจำปี 2567",
        "2024-11-14",
        "2024-11-16",
        "17:00 - 23:00 น.",
        "ท่าน้ำแม่น้ำสุวรรณ และคูเมืองเวียงสุวรรณ",
        (
            "ชมขบวนกระทงใหญ่จาก 27 ชุมชน การประดับโคมล้านนารอบคูเมือง และการประกวดนางนพมาศเวียงสุวรรณ",
            "เทศบาลจัดรถรางรับส่งฟรีจากลานจอดรถสนามกีฬาเทศบาลตลอดงาน",
        ),
    ),
    Event(
        "council-meeting-4-2567",
        "ประชุมสภาเทศบาลนครเวียงสุวรรณ สมัยสามัญ สมัยที่ 4 ประจำปี 2567",
        "2024-11-27",
        "2024-11-27",
        "09:30 น.",
        "ห้องประชุมสภาเทศบาลนครเวียงสุวรรณ ชั้น 3",
        (
            "พิจารณาร่างเทศบัญญัติและญัตติที่ผู้บริหารเสนอ ประชาชนสามารถเข้าฟังการประชุมได้ โดยลงทะเบียนที่หน้าห้องประชุม",
            "ถ่ายทอดสดผ่านเพจเฟซบุ๊กของเทศบาลนครเวียงสุวรรณ",
        ),
    ),
    Event(
        django_slugify("วันพ่อแห่งชาติ 5 ธันวาคม 2567"),
        "พิธีเฉลิมพระเกียรติ เนื่องในวันคล้ายวันพระบรมราชสมภพ วันชาติ และวันพ่อแห่งชาติ 5 ธันวาคม 2567",
        "2024-12-05",
        "2024-12-05",
        "07:00 - 19:30 น.",
        "ลานพระธาตุเวียงสุวรรณ",
        (
            "ช่วงเช้าพิธีทำบุญตักบาตรถวายพระราชกุศล ช่วงเย็นพิธีจุดเทียนถวายพระพรชัยมงคล",
            "ขอเชิญชวนประชาชนแต่งกายด้วยชุดสุภาพโทนสีเหลืองร่วมพิธี",
        ),
    ),
    Event(
        "big-cleaning-day-dec-2567",
        "จิตอาสาพัฒนา Big Cleaning Day กาดหลวงเวียงสุวรรณ",
        "2024-12-14",
        "2024-12-14",
        "08:00 - 12:00 น.",
        "กาดหลวงเวียงสุวรรณ",
        (
            "ร่วมทำความสะอาดตลาด ล้างทางเท้า และคัดแยกขยะรีไซเคิลร่วมกับผู้ค้าและชุมชนโดยรอบ",
            "ผู้เข้าร่วมรับเสื้อจิตอาสาและอาหารกลางวันฟรี",
        ),
    ),
    Event(
        "kids-day-2568",
        "งานวันเด็กแห่งชาติ ประจำปี 2568",
        "2025-01-11",
        "2025-01-11",
        "08:30 - 15:00 น.",
        "สนามกีฬาเทศบาลนครเวียงสุวรรณ",
        (
            "ซุ้มเกม ซุ้มวิทยาศาสตร์ และการแสดงของนักเรียนโรงเรียนในสังกัดเทศบาล",
            "แจกของขวัญและทุนการศึกษาสำหรับเด็กนักเรียน",
        ),
    ),
    Event(
        "half-marathon-2568",
        "เวียงสุวรรณ ฮาล์ฟมาราธอน 2568 วิ่งรอบคูเมืองเก่า",
        "2025-01-26",
        "2025-01-26",
        "04:30 - 10:00 น.",
        "ลานหน้าสำนักงานเทศบาลนครเวียงสุวรรณ",
        (
            "ระยะ 21.1 กิโลเมตร 10 กิโลเมตร และ 5 กิโลเมตร รับสมัครถึง 31 ธันวาคม 2567 หรือจนกว่าจะเต็ม",
            "รายได้หลังหักค่าใช้จ่ายสมทบกองทุนผู้สูงอายุเทศบาลนครเวียงสุวรรณ",
        ),
    ),
)

POPULAR_QUERIES = ("ภาษี", "สงกรานต์", "รับสมัคร", "น้ำประปา")

ITA = (
    ("O1", "โครงสร้างหน่วยงาน"),
    ("O2", "ข้อมูลผู้บริหาร"),
    ("O3", "อำนาจหน้าที่"),
    ("O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน"),
    ("O5", "ข้อมูลการติดต่อ"),
    ("O6", "กฎหมายที่เกี่ยวข้อง"),
    ("O7", "ข่าวประชาสัมพันธ์"),
    ("O8", "Q&A"),
    ("O9", "Social Network"),
    ("O10", "นโยบายของผู้บริหาร"),
    ("O11", "แผนดำเนินงานประจำปี"),
    ("O13", "รายงานผลการดำเนินงานประจำปี"),
    ("O16", "แผนการใช้จ่ายงบประมาณประจำปี"),
    ("O20", "แผนการจัดซื้อจัดจ้าง"),
)

DOWNLOADS = (
    ("แบบคำร้องทั่วไป", "kham-rong-thuapai.pdf"),
    ("แบบคำขออนุญาตก่อสร้างอาคาร (ข.1)", "kho-1.pdf"),
    ("แบบแสดงรายการภาษีป้าย (ภ.ป.1)", "pp1.pdf"),
    ("แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", "bia-yang-chip-2568.pdf"),
    ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", "phaen-phatthana-2566-2570.pdf"),
    ("เทศบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2568", "thetsabanyat-2568.pdf"),
)

L = {
    "th": {
        "home": "หน้าแรก",
        "news": "ข่าวสาร",
        "read_more": "อ่านต่อ",
        "by": "โดย",
        "prev": "&laquo; ก่อนหน้า",
        "next": "ถัดไป &raquo;",
        "page_of": "หน้า {} จาก {}",
        "related": "ข่าวที่เกี่ยวข้อง",
        "latest": "ข่าวล่าสุด",
        "archive": "คลังข่าว",
        "categories": "หมวดหมู่ข่าว",
        "tags": "แท็ก",
        "share": "แชร์",
        "views": "เข้าชม {} ครั้ง",
        "search": "ค้นหา",
        "search_ph": "ค้นหาข่าว ประกาศ...",
        "empty": "ยังไม่มีข่าวในหมวดนี้",
        "prev_post": "ข่าวก่อนหน้า",
        "next_post": "ข่าวถัดไป",
        "login": "เข้าสู่ระบบ",
        "visitors": "สถิติผู้เข้าชม",
        "today": "วันนี้",
        "month": "เดือนนี้",
        "total": "ทั้งหมด",
        "attachments": "เอกสารแนบ",
        "popular": "คำค้นยอดนิยม",
    },
    "en": {
        "home": "Home",
        "news": "News",
        "read_more": "Read more",
        "by": "by",
        "prev": "&laquo; previous",
        "next": "next &raquo;",
        "page_of": "Page {} of {}",
        "related": "Related news",
        "latest": "Latest news",
        "archive": "Archive",
        "categories": "Categories",
        "tags": "Tags",
        "share": "Share",
        "views": "{} views",
        "search": "Search",
        "search_ph": "Search news...",
        "empty": "No posts found.",
        "prev_post": "Previous post",
        "next_post": "Next post",
        "login": "Log in",
        "visitors": "Visitors",
        "today": "Today",
        "month": "This month",
        "total": "Total",
        "attachments": "Attachments",
        "popular": "Popular searches",
    },
}


class _DjangoCMS:
    def __init__(self, site: FixtureSite) -> None:
        self.site = site
        self.base = site.base_url
        self.non_articles: list[str] = []
        self.broken: list[str] = []

    def u(self, path: str) -> str:
        return self.base + path

    # -- responses ------------------------------------------------------------------------------------
    @staticmethod
    def django(text: str, lang: str = "th", status: int = 200, cookie: bool = False) -> Response:
        headers: tuple[tuple[str, str], ...] = (
            ("Content-Type", "text/html; charset=utf-8"),
            ("X-Frame-Options", "SAMEORIGIN"),
            ("Vary", "Cookie, Accept-Language"),
            ("Content-Language", lang),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "same-origin"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
        )
        if cookie:
            headers += (
                (
                    "Set-Cookie",
                    f"csrftoken={CSRF[:32]}; expires=Thu, 27 Nov 2025 03:05:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax",
                ),
            )
        return Response(status, headers, text.encode("utf-8"))

    def redirect(self, target: str, status: int = 302, lang: str | None = None) -> Response:
        headers: tuple[tuple[str, str], ...] = (
            ("Content-Type", "text/html; charset=utf-8"),
            ("Location", target),
            ("X-Frame-Options", "SAMEORIGIN"),
        )
        if lang:
            headers += (("Vary", "Cookie, Accept-Language"), ("Content-Language", lang))
        return Response(status, headers, b"")

    def xml(self, text: str, ctype: str = "application/xml") -> Response:
        return Response(200, (("Content-Type", ctype), ("X-Frame-Options", "SAMEORIGIN")), text.encode("utf-8"))

    def page(self, path: str, text: str, lang: str = "th", listed: bool = True) -> None:
        self.site.add(path, self.django(text, lang))
        if listed:
            self.non_articles.append(self.u(path))

    # -- media ------------------------------------------------------------------------------------------
    def filer(self, seed: str, name: str) -> str:
        uid = _uuid(seed)
        return f"/media/filer_public/{uid[:2]}/{uid[2:4]}/{uid}/{name}"

    def photo(self, p: Post, n: int) -> str:
        name = f"img_{int(_h(f'{p.key}:{n}', 4), 16) % 9000 + 1000}.jpg"
        path = self.filer(f"photo:{p.key}:{n}", name)
        add_jpeg(self.site, path, 1600, 1067, p.dt)
        return path

    def thumb(self, original: str, w: int, h: int, when: datetime) -> str:
        path = original.replace("/media/filer_public/", "/media/filer_public_thumbnails/filer_public/", 1)
        path += f"__{w}x{h}_q85_crop_subsampling-2_upscale.jpg"
        add_jpeg(self.site, path, w, h, when)
        return path

    def main_image(self, p: Post, w: int, h: int) -> str:
        if not p.has_image:
            return "/static/theme/img/no-image.jpg"
        return self.thumb(self.photo(p, 0), w, h, p.dt)

    def file_url(self, p: Post, name: str) -> str:
        path = self.filer(f"file:{p.key}:{name}", name)
        add_pdf(self.site, path, name, [f"Wiang Suwan City Municipality - {name}", p.day], p.dt)
        return path

    # -- chrome -----------------------------------------------------------------------------------------
    MENU_TH = (
        ("หน้าแรก", "/th/", ()),
        (
            "เกี่ยวกับเทศบาล",
            "/th/about/",
            (
                ("ประวัติความเป็นมา", "/th/about/history/"),
                ("วิสัยทัศน์และพันธกิจ", "/th/about/vision/"),
                ("คณะผู้บริหาร", "/th/about/executives/"),
                ("ส่วนราชการ", "/th/about/structure/"),
            ),
        ),
        ("ข่าวสาร", "/th/news/", "CATS"),
        ("ปฏิทินกิจกรรม", "/th/events/", ()),
        ("ITA", "/th/ita/", ()),
        ("ดาวน์โหลด", "/th/downloads/", ()),
        ("ติดต่อเรา", "/th/contact/", ()),
    )
    MENU_EN = (
        ("Home", "/en/", ()),
        ("About", "/en/about/", ()),
        ("News", "/en/news/", "CATS"),
        ("Events", "/en/events/", ()),
        ("ITA", "/en/ita/", ()),
        ("Contact", "/en/contact/", ()),
    )

    def menu(self, lang: str, current: str) -> str:
        items = []
        for label, href, children in self.MENU_TH if lang == "th" else self.MENU_EN:
            if children == "CATS":
                cats = CATEGORIES if lang == "th" else [CAT["press"]]
                children = tuple((c.name(lang), c.path(lang)) for c in cats)
            active = " active" if (current == href or (href != f"/{lang}/" and current.startswith(href))) else ""
            if children:
                subs = "".join(f'<a class="dropdown-item" href="{attr(h)}">{esc(lab)}</a>' for lab, h in children)
                items.append(
                    f'<li class="nav-item dropdown{active} child"><a class="nav-link dropdown-toggle" href="{attr(href)}" data-toggle="dropdown">{esc(label)}</a><div class="dropdown-menu">{subs}</div></li>'
                )
            else:
                items.append(
                    f'<li class="nav-item{active}"><a class="nav-link" href="{attr(href)}">{esc(label)}</a></li>'
                )
        return '<ul class="navbar-nav mr-auto">' + "".join(items) + "</ul>"

    def crumbs(self, lang: str, trail: list[tuple[str, str | None]]) -> str:
        out = [f'<li class="breadcrumb-item"><a href="/{lang}/">{L[lang]["home"]}</a></li>']
        for label, href in trail:
            if href:
                out.append(f'<li class="breadcrumb-item"><a href="{attr(href)}">{esc(label)}</a></li>')
            else:
                out.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
        return '<nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(out) + "</ol></nav>"

    def mini_calendar(self, y: int = 2024, m: int = 11) -> str:
        """aldryn-events calendar plugin: the month grid, days with events and prev/next month (a trap)."""
        by_day: dict[date, list[Event]] = {}
        for e in EVENTS:
            for d in e.days():
                by_day.setdefault(d, []).append(e)
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        rows = []
        for week in calendar.Calendar(firstweekday=6).monthdatescalendar(y, m):
            cells = []
            for d in week:
                if d.month != m:
                    cells.append('<td class="events-calendar-other"></td>')
                elif d in by_day:
                    titles = attr(", ".join(e.title for e in by_day[d]))
                    cells.append(
                        f'<td class="events-calendar-day events"><a href="/th/events/{d.year}/{d.month}/{d.day}/" title="{titles}">{d.day}</a></td>'
                    )
                else:
                    today = " today" if d == TODAY else ""
                    cells.append(f'<td class="events-calendar-day{today}">{d.day}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
        head = "".join(f"<th>{x}</th>" for x in ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"))
        return f"""<div class="plugin plugin-events-calendar js-events-calendar" data-plugin-pk="42">
<h4 class="plugin-title">ปฏิทินกิจกรรม</h4>
<div class="events-calendar-nav"><a class="events-calendar-prev" href="/th/events/{py}/{pm}/" rel="nofollow">&lsaquo;</a> <span>{month_name(y, m, "th")}</span> <a class="events-calendar-next" href="/th/events/{ny}/{nm}/" rel="nofollow">&rsaquo;</a></div>
<table class="table table-sm events-calendar"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>
<p class="text-right"><a href="/th/events/">ดูกิจกรรมทั้งหมด &raquo;</a></p>
</div>"""

    def frame(
        self,
        lang: str,
        path: str,
        title: str,
        main: str,
        *,
        description: str = "",
        switch: str | None = None,
        head_extra: str = "",
        body_class: str = "cms-page",
        sidebar: str | None = None,
        canonical: str | None = None,
        current: str | None = None,
    ) -> str:
        t = L[lang]
        other = "en" if lang == "th" else "th"
        switch = switch or f"/{other}/"
        today = (
            f"วัน{WEEKDAYS[TODAY.weekday()]}ที่ {TODAY.day} {MONTHS[TODAY.month - 1]} {TODAY.year + 543}"
            if lang == "th"
            else f"{_EN_DAYS[TODAY.weekday()]} {TODAY.day} {_EN_MONTHS[TODAY.month - 1]} {TODAY.year}"
        )
        site_name = SITE if lang == "th" else SITE_EN
        desc = description or (f"เว็บไซต์{SITE} {SLOGAN}" if lang == "th" else f"Official website of {SITE_EN}")
        canon = canonical or self.u(path.split("?")[0])
        if sidebar is not None:
            content = f'<div class="row"><div class="col-lg-8 main-col">{main}</div><aside class="col-lg-4 sidebar">{sidebar}</aside></div>'
        else:
            content = main
        cal = self.mini_calendar() if lang == "th" else ""
        login_href = path.split("?")[0] + "?edit"
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>{esc(title)} | {esc(site_name)}</title>
    <meta name="description" content="{attr(desc)}">
    <link rel="canonical" href="{attr(canon)}">
    <link rel="icon" href="/static/theme/img/favicon.ico">
    <link rel="stylesheet" href="/static/theme/css/bootstrap.min.css">
    <link rel="stylesheet" href="/static/djangocms_blog/css/djangocms_blog.css?v=1.2.3">
    <link rel="stylesheet" href="/static/theme/css/style.css?v=20240611">
    <link rel="alternate" type="application/rss+xml" title="{attr(t["news"])} - {attr(site_name)}" href="/{lang}/news/feed/">
    <link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&amp;display=swap" rel="stylesheet">
    {head_extra}
    <!-- Global site tag (gtag.js) - Google Analytics -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7WS2024CTY"></script>
    <script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-7WS2024CTY');</script>
</head>
<body class="{body_class} lang-{lang}">
<div class="topbar"><div class="container d-flex justify-content-between">
    <span class="today">{today}</span>
    <span class="font-size-tools"><a href="javascript:void(0)" onclick="fontSize(-1)">ก-</a> <a href="javascript:void(0)" onclick="fontSize(0)">ก</a> <a href="javascript:void(0)" onclick="fontSize(1)">ก+</a></span>
    <ul class="lang-switch list-inline mb-0"><li class="list-inline-item{" active" if lang == "th" else ""}"><a href="{attr(path if lang == "th" else switch)}" lang="th">TH</a></li><li class="list-inline-item{" active" if lang == "en" else ""}"><a href="{attr(path if lang == "en" else switch)}" lang="en">EN</a></li></ul>
</div></div>
<header class="site-header">
    <div class="container d-flex align-items-center">
        <a class="site-logo" href="/{lang}/"><img src="/static/theme/img/logo-wiangsuwan.jpg" alt="{attr(site_name)}" width="90" height="90"></a>
        <div class="site-title-wrap"><h1 class="site-title">{esc(site_name)}</h1><p class="site-slogan">{esc(SLOGAN if lang == "th" else "Old riverside city of the Suwan River")}</p></div>
        <form class="form-inline ml-auto header-search" action="/{lang}/search/" method="get"><input class="form-control" type="search" name="q" placeholder="{attr(t["search_ph"])}"><button class="btn btn-light" type="submit">{t["search"]}</button></form>
    </div>
    <nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
        <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainnav"><span class="navbar-toggler-icon"></span></button>
        <div class="collapse navbar-collapse" id="mainnav">{self.menu(lang, current or path.split("?")[0])}</div>
    </div></nav>
</header>
<main class="container py-3">
{content}
</main>
<footer class="site-footer bg-dark text-light">
    <div class="container"><div class="row">
        <div class="col-md-5">
            <h5>{esc(site_name)}</h5>
            <p>{esc(ADDRESS if lang == "th" else ADDRESS_EN)}</p>
            <p>{"โทรศัพท์" if lang == "th" else "Tel."} {PHONE} {"โทรสาร" if lang == "th" else "Fax"} {FAX}<br>{"อีเมล" if lang == "th" else "E-mail"} <a href="mailto:{EMAIL}">{EMAIL}</a> | {"สายด่วน" if lang == "th" else "Hotline"} <a href="tel:1132">1132</a></p>
            <p><a href="{FB}" target="_blank" rel="noopener">Facebook</a> | <a href="https://line.me/R/ti/p/@wiangsuwancity" target="_blank" rel="noopener">LINE @wiangsuwancity</a> | <a href="https://www.youtube.com/@wiangsuwancity" target="_blank" rel="noopener">YouTube</a></p>
        </div>
        <div class="col-md-4">{cal}</div>
        <div class="col-md-3">
            <h5>{t["visitors"]}</h5>
            <ul class="list-unstyled visitor-counter"><li>{t["today"]} <span>412</span></li><li>{t["month"]} <span>12,845</span></li><li>{t["total"]} <span>1,284,553</span></li></ul>
            <p><a href="/th/policy/">นโยบายเว็บไซต์</a> | <a href="/th/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br><a href="/{lang}/news/feed/">RSS</a> | <a href="/sitemap.xml">Sitemap</a> | <a href="{attr(login_href)}" rel="nofollow">{t["login"]}</a></p>
        </div>
    </div>
    <p class="copyright text-center">&copy; 2567 {esc(SITE)} สงวนลิขสิทธิ์ | พัฒนาโดย {esc(AGENCY)} | Powered by <a href="https://www.django-cms.org/" target="_blank" rel="noopener">django CMS</a></p>
    </div>
</footer>
<div id="pdpa-consent" class="pdpa-bar" hidden>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <a href="/th/privacy/">อ่านนโยบาย</a> <button type="button" class="btn btn-sm btn-warning">ยอมรับ</button></div>
<script src="/static/theme/js/jquery-3.6.0.min.js"></script>
<script src="/static/theme/js/bootstrap.bundle.min.js"></script>
<script src="/static/aldryn_events/js/events-calendar.js"></script>
<script src="/static/theme/js/main.js?v=20240611"></script>
</body>
</html>
"""

    # -- blog pieces -----------------------------------------------------------------------------------
    def meta_list(self, p: Post, lang: str, full: bool = False) -> str:
        a = AUTHOR[p.author]
        when = d_full(p.dt, lang) if full else d_list(p.d, lang)
        cats = ", ".join(f'<a href="{attr(CAT[c].path(lang))}">{esc(CAT[c].name(lang))}</a>' for c in p.cats)
        tags = ", ".join(f'<a href="{attr(tag_path(k, lang))}">{esc(TAGS[k])}</a>' for k in p.tags)
        return f"""<ul class="post-detail">
    <li class="date"><i class="fa fa-calendar"></i> {when}</li>
    <li class="author">{L[lang]["by"]} <a href="{a.path(lang)}">{esc(a.shown)}</a></li>
    <li class="categories">{cats}</li>
    <li class="tags">{tags}</li>
</ul>"""

    def post_item(self, p: Post, lang: str) -> str:
        href = p.path(lang)
        abstract = p_abstract(p, lang)
        lead = f'<div class="blog-lead"><p>{esc(abstract)}</p></div>' if abstract else '<div class="blog-lead"></div>'
        return f"""<article id="post-{attr(p.en.slug if lang == "en" and p.en else p.slug)}" class="post-item">
    <div class="blog-visual"><a href="{attr(href)}"><img src="{attr(self.main_image(p, 400, 225))}" alt="{attr(p_title(p, lang))}" width="400" height="225" loading="lazy"></a></div>
    <header>
        <h3><a href="{attr(href)}">{esc(p_title(p, lang))}</a></h3>
        {self.meta_list(p, lang)}
    </header>
    {lead}
    <footer class="read-more"><a href="{attr(href)}">{L[lang]["read_more"]} &raquo;</a></footer>
</article>"""

    def pager(self, lang: str, n: int, pages: int, extra: str = "") -> str:
        if pages <= 1:
            return ""
        t = L[lang]
        items = []
        if n > 1:
            items.append(f'<li class="page-item"><a class="page-link" href="?{extra}page={n - 1}">{t["prev"]}</a></li>')
        for i in range(1, pages + 1):
            if i == n:
                items.append(f'<li class="page-item active"><span class="page-link">{i}</span></li>')
            else:
                items.append(f'<li class="page-item"><a class="page-link" href="?{extra}page={i}">{i}</a></li>')
        if n < pages:
            items.append(f'<li class="page-item"><a class="page-link" href="?{extra}page={n + 1}">{t["next"]}</a></li>')
        return f'<nav class="pagination-wrap" aria-label="pagination"><ul class="pagination justify-content-center">{"".join(items)}</ul><p class="text-center text-muted small">{t["page_of"].format(n, pages)}</p></nav>'

    def sidebar(self, lang: str) -> str:
        t = L[lang]
        posts = posts_for(lang)
        latest = "".join(
            f'<li><a href="{attr(p.path(lang))}">{esc(p_title(p, lang))}</a><br><small class="text-muted">{d_django(p.d, lang)}</small></li>'
            for p in posts[:5]
        )
        cats = []
        for c in CATEGORIES:
            n = sum(1 for p in posts if c.key in p.cats)
            if n:
                cats.append(
                    f'<li><a href="{attr(c.path(lang))}">{esc(c.name(lang))}</a> <span class="badge badge-light">{n}</span></li>'
                )
        months: dict[tuple[int, int], int] = {}
        for p in posts:
            months[(p.d.year, p.d.month)] = months.get((p.d.year, p.d.month), 0) + 1
        years: dict[int, list[str]] = {}
        for (y, m), n in months.items():
            years.setdefault(y, []).append(
                f'<li><a href="/{lang}/news/{y}/{m:02d}/">{month_name(y, m, lang)}</a> <span class="badge badge-light">{n}</span></li>'
            )
        archive = "".join(
            f'<li class="archive-year"><a href="/{lang}/news/{y}/">{y + 543 if lang == "th" else y}</a><ul>{"".join(items)}</ul></li>'
            for y, items in years.items()
        )
        tag_count: dict[str, int] = {}
        for p in posts:
            for k in p.tags:
                tag_count[k] = tag_count.get(k, 0) + 1
        tags = " ".join(
            f'<a class="tag-cloud-{min(n, 4)}" href="{attr(tag_path(k, lang))}">{esc(TAGS[k])}</a>'
            for k, n in sorted(tag_count.items(), key=lambda kv: TAGS[kv[0]])
        )
        popular = ""
        if lang == "th":
            popular = (
                f'<div class="plugin plugin-popular-search"><h4 class="plugin-title">{t["popular"]}</h4><p>'
                + " ".join(
                    f'<a class="badge badge-info" href="/th/search/?q={enc(q)}">{esc(q)}</a>' for q in POPULAR_QUERIES
                )
                + "</p></div>"
            )
        return f"""<div class="plugin plugin-search"><form action="/{lang}/search/" method="get"><div class="input-group"><input class="form-control" type="search" name="q" placeholder="{attr(t["search_ph"])}"><div class="input-group-append"><button class="btn btn-primary" type="submit">{t["search"]}</button></div></div></form></div>
{popular}
<div class="plugin blog-latest-entries"><h4 class="plugin-title">{t["latest"]}</h4><ul class="list-unstyled">{latest}</ul></div>
<div class="plugin blog-categories"><h4 class="plugin-title">{t["categories"]}</h4><ul class="list-unstyled">{"".join(cats)}</ul></div>
<div class="plugin blog-archive"><h4 class="plugin-title">{t["archive"]}</h4><ul class="list-unstyled">{archive}</ul></div>
<div class="plugin blog-tags"><h4 class="plugin-title">{t["tags"]}</h4><p class="tag-cloud">{tags}</p></div>"""

    def listing(
        self,
        lang: str,
        base: str,
        heading: str,
        posts: list[Post],
        title: str,
        trail: list[tuple[str, str | None]],
        rss: str | None = None,
        intro: str = "",
    ) -> None:
        pages = max(1, -(-len(posts) // PER_PAGE))
        for n in range(1, pages + 1):
            chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
            items = "\n".join(self.post_item(p, lang) for p in chunk) or f'<p class="blog-empty">{L[lang]["empty"]}</p>'
            main = f"""{self.crumbs(lang, trail)}
<section class="blog-list">
    <header><h2>{esc(heading)}</h2>{intro}</header>
    {items}
    {self.pager(lang, n, pages)}
</section>"""
            head = f'<link rel="alternate" type="application/rss+xml" href="{attr(rss)}">' if rss else ""
            if n > 1:
                head += '\n    <meta name="robots" content="noindex, follow">'
            page_title = title if n == 1 else f"{title} ({L[lang]['page_of'].format(n, pages)})"
            text = self.frame(
                lang,
                base,
                page_title,
                main,
                sidebar=self.sidebar(lang),
                head_extra=head,
                body_class="cms-page app-djangocms_blog post-list",
                current=f"/{lang}/news/",
            )
            self.page(base if n == 1 else f"{base}?page={n}", text, lang)
            if n == 1 and pages > 1:
                self.page(f"{base}?page=1", text, lang)

    # -- post detail ---------------------------------------------------------------------------------
    def inline(self, text: str) -> str:
        out = []
        pos = 0
        for m in re.finditer(r"\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)]+)\)", text):
            out.append(esc(text[pos : m.start()]))
            if m.group(1):
                out.append(f"<strong>{esc(m.group(1))}</strong>")
            else:
                out.append(f'<a href="{attr(self.link_target(m.group(3)))}">{esc(m.group(2))}</a>')
            pos = m.end()
        out.append(esc(text[pos:]))
        return "".join(out)

    def link_target(self, spec: str) -> str:
        if not spec.startswith("@"):
            return spec
        key, _, mode = spec[1:].partition("|")
        p = BY_KEY[key]
        if mode == "nolang":
            return p.path("th")[3:]
        if mode == "old":
            return f"/th/news/{p.url_date()}/{enc(p.old_slug or p.slug)}/"
        return p.path("th")

    def body(self, p: Post) -> str:
        out: list[str] = []
        in_list = False
        n_img = 0
        word_span = '<span style="font-size:16.0pt"><span style="font-family:&quot;TH SarabunPSK&quot;,sans-serif">{}</span></span>'
        files = []
        for kind, text in p.blocks:
            if kind != "li" and in_list:
                out.append("</ul>")
                in_list = False
            if kind == "li":
                if not in_list:
                    out.append('<ul style="margin-left:40px">' if p.style == "W" else "<ul>")
                    in_list = True
                out.append(f"<li>{self.inline(text)}</li>")
            elif kind == "c":
                if p.style == "W":
                    out.append(
                        f'<p align="center" class="MsoNormal" style="text-align:center"><b>{word_span.format(self.inline(text))}</b></p>'
                    )
                else:
                    out.append(f'<p style="text-align:center"><strong>{self.inline(text)}</strong></p>')
            elif kind == "p":
                if p.style == "A":
                    out.append(
                        f'<p style="text-align:justify">&nbsp; &nbsp; &nbsp; &nbsp; &nbsp;{self.inline(text)}</p>'
                    )
                elif p.style == "W":
                    out.append(
                        f'<p class="MsoNormal" style="text-align:justify">{word_span.format("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; " + self.inline(text))}</p>'
                    )
                    out.append('<p class="MsoNormal">&nbsp;</p>')
                else:
                    out.append(f"<p>{self.inline(text)}</p>")
            elif kind == "img":
                n_img += 1
                src = self.photo(p, n_img)
                out.append(
                    f'<figure class="djangocms-picture figure"><a href="{attr(src)}" data-fancybox="post"><img class="img-fluid" src="{attr(self.thumb(src, 800, 533, p.dt))}" alt="{attr(text)}" width="800" height="533"></a><figcaption class="figure-caption">{esc(text)}</figcaption></figure>'
                )
            elif kind == "gal":
                cells = []
                for i in range(int(text)):
                    src = self.photo(p, 10 + i)
                    cells.append(
                        f'<div class="col-4 col-md-3 mb-2"><a href="{attr(src)}" data-fancybox="gallery"><img class="img-fluid img-thumbnail" src="{attr(self.thumb(src, 300, 200, p.dt))}" alt=""></a></div>'
                    )
                out.append(f'<div class="cmsplugin-filer-folder gallery row">{"".join(cells)}</div>')
            elif kind == "file":
                label, name, size = (x.strip() for x in text.split("|"))
                files.append(
                    f'<span class="djangocms-file"><a href="{attr(self.file_url(p, name))}" target="_blank"><span class="file-icon file-icon-pdf"></span>{esc(label)} <span class="file-size">{esc(size)}</span></a></span>'
                )
        if in_list:
            out.append("</ul>")
        if files:
            out.append(f'<div class="attachments"><h5>{L["th"]["attachments"]}</h5>' + "<br>".join(files) + "</div>")
        return "\n".join(out)

    def related(self, p: Post) -> list[Post]:
        if p.related:
            return [BY_KEY[k] for k in p.related]
        return [q for q in NEWEST if q.key != p.key and p.cats[0] in q.cats][:3]

    def share(self, url: str, title: str, lang: str) -> str:
        q = quote(url, safe="")
        return f"""<div class="share-buttons"><span>{L[lang]["share"]}:</span>
    <a class="btn btn-sm btn-facebook" href="https://www.facebook.com/sharer/sharer.php?u={q}" target="_blank" rel="noopener">Facebook</a>
    <a class="btn btn-sm btn-line" href="https://social-plugins.line.me/lineit/share?url={q}" target="_blank" rel="noopener">LINE</a>
    <a class="btn btn-sm btn-twitter" href="https://twitter.com/intent/tweet?url={q}&amp;text={quote(title, safe="")}" target="_blank" rel="noopener">X</a>
    <a class="btn btn-sm btn-secondary" href="javascript:void(0)" onclick="copyLink(this)" data-url="{attr(url)}">คัดลอกลิงก์</a>
    <a class="btn btn-sm btn-secondary" href="javascript:window.print()">พิมพ์</a>
</div>"""

    def post_page(self, p: Post, lang: str) -> str:
        t = L[lang]
        title = p_title(p, lang)
        url = self.u(p.path(lang))
        cat = CAT[p.cats[0]]
        body = "\n".join(f"<p>{esc(x)}</p>" for x in p.en.paragraphs) if lang == "en" and p.en else self.body(p)
        visual = ""
        if p.has_image:
            visual = f'<div class="blog-visual"><img class="img-fluid" src="{attr(self.main_image(p, 1200, 675))}" alt="{attr(title)}" width="1200" height="675"></div>'
        rel_items = []
        pool = [q for q in self.related(p) if lang == "th" or q.en]
        for q in pool:
            abstract = p_abstract(q, lang) or ""
            rel_items.append(
                f"""<div class="col-md-4 related-item"><a href="{attr(q.path(lang))}"><img class="img-fluid" src="{attr(self.main_image(q, 400, 225))}" alt=""></a>
    <h4><a href="{attr(q.path(lang))}">{esc(p_title(q, lang))}</a></h4><p class="small text-muted">{d_list(q.d, lang)}</p>
    <p class="small">{esc(truncate_words(abstract, 12))}</p><a class="small" href="{attr(q.path(lang))}">{t["read_more"]} &raquo;</a></div>"""
            )
        related = (
            f'<section class="post-detail-list related-posts"><h3>{t["related"]}</h3><div class="row">{"".join(rel_items)}</div></section>'
            if rel_items
            else ""
        )
        seq = sorted(posts_for(lang), key=lambda q: q.dt)
        i = seq.index(p)
        nav = []
        if i > 0:
            q = seq[i - 1]
            nav.append(
                f'<a class="post-nav-prev" href="{attr(q.path(lang))}">&laquo; {t["prev_post"]}<br><span>{esc(p_title(q, lang))}</span></a>'
            )
        if i + 1 < len(seq):
            q = seq[i + 1]
            nav.append(
                f'<a class="post-nav-next" href="{attr(q.path(lang))}">{t["next_post"]} &raquo;<br><span>{esc(p_title(q, lang))}</span></a>'
            )
        abstract = p_abstract(p, lang) or title
        meta = f"""<meta property="og:title" content="{attr(title)}">
    <meta property="og:url" content="{attr(url)}">
    <meta property="og:description" content="{attr(abstract)}">
    <meta property="og:image" content="{attr(self.u(self.main_image(p, 1200, 675)))}">
    <meta property="og:type" content="Article">
    <meta property="og:site_name" content="{attr(SITE if lang == "th" else SITE_EN)}">
    <meta property="article:published_time" content="{iso_utc(p.dt)}">
    <meta property="article:modified_time" content="{iso_utc(p.modified)}">
    <meta property="article:section" content="{attr(cat.name(lang))}">
    {"".join(f'<meta property="article:tag" content="{attr(TAGS[k])}">' for k in p.tags)}
    <meta property="article:author" content="{attr(AUTHOR[p.author].shown)}">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{attr(title)}">
    <meta itemprop="datePublished" content="{iso_utc(p.dt)}">"""
        if p.en:
            meta += f'\n    <link rel="alternate" hreflang="th" href="{attr(self.u(p.path("th")))}">\n    <link rel="alternate" hreflang="en" href="{attr(self.u(p.path("en")))}">'
        main = f"""{self.crumbs(lang, [(t["news"], f"/{lang}/news/"), (cat.name(lang), cat.path(lang)), (title, None)])}
<article id="post-{attr(p.en.slug if lang == "en" and p.en else p.slug)}" class="post-item post-detail">
    <header>
        <h2>{esc(title)}</h2>
        {self.meta_list(p, lang, full=True)}
        <p class="hitcount small text-muted"><i class="fa fa-eye"></i> {t["views"].format(f"{p.hits:,}")}</p>
    </header>
    {visual}
    <div class="blog-content">
{body}
    </div>
    {self.share(url, title, lang)}
    <nav class="post-navigation d-flex justify-content-between">{"".join(nav)}</nav>
    {related}
</article>"""
        switch = p.path("en") if lang == "th" else p.path("th")
        if lang == "th" and not p.en:
            switch = f"/en/news/{p.url_date()}/{enc(p.slug)}/"  # parler falls back to the Thai slug: a 404
        return self.frame(
            lang,
            p.path(lang),
            title,
            main,
            description=abstract,
            switch=switch,
            head_extra=meta,
            body_class="cms-page app-djangocms_blog post-detail",
            sidebar=self.sidebar(lang),
            current=f"/{lang}/news/",
        )

    # -- home ----------------------------------------------------------------------------------------
    def home(self, lang: str) -> str:
        t = L[lang]
        posts = posts_for(lang)
        slides = []
        for i, p in enumerate([p for p in posts if p.has_image][:5]):
            abstract = p_abstract(p, lang) or ""
            slides.append(
                f"""<div class="carousel-item{" active" if i == 0 else ""}"><a href="{attr(p.path(lang))}"><img class="d-block w-100" src="{attr(self.main_image(p, 1600, 600))}" alt="{attr(p_title(p, lang))}"></a>
<div class="carousel-caption"><h5>{esc(p_title(p, lang))}</h5><p>{esc(truncate_words(abstract, 14))}</p><a class="btn btn-sm btn-warning" href="{attr(p.path(lang))}">{t["read_more"]}</a></div></div>"""
            )
        indicators = "".join(
            f'<li data-target="#news-carousel" data-slide-to="{i}"{active}></li>'
            for i, active in enumerate([' class="active"'] + [""] * (len(slides) - 1))
        )
        carousel = f"""<div id="news-carousel" class="carousel slide mb-4" data-ride="carousel"><ol class="carousel-indicators">{indicators}</ol><div class="carousel-inner">{"".join(slides)}</div>
<a class="carousel-control-prev" href="#news-carousel" role="button" data-slide="prev"><span class="carousel-control-prev-icon"></span></a><a class="carousel-control-next" href="#news-carousel" role="button" data-slide="next"><span class="carousel-control-next-icon"></span></a></div>"""
        if lang == "en":
            cards = "".join(
                f'<div class="col-md-4"><div class="card"><img class="card-img-top" src="{attr(self.main_image(p, 400, 225))}" alt=""><div class="card-body"><h5 class="card-title"><a href="{attr(p.path("en"))}">{esc(p_title(p, "en"))}</a></h5><p class="card-text small text-muted">{d_list(p.d, "en")}</p></div></div></div>'
                for p in posts
            )
            main = f"""{carousel}
<section class="home-news"><h2>{t["news"]}</h2><div class="row">{cards}</div><p><a href="/en/news/">All news &raquo;</a></p></section>
<section class="home-welcome"><h2>Welcome</h2><p>{esc(SITE_EN)} is a city municipality on the Suwan River, home to about 48,000 people in 27 communities. Most of this website is in Thai; selected news is translated into English.</p><p><a href="/en/about/">About the municipality</a> | <a href="/en/contact/">Contact us</a></p></section>"""
            return self.frame("en", "/en/", "Home", main, switch="/th/", body_class="cms-page home")

        def cards(cat: str) -> str:
            return "".join(
                f'<div class="col-md-6 col-lg-3 mb-3"><div class="card h-100"><a href="{attr(p.path())}"><img class="card-img-top" src="{attr(self.main_image(p, 400, 225))}" alt="{attr(p.title)}"></a><div class="card-body"><h5 class="card-title"><a href="{attr(p.path())}">{esc(p.title)}</a></h5><p class="card-text small text-muted"><i class="fa fa-calendar"></i> {d_list(p.d, "th")}</p></div></div></div>'
                for p in [p for p in NEWEST if cat in p.cats][:4]
            )

        notices = "".join(
            f'<li class="list-group-item"><span class="badge badge-danger">{d_list(p.d, "th")}</span> <a href="{attr(p.path())}">{esc(p.title)}</a></li>'
            for p in [p for p in NEWEST if {"prakaas", "procurement"} & set(p.cats)][:5]
        )
        upcoming = "".join(
            f'<li class="media mb-2"><div class="event-date mr-2"><span class="day">{e.s.day}</span><span class="month">{MONTHS_ABBR[e.s.month - 1]}</span></div><div class="media-body"><a href="{attr(e.path)}">{esc(e.title)}</a><br><small>{esc(e.place)}</small></div></li>'
            for e in [e for e in EVENTS if e.e >= TODAY][:3]
        )
        main = f"""{carousel}
<div class="row">
<div class="col-lg-8">
<section class="home-news mb-4"><h2 class="section-title">ข่าวประชาสัมพันธ์</h2><div class="row">{cards("press")}</div><p class="text-right"><a href="{attr(CAT["press"].path("th"))}">ดูทั้งหมด &raquo;</a></p></section>
<section class="home-news mb-4"><h2 class="section-title">ข่าวกิจกรรม</h2><div class="row">{cards("activities")}</div><p class="text-right"><a href="{attr(CAT["activities"].path("th"))}">ดูทั้งหมด &raquo;</a></p></section>
<section class="home-notices mb-4"><h2 class="section-title">ประกาศ / จัดซื้อจัดจ้าง</h2><ul class="list-group">{notices}</ul><p class="text-right"><a href="{attr(CAT["prakaas"].path("th"))}">ประกาศทั้งหมด</a> | <a href="{attr(CAT["procurement"].path("th"))}">จัดซื้อจัดจ้างทั้งหมด</a></p></section>
</div>
<div class="col-lg-4">
<section class="mayor-welcome card mb-3"><img class="card-img-top" src="/static/theme/img/mayor.jpg" alt="{attr(MAYOR)}"><div class="card-body"><h5>{esc(MAYOR)}</h5><p class="small">นายกเทศมนตรีนครเวียงสุวรรณ</p><p>“ร่วมกันสร้างเวียงสุวรรณให้เป็นเมืองน่าอยู่ ประชาชนมีความสุข”</p><a href="/th/about/executives/">คณะผู้บริหาร &raquo;</a></div></section>
<section class="home-events card mb-3"><div class="card-body"><h5>กิจกรรมที่จะมาถึง</h5><ul class="list-unstyled">{upcoming}</ul><a href="/th/events/">ปฏิทินกิจกรรมทั้งหมด &raquo;</a></div></section>
<section class="banners">
<a href="/th/ita/"><img class="img-fluid mb-2" src="/static/theme/img/banner-ita.jpg" alt="ITA การประเมินคุณธรรมและความโปร่งใส"></a>
<a href="https://www.damrongdhama.moi.go.th/" target="_blank" rel="noopener"><img class="img-fluid mb-2" src="/static/theme/img/banner-damrongdhama.jpg" alt="ศูนย์ดำรงธรรม"></a>
<a href="https://www.dla.go.th/" target="_blank" rel="noopener"><img class="img-fluid mb-2" src="/static/theme/img/banner-dla.jpg" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a>
<a href="https://www.gprocurement.go.th/" target="_blank" rel="noopener"><img class="img-fluid mb-2" src="/static/theme/img/banner-egp.jpg" alt="ระบบการจัดซื้อจัดจ้างภาครัฐ"></a>
</section>
</div>
</div>"""
        return self.frame("th", "/th/", "หน้าแรก", main, switch="/en/", body_class="cms-page home")

    # -- CMS pages -----------------------------------------------------------------------------------
    def cms_page(
        self,
        lang: str,
        path: str,
        title: str,
        content: str,
        trail: list[tuple[str, str | None]] | None = None,
        switch: str | None = None,
    ) -> str:
        trail = trail if trail is not None else [(title, None)]
        main = f"""{self.crumbs(lang, trail)}
<div class="cms-content"><h2 class="page-title">{esc(title)}</h2>
{content}
</div>"""
        return self.frame(lang, path, title, main, switch=switch or f"/{'en' if lang == 'th' else 'th'}{path[3:]}")

    def static_pages(self) -> None:
        about_trail = ("เกี่ยวกับเทศบาล", "/th/about/")
        about = (
            f"<p>{esc(SITE)} ตั้งอยู่ริมฝั่งแม่น้ำสุวรรณ มีพื้นที่ 18.6 ตารางกิโลเมตร ประชากรตามทะเบียนราษฎร 48,312 คน 21,905 ครัวเรือน แบ่งการปกครองเป็น 27 ชุมชน</p>"
            "<p>เขตเทศบาลเป็นที่ตั้งของเมืองเก่าเวียงสุวรรณ มีคูเมืองและกำแพงเมืองโบราณ วัดพระธาตุเวียงสุวรรณ และกาดหลวงเวียงสุวรรณ ซึ่งเป็นศูนย์กลางการค้าของจังหวัด</p>"
            '<ul><li><a href="/th/about/history/">ประวัติความเป็นมา</a></li><li><a href="/th/about/vision/">วิสัยทัศน์และพันธกิจ</a></li><li><a href="/th/about/executives/">คณะผู้บริหาร</a></li><li><a href="/th/about/structure/">ส่วนราชการ</a></li></ul>'
        )
        self.page("/th/about/", self.cms_page("th", "/th/about/", "เกี่ยวกับเทศบาล", about))
        about_en = (
            f"<p>{esc(SITE_EN)} lies on the Suwan River. It covers 18.6 square kilometres and has 48,312 registered residents in 21,905 households, organised in 27 communities.</p>"
            "<p>The municipality includes the old walled town of Wiang Suwan with its moat, Wat Phra That Wiang Suwan and the Kad Luang market, the commercial centre of the province.</p>"
        )
        self.page("/en/about/", self.cms_page("en", "/en/about/", "About the municipality", about_en), "en")
        history = (
            "<p>เวียงสุวรรณเป็นเมืองเก่าที่มีประวัติศาสตร์ยาวนานกว่า 700 ปี สันนิษฐานว่าสร้างขึ้นในสมัยอาณาจักรล้านนา เป็นเมืองหน้าด่านริมแม่น้ำสุวรรณ</p>"
            "<p>สุขาภิบาลเวียงสุวรรณจัดตั้งเมื่อปี พ.ศ. 2478 ยกฐานะเป็นเทศบาลเมืองเวียงสุวรรณในปี พ.ศ. 2500 และยกฐานะเป็นเทศบาลนครเวียงสุวรรณ เมื่อวันที่ 24 มกราคม 2551</p>"
        )
        self.page(
            "/th/about/history/",
            self.cms_page(
                "th", "/th/about/history/", "ประวัติความเป็นมา", history, [about_trail, ("ประวัติความเป็นมา", None)]
            ),
        )
        vision = (
            f"<h3>วิสัยทัศน์</h3><p>“{esc(SLOGAN)}”</p><h3>พันธกิจ</h3><ol>"
            "<li>อนุรักษ์และฟื้นฟูเมืองเก่า ศิลปวัฒนธรรม และประเพณีล้านนา</li>"
            "<li>พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐาน</li>"
            "<li>ส่งเสริมสุขภาวะ การศึกษา และคุณภาพชีวิตของประชาชนทุกช่วงวัย</li>"
            "<li>บริหารจัดการสิ่งแวดล้อมและขยะมูลฝอยอย่างยั่งยืน</li>"
            "<li>บริหารงานด้วยหลักธรรมาภิบาลและเทคโนโลยีดิจิทัล</li></ol>"
        )
        self.page(
            "/th/about/vision/",
            self.cms_page("th", "/th/about/vision/", "วิสัยทัศน์และพันธกิจ", vision, [about_trail, ("วิสัยทัศน์และพันธกิจ", None)]),
        )
        execs = ""
        for i, (name, role) in enumerate(
            (
                (MAYOR, "นายกเทศมนตรีนครเวียงสุวรรณ"),
                ("นายวิโรจน์ คำปัน", "รองนายกเทศมนตรี"),
                ("นางสาวอรุณี ใจดี", "รองนายกเทศมนตรี"),
                ("นายประพันธ์ สุริยะวงศ์", "รองนายกเทศมนตรี"),
                ("นายสมบัติ แสนคำ", "เลขานุการนายกเทศมนตรี"),
                ("นายสุรเชษฐ์ อินต๊ะ", "ปลัดเทศบาล"),
            ),
            start=1,
        ):
            src = add_jpeg(
                self.site,
                f"/media/filer_public/ex/ec/exec-{i}/exec-{i}.jpg",
                300,
                400,
                datetime(2023, 6, 1, tzinfo=BANGKOK),
            )
            execs += f'<div class="col-md-4 text-center mb-4"><img class="img-fluid rounded" src="{src}" alt="{attr(name)}"><h5 class="mt-2">{esc(name)}</h5><p>{esc(role)}</p></div>'
        self.page(
            "/th/about/executives/",
            self.cms_page(
                "th",
                "/th/about/executives/",
                "คณะผู้บริหาร",
                f'<div class="row">{execs}</div>',
                [about_trail, ("คณะผู้บริหาร", None)],
            ),
        )
        structure = (
            "<ul>"
            + "".join(
                f"<li>{esc(x)}</li>"
                for x in (
                    "สำนักปลัดเทศบาล",
                    "กองคลัง",
                    "กองช่าง",
                    "กองสาธารณสุขและสิ่งแวดล้อม",
                    "กองการศึกษา",
                    "กองสวัสดิการสังคม",
                    "กองยุทธศาสตร์และงบประมาณ",
                    "กองการประปา",
                )
            )
            + "</ul>"
        )
        self.page(
            "/th/about/structure/",
            self.cms_page("th", "/th/about/structure/", "ส่วนราชการ", structure, [about_trail, ("ส่วนราชการ", None)]),
        )
        # ITA
        ita_mod = datetime(2024, 4, 30, 10, 0, tzinfo=BANGKOK)
        rows = []
        for code, label in ITA:
            name = f"ita-2567-{code.lower()}.pdf"
            path = self.filer(f"ita:{code}", name)
            add_pdf(self.site, path, f"ITA 2567 {code}", [f"Wiang Suwan ITA 2567 {code}"], ita_mod)
            rows.append(
                f'<tr><td>{code}</td><td>{esc(label)}</td><td><a href="{path}" target="_blank">ดาวน์โหลด (PDF)</a></td></tr>'
            )
        rows.insert(
            7,
            '<tr><td>O7</td><td>ข่าวประชาสัมพันธ์ (เว็บไซต์)</td><td><a href="/th/news/category/'
            + enc(CAT["press"].th_slug)
            + '/">ลิงก์</a></td></tr>',
        )
        rows.append(
            '<tr><td>O12</td><td>รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน</td><td><a href="/ita_detail.php?id=45">ลิงก์ (ระบบเดิม)</a></td></tr>'
        )
        ita = (
            "<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. 2567 ข้อมูล ณ วันที่ 30 เมษายน 2567</p>"
            '<table class="table table-bordered table-striped"><thead><tr><th>ข้อ</th><th>รายการ</th><th>เอกสาร</th></tr></thead><tbody>'
            + "".join(rows)
            + "</tbody></table>"
        )
        self.page("/th/ita/", self.cms_page("th", "/th/ita/", "ITA การเปิดเผยข้อมูลสาธารณะ", ita))
        dl_rows = []
        for label, name in DOWNLOADS:
            path = self.filer(f"dl:{name}", name)
            add_pdf(self.site, path, name, [f"Wiang Suwan download {name}"], datetime(2024, 3, 1, tzinfo=BANGKOK))
            dl_rows.append(
                f'<li class="list-group-item"><span class="djangocms-file"><a href="{path}" target="_blank"><span class="file-icon file-icon-pdf"></span>{esc(label)}</a></span></li>'
            )
        self.page(
            "/th/downloads/",
            self.cms_page("th", "/th/downloads/", "เอกสารดาวน์โหลด", f'<ul class="list-group">{"".join(dl_rows)}</ul>'),
        )
        contact = (
            f'<p><strong>{esc(SITE)}</strong><br>{esc(ADDRESS)}</p><p>โทรศัพท์ {PHONE} โทรสาร {FAX} สายด่วน 1132<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
            "<p>เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
            f'<form class="aldryn-forms" action="/th/contact/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}"><input type="hidden" name="form_plugin_id" value="118">'
            '<div class="form-group"><label for="id_name">ชื่อ-นามสกุล</label><input class="form-control" id="id_name" name="name" required></div>'
            '<div class="form-group"><label for="id_email">อีเมล</label><input class="form-control" type="email" id="id_email" name="email"></div>'
            '<div class="form-group"><label for="id_message">ข้อความ</label><textarea class="form-control" id="id_message" name="message" rows="5"></textarea></div>'
            '<button class="btn btn-primary" type="submit">ส่งข้อความ</button></form>'
            '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3777!2d99.84!3d19.90" width="100%" height="300" style="border:0" loading="lazy"></iframe>'
        )
        self.site.add("/th/contact/", self.django(self.cms_page("th", "/th/contact/", "ติดต่อเรา", contact), cookie=True))
        self.non_articles.append(self.u("/th/contact/"))
        contact_en = f'<p><strong>{esc(SITE_EN)}</strong><br>{esc(ADDRESS_EN)}</p><p>Tel. {PHONE}, Fax {FAX}, hotline 1132<br>E-mail <a href="mailto:{EMAIL}">{EMAIL}</a></p><p>Office hours: Monday to Friday, 8.30 am - 4.30 pm (except public holidays).</p>'
        self.page("/en/contact/", self.cms_page("en", "/en/contact/", "Contact us", contact_en), "en")
        policy = "<p>เว็บไซต์นี้จัดทำขึ้นเพื่อเผยแพร่ข้อมูลข่าวสารของเทศบาลนครเวียงสุวรรณ ข้อมูลที่ปรากฏในเว็บไซต์เป็นข้อมูลเพื่อการประชาสัมพันธ์ การนำข้อมูลไปใช้ควรอ้างอิงแหล่งที่มา</p><p>เทศบาลขอสงวนสิทธิ์ในการเปลี่ยนแปลงข้อมูลโดยไม่ต้องแจ้งให้ทราบล่วงหน้า</p>"
        self.page("/th/policy/", self.cms_page("th", "/th/policy/", "นโยบายเว็บไซต์", policy))
        privacy = "<p>เทศบาลนครเวียงสุวรรณให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เว็บไซต์นี้เก็บคุกกี้เพื่อสถิติการเข้าชมเท่านั้น</p><p>ผู้ใช้สามารถติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลได้ที่สำนักปลัดเทศบาล</p>"
        self.page("/th/privacy/", self.cms_page("th", "/th/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", privacy))
        soft = (
            '<div class="alert alert-warning"><h3>ไม่พบหน้าที่ต้องการ</h3><p>ขออภัย หน้าที่ท่านเรียกอาจถูกย้ายหรือลบออกจากระบบแล้ว หลังจากเทศบาลได้ปรับปรุงเว็บไซต์ใหม่</p>'
            '<p>กรุณาค้นหาข้อมูลจาก<a href="/th/search/">หน้าค้นหา</a> หรือกลับไปยัง<a href="/th/">หน้าแรก</a></p></div>'
        )
        self.page("/th/page-not-found/", self.cms_page("th", "/th/page-not-found/", "ไม่พบหน้าที่ต้องการ", soft))
        for old in ("/news_detail.php?id=1289", "/ita_detail.php?id=45"):
            self.site.add(old, self.redirect("/th/page-not-found/", 301))
        search = (
            f'<form action="/th/search/" method="get" class="form-inline"><input class="form-control mr-2" type="search" name="q" placeholder="คำค้น"><button class="btn btn-primary" type="submit">ค้นหา</button></form><p class="mt-3">{L["th"]["popular"]}: '
            + " ".join(f'<a href="/th/search/?q={enc(q)}">{esc(q)}</a>' for q in POPULAR_QUERIES)
            + "</p>"
        )
        self.page("/th/search/", self.cms_page("th", "/th/search/", "ค้นหา", search))

    # -- search (haystack) ---------------------------------------------------------------------------
    def search_page(self, q: str, n: int) -> Response | None:
        hits = [p for p in NEWEST if q and (q in p.title or any(q in x for x in gold_paragraphs(p)))]
        per = 10
        pages = max(1, -(-len(hits) // per))
        if n < 1 or n > pages:
            return None
        rows = []
        for p in hits[(n - 1) * per : n * per]:
            text = " ".join(gold_paragraphs(p))
            at = max(0, text.find(q) - 60)
            snippet = esc(text[at : at + 180]).replace(esc(q), f'<span class="highlighted">{esc(q)}</span>')
            rows.append(
                f'<li class="search-result"><h4><a href="{attr(p.path())}">{esc(p.title)}</a></h4><p class="small text-muted">{d_list(p.d, "th")}</p><p>...{snippet}...</p></li>'
            )
        pager = ""
        if pages > 1:
            links = []
            for i in range(1, pages + 1):
                links.append(f"<strong>{i}</strong>" if i == n else f'<a href="?q={enc(q)}&amp;page={i}">{i}</a>')
            pager = '<p class="search-pager">' + " ".join(links) + "</p>"
        body = (
            f'<form action="/th/search/" method="get" class="form-inline"><input class="form-control mr-2" type="search" name="q" value="{attr(q)}"><button class="btn btn-primary" type="submit">ค้นหา</button></form>'
            + f'<p class="mt-3">ผลการค้นหา “{esc(q)}” พบ {len(hits)} รายการ</p>'
            + (f'<ol class="search-results list-unstyled">{"".join(rows)}</ol>' if rows else "<p>ไม่พบข้อมูลที่ค้นหา</p>")
            + pager
        )
        text = self.cms_page("th", "/th/search/", "ค้นหา", body, switch="/en/search/")
        return self.django(text)

    # -- events ----------------------------------------------------------------------------------------
    def event_row(self, e: Event) -> str:
        when = f"{e.s.day} {MONTHS[e.s.month - 1]} {e.s.year + 543}"
        if e.e != e.s:
            when = f"{e.s.day} - {e.e.day} {MONTHS[e.e.month - 1]} {e.e.year + 543}"
        return f'<li class="event-item media mb-3"><div class="event-date mr-3"><span class="day">{e.s.day}</span><span class="month">{MONTHS_ABBR[e.s.month - 1]}</span></div><div class="media-body"><h4><a href="{attr(e.path)}">{esc(e.title)}</a></h4><p class="small">{when} เวลา {esc(e.time)}<br>สถานที่: {esc(e.place)}</p></div></li>'

    def events_page(self, path: str, heading: str, events: list[Event], nav: str) -> str:
        items = "".join(self.event_row(e) for e in events) or "<p>ไม่มีกิจกรรมในช่วงเวลานี้</p>"
        main = f"""{self.crumbs("th", [("ปฏิทินกิจกรรม", "/th/events/"), (heading, None)] if path != "/th/events/" else [("ปฏิทินกิจกรรม", None)])}
<section class="events-list"><h2>{esc(heading)}</h2>
{nav}
<ul class="list-unstyled">{items}</ul>
</section>"""
        return self.frame("th", path, heading, main, switch="/en/events/", body_class="cms-page app-aldryn_events")

    def events_list(self, start: date | None) -> str:
        s = start or TODAY
        e = s + timedelta(days=30)
        events = [x for x in EVENTS if x.e >= s and x.s < e] if start else [x for x in EVENTS if x.e >= TODAY]
        prev_d, next_d = s - timedelta(days=30), s + timedelta(days=30)
        nav = f"""<p class="events-filter"><a href="?date={prev_d.isoformat()}">&laquo; 30 วันก่อนหน้า</a> | <a href="?date={TODAY.isoformat()}">วันนี้</a> | <a href="?date={next_d.isoformat()}">30 วันถัดไป &raquo;</a> | <a href="/th/events/{s.year}/{s.month}/">ดูแบบรายเดือน</a></p>"""
        heading = "ปฏิทินกิจกรรม" if start is None else f"กิจกรรมตั้งแต่วันที่ {s.day} {MONTHS[s.month - 1]} {s.year + 543}"
        return self.events_page("/th/events/", heading, events, nav)

    def events_year(self, y: int) -> str:
        months = "".join(
            f'<a class="btn btn-outline-primary btn-sm m-1" href="/th/events/{y}/{m}/">{MONTHS[m - 1]}</a>'
            for m in range(1, 13)
        )
        nav = f'<p><a href="/th/events/{y - 1}/">&laquo; ปี {y - 1 + 543}</a> | <a href="/th/events/{y + 1}/">ปี {y + 1 + 543} &raquo;</a></p><p>{months}</p>'
        return self.events_page(f"/th/events/{y}/", f"กิจกรรมปี {y + 543}", [e for e in EVENTS if e.s.year == y], nav)

    def events_month(self, y: int, m: int) -> str:
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        days = calendar.monthrange(y, m)[1]
        day_links = " ".join(f'<a href="/th/events/{y}/{m}/{d}/">{d}</a>' for d in range(1, days + 1))
        nav = f'<p><a href="/th/events/{py}/{pm}/">&laquo; {month_name(py, pm, "th")}</a> | <a href="/th/events/{y}/">ทั้งปี {y + 543}</a> | <a href="/th/events/{ny}/{nm}/">{month_name(ny, nm, "th")} &raquo;</a></p><p class="events-days small">{day_links}</p>'
        events = [e for e in EVENTS if any(d.year == y and d.month == m for d in e.days())]
        return self.events_page(f"/th/events/{y}/{m}/", f"กิจกรรมเดือน{month_name(y, m, 'th')}", events, nav)

    def events_day(self, day: date) -> str:
        prev_d, next_d = day - timedelta(days=1), day + timedelta(days=1)
        nav = f'<p><a href="/th/events/{prev_d.year}/{prev_d.month}/{prev_d.day}/">&laquo; วันก่อนหน้า</a> | <a href="/th/events/{day.year}/{day.month}/">ทั้งเดือน</a> | <a href="/th/events/{next_d.year}/{next_d.month}/{next_d.day}/">วันถัดไป &raquo;</a></p>'
        events = [e for e in EVENTS if day in e.days()]
        heading = f"กิจกรรมวัน{WEEKDAYS[day.weekday()]}ที่ {day.day} {MONTHS[day.month - 1]} {day.year + 543}"
        return self.events_page(f"/th/events/{day.year}/{day.month}/{day.day}/", heading, events, nav)

    def event_detail(self, e: Event) -> str:
        when = f"{e.s.day} {MONTHS[e.s.month - 1]} {e.s.year + 543}"
        if e.e != e.s:
            when = f"{e.s.day} - {e.e.day} {MONTHS[e.e.month - 1]} {e.e.year + 543}"
        others = "".join(f'<li><a href="{attr(x.path)}">{esc(x.title)}</a></li>' for x in EVENTS if x is not e)
        paras = "".join(f"<p>{esc(x)}</p>" for x in e.text)
        main = f"""{self.crumbs("th", [("ปฏิทินกิจกรรม", "/th/events/"), (e.title, None)])}
<article class="aldryn-events-article">
    <h2>{esc(e.title)}</h2>
    <p class="event-when"><i class="fa fa-calendar"></i> {when} เวลา {esc(e.time)}</p>
    <p class="event-where"><i class="fa fa-map-marker"></i> สถานที่: {esc(e.place)}</p>
    <div class="event-description">{paras}</div>
    {self.share(self.u(e.path), e.title, "th")}
    <section class="other-events"><h3>กิจกรรมอื่น ๆ</h3><ul>{others}</ul></section>
</article>"""
        return self.frame(
            "th", e.path, e.title, main, switch="/en/events/", body_class="cms-page app-aldryn_events event-detail"
        )

    # -- feeds and sitemaps ----------------------------------------------------------------------------
    def feed(self, lang: str, posts: list[Post], title: str, link: str, self_href: str) -> Response:
        items = []
        for p in posts[:FEED_ITEMS]:
            url = self.u(p.path(lang))
            cats = "".join(f"<category>{esc(CAT[c].name(lang))}</category>" for c in p.cats)
            items.append(
                f'<item><title>{esc(p_title(p, lang))}</title><link>{url}</link><description>{esc("<p>" + (p_abstract(p, lang) or "") + "</p>")}</description><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{esc(AUTHOR[p.author].shown)}</dc:creator><pubDate>{rfc822(p.dt)}</pubDate><guid>{url}</guid>{cats}</item>'
            )
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f"<title>{esc(title)}</title><link>{self.u(link)}</link><description>{esc(title)}</description>"
            f'<atom:link href="{self.u(self_href)}" rel="self"></atom:link><language>{lang}</language><lastBuildDate>{rfc822(posts[0].modified if posts else NOW)}</lastBuildDate>'
            + "".join(items)
            + "</channel></rss>"
        )
        return self.xml(text, "application/rss+xml; charset=utf-8")

    def urlset(self, rows: list[tuple[str, str, str, str]]) -> Response:
        out = "".join(
            f"<url><loc>{loc}</loc><lastmod>{mod}</lastmod><changefreq>{freq}</changefreq><priority>{prio}</priority></url>"
            for loc, mod, freq, prio in rows
        )
        text = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">{out}\n</urlset>\n'
        return self.xml(text)

    def sitemaps(self) -> None:
        site = self.site
        index = ["/sitemap-cmspages.xml", "/sitemap-news.xml", "/sitemap-news.xml?p=2", "/sitemap-events.xml"]
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<sitemap><loc>{esc(self.u(x))}</loc></sitemap>" for x in index)
            + "\n</sitemapindex>\n"
        )
        site.add("/sitemap.xml", self.xml(text))
        cms_mod = "2024-06-11"
        cms = [
            "/th/",
            "/th/about/",
            "/th/about/history/",
            "/th/about/vision/",
            "/th/about/executives/",
            "/th/about/structure/",
            "/th/news/",
            "/th/events/",
            "/th/ita/",
            "/th/downloads/",
            "/th/contact/",
            "/th/search/",
            "/th/policy/",
            "/th/privacy/",
            "/th/page-not-found/",
            "/en/",
            "/en/about/",
            "/en/news/",
            "/en/contact/",
        ]
        site.add("/sitemap-cmspages.xml", self.urlset([(self.u(x), cms_mod, "monthly", "0.5") for x in cms]))
        rows = [(self.u(p.path("th")), p.modified.date().isoformat(), "monthly", "0.5") for p in NEWEST]
        rows += [(self.u(p.path("en")), p.modified.date().isoformat(), "monthly", "0.5") for p in EN_NEWEST]
        site.add("/sitemap-news.xml", self.urlset(rows[:SITEMAP_LIMIT]))
        site.add("/sitemap-news.xml?p=2", self.urlset(rows[SITEMAP_LIMIT:]))
        site.add("/sitemap-events.xml", self.urlset([(self.u(e.path), "2024-10-01", "weekly", "0.4") for e in EVENTS]))

    # -- toolbar ---------------------------------------------------------------------------------------
    def toolbar(self, resp: Response, path: str, mode: str) -> Response:
        text = resp.body.decode("utf-8")
        lang = "en" if path.startswith("/en/") else "th"
        nxt = quote(path + "?" + mode, safe="")
        labels = (
            ("ชื่อผู้ใช้", "รหัสผ่าน", "เข้าสู่ระบบ", "โครงสร้าง", "เนื้อหา", "ซ่อนแถบเครื่องมือ")
            if lang == "th"
            else ("Username", "Password", "Log in", "Structure", "Content", "Hide toolbar")
        )
        bar = f"""<div id="cms-top" class="cms-reset" data-touch-action="none">
<div class="cms-toolbar cms-toolbar-expanded" data-cms-version="{CMS_VERSION}">
<div class="cms-toolbar-left"><div class="cms-toolbar-item cms-toolbar-item-logo"><a href="/{lang}/">django CMS</a></div>
<form class="cms-toolbar-item cms-form-login" action="/admin/login/?next={nxt}" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">
<label><span>{labels[0]}</span><input type="text" name="username"></label><label><span>{labels[1]}</span><input type="password" name="password"></label><input type="submit" class="cms-btn cms-btn-action" value="{labels[2]}"> <a href="/admin/password_reset/" rel="nofollow">?</a></form></div>
<div class="cms-toolbar-right"><div class="cms-toolbar-item cms-toolbar-item-cms-mode-switcher"><a href="{attr(path)}?structure" class="cms-btn{" cms-btn-active" if mode == "structure" else ""}">{labels[3]}</a><a href="{attr(path)}?edit" class="cms-btn{" cms-btn-active" if mode == "edit" else ""}">{labels[4]}</a></div>
<div class="cms-toolbar-item"><a href="{attr(path)}?toolbar_off" class="cms-btn">{labels[5]}</a></div></div>
</div></div>
"""
        css = f'<link rel="stylesheet" href="/static/cms/css/{STATIC_V}/cms.base.css">\n</head>'
        text = text.replace("</head>", css, 1)
        text = re.sub(
            r'(<body class=")([^"]*)(">)',
            lambda m: m.group(1) + m.group(2) + " cms-toolbar-expanded" + m.group(3) + "\n" + bar,
            text,
            count=1,
        )
        text = text.replace(
            "</body>", f'<script src="/static/cms/js/dist/{STATIC_V}/bundle.toolbar.min.js"></script>\n</body>', 1
        )
        return Response(resp.status, resp.headers, text.encode("utf-8"))

    # -- registration ----------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        # home
        self.page("/th/", self.home("th"))
        self.page("/en/", self.home("en"), "en")
        # listings
        for lang in ("th", "en"):
            posts = posts_for(lang)
            t = L[lang]
            self.listing(
                lang,
                f"/{lang}/news/",
                t["news"] if lang == "en" else "ข่าวสารทั้งหมด",
                posts,
                t["news"],
                [(t["news"], None)],
                rss=f"/{lang}/news/feed/",
            )
            for c in CATEGORIES:
                cp = [p for p in posts if c.key in p.cats]
                if not cp:
                    continue
                self.listing(
                    lang,
                    c.path(lang),
                    c.name(lang),
                    cp,
                    c.name(lang),
                    [(t["news"], f"/{lang}/news/"), (c.name(lang), None)],
                )
            years = sorted({p.d.year for p in posts}, reverse=True)
            for y in years:
                yp = [p for p in posts if p.d.year == y]
                label = f"ปี {y + 543}" if lang == "th" else str(y)
                self.listing(
                    lang,
                    f"/{lang}/news/{y}/",
                    f"{t['archive']}: {label}",
                    yp,
                    f"{t['archive']} {label}",
                    [(t["news"], f"/{lang}/news/"), (label, None)],
                )
                for m in sorted({p.d.month for p in yp}, reverse=True):
                    mp = [p for p in yp if p.d.month == m]
                    self.listing(
                        lang,
                        f"/{lang}/news/{y}/{m:02d}/",
                        f"{t['archive']}: {month_name(y, m, lang)}",
                        mp,
                        f"{t['archive']} {month_name(y, m, lang)}",
                        [(t["news"], f"/{lang}/news/"), (label, f"/{lang}/news/{y}/"), (month_name(y, m, lang), None)],
                    )
            for k in TAGS:
                tp = [p for p in posts if k in p.tags]
                if not tp:
                    continue
                heading = f"{t['tags']}: {TAGS[k]}"
                feed = tag_path(k, lang) + "feed/"
                self.listing(
                    lang,
                    tag_path(k, lang),
                    heading,
                    tp,
                    heading,
                    [(t["news"], f"/{lang}/news/"), (heading, None)],
                    rss=feed,
                )
                site.add(
                    feed,
                    self.feed(lang, tp, f"{heading} - {SITE if lang == 'th' else SITE_EN}", tag_path(k, lang), feed),
                )
            for a in AUTHORS:
                ap = [p for p in posts if p.author == a.key]
                if not ap:
                    continue
                heading = f"ข่าวโดย {a.shown}" if lang == "th" else f"Posts by {a.shown}"
                self.listing(lang, a.path(lang), heading, ap, heading, [(t["news"], f"/{lang}/news/"), (a.shown, None)])
            site.add(
                f"/{lang}/news/feed/",
                self.feed(
                    lang,
                    posts,
                    f"{t['news']} - {SITE if lang == 'th' else SITE_EN}",
                    f"/{lang}/news/",
                    f"/{lang}/news/feed/",
                ),
            )
        # posts
        for p in POSTS:
            site.add(p.path("th"), self.django(self.post_page(p, "th")))
            aliases = [self.u(p.path("th") + "?" + k) for k in ("edit", "structure", "toolbar_off")]
            if p.old_slug and p.old_slug != p.slug:
                old = f"/th/news/{p.url_date()}/{enc(p.old_slug)}/"
                site.add(old, self.redirect(self.u(p.path("th")), 301))
                aliases.append(self.u(old))
            for other in POSTS:
                for _kind, text in other.blocks:
                    for m in LINK.finditer(text):
                        if m.group(2) == f"@{p.key}|nolang":
                            aliases.append(self.u(self.link_target(m.group(2))))
            site.articles.append(
                FixtureArticle(
                    url=self.u(p.path("th")),
                    aliases=tuple(aliases),
                    title=p.title,
                    paragraphs=gold_paragraphs(p),
                    published=p.day,
                    author=AUTHOR[p.author].shown,
                    captions=captions(p),
                )
            )
            if p.en:
                site.add(p.path("en"), self.django(self.post_page(p, "en"), "en"))
                site.articles.append(
                    FixtureArticle(
                        url=self.u(p.path("en")),
                        aliases=tuple(self.u(p.path("en") + "?" + k) for k in ("edit", "structure", "toolbar_off")),
                        title=p.en.title,
                        paragraphs=p.en.paragraphs,
                        published=p.day,
                        author=AUTHOR[p.author].shown,
                        captions=(),
                    )
                )
            else:
                self.broken.append(self.u(f"/en/news/{p.url_date()}/{enc(p.slug)}/"))
        self.static_pages()
        # events
        self.page("/th/events/", self.events_list(None))
        for e in EVENTS:
            self.page(e.path, self.event_detail(e))
        self.non_articles.append(self.u("/th/events/?date=2024-12-28"))
        self.non_articles.append(self.u("/th/events/2024/12/"))
        for q in POPULAR_QUERIES:
            self.non_articles.append(self.u(f"/th/search/?q={enc(q)}"))
        self.sitemaps()
        # static assets
        for path, ctype, text in (
            ("/static/theme/css/bootstrap.min.css", "text/css", "/*! Bootstrap v4.6.2 */\n"),
            ("/static/djangocms_blog/css/djangocms_blog.css", "text/css", ".post-item{margin-bottom:2rem}\n"),
            ("/static/theme/css/style.css", "text/css", "body{font-family:'Sarabun',sans-serif}\n"),
            ("/static/theme/js/jquery-3.6.0.min.js", "application/javascript", "/*! jQuery v3.6.0 */\n"),
            ("/static/theme/js/bootstrap.bundle.min.js", "application/javascript", "/*! Bootstrap v4.6.2 */\n"),
            ("/static/aldryn_events/js/events-calendar.js", "application/javascript", "/* events calendar */\n"),
            ("/static/theme/js/main.js", "application/javascript", "function fontSize(n){}\nfunction copyLink(a){}\n"),
            (f"/static/cms/css/{STATIC_V}/cms.base.css", "text/css", "#cms-top{position:fixed}\n"),
            (
                f"/static/cms/js/dist/{STATIC_V}/bundle.toolbar.min.js",
                "application/javascript",
                "/* django CMS toolbar */\n",
            ),
        ):
            add_text(site, path, text, ctype)
        mod = datetime(2023, 6, 1, tzinfo=BANGKOK)
        for name, w, h in (
            ("logo-wiangsuwan.jpg", 180, 180),
            ("no-image.jpg", 400, 225),
            ("mayor.jpg", 400, 300),
            ("banner-ita.jpg", 360, 120),
            ("banner-damrongdhama.jpg", 360, 120),
            ("banner-dla.jpg", 360, 120),
            ("banner-egp.jpg", 360, 120),
        ):
            add_jpeg(site, f"/static/theme/img/{name}", w, h, mod)
        # the Django admin (disallowed)
        admin = f'<!DOCTYPE html>\n<html lang="th"><head><title>เข้าสู่ระบบ | ระบบจัดการเว็บไซต์</title><meta name="robots" content="NONE,NOARCHIVE"><link rel="stylesheet" href="/static/admin/css/login.css"></head>\n<body class="login"><div id="container"><h1 id="site-name">ระบบจัดการเว็บไซต์ {esc(SITE)}</h1><form action="/admin/login/" method="post" id="login-form"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}"><input type="text" name="username"><input type="password" name="password"><input type="submit" value="เข้าสู่ระบบ"></form></div></body></html>\n'
        site.add("/admin/login/", self.django(admin, cookie=True))
        robots = f"User-agent: *\nDisallow: /admin/\n\nSitemap: {self.u('/sitemap.xml')}\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.disallowed_paths = ["/admin/"]
        not_found = self.frame(
            "th",
            "/th/404/",
            "ไม่พบหน้า (404)",
            '<div class="text-center py-5"><h2>404</h2><p>ไม่พบหน้าที่คุณต้องการ</p><p><a href="/th/">กลับหน้าแรก</a></p></div>',
        )
        site.not_found = self.django(not_found, status=404)
        site.non_articles = self.non_articles
        site.broken_links = self.broken
        site.trap_patterns = [TRAP_EVENTS_DATE, TRAP_EVENTS_FILTER]
        site.dynamic = self.dynamic

    # -- answers made on request -----------------------------------------------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path or "/")
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        q = dict(pairs)
        if path == "/" and not pairs:
            return self.redirect("/th/", lang="th")
        # django CMS toolbar switches: the same page (with the anonymous toolbar for edit/structure)
        if pairs and all(k in TOOLBAR_KEYS for k, _ in pairs):
            base = self.site.route(parts.path)
            if base is None or base.status != 200 or not (base.header("Content-Type") or "").startswith("text/html"):
                return base
            mode = pairs[0][0]
            return self.toolbar(base, parts.path, mode) if mode in ("edit", "structure") else base
        # events apphook
        m = re.fullmatch(r"/th/events/(\d{4})/(?:(\d{1,2})/(?:(\d{1,2})/)?)?", path)
        if m and not pairs:
            y = int(m.group(1))
            if not 1900 <= y <= 2199:
                return None
            if m.group(2) is None:
                return self.django(self.events_year(y))
            mo = int(m.group(2))
            if not 1 <= mo <= 12:
                return None
            if m.group(3) is None:
                return self.django(self.events_month(y, mo))
            try:
                day = date(y, mo, int(m.group(3)))
            except ValueError:
                return None
            return self.django(self.events_day(day))
        if path == "/th/events/" and "date" in q:
            try:
                start = date.fromisoformat(q["date"])
            except ValueError:
                start = None
            return self.django(self.events_list(start))
        # haystack search
        if path == "/th/search/" and "q" in q:
            try:
                n = int(q.get("page", "1"))
            except ValueError:
                return None
            return self.search_page(q["q"].strip(), n)
        # djangocms-blog's <int:month>/<int:day> converters: unpadded dates answer too
        m = re.fullmatch(r"/(th|en)/news/(\d{4})/(\d{1,2})/(\d{1,2})/([^/]+)/", path)
        if m:
            lang = m.group(1)
            for p in POSTS:
                u = p.utc
                slug = p.en.slug if (lang == "en" and p.en) else p.slug
                if (u.year, u.month, u.day) == (int(m.group(2)), int(m.group(3)), int(m.group(4))) and slug == m.group(
                    5
                ):
                    if lang == "en" and not p.en:
                        return None
                    return self.site.route(p.path(lang))
            return None
        # redirect_on_fallback: CMS pages without an English title
        if path.startswith("/en/"):
            th = "/th/" + path[4:]
            if not th.startswith("/th/news/") and self.site.has(th + (f"?{parts.query}" if parts.query else "")):
                return self.redirect(th + (f"?{parts.query}" if parts.query else ""), lang="en")
            return None
        # LocaleMiddleware: a path without the language prefix
        if not path.startswith(("/th/", "/media/", "/static/", "/admin/")):
            target = "/th" + parts.path + (f"?{parts.query}" if parts.query else "")
            if self.site.has(target) or (path.startswith("/news/") and self.dynamic("/th" + parts.path) is not None):
                return self.redirect(target, lang="th")
            return None
        if path.startswith("/admin/"):
            return self.redirect("/admin/login/?next=" + quote(path, safe=""))
        return None


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="nginx/1.18.0 (Ubuntu)", redirect_slashless=True)
    _DjangoCMS(site).register()
    return site

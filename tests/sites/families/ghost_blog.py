# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""ghost_blog: a เทศบาลตำบล news site on Ghost 5 (Node.js) with the default Casper 5 theme, behind nginx.

เทศบาลตำบลห้วยน้ำใส, อำเภอโนนสำราญ, จังหวัดศรีบุรินทร์ (fictional).  TODAY is 2024-11-20.  The site was a
WordPress blog until mid 2022; its posts were imported with Ghost's WordPress migrator (the bodies are
``<!--kg-card-begin: html-->`` cards full of ``&nbsp;`` indents, images moved to
``/content/images/wordpress/...``, an internal ``#wordpress`` tag), and the old WordPress permalinks are
301s in Ghost's ``redirects.yaml``.  AMP was switched on under Ghost 4 and never switched off.  All text is
written for this fixture.

CMS imitated: Ghost 5.82 + Casper 5 (Thai locale: dates ``12 มี.ค. 2024`` as moment's ``ll`` in ``th``, i.e.
Thai month abbreviations with the GREGORIAN year; ``{{reading_time}}`` overridden as ``อ่าน 1 นาที``; a
Thai ``partials/pagination.hbs``; a "เรื่องที่คุณอาจสนใจ" heading over Casper's read-more cards).  Markup:
``gh-head`` header with ``{{navigation}}`` (``<li class="nav-<slugified Thai label>">``, absolute URLs),
Portal links ``#/portal/signin`` / ``#/portal/signup`` / ``#/portal`` (data-portal), Sodo search button,
``ghost_head`` (canonical, ``amphtml``, og/twitter, ``article:published_time`` in UTC with ``.000Z``, JSON-LD,
``<meta name="generator" content="Ghost 5.82">``, the site RSS ``<link rel="alternate">``, Portal and search
scripts, ``rel=prev/next`` on listings), ``article.article`` with ``section.gh-content.gh-canvas``, ``kg-``
cards: image cards with ``figcaption``, galleries, bookmark cards (title, description, publisher: another
post's text), file cards (PDFs), callouts, buttons; ``footer-cta`` subscribe block; ``read-more`` post cards
(the latest 3 posts, excerpts of up to 500 characters / 50 words, so short Thai posts show almost whole);
footer with the secondary navigation and "Powered by Ghost".  Editors: 2022 posts are WordPress HTML cards,
2022-2023 Ghost posts are Mobiledoc (plain ``<p>``), posts from August 2023 are Lexical
(``<span style="white-space: pre-wrap;">`` in every paragraph and caption).

Slugs: Ghost's ``slugify`` = ``unidecode`` (Thai letters transliterated one by one, อ becomes a backtick,
hence a dash) then reserved characters to ``-``, lower-cased, cut at 185 characters; so Thai titles give
slugs like ``ethsbaaltambl...`` (``ghost_slug`` below); editors typed some slugs by hand (``flood-2565``,
``land-tax-2567``), some posts kept ``untitled-N`` (published before a title was typed) and one has a numeric
slug (``20230320``).  Ghost cannot keep Thai letters in a slug: the percent-encoded Thai URLs are the old
WordPress permalinks, which 301.

URL shapes (routes.yaml: two collections)
* ``/prakaas/`` collection (``filter: primary_tag:prakaas``, permalink ``/prakaas/{slug}/``): ประกาศ;
  ``/`` collection (everything else, permalink ``/{slug}/``): news.  Posts per page 5: ``/page/2/`` ..
  ``/page/4/``, ``/prakaas/page/2/``; ``/page/1/`` 301s to ``/``.  ``/<slug>/`` of a ประกาศ post 301s to
  ``/prakaas/<slug>/`` (Ghost redirects an entry found under another router to its own URL).
* post ``/<slug>/`` (gold), AMP copy ``/<slug>/amp/`` (alias), slash-less and upper-case spellings 301
  (Ghost's trailing-slash and uncapitalise middleware), any query string is ignored (``?ref=`` links copied
  from the newsletter, ``?fbclid=`` links copied from Facebook: aliases), an edited slug ``/untitled-11/``
  301s (redirects.yaml), old WordPress permalinks ``/2022/03/<percent-encoded Thai>/`` and
  ``/category/<Thai>/`` 301.
* ``/tag/<slug>/`` (+ ``/page/N/``, ``/rss/``), ``/author/<slug>/`` (+ ``/page/N/``, ``/rss/``); Casper links
  only the PRIMARY tag of a post, so the secondary tags are found only in ``sitemap-tags.xml``.
* pages: ``/about/``, ``/executives/``, ``/contact/``, ``/ita/`` (O1..O10 as file cards of PDFs under
  ``/content/files/``), ``/subscribe/`` (a members signup form).  ``/ghost/`` (admin, disallowed).
* feeds and sitemaps: ``/rss/`` (the ``/`` collection, latest 15), ``/prakaas/rss/``, tag and author feeds;
  ``/sitemap.xml`` -> ``sitemap-pages.xml``, ``sitemap-posts.xml`` (all 22), ``sitemap-authors.xml``,
  ``sitemap-tags.xml``; robots.txt is Ghost's default (``Disallow: /ghost/``, ``/p/``, ``/email/``, ``/r/``,
  ``/webmentions/receive/`` and the ``Sitemap:`` line).

How the gold posts are found: the home collection pages (news), ``/prakaas/`` pages (ประกาศ), primary-tag
pages, author pages, ``/rss/`` (latest 15 news: the oldest news post is NOT in it) and ``/prakaas/rss/``,
``sitemap-posts.xml``; read-more cards (latest 3 posts on every post).  The oldest ประกาศ is only on
``/prakaas/page/2/`` (besides its tag and author pages and the sitemap).  No prev/next links (Casper has
none).

Traps (``trap_patterns``; two legacy PHP apps the municipality kept behind the same nginx, linked from
Ghost's secondary navigation; answered by ``dynamic``)
* ``TRAP_CALENDAR``: ``/calendar/?y=2567&m=11`` (Buddhist-era year): every month of any year answers and
  links the previous/next month and year and its event days ``&d=N``; day pages link the previous/next
  day: thousands of pages.
* ``TRAP_EREF``: ``/eservice/form.php?sv=<service>&ref=<trail>``: the e-Service pages append the service code
  to ``ref`` in every link to another service (``ref=home-water-road-light``...): 5 new URLs per page, 5^k
  at depth k.  (The harmless ``?ref=`` links on the Ghost side are aliases, not a trap.)

Gold: 22 posts 2022-03-18 .. 2024-11-05 (16 news, 6 ประกาศ), oldest first.  Paragraphs: body ``<p>`` and
``<li>`` text and callout text; NOT captions (feature image, image and gallery cards), bookmark and file
card text, buttons, the custom excerpt shown under the title of 1 post (a header standfirst, like the title).
Author: Ghost's ``{{authors}}`` (one post has two: ``"A, B"``).  Published: the local (Asia/Bangkok) date
in the byline; the news post at 06:20 on 27 Nov 2023 has ``article:published_time`` and RSS ``pubDate``
on the 26th (UTC).  Bodies carry Buddhist-era dates (``27 พฤศจิกายน 2566``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, MONTHS_ABBR, WEEKDAYS, local_dt, rfc822
from .common import add_jpeg, add_pdf, add_text, attr, esc, wp_slug

FAMILY = "ghost_blog"
SITE = "เทศบาลตำบลห้วยน้ำใส"
DESCRIPTION = "ข่าวสาร กิจกรรม และประกาศของเทศบาลตำบลห้วยน้ำใส อำเภอโนนสำราญ จังหวัดศรีบุรินทร์"
ADDRESS = "เลขที่ 88 หมู่ที่ 1 ถนนโนนสำราญ-ห้วยน้ำใส ตำบลห้วยน้ำใส อำเภอโนนสำราญ จังหวัดศรีบุรินทร์ 31270"
PHONE = "0 4481 2356"
EMAIL = "saraban@huainamsai.go.th"
MAYOR = "นายสมพงษ์ ศรีวิเศษ"
TODAY = date(2024, 11, 20)
NOW = datetime(2024, 11, 20, 9, 12, 0, tzinfo=BANGKOK)
GHOST = "5.82"
ASSET_V = "9c1e4b7a2d"
PER_PAGE = 5
RSS_LIMIT = 15
NEWSLETTER = "จดหมายข่าวห้วยน้ำใส"
LOGO = "/content/images/2022/06/logo-huainamsai.jpg"
COVER = "/content/images/2022/06/cover-huainamsai.jpg"
FB = "https://www.facebook.com/huainamsai.go.th"

# unidecode's table for U+0E00..U+0E5B (the same data in the npm and the Python packages).
_THAI = (
    "[?]", "k", "kh", "kh", "kh", "kh", "kh", "ng", "cch", "ch", "ch", "ch", "ch", "y", "d", "t",
    "th", "th", "th", "n", "d", "t", "th", "th", "th", "n", "b", "p", "ph", "f", "ph", "f",
    "ph", "m", "y", "r", "R", "l", "L", "w", "s", "s", "s", "h", "l", "`", "h", "~",
    "a", "a", "aa", "am", "i", "ii", "ue", "uue", "u", "uu", "'", "[?]", "[?]", "[?]", "[?]", "Bh.",
    "e", "ae", "o", "ai", "ai", "ao", "+", "", "", "", "", "", "", "M", "", " * ",
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", " // ", " /// ",
)  # fmt: skip
_PUNCT = {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "--", "…": "..."}
_RESERVED = re.compile(r"(\s|\.|@|:|/|\?|#|\[|\]|!|\$|&|\(|\)|\*|\+|,|;|=|\\|%|<|>|\||\^|~|\"|\{|\}|`|–|—)+")


def ghost_slug(text: str) -> str:
    """Ghost's slugify: unidecode, reserved characters to '-', lower-case, at most 185 characters."""
    out = []
    for char in text:
        code = ord(char)
        if 0x0E00 <= code < 0x0E00 + len(_THAI):
            out.append(_THAI[code - 0x0E00])
        else:
            out.append(_PUNCT.get(char, char))
    slug = _RESERVED.sub("-", "".join(out).strip()).replace("'", "").lower()
    slug = re.sub(r"-+", "-", slug).strip("-")
    return slug[:185].rstrip("-")


def _h(seed: str, n: int = 24) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def _uuid(seed: str) -> str:
    x = _h(seed, 32)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def ghost_date(d: date) -> str:
    """{{date}} in the th locale: moment 'll' = 'D MMM YYYY', Gregorian year."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def ghost_long(d: date) -> str:
    """{{date format="DD MMMM YYYY"}} (AMP template)."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def utc_iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# -- tags and authors --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tag:
    key: str
    name: str
    slug: str
    description: str


TAGS = (
    Tag("prakaas", "ประกาศ", "prakaas", "ประกาศของเทศบาลตำบลห้วยน้ำใส ภาษี การรับสมัคร การจัดซื้อจัดจ้าง และการงดจ่ายน้ำ"),
    Tag("khaaw", "ข่าวประชาสัมพันธ์", ghost_slug("ข่าวประชาสัมพันธ์"), "ข่าวประชาสัมพันธ์จากงานประชาสัมพันธ์ สำนักปลัดเทศบาล"),
    Tag("activities", "ข่าวกิจกรรม", "activities", "ภาพและข่าวกิจกรรมของเทศบาลและชุมชน"),
    Tag("health", "สาธารณสุข", ghost_slug("สาธารณสุข"), "งานสาธารณสุขและสิ่งแวดล้อม"),
    Tag("tax", "ภาษี", "tax", ""),
    Tag("procurement", "จัดซื้อจัดจ้าง", "procurement", ""),
)
TAG = {t.key: t for t in TAGS}


@dataclass(frozen=True)
class Author:
    key: str
    name: str
    slug: str
    bio: str


AUTHORS = (
    Author("pr", "งานประชาสัมพันธ์", "pr", "งานประชาสัมพันธ์ สำนักปลัดเทศบาลตำบลห้วยน้ำใส"),
    Author("admin", "ผู้ดูแลระบบ", ghost_slug("ผู้ดูแลระบบ"), ""),
    Author(
        "health", "กองสาธารณสุขและสิ่งแวดล้อม", ghost_slug("กองสาธารณสุขและสิ่งแวดล้อม"), "งานป้องกันและควบคุมโรค งานรักษาความสะอาด"
    ),
    Author("finance", "กองคลัง", "finance", "งานพัฒนาและจัดเก็บรายได้ งานพัสดุ"),
    Author("works", "กองช่าง", ghost_slug("กองช่าง"), "งานก่อสร้าง งานไฟฟ้า และงานประปา"),
    Author("palad", "สำนักปลัดเทศบาล", "palad", ""),
)
AUTHOR = {a.key: a for a in AUTHORS}


# -- posts ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Post:
    key: str
    day: str
    hm: str
    coll: str  # "news" (the / collection) or "prakaas"
    slug: str
    tags: tuple[str, ...]  # tag keys; "#wordpress" is Ghost's internal tag (hash-wordpress)
    authors: tuple[str, ...]
    style: str  # wp (imported HTML card), md (Mobiledoc), lx (Lexical)
    featured: bool
    title: str
    excerpt: str | None  # custom excerpt (a standfirst under the title)
    feature: str | None  # None: no feature image; "": image without caption; else the caption
    old_slug: str | None  # slug before the editor changed it (redirects.yaml)
    blocks: tuple[tuple[str, str], ...]

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def path(self) -> str:
        return f"/prakaas/{self.slug}/" if self.coll == "prakaas" else f"/{self.slug}/"

    @property
    def id(self) -> str:
        return f"{int(self.dt.timestamp()):08x}" + _h(f"id:{self.key}", 16)

    @property
    def uuid(self) -> str:
        return _uuid(f"post:{self.key}")

    @property
    def public_tags(self) -> list[Tag]:
        return [TAG[t] for t in self.tags if not t.startswith("#")]

    @property
    def primary_tag(self) -> Tag | None:
        tags = self.public_tags
        return tags[0] if tags else None

    @property
    def wp_path(self) -> str | None:
        if "#wordpress" not in self.tags:
            return None
        return f"/{self.day[:4]}/{self.day[5:7]}/{wp_slug(self.title)}/"

    @property
    def updated(self) -> datetime:
        return self.dt + timedelta(minutes=7 + int(_h(f"upd:{self.key}", 2), 16) % 50)


# "## key date time collection slug(auto) tags authors style featured(-|featured)"
# then T: title, X: custom excerpt, F: feature caption ("F:" alone: image without caption), O: old slug,
# then blocks: paragraphs, "- " list items, IMG:, GAL:, FILE: title | file | size, BM: key|mode,
# CALL: callout, BTN: label | href, EMPTY.  Inline: **bold** at the start, [text](target) with target
# @KEY (post), @KEY|ref (newsletter ?ref=), @KEY|fb (?fbclid=), @KEY|wp (old WordPress URL),
# @KEY|noslash, /path, https://... (outbound: Ghost adds ?ref=<site domain>).
SPEC = """
## N1 2022-03-18 09:40 news auto khaaw,#wordpress admin wp -
T: เทศบาลตำบลห้วยน้ำใสร่วมกิจกรรมวันท้องถิ่นไทย ประจำปี 2565
F:
วันศุกร์ที่ 18 มีนาคม 2565 เวลา 08.30 น. นายสมพงษ์ ศรีวิเศษ นายกเทศมนตรีตำบลห้วยน้ำใส พร้อมด้วยคณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาลและพนักงานจ้าง ร่วมกิจกรรมวันท้องถิ่นไทย ณ หอประชุมอำเภอโนนสำราญ
ภายในพิธีมีการวางพานพุ่มถวายราชสักการะพระบรมรูปพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว เพื่อน้อมรำลึกในพระมหากรุณาธิคุณที่ทรงวางรากฐานการปกครองท้องถิ่นไทย
IMG: เทศบาลตำบลห้วยน้ำใสร่วมกิจกรรมวันท้องถิ่นไทย ประจำปี 2565
ช่วงบ่าย เทศบาลได้จัดกิจกรรมจิตอาสาทำความสะอาดบริเวณตลาดสดเทศบาลและลานกีฬาชุมชนบ้านห้วยน้ำใส โดยได้รับความร่วมมือจากประชาชนในพื้นที่เป็นอย่างดี
EMPTY
ดูข่าวอื่น ๆ ได้ที่หมวด [ข่าวประชาสัมพันธ์](/category/ข่าวประชาสัมพันธ์/)

## N2 2022-05-06 14:05 news auto health,#wordpress admin wp -
T: ฉีดพ่นหมอกควันกำจัดยุงลาย ป้องกันโรคไข้เลือดออก หมู่ที่ 1 - หมู่ที่ 9
F:
งานป้องกันและควบคุมโรค กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลห้วยน้ำใส ออกปฏิบัติงานฉีดพ่นหมอกควันกำจัดยุงลายตัวเต็มวัย ระหว่างวันที่ 2 - 6 พฤษภาคม 2565 ครอบคลุมทั้ง 9 หมู่บ้านในเขตเทศบาล
IMG: เจ้าหน้าที่ออกฉีดพ่นหมอกควันในชุมชน
ทั้งนี้ขอความร่วมมือประชาชนช่วยกันกำจัดแหล่งเพาะพันธุ์ยุงลายตามหลัก 3 เก็บ คือ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด เพื่อป้องกันโรคไข้เลือดออกในช่วงฤดูฝน
EMPTY
หากพบผู้ป่วยมีไข้สูงลอย 2 วันขึ้นไป ให้รีบพบแพทย์ที่โรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน และงดรับประทานยาแอสไพรินหรือไอบูโพรเฟน

## P1 2022-06-01 10:00 prakaas auto prakaas,#wordpress admin wp -
T: ประกาศเทศบาลตำบลห้วยน้ำใส เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป
ด้วยเทศบาลตำบลห้วยน้ำใส มีความประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 2 อัตรา และตำแหน่งนักการภารโรง จำนวน 1 อัตรา
ผู้ประสงค์จะสมัครสามารถขอรับใบสมัครและยื่นใบสมัครด้วยตนเองได้ที่งานการเจ้าหน้าที่ สำนักปลัดเทศบาล ตั้งแต่วันที่ 6 - 17 มิถุนายน 2565 ในวันและเวลาราชการ
EMPTY
ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะในวันที่ 21 มิถุนายน 2565 ณ ป้ายประชาสัมพันธ์สำนักงานเทศบาล และทางเว็บไซต์ของเทศบาล

## N3 2022-07-15 13:30 news untitled-2 activities pr md -
T: แห่เทียนเข้าพรรษา สืบสานประเพณีไทย ประจำปี 2565
F:
วันพุธที่ 13 กรกฎาคม 2565 เทศบาลตำบลห้วยน้ำใสร่วมกับวัดโพธิ์ศรีห้วยน้ำใสและชุมชนทั้ง 9 หมู่บ้าน จัดขบวนแห่เทียนพรรษาและถวายเทียนพรรษาแด่พระภิกษุสงฆ์ เนื่องในเทศกาลเข้าพรรษา
GAL: บรรยากาศขบวนแห่เทียนพรรษา ปี 2565
ขบวนแห่เริ่มเคลื่อนจากสำนักงานเทศบาลไปตามถนนสายหลักของตำบล ระยะทางประมาณ 1.5 กิโลเมตร มีนักเรียนและผู้สูงอายุร่วมฟ้อนรำอย่างสวยงาม
นายกเทศมนตรีขอขอบคุณทุกภาคส่วนที่ร่วมกันสืบสานประเพณีอันดีงามนี้ และเชิญชวนพุทธศาสนิกชนร่วมกันงดเหล้าเข้าพรรษาตลอด 3 เดือน

## N4 2022-09-30 17:45 news flood-2565 khaaw pr md -
T: เทศบาลฯ ออกหน่วยช่วยเหลือผู้ประสบอุทกภัย หมู่ที่ 4 และหมู่ที่ 6
F: เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยขนย้ายสิ่งของให้ผู้ประสบภัย
จากสถานการณ์ฝนตกหนักต่อเนื่องเมื่อวันที่ 28 - 29 กันยายน 2565 ทำให้น้ำจากลำห้วยน้ำใสเอ่อล้นเข้าท่วมบ้านเรือนประชาชนในหมู่ที่ 4 และหมู่ที่ 6 ได้รับความเดือดร้อนรวม 47 ครัวเรือน
เทศบาลตำบลห้วยน้ำใสได้จัดเจ้าหน้าที่ อปพร. พร้อมรถบรรทุกและเรือท้องแบนเข้าช่วยขนย้ายสิ่งของ และมอบถุงยังชีพจำนวน 60 ชุด ให้แก่ผู้ประสบภัย
EMPTY
ประชาชนที่ได้รับความเดือดร้อนสามารถแจ้งความเสียหายได้ที่งานป้องกันและบรรเทาสาธารณภัย โทร. 0 4481 2356 ตลอด 24 ชั่วโมง

## N5 2022-11-08 20:10 news loykrathong-2565 activities pr md featured
T: บรรยากาศงานประเพณีลอยกระทง ประจำปี 2565 ณ สระน้ำสาธารณะบ้านห้วยน้ำใส
F:
คืนวันอังคารที่ 8 พฤศจิกายน 2565 เทศบาลตำบลห้วยน้ำใสจัดงานประเพณีลอยกระทง ณ สระน้ำสาธารณะบ้านห้วยน้ำใส มีประชาชนเข้าร่วมงานอย่างคึกคัก
GAL: ภาพบรรยากาศงานลอยกระทง
กิจกรรมภายในงานประกอบด้วยการประกวดกระทงใบตอง การประกวดหนูน้อยนพมาศ และการแสดงของนักเรียนศูนย์พัฒนาเด็กเล็กเทศบาล
ผลการประกวดกระทงประเภทสวยงาม รางวัลชนะเลิศได้แก่ชุมชนหมู่ที่ 3 รองชนะเลิศอันดับ 1 ได้แก่ชุมชนหมู่ที่ 8
- รางวัลชนะเลิศ เงินรางวัล 3,000 บาท
- รองชนะเลิศอันดับ 1 เงินรางวัล 2,000 บาท
- รองชนะเลิศอันดับ 2 เงินรางวัล 1,000 บาท

## N6 2023-01-14 11:20 news auto activities pr md -
T: งานวันเด็กแห่งชาติ ประจำปี 2566 “เด็กห้วยน้ำใส ใฝ่รู้ คู่คุณธรรม”
F:
วันเสาร์ที่ 14 มกราคม 2566 เทศบาลตำบลห้วยน้ำใสจัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ลานอเนกประสงค์หน้าสำนักงานเทศบาล โดยมีเด็กและผู้ปกครองเข้าร่วมงานกว่า 500 คน
IMG: นายกเทศมนตรีมอบของขวัญให้เด็ก ๆ ที่มาร่วมงาน
ภายในงานมีซุ้มเกมและกิจกรรมจากหน่วยงานต่าง ๆ เช่น สถานีตำรวจภูธรโนนสำราญ โรงพยาบาลส่งเสริมสุขภาพตำบล และโรงเรียนในเขตเทศบาล พร้อมแจกของขวัญและทุนการศึกษา
นายสมพงษ์ ศรีวิเศษ นายกเทศมนตรีตำบลห้วยน้ำใส กล่าวว่า “เด็กคืออนาคตของชาติ” เทศบาลจะสนับสนุนการศึกษาและพัฒนาการของเด็กในพื้นที่อย่างต่อเนื่อง

## P2 2023-02-01 09:15 prakaas land-tax-2566 prakaas,tax finance md -
T: ประกาศ กำหนดระยะเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2566
เทศบาลตำบลห้วยน้ำใสขอประชาสัมพันธ์ให้ผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี พ.ศ. 2566 ทราบกำหนดระยะเวลาการชำระภาษี ดังนี้
- ภาษีที่ดินและสิ่งปลูกสร้าง ชำระภายในเดือนเมษายน 2566
- ภาษีป้าย ยื่นแบบแสดงรายการภายในเดือนมีนาคม 2566
ผู้ที่ไม่ชำระภาษีภายในกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด สอบถามรายละเอียดได้ที่งานพัฒนาและจัดเก็บรายได้ กองคลัง โทร. 0 4481 2356 ต่อ 104
FILE: ประกาศเทศบาลตำบลห้วยน้ำใส เรื่อง ภาษีที่ดินและสิ่งปลูกสร้าง 2566 | prakaas-phasi-2566.pdf | 184 KB

## N7 2023-03-20 16:00 news 20230320 khaaw pr md -
T: ประชุมประชาคมตำบลเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)
F:
เมื่อวันที่ 20 มีนาคม 2566 เวลา 09.00 น. เทศบาลตำบลห้วยน้ำใสจัดประชุมประชาคมระดับตำบล เพื่อรับฟังความคิดเห็นและความต้องการของประชาชนประกอบการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ณ ห้องประชุมสภาเทศบาล
ผู้เข้าร่วมประชุมประกอบด้วยผู้นำชุมชน อาสาสมัครสาธารณสุขประจำหมู่บ้าน ตัวแทนกลุ่มอาชีพ และประชาชนทั่วไป รวม 124 คน
ข้อเสนอที่ได้รับมากที่สุด ได้แก่ การขยายเขตประปาหมู่บ้าน การก่อสร้างถนนคอนกรีตเสริมเหล็ก และการติดตั้งไฟฟ้าส่องสว่างบริเวณทางแยก ซึ่งเทศบาลจะนำไปบรรจุในแผนพัฒนาตามลำดับความสำคัญต่อไป

## N8 2023-04-13 15:00 news untitled-5 activities pr md -
T: รดน้ำดำหัวขอพรผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ประจำปี 2566
F:
วันที่ 13 เมษายน 2566 เทศบาลตำบลห้วยน้ำใสจัดกิจกรรมรดน้ำดำหัวขอพรผู้สูงอายุ เนื่องในวันผู้สูงอายุแห่งชาติและประเพณีสงกรานต์ ณ หอประชุมเทศบาล
IMG: ผู้สูงอายุให้พรแก่คณะผู้บริหารเทศบาล
ภายในงานมีการมอบเกียรติบัตรแก่ผู้สูงอายุที่มีอายุยืนที่สุดในตำบล คือ คุณยายบุญมา แก้วใส อายุ 101 ปี และการประกวดผู้สูงอายุสุขภาพดี
EMPTY
ย้อนดูภาพกิจกรรมวันท้องถิ่นไทยของเทศบาลได้ [ที่นี่](@N1|wp)

## N9 2023-06-09 14:30 news zero-waste-bank khaaw,health pr,health md -
T: เปิดธนาคารขยะชุมชน รณรงค์คัดแยกขยะต้นทาง ลดปริมาณขยะในตำบล
F:
เทศบาลตำบลห้วยน้ำใสร่วมกับชุมชนหมู่ที่ 2 เปิดธนาคารขยะชุมชนอย่างเป็นทางการ เมื่อวันที่ 8 มิถุนายน 2566 เนื่องในวันสิ่งแวดล้อมโลก เพื่อส่งเสริมให้ประชาชนคัดแยกขยะรีไซเคิลก่อนทิ้ง
IMG: สมาชิกธนาคารขยะนำขวดพลาสติกมาชั่งน้ำหนัก
สมาชิกสามารถนำขยะรีไซเคิล เช่น ขวดพลาสติก กระดาษ กระป๋องอะลูมิเนียม มาฝากได้ทุกวันเสาร์แรกของเดือน เวลา 09.00 - 12.00 น. โดยจะได้รับการบันทึกยอดเงินในสมุดบัญชีธนาคารขยะ
CALL: สนใจสมัครสมาชิกธนาคารขยะ ติดต่อกองสาธารณสุขและสิ่งแวดล้อม โทร. 0 4481 2356 ต่อ 108

## N10 2023-08-25 10:30 news auto activities pr lx -
T: เปิดภาคเรียนโรงเรียนผู้สูงอายุเทศบาลตำบลห้วยน้ำใส รุ่นที่ 3
F:
วันศุกร์ที่ 25 สิงหาคม 2566 นายสมพงษ์ ศรีวิเศษ นายกเทศมนตรีตำบลห้วยน้ำใส เป็นประธานในพิธีเปิดภาคเรียนโรงเรียนผู้สูงอายุ รุ่นที่ 3 ณ ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ มีนักเรียนผู้สูงอายุลงทะเบียนเรียนจำนวน 68 คน
หลักสูตรประกอบด้วยวิชาการดูแลสุขภาพ การออกกำลังกาย การใช้โทรศัพท์มือถือและแอปพลิเคชันเป๋าตัง การรู้เท่าทันภัยมิจฉาชีพ และงานหัตถกรรมพื้นบ้าน เรียนทุกวันพุธ เป็นเวลา 16 สัปดาห์
IMG: พิธีเปิดภาคเรียนโรงเรียนผู้สูงอายุ รุ่นที่ 3
ผู้สูงอายุที่สนใจสมัครเรียนในรุ่นถัดไปสามารถแจ้งความประสงค์ได้ที่กองสวัสดิการสังคม เทศบาลตำบลห้วยน้ำใส

## P3 2023-09-15 11:00 prakaas auto prakaas,procurement finance lx -
T: ประกาศเทศบาลตำบลห้วยน้ำใส เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
เทศบาลตำบลห้วยน้ำใส มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนายทองดี - ลำห้วยน้ำใส หมู่ที่ 7 ขนาดกว้าง 5 เมตร ยาว 420 เมตร หนา 0.15 เมตร ราคากลาง 1,286,000 บาท
ผู้สนใจสามารถดูรายละเอียดและดาวน์โหลดเอกสารประกวดราคาได้ที่เว็บไซต์ระบบการจัดซื้อจัดจ้างภาครัฐ [www.gprocurement.go.th](https://www.gprocurement.go.th/) ตั้งแต่วันที่ 15 - 22 กันยายน 2566
FILE: ประกาศประกวดราคา ถนน คสล. หมู่ที่ 7 | e-bidding-m7-2566.pdf | 1.2 MB
สอบถามรายละเอียดเพิ่มเติมได้ที่งานพัสดุ กองคลัง ในวันและเวลาราชการ

## N11 2023-11-27 06:20 news rabies-2567 health health lx -
T: ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าและทำหมันสุนัขและแมว ประจำปีงบประมาณ 2567
X: ฉีดวัคซีนฟรีทุกหมู่บ้าน 27 พ.ย. - 8 ธ.ค. 2566
F: เจ้าหน้าที่ฉีดวัคซีนให้สุนัขในหมู่ที่ 2
กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลห้วยน้ำใส กำหนดออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้แก่สุนัขและแมวโดยไม่เสียค่าใช้จ่าย ระหว่างวันที่ 27 พฤศจิกายน - 8 ธันวาคม 2566 ตามโครงการสัตว์ปลอดโรค คนปลอดภัยจากโรคพิษสุนัขบ้า
**ตารางการออกหน่วย** ให้เจ้าของสัตว์เลี้ยงนำสุนัขและแมวมารับบริการตามจุดที่กำหนดในแต่ละหมู่บ้าน โดยสามารถตรวจสอบวันและเวลาได้จากผู้ใหญ่บ้านหรือ อสม. ประจำหมู่บ้าน
สำหรับการทำหมันสุนัขและแมว รับจำนวนจำกัด 80 ตัว ต้องลงทะเบียนล่วงหน้าที่กองสาธารณสุขฯ ภายในวันที่ 1 ธันวาคม 2566
BM: N2|ref

## N12 2024-01-13 10:00 news kids-day-2567 activities pr lx -
T: เทศบาลตำบลห้วยน้ำใสจัดงานวันเด็กแห่งชาติ ประจำปี 2567
F:
วันเสาร์ที่ 13 มกราคม 2567 เทศบาลตำบลห้วยน้ำใสจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ ลานอเนกประสงค์หน้าสำนักงานเทศบาล มีเด็ก ผู้ปกครอง และครูจากโรงเรียนในตำบลเข้าร่วมงานอย่างคึกคัก
GAL: ภาพบรรยากาศงานวันเด็ก 2567
ปีนี้เทศบาลได้รับการสนับสนุนของขวัญจากภาคเอกชนและร้านค้าในตำบลรวมกว่า 1,200 ชิ้น พร้อมอาหารและเครื่องดื่มบริการฟรีตลอดงาน
ย้อนดูบรรยากาศ [งานวันเด็กปี 2566](@N6|fb) ได้ที่นี่

## P4 2024-02-05 09:00 prakaas land-tax-2567 prakaas,tax finance lx -
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ชำระได้ทั้งที่สำนักงานและผ่านแอปพลิเคชัน
F:
เทศบาลตำบลห้วยน้ำใสได้จัดส่งหนังสือแจ้งประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ให้แก่ผู้เสียภาษีเรียบร้อยแล้ว ขอให้ผู้ได้รับแจ้งการประเมินชำระภาษีภายในเดือนเมษายน 2567
ปีนี้ผู้เสียภาษีสามารถชำระภาษีผ่านการสแกน QR Code ท้ายหนังสือแจ้งประเมินด้วยแอปพลิเคชันธนาคารได้ทุกธนาคาร หรือชำระด้วยตนเองที่กองคลัง ในวันและเวลาราชการ
CALL: ชำระภายในกำหนด ไม่ต้องเสียเบี้ยปรับและเงินเพิ่ม
ดูกำหนดการของปีที่แล้วได้ที่ [ประกาศภาษีปี 2566](@P2|ref)
FILE: ตัวอย่างหนังสือแจ้งการประเมินภาษี ปี 2567 | phasi-2567.pdf | 96 KB

## N13 2024-03-22 16:40 news auto khaaw works lx -
T: กองช่างเร่งซ่อมแซมไฟฟ้าส่องสว่างสาธารณะ 38 จุด ก่อนเทศกาลสงกรานต์
F:
กองช่าง เทศบาลตำบลห้วยน้ำใส ได้ดำเนินการสำรวจและซ่อมแซมไฟฟ้าส่องสว่างสาธารณะที่ชำรุดตามคำร้องของประชาชน จำนวน 38 จุด ในหมู่ที่ 1, 2, 5 และ 9 ระหว่างวันที่ 18 - 22 มีนาคม 2567
IMG: เจ้าหน้าที่กองช่างเปลี่ยนหลอดไฟฟ้าด้วยรถกระเช้า
ประชาชนที่พบไฟฟ้าส่องสว่างชำรุด สามารถแจ้งได้ทางระบบ [e-Service ของเทศบาล](/eservice/) หรือโทร. 0 4481 2356 ต่อ 201 โดยระบุหมู่บ้านและจุดสังเกตใกล้เคียง
เทศบาลขอขอบคุณประชาชนที่ช่วยแจ้งข้อมูล และขอเชิญร่วมคัดแยกขยะกับ [ธนาคารขยะชุมชน](@N9|noslash) เพื่อให้ตำบลของเราสะอาดน่าอยู่

## N14 2024-05-24 09:30 news tree-planting-2567 activities pr lx -
T: ปลูกต้นไม้เพิ่มพื้นที่สีเขียว ณ ป่าชุมชนโคกหนองแวง
F:
วันศุกร์ที่ 24 พฤษภาคม 2567 เทศบาลตำบลห้วยน้ำใสร่วมกับที่ว่าการอำเภอโนนสำราญ โรงเรียนบ้านห้วยน้ำใส และจิตอาสา จัดกิจกรรมปลูกต้นไม้ ณ ป่าชุมชนโคกหนองแวง หมู่ที่ 5
ในการนี้ได้ร่วมกันปลูกต้นยางนา ต้นพะยูง และต้นมะค่าโมง จำนวนกว่า 1,500 ต้น บนพื้นที่ประมาณ 10 ไร่ พร้อมจัดทำแนวกันไฟรอบป่าชุมชน
IMG: ผู้เข้าร่วมกิจกรรมช่วยกันปลูกต้นยางนา
ชุมชนจะร่วมกันดูแลรดน้ำต้นไม้ในช่วงฤดูแล้ง และเทศบาลจะติดตามอัตราการรอดตายของต้นไม้ทุก 6 เดือน

## P5 2024-06-20 13:10 prakaas cdc-2567 prakaas palad lx -
T: ประกาศรับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลตำบลห้วยน้ำใส ภาคเรียนที่ 2 ปีการศึกษา 2567
ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลห้วยน้ำใส เปิดรับสมัครเด็กที่เกิดระหว่างวันที่ 1 มกราคม 2564 - 31 ธันวาคม 2564 เข้าเรียนในภาคเรียนที่ 2 ปีการศึกษา 2567 จำนวน 20 คน โดยใช้หลักฐานการสมัคร ดังนี้
- สำเนาสูติบัตรของเด็ก
- สำเนาทะเบียนบ้านของเด็กและบิดามารดา
- สมุดบันทึกสุขภาพแม่และเด็ก (สมุดสีชมพู)
- รูปถ่ายขนาด 1 นิ้ว จำนวน 3 รูป
รับสมัครตั้งแต่วันที่ 1 - 31 กรกฎาคม 2567 ณ ศูนย์พัฒนาเด็กเล็กเทศบาล ในวันและเวลาราชการ ไม่เสียค่าใช้จ่ายในการสมัคร
BTN: ดาวน์โหลดใบสมัคร | /content/files/2024/06/cdc-form-2567.pdf

## N15 2024-08-12 19:30 news mothers-day-2567 activities pr lx -
T: กิจกรรมเฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 12 สิงหาคม 2567 และวันแม่แห่งชาติ
O: untitled-11
F:
วันจันทร์ที่ 12 สิงหาคม 2567 เทศบาลตำบลห้วยน้ำใสร่วมกับส่วนราชการในอำเภอโนนสำราญจัดพิธีทำบุญตักบาตรถวายพระราชกุศล และพิธีถวายเครื่องราชสักการะ ณ หอประชุมอำเภอโนนสำราญ
GAL: พิธีถวายพระพรชัยมงคล 12 สิงหาคม 2567
ในช่วงค่ำ เทศบาลได้จัดพิธีจุดเทียนถวายพระพรชัยมงคล ณ ลานหน้าสำนักงานเทศบาล โดยมีข้าราชการ พนักงาน และประชาชนร่วมพิธีอย่างพร้อมเพรียง
นอกจากนี้ยังได้มอบรางวัลแม่ดีเด่นประจำตำบล จำนวน 9 ท่าน จากทุกหมู่บ้าน

## N16 2024-10-18 08:45 news auto khaaw pr lx -
T: จิตอาสาพัฒนา Big Cleaning Day ทำความสะอาดถนนและคูระบายน้ำ เตรียมรับเทศกาลออกพรรษา
F: จิตอาสาร่วมกันขุดลอกคูระบายน้ำ หมู่ที่ 2
วันศุกร์ที่ 18 ตุลาคม 2567 เทศบาลตำบลห้วยน้ำใส นำโดยนายสมพงษ์ ศรีวิเศษ นายกเทศมนตรี พร้อมพนักงานเทศบาล ผู้นำชุมชน และจิตอาสา ร่วมกันทำความสะอาดถนนสายหลักและขุดลอกคูระบายน้ำภายในตำบล
กิจกรรมครั้งนี้สามารถเก็บขยะได้ประมาณ 2.4 ตัน และขุดลอกคูระบายน้ำความยาวรวม 850 เมตร เพื่อป้องกันปัญหาน้ำท่วมขังในช่วงปลายฤดูฝน
BM: N15|old
ขอบคุณทุกคนที่ร่วมแรงร่วมใจ พบกันใหม่ในกิจกรรมจิตอาสาครั้งต่อไปเดือนธันวาคม 2567

## P6 2024-11-05 10:20 prakaas untitled-14 prakaas works lx -
T: ประกาศ งดจ่ายน้ำประปาชั่วคราว หมู่ที่ 3, 4 และ 6 วันที่ 7 พฤศจิกายน 2567
ด้วยกองช่าง เทศบาลตำบลห้วยน้ำใส มีความจำเป็นต้องซ่อมแซมท่อเมนประปาที่แตกชำรุดบริเวณสามแยกบ้านโนนงาม จึงขอประกาศงดจ่ายน้ำประปาชั่วคราว ในวันพฤหัสบดีที่ 7 พฤศจิกายน 2567 เวลา 09.00 - 16.00 น.
พื้นที่ที่ได้รับผลกระทบ ได้แก่ หมู่ที่ 3 บ้านโนนงาม หมู่ที่ 4 บ้านหนองแวง และหมู่ที่ 6 บ้านห้วยน้ำใสใต้ ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า
เทศบาลต้องขออภัยในความไม่สะดวกมา ณ โอกาสนี้ หากมีข้อสงสัยติดต่อกองช่าง โทร. 0 4481 2356 ต่อ 201
"""

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD = re.compile(r"\*\*([^*]+)\*\*")


def _parse(spec: str) -> tuple[Post, ...]:
    posts = []
    for chunk in spec.strip().split("## ")[1:]:
        lines = [line for line in chunk.strip().splitlines() if line.strip()]
        key, day, hm, coll, slug, tags, authors, style, flag = lines[0].split()
        fields: dict[str, str | None] = {"T": None, "X": None, "F": None, "O": None}
        blocks: list[tuple[str, str]] = []
        for line in lines[1:]:
            head = line[:2]
            if head in ("T:", "X:", "F:", "O:") and not blocks:
                fields[head[0]] = line[2:].strip()
                continue
            for prefix, kind in (
                ("IMG:", "img"),
                ("GAL:", "gal"),
                ("FILE:", "file"),
                ("BM:", "bm"),
                ("CALL:", "call"),
                ("BTN:", "btn"),
            ):
                if line.startswith(prefix):
                    blocks.append((kind, line[len(prefix) :].strip()))
                    break
            else:
                if line.strip() == "EMPTY":
                    blocks.append(("empty", ""))
                elif line.startswith("- "):
                    blocks.append(("li", line[2:].strip()))
                else:
                    blocks.append(("p", line.strip()))
        title = fields["T"] or ""
        posts.append(
            Post(
                key=key,
                day=day,
                hm=hm,
                coll=coll,
                slug=ghost_slug(title) if slug == "auto" else slug,
                tags=tuple(tags.split(",")),
                authors=tuple(authors.split(",")),
                style=style,
                featured=flag == "featured",
                title=title,
                excerpt=fields["X"],
                feature=fields["F"],
                old_slug=fields["O"],
                blocks=tuple(blocks),
            )
        )
    return tuple(sorted(posts, key=lambda p: p.dt))


POSTS = _parse(SPEC)
BY_KEY = {p.key: p for p in POSTS}
NEWEST = sorted(POSTS, key=lambda p: p.dt, reverse=True)
NEWS = [p for p in NEWEST if p.coll == "news"]
PRAKAAS = [p for p in NEWEST if p.coll == "prakaas"]
NEWSLETTER_REF = ghost_slug(NEWSLETTER) + "-newsletter"
FBCLID = "IwAR2kq7Yx0VbT9mHc3sLwq1RZ8pNn4uJfE6dG5aXo1iK7tB3yMhC0vQs"


def plain(text: str) -> str:
    text = BOLD.sub(r"\1", LINK.sub(r"\1", text))
    return " ".join(text.split())


def gold_paragraphs(p: Post) -> tuple[str, ...]:
    return tuple(plain(text) for kind, text in p.blocks if kind in ("p", "li", "call"))


def captions(p: Post) -> tuple[str, ...]:
    out = [p.feature] if p.feature else []
    out += [text for kind, text in p.blocks if kind in ("img", "gal") and text]
    return tuple(out)


def plaintext(p: Post) -> str:
    """Ghost's html-to-text plaintext: body text, captions, card titles, in order (images dropped)."""
    parts = []
    for kind, text in p.blocks:
        if kind in ("p", "li", "call", "img", "gal"):
            parts.append(plain(text))
        elif kind == "file":
            parts.append(text.split("|")[0].strip())
        elif kind == "bm":
            parts.append(BY_KEY[text.split("|")[0]].title)
    return "\n".join(x for x in parts if x)


def excerpt(p: Post) -> str:
    """{{excerpt}}: the custom excerpt, else the first 500 characters of plaintext, then 50 words."""
    if p.excerpt:
        return p.excerpt
    return " ".join(plaintext(p)[:500].split()[:50])


def reading_time(p: Post) -> str:
    words = len(plaintext(p).split())
    images = (1 if p.feature is not None else 0) + sum(1 if k == "img" else 6 if k == "gal" else 0 for k, _ in p.blocks)
    seconds = words / 275 * 60 + sum(max(12 - i, 3) for i in range(images))
    minutes = round(seconds / 60)
    return "อ่าน 1 นาที" if minutes <= 1 else f"อ่าน {minutes} นาที"


def _month_dir(p: Post) -> str:
    if p.style == "wp":
        return f"wordpress/{p.day[:4]}/{p.day[5:7]}"
    return f"{p.day[:4]}/{p.day[5:7]}"


def photo(p: Post, n: int) -> str:
    if p.style == "wp":
        return f"/content/images/{_month_dir(p)}/IMG_{int(_h(f'{p.key}:{n}', 4), 16) % 9000 + 1000}-1024x683.jpg"
    return f"/content/images/{_month_dir(p)}/IMG_{int(_h(f'{p.key}:{n}', 4), 16) % 9000 + 1000}.jpg"


def sized(path: str, width: int) -> str:
    return path.replace("/content/images/", f"/content/images/size/w{width}/", 1)


class _Ghost:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.base = site.base_url
        self.host = urlsplit(site.base_url).hostname or "localhost"
        self.non_articles: list[str] = []
        self.images: set[str] = set()

    def u(self, path: str) -> str:
        return self.base + path

    # -- responses --------------------------------------------------------------------------------------
    @staticmethod
    def express(text: str, status: int = 200, extra: tuple[tuple[str, str], ...] = ()) -> Response:
        body = text.encode("utf-8")
        headers = (
            ("Content-Type", "text/html; charset=utf-8"),
            ("X-Powered-By", "Express"),
            ("Cache-Control", "public, max-age=0"),
            ("ETag", f'W/"{len(body):x}-{hashlib.sha1(body).hexdigest()[:27]}"'),
            ("Vary", "Accept-Encoding"),
        ) + extra
        return Response(status, headers, body)

    def moved(self, target: str, status: int = 301) -> Response:
        location = target if target.startswith("http") else self.u(target)
        body = f'<p>Moved Permanently. Redirecting to <a href="{attr(location)}">{esc(location)}</a></p>'
        return Response(
            status,
            (
                ("Content-Type", "text/html; charset=utf-8"),
                ("X-Powered-By", "Express"),
                ("Cache-Control", "public, max-age=31536000"),
                ("Location", location),
            ),
            body.encode("utf-8"),
        )

    def xml(self, text: str, ctype: str = "text/xml; charset=utf-8") -> Response:
        return Response(
            200,
            (("Content-Type", ctype), ("X-Powered-By", "Express"), ("Cache-Control", "public, max-age=3600")),
            text.encode("utf-8"),
        )

    def add_page(self, path: str, text: str) -> None:
        self.site.add(path, self.express(text))
        self.non_articles.append(self.u(path))

    def img(self, path: str, width: int = 1200, height: int = 800) -> str:
        if path not in self.images:
            self.images.add(path)
            mod = datetime(int(path.split("/")[-3]) if path.split("/")[-3].isdigit() else 2022, 6, 1, tzinfo=BANGKOK)
            add_jpeg(self.site, path, width, height, mod)
            if "/size/" not in path:
                for w in (300, 600, 1000, 1600):
                    add_jpeg(self.site, sized(path, w), min(w, width), max(1, min(w, width) * height // width), mod)
        return self.u(path)

    # -- link targets ---------------------------------------------------------------------------------
    def target(self, spec: str) -> str:
        if not spec.startswith("@"):
            if spec.startswith("http"):
                parts = urlsplit(spec)
                query = (parts.query + "&" if parts.query else "") + "ref=" + self.host
                return f"{parts.scheme}://{parts.netloc}{parts.path}?{query}"
            if spec.startswith("/category/"):
                return self.u(quote(spec, safe="/").lower())  # WordPress's lower-case percent-encoding
            return quote(spec, safe="/:?&=%-._~")
        key, _, mode = spec[1:].partition("|")
        p = BY_KEY[key]
        if mode == "ref":
            return self.u(p.path) + "?ref=" + NEWSLETTER_REF
        if mode == "fb":
            return self.u(p.path) + "?fbclid=" + FBCLID
        if mode == "wp":
            return self.u(p.wp_path or p.path)
        if mode == "old":
            return self.u(f"/{p.old_slug}/")
        if mode == "noslash":
            return p.path.rstrip("/")
        return self.u(p.path)

    # -- head, header, footer --------------------------------------------------------------------------
    def navigation(self, items: tuple[tuple[str, str], ...], current: str, cls: str = "nav") -> str:
        rows = []
        for label, path in items:
            cur = " nav-current" if path == current else ""
            rows.append(f'    <li class="nav-{ghost_slug(label)}{cur}"><a href="{self.u(path)}">{esc(label)}</a></li>')
        return f'<ul class="{cls}">\n' + "\n".join(rows) + "\n</ul>\n"

    PRIMARY = (
        ("หน้าแรก", "/"),
        ("ข่าวกิจกรรม", "/tag/activities/"),
        ("ประกาศ", "/prakaas/"),
        ("เกี่ยวกับเรา", "/about/"),
        ("คณะผู้บริหาร", "/executives/"),
        ("ติดต่อเรา", "/contact/"),
    )
    SECONDARY = (
        ("ITA 2567", "/ita/"),
        ("ปฏิทินกิจกรรม", "/calendar/"),
        ("e-Service", "/eservice/"),
        ("สมัครรับข่าวสาร", "/subscribe/"),
        ("RSS", "/rss/"),
        ("ผู้ดูแลระบบ", "/ghost/"),
    )

    def head(
        self,
        title: str,
        canonical: str,
        description: str,
        og_type: str = "website",
        extra: str = "",
        ld: dict | None = None,
        image: str | None = None,
    ) -> str:
        image = image or self.u(COVER)
        ld = ld or {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "publisher": {
                "@type": "Organization",
                "name": SITE,
                "url": self.u("/"),
                "logo": {"@type": "ImageObject", "url": self.u(LOGO)},
            },
            "url": canonical,
            "name": SITE,
            "mainEntityOfPage": canonical,
            "description": description,
        }
        key = _h("content-api-key", 26)
        return f"""<!DOCTYPE html>
<html lang="th">
<head>

    <title>{esc(title)}</title>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="HandheldFriendly" content="True">

    <link rel="preload" as="style" href="/assets/built/screen.css?v={ASSET_V}">
    <link rel="preload" as="script" href="/assets/built/casper.js?v={ASSET_V}">

    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v={ASSET_V}">

    <meta name="description" content="{attr(description)}">
    <link rel="icon" href="{self.u(sized(LOGO, 256).replace("/w256/", "/w256h256/"))}" type="image/png">
    <link rel="canonical" href="{attr(canonical)}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    {extra}
    <meta property="og:site_name" content="{attr(SITE)}">
    <meta property="og:type" content="{og_type}">
    <meta property="og:title" content="{attr(title)}">
    <meta property="og:description" content="{attr(description)}">
    <meta property="og:url" content="{attr(canonical)}">
    <meta property="og:image" content="{attr(image)}">
    <meta property="article:publisher" content="{FB}">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{attr(title)}">
    <meta name="twitter:description" content="{attr(description)}">
    <meta name="twitter:url" content="{attr(canonical)}">
    <meta name="twitter:image" content="{attr(image)}">
    <meta property="og:image:width" content="1200">
    <meta property="og:image:height" content="800">

    <script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=4)}
    </script>

    <meta name="generator" content="Ghost {GHOST}">
    <link rel="alternate" type="application/rss+xml" title="{attr(SITE)}" href="{self.u("/rss/")}">

    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="{self.u("/")}" data-key="{key}" data-api="{self.u("/ghost/api/content/")}" data-locale="th" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,
.gh-post-upgrade-cta {{
    display: flex;
    flex-direction: column;
    align-items: center;
}}
</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="{key}" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="{self.u("/")}" data-locale="th" crossorigin="anonymous"></script>

    <link href="{self.u("/webmentions/receive/")}" rel="webmention">
    <script defer src="/public/cards.min.js?v={ASSET_V}"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v={ASSET_V}">
    <script defer src="/public/member-attribution.min.js?v={ASSET_V}"></script>
    <link rel="preconnect" href="https://fonts.googleapis.com">
<link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;700&display=swap" rel="stylesheet">
<style>body, .gh-content, .post-card-title {{ font-family: 'Sarabun', sans-serif !important; }}</style><style>:root {{--ghost-accent-color: #1e6f5c;}}</style>
</head>"""

    def frame(self, head: str, body_class: str, main: str, current: str = "", after: str = "") -> str:
        search_btn = '<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>'
        return f"""{head}
<body class="{body_class} is-head-left-logo has-cover">
<div class="viewport">

    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo" href="{self.u("/")}">
                        <img src="{self.u(LOGO)}" alt="{attr(SITE)}">
                </a>
                {search_btn}
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>

            <nav class="gh-head-menu">
                {self.navigation(self.PRIMARY, current)}
            </nav>

            <div class="gh-head-actions">
                    {search_btn}
                    <div class="gh-head-members">
                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">เข้าสู่ระบบ</a>
                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">สมัครรับข่าวสาร</a>
                    </div>
            </div>
        </div>
    </header>

    <div class="site-content">
{main}
    </div>
{after}
    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{self.u("/")}">{esc(SITE)}</a> &copy; 2024<br><span class="site-footer-address">{esc(ADDRESS)} โทร. {PHONE} อีเมล {EMAIL}</span></section>
            <nav class="site-footer-nav">
                {self.navigation(self.SECONDARY, current)}
            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>

<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true">
    <div class="pswp__bg"></div>
    <div class="pswp__scroll-wrap"><div class="pswp__container"><div class="pswp__item"></div><div class="pswp__item"></div><div class="pswp__item"></div></div></div>
</div>

<script src="https://code.jquery.com/jquery-3.5.1.min.js" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="/assets/built/casper.js?v={ASSET_V}"></script>
<script>
$(document).ready(function () {{
    // Mobile Menu Trigger
    $('.gh-burger').click(function () {{
        $('body').toggleClass('gh-head-open');
    }});
    // FitVids - Makes video embeds responsive
    $(".gh-content").fitVids();
}});
</script>

</body>
</html>
"""

    # -- cards --------------------------------------------------------------------------------------------
    def post_card(self, p: Post, index: int = -1, large: bool = False) -> str:
        tag = p.primary_tag
        classes = ["post-card", "post"] + [f"tag-{t.slug}" for t in p.public_tags]
        if "#wordpress" in p.tags:
            classes.append("tag-hash-wordpress")
        if p.featured:
            classes.append("featured")
        if large:
            classes.append("post-card-large")
        elif index in (1, 2):
            classes.append("dynamic")
        if p.feature is None:
            classes.append("no-image")
        image = ""
        if p.feature is not None:
            src = photo(p, 0)
            self.img(src)
            image = f"""
    <a class="post-card-image-link" href="{p.path}">

        <img class="post-card-image"
            srcset="{self.u(sized(src, 300))} 300w,
                    {self.u(sized(src, 600))} 600w,
                    {self.u(sized(src, 1000))} 1000w,
                    {self.u(sized(src, 1600))} 2000w"
            sizes="(max-width: 1000px) 400px, 800px"
            src="{self.u(sized(src, 600))}"
            alt="{attr(p.title)}"
            loading="lazy"
        />

    </a>
"""
        featured = (
            '\n                    <span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M4.49365 4.58752C3.53115 6.03752 2.74365 7.70002 2.74365 9.25002C2.74365 10.6424 3.29678 11.9778 4.28134 12.9623C5.26591 13.9469 6.60127 14.5 7.99365 14.5C9.38604 14.5 10.7214 13.9469 11.706 12.9623C12.6905 11.9778 13.2437 10.6424 13.2437 9.25002C13.2437 6.00002 10.9937 3.50002 9.16865 1.68127L6.99365 6.25002L4.49365 4.58752Z" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></svg> Featured</span>'
            if p.featured
            else ""
        )
        primary = f'\n                    <span class="post-card-primary-tag">{esc(tag.name)}</span>' if tag else ""
        return f"""
<article class="{" ".join(classes)}">
{image}
    <div class="post-card-content">

        <a class="post-card-content-link" href="{p.path}">
            <header class="post-card-header">
                <div class="post-card-tags">{primary}{featured}
                </div>
                <h2 class="post-card-title">
                    {esc(p.title)}
                </h2>
            </header>
                <div class="post-card-excerpt">{esc(excerpt(p))}</div>
        </a>

        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="{p.day}">{ghost_date(p.d)}</time>
                <span class="post-card-meta-length">{reading_time(p)}</span>
        </footer>

    </div>

</article>
"""

    def inline(self, text: str, style: str) -> str:
        """One paragraph's inline HTML: links and a leading bold phrase, per editor."""
        pieces: list[tuple[str, str, str]] = []  # (kind, text, href)
        pos = 0
        for m in re.finditer(r"\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)]+)\)", text):
            if m.start() > pos:
                pieces.append(("t", text[pos : m.start()], ""))
            if m.group(1):
                pieces.append(("b", m.group(1), ""))
            else:
                pieces.append(("a", m.group(2), self.target(m.group(3))))
            pos = m.end()
        if pos < len(text):
            pieces.append(("t", text[pos:], ""))
        out = []
        for kind, chunk, href in pieces:
            if style == "lx":
                span = f'<span style="white-space: pre-wrap;">{esc(chunk)}</span>'
                if kind == "t":
                    out.append(span)
                elif kind == "b":
                    out.append(f'<strong style="white-space: pre-wrap;">{esc(chunk)}</strong>')
                else:
                    out.append(f'<a href="{attr(href)}" rel="noreferrer">{span}</a>')
            else:
                if kind == "t":
                    out.append(
                        esc(chunk).replace("“", "&#8220;").replace("”", "&#8221;") if style == "wp" else esc(chunk)
                    )
                elif kind == "b":
                    out.append(f"<strong>{esc(chunk)}</strong>")
                else:
                    out.append(f'<a href="{attr(href)}">{esc(chunk)}</a>')
        return "".join(out)

    def caption_html(self, text: str, style: str) -> str:
        return f'<span style="white-space: pre-wrap;">{esc(text)}</span>' if style == "lx" else esc(text)

    def image_card(self, p: Post, n: int, caption: str) -> str:
        src = photo(p, n)
        self.img(src)
        if p.style == "wp":
            return f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{self.u(src)}" class="kg-image" alt loading="lazy"><figcaption>{esc(caption)}</figcaption></figure>'
        srcset = ", ".join(f"{self.u(sized(src, w))} {w}w" for w in (600, 1000, 1600)) + f", {self.u(src)} 2000w"
        return f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{self.u(src)}" class="kg-image" alt="" loading="lazy" width="2000" height="1333" srcset="{srcset}" sizes="(min-width: 720px) 720px"><figcaption>{self.caption_html(caption, p.style)}</figcaption></figure>'

    def gallery_card(self, p: Post, n: int, caption: str) -> str:
        rows = []
        for r in range(2):
            cells = []
            for c in range(3):
                src = photo(p, n * 10 + r * 3 + c)
                self.img(src)
                srcset = (
                    ", ".join(f"{self.u(sized(src, w))} {w}w" for w in (600, 1000, 1600)) + f", {self.u(src)} 2000w"
                )
                cells.append(
                    f'<div class="kg-gallery-image"><img src="{self.u(src)}" width="2000" height="1333" loading="lazy" alt="" srcset="{srcset}" sizes="(min-width: 720px) 720px"></div>'
                )
            rows.append(f'<div class="kg-gallery-row">{"".join(cells)}</div>')
        return f'<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div class="kg-gallery-container">{"".join(rows)}</div><figcaption>{self.caption_html(caption, p.style)}</figcaption></figure>'

    def file_card(self, p: Post, spec: str) -> str:
        title, name, size = (x.strip() for x in spec.split("|"))
        path = f"/content/files/{p.day[:4]}/{p.day[5:7]}/{name}"
        add_pdf(self.site, path, name, [f"Huai Nam Sai municipality - {name}", f"{p.day}"], p.dt)
        icon = '<svg viewBox="0 0 24 24"><defs><style>.a{fill:none;stroke:currentColor;stroke-linecap:round;stroke-linejoin:round;stroke-width:1.5px;}</style></defs><title>download-circle</title><polyline class="a" points="8.25 14.25 12 18 15.75 14.25"></polyline><line class="a" x1="12" y1="6.75" x2="12" y2="18"></line><circle class="a" cx="12" cy="12" r="11.25"></circle></svg>'
        return f'<div class="kg-card kg-file-card"><a class="kg-file-card-container" href="{self.u(path)}" title="Download" download><div class="kg-file-card-contents"><div class="kg-file-card-title">{esc(title)}</div><div class="kg-file-card-metadata"><div class="kg-file-card-filename">{esc(name)}</div><div class="kg-file-card-filesize">{esc(size)}</div></div></div><div class="kg-file-card-icon">{icon}</div></a></div>'

    def bookmark_card(self, spec: str) -> str:
        key, _, mode = spec.partition("|")
        t = BY_KEY[key]
        href = self.target(f"@{key}|{mode}") if mode else self.u(t.path)
        desc = excerpt(t)
        if len(desc) > 160:
            desc = desc[:160].rsplit(" ", 1)[0] + "…"
        thumb = ""
        if t.feature is not None:
            self.img(photo(t, 0))
            add_jpeg(self.site, sized(photo(t, 0), 1200), 1200, 800, t.dt)
            thumb = f'<div class="kg-bookmark-thumbnail"><img src="{self.u(sized(photo(t, 0), 1200))}" alt="" onerror="this.style.display = \'none\'"></div>'
        author = AUTHOR[t.authors[0]].name
        return f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{attr(href)}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(t.title)}</div><div class="kg-bookmark-description">{esc(desc)}</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{self.u(sized(LOGO, 256).replace("/w256/", "/w256h256/"))}" alt=""><span class="kg-bookmark-author">{esc(SITE)}</span><span class="kg-bookmark-publisher">{esc(author)}</span></div></div>{thumb}</a></figure>'

    def body(self, p: Post) -> str:
        out: list[str] = []
        in_list = False
        n_img = 0
        for kind, text in p.blocks:
            if kind != "li" and in_list:
                out.append("</ul>")
                in_list = False
            if kind == "p":
                if p.style == "wp":
                    out.append(
                        f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp;{self.inline(text, "wp")}</p>'
                    )
                else:
                    out.append(f"<p>{self.inline(text, p.style)}</p>")
            elif kind == "li":
                if not in_list:
                    out.append("<ul>")
                    in_list = True
                out.append(f"<li>{self.inline(text, p.style)}</li>")
            elif kind == "empty":
                out.append("<p>&nbsp;</p>" if p.style == "wp" else "<p><br></p>")
            elif kind == "img":
                n_img += 1
                out.append(self.image_card(p, n_img, text))
            elif kind == "gal":
                n_img += 1
                out.append(self.gallery_card(p, n_img, text))
            elif kind == "file":
                out.append(self.file_card(p, text))
            elif kind == "bm":
                out.append(self.bookmark_card(text))
            elif kind == "call":
                text_html = f'<span style="white-space: pre-wrap;">{esc(text)}</span>' if p.style == "lx" else esc(text)
                out.append(
                    f'<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📢</div><div class="kg-callout-text">{text_html}</div></div>'
                )
            elif kind == "btn":
                label, href = (x.strip() for x in text.split("|"))
                add_pdf(
                    self.site,
                    href,
                    href.rsplit("/", 1)[1],
                    ["Huai Nam Sai child development centre", "application form"],
                    p.dt,
                )
                out.append(
                    f'<div class="kg-card kg-button-card kg-align-center"><a href="{self.u(href)}" class="kg-btn kg-btn-accent">{esc(label)}</a></div>'
                )
        if in_list:
            out.append("</ul>")
        html = "".join(out) if p.style == "lx" else "\n".join(out)
        if p.style == "wp":
            html = "<!--kg-card-begin: html-->\n" + html + "\n<!--kg-card-end: html-->"
        return html

    # -- post page -----------------------------------------------------------------------------------------
    def post_head(self, p: Post, title_suffix: bool = True) -> str:
        canonical = self.u(p.path)
        authors = [AUTHOR[a] for a in p.authors]
        image = self.u(photo(p, 0)) if p.feature is not None else self.u(COVER)
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "publisher": {
                "@type": "Organization",
                "name": SITE,
                "url": self.u("/"),
                "logo": {"@type": "ImageObject", "url": self.u(LOGO)},
            },
            "author": {
                "@type": "Person",
                "name": authors[0].name,
                "url": self.u(f"/author/{authors[0].slug}/"),
                "sameAs": [],
            },
            "headline": p.title,
            "url": canonical,
            "datePublished": utc_iso(p.dt),
            "dateModified": utc_iso(p.updated),
            "image": {"@type": "ImageObject", "url": image, "width": 1200, "height": 800},
            "keywords": ", ".join(t.name for t in p.public_tags),
            "description": excerpt(p),
            "mainEntityOfPage": canonical,
        }
        extra = f'<link rel="amphtml" href="{self.u(p.path)}amp/">\n'
        extra += f'    <meta property="article:published_time" content="{utc_iso(p.dt)}">\n'
        extra += f'    <meta property="article:modified_time" content="{utc_iso(p.updated)}">\n'
        extra += "".join(f'    <meta property="article:tag" content="{attr(t.name)}">\n' for t in p.public_tags)
        return self.head(p.title, canonical, excerpt(p), "article", extra, ld, image)

    def byline(self, p: Post) -> str:
        authors = [AUTHOR[a] for a in p.authors]
        avatars = "".join(
            f"""
                    <li class="author-list-item">
                            <a href="/author/{a.slug}/" class="author-avatar author-profile-image" aria-label="Read more of {attr(a.name)}"><svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><g fill="none" fill-rule="evenodd"><path d="M3.513 18.998C4.749 15.504 8.082 13 12 13s7.251 2.504 8.487 5.998C18.47 21.442 15.417 23 12 23s-6.47-1.558-8.487-4.002zM12 12c2.21 0 4-2.79 4-5s-1.79-4-4-4-4 1.79-4 4 1.79 5 4 5z" fill="#FFF"></path></g></svg></a>
                    </li>"""
            for a in authors
        )
        names = ", ".join(f'<a href="/author/{a.slug}/">{esc(a.name)}</a>' for a in authors)
        return f"""
        <div class="article-byline">
        <section class="article-byline-content">

            <ul class="author-list instapaper_ignore">{avatars}
            </ul>

            <div class="article-byline-meta">
                <h4 class="author-name">{names}</h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{p.day}">{ghost_date(p.d)}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> {reading_time(p)}</span>
                </div>
            </div>

        </section>
        </div>
"""

    def feature_html(self, p: Post) -> str:
        if p.feature is None:
            return ""
        src = photo(p, 0)
        self.img(src)
        cap = f"\n                <figcaption>{esc(p.feature)}</figcaption>" if p.feature else ""
        return f"""
            <figure class="article-image">
                <img
                    srcset="{self.u(sized(src, 300))} 300w,
                            {self.u(sized(src, 600))} 600w,
                            {self.u(sized(src, 1000))} 1000w,
                            {self.u(sized(src, 1600))} 2000w"
                    sizes="(min-width: 1400px) 1400px, 92vw"
                    src="{self.u(sized(src, 1600))}"
                    alt="{attr(p.title)}"
                />{cap}
            </figure>
"""

    def post_page(self, p: Post) -> str:
        tag = p.primary_tag
        tag_html = (
            f'\n                <span class="post-card-primary-tag">\n                    <a href="/tag/{tag.slug}/">{esc(tag.name)}</a>\n                </span>'
            if tag
            else ""
        )
        if p.featured:
            tag_html += '\n                <span class="post-card-featured">Featured</span>'
        dek = f'\n        <p class="article-excerpt">{esc(p.excerpt)}</p>' if p.excerpt else ""
        classes = ["post-template"] + [f"tag-{t.slug}" for t in p.public_tags]
        if "#wordpress" in p.tags:
            classes.append("tag-hash-wordpress")
        main = f"""
<main id="site-main" class="site-main">
<article class="article post {" ".join(c for c in classes[1:])}{" featured" if p.featured else ""} {"image-small" if p.feature is not None else "no-image"}">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">{tag_html}
        </div>

        <h1 class="article-title">{esc(p.title)}</h1>
{dek}
{self.byline(p)}
{self.feature_html(p)}
    </header>

    <section class="gh-content gh-canvas">
        {self.body(p)}
    </section>


</article>
</main>
"""
        cta = f"""
    <section class="footer-cta outer">
        <div class="inner">
            <h2 class="footer-cta-title">รับข่าวสารและประกาศของ{esc(SITE)}ทางอีเมล</h2>
            <a class="footer-cta-button" href="#/portal" data-portal>
                <div class="footer-cta-input">กรอกอีเมลของคุณ</div>
                <span>สมัครรับข่าวสาร</span>
            </a>
        </div>
    </section>
"""
        more = [o for o in NEWEST if o.key != p.key][:3]
        read_more = f"""
            <aside class="read-more-wrap outer">
                <div class="read-more inner">
                    <h3 class="read-more-title">เรื่องที่คุณอาจสนใจ</h3>
                        {"".join(self.post_card(o) for o in more)}
                </div>
            </aside>
"""
        return self.frame(self.post_head(p), " ".join(classes), main + cta + read_more)

    def amp_page(self, p: Post) -> str:
        content = re.sub(r"<img ([^>]*?)\s*/?>", r'<amp-img \1 layout="responsive"></amp-img>', self.body(p))
        content = content.replace(' loading="lazy"', "").replace(" onerror=\"this.style.display = 'none'\"", "")
        authors = ", ".join(f'<a href="/author/{AUTHOR[a].slug}/">{esc(AUTHOR[a].name)}</a>' for a in p.authors)
        tags = ", ".join(f'<a href="/tag/{t.slug}/">{esc(t.name)}</a>' for t in p.public_tags)
        feature = ""
        if p.feature is not None:
            feature = f'\n            <figure class="post-image">\n                <amp-img src="{self.u(photo(p, 0))}" width="600" height="400" layout="responsive"></amp-img>\n            </figure>'
        return f"""<!DOCTYPE html>
<html ⚡>
<head>
    <meta charset="utf-8">
    <title>{esc(p.title)}</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="canonical" href="{self.u(p.path)}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="{attr(SITE)}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(p.title)}">
    <meta property="article:published_time" content="{utc_iso(p.dt)}">
    <meta name="generator" content="Ghost {GHOST}">
    <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Merriweather:300,700,700italic,300italic|Open+Sans:700,600,400">
    <style amp-custom>html{{font-size:62.5%}}body{{font-size:1.6rem;line-height:1.8em;color:#3a4145}}.post-title{{font-size:3rem}}.post-meta{{color:#9eabb3}}amp-img{{max-width:100%}}</style>
    <style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
    <script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body class="amp-template">
    <header class="main-header">
        <nav class="blog-title">
            <a href="{self.u("/")}"><amp-img src="{self.u(LOGO)}" alt="{attr(SITE)}" height="50" width="200" layout="fixed"></amp-img></a>
        </nav>
    </header>
    <main class="content" role="main">
        <article class="post">
            <header class="post-header">
                <h1 class="post-title">{esc(p.title)}</h1>
                <section class="post-meta">
                    {authors}
                    <time class="post-date" datetime="{p.day}">{ghost_long(p.d)}</time> on {tags}
                </section>
            </header>{feature}
            <section class="post-content">
                {content}
            </section>
        </article>
    </main>
    <footer class="site-footer clearfix">
        <section class="copyright"><a href="{self.u("/")}">{esc(SITE)}</a> &copy; 2024</section>
        <section class="poweredby">Proudly published with <a href="https://ghost.org">Ghost</a></section>
    </footer>
</body>
</html>
"""

    # -- listings --------------------------------------------------------------------------------------
    @staticmethod
    def page_path(base: str, n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    def pagination(self, base: str, n: int, total: int) -> str:
        newer = (
            f'<a class="newer-posts" href="{self.page_path(base, n - 1)}"><span aria-hidden="true">&larr;</span> เรื่องใหม่กว่า</a>'
            if n > 1
            else ""
        )
        older = (
            f'<a class="older-posts" href="{self.page_path(base, n + 1)}">เรื่องเก่ากว่า <span aria-hidden="true">&rarr;</span></a>'
            if n < total
            else ""
        )
        return f"""<nav class="pagination" role="navigation">
    {newer}
    <span class="page-number">หน้า {n} จาก {total}</span>
    {older}
</nav>"""

    def rel_links(self, base: str, n: int, total: int) -> str:
        out = ""
        if n > 1:
            out += f'<link rel="prev" href="{self.u(self.page_path(base, n - 1))}">\n    '
        if n < total:
            out += f'<link rel="next" href="{self.u(self.page_path(base, n + 1))}">\n    '
        return out

    def listing(
        self,
        base: str,
        posts: list[Post],
        n: int,
        body_class: str,
        header: str,
        title: str,
        description: str,
        current: str,
    ) -> str:
        total = max(1, -(-len(posts) // PER_PAGE))
        chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
        home = base == "/" and n == 1
        cards = "".join(self.post_card(p, i, large=home and i == 0) for i, p in enumerate(chunk))
        page_title = title if n == 1 else f"{title} (หน้า {n})"
        canonical = self.u(self.page_path(base, n))
        head = self.head(page_title, canonical, description, extra=self.rel_links(base, n, total))
        main = f"""
{header}
<main id="site-main" class="site-main outer">
<div class="inner posts">

    <div class="post-feed">
{cards}
    </div>

    {self.pagination(base, n, total)}

</div>
</main>
"""
        cls = body_class + (" paged" if n > 1 else "")
        return self.frame(head, cls, main, current if n == 1 else "")

    def home_header(self) -> str:
        self.img(COVER, 1600, 600)
        return f"""
<div class="site-header-content outer">

        <img class="site-header-cover"
            srcset="{self.u(sized(COVER, 300))} 300w,
                    {self.u(sized(COVER, 600))} 600w,
                    {self.u(sized(COVER, 1000))} 1000w,
                    {self.u(sized(COVER, 1600))} 2000w"
            sizes="100vw"
            src="{self.u(sized(COVER, 1600))}"
            alt="{attr(SITE)}"
        />

        <div class="site-header-inner inner">
                <p class="site-description">{esc(DESCRIPTION)}</p>
        </div>

</div>
"""

    def tag_header(self, t: Tag, count: int) -> str:
        desc = f'\n            <div class="post-card-excerpt">{esc(t.description)}</div>' if t.description else ""
        return f"""
<section class="outer">
    <div class="inner posts">
        <header class="tag-archive-header">
            <h1 class="tag-archive-name">{esc(t.name)}</h1>{desc}
            <div class="tag-archive-count">{count} เรื่อง</div>
        </header>
    </div>
</section>
"""

    def author_header(self, a: Author, count: int) -> str:
        bio = f'\n                <p class="author-profile-bio">{esc(a.bio)}</p>' if a.bio else ""
        return f"""
<section class="outer">
    <div class="inner posts">
        <header class="author-profile">
            <div class="author-profile-content">
                <span class="author-profile-image"><svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><g fill="none" fill-rule="evenodd"><path d="M3.513 18.998C4.749 15.504 8.082 13 12 13s7.251 2.504 8.487 5.998C18.47 21.442 15.417 23 12 23s-6.47-1.558-8.487-4.002zM12 12c2.21 0 4-2.79 4-5s-1.79-4-4-4-4 1.79-4 4 1.79 5 4 5z" fill="#FFF"></path></g></svg></span>
                <h1>{esc(a.name)}</h1>{bio}
                <div class="author-profile-meta">
                    <div class="author-profile-location">{count} เรื่อง</div>
                    <span class="author-profile-social-link"><a href="{self.u(f"/author/{a.slug}/rss/")}" title="RSS">RSS</a></span>
                </div>
            </div>
        </header>
    </div>
</section>
"""

    # -- static pages -------------------------------------------------------------------------------------
    def static_page(self, slug: str, title: str, content: str, current: str = "") -> str:
        canonical = self.u(f"/{slug}/")
        text = re.sub(r"<[^>]+>", " ", content)
        head = self.head(f"{title} - {SITE}", canonical, " ".join(text.split())[:160])
        main = f"""
<main id="site-main" class="site-main">
<article class="article page">

    <header class="article-header gh-canvas">
        <h1 class="article-title">{esc(title)}</h1>
    </header>

    <section class="gh-content gh-canvas">
        {content}
    </section>

</article>
</main>
"""
        return self.frame(head, f"page-template page-{slug}", main, current)

    ITA = (
        ("O1", "โครงสร้างหน่วยงาน"),
        ("O2", "ข้อมูลผู้บริหาร"),
        ("O3", "อำนาจหน้าที่"),
        ("O4", "แผนพัฒนาท้องถิ่น"),
        ("O5", "ข้อมูลการติดต่อ"),
        ("O6", "กฎหมายที่เกี่ยวข้อง"),
        ("O7", "ข่าวประชาสัมพันธ์"),
        ("O8", "Q&A"),
        ("O9", "Social Network"),
        ("O10", "นโยบายคุ้มครองข้อมูลส่วนบุคคล"),
    )

    def static_pages(self) -> None:
        about = (
            f"<p>{esc(SITE)} ได้รับการยกฐานะจากองค์การบริหารส่วนตำบลเป็นเทศบาลตำบล เมื่อวันที่ 24 สิงหาคม 2555 มีพื้นที่ประมาณ 42.6 ตารางกิโลเมตร ประกอบด้วย 9 หมู่บ้าน ประชากรประมาณ 7,840 คน 2,316 ครัวเรือน</p>"
            "<p>สภาพพื้นที่ส่วนใหญ่เป็นที่ราบลุ่ม มีลำห้วยน้ำใสไหลผ่านจากทิศตะวันตกไปทิศตะวันออก ประชากรส่วนใหญ่ประกอบอาชีพเกษตรกรรม ทำนา ปลูกอ้อย และเลี้ยงโคเนื้อ</p>"
            '<h2 id="vision">วิสัยทัศน์</h2><p>“ห้วยน้ำใสน่าอยู่ เศรษฐกิจชุมชนเข้มแข็ง สิ่งแวดล้อมยั่งยืน”</p>'
            '<h2 id="villages">หมู่บ้านในเขตเทศบาล</h2><ul>'
            + "".join(
                f"<li>หมู่ที่ {i} บ้าน{name}</li>"
                for i, name in enumerate(
                    (
                        "ห้วยน้ำใส",
                        "ห้วยน้ำใสเหนือ",
                        "โนนงาม",
                        "หนองแวง",
                        "โคกหนองแวง",
                        "ห้วยน้ำใสใต้",
                        "ดอนแก้ว",
                        "หนองบัว",
                        "โนนสว่าง",
                    ),
                    start=1,
                )
            )
            + "</ul>"
        )
        self.add_page("/about/", self.static_page("about", "เกี่ยวกับเรา", about, "/about/"))
        execs = []
        for i, (name, role) in enumerate(
            (
                (MAYOR, "นายกเทศมนตรีตำบลห้วยน้ำใส"),
                ("นายชาตรี บุญเรือง", "รองนายกเทศมนตรี"),
                ("นางสาวพิมพ์ใจ คำแสน", "รองนายกเทศมนตรี"),
                ("นางวาสนา พรหมดี", "ปลัดเทศบาล"),
            ),
            start=1,
        ):
            src = f"/content/images/2023/06/exec-{i}.jpg"
            self.img(src, 400, 500)
            execs.append(
                f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{self.u(src)}" class="kg-image" alt="{attr(name)}" loading="lazy" width="400" height="500"><figcaption>{esc(name)}<br>{esc(role)}</figcaption></figure>'
            )
        self.add_page("/executives/", self.static_page("executives", "คณะผู้บริหาร", "".join(execs), "/executives/"))
        contact = (
            f"<p><strong>{esc(SITE)}</strong></p><p>{esc(ADDRESS)}</p>"
            f'<p>โทรศัพท์ {PHONE} โทรสาร 0 4481 2357</p><p>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
            f'<p>Facebook: <a href="{FB}?ref={self.host}">เทศบาลตำบลห้วยน้ำใส</a> | LINE Official: <a href="https://line.me/R/ti/p/@huainamsai?ref={self.host}">@huainamsai</a></p>'
            "<p>เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
            f'<div class="kg-card kg-button-card kg-align-left"><a href="https://maps.google.com/?q=15.2251,104.1843&amp;ref={self.host}" class="kg-btn kg-btn-accent">แผนที่ Google Maps</a></div>'
        )
        self.add_page("/contact/", self.static_page("contact", "ติดต่อเรา", contact, "/contact/"))
        rows = [
            "<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. 2567 อัปเดตล่าสุด 30 เมษายน 2567</p>"
        ]
        ita_mod = local_dt("2024-04-30", "10:00")
        for code, label in self.ITA:
            path = f"/content/files/2024/04/ita-2567-{code.lower()}.pdf"
            add_pdf(self.site, path, f"ITA 2567 {code}", [f"Huai Nam Sai ITA 2567 {code}"], ita_mod)
            rows.append(
                f'<div class="kg-card kg-file-card kg-file-card-medium"><a class="kg-file-card-container" href="{self.u(path)}" title="Download" download><div class="kg-file-card-contents"><div class="kg-file-card-title">{code} {esc(label)}</div><div class="kg-file-card-metadata"><div class="kg-file-card-filename">ita-2567-{code.lower()}.pdf</div><div class="kg-file-card-filesize">{88 + len(label)} KB</div></div></div><div class="kg-file-card-icon"></div></a></div>'
            )
        rows.append(
            f'<p>O7 ข่าวประชาสัมพันธ์: ดูได้ที่หมวด <a href="/tag/{TAG["khaaw"].slug}/">ข่าวประชาสัมพันธ์</a> และ <a href="/prakaas/">ประกาศ</a></p>'
        )
        self.add_page("/ita/", self.static_page("ita", "ITA 2567 การเปิดเผยข้อมูลสาธารณะ", "".join(rows), "/ita/"))
        subscribe = (
            f"<p>สมัครรับ{esc(NEWSLETTER)} ทางอีเมล เพื่อรับข่าวสาร ประกาศ และกิจกรรมของเทศบาลก่อนใคร ไม่มีค่าใช้จ่าย ยกเลิกได้ทุกเมื่อ</p>"
            '<form data-members-form="signup" class="gh-signup-form"><input data-members-name type="text" placeholder="ชื่อ-นามสกุล" required><input data-members-email type="email" placeholder="อีเมลของคุณ" required>'
            '<button class="gh-btn" type="submit">สมัครรับข่าวสาร</button><p class="message-success">สมัครเรียบร้อยแล้ว กรุณาตรวจสอบอีเมลเพื่อยืนยัน</p><p class="message-error">กรุณากรอกอีเมลให้ถูกต้อง</p></form>'
        )
        self.add_page("/subscribe/", self.static_page("subscribe", "สมัครรับข่าวสาร", subscribe, "/subscribe/"))

    # -- feeds and sitemaps -----------------------------------------------------------------------------
    def rss(self, title: str, link: str, feed: str, posts: list[Post]) -> Response:
        items = []
        for p in posts[:RSS_LIMIT]:
            cats = "".join(f"<category><![CDATA[{t.name}]]></category>" for t in p.public_tags)
            creator = ", ".join(AUTHOR[a].name for a in p.authors)
            media = f'<media:content url="{self.u(photo(p, 0))}" medium="image"/>' if p.feature is not None else ""
            items.append(
                f'<item><title><![CDATA[{p.title}]]></title><description><![CDATA[{excerpt(p)}]]></description><link>{self.u(p.path)}</link><guid isPermaLink="false">{p.id}</guid>{cats}<dc:creator><![CDATA[{creator}]]></dc:creator><pubDate>{rfc822(p.dt).replace("+0000", "GMT")}</pubDate>{media}<content:encoded><![CDATA[{self.body(p)}]]></content:encoded></item>'
            )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'
            f"<channel><title><![CDATA[{title}]]></title><description><![CDATA[{DESCRIPTION}]]></description><link>{link}</link>"
            f"<image><url>{self.u(sized(LOGO, 256).replace('/w256/', '/w256h256/'))}</url><title>{esc(title)}</title><link>{link}</link></image>"
            f"<generator>Ghost {GHOST}</generator><lastBuildDate>{rfc822(NOW).replace('+0000', 'GMT')}</lastBuildDate>"
            f'<atom:link href="{feed}" rel="self" type="application/rss+xml"/><ttl>60</ttl>'
            + "".join(items)
            + "</channel></rss>"
        )
        return self.xml(text, "application/rss+xml; charset=utf-8")

    def urlset(self, rows: list[tuple[str, datetime, str | None]]) -> Response:
        out = []
        for loc, mod, image in rows:
            img = (
                f"<image:image><image:loc>{image}</image:loc><image:caption>{image.rsplit('/', 1)[1]}</image:caption></image:image>"
                if image
                else ""
            )
            out.append(f"<url><loc>{loc}</loc><lastmod>{utc_iso(mod)}</lastmod>{img}</url>")
        text = (
            f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//{urlsplit(self.base).netloc}/sitemap.xsl"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
            + "".join(out)
            + "</urlset>"
        )
        return self.xml(text)

    def sitemaps(self) -> None:
        site = self.site
        pages_mod = datetime(2024, 5, 2, 14, 3, tzinfo=BANGKOK)
        index = [
            ("sitemap-pages.xml", pages_mod),
            ("sitemap-posts.xml", NEWEST[0].updated),
            ("sitemap-authors.xml", NEWEST[0].updated),
            ("sitemap-tags.xml", NEWEST[0].updated),
        ]
        text = (
            f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//{urlsplit(self.base).netloc}/sitemap.xsl"?>'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(
                f"<sitemap><loc>{self.u('/' + name)}</loc><lastmod>{utc_iso(mod)}</lastmod></sitemap>"
                for name, mod in index
            )
            + "</sitemapindex>"
        )
        site.add("/sitemap.xml", self.xml(text))
        pages = [(self.u("/"), NEWEST[0].updated, None)] + [
            (self.u(f"/{s}/"), pages_mod, None) for s in ("about", "executives", "contact", "ita", "subscribe")
        ]
        site.add("/sitemap-pages.xml", self.urlset(pages))
        posts = [
            (self.u(p.path), p.updated, self.u(photo(p, 0)) if p.feature is not None else None)
            for p in sorted(POSTS, key=lambda p: p.updated, reverse=True)
        ]
        site.add("/sitemap-posts.xml", self.urlset(posts))
        authors = [
            (self.u(f"/author/{a.slug}/"), max(p.updated for p in POSTS if a.key in p.authors), None) for a in AUTHORS
        ]
        site.add("/sitemap-authors.xml", self.urlset(authors))
        tags = [(self.u(f"/tag/{t.slug}/"), max(p.updated for p in POSTS if t.key in p.tags), None) for t in TAGS]
        site.add("/sitemap-tags.xml", self.urlset(tags))
        add_text(
            site,
            "/sitemap.xsl",
            '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:output method="html"/><xsl:template match="/"><html><body><h1>XML Sitemap</h1></body></html></xsl:template></xsl:stylesheet>\n',
            "text/xsl",
        )

    # -- legacy PHP apps behind the same nginx (the traps) ----------------------------------------------
    EVENTS = {
        (2567, 11, 7): "งดจ่ายน้ำประปาชั่วคราว หมู่ที่ 3, 4 และ 6",
        (2567, 11, 15): "งานประเพณีลอยกระทง ณ สระน้ำสาธารณะบ้านห้วยน้ำใส",
        (2567, 11, 27): "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 4",
        (2567, 12, 5): "พิธีถวายพระพรชัยมงคล วันพ่อแห่งชาติ",
        (2567, 12, 14): "จิตอาสาพัฒนา ทำความสะอาดตลาดสดเทศบาล",
        (2568, 1, 11): "งานวันเด็กแห่งชาติ ประจำปี 2568",
    }
    SERVICES = (
        ("water", "ขอติดตั้งมาตรวัดน้ำประปา"),
        ("road", "แจ้งถนนชำรุด"),
        ("light", "แจ้งไฟฟ้าส่องสว่างชำรุด"),
        ("trash", "ขอรับบริการถังขยะ"),
        ("tax", "ขอชำระภาษีออนไลน์"),
        ("complain", "ร้องเรียนร้องทุกข์"),
    )

    @staticmethod
    def php(text: str, status: int = 200) -> Response:
        return Response(
            status,
            (
                ("Content-Type", "text/html; charset=UTF-8"),
                ("X-Powered-By", "PHP/7.4.33"),
                ("Cache-Control", "no-store, no-cache, must-revalidate"),
            ),
            text.encode("utf-8"),
        )

    def legacy(self, title: str, body: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<title>{esc(title)} | {esc(SITE)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/calendar/css/bootstrap.min.css">
</head>
<body>
<div class="container">
<div class="page-header"><a href="{self.u("/")}"><img src="{self.u(LOGO)}" height="48" alt=""></a> <b>{esc(SITE)}</b></div>
<ol class="breadcrumb"><li><a href="{self.u("/")}">หน้าแรก</a></li><li class="active">{esc(title)}</li></ol>
{body}
<hr><p class="text-muted small">{esc(ADDRESS)} โทร. {PHONE}</p>
</div>
</body>
</html>
"""

    def calendar_month(self, y: int, m: int) -> str:
        gy = y - 543
        first = date(gy, m, 1) if 1 <= gy <= 9999 else date(2024, m, 1)
        days = (date(gy + (m == 12), m % 12 + 1, 1) - first).days if 1 <= gy < 9999 else 30
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        cells = ["<td></td>"] * first.weekday()
        for d in range(1, days + 1):
            ev = self.EVENTS.get((y, m, d))
            if ev:
                cells.append(
                    f'<td class="has-event"><a href="/calendar/?y={y}&amp;m={m}&amp;d={d}">{d}</a><br><small>{esc(ev)}</small></td>'
                )
            else:
                cells.append(f"<td>{d}</td>")
        rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
        head = "".join(f"<th>{w}</th>" for w in ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."))
        body = f"""<h3>ปฏิทินกิจกรรม เดือน{MONTHS[m - 1]} {y}</h3>
<p><a href="/calendar/?y={y - 1}&amp;m={m}">&laquo; ปีก่อน</a> | <a href="/calendar/?y={py}&amp;m={pm}">&lsaquo; เดือนก่อน</a> | <a href="/calendar/">เดือนปัจจุบัน</a> | <a href="/calendar/?y={ny}&amp;m={nm}">เดือนถัดไป &rsaquo;</a> | <a href="/calendar/?y={y + 1}&amp;m={m}">ปีถัดไป &raquo;</a></p>
<table class="table table-bordered calendar"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"""
        if not any(k[:2] == (y, m) for k in self.EVENTS):
            body += "<p>ไม่มีกิจกรรมในเดือนนี้</p>"
        return self.legacy(f"ปฏิทินกิจกรรม {MONTHS[m - 1]} {y}", body)

    def calendar_day(self, y: int, m: int, d: int) -> str:
        try:
            day = date(y - 543, m, d)
        except ValueError:
            day = date(2024, m, 1)
        prev, nxt = day - timedelta(days=1), day + timedelta(days=1)
        ev = self.EVENTS.get((y, m, d))
        text = f"<ul><li>{esc(ev)}</li></ul>" if ev else "<p>ไม่มีกิจกรรมในวันนี้</p>"
        body = f"""<h3>กิจกรรมวัน{WEEKDAYS[day.weekday()]}ที่ {d} {MONTHS[m - 1]} {y}</h3>
{text}
<p><a href="/calendar/?y={prev.year + 543}&amp;m={prev.month}&amp;d={prev.day}">&lsaquo; วันก่อนหน้า</a> | <a href="/calendar/?y={y}&amp;m={m}">กลับไปดูทั้งเดือน</a> | <a href="/calendar/?y={nxt.year + 543}&amp;m={nxt.month}&amp;d={nxt.day}">วันถัดไป &rsaquo;</a></p>"""
        return self.legacy(f"กิจกรรม {d} {MONTHS[m - 1]} {y}", body)

    def eservice(self, sv: str | None, ref: str | None) -> str:
        names = dict(self.SERVICES)
        trail = ref or ""
        links = []
        for code, label in self.SERVICES:
            if code == sv:
                continue
            new_ref = f"{trail}-{code}" if trail else "home"
            links.append(f'<li><a href="/eservice/form.php?sv={code}&amp;ref={quote(new_ref)}">{esc(label)}</a></li>')
        if sv is None:
            body = (
                "<h3>ระบบบริการประชาชนออนไลน์ (e-Service)</h3><p>เลือกบริการที่ต้องการ กรอกแบบฟอร์ม และติดตามผลการดำเนินการได้ทางหน้าเว็บไซต์</p><ul>"
                + "".join(links)
                + "</ul>"
            )
            return self.legacy("e-Service", body)
        body = f"""<h3>{esc(names[sv])}</h3>
<p>กรอกข้อมูลให้ครบถ้วน เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>
<form method="post" action="/eservice/submit.php"><input type="hidden" name="sv" value="{sv}"><input type="hidden" name="ref" value="{attr(trail)}">
<div class="form-group"><label>ชื่อ-นามสกุล</label><input class="form-control" name="name"></div>
<div class="form-group"><label>เบอร์โทรศัพท์</label><input class="form-control" name="tel"></div>
<div class="form-group"><label>รายละเอียด</label><textarea class="form-control" name="detail"></textarea></div>
<button class="btn btn-primary" type="submit">ส่งคำร้อง</button></form>
<h4>บริการอื่น ๆ</h4><ul>{"".join(links)}</ul>
<p><a href="/eservice/">กลับหน้ารวมบริการ</a></p>"""
        return self.legacy(names[sv], body)

    # -- registration -------------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        # home collection and the prakaas collection
        total = -(-len(NEWS) // PER_PAGE)
        for n in range(1, total + 1):
            header = self.home_header() if n == 1 else ""
            self.add_page(
                self.page_path("/", n), self.listing("/", NEWS, n, "home-template", header, SITE, DESCRIPTION, "/")
            )
        site.add("/page/1/", self.moved("/"))
        total = -(-len(PRAKAAS) // PER_PAGE)
        for n in range(1, total + 1):
            header = self.tag_header(TAG["prakaas"], len(PRAKAAS)) if n == 1 else ""
            self.add_page(
                self.page_path("/prakaas/", n),
                self.listing(
                    "/prakaas/",
                    PRAKAAS,
                    n,
                    "home-template",
                    header,
                    f"ประกาศ - {SITE}",
                    TAG["prakaas"].description,
                    "/prakaas/",
                ),
            )
        site.add("/prakaas/page/1/", self.moved("/prakaas/"))
        site.add("/rss/", self.rss(SITE, self.u("/"), self.u("/rss/"), NEWS))
        site.add("/prakaas/rss/", self.rss(f"ประกาศ - {SITE}", self.u("/prakaas/"), self.u("/prakaas/rss/"), PRAKAAS))
        # tags and authors
        for t in TAGS:
            posts = [p for p in NEWEST if t.key in p.tags]
            base = f"/tag/{t.slug}/"
            pages = -(-len(posts) // PER_PAGE)
            for n in range(1, pages + 1):
                header = self.tag_header(t, len(posts)) if n == 1 else ""
                self.add_page(
                    self.page_path(base, n),
                    self.listing(
                        base,
                        posts,
                        n,
                        f"tag-template tag-{t.slug}",
                        header,
                        f"{t.name} - {SITE}",
                        t.description or f"{t.name} - {SITE}",
                        base,
                    ),
                )
            site.add(base + "page/1/", self.moved(base))
            site.add(base + "rss/", self.rss(f"{t.name} - {SITE}", self.u(base), self.u(base + "rss/"), posts))
        for a in AUTHORS:
            posts = [p for p in NEWEST if a.key in p.authors]
            base = f"/author/{a.slug}/"
            pages = -(-len(posts) // PER_PAGE)
            for n in range(1, pages + 1):
                header = self.author_header(a, len(posts)) if n == 1 else ""
                self.add_page(
                    self.page_path(base, n),
                    self.listing(
                        base,
                        posts,
                        n,
                        f"author-template author-{a.slug}",
                        header,
                        f"{a.name} - {SITE}",
                        a.bio or f"{a.name} - {SITE}",
                        base,
                    ),
                )
            site.add(base + "page/1/", self.moved(base))
            site.add(base + "rss/", self.rss(f"{a.name} - {SITE}", self.u(base), self.u(base + "rss/"), posts))
        # posts
        redirects_wp: list[tuple[str, str]] = []
        for p in POSTS:
            page = self.express(self.post_page(p))
            site.add(p.path, page)
            site.add(p.path + "amp/", self.express(self.amp_page(p)))
            aliases = [self.u(p.path + "amp/")]
            if p.coll == "prakaas":
                site.add(f"/{p.slug}/", self.moved(p.path))
                aliases.append(self.u(f"/{p.slug}/"))
            if p.old_slug:
                site.add(f"/{p.old_slug}/", self.moved(p.path))
                aliases.append(self.u(f"/{p.old_slug}/"))
            if p.wp_path:
                redirects_wp.append((p.wp_path, p.path))
                aliases.append(self.u(p.wp_path))
            site.articles.append(
                FixtureArticle(
                    url=self.u(p.path),
                    aliases=tuple(aliases),
                    title=p.title,
                    paragraphs=gold_paragraphs(p),
                    published=p.day,
                    author=", ".join(AUTHOR[a].name for a in p.authors),
                    captions=captions(p),
                )
            )
        for old, new in redirects_wp:
            site.add(old, self.moved(new))
        site.add("/category/ข่าวประชาสัมพันธ์/", self.moved(f"/tag/{TAG['khaaw'].slug}/"))
        # the links the pages really carry to other spellings of a post (body links): aliases
        linked = self.body_aliases()
        for i, art in enumerate(site.articles):
            extra = tuple(u for u in linked.get(art.url, []) if u not in art.aliases)
            if extra:
                site.articles[i] = FixtureArticle(
                    art.url, art.aliases + extra, art.title, art.paragraphs, art.published, art.author, art.captions
                )
        self.static_pages()
        self.sitemaps()
        # the legacy apps: their entry pages (and one trap page each) are non-articles
        site.add("/calendar/", self.php(self.calendar_month(2567, 11)))
        self.non_articles.append(self.u("/calendar/"))
        site.add("/eservice/", self.php(self.eservice(None, None)))
        self.non_articles.append(self.u("/eservice/"))
        self.non_articles.append(self.u("/calendar/?y=2567&m=12"))
        self.non_articles.append(self.u("/eservice/form.php?sv=water&ref=home"))
        add_text(
            site, "/calendar/css/bootstrap.min.css", "/*! Bootstrap v3.3.7 (http://getbootstrap.com) */\n", "text/css"
        )
        # Ghost admin (disallowed), assets
        admin = '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Ghost Admin</title>\n<meta name="robots" content="noindex, nofollow">\n<meta name="ghost-admin/config/environment" content="%7B%22modulePrefix%22%3A%22ghost-admin%22%7D">\n<link rel="stylesheet" href="/ghost/assets/vendor.min.css">\n</head>\n<body>\n<div id="ember-basic-dropdown-wormhole"></div>\n<script src="/ghost/assets/vendor.min.js"></script>\n<script src="/ghost/assets/ghost.min.js"></script>\n</body>\n</html>\n'
        site.add("/ghost/", self.express(admin))
        self.non_articles.append(self.u("/ghost/"))
        add_text(
            site,
            "/assets/built/screen.css",
            "/* Casper 5.7.1 */\n:root{--color-green:#a4d037}\n.pagination{display:none}\n",
            "text/css",
        )
        add_text(site, "/assets/built/casper.js", "/* Casper 5.7.1 */\n", "application/javascript")
        add_text(site, "/public/cards.min.js", "/* Ghost cards */\n", "application/javascript")
        add_text(site, "/public/cards.min.css", ".kg-card{margin:0}\n", "text/css")
        add_text(site, "/public/member-attribution.min.js", "/* member attribution */\n", "application/javascript")
        self.img(LOGO, 400, 120)
        add_jpeg(site, sized(LOGO, 256).replace("/w256/", "/w256h256/"), 256, 256, datetime(2022, 6, 1, tzinfo=BANGKOK))
        robots = f"User-agent: *\nSitemap: {self.u('/sitemap.xml')}\nDisallow: /ghost/\nDisallow: /p/\nDisallow: /email/\nDisallow: /r/\nDisallow: /webmentions/receive/\n"
        site.add(
            "/robots.txt",
            Response(
                200,
                (("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "public, max-age=3600")),
                robots.encode(),
            ),
        )
        site.disallowed_paths = ["/ghost/", "/p/", "/email/", "/r/", "/webmentions/receive/"]
        site.not_found = self.express(self.not_found_page(), status=404)
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_EREF]
        site.dynamic = self.dynamic

    def body_aliases(self) -> dict[str, list[str]]:
        """Other spellings of posts that post bodies and bookmark cards link to."""
        out: dict[str, list[str]] = {}
        for p in POSTS:
            for kind, text in p.blocks:
                specs = (
                    [m.group(2) for m in LINK.finditer(text)]
                    if kind in ("p", "li")
                    else ([f"@{text}"] if kind == "bm" else [])
                )
                for spec in specs:
                    if not spec.startswith("@") or "|" not in spec:
                        continue
                    t = BY_KEY[spec[1:].split("|")[0]]
                    href = self.target(spec)
                    url = href if href.startswith("http") else self.u(href)
                    if url != self.u(t.path):
                        out.setdefault(self.u(t.path), []).append(url)
        return out

    def not_found_page(self) -> str:
        cards = "".join(self.post_card(p) for p in NEWEST[:3])
        main = f"""
<main id="site-main" class="site-main outer error-content">
    <div class="inner">
        <section class="error-message">
            <h1 class="error-code">404</h1>
            <p class="error-description">ไม่พบหน้าที่คุณต้องการ</p>
            <a class="error-link" href="{self.u("/")}">กลับไปหน้าแรก &rarr;</a>
        </section>
        <div class="post-feed">{cards}</div>
    </div>
</main>
"""
        return self.frame(self.head(f"404 - {SITE}", self.u("/404/"), DESCRIPTION), "error-template", main)

    # -- nginx + Express: answers for targets no page is registered at --------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path or "/")
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        if path in ("/calendar/", "/calendar/index.php"):
            try:
                y, m = int(q.get("y", "2567")), int(q.get("m", "11"))
            except ValueError:
                return self.php(self.legacy("ปฏิทินกิจกรรม", "<p>ไม่พบข้อมูล</p>"))
            if not 1 <= m <= 12 or not 1000 <= y <= 9999:
                return self.php(self.legacy("ปฏิทินกิจกรรม", "<p>ไม่พบข้อมูล</p>"))
            if "d" in q and q["d"].isdigit() and 1 <= int(q["d"]) <= 31:
                return self.php(self.calendar_day(y, m, int(q["d"])))
            return self.php(self.calendar_month(y, m))
        if path in ("/eservice/", "/eservice/index.php", "/eservice/form.php"):
            sv = q.get("sv")
            if path != "/eservice/form.php":
                sv = None
            elif sv not in dict(self.SERVICES):
                return self.php(self.legacy("e-Service", "<p>ไม่พบบริการที่ระบุ</p>"), 404)
            return self.php(self.eservice(sv, q.get("ref")))
        if path.startswith("/ghost/"):
            return self.site.route("/ghost/")
        # Express: any query string is ignored on a page Ghost serves
        if parts.query and self.site.has(parts.path):
            return self.site.route(parts.path)
        # uncapitalise: upper-case paths 301 to lower case (keeping the query)
        if path != path.lower() and self.site.has(path.lower()):
            target = quote(path.lower(), safe="/-._~") + (f"?{parts.query}" if parts.query else "")
            return self.moved(target)
        return None


TRAP_CALENDAR = r"^/calendar/(?:index\.php)?\?(?:.*&)?(?:y|m|d)="
TRAP_EREF = r"^/eservice/(?:index\.php|form\.php)?\?(?:.*&)?ref="


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="nginx/1.24.0 (Ubuntu)", redirect_slashless=True)
    _Ghost(site).register()
    return site

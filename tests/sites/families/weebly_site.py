# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""weebly_site: an อบต. site built with Weebly (Square Online "classic" site builder) on its own domain.

องค์การบริหารส่วนตำบลดงเย็น, อำเภอนาคูณใหญ่, จังหวัดศรีสำราญ (fictional).  TODAY is 2024-12-10.  The site was
made in the Weebly editor in February 2022 by a clerk; a local designer bought an edited copy of a Weebly
theme for it and changed the theme's blog template (see the traps).  The site language is Thai (Weebly's
Thai strings: "0 ความคิดเห็น", "<<ก่อนหน้า", "ถัดไป>>", "อ่านเพิ่มเติม", "คลังเก็บ", "หมวดหมู่"), but the
blog date format was left at Weebly's default, M/D/YYYY with the Gregorian year.  UTF-8.  All text is written
for this fixture.

CMS imitated: Weebly's published pages.  ``<head>`` with og tags (no rel=canonical, no article:published_time),
``//cdn2.editmysite.com`` styles and scripts, ``_W`` globals; the theme's header with ``wsite-logo``, the
``ul.wsite-menu-default`` navigation (``li.wsite-menu-item-wrap``, sub-menus in ``div.wsite-menu-wrap``), the
header search form (GET ``/apps/search``); ``#wsite-content.wsite-elements.wsite-not-footer`` holding Weebly
elements: ``h2.wsite-content-title`` titles (no ``<h1>`` anywhere), ``div.paragraph`` text, ``wsite-image``
(caption in a ``<div style="display:block;font-size:90%">``), ``imageGallery`` galleries (no captions, photos
linked ``<name>_orig.jpg``), ``wsite-file`` downloads, ``wsite-multicol`` tables, ``wsite-youtube``, Weebly's
form (posts to ``//www.weebly.com/weebly/apps/formSubmit.php``) and map; the footer and "สร้างโดย Weebly".
Uploads live under ``/uploads/1/4/2/7/142745318/`` with a ``?<timestamp>`` cache-buster (Weebly ignores
query strings on every page and file, so ``?fbclid=`` copies answer too).
The blog: ``div.blog-body`` > ``#blogTable`` > ``div.blog-main`` + ``div.blog-sidebar``; each post is
``div#blog-post-<18 digits>.blog-post`` with ``div.blog-header`` (``h2.blog-title`` >
``a.blog-title-link.blog-link`` with a PROTOCOL-RELATIVE href ``//host/news/<slug>``, ``p.blog-date`` >
``span.date-text``, ``p.blog-comments``), ``div.blog-content``, ``div.blog-read-more`` on listings when the
editor put a read-more break, ``div.blog-social`` (Facebook like iframe, Tweet button),
``div.blog-comments-bottom``; post pages add ``#commentArea`` (reader comments with their own dates, e.g.
``10/5/2022 08:41:12 pm``) and the comment form (POST ``/ajax/apps/postComment.php``).  The sidebar on every
blog page: "ผู้เขียน" text, "คลังเก็บ" (every month with posts: ``มิถุนายน 2024``), "หมวดหมู่" and "ฟีด RSS".

URL shapes
* pages: ``/`` (= ``/index.html``), ``/about.html``, ``/history.html``, ``/vision.html``, ``/personnel.html``,
  ``/gallery.html``, ``/ita.html``, ``/ita-2566.html``, ``/ita-2567.html``, ``/tax.html``, ``/calendar.html``
  (a Google Calendar iframe), ``/download.html``, ``/contact.html``.
* blog page ``/news.html`` (5 posts a page, newest first), older pages ``/news/previous/2`` ..
  ``/news/previous/5``; Weebly's "ถัดไป>>" link of page N goes to ``/news/next/N-1`` (the same listing as
  page N-1, another URL; ``/news/next/1`` = ``/news.html``).
* posts ``/news/<slug>``.  Weebly's slug keeps only ASCII letters and digits of the title; Thai is dropped,
  spaces become ``-``, a leading ``-`` stays and a taken slug gets ``-2``, ``-3``: so ``/news/-2565``,
  ``/news/-2565-2``, ``/news/-2565-19`` (from "โควิด-19"), ``/news/post``, ``/news/post-4`` (all-Thai titles),
  ``/news/-42567`` (from "สมัยที่ 4/2567"), ``/news/-caregiver-2`` (a "รุ่นที่ 2", not a collision),
  ``/news/-ita-2567-a``.  No prev/next links between posts.
* ``/news/category/all`` (every post, also ``/2`` .. ``/5``) and ``/news/category/<Thai name>`` (percent-encoded
  upper-case in links; paginated ``/<n>``); ``/news/archives/MM-YYYY`` for each month with posts.
* feeds: ``/1/feed`` (sidebar link) and ``/news/feed`` (``<link rel="alternate">``): the same RSS 2.0, the
  latest 10 posts with whole bodies, links in CDATA, ``pubDate`` in GMT.
* ``/sitemap.xml`` (named in robots.txt) lists the PAGES only (``.html`` pages, ``/`` and ``/news.html``), no
  post, category or archive.  robots.txt is Weebly's: ``NerdyBot`` shut out, ``Disallow: /ajax/`` and
  ``/apps/`` for everybody.  Unknown paths: Weebly's "ไม่พบหน้า" page with status 404.

How the gold posts are found: the blog pages (and their ``/next/N`` copies), ``/news/category/all`` and the
category pages, the archive months, the feeds (latest 10), the home page's hand-made "ข่าวประชาสัมพันธ์ล่าสุด"
list (last edited March 2024: 4 posts, absolute links), ``/gallery.html`` (the ภาพกิจกรรม posts) and the ITA
2567 page (two posts, one as an ``?fbclid=`` copy).  The sitemap does not help.

Gold: 23 posts 2022-01-08 .. 2024-11-16, oldest first; url = ``<base>/news/<slug>``; aliases: the
``?fbclid=`` copy of the ITA post.  Title = the ``a.blog-title-link`` text.  Paragraphs: the text runs of
``div.paragraph`` elements: "br" posts keep all paragraphs of a run in ONE element separated by
``<br /><br />`` and indented with ``&nbsp; &nbsp; &nbsp;``, "div" posts have one element each; a bold
opening date (``<strong>``) and links inside the text count.  Not paragraphs: image captions (the gold
captions), file elements (the file name), "0 ความคิดเห็น", "อ่านเพิ่มเติม", share buttons, reader comments.
Author: None (Weebly shows none; the sidebar's "ผู้เขียน" box is site-wide).  Published: the ``date-text``
read as M/D/YYYY: most dates are ambiguous (``3/8/2022`` is 8 March, ``10/1/2024`` is 1 October,
``1/6/2023`` is 6 January); bodies name Buddhist-era dates, some the day BEFORE the post (the event was the
evening before: ``11/9/2022`` tells of 8 พฤศจิกายน 2565); the ITA post was published at 06:40 on 4 June 2024,
so its RSS ``pubDate`` is 3 June (GMT).  The home list prints D/M/พ.ศ. (``11/3/2567``).

Listings (blog pages, categories, archives) show whole posts except the 5 with a read-more break (their
opening paragraph, with its gallery if one follows, then "อ่านเพิ่มเติม"), so text alone does not tell a
listing from a post.  Standing pages look like notices: ``/tax.html`` has a title, "ข้อมูล ณ วันที่ 2
กุมภาพันธ์ 2567" and four paragraphs; the ITA pages end with "ปรับปรุงข้อมูลล่าสุด 6/10/2024".

Non-articles (``non_articles``): home and ``/index.html``, the 12 other pages, blog pages and their
``/next/N`` copies, category pages (all pages), archive months with posts.

Traps (``trap_patterns``; both come from the designer's edits of the theme's blog template, served by
``_Weebly.dynamic``):
* ``TRAP_ARCHIVE``: Weebly answers ``/news/archives/MM-YYYY`` for ANY month (200, an empty listing with the
  sidebar), and the theme's archive header links the month before and after ("‹ เดือนก่อนหน้า",
  "เดือนถัดไป ›"): from any archive page a crawler can walk months without end.  The pattern matches every
  month without posts.
* ``TRAP_PAGER``: the theme's numbered pager under Weebly's own links knows only the page number in the URL,
  so it always links two pages further and "»"; Weebly answers ``/news/previous/N`` (and ``/next/N``) for
  any N with an empty listing.  The pattern matches N above the last page (5).
(The header search ``/apps/search?q=`` is a form, and robots.txt keeps crawlers out of ``/apps/``.)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, http_date, local_dt
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "weebly_site"
SITE = "องค์การบริหารส่วนตำบลดงเย็น"
SHORT = "อบต.ดงเย็น"
ADDRESS = "หมู่ที่ 4 ตำบลดงเย็น อำเภอนาคูณใหญ่ จังหวัดศรีสำราญ 45190"
PHONE = "0 4503 9321"
EMAIL = "saraban.dongyen@gmail.com"
MAYOR = "นายประเสริฐ ทองมา"
PALAD = "นางสาววิไลวรรณ ศรีสุข"
TODAY = date(2024, 12, 10)
USER = "/uploads/1/4/2/7/142745318"  # Weebly's per-user upload folder
BUILD = "1733120456"  # cache-busting ?buildTime= of the editmysite.com CDN files
PER_PAGE = 5
FEED_LIMIT = 10
BLOG = "/news"  # the blog page is /news.html, its posts /news/<slug>
FB = "https://www.facebook.com/dongyen.sao"


def _h(seed: str, n: int = 8) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def _num(seed: str, digits: int) -> str:
    """A stable decimal id of ``digits`` digits (Weebly's element and post ids are 18 digits)."""
    value = int(_h(seed, 16), 16) % (9 * 10 ** (digits - 1))
    return str(value + 10 ** (digits - 1))


def weebly_slug(title: str) -> str:
    """The slug Weebly makes from a post title: ASCII letters and digits kept (lower-cased), spaces and
    dashes become '-', everything else (Thai letters, punctuation, quotes, parentheses, '/') is dropped;
    runs of '-' collapse and a trailing '-' goes, but a LEADING '-' stays (a Thai first word leaves one)."""
    out = []
    for char in title.lower():
        if char.isascii() and char.isalnum():
            out.append(char)
        elif char in " -\u00a0":
            out.append("-")
    slug = re.sub(r"-+", "-", "".join(out)).rstrip("-")
    return slug or "post"


def us_date(d: date) -> str:
    """Weebly's default blog date format, M/D/YYYY (Gregorian, no leading zeros)."""
    return f"{d.month}/{d.day}/{d.year}"


def month_label(year: int, month: int) -> str:
    """Archive labels in the Thai site language: Thai month name, Gregorian year."""
    return f"{MONTHS[month - 1]} {year}"


# -- categories ---------------------------------------------------------------------------------------
CATEGORIES = (
    ("pr", "ข่าวประชาสัมพันธ์"),
    ("act", "ภาพกิจกรรม"),
    ("notice", "ประกาศ"),
    ("health", "สาธารณสุข"),
)
CAT_NAME = dict(CATEGORIES)


def cat_path(key: str, n: int = 1) -> str:
    """Category listing path (Thai kept in the path, as the category name was typed)."""
    base = f"{BLOG}/category/all" if key == "all" else f"{BLOG}/category/{CAT_NAME[key].lower().replace(' ', '-')}"
    return base if n == 1 else f"{base}/{n}"


def href(path: str) -> str:
    """How Weebly writes a root-relative link to a path with Thai in it: upper-case percent-encoding."""
    return quote(path, safe="/-._~?=&")


# -- posts ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Post:
    key: str
    day: str
    hm: str
    cats: tuple[str, ...]
    style: str  # "br": one paragraph element, <br /><br /> between paragraphs; "div": one element each
    flags: tuple[str, ...]  # c1/c2: reader comments; fb: an ?fbclid= copy is linked (alias)
    title: str
    blocks: tuple[tuple[str, str], ...]
    slug: str = ""

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def path(self) -> str:
        return f"{BLOG}/{self.slug}"

    @property
    def pid(self) -> str:
        return _num(f"post:{self.key}", 18)

    @property
    def comments(self) -> int:
        for flag in self.flags:
            if flag.startswith("c") and flag[1:].isdigit():
                return int(flag[1:])
        return 0

    @property
    def month_key(self) -> str:
        return f"{self.d.month:02d}-{self.d.year}"


# "## key YYYY-MM-DD HH:MM cats style flags(-)" then "T: title" and blocks: paragraphs (**bold** at the
# start, [text](target) links: @KEY a post, /path a page, http... outside), "IMG: caption" ("IMG:" alone:
# no caption), "GAL: n" (an image gallery of n photos, no captions), "FILE: name.pdf", "MORE"
# (Weebly's read-more break: listings show the text above it and an อ่านเพิ่มเติม link).
SPEC_2022 = """
## d2201 2022-01-08 09:30 act br -
T: จัดงานวันเด็กแห่งชาติ ประจำปี 2565 วิถีใหม่ ปลอดภัยจากโควิด-19
**วันเสาร์ที่ 8 มกราคม 2565** องค์การบริหารส่วนตำบลดงเย็น จัดงานวันเด็กแห่งชาติ ประจำปี 2565 ณ ศูนย์พัฒนาเด็กเล็ก อบต.ดงเย็น ภายใต้มาตรการป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 อย่างเคร่งครัด
IMG: นายกองค์การบริหารส่วนตำบลดงเย็นมอบของขวัญแก่เด็กที่มาร่วมงาน
ปีนี้ อบต.ดงเย็น ปรับรูปแบบการจัดงานเป็นแบบขับรถผ่าน (Drive Thru) ผู้ปกครองพาบุตรหลานมารับของขวัญและขนมได้ที่จุดบริการหน้าสำนักงาน โดยไม่ต้องลงจากรถ ลดความแออัดและการสัมผัสใกล้ชิด
ขอขอบคุณผู้ใหญ่บ้านทั้ง 12 หมู่บ้าน ร้านค้าในตำบล และผู้มีจิตศรัทธาทุกท่านที่ร่วมบริจาคของขวัญและทุนการศึกษาให้แก่เด็ก ๆ ในตำบลดงเย็น รวมทั้งสิ้น 650 ชุด

## d2202 2022-03-08 14:10 health div -
T: ฉีดพ่นหมอกควันกำจัดยุงลาย ป้องกันโรคไข้เลือดออก หมู่ที่ 1 - 12
งานส่งเสริมสุขภาพ องค์การบริหารส่วนตำบลดงเย็น ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดงเย็น ออกฉีดพ่นหมอกควันกำจัดยุงลายตัวเต็มวัย ระหว่างวันที่ 7 - 11 มีนาคม 2565 ครอบคลุมบ้านเรือน วัด และโรงเรียนทั้ง 12 หมู่บ้าน
IMG:
ขอให้ประชาชนช่วยกันกำจัดแหล่งเพาะพันธุ์ลูกน้ำยุงลายตามมาตรการ 3 เก็บ ได้แก่ เก็บบ้านให้สะอาด เก็บขยะรอบบ้าน และเก็บน้ำให้มิดชิด โดยเฉพาะภาชนะขังน้ำบริเวณรอบบ้านและยางรถยนต์เก่า
หากมีอาการไข้สูงเกิน 2 วัน ปวดศีรษะ ปวดกระบอกตา หรือมีจุดเลือดออกตามผิวหนัง ให้รีบไปพบเจ้าหน้าที่ที่ รพ.สต. ใกล้บ้านทันที และไม่ควรซื้อยาลดไข้กลุ่มแอสไพรินมารับประทานเอง

## d2203 2022-04-12 10:00 act br -
T: สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2565
องค์การบริหารส่วนตำบลดงเย็น จัดกิจกรรมสืบสานประเพณีสงกรานต์และรดน้ำขอพรผู้สูงอายุ ประจำปี 2565 เมื่อวันอังคารที่ 12 เมษายน 2565 ณ ศาลาการเปรียญวัดศรีดงเย็น มีผู้สูงอายุจากทุกหมู่บ้านเข้าร่วมกว่า 300 คน
GAL: 6
MORE
ภายในงานมีพิธีสรงน้ำพระพุทธรูป การรดน้ำดำหัวผู้สูงอายุ และการมอบผ้าขาวม้าเป็นที่ระลึก พร้อมตรวจวัดความดันโลหิตโดยเจ้าหน้าที่ รพ.สต.บ้านดงเย็น
นายกองค์การบริหารส่วนตำบลดงเย็น ขอบคุณชมรมผู้สูงอายุตำบลดงเย็นและคณะกรรมการหมู่บ้านที่ช่วยกันเตรียมงาน และขอให้ทุกครอบครัวเดินทางกลับบ้านช่วงสงกรานต์อย่างปลอดภัย
## d2204 2022-06-03 11:20 notice div -
T: ประกาศ อบต.ดงเย็น เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง
ด้วยองค์การบริหารส่วนตำบลดงเย็น มีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งผู้ดูแลเด็ก จำนวน 1 อัตรา และตำแหน่งพนักงานขับรถยนต์ จำนวน 1 อัตรา
ผู้สนใจสามารถขอรับใบสมัครและยื่นใบสมัครด้วยตนเองได้ที่งานการเจ้าหน้าที่ สำนักปลัด อบต.ดงเย็น ระหว่างวันที่ 6 - 17 มิถุนายน 2565 ในวันและเวลาราชการ ตั้งแต่เวลา 08.30 - 16.30 น.
รายละเอียดคุณสมบัติของผู้สมัครและหลักเกณฑ์การประเมิน ดูได้จากประกาศฉบับเต็มท้ายข่าวนี้ หรือสอบถามเพิ่มเติมได้ที่หมายเลข 0 4503 9321 ต่อ 12
FILE: prakas-rabsamak-2565.pdf

## d2205 2022-08-12 08:45 act br -
T: กิจกรรมเฉลิมพระเกียรติ สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง 12 สิงหาคม 2565
เช้าวันศุกร์ที่ 12 สิงหาคม 2565 คณะผู้บริหาร สมาชิกสภา และพนักงานองค์การบริหารส่วนตำบลดงเย็น ร่วมพิธีถวายพระพรชัยมงคล และทำบุญตักบาตรถวายพระราชกุศล ณ หอประชุมอำเภอนาคูณใหญ่
IMG: คณะผู้บริหาร อบต.ดงเย็น ร่วมพิธีถวายพระพรชัยมงคล ณ หอประชุมอำเภอนาคูณใหญ่
ช่วงสาย อบต.ดงเย็น จัดกิจกรรมจิตอาสาพัฒนาปลูกต้นรวงผึ้งริมถนนสายดงเย็น - โนนสว่าง จำนวน 99 ต้น โดยมีจิตอาสา ผู้นำชุมชน และนักเรียนโรงเรียนบ้านดงเย็นร่วมกิจกรรม
นอกจากนี้ยังได้มอบเกียรติบัตรยกย่องแม่ดีเด่นประจำตำบล จำนวน 12 ท่าน จากทุกหมู่บ้าน เพื่อเป็นแบบอย่างที่ดีแก่ลูกหลานและชุมชน

## d2206 2022-10-05 17:30 pr div c2
T: อบต.ดงเย็นออกช่วยเหลือผู้ประสบอุทกภัย ลำห้วยยางเอ่อล้นตลิ่ง
จากสถานการณ์ฝนตกหนักต่อเนื่องตั้งแต่วันที่ 3 ตุลาคม 2565 ทำให้น้ำในลำห้วยยางเอ่อล้นตลิ่งเข้าท่วมบ้านเรือนประชาชนในหมู่ที่ 6 บ้านห้วยยาง และหมู่ที่ 10 บ้านโนนทอง ได้รับผลกระทบรวม 58 ครัวเรือน
IMG: เจ้าหน้าที่ อปพร. ช่วยขนย้ายสิ่งของให้ชาวบ้านหมู่ที่ 6
**วันที่ 5 ตุลาคม 2565** นายประเสริฐ ทองมา นายกองค์การบริหารส่วนตำบลดงเย็น พร้อมด้วยเจ้าหน้าที่งานป้องกันและบรรเทาสาธารณภัยและ อปพร. ลงพื้นที่ช่วยขนย้ายสิ่งของ วางกระสอบทราย และมอบถุงยังชีพจำนวน 60 ชุด
อบต.ดงเย็น ได้ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉินแล้ว ผู้ที่ได้รับความเสียหายขอให้ไปแจ้งต่อผู้ใหญ่บ้านเพื่อรวบรวมข้อมูลยื่นขอรับความช่วยเหลือตามระเบียบ
หากพบเหตุฉุกเฉินหรือต้องการความช่วยเหลือ โทรแจ้งศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.ดงเย็น ได้ตลอด 24 ชั่วโมง ที่หมายเลข 08 1234 5670

## d2207 2022-11-09 09:15 act br -
T: ประเพณีลอยกระทง ประจำปี 2565 ณ หนองดงเย็น
คืนวันอังคารที่ 8 พฤศจิกายน 2565 องค์การบริหารส่วนตำบลดงเย็น ร่วมกับวัดศรีดงเย็นและชุมชนทั้ง 12 หมู่บ้าน จัดงานประเพณีลอยกระทง ณ หนองดงเย็น มีประชาชนมาร่วมงานอย่างคึกคักหลังจากงดจัดงานมาสองปี
GAL: 9
MORE
กิจกรรมภายในงานประกอบด้วยการประกวดกระทงใบตอง ประกวดหนูน้อยนพมาศ และการแสดงของนักเรียนศูนย์พัฒนาเด็กเล็ก อบต.ดงเย็น ผลการประกวดกระทงใบตอง รางวัลชนะเลิศได้แก่ หมู่ที่ 3 บ้านหนองแสง
อบต.ดงเย็น ขอความร่วมมือประชาชนใช้กระทงที่ทำจากวัสดุธรรมชาติ งดใช้โฟม และงดจุดพลุตะไลหรือปล่อยโคมลอยในบริเวณงาน เพื่อความปลอดภัยของทุกคน
"""

SPEC_2023 = """
## d2301 2023-01-06 10:30 notice div -
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566
องค์การบริหารส่วนตำบลดงเย็น ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตตำบลดงเย็น ทราบกำหนดการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีภาษี 2566 ภายในเดือนเมษายน 2566
อบต.ดงเย็น จะจัดส่งหนังสือแจ้งประเมินภาษีให้ผู้เสียภาษีทุกรายภายในเดือนกุมภาพันธ์ 2566 หากท่านใดยังไม่ได้รับ โปรดติดต่องานพัฒนาและจัดเก็บรายได้ กองคลัง
ผู้เสียภาษีสามารถชำระได้ที่ สำนักงาน อบต.ดงเย็น ในวันและเวลาราชการ หรือชำระผ่านการโอนเงินเข้าบัญชีธนาคารของ อบต. แล้วส่งหลักฐานการโอนทางไลน์ของกองคลัง
การชำระภาษีเกินกำหนดเวลาจะต้องเสียเบี้ยปรับและเงินเพิ่มร้อยละ 1 ต่อเดือน ตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562
FILE: tax-2566.pdf

## d2302 2023-02-10 13:45 health br -
T: อสม.ดงเย็น ร่วมรณรงค์ตรวจคัดกรองเบาหวานและความดันโลหิตสูง
อาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ตำบลดงเย็น ร่วมกับ รพ.สต.บ้านดงเย็น และ อบต.ดงเย็น ออกตรวจคัดกรองโรคเบาหวานและความดันโลหิตสูงให้ประชาชนอายุ 35 ปีขึ้นไป ระหว่างวันที่ 6 - 10 กุมภาพันธ์ 2566
IMG: อสม. ตรวจวัดระดับน้ำตาลในเลือดให้ประชาชนหมู่ที่ 2
ผลการตรวจคัดกรองทั้งหมด 1,284 ราย พบกลุ่มเสี่ยงเบาหวาน 96 ราย และกลุ่มเสี่ยงความดันโลหิตสูง 143 ราย ซึ่งเจ้าหน้าที่จะนัดหมายเข้ารับคำแนะนำเรื่องอาหารและการออกกำลังกายต่อไป
อบต.ดงเย็น สนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพระดับตำบลสำหรับจัดซื้อแถบตรวจน้ำตาลและเครื่องวัดความดันโลหิตให้ อสม. ทุกหมู่บ้าน

## d2303 2023-03-21 15:00 pr div -
T: ประชุมประชาคมตำบล ทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)
วันอังคารที่ 21 มีนาคม 2566 เวลา 09.00 น. องค์การบริหารส่วนตำบลดงเย็น จัดประชุมประชาคมระดับตำบลเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ณ ห้องประชุม อบต.ดงเย็น
ผู้เข้าร่วมประชุมประกอบด้วยผู้ใหญ่บ้าน ผู้ช่วยผู้ใหญ่บ้าน ตัวแทนกลุ่มอาชีพ อสม. และผู้แทนส่วนราชการในพื้นที่ รวม 124 คน ร่วมกันเสนอปัญหาและความต้องการของแต่ละหมู่บ้าน
โครงการที่ได้รับการเสนอมากที่สุด ได้แก่ การก่อสร้างถนนคอนกรีตเสริมเหล็กเชื่อมระหว่างหมู่บ้าน การขยายเขตไฟฟ้าเพื่อการเกษตร และการขุดเจาะบ่อบาดาลสำหรับประปาหมู่บ้าน
อบต.ดงเย็น จะนำข้อเสนอทั้งหมดไปจัดลำดับความสำคัญและบรรจุไว้ในแผนพัฒนาท้องถิ่น ก่อนเสนอต่อสภา อบต. เพื่อพิจารณาให้ความเห็นชอบต่อไป

## d2304 2023-05-18 09:00 pr br -
T: โครงการท้องถิ่นรักษ์น้ำ ขุดลอกลำห้วยยาง หมู่ที่ 7 และหมู่ที่ 11
องค์การบริหารส่วนตำบลดงเย็น ดำเนินโครงการขุดลอกลำห้วยยาง ช่วงหมู่ที่ 7 บ้านโนนสว่าง ถึงหมู่ที่ 11 บ้านดอนแดง ระยะทางประมาณ 1,200 เมตร เพื่อเพิ่มพื้นที่กักเก็บน้ำก่อนเข้าสู่ฤดูฝน
IMG:
การขุดลอกครั้งนี้ใช้รถขุดของ อบต. ร่วมกับเครื่องจักรที่ได้รับการสนับสนุนจากศูนย์ป้องกันและบรรเทาสาธารณภัยเขต ใช้เวลาดำเนินการ 15 วัน คาดว่าจะแล้วเสร็จภายในต้นเดือนมิถุนายน 2566
เมื่อโครงการแล้วเสร็จ เกษตรกรสองฝั่งลำห้วยจะมีน้ำใช้สำหรับการเพาะปลูกนาปรังและปลูกพืชหลังนาได้เพิ่มขึ้น และช่วยลดปัญหาน้ำท่วมขังในหมู่บ้านช่วงฝนตกหนัก

## d2305 2023-07-29 08:30 act div -
T: พิธีถวายพระพรชัยมงคล เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2566
เมื่อวันศุกร์ที่ 28 กรกฎาคม 2566 องค์การบริหารส่วนตำบลดงเย็น นำโดยนายกองค์การบริหารส่วนตำบล ร่วมพิธีถวายพระพรชัยมงคลพระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในโอกาสวันเฉลิมพระชนมพรรษา ณ ที่ว่าการอำเภอนาคูณใหญ่
IMG: นายกองค์การบริหารส่วนตำบลดงเย็น ลงนามถวายพระพรชัยมงคล
ภายหลังพิธี อบต.ดงเย็น ได้นำจิตอาสาพระราชทานออกทำความสะอาดและตัดหญ้าริมถนนในเขตตำบล ตั้งแต่ทางแยกบ้านดงเย็นถึงบ้านหนองแสง ระยะทางประมาณ 3 กิโลเมตร
ขอขอบคุณพี่น้องประชาชนจิตอาสาทุกท่านที่สละเวลามาร่วมกิจกรรมในครั้งนี้

## d2306 2023-09-01 16:20 notice br -
T: ประกาศงดจ่ายน้ำประปาหมู่บ้านชั่วคราว หมู่ที่ 3 และหมู่ที่ 9
ด้วยกองช่าง องค์การบริหารส่วนตำบลดงเย็น มีความจำเป็นต้องเปลี่ยนท่อเมนประปาที่ชำรุดบริเวณหน้าโรงเรียนบ้านหนองแสง จึงขอประกาศงดจ่ายน้ำประปาหมู่บ้านชั่วคราว ในวันเสาร์ที่ 2 กันยายน 2566 ตั้งแต่เวลา 08.00 น. ถึง 17.00 น.
พื้นที่ที่ได้รับผลกระทบ ได้แก่ หมู่ที่ 3 บ้านหนองแสง และหมู่ที่ 9 บ้านหนองแสงพัฒนา ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า
อบต.ดงเย็น ต้องขออภัยในความไม่สะดวกมา ณ โอกาสนี้ หากมีข้อสงสัยติดต่อกองช่าง โทร. 0 4503 9321 ต่อ 15

## d2307 2023-11-28 10:10 act div c1
T: งานประเพณีลอยกระทง ประจำปี 2566 ประกวดกระทงใบตองและนางนพมาศ
องค์การบริหารส่วนตำบลดงเย็น จัดงานประเพณีลอยกระทง ประจำปี 2566 เมื่อคืนวันที่ 27 พฤศจิกายน 2566 ณ หนองดงเย็น โดยมีนายอำเภอนาคูณใหญ่ให้เกียรติเป็นประธานในพิธีเปิดงาน
GAL: 6
MORE
ไฮไลต์ของงานปีนี้คือการประกวดกระทงใบตองจากทุกหมู่บ้าน และการประกวดนางนพมาศ ซึ่งมีผู้เข้าประกวดทั้งหมด 14 คน ผู้ได้รับตำแหน่งนางนพมาศประจำปี 2566 ได้แก่ นางสาวพิมพ์ชนก แสงทอง จากหมู่ที่ 5
นายกองค์การบริหารส่วนตำบลดงเย็น ขอขอบคุณผู้สนับสนุนรางวัล คณะกรรมการจัดงาน และเจ้าหน้าที่ อปพร. ที่ดูแลความปลอดภัยจนงานเสร็จสิ้นด้วยความเรียบร้อย
"""

SPEC_2024 = """
## d2401 2024-01-13 09:40 act br -
T: งานวันเด็กแห่งชาติ ประจำปี 2567 “เด็กดงเย็น รู้คิด รู้ทัน”
**วันเสาร์ที่ 13 มกราคม 2567** องค์การบริหารส่วนตำบลดงเย็น จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬา อบต.ดงเย็น ภายใต้คำขวัญวันเด็กปีนี้ “มุ่งมั่นศึกษา ก้าวหน้าด้วยคุณธรรม นำชาติด้วยนวัตกรรม”
IMG: เด็ก ๆ ร่วมเล่นเกมและรับของรางวัลที่ซุ้มกิจกรรม
ภายในงานมีซุ้มเกมจากโรงเรียนในตำบล การแสดงบนเวทีของนักเรียน การสาธิตดับเพลิงจากทีม อปพร. และการแนะนำวิธีใช้อินเทอร์เน็ตอย่างปลอดภัยสำหรับเด็ก
ปีนี้มีเด็กและผู้ปกครองมาร่วมงานกว่า 800 คน อบต.ดงเย็น ขอขอบคุณผู้ใจบุญและร้านค้าที่สนับสนุนของขวัญ จักรยาน และทุนการศึกษารวม 40 ทุน

## d2402 2024-02-02 11:00 notice div -
T: ประกาศ อบต.ดงเย็น เรื่อง กำหนดระยะเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567
องค์การบริหารส่วนตำบลดงเย็น ประกาศกำหนดระยะเวลาการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีภาษี 2567 ให้ผู้มีหน้าที่เสียภาษีชำระภาษีภายในวันที่ 30 เมษายน 2567
สำหรับภาษีป้าย ให้เจ้าของป้ายยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567 และชำระภาษีภายใน 15 วันนับแต่วันที่ได้รับแจ้งการประเมิน
ผู้ที่มีหนังสือแจ้งประเมินภาษีแล้วสามารถชำระผ่านแอปพลิเคชันธนาคารโดยสแกนคิวอาร์โค้ดท้ายหนังสือแจ้งประเมินได้ทันที โดยไม่ต้องเดินทางมาที่สำนักงาน
ดูรายละเอียดอัตราภาษีและขั้นตอนการชำระได้ที่หน้า [ภาษีท้องถิ่น](/tax.html) หรือสอบถามกองคลัง โทร. 0 4503 9321 ต่อ 13
FILE: prakas-tax-2567.pdf

## d2403 2024-03-11 14:30 health br -
T: รณรงค์ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า (Rabies) ประจำปี 2567
งานส่งเสริมสุขภาพ อบต.ดงเย็น ร่วมกับปศุสัตว์อำเภอนาคูณใหญ่ ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวในตำบลดงเย็นฟรี ตามโครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า
IMG: เจ้าหน้าที่ปศุสัตว์ฉีดวัคซีนให้สุนัขที่หมู่ที่ 8
ตลอดสัปดาห์ที่ผ่านมา ทีมงานฉีดวัคซีนไปแล้ว 1,147 ตัว พร้อมขึ้นทะเบียนสุนัขและแมวกับ อบต. ไปพร้อมกัน เจ้าของสัตว์ที่ยังไม่ได้พาสัตว์มาฉีดวัคซีนสามารถติดต่อผู้ใหญ่บ้านเพื่อนัดหมายรอบเก็บตก
หากถูกสุนัขหรือแมวกัดหรือข่วน ให้รีบล้างแผลด้วยน้ำสะอาดและสบู่หลาย ๆ ครั้ง ใส่ยาฆ่าเชื้อ แล้วไปพบแพทย์ทันทีเพื่อรับวัคซีนให้ครบตามนัด

## d2404 2024-04-10 16:00 pr div -
T: ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ 2567 “ขับขี่ปลอดภัย ถึงบ้านโดยสวัสดิภาพ”
องค์การบริหารส่วนตำบลดงเย็น ร่วมกับสถานีตำรวจภูธรนาคูณใหญ่และกำนันผู้ใหญ่บ้าน ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ ระหว่างวันที่ 11 - 17 เมษายน 2567 บริเวณสามแยกบ้านดงเย็น
IMG: จุดบริการประชาชนบริเวณสามแยกบ้านดงเย็น
จุดบริการมีน้ำดื่ม กาแฟ และที่นั่งพักสำหรับผู้ขับขี่ที่เดินทางไกล พร้อมเจ้าหน้าที่ อปพร. และรถกู้ภัยประจำจุดตลอด 24 ชั่วโมง
ขอให้ผู้ใช้รถใช้ถนนสวมหมวกนิรภัย คาดเข็มขัดนิรภัย และไม่ดื่มแล้วขับ เพื่อให้ทุกคนได้ฉลองสงกรานต์กับครอบครัวอย่างมีความสุข

## d2405 2024-06-04 06:40 pr br fb
T: อบต.ดงเย็น ผ่านการประเมิน ITA ประจำปี 2567 ระดับ A
องค์การบริหารส่วนตำบลดงเย็น ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 91.47 คะแนน อยู่ในระดับ A
ผลคะแนนดังกล่าวเพิ่มขึ้นจากปีที่ผ่านมา 6.12 คะแนน โดยตัวชี้วัดการเปิดเผยข้อมูลบนเว็บไซต์ได้คะแนนเต็ม ซึ่งเป็นผลจากการปรับปรุงหน้า [ITA ปี 2567](/ita-2567.html) ให้มีข้อมูลครบทุกข้อ
นายกองค์การบริหารส่วนตำบลดงเย็น ขอขอบคุณพนักงานทุกกองและประชาชนที่ร่วมตอบแบบสำรวจ และจะนำข้อเสนอแนะจากการประเมินไปปรับปรุงการให้บริการในปีต่อไป

## d2406 2024-06-15 09:00 act div -
T: ปลูกต้นไม้เพิ่มพื้นที่สีเขียว ร่วมกับโรงเรียนบ้านดงเย็น
เนื่องในวันสิ่งแวดล้อมโลก องค์การบริหารส่วนตำบลดงเย็น ร่วมกับโรงเรียนบ้านดงเย็นและชมรมผู้สูงอายุ จัดกิจกรรมปลูกต้นไม้เพิ่มพื้นที่สีเขียว เมื่อวันเสาร์ที่ 15 มิถุนายน 2567 ณ ที่สาธารณะประโยชน์โคกหนองแสง
MORE
ผู้ร่วมกิจกรรมกว่า 200 คน ช่วยกันปลูกต้นยางนา ต้นพะยูง และต้นมะค่าโมง รวม 500 ต้น ซึ่งได้รับการสนับสนุนกล้าไม้จากสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด
GAL: 6
IMG: นักเรียนโรงเรียนบ้านดงเย็นช่วยกันปลูกต้นยางนา
อบต.ดงเย็น จะดูแลรดน้ำและกำจัดวัชพืชรอบต้นกล้าตลอดฤดูแล้ง และเชิญชวนให้ชาวบ้านช่วยกันดูแลป่าชุมชนเพื่อเป็นแหล่งอาหารและร่มเงาให้ลูกหลาน

## d2407 2024-08-09 13:15 health br -
T: อบรมผู้ดูแลผู้สูงอายุ (Caregiver) รุ่นที่ 2
องค์การบริหารส่วนตำบลดงเย็น จัดอบรมหลักสูตรผู้ดูแลผู้สูงอายุ (Caregiver) รุ่นที่ 2 จำนวน 70 ชั่วโมง ระหว่างวันที่ 22 กรกฎาคม - 9 สิงหาคม 2567 ณ ห้องประชุม อบต.ดงเย็น มีผู้ผ่านการอบรม 25 คน
IMG: ผู้เข้ารับการอบรมฝึกปฏิบัติการพลิกตัวผู้ป่วยติดเตียง
เนื้อหาการอบรมครอบคลุมการดูแลผู้สูงอายุติดบ้านติดเตียง การป้องกันแผลกดทับ อาหารสำหรับผู้ป่วยโรคเรื้อรัง และการปฐมพยาบาลเบื้องต้น โดยวิทยากรจากโรงพยาบาลนาคูณใหญ่
ผู้ผ่านการอบรมจะร่วมทำงานกับ อสม. ในการเยี่ยมบ้านผู้สูงอายุที่มีภาวะพึ่งพิงในตำบลดงเย็นซึ่งมีอยู่ 63 ราย ภายใต้การสนับสนุนของกองทุนการดูแลระยะยาว

## d2408 2024-10-01 10:00 pr div -
T: ประชุมสภา อบต.ดงเย็น สมัยสามัญ สมัยที่ 4/2567
วันอังคารที่ 1 ตุลาคม 2567 เวลา 09.30 น. สภาองค์การบริหารส่วนตำบลดงเย็น ประชุมสมัยสามัญ สมัยที่ 4 ประจำปี 2567 ณ ห้องประชุมสภา อบต.ดงเย็น
ที่ประชุมพิจารณาเรื่องสำคัญ ได้แก่ การโอนงบประมาณรายจ่ายเพื่อซ่อมแซมถนนที่ได้รับความเสียหายจากฝนตกหนัก และการกำหนดสมัยประชุมสามัญประจำปี 2568
นอกจากนี้ คณะผู้บริหารได้รายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่นรอบปีงบประมาณ 2567 ให้สภาทราบ ประชาชนที่สนใจสามารถขอดูบันทึกการประชุมได้ที่สำนักปลัด

## d2409 2024-11-16 09:20 act br -
T: สืบสานประเพณีลอยกระทง ประจำปี 2567
คืนวันศุกร์ที่ 15 พฤศจิกายน 2567 องค์การบริหารส่วนตำบลดงเย็นจัดงานประเพณีลอยกระทง ณ หนองดงเย็น ปีนี้เพิ่มกิจกรรมตลาดนัดสินค้าชุมชนและการประกวดกระทงจากวัสดุธรรมชาติสำหรับนักเรียน
GAL: 6
MORE
ตลาดนัดสินค้าชุมชนมีร้านค้าจากกลุ่มอาชีพในตำบลมาร่วมจำหน่ายกว่า 40 ร้าน ทั้งผ้าทอมือ ข้าวฮางงอก และขนมพื้นบ้าน สร้างรายได้ให้ชุมชนตลอดคืน
อบต.ดงเย็น จะเก็บกระทงและทำความสะอาดหนองดงเย็นในเช้าวันรุ่งขึ้น โดยได้รับความร่วมมือจากจิตอาสาและนักเรียนในตำบล
"""

SPEC = SPEC_2022 + SPEC_2023 + SPEC_2024

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD = re.compile(r"^\*\*([^*]+)\*\*")


def _parse(spec: str) -> tuple[Post, ...]:
    posts = []
    for chunk in spec.strip().split("## ")[1:]:
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        key, day, hm, cats, style, flags = lines[0].split()
        title = ""
        blocks: list[tuple[str, str]] = []
        for line in lines[1:]:
            if line.startswith("T:") and not title:
                title = line[2:].strip()
            elif line.startswith("IMG:"):
                blocks.append(("img", line[4:].strip()))
            elif line.startswith("GAL:"):
                blocks.append(("gal", line[4:].strip()))
            elif line.startswith("FILE:"):
                blocks.append(("file", line[5:].strip()))
            elif line == "MORE":
                blocks.append(("more", ""))
            else:
                blocks.append(("p", line))
        posts.append(
            Post(
                key=key,
                day=day,
                hm=hm,
                cats=tuple(cats.split(",")),
                style=style,
                flags=() if flags == "-" else tuple(flags.split(",")),
                title=title,
                blocks=tuple(blocks),
            )
        )
    posts.sort(key=lambda p: p.dt)
    # Weebly gives a post its slug when it is first published; a taken slug gets -2, -3 ...
    taken: set[str] = set()
    out = []
    for p in posts:
        base = weebly_slug(p.title)
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        out.append(replace(p, slug=slug))
    return tuple(out)


POSTS = _parse(SPEC)
BY_KEY = {p.key: p for p in POSTS}
NEWEST = sorted(POSTS, key=lambda p: p.dt, reverse=True)
FBCLID = "IwAR1dG7hYk3xQm0TzP4wLs9aVb2cR8nJf5uKe6oHq1iZ3yWt0vXsDgBc"


def plain(text: str) -> str:
    return " ".join(BOLD.sub(r"\1", LINK.sub(r"\1", text)).split())


def gold_paragraphs(p: Post) -> tuple[str, ...]:
    return tuple(plain(text) for kind, text in p.blocks if kind == "p")


def captions(p: Post) -> tuple[str, ...]:
    return tuple(text for kind, text in p.blocks if kind == "img" and text)


def months_with_posts() -> list[tuple[int, int]]:
    """(year, month) of every month the blog has posts in, newest first."""
    seen: list[tuple[int, int]] = []
    for p in NEWEST:
        ym = (p.d.year, p.d.month)
        if ym not in seen:
            seen.append(ym)
    return seen


NAV = (
    ("หน้าแรก", "/", ()),
    (
        "เกี่ยวกับ อบต.",
        "/about.html",
        (
            ("ประวัติความเป็นมา", "/history.html"),
            ("วิสัยทัศน์และพันธกิจ", "/vision.html"),
            ("โครงสร้างและบุคลากร", "/personnel.html"),
        ),
    ),
    ("ข่าวประชาสัมพันธ์", "/news.html", ()),
    ("ภาพกิจกรรม", "/gallery.html", ()),
    ("ITA", "/ita.html", (("ITA ปี 2566", "/ita-2566.html"), ("ITA ปี 2567", "/ita-2567.html"))),
    ("ภาษีท้องถิ่น", "/tax.html", ()),
    ("ปฏิทินกิจกรรม", "/calendar.html", ()),
    ("ดาวน์โหลด", "/download.html", ()),
    ("ติดต่อเรา", "/contact.html", ()),
)
LOGO = f"{USER}/published/logo-dongyen.jpg"
BANNER = f"{USER}/published/banner-dongyen-2565.jpg"
SPACER = '<div style="height: 20px; overflow: hidden; width: 100%;"></div>'


class _Weebly:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.base = site.base_url
        self.host = urlsplit(site.base_url).netloc
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.base + href(path)

    def proto(self, path: str) -> str:
        """Weebly writes links to blog posts protocol-relative: //host/news/slug."""
        return f"//{self.host}{href(path)}"

    # -- responses ------------------------------------------------------------------------------------
    @staticmethod
    def html(text: str, status: int = 200) -> Response:
        return Response(
            status,
            (
                ("Content-Type", "text/html; charset=utf-8"),
                ("X-Host", "grn142.sf2p.intern.weebly.net"),
                ("X-UA-Compatible", "IE=edge,chrome=1"),
                ("Cache-Control", "private"),
                ("Vary", "Accept-Encoding"),
            ),
            text.encode("utf-8"),
        )

    def add_page(self, path: str, text: str) -> None:
        self.site.add(path, self.html(text))
        self.non_articles.append(self.u(path))

    def photo(self, name: str, stamp: str, width: int = 800, height: int = 533) -> str:
        """A photo under Weebly's upload folder; the src carries Weebly's ?<timestamp> cache-buster."""
        path = f"{USER}/{name}"
        add_jpeg(self.site, path, width, height, datetime.fromtimestamp(int(stamp), tz=BANGKOK))
        return f"{href(path)}?{stamp}"

    # -- page frame -----------------------------------------------------------------------------------
    def nav(self, current: str) -> str:
        rows = []
        for label, path, subs in NAV:
            li_id = (
                ' id="active"'
                if path == current or any(p == current for _, p in subs)
                else f' id="pg{_num("nav:" + path, 18)}"'
            )
            sub = ""
            if subs:
                items = "".join(
                    f'<li id="wsite-nav-{_num("nav:" + p, 18)}"><a href="{p}"><span class="wsite-menu-title">{esc(lab)}</span></a></li>'
                    for lab, p in subs
                )
                sub = f'<div class="wsite-menu-wrap" style="display:none"><ul class="wsite-menu">{items}</ul></div>'
            rows.append(
                f'<li{li_id} class="wsite-menu-item-wrap"><a href="{path}" class="wsite-menu-item">{esc(label)}</a>{sub}</li>'
            )
        return '<ul class="wsite-menu-default">\n' + "\n".join(rows) + "\n</ul>"

    def head(self, title: str, path: str, description: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<title>{esc(title)}</title>
<meta property="og:site_name" content="{attr(SHORT)}" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:description" content="{attr(description)}" />
<meta property="og:image" content="{self.base}{BANNER}" />
<meta property="og:url" content="{self.base}{href(path)}" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime={BUILD}" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?{BUILD}" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/social-icons.css?buildtime={BUILD}" media="screen,projection" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1718431122" title="wsite-theme-css" />
<link href='//fonts.googleapis.com/css?family=Sarabun:400,300,700&subset=thai,latin' rel='stylesheet' type='text/css' />
<style type='text/css'>.wsite-elements.wsite-not-footer:not(.wsite-header-elements) div.paragraph, .wsite-elements.wsite-not-footer:not(.wsite-header-elements) p, .blog-sidebar div.paragraph, .blog-sidebar p {{font-family:"Sarabun" !important;}}
#wsite-content h2, .blog-sidebar h2 {{font-family:"Sarabun" !important;font-weight:700 !important;color:#2e6b3a !important;}}</style>
<script>var STATIC_BASE = '//cdn1.editmysite.com/';var ASSETS_BASE = '//cdn2.editmysite.com/';var STYLE_PREFIX = 'wsite';</script>
<script src='https://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js'></script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/th/stl.js?buildTime={BUILD}&"></script>
<script src="//cdn2.editmysite.com/js/site/main.js?buildTime={BUILD}"></script><script type="text/javascript">_W = _W || {{}};_W.customerLocale = "th_TH";_W.storeName = null;_W.storeCountry = "TH";_W.storeCurrency = "THB";com_currentSite = "142745318";com_userID = "142745318";</script>
<script type="text/javascript">_W.siteId = "142745318";_W.pageId = "{_num("page:" + path, 18)}";</script>
{extra}</head>
"""

    def frame(
        self, title: str, path: str, description: str, body_class: str, content: str, current: str, extra_head: str = ""
    ) -> str:
        return (
            self.head(title, path, description, extra_head)
            + f"""<body class="{body_class} wsite-theme-light">
<div class="wrapper">
<div id="header-wrap"><div class="container">
<div id="logo"><span class="wsite-logo"><a href="/"><img src="{href(LOGO)}?1645001234" alt="{attr(SITE)}" /></a></span></div>
<div id="nav">{self.nav(current)}</div>
<div id="search"><form id="wsite-header-search-form" action="/apps/search" method="get"><input type="text" name="q" class="wsite-search-input" placeholder="ค้นหา..." /><button type="submit" class="wsite-search-button">ค้นหา</button></form></div>
</div></div>
<div id="main-wrap"><div class="container">
<div id="wsite-content" class="wsite-elements wsite-not-footer">
{content}
</div>
</div></div>
<div id="footer-wrap"><div class="container">
<div class="wsite-elements wsite-footer">
<div class="paragraph" style="text-align:center;"><strong>{esc(SITE)}</strong><br />{esc(ADDRESS)}<br />โทรศัพท์/โทรสาร {PHONE} &nbsp;อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></div>
<div style="text-align:center;"><span class="wsite-social wsite-social-default"><a class="first-child last-child wsite-social-item wsite-social-facebook" href="{FB}" target="_blank" aria-label="Facebook"><span class="wsite-social-item-inner"></span></a></span></div>
</div>
</div></div>
</div>
<div id="weebly-footer-signup-container-v3"><a href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" target="_blank" rel="nofollow">สร้างโดย Weebly</a></div>
<script type="text/javascript" src="/files/theme/custom.js?1718431122"></script>
</body>
</html>
"""
        )

    # -- blog elements --------------------------------------------------------------------------------
    def target(self, spec: str) -> str:
        if spec.startswith("@"):
            key, _, mode = spec[1:].partition("|")
            url = self.u(BY_KEY[key].path)
            return url + f"?fbclid={FBCLID}" if mode == "fb" else url
        return spec if spec.startswith("http") else href(spec)

    def inline(self, text: str) -> str:
        out = esc(text)
        out = BOLD.sub(r"<strong>\1</strong>", out)
        return LINK.sub(lambda m: f'<a href="{attr(self.target(m.group(2)))}">{m.group(1)}</a>', out)

    def stamp(self, p: Post, n: int) -> str:
        return str(int(p.dt.timestamp()) + 60 * n + int(_h(f"st:{p.key}", 2), 16))

    def image(self, p: Post, n: int, caption: str) -> str:
        src = self.photo(f"published/{p.slug.strip('-') or 'post'}-{n}.jpg", self.stamp(p, n))
        cap = f'<div style="display:block;font-size:90%">{esc(caption)}</div>' if caption else ""
        return (
            '<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">'
            f'<a><img src="{src}" alt="รูปภาพ" style="width:auto;max-width:100%" /></a>{cap}</div></div>'
        )

    def gallery(self, p: Post, count: int) -> str:
        gid = _num(f"gal:{p.key}", 18)
        cells = []
        for i in range(count):
            name = _num(f"galimg:{p.key}:{i}", 7)
            stamp = self.stamp(p, 10 + i)
            big = self.photo(f"{name}_orig.jpg", stamp, 1600, 1066)
            small = self.photo(f"{name}.jpg", stamp, 800, 533)
            cells.append(
                f'<div id="{gid}-imageContainer{i}" style="float:left;width:33.28%;margin:0;"><div id="{gid}-insideImageContainer{i}" style="position:relative;margin:5px;">'
                f'<div style="width:100%;padding:66.67% 0 0 0;position:relative;"><a href="{big}" rel="lightbox[gallery{gid}]" onclick="if (!lightboxLoaded) return false">'
                f'<img src="{small}" class="galleryImage" _width="800" _height="533" style="position:absolute;border:0;width:100%;top:0%;left:0%" /></a></div></div></div>'
            )
        return (
            f'<div>{SPACER}<div id="{gid}-gallery" class="imageGallery" style="line-height:0px;padding:0;margin:0">'
            + "".join(cells)
            + f'<span style="display: block; clear: both; height: 0px; overflow: hidden;"></span></div>{SPACER}</div>'
        )

    def file_element(self, p: Post, spec: str) -> str:
        name = spec.strip()
        path = f"{USER}/{name}"
        add_pdf(self.site, path, name, ["Dong Yen Subdistrict Administrative Organization", name], p.dt)
        return (
            f'<div><div class="wsite-file"><div class="wsite-file-inner"><div class="wsite-file-icon pdf"></div>'
            f'<div class="wsite-file-meta"><a class="wsite-file-link" href="{href(path)}"><span class="wsite-file-title">{esc(name)}</span></a>'
            f'<div class="wsite-file-details">ดาวน์โหลดไฟล์</div></div></div></div></div>'
        )

    def body(self, p: Post, upto_more: bool) -> tuple[str, bool]:
        """The blog-content HTML of a post and whether it was cut at the read-more break."""
        out: list[str] = []
        buf: list[str] = []

        def flush() -> None:
            if buf:
                out.append('<div class="paragraph" style="text-align:justify;">' + "<br /><br />".join(buf) + "</div>")
                buf.clear()

        n = 0
        for kind, text in p.blocks:
            if kind == "more":
                if upto_more:
                    flush()
                    return "\n".join(out), True
                continue
            if kind == "p":
                if p.style == "br":
                    buf.append("&nbsp; &nbsp; &nbsp;" + self.inline(text))
                else:
                    out.append(f'<div class="paragraph">{self.inline(text)}</div>')
                continue
            flush()
            n += 1
            if kind == "img":
                out.append(self.image(p, n, text))
            elif kind == "gal":
                out.append(self.gallery(p, int(text)))
            elif kind == "file":
                out.append(self.file_element(p, text))
        flush()
        return "\n".join(out), False

    def comment_label(self, p: Post) -> str:
        return f"{p.comments} ความคิดเห็น"

    def social(self, p: Post) -> str:
        url = self.base + href(p.path)
        return (
            '<div class="blog-social "><div class="blog-social-items">'
            f'<div style="margin-bottom:-10px" class="blog-social-item blog-fb-like"><iframe src="//www.facebook.com/plugins/like.php?href={quote(url, safe="")}&amp;send=false&amp;layout=button_count&amp;locale=th_TH&amp;width=90&amp;show_faces=false&amp;action=like&amp;colorscheme=light&amp;height=21" scrolling="no" frameborder="0" allowTransparency="true" style="border:none; overflow:hidden; width:90px; height:21px;"></iframe></div>'
            f'<div class="blog-social-item blog-twitter"><a href="https://twitter.com/share" class="twitter-share-button" data-url="{attr(url)}" data-text="{attr(p.title)}">Tweet</a></div>'
            "</div></div>"
        )

    def post_html(self, p: Post, listing: bool) -> str:
        url = self.proto(p.path)
        content, cut = self.body(p, upto_more=listing)
        more = f'<div class="blog-read-more"><a class="blog-link" href="{url}">อ่านเพิ่มเติม</a></div>' if cut else ""
        return f"""<div id="blog-post-{p.pid}" class="blog-post">
<div class="blog-header">
<h2 class="blog-title"><a class="blog-title-link blog-link" href="{url}">{esc(p.title)}</a></h2>
<p class="blog-date"><span class="date-text">{us_date(p.d)}</span></p>
<p class="blog-comments"><a class="blog-link" href="{url}#comments">{self.comment_label(p)}</a></p>
</div>
<div class="blog-separator">&nbsp;</div>
<div class="blog-content">
{content}
</div>
{more}{self.social(p)}
<div class="blog-comments-bottom"><a class="blog-link" href="{url}#comments">{self.comment_label(p)}</a></div>
<div class="blog-post-separator"></div>
</div>
"""

    def comment_area(self, p: Post) -> str:
        rows = []
        for i, (name, when, text) in enumerate(COMMENTS.get(p.key, ())):
            cid = _num(f"comment:{p.key}:{i}", 10)
            rows.append(
                f'<div class="blogCommentWrap" id="comment-{cid}"><div class="blogCommentHeading"><div class="blogCommentAuthor"><span class="name">{esc(name)}</span></div>'
                f'<div class="blogCommentDate">{esc(when)}</div></div><div class="blogCommentText"><p>{esc(text)}</p></div>'
                f'<div class="blogCommentReplyWrapper"><a class="blog-link" href="javascript:;" onclick="_W.Blog.replyComment(\'{cid}\')">ตอบกลับ</a></div></div>'
            )
        return f"""<a name="comments"></a>
<div id="commentArea"><div class="blog-comment-area">{"".join(rows)}</div></div>
<div class="blog-comment-form"><h2 class="blog-comment-form-title">แสดงความคิดเห็น</h2>
<form id="commentForm" method="post" action="/ajax/apps/postComment.php"><input type="hidden" name="blogid" value="{_num("blog", 18)}" /><input type="hidden" name="postid" value="{p.pid}" />
<div class="blogCommentField"><label>ชื่อ (จำเป็น)</label><input type="text" name="name" /></div>
<div class="blogCommentField"><label>อีเมล (จะไม่เผยแพร่)</label><input type="text" name="email" /></div>
<div class="blogCommentField"><label>เว็บไซต์</label><input type="text" name="website" /></div>
<div class="blogCommentField"><label>ความคิดเห็น</label><textarea name="comment"></textarea></div>
<input type="checkbox" name="notify" value="1" /> แจ้งเตือนเมื่อมีความคิดเห็นใหม่ <input type="submit" value="ส่ง" />
</form></div>
"""

    def sidebar(self) -> str:
        months = "".join(
            f'<a href="{BLOG}/archives/{m:02d}-{y}">{month_label(y, m)}</a><br />' for y, m in months_with_posts()
        )
        cats = '<li><a href="/news/category/all">ทั้งหมด</a></li>' + "".join(
            f'<li><a href="{href(cat_path(key))}">{esc(name)}</a></li>' for key, name in CATEGORIES
        )
        return f"""<div class="blog-sidebar"><div class="column-blog">
<h2 class="wsite-content-title" style="text-align:left;">ผู้เขียน</h2>
<div class="paragraph" style="text-align:left;">งานประชาสัมพันธ์ สำนักปลัด {esc(SITE)}</div>
{SPACER}
<h2 class="blog-sidebar-title"><span class="blog-archives-title">คลังเก็บ</span></h2>
<div class="blog-archive-list">{months}</div>
{SPACER}
<h2 class="blog-sidebar-title"><span class="blog-categories-title">หมวดหมู่</span></h2>
<div class="blog-category-list"><ul>{cats}</ul></div>
<div class="blog-feed-link"><a href="/1/feed" target="_blank" class="blog-rss-link">ฟีด RSS</a></div>
</div></div>
"""

    def blog_page(self, title: str, path: str, body_class: str, main: str, description: str) -> str:
        content = f"""<div class="blog-body">
<div id="blogTable" class="blog-table">
<div class="blog-main">
{main}
</div>
{self.sidebar()}
</div>
</div>"""
        feed = f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{self.base}/news/feed" />\n'
        return self.frame(title, path, description, body_class, content, "/news.html", feed)

    @staticmethod
    def nav_links(prev_href: str | None, next_href: str | None) -> str:
        out = ""
        if prev_href:
            out += f'<div class="blog-page-nav-previous"><a href="{prev_href}" class="blog-link">&lt;&lt;ก่อนหน้า</a></div>\n'
        if next_href:
            out += f'<div class="blog-page-nav-next"><a href="{next_href}" class="blog-link">ถัดไป&gt;&gt;</a></div>\n'
        return out

    def post_page(self, p: Post) -> str:
        main = self.post_html(p, listing=False) + self.comment_area(p)
        desc = plain(gold_paragraphs(p)[0])[:150]
        return self.blog_page(
            f"{p.title} - {SHORT}", p.path, "no-header-page wsite-page-news wsite-blog-post", main, desc
        )

    # -- listings -------------------------------------------------------------------------------------
    @staticmethod
    def page_path(n: int) -> str:
        return "/news.html" if n == 1 else f"{BLOG}/previous/{n}"

    def theme_pager(self, n: int) -> str:
        """The numbered pager the theme's designer added under Weebly's own links: it knows only the page
        number in the URL, never the total, so it always offers two pages ahead and a next arrow."""
        nums = []
        for k in range(max(1, n - 2), n + 3):
            nums.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{self.page_path(k)}">{k}</a>')
        back = f'<a href="{self.page_path(n - 1)}">&laquo;</a> ' if n > 1 else ""
        return f'<div class="blog-pager-theme">หน้า {back}{" ".join(nums)} <a href="{self.page_path(n + 1)}">&raquo;</a></div>\n'

    def blog_listing(self, n: int) -> str:
        total = -(-len(NEWEST) // PER_PAGE)
        posts = NEWEST[(n - 1) * PER_PAGE : n * PER_PAGE]
        prev_href = f"{BLOG}/previous/{n + 1}" if n < total else None
        next_href = f"{BLOG}/next/{n - 1}" if n > 1 else None
        main = "".join(self.post_html(p, listing=True) for p in posts)
        if not posts:
            main = '<div class="blog-empty"></div>'
        main += self.nav_links(prev_href, next_href) + self.theme_pager(n)
        title = f"ข่าวประชาสัมพันธ์ - {SHORT}"
        return self.blog_page(
            title,
            self.page_path(n),
            "no-header-page wsite-page-news wsite-blog-index",
            main,
            "ข่าวประชาสัมพันธ์และกิจกรรมของ " + SITE,
        )

    def category_listing(self, key: str, n: int) -> str:
        posts = NEWEST if key == "all" else [p for p in NEWEST if key in p.cats]
        total = max(1, -(-len(posts) // PER_PAGE))
        page = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
        prev_href = href(cat_path(key, n + 1)) if n < total else None
        next_href = href(cat_path(key, n - 1)) if n > 1 else None
        main = "".join(self.post_html(p, listing=True) for p in page) + self.nav_links(prev_href, next_href)
        name = "ทั้งหมด" if key == "all" else CAT_NAME[key]
        return self.blog_page(
            f"{name} - ข่าวประชาสัมพันธ์ - {SHORT}",
            cat_path(key, n),
            "no-header-page wsite-page-news wsite-blog-category",
            main,
            name,
        )

    def archive_listing(self, year: int, month: int) -> str:
        posts = [p for p in NEWEST if (p.d.year, p.d.month) == (year, month)]
        py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
        ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
        # The theme's archive header (the designer's addition): the month and links to its neighbours.
        header = (
            f'<div class="blog-archive-nav"><a href="{BLOG}/archives/{pm:02d}-{py}">&lsaquo; เดือนก่อนหน้า</a>'
            f' <span class="blog-archive-current">คลังเก็บ {month_label(year, month)}</span>'
            f' <a href="{BLOG}/archives/{nm:02d}-{ny}">เดือนถัดไป &rsaquo;</a></div>\n'
        )
        main = header + "".join(self.post_html(p, listing=True) for p in posts)
        path = f"{BLOG}/archives/{month:02d}-{year}"
        return self.blog_page(
            f"คลังเก็บ {month_label(year, month)} - {SHORT}",
            path,
            "no-header-page wsite-page-news wsite-blog-archive",
            main,
            month_label(year, month),
        )

    # -- feed, sitemap, robots ------------------------------------------------------------------------
    def feed(self) -> Response:
        items = []
        for p in NEWEST[:FEED_LIMIT]:
            url = self.base + href(p.path)
            content, _ = self.body(p, upto_more=False)
            cats = "".join(f"<category><![CDATA[{CAT_NAME[c]}]]></category>" for c in p.cats)
            items.append(
                f"<item><title><![CDATA[{p.title}]]></title><link><![CDATA[{url}]]></link><comments><![CDATA[{url}#comments]]></comments>"
                f'<pubDate>{http_date(p.dt)}</pubDate>{cats}<guid isPermaLink="false">{url}</guid>'
                f"<description><![CDATA[{content}]]></description></item>"
            )
        text = (
            '<?xml version="1.0"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:wfw="http://wellformedweb.org/CommentAPI/">'
            f"<channel><title><![CDATA[{SHORT} - ข่าวประชาสัมพันธ์]]></title><link><![CDATA[{self.base}/news]]></link>"
            f"<description><![CDATA[ข่าวประชาสัมพันธ์]]></description><pubDate>{http_date(NEWEST[0].dt)}</pubDate><generator>Weebly</generator>"
            + "".join(items)
            + "</channel></rss>\n"
        )
        return Response(
            200,
            (("Content-Type", "application/rss+xml; charset=utf-8"), ("X-Host", "grn142.sf2p.intern.weebly.net")),
            text.encode("utf-8"),
        )

    def sitemap(self, pages: list[tuple[str, str]]) -> Response:
        rows = "".join(f"<url><loc>{self.base}{href(path)}</loc><lastmod>{mod}</lastmod></url>" for path, mod in pages)
        text = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>\n'
        return Response(200, (("Content-Type", "application/xml; charset=utf-8"),), text.encode("utf-8"))

    # -- registration -----------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        total = -(-len(NEWEST) // PER_PAGE)
        for n in range(1, total + 1):
            page = self.blog_listing(n)
            self.add_page(self.page_path(n), page)
            if n < total:
                self.add_page(f"{BLOG}/next/{n}", page)  # the newer-page link of page n+1: the same page
        for key in ["all"] + [k for k, _ in CATEGORIES]:
            posts = NEWEST if key == "all" else [p for p in NEWEST if key in p.cats]
            for n in range(1, max(1, -(-len(posts) // PER_PAGE)) + 1):
                self.add_page(cat_path(key, n), self.category_listing(key, n))
        for y, m in months_with_posts():
            self.add_page(f"{BLOG}/archives/{m:02d}-{y}", self.archive_listing(y, m))
        for p in POSTS:
            site.add(p.path, self.html(self.post_page(p)))
            aliases = (self.u(p.path) + f"?fbclid={FBCLID}",) if "fb" in p.flags else ()
            site.articles.append(
                FixtureArticle(
                    url=self.u(p.path),
                    aliases=aliases,
                    title=p.title,
                    paragraphs=gold_paragraphs(p),
                    published=p.day,
                    author=None,
                    captions=captions(p),
                )
            )
        feed = self.feed()
        site.add("/1/feed", feed)
        site.add(f"{BLOG}/feed", feed)
        self.static_pages()
        site.add("/sitemap.xml", self.sitemap(self.sitemap_pages))
        robots = f"Sitemap: {self.base}/sitemap.xml\n\nUser-agent: NerdyBot\nDisallow: /\n\nUser-agent: *\nDisallow: /ajax/\nDisallow: /apps/\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain; charset=utf-8"),), robots.encode()))
        site.disallowed_paths = ["/ajax/", "/apps/"]
        site.not_found = self.html(self.not_found_page(), status=404)
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_ARCHIVE, TRAP_PAGER]
        site.dynamic = self.dynamic

    def not_found_page(self) -> str:
        content = (
            '<h2 class="wsite-content-title" style="text-align:center;">ไม่พบหน้าที่คุณต้องการ</h2>'
            '<div class="paragraph" style="text-align:center;">หน้านี้อาจถูกย้ายหรือลบไปแล้ว กรุณากลับไปที่ <a href="/">หน้าแรก</a></div>'
        )
        return self.frame(f"ไม่พบหน้า - {SHORT}", "/404.html", SITE, "no-header-page", content, "")

    # -- pages ------------------------------------------------------------------------------------------
    def pdf(self, name: str, modified: date) -> str:
        path = f"{USER}/{name}"
        add_pdf(
            self.site,
            path,
            name,
            ["Dong Yen Subdistrict Administrative Organization", name],
            datetime(modified.year, modified.month, modified.day, 10, 0, tzinfo=BANGKOK),
        )
        return href(path)

    def files(self, rows: list[tuple[str, date]]) -> str:
        return "\n".join(
            f'<div><div class="wsite-file"><div class="wsite-file-inner"><div class="wsite-file-icon pdf"></div><div class="wsite-file-meta">'
            f'<a class="wsite-file-link" href="{self.pdf(name, mod)}"><span class="wsite-file-title">{esc(name)}</span></a>'
            f'<div class="wsite-file-details">ดาวน์โหลดไฟล์</div></div></div></div></div>'
            for name, mod in rows
        )

    @staticmethod
    def title_el(text: str, align: str = "left") -> str:
        return f'<h2 class="wsite-content-title" style="text-align:{align};">{esc(text)}</h2>'

    @staticmethod
    def para(*lines: str) -> str:
        return '<div class="paragraph" style="text-align:left;">' + "<br />".join(lines) + "</div>"

    def multicol(self, *cols: tuple[int, str]) -> str:
        tds = "".join(
            f'<td class="wsite-multicol-col" style="width:{w}%; padding:0 15px;">{html}</td>' for w, html in cols
        )
        return f'<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;"><table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody"><tr class="wsite-multicol-tr">{tds}</tr></tbody></table></div></div></div>'

    def page(self, path: str, title: str, content: str, current: str, lastmod: str) -> None:
        slug = path.strip("/").removesuffix(".html") or "index"
        text = self.frame(
            f"{title} - {SHORT}", path, f"{title} {SITE}", f"no-header-page wsite-page-{slug}", content, current
        )
        self.add_page(path, text)
        self.sitemap_pages.append((path, lastmod))

    def home(self) -> str:
        # The "ข่าวล่าสุด" list is typed by hand in a paragraph element; it was last updated in March 2024.
        latest = [BY_KEY[k] for k in ("d2403", "d2402", "d2401", "d2307")]
        items = "".join(
            f'<li><a href="{self.u(p.path)}">{esc(p.title)}</a> <span style="color:#888">({p.d.day}/{p.d.month}/{p.d.year + 543})</span>'
            + (' <img src="/files/theme/images/new.gif" alt="ใหม่" />' if i == 0 else "")
            + "</li>"
            for i, p in enumerate(latest)
        )
        mayor = self.photo("published/mayor-prasert.jpg", "1645001500", 300, 400)
        left = (
            self.title_el("ข่าวประชาสัมพันธ์ล่าสุด")
            + f'<div class="paragraph"><ul>{items}</ul></div>'
            + '<div style="text-align:left;"><div style="height: 10px; overflow: hidden;"></div><a class="wsite-button wsite-button-small wsite-button-highlight" href="/news.html"><span class="wsite-button-inner">ดูข่าวทั้งหมด</span></a></div>'
            + SPACER
            + self.title_el("วิดีทัศน์แนะนำตำบลดงเย็น")
            + '<div class="wsite-youtube"><div class="wsite-youtube-wrapper wsite-youtube-size-auto wsite-youtube-align-center"><div class="wsite-youtube-container"><iframe src="//www.youtube.com/embed/q3Xw7dYpL2s?wmode=opaque" frameborder="0" allowfullscreen></iframe></div></div></div>'
        )
        right = (
            f'<div><div class="wsite-image wsite-image-border-none " style="padding-top:0;padding-bottom:10px;text-align:center"><a><img src="{mayor}" alt="รูปภาพ" style="width:auto;max-width:100%" /></a>'
            f'<div style="display:block;font-size:90%">{esc(MAYOR)}<br />นายกองค์การบริหารส่วนตำบลดงเย็น</div></div></div>'
            + self.para("“ดงเย็นน่าอยู่ เกษตรก้าวหน้า ชุมชนเข้มแข็ง”")
            + SPACER
            + self.title_el("บริการประชาชน")
            + '<div class="paragraph"><ul>'
            '<li><a href="/ita.html">ศูนย์ข้อมูลข่าวสาร / ITA</a></li>'
            '<li><a href="/tax.html">ภาษีท้องถิ่น</a></li>'
            '<li><a href="/download.html">ดาวน์โหลดแบบฟอร์ม</a></li>'
            '<li><a href="https://forms.gle/Vx3pDongYen2567" target="_blank">ร้องเรียน/ร้องทุกข์ออนไลน์ (e-Service)</a></li>'
            '<li><a href="https://line.me/R/ti/p/@dongyen" target="_blank">LINE Official อบต.ดงเย็น</a></li>'
            '<li><a href="https://www.dla.go.th" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>'
            "</ul></div>"
            + f'<div class="wsite-embed"><iframe src="https://www.facebook.com/plugins/page.php?href={quote(FB, safe="")}&amp;tabs=timeline&amp;width=300&amp;height=400" width="300" height="400" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe></div>'
            + '<div style="text-align:center;"><a href="https://www.freecounterstat.com" title="visitor counter"><img src="https://counter6.stat.ovh/private/freecounterstat.php?c=4x8mzq2dongyen" border="0" alt="visitor counter" /></a></div>'
        )
        banner = self.photo("published/banner-dongyen-2565.jpg", "1645001234", 1600, 500)
        return (
            f'<div class="wsite-section-wrap"><div class="wsite-section wsite-header-section" style="background-image:url({banner});">'
            f'<div class="wsite-section-content"><div class="container"><div class="wsite-section-elements">'
            f"{self.title_el('ยินดีต้อนรับสู่เว็บไซต์ ' + SITE, 'center')}"
            f'<div class="paragraph" style="text-align:center;">{esc(ADDRESS)}</div></div></div></div></div></div>\n'
            + self.multicol((62, left), (38, right))
        )

    def static_pages(self) -> None:
        self.sitemap_pages: list[tuple[str, str]] = []
        site = self.site
        self.photo("published/logo-dongyen.jpg", "1645001234", 400, 120)
        add_text(
            site,
            "/files/main_style.css",
            "/* Weebly theme: Impact (edited) */\nbody{font-family:Sarabun,sans-serif}\n.blog-pager-theme a{padding:0 4px}\n",
            "text/css",
        )
        add_text(
            site,
            "/files/theme/custom.js",
            "jQuery(function($){$('.wsite-menu-item-wrap').hover(function(){$(this).find('.wsite-menu-wrap').toggle()})});\n",
            "application/javascript",
        )
        add_gif(site, "/files/theme/images/new.gif", datetime(2022, 2, 16, tzinfo=BANGKOK))
        text = self.frame(SITE, "/", f"เว็บไซต์{SITE} {ADDRESS}", "header-page wsite-page-index", self.home(), "/")
        self.add_page("/", text)
        self.add_page("/index.html", text)  # Weebly serves the home page under both names
        self.sitemap_pages.append(("/", "2024-03-12"))
        self.sitemap_pages.append(("/news.html", NEWEST[0].day))

        villages = (
            "บ้านดงเย็น",
            "บ้านดงเย็นใต้",
            "บ้านหนองแสง",
            "บ้านนาคำ",
            "บ้านโคกกลาง",
            "บ้านห้วยยาง",
            "บ้านโนนสว่าง",
            "บ้านหนองบัว",
            "บ้านหนองแสงพัฒนา",
            "บ้านโนนทอง",
            "บ้านดอนแดง",
            "บ้านดงเย็นพัฒนา",
        )
        rows = "".join(f"<tr><td>หมู่ที่ {i}</td><td>{v}</td></tr>" for i, v in enumerate(villages, 1))
        about = (
            self.title_el("ข้อมูลทั่วไป")
            + self.para(
                f"{SITE} ตั้งอยู่ทางทิศตะวันออกของอำเภอนาคูณใหญ่ ห่างจากที่ว่าการอำเภอประมาณ 14 กิโลเมตร มีพื้นที่ทั้งหมดประมาณ 48.6 ตารางกิโลเมตร หรือประมาณ 30,375 ไร่"
            )
            + self.para(
                "ประชากรทั้งสิ้น 7,412 คน จำนวนครัวเรือน 2,236 ครัวเรือน (ข้อมูลจากสำนักทะเบียนอำเภอ ณ เดือนกันยายน 2566) ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ปลูกมันสำปะหลัง และเลี้ยงโคเนื้อ"
            )
            + self.title_el("หมู่บ้านในเขตตำบล")
            + f'<div><table class="wsite-table" border="1" cellpadding="4" style="border-collapse:collapse">{rows}</table></div>'
            + self.para(
                'ดูเพิ่มเติม: <a href="/history.html">ประวัติความเป็นมา</a> | <a href="/vision.html">วิสัยทัศน์และพันธกิจ</a> | <a href="/personnel.html">โครงสร้างและบุคลากร</a>'
            )
        )
        self.page("/about.html", "เกี่ยวกับ อบต.", about, "/about.html", "2023-10-02")
        history = (
            self.title_el("ประวัติความเป็นมา")
            + self.para(
                "ตำบลดงเย็นเดิมเป็นส่วนหนึ่งของตำบลนาคูณ ชื่อ “ดงเย็น” มาจากป่าดงดิบริมลำห้วยยางที่มีต้นไม้ใหญ่ให้ร่มเงาตลอดปี ชาวบ้านที่อพยพมาตั้งถิ่นฐานจึงเรียกกันว่าบ้านดงเย็น"
            )
            + self.para(
                "ต่อมาในปี พ.ศ. 2517 ได้แยกออกมาเป็นตำบลดงเย็น และได้รับการยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบลดงเย็น เมื่อวันที่ 23 กุมภาพันธ์ 2540 ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537"
            )
        )
        self.page("/history.html", "ประวัติความเป็นมา", history, "/history.html", "2022-02-16")
        vision = (
            self.title_el("วิสัยทัศน์", "center")
            + '<div class="paragraph" style="text-align:center;"><strong>“ดงเย็นน่าอยู่ เกษตรก้าวหน้า ชุมชนเข้มแข็ง บริหารจัดการตามหลักธรรมาภิบาล”</strong></div>'
            + self.title_el("พันธกิจ")
            + '<div class="paragraph"><ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและทั่วถึง</li><li>ส่งเสริมอาชีพและเพิ่มรายได้ให้เกษตรกร</li><li>ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และภูมิปัญญาท้องถิ่น</li><li>ส่งเสริมสุขภาพและคุณภาพชีวิตของประชาชนทุกช่วงวัย</li><li>บริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อมอย่างยั่งยืน</li></ol></div>'
        )
        self.page("/vision.html", "วิสัยทัศน์และพันธกิจ", vision, "/vision.html", "2023-10-02")
        staff = (
            (MAYOR, "นายกองค์การบริหารส่วนตำบลดงเย็น"),
            ("นายสุรศักดิ์ บุญเรือง", "รองนายกองค์การบริหารส่วนตำบล"),
            ("นางจันทร์เพ็ญ มาลัย", "รองนายกองค์การบริหารส่วนตำบล"),
            (PALAD, "ปลัดองค์การบริหารส่วนตำบล"),
            ("นายวีระพงษ์ คำภา", "ผู้อำนวยการกองช่าง"),
            ("นางสาวกนกวรรณ พรมมา", "ผู้อำนวยการกองคลัง"),
        )
        cards = "".join(
            f'<td class="wsite-multicol-col" style="width:33%;text-align:center"><img src="{self.photo(f"published/staff-{i}.jpg", "1696233600", 240, 320)}" alt="รูปภาพ" /><div class="paragraph" style="text-align:center;"><strong>{esc(n)}</strong><br />{esc(r)}</div></td>'
            + ('</tr><tr class="wsite-multicol-tr">' if i % 3 == 2 and i < len(staff) - 1 else "")
            for i, (n, r) in enumerate(staff)
        )
        personnel = (
            self.title_el("คณะผู้บริหารและหัวหน้าส่วนราชการ", "center")
            + f'<div class="wsite-multicol"><table class="wsite-multicol-table"><tbody><tr class="wsite-multicol-tr">{cards}</tr></tbody></table></div>'
        )
        personnel += self.para("ข้อมูล ณ วันที่ 2 ตุลาคม 2566")
        self.page("/personnel.html", "โครงสร้างและบุคลากร", personnel, "/about.html", "2023-10-02")

        self.more_pages()

    def more_pages(self) -> None:
        # ภาพกิจกรรม: one cover photo per album, each linking the blog post (absolute, as pasted)
        albums = [p for p in NEWEST if "act" in p.cats]
        cells = "".join(
            f'<td class="wsite-multicol-col" style="width:33%;"><a href="{self.u(p.path)}"><img src="{self.photo(f"published/album-{p.pid[-6:]}.jpg", self.stamp(p, 90), 400, 267)}" alt="รูปภาพ" style="width:100%" /></a>'
            f'<div class="paragraph" style="text-align:center;font-size:90%">{esc(p.title)}</div></td>'
            + ('</tr><tr class="wsite-multicol-tr">' if i % 3 == 2 and i < len(albums) - 1 else "")
            for i, p in enumerate(albums)
        )
        gallery = (
            self.title_el("อัลบั้มภาพกิจกรรม", "center")
            + f'<div class="wsite-multicol"><table class="wsite-multicol-table"><tbody><tr class="wsite-multicol-tr">{cells}</tr></tbody></table></div>'
        )
        gallery += self.para(
            f'ภาพกิจกรรมทั้งหมดดูได้ที่หมวด <a href="{href(cat_path("act"))}">ภาพกิจกรรม</a> ของหน้าข่าวประชาสัมพันธ์'
        )
        self.page("/gallery.html", "ภาพกิจกรรม", gallery, "/gallery.html", NEWEST[0].day)

        ita = (
            self.title_el("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)")
            + self.para(
                "องค์การบริหารส่วนตำบลดงเย็น เผยแพร่ข้อมูลตามตัวชี้วัดการเปิดเผยข้อมูล (OIT) ของสำนักงาน ป.ป.ช. เลือกปีงบประมาณที่ต้องการ"
            )
            + '<div class="paragraph"><ul><li><a href="/ita-2567.html">ITA ปีงบประมาณ 2567</a></li><li><a href="/ita-2566.html">ITA ปีงบประมาณ 2566</a></li></ul></div>'
        )
        self.page("/ita.html", "ITA", ita, "/ita.html", "2024-06-10")
        oit_2566 = (
            ("O1", "โครงสร้าง", "/personnel.html"),
            ("O2", "ข้อมูลผู้บริหาร", "/personnel.html"),
            ("O3", "อำนาจหน้าที่", "/about.html"),
            ("O4", "แผนพัฒนาท้องถิ่น", self.pdf("plan-2566-2570.pdf", date(2022, 11, 30))),
            ("O5", "ข้อมูลการติดต่อ", "/contact.html"),
            ("O7", "ข่าวประชาสัมพันธ์", "/news.html"),
            ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2565", self.pdf("procurement-report-2565.pdf", date(2022, 10, 28))),
        )
        oit_2567 = (
            ("O1", "โครงสร้าง", "/personnel.html"),
            ("O2", "ข้อมูลผู้บริหาร", "/personnel.html"),
            ("O3", "อำนาจหน้าที่", "/about.html"),
            ("O4", "แผนการดำเนินงานประจำปี 2567", self.pdf("action-plan-2567.pdf", date(2023, 11, 15))),
            ("O5", "ข้อมูลการติดต่อ", "/contact.html"),
            ("O6", "ข่าวประชาสัมพันธ์", "/news.html"),
            ("O7", "ประกาศต่าง ๆ", href(cat_path("notice"))),
            ("O8", "ประกาศกำหนดระยะเวลาชำระภาษี 2567", self.u(BY_KEY["d2402"].path)),
            ("O9", "ผลการประเมิน ITA ประจำปี 2567", self.target("@d2405|fb")),
            ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2566", self.pdf("procurement-report-2566.pdf", date(2023, 10, 30))),
        )
        for year, rows, updated, mod in (
            ("2566", oit_2566, "5/31/2023", "2023-05-31"),
            ("2567", oit_2567, "6/10/2024", "2024-06-10"),
        ):
            trs = "".join(
                f'<tr><td>{code}</td><td>{esc(label)}</td><td><a href="{attr(link)}">คลิกดูข้อมูล</a></td></tr>'
                for code, label, link in rows
            )
            content = (
                self.title_el(f"ITA ปีงบประมาณ {year}", "center")
                + f'<div><table class="wsite-table" border="1" cellpadding="4" style="border-collapse:collapse;width:100%"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>{trs}</table></div>'
                + self.para(f"ปรับปรุงข้อมูลล่าสุด {updated}")
            )
            self.page(f"/ita-{year}.html", f"ITA ปี {year}", content, "/ita.html", mod)

        tax = (
            self.title_el("ภาษีท้องถิ่น ประจำปี 2567")
            + self.para("ข้อมูล ณ วันที่ 2 กุมภาพันธ์ 2567")
            + self.para(
                "ภาษีที่องค์การบริหารส่วนตำบลดงเย็นจัดเก็บมี 2 ประเภท ได้แก่ ภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย รายได้จากภาษีทั้งหมดนำไปใช้พัฒนาถนน ไฟฟ้า ประปา และบริการสาธารณะในตำบลดงเย็น"
            )
            + self.para(
                "ภาษีที่ดินและสิ่งปลูกสร้าง ชำระภายในเดือนเมษายนของทุกปี ผู้ที่ใช้ที่ดินประกอบเกษตรกรรมซึ่งเป็นบุคคลธรรมดาได้รับยกเว้นมูลค่าที่ดินไม่เกิน 50 ล้านบาท ส่วนบ้านหลังหลักที่มีชื่ออยู่ในทะเบียนบ้านได้รับยกเว้นไม่เกิน 50 ล้านบาท"
            )
            + self.para(
                "ภาษีป้าย ยื่นแบบแสดงรายการภายในเดือนมีนาคม ป้ายที่มีอักษรไทยล้วนเสียภาษีในอัตราต่ำสุด ป้ายที่ไม่มีอักษรไทยเสียในอัตราสูงสุด"
            )
            + self.para(
                "ช่องทางการชำระ: ชำระด้วยตนเองที่กองคลัง อบต.ดงเย็น หรือสแกนคิวอาร์โค้ดในหนังสือแจ้งประเมิน โทร. 0 4503 9321 ต่อ 13"
            )
            + self.files([("prakas-tax-2567.pdf", date(2024, 2, 2)), ("rate-tax-2567.pdf", date(2024, 2, 2))])
        )
        self.page("/tax.html", "ภาษีท้องถิ่น", tax, "/tax.html", "2024-02-02")

        calendar = (
            self.title_el("ปฏิทินกิจกรรม อบต.ดงเย็น", "center")
            + '<div class="wsite-embed"><iframe src="https://calendar.google.com/calendar/embed?src=dongyen.sao%40gmail.com&amp;ctz=Asia%2FBangkok&amp;mode=MONTH&amp;hl=th" style="border: 0" width="800" height="600" frameborder="0" scrolling="no"></iframe></div>'
            + self.para("ปฏิทินนี้เชื่อมกับ Google Calendar ของ อบต.ดงเย็น หากไม่แสดงผล กรุณาเปิดด้วยเบราว์เซอร์รุ่นใหม่")
        )
        self.page("/calendar.html", "ปฏิทินกิจกรรม", calendar, "/calendar.html", "2023-01-05")
        download = (
            self.title_el("ดาวน์โหลดแบบฟอร์ม")
            + self.para(
                "แบบฟอร์มสำหรับยื่นคำร้องต่อองค์การบริหารส่วนตำบลดงเย็น พิมพ์และกรอกข้อมูลให้ครบถ้วน แล้วยื่นที่สำนักงานในวันและเวลาราชการ"
            )
            + self.files(
                [
                    ("form-general-request.pdf", date(2022, 2, 16)),
                    ("form-elderly-allowance.pdf", date(2022, 2, 16)),
                    ("form-disability-allowance.pdf", date(2022, 2, 16)),
                    ("form-building-permit.pdf", date(2023, 5, 2)),
                    ("form-water-meter.pdf", date(2023, 9, 4)),
                ]
            )
        )
        self.page("/download.html", "ดาวน์โหลด", download, "/download.html", "2023-09-04")
        contact = (
            self.title_el("ติดต่อเรา")
            + self.para(
                f"<strong>{esc(SITE)}</strong>",
                esc(ADDRESS),
                f"โทรศัพท์/โทรสาร {PHONE}",
                f'อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a>',
                "เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)",
            )
            + f"""<div><form enctype="multipart/form-data" action="//www.weebly.com/weebly/apps/formSubmit.php" method="POST" id="form-{_num("form", 18)}">
<div id="{_num("form", 18)}-form-parent" class="wsite-form-container" style="margin-top:10px;"><ul class="formlist" id="{_num("form", 18)}-form-list">
<div><div class="wsite-form-field" style="margin:5px 0px 5px 0px;"><label class="wsite-form-label">ชื่อ-นามสกุล <span class="form-required">*</span></label><div class="wsite-form-input-container"><input class="wsite-form-input wsite-input" type="text" name="_u1" /></div></div></div>
<div><div class="wsite-form-field" style="margin:5px 0px 5px 0px;"><label class="wsite-form-label">อีเมล <span class="form-required">*</span></label><div class="wsite-form-input-container"><input class="wsite-form-input wsite-input" type="text" name="_u2" /></div></div></div>
<div><div class="wsite-form-field" style="margin:5px 0px 5px 0px;"><label class="wsite-form-label">ข้อความ</label><div class="wsite-form-input-container"><textarea class="wsite-form-input wsite-input" name="_u3"></textarea></div></div></div>
</ul></div><div style="text-align:left; margin-top:10px; margin-bottom:10px;"><input type="hidden" name="form_version" value="2" /><input type="hidden" name="wsite_approved" id="wsite-approved" value="approved" /><input type="hidden" name="ucfid" value="{_num("form", 18)}" /><input type="submit" style="position:absolute;top:0;left:-9999px;width:1px;height:1px" /><a class="wsite-button"><span class="wsite-button-inner">ส่งข้อความ</span></a></div></form></div>"""
            + '<div class="wsite-map"><iframe allowtransparency="true" frameborder="0" scrolling="no" style="width: 100%; height: 250px;" src="//www.weebly.com/weebly/apps/generateMap.php?map=google&amp;elementid=813340&amp;ineditor=0&amp;control=3&amp;width=auto&amp;height=250px&amp;overviewmap=0&amp;scalecontrol=0&amp;typecontrol=0&amp;zoom=14&amp;long=104.1322&amp;lat=16.2874&amp;domain=www&amp;point=1&amp;align=1&amp;reseller=false"></iframe></div>'
        )
        self.page("/contact.html", "ติดต่อเรา", contact, "/contact.html", "2023-05-02")

    # -- Weebly's answers for targets no page is registered at ------------------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path or "/")
        # Weebly ignores query strings on every page and file (?fbclid=, the ?<timestamp> of uploads)
        if parts.query and self.site.has(path):
            return self.site.route(path)
        m = re.fullmatch(r"/news/archives/(\d\d)-(\d{4})/?", path)
        if m and 1 <= int(m.group(1)) <= 12 and 1900 <= int(m.group(2)) <= 2999:
            return self.html(self.archive_listing(int(m.group(2)), int(m.group(1))))
        m = re.fullmatch(r"/news/(previous|next)/(\d{1,5})/?", path)
        if m and int(m.group(2)) >= 1:
            return self.html(self.blog_listing(int(m.group(2))))
        return None


COMMENTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "d2206": (
        ("แม่บุญมี หมู่ 6", "10/5/2022 08:41:12 pm", "ขอบคุณ อบต. กับน้อง ๆ อปพร. มากค่ะ มาช่วยยกของขึ้นที่สูงทันก่อนน้ำเข้าบ้าน"),
        ("สมชาย", "10/6/2022 07:15:03 am", "ถนนเข้าหมู่ 10 ยังมีน้ำท่วมสูง รถเล็กผ่านไม่ได้ครับ ฝากดูด้วย"),
    ),
    "d2307": (("ครูนิด รร.บ้านดงเย็น", "11/28/2023 09:02:55 pm", "ภาพสวยมากค่ะ ขอบคุณที่ให้เด็ก ๆ ได้ขึ้นแสดงบนเวที"),),
}

_MONTHS_WITH_POSTS = "|".join(f"{m:02d}-{y}" for y, m in months_with_posts())
# Any month the blog has no post in: Weebly answers it (200, an empty archive) and the theme's header links
# the month before and after it, without end.
TRAP_ARCHIVE = rf"^/news/archives/(?!(?:{_MONTHS_WITH_POSTS})/?$)"
# Listing pages past the last one: Weebly answers /news/previous/N for any N (empty) and the theme's pager
# always links two pages further.
_REAL_PAGES = "|".join(str(n) for n in range(1, -(-len(POSTS) // PER_PAGE) + 1))
TRAP_PAGER = rf"^/news/(?:previous|next)/(?!(?:{_REAL_PAGES})/?$)\d"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Apache")
    _Weebly(site).register()
    return site

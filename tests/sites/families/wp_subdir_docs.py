# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""wp_subdir_docs: WordPress 6 + Astra installed in a SUBDIRECTORY (``/muni/``), PDF-flipbook announcements.

CMS imitated: a fictional เทศบาลเมืองห้วยโป่งงาม (อำเภอเมืองลำปาง จังหวัดลำปาง) whose hosting company
put WordPress 6.5 in ``/muni/`` of the document root (``siteurl`` = ``home`` = ``http://host/muni``),
theme Astra 4.6 (free: blog layout, breadcrumbs, related posts, right sidebar), plugins: "Flipbook
PDF viewer" (FlowPaper lite: an ``<iframe>`` to ``https://flowpaper.com/flipbook/?pdf=<the PDF URL>``),
JetEngine + JetSmartFilters (a "ค้นหาเอกสารขั้นสูง" page), AMP (legacy Reader mode, ``?amp=1``).
No SEO plugin: no ``article:published_time``; WordPress core canonical, shortlink and sitemaps.
Permalinks ``/%postname%/`` under the subdirectory, Thai titles, so post URLs are lower-case
percent-encoded slugs cut at 200 characters (22 Thai letters).  Titles that start alike
("ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง ...", "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ...") get the SAME cut
slug and WordPress's ``-2``, ``-3`` ... suffixes.  Apache, UTF-8.  TODAY is 2024-07-15.

URL shapes
* ``/`` (the host root, outside WordPress): a hand-made XHTML intro page ("เข้าสู่เว็บไซต์"; header
  ``text/html`` without charset, ``<meta http-equiv>`` says utf-8) linking
  ``muni/`` (relative) and ``/muni/index.php`` (301 to ``/muni/``); ``/muni`` 301s to ``/muni/``.
  robots.txt is at the host root (hand-written: ``Disallow: /muni/wp-admin/``, ``Sitemap:``);
  WordPress's virtual ``/muni/robots.txt`` answers too.  The old site ``/old/`` is gone (404).
* posts ``/muni/<percent-encoded thai slug>/`` (+ ``/muni/?p=ID`` 301 -> permalink, ``?amp=1`` AMP
  copies linked by ``<link rel="amphtml">``, ``?replytocom=N`` copies on the two posts with a comment,
  ``/muni/<slug>/feed/`` comment feeds).
* standing pages (WordPress pages, Astra page template: no date, no author):
  ``/muni/ข้อมูลพื้นฐาน/`` (a list of its child pages) and its children ``/muni/ข้อมูลพื้นฐาน/
  ประวัติความเป็นมา/`` (long prose), ``.../วิสัยทัศน์-พันธกิจ/``, ``.../โครงสร้างองค์กร/``,
  ``.../คณะผู้บริหาร/``; ``/muni/ติดต่อเรา/``; ``/muni/ita/`` (ITA 2567: O1...O33 rows linking pages,
  categories, posts and PDFs); ``/muni/ค้นหาเอกสาร/`` (JetSmartFilters).  ``/muni/?page_id=N`` 301s.
* listings (10 a page, Astra blog layout with 55-word excerpts): home ``/muni/`` + ``/muni/page/2/``
  .. ``/page/4/`` (``/page/1/`` 301s); ``/muni/category/<thai>/`` (+ ``/page/2/``) for
  ข่าวประชาสัมพันธ์, ข่าวกิจกรรม, ประกาศเทศบาล, ประกาศจัดซื้อจัดจ้าง; ``/muni/tag/<thai>/``;
  ``/muni/author/<login>/`` (+ pages); month archives ``/muni/YYYY/MM/`` (the คลังเก็บ widget).
* machine: ``/muni/feed/`` (latest 10, full content), ``/muni/comments/feed/``, category, tag and
  author feeds; ``/muni/wp-sitemap.xml`` -> ``wp-sitemap-posts-post-1.xml`` (all posts),
  ``-posts-page-1``, ``-taxonomies-category-1``, ``-taxonomies-post_tag-1``, ``-users-1``;
  ``/muni/wp-json/`` + ``/muni/wp-json/wp/v2/...`` (linked from every head), ``/muni/xmlrpc.php?rsd``.
* files: photos ``/muni/wp-content/uploads/YYYY/MM/S__<8 digits>.jpg`` or ``IMG_<date>_<time>.jpg``
  (+ ``-1024x683``, ``-768x512``, ``-300x200``); PDFs ``/muni/wp-content/uploads/YYYY/MM/<name>.pdf``
  (Thai file names percent-encoded, scanner names, one PDF uploaded the month before its post).
* unknown paths under ``/muni/`` answer the Astra "ไม่พบหน้า" 404 page; outside it, Apache's 404.

Gold articles: 23 posts, 2023-07-06 .. 2024-07-11, oldest first: 21 ข่าวประชาสัมพันธ์ / ข่าวกิจกรรม
with Thai prose (four of them only two paragraphs, two under photos) and 2 ประกาศเทศบาล posts that carry
prose paragraphs above their PDF file block and flipbook.  ``url`` = the percent-encoded permalink
(as in rel=canonical); aliases: ``/muni/?p=ID``, ``<permalink>?amp=1`` and ``?replytocom=N``.
Author = the Astra byline (display name: งานประชาสัมพันธ์, กองสาธารณสุขและสิ่งแวดล้อม,
สำนักปลัดเทศบาล).  Captions: Gutenberg ``wp-element-caption`` and classic ``wp-caption-text``;
galleries carry none.  Reached through the home pages, categories, tags, authors, months, the
sidebar เรื่องล่าสุด (latest 5), Astra's related posts (3), prev/next, the feed (latest 10) and the
post sitemap (all).

DECISION on PDF-only announcements: the 15 posts of ประกาศเทศบาล / ประกาศจัดซื้อจัดจ้าง whose WHOLE
content is a "ดาวน์โหลดเอกสาร" link to the PDF and the FlowPaper ``<iframe>`` viewer are NOT articles
(``non_articles``, with their ``?amp=1`` copies): the page has a title, a byline and a date but no
text a reader can read there; the text lives in the PDF (a file, served under
``/muni/wp-content/uploads/``).  This follows the rule the other families use for photo-only posts
(one here too, ภาพกิจกรรมวันแม่: a gallery, no text: a non-article).  Announcements WITH prose are
articles whatever their category (the two gold ประกาศ above).  The rule is the page's text, not
the category, the URL shape nor the template, which are identical for both kinds.

Non-articles (``non_articles``): ``/``, home and its pages, every category/tag/author/month archive
and page, the six standing pages (ประวัติความเป็นมา is four paragraphs of prose), the ITA page,
the ค้นหาเอกสาร page, the 15 PDF-only posts and the photo-only post (+ their ``?amp=1`` copies).

Dates: Astra's byline prints WordPress's untouched default format ``F j, Y`` in Thai:
``มิถุนายน 19, 2024`` (Thai month, day AFTER the month, Gregorian year) and a hidden
``<span class="updated">`` with the modified date (post 431 was updated five days later); bodies use
Buddhist-era dates (``18 ตุลาคม 2566``) of the events they tell, usually a day or two before the post.
No ``datetime`` on the page; the AMP copies have ``<time datetime>`` in UTC (``+00:00``) and a
relative "... ที่แล้ว" text; RSS ``pubDate`` is UTC: post 181, published 06:10 on 2023-09-07, says
``Wed, 06 Sep 2023 23:10:00 +0000``.

Traps (``trap_patterns``, made on request by ``_Site.dynamic``):
* JetSmartFilters on ``/muni/ค้นหาเอกสาร/``: ``?jsf=jet-engine:doc-search`` with ``tax=category:4,5;
  post_tag:19``, ``date=YYYY.MM.DD-YYYY.MM.DD``, ``sort=orderby:date;order:ASC|DESC`` and
  ``pagenum=N`` in any combination answers 200 (any period of years 1000-9998, empty results say
  "ไม่พบเอกสาร").  Every answer links toggling each of 5 filter values, the previous and next month
  (the date-period « », forever), the other sort order and the result pages; the sidebar widget on
  EVERY page links three entries into it (two types and "เอกสารเดือนนี้").

Pitfalls: everything under ``/muni/`` while robots.txt and an intro page sit at the root; an ITA
row written ``/wp-content/uploads/...`` without the subdirectory (404, ``broken_links``); identical
cut slugs with ``-N`` suffixes; AMP and replytocom copies; PDF-only posts with the same template,
byline and date as news; a flipbook ``<iframe>`` whose ``?pdf=`` holds the PDF URL; sidebar
"เรื่องล่าสุด" and related posts putting other titles and excerpts on every post; listing excerpts
that hold a whole first paragraph (Thai has few spaces); month-first Thai dates with Gregorian years
next to Buddhist years in the text; external share (Facebook, LINE, X), FlowPaper, Google Maps,
e-GP and ITA links, ``tel:``/``mailto:``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, local_dt, rfc822
from .common import (
    add_gif,
    add_jpeg,
    add_pdf,
    add_text,
    attr,
    esc,
    html_page,
    redirect,
    texturize,
    wp_slug,
)

FAMILY = "wp_subdir_docs"
SITE = "เทศบาลเมืองห้วยโป่งงาม"
TAGLINE = "อำเภอเมืองลำปาง จังหวัดลำปาง"
ADDRESS = "เลขที่ 245 ถนนห้วยโป่ง ตำบลห้วยโป่งงาม อำเภอเมืองลำปาง จังหวัดลำปาง 52000"
PHONE = "0 5422 7815"
EMAIL = "saraban@huaipongngam.go.th"
MAYOR = "นายธนพล วงศ์ห้วยโป่ง"
ROOT = "/muni"  # the WordPress subdirectory (siteurl = home = http://host/muni)
PER_PAGE = 10
SIDEBAR_LATEST = 5
FEED_ITEMS = 10
RELATED = 3
TODAY = date(2024, 7, 15)
WP_VER = "6.5.5"
ASTRA_VER = "4.6.14"
JSF_VER = "3.5.2"
FLIPBOOK = "https://flowpaper.com/flipbook/"
JSF_QUERY = "jet-engine:doc-search"
JSF_PER_PAGE = 6

AUTHORS = {  # key: (user id, login, display name)
    "pr": (2, "pr_hpg", "งานประชาสัมพันธ์"),
    "health": (3, "health_hpg", "กองสาธารณสุขและสิ่งแวดล้อม"),
    "clerk": (4, "saraban_hpg", "สำนักปลัดเทศบาล"),
    "supply": (5, "phatsadu", "งานพัสดุ กองคลัง"),
}
CATEGORIES = {  # key: (term id, name)
    "news": (2, "ข่าวประชาสัมพันธ์"),
    "activity": (3, "ข่าวกิจกรรม"),
    "notice": (4, "ประกาศเทศบาล"),
    "procure": (5, "ประกาศจัดซื้อจัดจ้าง"),
}
TAGS = {  # name: term id
    "สิ่งแวดล้อม": 11,
    "ผู้สูงอายุ": 12,
    "สวัสดิการ": 13,
    "ป้องกันภัย": 14,
    "สาธารณสุข": 15,
    "การศึกษา": 16,
    "งานประเพณี": 17,
    "ภาษี": 18,
    "e-bidding": 19,
    "ราคากลาง": 20,
    "สขร.1": 21,
}
DOC_CATS = ("notice", "procure")  # what the JetEngine "doc-search" query lists
DOC_TAGS = ("e-bidding", "ราคากลาง", "สขร.1")


@dataclass
class _Post:
    id: int
    date: str
    time: str
    cat: str
    author: str
    title: str
    paragraphs: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    style: str = "block"  # "block" (Gutenberg) or "classic" (TinyMCE, &nbsp; indents)
    gallery: int = 0  # uncaptioned gallery photos after the text
    pdf: str | None = None  # uploads path under /muni/wp-content/uploads/ ("2024/03/name.pdf")
    pdf_lines: tuple[str, ...] = ()  # ASCII lines of the PDF
    modified: str | None = None  # (date, shown only in Astra's hidden "updated" span)
    comment: tuple[int, str, str, str, str] | None = None  # (id, name, date, time, text)
    slug: str = ""
    dt: datetime = field(default=None)  # type: ignore[assignment]

    @property
    def gold(self) -> bool:
        return bool(self.paragraphs)

    @property
    def photos(self) -> int:
        return len(self.captions) + self.gallery


POSTS: tuple[_Post, ...] = (
    _Post(
        112,
        "2023-07-06",
        "09:30",
        "activity",
        "pr",
        "เทศบาลเมืองห้วยโป่งงามร่วมกับชุมชนปลูกต้นไม้ ณ สวนสาธารณะหนองกระทิง",
        (
            "เมื่อวันพุธที่ 5 กรกฎาคม 2566 เวลา 09.00 น. นายธนพล วงศ์ห้วยโป่ง นายกเทศมนตรีเมืองห้วยโป่งงาม เป็นประธานในกิจกรรมปลูกต้นไม้ ณ สวนสาธารณะหนองกระทิง โดยมีคณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล ผู้นำชุมชน และนักเรียนโรงเรียนเทศบาล 2 ร่วมกิจกรรมกว่า 200 คน",
            "ในการนี้ได้ร่วมกันปลูกต้นยางนา ต้นตะแบก และต้นราชพฤกษ์ รวมจำนวน 350 ต้น รอบแนวคันหนองกระทิง เพื่อเพิ่มพื้นที่สีเขียว สร้างร่มเงาให้แก่ประชาชนที่มาออกกำลังกาย และช่วยป้องกันการพังทลายของตลิ่ง",
            "เทศบาลได้มอบหมายให้กองสาธารณสุขและสิ่งแวดล้อมดูแลรดน้ำและบำรุงต้นไม้อย่างต่อเนื่อง และขอเชิญชวนประชาชนช่วยกันดูแลต้นไม้ที่ปลูกไว้ให้เติบโตเป็นร่มเงาของชุมชนต่อไป",
        ),
        captions=("นายกเทศมนตรีเมืองห้วยโป่งงามนำผู้เข้าร่วมกิจกรรมปลูกต้นยางนารอบหนองกระทิง",),
        tags=("สิ่งแวดล้อม",),
        gallery=3,
    ),
    _Post(
        119,
        "2023-07-13",
        "14:30",
        "procure",
        "supply",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ถนนห้วยโป่ง ซอย 3 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        tags=("e-bidding",),
        pdf="2023/07/e-bidding-ถนนห้วยโป่งซอย3.pdf",
        pdf_lines=(
            "Invitation to bid (e-bidding): reinforced concrete road, Huai Pong Soi 3",
            "Median price 2,480,000 THB",
        ),
    ),
    _Post(
        131,
        "2023-07-20",
        "10:15",
        "news",
        "pr",
        "ประชาสัมพันธ์การลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2567",
        (
            "เทศบาลเมืองห้วยโป่งงามขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2567 คือผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2506 ถึงวันที่ 1 กันยายน 2507 และยังไม่เคยได้รับเงินเบี้ยยังชีพผู้สูงอายุ มาลงทะเบียนขอรับเงินเบี้ยยังชีพได้ที่กองสวัสดิการสังคม สำนักงานเทศบาลเมืองห้วยโป่งงาม",
            "เอกสารที่ต้องใช้ ได้แก่ บัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารของผู้สูงอายุหรือของผู้รับมอบอำนาจ กรณีผู้สูงอายุไม่สามารถเดินทางมาด้วยตนเองได้ ให้ญาติมาติดต่อแทนพร้อมหนังสือมอบอำนาจ",
            "ผู้ที่ย้ายภูมิลำเนาเข้ามาอยู่ในเขตเทศบาลและเคยได้รับเบี้ยยังชีพจากท้องถิ่นเดิม ต้องมาลงทะเบียนใหม่ภายในเดือนที่ย้าย เพื่อไม่ให้เสียสิทธิ์ สอบถามรายละเอียดได้ที่หมายเลข 0 5422 7815 ต่อ 24 ในวันและเวลาราชการ",
        ),
        tags=("ผู้สูงอายุ", "สวัสดิการ"),
        style="classic",
    ),
    _Post(
        147,
        "2023-08-03",
        "11:15",
        "procure",
        "supply",
        "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ถนนห้วยโป่ง ซอย 3",
        tags=("e-bidding",),
        pdf="2023/08/scan0031.pdf",
        pdf_lines=("Award announcement: reinforced concrete road, Huai Pong Soi 3",),
    ),
    _Post(
        158,
        "2023-08-14",
        "16:20",
        "activity",
        "pr",
        "ภาพกิจกรรมวันแม่แห่งชาติ ประจำปี 2566",
        gallery=6,
        tags=("งานประเพณี",),
    ),
    _Post(
        166,
        "2023-08-24",
        "09:00",
        "news",
        "pr",
        "แจ้งเตือนประชาชนเฝ้าระวังน้ำป่าไหลหลากและน้ำล้นตลิ่งแม่น้ำวังในช่วงฤดูฝน",
        (
            "ตามที่ศูนย์อุตุนิยมวิทยาภาคเหนือได้ประกาศเตือนว่าในช่วงวันที่ 24 – 28 สิงหาคม 2566 ร่องมรสุมจะพาดผ่านภาคเหนือตอนบน ทำให้มีฝนตกหนักถึงหนักมากในบางพื้นที่ เทศบาลเมืองห้วยโป่งงามจึงขอแจ้งเตือนประชาชนที่อาศัยอยู่ริมแม่น้ำวังและลำห้วยโป่งให้เฝ้าระวังน้ำป่าไหลหลากและน้ำล้นตลิ่ง",
            "ขอให้ประชาชนติดตามข่าวสารจากทางราชการอย่างใกล้ชิด ขนย้ายสิ่งของและเอกสารสำคัญไว้ในที่สูง และเตรียมยารักษาโรคประจำตัว ไฟฉาย และน้ำดื่มให้พร้อม หากระดับน้ำเพิ่มสูงขึ้นอย่างรวดเร็ว ให้อพยพไปยังจุดปลอดภัยที่เทศบาลกำหนดทันที",
            "เทศบาลได้เตรียมกระสอบทราย เครื่องสูบน้ำ และรถบรรทุกไว้พร้อมให้ความช่วยเหลือตลอด 24 ชั่วโมง",
            "หากพบเหตุฉุกเฉินแจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลเมืองห้วยโป่งงาม โทร. 0 5422 7815 ต่อ 199 หรือสายด่วน 1784",
        ),
        tags=("ป้องกันภัย",),
    ),
    _Post(
        172,
        "2023-08-30",
        "10:00",
        "notice",
        "clerk",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง ประกาศใช้แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 2",
        pdf="2023/08/แผนพัฒนาเพิ่มเติม-ครั้งที่-2.pdf",
        pdf_lines=("Local Development Plan 2566-2570, addition no. 2",),
    ),
    _Post(
        181,
        "2023-09-07",
        "06:10",
        "activity",
        "health",
        "ออกพ่นหมอกควันกำจัดยุงลายในชุมชนเขตเทศบาล ป้องกันโรคไข้เลือดออก",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองห้วยโป่งงาม ออกปฏิบัติงานพ่นหมอกควันกำจัดยุงลายตัวเต็มวัยตั้งแต่เช้าตรู่ของวันนี้ ในชุมชนบ้านห้วยโป่ง ชุมชนวังเหนือ และชุมชนหนองกระทิง ซึ่งเป็นพื้นที่ที่พบผู้ป่วยโรคไข้เลือดออกในช่วงสองสัปดาห์ที่ผ่านมา",
            "นอกจากการพ่นหมอกควันแล้ว เจ้าหน้าที่และอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ยังได้เดินสำรวจลูกน้ำยุงลายตามบ้านเรือน พร้อมแจกทรายกำจัดลูกน้ำให้ครัวเรือนที่มีภาชนะกักเก็บน้ำ",
            "ขอให้ประชาชนช่วยกันกำจัดแหล่งเพาะพันธุ์ยุงลายตามมาตรการ 3 เก็บ คือ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด หากมีไข้สูงเกิน 2 วันควรรีบพบแพทย์",
        ),
        captions=("เจ้าหน้าที่ออกพ่นหมอกควันกำจัดยุงลายในชุมชนบ้านห้วยโป่ง",),
        tags=("สาธารณสุข",),
    ),
    _Post(
        188,
        "2023-09-14",
        "15:00",
        "procure",
        "supply",
        "ประกาศราคากลาง โครงการปรับปรุงระบบระบายน้ำ ชุมชนบ้านหนองกระทิง",
        tags=("ราคากลาง",),
        pdf="2023/09/ราคากลาง-ระบายน้ำหนองกระทิง.pdf",
        pdf_lines=("Median price: drainage improvement, Nong Krathing community", "1,125,000 THB"),
    ),
    _Post(
        191,
        "2023-09-21",
        "09:40",
        "notice",
        "clerk",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567",
        pdf="2023/09/เทศบัญญัติงบประมาณ-2567.pdf",
        pdf_lines=("Municipal budget ordinance, fiscal year 2567",),
    ),
    _Post(
        196,
        "2023-09-28",
        "13:30",
        "news",
        "pr",
        "รับสมัครเด็กเข้าศึกษาศูนย์พัฒนาเด็กเล็กเทศบาลเมืองห้วยโป่งงาม ภาคเรียนที่ 2/2566",
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองห้วยโป่งงามเปิดรับสมัครเด็กอายุ 2 ปี 6 เดือน ถึง 3 ปี เข้าศึกษาในภาคเรียนที่ 2 ปีการศึกษา 2566 จำนวน 30 คน โดยไม่เสียค่าใช้จ่าย",
            "ผู้ปกครองสามารถยื่นใบสมัครได้ตั้งแต่วันที่ 2 – 20 ตุลาคม 2566 เวลา 08.30 – 16.30 น. ณ ศูนย์พัฒนาเด็กเล็ก ถนนห้วยโป่ง ซอย 7 พร้อมนำสูติบัตรของเด็ก สำเนาทะเบียนบ้าน และสมุดบันทึกสุขภาพแม่และเด็กมาแสดง",
            "ศูนย์ฯ มีอาหารกลางวัน อาหารว่าง และนมให้เด็กทุกวัน และมีครูผู้ดูแลเด็กที่ผ่านการอบรมตามมาตรฐานของกรมส่งเสริมการปกครองท้องถิ่น",
        ),
        tags=("การศึกษา",),
        style="classic",
    ),
    _Post(
        204,
        "2023-10-05",
        "11:00",
        "notice",
        "clerk",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ",
        (
            "ด้วยเทศบาลเมืองห้วยโป่งงามมีความประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ จำนวน 1 อัตรา และตำแหน่งพนักงานขับรถยนต์ จำนวน 2 อัตรา",
            "ผู้ประสงค์จะสมัครสามารถขอรับใบสมัครและยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัดเทศบาล ตั้งแต่วันที่ 9 – 20 ตุลาคม 2566 ในวันและเวลาราชการ ทั้งนี้ผู้สมัครต้องมีคุณสมบัติทั่วไปตามประกาศคณะกรรมการพนักงานเทศบาลจังหวัดลำปาง",
            "รายละเอียดคุณสมบัติเฉพาะตำแหน่ง หลักฐานการสมัคร และวิธีการเลือกสรร ปรากฏตามประกาศที่แนบท้ายนี้",
        ),
        style="classic",
        pdf="2023/10/ประกาศรับสมัครพนักงานจ้าง-2566.pdf",
        pdf_lines=("Recruitment of mission-based employees, 3 positions", "Applications 9-20 October 2566"),
    ),
    _Post(
        221,
        "2023-10-19",
        "10:00",
        "activity",
        "pr",
        "ประชุมประชาคมเมืองเพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2566",
        (
            "เมื่อวันที่ 18 ตุลาคม 2566 เทศบาลเมืองห้วยโป่งงามจัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล เพื่อรับฟังปัญหาและความต้องการของประชาชนสำหรับใช้เป็นข้อมูลในการทบทวนแผนพัฒนาท้องถิ่น มีตัวแทนจาก 14 ชุมชนเข้าร่วมประชุมจำนวน 186 คน",
            "ที่ประชุมได้แบ่งกลุ่มย่อยตามยุทธศาสตร์การพัฒนา 5 ด้าน ประเด็นที่ประชาชนเสนอมากที่สุด ได้แก่ การแก้ไขปัญหาน้ำท่วมขังในฤดูฝน การติดตั้งไฟฟ้าส่องสว่างในซอยต่าง ๆ และการจัดหาพื้นที่ออกกำลังกายสำหรับผู้สูงอายุ",
            "เทศบาลจะนำข้อเสนอทั้งหมดเสนอต่อคณะกรรมการพัฒนาเทศบาลเพื่อพิจารณาจัดลำดับความสำคัญ และจะแจ้งผลให้ประชาชนทราบผ่านทางเว็บไซต์และเสียงตามสายของแต่ละชุมชน",
        ),
        captions=(
            "ตัวแทนชุมชนร่วมแสดงความคิดเห็นในการประชุมกลุ่มย่อย",
            "นายกเทศมนตรีสรุปผลการประชุมประชาคมเมือง",
        ),
        comment=(14, "คนวังเหนือ", "2023-10-20", "20:15", "ขอให้ช่วยดูเรื่องไฟส่องสว่างซอย 9 ด้วยครับ กลางคืนมืดมาก"),
    ),
    _Post(
        228,
        "2023-10-26",
        "13:00",
        "procure",
        "supply",
        "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนกันยายน 2566 (แบบ สขร.1)",
        tags=("สขร.1",),
        pdf="2023/10/sor-kor-ror1-2566-09.pdf",
        pdf_lines=("Procurement summary (Sor Kor Ror 1), September 2566",),
    ),
    _Post(
        236,
        "2023-11-02",
        "15:20",
        "news",
        "pr",
        "ขอเชิญร่วมงานประเพณีลอยกระทงและยี่เป็ง ประจำปี 2566",
        (
            "เทศบาลเมืองห้วยโป่งงามขอเชิญประชาชนและนักท่องเที่ยวร่วมงานประเพณีลอยกระทงและยี่เป็ง ประจำปี 2566 ระหว่างวันที่ 26 – 28 พฤศจิกายน 2566 ณ ท่าน้ำวังเหนือและลานหน้าสำนักงานเทศบาล",
            "ภายในงานมีการประกวดกระทงใหญ่และกระทงเล็กจากวัสดุธรรมชาติ การประกวดนางนพมาศ ขบวนแห่โคมยี่เป็ง การแสดงดนตรีพื้นเมืองล้านนา และตลาดนัดสินค้าชุมชนตลอดทั้งสามคืน",
            "เพื่อความปลอดภัย เทศบาลขอความร่วมมืองดจุดพลุและปล่อยโคมลอยในบริเวณใกล้เขตการบิน และขอให้ใช้กระทงที่ทำจากวัสดุย่อยสลายได้ เพื่อลดปริมาณขยะในแม่น้ำวัง",
        ),
        tags=("งานประเพณี",),
        style="classic",
    ),
    _Post(
        243,
        "2023-11-16",
        "10:20",
        "notice",
        "clerk",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2566",
        pdf="2023/11/รายงานผลการดำเนินงาน-2566.pdf",
        pdf_lines=("Annual performance report, fiscal year 2566",),
    ),
    _Post(
        251,
        "2023-11-29",
        "09:45",
        "activity",
        "pr",
        "บรรยากาศงานประเพณีลอยกระทงและยี่เป็ง ประจำปี 2566",
        (
            "งานประเพณีลอยกระทงและยี่เป็งของเทศบาลเมืองห้วยโป่งงามทั้งสามคืนผ่านไปด้วยความเรียบร้อย มีประชาชนร่วมงานอย่างคึกคัก",
            "ขอขอบคุณทุกชุมชนที่ร่วมส่งกระทงและขบวนแห่โคมเข้าประกวด",
        ),
        tags=("งานประเพณี",),
        gallery=4,
    ),
    _Post(
        262,
        "2023-12-07",
        "14:00",
        "procure",
        "supply",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง ประกวดราคาซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        tags=("e-bidding",),
        pdf="2023/12/e-bidding-รถขยะ.pdf",
        pdf_lines=("Invitation to bid (e-bidding): 6-ton compactor garbage truck",),
    ),
    _Post(
        270,
        "2023-12-13",
        "11:00",
        "news",
        "pr",
        "แจ้งกำหนดการชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567",
        (
            "งานพัฒนาและจัดเก็บรายได้ กองคลัง เทศบาลเมืองห้วยโป่งงาม ขอแจ้งกำหนดการชำระภาษีประจำปี 2567 ให้เจ้าของทรัพย์สินในเขตเทศบาลทราบ ดังนี้",
            "ภาษีที่ดินและสิ่งปลูกสร้าง เทศบาลจะจัดส่งหนังสือแจ้งประเมินภาษีภายในเดือนกุมภาพันธ์ 2567 ผู้เสียภาษีต้องชำระภายในเดือนเมษายน 2567",
            "ภาษีป้าย เจ้าของป้ายต้องยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567 และชำระภาษีภายใน 15 วันนับแต่วันที่ได้รับแจ้งการประเมิน",
            "ผู้เสียภาษีสามารถชำระได้ที่กองคลัง สำนักงานเทศบาล หรือโอนผ่านแอปพลิเคชันธนาคารด้วย QR Code ที่พิมพ์อยู่บนหนังสือแจ้งประเมิน หากชำระเกินกำหนดจะต้องเสียเงินเพิ่มตามกฎหมาย",
        ),
        tags=("ภาษี",),
        style="classic",
    ),
    _Post(
        289,
        "2024-01-15",
        "10:30",
        "activity",
        "pr",
        "บรรยากาศงานวันเด็กแห่งชาติ ประจำปี 2567 ณ ลานกีฬาเทศบาล",
        (
            "เมื่อวันเสาร์ที่ 13 มกราคม 2567 เทศบาลเมืองห้วยโป่งงามจัดงานวันเด็กแห่งชาติ ณ ลานกีฬาเทศบาล โดยมีเด็กและผู้ปกครองร่วมงานกว่า 1,500 คน",
            "ภายในงานมีซุ้มเกมและกิจกรรมจากโรงเรียนในสังกัดเทศบาล สถานีตำรวจภูธร และหน่วยทหารในพื้นที่ การแสดงบนเวทีของนักเรียน และการจับรางวัลจักรยานจำนวน 20 คัน ที่ได้รับการสนับสนุนจากผู้ประกอบการในเขตเทศบาล",
            "นายกเทศมนตรีกล่าวขอบคุณทุกภาคส่วนที่ร่วมสนับสนุนการจัดงาน และฝากให้เด็ก ๆ ตั้งใจเรียน เชื่อฟังพ่อแม่ และรู้จักป้องกันตนเองจากภัยยาเสพติด",
        ),
        captions=("เด็ก ๆ ร่วมเล่นเกมที่ซุ้มกิจกรรมของโรงเรียนเทศบาล 1",),
        tags=("การศึกษา",),
        gallery=3,
    ),
    _Post(
        297,
        "2024-01-18",
        "11:30",
        "procure",
        "supply",
        "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนธันวาคม 2566 (แบบ สขร.1)",
        tags=("สขร.1",),
        pdf="2024/01/sor-kor-ror1-2566-12.pdf",
        pdf_lines=("Procurement summary (Sor Kor Ror 1), December 2566",),
    ),
    _Post(
        305,
        "2024-01-31",
        "14:10",
        "news",
        "health",
        "รณรงค์งดเผาในที่โล่งเพื่อลดปัญหาหมอกควันและฝุ่นละออง PM2.5",
        (
            "เทศบาลเมืองห้วยโป่งงามขอความร่วมมือประชาชนงดการเผาขยะ เศษใบไม้ และวัชพืชในที่โล่งทุกชนิด ตั้งแต่วันที่ 1 กุมภาพันธ์ ถึง 30 เมษายน 2567 ซึ่งเป็นช่วงที่จังหวัดลำปางประกาศห้ามเผาเพื่อลดปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก PM2.5",
            "ผู้ที่ต้องการกำจัดกิ่งไม้หรือเศษวัสดุทางการเกษตร สามารถแจ้งให้รถเก็บขนกิ่งไม้ของเทศบาลเข้าไปจัดเก็บได้ฟรี หรือนำไปทำปุ๋ยหมักแทนการเผา",
            "ผู้ฝ่าฝืนอาจมีความผิดตามพระราชบัญญัติการสาธารณสุข พ.ศ. 2535 หากพบเห็นการเผาในที่โล่งสามารถแจ้งได้ที่กองสาธารณสุขและสิ่งแวดล้อม โทร. 0 5422 7815 ต่อ 31",
        ),
        tags=("สิ่งแวดล้อม", "สาธารณสุข"),
        style="classic",
    ),
    _Post(
        322,
        "2024-02-21",
        "09:20",
        "activity",
        "pr",
        "อบรมอาสาสมัครดับเพลิงประจำชุมชน รุ่นที่ 3",
        (
            "งานป้องกันและบรรเทาสาธารณภัย เทศบาลเมืองห้วยโป่งงาม จัดการฝึกอบรมอาสาสมัครดับเพลิงประจำชุมชน รุ่นที่ 3 ระหว่างวันที่ 19 – 20 กุมภาพันธ์ 2567 ณ สถานีดับเพลิงเทศบาล มีผู้เข้ารับการอบรมจำนวน 45 คน จาก 14 ชุมชน",
            "ผู้เข้ารับการอบรมได้เรียนรู้ทฤษฎีการเกิดเพลิงไหม้ การใช้ถังดับเพลิงชนิดต่าง ๆ การใช้สายดับเพลิง และการช่วยเหลือผู้ประสบภัยเบื้องต้น พร้อมฝึกปฏิบัติดับไฟจริงในบ่อฝึก",
            "อาสาสมัครที่ผ่านการอบรมจะเป็นกำลังสำคัญในการระงับเหตุเพลิงไหม้เบื้องต้นในชุมชนก่อนที่รถดับเพลิงจะเดินทางไปถึง",
        ),
        captions=("ผู้เข้ารับการอบรมฝึกดับไฟจากถังแก๊สหุงต้ม",),
        tags=("ป้องกันภัย",),
    ),
    _Post(
        333,
        "2024-02-29",
        "15:10",
        "procure",
        "supply",
        "ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ฉบับปรับปรุง ครั้งที่ 1)",
        pdf="2024/02/แผนจัดซื้อจัดจ้าง-2567-ปรับปรุง1.pdf",
        pdf_lines=("Procurement plan, fiscal year 2567 (revision 1)",),
    ),
    _Post(
        345,
        "2024-03-06",
        "10:00",
        "notice",
        "clerk",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
        pdf="2024/02/no-gift-policy-2567.pdf",  # uploaded the month before the post
        pdf_lines=("No Gift Policy announcement, 2567",),
    ),
    _Post(
        348,
        "2024-03-13",
        "13:00",
        "news",
        "health",
        "ชวนคัดแยกขยะต้นทาง นำขยะรีไซเคิลมาแลกไข่ไก่ได้ทุกวันศุกร์",
        (
            "เทศบาลเมืองห้วยโป่งงามเปิดโครงการธนาคารขยะรีไซเคิล ให้ประชาชนนำขวดพลาสติก กระป๋องอะลูมิเนียม กระดาษ และกล่องนม มาแลกไข่ไก่ได้ทุกวันศุกร์ เวลา 09.00 – 12.00 น. ณ ลานหน้าสำนักงานเทศบาล เริ่มตั้งแต่วันศุกร์ที่ 15 มีนาคม 2567 เป็นต้นไป",
            "ขยะรีไซเคิลน้ำหนักทุก 2 กิโลกรัมแลกไข่ไก่ได้ 1 ฟอง โดยขอให้ล้างทำความสะอาดและแยกประเภทมาก่อน เพื่อความสะดวกในการชั่งน้ำหนัก",
            "โครงการนี้มีเป้าหมายลดปริมาณขยะที่ต้องนำไปกำจัดที่บ่อฝังกลบลงร้อยละ 15 ภายในปี 2567",
        ),
        tags=("สิ่งแวดล้อม",),
        style="classic",
    ),
    _Post(
        351,
        "2024-03-27",
        "10:30",
        "notice",
        "clerk",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง การรับฟังความคิดเห็นต่อร่างเทศบัญญัติ เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย",
        (
            "ด้วยเทศบาลเมืองห้วยโป่งงามได้จัดทำร่างเทศบัญญัติ เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย พ.ศ. 2567 เพื่อกำหนดอัตราค่าธรรมเนียมการเก็บขนขยะมูลฝอยให้สอดคล้องกับต้นทุนการดำเนินงานในปัจจุบัน",
            "เพื่อให้การตราเทศบัญญัติเป็นไปตามหลักการมีส่วนร่วมของประชาชน เทศบาลจึงขอเชิญประชาชนร่วมแสดงความคิดเห็นต่อร่างเทศบัญญัติดังกล่าว ตั้งแต่วันที่ 1 – 30 เมษายน 2567 ได้ที่กองสาธารณสุขและสิ่งแวดล้อม หรือส่งความคิดเห็นทางไปรษณีย์อิเล็กทรอนิกส์ของเทศบาล",
            "ประกาศ ณ วันที่ 26 มีนาคม พ.ศ. 2567",
        ),
        tags=("สิ่งแวดล้อม",),
        pdf="2024/03/ร่างเทศบัญญัติ-ขยะ-2567.pdf",
        pdf_lines=("Draft ordinance on waste management 2567: public hearing 1-30 April 2567",),
    ),
    _Post(
        362,
        "2024-04-03",
        "10:00",
        "news",
        "pr",
        "ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ 2567 ลดอุบัติเหตุทางถนน",
        (
            "เทศบาลเมืองห้วยโป่งงามร่วมกับสถานีตำรวจภูธรเมืองลำปางและอาสาสมัครป้องกันภัยฝ่ายพลเรือน ตั้งจุดบริการประชาชนบริเวณสี่แยกหน้าตลาดสดเทศบาล ระหว่างวันที่ 11 – 17 เมษายน 2567 ตลอด 24 ชั่วโมง",
            "ที่จุดบริการมีน้ำดื่ม กาแฟ ผ้าเย็น และบริการตรวจเช็กสภาพรถจักรยานยนต์เบื้องต้นฟรี พร้อมเจ้าหน้าที่กู้ชีพประจำจุดตลอดเวลา",
            "ขอให้ผู้ใช้รถใช้ถนนสวมหมวกนิรภัย คาดเข็มขัดนิรภัย และไม่ขับขี่หลังดื่มเครื่องดื่มแอลกอฮอล์ หากเกิดเหตุฉุกเฉินโทรแจ้งสายด่วน 1669",
        ),
        tags=("ป้องกันภัย", "งานประเพณี"),
        style="classic",
    ),
    _Post(
        377,
        "2024-04-17",
        "16:00",
        "activity",
        "pr",
        "สืบสานประเพณีปี๋ใหม่เมือง สรงน้ำพระและรดน้ำดำหัวผู้สูงอายุ ประจำปี 2567",
        (
            "เทศบาลเมืองห้วยโป่งงามจัดพิธีสรงน้ำพระพุทธรูปและรดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีปี๋ใหม่เมือง ณ หอประชุมเทศบาล เมื่อวันที่ 16 เมษายน 2567 มีผู้สูงอายุจากทุกชุมชนร่วมงานกว่า 400 คน",
            "ภายในงานมีการแสดงฟ้อนเล็บของนักเรียนโรงเรียนเทศบาล การประกวดผู้สูงอายุสุขภาพดี และการมอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุ 90 ปีขึ้นไป",
        ),
        captions=("คณะผู้บริหารเทศบาลรดน้ำขอพรผู้สูงอายุ", "การแสดงฟ้อนเล็บของนักเรียนโรงเรียนเทศบาล 2"),
        tags=("ผู้สูงอายุ", "งานประเพณี"),
        comment=(31, "ลูกหลานชุมชนหนองกระทิง", "2024-04-18", "08:05", "ขอบคุณเทศบาลที่จัดงานดี ๆ แบบนี้ทุกปีค่ะ"),
    ),
    _Post(
        384,
        "2024-04-25",
        "13:20",
        "procure",
        "supply",
        "ประกาศราคากลาง โครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก ถนนวังเหนือ",
        tags=("ราคากลาง",),
        pdf="2024/04/ราคากลาง-รางระบายน้ำวังเหนือ.pdf",
        pdf_lines=("Median price: reinforced concrete drain, Wang Nuea road", "1,860,000 THB"),
    ),
    _Post(
        390,
        "2024-05-08",
        "09:00",
        "news",
        "health",
        "แจ้งผู้ประกอบการยื่นคำขอต่ออายุใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ",
        (
            "เทศบาลเมืองห้วยโป่งงามขอแจ้งให้ผู้ประกอบกิจการที่เป็นอันตรายต่อสุขภาพ เช่น ร้านซ่อมรถยนต์ ร้านเสริมสวย ร้านจำหน่ายอาหาร และสถานที่สะสมอาหาร ซึ่งใบอนุญาตจะสิ้นอายุในวันที่ 31 พฤษภาคม 2567 ยื่นคำขอต่ออายุใบอนุญาตก่อนวันสิ้นอายุ",
            "ผู้ประกอบการสามารถยื่นคำขอได้ที่กองสาธารณสุขและสิ่งแวดล้อม หรือยื่นผ่านระบบ e-Service ของเทศบาล โดยเจ้าหน้าที่จะออกตรวจสถานประกอบการก่อนออกใบอนุญาต",
            "ผู้ที่ประกอบกิจการโดยไม่ได้รับใบอนุญาตหรือใบอนุญาตสิ้นอายุ อาจต้องระวางโทษตามพระราชบัญญัติการสาธารณสุข พ.ศ. 2535",
        ),
        tags=("สาธารณสุข",),
        style="classic",
    ),
    _Post(
        397,
        "2024-05-15",
        "09:50",
        "notice",
        "clerk",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2567",
        pdf="2024/05/รายงานรอบ6เดือน-2567.pdf",
        pdf_lines=("Six-month monitoring report, fiscal year 2567",),
    ),
    _Post(
        404,
        "2024-05-22",
        "10:40",
        "activity",
        "health",
        "ตรวจสุขภาพเคลื่อนที่ คัดกรองโรคเบาหวานและความดันโลหิตสูงในชุมชน",
        (
            "กองสาธารณสุขและสิ่งแวดล้อมร่วมกับโรงพยาบาลลำปางออกหน่วยตรวจสุขภาพเคลื่อนที่ ณ ศาลาชุมชนบ้านหนองกระทิง เมื่อวันที่ 21 พฤษภาคม 2567 มีประชาชนอายุ 35 ปีขึ้นไปเข้ารับการตรวจคัดกรองจำนวน 238 คน",
            "การตรวจประกอบด้วยการวัดความดันโลหิต เจาะระดับน้ำตาลในเลือด ชั่งน้ำหนักและวัดรอบเอว พบผู้ที่มีความเสี่ยงต่อโรคเบาหวาน 27 คน และโรคความดันโลหิตสูง 35 คน",
            "ผู้ที่มีความเสี่ยงจะได้รับคำแนะนำด้านอาหารและการออกกำลังกาย และจะมีเจ้าหน้าที่ติดตามผลทุกเดือน",
        ),
        captions=("พยาบาลวัดความดันโลหิตให้ประชาชนที่ศาลาชุมชนบ้านหนองกระทิง",),
        tags=("สาธารณสุข",),
    ),
    _Post(
        418,
        "2024-06-05",
        "09:30",
        "activity",
        "pr",
        "กิจกรรมวันสิ่งแวดล้อมโลก เก็บขยะริมแม่น้ำวัง",
        (
            "เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 พนักงานเทศบาล นักเรียน และจิตอาสาร่วมกันเก็บขยะริมแม่น้ำวังตั้งแต่ท่าน้ำวังเหนือถึงสะพานห้วยโป่ง ได้ขยะรวม 860 กิโลกรัม",
            "เทศบาลขอความร่วมมือประชาชนไม่ทิ้งขยะลงแม่น้ำ",
        ),
        captions=("จิตอาสาเก็บขยะริมแม่น้ำวังบริเวณท่าน้ำวังเหนือ",),
        tags=("สิ่งแวดล้อม",),
    ),
    _Post(
        425,
        "2024-06-12",
        "11:00",
        "procure",
        "supply",
        "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนพฤษภาคม 2567 (แบบ สขร.1)",
        tags=("สขร.1",),
        pdf="2024/06/sor-kor-ror1-2567-05.pdf",
        pdf_lines=("Procurement summary (Sor Kor Ror 1), May 2567",),
    ),
    _Post(
        431,
        "2024-06-19",
        "13:45",
        "news",
        "pr",
        "แจ้งปิดการจราจรชั่วคราวเพื่อก่อสร้างท่อระบายน้ำ ถนนห้วยโป่ง ซอย 5",
        (
            "กองช่าง เทศบาลเมืองห้วยโป่งงาม จะดำเนินการก่อสร้างท่อระบายน้ำคอนกรีตเสริมเหล็กพร้อมบ่อพัก ถนนห้วยโป่ง ซอย 5 ระยะทาง 420 เมตร จึงขอปิดการจราจรชั่วคราวตั้งแต่วันที่ 24 มิถุนายน ถึงวันที่ 31 กรกฎาคม 2567",
            "ขอให้ผู้ใช้รถใช้ถนนเลี่ยงไปใช้ถนนห้วยโป่ง ซอย 3 และซอย 7 แทน ส่วนผู้ที่พักอาศัยในซอยยังสามารถเข้าออกได้ตามช่องทางที่ผู้รับจ้างจัดไว้",
            "(ปรับปรุงข้อมูล 24 มิถุนายน 2567: ผู้รับจ้างเลื่อนวันเริ่มงานจากวันที่ 21 มิถุนายน เป็นวันที่ 24 มิถุนายน 2567)",
        ),
        style="classic",
        modified="2024-06-24",
    ),
    _Post(
        445,
        "2024-07-03",
        "10:00",
        "activity",
        "pr",
        "ซ้อมแผนป้องกันและบรรเทาสาธารณภัยกรณีอุทกภัย ประจำปี 2567",
        (
            "เทศบาลเมืองห้วยโป่งงามร่วมกับที่ทำการปกครองอำเภอเมืองลำปาง ศูนย์ป้องกันและบรรเทาสาธารณภัย และมูลนิธิกู้ภัยในพื้นที่ จัดการซ้อมแผนเผชิญเหตุกรณีอุทกภัย ณ ชุมชนวังเหนือ เมื่อวันที่ 2 กรกฎาคม 2567",
            "การซ้อมแผนจำลองสถานการณ์ระดับน้ำในแม่น้ำวังเพิ่มสูงขึ้นอย่างรวดเร็วในเวลากลางคืน มีการแจ้งเตือนผ่านเสียงตามสาย การอพยพผู้ป่วยติดเตียงและผู้สูงอายุไปยังศูนย์พักพิงชั่วคราว และการลำเลียงถุงยังชีพด้วยเรือท้องแบน",
            "หลังการซ้อม ผู้เข้าร่วมได้สรุปบทเรียนและปรับปรุงแผนอพยพของแต่ละชุมชนให้เหมาะสมยิ่งขึ้นก่อนเข้าสู่ช่วงที่ฝนตกชุก",
        ),
        captions=("เจ้าหน้าที่กู้ภัยซ้อมลำเลียงผู้สูงอายุด้วยเรือท้องแบน",),
        tags=("ป้องกันภัย",),
    ),
    _Post(
        450,
        "2024-07-08",
        "14:40",
        "notice",
        "clerk",
        "ประกาศเทศบาลเมืองห้วยโป่งงาม เรื่อง ขยายเวลาการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
        tags=("ภาษี",),
        pdf="2024/07/ขยายเวลาชำระภาษี-2567.pdf",
        pdf_lines=("Extension of the land and building tax payment period, 2567",),
    ),
    _Post(
        456,
        "2024-07-11",
        "08:50",
        "news",
        "pr",
        "ห้องสมุดประชาชนเทศบาลเปิดให้บริการวันเสาร์ เริ่มเดือนกรกฎาคม 2567",
        (
            "ห้องสมุดประชาชนเทศบาลเมืองห้วยโป่งงามขยายเวลาให้บริการ โดยเปิดทุกวันเสาร์ เวลา 09.00 – 16.00 น. เริ่มตั้งแต่วันเสาร์ที่ 13 กรกฎาคม 2567 เป็นต้นไป เพื่อให้นักเรียนและประชาชนที่ทำงานในวันธรรมดาได้ใช้บริการ",
            "ผู้ที่ยังไม่มีบัตรสมาชิกสามารถสมัครได้ฟรีที่เคาน์เตอร์ห้องสมุด โดยใช้บัตรประจำตัวประชาชนหรือบัตรนักเรียน",
        ),
        tags=("การศึกษา",),
        style="classic",
    ),
)


@dataclass
class _Page:
    id: int
    title: str
    slug: str  # percent-encoded, with the parent's slug for child pages ("a/b")
    html: str = ""
    parent: int = 0


EXECUTIVES = (
    (MAYOR, "นายกเทศมนตรีเมืองห้วยโป่งงาม"),
    ("นางสาวอรุณี แสงคำ", "รองนายกเทศมนตรี"),
    ("นายสุรชัย ปัญญาดี", "รองนายกเทศมนตรี"),
    ("นายวีระพงษ์ อินต๊ะวงศ์", "ปลัดเทศบาล"),
)

# ITA 2567 (OIT) rows: (code, name, kind, target); kinds: page key, cat key, tag name, post id,
# pdf (uploads path), ext (external URL), root (a root-relative path the editor typed without /muni).
ITA_ROWS = (
    ("O1", "โครงสร้าง", "page", "structure"),
    ("O2", "ข้อมูลผู้บริหาร", "page", "executives"),
    ("O3", "อำนาจหน้าที่", "pdf", "2024/04/o3-อำนาจหน้าที่.pdf"),
    ("O4", "แผนพัฒนาท้องถิ่น", "post", 172),
    ("O5", "ข้อมูลการติดต่อ", "page", "contact"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "pdf", "2024/04/o6-กฎหมายที่เกี่ยวข้อง.pdf"),
    ("O7", "ข่าวประชาสัมพันธ์", "cat", "news"),
    ("O8", "Q&amp;A", "ext", "https://m.me/huaipongngam.municipality"),
    ("O9", "Social Network", "ext", "https://www.facebook.com/huaipongngam.municipality"),
    ("O10", "แผนดำเนินงานและการใช้งบประมาณประจำปี", "pdf", "2024/04/o10-แผนดำเนินงาน-2567.pdf"),
    ("O11", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน", "post", 397),
    ("O12", "รายงานผลการดำเนินงานประจำปี", "root", "/wp-content/uploads/2024/04/o12-รายงานผล-2566.pdf"),
    ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "pdf", "2024/04/o13-manual.pdf"),
    ("O14", "คู่มือหรือมาตรฐานการให้บริการ", "pdf", "2024/04/o14-service-manual.pdf"),
    ("O15", "ข้อมูลเชิงสถิติการให้บริการ", "pdf", "2024/04/o15-สถิติ-2566.pdf"),
    ("O16", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "pdf", "2024/04/o16-ความพึงพอใจ.pdf"),
    ("O17", "E-Service", "ext", "https://forms.gle/hpgEserviceForm2567"),
    ("O18", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "post", 333),
    ("O19", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "cat", "procure"),
    ("O20", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "tag", "สขร.1"),
    ("O21", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "pdf", "2024/04/o21-รายงานจัดซื้อจัดจ้าง-2566.pdf"),
    ("O22", "นโยบายการบริหารทรัพยากรบุคคล", "pdf", "2024/04/o22-hr-policy.pdf"),
    ("O27", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "pdf", "2024/04/o27-ร้องเรียน.pdf"),
    ("O28", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "page", "contact"),
    ("O32", "การขับเคลื่อนจริยธรรม", "pdf", "2024/04/o32-จริยธรรม.pdf"),
    ("O33", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "post", 345),
)


def _fj(d: date | datetime) -> str:
    """WordPress's default date format 'F j, Y' in the Thai locale: 'มิถุนายน 19, 2024'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _be(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def _excerpt(text: str, words: int = 55) -> str:
    """wp_trim_words(): Thai has few spaces, so 55 'words' are often a whole paragraph or more."""
    tokens = text.split()
    if len(tokens) <= words:
        return esc(" ".join(tokens))
    return esc(" ".join(tokens[:words])) + "&hellip;"


def _pct(path: str) -> str:
    """Percent-encode a path as WordPress writes upload URLs: lower-case hex, ASCII left alone."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(path, safe="/-_."))


def _utc_iso(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _ago(dt: datetime) -> str:
    """human_time_diff() against TODAY, as the AMP legacy template prints it."""
    days = (TODAY - dt.date()).days
    if days < 1:
        return "1 วัน ที่แล้ว"
    if days < 7:
        return f"{days} วัน ที่แล้ว"
    if days < 30:
        return f"{max(1, days // 7)} สัปดาห์ ที่แล้ว"
    if days < 365:
        return f"{max(1, days // 30)} เดือน ที่แล้ว"
    return f"{days // 365} ปี ที่แล้ว"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=[f"{ROOT}/wp-admin/"],
        server_software="Apache/2.4.52 (Ubuntu)",
        redirect_slashless=True,
    )
    _Site(site).register()
    return site


class _Site:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.w = site.base_url + ROOT  # home_url()
        used: set[str] = set()
        self.posts: list[_Post] = []
        for p in sorted(POSTS, key=lambda p: (p.date, p.time)):
            slug = wp_slug(p.title)
            n = 2
            while slug in used:  # wp_unique_post_slug(): cut to make room for "-N"
                suffix = f"-{n}"
                slug = wp_slug(p.title, 200 - len(suffix)) + suffix
                n += 1
            used.add(slug)
            self.posts.append(replace(p, slug=slug, dt=local_dt(p.date, p.time)))
        self.newest = list(reversed(self.posts))
        self.by_id = {p.id: p for p in self.posts}
        parent = wp_slug("ข้อมูลพื้นฐาน")
        self.pages = {
            "about": _Page(20, "ข้อมูลพื้นฐาน", parent),
            "history": _Page(22, "ประวัติความเป็นมา", f"{parent}/{wp_slug('ประวัติความเป็นมา')}", parent=20),
            "vision": _Page(24, "วิสัยทัศน์ / พันธกิจ", f"{parent}/{wp_slug('วิสัยทัศน์ พันธกิจ')}", parent=20),
            "structure": _Page(26, "โครงสร้างองค์กร", f"{parent}/{wp_slug('โครงสร้างองค์กร')}", parent=20),
            "executives": _Page(28, "คณะผู้บริหาร", f"{parent}/{wp_slug('คณะผู้บริหาร')}", parent=20),
            "contact": _Page(30, "ติดต่อเรา", wp_slug("ติดต่อเรา")),
            "ita": _Page(60, "ITA 2567 การเปิดเผยข้อมูลสาธารณะ (OIT)", "ita"),
            "docs": _Page(75, "ค้นหาเอกสาร", wp_slug("ค้นหาเอกสาร")),
        }
        self.months = sorted({(p.dt.year, p.dt.month) for p in self.posts}, reverse=True)
        self.non_articles: list[str] = []
        self.docs = [p for p in self.newest if p.cat in DOC_CATS]

    # -- urls ---------------------------------------------------------------------------
    def link(self, p: _Post | _Page) -> str:
        return f"{self.w}/{p.slug}/"

    def page(self, key: str) -> str:
        return self.link(self.pages[key])

    def cat_path(self, key: str) -> str:
        return f"{ROOT}/category/{wp_slug(CATEGORIES[key][1])}/"

    def tag_path(self, name: str) -> str:
        return f"{ROOT}/tag/{wp_slug(name)}/"

    def author_path(self, key: str) -> str:
        return f"{ROOT}/author/{AUTHORS[key][1]}/"

    def upload(self, rel: str) -> str:
        """Path of an upload: Thai file names percent-encoded (lower-case hex)."""
        return f"{ROOT}/wp-content/uploads/" + _pct(rel)

    def pdf_url(self, p: _Post) -> str:
        assert p.pdf
        return self.b + self.upload(p.pdf)

    def photo_stem(self, p: _Post, k: int) -> str:
        n = (p.id * 7919 + k * 104729) % 90000000 + 10000000
        if p.id % 2:
            name = f"S__{n}"
        else:
            name = f"IMG_{p.dt:%Y%m%d}_{(p.dt.hour * 10000 + p.dt.minute * 100 + k * 7) % 240000:06d}"
        return f"{ROOT}/wp-content/uploads/{p.dt:%Y}/{p.dt:%m}/{name}"

    def jsf_url(
        self,
        cats: frozenset[str] = frozenset(),
        tags: frozenset[str] = frozenset(),
        period: tuple[date, date] | None = None,
        asc: bool = False,
        pagenum: int = 1,
    ) -> str:
        """A JetSmartFilters reload URL of the ค้นหาเอกสาร page (as esc_url writes it: &#038;)."""
        parts = [f"jsf={JSF_QUERY}"]
        tax = []
        if cats:
            tax.append("category:" + ",".join(str(CATEGORIES[c][0]) for c in DOC_CATS if c in cats))
        if tags:
            tax.append("post_tag:" + ",".join(str(TAGS[t]) for t in DOC_TAGS if t in tags))
        if tax:
            parts.append("tax=" + ";".join(tax))
        if period:
            parts.append(f"date={period[0]:%Y.%m.%d}-{period[1]:%Y.%m.%d}")
        if asc:
            parts.append("sort=orderby:date;order:ASC")
        if pagenum > 1:
            parts.append(f"pagenum={pagenum}")
        return self.page("docs") + "?" + "&#038;".join(parts)

    # -- registration ---------------------------------------------------------------------
    def register(self) -> None:
        site, w = self.site, self.w
        self.media()
        for i, p in enumerate(self.posts):
            path = f"{ROOT}/{p.slug}/"
            site.add(path, self.post_page(i))
            site.add(f"{ROOT}/?p={p.id}", redirect(self.link(p)))
            site.add(f"{path}?amp=1", self.amp_page(p))
            site.add(f"{path}feed/", self.comments_feed(p))
            aliases = [f"{w}/?p={p.id}", f"{self.link(p)}?amp=1"]
            if p.comment:
                cid = p.comment[0]
                site.add(f"{path}?replytocom={cid}", self.post_page(i, replyto=cid))
                aliases.append(f"{self.link(p)}?replytocom={cid}")
            if not p.gold:
                self.non_articles += [self.link(p), f"{self.link(p)}?amp=1"]
                continue
            site.articles.append(
                FixtureArticle(
                    url=self.link(p),
                    aliases=tuple(aliases),
                    title=p.title,
                    paragraphs=p.paragraphs,
                    published=p.date,
                    author=AUTHORS[p.author][2],
                    captions=p.captions,
                )
            )
        for key, pg in self.pages.items():
            site.add(f"{ROOT}/{pg.slug}/", self.static_page(key))
            site.add(f"{ROOT}/?page_id={pg.id}", redirect(self.link(pg)))
            site.add(f"{ROOT}/?p={pg.id}", redirect(self.link(pg)))
            self.non_articles.append(self.link(pg))
        # listings
        self.listing(f"{ROOT}/", "", SITE, self.newest, "home blog", home=True)
        for key, (tid, name) in CATEGORIES.items():
            self.listing(
                self.cat_path(key),
                f"หมวดหมู่: <span>{name}</span>",
                name,
                [p for p in self.newest if p.cat == key],
                f"archive category category-{wp_slug(name)} category-{tid}",
                feed=(f"{self.cat_path(key)}feed/", f"{SITE} &raquo; {name} ฟีดหมวดหมู่"),
                json_link=f"{ROOT}/wp-json/wp/v2/categories/{tid}",
            )
        for name, tid in TAGS.items():
            self.listing(
                self.tag_path(name),
                f"ป้ายกำกับ: <span>{esc(name)}</span>",
                esc(name),
                [p for p in self.newest if name in p.tags],
                f"archive tag tag-{wp_slug(name)} tag-{tid}",
                feed=(f"{self.tag_path(name)}feed/", f"{SITE} &raquo; {esc(name)} ฟีดป้ายกำกับ"),
                json_link=f"{ROOT}/wp-json/wp/v2/tags/{tid}",
            )
        for key, (uid, login, name) in AUTHORS.items():
            self.listing(
                self.author_path(key),
                f'ผู้เขียน: <span class="vcard">{name}</span>',
                name,
                [p for p in self.newest if p.author == key],
                f"archive author author-{login} author-{uid}",
                feed=(f"{self.author_path(key)}feed/", f"{SITE} &raquo; เรื่องโดย {name} ฟีด"),
                json_link=f"{ROOT}/wp-json/wp/v2/users/{uid}",
            )
        for y, m in self.months:
            label = f"{MONTHS[m - 1]} {y}"
            self.listing(
                f"{ROOT}/{y}/{m:02d}/",
                f"เดือน: <span>{label}</span>",
                label,
                [p for p in self.newest if (p.dt.year, p.dt.month) == (y, m)],
                "archive date",
            )
        self.register_root()
        self.register_machine()
        site.non_articles = self.non_articles
        site.trap_patterns = [r"[?&]jsf=jet-engine"]
        site.dynamic = self.dynamic

    def media(self) -> None:
        site = self.site
        for p in self.posts:
            if p.photos:
                for k in range(0, p.photos + 1):
                    stem = self.photo_stem(p, k)
                    for wd, ht in ((1200, 800), (1024, 683), (768, 512), (300, 200)):
                        suffix = "" if wd == 1200 else f"-{wd}x{ht}"
                        add_jpeg(site, f"{stem}{suffix}.jpg", wd, ht, p.dt)
            if p.pdf:
                add_pdf(site, self.upload(p.pdf), "Huai Pong Ngam Town Municipality", list(p.pdf_lines), p.dt)
        ita_dt = local_dt("2024-04-22", "10:00")
        for _code, _name, kind, target in ITA_ROWS:
            if kind == "pdf":
                add_pdf(site, self.upload(str(target)), "ITA 2567 Huai Pong Ngam", [f"OIT item {_code}"], ita_dt)
            elif kind == "root":
                self.site.broken_links.append(self.b + _pct(str(target)))
        first = local_dt("2023-05-02", "10:00")
        add_jpeg(site, f"{ROOT}/wp-content/uploads/2023/05/logo-huaipongngam.jpg", 220, 220, first)
        add_jpeg(site, f"{ROOT}/wp-content/uploads/2023/05/cropped-logo-huaipongngam-32x32.jpg", 32, 32, first)
        add_jpeg(site, f"{ROOT}/wp-content/uploads/2023/05/cropped-logo-huaipongngam-192x192.jpg", 192, 192, first)
        add_jpeg(site, f"{ROOT}/wp-content/uploads/2023/05/org-chart-2566.jpg", 1200, 800, first)
        for k in range(len(EXECUTIVES)):
            add_jpeg(site, f"{ROOT}/wp-content/uploads/2023/05/exec-{k + 1}-300x400.jpg", 300, 400, first)
        add_gif(site, f"{ROOT}/wp-content/uploads/2023/06/icon-pdf.gif", first)
        add_jpeg(site, "/images/intro-2567.jpg", 1000, 560, first)
        add_gif(site, "/images/enter.gif", first)
        for path, ctype in (
            (f"{ROOT}/wp-content/themes/astra/assets/css/minified/main.min.css?ver={ASTRA_VER}", "text/css"),
            (f"{ROOT}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VER}", "text/css"),
            (f"{ROOT}/wp-content/plugins/jet-smart-filters/assets/css/public.css?ver={JSF_VER}", "text/css"),
            (f"{ROOT}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1", "application/javascript"),
            (
                f"{ROOT}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver={ASTRA_VER}",
                "application/javascript",
            ),
            (
                f"{ROOT}/wp-content/plugins/jet-smart-filters/assets/js/public.js?ver={JSF_VER}",
                "application/javascript",
            ),
            (f"{ROOT}/wp-includes/js/comment-reply.min.js?ver={WP_VER}", "application/javascript"),
        ):
            add_text(site, path, "/* minified */\n", ctype)

    # -- the page frame (Astra) -------------------------------------------------------------
    def frame(self, title: str, body_class: str, head_extra: str, main: str, breadcrumb: str = "") -> Response:
        b, w = self.b, self.w
        w_json = w.replace("/", "\\/")
        pg = self.pages
        cat = {k: f"{b}{self.cat_path(k)}" for k in CATEGORIES}

        def item(mid: int, href: str, label: str, extra: str = "menu-item-type-post_type menu-item-object-page") -> str:
            return f'<li id="menu-item-{mid}" class="menu-item {extra} menu-item-{mid}"><a href="{href}" class="menu-link">{label}</a></li>'

        def parent(mid: int, label: str, children: str, href: str = "#") -> str:
            return (
                f'<li id="menu-item-{mid}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children menu-item-{mid}">'
                f'<a aria-expanded="false" href="{href}" class="menu-link">{label}<span role="application" class="dropdown-menu-toggle ast-header-navigation-arrow" tabindex="0" aria-expanded="false" aria-label="เปิด/ปิดเมนู"></span></a>'
                f'<button class="ast-menu-toggle" aria-expanded="false"><span class="screen-reader-text">เปิด/ปิดเมนู</span></button>'
                f'\n<ul class="sub-menu">\n\t{children}\n</ul>\n</li>'
            )

        menu = "\n".join(
            [
                item(101, f"{w}/", "หน้าแรก", "menu-item-type-custom menu-item-object-custom menu-item-home"),
                parent(
                    102,
                    "ข้อมูลพื้นฐาน",
                    "\n\t".join(
                        item(103 + n, self.page(k), pg[k].title)
                        for n, k in enumerate(("history", "vision", "structure", "executives"))
                    ),
                    self.page("about"),
                ),
                parent(
                    110,
                    "ข่าวสาร",
                    "\n\t".join(
                        item(111 + n, cat[k], CATEGORIES[k][1], "menu-item-type-taxonomy menu-item-object-category")
                        for n, k in enumerate(("news", "activity"))
                    ),
                ),
                parent(
                    120,
                    "ประกาศ",
                    "\n\t".join(
                        [
                            *(
                                item(
                                    121 + n,
                                    cat[k],
                                    CATEGORIES[k][1],
                                    "menu-item-type-taxonomy menu-item-object-category",
                                )
                                for n, k in enumerate(DOC_CATS)
                            ),
                            item(124, self.page("docs"), "ค้นหาเอกสารขั้นสูง"),
                        ]
                    ),
                ),
                item(130, self.page("ita"), "ITA"),
                item(131, self.page("contact"), pg["contact"].title),
            ]
        )
        return html_page(f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; ฟีด" href="{w}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; ฟีดความเห็น" href="{w}/comments/feed/" />{head_extra}
<link rel='stylesheet' id='astra-theme-css-css' href='{w}/wp-content/themes/astra/assets/css/minified/main.min.css?ver={ASTRA_VER}' media='all' />
<link rel='stylesheet' id='astra-google-fonts-css' href='https://fonts.googleapis.com/css?family=Sarabun%3A400%2C700&#038;display=fallback&#038;ver={ASTRA_VER}' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='{w}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VER}' media='all' />
<link rel='stylesheet' id='jet-smart-filters-css' href='{w}/wp-content/plugins/jet-smart-filters/assets/css/public.css?ver={JSF_VER}' media='all' />
<script src="{w}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{w}/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{w}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {WP_VER}" />
<link rel="icon" href="{w}/wp-content/uploads/2023/05/cropped-logo-huaipongngam-32x32.jpg" sizes="32x32" />
<link rel="icon" href="{w}/wp-content/uploads/2023/05/cropped-logo-huaipongngam-192x192.jpg" sizes="192x192" />
</head>

<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="{body_class} wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-{ASTRA_VER} ast-inherit-site-logo-transparent ast-hfb-header">

<a
	class="skip-link screen-reader-text"
	href="#content"
	title="ข้ามไปยังเนื้อหา">
		ข้ามไปยังเนื้อหา</a>

<div
class="hfeed site" id="page">
			<header
		class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"		>
			<div id="ast-desktop-header" data-toggle-type="dropdown">
		<div class="ast-main-header-wrap main-header-bar-wrap ">
		<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
			<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
				<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
					<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
		<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
		<div
				class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"				>
			<span class="site-logo-img"><a href="{w}/" class="custom-logo-link" rel="home"><img width="80" height="80" src="{w}/wp-content/uploads/2023/05/logo-huaipongngam.jpg" class="custom-logo" alt="{SITE}" decoding="async" /></a></span><div class="ast-site-title-wrap">
						<span class="site-title" itemprop="name">
				<a href="{w}/" rel="home" itemprop="url" >
					{SITE}
				</a>
			</span>
						<p class="site-description" itemprop="description">
				{TAGLINE}
			</p>
				</div>		</div>
			<!-- .site-branding -->
		</div>
			</div>
					<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
		<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
			<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex  submenu-with-border stack-on-mobile">
{menu}
</ul></div></nav></div></div>		</div>
				</div>
						</div>
			</div>
		</div>
	</div> <!-- Main Header Bar Wrap -->
			</header><!-- #masthead -->
			<div id="content" class="site-content">
		<div class="ast-container">
{breadcrumb}
	<div id="primary" class="content-area primary">
		<main id="main" class="site-main">
{main}
		</main><!-- #main -->
	</div><!-- #primary -->
{self.sidebar()}
	</div> <!-- ast-container -->
	</div><!-- #content -->
<footer
class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
	<div class="site-above-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-above-footer-builder">
		<div class="ast-builder-grid-row-container-inner">
			<div class="ast-builder-footer-grid-columns site-above-footer-inner-wrap ast-builder-grid-row">
				<div class="site-footer-above-section-1 site-footer-section site-footer-section-1">
					<aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1">
<section id="block-7" class="widget widget_block"><p><strong>สำนักงาน{SITE}</strong><br>{ADDRESS}<br>โทรศัพท์ <a href="tel:054227815">{PHONE}</a> โทรสาร 0 5422 7816<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p></section>					</aside>
				</div>
				<div class="site-footer-above-section-2 site-footer-section site-footer-section-2">
					<aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-2" aria-label="Footer Widget 2">
<section id="block-8" class="widget widget_block"><p>ติดตามข่าวสาร<br><a href="https://www.facebook.com/huaipongngam.municipality" target="_blank" rel="noreferrer noopener">Facebook เทศบาลเมืองห้วยโป่งงาม</a><br><a href="https://line.me/R/ti/p/@huaipongngam" target="_blank" rel="noreferrer noopener">LINE Official @huaipongngam</a></p></section>					</aside>
				</div>
				<div class="site-footer-above-section-3 site-footer-section site-footer-section-3">
					<aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-3" aria-label="Footer Widget 3">
<section id="block-9" class="widget widget_block"><p>เวลาทำการ วันจันทร์ &#8211; วันศุกร์ 08.30 &#8211; 16.30 น.<br>(เว้นวันหยุดราชการ)</p></section>					</aside>
				</div>
			</div>
		</div>
	</div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
	<div class="ast-builder-grid-row-container-inner">
		<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
			<div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
				<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
					<div class="ast-footer-copyright"><p>ลิขสิทธิ์ &copy; 2024 {SITE} | ขับเคลื่อนโดย <a href="https://wpastra.com/" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p>
</div>				</div>
			</div>
		</div>
	</div>
</div>
</footer><!-- #colophon -->
	</div><!-- #page -->
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">เลื่อนขึ้นด้านบน</span></div>
<script src="{w}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver={ASTRA_VER}" id="astra-theme-js-js"></script>
<script id="jet-smart-filters-js-extra">
var JetSmartFilterSettings = {{"ajaxurl":"{w_json}\\/wp-admin\\/admin-ajax.php","siteurl":"{w_json}","sitepath":"\\/muni\\/","plugin_settings":{{"use_tabindex":"false","url_type":"plain","use_signature_verification":"false"}}}};
</script>
<script src="{w}/wp-content/plugins/jet-smart-filters/assets/js/public.js?ver={JSF_VER}" id="jet-smart-filters-js"></script>
</body>
</html>
""")

    def sidebar(self) -> str:
        b, w = self.b, self.w
        latest = "\n".join(
            f'<li>\n\t\t\t\t<a href="{self.link(p)}">{texturize(p.title)}</a>\n\t\t\t\t\t\t\t<span class="post-date">{_fj(p.dt)}</span>\n\t\t\t\t\t</li>'
            for p in self.newest[:SIDEBAR_LATEST]
        )
        cats = "\n".join(
            f'\t<li class="cat-item cat-item-{tid}"><a href="{b}{self.cat_path(key)}">{name}</a> ({sum(p.cat == key for p in self.posts)})\n</li>'
            for key, (tid, name) in CATEGORIES.items()
        )
        archives = "\n".join(
            f"\t<li><a href='{b}{ROOT}/{y}/{m:02d}/'>{MONTHS[m - 1]} {y}</a></li>" for y, m in self.months
        )
        cloud = " ".join(
            f'<a href="{b}{self.tag_path(name)}" class="tag-cloud-link tag-link-{tid} tag-link-position-{n + 1}" style="font-size: {8 + (tid * 5) % 14}pt;" aria-label="{attr(name)} ({sum(name in p.tags for p in self.posts)} รายการ)">{esc(name)}</a>'
            for n, (name, tid) in enumerate(TAGS.items())
        )
        month_start = TODAY.replace(day=1)
        month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        jsf = (
            f'<li><a href="{self.jsf_url(cats=frozenset({"notice"}))}">ประกาศเทศบาล</a></li>'
            f'<li><a href="{self.jsf_url(cats=frozenset({"procure"}))}">ประกาศจัดซื้อจัดจ้าง</a></li>'
            f'<li><a href="{self.jsf_url(period=(month_start, month_end))}">เอกสารเดือนนี้</a></li>'
        )
        return f"""<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
	<div class="sidebar-main" >
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{w}/">
	<label for="search-field">
		<span class="screen-reader-text">ค้นหาสำหรับ:</span>
		<input type="search" id="search-field" class="search-field"   placeholder="ค้นหา..." value="" name="s" tabindex="-1">
	</label>
			<input type="submit" class="search-submit" value="ค้นหา">
	</form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries">
		<h2 class="widget-title">เรื่องล่าสุด</h2><nav aria-label="เรื่องล่าสุด">
		<ul>
{latest}
		</ul>
		</nav></aside>
<aside id="block-12" class="widget widget_block"><div class="wp-block-group jsf-quick-links"><h2 class="widget-title">ค้นหาเอกสารขั้นสูง</h2><ul class="jet-smart-filters-quick">{jsf}</ul><p><a href="{self.page("docs")}">ค้นหาเอกสารทั้งหมด &raquo;</a></p></div></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">หมวดหมู่</h2><nav aria-label="หมวดหมู่">
			<ul>
{cats}
			</ul>
			</nav></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><nav aria-label="คลังเก็บ">
			<ul>
{archives}
			</ul>
			</nav></aside>
<aside id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">ป้ายกำกับ</h2><nav aria-label="ป้ายกำกับ"><div class="tagcloud">{cloud}</div>
</nav></aside>
<aside id="block-14" class="widget widget_block"><h2 class="widget-title">ลิงก์หน่วยงาน</h2><ul><li><a href="https://www.dla.go.th/" target="_blank" rel="noreferrer noopener">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.lampang.go.th/" target="_blank" rel="noreferrer noopener">จังหวัดลำปาง</a></li><li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch" target="_blank" rel="noreferrer noopener">ระบบ e-GP กรมบัญชีกลาง</a></li><li><a href="https://itas.nacc.go.th/" target="_blank" rel="noreferrer noopener">ITAS สำนักงาน ป.ป.ช.</a></li></ul></aside>
	</div><!-- .sidebar-main -->
</div><!-- #secondary -->"""

    def breadcrumb(self, trail: list[tuple[str, str]], last: str) -> str:
        items = [
            f'<li class="trail-item{" trail-begin" if n == 0 else ""}"><a href="{href}" rel="home"><span>{label}</span></a></li>'
            if n == 0
            else f'<li class="trail-item"><a href="{href}"><span>{label}</span></a></li>'
            for n, (href, label) in enumerate([(f"{self.w}/", "หน้าแรก"), *trail])
        ]
        items.append(f'<li class="trail-item trail-end"><span><span>{last}</span></span></li>')
        return f"""<div class="main-header-bar ast-header-breadcrumb">
	<div class="ast-container">
		<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="เส้นทาง" class="breadcrumb-trail breadcrumbs" ><div class="ast-breadcrumbs"><ul class="trail-items" >{"".join(items)}</ul></div></nav></div></div>
	</div>
</div>"""

    # -- post bodies ------------------------------------------------------------------------
    def figure(self, p: _Post, k: int, caption: str, style: str) -> str:
        b, stem = self.b, self.photo_stem(p, k)
        aid = p.id + k
        srcset = (
            f"{b}{stem}-1024x683.jpg 1024w, {b}{stem}-300x200.jpg 300w, {b}{stem}-768x512.jpg 768w, {b}{stem}.jpg 1200w"
        )
        if style == "classic":
            return (
                f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" style="width: 1024px" class="wp-caption aligncenter">'
                f'<a href="{b}{stem}.jpg"><img decoding="async" class="size-large wp-image-{aid}" src="{b}{stem}-1024x683.jpg" alt="" width="1024" height="683" srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px" /></a>'
                f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{esc(caption)}</figcaption></figure>'
            )
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{b}{stem}-1024x683.jpg" alt="" class="wp-image-{aid}" srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px" />'
            f'<figcaption class="wp-element-caption">{esc(caption)}</figcaption></figure>'
        )

    def gallery(self, p: _Post) -> str:
        if not p.gallery:
            return ""
        b, first = self.b, len(p.captions) + 1
        items = "\n".join(
            f'<figure class="wp-block-image size-large"><a href="{b}{self.photo_stem(p, k)}.jpg"><img loading="lazy" decoding="async" width="1024" height="683" data-id="{p.id + k}" src="{b}{self.photo_stem(p, k)}-1024x683.jpg" alt="" class="wp-image-{p.id + k}" srcset="{b}{self.photo_stem(p, k)}-1024x683.jpg 1024w, {b}{self.photo_stem(p, k)}-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /></a></figure>'
            for k in range(first, first + p.gallery)
        )
        return f'\n<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n{items}\n</figure>'

    def flipbook(self, p: _Post) -> str:
        pdf = self.pdf_url(p)
        name = quote(p.title[:60], safe="")
        src = f"{FLIPBOOK}?pdf={pdf}&#038;wp-hosted=1&#038;title={name}&#038;header=&#038;theme=&#038;singlepage=auto&#038;thumbs=1&#038;modified={p.dt:%y%m%d%H%M%S}"
        return (
            f'<iframe frameborder="0" width="100%" height="720" title="{attr(p.title)}" class="flowpaper_iframe" name="flowpaper_iframe_{p.id}" '
            f'allowfullscreen webkitallowfullscreen mozallowfullscreen src="{src}"></iframe>'
        )

    def content_html(self, p: _Post) -> str:
        """What the_content() prints."""
        b = self.b
        if not p.gold and p.pdf:
            # The whole content: the download link and the FlowPaper viewer.
            return (
                f'<p><a href="{self.pdf_url(p)}" target="_blank" rel="noopener"><img decoding="async" class="alignnone" src="{b}{ROOT}/wp-content/uploads/2023/06/icon-pdf.gif" alt="" width="32" height="32" /> ดาวน์โหลดเอกสาร</a></p>\n'
                f"<p>{self.flipbook(p)}</p>\n"
            )
        if not p.gold:
            return self.gallery(p).lstrip("\n") + "\n"
        figs = [self.figure(p, k, cap, p.style) for k, cap in enumerate(p.captions, start=1)]
        out: list[str] = []
        for n, text in enumerate(p.paragraphs):
            if p.style == "classic":
                indent = "&nbsp; &nbsp; &nbsp; &nbsp;" if p.id % 2 == 0 else ""
                out.append(f'<p style="text-align: justify;">{indent}{texturize(text)}</p>')
            else:
                out.append(f"<p>{texturize(text)}</p>")
            if n == 0 and figs:
                out.append(figs.pop(0))
        out.extend(figs)
        body = "\n".join(out) + self.gallery(p)
        if p.pdf:
            pdf, fid = self.pdf_url(p), f"wp-block-file--media-{p.id}"
            fname = esc(unquote(pdf.rsplit("/", 1)[1]))
            body += (
                f'\n<div class="wp-block-file"><a id="{fid}" href="{pdf}">{fname}</a><a href="{pdf}" class="wp-block-file__button wp-element-button" download aria-describedby="{fid}">ดาวน์โหลด</a></div>'
                f"\n<p>{self.flipbook(p)}</p>"
            )
        if p.style == "classic":
            body += "\n<p>&nbsp;</p>"
        return body + "\n"

    def byline(self, p: _Post, cats: bool = True) -> str:
        uid, login, name = AUTHORS[p.author]
        modified = date.fromisoformat(p.modified) if p.modified else p.dt.date()
        cat_html = ""
        if cats:
            tid, cname = CATEGORIES[p.cat]
            cat_html = f'<span class="ast-taxonomy-container cat-links default"><a href="{self.b}{self.cat_path(p.cat)}" rel="category tag">{cname}</a></span> / '
        return (
            f'<div class="entry-meta">{cat_html}<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">'
            f'			<a title="ดูเรื่องทั้งหมดโดย {attr(name)}" href="{self.b}{self.author_path(p.author)}" rel="author" class="url fn n" itemprop="url"				>'
            f'<span class="author-name" itemprop="name">{name}</span></a></span> / '
            f'<span class="posted-on"><span class="published" itemprop="datePublished"> {_fj(p.dt)}</span>'
            f'<span class="updated" itemprop="dateModified"> {_fj(modified)}</span></span></div>'
        )

    def post_classes(self, p: _Post) -> str:
        tid, cname = CATEGORIES[p.cat]
        thumb = " has-post-thumbnail" if p.photos else ""
        return (
            f"post-{p.id} post type-post status-publish format-standard{thumb} hentry category-{wp_slug(cname)}"
            + "".join(f" tag-{wp_slug(t)}" for t in p.tags)
        )

    def featured(self, p: _Post, size: str = "1024x683") -> str:
        if not p.photos:
            return ""
        b, stem = self.b, self.photo_stem(p, 0)
        wd, ht = size.split("x")
        return f'<div class="post-thumb-img-content post-thumb"><img width="{wd}" height="{ht}" src="{b}{stem}-{size}.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" srcset="{b}{stem}-1024x683.jpg 1024w, {b}{stem}-300x200.jpg 300w, {b}{stem}-768x512.jpg 768w, {b}{stem}.jpg 1200w" sizes="(max-width: 1024px) 100vw, 1024px" /></div>'

    def related(self, p: _Post) -> str:
        others = [q for q in self.newest if q.cat == p.cat and q.id != p.id][:RELATED]
        if not others:
            return ""
        cards = "\n".join(
            f"""		<article class="ast-related-post post-{q.id} post type-post status-publish format-standard hentry">
			<div class="ast-related-posts-inner-section">
				<div class="ast-related-post-content">
					<header class="entry-header related-entry-header">
						<h3 class="ast-related-post-title entry-title"><a href="{self.link(q)}" target="_self" rel="bookmark noopener noreferrer">{texturize(q.title)}</a></h3>
						<div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="posted-on"><span class="published" itemprop="datePublished"> {_fj(q.dt)}</span></span></div>
					</header>
					<div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">{_excerpt(" ".join(q.paragraphs) or "ดาวน์โหลดเอกสาร", 25)}</p></div>
				</div>
			</div>
		</article>"""
            for q in others
        )
        return f"""<div class="ast-single-related-posts-container ast-container--fallback">
	<div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">เรื่องที่เกี่ยวข้อง</h2></div>
	<div class="ast-related-posts-wrapper">
{cards}
	</div>
</div>"""

    def comments_html(self, p: _Post, replyto: int | None) -> str:
        if not p.gold:
            return ""  # comments closed on announcements and albums
        url = self.link(p)
        listing = ""
        if p.comment:
            cid, name, d, t, text = p.comment
            cdt = local_dt(d, t)
            listing = f"""	<div class="comments-count-wrapper">
		<h3 class="comments-title">
			ความเห็น 1 รายการ		</h3>
	</div>
	<ol class="ast-comment-list">
		<li class="comment even thread-even depth-1" id="li-comment-{cid}">
		<article id="comment-{cid}" class="ast-comment">
		<div class= 'ast-comment-info'>
			<div class='ast-comment-avatar-wrap'><img alt='' src='https://secure.gravatar.com/avatar/{cid:032x}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' loading='lazy' decoding='async'/></div>
			<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">{esc(name)}</b> </cite></div><div class="ast-comment-time"><span class="timendate"><a href="{url}#comment-{cid}"><time datetime="{cdt.isoformat()}">{_fj(cdt)} เวลา {cdt:%H:%M} น.</time></a></span></div></header>
		</div>
		<section class="ast-comment-content comment">
			<p>{esc(text)}</p>
			<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{p.id}" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="ตอบกลับถึง {attr(name)}" aria-label='ตอบกลับถึง {attr(name)}'>ตอบกลับ</a></span></div>
		</section>
		</article>
		</li>
	</ol>
"""
        cancel = "" if replyto else ' style="display:none;"'
        title = f"ตอบกลับถึง {esc(p.comment[1])}" if replyto and p.comment else "ใส่ความเห็น"
        return f"""<div id="comments" class="comments-area comment-form-position-below">
{listing}	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"{cancel}>ยกเลิกการตอบ</a></small></h3><form action="{self.w}/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> <span class="required-field-message">ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class ="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">พิมพ์ที่นี่..</label><textarea id="comment" name="comment" placeholder="พิมพ์ที่นี่.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row">
			<p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">ชื่อ*</label><input id="author" name="author" type="text" value="" placeholder="ชื่อ*" size="30" aria-required='true' autocomplete="name" /></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">อีเมล*</label><input id="email" name="email" type="text" value="" placeholder="อีเมล*" size="30" aria-required='true' autocomplete="email" /></p></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น &raquo;" /> <input type='hidden' name='comment_post_ID' value='{p.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{replyto or 0}' />
</p></form>	</div><!-- #respond -->
	</div><!-- #comments -->"""

    def share(self, p: _Post) -> str:
        u = quote(self.link(p), safe="")
        return (
            '<div class="ast-share-links"><span>แชร์:</span> '
            f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="share-line" href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" rel="noopener">LINE</a> '
            f'<a class="share-x" href="https://twitter.com/intent/tweet?url={u}&#038;text={quote(p.title)}" target="_blank" rel="noopener">X</a></div>'
        )

    def post_page(self, i: int, replyto: int | None = None) -> Response:
        p = self.posts[i]
        b, w = self.b, self.w
        prev_p = self.posts[i - 1] if i > 0 else None
        next_p = self.posts[i + 1] if i + 1 < len(self.posts) else None
        nav = '<nav class="navigation post-navigation" aria-label="เรื่อง">\n\t\t<h2 class="screen-reader-text">นำทางเรื่อง</h2>\n\t\t<div class="nav-links">'
        if prev_p:
            nav += f'<div class="nav-previous"><a title="{attr(prev_p.title)}" href="{self.link(prev_p)}" rel="prev"><span class="ast-left-arrow">&larr;</span> เรื่องก่อนหน้า</a></div>'
        if next_p:
            nav += f'<div class="nav-next"><a title="{attr(next_p.title)}" href="{self.link(next_p)}" rel="next">เรื่องถัดไป <span class="ast-right-arrow">&rarr;</span></a></div>'
        nav += "</div>\n\t</nav>"
        tags = ""
        if p.tags:
            tags = (
                '<footer class="entry-footer"><span class="tags-links">ป้ายกำกับ: '
                + ", ".join(f'<a href="{b}{self.tag_path(t)}" rel="tag">{esc(t)}</a>' for t in p.tags)
                + "</span></footer>"
            )
        main = f"""<article
class="{self.post_classes(p)} ast-article-single" id="post-{p.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
	<div class="ast-post-format- single-layout-1 ast-no-date-box">
	<div class="ast-single-post-order">
		<header class="entry-header">
		{self.featured(p)}
		<h1 class="entry-title" itemprop="headline">{texturize(p.title)}</h1>{self.byline(p)}
		</header><!-- .entry-header -->
	</div>
	<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
{self.content_html(p)}
	</div><!-- .entry-content .clear -->
	{tags}
	{self.share(p)}
	</div>
</article><!-- #post-## -->
{nav}
{self.related(p)}
{self.comments_html(p, replyto)}"""
        head = ""
        if replyto:
            head += "\n<meta name='robots' content='noindex, follow' />"
        if p.gold:
            head += f'\n<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {attr(p.title)} ฟีดความเห็น" href="{self.link(p)}feed/" />'
        head += f'\n<link rel="alternate" title="JSON" type="application/json" href="{w}/wp-json/wp/v2/posts/{p.id}" />'
        head += f'\n<link rel="canonical" href="{self.link(p)}" />'
        head += f"\n<link rel='shortlink' href='{w}/?p={p.id}' />"
        head += f'\n<link rel="amphtml" href="{self.link(p)}?amp=1">'
        if p.comment:
            head += f'\n<script src="{w}/wp-includes/js/comment-reply.min.js?ver={WP_VER}" id="comment-reply-js" async data-wp-strategy="async"></script>'
        tid, cname = CATEGORIES[p.cat]
        crumb = self.breadcrumb([(f"{b}{self.cat_path(p.cat)}", cname)], texturize(p.title))
        body_class = f"post-template-default single single-post postid-{p.id} single-format-standard"
        return self.frame(f"{texturize(p.title)} &#8211; {SITE}", body_class, head, main, crumb)

    def amp_page(self, p: _Post) -> Response:
        """The AMP plugin's legacy Reader template (?amp=1)."""
        w = self.w
        content = self.content_html(p)
        content = re.sub(r"<img ([^>]*?) ?/>", r'<amp-img \1 layout="intrinsic"></amp-img>', content)
        content = re.sub(r" (decoding|loading|srcset|sizes)=\"[^\"]*\"", "", content)
        content = re.sub(
            r"<iframe ([^>]*?)></iframe>",
            r'<amp-iframe \1 layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups"><span placeholder="" class="amp-wp-iframe-placeholder"></span></amp-iframe>',
            content,
        )
        content = content.replace(' style="text-align: justify;"', "")
        tid, cname = CATEGORIES[p.cat]
        featured = ""
        if p.photos:
            stem = self.b + self.photo_stem(p, 0)
            featured = f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1024" height="683" src="{stem}-1024x683.jpg" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes i-amphtml-layout-intrinsic" alt="" layout="intrinsic"></amp-img></figure>'
        style = (
            "<style amp-custom>.amp-wp-header{background-color:#1a5c2e}.amp-wp-header a{color:#fff;text-decoration:none}"
            ".amp-wp-article{color:#353535;font-weight:400;margin:1.5em auto;max-width:840px}.amp-wp-title{font-size:1.5em}"
            ".amp-wp-meta{color:#696969;display:inline-block;font-size:.875em}</style>"
        )
        return html_page(f"""<!doctype html>
<html amp lang="th" i-amphtml-layout="" i-amphtml-no-boilerplate="" transformed="self;v=1">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width,minimum-scale=1">
	<link rel="preconnect" href="https://cdn.ampproject.org">
	<script async src="https://cdn.ampproject.org/v0.js"></script>
	<script src="https://cdn.ampproject.org/v0/amp-iframe-0.1.mjs" async custom-element="amp-iframe" type="module" crossorigin="anonymous"></script>
	<title>{texturize(p.title)} &#8211; {SITE}</title>
	<link rel="canonical" href="{self.link(p)}">
	<meta name="generator" content="AMP Plugin v2.5.3; mode=reader; theme=legacy">
	{style}
</head>
<body class="">
<header id="top" class="amp-wp-header">
	<div>
		<a href="{w}/">
			<amp-img src="{w}/wp-content/uploads/2023/05/cropped-logo-huaipongngam-32x32.jpg" width="32" height="32" class="amp-wp-site-icon" alt="Site icon" layout="intrinsic"></amp-img>
			<span class="amp-site-title">{SITE}</span>
		</a>
	</div>
</header>
<article class="amp-wp-article">
	<header class="amp-wp-article-header">
		<h1 class="amp-wp-title">{texturize(p.title)}</h1>
		<div class="amp-wp-meta amp-wp-byline">
			<span class="amp-wp-author author vcard">{AUTHORS[p.author][2]}</span>
		</div>
		<div class="amp-wp-meta amp-wp-posted-on">
			<time datetime="{_utc_iso(p.dt)}">{_ago(p.dt)}</time>
		</div>
	</header>
	{featured}
	<div class="amp-wp-article-content">
{content}
	</div>
	<footer class="amp-wp-article-footer">
		<div class="amp-wp-meta amp-wp-tax-category">หมวดหมู่: <a href="{self.b}{self.cat_path(p.cat)}" rel="category tag">{cname}</a></div>
		<div class="amp-wp-meta amp-wp-comments-link"><a href="{self.link(p)}#respond">แสดงความเห็น</a></div>
	</footer>
</article>
<footer class="amp-wp-footer">
	<div>
		<h2>{SITE}</h2>
		<a href="#top" class="back-to-top">กลับด้านบน</a>
	</div>
</footer>
</body>
</html>
""")

    # -- standing pages -----------------------------------------------------------------------
    def page_html(self, key: str) -> str:
        b, w = self.b, self.w
        if key == "about":
            kids = "".join(
                f'<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="{self.page(k)}">{self.pages[k].title}</a></li>'
                for k in ("history", "vision", "structure", "executives")
            )
            return f'<p>ข้อมูลพื้นฐานของ{SITE} ประกอบด้วยหัวข้อต่อไปนี้</p>\n<ul class="wp-block-page-list">{kids}</ul>'
        if key == "history":
            return """<p>&nbsp; &nbsp; &nbsp; &nbsp;ห้วยโป่งงามเดิมเป็นชุมชนเกษตรกรรมริมแม่น้ำวัง ตั้งชื่อตามลำห้วยโป่งที่ไหลผ่านกลางชุมชนและมีน้ำใสตลอดปี ชาวบ้านรุ่นแรกอพยพมาจากเมืองลำปางเก่าเมื่อราวสองร้อยปีก่อน ประกอบอาชีพทำนา ปลูกผัก และทำเครื่องปั้นดินเผาจากดินริมห้วย</p>
<p>&nbsp; &nbsp; &nbsp; &nbsp;ต่อมาทางราชการได้จัดตั้งสุขาภิบาลห้วยโป่งขึ้นเมื่อปี พ.ศ. 2499 เพื่อดูแลความสะอาดและความเป็นระเบียบของชุมชนที่ขยายตัวตามเส้นทางคมนาคม และได้รับการยกฐานะเป็นเทศบาลตำบลห้วยโป่งงามเมื่อวันที่ 25 พฤษภาคม 2542 ตามพระราชบัญญัติเปลี่ยนแปลงฐานะสุขาภิบาลเป็นเทศบาล</p>
<p>&nbsp; &nbsp; &nbsp; &nbsp;ด้วยจำนวนประชากรและรายได้ที่เพิ่มขึ้นอย่างต่อเนื่อง กระทรวงมหาดไทยจึงประกาศยกฐานะเป็นเทศบาลเมืองห้วยโป่งงามเมื่อปี พ.ศ. 2553 ปัจจุบันมีพื้นที่ 18.6 ตารางกิโลเมตร แบ่งเป็น 14 ชุมชน มีประชากรประมาณ 21,400 คน</p>
<p>&nbsp; &nbsp; &nbsp; &nbsp;สถานที่สำคัญในเขตเทศบาล ได้แก่ วัดห้วยโป่งหลวง สวนสาธารณะหนองกระทิง ท่าน้ำวังเหนือ และตลาดสดเทศบาลซึ่งเป็นแหล่งจำหน่ายสินค้าเกษตรที่ใหญ่ที่สุดของอำเภอ</p>"""
        if key == "vision":
            return """<h2 class="wp-block-heading has-text-align-center">วิสัยทัศน์</h2>
<p class="has-text-align-center">&#8220;ห้วยโป่งงามเมืองน่าอยู่ ชุมชนเข้มแข็ง สิ่งแวดล้อมดี บริการประชาชนด้วยธรรมาภิบาล&#8221;</p>
<h3 class="wp-block-heading">พันธกิจ</h3>
<ol><li>พัฒนาโครงสร้างพื้นฐานและระบบระบายน้ำให้ได้มาตรฐาน</li><li>ส่งเสริมคุณภาพชีวิต การศึกษา และสุขภาพของประชาชนทุกช่วงวัย</li><li>บริหารจัดการขยะและสิ่งแวดล้อมโดยการมีส่วนร่วมของชุมชน</li><li>อนุรักษ์ศิลปวัฒนธรรมและประเพณีล้านนา</li><li>บริหารงานอย่างโปร่งใส ตรวจสอบได้</li></ol>"""
        if key == "structure":
            return f"""<figure class="wp-block-image size-full"><a href="{w}/wp-content/uploads/2023/05/org-chart-2566.jpg"><img decoding="async" width="1200" height="800" src="{w}/wp-content/uploads/2023/05/org-chart-2566.jpg" alt="แผนภูมิโครงสร้างเทศบาลเมืองห้วยโป่งงาม" class="wp-image-41" /></a></figure>
<ul><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองสวัสดิการสังคม</li><li>กองยุทธศาสตร์และงบประมาณ</li></ul>"""
        if key == "executives":
            cards = "\n".join(
                f'<div class="wp-block-column"><figure class="wp-block-image size-full"><img decoding="async" width="300" height="400" src="{w}/wp-content/uploads/2023/05/exec-{k + 1}-300x400.jpg" alt="{attr(name)}" /></figure><p class="has-text-align-center"><strong>{name}</strong><br>{position}</p></div>'
                for k, (name, position) in enumerate(EXECUTIVES)
            )
            return (
                f'<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1">\n{cards}\n</div>'
            )
        if key == "contact":
            return f"""<p><strong>สำนักงาน{SITE}</strong><br>{ADDRESS}</p>
<p>โทรศัพท์ <a href="tel:054227815">{PHONE}</a> โทรสาร 0 5422 7816<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a><br>ศูนย์รับเรื่องร้องเรียน โทร. 0 5422 7815 ต่อ 100</p>
<figure class="wp-block-embed"><iframe loading="lazy" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3800.1!2d99.51!3d18.27" width="600" height="450" style="border:0;" allowfullscreen=""></iframe></figure>"""
        if key == "ita":
            rows = []
            for code, name, kind, target in ITA_ROWS:
                if kind == "page":
                    href = self.page(str(target))
                elif kind == "cat":
                    href = b + self.cat_path(str(target))
                elif kind == "tag":
                    href = b + self.tag_path(str(target))
                elif kind == "post":
                    href = self.link(self.by_id[int(target)])
                elif kind == "pdf":
                    href = b + self.upload(str(target))
                elif kind == "root":
                    href = _pct(str(target))
                else:
                    href = str(target)
                rows.append(
                    f'<tr><td class="has-text-align-center" data-align="center">{code}</td><td>{name}</td><td class="has-text-align-center" data-align="center"><a href="{href}" target="_blank" rel="noreferrer noopener">คลิก</a></td></tr>'
                )
            return (
                "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 ตัวชี้วัดที่ 9 และ 10 การเปิดเผยข้อมูล (OIT)</p>\n"
                '<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>ข้อ</th><th>รายการข้อมูล</th><th>ลิงก์</th></tr></thead><tbody>'
                + "".join(rows)
                + "</tbody></table></figure>"
            )
        if key == "docs":
            return self.jsf_block(frozenset(), frozenset(), None, False, 1)
        raise KeyError(key)

    def static_page(self, key: str) -> Response:
        pg = self.pages[key]
        w = self.w
        main = f"""<article
class="post-{pg.id} page type-page status-publish ast-article-single" id="post-{pg.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
	<header class="entry-header ast-no-thumbnail ast-no-meta">
		<h1 class="entry-title" itemprop="headline">{esc(pg.title)}</h1>
	</header><!-- .entry-header -->
	<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
{self.page_html(key)}
	</div><!-- .entry-content .clear -->
</article><!-- #post-## -->"""
        head = f'\n<link rel="alternate" title="JSON" type="application/json" href="{w}/wp-json/wp/v2/pages/{pg.id}" />'
        head += f'\n<link rel="canonical" href="{self.link(pg)}" />'
        head += f"\n<link rel='shortlink' href='{w}/?p={pg.id}' />"
        trail = [(self.page("about"), self.pages["about"].title)] if pg.parent else []
        crumb = self.breadcrumb(trail, esc(pg.title))
        body_class = f"page-template-default page page-id-{pg.id}" + (
            f" page-child parent-pageid-{pg.parent}" if pg.parent else ""
        )
        return self.frame(f"{esc(pg.title)} &#8211; {SITE}", body_class, head, main, crumb)

    # -- the JetSmartFilters page (the trap) -------------------------------------------------
    def jsf_block(
        self,
        cats: frozenset[str],
        tags: frozenset[str],
        period: tuple[date, date] | None,
        asc: bool,
        pagenum: int,
    ) -> str:
        b = self.b
        docs = [
            p
            for p in self.docs
            if (not cats or p.cat in cats)
            and (not tags or tags & set(p.tags))
            and (period is None or period[0] <= p.dt.date() <= period[1])
        ]
        if asc:
            docs = list(reversed(docs))
        pages = max(1, -(-len(docs) // JSF_PER_PAGE))
        shown = docs[(pagenum - 1) * JSF_PER_PAGE : pagenum * JSF_PER_PAGE]

        def url(**kw) -> str:
            args = {"cats": cats, "tags": tags, "period": period, "asc": asc, "pagenum": 1}
            args.update(kw)
            return self.jsf_url(**args)

        def box(label: str, checked: bool, href: str, count: int) -> str:
            state = " checked" if checked else ""
            return (
                f'<div class="jet-checkboxes-list__row jet-filter-row"><a class="jet-checkboxes-list__item{state}" href="{href}">'
                f'<span class="jet-checkboxes-list__decorator"><i class="jet-checkboxes-list__checked-icon">&#10003;</i></span>'
                f'<span class="jet-checkboxes-list__label">{esc(label)}</span> <span class="jet-filters-counter">({count})</span></a></div>'
            )

        type_boxes = "".join(
            box(CATEGORIES[c][1], c in cats, url(cats=cats ^ {c}), sum(p.cat == c for p in self.docs)) for c in DOC_CATS
        )
        tag_boxes = "".join(
            box(t, t in tags, url(tags=tags ^ {t}), sum(t in p.tags for p in self.docs)) for t in DOC_TAGS
        )
        anchor = period[0] if period else TODAY
        start = anchor.replace(day=1)
        prev_start = (start - timedelta(days=1)).replace(day=1)
        next_start = (start + timedelta(days=32)).replace(day=1)

        def month_period(first: date) -> tuple[date, date]:
            return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)

        date_filter = ""
        prev_ok = prev_start.year >= 1000
        next_ok = next_start.year <= 9998
        prev_link = (
            f'<a class="jet-date-period__prev" href="{url(period=month_period(prev_start))}" aria-label="เดือนก่อนหน้า">&lsaquo;</a>'
            if prev_ok
            else ""
        )
        next_link = (
            f'<a class="jet-date-period__next" href="{url(period=month_period(next_start))}" aria-label="เดือนถัดไป">&rsaquo;</a>'
            if next_ok
            else ""
        )
        date_filter = (
            '<div class="jet-smart-filters-date-period jet-filter" data-query-type="date_query" data-query-var="date">'
            '<div class="jet-filter-label">ช่วงเวลาที่ประกาศ</div><div class="jet-date-period__wrapper">'
            f'{prev_link}<div class="jet-date-period__datepicker"><div class="jet-date-period__datepicker-button">'
            f"{MONTHS[start.month - 1]} {start.year + 543}</div></div>{next_link}</div></div>"
        )
        sort_link = (
            f'<div class="jet-smart-filters-sorting jet-filter"><a class="jet-sorting-link" href="{url(asc=not asc)}">'
            f"{'เรียงจากใหม่ไปเก่า' if asc else 'เรียงจากเก่าไปใหม่'}</a></div>"
        )
        items = []
        for p in shown:
            items.append(
                f'<div class="jet-listing-grid__item jet-listing-dynamic-post-{p.id}" data-post-id="{p.id}">'
                f'<div class="jet-listing-dynamic-field"><div class="jet-listing-dynamic-field__content">{_fj(p.dt)}</div></div>'
                f'<h3 class="jet-listing-dynamic-link"><a href="{self.link(p)}" class="jet-listing-dynamic-link__link"><span class="jet-listing-dynamic-link__label">{texturize(p.title)}</span></a></h3>'
                f'<div class="jet-listing-dynamic-terms"><a href="{b}{self.cat_path(p.cat)}" class="jet-listing-dynamic-terms__link">{CATEGORIES[p.cat][1]}</a></div>'
                + (
                    f'<a href="{self.pdf_url(p)}" class="jet-listing-dynamic-link__link jet-doc-download" target="_blank">ดาวน์โหลด PDF</a>'
                    if p.pdf
                    else ""
                )
                + "</div>"
            )
        results = (
            "\n".join(items)
            if items
            else '<div class="jet-listing-not-found jet-listing-grid__items">ไม่พบเอกสารที่ค้นหา</div>'
        )
        pager = ""
        if pages > 1:
            links = []
            for n in range(1, pages + 1):
                if n == pagenum:
                    links.append(
                        f'<div class="jet-filters-pagination__item jet-filters-pagination__current"><span class="jet-filters-pagination__link">{n}</span></div>'
                    )
                else:
                    links.append(
                        f'<div class="jet-filters-pagination__item"><a class="jet-filters-pagination__link" href="{url(pagenum=n)}">{n}</a></div>'
                    )
            if pagenum < pages:
                links.append(
                    f'<div class="jet-filters-pagination__item prev-next next"><a class="jet-filters-pagination__link" href="{url(pagenum=pagenum + 1)}">ถัดไป &rsaquo;</a></div>'
                )
            pager = f'<div class="jet-smart-filters-pagination jet-filter"><div class="jet-filters-pagination">{"".join(links)}</div></div>'
        active = ""
        if cats or tags or period or asc:
            active = f'<div class="jet-active-filters"><div class="jet-active-filters__title">ตัวกรองที่ใช้:</div><a class="jet-remove-all-filters__button" href="{self.page("docs")}">ล้างตัวกรองทั้งหมด</a></div>'
        return f"""<p>ค้นหาประกาศและเอกสารของเทศบาลตามประเภท ป้ายกำกับ และเดือนที่ประกาศ</p>
<div class="wp-block-columns is-layout-flex">
<div class="wp-block-column jsf-filters" style="flex-basis:30%">
<div class="jet-smart-filters-checkboxes jet-filter" data-query-type="tax_query" data-query-var="category"><div class="jet-filter-label">ประเภทเอกสาร</div><div class="jet-checkboxes-list-wrapper">{type_boxes}</div></div>
<div class="jet-smart-filters-checkboxes jet-filter" data-query-type="tax_query" data-query-var="post_tag"><div class="jet-filter-label">ป้ายกำกับ</div><div class="jet-checkboxes-list-wrapper">{tag_boxes}</div></div>
{date_filter}
{sort_link}
{active}
</div>
<div class="wp-block-column" style="flex-basis:70%">
<div class="jet-listing-grid jet-listing" data-query-id="doc-search"><div class="jet-listing-grid__items grid-col-desk-1" data-nav="{{&quot;enabled&quot;:false}}" data-page="{pagenum}" data-pages="{pages}">
<div class="jet-listing-grid__count">พบ {len(docs)} รายการ</div>
{results}
</div></div>
{pager}
</div>
</div>"""

    def jsf_page(self, query: dict[str, str]) -> Response:
        cats: set[str] = set()
        tags: set[str] = set()
        for part in query.get("tax", "").split(";"):
            name, _, ids = part.partition(":")
            for raw in ids.split(","):
                if not raw.strip().isdigit():
                    continue
                tid = int(raw)
                if name == "category":
                    cats.update(k for k in DOC_CATS if CATEGORIES[k][0] == tid)
                elif name == "post_tag":
                    tags.update(t for t in DOC_TAGS if TAGS[t] == tid)
        period = None
        m = re.fullmatch(r"(\d{4})\.(\d{2})\.(\d{2})-(\d{4})\.(\d{2})\.(\d{2})", query.get("date", ""))
        if m:
            try:
                first = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                last = date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
            except ValueError:
                first = last = None  # type: ignore[assignment]
            if first and last and 1000 <= first.year <= 9998 and first <= last:
                period = (first, last)
        asc = "order:asc" in query.get("sort", "").lower()
        pagenum = int(query["pagenum"]) if query.get("pagenum", "").isdigit() else 1
        pagenum = max(1, min(pagenum, 9999))
        pg = self.pages["docs"]
        block = self.jsf_block(frozenset(cats), frozenset(tags), period, asc, pagenum)
        main = f"""<article
class="post-{pg.id} page type-page status-publish ast-article-single" id="post-{pg.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
	<header class="entry-header ast-no-thumbnail ast-no-meta">
		<h1 class="entry-title" itemprop="headline">{pg.title}</h1>
	</header><!-- .entry-header -->
	<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
{block}
	</div><!-- .entry-content .clear -->
</article><!-- #post-## -->"""
        head = f'\n<link rel="canonical" href="{self.link(pg)}" />'
        crumb = self.breadcrumb([], pg.title)
        return self.frame(
            f"{pg.title} &#8211; {SITE}", f"page-template-default page page-id-{pg.id} jet-filtered", head, main, crumb
        )

    # -- listings -------------------------------------------------------------------------------
    def card(self, p: _Post) -> str:
        thumb = ""
        if p.photos:
            thumb = f'<div class="ast-blog-featured-section post-thumb ast-blog-single-element"><div class="post-thumb-img-content post-thumb"><a href="{self.link(p)}"><img width="1024" height="683" src="{self.b}{self.photo_stem(p, 0)}-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" loading="lazy" /></a></div></div>'
        text = " ".join(p.paragraphs) if p.gold else ("ดาวน์โหลดเอกสาร" if p.pdf else "")
        excerpt = _excerpt(text)
        if excerpt.endswith("&hellip;"):
            excerpt = excerpt[: -len("&hellip;")] + " [&hellip;]"
        return f"""<article
class="{self.post_classes(p)} ast-grid-common-col ast-full-width ast-article-post" id="post-{p.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
		<div class="ast-post-format- blog-layout-4 ast-article-inner">
		<div class="post-content ast-grid-common-col" >
		{thumb}
		<h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="{self.link(p)}" rel="bookmark">{texturize(p.title)}</a></h2>
		<header class="entry-header ast-blog-single-element ast-blog-meta-container">
			{self.byline(p)}
		</header><!-- .entry-header -->
		<div class="ast-excerpt-container ast-blog-single-element"><p>{excerpt}</p></div>
		<p class="ast-blog-single-element ast-read-more-container read-more"> <a class="" href="{self.link(p)}"> <span class="screen-reader-text">{texturize(p.title)}</span> อ่านเพิ่มเติม &raquo;</a></p>
		<div class="entry-content clear" itemprop="text"></div>
		</div><!-- .post-content -->
	</div> <!-- .blog-layout-4 -->
	</article><!-- #post-## -->"""

    def listing(
        self,
        base_path: str,
        heading: str,
        short: str,
        posts: list[_Post],
        body_class: str,
        feed: tuple[str, str] | None = None,
        json_link: str | None = None,
        home: bool = False,
    ) -> None:
        b = self.b
        chunks = [posts[k : k + PER_PAGE] for k in range(0, len(posts), PER_PAGE)] or [[]]
        total = len(chunks)

        def page_path(n: int) -> str:
            return base_path if n == 1 else f"{base_path}page/{n}/"

        for n, chunk in enumerate(chunks, start=1):
            nav = ""
            if total > 1:
                parts = []
                if n > 1:
                    parts.append(f'<a class="prev page-numbers" href="{b}{page_path(n - 1)}">&larr; ก่อนหน้า</a>')
                for k in range(1, total + 1):
                    if k == n:
                        parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
                    else:
                        parts.append(f'<a class="page-numbers" href="{b}{page_path(k)}">{k}</a>')
                if n < total:
                    parts.append(f'<a class="next page-numbers" href="{b}{page_path(n + 1)}">ถัดไป &rarr;</a>')
                nav = (
                    '<div class=\'ast-pagination\'><nav class="navigation pagination" aria-label="เรื่อง">\n'
                    '\t\t<h2 class="screen-reader-text">การแบ่งหน้าเรื่อง</h2>\n'
                    f'\t\t<div class="nav-links">{"".join(parts)}</div>\n\t</nav></div>'
                )
            header = ""
            if heading:
                header = f'<section class="ast-archive-description">\n\t<h1 class="page-title ast-archive-title">{heading}</h1>\n</section>'
            cards = "\n".join(self.card(p) for p in chunk)
            main = f"""{header}
		<div class="ast-row">
{cards}
		</div>
{nav}"""
            if home:
                title = f"{SITE} &#8211; {TAGLINE}" if n == 1 else f"{SITE} &#8211; หน้า {n} &#8211; {TAGLINE}"
            else:
                title = f"{short} &#8211; {SITE}" if n == 1 else f"{short} &#8211; หน้า {n} &#8211; {SITE}"
            head = ""
            if feed:
                head += f'\n<link rel="alternate" type="application/rss+xml" title="{feed[1]}" href="{b}{feed[0]}" />'
            if json_link:
                head += f'\n<link rel="alternate" title="JSON" type="application/json" href="{b}{json_link}" />'
            if n > 1:
                head += f'\n<link rel="prev" href="{b}{page_path(n - 1)}" />'
            if n < total:
                head += f'\n<link rel="next" href="{b}{page_path(n + 1)}" />'
            path = page_path(n)
            cls = body_class + (f" paged paged-{n}" if n > 1 else "") + " ast-blog-layout-4-grid"
            self.site.add(path, self.frame(title, cls, head, main))
            self.non_articles.append(b + path)
        if home:
            self.site.add(f"{base_path}page/1/", redirect(b + base_path))
        if feed:
            items = posts[:FEED_ITEMS]
            self.site.add(feed[0], self.rss(b + feed[0], feed[1].replace(" &raquo; ", " - "), items))

    # -- root, machine -----------------------------------------------------------------------
    def register_root(self) -> None:
        site, b = self.site, self.b
        intro = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>ยินดีต้อนรับสู่เว็บไซต์{SITE}</title>
<style type="text/css">body {{ background-color: #f4f1e6; margin: 0; font-family: Tahoma, sans-serif; }} .enter {{ margin: 20px; }}</style>
</head>
<body>
<div align="center">
  <p><img src="images/intro-2567.jpg" width="1000" height="560" alt="{SITE}" /></p>
  <p class="enter"><a href="muni/"><img src="images/enter.gif" alt="เข้าสู่เว็บไซต์" border="0" /> เข้าสู่เว็บไซต์</a></p>
  <p><a href="/muni/index.php">{SITE} (เว็บไซต์หลัก)</a> | <a href="/old/index.php">เว็บไซต์เดิม (ข้อมูลก่อนปี 2566)</a> | <a href="https://www.facebook.com/huaipongngam.municipality">Facebook</a></p>
  <p><font size="2" color="#666666">{ADDRESS} โทร. {PHONE}</font></p>
</div>
</body>
</html>
"""
        site.add("/", html_page(intro, "text/html"))
        self.non_articles.insert(0, b + "/")
        site.add(f"{ROOT}/index.php", redirect(f"{self.w}/"))
        site.broken_links.append(b + "/old/index.php")
        add_text(
            site,
            "/robots.txt",
            f"User-agent: *\nDisallow: /cgi-bin/\nDisallow: {ROOT}/wp-admin/\nAllow: {ROOT}/wp-admin/admin-ajax.php\n\nSitemap: {self.w}/wp-sitemap.xml\n",
            "text/plain",
        )

    def register_machine(self) -> None:
        site, b, w = self.site, self.b, self.w
        # WordPress's own virtual robots.txt (nobody asks for it: it is not at the host root).
        add_text(
            site,
            f"{ROOT}/robots.txt",
            f"User-agent: *\nDisallow: {ROOT}/wp-admin/\nAllow: {ROOT}/wp-admin/admin-ajax.php\n\nSitemap: {w}/wp-sitemap.xml\n",
            "text/plain; charset=utf-8",
        )
        site.add(f"{ROOT}/feed/", self.rss(f"{w}/feed/", SITE, self.newest[:FEED_ITEMS]))
        site.add(f"{ROOT}/comments/feed/", self.comments_rss(None))
        rsd = (
            '<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd"><service>'
            f"<engineName>WordPress</engineName><engineLink>https://wordpress.org/</engineLink><homePageLink>{w}</homePageLink>"
            f'<apis><api name="WordPress" blogID="1" preferred="true" apiLink="{w}/xmlrpc.php" />'
            f'<api name="WP-API" blogID="1" preferred="false" apiLink="{w}/wp-json/" /></apis></service></rsd>'
        )
        site.add(
            f"{ROOT}/xmlrpc.php?rsd",
            Response(200, (("Content-Type", "application/rsd+xml; charset=UTF-8"),), rsd.encode()),
        )
        subs = {
            "posts-post-1": [self.link(p) for p in sorted(self.posts, key=lambda p: p.id)],
            "posts-page-1": [f"{w}/"] + [self.link(pg) for pg in self.pages.values()],
            "taxonomies-category-1": [b + self.cat_path(k) for k in CATEGORIES],
            "taxonomies-post_tag-1": [b + self.tag_path(t) for t in TAGS],
            "users-1": [b + self.author_path(k) for k in AUTHORS],
        }
        xml_type = (("Content-Type", "application/xml; charset=UTF-8"),)
        index = "".join(f"<sitemap><loc>{w}/wp-sitemap-{name}.xml</loc></sitemap>" for name in subs)
        site.add(
            f"{ROOT}/wp-sitemap.xml",
            Response(
                200,
                xml_type,
                (
                    '<?xml version="1.0" encoding="UTF-8"?>\n'
                    f'<?xml-stylesheet type="text/xsl" href="{w}/wp-sitemap-index.xsl" ?>\n'
                    f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>\n'
                ).encode(),
            ),
        )
        for name, urls in subs.items():
            body = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
            site.add(
                f"{ROOT}/wp-sitemap-{name}.xml",
                Response(
                    200,
                    xml_type,
                    (
                        '<?xml version="1.0" encoding="UTF-8"?>\n'
                        f'<?xml-stylesheet type="text/xsl" href="{w}/wp-sitemap.xsl" ?>\n'
                        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n'
                    ).encode(),
                ),
            )
        xsl = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"'
            ' xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9" exclude-result-prefixes="sitemap">'
            '<xsl:output method="html" encoding="UTF-8" indent="yes"/><xsl:template match="/"><html lang="th"><head>'
            "<title>XML Sitemap</title></head><body><h1>XML Sitemap</h1></body></html></xsl:template></xsl:stylesheet>\n"
        )
        site.add(f"{ROOT}/wp-sitemap-index.xsl", Response(200, xml_type, xsl.encode()))
        site.add(f"{ROOT}/wp-sitemap.xsl", Response(200, xml_type, xsl.encode()))
        # REST API (linked from every <head>)
        self.rest(
            f"{ROOT}/wp-json/",
            {
                "name": SITE,
                "description": TAGLINE,
                "url": w,
                "home": w,
                "gmt_offset": "7",
                "timezone_string": "Asia/Bangkok",
                "namespaces": ["oembed/1.0", "jet-smart-filters/v1", "wp/v2", "wp-site-health/v1"],
                "routes": {},
            },
        )
        for p in self.posts:
            self.rest(
                f"{ROOT}/wp-json/wp/v2/posts/{p.id}",
                {
                    "id": p.id,
                    "date": p.dt.strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_gmt": (p.dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S"),
                    "guid": {"rendered": f"{w}/?p={p.id}"},
                    "slug": p.slug,
                    "status": "publish",
                    "type": "post",
                    "link": self.link(p),
                    "title": {"rendered": texturize(p.title)},
                    "content": {"rendered": self.content_html(p), "protected": False},
                    "author": AUTHORS[p.author][0],
                    "categories": [CATEGORIES[p.cat][0]],
                    "tags": [TAGS[t] for t in p.tags],
                },
            )
        for pg in self.pages.values():
            self.rest(
                f"{ROOT}/wp-json/wp/v2/pages/{pg.id}",
                {
                    "id": pg.id,
                    "date": "2023-05-02T10:00:00",
                    "slug": pg.slug.rsplit("/", 1)[-1],
                    "type": "page",
                    "link": self.link(pg),
                    "title": {"rendered": esc(pg.title)},
                    "parent": pg.parent,
                },
            )
        for key, (tid, name) in CATEGORIES.items():
            self.rest(
                f"{ROOT}/wp-json/wp/v2/categories/{tid}",
                {
                    "id": tid,
                    "count": sum(p.cat == key for p in self.posts),
                    "link": b + self.cat_path(key),
                    "name": name,
                    "slug": wp_slug(name),
                    "taxonomy": "category",
                },
            )
        for name, tid in TAGS.items():
            self.rest(
                f"{ROOT}/wp-json/wp/v2/tags/{tid}",
                {
                    "id": tid,
                    "count": sum(name in p.tags for p in self.posts),
                    "link": b + self.tag_path(name),
                    "name": name,
                    "slug": wp_slug(name),
                    "taxonomy": "post_tag",
                },
            )
        for key, (uid, login, name) in AUTHORS.items():
            self.rest(
                f"{ROOT}/wp-json/wp/v2/users/{uid}",
                {"id": uid, "name": name, "url": "", "link": b + self.author_path(key), "slug": login},
            )

    def rest(self, path: str, data: dict) -> None:
        body = json.dumps(data, ensure_ascii=True).replace("/", "\\/").encode()
        self.site.add(
            path,
            Response(
                200,
                (
                    ("Content-Type", "application/json; charset=UTF-8"),
                    ("X-Robots-Tag", "noindex"),
                    ("Link", f'<{self.w}/wp-json/>; rel="https://api.w.org/"'),
                    ("Allow", "GET"),
                ),
                body,
            ),
        )

    def rss(self, self_url: str, title: str, posts: list[_Post]) -> Response:
        items = []
        for p in posts:
            cats = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in (CATEGORIES[p.cat][1], *p.tags))
            text = " ".join(p.paragraphs) if p.gold else ("ดาวน์โหลดเอกสาร" if p.pdf else "")
            excerpt = _excerpt(text).replace("&hellip;", " [&#8230;]")
            items.append(f"""	<item>
		<title>{texturize(p.title)}</title>
		<link>{self.link(p)}</link>
		<comments>{self.link(p)}#respond</comments>
		<dc:creator><![CDATA[{AUTHORS[p.author][2]}]]></dc:creator>
		<pubDate>{rfc822(p.dt)}</pubDate>{cats}
		<guid isPermaLink="false">{self.w}/?p={p.id}</guid>
		<description><![CDATA[{excerpt}]]></description>
		<content:encoded><![CDATA[{self.content_html(p)}]]></content:encoded>
		<wfw:commentRss>{self.link(p)}feed/</wfw:commentRss>
		<slash:comments>{1 if p.comment else 0}</slash:comments>
	</item>""")
        built = rfc822(posts[0].dt) if posts else rfc822(self.newest[0].dt)
        return self.channel(self_url, title, built, "\n".join(items))

    def channel(self, self_url: str, title: str, built: str, items: str) -> Response:
        body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{title}</title>
	<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
	<link>{self.w}</link>
	<description>{TAGLINE}</description>
	<lastBuildDate>{built}</lastBuildDate>
	<language>th</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VER}</generator>
{items}
	</channel>
</rss>
"""
        return Response(200, (("Content-Type", "application/rss+xml; charset=UTF-8"),), body.encode())

    def comments_rss(self, post: _Post | None) -> Response:
        posts = [post] if post else [p for p in self.newest if p.comment]
        items = []
        for p in posts:
            if not p.comment:
                continue
            cid, name, d, t, text = p.comment
            items.append(f"""	<item>
		<title>ความเห็นบน {texturize(p.title)} โดย {esc(name)}</title>
		<link>{self.link(p)}#comment-{cid}</link>
		<dc:creator><![CDATA[{name}]]></dc:creator>
		<pubDate>{rfc822(local_dt(d, t))}</pubDate>
		<guid isPermaLink="false">{self.w}/?p={p.id}#comment-{cid}</guid>
		<description><![CDATA[{text}]]></description>
		<content:encoded><![CDATA[<p>{text}</p>
]]></content:encoded>
	</item>""")
        if post:
            return self.channel(
                f"{self.link(post)}feed/", f"ความเห็นบน: {texturize(post.title)}", rfc822(post.dt), "\n".join(items)
            )
        return self.channel(
            f"{self.w}/comments/feed/", f"ความเห็นสำหรับ {SITE}", rfc822(self.newest[0].dt), "\n".join(items)
        )

    def comments_feed(self, p: _Post) -> Response:
        return self.comments_rss(p)

    # -- dynamic answers (the trap, WordPress's 404) -------------------------------------------
    def not_found_page(self) -> Response:
        main = """<section class="error-404 not-found">
	<div class="ast-404-layout-1" >
		<header class="page-header"><h1 class="page-title">ไม่พบหน้าที่คุณต้องการ</h1></header><!-- .page-header -->
		<div class="page-content">
			<div class="page-sub-title">ดูเหมือนว่าจะไม่พบสิ่งใดที่ตำแหน่งนี้ ลองค้นหาดูไหม?</div>
		</div><!-- .page-content -->
	</div>
</section><!-- .error-404 -->"""
        return replace(self.frame(f"ไม่พบหน้า &#8211; {SITE}", "error404", "", main), status=404)

    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if path == unquote(f"{ROOT}/{self.pages['docs'].slug}/") and "jsf" in query:
            return self.jsf_page(query)
        if path == ROOT or path.startswith(ROOT + "/"):
            return self.not_found_page()
        return None

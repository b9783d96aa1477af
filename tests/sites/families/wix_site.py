# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""wix_site: a small เทศบาลตำบล site built on Wix (2022) with the Wix Blog app, on a custom domain.

CMS imitated: Wix (the "Thunderbolt" viewer) server-side rendered HTML: every page is the same master
page (``#SITE_CONTAINER`` > ``#masterPage``: the Wix ads strip, ``#SITE_HEADER`` with the logo, the
horizontal menu with a "เพิ่มเติม" drop-down and the social bar, ``#PAGES_CONTAINER``, ``#SITE_FOOTER``
with the "ติดตามข่าวสาร" subscribe form and "© 2565 by ... Proudly created with Wix.com"), deeply nested
``<section id="comp-l...">`` / ``<div data-mesh-id="...inlineContent">`` containers with generated ids
and hashed class names, ``data-testid="richTextElement"`` text boxes (``<p class="font_8
wixui-rich-text__text">``), a big ``window.viewerModel`` script and a ``wix-warmup-data`` JSON script
that repeats the post (title, excerpt, UTC dates, the text as Ricos nodes), and the cookie banner.
The municipality bought Wix's old "Connect Domain" plan, so the "This site was designed with the WIX.com
website builder" ads strip shows on every page although the site lives on its own domain.  The server
says ``Pepyaka`` (Wix's front end).  Photos would come from ``static.wixstatic.com``; a fixture cannot
serve another host, so the same ``/media/<site>_<hash>~mv2.jpg/v1/fill/...`` paths are served by the
site itself.  Attachments are Wix "file upload" blocks at ``/_files/ugd/<site>_<hash>.pdf`` (as real).

เทศบาลตำบลป่าแดงงาม (fictional), อำเภอเมืองปาน จังหวัดลำปาง.  UTF-8.  TODAY is 2024-05-20.

URL shapes (every href is absolute, ``<base>/...``, Thai percent-encoded with upper-case hex)
* home ``/``: a slideshow (its third slide links a post by its OLD slug, see aliases), the "ข่าวล่าสุด"
  Wix Blog "Recent posts" widget with the 3 newest cards (title, excerpt, date, counters), quick links.
* blog feed ``/blog`` (6 cards a page) and ``/blog/page/2`` .. ``/blog/page/4`` (Wix pagination with
  numbers and arrows, ``<link rel="prev"/"next">``); a category menu on every feed page.
* categories ``/blog/categories/<Thai slug>`` (ข่าวประชาสัมพันธ์ 9 posts: also ``/page/2``; ภาพกิจกรรม 6;
  ประกาศ 5).  Hashtags ``/blog/hashtags/<tag>`` (3 cards and a "โหลดเพิ่มเติม" link to ``?page=2``).
* post ``/post/<slug>``: the slug is the Thai title lower-cased, spaces and ``/`` to ``-``, other
  punctuation dropped (``6,000`` -> ``6000``, ``(อปพร.)`` -> ``อปพร``).  No previous/next links.
* ``/sitemap.xml`` (declared in robots.txt) is a Wix sitemap index: ``/blog-posts-sitemap.xml`` (all 20
  posts, with ``image:image``), ``/blog-categories-sitemap.xml``, ``/pages-sitemap.xml``,
  ``/event-pages-sitemap.xml``.  ``/blog-feed.xml``: Wix Blog's RSS (its 20 newest = every post; excerpts
  only, ``pubDate`` in UTC), named by ``<link rel="alternate">`` in every head.
* static pages made in the Wix editor (their own layout, no blog markup): ``/about-us`` (ประวัติ, long
  prose), ``/vision``, ``/executives`` (photos, names, positions), ``/services`` (links the deleted post),
  ``/contact`` (Wix form, Google map iframe), ``/ita`` (table of O1..O16 items: PDFs, blog categories, one
  post linked with lower-case percent-encoding, the deleted post), Wix Events ``/events-calendar`` and
  ``/event-details/<slug>`` (4 events: title, date, place, RSVP button, one description paragraph).
* members area ``/account/my-account`` (linked as "เข้าสู่ระบบ" in every header): a login wall, 200.
* robots.txt: Wix's default (``Disallow: *?lightbox=`` for everybody, ``/_api/`` and ``/_partials`` for the
  AdsBot group; the site owner copied the latter two into the ``*`` group), ``Sitemap:``.
* unknown paths: Wix's "Page Not Found" page with status 404.  ``/privacy-policy`` (the cookie banner's
  link) was never made: 404 (``broken_links``).

Gold articles: the 20 blog posts, 2022-06-14 .. 2024-05-17, oldest first; url = the post URL as
linked (upper-case percent-encoding); post 12's title had a typo when it was published: the old slug
``/post/<typo slug>`` answers 301 to the new one and the home slideshow still links it (an alias).
Title = ``<h1 data-hook="post-title">``.  Published: the local (Bangkok) date; the meta line shows
``12 ม.ค. 2567`` on the post page ("3 วันที่ผ่านมา" / "6 วันที่ผ่านมา" for the two newest) and feed cards drop
the year for 2567 posts (``12 ม.ค.``), as Wix does for the current year; ``article:published_time``,
JSON-LD ``BlogPosting.datePublished`` and the warmup JSON hold the real instant in UTC
(``2023-06-30T23:20:00.000Z`` for post 9, published at 06:20 on 1 July Bangkok time: gold 2023-07-01).
Author: the member name next to the avatar ("เทศบาลตำบลป่าแดงงาม" or an officer).  Paragraphs: the Ricos
viewer blocks (``data-hook="rcv-block<N>"``) that hold text: paragraphs (some with ``&nbsp;`` indents,
``<strong>``, links), each list item one paragraph, and the hashtag line some posts end with
(``#ป่าแดงงาม #ภาษี``, links to the hashtag pages: the author typed it in the body).  Not paragraphs:
empty-line blocks, image captions (``figcaption data-hook="imageViewerCaption"``, the gold captions),
Pro Gallery images (no captions, LINE-style file names as alt), the file block of a PDF (file name and
"PDF • 245KB"), the counters ("12 views", "0 comments", like heart), "โพสต์ล่าสุด" (3 other posts'
titles and excerpts), the comments box ("เขียนความคิดเห็น...", "Log in to comment").
Photo posts in ภาพกิจกรรม (5 of them: one sentence and 8 gallery photos, p20 also a hashtag line) ARE
gold articles: the sentence is their text.  Feed, category, hashtag and "โพสต์ล่าสุด" cards repeat the
first 200 characters of the text (no hashtag line, cut without "..."), which is the WHOLE text of
most photo posts.

Non-articles (``non_articles``): home, blog feed pages, category pages (and page 2), hashtag pages,
the static pages, events calendar and event pages, the login wall, and the deleted post
``/post/<old slug>`` (linked from /services and /ita) that answers 200 with the Wix Blog's "ไม่พบโพสต์"
placeholder inside the normal layout.

Traps (``trap_patterns``, made on request by ``_Wix.dynamic``):
* hashtag pages' "Load more" fallback: ``/blog/hashtags/<tag>?page=N`` answers for any N (empty after
  the last post) and always links ``?page=N+1``;
* Wix Events calendar ``/events-calendar?month=YYYY-MM``: any month, each linking the previous and the
  next month.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, MONTHS_ABBR, local_dt
from .common import add_jpeg, add_pdf, attr, esc

FAMILY = "wix_site"
SITE = "เทศบาลตำบลป่าแดงงาม"
DISTRICT = "อำเภอเมืองปาน จังหวัดลำปาง"
ADDRESS = "99 หมู่ที่ 1 ตำบลป่าแดงงาม อำเภอเมืองปาน จังหวัดลำปาง 52240"
PHONE = "0 5427 6188"
FAX = "0 5427 6189"
EMAIL = "saraban@padaengngam.go.th"
TODAY = date(2024, 5, 20)
LAUNCH = datetime(2022, 6, 10, 9, 0)
SITE_ID = "5f3c81"
META_SITE_ID = "a3e6c2d4-7b19-4f0e-9c55-2d8f61b0e7a3"
BLOG_APP = "14bcded7-0066-7c35-14d7-466cb3f09103"
EVENTS_APP = "140603ad-af8d-84a5-2c80-a0f60cb47351"
PAGE_SIZE = 6
EXCERPT = 200  # characters of text in feed cards and "โพสต์ล่าสุด" (CSS clamps them to 3 lines)
HASHTAG_SIZE = 3
FB = "https://www.facebook.com/padaengngam.lp"
LINE = "https://line.me/R/ti/p/@padaengngam"
YOUTUBE = "https://www.youtube.com/@padaengngam"

CATS = {
    "news": "ข่าวประชาสัมพันธ์",
    "photo": "ภาพกิจกรรม",
    "notice": "ประกาศ",
}
AUTHORS = {
    "site": "เทศบาลตำบลป่าแดงงาม",
    "kanok": "กนกวรรณ ศรีบุญเรือง",
    "thanaphon": "ธนพล อินต๊ะวงศ์",
}


@dataclass(frozen=True)
class _Post:
    key: str
    day: str  # ISO date, Bangkok
    hm: str
    cat: str
    author: str  # AUTHORS key
    title: str
    # Blocks: text paragraphs with **bold** and [text](target) (target: /path, post:key, pdf, http...);
    # "* " bullet item, "# " numbered item, "" an empty line, "IMG" the next captioned image,
    # "GALLERY" the Pro Gallery, "FILE" the PDF file block.
    body: tuple[str, ...]
    captions: tuple[str, ...] = ()
    gallery: int = 0
    pdf: str = ""  # file name shown in the file block
    tags: tuple[str, ...] = ()  # hashtags (the body's "#a #b" line links them)
    old_title: str = ""  # title at first publication (its slug 301s to the post)
    indent: bool = False  # &nbsp; indents (pasted from Word)
    edited: int = 0  # minutes between first and last publication

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)


POSTS: tuple[_Post, ...] = (
    _Post(
        "p01",
        "2022-06-14",
        "10:20",
        "news",
        "site",
        "เปิดตัวเว็บไซต์ใหม่ของเทศบาลตำบลป่าแดงงาม",
        (
            "เทศบาลตำบลป่าแดงงาม ขอแจ้งให้พี่น้องประชาชนทราบว่า เทศบาลได้ปรับปรุงเว็บไซต์ใหม่ เพื่อให้ประชาชนเข้าถึงข้อมูลข่าวสาร ประกาศ และบริการต่าง ๆ ของเทศบาลได้สะดวกและรวดเร็วยิ่งขึ้น ทั้งบนคอมพิวเตอร์และโทรศัพท์มือถือ",
            "IMG",
            "ประชาชนสามารถติดตามข่าวประชาสัมพันธ์ ภาพกิจกรรม และประกาศต่าง ๆ ได้ที่เมนู **ข่าวสาร** และสามารถดูข้อมูลการเปิดเผยข้อมูลสาธารณะได้ที่[หน้า ITA](/ita)ของเว็บไซต์",
            "",
            "หากพบปัญหาการใช้งานหรือมีข้อเสนอแนะ สามารถแจ้งได้ที่งานประชาสัมพันธ์ สำนักปลัดเทศบาล โทร. 0 5427 6188 ในวันและเวลาราชการ หรือทาง[เพจเฟซบุ๊กเทศบาลตำบลป่าแดงงาม](https://www.facebook.com/padaengngam.lp)",
        ),
        captions=("หน้าแรกของเว็บไซต์เทศบาลตำบลป่าแดงงามที่ปรับปรุงใหม่",),
    ),
    _Post(
        "p02",
        "2022-08-03",
        "09:05",
        "photo",
        "kanok",
        "กิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ ณ ป่าชุมชนบ้านแม่ส้าน",
        (
            "วันที่ 3 สิงหาคม 2565 นายบุญเลิศ คำมูล นายกเทศมนตรีตำบลป่าแดงงาม นำคณะผู้บริหาร พนักงานเทศบาล และชาวบ้านหมู่ที่ 2 ร่วมปลูกต้นไม้เฉลิมพระเกียรติ จำนวน 500 ต้น ณ ป่าชุมชนบ้านแม่ส้าน",
            "GALLERY",
        ),
        gallery=8,
    ),
    _Post(
        "p03",
        "2022-09-20",
        "14:30",
        "notice",
        "thanaphon",
        "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ประจำปีงบประมาณ 2566",
        (
            "ด้วยเทศบาลตำบลป่าแดงงาม อำเภอเมืองปาน จังหวัดลำปาง มีความประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง จำนวน 3 ตำแหน่ง ดังนี้",
            "# ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ (พนักงานจ้างตามภารกิจ) จำนวน 1 อัตรา",
            "# ตำแหน่งพนักงานขับรถยนต์ (พนักงานจ้างทั่วไป) จำนวน 1 อัตรา",
            "# ตำแหน่งคนงานทั่วไป (พนักงานจ้างทั่วไป) จำนวน 1 อัตรา",
            "ผู้ประสงค์จะสมัครให้ยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัดเทศบาล ตั้งแต่วันที่ **26 กันยายน – 7 ตุลาคม 2565** ในวันและเวลาราชการ รายละเอียดตามประกาศที่แนบมาพร้อมนี้",
            "FILE",
        ),
        pdf="ประกาศรับสมัครพนักงานจ้าง 2566.pdf",
        indent=True,
    ),
    _Post(
        "p04",
        "2022-11-02",
        "08:45",
        "news",
        "kanok",
        "ขอเชิญเที่ยวงานประเพณีลอยกระทง ประจำปี 2565",
        (
            "เทศบาลตำบลป่าแดงงาม ขอเชิญชวนพี่น้องประชาชนร่วมสืบสานประเพณีลอยกระทง ประจำปี 2565 ในวันอังคารที่ 8 พฤศจิกายน 2565 ตั้งแต่เวลา 17.00 น. เป็นต้นไป ณ ลานอเนกประสงค์ริมอ่างเก็บน้ำห้วยเฮี้ย หมู่ที่ 5",
            "IMG",
            "ภายในงานมีการประกวดกระทงประดิษฐ์ ประกวดนางนพมาศ การแสดงของนักเรียนศูนย์พัฒนาเด็กเล็ก และซุ้มอาหารจากทุกหมู่บ้าน ขอความร่วมมือผู้ร่วมงานใช้กระทงที่ทำจากวัสดุธรรมชาติ และงดจุดพลุและปล่อยโคมลอยในบริเวณงาน",
            "",
            "สอบถามรายละเอียดเพิ่มเติมได้ที่ กองการศึกษา เทศบาลตำบลป่าแดงงาม โทร. 0 5427 6188 ต่อ 14",
        ),
        captions=("บรรยากาศงานลอยกระทงริมอ่างเก็บน้ำห้วยเฮี้ย ปี 2564",),
    ),
    _Post(
        "p05",
        "2023-01-14",
        "10:00",
        "photo",
        "kanok",
        "งานวันเด็กแห่งชาติ ประจำปี 2566",
        (
            "เทศบาลตำบลป่าแดงงาม จัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลป่าแดงงาม มีเด็กและผู้ปกครองร่วมงานกว่า 300 คน",
            "GALLERY",
        ),
        gallery=8,
    ),
    _Post(
        "p06",
        "2023-02-21",
        "13:15",
        "notice",
        "thanaphon",
        "ประกาศ เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566",
        (
            "ตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 เทศบาลตำบลป่าแดงงามได้ส่งแบบแจ้งการประเมินภาษีให้แก่ผู้เสียภาษีแล้ว จึงขอให้ผู้เสียภาษีชำระภาษีภายในเดือน **เมษายน 2566**",
            "ผู้เสียภาษีสามารถชำระภาษีได้ ดังนี้",
            "* ชำระด้วยตนเองที่กองคลัง เทศบาลตำบลป่าแดงงาม ในวันและเวลาราชการ",
            "* ชำระผ่านการโอนเงินเข้าบัญชีธนาคารกรุงไทย ชื่อบัญชี เทศบาลตำบลป่าแดงงาม (เงินรายได้) แล้วส่งหลักฐานการโอนทางไลน์ของกองคลัง",
            "* ชำระนอกสถานที่ในวันที่เจ้าหน้าที่ออกบริการรับชำระภาษีตามหมู่บ้าน",
            "ผู้ที่ชำระภาษีเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด รายละเอียดตามประกาศแนบท้ายนี้",
            "FILE",
            "",
            "#ภาษี #ป่าแดงงาม",
        ),
        pdf="ประกาศชำระภาษี66.pdf",
        tags=("ภาษี", "ป่าแดงงาม"),
        indent=True,
    ),
    _Post(
        "p07",
        "2023-04-05",
        "09:40",
        "news",
        "site",
        "ขอเชิญร่วมงานประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ ประจำปี 2566",
        (
            "ด้วยเทศบาลตำบลป่าแดงงาม กำหนดจัดงานประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ ประจำปี 2566 ในวันพฤหัสบดีที่ 13 เมษายน 2566 เวลา 08.30 น. ณ ลานวัดป่าแดงงาม หมู่ที่ 1 เพื่อสืบสานประเพณีปี๋ใหม่เมืองอันดีงามของชาวล้านนา",
            "",
            "กิจกรรมภายในงานประกอบด้วย ขบวนแห่ไม้ค้ำสะหลี การสรงน้ำพระพุทธรูป พิธีรดน้ำดำหัวขอพรผู้สูงอายุ และการแข่งขันกีฬาพื้นบ้าน จึงขอเชิญชวนพี่น้องประชาชนแต่งกายชุดพื้นเมืองเข้าร่วมงานโดยพร้อมเพรียงกัน",
            "IMG",
            "#ประเพณี #ป่าแดงงาม",
        ),
        captions=("ขบวนแห่ไม้ค้ำสะหลีของหมู่ที่ 4 บ้านทุ่งกว๋าว (ภาพจากงานปี 2565)",),
        tags=("ประเพณี", "ป่าแดงงาม"),
        indent=True,
    ),
    _Post(
        "p08",
        "2023-05-29",
        "11:10",
        "news",
        "kanok",
        "รณรงค์ป้องกันโรคไข้เลือดออก ร่วมกันกำจัดลูกน้ำยุงลายในชุมชน",
        (
            "เข้าสู่ฤดูฝน เป็นช่วงที่ยุงลายซึ่งเป็นพาหะนำโรคไข้เลือดออกแพร่พันธุ์ได้รวดเร็ว กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลป่าแดงงาม ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลป่าแดงงาม และอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ออกรณรงค์ทุกหมู่บ้าน ระหว่างวันที่ 1–15 มิถุนายน 2566",
            "ขอความร่วมมือทุกครัวเรือนปฏิบัติตามมาตรการ **3 เก็บ ป้องกัน 3 โรค** ดังนี้",
            "# เก็บบ้านให้สะอาด ปลอดโปร่ง ไม่ให้เป็นที่เกาะพักของยุง",
            "# เก็บขยะ เศษภาชนะที่อาจมีน้ำขังรอบบ้าน",
            "# เก็บน้ำ ปิดฝาโอ่งน้ำให้มิดชิด และเปลี่ยนน้ำในแจกันทุก 7 วัน",
            "หากมีอาการไข้สูงลอยเกิน 2 วัน ให้รีบไปพบแพทย์ที่สถานบริการใกล้บ้าน และห้ามรับประทานยาแอสไพรินหรือไอบูโพรเฟน",
            "#สุขภาพ",
        ),
        tags=("สุขภาพ",),
    ),
    _Post(
        "p09",
        "2023-07-01",
        "06:20",
        "photo",
        "thanaphon",
        "อบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2566",
        (
            "วันที่ 30 มิถุนายน – 1 กรกฎาคม 2566 งานป้องกันและบรรเทาสาธารณภัย เทศบาลตำบลป่าแดงงาม จัดอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) จำนวน 60 คน ณ หอประชุมเทศบาล",
            "IMG",
            "การอบรมครั้งนี้ได้รับเกียรติจากวิทยากรของสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดลำปาง บรรยายและฝึกปฏิบัติการดับเพลิงเบื้องต้น การช่วยเหลือผู้ประสบภัย และการปฐมพยาบาลเบื้องต้น เพื่อให้ อปพร. พร้อมปฏิบัติงานร่วมกับเทศบาลเมื่อเกิดสาธารณภัยในพื้นที่",
            "GALLERY",
        ),
        captions=("นายบุญเลิศ คำมูล นายกเทศมนตรีตำบลป่าแดงงาม เป็นประธานในพิธีเปิดการอบรม",),
        gallery=4,
    ),
    _Post(
        "p10",
        "2023-08-17",
        "15:00",
        "notice",
        "thanaphon",
        "ประกาศรายชื่อผู้ผ่านการเลือกสรรพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ",
        (
            "เทศบาลตำบลป่าแดงงาม ประกาศรายชื่อผู้ผ่านการเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 2 อัตรา ขอให้ผู้ผ่านการเลือกสรรมารายงานตัวและทำสัญญาจ้างในวันที่ 1 กันยายน 2566 เวลา 09.00 น. ณ สำนักปลัดเทศบาล รายละเอียดตามเอกสารแนบ",
            "FILE",
        ),
        pdf="ประกาศผลการเลือกสรร.pdf",
    ),
    _Post(
        "p11",
        "2023-09-12",
        "10:30",
        "news",
        "site",
        "เทศบาลตำบลป่าแดงงามรับมอบรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร",
        (
            "วันที่ 12 กันยายน 2566 เทศบาลตำบลป่าแดงงามได้รับมอบรถบรรทุกน้ำอเนกประสงค์ ขนาดความจุ 6,000 ลิตร ซึ่งจัดซื้อด้วยเงินงบประมาณรายจ่ายประจำปี 2566 เพื่อใช้ในการป้องกันและบรรเทาสาธารณภัย การดับไฟป่า และการแจกจ่ายน้ำอุปโภคบริโภคให้แก่ประชาชนในช่วงฤดูแล้ง",
            "IMG",
            "ประชาชนที่ประสบปัญหาขาดแคลนน้ำหรือต้องการความช่วยเหลือ สามารถแจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลตำบลป่าแดงงาม โทร. **0 5427 6199** ตลอด 24 ชั่วโมง",
        ),
        captions=("รถบรรทุกน้ำอเนกประสงค์คันใหม่ของเทศบาลตำบลป่าแดงงาม",),
        edited=95,
    ),
    _Post(
        "p12",
        "2023-10-24",
        "09:00",
        "news",
        "kanok",
        "ประชาสัมพันธ์การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2568",
        (
            "เทศบาลตำบลป่าแดงงาม ขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2568 (เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508) และมีภูมิลำเนาอยู่ในเขตเทศบาล มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ ได้ตั้งแต่บัดนี้ถึง**วันที่ 30 กันยายน 2567** ในวันและเวลาราชการ",
            "",
            "เอกสารที่ต้องใช้ในการลงทะเบียน",
            "* สำเนาบัตรประจำตัวประชาชน",
            "* สำเนาทะเบียนบ้าน",
            "* สำเนาหน้าสมุดบัญชีเงินฝากธนาคาร (กรณีขอรับเงินผ่านบัญชีธนาคาร)",
            "ลงทะเบียนได้ที่ กองสวัสดิการสังคม เทศบาลตำบลป่าแดงงาม หรือสอบถามโทร. 0 5427 6188 ต่อ 16",
        ),
        old_title="ประชาสัมพันธ์การลงทะเบีนยรับเงินเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2568",
        edited=1440 * 2 + 30,
    ),
    _Post(
        "p13",
        "2023-12-05",
        "08:30",
        "photo",
        "kanok",
        "กิจกรรมเนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2566",
        (
            "เทศบาลตำบลป่าแดงงาม ร่วมกับส่วนราชการและประชาชนในพื้นที่ จัดกิจกรรมเฉลิมพระเกียรติเนื่องในวันคล้ายวันพระบรมราชสมภพ พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร วันชาติ และวันพ่อแห่งชาติ 5 ธันวาคม 2566 ณ หอประชุมอำเภอเมืองปาน",
            "GALLERY",
        ),
        gallery=8,
    ),
    _Post(
        "p14",
        "2024-01-12",
        "10:15",
        "news",
        "site",
        "ขอเชิญร่วมเดิน-วิ่งการกุศล ป่าแดงงามมินิมาราธอน ครั้งที่ 1",
        (
            "เทศบาลตำบลป่าแดงงาม ร่วมกับชมรมเดิน-วิ่งเมืองปาน ขอเชิญชวนพี่น้องประชาชนและนักวิ่งทุกท่าน ร่วมกิจกรรมเดิน-วิ่งการกุศล **ป่าแดงงามมินิมาราธอน ครั้งที่ 1** ในวันอาทิตย์ที่ 25 กุมภาพันธ์ 2567 ปล่อยตัวเวลา 05.30 น. ณ หน้าสำนักงานเทศบาลตำบลป่าแดงงาม",
            "ประเภทการแข่งขัน",
            "* มินิมาราธอน ระยะทาง 10.5 กิโลเมตร ค่าสมัคร 400 บาท",
            "* ฟันรัน ระยะทาง 5 กิโลเมตร ค่าสมัคร 300 บาท",
            "รายได้หลังหักค่าใช้จ่ายมอบให้กองทุนหลักประกันสุขภาพเทศบาลตำบลป่าแดงงาม เพื่อจัดซื้ออุปกรณ์การแพทย์สำหรับผู้ป่วยติดเตียง สมัครได้ที่[แบบฟอร์มรับสมัครออนไลน์](https://forms.gle/pdgRun2567)หรือที่กองการศึกษา เทศบาลตำบลป่าแดงงาม",
            "IMG",
            "#ป่าแดงงาม #สุขภาพ",
        ),
        captions=("โปสเตอร์กิจกรรมป่าแดงงามมินิมาราธอน ครั้งที่ 1",),
        tags=("ป่าแดงงาม", "สุขภาพ"),
    ),
    _Post(
        "p15",
        "2024-02-08",
        "13:45",
        "notice",
        "thanaphon",
        "ประกาศ เรื่อง กำหนดระยะเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
        (
            "ด้วยกระทรวงมหาดไทยได้มีประกาศขยายกำหนดเวลาการดำเนินการตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 สำหรับปี พ.ศ. 2567 เทศบาลตำบลป่าแดงงามจึงขอแจ้งกำหนดการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ภายในเดือน**มิถุนายน 2567**",
            "ผู้เสียภาษีที่ได้รับแบบแจ้งการประเมินแล้ว โปรดชำระภาษีภายในกำหนด ทั้งนี้ช่องทางการชำระภาษียังคงเป็นไปตาม[ประกาศปีที่ผ่านมา](post:p06) รายละเอียดตามประกาศแนบท้าย",
            "FILE",
            "#ภาษี",
        ),
        pdf="ประกาศกำหนดชำระภาษี 2567.pdf",
        tags=("ภาษี",),
    ),
    _Post(
        "p16",
        "2024-03-01",
        "09:20",
        "news",
        "kanok",
        "ช่องทางการร้องเรียนร้องทุกข์ เทศบาลตำบลป่าแดงงาม",
        (
            "เทศบาลตำบลป่าแดงงามเปิดช่องทางรับเรื่องร้องเรียนร้องทุกข์ เรื่องการทุจริตและประพฤติมิชอบ ตลอดจนข้อเสนอแนะในการให้บริการ ผ่านช่องทางต่าง ๆ ดังนี้",
            "# ยื่นหนังสือด้วยตนเองที่ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดเทศบาล",
            "# โทรศัพท์ 0 5427 6188 ในวันและเวลาราชการ",
            "# ไลน์ทางการ [@padaengngam](https://line.me/R/ti/p/@padaengngam)",
            "# แบบฟอร์มออนไลน์ที่หน้า[ติดต่อเรา](/contact)ของเว็บไซต์",
            "",
            "เทศบาลจะดำเนินการตรวจสอบและแจ้งผลให้ผู้ร้องทราบภายใน 15 วันทำการ โดยข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ",
        ),
    ),
    _Post(
        "p17",
        "2024-03-27",
        "10:40",
        "photo",
        "thanaphon",
        "ประชุมประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ครั้งที่ 1/2567",
        (
            "ระหว่างวันที่ 18–27 มีนาคม 2567 เทศบาลตำบลป่าแดงงามจัดประชุมประชาคมหมู่บ้านครบทั้ง 7 หมู่บ้าน เพื่อรับฟังปัญหาและความต้องการของประชาชนสำหรับทบทวนแผนพัฒนาท้องถิ่น",
            "GALLERY",
        ),
        gallery=8,
    ),
    _Post(
        "p18",
        "2024-04-18",
        "14:00",
        "news",
        "site",
        "มาตรการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ปี 2567",
        (
            "ในช่วงฤดูแล้ง จังหวัดลำปางประสบปัญหาฝุ่นละอองขนาดเล็ก PM2.5 เกินค่ามาตรฐานต่อเนื่องหลายวัน เทศบาลตำบลป่าแดงงามจึงขอความร่วมมือพี่น้องประชาชน **งดการเผาในที่โล่งทุกชนิด** ทั้งเศษใบไม้ กิ่งไม้ ขยะ และวัสดุทางการเกษตร จนถึงวันที่ 31 พฤษภาคม 2567",
            "เทศบาลได้จัดตั้งจุดเฝ้าระวังไฟป่าร่วมกับผู้นำชุมชนและอาสาสมัครในหมู่ที่ 2 บ้านแม่ส้าน และหมู่ที่ 5 บ้านห้วยเฮี้ย ซึ่งมีพื้นที่ติดป่าสงวนแห่งชาติ และจัดเจ้าหน้าที่พร้อมรถบรรทุกน้ำออกลาดตระเวนทุกวัน",
            "IMG",
            "สำหรับผู้ป่วยโรคทางเดินหายใจ ผู้สูงอายุ เด็กเล็ก และหญิงตั้งครรภ์ ควรหลีกเลี่ยงกิจกรรมกลางแจ้ง และสวมหน้ากากอนามัยชนิด N95 เมื่อออกนอกบ้าน เทศบาลได้จัดห้องปลอดฝุ่นไว้ที่ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลป่าแดงงาม",
            "",
            "หากพบเห็นการลักลอบเผาหรือไฟป่า แจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย โทร. 0 5427 6199 หรือสายด่วน 1784 ตลอด 24 ชั่วโมง ติดตามค่าฝุ่นได้ที่ [Air4Thai](http://air4thai.pcd.go.th/webV3/)",
            "",
            "#ป่าแดงงาม #สุขภาพ",
        ),
        captions=("เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยร่วมกับอาสาสมัครทำแนวกันไฟ บ้านห้วยเฮี้ย",),
        tags=("ป่าแดงงาม", "สุขภาพ"),
        edited=20,
    ),
    _Post(
        "p19",
        "2024-05-14",
        "09:30",
        "notice",
        "thanaphon",
        "ประกาศรับสมัครนักเรียนศูนย์พัฒนาเด็กเล็กเทศบาลตำบลป่าแดงงาม ปีการศึกษา 2567",
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลป่าแดงงาม เปิดรับสมัครนักเรียนปีการศึกษา 2567 สำหรับเด็กที่เกิดระหว่างวันที่ 1 มกราคม 2564 ถึงวันที่ 31 ธันวาคม 2565 รับสมัครตั้งแต่วันที่ **15–31 พฤษภาคม 2567** เวลา 08.30–16.30 น. ณ ศูนย์พัฒนาเด็กเล็กฯ",
            "หลักฐานการสมัคร",
            "* สูติบัตรของเด็ก (ฉบับจริงและสำเนา)",
            "* สำเนาทะเบียนบ้านของเด็กและผู้ปกครอง",
            "* สมุดบันทึกสุขภาพแม่และเด็ก (สมุดสีชมพู)",
            "* รูปถ่ายขนาด 1 นิ้ว จำนวน 3 รูป",
            "FILE",
        ),
        pdf="รับสมัครนักเรียน ศพด. 2567.pdf",
    ),
    _Post(
        "p20",
        "2024-05-17",
        "16:10",
        "photo",
        "kanok",
        "จิตอาสาพัฒนาคูคลองสาธารณะ หมู่ที่ 3 บ้านป่าแดง",
        (
            "วันที่ 17 พฤษภาคม 2567 เทศบาลตำบลป่าแดงงาม ร่วมกับจิตอาสาและชาวบ้านหมู่ที่ 3 บ้านป่าแดง ขุดลอกและกำจัดวัชพืชในลำเหมืองสาธารณะ ระยะทางกว่า 800 เมตร เพื่อเตรียมรับมือน้ำหลากในฤดูฝน",
            "GALLERY",
            "#จิตอาสา #ป่าแดงงาม",
        ),
        gallery=8,
        tags=("จิตอาสา", "ป่าแดงงาม"),
    ),
)

DELETED_TITLE = "ประกาศ เรื่อง สอบราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5"
DELETED_DAY = "2023-03-09"

EXECUTIVES = (
    ("นายบุญเลิศ คำมูล", "นายกเทศมนตรีตำบลป่าแดงงาม", "08 1883 2451"),
    ("นายประเสริฐ ปัญญาดี", "รองนายกเทศมนตรี", "08 9559 1762"),
    ("นายวิโรจน์ กันทะวงศ์", "รองนายกเทศมนตรี", "08 6115 9034"),
    ("นางสาวจันทร์เพ็ญ สุริยะ", "เลขานุการนายกเทศมนตรี", "09 3136 2278"),
    ("นายทองสุข มาลัยแก้ว", "ประธานสภาเทศบาลตำบลป่าแดงงาม", "08 1029 4476"),
    ("นางศิริพร ใจปัน", "ปลัดเทศบาลตำบลป่าแดงงาม", "0 5427 6188 ต่อ 11"),
)

# (key, ISO date, start, end, title, place, description)
EVENTS = (
    (
        "e1",
        "2024-05-25",
        "07:00",
        "12:00",
        "ตลาดนัดชุมชนป่าแดงงามสัญจร",
        "ลานหน้าสำนักงานเทศบาลตำบลป่าแดงงาม",
        "ตลาดนัดสินค้าเกษตรปลอดภัยและผลิตภัณฑ์ชุมชนจากทั้ง 7 หมู่บ้าน จัดทุกวันเสาร์สุดท้ายของเดือน",
    ),
    (
        "e2",
        "2024-06-04",
        "09:30",
        "12:00",
        "ประชุมสภาเทศบาลตำบลป่าแดงงาม สมัยสามัญ สมัยที่ 2 ประจำปี 2567",
        "ห้องประชุมสภาเทศบาลตำบลป่าแดงงาม",
        "ประชาชนที่สนใจสามารถเข้าร่วมรับฟังการประชุมได้ โปรดแจ้งความประสงค์ล่วงหน้าที่งานกิจการสภา สำนักปลัดเทศบาล",
    ),
    (
        "e3",
        "2024-06-05",
        "08:00",
        "11:00",
        "กิจกรรมวันสิ่งแวดล้อมโลก ปลูกต้นไม้ริมทาง",
        "ถนนสายป่าแดงงาม–แม่ส้าน หมู่ที่ 2",
        "ร่วมปลูกต้นรวงผึ้งและต้นอินทนิลริมถนน ระยะทาง 2 กิโลเมตร เทศบาลจัดเตรียมกล้าไม้และอุปกรณ์ไว้ให้",
    ),
    (
        "e4",
        "2024-06-12",
        "08:30",
        "15:30",
        "โครงการตรวจสุขภาพผู้สูงอายุเชิงรุก",
        "ศาลาอเนกประสงค์หมู่ที่ 6 บ้านดอนไชย",
        "ตรวจวัดความดันโลหิต เจาะน้ำตาลในเลือด และคัดกรองภาวะหกล้มในผู้สูงอายุ ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลป่าแดงงาม",
    ),
)

ITA = (
    ("O1", "โครงสร้างหน่วยงาน", "pdf:โครงสร้างส่วนราชการ เทศบาลตำบลป่าแดงงาม"),
    ("O2", "ข้อมูลผู้บริหาร", "/executives"),
    ("O3", "อำนาจหน้าที่", "/about-us"),
    ("O4", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "pdf:แผนพัฒนาท้องถิ่น 2566-2570"),
    ("O5", "ข้อมูลการติดต่อ", "/contact"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "pdf:กฎหมายที่เกี่ยวข้อง"),
    ("O7", "ข่าวประชาสัมพันธ์", "cat:news"),
    ("O8", "Q&A (ถาม-ตอบ)", "/contact"),
    ("O9", "Social Network", FB),
    ("O10", "นโยบายของผู้บริหาร", "/vision"),
    ("O11", "แผนการดำเนินงานและการใช้งบประมาณประจำปี 2567", "pdf:แผนการดำเนินงาน ประจำปี 2567"),
    ("O12", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "pdf:รายงานการกำกับติดตาม รอบ 6 เดือน 2567"),
    ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "pdf:คู่มือการปฏิบัติงาน"),
    ("O14", "คู่มือหรือมาตรฐานการให้บริการ", "/services"),
    ("O15", "ประกาศการชำระภาษีที่ดินและสิ่งปลูกสร้าง", "lower:p06"),
    ("O16", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "deleted"),
)


# -- small helpers ------------------------------------------------------------------------------------
def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:n]


_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _cid(seed: str) -> str:
    """A Wix component id such as ``comp-l8x2k3ab`` (time-based ids of 2022 start with 'l')."""
    n = int(_h(seed, 12), 16)
    out = ""
    for _ in range(7):
        n, r = divmod(n, 36)
        out += _B36[r]
    return "comp-l" + out


def _cls(seed: str) -> str:
    """A hashed CSS class name (``xU8fqS``)."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    n = int(_h("cls" + seed, 12), 16)
    out = ""
    for i in range(6):
        n, r = divmod(n, 62)
        out += letters[r % 52] if i == 0 else (letters + "0123456789")[r]
    return out


def wix_slug(title: str) -> str:
    """Wix Blog's slug: lower case, spaces and '/' to '-', other punctuation dropped, Thai kept."""
    out = []
    for char in title.lower():
        if char in " /":
            out.append("-")
        elif char.isalnum() or char == "-" or "\u0e00" <= char <= "\u0e7f":
            out.append(char)
    slug = "".join(out)
    while "--" in slug:
        slug = slug.replace("--", "-")
    return slug.strip("-")


def _enc(text: str) -> str:
    return quote(text, safe="-")


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _rfc(dt: datetime) -> str:
    u = dt.astimezone(UTC)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[u.weekday()]}, {u.day:02d} {months[u.month - 1]} {u.year} {u.hour:02d}:{u.minute:02d}:{u.second:02d} GMT"


def _abbr(d: date, year: bool = True) -> str:
    text = f"{d.day} {MONTHS_ABBR[d.month - 1]}"
    return f"{text} {d.year + 543}" if year else text


def _shown(d: date, card: bool = False) -> str:
    """The date as Wix Blog prints it (relative for the last week; no year in cards of this year)."""
    days = (TODAY - d).days
    if 0 < days < 7:
        return f"{days} วันที่ผ่านมา"
    return _abbr(d, year=not (card and d.year == TODAY.year))


_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


_THAI_MARKS = "\u0e31" + "".join(chr(c) for c in range(0x0E34, 0x0E3B)) + "".join(chr(c) for c in range(0x0E47, 0x0E4F))


def _plain(text: str) -> str:
    if text[:2] in ("* ", "# "):
        text = text[2:]
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _BOLD.sub(lambda m: m.group(1), text)
    return " ".join(text.split())


def _is_hashtags(block: str) -> bool:
    return block.startswith("#") and not block.startswith("# ")


def _is_text(block: str) -> bool:
    return block not in ("", "IMG", "GALLERY", "FILE")


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


HEART = '<svg xmlns="http://www.w3.org/2000/svg" width="19" height="19" viewBox="0 0 19 19" role="img"><path d="M9.44985848,15.5291774 C9.43911371,15.5362849 9.42782916,15.5449227 9.41715267,15.5553983 L9.44985848,15.5291774 Z M9.44985848,15.5291774 L9.49370677,15.4951755 C9.50133653,15.4892591 9.50881515,15.4840461 9.51609015,15.4794126 L9.44985848,15.5291774 Z M12.5,3 C14.9852814,3 17,5.01471863 17,7.5 C17,10.7 13,14 9.5,16.5 C6,14 2,10.7 2,7.5 C2,5.01471863 4.01471863,3 6.5,3 C7.9,3 8.9,3.7 9.5,4.6 C10.1,3.7 11.1,3 12.5,3 Z"></path></svg>'
ARROW_L = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M14.5 6.5L9 12l5.5 5.5"></path></svg>'
ARROW_R = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M9.5 6.5L15 12l-5.5 5.5"></path></svg>'
MORE = '<svg xmlns="http://www.w3.org/2000/svg" width="19" height="19" viewBox="0 0 19 19" role="img"><defs><path id="more" d="M2.444 0h.112C3.9 0 5 1.1 5 2.444v.112C5 3.9 3.9 5 2.556 5h-.112C1.1 5 0 3.9 0 2.556v-.112C0 1.1 1.1 0 2.444 0z"></path></defs><use href="#more" transform="translate(2 7)"></use><use href="#more" transform="translate(7 7)"></use><use href="#more" transform="translate(12 7)"></use></svg>'
SOCIAL_ICONS = (
    ("Facebook", FB, "0fdef751204647a3bbd7eaa2827ed4f9.png"),
    ("LINE", LINE, "9d7c1d1ec65f4bd6b8a5e4b1e0e4b4d9.png"),
    ("YouTube", YOUTUBE, "45bce1d726f64f1999c49feae57f6298.png"),
)


class _Wix:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.posts = POSTS
        self.newest = sorted(POSTS, key=lambda p: p.dt, reverse=True)
        self.by_key = {p.key: p for p in POSTS}
        self.index = {p.key: i for i, p in enumerate(POSTS)}
        self.non_articles: list[str] = []
        self.tags = sorted({t for p in POSTS for t in p.tags})

    # -- URLs ---------------------------------------------------------------------------------------
    def u(self, path: str) -> str:
        return self.b + path

    @staticmethod
    def post_path(p: _Post) -> str:
        return "/post/" + _enc(wix_slug(p.title))

    @staticmethod
    def cat_path(cat: str) -> str:
        return "/blog/categories/" + _enc(wix_slug(CATS[cat]))

    @staticmethod
    def tag_path(tag: str) -> str:
        return "/blog/hashtags/" + _enc(tag)

    @staticmethod
    def event_path(e: tuple[str, ...]) -> str:
        return "/event-details/" + _enc(wix_slug(e[4]))

    @staticmethod
    def deleted_path() -> str:
        return "/post/" + _enc(wix_slug(DELETED_TITLE))

    def media(self, mid: str, w: int, h: int, modified: datetime, ext: str = "jpg") -> str:
        name = f"{SITE_ID}_{mid}~mv2.{ext}"
        path = f"/media/{name}/v1/fill/w_{w},h_{h},al_c,q_85,usm_0.66_1.00_0.01,enc_auto/{name}"
        add_jpeg(self.site, path, w, h, modified)
        return self.u(path)

    def pdf(self, seed: str, title: str, modified: datetime) -> str:
        path = f"/_files/ugd/{SITE_ID}_{_h('pdf' + seed)}.pdf"
        ascii_title = f"Padaeng-ngam Municipality document {_h(seed, 6)}"
        add_pdf(
            self.site,
            path,
            ascii_title,
            [f"Ref. {_h(seed, 10)}", "Padaeng-ngam Subdistrict Municipality, Lampang"],
            modified,
        )
        return self.u(path)

    def post_pdf(self, p: _Post) -> str:
        return self.pdf(p.key, p.pdf, p.dt)

    def photo(self, p: _Post, k: str, w: int, h: int) -> str:
        return self.media(_h(f"{p.key}-{k}"), w, h, p.dt)

    def avatar(self, author: str) -> str:
        return self.media(_h("avatar-" + author), 64, 64, datetime(2022, 6, 10, 9, 0, tzinfo=UTC))

    def logo(self) -> str:
        return self.media(_h("logo"), 120, 120, datetime(2022, 6, 10, 9, 0, tzinfo=UTC))

    def cover(self, p: _Post, w: int = 454, h: int = 341) -> str | None:
        for block in p.body:
            if block == "IMG":
                return self.photo(p, "img0", w, h)
            if block == "GALLERY":
                return self.photo(p, "gal0", w, h)
        return None

    # -- post facts -----------------------------------------------------------------------------------
    def paragraphs(self, p: _Post) -> tuple[str, ...]:
        return tuple(_plain(b) for b in p.body if _is_text(b))

    def excerpt(self, p: _Post) -> str:
        text = " ".join(_plain(b) for b in p.body if _is_text(b) and not _is_hashtags(b))
        if len(text) <= EXCERPT:
            return text
        cut = EXCERPT
        while cut > 0 and (text[cut] in _THAI_MARKS or text[cut] == "\u0e33"):
            cut -= 1
        return text[:cut].rstrip()

    def read_minutes(self, p: _Post) -> int:
        chars = sum(len(x) for x in self.paragraphs(p))
        return max(1, (chars + 399) // 700)

    def views(self, p: _Post) -> int:
        i = self.index[p.key]
        age = (TODAY - p.d).days
        return 3 + age % 7 if age < 7 else 14 + (i * 53 + age) % 230

    def comments(self, p: _Post) -> int:
        return {"p12": 1, "p14": 2}.get(p.key, 0)

    def likes(self, p: _Post) -> int:
        return (self.index[p.key] * 7 + 2) % 9

    def post_id(self, p: _Post) -> str:
        return _h("post" + p.key, 24)

    @staticmethod
    def plural(n: int, word: str) -> str:
        return f"{n} {word}" if n == 1 else f"{n} {word}s"

    # -- inline rich text -------------------------------------------------------------------------
    def inline(self, text: str, p: _Post | None = None) -> str:
        if text[:2] in ("* ", "# "):
            text = text[2:]
        out = esc(text)

        def link(m: re.Match[str]) -> str:
            label, target = m.group(1), m.group(2)
            external = False
            if target == "pdf" and p is not None:
                href = self.post_pdf(p)
            elif target.startswith("post:"):
                href = self.u(self.post_path(self.by_key[target[5:]]))
            elif target.startswith("/"):
                href = self.u(target)
            else:
                href, external = target, True
            rel = ' target="_blank" rel="noopener noreferrer"' if external else ' target="_top"'
            return f'<a href="{attr(href)}"{rel} class="_3Bkfb _1lsz7">{label}</a>'

        out = _LINK.sub(link, out)
        out = _BOLD.sub(lambda m: f"<strong>{m.group(1)}</strong>", out)
        if _is_hashtags(text) and p is not None:
            out = " ".join(
                f'<a href="{self.u(self.tag_path(w[1:]))}" target="_top" class="_3Bkfb _1lsz7" data-hook="hashtag">{esc(w)}</a>'
                for w in text.split()
            )
        return out

    # -- Ricos viewer (the post body) ----------------------------------------------------------------
    def ricos(self, p: _Post) -> str:
        out = ['<div class="_1Q6vt" data-hook="rcv-block-first"></div>']
        n = 0
        img = 0
        i = 0
        blocks = p.body
        while i < len(blocks):
            block = blocks[i]
            n += 1
            vid = "viewer-" + _h(f"{p.key}-{i}", 5)
            hook = f'data-hook="rcv-block{n}"'
            if block == "":
                out.append(
                    f'<div type="empty-line" class="_2Ebnp" {hook}></div><p dir="auto" class="MmR3G _1FoOD _3M0Fe public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr" id="{vid}"><br></p>'
                )
            elif block == "IMG":
                caption = p.captions[img]
                src = self.photo(p, f"img{img}", 740, 493)
                out.append(
                    f'<div type="image" class="_2Ebnp" {hook}></div><div class="_3CWa- _1z5Ix _2VNxA _3Xo2q" id="{vid}" data-breakout="normal">'
                    f'<div class="_3mtR0 _2fd0P" data-hook="figure-IMAGE"><figure class="_1NzrQ" data-hook="figure-IMAGE"><div data-hook="imageViewer" class="_3bILe _2kG0x" role="button" tabindex="0">'
                    f'<div class="_2dz9X" style="--dim-height:493;--dim-width:740"><wow-image data-image-info="{attr(_json({"imageData": {"width": 740, "height": 493, "uri": src.rsplit("/", 1)[1]}}))}">'
                    f'<img src="{src}" alt="" width="740" height="493" loading="lazy" class="_1tq8E" data-load-done=""></wow-image></div>'
                    f'<div class="_2K8Mp"></div></div><figcaption class="_3LdYD" data-hook="imageViewerCaption" dir="auto">{esc(caption)}</figcaption></figure></div></div>'
                )
                img += 1
            elif block == "GALLERY":
                items = []
                for k in range(p.gallery):
                    src = self.photo(p, f"gal{k}", 360, 270)
                    name = f"S__{23887000 + int(_h(p.key + str(k), 4), 16)}.jpg"
                    items.append(
                        f'<div class="gallery-item-container item-container-regular has-custom-focus visible" data-hook="item-container" data-idx="{k}" data-id="{_h(p.key + "g" + str(k), 8)}-{_h(p.key + str(k), 4)}" tabindex="-1" style="width:360px;height:270px">'
                        f'<div data-hook="item-wrapper" class="gallery-item-wrapper visible cube-type-fill"><div class="gallery-item-content item-content-regular image-item gallery-item-visible gallery-item gallery-item-preloaded">'
                        f'<picture><source srcset="{src}" type="image/webp"><img data-hook="gallery-item-image-img" alt="{name}" src="{src}" class="gallery-item-visible gallery-item gallery-item-preloaded" loading="lazy"></picture></div></div>'
                        f'<div class="gallery-item-hover" data-hook="item-hover-{k}" aria-hidden="true"></div></div>'
                    )
                out.append(
                    f'<div type="gallery" class="_2Ebnp" {hook}></div><div class="_3CWa- _1z5Ix _2VNxA" id="{vid}" data-breakout="normal"><div data-hook="gallery-container" class="_3T0eS">'
                    f'<div id="pro-gallery-{vid}" class="pro-gallery inline-styles ltr" data-hook="pro-gallery"><div class="pro-gallery-parent-container" role="region" aria-label="Gallery. use arrow keys to navigate"><div data-hook="gallery-column" class="gallery-column" dir="ltr">'
                    + "".join(items)
                    + "</div></div></div></div></div>"
                )
            elif block == "FILE":
                href = self.post_pdf(p)
                size = 180 + int(_h(p.key, 3), 16) % 400
                out.append(
                    f'<div type="file" class="_2Ebnp" {hook}></div><div class="_3CWa- _1z5Ix _3Xo2q" id="{vid}"><div data-hook="fileUploadViewer" class="_3hy_Z _3c2tS">'
                    f'<a href="{href}" target="_blank" rel="noopener noreferrer" class="_1zF5b" tabindex="0"><div class="_3W7k-"><svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><path d="M25 3H9v34h22V9l-6-6z"></path></svg></div>'
                    f'<div class="_1y8Q3"><div class="_3t3aN" data-hook="file-upload-name">{esc(p.pdf)}</div><div class="_2sUmS" data-hook="file-upload-type">PDF • {size}KB</div></div></a>'
                    f'<a href="{href}" download="{attr(p.pdf)}" class="_2VuDu" aria-label="Download file"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M12 4v12m-5-5l5 5 5-5M5 20h14"></path></svg></a></div></div>'
                )
            elif block[:2] in ("* ", "# "):
                marker = block[:2]
                tag, kind = ("ul", "unordered-list") if marker == "* " else ("ol", "ordered-list")
                lis = []
                while i < len(blocks) and blocks[i][:2] == marker:
                    lvid = "viewer-" + _h(f"{p.key}-{i}", 5)
                    lis.append(
                        f'<li aria-level="1" dir="auto" class="_2LYUV _1i-kk public-DraftStyleDefault-{tag}ListItem public-DraftStyleDefault-depth0 public-DraftStyleDefault-listLTR" id="{lvid}">'
                        f'<p class="MmR3G _1FoOD _3M0Fe public-DraftStyleDefault-block-depth0 public-DraftStyleDefault-text-ltr"><span class="_2PHJq public-DraftStyleDefault-ltr">{self.inline(blocks[i], p)}</span></p></li>'
                    )
                    i += 1
                i -= 1
                out.append(
                    f'<div type="{kind}" class="_2Ebnp" {hook}></div><{tag} class="_1K6ck public-DraftStyleDefault-{tag}">{"".join(lis)}</{tag}>'
                )
            else:
                indent = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" if p.indent and not _is_hashtags(block) else ""
                out.append(
                    f'<div type="paragraph" class="_2Ebnp" {hook}></div><p dir="auto" class="MmR3G _1FoOD _3M0Fe public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr" id="{vid}">'
                    f'<span class="_2PHJq public-DraftStyleDefault-ltr">{indent}{self.inline(block, p)}</span></p>'
                )
            i += 1
        out.append('<div class="_1Q6vt" data-hook="rcv-block-last"></div>')
        return (
            '<section data-hook="ricos-viewer" class="_3kM4Y"><div class="_2Ebnp KKxQq" data-id="rich-content-viewer" dir="ltr">'
            '<div class="_1FoOD _3M0Fe _1ciCP _3Xo2q" style="--ricos-custom-p-font-size:18px">'
            + "".join(out)
            + "</div></div></section>"
        )

    def ricos_nodes(self, p: _Post) -> list[dict[str, object]]:
        nodes: list[dict[str, object]] = []
        for i, block in enumerate(p.body):
            nid = _h(f"{p.key}-{i}", 5)
            if block == "":
                nodes.append({"type": "PARAGRAPH", "id": nid, "nodes": []})
            elif block == "IMG":
                nodes.append(
                    {"type": "IMAGE", "id": nid, "imageData": {"containerData": {"width": {"size": "CONTENT"}}}}
                )
            elif block == "GALLERY":
                nodes.append(
                    {"type": "GALLERY", "id": nid, "galleryData": {"items": [{"image": {}} for _ in range(p.gallery)]}}
                )
            elif block == "FILE":
                nodes.append({"type": "FILE", "id": nid, "fileData": {"name": p.pdf, "type": "pdf"}})
            else:
                nodes.append(
                    {
                        "type": "PARAGRAPH",
                        "id": nid,
                        "nodes": [{"type": "TEXT", "textData": {"text": _plain(block), "decorations": []}}],
                    }
                )
        return nodes

    # -- master page -----------------------------------------------------------------------------------
    MENU = (
        ("/", "หน้าแรก", ()),
        (
            "/about-us",
            "เกี่ยวกับเรา",
            (("/about-us", "ประวัติความเป็นมา"), ("/vision", "วิสัยทัศน์และพันธกิจ"), ("/executives", "คณะผู้บริหาร")),
        ),
        ("/blog", "ข่าวสาร", ()),
        ("/services", "บริการประชาชน", ()),
        ("/ita", "ITA", ()),
        ("/events-calendar", "ปฏิทินกิจกรรม", ()),
        ("/contact", "ติดต่อเรา", ()),
    )

    def rich(self, seed: str, inner: str, extra_cls: str = "") -> str:
        c = _cid(seed)
        return f'<div id="{c}" class="HcOXKn SxM0TO QxJLC3 {extra_cls}{c} wixui-rich-text" data-testid="richTextElement">{inner}</div>'

    @staticmethod
    def p8(text_html: str, font: str = "font_8", style: str = "font-size:17px;") -> str:
        return f'<p class="{font} wixui-rich-text__text" style="{style}"><span class="wixui-rich-text__text">{text_html}</span></p>'

    def section(self, seed: str, inner: str, label: str = "") -> str:
        c = _cid("section" + seed)
        aria = f' aria-label="{attr(label)}"' if label else ""
        return (
            f'<section id="{c}" tabindex="-1" class="Oqnisf {c} wixui-section" data-block-level-container="ClassicSection"{aria}>'
            f'<div id="bgLayers_{c}" data-hook="bgLayers" data-motion-part="BG_LAYER {c}" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_{c}" data-motion-part="BG_MEDIA {c}" class="VgO9Yg"></div></div>'
            f'<div data-mesh-id="{c}inlineContent" data-testid="inline-content" class=""><div data-mesh-id="{c}inlineContent-gridContainer" data-testid="mesh-container-content">'
            f"<!--$-->{inner}<!--/$--></div></div></section>"
        )

    def button(self, seed: str, href: str, label: str, external: bool = False) -> str:
        c = _cid("btn" + seed)
        target = 'target="_blank" rel="noreferrer noopener"' if external else 'target="_self"'
        return (
            f'<div class="{c} R6ex7N wixui-button" id="{c}" aria-disabled="false" data-semantic-classname="button">'
            f'<a data-testid="linkElement" href="{attr(href)}" {target} class="uDW_Qe wixui-button PlZyDq" aria-disabled="false">'
            f'<span class="l7_2fn wixui-button__label">{esc(label)}</span></a></div>'
        )

    def menu(self, current: str) -> str:
        c = _cid("menu")
        items = []
        for n, (path, label, subs) in enumerate(self.MENU):
            state = "menu selected link" if path == current else "menu idle link"
            sub = ""
            if subs:
                sub = (
                    f'<ul class="wkJ2fp" id="{c}-{n}-subItems" aria-hidden="true">'
                    + "".join(
                        f'<li class="wbgQXa wixui-dropdown-menu__submenu" data-state="drop idle link"><a data-testid="linkElement" href="{self.u(sp)}" target="_self" class="UiHgGh"><div class="yRj2ms"><div class=""><p class="zKbzSQ">{esc(sl)}</p></div></div></a></li>'
                        for sp, sl in subs
                    )
                    + "</ul>"
                )
            items.append(
                f'<li id="{c}{n}" data-direction="ltr" data-listposition="{"left" if n == 0 else "center"}" data-data-id="dataItem-{_h("mi" + path, 8)}" class="wbgQXa wixui-dropdown-menu__item" data-state="{state} notMobile"'
                + (' aria-haspopup="true"' if subs else "")
                + f'><a data-testid="linkElement" href="{self.u(path)}" target="_self" class="UiHgGh"'
                + (' aria-current="page"' if path == current else "")
                + f'><div class="yRj2ms"><div class=""><p class="zKbzSQ" id="{c}{n}label">{esc(label)}</p></div></div></a>{sub}</li>'
            )
        items.append(
            f'<li id="{c}__more__" data-direction="ltr" data-listposition="right" class="wbgQXa wixui-dropdown-menu__item" data-state="menu false  link notMobile"><div data-testid="linkElement" class="UiHgGh" tabindex="0" aria-haspopup="false"><div class="yRj2ms"><div class=""><p class="zKbzSQ" id="{c}__more__label" tabindex="-1">เพิ่มเติม</p></div></div></div></li>'
        )
        return (
            f'<wix-dropdown-menu id="{c}" class="XwCBRN NHM1d1 {c} wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr" data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="{len(self.MENU)}" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0" data-dropalign="center">'
            f'<nav class="R_TAzU" id="{c}-navContainer" aria-label="เว็บไซต์"><ul class="y7qwii" id="{c}-itemsContainer" style="text-align:center" data-marginallchildren="true">{"".join(items)}</ul>'
            f'<div class="h3jCPd" id="{c}-dropWrapper" data-dropalign="center" data-dropdown-shown="false"><ul class="wkJ2fp wixui-dropdown-menu__submenu" id="{c}-moreContainer"></ul></div>'
            f'<div style="display:none" id="{c}-navContainer-hiddenA11ySubMenuIndication">ใช้ปุ่มลูกศรเพื่อเลื่อนดูเมนูย่อย</div></nav></wix-dropdown-menu>'
        )

    def social_bar(self, seed: str) -> str:
        c = _cid("social" + seed)
        lis = "".join(
            f'<li id="dataItem-{_h(name + seed, 8)}-{c}" class="O0AUu5"><a data-testid="linkElement" href="{href}" target="_blank" rel="noreferrer noopener" class="JFbA8f" aria-label="{name}">'
            f'<wow-image id="img_0_dataItem-{_h(name + seed, 8)}-{c}" class="HlRz5e BI8PVQ" data-image-info="{{}}" data-bg-effect-name="" data-has-ssr-src="">'
            f'<img src="https://static.wixstatic.com/media/{icon}/v1/fill/w_29,h_29,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/{icon}" alt="{name}" style="width:29px;height:29px;object-fit:cover" width="29" height="29"></wow-image></a></li>'
            for name, href, icon in SOCIAL_ICONS
        )
        return f'<div id="{c}" class="{c} wixui-social-bar"><ul class="fmC7ao" aria-label="Social Bar">{lis}</ul></div>'

    def ads(self) -> str:
        return (
            '<div id="WIX_ADS" class="MvY2Cj ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;adsVersion=white&amp;orig_msid='
            + META_SITE_ID
            + '" target="_blank" rel="nofollow" class="Zuk5GR"><span class="E3oWXB" data-hook="freemium-text">This site was designed with the <span class="pv4_3S">WIX</span>.com website builder. Create your website today.</span><span class="dqbGwK" data-hook="freemium-button">Start Now</span></a></div>'
        )

    def header(self, current: str) -> str:
        logo = self.logo()
        return (
            '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>'
            '<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div>'
            '<div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">'
            f'<div id="{_cid("logo")}" class="MazNVa {_cid("logo")} wixui-image"><a data-testid="linkElement" href="{self.u("/")}" target="_self" class="j7pOnl">'
            f'<wow-image id="img_{_cid("logo")}" class="HlRz5e BI8PVQ" data-image-info="{{}}" data-has-ssr-src="true"><img src="{logo}" alt="ตราสัญลักษณ์เทศบาลตำบลป่าแดงงาม" style="width:96px;height:96px;object-fit:cover" width="96" height="96" fetchpriority="high"></wow-image></a></div>'
            + self.rich(
                "sitename",
                f'<h2 class="font_2 wixui-rich-text__text" style="font-size:30px;"><span style="color:#1B5E20;" class="wixui-rich-text__text">{SITE}</span></h2>'
                f'<p class="font_8 wixui-rich-text__text" style="font-size:16px;"><span class="wixui-rich-text__text">{DISTRICT}</span></p>',
            )
            + self.menu(current)
            + self.social_bar("header")
            + f'<div id="{_cid("loginbar")}" class="{_cid("loginbar")} wixui-login-bar"><div class="Ja3Cne" data-testid="handle-button-wrapper"><button class="nSoPvN" data-testid="handle-button" aria-label="เข้าสู่ระบบ" type="button"><span class="Ml0HsC" data-testid="handle-button-text">เข้าสู่ระบบ</span></button></div></div>'
            "</div></div></div></div></header>"
        )

    def footer(self) -> str:
        c = _cid("form-footer")
        return (
            '<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>'
            '<div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">'
            + self.rich(
                "footer-address",
                f'<h5 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">{SITE}</span></h5>'
                + self.p8(esc(ADDRESS), style="font-size:15px;")
                + self.p8(f"โทรศัพท์ {PHONE} &nbsp;โทรสาร {FAX}", style="font-size:15px;")
                + self.p8(
                    f'อีเมล <a href="mailto:{EMAIL}" target="_self" class="wixui-rich-text__text">{EMAIL}</a>',
                    style="font-size:15px;",
                )
                + self.p8("เปิดทำการ วันจันทร์ – วันศุกร์ เวลา 08.30 – 16.30 น. (เว้นวันหยุดราชการ)", style="font-size:15px;"),
            )
            + self.rich(
                "footer-links",
                '<h5 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">ลิงก์ที่เกี่ยวข้อง</span></h5>'
                + self.p8(
                    '<a href="https://www.dla.go.th" target="_blank" rel="noopener" class="wixui-rich-text__text">กรมส่งเสริมการปกครองท้องถิ่น</a>',
                    style="font-size:15px;",
                )
                + self.p8(
                    '<a href="http://www.lampang.go.th" target="_blank" rel="noopener" class="wixui-rich-text__text">จังหวัดลำปาง</a>',
                    style="font-size:15px;",
                )
                + self.p8(
                    f'<a href="{self.u("/ita")}" target="_self" class="wixui-rich-text__text">การเปิดเผยข้อมูลสาธารณะ (ITA)</a>',
                    style="font-size:15px;",
                )
                + self.p8(
                    f'<a href="{self.u("/account/my-account")}" target="_self" class="wixui-rich-text__text">ระบบสมาชิก (สำหรับเจ้าหน้าที่)</a>',
                    style="font-size:15px;",
                ),
            )
            + f'<form id="{c}" class="{c} wixui-form" data-testid="form" aria-label="ติดตามข่าวสาร">'
            + self.rich(
                "footer-subscribe",
                '<h5 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">ติดตามข่าวสาร</span></h5>'
                + self.p8("กรอกอีเมลเพื่อรับข่าวสารและประกาศใหม่ของเทศบาล", style="font-size:15px;"),
            )
            + f'<div id="input_{c}" class="wixui-text-input"><label for="input_{c}_input" class="wPeA6j">อีเมล</label><input name="email" id="input_{c}_input" class="KvoMHf" type="email" placeholder="อีเมลของคุณ" required aria-required="true" maxlength="250"></div>'
            + '<div class="R6ex7N wixui-button"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">ติดตาม</span></button></div>'
            + '<div class="HcOXKn wixui-rich-text" data-testid="richTextElement" style="visibility:hidden"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">ขอบคุณที่ติดตามข่าวสาร!</span></p></div></form>'
            + self.social_bar("footer")
            + self.rich(
                "footer-copy",
                self.p8(
                    f'© 2565 by {SITE}. Proudly created with <a href="https://www.wix.com" target="_blank" class="wixui-rich-text__text">Wix.com</a>',
                    style="font-size:13px;text-align:center;",
                ),
            )
            + "</div></div></div></div></footer>"
        )

    def cookie_banner(self) -> str:
        return (
            '<div id="consent-banner-root"><div class="consent-banner" data-hook="consent-banner-root" role="region" aria-label="แบนเนอร์คุกกี้">'
            '<div class="_2GnWL" data-hook="consent-banner-content"><p class="_3Sb9D" data-hook="consent-banner-title">เว็บไซต์นี้ใช้คุกกี้</p>'
            '<p class="_1Y7hm" data-hook="consent-banner-text">เราใช้คุกกี้ในเว็บไซต์ของเราเพื่อดูว่าคุณโต้ตอบกับเว็บไซต์อย่างไร การกดยอมรับถือว่าคุณยอมรับการใช้คุกกี้ดังกล่าว '
            f'<a href="{self.u("/privacy-policy")}" data-hook="consent-banner-policy-link" target="_blank">นโยบายความเป็นส่วนตัว</a></p></div>'
            '<div class="_1Kxg2" data-hook="consent-banner-buttons"><button type="button" class="_3hqJM" data-hook="consent-banner-settings-button">การตั้งค่า</button>'
            '<button type="button" class="_3hqJM" data-hook="consent-banner-decline-button">ปฏิเสธทั้งหมด</button>'
            '<button type="button" class="_1sNEq" data-hook="consent-banner-apply-button">ยอมรับ</button></div></div></div>'
        )

    def viewer_model(self, path: str, page_id: str) -> str:
        model = {
            "site": {
                "metaSiteId": META_SITE_ID,
                "userId": "7c1e3f0a-2b6d-4f52-8d7e-5a3c0b9e1f24",
                "siteId": _h("siteid")[:8]
                + "-"
                + _h("siteid")[8:12]
                + "-4"
                + _h("siteid")[13:16]
                + "-a"
                + _h("siteid")[17:20]
                + "-"
                + _h("siteid")[20:32],
                "externalBaseUrl": self.b,
                "siteRevision": 412,
                "isPremium": True,
                "isWixSite": False,
                "premiumPackage": "ConnectDomain",
                "dc": "42",
                "language": "th",
            },
            "language": {
                "siteLanguage": "th",
                "userLanguage": "th",
                "isMultilingualEnabled": False,
                "directionByLanguage": "ltr",
            },
            "requestUrl": self.u(path),
            "rollout": {"siteAssetsVersionsRollout": False, "isDACRollout": 0, "isTBRollout": False},
            "fleetConfig": {"fleetName": "thunderbolt-renderer-gradual", "type": "Rollout", "code": 1},
            "commonConfig": {
                "brand": "wix",
                "host": "VIEWER",
                "bsi": "",
                "consentPolicy": {},
                "consentPolicyHeader": {},
                "siteRevision": "412",
                "renderingFlow": "NONE",
                "language": "th",
                "locale": "th-th",
            },
            "interactionSampleRatio": 0.01,
            "dynamicModelUrl": self.u("/_api/v2/dynamicmodel"),
            "accessTokensUrl": self.u("/_api/v1/access-tokens"),
            "isExcludedFromSecurityExperiments": False,
            "pageId": page_id,
            "siteFeatures": [
                "assetsLoader",
                "businessLogger",
                "captcha",
                "clickHandlerRegistrar",
                "commonConfig",
                "componentsLoader",
                "componentsRegistry",
                "consentPolicy",
                "cyclicTabbing",
                "domSelectors",
                "environment",
                "locationWixCodeSdk",
                "mpaNavigation",
                "navigationManager",
                "navigationPhases",
                "ooi",
                "pages",
                "panorama",
                "renderer",
                "reporter",
                "router",
                "scrollRestoration",
                "seoWixCodeSdk",
                "seo",
                "sessionManager",
                "siteMembersWixCodeSdk",
                "siteMembers",
                "siteScrollBlocker",
                "siteWixCodeSdk",
                "stores",
                "structureApi",
                "thunderboltInitializer",
                "tpaCommons",
                "translations",
                "usedPlatformApis",
                "warmupData",
                "windowMessageRegistrar",
                "windowWixCodeSdk",
                "wixEmbedsApi",
                "componentsReact",
                "platform",
            ],
        }
        return _json(model)

    def html(self, text: str, status: int = 200) -> Response:
        return Response(
            status,
            (
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Language", "th"),
                ("Cache-Control", "private,max-age=0,must-revalidate"),
                ("x-wix-request-id", f"{1716000000 + len(text) % 86400}.{_h(text[-200:], 10)}"),
                ("X-Seen-By", "yvSunuo/8ld62ehjr5B7kA==,m0j2EEknGIVUW/liY8BLLmNKZcwu8/+K0WuRvJa+K4I="),
                ("Vary", "Accept-Encoding"),
            ),
            text.encode("utf-8"),
        )

    def page(
        self,
        path: str,
        title: str,
        content: str,
        *,
        page_id: str,
        description: str = "",
        og_type: str = "website",
        head_extra: str = "",
        canonical: bool = True,
        warmup: dict[str, object] | None = None,
        current: str = "",
        image: str | None = None,
    ) -> str:
        url = self.u(path)
        desc = description or f"{SITE} {DISTRICT} ข่าวประชาสัมพันธ์ ประกาศ ภาพกิจกรรม และบริการประชาชน"
        canon = f'<link rel="canonical" href="{attr(url)}"/>\n' if canonical else ""
        og_image = image or self.logo()
        warm = {
            "appsWarmupData": warmup or {},
            "ooi": {"failedInSsr": {}},
            "platform": {"ssrPropsUpdates": [], "ssrStyleUpdates": []},
        }
        return (
            '<!DOCTYPE html>\n<html lang="th" dir="ltr">\n<head>\n'
            "  <meta charset='utf-8'>\n"
            '  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />\n'
            '  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '  <meta name="generator" content="Wix.com Website Builder"/>\n\n'
            f'  <link rel="icon" sizes="192x192" href="{self.logo()}" type="image/jpeg"/>\n'
            f'  <link rel="shortcut icon" href="{self.logo()}" type="image/jpeg"/>\n'
            f'  <link rel="apple-touch-icon" href="{self.logo()}" type="image/jpeg"/>\n\n'
            '  <!-- Safari Pinned Tab Icon -->\n  <!-- <link rel="mask-icon" href=""> -->\n\n'
            "  <!-- Original trials -->\n\n"
            '  <script type="text/javascript">window.__BROWSER_DEPRECATION__ = !("fetch" in window && "Promise" in window);</script>\n'
            '  <!-- Legacy Polyfills -->\n  <script nomodule="" src="https://static.parastorage.com/unpkg/core-js-bundle@3.2.1/minified.js"></script>\n'
            '  <script nomodule="" src="https://static.parastorage.com/unpkg/focus-within-polyfill@5.0.9/dist/focus-within-polyfill.js"></script>\n\n'
            "  <!-- Performance API Polyfills -->\n"
            '  <script>\n  (function () {\n    var noop = function noop() {};\n    if ("performance" in window === false) { window.performance = {}; }\n    window.performance.mark = performance.mark || noop;\n    window.performance.measure = performance.measure || noop;\n    if ("now" in window.performance === false) { var nowOffset = Date.now(); window.performance.now = function now() { return Date.now() - nowOffset; }; }\n  })();\n  </script>\n\n'
            "  <!-- Globals Definitions -->\n"
            f'  <script>\n    (function () {{\n      var now = Date.now()\n      window.initialTimestamps = {{ initialTimestamp: now, initialRequestTimestamp: Math.round(performance.timeOrigin ? performance.timeOrigin : now - performance.now()) }}\n      window.thunderboltTag = "libs-releases-GA-local"\n      window.thunderboltVersion = "1.13418.0"\n    }})();\n  </script>\n\n'
            f'  <!-- sendBi script -->\n  <script type="application/json" id="wix-viewer-model">{self.viewer_model(path, page_id)}</script>\n'
            "  <script>\n    window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)\n  </script>\n"
            '  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.9b4ef0c1.bundle.min.js" async></script>\n\n'
            f'<meta http-equiv="X-Wix-Meta-Site-Id" content="{META_SITE_ID}"/>\n'
            f'<meta http-equiv="X-Wix-Application-Instance-Id" content="{_h("instance")[:8]}-{_h("instance")[8:12]}-4{_h("instance")[13:16]}-8{_h("instance")[17:20]}-{_h("instance")[20:32]}"/>\n'
            '<meta http-equiv="X-Wix-Published-Version" content="412"/>\n'
            '<meta http-equiv="etag" content="bug"/>\n\n'
            "<!-- render-head end -->\n\n"
            f"<title>{esc(title)}</title>\n"
            f'<meta name="description" content="{attr(desc)}"/>\n'
            + canon
            + f'<meta property="og:title" content="{attr(title)}"/>\n'
            f'<meta property="og:description" content="{attr(desc)}"/>\n'
            f'<meta property="og:image" content="{attr(og_image)}"/>\n'
            '<meta property="og:image:width" content="740"/>\n<meta property="og:image:height" content="493"/>\n'
            f'<meta property="og:url" content="{attr(url)}"/>\n'
            f'<meta property="og:site_name" content="{SITE}"/>\n'
            f'<meta property="og:type" content="{og_type}"/>\n'
            + head_extra
            + f'<link rel="alternate" href="{self.u("/blog-feed.xml")}" title="{SITE} - RSS" type="application/rss+xml"/>\n'
            '<meta name="twitter:card" content="summary_large_image"/>\n'
            f'<meta name="twitter:title" content="{attr(title)}"/>\n'
            f'<meta name="twitter:description" content="{attr(desc)}"/>\n'
            '<meta name="google-site-verification" content="q3Xm0pL7aW2bRk9tYc4Hf8sNvE1uJ6dZgOiKx5lMnBo" />\n\n'
            '<style id="css_masterPage">#SITE_CONTAINER{background-color:rgb(255,255,255)}#masterPage:not(.landingPage) #PAGES_CONTAINER{margin-top:0;margin-bottom:0}.font_2{font:normal normal bold 30px/1.4em prompt,sans-serif;color:#1B5E20}.font_5{font:normal normal normal 20px/1.4em prompt,sans-serif}.font_8{font:normal normal normal 17px/1.6em sarabun,sans-serif;color:#2F2E2E}.wixui-rich-text__text{}</style>\n'
            '<link href="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt_bootstrap.a1b2c3d4.min.css" rel="stylesheet" type="text/css"/>\n'
            "</head>\n<body>\n"
            "<!--pageHtmlEmbeds.bodyStart start--><!--pageHtmlEmbeds.bodyStart end-->\n"
            "<script id=\"wix-first-paint\">\n    if (window.ResizeObserver && (!window.PerformanceObserver || !PerformanceObserver.supportedEntryTypes || PerformanceObserver.supportedEntryTypes.indexOf('paint') === -1)) {\n      new ResizeObserver(function (entries, observer) { entries.some(function (entry) { var contentRect = entry.contentRect; if (contentRect.width > 0 && contentRect.height > 0) { requestAnimationFrame(function (now) { window.wixFirstPaint = now; dispatchEvent(new CustomEvent('wixFirstPaint')); }); observer.disconnect(); return true; } }); }).observe(document.body);\n    }\n</script>\n"
            '<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">'
            '<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="ด้านบนของหน้า"><span class="mHZSwn">ด้านบนของหน้า</span></div>'
            '<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">'
            + self.ads()
            + self.header(current)
            + '<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">'
            f'<div id="{page_id}" class="dBAkHi theme-vars {page_id}"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">'
            f'<div id="Container{page_id}" class="Container{page_id} SPY_vo"><div data-mesh-id="Container{page_id}inlineContent" data-testid="inline-content" class=""><div data-mesh-id="Container{page_id}inlineContent-gridContainer" data-testid="mesh-container-content">'
            + content
            + "</div></div></div></div></div></div></div></main>"
            + self.footer()
            + "</div></div>"
            '<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="ด้านล่างของหน้า"><span class="mHZSwn">ด้านล่างของหน้า</span></div>'
            "</div></div>"
            + self.cookie_banner()
            + f'\n<script type="application/json" id="wix-warmup-data">{_json(warm)}</script>\n'
            '<script>window.__imageClientApi__ = {"staticMediaUrl":"https://static.wixstatic.com/media","mediaRootUrl":"https://static.wixstatic.com/"}</script>\n'
            "<!--pageHtmlEmbeds.bodyEnd start--><!--pageHtmlEmbeds.bodyEnd end-->\n"
            "</body>\n</html>\n"
        )

    # -- blog widgets -------------------------------------------------------------------------------------
    def meta_line(self, p: _Post, card: bool) -> str:
        author = AUTHORS[p.author]
        full = _abbr(p.d)
        return (
            '<div class="_2Ejw7 post-metadata" data-hook="post-metadata"><div class="_1D1cO avatar" data-hook="avatar-image">'
            f'<img src="{self.avatar(author)}" alt="{attr(author)}" width="32" height="32" class="_3y3ha" loading="lazy"></div>'
            f'<div class="_1Ypm9"><span class="tQ0Q1A user-name _4AzY3 blog-post-text-font blog-post-text-color" title="{attr(author)}" data-hook="user-name">{esc(author)}</span>'
            f'<ul class="_1H7QO post-metadata__list"><li><span class="post-metadata__date time-ago" title="{full}" data-hook="time-ago">{_shown(p.d, card)}</span></li>'
            f'<li><span class="post-metadata__readTime" title="อ่าน {self.read_minutes(p)} นาที" data-hook="time-to-read">อ่าน {self.read_minutes(p)} นาที</span></li></ul></div></div>'
        )

    def counters(self, p: _Post) -> str:
        views, comments, likes = self.views(p), self.comments(p), self.likes(p)
        return (
            '<div class="_3yVfy" data-hook="post-stats">'
            f'<span class="_1wMoM" data-hook="view-count" aria-label="{self.plural(views, "view")}"><span>{views}</span> <span>{"view" if views == 1 else "views"}</span></span>'
            f'<span class="_1wMoM" data-hook="comment-count" aria-label="{self.plural(comments, "comment")}"><span>{comments}</span> <span>{"comment" if comments == 1 else "comments"}</span></span></div>'
            '<div class="_3uJTh" data-hook="post-like-button"><button class="_2ZGz6" data-hook="like-button" aria-label="Post not marked as liked" aria-pressed="false" type="button">'
            f'{HEART}</button><span class="_1rCAX" data-hook="like-button-with-count__like-count">{likes or ""}</span></div>'
        )

    def card(self, p: _Post, n: int) -> str:
        url = self.u(self.post_path(p))
        cover = self.cover(p)
        image = (
            f'<div class="_2Tuy4 post-list-item__image-wrapper" data-hook="post-list-item__image-wrapper"><a href="{url}" tabindex="-1" aria-label="{attr(p.title)}" class="_1Mi0W">'
            f'<wow-image data-image-info="{{}}"><img src="{cover}" alt="" width="454" height="341" loading="{"eager" if n < 2 else "lazy"}" class="_3l5Ks"></wow-image></a></div>'
            if cover
            else ""
        )
        return (
            f'<div class="_3XFxt {"_3RJ9E" if cover else "_26dHP"}" data-hook="post-list-item"><article class="_1vp4p blog-post-homepage-description-font" tabindex="-1">'
            + image
            + '<div class="_2Pvli"><div class="_1zC7S" data-hook="post-list-item__header">'
            + self.meta_line(p, card=True)
            + f'<div class="_2bnqs" data-hook="more-button"><button type="button" class="_1fPm8" aria-label="More actions" aria-haspopup="true">{MORE}</button></div></div>'
            f'<a href="{url}" class="_3pNJj" data-hook="post-list-item__title-link"><div class="_2g3Zb" data-hook="post-title"><h2 class="bD0vt9 _1-bBF blog-post-homepage-title-font"><span class="post-title__text">{esc(p.title)}</span></h2></div>'
            f'<div class="_3zpkI" data-hook="post-description"><div class="_2b4V5 blog-post-homepage-description-font"><div class="BOlnTh">{esc(self.excerpt(p))}</div></div></div></a>'
            '<div class="_3wCdJ" data-hook="post-list-item__footer"><div class="_38vpQ">'
            + self.counters(p)
            + "</div></div></div></article></div>"
        )

    def category_menu(self, current: str) -> str:
        links = [("/blog", "ทั้งหมด")] + [(self.cat_path(c), label) for c, label in CATS.items()]
        items = "".join(
            f'<li class="_2Sd1a"><a href="{self.u(path)}" class="_3Qb4q _2dLp4" data-hook="category-menu-item" aria-current="page">{esc(label)}</a></li>'
            if path == current
            else f'<li class="_2Sd1a"><a href="{self.u(path)}" class="_3Qb4q" data-hook="category-menu-item">{esc(label)}</a></li>'
            for path, label in links
        )
        return (
            '<div class="_1V7Uk blog-header" data-hook="blog-header"><nav class="_3WEJy" data-hook="category-menu" aria-label="เมนูหมวดหมู่"><ul class="_1Ni_b">'
            + items
            + '</ul></nav><div class="_2XsOb"><button type="button" class="_1QcZ8" data-hook="search-button" aria-label="ค้นหา"><svg xmlns="http://www.w3.org/2000/svg" width="19" height="19" viewBox="0 0 19 19"><path d="M12.5 11.8l4.4 4.4-.7.7-4.4-4.4a6 6 0 1 1 .7-.7zM8 13A5 5 0 1 0 8 3a5 5 0 0 0 0 10z"></path></svg></button>'
            '<button type="button" class="_3jG8L" data-hook="login-button">Log in / Sign up</button></div></div>'
        )

    def pagination(self, base: str, page: int, pages: int) -> str:
        if pages < 2:
            return ""

        def href(n: int) -> str:
            return self.u(base if n == 1 else f"{base}/page/{n}")

        parts = []
        if page > 1:
            parts.append(
                f'<a class="_2Ogcl" data-hook="pagination__previous" href="{href(page - 1)}" aria-label="Previous page">{ARROW_L}</a>'
            )
        else:
            parts.append(
                f'<div class="_2Ogcl _1TBzP" data-hook="pagination__previous" aria-disabled="true">{ARROW_L}</div>'
            )
        for n in range(1, pages + 1):
            if n == page:
                parts.append(
                    f'<span class="_3Uofl _3HQAj" data-hook="pagination__current" aria-current="page">{n}</span>'
                )
            else:
                parts.append(
                    f'<a class="_3Uofl" data-hook="pagination__{n}" href="{href(n)}" aria-label="Page {n}">{n}</a>'
                )
        if page < pages:
            parts.append(
                f'<a class="_2Ogcl" data-hook="pagination__next" href="{href(page + 1)}" aria-label="Next page">{ARROW_R}</a>'
            )
        else:
            parts.append(
                f'<div class="_2Ogcl _1TBzP" data-hook="pagination__next" aria-disabled="true">{ARROW_R}</div>'
            )
        return f'<div class="_1lfmx" data-hook="blog-pagination"><nav class="_1Fr8t" aria-label="Pagination">{"".join(parts)}</nav></div>'

    def tpa(self, seed: str, inner: str, widget: str = "blog") -> str:
        c = "TPASection_l" + _h("tpa" + seed, 7)
        return self.section(
            "tpa" + seed,
            f'<div id="{c}" class="{c} YzqVVZ"><div class="_2zX7R" data-testid="{widget}-widget"><div class="blog-desktop-font _3yCXk" dir="ltr" data-hook="{widget}-root">{inner}</div></div></div>',
        )

    def feed_content(self, current: str, heading: str, cards: list[_Post], pager: str, extra: str = "") -> str:
        cards_html = "".join(self.card(p, n) for n, p in enumerate(cards))
        return self.tpa(
            "feed" + current,
            self.category_menu(current)
            + (
                f'<div class="_3Pmnn" data-hook="category-header"><h1 class="_2ybMt blog-post-title-font">{esc(heading)}</h1></div>'
                if heading
                else ""
            )
            + f'<div class="_1pJmf" data-hook="post-list"><div class="_2m3QX post-list-pro-gallery-list-in-feed">{cards_html}</div></div>'
            + pager
            + extra,
        )

    def recent_posts(self, p: _Post) -> str:
        same = [q for q in self.newest if q.cat == p.cat and q.key != p.key]
        others = [q for q in self.newest if q.cat != p.cat and q.key != p.key]
        chosen = (same + others)[:3]
        cards = "".join(
            f'<div class="_2Q2BT" data-hook="recent-post-list-item"><a href="{self.u(self.post_path(q))}" class="_1u9eY">'
            + (
                f'<img src="{self.cover(q, 292, 219)}" alt="" width="292" height="219" loading="lazy" class="_3dExX">'
                if self.cover(q)
                else ""
            )
            + f'<div class="_2M1yX"><h3 class="_2ybMt blog-post-title-font" data-hook="post-title">{esc(q.title)}</h3>'
            f'<div class="_3WnYD" data-hook="post-description">{esc(self.excerpt(q))}</div></div></a>'
            f'<div class="_2pDVr">{self.counters(q)}</div></div>'
            for q in chosen
        )
        return (
            '<section class="_3YpBq" data-hook="recent-posts"><div class="_1SKGh"><h2 class="_1Sqs4 blog-post-page-font" data-hook="recent-posts-title">โพสต์ล่าสุด</h2>'
            f'<a href="{self.u("/blog")}" class="_3H2rM" data-hook="recent-posts-see-all">ดูทั้งหมด</a></div><div class="_3wx5R" data-hook="recent-post-list">{cards}</div></section>'
        )

    def comments_widget(self, p: _Post) -> str:
        n = self.comments(p)
        return (
            '<div class="_2pFHe" data-hook="comments-container"><div class="_1Tf7t" data-hook="comments-root" data-comments-count="'
            + str(n)
            + '">'
            f'<div class="_3FZQ1" data-hook="comments-header"><h2 class="_2nx6Q">ความคิดเห็น</h2><span class="_1FN5-">({n})</span></div><hr class="_3XJeF">'
            '<div class="_1Bsb1" data-hook="comment-box-placeholder"><div class="_20tZJ" role="textbox" tabindex="0" aria-label="เขียนความคิดเห็น...">เขียนความคิดเห็น...</div></div>'
            '<div class="_2zLs1"><button type="button" class="_3sP_x" data-hook="login-to-comment">Log in to comment</button></div>'
            + ("" if n else '<div class="_1N2qw" data-hook="empty-state">ยังไม่มีความคิดเห็น เป็นคนแรกที่เขียนความคิดเห็น</div>')
            + "</div></div>"
        )

    def post_page(self, p: _Post) -> str:
        path = self.post_path(p)
        url = self.u(path)
        author = AUTHORS[p.author]
        first = p.dt
        last = first + timedelta(minutes=p.edited)
        cover = self.cover(p, 740, 493)
        cat_link = f'<li class="_3fGn0"><a href="{self.u(self.cat_path(p.cat))}" class="_2vgaa" data-hook="category-label-list__item">{CATS[p.cat]}</a></li>'
        share = "".join(
            f'<button type="button" class="_1sP7H" data-hook="share-button__{k}" aria-label="Share via {name}"><svg xmlns="http://www.w3.org/2000/svg" width="19" height="19" viewBox="0 0 19 19"><circle cx="9.5" cy="9.5" r="8"></circle></svg></button>'
            for k, name in (
                ("facebook", "Facebook"),
                ("twitter", "X (Twitter)"),
                ("linked-in", "LinkedIn"),
                ("link", "link"),
            )
        )
        article = (
            '<div class="_1xJmN blog-post-page-font" data-hook="post-page"><div class="_3aRm6" data-hook="post-page__post-container">'
            '<article class="_2D4HV blog-post-page-font _3QPPT" data-hook="post"><div class="_3mWsO"><div class="_2OBkv"><div class="_1ZC0d" data-hook="post-header">'
            + self.meta_line(p, card=False)
            + f'<div class="_2bnqs" data-hook="more-button"><button type="button" class="_1fPm8" aria-label="More actions" aria-haspopup="true">{MORE}</button></div></div>'
            f'<div class="_2kSKF"><h1 class="_1Tf7t blog-post-title-font blog-post-title-color _2ybMt" data-hook="post-title"><span class="post-title__text blog-post-title-font">{esc(p.title)}</span></h1></div></div>'
            '<div class="_3vWGp post-content__body" data-hook="post-description"><div class="_1hN1O"><div class="_2dVop" data-hook="post-content">'
            + self.ricos(p)
            + "</div></div></div>"
            f'<div class="_2BCou" data-hook="post-footer"><ul class="_2KbpD" data-hook="category-label-list">{cat_link}</ul>'
            f'<div class="_3EcqH" data-hook="post-social-actions">{share}</div><div class="_1CL2s">{self.counters(p)}</div></div>'
            "</div></article></div>" + self.recent_posts(p) + self.comments_widget(p) + "</div>"
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": p.title,
            "description": self.excerpt(p),
            "image": {"@type": "ImageObject", "url": cover or self.logo(), "width": 740, "height": 493}
            if cover
            else [],
            "datePublished": _utc(first),
            "dateModified": _utc(last),
            "author": {
                "@type": "Person",
                "name": author,
                "url": self.u("/profile/" + _enc(wix_slug(author)) + "/profile"),
            },
            "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": self.logo()}},
            "interactionStatistic": [
                {
                    "@type": "InteractionCounter",
                    "interactionType": "https://schema.org/LikeAction",
                    "userInteractionCount": self.likes(p),
                },
                {
                    "@type": "InteractionCounter",
                    "interactionType": "https://schema.org/CommentAction",
                    "userInteractionCount": self.comments(p),
                },
            ],
            "articleSection": CATS[p.cat],
            "keywords": list(p.tags),
        }
        head = (
            f'<meta property="article:published_time" content="{_utc(first)}"/>\n'
            f'<meta property="article:modified_time" content="{_utc(last)}"/>\n'
            f'<meta property="article:author" content="{attr(author)}"/>\n'
            f'<meta property="article:section" content="{CATS[p.cat]}"/>\n'
            + "".join(f'<meta property="article:tag" content="{attr(t)}"/>\n' for t in p.tags)
            + f'<script type="application/ld+json">{_json(ld)}</script>\n'
        )
        warmup = {
            BLOG_APP: {
                f"widgetcomp-{_h('postwidget', 8)}": {
                    "postPage": {
                        "post": {
                            "id": self.post_id(p),
                            "slug": wix_slug(p.title),
                            "slugs": [wix_slug(p.title)] + ([wix_slug(p.old_title)] if p.old_title else []),
                            "title": p.title,
                            "excerpt": self.excerpt(p),
                            "firstPublishedDate": _utc(first),
                            "lastPublishedDate": _utc(last),
                            "categoryIds": [_h("cat" + p.cat, 24)],
                            "hashtags": list(p.tags),
                            "owner": {"name": author, "siteMemberId": _h("member" + p.author, 8)},
                            "viewCount": self.views(p),
                            "likeCount": self.likes(p),
                            "totalComments": self.comments(p),
                            "timeToRead": self.read_minutes(p),
                            "url": {"base": self.b, "path": path},
                            "content": {"nodes": self.ricos_nodes(p)},
                        }
                    }
                }
            }
        }
        return self.page(
            path,
            p.title,
            self.tpa("post", article, "post-page"),
            page_id="mxr3b",
            description=self.excerpt(p),
            og_type="article",
            head_extra=head,
            warmup=warmup,
            current="/blog",
            image=cover,
        )

    # -- editor pages ---------------------------------------------------------------------------------------
    def heading(self, seed: str, text: str, level: int = 1) -> str:
        font = {1: "font_0", 2: "font_2", 3: "font_4"}[level]
        return self.rich(
            seed,
            f'<h{level} class="{font} wixui-rich-text__text" style="font-size:{36 - level * 4}px;"><span style="color:#1B5E20;" class="wixui-rich-text__text">{esc(text)}</span></h{level}>',
        )

    def prose(self, seed: str, paragraphs: tuple[str, ...] | list[str]) -> str:
        return self.rich(seed, "".join(self.p8(x) for x in paragraphs))

    def slideshow(self) -> str:
        c = _cid("slideshow")
        p12, p15 = self.by_key["p12"], self.by_key["p15"]
        slides = (
            (
                "ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลป่าแดงงาม",
                "บ้านน่าอยู่ ชุมชนเข้มแข็ง เศรษฐกิจพอเพียง สืบสานวัฒนธรรมล้านนา",
                self.u("/about-us"),
                "เกี่ยวกับเรา",
            ),
            (
                "ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
                "ภายในเดือนมิถุนายน 2567 ที่กองคลัง เทศบาลตำบลป่าแดงงาม",
                self.u(self.post_path(p15)),
                "อ่านประกาศ",
            ),
            (
                "ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2568",
                "สำหรับผู้ที่จะมีอายุครบ 60 ปี ลงทะเบียนได้ถึง 30 กันยายน 2567",
                self.u("/post/" + _enc(wix_slug(p12.old_title))),
                "รายละเอียด",
            ),
        )
        out = []
        for n, (head, sub, href, label) in enumerate(slides):
            sc = _cid(f"slide{n}")
            out.append(
                f'<div id="{sc}" class="{sc} wixui-slideshow__slide" data-testid="slide" role="group" aria-roledescription="slide" aria-label="{n + 1} of {len(slides)}" style="visibility:{"visible" if n == 0 else "hidden"}">'
                f'<div id="bgLayers_{sc}" data-hook="bgLayers" class="MW5IWV"><wow-image data-image-info="{{}}"><img src="{self.media(_h("slide" + str(n)), 1280, 560, LAUNCH.replace(tzinfo=UTC))}" alt="" width="1280" height="560" fetchpriority="{"high" if n == 0 else "low"}"></wow-image></div>'
                f'<div data-mesh-id="{sc}inlineContent" data-testid="inline-content" class=""><div data-mesh-id="{sc}inlineContent-gridContainer" data-testid="mesh-container-content">'
                + self.rich(
                    f"slide-text{n}",
                    f'<h2 class="font_2 wixui-rich-text__text" style="font-size:40px;"><span style="color:#FFFFFF;" class="wixui-rich-text__text">{esc(head)}</span></h2>'
                    + self.p8(f'<span style="color:#FFFFFF;">{esc(sub)}</span>', style="font-size:20px;"),
                )
                + self.button(f"slide{n}", href, label)
                + "</div></div></div>"
            )
        dots = "".join(
            f'<li><button type="button" class="qnDjpP{" S1Vv0y" if n == 0 else ""}" aria-label="สไลด์ {n + 1}" data-testid="slideshow-dot"></button></li>'
            for n in range(len(slides))
        )
        return (
            f'<div id="{c}" class="{c} wixui-slideshow" data-testid="slideshow" aria-roledescription="carousel" role="region" aria-label="สไลด์โชว์">'
            f'<div class="Uua7xc" data-testid="slides">{"".join(out)}</div>'
            f'<button type="button" class="ki1G4k" aria-label="ก่อนหน้า" data-testid="prevButton">{ARROW_L}</button><button type="button" class="ki1G4k" aria-label="ถัดไป" data-testid="nextButton">{ARROW_R}</button>'
            f'<nav aria-label="สไลด์" class="GnVWbZ"><ol class="Pk5Irz">{dots}</ol></nav></div>'
        )

    def home(self) -> str:
        newest = self.newest[:3]
        cards = "".join(self.card(p, n) for n, p in enumerate(newest))
        latest = self.section(
            "home-latest",
            self.heading("home-latest-h", "ข่าวล่าสุด", 2)
            + self.tpa(
                "home-posts",
                f'<div class="_1pJmf" data-hook="post-list"><div class="_2m3QX post-list-pro-gallery-side-by-side">{cards}</div></div>',
                "blog-post-list",
            )
            + self.button("home-all", self.u("/blog"), "ดูข่าวทั้งหมด"),
        )
        quick = self.section(
            "home-quick",
            self.heading("home-quick-h", "บริการออนไลน์", 2)
            + self.button("q-ita", self.u("/ita"), "ITA การเปิดเผยข้อมูลสาธารณะ")
            + self.button("q-services", self.u("/services"), "บริการประชาชน")
            + self.button("q-events", self.u("/events-calendar"), "ปฏิทินกิจกรรม")
            + self.button("q-complaint", self.u("/contact"), "ร้องเรียน/ร้องทุกข์")
            + self.button("q-exec", self.u("/executives"), "คณะผู้บริหาร")
            + self.button("q-dla", "https://info.dla.go.th", "ระบบสารสนเทศ อปท.", external=True),
        )
        greet = self.section(
            "home-greet",
            self.heading("home-greet-h", "สารจากนายกเทศมนตรี", 2)
            + self.prose(
                "home-greet-p",
                (
                    "เทศบาลตำบลป่าแดงงามมุ่งมั่นพัฒนาท้องถิ่นให้เป็นบ้านน่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี และมีส่วนร่วมในการพัฒนาทุกขั้นตอน เว็บไซต์นี้จัดทำขึ้นเพื่อเป็นช่องทางสื่อสารระหว่างเทศบาลกับพี่น้องประชาชน",
                    "นายบุญเลิศ คำมูล นายกเทศมนตรีตำบลป่าแดงงาม",
                ),
            )
            + f'<div id="{_cid("fbembed")}" class="wixui-html-component"><wix-iframe data-src=""><iframe title="Facebook Page" src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fpadaengngam.lp&amp;tabs=timeline&amp;width=340&amp;height=500" width="340" height="500" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true"></iframe></wix-iframe></div>',
        )
        return self.section("home-slides", self.slideshow()) + latest + quick + greet

    def about(self) -> str:
        return self.section(
            "about",
            self.heading("about-h", "ประวัติความเป็นมา")
            + self.prose(
                "about-p",
                (
                    "เทศบาลตำบลป่าแดงงาม เดิมเป็นองค์การบริหารส่วนตำบลป่าแดงงาม จัดตั้งขึ้นเมื่อปี พ.ศ. 2539 และได้รับการยกฐานะเป็นเทศบาลตำบลเมื่อวันที่ 24 สิงหาคม 2555 ตามประกาศกระทรวงมหาดไทย",
                    "คำว่า “ป่าแดงงาม” มาจากป่าเต็งรังที่ขึ้นหนาแน่นบนเนินเขาทางทิศตะวันตกของหมู่บ้าน ในฤดูแล้งใบไม้จะเปลี่ยนเป็นสีแดงทั้งผืนป่า ชาวบ้านรุ่นแรกที่อพยพมาจากเมืองลำปางจึงเรียกหมู่บ้านว่า “บ้านป่าแดง” และต่อมาเรียกเป็น “ป่าแดงงาม”",
                    "เทศบาลตำบลป่าแดงงามมีพื้นที่ประมาณ 48.6 ตารางกิโลเมตร ประกอบด้วย 7 หมู่บ้าน ได้แก่ หมู่ที่ 1 บ้านป่าแดงงาม หมู่ที่ 2 บ้านแม่ส้าน หมู่ที่ 3 บ้านป่าแดง หมู่ที่ 4 บ้านทุ่งกว๋าว หมู่ที่ 5 บ้านห้วยเฮี้ย หมู่ที่ 6 บ้านดอนไชย และหมู่ที่ 7 บ้านแม่ส้านใต้ มีประชากรประมาณ 6,240 คน 2,115 ครัวเรือน",
                    "ประชาชนส่วนใหญ่ประกอบอาชีพเกษตรกรรม ปลูกข้าว ข้าวโพดเลี้ยงสัตว์ และลำไย รองลงมาคือการรับจ้างทั่วไปและการค้าขาย มีแหล่งน้ำสำคัญคืออ่างเก็บน้ำห้วยเฮี้ยและลำน้ำแม่ส้าน",
                    "อำนาจหน้าที่ของเทศบาลเป็นไปตามพระราชบัญญัติเทศบาล พ.ศ. 2496 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542",
                ),
            )
            + f'<div id="{_cid("about-img")}" class="MazNVa wixui-image"><wow-image data-image-info="{{}}"><img src="{self.media(_h("about-office"), 740, 420, LAUNCH.replace(tzinfo=UTC))}" alt="สำนักงานเทศบาลตำบลป่าแดงงาม" width="740" height="420"></wow-image></div>',
        )

    def vision(self) -> str:
        return self.section(
            "vision",
            self.heading("vision-h", "วิสัยทัศน์และพันธกิจ")
            + self.rich(
                "vision-v",
                '<h3 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">วิสัยทัศน์</span></h3>'
                + self.p8(
                    "“ป่าแดงงามน่าอยู่ ชุมชนเข้มแข็ง เศรษฐกิจพอเพียง สืบสานวัฒนธรรมล้านนา รักษาสิ่งแวดล้อมอย่างยั่งยืน”",
                    style="font-size:22px;text-align:center;",
                ),
            )
            + self.rich(
                "vision-m",
                '<h3 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">พันธกิจ</span></h3><ol class="font_8 wixui-rich-text__text">'
                + "".join(
                    f'<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{x}</span></p></li>'
                    for x in (
                        "พัฒนาโครงสร้างพื้นฐาน ถนน ไฟฟ้า ประปา และแหล่งน้ำเพื่อการเกษตรให้ทั่วถึง",
                        "ส่งเสริมคุณภาพชีวิต การศึกษา สาธารณสุข และสวัสดิการสังคมของประชาชนทุกช่วงวัย",
                        "ส่งเสริมอาชีพและเศรษฐกิจชุมชนตามแนวทางปรัชญาของเศรษฐกิจพอเพียง",
                        "อนุรักษ์ทรัพยากรธรรมชาติ ป่าชุมชน และแก้ไขปัญหาไฟป่าและหมอกควัน",
                        "บริหารจัดการตามหลักธรรมาภิบาล โปร่งใส และเปิดโอกาสให้ประชาชนมีส่วนร่วม",
                    )
                )
                + "</ol>",
            ),
        )

    def executives(self) -> str:
        c = _cid("exec-repeater")
        items = "".join(
            f'<div id="{c}__item{n}" class="wixui-repeater__item" role="listitem">'
            f'<wow-image data-image-info="{{}}"><img src="{self.media(_h("exec" + name), 240, 300, LAUNCH.replace(tzinfo=UTC))}" alt="{attr(name)}" width="240" height="300" loading="lazy"></wow-image>'
            + self.rich(
                f"exec{n}",
                f'<h4 class="font_4 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text">{esc(name)}</span></h4>'
                + self.p8(esc(pos), style="text-align:center;")
                + self.p8(f"โทร. {tel}", style="text-align:center;font-size:14px;"),
            )
            + "</div>"
            for n, (name, pos, tel) in enumerate(EXECUTIVES)
        )
        return self.section(
            "executives",
            self.heading("exec-h", "คณะผู้บริหารเทศบาลตำบลป่าแดงงาม")
            + f'<div id="{c}" class="{c} wixui-repeater" data-testid="responsive-repeater" role="list">{items}</div>',
        )

    def contact(self) -> str:
        c = _cid("contact-form")
        fields = (
            ("name", "ชื่อ-นามสกุล", "text"),
            ("email", "อีเมล", "email"),
            ("phone", "เบอร์โทรศัพท์", "tel"),
            ("subject", "เรื่อง", "text"),
        )
        inputs = "".join(
            f'<div class="wixui-text-input"><label for="input_{c}_{k}" class="wPeA6j">{label}</label><input name="{k}" id="input_{c}_{k}" class="KvoMHf" type="{t}" placeholder="{label}" maxlength="250"></div>'
            for k, label, t in fields
        )
        return self.section(
            "contact",
            self.heading("contact-h", "ติดต่อเรา")
            + self.prose(
                "contact-p",
                (
                    esc(SITE),
                    esc(ADDRESS),
                    f"โทรศัพท์ {PHONE} โทรสาร {FAX}",
                    f'อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a>',
                    f'ไลน์ <a href="{LINE}" target="_blank">@padaengngam</a>',
                ),
            )
            + f'<form id="{c}" class="{c} wixui-form" data-testid="form" aria-label="แบบฟอร์มติดต่อ">{inputs}'
            f'<div class="wixui-text-box"><label for="textarea_{c}" class="wPeA6j">ข้อความ / เรื่องร้องเรียน</label><textarea id="textarea_{c}" class="rEindN" placeholder="พิมพ์ข้อความของคุณ"></textarea></div>'
            '<div class="R6ex7N wixui-button"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">ส่ง</span></button></div>'
            '<div class="HcOXKn wixui-rich-text" data-testid="richTextElement" style="visibility:hidden"><p class="font_8 wixui-rich-text__text">ขอบคุณที่ส่งข้อความถึงเรา!</p></div></form>'
            f'<div id="{_cid("map")}" class="wixui-google-map"><wix-iframe data-src=""><iframe title="Google Maps" aria-label="Google Maps" width="100%" height="100%" allowfullscreen="" src="https://static.parastorage.com/services/santa/1.12191.0/static/external/googleMap.html?language=th&amp;lat=18.7691&amp;long=99.4785&amp;address=%E0%B9%80%E0%B8%97%E0%B8%A8%E0%B8%9A%E0%B8%B2%E0%B8%A5"></iframe></wix-iframe></div>',
        )

    def services(self) -> str:
        p12, p06 = self.by_key["p12"], self.by_key["p06"]
        rows = (
            ("การชำระภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย", "กองคลัง", self.u(self.post_path(p06)), "ดูช่องทางการชำระ"),
            (
                "การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร",
                "กองช่าง",
                self.pdf("svc-build", "", LAUNCH.replace(tzinfo=UTC)),
                "ดาวน์โหลดแบบฟอร์ม",
            ),
            ("การจดทะเบียนพาณิชย์", "กองคลัง", self.pdf("svc-commerce", "", LAUNCH.replace(tzinfo=UTC)), "ดาวน์โหลดคู่มือ"),
            ("การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุและคนพิการ", "กองสวัสดิการสังคม", self.u(self.post_path(p12)), "ดูรายละเอียด"),
            ("การขอรับน้ำอุปโภคบริโภคและรถบรรทุกน้ำ", "งานป้องกันและบรรเทาสาธารณภัย", self.u("/contact"), "ติดต่อ"),
            ("ประกาศจัดซื้อจัดจ้างล่าสุด", "กองคลัง", self.u(self.deleted_path()), "อ่านประกาศ"),
        )
        items = "".join(
            '<div class="wixui-repeater__item" role="listitem">'
            + self.rich(
                f"svc{n}",
                f'<h4 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(t)}</span></h4>'
                + self.p8(f"หน่วยงานรับผิดชอบ: {esc(unit)}", style="font-size:15px;"),
            )
            + self.button(f"svc{n}", href, label)
            + "</div>"
            for n, (t, unit, href, label) in enumerate(rows)
        )
        return self.section(
            "services",
            self.heading("svc-h", "บริการประชาชน")
            + self.prose(
                "svc-p",
                (
                    "ประชาชนสามารถติดต่อขอรับบริการได้ที่สำนักงานเทศบาลตำบลป่าแดงงาม ในวันและเวลาราชการ หรือดาวน์โหลดแบบฟอร์มและคู่มือสำหรับประชาชนได้จากหน้านี้",
                ),
            )
            + f'<div id="{_cid("svc-rep")}" class="wixui-repeater" data-testid="responsive-repeater" role="list">{items}</div>',
        )

    def ita(self) -> str:
        rows = []
        for n, (code, title, target) in enumerate(ITA):
            if target.startswith("pdf:"):
                href = self.pdf("ita" + code, target[4:], datetime(2024, 4, 1, 9, 0, tzinfo=UTC))
                label = "ดาวน์โหลด"
            elif target.startswith("cat:"):
                href, label = self.u(self.cat_path(target[4:])), "ดูข้อมูล"
            elif target.startswith("lower:"):
                href, label = self.u(self.post_path(self.by_key[target[6:]]).lower()), "ดูข้อมูล"
            elif target == "deleted":
                href, label = self.u(self.deleted_path()), "ดูข้อมูล"
            elif target.startswith("/"):
                href, label = self.u(target), "ดูข้อมูล"
            else:
                href, label = target, "ดูข้อมูล"
            rows.append(
                f'<div id="{_cid("ita-rep")}__item{n}" class="wixui-repeater__item" role="listitem">'
                + self.rich(
                    f"ita{n}", self.p8(f"<strong>{code}</strong>", style="font-size:18px;") + self.p8(esc(title))
                )
                + self.button(f"ita{n}", href, label, external=href.startswith("https://www.facebook"))
                + "</div>"
            )
        return self.section(
            "ita",
            self.heading(
                "ita-h",
                "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ พ.ศ. 2567",
            )
            + self.prose(
                "ita-p",
                (
                    "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะของสำนักงาน ป.ป.ช.",
                ),
            )
            + f'<div id="{_cid("ita-rep")}" class="wixui-repeater" data-testid="responsive-repeater" role="list">{"".join(rows)}</div>',
        )

    def login_wall(self) -> str:
        return self.section(
            "login",
            f'<div id="{_cid("members")}" class="wixui-members-area" data-testid="members-area-login" role="dialog" aria-label="เข้าสู่ระบบ">'
            + self.heading("login-h", "เข้าสู่ระบบ")
            + self.prose("login-p", ("หน้านี้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบเพื่อดำเนินการต่อ", "ยังไม่เป็นสมาชิก? สมัครสมาชิก"))
            + '<button type="button" class="_3w6W1" data-testid="socialAuthButton-google">เข้าสู่ระบบด้วย Google</button>'
            '<button type="button" class="_3w6W1" data-testid="socialAuthButton-facebook">เข้าสู่ระบบด้วย Facebook</button>'
            '<div class="_1FSGe"><span>หรือ</span></div><button type="button" class="_2QkyP" data-testid="switchToEmailLink">เข้าสู่ระบบด้วยอีเมล</button></div>',
        )

    def post_not_found(self) -> str:
        return self.tpa(
            "notfound",
            '<div class="_1xJmN blog-post-page-font" data-hook="post-page"><div class="_3Vtde" data-hook="post-not-found"><div class="_2o9b8 empty-state">'
            '<h2 class="_3EKgi" data-hook="empty-state-title">ไม่พบโพสต์</h2><p class="_1eOAg" data-hook="empty-state-text">โพสต์ที่คุณกำลังค้นหาไม่มีอยู่แล้ว หรืออาจถูกลบออกไป</p>'
            f'<a href="{self.u("/blog")}" class="_2LB-7" data-hook="empty-state-link">กลับไปที่บล็อก</a></div></div></div>',
            "post-page",
        )

    def not_found_page(self) -> str:
        return self.section(
            "404",
            self.heading("404-h", "ไม่พบหน้านี้")
            + self.prose("404-p", ("ดูเหมือนว่าหน้าที่คุณพยายามเข้าชมไม่มีอยู่ โปรดตรวจสอบ URL แล้วลองใหม่อีกครั้ง",))
            + self.button("404", self.u("/"), "กลับไปหน้าแรก"),
        )

    # -- Wix Events ----------------------------------------------------------------------------------------
    def calendar(self, year: int, month: int) -> str:
        prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        events = {}
        for e in EVENTS:
            d = date.fromisoformat(e[1])
            if (d.year, d.month) == (year, month):
                events.setdefault(d.day, []).append(e)
        cells = []
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(year, month):
            tds = []
            for day in week:
                if not day:
                    tds.append('<td class="_2Bx8m" data-hook="calendar-day-empty"></td>')
                    continue
                evs = "".join(
                    f'<a href="{self.u(self.event_path(e))}" class="_3Pc1S" data-hook="calendar-event-link"><span class="_1sm9G">{e[2]}</span> {esc(e[4])}</a>'
                    for e in events.get(day, [])
                )
                tds.append(f'<td class="_2Bx8m" data-hook="calendar-day"><div class="_3zHjx">{day}</div>{evs}</td>')
            cells.append("<tr>" + "".join(tds) + "</tr>")
        heads = "".join(f"<th>{d}</th>" for d in ("อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."))
        upcoming = "".join(
            f'<li class="_2fwmL" data-hook="events-list-item"><a href="{self.u(self.event_path(e))}" data-hook="ev-title">{esc(e[4])}</a>'
            f'<span data-hook="ev-date">{_abbr(date.fromisoformat(e[1]))} {e[2]} น.</span><span data-hook="ev-location">{esc(e[5])}</span></li>'
            for e in EVENTS
            if date.fromisoformat(e[1]) >= TODAY
        )
        return self.section(
            "events",
            self.heading("events-h", "ปฏิทินกิจกรรม")
            + f'<div id="TPASection_l{_h("events", 7)}" class="YzqVVZ"><div class="_1y2tJ" data-hook="calendar-layout" dir="ltr">'
            f'<div class="_2VPB2" data-hook="calendar-header"><a href="{self.u(f"/events-calendar?month={prev_m[0]:04d}-{prev_m[1]:02d}")}" data-hook="calendar-previous-month" aria-label="เดือนก่อนหน้า">{ARROW_L}</a>'
            f'<h2 data-hook="calendar-month">{MONTHS[month - 1]} {year + 543}</h2>'
            f'<a href="{self.u(f"/events-calendar?month={next_m[0]:04d}-{next_m[1]:02d}")}" data-hook="calendar-next-month" aria-label="เดือนถัดไป">{ARROW_R}</a>'
            f'<a href="{self.u("/events-calendar")}" data-hook="calendar-today-button">วันนี้</a></div>'
            f'<table class="_3xOoN" data-hook="calendar-grid"><thead><tr>{heads}</tr></thead><tbody>{"".join(cells)}</tbody></table></div>'
            f'<div class="_1cD0S" data-hook="events-list"><h3>กิจกรรมที่กำลังจะมาถึง</h3><ul>{upcoming}</ul></div></div>',
        )

    def event_page(self, e: tuple[str, ...]) -> str:
        d = date.fromisoformat(e[1])
        return self.section(
            "event" + e[0],
            f'<div id="TPASection_l{_h("evd", 7)}" class="YzqVVZ"><div class="_2U1vN" data-hook="event-details-page" dir="ltr">'
            f'<div class="_1xDhK" data-hook="header"><p class="_3ruE4" data-hook="event-short-date">{_abbr(d)}</p>'
            f'<h1 class="_2dgx8" data-hook="event-title">{esc(e[4])}</h1>'
            f'<p class="_1P_7R" data-hook="event-full-date">{_abbr(d)} {e[2]} – {e[3]} น.</p><p class="_1P_7R" data-hook="event-full-location">{esc(e[5])}</p>'
            '<button type="button" class="_29r7B" data-hook="rsvp-button">ลงทะเบียน</button></div>'
            '<div class="_3L3m9" data-hook="about-section"><h2 data-hook="about-section-title">เกี่ยวกับกิจกรรม</h2>'
            f'<div data-hook="about-section-text"><p>{esc(e[6])}</p></div></div>'
            '<div class="_2nJuz" data-hook="social-share"><h2>แชร์กิจกรรมนี้</h2>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(self.u(self.event_path(e)), safe="")}" target="_blank" rel="noopener" aria-label="Share event on Facebook">Facebook</a></div>'
            f'<a href="{self.u("/events-calendar")}" data-hook="back-to-calendar">ดูกิจกรรมทั้งหมด</a></div></div>',
        )

    # -- hashtags -------------------------------------------------------------------------------------------
    def hashtag_content(self, tag: str, page: int) -> str:
        posts = [p for p in self.newest if tag in p.tags]
        chunk = posts[(page - 1) * HASHTAG_SIZE : page * HASHTAG_SIZE]
        more = f'<div class="_1Pfbh" data-hook="load-more-button-container"><a href="{self.u(self.tag_path(tag))}?page={page + 1}" class="_2FdxD" data-hook="load-more-button">โหลดเพิ่มเติม</a></div>'
        empty = "" if chunk else '<div class="_2o9b8" data-hook="empty-states-container"><p>ไม่มีโพสต์เพิ่มเติม</p></div>'
        return self.feed_content(self.tag_path(tag), "#" + tag, chunk, empty + more)

    # -- XML ------------------------------------------------------------------------------------------------
    @staticmethod
    def xml(text: str) -> Response:
        return Response(
            200,
            (("Content-Type", "application/xml; charset=utf-8"), ("Cache-Control", "max-age=3600")),
            text.encode("utf-8"),
        )

    def sitemaps(self) -> None:
        site = self.site
        last = _utc(self.newest[0].dt)
        index = "".join(
            f"<sitemap><loc>{self.u(name)}</loc><lastmod>{last[:10]}</lastmod></sitemap>"
            for name in (
                "/blog-posts-sitemap.xml",
                "/blog-categories-sitemap.xml",
                "/pages-sitemap.xml",
                "/event-pages-sitemap.xml",
            )
        )
        site.add(
            "/sitemap.xml",
            self.xml(
                f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>'
            ),
        )
        posts = ""
        for p in self.newest:
            cover = self.cover(p, 740, 493)
            img = (
                f"<image:image><image:loc>{cover}</image:loc><image:title><![CDATA[{p.title}]]></image:title></image:image>"
                if cover
                else ""
            )
            posts += f"<url><loc>{self.u(self.post_path(p))}</loc><lastmod>{_utc(p.dt + timedelta(minutes=p.edited))[:10]}</lastmod>{img}</url>"
        site.add(
            "/blog-posts-sitemap.xml",
            self.xml(
                f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{posts}</urlset>'
            ),
        )
        cats = "".join(f"<url><loc>{self.u(self.cat_path(c))}</loc></url>" for c in CATS)
        site.add(
            "/blog-categories-sitemap.xml",
            self.xml(
                f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{cats}</urlset>'
            ),
        )
        pages = "".join(
            f"<url><loc>{self.u(path)}</loc><lastmod>2024-04-02</lastmod></url>"
            for path in (
                "/",
                "/about-us",
                "/vision",
                "/executives",
                "/services",
                "/ita",
                "/contact",
                "/blog",
                "/events-calendar",
            )
        )
        site.add(
            "/pages-sitemap.xml",
            self.xml(
                f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{pages}</urlset>'
            ),
        )
        events = "".join(
            f"<url><loc>{self.u(self.event_path(e))}</loc><lastmod>2024-05-02</lastmod></url>" for e in EVENTS
        )
        site.add(
            "/event-pages-sitemap.xml",
            self.xml(
                f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{events}</urlset>'
            ),
        )

    def rss(self) -> Response:
        items = ""
        for p in self.newest[:20]:
            cover = self.cover(p, 740, 493)
            enclosure = f'<enclosure url="{cover}" length="0" type="image/jpeg"/>' if cover else ""
            items += (
                f"<item><title><![CDATA[{p.title}]]></title><description><![CDATA[{self.excerpt(p)}]]></description>"
                f'<link>{self.u(self.post_path(p))}</link><guid isPermaLink="false">{self.post_id(p)}</guid>'
                f"<category><![CDATA[{CATS[p.cat]}]]></category><pubDate>{_rfc(p.dt)}</pubDate>{enclosure}"
                f"<dc:creator>{esc(AUTHORS[p.author])}</dc:creator></item>"
            )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
            f"<channel><title><![CDATA[{SITE}]]></title><description><![CDATA[{SITE}]]></description><link>{self.u('/blog')}</link>"
            f"<generator>RSS for Node</generator><lastBuildDate>{_rfc(datetime(2024, 5, 20, 7, 0, tzinfo=UTC))}</lastBuildDate>"
            f'<atom:link href="{self.u("/blog-feed.xml")}" rel="self" type="application/rss+xml"/>{items}</channel></rss>'
        )
        return Response(200, (("Content-Type", "application/xml; charset=utf-8"),), text.encode("utf-8"))

    # -- registering ------------------------------------------------------------------------------------------
    def add_page(self, path: str, text: str, listed: bool = True) -> None:
        self.site.add(path, self.html(text))
        if listed:
            self.non_articles.append(self.u(path))

    def register(self) -> None:
        site = self.site
        page = self.page
        self.add_page("/", page("/", f"หน้าแรก | {SITE}", self.home(), page_id="c1dmp", current="/"))
        # blog feed
        pages = -(-len(self.newest) // PAGE_SIZE)
        for n in range(1, pages + 1):
            path = "/blog" if n == 1 else f"/blog/page/{n}"
            chunk = self.newest[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
            links = ""
            if n > 1:
                links += f'<link rel="prev" href="{self.u("/blog" if n == 2 else f"/blog/page/{n - 1}")}"/>\n'
            if n < pages:
                links += f'<link rel="next" href="{self.u(f"/blog/page/{n + 1}")}"/>\n'
            title = f"ข่าวสาร | {SITE}" if n == 1 else f"ข่าวสาร | หน้า {n} | {SITE}"
            content = self.feed_content("/blog", "", chunk, self.pagination("/blog", n, pages))
            self.add_page(path, page(path, title, content, page_id="lk5vr", head_extra=links, current="/blog"))
        # categories
        for cat, label in CATS.items():
            posts = [p for p in self.newest if p.cat == cat]
            base = self.cat_path(cat)
            cpages = -(-len(posts) // PAGE_SIZE)
            for n in range(1, cpages + 1):
                path = base if n == 1 else f"{base}/page/{n}"
                chunk = posts[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
                content = self.feed_content(base, label, chunk, self.pagination(base, n, cpages))
                self.add_page(path, page(path, f"{label} | {SITE}", content, page_id="lk5vr", current="/blog"))
        # hashtags (page 1; ?page=N is made on request)
        for tag in self.tags:
            path = self.tag_path(tag)
            self.add_page(
                path, page(path, f"#{tag} | {SITE}", self.hashtag_content(tag, 1), page_id="lk5vr", current="/blog")
            )
        # posts
        for p in self.posts:
            site.add(self.post_path(p), self.html(self.post_page(p)))
            aliases: tuple[str, ...] = ()
            if p.old_title:
                old = "/post/" + _enc(wix_slug(p.old_title))
                site.add(
                    old,
                    Response(
                        301,
                        (
                            ("Content-Type", "text/html; charset=utf-8"),
                            ("Location", self.u(self.post_path(p))),
                            ("Cache-Control", "no-cache"),
                        ),
                    ),
                )
                aliases = (self.u(old),)
            site.articles.append(
                FixtureArticle(
                    url=self.u(self.post_path(p)),
                    aliases=aliases,
                    title=p.title,
                    paragraphs=self.paragraphs(p),
                    published=p.day,
                    author=AUTHORS[p.author],
                    captions=p.captions,
                )
            )
        # the deleted post: the blog's empty state inside the layout, status 200
        deleted = self.deleted_path()
        self.add_page(
            deleted,
            page(
                deleted, f"ไม่พบโพสต์ | {SITE}", self.post_not_found(), page_id="mxr3b", canonical=False, current="/blog"
            ),
        )
        # editor pages
        for path, title, content, pid in (
            ("/about-us", "ประวัติความเป็นมา", self.about(), "k7f2n"),
            ("/vision", "วิสัยทัศน์และพันธกิจ", self.vision(), "qz8d1"),
            ("/executives", "คณะผู้บริหาร", self.executives(), "w3h0x"),
            ("/services", "บริการประชาชน", self.services(), "r9b4c"),
            ("/ita", "ITA การเปิดเผยข้อมูลสาธารณะ", self.ita(), "t2m6s"),
            ("/contact", "ติดต่อเรา", self.contact(), "v5j8e"),
        ):
            self.add_page(path, page(path, f"{title} | {SITE}", content, page_id=pid, current=path))
        self.add_page(
            "/account/my-account",
            page("/account/my-account", f"บัญชีของฉัน | {SITE}", self.login_wall(), page_id="y0a4u", canonical=False),
        )
        # events
        self.add_page(
            "/events-calendar",
            page(
                "/events-calendar",
                f"ปฏิทินกิจกรรม | {SITE}",
                self.calendar(TODAY.year, TODAY.month),
                page_id="p4k9z",
                current="/events-calendar",
            ),
        )
        for e in EVENTS:
            path = self.event_path(e)
            self.add_page(
                path,
                page(
                    path,
                    f"{e[4]} | {SITE}",
                    self.event_page(e),
                    page_id="g8n2w",
                    og_type="event",
                    current="/events-calendar",
                ),
            )
        # machine files
        self.sitemaps()
        site.add("/blog-feed.xml", self.rss())
        site.add(
            "/robots.txt",
            Response(
                200,
                (("Content-Type", "text/plain; charset=utf-8"),),
                (
                    "# By Wix\n\nUser-agent: *\nAllow: /\nDisallow: *?lightbox=\nDisallow: /_api/\nDisallow: /_partials\n\n"
                    "# Optimization for Google Ads Bot\nUser-agent: AdsBot-Google-Mobile\nUser-agent: AdsBot-Google\n"
                    "Disallow: /_api/*\nDisallow: /_partials*\nDisallow: /pro-gallery-webapp/v1/galleries/*\n\n"
                    "# Block PetalBot\nUser-agent: PetalBot\nDisallow: /\n\n"
                    "# Crawl delay for overly enthusiastic bots\nUser-agent: dotbot\nCrawl-delay: 10\nUser-agent: AhrefsBot\nCrawl-delay: 10\n\n"
                    f"Sitemap: {self.u('/sitemap.xml')}\n"
                ).encode(),
            ),
        )
        site.not_found = self.html(
            page("/404", f"404 | {SITE}", self.not_found_page(), page_id="wix404", canonical=False), status=404
        )
        site.non_articles = self.non_articles
        site.broken_links = [self.u("/privacy-policy")]
        site.trap_patterns = [TRAP_HASHTAG, TRAP_CALENDAR]
        site.dynamic = self.dynamic

    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        if parts.path.startswith("/blog/hashtags/") and set(q) == {"page"}:
            tag = next((t for t in self.tags if unquote(parts.path) == unquote(self.tag_path(t))), None)
            try:
                n = int(q["page"])
            except ValueError:
                return None
            if tag is None or not 1 <= n <= 100000:
                return None
            path = self.tag_path(tag) + f"?page={n}"
            return self.html(
                self.page(path, f"#{tag} | {SITE}", self.hashtag_content(tag, n), page_id="lk5vr", current="/blog")
            )
        if parts.path == "/events-calendar" and set(q) == {"month"}:
            value = q["month"]
            if len(value) != 7 or value[4] != "-" or not (value[:4] + value[5:]).isdigit():
                return None
            year, month = int(value[:4]), int(value[5:])
            if not 1000 <= year <= 9999 or not 1 <= month <= 12:
                return None
            return self.html(
                self.page(
                    f"/events-calendar?month={value}",
                    f"ปฏิทินกิจกรรม | {SITE}",
                    self.calendar(year, month),
                    page_id="p4k9z",
                    current="/events-calendar",
                )
            )
        return None


TRAP_HASHTAG = r"^/blog/hashtags/[^?]+\?(?:.*&)?page=\d+"
TRAP_CALENDAR = r"^/events-calendar\?(?:.*&)?month=\d{4}-\d{2}"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["*?lightbox=", "/_api/", "/_partials"],
        server_software="Pepyaka",
    )
    _Wix(site).register()
    return site

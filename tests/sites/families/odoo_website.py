# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""odoo_website: an อบต. web site on Odoo 16 Community (Website + Blog + Events), Thai and English.

CMS imitated: Odoo 16.0 Community behind nginx, the ``website``, ``website_blog`` and ``website_event``
apps, default theme (Bootstrap 5): QWeb layout with ``<html data-website-id="1" data-main-object="blog.post(21,)">``,
``#wrapwrap``/``header#top``/``main``/``footer#bottom.o_footer``, ``o_``/``oe_``/``s_`` classes, ``data-snippet``
and ``data-name`` on snippets, ``data-oe-expression`` on record titles, the ``odoo = {csrf_token: ...}``
script, ``/web/assets/<id>-<hash>/1/web.assets_frontend*.min.*`` bundles, images as
``/web/image/<attachment id>-<checksum>/<file name>`` (``data-original-src``, ``data-mimetype``), documents as
Odoo's empty file anchors ``<a class="o_image" href="/web/content/<id>?download=true" data-mimetype=...>``,
the cookie bar (``#website_cookies_bar``), the language selector (``js_change_lang``, ``data-url_code``),
``hreflang`` alternates, "Powered by Odoo".  The integrator (fictional) set the blog page size to 6 and added
a server-rendered ข่าวล่าสุด box to the footer and a guest comment form to posts; the home page's own
"latest news" and "events" blocks are Odoo dynamic snippets filled by JavaScript: EMPTY in the HTML.
All text is written for this fixture.

องค์การบริหารส่วนตำบลบึงสะแกทอง (fictional), อำเภอวังทอง จังหวัดพิษณุโลก.  TODAY is 2024-09-16.

URL shapes (Odoo "slug-id": ``slugify(name)`` keeps only ASCII letters and digits, so a Thai title gives
just the id or the digits in it: ``/blog/news-1/26`` ... ``/blog/activities-2/2567-11``,
``/blog/activities-2/big-cleaning-day-4-18``; a post with a custom URL (``seo_name``) ``songkran-2567-20``)
* blogs ``/blog/news-1`` (ข่าวประชาสัมพันธ์), ``/blog/activities-2`` (ข่าวกิจกรรม), ``/blog/announcements-3``
  (ประกาศ); ``/blog`` lists all (the latest post as a cover on every page + 6 a page: ``/blog/page/2..4``);
  blog pagers ``/blog/<blog>/page/2``; tags ``/blog/<blog>/tag/<tag slug>`` and ``/blog/tag/<tag slug>``
  (Thai tag names: ``/blog/news-1/tag/2``; ``ita-9``, ``e-service-10``); the tag cloud toggles tags into
  ``/tag/<a>,<b>`` which Odoo 302s to the first tag; a wrong or missing tag slug 301s to the right one
  (``full_path``: with a trailing ``?``); ``?search=``, ``?date_begin=&date_end=`` (archive ``<select>``).
* post ``/blog/<blog slug>/<post slug>``: ANY slug with the right ids 301s to the canonical one (the site is
  multilingual, so Odoo redirects), the pre-v14 ``/blog/<blog>/post/<post>`` 301s, a post under another
  blog 301s to its own blog, other query parameters are ignored (``rel=canonical`` drops them).
  Feeds ``/blog/<blog>/feed`` (Atom, 15; the head links ``/blog/1/feed``, which 301s to ``/blog/news-1/feed``;
  the feed ignores the post date, so it also lists the scheduled post).
* ``/en/...``: English UI, blog, tag and static-page translations; posts are NOT translated and fall back
  to the Thai text (the /en copy is an alias of the post, with its own canonical and hreflang); tag slugs
  change with the language (``/en/blog/news-1/tag/tax-1``).  ``/th/...`` 301s to the unprefixed URL.
* events ``/event`` (= ``/events``, upcoming only) ``?date=all|today|week|nextweek|month|nextmonth|old``,
  filters ``?tags=[1, 5]`` (a Python list, url-encoded), ``?type=``, ``?country=``; ``/event/<slug>`` 302s to
  ``/event/<slug>/register`` (title, date, place, a description, a registration form), ``/event/<slug>/ics``.
* pages ``/aboutus``, ``/history``, ``/vision``, ``/executives``, ``/ita``, ``/contactus`` (website form),
  ``/cookie-policy``; ``/web/login`` (+ ``?redirect=``); ``/sitemap.xml`` (Odoo's: pages, blogs, feeds,
  every post (also a SCHEDULED one that 302s to its blog), events); ``robots.txt`` as Odoo's default (no
  Disallow, only ``Sitemap:``).

Gold articles: 23 posts, 2023-10-09 .. 2024-09-10, oldest first: 8 ข่าวประชาสัมพันธ์, 10 ข่าวกิจกรรม (five
short ones with a photo wall ``s_image_gallery``), 5 ประกาศ (centred heading and signature lines,
a PDF as an empty ``o_image`` anchor).  Author: the partner in the post header (contact widget).  No
captions (Odoo has none; photos carry ``alt`` only).  Aliases: the ``/en`` copy of every post, plus the
links the site really carries to other spellings (a bare-id link on the home banner, a pre-v14 link and a
wrong-blog link in post bodies).

Non-articles: home (a mayor's message, empty dynamic snippets), static pages (prose), the login page,
``/blog`` and its pages, blog listings and pages, tag pages, event listings (``?date=old``, ``?date=all``,
``/events``), eight event pages (description prose, dates), ``/en`` copies of home, blog index and aboutus.

Dates: Odoo renders the post date with the babel pattern ``MMM d, yyyy`` in th_TH: ``ก.ย. 10, 2024``
(Thai month abbreviation, GREGORIAN year, month before day); /en ``Sep 10, 2024``; event dates ``EEEE d MMMM yyyy``:
``วันเสาร์ 5 ตุลาคม 2024``; archive months ``กันยายน`` under year ``2024``; ``article:published_time`` is
the naive UTC datetime (``2024-03-04 23:10:00`` for a post at 06:10 on 5 March: two posts are published before
07:00, so the meta date is the day before); Atom ``updated`` in UTC with ``Z``; bodies write Buddhist-era
dates (``16 มีนาคม 2567``).

Traps (``trap_patterns``, answered on request):
* the event filters: every tag link toggles a tag into ``?tags=[..]`` (the new tag first: order variants),
  kept with ``date``, ``type``, ``country`` and ``search`` by ``keep_query`` - thousands of listings of the
  same eight events, times the /en copies;
* the blog filters ``?date_begin=&date_end=`` (any dates; the archive select, then every tag link and pager
  keeps them) and ``?search=``.

Pitfalls: the article text in listing teasers (200 characters) and the same post under /en with its own
canonical; slugs that are only digits or years; 301 chains (feed link, bare ids, wrong blog, old shape, tag
slugs); latest news only in the footer (the home blocks are JavaScript); ``s_share`` links with literal
``{url}`` placeholders; Read Next cycling through a blog; a scheduled post in the sitemap; UTC meta
dates; Gregorian years in the rendered dates while bodies use Buddhist years; login links with
``?redirect=``; external links (Facebook, LINE, dla.go.th, odoo.com) not to follow.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from ..media import GIF_1X1
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import EN_MONTHS as _EN_MONTH
from ..thaidate import MONTHS, MONTHS_ABBR, WEEKDAYS, local_dt
from .common import add_jpeg, add_pdf, add_text, attr, esc, redirect, static_file

FAMILY = "odoo_website"
SITE = "องค์การบริหารส่วนตำบลบึงสะแกทอง"
SITE_SHORT = "อบต.บึงสะแกทอง"
SITE_EN = "Bueng Sakae Thong SAO"
ADDRESS = "เลขที่ 88 หมู่ที่ 5 ตำบลบึงสะแกทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130"
ADDRESS_EN = "88 Moo 5, Bueng Sakae Thong, Wang Thong, Phitsanulok 65130"
PHONE = "0 5531 4027"
EMAIL = "saraban@bueangsakaethong.go.th"
MAYOR = "นายวีระพงษ์ แก้วประเสริฐ"
TODAY = date(2024, 9, 16)
NOW_UTC = "2024-09-16 03:00:00"
PER_PAGE = 6  # the integrator's override of WebsiteBlog._blog_post_per_page (12)
EVENT_STEP = 12
CSRF_EXPIRY = 1757980800

PR = "งานประชาสัมพันธ์ สำนักปลัด"
ENGINEER = "กองช่าง อบต.บึงสะแกทอง"
HEALTH = "กองสาธารณสุขและสิ่งแวดล้อม"
TREASURY = "กองคลัง อบต.บึงสะแกทอง"
EDU = "กองการศึกษา ศาสนาและวัฒนธรรม"
CLERK = "สำนักปลัด อบต.บึงสะแกทอง"

# blog id -> (Thai name, English name, seo_name)
BLOGS: dict[int, tuple[str, str, str]] = {
    1: ("ข่าวประชาสัมพันธ์", "News", "news"),
    2: ("ข่าวกิจกรรม", "Activities", "activities"),
    3: ("ประกาศ", "Announcements", "announcements"),
}
BLOG_SUB = {
    1: ("ข่าวสารและประชาสัมพันธ์จากองค์การบริหารส่วนตำบลบึงสะแกทอง", "News from the SAO"),
    2: ("ภาพและข่าวกิจกรรมของ อบต. และชุมชน", "Activities in our community"),
    3: ("ประกาศ คำสั่ง และการรับสมัครงาน", "Notices and announcements"),
}
# tag id -> (Thai, English)
TAGS: dict[int, tuple[str, str]] = {
    1: ("ภาษี", "Tax"),
    2: ("สาธารณสุข", "Public health"),
    3: ("สิ่งแวดล้อม", "Environment"),
    4: ("ประเพณี", "Traditions"),
    5: ("ผู้สูงอายุ", "Elderly"),
    6: ("เด็กและเยาวชน", "Children and youth"),
    7: ("โครงสร้างพื้นฐาน", "Infrastructure"),
    8: ("รับสมัครงาน", "Jobs"),
    9: ("ITA", "ITA"),
    10: ("e-Service", "e-Service"),
    11: ("ภัยพิบัติ", "Disasters"),
    12: ("สภา อบต.", "Council"),
}


@dataclass(frozen=True)
class _Post:
    id: int
    blog: int
    date: str
    time: str
    title: str
    paragraphs: tuple[str, ...]
    author: str
    tags: tuple[int, ...] = ()
    style: str = "block"  # block, justify, br, gallery, notice
    photos: int = 0
    seo: str = ""
    pdf: str = ""
    centred: tuple[int, ...] = ()  # indexes of centred lines (notices)
    extra_link: tuple[int, str, str] = (-1, "", "")  # (paragraph index, href, text): a link at the paragraph's end
    visible: bool = True

    @property
    def dt(self) -> datetime:
        return local_dt(self.date, self.time)

    @property
    def utc(self) -> str:
        return self.dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")

    @property
    def d(self) -> date:
        return date.fromisoformat(self.date)


_SIGN = ("(นายวีระพงษ์ แก้วประเสริฐ)", "นายกองค์การบริหารส่วนตำบลบึงสะแกทอง")

POSTS: tuple[_Post, ...] = (
    _Post(
        5,
        1,
        "2023-10-09",
        "10:30",
        "ประชาสัมพันธ์การลงทะเบียนผู้สูงอายุ เพื่อรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568",
        (
            "องค์การบริหารส่วนตำบลบึงสะแกทอง ขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ ภายในวันที่ 30 กันยายน 2568 และมีภูมิลำเนาอยู่ในเขตตำบลบึงสะแกทอง มายื่นคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568 ได้ตั้งแต่บัดนี้เป็นต้นไป",
            "หลักฐานที่ใช้ในการลงทะเบียน ได้แก่ บัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารของผู้สูงอายุหรือผู้รับมอบอำนาจ ในกรณีที่ไม่สามารถมาด้วยตนเองได้ ให้ผู้รับมอบอำนาจนำหนังสือมอบอำนาจพร้อมสำเนาบัตรประจำตัวประชาชนของทั้งสองฝ่ายมาแสดง",
            "ผู้ที่ย้ายภูมิลำเนาเข้ามาอยู่ใหม่และเคยได้รับเบี้ยยังชีพจากท้องถิ่นเดิม ต้องมาลงทะเบียนใหม่ที่ อบต.บึงสะแกทอง เพื่อให้การจ่ายเงินไม่ขาดช่วง สอบถามรายละเอียดเพิ่มเติมได้ที่กองสวัสดิการสังคม โทรศัพท์ 0 5531 4027 ต่อ 14 ในวันและเวลาราชการ",
        ),
        PR,
        tags=(5,),
        style="justify",
    ),
    _Post(
        6,
        2,
        "2023-10-30",
        "09:40",
        "ร่วมทำบุญตักบาตรเทโวโรหณะ เนื่องในเทศกาลออกพรรษา",
        (
            "วันที่ 30 ตุลาคม 2566 ผู้บริหาร สมาชิกสภา และพนักงาน อบต.บึงสะแกทอง ร่วมกับพุทธศาสนิกชนในตำบล ทำบุญตักบาตรเทโวโรหณะ ณ วัดบึงสะแกทอง เพื่อสืบสานประเพณีอันดีงามในเทศกาลออกพรรษา",
        ),
        EDU,
        tags=(4,),
        style="gallery",
        photos=4,
    ),
    _Post(
        8,
        2,
        "2023-11-28",
        "08:50",
        "อบต.บึงสะแกทอง จัดงานสืบสานประเพณีลอยกระทง ประจำปี 2566",
        (
            "เมื่อวันที่ 27 พฤศจิกายน 2566 องค์การบริหารส่วนตำบลบึงสะแกทอง จัดงานสืบสานประเพณีลอยกระทง ประจำปี 2566 ณ บริเวณสระน้ำสาธารณะหมู่ที่ 5 โดยมีนายวีระพงษ์ แก้วประเสริฐ นายก อบต.บึงสะแกทอง เป็นประธานในพิธีเปิด",
            "ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติของแต่ละหมู่บ้าน การประกวดหนูน้อยนพมาศ และการแสดงของนักเรียนจากโรงเรียนในเขตตำบล ซึ่งได้รับความสนใจจากประชาชนเป็นจำนวนมาก",
            "อบต.บึงสะแกทอง ขอขอบคุณผู้นำชุมชน อาสาสมัครป้องกันภัยฝ่ายพลเรือน และประชาชนทุกท่าน ที่ร่วมกันดูแลความปลอดภัยและรักษาความสะอาดบริเวณงาน ทำให้งานผ่านไปด้วยความเรียบร้อย",
        ),
        EDU,
        tags=(4,),
        photos=2,
    ),
    _Post(
        9,
        3,
        "2023-12-12",
        "14:05",
        "ประกาศ อบต.บึงสะแกทอง เรื่อง การยื่นแบบแสดงรายการภาษีป้าย ประจำปี พ.ศ. 2567",
        (
            "ประกาศองค์การบริหารส่วนตำบลบึงสะแกทอง",
            "เรื่อง การยื่นแบบแสดงรายการภาษีป้าย ประจำปี พ.ศ. 2567",
            "ด้วยองค์การบริหารส่วนตำบลบึงสะแกทอง จะดำเนินการจัดเก็บภาษีป้าย ประจำปี พ.ศ. 2567 ตามพระราชบัญญัติภาษีป้าย พ.ศ. 2510 และที่แก้ไขเพิ่มเติม จึงขอให้เจ้าของป้ายที่ติดตั้งหรือแสดงป้ายอยู่ในเขตตำบลบึงสะแกทอง ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในเดือนมีนาคม 2567",
            "ผู้ที่ไม่ยื่นแบบภายในกำหนด ต้องเสียเงินเพิ่มร้อยละสิบของค่าภาษีป้าย และผู้ที่ชำระภาษีเกินสิบห้าวันนับแต่วันได้รับแจ้งการประเมิน ต้องเสียเงินเพิ่มร้อยละสองต่อเดือน จึงประกาศให้ทราบโดยทั่วกัน",
            "ประกาศ ณ วันที่ 11 ธันวาคม พ.ศ. 2566",
            *_SIGN,
        ),
        TREASURY,
        tags=(1,),
        style="notice",
        pdf="ประกาศภาษีป้าย2567.pdf",
        centred=(0, 1, 4, 5, 6),
    ),
    _Post(
        11,
        2,
        "2024-01-13",
        "15:20",
        "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2567",
        (
            "วันเสาร์ที่ 13 มกราคม 2567 อบต.บึงสะแกทอง จัดกิจกรรมวันเด็กแห่งชาติ ณ หอประชุม อบต. มีเด็กและผู้ปกครองร่วมงานกว่า 400 คน ภายในงานมีซุ้มเกม การแจกของขวัญ และการแสดงบนเวทีของศูนย์พัฒนาเด็กเล็ก",
            "ขอขอบคุณร้านค้า ห้างหุ้นส่วน และผู้ใจบุญทุกท่านที่ร่วมสนับสนุนของขวัญและทุนการศึกษาแก่เด็ก ๆ ในปีนี้",
        ),
        EDU,
        tags=(6,),
        style="gallery",
        photos=6,
    ),
    _Post(
        12,
        1,
        "2024-01-25",
        "11:15",
        "ขอเชิญชวนประชาชนร่วมโครงการคัดแยกขยะต้นทาง ธนาคารขยะชุมชน",
        (
            "อบต.บึงสะแกทอง ขอเชิญชวนครัวเรือนในตำบลเข้าร่วมโครงการคัดแยกขยะต้นทาง โดยแยกขยะออกเป็น 4 ประเภท คือ ขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย เพื่อลดปริมาณขยะที่ต้องนำไปกำจัด และลดค่าใช้จ่ายในการขนส่งขยะของท้องถิ่น",
            "ธนาคารขยะชุมชนจะเปิดรับซื้อขยะรีไซเคิลทุกวันเสาร์แรกของเดือน ณ ศาลาอเนกประสงค์ของแต่ละหมู่บ้าน ตั้งแต่เวลา 09.00 - 12.00 น. สมาชิกจะได้รับสมุดบัญชีสำหรับสะสมยอดเงิน และสามารถถอนเงินได้ทุกสิ้นปี",
            "ครัวเรือนที่ทำถังขยะเปียกลดโลกร้อนไว้ใช้เอง สามารถแจ้งชื่อกับผู้ใหญ่บ้านเพื่อรับถังและอุปกรณ์โดยไม่เสียค่าใช้จ่าย ส่วนผู้สูงอายุที่ลงทะเบียนรับเบี้ยยังชีพไว้แล้วและไม่สะดวกเดินทาง สามารถให้อาสาสมัครมารับขยะรีไซเคิลถึงบ้านได้ อ่านประกาศการลงทะเบียนผู้สูงอายุได้ที่",
        ),
        HEALTH,
        tags=(3,),
        extra_link=(2, "/blog/news-1/post/5", "ข่าวเดิม"),
    ),
    _Post(
        13,
        3,
        "2024-02-08",
        "13:40",
        "ประกาศ อบต.บึงสะแกทอง เรื่อง รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566",
        (
            "ประกาศองค์การบริหารส่วนตำบลบึงสะแกทอง",
            "เรื่อง รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566",
            "ตามระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น กำหนดให้ผู้บริหารท้องถิ่นรายงานผลและเสนอความเห็นซึ่งได้จากการติดตามและประเมินผลแผนพัฒนาต่อสภาท้องถิ่น และประกาศผลให้ประชาชนในท้องถิ่นทราบ",
            "องค์การบริหารส่วนตำบลบึงสะแกทอง จึงขอประกาศรายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566 ซึ่งได้ดำเนินโครงการตามแผนพัฒนาท้องถิ่นแล้วเสร็จ จำนวน 42 โครงการ จากทั้งหมด 51 โครงการ รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้",
            "ประกาศ ณ วันที่ 7 กุมภาพันธ์ พ.ศ. 2567",
            *_SIGN,
        ),
        CLERK,
        tags=(9,),
        style="notice",
        pdf="รายงานผลการดำเนินงาน2566.pdf",
        centred=(0, 1, 4, 5, 6),
    ),
    _Post(
        15,
        2,
        "2024-02-20",
        "16:00",
        "อบรมให้ความรู้การปฐมพยาบาลเบื้องต้นและการช่วยฟื้นคืนชีพ (CPR) แก่ อสม.",
        (
            "วันที่ 20 กุมภาพันธ์ 2567 กองสาธารณสุขและสิ่งแวดล้อม อบต.บึงสะแกทอง ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลบึงสะแกทอง จัดอบรมให้ความรู้การปฐมพยาบาลเบื้องต้นและการช่วยฟื้นคืนชีพขั้นพื้นฐาน แก่อาสาสมัครสาธารณสุขประจำหมู่บ้าน จำนวน 65 คน",
            "วิทยากรจากหน่วยกู้ชีพโรงพยาบาลวังทอง สาธิตการกดหน้าอก การใช้เครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ (AED) และการช่วยเหลือผู้ที่มีสิ่งแปลกปลอมอุดกั้นทางเดินหายใจ จากนั้นให้ผู้เข้าอบรมฝึกปฏิบัติกับหุ่นจำลองเป็นกลุ่ม",
            "ผู้เข้าอบรมจะนำความรู้ไปถ่ายทอดแก่ครัวเรือนในความรับผิดชอบ และช่วยเหลือผู้ป่วยฉุกเฉินในชุมชนก่อนที่รถกู้ชีพจะมาถึง",
        ),
        HEALTH,
        tags=(2,),
        photos=1,
    ),
    _Post(
        16,
        1,
        "2024-03-05",
        "06:10",
        "ประชาสัมพันธ์ กำหนดเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
        (
            "องค์การบริหารส่วนตำบลบึงสะแกทอง ได้ส่งหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ให้แก่ผู้เสียภาษีทุกรายแล้ว ขอให้ผู้ที่ได้รับแจ้งการประเมินชำระภาษีภายในวันที่ 30 เมษายน 2567",
            "ผู้เสียภาษีสามารถชำระได้ที่กองคลัง อบต.บึงสะแกทอง ในวันและเวลาราชการ หรือชำระผ่านระบบ QR Code ที่พิมพ์ไว้ในหนังสือแจ้งการประเมิน ในวันที่ 16 มีนาคม 2567 และ 20 เมษายน 2567 กองคลังจะเปิดให้บริการรับชำระภาษีนอกเวลาราชการ ตั้งแต่เวลา 08.30 - 12.00 น.",
            "หากชำระภาษีเกินกำหนด จะต้องเสียเบี้ยปรับและเงินเพิ่มตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 ผู้ที่ไม่ได้รับหนังสือแจ้งการประเมิน หรือเห็นว่าการประเมินไม่ถูกต้อง ให้ติดต่อกองคลังโดยเร็ว",
        ),
        TREASURY,
        tags=(1,),
        style="br",
    ),
    _Post(
        18,
        2,
        "2024-03-22",
        "10:05",
        "โครงการ Big Cleaning Day ทำความสะอาดถนนและคูระบายน้ำ หมู่ที่ 4",
        (
            "วันที่ 22 มีนาคม 2567 อบต.บึงสะแกทอง ร่วมกับผู้นำชุมชนและประชาชนหมู่ที่ 4 บ้านหนองกระทุ่ม ทำความสะอาดถนน ตัดหญ้าสองข้างทาง และขุดลอกคูระบายน้ำ ระยะทางประมาณ 1.5 กิโลเมตร เพื่อเตรียมรับฤดูฝน",
        ),
        HEALTH,
        tags=(3,),
        style="gallery",
        photos=5,
    ),
    _Post(
        19,
        1,
        "2024-04-05",
        "09:00",
        "ขอความร่วมมือประชาชนงดเผาในที่โล่ง ป้องกันไฟป่าและหมอกควันช่วงฤดูแล้ง",
        (
            "จังหวัดพิษณุโลกประกาศห้ามเผาในที่โล่งทุกชนิดในช่วงวันที่ 1 กุมภาพันธ์ ถึง 30 เมษายน 2567 องค์การบริหารส่วนตำบลบึงสะแกทอง จึงขอความร่วมมือเกษตรกรและประชาชนงดเผาตอซังข้าว เศษใบไม้ และขยะทุกชนิด",
            "ขอแนะนำให้ไถกลบตอซังหรือทำปุ๋ยหมักแทนการเผา ซึ่งช่วยเพิ่มอินทรียวัตถุในดินและลดต้นทุนการใช้ปุ๋ยเคมี เกษตรกรที่สนใจสามารถขอรับสารย่อยสลายตอซังได้ที่สำนักปลัด อบต.",
            "หากพบเห็นการลักลอบเผาหรือเกิดเหตุไฟไหม้ แจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.บึงสะแกทอง โทรศัพท์ 0 5531 4027 หรือสายด่วน 199 ตลอด 24 ชั่วโมง",
        ),
        CLERK,
        tags=(3, 11),
    ),
    _Post(
        20,
        2,
        "2024-04-11",
        "17:30",
        "รดน้ำดำหัวขอพรผู้สูงอายุ สืบสานประเพณีสงกรานต์ ประจำปี 2567",
        (
            "วันที่ 11 เมษายน 2567 อบต.บึงสะแกทอง จัดกิจกรรมรดน้ำดำหัวขอพรผู้สูงอายุ ณ หอประชุม อบต. มีผู้สูงอายุจากทั้ง 11 หมู่บ้านเข้าร่วมกว่า 300 คน พร้อมการแสดงของชมรมผู้สูงอายุและการมอบของที่ระลึก",
        ),
        EDU,
        tags=(4, 5),
        style="gallery",
        photos=4,
        seo="songkran-2567",
    ),
    _Post(
        21,
        3,
        "2024-05-02",
        "10:00",
        "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตำแหน่งผู้ช่วยนักวิชาการเงินและบัญชี",
        (
            "ประกาศองค์การบริหารส่วนตำบลบึงสะแกทอง",
            "เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ",
            "ด้วยองค์การบริหารส่วนตำบลบึงสะแกทอง ประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการเงินและบัญชี จำนวน 1 อัตรา ผู้สมัครต้องมีวุฒิการศึกษาไม่ต่ำกว่าประกาศนียบัตรวิชาชีพชั้นสูง สาขาการบัญชี",
            "ผู้ประสงค์จะสมัครให้ยื่นใบสมัครด้วยตนเอง ณ สำนักปลัด อบต.บึงสะแกทอง ระหว่างวันที่ 7 - 17 พฤษภาคม 2567 ในวันและเวลาราชการ รายละเอียดคุณสมบัติ หลักฐานการสมัคร และวิธีการเลือกสรร ปรากฏตามเอกสารแนบท้ายประกาศ",
            "ประกาศ ณ วันที่ 2 พฤษภาคม พ.ศ. 2567",
            *_SIGN,
        ),
        CLERK,
        tags=(8,),
        style="notice",
        pdf="ประกาศรับสมัครพนักงานจ้าง.pdf",
        centred=(0, 1, 4, 5, 6),
    ),
    _Post(
        22,
        1,
        "2024-05-16",
        "06:45",
        "ขอความร่วมมือประชาชนกำจัดแหล่งเพาะพันธุ์ยุงลาย ป้องกันโรคไข้เลือดออก",
        (
            "เข้าสู่ฤดูฝน สถานการณ์โรคไข้เลือดออกในจังหวัดพิษณุโลกมีแนวโน้มเพิ่มขึ้น อบต.บึงสะแกทอง ขอความร่วมมือทุกครัวเรือนใช้มาตรการ 3 เก็บ ได้แก่ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำ ปิดภาชนะให้มิดชิด ทุกวันศุกร์",
            "กองสาธารณสุขและสิ่งแวดล้อมจะออกพ่นหมอกควันกำจัดยุงตัวเต็มวัยในหมู่บ้านที่พบผู้ป่วย และแจกทรายกำจัดลูกน้ำผ่านอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
            "หากมีไข้สูงลอยเกิน 2 วัน ปวดศีรษะ ปวดกล้ามเนื้อ ให้รีบไปพบแพทย์ที่โรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน และไม่ควรซื้อยากลุ่มแอสไพรินหรือไอบูโพรเฟนมารับประทานเอง",
        ),
        HEALTH,
        tags=(2,),
        style="justify",
        photos=1,
    ),
    _Post(
        24,
        2,
        "2024-06-05",
        "11:50",
        "วันสิ่งแวดล้อมโลก ร่วมปลูกต้นไม้ริมบึงสาธารณะ",
        (
            "วันที่ 5 มิถุนายน 2567 เนื่องในวันสิ่งแวดล้อมโลก อบต.บึงสะแกทอง ร่วมกับโรงเรียนบ้านบึงสะแกทองและจิตอาสาในตำบล ปลูกต้นยางนาและต้นพะยูง จำนวน 300 ต้น รอบบึงสาธารณะหมู่ที่ 5",
            "ต้นกล้าได้รับการสนับสนุนจากศูนย์เพาะชำกล้าไม้พิษณุโลก อบต. จะดูแลรดน้ำในช่วงสามเดือนแรก",
        ),
        HEALTH,
        tags=(3, 6),
        style="gallery",
        photos=4,
    ),
    _Post(
        25,
        2,
        "2024-06-19",
        "14:30",
        "ประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
        (
            "ระหว่างวันที่ 10 - 19 มิถุนายน 2567 อบต.บึงสะแกทอง ออกประชุมประชาคมหมู่บ้านครบทั้ง 11 หมู่บ้าน เพื่อรับฟังปัญหาและความต้องการของประชาชน ประกอบการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
            "ปัญหาที่ประชาชนเสนอมากที่สุด ได้แก่ ถนนลูกรังชำรุดในฤดูฝน ไฟฟ้าส่องสว่างไม่เพียงพอ และน้ำประปาหมู่บ้านไม่ได้มาตรฐาน รวมทั้งสิ้น 96 โครงการ ซึ่งคณะกรรมการพัฒนาท้องถิ่นจะนำไปจัดลำดับความสำคัญต่อไป",
            "ขอขอบคุณกำนัน ผู้ใหญ่บ้าน และประชาชนทุกท่านที่สละเวลามาร่วมประชุม",
        ),
        CLERK,
        tags=(7,),
        photos=2,
    ),
    _Post(
        26,
        1,
        "2024-07-03",
        "13:10",
        "เปิดให้บริการ e-Service ยื่นคำร้องออนไลน์ผ่านเว็บไซต์ อบต.",
        (
            "อบต.บึงสะแกทอง เปิดให้บริการยื่นคำร้องออนไลน์ (e-Service) ผ่านเว็บไซต์ ตั้งแต่วันที่ 1 กรกฎาคม 2567 เป็นต้นไป ประชาชนสามารถยื่นคำร้องขอซ่อมไฟฟ้าส่องสว่าง ขอรับน้ำอุปโภคบริโภค ขอความช่วยเหลือด้านสาธารณภัย และแจ้งเรื่องร้องเรียนได้ตลอด 24 ชั่วโมง",
            "เมื่อยื่นคำร้องแล้ว ผู้ยื่นจะได้รับเลขที่รับเรื่องทางอีเมล เจ้าหน้าที่จะตรวจสอบและแจ้งผลการดำเนินการภายใน 7 วันทำการ ข้อมูลส่วนบุคคลของผู้ยื่นคำร้องจะได้รับความคุ้มครองตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
            "ผู้ที่ไม่สะดวกใช้บริการออนไลน์ ยังติดต่อด้วยตนเองได้ที่ศูนย์บริการร่วม อบต.บึงสะแกทอง ในวันและเวลาราชการ",
        ),
        PR,
        tags=(10, 9),
        seo="",
    ),
    _Post(
        28,
        2,
        "2024-07-19",
        "15:40",
        "แห่เทียนพรรษาถวายวัดในตำบลบึงสะแกทอง ประจำปี 2567",
        (
            "วันที่ 19 กรกฎาคม 2567 อบต.บึงสะแกทอง ร่วมกับคณะสงฆ์และชาวบ้าน จัดขบวนแห่เทียนพรรษาและถวายเทียนพรรษาพร้อมเครื่องไทยธรรมแด่วัดในตำบล จำนวน 6 วัด เนื่องในเทศกาลเข้าพรรษา",
        ),
        EDU,
        tags=(4,),
        style="gallery",
        photos=3,
    ),
    _Post(
        27,
        3,
        "2024-07-24",
        "09:15",
        "ประกาศ อบต.บึงสะแกทอง เรื่อง รายชื่อผู้ผ่านการเลือกสรรเป็นพนักงานจ้าง",
        (
            "ประกาศองค์การบริหารส่วนตำบลบึงสะแกทอง",
            "เรื่อง รายชื่อผู้ผ่านการสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการเงินและบัญชี",
            "ตามที่องค์การบริหารส่วนตำบลบึงสะแกทอง ได้ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง และได้ดำเนินการสอบข้อเขียนและสอบสัมภาษณ์เสร็จสิ้นแล้ว บัดนี้ คณะกรรมการได้ประมวลผลคะแนนเรียบร้อยแล้ว",
            "ผู้ผ่านการเลือกสรร ลำดับที่ 1 ได้แก่ นางสาวกนกวรรณ ศรีสุข ให้มารายงานตัวเพื่อทำสัญญาจ้าง ณ สำนักปลัด อบต.บึงสะแกทอง ภายในวันที่ 1 สิงหาคม 2567 หากไม่มารายงานตัวภายในกำหนด จะถือว่าสละสิทธิ์",
            "ประกาศ ณ วันที่ 24 กรกฎาคม พ.ศ. 2567",
            *_SIGN,
        ),
        CLERK,
        tags=(8,),
        style="notice",
        centred=(0, 1, 4, 5, 6),
    ),
    _Post(
        30,
        1,
        "2024-08-09",
        "10:45",
        "ขอเชิญร่วมงานวันแม่แห่งชาติ และกิจกรรมเชิดชูแม่ดีเด่น ประจำปี 2567",
        (
            "อบต.บึงสะแกทอง ขอเชิญชวนประชาชนร่วมงานวันแม่แห่งชาติ ในวันจันทร์ที่ 12 สิงหาคม 2567 ตั้งแต่เวลา 07.00 น. ณ หอประชุม อบต.บึงสะแกทอง กิจกรรมประกอบด้วยพิธีทำบุญตักบาตร พิธีถวายพระพรชัยมงคล และการมอบเกียรติบัตรแม่ดีเด่นประจำตำบล",
            "ในปีนี้คณะกรรมการได้คัดเลือกแม่ดีเด่นจากทุกหมู่บ้าน รวม 11 ท่าน ซึ่งเป็นแบบอย่างในการเลี้ยงดูบุตรและการทำประโยชน์แก่ชุมชน",
            "ขอเชิญชวนผู้เข้าร่วมงานแต่งกายด้วยชุดผ้าไทยโทนสีฟ้า",
        ),
        PR,
        tags=(4,),
    ),
    _Post(
        31,
        2,
        "2024-08-13",
        "16:25",
        "กองช่างซ่อมแซมถนนลูกรังที่เสียหายจากน้ำฝน หมู่ที่ 2 และหมู่ที่ 7",
        (
            "ระหว่างวันที่ 8 - 13 สิงหาคม 2567 กองช่าง อบต.บึงสะแกทอง นำเครื่องจักรเข้าปรับเกรดและลงหินคลุกถนนลูกรังที่ได้รับความเสียหายจากฝนตกหนัก ในหมู่ที่ 2 บ้านท่าตะแบก และหมู่ที่ 7 บ้านหนองปลาไหล รวมระยะทางประมาณ 3.2 กิโลเมตร",
            "ถนนทั้งสองสายเป็นเส้นทางขนส่งผลผลิตทางการเกษตรและเส้นทางไปโรงเรียน ซึ่งประชาชนได้เสนอไว้ในการประชุมประชาคมหมู่บ้านเมื่อเดือนมิถุนายนที่ผ่านมา อ่านข่าวการประชุมประชาคมได้ที่",
            "หากพบถนนชำรุดจุดอื่น แจ้งได้ที่กองช่างหรือผ่านระบบ e-Service ของ อบต.",
        ),
        ENGINEER,
        tags=(7,),
        photos=2,
        extra_link=(1, "/blog/news-1/25", "ข่าวประชุมประชาคม"),
    ),
    _Post(
        33,
        3,
        "2024-08-28",
        "11:00",
        "ประกาศ เรื่อง เรียกประชุมสภาองค์การบริหารส่วนตำบลบึงสะแกทอง สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
        (
            "ประกาศสภาองค์การบริหารส่วนตำบลบึงสะแกทอง",
            "เรื่อง เรียกประชุมสภาองค์การบริหารส่วนตำบลบึงสะแกทอง สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
            "ตามที่สภาองค์การบริหารส่วนตำบลบึงสะแกทอง ได้กำหนดสมัยประชุมสามัญ สมัยที่ 3 ประจำปี 2567 ไว้ระหว่างวันที่ 1 - 30 สิงหาคม 2567 นั้น อาศัยอำนาจตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 จึงเรียกประชุมสภาในวันที่ 29 สิงหาคม 2567 เวลา 09.30 น. ณ ห้องประชุมสภา อบต.บึงสะแกทอง",
            "วาระสำคัญ ได้แก่ การพิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่สองและวาระที่สาม ประชาชนที่สนใจสามารถเข้ารับฟังการประชุมได้",
            "ประกาศ ณ วันที่ 26 สิงหาคม พ.ศ. 2567",
            "(นายสมศักดิ์ บุญมาก)",
            "ประธานสภาองค์การบริหารส่วนตำบลบึงสะแกทอง",
        ),
        CLERK,
        tags=(12,),
        style="notice",
        pdf="ประกาศเรียกประชุมสภา-สมัยที่3-2567.pdf",
        centred=(0, 1, 4, 5, 6),
    ),
    _Post(
        35,
        1,
        "2024-09-10",
        "18:20",
        "แจ้งเตือนประชาชนเฝ้าระวังน้ำล้นตลิ่งบริเวณริมแม่น้ำวังทอง",
        (
            "ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.บึงสะแกทอง ได้รับแจ้งจากอำเภอวังทองว่า ระหว่างวันที่ 11 - 15 กันยายน 2567 จะมีฝนตกหนักถึงหนักมากในพื้นที่ ระดับน้ำในแม่น้ำวังทองอาจเพิ่มสูงขึ้นและล้นตลิ่งในบางจุด",
            "ขอให้ประชาชนที่อาศัยอยู่ริมน้ำในหมู่ที่ 1, 2 และ 8 ขนย้ายสิ่งของและสัตว์เลี้ยงขึ้นที่สูง ติดตามประกาศของทางราชการอย่างใกล้ชิด และหลีกเลี่ยงการสัญจรผ่านถนนที่มีน้ำไหลผ่าน",
            "อบต. ได้เตรียมกระสอบทราย เรือท้องแบน และเครื่องสูบน้ำไว้พร้อมแล้ว หากต้องการความช่วยเหลือ ติดต่อได้ที่ 0 5531 4027 หรือ 199 ตลอด 24 ชั่วโมง",
        ),
        CLERK,
        tags=(11,),
        photos=1,
    ),
    # scheduled (post_date in the future): listed in the sitemap, 302 to its blog for visitors
    _Post(
        37,
        1,
        "2024-09-20",
        "09:00",
        "ขอเชิญร่วมโครงการตรวจสุขภาพเคลื่อนที่ ประจำปี 2567",
        ("อบต.บึงสะแกทอง จะจัดหน่วยตรวจสุขภาพเคลื่อนที่",),
        HEALTH,
        tags=(2,),
        visible=False,
    ),
)
VISIBLE = tuple(p for p in POSTS if p.visible)
BY_ID = {p.id: p for p in POSTS}
BARE_LINK_POST = 26  # the home banner links /blog/news-1/26 (301 to the seo slug)


@dataclass(frozen=True)
class _Event:
    id: int
    name: str
    name_en: str
    begin: str  # local 'YYYY-MM-DD HH:MM'
    end: str
    place: str
    text: tuple[str, ...]
    tags: tuple[int, ...]
    etype: int


EVENT_TAGS: dict[int, tuple[str, str, int]] = {  # id -> (Thai, English, category)
    1: ("ประเพณีและวัฒนธรรม", "Culture", 1),
    2: ("กีฬาและนันทนาการ", "Sports", 1),
    3: ("สุขภาพ", "Health", 1),
    4: ("อบรมและประชุม", "Training", 1),
    5: ("เด็กและเยาวชน", "Youth", 2),
    6: ("ผู้สูงอายุ", "Elderly", 2),
    7: ("ประชาชนทั่วไป", "Everyone", 2),
}
EVENT_CATEGORIES = {1: ("ประเภทกิจกรรม", "Category"), 2: ("กลุ่มเป้าหมาย", "Audience")}
EVENT_TYPES = {1: ("งานประเพณี", "Festival"), 2: ("การประชุม/อบรม", "Meeting"), 3: ("การแข่งขันกีฬา", "Sports")}
THAILAND = 217
EVENTS: tuple[_Event, ...] = (
    _Event(
        3,
        "ประชุมประชาคมหมู่บ้าน ทบทวนแผนพัฒนาท้องถิ่น",
        "",
        "2024-06-10 09:00",
        "2024-06-19 16:00",
        "ศาลาอเนกประสงค์ทุกหมู่บ้าน",
        ("ประชุมประชาคมหมู่บ้านเพื่อรับฟังความต้องการของประชาชน ประกอบการทบทวนแผนพัฒนาท้องถิ่น",),
        (4, 7),
        2,
    ),
    _Event(
        4,
        "แห่เทียนพรรษา ประจำปี 2567",
        "Candle Procession 2024",
        "2024-07-19 08:00",
        "2024-07-19 12:00",
        "วัดบึงสะแกทอง",
        ("ขบวนแห่เทียนพรรษาจากหอประชุม อบต. ไปยังวัดในตำบล ขอเชิญทุกหมู่บ้านร่วมขบวน",),
        (1, 7),
        1,
    ),
    _Event(
        5,
        "งานวันแม่แห่งชาติ 2567",
        "Mother's Day 2024",
        "2024-08-12 07:00",
        "2024-08-12 12:00",
        "หอประชุม อบต.บึงสะแกทอง",
        ("พิธีทำบุญตักบาตร ถวายพระพรชัยมงคล และมอบเกียรติบัตรแม่ดีเด่น",),
        (1, 7),
        1,
    ),
    _Event(
        6,
        "ตรวจสุขภาพเคลื่อนที่ ผู้สูงอายุ",
        "",
        "2024-09-20 08:30",
        "2024-09-20 15:00",
        "ศาลาอเนกประสงค์หมู่ที่ 3",
        ("ตรวจวัดความดันโลหิต ระดับน้ำตาลในเลือด และคัดกรองสายตา สำหรับผู้สูงอายุและผู้ป่วยโรคเรื้อรัง โปรดนำบัตรประจำตัวประชาชนมาด้วย",),
        (3, 6),
        2,
    ),
    _Event(
        7,
        "การแข่งขันฟุตบอล อบต.บึงสะแกทองคัพ ครั้งที่ 9",
        "Bueng Sakae Thong Cup 2024",
        "2024-10-05 13:00",
        "2024-10-20 18:00",
        "สนามกีฬา อบต.บึงสะแกทอง",
        (
            "การแข่งขันฟุตบอลเยาวชนรุ่นอายุไม่เกิน 15 ปี และประชาชนทั่วไป รับสมัครทีมละไม่เกิน 20 คน ภายในวันที่ 30 กันยายน 2567",
            "ทีมชนะเลิศจะได้รับถ้วยรางวัลและเงินรางวัล 10,000 บาท",
        ),
        (2, 5, 7),
        3,
    ),
    _Event(
        8,
        "งานประเพณีออกพรรษาและแข่งเรือยาว",
        "",
        "2024-10-18 08:00",
        "2024-10-19 17:00",
        "ท่าน้ำวัดท่าตะแบก",
        ("ทำบุญตักบาตรเทโว และการแข่งขันเรือยาวประเพณี ชิงถ้วยนายก อบต.บึงสะแกทอง",),
        (1, 2, 7),
        1,
    ),
    _Event(
        9,
        "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรทบทวน",
        "",
        "2024-11-06 08:30",
        "2024-11-08 16:30",
        "หอประชุม อบต.บึงสะแกทอง",
        ("หลักสูตรทบทวนสำหรับสมาชิก อปพร. ที่ผ่านการอบรมมาแล้วเกิน 3 ปี ผู้สนใจสมัครได้ที่สำนักปลัด",),
        (4, 7),
        2,
    ),
    _Event(
        10,
        "ลอยกระทง ประจำปี 2567",
        "Loy Krathong 2024",
        "2024-11-15 17:00",
        "2024-11-15 23:00",
        "สระน้ำสาธารณะหมู่ที่ 5",
        ("ประกวดกระทงจากวัสดุธรรมชาติ ประกวดหนูน้อยนพมาศ และการแสดงของนักเรียน",),
        (1, 5, 7),
        1,
    ),
)
EV_BY_ID = {e.id: e for e in EVENTS}

# static website.page records: url -> (Thai title, English title, Thai paragraphs, English paragraphs or None)
PAGES: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...] | None]] = {
    "/aboutus": (
        "ข้อมูลทั่วไป",
        "About us",
        (
            "ตำบลบึงสะแกทองตั้งอยู่ทางทิศตะวันออกของอำเภอวังทอง จังหวัดพิษณุโลก มีพื้นที่ประมาณ 48 ตารางกิโลเมตร แบ่งการปกครองออกเป็น 11 หมู่บ้าน มีประชากรประมาณ 7,900 คน",
            "พื้นที่ส่วนใหญ่เป็นที่ราบลุ่ม เหมาะแก่การทำนาและปลูกพืชไร่ มีแม่น้ำวังทองไหลผ่านทางทิศเหนือ และมีบึงสาธารณะขนาดใหญ่กลางตำบลซึ่งเป็นที่มาของชื่อตำบล",
        ),
        (
            "Bueng Sakae Thong lies east of Wang Thong district, Phitsanulok. It covers about 48 square kilometres in 11 villages with some 7,900 people.",
            "Most of the land is lowland rice fields; the Wang Thong river runs along the north and a large public lake lies in the middle of the subdistrict.",
        ),
    ),
    "/history": (
        "ประวัติความเป็นมา",
        "History",
        (
            "เดิมพื้นที่ตำบลบึงสะแกทองเป็นส่วนหนึ่งของตำบลวังทอง ชาวบ้านรุ่นแรกอพยพมาตั้งถิ่นฐานริมบึงซึ่งมีต้นสะแกขึ้นอยู่โดยรอบ เมื่อถึงฤดูแล้งใบสะแกจะเปลี่ยนเป็นสีเหลืองทองสะท้อนผิวน้ำ จึงเรียกกันว่าบึงสะแกทอง",
            "ต่อมาได้รับการยกฐานะเป็นสภาตำบล และยกฐานะเป็นองค์การบริหารส่วนตำบลบึงสะแกทองเมื่อปี พ.ศ. 2539 ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537",
        ),
        None,
    ),
    "/vision": (
        "วิสัยทัศน์และพันธกิจ",
        "Vision and mission",
        (
            "วิสัยทัศน์ ตำบลน่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีคุณภาพชีวิตที่ดี สิ่งแวดล้อมยั่งยืน",
            "พันธกิจ พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน ส่งเสริมอาชีพและรายได้ของประชาชน ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม และบริหารจัดการทรัพยากรธรรมชาติอย่างยั่งยืน",
        ),
        (
            "Vision: a liveable subdistrict with a sufficiency economy, a good quality of life and a sustainable environment.",
        ),
    ),
    "/executives": (
        "คณะผู้บริหาร",
        "Executives",
        (
            "นายวีระพงษ์ แก้วประเสริฐ นายกองค์การบริหารส่วนตำบลบึงสะแกทอง",
            "นายประยูร จันทร์หอม รองนายกองค์การบริหารส่วนตำบล และนางบุญเรือน ทองดี รองนายกองค์การบริหารส่วนตำบล",
            "นางสาวพัชรินทร์ ทองมา ปลัดองค์การบริหารส่วนตำบลบึงสะแกทอง",
        ),
        None,
    ),
    "/ita": (
        "การเปิดเผยข้อมูลสาธารณะ (ITA)",
        "Open data (ITA)",
        (
            "องค์การบริหารส่วนตำบลบึงสะแกทอง เปิดเผยข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567 ดังรายการต่อไปนี้",
        ),
        None,
    ),
    "/cookie-policy": (
        "นโยบายคุกกี้",
        "Cookie Policy",
        (
            "เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นเพื่อให้เว็บไซต์ทำงานได้ เช่น การจดจำภาษาที่ท่านเลือก และคุกกี้เพื่อการวิเคราะห์การใช้งานเมื่อท่านให้ความยินยอม",
            "ท่านสามารถลบหรือปิดการใช้งานคุกกี้ได้จากการตั้งค่าเบราว์เซอร์ของท่าน",
        ),
        (
            "This website uses essential cookies (for example to remember your language) and, with your consent, analytics cookies.",
        ),
    ),
}
ITA_DOCS = (
    (2301, "O1 โครงสร้างหน่วยงาน.pdf"),
    (2302, "O2 ข้อมูลผู้บริหาร.pdf"),
    (2303, "O10 แผนดำเนินงานประจำปี 2567.pdf"),
    (2304, "O12 รายงานผลการดำเนินงาน 2566.pdf"),
    (2305, "O20 แผนการจัดซื้อจัดจ้าง 2567.pdf"),
)

LABELS = {
    "th": {
        "home": "หน้าหลัก",
        "about": "เกี่ยวกับเรา",
        "newsmenu": "ข่าวสาร",
        "allblogs": "บล็อกทั้งหมด",
        "allnews": "ข่าวทั้งหมด",
        "events": "กิจกรรม",
        "contact": "ติดต่อเรา",
        "signin": "เข้าสู่ระบบ",
        "search": "ค้นหา...",
        "readnext": "อ่านต่อ",
        "share": "แชร์",
        "tags": "แท็ก",
        "archives": "คลังเก็บ",
        "alldates": "-- ทุกวันที่",
        "latest": "ข่าวล่าสุด",
        "in": "ใน",
        "noposts": "ยังไม่มีโพสต์ในบล็อก",
        "comment": "แสดงความคิดเห็น",
        "comment_btn": "ส่งความคิดเห็น",
        "login_comment": "เข้าสู่ระบบเพื่อแสดงความคิดเห็นในนามสมาชิก",
        "name": "ชื่อ",
        "cookies": "เราใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีขึ้นบนเว็บไซต์นี้",
        "cookie_policy": "นโยบายคุกกี้",
        "essential": "เฉพาะที่จำเป็น",
        "accept": "ยอมรับทั้งหมด",
        "powered": "ขับเคลื่อนโดย",
        "website_builder": "เครื่องมือสร้างเว็บไซต์โอเพ่นซอร์ส",
        "upcoming": "กิจกรรมที่กำลังจะมาถึง",
        "past": "กิจกรรมที่ผ่านมา",
        "register": "ลงทะเบียน",
        "closed": "กิจกรรมนี้ปิดรับลงทะเบียนแล้ว",
        "when": "วันและเวลา",
        "where": "สถานที่",
        "ical": "เพิ่มลงในปฏิทิน iCal/Outlook",
        "gcal": "เพิ่มลงใน Google Calendar",
        "allcountries": "ทุกประเทศ",
        "thailand": "ไทย",
        "alltypes": "ทุกประเภท",
        "notfound": "อุ๊ย! ไม่พบหน้านี้",
        "follow": "ติดตามเรา",
        "dates": {
            "all": "กิจกรรมที่กำลังจะมาถึง",
            "today": "วันนี้",
            "week": "สัปดาห์นี้",
            "nextweek": "สัปดาห์หน้า",
            "month": "เดือนนี้",
            "nextmonth": "เดือนหน้า",
            "old": "กิจกรรมที่ผ่านมา",
        },
    },
    "en": {
        "home": "Home",
        "about": "About us",
        "newsmenu": "News",
        "allblogs": "All Blogs",
        "allnews": "All news",
        "events": "Events",
        "contact": "Contact us",
        "signin": "Sign in",
        "search": "Search...",
        "readnext": "Read Next",
        "share": "Share",
        "tags": "Tags",
        "archives": "Archives",
        "alldates": "-- All dates",
        "latest": "Latest news",
        "in": "in",
        "noposts": "No post yet.",
        "comment": "Leave a comment",
        "comment_btn": "Post comment",
        "login_comment": "Sign in to comment as a member",
        "name": "Name",
        "cookies": "We use cookies to provide you a better user experience on this website.",
        "cookie_policy": "Cookie Policy",
        "essential": "Only essentials",
        "accept": "I agree",
        "powered": "Powered by",
        "website_builder": "Open Source Website",
        "upcoming": "Upcoming Events",
        "past": "Past Events",
        "register": "Register",
        "closed": "Registrations are closed",
        "when": "Date & Time",
        "where": "Location",
        "ical": "Add to iCal/Outlook",
        "gcal": "Add to Google Calendar",
        "allcountries": "All Countries",
        "thailand": "Thailand",
        "alltypes": "All Types",
        "notfound": "Oops! Page not found",
        "follow": "Follow us",
        "dates": {
            "all": "Upcoming Events",
            "today": "Today",
            "week": "This Week",
            "nextweek": "Next Week",
            "month": "This month",
            "nextmonth": "Next month",
            "old": "Past Events",
        },
    },
}
_EN_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNSLUG = re.compile(r"(?:(\w{1,2}|\w[A-Za-z0-9-_]+?\w)-)?(-?\d+)")


# -- Odoo helpers -------------------------------------------------------------------------------------
def _slugify(text: str) -> str:
    """http_routing's slugify_one without python-slugify: ASCII only, so Thai letters vanish."""
    uni = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[\W_]", " ", uni).strip().lower()
    return re.sub(r"[-\s]+", "-", out)


def _slug(ident: int, name: str) -> str:
    base = _slugify(name).strip().strip("-")
    return f"{base}-{ident}" if base else str(ident)


def _unslug(seg: str) -> int | None:
    m = _UNSLUG.fullmatch(seg)
    return int(m.group(2)) if m else None


def _lp(lang: str, path: str) -> str:
    """url_for: the language prefix for non-default languages."""
    if lang == "th":
        return path
    return "/en" if path == "/" else "/en" + path


def blog_slug(b: int) -> str:
    return _slug(b, BLOGS[b][2])


def post_slug(p: _Post) -> str:
    return _slug(p.id, p.seo or p.title)


def post_path(p: _Post) -> str:
    return f"/blog/{blog_slug(p.blog)}/{post_slug(p)}"


def tag_name(t: int, lang: str) -> str:
    return TAGS[t][0 if lang == "th" else 1]


def tag_slug(t: int, lang: str) -> str:
    return _slug(t, tag_name(t, lang))


def event_name(e: _Event, lang: str) -> str:
    return e.name_en if lang == "en" and e.name_en else e.name


def event_slug(e: _Event, lang: str) -> str:
    return _slug(e.id, event_name(e, lang))


def _date_short(d: date, lang: str) -> str:
    """babel 'MMM d, yyyy' (th_TH: Thai abbreviation, Gregorian year)."""
    if lang == "en":
        return f"{_EN_MON[d.month - 1]} {d.day}, {d.year}"
    return f"{MONTHS_ABBR[d.month - 1]} {d.day}, {d.year}"


def _date_long(d: date, lang: str) -> str:
    """babel 'EEEE d MMMM yyyy'."""
    if lang == "en":
        return f"{_EN_DAY[d.weekday()]} {d.day} {_EN_MONTH[d.month - 1]} {d.year}"
    return f"วัน{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def _hex(text: str, n: int = 40) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def _csrf(key: str) -> str:
    return f"{_hex('csrf:' + key)}o{CSRF_EXPIRY}"


def _teaser(p: _Post) -> str:
    text = " ".join(p.paragraphs)
    return text[:200] + "..."


def _ev_local(s: str) -> datetime:
    d, t = s.split(" ")
    return local_dt(d, t)


def _ev_utc(s: str) -> str:
    return _ev_local(s).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _qs(pairs: list[tuple[str, str]]) -> str:
    return urlencode(pairs)


class _Odoo:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.b = site.base_url
        self.non_articles: list[str] = []

    # -- media paths ----------------------------------------------------------------------------------
    def photo(self, p: _Post, k: int) -> str:
        att = 1400 + p.id * 10 + k
        return f"/web/image/{att}-{_hex(f'img{att}', 8)}/IMG_{p.date.replace('-', '')}_{k:02d}.jpg"

    def cover(self, p: _Post) -> str:
        att = 1400 + p.id * 10
        return f"/web/image/{att}-{_hex(f'cover{att}', 8)}/cover.jpg"

    def pdf_path(self, p: _Post) -> str:
        return f"/web/content/{2200 + p.id}?download=true"

    def logo(self) -> str:
        return f"/web/image/website/1/logo/{SITE_SHORT}?unique=7c1e0b4"

    # -- frame --------------------------------------------------------------------------------------------
    def page(
        self,
        lang: str,
        path: str,
        title: str,
        main: str,
        *,
        main_object: str = "website.page(1,)",
        canonical: str | None = None,
        head: str = "",
        status: int = 200,
        active: str = "",
        query: str = "",
    ) -> Response:
        L = LABELS[lang]
        b = self.b
        canon = b + _lp(lang, canonical if canonical is not None else path)
        here = path + (f"?{query}" if query else "")
        alternates = (
            f'<link rel="alternate" hreflang="th" href="{b}{attr(path)}"/>\n'
            f'        <link rel="alternate" hreflang="en" href="{b}{attr(_lp("en", path))}"/>\n'
            f'        <link rel="alternate" hreflang="x-default" href="{b}{attr(path)}"/>'
        )

        def nav(href: str, label: str, key: str) -> str:
            cls = " active" if key == active else ""
            return f'<li role="presentation" class="nav-item"><a role="menuitem" href="{_lp(lang, href)}" class="nav-link{cls}"><span>{label}</span></a></li>'

        about_items = "".join(
            f'<li><a role="menuitem" href="{_lp(lang, u)}" class="dropdown-item ">{esc(PAGES[u][0 if lang == "th" else 1])}</a></li>'
            for u in ("/history", "/aboutus", "/vision", "/executives")
        )
        news_items = (
            f'<li><a role="menuitem" href="{_lp(lang, "/blog")}" class="dropdown-item ">{L["allnews"]}</a></li>'
            + "".join(
                f'<li><a role="menuitem" href="{_lp(lang, "/blog/" + blog_slug(bid))}" class="dropdown-item ">{esc(BLOGS[bid][0 if lang == "th" else 1])}</a></li>'
                for bid in BLOGS
            )
        )
        latest = "\n".join(
            f'<li class="list-unstyled"><a href="{_lp(lang, post_path(p))}">{esc(p.title)}</a> <small class="text-muted">{_date_short(p.d, lang)}</small></li>'
            for p in sorted(VISIBLE, key=lambda p: p.utc, reverse=True)[:5]
        )
        langs = (
            f'<a href="{attr(here)}" class="dropdown-item js_change_lang{" active" if lang == "th" else ""}" data-url_code="th" title="ไทย / Thai"><span class="align-middle">ไทย</span></a>\n'
            f'<a href="{attr(_lp("en", here))}" class="dropdown-item js_change_lang{" active" if lang == "en" else ""}" data-url_code="en" title="English (US)"><span class="align-middle">English (US)</span></a>'
        )
        html_lang = "th-TH" if lang == "th" else "en-US"
        site_name = SITE if lang == "th" else SITE_EN
        text = f"""<!DOCTYPE html>
<html lang="{html_lang}" data-website-id="1" data-main-object="{main_object}">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
        <meta property="og:site_name" content="{attr(site_name)}"/>
        <meta property="og:url" content="{attr(canon)}"/>
{head}
        <link rel="canonical" href="{attr(canon)}"/>
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin=""/>
        <title>{esc(title)}</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=7c1e0b4"/>
        <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0" as="font" crossorigin=""/>
        <link type="text/css" rel="stylesheet" href="/web/assets/2871-0d7f3a1/1/web.assets_frontend.min.css" data-asset-bundle="web.assets_frontend" data-asset-version="0d7f3a1"/>
        {alternates}
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{
                csrf_token: "{_csrf(here)}",
                debug: "",
            }};
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = {{"is_admin": false, "is_system": false, "is_website_user": true, "user_id": false, "is_frontend": true, "profile_session": null, "profile_collectors": null, "profile_params": null, "show_effect": true, "bundle_params": {{"lang": "{"th_TH" if lang == "th" else "en_US"}", "website_id": 1}}, "translationURL": "/website/translations", "cache_hashes": {{"translations": "{_hex("tr" + lang)}"}}, "geoip_country_code": null, "geoip_phone_code": null, "lang_url_code": "{lang}"}};
            if (!/(^|;\\s)tz=/.test(document.cookie)) {{
                const userTZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
                document.cookie = `tz=${{userTZ}}; path=/`;
            }}
        </script>
        <script defer="defer" type="text/javascript" src="/web/assets/2872-5b9e4c2/1/web.assets_frontend_minimal.min.js" data-asset-bundle="web.assets_frontend_minimal" data-asset-version="5b9e4c2"></script>
        <script defer="defer" type="text/javascript" data-src="/web/assets/2873-a41c8d9/1/web.assets_frontend_lazy.min.js" data-asset-bundle="web.assets_frontend_lazy" data-asset-version="a41c8d9"></script>
    </head>
    <body class="">
        <div id="wrapwrap" class="   ">
            <header id="top" data-anchor="true" data-name="Header" class="  o_header_standard">
                <nav data-name="Navbar" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
                    <div id="top_menu_container" class="container justify-content-start justify-content-lg-between">
                        <a href="{_lp(lang, "/")}" class="navbar-brand logo me-4">
                            <span role="img" aria-label="Logo of {attr(site_name)}" title="{attr(site_name)}"><img src="{self.logo()}" class="img img-fluid" width="95" height="40" alt="{attr(site_name)}" loading="lazy"/></span>
                        </a>
                        <button type="button" data-bs-toggle="collapse" data-bs-target="#top_menu_collapse" class="navbar-toggler ms-auto"><span class="navbar-toggler-icon o_not_editable"></span></button>
                        <div id="top_menu_collapse" class="collapse navbar-collapse order-last order-lg-0">
                            <ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1">
                                {nav("/", L["home"], "home")}
                                <li class="nav-item dropdown  "><a data-bs-toggle="dropdown" href="#" class="nav-link dropdown-toggle "><span>{L["about"]}</span></a><ul class="dropdown-menu" role="menu">{about_items}</ul></li>
                                <li class="nav-item dropdown  "><a data-bs-toggle="dropdown" href="#" class="nav-link dropdown-toggle {"active" if active == "blog" else ""}"><span>{L["newsmenu"]}</span></a><ul class="dropdown-menu" role="menu">{news_items}</ul></li>
                                {nav("/event", L["events"], "event")}
                                {nav("/ita", "ITA", "ita")}
                                {nav("/contactus", L["contact"], "contact")}
                                <li class="nav-item ms-lg-auto o_no_autohide_item"><a href="/web/login" class="nav-link fw-bold">{L["signin"]}</a></li>
                                <li class="nav-item dropdown ms-2">
                                    <div class="js_language_selector  dropdown d-print-none">
                                        <button type="button" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="true" class="btn btn-sm btn-outline-secondary border-0 dropdown-toggle "><span class="align-middle">{"ไทย" if lang == "th" else "English (US)"}</span></button>
                                        <div role="menu" class="dropdown-menu ">
{langs}
                                        </div>
                                    </div>
                                </li>
                            </ul>
                        </div>
                    </div>
                </nav>
            </header>
            <main>
{main}
            </main>
            <footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
                <div id="footer" class="oe_structure oe_structure_solo">
                    <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text">
                        <div class="container">
                            <div class="row">
                                <div class="col-lg-4 pt24 pb24">
                                    <h5 class="mb-3">{esc(site_name)}</h5>
                                    <p>{esc(ADDRESS if lang == "th" else ADDRESS_EN)}<br/>โทรศัพท์ <a href="tel:055314027">{PHONE}</a><br/><a href="mailto:{EMAIL}">{EMAIL}</a></p>
                                    <div class="s_social_media text-start o_not_editable" data-snippet="s_social_media" data-name="Social Media"><h5 class="s_social_media_title d-none">{L["follow"]}</h5><a href="/website/social/facebook" class="s_social_media_facebook" target="_blank"><i class="fa fa-facebook rounded-circle shadow-sm o_editable_media"></i></a><a href="https://line.me/R/ti/p/@bstsao" class="s_social_media_line" target="_blank"><i class="fa fa-comment rounded-circle shadow-sm o_editable_media"></i></a></div>
                                </div>
                                <div class="col-lg-5 pt24 pb24">
                                    <h5 class="mb-3">{L["latest"]}</h5>
                                    <ul class="list-unstyled o_footer_latest_news">
{latest}
                                    </ul>
                                </div>
                                <div class="col-lg-3 pt24 pb24">
                                    <h5 class="mb-3">ลิงก์หน่วยงาน</h5>
                                    <ul class="list-unstyled">
                                        <li><a href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
                                        <li><a href="https://www.phitsanulok.go.th/" target="_blank">จังหวัดพิษณุโลก</a></li>
                                        <li><a href="https://www.gprocurement.go.th/" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ</a></li>
                                        <li><a href="{_lp(lang, "/cookie-policy")}">{L["cookie_policy"]}</a></li>
                                    </ul>
                                </div>
                            </div>
                        </div>
                    </section>
                </div>
                <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
                    <div class="container py-3">
                        <div class="row">
                            <div class="col-sm text-center text-sm-start text-muted">
                                <span class="o_footer_copyright_name me-2">Copyright &copy; {esc(site_name)}</span>
                            </div>
                            <div class="col-sm text-center text-sm-end o_not_editable">
                                <div class="o_brand_promotion">{L["powered"]} <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website"><img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"/></a> - {L["website_builder"]}</div>
                            </div>
                        </div>
                    </div>
                </div>
            </footer>
            <div id="website_cookies_bar" class="s_popup o_snippet_invisible o_no_save d-none" data-name="Cookies Bar" data-vcss="001" data-invisible="1">
                <div class="modal s_popup_bottom s_popup_no_backdrop o_cookies_discrete modal_shown" data-show-after="500" data-display="afterDelay" data-consents-duration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false" tabindex="-1" role="dialog">
                    <div class="modal-dialog d-flex s_popup_size_full">
                        <div class="modal-content oe_structure">
                            <section class="o_colored_level o_cc o_cc1">
                                <div class="container">
                                    <div class="row">
                                        <div class="col-lg-8 pt16"><p><span class="pe-1">{L["cookies"]}</span><a href="{_lp(lang, "/cookie-policy")}" class="o_cookies_bar_text_policy">{L["cookie_policy"]}</a></p></div>
                                        <div class="col-lg-4 text-end pt16 pb16"><a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">{L["essential"]}</a> <a href="#" id="cookies-consent-all" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">{L["accept"]}</a></div>
                                    </div>
                                </div>
                            </section>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </body>
</html>
"""
        session = _hex("session:" + here)
        headers = (
            ("Content-Type", "text/html; charset=utf-8"),
            (
                "Set-Cookie",
                f"session_id={session}; Expires=Mon, 16 Sep 2025 03:00:00 GMT; Max-Age=31536000; HttpOnly; Path=/",
            ),
            ("Set-Cookie", f"frontend_lang={'th_TH' if lang == 'th' else 'en_US'}; Path=/"),
            ("X-Content-Type-Options", "nosniff"),
        )
        return Response(status, headers, text.encode("utf-8"))

    # -- blog -------------------------------------------------------------------------------------------
    def blogs_nav(self, lang: str, current: int | None, search_action: str) -> str:
        L = LABELS[lang]
        items = [
            f'<li class="nav-item"><a href="{_lp(lang, "/blog")}" class="nav-link{" active" if current is None else ""}">{L["allblogs"]}</a></li>'
        ]
        for bid, (th, en, _s) in BLOGS.items():
            cls = " active" if bid == current else ""
            items.append(
                f'<li class="nav-item"><a href="{_lp(lang, "/blog/" + blog_slug(bid))}" class="nav-link{cls}">{esc(th if lang == "th" else en)}</a></li>'
            )
        return f"""<nav class="navbar navbar-expand-sm navbar-light border-top shadow-sm d-print-none">
    <div class="container">
        <ul class="navbar-nav">{"".join(items)}</ul>
        <form method="get" class="o_searchbar_form o_wait_lazy_js s_searchbar_input ms-auto" action="{_lp(lang, search_action)}" data-snippet="s_searchbar_input">
            <div role="search" class="input-group input-group-sm">
                <input type="search" name="search" class="search-query form-control oe_search_box border-0 bg-light" placeholder="{L["search"]}" data-search-type="blogs" data-limit="5" data-display-image="true" data-display-description="true" data-display-extra-link="true" data-display-detail="false" data-order-by="name asc" autocomplete="off"/>
                <button type="submit" aria-label="{L["search"]}" title="{L["search"]}" class="btn oe_search_button btn-light"><i class="fa fa-search"></i></button>
            </div>
        </form>
    </div>
</nav>"""

    def archive_select(self, lang: str, blog: int | None, links: bool = False) -> str:
        """Odoo 16's Archives <select>; on listings the theme adds the same months as a list of links."""
        L = LABELS[lang]
        months: dict[int, list[tuple[int, int]]] = {}
        seen: set[tuple[int, int]] = set()
        for p in sorted(VISIBLE, key=lambda p: p.utc, reverse=True):
            if blog is not None and p.blog != blog:
                continue
            ym = (p.d.year, p.d.month)
            if ym not in seen:
                seen.add(ym)
                months.setdefault(ym[0], []).append(ym)
        base = _lp(lang, "/blog" + (f"/{blog_slug(blog)}" if blog else ""))
        groups = []
        items = []
        for year, yms in months.items():
            opts = []
            for y, m in yms:
                nxt = date(y + (m == 12), m % 12 + 1, 1)
                q = _qs([("date_begin", f"{y}-{m:02d}-01 00:00:00"), ("date_end", f"{nxt:%Y-%m-%d} 00:00:00")])
                label = MONTHS[m - 1] if lang == "th" else _EN_MONTH[m - 1]
                opts.append(f'<option value="{attr(base + "?" + q)}">{label}</option>')
                items.append(f'<li><a href="{attr(base + "?" + q)}" rel="nofollow">{label} {y}</a></li>')
            groups.append(f'<optgroup label="{year}">{"".join(opts)}</optgroup>')
        return f"""<div class="o_wblog_sidebar_block pb-5">
    <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{L["archives"]}</h6>
    <select name="archive" oninput="location = this.value;" class="form-select">
        <option value="{base}" selected="true">{L["alldates"]}</option>
        {"".join(groups)}
    </select>
    {f'<ul class="list-unstyled o_wblog_archive_list mt-3 small">{"".join(items)}</ul>' if links else ""}
</div>"""

    def tag_cloud(self, lang: str, blog: int | None, active: list[int], keep: list[tuple[str, str]]) -> str:
        L = LABELS[lang]
        used = sorted(
            {t for p in VISIBLE if blog is None or p.blog == blog for t in p.tags},
            key=lambda t: tag_name(t, lang).upper(),
        )
        links = []
        for t in used:
            ids = [a for a in active if a != t] if t in active else [*active, t]
            slug = ",".join(tag_slug(i, lang) for i in ids)
            path = "/blog" + (f"/{blog_slug(blog)}" if blog else "") + (f"/tag/{slug}" if slug else "")
            href = _lp(lang, path) + (f"?{_qs(keep)}" if keep else "")
            cls = "badge border post_link text-truncate" + (" text-bg-primary" if t in active else " text-primary")
            links.append(f'<a href="{attr(href)}" class="{cls}" rel="nofollow">{esc(tag_name(t, lang))}</a>')
        return f"""<div class="o_wblog_sidebar_block pb-5">
    <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{L["tags"]}</h6>
    <div class="h5">{" ".join(links)}</div>
</div>"""

    def post_card(self, p: _Post, lang: str) -> str:
        href = _lp(lang, post_path(p))
        tags = "".join(
            f'<a href="{_lp(lang, "/blog/" + blog_slug(p.blog) + "/tag/" + tag_slug(t, lang))}" class="badge mb-2 me-1 text-truncate text-primary post_link">#{esc(tag_name(t, lang))}</a>'
            for t in p.tags
        )
        blog_name = BLOGS[p.blog][0 if lang == "th" else 1]
        return f"""            <div class="pb-4 col-12 col-md-6">
                <article name="blog_post" class="o_wblog_post position-relative ">
                    <a href="{href}" class="text-decoration-none d-block mb-2">
                        <div data-name="Blog Post Cover" style="" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_list_cover o_not_editable  rounded overflow-hidden shadow mb-3 cover_auto">
                            <div class="o_record_cover_component o_record_cover_image " style="background-image: url({self.cover(p)});"></div>
                            <div class="o_record_cover_component o_record_cover_filter oe_black" style="opacity: 0.2;"></div>
                        </div>
                    </a>
                    <div class="o_wblog_post_content">
                        <a href="{href}" class="d-block text-reset text-decoration-none o_blog_post_title my-0 h5">{esc(p.title)}</a>
                        <div class="mt-2 o_wblog_normalize_font o_wblog_post_teaser">{esc(_teaser(p))}</div>
                    </div>
                    <div class="o_wblog_post_short_tag_section d-flex align-items-center flex-wrap pt-2">{tags}</div>
                    <div class="d-flex small flex-wrap mb-1 mt-1">
                        <time class="text-nowrap fw-bold">{_date_short(p.d, lang)}</time>
                        <span class="fw-bold mx-1">&#8226;</span><span>{LABELS[lang]["in"]} <a href="{_lp(lang, "/blog/" + blog_slug(p.blog))}"><b class="text-truncate">{esc(blog_name)}</b></a></span>
                    </div>
                </article>
            </div>"""

    def pager(self, lang: str, base: str, page: int, pages: int, keep: list[tuple[str, str]]) -> str:
        if pages <= 1:
            return ""
        q = f"?{_qs(keep)}" if keep else ""

        def url(n: int) -> str:
            return attr(_lp(lang, base if n == 1 else f"{base}/page/{n}") + q)

        def item(n: int, label: str, enabled: bool, current: bool = False) -> str:
            cls = " disabled" if not enabled else (" active" if current else "")
            href = f' href="{url(n)}"' if enabled else ""
            return f'<li class="page-item{cls}"><a class="page-link"{href}>{label}</a></li>'

        items = [
            item(
                page - 1,
                '<span class="fa fa-chevron-left" role="img" aria-label="Previous" title="Previous"></span>',
                page > 1,
            )
        ]
        first = max(1, min(page - 2, pages - 4))
        for n in range(first, min(pages, first + 4) + 1):
            items.append(item(n, str(n), True, n == page))
        items.append(
            item(
                page + 1,
                '<span class="fa fa-chevron-right" role="img" aria-label="Next" title="Next"></span>',
                page < pages,
            )
        )
        return f'<ul class="pagination m-0 mt-2 justify-content-center">{"".join(items)}</ul>'

    def listing(
        self, lang: str, blog_seg: str | None, tag_str: str | None, page: int, pairs: list[tuple[str, str]], query: str
    ) -> Response | None:
        L = LABELS[lang]
        params = dict(pairs)
        blog = None
        if blog_seg is not None:
            blog = _unslug(blog_seg)
            if blog not in BLOGS:
                return None
            if blog_seg != blog_slug(blog):
                rest = (
                    "/blog/"
                    + blog_slug(blog)
                    + (f"/tag/{tag_str}" if tag_str else "")
                    + (f"/page/{page}" if page > 1 else "")
                )
                return redirect(self.b + _lp(lang, rest) + (f"?{query}" if query else ""), 301)
        date_begin, date_end, search = (
            params.get("date_begin", ""),
            params.get("date_end", ""),
            params.get("search", ""),
        )
        keep = [
            (k, v) for k, v in (("date_begin", date_begin), ("date_end", date_end)) if date_begin and date_end and v
        ] + ([("search", search)] if search else [])
        prefix = "/blog" + (f"/{blog_slug(blog)}" if blog else "")
        active: list[int] = []
        if tag_str:
            tags = tag_str.split(",")
            if len(tags) > 1:  # WebsiteBlog.blog: redirect get tag-1,tag-2 -> get tag-1
                target = _lp(lang, f"{prefix}/tag/{tags[0]}") + (f"?{_qs(keep)}" if keep else "")
                return redirect(self.b + target, 302)
            ident = _unslug(tags[0])
            fixed = tag_slug(ident, lang) if ident in TAGS else ""
            if fixed != tag_str:
                new = (
                    _lp(lang, prefix + (f"/tag/{fixed}" if fixed else "") + (f"/page/{page}" if page > 1 else ""))
                    + "?"
                    + query
                )
                return redirect(self.b + new, 301)
            active = [ident]
        posts = [p for p in VISIBLE if (blog is None or p.blog == blog)]
        if active:
            posts = [p for p in posts if set(p.tags) & set(active)]
        if date_begin and date_end:
            posts = [p for p in posts if date_begin <= p.utc <= date_end]
        if search:
            words = search.lower().split()
            posts = [p for p in posts if all(w in (p.title + " " + " ".join(p.paragraphs)).lower() for w in words)]
        posts.sort(key=lambda p: (p.utc, -p.id), reverse=True)
        use_cover = blog is None and not active and not date_begin and not search
        offset = (page - 1) * PER_PAGE + (1 if use_cover else 0)
        shown = posts[offset : offset + PER_PAGE]
        pages = max(1, -(-len(posts) // PER_PAGE))
        base = prefix + (f"/tag/{tag_str}" if tag_str else "")
        cover = ""
        if use_cover and posts:
            fp = posts[0]
            cover = f"""<section id="o_wblog_index_top">
    <div data-name="Blog Post Cover" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_half_screen_height o_record_has_cover">
        <div class="o_record_cover_component o_record_cover_image " style="background-image: url({self.cover(fp)});"></div>
        <div class="o_record_cover_component o_record_cover_filter oe_black" style="opacity: 0.4;"></div>
        <div class="container position-relative h-100 d-flex flex-column justify-content-around">
            <div class="o_wblog_post_title">
                <a href="{_lp(lang, post_path(fp))}" class="text-white text-decoration-none" title="{attr(fp.title)}"><div id="o_wblog_post_name" class="h1 mb-0">{esc(fp.title)}</div></a>
            </div>
            <div class="text-white small"><span>{esc(fp.author)}</span> <span class="mx-1">&#8226;</span> <time>{_date_short(fp.d, lang)}</time></div>
        </div>
    </div>
</section>"""
        if blog is not None:
            header = f"""<section id="o_wblog_blog_top">
    <div data-name="Blog Cover" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_small_screen_height">
        <div class="o_record_cover_component o_record_cover_image " style="background-image: url(/web/image/{1300 + blog}-{_hex(f"blog{blog}", 8)}/blog_cover.jpg);"></div>
        <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
            <div class="o_wblog_blog_name display-3 mb-0" data-oe-expression="blog.name">{esc(BLOGS[blog][0 if lang == "th" else 1])}</div>
            <div class="lead mb-0 py-3" data-oe-expression="blog.subtitle">{esc(BLOG_SUB[blog][0 if lang == "th" else 1])}</div>
        </div>
    </div>
</section>"""
        else:
            header = cover
        filters = ""
        if active or (date_begin and date_end) or search:
            chips = []
            for t in active:
                chips.append(
                    f'<a href="{attr(_lp(lang, prefix) + (f"?{_qs(keep)}" if keep else ""))}" class="btn btn-light btn-sm border me-1"><i class="fa fa-tag me-1"></i>{esc(tag_name(t, lang))} <i class="fa fa-times ms-1"></i></a>'
                )
            if date_begin and date_end:
                chips.append(
                    f'<a href="{attr(_lp(lang, base))}" class="btn btn-light btn-sm border me-1"><i class="fa fa-calendar me-1"></i>{esc(date_begin[:10])} - {esc(date_end[:10])} <i class="fa fa-times ms-1"></i></a>'
                )
            filters = f'<div class="o_wblog_active_filters mb-3">{"".join(chips)}</div>'
        cards = (
            "\n".join(self.post_card(p, lang) for p in shown)
            or f'<div class="col"><h2 class="h4 text-muted">{L["noposts"]}</h2></div>'
        )
        main = f"""<div id="wrap" class="js_blog website_blog">
{self.blogs_nav(lang, blog, prefix)}
{header}
<section id="o_wblog_index_content">
    <div class="container py-4">
        <div class="row justify-content-between">
            <div id="o_wblog_posts_loop_container" class="col ">
                <div id="o_wblog_posts_loop" class="">
                    {filters}
                    <div class="row ">
{cards}
                    </div>
                    {self.pager(lang, base, page, pages, keep)}
                </div>
            </div>
            <div id="o_wblog_sidebar" class="col-12 col-md-3 d-flex">
                <div class="ps-md-5 mt-5 mt-md-0 w-100">
                    {self.archive_select(lang, blog, links=True)}
                    {self.tag_cloud(lang, blog, active, keep)}
                </div>
            </div>
        </div>
    </div>
</section>
<div class="oe_structure oe_empty" data-editor-sub-message="Visible in all blogs' pages" id="oe_structure_blog_all_footer"></div>
</div>"""
        bname = BLOGS[blog][0 if lang == "th" else 1] if blog else ("บล็อก" if lang == "th" else "Blog")
        title = f"{bname} | {SITE_SHORT if lang == 'th' else SITE_EN}"
        head = ""
        if blog:
            head = f'        <link href="/blog/{blog}/feed" type="application/atom+xml" rel="alternate" title="Atom Feed"/>'
        main_object = f"blog.blog({blog},)" if blog else "website.page(3,)"
        path_here = base + (f"/page/{page}" if page > 1 else "")
        return self.page(lang, path_here, title, main, main_object=main_object, head=head, active="blog", query=query)

    def post_body(self, p: _Post) -> str:
        out: list[str] = []
        paras = list(p.paragraphs)
        link_at, href, label = p.extra_link
        link = f' <a href="{href}">{esc(label)}</a>' if href else ""

        def img(k: int, cls: str = "img img-fluid o_we_custom_image") -> str:
            src = self.photo(p, k)
            att = 1400 + p.id * 10 + k
            return f'<img src="{src}" class="{cls}" data-original-id="{att - 100}" data-original-src="/web/image/{att - 100}-{_hex(f"orig{att}", 8)}/IMG_{p.date.replace("-", "")}_{k:02d}.jpg" data-mimetype="image/jpeg" data-resize-width="1024" alt="" loading="lazy"/>'

        if p.style == "notice":
            rows = []
            for i, text in enumerate(paras):
                tail = link if i == link_at else ""
                if i in p.centred:
                    inner = f"<b>{esc(text)}</b>" if i < 2 else esc(text)
                    rows.append(f'<p style="text-align: center;">{inner}{tail}</p>')
                else:
                    rows.append(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp; {esc(text)}{tail}</p>')
            if p.pdf:
                rows.append(
                    f'<p><a href="{self.pdf_path(p)}" class="o_image" title="{attr(p.pdf)}" data-mimetype="application/pdf"></a><br/></p>'
                )
            out.append(
                '<section class="s_text_block pt16 pb16 o_colored_level" data-snippet="s_text_block" data-name="Text"><div class="s_allow_columns container">'
                + "\n".join(rows)
                + "</div></section>"
            )
        elif p.style == "br":
            joined = "<br/><br/>".join(esc(t) for t in paras)
            out.append(
                f'<section class="s_text_block pt16 pb16 o_colored_level" data-snippet="s_text_block" data-name="Text"><div class="s_allow_columns container"><p>{joined}</p><p><br/></p></div></section>'
            )
        else:
            rows = []
            for i, text in enumerate(paras):
                tail = link if i == link_at else ""
                if p.style == "justify":
                    rows.append(
                        f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {esc(text)}{tail}</p>'
                    )
                else:
                    rows.append(f"<p>{esc(text)}{tail}</p>")
                if p.style != "gallery" and i == 0 and p.photos:
                    rows.append(
                        f'<p style="text-align: center;">{img(1, "img img-fluid o_we_custom_image d-block mx-auto")}</p>'
                    )
            if p.style != "gallery":
                for k in range(2, p.photos + 1):
                    rows.append(
                        f'<p style="text-align: center;">{img(k, "img img-fluid o_we_custom_image d-block mx-auto")}</p>'
                    )
            out.append(
                '<section class="s_text_block pt16 pb16 o_colored_level" data-snippet="s_text_block" data-name="Text"><div class="s_allow_columns container">'
                + "\n".join(rows)
                + "</div></section>"
            )
            if p.style == "gallery":
                cols = []
                for c in range(3):
                    imgs = "".join(img(k, "img img-fluid d-block") for k in range(1, p.photos + 1) if (k - 1) % 3 == c)
                    cols.append(f'<div class="o_masonry_col o_snippet_not_selectable col-lg-4">{imgs}</div>')
                out.append(
                    f'<section class="s_image_gallery o_spc-medium o_masonry o_colored_level" data-vcss="001" data-columns="3" style="overflow: hidden;" data-snippet="s_image_gallery" data-name="Images Wall"><div class="container"><div class="row s_nb_column_fixed">{"".join(cols)}</div></div></section>'
                )
        return "\n".join(out)

    def post(self, lang: str, blog_seg: str, post_seg: str, query: str) -> Response | None:
        L = LABELS[lang]
        bid, pid = _unslug(blog_seg), _unslug(post_seg)
        if bid not in BLOGS or pid not in BY_ID:
            return None
        p = BY_ID[pid]
        if f"/blog/{blog_seg}/{post_seg}" != post_path(p):
            return redirect(self.b + _lp(lang, post_path(p)) + (f"?{query}" if query else ""), 301)
        if not p.visible:
            return redirect(self.b + _lp(lang, f"/blog/{blog_slug(p.blog)}"), 302)
        same = sorted((q for q in VISIBLE if q.blog == p.blog), key=lambda q: q.id, reverse=True)
        idx = [q.id for q in same].index(p.id)
        nxt = same[(idx + 1) % len(same)]
        here = _lp(lang, post_path(p))
        tags = " ".join(
            f'<a href="{_lp(lang, "/blog/" + blog_slug(p.blog) + "/tag/" + tag_slug(t, lang))}" class="badge border post_link text-primary">{esc(tag_name(t, lang))}</a>'
            for t in p.tags
        )
        bname = BLOGS[p.blog][0 if lang == "th" else 1]
        csrf = _csrf(here)
        login = "/web/login?" + _qs([("redirect", post_path(p) + "#discussion")])
        main = f"""<div id="wrap" class="js_blog website_blog">
{self.blogs_nav(lang, p.blog, "/blog/" + blog_slug(p.blog))}
<section id="o_wblog_post_top">
    <div id="title" class="blog_header">
        <div data-name="Blog Post Cover" style="" data-use_size="True" data-use_filters="True" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_half_screen_height o_record_has_cover  o_wblog_post_page_cover">
            <div class="o_record_cover_component o_record_cover_image " style="background-image: url({self.cover(p)});"></div>
            <div class="o_record_cover_component o_record_cover_filter oe_black" style="opacity: 0.2;"></div>
            <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
                <div class="o_wblog_post_title  ">
                    <h1 id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Blog Post Title" data-blog-id="{p.id}">{esc(p.title)}</h1>
                    <div id="o_wblog_post_subtitle" class="o_editable_no_shadow" data-oe-expression="blog_post.subtitle" placeholder="Subtitle"></div>
                </div>
                <a id="o_wblog_post_content_jump" href="#o_wblog_post_main" class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 text-decoration-none"><i class="fa fa-angle-down fa-3x text-white" aria-label="To blog content" title="To blog content"></i></a>
                <div class="text-white">
                    <div class="d-inline-flex align-items-center">
                        <div style="background-image: url(/web/image/blog.post/{p.id}/author_avatar);" class="o_wblog_author_avatar me-2"></div>
                        <div class="d-flex flex-column text-start">
                            <span class="fw-bold" style="line-height:1"><address class="mb-0" itemscope="itemscope" itemtype="http://schema.org/Organization"><div><span itemprop="name">{esc(p.author)}</span></div></address></span>
                            <small class="text-white-50"><time datetime="{p.utc.replace(" ", "T")}Z">{_date_short(p.d, lang)}</time></small>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</section>
<section id="o_wblog_post_main" class="container pt-4 pb-5 ">
    <nav aria-label="breadcrumb" class="breadcrumb flex-nowrap py-0 px-0 css_editable_mode_hidden mb-3 bg-transparent">
        <li class="breadcrumb-item"><a href="{_lp(lang, "/blog")}">{L["allblogs"]}</a></li>
        <li class="breadcrumb-item"><a href="{_lp(lang, "/blog/" + blog_slug(p.blog))}">{esc(bname)}</a></li>
        <li class="breadcrumb-item text-truncate active"><span>{esc(p.title)}</span></li>
    </nav>
    <div class="d-flex flex-column flex-lg-row justify-content-between">
        <div id="o_wblog_post_content" class="o_container_small w-100 flex-shrink-0">
            <div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS" class="o_wblog_post_content_field   o_wblog_read_text">
{self.post_body(p)}
            </div>
            <div class="css_editable_mode_hidden text-muted">
                <div class="o_wblog_post_tags mt-4">{tags}</div>
            </div>
        </div>
        <div id="o_wblog_post_sidebar_col" class="ps-lg-5 ">
            <div id="o_wblog_post_sidebar">
                <div class="o_wblog_sidebar_block pb-5">
                    <h6 class="text-uppercase pb-3 mb-4 border-bottom fw-bold">{L["share"]}</h6>
                    <div class="s_share text-start o_no_link_popover" data-snippet="s_share" data-name="Share">
                        <a href="https://www.facebook.com/sharer/sharer.php?u={{url}}" class="s_share_facebook" target="_blank"><i class="fa fa-facebook rounded shadow-sm"></i></a>
                        <a href="https://twitter.com/intent/tweet?text={{title}}&amp;url={{url}}" class="s_share_twitter" target="_blank"><i class="fa fa-twitter rounded shadow-sm"></i></a>
                        <a href="https://social-plugins.line.me/lineit/share?url={{url}}" class="s_share_line" target="_blank"><i class="fa fa-comment rounded shadow-sm"></i></a>
                        <a href="mailto:?body={{url}}&amp;subject={{title}}" class="s_share_email"><i class="fa fa-envelope rounded shadow-sm"></i></a>
                    </div>
                </div>
                {self.archive_select(lang, p.blog)}
                <div class="o_wblog_sidebar_block pb-5">
                    <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{L["tags"]}</h6>
                    <div class="h5">{tags}</div>
                </div>
            </div>
        </div>
    </div>
</section>
<section id="o_wblog_post_comments" class="container pt-4 pb-5 d-print-none">
    <div class="o_container_small">
        <h4 class="mb-3">{L["comment"]}</h4>
        <div id="discussion" data-anchor="true" class="d-print-none o_portal_chatter o_not_editable p-0" data-res_model="blog.post" data-res_id="{p.id}" data-pager_step="10" data-allow_composer="1" data-two_columns="false"></div>
        <form action="/blog/post/comment" method="POST" class="o_wblog_guest_comment_form">
            <input type="hidden" name="csrf_token" value="{csrf}"/>
            <input type="hidden" name="blog_post_id" value="{p.id}"/>
            <div class="mb-2"><input type="text" name="author_name" class="form-control" placeholder="{L["name"]}" required="required"/></div>
            <div class="mb-2"><textarea name="message" rows="3" class="form-control" required="required"></textarea></div>
            <button type="submit" class="btn btn-primary o_wait_lazy_js">{L["comment_btn"]}</button>
            <a href="{attr(login)}" class="ms-2 small">{L["login_comment"]}</a>
        </form>
    </div>
</section>
<section id="o_wblog_post_footer">
    <div class="mt-5">
        <div id="o_wblog_next_container" class="d-flex flex-column">
            <div class="o_wblog_toggle  o_wblog_read_next">
                <a href="{_lp(lang, post_path(nxt))}" class="d-block text-reset text-decoration-none py-4 text-center">
                    <div class="o_wblog_next_post_info d-none" data-size="o_half_screen_height" data-url="{_lp(lang, post_path(nxt))}?anim"></div>
                    <span class="bg-o-color-3 h6 d-inline-block py-1 px-3 rounded-sm">{L["readnext"]}</span>
                    <div class="h4 mt-2" id="o_wblog_next_post_name">{esc(nxt.title)}</div>
                </a>
            </div>
        </div>
    </div>
</section>
</div>"""
        tag_meta = "\n".join(
            f'        <meta property="article:tag" content="{attr(tag_name(t, lang))}"/>' for t in p.tags
        )
        head = f"""        <meta property="og:type" content="article"/>
        <meta property="og:title" content="{attr(p.title)}"/>
        <meta property="og:image" content="{self.b}{self.cover(p)}"/>
        <meta property="article:published_time" content="{p.utc}"/>
        <meta property="article:modified_time" content="{p.utc}"/>
{tag_meta}
        <meta name="twitter:card" content="summary_large_image"/>
        <meta name="twitter:title" content="{attr(p.title)}"/>
        <meta name="twitter:image" content="{self.b}{self.cover(p)}"/>
        <link href="/blog/{p.blog}/feed" type="application/atom+xml" rel="alternate" title="Atom Feed"/>"""
        title = f"{p.title} | {SITE_SHORT if lang == 'th' else SITE_EN}"
        return self.page(
            lang, post_path(p), title, main, main_object=f"blog.post({p.id},)", head=head, active="blog", query=query
        )

    def feed(self, blog: int) -> Response:
        posts = sorted((p for p in POSTS if p.blog == blog), key=lambda p: p.utc, reverse=True)[:15]
        b = self.b
        entries = "\n".join(
            f"""    <entry>
        <title>{esc(p.title)}</title>
        <link href="{b}{post_path(p)}"/>
        <id>{b}{post_path(p)}</id>
        <author><name>{esc(p.author)}</name></author>
        <summary>{esc(_teaser(p))}</summary>
        <updated>{p.utc.replace(" ", "T")}Z</updated>
    </entry>"""
            for p in posts
        )
        text = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <title>{esc(BLOGS[blog][0])}</title>
    <link href="{b}/blog/{blog}"/>
    <id>{b}/blog/{blog}</id>
    <updated>{posts[0].utc.replace(" ", "T")}Z</updated>
{entries}
</feed>
"""
        return Response(200, (("Content-Type", "application/atom+xml"),), text.encode("utf-8"))

    # -- home, static pages, login ------------------------------------------------------------------------
    def home(self, lang: str) -> Response:
        L = LABELS[lang]
        main = f"""<div id="wrap" class="oe_structure oe_empty">
<section class="s_carousel_wrapper" data-vxml="001" data-snippet="s_carousel" data-name="Carousel">
    <div id="myCarousel1694" class="s_carousel s_carousel_default carousel slide o_colored_level" data-bs-interval="10000">
        <div class="carousel-inner">
            <div class="carousel-item active oe_img_bg o_bg_img_center pt152 pb152 o_colored_level" style="background-image: url(&quot;/web/image/1291-{_hex("banner1", 8)}/banner-songkran.jpg&quot;);" data-name="Slide">
                <div class="container oe_unremovable"><div class="row content"><div class="carousel-content col-lg-7">
                    <h2 style="text-align: left;"><font class="text-white">{esc(SITE if lang == "th" else SITE_EN)}</font></h2>
                    <p class="lead"><font class="text-white">ตำบลน่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีคุณภาพชีวิตที่ดี</font></p>
                    <p><a href="/blog/news-1/{BARE_LINK_POST}" class="btn btn-primary mb-2">บริการ e-Service ยื่นคำร้องออนไลน์</a></p>
                </div></div></div>
            </div>
        </div>
    </div>
</section>
<section class="s_text_image pt32 pb32 o_colored_level" data-snippet="s_text_image" data-name="Text - Image">
    <div class="container"><div class="row align-items-center">
        <div class="col-lg-6 pt16 pb16">
            <h2>สารจากนายก อบต.</h2>
            <p>ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลบึงสะแกทอง ช่องทางสื่อสารระหว่าง อบต. กับพี่น้องประชาชน ท่านสามารถติดตามข่าวสาร กิจกรรม ประกาศ และใช้บริการยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง</p>
            <p>{esc(MAYOR)}<br/>นายกองค์การบริหารส่วนตำบลบึงสะแกทอง</p>
        </div>
        <div class="col-lg-6 pt16 pb16"><img src="/web/image/1292-{_hex("mayor", 8)}/mayor.jpg" class="img img-fluid mx-auto" alt="{attr(MAYOR)}" loading="lazy"/></div>
    </div></div>
</section>
<section class="s_dynamic_snippet s_blog_posts o_wblog_home_posts o_dynamic_empty pt32 pb32 o_colored_level" data-custom-template-data="{{&quot;blog_posts_post_author_active&quot;:false,&quot;blog_posts_post_teaser_active&quot;:true,&quot;blog_posts_post_date_active&quot;:true}}" data-name="Blog Posts" data-snippet="s_blog_posts" data-filter-id="1" data-template-key="website_blog.dynamic_filter_template_blog_post_big_picture" data-number-of-records="4" data-number-of-elements="4" data-number-of-elements-small-devices="1">
    <div class="container o_not_editable">
        <div class="css_non_editable_mode_hidden"><div class="missing_option_warning alert alert-info rounded-0 fade show d-none d-print-none o_default_snippet_text">Your Dynamic Snippet will be displayed here...</div></div>
        <div class="dynamic_snippet_template"></div>
    </div>
</section>
<section class="s_three_columns pt32 pb32 o_colored_level" data-snippet="s_three_columns" data-name="Columns">
    <div class="container"><div class="row d-flex align-items-stretch">
        <div class="col-lg-4 s_col_no_bgcolor pt16 pb16"><div class="card bg-white h-100"><div class="card-body"><h3 class="card-title">{esc(BLOGS[1][0 if lang == "th" else 1])}</h3><p class="card-text">ข่าวสารจาก อบต.</p><a href="{_lp(lang, "/blog/news-1")}" class="btn btn-link">อ่านทั้งหมด</a></div></div></div>
        <div class="col-lg-4 s_col_no_bgcolor pt16 pb16"><div class="card bg-white h-100"><div class="card-body"><h3 class="card-title">{esc(BLOGS[2][0 if lang == "th" else 1])}</h3><p class="card-text">ภาพกิจกรรมในชุมชน</p><a href="{_lp(lang, "/blog/activities-2")}" class="btn btn-link">อ่านทั้งหมด</a></div></div></div>
        <div class="col-lg-4 s_col_no_bgcolor pt16 pb16"><div class="card bg-white h-100"><div class="card-body"><h3 class="card-title">{esc(BLOGS[3][0 if lang == "th" else 1])}</h3><p class="card-text">ประกาศและรับสมัครงาน</p><a href="{_lp(lang, "/blog/announcements-3")}" class="btn btn-link">อ่านทั้งหมด</a></div></div></div>
    </div></div>
</section>
<section class="s_dynamic_snippet s_events o_dynamic_empty pt32 pb32 o_colored_level" data-snippet="s_events" data-name="Events" data-filter-id="3" data-template-key="website_event.dynamic_filter_template_event_event_picture" data-number-of-records="3">
    <div class="container o_not_editable"><h2>{L["upcoming"]}</h2><div class="dynamic_snippet_template"></div></div>
</section>
</div>"""
        return self.page(
            lang, "/", SITE_SHORT if lang == "th" else SITE_EN, main, main_object="website.page(1,)", active="home"
        )

    def static_page(self, lang: str, path: str) -> Response:
        th_title, en_title, th_paras, en_paras = PAGES[path]
        title = th_title if lang == "th" else en_title
        paras = en_paras if lang == "en" and en_paras else th_paras
        body = "\n".join(f"<p>{esc(t)}</p>" for t in paras)
        if path == "/ita":
            body += (
                '\n<ul class="list-unstyled">'
                + "".join(
                    f'<li><a href="/web/content/{aid}?download=true" title="{attr(name)}"><i class="fa fa-file-pdf-o me-1"></i>{esc(name)}</a></li>'
                    for aid, name in ITA_DOCS
                )
                + "</ul>"
            )
        main = f"""<div id="wrap" class="oe_structure oe_empty">
<section class="s_title pt40 pb24 o_colored_level" data-vcss="001" data-snippet="s_title" data-name="Title">
    <div class="s_allow_columns container"><h1>{esc(title if lang == "en" and en_paras else th_title)}</h1></div>
</section>
<section class="s_text_block pt16 pb40 o_colored_level" data-snippet="s_text_block" data-name="Text">
    <div class="s_allow_columns container">
{body}
    </div>
</section>
</div>"""
        active = "ita" if path == "/ita" else ""
        return self.page(
            lang,
            path,
            f"{title} | {SITE_SHORT if lang == 'th' else SITE_EN}",
            main,
            main_object=f"website.page({10 + list(PAGES).index(path)},)",
            active=active,
        )

    def contactus(self, lang: str) -> Response:
        main = f"""<div id="wrap" class="oe_structure oe_empty">
<section class="s_title pt40 pb24 o_colored_level" data-snippet="s_title" data-name="Title"><div class="s_allow_columns container"><h1>{"ติดต่อเรา" if lang == "th" else "Contact us"}</h1></div></section>
<section class="s_website_form pt16 pb16 o_colored_level" data-vcss="001" data-snippet="s_website_form" data-name="Form">
    <div class="container">
        <form id="contactus_form" action="/website/form/" method="post" enctype="multipart/form-data" class="o_mark_required" data-mark="*" data-model_name="mail.mail" data-success-mode="redirect" data-success-page="/contactus-thank-you" data-pre-fill="true">
            <div class="s_website_form_rows row s_col_no_bgcolor">
                <div class="mb-0 py-2 col-12 s_website_form_field s_website_form_required" data-type="char" data-name="Field"><label class="s_website_form_label" for="contact1">ชื่อ-นามสกุล</label><input id="contact1" type="text" class="form-control s_website_form_input" name="name" required=""/></div>
                <div class="mb-0 py-2 col-12 s_website_form_field" data-type="tel" data-name="Field"><label class="s_website_form_label" for="contact2">โทรศัพท์</label><input id="contact2" type="tel" class="form-control s_website_form_input" name="phone"/></div>
                <div class="mb-0 py-2 col-12 s_website_form_field s_website_form_required" data-type="email" data-name="Field"><label class="s_website_form_label" for="contact3">อีเมล</label><input id="contact3" type="email" class="form-control s_website_form_input" name="email_from" required=""/></div>
                <div class="mb-0 py-2 col-12 s_website_form_field s_website_form_required" data-type="text" data-name="Field"><label class="s_website_form_label" for="contact6">ข้อความ</label><textarea id="contact6" class="form-control s_website_form_input" name="description" required=""></textarea></div>
                <div class="mb-0 py-2 col-12 s_website_form_submit" data-name="Submit Button"><a href="#" role="button" class="btn btn-primary s_website_form_send">ส่ง</a><span id="s_website_form_result"></span></div>
            </div>
        </form>
    </div>
</section>
<section class="s_text_block pt16 pb40" data-snippet="s_text_block" data-name="Text"><div class="container"><p>{esc(ADDRESS)}</p><p>โทรศัพท์ {PHONE} อีเมล {EMAIL}</p><p><a href="https://maps.google.com/maps?q=%E0%B8%AD%E0%B8%9A%E0%B8%95.%E0%B8%9A%E0%B8%B6%E0%B8%87%E0%B8%AA%E0%B8%B0%E0%B9%81%E0%B8%81%E0%B8%97%E0%B8%AD%E0%B8%87" target="_blank">Google Maps</a></p></div></section>
</div>"""
        return self.page(
            lang,
            "/contactus",
            f"{'ติดต่อเรา' if lang == 'th' else 'Contact us'} | {SITE_SHORT if lang == 'th' else SITE_EN}",
            main,
            main_object="website.page(2,)",
            active="contact",
        )

    def login(self, lang: str, pairs: list[tuple[str, str]], query: str) -> Response:
        red = dict(pairs).get("redirect", "")
        here = "/web/login"
        main = f"""<div class="oe_website_login_container">
<form class="oe_login_form" role="form" action="/web/login" method="post" onsubmit="this.action = '/web/login' + location.hash">
    <input type="hidden" name="csrf_token" value="{_csrf(here + "?" + query)}"/>
    <div class="mb-3 field-login"><label for="login" class="form-label">อีเมล</label><input type="text" placeholder="อีเมล" name="login" id="login" required="required" autofocus="autofocus" autocapitalize="off" class="form-control "/></div>
    <div class="mb-3"><label for="password" class="form-label">รหัสผ่าน</label><input type="password" placeholder="รหัสผ่าน" name="password" id="password" required="required" autocomplete="current-password" maxlength="4096" class="form-control "/></div>
    <input type="hidden" name="redirect" value="{attr(red)}"/>
    <div class="clearfix oe_login_buttons text-center gap-1 d-grid mb-1 pt-3"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div>
</form>
</div>"""
        return self.page(lang, here, f"เข้าสู่ระบบ | {SITE_SHORT}", main, main_object="ir.ui.view(264,)", query=query)

    def not_found(self) -> Response:
        main = f"""<div id="wrap"><div class="container py-5"><h1 class="mt32">{LABELS["th"]["notfound"]}</h1><p>ดูเหมือนว่าหน้าที่คุณกำลังค้นหาจะไม่มีอยู่ หรือถูกลบไปแล้ว</p><p><a href="/">กลับไปหน้าหลัก</a></p></div></div>"""
        return self.page("th", "/404", f"404 | {SITE_SHORT}", main, main_object="ir.ui.view(211,)", status=404)

    # -- events ------------------------------------------------------------------------------------------
    def event_filter(self, ev: _Event, key: str) -> bool:
        now = _ev_local("2024-09-16 10:00")
        b, e = _ev_local(ev.begin), _ev_local(ev.end)
        today = now.date()
        week0 = today - timedelta(days=today.weekday())
        nmonth0 = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
        nnmonth0 = date(nmonth0.year + (nmonth0.month == 12), nmonth0.month % 12 + 1, 1)
        bd, ed = b.date(), e.date()
        if key == "old":
            return e < now
        if e <= now:
            return False
        if key == "today":
            return bd <= today <= ed
        if key == "week":
            return bd < week0 + timedelta(days=7)
        if key == "nextweek":
            return bd < week0 + timedelta(days=14) and ed >= week0 + timedelta(days=7)
        if key == "month":
            return bd < nmonth0
        if key == "nextmonth":
            return bd < nnmonth0 and ed >= nmonth0
        return True

    def event_listing(self, lang: str, page: int, pairs: list[tuple[str, str]], query: str, path: str) -> Response:
        L = LABELS[lang]
        s = dict(pairs)
        date_key = s.get("date", "all") or "all"
        if date_key not in L["dates"]:
            date_key = "all"
        tags: list[int] = []
        raw_tags = s.get("tags", "")
        if raw_tags:
            for piece in re.findall(r"-?\d+", raw_tags):
                if int(piece) in EVENT_TAGS and int(piece) not in tags:
                    tags.append(int(piece))
        etype = s.get("type", "all")
        country = s.get("country", "all")
        search = s.get("search", "")
        evs = [e for e in EVENTS if self.event_filter(e, date_key)]
        for cat in EVENT_CATEGORIES:
            chosen = [t for t in tags if EVENT_TAGS[t][2] == cat]
            if chosen:
                evs = [e for e in evs if set(e.tags) & set(chosen)]
        if etype != "all":
            evs = [e for e in evs if str(e.etype) == etype]
        if country not in ("all", str(THAILAND)):
            evs = []
        if search:
            evs = [e for e in evs if search.lower() in event_name(e, lang).lower()]
        evs.sort(key=lambda e: e.begin, reverse=(date_key == "old"))
        shown = evs[(page - 1) * EVENT_STEP : page * EVENT_STEP]
        current = [(k, v) for k, v in pairs if k in ("date", "tags", "type", "country", "search")]

        def keep_query(**over: str) -> str:
            out = [(k, v) for k, v in current if k not in over]
            out += [(k, v) for k, v in over.items()]
            return _lp(lang, "/event") + "?" + _qs(out)

        def keep(**over: str) -> str:  # QueryURL: drops 'all' values
            base = {k: v for k, v in current if v and v != "all" or k == "search"}
            base.update(over)
            out = [(k, v) for k, v in base.items() if v]
            return _lp(lang, "/event") + ("?" + _qs(out) if out else "")

        date_links = "".join(
            f'<a href="{attr(keep(date=k))}" class="dropdown-item{" active" if k == date_key else ""}">{label}</a>'
            for k, label in L["dates"].items()
        )
        tag_menus = []
        for cat, names in EVENT_CATEGORIES.items():
            links = []
            for t, (th, en, c) in EVENT_TAGS.items():
                if c != cat:
                    continue
                new = [x for x in tags if x != t] if t in tags else [t, *tags]
                links.append(
                    f'<a href="{attr(keep_query(tags=str(new)))}" class="dropdown-item{" active" if t in tags else ""}">{esc(th if lang == "th" else en)}</a>'
                )
            tag_menus.append(
                f'<div class="dropdown d-none d-lg-block me-2"><a href="#" role="button" class="btn btn-light dropdown-toggle" data-bs-toggle="dropdown">{names[0 if lang == "th" else 1]}</a><div class="dropdown-menu">{"".join(links)}</div></div>'
            )
        type_links = f'<a href="{attr(keep(type="all"))}" class="dropdown-item">{L["alltypes"]}</a>' + "".join(
            f'<a href="{attr(keep(type=str(tid)))}" class="dropdown-item">{esc(n[0] if lang == "th" else n[1])}</a>'
            for tid, n in EVENT_TYPES.items()
        )
        country_links = f'<a href="{attr(keep(country="all"))}" class="dropdown-item">{L["allcountries"]}</a><a href="{attr(keep(country=str(THAILAND)))}" class="dropdown-item">{L["thailand"]}</a>'
        cards = []
        for e in shown:
            b = _ev_local(e.begin)
            href = _lp(lang, f"/event/{event_slug(e, lang)}")
            day = f"{b.day}"
            mon = MONTHS_ABBR[b.month - 1] if lang == "th" else _EN_MON[b.month - 1]
            cards.append(
                f"""<div class="col-md-6 col-lg-4 mb-4">
    <article class="h-100" itemscope="itemscope" itemtype="http://schema.org/Event">
        <a href="{href}" class="text-decoration-none text-reset">
            <div class="card h-100">
                <header class="overflow-hidden bg-secondary o_wevent_event_image"><div class="o_record_cover_container"><div class="o_record_cover_component o_record_cover_image" style="background-image: url(/web/image/{1500 + e.id}-{_hex(f"ev{e.id}", 8)}/event.jpg);"></div></div>
                    <div class="o_wevent_event_date position-absolute shadow-sm o_not_editable"><span class="o_wevent_event_month">{mon}</span><span class="o_wevent_event_day">{day}</span></div>
                </header>
                <main class="card-body">
                    <h5 class="card-title mt-2 mb-0 text-truncate"><span itemprop="name">{esc(event_name(e, lang))}</span></h5>
                    <time itemprop="startDate" datetime="{_ev_utc(e.begin)}">{_date_long(b.date(), lang)}</time>
                    <div itemprop="location" class="small fw-bold">{esc(e.place)}</div>
                </main>
            </div>
        </a>
    </article>
</div>"""
            )
        body = "\n".join(cards) or '<div class="col-12"><div class="h2 mb-3">ไม่พบกิจกรรม</div></div>'
        heading = L["dates"][date_key]
        main = f"""<div id="wrap" class="o_wevent_index">
<section class="s_cover parallax s_parallax_is_fixed bg-black-50 pt48 pb48 o_colored_level" data-scroll-background-ratio="1" data-snippet="s_cover" data-name="Cover"><div class="container s_allow_columns"><h1 class="display-3" style="text-align: center;">{L["events"]}</h1></div></section>
<div class="o_wevent_events_list">
    <div class="container">
        <div class="o_wevent_search d-flex flex-wrap align-items-center py-3">
            <div class="dropdown d-none d-lg-block me-2"><a href="#" role="button" class="btn btn-light dropdown-toggle" data-bs-toggle="dropdown">{heading}</a><div class="dropdown-menu">{date_links}</div></div>
            {"".join(tag_menus)}
            <div class="dropdown d-none d-lg-block me-2"><a href="#" role="button" class="btn btn-light dropdown-toggle" data-bs-toggle="dropdown">{L["alltypes"]}</a><div class="dropdown-menu">{type_links}</div></div>
            <div class="dropdown d-none d-lg-block me-2"><a href="#" role="button" class="btn btn-light dropdown-toggle" data-bs-toggle="dropdown">{L["allcountries"]}</a><div class="dropdown-menu">{country_links}</div></div>
            <form method="get" class="o_searchbar_form o_wait_lazy_js s_searchbar_input ms-auto" action="{_lp(lang, "/event")}" data-snippet="s_searchbar_input">
                <div role="search" class="input-group"><input type="search" name="search" class="search-query form-control oe_search_box" placeholder="{L["search"]}" value="{attr(search)}" data-search-type="events" data-limit="5" autocomplete="off"/><button type="submit" class="btn oe_search_button btn-primary"><i class="fa fa-search"></i></button></div>
            </form>
        </div>
        <div id="o_wevent_index_main_col" class="row">
{body}
        </div>
    </div>
</div>
</div>"""
        canonical = "/event?date=old" if date_key == "old" else "/event"
        return self.page(
            lang,
            path,
            f"{L['events']} | {SITE_SHORT if lang == 'th' else SITE_EN}",
            main,
            main_object="website.page(5,)",
            canonical=canonical,
            active="event",
            query=query,
        )

    def event_page(self, lang: str, e: _Event, query: str) -> Response:
        L = LABELS[lang]
        b, en = _ev_local(e.begin), _ev_local(e.end)
        past = en < _ev_local("2024-09-16 10:00")
        slug = event_slug(e, lang)
        desc = "\n".join(f"<p>{esc(t)}</p>" for t in e.text)
        when = _date_long(b.date(), lang) + (f" - {_date_long(en.date(), lang)}" if en.date() != b.date() else "")
        gcal = "https://www.google.com/calendar/render?" + _qs(
            [
                ("action", "TEMPLATE"),
                ("text", event_name(e, lang)),
                (
                    "dates",
                    f"{_ev_utc(e.begin).replace('-', '').replace(':', '').replace(' ', 'T')}Z/{_ev_utc(e.end).replace('-', '').replace(':', '').replace(' ', 'T')}Z",
                ),
                ("location", e.place),
            ]
        )
        if past:
            register = f'<div class="alert alert-info mb-0">{L["closed"]}</div>'
        else:
            register = f"""<form id="registration_form" action="{_lp(lang, f"/event/{slug}/registration/new")}" method="post" itemscope="itemscope" itemprop="offers" itemtype="http://schema.org/AggregateOffer">
    <input type="hidden" name="csrf_token" value="{_csrf(f"/event/{slug}/register")}"/>
    <div class="o_wevent_registration_single"><div class="row"><div class="col-md-8"><h5 class="my-0">ลงทะเบียนเข้าร่วม</h5><small class="text-muted">ไม่มีค่าใช้จ่าย</small></div>
    <div class="col-md-4"><select name="nb_register-0" class="form-select"><option>1</option><option>2</option><option>3</option></select></div></div></div>
    <button type="submit" class="btn btn-primary o_wait_lazy_js a-submit mt-3" data-bs-toggle="modal" data-bs-target="#modal_attendees_registration">{L["register"]}</button>
</form>"""
        main = f"""<div id="wrap" class="o_wevent_event js_event">
<section class="o_wevent_event_title position-relative">
    <div class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_wevent_event_main_cover o_half_screen_height">
        <div class="o_record_cover_component o_record_cover_image" style="background-image: url(/web/image/{1500 + e.id}-{_hex(f"ev{e.id}", 8)}/event.jpg);"></div>
        <div class="container d-flex flex-grow-1 h-100 w-100"><div id="o_wevent_event_main_cover_content" class="d-flex flex-column align-items-center justify-content-center text-center w-100 p-2">
            <span class="badge text-bg-light">{esc(EVENT_TYPES[e.etype][0 if lang == "th" else 1])}</span>
            <h1 itemprop="name" class="o_wevent_event_name">{esc(event_name(e, lang))}</h1>
        </div></div>
    </div>
</section>
<nav class="navbar navbar-light border-top shadow-sm d-print-none"><div class="container"><ul class="navbar-nav flex-row"><li class="nav-item me-3"><a href="{_lp(lang, "/event")}" class="nav-link"><i class="fa fa-long-arrow-left me-1"></i>{L["events"]}</a></li><li class="nav-item"><a href="{_lp(lang, f"/event/{slug}/register")}" class="nav-link active">{L["register"]}</a></li></ul></div></nav>
<section id="o_wevent_event_main" class="container my-4">
    <div class="row">
        <div class="col-lg-8">
            <div class="o_wevent_event_registration mb-4">{register}</div>
            <div itemprop="description" class="o_wevent_event_description">
{desc}
            </div>
        </div>
        <aside class="col-lg-4">
            <div class="o_wevent_sidebar_block">
                <h6 class="o_wevent_sidebar_title">{L["when"]}</h6>
                <div class="d-flex"><time itemprop="startDate" datetime="{_ev_utc(e.begin).replace(" ", "T")}">{when}</time></div>
                <div class="small">{b:%H:%M} - {en:%H:%M} (Asia/Bangkok)</div>
                <div class="dropdown mt-2"><a href="#" role="button" class="btn btn-link p-0 dropdown-toggle" data-bs-toggle="dropdown"><i class="fa fa-calendar me-1"></i>เพิ่มลงในปฏิทิน</a>
                    <div class="dropdown-menu"><a class="dropdown-item" href="/event/{slug}/ics">{L["ical"]}</a><a class="dropdown-item" href="{attr(gcal)}" target="_blank">{L["gcal"]}</a></div></div>
            </div>
            <div class="o_wevent_sidebar_block" itemprop="location" itemscope="itemscope" itemtype="http://schema.org/Place">
                <h6 class="o_wevent_sidebar_title">{L["where"]}</h6>
                <address class="mb-0" itemprop="name">{esc(e.place)}<br/>ตำบลบึงสะแกทอง อำเภอวังทอง จังหวัดพิษณุโลก</address>
            </div>
        </aside>
    </div>
</section>
</div>"""
        head = f'        <meta property="og:type" content="website"/>\n        <meta property="og:title" content="{attr(event_name(e, lang))}"/>'
        return self.page(
            lang,
            f"/event/{slug}/register",
            f"{event_name(e, lang)} | {SITE_SHORT if lang == 'th' else SITE_EN}",
            main,
            main_object=f"event.event({e.id},)",
            head=head,
            active="event",
            query=query,
        )

    def ics(self, e: _Event) -> Response:
        def z(s: str) -> str:
            return _ev_utc(s).replace("-", "").replace(":", "").replace(" ", "T") + "Z"

        text = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Odoo//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:event-{e.id}@bueangsakaethong.go.th\r\nDTSTART:{z(e.begin)}\r\nDTEND:{z(e.end)}\r\n"
            f"SUMMARY:{e.name}\r\nLOCATION:{e.place}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        return Response(
            200,
            (
                ("Content-Type", "application/octet-stream"),
                ("Content-Disposition", f"attachment; filename*=UTF-8''{quote(e.name)}.ics"),
            ),
            text.encode("utf-8"),
        )

    # -- robots, sitemap --------------------------------------------------------------------------------
    def robots(self) -> Response:
        return Response(
            200,
            (("Content-Type", "text/plain; charset=utf-8"),),
            f"User-agent: *\n\nSitemap: {self.b}/sitemap.xml\n".encode(),
        )

    def sitemap(self) -> Response:
        b = self.b
        locs: list[tuple[str, str]] = [("/", "2024-09-10")]
        for path in ("/aboutus", "/contactus", "/history", "/vision", "/executives", "/ita", "/cookie-policy"):
            locs.append((path, "2024-06-03"))
        locs.append(("/blog", ""))
        for bid in BLOGS:
            locs.append((f"/blog/{blog_slug(bid)}", ""))
        for bid in BLOGS:
            locs.append((f"/blog/{blog_slug(bid)}/feed", ""))
        for p in sorted(POSTS, key=lambda p: p.id):
            locs.append((post_path(p), ""))
        locs.append(("/events", ""))
        for e in EVENTS:
            locs.append((f"/event/{event_slug(e, 'th')}", ""))
        rows = "\n".join(
            f"  <url>\n    <loc>{b}{esc(loc)}</loc>" + (f"\n    <lastmod>{mod}</lastmod>" if mod else "") + "\n  </url>"
            for loc, mod in locs
        )
        text = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}\n</urlset>\n'
        return Response(200, (("Content-Type", "text/xml;charset=utf-8"),), text.encode("utf-8"))

    # -- routing ------------------------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        query = parts.query
        pairs = parse_qsl(query, keep_blank_values=True)
        if path == "/th" or path.startswith("/th/"):
            return redirect(self.b + (path[3:] or "/") + (f"?{query}" if query else ""), 301)
        lang = "th"
        if path == "/en" or path.startswith("/en/"):
            lang, path = "en", path[3:] or "/"
        return self.handle(lang, path, pairs, query)

    def handle(self, lang: str, path: str, pairs: list[tuple[str, str]], query: str) -> Response | None:
        if path == "/":
            return self.home(lang)
        if path in PAGES:
            return self.static_page(lang, path)
        if path == "/contactus":
            return self.contactus(lang)
        if path == "/web/login":
            return self.login(lang, pairs, query)
        m = re.fullmatch(r"/blog/([^/]+)/feed", path)
        if m:
            bid = _unslug(m.group(1))
            if bid not in BLOGS:
                return None
            if m.group(1) != blog_slug(bid):
                return redirect(f"{self.b}/blog/{blog_slug(bid)}/feed" + (f"?{query}" if query else ""), 301)
            return self.feed(bid)
        m = re.fullmatch(r"/blog/([^/]+)/post/([^/]+)", path)
        if m:
            bid, pid = _unslug(m.group(1)), _unslug(m.group(2))
            if bid not in BLOGS or pid not in BY_ID:
                return None
            return redirect(self.b + _lp(lang, post_path(BY_ID[pid])), 301)
        m = re.fullmatch(r"/blog(?:/(?!tag/|page/)([^/]+))?(?:/tag/([^/]+))?(?:/page/(\d+))?", path)
        if m:
            page = int(m.group(3)) if m.group(3) else 1
            if page < 1:
                return None
            return self.listing(lang, m.group(1), m.group(2), page, pairs, query)
        m = re.fullmatch(r"/blog/([^/]+)/([^/]+)", path)
        if m:
            return self.post(lang, m.group(1), m.group(2), query)
        m = re.fullmatch(r"/events?(?:/page/(\d+))?", path)
        if m:
            page = int(m.group(1)) if m.group(1) else 1
            return self.event_listing(lang, max(page, 1), pairs, query, path)
        m = re.fullmatch(r"/event/([^/]+)(/register|/ics)?", path)
        if m:
            eid = _unslug(m.group(1))
            if eid not in EV_BY_ID:
                return None
            e = EV_BY_ID[eid]
            want = event_slug(e, lang)
            if m.group(1) != want:
                return redirect(
                    self.b + _lp(lang, f"/event/{want}{m.group(2) or ''}") + (f"?{query}" if query else ""), 301
                )
            if m.group(2) == "/register":
                return self.event_page(lang, e, query)
            if m.group(2) == "/ics":
                return self.ics(e)
            return redirect(self.b + _lp(lang, f"/event/{want}/register"), 302)
        return None

    # -- registration -------------------------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b

        def add(target: str, non_article: bool = True) -> None:
            resp = self.dynamic(target)
            assert resp is not None and resp.status == 200, target
            site.add(target, resp)
            if non_article:
                self.non_articles.append(b + target)

        self.media()
        site.add("/robots.txt", self.robots())
        site.add("/sitemap.xml", self.sitemap())
        for bid in BLOGS:
            site.add(f"/blog/{blog_slug(bid)}/feed", self.feed(bid))
        for lang in ("th", "en"):
            na = lang == "th"
            add(_lp(lang, "/"), True)
            for path in (*PAGES, "/contactus"):
                add(_lp(lang, path), na or path == "/aboutus")
            blog_total = -(-len(VISIBLE) // PER_PAGE)
            add(_lp(lang, "/blog"), True)
            for n in range(2, blog_total + 1):
                add(_lp(lang, f"/blog/page/{n}"), na)
            for bid in BLOGS:
                count = sum(1 for p in VISIBLE if p.blog == bid)
                add(_lp(lang, f"/blog/{blog_slug(bid)}"), na)
                for n in range(2, -(-count // PER_PAGE) + 1):
                    add(_lp(lang, f"/blog/{blog_slug(bid)}/page/{n}"), na)
                for t in sorted({t for p in VISIBLE if p.blog == bid for t in p.tags}):
                    add(_lp(lang, f"/blog/{blog_slug(bid)}/tag/{tag_slug(t, lang)}"), na)
            for t in sorted({t for p in VISIBLE for t in p.tags}):
                add(_lp(lang, f"/blog/tag/{tag_slug(t, lang)}"), na)
            for p in VISIBLE:
                add(_lp(lang, post_path(p)), False)
            add(_lp(lang, "/event"), True)
            for key in ("all", "old"):
                add(_lp(lang, f"/event?date={key}"), na)
            for e in EVENTS:
                add(_lp(lang, f"/event/{event_slug(e, lang)}/register"), na)
        add("/events", True)
        add("/web/login", True)
        for p in sorted(VISIBLE, key=lambda p: (p.dt, p.id)):
            url = b + post_path(p)
            aliases = [b + _lp("en", post_path(p))]
            for q in VISIBLE:
                if q.extra_link[1] and (self.dynamic(q.extra_link[1]) or Response(404, ())).header("Location") == url:
                    aliases.append(b + q.extra_link[1])
            if p.id == BARE_LINK_POST:
                aliases.append(f"{b}/blog/news-1/{p.id}")
            paras = list(p.paragraphs)
            if p.extra_link[1]:
                paras[p.extra_link[0]] += " " + p.extra_link[2]
            site.articles.append(
                FixtureArticle(
                    url=url,
                    aliases=tuple(aliases),
                    title=p.title,
                    paragraphs=tuple(paras),
                    published=p.date,
                    author=p.author,
                    captions=(),
                )
            )
        site.non_articles = self.non_articles
        site.trap_patterns = [
            r"^(?:/en)?/events?(?:/page/\d+)?\?(?:.*&)?(?:tags|type|country|search)=",
            r"^(?:/en)?/blog(?:/[^?]*)?\?(?:.*&)?(?:date_begin|date_end|search)=",
        ]
        site.dynamic = self.dynamic
        site.not_found = self.not_found()

    def media(self) -> None:
        site = self.site
        launch = datetime(2023, 9, 1, 9, 0)
        for p in POSTS:
            add_jpeg(site, self.cover(p), 1200, 630, p.dt)
            for k in range(1, p.photos + 1):
                add_jpeg(site, self.photo(p, k), 1024, 683, p.dt)
            if p.pdf:
                body = add_pdf(
                    site,
                    f"/web/content/{2200 + p.id}",
                    f"Bueng Sakae Thong SAO notice {p.id}",
                    [f"Notice {p.id}", p.date],
                    p.dt,
                )
                resp = site.route(body)
                assert resp is not None
                site.add(
                    self.pdf_path(p),
                    Response(
                        200,
                        (*resp.headers, ("Content-Disposition", f"attachment; filename*=UTF-8''{quote(p.pdf)}")),
                        resp.body,
                    ),
                )
        for aid, _name in ITA_DOCS:
            add_pdf(
                site,
                f"/web/content/{aid}?download=true",
                f"ITA 2567 document {aid}",
                ["ITA 2567", f"Document {aid}"],
                launch,
            )
        for bid in BLOGS:
            add_jpeg(site, f"/web/image/{1300 + bid}-{_hex(f'blog{bid}', 8)}/blog_cover.jpg", 1600, 500, launch)
        for e in EVENTS:
            add_jpeg(site, f"/web/image/{1500 + e.id}-{_hex(f'ev{e.id}', 8)}/event.jpg", 1200, 630, launch)
        for p in POSTS:
            add_jpeg(site, f"/web/image/blog.post/{p.id}/author_avatar", 128, 128, launch)
        add_jpeg(site, f"/web/image/1291-{_hex('banner1', 8)}/banner-songkran.jpg", 1920, 700, launch)
        add_jpeg(site, f"/web/image/1292-{_hex('mayor', 8)}/mayor.jpg", 600, 800, launch)
        add_jpeg(site, self.logo(), 190, 80, launch)
        site.add("/website/social/facebook", redirect("https://www.facebook.com/bstsao.phitsanulok", 303))
        add_jpeg(site, "/web/image/website/1/favicon?unique=7c1e0b4", 32, 32, launch)
        site.add("/web/static/img/odoo_logo_tiny.png", static_file(GIF_1X1, "image/png", launch))
        for path, ctype in (
            ("/web/assets/2871-0d7f3a1/1/web.assets_frontend.min.css", "text/css"),
            ("/web/assets/2872-5b9e4c2/1/web.assets_frontend_minimal.min.js", "application/javascript"),
            ("/web/assets/2873-a41c8d9/1/web.assets_frontend_lazy.min.js", "application/javascript"),
        ):
            add_text(site, path, "/* minified */\n", ctype)


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, disallowed_paths=[], server_software="nginx/1.18.0 (Ubuntu)")
    _Odoo(site).register()
    return site

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""wp_elementor_events: a WordPress 6 + Hello Elementor + Elementor Pro + "The Events Calendar" site.

CMS imitated: a fictional เทศบาลตำบลดอนมะเฟือง on WordPress 6.5 with the Hello Elementor theme,
Elementor Pro Theme Builder templates (header, footer, single post, archive) and The Events
Calendar 6 (free). Permalinks are /%postname%/ with Thai titles, so post URLs are lower-case
percent-encoded slugs cut at 200 characters (WordPress's limit, mid-word).

URL shapes
* posts            /<percent-encoded thai slug>/  (+ /?p=ID 301 -> permalink, /<slug>/?replytocom=N copies)
* static pages     /ผู้บริหาร/, /วิสัยทัศน์/, /ติดต่อเรา/ (same Elementor single template as posts:
                   title, author, date line, prev/next between pages; /?page_id=N 301s)
* listings         / + /page/2/, /page/3/ (6 a page); /category/<thai>/ (+ /page/2/); /tag/<thai>/;
                   /author/<login>/; /YYYY/MM/ (archives widget) and /YYYY/MM/DD/ (post-info date link)
* events (TEC)     /events/ = /events/list/ (upcoming from "today" 2024-06-18), /events/month/ (June 2024),
                   /event/<thai slug>/ single events, ?ical=1 / ?outlook-ical=1 exports (text/calendar)
* machine          /feed/ (latest 10, full content), /comments/feed/, /<slug>/feed/ (comment feeds),
                   /wp-sitemap.xml -> posts-post, posts-page, posts-tribe_events, taxonomies-category,
                   taxonomies-post_tag, users sub-sitemaps; /wp-json/... (linked from every <head>),
                   oEmbed JSON/XML; robots.txt (Disallow: /wp-admin/, Sitemap:)

Gold articles: 17 news posts, 2023-10-05 .. 2024-06-17, oldest first. Five of them are short (one
photo and two lines) and still articles. Reached through: home + /page/N/, category archives (+
page 2), tag, author and date archives, the sidebar "ข่าวล่าสุด" (latest 5, every page), the
"ข่าวเด่น" sticky box (the tax notice of 2023-12-14 on top of EVERY listing), the Elementor
post navigation (prev/next, across all 18 posts), /feed/ (latest 10) and the post sitemap (all).

Non-articles (site.non_articles): home and its pages, category/tag/author/month/day archives,
the three static pages (which carry a title, an author and a date like posts; วิสัยทัศน์ is
prose), one photo-only post (title + gallery of 6 photos, no text: in listings, the feed, the
sitemap and the prev/next chain like any post), the 7 single event pages /event/<slug>/ (NOT
articles: calendar entries with a date, a time, a venue, an organiser and a one-sentence
description), /events/, /events/list/, /events/month/ and one month and one list page.

Dates: the Elementor post-info widget shows Buddhist-era Thai dates ("12 มีนาคม 2567") in a
<time> without datetime, and the time ("09:15 น."); no article:published_time (no SEO plugin).
Post 1290 was published at 00:20 Bangkok time, so its RSS pubDate (UTC) is the day before.
Post 1411 also shows "ปรับปรุงล่าสุด 3 มิถุนายน 2567"; its body and several others mention other
dates (events, deadlines, "ประกาศ ณ วันที่ 30 เมษายน 2567"). Comments carry <time datetime>.

Traps (site.trap_patterns, made on request by site.dynamic):
* TEC month view /events/month/YYYY-MM/ for ANY month (years 1000-9998): « » and the bottom
  month navigation link the previous/next month forever; each has ?ical=1 / ?outlook-ical=1.
* TEC list view /events/list/?tribe-bar-date=YYYY-MM-DD for ANY date: a 30-day window whose
  « กิจกรรมก่อนหน้า / กิจกรรมถัดไป » links move 30 days back/forward forever (+ &ical=1 export).

Hard cases: Thai percent-encoded slugs (any hex case works), replytocom copies (noindex, in
aliases), wp-json/oEmbed links in every head (JSON holding the post text), the sticky post on
every listing, listing excerpts that are whole first paragraphs (Thai has few spaces), static
pages and event pages that look like posts, a photo-only post, a PDF attachment block, external
share links (Facebook, LINE, X), Google Calendar links, tel:/mailto: links.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, local_dt, rfc822, thai_long
from .common import (
    add_jpeg,
    add_pdf,
    add_text,
    attr,
    esc,
    html_page,
    nbsp_indent,
    redirect,
    texturize,
    wp_slug,
)

FAMILY = "wp_elementor_events"
SITE = "เทศบาลตำบลดอนมะเฟือง"
TAGLINE = "อำเภอวังทอง จังหวัดพิษณุโลก"
ADDRESS = "99 หมู่ที่ 5 ตำบลดอนมะเฟือง อำเภอวังทอง จังหวัดพิษณุโลก 65130"
PHONE = "0 5531 1480"
PER_PAGE = 6
SIDEBAR_LATEST = 5
FEED_ITEMS = 10
TODAY = date(2024, 6, 18)  # the "today" of the events views
STICKY_ID = 1240
PHOTO_ONLY_ID = 1262
SINGLE_TEMPLATE = 312
ARCHIVE_TEMPLATE = 327
HEADER_TEMPLATE = 45
FOOTER_TEMPLATE = 51
WP_VER = "6.5.3"
EL_VER = "3.21.4"
TEC_VER = "6.5.1.1"

AUTHORS = {
    "pr": (2, "pr-donmafueang", "งานประชาสัมพันธ์"),
    "health": (3, "health-office", "กองสาธารณสุขและสิ่งแวดล้อม"),
}
CATEGORIES = {  # key: (term id, name)
    "news": (3, "ข่าวประชาสัมพันธ์"),
    "activity": (4, "ข่าวกิจกรรม"),
    "notice": (5, "ประกาศ"),
}
TAGS = {  # name: term id
    "สิ่งแวดล้อม": 11,
    "ป้องกันภัย": 12,
    "งานประเพณี": 13,
    "ภาษี": 14,
    "สาธารณสุข": 15,
    "ผู้สูงอายุ": 16,
}


@dataclass
class _Post:
    id: int
    date: str
    time: str
    cat: str
    author: str
    title: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    style: str = "elementor"  # "elementor" (text-editor + image widgets) or "classic"
    gallery: int = 0  # uncaptioned gallery photos after the text
    modified: str | None = None  # shown as "ปรับปรุงล่าสุด ..."
    attachment: str | None = None  # PDF file block title
    comment: tuple[int, str, str, str, str] | None = None  # (id, name, date, time, text)
    slug: str = ""
    dt: datetime = field(default=None)  # type: ignore[assignment]

    @property
    def gold(self) -> bool:
        return bool(self.paragraphs)


POSTS: tuple[_Post, ...] = (
    _Post(
        1184,
        "2023-10-05",
        "10:20",
        "activity",
        "pr",
        "เทศบาลตำบลดอนมะเฟืองร่วมกับชุมชนขุดลอกและเก็บผักตบชวาในคลองสาธารณะ",
        (
            "วันพฤหัสบดีที่ 5 ตุลาคม 2566 เวลา 08.30 น. นายสมเกียรติ แก้วประเสริฐ นายกเทศมนตรีตำบลดอนมะเฟือง มอบหมายให้กองช่างร่วมกับผู้นำชุมชนและจิตอาสากว่า 80 คน ขุดลอกและเก็บผักตบชวาในคลองสาธารณะบริเวณหมู่ที่ 3 และหมู่ที่ 5 ระยะทางประมาณ 1.2 กิโลเมตร",
            "กิจกรรมครั้งนี้มีวัตถุประสงค์เพื่อให้น้ำไหลผ่านได้สะดวกก่อนเข้าสู่ช่วงน้ำหลาก ลดความเสี่ยงน้ำท่วมขังบ้านเรือนและพื้นที่การเกษตรของประชาชน",
            "เทศบาลขอขอบคุณผู้นำชุมชน อสม. และพี่น้องประชาชนทุกท่านที่สละเวลามาร่วมแรงร่วมใจ และขอความร่วมมืองดทิ้งขยะลงในลำคลองเพื่อรักษาสภาพคลองให้สะอาดตลอดไป",
        ),
        captions=("จิตอาสาร่วมกันเก็บผักตบชวาบริเวณคลองหมู่ที่ 3",),
        tags=("สิ่งแวดล้อม",),
    ),
    _Post(
        1203,
        "2023-10-27",
        "14:05",
        "notice",
        "pr",
        "ประกาศรับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2567",
        (
            "ด้วยเทศบาลตำบลดอนมะเฟืองมีความประสงค์จะรับสมัครประชาชนในพื้นที่เข้ารับการฝึกอบรมเป็นอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) จำนวน 40 คน เพื่อเป็นกำลังเสริมในการป้องกันและบรรเทาสาธารณภัยในชุมชน",
            "ผู้สมัครต้องมีอายุ 18 ปีบริบูรณ์ขึ้นไป มีภูมิลำเนาอยู่ในตำบลดอนมะเฟืองไม่น้อยกว่า 6 เดือน และมีความประพฤติดี ยื่นใบสมัครได้ที่งานป้องกันและบรรเทาสาธารณภัย สำนักปลัดเทศบาล ตั้งแต่วันที่ 1 – 20 พฤศจิกายน 2566 ในวันและเวลาราชการ",
            "สอบถามรายละเอียดเพิ่มเติมได้ที่หมายเลขโทรศัพท์ 0 5531 1480 ต่อ 12",
        ),
        tags=("ป้องกันภัย",),
        style="classic",
    ),
    _Post(
        1221,
        "2023-11-28",
        "09:40",
        "activity",
        "pr",
        "บรรยากาศงานประเพณีลอยกระทง ประจำปี 2566",
        (
            "เทศบาลตำบลดอนมะเฟืองจัดงานประเพณีลอยกระทง ณ สระหนองเป็ด เมื่อคืนวันที่ 27 พฤศจิกายน 2566 มีประชาชนร่วมงานอย่างคึกคัก",
            "ขอบคุณทุกชุมชนที่ส่งกระทงใหญ่และนางนพมาศเข้าร่วมประกวด",
        ),
        tags=("งานประเพณี",),
        gallery=3,
    ),
    _Post(
        STICKY_ID,
        "2023-12-14",
        "11:00",
        "news",
        "pr",
        "แจ้งกำหนดการชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567",
        (
            "เทศบาลตำบลดอนมะเฟืองขอแจ้งให้เจ้าของที่ดินและสิ่งปลูกสร้าง รวมถึงเจ้าของป้ายในเขตเทศบาลทราบกำหนดการชำระภาษีประจำปี 2567 ดังนี้",
            "ภาษีที่ดินและสิ่งปลูกสร้าง ชำระได้ตั้งแต่เดือนกุมภาพันธ์ถึงวันที่ 30 เมษายน 2567 ตามใบแจ้งประเมินภาษีที่เทศบาลจัดส่งให้",
            "ภาษีป้าย ยื่นแบบแสดงรายการภายในวันที่ 31 มีนาคม 2567 และชำระภายใน 15 วันนับแต่วันที่ได้รับแจ้งการประเมิน",
            "ผู้ที่ชำระภาษีล่าช้ากว่ากำหนดจะต้องเสียเงินเพิ่มตามที่กฎหมายกำหนด สามารถชำระได้ที่งานจัดเก็บรายได้ กองคลัง หรือชำระผ่านแอปพลิเคชันธนาคารโดยสแกน QR Code บนใบแจ้งประเมิน",
        ),
        tags=("ภาษี",),
        style="classic",
    ),
    _Post(
        PHOTO_ONLY_ID,
        "2024-01-13",
        "16:30",
        "activity",
        "pr",
        "ภาพบรรยากาศงานวันเด็กแห่งชาติ ประจำปี 2567",
        (),
        gallery=6,
    ),
    _Post(
        1275,
        "2024-01-22",
        "10:10",
        "activity",
        "health",
        "อบรมให้ความรู้การคัดแยกขยะต้นทางแก่ครัวเรือนในชุมชน",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลดอนมะเฟือง จัดโครงการอบรมให้ความรู้การคัดแยกขยะมูลฝอยต้นทาง ณ ศาลาอเนกประสงค์หมู่ที่ 1 มีตัวแทนครัวเรือนเข้าร่วมจำนวน 65 คน",
            "วิทยากรได้อธิบายวิธีแยกขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย พร้อมสาธิตการทำถังขยะเปียกลดโลกร้อนจากถังพลาสติกเหลือใช้ ซึ่งแต่ละครัวเรือนสามารถทำได้เองด้วยต้นทุนไม่เกิน 100 บาท",
            "ผู้เข้าร่วมอบรมทุกคนได้รับถังขยะเปียกคนละ 1 ใบ เพื่อนำไปใช้ที่บ้าน เทศบาลตั้งเป้าหมายลดปริมาณขยะที่ส่งไปกำจัดลงร้อยละ 10 ภายในปี 2567",
        ),
        captions=(
            "วิทยากรสาธิตการทำถังขยะเปียกลดโลกร้อน",
            "ตัวแทนครัวเรือนรับถังขยะเปียกเพื่อนำไปใช้ที่บ้าน",
        ),
        tags=("สิ่งแวดล้อม",),
    ),
    _Post(
        1290,
        "2024-02-08",
        "00:20",
        "notice",
        "pr",
        "แจ้งงดจ่ายน้ำประปาชั่วคราว หมู่ที่ 4 และหมู่ที่ 6",
        (
            "เนื่องจากกองช่างจะดำเนินการซ่อมแซมท่อเมนประปาที่ชำรุด จึงขอแจ้งงดจ่ายน้ำประปาในวันที่ 8 กุมภาพันธ์ 2567 เวลา 09.00 – 15.00 น.",
            "ขออภัยในความไม่สะดวก และขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า",
        ),
        style="classic",
    ),
    _Post(
        1308,
        "2024-02-26",
        "13:45",
        "activity",
        "health",
        "ตรวจคัดกรองสุขภาพผู้สูงอายุเชิงรุกร่วมกับ รพ.สต.ดอนมะเฟือง",
        (
            "เทศบาลตำบลดอนมะเฟืองร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลดอนมะเฟือง ออกหน่วยตรวจคัดกรองสุขภาพผู้สูงอายุถึงบ้านในหมู่ที่ 2 หมู่ที่ 4 และหมู่ที่ 7 ระหว่างวันที่ 19 – 23 กุมภาพันธ์ 2567",
            "การตรวจคัดกรองประกอบด้วยการวัดความดันโลหิต ตรวจระดับน้ำตาลในเลือด ประเมินภาวะข้อเข่าเสื่อม และประเมินความเสี่ยงต่อการหกล้ม รวมผู้สูงอายุที่ได้รับการตรวจทั้งสิ้น 214 คน",
            "ผู้ที่มีผลตรวจผิดปกติจะได้รับการนัดหมายติดตามอาการจากเจ้าหน้าที่ รพ.สต. และ อสม. ประจำหมู่บ้านต่อไป",
        ),
        captions=("เจ้าหน้าที่ รพ.สต. ตรวจวัดความดันโลหิตให้ผู้สูงอายุที่บ้าน",),
        tags=("สาธารณสุข", "ผู้สูงอายุ"),
        comment=(41, "ลูกหลานหมู่ 4", "2024-02-27", "19:02", "ขอบคุณเจ้าหน้าที่ทุกท่านครับ คุณยายที่บ้านดีใจมากที่มีคนมาตรวจถึงบ้าน"),
    ),
    _Post(
        1323,
        "2024-03-12",
        "09:15",
        "news",
        "health",
        "รณรงค์ป้องกันโรคไข้เลือดออก ร่วมกันกำจัดแหล่งเพาะพันธุ์ยุงลาย",
        (
            "ช่วงต้นฤดูร้อนเป็นช่วงที่ยุงลายเริ่มขยายพันธุ์ได้มาก เทศบาลตำบลดอนมะเฟืองจึงขอเชิญชวนประชาชนทุกครัวเรือนร่วมกันกำจัดแหล่งเพาะพันธุ์ยุงลายตามหลัก 3 เก็บ คือ เก็บบ้านให้สะอาด เก็บขยะและภาชนะที่มีน้ำขัง และเก็บน้ำให้มิดชิด",
            "ในวันที่ 15 มีนาคม 2567 เจ้าหน้าที่จะออกพ่นหมอกควันกำจัดยุงตัวเต็มวัยในหมู่ที่ 1 ถึงหมู่ที่ 4 และจะแจกทรายอะเบทให้ครัวเรือนที่มีภาชนะกักเก็บน้ำขนาดใหญ่",
            "หากมีผู้ป่วยมีไข้สูงลอยเกิน 2 วัน ขอให้รีบพบแพทย์ที่ รพ.สต. หรือโรงพยาบาลใกล้บ้าน และงดรับประทานยาแอสไพรินหรือไอบูโพรเฟน",
            "สอบถามเพิ่มเติมได้ที่กองสาธารณสุขและสิ่งแวดล้อม โทร. 0 5531 1480 ต่อ 21",
        ),
        tags=("สาธารณสุข",),
        style="classic",
    ),
    _Post(
        1337,
        "2024-03-28",
        "15:30",
        "activity",
        "pr",
        "มอบถุงยังชีพช่วยเหลือผู้ประสบอัคคีภัย หมู่ที่ 2",
        (
            "นายกเทศมนตรีตำบลดอนมะเฟืองพร้อมคณะผู้บริหาร ลงพื้นที่มอบถุงยังชีพและเครื่องอุปโภคบริโภคแก่ครอบครัวที่บ้านพักถูกไฟไหม้ในหมู่ที่ 2",
            "เทศบาลจะประสานหน่วยงานที่เกี่ยวข้องให้ความช่วยเหลือในการซ่อมแซมที่อยู่อาศัยต่อไป",
        ),
        captions=("คณะผู้บริหารมอบถุงยังชีพแก่ครอบครัวผู้ประสบอัคคีภัย",),
    ),
    _Post(
        1352,
        "2024-04-09",
        "10:00",
        "news",
        "pr",
        "ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ 2567 ลดอุบัติเหตุทางถนน",
        (
            "เทศบาลตำบลดอนมะเฟืองร่วมกับสถานีตำรวจภูธรวังทองและอาสาสมัครป้องกันภัยฝ่ายพลเรือน ตั้งจุดบริการประชาชนบริเวณทางแยกหน้าตลาดเทศบาล ระหว่างวันที่ 11 – 17 เมษายน 2567 ตลอด 24 ชั่วโมง",
            "ที่จุดบริการมีน้ำดื่ม กาแฟ และบริการตรวจเช็กสภาพรถจักรยานยนต์เบื้องต้นสำหรับผู้เดินทางกลับภูมิลำเนา พร้อมเจ้าหน้าที่กู้ชีพประจำจุดตลอดเวลา",
            "ขอให้ผู้ขับขี่ทุกคนสวมหมวกนิรภัย คาดเข็มขัดนิรภัย และไม่ขับรถหลังดื่มเครื่องดื่มแอลกอฮอล์ หากพบเหตุฉุกเฉินโทรแจ้งสายด่วน 1669",
        ),
        tags=("ป้องกันภัย", "งานประเพณี"),
        style="classic",
    ),
    _Post(
        1369,
        "2024-04-18",
        "11:20",
        "activity",
        "pr",
        "สืบสานประเพณีรดน้ำดำหัวผู้สูงอายุ ประจำปี 2567",
        (
            "เทศบาลตำบลดอนมะเฟืองจัดพิธีรดน้ำดำหัวขอพรผู้สูงอายุ ณ หอประชุมเทศบาล โดยมีผู้สูงอายุจากทั้ง 9 หมู่บ้านเข้าร่วมกว่า 300 คน ภายในงานมีการแสดงฟ้อนเล็บของนักเรียนศูนย์พัฒนาเด็กเล็กและการมอบของที่ระลึก",
            "กิจกรรมนี้จัดขึ้นทุกปีเพื่อแสดงความกตัญญูต่อผู้สูงอายุและอนุรักษ์ประเพณีอันดีงามของท้องถิ่นให้คงอยู่สืบไป",
        ),
        captions=(
            "คณะผู้บริหารและสมาชิกสภาเทศบาลรดน้ำขอพรผู้สูงอายุ",
            "การแสดงฟ้อนเล็บของนักเรียนศูนย์พัฒนาเด็กเล็ก",
        ),
        tags=("ผู้สูงอายุ", "งานประเพณี"),
        comment=(57, "ป้าแดง", "2024-04-19", "07:45", "ปีหน้าขอให้จัดอีกนะจ๊ะ สนุกมาก"),
    ),
    _Post(
        1384,
        "2024-05-02",
        "09:00",
        "notice",
        "pr",
        "ประกาศเทศบาลตำบลดอนมะเฟือง เรื่อง การจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ครั้งที่ 1",
        (
            "ด้วยเทศบาลตำบลดอนมะเฟืองได้ดำเนินการจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ครั้งที่ 1 ตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น และได้รับความเห็นชอบจากคณะกรรมการพัฒนาท้องถิ่นแล้ว",
            "จึงประกาศให้ประชาชนทราบโดยทั่วกัน ผู้สนใจสามารถดาวน์โหลดเอกสารแผนพัฒนาได้จากไฟล์แนบท้ายประกาศนี้ หรือขอดูได้ที่งานวิเคราะห์นโยบายและแผน สำนักปลัดเทศบาล",
            "ประกาศ ณ วันที่ 30 เมษายน 2567",
        ),
        style="classic",
        attachment="แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ครั้งที่ 1",
    ),
    _Post(
        1399,
        "2024-05-16",
        "14:00",
        "activity",
        "pr",
        "ปลูกต้นไม้ร่วมกันเพิ่มพื้นที่สีเขียว ณ สวนสาธารณะหนองเป็ด",
        (
            "คณะผู้บริหาร พนักงานเทศบาล และนักเรียนโรงเรียนบ้านดอนมะเฟือง ร่วมกันปลูกต้นรวงผึ้งและต้นอินทนิลจำนวน 120 ต้น รอบสวนสาธารณะหนองเป็ด",
            "เทศบาลขอเชิญชวนประชาชนช่วยกันดูแลรดน้ำต้นไม้ในช่วงหน้าแล้ง",
        ),
        tags=("สิ่งแวดล้อม",),
        gallery=2,
    ),
    _Post(
        1411,
        "2024-05-29",
        "10:30",
        "news",
        "pr",
        "ขอเชิญประชาชนร่วมประชุมประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น",
        (
            "เทศบาลตำบลดอนมะเฟืองขอเชิญประชาชนทุกหมู่บ้านเข้าร่วมประชุมประชาคมตำบล ในวันพุธที่ 12 มิถุนายน 2567 ตั้งแต่เวลา 09.00 น. เป็นต้นไป ณ ศาลาอเนกประสงค์หมู่ที่ 5 เพื่อร่วมเสนอปัญหาและความต้องการของชุมชนสำหรับบรรจุในแผนพัฒนาท้องถิ่น",
            "(แก้ไขสถานที่จัดประชุมจากหอประชุมเทศบาลเป็นศาลาอเนกประสงค์หมู่ที่ 5 เนื่องจากหอประชุมอยู่ระหว่างปรับปรุง)",
        ),
        style="classic",
        modified="2024-06-03",
    ),
    _Post(
        1426,
        "2024-06-05",
        "13:10",
        "activity",
        "pr",
        "ซ้อมแผนป้องกันและระงับอัคคีภัยในสำนักงานเทศบาล ประจำปี 2567",
        (
            "เทศบาลตำบลดอนมะเฟืองร่วมกับสถานีดับเพลิงเทศบาลจัดการฝึกซ้อมแผนป้องกันและระงับอัคคีภัยประจำปี โดยจำลองเหตุเพลิงไหม้ที่ห้องเก็บเอกสารชั้น 2 ของอาคารสำนักงาน",
            "พนักงานทุกคนได้ฝึกการอพยพหนีไฟไปยังจุดรวมพล การใช้ถังดับเพลิงชนิดผงเคมีแห้ง และการช่วยเหลือผู้บาดเจ็บเบื้องต้น ใช้เวลาอพยพทั้งหมด 4 นาที 30 วินาที",
            "หลังการฝึกซ้อม เจ้าหน้าที่ได้ร่วมกันสรุปบทเรียนและปรับปรุงเส้นทางหนีไฟให้ชัดเจนยิ่งขึ้น",
        ),
        captions=("พนักงานเทศบาลฝึกใช้ถังดับเพลิงชนิดผงเคมีแห้ง",),
        tags=("ป้องกันภัย",),
    ),
    _Post(
        1438,
        "2024-06-11",
        "09:50",
        "news",
        "pr",
        "รับสมัครเด็กเล็กเข้าศึกษาศูนย์พัฒนาเด็กเล็กเทศบาลตำบลดอนมะเฟือง ภาคเรียนที่ 2/2567",
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลดอนมะเฟืองเปิดรับสมัครเด็กที่มีอายุ 2 ปี 6 เดือน ถึง 3 ปี (เกิดระหว่างวันที่ 1 มกราคม 2564 ถึง 31 ธันวาคม 2564) เข้าศึกษาในภาคเรียนที่ 2 ปีการศึกษา 2567 จำนวน 25 คน",
            "ผู้ปกครองยื่นใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็ก ตั้งแต่วันที่ 17 มิถุนายน ถึง 12 กรกฎาคม 2567 โดยนำสูติบัตร สำเนาทะเบียนบ้าน และบัตรประจำตัวประชาชนของผู้ปกครองมาด้วย",
            "ไม่เสียค่าใช้จ่ายในการศึกษา และมีอาหารกลางวันกับอาหารเสริม (นม) ให้ทุกวัน",
        ),
        style="classic",
    ),
    _Post(
        1450,
        "2024-06-17",
        "16:00",
        "activity",
        "health",
        "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวฟรี",
        (
            "กองสาธารณสุขและสิ่งแวดล้อมออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวในหมู่ที่ 1 ถึงหมู่ที่ 3 รวม 186 ตัว",
            "หมู่บ้านที่เหลือจะออกหน่วยในสัปดาห์หน้า ติดตามกำหนดการได้ทางหน้าเว็บไซต์",
        ),
        captions=("เจ้าหน้าที่ฉีดวัคซีนให้สุนัขที่เจ้าของพามารับบริการ",),
        tags=("สาธารณสุข",),
    ),
)


@dataclass
class _Page:
    id: int
    title: str
    date: str
    html: str  # content inside the post-content widget
    slug: str = ""


EXECUTIVES = (
    ("นายสมเกียรติ แก้วประเสริฐ", "นายกเทศมนตรีตำบลดอนมะเฟือง"),
    ("นายวิชัย ทองดีงาม", "รองนายกเทศมนตรี"),
    ("นางสาวพิมพ์ชนก สุขเจริญวงศ์", "รองนายกเทศมนตรี"),
    ("นายประเสริฐ ใจมั่นคง", "เลขานุการนายกเทศมนตรี"),
)


@dataclass
class _Event:
    id: int
    title: str
    day: str
    start: str | None  # None: all day
    end: str | None
    venue: str
    description: str
    slug: str = ""

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)


EVENTS: tuple[_Event, ...] = (
    _Event(
        2071,
        "งานประเพณีสงกรานต์ตำบลดอนมะเฟือง ประจำปี 2567",
        "2024-04-13",
        None,
        None,
        "ลานวัฒนธรรมหน้าสำนักงานเทศบาล",
        "ขบวนแห่พระพุทธรูป ก่อเจดีย์ทราย และการละเล่นพื้นบ้านของทุกหมู่บ้าน",
    ),
    _Event(
        2088,
        "ประชุมสภาเทศบาลตำบลดอนมะเฟือง สมัยสามัญ สมัยที่ 2 ประจำปี 2567",
        "2024-05-20",
        "09:00",
        "12:00",
        "ห้องประชุมสภาเทศบาล",
        "พิจารณาญัตติและรับทราบรายงานผลการดำเนินงานรอบ 6 เดือน ประชาชนเข้ารับฟังได้",
    ),
    _Event(
        2093,
        "ประชุมประชาคมตำบล ประจำปี 2567",
        "2024-06-12",
        "09:00",
        "15:00",
        "ศาลาอเนกประสงค์หมู่ที่ 5",
        "รับฟังความคิดเห็นของประชาชนเพื่อทบทวนแผนพัฒนาท้องถิ่น",
    ),
    _Event(
        2105,
        "รณรงค์วันต่อต้านยาเสพติดโลก",
        "2024-06-26",
        "08:30",
        "11:30",
        "ลานหน้าสำนักงานเทศบาล",
        "เดินรณรงค์รอบตลาดเทศบาลและมอบเกียรติบัตรหมู่บ้านปลอดยาเสพติด",
    ),
    _Event(
        2112,
        "อบรมการปฐมพยาบาลเบื้องต้นสำหรับผู้ปกครอง",
        "2024-07-08",
        "13:00",
        "16:00",
        "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลดอนมะเฟือง",
        "ฝึกช่วยเหลือเด็กสำลักอาหารและการห้ามเลือดเบื้องต้น รับจำนวน 40 คน",
    ),
    _Event(
        2118,
        "ตลาดนัดสินค้าชุมชน ครั้งที่ 7",
        "2024-07-20",
        "16:00",
        "21:00",
        "ตลาดเทศบาลตำบลดอนมะเฟือง",
        "จำหน่ายสินค้าเกษตรและผลิตภัณฑ์ของกลุ่มอาชีพในตำบล",
    ),
    _Event(
        2126,
        "กิจกรรมเฉลิมพระเกียรติเนื่องในวันแม่แห่งชาติ",
        "2024-08-12",
        "07:00",
        "10:00",
        "หอประชุมเทศบาล",
        "พิธีทำบุญตักบาตรและมอบเกียรติบัตรแม่ดีเด่นประจำตำบล",
    ),
)


def _eid(*parts: object) -> str:
    """Elementor's 7-hex element ids (stable for the fixture)."""
    return hashlib.md5("/".join(map(str, parts)).encode()).hexdigest()[:7]


def _be(d: date) -> str:
    return thai_long(d)


def _hhmm(dt: datetime) -> str:
    return f"{dt:%H:%M} น."


def _excerpt(paragraphs: tuple[str, ...], words: int = 25) -> str:
    """wp_trim_words(): Thai has few spaces, so 25 'words' are often a whole paragraph."""
    tokens = " ".join(paragraphs).split()
    if len(tokens) <= words:
        return esc(" ".join(tokens))
    return esc(" ".join(tokens[:words])) + "&hellip;"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/wp-admin/"],
        server_software="Apache",
        redirect_slashless=True,
    )
    _Site(site).register()
    return site


class _Site:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.posts: list[_Post] = []
        for p in POSTS:
            self.posts.append(replace(p, slug=wp_slug(p.title), dt=local_dt(p.date, p.time)))
        self.newest = list(reversed(self.posts))
        self.by_id = {p.id: p for p in self.posts}
        self.events = [replace(e, slug=wp_slug(e.title)) for e in EVENTS]
        self.pages = [
            _Page(12, "ผู้บริหาร", "2023-05-10", self.executives_html(), wp_slug("ผู้บริหาร")),
            _Page(15, "วิสัยทัศน์", "2023-05-10", self.vision_html(), wp_slug("วิสัยทัศน์")),
            _Page(18, "ติดต่อเรา", "2023-05-11", self.contact_html(), wp_slug("ติดต่อเรา")),
        ]
        self.months = sorted({(p.dt.year, p.dt.month) for p in self.posts}, reverse=True)
        self.non_articles: list[str] = []

    # -- urls -------------------------------------------------------------------
    def link(self, p: _Post | _Page) -> str:
        return f"{self.b}/{p.slug}/"

    def event_link(self, e: _Event) -> str:
        return f"{self.b}/event/{e.slug}/"

    def cat_path(self, key: str) -> str:
        return f"/category/{wp_slug(CATEGORIES[key][1])}/"

    def tag_path(self, name: str) -> str:
        return f"/tag/{wp_slug(name)}/"

    def author_path(self, key: str) -> str:
        return f"/author/{AUTHORS[key][1]}/"

    # -- registration -------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        self.media()
        for i, post in enumerate(self.posts):
            page = self.post_page(i)
            site.add(f"/{post.slug}/", page)
            site.add(f"/?p={post.id}", redirect(self.link(post)))
            site.add(f"/{post.slug}/feed/", self.comment_feed(post))
            site.add(f"/{post.slug}/embed/", self.embed_page(post, post.title, _excerpt(post.paragraphs, 35)))
            aliases = [f"{b}/?p={post.id}"]
            if post.comment:
                cid = post.comment[0]
                site.add(f"/{post.slug}/?replytocom={cid}", self.post_page(i, replyto=cid))
                aliases.append(f"{self.link(post)}?replytocom={cid}")
            if not post.gold:
                self.non_articles.append(self.link(post))
                continue
            site.articles.append(
                FixtureArticle(
                    url=self.link(post),
                    aliases=tuple(aliases),
                    title=post.title,
                    paragraphs=post.paragraphs,
                    published=post.date,
                    author=AUTHORS[post.author][2],
                    captions=post.captions,
                )
            )
        for i, pg in enumerate(self.pages):
            site.add(f"/{pg.slug}/", self.static_page(i))
            site.add(f"/?page_id={pg.id}", redirect(self.link(pg)))
            site.add(f"/?p={pg.id}", redirect(self.link(pg)))
            site.add(f"/{pg.slug}/embed/", self.embed_page(pg, pg.title, ""))
            # The single template links the date to its day archive: no post that day -> 404.
            if f"{b}/{pg.date.replace('-', '/')}/" not in site.broken_links:
                site.broken_links.append(f"{b}/{pg.date.replace('-', '/')}/")
            self.non_articles.append(self.link(pg))
        # listings
        self.listing("/", SITE, "", self.newest, "home blog", head_title=f"{SITE} &#8211; {TAGLINE}")
        for key, (term_id, name) in CATEGORIES.items():
            posts = [p for p in self.newest if p.cat == key]
            self.listing(
                self.cat_path(key),
                f"หมวดหมู่: {name}",
                name,
                posts,
                f"archive category category-{wp_slug(name)} category-{term_id}",
                json_link=f"/wp-json/wp/v2/categories/{term_id}",
            )
            site.add(f"/?cat={term_id}", redirect(b + self.cat_path(key)))
        for name, term_id in TAGS.items():
            posts = [p for p in self.newest if name in p.tags]
            self.listing(
                self.tag_path(name),
                f"ป้ายกำกับ: {name}",
                name,
                posts,
                f"archive tag tag-{wp_slug(name)} tag-{term_id}",
                json_link=f"/wp-json/wp/v2/tags/{term_id}",
            )
        for key, (uid, login, name) in AUTHORS.items():
            posts = [p for p in self.newest if p.author == key]
            self.listing(
                self.author_path(key),
                f"ผู้เขียน: {name}",
                name,
                posts,
                f"archive author author-{login} author-{uid}",
                json_link=f"/wp-json/wp/v2/users/{uid}",
            )
        for y, m in self.months:
            posts = [p for p in self.newest if (p.dt.year, p.dt.month) == (y, m)]
            label = f"{MONTHS[m - 1]} {y + 543}"
            self.listing(f"/{y}/{m:02d}/", f"เดือน: {label}", label, posts, "archive date")
        for d in sorted({p.dt.date() for p in self.posts}):
            posts = [p for p in self.newest if p.dt.date() == d]
            self.listing(f"/{d:%Y/%m/%d}/", f"วัน: {_be(d)}", _be(d), posts, "archive date")
        self.register_events()
        self.register_machine()
        site.non_articles = self.non_articles
        site.trap_patterns = [
            r"^/events/month/\d{4}-\d{2}/",
            r"^/events/list/\?.*tribe-bar-date=",
        ]
        site.dynamic = self.dynamic
        site.not_found = replace(
            self.frame(
                f"ไม่พบหน้า &#8211; {SITE}",
                "error404",
                "",
                '<main id="content" class="site-main"><div class="page-header"><h1 class="entry-title">ขออภัย ไม่พบหน้าที่คุณต้องการ</h1></div>'
                '<div class="page-content"><p>ลิงก์อาจไม่ถูกต้องหรือหน้านี้ถูกย้ายไปแล้ว</p></div></main>',
            ),
            status=404,
        )

    def media(self) -> None:
        site = self.site
        for p in self.posts:
            stem = self.photo_stem(p, 0)
            for w, h in ((1200, 800), (800, 533), (768, 512), (300, 200)):
                suffix = "" if w == 1200 else f"-{w}x{h}"
                add_jpeg(site, f"{stem}{suffix}.jpg", w, h, p.dt)
            for k in range(1, len(p.captions) + p.gallery + 1):
                stem = self.photo_stem(p, k)
                add_jpeg(site, f"{stem}.jpg", 1200, 800, p.dt)
                add_jpeg(site, f"{stem}-800x533.jpg", 800, 533, p.dt)
                add_jpeg(site, f"{stem}-300x200.jpg", 300, 200, p.dt)
            if p.attachment:
                add_pdf(
                    site,
                    self.pdf_path(p),
                    "Local Development Plan 2566-2570, addition 1",
                    ["Don Mafueang Subdistrict Municipality", "30 April 2024"],
                    p.dt,
                )
        first = self.posts[0].dt
        add_jpeg(site, "/wp-content/uploads/2023/05/logo-donmafueang.jpg", 240, 240, first)
        add_jpeg(site, "/wp-content/uploads/2023/05/cropped-logo-donmafueang-32x32.jpg", 32, 32, first)
        for k in range(len(EXECUTIVES)):
            add_jpeg(site, f"/wp-content/uploads/2023/05/exec-{k + 1}-300x375.jpg", 300, 375, first)
        for path, ctype in (
            (f"/wp-content/themes/hello-elementor/style.min.css?ver={'3.0.1'}", "text/css"),
            (f"/wp-content/plugins/elementor/assets/css/frontend.min.css?ver={EL_VER}", "text/css"),
            (f"/wp-content/uploads/elementor/css/post-{SINGLE_TEMPLATE}.css?ver=1715152211", "text/css"),
            (
                f"/wp-content/plugins/the-events-calendar/src/resources/css/views-skeleton.min.css?ver={TEC_VER}",
                "text/css",
            ),
            ("/wp-includes/js/jquery/jquery.min.js?ver=3.7.1", "application/javascript"),
            (f"/wp-content/plugins/elementor/assets/js/frontend.min.js?ver={EL_VER}", "application/javascript"),
        ):
            add_text(site, path, "/* minified */\n", ctype)

    def photo_stem(self, p: _Post, k: int) -> str:
        # Photos come from the LINE app (S__<8 digits>) or a camera (IMG_<4 digits>).
        n = (p.id * 7919 + k * 104729) % 90000000 + 10000000
        name = f"S__{n}" if p.id % 2 else f"IMG_{n % 10000:04d}"
        return f"/wp-content/uploads/{p.dt:%Y}/{p.dt:%m}/{name}"

    def pdf_path(self, p: _Post) -> str:
        return f"/wp-content/uploads/{p.dt:%Y}/{p.dt:%m}/{quote('ประกาศแผนพัฒนาเพิ่มเติม-1').lower()}.pdf"

    # -- frame ----------------------------------------------------------------------
    def frame(self, title: str, body_class: str, head_extra: str, main: str, with_sidebar: bool = True) -> Response:
        b = self.b
        cats = "".join(
            f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{60 + tid}"><a href="{b}{self.cat_path(key)}" class="elementor-sub-item">{name}</a></li>'
            for key, (tid, name) in CATEGORIES.items()
        )
        p_exec, p_vision, p_contact = self.pages
        sidebar = self.sidebar() if with_sidebar else ""
        b_json = b.replace("/", "\\/")
        return html_page(f"""<!doctype html>
<html lang="th">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; ฟีด" href="{b}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; ฟีดความเห็น" href="{b}/comments/feed/" />
<link rel="alternate" type="text/calendar" title="{SITE} &raquo; iCal Feed" href="{b}/events/?ical=1" />
<link rel='stylesheet' id='tribe-events-views-v2-skeleton-css' href='{b}/wp-content/plugins/the-events-calendar/src/resources/css/views-skeleton.min.css?ver={TEC_VER}' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='{b}/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='{b}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver={EL_VER}' media='all' />
<link rel='stylesheet' id='elementor-post-{SINGLE_TEMPLATE}-css' href='{b}/wp-content/uploads/elementor/css/post-{SINGLE_TEMPLATE}.css?ver=1715152211' media='all' />
<link rel='stylesheet' id='google-fonts-1-css' href='https://fonts.googleapis.com/css?family=Sarabun%3A100%2C400%2C700&#038;display=swap&#038;ver=6.5.3' media='all' />
<script src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{b}/wp-json/" />{head_extra}
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {WP_VER}" />
<meta name="tec-api-version" content="v1"><meta name="tec-api-origin" content="{b}"><link rel="alternate" href="{b}/wp-json/tribe/events/v1/" /><meta name="generator" content="Elementor {EL_VER}; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="icon" href="{b}/wp-content/uploads/2023/05/cropped-logo-donmafueang-32x32.jpg" sizes="32x32" />
</head>
<body class="{body_class} wp-custom-logo tribe-no-js elementor-default elementor-kit-6">

<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>

		<div data-elementor-type="header" data-elementor-id="{HEADER_TEMPLATE}" class="elementor elementor-{HEADER_TEMPLATE} elementor-location-header" data-elementor-post-type="elementor_library">
			<section class="elementor-section elementor-top-section elementor-element elementor-element-{_eid("hdr")} elementor-section-full_width elementor-section-height-default" data-id="{_eid("hdr")}" data-element_type="section" data-settings="{{&quot;background_background&quot;:&quot;classic&quot;}}">
				<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-{_eid("hdr", 1)}" data-id="{_eid("hdr", 1)}" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
				<div class="elementor-element elementor-element-{_eid("logo")} elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="{_eid("logo")}" data-element_type="widget" data-widget_type="theme-site-logo.default">
				<div class="elementor-widget-container">
			<a href="{b}"><img width="240" height="240" src="{b}/wp-content/uploads/2023/05/logo-donmafueang.jpg" class="attachment-full size-full wp-image-8" alt="" /></a>
				</div>
				</div>
				<div class="elementor-element elementor-element-{_eid("sitetitle")} elementor-widget elementor-widget-theme-site-title elementor-widget-heading" data-id="{_eid("sitetitle")}" data-element_type="widget" data-widget_type="theme-site-title.default">
				<div class="elementor-widget-container">
			<p class="elementor-heading-title elementor-size-default"><a href="{b}">{SITE}</a></p>
				</div>
				</div>
			</div>
		</div>
					<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-{_eid("hdr", 2)}" data-id="{_eid("hdr", 2)}" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
				<div class="elementor-element elementor-element-{_eid("menu")} elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-id="{_eid("menu")}" data-element_type="widget" data-widget_type="nav-menu.default">
				<div class="elementor-widget-container">
			<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
				<ul id="menu-1-{_eid("menu")}" class="elementor-nav-menu"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-20"><a href="{b}/" class="elementor-item">หน้าหลัก</a></li>
<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children menu-item-21"><a href="#" class="elementor-item elementor-item-anchor">เกี่ยวกับเทศบาล</a>
<ul class="sub-menu elementor-nav-menu--dropdown">
	<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="{self.link(p_exec)}" class="elementor-sub-item">{p_exec.title}</a></li>
	<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-23"><a href="{self.link(p_vision)}" class="elementor-sub-item">{p_vision.title}</a></li>
</ul>
</li>
<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children menu-item-24"><a href="#" class="elementor-item elementor-item-anchor">ข่าวสาร</a>
<ul class="sub-menu elementor-nav-menu--dropdown">
	{cats}
</ul>
</li>
<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-25"><a href="{b}/events/month/" class="elementor-item">ปฏิทินกิจกรรม</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-26"><a href="{self.link(p_contact)}" class="elementor-item">{p_contact.title}</a></li>
</ul>			</nav>
				</div>
				</div>
			</div>
		</div>
				</div>
		</section>
		</div>

{main}
{sidebar}
		<div data-elementor-type="footer" data-elementor-id="{FOOTER_TEMPLATE}" class="elementor elementor-{FOOTER_TEMPLATE} elementor-location-footer" data-elementor-post-type="elementor_library">
			<section class="elementor-section elementor-top-section elementor-element elementor-element-{_eid("ftr")} elementor-section-boxed elementor-section-height-default" data-id="{_eid("ftr")}" data-element_type="section">
				<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-{_eid("ftr", 1)}" data-id="{_eid("ftr", 1)}" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
				<div class="elementor-element elementor-element-{_eid("ftr", "addr")} elementor-widget elementor-widget-text-editor" data-id="{_eid("ftr", "addr")}" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p><strong>สำนักงาน{SITE}</strong><br />{ADDRESS}<br />โทรศัพท์ <a href="tel:055311480">{PHONE}</a> โทรสาร 0 5531 1481<br />อีเมล <a href="mailto:saraban@donmafueang.go.th">saraban@donmafueang.go.th</a></p>
						</div>
				</div>
			</div>
		</div>
					<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-{_eid("ftr", 2)}" data-id="{_eid("ftr", 2)}" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
				<div class="elementor-element elementor-element-{_eid("ftr", "social")} elementor-shape-rounded elementor-grid-0 e-grid-align-center elementor-widget elementor-widget-social-icons" data-id="{_eid("ftr", "social")}" data-element_type="widget" data-widget_type="social-icons.default">
				<div class="elementor-widget-container">
			<div class="elementor-social-icons-wrapper elementor-grid">
							<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="https://www.facebook.com/donmafueang.municipality" target="_blank"><span class="elementor-screen-only">Facebook</span><i class="fab fa-facebook"></i></a></span>
							<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-line" href="https://line.me/R/ti/p/@donmafueang" target="_blank"><span class="elementor-screen-only">Line</span><i class="fab fa-line"></i></a></span>
					</div>
				</div>
				</div>
				<div class="elementor-element elementor-element-{_eid("ftr", "copy")} elementor-widget elementor-widget-heading" data-id="{_eid("ftr", "copy")}" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<p class="elementor-heading-title elementor-size-default">&copy; 2567 {SITE} สงวนลิขสิทธิ์ | ขับเคลื่อนโดย <a href="https://wordpress.org/">WordPress</a></p>
				</div>
				</div>
			</div>
		</div>
				</div>
		</section>
		</div>

		<script>
		( function ( body ) {{
			'use strict';
			body.className = body.className.replace( /\\btribe-no-js\\b/, 'tribe-js' );
		}} )( document.body );
		</script>
		<script> /* <![CDATA[ */var tribe_l10n_datatables = {{"aria":{{"sort_ascending":": activate to sort column ascending"}}}};/* ]]> */ </script>
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false}},"version":"{EL_VER}","urls":{{"assets":"{b_json}\\/wp-content\\/plugins\\/elementor\\/assets\\/"}},"post":{{"id":0,"title":"","excerpt":""}}}};
</script>
<script src="{b}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver={EL_VER}" id="elementor-frontend-js"></script>

</body>
</html>
""")

    def sidebar(self) -> str:
        b = self.b
        latest = "\n".join(
            f"""				<article class="elementor-post elementor-grid-item post-{p.id} post type-post status-publish format-standard has-post-thumbnail hentry">
				<div class="elementor-post__text">
				<h3 class="elementor-post__title">
			<a href="{self.link(p)}" >
				{texturize(p.title)}			</a>
		</h3>
				<div class="elementor-post__meta-data">
					<span class="elementor-post-date">
			{_be(p.dt)}		</span>
				</div>
				</div>
				</article>"""
            for p in self.newest[:SIDEBAR_LATEST]
        )
        upcoming = [e for e in self.events if e.d >= TODAY][:3]
        events = "\n".join(
            f"""		<div class="tribe-common-g-row tribe-events-widget-events-list__event-row">
			<div class="tribe-events-widget-events-list__event-date-tag tribe-common-g-col">
				<time class="tribe-events-widget-events-list__event-date-tag-datetime" datetime="{e.day}">
					<span class="tribe-events-widget-events-list__event-date-tag-month">{MONTHS[e.d.month - 1]}</span>
					<span class="tribe-events-widget-events-list__event-date-tag-daynum tribe-common-h2 tribe-common-h4--min-medium">{e.d.day}</span>
				</time>
			</div>
			<div class="tribe-events-widget-events-list__event-wrapper tribe-common-g-col">
				<article class="tribe-events-widget-events-list__event post-{e.id} tribe_events type-tribe_events status-publish hentry">
					<div class="tribe-events-widget-events-list__event-details">
						<header class="tribe-events-widget-events-list__event-header">
							<div class="tribe-events-widget-events-list__event-datetime-wrapper tribe-common-b2 tribe-common-b3--min-medium">
								<time class="tribe-events-widget-events-list__event-datetime" datetime="{e.day}">{self.event_when(e)}</time>
							</div>
							<h3 class="tribe-events-widget-events-list__event-title tribe-common-h7">
								<a href="{self.event_link(e)}" title="{attr(e.title)}" rel="bookmark" class="tribe-events-widget-events-list__event-title-link tribe-common-anchor-thin">{esc(e.title)}</a>
							</h3>
						</header>
					</div>
				</article>
			</div>
		</div>"""
            for e in upcoming
        )
        cats = "\n".join(
            f'	<li class="cat-item cat-item-{tid}"><a href="{b}{self.cat_path(key)}">{name}</a> ({sum(p.cat == key for p in self.posts)})\n</li>'
            for key, (tid, name) in CATEGORIES.items()
        )
        archives = "\n".join(
            f"	<li><a href='{b}/{y}/{m:02d}/'>{MONTHS[m - 1]} {y + 543}</a></li>" for y, m in self.months
        )
        return f"""<aside class="site-sidebar elementor-location-sidebar" role="complementary">
	<div class="elementor-element elementor-element-{_eid("side", "latest")} elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">ข่าวล่าสุด</h2></div></div>
	<div class="elementor-element elementor-element-{_eid("side", "posts")} elementor-grid-1 elementor-posts--thumbnail-none elementor-widget elementor-widget-posts" data-widget_type="posts.classic">
	<div class="elementor-widget-container">
		<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
{latest}
		</div>
	</div>
	</div>
	<div class="elementor-element elementor-element-{_eid("side", "search")} elementor-widget elementor-widget-wp-widget-search"><div class="elementor-widget-container"><form role="search" method="get" class="search-form" action="{b}/">
				<label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label>
				<input type="submit" class="search-submit" value="ค้นหา" />
			</form></div></div>
	<div class="elementor-element elementor-element-{_eid("side", "events")} elementor-widget elementor-widget-wp-widget-tribe-widget-events-list"><div class="elementor-widget-container"><h5>กิจกรรมที่จะมาถึง</h5>
<div class="tribe-common tribe-events tribe-events-view tribe-events-view--widget-events-list tribe-events-widget">
	<div class="tribe-events-widget-events-list">
		<div class="tribe-events-widget-events-list__events">
{events}
		</div>
		<div class="tribe-events-widget-events-list__view-more tribe-common-b1 tribe-common-b2--min-medium">
			<a href="{b}/events/" class="tribe-events-widget-events-list__view-more-link tribe-common-anchor-thin" title="ดูปฏิทินกิจกรรมทั้งหมด">ดูปฏิทินกิจกรรมทั้งหมด</a>
		</div>
	</div>
</div></div></div>
	<div class="elementor-element elementor-element-{_eid("side", "cats")} elementor-widget elementor-widget-wp-widget-categories"><div class="elementor-widget-container"><h5>หมวดหมู่</h5><nav aria-label="หมวดหมู่">
			<ul>
{cats}
			</ul>
			</nav></div></div>
	<div class="elementor-element elementor-element-{_eid("side", "archives")} elementor-widget elementor-widget-wp-widget-archives"><div class="elementor-widget-container"><h5>คลังเก็บ</h5><nav aria-label="คลังเก็บ">
			<ul>
{archives}
			</ul>
			</nav></div></div>
	<div class="elementor-element elementor-element-{_eid("side", "links")} elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><h5>ลิงก์หน่วยงาน</h5>
		<p><a href="https://www.dla.go.th/" target="_blank" rel="noopener">กรมส่งเสริมการปกครองท้องถิ่น</a><br />
		<a href="https://www.phitsanulok.go.th/" target="_blank" rel="noopener">จังหวัดพิษณุโลก</a><br />
		<a href="https://www.oic.go.th/" target="_blank" rel="noopener">ศูนย์ข้อมูลข่าวสารของราชการ</a></p>
	</div></div>
</aside>
"""

    # -- single posts -----------------------------------------------------------------
    def head_for(
        self, url: str, rest: str, replyto: int | None = None, comment_feed: str | None = None, title: str = ""
    ) -> str:
        b = self.b
        out = ""
        if replyto:
            out += "\n<meta name='robots' content='noindex, follow' />"
        if comment_feed:
            out += f'\n<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {attr(title)} ฟีดความเห็น" href="{comment_feed}" />'
        out += f'\n<link rel="alternate" title="JSON" type="application/json" href="{b}{rest}" />'
        out += f'\n<link rel="canonical" href="{url}" />'
        if rest.startswith(("/wp-json/wp/v2/posts/", "/wp-json/wp/v2/pages/")):
            pid = rest.rsplit("/", 1)[1]
            out += f"\n<link rel='shortlink' href='{b}/?p={pid}' />"
            enc = quote(url, safe="")
            out += f'\n<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{b}/wp-json/oembed/1.0/embed?url={enc}" />'
            out += f'\n<link rel="alternate" title="oEmbed (XML)" type="text/xml+oembed" href="{b}/wp-json/oembed/1.0/embed?url={enc}&#038;format=xml" />'
        return out

    def content_html(self, p: _Post) -> str:
        """What the_content() prints for the post (Elementor-built or classic editor)."""
        b = self.b
        figs = []
        for k, cap in enumerate(p.captions, start=1):
            stem = self.photo_stem(p, k)
            aid = p.id + k
            if p.style == "elementor":
                figs.append(
                    f"""				<div class="elementor-element elementor-element-{_eid(p.id, "img", k)} elementor-widget elementor-widget-image" data-id="{_eid(p.id, "img", k)}" data-element_type="widget" data-widget_type="image.default">
				<div class="elementor-widget-container">
							<figure class="wp-caption">
											<a href="{b}{stem}.jpg" data-elementor-open-lightbox="yes" data-elementor-lightbox-slideshow="{_eid(p.id, "img")}">
							<img fetchpriority="high" decoding="async" width="800" height="533" src="{b}{stem}-800x533.jpg" class="attachment-large size-large wp-image-{aid}" alt="" srcset="{b}{stem}-800x533.jpg 800w, {b}{stem}-300x200.jpg 300w, {b}{stem}.jpg 1200w" sizes="(max-width: 800px) 100vw, 800px" />								</a>
											<figcaption class="widget-image-caption wp-caption-text">{esc(cap)}</figcaption>
										</figure>
							</div>
				</div>"""
                )
            else:
                figs.append(
                    f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" style="width: 800px" class="wp-caption aligncenter"><a href="{b}{stem}.jpg"><img decoding="async" class="size-large wp-image-{aid}" src="{b}{stem}-800x533.jpg" alt="" width="800" height="533" srcset="{b}{stem}-800x533.jpg 800w, {b}{stem}-300x200.jpg 300w" sizes="(max-width: 800px) 100vw, 800px" /></a><figcaption id="caption-attachment-{aid}" class="wp-caption-text">{esc(cap)}</figcaption></figure>'
                )
        gallery = ""
        if p.gallery:
            first = len(p.captions) + 1
            items = "".join(
                f'<figure class=\'gallery-item\'>\n\t\t\t<div class=\'gallery-icon landscape\'>\n\t\t\t\t<a data-elementor-open-lightbox="yes" data-elementor-lightbox-slideshow="{_eid(p.id, "gal")}" href=\'{b}{self.photo_stem(p, k)}.jpg\'><img width="300" height="200" src="{b}{self.photo_stem(p, k)}-300x200.jpg" class="attachment-medium size-medium" alt="" decoding="async" loading="lazy" /></a>\n\t\t\t</div></figure>'
                for k in range(first, first + p.gallery)
            )
            gallery = f"""				<div class="elementor-element elementor-element-{_eid(p.id, "gal")} elementor-widget elementor-widget-image-gallery" data-id="{_eid(p.id, "gal")}" data-element_type="widget" data-widget_type="image-gallery.default">
				<div class="elementor-widget-container">
					<div class="elementor-image-gallery">
			<div id='gallery-1' class='gallery galleryid-{p.id} gallery-columns-3 gallery-size-medium'>{items}
		</div>
		</div>
				</div>
				</div>"""
        attachment = ""
        if p.attachment:
            pdf = self.b + self.pdf_path(p)
            attachment = f'\n<div class="wp-block-file"><a id="wp-block-file--media-{_eid(p.id, "pdf")}" href="{pdf}">{texturize(p.attachment)}</a><a href="{pdf}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{_eid(p.id, "pdf")}">ดาวน์โหลด</a></div>'
        if p.style == "classic":
            out = []
            for n, text in enumerate(p.paragraphs):
                if p.id % 3 == 0:
                    out.append(f"<p>{nbsp_indent(texturize(text), 8)}</p>")
                else:
                    out.append(
                        f'<p style="text-align: justify;"><span style="font-size: 12pt;">{texturize(text)}</span></p>'
                    )
                if n == 0 and figs:
                    out.append(figs.pop(0))
            out.extend(figs)
            out.append("<p>&nbsp;</p>")
            return "\n".join(out) + attachment + gallery
        # Elementor-built content: text-editor widgets and image widgets inside one section.
        first_text = "\n".join(f"<p>{texturize(t)}</p>" for t in p.paragraphs[:1])
        rest_text = "\n".join(f"<p>{texturize(t)}</p>" for t in p.paragraphs[1:])

        def text_widget(n: int, inner: str) -> str:
            if not inner:
                return ""
            return f"""				<div class="elementor-element elementor-element-{_eid(p.id, "txt", n)} elementor-widget elementor-widget-text-editor" data-id="{_eid(p.id, "txt", n)}" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							{inner}
						</div>
				</div>"""

        widgets = [text_widget(1, first_text)]
        if figs:
            widgets.append(figs.pop(0))
        widgets.append(text_widget(2, rest_text))
        widgets.extend(figs)
        widgets.append(gallery)
        body = "\n".join(w for w in widgets if w)
        return f"""		<div data-elementor-type="wp-post" data-elementor-id="{p.id}" class="elementor elementor-{p.id}" data-elementor-post-type="post">
						<section class="elementor-section elementor-top-section elementor-element elementor-element-{_eid(p.id, "sec")} elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="{_eid(p.id, "sec")}" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-{_eid(p.id, "col")}" data-id="{_eid(p.id, "col")}" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
{body}
					</div>
		</div>
					</div>
		</section>
				</div>"""

    def post_info(
        self,
        p: _Post | _Page,
        author: str,
        dt: datetime,
        modified: str | None = None,
        terms: str = "",
        comments: str = "",
    ) -> str:
        b = self.b
        uid, login, name = AUTHORS[author]
        url = self.link(p)
        items = [
            f"""<li class="elementor-icon-list-item elementor-repeater-item-{_eid("pi", "author")} elementor-inline-item" itemprop="author">
						<a href="{b}/author/{login}/">
											<span class="elementor-icon-list-icon">
								<i aria-hidden="true" class="far fa-user-circle"></i>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">
										{name}					</span>
									</a>
				</li>""",
            f"""<li class="elementor-icon-list-item elementor-repeater-item-{_eid("pi", "date")} elementor-inline-item" itemprop="datePublished">
						<a href="{b}/{dt:%Y/%m/%d}/">
											<span class="elementor-icon-list-icon">
								<i aria-hidden="true" class="fas fa-calendar"></i>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">
										<time>{_be(dt)}</time>					</span>
									</a>
				</li>""",
            f"""<li class="elementor-icon-list-item elementor-repeater-item-{_eid("pi", "time")} elementor-inline-item">
										<span class="elementor-icon-list-icon">
								<i aria-hidden="true" class="far fa-clock"></i>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">
										<time>{_hhmm(dt)}</time>					</span>
								</li>""",
        ]
        if modified:
            items.append(
                f"""<li class="elementor-icon-list-item elementor-repeater-item-{_eid("pi", "custom")} elementor-inline-item">
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom">
										<span class="elementor-post-info__item-prefix">ปรับปรุงล่าสุด </span>{_be(date.fromisoformat(modified))}					</span>
								</li>"""
            )
        if comments:
            items.append(
                f"""<li class="elementor-icon-list-item elementor-repeater-item-{_eid("pi", "comments")} elementor-inline-item" itemprop="commentCount">
						<a href="{url}#comments">
											<span class="elementor-icon-list-icon">
								<i aria-hidden="true" class="far fa-comment-dots"></i>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">
										{comments}					</span>
									</a>
				</li>"""
            )
        if terms:
            items.append(
                f"""<li class="elementor-icon-list-item elementor-repeater-item-{_eid("pi", "terms")} elementor-inline-item" itemprop="about">
										<span class="elementor-icon-list-icon">
								<i aria-hidden="true" class="fas fa-tags"></i>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">
										<span class="elementor-post-info__terms-list">
				{terms}				</span>
					</span>
								</li>"""
            )
        return f"""				<div class="elementor-element elementor-element-{_eid("pi")} elementor-widget elementor-widget-post-info" data-id="{_eid("pi")}" data-element_type="widget" data-widget_type="post-info.default">
				<div class="elementor-widget-container">
					<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
								{"".join(items)}
				</ul>
				</div>
				</div>"""

    def single(
        self,
        p: _Post | _Page,
        post_classes: str,
        info: str,
        featured: str,
        content: str,
        prev_p,
        next_p,
        share: bool,
        after: str,
    ) -> str:
        """The Elementor Pro single template (used for posts AND pages on this site)."""
        nav = ""
        if prev_p or next_p:
            left = (
                f'<a href="{self.link(prev_p)}" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">ก่อนหน้า</span></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">ข่าวก่อนหน้า</span><span class="post-navigation__prev--title">{texturize(prev_p.title)}</span></span></a>'
                if prev_p
                else ""
            )
            right = (
                f'<a href="{self.link(next_p)}" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">ข่าวถัดไป</span><span class="post-navigation__next--title">{texturize(next_p.title)}</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">ถัดไป</span></span></a>'
                if next_p
                else ""
            )
            nav = f"""				<div class="elementor-element elementor-element-{_eid("nav")} elementor-post-navigation-borders-yes elementor-widget elementor-widget-post-navigation" data-id="{_eid("nav")}" data-element_type="widget" data-widget_type="post-navigation.default">
				<div class="elementor-widget-container">
					<div class="elementor-post-navigation">
			<div class="elementor-post-navigation__prev elementor-post-navigation__link">
				{left}			</div>
							<div class="elementor-post-navigation__separator-wrapper">
					<div class="elementor-post-navigation__separator"></div>
				</div>
						<div class="elementor-post-navigation__next elementor-post-navigation__link">
				{right}			</div>
		</div>
				</div>
				</div>"""
        share_html = ""
        if share:
            u = quote(self.link(p), safe="")
            share_html = f"""				<div class="elementor-element elementor-element-{_eid("share")} elementor-share-buttons--view-icon-text elementor-grid-0 elementor-widget elementor-widget-share-buttons" data-id="{_eid("share")}" data-element_type="widget" data-widget_type="share-buttons.default">
				<div class="elementor-widget-container">
					<div class="elementor-grid">
								<div class="elementor-grid-item">
						<div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="แชร์บน facebook" data-href="https://www.facebook.com/sharer.php?u={u}"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Facebook</span></span></div>
					</div>
									<div class="elementor-grid-item">
						<a class="elementor-share-btn elementor-share-btn_line" href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" rel="noopener"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">LINE</span></span></a>
					</div>
									<div class="elementor-grid-item">
						<a class="elementor-share-btn elementor-share-btn_twitter" href="https://twitter.com/intent/tweet?text={quote(p.title)}&amp;url={u}" target="_blank" rel="noopener"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">X</span></span></a>
					</div>
						</div>
				</div>
				</div>"""
        return f"""		<div data-elementor-type="single-post" data-elementor-id="{SINGLE_TEMPLATE}" class="elementor elementor-{SINGLE_TEMPLATE} elementor-location-single {post_classes}" data-elementor-post-type="elementor_library">
			<section class="elementor-section elementor-top-section elementor-element elementor-element-{_eid("single")} elementor-section-boxed elementor-section-height-default" data-id="{_eid("single")}" data-element_type="section" id="content">
				<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-{_eid("single", 1)}" data-id="{_eid("single", 1)}" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
				<div class="elementor-element elementor-element-{_eid("title")} elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading" data-id="{_eid("title")}" data-element_type="widget" data-widget_type="theme-post-title.default">
				<div class="elementor-widget-container">
			<h1 class="elementor-heading-title elementor-size-default">{texturize(p.title)}</h1>
				</div>
				</div>
{info}
{featured}
				<div class="elementor-element elementor-element-{_eid("content")} elementor-widget elementor-widget-theme-post-content" data-id="{_eid("content")}" data-element_type="widget" data-widget_type="theme-post-content.default">
				<div class="elementor-widget-container">
{content}
				</div>
				</div>
{share_html}
{nav}
{after}
			</div>
		</div>
				</div>
		</section>
				</div>"""

    def featured(self, p: _Post) -> str:
        b, stem = self.b, self.photo_stem(p, 0)
        return f"""				<div class="elementor-element elementor-element-{_eid("featured")} elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image" data-id="{_eid("featured")}" data-element_type="widget" data-widget_type="theme-post-featured-image.default">
				<div class="elementor-widget-container">
			<img width="800" height="533" src="{b}{stem}-800x533.jpg" class="attachment-large size-large wp-image-{p.id + 50}" alt="" srcset="{b}{stem}-800x533.jpg 800w, {b}{stem}-300x200.jpg 300w, {b}{stem}-768x512.jpg 768w, {b}{stem}.jpg 1200w" sizes="(max-width: 800px) 100vw, 800px" />
				</div>
				</div>"""

    def comments_html(self, p: _Post, replyto: int | None) -> str:
        url = self.link(p)
        listing = ""
        if p.comment:
            cid, name, d, t, text = p.comment
            cdt = local_dt(d, t)
            listing = f"""	<h3 class="title-comments">
		ความเห็น 1 รายการ	</h3>
	<ol class="comment-list">
				<li id="comment-{cid}" class="comment even thread-even depth-1">
			<article id="div-comment-{cid}" class="comment-body">
				<footer class="comment-meta">
					<div class="comment-author vcard">
						<img alt='' src='https://secure.gravatar.com/avatar/{_eid("av", cid)}?s=42&#038;d=mm&#038;r=g' class='avatar avatar-42 photo' height='42' width='42' loading='lazy' decoding='async'/>						<b class="fn">{esc(name)}</b> <span class="says">พูดว่า:</span>					</div><!-- .comment-author -->

					<div class="comment-metadata">
						<a href="{url}#comment-{cid}"><time datetime="{cdt.isoformat()}">{_be(cdt)} เวลา {cdt:%H:%M} น.</time></a>					</div><!-- .comment-metadata -->
				</footer><!-- .comment-meta -->

				<div class="comment-content">
					<p>{esc(text)}</p>
				</div><!-- .comment-content -->

				<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{p.id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="ตอบกลับถึง {attr(name)}" aria-label='ตอบกลับถึง {attr(name)}'>ตอบกลับ</a></div>			</article><!-- .comment-body -->
		</li><!-- #comment-## -->
	</ol>
"""
        cancel_style = "" if replyto else ' style="display:none;"'
        reply_title = f"ตอบกลับถึง {esc(p.comment[1])}" if replyto and p.comment else "ใส่ความเห็น"
        return f"""				<div class="elementor-element elementor-element-{_eid("comments")} elementor-widget elementor-widget-post-comments" data-id="{_eid("comments")}" data-element_type="widget" data-widget_type="post-comments.theme_comments">
				<div class="elementor-widget-container">
			<section id="comments" class="comments-area">
{listing}
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{reply_title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"{cancel_style}>ยกเลิกการตอบ</a></small></h3><form action="{self.b}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> <span class="required-field-message">ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">ความเห็น <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">ชื่อ <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">อีเมล <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /> <input type='hidden' name='comment_post_ID' value='{p.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{replyto or 0}' />
</p></form>	</div><!-- #respond -->
	</section>
				</div>
				</div>"""

    def post_page(self, i: int, replyto: int | None = None) -> Response:
        p = self.posts[i]
        prev_p = self.posts[i - 1] if i > 0 else None
        next_p = self.posts[i + 1] if i + 1 < len(self.posts) else None
        tid, cat_name = CATEGORIES[p.cat]
        terms = f'<a href="{self.b}{self.cat_path(p.cat)}" class="elementor-post-info__terms-list-item">{cat_name}</a>'
        info = self.post_info(p, p.author, p.dt, p.modified, terms, "ความเห็น 1 รายการ" if p.comment else "ไม่มีความเห็น")
        tags = ""
        if p.tags:
            links = ", ".join(f'<a href="{self.b}{self.tag_path(t)}" rel="tag">{t}</a>' for t in p.tags)
            tags = f"""				<div class="elementor-element elementor-element-{_eid("tags")} elementor-widget elementor-widget-post-info" data-id="{_eid("tags")}" data-element_type="widget" data-widget_type="post-info.default">
				<div class="elementor-widget-container">
					<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">ป้ายกำกับ: </span><span class="elementor-post-info__terms-list">{links}</span></span></li></ul>
				</div>
				</div>"""
        classes = (
            f"post-{p.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{wp_slug(cat_name)}"
            + "".join(f" tag-{wp_slug(t)}" for t in p.tags)
            + (" sticky" if p.id == STICKY_ID else "")
        )
        main = self.single(
            p,
            classes,
            info,
            self.featured(p),
            self.content_html(p),
            prev_p,
            next_p,
            True,
            tags + "\n" + self.comments_html(p, replyto),
        )
        head = self.head_for(self.link(p), f"/wp-json/wp/v2/posts/{p.id}", replyto, f"{self.link(p)}feed/", p.title)
        body_class = f"post-template-default single single-post postid-{p.id} single-format-standard elementor-page-{SINGLE_TEMPLATE}"
        return self.frame(f"{texturize(p.title)} &#8211; {SITE}", body_class, head, main)

    def embed_page(self, p: _Post | _Page, title: str, excerpt: str) -> Response:
        """wp-embed-template.php: the card other sites show in an <iframe> (linked from oEmbed only)."""
        b, url = self.b, self.link(p)
        return html_page(f"""<!DOCTYPE html>
<html lang="th" class="no-js">
<head>
	<title>{texturize(title)} &#8211; {SITE}</title>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name='robots' content='noindex, follow, max-image-preview:large' />
<link rel="canonical" href="{url}" />
</head>
<body class="post-template-default single single-post postid-{p.id} single-format-standard">
	<div class="wp-embed post-{p.id} post type-post status-publish format-standard hentry">
		<p class="wp-embed-heading">
			<a href="{url}" target="_top">
				{texturize(title)}			</a>
		</p>
		<div class="wp-embed-excerpt"><p>{excerpt} <a href="{url}" class="wp-embed-more" target="_top">อ่านต่อ<span class="screen-reader-text"> &#8220;{texturize(title)}&#8221;</span></a></p></div>
		<div class="wp-embed-footer">
			<div class="wp-embed-site-title">
				<a href="{b}" target="_top"><img src="{b}/wp-content/uploads/2023/05/cropped-logo-donmafueang-32x32.jpg" width="32" height="32" alt="" class="wp-embed-site-icon" /><span>{SITE}</span></a>
			</div>
		</div>
	</div>
</body>
</html>
""")

    # -- static pages -----------------------------------------------------------------
    def executives_html(self) -> str:
        b = self.b
        cards = "\n".join(
            f"""				<div class="elementor-element elementor-element-{_eid("exec", k)} elementor-position-top elementor-widget elementor-widget-image-box" data-id="{_eid("exec", k)}" data-element_type="widget" data-widget_type="image-box.default">
				<div class="elementor-widget-container">
			<div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><img decoding="async" width="300" height="375" src="{b}/wp-content/uploads/2023/05/exec-{k + 1}-300x375.jpg" class="attachment-full size-full" alt="" /></figure><div class="elementor-image-box-content"><h3 class="elementor-image-box-title">{name}</h3><p class="elementor-image-box-description">{position}</p></div></div>		</div>
				</div>"""
            for k, (name, position) in enumerate(EXECUTIVES)
        )
        return f"""		<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12" data-elementor-post-type="page">
						<section class="elementor-section elementor-top-section elementor-element elementor-element-{_eid("execs")} elementor-section-boxed" data-id="{_eid("execs")}" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
{cards}
					</div>
		</div>
					</div>
		</section>
				</div>"""

    def vision_html(self) -> str:
        return """<h2 style="text-align: center;"><strong>วิสัยทัศน์การพัฒนา</strong></h2>
<p style="text-align: center;">&#8220;ดอนมะเฟืองน่าอยู่ เศรษฐกิจชุมชนเข้มแข็ง สิ่งแวดล้อมยั่งยืน ประชาชนมีคุณภาพชีวิตที่ดี&#8221;</p>
<h3>พันธกิจ</h3>
<p>พัฒนาโครงสร้างพื้นฐาน ถนน ระบบประปา และระบบระบายน้ำให้ได้มาตรฐาน ครอบคลุมทุกหมู่บ้าน เพื่อให้ประชาชนได้รับบริการสาธารณะอย่างทั่วถึงและเท่าเทียม</p>
<p>ส่งเสริมอาชีพและรายได้ของกลุ่มเกษตรกรและกลุ่มอาชีพในตำบล สนับสนุนตลาดชุมชนและผลิตภัณฑ์ท้องถิ่น ตลอดจนส่งเสริมการท่องเที่ยวเชิงวัฒนธรรม</p>
<p>บริหารจัดการขยะมูลฝอยและสิ่งแวดล้อมโดยการมีส่วนร่วมของชุมชน ดูแลสุขภาพของประชาชนทุกช่วงวัย และพัฒนาการศึกษาตั้งแต่ระดับปฐมวัย</p>"""

    def contact_html(self) -> str:
        return f"""<p><strong>สำนักงาน{SITE}</strong><br />
{ADDRESS}</p>
<p>โทรศัพท์ <a href="tel:055311480">{PHONE}</a> โทรสาร 0 5531 1481<br />
อีเมล <a href="mailto:saraban@donmafueang.go.th">saraban@donmafueang.go.th</a><br />
เวลาทำการ วันจันทร์ &#8211; วันศุกร์ เวลา 08.30 &#8211; 16.30 น. (เว้นวันหยุดราชการ)</p>
<p><iframe loading="lazy" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3000!2d100.5!3d16.9" width="600" height="450" style="border:0;" allowfullscreen=""></iframe></p>"""

    def static_page(self, i: int) -> Response:
        pg = self.pages[i]
        dt = local_dt(pg.date, "14:00")
        prev_p = self.pages[i - 1] if i > 0 else None
        next_p = self.pages[i + 1] if i + 1 < len(self.pages) else None
        info = self.post_info(pg, "pr", dt)
        classes = f"post-{pg.id} page type-page status-publish hentry"
        main = self.single(pg, classes, info, "", pg.html, prev_p, next_p, False, "")
        head = self.head_for(self.link(pg), f"/wp-json/wp/v2/pages/{pg.id}")
        body_class = f"page-template-default page page-id-{pg.id} elementor-page-{SINGLE_TEMPLATE}"
        return self.frame(f"{pg.title} &#8211; {SITE}", body_class, head, main)

    # -- listings ---------------------------------------------------------------------
    def card(self, p: _Post, sticky: bool = False) -> str:
        b, stem = self.b, self.photo_stem(p, 0)
        tid, cat_name = CATEGORIES[p.cat]
        excerpt = _excerpt(p.paragraphs)
        extra = " sticky" if p.id == STICKY_ID else ""
        return f"""				<article class="elementor-post elementor-grid-item post-{p.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{wp_slug(cat_name)}{extra}" role="listitem">
			<div class="elementor-post__card">
				<a class="elementor-post__thumbnail__link" href="{self.link(p)}" tabindex="-1" ><div class="elementor-post__thumbnail"><img loading="lazy" decoding="async" width="300" height="200" src="{b}{stem}-300x200.jpg" class="attachment-medium size-medium wp-image-{p.id + 50}" alt="" /></div></a>
				<div class="elementor-post__badge">{"ข่าวเด่น" if sticky else cat_name}</div>
				<div class="elementor-post__text">
				<h3 class="elementor-post__title">
			<a href="{self.link(p)}" >
				{texturize(p.title)}			</a>
		</h3>
				<div class="elementor-post__excerpt">
			<p>{excerpt}</p>
		</div>

		<a class="elementor-post__read-more" href="{self.link(p)}" aria-label="อ่านเพิ่มเติมเกี่ยวกับ {attr(p.title)}" tabindex="-1" >
			อ่านต่อ &raquo;		</a>

				</div>
				<div class="elementor-post__meta-data">
					<span class="elementor-post-date">
			{_be(p.dt)}		</span>
				<span class="elementor-post-avatar">
			{"ความเห็น 1 รายการ" if p.comment else "ไม่มีความเห็น"}		</span>
				</div>
					</div>
		</article>"""

    def listing(
        self,
        base_path: str,
        heading: str,
        short: str,
        posts: list[_Post],
        body_class: str,
        head_title: str | None = None,
        json_link: str | None = None,
    ) -> None:
        b = self.b
        chunks = [posts[k : k + PER_PAGE] for k in range(0, len(posts), PER_PAGE)] or [[]]
        total = len(chunks)
        sticky = self.by_id[STICKY_ID]

        def page_path(n: int) -> str:
            return base_path if n == 1 else f"{base_path}page/{n}/"

        for n, chunk in enumerate(chunks, start=1):
            nav = ""
            if total > 1:
                parts = []
                parts.append(
                    f'<a class="page-numbers prev" href="{b}{page_path(n - 1)}">&laquo; ก่อนหน้า</a>'
                    if n > 1
                    else '<span class="page-numbers prev">&laquo; ก่อนหน้า</span>'
                )
                for k in range(1, total + 1):
                    if k == n:
                        parts.append(
                            f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">หน้า</span>{k}</span>'
                        )
                    else:
                        parts.append(
                            f'<a class="page-numbers" href="{b}{page_path(k)}"><span class="elementor-screen-only">หน้า</span>{k}</a>'
                        )
                parts.append(
                    f'<a class="page-numbers next" href="{b}{page_path(n + 1)}">ถัดไป &raquo;</a>'
                    if n < total
                    else '<span class="page-numbers next">ถัดไป &raquo;</span>'
                )
                nav = f'		<nav class="elementor-pagination" aria-label="การแบ่งหน้า">\n			{"".join(parts)}		</nav>'
            cards = (
                "\n".join(self.card(p) for p in chunk) or '<div class="elementor-posts-nothing-found">ไม่พบเรื่อง</div>'
            )
            main = f"""		<div data-elementor-type="archive" data-elementor-id="{ARCHIVE_TEMPLATE}" class="elementor elementor-{ARCHIVE_TEMPLATE} elementor-location-archive" data-elementor-post-type="elementor_library">
			<section class="elementor-section elementor-top-section elementor-element elementor-element-{_eid("arch")} elementor-section-boxed elementor-section-height-default" data-id="{_eid("arch")}" data-element_type="section" id="content">
				<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-{_eid("arch", 1)}" data-id="{_eid("arch", 1)}" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
				<div class="elementor-element elementor-element-{_eid("sticky")} elementor-grid-1 elementor-posts--thumbnail-left elementor-widget elementor-widget-posts" data-id="{_eid("sticky")}" data-element_type="widget" data-widget_type="posts.cards">
				<div class="elementor-widget-container">
			<h2 class="elementor-heading-title">ข่าวเด่น</h2>
			<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards elementor-grid" role="list">
{self.card(sticky, sticky=True)}
				</div>
				</div>
				</div>
				<div class="elementor-element elementor-element-{_eid("archtitle")} elementor-widget elementor-widget-theme-archive-title elementor-page-title elementor-widget-heading" data-id="{_eid("archtitle")}" data-element_type="widget" data-widget_type="theme-archive-title.default">
				<div class="elementor-widget-container">
			<h1 class="elementor-heading-title elementor-size-default">{heading}</h1>
				</div>
				</div>
				<div class="elementor-element elementor-element-{_eid("archposts")} elementor-grid-3 elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top elementor-widget elementor-widget-archive-posts" data-id="{_eid("archposts")}" data-element_type="widget" data-widget_type="archive-posts.archive_cards">
				<div class="elementor-widget-container">
			<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards elementor-grid" role="list">
{cards}
				</div>
{nav}
				</div>
				</div>
			</div>
		</div>
				</div>
		</section>
				</div>"""
            title = head_title or f"{short} &#8211; {SITE}"
            if n > 1:
                title = f"{short or SITE} &#8211; หน้า {n} &#8211; {SITE}"
            head = ""
            if json_link:
                head += f'\n<link rel="alternate" title="JSON" type="application/json" href="{b}{json_link}" />'
            if n > 1:
                head += f'\n<link rel="canonical" href="{b}{page_path(n)}" />'
            path = page_path(n)
            cls = body_class + (f" paged paged-{n}" if n > 1 else "") + f" elementor-page-{ARCHIVE_TEMPLATE}"
            self.site.add(path, self.frame(title, cls, head, main))
            self.non_articles.append(b + path)
        self.site.add(f"{base_path}page/1/", redirect(b + base_path))

    # -- events -------------------------------------------------------------------------
    def event_when(self, e: _Event) -> str:
        if e.start is None:
            return f"{_be(e.d)} ตลอดวัน"
        return f"{_be(e.d)} @ {e.start} - {e.end}"

    def register_events(self) -> None:
        site, b = self.site, self.b
        for i, e in enumerate(self.events):
            site.add(f"/event/{e.slug}/", self.event_page(i))
            ics = self.ical([e], f"{SITE} - {e.title}", f"event-{e.id}.ics")
            site.add(f"/event/{e.slug}/?ical=1", ics)
            site.add(f"/event/{e.slug}/?outlook-ical=1", ics)
            site.add(f"/?post_type=tribe_events&p={e.id}", redirect(self.event_link(e)))
            self.non_articles.append(self.event_link(e))
        upcoming = self.list_page(TODAY, canonical=f"{b}/events/list/")
        site.add("/events/", upcoming)
        site.add("/events/list/", upcoming)
        site.add("/events/month/", self.month_page(TODAY.year, TODAY.month, current=True))
        site.add("/events/?ical=1", self.ical([e for e in self.events if e.d >= TODAY], SITE, "donmafueang-events.ics"))
        site.add(
            "/events/?outlook-ical=1",
            self.ical([e for e in self.events if e.d >= TODAY], SITE, "donmafueang-events.ics"),
        )
        site.add("/events/list/page/1/", redirect(f"{b}/events/list/"))
        self.non_articles += [
            f"{b}/events/",
            f"{b}/events/list/",
            f"{b}/events/month/",
            f"{b}/events/month/2024-07/",
            f"{b}/events/list/?tribe-bar-date=2024-07-18",
        ]

    def event_page(self, i: int) -> Response:
        b, e = self.b, self.events[i]
        prev_e = self.events[i - 1] if i > 0 else None
        next_e = self.events[i + 1] if i + 1 < len(self.events) else None
        compact = e.day.replace("-", "")
        if e.start is None or e.end is None:
            schedule = f'<span class="tribe-event-date-start">{_be(e.d)}</span>'
            time_dd = (
                f'<div class="tribe-events-abbr tribe-events-start-time published dtstart" title="{e.day}">ตลอดวัน</div>'
            )
            dates = f"{compact}/{(e.d + timedelta(days=1)):%Y%m%d}"
        else:
            schedule = f'<span class="tribe-event-date-start">{_be(e.d)} @ {e.start}</span> - <span class="tribe-event-time">{e.end}</span>'
            time_dd = f'<div class="tribe-events-abbr tribe-events-start-time published dtstart" title="{e.day}">\n\t\t\t\t\t{e.start} - {e.end}\t\t\t\t</div>'
            dates = f"{compact}T{e.start.replace(':', '')}00/{compact}T{e.end.replace(':', '')}00"
        gcal = (
            f"https://www.google.com/calendar/event?action=TEMPLATE&amp;dates={dates}&amp;text={quote(e.title)}"
            f"&amp;details={quote(e.description)}&amp;location={quote(e.venue)}&amp;trp=false&amp;ctz=Asia/Bangkok"
        )
        nav_prev = (
            f'<li class="tribe-events-nav-previous"><a href="{self.event_link(prev_e)}"><span>&laquo;</span> {esc(prev_e.title)}</a></li>'
            if prev_e
            else ""
        )
        nav_next = (
            f'<li class="tribe-events-nav-next"><a href="{self.event_link(next_e)}">{esc(next_e.title)} <span>&raquo;</span></a></li>'
            if next_e
            else ""
        )
        notice = '<div class="tribe-events-notices"><ul><li>กิจกรรมนี้ผ่านไปแล้ว</li></ul></div>' if e.d < TODAY else ""
        main = f"""<section id="tribe-events-pg-template" class="tribe-events-pg-template" role="main"><div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"></span>
<div id="tribe-events-content" class="tribe-events-single">

	<p class="tribe-events-back">
		<a href="{b}/events/"> &laquo; กิจกรรมทั้งหมด</a>
	</p>

	<!-- Notices -->
	{notice}
	<h1 class="tribe-events-single-event-title">{esc(e.title)}</h1>
	<div class="tribe-events-schedule tribe-clearfix">
		<div><h2>{schedule}</h2></div>			</div>

	<!-- Event header -->
	<div id="tribe-events-header"  data-title="{attr(e.title)} &#8211; {SITE}" data-viewtitle="{attr(e.title)}">
		<!-- Navigation -->
		<nav class="tribe-events-nav-pagination" aria-label="การนำทาง กิจกรรม">
			<ul class="tribe-events-sub-nav">
				{nav_prev}
				{nav_next}
			</ul>
			<!-- .tribe-events-sub-nav -->
		</nav>
	</div>
	<!-- #tribe-events-header -->

			<div id="post-{e.id}" class="post-{e.id} tribe_events type-tribe_events status-publish hentry">
			<!-- Event featured image, but exclude link -->

			<!-- Event content -->
						<div class="tribe-events-single-event-description tribe-events-content">
				<p>{esc(e.description)}</p>
			</div>
			<!-- .tribe-events-single-event-description -->
			<div class="tribe-events tribe-common">
	<div class="tribe-events-c-subscribe-dropdown__container">
		<div class="tribe-events-c-subscribe-dropdown">
			<div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button">
				<button class="tribe-events-c-subscribe-dropdown__button-text" aria-expanded="false">เพิ่มลงในปฏิทิน</button>
			</div>
			<div id="tribe-events-subscribe-dropdown-content" class="tribe-events-c-subscribe-dropdown__content">
				<ul class="tribe-events-c-subscribe-dropdown__list">
					<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="{gcal}" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li>
					<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="{self.event_link(e)}?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">iCalendar</a></li>
					<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://outlook.office.com/owa/?path=/calendar/action/compose&#038;rrv=addevent&#038;startdt={e.day}&#038;subject={quote(e.title)}" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Outlook 365</a></li>
					<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="{self.event_link(e)}?outlook-ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">ส่งออกไฟล์ .ics ของ Outlook</a></li>
				</ul>
			</div>
		</div>
	</div>
</div>

			<!-- Event meta -->

	<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">

<div class="tribe-events-meta-group tribe-events-meta-group-details">
	<h2 class="tribe-events-single-section-title"> รายละเอียด </h2>
	<dl>

		<dt class="tribe-events-start-date-label"> วันที่: </dt>
		<dd>
			<abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="{e.day}"> {_be(e.d)} </abbr>
		</dd>

		<dt class="tribe-events-start-time-label"> เวลา: </dt>
		<dd>
			{time_dd}
		</dd>

	</dl>
</div>

<div class="tribe-events-meta-group tribe-events-meta-group-organizer">
	<h2 class="tribe-events-single-section-title">ผู้จัดงาน</h2>
	<dl>
		<dt class="tribe-common-a11y-visual-hide">ผู้จัดงาน</dt>
		<dd class="tribe-organizer">สำนักปลัดเทศบาล</dd>
		<dt class="tribe-organizer-tel-label">โทรศัพท์:</dt>
		<dd class="tribe-organizer-tel">{PHONE} ต่อ 11</dd>
	</dl>
</div>

	</div>

	<div class="tribe-events-single-section tribe-events-event-meta secondary tribe-clearfix">
<div class="tribe-events-meta-group tribe-events-meta-group-venue">
	<h2 class="tribe-events-single-section-title"> สถานที่ </h2>
	<dl>
		<dt class="tribe-common-a11y-visual-hide">สถานที่:</dt>
		<dd class="tribe-venue"> {esc(e.venue)} </dd>
					<dt class="tribe-common-a11y-visual-hide">ที่อยู่:</dt>
			<dd class="tribe-venue-location">
				<address class="tribe-events-address">
					<span class="tribe-address">
<span class="tribe-locality">ตำบลดอนมะเฟือง อำเภอวังทอง</span><span class="tribe-delimiter">,</span>
<abbr class="tribe-region tribe-events-abbr" title="พิษณุโลก">พิษณุโลก</abbr>
<span class="tribe-postal-code">65130</span>
<span class="tribe-country-name">ประเทศไทย</span>
</span>
											<a class="tribe-events-gmap" href="https://maps.google.com/maps?f=q&#038;source=s_q&#038;hl=th&#038;geocode=&#038;q={quote(e.venue)}" title="คลิกเพื่อดู Google Map" target="_blank" rel="noreferrer noopener">+ Google Map</a>									</address>
			</dd>
	</dl>
</div>
	</div>
					</div> <!-- #post-x -->
			</div><!-- #tribe-events-content -->
<div class="tribe-events-after-html"></div>
</section>"""
        head = self.head_for(self.event_link(e), f"/wp-json/wp/v2/tribe_events/{e.id}")
        body_class = f"tribe_events-template-default single single-tribe_events postid-{e.id} tribe-events-page-template events-single tribe-events-style-full"
        return self.frame(f"{esc(e.title)} &#8211; {SITE}", body_class, head, main)

    def view_header(self, view: str, title: str, nav: tuple[str, str, str, str], list_url: str, month_url: str) -> str:
        prev_url, prev_label, next_url, next_label = nav
        b = self.b
        today_url = f"{b}/events/{view}/"
        active = " tribe-events-c-view-selector__list-item--active"
        return f"""	<header  class="tribe-events-header tribe-events-header--has-event-search" >
		<div class="tribe-events-header__events-bar tribe-events-c-events-bar tribe-events-c-events-bar--border" data-js="tribe-events-events-bar">
			<h2 class="tribe-common-a11y-visual-hide">ค้นหาและมุมมอง กิจกรรม</h2>
			<div class="tribe-events-c-events-bar__search-container">
				<form class="tribe-events-c-search tribe-events-c-events-bar__search-form" method="get" data-js="tribe-events-view-form" role="search">
					<input type="hidden" name="tribe-events-views[url]" value="{today_url}" />
					<div class="tribe-common-form-control-text tribe-events-c-search__input-control"><input class="tribe-common-form-control-text__input tribe-events-c-search__input" type="text" name="tribe-events-views[tribe-bar-search]" value="" placeholder="ค้นหา กิจกรรม" /></div>
					<button class="tribe-common-c-btn tribe-events-c-search__button" type="submit" name="submit-bar">ค้นหา กิจกรรม</button>
				</form>
			</div>
			<div class="tribe-events-c-events-bar__views">
				<div class="tribe-events-c-view-selector tribe-events-c-view-selector--labels tribe-events-c-view-selector--tabs" data-js="tribe-events-view-selector">
					<div class="tribe-events-c-view-selector__content" id="tribe-events-view-selector-content" data-js="tribe-events-view-selector-list-container">
						<ul class="tribe-events-c-view-selector__list">
							<li class="tribe-events-c-view-selector__list-item tribe-events-c-view-selector__list-item--list{active if view == "list" else ""}"><a href="{list_url}" class="tribe-events-c-view-selector__list-item-link" data-js="tribe-events-view-link"><span class="tribe-events-c-view-selector__list-item-text">รายการ</span></a></li>
							<li class="tribe-events-c-view-selector__list-item tribe-events-c-view-selector__list-item--month{active if view == "month" else ""}"><a href="{month_url}" class="tribe-events-c-view-selector__list-item-link" data-js="tribe-events-view-link"><span class="tribe-events-c-view-selector__list-item-text">เดือน</span></a></li>
						</ul>
					</div>
				</div>
			</div>
		</div>
		<div class="tribe-events-c-top-bar tribe-events-header__top-bar">
			<nav class="tribe-events-c-top-bar__nav tribe-common-a11y-hidden">
				<ul class="tribe-events-c-top-bar__nav-list">
					<li class="tribe-events-c-top-bar__nav-list-item">
						<a href="{prev_url}" class="tribe-common-c-btn-icon tribe-common-c-btn-icon--caret-left tribe-events-c-top-bar__nav-link tribe-events-c-top-bar__nav-link--prev" aria-label="{prev_label}" title="{prev_label}" data-js="tribe-events-view-link">&laquo;</a>
					</li>
					<li class="tribe-events-c-top-bar__nav-list-item">
						<a href="{next_url}" class="tribe-common-c-btn-icon tribe-common-c-btn-icon--caret-right tribe-events-c-top-bar__nav-link tribe-events-c-top-bar__nav-link--next" aria-label="{next_label}" title="{next_label}" data-js="tribe-events-view-link">&raquo;</a>
					</li>
				</ul>
			</nav>
			<a href="{today_url}" class="tribe-common-c-btn-border-small tribe-events-c-top-bar__today-button tribe-common-a11y-hidden" data-js="tribe-events-view-link" aria-label="คลิกเพื่อเลือกวันนี้" title="คลิกเพื่อเลือกวันนี้">วันนี้</a>
			<div class="tribe-events-c-top-bar__datepicker">
				<button class="tribe-common-c-btn__clear tribe-common-h3 tribe-common-h--alt tribe-events-c-top-bar__datepicker-button" data-js="tribe-events-top-bar-datepicker-button" type="button" aria-label="คลิกเพื่อสลับตัวเลือกวันที่" title="คลิกเพื่อสลับตัวเลือกวันที่">
					<time class="tribe-events-c-top-bar__datepicker-time"><span class="tribe-events-c-top-bar__datepicker-desktop tribe-common-a11y-hidden">{title}</span></time>
				</button>
			</div>
		</div>
	</header>"""

    def subscribe(self, ical_url: str) -> str:
        """The TEC v6 "Subscribe to calendar" dropdown (export links are ?ical=1 / ?outlook-ical=1)."""
        host = quote(self.b.split("://", 1)[1], safe="")
        outlook = ical_url.replace("ical=1", "outlook-ical=1")
        return f"""	<div class="tribe-events-c-subscribe-dropdown__container">
		<div class="tribe-events-c-subscribe-dropdown">
			<div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text" aria-expanded="false">สมัครรับปฏิทิน</button></div>
			<div class="tribe-events-c-subscribe-dropdown__content">
				<ul class="tribe-events-c-subscribe-dropdown__list">
					<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.google.com/calendar/render?cid=webcal%3A%2F%2F{host}%2Fevents%2F%3Fical%3D1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li>
					<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="{attr(ical_url.replace("http://", "webcal://", 1))}" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">iCalendar</a></li>
					<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="{attr(ical_url)}" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">ส่งออกไฟล์ .ics</a></li>
					<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="{attr(outlook)}" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">ส่งออกไฟล์ .ics ของ Outlook</a></li>
				</ul>
			</div>
		</div>
	</div>"""

    def view_wrap(self, view: str, url: str, inner: str) -> str:
        json_url = url.replace("/", "\\/")
        return f"""<main id="content" class="site-main" role="main">
<div class="tribe-common tribe-events tribe-events-view tribe-events-view--{view}" data-js="tribe-events-view" data-view-rest-url="{self.b}/wp-json/tribe/views/v2/html" data-view-rest-method="GET" data-view-manage-url="1" data-view-breakpoint-pointer="{_eid(view, url)}">
	<div class="tribe-common-l-container tribe-events-l-container">
		<div class="tribe-events-view-loader tribe-common-a11y-hidden" role="alert" aria-live="polite"><span class="tribe-events-view-loader__text tribe-common-a11y-visual-hide">กำลังโหลดมุมมอง</span></div>
		<script data-js="tribe-events-view-data" type="application/json">{{"slug":"{view}","prev_url":"","url":"{json_url}","view_class":"Tribe\\\\Events\\\\Views\\\\V2\\\\Views\\\\{view.title()}_View"}}</script>
{inner}
	</div>
</div>
</main>"""

    def month_page(self, y: int, m: int, current: bool = False) -> Response:
        b = self.b
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        url = f"{b}/events/month/" if current else f"{b}/events/month/{y}-{m:02d}/"
        prev_url, next_url = f"{b}/events/month/{py}-{pm:02d}/", f"{b}/events/month/{ny}-{nm:02d}/"
        label = f"{MONTHS[m - 1]} {y + 543}"
        header = self.view_header(
            "month",
            label,
            (prev_url, "เดือนก่อนหน้า", next_url, "เดือนถัดไป"),
            f"{b}/events/list/?tribe-bar-date={y}-{m:02d}-01",
            url,
        )
        rows = []
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(y, m):
            cells = []
            for d in week:
                evs = "".join(
                    f"""
							<article class="tribe-events-calendar-month__calendar-event post-{e.id} tribe_events type-tribe_events status-publish hentry">
								<div class="tribe-events-calendar-month__calendar-event-details">
									<div class="tribe-events-calendar-month__calendar-event-datetime"><time datetime="{e.day}">{"ตลอดวัน" if e.start is None else f"{e.start} - {e.end}"}</time></div>
									<h3 class="tribe-events-calendar-month__calendar-event-title tribe-common-h8 tribe-common-h--alt">
										<a href="{self.event_link(e)}" title="{attr(e.title)}" rel="bookmark" class="tribe-events-calendar-month__calendar-event-title-link tribe-common-anchor-thin">{esc(e.title)}</a>
									</h3>
								</div>
							</article>"""
                    for e in self.events
                    if e.d == d
                )
                other = " tribe-events-calendar-month__day--other-month" if d.month != m else ""
                past = " tribe-events-calendar-month__day--past" if d < TODAY else ""
                cells.append(
                    f"""					<div class="tribe-events-calendar-month__day{other}{past}" role="gridcell" aria-labelledby="tribe-events-calendar-day-{d.isoformat()}" data-js="tribe-events-month-grid-cell">
						<div id="tribe-events-calendar-day-{d.isoformat()}" class="tribe-events-calendar-month__day-cell tribe-events-calendar-month__day-cell--desktop tribe-common-a11y-hidden">
							<h3 class="tribe-events-calendar-month__day-date tribe-common-h6 tribe-common-h--alt"><time class="tribe-events-calendar-month__day-date-daynum" datetime="{d.isoformat()}">{d.day}</time></h3>
							<div class="tribe-events-calendar-month__events">{evs}
							</div>
						</div>
					</div>"""
                )
            rows.append(
                '				<div class="tribe-events-calendar-month__week" role="row" data-js="tribe-events-month-grid-row">\n'
                + "\n".join(cells)
                + "\n				</div>"
            )
        days = "".join(
            f'<div class="tribe-events-calendar-month__header-column" role="columnheader" aria-label="{w}"><h3 class="tribe-events-calendar-month__header-column-title tribe-common-b3"><span>{w}</span></h3></div>'
            for w in ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")
        )
        nav = f"""		<nav class="tribe-events-calendar-month-nav tribe-events-c-nav">
			<ul class="tribe-events-c-nav__list">
				<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--prev"><a href="{prev_url}" rel="prev" class="tribe-events-c-nav__prev tribe-common-b2 tribe-common-b1--min-medium" data-js="tribe-events-view-link" aria-label="กิจกรรมเดือนก่อนหน้า" title="กิจกรรมเดือนก่อนหน้า">{MONTHS[pm - 1]}</a></li>
				<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--today"><a href="{b}/events/month/" class="tribe-events-c-nav__today tribe-common-b2" data-js="tribe-events-view-link" aria-label="เดือนนี้" title="เดือนนี้">เดือนนี้</a></li>
				<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--next"><a href="{next_url}" rel="next" class="tribe-events-c-nav__next tribe-common-b2 tribe-common-b1--min-medium" data-js="tribe-events-view-link" aria-label="กิจกรรมเดือนถัดไป" title="กิจกรรมเดือนถัดไป">{MONTHS[nm - 1]}</a></li>
			</ul>
		</nav>"""
        any_events = any((e.d.year, e.d.month) == (y, m) for e in self.events)
        notice = (
            ""
            if any_events
            else f'		<div class="tribe-events-header__messages tribe-events-c-messages tribe-common-b2"><div class="tribe-events-c-messages__message tribe-events-c-messages__message--notice" role="alert"><ul class="tribe-events-c-messages__message-list"><li class="tribe-events-c-messages__message-list-item">ไม่มีกิจกรรมที่กำหนดไว้สำหรับ {label}</li></ul></div></div>\n'
        )
        grid = "\n".join(rows)
        inner = f"""{header}
{notice}		<div class="tribe-events-calendar-month" role="grid" aria-labelledby="tribe-events-calendar-header" aria-readonly="true" data-js="tribe-events-month-grid">
			<div class="tribe-events-calendar-month__header"><h2 class="tribe-common-a11y-visual-hide" id="tribe-events-calendar-header">ปฏิทินของ กิจกรรม</h2><div role="row" class="tribe-events-calendar-month__header-row">{days}</div></div>
			<div class="tribe-events-calendar-month__body" role="rowgroup">
{grid}
			</div>
		</div>
{nav}
{self.subscribe(f"{b}/events/month/{y}-{m:02d}/?ical=1")}"""
        head = f'\n<link rel="canonical" href="{url}" />'
        if not any_events:
            head = "\n<meta name='robots' content='noindex, follow' />" + head
        body_class = (
            "post-type-archive post-type-archive-tribe_events tribe-events-page-template tribe-theme-hello-elementor"
        )
        return self.frame(f"กิจกรรม สำหรับ {label} &#8211; {SITE}", body_class, head, self.view_wrap("month", url, inner))

    def list_page(self, start: date, canonical: str | None = None) -> Response:
        """List view: the 30 days from ``start``; « » move 30 days (TEC's ?tribe-bar-date=)."""
        b = self.b
        end = start + timedelta(days=30)
        evs = [e for e in self.events if start <= e.d < end]
        url = canonical or f"{b}/events/list/?tribe-bar-date={start.isoformat()}"
        prev_url = f"{b}/events/list/?tribe-bar-date={(start - timedelta(days=30)).isoformat()}"
        next_url = f"{b}/events/list/?tribe-bar-date={end.isoformat()}"
        title = "ที่จะมาถึง" if canonical else f"ตั้งแต่ {_be(start)}"
        header = self.view_header(
            "list",
            title,
            (prev_url, "กิจกรรมก่อนหน้า", next_url, "กิจกรรมถัดไป"),
            url,
            f"{b}/events/month/{start.year}-{start.month:02d}/",
        )
        items = []
        last_month = None
        for e in evs:
            if (e.d.year, e.d.month) != last_month:
                last_month = (e.d.year, e.d.month)
                items.append(
                    f'		<li class="tribe-events-calendar-list__month-separator"><time class="tribe-events-calendar-list__month-separator-text tribe-common-h7 tribe-common-h6--min-medium tribe-common-h--alt">{MONTHS[e.d.month - 1]} {e.d.year + 543}</time></li>'
                )
            items.append(f"""		<li class="tribe-common-g-row tribe-events-calendar-list__event-row">
			<div class="tribe-events-calendar-list__event-date-tag tribe-common-g-col post-{e.id} tribe_events type-tribe_events status-publish hentry">
				<time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="{e.day}" aria-hidden="true">
					<span class="tribe-events-calendar-list__event-date-tag-weekday">{("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")[e.d.weekday()]}</span>
					<span class="tribe-events-calendar-list__event-date-tag-daynum tribe-common-h5 tribe-common-h4--min-medium">{e.d.day}</span>
				</time>
			</div>
			<div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col">
				<article class="tribe-events-calendar-list__event tribe-common-g-row tribe-common-g-row--gutters post-{e.id} tribe_events type-tribe_events status-publish hentry">
					<div class="tribe-events-calendar-list__event-details tribe-common-g-col">
						<header class="tribe-events-calendar-list__event-header">
							<div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2"><time class="tribe-events-calendar-list__event-datetime" datetime="{e.day}"><span class="tribe-event-date-start">{self.event_when(e)}</span></time></div>
							<h3 class="tribe-events-calendar-list__event-title tribe-common-h6 tribe-common-h4--min-medium"><a href="{self.event_link(e)}" title="{attr(e.title)}" rel="bookmark" class="tribe-events-calendar-list__event-title-link tribe-common-anchor-thin">{esc(e.title)}</a></h3>
							<address class="tribe-events-calendar-list__event-venue tribe-common-b2"><span class="tribe-events-calendar-list__event-venue-title tribe-common-b2--bold">{esc(e.venue)}</span> <span class="tribe-events-calendar-list__event-venue-address">ตำบลดอนมะเฟือง อำเภอวังทอง</span></address>
						</header>
						<div class="tribe-events-calendar-list__event-description tribe-common-b2 tribe-common-a11y-hidden"><p>{esc(e.description)}</p></div>
					</div>
				</article>
			</div>
		</li>""")
        if not evs:
            items.append(
                '		<li class="tribe-events-c-messages__message tribe-events-c-messages__message--notice">ไม่มีกิจกรรมที่จะมาถึงในช่วงนี้</li>'
            )
        nav = f"""		<nav class="tribe-events-calendar-list-nav tribe-events-c-nav">
			<ul class="tribe-events-c-nav__list">
				<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--prev"><a href="{prev_url}" rel="prev" class="tribe-events-c-nav__prev tribe-common-b2 tribe-common-b1--min-medium" data-js="tribe-events-view-link" aria-label="กิจกรรมก่อนหน้า" title="กิจกรรมก่อนหน้า">&laquo; กิจกรรมก่อนหน้า</a></li>
				<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--today"><a href="{b}/events/list/" class="tribe-events-c-nav__today tribe-common-b2" data-js="tribe-events-view-link" aria-label="คลิกเพื่อเลือกวันนี้" title="คลิกเพื่อเลือกวันนี้">วันนี้</a></li>
				<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--next"><a href="{next_url}" rel="next" class="tribe-events-c-nav__next tribe-common-b2 tribe-common-b1--min-medium" data-js="tribe-events-view-link" aria-label="กิจกรรมถัดไป" title="กิจกรรมถัดไป">กิจกรรมถัดไป &raquo;</a></li>
			</ul>
		</nav>"""
        ical = f"{b}/events/?ical=1" if canonical else f"{b}/events/list/?tribe-bar-date={start.isoformat()}&ical=1"
        listed = "\n".join(items)
        inner = f"""{header}
		<div class="tribe-events-calendar-list">
			<h2 class="tribe-common-a11y-visual-hide">รายการ กิจกรรม</h2>
			<ul>
{listed}
			</ul>
		</div>
{nav}
{self.subscribe(ical)}"""
        head = f'\n<link rel="canonical" href="{url}" />'
        if not evs:
            head = "\n<meta name='robots' content='noindex, follow' />" + head
        body_class = (
            "post-type-archive post-type-archive-tribe_events tribe-events-page-template tribe-theme-hello-elementor"
        )
        title_tag = f"กิจกรรม ที่จะมาถึง &#8211; {SITE}" if canonical else f"กิจกรรม ตั้งแต่ {_be(start)} &#8211; {SITE}"
        return self.frame(title_tag, body_class, head, self.view_wrap("list", url, inner))

    def ical(self, events: list[_Event], name: str, filename: str) -> Response:
        host = urlsplit(self.b).hostname
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:-//{SITE} - ECPv{TEC_VER}//NONSGML v1.0//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            f"X-WR-CALNAME:{name}",
            f"X-ORIGINAL-URL:{self.b}",
            f"X-WR-CALDESC:กิจกรรม สำหรับ {SITE}",
            "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
            "X-Robots-Tag:noindex",
            "X-PUBLISHED-TTL:PT1H",
            "BEGIN:VTIMEZONE",
            "TZID:Asia/Bangkok",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0700",
            "TZOFFSETTO:+0700",
            "TZNAME:+07",
            "DTSTART:20230101T000000",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
        for e in events:
            day = e.day.replace("-", "")
            if e.start is None or e.end is None:
                times = [f"DTSTART;VALUE=DATE:{day}", f"DTEND;VALUE=DATE:{(e.d + timedelta(days=1)):%Y%m%d}"]
            else:
                times = [
                    f"DTSTART;TZID=Asia/Bangkok:{day}T{e.start.replace(':', '')}00",
                    f"DTEND;TZID=Asia/Bangkok:{day}T{e.end.replace(':', '')}00",
                ]
            lines += [
                "BEGIN:VEVENT",
                *times,
                f"DTSTAMP:{TODAY:%Y%m%d}T040000",
                f"CREATED:{e.d - timedelta(days=20):%Y%m%d}T030000Z",
                f"UID:{e.id}-{day}@{host}",
                f"SUMMARY:{e.title}",
                f"DESCRIPTION:{e.description}",
                f"URL:{self.event_link(e)}",
                f"LOCATION:{e.venue}",
                'ORGANIZER;CN="สำนักปลัดเทศบาล":MAILTO:saraban@donmafueang.go.th',
                "END:VEVENT",
            ]
        lines.append("END:VCALENDAR")
        return Response(
            200,
            (
                ("Content-Type", "text/calendar; charset=utf-8"),
                ("Content-Disposition", f'attachment; filename="{filename}"'),
                ("X-Robots-Tag", "noindex"),
            ),
            ("\r\n".join(lines) + "\r\n").encode("utf-8"),
        )

    # -- feeds, sitemaps, REST ---------------------------------------------------------
    def register_machine(self) -> None:
        site, b = self.site, self.b
        add_text(
            site,
            "/robots.txt",
            f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {b}/wp-sitemap.xml\n",
            "text/plain; charset=utf-8",
        )
        site.add("/feed/", self.feed())
        site.add("/comments/feed/", self.comments_feed(None))
        rsd = (
            '<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd"><service>'
            f"<engineName>WordPress</engineName><engineLink>https://wordpress.org/</engineLink><homePageLink>{b}</homePageLink>"
            f'<apis><api name="WordPress" blogID="1" preferred="true" apiLink="{b}/xmlrpc.php" />'
            f'<api name="WP-API" blogID="1" preferred="false" apiLink="{b}/wp-json/" /></apis></service></rsd>'
        )
        site.add(
            "/xmlrpc.php?rsd", Response(200, (("Content-Type", "application/rsd+xml; charset=UTF-8"),), rsd.encode())
        )
        # WordPress core sitemaps (5.5+): no lastmod, posts ordered by ID.
        subs = {
            "posts-post-1": [self.link(p) for p in self.posts],
            "posts-page-1": [f"{b}/"] + [self.link(pg) for pg in self.pages],
            "posts-tribe_events-1": [self.event_link(e) for e in self.events],
            "taxonomies-category-1": [b + self.cat_path(k) for k in CATEGORIES],
            "taxonomies-post_tag-1": [b + self.tag_path(t) for t in TAGS],
            "users-1": [b + self.author_path(k) for k in AUTHORS],
        }
        xml_type = (("Content-Type", "application/xml; charset=UTF-8"),)
        index = "".join(f"<sitemap><loc>{b}/wp-sitemap-{name}.xml</loc></sitemap>" for name in subs)
        site.add(
            "/wp-sitemap.xml",
            Response(
                200,
                xml_type,
                (
                    '<?xml version="1.0" encoding="UTF-8"?>\n'
                    f'<?xml-stylesheet type="text/xsl" href="{b}/wp-sitemap-index.xsl" ?>\n'
                    f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>\n'
                ).encode(),
            ),
        )
        for name, urls in subs.items():
            body = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
            site.add(
                f"/wp-sitemap-{name}.xml",
                Response(
                    200,
                    xml_type,
                    (
                        '<?xml version="1.0" encoding="UTF-8"?>\n'
                        f'<?xml-stylesheet type="text/xsl" href="{b}/wp-sitemap.xsl" ?>\n'
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
        site.add("/wp-sitemap-index.xsl", Response(200, xml_type, xsl.encode()))
        site.add("/wp-sitemap.xsl", Response(200, xml_type, xsl.encode()))
        site.add("/sitemap.xml", redirect(f"{b}/wp-sitemap.xml", 302))
        # REST API (linked from every <head>): JSON that carries the post text too.
        self.rest(
            "/wp-json/",
            {
                "name": SITE,
                "description": TAGLINE,
                "url": b,
                "home": b,
                "gmt_offset": "7",
                "timezone_string": "Asia/Bangkok",
                "namespaces": ["oembed/1.0", "tribe/events/v1", "tribe/views/v2", "wp/v2", "wp-site-health/v1"],
                "routes": {},
            },
        )
        self.rest(
            "/wp-json/tribe/events/v1/",
            {"namespace": "tribe/events/v1", "routes": {"/tribe/events/v1/events": {"methods": ["GET"]}}},
        )
        for p in self.posts:
            self.rest(
                f"/wp-json/wp/v2/posts/{p.id}",
                self.rest_item(p.id, p.dt, self.link(p), p.title, self.content_html(p), "post", AUTHORS[p.author][0]),
            )
        for pg in self.pages:
            self.rest(
                f"/wp-json/wp/v2/pages/{pg.id}",
                self.rest_item(pg.id, local_dt(pg.date, "14:00"), self.link(pg), pg.title, pg.html, "page", 2),
            )
        for e in self.events:
            self.rest(
                f"/wp-json/wp/v2/tribe_events/{e.id}",
                self.rest_item(
                    e.id,
                    local_dt("2024-04-01", "10:00"),
                    self.event_link(e),
                    e.title,
                    f"<p>{esc(e.description)}</p>",
                    "tribe_events",
                    2,
                ),
            )
        for key, (tid, name) in CATEGORIES.items():
            count = sum(p.cat == key for p in self.posts)
            self.rest(
                f"/wp-json/wp/v2/categories/{tid}",
                {
                    "id": tid,
                    "count": count,
                    "link": b + self.cat_path(key),
                    "name": name,
                    "slug": wp_slug(name),
                    "taxonomy": "category",
                },
            )
        for name, tid in TAGS.items():
            count = sum(name in p.tags for p in self.posts)
            self.rest(
                f"/wp-json/wp/v2/tags/{tid}",
                {
                    "id": tid,
                    "count": count,
                    "link": b + self.tag_path(name),
                    "name": name,
                    "slug": wp_slug(name),
                    "taxonomy": "post_tag",
                },
            )
        for key, (uid, login, name) in AUTHORS.items():
            self.rest(
                f"/wp-json/wp/v2/users/{uid}",
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
                    ("Link", f'<{self.b}/wp-json/>; rel="https://api.w.org/"'),
                    ("Allow", "GET"),
                ),
                body,
            ),
        )

    def rest_item(self, pid: int, dt: datetime, link: str, title: str, content: str, kind: str, author: int) -> dict:
        return {
            "id": pid,
            "date": dt.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_gmt": (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S"),
            "guid": {"rendered": f"{self.b}/?p={pid}"},
            "slug": urlsplit(link).path.strip("/").rsplit("/", 1)[-1],
            "status": "publish",
            "type": kind,
            "link": link,
            "title": {"rendered": texturize(title)},
            "content": {"rendered": content, "protected": False},
            "author": author,
        }

    def oembed(self, url: str, fmt: str) -> Response | None:
        target = _decoded_path(url)
        items: list[_Post | _Page] = [*self.posts, *self.pages]
        item = next((p for p in items if _decoded_path(self.link(p)) == target), None)
        if item is None:
            return None
        author = item.author if isinstance(item, _Post) else "pr"
        data = {
            "version": "1.0",
            "provider_name": SITE,
            "provider_url": self.b,
            "author_name": AUTHORS[author][2],
            "author_url": self.b + self.author_path(author),
            "title": item.title,
            "type": "rich",
            "width": 600,
            "height": 338,
            "html": (
                f'<blockquote class="wp-embedded-content"><a href="{self.link(item)}">{esc(item.title)}</a></blockquote>\n'
                f'<iframe sandbox="allow-scripts" security="restricted" src="{self.link(item)}embed/#?secret=x1Y2z3" width="600" height="338"'
                f' title="&#8220;{esc(item.title)}&#8221; &#8212; {SITE}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"'
                ' class="wp-embedded-content"></iframe>'
            ),
        }
        if fmt == "xml":
            inner = "".join(f"<{k}>{esc(str(v))}</{k}>" for k, v in data.items())
            return Response(
                200,
                (("Content-Type", "text/xml; charset=UTF-8"),),
                f'<?xml version="1.0"?>\n<oembed>{inner}</oembed>\n'.encode(),
            )
        return Response(200, (("Content-Type", "application/json; charset=UTF-8"),), json.dumps(data).encode())

    def feed(self) -> Response:
        b = self.b
        items = []
        for p in self.newest[:FEED_ITEMS]:
            cat_name = CATEGORIES[p.cat][1]
            cats = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in (cat_name, *p.tags))
            excerpt = _excerpt(p.paragraphs, 55).replace("&hellip;", " [&#8230;]")
            items.append(f"""	<item>
		<title>{texturize(p.title)}</title>
		<link>{self.link(p)}</link>
		<comments>{self.link(p)}#respond</comments>
		<dc:creator><![CDATA[{AUTHORS[p.author][2]}]]></dc:creator>
		<pubDate>{rfc822(p.dt)}</pubDate>{cats}
		<guid isPermaLink="false">{b}/?p={p.id}</guid>
		<description><![CDATA[{excerpt}]]></description>
		<content:encoded><![CDATA[{self.content_html(p)}]]></content:encoded>
		<wfw:commentRss>{self.link(p)}feed/</wfw:commentRss>
		<slash:comments>{1 if p.comment else 0}</slash:comments>
	</item>""")
        return self.rss(f"{b}/feed/", SITE, rfc822(self.newest[0].dt), "\n".join(items))

    def rss(self, self_url: str, title: str, built: str, items: str) -> Response:
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
	<link>{self.b}</link>
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

    def comments_feed(self, post: _Post | None) -> Response:
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
		<guid isPermaLink="false">{self.b}/?p={p.id}#comment-{cid}</guid>
		<description><![CDATA[{text}]]></description>
		<content:encoded><![CDATA[<p>{text}</p>
]]></content:encoded>
	</item>""")
        if post:
            return self.rss(
                f"{self.link(post)}feed/", f"ความเห็นบน: {texturize(post.title)}", rfc822(post.dt), "\n".join(items)
            )
        return self.rss(f"{self.b}/comments/feed/", f"ความเห็นสำหรับ {SITE}", rfc822(self.newest[0].dt), "\n".join(items))

    def comment_feed(self, p: _Post) -> Response:
        return self.comments_feed(p)

    # -- dynamic (the traps) ----------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        export = "ical" in query or "outlook-ical" in query
        m = re.fullmatch(r"/events/month/(\d{4})-(\d{2})(/?)", path)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            if not (1000 <= y <= 9998 and 1 <= mo <= 12):
                return None
            if not m.group(3):
                return redirect(f"{self.b}{path}/" + (f"?{parts.query}" if parts.query else ""))
            if export:
                evs = [e for e in self.events if (e.d.year, e.d.month) == (y, mo)]
                return self.ical(evs, SITE, f"donmafueang-events-{y}-{mo:02d}.ics")
            return self.month_page(y, mo)
        if path == "/events/list/" and "tribe-bar-date" in query:
            try:
                start = date.fromisoformat(query["tribe-bar-date"])
            except ValueError:
                return None
            if not (1000 <= start.year <= 9998):
                return None
            if export:
                end = start + timedelta(days=30)
                evs = [e for e in self.events if start <= e.d < end]
                return self.ical(evs, SITE, f"donmafueang-events-{start.isoformat()}.ics")
            return self.list_page(start)
        if path == "/wp-json/oembed/1.0/embed" and "url" in query:
            return self.oembed(query["url"], query.get("format", "json"))
        return None


def _decoded_path(url: str) -> str:
    """The fully decoded path of a URL (any percent-encoding case, even double-encoded)."""
    path = urlsplit(url).path
    while unquote(path) != path:
        path = unquote(path)
    return path

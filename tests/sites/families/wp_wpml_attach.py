# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""wp_wpml_attach: a เทศบาลตำบล on WordPress 6 + a magazine theme + WPML, with every WordPress side effect.

CMS imitated: a Thai subdistrict municipality that hired a local web designer in 2021: WordPress 6.4 on nginx, the
tagDiv "Newspaper" magazine theme (``td-*`` markup: big grid on the home page, ``td_module_10`` listings, breadcrumbs,
``td-post-sharing-top/bottom``, author box, "ข่าวที่เกี่ยวข้อง" related block, next/prev pair), WPML 4.6 (Thai default,
English under ``/en/``, the legacy horizontal switcher in the top bar), the AMP plugin (reader mode) and The Events
Calendar.  เทศบาลตำบลดอนสะแบง (fictional), อำเภอเมืองยโสธร จังหวัดยโสธร.  UTF-8.  TODAY is 2024-11-20.

URL shapes
* posts ``/<yyyy>/<mm>/<dd>/<slug>/`` with WordPress's Thai slug: lower-case percent-encoding cut at 200 characters
  (so about 22 Thai letters, mid-word).  ``/?p=N`` (the shortlink in every head and in the ``Link`` header) 301s to
  the post; slash-less spellings 301 to the slash form.  ``<post>amp/`` is the AMP copy (``<link rel="amphtml">``).
* attachment pages: every photo of a post has ``<post>/<image slug>/`` (the lower-cased camera or LINE file name,
  ``img_20240615_093320``, ``s__10518214``), shown in THE SAME single template as posts (breadcrumbs, h1 = the file
  name, "โดย <author> - <date>", views, share bars, author box, related posts) with the image, its caption,
  "&larr; กลับไปที่ <post title>" and previous/next photo links.  2022 posts (classic editor, ``[caption]``
  markup) link their photos as ``/?attachment_id=N`` (301 to the attachment page), later posts (Gutenberg
  galleries, "Link to: Attachment page") link the pretty URL.
* comments (5 a page, oldest first): the post shows page 1; posts with more than 5 comments have
  ``<post>comment-page-1/`` and ``comment-page-2/`` (linked ``#comments``, canonical = the comment page); every
  comment has a "ตอบกลับ" link ``<post>?replytocom=<comment id>#respond`` (noindex, the post again with the
  reply form): see traps.
* listings (6 a page, ``/page/N/``, ``/page/1/`` 301s): home ``/`` (a big grid of the 4 newest on page 1),
  ``/category/<slug>/`` (ข่าวประชาสัมพันธ์ with a Thai slug, ``activity``, ``announcement``),
  ``/tag/<Thai slug>/``, ``/author/<login>/``, month archives ``/<yyyy>/<mm>/`` (the คลังข่าว widget).
* static pages ``/ประวัติ/``, ``/วิสัยทัศน์/``, ``/ติดต่อเรา/`` (percent-encoded; ``/?page_id=N`` 301s) in the
  page template.  ``/feed/`` (latest 10, whole content), ``/en/feed/``; ``/wp-sitemap.xml`` -> posts (both
  languages), pages, categories; robots.txt names the sitemap.
* WPML: only 3 posts are translated (2022 and 2024 Songkran, the 2024 flood relief): ``/en/<yyyy>/<mm>/<dd>/
  <English slug>/`` with ``/en/?p=N`` and ``amp/`` copies; these 3 pairs carry ``hreflang`` th / en / x-default
  alternates and their switchers link each other.  Untranslated posts have no alternates and their switcher's
  English link goes to ``/en/`` (WPML's "link to home of language for missing translations"); ``/en/<Thai post
  path>`` is not served (404).  ``/en/`` and ``/en/category/news/`` list the 3 English posts.  The English
  translations reuse the photos linked to the media files (no English attachment pages).
* The Events Calendar: ``/events/`` (TODAY's month), ``/events/list/``, ``/event/<Thai slug>/`` (4 events: a title,
  a date, a place, one line of text), the "กิจกรรมที่จะมาถึง" widget on every Thai page.

Gold articles: 24 = 21 Thai posts (2022-01-14 .. 2024-11-08; ข่าวกิจกรรม, ข่าวประชาสัมพันธ์ and ประกาศเทศบาล, 0-4
photos each, some photos without a caption) + the 3 English translations (separate articles with English title,
text and captions).  Title: the ``h1.entry-title``.  Published: ``<time class="entry-date ..." datetime>`` with
"15 มิถุนายน 2567" on the post (Buddhist year), "มิถุนายน 15, 2024" (core "F j, Y") on listings and widgets,
"June 15, 2024" on English pages, "2 ปี ago" on AMP copies.  Author: the display name after "โดย" (also in the
author box).  Aliases: ``/?p=N``, ``amp/``, the comment pages and each comment's ``?replytocom=`` URL.

Non-articles: every listing page (home, categories, tags, authors, months, ``/en/``, ``/en/category/news/``), the
static pages, every attachment page, the events pages.

Traps (``trap_patterns``, answered by ``_Site.dynamic``)
* ``TRAP_REPLYTOCOM``: ``?replytocom=<any number>`` on a post or its comment pages answers the whole post again
  (noindex) - one copy per comment, and any id works.
* ``TRAP_EVENTS``: ``/events/month/<yyyy>-<mm>/`` for any month 1970-2100, each linking the previous and next month.

Hard cases: attachment pages look exactly like posts (title, date, author, share bar, related posts) but hold one
photo and a caption, and they contain the post's title as a link; the same post under 5+ URLs; Thai slugs cut
mid-word; three date formats; English translations with Thai author names; related posts and the widgets repeat
titles on every page.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, local_dt, rfc822, thai_long
from .common import add_jpeg, add_text, attr, esc, html_page, redirect, texturize, wp_slug

FAMILY = "wp_wpml_attach"
SITE = "เทศบาลตำบลดอนสะแบง"
SITE_EN = "Don Sabaeng Subdistrict Municipality"
TAGLINE = "อำเภอเมืองยโสธร จังหวัดยโสธร"
ADDRESS = "เลขที่ 59 หมู่ที่ 3 ตำบลดอนสะแบง อำเภอเมืองยโสธร จังหวัดยโสธร 35000"
TODAY = date(2024, 11, 20)
LAUNCH = datetime(2021, 10, 1, 9, 0, tzinfo=BANGKOK)
WP_VER = "6.4.3"
WPML_VER = "4.6.9"
THEME = "/wp-content/themes/Newspaper"
PER_PAGE = 6  # home, category, tag, author and month archives
FEED_ITEMS = 10
COMMENTS_PER_PAGE = 5  # "แบ่งความเห็นออกเป็นหน้า" on, oldest first
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
EN_MONTHS += ("November", "December")

# login -> (display name, author archive bio)
AUTHORS = {
    "pr-donsabaeng": ("งานประชาสัมพันธ์", "งานประชาสัมพันธ์ สำนักปลัดเทศบาล ดูแลข่าวสารและกิจกรรมของเทศบาล"),
    "kittipong": ("กิตติพงษ์ ศรีวงษ์", "นักประชาสัมพันธ์ปฏิบัติการ รับผิดชอบข่าวกิจกรรมและภาพถ่าย"),
    "admin": ("ผู้ดูแลระบบ", ""),
}
# category slug -> (name, term id); the first is the Thai-slug default category
CATS = {
    "ข่าวประชาสัมพันธ์": ("ข่าวประชาสัมพันธ์", 3),
    "activity": ("ข่าวกิจกรรม", 4),
    "announcement": ("ประกาศเทศบาล", 5),
}
TAGS = ("ผู้สูงอายุ", "สาธารณสุข", "ประเพณี", "การศึกษา", "สิ่งแวดล้อม", "ภาษี")
# static pages: path slug -> (page id, title, paragraphs)
PAGES = {
    "ประวัติ": (
        12,
        "ประวัติเทศบาล",
        (
            "เทศบาลตำบลดอนสะแบงเดิมเป็นองค์การบริหารส่วนตำบลดอนสะแบง จัดตั้งขึ้นเมื่อปี พ.ศ. 2540 และได้รับการยกฐานะเป็นเทศบาลตำบลเมื่อวันที่ 24 สิงหาคม 2552",
            "พื้นที่ของเทศบาลมีประมาณ 31 ตารางกิโลเมตร ครอบคลุม 11 หมู่บ้าน ประชากรส่วนใหญ่ทำนาข้าวหอมมะลิ ปลูกพืชผักหลังนา และทอผ้าไหมพื้นเมือง",
        ),
    ),
    "วิสัยทัศน์": (
        14,
        "วิสัยทัศน์และพันธกิจ",
        (
            "“ดอนสะแบงน่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีส่วนร่วม บริหารจัดการด้วยธรรมาภิบาล”",
            "พันธกิจ ได้แก่ พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน ส่งเสริมคุณภาพชีวิตและสุขภาวะของประชาชน อนุรักษ์ศิลปวัฒนธรรมท้องถิ่น และบริหารงานอย่างโปร่งใสตรวจสอบได้",
        ),
    ),
    "ติดต่อเรา": (
        16,
        "ติดต่อเรา",
        (
            f"สำนักงาน{SITE} {ADDRESS}",
            "โทรศัพท์ 0 4571 2345 โทรสาร 0 4571 2346 เปิดทำการวันจันทร์ถึงวันศุกร์ เวลา 08.30 - 16.30 น. เว้นวันหยุดราชการ",
        ),
    ),
}
# The Events Calendar: slug -> (title, day, time, place, description)
EVENTS = {
    "ลอยกระทง-2567": (
        "งานประเพณีลอยกระทง ประจำปี 2567",
        "2024-11-15",
        "17:00",
        "สระหนองบัว หมู่ที่ 3",
        "ขอเชิญร่วมประกวดกระทงประดิษฐ์และนางนพมาศ",
    ),
    "ตรวจสุขภาพผู้สูงอายุ-ธันวาคม": (
        "ตรวจสุขภาพผู้สูงอายุเคลื่อนที่",
        "2024-12-04",
        "08:30",
        "ศาลากลางบ้านหมู่ที่ 7",
        "บริการวัดความดัน ตรวจน้ำตาลในเลือด",
    ),
    "วันเด็กแห่งชาติ-2568": (
        "งานวันเด็กแห่งชาติ ประจำปี 2568",
        "2025-01-11",
        "08:00",
        "สนามหน้าสำนักงานเทศบาล",
        "กิจกรรมการแสดงของนักเรียน ซุ้มเกม และของขวัญ",
    ),
    "ประชุมสภา-สมัยแรก-2568": (
        "ประชุมสภาเทศบาล สมัยสามัญ สมัยแรก ประจำปี 2568",
        "2025-02-12",
        "09:30",
        "ห้องประชุมสภาเทศบาล",
        "ประชาชนเข้าฟังการประชุมได้",
    ),
}


@dataclass(frozen=True)
class _En:
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]


@dataclass(frozen=True)
class _Story:
    pid: int
    day: str
    hm: str
    title: str
    author: str  # login
    cat: str  # category slug
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...] = ()  # one per photo ("" = the photo has no caption)
    comments: int = 0
    en: _En | None = None

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)


S = _Story
STORIES: tuple[_Story, ...] = (
    S(
        1208,
        "2022-01-14",
        "10:20",
        "เทศบาลตำบลดอนสะแบงจัดงานวันเด็กแห่งชาติ ประจำปี 2565 แบบวิถีใหม่",
        "pr-donsabaeng",
        "activity",
        ("การศึกษา",),
        (
            "วันที่ 8 มกราคม 2565 เทศบาลตำบลดอนสะแบงจัดกิจกรรมวันเด็กแห่งชาติในรูปแบบขับรถผ่านรับของขวัญ (ไดรฟ์ทรู) บริเวณลานจอดรถสำนักงานเทศบาล เพื่อลดความแออัดตามมาตรการป้องกันโรคโควิด 19",
            "นายกเทศมนตรีพร้อมคณะผู้บริหารและสมาชิกสภาเทศบาลร่วมมอบถุงของขวัญ ขนม และอุปกรณ์การเรียนแก่เด็กและเยาวชนกว่า 450 คน ผู้ปกครองให้ความร่วมมือสวมหน้ากากอนามัยและเว้นระยะห่างตลอดงาน",
        ),
        ("นายกเทศมนตรีมอบของขวัญแก่เด็กที่มากับผู้ปกครอง", "เจ้าหน้าที่คัดกรองวัดอุณหภูมิก่อนเข้าร่วมกิจกรรม"),
    ),
    S(
        1266,
        "2022-03-02",
        "14:05",
        "ประกาศเทศบาลตำบลดอนสะแบง เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2565",
        "admin",
        "announcement",
        ("ภาษี",),
        (
            "ด้วยเทศบาลตำบลดอนสะแบงจะดำเนินการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีภาษี 2565 ตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562",
            "จึงขอให้เจ้าของที่ดินและสิ่งปลูกสร้างชำระภาษีได้ที่กองคลัง สำนักงานเทศบาลตำบลดอนสะแบง ภายในเดือนเมษายน 2565 ในวันและเวลาราชการ หากชำระเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามกฎหมาย",
            "สอบถามรายละเอียดเพิ่มเติมได้ที่งานจัดเก็บรายได้ กองคลัง โทรศัพท์ 0 4571 2345 ต่อ 103",
        ),
    ),
    S(
        1315,
        "2022-04-12",
        "16:40",
        "สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2565",
        "kittipong",
        "activity",
        ("ประเพณี", "ผู้สูงอายุ"),
        (
            "เมื่อวันที่ 12 เมษายน 2565 เทศบาลตำบลดอนสะแบงจัดพิธีรดน้ำขอพรผู้สูงอายุ ณ หอประชุมเทศบาล เพื่อสืบสานประเพณีสงกรานต์อันดีงามและแสดงความกตัญญูต่อผู้สูงอายุในชุมชน",
            "ภายในงานมีการสรงน้ำพระพุทธรูป การประกวดผู้สูงอายุสุขภาพดี และการแสดงฟ้อนรำจากชมรมผู้สูงอายุ 11 หมู่บ้าน",
            "เทศบาลขอขอบคุณผู้นำชุมชน อาสาสมัครสาธารณสุข และพี่น้องประชาชนทุกท่านที่ร่วมกันทำให้งานสำเร็จลุล่วงด้วยดี",
        ),
        ("ผู้บริหารเทศบาลรดน้ำขอพรผู้สูงอายุ", "การแสดงฟ้อนรำของชมรมผู้สูงอายุ", "ผู้สูงอายุสุขภาพดีรับเกียรติบัตร"),
        comments=7,
        en=_En(
            "songkran-water-blessing-for-the-elderly-2022",
            "Songkran 2022: Water Blessing Ceremony for the Elderly",
            (
                "On 12 April 2022 Don Sabaeng Subdistrict Municipality held a water blessing ceremony for the elderly at the municipal hall, keeping the good Songkran tradition alive and showing gratitude to the senior members of our community.",
                "The day included bathing the Buddha images, a healthy elderly contest and traditional dances performed by the elderly clubs of all 11 villages.",
            ),
            (
                "Municipal executives pour water on the hands of the elderly",
                "Traditional dance by the elderly club",
                "Healthy elderly receive certificates",
            ),
        ),
    ),
    S(
        1372,
        "2022-06-21",
        "09:15",
        "เทศบาลตำบลดอนสะแบงรณรงค์ป้องกันโรคไข้เลือดออก กำจัดลูกน้ำยุงลายในชุมชน",
        "pr-donsabaeng",
        "ข่าวประชาสัมพันธ์",
        ("สาธารณสุข",),
        (
            "เทศบาลตำบลดอนสะแบงร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลดอนสะแบงและอาสาสมัครสาธารณสุขประจำหมู่บ้าน ออกรณรงค์กำจัดแหล่งเพาะพันธุ์ลูกน้ำยุงลายตามมาตรการ 3 เก็บ ป้องกัน 3 โรค",
            "เจ้าหน้าที่ได้แจกทรายอะเบท ฉีดพ่นหมอกควันในหมู่บ้านที่มีรายงานผู้ป่วย และให้ความรู้แก่ประชาชนเรื่องการคว่ำภาชนะที่มีน้ำขัง",
            "หากพบผู้มีอาการไข้สูงลอย 2 วันขึ้นไป ขอให้รีบไปพบแพทย์ที่สถานบริการสาธารณสุขใกล้บ้าน",
        ),
        ("อาสาสมัครสาธารณสุขสำรวจภาชนะรอบบ้าน", "เจ้าหน้าที่ฉีดพ่นหมอกควันกำจัดยุงลาย"),
    ),
    S(
        1419,
        "2022-08-12",
        "11:30",
        "กิจกรรมวันแม่แห่งชาติ 12 สิงหาคม 2565 ยกย่องแม่ดีเด่นตำบลดอนสะแบง",
        "kittipong",
        "activity",
        ("ประเพณี",),
        (
            "เนื่องในโอกาสวันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ เทศบาลตำบลดอนสะแบงจัดพิธีถวายพระพรชัยมงคลและกิจกรรมยกย่องแม่ดีเด่น",
            "ปีนี้มีแม่ดีเด่นที่ได้รับการคัดเลือกจากหมู่บ้านรวม 11 ท่าน ได้รับโล่เกียรติคุณและของที่ระลึกจากนายกเทศมนตรี",
        ),
        ("พิธีถวายพระพรชัยมงคล ณ หอประชุมเทศบาล", "แม่ดีเด่นประจำปี 2565 ถ่ายภาพร่วมกับคณะผู้บริหาร", ""),
    ),
    S(
        1463,
        "2022-10-03",
        "15:50",
        "แจ้งเตือนระดับน้ำลำน้ำชีสูงขึ้น ขอให้ประชาชนริมฝั่งเฝ้าระวัง",
        "admin",
        "announcement",
        ("สิ่งแวดล้อม",),
        (
            "ตามที่ศูนย์อำนวยการป้องกันและบรรเทาสาธารณภัยจังหวัดยโสธรแจ้งว่าระดับน้ำในลำน้ำชีมีแนวโน้มสูงขึ้นอย่างต่อเนื่อง เทศบาลตำบลดอนสะแบงจึงขอให้ประชาชนที่อาศัยอยู่ริมฝั่งน้ำ หมู่ที่ 2 หมู่ที่ 6 และหมู่ที่ 10 ขนย้ายสิ่งของขึ้นที่สูง",
            "เทศบาลได้จัดเตรียมกระสอบทราย เรือท้องแบน และจุดอพยพชั่วคราวที่โรงเรียนบ้านดอนสะแบง หากต้องการความช่วยเหลือติดต่อศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลได้ตลอด 24 ชั่วโมง โทร 1669 หรือ 0 4571 2345",
        ),
    ),
    S(
        1520,
        "2022-11-09",
        "20:10",
        "บรรยากาศงานประเพณีลอยกระทง ประจำปี 2565 ณ สระหนองบัว",
        "kittipong",
        "activity",
        ("ประเพณี",),
        (
            "คืนวันที่ 8 พฤศจิกายน 2565 ประชาชนจำนวนมากร่วมงานประเพณีลอยกระทงที่สระหนองบัว ซึ่งเทศบาลตำบลดอนสะแบงจัดขึ้นเพื่ออนุรักษ์ประเพณีอันดีงามของไทย",
            "ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ และการแสดงดนตรีพื้นบ้าน เทศบาลขอความร่วมมือให้ใช้กระทงที่ย่อยสลายได้เพื่อรักษาแหล่งน้ำ",
            "ผลการประกวดกระทงประดิษฐ์ รางวัลชนะเลิศได้แก่กระทงจากหมู่ที่ 4 รางวัลรองชนะเลิศอันดับหนึ่งได้แก่หมู่ที่ 8",
        ),
        (
            "กระทงประดิษฐ์จากใบตองที่ส่งเข้าประกวด",
            "ผู้เข้าประกวดนางนพมาศบนเวที",
            "ประชาชนร่วมลอยกระทงริมสระหนองบัว",
            "การแสดงดนตรีพื้นบ้าน",
        ),
        comments=2,
    ),
    S(
        1634,
        "2023-03-08",
        "10:00",
        "ประกาศรับสมัครนักเรียนศูนย์พัฒนาเด็กเล็กเทศบาลตำบลดอนสะแบง ปีการศึกษา 2566",
        "admin",
        "announcement",
        ("การศึกษา",),
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลดอนสะแบงเปิดรับสมัครเด็กที่มีอายุ 2 ปี ถึง 3 ปี (เกิดระหว่างวันที่ 16 พฤษภาคม 2562 ถึง 16 พฤษภาคม 2564) เข้าเรียนในปีการศึกษา 2566",
            "ผู้ปกครองสามารถยื่นใบสมัครได้ตั้งแต่วันที่ 13 มีนาคม ถึง 31 มีนาคม 2566 ณ ศูนย์พัฒนาเด็กเล็ก โดยใช้หลักฐานสำเนาสูติบัตร สำเนาทะเบียนบ้าน และสมุดบันทึกสุขภาพแม่และเด็ก",
            "เด็กที่เข้าเรียนจะได้รับอาหารกลางวัน อาหารเสริมนม และวัสดุการศึกษาโดยไม่เสียค่าใช้จ่าย",
        ),
    ),
    S(
        1688,
        "2023-04-13",
        "17:45",
        "สงกรานต์ดอนสะแบง 2566 ขบวนแห่พระพุทธรูปและก่อเจดีย์ทราย",
        "kittipong",
        "activity",
        ("ประเพณี", "ผู้สูงอายุ"),
        (
            "เทศบาลตำบลดอนสะแบงจัดงานประเพณีสงกรานต์ประจำปี 2566 ระหว่างวันที่ 13 ถึง 14 เมษายน 2566 เริ่มจากขบวนแห่พระพุทธรูปรอบตำบลให้ประชาชนได้สรงน้ำเพื่อความเป็นสิริมงคล",
            "ช่วงบ่ายมีกิจกรรมก่อเจดีย์ทรายที่วัดศรีดอนสะแบง และพิธีรดน้ำขอพรผู้สูงอายุ โดยมีผู้สูงอายุเข้าร่วมกว่า 300 คน",
            "เทศบาลขอบคุณตำรวจภูธรและอาสาสมัครป้องกันภัยฝ่ายพลเรือนที่ช่วยดูแลความปลอดภัยตลอดงาน ไม่มีอุบัติเหตุร้ายแรงเกิดขึ้น",
        ),
        ("ขบวนแห่พระพุทธรูปผ่านหมู่ที่ 3", "ชาวบ้านช่วยกันก่อเจดีย์ทรายที่ลานวัด", "ผู้สูงอายุรับพรจากพระสงฆ์"),
    ),
    S(
        1741,
        "2023-06-05",
        "08:40",
        "วันสิ่งแวดล้อมโลก ปลูกต้นไม้ริมหนองบัว ลดขยะพลาสติกในชุมชน",
        "pr-donsabaeng",
        "activity",
        ("สิ่งแวดล้อม",),
        (
            "เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2566 เทศบาลตำบลดอนสะแบงร่วมกับโรงเรียนและชุมชนปลูกต้นยางนาและต้นพะยูงรวม 500 ต้น บริเวณรอบหนองบัวสาธารณะ",
            "นอกจากนี้ยังได้เปิดตัวโครงการธนาคารขยะรีไซเคิลประจำหมู่บ้าน ให้ประชาชนนำขวดพลาสติกและกระป๋องมาแลกเป็นเงินออมหรือสินค้าอุปโภค",
        ),
        ("นักเรียนร่วมปลูกต้นยางนาริมหนองบัว", "จุดรับฝากขยะรีไซเคิลของธนาคารขยะหมู่ที่ 1"),
        comments=8,
    ),
    S(
        1902,
        "2023-12-19",
        "16:20",
        "ประกาศ เรื่อง การยื่นแบบและชำระภาษีป้าย ประจำปี 2567",
        "admin",
        "announcement",
        ("ภาษี",),
        (
            "อาศัยอำนาจตามพระราชบัญญัติภาษีป้าย พ.ศ. 2510 และที่แก้ไขเพิ่มเติม เทศบาลตำบลดอนสะแบงขอแจ้งให้เจ้าของป้ายแสดงชื่อ ยี่ห้อ หรือเครื่องหมายที่ใช้ในการประกอบการค้า ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในเดือนมีนาคม 2567",
            "ผู้ที่ไม่ยื่นแบบภายในกำหนดต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย ทั้งนี้สามารถดาวน์โหลดแบบฟอร์มได้ที่หน้าเว็บไซต์ของเทศบาล หรือขอรับได้ที่กองคลัง",
        ),
    ),
    S(
        1957,
        "2024-01-13",
        "12:00",
        "งานวันเด็กแห่งชาติ ประจำปี 2567 “เด็กดอนสะแบง ก้าวไกล ใส่ใจเทคโนโลยี”",
        "kittipong",
        "activity",
        ("การศึกษา",),
        (
            "เทศบาลตำบลดอนสะแบงจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ที่สนามหน้าสำนักงานเทศบาล มีเด็กและผู้ปกครองเข้าร่วมกว่า 800 คน",
            "ภายในงานมีซุ้มเกมจากหน่วยงานต่างๆ การแสดงบนเวทีของนักเรียนศูนย์พัฒนาเด็กเล็ก และฐานการเรียนรู้หุ่นยนต์และการเขียนโปรแกรมเบื้องต้นจากวิทยาลัยเทคนิคยโสธร",
            "นายกเทศมนตรีได้มอบทุนการศึกษาแก่นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์จำนวน 20 ทุน ทุนละ 1,000 บาท",
        ),
        ("เด็กๆ ร่วมเล่นเกมที่ซุ้มของเทศบาล", "การแสดงของนักเรียนศูนย์พัฒนาเด็กเล็ก", "ฐานการเรียนรู้หุ่นยนต์", "มอบทุนการศึกษาแก่นักเรียน"),
    ),
    S(
        2011,
        "2024-02-22",
        "10:40",
        "อบรมให้ความรู้การคัดแยกขยะต้นทาง แก่แกนนำชุมชน 11 หมู่บ้าน",
        "pr-donsabaeng",
        "ข่าวประชาสัมพันธ์",
        ("สิ่งแวดล้อม",),
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลดอนสะแบง จัดอบรมโครงการคัดแยกขยะต้นทางให้แก่แกนนำชุมชนหมู่บ้านละ 10 คน ณ หอประชุมเทศบาล",
            "วิทยากรจากสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดยโสธรให้ความรู้เรื่องการทำถังขยะเปียกลดโลกร้อน และการนำขยะอินทรีย์ไปทำปุ๋ยหมัก",
            "แกนนำที่ผ่านการอบรมจะนำความรู้ไปขยายผลในครัวเรือน โดยเทศบาลตั้งเป้าลดปริมาณขยะที่ต้องนำไปกำจัดให้ได้ร้อยละ 20 ภายในปี 2567",
        ),
        ("แกนนำชุมชนฝึกทำถังขยะเปียก", "วิทยากรบรรยายเรื่องการทำปุ๋ยหมัก"),
    ),
    S(
        2068,
        "2024-04-12",
        "15:30",
        "สรงน้ำพระ รดน้ำดำหัวผู้สูงอายุ สงกรานต์ดอนสะแบง ประจำปี 2567",
        "kittipong",
        "activity",
        ("ประเพณี", "ผู้สูงอายุ"),
        (
            "วันที่ 12 เมษายน 2567 เทศบาลตำบลดอนสะแบงจัดพิธีสรงน้ำพระและรดน้ำดำหัวผู้สูงอายุ ณ หอประชุมเทศบาล โดยมีผู้สูงอายุจาก 11 หมู่บ้านเข้าร่วมกว่า 400 คน",
            "ปีนี้มีการมอบเบี้ยยังชีพพิเศษและเกียรติบัตรแก่ผู้สูงอายุที่มีอายุครบ 90 ปีขึ้นไปจำนวน 14 ท่าน และการแสดงรำวงย้อนยุคจากชมรมผู้สูงอายุ",
            "นายกเทศมนตรีกล่าวว่า ผู้สูงอายุคือรากฐานของชุมชน เทศบาลจะสนับสนุนกิจกรรมของโรงเรียนผู้สูงอายุอย่างต่อเนื่อง",
        ),
        ("ผู้สูงอายุอายุครบ 90 ปีรับเกียรติบัตร", "พิธีสรงน้ำพระพุทธรูปประจำเทศบาล", "รำวงย้อนยุคของชมรมผู้สูงอายุ"),
        en=_En(
            "songkran-2024-blessing-ceremony-for-the-elderly",
            "Songkran 2024 at Don Sabaeng: Bathing the Buddha and Blessing the Elderly",
            (
                "On 12 April 2024 Don Sabaeng Subdistrict Municipality held a Buddha bathing ceremony and a blessing ceremony for the elderly at the municipal hall, attended by more than 400 senior citizens from all 11 villages.",
                "This year fourteen residents aged 90 or over received a special allowance and a certificate, and the elderly club performed a retro ramwong dance.",
                "The mayor said that the elderly are the foundation of the community and that the municipality will keep supporting the activities of the School for the Elderly.",
            ),
            (
                "Residents aged 90 and over receive certificates",
                "Bathing the Buddha image of the municipality",
                "Retro ramwong dance by the elderly club",
            ),
        ),
    ),
    S(
        2122,
        "2024-05-28",
        "11:10",
        "ประกาศผลการคัดเลือกผู้เสนอราคา โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 9",
        "admin",
        "announcement",
        (),
        (
            "ตามที่เทศบาลตำบลดอนสะแบงได้ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโนนสว่าง หมู่ที่ 9 กว้าง 5 เมตร ยาว 850 เมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "บัดนี้ได้พิจารณาแล้ว ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ยโสธรก่อสร้างรุ่งเรือง เสนอราคาต่ำสุดเป็นเงิน 2,387,000 บาท (สองล้านสามแสนแปดหมื่นเจ็ดพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและค่าใช้จ่ายทั้งปวงแล้ว",
        ),
    ),
    S(
        2179,
        "2024-06-15",
        "09:30",
        "ตรวจคัดกรองสุขภาพผู้สูงอายุเชิงรุก ค้นหาภาวะเบาหวานและความดันโลหิตสูง",
        "pr-donsabaeng",
        "ข่าวประชาสัมพันธ์",
        ("ผู้สูงอายุ", "สาธารณสุข"),
        (
            "เทศบาลตำบลดอนสะแบงร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลจัดหน่วยตรวจสุขภาพเคลื่อนที่ออกให้บริการผู้สูงอายุถึงศาลากลางบ้านทุกหมู่บ้านตลอดเดือนมิถุนายน 2567",
            "การตรวจประกอบด้วยการวัดความดันโลหิต เจาะน้ำตาลปลายนิ้ว ประเมินภาวะข้อเข่าเสื่อม และคัดกรองภาวะซึมเศร้า ผู้ที่มีผลผิดปกติจะได้รับการส่งต่อพบแพทย์",
            "ตลอดสองสัปดาห์แรกมีผู้สูงอายุเข้ารับการตรวจแล้ว 612 คน พบกลุ่มเสี่ยงโรคเบาหวาน 57 คน และกลุ่มเสี่ยงความดันโลหิตสูง 88 คน",
        ),
        ("อสม. วัดความดันโลหิตให้ผู้สูงอายุ", "เจาะน้ำตาลปลายนิ้วที่ศาลากลางบ้านหมู่ที่ 2"),
        comments=3,
    ),
    S(
        2233,
        "2024-07-22",
        "13:45",
        "แห่เทียนเข้าพรรษา สืบสานประเพณีพุทธศาสนาในตำบลดอนสะแบง",
        "kittipong",
        "activity",
        ("ประเพณี",),
        (
            "เนื่องในเทศกาลเข้าพรรษา ปี 2567 เทศบาลตำบลดอนสะแบงร่วมกับคณะกรรมการวัดทั้ง 6 แห่ง จัดขบวนแห่เทียนพรรษาและถวายเทียนแก่พระภิกษุสงฆ์เพื่อใช้จุดบูชาตลอดสามเดือน",
            "ขบวนแห่ประกอบด้วยต้นเทียนแกะสลักจากคุ้มวัดต่างๆ ขบวนฟ้อนรำของนักเรียน และกลองยาวของชุมชน เคลื่อนจากสำนักงานเทศบาลไปยังวัดศรีดอนสะแบง",
        ),
        ("ต้นเทียนแกะสลักของคุ้มวัดศรีดอนสะแบง", "ขบวนฟ้อนรำของนักเรียนโรงเรียนบ้านดอนสะแบง", "ถวายเทียนพรรษาแด่เจ้าอาวาส"),
    ),
    S(
        2290,
        "2024-08-30",
        "10:25",
        "ประชาสัมพันธ์การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2568",
        "pr-donsabaeng",
        "ข่าวประชาสัมพันธ์",
        ("ผู้สูงอายุ",),
        (
            "เทศบาลตำบลดอนสะแบงขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2568 (เกิดก่อนวันที่ 2 กันยายน 2508) และยังไม่เคยลงทะเบียน มาลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ",
            "ยื่นคำขอได้ที่สำนักปลัด งานพัฒนาชุมชน ในวันและเวลาราชการ พร้อมบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคาร หากไม่สามารถมาด้วยตนเองได้สามารถมอบอำนาจให้ผู้อื่นมาแทนได้",
            "สอบถามเพิ่มเติมได้ที่งานพัฒนาชุมชน โทรศัพท์ 0 4571 2345 ต่อ 108",
        ),
    ),
    S(
        2341,
        "2024-09-18",
        "16:05",
        "เทศบาลตำบลดอนสะแบงลงพื้นที่ช่วยเหลือผู้ประสบอุทกภัยบ้านท่าโพธิ์",
        "pr-donsabaeng",
        "ข่าวประชาสัมพันธ์",
        ("สิ่งแวดล้อม",),
        (
            "จากสถานการณ์น้ำท่วมในพื้นที่บ้านท่าโพธิ์ หมู่ที่ 6 เทศบาลตำบลดอนสะแบงได้ส่งเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยพร้อมเรือท้องแบน 2 ลำ ช่วยอพยพผู้สูงอายุและผู้ป่วยติดเตียงไปยังจุดพักพิงชั่วคราว",
            "นอกจากนี้ยังได้แจกจ่ายถุงยังชีพ น้ำดื่ม และยารักษาโรคน้ำกัดเท้าแก่ผู้ประสบภัย 146 ครัวเรือน พร้อมตั้งโรงครัวประกอบอาหารที่วัดท่าโพธิ์",
            "ผู้ที่ได้รับความเสียหายสามารถยื่นคำร้องขอรับความช่วยเหลือตามระเบียบได้ที่สำนักงานเทศบาลภายใน 30 วัน",
        ),
        ("เรือท้องแบนช่วยอพยพผู้สูงอายุ", "แจกถุงยังชีพที่จุดพักพิงชั่วคราว", "โรงครัวที่วัดท่าโพธิ์"),
        en=_En(
            "flood-relief-for-ban-tha-pho-residents",
            "Flood Relief for Ban Tha Pho Residents",
            (
                "As floodwater rose in Ban Tha Pho, Village 6, the municipality sent its disaster prevention team with two flat-bottomed boats to move the elderly and bedridden patients to a temporary shelter.",
                "Relief bags, drinking water and medicine for athlete's foot were handed out to 146 households, and a field kitchen was set up at Wat Tha Pho.",
            ),
            (
                "Flat-bottomed boats evacuate the elderly",
                "Relief bags handed out at the temporary shelter",
                "The field kitchen at Wat Tha Pho",
            ),
        ),
    ),
    S(
        2398,
        "2024-10-21",
        "09:50",
        "ประชุมสภาเทศบาลตำบลดอนสะแบง สมัยสามัญ สมัยที่ 4 ประจำปี 2567",
        "admin",
        "announcement",
        (),
        (
            "เทศบาลตำบลดอนสะแบงประกาศเรียกประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 4 ประจำปี 2567 ในวันที่ 28 ตุลาคม 2567 เวลา 09.30 น. ณ ห้องประชุมสภาเทศบาล",
            "วาระสำคัญ ได้แก่ การพิจารณาโอนงบประมาณรายจ่ายประจำปี 2568 เพื่อก่อสร้างรางระบายน้ำ และรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประชาชนที่สนใจสามารถเข้าฟังการประชุมได้",
        ),
    ),
    S(
        2452,
        "2024-11-08",
        "14:35",
        "เชิญร่วมงานประเพณีลอยกระทง ประจำปี 2567 ณ สระหนองบัว",
        "kittipong",
        "activity",
        ("ประเพณี",),
        (
            "เทศบาลตำบลดอนสะแบงขอเชิญชวนประชาชนร่วมงานประเพณีลอยกระทง ประจำปี 2567 ในวันศุกร์ที่ 15 พฤศจิกายน 2567 ตั้งแต่เวลา 17.00 น. เป็นต้นไป ณ สระหนองบัว หมู่ที่ 3",
            "ภายในงานพบกับการประกวดกระทงประดิษฐ์ประเภทสวยงามและประเภทความคิดสร้างสรรค์ การประกวดนางนพมาศ ซุ้มอาหารพื้นบ้าน และการแสดงหมอลำจากศิลปินท้องถิ่น",
            "ผู้สนใจส่งกระทงเข้าประกวดสมัครได้ที่กองการศึกษา เทศบาลตำบลดอนสะแบง ภายในวันที่ 13 พฤศจิกายน 2567",
        ),
        ("โปสเตอร์ประชาสัมพันธ์งานลอยกระทง ประจำปี 2567",),
    ),
)
del S

COMMENTERS = ("ป้าบุญมี", "คนดอนสะแบง", "ครูสุดารัตน์", "Nong Ploy", "ลุงทองดี", "แม่ค้าตลาดนัด", "อสม.หมู่ 5", "ผู้ใหญ่บ้านหมู่ 9")
COMMENT_TEXTS = (
    "ขอบคุณเทศบาลที่จัดกิจกรรมดีๆ แบบนี้ค่ะ",
    "ปีหน้าขอให้จัดอีกนะครับ ชาวบ้านชอบมาก",
    "ภาพสวยมากค่ะ ขอภาพความละเอียดสูงได้ไหมคะ",
    "ขอบคุณเจ้าหน้าที่ทุกท่านที่เหนื่อยกันทั้งวันครับ",
    "หมู่บ้านเราอยากให้มาจัดบ้างค่ะ",
    "สอบถามว่ารอบหน้าจัดวันไหนครับ",
    "ประทับใจมากค่ะ ผู้สูงอายุที่บ้านกลับมาเล่าให้ฟังทั้งคืน",
    "เป็นกำลังใจให้ทีมงานครับ",
)
TRAP_REPLYTOCOM = r"[?&]replytocom="
TRAP_EVENTS = r"^/events/month/\d{4}-\d\d/"


@dataclass(frozen=True)
class _Photo:
    aid: int  # attachment post id
    stem: str  # file name without .jpg
    caption: str
    file: str  # /wp-content/uploads/Y/m/<stem>.jpg
    page: str  # attachment permalink <post>/<slug>/


@dataclass(frozen=True)
class _Comment:
    cid: int
    name: str
    text: str
    dt: datetime


class _Post:
    def __init__(self, s: _Story, en_id: int, first_cid: int):
        self.s = s
        dt = s.dt
        self.path = f"/{dt:%Y}/{dt:%m}/{dt:%d}/{wp_slug(s.title)}/"
        self.photos: list[_Photo] = []
        for k, caption in enumerate(s.captions, start=1):
            if s.pid % 2:  # photos forwarded from the LINE group
                stem = f"S__{(s.pid * 7919 + k * 104729) % 10**8:08d}"
            else:
                stem = f"IMG_{dt:%Y%m%d}_{dt.hour:02d}{(dt.minute + 3 * k) % 60:02d}{(17 * k) % 60:02d}"
            file = f"/wp-content/uploads/{dt:%Y}/{dt:%m}/{stem}.jpg"
            self.photos.append(_Photo(s.pid + k, stem, caption, file, f"{self.path}{stem.lower()}/"))
        self.en_id = en_id
        self.en_path = f"/en/{dt:%Y}/{dt:%m}/{dt:%d}/{s.en.slug}/" if s.en else None
        self.comments = [
            _Comment(
                first_cid + j,
                COMMENTERS[(s.pid + j) % len(COMMENTERS)],
                COMMENT_TEXTS[(s.pid // 7 + j) % len(COMMENT_TEXTS)],
                datetime.fromtimestamp(dt.timestamp() + 3600 * (5 + 13 * j), BANGKOK),
            )
            for j in range(s.comments)
        ]

    @property
    def title(self) -> str:
        return self.s.title

    @property
    def comment_pages(self) -> int:
        return -(-len(self.comments) // COMMENTS_PER_PAGE)

    @property
    def cat_name(self) -> str:
        return CATS[self.s.cat][0]

    def thumb(self) -> str | None:
        return self.photos[0].file.replace(".jpg", "-218x150.jpg") if self.photos else None


def _thai_date(d: date) -> str:
    """The theme's date: "15 มิถุนายน 2567" (the Thai locale of WPML gives the Buddhist year)."""
    return thai_long(d)


def _core_date(d: date) -> str:
    """Core's get_the_date() with the default "F j, Y": "มิถุนายน 15, 2024" (listings, widgets)."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _en_date(d: date) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _enc(slug: str) -> str:
    """A Thai slug as WordPress links it (lower-case percent-encoding)."""
    return quote(slug, safe="-").lower()


class _Site:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.b = site.base_url
        self.posts: list[_Post] = []
        cid = 41
        for n, s in enumerate(STORIES):
            self.posts.append(_Post(s, 3001 + n, cid))
            cid += s.comments + 2  # some comments went to the spam queue
        self.newest = list(reversed(self.posts))
        self.en_posts = [p for p in self.newest if p.s.en]
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.b + path

    def add(self, path: str, resp: Response, non_article: bool = False) -> None:
        self.site.add(path, resp)
        if non_article:
            self.non_articles.append(self.u(path))

    # -- frame ---------------------------------------------------------------------------------------
    def head(self, title: str, extra: str, lang: str) -> str:
        b = self.b
        feed = f"{b}/en/feed/" if lang == "en" else f"{b}/feed/"
        return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="{"en-US" if lang == "en" else "th"}"> <!--<![endif]-->
<head>
    <title>{title}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{b}/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
{extra}<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; ฟีด" href="{feed}" />
<link rel='stylesheet' id='wpml-legacy-horizontal-list-0-css' href='{b}/wp-content/plugins/sitepress-multilingual-cms/templates/language-switchers/legacy-list-horizontal/style.min.css?ver=1' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{b}{THEME}/style.css?ver=12.6.3' type='text/css' media='all' />
<script type="text/javascript" src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<meta name="generator" content="WordPress {WP_VER}" />
<meta name="generator" content="WPML ver:{WPML_VER} stt:1,52;" />
<link rel="icon" href="{b}/wp-content/uploads/2021/10/cropped-logo-32x32.png" sizes="32x32" />
</head>
"""

    def frame(
        self, title: str, body_class: str, head_extra: str, main: str, lang: str = "th", switch: str | None = None
    ) -> str:
        """The Newspaper-like page: header, menu, WPML switcher, content, sidebar, footer."""
        b = self.b
        doc_title = title if title in (SITE, SITE_EN) else f"{title} - {SITE_EN if lang == 'en' else SITE}"
        if lang == "en":
            menu_items = ((f"{b}/en/", "Home"), (f"{b}/en/category/news/", "News"), (f"{b}/", "ภาษาไทย"))
            recent_title, recent = "Latest News", self.en_posts
        else:
            menu_items = (
                (f"{b}/", "หน้าแรก"),
                (f"{b}/{_enc('ประวัติ')}/", "ประวัติเทศบาล"),
                (f"{b}/{_enc('วิสัยทัศน์')}/", "วิสัยทัศน์"),
                *((f"{b}/category/{_enc(slug)}/", name) for slug, (name, _) in CATS.items()),
                (f"{b}/events/", "ปฏิทินกิจกรรม"),
                (f"{b}/{_enc('ติดต่อเรา')}/", "ติดต่อเรา"),
            )
            recent_title, recent = "ข่าวล่าสุด", self.newest[:5]
        menu = "".join(
            f'<li id="menu-item-{101 + i}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{101 + i}"><a href="{href}">{label}</a></li>'
            for i, (href, label) in enumerate(menu_items)
        )
        th_href = f"{b}/" if lang == "en" and switch is None else (switch if lang == "en" else b + "/")
        en_href = (switch or f"{b}/en/") if lang == "th" else f"{b}/en/"
        wpml = f"""<div class="wpml-ls-statics-shortcode_actions wpml-ls wpml-ls-legacy-list-horizontal">
	<ul><li class="wpml-ls-slot-shortcode_actions wpml-ls-item wpml-ls-item-th{" wpml-ls-current-language" if lang == "th" else ""} wpml-ls-first-item wpml-ls-item-legacy-list-horizontal">
				<a href="{th_href}" class="wpml-ls-link"><img class="wpml-ls-flag" src="{b}/wp-content/plugins/sitepress-multilingual-cms/res/flags/th.svg" alt="" width=18 height=12 /><span class="wpml-ls-native" lang="th">ไทย</span></a>
			</li><li class="wpml-ls-slot-shortcode_actions wpml-ls-item wpml-ls-item-en{" wpml-ls-current-language" if lang == "en" else ""} wpml-ls-last-item wpml-ls-item-legacy-list-horizontal">
				<a href="{en_href}" class="wpml-ls-link"><img class="wpml-ls-flag" src="{b}/wp-content/plugins/sitepress-multilingual-cms/res/flags/en.svg" alt="" width=18 height=12 /><span class="wpml-ls-native" lang="en">English</span></a>
			</li></ul>
</div>"""
        recent_html = "".join(
            f'<div class="td_module_6 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title">'
            f'<a href="{b}{p.en_path if lang == "en" else p.path}" rel="bookmark">{texturize(p.s.en.title if lang == "en" and p.s.en else p.title)}</a></h3>'
            f'<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{p.s.dt.isoformat()}">'
            f"{_en_date(p.s.d) if lang == 'en' else _core_date(p.s.d)}</time></span></div></div></div>"
            for p in recent
        )
        side = f"""<div class="td_block_wrap td_block_7 td_block_widget"><h4 class="block-title"><span class="td-pulldown-size">{recent_title}</span></h4><div class="td_block_inner">{recent_html}</div></div>"""
        if lang == "th":
            side += self.sidebar_th()
        return (
            self.head(doc_title, head_extra, lang)
            + f"""<body class="{body_class} td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time">{TODAY.day} {MONTHS[TODAY.month - 1]} {TODAY.year + 543}</div></div>
<div class="td-header-sp-top-widget">{wpml}</div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-header-sp-logo">
<a class="td-main-logo" href="{b}/{"en/" if lang == "en" else ""}"><img class="td-retina-data" src="{b}/wp-content/uploads/2021/10/logo-donsabaeng.png" alt="{SITE}" width="300" height="90"/><span class="td-visual-hidden">{SITE}</span></a>
</div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div id="td-header-menu" role="navigation">
<div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu">{menu}</ul></div>
<div class="header-search-wrap"><form method="get" class="td-search-form" action="{b}/"><input class="needsclick" id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button" type="submit" id="td-header-search-top" value="ค้นหา" /></form></div>
</div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
{main}
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
{side}
</div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
<div class="footer-text-wrap"><strong>สำนักงาน{SITE}</strong><br/>{ADDRESS}<br/>โทรศัพท์ <a href="tel:045712345">0 4571 2345</a> อีเมล <a href="mailto:saraban@donsabaeng.go.th">saraban@donsabaeng.go.th</a></div>
<div class="footer-social-wrap td-social-style-2"><a href="https://www.facebook.com/donsabaeng.municipality" target="_blank" title="Facebook">Facebook</a> <a href="https://line.me/R/ti/p/@donsabaeng" target="_blank" title="LINE">LINE</a> <a href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
</div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span td-sub-footer-copy">&copy; 2564 - 2567 {SITE} | <a href="https://wordpress.org/" rel="nofollow">WordPress</a> | ธีม Newspaper โดย tagDiv</div>
</div></div></div>
</div><!--close td-outer-wrap-->
<script type="text/javascript" src="{b}{THEME}/js/tagdiv_theme.min.js?ver=12.6.3" id="td-site-min-js"></script>
</body>
</html>
"""
        )

    def sidebar_th(self) -> str:
        b = self.b
        upcoming = "".join(
            f'<li class="tribe-events-list-widget-events"><h4 class="tribe-event-title"><a href="{b}/event/{_enc(slug)}/" rel="bookmark">{esc(title)}</a></h4>'
            f'<div class="tribe-event-duration"><span class="tribe-event-date-start">{_thai_date(date.fromisoformat(day))} @ {hm} น.</span></div></li>'
            for slug, (title, day, hm, _place, _desc) in EVENTS.items()
            if date.fromisoformat(day) >= TODAY
        )
        months = sorted({(p.s.d.year, p.s.d.month) for p in self.posts}, reverse=True)
        archive = "".join(f'<li><a href="{b}/{y}/{m:02d}/">{MONTHS[m - 1]} {y}</a></li>' for y, m in months)
        cats = "".join(
            f'<li class="cat-item cat-item-{tid}"><a href="{b}/category/{_enc(slug)}/">{name}</a> ({sum(p.s.cat == slug for p in self.posts)})</li>'
            for slug, (name, tid) in CATS.items()
        )
        return f"""<aside class="td_block_template_1 widget tribe-events-list-widget"><h4 class="block-title"><span>กิจกรรมที่จะมาถึง</span></h4>
<ol class="tribe-list-widget">{upcoming}</ol><p class="tribe-events-widget-link"><a href="{b}/events/" rel="bookmark">ดูกิจกรรมทั้งหมด</a></p></aside>
<aside class="td_block_template_1 widget widget_archive"><h4 class="block-title"><span>คลังข่าว</span></h4><ul>{archive}</ul></aside>
<aside class="td_block_template_1 widget widget_categories"><h4 class="block-title"><span>หมวดหมู่</span></h4><ul>{cats}</ul></aside>"""

    # -- post bodies -----------------------------------------------------------------------------------
    def img(self, ph: _Photo, alt: str, amp: bool = False) -> str:
        b, big = self.b, ph.file.replace(".jpg", "-1024x768.jpg")
        if amp:
            return f'<amp-img src="{b}{big}" width="1024" height="768" alt="{attr(alt)}" class="amp-wp-enforced-sizes" layout="intrinsic"></amp-img>'
        return (
            f'<img decoding="async" loading="lazy" width="1024" height="768" src="{b}{big}" alt="{attr(alt)}" class="wp-image-{ph.aid}" '
            f'srcset="{b}{big} 1024w, {b}{ph.file.replace(".jpg", "-300x225.jpg")} 300w, {b}{ph.file.replace(".jpg", "-768x576.jpg")} 768w" sizes="(max-width: 1024px) 100vw, 1024px" />'
        )

    def content(self, p: _Post, lang: str = "th", amp: bool = False) -> str:
        """2022 posts: classic editor with [caption] and "?attachment_id=" links; later: Gutenberg galleries."""
        b = self.b
        en = p.s.en if lang == "en" else None
        paras = en.paragraphs if en else p.s.paragraphs
        caps = en.captions if en else tuple(ph.caption for ph in p.photos)
        classic = p.s.d.year == 2022
        figs = []
        for ph, cap in zip(p.photos, caps, strict=True):
            img = self.img(ph, cap or p.title, amp)
            if en:
                href = b + ph.file  # "Link to: Media File" in the translation (duplicated media)
            elif classic:
                href = f"{b}/?attachment_id={ph.aid}"
            else:
                href = b + ph.page
            if classic:
                cap_html = (
                    f'<p id="caption-attachment-{ph.aid}" class="wp-caption-text">{texturize(cap)}</p>' if cap else ""
                )
                figs.append(
                    f'<div id="attachment_{ph.aid}" style="width: 1034px" class="wp-caption aligncenter">'
                    f'<a href="{href}" rel="attachment wp-att-{ph.aid}">{img}</a>{cap_html}</div>'
                )
            else:
                cap_html = f'<figcaption class="wp-element-caption">{texturize(cap)}</figcaption>' if cap else ""
                figs.append(
                    f'<!-- wp:image {{"id":{ph.aid},"sizeSlug":"large","linkDestination":"{"media" if en else "attachment"}"}} -->\n'
                    f'<figure class="wp-block-image size-large"><a href="{href}">{img}</a>{cap_html}</figure>\n<!-- /wp:image -->'
                )
        out = []
        for n, text in enumerate(paras):
            if classic:
                out.append(f"<p>{'&nbsp;' * 6}{texturize(text)}</p>")
            else:
                out.append(f"<!-- wp:paragraph -->\n<p>{texturize(text)}</p>\n<!-- /wp:paragraph -->")
            if n == 0 and figs:
                if classic:
                    out.append(figs.pop(0))
                else:
                    out.append(
                        f'<!-- wp:gallery {{"linkTo":"{"media" if en else "attachment"}"}} -->\n'
                        f'<figure class="wp-block-gallery has-nested-images columns-2 is-cropped">{"".join(figs)}</figure>\n<!-- /wp:gallery -->'
                    )
                    figs = []
        out.extend(figs)
        return "\n".join(out)

    def share(self, url: str, title: str, where: str) -> str:
        u = quote(url, safe="")
        return f"""<div class="td-post-sharing-{where}"><div class="td-post-sharing-classic"><div class="td-default-sharing">
<a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={u}" title="Facebook" target="_blank"><span class="td-social-but-text">Facebook</span></a>
<a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?text={quote(title, safe="")}&amp;url={u}" title="Twitter" target="_blank"><span class="td-social-but-text">Twitter</span></a>
<a class="td-social-sharing-button td-social-line" href="https://line.me/R/msg/text/?{quote(title, safe="")}%0A{u}" title="Line" target="_blank"><span class="td-social-but-text">Line</span></a>
<a class="td-social-sharing-button td-social-print" href="#" onclick="window.print(); return false;" title="Print"><span class="td-social-but-text">Print</span></a>
</div></div></div>"""

    def meta_line(self, p: _Post, lang: str) -> str:
        b, s = self.b, p.s
        shown = _en_date(s.d) if lang == "en" else _thai_date(s.d)
        by = "By" if lang == "en" else "โดย"
        return f"""<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">{by}</div> <a href="{b}/author/{s.author}/">{AUTHORS[s.author][0]}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{s.dt.isoformat()}" >{shown}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{s.pid}">{(s.pid * 37) % 1900 + 120:,}</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>{len(p.comments)}</a></div>
</div>"""

    def author_box(self, login: str) -> str:
        b = self.b
        name, bio = AUTHORS[login]
        return f"""<div class="author-box-wrap"><a href="{b}/author/{login}/" aria-label="author-photo"><img alt="" src="https://secure.gravatar.com/avatar/{sum(map(ord, login)) * 7919 % 10**8:08d}?s=96&#038;d=mm&#038;r=g" class="avatar avatar-96 photo" height="96" width="96" /></a>
<div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{b}/author/{login}/">{name}</a></span></div>
<div class="td-author-description">{esc(bio)}</div><div class="clearfix"></div></div></div>"""

    def related(self, p: _Post | None, lang: str = "th") -> str:
        b = self.b
        if lang == "en":
            pool = [q for q in self.en_posts if q is not p]
        else:
            pool = [q for q in self.newest if q is not p and (p is None or q.s.cat == p.s.cat)]
            pool += [q for q in self.newest if q is not p and q not in pool]
        items = ""
        for q in pool[:3]:
            href = b + (q.en_path if lang == "en" else q.path)
            title = q.s.en.title if lang == "en" and q.s.en else q.title
            thumb = (
                f'<img class="entry-thumb" src="{b}{q.thumb()}" alt="" width="218" height="150" />' if q.thumb() else ""
            )
            items += (
                f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts">'
                f'<div class="td-module-image"><div class="td-module-thumb"><a href="{href}" rel="bookmark" class="td-image-wrap" title="{attr(title)}">{thumb}</a></div></div>'
                f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark">{texturize(title)}</a></h3></div></div></div>'
            )
        label = "RELATED ARTICLES" if lang == "en" else "ข่าวที่เกี่ยวข้อง"
        return f"""<div class="td_block_wrap td_block_related_posts td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_{(p.s.pid if p else 7) % 97}">
<h4 class="td-related-title td-block-title"><a id="tdi_related" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_related" href="#">{label}</a></h4>
<div id="tdi_related_inner" class="td_block_inner"><div class="td-related-row">{items}</div></div></div>"""

    def comments_html(self, p: _Post, cpage: int, reply_to: int | None) -> str:
        perma = self.u(p.path)
        if not p.comments and reply_to is None:
            chunk: list[_Comment] = []
        else:
            start = (cpage - 1) * COMMENTS_PER_PAGE
            chunk = p.comments[start : start + COMMENTS_PER_PAGE]
        items = "".join(
            f"""<li class="comment {"even" if j % 2 == 0 else "odd alt"} thread-{"even" if j % 2 == 0 else "odd"} depth-1" id="li-comment-{c.cid}">
<article><footer><img alt="" src="https://secure.gravatar.com/avatar/?s=50&#038;d=mm&#038;r=g" class="avatar avatar-50 photo avatar-default" height="50" width="50" /><cite>{esc(c.name)}</cite>
<a class="comment-link" href="{perma}#comment-{c.cid}"><time pubdate="{int(c.dt.timestamp())}">{_thai_date(c.dt.date())} เวลา {c.dt:%H:%M} น.</time></a></footer>
<div class="comment-content"><p>{esc(c.text)}</p></div>
<div class="comment-meta" id="comment-{c.cid}"><a rel='nofollow' class='comment-reply-link' href='{perma}?replytocom={c.cid}#respond' data-commentid="{c.cid}" data-postid="{p.s.pid}" data-belowelement="comment-{c.cid}" data-respondelement="respond" aria-label='ตอบกลับไปยัง {attr(c.name)}'>ตอบกลับ</a></div>
</article></li>"""
            for j, c in enumerate(chunk)
        )
        nav = ""
        if p.comment_pages > 1:
            older = (
                f'<a href="{perma}comment-page-{cpage - 1}/#comments">&laquo; ความเห็นเก่ากว่า</a>' if cpage > 1 else ""
            )
            newer = (
                f'<a href="{perma}comment-page-{cpage + 1}/#comments">ความเห็นใหม่กว่า &raquo;</a>'
                if cpage < p.comment_pages
                else ""
            )
            nav = f'<div class="comment-pagination"><div class="alignleft">{older}</div><div class="alignright">{newer}</div></div>'
        listing = ""
        if p.comments:
            listing = f'<div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>{len(p.comments)} ความคิดเห็น</span></h4></div>\n<ol class="comment-list">{items}</ol>\n{nav}'
        target = next((c for c in p.comments if c.cid == reply_to), None)
        reply_title = f"ตอบกลับไปยัง {esc(target.name)}" if target else "ทิ้งคำตอบไว้"
        return f"""<div class="comments" id="comments">
{listing}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{reply_title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{perma}#respond"{"" if target else ' style="display:none;"'}>ยกเลิกการตอบกลับ</a></small></h3>
<form action="{self.b}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="ความคิดเห็น:" id="comment" name="comment" cols="45" rows="8" required></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="ชื่อ:*" type="text" value="" size="30" /></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="อีเมล:*" type="text" value="" size="30" /></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความคิดเห็น" /> <input type='hidden' name='comment_post_ID' value='{p.s.pid}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form>
</div></div>"""

    # -- single templates --------------------------------------------------------------------------------
    def hreflang(self, p: _Post) -> str:
        if not p.en_path:
            return ""
        th, en = self.u(p.path), self.u(p.en_path)
        return (
            f'<link rel="alternate" hreflang="th" href="{th}" />\n<link rel="alternate" hreflang="en" href="{en}" />\n'
            f'<link rel="alternate" hreflang="x-default" href="{th}" />\n'
        )

    def post_page(self, p: _Post, cpage: int = 1, reply_to: int | None = None, lang: str = "th") -> Response:
        b, s = self.b, p.s
        en = lang == "en"
        path = p.en_path if en and p.en_path else p.path
        perma = self.u(path)
        title = s.en.title if en and s.en else s.title
        canonical = perma if cpage == 1 or en else f"{perma}comment-page-{cpage}/#comments"
        head = "<meta name='robots' content='noindex, follow' />\n" if reply_to is not None else ""
        head += self.hreflang(p)
        head += (
            f'<link rel="canonical" href="{canonical}" />\n'
            f"<link rel='shortlink' href='{b}{'/en' if en else ''}/?p={p.en_id if en else s.pid}' />\n"
            f'<link rel="amphtml" href="{perma}amp/" />\n'
            f'<meta property="og:locale" content="{"en_US" if en else "th_TH"}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{attr(title)}" />\n<meta property="og:url" content="{perma}" />\n'
            f'<meta property="article:published_time" content="{s.dt.isoformat()}" />\n'
        )
        if p.photos:
            head += f'<meta property="og:image" content="{b}{p.photos[0].file}" />\n'
        cat_href = f"{b}/en/category/news/" if en else f"{b}/category/{_enc(s.cat)}/"
        cat_name = "News" if en else p.cat_name
        home = f"{b}/en/" if en else f"{b}/"
        tags = ""
        if s.tags and not en:
            tags = '<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>แท็ก</span></li>'
            tags += "".join(f'<li><a href="{b}/tag/{_enc(t)}/">{t}</a></li>' for t in s.tags) + "</ul></div>"
        nav = ""
        if not en:
            i = self.posts.index(p)
            prev_p = self.posts[i - 1] if i > 0 else None
            next_p = self.posts[i + 1] if i + 1 < len(self.posts) else None
            nav = '<div class="td-block-row td-post-next-prev">'
            if prev_p:
                nav += f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>บทความก่อนหน้านี้</span><a href="{b}{prev_p.path}">{texturize(prev_p.title)}</a></div></div>'
            nav += '<div class="td-next-prev-separator"></div>'
            if next_p:
                nav += f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>บทความถัดไป</span><a href="{b}{next_p.path}">{texturize(next_p.title)}</a></div></div>'
            nav += "</div>"
        main = f"""<div class="td-post-template-default">
<article id="post-{p.en_id if en else s.pid}" class="post-{p.en_id if en else s.pid} post type-post status-publish format-standard{" has-post-thumbnail" if p.photos else ""} hentry category-{_enc(s.cat)}" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{home}">{"Home" if en else "หน้าแรก"}</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="ดูบทความทั้งหมดใน {cat_name}" class="entry-crumb" href="{cat_href}">{cat_name}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{texturize(title)}</span></div>
<ul class="td-category"><li class="entry-category"><a href="{cat_href}">{cat_name}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{texturize(title)}</h1>
{self.meta_line(p, lang)}
</header></div>
{self.share(perma, title, "top")}
<div class="td-post-content tagdiv-type">
{self.content(p, lang)}
</div>
<footer>
{tags}
{self.share(perma, title, "bottom")}
{nav}
{self.author_box(s.author)}
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{attr(AUTHORS[s.author][0])}"></span><meta itemprop="datePublished" content="{s.dt.isoformat()}">
</footer>
</article>
{self.related(p, lang)}
{"" if en else self.comments_html(p, cpage, reply_to)}
</div>"""
        body = f"post-template-default single single-post postid-{p.en_id if en else s.pid} single-format-standard"
        if cpage > 1:
            body += f" paged-{cpage} single-paged-{cpage}"
        extra = (("Link", f"<{b}{'/en' if en else ''}/?p={p.en_id if en else s.pid}>; rel=shortlink"),)
        return html_page(
            self.frame(
                texturize(title), body, head, main, lang, switch=self.u(p.path if en else (p.en_path or "/en/"))
            ),
            extra=extra,
        )

    def attachment_page(self, p: _Post, k: int) -> Response:
        """The attachment page: the single template around one photo (not an article)."""
        b, s, ph = self.b, p.s, p.photos[k]
        perma = self.u(ph.page)
        prev_link = f'<div class="alignleft"><a href="{b}{p.photos[k - 1].page}">ภาพก่อนหน้า</a></div>' if k > 0 else ""
        next_link = (
            f'<div class="alignright"><a href="{b}{p.photos[k + 1].page}">ภาพถัดไป</a></div>'
            if k + 1 < len(p.photos)
            else ""
        )
        cap = f'<div class="wp-caption-text">{texturize(ph.caption)}</div>' if ph.caption else ""
        head = (
            f"<link rel=\"canonical\" href=\"{perma}\" />\n<link rel='shortlink' href='{b}/?p={ph.aid}' />\n"
            f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{ph.stem}" />\n'
            f'<meta property="og:image" content="{b}{ph.file}" />\n'
        )
        main = f"""<div class="td-post-template-default">
<article id="post-{ph.aid}" class="post-{ph.aid} attachment type-attachment status-inherit hentry" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<div class="entry-crumbs"><span><a class="entry-crumb" href="{b}/">หน้าแรก</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="{b}{p.path}">{texturize(s.title)}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{ph.stem}</span></div>
<header class="td-post-title"><h1 class="entry-title">{ph.stem}</h1>
{self.meta_line(p, "th").replace(f"{len(p.comments)}</a>", "0</a>")}
</header></div>
{self.share(perma, ph.stem, "top")}
<div class="td-post-content tagdiv-type">
<a href="{b}{p.path}" class="td-attachment-back" rel="gallery">&larr; กลับไปที่ {texturize(s.title)}</a>
<div class="td-attachment-page-content"><div class="td-attachment-page-image">
<a href="{b}{ph.file}" title="{ph.stem}" rel="attachment"><img width="1024" height="768" src="{b}{ph.file.replace(".jpg", "-1024x768.jpg")}" class="attachment-full size-full" alt="{attr(ph.caption)}" decoding="async" /></a>
{cap}</div></div>
<div class="td-attachment-prev-next">{prev_link}{next_link}</div>
</div>
<footer>
{self.share(perma, ph.stem, "bottom")}
{self.author_box(s.author)}
</footer>
</article>
{self.related(p)}
<div class="comments" id="comments"></div>
</div>"""
        body = f"attachment attachment-template-default single single-attachment postid-{ph.aid} attachmentid-{ph.aid} attachment-jpeg"
        return html_page(self.frame(ph.stem, body, head, main))

    def amp_page(self, p: _Post, lang: str = "th") -> Response:
        """AMP plugin (reader mode, legacy template): relative "X ago" dates, no sidebar."""
        b, s = self.b, p.s
        en = lang == "en"
        perma = self.u(p.en_path if en and p.en_path else p.path)
        title = s.en.title if en and s.en else s.title
        years = (TODAY - s.d).days // 365
        ago = (
            (f"{years} years ago" if en else f"{years} ปี ago")
            if years
            else ("months ago" if en else f"{(TODAY - s.d).days // 30} เดือน ago")
        )
        content = re.sub(r"<!-- /?wp:[^>]*-->\n?", "", self.content(p, lang, amp=True))
        cat_href = f"{b}/en/category/news/" if en else f"{b}/category/{_enc(s.cat)}/"
        return html_page(f"""<!DOCTYPE html>
<html amp lang="{"en-US" if en else "th"}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{texturize(title)} &#8211; {SITE_EN if en else SITE}</title>
<link rel="canonical" href="{perma}" />
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.amp-wp-header{{background-color:#4a1f8c}}.amp-wp-article{{color:#353535;font-weight:400;margin:1.5em auto}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{b}/{"en/" if en else ""}"><span class="amp-site-title">{SITE_EN if en else SITE}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{texturize(title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/?s=72&#038;d=mm&#038;r=g" alt="" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{AUTHORS[s.author][0]}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{s.dt.isoformat()}">{ago}</time></div>
</header>
<div class="amp-wp-article-content">
{content}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">{"Categories" if en else "หมวดหมู่"}: <a href="{cat_href}" rel="category tag">{"News" if en else p.cat_name}</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{perma}#respond">{"Leave a Comment" if en else "แสดงความคิดเห็น"}</a></div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE_EN if en else SITE}</h2><a href="#top" class="back-to-top">{"Back to top" if en else "กลับด้านบน"}</a></div></footer>
</body>
</html>
""")

    # -- listings -----------------------------------------------------------------------------------------
    def excerpt(self, p: _Post, lang: str) -> str:
        text = " ".join(p.s.en.paragraphs if lang == "en" and p.s.en else p.s.paragraphs)
        words = text.split()
        return texturize(" ".join(words[:18])) + ("..." if len(words) > 18 else "")

    def module(self, p: _Post, lang: str) -> str:
        b = self.b
        en = lang == "en"
        href = b + (p.en_path if en and p.en_path else p.path)
        title = p.s.en.title if en and p.s.en else p.title
        thumb = (
            f'<img width="218" height="150" class="entry-thumb" src="{b}{p.thumb()}" alt="" title="{attr(title)}" />'
            if p.thumb()
            else ""
        )
        shown = _en_date(p.s.d) if en else _core_date(p.s.d)
        return f"""<div class="td_module_10 td_module_wrap td-animation-stack">
<div class="td-module-thumb"><a href="{href}" rel="bookmark" class="td-image-wrap" title="{attr(title)}">{thumb}</a></div>
<div class="item-details"><h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark" title="{attr(title)}">{texturize(title)}</a></h3>
<div class="td-module-meta-info"><span class="td-post-author-name"><a href="{b}/author/{p.s.author}/">{AUTHORS[p.s.author][0]}</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{p.s.dt.isoformat()}">{shown}</time></span></div>
<div class="td-excerpt">{self.excerpt(p, lang)}</div></div></div>"""

    def listing(
        self, root: str, posts: list[_Post], heading: str, body_class: str, lang: str = "th", top: str = ""
    ) -> None:
        b = self.b
        chunks = [posts[i : i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)] or [[]]
        last = len(chunks)
        for n, chunk in enumerate(chunks, start=1):
            path = root if n == 1 else f"{root}page/{n}/"

            def link(m: int) -> str:
                return b + (root if m == 1 else f"{root}page/{m}/")

            nav = ""
            if last > 1:
                if n > 1:
                    nav += f'<a href="{link(n - 1)}"><i class="td-icon-menu-left"></i></a>'
                for m in range(1, last + 1):
                    nav += (
                        f'<span class="current">{m}</span>'
                        if m == n
                        else f'<a href="{link(m)}" class="page" title="{m}">{m}</a>'
                    )
                if n < last:
                    nav += f'<a href="{link(n + 1)}"><i class="td-icon-menu-right"></i></a>'
                nav = f'<div class="page-nav td-pb-padding-side">{nav}<span class="pages">{"Page" if lang == "en" else "หน้า"} {n} {"of" if lang == "en" else "จาก"} {last}</span><div class="clearfix"></div></div>'
            mods = "\n".join(self.module(p, lang) for p in chunk)
            main = f"""{top if n == 1 else ""}<div class="td-category-header td-container-wrap"><h1 class="entry-title td-page-title">{heading}</h1></div>
<div class="td-block-row">{mods}</div>
{nav}"""
            cls = body_class + (f" paged paged-{n}" if n > 1 else "")
            title = heading if n == 1 else f"{heading} - {'Page' if lang == 'en' else 'หน้า'} {n}"
            self.add(path, html_page(self.frame(title, cls, "", main, lang)), non_article=True)
            if n == 2:
                self.add(f"{root}page/1/", redirect(self.u(root)))

    def listings(self) -> None:
        b = self.b
        big = "".join(
            f'<div class="td_module_mx td-big-grid-post-{k}"><a href="{b}{p.path}" rel="bookmark" title="{attr(p.title)}">'
            + (
                f'<img class="entry-thumb" src="{b}{p.photos[0].file.replace(".jpg", "-768x576.jpg")}" alt="" width="768" height="576" />'
                if p.photos
                else ""
            )
            + f'</a><div class="td-meta-info-container"><h3 class="entry-title td-module-title"><a href="{b}{p.path}" rel="bookmark">{texturize(p.title)}</a></h3></div></div>'
            for k, p in enumerate(self.newest[:4])
        )
        top = f'<div class="td_block_wrap td_block_big_grid_1"><div class="td-big-grid-wrapper">{big}</div></div>\n'
        self.listing("/", self.newest, "ข่าวล่าสุด", "home blog", top=top)
        for slug, (name, tid) in CATS.items():
            posts = [p for p in self.newest if p.s.cat == slug]
            self.listing(
                f"/category/{_enc(slug)}/", posts, name, f"archive category category-{_enc(slug)} category-{tid}"
            )
        for t in TAGS:
            posts = [p for p in self.newest if t in p.s.tags]
            if posts:
                self.listing(f"/tag/{_enc(t)}/", posts, f"แท็ก: {t}", f"archive tag tag-{_enc(t)}")
        for login, (name, _bio) in AUTHORS.items():
            posts = [p for p in self.newest if p.s.author == login]
            if posts:
                self.listing(f"/author/{login}/", posts, name, f"archive author author-{login}")
        for y, m in sorted({(p.s.d.year, p.s.d.month) for p in self.posts}):
            posts = [p for p in self.newest if (p.s.d.year, p.s.d.month) == (y, m)]
            self.listing(f"/{y}/{m:02d}/", posts, f"{MONTHS[m - 1]} {y}", "archive date")
        self.listing("/en/", self.en_posts, "Latest News", "home blog", lang="en")
        self.listing("/en/category/news/", self.en_posts, "News", "archive category category-news", lang="en")

    # -- pages, feeds, sitemaps, events ------------------------------------------------------------------
    def static_pages(self) -> None:
        b = self.b
        for slug, (page_id, title, paras) in PAGES.items():
            path = f"/{_enc(slug)}/"
            body = "\n".join(f"<p>{texturize(t)}</p>" for t in paras)
            head = f'<link rel="canonical" href="{b}{path}" />\n<link rel=\'shortlink\' href=\'{b}/?page_id={page_id}\' />\n<meta property="og:type" content="article" />\n'
            main = f"""<div class="td-main-content-wrap"><article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{title}</span></h1></div>
<div class="td-page-content tagdiv-type">{body}</div></article></div>"""
            self.add(
                path,
                html_page(self.frame(title, f"page-template-default page page-id-{page_id}", head, main)),
                non_article=True,
            )
            self.add(f"/?page_id={page_id}", redirect(self.u(path)))

    def rss(self, self_path: str, posts: list[_Post], lang: str) -> Response:
        b = self.b
        items = []
        for p in posts[:FEED_ITEMS]:
            en = lang == "en"
            link = b + (p.en_path if en and p.en_path else p.path)
            title = p.s.en.title if en and p.s.en else p.title
            items.append(f"""	<item>
		<title>{esc(title)}</title>
		<link>{link}</link>
		<comments>{link}#respond</comments>
		<dc:creator><![CDATA[{AUTHORS[p.s.author][0]}]]></dc:creator>
		<pubDate>{rfc822(p.s.dt)}</pubDate>
		<category><![CDATA[{"News" if en else p.cat_name}]]></category>
		<guid isPermaLink="false">{b}/?p={p.en_id if en else p.s.pid}</guid>
		<description><![CDATA[{self.excerpt(p, lang)}]]></description>
		<content:encoded><![CDATA[{self.content(p, lang)}]]></content:encoded>
		<slash:comments>{0 if en else len(p.comments)}</slash:comments>
	</item>""")
        body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
	<title>{SITE_EN if lang == "en" else SITE}</title>
	<atom:link href="{b}{self_path}" rel="self" type="application/rss+xml" />
	<link>{b}{"/en/" if lang == "en" else ""}</link>
	<description>{TAGLINE}</description>
	<lastBuildDate>{rfc822(posts[0].s.dt)}</lastBuildDate>
	<language>{"en-US" if lang == "en" else "th"}</language>
	<generator>https://wordpress.org/?v={WP_VER}</generator>
{chr(10).join(items)}
</channel>
</rss>
"""
        return html_page(body, "application/rss+xml; charset=UTF-8")

    def sitemaps(self) -> None:
        b = self.b
        xml = "application/xml; charset=UTF-8"
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        index = "".join(
            f"<sitemap><loc>{b}/wp-sitemap-{n}-1.xml</loc></sitemap>"
            for n in ("posts-post", "posts-page", "taxonomies-category")
        )
        self.add(
            "/wp-sitemap.xml",
            html_page(
                head
                + f'<?xml-stylesheet type="text/xsl" href="{b}/wp-sitemap-index.xsl" ?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>\n',
                xml,
            ),
        )

        def urlset(urls: list[str]) -> Response:
            locs = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
            return html_page(
                head
                + f'<?xml-stylesheet type="text/xsl" href="{b}/wp-sitemap.xsl" ?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n',
                xml,
            )

        # WPML lets core list both languages, in post-ID order (the translations got the newest IDs)
        posts = [b + p.path for p in self.posts] + [b + p.en_path for p in self.posts if p.en_path]
        self.add("/wp-sitemap-posts-post-1.xml", urlset(posts))
        self.add("/wp-sitemap-posts-page-1.xml", urlset([f"{b}/{_enc(slug)}/" for slug in PAGES]))
        self.add(
            "/wp-sitemap-taxonomies-category-1.xml",
            urlset([f"{b}/category/{_enc(slug)}/" for slug in CATS] + [f"{b}/en/category/news/"]),
        )
        xsl = '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n'
        for name in ("/wp-sitemap-index.xsl", "/wp-sitemap.xsl"):
            add_text(self.site, name, xsl, "application/xml; charset=UTF-8")

    def month_view(self, y: int, m: int) -> Response:
        """The Events Calendar month view: any month answers, each links the months around it (a trap)."""
        b = self.b
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        weeks = calendar.Calendar(firstweekday=0).monthdayscalendar(y, m)
        rows = ""
        for week in weeks:
            cells = ""
            for day in week:
                if not day:
                    cells += '<div class="tribe-events-calendar-month__day tribe-events-calendar-month__day--other-month"></div>'
                    continue
                iso = f"{y:04d}-{m:02d}-{day:02d}"
                evs = "".join(
                    f'<article class="tribe-events-calendar-month__calendar-event"><h3 class="tribe-events-calendar-month__calendar-event-title"><a href="{b}/event/{_enc(slug)}/" class="tribe-events-calendar-month__calendar-event-title-link">{esc(title)}</a></h3></article>'
                    for slug, (title, d, _hm, _pl, _ds) in EVENTS.items()
                    if d == iso
                )
                cells += f'<div class="tribe-events-calendar-month__day" role="gridcell"><time class="tribe-events-calendar-month__day-date" datetime="{iso}">{day}</time>{evs}</div>'
            rows += f'<div class="tribe-events-calendar-month__week" role="row">{cells}</div>'
        main = f"""<div class="tribe-common tribe-events tribe-events-view tribe-events-view--month">
<header class="tribe-events-header"><h1 class="tribe-events-header__title-text">กิจกรรมสำหรับ {MONTHS[m - 1]} {y + 543}</h1>
<nav class="tribe-events-c-top-bar__nav"><ul class="tribe-events-c-top-bar__nav-list">
<li class="tribe-events-c-top-bar__nav-list-item"><a href="{b}/events/month/{py:04d}-{pm:02d}/" class="tribe-events-c-top-bar__nav-link tribe-events-c-top-bar__nav-link--prev" aria-label="เดือนก่อนหน้า" data-js="tribe-events-view-link">&lsaquo;</a></li>
<li class="tribe-events-c-top-bar__nav-list-item"><a href="{b}/events/month/{ny:04d}-{nm:02d}/" class="tribe-events-c-top-bar__nav-link tribe-events-c-top-bar__nav-link--next" aria-label="เดือนถัดไป" data-js="tribe-events-view-link">&rsaquo;</a></li>
</ul></nav><a href="{b}/events/list/" class="tribe-events-c-view-selector__list-item-link">รายการ</a></header>
<div class="tribe-events-calendar-month" role="grid">{rows}</div>
<nav class="tribe-events-calendar-month-nav"><a href="{b}/events/month/{py:04d}-{pm:02d}/" rel="prev">{MONTHS[pm - 1]}</a> | <a href="{b}/events/month/{ny:04d}-{nm:02d}/" rel="next">{MONTHS[nm - 1]}</a></nav>
</div>"""
        return html_page(
            self.frame(
                f"กิจกรรมสำหรับ {MONTHS[m - 1]} {y + 543}",
                "events-archive tribe-events-page-template tribe-theme-Newspaper",
                "<meta name='robots' content='noindex, follow' />\n",
                main,
            )
        )

    def events(self) -> None:
        b = self.b
        self.add("/events/", self.month_view(TODAY.year, TODAY.month), non_article=True)
        items = ""
        for slug, (title, day, hm, place, desc) in EVENTS.items():
            d = date.fromisoformat(day)
            when = f"{_thai_date(d)} @ {hm} น."
            main = f"""<div id="tribe-events-content" class="tribe-events-single"><p class="tribe-events-back"><a href="{b}/events/">&laquo; กิจกรรมทั้งหมด</a></p>
<h1 class="tribe-events-single-event-title">{esc(title)}</h1>
<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">{when}</span></h2></div>
<div class="tribe-events-single-event-description tribe-events-content"><p>{esc(desc)}</p></div>
<div class="tribe-events-single-section tribe-events-event-meta"><dl><dt>สถานที่</dt><dd class="tribe-venue">{esc(place)}</dd></dl></div></div>"""
            self.add(
                f"/event/{_enc(slug)}/",
                html_page(self.frame(esc(title), "tribe_events-template-default single single-tribe_events", "", main)),
                non_article=True,
            )
            if d >= TODAY:
                items += f'<article class="tribe-events-calendar-list__event"><time datetime="{day}">{when}</time><h3><a href="{b}/event/{_enc(slug)}/">{esc(title)}</a></h3><address>{esc(place)}</address></article>'
        main = f'<div class="tribe-events-view--list"><h1>กิจกรรมที่จะมาถึง</h1>{items}<a href="{b}/events/month/{TODAY.year}-{TODAY.month:02d}/">ดูแบบปฏิทินเดือน</a></div>'
        self.add(
            "/events/list/",
            html_page(self.frame("กิจกรรมที่จะมาถึง", "events-list tribe-events-page-template", "", main)),
            non_article=True,
        )

    # -- registration ---------------------------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        for p in self.posts:
            s = p.s
            self.add(p.path, self.post_page(p))
            self.add(f"/?p={s.pid}", redirect(self.u(p.path)))
            self.add(f"{p.path}amp/", self.amp_page(p))
            aliases = [self.u(f"/?p={s.pid}"), self.u(f"{p.path}amp/")]
            if p.comment_pages > 1:
                for n in range(1, p.comment_pages + 1):
                    self.add(f"{p.path}comment-page-{n}/", self.post_page(p, cpage=n))
                    aliases.append(self.u(f"{p.path}comment-page-{n}/"))
            aliases += [self.u(f"{p.path}?replytocom={c.cid}") for c in p.comments]  # served by dynamic()
            for k, ph in enumerate(p.photos):
                self.add(ph.page, self.attachment_page(p, k), non_article=True)
                self.add(f"/?attachment_id={ph.aid}", redirect(self.u(ph.page)))
                for size in ("", "-1024x768", "-768x576", "-300x225", "-218x150"):
                    w, h = (1600, 1200) if not size else tuple(int(x) for x in size[1:].split("x"))
                    add_jpeg(site, ph.file.replace(".jpg", f"{size}.jpg"), w, h, s.dt)
            site.articles.append(
                FixtureArticle(
                    url=self.u(p.path),
                    aliases=tuple(aliases),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.day,
                    author=AUTHORS[s.author][0],
                    captions=tuple(ph.caption for ph in p.photos if ph.caption),
                )
            )
            if s.en and p.en_path:
                self.add(p.en_path, self.post_page(p, lang="en"))
                self.add(f"/en/?p={p.en_id}", redirect(self.u(p.en_path)))
                self.add(f"{p.en_path}amp/", self.amp_page(p, "en"))
                site.articles.append(
                    FixtureArticle(
                        url=self.u(p.en_path),
                        aliases=(self.u(f"/en/?p={p.en_id}"), self.u(f"{p.en_path}amp/")),
                        title=s.en.title,
                        paragraphs=s.en.paragraphs,
                        published=s.day,
                        author=AUTHORS[s.author][0],
                        captions=tuple(c for c in s.en.captions if c),
                    )
                )
        self.listings()
        self.static_pages()
        self.events()
        self.sitemaps()
        self.add("/feed/", self.rss("/feed/", self.newest, "th"))
        self.add("/en/feed/", self.rss("/en/feed/", self.en_posts, "en"))
        site.add("/robots.txt", html_page(ROBOTS.format(b=b), "text/plain; charset=utf-8"))
        self.media()
        site.not_found = html_page(
            self.frame(
                "ไม่พบหน้า",
                "error404",
                "",
                '<div class="td-404-title">อุ๊ย... ข้อผิดพลาด 404</div><div class="td-404-sub-title">ขออภัย ไม่พบหน้าที่คุณต้องการ</div>',
            ),
            status=404,
        )
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_REPLYTOCOM, TRAP_EVENTS]
        site.dynamic = self.dynamic

    def media(self) -> None:
        site = self.site
        add_jpeg(site, "/wp-content/uploads/2021/10/logo-donsabaeng.png", 300, 90, LAUNCH)
        add_jpeg(site, "/wp-content/uploads/2021/10/cropped-logo-32x32.png", 32, 32, LAUNCH)
        svg = '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="12"><rect width="18" height="12" fill="#2d2a4a"/></svg>\n'
        for flag in ("th", "en"):
            add_text(site, f"/wp-content/plugins/sitepress-multilingual-cms/res/flags/{flag}.svg", svg, "image/svg+xml")
        for path, ctype in (
            (
                "/wp-content/plugins/sitepress-multilingual-cms/templates/language-switchers/legacy-list-horizontal/style.min.css?ver=1",
                "text/css",
            ),
            (f"{THEME}/style.css?ver=12.6.3", "text/css"),
            (f"{THEME}/js/tagdiv_theme.min.js?ver=12.6.3", "application/javascript"),
            ("/wp-includes/js/jquery/jquery.min.js?ver=3.7.1", "application/javascript"),
        ):
            add_text(site, path, "/* fixture asset */\n", ctype)

    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        m = re.fullmatch(r"/events/month/(\d{4})-(\d\d)/?", path)
        if m and not parts.query:
            y, mo = int(m.group(1)), int(m.group(2))
            return self.month_view(y, mo) if 1970 <= y <= 2100 and 1 <= mo <= 12 else None
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        if set(q) == {"replytocom"} and q["replytocom"].isdigit():
            # WordPress renders the post with the reply form for any comment id (noindex)
            m = re.fullmatch(r"(.*/)(?:comment-page-(\d+)/)?", path)
            for p in self.posts if m else []:
                if unquote(p.path) == m.group(1):
                    cpage = int(m.group(2) or 1)
                    if cpage > max(1, p.comment_pages):
                        return None
                    return self.post_page(p, cpage=cpage, reply_to=int(q["replytocom"]))
        return None


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {b}/wp-sitemap.xml\n"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/wp-admin/"],
        server_software="nginx/1.18.0 (Ubuntu)",
        redirect_slashless=True,
    )
    _Site(site).register()
    return site

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""drupal10_gov: a เทศบาลนคร on Drupal 10 with a Bootstrap Barrio sub-theme, bilingual ``/th`` + ``/en``.

CMS imitated: Drupal 10.2 built in 2024 by a government IT contractor ("chaiprakan_barrio", a Bootstrap
Barrio 5 sub-theme), with pathauto, views, Better Exposed Filters (filters and sorts rendered as LINKS),
simple_sitemap, search_api (database backend) + facets, webform, calendar, statistics, metatag and
eu_cookie_compliance (its PDPA popup sits inside ``drupal-settings-json``).  Language negotiation by URL
prefix for BOTH languages (``/th/...`` default, ``/en/...``); aliases are language-neutral, so every
alias works under both prefixes.  Only three basic pages are translated; every other node answers
under ``/en`` with its Thai content inside an English UI (menus, labels, dates in English).

เทศบาลนครชัยปราการ (fictional), จังหวัดชัยปราการ.  Apache/2.4.58 (Ubuntu), PHP 8.2, UTF-8, Drupal's
headers (``X-Generator``, ``X-Drupal-Cache``, the 1978 ``Expires``, ``Link: <...>; rel="canonical"``).
TODAY is 2024-06-20 (the top bar prints "วันพฤหัสบดีที่ 20 มิถุนายน 2567" on every page).

URL shapes (links are root-relative, Thai percent-encoded with upper-case hex as Drupal writes them)
* ``/`` 302 -> ``/th`` (front page; ``/en`` the English one).  ``rel=canonical`` and ``rel=shortlink``
  (absolute, in the head and in ``Link`` headers) on nodes and terms.
* news node: alias ``/th/news/<yyyy>/<mm>/<pathauto slug of the Thai title>`` where yyyy/mm are the
  Gregorian year and month of the node's CREATED time (one node dated 29 Sep 2023 was created on
  2 Oct, so its alias says ``/2023/10/``); the slug is pathauto's: lower-cased, ASCII punctuation removed
  (curly quotes kept!), spaces -> ``-``, cut at 100 characters at a hyphen.  ``/th/node/N`` answers
  200 with the same page (the shortlink; the home slideshow, the "อ่านต่อ" links of the activity
  cards, editors' body links and the ITA table link it).  ``/en/news/...`` and ``/en/node/N`` are the
  same article in the English UI (their ``rel=canonical`` points at the ``/en`` alias, as Drupal does).
* views page ``/th/news`` (10 a page, full pager with 0-based relative links ``?page=1``, ``?page=0`` =
  page 1): BEF link filters ``?field_category_target_id=1|2|3|All``, ``?year=2560..2567|All`` (Buddhist
  year of the news date) and sort links ``?sort_by=field_news_date_value|created|title&sort_order=ASC|DESC``;
  every link keeps the current exposed input.  Out-of-range pages show the last page (Drupal clamps).
* taxonomy terms ``/th/category/<thai name>`` = ``/th/taxonomy/term/1..3`` (1 ข่าวประชาสัมพันธ์,
  2 ข่าวกิจกรรม, 3 ประกาศจัดซื้อจัดจ้าง) + ``/th/taxonomy/term/N/feed`` (RSS); ``/th/rss.xml`` (the
  frontpage feed: latest 10 by created, ``pubDate`` = created time, not the news date);
  ``/sitemap.xml`` (simple_sitemap: every node and basic page in both languages, with an XSL).
* basic pages (``node--type-page``, no date): ``/th/about/history`` (node 2), ``/th/about/vision`` (3),
  ``/th/about/structure`` (4), ``/th/policy/website`` (5), ``/th/policy/privacy`` (6) (+ ``/th/node/N``);
  history, vision and the website policy have real English translations under ``/en``.
* webform ``/th/contact``, view of people ``/th/executives``, ITA table ``/th/ita`` = ``?year=2567``
  (+ ``?year=2566``) of O-items linking PDFs and pages, search_api ``/th/search?keys=...`` (+ a
  ``f%5B0%5D=type%3Anews|page`` facet), ``/th/user/login``, ``/th/user/password``.
* node 187 (an unpublished notice, linked from the footer "เอกสารภายใน" and from a body) answers 403
  "ปฏิเสธการเข้าถึง"; unknown paths get Drupal's themed 404 "ไม่พบหน้า" (English under ``/en``); a body
  links the deleted ``/th/node/99`` (``broken_links``).
* robots.txt: Drupal 10's standard file (``/core/``, ``/admin/``, ``/search/``, ``/user/login`` ...);
  being unprefixed it does NOT cover ``/th/user/login`` or ``/th/search``, as on real sites.  No
  ``Sitemap:`` line (the footer links ``/sitemap.xml``).

Gold articles: the 22 published news nodes, 2023-01-14 .. 2024-06-18, oldest first (8 ข่าวประชาสัมพันธ์,
9 ข่าวกิจกรรม, 5 ประกาศจัดซื้อจัดจ้าง).  url = the Thai alias as linked; aliases = ``/th/node/N``, the
``/en`` alias, ``/en/node/N``.  published = the date field ("วันที่ 12 มกราคม 2567", ``<time datetime=
"2024-01-12T12:00:00Z">`` as Drupal prints date-only fields), not the created time; author = the
"ผู้รายงานข่าว" field when present (procurement notices have none).  Paragraphs: ``<p>``, ``<h3>``,
list items and table rows (cells joined by a space) of the body field; NOT the date, the counter
"จำนวนผู้เข้าชม 321 ครั้ง", the category, captions, attachment names or the prev/next titles.
Under each news node: "‹ ข่าวก่อนหน้า" / "ข่าวถัดไป ›" with the neighbour's TITLE as link text, in the
SAME category only.  Captions are the ``<figcaption>`` of the colorbox gallery (some galleries have none).
Tricky ones: a one-sentence photo story with 8 photos (node 162), a one-paragraph price notice with two
PDFs (178), a water-cut table (151), a mixed English title (203), a 161-character title cut by
pathauto (119), curly quotes in a title and its alias (173), Thai file names with spaces in photo and PDF URLs.

Non-articles: home (both languages), the views pages and their single-filter / pager variants, term pages
(alias and ``taxonomy/term``), basic pages (and their ``/en`` copies and shortlinks), webform, executives,
ITA, search results, login and password forms, one calendar month.

Traps (``trap_patterns``, made on request by ``_Drupal.dynamic``):
* exposed-filter combinations: any listing URL with a sort (``sort_by``/``sort_order``) or with both a
  category and a year is a "combination" page; it links every other category, year and sort applied to
  itself (and its own pager, and its ``/en`` twin): thousands of listings of the same 22 nodes;
* calendar ``/th/calendar/month/YYYY-MM`` (and ``/th/calendar/month`` = June 2024) for any month, each
  linking the previous and next month (``rel=nofollow``) forever; the main menu links it.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, urlsplit

from ..media import pdf
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, EN_MONTHS, MONTHS, MONTHS_ABBR, WEEKDAYS
from ..thaidate import thai_long as th_long
from .common import add_gif, add_jpeg, add_text, attr, esc, redirect, static_file

FAMILY = "drupal10_gov"
SITE_TH = "เทศบาลนครชัยปราการ"
SITE_EN = "Chai Prakan City Municipality"
ADDRESS_TH = "เลขที่ 99 ถนนเทศบาล 1 ตำบลในเมือง อำเภอเมืองชัยปราการ จังหวัดชัยปราการ 67190"
ADDRESS_EN = "99 Thesaban 1 Road, Nai Mueang, Mueang Chai Prakan, Chai Prakan 67190"
PHONE = "0 5571 2345"
FAX = "0 5571 2346"
EMAIL = "saraban@chaiprakancity.go.th"
TODAY = date(2024, 6, 20)
THEME = "chaiprakan_barrio"
THEME_PATH = "/themes/custom/chaiprakan_barrio"
CSS = "/sites/default/files/css/css_Jq3xQpT1fJ0Yw8cR2mVdKsE4hLbN6uA9gZ.css?delta=0&language={lang}&theme=chaiprakan_barrio&include=eJxdjEEOwjAMBD_kxE-qnMQKUZ04chJafk-pBQcuq9Gsdkk0dcIWgRJVAiq"
JS = "/sites/default/files/js/js_8dKf2LqWm0Zx4Vb7NcH1Ty6Ru3Ps9Ge5Ja.js?scope=footer&delta=0&language={lang}&theme=chaiprakan_barrio&include=eJxdjEEOwjAMBD_kxE-qnMQKUZ04chJafk-pBQcuq9Gsdkk0dcIWgRJVAiq"
LAUNCH = datetime(2024, 2, 1, 9, 0, tzinfo=BANGKOK)
PER_PAGE = 10
YEARS = tuple(range(2567, 2559, -1))  # the year filter's options (Buddhist years)
SORTS = (
    ("field_news_date_value", "DESC"),
    ("field_news_date_value", "ASC"),
    ("created", "DESC"),
    ("created", "ASC"),
    ("title", "ASC"),
    ("title", "DESC"),
)

# -- the taxonomy ------------------------------------------------------------------------------------
TERMS = {
    1: ("ข่าวประชาสัมพันธ์", "Public Relations News", "ข่าวสารและประกาศจากเทศบาลนครชัยปราการถึงประชาชน"),
    2: ("ข่าวกิจกรรม", "Activity News", "ภาพและข่าวกิจกรรมของเทศบาลนครชัยปราการ"),
    3: ("ประกาศจัดซื้อจัดจ้าง", "Procurement Announcements", "ประกาศประกวดราคา ราคากลาง และประกาศผู้ชนะการเสนอราคา"),
}


@dataclass(frozen=True)
class _News:
    nid: int
    day: str  # field_news_date (what the page shows; the gold date)
    created: str  # node created 'YYYY-MM-DD HH:MM' (alias year/month, RSS pubDate)
    cat: int
    title: str
    reporter: str | None
    views: int
    body: tuple[str, ...]  # CKEditor 5 HTML blocks
    photos: int = 0
    captions: tuple[str, ...] = ()  # empty, or one per photo
    files: tuple[str, ...] = ()  # attachment file names (Thai, as uploaded)
    thai_photo_names: bool = False

    @cached_property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @cached_property
    def created_dt(self) -> datetime:
        return datetime.fromisoformat(self.created).replace(tzinfo=BANGKOK)

    @cached_property
    def alias(self) -> str:
        c = self.created_dt
        return f"/news/{c.year}/{c.month:02d}/{pathauto(self.title)}"

    @cached_property
    def paragraphs(self) -> tuple[str, ...]:
        return gold_units(self.body)

    @cached_property
    def files_dir(self) -> str:
        return f"{self.created_dt.year}-{self.created_dt.month:02d}"


P = "<p>{}</p>".format
PJ = '<p style="text-align:justify;">{}</p>'.format
PI = "<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>".format

NEWS: tuple[_News, ...] = (
    _News(
        112,
        "2023-01-14",
        "2023-01-16 09:10",
        2,
        "เทศบาลนครชัยปราการจัดงานวันเด็กแห่งชาติ ประจำปี 2566",
        "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        1204,
        (
            PJ(
                "วันเสาร์ที่ 14 มกราคม 2566 นายสมชาย วงศ์ประเสริฐ นายกเทศมนตรีนครชัยปราการ เป็นประธานเปิดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ลานอเนกประสงค์ สวนสาธารณะหนองน้ำใส โดยมีคณะผู้บริหาร สมาชิกสภาเทศบาล และหัวหน้าส่วนราชการร่วมพิธี"
            ),
            PJ(
                "ภายในงานมีการแสดงบนเวทีของนักเรียนจากโรงเรียนในสังกัดเทศบาล 6 แห่ง ซุ้มเกมและของรางวัลจากหน่วยงานภาครัฐและเอกชน การจัดแสดงรถดับเพลิงและอุปกรณ์กู้ภัย รวมทั้งบริการตรวจสุขภาพฟันฟรีจากกองสาธารณสุขและสิ่งแวดล้อม"
            ),
            PJ("มีเด็กและผู้ปกครองเข้าร่วมงานกว่า&nbsp;3,500&nbsp;คน"),
        ),
        photos=4,
        captions=(
            "นายกเทศมนตรีนครชัยปราการเปิดงานวันเด็กแห่งชาติ",
            "การแสดงของนักเรียนโรงเรียนเทศบาล 3",
            "ซุ้มเกมของกองสาธารณสุขและสิ่งแวดล้อม",
            "เด็ก ๆ ร่วมชมรถดับเพลิงและอุปกรณ์กู้ภัย",
        ),
    ),
    _News(
        114,
        "2023-01-16",
        "2023-01-16 14:25",
        1,
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566",
        "กองคลัง",
        2876,
        (
            P(
                "เทศบาลนครชัยปราการ ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาล ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ภายในเดือนเมษายน 2566 หากชำระเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด"
            ),
            P("<strong>ช่องทางการชำระภาษี</strong>"),
            "<ul><li>ชำระด้วยตนเองที่ฝ่ายพัฒนารายได้ กองคลัง ชั้น 1 อาคารสำนักงานเทศบาล ในวันและเวลาราชการ</li>"
            "<li>ชำระผ่านแอปพลิเคชันของธนาคารโดยสแกน QR Code ที่ปรากฏในใบแจ้งการประเมินภาษี</li>"
            "<li>ชำระที่หน่วยบริการเคลื่อนที่ซึ่งออกให้บริการตามชุมชนทุกวันเสาร์ของเดือนมีนาคม</li></ul>",
            P("สอบถามรายละเอียดเพิ่มเติมได้ที่ ฝ่ายพัฒนารายได้ กองคลัง โทร. 0 5571 2345 ต่อ 122"),
            "<p>&nbsp;</p>",
        ),
        files=("ประกาศภาษีที่ดิน2566.pdf",),
    ),
    _News(
        119,
        "2023-03-02",
        "2023-03-02 10:05",
        3,
        "ประกาศเทศบาลนครชัยปราการ เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยเทศบาล 12 (ซอยร่วมใจ) ชุมชนบ้านหนองบัว ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        None,
        455,
        (
            P(
                "เทศบาลนครชัยปราการ มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยเทศบาล 12 (ซอยร่วมใจ) ขนาดกว้าง 5.00 เมตร ยาว 420 เมตร หนา 0.15 เมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 1,386,000.00 บาท (หนึ่งล้านสามแสนแปดหมื่นหกพันบาทถ้วน)"
            ),
            P(
                'ผู้สนใจสามารถดูรายละเอียดได้ที่เว็บไซต์ <a href="http://www.gprocurement.go.th" target="_blank">www.gprocurement.go.th</a> หรือสอบถามทางโทรศัพท์หมายเลข 0 5571 2345 ต่อ 141 ในวันและเวลาราชการ'
            ),
        ),
        files=("ประกาศประกวดราคา ซอยเทศบาล12.pdf", "เอกสารประกวดราคา.pdf"),
    ),
    _News(
        123,
        "2023-03-20",
        "2023-03-20 11:30",
        1,
        "รับสมัครนักเรียนเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาล ปีการศึกษา 2566",
        "กองการศึกษา",
        1630,
        (
            PI(
                "กองการศึกษา เทศบาลนครชัยปราการ เปิดรับสมัครเด็กเล็กเข้าเรียนในศูนย์พัฒนาเด็กเล็กสังกัดเทศบาล จำนวน 4 ศูนย์ ประจำปีการศึกษา 2566 ระหว่างวันที่ 20 มีนาคม – 21 เมษายน 2566 ในวันและเวลาราชการ"
            ),
            PI(
                "คุณสมบัติของผู้สมัคร เป็นเด็กที่เกิดระหว่างวันที่ 16 พฤษภาคม 2563 ถึงวันที่ 16 พฤษภาคม 2564 และมีภูมิลำเนาอยู่ในเขตเทศบาลนครชัยปราการ"
            ),
            PI(
                "หลักฐานการสมัคร ได้แก่ สำเนาสูติบัตรของเด็ก สำเนาทะเบียนบ้าน สำเนาบัตรประจำตัวประชาชนของบิดามารดาหรือผู้ปกครอง และสมุดบันทึกสุขภาพเด็ก"
            ),
            PI("<strong>ไม่เสียค่าใช้จ่ายในการสมัคร</strong>"),
        ),
        photos=1,
    ),
    _News(
        127,
        "2023-04-12",
        "2023-04-12 17:02",
        2,
        "สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2566",
        "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        987,
        (
            PJ(
                "เมื่อวันที่ 12 เมษายน 2566 เทศบาลนครชัยปราการ ร่วมกับชมรมผู้สูงอายุเทศบาลนครชัยปราการ จัดพิธีรดน้ำขอพรผู้สูงอายุเนื่องในเทศกาลสงกรานต์ ณ หอประชุมเทศบาล โดยมีผู้สูงอายุจาก 28 ชุมชนเข้าร่วมกว่า 400 คน"
            ),
            PJ(
                "กิจกรรมประกอบด้วยพิธีสรงน้ำพระพุทธรูป การรดน้ำขอพรผู้สูงอายุ การประกวดแต่งกายชุดพื้นเมือง และการมอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุครบ 90 ปีขึ้นไป"
            ),
            PJ(
                "นายกเทศมนตรีนครชัยปราการ กล่าวว่า ประเพณีสงกรานต์เป็นโอกาสที่ลูกหลานจะได้แสดงความกตัญญูกตเวทีต่อผู้สูงอายุ และเทศบาลจะสนับสนุนกิจกรรมของชมรมผู้สูงอายุอย่างต่อเนื่อง"
            ),
        ),
        photos=5,
        thai_photo_names=True,
    ),
    _News(
        133,
        "2023-06-05",
        "2023-06-05 15:48",
        2,
        "ปลูกต้นไม้เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2566",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        612,
        (
            P(
                "เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2566 เทศบาลนครชัยปราการ นำโดยคณะผู้บริหาร พนักงานเทศบาล และอาสาสมัครพิทักษ์สิ่งแวดล้อม ร่วมกันปลูกต้นรวงผึ้งและต้นตะแบกจำนวน 300 ต้น บริเวณริมถนนเลี่ยงเมืองและสวนสาธารณะหนองน้ำใส"
            ),
            P(
                "พร้อมกันนี้ได้รณรงค์ให้ประชาชนลดการใช้ถุงพลาสติกและคัดแยกขยะก่อนทิ้ง โดยแจกถุงผ้าจำนวน 1,000 ใบ ให้แก่ผู้ค้าและผู้ใช้บริการตลาดสดเทศบาล 1"
            ),
        ),
        photos=2,
        captions=("คณะผู้บริหารร่วมปลูกต้นรวงผึ้งริมถนนเลี่ยงเมือง", "แจกถุงผ้าที่ตลาดสดเทศบาล 1"),
    ),
    _News(
        140,
        "2023-07-18",
        "2023-07-18 13:15",
        3,
        "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุคอมพิวเตอร์ จำนวน 15 รายการ โดยวิธีเฉพาะเจาะจง",
        None,
        233,
        (
            P("ตามที่ เทศบาลนครชัยปราการ ได้มีโครงการ ซื้อวัสดุคอมพิวเตอร์ จำนวน 15 รายการ โดยวิธีเฉพาะเจาะจง นั้น"),
            P(
                "ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ชัยปราการคอมพิวเตอร์ โดยเสนอราคาเป็นเงินทั้งสิ้น 87,450.00 บาท (แปดหมื่นเจ็ดพันสี่ร้อยห้าสิบบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง"
            ),
            '<p style="text-align:center;">ประกาศ ณ วันที่ 18 กรกฎาคม พ.ศ. 2566</p>',
        ),
        files=("ประกาศผู้ชนะ วัสดุคอมพิวเตอร์.pdf",),
    ),
    _News(
        146,
        "2023-08-10",
        "2023-08-10 10:40",
        1,
        "ขอเชิญร่วมงานเฉลิมพระเกียรติเนื่องในวันแม่แห่งชาติ 12 สิงหาคม 2566",
        "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        540,
        (
            P(
                "เทศบาลนครชัยปราการ ขอเชิญชวนข้าราชการ พนักงาน และประชาชนทั่วไป ร่วมงานเฉลิมพระเกียรติเนื่องในโอกาสวันเฉลิมพระชนมพรรษา 12 สิงหาคม 2566 ณ ศาลากลางจังหวัดชัยปราการ ตามกำหนดการดังนี้"
            ),
            "<ul><li>เวลา 07.00 น. พิธีทำบุญตักบาตรถวายพระราชกุศล</li>"
            "<li>เวลา 09.00 น. พิธีลงนามถวายพระพรชัยมงคล</li>"
            "<li>เวลา 19.00 น. พิธีจุดเทียนชัยถวายพระพรชัยมงคล</li></ul>",
            P("การแต่งกาย ข้าราชการแต่งเครื่องแบบปกติขาว ประชาชนทั่วไปแต่งกายชุดสุภาพโทนสีฟ้า"),
        ),
    ),
    _News(
        151,
        "2023-09-29",
        "2023-10-02 08:47",
        1,
        "แจ้งงดจ่ายน้ำประปาชั่วคราว เพื่อซ่อมแซมท่อเมนประปา เขตชุมชนบ้านหนองบัว",
        "การประปาเทศบาล",
        1766,
        (
            P(
                "การประปาเทศบาลนครชัยปราการ ขอแจ้งงดจ่ายน้ำประปาชั่วคราว เนื่องจากท่อเมนประปาขนาด 300 มิลลิเมตร บริเวณถนนหนองบัว-ดงยาง ชำรุดเสียหาย จำเป็นต้องหยุดจ่ายน้ำเพื่อซ่อมแซม ตามกำหนดการดังนี้"
            ),
            '<figure class="table"><table class="table table-bordered"><tbody><tr><td style="text-align:center;"><strong>วันที่</strong></td><td style="text-align:center;"><strong>เวลา</strong></td><td style="text-align:center;"><strong>พื้นที่ได้รับผลกระทบ</strong></td></tr>'
            "<tr><td>3 ตุลาคม 2566</td><td>09.00 – 16.00 น.</td><td>ชุมชนบ้านหนองบัว ชุมชนหนองบัวพัฒนา</td></tr>"
            "<tr><td>4 ตุลาคม 2566</td><td>09.00 – 12.00 น.</td><td>ชุมชนดงยาง และถนนเลี่ยงเมืองช่วง กม. 2 – 4</td></tr></tbody></table></figure>",
            P(
                "ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า หากมีข้อสงสัยติดต่อการประปาเทศบาล โทร. 0 5571 2399 ตลอด 24 ชั่วโมง ขออภัยในความไม่สะดวกมา ณ โอกาสนี้"
            ),
        ),
    ),
    _News(
        156,
        "2023-10-17",
        "2023-10-17 16:20",
        2,
        "ประชุมประชาคมเมืองเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)",
        "กองยุทธศาสตร์และงบประมาณ",
        388,
        (
            PJ(
                "วันที่ 17 ตุลาคม 2566 กองยุทธศาสตร์และงบประมาณ จัดประชุมประชาคมเมืองเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ณ ห้องประชุมสภาเทศบาล โดยมีผู้แทนชุมชน ผู้แทนส่วนราชการ และภาคเอกชนเข้าร่วมประชุมจำนวน 152 คน"
            ),
            PJ(
                "ที่ประชุมได้ร่วมกันเสนอโครงการที่เป็นความต้องการของประชาชน เช่น การปรับปรุงระบบระบายน้ำในเขตชุมชนตลาดเก่า การติดตั้งไฟฟ้าส่องสว่างเพิ่มเติม และการก่อสร้างลานกีฬาอเนกประสงค์ ซึ่งเทศบาลจะนำไปพิจารณาบรรจุในแผนพัฒนาท้องถิ่นต่อไป"
            ),
        ),
        photos=3,
        captions=(
            "รองนายกเทศมนตรีกล่าวเปิดการประชุมประชาคมเมือง",
            "ผู้แทนชุมชนร่วมเสนอโครงการ",
            "บรรยากาศการประชุมกลุ่มย่อย",
        ),
    ),
    _News(
        162,
        "2023-11-27",
        "2023-11-28 08:30",
        2,
        "ลอยกระทงรักษ์สิ่งแวดล้อม ณ สวนสาธารณะหนองน้ำใส ประจำปี 2566",
        "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        1452,
        (P("ภาพบรรยากาศงานประเพณีลอยกระทงรักษ์สิ่งแวดล้อม ประจำปี 2566 คืนวันที่ 27 พฤศจิกายน 2566 ณ สวนสาธารณะหนองน้ำใส"),),
        photos=8,
    ),
    _News(
        166,
        "2023-12-12",
        "2023-12-12 11:05",
        3,
        "ประกาศเทศบาลนครชัยปราการ เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567",
        None,
        702,
        (
            P("ด้วยเทศบาลนครชัยปราการ ได้จัดทำแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 เสร็จเรียบร้อยแล้ว"),
            P(
                "ฉะนั้น อาศัยอำนาจตามความในมาตรา 11 แห่งพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 จึงขอประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 ตามเอกสารแนบท้ายประกาศนี้"
            ),
            P(
                'ทั้งนี้ ให้ยกเลิกประกาศฉบับลงวันที่ 5 ธันวาคม 2566 (<a href="/th/node/187">ดูประกาศฉบับเดิม</a>) และให้ใช้ประกาศฉบับนี้แทน'
            ),
        ),
        files=("แผนการจัดซื้อจัดจ้าง 2567.pdf",),
    ),
    _News(
        171,
        "2024-01-12",
        "2024-01-12 09:32",
        1,
        "ประชาสัมพันธ์การยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2567",
        "กองคลัง",
        321,
        (
            P(
                "เทศบาลนครชัยปราการ ขอประชาสัมพันธ์ให้เจ้าของป้ายที่ติดตั้งในเขตเทศบาล ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567 ณ ฝ่ายพัฒนารายได้ กองคลัง หรือดาวน์โหลดแบบฟอร์มได้จากเอกสารแนบท้ายข่าวนี้"
            ),
            P(
                "ผู้ที่ไม่ยื่นแบบภายในกำหนดต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย เว้นแต่กรณีที่เจ้าของป้ายได้ยื่นแบบก่อนที่พนักงานเจ้าหน้าที่จะแจ้งการประเมิน"
            ),
            P(
                'สำหรับกำหนดการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 จะแจ้งให้ทราบอีกครั้ง (<a href="/th/node/114">ดูข่าวของปี 2566</a>)'
            ),
        ),
        files=("แบบ ภ.ป.1.pdf",),
    ),
    _News(
        173,
        "2024-01-13",
        "2024-01-13 18:44",
        2,
        "งานวันเด็กแห่งชาติ ประจำปี 2567 “เด็กชัยปราการ ยิ้มสดใส ใส่ใจเทคโนโลยี”",
        "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        1893,
        (
            PJ(
                "วันเสาร์ที่ 13 มกราคม 2567 เทศบาลนครชัยปราการ จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ภายใต้แนวคิด “เด็กชัยปราการ ยิ้มสดใส ใส่ใจเทคโนโลยี” ณ สวนสาธารณะหนองน้ำใส โดยมีนายสมชาย วงศ์ประเสริฐ นายกเทศมนตรีนครชัยปราการ เป็นประธานในพิธีเปิด"
            ),
            PJ(
                "ปีนี้มีการจัดโซนกิจกรรมการเรียนรู้ด้านเทคโนโลยี เช่น การเขียนโปรแกรมหุ่นยนต์เบื้องต้น การทดลองวิทยาศาสตร์ และมุมเรียนรู้การใช้อินเทอร์เน็ตอย่างปลอดภัย ควบคู่กับซุ้มเกม การแสดงบนเวที และการแจกของขวัญกว่า 5,000 ชิ้น"
            ),
            PJ("ขอขอบคุณหน่วยงาน ห้างร้าน และผู้ใจบุญทุกท่านที่ร่วมสนับสนุนของขวัญและทุนการศึกษาในครั้งนี้"),
        ),
        photos=4,
        captions=(
            "นายกเทศมนตรีนครชัยปราการกล่าวเปิดงาน",
            "โซนเรียนรู้การเขียนโปรแกรมหุ่นยนต์",
            "การแสดงบนเวทีของนักเรียน",
            "มอบทุนการศึกษาแก่นักเรียน",
        ),
    ),
    _News(
        178,
        "2024-02-06",
        "2024-02-06 14:10",
        3,
        "ประกาศราคากลาง โครงการปรับปรุงระบบระบายน้ำ ถนนศรีชัย ช่วงสี่แยกตลาดเก่าถึงสะพานข้ามคลองแม่ชัย",
        None,
        274,
        (
            P(
                "เทศบาลนครชัยปราการ ขอประกาศราคากลางโครงการปรับปรุงระบบระบายน้ำ ถนนศรีชัย ช่วงสี่แยกตลาดเก่าถึงสะพานข้ามคลองแม่ชัย ความยาวรวม 640 เมตร ราคากลางเป็นเงิน 4,912,000.00 บาท รายละเอียดตามเอกสารแนบ"
            ),
        ),
        files=("ราคากลาง ถนนศรีชัย.pdf", "ปร.4 ปร.5 ถนนศรีชัย.pdf"),
    ),
    _News(
        181,
        "2024-02-26",
        "2024-02-26 10:00",
        1,
        "เปิดลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ สำหรับผู้ที่จะมีอายุครบ 60 ปี ในปีงบประมาณ 2568",
        "กองสวัสดิการสังคม",
        2541,
        (
            P(
                "กองสวัสดิการสังคม เทศบาลนครชัยปราการ ขอประชาสัมพันธ์ให้ผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508 ซึ่งจะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ พ.ศ. 2568 และมีภูมิลำเนาอยู่ในเขตเทศบาล มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ"
            ),
            "<h3>เอกสารประกอบการลงทะเบียน</h3>",
            "<ol><li>บัตรประจำตัวประชาชนฉบับจริง</li><li>ทะเบียนบ้านฉบับจริง</li>"
            "<li>สมุดบัญชีเงินฝากธนาคารของผู้สูงอายุหรือผู้รับมอบอำนาจ</li>"
            "<li>หนังสือมอบอำนาจ (กรณีมอบอำนาจให้ผู้อื่นรับเงินแทน)</li></ol>",
            P(
                "ลงทะเบียนได้ตั้งแต่บัดนี้ถึงวันที่ 30 กันยายน 2567 ในวันและเวลาราชการ ณ กองสวัสดิการสังคม ชั้น 2 อาคารสำนักงานเทศบาลนครชัยปราการ"
            ),
        ),
    ),
    _News(
        184,
        "2024-03-08",
        "2024-03-08 16:55",
        2,
        "อบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2567",
        "งานป้องกันและบรรเทาสาธารณภัย",
        466,
        (
            PJ(
                "ระหว่างวันที่ 6 – 8 มีนาคม 2567 งานป้องกันและบรรเทาสาธารณภัย เทศบาลนครชัยปราการ จัดโครงการอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2567 ณ ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล มีสมาชิก อปพร. เข้ารับการอบรม 120 คน"
            ),
            PJ(
                "การอบรมประกอบด้วยภาคทฤษฎีเรื่องบทบาทหน้าที่ของ อปพร. การปฐมพยาบาลเบื้องต้นและการช่วยฟื้นคืนชีพ (CPR) และภาคปฏิบัติการใช้ถังดับเพลิงและการดับไฟในชุมชน"
            ),
        ),
        photos=3,
        captions=("ฝึกการช่วยฟื้นคืนชีพ (CPR)", "ฝึกใช้ถังดับเพลิง", "มอบวุฒิบัตรแก่ผู้ผ่านการอบรม"),
    ),
    _News(
        190,
        "2024-04-02",
        "2024-04-02 13:38",
        1,
        "ประชาสัมพันธ์จุดบริการประชาชนช่วงเทศกาลสงกรานต์ ประจำปี 2567",
        "งานป้องกันและบรรเทาสาธารณภัย",
        803,
        (
            P(
                "เทศบาลนครชัยปราการ ร่วมกับสถานีตำรวจภูธรเมืองชัยปราการ ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ ระหว่างวันที่ 11 – 17 เมษายน 2567 จำนวน 3 จุด ได้แก่ สี่แยกตลาดเก่า หน้าสถานีขนส่งผู้โดยสาร และทางเข้าสวนสาธารณะหนองน้ำใส"
            ),
            P(
                "ประชาชนที่ต้องการความช่วยเหลือหรือพบเหตุฉุกเฉิน สามารถแจ้งได้ที่ศูนย์รับแจ้งเหตุเทศบาล โทร. 199 หรือ 0 5571 2300 ตลอด 24 ชั่วโมง"
            ),
            '<p style="text-align:center;"><strong>“ขับขี่ปลอดภัย เมาไม่ขับ สวมหมวกนิรภัย คาดเข็มขัดนิรภัย ทุกครั้ง”</strong></p>',
        ),
        photos=1,
    ),
    _News(
        194,
        "2024-04-29",
        "2024-04-29 15:00",
        3,
        "ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมไฟฟ้าส่องสว่างสาธารณะ จำนวน 48 จุด โดยวิธีเฉพาะเจาะจง",
        None,
        198,
        (
            P("ตามที่ เทศบาลนครชัยปราการ ได้มีโครงการ จ้างเหมาซ่อมแซมไฟฟ้าส่องสว่างสาธารณะ จำนวน 48 จุด โดยวิธีเฉพาะเจาะจง นั้น"),
            P(
                "ผู้ได้รับการคัดเลือก ได้แก่ ร้านชัยปราการการไฟฟ้า โดยเสนอราคาเป็นเงินทั้งสิ้น 96,000.00 บาท (เก้าหมื่นหกพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง"
            ),
            '<p style="text-align:center;">ประกาศ ณ วันที่ 29 เมษายน พ.ศ. 2567</p>',
        ),
        files=("ประกาศผู้ชนะ ไฟฟ้าส่องสว่าง 48 จุด.pdf",),
    ),
    _News(
        199,
        "2024-05-22",
        "2024-05-22 12:15",
        2,
        "ทำบุญตักบาตรเนื่องในวันวิสาขบูชา ประจำปี 2567",
        "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        355,
        (
            P(
                "วันพุธที่ 22 พฤษภาคม 2567 เทศบาลนครชัยปราการ นำโดยคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมทำบุญตักบาตรพระสงฆ์ 39 รูป เนื่องในวันวิสาขบูชา ณ ลานหน้าอาคารสำนักงานเทศบาล"
            ),
            P(
                "ในช่วงค่ำ เทศบาลได้ร่วมกับวัดศรีชัยมงคลจัดพิธีเวียนเทียน และกิจกรรมปฏิบัติธรรมสำหรับเยาวชน โดยมีประชาชนร่วมกิจกรรมเป็นจำนวนมาก"
            ),
        ),
        photos=3,
        captions=("ทำบุญตักบาตรหน้าอาคารสำนักงานเทศบาล", "พิธีเวียนเทียน ณ วัดศรีชัยมงคล", ""),
    ),
    _News(
        203,
        "2024-06-05",
        "2024-06-05 17:26",
        2,
        "Big Cleaning Day ขุดลอกคูคลองแม่ชัย เนื่องในวันสิ่งแวดล้อมโลก 2567",
        "กองสาธารณสุขและสิ่งแวดล้อม",
        274,
        (
            PJ(
                "เมื่อวันที่ 5 มิถุนายน 2567 เทศบาลนครชัยปราการ จัดกิจกรรม Big Cleaning Day ขุดลอกและเก็บขยะในคลองแม่ชัย ตั้งแต่สะพานศรีชัยถึงประตูระบายน้ำบ้านดงยาง ระยะทางประมาณ 2.5 กิโลเมตร เพื่อเพิ่มประสิทธิภาพการระบายน้ำก่อนเข้าสู่ฤดูฝน"
            ),
            PJ("กิจกรรมครั้งนี้มีจิตอาสาจากชุมชน นักเรียน และหน่วยงานต่าง ๆ เข้าร่วมกว่า 500 คน สามารถเก็บขยะและวัชพืชได้ประมาณ 12 ตัน"),
            PJ(
                'ดูภาพกิจกรรมวันสิ่งแวดล้อมโลกปีที่แล้วได้ที่ <a href="/th/node/133">ข่าวกิจกรรมปี 2566</a> และกิจกรรม Big Cleaning Day ครั้งแรกเมื่อปี 2565 ได้ที่ <a href="/th/node/99">ลิงก์นี้</a>'
            ),
        ),
        photos=4,
        captions=(
            "จิตอาสาเก็บขยะในคลองแม่ชัย",
            "รถขุดของเทศบาลขุดลอกคลอง",
            "นายกเทศมนตรีร่วมกิจกรรม Big Cleaning Day",
            "ขยะและวัชพืชที่เก็บได้กว่า 12 ตัน",
        ),
    ),
    _News(
        206,
        "2024-06-18",
        "2024-06-18 15:20",
        1,
        "ขอเชิญชวนประชาชนร่วมแสดงความคิดเห็นต่อร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2568",
        "กองยุทธศาสตร์และงบประมาณ",
        96,
        (
            P(
                "เทศบาลนครชัยปราการ ได้จัดทำร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2568 วงเงินรวม 612,450,000 บาท เพื่อเสนอต่อสภาเทศบาลนครชัยปราการพิจารณาในสมัยประชุมสามัญ สมัยที่ 3 ประจำปี 2567"
            ),
            P(
                'เพื่อให้การจัดทำงบประมาณเป็นไปอย่างโปร่งใสและเปิดโอกาสให้ประชาชนมีส่วนร่วม จึงขอเชิญชวนประชาชนร่วมแสดงความคิดเห็นต่อร่างเทศบัญญัติดังกล่าว ได้ตั้งแต่วันที่ 18 มิถุนายน ถึงวันที่ 2 กรกฎาคม 2567 ผ่านแบบฟอร์มหน้า <a href="/th/contact">ติดต่อเรา</a> หรือยื่นเป็นหนังสือที่กองยุทธศาสตร์และงบประมาณ'
            ),
        ),
        files=("ร่างเทศบัญญัติงบประมาณ 2568.pdf",),
    ),
)
DENIED_NID = 187  # an unpublished notice: 403 for anonymous users
DELETED_NID = 99  # linked from node 203's body: 404

# -- basic pages (node type "page") -----------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    nid: int
    alias: str
    title: str
    body: tuple[str, ...]
    title_en: str | None = None  # None: not translated (Thai content under /en)
    body_en: tuple[str, ...] = ()
    image: str | None = None


PAGES: tuple[_Page, ...] = (
    _Page(
        2,
        "/about/history",
        "ประวัติเทศบาลนครชัยปราการ",
        (
            P(
                "เทศบาลนครชัยปราการ เดิมเป็นสุขาภิบาลชัยปราการ จัดตั้งขึ้นเมื่อปี พ.ศ. 2478 ต่อมาได้รับการยกฐานะเป็นเทศบาลเมืองชัยปราการในปี พ.ศ. 2480 และยกฐานะเป็นเทศบาลนครชัยปราการเมื่อวันที่ 24 กุมภาพันธ์ 2553"
            ),
            P(
                "ปัจจุบันเทศบาลมีพื้นที่ 27.45 ตารางกิโลเมตร ครอบคลุมตำบลในเมืองและบางส่วนของตำบลหนองบัวและตำบลดงยาง มีชุมชนจำนวน 28 ชุมชน ประชากรตามทะเบียนราษฎร 84,216 คน"
            ),
            P(
                "ชื่อ “ชัยปราการ” มาจากกำแพงเมืองเก่าริมแม่น้ำชัย ซึ่งปัจจุบันยังคงปรากฏซากป้อมปราการให้เห็นบริเวณสวนสาธารณะหนองน้ำใส และเป็นที่มาของตราสัญลักษณ์เทศบาลรูปป้อมปราการริมน้ำ"
            ),
        ),
        "History of Chai Prakan City Municipality",
        (
            P(
                "Chai Prakan City Municipality began as the Chai Prakan Sanitary District in 1935. It became Chai Prakan Town Municipality in 1937 and was upgraded to a city municipality on 24 February 2010."
            ),
            P(
                "The municipality covers 27.45 square kilometres with 28 communities and a registered population of 84,216."
            ),
        ),
    ),
    _Page(
        3,
        "/about/vision",
        "วิสัยทัศน์และพันธกิจ",
        (
            "<h3>วิสัยทัศน์</h3>",
            P("“ชัยปราการ นครน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข ก้าวทันเทคโนโลยี”"),
            "<h3>พันธกิจ</h3>",
            "<ol><li>พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐาน</li>"
            "<li>ส่งเสริมเศรษฐกิจชุมชนและการท่องเที่ยวเชิงวัฒนธรรม</li>"
            "<li>ยกระดับคุณภาพการศึกษา สาธารณสุข และสวัสดิการสังคม</li>"
            "<li>บริหารจัดการสิ่งแวดล้อมและทรัพยากรธรรมชาติอย่างยั่งยืน</li>"
            "<li>พัฒนาการบริหารจัดการองค์กรตามหลักธรรมาภิบาลและรัฐบาลดิจิทัล</li></ol>",
        ),
        "Vision and Mission",
        (
            "<h3>Vision</h3>",
            P("“Chai Prakan: a liveable city with a stable economy, a happy society and modern technology.”"),
            "<h3>Mission</h3>",
            "<ol><li>Build standard infrastructure and public utilities.</li>"
            "<li>Promote the community economy and cultural tourism.</li>"
            "<li>Raise the quality of education, public health and social welfare.</li></ol>",
        ),
    ),
    _Page(
        4,
        "/about/structure",
        "โครงสร้างส่วนราชการ",
        (
            P(
                "เทศบาลนครชัยปราการ แบ่งส่วนราชการออกเป็น สำนักปลัดเทศบาล กองคลัง กองช่าง กองการศึกษา กองสาธารณสุขและสิ่งแวดล้อม กองสวัสดิการสังคม กองยุทธศาสตร์และงบประมาณ กองการเจ้าหน้าที่ และการประปาเทศบาล"
            ),
        ),
        image="/sites/default/files/2024-02/structure-2567.jpg",
    ),
    _Page(
        5,
        "/policy/website",
        "นโยบายเว็บไซต์",
        (
            P(
                "เว็บไซต์เทศบาลนครชัยปราการจัดทำขึ้นเพื่อเผยแพร่ข้อมูลข่าวสารของทางราชการ ข้อมูลที่ปรากฏในเว็บไซต์นี้เป็นข้อมูลสาธารณะ ผู้ใช้งานสามารถนำไปใช้ได้โดยอ้างอิงแหล่งที่มา"
            ),
            P(
                "เทศบาลขอสงวนสิทธิ์ในการแก้ไขปรับปรุงข้อมูลในเว็บไซต์โดยไม่ต้องแจ้งให้ทราบล่วงหน้า และไม่รับผิดชอบต่อเนื้อหาของเว็บไซต์ภายนอกที่เชื่อมโยงถึง"
            ),
        ),
        "Website Policy",
        (
            P(
                "This website publishes public information of Chai Prakan City Municipality. The information may be reused with attribution."
            ),
        ),
    ),
    _Page(
        6,
        "/policy/privacy",
        "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        (
            P(
                "เทศบาลนครชัยปราการให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 โดยจะเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลเท่าที่จำเป็นตามวัตถุประสงค์ที่แจ้งไว้เท่านั้น"
            ),
            P(
                "เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นต่อการทำงานของเว็บไซต์ และคุกกี้เพื่อการวิเคราะห์การใช้งาน ผู้ใช้งานสามารถปฏิเสธคุกกี้เพื่อการวิเคราะห์ได้ผ่านการตั้งค่าเบราว์เซอร์"
            ),
            P("ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO) ได้ที่ dpo@chaiprakancity.go.th"),
        ),
    ),
)

EXECUTIVES = (
    ("นายสมชาย วงศ์ประเสริฐ", "นายกเทศมนตรีนครชัยปราการ", "mayor.jpg"),
    ("นายวีระพงษ์ ศรีสุข", "รองนายกเทศมนตรี", "deputy-1.jpg"),
    ("นางพรทิพย์ ชัยมงคล", "รองนายกเทศมนตรี", "deputy-2.jpg"),
    ("นายอนุชา ทองคำ", "รองนายกเทศมนตรี", "deputy-3.jpg"),
    ("นางสาวกมลวรรณ แก้วประเสริฐ", "เลขานุการนายกเทศมนตรี", "secretary.jpg"),
    ("นายประยุทธ เรืองศรี", "ปลัดเทศบาลนครชัยปราการ", "clerk.jpg"),
)

SEARCH_KEYS = ("ภาษี", "เบี้ยยังชีพ", "จัดซื้อจัดจ้าง")


# -- helpers -------------------------------------------------------------------------------------------
_PATHAUTO_PUNCT = set("\"'`,.:;|{}[]+=*&%^$#@!~()?<>/\\")


def pathauto(title: str, limit: int = 100) -> str:
    """pathauto's cleanString: lower-case, ASCII punctuation removed, separators -> '-', cut at ``limit``."""
    text = "".join("" if c in _PATHAUTO_PUNCT else c for c in title.lower())
    text = re.sub(r"[\s_-]+", "-", text).strip("-")
    if len(text) > limit:
        cut = text[:limit]
        if text[limit] != "-" and "-" in cut:
            cut = cut[: cut.rfind("-")]
        text = cut.strip("-")
    return text


def enc(path: str) -> str:
    """A path as Drupal writes it in links (rawurlencode per segment: upper-case hex)."""
    return quote(path, safe="/")


def qs(pairs: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> str:
    return "&".join(f"{quote(k, safe='')}={quote(str(v), safe='')}" for k, v in pairs)


def pre(lang: str, path: str) -> str:
    return f"/{lang}" if path == "/" else f"/{lang}{path}"


def itok(path: str) -> str:
    return base64.urlsafe_b64encode(hashlib.md5(path.encode()).digest()).decode()[:8]


def th_short(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def en_long(d: date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def en_short(d: date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}"


def long_date(lang: str, d: date) -> str:
    return th_long(d) if lang == "th" else en_long(d)


def short_date(lang: str, d: date) -> str:
    return th_short(d) if lang == "th" else en_short(d)


def time_tag(lang: str, d: date, long: bool = True) -> str:
    text = long_date(lang, d) if long else short_date(lang, d)
    return f'<time datetime="{d.isoformat()}T12:00:00Z" class="datetime">{text}</time>'


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} ไบต์"
    return f"{round(size / 1024, 2)} KB"


class _Units(HTMLParser):
    """Gold paragraphs of CKEditor HTML: p, headings, list items, table rows (cells joined by a space)."""

    UNIT = ("p", "h2", "h3", "h4", "li", "tr")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self.cur: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in self.UNIT:
            self._flush()
            self.cur = []
        elif tag in ("td", "th", "br") and self.cur is not None:
            self.cur.append(" ")

    def handle_endtag(self, tag):
        if tag in self.UNIT:
            self._flush()

    def handle_data(self, data):
        if self.cur is None:
            self.cur = []
        self.cur.append(data)

    def _flush(self) -> None:
        if self.cur is not None:
            text = " ".join("".join(self.cur).split())
            if text:
                self.units.append(text)
        self.cur = None


def gold_units(blocks: tuple[str, ...]) -> tuple[str, ...]:
    parser = _Units()
    parser.feed("\n".join(blocks))
    parser.close()
    parser._flush()
    return tuple(parser.units)


def drupal_json(data: object) -> str:
    """Drupal's Json::encode: \\uXXXX for non-ASCII, escaped slashes and HTML-special characters."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    for char, repl in (("/", "\\/"), ("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(char, repl)
    return text


# -- UI strings --------------------------------------------------------------------------------------
T = {
    "th": {
        "site": SITE_TH,
        "slogan": "นครน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข",
        "skip": "ข้ามไปยังเนื้อหาหลัก",
        "home": "หน้าหลัก",
        "news": "ข่าวสาร",
        "all_news": "ข่าวทั้งหมด",
        "latest": "ข่าวล่าสุด",
        "more": "อ่านต่อ",
        "see_all": "ดูทั้งหมด",
        "date": "วันที่",
        "views": "จำนวนผู้เข้าชม",
        "times": "ครั้ง",
        "category": "หมวดหมู่",
        "attachments": "เอกสารแนบ",
        "gallery": "ภาพกิจกรรม",
        "reporter": "ผู้รายงานข่าว",
        "prev": "‹ ข่าวก่อนหน้า",
        "next": "ข่าวถัดไป ›",
        "share": "แชร์",
        "breadcrumb": "เส้นทาง",
        "search": "ค้นหา",
        "search_ph": "ค้นหาในเว็บไซต์",
        "first": "« หน้าแรก",
        "prevp": "‹ ก่อนหน้า",
        "nextp": "ถัดไป ›",
        "last": "หน้าสุดท้าย »",
        "paging": "การแบ่งหน้า",
        "any": "- ทั้งหมด -",
        "year": "ปี พ.ศ.",
        "sort": "เรียงลำดับ",
        "found": "พบทั้งหมด {} รายการ",
        "empty": "ไม่พบข่าวตามเงื่อนไขที่เลือก",
        "illegal": "ตรวจพบตัวเลือกที่ไม่ถูกต้อง กรุณาติดต่อผู้ดูแลเว็บไซต์",
        "login": "เข้าสู่ระบบ",
        "font": "ขนาดตัวอักษร",
        "contrast": "การแสดงผล",
        "contrast_normal": "สีปกติ",
        "contrast_high": "ความคมชัดสูง",
        "address": "ที่อยู่",
        "phone": "โทรศัพท์",
        "fax": "โทรสาร",
        "email": "อีเมล",
        "hours": "เวลาทำการ วันจันทร์ – วันศุกร์ 08.30 – 16.30 น. (เว้นวันหยุดราชการ)",
        "visitors": "สถิติผู้เข้าชมเว็บไซต์",
        "today": "วันนี้",
        "yesterday": "เมื่อวาน",
        "month": "เดือนนี้",
        "total": "ทั้งหมด",
        "since": "เริ่มนับ 1 กุมภาพันธ์ 2567",
        "popular": "คำค้นยอดนิยม",
        "policy_web": "นโยบายเว็บไซต์",
        "policy_privacy": "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        "sitemap": "แผนผังเว็บไซต์ (XML)",
        "intranet": "เอกสารภายใน (เฉพาะเจ้าหน้าที่)",
        "links": "ลิงก์หน่วยงาน",
        "copyright": "© 2567 เทศบาลนครชัยปราการ สงวนลิขสิทธิ์ | พัฒนาโดย บริษัท ชัยปราการ ไอที โซลูชั่น จำกัด",
        "sort_labels": {
            ("field_news_date_value", "DESC"): "วันที่ข่าว ใหม่ → เก่า",
            ("field_news_date_value", "ASC"): "วันที่ข่าว เก่า → ใหม่",
            ("created", "DESC"): "วันที่ลงข่าว ใหม่ → เก่า",
            ("created", "ASC"): "วันที่ลงข่าว เก่า → ใหม่",
            ("title", "ASC"): "ชื่อเรื่อง ก → ฮ",
            ("title", "DESC"): "ชื่อเรื่อง ฮ → ก",
        },
        "denied_title": "ปฏิเสธการเข้าถึง",
        "denied": "คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้",
        "nf_title": "ไม่พบหน้า",
        "nf": "ไม่พบหน้าที่ร้องขอ",
        "feed": "สมัครรับข่าวสาร (RSS)",
    },
    "en": {
        "site": SITE_EN,
        "slogan": "A liveable city, a stable economy, a happy society",
        "skip": "Skip to main content",
        "home": "Home",
        "news": "News",
        "all_news": "All news",
        "latest": "Latest news",
        "more": "Read more",
        "see_all": "See all",
        "date": "Date",
        "views": "Page views",
        "times": "",
        "category": "Category",
        "attachments": "Attachments",
        "gallery": "Photo gallery",
        "reporter": "Reported by",
        "prev": "‹ Previous news",
        "next": "Next news ›",
        "share": "Share",
        "breadcrumb": "Breadcrumb",
        "search": "Search",
        "search_ph": "Search this site",
        "first": "« First",
        "prevp": "‹ Previous",
        "nextp": "Next ›",
        "last": "Last »",
        "paging": "Pagination",
        "any": "- Any -",
        "year": "Year (B.E.)",
        "sort": "Sort by",
        "found": "{} results",
        "empty": "No news matches the selected filters.",
        "illegal": "An illegal choice has been detected. Please contact the site administrator.",
        "login": "Log in",
        "font": "Font size",
        "contrast": "Display",
        "contrast_normal": "Normal",
        "contrast_high": "High contrast",
        "address": "Address",
        "phone": "Tel.",
        "fax": "Fax",
        "email": "E-mail",
        "hours": "Office hours: Monday – Friday 08:30 – 16:30 (except public holidays)",
        "visitors": "Visitor statistics",
        "today": "Today",
        "yesterday": "Yesterday",
        "month": "This month",
        "total": "Total",
        "since": "Counting since 1 February 2024",
        "popular": "Popular searches",
        "policy_web": "Website policy",
        "policy_privacy": "Privacy policy",
        "sitemap": "XML sitemap",
        "intranet": "Internal documents (staff only)",
        "links": "Related agencies",
        "copyright": "© 2024 Chai Prakan City Municipality. All rights reserved. | Developed by Chai Prakan IT Solution Co., Ltd.",
        "sort_labels": {
            ("field_news_date_value", "DESC"): "News date, newest first",
            ("field_news_date_value", "ASC"): "News date, oldest first",
            ("created", "DESC"): "Posted, newest first",
            ("created", "ASC"): "Posted, oldest first",
            ("title", "ASC"): "Title A → Z",
            ("title", "DESC"): "Title Z → A",
        },
        "denied_title": "Access denied",
        "denied": "You are not authorized to access this page.",
        "nf_title": "Page not found",
        "nf": "The requested page could not be found.",
        "feed": "Subscribe (RSS)",
    },
}

# main menu: (Thai label, English label, path or None, children)
MENU = (
    ("หน้าหลัก", "Home", "/", ()),
    (
        "เกี่ยวกับเทศบาล",
        "About us",
        None,
        (
            ("ประวัติ", "History", "/about/history"),
            ("วิสัยทัศน์และพันธกิจ", "Vision and mission", "/about/vision"),
            ("โครงสร้างส่วนราชการ", "Structure", "/about/structure"),
            ("คณะผู้บริหาร", "Executives", "/executives"),
        ),
    ),
    (
        "ข่าวสาร",
        "News",
        None,
        (
            ("ข่าวทั้งหมด", "All news", "/news"),
            ("ข่าวประชาสัมพันธ์", "Public relations", "/category/ข่าวประชาสัมพันธ์"),
            ("ข่าวกิจกรรม", "Activities", "/category/ข่าวกิจกรรม"),
            ("ประกาศจัดซื้อจัดจ้าง", "Procurement", "/category/ประกาศจัดซื้อจัดจ้าง"),
        ),
    ),
    ("ปฏิทินกิจกรรม", "Calendar", "/calendar/month/2024-06", ()),
    ("ITA", "ITA", "/ita?year=2567", ()),
    ("ติดต่อเรา", "Contact", "/contact", ()),
)

ITA_ITEMS = {
    2567: (
        ("O1", "โครงสร้าง", "page", "/about/structure"),
        ("O2", "ข้อมูลผู้บริหาร", "page", "/executives"),
        ("O3", "อำนาจหน้าที่", "pdf", None),
        ("O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "pdf", None),
        ("O5", "ข้อมูลการติดต่อ", "page", "/contact"),
        ("O6", "กฎหมายที่เกี่ยวข้อง", "ext", "https://www.krisdika.go.th"),
        ("O7", "ข่าวประชาสัมพันธ์", "page", "/news?field_category_target_id=1"),
        ("O8", "Q&A", "page", "/contact"),
        ("O9", "Social Network", "ext", "https://www.facebook.com/chaiprakancity"),
        ("O10", "นโยบายของผู้บริหาร", "page", "/about/vision"),
        ("O11", "แผนดำเนินงานประจำปี", "pdf", None),
        ("O12", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "pdf", None),
        ("O13", "แผนการจัดซื้อจัดจ้าง", "node", "/node/166"),
        ("O14", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "page", "/news?field_category_target_id=3"),
    ),
    2566: (
        ("O1", "โครงสร้าง", "page", "/about/structure"),
        ("O2", "ข้อมูลผู้บริหาร", "page", "/executives"),
        ("O3", "อำนาจหน้าที่", "pdf", None),
        ("O4", "แผนพัฒนาท้องถิ่น", "pdf", None),
        ("O5", "ข้อมูลการติดต่อ", "page", "/contact"),
        ("O6", "ข่าวประชาสัมพันธ์", "page", "/category/ข่าวประชาสัมพันธ์"),
        ("O7", "แผนดำเนินงานประจำปี", "pdf", None),
        ("O8", "รายงานผลการดำเนินงานประจำปี", "pdf", None),
        ("O9", "แผนการจัดซื้อจัดจ้าง", "pdf", None),
    ),
}


# -- the site ------------------------------------------------------------------------------------------
class _Drupal:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.by_nid = {n.nid: n for n in NEWS}
        self.by_cat = {c: [n for n in NEWS if n.cat == c] for c in TERMS}
        self.newest = sorted(NEWS, key=lambda n: (n.d, n.nid), reverse=True)
        self.latest_by_created = sorted(NEWS, key=lambda n: n.created_dt, reverse=True)
        self.photos: dict[int, list[tuple[str, str]]] = {}  # nid -> [(original path, thumb path with itok)]
        self.attachments: dict[int, list[tuple[str, str, int]]] = {}  # nid -> [(path, name, size)]
        self.css = {lang: CSS.format(lang=lang) for lang in T}
        self.js = {lang: JS.format(lang=lang) for lang in T}

    # -- responses --------------------------------------------------------------------------------
    def headers(self, lang: str, cache: str = "HIT", links: tuple[str, ...] = ()) -> tuple[tuple[str, str], ...]:
        out = [
            ("Content-Type", "text/html; charset=UTF-8"),
            ("Cache-Control", "max-age=1800, public"),
            ("Content-Language", lang),
            ("Expires", "Sun, 19 Nov 1978 05:00:00 GMT"),
            ("Vary", "Cookie"),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "SAMEORIGIN"),
            ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
            ("X-Drupal-Cache", cache),
            ("X-Drupal-Dynamic-Cache", "MISS" if cache == "MISS" else "HIT"),
        ]
        if links:
            out.append(("Link", ", ".join(links)))
        return tuple(out)

    def html(
        self, lang: str, text: str, status: int = 200, cache: str = "HIT", links: tuple[str, ...] = ()
    ) -> Response:
        return Response(status, self.headers(lang, cache, links), text.encode("utf-8"))

    # -- chrome ------------------------------------------------------------------------------------
    def topbar(self, lang: str, switch: dict[str, str]) -> str:
        t = T[lang]
        today = (
            f"วัน{WEEKDAYS[TODAY.weekday()]}ที่ {th_long(TODAY)}"
            if lang == "th"
            else f"{TODAY.strftime('%A')}, {en_long(TODAY)}"
        )
        langs = []
        for code, label in (("th", "ไทย"), ("en", "English")):
            active = ' is-active" aria-current="page' if code == lang else ""
            langs.append(
                f'<li hreflang="{code}" class="{code}{active}"><a href="{attr(switch[code])}" class="language-link{active}" hreflang="{code}">{label}</a></li>'
            )
        return f"""<div class="topbar bg-primary text-white small">
  <div class="container d-flex flex-wrap align-items-center justify-content-between">
    <div class="topbar-date"><i class="fa-regular fa-calendar"></i> {today}</div>
    <div class="topbar-tools d-flex align-items-center gap-3">
      <div class="font-resize" role="group" aria-label="{t["font"]}"><span class="visually-hidden">{t["font"]}</span><button type="button" class="btn btn-sm btn-light" data-font="decrease">ก-</button><button type="button" class="btn btn-sm btn-light" data-font="reset">ก</button><button type="button" class="btn btn-sm btn-light" data-font="increase">ก+</button></div>
      <div class="contrast-switch" role="group" aria-label="{t["contrast"]}"><button type="button" class="btn btn-sm btn-contrast-normal" title="{t["contrast_normal"]}">C</button><button type="button" class="btn btn-sm btn-contrast-high" title="{t["contrast_high"]}">C</button></div>
      <div id="block-{THEME}-languageswitcher" class="language-switcher-language-url block block-language block-language-blocklanguage-interface" role="navigation">
        <ul class="links nav">{"".join(langs)}</ul>
      </div>
    </div>
  </div>
</div>"""

    def navbar(self, lang: str) -> str:
        t = T[lang]
        items = []
        for label_th, label_en, path, children in MENU:
            label = label_th if lang == "th" else label_en
            if children:
                sub = "".join(
                    f'<li><a href="{attr(enc(pre(lang, p)))}" class="dropdown-item">{c_th if lang == "th" else c_en}</a></li>'
                    for c_th, c_en, p in children
                )
                items.append(
                    f'<li class="nav-item menu-item--expanded dropdown"><span class="nav-link dropdown-toggle" data-bs-toggle="dropdown" aria-expanded="false">{label}</span><ul class="dropdown-menu">{sub}</ul></li>'
                )
            else:
                base, _, query = path.partition("?")
                href = enc(pre(lang, base)) + (f"?{query}" if query else "")
                items.append(f'<li class="nav-item"><a href="{attr(href)}" class="nav-link">{label}</a></li>')
        return f"""<nav class="navbar navbar-dark bg-secondary navbar-expand-lg" id="navbar-main">
  <div class="container">
    <a href="/{lang}" title="{t["home"]}" rel="home" class="navbar-brand"><img src="{THEME_PATH}/logo.svg" alt="{t["home"]}" class="img-fluid d-inline-block align-top" /> {t["site"]}</a>
    <button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#CollapsingNavbar" aria-controls="CollapsingNavbar" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar">
      <nav role="navigation" aria-labelledby="block-{THEME}-main-menu-menu" id="block-{THEME}-main-menu" class="block block-menu navigation menu--main">
        <h2 class="visually-hidden" id="block-{THEME}-main-menu-menu">Main navigation</h2>
        <ul class="clearfix nav navbar-nav">{"".join(items)}</ul>
      </nav>
      <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-{THEME}-search-form" role="search">
        <form action="/{lang}/search" method="get" id="search-block-form" accept-charset="UTF-8" class="d-flex">
          <input title="{t["search_ph"]}" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control" placeholder="{t["search_ph"]}" />
          <button data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="{t["search"]}" class="button js-form-submit form-submit btn btn-primary">{t["search"]}</button>
        </form>
      </div>
    </div>
  </div>
</nav>"""

    def latest_block(self, lang: str) -> str:
        t = T[lang]
        rows = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{attr(enc(pre(lang, n.alias)))}" hreflang="th">{esc(n.title)}</a></span></div>'
            f'<div class="views-field views-field-field-news-date"><div class="field-content small text-muted">{time_tag(lang, n.d, long=False)}</div></div></div>'
            for n in self.newest[:5]
        )
        return f"""<div class="views-element-container block block-views block-views-blocknews-latest-block-1" id="block-views-block-news-latest-block-1">
  <h2 class="block-title">{t["latest"]}</h2>
  <div class="content"><div><div class="view view-news-latest view-id-news_latest view-display-id-block_1 js-view-dom-id-4b1f0d3c6a">
    <div class="view-content">{rows}</div>
    <div class="more-link"><a href="/{lang}/news">{t["see_all"]}</a></div>
  </div></div></div>
</div>"""

    def sidebar(self, lang: str) -> str:
        return f"""<div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second">
  <aside class="section" role="complementary">
    {self.latest_block(lang)}
    <div id="block-{THEME}-ita-banner" class="block block-block-content block-block-content7a1c9e2d">
      <div class="content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><a href="/{lang}/ita?year=2567"><img src="/sites/default/files/inline-images/ita-2567.gif" alt="ITA 2567" width="300" height="120" /></a></p></div></div>
    </div>
  </aside>
</div>"""

    def footer(self, lang: str) -> str:
        t = T[lang]
        keys = "".join(f'<li><a href="/{lang}/search?keys={quote(k, safe="")}">{k}</a></li>' for k in SEARCH_KEYS)
        address = ADDRESS_TH if lang == "th" else ADDRESS_EN
        return f"""<footer class="site-footer bg-dark text-light">
  <div class="container">
    <div class="site-footer__top row">
      <section class="col-md-4 region region-footer-first">
        <div id="block-{THEME}-contactinfo" class="block block-block-content block-block-content3f6b2a90">
          <h2 class="block-title">{t["site"]}</h2>
          <div class="content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
            <p>{t["address"]}: {address}</p>
            <p>{t["phone"]}: <a href="tel:055712345">{PHONE}</a> {t["fax"]}: {FAX}</p>
            <p>{t["email"]}: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
            <p>{t["hours"]}</p>
          </div></div>
        </div>
      </section>
      <section class="col-md-3 region region-footer-second">
        <nav role="navigation" aria-labelledby="block-{THEME}-footer-menu" id="block-{THEME}-footer" class="block block-menu navigation menu--footer">
          <h2 id="block-{THEME}-footer-menu" class="block-title">{t["links"]}</h2>
          <ul class="nav flex-column">
            <li class="nav-item"><a href="/{lang}/policy/website" class="nav-link">{t["policy_web"]}</a></li>
            <li class="nav-item"><a href="/{lang}/policy/privacy" class="nav-link">{t["policy_privacy"]}</a></li>
            <li class="nav-item"><a href="/sitemap.xml" class="nav-link">{t["sitemap"]}</a></li>
            <li class="nav-item"><a href="/{lang}/node/{DENIED_NID}" class="nav-link">{t["intranet"]}</a></li>
            <li class="nav-item"><a href="/{lang}/user/login" class="nav-link" data-drupal-link-system-path="user/login">{t["login"]}</a></li>
            <li class="nav-item"><a href="https://www.dla.go.th" class="nav-link" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
            <li class="nav-item"><a href="https://www.info.go.th" class="nav-link" target="_blank">ศูนย์ข้อมูลข่าวสารของราชการ</a></li>
          </ul>
        </nav>
      </section>
      <section class="col-md-2 region region-footer-third">
        <div class="block block-popular-search"><h2 class="block-title">{t["popular"]}</h2><ul class="list-unstyled">{keys}</ul>
        <p class="social"><a href="https://www.facebook.com/chaiprakancity" target="_blank" rel="noopener" aria-label="Facebook"><i class="fa-brands fa-facebook"></i></a> <a href="https://line.me/R/ti/p/@chaiprakancity" target="_blank" rel="noopener" aria-label="LINE"><i class="fa-brands fa-line"></i></a> <a href="https://www.youtube.com/@chaiprakancity" target="_blank" rel="noopener" aria-label="YouTube"><i class="fa-brands fa-youtube"></i></a></p></div>
      </section>
      <section class="col-md-3 region region-footer-fourth">
        <div id="block-{THEME}-visitorcounter" class="block block-visitors block-visitors-block">
          <h2 class="block-title">{t["visitors"]}</h2>
          <ul class="list-unstyled visitor-counter">
            <li>{t["today"]} <span class="badge bg-info">482</span></li>
            <li>{t["yesterday"]} <span class="badge bg-info">1,036</span></li>
            <li>{t["month"]} <span class="badge bg-info">21,877</span></li>
            <li>{t["total"]} <span class="badge bg-info">1,284,553</span></li>
          </ul>
          <p class="small">{t["since"]}</p>
        </div>
      </section>
    </div>
    <div class="site-footer__bottom small text-center border-top pt-2">{t["copyright"]}</div>
  </div>
</footer>"""

    def breadcrumb(self, lang: str, trail: list[tuple[str, str]]) -> str:
        if not trail:
            return ""
        t = T[lang]
        items = "".join(f'<li class="breadcrumb-item"><a href="{attr(h)}">{esc(label)}</a></li>' for label, h in trail)
        return f"""<div id="block-{THEME}-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">{t["breadcrumb"]}</h2>
    <ol class="breadcrumb">{items}</ol>
  </nav>
</div>"""

    def settings(self, lang: str, current: str, is_front: bool, query: dict[str, str], nid: int | None) -> str:
        data: dict[str, object] = {
            "path": {
                "baseUrl": "/",
                "pathPrefix": f"{lang}/",
                "currentPath": current,
                "currentPathIsAdmin": False,
                "isFront": is_front,
                "currentLanguage": lang,
            },
            "pluralDelimiter": "\u0003",
            "suppressDeprecationErrors": True,
            "ajaxPageState": {
                "libraries": "eJx1jEEOwjAMBD_kxE-qnMQKUZ04chJafk-pBQcuq9Gsdkk0dcIWgRJVAiq",
                "theme": THEME,
                "theme_token": None,
            },
            "ajaxTrustedUrl": {f"/{lang}/search": True},
            "eu_cookie_compliance": {
                "cookie_policy_version": "1.0.0",
                "popup_enabled": True,
                "popup_agreed_enabled": False,
                "popup_hide_agreed": False,
                "popup_clicking_confirmation": False,
                "popup_scrolling_confirmation": False,
                "popup_html_info": '<div role="alertdialog" aria-labelledby="popup-text" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>'
                + (
                    "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
                    if lang == "th"
                    else "We use cookies on this site to enhance your user experience."
                )
                + f'</p><a href="/{lang}/policy/privacy">'
                + ("นโยบายคุ้มครองข้อมูลส่วนบุคคล" if lang == "th" else "Privacy policy")
                + '</a></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">'
                + ("ยอมรับ" if lang == "th" else "Accept")
                + "</button></div></div></div>",
                "popup_link": f"/{lang}/policy/privacy",
                "popup_position": False,
                "method": "default",
            },
            "user": {"uid": 0, "permissionsHash": "6c1f2b0a5e9d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b"},
        }
        if query:
            data["path"]["currentQuery"] = query  # type: ignore[index]
        if nid is not None:
            data["statistics"] = {"data": {"nid": str(nid)}, "url": "/core/modules/statistics/statistics.php"}
        return drupal_json(data)

    def page(
        self,
        lang: str,
        *,
        title: str,
        content: str,
        current: str,
        switch: dict[str, str],
        body_class: str,
        head_title: str | None = None,
        h1: bool = True,
        trail: list[tuple[str, str]] | None = None,
        head: str = "",
        is_front: bool = False,
        query: dict[str, str] | None = None,
        nid: int | None = None,
    ) -> str:
        t = T[lang]
        head_title = head_title or f"{title} | {t['site']}"
        title_block = (
            f"""<div id="block-{THEME}-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title">{esc(title)}</h1>
</div>"""
            if h1
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
{head}    <meta property="og:site_name" content="{attr(t["site"])}" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
    <meta http-equiv="x-ua-compatible" content="ie=edge" />
    <link rel="icon" href="{THEME_PATH}/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{esc(head_title)}</title>
    <link rel="stylesheet" media="all" href="{attr(self.css[lang])}" />
    <link rel="preconnect" href="https://fonts.googleapis.com" />
    <link rel="stylesheet" media="all" href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&amp;display=swap" />
  </head>
  <body class="{body_class}">
    <a href="#main-content" class="visually-hidden-focusable skip-link">
      {t["skip"]}
    </a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper">
  <div id="page">
    <header id="header" class="header" role="banner" aria-label="Site header">
{self.topbar(lang, switch)}
      <div class="site-branding container py-3 d-none d-lg-flex align-items-center">
        <a href="/{lang}" rel="home"><img src="{THEME_PATH}/images/seal.jpg" alt="{attr(t["site"])}" width="96" height="96" /></a>
        <div class="ms-3"><div class="site-name h3 mb-0">{t["site"]}</div><div class="site-slogan">{t["slogan"]}</div></div>
      </div>
{self.navbar(lang)}
    </header>
    <div id="main-wrapper" class="layout-main-wrapper clearfix">
      <div id="main" class="container">
        {self.breadcrumb(lang, trail or [])}
        <div class="row row-offcanvas row-offcanvas-left clearfix">
          <main class="main-content col" id="content" role="main">
            <section class="section">
              <a id="main-content" tabindex="-1"></a>
              <div data-drupal-messages-fallback class="hidden"></div>
              {title_block}
              <div id="block-{THEME}-content" class="block block-system block-system-main-block">
  <div class="content">
{content}
  </div>
</div>
            </section>
          </main>
{self.sidebar(lang)}
        </div>
      </div>
    </div>
{self.footer(lang)}
  </div>
</div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{self.settings(lang, current, is_front, query or {}, nid)}</script>
    <script src="{attr(self.js[lang])}"></script>
  </body>
</html>
"""

    # -- media ------------------------------------------------------------------------------------
    def media(self) -> None:
        site = self.site
        for n in NEWS:
            ym = n.files_dir
            mod = n.created_dt
            shots = []
            for k in range(n.photos):
                if n.thai_photo_names:
                    name = f"ภาพกิจกรรม สงกรานต์ {k + 1}.jpg"
                else:
                    name = f"IMG_{n.created_dt:%Y%m%d}_{(n.created_dt.hour * 100 + n.created_dt.minute) * 100 + k * 7:06d}.jpg"
                orig = f"/sites/default/files/{ym}/{name}"
                add_jpeg(site, enc(orig), 1280, 853, mod)
                thumb = f"/sites/default/files/styles/gallery_thumb/public/{ym}/{name}"
                tok = itok(thumb)
                add_jpeg(site, f"{enc(thumb)}?itok={tok}", 400, 267, mod)
                shots.append((enc(orig), f"{enc(thumb)}?itok={tok}"))
            self.photos[n.nid] = shots
            files = []
            for i, name in enumerate(n.files):
                path = enc(f"/sites/default/files/news/{ym}/{name}")
                body = pdf(
                    f"Chai Prakan City Municipality - document {n.nid}-{i + 1}",
                    [f"Node {n.nid}, attachment {i + 1}", f"Date {n.day}"],
                )
                site.add(path, static_file(body, "application/pdf", mod))
                files.append((path, name, len(body)))
            self.attachments[n.nid] = files
        for k in range(3):
            add_jpeg(site, f"/sites/default/files/banner/slide-{k + 1}.jpg", 1600, 500, LAUNCH)
        add_jpeg(site, "/sites/default/files/2024-02/structure-2567.jpg", 1200, 800, LAUNCH)
        for _, _, photo in EXECUTIVES:
            add_jpeg(site, f"/sites/default/files/executives/{photo}", 300, 400, LAUNCH)
        add_gif(site, "/sites/default/files/inline-images/ita-2567.gif", LAUNCH)
        add_text(
            site,
            THEME_PATH + "/logo.svg",
            '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"/>',
            "image/svg+xml",
        )
        add_jpeg(site, THEME_PATH + "/images/seal.jpg", 96, 96, LAUNCH)
        for lang in T:
            add_text(site, self.css[lang], "body{font-family:Sarabun,sans-serif}", "text/css")
            add_text(site, self.js[lang], "(function(){})();", "application/javascript")
        for year, items in ITA_ITEMS.items():
            for code, _label, kind, _ in items:
                if kind == "pdf":
                    path = f"/sites/default/files/ita/{year}/{code}.pdf"
                    body = pdf(f"ITA {year} {code}", [f"Chai Prakan City Municipality, item {code}"])
                    site.add(path, static_file(body, "application/pdf", LAUNCH))

    # -- news nodes -------------------------------------------------------------------------------
    def neighbours(self, n: _News) -> tuple[_News | None, _News | None]:
        same = sorted(self.by_cat[n.cat], key=lambda x: (x.d, x.nid))
        i = same.index(n)
        return (same[i - 1] if i > 0 else None, same[i + 1] if i + 1 < len(same) else None)

    def term_link(self, lang: str, cat: int) -> str:
        name_th, name_en, _ = TERMS[cat]
        return f'<a href="{attr(enc(pre(lang, "/category/" + name_th)))}" hreflang="{lang}">{name_th if lang == "th" else name_en}</a>'

    def news_content(self, lang: str, n: _News) -> str:
        t = T[lang]
        parts = [
            f'<article data-history-node-id="{n.nid}" class="node node--type-news node--promoted node--view-mode-full clearfix">',
            '  <div class="node__content clearfix">',
            '    <div class="news-meta d-flex flex-wrap gap-3 text-muted mb-3">',
            f'      <div class="field field--name-field-news-date field--type-datetime field--label-inline clearfix"><div class="field__label">{t["date"]}</div><div class="field__item">{time_tag(lang, n.d)}</div></div>',
            f'      <div class="node-statistics"><i class="fa-regular fa-eye"></i> {t["views"]} {n.views:,}{" " + t["times"] if t["times"] else ""}</div>',
            "    </div>",
            f'    <div class="field field--name-field-category field--type-entity-reference field--label-inline clearfix"><div class="field__label">{t["category"]}</div><div class="field__item">{self.term_link(lang, n.cat)}</div></div>',
            '    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
            + "".join(n.body)
            + "</div>",
        ]
        shots = self.photos[n.nid]
        if shots:
            items = []
            for k, (orig, thumb) in enumerate(shots):
                cap = n.captions[k] if n.captions else ""
                alt = cap or n.title
                figcap = f"<figcaption>{esc(cap)}</figcaption>" if cap else ""
                items.append(
                    f'<div class="field__item col-6 col-md-4"><figure class="figure"><a href="{attr(orig)}" title="{attr(cap)}" data-colorbox-gallery="gallery-node-{n.nid}-field_gallery" class="colorbox" aria-label="{{&quot;alt&quot;:&quot;{attr(alt)}&quot;}}" role="button"><img loading="lazy" src="{attr(thumb)}" width="400" height="267" alt="{attr(alt)}" class="image-style-gallery-thumb img-fluid" /></a>{figcap}</figure></div>'
                )
            parts.append(
                f'    <div class="field field--name-field-gallery field--type-image field--label-above"><div class="field__label">{t["gallery"]}</div><div class="field__items row g-2">{"".join(items)}</div></div>'
            )
        files = self.attachments[n.nid]
        if files:
            items = "".join(
                f'<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"> <a href="{attr(path)}" type="application/pdf">{esc(name)}</a></span>\n  <span class="file-size">({file_size(size)})</span></div>'
                for path, name, size in files
            )
            parts.append(
                f'    <div class="field field--name-field-attachments field--type-file field--label-above"><div class="field__label">{t["attachments"]}</div><div class="field__items">{items}</div></div>'
            )
        if n.reporter:
            parts.append(
                f'    <div class="field field--name-field-reporter field--type-string field--label-inline clearfix"><div class="field__label">{t["reporter"]}</div><div class="field__item">{esc(n.reporter)}</div></div>'
            )
        share_url = quote(self.site.url(enc(pre(lang, n.alias))), safe="")
        parts.append(
            f'    <div class="share-buttons"><span>{t["share"]}:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={share_url}" target="_blank" rel="noopener">LINE</a> <a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" rel="noopener">X</a></div>'
        )
        parts.append("  </div>")
        parts.append("</article>")
        prev, nxt = self.neighbours(n)
        nav = []
        if prev:
            nav.append(
                f'<div class="col-md-6 node-prev"><span class="label d-block small">{t["prev"]}</span><a href="{attr(enc(pre(lang, prev.alias)))}" rel="prev">{esc(prev.title)}</a></div>'
            )
        else:
            nav.append('<div class="col-md-6 node-prev"></div>')
        if nxt:
            nav.append(
                f'<div class="col-md-6 node-next text-end"><span class="label d-block small">{t["next"]}</span><a href="{attr(enc(pre(lang, nxt.alias)))}" rel="next">{esc(nxt.title)}</a></div>'
            )
        parts.append(
            f'<nav class="node-prev-next row border-top pt-3 mt-4" aria-label="prev next">{"".join(nav)}</nav>'
        )
        return "\n".join(parts)

    def register_news(self) -> None:
        site = self.site
        for n in NEWS:
            for lang in T:
                alias = enc(pre(lang, n.alias))
                canonical = site.url(alias)
                shortlink = site.url(f"/{lang}/node/{n.nid}")
                shots = self.photos[n.nid]
                og_image = (
                    f'    <meta property="og:image" content="{attr(site.url(shots[0][0]))}" />\n' if shots else ""
                )
                head = (
                    f'    <link rel="canonical" href="{attr(canonical)}" />\n'
                    f'    <link rel="shortlink" href="{attr(shortlink)}" />\n'
                    f'    <link rel="alternate" hreflang="th" href="{attr(site.url(enc(pre("th", n.alias))))}" />\n'
                    f'    <meta property="og:type" content="article" />\n'
                    f'    <meta property="og:url" content="{attr(canonical)}" />\n'
                    f'    <meta property="og:title" content="{attr(n.title)}" />\n' + og_image
                )
                switch = {code: enc(pre(code, n.alias)) for code in T}
                text = self.page(
                    lang,
                    title=n.title,
                    content=self.news_content(lang, n),
                    current=f"node/{n.nid}",
                    switch=switch,
                    body_class=f"layout-one-sidebar layout-sidebar-second page-node-{n.nid} path-node node--type-news",
                    trail=[(T[lang]["home"], f"/{lang}"), (T[lang]["news"], f"/{lang}/news")],
                    head=head,
                    nid=n.nid,
                )
                resp = self.html(
                    lang, text, links=(f'<{canonical}>; rel="canonical"', f'<{shortlink}>; rel="shortlink"')
                )
                site.add(alias, resp)
                site.add(f"/{lang}/node/{n.nid}", resp)
            site.articles.append(
                FixtureArticle(
                    url=site.url(enc(pre("th", n.alias))),
                    aliases=(
                        site.url(f"/th/node/{n.nid}"),
                        site.url(enc(pre("en", n.alias))),
                        site.url(f"/en/node/{n.nid}"),
                    ),
                    title=n.title,
                    paragraphs=n.paragraphs,
                    published=n.day,
                    author=n.reporter,
                    captions=tuple(c for c in n.captions if c),
                )
            )

    # -- basic pages ------------------------------------------------------------------------------
    def register_pages(self) -> None:
        site = self.site
        for pg in PAGES:
            for lang in T:
                translated = lang == "en" and pg.title_en is not None
                title = pg.title_en if translated else pg.title
                body = pg.body_en if translated else pg.body
                canonical = site.url(enc(pre(lang, pg.alias)))
                shortlink = site.url(f"/{lang}/node/{pg.nid}")
                alts = f'    <link rel="alternate" hreflang="th" href="{attr(site.url(enc(pre("th", pg.alias))))}" />\n'
                if pg.title_en is not None:
                    alts += f'    <link rel="alternate" hreflang="en" href="{attr(site.url(enc(pre("en", pg.alias))))}" />\n'
                head = (
                    f'    <link rel="canonical" href="{attr(canonical)}" />\n'
                    f'    <link rel="shortlink" href="{attr(shortlink)}" />\n' + alts
                )
                image = (
                    f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="{pg.image}" width="1200" height="800" alt="{attr(title)}" class="img-fluid" /></div>'
                    if pg.image
                    else ""
                )
                content = (
                    f'<article data-history-node-id="{pg.nid}" class="node node--type-page node--view-mode-full clearfix">\n'
                    f'  <div class="node__content clearfix">\n'
                    f'    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{"".join(body)}</div>\n'
                    f"    {image}\n  </div>\n</article>"
                )
                text = self.page(
                    lang,
                    title=title,
                    content=content,
                    current=f"node/{pg.nid}",
                    switch={code: enc(pre(code, pg.alias)) for code in T},
                    body_class=f"layout-one-sidebar layout-sidebar-second page-node-{pg.nid} path-node node--type-page",
                    trail=[(T[lang]["home"], f"/{lang}")],
                    head=head,
                    nid=pg.nid,
                )
                resp = self.html(
                    lang, text, links=(f'<{canonical}>; rel="canonical"', f'<{shortlink}>; rel="shortlink"')
                )
                site.add(enc(pre(lang, pg.alias)), resp)
                site.add(f"/{lang}/node/{pg.nid}", resp)

    # -- listings ---------------------------------------------------------------------------------
    def teaser_rows(self, lang: str, items: list[_News]) -> str:
        t = T[lang]
        rows = []
        for n in items:
            href = attr(enc(pre(lang, n.alias)))
            summary = n.paragraphs[0]
            if len(summary) > 160:
                summary = summary[:160].rstrip() + "…"
            shots = self.photos[n.nid]
            thumb = (
                f'<div class="views-field views-field-field-gallery"><div class="field-content"><a href="{href}" hreflang="th"><img loading="lazy" src="{attr(shots[0][1])}" width="400" height="267" alt="{attr(n.title)}" class="image-style-gallery-thumb img-fluid" /></a></div></div>'
                if shots
                else ""
            )
            rows.append(
                f"""<div class="views-row col-md-6 mb-4"><div class="card news-card h-100">
  {thumb}
  <div class="card-body">
    <div class="views-field views-field-title"><h3 class="field-content h5"><a href="{href}" hreflang="th">{esc(n.title)}</a></h3></div>
    <div class="views-field views-field-field-news-date"><div class="field-content small text-muted">{time_tag(lang, n.d, long=False)}</div></div>
    <div class="views-field views-field-field-category"><div class="field-content badge bg-light">{self.term_link(lang, n.cat)}</div></div>
    <div class="views-field views-field-body"><div class="field-content">{esc(summary)}</div></div>
    <div class="views-field views-field-view-node"><span class="field-content"><a href="/{lang}/node/{n.nid}" hreflang="th" class="btn btn-sm btn-outline-primary">{t["more"]}</a></span></div>
  </div>
</div></div>"""
            )
        return "\n".join(rows)

    def pager(self, lang: str, base_pairs: list[tuple[str, str]], page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        t = T[lang]

        def href(p: int) -> str:
            return "?" + qs(base_pairs + [("page", str(p))])

        items = []
        if page > 0:
            items.append(
                f'<li class="page-item pager__item--first"><a href="{attr(href(0))}" title="Go to first page" class="page-link"><span aria-hidden="true">{t["first"]}</span></a></li>'
            )
            items.append(
                f'<li class="page-item pager__item--previous"><a href="{attr(href(page - 1))}" title="Go to previous page" rel="prev" class="page-link"><span aria-hidden="true">{t["prevp"]}</span></a></li>'
            )
        for p in range(pages):
            if p == page:
                items.append(f'<li class="page-item active"><span class="page-link">{p + 1}</span></li>')
            else:
                items.append(
                    f'<li class="page-item"><a href="{attr(href(p))}" title="Go to page {p + 1}" class="page-link">{p + 1}</a></li>'
                )
        if page < pages - 1:
            items.append(
                f'<li class="page-item pager__item--next"><a href="{attr(href(page + 1))}" title="Go to next page" rel="next" class="page-link"><span aria-hidden="true">{t["nextp"]}</span></a></li>'
            )
            items.append(
                f'<li class="page-item pager__item--last"><a href="{attr(href(pages - 1))}" title="Go to last page" class="page-link"><span aria-hidden="true">{t["last"]}</span></a></li>'
            )
        return f"""<nav aria-label="{t["paging"]}" class="pager" role="navigation"><h4 class="visually-hidden">{t["paging"]}</h4>
  <ul class="pagination js-pager__items">{"".join(items)}</ul>
</nav>"""

    @staticmethod
    def state_pairs(state: dict[str, str]) -> list[tuple[str, str]]:
        order = ("field_category_target_id", "year", "sort_by", "sort_order")
        return [(k, state[k]) for k in order if k in state]

    def listing(self, lang: str, query: str) -> Response:
        t = T[lang]
        params = dict(parse_qsl(query, keep_blank_values=True))
        state: dict[str, str] = {}
        errors = False
        cat = params.get("field_category_target_id")
        if cat is not None:
            if cat == "All" or (cat.isdigit() and int(cat) in TERMS):
                state["field_category_target_id"] = cat
            else:
                errors = True
        year = params.get("year")
        if year is not None:
            if year == "All" or (year.isdigit() and int(year) in YEARS):
                state["year"] = year
            else:
                errors = True
        sort_by = params.get("sort_by")
        if sort_by is not None:
            if sort_by in {s for s, _ in SORTS}:
                state["sort_by"] = sort_by
                order = params.get("sort_order", "DESC")
                state["sort_order"] = order if order in ("ASC", "DESC") else "DESC"
            else:
                errors = True
        elif params.get("sort_order") in ("ASC", "DESC"):
            state["sort_order"] = params["sort_order"]
        page_s = params.get("page", "0")
        page = int(page_s) if page_s.isdigit() else 0

        items = list(NEWS)
        if errors:
            pass  # Drupal shows the form error and the unfiltered view
        else:
            if state.get("field_category_target_id", "All") != "All":
                items = [n for n in items if n.cat == int(state["field_category_target_id"])]
            if state.get("year", "All") != "All":
                items = [n for n in items if n.d.year + 543 == int(state["year"])]
        by = state.get("sort_by", "field_news_date_value")
        desc = state.get("sort_order", "DESC") == "DESC"
        if by == "created":
            items.sort(key=lambda n: n.created_dt, reverse=desc)
        elif by == "title":
            items.sort(key=lambda n: n.title, reverse=desc)
        else:
            items.sort(key=lambda n: (n.d, n.nid), reverse=desc)
        pages = max(1, -(-len(items) // PER_PAGE))
        page = min(page, pages - 1)
        shown = items[page * PER_PAGE : (page + 1) * PER_PAGE]

        def link(update: dict[str, str]) -> str:
            new = dict(state)
            new.update(update)
            pairs = self.state_pairs(new)
            return f"/{lang}/news" + ("?" + qs(pairs) if pairs else "")

        def bef(name: str, options: list[tuple[str, str]], current: str | None) -> str:
            lis = []
            for value, label in options:
                sel = " bef-link--selected" if value == current else ""
                lis.append(
                    f'<li><a href="{attr(link({name: value}))}" class="bef-link{sel}" name="{name}[{value}]">{esc(label)}</a></li>'
                )
            return f'<div class="bef-links" id="edit-{name.replace("_", "-")}--2"><ul>{"".join(lis)}</ul></div>'

        cat_opts = [("All", t["any"])] + [(str(c), v[0] if lang == "th" else v[1]) for c, v in TERMS.items()]
        year_opts = [("All", t["any"])] + [(str(y), str(y)) for y in YEARS]
        sort_links = []
        for s_by, s_order in SORTS:
            sel = " bef-link--selected" if (state.get("sort_by"), state.get("sort_order")) == (s_by, s_order) else ""
            sort_links.append(
                f'<li><a href="{attr(link({"sort_by": s_by, "sort_order": s_order}))}" class="bef-link{sel}">{t["sort_labels"][(s_by, s_order)]}</a></li>'
            )
        form = f"""<form class="views-exposed-form bef-exposed-form mb-4" data-drupal-selector="views-exposed-form-news-page-1" action="/{lang}/news" method="get" id="views-exposed-form-news-page-1" accept-charset="UTF-8">
  <div class="row">
    <div class="js-form-item form-item js-form-type-select form-type-select form-item-field-category-target-id col-md-4"><label for="edit-field-category-target-id">{t["category"]}</label>{bef("field_category_target_id", cat_opts, state.get("field_category_target_id"))}</div>
    <div class="js-form-item form-item js-form-type-select form-type-select form-item-year col-md-4"><label for="edit-year">{t["year"]}</label>{bef("year", year_opts, state.get("year"))}</div>
    <div class="js-form-item form-item form-item-sort-bef-combine col-md-4"><label>{t["sort"]}</label><div class="bef-links"><ul>{"".join(sort_links)}</ul></div></div>
  </div>
</form>"""
        message = f'<div class="alert alert-danger" role="alert">{t["illegal"]}</div>' if errors else ""
        body = (
            f'<div class="row">{self.teaser_rows(lang, shown)}</div>'
            if shown
            else f'<div class="view-empty"><p>{t["empty"]}</p></div>'
        )
        pairs = self.state_pairs(state)
        content = f"""{message}<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-9e1d3b7c52">
  <div class="view-filters">{form}</div>
  <div class="view-header"><p>{t["found"].format(len(items))}</p></div>
  <div class="view-content">{body}</div>
  {self.pager(lang, pairs, page, pages)}
</div></div>"""
        query_pairs = pairs + ([("page", str(page))] if "page" in params else [])
        switch = {code: f"/{code}/news" + ("?" + qs(query_pairs) if query_pairs else "") for code in T}
        text = self.page(
            lang,
            title=t["news"],
            content=content,
            current="news",
            switch=switch,
            body_class="layout-one-sidebar layout-sidebar-second path-news",
            trail=[(t["home"], f"/{lang}")],
            query=dict(query_pairs),
        )
        return self.html(lang, text, cache="MISS")

    def register_terms(self) -> None:
        site = self.site
        for tid, (name_th, name_en, desc) in TERMS.items():
            items = sorted(self.by_cat[tid], key=lambda n: (n.d, n.nid), reverse=True)
            for lang in T:
                t = T[lang]
                name = name_th if lang == "th" else name_en
                alias = enc(pre(lang, "/category/" + name_th))
                canonical = site.url(alias)
                shortlink = site.url(f"/{lang}/taxonomy/term/{tid}")
                head = (
                    f'    <link rel="canonical" href="{attr(canonical)}" />\n'
                    f'    <link rel="shortlink" href="{attr(shortlink)}" />\n'
                    f'    <link rel="alternate" type="application/rss+xml" title="{attr(name)}" href="{attr(site.url(f"/{lang}/taxonomy/term/{tid}/feed"))}" />\n'
                )
                content = f"""<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1 js-view-dom-id-2c7e9a41f0">
  <div class="view-header"><div id="taxonomy-term-{tid}" class="taxonomy-term vocabulary-news-category"><div class="content"><div class="clearfix text-formatted field field--name-description field--type-text-long field--label-hidden field__item"><p>{desc}</p></div></div></div></div>
  <div class="view-content"><div class="row">{self.teaser_rows(lang, items)}</div></div>
  <a href="/{lang}/taxonomy/term/{tid}/feed" class="feed-icon">{t["feed"]}</a>
</div></div>"""
                text = self.page(
                    lang,
                    title=name,
                    content=content,
                    current=f"taxonomy/term/{tid}",
                    switch={code: enc(pre(code, "/category/" + name_th)) for code in T},
                    body_class="layout-one-sidebar layout-sidebar-second path-taxonomy",
                    trail=[(t["home"], f"/{lang}")],
                    head=head,
                )
                resp = self.html(
                    lang, text, links=(f'<{canonical}>; rel="canonical"', f'<{shortlink}>; rel="shortlink"')
                )
                site.add(alias, resp)
                site.add(f"/{lang}/taxonomy/term/{tid}", resp)
                site.add(
                    f"/{lang}/taxonomy/term/{tid}/feed",
                    self.rss(lang, items[:10], name, f"/{lang}/taxonomy/term/{tid}/feed", canonical),
                )

    # -- feeds and sitemap ------------------------------------------------------------------------
    def rss(self, lang: str, items: list[_News], title: str, self_path: str, link: str) -> Response:
        site = self.site
        out = []
        for n in items:
            url = site.url(enc(pre(lang, n.alias)))
            teaser = (
                f'<span class="field field--name-title">{esc(n.title)}</span><div class="field field--name-body">'
                + "".join(n.body[:1])
                + "</div>"
            )
            c = n.created_dt
            pub = f"{c.strftime('%a')}, {c.day:02d} {EN_MONTHS[c.month - 1][:3]} {c.year} {c.hour:02d}:{c.minute:02d}:00 +0700"
            out.append(
                f"""  <item>
    <title>{esc(n.title)}</title>
    <link>{esc(url)}</link>
    <description>{esc(teaser)}</description>
    <pubDate>{pub}</pubDate>
    <dc:creator>webmaster</dc:creator>
    <guid isPermaLink="false">{n.nid} at {esc(site.base_url)}</guid>
  </item>"""
            )
        text = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{esc(site.url("/" + lang))}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{esc(title)}</title>
    <link>{esc(link)}</link>
    <description>{esc(T[lang]["slogan"])}</description>
    <language>{lang}</language>
    <atom:link href="{esc(site.url(self_path))}" rel="self" type="application/rss+xml" />
{chr(10).join(out)}
  </channel>
</rss>
"""
        return Response(
            200,
            (
                ("Content-Type", "application/rss+xml; charset=utf-8"),
                ("X-Generator", "Drupal 10 (https://www.drupal.org)"),
            ),
            text.encode("utf-8"),
        )

    def sitemap(self) -> Response:
        site = self.site
        entries = []
        for lang in T:
            entries.append((site.url(f"/{lang}"), "daily", "1.0", TODAY.isoformat() + "T08:00:00+07:00", "/"))
        for n in sorted(NEWS, key=lambda x: x.nid):
            for lang in T:
                entries.append(
                    (
                        site.url(enc(pre(lang, n.alias))),
                        "weekly",
                        "0.5",
                        n.created_dt.isoformat(timespec="seconds"),
                        n.alias,
                    )
                )
        for pg in PAGES:
            for lang in T:
                entries.append(
                    (
                        site.url(enc(pre(lang, pg.alias))),
                        "monthly",
                        "0.7",
                        LAUNCH.isoformat(timespec="seconds"),
                        pg.alias,
                    )
                )
        urls = []
        for loc, freq, prio, lastmod, path in entries:
            alts = "".join(
                f'<xhtml:link rel="alternate" hreflang="{code}" href="{esc(site.url(enc(pre(code, path))))}"/>'
                for code in T
            )
            urls.append(
                f"<url><loc>{esc(loc)}</loc>{alts}<lastmod>{lastmod}</lastmod><changefreq>{freq}</changefreq><priority>{prio}</priority></url>"
            )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
            + "".join(urls)
            + "</urlset>\n"
        )
        return Response(
            200,
            (("Content-Type", "application/xml; charset=utf-8"), ("X-Robots-Tag", "noindex, follow")),
            text.encode("utf-8"),
        )

    # -- home -------------------------------------------------------------------------------------
    def register_home(self) -> None:
        site = self.site
        for lang in T:
            t = T[lang]
            slides = []
            for k, nid in enumerate((206, 181, 203)):
                n = self.by_nid[nid]
                active = " active" if k == 0 else ""
                slides.append(
                    f'<div class="carousel-item{active}"><a href="/{lang}/node/{nid}"><img src="/sites/default/files/banner/slide-{k + 1}.jpg" class="d-block w-100" alt="{attr(n.title)}" /></a><div class="carousel-caption d-none d-md-block"><p>{esc(n.title)}</p></div></div>'
                )
            pr = sorted(self.by_cat[1], key=lambda n: (n.d, n.nid), reverse=True)[:4]
            pr_rows = "".join(
                f'<li class="list-group-item"><a href="{attr(enc(pre(lang, n.alias)))}" hreflang="th">{esc(n.title)}</a> <span class="small text-muted">{time_tag(lang, n.d, long=False)}</span></li>'
                for n in pr
            )
            act = sorted(self.by_cat[2], key=lambda n: (n.d, n.nid), reverse=True)[:4]
            act_cards = "".join(
                '<div class="col-md-3 views-row"><div class="card h-100">'
                + (
                    f'<img loading="lazy" src="{attr(self.photos[n.nid][0][1])}" class="card-img-top" alt="{attr(n.title)}" />'
                    if self.photos[n.nid]
                    else ""
                )
                + f'<div class="card-body"><h3 class="h6"><a href="{attr(enc(pre(lang, n.alias)))}" hreflang="th">{esc(n.title)}</a></h3><p class="small text-muted">{time_tag(lang, n.d, long=False)}</p><a href="/{lang}/node/{n.nid}" class="btn btn-sm btn-outline-primary">{t["more"]}</a></div></div></div>'
                for n in act
            )
            proc = sorted(self.by_cat[3], key=lambda n: (n.d, n.nid), reverse=True)[:5]
            proc_rows = "".join(
                f'<tr><td><a href="{attr(enc(pre(lang, n.alias)))}" hreflang="th">{esc(n.title)}</a></td><td class="text-nowrap">{time_tag(lang, n.d, long=False)}</td></tr>'
                for n in proc
            )
            mayor, mayor_pos, mayor_photo = EXECUTIVES[0]
            content = f"""<div id="block-{THEME}-slideshow" class="block block-block-content block-block-content9d2e4f61 mb-4">
  <div id="carouselHome" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">{"".join(slides)}</div>
  <button class="carousel-control-prev" type="button" data-bs-target="#carouselHome" data-bs-slide="prev"><span class="carousel-control-prev-icon" aria-hidden="true"></span></button>
  <button class="carousel-control-next" type="button" data-bs-target="#carouselHome" data-bs-slide="next"><span class="carousel-control-next-icon" aria-hidden="true"></span></button></div>
</div>
<div class="row">
  <div class="col-md-8">
    <div class="views-element-container block block-views block-views-blocknews-pr-block-1" id="block-views-block-news-pr-block-1">
      <h2 class="block-title">{TERMS[1][0] if lang == "th" else TERMS[1][1]}</h2>
      <div class="view view-news-pr view-id-news_pr view-display-id-block_1"><ul class="list-group list-group-flush">{pr_rows}</ul>
      <div class="more-link"><a href="/{lang}/taxonomy/term/1">{t["see_all"]}</a></div></div>
    </div>
  </div>
  <div class="col-md-4">
    <div id="block-{THEME}-mayor" class="block block-block-content block-block-content5b8a1c37 text-center">
      <img src="/sites/default/files/executives/{mayor_photo}" alt="{attr(mayor)}" width="300" height="400" class="img-fluid" />
      <p class="fw-bold mb-0">{mayor}</p><p class="small">{mayor_pos}</p>
      <p><a href="/{lang}/executives" class="btn btn-sm btn-primary">{t["see_all"]}</a></p>
    </div>
  </div>
</div>
<div class="views-element-container block block-views block-views-blocknews-activity-block-1" id="block-views-block-news-activity-block-1">
  <h2 class="block-title">{TERMS[2][0] if lang == "th" else TERMS[2][1]}</h2>
  <div class="view view-news-activity view-id-news_activity view-display-id-block_1"><div class="row g-3">{act_cards}</div>
  <div class="more-link"><a href="{attr(enc(pre(lang, "/category/" + TERMS[2][0])))}">{t["see_all"]}</a></div></div>
</div>
<div class="views-element-container block block-views block-views-blocknews-procurement-block-1" id="block-views-block-news-procurement-block-1">
  <h2 class="block-title">{TERMS[3][0] if lang == "th" else TERMS[3][1]}</h2>
  <div class="view view-news-procurement"><table class="table table-striped views-table"><tbody>{proc_rows}</tbody></table>
  <div class="more-link"><a href="{attr(enc(pre(lang, "/category/" + TERMS[3][0])))}">{t["see_all"]}</a></div></div>
</div>
<div id="block-{THEME}-eservice" class="block block-block-content block-block-content0e4d7b22">
  <h2 class="block-title">e-Service</h2>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><ul class="list-inline">
    <li class="list-inline-item"><a href="https://www.gprocurement.go.th" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ</a></li>
    <li class="list-inline-item"><a href="https://itas.nacc.go.th" target="_blank">ITAS</a></li>
    <li class="list-inline-item"><a href="https://www.info.go.th" target="_blank">ศูนย์ข้อมูลข่าวสาร</a></li>
    <li class="list-inline-item"><a href="/{lang}/contact">แจ้งเรื่องร้องเรียน</a></li>
  </ul></div>
</div>"""
            head = f'    <link rel="alternate" type="application/rss+xml" title="{attr(t["site"])}" href="{attr(site.url(f"/{lang}/rss.xml"))}" />\n'
            text = self.page(
                lang,
                title=t["home"],
                head_title=f"{t['site']} | {t['slogan']}",
                h1=False,
                content=content,
                current="home",
                switch={code: f"/{code}" for code in T},
                body_class="layout-one-sidebar layout-sidebar-second path-frontpage",
                head=head,
                is_front=True,
            )
            site.add(f"/{lang}", self.html(lang, text))
            site.add(
                f"/{lang}/rss.xml",
                self.rss(lang, self.latest_by_created[:10], t["site"], f"/{lang}/rss.xml", site.url(f"/{lang}")),
            )

    # -- other pages ------------------------------------------------------------------------------
    def simple(self, lang: str, path: str, title: str, content: str, current: str, body_class: str) -> None:
        t = T[lang]
        text = self.page(
            lang,
            title=title,
            content=content,
            current=current,
            switch={code: pre(code, path) for code in T},
            body_class=f"layout-one-sidebar layout-sidebar-second {body_class}",
            trail=[(t["home"], f"/{lang}")],
        )
        self.site.add(pre(lang, path), self.html(lang, text))

    def register_misc(self) -> None:
        site = self.site
        for lang in T:
            t = T[lang]
            th = lang == "th"
            # executives (a view of "person" nodes, no links)
            cards = "".join(
                f'<div class="views-row col-md-4 text-center mb-4"><div class="views-field views-field-field-photo"><div class="field-content"><img loading="lazy" src="/sites/default/files/executives/{photo}" width="300" height="400" alt="{attr(name)}" class="img-fluid" /></div></div>'
                f'<div class="views-field views-field-title"><span class="field-content fw-bold">{name}</span></div><div class="views-field views-field-field-position"><div class="field-content">{pos}</div></div></div>'
                for name, pos, photo in EXECUTIVES
            )
            self.simple(
                lang,
                "/executives",
                "คณะผู้บริหาร" if th else "Executives",
                f'<div class="views-element-container"><div class="view view-executives view-id-executives view-display-id-page_1"><div class="view-content row">{cards}</div></div></div>',
                "executives",
                "path-executives",
            )
            # contact webform
            form = f"""<div class="clearfix text-formatted field field--name-body"><p>{ADDRESS_TH if th else ADDRESS_EN}</p><p>{t["phone"]} {PHONE} {t["email"]} <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>
<form class="webform-submission-form webform-submission-add-form webform-submission-contact-form webform-submission-contact-add-form js-webform-details-toggle webform-details-toggle" data-drupal-selector="webform-submission-contact-add-form" action="/{lang}/contact" method="post" id="webform-submission-contact-add-form" accept-charset="UTF-8">
  <div class="js-form-item form-item form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">{"ชื่อ-นามสกุล" if th else "Your name"}</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required form-control" required="required" /></div>
  <div class="js-form-item form-item form-type-email form-item-email"><label for="edit-email" class="js-form-required form-required">{"อีเมล" if th else "Your email"}</label><input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email required form-control" required="required" /></div>
  <div class="js-form-item form-item form-type-textfield form-item-subject"><label for="edit-subject">{"เรื่อง" if th else "Subject"}</label><input data-drupal-selector="edit-subject" type="text" id="edit-subject" name="subject" value="" size="60" maxlength="255" class="form-text form-control" /></div>
  <div class="js-form-item form-item form-type-textarea form-item-message"><label for="edit-message" class="js-form-required form-required">{"ข้อความ" if th else "Message"}</label><textarea data-drupal-selector="edit-message" id="edit-message" name="message" rows="5" cols="60" class="form-textarea required form-control" required="required"></textarea></div>
  <div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit btn btn-primary" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{"ส่งข้อความ" if th else "Send message"}" /></div>
  <input autocomplete="off" data-drupal-selector="form-x2b9-q1vnlrfqe4s7xw0kz5jd3ahcm8gtp" type="hidden" name="form_build_id" value="form-X2b9_Q1vnLrfQE4s7xw0kZ5Jd3AhcM8gtP" />
  <input data-drupal-selector="edit-webform-submission-contact-add-form" type="hidden" name="form_id" value="webform_submission_contact_add_form" />
</form>"""
            self.simple(lang, "/contact", "ติดต่อเรา" if th else "Contact us", form, "webform/contact", "path-webform")
            # login and password forms
            login = f"""<form class="user-login-form" data-drupal-selector="user-login-form" action="/{lang}/user/login" method="post" id="user-login-form" accept-charset="UTF-8">
  <div class="js-form-item form-item form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">{"ชื่อผู้ใช้" if th else "Username"}</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" autocomplete="username" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required form-control" required="required" /></div>
  <div class="js-form-item form-item form-type-password form-item-pass"><label for="edit-pass" class="js-form-required form-required">{"รหัสผ่าน" if th else "Password"}</label><input autocomplete="current-password" data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required form-control" required="required" /></div>
  <input autocomplete="off" data-drupal-selector="form-8fj2kq0v" type="hidden" name="form_build_id" value="form-8FJ2kq0VwYc1Lr6mNp3Zs9TgHx4Ud7Ea" />
  <input data-drupal-selector="edit-user-login-form" type="hidden" name="form_id" value="user_login_form" />
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="{t["login"]}" class="button js-form-submit form-submit btn btn-primary" /></div>
</form>
<p><a href="/{lang}/user/password">{"รีเซ็ตรหัสผ่าน" if th else "Reset your password"}</a></p>"""
            self.simple(lang, "/user/login", t["login"], login, "user/login", "path-user")
            password = f"""<form class="user-pass" data-drupal-selector="user-pass" action="/{lang}/user/password" method="post" id="user-pass" accept-charset="UTF-8">
  <div class="js-form-item form-item form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">{"ชื่อผู้ใช้หรืออีเมล" if th else "Username or email address"}</label><input autocorrect="off" autocapitalize="off" spellcheck="false" autofocus="autofocus" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="254" class="form-text required form-control" required="required" /></div>
  <p>{"ระบบจะส่งคำแนะนำการตั้งรหัสผ่านใหม่ไปยังอีเมลที่ลงทะเบียนไว้" if th else "Password reset instructions will be sent to your registered email address."}</p>
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="{"ส่ง" if th else "Submit"}" class="button js-form-submit form-submit btn btn-primary" /></div>
</form>"""
            self.simple(
                lang,
                "/user/password",
                "รีเซ็ตรหัสผ่าน" if th else "Reset your password",
                password,
                "user/password",
                "path-user",
            )
            # ITA (a view with a contextual ?year= filter)
            for year in (None, 2566, 2567):
                shown_year = year or 2567
                rows = []
                for code, label, kind, target in ITA_ITEMS[shown_year]:
                    if kind == "pdf":
                        href = f"/sites/default/files/ita/{shown_year}/{code}.pdf"
                        linktext = "ดาวน์โหลด (PDF)" if th else "Download (PDF)"
                    elif kind == "ext":
                        href = target or ""
                        linktext = target or ""
                    else:
                        path, _, q = (target or "").partition("?")
                        href = enc(pre(lang, path)) + (f"?{q}" if q else "")
                        linktext = "ดูข้อมูล" if th else "View"
                    rows.append(
                        f'<tr><td class="views-field views-field-field-ita-code">{code}</td><td class="views-field views-field-title">{esc(label)}</td><td class="views-field views-field-field-ita-link"><a href="{attr(href)}">{linktext}</a></td></tr>'
                    )
                years = " | ".join(f'<a href="/{lang}/ita?year={y}">{y}</a>' for y in (2567, 2566))
                content = f"""<div class="views-element-container"><div class="view view-ita view-id-ita view-display-id-page_1">
  <div class="view-header"><p>{"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ." if th else "Open Data to Transparency (OIT), fiscal year"} {shown_year}</p><p>{"ปีงบประมาณ" if th else "Year"}: {years}</p></div>
  <div class="view-content"><table class="table table-bordered views-table cols-3"><thead><tr><th>{"ข้อ" if th else "Item"}</th><th>{"หัวข้อ" if th else "Topic"}</th><th>{"ข้อมูล" if th else "Data"}</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>
</div></div>"""
                path = "/ita" + (f"?year={year}" if year else "")
                text = self.page(
                    lang,
                    title="ITA",
                    content=content,
                    current="ita",
                    switch={code: pre(code, path) for code in T},
                    body_class="layout-one-sidebar layout-sidebar-second path-ita",
                    trail=[(t["home"], f"/{lang}")],
                    query={"year": str(year)} if year else None,
                )
                site.add(pre(lang, path), self.html(lang, text))
            # 403: the unpublished node
            text = self.page(
                lang,
                title=t["denied_title"],
                content=f"<p>{t['denied']}</p>",
                current=f"node/{DENIED_NID}",
                switch={code: f"/{code}/node/{DENIED_NID}" for code in T},
                body_class="layout-one-sidebar layout-sidebar-second path-node",
            )
            site.add(f"/{lang}/node/{DENIED_NID}", self.html(lang, text, status=403, cache="MISS"))

    def not_found(self, lang: str, path: str) -> Response:
        t = T[lang]
        text = self.page(
            lang,
            title=t["nf_title"],
            content=f"<p>{t['nf']}</p>",
            current="system/404",
            switch={code: "/" + code for code in T},
            body_class="layout-one-sidebar layout-sidebar-second path-system",
        )
        return self.html(lang, text, status=404, cache="MISS")

    # -- search -----------------------------------------------------------------------------------
    def search(self, lang: str, query: str) -> Response:
        t = T[lang]
        th = lang == "th"
        params = dict(parse_qsl(query, keep_blank_values=True))
        keys = " ".join(params.get("keys", "").split())
        facet = params.get("f[0]", "")
        page_s = params.get("page", "0")
        page = int(page_s) if page_s.isdigit() else 0
        docs: list[tuple[str, str, str, str]] = []  # (type, title, href, text)
        for n in sorted(NEWS, key=lambda x: (x.d, x.nid), reverse=True):
            docs.append(("news", n.title, enc(pre(lang, n.alias)), " ".join(n.paragraphs)))
        for pg in PAGES:
            docs.append(("page", pg.title, enc(pre(lang, pg.alias)), " ".join(gold_units(pg.body))))
        hits = [d for d in docs if keys and (keys in d[1] or keys in d[3])] if keys else []
        counts = {kind: sum(1 for d in hits if d[0] == kind) for kind in ("news", "page")}
        if facet in ("type:news", "type:page"):
            hits = [d for d in hits if d[0] == facet.split(":")[1]]
        pages = max(1, -(-len(hits) // PER_PAGE))
        page = min(page, pages - 1)
        shown = hits[page * PER_PAGE : (page + 1) * PER_PAGE]
        rows = []
        for _kind, title, href, body in shown:
            pos = body.find(keys)
            if pos < 0:
                snippet = esc(body[:120]) + "…"
            else:
                start = max(0, pos - 60)
                while start > 0 and unicodedata.category(body[start]) == "Mn":  # not on a Thai vowel mark
                    start -= 1
                end = pos + len(keys) + 60
                while end < len(body) and unicodedata.category(body[end]) == "Mn":
                    end += 1
                snippet = (
                    ("… " if start else "")
                    + esc(body[start:pos])
                    + f"<strong>{esc(keys)}</strong>"
                    + esc(body[pos + len(keys) : end])
                    + " …"
                )
            rows.append(
                f'<div class="views-row"><div class="views-field views-field-title"><h3 class="field-content h5"><a href="{attr(href)}" hreflang="th">{esc(title)}</a></h3></div><div class="views-field views-field-search-api-excerpt"><span class="field-content">{snippet}</span></div></div>'
            )
        facet_items = []
        if keys:
            for kind, label in (("news", "ข่าว" if th else "News"), ("page", "หน้าเว็บ" if th else "Basic page")):
                if not counts[kind]:
                    continue
                active = facet == f"type:{kind}"
                pairs = [("keys", keys)] if active else [("keys", keys), ("f[0]", f"type:{kind}")]
                cls = "is-active" if active else ""
                facet_items.append(
                    f'<li class="facet-item"><a href="{attr(f"/{lang}/search?" + qs(pairs))}" rel="nofollow" class="{cls}" data-drupal-facet-item-id="type-{kind}" data-drupal-facet-item-value="{kind}" data-drupal-facet-item-count="{counts[kind]}"><span class="facet-item__value">{label}</span> <span class="facet-item__count">({counts[kind]})</span></a></li>'
                )
        facets = (
            f'<div class="facets-widget-links"><h3>{"ประเภทเนื้อหา" if th else "Content type"}</h3><ul data-drupal-facet-id="type" class="facet-active js-facets-links item-list__links">{"".join(facet_items)}</ul></div>'
            if facet_items
            else ""
        )
        if not keys:
            summary = "<p>" + ("กรุณาระบุคำค้น" if th else "Please enter some keywords.") + "</p>"
        elif not hits:
            summary = (
                "<p>"
                + (f"ไม่พบผลการค้นหาสำหรับ “{esc(keys)}”" if th else f"Your search for “{esc(keys)}” yielded no results.")
                + "</p>"
            )
        else:
            summary = (
                "<p>"
                + (f"ผลการค้นหา “{esc(keys)}” พบ {len(hits)} รายการ" if th else f"{len(hits)} results for “{esc(keys)}”")
                + "</p>"
            )
        base_pairs = [("keys", keys)] + ([("f[0]", facet)] if facet else [])
        content = f"""<div class="views-element-container"><div class="view view-search view-id-search view-display-id-page_1">
  <div class="view-filters"><form class="views-exposed-form" data-drupal-selector="views-exposed-form-search-page-1" action="/{lang}/search" method="get" id="views-exposed-form-search-page-1" accept-charset="UTF-8">
    <input data-drupal-selector="edit-keys" type="text" id="edit-keys--2" name="keys" value="{attr(keys)}" size="30" maxlength="128" class="form-text form-control" />
    <input data-drupal-selector="edit-submit-search" type="submit" id="edit-submit-search" value="{t["search"]}" class="button js-form-submit form-submit btn btn-primary" />
  </form></div>
  {facets}
  <div class="view-header">{summary}</div>
  <div class="view-content">{"".join(rows)}</div>
  {self.pager(lang, base_pairs, page, pages)}
</div></div>"""
        switch_pairs = base_pairs if keys else []
        text = self.page(
            lang,
            title=t["search"],
            content=content,
            current="search",
            switch={code: f"/{code}/search" + ("?" + qs(switch_pairs) if switch_pairs else "") for code in T},
            body_class="layout-one-sidebar layout-sidebar-second path-search",
            trail=[(t["home"], f"/{lang}")],
            query=dict(base_pairs) if keys else None,
        )
        return self.html(lang, text, cache="MISS")

    # -- calendar ---------------------------------------------------------------------------------
    def calendar(self, lang: str, year: int, month: int) -> Response:
        t = T[lang]
        th = lang == "th"
        events: dict[int, list[_News]] = {}
        for n in NEWS:
            if n.d.year == year and n.d.month == month:
                events.setdefault(n.d.day, []).append(n)
        heads = (
            ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.") if th else ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
        )
        weeks = []
        for week in calendar.Calendar(0).monthdayscalendar(year, month):
            cells = []
            for day in week:
                if not day:
                    cells.append('<td class="empty"></td>')
                    continue
                items = "".join(
                    f'<div class="item"><a href="{attr(enc(pre(lang, n.alias)))}" hreflang="th">{esc(n.title)}</a></div>'
                    for n in events.get(day, [])
                )
                cells.append(
                    f'<td class="single-day" data-date="{year:04d}-{month:02d}-{day:02d}"><div class="day">{day}</div>{items}</td>'
                )
            weeks.append("<tr>" + "".join(cells) + "</tr>")
        prev_y, prev_m = (year - 1, 12) if month == 1 else (year, month - 1)
        next_y, next_m = (year + 1, 1) if month == 12 else (year, month + 1)
        label = f"{MONTHS[month - 1]} {year + 543}" if th else f"{EN_MONTHS[month - 1]} {year}"
        content = f"""<div class="views-element-container"><div class="view view-calendar view-id-calendar view-display-id-page_month">
  <div class="view-header"><nav class="calendar-pager"><ul class="pager list-inline">
    <li class="date-prev list-inline-item"><a href="/{lang}/calendar/month/{prev_y:04d}-{prev_m:02d}" title="{"เดือนก่อนหน้า" if th else "Navigate to previous month"}" rel="nofollow">« {"เดือนก่อนหน้า" if th else "Prev"}</a></li>
    <li class="date-heading list-inline-item"><h3>{label}</h3></li>
    <li class="date-next list-inline-item"><a href="/{lang}/calendar/month/{next_y:04d}-{next_m:02d}" title="{"เดือนถัดไป" if th else "Navigate to next month"}" rel="nofollow">{"เดือนถัดไป" if th else "Next"} »</a></li>
  </ul></nav></div>
  <div class="view-content"><div class="calendar-calendar"><div class="month-view"><table class="full"><thead><tr>{"".join(f"<th>{h}</th>" for h in heads)}</tr></thead><tbody>{"".join(weeks)}</tbody></table></div></div></div>
</div></div>"""
        path = f"/calendar/month/{year:04d}-{month:02d}"
        text = self.page(
            lang,
            title="ปฏิทินกิจกรรม" if th else "Calendar",
            content=content,
            current=f"calendar/month/{year:04d}-{month:02d}",
            switch={code: pre(code, path) for code in T},
            body_class="layout-one-sidebar layout-sidebar-second path-calendar",
            trail=[(t["home"], f"/{lang}")],
        )
        return self.html(lang, text, cache="MISS")

    # -- dynamic routes -----------------------------------------------------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = parts.path.rstrip("/") or "/"
        m = re.fullmatch(r"/(th|en)(/.*)?", path)
        if not m:
            return None
        lang, rest = m.group(1), m.group(2) or "/"
        if rest == "/news":
            return self.listing(lang, parts.query)
        if rest == "/search":
            return self.search(lang, parts.query)
        if rest == "/calendar/month":
            return self.calendar(lang, TODAY.year, TODAY.month)
        cm = re.fullmatch(r"/calendar/month/(\d{4})-(\d{2})", rest)
        if cm and 1 <= int(cm.group(2)) <= 12 and int(cm.group(1)) >= 1000:
            return self.calendar(lang, int(cm.group(1)), int(cm.group(2)))
        if lang == "en":
            return self.not_found("en", path)
        return None

    # -- everything -------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.media()
        self.register_news()
        self.register_pages()
        self.register_terms()
        self.register_home()
        self.register_misc()
        site.add(
            "/", redirect(site.url("/th"), status=302, extra=(("X-Generator", "Drupal 10 (https://www.drupal.org)"),))
        )
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), ROBOTS.encode("utf-8")))
        site.add("/sitemap.xml", self.sitemap())
        add_text(site, "/sitemap_generator/default/sitemap.xsl", SITEMAP_XSL, "text/xsl")
        site.not_found = self.not_found("th", "/")
        site.dynamic = self.dynamic
        site.broken_links.append(site.url(f"/th/node/{DELETED_NID}"))
        site.trap_patterns.extend(
            [
                r"^/(?:th|en)/news\?(?=.*\bsort_(?:by|order)=)",
                r"^/(?:th|en)/news\?(?=.*\bfield_category_target_id=)(?=.*\byear=)",
                r"^/(?:th|en)/calendar/month",
            ]
        )
        u = site.url
        non = [
            u("/th"),
            u("/en"),
            u("/th/news"),
            u("/th/news?page=1"),
            u("/th/news?page=2"),
            u("/en/news"),
            u("/en/news?page=1"),
        ]
        non += [u(f"/th/news?field_category_target_id={c}") for c in TERMS]
        non += [u("/th/news?year=2566"), u("/th/news?year=2567"), u("/th/news?year=2563")]
        for tid, (name_th, _, _) in TERMS.items():
            non += [u(enc("/th/category/" + name_th)), u(f"/th/taxonomy/term/{tid}"), u(enc("/en/category/" + name_th))]
        for pg in PAGES:
            non += [u(enc(pre("th", pg.alias))), u(enc(pre("en", pg.alias)))]
        non += [u("/th/node/2"), u("/en/node/3")]
        for path in (
            "/contact",
            "/executives",
            "/ita",
            "/ita?year=2567",
            "/ita?year=2566",
            "/user/login",
            "/user/password",
        ):
            non += [u(pre("th", path))]
        non += [u("/en/contact"), u("/en/executives"), u("/en/ita?year=2567"), u("/en/user/login")]
        non += [u("/th/search?keys=" + quote(k, safe="")) for k in SEARCH_KEYS]
        non += [u("/th/search"), u("/th/calendar/month/2024-06")]
        site.non_articles.extend(non)


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# This file will be ignored unless it is at the root of your host:
# Used:    http://example.com/robots.txt
# Ignored: http://example.com/site/robots.txt
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
Allow: /profiles/*.gif
Allow: /profiles/*.jpg
Allow: /profiles/*.jpeg
Allow: /profiles/*.png
Allow: /profiles/*.svg
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Plugin/VendorHardening/README.txt
Disallow: /composer/Template/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
"""

SITEMAP_XSL = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/"><html><head><title>Sitemap file</title></head><body><h1>Sitemap file</h1><table><xsl:for-each select="sitemap:urlset/sitemap:url"><tr><td><xsl:value-of select="sitemap:loc"/></td></tr></xsl:for-each></table></body></html></xsl:template>
</xsl:stylesheet>
"""


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=[
            "/core/",
            "/admin/",
            "/search/",
            "/node/add/",
            "/user/login",
            "/user/register",
            "/user/password",
        ],
        server_software="Apache/2.4.58 (Ubuntu)",
    )
    _Drupal(site).register()
    return site

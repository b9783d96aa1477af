# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""umbraco_portal: an อบจ. portal on Umbraco 8 (ASP.NET MVC 5, .NET Framework 4.8) on IIS 10, Thai and English.

CMS imitated: Umbraco 8.18 built by a local agency (fictional "ศรีนคราเว็บดีไซน์"), upgraded from Umbraco 7 (old
media keep numeric folders), served by IIS 10 (``Server: Microsoft-IIS/10.0``, ``X-Powered-By: ASP.NET``,
``X-AspNet-Version: 4.0.30319``, ``X-AspNetMvc-Version: 5.2``).  Bootstrap 4 master template, Razor partials
(``Partials/NewsList.cshtml`` with ``?page=N``, ``Partials/Pagination``, ``Partials/RelatedNews``, ``Partials/ShareBar``,
``Partials/Calendar``), an Examine search page, a hand-made "site map" partial, the contact form posted through
``BeginUmbracoForm`` (hidden ``ufprt``) and a newsletter form posting to ``/umbraco/Surface/Newsletter/Subscribe``.
All text is written for this fixture.

องค์การบริหารส่วนจังหวัดศรีนคราภูมิ (fictional province จังหวัดศรีนคราภูมิ).  TODAY is 2024-09-20.

URL shapes (Umbraco's own routing, no custom URL provider)
* Friendly URLs from the node tree, trailing slash (``addTrailingSlash``).  Thai node names go through Umbraco's
  ``DefaultShortStringHelper`` (``toAscii="try"`` falls back to UTF-8; ``IsTerm`` is ``char.IsLetterOrDigit``),
  so every Thai tone mark and above/below vowel (Unicode Mn) breaks a term and becomes a dash, dots vanish:
  ข่าวสาร -> ``/ข-าวสาร/``, ข่าวประชาสัมพันธ์ -> ``/ข-าวสาร/ข-าวประชาส-มพ-นธ/``, a post named "ประชุมสภา อบจ. สมัยสามัญ"
  -> ``.../ประช-มสภา-อบจ-สม-ยสาม-ญ/``.  Post node names are shorter than their titles.  Menus and related links
  write the URLs raw (Thai in the href, as ``IPublishedContent.Url`` gives them); the listing partial and the site
  map write them percent-encoded (upper-case hex, ``Uri.EscapeUriString``); ``rel=canonical`` is raw absolute;
  ``og:url`` is ``Request.Url.AbsoluteUri`` (the requested URL, query included).
* Umbraco's content finders answer the same post at ``/<node id>`` (ContentFinderByIdPath: the home "ข่าวเด่น"
  slider and the share bar's short link), ``/?umbPageId=<id>`` (ContentFinderByPageIdQuery: the old ticker
  partial), ``?altTemplate=print`` (print button) and ``<url>print`` (ContentFinderByUrlAndTemplate: the /en print
  button), ``umbracoUrlAlias`` aliases (``/songkran2567``, ``/job2567``, ``/run2024``, ``/ebidding-road-2567``:
  banners), a renamed node's old URL (301 from the redirect-URL tracker, linked from an older post body), and
  with or without the trailing slash.  Other query strings (``?fbclid=``) are ignored.
* Culture variants: the root has the domains ``/`` (th-TH) and ``/en`` (en-US).  Sections, categories and static
  pages vary by culture (English names and text); news items and events are INVARIANT (never translated), so
  every post also lives at ``/en/news/<english category>/<same Thai segment>/`` with the English chrome and the
  Thai body (an alias).
* Listings: ``/ข-าวสาร/`` (all news, 10 a page) and the three categories (6 a page) with the pager partial
  ``?page=N`` (query-only hrefs ``?page=2``), tag filters ``/ข-าวสาร/?tag=<tag>`` (+ ``&page=N``), sort and
  page-size links (a trap).
* ``/ปฏ-ท-นก-จกรรม/`` events calendar package (month view, ``?month=2024-09``, ``&cat=N``) + event nodes under it;
  ``/ค-นหา/?q=`` Examine search; ``/แผนผ-งเว-บไซต/`` site map page (tree to level 3: no posts);
  ``/เก-ยวก-บ-อบจ/`` + history, vision, structure; ``/ita/`` (PDF table), ``/ต-ดต-อเรา/`` (form, map).
* media: Umbraco 7 numeric folders ``/media/1843/o1.pdf``, Umbraco 8 random folders ``/media/<8 chars>/<file>``;
  images through ImageProcessor ``?anchor=center&mode=crop&width=800&height=600&rnd=<UpdateDate ticks>``
  (any query answers the same file).
* ``/umbraco/`` backoffice login (AngularJS shell); robots.txt disallows ``/umbraco/``, ``/App_Plugins/``,
  ``/config/``.  No sitemap.xml (``/sitemap.xml`` answers the 404 node).  Unknown URLs: the configured 404 node
  (``error404`` = 1098) with status 404; the same node at its own URL ``/ไม-พบหน-า/`` answers 200 (a soft 404,
  linked from the site map page, which ignores ``umbracoNaviHide``).

Gold articles: 22 posts 2023-11-14 .. 2024-09-13, oldest first: 9 ข่าวประชาสัมพันธ์, 8 ข่าวกิจกรรม (three of one
paragraph with a photo gallery), 5 ประกาศจัดซื้อจัดจ้าง (centred heading lines, a PDF attachment box).  Author:
``โดย`` + the writer (a section of the อบจ.).  Captions: the gallery partial's ``<figcaption>`` (never the
title).  Body styles: TinyMCE ``&nbsp;`` indents, Word paste (``MsoNormal``, TH SarabunPSK spans, ``<o:p>``,
``<p>&nbsp;</p>``), justified paragraphs with a ``<strong>`` lead, notices.  Aliases: ``/<id>``,
``/?umbPageId=<id>``, ``?altTemplate=print``, the ``/en`` copy and its ``/print``, url aliases, one old URL.
Reached through: the category listings and their pages (the only ordinary way to the oldest posts besides the
/en listings), ``/ข-าวสาร/`` pages, tag pages, home (latest 4/3/3, the slider, the ticker, banners), related news
(latest 3 of the same category).

Non-articles: home (th, en), listings and pages, tag pages, static pages, ITA, contact, search page (no
query), site map page, calendar (current month), six event nodes (title, dates, place, two paragraphs), the
404 node at its own URL, the backoffice login, the /en copies of home, listings and static pages.

Dates: the server's thread culture follows the domain: th-TH uses the ThaiBuddhistCalendar, so the post
template's ``ToString("d MMMM yyyy")`` gives ``13 กันยายน 2567`` and the listing's ``ToString("dd/MM/yyyy")``
``13/09/2567``; the agency's JSON-LD ``ToString("yyyy-MM-ddTHH:mm:ss")`` therefore says ``2567-09-13T06:40:00``
(Buddhist year in an ISO-looking date) while ``article:published_time`` uses ``"s"`` (invariant, Gregorian:
``2024-09-13T06:40:00``); "แก้ไขล่าสุด" is ``UpdateDate.ToString()`` (``16/9/2567 14:02:11``).  The /en copies
print ``13 September 2024``, ``13/09/2024`` and ``9/16/2024 2:02:11 PM``.

Traps (``trap_patterns``, answered on request):
* the calendar package's month view: ``?month=YYYY-MM`` for any month 1900-2200, each linking the previous and
  next month and three category filters (``&cat=N``), in both cultures: about 29,000 URLs;
* the search page: ``?q=`` for any text, each result page linking pages ``&page=N``, a "คุณหมายถึง" spelling and
  four "ค้นหาที่เกี่ยวข้อง" queries that append a word to the query (unbounded, grows 4x per level);
* the listing partial's sort bar ``?sort=date|title|views&order=asc|desc`` and page-size menu ``&pageSize=6|12|24|48``,
  kept by the pager, by the sort links, by the tag links and by the category pills (the partial merges
  ``Request.QueryString``): about 1,040 re-orderings of the same items reachable by links (both cultures).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import EN_MONTHS as _EN_MONTHS
from ..thaidate import MONTHS
from .common import add_jpeg, add_pdf, attr, esc, redirect

FAMILY = "umbraco_portal"
SITE = "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ"
SITE_SHORT = "อบจ.ศรีนคราภูมิ"
SITE_EN = "Si Nakhra Phum Provincial Administrative Organization"
ADDRESS = "เลขที่ 99 ถนนศรีนคราภิรมย์ ตำบลในเมือง อำเภอเมืองศรีนคราภูมิ จังหวัดศรีนคราภูมิ 47150"
ADDRESS_EN = "99 Si Nakhra Phirom Road, Nai Mueang, Mueang Si Nakhra Phum, Si Nakhra Phum 47150"
PHONE = "0 4271 1570"
EMAIL = "saraban@srinakhraphumpao.go.th"
PRESIDENT = "นายประเสริฐ วงศ์ศรีนครา"
TODAY = date(2024, 9, 20)
HOME_ID = 1051
ERROR404_ID = 1098

PR = "ฝ่ายประชาสัมพันธ์ กองยุทธศาสตร์และงบประมาณ"
ENGINEER = "กองช่าง อบจ.ศรีนคราภูมิ"
HEALTH = "กองสาธารณสุข อบจ.ศรีนคราภูมิ"
SUPPLY = "กองพัสดุและทรัพย์สิน"
EDU = "กองการศึกษา ศาสนาและวัฒนธรรม"
CLERK = "สำนักปลัด อบจ.ศรีนคราภูมิ"

IIS = (
    ("Cache-Control", "private"),
    ("X-AspNetMvc-Version", "5.2"),
    ("X-AspNet-Version", "4.0.30319"),
    ("X-Powered-By", "ASP.NET"),
)
HTML_CT = "text/html; charset=utf-8"

_URL_REPLACE = {
    " ": "-",
    '"': "",
    "'": "",
    "%": "",
    ".": "",
    ";": "",
    "/": "",
    "\\": "",
    ":": "",
    "#": "",
    "+": "plus",
    "*": "star",
    "&": "",
    "?": "",
}


def url_segment(name: str) -> str:
    """Umbraco 8's DefaultShortStringHelper for a UrlSegment: terms are runs of letters/digits/_ joined by '-'.

    Thai above/below vowels and tone marks are not letters (category Mn), so they break terms.
    """
    text = "".join(_URL_REPLACE.get(c, c) for c in name).lower()
    terms: list[str] = []
    cur = ""
    for c in text:
        if c.isalnum() or c == "_":
            cur += c
        elif cur:
            terms.append(cur)
            cur = ""
    if cur:
        terms.append(cur)
    return "-".join(terms)[:240]


def _hex(text: str, n: int) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def _folder(text: str) -> str:
    """An Umbraco 8 media folder name: 8 random lower-case letters and digits (deterministic here)."""
    alphabet = "abcdefghijklmnopqrstuvwxyz012345"
    digest = hashlib.sha1(text.encode("utf-8")).digest()
    return "".join(alphabet[b % 32] for b in digest[:8])


def _ticks(dt: datetime) -> int:
    return int((dt - datetime(1, 1, 1)).total_seconds()) * 10_000_000


def enc(path: str) -> str:
    """Uri.EscapeUriString: UTF-8 percent-encoding, upper-case hex."""
    return quote(path, safe="/?=&-_.~")


# -- .NET date rendering ---------------------------------------------------------------------------------------


def d_long(d: date, lang: str) -> str:
    """ToString("d MMMM yyyy") in th-TH (ThaiBuddhistCalendar) or en-US."""
    if lang == "th":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def d_short(d: date, lang: str) -> str:
    """ToString("dd/MM/yyyy")."""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543 if lang == 'th' else d.year}"


def d_default(dt: datetime, lang: str) -> str:
    """DateTime.ToString() (the "G" pattern) of th-TH or en-US."""
    if lang == "th":
        return f"{dt.day}/{dt.month}/{dt.year + 543} {dt.hour}:{dt.minute:02d}:{dt.second:02d}"
    hour = dt.hour % 12 or 12
    return f"{dt.month}/{dt.day}/{dt.year} {hour}:{dt.minute:02d}:{dt.second:02d} {'AM' if dt.hour < 12 else 'PM'}"


def d_custom_iso(dt: datetime, lang: str) -> str:
    """The agency's ToString("yyyy-MM-ddTHH:mm:ss"): the current culture's calendar (Buddhist year in th-TH)."""
    year = dt.year + 543 if lang == "th" else dt.year
    return f"{year}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:00"


# -- content ----------------------------------------------------------------------------------------------------
# category node id -> (Thai name, English name)
CATS: dict[int, tuple[str, str]] = {
    1071: ("ข่าวประชาสัมพันธ์", "Public Relations"),
    1072: ("ข่าวกิจกรรม", "Activities"),
    1073: ("ประกาศจัดซื้อจัดจ้าง", "Procurement"),
}
TAGS = ("ภาษี", "สาธารณสุข", "ภัยพิบัติ", "ประเพณี", "กีฬา", "การศึกษา", "ถนน", "e-bidding", "รับสมัครงาน", "สภา อบจ.")


@dataclass(frozen=True)
class _Post:
    id: int
    cat: int
    date: str
    time: str
    name: str  # node name (the URL segment comes from it)
    title: str
    paragraphs: tuple[str, ...]
    author: str
    tags: tuple[str, ...] = ()
    style: str = "plain"  # plain, word, justify, notice, gallery
    captions: tuple[str, ...] = ()
    alias: str = ""  # umbracoUrlAlias
    old_name: str = ""  # renamed node: the redirect tracker 301s its old URL
    pdf: str = ""
    centred: tuple[int, ...] = ()
    edited_days: int = 1
    link: tuple[int, int, str] = (-1, 0, "")  # (paragraph index, target post id (old URL), link text) at the end

    @property
    def dt(self) -> datetime:
        y, m, d = (int(x) for x in self.date.split("-"))
        hh, mm = (int(x) for x in self.time.split(":"))
        return datetime(y, m, d, hh, mm)

    @property
    def d(self) -> date:
        return date.fromisoformat(self.date)

    @property
    def updated(self) -> datetime:
        return self.dt + timedelta(days=self.edited_days, hours=3, minutes=17, seconds=self.id % 60)


_SIGN = ("(นายประเสริฐ วงศ์ศรีนครา)", "นายกองค์การบริหารส่วนจังหวัดศรีนคราภูมิ")

POSTS: tuple[_Post, ...] = (
    _Post(
        1203,
        1071,
        "2023-11-14",
        "10:20",
        "ภาษีบำรุง อบจ. จากผู้เข้าพักโรงแรม",
        "ประชาสัมพันธ์ การชำระภาษีบำรุงองค์การบริหารส่วนจังหวัดจากผู้เข้าพักในโรงแรม ประจำปีงบประมาณ พ.ศ. 2567",
        (
            "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ ขอประชาสัมพันธ์ให้ผู้ประกอบการโรงแรมทุกแห่งในเขตจังหวัดศรีนคราภูมิ นำส่งภาษีบำรุงองค์การบริหารส่วนจังหวัดที่เรียกเก็บจากผู้เข้าพัก ในอัตราร้อยละหนึ่งของค่าเช่าห้องพัก ภายในวันที่ 15 ของเดือนถัดไป",
            "ผู้ประกอบการสามารถยื่นแบบและชำระภาษีได้ที่ฝ่ายพัฒนารายได้ กองคลัง อบจ.ศรีนคราภูมิ หรือโอนเงินเข้าบัญชีของ อบจ. แล้วส่งหลักฐานการโอนทางไปรษณีย์อิเล็กทรอนิกส์ หากนำส่งล่าช้าจะต้องเสียเงินเพิ่มร้อยละหนึ่งต่อเดือนตามข้อบัญญัติ",
            "สอบถามรายละเอียดเพิ่มเติมได้ที่ฝ่ายพัฒนารายได้ โทรศัพท์ 0 4271 1570 ต่อ 215 ในวันและเวลาราชการ",
        ),
        PR,
        tags=("ภาษี",),
        style="justify",
    ),
    _Post(
        1207,
        1072,
        "2023-11-27",
        "16:05",
        "แข่งเรือยาวประเพณี 2566",
        "อบจ.ศรีนคราภูมิ จัดการแข่งขันเรือยาวประเพณี ชิงถ้วยนายกองค์การบริหารส่วนจังหวัด ประจำปี 2566",
        (
            "ระหว่างวันที่ 25 - 26 พฤศจิกายน 2566 องค์การบริหารส่วนจังหวัดศรีนคราภูมิ จัดการแข่งขันเรือยาวประเพณี ณ ลำน้ำพองหน้าที่ว่าการอำเภอเมืองศรีนคราภูมิ มีเรือเข้าร่วมการแข่งขันทั้งสิ้น 28 ลำ จากทุกอำเภอในจังหวัด",
            "นายประเสริฐ วงศ์ศรีนครา นายก อบจ.ศรีนคราภูมิ เป็นประธานในพิธีเปิดและมอบถ้วยรางวัล โดยเรือเทพพนมทองจากอำเภอนาหว้าคว้ารางวัลชนะเลิศประเภทเรือยาวใหญ่ ภายในงานยังมีการประกวดกองเชียร์และการออกร้านจำหน่ายสินค้าชุมชน",
        ),
        EDU,
        tags=("ประเพณี", "กีฬา"),
        style="plain",
        captions=("ขบวนเรือยาวเข้าสู่สนามแข่งขัน", "พิธีมอบถ้วยรางวัลชนะเลิศ"),
    ),
    _Post(
        1212,
        1073,
        "2023-12-08",
        "13:45",
        "e-bidding ถนนหนองบัว-โคกสูง",
        "ประกาศองค์การบริหารส่วนจังหวัดศรีนคราภูมิ เรื่อง ประกวดราคาจ้างก่อสร้างถนนลาดยาง สายบ้านหนองบัว - บ้านโคกสูง ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "ประกาศองค์การบริหารส่วนจังหวัดศรีนคราภูมิ",
            "เรื่อง ประกวดราคาจ้างก่อสร้างถนนลาดยาง สายบ้านหนองบัว - บ้านโคกสูง อำเภอนาหว้า ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต กว้าง 6 เมตร ยาว 3,450 เมตร ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 12,870,000.00 บาท",
            "ผู้สนใจสามารถขอรับเอกสารประกวดราคาอิเล็กทรอนิกส์ได้ทางเว็บไซต์ระบบการจัดซื้อจัดจ้างภาครัฐ ตั้งแต่วันที่ 8 ธันวาคม 2566 ถึงวันที่ 15 ธันวาคม 2566 และยื่นข้อเสนอในวันที่ 18 ธันวาคม 2566 ระหว่างเวลา 08.30 น. ถึง 16.30 น.",
            "ประกาศ ณ วันที่ 7 ธันวาคม พ.ศ. 2566",
            *_SIGN,
        ),
        SUPPLY,
        tags=("ถนน", "e-bidding"),
        style="notice",
        pdf="ebidding-road-nongbua.pdf",
        centred=(0, 1, 4, 5, 6),
    ),
    _Post(
        1218,
        1071,
        "2023-12-22",
        "09:10",
        "เชิญเที่ยวงานกาชาด 2567",
        "ขอเชิญเที่ยวงานกาชาดและงานประจำปีจังหวัดศรีนคราภูมิ ประจำปี 2567",
        (
            "จังหวัดศรีนคราภูมิ ร่วมกับองค์การบริหารส่วนจังหวัดศรีนคราภูมิ และเหล่ากาชาดจังหวัด กำหนดจัดงานกาชาดและงานประจำปี ระหว่างวันที่ 5 - 14 มกราคม 2567 ณ สนามกีฬากลางจังหวัดศรีนคราภูมิ",
            "ภายในงานพบกับการออกร้านของส่วนราชการ นิทรรศการของดีทุกอำเภอ สลากกาชาดการกุศล การประกวดธิดากาชาด และคอนเสิร์ตจากศิลปินชื่อดังทุกคืน รายได้หลังหักค่าใช้จ่ายนำไปใช้ในกิจการสาธารณกุศลของเหล่ากาชาดจังหวัด",
        ),
        PR,
        tags=("ประเพณี",),
        style="word",
    ),
    _Post(
        1224,
        1072,
        "2024-01-13",
        "15:30",
        "วันเด็กแห่งชาติ 2567",
        'อบจ.ศรีนคราภูมิ จัดกิจกรรมวันเด็กแห่งชาติ ประจำปี 2567 "เด็กไทยมุ่งมั่น เรียนรู้ สร้างสรรค์ด้วยคุณธรรม"',
        (
            "วันเสาร์ที่ 13 มกราคม 2567 องค์การบริหารส่วนจังหวัดศรีนคราภูมิ จัดกิจกรรมวันเด็กแห่งชาติ ณ บริเวณศาลากลางจังหวัดหลังเก่า มีเด็กและผู้ปกครองร่วมงานกว่า 3,000 คน ภายในงานมีซุ้มเกม การแจกของขวัญ ทุนการศึกษา และการแสดงบนเวทีของนักเรียนโรงเรียนในสังกัด อบจ.",
        ),
        EDU,
        tags=("การศึกษา",),
        style="gallery",
        captions=("นายก อบจ. มอบของขวัญแก่เด็ก ๆ", "การแสดงของนักเรียนโรงเรียนในสังกัด", "ซุ้มเกมของกองการศึกษา"),
    ),
    _Post(
        1229,
        1071,
        "2024-01-30",
        "11:00",
        "รับสมัครนักกีฬาเยาวชน",
        "ประชาสัมพันธ์ รับสมัครคัดเลือกนักกีฬาเยาวชนเป็นตัวแทนจังหวัดศรีนคราภูมิ ในการแข่งขันกีฬาเยาวชนแห่งชาติ ครั้งที่ 40",
        (
            "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ ร่วมกับสมาคมกีฬาจังหวัด เปิดรับสมัครเยาวชนอายุไม่เกิน 18 ปี เข้ารับการคัดเลือกเป็นนักกีฬาตัวแทนจังหวัด จำนวน 14 ชนิดกีฬา อาทิ กรีฑา ฟุตบอล วอลเลย์บอล ตะกร้อ มวยสากลสมัครเล่น และยิงปืน",
            "ผู้สนใจสมัครได้ที่สนามกีฬากลางจังหวัดศรีนคราภูมิ ตั้งแต่วันที่ 1 - 16 กุมภาพันธ์ 2567 โดยนำสำเนาบัตรประจำตัวประชาชน รูปถ่ายขนาด 1 นิ้ว จำนวน 2 รูป และใบรับรองแพทย์มาแสดง การคัดตัวจะจัดขึ้นในวันที่ 24 - 25 กุมภาพันธ์ 2567",
            "นักกีฬาที่ผ่านการคัดเลือกจะได้รับการฝึกซ้อมและเก็บตัว พร้อมเบี้ยเลี้ยงตลอดระยะเวลาการฝึกซ้อม ตามระเบียบของ อบจ.",
        ),
        PR,
        tags=("กีฬา",),
        style="plain",
    ),
    _Post(
        1233,
        1073,
        "2024-02-09",
        "14:20",
        "ผู้ชนะ วัสดุการแพทย์ รพสต",
        "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุการแพทย์สำหรับโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน จำนวน 36 แห่ง โดยวิธีเฉพาะเจาะจง",
        (
            "ประกาศองค์การบริหารส่วนจังหวัดศรีนคราภูมิ",
            "เรื่อง ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุการแพทย์ โดยวิธีเฉพาะเจาะจง",
            "ตามที่องค์การบริหารส่วนจังหวัดศรีนคราภูมิ ได้มีโครงการซื้อวัสดุการแพทย์สำหรับโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอนมาสังกัด อบจ. จำนวน 36 แห่ง นั้น ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ศรีนคราเวชภัณฑ์ โดยเสนอราคาเป็นเงินทั้งสิ้น 486,250.00 บาท (สี่แสนแปดหมื่นหกพันสองร้อยห้าสิบบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง",
            "ประกาศ ณ วันที่ 8 กุมภาพันธ์ พ.ศ. 2567",
            *_SIGN,
        ),
        SUPPLY,
        tags=("สาธารณสุข",),
        style="notice",
        pdf="winner-medical-supplies-2567.pdf",
        centred=(0, 1, 3, 4, 5),
    ),
    _Post(
        1238,
        1072,
        "2024-02-16",
        "13:00",
        "ประชุมสภา อบจ. สมัยสามัญ สมัยแรก 2567",
        "การประชุมสภาองค์การบริหารส่วนจังหวัดศรีนคราภูมิ สมัยสามัญ สมัยแรก ประจำปี 2567",
        (
            "วันที่ 15 กุมภาพันธ์ 2567 เวลา 09.30 น. สภาองค์การบริหารส่วนจังหวัดศรีนคราภูมิ จัดการประชุมสมัยสามัญ สมัยแรก ประจำปี 2567 ณ ห้องประชุมสภา อบจ. โดยมีนายสมบัติ ทองคำภู ประธานสภา อบจ. เป็นประธานการประชุม",
            "ที่ประชุมพิจารณาให้ความเห็นชอบการโอนงบประมาณรายจ่ายเพื่อจัดซื้อครุภัณฑ์การแพทย์ให้โรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน และรับทราบรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2566",
            "นอกจากนี้ สมาชิกสภา อบจ. ได้ตั้งกระทู้ถามเรื่องการซ่อมแซมถนนที่ชำรุดจากอุทกภัยในเขตอำเภอนาหว้าและอำเภอโพนทอง ซึ่งฝ่ายบริหารชี้แจงว่าได้บรรจุไว้ในแผนการซ่อมบำรุงปีงบประมาณนี้แล้ว",
        ),
        CLERK,
        tags=("สภา อบจ.",),
        style="word",
        captions=("บรรยากาศการประชุมสภา อบจ.ศรีนคราภูมิ",),
    ),
    _Post(
        1245,
        1071,
        "2024-03-05",
        "08:40",
        "งดเผาในที่โล่ง ป้องกันหมอกควัน",
        "ขอความร่วมมือประชาชนงดเผาในที่โล่ง ป้องกันไฟป่าและปัญหาหมอกควันในช่วงฤดูแล้ง",
        (
            "จังหวัดศรีนคราภูมิประกาศห้ามเผาในที่โล่งทุกชนิด ตั้งแต่วันที่ 1 มีนาคม ถึง 30 เมษายน 2567 องค์การบริหารส่วนจังหวัดศรีนคราภูมิ จึงขอความร่วมมือเกษตรกรและประชาชนงดเผาตอซังข้าว ใบอ้อย เศษวัชพืช และขยะทุกชนิด",
            "ขอแนะนำให้ไถกลบตอซังหรือนำไปทำปุ๋ยหมักแทนการเผา ซึ่งช่วยเพิ่มอินทรียวัตถุในดินและลดต้นทุนปุ๋ยเคมี ทั้งนี้ อบจ. ได้สนับสนุนเครื่องอัดฟางให้แก่วิสาหกิจชุมชน 12 แห่ง เพื่อให้บริการแก่เกษตรกรในราคาต่ำ",
            "หากพบเห็นการลักลอบเผาหรือเกิดไฟไหม้ แจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย อบจ.ศรีนคราภูมิ โทรศัพท์ 0 4271 1570 ต่อ 199 ตลอด 24 ชั่วโมง",
        ),
        PR,
        tags=("ภัยพิบัติ",),
        style="justify",
        old_name="ประชาสัมพันธ์ งดเผาในที่โลง",
    ),
    _Post(
        1251,
        1072,
        "2024-03-19",
        "10:50",
        "แจกจ่ายน้ำอุปโภคบริโภค ภัยแล้ง",
        "อบจ.ศรีนคราภูมิ ออกแจกจ่ายน้ำอุปโภคบริโภค ช่วยเหลือประชาชนที่ประสบภัยแล้ง อำเภอโพนทอง",
        (
            "วันที่ 18 - 19 มีนาคม 2567 องค์การบริหารส่วนจังหวัดศรีนคราภูมิ นำรถบรรทุกน้ำขนาด 10,000 ลิตร จำนวน 6 คัน ออกแจกจ่ายน้ำอุปโภคบริโภคให้แก่ประชาชนในพื้นที่ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน (ภัยแล้ง) จำนวน 9 หมู่บ้าน ในเขตอำเภอโพนทอง",
            "นอกจากนี้ อบจ. ยังได้สนับสนุนถังเก็บน้ำขนาด 2,000 ลิตร ให้แก่ครัวเรือนที่ขาดแคลน และประสานสำนักงานทรัพยากรน้ำบาดาลเพื่อเจาะบ่อบาดาลเพิ่มเติมอีก 4 จุด ขอความร่วมมือประชาชนใช้น้ำอย่างประหยัดและงดการเผาในที่โล่งตามประกาศของจังหวัด อ่านประกาศได้ที่",
        ),
        ENGINEER,
        tags=("ภัยพิบัติ",),
        style="plain",
        captions=("รถบรรทุกน้ำของ อบจ. ออกให้บริการในพื้นที่", "ชาวบ้านนำภาชนะมารองรับน้ำ"),
        link=(1, 1245, "ขอความร่วมมืองดเผาในที่โล่ง"),
    ),
    _Post(
        1256,
        1073,
        "2024-04-02",
        "15:10",
        "e-bidding ซ่อมสร้างผิวจราจร ศน.ถ.1-0021",
        "ประกาศองค์การบริหารส่วนจังหวัดศรีนคราภูมิ เรื่อง ประกวดราคาจ้างซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนสาย ศน.ถ.1-0021 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "ประกาศองค์การบริหารส่วนจังหวัดศรีนคราภูมิ",
            "เรื่อง ประกวดราคาจ้างซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนสาย ศน.ถ.1-0021 บ้านดงเย็น - บ้านนาคำ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ มีความประสงค์จะประกวดราคาจ้างซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีต หนา 0.05 เมตร พื้นที่ไม่น้อยกว่า 18,600 ตารางเมตร ราคากลางของงานในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 7,945,000.00 บาท",
            "ผู้ยื่นข้อเสนอจะต้องมีผลงานก่อสร้างประเภทเดียวกันในวงเงินไม่น้อยกว่า 3,970,000.00 บาท และเป็นคู่สัญญาโดยตรงกับหน่วยงานของรัฐ ผู้สนใจขอรับเอกสารได้ทางเว็บไซต์ระบบการจัดซื้อจัดจ้างภาครัฐ ตั้งแต่วันที่ 2 - 9 เมษายน 2567",
            "ประกาศ ณ วันที่ 1 เมษายน พ.ศ. 2567",
            *_SIGN,
        ),
        SUPPLY,
        tags=("ถนน", "e-bidding"),
        style="notice",
        pdf="ebidding-road-0021.pdf",
        centred=(0, 1, 4, 5, 6),
        alias="ebidding-road-2567",
    ),
    _Post(
        1262,
        1071,
        "2024-04-10",
        "09:30",
        "สงกรานต์ปลอดภัย 2567",
        "อบจ.ศรีนคราภูมิ ตั้งจุดบริการประชาชน ช่วงเทศกาลสงกรานต์ 2567 ขับขี่ปลอดภัย ลดอุบัติเหตุทางถนน",
        (
            "ในช่วงควบคุมเข้มข้นเทศกาลสงกรานต์ ระหว่างวันที่ 11 - 17 เมษายน 2567 องค์การบริหารส่วนจังหวัดศรีนคราภูมิ ร่วมกับตำรวจภูธรจังหวัดและอาสาสมัครป้องกันภัยฝ่ายพลเรือน ตั้งจุดบริการประชาชนบนทางหลวงสายหลักจำนวน 8 จุด ให้บริการน้ำดื่ม กาแฟ และที่พักผ่อนสำหรับผู้เดินทาง",
            "ขอให้ผู้ขับขี่ปฏิบัติตามกฎจราจร สวมหมวกนิรภัย คาดเข็มขัดนิรภัย และไม่ขับรถขณะเมาสุรา หากเกิดอุบัติเหตุหรือต้องการความช่วยเหลือ โทรแจ้งสายด่วน 1669 ได้ตลอด 24 ชั่วโมง",
        ),
        PR,
        tags=("ประเพณี", "ภัยพิบัติ"),
        style="word",
        alias="songkran2567",
    ),
    _Post(
        1266,
        1072,
        "2024-04-12",
        "17:15",
        "รดน้ำขอพรผู้สูงอายุ 2567",
        "สืบสานประเพณีสงกรานต์ สรงน้ำพระ รดน้ำขอพรผู้สูงอายุ ประจำปี 2567",
        (
            "วันที่ 12 เมษายน 2567 คณะผู้บริหาร สมาชิกสภา และบุคลากร อบจ.ศรีนคราภูมิ ร่วมสรงน้ำพระพุทธรูปและรดน้ำขอพรผู้สูงอายุ ณ ลานวัฒนธรรมหน้าสำนักงาน อบจ. พร้อมมอบผ้าขาวม้าและของที่ระลึกแก่ผู้สูงอายุจำนวน 120 คน",
        ),
        EDU,
        tags=("ประเพณี",),
        style="gallery",
        captions=("ผู้บริหาร อบจ. รดน้ำขอพรผู้สูงอายุ", "สรงน้ำพระพุทธรูปประจำสำนักงาน"),
    ),
    _Post(
        1273,
        1071,
        "2024-05-07",
        "10:00",
        "รับสมัครพนักงานจ้าง 2567",
        "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการสาธารณสุข",
        (
            "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ ประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการสาธารณสุข จำนวน 5 อัตรา ปฏิบัติงานประจำโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน",
            "ผู้สมัครต้องมีวุฒิการศึกษาไม่ต่ำกว่าปริญญาตรีทางสาธารณสุขศาสตร์ และยื่นใบสมัครด้วยตนเองที่กองการเจ้าหน้าที่ อบจ.ศรีนคราภูมิ ระหว่างวันที่ 13 - 24 พฤษภาคม 2567 ในวันและเวลาราชการ",
            "รายละเอียดคุณสมบัติ หลักฐานการสมัคร และวิธีการเลือกสรร ปรากฏตามประกาศที่แนบท้ายนี้",
        ),
        CLERK,
        tags=("รับสมัครงาน", "สาธารณสุข"),
        style="justify",
        alias="job2567",
        pdf="recruit-public-health-2567.pdf",
    ),
    _Post(
        1279,
        1072,
        "2024-05-24",
        "14:40",
        "รพ.สต.เคลื่อนที่ คัดกรองเบาหวาน",
        "โครงการ รพ.สต. เคลื่อนที่ ตรวจคัดกรองโรคเบาหวานและความดันโลหิตสูง ให้ประชาชนอำเภอนาหว้า",
        (
            "วันที่ 23 - 24 พฤษภาคม 2567 กองสาธารณสุข อบจ.ศรีนคราภูมิ ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด ออกหน่วยตรวจคัดกรองโรคเบาหวานและความดันโลหิตสูงให้แก่ประชาชนอายุ 35 ปีขึ้นไป ณ ศาลาการเปรียญวัดโพธิ์ศรี อำเภอนาหว้า มีผู้รับบริการทั้งสิ้น 412 คน",
            "ผู้ที่มีผลการตรวจน้ำตาลในเลือดหรือความดันโลหิตสูงกว่าเกณฑ์ ได้รับคำแนะนำด้านโภชนาการและการออกกำลังกาย และส่งต่อพบแพทย์ที่โรงพยาบาลอำเภอเพื่อรับการรักษาต่อเนื่อง",
        ),
        HEALTH,
        tags=("สาธารณสุข",),
        style="word",
        captions=("เจ้าหน้าที่ตรวจวัดระดับน้ำตาลในเลือด",),
    ),
    _Post(
        1284,
        1073,
        "2024-06-11",
        "11:25",
        "แผนจัดซื้อจัดจ้าง 2567 ฉบับที่ 2",
        "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (เพิ่มเติม ฉบับที่ 2)",
        (
            "ประกาศองค์การบริหารส่วนจังหวัดศรีนคราภูมิ",
            "เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (เพิ่มเติม ฉบับที่ 2)",
            "เพื่อให้เป็นไปตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 11 องค์การบริหารส่วนจังหวัดศรีนคราภูมิ จึงขอเผยแพร่แผนการจัดซื้อจัดจ้างเพิ่มเติม จำนวน 17 โครงการ รายละเอียดตามเอกสารแนบท้ายประกาศนี้",
            "ประกาศ ณ วันที่ 10 มิถุนายน พ.ศ. 2567",
            *_SIGN,
        ),
        SUPPLY,
        tags=("e-bidding",),
        style="notice",
        pdf="procurement-plan-2567-add2.pdf",
        centred=(0, 1, 3, 4, 5),
    ),
    _Post(
        1290,
        1071,
        "2024-06-26",
        "08:15",
        "ป้องกันไข้เลือดออก ฤดูฝน",
        "ขอความร่วมมือประชาชนกำจัดแหล่งเพาะพันธุ์ยุงลาย ป้องกันโรคไข้เลือดออกในช่วงฤดูฝน",
        (
            "เข้าสู่ฤดูฝน สถานการณ์โรคไข้เลือดออกในจังหวัดศรีนคราภูมิมีแนวโน้มเพิ่มขึ้น องค์การบริหารส่วนจังหวัดศรีนคราภูมิ ขอความร่วมมือทุกครัวเรือนใช้มาตรการ 3 เก็บ คือ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำ ปิดภาชนะให้มิดชิด ทุกสัปดาห์",
            "โรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด อบจ. จะออกพ่นหมอกควันกำจัดยุงตัวเต็มวัยในหมู่บ้านที่พบผู้ป่วย และแจกทรายกำจัดลูกน้ำผ่านอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
            "หากมีไข้สูงลอยเกิน 2 วัน ปวดศีรษะ ปวดกล้ามเนื้อ ให้รีบไปพบแพทย์ และไม่ควรซื้อยากลุ่มแอสไพรินหรือไอบูโพรเฟนมารับประทานเอง",
        ),
        HEALTH,
        tags=("สาธารณสุข",),
        style="plain",
    ),
    _Post(
        1296,
        1072,
        "2024-07-26",
        "10:30",
        "ปลูกต้นไม้เฉลิมพระเกียรติ 2567",
        "อบจ.ศรีนคราภูมิ ร่วมปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567",
        (
            "วันที่ 26 กรกฎาคม 2567 องค์การบริหารส่วนจังหวัดศรีนคราภูมิ ร่วมกับส่วนราชการ โรงเรียนในสังกัด และจิตอาสา ปลูกต้นรวงผึ้งและต้นยางนา จำนวน 720 ต้น บริเวณสวนสาธารณะหนองสิม เพื่อเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว",
            "อบจ. จะดูแลรดน้ำ ใส่ปุ๋ย และปลูกซ่อมต้นที่ตาย ตลอดระยะเวลาหนึ่งปี เพื่อให้สวนสาธารณะหนองสิมเป็นพื้นที่สีเขียวสำหรับการพักผ่อนของประชาชน",
        ),
        EDU,
        tags=("ประเพณี",),
        style="justify",
        captions=("ผู้ร่วมกิจกรรมปลูกต้นไม้ริมหนองสิม",),
    ),
    _Post(
        1301,
        1071,
        "2024-08-02",
        "13:35",
        "เชิญร่วมงานวิ่ง อบจ. รันนิ่ง 2024",
        'ขอเชิญร่วมงานวิ่งการกุศล "ศรีนคราภูมิ มินิมาราธอน 2024" สมทบทุนจัดซื้อครุภัณฑ์การแพทย์',
        (
            "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ ขอเชิญชวนนักวิ่งและประชาชนทั่วไป ร่วมงานวิ่งการกุศลศรีนคราภูมิ มินิมาราธอน 2024 ในวันอาทิตย์ที่ 15 กันยายน 2567 ปล่อยตัวเวลา 05.30 น. ณ ลานหน้าสำนักงาน อบจ.ศรีนคราภูมิ",
            "การแข่งขันแบ่งเป็นระยะทาง 10.5 กิโลเมตร และ 5 กิโลเมตร (ฟันรัน) ค่าสมัคร 400 บาท ผู้สมัครทุกคนจะได้รับเสื้อที่ระลึกและเหรียญเมื่อวิ่งเข้าเส้นชัย เปิดรับสมัครทางออนไลน์ถึงวันที่ 31 สิงหาคม 2567 หรือจนกว่าจะครบ 2,500 คน",
            "รายได้หลังหักค่าใช้จ่ายทั้งหมดมอบให้โรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด เพื่อจัดซื้อเครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ (AED)",
        ),
        PR,
        tags=("กีฬา", "สาธารณสุข"),
        style="word",
        alias="run2024",
    ),
    _Post(
        1307,
        1072,
        "2024-08-12",
        "09:45",
        "วันแม่แห่งชาติ 2567",
        "กิจกรรมเฉลิมพระเกียรติสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง เนื่องในวันแม่แห่งชาติ 12 สิงหาคม 2567",
        (
            "วันที่ 12 สิงหาคม 2567 นายก อบจ.ศรีนคราภูมิ พร้อมคณะผู้บริหาร สมาชิกสภา และบุคลากร ร่วมพิธีทำบุญตักบาตรถวายพระราชกุศล พิธีถวายเครื่องราชสักการะและวางพานพุ่ม และพิธีจุดเทียนถวายพระพรชัยมงคล ณ ศาลากลางจังหวัดศรีนคราภูมิ",
        ),
        CLERK,
        tags=("ประเพณี",),
        style="gallery",
        captions=("พิธีทำบุญตักบาตรถวายพระราชกุศล", "พิธีวางพานพุ่ม", "พิธีจุดเทียนถวายพระพรชัยมงคล"),
    ),
    _Post(
        1312,
        1073,
        "2024-08-30",
        "16:00",
        "ผู้ชนะ e-bidding ถนน ศน.ถ.1-0021",
        "ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนสาย ศน.ถ.1-0021 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "ประกาศองค์การบริหารส่วนจังหวัดศรีนคราภูมิ",
            "เรื่อง ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนสาย ศน.ถ.1-0021 บ้านดงเย็น - บ้านนาคำ",
            "ตามประกาศประกวดราคาอิเล็กทรอนิกส์ ลงวันที่ 1 เมษายน 2567 นั้น ผู้ได้รับการคัดเลือก ได้แก่ บริษัท ศรีนคราโยธา จำกัด โดยเสนอราคาต่ำสุด เป็นเงินทั้งสิ้น 6,980,000.00 บาท (หกล้านเก้าแสนแปดหมื่นบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง",
            "ประกาศ ณ วันที่ 29 สิงหาคม พ.ศ. 2567",
            *_SIGN,
        ),
        SUPPLY,
        tags=("ถนน", "e-bidding"),
        style="notice",
        pdf="winner-road-0021.pdf",
        centred=(0, 1, 3, 4, 5),
    ),
    _Post(
        1318,
        1071,
        "2024-09-13",
        "06:40",
        "เฝ้าระวังน้ำท่วม ก.ย. 67",
        "ประกาศแจ้งเตือน ให้ประชาชนริมลำน้ำพองและลำน้ำยังเฝ้าระวังสถานการณ์น้ำท่วมฉับพลันและน้ำป่าไหลหลาก",
        (
            "ศูนย์ป้องกันและบรรเทาสาธารณภัย อบจ.ศรีนคราภูมิ แจ้งว่า ในช่วงวันที่ 13 - 18 กันยายน 2567 จะมีฝนตกหนักถึงหนักมากในหลายพื้นที่ของจังหวัด ขอให้ประชาชนที่อาศัยอยู่ริมลำน้ำพอง ลำน้ำยัง และพื้นที่ลุ่มต่ำ เฝ้าระวังน้ำท่วมฉับพลันและน้ำป่าไหลหลาก",
            "ขอให้ขนย้ายสิ่งของและสัตว์เลี้ยงขึ้นที่สูง ติดตามข่าวสารจากทางราชการอย่างใกล้ชิด และงดการสัญจรผ่านเส้นทางที่มีน้ำไหลผ่าน อบจ. ได้เตรียมเรือท้องแบน เครื่องสูบน้ำ และถุงยังชีพไว้พร้อมให้ความช่วยเหลือ",
            "หากต้องการความช่วยเหลือ ติดต่อศูนย์ป้องกันและบรรเทาสาธารณภัย อบจ.ศรีนคราภูมิ โทรศัพท์ 0 4271 1570 ต่อ 199 ตลอด 24 ชั่วโมง",
        ),
        PR,
        tags=("ภัยพิบัติ",),
        style="word",
        captions=("ระดับน้ำในลำน้ำพอง เมื่อเช้าวันที่ 13 กันยายน 2567",),
    ),
)
BY_ID = {p.id: p for p in POSTS}
FEATURED = (1318, 1301, 1296)  # the home slider ("ข่าวเด่น"), emitted as /<id>


@dataclass(frozen=True)
class _Event:
    id: int
    name: str
    start: str
    end: str
    time: str
    place: str
    cat: int  # 1 ประเพณี/วัฒนธรรม, 2 กีฬา, 3 ประชุม/อบรม
    text: tuple[str, ...]

    @property
    def d(self) -> date:
        return date.fromisoformat(self.start)

    @property
    def e(self) -> date:
        return date.fromisoformat(self.end)


EV_CATS = {1: ("ประเพณีและวัฒนธรรม", "Culture"), 2: ("กีฬา", "Sports"), 3: ("ประชุมและอบรม", "Meetings")}
EVENTS: tuple[_Event, ...] = (
    _Event(
        1331,
        "ประชุมสภา อบจ. สมัยสามัญ สมัยที่สาม",
        "2024-08-15",
        "2024-08-15",
        "09.30 - 16.00 น.",
        "ห้องประชุมสภา อบจ.ศรีนคราภูมิ",
        3,
        (
            "ประชุมสภาองค์การบริหารส่วนจังหวัดศรีนคราภูมิ สมัยสามัญ สมัยที่สาม ประจำปี 2567 เพื่อพิจารณาร่างข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2568",
            "ประชาชนที่สนใจสามารถเข้าฟังการประชุมได้ที่ห้องประชุมชั้น 3 หรือรับชมการถ่ายทอดสดทางเพจของ อบจ.",
        ),
    ),
    _Event(
        1333,
        "ศรีนคราภูมิ มินิมาราธอน 2024",
        "2024-09-15",
        "2024-09-15",
        "05.30 - 09.00 น.",
        "ลานหน้าสำนักงาน อบจ.ศรีนคราภูมิ",
        2,
        (
            "งานวิ่งการกุศลระยะทาง 10.5 และ 5 กิโลเมตร รายได้มอบให้โรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด",
            "รับเสื้อและหมายเลขวิ่งได้ในวันที่ 13 - 14 กันยายน 2567 เวลา 10.00 - 18.00 น.",
        ),
    ),
    _Event(
        1335,
        "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน รุ่นที่ 2",
        "2024-09-24",
        "2024-09-28",
        "08.30 - 16.30 น.",
        "ศูนย์ป้องกันและบรรเทาสาธารณภัย อบจ.ศรีนคราภูมิ",
        3,
        (
            "หลักสูตรการจัดตั้งอาสาสมัครป้องกันภัยฝ่ายพลเรือน 5 วัน สำหรับผู้แทนหมู่บ้านละ 2 คน รวม 180 คน",
            "ผู้เข้าอบรมต้องแต่งกายชุดกีฬาและนำบัตรประจำตัวประชาชนมาแสดงในวันลงทะเบียน",
        ),
    ),
    _Event(
        1337,
        "งานบุญออกพรรษาและแข่งขันเรือยาว ประจำปี 2567",
        "2024-10-19",
        "2024-10-20",
        "08.00 - 18.00 น.",
        "ลำน้ำพอง หน้าที่ว่าการอำเภอเมืองศรีนคราภูมิ",
        1,
        (
            "การแข่งขันเรือยาวประเพณี ชิงถ้วยนายกองค์การบริหารส่วนจังหวัด พร้อมการประกวดเรือไฟและตลาดนัดของดีชุมชน",
            "ทีมเรือที่สนใจส่งใบสมัครได้ที่กองการศึกษา ศาสนาและวัฒนธรรม ภายในวันที่ 10 ตุลาคม 2567",
        ),
    ),
    _Event(
        1339,
        "ประเพณีลอยกระทงจังหวัดศรีนคราภูมิ",
        "2024-11-15",
        "2024-11-15",
        "17.00 - 22.00 น.",
        "สวนสาธารณะหนองสิม",
        1,
        (
            "การประกวดกระทงใหญ่ของอำเภอ การประกวดนางนพมาศ และการแสดงแสงสีเสียงริมหนองสิม",
            "ขอเชิญชวนประชาชนใช้กระทงจากวัสดุธรรมชาติ เพื่อลดปริมาณขยะในแหล่งน้ำ",
        ),
    ),
    _Event(
        1341,
        "กีฬาเยาวชน อบจ.สัมพันธ์ ประจำปี 2567",
        "2024-12-02",
        "2024-12-06",
        "08.00 - 17.00 น.",
        "สนามกีฬากลางจังหวัดศรีนคราภูมิ",
        2,
        (
            "การแข่งขันกีฬาของนักเรียนโรงเรียนในสังกัด อบจ. 11 ชนิดกีฬา เพื่อคัดเลือกตัวแทนจังหวัด",
            "ผู้ปกครองและประชาชนเข้าชมการแข่งขันได้โดยไม่เสียค่าใช้จ่าย",
        ),
    ),
)
EV_BY_ID = {e.id: e for e in EVENTS}

# Variant (culture) nodes: id -> (parent, Thai name, English name, kind)
NODES: dict[int, tuple[int, str, str, str]] = {
    1060: (HOME_ID, "เกี่ยวกับ อบจ.", "About us", "about"),
    1061: (1060, "ประวัติความเป็นมา", "History", "page"),
    1062: (1060, "วิสัยทัศน์และพันธกิจ", "Vision and Mission", "page"),
    1063: (1060, "โครงสร้างองค์กร", "Organisation Structure", "page"),
    1070: (HOME_ID, "ข่าวสาร", "News", "news"),
    1071: (1070, "ข่าวประชาสัมพันธ์", "Public Relations", "cat"),
    1072: (1070, "ข่าวกิจกรรม", "Activities", "cat"),
    1073: (1070, "ประกาศจัดซื้อจัดจ้าง", "Procurement", "cat"),
    1080: (HOME_ID, "ปฏิทินกิจกรรม", "Events", "calendar"),
    1090: (HOME_ID, "ITA", "ITA", "ita"),
    1095: (HOME_ID, "ติดต่อเรา", "Contact us", "contact"),
    1096: (HOME_ID, "ค้นหา", "Search", "search"),
    1097: (HOME_ID, "แผนผังเว็บไซต์", "Sitemap", "sitemap"),
    ERROR404_ID: (HOME_ID, "ไม่พบหน้า", "Page not found", "404"),
}

STATIC_TEXT: dict[int, dict[str, tuple[str, ...]]] = {
    1060: {
        "th": (
            "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ เป็นองค์กรปกครองส่วนท้องถิ่นที่มีพื้นที่รับผิดชอบครอบคลุมทั้งจังหวัด 11 อำเภอ มีหน้าที่จัดทำบริการสาธารณะที่เกินขีดความสามารถขององค์กรปกครองส่วนท้องถิ่นระดับตำบล",
            "ภารกิจหลักได้แก่ การก่อสร้างและบำรุงรักษาถนนเชื่อมระหว่างอำเภอ การจัดการศึกษา การสาธารณสุขผ่านโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน การป้องกันและบรรเทาสาธารณภัย และการส่งเสริมการท่องเที่ยว กีฬา ศาสนาและวัฒนธรรม",
        ),
        "en": (
            "Si Nakhra Phum Provincial Administrative Organization is the local government of the whole province, covering 11 districts, and provides the public services that are beyond the means of the sub-district authorities.",
            "Its main tasks are inter-district roads, schools, the transferred health promoting hospitals, disaster prevention, and the promotion of tourism, sport, religion and culture.",
        ),
    },
    1061: {
        "th": (
            "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ จัดตั้งขึ้นตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 โดยแยกการบริหารออกจากราชการส่วนภูมิภาค และมีนายก อบจ. ที่มาจากการเลือกตั้งโดยตรงของประชาชนตั้งแต่ปี พ.ศ. 2547",
            "สำนักงานแห่งแรกตั้งอยู่ภายในศาลากลางจังหวัดหลังเก่า ก่อนย้ายมายังอาคารสำนักงานปัจจุบันบนถนนศรีนคราภิรมย์ในปี พ.ศ. 2552 ปัจจุบันมีบุคลากรกว่า 1,200 คน รวมบุคลากรของโรงเรียนและโรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด",
        ),
        "en": (
            "The organisation was established under the Provincial Administrative Organization Act of 1997, and its president has been directly elected since 2004.",
            "Its first office was in the old provincial hall; it moved to the present building on Si Nakhra Phirom Road in 2009.",
        ),
    },
    1062: {
        "th": (
            'วิสัยทัศน์ "ศรีนคราภูมิเมืองน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข บนฐานการมีส่วนร่วมของประชาชน"',
            "พันธกิจ 1. พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและเชื่อมโยงทุกอำเภอ 2. ส่งเสริมการศึกษาและสุขภาวะของประชาชนทุกช่วงวัย 3. อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม 4. บริหารจัดการตามหลักธรรมาภิบาล",
        ),
        "en": (
            "Vision: a liveable Si Nakhra Phum with a stable economy and a happy society, built on the participation of its people.",
            "Missions: infrastructure linking every district; education and health for all ages; conservation of natural resources; good governance.",
        ),
    },
    1063: {
        "th": (
            "โครงสร้างส่วนราชการขององค์การบริหารส่วนจังหวัดศรีนคราภูมิ ประกอบด้วย สำนักปลัด กองคลัง กองช่าง กองยุทธศาสตร์และงบประมาณ กองการศึกษา ศาสนาและวัฒนธรรม กองสาธารณสุข กองพัสดุและทรัพย์สิน กองการเจ้าหน้าที่ และหน่วยตรวจสอบภายใน",
        ),
        "en": (
            "The organisation has a Office of the Permanent Secretary and eight divisions: finance, engineering, strategy and budget, education, public health, procurement, personnel and internal audit.",
        ),
    },
}

ITA_DOCS = (
    ("O1", "โครงสร้าง", "1843", "o1.pdf"),
    ("O2", "ข้อมูลผู้บริหาร", "1844", "o2.pdf"),
    ("O3", "อำนาจหน้าที่", "1845", "o3.pdf"),
    ("O10", "แผนดำเนินงานประจำปี", "2217", "o10-plan-2567.pdf"),
    ("O12", "รายงานผลการดำเนินงานประจำปี", "2218", "o12-report-2566.pdf"),
    ("O20", "แผนการจัดซื้อจัดจ้าง", "2219", "o20-procurement-2567.pdf"),
)

POPULAR_QUERIES = ("ภาษีบำรุง อบจ", "รับสมัครงาน", "e-bidding", "ถนน")
RELATED_WORDS = ("2567", "อบจ", "ประกาศ", "โครงการ")

L = {
    "th": {
        "home": "หน้าแรก",
        "read": "อ่านต่อ",
        "views": "เข้าชม {n} ครั้ง",
        "by": "โดย",
        "updated": "แก้ไขล่าสุด",
        "related": "ข่าวที่เกี่ยวข้อง",
        "share": "แชร์",
        "print": "พิมพ์",
        "short": "ลิงก์สั้น",
        "tags": "แท็ก",
        "attach": "เอกสารแนบ",
        "sort": "เรียงตาม",
        "sort_date": "วันที่",
        "sort_title": "ชื่อเรื่อง",
        "sort_views": "ยอดเข้าชม",
        "first": "หน้าแรก",
        "prev": "ก่อนหน้า",
        "next": "ถัดไป",
        "last": "หน้าสุดท้าย",
        "empty": "ไม่พบข้อมูล",
        "search": "ค้นหา",
        "search_ph": "ค้นหาข้อมูลภายในเว็บไซต์",
        "results": 'ผลการค้นหา "{q}" พบ {n} รายการ',
        "didyoumean": "คุณหมายถึง",
        "related_q": "ค้นหาที่เกี่ยวข้อง",
        "popular": "คำค้นยอดนิยม",
        "featured": "ข่าวเด่น",
        "latest": "ข่าวล่าสุด",
        "all": "ดูทั้งหมด",
        "calendar": "ปฏิทินกิจกรรม",
        "upcoming": "กิจกรรมที่จะมาถึง",
        "prev_month": "เดือนก่อนหน้า",
        "next_month": "เดือนถัดไป",
        "all_cats": "ทุกประเภท",
        "when": "วันที่",
        "where": "สถานที่",
        "time": "เวลา",
        "gcal": "เพิ่มลงใน Google Calendar",
        "back": "กลับ",
        "lang": "EN",
        "visitors": "ผู้เข้าชมเว็บไซต์",
        "admin": "ผู้ดูแลระบบ",
        "newsletter": "รับข่าวสารทางอีเมล",
        "subscribe": "สมัคร",
        "weekdays": ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."),
        "news_of": "ข่าวสาร",
        "president": "สารจากนายก อบจ.",
        "published": "วันที่",
    },
    "en": {
        "home": "Home",
        "read": "Read more",
        "views": "{n} views",
        "by": "By",
        "updated": "Last updated",
        "related": "Related news",
        "share": "Share",
        "print": "Print",
        "short": "Short link",
        "tags": "Tags",
        "attach": "Attachments",
        "sort": "Sort by",
        "sort_date": "Date",
        "sort_title": "Title",
        "sort_views": "Views",
        "first": "First",
        "prev": "Previous",
        "next": "Next",
        "last": "Last",
        "empty": "No items found",
        "search": "Search",
        "search_ph": "Search this site",
        "results": 'Search results for "{q}": {n} items',
        "didyoumean": "Did you mean",
        "related_q": "Related searches",
        "popular": "Popular searches",
        "featured": "Highlights",
        "latest": "Latest news",
        "all": "View all",
        "calendar": "Events calendar",
        "upcoming": "Upcoming events",
        "prev_month": "Previous month",
        "next_month": "Next month",
        "all_cats": "All categories",
        "when": "Date",
        "where": "Venue",
        "time": "Time",
        "gcal": "Add to Google Calendar",
        "back": "Back",
        "lang": "ไทย",
        "visitors": "Visitors",
        "admin": "Administrator",
        "newsletter": "Newsletter",
        "subscribe": "Subscribe",
        "weekdays": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        "news_of": "News",
        "president": "Message from the President",
        "published": "Published",
    },
}


def _month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


class _Umbraco:
    def __init__(self, site: FixtureSite) -> None:
        self.site = site
        self.b = site.base_url
        # decoded path without trailing slash -> (lang, node id); "" is the root
        self.paths: dict[str, tuple[str, int]] = {}
        self.old_paths: dict[str, int] = {}
        self.aliases: dict[str, int] = {}
        self.media: dict[str, Response] = {}
        for lang in ("th", "en"):
            for nid in list(NODES) + [p.id for p in POSTS] + [e.id for e in EVENTS] + [HOME_ID]:
                self.paths[self.path(nid, lang).rstrip("/")] = (lang, nid)
        for p in POSTS:
            if p.old_name:
                self.old_paths[self.path(p.cat, "th") + url_segment(p.old_name)] = p.id
            if p.alias:
                self.aliases["/" + p.alias] = p.id

    # -- the node tree -----------------------------------------------------------------------------------------
    def segment(self, nid: int, lang: str) -> str:
        if nid in NODES:
            return url_segment(NODES[nid][1] if lang == "th" else NODES[nid][2])
        if nid in BY_ID:
            return url_segment(BY_ID[nid].name)
        return url_segment(EV_BY_ID[nid].name)

    def parent(self, nid: int) -> int:
        if nid in NODES:
            return NODES[nid][0]
        if nid in BY_ID:
            return BY_ID[nid].cat
        return 1080

    def path(self, nid: int, lang: str) -> str:
        """IPublishedContent.Url: root-relative, raw (not percent-encoded), trailing slash."""
        root = "/" if lang == "th" else "/en/"
        if nid == HOME_ID:
            return root
        parts = []
        while nid != HOME_ID:
            parts.append(self.segment(nid, lang))
            nid = self.parent(nid)
        return root + "/".join(reversed(parts)) + "/"

    def name(self, nid: int, lang: str) -> str:
        if nid == HOME_ID:
            return L[lang]["home"]
        if nid in NODES:
            return NODES[nid][1] if lang == "th" else NODES[nid][2]
        if nid in BY_ID:
            return BY_ID[nid].title
        return EV_BY_ID[nid].name

    def crumbs(self, nid: int, lang: str) -> str:
        chain = []
        cur = nid
        while cur != HOME_ID:
            chain.append(cur)
            cur = self.parent(cur)
        items = [f'<li class="breadcrumb-item"><a href="{self.path(HOME_ID, lang)}">{esc(L[lang]["home"])}</a></li>']
        for c in reversed(chain[1:]):
            items.append(
                f'<li class="breadcrumb-item"><a href="{attr(self.path(c, lang))}">{esc(self.name(c, lang))}</a></li>'
            )
        items.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(self.name(nid, lang))}</li>')
        return '<nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(items) + "</ol></nav>"

    # -- media ---------------------------------------------------------------------------------------------------
    def photo(self, p: _Post, k: int) -> str:
        return f"/media/{_folder(f'p{p.id}-{k}')}/img_{4000 + (p.id * 7 + k * 13) % 5000}.jpg"

    def crop(self, src: str, w: int, h: int, when: datetime) -> str:
        return f"{src}?anchor=center&amp;mode=crop&amp;width={w}&amp;height={h}&amp;rnd={_ticks(when)}"

    def pdf_path(self, p: _Post) -> str:
        return f"/media/{_folder(f'pdf{p.id}')}/{p.pdf}"

    def views(self, nid: int) -> int:
        return 57 + (nid * 37) % 1900

    # -- layout --------------------------------------------------------------------------------------------------
    def page(
        self,
        lang: str,
        nid: int,
        title: str,
        main: str,
        *,
        target: str,
        switch: str | None = None,
        head: str = "",
        status: int = 200,
        body_class: str = "",
    ) -> Response:
        b = self.b
        t = L[lang]
        root = self.path(HOME_ID, lang)
        if switch is None:
            other = "en" if lang == "th" else "th"
            switch = self.path(nid, other) if nid in self.node_ids() else self.path(HOME_ID, other)

        def nav_item(n: int, children: tuple[int, ...] = ()) -> str:
            if not children:
                return f'<li class="nav-item"><a class="nav-link" href="{attr(self.path(n, lang))}">{esc(self.name(n, lang))}</a></li>'
            sub = "".join(
                f'<a class="dropdown-item" href="{attr(self.path(c, lang))}">{esc(self.name(c, lang))}</a>'
                for c in children
            )
            return f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{attr(self.path(n, lang))}" data-toggle="dropdown">{esc(self.name(n, lang))}</a><div class="dropdown-menu">{sub}</div></li>'

        nav = (
            f'<li class="nav-item"><a class="nav-link" href="{root}">{esc(t["home"])}</a></li>'
            + nav_item(1060, (1061, 1062, 1063))
            + nav_item(1070, (1071, 1072, 1073))
            + nav_item(1080)
            + nav_item(1090)
            + nav_item(1095)
        )
        name = SITE if lang == "th" else SITE_EN
        address = ADDRESS if lang == "th" else ADDRESS_EN
        og_url = b + enc(unquote(target))
        text = f"""<!DOCTYPE html>
<html lang="{"th" if lang == "th" else "en"}">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
    <title>{esc(title)} - {esc(name)}</title>
    <meta name="description" content="{attr(name)}" />
    <meta property="og:site_name" content="{attr(name)}" />
    <meta property="og:url" content="{attr(og_url)}" />
    <meta property="og:title" content="{attr(title)}" />
    <meta name="generator" content="Umbraco" />
{head}
    <link rel="shortcut icon" href="/favicon.ico" />
    <link href="/css/bootstrap.min.css" rel="stylesheet" />
    <link href="/css/fontawesome-all.min.css" rel="stylesheet" />
    <link href="/css/site.css?v=1.4.7" rel="stylesheet" />
    <link rel="alternate" hreflang="th-TH" href="{attr(b + (self.path(nid, "th") if nid in self.node_ids() else "/"))}" />
    <link rel="alternate" hreflang="en-US" href="{attr(b + (self.path(nid, "en") if nid in self.node_ids() else "/en/"))}" />
</head>
<body class="{body_class}">
<div class="topbar bg-dark text-white small">
    <div class="container d-flex justify-content-between">
        <span><i class="fas fa-phone"></i> {PHONE} &nbsp; <i class="fas fa-envelope"></i> <a class="text-white" href="mailto:{EMAIL}">{EMAIL}</a></span>
        <span><a class="text-white" href="{attr(switch)}" hreflang="{"en" if lang == "th" else "th"}">{t["lang"]}</a> | <a class="text-white" href="https://www.facebook.com/srinakhraphumpao" target="_blank" rel="noopener"><i class="fab fa-facebook"></i></a></span>
    </div>
</div>
<header class="site-header">
    <div class="container d-flex align-items-center py-2">
        <a href="{root}" class="brand"><img src="/media/1001/logo-pao.png" alt="{attr(name)}" height="80" /></a>
        <div class="ml-3"><div class="h4 mb-0">{esc(name)}</div><div class="small text-muted">{esc(SITE_SHORT if lang == "th" else "Si Nakhra Phum PAO")}</div></div>
        <form class="form-inline ml-auto" action="{attr(self.path(1096, lang))}" method="get"><input class="form-control form-control-sm" type="search" name="q" placeholder="{attr(t["search_ph"])}" /><button class="btn btn-sm btn-warning" type="submit"><i class="fas fa-search"></i></button></form>
    </div>
    <nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav">{nav}</ul></div></div></nav>
</header>
<main id="main" class="py-4">
{main}
</main>
<footer class="site-footer bg-dark text-white-50 pt-4 small">
    <div class="container">
        <div class="row">
            <div class="col-md-5"><h6 class="text-white">{esc(name)}</h6><p>{esc(address)}<br />โทรศัพท์ {PHONE} โทรสาร 0 4271 1571<br />{EMAIL}</p></div>
            <div class="col-md-3"><h6 class="text-white">Links</h6><ul class="list-unstyled"><li><a class="text-white-50" href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a class="text-white-50" href="https://www.gprocurement.go.th/" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ</a></li><li><a class="text-white-50" href="{attr(self.path(1097, lang))}">{esc(self.name(1097, lang))}</a></li><li><a class="text-white-50" href="/umbraco/">{esc(t["admin"])}</a></li></ul></div>
            <div class="col-md-4"><h6 class="text-white">{esc(t["newsletter"])}</h6>
                <form action="/umbraco/Surface/Newsletter/Subscribe" method="post"><input name="__RequestVerificationToken" type="hidden" value="CfDJ8{_hex(target, 40)}" /><input class="form-control form-control-sm mb-1" type="email" name="Email" /><button class="btn btn-sm btn-outline-light" type="submit">{esc(t["subscribe"])}</button></form>
                <p class="mt-2">{esc(t["visitors"])}: <span class="counter">1,284,{(len(target) * 37) % 1000:03d}</span></p></div>
        </div>
        <p class="text-center py-2 mb-0 border-top border-secondary">&copy; 2567 {esc(name)} | พัฒนาโดย ศรีนคราเว็บดีไซน์</p>
    </div>
</footer>
<script src="/scripts/jquery-3.6.0.min.js"></script>
<script src="/scripts/bootstrap.bundle.min.js"></script>
<script src="/scripts/site.js?v=1.4.7"></script>
<script>$.post('/umbraco/api/PageView/Hit', {{ id: {nid} }});</script>
</body>
</html>
"""
        return Response(status, (("Content-Type", HTML_CT), *IIS), text.encode("utf-8"))

    def node_ids(self) -> set[int]:
        return set(NODES) | set(BY_ID) | set(EV_BY_ID) | {HOME_ID}

    # -- pieces --------------------------------------------------------------------------------------------------
    def item_card(self, p: _Post, lang: str) -> str:
        url = enc(self.path(p.id, lang))
        first = p.paragraphs[0]
        if p.style == "notice" and len(p.paragraphs) > 2:
            first = p.paragraphs[2]
        excerpt = first[:150] + ("..." if len(first) > 150 else "")
        thumb = (
            self.crop(self.photo(p, 1), 360, 240, p.updated)
            if p.captions or p.style == "gallery"
            else "/media/1002/news-default.jpg?width=360&amp;height=240"
        )
        return f"""<div class="news-item media mb-3 pb-3 border-bottom">
    <a href="{attr(url)}"><img class="mr-3" src="{thumb}" alt="" width="180" /></a>
    <div class="media-body">
        <h5 class="mt-0"><a href="{attr(url)}">{esc(p.title)}</a></h5>
        <div class="small text-muted"><i class="far fa-calendar-alt"></i> {d_short(p.d, lang)} &nbsp; <i class="far fa-eye"></i> {self.views(p.id)}</div>
        <p class="small">{esc(excerpt)}</p>
        <a class="btn btn-sm btn-outline-primary" href="{attr(url)}">{esc(L[lang]["read"])}</a>
    </div>
</div>"""

    def pager(self, lang: str, page: int, pages: int, keep: list[tuple[str, str]]) -> str:
        if pages <= 1:
            return ""
        t = L[lang]

        def href(n: int) -> str:
            return "?" + urlencode([*keep, ("page", str(n))])

        items = []
        if page > 1:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{attr(href(1))}">{esc(t["first"])}</a></li>'
            )
            items.append(
                f'<li class="page-item"><a class="page-link" href="{attr(href(page - 1))}">&laquo; {esc(t["prev"])}</a></li>'
            )
        for n in range(1, pages + 1):
            if n == page:
                items.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
            else:
                items.append(f'<li class="page-item"><a class="page-link" href="{attr(href(n))}">{n}</a></li>')
        if page < pages:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{attr(href(page + 1))}">{esc(t["next"])} &raquo;</a></li>'
            )
            items.append(
                f'<li class="page-item"><a class="page-link" href="{attr(href(pages))}">{esc(t["last"])}</a></li>'
            )
        return '<nav><ul class="pagination justify-content-center">' + "".join(items) + "</ul></nav>"

    # -- home ----------------------------------------------------------------------------------------------------
    def home(self, lang: str, target: str) -> Response:
        t = L[lang]
        newest = sorted(POSTS, key=lambda p: p.dt, reverse=True)

        def latest(cat: int, n: int) -> list[_Post]:
            return [p for p in newest if p.cat == cat][:n]

        slides = "".join(
            f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="/{pid}"><img class="d-block w-100" src="{self.crop(self.photo(BY_ID[pid], 1) if BY_ID[pid].captions else "/media/1003/banner-default.jpg", 1200, 450, BY_ID[pid].updated)}" alt="" /></a><div class="carousel-caption"><h5>{esc(BY_ID[pid].title)}</h5></div></div>'
            for i, pid in enumerate(FEATURED)
        )
        ticker = " &bull; ".join(f'<a href="/?umbPageId={p.id}">{esc(p.title)}</a>' for p in newest[:5])
        pr = "".join(self.item_card(p, lang) for p in latest(1071, 4))
        acts = "".join(
            f'<div class="col-md-4"><div class="card mb-3"><a href="{attr(self.path(p.id, lang))}"><img class="card-img-top" src="{self.crop(self.photo(p, 1), 400, 260, p.updated)}" alt="" /></a><div class="card-body"><h6 class="card-title"><a href="{attr(self.path(p.id, lang))}">{esc(p.title)}</a></h6><div class="small text-muted">{d_short(p.d, lang)}</div></div></div></div>'
            for p in latest(1072, 3)
        )
        proc = "".join(
            f'<tr><td>{d_short(p.d, lang)}</td><td><a href="{attr(self.path(p.id, lang))}">{esc(p.title)}</a></td></tr>'
            for p in latest(1073, 3)
        )
        banners = "".join(
            f'<a href="/{BY_ID[pid].alias}"><img class="img-fluid mb-2" src="/media/{_folder("banner" + str(pid))}/banner-{BY_ID[pid].alias}.jpg?width=360" alt="{attr(BY_ID[pid].title)}" /></a>'
            for pid in (1301, 1273, 1262)
        )
        popular = " ".join(
            f'<a class="badge badge-light" href="{attr(self.path(1096, lang))}?{urlencode({"q": q})}">{esc(q)}</a>'
            for q in POPULAR_QUERIES
        )
        upcoming = "".join(
            f'<li><a href="{attr(self.path(e.id, lang))}">{esc(e.name)}</a><br /><small>{d_long(e.d, lang)}</small></li>'
            for e in EVENTS
            if e.e >= TODAY
        )
        cal = self.path(1080, lang)
        message = (
            "องค์การบริหารส่วนจังหวัดศรีนคราภูมิ มุ่งมั่นพัฒนาจังหวัดให้เป็นเมืองน่าอยู่ ด้วยการทำงานที่โปร่งใส ตรวจสอบได้ และเปิดโอกาสให้ประชาชนมีส่วนร่วมในทุกขั้นตอน"
            if lang == "th"
            else "The PAO works for a liveable province, with transparent work that citizens can follow and take part in."
        )
        main = f"""<div class="container">
    <div class="ticker alert alert-warning py-1"><strong>{esc(t["latest"])}:</strong> <marquee scrollamount="4">{ticker}</marquee></div>
    <div class="row">
        <div class="col-lg-8">
            <h2 class="section-title">{esc(t["featured"])}</h2>
            <div id="featured" class="carousel slide mb-4" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>
            <h2 class="section-title">{esc(self.name(1071, lang))} <a class="small float-right" href="{attr(self.path(1071, lang))}">{esc(t["all"])}</a></h2>
            {pr}
            <h2 class="section-title">{esc(self.name(1072, lang))} <a class="small float-right" href="{attr(self.path(1072, lang))}">{esc(t["all"])}</a></h2>
            <div class="row">{acts}</div>
            <h2 class="section-title">{esc(self.name(1073, lang))} <a class="small float-right" href="{attr(self.path(1073, lang))}">{esc(t["all"])}</a></h2>
            <table class="table table-sm table-striped"><tbody>{proc}</tbody></table>
        </div>
        <aside class="col-lg-4">
            <div class="card mb-3"><div class="card-body"><img class="float-left mr-2" src="/media/1004/president.jpg?width=90" alt="" /><h6>{esc(t["president"])}</h6><p class="small">{esc(message)}</p><p class="small text-right">{esc(PRESIDENT)}</p></div></div>
            {banners}
            <div class="card mb-3"><div class="card-header">{esc(t["upcoming"])}</div><div class="card-body"><ul class="list-unstyled small">{upcoming}</ul><a href="{attr(cal)}?month={TODAY:%Y-%m}">{esc(t["calendar"])}</a></div></div>
            <div class="card mb-3"><div class="card-header">{esc(t["popular"])}</div><div class="card-body">{popular}</div></div>
            <div class="card mb-3"><div class="card-header">ITA</div><div class="card-body"><a href="{attr(self.path(1090, lang))}"><img class="img-fluid" src="/media/1005/ita-banner.png" alt="ITA" /></a></div></div>
        </aside>
    </div>
</div>"""
        return self.page(lang, HOME_ID, SITE if lang == "th" else SITE_EN, main, target=target, body_class="home")

    # -- listings ------------------------------------------------------------------------------------------------
    def listing(self, lang: str, nid: int, pairs: list[tuple[str, str]], target: str) -> Response:
        t = L[lang]
        q = dict(pairs)
        tag = q.get("tag", "")
        sort = q.get("sort", "date")
        order = q.get("order", "desc")
        try:
            page = max(int(q.get("page", "1")), 1)
        except ValueError:
            page = 1
        per = 10 if nid == 1070 else 6
        size = q.get("pageSize", "")
        if size in ("6", "12", "24", "48"):
            per = int(size)
        items = [p for p in POSTS if nid == 1070 or p.cat == nid]
        if tag:
            items = [p for p in items if tag in p.tags]
        if sort == "title":
            items.sort(key=lambda p: p.title)
        elif sort == "views":
            items.sort(key=lambda p: self.views(p.id))
        else:
            items.sort(key=lambda p: p.dt)
        if order != "asc":
            items.reverse()
        pages = max(1, -(-len(items) // per))
        shown = items[(page - 1) * per : page * per]
        keep = [(k, v) for k, v in (("tag", tag), ("pageSize", size)) if v]
        sorting = [("sort", sort), ("order", order)] if "sort" in q or "order" in q else []
        keep += sorting
        body = "".join(self.item_card(p, lang) for p in shown) or f'<p class="alert alert-info">{esc(t["empty"])}</p>'

        def sort_link(key: str, label: str) -> str:
            new_order = "asc" if sort == key and order == "desc" else "desc"
            params = [
                (k, v) for k, v in (("tag", tag), ("pageSize", size), ("page", str(page) if page > 1 else "")) if v
            ]
            params += [("sort", key), ("order", new_order)]
            return f'<a class="btn btn-sm btn-light" href="?{attr(urlencode(params))}">{esc(label)}</a>'

        def size_link(n: int) -> str:
            params = [(k, v) for k, v in (("tag", tag),) if v] + [
                ("sort", sort),
                ("order", order),
                ("pageSize", str(n)),
            ]
            return f'<a class="dropdown-item" href="?{attr(urlencode(params))}">{n}</a>'

        sorts = f'<div class="sort-bar mb-3 small">{esc(t["sort"])}: {sort_link("date", t["sort_date"])} {sort_link("title", t["sort_title"])} {sort_link("views", t["sort_views"])} <span class="dropdown d-inline-block"><a class="dropdown-toggle" href="#" data-toggle="dropdown">{per}</a><span class="dropdown-menu">{"".join(size_link(n) for n in (6, 12, 24, 48))}</span></span></div>'
        cats = ""
        if nid == 1070:
            cats = (
                '<ul class="nav nav-pills mb-3">'
                + "".join(
                    f'<li class="nav-item"><a class="nav-link" href="{attr(self.path(c, lang) + ("?" + urlencode(sorting) if sorting else ""))}">{esc(self.name(c, lang))}</a></li>'
                    for c in CATS
                )
                + "</ul>"
            )
        tag_links = (
            '<div class="tags small mb-3">'
            + " ".join(
                f'<a class="badge badge-secondary" href="{attr(self.path(1070, lang))}?{urlencode([("tag", tg), *sorting])}">{esc(tg)}</a>'
                for tg in TAGS
            )
            + "</div>"
        )
        heading = self.name(nid, lang) + (f" : {tag}" if tag else "")
        main = f"""<div class="container">
    {self.crumbs(nid, lang)}
    <h1 class="page-title">{esc(heading)}</h1>
    {cats}
    {sorts}
    <div class="news-list">
{body}
    </div>
    {self.pager(lang, page, pages, keep)}
    {tag_links}
</div>"""
        return self.page(lang, nid, heading, main, target=target, body_class="news-list-page")

    # -- the post ------------------------------------------------------------------------------------------------
    def body_html(self, p: _Post, lang: str) -> str:
        paras = list(p.paragraphs)
        out = []
        for i, text in enumerate(paras):
            link = ""
            if p.link[0] == i:
                old = BY_ID[p.link[1]]
                link = f' <a href="{attr(self.path(old.cat, "th") + url_segment(old.old_name))}/">{esc(p.link[2])}</a>'
            if p.style == "notice":
                if i in p.centred:
                    out.append(f'<p style="text-align: center;"><strong>{esc(text)}</strong>{link}</p>')
                else:
                    out.append(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp; {esc(text)}{link}</p>')
            elif p.style == "word":
                out.append(
                    f'<p class="MsoNormal" style="text-indent: 36.0pt; line-height: 115%;"><span lang="TH" style="font-family: \'TH SarabunPSK\', sans-serif; font-size: 16.0pt; line-height: 115%;">{esc(text)}{link}<o:p></o:p></span></p>'
                )
                out.append('<p class="MsoNormal"><span style="font-size: 16.0pt;"><o:p>&nbsp;</o:p></span></p>')
            elif p.style == "justify":
                first, _, rest = text.partition(" ")
                out.append(f'<p style="text-align: justify;"><strong>{esc(first)}</strong> {esc(rest)}{link}</p>')
            else:
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(text)}{link}</p>")
                if i == 0:
                    out.append("<p>&nbsp;</p>")
        if p.style in ("plain", "justify") and p.captions:
            udi = _hex(f"udi{p.id}", 32)
            out.insert(
                1,
                f'<p><img style="width: 500px; height: 333px;" src="{self.photo(p, 1)}?width=500&amp;height=333" alt="" data-udi="umb://media/{udi}" /></p>',
            )
        return "\n".join(out)

    def gallery(self, p: _Post) -> str:
        if not p.captions:
            return ""
        figs = "".join(
            f'<figure class="col-md-4 figure"><a href="{self.photo(p, k)}?width=1600" data-lightbox="gallery"><img class="figure-img img-fluid" src="{self.crop(self.photo(p, k), 400, 300, p.updated)}" alt="{attr(cap)}" /></a><figcaption class="figure-caption">{esc(cap)}</figcaption></figure>'
            for k, cap in enumerate(p.captions, start=1)
        )
        return f'<div class="news-gallery row">{figs}</div>'

    def post(self, lang: str, p: _Post, target: str, print_view: bool = False) -> Response:
        t = L[lang]
        b = self.b
        url = self.path(p.id, lang)
        canonical = b + url
        attach = ""
        if p.pdf:
            attach = f'<div class="attachments card mb-3"><div class="card-header">{esc(t["attach"])}</div><ul class="list-group list-group-flush"><li class="list-group-item"><i class="far fa-file-pdf text-danger"></i> <a href="{self.pdf_path(p)}" target="_blank">{esc(p.pdf)}</a> <small class="text-muted">(PDF)</small></li></ul></div>'
        date_line = f'<i class="far fa-calendar-alt"></i> {esc(t["published"])} {d_long(p.d, lang)} &nbsp; <i class="far fa-user"></i> {esc(t["by"])} {esc(p.author)} &nbsp; <i class="far fa-eye"></i> {esc(t["views"].format(n=self.views(p.id)))}'
        if print_view:
            text = f"""<!DOCTYPE html>
<html lang="th">
<head><meta charset="utf-8" /><title>{esc(p.title)}</title><meta name="robots" content="noindex" /><link href="/css/print.css" rel="stylesheet" /></head>
<body onload="window.print()">
<div class="print-header"><img src="/media/1001/logo-pao.png" alt="" height="60" /> {esc(SITE)}</div>
<h1>{esc(p.title)}</h1>
<div class="meta">{date_line}</div>
<div class="content">
{self.body_html(p, lang)}
</div>
{self.gallery(p)}
<p class="print-url">{esc(b + enc(url))}</p>
</body>
</html>
"""
            return Response(200, (("Content-Type", HTML_CT), *IIS), text.encode("utf-8"))
        related = [q for q in sorted(POSTS, key=lambda q: q.dt, reverse=True) if q.cat == p.cat and q.id != p.id][:3]
        rel = "".join(
            f'<div class="col-md-4"><div class="card h-100"><div class="card-body"><h6><a href="{attr(self.path(q.id, lang))}">{esc(q.title)}</a></h6><p class="small text-muted">{d_short(q.d, lang)}</p><p class="small">{esc(q.paragraphs[-1 if q.style == "notice" else 0][:110])}...</p></div></div></div>'
            for q in related
        )
        share_url = quote(canonical, safe="")
        tags = " ".join(
            f'<a class="badge badge-secondary" href="{attr(self.path(1070, lang))}?{urlencode({"tag": tg})}">{esc(tg)}</a>'
            for tg in p.tags
        )
        print_href = f"{url}?altTemplate=print" if lang == "th" else f"{url}print"
        share = f"""<div class="share-bar my-3">
    <span class="mr-2">{esc(t["share"])}:</span>
    <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank"><i class="fab fa-facebook-f"></i> Facebook</a>
    <a class="btn btn-sm btn-success" href="https://social-plugins.line.me/lineit/share?url={share_url}" target="_blank"><i class="fab fa-line"></i> LINE</a>
    <a class="btn btn-sm btn-info" href="https://twitter.com/intent/tweet?url={share_url}&amp;text={quote(p.title, safe="")}" target="_blank"><i class="fab fa-twitter"></i> Twitter</a>
    <a class="btn btn-sm btn-secondary" href="{attr(print_href)}" target="_blank"><i class="fas fa-print"></i> {esc(t["print"])}</a>
    <span class="ml-2 small">{esc(t["short"])}: <a href="/{p.id}">{b}/{p.id}</a></span>
</div>"""
        ld = f"""<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{attr(p.title)}","datePublished":"{d_custom_iso(p.dt, lang)}+07:00","dateModified":"{d_custom_iso(p.updated, lang)}+07:00","author":{{"@type":"Organization","name":"{attr(p.author)}"}},"publisher":{{"@type":"Organization","name":"{attr(SITE)}"}}}}</script>"""
        head = f"""    <link rel="canonical" href="{attr(canonical)}" />
    <meta property="og:type" content="article" />
    <meta property="og:image" content="{b}{self.photo(p, 1) if p.captions else "/media/1002/news-default.jpg"}" />
    <meta property="article:published_time" content="{p.dt:%Y-%m-%dT%H:%M:%S}" />
    <meta property="article:modified_time" content="{p.updated:%Y-%m-%dT%H:%M:%S}" />
    {ld}"""
        main = f"""<div class="container">
    {self.crumbs(p.id, lang)}
    <article class="news-detail">
        <h1 class="news-title">{esc(p.title)}</h1>
        <div class="news-meta small text-muted mb-3">{date_line}</div>
        <div class="news-body">
{self.body_html(p, lang)}
        </div>
        {self.gallery(p)}
        {attach}
        <div class="news-tags small">{esc(t["tags"])}: {tags}</div>
        <p class="small text-muted mt-2">{esc(t["updated"])} {d_default(p.updated, lang)}</p>
        {share}
    </article>
    <section class="related-news mt-4">
        <h3>{esc(t["related"])}</h3>
        <div class="row">{rel}</div>
    </section>
</div>"""
        return self.page(lang, p.id, p.title, main, target=target, head=head, body_class="news-detail-page")

    # -- static pages --------------------------------------------------------------------------------------------
    def static(self, lang: str, nid: int, target: str) -> Response:
        paras = "".join(f"<p>{esc(x)}</p>" for x in STATIC_TEXT[nid][lang])
        sub = ""
        if nid == 1060:
            sub = (
                '<ul class="list-group mt-3">'
                + "".join(
                    f'<li class="list-group-item"><a href="{attr(self.path(c, lang))}">{esc(self.name(c, lang))}</a></li>'
                    for c in (1061, 1062, 1063)
                )
                + "</ul>"
            )
        if nid == 1063:
            sub = '<p><img class="img-fluid" src="/media/1006/structure-2567.jpg?width=1000" alt="" /></p>'
        main = f"""<div class="container">
    {self.crumbs(nid, lang)}
    <h1 class="page-title">{esc(self.name(nid, lang))}</h1>
    <div class="page-content">{paras}{sub}</div>
</div>"""
        return self.page(lang, nid, self.name(nid, lang), main, target=target)

    def ita(self, lang: str, target: str) -> Response:
        rows = "".join(
            f'<tr><td>{code}</td><td>{esc(label)}</td><td><a href="/media/{folder}/{fname}" target="_blank"><i class="far fa-file-pdf"></i> ดาวน์โหลด</a></td></tr>'
            for code, label, folder, fname in ITA_DOCS
        )
        intro = (
            "การเปิดเผยข้อมูลสาธารณะตามเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567"
            if lang == "th"
            else "Open data for the Integrity and Transparency Assessment, fiscal year 2024."
        )
        main = f"""<div class="container">
    {self.crumbs(1090, lang)}
    <h1 class="page-title">{esc(self.name(1090, lang))}</h1>
    <p>{esc(intro)}</p>
    <table class="table table-bordered table-sm"><thead><tr><th>ข้อ</th><th>รายการ</th><th>เอกสาร</th></tr></thead><tbody>{rows}</tbody></table>
</div>"""
        return self.page(lang, 1090, self.name(1090, lang), main, target=target)

    def contact(self, lang: str, target: str) -> Response:
        ufprt = _hex("ufprt" + lang, 40).upper() + _hex("ufprt2" + lang, 40).upper()
        main = f"""<div class="container">
    {self.crumbs(1095, lang)}
    <h1 class="page-title">{esc(self.name(1095, lang))}</h1>
    <div class="row">
        <div class="col-md-6"><p>{esc(SITE if lang == "th" else SITE_EN)}<br />{esc(ADDRESS if lang == "th" else ADDRESS_EN)}<br />โทรศัพท์ <a href="tel:042711570">{PHONE}</a><br /><a href="mailto:{EMAIL}">{EMAIL}</a></p>
            <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.1!2d103.4!3d16.4" width="100%" height="300" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div>
        <div class="col-md-6">
            <form action="{attr(self.path(1095, lang))}" enctype="multipart/form-data" method="post">
                <div class="form-group"><label for="Name">ชื่อ - นามสกุล</label><input class="form-control" id="Name" name="Name" type="text" value="" /></div>
                <div class="form-group"><label for="Email">อีเมล</label><input class="form-control" id="Email" name="Email" type="email" value="" /></div>
                <div class="form-group"><label for="Message">ข้อความ</label><textarea class="form-control" id="Message" name="Message" rows="5"></textarea></div>
                <button class="btn btn-primary" type="submit">ส่งข้อความ</button>
                <input name="ufprt" type="hidden" value="{ufprt}" />
            </form>
        </div>
    </div>
</div>"""
        return self.page(lang, 1095, self.name(1095, lang), main, target=target)

    def sitemap_page(self, lang: str, target: str) -> Response:
        def li(n: int) -> str:
            kids = [c for c, v in NODES.items() if v[0] == n]
            inner = "".join(li(c) for c in kids)
            return (
                f'<li><a href="{attr(enc(self.path(n, lang)))}">{esc(self.name(n, lang))}</a>'
                + (f"<ul>{inner}</ul>" if inner else "")
                + "</li>"
            )

        tree = (
            f'<ul class="sitemap"><li><a href="{self.path(HOME_ID, lang)}">{esc(L[lang]["home"])}</a><ul>'
            + "".join(li(c) for c, v in NODES.items() if v[0] == HOME_ID)
            + "</ul></li></ul>"
        )
        main = f"""<div class="container">
    {self.crumbs(1097, lang)}
    <h1 class="page-title">{esc(self.name(1097, lang))}</h1>
    {tree}
</div>"""
        return self.page(lang, 1097, self.name(1097, lang), main, target=target)

    def not_found_page(self, lang: str, target: str, status: int) -> Response:
        text = (
            "ขออภัย ไม่พบหน้าที่คุณต้องการ หน้านี้อาจถูกย้ายหรือลบออกไปแล้ว"
            if lang == "th"
            else "Sorry, the page you are looking for could not be found."
        )
        main = f"""<div class="container text-center py-5">
    <h1 class="display-4">404</h1>
    <p class="lead">{esc(text)}</p>
    <p><a class="btn btn-primary" href="{self.path(HOME_ID, lang)}">{esc(L[lang]["home"])}</a> <a class="btn btn-outline-primary" href="{attr(self.path(1097, lang))}">{esc(self.name(1097, lang))}</a></p>
</div>"""
        return self.page(lang, ERROR404_ID, self.name(ERROR404_ID, lang), main, target=target, status=status)

    def backoffice(self) -> Response:
        text = """<!DOCTYPE html>
<html lang="en">
<head>
    <base href="/umbraco/" />
    <meta charset="utf-8" />
    <meta name="robots" content="noindex, nofollow" />
    <title>Umbraco</title>
    <link rel="stylesheet" href="/umbraco/assets/css/umbraco.css?cdv=1904476271" />
</head>
<body class="login-only" ng-class="{'touch':touchDevice, 'emptySection':emptySection, 'umb-drawer-is-visible':drawer.show}" ng-controller="Umbraco.MainController" id="umbracoMainPageBody">
    <div ng-hide="!authenticated" ng-cloak></div>
    <umb-backdrop ng-if="backdrop.show"></umb-backdrop>
    <umb-login ng-if="login.show" on-login="hideLoginScreen()"></umb-login>
    <noscript>Umbraco requires JavaScript</noscript>
    <script src="/umbraco/lib/lazyload-js/LazyLoad.min.js"></script>
    <script src="/umbraco/Application?umb__rnd=c0a2d3e1f9b8"></script>
</body>
</html>
"""
        return Response(200, (("Content-Type", HTML_CT), *IIS), text.encode("utf-8"))

    # -- events calendar (package) ------------------------------------------------------------------------------
    def calendar(self, lang: str, pairs: list[tuple[str, str]], target: str) -> Response:
        t = L[lang]
        q = dict(pairs)
        year, month = TODAY.year, TODAY.month
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", q.get("month", ""))
        if m and 1900 <= int(m.group(1)) <= 2200 and 1 <= int(m.group(2)) <= 12:
            year, month = int(m.group(1)), int(m.group(2))
        cat = q.get("cat", "")
        cat_id = int(cat) if cat.isdigit() and int(cat) in EV_CATS else 0
        base = self.path(1080, lang)

        def month_href(y: int, mo: int, c: int = cat_id) -> str:
            params = [("month", f"{y:04d}-{mo:02d}")]
            if c:
                params.append(("cat", str(c)))
            return f"{base}?{urlencode(params)}"

        py, pm = _month_add(year, month, -1)
        ny, nm = _month_add(year, month, 1)
        first = date(year, month, 1)
        days = (date(ny, nm, 1) - first).days
        cells = ["<td></td>"] * first.weekday()
        for day in range(1, days + 1):
            d = date(year, month, day)
            evs = [e for e in EVENTS if e.d <= d <= e.e and (not cat_id or e.cat == cat_id)]
            links = "".join(
                f'<div class="cal-event"><a href="{attr(self.path(e.id, lang))}">{esc(e.name)}</a></div>' for e in evs
            )
            cells.append(f'<td class="{"today" if d == TODAY else ""}"><span class="day">{day}</span>{links}</td>')
        while len(cells) % 7:
            cells.append("<td></td>")
        rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
        heads = "".join(f"<th>{w}</th>" for w in t["weekdays"])
        label = f"{MONTHS[month - 1]} {year + 543}" if lang == "th" else f"{_EN_MONTHS[month - 1]} {year}"
        filters = (
            f'<a class="btn btn-sm btn-light" href="{attr(month_href(year, month, 0))}">{esc(t["all_cats"])}</a> '
            + " ".join(
                f'<a class="btn btn-sm btn-light" href="{attr(month_href(year, month, c))}">{esc(v[0] if lang == "th" else v[1])}</a>'
                for c, v in EV_CATS.items()
            )
        )
        listing = "".join(
            f'<li><a href="{attr(self.path(e.id, lang))}">{esc(e.name)}</a> - {d_long(e.d, lang)}</li>'
            for e in EVENTS
            if (e.d.year, e.d.month) == (year, month) or (e.e.year, e.e.month) == (year, month)
            if not cat_id or e.cat == cat_id
        )
        main = f"""<div class="container">
    {self.crumbs(1080, lang)}
    <h1 class="page-title">{esc(self.name(1080, lang))}</h1>
    <div class="cal-filters mb-2">{filters}</div>
    <div class="cal-nav d-flex justify-content-between mb-2">
        <a class="btn btn-outline-primary btn-sm" href="{attr(month_href(py, pm))}">&laquo; {esc(t["prev_month"])}</a>
        <h3 class="mb-0">{esc(label)}</h3>
        <a class="btn btn-outline-primary btn-sm" href="{attr(month_href(ny, nm))}">{esc(t["next_month"])} &raquo;</a>
    </div>
    <table class="table table-bordered calendar"><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>
    <ul class="cal-list small">{listing}</ul>
</div>"""
        return self.page(
            lang, 1080, f"{self.name(1080, lang)} {label}", main, target=target, body_class="calendar-page"
        )

    def event(self, lang: str, e: _Event, target: str) -> Response:
        t = L[lang]
        when = (
            d_long(e.d, lang)
            if e.d == e.e
            else f"{e.d.day} - {d_long(e.e, lang)}"
            if e.d.month == e.e.month
            else f"{d_long(e.d, lang)} - {d_long(e.e, lang)}"
        )
        gcal = "https://calendar.google.com/calendar/render?" + urlencode(
            {
                "action": "TEMPLATE",
                "text": e.name,
                "dates": f"{e.start.replace('-', '')}/{e.end.replace('-', '')}",
                "location": e.place,
            }
        )
        desc = "".join(f"<p>{esc(x)}</p>" for x in e.text)
        main = f"""<div class="container">
    {self.crumbs(e.id, lang)}
    <div class="event-detail">
        <h1 class="page-title">{esc(e.name)}</h1>
        <table class="table table-sm w-auto"><tr><th>{esc(t["when"])}</th><td>{when}</td></tr><tr><th>{esc(t["time"])}</th><td>{esc(e.time)}</td></tr><tr><th>{esc(t["where"])}</th><td>{esc(e.place)}</td></tr></table>
        <div class="event-desc">{desc}</div>
        <p><a class="btn btn-sm btn-outline-secondary" href="{attr(gcal)}" target="_blank"><i class="far fa-calendar-plus"></i> {esc(t["gcal"])}</a>
        <a class="btn btn-sm btn-light" href="{attr(self.path(1080, lang))}?month={e.d:%Y-%m}">&laquo; {esc(t["back"])}</a></p>
    </div>
</div>"""
        return self.page(lang, e.id, e.name, main, target=target, body_class="event-page")

    # -- Examine search ------------------------------------------------------------------------------------------
    def search(self, lang: str, pairs: list[tuple[str, str]], target: str) -> Response:
        t = L[lang]
        qd = dict(pairs)
        query = " ".join(qd.get("q", "").split())
        base = self.path(1096, lang)
        form = f'<form action="{attr(base)}" method="get" class="form-inline mb-3"><input class="form-control mr-2" type="search" name="q" value="{attr(query)}" /><button class="btn btn-primary" type="submit">{esc(t["search"])}</button></form>'
        popular = " ".join(
            f'<a class="badge badge-light" href="{attr(base)}?{urlencode({"q": q})}">{esc(q)}</a>'
            for q in POPULAR_QUERIES
        )
        if "q" not in qd:
            main = f"""<div class="container">
    {self.crumbs(1096, lang)}
    <h1 class="page-title">{esc(self.name(1096, lang))}</h1>
    {form}
    <p class="small">{esc(t["popular"])}: {popular}</p>
</div>"""
            return self.page(lang, 1096, self.name(1096, lang), main, target=target)
        try:
            page = max(int(qd.get("page", "1")), 1)
        except ValueError:
            page = 1
        words = [w.lower() for w in query.split()] or [""]
        hits = [
            p
            for p in sorted(POSTS, key=lambda p: p.dt, reverse=True)
            if any(w and (w in p.title.lower() or any(w in x.lower() for x in p.paragraphs)) for w in words)
        ]
        per = 10
        pages = max(1, -(-len(hits) // per))
        shown = hits[(page - 1) * per : page * per]
        results = "".join(
            f'<li class="mb-3"><a href="{attr(self.path(p.id, lang))}">{esc(p.title)}</a><br /><small class="text-success">{esc(self.b + self.path(p.id, lang))}</small><br /><small>{esc(p.paragraphs[0][:140])}...</small></li>'
            for p in shown
        )
        suggest = ""
        if not hits and query:
            spelled = query[:-1] if len(query) > 1 else query + "ๆ"
            suggest = (
                f'<p>{esc(t["didyoumean"])}: <a href="{attr(base)}?{urlencode({"q": spelled})}">{esc(spelled)}</a></p>'
            )
        related = " ".join(
            f'<a href="{attr(base)}?{urlencode({"q": f"{query} {w}".strip()})}">{esc(f"{query} {w}".strip())}</a>'
            for w in RELATED_WORDS
            if w not in query.split()
        )
        main = f"""<div class="container">
    {self.crumbs(1096, lang)}
    <h1 class="page-title">{esc(self.name(1096, lang))}</h1>
    {form}
    <p>{esc(t["results"].format(q=query, n=len(hits)))}</p>
    {suggest}
    <ol class="search-results">{results}</ol>
    {self.pager(lang, page, pages, [("q", query)])}
    <p class="small">{esc(t["related_q"])}: {related}</p>
    <p class="small">{esc(t["popular"])}: {popular}</p>
</div>"""
        return self.page(lang, 1096, f"{self.name(1096, lang)}: {query}", main, target=target)

    # -- routing -------------------------------------------------------------------------------------------------
    def render(
        self, lang: str, nid: int, pairs: list[tuple[str, str]], target: str, template: str = ""
    ) -> Response | None:
        if nid == HOME_ID:
            return self.home(lang, target)
        if nid in BY_ID:
            return self.post(lang, BY_ID[nid], target, print_view=template == "print")
        if nid in EV_BY_ID:
            return self.event(lang, EV_BY_ID[nid], target)
        kind = NODES[nid][3]
        if kind in ("news", "cat"):
            return self.listing(lang, nid, pairs, target)
        if kind in ("about", "page"):
            return self.static(lang, nid, target)
        if kind == "calendar":
            return self.calendar(lang, pairs, target)
        if kind == "ita":
            return self.ita(lang, target)
        if kind == "contact":
            return self.contact(lang, target)
        if kind == "search":
            return self.search(lang, pairs, target)
        if kind == "sitemap":
            return self.sitemap_page(lang, target)
        return self.not_found_page(lang, target, 200)

    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path or "/")
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        q = dict(pairs)
        if path.startswith("/media/"):
            return self.media.get(path)
        low = path.lower()
        if low in ("/umbraco", "/umbraco/"):
            return self.backoffice()
        if low.startswith(("/umbraco/", "/app_plugins/", "/config/")):
            return None
        template = q.get("altTemplate", q.get("alttemplate", "")).lower()
        # ContentFinderByPageIdQuery comes first
        pid = q.get("umbPageId", "")
        if pid.isdigit() and int(pid) in self.node_ids():
            return self.render("th", int(pid), pairs, target, template)
        key = path.rstrip("/")
        if key in self.paths:
            lang, nid = self.paths[key]
            return self.render(lang, nid, pairs, target, template)
        # ContentFinderByIdPath (/1234, culture from ?culture=)
        m = re.fullmatch(r"/(\d+)", key)
        if m and int(m.group(1)) in self.node_ids():
            lang = "en" if q.get("culture", "").lower().startswith("en") else "th"
            return self.render(lang, int(m.group(1)), pairs, target, template)
        # ContentFinderByUrlAndTemplate (/<url>/print)
        head, _, last = key.rpartition("/")
        if last.lower() == "print" and head in self.paths:
            lang, nid = self.paths[head]
            return self.render(lang, nid, pairs, target, "print")
        # ContentFinderByUrlAlias
        if key.lower() in self.aliases:
            return self.render("th", self.aliases[key.lower()], pairs, target, template)
        # ContentFinderByRedirectUrl (301 to the node's current URL)
        if key in self.old_paths:
            return redirect(self.b + enc(self.path(self.old_paths[key], "th")), 301, IIS)
        return None

    # -- registration --------------------------------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        non_articles: list[str] = []

        def check(target: str, non_article: bool = True) -> None:
            resp = self.dynamic(target)
            assert resp is not None and resp.status == 200, target
            if non_article:
                non_articles.append(b + target)

        self.add_media()
        site.add(
            "/robots.txt",
            Response(
                200,
                (("Content-Type", "text/plain"), *IIS),
                b"User-agent: *\r\nDisallow: /umbraco/\r\nDisallow: /App_Plugins/\r\nDisallow: /config/\r\n",
            ),
        )
        for lang in ("th", "en"):
            check(self.path(HOME_ID, lang))
            for nid, (_, _, _, kind) in NODES.items():
                if kind == "404" and lang == "en":
                    continue
                check(enc(self.path(nid, lang)))
            for nid, per in ((1070, 10), (1071, 6), (1072, 6), (1073, 6)):
                count = len([p for p in POSTS if nid == 1070 or p.cat == nid])
                for n in range(2, -(-count // per) + 1):
                    check(enc(self.path(nid, lang)) + f"?page={n}")
            for e in EVENTS:
                check(enc(self.path(e.id, lang)))
        for tag in TAGS:
            check(enc(self.path(1070, "th")) + "?" + urlencode({"tag": tag}))
        non_articles.append(b + "/umbraco/")
        for p in POSTS:
            url = enc(self.path(p.id, "th"))
            aliases = [
                f"{b}/{p.id}",
                f"{b}/?umbPageId={p.id}",
                f"{b}{url}?altTemplate=print",
                b + enc(self.path(p.id, "en")),
                b + enc(self.path(p.id, "en")) + "print",
            ]
            if p.alias:
                aliases.append(f"{b}/{p.alias}")
            if p.old_name:
                aliases.append(b + enc(self.path(p.cat, "th") + url_segment(p.old_name)) + "/")
            for target in (url, *(a[len(b) :] for a in aliases)):
                resp = self.dynamic(target)
                assert resp is not None and resp.status in (200, 301), target
            paras = list(p.paragraphs)
            if p.link[0] >= 0:
                paras[p.link[0]] += " " + p.link[2]
            site.articles.append(
                FixtureArticle(
                    url=b + url,
                    aliases=tuple(aliases),
                    title=p.title,
                    paragraphs=tuple(paras),
                    published=p.date,
                    author=p.author,
                    captions=p.captions,
                )
            )
        site.non_articles = non_articles
        site.trap_patterns = [
            r"[?&]month=",
            r"[?&]q=",
            r"[?&](?:sort|order|pageSize)=",
        ]
        site.disallowed_paths = ["/umbraco/", "/App_Plugins/", "/config/"]
        site.dynamic = self.dynamic
        site.not_found = self.not_found_page("th", "/", 404)

    def add_media(self) -> None:
        site = self.site
        launch = datetime(2021, 6, 1, 9, 0)
        files: list[str] = []
        for p in POSTS:
            for k in range(1, max(len(p.captions), 1) + 1):
                files.append(add_jpeg(site, self.photo(p, k), 1024, 683, p.dt))
            if p.pdf:
                files.append(add_pdf(site, self.pdf_path(p), f"Si Nakhra Phum PAO {p.id}", [p.pdf, p.date], p.dt))
        for _code, _label, folder, fname in ITA_DOCS:
            files.append(add_pdf(site, f"/media/{folder}/{fname}", f"ITA 2567 {fname}", ["ITA 2567", fname], launch))
        for pid in (1301, 1273, 1262):
            files.append(
                add_jpeg(site, f"/media/{_folder('banner' + str(pid))}/banner-{BY_ID[pid].alias}.jpg", 720, 240, launch)
            )
        for path, w, h in (
            ("/media/1001/logo-pao.png", 80, 80),
            ("/media/1002/news-default.jpg", 720, 480),
            ("/media/1003/banner-default.jpg", 1200, 450),
            ("/media/1004/president.jpg", 300, 400),
            ("/media/1005/ita-banner.png", 360, 120),
            ("/media/1006/structure-2567.jpg", 1600, 1000),
        ):
            files.append(add_jpeg(site, path, w, h, launch))
        # ImageProcessor answers any query on a media file: served through dynamic()
        for path in files:
            resp = site.route(path)
            assert resp is not None
            self.media[unquote(path)] = resp


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Microsoft-IIS/10.0")
    _Umbraco(site).register()
    return site

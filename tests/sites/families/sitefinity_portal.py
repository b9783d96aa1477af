# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""sitefinity_portal: an อบจ. portal on Progress Sitefinity CMS 14.1 (ASP.NET MVC "Feather" widgets, Bootstrap4).

CMS imitated: Progress Sitefinity 14.1 DX (``<meta name="Generator" content="Sitefinity 14.1.7900.0 DX">``) on IIS 10
(``Server: Microsoft-IIS/10.0``, ``X-Powered-By: ASP.NET``, ``X-AspNet-Version``, ``X-AspNetMvc-Version``), pure MVC
pages on the built-in "Bootstrap4" resource package (``/ResourcePackages/Bootstrap4/...?package=Bootstrap4&v=<base64
of the version>``, jQuery through ``/ScriptResource.axd?d=..&t=..``), layout rows ``data-sf-element="Row"`` with
``sf_colsIn`` columns, built by a local agency that copied the package's widget templates and Thai-ified them (the
Bootstrap4 pager, news list "MMM d, yyyy, HH:mm" + "โดย", DocumentsTable, SearchResults, Breadcrumb, the JS
language selector with ``href=""``).  The server culture follows the URL prefix: th-TH (ThaiBuddhistCalendar, so
``yyyy`` prints 2567) or en-US.  All text is written for this fixture.

องค์การบริหารส่วนจังหวัดภูผาหลวง (fictional), จังหวัดภูผาหลวง (fictional).  UTF-8.  TODAY is 2024-11-25.

URL shapes (Sitefinity's own routing; cultures in the URL: ``/th`` default, ``/en``; lower-case, case-insensitive)
* home: ``/`` (200, canonical ``/th``), ``/th`` (the logo and หน้าแรก link), ``/en``.  Pages: ``/th/about/history``,
  ``/vision``, ``/structure``, ``/executives``, ``/th/ita``, ``/th/contact-us``, ``/th/privacy-policy``, ``/th/sitemap``
  (Navigation widget, "Sitemap" template: pages only), ``/en/about-us``, ``/en/contact-us``.
* news items: the News widget on ``/th/news`` (OpenInSamePage) with the module's default item URL format
  ``/[PublicationDate, {0:yyyy'/'MM'/'dd}]/[UrlName]``: ``/th/news/2024/05/17/<UrlName>``.  The date is the
  PublicationDate AS STORED, i.e. UTC: items published before 07:00 Bangkok time carry the previous day in the URL
  (3 items).  UrlName is Sitefinity's default transformation of the title: lower-case, every run of characters
  outside ``[\\w\\-!$'()=@]`` (.NET ``\\w``: letters, Mn marks, digits) becomes ``-`` -- so Thai titles give Thai
  URL names with ``อบจ-`` artefacts and ``2566---2570)`` runs; 3 announcements got Latin URL names from the
  editor.  Hrefs are written raw (Thai in the attribute); ``rel=canonical``, ``Location`` and the sitemap are
  percent-encoded (upper-case hex).  One renamed item keeps its first URL as an additional URL that 301s to the
  default one (still linked by a stale home banner).
* the same items also open on ``/th/activities`` (a second page with a News widget filtered to ข่าวกิจกรรม, 6 a
  page): ``/th/activities/<yyyy>/<MM>/<dd>/<UrlName>`` is the SAME item in another page (breadcrumb ข่าวกิจกรรม,
  canonical to the ``/th/news`` default location) -- the home page's activity tiles link these.
* listings: ``/th/news`` (8 a page) and ``/th/news/page/N`` -- the Bootstrap4 pager writes EVERY page number,
  ``/page/1`` included; category filter ``/th/news/-in-category/categories/<taxon>`` (``pr-news``, ``activities``,
  ``announcements``; ``/page/N`` after it), tag filter ``/th/news/-in-tags/tags/<Thai taxon>`` (the org tag
  ``อบจ-ภูผาหลวง`` has 2 pages), Archive widget months ``/th/news/2024/05`` (UTC months); ``/th/activities`` +
  ``/page/N``; ``/en/news``.  Listing pages beyond the last and empty months answer an empty list (not linked).
* events (Events module, same URL format, PublicationDate of the event item): ``/th/events/2024/11/01/<UrlName>``;
  ``/th/events`` = the agency's month grid of TODAY's month + the upcoming list; month navigation
  ``/th/events/<yyyy>/<M>`` (see traps).
* procurement (Documents & Files): ``/th/procurement`` (+ ``/page/N``), the DocumentsTable template with an added
  date column, detail pages ``/th/procurement/default-source/procurement/<พ.ศ.>/<UrlName>`` (title, date, size,
  download); files ``/docs/default-source/<folder>/<name>.pdf?sfvrsn=<8 hex>_<n>``, images
  ``/images/default-source/<folder>/<name>.jpg?sfvrsn=...`` and thumbnails ``<name>.tmb-thumb370.jpg?sfvrsn=...``
  (any query answers the file; paths are case-insensitive, as on IIS).
* ``/th/search`` (SearchBox + SearchResults; ``?indexCatalogue=pao-th&searchQuery=<q>&wordsMode=AllWords``, pages
  ``/th/search/2?...``, ``&language=en``), ``/th/login`` (LoginForm, ``/th/login/ForgotPassword``),
  ``/th/registration``; ``/Sitefinity`` 302 -> ``/Sitefinity/SignIn?ReturnUrl=%2fSitefinity`` (backend login).
* ``/Feeds/news-th`` RSS 2.0 (latest 10 Thai items, Feed widget ``<link rel=alternate>`` on news pages);
  ``/sitemap/sitemap.xml`` (Sitefinity's sitemap generator: pages and news/event items of both cultures, with
  ``xhtml:link`` alternates), named in robots.txt (``Disallow: /Sitefinity/``, ``/RestApi/``).
* Sitefinity answers any URL with or without a trailing slash and in any letter case, and ignores tracking
  parameters (``utm_*``, ``fbclid``, ``gclid``): the same page, no redirect.

Gold articles: 24 = 21 Thai news items 2023-12-06 .. 2024-11-16 (9 ข่าวประชาสัมพันธ์, 8 ข่าวกิจกรรม with photo
galleries, 4 ประกาศ อบจ. with PDF attachments) + 3 English translations (separate items under ``/en/news/...``
with their own URL names, English author).  Title: the ``h1``.  Published: ``<time datetime="...+07:00">17
พฤษภาคม 2567</time> เวลา 11:00 น.`` on the item, ``article:published_time`` in UTC (the day before for early
posts), "พ.ค. 17, 2567, 11:00" (th-TH ``MMM d, yyyy, HH:mm``) on listings, Thai digits "๑๗ พ.ค. ๒๕๖๗" in the
ข่าวอื่นๆ box.  Author: the item's Author field after "โดย".  Captions: the gallery ``figcaption`` (some photos have
none).  Aliases: the ``/th/activities`` copy (activities), the renamed URL (301), a mixed-case ``/th/News/...``
banner link, a trailing-slash link from another item's body, a ``?utm_source=..`` banner link.

Non-articles: the home pages, every listing page (news, categories, tags, months, activities, /en/news, page/1
copies), static pages, the sitemap page, events page and event items, procurement list pages and document detail
pages, the search page, login / forgot-password / registration pages, the backend sign-in page.

Prev/next: none.  Sitefinity's News widget (Feather ``Detail.DetailPage``) has no previous/next item links, and
the agency did not add any; the detail page shows a second News widget "ข่าวอื่นๆ" (latest 5, which may include
the item itself), and the sidebar's categories, tags and archive widgets.

Traps (``trap_patterns``, answered by ``_Portal.dynamic``)
* ``TRAP_CALENDAR``: the agency's events calendar widget answers ``/th/events/<yyyy>/<M>`` for any month 1900-2200
  and links the previous and next month: endless.
* ``TRAP_SEARCH``: ``/th/search`` answers any ``searchQuery`` (home and search page link 6 popular terms), each
  result page linking ``/th/search/<n>?...`` pages and the ``&language=th|en`` switch (SearchResults template).
* ``TRAP_RETURNURL``: the agency's top bar links ``/th/login?ReturnUrl=<HttpUtility.UrlEncode(Request.RawUrl)>`` on
  every page -- on the login page too, so each login page links a login page whose ReturnUrl nests its own URL
  (``%25252f``...), until IIS refuses a query string over 2048 characters (404.15).

Hard cases: the same item under two page URLs with different breadcrumbs and sidebars; UTC dates in item URLs and
meta vs Bangkok dates on the page; Thai URL names with ``-`` artefacts and parentheses; a listing ``Summary`` that
repeats the lead; every page of the site showing news titles (home, sidebar, ข่าวอื่นๆ, search); static pages and
document/event detail pages in the same layout with a title, a date and text; the language selector that is only
JavaScript (the English items are reachable through the footer's English link, the sitemap and hreflang links).
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..media import jpeg, pdf
from ..model import FixtureArticle, FixtureSite, Response, route_key
from ..thaidate import BANGKOK, EN_MONTHS, MONTHS, MONTHS_ABBR, rfc822, thai_digits
from .common import attr, esc, static_file

FAMILY = "sitefinity_portal"
SITE = "องค์การบริหารส่วนจังหวัดภูผาหลวง"
SHORT = "อบจ.ภูผาหลวง"
SITE_EN = "Phu Pha Luang Provincial Administrative Organization"
ADDRESS = "เลขที่ 99 ถนนภูผาราม ตำบลในเมือง อำเภอเมืองภูผาหลวง จังหวัดภูผาหลวง 48190"
ADDRESS_EN = "99 Phu Pha Ram Road, Nai Mueang, Mueang Phu Pha Luang District, Phu Pha Luang 48190"
PHONE = "0 4299 1234"
TODAY = date(2024, 11, 25)
LAUNCH = datetime(2023, 10, 2, 9, 0, tzinfo=BANGKOK)
SF_VERSION = "14.1.7900.0"
PKG_V = "MTQuMS43OTAwLjA%3d"  # base64("14.1.7900.0"), url-encoded, as Sitefinity versions package assets
NEWS_PER_PAGE = 8
ACT_PER_PAGE = 6
DOCS_PER_PAGE = 8
SEARCH_PER_PAGE = 10
FEED_ITEMS = 10
MAX_QUERY = 2048  # IIS requestFiltering maxQueryString
HTML = "text/html; charset=utf-8"
ASPNET = (
    ("Cache-Control", "private"),
    ("X-AspNetMvc-Version", "5.2"),
    ("X-AspNet-Version", "4.0.30319"),
    ("X-Powered-By", "ASP.NET"),
)

PR = "งานประชาสัมพันธ์ สำนักปลัด อบจ."
PR_EN = "Public Relations Section"
HEALTH = "กองสาธารณสุข"
ENG = "กองช่าง"
FIN = "กองคลัง"
ADMIN = "สำนักปลัด อบจ."
DISASTER = "ฝ่ายป้องกันและบรรเทาสาธารณภัย"

# News categories (hierarchical taxonomy "categories"; Latin URL names typed by the administrator)
CATS = {
    "pr-news": "ข่าวประชาสัมพันธ์",
    "activities": "ข่าวกิจกรรม",
    "announcements": "ประกาศ อบจ.",
}
ORG_TAG = "อบจ.ภูผาหลวง"
TH_WEEKDAYS_SHORT = ("อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.")
TH_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")

TRAP_CALENDAR = r"^/th/events/\d{4}/\d{1,2}/?(?:\?|$)"
TRAP_SEARCH = r"^/(?:th|en)/search(?:/\d+)?/?\?"
TRAP_RETURNURL = r"(?i)[?&]returnurl="


def url_name(title: str) -> str:
    """Sitefinity's default UrlName: lower-case, runs outside [\\w\\-!$'()=@] (.NET \\w) become '-'."""
    out: list[str] = []
    bad = False
    for ch in title.lower():
        cat = unicodedata.category(ch)
        if cat[0] == "L" or cat in ("Mn", "Nd", "Pc") or ch in "-!$'()=@":
            if bad:
                out.append("-")
                bad = False
            out.append(ch)
        else:
            bad = True
    return "".join(out).strip("-")


def enc(path: str) -> str:
    """Percent-encoding as .NET's Uri.AbsoluteUri writes it (upper-case hex, UTF-8)."""
    return quote(path, safe="/-_.~!$'()=@?&")


def http_url_encode(text: str) -> str:
    """HttpUtility.UrlEncode: lower-case hex, '+' for spaces, '-_.!*()' kept."""
    out = quote(text, safe="-_.!*()", encoding="utf-8").replace("%20", "+")
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), out)


def sfvrsn(key: str, n: int = 0) -> str:
    """The version token Sitefinity appends to library URLs: 8 hex + '_' + version number."""
    return hashlib.md5(key.encode("utf-8")).hexdigest()[:8] + f"_{n}"


def th_long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def th_list_date(dt: datetime) -> str:
    """The Bootstrap4 list template's "MMM d, yyyy, HH:mm" under th-TH (ThaiBuddhistCalendar)."""
    return f"{MONTHS_ABBR[dt.month - 1]} {dt.day}, {dt.year + 543}, {dt:%H:%M}"


def en_list_date(dt: datetime) -> str:
    return f"{EN_MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}, {dt:%H:%M}"


def th_digits_abbr(d: date) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def th_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


@dataclass(frozen=True)
class _En:
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]


@dataclass(frozen=True)
class _Story:
    n: int  # seed of the item's Guid and of its photo file names
    local: str  # "YYYY-MM-DD HH:MM", Bangkok time (PublicationDate shown on the page)
    cat: str  # category taxon URL name
    title: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...] = ()  # one per gallery photo; "" = the photo has no description
    tags: tuple[str, ...] = ()
    slug: str | None = None  # None: Sitefinity's UrlName of the title
    author: str = PR
    en: _En | None = None
    old_title: str | None = None  # the title the item was first published with (its first URL 301s)
    link: tuple[int, str, int] | None = None  # (paragraph, phrase, n of the item it links, slash-terminated)
    attachment: str | None = None  # a PDF in the "announcements" folder, linked under the text
    banner: str | None = None  # how the home carousel links it: "case", "utm" or "old"


S = _Story
STORIES: tuple[_Story, ...] = (
    S(
        101,
        "2023-12-06 06:40",
        "activities",
        "อบจ.ภูผาหลวง ร่วมพิธีวางพานพุ่มและถวายพระพรชัยมงคล เนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม 2566",
        (
            "เมื่อวันที่ 5 ธันวาคม 2566 นายประสิทธิ์ วงศ์ภูผา นายกองค์การบริหารส่วนจังหวัดภูผาหลวง พร้อมด้วยคณะผู้บริหาร สมาชิกสภา อบจ. และข้าราชการ ร่วมพิธีวางพานพุ่มถวายราชสักการะหน้าพระบรมฉายาลักษณ์พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร ณ ลานหน้าศาลากลางจังหวัดภูผาหลวง",
            "ในช่วงเย็นของวันเดียวกัน คณะผู้บริหาร อบจ.ภูผาหลวง ได้ร่วมพิธีจุดเทียนถวายพระพรชัยมงคล โดยมีส่วนราชการ รัฐวิสาหกิจ ภาคเอกชน และประชาชนเข้าร่วมพิธีกว่า 2,000 คน เพื่อน้อมรำลึกถึงพระมหากรุณาธิคุณอันหาที่สุดมิได้",
        ),
        ("นายก อบจ.ภูผาหลวง วางพานพุ่มถวายราชสักการะ", "ข้าราชการและพนักงาน อบจ. ร่วมพิธี", ""),
        (ORG_TAG, "ประเพณี"),
    ),
    S(
        102,
        "2023-12-20 14:15",
        "announcements",
        "ประกาศองค์การบริหารส่วนจังหวัดภูผาหลวง เรื่อง การยื่นแบบและชำระภาษีบำรุง อบจ. จากสถานค้าปลีกน้ำมัน ประจำปี 2567",
        (
            "ตามที่องค์การบริหารส่วนจังหวัดภูผาหลวงได้ตราข้อบัญญัติจัดเก็บภาษีบำรุงองค์การบริหารส่วนจังหวัดจากผู้ค้าน้ำมันเชื้อเพลิงและก๊าซปิโตรเลียม โดยอาศัยอำนาจตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 และที่แก้ไขเพิ่มเติม",
            "จึงขอให้ผู้ประกอบการสถานค้าปลีกน้ำมันทุกแห่งในเขตจังหวัดภูผาหลวง ยื่นแบบแสดงรายการและชำระภาษีเป็นรายเดือน ภายในวันที่ 15 ของเดือนถัดไป ณ กองคลัง องค์การบริหารส่วนจังหวัดภูผาหลวง หรือชำระผ่านบัญชีเงินฝากธนาคารกรุงไทยของ อบจ.",
            "ผู้ที่ไม่ยื่นแบบหรือไม่ชำระภาษีภายในกำหนดจะต้องเสียเงินเพิ่มร้อยละ 1.5 ต่อเดือนของจำนวนภาษีที่ต้องชำระ สอบถามรายละเอียดได้ที่ฝ่ายพัฒนารายได้ กองคลัง โทร 0 4299 1234 ต่อ 215",
        ),
        (),
        ("ภาษี",),
        slug="oil-tax-2567",
        author=FIN,
        attachment="oil-tax-2567",
    ),
    S(
        103,
        "2024-01-13 10:00",
        "activities",
        "อบจ.ภูผาหลวง จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬากลางจังหวัด",
        (
            "วันเสาร์ที่ 13 มกราคม 2567 องค์การบริหารส่วนจังหวัดภูผาหลวงจัดงานวันเด็กแห่งชาติ ณ สนามกีฬากลางจังหวัดภูผาหลวง โดยมีนายประสิทธิ์ วงศ์ภูผา นายก อบจ.ภูผาหลวง เป็นประธานในพิธีเปิด มีเด็กและผู้ปกครองร่วมงานกว่า 5,000 คน",
            "ภายในงานมีการแสดงบนเวทีของนักเรียนจากโรงเรียนในสังกัด อบจ. ซุ้มเกมและกิจกรรมจากส่วนราชการ การสาธิตอุปกรณ์ดับเพลิงและกู้ภัย รวมถึงการแจกของขวัญและทุนการศึกษาแก่นักเรียนที่มีผลการเรียนดี",
            "นายก อบจ.ภูผาหลวง กล่าวว่า เด็กคืออนาคตของจังหวัด อบจ. จะสนับสนุนการศึกษาและพื้นที่สร้างสรรค์สำหรับเด็กและเยาวชนอย่างต่อเนื่อง",
        ),
        (
            "นายก อบจ.ภูผาหลวง มอบทุนการศึกษาแก่นักเรียน",
            "การแสดงของนักเรียนโรงเรียนในสังกัด อบจ.",
            "ซุ้มเกมของหน่วยกู้ภัย",
            "เด็กๆ ร่วมกิจกรรมวาดภาพระบายสี",
        ),
        (ORG_TAG, "การศึกษา"),
    ),
    S(
        104,
        "2024-01-29 09:20",
        "pr-news",
        "อบจ.ภูผาหลวง เปิดศูนย์ฟอกไตแห่งที่ 2 ที่อำเภอผาขาว ลดภาระการเดินทางของผู้ป่วย",
        (
            "องค์การบริหารส่วนจังหวัดภูผาหลวงเปิดให้บริการศูนย์ฟอกไตด้วยเครื่องไตเทียมแห่งที่ 2 ณ โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนาคำ อำเภอผาขาว ซึ่งได้รับถ่ายโอนภารกิจมาจากกระทรวงสาธารณสุข เมื่อวันที่ 29 มกราคม 2567",
            "ศูนย์แห่งใหม่มีเครื่องไตเทียม 12 เครื่อง รองรับผู้ป่วยได้วันละ 36 ราย ผู้ป่วยที่ใช้สิทธิหลักประกันสุขภาพแห่งชาติไม่ต้องเสียค่าใช้จ่าย ทำให้ผู้ป่วยในอำเภอผาขาวและอำเภอใกล้เคียงไม่ต้องเดินทางไปรับบริการที่โรงพยาบาลจังหวัดซึ่งอยู่ห่างออกไปกว่า 90 กิโลเมตร",
            "ผู้ป่วยที่ประสงค์ลงทะเบียนรับบริการ ติดต่อได้ที่กองสาธารณสุข อบจ.ภูผาหลวง โทร 0 4299 1234 ต่อ 301 ในวันและเวลาราชการ",
        ),
        ("พิธีเปิดศูนย์ฟอกไตแห่งที่ 2", "ห้องให้บริการเครื่องไตเทียม 12 เครื่อง"),
        (ORG_TAG, "สาธารณสุข"),
        author=HEALTH,
    ),
    S(
        105,
        "2024-02-14 13:30",
        "pr-news",
        "ขอเชิญเที่ยวงานเทศกาลดอกนางพญาเสือโคร่งบานและชมทะเลหมอกภูผาหลวง ประจำปี 2567",
        (
            "องค์การบริหารส่วนจังหวัดภูผาหลวง ร่วมกับการท่องเที่ยวแห่งประเทศไทยและเครือข่ายวิสาหกิจชุมชน ขอเชิญนักท่องเที่ยวร่วมงานเทศกาลดอกนางพญาเสือโคร่งบานและชมทะเลหมอก ระหว่างวันที่ 16 - 25 กุมภาพันธ์ 2567 ณ ลานชมวิวดอยผาแดง อำเภอผาขาว",
            "ภายในงานมีตลาดสินค้าชุมชนและผลิตภัณฑ์ OTOP การแสดงศิลปวัฒนธรรมของกลุ่มชาติพันธุ์ กิจกรรมเดินป่าศึกษาธรรมชาติ และลานกางเต็นท์ที่ อบจ. ปรับปรุงใหม่ รองรับนักท่องเที่ยวได้คืนละ 300 หลัง",
            "นักท่องเที่ยวสามารถจองพื้นที่กางเต็นท์ล่วงหน้าได้ทางเพจเฟซบุ๊กของ อบจ.ภูผาหลวง และขอความร่วมมืองดใช้กล่องโฟมและพลาสติกแบบใช้ครั้งเดียว เพื่อรักษาธรรมชาติของดอยผาแดงให้คงความสวยงามต่อไป",
        ),
        ("ดอกนางพญาเสือโคร่งบานสะพรั่งบนดอยผาแดง", "ทะเลหมอกยามเช้าที่ลานชมวิว"),
        ("ท่องเที่ยว",),
        en=_En(
            "phu-pha-luang-cherry-blossom-and-sea-of-mist-festival-2024",
            "Phu Pha Luang Cherry Blossom and Sea of Mist Festival 2024",
            (
                "Phu Pha Luang Provincial Administrative Organization, together with the Tourism Authority of Thailand and local community enterprises, invites visitors to the Cherry Blossom and Sea of Mist Festival from 16 to 25 February 2024 at the Doi Pha Daeng viewpoint in Pha Khao District.",
                "The festival offers a community market with OTOP products, cultural performances by the province's ethnic groups, guided nature walks and a newly improved camping ground with room for 300 tents a night.",
                "Camping spaces can be booked in advance through the PAO's Facebook page. Visitors are kindly asked not to bring foam boxes or single-use plastics, so that Doi Pha Daeng stays as beautiful as it is.",
            ),
            ("Wild Himalayan cherry trees in full bloom on Doi Pha Daeng", "The morning sea of mist at the viewpoint"),
        ),
        banner="utm",
    ),
    S(
        106,
        "2024-03-08 16:00",
        "announcements",
        "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ครั้งที่ 1/2567",
        (
            "องค์การบริหารส่วนจังหวัดภูผาหลวง ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ รวม 5 อัตรา ได้แก่ ผู้ช่วยนักวิชาการเงินและบัญชี 2 อัตรา ผู้ช่วยเจ้าพนักงานธุรการ 1 อัตรา และพนักงานขับรถยนต์ 2 อัตรา",
            "ผู้สนใจสมัครด้วยตนเองได้ที่สำนักปลัดองค์การบริหารส่วนจังหวัด ตั้งแต่วันที่ 11 - 22 มีนาคม 2567 ในวันและเวลาราชการ พร้อมหลักฐานการสมัครตามที่กำหนดในประกาศ โดยเสียค่าธรรมเนียมการสมัครตำแหน่งละ 100 บาท",
            "อบจ.ภูผาหลวงจะประกาศรายชื่อผู้มีสิทธิเข้ารับการเลือกสรรในวันที่ 27 มีนาคม 2567 ทางเว็บไซต์และบอร์ดประชาสัมพันธ์ของสำนักงาน",
        ),
        (),
        (ORG_TAG, "รับสมัครงาน"),
        slug="recruitment-2567-01",
        author=ADMIN,
        attachment="recruitment-2567-01",
    ),
    S(
        107,
        "2024-03-22 10:45",
        "pr-news",
        "อบจ.ภูผาหลวง ส่งรถบรรทุกน้ำช่วยเหลือประชาชนที่ได้รับผลกระทบจากภัยแล้ง 5 อำเภอ",
        (
            "จากสถานการณ์ภัยแล้งที่ทำให้แหล่งน้ำดิบสำหรับผลิตน้ำประปาหมู่บ้านแห้งขอด องค์การบริหารส่วนจังหวัดภูผาหลวงได้ส่งรถบรรทุกน้ำขนาด 10,000 ลิตร จำนวน 8 คัน ออกแจกจ่ายน้ำอุปโภคบริโภคให้แก่ประชาชนใน 5 อำเภอ ได้แก่ อำเภอผาขาว อำเภอท่าหินลาด อำเภอนาโพธิ์ อำเภอห้วยทราย และอำเภอเมืองภูผาหลวง",
            "ตั้งแต่วันที่ 15 มีนาคม 2567 เป็นต้นมา อบจ. ได้แจกจ่ายน้ำไปแล้วกว่า 1,600,000 ลิตร ช่วยเหลือประชาชนกว่า 4,200 ครัวเรือน และได้สนับสนุนถังเก็บน้ำขนาด 2,000 ลิตร ให้แก่หมู่บ้านที่ขาดแคลนอีก 45 ถัง",
            "หมู่บ้านที่ต้องการความช่วยเหลือ สามารถแจ้งผ่านองค์กรปกครองส่วนท้องถิ่นในพื้นที่ หรือติดต่อศูนย์ป้องกันและบรรเทาสาธารณภัย อบจ.ภูผาหลวง โทร 0 4299 1199 ได้ตลอด 24 ชั่วโมง",
        ),
        ("รถบรรทุกน้ำของ อบจ. แจกจ่ายน้ำที่บ้านนาคำ", "ประชาชนนำภาชนะมารอรับน้ำ", ""),
        (ORG_TAG, "ภัยพิบัติ"),
        author=DISASTER,
        en=_En(
            "pao-sends-water-trucks-to-five-drought-hit-districts",
            "PAO Sends Water Trucks to Five Drought-Hit Districts",
            (
                "As the drought dried up the raw water sources of village water supply systems, Phu Pha Luang PAO sent eight 10,000-litre water trucks to deliver water to residents of five districts: Pha Khao, Tha Hin Lat, Na Pho, Huai Sai and Mueang Phu Pha Luang.",
                "Since 15 March 2024 the PAO has delivered more than 1.6 million litres of water to over 4,200 households, and has given 45 water tanks of 2,000 litres each to villages in need.",
                "Villages that need help can contact their local administration or the PAO Disaster Prevention and Mitigation Centre at 0 4299 1199, 24 hours a day.",
            ),
            ("A PAO water truck delivering water at Ban Na Kham", "Residents wait with containers for their share", ""),
        ),
    ),
    S(
        108,
        "2024-04-11 17:30",
        "activities",
        "อบจ.ภูผาหลวง สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2567",
        (
            "วันที่ 11 เมษายน 2567 องค์การบริหารส่วนจังหวัดภูผาหลวงจัดพิธีสรงน้ำพระพุทธรูปและรดน้ำขอพรผู้สูงอายุ ณ หอประชุม อบจ.ภูผาหลวง เพื่อสืบสานประเพณีสงกรานต์อันดีงามของไทย",
            "ในปีนี้มีผู้สูงอายุจากชมรมผู้สูงอายุทั้ง 9 อำเภอเข้าร่วมกว่า 350 คน ภายในงานมีการประกวดผู้สูงอายุสุขภาพดี การแสดงฟ้อนรำพื้นบ้าน และการละเล่นไทยย้อนยุค",
            "นายก อบจ.ภูผาหลวง ขอให้ประชาชนเล่นน้ำสงกรานต์อย่างสุภาพ ไม่ดื่มแล้วขับ และร่วมกันดูแลผู้สูงอายุในครอบครัวให้มีความสุขตลอดเทศกาล",
        ),
        ("ผู้บริหาร อบจ. รดน้ำขอพรผู้สูงอายุ", "", "การแสดงฟ้อนรำของชมรมผู้สูงอายุ", "ผู้สูงอายุสุขภาพดีรับรางวัล"),
        (ORG_TAG, "ผู้สูงอายุ", "ประเพณี"),
    ),
    S(
        109,
        "2024-04-30 06:20",
        "pr-news",
        "อบจ.ภูผาหลวง เตือนประชาชนระวังโรคลมแดด ช่วงอากาศร้อนจัด",
        (
            "กรมอุตุนิยมวิทยาคาดการณ์ว่าในช่วงปลายเดือนเมษายนถึงกลางเดือนพฤษภาคม 2567 จังหวัดภูผาหลวงจะมีอุณหภูมิสูงสุดถึง 42 องศาเซลเซียส องค์การบริหารส่วนจังหวัดภูผาหลวงจึงขอแจ้งเตือนประชาชนให้ระมัดระวังโรคลมแดดหรือฮีทสโตรก",
            "กลุ่มเสี่ยง ได้แก่ ผู้สูงอายุ เด็กเล็ก ผู้ที่มีโรคประจำตัว และผู้ที่ทำงานกลางแจ้ง ควรดื่มน้ำสะอาดอย่างน้อยวันละ 8 - 10 แก้ว หลีกเลี่ยงการอยู่กลางแดดเป็นเวลานาน และสวมเสื้อผ้าที่ระบายความร้อนได้ดี",
            "หากพบผู้มีอาการตัวร้อนจัด ผิวหนังแดง สับสน หรือหมดสติ ให้รีบนำเข้าที่ร่ม ใช้ผ้าชุบน้ำเช็ดตัวเพื่อลดอุณหภูมิ และโทรแจ้งสายด่วน 1669 ทันที",
        ),
        (),
        ("สาธารณสุข", "ผู้สูงอายุ"),
        author=HEALTH,
    ),
    S(
        110,
        "2024-05-17 11:00",
        "activities",
        "พิธีเปิดการแข่งขันกีฬานักเรียน อบจ.ภูผาหลวงเกมส์ ครั้งที่ 12 ประจำปี 2567",
        (
            "วันที่ 17 พฤษภาคม 2567 นายประสิทธิ์ วงศ์ภูผา นายกองค์การบริหารส่วนจังหวัดภูผาหลวง เป็นประธานในพิธีเปิดการแข่งขันกีฬานักเรียน อบจ.ภูผาหลวงเกมส์ ครั้งที่ 12 ณ สนามกีฬากลางจังหวัดภูผาหลวง",
            "การแข่งขันในปีนี้มีนักกีฬาจากโรงเรียนในสังกัด อบจ. และโรงเรียนในจังหวัดเข้าร่วมกว่า 1,800 คน ชิงชัยใน 12 ชนิดกีฬา เช่น ฟุตบอล วอลเลย์บอล เซปักตะกร้อ เปตอง กรีฑา และกีฬาพื้นบ้าน ระหว่างวันที่ 17 - 24 พฤษภาคม 2567",
            "ขบวนพาเหรดของนักเรียนได้รับความสนใจจากผู้ปกครองและประชาชนเป็นจำนวนมาก โดยแต่ละโรงเรียนนำเสนอเอกลักษณ์ของชุมชนผ่านการแต่งกายและการแสดงประกอบขบวน",
        ),
        ("นายก อบจ.ภูผาหลวง จุดคบเพลิงเปิดการแข่งขัน", "ขบวนพาเหรดของโรงเรียนในสังกัด", "การแข่งขันเซปักตะกร้อรอบแรก"),
        (ORG_TAG, "กีฬา", "การศึกษา"),
        old_title="พิธีเปิดกีฬานักเรียน อบจ. เกมส์ 2567",
        banner="old",
    ),
    S(
        111,
        "2024-06-05 09:00",
        "pr-news",
        "อบจ.ภูผาหลวง ร่วมกิจกรรมวันสิ่งแวดล้อมโลก ปลูกป่าต้นน้ำห้วยผาแดง 3,000 ต้น",
        (
            "เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 องค์การบริหารส่วนจังหวัดภูผาหลวง ร่วมกับสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด อุทยานแห่งชาติ และเครือข่ายอาสาสมัครพิทักษ์ป่า จัดกิจกรรมปลูกป่าต้นน้ำบริเวณลำห้วยผาแดง อำเภอผาขาว",
            "ผู้ร่วมกิจกรรมกว่า 600 คน ได้ร่วมกันปลูกกล้าไม้ท้องถิ่น เช่น ยางนา ตะเคียนทอง และมะค่าโมง รวม 3,000 ต้น พร้อมทั้งสร้างฝายชะลอน้ำแบบกึ่งถาวร 5 จุด เพื่อเพิ่มความชุ่มชื้นให้แก่ผืนป่า",
        ),
        ("อาสาสมัครร่วมปลูกกล้าไม้ริมลำห้วยผาแดง", "การสร้างฝายชะลอน้ำแบบกึ่งถาวร"),
        (ORG_TAG, "สิ่งแวดล้อม"),
    ),
    S(
        112,
        "2024-06-24 14:00",
        "announcements",
        "ประกาศ เรื่อง ปิดการจราจรชั่วคราว ถนนสายบ้านนาโพธิ์ - บ้านหนองแวง เพื่อก่อสร้างสะพานคอนกรีตเสริมเหล็ก",
        (
            "ด้วยองค์การบริหารส่วนจังหวัดภูผาหลวงจะดำเนินการก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามลำห้วยหินลาด บนถนนสายบ้านนาโพธิ์ - บ้านหนองแวง อำเภอนาโพธิ์ จึงมีความจำเป็นต้องปิดการจราจรชั่วคราว ตั้งแต่วันที่ 1 กรกฎาคม 2567 ถึงวันที่ 30 กันยายน 2567",
            "ขอให้ผู้ใช้รถใช้ถนนใช้เส้นทางเลี่ยงผ่านบ้านโนนสว่าง ซึ่ง อบจ. ได้ติดตั้งป้ายบอกทางและไฟส่องสว่างไว้ตลอดเส้นทาง ขออภัยในความไม่สะดวกมา ณ โอกาสนี้",
        ),
        ("แผนที่เส้นทางเลี่ยงผ่านบ้านโนนสว่าง",),
        ("ถนน",),
        author=ENG,
        attachment="road-closure-napho",
    ),
    S(
        113,
        "2024-07-19 10:30",
        "activities",
        "อบจ.ภูผาหลวง ร่วมขบวนแห่เทียนเข้าพรรษา ประจำปี 2567",
        (
            "วันที่ 19 กรกฎาคม 2567 คณะผู้บริหารและเจ้าหน้าที่องค์การบริหารส่วนจังหวัดภูผาหลวงร่วมขบวนแห่เทียนเข้าพรรษาของจังหวัด โดย อบจ. ได้ส่งต้นเทียนประเภทแกะสลักเข้าร่วมขบวน พร้อมขบวนฟ้อนรำจากนักเรียนโรงเรียนในสังกัด",
            "ขบวนแห่เริ่มเคลื่อนจากลานหน้าศาลากลางจังหวัดไปตามถนนภูผาราม ก่อนนำต้นเทียนไปถวายแด่พระสงฆ์ที่วัดศรีภูผาราม เพื่อใช้จุดบูชาตลอดระยะเวลาสามเดือนของการจำพรรษา",
            "ต้นเทียนของ อบจ.ภูผาหลวงในปีนี้แกะสลักเป็นเรื่องราวพุทธประวัติตอนเสด็จออกมหาภิเนษกรมณ์ โดยช่างฝีมือท้องถิ่นใช้เวลาแกะสลักกว่าหนึ่งเดือน",
        ),
        ("ต้นเทียนแกะสลักของ อบจ.ภูผาหลวง", "ขบวนฟ้อนรำของนักเรียน", "ถวายเทียนพรรษาที่วัดศรีภูผาราม"),
        (ORG_TAG, "ประเพณี"),
    ),
    S(
        114,
        "2024-08-08 15:20",
        "pr-news",
        "อบจ.ภูผาหลวง ลงนามบันทึกข้อตกลงความร่วมมือกับมหาวิทยาลัยราชภัฏภูผาหลวง พัฒนาทักษะอาชีพเยาวชน",
        (
            "วันที่ 8 สิงหาคม 2567 องค์การบริหารส่วนจังหวัดภูผาหลวงและมหาวิทยาลัยราชภัฏภูผาหลวงได้ลงนามบันทึกข้อตกลงความร่วมมือทางวิชาการ ว่าด้วยการพัฒนาทักษะอาชีพและการเรียนรู้ตลอดชีวิตของเยาวชนในจังหวัด ณ ห้องประชุมสภา อบจ.ภูผาหลวง",
            "ภายใต้ข้อตกลงนี้ มหาวิทยาลัยจะส่งคณาจารย์มาจัดหลักสูตรระยะสั้นด้านเกษตรสมัยใหม่ การค้าออนไลน์ และการท่องเที่ยวชุมชน ให้แก่นักเรียนโรงเรียนในสังกัด อบจ. และเยาวชนนอกระบบ ส่วน อบจ. จะสนับสนุนงบประมาณและสถานที่ฝึกอบรม",
            "ทั้งสองหน่วยงานตั้งเป้าหมายให้มีเยาวชนผ่านการอบรมไม่น้อยกว่า 1,000 คน ภายในปีงบประมาณ 2568",
        ),
        ("ผู้บริหารทั้งสองหน่วยงานลงนามบันทึกข้อตกลง", "ถ่ายภาพร่วมกันหลังพิธีลงนาม"),
        (ORG_TAG, "การศึกษา"),
        en=_En(
            "pao-and-rajabhat-university-sign-mou-on-youth-vocational-skills",
            "PAO and Phu Pha Luang Rajabhat University Sign MOU on Youth Vocational Skills",
            (
                "On 8 August 2024 Phu Pha Luang Provincial Administrative Organization and Phu Pha Luang Rajabhat University signed a memorandum of understanding on the vocational skills and lifelong learning of young people in the province, at the PAO Council meeting room.",
                "Under the agreement, university lecturers will run short courses in modern farming, online commerce and community tourism for students of PAO schools and for out-of-school youth, while the PAO will fund the courses and provide the training venues.",
                "The two organizations aim to train at least 1,000 young people within fiscal year 2025.",
            ),
            ("Executives of both organizations sign the MOU", "A group photo after the signing ceremony"),
        ),
    ),
    S(
        115,
        "2024-08-15 06:50",
        "activities",
        "หน่วยแพทย์เคลื่อนที่ อบจ.ภูผาหลวง ออกให้บริการตรวจสุขภาพประชาชนอำเภอห้วยทราย",
        (
            "เมื่อวันที่ 14 สิงหาคม 2567 หน่วยแพทย์เคลื่อนที่องค์การบริหารส่วนจังหวัดภูผาหลวง ร่วมกับโรงพยาบาลห้วยทราย ออกให้บริการตรวจสุขภาพประชาชน ณ โรงเรียนบ้านห้วยทรายเหนือ อำเภอห้วยทราย",
            "บริการที่จัดให้ ได้แก่ การตรวจคัดกรองเบาหวานและความดันโลหิตสูง ตรวจสายตาและตัดแว่นสำหรับผู้สูงอายุ ทำฟัน ตัดผม และให้คำปรึกษาด้านกฎหมาย มีประชาชนมารับบริการทั้งสิ้น 842 คน",
            "หน่วยแพทย์เคลื่อนที่จะออกให้บริการหมุนเวียนทุกอำเภอเดือนละ 2 ครั้ง ประชาชนสามารถติดตามกำหนดการได้ที่หน้าปฏิทินกิจกรรมของเว็บไซต์ อบจ.",
        ),
        ("ผู้สูงอายุรับการตรวจวัดสายตา", "ทันตแพทย์ให้บริการทำฟัน"),
        (ORG_TAG, "สาธารณสุข", "ผู้สูงอายุ"),
        author=HEALTH,
        banner="case",
    ),
    S(
        116,
        "2024-09-02 13:00",
        "pr-news",
        "อบจ.ภูผาหลวง ตั้งศูนย์บัญชาการเหตุการณ์ เตรียมรับมืออุทกภัยช่วงฤดูฝน",
        (
            "องค์การบริหารส่วนจังหวัดภูผาหลวงจัดตั้งศูนย์บัญชาการเหตุการณ์ด้านอุทกภัย ณ อาคารศูนย์ป้องกันและบรรเทาสาธารณภัย อบจ. เพื่อติดตามสถานการณ์น้ำและประสานการช่วยเหลือประชาชนตลอด 24 ชั่วโมง หลังกรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักในพื้นที่ภาคตะวันออกเฉียงเหนือตอนบน",
            "อบจ. ได้เตรียมเรือท้องแบน 12 ลำ เครื่องสูบน้ำ 20 เครื่อง รถบรรทุกขนาดใหญ่ 6 คัน และกระสอบทรายกว่า 30,000 ใบ พร้อมเจ้าหน้าที่และอาสาสมัครประจำจุดเสี่ยงริมลำน้ำหินลาดและลำห้วยทราย",
            "ประชาชนที่ได้รับผลกระทบหรือพบเหตุน้ำท่วม สามารถแจ้งได้ที่สายด่วน อบจ.ภูผาหลวง 0 4299 1199 หรือผ่านบัญชีไลน์ทางการของ อบจ.",
        ),
        ("เรือท้องแบนและเครื่องสูบน้ำที่เตรียมพร้อมไว้",),
        (ORG_TAG, "ภัยพิบัติ"),
        author=DISASTER,
    ),
    S(
        117,
        "2024-09-20 10:00",
        "activities",
        "อบจ.ภูผาหลวง มอบถุงยังชีพช่วยเหลือผู้ประสบอุทกภัยอำเภอท่าหินลาด 1,200 ชุด",
        (
            "วันที่ 20 กันยายน 2567 นายประสิทธิ์ วงศ์ภูผา นายกองค์การบริหารส่วนจังหวัดภูผาหลวง ลงพื้นที่มอบถุงยังชีพแก่ผู้ประสบอุทกภัยในอำเภอท่าหินลาด จำนวน 1,200 ชุด หลังน้ำในลำน้ำหินลาดเอ่อล้นเข้าท่วมบ้านเรือนประชาชน 14 หมู่บ้าน",
            "นอกจากถุงยังชีพแล้ว อบจ. ยังได้ส่งเรือท้องแบนช่วยขนย้ายผู้ป่วยติดเตียงและผู้สูงอายุไปยังจุดอพยพ ตั้งโรงครัวร่วมกับจังหวัด และสนับสนุนน้ำดื่มวันละ 5,000 ขวด โดยประสานผ่านศูนย์บัญชาการเหตุการณ์ที่จัดตั้งขึ้นเมื่อต้นเดือนกันยายน",
            "หลังระดับน้ำลดลง อบจ. จะส่งเจ้าหน้าที่กองช่างสำรวจความเสียหายของถนนและสะพานในความรับผิดชอบ เพื่อซ่อมแซมให้ประชาชนสัญจรได้ตามปกติโดยเร็ว",
        ),
        ("นายก อบจ. มอบถุงยังชีพแก่ผู้ประสบภัย", "เรือท้องแบนขนย้ายผู้สูงอายุไปยังจุดอพยพ", ""),
        (ORG_TAG, "ภัยพิบัติ"),
        link=(1, "ศูนย์บัญชาการเหตุการณ์ที่จัดตั้งขึ้นเมื่อต้นเดือนกันยายน", 116),
    ),
    S(
        118,
        "2024-10-01 09:40",
        "announcements",
        "ประกาศ เรื่อง การประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568",
        (
            "ด้วยสภาองค์การบริหารส่วนจังหวัดภูผาหลวงได้มีมติเห็นชอบร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 และผู้ว่าราชการจังหวัดภูผาหลวงได้อนุมัติแล้ว องค์การบริหารส่วนจังหวัดภูผาหลวงจึงประกาศใช้ข้อบัญญัติดังกล่าว ตั้งแต่วันที่ 1 ตุลาคม 2567 เป็นต้นไป",
            "งบประมาณรายจ่ายทั้งสิ้น 1,248,500,000 บาท แบ่งเป็นด้านบริหารทั่วไป ด้านบริการชุมชนและสังคม ด้านเศรษฐกิจ และด้านการดำเนินงานอื่น โดยเน้นการพัฒนาโครงสร้างพื้นฐาน การสาธารณสุข และการศึกษาของโรงเรียนในสังกัด",
            "ประชาชนสามารถตรวจดูรายละเอียดข้อบัญญัติได้ที่ศูนย์ข้อมูลข่าวสาร อบจ.ภูผาหลวง ในวันและเวลาราชการ",
        ),
        (),
        (ORG_TAG, "แผนพัฒนา"),
        slug="budget-2568",
        author=FIN,
        attachment="budget-2568",
    ),
    S(
        119,
        "2024-10-18 14:30",
        "pr-news",
        "อบจ.ภูผาหลวง จัดประชุมประชาคมระดับจังหวัด ทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
        (
            "วันที่ 18 ตุลาคม 2567 องค์การบริหารส่วนจังหวัดภูผาหลวงจัดประชุมประชาคมระดับจังหวัดเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ณ หอประชุม อบจ.ภูผาหลวง มีผู้แทนภาคประชาชน ผู้นำชุมชน และผู้แทนองค์กรปกครองส่วนท้องถิ่นทั้ง 9 อำเภอเข้าร่วมกว่า 400 คน",
            "ที่ประชุมได้ร่วมกันพิจารณาจัดลำดับความสำคัญของโครงการที่ประชาชนเสนอ โดยโครงการด้านถนนและแหล่งน้ำเพื่อการเกษตรยังคงเป็นความต้องการลำดับต้น รองลงมาคือการพัฒนาระบบบริการสาธารณสุขปฐมภูมิ และการส่งเสริมการท่องเที่ยวชุมชน",
            "อบจ. จะนำข้อเสนอจากการประชุมไปประกอบการจัดทำแผนพัฒนาท้องถิ่นฉบับเพิ่มเติม และเสนอต่อสภา อบจ.ภูผาหลวง เพื่อพิจารณาต่อไป",
        ),
        ("บรรยากาศการประชุมประชาคมระดับจังหวัด",),
        (ORG_TAG, "แผนพัฒนา"),
    ),
    S(
        120,
        "2024-11-08 16:45",
        "pr-news",
        "ขอเชิญร่วมงานประเพณีลอยกระทง ประจำปี 2567 ณ สวนสาธารณะหนองภูผา",
        (
            "องค์การบริหารส่วนจังหวัดภูผาหลวง ขอเชิญชวนประชาชนและนักท่องเที่ยวร่วมงานประเพณีลอยกระทง ประจำปี 2567 ในวันศุกร์ที่ 15 พฤศจิกายน 2567 ตั้งแต่เวลา 17.00 น. เป็นต้นไป ณ สวนสาธารณะหนองภูผา อำเภอเมืองภูผาหลวง",
            "ภายในงานพบกับการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ ขบวนแห่โคมไฟ และการแสดงดนตรีพื้นบ้าน อบจ. ขอความร่วมมือผู้ร่วมงานใช้กระทงที่ย่อยสลายได้ และงดการจุดพลุและปล่อยโคมลอยในบริเวณงาน",
        ),
        ("โปสเตอร์ประชาสัมพันธ์งานประเพณีลอยกระทง ประจำปี 2567",),
        ("ประเพณี", "ท่องเที่ยว"),
    ),
    S(
        121,
        "2024-11-16 10:20",
        "activities",
        "บรรยากาศงานประเพณีลอยกระทง อบจ.ภูผาหลวง ประจำปี 2567 ประชาชนร่วมงานคึกคัก",
        (
            "คืนวันที่ 15 พฤศจิกายน 2567 ประชาชนและนักท่องเที่ยวจำนวนมากร่วมงานประเพณีลอยกระทงที่สวนสาธารณะหนองภูผา ซึ่งองค์การบริหารส่วนจังหวัดภูผาหลวงจัดขึ้นเพื่ออนุรักษ์ประเพณีอันดีงามและส่งเสริมการท่องเที่ยวของจังหวัด",
            "ผลการประกวดกระทงประดิษฐ์ รางวัลชนะเลิศได้แก่กระทงจากอำเภอนาโพธิ์ ซึ่งทำจากกาบกล้วยและดอกดาวเรือง ส่วนตำแหน่งนางนพมาศ ประจำปี 2567 ได้แก่ นางสาวกมลชนก แสงภูผา จากอำเภอผาขาว",
            "หลังเสร็จงาน เจ้าหน้าที่ อบจ. และอาสาสมัครได้ร่วมกันเก็บกระทงในหนองภูผาได้ทั้งสิ้น 18,450 ใบ ในจำนวนนี้เป็นกระทงโฟมเพียง 96 ใบ ลดลงจากปีที่ผ่านมาอย่างชัดเจน",
        ),
        (
            "ประชาชนร่วมลอยกระทงริมหนองภูผา",
            "กระทงชนะเลิศจากอำเภอนาโพธิ์",
            "",
            "เจ้าหน้าที่และอาสาสมัครร่วมเก็บกระทงหลังเสร็จงาน",
        ),
        (ORG_TAG, "ประเพณี"),
    ),
)
del S


@dataclass(frozen=True)
class _Event:
    n: int
    published: str  # "YYYY-MM-DD HH:MM" Bangkok: the item's PublicationDate (its URL date, in UTC)
    title: str
    start: str  # "YYYY-MM-DD HH:MM"
    end: str
    city: str
    street: str
    summary: str
    contact: str = "ฝ่ายประชาสัมพันธ์ สำนักปลัด อบจ. โทร 0 4299 1234 ต่อ 112"
    slug: str | None = None


EVENTS: tuple[_Event, ...] = (
    _Event(
        201,
        "2024-09-25 10:10",
        "การแข่งขันเรือยาวประเพณี ชิงถ้วยนายก อบจ.ภูผาหลวง ประจำปี 2567",
        "2024-10-12 09:00",
        "2024-10-13 17:00",
        "อำเภอท่าหินลาด",
        "ลำน้ำหินลาด หน้าที่ว่าการอำเภอท่าหินลาด",
        "การแข่งขันเรือยาว 3 ประเภท ได้แก่ เรือยาวใหญ่ เรือยาวกลาง และเรือยาวเล็ก ชิงถ้วยและเงินรางวัลรวม 350,000 บาท",
    ),
    _Event(
        202,
        "2024-11-01 09:30",
        "งานประเพณีลอยกระทง ประจำปี 2567",
        "2024-11-15 17:00",
        "2024-11-15 22:00",
        "อำเภอเมืองภูผาหลวง",
        "สวนสาธารณะหนองภูผา",
        "ประกวดกระทงประดิษฐ์ ประกวดนางนพมาศ ขบวนแห่โคมไฟ และการแสดงดนตรีพื้นบ้าน",
    ),
    _Event(
        203,
        "2024-11-12 11:00",
        "เทศกาลชมทะเลหมอกดอยผาแดง ประจำปี 2567",
        "2024-12-20 06:00",
        "2024-12-31 18:00",
        "อำเภอผาขาว",
        "ลานชมวิวดอยผาแดง",
        "ตลาดสินค้าชุมชน ลานกางเต็นท์ และกิจกรรมเดินป่าศึกษาธรรมชาติยามเช้า",
    ),
    _Event(
        204,
        "2024-11-18 14:20",
        "หน่วยแพทย์เคลื่อนที่ อบจ.ภูผาหลวง ครั้งที่ 22 อำเภอนาโพธิ์",
        "2024-12-10 08:30",
        "2024-12-10 15:00",
        "อำเภอนาโพธิ์",
        "โรงเรียนบ้านนาโพธิ์",
        "ตรวจคัดกรองเบาหวานและความดันโลหิตสูง ตรวจสายตา ทำฟัน ตัดผม และให้คำปรึกษาด้านกฎหมาย",
        contact="กองสาธารณสุข อบจ.ภูผาหลวง โทร 0 4299 1234 ต่อ 301",
    ),
    _Event(
        205,
        "2024-11-20 15:00",
        "ภูผาหลวง ฮาล์ฟมาราธอน 2568",
        "2025-01-19 04:30",
        "2025-01-19 10:00",
        "อำเภอเมืองภูผาหลวง",
        "ลานหน้าศาลากลางจังหวัดภูผาหลวง",
        "วิ่งการกุศล 3 ระยะ 5, 10.5 และ 21.1 กิโลเมตร รายได้สมทบทุนจัดซื้อเครื่องไตเทียม",
        slug="phu-pha-luang-half-marathon-2025",
    ),
    _Event(
        206,
        "2024-11-21 10:00",
        "งานวันเด็กแห่งชาติ ประจำปี 2568",
        "2025-01-11 08:00",
        "2025-01-11 15:00",
        "อำเภอเมืองภูผาหลวง",
        "สนามกีฬากลางจังหวัดภูผาหลวง",
        "การแสดงของนักเรียน ซุ้มเกม การสาธิตของหน่วยกู้ภัย และการมอบทุนการศึกษา",
    ),
    _Event(
        207,
        "2024-11-22 13:30",
        "พิธีถวายพระพรชัยมงคล เนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม 2567",
        "2024-12-05 07:30",
        "2024-12-05 09:00",
        "อำเภอเมืองภูผาหลวง",
        "ลานหน้าศาลากลางจังหวัดภูผาหลวง",
        "ขอเชิญข้าราชการ พนักงาน และประชาชนแต่งกายชุดสีเหลือง ร่วมพิธีวางพานพุ่มและถวายพระพรชัยมงคล",
    ),
)


@dataclass(frozen=True)
class _Doc:
    n: int
    day: str
    title: str
    name: str  # the document's UrlName (the uploaded file's name)
    kb: int


# ประกาศจัดซื้อจัดจ้าง: Documents & Files, library "Default Library", folder procurement/<fiscal year พ.ศ.>
DOCS: tuple[_Doc, ...] = (
    _Doc(
        301,
        "2024-06-03",
        "ประกาศประกวดราคาจ้างก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต สายบ้านนาคำ - บ้านโนนงาม อำเภอผาขาว ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        "eb-67-021",
        412,
    ),
    _Doc(
        302,
        "2024-06-21",
        "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุการแพทย์ ศูนย์ฟอกไต อบจ.ภูผาหลวง โดยวิธีเฉพาะเจาะจง",
        "win-67-088",
        96,
    ),
    _Doc(
        303,
        "2024-07-09",
        "ประกาศประกวดราคาจ้างก่อสร้างสะพานคอนกรีตเสริมเหล็กข้ามลำห้วยหินลาด สายบ้านนาโพธิ์ - บ้านหนองแวง",
        "eb-67-024",
        388,
    ),
    _Doc(304, "2024-07-30", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนลาดยาง สายบ้านนาคำ - บ้านโนนงาม", "win-67-102", 104),
    _Doc(305, "2024-08-16", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568", "plan-68", 1240),
    _Doc(306, "2024-09-04", "ประกาศประกวดราคาซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 10,000 ลิตร จำนวน 2 คัน", "eb-67-031", 356),
    _Doc(307, "2024-09-27", "ประกาศยกเลิกการประกวดราคาซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 10,000 ลิตร", "cancel-67-031", 88),
    _Doc(
        308,
        "2024-10-15",
        "ประกาศประกวดราคาจ้างปรับปรุงอาคารเรียน โรงเรียนภูผาหลวงวิทยาคม (สังกัด อบจ.ภูผาหลวง)",
        "eb-68-002",
        402,
    ),
    _Doc(309, "2024-11-05", "ประกาศผู้ชนะการเสนอราคา ซื้อครุภัณฑ์คอมพิวเตอร์ โรงเรียนในสังกัด อบจ.ภูผาหลวง", "win-68-014", 121),
    _Doc(310, "2024-11-19", "ประกาศราคากลางโครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก ถนนภูผาราม", "price-68-007", 233),
)

# Static content pages (Content block widgets): path -> (title, section, paragraphs)
PAGES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "/th/about/history": (
        "ประวัติองค์การบริหารส่วนจังหวัดภูผาหลวง",
        "เกี่ยวกับ อบจ.",
        (
            "องค์การบริหารส่วนจังหวัดภูผาหลวงจัดตั้งขึ้นตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 เป็นหน่วยการบริหารราชการส่วนท้องถิ่นที่มีพื้นที่รับผิดชอบครอบคลุมทั้งจังหวัด 9 อำเภอ ประชากรประมาณ 612,000 คน",
            "สำนักงานแห่งแรกตั้งอยู่ในบริเวณศาลากลางจังหวัดหลังเก่า ก่อนย้ายมายังอาคารสำนักงานปัจจุบันบนถนนภูผารามเมื่อปี พ.ศ. 2548 ปัจจุบัน อบจ.ภูผาหลวงมีโรงเรียนในสังกัด 14 แห่ง และรับถ่ายโอนโรงพยาบาลส่งเสริมสุขภาพตำบล 87 แห่ง",
        ),
    ),
    "/th/about/vision": (
        "วิสัยทัศน์และพันธกิจ",
        "เกี่ยวกับ อบจ.",
        (
            "วิสัยทัศน์ \u201cภูผาหลวงเมืองน่าอยู่ เศรษฐกิจมั่นคง ท่องเที่ยวยั่งยืน ประชาชนมีคุณภาพชีวิตที่ดี\u201d",
            "พันธกิจ 1. พัฒนาโครงสร้างพื้นฐานและแหล่งน้ำให้ทั่วถึง 2. ส่งเสริมการศึกษาและการสาธารณสุขอย่างมีคุณภาพ 3. ส่งเสริมการท่องเที่ยวและเศรษฐกิจชุมชน 4. อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม 5. บริหารจัดการตามหลักธรรมาภิบาล",
        ),
    ),
    "/th/about/structure": (
        "โครงสร้างองค์กร",
        "เกี่ยวกับ อบจ.",
        (
            "องค์การบริหารส่วนจังหวัดภูผาหลวงแบ่งส่วนราชการออกเป็น สำนักปลัด อบจ. สำนักงบประมาณ กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม กองสาธารณสุข กองพัสดุและทรัพย์สิน กองยุทธศาสตร์และงบประมาณ และหน่วยตรวจสอบภายใน",
        ),
    ),
    "/th/about/executives": (
        "คณะผู้บริหาร",
        "เกี่ยวกับ อบจ.",
        (
            "นายประสิทธิ์ วงศ์ภูผา นายกองค์การบริหารส่วนจังหวัดภูผาหลวง",
            "นางวิไลวรรณ ศรีผาแดง รองนายกองค์การบริหารส่วนจังหวัดภูผาหลวง",
            "นายสมพงษ์ ทองหินลาด รองนายกองค์การบริหารส่วนจังหวัดภูผาหลวง",
            "นายธนากร บุญนาโพธิ์ ปลัดองค์การบริหารส่วนจังหวัดภูผาหลวง",
        ),
    ),
    "/th/contact-us": (
        "ติดต่อเรา",
        "",
        (
            f"{SITE} {ADDRESS}",
            "โทรศัพท์ 0 4299 1234 โทรสาร 0 4299 1235 ศูนย์ป้องกันและบรรเทาสาธารณภัย 0 4299 1199 (ตลอด 24 ชั่วโมง) อีเมล saraban@phuphaluangpao.go.th",
            "เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. เว้นวันหยุดราชการ",
        ),
    ),
    "/th/privacy-policy": (
        "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        "",
        (
            "องค์การบริหารส่วนจังหวัดภูผาหลวงให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของผู้ใช้บริการเว็บไซต์ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
            "เว็บไซต์นี้ใช้คุกกี้เพื่อจดจำภาษาที่ท่านเลือกและนับสถิติผู้เข้าชม โดยไม่เก็บข้อมูลที่ระบุตัวบุคคลได้ หากมีข้อสงสัยโปรดติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล สำนักปลัด อบจ.",
        ),
    ),
}
PAGES_EN: dict[str, tuple[str, tuple[str, ...]]] = {
    "/en/about-us": (
        "About Phu Pha Luang PAO",
        (
            "Phu Pha Luang Provincial Administrative Organization is the local government of the whole province: 9 districts and about 612,000 people.",
            "The PAO runs 14 schools and 87 subdistrict health promoting hospitals, builds and maintains rural roads and promotes tourism in the province.",
        ),
    ),
    "/en/contact-us": (
        "Contact Us",
        (f"{SITE_EN}, {ADDRESS_EN}", "Tel. +66 4299 1234, e-mail saraban@phuphaluangpao.go.th"),
    ),
}
ITA_DOCS = (
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
POPULAR_TERMS = ("ภาษี", "รับสมัครงาน", "ลอยกระทง", "ฟอกไต", "ภัยแล้ง", "ประกวดราคา")


def _guid(seed: str) -> str:
    h = hashlib.md5(("pplpao:" + seed).encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _local(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=BANGKOK)


def _fiscal_be(d: date) -> int:
    return (d.year + 1 if d.month >= 10 else d.year) + 543


@dataclass(frozen=True)
class _Photo:
    full: str  # /images/default-source/news/<พ.ศ.>/<name>.jpg?sfvrsn=...
    thumb: str  # ... <name>.tmb-thumb370.jpg?sfvrsn=...
    caption: str


class _Item:
    """One news item with everything derived from it (URLs in UTC dates, photos, aliases)."""

    def __init__(self, s: _Story):
        self.s = s
        self.dt = _local(s.local)
        self.utc = self.dt.astimezone(UTC)
        self.d = self.dt.date()
        self.slug = s.slug or url_name(s.title)
        ymd = f"{self.utc:%Y/%m/%d}"
        self.ymd = ymd
        self.path = f"/th/news/{ymd}/{self.slug}"
        self.act_path = f"/th/activities/{ymd}/{self.slug}" if s.cat == "activities" else None
        self.en_path = f"/en/news/{ymd}/{s.en.slug}" if s.en else None
        self.old_path = f"/th/news/{ymd}/{url_name(s.old_title)}" if s.old_title else None
        self.guid = _guid(f"news-{s.n}")
        be = self.d.year + 543
        self.photos: list[_Photo] = []
        for k, cap in enumerate(s.captions, start=1):
            prefix = "dsc" if s.n % 2 else "img"
            name = f"{prefix}_{(s.n * 389 + k * 57) % 9000 + 1000}"
            base = f"/images/default-source/news/{be}/{name}"
            self.photos.append(
                _Photo(f"{base}.jpg?sfvrsn={sfvrsn(base)}", f"{base}.tmb-thumb370.jpg?sfvrsn={sfvrsn(base)}", cap)
            )
        self.pdf = f"/docs/default-source/announcements/{s.attachment}.pdf" if s.attachment else None
        self.views = (s.n * 7919) % 1700 + 140

    @property
    def title(self) -> str:
        return self.s.title

    @property
    def tags(self) -> tuple[str, ...]:
        return self.s.tags

    def thumb(self) -> str:
        if self.photos:
            return self.photos[0].thumb
        return f"/images/default-source/default-album/news-default.tmb-thumb370.png?sfvrsn={sfvrsn('news-default', 1)}"

    def summary(self, lang: str = "th") -> str:
        """The Summary field: the editors paste the lead and cut it (about 110 characters, at a space)."""
        lead = (self.s.en.paragraphs if lang == "en" and self.s.en else self.s.paragraphs)[0]
        if len(lead) <= 110:
            return lead
        cut = lead.rfind(" ", 0, 110)
        return lead[: cut if cut > 40 else 110] + "..."


class _EventItem:
    def __init__(self, e: _Event):
        self.e = e
        self.pub = _local(e.published)
        self.start = _local(e.start)
        self.end = _local(e.end)
        self.slug = e.slug or url_name(e.title)
        self.path = f"/th/events/{self.pub.astimezone(UTC):%Y/%m/%d}/{self.slug}"

    def when(self) -> str:
        s, e = self.start, self.end
        if s.date() == e.date():
            return f"วัน{TH_WEEKDAYS[s.weekday()]}ที่ {th_long(s.date())} เวลา {s:%H:%M} - {e:%H:%M} น."
        return f"{th_long(s.date())} {s:%H:%M} น. - {th_long(e.date())} {e:%H:%M} น."


class _DocItem:
    def __init__(self, doc: _Doc):
        self.doc = doc
        self.d = date.fromisoformat(doc.day)
        folder = f"procurement/{_fiscal_be(self.d)}"
        self.file = f"/docs/default-source/{folder}/{doc.name}.pdf"
        self.href = f"{self.file}?sfvrsn={sfvrsn(self.file, 2)}"
        self.path = f"/th/procurement/default-source/{folder}/{doc.name}"


# -- markup helpers ------------------------------------------------------------------------------------------------
def _col_id(key: str, k: int) -> str:
    return f"Contentplaceholder1_T{hashlib.md5(key.encode('utf-8')).hexdigest()[:10].upper()}_Col{k:02d}"


def row(key: str, *cols: tuple[str, str]) -> str:
    """A Bootstrap4 grid widget as Sitefinity renders it: row + sf_colsIn columns."""
    inner = "".join(
        f'\n        <div id="{_col_id(key, k)}" class="sf_colsIn {cls}" data-sf-element="Column {k + 1}" data-placeholder-label="Column {k + 1}">{html}\n        </div>'
        for k, (cls, html) in enumerate(cols)
    )
    return f'<div class="row" data-sf-element="Row">{inner}\n</div>\n'


def pager(current: int, total: int, template: str, lang: str = "th") -> str:
    """The Bootstrap4 package's ContentPager/Pager.cshtml: every page number, page 1 as '/page/1' too."""
    if total <= 1:
        return ""
    prev_l, next_l, goto = (
        ("หน้าก่อนหน้า", "หน้าถัดไป", "ไปที่หน้า") if lang == "th" else ("Go to previous page", "Go to next page", "Go to page")
    )
    items = []
    if current > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{template.format(current - 1)}" aria-label="{prev_l}"><span aria-hidden="true">&laquo;</span></a></li>'
        )
    for n in range(1, total + 1):
        if n == current:
            items.append(
                f'<li class="active page-item"><a class="page-link" aria-current="true" href="{template.format(n)}" aria-label="หน้า {n}">{n}</a></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{template.format(n)}" aria-label="{goto} {n}">{n}</a></li>'
            )
    if current < total:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{template.format(current + 1)}" aria-label="{next_l}"><span aria-hidden="true">&raquo;</span></a></li>'
        )
    return f'<nav role="navigation" aria-label="Pagination">\n    <ul class="pagination">\n        {"".join(items)}\n    </ul>\n</nav>'


def content_html(paragraphs: tuple[str, ...], style: int, link: tuple[int, str, str] | None = None) -> str:
    """The news Content field as the RadEditor/Kendo editor saved it (three editors, three habits)."""
    out = []
    for k, text in enumerate(paragraphs):
        body = esc(text)
        if link and link[0] == k:
            phrase = esc(link[1])
            body = body.replace(
                phrase,
                f'<a href="{attr(link[2])}" sfref="[f669d9a7-009d-4d83-ddaa-000000000002]{_guid(link[2])}">{phrase}</a>',
                1,
            )
        if style == 0:
            out.append(f"<p>{body}</p>")
        elif style == 1:
            out.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{body}</p>')
        else:
            out.append(
                f"<p><span style=\"font-family: 'TH SarabunPSK', sans-serif; font-size: 20px;\">{body}</span></p>"
            )
    if style == 2:
        out.append("<p>&nbsp;</p>")
    return "\n".join(out)


NAV_TH = (
    ("หน้าแรก", "/th", ()),
    (
        "เกี่ยวกับ อบจ.",
        None,
        (
            ("ประวัติ", "/th/about/history"),
            ("วิสัยทัศน์และพันธกิจ", "/th/about/vision"),
            ("โครงสร้างองค์กร", "/th/about/structure"),
            ("คณะผู้บริหาร", "/th/about/executives"),
        ),
    ),
    (
        "ข่าวสาร",
        None,
        (
            ("ข่าวประชาสัมพันธ์", "/th/news"),
            ("ข่าวกิจกรรม", "/th/activities"),
            ("ประกาศจัดซื้อจัดจ้าง", "/th/procurement"),
        ),
    ),
    ("ปฏิทินกิจกรรม", "/th/events", ()),
    ("ITA", "/th/ita", ()),
    ("ติดต่อเรา", "/th/contact-us", ()),
)
NAV_EN = (
    ("Home", "/en", ()),
    ("About Us", "/en/about-us", ()),
    ("News", "/en/news", ()),
    ("Contact Us", "/en/contact-us", ()),
)


class _Portal:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.b = site.base_url
        self.items = [_Item(s) for s in STORIES]
        self.by_n = {it.s.n: it for it in self.items}
        self.newest = sorted(self.items, key=lambda it: it.dt, reverse=True)
        self.en_newest = [it for it in self.newest if it.s.en]
        self.events = sorted((_EventItem(e) for e in EVENTS), key=lambda ev: ev.start)
        self.docs = sorted((_DocItem(doc) for doc in DOCS), key=lambda di: di.d, reverse=True)
        self.non_articles: list[str] = []
        self.media: dict[str, Response] = {}
        self.ci: dict[str, str] = {}  # lower-cased route key -> route key (IIS and Sitefinity ignore case)

    def u(self, path: str) -> str:
        return self.b + path

    def add(self, path: str, resp: Response, non_article: bool = False) -> None:
        self.site.add(path, resp)
        if non_article:
            self.non_articles.append(self.u(enc(path)))

    @staticmethod
    def html(text: str, status: int = 200) -> Response:
        return Response(status, (("Content-Type", HTML), *ASPNET), text.encode("utf-8"))

    def login_href(self, raw_url: str) -> str:
        """The agency's top bar: /th/login?ReturnUrl=<HttpUtility.UrlEncode(Request.RawUrl)>."""
        return "/th/login?ReturnUrl=" + http_url_encode(raw_url)

    # -- the layout ------------------------------------------------------------------------------------------------
    def head(self, title: str, canonical: str, lang: str, og_type: str, extra: str) -> str:
        b = self.b
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>
\t{esc(title)}
</title>
    <link href="/ResourcePackages/Bootstrap4/assets/dist/css/main.min.css?package=Bootstrap4&amp;v={PKG_V}" type="text/css" rel="stylesheet" />
    <link href="/ResourcePackages/Bootstrap4/assets/dist/css/pao-theme.css?v=20240301" type="text/css" rel="stylesheet" />
    <link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;600&amp;display=swap" rel="stylesheet" />
    <script src="/ScriptResource.axd?d=ZLiQ6NOxnw3DTylq2VYU9hPqEeC0tTiO2sFMWhSyeaF8PJ2Vk6-mrRDIyU4LJhbbGdjyLqsxrOkF2fTm0u2sJw8ZmbANBC4tHQ1aHb0XU5LkD0rP3NYdkQ2&amp;t=ffffffffe6d5a9ac" type="text/javascript"></script>
<meta name="Generator" content="Sitefinity {SF_VERSION} DX" /><link rel="canonical" href="{b}{enc(canonical)}" /><meta property="og:title" content="{attr(title)}" /><meta property="og:url" content="{b}{enc(canonical)}" /><meta property="og:type" content="{og_type}" /><meta property="og:site_name" content="{attr(SITE if lang == "th" else SITE_EN)}" />{extra}<link rel="icon" href="/images/default-source/default-album/favicon.png?sfvrsn={sfvrsn("favicon")}" />
</head>
"""

    def nav(self, lang: str, active: str) -> str:
        out = []
        for k, (label, href, children) in enumerate(NAV_TH if lang == "th" else NAV_EN):
            if children:
                is_open = any(active == h or active.startswith(h + "/") for _l, h in children)
                sub = "".join(
                    f'\n                    <li>\n                        <a class="dropdown-item {"active" if active == h or active.startswith(h + "/") else ""}" href="{h}" target="_self">{esc(lb)}</a>\n                    </li>'
                    for lb, h in children
                )
                out.append(
                    f'\n            <li class="nav-item dropdown {"active" if is_open else ""}">\n                <a class="nav-link dropdown-toggle" href="#" id="navbarDropdownMenuLink-{k}" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{esc(label)}</a>\n                <ul class="dropdown-menu" aria-labelledby="navbarDropdownMenuLink-{k}">{sub}\n                </ul>\n            </li>'
                )
            else:
                cls = (
                    "active" if active == href or (href not in ("/th", "/en") and active.startswith(href + "/")) else ""
                )
                out.append(
                    f'\n            <li class="nav-item {cls}">\n                <a class="nav-link" href="{href}" target="_self">{esc(label)}</a>\n            </li>'
                )
        return "".join(out)

    def frame(
        self,
        title: str,
        main: str,
        *,
        canonical: str,
        raw_url: str | None = None,
        lang: str = "th",
        crumbs: tuple[tuple[str, str | None], ...] = (),
        og_type: str = "website",
        extra_head: str = "",
        active: str = "",
    ) -> str:
        """A whole page of the "PAO Master" layout (the agency's copy of Bootstrap4's default.cshtml)."""
        raw = raw_url if raw_url is not None else enc(canonical)
        doc_title = title if title in (SITE, SITE_EN) else f"{title} - {SITE if lang == 'th' else SITE_EN}"
        th_today = f"วัน{TH_WEEKDAYS[TODAY.weekday()]}ที่ {thai_digits(th_long(TODAY))}"
        login = self.login_href(raw)
        if lang == "th":
            status = f'<a href="{attr(login)}" class="mr-2">เข้าสู่ระบบ</a> | <a href="/th/registration" class="ml-2">สมัครสมาชิก</a>'
            top_left = f'<span class="pao-today">{th_today}</span>'
            font = '<span class="pao-font-size">ขนาดตัวอักษร <a href="javascript:void(0)" onclick="paoFont(-1)">ก-</a> <a href="javascript:void(0)" onclick="paoFont(0)">ก</a> <a href="javascript:void(0)" onclick="paoFont(1)">ก+</a></span>'
        else:
            status = f'<a href="{attr(login)}" class="mr-2">Log in</a> | <a href="/th/registration" class="ml-2">Register now</a>'
            top_left = f'<span class="pao-today">{TODAY.strftime("%A")}, {EN_MONTHS[TODAY.month - 1]} {TODAY.day}, {TODAY.year}</span>'
            font = ""
        lang_sel = f"""<div class="sf-lang-selector-wrap">
    <ul class="sf-lang-selector list-inline">
            <li class="list-inline-item">
\t                <a href="" onclick="openLink('th'); return false;" class="{"selected" if lang == "th" else ""}">ไทย</a>
            </li>
            <li class="list-inline-item">
\t                <a href="" onclick="openLink('en'); return false;" class="{"selected" if lang == "en" else ""}">English</a>
            </li>
    </ul>
</div>"""
        crumb_html = ""
        if crumbs:
            lis = []
            for k, (label, href) in enumerate(crumbs):
                if k == len(crumbs) - 1 or href is None:
                    lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
                else:
                    lis.append(f'<li class="breadcrumb-item"><a href="{attr(href)}">{esc(label)} </a></li>')
            crumb_html = f"""<div class="container"><div class="pao-breadcrumb">
    <nav aria-label="Full path to the current page">
        <ol class="sf-breadscrumb breadcrumb">
            {"".join(lis)}
        </ol>
    </nav>
</div></div>
"""
        home = "/th" if lang == "th" else "/en"
        name = SITE if lang == "th" else SITE_EN
        search_action = "/th/search" if lang == "th" else "/en/search"
        search_form = f"""<form class="form-inline pao-search" action="{search_action}" method="get" role="search">
                <input type="hidden" name="indexCatalogue" value="pao-{lang}" /><input type="hidden" name="wordsMode" value="AllWords" />
                <input type="search" name="searchQuery" class="form-control form-control-sm" placeholder="{"ค้นหา" if lang == "th" else "Search"}" aria-label="search" data-sf-role="search-box" />
                <button class="btn btn-sm btn-warning" type="submit" data-sf-role="search-button">{"ค้นหา" if lang == "th" else "Search"}</button>
            </form>"""
        return (
            self.head(doc_title, canonical, lang, og_type, extra_head)
            + f"""<body>
<div class="pao-topbar bg-dark text-white small">
    <div class="container d-flex justify-content-between">
        <div>{top_left} {font}</div>
        <div class="d-flex">
<div class="mr-3">
    <div data-sf-role="sf-logged-out-view">
        {status}
    </div>
</div>
{lang_sel}
        </div>
    </div>
</div>
<header class="pao-header">
    <div class="container d-flex align-items-center py-2">
        <a href="{home}" class="pao-logo"><img src="/images/default-source/default-album/logo-pao.png?sfvrsn={sfvrsn("logo-pao", 2)}" alt="{attr(name)}" width="90" height="90" /></a>
        <div class="ml-3"><div class="pao-site-name h4 mb-0">{esc(name)}</div><div class="pao-site-sub">{"Phu Pha Luang Provincial Administrative Organization" if lang == "th" else "องค์การบริหารส่วนจังหวัดภูผาหลวง"}</div></div>
    </div>
    <div class="container">
<div class="pao-mainmenu">
    <nav class="navbar navbar-expand-lg navbar-dark bg-success">
        <button class="navbar-toggler" type="button" data-toggle="collapse" data-target='#navbar-1' aria-controls='navbar-1' aria-expanded="false" aria-label="Toggle navigation">
            <span class="navbar-toggler-icon"></span>
        </button>
        <div class="collapse navbar-collapse" id='navbar-1'>
            <ul class="navbar-nav flex-wrap">{self.nav(lang, active)}
            </ul>
            {search_form}
        </div>
    </nav>
</div>
    </div>
</header>
{crumb_html}<main class="container pao-main py-3">
{main}
</main>
{self.footer(lang)}
<script src="/ResourcePackages/Bootstrap4/assets/dist/js/popper.min.js?package=Bootstrap4&amp;v={PKG_V}" type="text/javascript"></script>
<script src="/ResourcePackages/Bootstrap4/assets/dist/js/bootstrap.min.js?package=Bootstrap4&amp;v={PKG_V}" type="text/javascript"></script>
<script src="/Frontend-Assembly/Telerik.Sitefinity.Frontend.Navigation/Mvc/Scripts/LanguageSelector/language-selector.min.js?package=Bootstrap4&amp;v={PKG_V}" type="text/javascript"></script>
<input type="hidden" data-sf-role="sf-status-json-endpoint-url" value="/rest-api/login-status" />
</body>
</html>
"""
        )

    def footer(self, lang: str) -> str:
        seed = TODAY.toordinal()
        counter = (
            f'<div class="pao-counter"><span>ผู้เข้าชมวันนี้ {thai_digits(f"{seed % 1700 + 900:,}")}</span> | '
            f"<span>เดือนนี้ {thai_digits(f'{seed % 23000 + 31000:,}')}</span> | "
            f"<span>ทั้งหมด {thai_digits(f'{seed % 400000 + 1_902_337:,}')}</span></div>"
        )
        if lang == "en":
            return f"""<footer class="pao-footer bg-success text-white pt-4 pb-2">
<div class="container">
{row("footer-en", ("col-md-8", f'<strong>{esc(SITE_EN)}</strong><br />{esc(ADDRESS_EN)}<br />Tel. <a href="tel:+6642991234" class="text-white">+66 4299 1234</a> E-mail <a href="mailto:saraban@phuphaluangpao.go.th" class="text-white">saraban@phuphaluangpao.go.th</a>'), ("col-md-4", '<a href="/th" class="text-white">ภาษาไทย</a> | <a href="https://www.facebook.com/phuphaluangpao" class="text-white" target="_blank">Facebook</a>'))}
<div class="small text-center">&copy; 2024 {esc(SITE_EN)} | Powered by Progress Sitefinity</div>
</div>
</footer>"""
        quick = (
            '<ul class="list-unstyled pao-quicklinks">'
            '<li><a href="https://www.dla.go.th/" target="_blank" class="text-white">กรมส่งเสริมการปกครองท้องถิ่น</a></li>'
            '<li><a href="https://www.gprocurement.go.th/" target="_blank" class="text-white">ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></li>'
            '<li><a href="https://www.damrongdhama.moi.go.th/" target="_blank" class="text-white">ศูนย์ดำรงธรรม</a></li>'
            '<li><a href="https://itas.nacc.go.th/" target="_blank" class="text-white">ITA Online</a></li></ul>'
        )
        left = (
            f'<strong>{esc(SITE)}</strong><br />{esc(ADDRESS)}<br />โทรศัพท์ <a href="tel:042991234" class="text-white">{PHONE}</a> '
            'โทรสาร 0 4299 1235<br />อีเมล <a href="mailto:saraban@phuphaluangpao.go.th" class="text-white">saraban@phuphaluangpao.go.th</a>'
            '<div class="pao-social mt-2"><a href="https://www.facebook.com/phuphaluangpao" target="_blank" class="text-white">Facebook</a> | '
            '<a href="https://line.me/R/ti/p/@phuphaluangpao" target="_blank" class="text-white">LINE @phuphaluangpao</a> | '
            '<a href="https://www.youtube.com/@phuphaluangpao" target="_blank" class="text-white">YouTube</a></div>'
        )
        links = (
            '<ul class="list-unstyled"><li><a href="/th/sitemap" class="text-white">แผนผังเว็บไซต์</a></li>'
            '<li><a href="/th/privacy-policy" class="text-white">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>'
            '<li><a href="/en" class="text-white">English</a></li>'
            '<li><a href="/Sitefinity" class="text-white" rel="nofollow">สำหรับเจ้าหน้าที่</a></li></ul>'
        )
        return f"""<footer class="pao-footer bg-success text-white pt-4 pb-2">
<div class="container">
{row("footer-th", ("col-md-5", left), ("col-md-4", quick), ("col-md-3", links))}
{counter}
<div class="small text-center">&copy; 2567 {esc(SITE)} สงวนลิขสิทธิ์ | Powered by Progress Sitefinity</div>
</div>
</footer>"""

    # -- widgets -------------------------------------------------------------------------------------------------
    def news_list(self, items: list[_Item], page_url: str, lang: str = "th") -> str:
        """The agency's copy of Bootstrap4's List.NewsList.cshtml (thumbnail added)."""
        lis = []
        for it in items:
            if lang == "en" and it.s.en:
                href, title, when, by, more = (
                    it.en_path,
                    it.s.en.title,
                    en_list_date(it.dt),
                    f"By {PR_EN}",
                    "Full story",
                )
            else:
                href = it.act_path if page_url == "/th/activities" and it.act_path else it.path
                title, when, by, more = it.title, th_list_date(it.dt), f"โดย {it.s.author}", "อ่านต่อ"
            lis.append(
                f"""
            <li class="media mb-4 pao-news-item">
                <a href="{attr(href)}"><img src="{attr(it.thumb())}" class="mr-3 rounded" width="220" height="146" alt="" loading="lazy" /></a>
                <div class="media-body">
                <h3 class="h5">
                    <a href="{attr(href)}">{esc(title)}</a>
                </h3>
                <div>
                    <span class="text-muted">
                        {when}
                        {esc(by)}
                    </span>
                </div>
                <div>{esc(it.summary(lang))}</div>
                <a href="{attr(href)}">{more}</a>
                </div>
            </li>"""
            )
        if not lis:
            lis.append(
                '\n            <li class="text-muted">ไม่พบข่าว</li>'
                if lang == "th"
                else '\n            <li class="text-muted">No news</li>'
            )
        return f'<div class="pao-news-list">\n    <ul class="list-unstyled">{"".join(lis)}\n    </ul>\n'

    def sidebar(self) -> str:
        """The /th/news page's right column: categories, tags, archive, RSS (also shown on every item)."""
        cats = "".join(
            f'<li><a href="/th/news/-in-category/categories/{key}">{esc(name)}</a> <span class="text-muted">({sum(it.s.cat == key for it in self.items)})</span></li>'
            for key, name in CATS.items()
        )
        counts: dict[str, int] = {}
        for it in self.items:
            for t in it.tags:
                counts[t] = counts.get(t, 0) + 1
        tags = "".join(
            f'<li class="list-inline-item"><a href="/th/news/-in-tags/tags/{attr(url_name(t))}" class="sf-Tags-size{min(6, 1 + counts[t] // 3)}">{esc(t)}</a></li>'
            for t in sorted(counts, key=lambda t: (-counts[t], t))
        )
        months: dict[tuple[int, int], int] = {}
        for it in self.items:
            key = (it.utc.year, it.utc.month)
            months[key] = months.get(key, 0) + 1
        archive = "".join(
            f'<li><a href="/th/news/{y}/{m:02d}">{MONTHS[m - 1]} {y + 543}</a> ({n})</li>'
            for (y, m), n in sorted(months.items(), reverse=True)
        )
        return f"""<div class="pao-box mb-4"><h2 class="h5">หมวดหมู่ข่าว</h2>
<div class="sf-Categories"><ul class="list-unstyled">{cats}</ul></div></div>
<div class="pao-box mb-4"><h2 class="h5">แท็ก</h2>
<ul class="sf-Tags list-inline">{tags}</ul></div>
<div class="pao-box mb-4"><h2 class="h5">คลังข่าว</h2>
<div class="sf-archive"><ul class="list-unstyled">{archive}</ul></div></div>
<div class="pao-box mb-4"><a href="/Feeds/news-th" class="sf-FeedLink"><span class="sf-icon-rss"></span> RSS ข่าวสาร อบจ.ภูผาหลวง</a></div>"""

    def other_news(self, lang: str = "th") -> str:
        """ "ข่าวอื่นๆ": a second News widget (latest 5; it does not know which item the page shows)."""
        if lang == "en":
            lis = "".join(
                f'<li><a href="{attr(it.en_path or "")}">{esc(it.s.en.title if it.s.en else "")}</a> <small class="text-muted">({EN_MONTHS[it.d.month - 1][:3]} {it.d.day}, {it.d.year})</small></li>'
                for it in self.en_newest[:5]
            )
            return f'<div class="pao-other-news mt-4"><h2 class="h5">Other news</h2><ul class="list-unstyled">{lis}</ul><a href="/en/news">All news</a></div>'
        lis = "".join(
            f'<li class="mb-2"><a href="{attr(it.path)}">{esc(it.title)}</a> <small class="text-muted">({th_digits_abbr(it.d)})</small></li>'
            for it in self.newest[:5]
        )
        return f'<div class="pao-other-news mt-4"><h2 class="h5">ข่าวอื่นๆ</h2><ul class="list-unstyled">{lis}</ul><a href="/th/news">ดูข่าวทั้งหมด</a></div>'

    # -- listing pages ---------------------------------------------------------------------------------------------
    def feed_link(self) -> str:
        return f'<link rel="alternate" type="application/rss+xml" title="ข่าวสาร อบจ.ภูผาหลวง" href="{self.b}/Feeds/news-th" />'

    def listing_page(
        self,
        items: list[_Item],
        page: int,
        base: str,
        heading: str,
        crumbs: tuple,
        path: str,
        page_url: str = "/th/news",
    ) -> str:
        """One page of a News widget list view (whole news, a category, a tag or an archive month)."""
        per = ACT_PER_PAGE if page_url == "/th/activities" else NEWS_PER_PAGE
        total = max(1, -(-len(items) // per))
        chunk = items[(page - 1) * per : page * per]
        main = row(
            base,
            (
                "col-md-8",
                f'<h1 class="h3 pao-page-title">{esc(heading)}</h1>\n'
                + self.news_list(chunk, page_url)
                + pager(page, total, base + "/page/{0}")
                + "\n</div>",
            ),
            ("col-md-4", self.sidebar() if page_url == "/th/news" else self.activity_box()),
        )
        return self.frame(heading, main, canonical=path, crumbs=crumbs, active=page_url, extra_head=self.feed_link())

    def activity_box(self) -> str:
        acts = [it for it in self.newest if it.act_path][:5]
        lis = "".join(f'<li class="mb-2"><a href="{attr(it.act_path or "")}">{esc(it.title)}</a></li>' for it in acts)
        return f'<div class="pao-box mb-4"><h2 class="h5">ข่าวกิจกรรมล่าสุด</h2><ul class="list-unstyled">{lis}</ul></div>'

    # -- item pages ----------------------------------------------------------------------------------------------
    def gallery(self, it: _Item, captions: tuple[str, ...], title: str) -> str:
        if not it.photos:
            return ""
        figs = []
        for ph, cap in zip(it.photos, captions, strict=True):
            figcap = f'<figcaption class="figure-caption text-center">{esc(cap)}</figcaption>' if cap else ""
            figs.append(
                f'<figure class="figure col-6 col-md-4"><a href="{attr(ph.full)}" data-fancybox="gallery-{it.s.n}" data-caption="{attr(cap)}">'
                f'<img src="{attr(ph.thumb)}" class="figure-img img-fluid rounded" alt="{attr(cap or title)}" title="{attr(cap)}" loading="lazy" sf-size="{40000 + it.s.n * 13}" /></a>{figcap}</figure>'
            )
        return f'<div class="pao-gallery row mt-3" data-sf-role="gallery">{"".join(figs)}</div>'

    def item_body(self, it: _Item, lang: str, act: bool = False) -> str:
        """The agency's Detail.NewsDetail.cshtml: h1, meta line, Content, gallery, attachment, tags, share."""
        s = it.s
        en = s.en if lang == "en" else None
        title = en.title if en else s.title
        paras = en.paragraphs if en else s.paragraphs
        link = None
        if s.link and not en:
            target = self.by_n[s.link[2]]
            link = (s.link[0], s.link[1], target.path + "/")  # typed by hand, with a trailing slash
        iso = it.dt.isoformat()
        if en:
            meta = (
                f'<time datetime="{iso}">{EN_MONTHS[it.d.month - 1]} {it.d.day}, {it.d.year}</time> {it.dt:%H:%M} | By {PR_EN} '
                f'| <a href="/en/news">News</a>'
            )
        else:
            meta = (
                f'<i class="fa fa-calendar"></i> <time datetime="{iso}">{th_long(it.d)}</time> เวลา {it.dt:%H:%M} น. | โดย {esc(s.author)} '
                f'| หมวดหมู่: <a href="/th/news/-in-category/categories/{s.cat}">{esc(CATS[s.cat])}</a> | อ่าน {it.views:,} ครั้ง'
            )
        attach = ""
        if it.pdf and not en:
            href = f"{it.pdf}?sfvrsn={sfvrsn(it.pdf, 1)}"
            attach = (
                f'<div class="pao-attachments mt-3"><h2 class="h6">เอกสารแนบ</h2><ul class="list-unstyled">'
                f'<li><span class="sf-icon-txt-pdf">pdf</span> <a href="{href}" target="_blank">{esc(s.attachment or "")}.pdf</a> ({60 + s.n % 200} KB)</li></ul></div>'
            )
        tags = ""
        if s.tags and not en:
            tags = (
                '<div class="pao-tags mt-3">แท็ก: '
                + " ".join(
                    f'<a href="/th/news/-in-tags/tags/{attr(url_name(t))}" class="badge badge-light">{esc(t)}</a>'
                    for t in s.tags
                )
                + "</div>"
            )
        canonical = self.u(enc(it.en_path if en and it.en_path else it.path))
        q = quote(canonical, safe="")
        share = (
            f'<div class="pao-share mt-3" data-sf-role="social-share">{"แชร์" if not en else "Share"}: '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={q}" target="_blank" rel="noopener">Facebook</a> '
            f'<a href="https://social-plugins.line.me/lineit/share?url={q}" target="_blank" rel="noopener">LINE</a> '
            f'<a href="https://twitter.com/intent/tweet?url={q}" target="_blank" rel="noopener">X</a> '
            f'<a href="javascript:window.print();">{"พิมพ์" if not en else "Print"}</a></div>'
        )
        back = (
            ("/th/activities", "กลับไปหน้าข่าวกิจกรรม")
            if act
            else (("/en/news", "Back to news") if en else ("/th/news", "กลับไปหน้ารวมข่าว"))
        )
        return f"""<div class="pao-news-detail">
    <h1 class="h3 pao-news-title">
        <span>{esc(title)}</span>
    </h1>
    <div class="text-muted small mb-3">
        {meta}
    </div>
    <div class="pao-news-content">{content_html(paras, s.n % 3, link)}</div>
    {self.gallery(it, en.captions if en else s.captions, title)}
    {attach}{tags}{share}
    <p class="mt-3"><a href="{back[0]}">&laquo; {back[1]}</a></p>
</div>"""

    def item_head(self, it: _Item, lang: str) -> str:
        b = self.b
        out = f'<meta property="article:published_time" content="{it.utc:%Y-%m-%dT%H:%M:%S}Z" />'
        out += f'<meta property="og:image" content="{b}{attr(it.photos[0].full if it.photos else it.thumb())}" />'
        out += f'<meta name="description" content="{attr(it.summary(lang))}" />'
        if it.en_path:
            out += f'<link rel="alternate" hreflang="th" href="{b}{enc(it.path)}" /><link rel="alternate" hreflang="en" href="{b}{enc(it.en_path)}" />'
        return out + (self.feed_link() if lang == "th" else "")

    def item_page(self, it: _Item, where: str = "news", raw_url: str | None = None) -> str:
        """/th/news/<date>/<name> (the default location) or the same item on /th/activities."""
        if where == "activities":
            crumbs = (("หน้าแรก", "/th"), ("ข่าวสาร", None), ("ข่าวกิจกรรม", "/th/activities"), (it.title, None))
            side = self.activity_box()
            page = "/th/activities"
        else:
            crumbs = (("หน้าแรก", "/th"), ("ข่าวสาร", None), ("ข่าวประชาสัมพันธ์", "/th/news"), (it.title, None))
            side = self.sidebar()
            page = "/th/news"
        main = row(
            page,
            ("col-md-8", self.item_body(it, "th", where == "activities") + self.other_news("th")),
            ("col-md-4", side),
        )
        return self.frame(
            it.title,
            main,
            canonical=it.path,
            raw_url=raw_url,
            crumbs=crumbs,
            og_type="article",
            extra_head=self.item_head(it, "th"),
            active=page,
        )

    def en_item_page(self, it: _Item) -> str:
        assert it.s.en and it.en_path
        crumbs = (("Home", "/en"), ("News", "/en/news"), (it.s.en.title, None))
        main = row(
            "/en/news", ("col-md-8", self.item_body(it, "en") + self.other_news("en")), ("col-md-4", self.en_box())
        )
        return self.frame(
            it.s.en.title,
            main,
            canonical=it.en_path,
            lang="en",
            crumbs=crumbs,
            og_type="article",
            extra_head=self.item_head(it, "en"),
            active="/en/news",
        )

    def en_box(self) -> str:
        return (
            '<div class="pao-box mb-4"><h2 class="h5">Phu Pha Luang PAO</h2><p>The local government of Phu Pha Luang province: '
            'roads, schools, health and tourism.</p><a href="/en/about-us">About us</a></div>'
        )

    # -- home pages ------------------------------------------------------------------------------------------------
    def home(self, canonical: str, raw_url: str) -> str:
        banners = []
        for k, it in enumerate(it for it in self.items if it.s.banner):
            kind = it.s.banner
            if kind == "old":
                href = it.old_path or it.path
            elif kind == "case":
                href = "/th/News/" + it.path[len("/th/news/") :]
            else:
                href = it.path + "?utm_source=homepage&amp;utm_medium=banner&amp;utm_campaign=festival2567"
            img = f"/images/default-source/banners/banner-{it.s.n}.jpg"
            banners.append(
                f'<div class="carousel-item{" active" if k == 0 else ""}"><a href="{href}"><img src="{img}?sfvrsn={sfvrsn(img)}" class="d-block w-100" alt="{attr(it.title)}" /></a></div>'
            )
        carousel = f'<div id="paoCarousel" class="carousel slide mb-4" data-ride="carousel"><div class="carousel-inner">{"".join(banners)}</div></div>'
        pr = [it for it in self.newest if it.s.cat == "pr-news"][:4]
        pr_html = "".join(
            f'<li class="media mb-3"><a href="{attr(it.path)}"><img src="{attr(it.thumb())}" class="mr-3" width="120" height="80" alt="" /></a>'
            f'<div class="media-body"><a href="{attr(it.path)}">{esc(it.title)}</a><div class="small text-muted">{th_list_date(it.dt)}</div></div></li>'
            for it in pr
        )
        acts = [it for it in self.newest if it.act_path][:4]
        act_html = "".join(
            f'<div class="col-6 col-md-3 mb-3"><div class="card h-100"><a href="{attr(it.act_path or "")}"><img src="{attr(it.thumb())}" class="card-img-top" alt="" /></a>'
            f'<div class="card-body p-2"><a href="{attr(it.act_path or "")}" class="small">{esc(it.title)}</a></div></div></div>'
            for it in acts
        )
        ann = [it for it in self.newest if it.s.cat == "announcements"][:3]
        ann_html = "".join(
            f'<li class="mb-2"><a href="{attr(it.path)}">{esc(it.title)}</a> <small class="text-muted">{th_digits_abbr(it.d)}</small></li>'
            for it in ann
        )
        docs_html = "".join(
            f'<li class="mb-2"><span class="badge badge-danger">PDF</span> <a href="{attr(di.href)}" target="_blank">{esc(di.doc.title)}</a> <small class="text-muted">{th_digits_abbr(di.d)}</small></li>'
            for di in self.docs[:5]
        )
        upcoming = [ev for ev in self.events if ev.end.date() >= TODAY][:3]
        ev_html = "".join(
            f'<li class="mb-2"><a href="{attr(ev.path)}">{esc(ev.e.title)}</a><div class="small text-muted"><time datetime="{ev.start.isoformat()}">{ev.when()}</time></div></li>'
            for ev in upcoming
        )
        terms = " ".join(
            f'<a href="/th/search?indexCatalogue=pao-th&amp;searchQuery={http_url_encode(t)}&amp;wordsMode=AllWords" class="badge badge-pill badge-light">{esc(t)}</a>'
            for t in POPULAR_TERMS
        )
        main = (
            row("home-1", ("col-12", carousel))
            + row(
                "home-2",
                (
                    "col-md-8",
                    f'<h2 class="h4 pao-section">ข่าวประชาสัมพันธ์</h2><ul class="list-unstyled">{pr_html}</ul><a href="/th/news" class="btn btn-sm btn-outline-success">ดูทั้งหมด</a>',
                ),
                (
                    "col-md-4",
                    f'<h2 class="h4 pao-section">ประกาศ อบจ.</h2><ul class="list-unstyled">{ann_html}</ul><a href="/th/news/-in-category/categories/announcements">ดูทั้งหมด</a>',
                ),
            )
            + row(
                "home-3",
                (
                    "col-12",
                    f'<h2 class="h4 pao-section">ข่าวกิจกรรม</h2><div class="row">{act_html}</div><a href="/th/activities">ดูทั้งหมด</a>',
                ),
            )
            + row(
                "home-4",
                (
                    "col-md-6",
                    f'<h2 class="h4 pao-section">ประกาศจัดซื้อจัดจ้าง</h2><ul class="list-unstyled">{docs_html}</ul><a href="/th/procurement">ดูทั้งหมด</a>',
                ),
                (
                    "col-md-6",
                    f'<h2 class="h4 pao-section">ปฏิทินกิจกรรม</h2><ul class="list-unstyled">{ev_html}</ul><a href="/th/events">ดูปฏิทินทั้งหมด</a>',
                ),
            )
            + row(
                "home-5",
                ("col-md-8", f'<div class="pao-popular"><strong>คำค้นยอดนิยม:</strong> {terms}</div>'),
                (
                    "col-md-4",
                    '<a href="/th/ita"><img src="/images/default-source/banners/ita-2567.png?sfvrsn=3c1f0a2b_0" alt="ITA 2567" class="img-fluid" /></a>',
                ),
            )
        )
        return self.frame(SITE, main, canonical=canonical, raw_url=raw_url, active="/th", extra_head=self.feed_link())

    def en_home(self) -> str:
        lis = "".join(
            f'<li class="mb-3"><a href="{attr(it.en_path or "")}">{esc(it.s.en.title if it.s.en else "")}</a><div class="small text-muted">{en_list_date(it.dt)}</div></li>'
            for it in self.en_newest
        )
        main = row(
            "home-en",
            (
                "col-md-8",
                f'<h1 class="h3">Welcome to {esc(SITE_EN)}</h1><p>News and information in English. Most of our content is published in Thai.</p><h2 class="h4">Latest news</h2><ul class="list-unstyled">{lis}</ul><a href="/en/news">All news</a>',
            ),
            ("col-md-4", self.en_box()),
        )
        return self.frame(SITE_EN, main, canonical="/en", lang="en", active="/en")

    # -- events ----------------------------------------------------------------------------------------------------
    def month_grid(self, y: int, m: int) -> str:
        """The agency's EventsCalendar widget: a Sunday-first month table, links to the months around it."""
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        cal = calendar.Calendar(firstweekday=6)
        rows_html = ""
        for week in cal.monthdatescalendar(y, m):
            cells = ""
            for d in week:
                if d.month != m:
                    cells += '<td class="pao-cal-other"></td>'
                    continue
                evs = "".join(
                    f'<div class="pao-cal-event"><a href="{attr(ev.path)}" title="{attr(ev.e.title)}">{esc(ev.e.title)}</a></div>'
                    for ev in self.events
                    if ev.start.date() <= d <= ev.end.date()
                )
                today = " pao-cal-today" if d == TODAY else ""
                cells += f'<td class="pao-cal-day{today}"><span class="pao-cal-num">{d.day}</span>{evs}</td>'
            rows_html += f"<tr>{cells}</tr>"
        head = "".join(f"<th>{w}</th>" for w in TH_WEEKDAYS_SHORT)
        return f"""<div class="pao-calendar" data-sf-role="events-calendar">
<div class="d-flex justify-content-between align-items-center mb-2">
<a href="/th/events/{py}/{pm}" class="btn btn-sm btn-outline-secondary" rel="prev">&lsaquo; {MONTHS[pm - 1]} {py + 543}</a>
<h2 class="h4 mb-0">{MONTHS[m - 1]} {y + 543}</h2>
<a href="/th/events/{ny}/{nm}" class="btn btn-sm btn-outline-secondary" rel="next">{MONTHS[nm - 1]} {ny + 543} &rsaquo;</a>
</div>
<table class="table table-bordered pao-cal-table"><thead><tr>{head}</tr></thead><tbody>{rows_html}</tbody></table>
<a href="/th/events" class="small">วันนี้</a>
</div>"""

    def events_list(self, events: list[_EventItem]) -> str:
        """Bootstrap4's List.EventsList.cshtml (event dates and city)."""
        lis = "".join(
            f"""
            <li>
                <h3 class="sf-event-title h5">
                    <a href="{attr(ev.path)}">{esc(ev.e.title)}</a>
                </h3>
                <span data-calendar-color="#3A87AD"></span>
                <p class="text-muted">
                    <time>{ev.when()}</time><span>, {esc(ev.e.city)}</span>
                </p>
                <p>{esc(ev.e.summary)}</p>
            </li>"""
            for ev in events
        )
        return f'<div class="pao-events-list">\n    <ul class="list-unstyled">{lis}\n    </ul>\n</div>'

    def calendar_page(self, y: int, m: int, path: str) -> str:
        upcoming = [ev for ev in self.events if ev.end.date() >= TODAY]
        in_month = [
            ev for ev in self.events if (ev.start.year, ev.start.month) <= (y, m) <= (ev.end.year, ev.end.month)
        ]
        lower = (
            f'<h2 class="h5 mt-4">กิจกรรมที่จะมาถึง</h2>{self.events_list(upcoming)}'
            if path == "/th/events"
            else (
                f'<h2 class="h5 mt-4">กิจกรรมในเดือน{MONTHS[m - 1]} {y + 543}</h2>'
                + (self.events_list(in_month) if in_month else '<p class="text-muted">ไม่มีกิจกรรมในเดือนนี้</p>')
            )
        )
        main = row("/th/events", ("col-12", '<h1 class="h3">ปฏิทินกิจกรรม</h1>' + self.month_grid(y, m) + lower))
        return self.frame(
            "ปฏิทินกิจกรรม", main, canonical=path, crumbs=(("หน้าแรก", "/th"), ("ปฏิทินกิจกรรม", None)), active="/th/events"
        )

    def event_page(self, ev: _EventItem) -> str:
        """Bootstrap4's Detail.EventDetails.cshtml with the title as h1."""
        e = ev.e
        body = f"""<div class="pao-event-detail">
    <h1 class="sf-event-title h3">
        <span>{esc(e.title)}</span>
    </h1>
    <span class="sf-event-type" style="background: #3A87AD"></span>
    <p>
        <time datetime="{ev.start.isoformat()}">{ev.when()}</time>
    </p>
    <address>
        {esc(e.city)} <span>,</span> จังหวัดภูผาหลวง
        <br>
        {esc(e.street)}
    </address>
    <div>
        {esc(e.contact)}
        <br>
    </div>
    <p>
        {esc(e.summary)}
    </p>
    <div>
        <span>เพิ่มลงใน</span>
        <ul>
            <li><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text={quote(e.title)}" target="_blank">Google Calendar</a></li>
        </ul>
    </div>
</div>"""
        main = row(
            "/th/events",
            ("col-md-8", body),
            (
                "col-md-4",
                f'<h2 class="h5">กิจกรรมอื่นๆ</h2>{self.events_list([x for x in self.events if x is not ev][:3])}',
            ),
        )
        crumbs = (("หน้าแรก", "/th"), ("ปฏิทินกิจกรรม", "/th/events"), (e.title, None))
        return self.frame(e.title, main, canonical=ev.path, crumbs=crumbs, active="/th/events")

    # -- documents -------------------------------------------------------------------------------------------------
    def docs_page(self, page: int, path: str) -> str:
        """Bootstrap4's List.DocumentsTable.cshtml plus the agency's date column."""
        total = -(-len(self.docs) // DOCS_PER_PAGE)
        rows_html = ""
        for di in self.docs[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]:
            rows_html += f"""
                <tr>
                    <th scope="row">
                        <span class="sf-icon-txt" aria-hidden="true">
                            <svg class="sf-icon-file sf-icon-sm"><use xlink:href="/ResourcePackages/Bootstrap4/assets/dist/sprites/solid.svg#file"></use></svg>
                            <span class="sf-icon-txt-sm sf-icon-txt-pdf">pdf</span>
                        </span>
                        <a class="sf-title" href="{attr(di.path)}">
                            {esc(di.doc.title)}
                        </a>
                    </th>
                    <td>{th_slash(di.d)}</td>
                    <td>pdf</td>
                    <td>{di.doc.kb} KB</td>
                    <td>
                        <a href="{attr(di.href)}" target="_blank">ดาวน์โหลด <span class="sr-only">{esc(di.doc.title)}</span></a>
                    </td>
                </tr>"""
        table = f"""<div class="pao-docs">
    <div class="sf-document-list sf-document-list--table">
        <table class="table">
            <thead>
                <tr>
                    <td scope="col"><strong>เรื่อง</strong></td>
                    <td scope="col"><strong>วันที่ประกาศ</strong></td>
                    <td scope="col"><strong>ประเภท</strong></td>
                    <td scope="col"><strong>ขนาด</strong></td>
                    <td></td>
                </tr>
            </thead>{rows_html}
        </table>
    </div>
</div>
{pager(page, total, "/th/procurement/page/{0}")}"""
        main = row("/th/procurement", ("col-12", f'<h1 class="h3">ประกาศจัดซื้อจัดจ้าง</h1>{table}'))
        crumbs = (("หน้าแรก", "/th"), ("ข่าวสาร", None), ("ประกาศจัดซื้อจัดจ้าง", None))
        return self.frame("ประกาศจัดซื้อจัดจ้าง", main, canonical=path, crumbs=crumbs, active="/th/procurement")

    def doc_page(self, di: _DocItem) -> str:
        """Bootstrap4's Detail.DocumentDetails.cshtml: title, date, file information, download."""
        body = f"""<div class="pao-doc-detail">
    <h1 class="h3">{esc(di.doc.title)}</h1>
    <p class="text-muted">วันที่ประกาศ {th_long(di.d)}</p>
    <div class="sf-document-details">
        <span class="sf-icon-txt-pdf">pdf</span>
        <a href="{attr(di.href)}" target="_blank">ดาวน์โหลด</a> <span class="text-muted">({di.doc.kb} KB)</span>
    </div>
    <p class="mt-3"><a href="/th/procurement">&laquo; กลับไปหน้าประกาศจัดซื้อจัดจ้าง</a></p>
</div>"""
        crumbs = (("หน้าแรก", "/th"), ("ข่าวสาร", None), ("ประกาศจัดซื้อจัดจ้าง", "/th/procurement"), (di.doc.title, None))
        return self.frame(
            di.doc.title,
            row("/th/procurement", ("col-12", body)),
            canonical=di.path,
            crumbs=crumbs,
            active="/th/procurement",
        )

    # -- static pages ----------------------------------------------------------------------------------------------
    def static_page(self, path: str) -> str:
        title, section, paras = PAGES[path]
        body = "".join(f"<p>{esc(t)}</p>" for t in paras)
        if path == "/th/about/structure":
            img = "/images/default-source/about/structure-2567.jpg"
            body += f'<p><img src="{img}?sfvrsn={sfvrsn(img)}" data-displaymode="Original" alt="แผนภูมิโครงสร้างองค์กร" title="structure-2567" sf-size="284112" class="img-fluid" /></p>'
        if path == "/th/contact-us":
            body += '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.google.com/maps/embed?pb=!1m18!1m12" loading="lazy"></iframe></div>'
        side = ""
        if section:
            side = (
                '<div class="pao-box"><h2 class="h5">เกี่ยวกับ อบจ.</h2><ul class="list-unstyled">'
                + "".join(f'<li><a href="{h}">{esc(lb)}</a></li>' for lb, h in NAV_TH[1][2])
                + "</ul></div>"
            )
        main = row(
            path,
            ("col-md-8", f'<h1 class="h3">{esc(title)}</h1><div class="sf-content-block">{body}</div>'),
            ("col-md-4", side),
        )
        crumbs = (("หน้าแรก", "/th"), (section, None), (title, None)) if section else (("หน้าแรก", "/th"), (title, None))
        return self.frame(title, main, canonical=path, crumbs=crumbs, active=path)

    def en_static_page(self, path: str) -> str:
        title, paras = PAGES_EN[path]
        main = row(
            path,
            (
                "col-md-8",
                f'<h1 class="h3">{esc(title)}</h1><div class="sf-content-block">{"".join(f"<p>{esc(t)}</p>" for t in paras)}</div>',
            ),
            ("col-md-4", self.en_box()),
        )
        return self.frame(title, main, canonical=path, lang="en", crumbs=(("Home", "/en"), (title, None)), active=path)

    def ita_page(self) -> str:
        rows_html = ""
        for code, label in ITA_DOCS:
            if code == "O7":
                link = '<a href="/th/news">ข่าวประชาสัมพันธ์</a>'
            else:
                f = f"/docs/default-source/ita/2567/{code.lower()}.pdf"
                link = f'<a href="{f}?sfvrsn={sfvrsn(f, 3)}" target="_blank">ดาวน์โหลด (PDF)</a>'
            rows_html += f"<tr><td>{code}</td><td>{esc(label)}</td><td>{link}</td></tr>"
        body = (
            "<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment) ประจำปีงบประมาณ พ.ศ. 2567 ขององค์การบริหารส่วนจังหวัดภูผาหลวง</p>"
            f'<table class="table table-striped"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead><tbody>{rows_html}</tbody></table>'
        )
        main = row(
            "/th/ita",
            (
                "col-12",
                f'<h1 class="h3">การประเมินคุณธรรมและความโปร่งใส (ITA)</h1><div class="sf-content-block">{body}</div>',
            ),
        )
        return self.frame("ITA", main, canonical="/th/ita", crumbs=(("หน้าแรก", "/th"), ("ITA", None)), active="/th/ita")

    def sitemap_page(self) -> str:
        """The Navigation widget with the "Sitemap" template: the page tree, no content items."""
        lis = ""
        for label, href, children in NAV_TH:
            sub = "".join(f'<li><a href="{h}">{esc(lb)}</a></li>' for lb, h in children)
            head = f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
            lis += f"<li>{head}{f'<ul>{sub}</ul>' if sub else ''}</li>"
        lis += '<li><a href="/th/search">ค้นหา</a></li><li><a href="/th/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>'
        main = row(
            "/th/sitemap", ("col-12", f'<h1 class="h3">แผนผังเว็บไซต์</h1><div class="sf-sitemap"><ul>{lis}</ul></div>')
        )
        return self.frame(
            "แผนผังเว็บไซต์",
            main,
            canonical="/th/sitemap",
            crumbs=(("หน้าแรก", "/th"), ("แผนผังเว็บไซต์", None)),
            active="/th/sitemap",
        )

    # -- search ----------------------------------------------------------------------------------------------------
    def search_page(self, lang: str, query: str | None, page: int, language: str | None, raw_url: str) -> str:
        """SearchBox + the Bootstrap4 SearchResults template (index catalogue pao-th / pao-en, 10 a page)."""
        th = lang == "th"
        page_url = f"/{lang}/search"
        terms = " ".join(
            f'<a href="/th/search?indexCatalogue=pao-th&amp;searchQuery={http_url_encode(t)}&amp;wordsMode=AllWords" class="badge badge-pill badge-light">{esc(t)}</a>'
            for t in POPULAR_TERMS
        )
        box = f"""<form action="{page_url}" method="get" class="form-inline mb-3" role="search">
<input type="hidden" name="indexCatalogue" value="pao-{lang}" /><input type="hidden" name="wordsMode" value="AllWords" />
<input type="search" name="searchQuery" value="{attr(query or "")}" class="form-control mr-2" data-sf-role="search-box" aria-label="{"คำค้น" if th else "Search"}" />
<button type="submit" class="btn btn-success" data-sf-role="search-button">{"ค้นหา" if th else "Search"}</button></form>
<div class="pao-popular mb-3"><strong>{"คำค้นยอดนิยม" if th else "Popular"}:</strong> {terms}</div>"""
        results_html = ""
        if query is not None:
            use_en = (language or lang) == "en"
            words = query.split()
            found = []
            for it in self.newest:
                if use_en and it.s.en:
                    title, text, link = it.s.en.title, " ".join(it.s.en.paragraphs), it.en_path or ""
                elif not use_en:
                    title, text, link = it.title, " ".join(it.s.paragraphs), it.path
                else:
                    continue
                hay = (title + " " + text).lower()
                if words and all(w.lower() in hay for w in words):
                    found.append((title, text, link))
            total_pages = max(1, -(-len(found) // SEARCH_PER_PAGE))
            qs = f"?indexCatalogue=pao-{lang}&amp;searchQuery={http_url_encode(query)}&amp;wordsMode=AllWords"
            lang_param = f"&amp;language={language}" if language else ""
            items = ""
            for title, text, link in found[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]:
                at = max(0, text.lower().find(words[0].lower()) - 60) if words else 0
                snippet = esc(text[at : at + 200])
                for w in words:
                    snippet = snippet.replace(esc(w), f"<strong>{esc(w)}</strong>")
                items += f"""
            <div class="media sf-media">
                <div class="media-body sf-media-body">
                    <h3>
                            <a href="{attr(link)}">{esc(title)}</a>
                    </h3>
                    <p>...{snippet}...</p>
                        <a href="{attr(link)}">{self.b}{esc(enc(link))}</a>
                </div>
            </div>"""
            heading = (
                f"{len(found)} {'ผลการค้นหาสำหรับ' if th else 'results for'} &quot;{esc(query)}&quot;"
                if found
                else f"{'ไม่พบผลการค้นหาสำหรับ' if th else 'No results for'} &quot;{esc(query)}&quot;"
            )
            langs = (
                f"<div><span>{'เปลี่ยนภาษาของผลการค้นหาเป็น' if th else 'Change the results language to'} </span>"
                f'<a href="{page_url}{qs}&amp;language=th">ไทย</a><span> {"หรือ" if th else "or"} </span><a href="{page_url}{qs}&amp;language=en">English</a></div>'
            )
            results_html = f"""<div class=" pao-search-results">
    <div class="row">
        <div class="col-lg-8">
                <h1 role="alert" aria-live="assertive" class="h4">{heading}</h1>
        </div>
        <div class="col-lg-4">
                <label>{"เรียงตาม" if th else "Sort by"}
                <select class="userSortDropdown" title="SortDropdown">
                    <option value="Relevance" selected=selected>{"ความเกี่ยวข้อง" if th else "Relevance"}</option>
                    <option value="Newest">{"ใหม่ที่สุด" if th else "Newest first"}</option>
                    <option value="Oldest">{"เก่าที่สุด" if th else "Oldest first"}</option>
                </select>
            </label>
        </div>
    </div>
        {langs}
    <div class="sf-search-results media-list">{items}
    </div>
    <div>{pager(page, total_pages, page_url + "/{0}" + qs + lang_param, lang)}</div>
    <input type="hidden" data-sf-role="searchResOrderBy" value='' />
    <input type="hidden" data-sf-role="searchResLanguage" value='{attr(language or "")}' />
    <input type="hidden" data-sf-role="searchResIndexCatalogue" value='pao-{lang}' />
    <input type="hidden" data-sf-role="searchResQuery" value='{attr(query)}' />
    <input type="hidden" data-sf-role="searchResWordsMode" value='AllWords' />
</div>"""
        title = "ค้นหา" if th else "Search"
        main = row(
            page_url,
            ("col-12", f'<h1 class="h3">{title}</h1>{box}{results_html}' if query is None else box + results_html),
        )
        crumbs = (("หน้าแรก", "/th"), ("ค้นหา", None)) if th else (("Home", "/en"), ("Search", None))
        return self.frame(title, main, canonical=page_url, raw_url=raw_url, lang=lang, crumbs=crumbs, active=page_url)

    # -- identity pages ------------------------------------------------------------------------------------------
    def login_page(self, raw_url: str) -> str:
        """Feather's LoginForm on /th/login (the top bar of this page links a login page for ITS URL)."""
        body = f"""<div class="pao-login mx-auto" style="max-width: 420px">
<h1 class="h3">เข้าสู่ระบบ</h1>
<form method="POST" action="{attr(raw_url)}" role="form">
    <div class="form-group"><label for="sf-username">ชื่อผู้ใช้หรืออีเมล</label><input type="text" id="sf-username" name="UserName" class="form-control" /></div>
    <div class="form-group"><label for="sf-password">รหัสผ่าน</label><input type="password" id="sf-password" name="Password" class="form-control" /></div>
    <div class="checkbox"><label><input type="checkbox" name="RememberMe" value="true" /> จดจำฉัน</label></div>
    <input type="hidden" name="sf_controllerid" value="{_guid("loginform")}" />
    <button type="submit" class="btn btn-success">เข้าสู่ระบบ</button>
</form>
<p class="mt-3"><a href="/th/login/ForgotPassword">ลืมรหัสผ่าน?</a></p>
<p>ยังไม่มีบัญชีผู้ใช้? <a href="/th/registration">สมัครสมาชิก</a></p>
</div>"""
        return self.frame(
            "เข้าสู่ระบบ",
            row("/th/login", ("col-12", body)),
            canonical="/th/login",
            raw_url=raw_url,
            crumbs=(("หน้าแรก", "/th"), ("เข้าสู่ระบบ", None)),
        )

    def forgot_page(self) -> str:
        body = """<div class="pao-login mx-auto" style="max-width: 420px"><h1 class="h3">ลืมรหัสผ่าน</h1>
<p>กรอกอีเมลที่ใช้สมัครสมาชิก ระบบจะส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ไปให้</p>
<form method="POST" role="form"><div class="form-group"><input type="email" name="Email" class="form-control" /></div>
<button type="submit" class="btn btn-success">ส่ง</button></form>
<p class="mt-3"><a href="/th/login">กลับไปหน้าเข้าสู่ระบบ</a></p></div>"""
        return self.frame(
            "ลืมรหัสผ่าน",
            row("/th/login/ForgotPassword", ("col-12", body)),
            canonical="/th/login/ForgotPassword",
            crumbs=(("หน้าแรก", "/th"), ("ลืมรหัสผ่าน", None)),
        )

    def registration_page(self) -> str:
        body = """<div class="pao-register mx-auto" style="max-width: 520px"><h1 class="h3">สมัครสมาชิก</h1>
<p>สมาชิกสามารถติดตามข่าวสารและแจ้งเรื่องร้องเรียนผ่านระบบออนไลน์ของ อบจ.ภูผาหลวง</p>
<form method="POST" role="form">
<div class="form-group"><label>ชื่อ</label><input type="text" name="FirstName" class="form-control" /></div>
<div class="form-group"><label>นามสกุล</label><input type="text" name="LastName" class="form-control" /></div>
<div class="form-group"><label>อีเมล</label><input type="email" name="Email" class="form-control" /></div>
<div class="form-group"><label>รหัสผ่าน</label><input type="password" name="Password" class="form-control" /></div>
<button type="submit" class="btn btn-success">สมัครสมาชิก</button></form>
<p class="mt-3">มีบัญชีผู้ใช้แล้ว? <a href="/th/login">เข้าสู่ระบบ</a></p></div>"""
        return self.frame(
            "สมัครสมาชิก",
            row("/th/registration", ("col-12", body)),
            canonical="/th/registration",
            crumbs=(("หน้าแรก", "/th"), ("สมัครสมาชิก", None)),
        )

    def backend_signin(self) -> Response:
        text = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" /><title>Sitefinity - Log in</title>
<link href="/Sitefinity/Content/login.css?v={PKG_V}" rel="stylesheet" /></head>
<body class="sfLoginPage"><div class="sf-login">
<h1>Progress<sup>&reg;</sup> Sitefinity<sup>&reg;</sup></h1>
<form method="post" action="/Sitefinity/SignIn?ReturnUrl=%2fSitefinity"><label>Username</label><input type="text" name="username" />
<label>Password</label><input type="password" name="password" /><button type="submit">Log in</button></form>
<p class="sf-version">Sitefinity {SF_VERSION}</p></div></body></html>
"""
        return self.html(text)

    def iis_error(self) -> Response:
        """IIS request filtering: HTTP Error 404.15 - Not Found (query string too long)."""
        text = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>IIS 10.0 Detailed Error - 404.15 - Not Found</title></head>
<body><div id="content"><div class="content-container"><h3>HTTP Error 404.15 - Not Found</h3>
<h4>The request filtering module is configured to deny a request where the query string is too long.</h4></div></div></body></html>
"""
        return Response(404, (("Content-Type", "text/html"), ("X-Powered-By", "ASP.NET")), text.encode("utf-8"))

    def not_found_page(self) -> Response:
        main = row(
            "/th/page-not-found",
            (
                "col-12",
                '<h1 class="h3">ไม่พบหน้าที่ท่านต้องการ</h1><p>หน้าที่ท่านเรียกอาจถูกย้ายหรือลบไปแล้ว</p><p><a href="/th">กลับสู่หน้าแรก</a> | <a href="/th/sitemap">แผนผังเว็บไซต์</a></p>',
            ),
        )
        return self.html(self.frame("ไม่พบหน้า", main, canonical="/th/page-not-found"), status=404)

    # -- feeds, sitemap, robots ------------------------------------------------------------------------------------
    def rss(self) -> Response:
        """The Feeds module's RSS 2.0 (System.ServiceModel.Syndication output: a10 namespace, Guid ids)."""
        b = self.b
        items = ""
        for it in self.newest[:FEED_ITEMS]:
            items += (
                f'<item><guid isPermaLink="false">{it.guid}</guid><link>{b}{enc(it.path)}</link>'
                f"<title>{esc(it.title)}</title><description>{esc(content_html(it.s.paragraphs, 0))}</description>"
                f"<pubDate>{rfc822(it.dt).replace('+0000', 'Z')}</pubDate><a10:updated>{it.utc:%Y-%m-%dT%H:%M:%S}Z</a10:updated></item>"
            )
        text = (
            '<?xml version="1.0" encoding="utf-8"?><rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0"><channel>'
            f"<title>ข่าวสาร {esc(SHORT)}</title><link>{b}/th/news</link><description>ข่าวประชาสัมพันธ์ ข่าวกิจกรรม และประกาศ {esc(SITE)}</description>"
            f"<language>th</language><lastBuildDate>{rfc822(self.newest[0].dt).replace('+0000', 'Z')}</lastBuildDate>{items}</channel></rss>"
        )
        return Response(200, (("Content-Type", "application/rss+xml; charset=utf-8"), *ASPNET), text.encode("utf-8"))

    def sitemap_xml(self) -> Response:
        """/sitemap/sitemap.xml from the Sitemap generator module: pages, then news and events, both cultures."""
        b = self.b
        urls = []

        def add(path: str, lastmod: date, alt: tuple[tuple[str, str], ...] = ()) -> None:
            links = "".join(f'<xhtml:link rel="alternate" hreflang="{hl}" href="{b}{enc(p)}" />' for hl, p in alt)
            urls.append(
                f"<url><loc>{b}{enc(path)}</loc>{links}<lastmod>{lastmod.isoformat()}</lastmod><priority>0.5</priority></url>"
            )

        for path in (
            "/th",
            "/th/news",
            "/th/activities",
            "/th/procurement",
            "/th/events",
            *PAGES,
            "/th/ita",
            "/th/sitemap",
            "/th/search",
        ):
            add(path, LAUNCH.date())
        for path in ("/en", "/en/news", *PAGES_EN):
            add(path, LAUNCH.date())
        for it in self.items:
            alt = (("th", it.path), ("en", it.en_path)) if it.en_path else ()
            add(it.path, it.d, alt)
            if it.en_path:
                add(it.en_path, it.d, alt)
        for ev in self.events:
            add(ev.path, ev.pub.date())
        text = (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml">' + "".join(urls) + "</urlset>"
        )
        return Response(200, (("Content-Type", "text/xml; charset=utf-8"), *ASPNET), text.encode("utf-8"))

    # -- registration ----------------------------------------------------------------------------------------------
    def listings(self) -> None:
        home_c = ("หน้าแรก", "/th")

        def paged(items: list[_Item], base: str, heading: str, crumbs: tuple, page_url: str = "/th/news") -> None:
            per = ACT_PER_PAGE if page_url == "/th/activities" else NEWS_PER_PAGE
            total = max(1, -(-len(items) // per))
            self.add(base, self.html(self.listing_page(items, 1, base, heading, crumbs, base, page_url)), True)
            if total > 1:  # the pager links every page, page 1 as /page/1 too
                for n in range(1, total + 1):
                    path = f"{base}/page/{n}"
                    self.add(path, self.html(self.listing_page(items, n, base, heading, crumbs, path, page_url)), True)

        news_c = (home_c, ("ข่าวสาร", None), ("ข่าวประชาสัมพันธ์", None))
        paged(self.newest, "/th/news", "ข่าวประชาสัมพันธ์", news_c)
        for key, name in CATS.items():
            crumbs = (home_c, ("ข่าวสาร", None), ("ข่าวประชาสัมพันธ์", "/th/news"), (name, None))
            paged(
                [it for it in self.newest if it.s.cat == key], f"/th/news/-in-category/categories/{key}", name, crumbs
            )
        tags = sorted({t for it in self.items for t in it.tags})
        for t in tags:
            crumbs = (home_c, ("ข่าวสาร", None), ("ข่าวประชาสัมพันธ์", "/th/news"), (f"แท็ก: {t}", None))
            paged(
                [it for it in self.newest if t in it.tags],
                f"/th/news/-in-tags/tags/{url_name(t)}",
                f"ข่าวที่มีแท็ก: {t}",
                crumbs,
            )
        months = sorted({(it.utc.year, it.utc.month) for it in self.items})
        for y, m in months:
            label = f"คลังข่าว {MONTHS[m - 1]} {y + 543}"
            crumbs = (home_c, ("ข่าวสาร", None), ("ข่าวประชาสัมพันธ์", "/th/news"), (label, None))
            paged(
                [it for it in self.newest if (it.utc.year, it.utc.month) == (y, m)],
                f"/th/news/{y}/{m:02d}",
                label,
                crumbs,
            )
        acts = [it for it in self.newest if it.act_path]
        paged(acts, "/th/activities", "ข่าวกิจกรรม", (home_c, ("ข่าวสาร", None), ("ข่าวกิจกรรม", None)), "/th/activities")
        en_main = row(
            "/en/news",
            ("col-md-8", '<h1 class="h3">News</h1>' + self.news_list(self.en_newest, "/en/news", "en") + "</div>"),
            ("col-md-4", self.en_box()),
        )
        self.add(
            "/en/news",
            self.html(
                self.frame(
                    "News",
                    en_main,
                    canonical="/en/news",
                    lang="en",
                    crumbs=(("Home", "/en"), ("News", None)),
                    active="/en/news",
                )
            ),
            True,
        )

    def articles(self) -> None:
        site, b = self.site, self.b
        linked_with_slash = {s.link[2] for s in STORIES if s.link}
        for it in self.items:
            s = it.s
            self.add(it.path, self.html(self.item_page(it)))
            aliases: list[str] = []
            if it.act_path:
                self.add(it.act_path, self.html(self.item_page(it, "activities", raw_url=enc(it.act_path))))
                aliases.append(b + enc(it.act_path))
            if it.old_path:  # an additional URL: 301 to the default one
                self.add(it.old_path, Response(301, (("Content-Type", HTML), ("Location", b + enc(it.path)), *ASPNET)))
                aliases.append(b + enc(it.old_path))
            if s.banner == "case":
                aliases.append(b + enc("/th/News/" + it.path[len("/th/news/") :]))
            if s.banner == "utm":
                aliases.append(b + enc(it.path) + "?utm_source=homepage&utm_medium=banner&utm_campaign=festival2567")
            if s.n in linked_with_slash:
                aliases.append(b + enc(it.path + "/"))
            site.articles.append(
                FixtureArticle(
                    url=b + enc(it.path),
                    aliases=tuple(aliases),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=it.d.isoformat(),
                    author=s.author,
                    captions=tuple(c for c in s.captions if c),
                )
            )
            if s.en and it.en_path:
                self.add(it.en_path, self.html(self.en_item_page(it)))
                site.articles.append(
                    FixtureArticle(
                        url=b + enc(it.en_path),
                        aliases=(),
                        title=s.en.title,
                        paragraphs=s.en.paragraphs,
                        published=it.d.isoformat(),
                        author=PR_EN,
                        captions=tuple(c for c in s.en.captions if c),
                    )
                )

    def register(self) -> None:
        site = self.site
        self.add("/", self.html(self.home("/th", "/")), True)
        self.add("/th", self.html(self.home("/th", "/th")), True)
        self.add("/en", self.html(self.en_home()), True)
        self.articles()
        self.listings()
        for path in PAGES:
            self.add(path, self.html(self.static_page(path)), True)
        self.add("/th/ita", self.html(self.ita_page()), True)
        self.add("/th/sitemap", self.html(self.sitemap_page()), True)
        for path in PAGES_EN:
            self.add(path, self.html(self.en_static_page(path)), True)
        self.add("/th/events", self.html(self.calendar_page(TODAY.year, TODAY.month, "/th/events")), True)
        for ev in self.events:
            self.add(ev.path, self.html(self.event_page(ev)), True)
        self.add("/th/procurement", self.html(self.docs_page(1, "/th/procurement")), True)
        for n in range(1, -(-len(self.docs) // DOCS_PER_PAGE) + 1):
            self.add(f"/th/procurement/page/{n}", self.html(self.docs_page(n, f"/th/procurement/page/{n}")), True)
        for di in self.docs:
            self.add(di.path, self.html(self.doc_page(di)), True)
        self.add("/th/search", self.html(self.search_page("th", None, 1, None, "/th/search")), True)
        self.add("/th/login", self.html(self.login_page("/th/login")), True)
        self.add("/th/login/ForgotPassword", self.html(self.forgot_page()), True)
        self.add("/th/registration", self.html(self.registration_page()), True)
        self.add(
            "/Sitefinity",
            Response(
                302, (("Content-Type", HTML), ("Location", "/Sitefinity/SignIn?ReturnUrl=%2fSitefinity"), *ASPNET)
            ),
        )
        self.add("/Sitefinity/SignIn?ReturnUrl=%2fSitefinity", self.backend_signin(), True)
        self.add("/Feeds/news-th", self.rss())
        self.add("/sitemap/sitemap.xml", self.sitemap_xml())
        robots = (
            f"User-agent: *\nDisallow: /Sitefinity/\nDisallow: /RestApi/\n\nSitemap: {self.b}/sitemap/sitemap.xml\n"
        )
        self.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode("utf-8")))
        self.assets()
        self.media_files()
        self.ci = {key.lower(): key for key in site.paths()}
        site.not_found = self.not_found_page()
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SEARCH, TRAP_RETURNURL]
        site.disallowed_paths = ["/Sitefinity/", "/RestApi/"]
        site.dynamic = self.dynamic

    def assets(self) -> None:
        for path, ctype in (
            (f"/ResourcePackages/Bootstrap4/assets/dist/css/main.min.css?package=Bootstrap4&v={PKG_V}", "text/css"),
            ("/ResourcePackages/Bootstrap4/assets/dist/css/pao-theme.css?v=20240301", "text/css"),
            (
                f"/ResourcePackages/Bootstrap4/assets/dist/js/popper.min.js?package=Bootstrap4&v={PKG_V}",
                "application/javascript",
            ),
            (
                f"/ResourcePackages/Bootstrap4/assets/dist/js/bootstrap.min.js?package=Bootstrap4&v={PKG_V}",
                "application/javascript",
            ),
            (
                f"/Frontend-Assembly/Telerik.Sitefinity.Frontend.Navigation/Mvc/Scripts/LanguageSelector/language-selector.min.js?package=Bootstrap4&v={PKG_V}",
                "application/javascript",
            ),
            (
                "/ScriptResource.axd?d=ZLiQ6NOxnw3DTylq2VYU9hPqEeC0tTiO2sFMWhSyeaF8PJ2Vk6-mrRDIyU4LJhbbGdjyLqsxrOkF2fTm0u2sJw8ZmbANBC4tHQ1aHb0XU5LkD0rP3NYdkQ2&t=ffffffffe6d5a9ac",
                "application/x-javascript",
            ),
        ):
            self.site.add(path, static_file(b"/* fixture asset */\n", ctype, LAUNCH))

    def media_files(self) -> None:
        """Library files (Sitefinity serves them for any query string; IIS paths ignore case)."""

        def jpg(path: str, w: int, h: int, when: datetime) -> None:
            self.media[path.lower()] = static_file(jpeg(w, h), "image/jpeg", when)

        def pdf_file(path: str, title: str, when: datetime) -> None:
            self.media[path.lower()] = static_file(pdf(title, [title, "Phu Pha Luang PAO"]), "application/pdf", when)

        for it in self.items:
            for ph in it.photos:
                jpg(ph.full.split("?")[0], 1280, 853, it.dt)
                jpg(ph.thumb.split("?")[0], 370, 247, it.dt)
            if it.pdf:
                pdf_file(it.pdf, f"PPL PAO announcement {it.s.attachment}", it.dt)
            if it.s.banner:
                jpg(f"/images/default-source/banners/banner-{it.s.n}.jpg", 1200, 400, it.dt)
        for di in self.docs:
            pdf_file(
                di.file, f"PPL PAO procurement {di.doc.name}", datetime.combine(di.d, datetime.min.time(), BANGKOK)
            )
        for code, _label in ITA_DOCS:
            pdf_file(f"/docs/default-source/ita/2567/{code.lower()}.pdf", f"ITA 2567 {code}", LAUNCH)
        for path, w, h in (
            ("/images/default-source/default-album/news-default.tmb-thumb370.png", 370, 247),
            ("/images/default-source/default-album/logo-pao.png", 90, 90),
            ("/images/default-source/default-album/favicon.png", 32, 32),
            ("/images/default-source/banners/ita-2567.png", 360, 120),
            ("/images/default-source/about/structure-2567.jpg", 1600, 1000),
        ):
            jpg(path, w, h, LAUNCH)

    # -- answers made on request -----------------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        low = path.lower()
        if len(parts.query) > MAX_QUERY:
            return self.iis_error()
        if low.startswith(("/images/", "/docs/")):
            return self.media.get(low)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        q = {k.lower(): v for k, v in pairs}
        m = re.fullmatch(r"/th/events/(\d{4})/(\d{1,2})/?", low)
        if m:  # the calendar widget: any month (TRAP_CALENDAR)
            y, mo = int(m.group(1)), int(m.group(2))
            if 1900 <= y <= 2200 and 1 <= mo <= 12:
                return self.html(self.calendar_page(y, mo, f"/th/events/{y}/{mo}"))
            return None
        m = re.fullmatch(r"/(th|en)/search(?:/(\d+))?/?", low)
        if m and "searchquery" in q:  # TRAP_SEARCH
            page = int(m.group(2) or 1)
            language = q.get("language") if q.get("language") in ("th", "en") else None
            return self.html(self.search_page(m.group(1), q["searchquery"], max(page, 1), language, target))
        if low.rstrip("/") == "/th/login" and "returnurl" in q:  # TRAP_RETURNURL
            return self.html(self.login_page(target))
        if low.rstrip("/") == "/sitefinity/signin":
            return self.backend_signin()
        m = re.fullmatch(r"/th/news/page/(\d+)/?", low)
        if m and int(m.group(1)) >= 1:  # beyond the last page: an empty list
            n = int(m.group(1))
            return self.html(
                self.listing_page(
                    self.newest,
                    n,
                    "/th/news",
                    "ข่าวประชาสัมพันธ์",
                    (("หน้าแรก", "/th"), ("ข่าวประชาสัมพันธ์", None)),
                    f"/th/news/page/{n}",
                )
            )
        m = re.fullmatch(r"/th/news/(\d{4})/(\d{1,2})/?", low)
        if m and 1900 <= int(m.group(1)) <= 2200 and 1 <= int(m.group(2)) <= 12:  # a month without news
            y, mo = int(m.group(1)), int(m.group(2))
            items = [it for it in self.newest if (it.utc.year, it.utc.month) == (y, mo)]
            label = f"คลังข่าว {MONTHS[mo - 1]} {y + 543}"
            return self.html(
                self.listing_page(
                    items,
                    1,
                    f"/th/news/{y}/{mo:02d}",
                    label,
                    (("หน้าแรก", "/th"), (label, None)),
                    f"/th/news/{y}/{mo:02d}",
                )
            )
        # Sitefinity: any letter case, with or without a trailing slash; utm_* and click ids are ignored
        norm = low.rstrip("/") or "/"
        keep = [(k, v) for k, v in pairs if not k.lower().startswith("utm_") and k.lower() not in ("fbclid", "gclid")]
        cand = norm + ("?" + "&".join(f"{quote(k)}={quote(v)}" for k, v in keep) if keep else "")
        key = self.ci.get(_route_key_lower(cand))
        if key is not None:
            return self.site.route(key)
        return None


def _route_key_lower(path_and_query: str) -> str:
    return route_key(path_and_query).lower()


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Microsoft-IIS/10.0")
    _Portal(site).register()
    return site

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""liferay_portal: a เทศบาลนคร portal on Liferay Portal 7.4 CE (Clay / Bootstrap 4 theme), Thai only.

CMS imitated: Liferay Portal 7.x.  Every page is a *layout* of the default site ``guest``, reached at
``/web/guest/<friendly-url>`` (the home page also at ``/`` and ``/home``); the theme is a Classic
theme child ("suwan-theme"): ``#banner`` with the logo (``/image/layout_set_logo?img_id=``), the Search
Bar (a GET form to ``/web/guest/search``, field ``q``), the "ลงชื่อเข้าใช้" link
``/c/portal/login?p_l_id=<plid>&redirect=<current URL>`` (a different URL on every page), the
``#navigation`` menu with a drop-down, the breadcrumb, ``portlet-boundary`` wrappers around every
portlet (``p_p_id_<portletId>_``), the ``themeDisplay`` script (``Liferay.currentURL``) and the
"ขับเคลื่อนโดย Liferay" footer.

เทศบาลนครสุวรรณธารา (fictional), จังหวัดสุวรรณธารา (fictional).  UTF-8.  TODAY is 2024-06-14.

URL shapes (the menu and the Asset Publisher write absolute hrefs ``http://<host>/...``, everything else
root-relative; ``&amp;`` in attributes; percent-encoding with upper-case hex)
* home ``/`` = ``/home`` = ``/web/guest/home`` (three copies; each links differently, see below): a
  banner, the "ข่าวประชาสัมพันธ์ล่าสุด" Asset Publisher (instance ``HOME_INST``, title list of the 6
  newest items) and the "ประกาศ / จัดซื้อจัดจ้าง" Asset Publisher (instance ``NOTICE_INST``, 4 newest
  notices), upcoming events, quick links.
* news ``/web/guest/news``: the Asset Publisher ``NEWS_INST`` in abstracts view (10 a page), with the
  regular Liferay pagination ``?p_p_id=<AP>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view
  &_<AP>_delta=10&p_r_p_resetCur=false&_<AP>_cur=N`` and the "รายการต่อหน้า" delta selector (5, 10,
  20, 50) which keeps ``_cur``: page copies of the same list.  ``_cur`` up to 5 is registered for every
  delta; a page past the last says "ไม่มีผลลัพธ์" (200) and, the theme's pager being buggy, still links
  ``_cur+1``.  Right column: Categories Navigation (``/web/guest/news/-/categories/<id>``) and the Tags
  Navigation cloud (``/web/guest/news?p_r_p_tag=<tag>``).  Atom feed: the AP resource URL
  ``?p_p_id=<AP>&p_p_lifecycle=2&...&p_p_resource_id=getRSS`` (20 newest, friendly links).
* categories: ``/web/guest/news/-/categories/<id>`` and the same list at
  ``/web/guest/news?p_r_p_categoryId=<id>`` (linked from the article pages); ข่าวประชาสัมพันธ์ has a
  page 2 in both forms.  Tag pages ``/web/guest/news?p_r_p_tag=<tag>``.
* article (Web Content shown by the Asset Publisher): gold url = the friendly URL
  ``/web/guest/news/-/asset_publisher/<NEWS_INST>/content/<urlTitle>`` (urlTitle: ASCII set by the
  editor, or the Thai title percent-encoded, as Liferay makes it).  rel=canonical on every copy points
  there.  Copies (gold aliases):
  - from the news listing pages: the friendly URL ``?_<AP>_redirect=<encoded URL of that listing page>``
    (one per listing page copy that shows it);
  - from category pages: ``/web/guest/news?p_p_id=<AP>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view
    &p_r_p_categoryId=<id>&_<AP>_assetEntryId=<n>&_<AP>_redirect=<page>`` (the public render parameter
    is carried over);
  - from tag pages: the same with ``p_p_state=maximized`` and ``p_r_p_tag``;
  - from the three home copies: ``/web/guest/home?p_p_id=<home AP>&p_p_lifecycle=0&p_p_state=maximized
    &p_p_mode=view&_<home AP>_assetEntryId=<n>&_<home AP>_redirect=<home copy>`` (two AP instances);
  - the print view ``p_p_state=pop_up&_<AP>_viewMode=print`` (bare page, linked from every copy).
  Any other ``redirect`` value (and any query on the friendly URL) also answers (dynamic), as Liferay
  ignores it except for the back arrow; nothing links those.
* static pages are Web Content too, shown by Web Content Display portlets with the same
  ``journal-content-article`` markup: ``/web/guest/about`` (children list), ``/web/guest/history``,
  ``/web/guest/vision``, ``/web/guest/structure``, ``/web/guest/ผู้บริหาร`` (Thai friendly URL),
  ``/web/guest/authority``, ``/web/guest/contact``, and ``/web/guest/ita`` (O-codes table with PDFs at
  ``/documents/<groupId>/<folderId>/<title>/<uuid>?t=<ms>``; one deleted document answers 404).
* calendar ``/web/guest/calendar`` (Liferay Calendar, month of TODAY, the theme's server-side list)
  with ``_<CAL>_activeView=month|week|day&_<CAL>_date=<epoch ms>`` views; event pages
  ``?p_p_state=maximized&_<CAL>_mvcPath=/view_calendar_booking.jsp&_<CAL>_calendarBookingId=<n>``.
* ``/web/guest/search`` (empty search page; any ``?q=`` answers with results, dynamic).
* ``/c/portal/login?...`` answers 302 to the Login portlet on the home layout (dynamic, any redirect);
  robots.txt disallows ``/c/`` (the administrator added it) and ``/group/``, ``/api/``.
* images: ``/documents/20121/<folder>/<file>.jpg/<uuid>?t=``, ``/image/journal/article?img_id=``,
  Adaptive Media thumbnails ``/o/adaptive-media/image/<fileEntryId>/Thumbnail-300x300/<file>?t=``.
* ``/sitemap.xml``: Liferay's layouts sitemap (pages only, no assets).

Gold: 22 Web Content articles (ข่าวประชาสัมพันธ์, ข่าวกิจกรรม, ประกาศ), 2023-07-20 .. 2024-06-11, oldest
first.  Title = the AP ``.asset-title`` (also the ``<title>`` before " - ข่าวประชาสัมพันธ์ - ").
Published = display date, shown as ``15 มกราคม 2567`` in the template and ``15/01/2567 10:30`` in the
metadata (some also show a later "ปรับปรุงล่าสุด" date; some bodies begin with an earlier event date).
Author = ``.metadata-author`` without "โดย".  Paragraphs: the rich-text ``<p>`` blocks, each list item,
and each table row (cells joined by a space).  Not paragraphs: the template's category badge, date,
gallery (no captions), attachments box, "ที่มา: <กอง>" source line, metadata, share/ratings, related
assets, comments.  Captions: ``<figcaption>`` of CKEditor ``figure.image`` blocks.

Traps (``trap_patterns``, answered by ``dynamic``):
* ``TRAP_PAGER``: news listing pages past ``_cur=5`` for any delta ("ไม่มีผลลัพธ์", 200, with a next link
  and the delta selector); the way in is the delta selector of the last real pages (``delta=5&cur=5`` ->
  ``delta=10&cur=5`` -> next ``cur=6`` ...).
* ``TRAP_CALENDAR``: Calendar views for any ``_date`` (previous/next month, week or day, both ways, and
  the day/week/month switch).

Deliberate difficulties: every article has 9-16 URLs (redirect copies, home-layout copies titled
"... - หน้าหลัก - ...", a print pop-up); the portlet title "ข่าวประชาสัมพันธ์" is an ``h2`` above the
article's ``h3`` title; listing summaries (200 characters) are the whole text of photo news; static pages
use the same journal markup and some carry a date; the first paragraph of some bodies is indented with
``&nbsp;`` and starts in ``<strong>``; tables and lists in bodies; a "ปรับปรุงล่าสุด" date next to the
publish date; the Thai urlTitle is cut at 255 encoded characters, mid-word; the home title lists print
``10 ม.ค. 67`` dates and a "ใหม่" badge.
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, MONTHS_ABBR, WEEKDAYS, local_dt, thai_long, thai_slash
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "liferay_portal"
SITE = "เทศบาลนครสุวรรณธารา"
PROVINCE = "จังหวัดสุวรรณธารา"
ADDRESS = "999 ถนนเทศบาล 1 ตำบลในเมือง อำเภอเมืองสุวรรณธารา จังหวัดสุวรรณธารา 46000"
PHONE = "0 4381 2345"
EMAIL = "saraban@suwanthara.go.th"
TODAY = date(2024, 6, 14)
GROUP = 20121
THEME_T = "1712131200000"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
NEWS_INST = "xK4fTq9LmZ2a"
HOME_INST = "r7PwN3bVhY0c"
NOTICE_INST = "Gd2sQe8UjW5n"
P_NEWS = f"{AP}_INSTANCE_{NEWS_INST}"
P_HOME = f"{AP}_INSTANCE_{HOME_INST}"
P_NOTICE = f"{AP}_INSTANCE_{NOTICE_INST}"
CAL = "com_liferay_calendar_web_portlet_CalendarPortlet"
LOGIN = "com_liferay_login_web_portlet_LoginPortlet"
JC = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
DELTAS = (5, 10, 20, 50)
MAX_CUR = 5  # _cur registered up to here for every delta; beyond: the trap
NEWS = "/web/guest/news"
CSS_URL = f"/o/suwan-theme/css/main.css?browserId=other&themeId=suwantheme_WAR_suwantheme&minifierType=css&languageId=th_TH&t={THEME_T}"
JS_URL = f"/o/suwan-theme/js/main.js?browserId=other&languageId=th_TH&t={THEME_T}"
COMBO_URL = f"/combo?browserId=other&minifierType=js&languageId=th_TH&t={THEME_T}&/o/frontend-js-jquery-web/jquery/jquery.min.js&/o/frontend-js-web/liferay/global.bundle.js"
HOME = "/web/guest/home"

CATS = {"pr": (41011, "ข่าวประชาสัมพันธ์"), "act": (41012, "ข่าวกิจกรรม"), "notice": (41013, "ประกาศ")}
AUTHORS = ("ณัฐธิดา พรหมวงศ์", "วีระพงษ์ แก้วประเสริฐ", "กาญจนา ศรีเมือง")
MAYOR = "นายประเสริฐ วงศ์ธาราทิพย์"

# layouts: (plid, friendly path, name, parent plid or 0)
LAYOUTS = (
    (10, HOME, "หน้าหลัก", 0),
    (11, "/web/guest/about", "เกี่ยวกับเรา", 0),
    (12, "/web/guest/history", "ประวัติความเป็นมา", 11),
    (13, "/web/guest/vision", "วิสัยทัศน์และพันธกิจ", 11),
    (14, "/web/guest/structure", "โครงสร้างส่วนราชการ", 11),
    (15, "/web/guest/" + quote("ผู้บริหาร"), "คณะผู้บริหาร", 11),
    (16, "/web/guest/authority", "อำนาจหน้าที่", 11),
    (17, NEWS, "ข่าวประชาสัมพันธ์", 0),
    (18, "/web/guest/calendar", "ปฏิทินกิจกรรม", 0),
    (19, "/web/guest/ita", "ITA / OIT", 0),
    (20, "/web/guest/contact", "ติดต่อเรา", 0),
    (21, "/web/guest/search", "ค้นหา", -1),
)
PLID = {path: plid for plid, path, _, _ in LAYOUTS}
NAME = {path: name for _, path, name, _ in LAYOUTS}


def _h(seed: str, n: int = 32) -> str:
    return hashlib.sha1(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def _uuid(seed: str) -> str:
    h = _h(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def enc(value: str) -> str:
    """Liferay's URLCodec.encodeURL: everything but unreserved characters, upper-case hex."""
    return quote(value, safe="-_.*")


def purl(path: str, params: list[tuple[str, str]]) -> str:
    return path + "?" + "&".join(f"{k}={enc(v)}" for k, v in params)


def pu(path: str, pid: str, state: str = "normal", lifecycle: str = "0", **params: str) -> str:
    """A portlet URL: p_p_* first, then the parameters, namespaced unless public (p_r_p_*, p_p_*)."""
    pairs = [("p_p_id", pid), ("p_p_lifecycle", lifecycle), ("p_p_state", state), ("p_p_mode", "view")]
    pairs += [(k if k.startswith(("p_r_p_", "p_p_")) else f"_{pid}_{k}", v) for k, v in params.items()]
    return purl(path, pairs)


def thai_slug(title: str) -> str:
    """Liferay's urlTitle for a Thai title: lower-case, punctuation dropped, spaces to '-', encoded."""
    words = "".join(c if c.isalnum() or "\u0e00" <= c <= "\u0e7f" else " " for c in title.lower()).split()
    out = ""
    for char in "-".join(words):
        piece = quote(char, safe="-")
        if len(out) + len(piece) > 255:
            break
        out += piece
    return out.strip("-")


def be_abbr(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[2:]}"


def ms(dt: datetime) -> str:
    return str(int(dt.timestamp() * 1000))


def day_ms(d: date) -> str:
    return ms(datetime(d.year, d.month, d.day, tzinfo=BANGKOK))


# -- content ------------------------------------------------------------------------------------
# blocks: "text" = <p>; "- text" = list item; "| a | b" = table row (first row of a table is <th>);
# "! file.jpg | caption" = CKEditor figure with caption.


@dataclass
class Art:
    day: str
    hm: str
    cat: str
    title: str
    slug: str | None
    dept: str
    author: int
    tags: tuple[str, ...]
    blocks: tuple[str, ...]
    pdfs: tuple[str, ...] = ()
    gallery: int = 0
    modified: str | None = None
    journal_img: bool = False  # old-style /image/journal/article?img_id= images
    n: int = 0
    aliases: list[str] = field(default_factory=list)

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def entry(self) -> int:
        return 41100 + self.n * 7

    @property
    def article_id(self) -> int:
        return 41097 + self.n * 7

    @property
    def url_title(self) -> str:
        return self.slug or thai_slug(self.title)

    @property
    def friendly(self) -> str:
        return f"{NEWS}/-/asset_publisher/{NEWS_INST}/content/{self.url_title}"


# One article per "## day time category urlTitle(- = from the Thai title) author=N [gallery=N]
# [modified=day] [journal_img]" header, then T: title, D: department, G: tags, F: attached PDFs, and
# the body blocks, one a line.
SPEC = """
## 2023-07-20 10:15 notice recruit-health-2566 author=1
T: ประกาศเทศบาลนครสุวรรณธารา เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการสาธารณสุข
D: สำนักปลัดเทศบาล
G: รับสมัครงาน
F: ประกาศรับสมัครผู้ช่วยนักวิชาการสาธารณสุข
ด้วยเทศบาลนครสุวรรณธาราจะดำเนินการสรรหาและเลือกสรรบุคคลเพื่อจัดจ้างเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการสาธารณสุข สังกัดกองสาธารณสุขและสิ่งแวดล้อม จำนวน 2 อัตรา
ผู้สนใจสามารถยื่นใบสมัครด้วยตนเองได้ที่งานการเจ้าหน้าที่ สำนักปลัดเทศบาล ชั้น 2 อาคารสำนักงานเทศบาล ตั้งแต่วันที่ 24 กรกฎาคม – 4 สิงหาคม 2566 ในวันและเวลาราชการ รายละเอียดตามประกาศที่แนบท้ายนี้

## 2023-08-12 15:40 act - author=0 gallery=6
T: เทศบาลนครสุวรรณธาราจัดกิจกรรมเนื่องในวันแม่แห่งชาติ ประจำปี 2566
D: งานประชาสัมพันธ์ สำนักปลัดเทศบาล
G: วันสำคัญ
วันที่ 12 สิงหาคม 2566 {MAYOR} นายกเทศมนตรีนครสุวรรณธารา พร้อมด้วยคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมพิธีถวายพระพรชัยมงคลและกิจกรรมจิตอาสาเนื่องในวันแม่แห่งชาติ ณ บริเวณลานหน้าศาลากลางจังหวัดสุวรรณธารา

## 2023-09-05 09:00 pr - author=2
T: ขอเชิญชวนประชาชนตรวจสอบข้อมูลที่ดินและสิ่งปลูกสร้าง เพื่อจัดทำบัญชีรายการที่ดินและสิ่งปลูกสร้าง ประจำปี 2567
D: กองคลัง
G: ภาษี
ตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 กำหนดให้องค์กรปกครองส่วนท้องถิ่นจัดทำบัญชีรายการที่ดินและสิ่งปลูกสร้างเพื่อใช้เป็นฐานในการจัดเก็บภาษีในแต่ละปี
กองคลัง เทศบาลนครสุวรรณธารา จึงขอเชิญชวนเจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลตรวจสอบความถูกต้องของข้อมูลได้ที่ฝ่ายพัฒนารายได้ ตั้งแต่บัดนี้จนถึงวันที่ 30 พฤศจิกายน 2566 โดยนำเอกสารดังต่อไปนี้มาด้วย
- สำเนาบัตรประจำตัวประชาชนและสำเนาทะเบียนบ้านของเจ้าของกรรมสิทธิ์
- สำเนาโฉนดที่ดินหรือหนังสือรับรองการทำประโยชน์
- หนังสือมอบอำนาจ กรณีให้ผู้อื่นดำเนินการแทน
หากข้อมูลไม่ถูกต้อง เช่น การใช้ประโยชน์ที่ดินเปลี่ยนไป หรือมีการรื้อถอนสิ่งปลูกสร้าง ขอให้แจ้งเจ้าหน้าที่เพื่อแก้ไขก่อนการประกาศบัญชีรายการฯ สอบถามเพิ่มเติมโทร 0 4381 2345 ต่อ 215

## 2023-10-02 11:20 pr - author=1 journal_img
T: เทศบาลนครสุวรรณธาราเตรียมพร้อมรับมือสถานการณ์น้ำหลากในช่วงฤดูฝน
D: งานป้องกันและบรรเทาสาธารณภัย
G: สาธารณภัย
จากการประกาศเตือนของกรมอุตุนิยมวิทยาว่าในช่วงต้นเดือนตุลาคมจะมีฝนตกหนักถึงหนักมากในพื้นที่ภาคตะวันออกเฉียงเหนือ เทศบาลนครสุวรรณธาราได้ประชุมศูนย์ปฏิบัติการป้องกันและบรรเทาสาธารณภัยเพื่อเตรียมความพร้อมรับมือสถานการณ์น้ำหลาก
! IMG_5521.jpg | ประชุมศูนย์ปฏิบัติการป้องกันและบรรเทาสาธารณภัย ณ ห้องประชุมชั้น 3
ที่ประชุมมีมติให้ดำเนินการเร่งด่วน ดังนี้
- ติดตั้งเครื่องสูบน้ำขนาด 12 นิ้ว จำนวน 6 เครื่อง บริเวณจุดเสี่ยงน้ำท่วมขังในชุมชนริมลำน้ำ
- ขุดลอกท่อระบายน้ำและรางระบายน้ำในถนนสายหลัก ความยาวรวมกว่า 8 กิโลเมตร
- จัดเตรียมกระสอบทรายจำนวน 5,000 ถุง และเรือท้องแบน 4 ลำ พร้อมเจ้าหน้าที่ประจำตลอด 24 ชั่วโมง
- ตั้งศูนย์พักพิงชั่วคราว ณ โรงเรียนเทศบาล 2 และอาคารอเนกประสงค์ชุมชนหนองน้ำใส
ทั้งนี้ ประชาชนที่ได้รับความเดือดร้อนสามารถแจ้งเหตุได้ที่สายด่วน 199 หรือศูนย์รับแจ้งเหตุเทศบาล โทร 0 4381 2399 ตลอด 24 ชั่วโมง

## 2023-10-27 14:05 act loykrathong-2566 author=0
T: ขอเชิญร่วมงานประเพณีลอยกระทง ประจำปี 2566 ณ สวนสาธารณะหนองน้ำใส
D: กองการศึกษา
G: ประเพณี
เทศบาลนครสุวรรณธาราร่วมกับสภาวัฒนธรรมจังหวัดสุวรรณธารา ขอเชิญชวนประชาชนร่วมงานประเพณีลอยกระทง ประจำปี 2566 ระหว่างวันที่ 26–27 พฤศจิกายน 2566 ณ สวนสาธารณะหนองน้ำใส เพื่อสืบสานประเพณีอันดีงามของไทย
| วันที่ | เวลา | กิจกรรม
| 26 พฤศจิกายน 2566 | 17.00 น. | ประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ
| 26 พฤศจิกายน 2566 | 19.00 น. | ประกวดนางนพมาศ รอบคัดเลือก
| 27 พฤศจิกายน 2566 | 18.30 น. | พิธีเปิดงานและขบวนแห่กระทงใหญ่
| 27 พฤศจิกายน 2566 | 20.00 น. | ประกวดนางนพมาศ รอบตัดสิน และการแสดงดนตรี
! loykrathong-2565-1.jpg | บรรยากาศงานลอยกระทง ปี 2565 ณ สวนสาธารณะหนองน้ำใส
ขอความร่วมมือผู้ร่วมงานใช้กระทงที่ทำจากวัสดุย่อยสลายได้ และงดจุดพลุ ประทัด และปล่อยโคมลอยโดยเด็ดขาด

## 2023-11-15 16:30 notice - author=2
T: ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยเทศบาล 12 (ชุมชนบ้านหัวสะพาน)
D: กองคลัง งานพัสดุ
G: จัดซื้อจัดจ้าง
F: ประกาศผู้ชนะ ถนน คสล ซอยเทศบาล 12
ตามที่เทศบาลนครสุวรรณธาราได้มีประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยเทศบาล 12 (ชุมชนบ้านหัวสะพาน) ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) นั้น
| รายการ | ผู้ได้รับการคัดเลือก | ราคาที่เสนอ (บาท)
| จ้างก่อสร้างถนน คสล. ซอยเทศบาล 12 กว้าง 5 เมตร ยาว 420 เมตร | ห้างหุ้นส่วนจำกัด ธาราก่อสร้าง | 1,948,000.00
ผู้ได้รับการคัดเลือกเป็นผู้ยื่นข้อเสนอที่ถูกต้องตามเงื่อนไขและเสนอราคาต่ำสุด จึงประกาศให้ทราบโดยทั่วกัน

## 2023-12-01 10:00 pr - author=1
T: รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก “บ้านสะอาด ไร้ลูกน้ำยุงลาย”
D: กองสาธารณสุขและสิ่งแวดล้อม
G: สาธารณสุข
กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ทั้ง 24 ชุมชน ออกรณรงค์ป้องกันและควบคุมโรคไข้เลือดออก พร้อมพ่นหมอกควันกำจัดยุงลายในพื้นที่ที่มีรายงานผู้ป่วย
! dengue-campaign.jpg | เจ้าหน้าที่และ อสม. สำรวจลูกน้ำยุงลายในชุมชนโนนสว่าง
ขอให้ประชาชนทุกครัวเรือนช่วยกันปฏิบัติตามมาตรการ 3 เก็บ ป้องกัน 3 โรค ดังนี้
- เก็บบ้านให้สะอาด ไม่ให้มีมุมอับชื้นเป็นที่เกาะพักของยุง
- เก็บขยะ เศษภาชนะที่อาจมีน้ำขังรอบบ้าน
- เก็บน้ำให้มิดชิด ปิดฝาโอ่งและเปลี่ยนน้ำในแจกันทุก 7 วัน
หากมีอาการไข้สูงลอย 2–7 วัน ปวดศีรษะ ปวดเมื่อยกล้ามเนื้อ ให้รีบไปพบแพทย์ และห้ามรับประทานยาแอสไพรินหรือไอบูโพรเฟน

## 2023-12-20 13:45 act - author=0 gallery=4
T: มอบผ้าห่มกันหนาวแก่ผู้สูงอายุและผู้ยากไร้ในเขตเทศบาล
D: กองสวัสดิการสังคม
G: ผู้สูงอายุ
{MAYOR} นายกเทศมนตรีนครสุวรรณธารา มอบผ้าห่มกันหนาวจำนวน 1,200 ผืน แก่ผู้สูงอายุ ผู้พิการ และผู้ยากไร้ใน 24 ชุมชน เพื่อบรรเทาความเดือดร้อนจากภัยหนาว ณ หอประชุมเทศบาล

## 2024-01-10 08:45 pr tax-2567 author=2 modified=2024-02-01
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567
D: กองคลัง
G: ภาษี
F: แบบแจ้งรายการภาษีป้าย ภ.ป.1
F: คู่มือการชำระภาษีที่ดินและสิ่งปลูกสร้าง 2567
เทศบาลนครสุวรรณธาราขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้าง และเจ้าของป้าย ในเขตเทศบาล มาชำระภาษีประจำปี 2567 ภายในกำหนดเวลา เพื่อหลีกเลี่ยงเบี้ยปรับและเงินเพิ่ม
| ประเภทภาษี | ยื่นแบบ/รับแบบประเมิน | กำหนดชำระ
| ภาษีที่ดินและสิ่งปลูกสร้าง | กุมภาพันธ์ 2567 | ภายในเดือนเมษายน 2567
| ภาษีป้าย | ภายในเดือนมีนาคม 2567 | ภายใน 15 วัน นับแต่ได้รับแจ้งการประเมิน
ช่องทางการชำระภาษี
- ชำระด้วยตนเองที่ฝ่ายพัฒนารายได้ กองคลัง ชั้น 1 อาคารสำนักงานเทศบาล ในวันและเวลาราชการ
- ชำระผ่านหน่วยบริการเคลื่อนที่ ซึ่งจะออกให้บริการตามชุมชนทุกวันเสาร์ของเดือนกุมภาพันธ์
- ชำระผ่านแอปพลิเคชันธนาคารโดยสแกน QR Code ที่พิมพ์อยู่บนใบแจ้งการประเมินภาษี
ในปี 2567 รัฐบาลไม่มีมาตรการลดภาษีเหมือนปีที่ผ่านมา ผู้เสียภาษีจึงต้องชำระเต็มจำนวนตามอัตราที่กฎหมายกำหนด
ผู้ที่ชำระภาษีภายในเดือนมีนาคม 2567 จะได้รับสิทธิ์ลุ้นรางวัลในกิจกรรม “เสียภาษีง่าย ได้ลุ้นโชค” ซึ่งจะจับรางวัลในวันที่ 30 เมษายน 2567

## 2024-01-13 17:10 act - author=0 gallery=8
T: งานวันเด็กแห่งชาติ ประจำปี 2567 “เด็กไทยยุคใหม่ รู้คิด รู้เท่าทัน”
D: กองการศึกษา
G: วันสำคัญ
เมื่อวันเสาร์ที่ 13 มกราคม 2567 เทศบาลนครสุวรรณธาราจัดงานวันเด็กแห่งชาติ ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 3,000 คน ภายในงานมีการแสดงของนักเรียนโรงเรียนในสังกัดเทศบาล ซุ้มเกม และการมอบทุนการศึกษา
! children-day-2567-1.jpg | นายกเทศมนตรีมอบทุนการศึกษาแก่นักเรียนที่มีผลการเรียนดี
! children-day-2567-2.jpg | การแสดงของนักเรียนโรงเรียนเทศบาล 1 (บ้านกลางเมือง)

## 2024-01-29 14:00 pr - author=1
T: การประชุมสภาเทศบาลนครสุวรรณธารา สมัยสามัญ สมัยแรก ประจำปี 2567
D: งานกิจการสภา สำนักปลัดเทศบาล
G: ประชุมสภา
วันที่ 29 มกราคม 2567 เวลา 09.30 น. สภาเทศบาลนครสุวรรณธาราได้จัดการประชุมสภาเทศบาล สมัยสามัญ สมัยแรก ประจำปี 2567 ณ ห้องประชุมสภาเทศบาล โดยมีนายวิชัย บุญประคอง ประธานสภาเทศบาล ทำหน้าที่ประธานในที่ประชุม
ระเบียบวาระการประชุมที่สำคัญ ได้แก่
- รับรองรายงานการประชุมสภาเทศบาล สมัยวิสามัญ สมัยที่ 1 ประจำปี 2566
- ญัตติขออนุมัติโอนงบประมาณรายจ่ายประจำปี 2567 เพื่อจัดซื้อรถบรรทุกขยะ จำนวน 2 คัน
- ญัตติขอความเห็นชอบร่างเทศบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์
ที่ประชุมมีมติเห็นชอบทุกญัตติ ประชาชนสามารถติดตามการถ่ายทอดสดการประชุมสภาย้อนหลังได้ทางเพจเฟซบุ๊กของเทศบาล

## 2024-02-14 11:00 notice - author=2
T: ประกาศ ขยายเวลารับสมัครบุคคลเพื่อคัดเลือกเป็นกรรมการชุมชน
D: กองสวัสดิการสังคม
F: ประกาศขยายเวลารับสมัครกรรมการชุมชน
ตามที่เทศบาลนครสุวรรณธาราได้ประกาศรับสมัครบุคคลเพื่อคัดเลือกเป็นกรรมการชุมชน ระหว่างวันที่ 1–14 กุมภาพันธ์ 2567 นั้น เนื่องจากมีผู้สมัครไม่ครบตามจำนวนในบางชุมชน จึงขยายเวลารับสมัครออกไปจนถึงวันที่ 29 กุมภาพันธ์ 2567

## 2024-02-26 10:30 pr recycle-bank author=1
T: เปิดตัวโครงการ “ธนาคารขยะรีไซเคิล” ต้นแบบ 12 ชุมชน
D: กองสาธารณสุขและสิ่งแวดล้อม
G: สิ่งแวดล้อม
เทศบาลนครสุวรรณธาราเปิดตัวโครงการธนาคารขยะรีไซเคิลในชุมชนนำร่อง 12 ชุมชน เพื่อลดปริมาณขยะที่ต้องนำไปกำจัด ซึ่งปัจจุบันมีมากถึงวันละ 96 ตัน
สมาชิกธนาคารขยะสามารถนำขยะรีไซเคิลที่คัดแยกแล้วมาฝากได้ทุกวันเสาร์แรกของเดือน โดยจะได้รับสมุดบัญชีและสามารถถอนเป็นเงินสดหรือแลกเป็นสินค้าอุปโภคบริโภคได้ ตัวอย่างราคารับซื้อ ณ เดือนกุมภาพันธ์ 2567
| ประเภทขยะ | ราคา (บาท/กิโลกรัม)
| ขวดพลาสติกใส (PET) | 8
| กระดาษลัง | 3
| กระป๋องอะลูมิเนียม | 45
| ขวดแก้ว | 1
ชุมชนที่สนใจเข้าร่วมโครงการในระยะที่ 2 ติดต่อได้ที่ฝ่ายบริการอนามัยสิ่งแวดล้อม โทร 0 4381 2345 ต่อ 302

## 2024-03-08 16:00 act - author=0 journal_img
T: ฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2567
D: งานป้องกันและบรรเทาสาธารณภัย
G: สาธารณภัย
ระหว่างวันที่ 6–8 มีนาคม 2567 งานป้องกันและบรรเทาสาธารณภัย จัดฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน จำนวน 150 คน ณ ศูนย์ฝึกอบรมเทศบาล เพื่อเพิ่มทักษะการดับเพลิงขั้นต้น การช่วยเหลือผู้ประสบภัย และการปฐมพยาบาล
! opor-2567-1.jpg | การฝึกดับเพลิงขั้นต้นด้วยถังดับเพลิงชนิดผงเคมีแห้ง
! opor-2567-2.jpg | การฝึกช่วยฟื้นคืนชีพ (CPR) และการใช้เครื่อง AED

## 2024-03-21 09:15 pr one-stop-service author=2
T: เปิดให้บริการศูนย์บริการร่วม (One Stop Service) ชั้น 1 อาคารสำนักงานเทศบาล
D: สำนักปลัดเทศบาล
เพื่ออำนวยความสะดวกแก่ประชาชนผู้มาติดต่อราชการ เทศบาลนครสุวรรณธาราได้ปรับปรุงพื้นที่ชั้น 1 อาคารสำนักงานเทศบาลเป็นศูนย์บริการร่วม (One Stop Service) รวมงานบริการที่ประชาชนใช้บ่อยไว้ในจุดเดียว เริ่มให้บริการตั้งแต่วันที่ 1 เมษายน 2567 เป็นต้นไป
งานบริการที่เปิดให้บริการ ณ ศูนย์บริการร่วม ได้แก่
- งานทะเบียนราษฎรและบัตรประจำตัวประชาชน
- รับชำระภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียมเก็บขนขยะ
- ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร และขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ
- ลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ผู้พิการ และผู้ป่วยเอดส์
- รับเรื่องร้องเรียน ร้องทุกข์ และแจ้งเหตุเดือดร้อนรำคาญ
ศูนย์บริการร่วมเปิดให้บริการวันจันทร์ถึงวันศุกร์ เวลา 08.00–16.30 น. โดยไม่พักเที่ยง และเปิดให้บริการวันเสาร์ เวลา 08.30–12.00 น. เฉพาะงานทะเบียนราษฎรและงานรับชำระภาษี
ผู้มาติดต่อสามารถรับบัตรคิวได้ที่ตู้กดบัตรคิวอัตโนมัติบริเวณทางเข้า หรือจองคิวล่วงหน้าผ่านบัญชีไลน์ทางการของเทศบาล

## 2024-04-05 13:20 pr - author=1
T: ขอความร่วมมืองดการเผาในที่โล่ง เพื่อลดปัญหาฝุ่นละอองขนาดเล็ก PM2.5
D: กองสาธารณสุขและสิ่งแวดล้อม
G: สิ่งแวดล้อม, สาธารณสุข
ในช่วงนี้ค่าฝุ่นละอองขนาดเล็ก PM2.5 ในพื้นที่จังหวัดสุวรรณธาราเกินค่ามาตรฐานติดต่อกันหลายวัน เทศบาลนครสุวรรณธาราจึงขอความร่วมมือประชาชนงดการเผาขยะ เผาหญ้า และเศษวัสดุทางการเกษตรในที่โล่งทุกกรณี
- ผู้ฝ่าฝืนมีความผิดตามพระราชบัญญัติการสาธารณสุข พ.ศ. 2535 ต้องระวางโทษปรับไม่เกิน 25,000 บาท
- ประชาชนกลุ่มเสี่ยง ได้แก่ เด็ก ผู้สูงอายุ หญิงตั้งครรภ์ และผู้มีโรคประจำตัว ควรงดกิจกรรมกลางแจ้งและสวมหน้ากากอนามัยชนิด N95
- ตรวจสอบคุณภาพอากาศได้จากแอปพลิเคชัน Air4Thai ของกรมควบคุมมลพิษ

## 2024-04-12 18:25 act songkran-2567 author=0 gallery=10
T: ภาพบรรยากาศงานประเพณีสงกรานต์ “สาดน้ำสุวรรณธารา” ประจำปี 2567
D: งานประชาสัมพันธ์ สำนักปลัดเทศบาล
G: ประเพณี
เทศบาลนครสุวรรณธาราจัดงานประเพณีสงกรานต์ “สาดน้ำสุวรรณธารา” ประจำปี 2567 ระหว่างวันที่ 12–15 เมษายน 2567 บริเวณถนนคนเดินริมหนองน้ำใส โดยเริ่มจากพิธีสรงน้ำพระพุทธรูปและรดน้ำขอพรผู้สูงอายุ
! songkran-2567-rodnam.jpg | พิธีรดน้ำขอพรผู้สูงอายุ ณ ลานวัฒนธรรมริมหนองน้ำใส

## 2024-04-30 15:50 notice - author=2
T: ประกาศรายชื่อผู้มีสิทธิ์รับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ 2568 (เพิ่มเติม)
D: กองสวัสดิการสังคม
G: ผู้สูงอายุ
F: รายชื่อผู้มีสิทธิ์เบี้ยยังชีพผู้สูงอายุ 2568 เพิ่มเติม
เทศบาลนครสุวรรณธาราขอประกาศรายชื่อผู้มีสิทธิ์รับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ที่ลงทะเบียนระหว่างเดือนมกราคม–มีนาคม 2567 จำนวน 187 ราย ตามเอกสารแนบท้ายประกาศ หากมีข้อทักท้วงให้ยื่นคำร้องภายใน 15 วัน นับแต่วันประกาศ

## 2024-05-10 10:40 pr - author=1
T: บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวฟรี ประจำปี 2567
D: กองสาธารณสุขและสิ่งแวดล้อม
G: สาธารณสุข
ตามโครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า เทศบาลนครสุวรรณธาราจะออกหน่วยบริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวโดยไม่เสียค่าใช้จ่าย ตามกำหนดการดังนี้
| วันที่ | ชุมชน | สถานที่
| 20 พฤษภาคม 2567 | ชุมชนบ้านหัวสะพาน, ชุมชนโนนสว่าง | ศาลาชุมชนบ้านหัวสะพาน
| 21 พฤษภาคม 2567 | ชุมชนหนองน้ำใส, ชุมชนตลาดเก่า | อาคารอเนกประสงค์ชุมชนหนองน้ำใส
| 22 พฤษภาคม 2567 | ชุมชนวัดกลาง, ชุมชนศรีเมือง | ลานวัดกลาง
| 23 พฤษภาคม 2567 | ชุมชนอื่น ๆ | สำนักงานเทศบาล (ลานจอดรถด้านหลัง)
เวลาให้บริการ 08.30–12.00 น. ขอให้เจ้าของนำสัตว์เลี้ยงใส่สายจูงหรือกรงให้เรียบร้อย สัตว์ที่ได้รับวัคซีนจะได้รับบัตรประจำตัวสัตว์เลี้ยง

## 2024-05-24 16:15 pr - author=0
T: นายกเทศมนตรีลงพื้นที่ติดตามโครงการขุดลอกคลองสาธารณะ ก่อนเข้าสู่ฤดูฝน
D: กองช่าง
G: สาธารณภัย
{MAYOR} นายกเทศมนตรีนครสุวรรณธารา พร้อมด้วยผู้อำนวยการกองช่าง ลงพื้นที่ติดตามความก้าวหน้าโครงการขุดลอกคลองห้วยทราย ระยะทาง 2.6 กิโลเมตร ซึ่งดำเนินการแล้วเสร็จร้อยละ 85 คาดว่าจะแล้วเสร็จก่อนสิ้นเดือนมิถุนายน 2567
! khudlok-huaysai.jpg | รถขุดดำเนินการขุดลอกคลองห้วยทราย ช่วงชุมชนศรีเมือง

## 2024-06-04 09:30 notice e-bidding-cdc-2567 author=2
T: ประกาศประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
D: กองคลัง งานพัสดุ
G: จัดซื้อจัดจ้าง
F: ประกาศประกวดราคา ศพด 2567
F: เอกสารประกวดราคา ศพด 2567
เทศบาลนครสุวรรณธารามีความประสงค์จะประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ขนาด 100 คน (แบบเลขที่ สถ.ศพด.3) ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 4,850,000.00 บาท
| รายการ | วันที่
| เผยแพร่ประกาศและเอกสารประกวดราคา | 4–11 มิถุนายน 2567
| ยื่นข้อเสนอทางระบบจัดซื้อจัดจ้างภาครัฐ | 12 มิถุนายน 2567 เวลา 08.30–16.30 น.
ผู้สนใจสามารถดาวน์โหลดเอกสารประกวดราคาได้ที่เว็บไซต์ www.gprocurement.go.th หรือสอบถามได้ที่งานพัสดุ กองคลัง โทร 0 4381 2345 ต่อ 221

## 2024-06-11 11:05 pr - author=1
T: ขอเชิญร่วมเวทีประชาคมเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 2
D: กองยุทธศาสตร์และงบประมาณ
G: ประชาคม
เทศบาลนครสุวรรณธาราขอเชิญประชาชน ผู้นำชุมชน และภาคประชาสังคม ร่วมเวทีประชาคมเมืองเพื่อรับฟังความคิดเห็นและจัดลำดับความสำคัญของโครงการ ในการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 2
- วันที่ 18 มิถุนายน 2567 ชุมชนเขตที่ 1 ณ หอประชุมเทศบาล
- วันที่ 19 มิถุนายน 2567 ชุมชนเขตที่ 2 ณ โรงเรียนเทศบาล 2
- วันที่ 20 มิถุนายน 2567 ชุมชนเขตที่ 3 ณ อาคารอเนกประสงค์ชุมชนหนองน้ำใส
ทุกเวทีเริ่มเวลา 13.00 น. ผู้ที่ไม่สะดวกเข้าร่วมสามารถเสนอโครงการผ่านแบบฟอร์มออนไลน์ได้จนถึงวันที่ 30 มิถุนายน 2567
"""


def _parse(spec: str) -> tuple[Art, ...]:
    arts = []
    for n, chunk in enumerate(spec.strip().split("## ")[1:], start=1):
        head, *rest = chunk.strip().split("\n")
        day, hm, cat, slug, *opts = head.split()
        kw = dict(o.split("=", 1) if "=" in o else (o, "1") for o in opts)
        fields: dict[str, list[str]] = {"T": [], "D": [], "G": [], "F": []}
        blocks = []
        for line in rest:
            if line[:3] in ("T: ", "D: ", "G: ", "F: "):
                fields[line[0]].append(line[3:])
            else:
                blocks.append(line.replace("{MAYOR}", MAYOR))
        arts.append(
            Art(
                day,
                hm,
                cat,
                fields["T"][0],
                None if slug == "-" else slug,
                fields["D"][0],
                int(kw["author"]),
                tuple(t.strip() for g in fields["G"] for t in g.split(",")),
                tuple(blocks),
                tuple(fields["F"]),
                int(kw.get("gallery", 0)),
                kw.get("modified"),
                "journal_img" in kw,
                n,
            )
        )
    return tuple(arts)


ARTS = _parse(SPEC)

# calendar bookings: id | day | start | end | title | place | description
EVENTS = tuple(
    (int(f[0]), *f[1:])
    for f in (
        line.split(" | ")
        for line in """
42101 | 2024-05-28 | 09:00 | 12:00 | ประชุมคณะกรรมการพัฒนาเทศบาล ครั้งที่ 2/2567 | ห้องประชุมสภาเทศบาล | พิจารณาร่างแผนพัฒนาท้องถิ่นเพิ่มเติมและโครงการที่ประชาคมเสนอ
42102 | 2024-06-18 | 08:30 | 16:30 | อบรมการปฐมพยาบาลเบื้องต้นสำหรับ อสม. | ศูนย์ฝึกอบรมเทศบาล | อบรมเชิงปฏิบัติการสำหรับอาสาสมัครสาธารณสุขประจำหมู่บ้าน 24 ชุมชน
42103 | 2024-06-26 | 06:00 | 09:00 | เดิน-วิ่งรณรงค์ วันต่อต้านยาเสพติดโลก | สวนสาธารณะหนองน้ำใส | ลงทะเบียนได้ที่กองการศึกษา ไม่มีค่าใช้จ่าย
42104 | 2024-07-20 | 15:00 | 20:00 | ขบวนแห่เทียนพรรษา ประจำปี 2567 | ถนนเทศบาล 1 – วัดกลาง | ขบวนแห่เทียนจาก 24 ชุมชนและสถานศึกษา
""".strip().split("\n")
    )
)


# -- the site ---------------------------------------------------------------------------------
class _Liferay:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.non_articles: list[str] = []
        self.newest = sorted(ARTS, key=lambda a: (a.day, a.hm), reverse=True)
        self.by_cat = {c: [a for a in self.newest if a.cat == c] for c in CATS}
        tags: dict[str, list[Art]] = {}
        for a in self.newest:
            for t in a.tags:
                tags.setdefault(t, []).append(a)
        self.tags = tags

    def u(self, path: str) -> str:
        return self.site.base_url + path

    # -- media ------------------------------------------------------------------------------
    def doc(self, folder: int, name: str, seed: str, modified: datetime) -> str:
        return f"/documents/{GROUP}/{folder}/{quote(name)}/{_uuid(seed)}?t={ms(modified)}"

    def photo(self, a: Art, name: str, w: int = 1024, h: int = 683) -> str:
        dt = local_dt(a.day, a.hm) - timedelta(minutes=20)
        if a.journal_img:
            img_id = 41500 + a.n * 10 + (int(_h(name, 2), 16) % 10)
            path = f"/image/journal/article?img_id={img_id}&t={ms(dt)}"
        else:
            path = self.doc(41502, name, f"img:{a.n}:{name}", dt)
        return add_jpeg(self.site, path, w, h, dt)

    def thumb(self, a: Art) -> str | None:
        names = self.images(a)
        if not names:
            return None
        dt = local_dt(a.day, a.hm) - timedelta(minutes=20)
        path = f"/o/adaptive-media/image/{41600 + a.n}/Thumbnail-300x300/{quote(names[0])}?t={ms(dt)}"
        return add_jpeg(self.site, path, 300, 200, dt)

    @staticmethod
    def images(a: Art) -> list[str]:
        figs = [b[2:].split(" | ")[0] for b in a.blocks if b.startswith("! ")]
        return figs + [f"IMG_{a.n:02d}{k:02d}.jpg" for k in range(1, a.gallery + 1)]

    def pdf(self, a: Art, label: str) -> str:
        dt = local_dt(a.day, a.hm) - timedelta(minutes=30)
        path = self.doc(41900, label + ".pdf", f"pdf:{a.n}:{label}", dt)
        return add_pdf(
            self.site,
            path,
            f"Suwanthara City Municipality - document {a.n}",
            ["Attachment to web content " + str(a.article_id), a.day],
            dt,
        )

    # -- URLs -------------------------------------------------------------------------------
    @staticmethod
    def news_page(delta: int, cur: int) -> str:
        if delta == 10 and cur == 0:
            return NEWS
        return pu(NEWS, P_NEWS, delta=str(delta), p_r_p_resetCur="false", cur=str(cur))

    @staticmethod
    def cat_page(cat: str, form: str, cur: int = 1) -> str:
        cid = str(CATS[cat][0])
        if form == "friendly":
            base = f"{NEWS}/-/categories/{cid}"
            return base if cur == 1 else pu(base, P_NEWS, delta="10", p_r_p_resetCur="false", cur=str(cur))
        if cur == 1:
            return purl(NEWS, [("p_r_p_categoryId", cid)])
        return pu(NEWS, P_NEWS, p_r_p_categoryId=cid, delta="10", p_r_p_resetCur="false", cur=str(cur))

    @staticmethod
    def tag_page(tag: str) -> str:
        return purl(NEWS, [("p_r_p_tag", tag)])

    @staticmethod
    def print_url(a: Art) -> str:
        return pu(
            NEWS, P_NEWS, "pop_up", viewMode="print", assetEntryId=str(a.entry), type="content", languageId="th_TH"
        )

    @staticmethod
    def login_url(plid: int, current: str) -> str:
        return f"/c/portal/login?p_l_id={plid}&redirect={enc(current)}"

    @staticmethod
    def cal_url(view: str, d: date) -> str:
        return pu("/web/guest/calendar", CAL, activeView=view, date=day_ms(d))

    @staticmethod
    def event_url(eid: int) -> str:
        return pu(
            "/web/guest/calendar", CAL, "maximized", mvcPath="/view_calendar_booking.jsp", calendarBookingId=str(eid)
        )

    @staticmethod
    def rss_url() -> str:
        return pu(NEWS, P_NEWS, lifecycle="2", p_p_resource_id="getRSS", p_p_cacheability="cacheLevelPage")

    def link(self, a: Art, style: str, current: str, extra: dict[str, str] | None = None) -> str:
        """The href a page at ``current`` gives article ``a`` (registering that copy)."""
        if style == "friendly":
            href = a.friendly + f"?_{P_NEWS}_redirect={enc(current)}"
            ctx = ("news", "normal", current)
        elif style == "canonical":
            return a.friendly
        else:  # "normal" / "maximized" on the news layout, "home:<portlet>" on the home layout
            path, pid, state = NEWS, P_NEWS, style
            if style.startswith("home:"):
                path, pid, state = HOME, style[5:], "maximized"
            href = pu(path, pid, state, **(extra or {}), assetEntryId=str(a.entry), redirect=current)
            ctx = ("home" if path == HOME else "news", state, current)
        if not self.site.has(href):
            self.site.add(href, self.html(self.article_page(a, href, *ctx)))
            a.aliases.append(self.u(href))
        return href

    # -- page shell -------------------------------------------------------------------------
    def html(self, text: str, status: int = 200) -> Response:
        return Response(
            status,
            (
                ("Content-Type", "text/html;charset=UTF-8"),
                (
                    "Liferay-Portal",
                    "Liferay Community Edition Portal 7.4.3.112 CE GA112 (Cavanaugh / Build 7403 / February 20, 2024)",
                ),
                ("X-Content-Type-Options", "nosniff"),
                ("Cache-Control", "private, no-cache, no-store, must-revalidate"),
            ),
            text.encode("utf-8"),
        )

    def add_page(self, path: str, text: str) -> None:
        self.site.add(path, self.html(text))
        self.non_articles.append(self.u(path))

    def nav(self, section: str) -> str:
        items = []
        for plid, path, name, parent in LAYOUTS:
            if parent:
                continue
            children = [(p2, n2) for pl2, p2, n2, par2 in LAYOUTS if par2 == plid]
            sel = " selected active" if path == section else ""
            if children:
                sub = "".join(
                    f'<li class="" id="layout_{_h(p2, 6)}" role="presentation"><a class="dropdown-item" href="{attr(self.u(p2))}" role="menuitem">{esc(n2)}</a></li>'
                    for p2, n2 in children
                )
                items.append(
                    f'<li class="lfr-nav-item nav-item dropdown{sel}" id="layout_{plid}" role="presentation"><a aria-haspopup="true" class="nav-link text-truncate dropdown-toggle" href="{attr(self.u(path))}" role="menuitem"><span class="text-truncate">{esc(name)} <span class="lfr-nav-child-toggle"><svg class="lexicon-icon lexicon-icon-angle-down" focusable="false" role="presentation"><use xlink:href="/o/suwan-theme/images/clay/icons.svg#angle-down"></use></svg></span></span></a><ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">{sub}</ul></li>'
                )
            else:
                items.append(
                    f'<li class="lfr-nav-item nav-item{sel}" id="layout_{plid}" role="presentation"><a class="nav-link text-truncate" href="{attr(self.u(path))}" role="menuitem"><span class="text-truncate">{esc(name)}</span></a></li>'
                )
        return (
            '<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="หน้าเว็บไซต์" class="navbar-blank navbar-nav navbar-site" role="menubar">'
            + "\n".join(items)
            + "</ul></nav>"
        )

    @staticmethod
    def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
        lis = []
        for name, href in trail:
            if href:
                lis.append(
                    f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{attr(href)}" title="{attr(name)}"><span class="breadcrumb-text-truncate">{esc(name)}</span></a></li>'
                )
            else:
                lis.append(
                    f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(name)}</span></li>'
                )
        return '<nav aria-label="เส้นทางนำทาง" id="breadcrumb"><ol class="breadcrumb">' + "".join(lis) + "</ol></nav>"

    @staticmethod
    def portlet(pid: str, css: str, title: str | None, inner: str) -> str:
        short = pid.split("_INSTANCE_")[0]
        head = (
            f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{esc(title)}</h2></div><div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>'
            if title
            else ""
        )
        deco = "portlet-decorate" if title else "portlet-barebone"
        return f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static portlet-static-end {deco} {css}" id="p_p_id_{pid}_"><span id="p_{pid}"></span><section class="portlet" id="portlet_{pid}"><div class="portlet-content">{head}<div class=" portlet-content-container"><div class="portlet-body">{inner}</div></div></div></section></div>'

    def page(
        self,
        current: str,
        title: str,
        main: str,
        section: str,
        *,
        canonical: str,
        trail: list[tuple[str, str | None]] | None = None,
        side: str = "",
        description: str = "",
        head_extra: str = "",
        signin: bool = True,
    ) -> str:
        plid = PLID.get(section, 10)
        cols = (
            f'<div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{main}</div></div>'
            f'<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{side}</div></div></div>'
            if side
            else f'<div class="portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">{main}</div></div></div>'
        )
        js_current = current.replace("/", "\\x2f").replace("&", "\\x26").replace("=", "\\x3d").replace("?", "\\x3f")
        sign = (
            f'<span class="sign-in text-default" role="presentation"><a data-redirect="false" href="{attr(self.login_url(plid, current))}" id="_{P_NEWS[:10]}_{_h(current, 6)}" rel="nofollow"><svg class="lexicon-icon lexicon-icon-user" focusable="false" role="presentation"><use xlink:href="/o/suwan-theme/images/clay/icons.svg#user"></use></svg> ลงชื่อเข้าใช้</a></span>'
            if signin
            else ""
        )
        trail_html = self.breadcrumb(trail) if trail else ""
        canon = self.u(canonical)
        desc = f'<meta content="{attr(description)}" lang="th-TH" name="description" />' if description else ""
        return f"""<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="th-TH">

<head>
	<title>{esc(title)}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}
<script data-senna-track="permanent" src="{attr(COMBO_URL)}" type="text/javascript"></script>
<link data-senna-track="temporary" href="{attr(canon)}" rel="canonical" />
<link data-senna-track="temporary" href="{attr(canon)}" hreflang="th-TH" rel="alternate" />
<link data-senna-track="temporary" href="{attr(canon)}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="th_TH">
<meta property="og:site_name" content="{SITE}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{attr(canon)}">
<link href="/o/suwan-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{attr(CSS_URL)}" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
{head_extra}
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
var themeDisplay = {{
	getLayoutId: function() {{ return "{plid - 9}"; }},
	getPlid: function() {{ return "{plid}"; }},
	getScopeGroupId: function() {{ return "{GROUP}"; }},
	getSiteGroupId: function() {{ return "{GROUP}"; }},
	getLanguageId: function() {{ return "th_TH"; }},
	getPathMain: function() {{ return "/c"; }},
	getPathThemeImages: function() {{ return "{attr(self.u("/o/suwan-theme/images"))}"; }},
	isSignedIn: function() {{ return false; }}
}};
Liferay.authToken = '{_h("auth" + current, 8)}';
Liferay.currentURL = '{js_current}';
Liferay.currentURLEncoded = '{enc(current)}';
// ]]>
</script>
</head>

<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">
<nav aria-label="ลิงก์ด่วน" class="bg-dark cadmin quick-access-nav text-center text-white" id="kxwu_quickAccessNav"><a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">ข้ามไปยังเนื้อหาหลัก</a></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header class="header" id="banner">
<div class="navbar navbar-classic navbar-top py-3"><div class="container user-personal-bar"><div class="align-items-center autofit-row">
<a class="align-items-center d-md-inline-flex d-sm-none d-none logo-md" href="/" title="ไปที่ {SITE}"><img alt="" class="mr-2" height="64" src="/image/layout_set_logo?img_id=35301&amp;t={THEME_T}" /><span class="font-weight-bold h2 mb-0 text-dark">{SITE}</span></a>
<div class="autofit-col autofit-col-expand"><div class="justify-content-md-end mr-4 navbar-form" role="search">
<form action="/web/guest/search" class="form-inline" method="get" name="_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_fm"><div class="input-group search-bar"><input class="form-control input-group-inset search-bar-keywords-input" name="q" placeholder="ค้นหา..." title="ค้นหา" type="text" value="" /><div class="input-group-inset-item input-group-inset-item-after"><button aria-label="ส่ง" class="btn btn-unstyled" type="submit"><svg class="lexicon-icon lexicon-icon-search"><use xlink:href="/o/suwan-theme/images/clay/icons.svg#search"></use></svg></button></div></div></form>
</div></div>
<div class="autofit-col">{sign}</div>
</div></div></div>
<div class="navbar navbar-classic navbar-expand-md navbar-light pb-3"><div class="container"><div class="collapse navbar-collapse" id="navigationCollapse">{self.nav(section)}</div></div></div>
</header>

<section class="container pt-3" id="content">
{trail_html}
<div class="columns-{"2" if side else "1"}" id="main-content" role="main">
{cols}
</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">ซ่อน</button></form>
</section>

<footer id="footer" role="contentinfo"><div class="container py-4"><div class="row">
<div class="col-md-6"><p class="font-weight-bold">{SITE}</p><p>{ADDRESS}<br />โทรศัพท์ {PHONE} &nbsp; อีเมล {EMAIL}</p></div>
<div class="col-md-6"><ul class="list-unstyled"><li><a href="/home">หน้าหลัก</a></li><li><a href="/web/guest/contact">ติดต่อเรา</a></li><li><a href="{attr(self.rss_url())}">RSS ข่าวประชาสัมพันธ์</a></li><li><a href="https://www.facebook.com/suwantharacity" rel="external">Facebook เทศบาล</a></li></ul></div>
</div><p class="powered-by text-center">ขับเคลื่อนโดย <a href="http://www.liferay.com" rel="external">Liferay</a></p></div></footer>
</div>
</div>
<script src="{attr(JS_URL)}" type="text/javascript"></script>
</body>

</html>
"""

    # -- Asset Publisher pieces -------------------------------------------------------------
    @staticmethod
    def plain(a: Art) -> list[str]:
        out = []
        for b in a.blocks:
            if b.startswith("! "):
                continue
            if b.startswith("| "):
                out.append(" ".join(c.strip() for c in b[2:].split(" | ")))
            elif b.startswith("- "):
                out.append(b[2:])
            else:
                out.append(b)
        return out

    def summary(self, a: Art) -> str:
        text = " ".join(self.plain(a))
        return text if len(text) <= 200 else text[:197] + "..."

    def abstract(self, a: Art, href: str) -> str:
        th = self.thumb(a)
        img = (
            f'<div class="float-right asset-small-image"><img alt="" class="asset-small-image img-thumbnail" src="{attr(th)}" width="150" /></div>'
            if th
            else ""
        )
        cname = CATS[a.cat][1]
        return f"""<div class="asset-abstract">
<div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title"><a href="{attr(href)}">{esc(a.title)}</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{thai_slash(a.d)}</span><span class="metadata-entry metadata-categories"><span class="badge badge-secondary">{esc(cname)}</span></span></div>
<div class="asset-content"><div class="asset-summary">{img}{esc(self.summary(a))}</div>
<div class="asset-more"><a href="{attr(href)}">อ่านต่อ<span class="sr-only"> เกี่ยวกับ {esc(a.title)}</span> »</a></div></div>
</div>"""

    def pager(self, total: int, delta: int, cur: int, href, delta_selector: bool) -> str:
        pages = max(1, -(-total // delta))
        if total <= delta and cur <= 1 and not delta_selector:
            return ""
        items = []
        prev_dis = cur <= 1
        items.append(
            f'<li class="page-item{" disabled" if prev_dis else ""}"><a class="page-link" href="{"javascript:;" if prev_dis else attr(href(cur - 1))}" title="ก่อนหน้า"><svg class="lexicon-icon lexicon-icon-angle-left"><use xlink:href="/o/suwan-theme/images/clay/icons.svg#angle-left"></use></svg></a></li>'
        )
        for k in range(1, pages + 1):
            act = " active" if k == cur else ""
            items.append(f'<li class="page-item{act}"><a class="page-link" href="{attr(href(k))}">{k}</a></li>')
        next_dis = cur == pages  # the theme's pager: "==", so pages past the last still get a next link
        items.append(
            f'<li class="page-item{" disabled" if next_dis else ""}"><a class="page-link" href="{"javascript:;" if next_dis else attr(href(cur + 1))}" title="ถัดไป"><svg class="lexicon-icon lexicon-icon-angle-right"><use xlink:href="/o/suwan-theme/images/clay/icons.svg#angle-right"></use></svg></a></li>'
        )
        sel = ""
        if delta_selector:
            opts = "".join(
                f'<li><a class="dropdown-item{" active" if d == delta else ""}" href="{attr(self.news_page(d, cur))}">{d}</a></li>'
                for d in DELTAS
            )
            sel = f'<div class="dropdown pagination-items-per-page"><a aria-expanded="false" class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:;">{delta} รายการ <svg class="lexicon-icon lexicon-icon-caret-double-l"></svg></a><ul class="dropdown-menu dropdown-menu-top">{opts}</ul></div>'
        first = (cur - 1) * delta + 1
        last = min(total, cur * delta)
        results = (
            f"กำลังแสดง {first} ถึง {last} จาก {total} รายการ" if first <= total else f"กำลังแสดง 0 จาก {total} รายการ"
        )
        return f'<div class="pagination-bar">{sel}<p class="pagination-results">{results}</p><ul class="pagination">{"".join(items)}</ul></div>'

    def side(self) -> str:
        cats = "".join(
            f'<li class="tree-node"><a href="{attr(self.cat_page(c, "friendly"))}">{esc(name)} <span class="badge">({len(self.by_cat[c])})</span></a></li>'
            for c, (_, name) in CATS.items()
        )
        cloud = " ".join(
            f'<a class="tag-popularity-{min(6, len(v))}" href="{attr(self.tag_page(t))}">{esc(t)}</a>'
            for t, v in sorted(self.tags.items())
        )
        nav = (
            "com_liferay_asset_categories_navigation_web_portlet_AssetCategoriesNavigationPortlet_INSTANCE_cNav7hYt2Lpe"
        )
        tag = "com_liferay_asset_tags_navigation_web_portlet_AssetTagsCloudPortlet_INSTANCE_tCld3kPw9Xqa"
        tree = f'<div class="categories-tree"><ul class="treeview">{cats}</ul></div>'
        return self.portlet(nav, "portlet-asset-categories-navigation", "ประเภทข่าว", tree) + self.portlet(
            tag, "portlet-asset-tags-navigation", "แท็ก", f'<div class="tag-cloud">{cloud}</div>'
        )

    def listing(
        self,
        current: str,
        items: list[Art],
        delta: int,
        cur: int,
        style: str,
        href,
        heading: str,
        selector: bool = False,
        extra: dict[str, str] | None = None,
    ) -> str:
        shown = items[(cur - 1) * delta : cur * delta]
        if shown:
            body = "\n".join(self.abstract(a, self.u(self.link(a, style, current, extra))) for a in shown)
        else:
            body = '<div class="alert alert-info">ไม่มีผลลัพธ์</div>'
        rss = (
            f'<div class="subscribe-action"><a class="btn btn-unstyled" href="{attr(self.rss_url())}" title="RSS"><svg class="lexicon-icon lexicon-icon-rss"></svg> RSS</a></div>'
            if style == "friendly"
            else ""
        )
        inner = f'<div class="asset-publisher">{rss}{body}</div>{self.pager(len(items), delta, cur, href, selector)}'
        return self.portlet(P_NEWS, "portlet-asset-publisher", heading, inner)

    # -- article ----------------------------------------------------------------------------
    def body_html(self, a: Art) -> str:
        out: list[str] = []
        rows: list[str] = []
        lis: list[str] = []

        def flush() -> None:
            if lis:
                out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in lis) + "</ul>")
                lis.clear()
            if rows:
                trs = []
                for k, r in enumerate(rows):
                    tag = "th" if k == 0 else "td"
                    trs.append("<tr>" + "".join(f"<{tag}>{esc(c.strip())}</{tag}>" for c in r.split(" | ")) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
                    + "".join(trs)
                    + "</tbody></table>"
                )
                rows.clear()

        for k, b in enumerate(a.blocks):
            if b.startswith("- "):
                if rows:
                    flush()
                lis.append(b[2:])
                continue
            if b.startswith("| "):
                if lis:
                    flush()
                rows.append(b[2:])
                continue
            flush()
            if b.startswith("! "):
                name, cap = b[2:].split(" | ")
                out.append(
                    f'<figure class="image"><img alt="" src="{attr(self.photo(a, name))}" /><figcaption>{esc(cap)}</figcaption></figure>'
                )
            elif k == 0 and a.n % 3 == 0:
                out.append(
                    f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>{esc(b.split(' ')[0])}</strong> {esc(b.split(' ', 1)[1]) if ' ' in b else ''}</p>"
                )
            else:
                out.append(f"<p>{esc(b)}</p>")
        flush()
        return "\n".join(out)

    def journal(self, a: Art) -> str:
        gal = [n for n in self.images(a) if n.startswith("IMG_")]
        gallery = ""
        if gal:
            gallery = (
                '<div class="news-gallery row">'
                + "".join(
                    f'<div class="col-6 col-md-3 mb-3"><a data-fancybox="gallery" href="{attr(self.photo(a, n))}"><img alt="{attr(n)}" class="img-fluid" src="{attr(self.photo(a, n))}" /></a></div>'
                    for n in gal
                )
                + "</div>"
            )
        files = ""
        if a.pdfs:
            files = (
                '<div class="news-file"><h4 class="news-file-title">เอกสารแนบ</h4><ul class="list-unstyled">'
                + "".join(
                    f'<li><svg class="lexicon-icon lexicon-icon-document-pdf"></svg> <a href="{attr(self.pdf(a, p))}" target="_blank">{esc(p)}.pdf</a> <small>({120 + 37 * k} KB)</small></li>'
                    for k, p in enumerate(a.pdfs)
                )
                + "</ul></div>"
            )
        return f"""<div class="journal-content-article " data-analytics-asset-id="{a.article_id}" data-analytics-asset-title="{attr(a.title)}" data-analytics-asset-type="web-content">
<div class="news-detail">
<div class="news-head"><span class="badge badge-primary news-cat">{esc(CATS[a.cat][1])}</span> <span class="news-date"><svg class="lexicon-icon lexicon-icon-calendar"></svg> {thai_long(a.d)}</span></div>
<div class="news-content">
{self.body_html(a)}
</div>
{gallery}
{files}
<p class="news-source text-secondary">ที่มา: {esc(a.dept)}</p>
</div>
</div>"""

    def related(self, a: Art) -> list[Art]:
        same = [b for b in ARTS if b.cat == a.cat and b is not a]
        same.sort(key=lambda b: abs(b.n - a.n))
        return same[:3]

    def full(self, a: Art, current: str, back: str | None, state: str) -> str:
        back_html = (
            f'<span class="header-back-to lfr-portal-tooltip" title="กลับ"><a class="icon-monospaced lfr-icon-item taglib-icon" href="{attr(back)}"><svg class="lexicon-icon lexicon-icon-angle-left"></svg><span class="taglib-text hide-accessible">กลับ</span></a></span>'
            if back
            else ""
        )
        mod = (
            f'<span class="metadata-entry metadata-modified-date">ปรับปรุงล่าสุด {thai_slash(date.fromisoformat(a.modified))} 14:02</span>'
            if a.modified
            else ""
        )
        cats = f'<div class="asset-categories"><span class="asset-vocabulary">ประเภทข่าว:</span> <a class="label label-default" href="{attr(purl(NEWS, [("p_r_p_categoryId", str(CATS[a.cat][0]))]))}">{esc(CATS[a.cat][1])}</a></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="asset-tags"><span class="taglib-asset-tags-summary">แท็ก:</span> '
                + " ".join(f'<a class="label label-light" href="{attr(self.tag_page(t))}">{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
        share = enc(self.u(a.friendly))
        rel = "".join(
            f'<li class="asset-links-list-item"><a class="asset-links-list-item-link" href="{attr(b.friendly)}">{esc(b.title)}</a></li>'
            for b in self.related(a)
        )
        print_link = (
            ""
            if state == "pop_up"
            else f'<a class="icon-monospaced lfr-icon-item" href="{attr(self.print_url(a))}" target="_blank" title="พิมพ์ {attr(a.title)}"><svg class="lexicon-icon lexicon-icon-print"></svg></a>'
        )
        views = 87 + (a.n * 53) % 400
        extras = ""
        if state != "pop_up":
            extras = f"""<div class="asset-social-bookmarks"><a href="https://www.facebook.com/sharer/sharer.php?u={share}" rel="external noopener" target="_blank">Facebook</a> <a href="https://twitter.com/intent/tweet?text={enc(a.title)}&amp;url={share}" rel="external noopener" target="_blank">X</a> <a href="https://social-plugins.line.me/lineit/share?url={share}" rel="external noopener" target="_blank">LINE</a></div>
{cats}
{tags}
<div class="asset-ratings"><div class="taglib-ratings stars">ให้คะแนน: <span class="rating-label">ยังไม่มีคะแนน</span></div></div>
<div class="asset-links"><h4 class="asset-links-title">เนื้อหาที่เกี่ยวข้อง</h4><ul class="asset-links-list">{rel}</ul></div>
<div class="asset-discussion"><h4>ความคิดเห็น (0)</h4><p class="text-secondary">ยังไม่มีความคิดเห็น</p><a href="{attr(self.login_url(17, current))}" rel="nofollow">ลงชื่อเข้าใช้เพื่อแสดงความคิดเห็น</a></div>"""
        return f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2">{back_html}<h3 class="component-title h4 flex-grow-1"><span class="asset-title d-inline">{esc(a.title)}</span></h3><div class="autofit-col asset-actions">{print_link}</div></div>
<span class="asset-anchor lfr-asset-anchor" id="{a.entry}"></span>
<div class="asset-metadata"><span class="metadata-entry metadata-author">โดย {esc(AUTHORS[a.author])}</span> <span class="metadata-entry metadata-publish-date">{thai_slash(a.d)} {a.hm}</span> {mod} <span class="metadata-entry metadata-view-count">เข้าชม {views} ครั้ง</span></div>
<div class="asset-content mb-3">{self.journal(a)}</div>
{extras}
</div>"""

    def article_page(self, a: Art, current: str, layout: str, state: str, back: str | None) -> str:
        title = f"{a.title} - {'หน้าหลัก' if layout == 'home' else 'ข่าวประชาสัมพันธ์'} - {SITE}"
        if state == "pop_up":
            return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="th-TH">
<head><title>{esc(title)}</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link data-senna-track="temporary" href="{attr(self.u(a.friendly))}" rel="canonical" />
<link class="lfr-css-file" href="{attr(CSS_URL)}" rel="stylesheet" type="text/css" /></head>
<body class="portal-popup"><div class="columns-max" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-1">
{self.portlet(P_NEWS, "portlet-asset-publisher", None, self.full(a, current, None, state))}
</div></div></div><script type="text/javascript">print();</script></body></html>
"""
        pid = P_NEWS
        if layout == "home":
            pid = P_HOME if P_HOME in current else P_NOTICE
        main = self.portlet(
            pid,
            "portlet-asset-publisher",
            None if state == "maximized" else "ข่าวประชาสัมพันธ์",
            self.full(a, current, back, state),
        )
        section = HOME if layout == "home" else NEWS
        trail = [("หน้าหลัก", HOME)] + ([] if layout == "home" else [("ข่าวประชาสัมพันธ์", NEWS)]) + [(a.title, None)]
        side = self.side() if state == "normal" else ""
        return self.page(
            current, title, main, section, canonical=a.friendly, trail=trail, side=side, description=self.summary(a)
        )

    # -- listing pages ----------------------------------------------------------------------
    def news_shell(self, current: str, title: str, main: str, crumb: str | None = None, head: str = "") -> str:
        trail = [("หน้าหลัก", HOME), ("ข่าวประชาสัมพันธ์", NEWS if crumb else None)] + ([(crumb, None)] if crumb else [])
        full = f"{crumb} - ข่าวประชาสัมพันธ์ - {SITE}" if crumb else f"ข่าวประชาสัมพันธ์ - {SITE}"
        return self.page(current, full, main, NEWS, canonical=NEWS, trail=trail, side=self.side(), head_extra=head)

    def news_listing(self, delta: int, cur: int) -> str:
        current = self.news_page(delta, cur)
        pages = lambda k: self.news_page(delta, k)  # noqa: E731
        main = self.listing(current, self.newest, delta, max(cur, 1), "friendly", pages, "ข่าวประชาสัมพันธ์", True)
        head = f'<link href="{attr(self.u(self.rss_url()))}" rel="alternate" title="ข่าวประชาสัมพันธ์" type="application/atom+xml" />'
        return self.news_shell(current, "", main, None, head)

    def cat_listing(self, cat: str, form: str, cur: int) -> str:
        current = self.cat_page(cat, form, cur)
        cid, name = CATS[cat]
        pages = lambda k: self.cat_page(cat, form, k)  # noqa: E731
        extra = {"p_r_p_categoryId": str(cid)}
        main = self.listing(current, self.by_cat[cat], 10, cur, "normal", pages, f"ข่าวประชาสัมพันธ์ » {name}", extra=extra)
        return self.news_shell(current, name, main, name)

    def tag_listing(self, tag: str) -> str:
        current = self.tag_page(tag)
        extra = {"p_r_p_tag": tag}
        main = self.listing(current, self.tags[tag], 10, 1, "maximized", lambda k: current, f"แท็ก: {tag}", extra=extra)
        return self.news_shell(current, tag, main, tag)

    # -- home -------------------------------------------------------------------------------
    def home(self, current: str) -> str:
        def title_list(items: list[Art], pid: str) -> str:
            new = ' <span class="badge badge-danger">ใหม่</span>'
            lis = "".join(
                f'<li class="list-group-item"><a href="{attr(self.u(self.link(a, "home:" + pid, current)))}">{esc(a.title)}</a> <span class="text-secondary small">{be_abbr(a.d)}</span>{new if (TODAY - a.d).days <= 7 else ""}</li>'
                for a in items
            )
            return f'<ul class="list-group list-group-flush title-list">{lis}</ul>'

        img = f"/documents/{GROUP}/41001/banner-ita-2567.jpg/{_uuid('banner')}?t=1712000000000"
        add_jpeg(self.site, img, 1200, 400, datetime(2024, 4, 2, 10, 0, tzinfo=BANGKOK))
        banner = f'<div class="journal-content-article" data-analytics-asset-id="41005" data-analytics-asset-title="แบนเนอร์หน้าหลัก" data-analytics-asset-type="web-content"><div class="carousel slide"><div class="carousel-inner"><div class="carousel-item active"><a href="/web/guest/ita"><img alt="ITA 2567" class="d-block w-100" src="{attr(img)}" /></a></div></div></div></div>'
        all_news = f'<div class="text-right"><a class="btn btn-sm btn-primary" href="{NEWS}">ดูทั้งหมด</a></div>'
        all_notices = f'<div class="text-right"><a class="btn btn-sm btn-secondary" href="{attr(self.cat_page("notice", "friendly"))}">ดูทั้งหมด</a></div>'
        evs = "".join(
            f'<li><a href="{attr(self.event_url(e[0]))}">{esc(e[4])}</a><br /><small>{thai_long(date.fromisoformat(e[1]))} {e[2]} น.</small></li>'
            for e in EVENTS
            if e[1] >= TODAY.isoformat()
        )
        events = (
            f'<ul class="list-unstyled upcoming-events">{evs}</ul><a href="/web/guest/calendar">ปฏิทินกิจกรรมทั้งหมด</a>'
        )
        quick = '<ul class="list-unstyled"><li><a href="/web/guest/ita">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></li><li><a href="https://www.gprocurement.go.th" rel="external">ระบบจัดซื้อจัดจ้างภาครัฐ</a></li><li><a href="https://www.dla.go.th" rel="external">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="/web/guest/contact">แจ้งเรื่องร้องเรียน</a></li></ul>'
        jc, ap = "portlet-journal-content", "portlet-asset-publisher"
        main = (
            self.portlet(f"{JC}_INSTANCE_bnr4Hq0sWm1z", jc, None, banner)
            + self.portlet(P_HOME, ap, "ข่าวประชาสัมพันธ์ล่าสุด", title_list(self.newest[:6], P_HOME) + all_news)
            + self.portlet(
                P_NOTICE, ap, "ประกาศ / จัดซื้อจัดจ้าง", title_list(self.by_cat["notice"][:4], P_NOTICE) + all_notices
            )
        )
        side = self.portlet(f"{JC}_INSTANCE_evt8Kd2pLx5c", jc, "กิจกรรมที่กำลังจะมาถึง", events)
        side += self.portlet(f"{JC}_INSTANCE_qlk6Rt1bNv8e", jc, "ลิงก์น่าสนใจ", quick)
        desc = f"เว็บไซต์{SITE} {PROVINCE}"
        return self.page(current, f"หน้าหลัก - {SITE}", main, HOME, canonical=HOME, side=side, description=desc)

    # -- static pages -----------------------------------------------------------------------
    def static(self, path: str, paragraphs_html: str, updated: date | None = None) -> str:
        name = NAME[path]
        upd = f'<p class="page-updated text-secondary small">ปรับปรุงข้อมูล: {thai_long(updated)}</p>' if updated else ""
        jc = f'<div class="journal-content-article " data-analytics-asset-id="{40900 + PLID[path]}" data-analytics-asset-title="{attr(name)}" data-analytics-asset-type="web-content"><div class="page-content"><h2 class="page-title">{esc(name)}</h2>{paragraphs_html}{upd}</div></div>'
        main = self.portlet(f"{JC}_INSTANCE_{_h(path, 12)}", "portlet-journal-content", None, jc)
        parent = [(n, p) for pl, p, n, _ in LAYOUTS if pl == dict((pp, par) for _, pp, _, par in LAYOUTS)[path]]
        trail = [("หน้าหลัก", HOME), *parent, (name, None)]
        return self.page(
            path, f"{name} - {SITE}", main, path if not parent else "/web/guest/about", canonical=path, trail=trail
        )

    def ita(self) -> str:
        rows = []
        items = (
            ("O1", "โครงสร้าง", "doc"),
            ("O2", "ข้อมูลผู้บริหาร", "page:/web/guest/" + quote("ผู้บริหาร")),
            ("O3", "อำนาจหน้าที่", "page:/web/guest/authority"),
            ("O4", "แผนพัฒนาท้องถิ่น", "doc"),
            ("O5", "ข้อมูลการติดต่อ", "page:/web/guest/contact"),
            ("O7", "ข่าวประชาสัมพันธ์", "page:" + NEWS),
            ("O12", "E-Service", "doc"),
            ("O13", "แผนการใช้จ่ายงบประมาณประจำปี", "doc"),
            ("O16", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "doc"),
            ("O17", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "page:" + self.cat_page("notice", "friendly")),
            ("O18", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "doc"),
            ("O19", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2566", "gone"),
            ("O20", "นโยบายการบริหารทรัพยากรบุคคล", "doc"),
            ("O28", "รายงานผลการดำเนินงานเรื่องร้องเรียน", "doc"),
        )
        for code, label, kind in items:
            if kind == "doc" or kind == "gone":
                name = f"{code} {label}.pdf"
                path = self.doc(41800, name, f"ita:{code}", datetime(2024, 3, 15, 9, 0, tzinfo=BANGKOK))
                if kind == "doc":
                    add_pdf(
                        self.site,
                        path,
                        f"{code} ITA 2567",
                        ["Suwanthara City Municipality", code],
                        datetime(2024, 3, 15, 9, 0, tzinfo=BANGKOK),
                    )
                else:
                    self.site.broken_links.append(self.u(path))
                cell = f'<a href="{attr(path)}" target="_blank">{esc(name)}</a>'
            else:
                cell = f'<a href="{attr(kind[5:])}">{esc(label)}</a>'
            rows.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{cell}</td></tr>")
        table = (
            '<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ 2567</p><table class="table table-bordered"><thead><tr><th>ตัวชี้วัด</th><th>ข้อมูล</th><th>ลิงก์/เอกสาร</th></tr></thead><tbody>'
            + "".join(rows)
            + "</tbody></table>"
        )
        return self.static("/web/guest/ita", table, date(2024, 3, 15))

    def static_pages(self) -> None:
        children = [(p, n) for _, p, n, par in LAYOUTS if par == 11]
        about = (
            "<p>ยินดีต้อนรับสู่เว็บไซต์"
            + SITE
            + " เลือกหัวข้อที่ต้องการ</p><ul>"
            + "".join(f'<li><a href="{attr(p)}">{esc(n)}</a></li>' for p, n in children)
            + "</ul>"
        )
        self.add_page("/web/guest/about", self.static("/web/guest/about", about))
        org = add_jpeg(
            self.site,
            "/image/journal/article?img_id=40950&t=1696150800000",
            1200,
            800,
            datetime(2023, 10, 1, 16, 0, tzinfo=BANGKOK),
        )
        pages = {
            "/web/guest/history": (
                "<p>เทศบาลนครสุวรรณธาราเดิมเป็นสุขาภิบาลเมืองสุวรรณธารา จัดตั้งขึ้นเมื่อ พ.ศ. 2478 ต่อมาได้รับการยกฐานะเป็นเทศบาลเมืองสุวรรณธารา และยกฐานะเป็นเทศบาลนครเมื่อวันที่ 24 กุมภาพันธ์ 2548 มีพื้นที่ 28.6 ตารางกิโลเมตร</p><p>ปัจจุบันมีประชากรตามทะเบียนราษฎร 87,412 คน 24 ชุมชน เป็นศูนย์กลางการค้าและการบริการของจังหวัด</p>",
                date(2023, 3, 3),
            ),
            "/web/guest/vision": (
                "<p><strong>วิสัยทัศน์</strong> “สุวรรณธาราเมืองน่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี เศรษฐกิจมั่นคง สิ่งแวดล้อมยั่งยืน”</p><p><strong>พันธกิจ</strong></p><ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมสุขภาพและสวัสดิการสังคม</li><li>บริหารจัดการสิ่งแวดล้อมอย่างยั่งยืน</li></ol>",
                None,
            ),
            "/web/guest/structure": (
                f'<p>โครงสร้างส่วนราชการตามประกาศคณะกรรมการพนักงานเทศบาลจังหวัดสุวรรณธารา</p><p><img alt="โครงสร้างส่วนราชการ" class="img-fluid" src="{attr(org)}" /></p><ul><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองสวัสดิการสังคม</li><li>กองยุทธศาสตร์และงบประมาณ</li></ul>',
                date(2023, 10, 1),
            ),
            "/web/guest/authority": (
                "<p>เทศบาลนครมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 และมาตรา 56 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 ดังนี้</p><ul><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li></ul>",
                None,
            ),
            "/web/guest/contact": (
                f'<p>{SITE}</p><p>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร 0 4381 2300</p><p>อีเมล {EMAIL}</p><p>เวลาทำการ วันจันทร์ – วันศุกร์ 08.30 – 16.30 น.</p><iframe height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3827.1" width="100%"></iframe>',
                None,
            ),
        }
        for path, (text, upd) in pages.items():
            self.add_page(path, self.static(path, text, upd))
        execs = [
            (MAYOR, "นายกเทศมนตรีนครสุวรรณธารา"),
            ("นางอรวรรณ ศรีสุวรรณ", "รองนายกเทศมนตรี"),
            ("นายธนากร พิมพ์ทอง", "รองนายกเทศมนตรี"),
            ("นายสมเกียรติ ชัยมงคล", "ปลัดเทศบาล"),
        ]
        cards = "".join(
            f'<div class="col-md-3 text-center"><img alt="{attr(n)}" class="img-fluid rounded-circle" src="{attr(add_jpeg(self.site, f"/documents/{GROUP}/40960/exec-{k}.jpg/{_uuid(n)}?t=1696150800000", 300, 360, datetime(2023, 10, 1, 16, 0, tzinfo=BANGKOK)))}" /><p class="font-weight-bold">{esc(n)}</p><p>{esc(p)}</p></div>'
            for k, (n, p) in enumerate(execs, start=1)
        )
        path = "/web/guest/" + quote("ผู้บริหาร")
        self.add_page(path, self.static(path, f'<div class="row">{cards}</div>', date(2023, 10, 1)))
        self.add_page("/web/guest/ita", self.ita())

    # -- calendar ---------------------------------------------------------------------------
    def cal_view(self, view: str, d: date, current: str) -> str:
        if view == "month":
            start = d.replace(day=1)
            end = start.replace(day=calendar.monthrange(d.year, d.month)[1])
            prev_d = (start - timedelta(days=1)).replace(day=1)
            next_d = end + timedelta(days=1)
            label = f"{MONTHS[d.month - 1]} {d.year + 543}"
        elif view == "week":
            start = d - timedelta(days=(d.weekday() + 1) % 7)
            end = start + timedelta(days=6)
            prev_d, next_d = d - timedelta(days=7), d + timedelta(days=7)
            label = f"{thai_long(start)} – {thai_long(end)}"
        else:
            start = end = d
            prev_d, next_d = d - timedelta(days=1), d + timedelta(days=1)
            label = f"วัน{WEEKDAYS[d.weekday()]}ที่ {thai_long(d)}"
        views = "".join(
            f'<a class="btn btn-sm {"btn-primary" if v == view else "btn-secondary"}" href="{attr(self.cal_url(v, d))}">{n}</a>'
            for v, n in (("day", "วัน"), ("week", "สัปดาห์"), ("month", "เดือน"))
        )
        toolbar = f'<div class="calendar-toolbar btn-toolbar mb-3"><a class="btn btn-sm btn-secondary" href="/web/guest/calendar">วันนี้</a> <a class="btn btn-sm btn-secondary" href="{attr(self.cal_url(view, prev_d))}" title="ก่อนหน้า">‹</a> <a class="btn btn-sm btn-secondary" href="{attr(self.cal_url(view, next_d))}" title="ถัดไป">›</a> <span class="scheduler-base-view-date h4 mx-3">{esc(label)}</span> <div class="btn-group ml-auto">{views}</div></div>'
        rows = []
        day = start
        while day <= end:
            evs = [e for e in EVENTS if e[1] == day.isoformat()]
            if evs or view != "month":
                cell = (
                    "".join(
                        f'<div class="scheduler-event"><a href="{attr(self.event_url(e[0]))}">{e[2]}–{e[3]} {esc(e[4])}</a></div>'
                        for e in evs
                    )
                    or '<span class="text-secondary">ไม่มีกิจกรรม</span>'
                )
                rows.append(f'<tr><th scope="row">{WEEKDAYS[day.weekday()]} {thai_long(day)}</th><td>{cell}</td></tr>')
            day += timedelta(days=1)
        if not rows:
            rows.append('<tr><td colspan="2" class="text-secondary">ไม่มีกิจกรรมในเดือนนี้</td></tr>')
        inner = f'<div class="calendar-portlet-wrapper" id="_{CAL}_calendarContainer">{toolbar}<table class="table table-sm scheduler-view-{view}"><tbody>{"".join(rows)}</tbody></table></div>'
        main = self.portlet(CAL, "portlet-calendar", "ปฏิทินกิจกรรม", inner)
        return self.page(
            current,
            f"ปฏิทินกิจกรรม - {SITE}",
            main,
            "/web/guest/calendar",
            canonical="/web/guest/calendar",
            trail=[("หน้าหลัก", HOME), ("ปฏิทินกิจกรรม", None)],
        )

    def event_page(self, e: tuple) -> str:
        eid, day, start, end, title, place, desc = e
        d = date.fromisoformat(day)
        inner = f'<div class="calendar-booking-view"><p><a href="/web/guest/calendar">« กลับไปที่ปฏิทิน</a></p><h3 class="calendar-booking-title">{esc(title)}</h3><dl class="property-list"><dt>วันที่</dt><dd>วัน{WEEKDAYS[d.weekday()]}ที่ {thai_long(d)} {start} – {end}</dd><dt>สถานที่</dt><dd>{esc(place)}</dd><dt>ปฏิทิน</dt><dd>{SITE}</dd></dl><div class="calendar-booking-description"><p>{esc(desc)}</p></div><a class="btn btn-secondary btn-sm" href="{attr(self.cal_url("month", d))}">ดูในปฏิทินเดือน</a></div>'
        main = self.portlet(CAL, "portlet-calendar", "ปฏิทินกิจกรรม", inner)
        return self.page(
            self.event_url(eid),
            f"{title} - ปฏิทินกิจกรรม - {SITE}",
            main,
            "/web/guest/calendar",
            canonical="/web/guest/calendar",
            trail=[("หน้าหลัก", HOME), ("ปฏิทินกิจกรรม", "/web/guest/calendar"), (title, None)],
        )

    # -- search, login ----------------------------------------------------------------------
    def search_page(self, q: str | None) -> str:
        current = "/web/guest/search" + (f"?q={enc(q)}" if q is not None else "")
        if q:
            hits = [a for a in self.newest if q in a.title or any(q in p for p in self.plain(a))]
            body = (
                f'<p class="search-total-label">พบ {len(hits)} ผลลัพธ์สำหรับ <strong>{esc(q)}</strong></p><ul class="list-unstyled">'
                + "".join(
                    f'<li class="search-results-entry mb-3"><span class="badge">เนื้อหาเว็บ</span> <a class="link-primary" href="{attr(a.friendly)}">{esc(a.title)}</a><p class="search-document-content text-default">{esc(self.summary(a))}</p></li>'
                    for a in hits[:20]
                )
                + "</ul>"
            )
        else:
            body = '<div class="alert alert-info">กรุณาพิมพ์คำที่ต้องการค้นหา</div>'
        main = self.portlet(
            "com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet_INSTANCE_srch2Lq8Vb0e",
            "portlet-search-results",
            "ผลการค้นหา",
            body,
        )
        return self.page(current, f"ค้นหา - {SITE}", main, "/web/guest/search", canonical="/web/guest/search")

    def login_page(self, current: str) -> str:
        inner = f'<form action="/web/guest/home?p_p_id={LOGIN}&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_{LOGIN}_javax.portlet.action=%2Flogin%2Flogin" method="post"><div class="form-group"><label for="_{LOGIN}_login">ที่อยู่อีเมล</label><input class="form-control" id="_{LOGIN}_login" name="_{LOGIN}_login" type="text" /></div><div class="form-group"><label for="_{LOGIN}_password">รหัสผ่าน</label><input class="form-control" id="_{LOGIN}_password" name="_{LOGIN}_password" type="password" /></div><button class="btn btn-primary" type="submit">ลงชื่อเข้าใช้</button></form>'
        main = self.portlet(LOGIN, "portlet-login", "ลงชื่อเข้าใช้", inner)
        return self.page(current, f"ลงชื่อเข้าใช้ - {SITE}", main, HOME, canonical=HOME, signin=False)

    @staticmethod
    def login_portlet_url(redirect: str) -> str:
        return purl(
            HOME,
            [
                ("p_p_id", LOGIN),
                ("p_p_lifecycle", "0"),
                ("p_p_state", "maximized"),
                ("p_p_mode", "view"),
                ("saveLastPath", "false"),
                (f"_{LOGIN}_mvcRenderCommandName", "/login/login"),
                (f"_{LOGIN}_redirect", redirect),
            ],
        )

    # -- machine files ----------------------------------------------------------------------
    def atom(self) -> Response:
        entries = []
        for a in self.newest[:20]:
            dt = local_dt(a.day, a.hm).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            entries.append(
                f'<entry><title>{esc(a.title)}</title><link rel="alternate" href="{attr(self.u(a.friendly))}" /><author><name>{esc(AUTHORS[a.author])}</name></author><id>{attr(self.u(a.friendly))}</id><updated>{dt}</updated><published>{dt}</published><summary type="text">{esc(self.summary(a))}</summary><dc:date>{dt}</dc:date></entry>'
            )
        top = local_dt(self.newest[0].day, self.newest[0].hm).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><title>ข่าวประชาสัมพันธ์</title><link rel="alternate" href="{attr(self.u(NEWS))}" /><subtitle>ข่าวประชาสัมพันธ์</subtitle><id>{attr(self.u(NEWS))}</id><updated>{top}</updated><dc:date>{top}</dc:date>{"".join(entries)}</feed>\n'
        return Response(200, (("Content-Type", "text/xml;charset=UTF-8"),), xml.encode())

    def sitemap(self) -> Response:
        urls = []
        for plid, path, _, parent in LAYOUTS:
            if parent < 0:
                continue
            pr = "1.0" if path == HOME else "0.5"
            urls.append(
                f"<url><loc>{esc(self.u(path))}</loc><lastmod>2024-06-11T04:05:{plid:02d}Z</lastmod><changefreq>daily</changefreq><priority>{pr}</priority></url>"
            )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
            + "".join(urls)
            + "</urlset>"
        )
        return Response(200, (("Content-Type", "text/xml;charset=UTF-8"),), xml.encode())

    def not_found_page(self) -> str:
        main = self.portlet(
            "com_liferay_portal_kernel_servlet_taglib_ui_StatusPortlet",
            "portlet-status",
            None,
            '<h3 class="alert alert-danger">ไม่พบหน้าที่ร้องขอ</h3><p>ไม่พบ URL ที่ร้องขอ</p><a href="/">« กลับไปที่หน้าหลัก</a>',
        )
        return self.page("/404", f"สถานะ - {SITE}", main, HOME, canonical=HOME)

    # -- registration -----------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        for a in ARTS:  # the module's articles collect the aliases of this build only (one build per site)
            a.aliases.clear()
        # home copies (the first registered copy of each article alias wins: all copies registered)
        for path in ("/", "/home", HOME):
            self.add_page(path, self.home(path))
        # news listing and its copies
        self.add_page(NEWS, self.news_listing(10, 0))
        for delta in DELTAS:
            for cur in range(1, MAX_CUR + 1):
                self.add_page(self.news_page(delta, cur), self.news_listing(delta, cur))
        for cat in CATS:
            pages = max(1, -(-len(self.by_cat[cat]) // 10))
            for form in ("friendly", "param"):
                for cur in range(1, pages + 1):
                    self.add_page(self.cat_page(cat, form, cur), self.cat_listing(cat, form, cur))
        for tag in self.tags:
            self.add_page(self.tag_page(tag), self.tag_listing(tag))
        # articles: canonical and print copies
        for a in ARTS:
            site.add(a.friendly, self.html(self.article_page(a, a.friendly, "news", "normal", None)))
            pr = self.print_url(a)
            site.add(pr, self.html(self.article_page(a, pr, "news", "pop_up", None)))
            a.aliases.append(self.u(pr))
        self.static_pages()
        self.add_page("/web/guest/calendar", self.cal_view("month", TODAY, "/web/guest/calendar"))
        for e in EVENTS:
            self.add_page(self.event_url(e[0]), self.event_page(e))
        self.add_page("/web/guest/search", self.search_page(None))
        self.non_articles.append(self.u(self.login_portlet_url(HOME)))
        for a in ARTS:
            site.articles.append(
                FixtureArticle(
                    url=self.u(a.friendly),
                    aliases=tuple(sorted(set(a.aliases), key=a.aliases.index)),
                    title=a.title,
                    paragraphs=tuple(self.plain(a)),
                    published=a.day,
                    author=AUTHORS[a.author],
                    captions=tuple(b[2:].split(" | ")[1] for b in a.blocks if b.startswith("! ")),
                )
            )
        # assets
        theme = datetime(2023, 11, 13, 9, 0, tzinfo=BANGKOK)
        add_gif(site, "/o/suwan-theme/images/favicon.ico", theme)
        add_jpeg(site, f"/image/layout_set_logo?img_id=35301&t={THEME_T}", 128, 128, theme)
        for path, body, ctype in (
            (CSS_URL, "body{font-family:Sarabun,sans-serif}\n.asset-title{color:#0b4f8a}\n", "text/css"),
            (JS_URL, "AUI().ready(function(){});\n", "application/javascript"),
            (COMBO_URL, "var Liferay=Liferay||{};\n", "application/javascript"),
            ("/o/suwan-theme/images/clay/icons.svg", '<svg xmlns="http://www.w3.org/2000/svg"></svg>', "image/svg+xml"),
        ):
            add_text(site, path, body, ctype)
        site.add(self.rss_url(), self.atom())
        site.add("/sitemap.xml", self.sitemap())
        robots = (
            f"User-Agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /api/\n\nSitemap: {self.u('/sitemap.xml')}\n"
        )
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain;charset=UTF-8"),), robots.encode()))
        site.not_found = self.html(self.not_found_page(), status=404)
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_PAGER, TRAP_CALENDAR]
        site.dynamic = self.dynamic

    # -- made on request --------------------------------------------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        if path == "/c/portal/login":
            to = self.u(self.login_portlet_url(q.get("redirect", HOME)))
            return Response(302, (("Content-Type", "text/html;charset=UTF-8"), ("Location", to)))
        if path == HOME and q.get("p_p_id") == LOGIN:
            return self.html(self.login_page(path_and_query))
        if path == "/web/guest/calendar" and q.get("p_p_id") == CAL and f"_{CAL}_date" in q:
            view = q.get(f"_{CAL}_activeView", "month")
            if view not in ("month", "week", "day"):
                view = "month"
            try:
                d = datetime.fromtimestamp(int(q[f"_{CAL}_date"]) / 1000, BANGKOK).date()
            except (ValueError, OverflowError, OSError):
                return None
            if not 1 <= d.year <= 9998:
                return None
            return self.html(self.cal_view(view, d, path_and_query))
        if path == NEWS and q.get("p_p_id") == P_NEWS and f"_{P_NEWS}_cur" in q and "p_r_p_categoryId" not in q:
            try:
                cur = int(q[f"_{P_NEWS}_cur"])
                delta = int(q.get(f"_{P_NEWS}_delta", "10"))
            except ValueError:
                return None
            if delta not in DELTAS or not MAX_CUR < cur <= 10**7:
                return None
            return self.html(self.news_listing(delta, cur))
        if path == "/web/guest/search" and set(q) == {"q"}:
            return self.html(self.search_page(q["q"]))
        # an article under any other redirect / query: Liferay only uses it for the back arrow
        for a in ARTS:
            if path == unquote(a.friendly) or (
                path in (NEWS, HOME) and q.get(f"_{q.get('p_p_id', '')}_assetEntryId") == str(a.entry)
            ):
                back = q.get(f"_{q.get('p_p_id', P_NEWS)}_redirect")
                return self.html(
                    self.article_page(
                        a, path_and_query, "news", "normal", back if back and back.startswith("/") else None
                    )
                )
        return None


TRAP_PAGER = r"_AssetPublisherPortlet_INSTANCE_[A-Za-z0-9]+_cur=(?:[6-9]|[1-9]\d+)(?:&|$)"
TRAP_CALENDAR = r"^/web/guest/calendar\?(?:.*&)?_com_liferay_calendar_web_portlet_CalendarPortlet_date=-?\d+"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY, base_url, disallowed_paths=["/c/", "/group/", "/api/"], server_software="Apache-Coyote/1.1"
    )
    _Liferay(site).register()
    return site

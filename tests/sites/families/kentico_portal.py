# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""kentico_portal: a เทศบาลนคร site on Kentico 12 (portal engine, ASP.NET WebForms on IIS 10).

เทศบาลนครพิมานนที, จังหวัดพิมานนที (fictional).  UTF-8, ``Server: Microsoft-IIS/10.0``,
``X-AspNet-Version``, Kentico cookies (``CMSPreferredCulture``, ``CMSCsrfCookie``), every page one
``<form method="post" action="..." id="form">`` with ``__VIEWSTATE``, ``__CMSCsrfToken``, ``lng`` and
``p_lt_ctlNN_...`` / ``ctl00_...`` control ids; the .NET ``th-TH`` culture prints Buddhist-era dates
(``12/3/2567``, ``อังคารที่ 12 มีนาคม พ.ศ. 2567``), ``?lang=en-US`` prints them Gregorian.  TODAY 2024-07-15.

URL shapes (cultures th-TH, en-US, "use language prefix", extension-less friendly URLs; ``.aspx`` works too)
* press releases (gold): ``/th/ข่าวสาร/ข่าวประชาสัมพันธ์/<พ.ศ.>/<NodeAlias>`` in year folders; notices
  (gold): ``/th/ข่าวสาร/ประกาศ/<NodeAlias>``.  NodeAlias as Kentico makes it from the document name:
  forbidden characters (space ``.`` ``:`` ``"`` ...) to ``-``, parentheses and commas kept, cut at 50
  characters (mid-cluster for Thai), ``-1`` for a duplicate; a few aliases typed by the editor (ASCII).
  Listings print them percent-encoded, the menu raw.
* gold aliases of every post: ``<url>.aspx`` (sidebars, the Google sitemap), ``<url>?lang=th-TH`` and
  ``<url>?lang=en-US`` (the language selector; en-US shows the Thai text under English chrome because
  "combine with default culture" is on), ``/getdoc/<NodeGUID>/<alias>.aspx`` (RSS, some bodies; 301 to
  the URL); some posts also ``/ข่าวสาร/...`` without the language prefix (old bodies, 200) and one
  renamed post its old alias (301, still in the cached sitemap).
* listings: ``/th/ข่าวสาร`` (all news, 8 a page, DataPager in postback mode: ``javascript:__doPostBack``
  only), ``/th/ข่าวสาร/ข่าวประชาสัมพันธ์`` (5 a page, UniPager ``?page=N``; the next-group "..." is a
  postback), year folders ``.../2566``, ``.../2567`` (all of the year), ``/th/ข่าวสาร/ประกาศ`` (latest 4,
  postback pager only: the 2 oldest notices only in the sitemap, the RSS and a body link).
* home ``/`` (= ``/th/หน้าแรก``): latest 4 press, latest 3 notices, banner, mini calendar.
* ``/th/ข่าวสาร?rss=news`` (RSS web part, latest 10, links in CDATA as getdoc URLs); ``/sitemap.xml``
  (= ``/googlesitemap.xml``, Kentico Google sitemap, ``.aspx`` URLs, lastmod in the Buddhist year,
  cached: lacks the newest post, keeps a renamed alias and a deleted post).
* static pages (non-articles): history, vision, general info, executives (staff), contact, ITA
  (``/getattachment/<guid>/<name>.pdf`` links), e-Service BizForm, search, HTML site map, privacy,
  events and event pages, English pages; ``/th/เกี่ยวกับเทศบาล`` and ``/th/บริการประชาชน`` 302 to their
  first child; unknown ``.aspx`` / extension-less ``/th/`` and ``/en/`` paths 302 to the soft-404
  ``/th/Special-Pages/Page-Not-Found.aspx?aspxerrorpath=...`` (200); other paths: the IIS 404.

Traps (``trap_patterns``, answered by ``dynamic``)
* ``TRAP_CALENDAR``: ``/th/กิจกรรม/Calendar?month=M&year=<พ.ศ.>`` for ANY month of any year, each linking
  the previous and next month (the ASP.NET Calendar's own arrows are postbacks).
* ``TRAP_SEARCH``: smart search ``/th/ค้นหา?searchtext=...&searchmode=...`` for any text, with
  "คุณหมายถึง" / "ค้นหาเพิ่มเติม" links that append a word (growing forever) and search-mode toggles.
* ``TRAP_SORT``: the press listing's sort bar ``?sort=newest|oldest|views``; sorted pages have a custom
  pager that always links ``&page=N+1`` ("ไม่พบข้อมูล" beyond the end), so it never ends.

Gold: 19 posts (13 press releases, 6 notices) 2023-02-14 .. 2024-07-10, oldest first.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from ..media import jpeg, pdf
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, EN_MONTHS, MONTHS, MONTHS_ABBR, http_date, local_dt
from .common import attr, esc

FAMILY = "kentico_portal"
SITE = "เทศบาลนครพิมานนที"
SITE_EN = "Phiman Nathi City Municipality"
PROVINCE = "จังหวัดพิมานนที"
ADDRESS = "เลขที่ 199 ถนนเทศบาลสาย 3 ตำบลในเมือง อำเภอเมืองพิมานนที จังหวัดพิมานนที 61990"
PHONE = "0 4461 2200"
FAX = "0 4461 2299"
EMAIL = "saraban@phimannathi.go.th"
MAYOR = "นายสุรเชษฐ์ วงศ์ทองดี"
TODAY = date(2024, 7, 15)
DEPLOY = datetime(2024, 7, 15, 8, 12, 40, tzinfo=BANGKOK)
SITEMAP_CACHED = date(2024, 7, 2)  # the Google sitemap is output-cached: built before the newest post

PRESS = "/th/ข่าวสาร/ข่าวประชาสัมพันธ์"
NOTICES = "/th/ข่าวสาร/ประกาศ"
NEWS = "/th/ข่าวสาร"
HOME_TH = "/th/หน้าแรก"
EVENTS = "/th/กิจกรรม"
CALENDAR = "/th/กิจกรรม/Calendar"
SEARCH = "/th/ค้นหา"
ABOUT = "/th/เกี่ยวกับเทศบาล"
HISTORY = ABOUT + "/ประวัติความเป็นมา"
VISION = ABOUT + "/วิสัยทัศน์-พันธกิจ"
GENERAL = ABOUT + "/ข้อมูลทั่วไป"
EXECUTIVES = ABOUT + "/คณะผู้บริหาร"
CONTACT = "/th/ติดต่อเรา"
ITA = "/th/ITA"
SERVICES = "/th/บริการประชาชน"
ESERVICE = SERVICES + "/e-Service"
SITEMAP_PAGE = "/th/แผนผังเว็บไซต์"
PRIVACY = "/th/นโยบายคุ้มครองข้อมูลส่วนบุคคล"
NOT_FOUND = "/th/Special-Pages/Page-Not-Found"
EN_HOME = "/en/Home"
EN_ABOUT = "/en/About-Us"
EN_CONTACT = "/en/Contact-Us"
RSS = NEWS + "?rss=news"

PRESS_PER_PAGE = 5
NEWS_PER_PAGE = 8
NOTICES_SHOWN = 4
RSS_LIMIT = 10

TRAP_CALENDAR = r"/Calendar(?:\.aspx)?\?(?:.*&)?(?:month|year)="
TRAP_SEARCH = r"[?&]searchtext="
TRAP_SORT = r"[?&]sort="

HTML_HEADERS = (
    ("Content-Type", "text/html; charset=utf-8"),
    ("Cache-Control", "private"),
    ("X-AspNet-Version", "4.0.30319"),
    ("X-Powered-By", "ASP.NET"),
    ("Set-Cookie", "CMSPreferredCulture=th-TH; expires=Tue, 15-Jul-2025 01:12:40 GMT; path=/; HttpOnly"),
    ("Set-Cookie", "CMSCsrfCookie=Qm9Nk2xR7tYvWc3Lp8ZsEa1Hd6Gf0JuI4Ko5Mn9B; path=/; HttpOnly"),
)

TH_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def guid(seed: str) -> str:
    h = _h("guid:" + seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def enc(path: str) -> str:
    """How Kentico's GetDocumentUrl() prints a path: UTF-8 percent-encoding, upper-case hex."""
    return quote(path, safe="/-(),_~")


_FORBIDDEN = re.compile(r"[\\/:*?\"<>|&%.'#\[\]+=„“”‘’!\s]+")


def node_alias(name: str, taken: set[str] | None = None) -> str:
    """Kentico's safe NodeAlias: forbidden characters to '-', at most 50 characters, unique under the parent."""
    alias = _FORBIDDEN.sub("-", name)
    alias = re.sub("-{2,}", "-", alias).strip("-")[:50].rstrip("-")
    if taken is not None:
        base, n = alias, 0
        while alias in taken:
            n += 1
            alias = base[: 50 - len(str(n)) - 1].rstrip("-") + f"-{n}"
        taken.add(alias)
    return alias


def th_short(d: date) -> str:
    """.NET th-TH ShortDatePattern d/M/yyyy on the Thai Buddhist calendar."""
    return f"{d.day}/{d.month}/{d.year + 543}"


def th_long(d: date) -> str:
    """.NET th-TH LongDatePattern: 'อังคารที่ 12 มีนาคม พ.ศ. 2567'."""
    return f"{TH_WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"


def th_abbr(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def en_long(d: date) -> str:
    return f"{EN_WEEKDAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def en_short(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def viewstate(seed: str, blocks: int = 6) -> str:
    raw = b"".join(hashlib.sha256(f"{FAMILY}:vs:{seed}:{i}".encode()).digest() for i in range(blocks))
    return "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QW" + base64.b64encode(raw).decode()


@dataclass(frozen=True)
class Post:
    key: str  # P1.. press, N1.. notices
    day: str
    hm: str
    title: str
    alias_set: str | None  # typed by the editor (None: made from the title)
    old_alias: str | None  # renamed: the alias before (Kentico keeps it, 301)
    author: str | None
    figure: str | None  # teaser photo caption (figure above the text)
    body: tuple[str, ...]  # lines; "C: caption" = inline photo; "[text](ref)" links
    attachment: str | None  # "file.pdf|label"

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def press(self) -> bool:
        return self.key.startswith("P")

    @property
    def node_guid(self) -> str:
        return guid("node:" + self.key)


AUTHORS = (
    "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
    "งานกิจการสภา สำนักปลัดเทศบาล",
    "สำนักการศึกษา",
    "สำนักการคลัง",
    "สำนักการสาธารณสุขและสิ่งแวดล้อม",
)

# "## key yyyy-mm-dd hh:mm | editor alias (-) | alias before a rename (-) | author index (-) | file.pdf|label (-)"
# T: title, F: caption of the teaser photo, then body lines ("C: caption" = a photo inside the text;
# links "[text](getdoc:KEY|noprefix:KEY|aspx:KEY|page:CONST|ext:URL)").
SPEC = """
## P1 2023-02-14 09:20 | - | - | 0 | -
T: เทศบาลนครพิมานนทีรณรงค์คัดแยกขยะต้นทางในชุมชนเขตเทศบาล ประจำปี 2566
F: นายกเทศมนตรีนครพิมานนทีมอบถังขยะเปียกให้ตัวแทนชุมชนหลังวัดกลาง
เมื่อวันอังคารที่ 14 กุมภาพันธ์ 2566 เวลา 09.00 น. นายสุรเชษฐ์ วงศ์ทองดี นายกเทศมนตรีนครพิมานนที เป็นประธานเปิดโครงการรณรงค์คัดแยกขยะต้นทางในชุมชนเขตเทศบาล ประจำปี 2566 ณ ศาลาประชาคมชุมชนหลังวัดกลาง โดยมีประธานชุมชนทั้ง 32 ชุมชน อาสาสมัครพิทักษ์สิ่งแวดล้อม และเจ้าหน้าที่สำนักการสาธารณสุขและสิ่งแวดล้อมเข้าร่วมกว่า 250 คน
ภายในงานมีการสาธิตการทำถังขยะเปียกลดโลกร้อนจากถังพลาสติกเหลือใช้ การแยกขวดพลาสติก กระป๋อง และกระดาษเพื่อนำไปขายให้ธนาคารขยะชุมชน พร้อมมอบถังขยะเปียกจำนวน 500 ใบให้แก่ครัวเรือนนำร่อง
นายกเทศมนตรีกล่าวว่า ปัจจุบันเทศบาลต้องเก็บขนขยะวันละประมาณ 118 ตัน หากทุกครัวเรือนช่วยกันคัดแยกขยะอินทรีย์ออกตั้งแต่ต้นทาง จะลดปริมาณขยะที่ต้องนำไปฝังกลบได้ไม่น้อยกว่าร้อยละ 30 และช่วยประหยัดงบประมาณค่ากำจัดขยะได้ปีละหลายล้านบาท
ชุมชนที่สนใจเข้าร่วมโครงการสามารถติดต่อได้ที่ฝ่ายบริการสาธารณสุข สำนักการสาธารณสุขและสิ่งแวดล้อม โทร. 0 4461 2200 ต่อ 301

## P2 2023-04-12 10:30 | songkran-2566 | - | 0 | -
T: สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ เทศบาลนครพิมานนที ประจำปี 2566
F: คณะผู้บริหารรดน้ำขอพรผู้สูงอายุ ณ ลานหน้าอาคารสำนักงานเทศบาล
วันพุธที่ 12 เมษายน 2566 เทศบาลนครพิมานนทีจัดงานสืบสานประเพณีสงกรานต์และวันผู้สูงอายุ ณ ลานหน้าอาคารสำนักงานเทศบาลนครพิมานนที เริ่มด้วยพิธีสรงน้ำพระพุทธรูปประจำเมือง และพิธีทำบุญตักบาตรข้าวสารอาหารแห้ง
จากนั้นคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาลได้ร่วมรดน้ำขอพรจากผู้สูงอายุกว่า 400 คน ที่มาจากชมรมผู้สูงอายุทุกชุมชน พร้อมมอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุครบ 100 ปีขึ้นไป จำนวน 6 คน
ช่วงบ่ายมีการประกวดขบวนแห่นางสงกรานต์ การแข่งขันก่อเจดีย์ทราย และการแสดงดนตรีพื้นเมืองจากโรงเรียนในสังกัดเทศบาล ซึ่งได้รับความสนใจจากประชาชนและนักท่องเที่ยวเป็นจำนวนมาก

## P3 2023-06-05 15:10 | - | - | 0 | -
T: วันสิ่งแวดล้อมโลก 2566 ร่วมปลูกต้นไม้ 2,000 ต้น ริมฝั่งแม่น้ำพิมาน
F: จิตอาสาร่วมปลูกต้นยางนาบริเวณสวนสาธารณะริมแม่น้ำพิมาน
เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2566 เทศบาลนครพิมานนทีร่วมกับสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดพิมานนที สถานศึกษา และภาคเอกชน จัดกิจกรรมปลูกต้นไม้จำนวน 2,000 ต้น ตลอดแนวสวนสาธารณะริมฝั่งแม่น้ำพิมาน ระยะทางประมาณ 1.5 กิโลเมตร
พันธุ์ไม้ที่นำมาปลูกประกอบด้วยต้นยางนา ต้นตะเคียนทอง ต้นอินทนิล และต้นราชพฤกษ์ ซึ่งจะช่วยเพิ่มพื้นที่สีเขียว ให้ร่มเงาแก่ผู้มาใช้บริการสวนสาธารณะ และช่วยลดการพังทลายของตลิ่งในฤดูน้ำหลาก
C: นักเรียนโรงเรียนเทศบาล 2 ร่วมรดน้ำต้นไม้หลังเสร็จพิธี
นอกจากนี้ ยังมีการมอบกล้าไม้ให้ประชาชนนำไปปลูกที่บ้านคนละ 2 ต้น และการเสวนาเรื่องการลดใช้พลาสติกแบบใช้ครั้งเดียวทิ้งในสถานที่ราชการ
กิจกรรมครั้งนี้ต่อยอดจาก[โครงการรณรงค์คัดแยกขยะต้นทางในชุมชน](noprefix:P1) ที่เทศบาลดำเนินการมาตั้งแต่ต้นปี

## P4 2023-08-23 06:45 | - | - | - | -
T: เทศบาลนครพิมานนทีเปิดศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ (Day Care) แห่งที่ 2 ชุมชนโนนสว่าง
เช้าวันพุธที่ 23 สิงหาคม 2566 นายสุรเชษฐ์ วงศ์ทองดี นายกเทศมนตรีนครพิมานนที เป็นประธานพิธีเปิดศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ (Day Care) แห่งที่ 2 ณ ชุมชนโนนสว่าง ซึ่งปรับปรุงจากอาคารอเนกประสงค์เดิมของชุมชนด้วยงบประมาณ 1,250,000 บาท
ศูนย์แห่งนี้เปิดให้บริการทุกวันจันทร์ถึงวันศุกร์ เวลา 08.00 - 16.00 น. มีนักกายภาพบำบัดและผู้ดูแลผู้สูงอายุประจำ จัดกิจกรรมออกกำลังกาย ฝึกความจำ งานฝีมือ และบริการอาหารกลางวันโดยไม่เสียค่าใช้จ่าย รับผู้สูงอายุได้วันละไม่เกิน 40 คน
ผู้สูงอายุที่ประสงค์ใช้บริการ หรือญาติที่ต้องการสอบถามข้อมูล ติดต่อได้ที่ฝ่ายพัฒนาชุมชน กองสวัสดิการสังคม โทร. 0 4461 2200 ต่อ 402

## P5 2023-10-02 14:00 | - | - | 1 | -
T: สภาเทศบาลนครพิมานนทีมีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2567
วันจันทร์ที่ 2 ตุลาคม 2566 สภาเทศบาลนครพิมานนทีได้ประชุมสมัยวิสามัญ สมัยที่ 1 ประจำปี 2566 ณ ห้องประชุมสภาเทศบาล ชั้น 3 โดยมีนายชาญวิทย์ บุญเรือง ประธานสภาเทศบาล เป็นประธานการประชุม
ที่ประชุมได้พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ในวาระที่ 2 และวาระที่ 3 ตั้งงบประมาณรายจ่ายไว้ทั้งสิ้น 842,600,000 บาท โดยแผนงานที่ได้รับงบประมาณสูงสุด ได้แก่ แผนงานการศึกษา แผนงานเคหะและชุมชน และแผนงานสาธารณสุข ตามลำดับ
สมาชิกสภาเทศบาลได้อภิปรายและเสนอแปรญัตติในหลายประเด็น โดยเฉพาะงบประมาณการแก้ไขปัญหาน้ำท่วมขังในเขตชุมชนริมทางรถไฟ และการติดตั้งไฟฟ้าส่องสว่างในซอยต่าง ๆ ก่อนลงมติเห็นชอบด้วยคะแนนเสียง 20 ต่อ 0 งดออกเสียง 2 เสียง
ทั้งนี้ เทศบาลจะนำร่างเทศบัญญัติเสนอผู้ว่าราชการจังหวัดพิมานนทีพิจารณาอนุมัติ และประกาศใช้ต่อไป

## P6 2023-11-27 18:30 | loy-krathong-2566 | ประเพณีลอยกระทงเมืองพิมานนที ประจำปี 2566 | 0 | -
T: บรรยากาศงานประเพณีลอยกระทงเมืองพิมานนที ประจำปี 2566 คึกคัก ประชาชนร่วมงานนับหมื่นคน
F: ขบวนกระทงใหญ่จากชุมชนต่าง ๆ เคลื่อนผ่านถนนริมแม่น้ำพิมาน
คืนวันจันทร์ที่ 27 พฤศจิกายน 2566 เทศบาลนครพิมานนทีจัดงานประเพณีลอยกระทงเมืองพิมานนที ประจำปี 2566 ณ ท่าน้ำหน้าวัดกลางและสวนสาธารณะริมแม่น้ำพิมาน โดยมีนายอำเภอเมืองพิมานนทีเป็นประธานในพิธีเปิด
ภายในงานมีขบวนแห่กระทงใหญ่จาก 12 ชุมชน การประกวดนางนพมาศ การประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ และตลาดอาหารพื้นเมือง มีประชาชนและนักท่องเที่ยวร่วมงานตลอดทั้งคืนนับหมื่นคน
ผลการประกวดกระทงใหญ่ รางวัลชนะเลิศ ได้แก่ ชุมชนท่าน้ำ รางวัลรองชนะเลิศอันดับ 1 ได้แก่ ชุมชนหลังวัดกลาง และรางวัลรองชนะเลิศอันดับ 2 ได้แก่ ชุมชนโนนสว่าง
หลังเสร็จงาน เจ้าหน้าที่ได้เก็บกระทงในแม่น้ำได้ทั้งสิ้น 18,450 ใบ ในจำนวนนี้เป็นกระทงจากวัสดุธรรมชาติร้อยละ 94 เพิ่มขึ้นจากปีที่ผ่านมา
เทศบาลขอขอบคุณประชาชนทุกท่านที่ร่วมกันงดใช้กระทงโฟมและช่วยกันรักษาความสะอาดของแม่น้ำพิมาน

## P7 2023-12-28 08:30 | - | - | - | -
T: ตั้งจุดบริการประชาชนลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2567
เทศบาลนครพิมานนทีโดยฝ่ายป้องกันและบรรเทาสาธารณภัย ร่วมกับสถานีตำรวจภูธรเมืองพิมานนที และมูลนิธิกู้ภัยในพื้นที่ ตั้งจุดบริการประชาชนจำนวน 3 จุด บริเวณวงเวียนหอนาฬิกา หน้าสถานีขนส่งผู้โดยสาร และทางแยกเข้าตลาดสด ระหว่างวันที่ 28 ธันวาคม 2566 ถึงวันที่ 4 มกราคม 2567
จุดบริการมีเจ้าหน้าที่ อปพร. ปฏิบัติหน้าที่ตลอด 24 ชั่วโมง ให้บริการน้ำดื่ม เครื่องดื่มร้อน ห้องสุขา และมุมพักผ่อนสำหรับผู้เดินทาง พร้อมรถดับเพลิงและรถกู้ภัยประจำจุดเพื่อรับมือเหตุฉุกเฉิน
ขอความร่วมมือผู้ขับขี่ทุกคนเคารพกฎจราจร ไม่ดื่มแล้วขับ สวมหมวกนิรภัยและคาดเข็มขัดนิรภัยทุกครั้ง หากพบเหตุฉุกเฉินแจ้งได้ที่สายด่วน 199 หรือศูนย์วิทยุเทศบาลนครพิมานนที

## P8 2024-01-13 09:00 | - | - | 2 | -
T: งานวันเด็กแห่งชาติ ประจำปี 2567 เทศบาลนครพิมานนที "เด็กพิมานนที คิดดี ทำดี มีวินัย"
F: เด็ก ๆ ร่วมกิจกรรมซุ้มเกมของหน่วยงานต่าง ๆ ภายในงาน
วันเสาร์ที่ 13 มกราคม 2567 เทศบาลนครพิมานนทีจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬาเทศบาลนครพิมานนที ภายใต้คำขวัญ "เด็กพิมานนที คิดดี ทำดี มีวินัย" มีเด็ก เยาวชน และผู้ปกครองร่วมงานกว่า 5,000 คน
ภายในงานมีซุ้มเกมและกิจกรรมจากส่วนราชการ หน่วยทหาร โรงเรียน และภาคเอกชนกว่า 60 ซุ้ม การจัดแสดงรถดับเพลิงและเครื่องมือกู้ภัย การแสดงบนเวทีของนักเรียนโรงเรียนในสังกัดเทศบาลทั้ง 8 แห่ง และการจับรางวัลของขวัญกว่า 2,000 รางวัล
นายกเทศมนตรีนครพิมานนทีได้มอบทุนการศึกษาให้แก่นักเรียนที่มีผลการเรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 40 ทุน ทุนละ 3,000 บาท และมอบรางวัลเด็กดีเด่นประจำปีแก่เด็กและเยาวชนที่มีผลงานด้านคุณธรรมและจิตอาสา
ดูภาพกิจกรรมเพิ่มเติมได้ที่[เพจ Facebook ของเทศบาล](ext:https://www.facebook.com/phimannathicity)

## P9 2024-02-20 13:45 | - | - | 4 | -
T: สำนักการสาธารณสุขฯ ระดมพ่นหมอกควันกำจัดยุงลาย ป้องกันโรคไข้เลือดออกในชุมชน
F: เจ้าหน้าที่พ่นหมอกควันกำจัดยุงลายในชุมชนริมทางรถไฟ
สำนักการสาธารณสุขและสิ่งแวดล้อม เทศบาลนครพิมานนที ได้รับรายงานพบผู้ป่วยโรคไข้เลือดออกในเขตเทศบาล 7 ราย ตั้งแต่ต้นเดือนกุมภาพันธ์ 2567 จึงได้ระดมเจ้าหน้าที่ออกพ่นหมอกควันกำจัดยุงลายตัวเต็มวัยในรัศมี 100 เมตรรอบบ้านผู้ป่วย และในสถานศึกษา วัด และชุมชนใกล้เคียง
พร้อมกันนี้ อาสาสมัครสาธารณสุขประจำหมู่บ้านได้ออกสำรวจและทำลายแหล่งเพาะพันธุ์ลูกน้ำยุงลาย แจกทรายกำจัดลูกน้ำและโลชั่นทากันยุงให้แก่ครัวเรือนในพื้นที่เสี่ยง
ขอให้ประชาชนปฏิบัติตามมาตรการ 3 เก็บ ได้แก่ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด หากมีไข้สูงลอยเกิน 2 วัน ให้รีบไปพบแพทย์ทันที และห้ามรับประทานยาแอสไพรินหรือไอบูโพรเฟนโดยเด็ดขาด

## P10 2024-03-12 10:20 | mobile-tax-2567 | - | 3 | -
T: เทศบาลนครพิมานนทีออกหน่วยรับชำระภาษีเคลื่อนที่ตามชุมชน อำนวยความสะดวกผู้เสียภาษี ปี 2567
สำนักการคลัง เทศบาลนครพิมานนที ออกหน่วยบริการรับชำระภาษีที่ดินและสิ่งปลูกสร้างและภาษีป้ายเคลื่อนที่ตามชุมชนต่าง ๆ ระหว่างวันที่ 12 - 29 มีนาคม 2567 เพื่ออำนวยความสะดวกให้แก่ผู้เสียภาษีที่ไม่สะดวกเดินทางมาชำระที่สำนักงานเทศบาล
ผู้เสียภาษีสามารถชำระด้วยเงินสด หรือสแกนคิวอาร์โค้ดผ่านแอปพลิเคชันของธนาคาร และรับใบเสร็จรับเงินได้ทันที โดยตารางออกหน่วยของแต่ละชุมชนได้แจ้งผ่านประธานชุมชนและเสียงตามสายแล้ว
ทั้งนี้ กำหนดชำระภาษีที่ดินและสิ่งปลูกสร้างประจำปี 2567 ภายในเดือนเมษายน 2567 หากพ้นกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามกฎหมาย ดูรายละเอียดได้ที่[ประกาศกำหนดระยะเวลาชำระภาษี](getdoc:N4)

## P11 2024-04-25 11:00 | - | - | 0 | -
T: เทศบาลนครพิมานนทีแจกจ่ายน้ำอุปโภคบริโภคช่วยเหลือประชาชนที่ได้รับผลกระทบจากภัยแล้ง
F: รถบรรทุกน้ำของเทศบาลแจกจ่ายน้ำให้ครัวเรือนในชุมชนหนองบัว
จากสถานการณ์ภัยแล้งและอากาศร้อนจัดในช่วงเดือนเมษายน 2567 ทำให้ระดับน้ำในแม่น้ำพิมานลดลงอย่างมาก ส่งผลให้ประชาชนในชุมชนที่อยู่ปลายเส้นท่อประปาได้รับน้ำไม่เพียงพอ เทศบาลนครพิมานนทีจึงได้จัดรถบรรทุกน้ำออกแจกจ่ายน้ำอุปโภคบริโภคให้แก่ประชาชนทุกวัน
ตั้งแต่วันที่ 18 เมษายน 2567 เป็นต้นมา เทศบาลได้แจกจ่ายน้ำไปแล้วกว่า 420,000 ลิตร ใน 9 ชุมชน และติดตั้งถังเก็บน้ำขนาด 2,000 ลิตร เพิ่มอีก 15 จุด
ประชาชนที่ประสบปัญหาขาดแคลนน้ำ สามารถแจ้งขอรับการช่วยเหลือได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย โทร. 199 หรือ 0 4461 2200 ต่อ 199 ตลอด 24 ชั่วโมง

## P12 2024-06-07 14:30 | - | - | - | -
T: ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) เพิ่มเติม 120 จุด เสริมความปลอดภัยในเขตเทศบาล
F: เจ้าหน้าที่ศูนย์ควบคุมกล้องวงจรปิดตรวจสอบภาพจากจุดติดตั้งใหม่
สำนักการช่าง เทศบาลนครพิมานนที ได้ดำเนินโครงการติดตั้งกล้องโทรทัศน์วงจรปิดเพิ่มเติมจำนวน 120 จุด ครอบคลุมทางแยกสำคัญ ตลาดสด สวนสาธารณะ และโรงเรียนในสังกัดเทศบาล แล้วเสร็จตามสัญญาเมื่อต้นเดือนมิถุนายน 2567
กล้องทุกตัวเชื่อมต่อกับศูนย์ควบคุมของเทศบาลผ่านโครงข่ายใยแก้วนำแสง บันทึกภาพได้ทั้งกลางวันและกลางคืน และสามารถสำรองข้อมูลภาพย้อนหลังได้ไม่น้อยกว่า 30 วัน ทำให้เขตเทศบาลมีกล้องวงจรปิดรวมทั้งสิ้น 486 จุด
ประชาชนที่ต้องการขอดูภาพจากกล้องวงจรปิดเพื่อประกอบการแจ้งความหรือเรียกร้องค่าเสียหาย สามารถยื่นคำร้องได้ที่ศูนย์ควบคุมกล้องวงจรปิด ชั้น 1 อาคารสำนักงานเทศบาล พร้อมสำเนาบัตรประจำตัวประชาชนและหลักฐานการแจ้งความ (ถ้ามี)
หากพบกล้องชำรุดหรือต้องการเสนอจุดติดตั้งเพิ่มเติม แจ้งได้ที่[ระบบรับเรื่องร้องเรียนออนไลน์](page:ESERVICE) หรือโทร. 0 4461 2200 ต่อ 510

## P13 2024-07-10 08:00 | - | - | 0 | -
T: เทศบาลนครพิมานนทีร่วมสืบสานประเพณีแห่เทียนเข้าพรรษา ประจำปี 2567
F: ขบวนต้นเทียนพรรษาของเทศบาลนครพิมานนที
วันพุธที่ 10 กรกฎาคม 2567 เทศบาลนครพิมานนทีร่วมกับวัดในเขตเทศบาล 14 วัด และชุมชนทั้ง 32 ชุมชน จัดกิจกรรมสืบสานประเพณีแห่เทียนเข้าพรรษา ประจำปี 2567 โดยเคลื่อนขบวนจากลานหน้าศาลากลางจังหวัดพิมานนทีไปตามถนนเทศบาลสาย 1 สู่วัดกลาง
ขบวนประกอบด้วยต้นเทียนพรรษาประเภทแกะสลักและติดพิมพ์จาก 14 คุ้มวัด ขบวนฟ้อนรำของนักเรียน และขบวนผ้าไตรจีวรที่ประชาชนร่วมกันถวาย โดยมีผู้ว่าราชการจังหวัดพิมานนทีเป็นประธานในพิธี
C: ต้นเทียนประเภทแกะสลักของคุ้มวัดกลางที่ได้รับรางวัลชนะเลิศ
ผลการประกวดต้นเทียนประเภทแกะสลัก รางวัลชนะเลิศ ได้แก่ คุ้มวัดกลาง ส่วนประเภทติดพิมพ์ รางวัลชนะเลิศ ได้แก่ คุ้มวัดโนนสว่าง ได้รับถ้วยรางวัลพร้อมเงินสนับสนุน 30,000 บาท
ต้นเทียนที่เข้าประกวดจะจัดแสดงให้ประชาชนเข้าชมที่ลานวัฒนธรรมริมแม่น้ำพิมานจนถึงวันที่ 21 กรกฎาคม 2567 ระหว่างเวลา 09.00 - 21.00 น.

## N1 2023-05-16 10:00 | - | - | - | ประกาศรับสมัครพนักงานขับรถยนต์.pdf|ประกาศรับสมัคร ตำแหน่งพนักงานขับรถยนต์
T: ประกาศเทศบาลนครพิมานนที เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ตำแหน่งพนักงานขับรถยนต์
ด้วยเทศบาลนครพิมานนทีประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งพนักงานขับรถยนต์ สังกัดสำนักปลัดเทศบาล จำนวน 2 อัตรา อัตราค่าตอบแทนเดือนละ 9,400 บาท พร้อมเงินเพิ่มการครองชีพชั่วคราว
ผู้ประสงค์จะสมัครยื่นใบสมัครด้วยตนเองได้ที่ฝ่ายการเจ้าหน้าที่ สำนักปลัดเทศบาล ชั้น 2 อาคารสำนักงานเทศบาลนครพิมานนที ตั้งแต่วันที่ 22 พฤษภาคม ถึงวันที่ 2 มิถุนายน 2566 ในวันและเวลาราชการ รายละเอียดตามประกาศที่แนบมาพร้อมนี้

## N2 2023-09-01 09:30 | - | - | - | ประกาศรับสมัครคนงานประจำรถขยะ.pdf|ประกาศรับสมัคร ตำแหน่งคนงานประจำรถขยะ
T: ประกาศเทศบาลนครพิมานนที เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ตำแหน่งคนงานประจำรถขยะ
ด้วยเทศบาลนครพิมานนทีประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ สังกัดสำนักการสาธารณสุขและสิ่งแวดล้อม จำนวน 6 อัตรา
ผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ มีสุขภาพแข็งแรง และสามารถปฏิบัติงานนอกเวลาราชการได้ ยื่นใบสมัครได้ตั้งแต่วันที่ 6 - 15 กันยายน 2566 ณ ฝ่ายการเจ้าหน้าที่ สำนักปลัดเทศบาล
ผู้ที่เคยสมัครตาม[ประกาศรับสมัครตำแหน่งพนักงานขับรถยนต์](getdoc:N1) และไม่ผ่านการเลือกสรร สามารถสมัครในตำแหน่งนี้ได้

## N3 2023-12-15 15:00 | - | - | - | -
T: ประกาศ เรื่อง งดเก็บขนขยะมูลฝอยในวันขึ้นปีใหม่ 1 มกราคม 2567
เทศบาลนครพิมานนทีขอแจ้งให้ประชาชนทราบว่า ในวันจันทร์ที่ 1 มกราคม 2567 จะงดให้บริการเก็บขนขยะมูลฝอยในทุกเส้นทาง เพื่อให้พนักงานได้พักผ่อนในวันขึ้นปีใหม่ และจะกลับมาให้บริการตามปกติในวันอังคารที่ 2 มกราคม 2567
ขอความร่วมมือประชาชนงดนำขยะออกมาวางหน้าบ้านในวันดังกล่าว และมัดปากถุงขยะให้แน่นเพื่อป้องกันสุนัขและแมวคุ้ยเขี่ย

## N4 2024-02-01 09:00 | - | - | - | ประกาศชำระภาษีที่ดิน2567.pdf|ประกาศกำหนดระยะเวลาชำระภาษี 2567
T: ประกาศเทศบาลนครพิมานนที เรื่อง กำหนดระยะเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2567
ตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 เทศบาลนครพิมานนทีได้ส่งแบบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2567 ให้แก่ผู้เสียภาษีแล้ว ขอให้ผู้เสียภาษีชำระภาษีภายในวันที่ 30 เมษายน 2567
ผู้เสียภาษีที่ไม่ชำระภาษีภายในเวลาที่กำหนด จะต้องเสียเบี้ยปรับร้อยละ 40 ของจำนวนภาษีที่ค้างชำระ และเงินเพิ่มอีกร้อยละ 1 ต่อเดือน
สามารถชำระภาษีได้ที่ฝ่ายพัฒนารายได้ สำนักการคลัง ในวันและเวลาราชการ หรือชำระผ่านหน่วยบริการเคลื่อนที่ตามชุมชน

## N5 2024-05-20 16:10 | - | - | - | -
T: ประกาศงดจ่ายน้ำประปาชั่วคราว วันพฤหัสบดีที่ 23 พฤษภาคม 2567
การประปาเทศบาลนครพิมานนทีขอแจ้งงดจ่ายน้ำประปาชั่วคราวในวันพฤหัสบดีที่ 23 พฤษภาคม 2567 ตั้งแต่เวลา 22.00 น. ถึงเวลา 05.00 น. ของวันรุ่งขึ้น เนื่องจากต้องเชื่อมท่อเมนประปาขนาด 400 มิลลิเมตร บริเวณสี่แยกหอนาฬิกา
พื้นที่ที่ได้รับผลกระทบ ได้แก่ ชุมชนท่าน้ำ ชุมชนหลังวัดกลาง ชุมชนตลาดเก่า และชุมชนริมทางรถไฟ ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า และขออภัยในความไม่สะดวกมา ณ โอกาสนี้

## N6 2024-07-01 10:45 | - | - | - | ร่างเทศบัญญัติควบคุมการเลี้ยงสัตว์.pdf|ร่างเทศบัญญัติและแบบแสดงความคิดเห็น
T: ประกาศเทศบาลนครพิมานนที เรื่อง การรับฟังความคิดเห็นต่อร่างเทศบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์ พ.ศ. ....
ด้วยเทศบาลนครพิมานนทีได้จัดทำร่างเทศบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์ พ.ศ. .... เพื่อใช้เป็นมาตรการในการดูแลสุขลักษณะและความปลอดภัยของประชาชน จึงขอรับฟังความคิดเห็นจากประชาชนและผู้มีส่วนได้เสีย
ผู้สนใจสามารถดาวน์โหลดร่างเทศบัญญัติและแบบแสดงความคิดเห็นได้จากเอกสารแนบท้ายประกาศนี้ และส่งความคิดเห็นได้ที่สำนักการสาธารณสุขและสิ่งแวดล้อม หรือทางอีเมล saraban@phimannathi.go.th ตั้งแต่วันที่ 1 - 31 กรกฎาคม 2567
เทศบาลจะนำความคิดเห็นที่ได้รับไปประกอบการพิจารณาปรับปรุงร่างเทศบัญญัติก่อนเสนอสภาเทศบาลต่อไป
"""

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def _parse(spec: str) -> tuple[Post, ...]:
    posts = []
    for block in spec.strip().split("\n## "):
        lines = [ln for ln in block.removeprefix("## ").strip().split("\n") if ln.strip()]
        head = [p.strip() for p in lines[0].split("|", 4)]
        key, day, hm = head[0].split()
        none = lambda v: None if v == "-" else v  # noqa: E731
        body = lines[1:]
        title = body.pop(0).removeprefix("T: ")
        figure = body.pop(0).removeprefix("F: ") if body[0].startswith("F: ") else None
        posts.append(
            Post(
                key=key,
                day=day,
                hm=hm,
                title=title,
                alias_set=none(head[1]),
                old_alias=none(head[2]),
                author=None if head[3] == "-" else AUTHORS[int(head[3])],
                figure=figure,
                body=tuple(body),
                attachment=none(head[4]),
            )
        )
    return tuple(posts)


POSTS = tuple(sorted(_parse(SPEC), key=lambda p: (p.day, p.hm)))  # oldest first
BY_KEY = {p.key: p for p in POSTS}
NEWEST = tuple(reversed(POSTS))
PRESS_NEWEST = tuple(p for p in NEWEST if p.press)
NOTICES_NEWEST = tuple(p for p in NEWEST if not p.press)


def _aliases() -> dict[str, str]:
    """NodeAlias of every post; unique per parent (year folder, or the notices folder)."""
    taken: dict[str, set[str]] = {}
    out = {}
    for p in POSTS:  # created oldest first: the later duplicate gets '-1'
        parent = f"press/{p.d.year}" if p.press else "notices"
        seen = taken.setdefault(parent, set())
        if p.alias_set:
            seen.add(p.alias_set)
            out[p.key] = p.alias_set
        else:
            out[p.key] = node_alias(p.title, seen)
    return out


ALIAS = _aliases()


def raw_path(p: Post) -> str:
    """NodeAliasPath with the language prefix, unencoded."""
    if p.press:
        return f"{PRESS}/{p.d.year + 543}/{ALIAS[p.key]}"
    return f"{NOTICES}/{ALIAS[p.key]}"


def main_path(p: Post) -> str:
    return enc(raw_path(p))


def getdoc_path(p: Post) -> str:
    return f"/getdoc/{p.node_guid}/{enc(ALIAS[p.key])}.aspx"


def old_path(p: Post) -> str | None:
    if not p.old_alias:
        return None
    return enc(f"{PRESS}/{p.d.year + 543}/{node_alias(p.old_alias)}")


def plain_text(line: str) -> str:
    return " ".join(LINK.sub(lambda m: m.group(1), line).split())


def gold_paragraphs(p: Post) -> tuple[str, ...]:
    return tuple(plain_text(ln) for ln in p.body if not ln.startswith("C: "))


def captions(p: Post) -> tuple[str, ...]:
    out = [p.figure] if p.figure else []
    out += [ln.removeprefix("C: ") for ln in p.body if ln.startswith("C: ")]
    return tuple(out)


def views(p: Post) -> int:
    days = (TODAY - p.d).days
    return 140 + days * 3 + int(_h("views:" + p.key, 4), 16) % 400


# Deleted in the CMS but still in the cached Google sitemap.
DELETED = f"{PRESS}/2566/" + node_alias("ประชาสัมพันธ์รับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ 3")

# -- chrome ---------------------------------------------------------------------------------------
UI = {
    "th": {
        "html": "th-th",
        "body": "THTH",
        "lng": "th-TH",
        "home": "หน้าแรก",
        "search": "ค้นหา",
        "search_ph": "ค้นหาข้อมูลภายในเว็บไซต์",
        "today": lambda d: f"วัน{th_long(d)}",
        "long": th_long,
        "short": th_short,
        "views": "เข้าชม {n} ครั้ง",
        "share": "แชร์ข่าวนี้",
        "print": "พิมพ์หน้านี้",
        "author": "ผู้เขียน",
        "latest": "ข่าวล่าสุด",
        "latest_notices": "ประกาศล่าสุด",
        "related": "ข่าวที่เกี่ยวข้อง",
        "attach": "เอกสารแนบ",
        "readmore": "อ่านต่อ",
        "all": "ดูทั้งหมด",
        "sitemap": "แผนผังเว็บไซต์",
        "privacy": "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        "staff": "สำหรับเจ้าหน้าที่",
        "visitors": "ผู้เข้าชมเว็บไซต์",
        "cookie": "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งานของท่าน",
        "accept": "ยอมรับ",
        "more": "อ่านเพิ่มเติม",
        "popular": "คำค้นยอดนิยม",
        "font": "ขนาดตัวอักษร",
    },
    "en": {
        "html": "en-us",
        "body": "ENUS",
        "lng": "en-US",
        "home": "Home",
        "search": "Search",
        "search_ph": "Search this site",
        "today": en_long,
        "long": en_long,
        "short": en_short,
        "views": "{n} views",
        "share": "Share",
        "print": "Print",
        "author": "Author",
        "latest": "Latest news",
        "latest_notices": "Announcements",
        "related": "Related news",
        "attach": "Attachments",
        "readmore": "Read more",
        "all": "View all",
        "sitemap": "Site map",
        "privacy": "Privacy policy",
        "staff": "Staff login",
        "visitors": "Visitors",
        "cookie": "This website uses cookies to improve your experience.",
        "accept": "Accept",
        "more": "Read more",
        "popular": "Popular searches",
        "font": "Font size",
    },
}

# Main menu (CSS list menu web part): caption, raw href, children.
MENU = (
    ("หน้าแรก", HOME_TH, ()),
    (
        "เกี่ยวกับเทศบาล",
        ABOUT,
        (
            ("ประวัติความเป็นมา", HISTORY),
            ("วิสัยทัศน์ พันธกิจ", VISION),
            ("ข้อมูลทั่วไป", GENERAL),
            ("คณะผู้บริหาร", EXECUTIVES),
        ),
    ),
    ("ข่าวสาร", NEWS, (("ข่าวประชาสัมพันธ์", PRESS), ("ประกาศ", NOTICES))),
    ("กิจกรรม", EVENTS, (("ปฏิทินกิจกรรม", CALENDAR),)),
    ("ITA", ITA, ()),
    ("บริการประชาชน", SERVICES, (("ร้องเรียน/ร้องทุกข์ (e-Service)", ESERVICE),)),
    ("ติดต่อเรา", CONTACT, ()),
)
ACTIVE = ' class="active"'
SELECTED = ' selected="selected"'
POPULAR = ("ภาษีที่ดิน", "รับสมัครงาน", "น้ำประปา", "ผู้สูงอายุ")
EN_TWIN = {"/": EN_HOME, HOME_TH: EN_HOME, ABOUT: EN_ABOUT, HISTORY: EN_ABOUT, CONTACT: EN_CONTACT}
TH_TWIN = {EN_HOME: HOME_TH, EN_ABOUT: HISTORY, EN_CONTACT: CONTACT}


def href(path: str, q: list[tuple[str, str]] | tuple = ()) -> str:
    """A link as Kentico's URL helpers print it: encoded path, encoded query, &amp; in HTML."""
    out = enc(path)
    if q:
        out += "?" + urlencode(list(q))
    return attr(out)


def att(seed: str, name: str, width: int, height: int) -> str:
    """A resized page attachment as Kentico links it."""
    return f"/getattachment/{guid('att:' + seed)}/{quote(name)}.aspx?width={width}&height={height}&ext=.jpg"


def media(seed: str, name: str, ext: str = ".jpg") -> str:
    return f"/getmedia/{guid('media:' + seed)}/{quote(name)}.aspx?ext={ext}"


class Chrome:
    """The master page template (portal engine) every page inherits."""

    def __init__(self, site: FixtureSite):
        self.site = site

    def u(self, path: str) -> str:
        return self.site.base_url + path

    def switcher(self, lang: str, path: str, q: list[tuple[str, str]]) -> str:
        th = href(TH_TWIN[path], q) if path in TH_TWIN else href(path, q + [("lang", "th-TH")])
        en = href(EN_TWIN[path], q) if path in EN_TWIN else href(path, q + [("lang", "en-US")])
        flag = "/CMSPages/GetResource.ashx?image=%5bImages.zip%5d%2fFlags%2f16x16%2f{}.png"
        sel = ' class="selected"'
        return f"""<div class="languageSelector">
                  <a href="{th}"{sel if lang == "th" else ""}><img src="{flag.format("th-TH")}" alt="ไทย" />&nbsp;ไทย</a>
                  <a href="{en}"{sel if lang == "en" else ""}><img src="{flag.format("en-US")}" alt="English" />&nbsp;English</a>
                </div>"""

    def menu(self, active: str) -> str:
        items = []
        for caption, path, children in MENU:
            on = active == path or active.startswith(path + "/")
            li = "CMSListMenuHighlightedLI" if on else "CMSListMenuLI"
            a = "CMSListMenuLinkHighlighted" if on else "CMSListMenuLink"
            sub = ""
            if children:
                sub = (
                    '\n      <ul class="CMSListMenuUL">'
                    + "".join(
                        f'\n        <li class="CMSListMenuLI"><a class="CMSListMenuLink" href="{attr(c_path)}">{esc(c_caption)}</a></li>'
                        for c_caption, c_path in children
                    )
                    + "\n      </ul>"
                )
            items.append(f'    <li class="{li}"><a class="{a}" href="{attr(path)}">{esc(caption)}</a>{sub}\n    </li>')
        return '<ul id="menuElem" class="CMSListMenuUL">\n' + "\n".join(items) + "\n  </ul>"

    @staticmethod
    def crumbs(items: list[tuple[str, str | None]], lang: str) -> str:
        parts = [f'<a href="/" class="CMSBreadCrumbsLink">{UI[lang]["home"]}</a>']
        for label, link in items:
            if link:
                parts.append(f'<a href="{href(link)}" class="CMSBreadCrumbsLink">{esc(label)}</a>')
            else:
                parts.append(f'<span  class="CMSBreadCrumbsCurrentItem">{esc(label)}</span>')
        sep = ' <span class="CMSBreadCrumbsSeparator">&gt;</span> '
        return f'<div class="breadcrumb-wrap"><div class="container">{sep.join(parts)}</div></div>'

    def footer(self, lang: str) -> str:
        t = UI[lang]
        pop = " ".join(
            f'<a href="{href(SEARCH, [("searchtext", w), ("searchmode", "anyword")])}">{esc(w)}</a>' for w in POPULAR
        )
        return f"""<footer class="footer">
  <div class="container">
    <div class="row">
      <div class="col-md-5">
        <img src="{media("logo-footer", "logo-white", ".png")}" alt="{SITE}" class="footer-logo" />
        <p class="footer-name"><strong>{SITE}</strong></p>
        <p>{esc(ADDRESS)}</p>
        <p>โทรศัพท์ <a href="tel:{PHONE.replace(" ", "")}">{PHONE}</a> โทรสาร {FAX}<br />อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
      </div>
      <div class="col-md-4">
        <h4>ลิงก์หน่วยงาน</h4>
        <ul class="footer-links">
          <li><a href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
          <li><a href="https://www.oic.go.th/" target="_blank">ศูนย์ข้อมูลข่าวสารของราชการ</a></li>
          <li><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></li>
          <li><a href="https://www.facebook.com/phimannathicity" target="_blank">Facebook เทศบาลนครพิมานนที</a></li>
          <li><a href="https://line.me/R/ti/p/@phimannathi" target="_blank">LINE Official @phimannathi</a></li>
        </ul>
      </div>
      <div class="col-md-3">
        <h4>{t["popular"]}</h4>
        <p class="popular-search">{pop}</p>
        <p><a href="{href(SITEMAP_PAGE)}">{t["sitemap"]}</a> | <a href="{href(PRIVACY)}">{t["privacy"]}</a> | <a href="{href(RSS.split("?")[0], [("rss", "news")])}">RSS</a></p>
        <p class="counter">{t["visitors"]} : <span id="p_lt_ctl11_Counter_lblCount">1,284,937</span></p>
      </div>
    </div>
  </div>
  <div class="copyright"><div class="container">&copy; 2567 {SITE} {PROVINCE} | <a href="/Admin/CMSAdministration.aspx" rel="nofollow">{t["staff"]}</a></div></div>
</footer>"""

    def frame(
        self,
        lang: str,
        path: str,
        q: list[tuple[str, str]],
        title: str,
        main: str,
        crumbs: list[tuple[str, str | None]] | None = None,
        desc: str = "",
        extra_head: str = "",
        body_extra: str = "",
    ) -> str:
        t = UI[lang]
        action = href(path, q + ([("lang", t["lng"])] if lang == "en" and not path.startswith("/en/") else []))
        seed = path + "?" + urlencode(q) + lang
        crumbs_html = self.crumbs(crumbs, lang) if crumbs is not None else ""
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="{t["html"]}">
<head id="head"><title>
	{esc(title)}
</title><meta name="description" content="{attr(desc or SITE + " " + PROVINCE)}" />
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="pragma" content="no-cache" />
<meta http-equiv="content-style-type" content="text/css" />
<meta http-equiv="content-script-type" content="text/javascript" />
<meta name="keywords" content="เทศบาลนครพิมานนที, พิมานนที, ข่าวประชาสัมพันธ์, เทศบาล" />
<link href="/CMSPages/GetResource.ashx?stylesheetname=PhimanNathi2019" type="text/css" rel="stylesheet"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/App_Themes/PhimanNathi/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="https://fonts.googleapis.com/css?family=Sarabun:400,700&amp;subset=thai" rel="stylesheet" />{extra_head}
<link href="/favicon.ico" type="image/x-icon" rel="shortcut icon"/>
<link href="/favicon.ico" type="image/x-icon" rel="icon"/>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-88213407-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-88213407-1');</script>
</head>
<body class="LTR Chrome {t["body"]} ContentBody" >

    <form method="post" action="{action}" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{_h("csrf:" + seed, 24)}Zx8=" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
if (!theForm) {{
    theForm = document.form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SCTbTGWyaKmYXqDQ2&amp;t=637814689746327080" type="text/javascript"></script>

<input type="hidden" name="lng" id="lng" value="{t["lng"]}" />
<script type="text/javascript">
	//<![CDATA[
function PM_Postback(param) {{ if (window.top.HideScreenLockWarningAndSync) {{ window.top.HideScreenLockWarningAndSync(1080); }} if(window.CMSContentManager) {{ CMSContentManager.allowSubmit = true; }}; __doPostBack('m$am',param); }}
function PM_Callback(param, callback, ctx) {{ if (window.top.HideScreenLockWarningAndSync) {{ window.top.HideScreenLockWarningAndSync(1080); }}if (window.CMSContentManager) {{ CMSContentManager.storeContentChangedStatus(); }};WebForm_DoCallback('m$am',param,callback,ctx,null,true); }}
//]]>
</script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvmiQ4pIH8U6JQyLuFnTA_Mn0aHbrW_BwOXXjVr4PUq6q0&amp;t=7c776dc1" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185" />
	<input type="hidden" name="__SCROLLPOSITIONX" id="__SCROLLPOSITIONX" value="0" />
	<input type="hidden" name="__SCROLLPOSITIONY" id="__SCROLLPOSITIONY" value="0" />
</div>
    <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('manScript', 'form', ['tctxM',''], [], [], 90, '');
//]]>
</script>

    <div id="ctxM">

</div>

<div class="top-bar">
  <div class="container">
    <span class="today">{t["today"](TODAY)}</span>
    <span class="font-size">{t["font"]} <a href="javascript:void(0);" onclick="setFont(-1)">ก-</a> <a href="javascript:void(0);" onclick="setFont(0)">ก</a> <a href="javascript:void(0);" onclick="setFont(1)">ก+</a></span>
    {self.switcher(lang, path, q)}
  </div>
</div>
<header class="header">
  <div class="container">
    <a href="/" class="logo"><img id="p_lt_ctl01_EditableImage_ucEditableImage_imgImage" src="{media("logo", "logo-phimannathi", ".png")}" alt="{SITE}" /></a>
    <div class="site-name"><span class="th">{SITE}</span><span class="en">{SITE_EN}</span></div>
    <div id="p_lt_ctl02_SmartSearchBox_pnlSearch" class="searchBox" onkeypress="javascript:return WebForm_FireDefaultButton(event, &#39;p_lt_ctl02_SmartSearchBox_btnSearch&#39;)">
	<label for="p_lt_ctl02_SmartSearchBox_txtWord" id="p_lt_ctl02_SmartSearchBox_lblSearch" style="display:none;">{t["search"]}:</label>
	<input name="p$lt$ctl02$SmartSearchBox$txtWord" type="text" maxlength="1000" id="p_lt_ctl02_SmartSearchBox_txtWord" class="form-control" placeholder="{t["search_ph"]}" /><input type="submit" name="p$lt$ctl02$SmartSearchBox$btnSearch" value="{t["search"]}" id="p_lt_ctl02_SmartSearchBox_btnSearch" class="btn btn-search" /><div id="p_lt_ctl02_SmartSearchBox_pnlPredictiveResultsHolder" class="predictiveSearchHolder">

	</div>
</div>
  </div>
  <nav class="main-nav"><div class="container">
  {self.menu(path)}
  </div></nav>
</header>
{crumbs_html}
<div class="main-content">
  <div class="container">
{main}
  </div>
</div>
{self.footer(lang)}
<div id="p_lt_ctl12_CookieLawAndTrackingConsent_pnlCookieLaw" class="cookie-law">
  {t["cookie"]} <a href="{href(PRIVACY)}">{t["more"]}</a>
  <input type="submit" name="p$lt$ctl12$CookieLawAndTrackingConsent$btnAllowAll" value="{t["accept"]}" id="p_lt_ctl12_CookieLawAndTrackingConsent_btnAllowAll" class="btn btn-primary" />
</div>{body_extra}

<script type="text/javascript">
//<![CDATA[

theForm.oldSubmit = theForm.submit;
theForm.submit = WebForm_SaveScrollPositionSubmit;

theForm.oldOnSubmit = theForm.onsubmit;
theForm.onsubmit = WebForm_SaveScrollPositionOnSubmit;
//]]>
</script>
</form>
<script src="/CMSPages/GetResource.ashx?scriptfile=%7e%2fCMSScripts%2fCustom%2fphimannathi.js" type="text/javascript"></script>
</body>
</html>
"""

    def respond(self, text: str, status: int = 200) -> Response:
        return Response(status, HTML_HEADERS, text.encode("utf-8"))


# -- posts ----------------------------------------------------------------------------------------
def summary(p: Post) -> str:
    first = plain_text(p.body[0])
    return first if len(first) <= 160 else first[:160].rstrip() + "..."


def link_target(ref: str) -> tuple[str, bool]:
    """Body link reference -> (href, external)."""
    kind, _, value = ref.partition(":")
    if kind == "getdoc":
        return getdoc_path(BY_KEY[value]), False
    if kind == "noprefix":
        return enc(raw_path(BY_KEY[value]).removeprefix("/th")), False
    if kind == "aspx":
        return main_path(BY_KEY[value]) + ".aspx", False
    if kind == "page":
        return enc(globals()[value]), False
    return value, True


def inline(line: str) -> str:
    out, pos = [], 0
    for m in LINK.finditer(line):
        out.append(esc(line[pos : m.start()]))
        target, external = link_target(m.group(2))
        extra = ' target="_blank"' if external else ""
        out.append(f'<a href="{attr(target)}"{extra}>{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(line[pos:]))
    return "".join(out)


def photo_name(p: Post, n: int) -> str:
    return f"IMG_{4000 + int(_h(f'img:{p.key}:{n}', 4), 16) % 5000}"


def body_html(p: Post, style: int) -> str:
    """NewsText as the editors left it: four styles rotate (CKEditor, &nbsp; indents, Word paste, <br> runs)."""
    photos = 0
    chunks: list[str] = []
    run: list[str] = []  # style 3: paragraphs joined with <br /><br /> inside one <div>

    def flush() -> None:
        if run:
            chunks.append('<div style="text-align: justify;">' + "<br />\n<br />\n".join(run) + "</div>")
            run.clear()

    for line in p.body:
        if line.startswith("C: "):
            flush()
            photos += 1
            src = att(f"{p.key}:inline:{photos}", photo_name(p, 10 + photos), 700, 466)
            chunks.append(
                f'<p style="text-align: center;"><img alt="" src="{attr(src)}" style="width: 700px; height: 466px;" /><br />\n<em>{esc(line[3:])}</em></p>'
            )
            continue
        text = inline(line)
        if style == 0:
            chunks.append(f"<p>{text}</p>")
        elif style == 1:
            chunks.append(f'<p style="text-align: justify;">{"&nbsp;" * 8}{text}</p>\n<p>&nbsp;</p>')
        elif style == 2:
            span = 'lang="TH" style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif"'
            chunks.append(
                f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span {span}>{text}<o:p></o:p></span></p>\n'
                f'<p class="MsoNormal"><span {span}><o:p>&nbsp;</o:p></span></p>'
            )
        else:
            run.append("&nbsp;&nbsp;&nbsp; " + text)
    flush()
    return "\n".join(chunks)


class Kentico(Chrome):
    def __init__(self, site: FixtureSite):
        super().__init__(site)
        # normalised path (unquoted, no .aspx) -> renderer(lang, query) -> HTML (None: not this page)
        self.pages: dict[str, Callable[[str, dict[str, str]], str | None]] = {}
        self.redirects: dict[str, str] = {}
        self.files: dict[str, Response] = {}  # attachment/media GUID -> file
        self.non_articles: list[str] = []

    # -- shared pieces ------------------------------------------------------------------------------
    def sidebar(self, lang: str) -> str:
        t = UI[lang]
        press = "".join(
            f'\n      <li><a href="{main_path(o)}.aspx">{esc(o.title)}</a> <span class="date">{t["short"](o.d)}</span></li>'
            for o in PRESS_NEWEST[:5]
        )
        notes = "".join(
            f'\n      <li><a href="{main_path(o)}.aspx">{esc(o.title)}</a></li>' for o in NOTICES_NEWEST[:3]
        )
        years = "".join(f'<li><a href="{href(f"{PRESS}/{y}")}">ข่าวประจำปี {y}</a></li>' for y in (2567, 2566))
        return f"""<aside class="col-md-3 sidebar">
    <div class="side-box"><h3>{t["latest"]}</h3><ul class="side-news">{press}
    </ul></div>
    <div class="side-box"><h3>{t["latest_notices"]}</h3><ul class="side-news">{notes}
    </ul></div>
    <div class="side-box"><h3>คลังข่าว</h3><ul>{years}</ul></div>
    <div class="side-box banner"><a href="{href(ITA)}"><img src="{media("ita-banner", "ITA2567-banner")}" alt="ITA 2567" /></a></div>
  </aside>"""

    def share(self, p: Post, lang: str) -> str:
        url = quote(self.u(raw_path(p)), safe="")
        return f"""<div class="share-bar"><span>{UI[lang]["share"]} :</span>
      <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" class="btn-fb"><i class="fa fa-facebook"></i> Facebook</a>
      <a href="https://twitter.com/intent/tweet?url={url}&amp;text={quote(p.title)}" target="_blank" class="btn-tw"><i class="fa fa-twitter"></i> Twitter</a>
      <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" class="btn-line">LINE</a>
      <a href="javascript:window.print();" class="btn-print"><i class="fa fa-print"></i> {UI[lang]["print"]}</a>
    </div>"""

    def teaser_src(self, p: Post, w: int, h: int) -> str:
        if not p.figure:
            return "/App_Themes/PhimanNathi/images/no-image.jpg"
        return att(f"{p.key}:teaser", photo_name(p, 0), w, h)

    # -- the post page (News / Notice page types) ---------------------------------------------------
    def post_page(self, p: Post, lang: str, q: dict[str, str]) -> str:
        t = UI[lang]
        index = POSTS.index(p)
        section = ("ข่าวประชาสัมพันธ์", PRESS) if p.press else ("ประกาศ", NOTICES)
        crumbs: list[tuple[str, str | None]] = [("ข่าวสาร", NEWS), section]
        if p.press:
            crumbs.append((str(p.d.year + 543), f"{PRESS}/{p.d.year + 543}"))
        crumbs.append((p.title, None))
        figure = ""
        if p.figure:
            figure = f"""
      <div class="news-image"><img src="{attr(self.teaser_src(p, 800, 533))}" alt="{attr(p.title)}" class="img-responsive" />
        <p class="caption">{esc(p.figure)}</p></div>"""
        gallery = ""
        if p.figure and p.press:
            thumbs = "".join(
                f'\n        <a href="{attr(att(f"{p.key}:gallery:{n}", photo_name(p, 20 + n), 1200, 800))}" rel="lightbox[gallery]" title="{photo_name(p, 20 + n)}.jpg"><img src="{attr(att(f"{p.key}:gallery:{n}", photo_name(p, 20 + n), 150, 100))}" alt="" /></a>'
                for n in range(1, 4)
            )
            gallery = f'\n      <div id="p_lt_ctl06_pageplaceholder_p_lt_ctl03_AttachmentGallery_lstImages" class="news-gallery">{thumbs}\n      </div>'
        attach = ""
        if p.attachment:
            name, label = p.attachment.split("|")
            file_guid = guid(f"pdf:{p.key}")
            attach = f"""
      <div class="news-attach"><h4>{t["attach"]}</h4><ul>
        <li><img src="/CMSPages/GetResource.ashx?image=%5bImages.zip%5d%2fDocumentTypeIcons%2fpdf.png" alt="" /> <a href="/getattachment/{file_guid}/{quote(name)}?lang=th-TH" target="_blank">{esc(label)}</a> ({120 + index * 13} KB)</li>
      </ul></div>"""
        if p.press:
            date_line = f'<i class="fa fa-calendar"></i> {t["long"](p.d)} <span class="time">{p.hm} น.</span> | <i class="fa fa-eye"></i> {t["views"].format(n=views(p))}'
        else:
            date_line = f"ประกาศเมื่อ : {t['short'](p.d)} | {t['views'].format(n=views(p))}"
        author = f'\n      <p class="news-author">{t["author"]} : {esc(p.author)}</p>' if p.author else ""
        pool = [o for o in NEWEST if o.press == p.press and o is not p]
        near = sorted(pool, key=lambda o: abs((o.d - p.d).days))[:3]
        related = "".join(f'\n        <li><a href="{main_path(o)}">{esc(o.title)}</a></li>' for o in near)
        main = f"""<div class="row">
  <div class="col-md-9 news-detail">
    <div id="p_lt_ctl06_pageplaceholder_p_lt_ctl02_NewsDetail_repItems">
      <h1 class="news-title">{esc(p.title)}</h1>
      <div class="news-date">{date_line}</div>{figure}
      <div class="news-text">
{body_html(p, index % 4)}
      </div>{author}{attach}{gallery}
    </div>
    {self.share(p, lang)}
    <div class="related-news"><h3>{t["related"]}</h3><ul>{related}
    </ul></div>
  </div>
  {self.sidebar(lang)}
</div>"""
        head = f'\n<meta property="og:title" content="{attr(p.title)}" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="{attr(self.u(main_path(p)))}" />'
        if p.figure:
            head += f'\n<meta property="og:image" content="{attr(self.u(self.teaser_src(p, 800, 533)))}" />'
        if p.press:
            head += f'\n<link rel="canonical" href="{attr(self.u(main_path(p)))}" />'
        return self.frame(lang, raw_path(p), [], f"{p.title} - {SITE}", main, crumbs, summary(p), head)

    # -- listings -----------------------------------------------------------------------------------
    def press_item(self, p: Post, lang: str) -> str:
        t = UI[lang]
        return f"""    <div class="news-item row">
      <div class="col-sm-4 news-thumb"><a href="{main_path(p)}"><img src="{attr(self.teaser_src(p, 300, 200))}" alt="{attr(p.title)}" /></a></div>
      <div class="col-sm-8">
        <h3><a href="{main_path(p)}">{esc(p.title)}</a></h3>
        <span class="news-date"><i class="fa fa-calendar"></i> {t["short"](p.d)}</span>
        <p>{esc(summary(p))}</p>
        <a href="{main_path(p)}" class="readmore">{t["readmore"]} &raquo;</a>
      </div>
    </div>"""

    @staticmethod
    def postback(target: str, arg: str, label: str, css: str = "") -> str:
        cls = f' class="{css}"' if css else ""
        return f"<a{cls} href=\"javascript:__doPostBack('{target}','{arg}')\">{label}</a>"

    def press_listing(self, lang: str, q: dict[str, str]) -> str | None:
        page = int(q["page"]) if q.get("page", "").isdigit() else 1
        sort = q.get("sort")
        items = list(PRESS_NEWEST)
        if sort == "oldest":
            items.reverse()
        elif sort == "views":
            items.sort(key=lambda o: -views(o))
        total = -(-len(items) // PRESS_PER_PAGE)
        shown = items[(page - 1) * PRESS_PER_PAGE : page * PRESS_PER_PAGE]
        rows = "\n".join(self.press_item(o, lang) for o in shown) or '    <p class="no-data">ไม่พบข้อมูลข่าว</p>'
        labels = (("newest", "ล่าสุด"), ("oldest", "เก่าสุด"), ("views", "ยอดเข้าชม"))
        sort_bar = " | ".join(
            f'<a href="{href(PRESS, [("sort", s)])}"{ACTIVE if s == sort else ""}>{lab}</a>' for s, lab in labels
        )
        if sort:  # the filter web part's own pager: always a "next" link, whatever the page
            prev = (
                f'<a href="{href(PRESS, [("sort", sort), ("page", str(page - 1))])}">&laquo; ก่อนหน้า</a> | '
                if page > 1
                else ""
            )
            pager = f'<div class="filter-pager">{prev}หน้า {page} | <a href="{href(PRESS, [("sort", sort), ("page", str(page + 1))])}">ถัดไป &raquo;</a></div>'
        else:
            target = "p$lt$ctl06$pageplaceholder$p$lt$ctl02$NewsRepeater$pager"
            first = (page - 1) // 2 * 2 + 1
            last = min(total, first + 1)
            parts = []
            if page > 1:
                parts.append(f'<a href="{href(PRESS)}" class="UnselectedPrev">&laquo; หน้าแรก</a>')
                parts.append(
                    f'<a href="{href(PRESS, [("page", str(page - 1))])}" class="UnselectedPrev">&lsaquo; ก่อนหน้า</a>'
                )
            if first > 1:
                parts.append(self.postback(target + "$PreviousGroup", "", "...", "PrevGroup"))
            for n in range(first, last + 1):
                parts.append(
                    f'<span class="SelectedPage">{n}</span>'
                    if n == page
                    else f'<a href="{href(PRESS, [("page", str(n))])}" class="UnselectedPage">{n}</a>'
                )
            if last < total:
                parts.append(self.postback(target + "$NextGroup", "", "...", "NextGroup"))
            if page < total:
                parts.append(
                    f'<a href="{href(PRESS, [("page", str(page + 1))])}" class="UnselectedNext">ถัดไป &rsaquo;</a>'
                )
                parts.append(
                    f'<a href="{href(PRESS, [("page", str(total))])}" class="UnselectedNext">สุดท้าย &raquo;</a>'
                )
            pager = '<div class="UniPager">\n      ' + "\n      ".join(parts) + "\n    </div>"
        main = f"""<div class="row">
  <div class="col-md-9">
    <h1 class="page-title">ข่าวประชาสัมพันธ์</h1>
    <div class="sort-bar">เรียงตาม : {sort_bar}</div>
    <div id="p_lt_ctl06_pageplaceholder_p_lt_ctl02_NewsRepeater_repItems" class="news-list">
{rows}
    </div>
    {pager}
  </div>
  {self.sidebar(lang)}
</div>"""
        qs = [(k, v) for k, v in (("sort", sort), ("page", q.get("page"))) if v]
        title = "ข่าวประชาสัมพันธ์" + (f" - หน้า {page}" if page > 1 else "")
        rss = (
            f'\n<link rel="alternate" type="application/rss+xml" title="RSS" href="{href(NEWS, [("rss", "news")])}" />'
        )
        return self.frame(
            lang, PRESS, qs, f"{title} - {SITE}", main, [("ข่าวสาร", NEWS), ("ข่าวประชาสัมพันธ์", None)], extra_head=rss
        )

    def year_page(self, year: int, lang: str, q: dict[str, str]) -> str:
        t = UI[lang]
        items = [o for o in PRESS_NEWEST if o.d.year + 543 == year]
        rows = "".join(
            f'\n      <li><span class="date">{th_abbr(o.d) if lang == "th" else t["short"](o.d)}</span> <a href="{main_path(o)}">{esc(o.title)}</a></li>'
            for o in items
        )
        other = " | ".join(f'<a href="{href(f"{PRESS}/{y}")}">{y}</a>' for y in (2567, 2566) if y != year)
        main = f"""<div class="row">
  <div class="col-md-9">
    <h1 class="page-title">ข่าวประชาสัมพันธ์ ประจำปี {year}</h1>
    <ul class="news-year-list">{rows}
    </ul>
    <p class="other-years">ปีอื่น ๆ : {other}</p>
  </div>
  {self.sidebar(lang)}
</div>"""
        crumbs = [("ข่าวสาร", NEWS), ("ข่าวประชาสัมพันธ์", PRESS), (str(year), None)]
        return self.frame(lang, f"{PRESS}/{year}", [], f"{year} - {SITE}", main, crumbs)

    def news_section(self, lang: str, q: dict[str, str]) -> str:
        t = UI[lang]
        rows = []
        for o in NEWEST[:NEWS_PER_PAGE]:
            kind = "ข่าวประชาสัมพันธ์" if o.press else "ประกาศ"
            rows.append(
                f'    <div class="all-news-item"><span class="label label-{"info" if o.press else "warning"}">{kind}</span> <a href="{main_path(o)}">{esc(o.title)}</a> <span class="date">({t["short"](o.d)})</span>\n      <p>{esc(summary(o))}</p></div>'
            )
        target = "p$lt$ctl06$pageplaceholder$p$lt$ctl01$AllNews$pager"
        pages = -(-len(NEWEST) // NEWS_PER_PAGE)
        pager = " ".join(
            ["<span>1</span>"]
            + [self.postback(target, str(n), str(n)) for n in range(2, pages + 1)]
            + [self.postback(target, "next", "&gt;")]
        )
        main = f"""<div class="row">
  <div class="col-md-9">
    <h1 class="page-title">ข่าวสาร <a href="{href(NEWS, [("rss", "news")])}" class="rss"><img src="/App_Themes/PhimanNathi/images/rss.png" alt="RSS" /></a></h1>
    <ul class="nav nav-tabs"><li class="active"><a href="{href(NEWS)}">ทั้งหมด</a></li><li><a href="{href(PRESS)}">ข่าวประชาสัมพันธ์</a></li><li><a href="{href(NOTICES)}">ประกาศ</a></li></ul>
    <div id="p_lt_ctl06_pageplaceholder_p_lt_ctl01_AllNews_repItems">
{chr(10).join(rows)}
    </div>
    <div class="DataPager">{pager}</div>
  </div>
  {self.sidebar(lang)}
</div>"""
        rss = (
            f'\n<link rel="alternate" type="application/rss+xml" title="RSS" href="{href(NEWS, [("rss", "news")])}" />'
        )
        return self.frame(lang, NEWS, [], f"ข่าวสาร - {SITE}", main, [("ข่าวสาร", None)], extra_head=rss)

    def notices_page(self, lang: str, q: dict[str, str]) -> str:
        t = UI[lang]
        rows = []
        for i, o in enumerate(NOTICES_NEWEST[:NOTICES_SHOWN], 1):
            new = ' <img src="/App_Themes/PhimanNathi/images/new.gif" alt="new" />' if (TODAY - o.d).days <= 30 else ""
            rows.append(
                f'      <tr><td class="text-center">{i}</td><td><a href="{main_path(o)}">{esc(o.title)}</a>{new}</td><td class="text-center">{t["short"](o.d)}</td></tr>'
            )
        target = "p$lt$ctl06$pageplaceholder$p$lt$ctl02$NoticeList$pager"
        main = f"""<div class="row">
  <div class="col-md-9">
    <h1 class="page-title">ประกาศ</h1>
    <table class="table table-striped notice-table">
      <tr><th>ลำดับ</th><th>เรื่อง</th><th>วันที่ประกาศ</th></tr>
{chr(10).join(rows)}
    </table>
    <div class="DataPager"><span>1</span> {self.postback(target, "2", "2")} {self.postback(target, "next", "ถัดไป &gt;")}</div>
  </div>
  {self.sidebar(lang)}
</div>"""
        return self.frame(lang, NOTICES, [], f"ประกาศ - {SITE}", main, [("ข่าวสาร", NEWS), ("ประกาศ", None)])

    # -- home -----------------------------------------------------------------------------------------
    def home(self, lang: str, q: dict[str, str], path: str = "/") -> str:
        t = UI[lang]
        slides = (
            (media("slide1", "banner-candle-2567"), main_path(BY_KEY["P13"]) + ".aspx", "แห่เทียนเข้าพรรษา 2567"),
            (media("slide2", "banner-ita-2567"), enc(ITA), "ITA 2567"),
            (media("slide3", "banner-eservice"), enc(ESERVICE), "e-Service"),
        )
        slider = "".join(
            f'\n      <div class="item{" active" if i == 0 else ""}"><a href="{link}"><img src="{src}" alt="{alt}" /></a></div>'
            for i, (src, link, alt) in enumerate(slides)
        )
        cards = "".join(
            f"""
        <div class="col-sm-6 col-md-3 home-news"><a href="{main_path(o)}"><img src="{attr(self.teaser_src(o, 300, 200))}" alt="" /></a>
          <h4><a href="{main_path(o)}">{esc(o.title)}</a></h4><span class="date">{th_abbr(o.d) if lang == "th" else t["short"](o.d)}</span></div>"""
            for o in PRESS_NEWEST[:4]
        )
        notes = "".join(
            f'\n        <li><a href="{main_path(o)}">{esc(o.title)}</a> <span class="date">{t["short"](o.d)}</span></li>'
            for o in NOTICES_NEWEST[:3]
        )
        upcoming = "".join(
            f'\n        <li><span class="ev-date">{th_abbr(date.fromisoformat(e[1]))}</span> <a href="{href(event_path(e))}">{esc(e[3])}</a></li>'
            for e in EVENT_LIST
            if e[1] >= TODAY.isoformat()
        )
        main = f"""<div id="homeSlider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slider}
    </div></div>
    <div class="row home-block">
      <div class="col-md-12"><h2 class="block-title">ข่าวประชาสัมพันธ์ <a href="{href(PRESS)}" class="more">{t["all"]}</a></h2></div>{cards}
    </div>
    <div class="row home-block">
      <div class="col-md-6"><h2 class="block-title">ประกาศ <a href="{href(NOTICES)}" class="more">{t["all"]}</a></h2><ul class="home-notices">{notes}
      </ul></div>
      <div class="col-md-3"><h2 class="block-title">ปฏิทินกิจกรรม</h2>{self.mini_calendar(TODAY.year, TODAY.month)}</div>
      <div class="col-md-3"><h2 class="block-title">กิจกรรมที่จะมาถึง</h2><ul class="upcoming">{upcoming}
      </ul><a href="{href(EVENTS)}" class="more">{t["all"]}</a></div>
    </div>
    <div class="row home-block quick-links">
      <div class="col-xs-6 col-md-3"><a href="{href(ESERVICE)}"><img src="{media("icon1", "icon-complaint", ".png")}" alt="" /> ร้องเรียน/ร้องทุกข์</a></div>
      <div class="col-xs-6 col-md-3"><a href="{href(ITA)}"><img src="{media("icon2", "icon-ita", ".png")}" alt="" /> ITA</a></div>
      <div class="col-xs-6 col-md-3"><a href="/getattachment/{guid("pdf:finance-2566")}/งบแสดงฐานะการเงิน2566.pdf" target="_blank"><img src="{media("icon3", "icon-finance", ".png")}" alt="" /> รายงานการเงิน</a></div>
      <div class="col-xs-6 col-md-3"><a href="{href(CONTACT)}"><img src="{media("icon4", "icon-contact", ".png")}" alt="" /> ติดต่อเรา</a></div>
    </div>"""
        rss = (
            f'\n<link rel="alternate" type="application/rss+xml" title="RSS" href="{href(NEWS, [("rss", "news")])}" />'
        )
        return self.frame(lang, path, [], f"หน้าแรก - {SITE}", main, None, extra_head=rss)

    # -- events and the calendar ------------------------------------------------------------------------
    def mini_calendar(self, y: int, m: int) -> str:
        """The sidebar's custom mini calendar: real links to the calendar page's months."""
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        days = {int(e[1][8:]): e for e in EVENT_LIST if e[1][:7] == f"{y:04d}-{m:02d}"}
        first = date(y, m, 1)
        cells = ["<td></td>"] * ((first.weekday() + 1) % 7)
        d = first
        while d.month == m:
            e = days.get(d.day)
            cells.append(
                f'<td class="has-event"><a href="{href(event_path(e))}" title="{attr(e[3])}">{d.day}</a></td>'
                if e
                else f"<td>{d.day}</td>"
            )
            d += timedelta(days=1)
        rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))

        def nav(yy: int, mm: int, label: str) -> str:
            return f'<a href="{href(CALENDAR, [("month", str(mm)), ("year", str(yy + 543))])}">{label}</a>'

        return f"""<div class="mini-calendar"><div class="mc-head">{nav(py, pm, "&lsaquo;")} {MONTHS[m - 1]} {y + 543} {nav(ny, nm, "&rsaquo;")}</div>
        <table><tr><th>อา</th><th>จ</th><th>อ</th><th>พ</th><th>พฤ</th><th>ศ</th><th>ส</th></tr>{rows}</table></div>"""

    def events_page(self, lang: str, q: dict[str, str]) -> str:
        def row(e: tuple[str, ...]) -> str:
            d = date.fromisoformat(e[1])
            return f'\n      <div class="event-item"><div class="ev-date"><span class="day">{d.day}</span><span class="month">{MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[2:]}</span></div><h3><a href="{href(event_path(e))}">{esc(e[3])}</a></h3><p><i class="fa fa-map-marker"></i> {esc(e[4])} | <i class="fa fa-clock-o"></i> {e[2]} น.</p></div>'

        upcoming = "".join(row(e) for e in EVENT_LIST if e[1] >= TODAY.isoformat())
        past = "".join(row(e) for e in EVENT_LIST if e[1] < TODAY.isoformat())
        main = f"""<div class="row">
  <div class="col-md-9">
    <h1 class="page-title">กิจกรรม</h1>
    <p><a href="{href(CALENDAR)}" class="btn btn-default"><i class="fa fa-calendar"></i> ดูแบบปฏิทิน</a></p>
    <h2>กิจกรรมที่จะมาถึง</h2>{upcoming}
    <h2>กิจกรรมที่ผ่านมา</h2>{past}
  </div>
  <div class="col-md-3 sidebar"><div class="side-box"><h3>ปฏิทินกิจกรรม</h3>{self.mini_calendar(TODAY.year, TODAY.month)}</div></div>
</div>"""
        return self.frame(lang, EVENTS, [], f"กิจกรรม - {SITE}", main, [("กิจกรรม", None)])

    def event_page(self, e: tuple[str, ...], lang: str, q: dict[str, str]) -> str:
        t = UI[lang]
        d = date.fromisoformat(e[1])
        main = f"""<div class="row">
  <div class="col-md-9 event-detail">
    <h1 class="page-title">{esc(e[3])}</h1>
    <table class="table event-info">
      <tr><th>วันที่</th><td>{t["long"](d)}</td></tr>
      <tr><th>เวลา</th><td>{e[2]} น.</td></tr>
      <tr><th>สถานที่</th><td>{esc(e[4])}</td></tr>
    </table>
    <p>{esc(e[5])}</p>
    <p><a href="/CMSModules/EventManager/CMSPages/AddToOutlook.aspx?eventid={e[6]}"><i class="fa fa-calendar-plus-o"></i> เพิ่มลงในปฏิทิน (iCalendar)</a> | <a href="{href(EVENTS)}">&laquo; กลับหน้ากิจกรรม</a></p>
  </div>
  <div class="col-md-3 sidebar"><div class="side-box"><h3>ปฏิทินกิจกรรม</h3>{self.mini_calendar(d.year, d.month)}</div></div>
</div>"""
        return self.frame(lang, event_path(e), [], f"{e[3]} - {SITE}", main, [("กิจกรรม", EVENTS), (e[3], None)])

    def calendar_page(self, lang: str, q: dict[str, str]) -> str | None:
        month, year = q.get("month", ""), q.get("year", "")
        if not month and not year:
            y, m = TODAY.year, TODAY.month
        elif month.isdigit() and year.isdigit() and 1 <= int(month) <= 12 and 1 <= int(year) - 543 <= 9998:
            y, m = int(year) - 543, int(month)
        else:
            return None
        first = date(y, m, 1)
        epoch = date(2000, 1, 1)
        target = "p$lt$ctl06$pageplaceholder$p$lt$ctl02$EventCalendar$calItems"
        prev_first = (first - timedelta(days=1)).replace(day=1) if y > 1 or m > 1 else first
        next_first = (first + timedelta(days=32)).replace(day=1)
        start = first - timedelta(days=(first.weekday() + 1) % 7)
        events = {e[1]: e for e in EVENT_LIST}
        weeks = []
        for w in range(6):
            cells = []
            for i in range(7):
                d = start + timedelta(days=w * 7 + i)
                css = "CalendarDayStyle" if d.month == m else "CalendarOtherMonthDayStyle"
                ev = events.get(d.isoformat())
                extra = f'<div class="event"><a href="{href(event_path(ev))}">{esc(ev[3])}</a></div>' if ev else ""
                cells.append(
                    f'<td class="{css}" align="center" style="width:14%;"><a href="javascript:__doPostBack(\'{target}\',\'{(d - epoch).days}\')" style="color:Black" title="{d.day} {MONTHS[d.month - 1]}">{d.day}</a>{extra}</td>'
                )
            weeks.append("<tr>" + "".join(cells) + "</tr>")
        head = "".join(
            f'<th class="CalendarDayHeaderStyle" align="center" abbr="{n}" scope="col">{n[:2]}</th>'
            for n in ("อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์")
        )

        def link(d: date, label: str) -> str:
            return f'<a href="{href(CALENDAR, [("month", str(d.month)), ("year", str(d.year + 543))])}">{label}</a>'

        listed = (
            "".join(
                f'<li>{th_abbr(date.fromisoformat(e[1]))} <a href="{href(event_path(e))}">{esc(e[3])}</a></li>'
                for e in EVENT_LIST
                if e[1][:7] == f"{y:04d}-{m:02d}"
            )
            or "<li>ไม่มีกิจกรรมในเดือนนี้</li>"
        )
        main = f"""<h1 class="page-title">ปฏิทินกิจกรรม</h1>
    <table id="p_lt_ctl06_pageplaceholder_p_lt_ctl02_EventCalendar_calItems" class="EventCalendar" cellspacing="0" cellpadding="2" title="Calendar" style="width:100%;border-width:1px;border-style:solid;border-collapse:collapse;">
      <tr><td colspan="7" style="background-color:#1d4f91;"><table class="CalendarTitle" cellspacing="0" style="width:100%;border-collapse:collapse;"><tr>
        <td class="CalendarNextPrevStyle" style="width:15%;"><a href="javascript:__doPostBack('{target}','V{(prev_first - epoch).days}')" style="color:White" title="Go to the previous month">&lt;</a></td>
        <td align="center" style="width:70%;">{MONTHS[m - 1]} {y + 543}</td>
        <td class="CalendarNextPrevStyle" align="right" style="width:15%;"><a href="javascript:__doPostBack('{target}','V{(next_first - epoch).days}')" style="color:White" title="Go to the next month">&gt;</a></td>
      </tr></table></td></tr>
      <tr>{head}</tr>
      {"".join(weeks)}
    </table>
    <div class="calendar-nav">{link(prev_first, f"&lsaquo; {MONTHS[prev_first.month - 1]} {prev_first.year + 543}")} | {link(next_first, f"{MONTHS[next_first.month - 1]} {next_first.year + 543} &rsaquo;")}</div>
    <h2>กิจกรรมในเดือน{MONTHS[m - 1]} {y + 543}</h2><ul class="month-events">{listed}</ul>"""
        qs = [(k, q[k]) for k in ("month", "year") if k in q]
        return self.frame(lang, CALENDAR, qs, f"ปฏิทินกิจกรรม - {SITE}", main, [("กิจกรรม", EVENTS), ("ปฏิทินกิจกรรม", None)])

    # -- smart search ---------------------------------------------------------------------------------
    def search_page(self, lang: str, q: dict[str, str]) -> str | None:
        text = " ".join(q.get("searchtext", "").split())
        mode = q.get("searchmode", "anyword")
        page = int(q["page"]) if q.get("page", "").isdigit() else 1
        dialog = f"""<div id="p_lt_ctl06_pageplaceholder_p_lt_ctl02_SmartSearchDialog_pnlSearch" class="search-dialog">
      <input name="p$lt$ctl06$pageplaceholder$p$lt$ctl02$SmartSearchDialog$txtSearchFor" type="text" value="{attr(text)}" id="p_lt_ctl06_pageplaceholder_p_lt_ctl02_SmartSearchDialog_txtSearchFor" class="form-control" />
      <select name="p$lt$ctl06$pageplaceholder$p$lt$ctl02$SmartSearchDialog$drpSearchMode" id="p_lt_ctl06_pageplaceholder_p_lt_ctl02_SmartSearchDialog_drpSearchMode" class="form-control">
        <option{SELECTED if mode == "anyword" else ""} value="anyword">คำใดคำหนึ่ง</option><option{SELECTED if mode == "allwords" else ""} value="allwords">ทุกคำ</option><option{SELECTED if mode == "exactphrase" else ""} value="exactphrase">ตรงตามวลี</option>
      </select>
      <input type="submit" name="p$lt$ctl06$pageplaceholder$p$lt$ctl02$SmartSearchDialog$btnSearch" value="ค้นหา" id="p_lt_ctl06_pageplaceholder_p_lt_ctl02_SmartSearchDialog_btnSearch" class="btn btn-primary" />
    </div>"""
        if not text:
            pop = " ".join(
                f'<a href="{href(SEARCH, [("searchtext", w), ("searchmode", "anyword")])}">{esc(w)}</a>'
                for w in POPULAR
            )
            main = f'<h1 class="page-title">ค้นหา</h1>\n    {dialog}\n    <p class="popular">{UI[lang]["popular"]} : {pop}</p>'
            return self.frame(lang, SEARCH, [], f"ค้นหา - {SITE}", main, [("ค้นหา", None)])
        words = text.split()

        def hit(o: Post) -> bool:
            blob = o.title + " " + " ".join(o.body)
            if mode == "exactphrase":
                return text in blob
            found = [w in blob for w in words]
            return all(found) if mode == "allwords" else any(found)

        hits = [o for o in NEWEST if hit(o)]
        shown = hits[(page - 1) * 10 : page * 10]
        rows = "".join(
            f'\n      <div class="SearchResult"><div class="ResultTitle"><a href="{main_path(o)}">{esc(o.title)}</a></div><div class="ResultDate">{UI[lang]["short"](o.d)}</div><div class="ResultContent">{esc(summary(o))}</div></div>'
            for o in shown
        )
        found = (
            f'<p class="result-count">ผลการค้นหา "{esc(text)}" พบ {len(hits)} รายการ</p>{rows}'
            if hits
            else f'<p class="no-result">ไม่พบผลการค้นหาสำหรับ "{esc(text)}"</p>'
        )
        start = int(_h("q:" + text, 4), 16)
        pool = ("ประจำปี", "เทศบาล", "ชุมชน", "2567", "ประกาศ", "โครงการ", "ภาษี", "น้ำ")
        more = [pool[(start + i) % len(pool)] for i in range(3)]  # appended even when already there: never ends
        did = f'<p class="did-you-mean">คุณหมายถึง : <a href="{href(SEARCH, [("searchtext", text + " " + more[0]), ("searchmode", mode)])}">{esc(text + " " + more[0])}</a></p>'
        refine = " ".join(
            f'<a href="{href(SEARCH, [("searchtext", text + " " + w), ("searchmode", mode)])}">{esc(text + " " + w)}</a>'
            for w in more[1:]
        )
        modes = " | ".join(
            f'<a href="{href(SEARCH, [("searchtext", text), ("searchmode", m)])}">{label}</a>'
            for m, label in (("anyword", "คำใดคำหนึ่ง"), ("allwords", "ทุกคำ"), ("exactphrase", "ตรงตามวลี"))
            if m != mode
        )
        pages = -(-len(hits) // 10)
        pager = (
            " ".join(
                f"<span>{n}</span>"
                if n == page
                else f'<a href="{href(SEARCH, [("searchtext", text), ("searchmode", mode), ("page", str(n))])}">{n}</a>'
                for n in range(1, pages + 1)
            )
            if pages > 1
            else ""
        )
        main = f"""<h1 class="page-title">ผลการค้นหา</h1>
    {dialog}
    {did}
    <div id="p_lt_ctl06_pageplaceholder_p_lt_ctl03_SmartSearchResults_srchResults_pnlSearchResults" class="search-results">{found}
    </div>
    <div class="search-pager">{pager}</div>
    <p class="refine">ค้นหาเพิ่มเติม : {refine}</p>
    <p class="search-mode">ค้นหาแบบ : {modes}</p>"""
        qs = [("searchtext", text), ("searchmode", mode)] + ([("page", str(page))] if page > 1 else [])
        return self.frame(lang, SEARCH, qs, f"ผลการค้นหา {text} - {SITE}", main, [("ค้นหา", None)])

    # -- standing pages (one "Page (menu item)" template with an editable text) -----------------------------
    def text_page(
        self, path: str, title: str, inner: str, crumbs: list[tuple[str, str | None]], lang: str, submenu: bool = True
    ) -> str:
        side = ""
        if submenu:
            links = "".join(
                f'<li{ACTIVE if c_path == path else ""}><a href="{href(c_path)}">{esc(c_caption)}</a></li>'
                for c_caption, c_path in MENU[1][2]
            )
            side = f'\n  <div class="col-md-3 sidebar"><div class="side-box"><h3>เกี่ยวกับเทศบาล</h3><ul class="submenu">{links}</ul></div></div>'
        main = f"""<div class="row">
  <div class="col-md-{9 if submenu else 12} content-page">
    <h1 class="page-title">{esc(title)}</h1>
    <div id="p_lt_ctl06_pageplaceholder_p_lt_ctl02_EditableText_ucEditableText_widget1_ucEditableText">
{inner}
    </div>
  </div>{side}
</div>"""
        return self.frame(lang, path, [], f"{title} - {SITE}", main, crumbs)

    def not_found_page(self, lang: str, q: dict[str, str]) -> str:
        missing = q.get("aspxerrorpath", "")
        inner = f"""<p>ขออภัย ไม่พบหน้าที่ท่านต้องการ{f" (<code>{esc(missing)}</code>)" if missing else ""} หน้าดังกล่าวอาจถูกย้ายหรือลบออกจากระบบแล้ว</p>
<p>กรุณาตรวจสอบที่อยู่อีกครั้ง หรือไปที่ <a href="/">หน้าแรก</a> <a href="{href(SITEMAP_PAGE)}">แผนผังเว็บไซต์</a> หรือ <a href="{href(SEARCH)}">ค้นหาข้อมูล</a></p>"""
        return self.frame(
            lang,
            NOT_FOUND,
            [(k, v) for k, v in q.items()],
            f"ไม่พบหน้าที่ต้องการ - {SITE}",
            f'<h1 class="page-title">ไม่พบหน้าที่ต้องการ</h1>\n{inner}',
            [("ไม่พบหน้าที่ต้องการ", None)],
        )

    def sitemap_page(self, lang: str, q: dict[str, str]) -> str:
        def li(caption: str, path: str, kids: str = "") -> str:
            return f'<li class="CMSSiteMapListItem"><a href="{href(path)}" class="CMSSiteMapLink">{esc(caption)}</a>{kids}</li>'

        tree = []
        for caption, path, children in MENU:
            kids = "".join(li(c, p) for c, p in children)
            if path == NEWS:
                kids = li(
                    "ข่าวประชาสัมพันธ์",
                    PRESS,
                    '<ul class="CMSSiteMapList">' + li("2567", f"{PRESS}/2567") + li("2566", f"{PRESS}/2566") + "</ul>",
                ) + li("ประกาศ", NOTICES)
            tree.append(li(caption, path, f'<ul class="CMSSiteMapList">{kids}</ul>' if kids else ""))
        tree += [li("ค้นหา", SEARCH), li("นโยบายคุ้มครองข้อมูลส่วนบุคคล", PRIVACY), li("English", EN_HOME)]
        inner = '<ul class="CMSSiteMapList">' + "\n".join(tree) + "</ul>"
        return self.text_page(SITEMAP_PAGE, "แผนผังเว็บไซต์", inner, [("แผนผังเว็บไซต์", None)], lang, submenu=False)

    def standing_pages(self) -> None:
        """History, vision, general info, executives, contact, ITA, e-Service, privacy, English pages."""
        about = [("เกี่ยวกับเทศบาล", ABOUT)]
        paras = lambda texts: "\n".join(f"<p>{esc(x)}</p>" for x in texts)  # noqa: E731

        def simple(path: str, title: str, inner: str, crumbs: list, submenu: bool = True) -> None:
            self.add_page(
                path, lambda lang, q: self.text_page(path, title, inner, crumbs + [(title, None)], lang, submenu)
            )

        history = (
            f'<p><img src="{media("seal", "ตราสัญลักษณ์เทศบาล")}" alt="ตราสัญลักษณ์" style="float: right; margin: 0 0 10px 15px; width: 180px;" /></p>\n'
            + paras(HISTORY_TEXT)
        )
        simple(HISTORY, "ประวัติความเป็นมา", history, about)
        vision = (
            f'<h3 style="text-align: center;">วิสัยทัศน์</h3>\n<p style="text-align: center;"><strong>"{esc(VISION_TEXT)}"</strong></p>\n<h3>พันธกิจ</h3>\n<ol>'
            + "".join(f"<li>{esc(x)}</li>" for x in MISSIONS)
            + "</ol>\n<h3>ยุทธศาสตร์การพัฒนา</h3>\n<ul>"
            + "".join(f"<li>{esc(x)}</li>" for x in STRATEGIES)
            + "</ul>\n"
            + paras(VISION_NOTES)
        )
        simple(VISION, "วิสัยทัศน์ พันธกิจ", vision, about)
        simple(GENERAL, "ข้อมูลทั่วไป", paras(GENERAL_TEXT), about)
        cards = "\n".join(
            f'<div class="col-sm-4 staff-card"><img src="{media("staff" + str(i), f"staff-{i:02d}")}" alt="{attr(name)}" class="img-responsive" />\n  <h4>{esc(name)}</h4><p class="position">{esc(pos)}</p><p class="tel">โทร. {PHONE} ต่อ {ext}</p></div>'
            for i, (name, pos, ext) in enumerate(STAFF, 1)
        )
        simple(
            EXECUTIVES,
            "คณะผู้บริหาร",
            f'<div class="row staff-list">\n{cards}\n</div>\n<p>ข้อมูล ณ วันที่ 1 มิถุนายน 2567</p>',
            about,
        )
        rows = "\n".join(f"<tr><td>{esc(unit)}</td><td>{PHONE} ต่อ {ext}</td></tr>" for unit, ext in CONTACT_UNITS)
        contact = (
            paras(CONTACT_TEXT)
            + f'\n<table class="table table-bordered"><tr><th>หน่วยงาน</th><th>หมายเลขโทรศัพท์</th></tr>\n{rows}\n</table>\n'
            + '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3849.2!2d102.81!3d15.22!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="350" frameborder="0" style="border:0" allowfullscreen=""></iframe>\n'
            + self.bizform("ContactForm", ("ชื่อ-นามสกุล", "อีเมล", "เรื่อง", "ข้อความ"))
        )
        simple(CONTACT, "ติดต่อเรา", contact, [], submenu=False)
        ita_rows = []
        for code, label, page_link, lang_param in ITA_ITEMS:
            file_guid = guid("ita:" + code)
            name = quote(f"{code}-{label}.pdf")
            url = f"/getattachment/{file_guid}/{name}" + ("?lang=th-TH" if lang_param else "")
            more = ""
            if page_link:
                ext = page_link.startswith("http")
                target = ' target="_blank"' if ext else ""
                more = f' | <a href="{attr(page_link) if ext else href(page_link)}"{target}>ดูหน้าเว็บไซต์</a>'
            ita_rows.append(
                f'<tr><td class="text-center">{code}</td><td>{esc(label)}</td><td><a href="{attr(url)}" target="_blank"><img src="/App_Themes/PhimanNathi/images/pdf.gif" alt="" /> ดาวน์โหลด</a>{more}</td></tr>'
            )
        ita = (
            paras(ITA_TEXT)
            + '\n<table class="table table-bordered ita-table"><tr><th>ตัวชี้วัด</th><th>ข้อมูล</th><th>เอกสาร / ลิงก์</th></tr>\n'
            + "\n".join(ita_rows)
            + "\n</table>\n<p>ปรับปรุงข้อมูลล่าสุด : 28/6/2567</p>"
        )
        simple(ITA, "การเปิดเผยข้อมูลสาธารณะ (ITA) ประจำปีงบประมาณ พ.ศ. 2567", ita, [], submenu=False)
        eservice = (
            paras(ESERVICE_TEXT)
            + "\n"
            + self.bizform("Complaint", ("ชื่อ-นามสกุล", "หมายเลขโทรศัพท์", "ประเภทเรื่อง", "สถานที่เกิดเหตุ", "รายละเอียด"))
        )
        simple(ESERVICE, "ร้องเรียน/ร้องทุกข์ (e-Service)", eservice, [("บริการประชาชน", SERVICES)], submenu=False)
        simple(PRIVACY, "นโยบายคุ้มครองข้อมูลส่วนบุคคล", paras(PRIVACY_TEXT), [], submenu=False)
        self.add_page(SITEMAP_PAGE, self.sitemap_page)
        self.add_page(NOT_FOUND, self.not_found_page, listed=False)
        self.redirects[ABOUT] = HISTORY
        self.redirects[SERVICES] = ESERVICE
        self.redirects["/en"] = EN_HOME
        self.redirects["/en/"] = EN_HOME
        for path, title, texts in (
            (EN_HOME, "Welcome to Phiman Nathi City Municipality", EN_HOME_TEXT),
            (EN_ABOUT, "About Us", EN_ABOUT_TEXT),
            (
                EN_CONTACT,
                "Contact Us",
                (
                    ADDRESS_EN,
                    f"Tel. +66 44 612 200  Fax +66 44 612 299  E-mail {EMAIL}",
                    "Office hours: Monday - Friday, 08.30 - 16.30 hrs.",
                ),
            ),
        ):
            inner = paras(texts) + (
                f'\n<p>News and announcements are published in Thai: <a href="{href(NEWS)}">ข่าวสาร</a></p>'
                if path == EN_HOME
                else ""
            )
            self.add_page(
                path,
                lambda lang, q, path=path, title=title, inner=inner: self.text_page(
                    path, title, inner, [(title, None)], lang, submenu=False
                ),
            )

    def bizform(self, name: str, fields: tuple[str, ...]) -> str:
        prefix = "p_lt_ctl06_pageplaceholder_p_lt_ctl03_BizForm_viewBiz_ctl00"
        rows = []
        for i, label in enumerate(fields, 1):
            ident, name_attr = f"{prefix}_Field{i}_txtText", f"{prefix.replace('_', '$')}$Field{i}$txtText"
            control = (
                f'<textarea name="{name_attr}" rows="5" id="{ident}" class="form-control"></textarea>'
                if i == len(fields)
                else f'<input name="{name_attr}" type="text" id="{ident}" class="form-control" />'
            )
            rows.append(
                f'\n  <div class="form-group"><label id="{prefix}_Field{i}_label" class="control-label" for="{ident}">{esc(label)}</label>'
                f'<div class="EditingFormControlNestedControl">{control}</div></div>'
            )
        return f"""<div id="p_lt_ctl06_pageplaceholder_p_lt_ctl03_BizForm_viewBiz" class="bizform {name}">
<div id="{prefix}_pnlForm" class="FormPanel">{"".join(rows)}
  <div class="form-group"><img id="ctl00_SecurityCode_imgSecurityCode" src="/CMSPages/Dialogs/CaptchaImage.aspx?hash={_h("captcha:" + name, 32)}&amp;captcha=ctl00_SecurityCode" alt="Security code" />
  <input name="ctl00$SecurityCode$txtSecurityCode" type="text" id="ctl00_SecurityCode_txtSecurityCode" class="form-control" /></div>
  <input type="submit" name="{prefix.replace("_", "$")}$btnOK" value="ส่งข้อมูล" id="{prefix}_btnOK" class="FormButton btn btn-primary" />
</div>
</div>"""

    # -- registration -------------------------------------------------------------------------------
    def add_page(self, path: str, fn: Callable[[str, dict[str, str]], str | None], listed: bool = True) -> None:
        self.pages[path] = fn
        html = fn("en" if path.startswith("/en/") else "th", {})
        self.site.add(enc(path), self.respond(html))
        if listed:
            self.non_articles.append(self.u(enc(path)))

    def rss(self) -> Response:
        items = []
        for o in NEWEST[:RSS_LIMIT]:
            items.append(
                f"""    <item>
      <guid isPermaLink="false">{o.node_guid}</guid>
      <title>{esc(o.title)}</title>
      <description><![CDATA[{summary(o)}]]></description>
      <pubDate>{http_date(o.dt)}</pubDate>
      <link><![CDATA[{self.u(getdoc_path(o))}]]></link>
    </item>"""
            )
        text = f"""<?xml version="1.0" encoding="utf-8" ?>
<rss version="2.0">
  <channel>
    <title>ข่าวสาร - {SITE}</title>
    <link><![CDATA[{self.u(enc(NEWS))}]]></link>
    <description>ข่าวประชาสัมพันธ์และประกาศ {SITE}</description>
{chr(10).join(items)}
  </channel>
</rss>"""
        return Response(
            200, (("Content-Type", "text/xml; charset=utf-8"), ("Cache-Control", "private")), text.encode("utf-8")
        )

    def google_sitemap(self) -> Response:
        def entry(path: str, d: date) -> str:
            return f"<url><loc>{esc(self.u(enc(path) + '.aspx'))}</loc><lastmod>{d.year + 543}-{d.month:02d}-{d.day:02d}</lastmod></url>"

        built = date(2024, 1, 15)
        rows = [entry(HOME_TH, SITEMAP_CACHED), entry(ABOUT, built)]
        rows += [entry(p, built) for p in (HISTORY, VISION, GENERAL, EXECUTIVES)]
        rows += [entry(NEWS, SITEMAP_CACHED), entry(PRESS, SITEMAP_CACHED), entry(f"{PRESS}/2566", date(2023, 1, 3))]
        folder_2567 = deleted_done = False
        for p in POSTS:  # content-tree order: year folders, then their news; notices are listed among them
            if p.press and p.d.year == 2024 and not folder_2567:
                rows.append(entry(f"{PRESS}/2567", date(2024, 1, 2)))
                folder_2567 = True
            if p.press and p.d.year == 2023 and p.d.month >= 7 and not deleted_done:
                rows.append(entry(DELETED, date(2023, 7, 4)))
                deleted_done = True
            if p.d > SITEMAP_CACHED:
                continue
            path = unquote(old_path(p)) if p.old_alias else raw_path(p)
            rows.append(entry(path, p.d + timedelta(days=int(_h("mod:" + p.key, 2), 16) % 3)))
        rows.append(entry(NOTICES, SITEMAP_CACHED))
        rows += [entry(EVENTS, built), entry(CALENDAR, built)] + [entry(event_path(e), built) for e in EVENT_LIST]
        rows += [
            entry(p, date(2024, 6, 28))
            for p in (ITA, SERVICES, ESERVICE, CONTACT, SEARCH, SITEMAP_PAGE, PRIVACY, NOT_FOUND)
        ]
        text = (
            '<?xml version="1.0" encoding="UTF-8" ?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows)
            + "\n</urlset>"
        )
        return Response(
            200,
            (("Content-Type", "text/xml; charset=utf-8"), ("Cache-Control", "public, max-age=86400")),
            text.encode("utf-8"),
        )

    def register(self) -> None:
        site = self.site
        self.add_page("/", self.home)
        self.add_page(HOME_TH, lambda lang, q: self.home(lang, q, HOME_TH))
        self.add_page(NEWS, self.news_section)
        self.add_page(PRESS, self.press_listing)
        for n in (1, 2, 3):
            site.add(enc(PRESS) + f"?page={n}", self.respond(self.press_listing("th", {"page": str(n)})))
            self.non_articles.append(self.u(enc(PRESS) + f"?page={n}"))
        for year in (2566, 2567):
            self.add_page(f"{PRESS}/{year}", lambda lang, q, year=year: self.year_page(year, lang, q))
        self.add_page(NOTICES, self.notices_page)
        self.add_page(EVENTS, self.events_page)
        self.add_page(CALENDAR, self.calendar_page)
        for e in EVENT_LIST:
            self.add_page(event_path(e), lambda lang, q, e=e: self.event_page(e, lang, q))
            ics = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kentico//EventManager//EN\r\nBEGIN:VEVENT\r\nDTSTART:{e[1].replace('-', '')}T{e[2].replace(':', '')}00\r\nSUMMARY:{e[3]}\r\nLOCATION:{e[4]}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            site.add(
                f"/CMSModules/EventManager/CMSPages/AddToOutlook.aspx?eventid={e[6]}",
                Response(
                    200,
                    (
                        ("Content-Type", "text/calendar; charset=utf-8"),
                        ("Content-Disposition", f"attachment; filename=event{e[6]}.ics"),
                    ),
                    ics.encode(),
                ),
            )
        self.add_page(SEARCH, self.search_page)
        self.standing_pages()
        # posts
        for p in POSTS:
            self.pages[raw_path(p)] = lambda lang, q, p=p: self.post_page(p, lang, q)
            site.add(main_path(p), self.respond(self.post_page(p, "th", {})))
            if p.old_alias:
                self.redirects[unquote(old_path(p))] = raw_path(p)
            aliases = [
                main_path(p) + ".aspx",
                main_path(p) + "?lang=th-TH",
                main_path(p) + "?lang=en-US",
                getdoc_path(p),
            ]
            if p.key == "P1":
                aliases.append(enc(raw_path(p).removeprefix("/th")))
            if p.old_alias:
                aliases += [old_path(p) + ".aspx", old_path(p)]
            site.articles.append(
                FixtureArticle(
                    url=self.u(main_path(p)),
                    aliases=tuple(self.u(a) for a in aliases),
                    title=p.title,
                    paragraphs=gold_paragraphs(p),
                    published=p.day,
                    author=p.author,
                    captions=captions(p),
                )
            )
        # pages that are known non-articles: the soft-404 of the deleted post, a calendar month, a search
        self.non_articles.append(
            self.u(enc(NOT_FOUND) + ".aspx?" + urlencode([("aspxerrorpath", enc(DELETED) + ".aspx")], safe="/%"))
        )
        self.non_articles.append(self.u(enc(CALENDAR) + "?month=8&year=2567"))
        self.non_articles.append(
            self.u(enc(SEARCH) + "?" + urlencode([("searchtext", POPULAR[0]), ("searchmode", "anyword")]))
        )
        # feeds, sitemap, robots, theme files, admin
        site.add(RSS, self.rss())
        site.add("/sitemap.xml", self.google_sitemap())
        site.add("/googlesitemap.xml", self.google_sitemap())
        robots = f"User-agent: *\r\nDisallow: /CMSPages/\r\nDisallow: /CMSModules/\r\nDisallow: /Admin/\r\n\r\nSitemap: {self.u('/sitemap.xml')}\r\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.disallowed_paths = ["/CMSPages/", "/CMSModules/", "/Admin/"]
        css = (
            (
                "/CMSPages/GetResource.ashx?stylesheetname=PhimanNathi2019",
                "text/css",
                "body{font-family:Sarabun,Tahoma,sans-serif}\n",
            ),
            ("/App_Themes/PhimanNathi/css/bootstrap.min.css", "text/css", "/*! Bootstrap v3.3.7 */\n"),
            (
                "/CMSPages/GetResource.ashx?scriptfile=%7e%2fCMSScripts%2fCustom%2fphimannathi.js",
                "application/x-javascript",
                "function setFont(n){}\n",
            ),
            (
                "/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SCTbTGWyaKmYXqDQ2&t=637814689746327080",
                "application/x-javascript",
                "function WebForm_PostBackOptions(){}\n",
            ),
            (
                "/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvmiQ4pIH8U6JQyLuFnTA_Mn0aHbrW_BwOXXjVr4PUq6q0&t=7c776dc1",
                "application/x-javascript",
                "Type.registerNamespace('Sys');\n",
            ),
        )
        for path, ctype, text in css:
            site.add(
                path,
                Response(200, (("Content-Type", ctype), ("Cache-Control", "public, max-age=604800")), text.encode()),
            )
        site.add(
            "/Admin/CMSAdministration.aspx",
            Response(
                302,
                (
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Location", "/CMSPages/logon.aspx?ReturnUrl=%2fAdmin%2fCMSAdministration.aspx"),
                ),
            ),
        )
        logon = self.frame(
            "th",
            "/CMSPages/logon.aspx",
            [],
            "Kentico - เข้าสู่ระบบ",
            '<div class="logon"><input name="Login1$UserName" type="text" id="Login1_UserName" /><input name="Login1$Password" type="password" id="Login1_Password" /><input type="submit" name="Login1$LoginButton" value="Log on" id="Login1_LoginButton" /></div>',
        )
        site.add("/CMSPages/logon.aspx?ReturnUrl=%2fAdmin%2fCMSAdministration.aspx", self.respond(logon))
        self.files_register()
        site.broken_links.append(self.u(f"/getattachment/{guid('ita:O6')}/" + quote("O6-กฎหมายที่เกี่ยวข้อง.pdf")))
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SEARCH, TRAP_SORT]
        site.dynamic = self.dynamic
        site.not_found = Response(404, (("Content-Type", "text/html"),), IIS_404.encode())

    def files_register(self) -> None:
        """Attachments and media files, answered for any name and any resize query (GetFile handler)."""
        modified = datetime(2024, 7, 10, 9, 0, tzinfo=BANGKOK)
        for p in POSTS:
            seeds = []
            if p.figure:
                seeds.append(f"{p.key}:teaser")
                if p.press:
                    seeds += [f"{p.key}:gallery:{n}" for n in range(1, 4)]
            seeds += [f"{p.key}:inline:{n}" for n in range(1, 1 + sum(ln.startswith("C: ") for ln in p.body))]
            for seed in seeds:
                self.files[guid("att:" + seed)] = ("jpeg", p.dt)
            if p.attachment:
                name = p.attachment.split("|")[0]
                self.files[guid(f"pdf:{p.key}")] = (
                    "pdf",
                    p.dt,
                    f"Phiman Nathi notice {p.key}",
                    [p.day, name.encode("ascii", "ignore").decode() or "notice"],
                )
        for code, _label, _link, _lang in ITA_ITEMS:
            if code != "O6":  # the O6 file was replaced in the CMS: its old GUID is gone (a broken link)
                self.files[guid("ita:" + code)] = (
                    "pdf",
                    modified,
                    f"ITA 2567 {code}",
                    ["Phiman Nathi City Municipality", f"OIT {code}"],
                )
        self.files[guid("pdf:finance-2566")] = (
            "pdf",
            modified,
            "Financial statement 2566",
            ["Phiman Nathi City Municipality"],
        )
        media_seeds = [
            "logo",
            "logo-footer",
            "ita-banner",
            "slide1",
            "slide2",
            "slide3",
            "icon1",
            "icon2",
            "icon3",
            "icon4",
            "seal",
        ]
        media_seeds += [f"staff{i}" for i in range(1, len(STAFF) + 1)]
        for seed in media_seeds:
            self.files[guid("media:" + seed)] = ("jpeg", modified)

    def file(self, path: str, q: dict[str, str]) -> Response | None:
        m = re.match(r"/get(?:attachment|media)/([0-9a-f-]{36})/", path.lower())
        found = self.files.get(m.group(1)) if m else None
        if not found:
            return None
        if found[0] == "pdf":
            body, ctype = pdf(found[2], found[3]), "application/pdf"
        else:
            w = int(q["width"]) if q.get("width", "").isdigit() else 800
            h = int(q["height"]) if q.get("height", "").isdigit() else w * 2 // 3
            if q.get("maxsidesize", "").isdigit():
                w = h = int(q["maxsidesize"])
            body, ctype = (
                jpeg(max(8, min(w, 2000)), max(8, min(h, 2000))),
                "image/jpeg" if not q.get("ext", ".jpg").endswith("gif") else "image/gif",
            )
        modified = found[1]
        return Response(
            200,
            (
                ("Content-Type", ctype),
                ("Last-Modified", http_date(modified)),
                ("ETag", f'"{_h("etag:" + path + str(sorted(q.items())), 16)}"'),
                ("Cache-Control", "public, max-age=604800"),
                ("Content-Disposition", "inline; filename=" + quote(path.rsplit("/", 1)[-1].removesuffix(".aspx"))),
            ),
            body,
        )

    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        original = unquote(parts.path)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        low = original.lower()
        if low.startswith(("/getattachment/", "/getmedia/")):
            return self.file(original, dict(pairs))
        if low.startswith("/getdoc/"):
            m = re.match(r"/getdoc/([0-9a-f-]{36})/", low)
            post = next((p for p in POSTS if m and p.node_guid == m.group(1)), None)
            if post:
                return Response(
                    301, (("Content-Type", "text/html; charset=utf-8"), ("Location", self.u(main_path(post))))
                )
        path = original[:-5] if low.endswith(".aspx") else original
        lang, rest = None, {}
        for k, v in pairs:
            if k.lower() == "lang":
                lang = v
            else:
                rest[k] = v
        if path in self.redirects:  # a renamed page's old alias: 301; a menu item "redirect to first child": 302
            status = 302 if path in (ABOUT, SERVICES, "/en", "/en/") else 301
            return Response(
                status, (("Content-Type", "text/html; charset=utf-8"), ("Location", enc(self.redirects[path])))
            )
        candidates = [path]
        if not path.startswith(("/th/", "/en/")) and path not in ("", "/"):
            candidates.append("/th" + path)  # no language prefix: the preferred culture (th-TH)
        for cand in candidates:
            fn = self.pages.get(cand)
            if fn is None:
                continue
            code = "en" if (lang or "").lower().startswith("en") or (lang is None and cand.startswith("/en/")) else "th"
            html = fn(code, rest)
            if html is not None:
                return self.respond(html)
        last = original.rsplit("/", 1)[-1]
        if low.endswith(".aspx") or "." not in last:
            # customErrors redirectMode="ResponseRedirect": the Kentico "page not found" page, status 200
            location = enc(NOT_FOUND) + ".aspx?aspxerrorpath=" + quote(original, safe="/")
            return Response(302, (("Content-Type", "text/html; charset=utf-8"), ("Location", location)))
        return None


# -- events (CMS.BookingEvent page type) ---------------------------------------------------------------------
# key, date, time, name, place, summary, EventManager id
EVENT_LIST = (
    (
        "E1",
        "2024-06-22",
        "16:00",
        "ตลาดนัดสินค้าชุมชนริมแม่น้ำพิมาน",
        "ลานวัฒนธรรมริมแม่น้ำพิมาน",
        "จำหน่ายสินค้าชุมชน ผลิตภัณฑ์แปรรูป และอาหารพื้นเมือง ทุกวันเสาร์ที่สี่ของเดือน",
        "41",
    ),
    (
        "E2",
        "2024-07-20",
        "08:30",
        "ตรวจสุขภาพผู้สูงอายุประจำปี 2567",
        "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ ชุมชนโนนสว่าง",
        "ตรวจวัดความดันโลหิต ระดับน้ำตาลในเลือด และคัดกรองภาวะสมองเสื่อม",
        "42",
    ),
    (
        "E3",
        "2024-07-28",
        "07:00",
        "กิจกรรมจิตอาสาพัฒนาเฉลิมพระเกียรติ",
        "สวนสาธารณะริมแม่น้ำพิมาน",
        "ทำความสะอาดพื้นที่สาธารณะและปลูกต้นไม้ เนื่องในวันเฉลิมพระชนมพรรษา",
        "43",
    ),
    (
        "E4",
        "2024-08-12",
        "07:30",
        "พิธีทำบุญตักบาตร เนื่องในวันแม่แห่งชาติ",
        "ลานหน้าอาคารสำนักงานเทศบาล",
        "พิธีทำบุญตักบาตรพระสงฆ์ 99 รูป และพิธีถวายพระพรชัยมงคล",
        "44",
    ),
    (
        "E5",
        "2024-09-14",
        "09:00",
        "การแข่งขันเรือยาวประเพณีเมืองพิมานนที ประจำปี 2567",
        "แม่น้ำพิมาน หน้าวัดกลาง",
        "การแข่งขันเรือยาวประเภท 30 ฝีพายและ 55 ฝีพาย ชิงถ้วยรางวัลนายกเทศมนตรี",
        "45",
    ),
)


def event_path(e: tuple[str, ...]) -> str:
    return f"{EVENTS}/{node_alias(e[3])}"


# -- standing texts --------------------------------------------------------------------------------------------
HISTORY_TEXT = (
    "เทศบาลนครพิมานนทีเดิมมีฐานะเป็นสุขาภิบาลเมืองพิมานนที ตั้งอยู่บริเวณย่านตลาดเก่าริมฝั่งแม่น้ำพิมาน ซึ่งเป็นชุมทางการค้าทางน้ำที่สำคัญของภูมิภาคมาตั้งแต่สมัยรัชกาลที่ 5 ต่อมาได้รับการยกฐานะเป็นเทศบาลเมืองพิมานนที เมื่อปี พ.ศ. 2480 มีพื้นที่เริ่มแรกประมาณ 4.2 ตารางกิโลเมตร",
    "ในปี พ.ศ. 2519 ได้มีการขยายเขตเทศบาลเป็น 18.6 ตารางกิโลเมตร เพื่อรองรับการขยายตัวของชุมชนที่เติบโตไปตามแนวถนนสายหลักและทางรถไฟ ทำให้เมืองพิมานนทีกลายเป็นศูนย์กลางการปกครอง การศึกษา และเศรษฐกิจของจังหวัด",
    "เมื่อวันที่ 9 กรกฎาคม พ.ศ. 2547 เทศบาลเมืองพิมานนทีได้รับการเปลี่ยนแปลงฐานะเป็นเทศบาลนครพิมานนที เนื่องจากมีประชากรเกินห้าหมื่นคน มีความหนาแน่นของประชากรและรายได้เพียงพอตามหลักเกณฑ์ที่กฎหมายกำหนด",
    "ตราสัญลักษณ์ของเทศบาลเป็นรูปเรือยาวลอยอยู่เหนือคลื่นน้ำ มีหอนาฬิกาอยู่เบื้องหลัง หมายถึงเมืองที่เติบโตจากสายน้ำและการค้า โดยหอนาฬิกากลางเมืองซึ่งสร้างขึ้นเมื่อปี พ.ศ. 2493 ยังคงเป็นสัญลักษณ์ของเมืองมาจนถึงปัจจุบัน",
    "ปัจจุบันเทศบาลนครพิมานนทีแบ่งการบริหารออกเป็น 32 ชุมชน มีโรงเรียนในสังกัด 8 แห่ง ศูนย์พัฒนาเด็กเล็ก 6 แห่ง และศูนย์บริการสาธารณสุข 4 แห่ง ให้บริการประชาชนในเขตเทศบาลและพื้นที่ใกล้เคียง",
)
VISION_TEXT = "พิมานนทีนครน่าอยู่ เมืองแห่งการเรียนรู้ คู่วัฒนธรรมริมน้ำ ก้าวล้ำด้วยเทคโนโลยี"
MISSIONS = (
    "พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐาน ครอบคลุมทุกชุมชน",
    "ส่งเสริมคุณภาพการศึกษาและการเรียนรู้ตลอดชีวิตของประชาชนทุกช่วงวัย",
    "ดูแลสุขภาพอนามัยและคุณภาพชีวิตของประชาชน โดยเฉพาะเด็ก ผู้สูงอายุ และผู้พิการ",
    "อนุรักษ์และฟื้นฟูศิลปวัฒนธรรม ประเพณี และวิถีชีวิตริมแม่น้ำพิมาน",
    "บริหารจัดการสิ่งแวดล้อมและขยะมูลฝอยอย่างยั่งยืน",
    "บริหารงานอย่างโปร่งใส ตรวจสอบได้ และนำเทคโนโลยีดิจิทัลมาใช้ในการให้บริการ",
)
STRATEGIES = (
    "ยุทธศาสตร์ที่ 1 การพัฒนาเมืองและโครงสร้างพื้นฐาน",
    "ยุทธศาสตร์ที่ 2 การพัฒนาคนและสังคมคุณภาพ",
    "ยุทธศาสตร์ที่ 3 การพัฒนาเศรษฐกิจและการท่องเที่ยวเชิงวัฒนธรรม",
    "ยุทธศาสตร์ที่ 4 การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม",
    "ยุทธศาสตร์ที่ 5 การบริหารจัดการบ้านเมืองที่ดี",
)
VISION_NOTES = (
    "วิสัยทัศน์และพันธกิจดังกล่าวกำหนดไว้ในแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ซึ่งผ่านการประชุมประชาคมเมืองและความเห็นชอบของคณะกรรมการพัฒนาเทศบาลนครพิมานนที",
    "เทศบาลจะติดตามและประเมินผลการดำเนินงานตามแผนพัฒนาท้องถิ่นปีละ 2 ครั้ง และรายงานผลให้สภาเทศบาลและประชาชนทราบผ่านทางเว็บไซต์และบอร์ดประชาสัมพันธ์ของเทศบาล",
)
GENERAL_TEXT = (
    "เทศบาลนครพิมานนทีตั้งอยู่ในเขตอำเภอเมืองพิมานนที จังหวัดพิมานนที มีพื้นที่ทั้งหมด 18.6 ตารางกิโลเมตร ทิศเหนือจดเขตองค์การบริหารส่วนตำบลหนองไผ่ ทิศใต้จดแม่น้ำพิมาน ทิศตะวันออกจดเขตเทศบาลตำบลบ้านโคก และทิศตะวันตกจดเขตองค์การบริหารส่วนตำบลท่าช้าง",
    "สภาพพื้นที่โดยทั่วไปเป็นที่ราบลุ่มริมแม่น้ำ ลาดเอียงจากทิศเหนือลงสู่ทิศใต้ ในฤดูฝนบางพื้นที่ริมทางรถไฟและชุมชนริมน้ำมักเกิดน้ำท่วมขังเป็นครั้งคราว",
    "ณ เดือนธันวาคม 2566 มีประชากรตามทะเบียนราษฎร 86,412 คน แยกเป็นชาย 41,208 คน หญิง 45,204 คน จำนวนบ้าน 38,915 หลังคาเรือน ประชากรส่วนใหญ่ประกอบอาชีพค้าขาย รับราชการ และรับจ้างในภาคบริการ",
    "เศรษฐกิจของเมืองขึ้นอยู่กับการค้าปลีกค้าส่ง การบริการ และการท่องเที่ยวเชิงวัฒนธรรม โดยมีตลาดสดเทศบาล 3 แห่ง ตลาดนัดชุมชน และแหล่งท่องเที่ยวสำคัญ ได้แก่ หอนาฬิกา วัดกลาง และถนนคนเดินริมแม่น้ำพิมาน",
)
STAFF = (
    ("นายสุรเชษฐ์ วงศ์ทองดี", "นายกเทศมนตรีนครพิมานนที", "100"),
    ("นางกนกวรรณ ศรีประเสริฐ", "รองนายกเทศมนตรี", "101"),
    ("นายพงศกร แสงอรุณ", "รองนายกเทศมนตรี", "102"),
    ("นายวีระพล มั่นคง", "รองนายกเทศมนตรี", "103"),
    ("นางสาวอรอุมา ทองสุข", "เลขานุการนายกเทศมนตรี", "104"),
    ("นายธีรวัฒน์ ปานแก้ว", "ปลัดเทศบาล", "110"),
    ("นางศิริพร ใจงาม", "รองปลัดเทศบาล", "111"),
    ("นางจันทร์เพ็ญ รักษ์ถิ่น", "ผู้อำนวยการสำนักการคลัง", "201"),
    ("นายอำนาจ ศักดิ์ดี", "ผู้อำนวยการสำนักการช่าง", "501"),
)
CONTACT_TEXT = (
    f"{SITE} {ADDRESS}",
    f"โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล {EMAIL} เปิดให้บริการวันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ) งานทะเบียนราษฎรเปิดให้บริการวันเสาร์ เวลา 08.30 - 12.00 น.",
    "กรณีเหตุเดือดร้อนรำคาญ ไฟฟ้าสาธารณะดับ หรือท่อระบายน้ำอุดตัน แจ้งได้ที่ศูนย์รับเรื่องร้องเรียนตลอด 24 ชั่วโมง หรือผ่านระบบร้องเรียนออนไลน์ของเทศบาล",
)
CONTACT_UNITS = (
    ("สำนักปลัดเทศบาล", "110"),
    ("สำนักการคลัง", "201"),
    ("สำนักการช่าง", "501"),
    ("สำนักการสาธารณสุขและสิ่งแวดล้อม", "301"),
    ("สำนักการศึกษา", "601"),
    ("กองสวัสดิการสังคม", "402"),
    ("ศูนย์ป้องกันและบรรเทาสาธารณภัย", "199"),
)
ITA_TEXT = (
    "เทศบาลนครพิมานนทีเข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. 2567 โดยเปิดเผยข้อมูลสาธารณะตามตัวชี้วัดที่ 9 และตัวชี้วัดที่ 10 ดังนี้",
)
# code, label, page link (None: the PDF only), "?lang=th-TH" on the attachment link
ITA_ITEMS = (
    ("O1", "โครงสร้างส่วนราชการ", None, False),
    ("O2", "ข้อมูลผู้บริหาร", EXECUTIVES, True),
    ("O3", "อำนาจหน้าที่", None, False),
    ("O4", "แผนพัฒนาท้องถิ่น", None, True),
    ("O5", "ข้อมูลการติดต่อ", CONTACT, False),
    ("O6", "กฎหมายที่เกี่ยวข้อง", None, False),
    ("O7", "ข่าวประชาสัมพันธ์", PRESS, False),
    ("O8", "Q&A", ESERVICE, True),
    ("O9", "Social Network", "https://www.facebook.com/phimannathicity", False),
    ("O10", "นโยบายของผู้บริหาร", None, False),
    ("O11", "แผนการดำเนินงานประจำปี", None, True),
    ("O12", "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน", None, False),
)
ESERVICE_TEXT = (
    "ท่านสามารถแจ้งเรื่องร้องเรียน ร้องทุกข์ หรือเสนอแนะความคิดเห็นต่อเทศบาลนครพิมานนทีได้ผ่านแบบฟอร์มด้านล่างนี้ เจ้าหน้าที่จะตรวจสอบและแจ้งผลการดำเนินการกลับภายใน 15 วันทำการ",
    "กรณีร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ",
)
PRIVACY_TEXT = (
    "เทศบาลนครพิมานนทีตระหนักถึงความสำคัญของการคุ้มครองข้อมูลส่วนบุคคล จึงได้จัดทำนโยบายฉบับนี้ขึ้นเพื่อแจ้งให้ผู้ใช้บริการเว็บไซต์ทราบถึงวิธีการเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคล ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
    "เว็บไซต์นี้เก็บข้อมูลการเข้าชมผ่านคุกกี้เพื่อวิเคราะห์สถิติและปรับปรุงการให้บริการ โดยไม่ระบุตัวตนของผู้เข้าชม ข้อมูลที่ท่านกรอกในแบบฟอร์มร้องเรียนหรือติดต่อจะใช้เพื่อการดำเนินการตามคำร้องเท่านั้น",
    "ท่านมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูลส่วนบุคคลของท่าน โดยติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลของเทศบาล ได้ที่สำนักปลัดเทศบาล หรือทางอีเมลของเทศบาล",
)
ADDRESS_EN = "199 Thetsaban 3 Road, Nai Mueang, Mueang Phiman Nathi District, Phiman Nathi 61990, Thailand"
EN_HOME_TEXT = (
    "Phiman Nathi City Municipality serves about 86,000 residents in 32 communities along the Phiman River.",
    "This English section gives basic information about the municipality. Most news, announcements and services are available in Thai only.",
)
EN_ABOUT_TEXT = (
    "Phiman Nathi was upgraded from a town municipality to a city municipality in 2004. It covers 18.6 square kilometres in the centre of Phiman Nathi Province.",
    "The municipality runs 8 schools, 6 child development centres and 4 public health centres, and organises the annual long-boat race and candle festival.",
)

IIS_404 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - File or directory not found.</h2>
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
 </fieldset></div>
</div>
</body>
</html>
"""


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Microsoft-IIS/10.0")
    Kentico(site).register()
    return site

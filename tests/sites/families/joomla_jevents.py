# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""joomla_jevents: Joomla 3 (protostar-like template) with the JEvents calendar.

เทศบาลตำบลห้วยยางทอง (fictional).  SEF URLs without mod_rewrite: articles
at ``/index.php/news/123-2023-05-12-03-45-21`` (Joomla made a date-time
alias because the title is Thai and unicode aliases are off).  Joomla also
answers ``/index.php/news/123`` and the non-SEF
``/index.php?option=com_content&view=article&id=123:<alias>&catid=8&Itemid=115``
with the same page (aliases; rel=canonical names the SEF URL).  The
category blog ``/index.php/news`` shows 6 intro texts a page with a
``รายละเอียด...`` read-more button and ``?start=6``, ``?start=12``
pagination (``?limitstart=0`` = page 1); the home page shows the latest 4
featured intros.  Articles have Joomla's ``itemprop`` markup, the
``รายละเอียด`` info block and the pagenav ก่อนหน้า / ถัดไป links.

JEvents (Itemid=120): month view
``index.php?option=com_jevents&view=month&task=month.calendar&year=YYYY&month=MM&Itemid=120``
links the month before and after, for ever (any month answers 200: pages
are made on the fly), plus week and day views.  A trap: every calendar URL
matches ``site.trap_patterns``.  Event pages
(``task=icalrepeat.detail&evid=N``) hold a title, a time and a place only:
NOT articles (gold: non_articles), like the calendar pages.  A "กิจกรรมที่จะ
มาถึง" module links the events from every page.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, local_dt, thai_long, thai_weekday
from .common import add_jpeg, add_text, attr, esc, html_page

FAMILY = "joomla_jevents"
SITE = "เทศบาลตำบลห้วยยางทอง"
ADDRESS = "222 หมู่ 1 ตำบลห้วยยางทอง อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000"
CATID, NEWS_ITEMID, CAL_ITEMID = 8, 115, 120
PER_PAGE = 6
HOME_ITEMS = 4
SITE_BUILT = datetime(2019, 5, 1, 9, 0)
PR, SU = "งานประชาสัมพันธ์", "Super User"

STORIES: tuple[Story, ...] = (
    Story(
        "ประชุมสภาเทศบาลตำบลห้วยยางทอง สมัยวิสามัญ สมัยที่ 1 ประจำปี 2565",
        "2022-01-27",
        "10:45",
        PR,
        (
            "วันพฤหัสบดีที่ 27 มกราคม 2565 เวลา 09.30 น. สภาเทศบาลตำบลห้วยยางทองจัดประชุมสภาสมัยวิสามัญ สมัยที่ 1 ประจำปี 2565 ณ ห้องประชุมสภาเทศบาล",
            "ที่ประชุมพิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายเพิ่มเติม ฉบับที่ 1 เพื่อจัดซื้อรถบรรทุกขยะมูลฝอยแบบอัดท้าย ขนาด 6 ตัน จำนวน 1 คัน และสมาชิกสภามีมติรับหลักการในวาระที่ 1",
        ),
    ),
    Story(
        "เทศบาลตำบลห้วยยางทองรับมอบเครื่องผลิตออกซิเจน",
        "2022-03-04",
        "14:20",
        SU,
        (
            "นายกเทศมนตรีตำบลห้วยยางทองรับมอบเครื่องผลิตออกซิเจน จำนวน 5 เครื่อง จากชมรมผู้สูงอายุตำบลห้วยยางทอง เพื่อให้บริการยืมแก่ผู้ป่วยติดเตียงในเขตเทศบาล",
        ),
        photos=3,
    ),
    Story(
        "โครงการพัฒนาศักยภาพกลุ่มอาชีพทอผ้าไหมบ้านห้วยยาง",
        "2022-05-19",
        "16:00",
        PR,
        (
            "เทศบาลตำบลห้วยยางทองจัดโครงการพัฒนาศักยภาพกลุ่มอาชีพทอผ้าไหม ระหว่างวันที่ 17 - 19 พฤษภาคม 2565 ณ ศูนย์ทอผ้าบ้านห้วยยาง มีสมาชิกกลุ่มเข้าร่วม 35 คน",
            "การอบรมครั้งนี้เน้นการออกแบบลายผ้าให้ทันสมัย การย้อมสีจากครั่งและเปลือกไม้ และการถ่ายภาพสินค้าเพื่อจำหน่ายทางออนไลน์",
            "ผ้าไหมลายดอกพิกุลของกลุ่มได้รับการคัดสรรเป็นผลิตภัณฑ์ OTOP ระดับ 4 ดาวเมื่อปีที่ผ่านมา",
        ),
        photos=2,
    ),
    Story(
        "ประกาศ เรื่อง การยื่นแบบภาษีป้าย ประจำปี 2565",
        "2022-06-01",
        "09:00",
        SU,
        (
            "เทศบาลตำบลห้วยยางทองแจ้งให้เจ้าของป้ายในเขตเทศบาลยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในเดือนมีนาคมของทุกปี ผู้ที่ติดตั้งป้ายใหม่ให้ยื่นแบบภายใน 15 วันนับแต่วันติดตั้ง",
            "ผู้ที่ไม่ยื่นแบบภายในกำหนดต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย สอบถามรายละเอียดได้ที่กองคลัง",
        ),
    ),
    Story(
        "ทำบุญตักบาตรเนื่องในวันเฉลิมพระชนมพรรษา",
        "2022-07-28",
        "08:10",
        PR,
        (
            "คณะผู้บริหาร พนักงาน และประชาชน ร่วมพิธีทำบุญตักบาตรถวายพระราชกุศล เนื่องในโอกาสวันเฉลิมพระชนมพรรษา ณ ลานหน้าสำนักงานเทศบาลตำบลห้วยยางทอง",
        ),
        photos=4,
    ),
    Story(
        "อบรมให้ความรู้การคัดแยกขยะแก่นักเรียน",
        "2022-09-08",
        "15:30",
        PR,
        (
            "กองสาธารณสุขและสิ่งแวดล้อมจัดอบรมให้ความรู้การคัดแยกขยะแก่นักเรียนโรงเรียนบ้านห้วยยางทอง จำนวน 120 คน โดยแบ่งเป็นฐานการเรียนรู้ 4 ฐาน ได้แก่ ขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย",
            "นักเรียนที่ผ่านการอบรมได้รับมอบหมายให้เป็นแกนนำตรวจสอบการแยกขยะในห้องเรียนของตนเอง",
        ),
    ),
    Story(
        "ซ่อมแซมไฟฟ้าส่องสว่างสาธารณะ ถนนสายห้วยยาง - โนนสำราญ",
        "2022-11-22",
        "13:15",
        SU,
        ("งานไฟฟ้า กองช่าง ออกซ่อมแซมไฟฟ้าส่องสว่างสาธารณะที่ชำรุดตามคำร้องของประชาชน บริเวณถนนสายห้วยยาง - โนนสำราญ จำนวน 14 จุด",),
        photos=2,
    ),
    Story(
        "งานประเพณีบุญกุ้มข้าวใหญ่ ประจำปี 2566",
        "2023-01-21",
        "18:40",
        PR,
        (
            "เทศบาลตำบลห้วยยางทองร่วมกับวัดศรีห้วยยางจัดงานประเพณีบุญกุ้มข้าวใหญ่ ประจำปี 2566 เพื่อสืบสานประเพณีฮีตสิบสองของชาวอีสาน",
            "ชาวบ้านทั้ง 11 หมู่บ้านนำข้าวเปลือกมารวมกันที่ลานวัด ทำพิธีสู่ขวัญข้าวและทำบุญเลี้ยงพระ ข้าวเปลือกที่ได้รวมกว่า 8 ตัน จะนำเข้าธนาคารข้าวของชุมชน",
            "ภาคค่ำมีการแสดงหมอลำและการประกวดขบวนแห่กุ้มข้าวจากแต่ละหมู่บ้าน",
        ),
        photos=3,
    ),
    Story(
        "รับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2566",
        "2023-02-15",
        "10:00",
        SU,
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลห้วยยางทองรับสมัครเด็กอายุ 2 - 3 ปี เข้าเรียนปีการศึกษา 2566 ตั้งแต่บัดนี้ถึงวันที่ 31 มีนาคม 2566 ที่กองการศึกษา",
        ),
    ),
    Story(
        "ตรวจประเมินตลาดสดน่าซื้อ",
        "2023-04-26",
        "11:20",
        PR,
        (
            "เจ้าหน้าที่สาธารณสุขอำเภอเมืองชัยภูมิ ร่วมกับเทศบาลตำบลห้วยยางทอง ตรวจประเมินตลาดสดเทศบาลตามโครงการตลาดสดน่าซื้อ ทั้งด้านสุขลักษณะ ความปลอดภัยของอาหาร และการจัดการขยะ",
            "ผลการตรวจประเมินผ่านเกณฑ์ในระดับดีมาก เทศบาลจะปรับปรุงรางระบายน้ำภายในตลาดเพิ่มเติมตามข้อเสนอแนะ",
        ),
        photos=2,
    ),
    Story(
        "เปิดสนามฟุตบอลชุมชนบ้านโนนสำราญ",
        "2023-06-10",
        "17:00",
        SU,
        (
            "นายกเทศมนตรีตำบลห้วยยางทองเป็นประธานเปิดสนามฟุตบอลชุมชนบ้านโนนสำราญ ที่ปรับปรุงใหม่ด้วยงบประมาณเทศบาล พร้อมจัดการแข่งขันฟุตบอลเยาวชนนัดกระชับมิตร",
        ),
        photos=4,
    ),
    Story(
        "ประชาสัมพันธ์ช่องทางการชำระภาษีผ่านแอปพลิเคชันธนาคาร",
        "2023-08-03",
        "09:40",
        PR,
        (
            "เทศบาลตำบลห้วยยางทองเพิ่มช่องทางการชำระภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียมเก็บขยะ ผ่านการสแกน QR Code ด้วยแอปพลิเคชันของทุกธนาคาร",
            "ผู้เสียภาษีสามารถขอรับใบแจ้งหนี้พร้อม QR Code ได้ที่กองคลัง หรือทางไลน์ของเทศบาล เมื่อชำระแล้วให้ส่งหลักฐานการโอนเพื่อรับใบเสร็จรับเงินทางไปรษณีย์",
            "ช่องทางนี้ช่วยลดเวลาการเดินทางมาที่สำนักงาน โดยเฉพาะผู้ที่ทำงานต่างจังหวัด",
        ),
    ),
    Story(
        "ฝึกซ้อมแผนรับมืออุทกภัย ประจำปี 2566",
        "2023-09-21",
        "15:50",
        PR,
        (
            "เทศบาลตำบลห้วยยางทองร่วมกับอำเภอเมืองชัยภูมิ ฝึกซ้อมแผนป้องกันและบรรเทาสาธารณภัยกรณีอุทกภัย บริเวณลำห้วยยาง มีการสาธิตการอพยพประชาชนและการกู้ภัยทางน้ำ",
        ),
        photos=3,
    ),
    Story(
        "มอบเบี้ยยังชีพผู้พิการรายใหม่",
        "2023-11-07",
        "10:30",
        SU,
        (
            "เทศบาลตำบลห้วยยางทองแจ้งผู้พิการที่ลงทะเบียนรายใหม่ จำนวน 12 ราย ให้ตรวจสอบรายชื่อได้ที่สำนักปลัด โดยจะได้รับเบี้ยความพิการตั้งแต่เดือนธันวาคม 2566 เป็นต้นไป",
        ),
    ),
    Story(
        "โครงการตรวจคัดกรองเบาหวานและความดันโลหิตสูง",
        "2024-01-30",
        "14:00",
        PR,
        (
            "กองสาธารณสุขและสิ่งแวดล้อมร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลห้วยยางทอง ออกตรวจคัดกรองโรคเบาหวานและความดันโลหิตสูงให้ประชาชนอายุ 35 ปีขึ้นไป ทั้ง 11 หมู่บ้าน",
            "จากการตรวจคัดกรอง 1,460 คน พบกลุ่มเสี่ยงโรคเบาหวาน 182 คน และกลุ่มเสี่ยงโรคความดันโลหิตสูง 247 คน ซึ่งจะได้รับการติดตามและเข้าร่วมโครงการปรับเปลี่ยนพฤติกรรมสุขภาพต่อไป",
            "ผู้ที่ยังไม่ได้รับการตรวจ สามารถเข้ารับบริการได้ที่ รพ.สต. ในวันและเวลาราชการ",
        ),
        photos=2,
    ),
    Story(
        "ประชุมสภาเทศบาล สมัยสามัญ สมัยแรก ประจำปี 2567",
        "2024-02-16",
        "12:10",
        SU,
        (
            "สภาเทศบาลตำบลห้วยยางทองประชุมสมัยสามัญ สมัยแรก ประจำปี 2567 เมื่อวันที่ 16 กุมภาพันธ์ 2567 ที่ประชุมรับทราบรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่นประจำปี 2566 และอนุมัติโอนงบประมาณเพื่อซ่อมแซมหลังคาศูนย์พัฒนาเด็กเล็ก",
        ),
    ),
    Story(
        "กิจกรรมวันสงกรานต์และวันผู้สูงอายุ ประจำปี 2567",
        "2024-04-12",
        "16:30",
        PR,
        (
            "เทศบาลตำบลห้วยยางทองจัดกิจกรรมวันสงกรานต์และวันผู้สูงอายุ ณ หอประชุมเทศบาล มีพิธีสรงน้ำพระพุทธรูป รดน้ำขอพรผู้สูงอายุ และการประกวดผู้สูงอายุสุขภาพดี",
            "ผู้สูงอายุที่ได้รับรางวัลสุขภาพดีประจำปีนี้ ได้แก่ นางทองใบ ศรีห้วยยาง อายุ 84 ปี และนายบุญเลิศ ชัยภักดี อายุ 81 ปี",
        ),
        photos=5,
    ),
    Story(
        "ปรับปรุงถนนลาดยางสายกลางหมู่บ้านห้วยยาง หมู่ที่ 1",
        "2024-06-18",
        "11:00",
        SU,
        (
            "กองช่างเทศบาลตำบลห้วยยางทองดำเนินการปรับปรุงผิวจราจรถนนลาดยางแอสฟัลท์ติกคอนกรีตสายกลางหมู่บ้านห้วยยาง หมู่ที่ 1 ความยาว 850 เมตร ระหว่างวันที่ 18 - 28 มิถุนายน 2567 ขออภัยในความไม่สะดวก",
        ),
        photos=2,
    ),
)

# JEvents: (evid, date, start, end or None, title, place)
EVENTS = (
    (31, "2024-05-03", "09:00", "12:00", "ประชุมคณะกรรมการพัฒนาเทศบาล", "ห้องประชุมเทศบาล"),
    (32, "2024-05-14", "08:30", None, "ออกหน่วยฉีดวัคซีนพิษสุนัขบ้า หมู่ที่ 1 - 4", "ศาลาประชาคมบ้านห้วยยาง"),
    (33, "2024-05-22", "13:30", "16:30", "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "หอประชุมเทศบาล"),
    (34, "2024-06-05", "07:00", "10:00", "กิจกรรมวันสิ่งแวดล้อมโลก เก็บขยะริมลำห้วยยาง", "ลำห้วยยาง"),
    (35, "2024-06-14", "09:30", None, "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2", "ห้องประชุมสภาเทศบาล"),
    (36, "2024-06-26", "10:00", "12:00", "รับลงทะเบียนผู้สูงอายุรายใหม่", "สำนักปลัดเทศบาล"),
    (37, "2024-07-10", "08:00", "16:00", "หน่วยบริการเคลื่อนที่ เทศบาลพบประชาชน", "วัดโนนสำราญ"),
    (38, "2024-07-28", "07:30", None, "ทำบุญตักบาตรเฉลิมพระเกียรติ", "ลานหน้าสำนักงานเทศบาล"),
)
TRAP_PATTERNS = [
    # any JEvents calendar view (month, week, day, year), whatever the order of the parameters
    r"^(?=.*[?&]option=com_jevents(?:&|$))(?=.*[?&]task=(?:month\.calendar|week\.listevents|day\.listevents|year\.listevents)(?:&|$))",
]


def _alias(dt: datetime) -> str:
    """Joomla's alias for a Thai title with unicode aliases off: the creation time in UTC."""
    u = dt - timedelta(hours=7)
    return f"{u:%Y-%m-%d-%H-%M-%S}"


def _hits(n: int) -> int:
    return (n * 97) % 1500 + 60


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=list(_ROBOTS_DIRS),
        trap_patterns=list(TRAP_PATTERNS),
        server_software="Apache",
    )
    r = _Renderer(site)
    r.register()
    site.dynamic = r.calendar_route
    return site


_ROBOTS_DIRS = (
    "/administrator/",
    "/bin/",
    "/cache/",
    "/cli/",
    "/components/",
    "/includes/",
    "/installation/",
    "/language/",
    "/layouts/",
    "/libraries/",
    "/logs/",
    "/modules/",
    "/plugins/",
    "/tmp/",
)


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.base = site, site.base_url
        ordered = sorted(STORIES, key=lambda s: (s.date, s.time))
        self.items = []  # (id, story, dt, sef path), oldest first
        for n, s in enumerate(ordered):
            dt = local_dt(s.date, s.time)
            art_id = 41 + 3 * n + (n % 2)
            self.items.append((art_id, s, dt, f"/index.php/news/{art_id}-{_alias(dt)}"))
        self.newest = list(reversed(self.items))
        self.events = [(e[0], date.fromisoformat(e[1]), *e[2:]) for e in EVENTS]
        self.today = self.newest[0][2].date()

    # -- URLs ---------------------------------------------------------------
    def month_url(self, y: int, m: int) -> str:
        return f"/index.php?option=com_jevents&amp;view=month&amp;task=month.calendar&amp;year={y}&amp;month={m:02d}&amp;Itemid={CAL_ITEMID}"

    def day_url(self, d: date) -> str:
        return f"/index.php?option=com_jevents&amp;task=day.listevents&amp;year={d.year}&amp;month={d.month:02d}&amp;day={d.day:02d}&amp;Itemid={CAL_ITEMID}"

    def week_url(self, d: date) -> str:
        return f"/index.php?option=com_jevents&amp;task=week.listevents&amp;year={d.year}&amp;month={d.month:02d}&amp;day={d.day:02d}&amp;Itemid={CAL_ITEMID}"

    def event_url(self, ev) -> str:
        evid, d = ev[0], ev[1]
        return f"/index.php?option=com_jevents&amp;task=icalrepeat.detail&amp;evid={evid}&amp;Itemid={CAL_ITEMID}&amp;year={d.year}&amp;month={d.month:02d}&amp;day={d.day:02d}&amp;uid=e{evid:04d}f3a1c2b9d8e7a6b5c4d3e2f1a0b9c8d7"

    def register(self) -> None:
        site, b = self.site, self.base
        for i, (art_id, s, dt, path) in enumerate(self.items):
            for k in range(1, s.photos + 1):
                add_jpeg(site, self.photo(art_id, dt, k), 800, 533, dt)
            page = self.article(i)
            nonsef = f"/index.php?option=com_content&view=article&id={art_id}:{_alias(dt)}&catid={CATID}&Itemid={NEWS_ITEMID}"
            site.add(path, page)
            site.add(f"/index.php/news/{art_id}", page)
            site.add(nonsef, page)
            site.articles.append(
                FixtureArticle(
                    url=b + path,
                    aliases=(f"{b}/index.php/news/{art_id}", b + nonsef),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=(),
                )
            )
        home = self.frame(SITE, "home", self.home())
        site.add("/", home)
        site.add("/index.php", home)
        site.non_articles += [b + "/", b + "/index.php"]
        pages = -(-len(self.items) // PER_PAGE)
        for n in range(pages):
            page = self.frame("ข่าวประชาสัมพันธ์", "news", self.blog(n, pages))
            if n == 0:
                site.add("/index.php/news", page)
                site.add("/index.php/news?limitstart=0", page)
                site.non_articles += [b + "/index.php/news", b + "/index.php/news?limitstart=0"]
            else:
                site.add(f"/index.php/news?start={n * PER_PAGE}", page)
                site.non_articles.append(f"{b}/index.php/news?start={n * PER_PAGE}")
        for slug, title, body in _STATIC:
            site.add(f"/index.php/{slug}", self.frame(title, slug, self.static(title, body)))
            site.non_articles.append(f"{b}/index.php/{slug}")
        # calendar pages are made on request; list a few of them and every event as gold negatives
        for ev in self.events:
            site.add(self.event_url(ev).replace("&amp;", "&"), self.event_page(ev))
            site.non_articles.append(b + self.event_url(ev).replace("&amp;", "&"))
        for y, m in ((2024, 5), (2024, 6), (2024, 7), (2023, 12), (2031, 1)):
            site.non_articles.append(b + self.month_url(y, m).replace("&amp;", "&"))
        site.non_articles.append(b + self.day_url(date(2024, 6, 14)).replace("&amp;", "&"))
        site.non_articles.append(b + self.week_url(date(2024, 6, 10)).replace("&amp;", "&"))
        site.add(
            "/robots.txt",
            html_page(
                "# If the Joomla site is installed within a folder\n# eg www.example.com/joomla/ then the robots.txt file\n"
                "# MUST be moved to the site root\n\nUser-agent: *\n"
                + "".join(f"Disallow: {d}\n" for d in _ROBOTS_DIRS),
                "text/plain",
            ),
        )
        site.add(
            "/administrator/",
            html_page(
                "<!DOCTYPE html><html><head><title>ห้วยยางทอง - Administration</title></head><body><form><input name=username><input type=password name=passwd></form></body></html>"
            ),
        )
        for path in (
            "/media/jui/css/bootstrap.min.css",
            "/templates/protostar/css/template.css",
            "/components/com_jevents/assets/css/eventsadmin.css",
        ):
            add_text(site, path, "/* css */\n", "text/css")
        for path in ("/media/jui/js/jquery.min.js", "/media/system/js/caption.js"):
            add_text(site, path, "/* js */\n", "application/javascript")
        add_jpeg(site, "/images/banner/header-huaiyang.jpg", 1170, 220, SITE_BUILT)

    def photo(self, art_id: int, dt: datetime, k: int) -> str:
        return f"/images/news/{dt.year + 543}/{art_id}-{k}.jpg"

    # -- frame --------------------------------------------------------------
    def frame(self, title: str, active: str, content: str, canonical: str | None = None) -> Response:
        b = self.base
        menu = "\n".join(
            f'<li class="item-{100 + n}{" current active" if slug == active else ""}"><a href="{href}">{label}</a></li>'
            for n, (slug, href, label) in enumerate(_MENU)
        )
        upcoming = "\n".join(
            f'<tr class="jevrow{n % 2}"><td class="mod_events_latest_first"><span class="mod_events_latest_date">{ev[1].day} {MONTHS[ev[1].month - 1]} {ev[1].year}</span>'
            f' - <span class="mod_events_latest_content"><a href="{self.event_url(ev)}" target="_top">{esc(ev[4])}</a></span></td></tr>'
            for n, ev in enumerate(self.events)
        )
        canon = f'\n<link href="{b}{canonical}" rel="canonical" />' if canonical else ""
        return html_page(
            f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{b}/" />
	<meta name="keywords" content="เทศบาลตำบลห้วยยางทอง, ห้วยยางทอง, ชัยภูมิ" />
	<meta name="description" content="เว็บไซต์{SITE} {ADDRESS}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>{canon}
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css" rel="stylesheet" />
	<link href="/templates/protostar/css/template.css" rel="stylesheet" />
	<link href="/components/com_jevents/assets/css/eventsadmin.css" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js"></script>
	<script src="/media/system/js/caption.js"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
	</script>
</head>
<body class="site {_BODY.get(active, "com_content view-article no-layout no-task")} itemid-{_ITEMIDS.get(active, NEWS_ITEMID)}">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/"><img src="/images/banner/header-huaiyang.jpg" alt="{SITE}" /></a>
					<div class="header-search pull-right"><p>{ADDRESS}<br />โทรศัพท์ 0-4481-2345 โทรสาร 0-4481-2346</p></div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span></a></div>
				<div class="nav-collapse">
<ul class="nav menu nav-pills mod-list">
{menu}
</ul>
				</div>
			</nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container">
	</div>
{content}
				</main>
				<div id="aside" class="span3">
					<div class="well "><h3 class="page-header">ปฏิทินกิจกรรม</h3>{self.mini_calendar(self.today.year, self.today.month)}</div>
					<div class="well "><h3 class="page-header">กิจกรรมที่จะมาถึง</h3><table class="mod_events_latest_table jevbootstrap" width="100%" border="0" cellspacing="0" cellpadding="0" align="center">
{upcoming}
</table><h6><a href="{self.month_url(self.today.year, self.today.month)}">ดูปฏิทินทั้งหมด</a></h6></div>
					<div class="well "><h3 class="page-header">ลิงก์หน่วยงาน</h3><ul class="nav menu"><li><a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="http://www.chaiyaphum.go.th/" target="_blank">จังหวัดชัยภูมิ</a></li><li><a href="https://www.facebook.com/huaiyangthong" target="_blank">Facebook เทศบาล</a></li></ul></div>
					<div class="well "><h3 class="page-header">สถิติผู้เยี่ยมชม</h3><div class="vcnt"><p>วันนี้ 54<br />เมื่อวาน 131<br />สัปดาห์นี้ 612<br />เดือนนี้ 2,407<br />ทั้งหมด 245,916</p></div></div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<p class="pull-right"><a href="#top" id="back-top">กลับสู่ด้านบน</a></p>
			<p>&copy; 2567 {SITE} {ADDRESS} | <a href="/index.php/contact">ติดต่อเรา</a> | <a href="/index.php/sitemap-page">ผังเว็บไซต์</a></p>
		</div>
	</footer>
</body>
</html>
"""
        )

    def mini_calendar(self, y: int, m: int) -> str:
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        ev_days = {ev[1] for ev in self.events}
        rows = []
        for week in calendar.Calendar().monthdatescalendar(y, m):
            cells = []
            for d in week:
                if d.month != m:
                    cells.append('<td class="mod_events_td_dayoutofmonth">&nbsp;</td>')
                elif d in ev_days:
                    cells.append(
                        f'<td class="mod_events_td_daywithevents"><a href="{self.day_url(d)}" class="mod_events_daylink">{d.day}</a></td>'
                    )
                else:
                    cells.append(f'<td class="mod_events_td_daynoevents">{d.day}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return (
            f'<table class="mod_events_monthyear" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<td><a href="{self.month_url(py, pm)}" title="เดือนที่แล้ว">&laquo;</a></td>'
            f'<td class="mod_events_monthyear"><a href="{self.month_url(y, m)}">{MONTHS[m - 1]} {y}</a></td>'
            f'<td><a href="{self.month_url(ny, nm)}" title="เดือนถัดไป">&raquo;</a></td></tr></table>'
            '<table class="mod_events_table" cellspacing="0" cellpadding="2"><tr class="mod_events_dayname"><td>จ.</td><td>อ.</td><td>พ.</td><td>พฤ.</td><td>ศ.</td><td>ส.</td><td>อา.</td></tr>'
            + "".join(rows)
            + "</table>"
        )

    # -- content ------------------------------------------------------------
    def info(self, art_id: int, s: Story, dt: datetime) -> str:
        who = s.author or SU
        return f"""<dl class="article-info muted">
		<dt class="article-info-term">รายละเอียด</dt>
		<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">เขียนโดย <span itemprop="name">{esc(who)}</span></dd>
		<dd class="category-name">หมวด: <a href="/index.php/news" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{dt.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: วัน{thai_weekday(dt.date())}, {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{_hits(art_id)}" />ฮิต: {_hits(art_id)}</dd>
	</dl>"""

    def body(self, art_id: int, s: Story, dt: datetime, intro_only: bool = False) -> str:
        paras = s.paragraphs[:1] if intro_only else s.paragraphs
        out = [f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;{esc(p)}</p>' for p in paras]
        if not intro_only:
            out.insert(1, '<hr id="system-readmore" style="display:none" />' if len(paras) > 1 else "")
            out += [
                f'<p style="text-align: center;"><img src="{self.photo(art_id, dt, k)}" alt="" width="600" height="400" /></p>'
                for k in range(1, s.photos + 1)
            ]
        elif s.photos:
            out.insert(
                0,
                f'<p><img src="{self.photo(art_id, dt, 1)}" alt="" width="300" height="200" style="float: left; margin-right: 10px;" /></p>',
            )
        return "\n".join(x for x in out if x)

    def article(self, i: int) -> Response:
        art_id, s, dt, path = self.items[i]
        nav = []
        if i + 1 < len(self.items):  # Joomla orders the category newest first: "ก่อนหน้า" is the newer item
            nav.append(
                f'<li class="previous"><a class="hasTooltip" title="{attr(self.items[i + 1][1].title)}" aria-label="บทความก่อนหน้า: {attr(self.items[i + 1][1].title)}" href="{self.items[i + 1][3]}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
            )
        if i > 0:
            nav.append(
                f'<li class="next"><a class="hasTooltip" title="{attr(self.items[i - 1][1].title)}" aria-label="บทความถัดไป: {attr(self.items[i - 1][1].title)}" href="{self.items[i - 1][3]}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
            )
        content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="th-TH" />
	<div class="page-header">
		<h2 itemprop="headline">
			{esc(s.title)}
		</h2>
	</div>
	{self.info(art_id, s, dt)}
	<div itemprop="articleBody">
		{self.body(art_id, s, dt)}
	</div>
	<ul class="pager pagenav">
	{"".join(nav)}
</ul>
</div>"""
        return self.frame(s.title, "article", content, canonical=path)

    def blog(self, n: int, pages: int) -> str:
        chunk = self.newest[n * PER_PAGE : (n + 1) * PER_PAGE]
        items = "\n".join(
            f"""<div class="items-row cols-1 row-{k} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(s.title)}</a></h2></div>
	{self.info(art_id, s, dt)}
	{self.body(art_id, s, dt, intro_only=True)}
	<p class="readmore"><a class="btn" href="{path}" itemprop="url" aria-label="อ่านต่อ: {attr(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> รายละเอียด...</a></p>
</div></div></div>"""
            for k, (art_id, s, dt, path) in enumerate(chunk)
        )

        def link(k: int) -> str:
            return "/index.php/news" if k == 0 else f"/index.php/news?start={k * PER_PAGE}"

        lis = [
            f'<li><a title="เริ่มต้น" href="{link(0)}" class="pagenav">เริ่มต้น</a></li>'
            if n
            else '<li class="disabled"><a>เริ่มต้น</a></li>',
            f'<li><a title="ก่อนหน้า" href="{link(n - 1)}" class="pagenav">ก่อนหน้า</a></li>'
            if n
            else '<li class="disabled"><a>ก่อนหน้า</a></li>',
        ]
        for k in range(pages):
            lis.append(
                f'<li class="active"><a>{k + 1}</a></li>'
                if k == n
                else f'<li><a title="{k + 1}" href="{link(k)}" class="pagenav">{k + 1}</a></li>'
            )
        lis.append(
            f'<li><a title="ถัดไป" href="{link(n + 1)}" class="pagenav">ถัดไป</a></li>'
            if n + 1 < pages
            else '<li class="disabled"><a>ถัดไป</a></li>'
        )
        lis.append(
            f'<li><a title="สุดท้าย" href="{link(pages - 1)}" class="pagenav">สุดท้าย</a></li>'
            if n + 1 < pages
            else '<li class="disabled"><a>สุดท้าย</a></li>'
        )
        return f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
{items}
	<div class="pagination">
		<p class="counter pull-right">หน้า {n + 1} จาก {pages}</p>
		<ul class="pagination-list">{"".join(lis)}</ul>
	</div>
</div>"""

    def home(self) -> str:
        items = "\n".join(
            f"""<div class="leading-{k} clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(s.title)}</a></h2></div>
	{self.info(art_id, s, dt)}
	{self.body(art_id, s, dt, intro_only=True)}
	<p class="readmore"><a class="btn" href="{path}" itemprop="url"><span class="icon-chevron-right" aria-hidden="true"></span> รายละเอียด...</a></p>
</div>"""
            for k, (art_id, s, dt, path) in enumerate(self.newest[:HOME_ITEMS])
        )
        return f'<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">\n<div class="items-leading clearfix">\n{items}\n</div>\n<p><a href="/index.php/news">ข่าวประชาสัมพันธ์ทั้งหมด</a></p></div>'

    def static(self, title: str, body: str) -> str:
        return f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="th-TH" /><div class="page-header"><h2 itemprop="headline">{title}</h2></div><div itemprop="articleBody">{body}</div></div>'

    # -- JEvents ------------------------------------------------------------
    def cal_frame(self, title: str, inner: str, y: int, m: int) -> Response:
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        nav = (
            '<table class="nav_bar_cal" width="100%"><tr>'
            f'<td class="previousmonth"><a href="{self.month_url(py, pm)}" title="เดือนที่แล้ว">&laquo; {MONTHS[pm - 1]}</a></td>'
            f'<td class="iconic_td"><a href="{self.month_url(y, m)}" title="ดูตามเดือน">ดูตามเดือน</a> | <a href="{self.week_url(date(y, m, 1))}" title="ดูตามสัปดาห์">ดูตามสัปดาห์</a> | <a href="{self.day_url(date(y, m, 1))}" title="ดูตามวัน">ดูตามวัน</a></td>'
            f'<td class="nextmonth"><a href="{self.month_url(ny, nm)}" title="เดือนถัดไป">{MONTHS[nm - 1]} &raquo;</a></td></tr></table>'
        )
        content = f'<div id="jevents"><div class="contentpaneopen jeventpage jevbootstrap" id="jevents_header"><h2 class="contentheading">ปฏิทินกิจกรรม</h2></div><div class="jev_clear"></div><div id="jevents_body">{nav}{inner}</div></div>'
        return self.frame(title, "calendar", content)

    def calendar_route(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        if parts.path not in ("/index.php", "/"):
            return None
        q = dict(parse_qsl(parts.query))
        if q.get("option") != "com_jevents" or q.get("Itemid", str(CAL_ITEMID)) != str(CAL_ITEMID):
            return None
        task = q.get("task", "month.calendar")
        try:
            y = int(q.get("year", self.today.year))
            m = int(q.get("month", self.today.month))
            dd = int(q.get("day", 1))
            d = date(y, m, min(dd, calendar.monthrange(y, m)[1])) if 1 <= y <= 9999 else None
        except ValueError:
            return None
        if d is None or not 1 <= dd <= 31:
            return None
        if task == "month.calendar":
            return self.month_page(y, m)
        if task == "week.listevents":
            return self.week_page(d)
        if task == "day.listevents":
            return self.day_page(d)
        return None

    def month_page(self, y: int, m: int) -> Response:
        by_day: dict[date, list] = {}
        for ev in self.events:
            by_day.setdefault(ev[1], []).append(ev)
        rows = []
        for week in calendar.Calendar().monthdatescalendar(y, m):
            cells = [f'<td class="cal_td_weeklink"><a href="{self.week_url(week[0])}" title="สัปดาห์">&raquo;</a></td>']
            for d in week:
                if d.month != m:
                    cells.append(f'<td class="cal_td_daysoutofmonth">{d.day}</td>')
                    continue
                evs = "".join(
                    f'<div class="eventfull"><a class="cal_titlelink" href="{self.event_url(ev)}">{esc(ev[4])}</a></div>'
                    for ev in by_day.get(d, [])
                )
                cells.append(
                    f'<td class="cal_td_days{"withevents" if evs else "noevents"}"><a class="cal_daylink" href="{self.day_url(d)}" title="ไปยังปฏิทิน - วันนี้">{d.day}</a>{evs}</td>'
                )
            rows.append("<tr>" + "".join(cells) + "</tr>")
        inner = (
            '<table class="cal_table" width="100%" cellpadding="0" cellspacing="0"><tr><th class="cal_th_weeklink"></th>'
            + "".join(
                f'<th class="cal_th_dayname">{w}</th>'
                for w in ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
            )
            + f'</tr><tr><td colspan="8" class="cal_td_month"><h3>{MONTHS[m - 1]} {y}</h3></td></tr>'
            + "".join(rows)
            + "</table>"
        )
        return self.cal_frame(f"ปฏิทินกิจกรรม - {MONTHS[m - 1]} {y}", inner, y, m)

    def event_lines(self, days: list[date]) -> str:
        out = []
        for d in days:
            evs = [ev for ev in self.events if ev[1] == d]
            items = "".join(
                f'<li class="ev_td_li"><span class="evtime">{ev[2]}{" - " + ev[3] if ev[3] else ""}</span> <a class="ev_link_row" href="{self.event_url(ev)}">{esc(ev[4])}</a></li>'
                for ev in evs
            )
            out.append(
                f'<div class="jev_daysnames"><a class="ev_link_weekday" href="{self.day_url(d)}">วัน{thai_weekday(d)}ที่ {thai_long(d)}</a></div>'
                + (f'<ul class="ev_ul">{items}</ul>' if items else '<div class="list_no_e">ไม่มีกิจกรรม</div>')
            )
        return "".join(out)

    def week_page(self, d: date) -> Response:
        start = d - timedelta(days=d.weekday())
        days = [start + timedelta(days=k) for k in range(7)]
        prev_w, next_w = start - timedelta(days=7), start + timedelta(days=7)
        inner = (
            f'<div class="jev_pagination"><a href="{self.week_url(prev_w)}">&laquo; สัปดาห์ก่อน</a> | <a href="{self.week_url(next_w)}">สัปดาห์ถัดไป &raquo;</a></div>'
            f"<h3>สัปดาห์ที่เริ่ม {thai_long(start)}</h3>" + self.event_lines(days)
        )
        return self.cal_frame(f"ปฏิทินกิจกรรม - สัปดาห์ {thai_long(start)}", inner, d.year, d.month)

    def day_page(self, d: date) -> Response:
        prev_d, next_d = d - timedelta(days=1), d + timedelta(days=1)
        inner = (
            f'<div class="jev_pagination"><a href="{self.day_url(prev_d)}">&laquo; วันก่อนหน้า</a> | <a href="{self.day_url(next_d)}">วันถัดไป &raquo;</a></div>'
            + self.event_lines([d])
        )
        return self.cal_frame(f"ปฏิทินกิจกรรม - {thai_long(d)}", inner, d.year, d.month)

    def event_page(self, ev) -> Response:
        evid, d, start, end, title, place = ev
        when = f"วัน{thai_weekday(d)}ที่ {thai_long(d)} {start}" + (f" - {end}" if end else "")
        inner = f"""<table class="contentpaneopen jevbootstrap" width="100%"><tr class="headingrow"><td class="contentheading" width="100%"><h2 class="contentheading gsl-h2">{esc(title)}</h2></td></tr>
<tr class="starttimerow"><td><span class="icon-calendar"></span> {when}</td></tr>
<tr><td class="ev_detail repeat">สถานที่ : {esc(place)}</td></tr>
<tr><td class="ev_detail">หมวดหมู่ : กิจกรรมเทศบาล | ผู้บันทึก : {SU}</td></tr>
</table>
<p><a href="{self.month_url(d.year, d.month)}">&laquo; กลับไปปฏิทิน</a></p>"""
        return self.cal_frame(f"{title}", inner, d.year, d.month)


_BODY = {
    "home": "com_content view-featured no-layout no-task",
    "news": "com_content view-category layout-blog no-task",
    "calendar": "com_jevents view-month no-layout task-month.calendar",
}
_ITEMIDS = {"home": 101, "calendar": CAL_ITEMID}

_MENU = (
    ("home", "/", "หน้าแรก"),
    ("about", "/index.php/about", "ประวัติความเป็นมา"),
    ("structure", "/index.php/structure", "โครงสร้างองค์กร"),
    ("executive", "/index.php/executive", "คณะผู้บริหาร"),
    ("council", "/index.php/council", "สมาชิกสภาเทศบาล"),
    ("news", "/index.php/news", "ข่าวประชาสัมพันธ์"),
    (
        "calendar",
        f"/index.php?option=com_jevents&amp;view=month&amp;task=month.calendar&amp;Itemid={CAL_ITEMID}",
        "ปฏิทินกิจกรรม",
    ),
    ("ita", "/index.php/ita", "ITA"),
    ("contact", "/index.php/contact", "ติดต่อเรา"),
)

_STATIC = (
    (
        "about",
        "ประวัติความเป็นมา",
        '<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;เทศบาลตำบลห้วยยางทองเดิมเป็นสภาตำบลห้วยยางทอง ได้รับการจัดตั้งเป็นองค์การบริหารส่วนตำบลในปี พ.ศ. 2539 และเปลี่ยนแปลงฐานะเป็นเทศบาลตำบลเมื่อวันที่ 24 สิงหาคม 2555</p><p>&nbsp; &nbsp; &nbsp;มีหมู่บ้านในเขตรับผิดชอบ 11 หมู่บ้าน พื้นที่ส่วนใหญ่เป็นที่ราบลุ่มลำห้วยยาง ประชาชนทำนาและทอผ้าไหม</p>',
    ),
    (
        "structure",
        "โครงสร้างองค์กร",
        "<ul><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li></ul>",
    ),
    (
        "executive",
        "คณะผู้บริหาร",
        '<p style="text-align: center;">นายอำนาจ ชัยภักดี<br />นายกเทศมนตรีตำบลห้วยยางทอง</p><p style="text-align: center;">นายสมหมาย ทองคำ รองนายกเทศมนตรี<br />นางพิมพา ศรีห้วยยาง รองนายกเทศมนตรี</p>',
    ),
    (
        "council",
        "สมาชิกสภาเทศบาล",
        "<p>นายบุญเรือน แก้วมณี ประธานสภาเทศบาล<br />นายไพโรจน์ นาคสุข รองประธานสภาเทศบาล<br />สมาชิกสภาเทศบาล เขต 1 และเขต 2 รวม 12 คน</p>",
    ),
    (
        "ita",
        "การประเมินคุณธรรมและความโปร่งใส (ITA)",
        '<table class="table"><tr><td>O1</td><td>โครงสร้าง</td></tr><tr><td>O2</td><td>ข้อมูลผู้บริหาร</td></tr><tr><td>O7</td><td>ข่าวประชาสัมพันธ์</td></tr><tr><td>O8</td><td>Q&amp;A</td></tr></table>',
    ),
    (
        "contact",
        "ติดต่อเรา",
        f'<div class="contact" itemscope itemtype="https://schema.org/Person"><h3><span class="contact-name" itemprop="name">{SITE}</span></h3><dl class="contact-address dl-horizontal" itemprop="address"><dd>{ADDRESS}</dd><dd>โทรศัพท์ 0-4481-2345</dd><dd>อีเมล saraban@huaiyangthong.go.th</dd></dl></div>',
    ),
    (
        "sitemap-page",
        "ผังเว็บไซต์",
        '<ul><li><a href="/index.php/about">ประวัติความเป็นมา</a></li><li><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/index.php/ita">ITA</a></li><li><a href="/index.php/contact">ติดต่อเรา</a></li></ul>',
    ),
)

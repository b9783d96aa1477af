# ruff: noqa: E501  (HTML template lines are kept as ASP.NET WebForms writes them)
"""aspnet_legacy: an old ASP.NET 2.0 WebForms site of a เทศบาลตำบล on IIS 7.5.

* Articles at ``/NewsDetail.aspx?ID=N``; the printer view ``/Print.aspx?ID=N`` (plain
  template, same text) is an alias.  Listing ``/News.aspx?page=N`` (8 a page, ``/News.aspx``
  is page 1); home ``/`` = ``/Default.aspx`` shows the latest 6.  IIS is case-insensitive:
  ``/newsdetail.aspx?id=N`` answers too.
* Cookieless sessions: links written by server controls (HyperLink ``~/...``: the sidebar
  ข่าวล่าสุด, พิมพ์, ย้อนกลับ, the banner) carry ``/(S(<24 chars>))/`` with a fresh session id
  in every response; any session id answers 200, and hand-written relative links on a page
  under a session path stay under it: an endless trap.  Hand-written relative links (menu,
  listings, pager) on pages outside a session path reach every article without a session.
* ``<form name="aspnetForm" id="form1">`` wraps every page, ``__VIEWSTATE`` and
  ``__EVENTVALIDATION`` blobs, ``__doPostBack`` LinkButtons, layout tables, ``ctl00_...`` ids,
  dates ``วันที่ 5/3/2566``.  Unknown IDs get ASP.NET's yellow error page (500).
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import local_dt
from .common import add_gif, add_jpeg, esc, html_page

FAMILY = "aspnet_legacy"
SITE = "เทศบาลตำบลหนองหานน้อย"
ADDRESS = "333 หมู่ 5 ตำบลหนองหานน้อย อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000"
PHONE = "โทรศัพท์ 0-4271-1590 โทรสาร 0-4271-1591"
PER_PAGE = 8
HOME_COUNT = 6
BUILT = datetime(2010, 6, 1, 9, 0)
SESSION = re.compile(r"^/\(S\(([a-z0-5]{24})\)\)(/.*)?$")
CP = "ctl00_ContentPlaceHolder1_"
PR = "งานประชาสัมพันธ์"


def _s(title, day, time, author, paragraphs, photos=0, captions=None):
    return Story(title, day, time, author, tuple(paragraphs), photos, captions)


NEWS: tuple[tuple[int, Story], ...] = (
    (
        112,
        _s(
            "เทศบาลตำบลหนองหานน้อยจัดประชุมประชาคมเมือง ประจำปี 2566",
            "2023-03-05",
            "10:30",
            PR,
            (
                "เมื่อวันที่ 5 มีนาคม 2566 เทศบาลตำบลหนองหานน้อย จัดประชุมประชาคมเมือง ประจำปี 2566 ณ หอประชุมเทศบาล โดยมีนายกเทศมนตรีเป็นประธาน มีผู้แทนชุมชนทั้ง 11 ชุมชน เข้าร่วมประชุมกว่า 150 คน",
                "ที่ประชุมได้ร่วมกันเสนอปัญหาและความต้องการของชุมชน เช่น การปรับปรุงระบบระบายน้ำในชุมชนตลาด การติดตั้งไฟฟ้าส่องสว่างถนนเลียบหนองหาน และการจัดหาถังขยะเพิ่มเติม",
                "เทศบาลจะนำข้อเสนอทั้งหมดบรรจุในแผนพัฒนาท้องถิ่นเพื่อดำเนินการตามลำดับความสำคัญต่อไป",
            ),
            photos=3,
        ),
    ),
    (
        115,
        _s(
            "กิจกรรมวันท้องถิ่นไทย 18 มีนาคม 2566",
            "2023-03-18",
            "09:15",
            PR,
            (
                "คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาลตำบลหนองหานน้อย ร่วมพิธีถวายราชสักการะพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว เนื่องในวันท้องถิ่นไทย",
            ),
            photos=4,
        ),
    ),
    (
        118,
        _s(
            "ประกาศเทศบาลตำบลหนองหานน้อย เรื่อง การรับชำระค่าธรรมเนียมเก็บขนขยะมูลฝอย",
            "2023-04-03",
            "13:40",
            "กองคลัง",
            (
                "เทศบาลตำบลหนองหานน้อย ขอประชาสัมพันธ์ให้ผู้ใช้บริการเก็บขนขยะมูลฝอยในเขตเทศบาล ชำระค่าธรรมเนียมได้ที่กองคลัง สำนักงานเทศบาล หรือชำระกับเจ้าหน้าที่ที่ออกจัดเก็บในชุมชน",
                "อัตราค่าธรรมเนียมสำหรับบ้านพักอาศัยเดือนละ 20 บาท ร้านค้าและสถานประกอบการตามปริมาณขยะ โปรดขอใบเสร็จรับเงินทุกครั้งที่ชำระเงิน",
            ),
        ),
    ),
    (
        121,
        _s(
            "โครงการสืบสานประเพณีสงกรานต์และรดน้ำขอพรผู้สูงอายุ ประจำปี 2566",
            "2023-04-12",
            "16:20",
            "กองการศึกษา",
            (
                "วันที่ 12 เมษายน 2566 เทศบาลตำบลหนองหานน้อย จัดโครงการสืบสานประเพณีสงกรานต์ ณ บริเวณลานวัฒนธรรมริมหนองหาน มีขบวนแห่พระพุทธรูป การสรงน้ำพระ และการรดน้ำขอพรผู้สูงอายุ",
                "ภายในงานยังมีการประกวดเทพีสงกรานต์ผู้สูงวัย และการแสดงศิลปวัฒนธรรมพื้นบ้านของชาวภูไท ซึ่งได้รับความสนใจจากประชาชนและนักท่องเที่ยวเป็นจำนวนมาก",
            ),
            photos=4,
            captions=("ขบวนแห่พระพุทธรูป", "สรงน้ำพระ", "รดน้ำขอพรผู้สูงอายุ", "การแสดงของชาวภูไท"),
        ),
    ),
    (
        126,
        _s(
            "ประชุมสภาเทศบาลตำบลหนองหานน้อย สมัยสามัญ สมัยที่ 2 ประจำปี 2566",
            "2023-05-26",
            "15:00",
            PR,
            (
                "สภาเทศบาลตำบลหนองหานน้อย ได้ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี 2566 เมื่อวันที่ 26 พฤษภาคม 2566 ณ ห้องประชุมสภาเทศบาล",
                "ที่ประชุมได้พิจารณาญัตติขออนุมัติจ่ายขาดเงินสะสม เพื่อดำเนินโครงการปรับปรุงถนนลาดยางแอสฟัลท์ติกคอนกรีต ถนนเทศบาล 3 และโครงการวางท่อระบายน้ำชุมชนโนนสวรรค์ รวมวงเงิน 4,250,000 บาท",
                "สมาชิกสภาเทศบาลได้อภิปรายอย่างกว้างขวาง ก่อนมีมติอนุมัติให้จ่ายขาดเงินสะสมตามที่คณะผู้บริหารเสนอ",
            ),
            photos=2,
        ),
    ),
    (
        130,
        _s(
            "รณรงค์ป้องกันโรคไข้เลือดออกในชุมชน",
            "2023-06-21",
            "11:10",
            "กองสาธารณสุขฯ",
            (
                "กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับ อสม. ทั้ง 11 ชุมชน ออกพ่นหมอกควันกำจัดยุงลายและแจกทรายกำจัดลูกน้ำในเขตเทศบาลตำบลหนองหานน้อย",
            ),
            photos=3,
        ),
    ),
    (
        133,
        _s(
            "ประกาศรายชื่อผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2567",
            "2023-08-10",
            "14:05",
            "กองสวัสดิการสังคม",
            (
                "เทศบาลตำบลหนองหานน้อย ขอประกาศรายชื่อผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ 2567 จำนวน 84 ราย ซึ่งได้ลงทะเบียนไว้ระหว่างเดือนตุลาคม 2565 ถึงเดือนกันยายน 2566",
                "ผู้มีสิทธิจะได้รับเงินตั้งแต่เดือนตุลาคม 2566 เป็นต้นไป ผู้ที่มีข้อสงสัยหรือพบว่าข้อมูลไม่ถูกต้อง ให้ติดต่อกองสวัสดิการสังคมภายใน 15 วัน นับแต่วันประกาศ",
            ),
        ),
    ),
    (
        137,
        _s(
            "แข่งขันเรือยาวประเพณี ออกพรรษา หนองหานน้อย 2566",
            "2023-10-29",
            "17:50",
            PR,
            (
                "เทศบาลตำบลหนองหานน้อย ร่วมกับอำเภอเมืองสกลนคร จัดการแข่งขันเรือยาวประเพณีเนื่องในเทศกาลออกพรรษา ประจำปี 2566 ณ สนามแข่งเรือหนองหานน้อย ระหว่างวันที่ 28 - 29 ตุลาคม 2566",
                "มีเรือเข้าร่วมการแข่งขันทั้งสิ้น 18 ลำ แบ่งเป็นเรือยาวใหญ่ เรือยาวกลาง และเรือยาวเล็ก โดยเรือ \u201cเทพพนมรุ้ง\u201d จากบ้านดอนเชียงบาน คว้าถ้วยพระราชทานในประเภทเรือยาวใหญ่",
                "นอกจากการแข่งขันเรือ ภายในงานยังมีการออกร้านจำหน่ายสินค้าชุมชน และการประกวดขบวนเรือไฟในคืนวันที่ 28 ตุลาคม",
                "นายกเทศมนตรีขอขอบคุณชุมชน ภาคเอกชน และหน่วยงานราชการทุกแห่ง ที่ร่วมกันสนับสนุนให้งานประเพณีสำเร็จลุล่วงด้วยดี",
            ),
            photos=4,
        ),
    ),
    (
        141,
        _s(
            "เทศบาลมอบผ้าห่มกันหนาวให้ผู้สูงอายุและผู้ด้อยโอกาส",
            "2023-12-19",
            "10:45",
            PR,
            ("นายกเทศมนตรีตำบลหนองหานน้อย ลงพื้นที่มอบผ้าห่มกันหนาว จำนวน 300 ผืน ให้แก่ผู้สูงอายุ ผู้พิการ และผู้ด้อยโอกาสในเขตเทศบาล",),
            photos=3,
        ),
    ),
    (
        144,
        _s(
            "งานวันเด็กแห่งชาติ ประจำปี 2567 เทศบาลตำบลหนองหานน้อย",
            "2024-01-13",
            "15:35",
            "กองการศึกษา",
            (
                "วันเสาร์ที่ 13 มกราคม 2567 เทศบาลตำบลหนองหานน้อย จัดงานวันเด็กแห่งชาติ ณ โรงเรียนเทศบาลหนองหานน้อย มีเด็กและผู้ปกครองร่วมงานกว่า 800 คน",
                "กิจกรรมภายในงานประกอบด้วยการแสดงบนเวที เกมชิงรางวัล ซุ้มความรู้จากหน่วยงานต่างๆ และการนั่งรถดับเพลิงชมเมือง ซึ่งเป็นกิจกรรมที่เด็กๆ ชื่นชอบเป็นพิเศษ",
            ),
            photos=3,
        ),
    ),
    (
        149,
        _s(
            "ประกาศ เรื่อง ประชาสัมพันธ์การยื่นแบบภาษีป้าย ประจำปี 2567",
            "2024-02-01",
            "08:50",
            "กองคลัง",
            (
                "เทศบาลตำบลหนองหานน้อย ขอให้เจ้าของป้ายในเขตเทศบาลยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ได้ที่กองคลัง ภายในวันที่ 31 มีนาคม 2567",
            ),
        ),
    ),
    (
        152,
        _s(
            "อบรมการป้องกันและระงับอัคคีภัยเบื้องต้น ประจำปี 2567",
            "2024-03-07",
            "16:15",
            "งานป้องกันฯ",
            (
                "งานป้องกันและบรรเทาสาธารณภัย เทศบาลตำบลหนองหานน้อย จัดอบรมการป้องกันและระงับอัคคีภัยเบื้องต้นให้แก่ผู้ประกอบการร้านค้าในตลาดสดเทศบาลและประชาชนที่สนใจ จำนวน 60 คน",
                "ผู้เข้าอบรมได้เรียนรู้การใช้ถังดับเพลิงชนิดต่างๆ การดับไฟจากถังแก๊สหุงต้ม และการอพยพหนีไฟ พร้อมฝึกปฏิบัติจริงกับเจ้าหน้าที่ดับเพลิงของเทศบาล",
                "ในโอกาสนี้ เทศบาลได้ตรวจสอบถังดับเพลิงประจำร้านค้าในตลาด และแนะนำให้ผู้ประกอบการเปลี่ยนถังที่หมดอายุ",
            ),
            photos=3,
            captions=("การใช้ถังดับเพลิง", "ดับไฟจากถังแก๊สหุงต้ม", "ผู้เข้าอบรม"),
        ),
    ),
    (
        156,
        _s(
            "ปรับปรุงภูมิทัศน์สวนสาธารณะริมหนองหานน้อย",
            "2024-04-24",
            "13:00",
            "กองช่าง",
            (
                "กองช่าง เทศบาลตำบลหนองหานน้อย ดำเนินการปรับปรุงภูมิทัศน์สวนสาธารณะริมหนองหานน้อย ปลูกไม้ดอกไม้ประดับ และซ่อมแซมเครื่องออกกำลังกาย เพื่อให้ประชาชนได้ใช้พักผ่อนหย่อนใจ",
            ),
            photos=4,
        ),
    ),
    (
        159,
        _s(
            "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี 2567",
            "2024-05-30",
            "14:25",
            PR,
            (
                "วันที่ 30 พฤษภาคม 2567 สภาเทศบาลตำบลหนองหานน้อย ประชุมสมัยสามัญ สมัยที่ 2 ประจำปี 2567 เพื่อพิจารณาร่างเทศบัญญัติ เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย พ.ศ. 2567",
                "ที่ประชุมมีมติเห็นชอบร่างเทศบัญญัติดังกล่าวทั้งสามวาระ และรับทราบรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ 2566",
            ),
            photos=2,
        ),
    ),
    (
        163,
        _s(
            "รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็กเทศบาล ภาคเรียนที่ 2/2567",
            "2024-06-17",
            "09:20",
            "กองการศึกษา",
            (
                "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลหนองหานน้อย เปิดรับสมัครเด็กนักเรียนสำหรับภาคเรียนที่ 2 ปีการศึกษา 2567 รับเด็กที่มีอายุ 2 ปีขึ้นไป จำนวน 30 คน",
                "ผู้ปกครองที่สนใจสามารถติดต่อขอรับใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็ก ตั้งแต่บัดนี้จนถึงวันที่ 31 กรกฎาคม 2567 ไม่เสียค่าใช้จ่ายใดๆ",
            ),
        ),
    ),
)

STATIC = {
    "/history.aspx": (
        "History.aspx",
        "ประวัติเทศบาล",
        [
            "เทศบาลตำบลหนองหานน้อยเดิมเป็นสุขาภิบาลหนองหานน้อย จัดตั้งเมื่อปี พ.ศ. 2508 และได้รับการเปลี่ยนแปลงฐานะเป็นเทศบาลตำบลเมื่อวันที่ 25 พฤษภาคม 2542",
            "มีพื้นที่ 6.8 ตารางกิโลเมตร แบ่งเป็น 11 ชุมชน ประชากรประมาณ 9,700 คน",
        ],
    ),
    "/structure.aspx": (
        "Structure.aspx",
        "โครงสร้างองค์กร",
        ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม"],
    ),
    "/executive.aspx": (
        "Executive.aspx",
        "คณะผู้บริหาร",
        ["นายวีระพงษ์ ศรีสกล นายกเทศมนตรีตำบลหนองหานน้อย", "นายชาตรี พรหมมา รองนายกเทศมนตรี", "นางสุภาพร คำแสน รองนายกเทศมนตรี"],
    ),
    "/contact.aspx": ("Contact.aspx", "ติดต่อเทศบาล", [SITE, ADDRESS, PHONE, "E-mail : nonghannoi@example.go.th"]),
    "/ita.aspx": (
        "ITA.aspx",
        "ITA การเปิดเผยข้อมูลสาธารณะ",
        ["O1 โครงสร้าง", "O2 ข้อมูลผู้บริหาร", "O3 อำนาจหน้าที่", "O4 ข้อมูลการติดต่อ", "O5 กฎหมายที่เกี่ยวข้อง", "O6 ข่าวประชาสัมพันธ์"],
    ),
}

MENU = (
    ("Default.aspx", "หน้าหลัก"),
    ("History.aspx", "ประวัติเทศบาล"),
    ("Structure.aspx", "โครงสร้างองค์กร"),
    ("Executive.aspx", "คณะผู้บริหาร"),
    ("News.aspx", "ข่าวประชาสัมพันธ์"),
    ("ITA.aspx", "ITA"),
    ("Contact.aspx", "ติดต่อเรา"),
)


def _views(n: int) -> int:
    return (n * 41) % 800 + 37


def _thai_date(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"{d.day}/{d.month}/{d.year + 543}"


def _session_id(seed: str) -> str:
    """A 24-character cookieless session id (ASP.NET's alphabet a-z0-5), fresh for every response."""
    alphabet = "abcdefghijklmnopqrstuvwxyz012345"
    return "".join(alphabet[b % 32] for b in hashlib.sha256(seed.encode()).digest()[:24])


def _blob(seed: str, size: int) -> str:
    out, counter = b"", 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}{counter}".encode()).digest()
        counter += 1
    return base64.b64encode(b"\xff\x01\x0f\x0f" + out[:size]).decode()


class AspNetSite(FixtureSite):
    """IIS + ASP.NET: case-insensitive paths, cookieless session ids in the path, fresh ids in links."""

    renderer: _Renderer

    def route(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path, session = parts.path or "/", None
        m = SESSION.match(path)
        if m:
            session, path = m.group(1), m.group(2) or "/"
        if session is None:
            found = super().route(path_and_query)
            if found is not None:
                return found
        elif path.lower().startswith(("/upload/", "/images/")):
            return super().route(path + (f"?{parts.query}" if parts.query else ""))
        q = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
        return self.renderer.dynamic(path.lower(), q, in_session=session is not None, seed=path_and_query)


def build(base_url: str) -> FixtureSite:
    site = AspNetSite(
        FAMILY,
        base_url,
        disallowed_paths=["/Admin/", "/WebResource.axd"],
        server_software="Microsoft-IIS/7.5",
        trap_patterns=[r"^/\(S\([a-z0-5]{24}\)\)/"],
        not_found=html_page(
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\r\n'
            '<title>404 - File or directory not found.</title>\r\n</head>\r\n<body>\r\n<div id="header"><h1>Server Error</h1></div>\r\n'
            '<div id="content">\r\n <div class="content-container"><fieldset>\r\n  <h2>404 - File or directory not found.</h2>\r\n'
            "  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>\r\n"
            " </fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n",
            "text/html",
            status=404,
        ),
    )
    site.renderer = _Renderer(site)
    site.renderer.register()
    return site


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.news = list(NEWS)
        self.by_id = dict(self.news)
        self.newest = list(reversed(self.news))
        self.pages = -(-len(self.news) // PER_PAGE)

    def register(self) -> None:
        site, b = self.site, self.b
        for news_id, s in self.news:
            dt = local_dt(s.date, s.time)
            for k in range(1, s.photos + 1):
                add_jpeg(site, f"/Upload/News/{news_id}_{k}.jpg", 640, 480, dt)
            site.articles.append(
                FixtureArticle(
                    url=f"{b}/NewsDetail.aspx?ID={news_id}",
                    aliases=(f"{b}/Print.aspx?ID={news_id}",),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=s.captions or (),
                )
            )
        non = site.non_articles
        non += [b + "/", b + "/Default.aspx", b + "/News.aspx"]
        non += [f"{b}/News.aspx?page={p}" for p in range(1, self.pages + 1)]
        non += [b + "/" + page for page, _, _ in STATIC.values()]
        add_jpeg(site, "/images/banner.jpg", 980, 200, BUILT)
        add_jpeg(site, "/images/mayor.jpg", 180, 220, BUILT)
        for gif in ("bullet", "new", "line", "print"):
            add_gif(site, f"/images/{gif}.gif", BUILT)
        site.add(
            "/robots.txt",
            html_page("User-agent: *\r\nDisallow: /Admin/\r\nDisallow: /WebResource.axd\r\n", "text/plain"),
        )

    # -- dynamic pages (ASP.NET renders every request) ---------------------------
    def dynamic(self, path: str, q: dict[str, str], in_session: bool, seed: str) -> Response | None:
        fresh = "/(S(" + _session_id(seed) + "))"
        if path in ("/", "/default.aspx"):
            return self.frame(self.home(), "หน้าหลัก", "Default.aspx", fresh)
        if path == "/news.aspx":
            raw = q.get("page", "1")
            page = int(raw) if raw.isdigit() and int(raw) >= 1 else 1
            return self.frame(self.listing(page), "ข่าวประชาสัมพันธ์", f"News.aspx?page={page}", fresh)
        if path in ("/newsdetail.aspx", "/print.aspx"):
            raw = q.get("id", "")
            if not raw.isdigit():
                return self.error("Input string was not in a correct format.", "System.FormatException", path)
            story = self.by_id.get(int(raw))
            if story is None:
                return self.error("There is no row at position 0.", "System.IndexOutOfRangeException", path)
            if path == "/print.aspx":
                return self.print_page(int(raw), story)
            return self.frame(self.detail(int(raw), story, fresh), story.title, f"NewsDetail.aspx?ID={raw}", fresh)
        if path in STATIC:
            page, title, lines = STATIC[path]
            inner = "<br />\r\n".join(esc(line) for line in lines)
            return self.frame(
                self.box(title, f'<span id="{CP}lblDetail" class="detail">{inner}</span>'), title, page, fresh
            )
        return None

    # -- frame -----------------------------------------------------------------
    def frame(self, content: str, title: str, action: str, fresh: str) -> Response:
        menu = "\r\n".join(
            f'<td class="menu-item"><a href="{href}">{esc(label)}</a></td><td><img src="images/line.gif" alt="" /></td>'
            for href, label in MENU
        )
        latest = "\r\n".join(
            f'<tr><td valign="top" width="12"><img src="images/bullet.gif" alt="" /></td><td><a id="ctl00_rptLatest_ctl{k:02d}_hlNews" href="{fresh}/NewsDetail.aspx?ID={news_id}">{esc(s.title)}</a></td></tr>'
            for k, (news_id, s) in enumerate(self.newest[:5])
        )
        viewstate = _blob(action, 2600 + (len(action) * 37) % 900)
        validation = _blob("ev" + action, 240)
        return html_page(
            f"""

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" >
<head><title>
	{SITE} - {esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="App_Themes/Default/StyleSheet.css" type="text/css" rel="stylesheet" />
<style type="text/css">
body {{ margin: 0px; background-color: #dfe8d0; font-family: Tahoma, 'MS Sans Serif'; font-size: 9pt; }}
.menu-item a {{ color: #ffffff; font-weight: bold; text-decoration: none; padding: 0px 8px; }}
.box-head {{ background-color: #4d7a1f; color: #ffffff; font-weight: bold; height: 24px; padding-left: 8px; }}
.topic {{ font-size: 12pt; font-weight: bold; color: #2d5a0a; }}
.detail {{ line-height: 1.6; }}
</style></head>
<body>
    <form name="aspnetForm" method="post" action="{action}" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZPrSkMmvqHrAX6zKc5YsNrA1&amp;t=634605546709717464" type="text/javascript"></script>

    <table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
      <tr>
        <td colspan="2"><a id="ctl00_hlBanner" href="{fresh}/Default.aspx"><img src="images/banner.jpg" width="980" height="200" border="0" alt="{SITE}" /></a></td>
      </tr>
      <tr>
        <td colspan="2" bgcolor="#4d7a1f" height="30"><table border="0" cellspacing="0" cellpadding="0"><tr>
{menu}
        </tr></table></td>
      </tr>
      <tr>
        <td width="220" valign="top" bgcolor="#f0f5e8">
          <table width="100%" border="0" cellspacing="0" cellpadding="4">
            <tr><td class="box-head">นายกเทศมนตรี</td></tr>
            <tr><td align="center"><img src="images/mayor.jpg" width="150" alt="" /><br />นายวีระพงษ์ ศรีสกล<br />นายกเทศมนตรีตำบลหนองหานน้อย</td></tr>
            <tr><td class="box-head">ข่าวล่าสุด</td></tr>
            <tr><td><table width="100%" border="0" cellspacing="2" cellpadding="0">
{latest}
            </table></td></tr>
            <tr><td class="box-head">ลิงก์หน่วยงาน</td></tr>
            <tr><td>
              <a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a><br />
              <a href="http://www.sakonnakhon.go.th/" target="_blank">จังหวัดสกลนคร</a><br />
              <a href="http://www.oic.go.th/" target="_blank">สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ</a>
            </td></tr>
            <tr><td class="box-head">สถิติผู้เข้าชม</td></tr>
            <tr><td align="center"><span id="ctl00_lblCounter" style="font-size:12pt;font-weight:bold;">0 2 4 8 1 7 3</span><br />ออนไลน์ขณะนี้ <span id="ctl00_lblOnline">4</span> คน</td></tr>
          </table>
        </td>
        <td width="760" valign="top" style="padding: 8px;">
{content}
        </td>
      </tr>
      <tr>
        <td colspan="2" bgcolor="#4d7a1f" align="center" style="color: #ffffff; padding: 8px;">
          {SITE}<br />{ADDRESS}<br />{PHONE}<br />
          Copyright &copy; 2553 {SITE} All Rights Reserved. | <a href="Admin/Login.aspx" style="color:#ffffff;">ผู้ดูแลระบบ</a>
        </td>
      </tr>
    </table>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</div></form>
</body>
</html>
""",
            "text/html; charset=utf-8",
            extra=(("X-AspNet-Version", "2.0.50727"), ("X-Powered-By", "ASP.NET"), ("Cache-Control", "private")),
        )

    def box(self, heading: str, inner: str) -> str:
        return (
            f'<table width="100%" border="0" cellspacing="0" cellpadding="4">\r\n<tr><td class="box-head">{esc(heading)}</td></tr>\r\n'
            f"<tr><td>{inner}</td></tr>\r\n</table>"
        )

    def rows(self, items, prefix: str) -> str:
        return "\r\n".join(
            f'<tr><td width="15"><img src="images/bullet.gif" alt="" /></td><td><a href="NewsDetail.aspx?ID={news_id}">{esc(s.title)}</a></td>'
            f'<td width="90" align="center">{_thai_date(s.date)}</td><td width="70" align="right">{_views(news_id)}</td></tr>'
            for news_id, s in items
        )

    def home(self) -> str:
        welcome = (
            f'<span id="{CP}lblWelcome">ยินดีต้อนรับสู่เว็บไซต์{SITE} เว็บไซต์เพื่อการประชาสัมพันธ์ข้อมูลข่าวสารและบริการประชาชน</span>'
        )
        news = (
            f'<table id="{CP}gvNews" width="100%" cellspacing="0" cellpadding="3" border="0">\r\n{self.rows(self.newest[:HOME_COUNT], "gvNews")}\r\n</table>'
            '<div align="right"><a href="News.aspx">&gt;&gt; ดูข่าวทั้งหมด</a></div>'
        )
        return self.box("ยินดีต้อนรับ", welcome) + "<br />\r\n" + self.box("ข่าวประชาสัมพันธ์", news)

    def listing(self, page: int) -> str:
        chunk = self.newest[(page - 1) * PER_PAGE : page * PER_PAGE]
        pager = " ".join(
            f"<b>{k}</b>" if k == page else f'<a href="News.aspx?page={k}">{k}</a>' for k in range(1, self.pages + 1)
        )
        nxt = (
            f" <a id=\"{CP}lnkNext\" href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkNext','')\">ถัดไป &gt;</a>"
            if page < self.pages
            else ""
        )
        table = (
            f'<table id="{CP}gvNews" width="100%" cellspacing="0" cellpadding="3" border="1" style="border-collapse:collapse;">\r\n'
            '<tr style="background-color:#c8dca8;font-weight:bold;"><td>&nbsp;</td><td>หัวข้อข่าว</td><td align="center">วันที่</td><td align="right">เข้าชม</td></tr>\r\n'
            f"{self.rows(chunk, 'gvNews')}\r\n"
            + ("" if chunk else '<tr><td colspan="4" align="center">ไม่พบข้อมูล</td></tr>')
            + f'\r\n</table>\r\n<div align="center">หน้า : {pager}{nxt}</div>'
        )
        return self.box("ข่าวประชาสัมพันธ์", table)

    def detail(self, news_id: int, s: Story, fresh: str) -> str:
        body = "<br /><br />".join(esc(p) for p in s.paragraphs)
        caps = s.captions or ()
        cells = "".join(
            f'<td align="center" valign="top"><img id="{CP}dlPicture_ctl{k - 1:02d}_imgPic" src="Upload/News/{news_id}_{k}.jpg" style="height:150px;width:200px;border-width:0px;" /><br />'
            + (
                f'<span id="{CP}dlPicture_ctl{k - 1:02d}_lblPicDesc">{esc(caps[k - 1])}</span>'
                if k <= len(caps)
                else ""
            )
            + "</td>"
            + ("</tr><tr>" if k % 3 == 0 and k < s.photos else "")
            for k in range(1, s.photos + 1)
        )
        pictures = (
            f'<table id="{CP}dlPicture" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr>{cells}</tr></table>'
            if cells
            else ""
        )
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="box-head">ข่าวประชาสัมพันธ์</td></tr>
<tr><td><span id="{CP}lblTopic" class="topic">{esc(s.title)}</span></td></tr>
<tr><td style="color:#666666;"><span id="{CP}lblDate">วันที่ {_thai_date(s.date)}</span>&nbsp;&nbsp;<span id="{CP}lblView">เข้าชม {_views(news_id)} ครั้ง</span>&nbsp;&nbsp;<span id="{CP}lblBy">โดย {esc(s.author)}</span></td></tr>
<tr><td><img src="images/line.gif" width="100%" height="1" alt="" /></td></tr>
<tr><td><span id="{CP}lblDetail" class="detail">{body}</span></td></tr>
<tr><td>{pictures}</td></tr>
<tr><td align="right"><img src="images/print.gif" alt="" /> <a id="{CP}hlPrint" href="{fresh}/Print.aspx?ID={news_id}" target="_blank">พิมพ์หน้านี้</a> | <a id="{CP}hlBack" href="{fresh}/News.aspx">ย้อนกลับ</a></td></tr>
</table>"""

    def print_page(self, news_id: int, s: Story) -> Response:
        body = "<br /><br />".join(esc(p) for p in s.paragraphs)
        viewstate = _blob(f"print{news_id}", 2700)
        return html_page(
            f"""

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" >
<head><title>
	พิมพ์ข่าว
</title></head>
<body onload="window.print();" style="font-family: Tahoma; font-size: 10pt;">
    <form name="form1" method="post" action="Print.aspx?ID={news_id}" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
    <table width="650" border="0" cellpadding="4" cellspacing="0">
    <tr><td align="center"><b>{SITE}</b><br />{ADDRESS}<hr /></td></tr>
    <tr><td><span id="lblTopic" style="font-size:12pt;font-weight:bold;">{esc(s.title)}</span></td></tr>
    <tr><td><span id="lblDate">วันที่ {_thai_date(s.date)}</span></td></tr>
    <tr><td><span id="lblDetail">{body}</span></td></tr>
    </table>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="3D7C1F3A" />
</div></form>
</body>
</html>
""",
            extra=(("X-AspNet-Version", "2.0.50727"), ("X-Powered-By", "ASP.NET")),
        )

    def error(self, message: str, exc: str, path: str) -> Response:
        page = "NewsDetail.aspx" if path == "/newsdetail.aspx" else "Print.aspx"
        return html_page(
            f"""<html>
    <head>
        <title>{message}</title>
        <style>
         body {{font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}}
         p {{font-family:"Verdana";font-weight:normal;color:black;margin-top: -5px}}
         h1 {{ font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }}
         h2 {{ font-family:"Verdana";font-weight:normal;font-size:14pt;color:maroon }}
         pre {{font-family:"Lucida Console";font-size: .9em}}
        </style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>{message}</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>An unhandled exception occurred during the execution of the current web request. Please review the stack trace for more information about the error and where it originated in the code.
            <br><br>
            <b> Exception Details: </b>{exc}: {message}<br><br>
            <b> Source File: </b> d:\\inetpub\\wwwroot\\nonghannoi\\{page}.cs<b> &nbsp;&nbsp; Line: </b> 42
            <br><br>
            <hr width=100% size=1 color=silver>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:2.0.50727.5485; ASP.NET Version:2.0.50727.5491
            </font>
    </body>
</html>
""",
            "text/html; charset=utf-8",
            status=500,
            extra=(("X-AspNet-Version", "2.0.50727"), ("X-Powered-By", "ASP.NET")),
        )

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""egov_cloud: a small อบต. on a rented multi-tenant "e-government cloud" platform.

องค์การบริหารส่วนตำบลหนองบัวทอง (fictional).  The vendor hosts hundreds of LAOs on one
application; every page of this tenant lives under ``/site/nongbuathong/`` and ``/`` answers a
302 to it.  Posts are typed by a path segment and named by a short hex id:
``/site/nongbuathong/post/news/8f3a2c`` (types ``news``, ``activity``, ``announce``); the
"ลิงก์สั้น" share link ``/site/nongbuathong/p/8f3a2c`` answers a 301 to the post (an alias, used
by the "โพสต์ยอดนิยม" sidebar, which shows a different five posts on every page).  Listings
``/site/nongbuathong/posts/<type>`` show 6 cards and a "โหลดเพิ่มเติม" link with a cursor
(``?before=<id of the last card>``), no page numbers.  Dates are Buddhist-era numerics
``14/02/2567 10:30``, some posts carry a later ``แก้ไขล่าสุด`` date, every post a view counter.
Bodies are Quill editor output (``<div class="ql-editor">``, ``<p><br></p>`` spacers, some
posts one ``<p>`` with ``<br><br>`` between paragraphs).

Non-articles: home, listings and their cursor pages, tag pages (Thai, percent-encoded), the
leader's message (long prose), about/structure/executives pages, contact (map iframe), the
complaint form, the ITA 2567 page (40 items, each a PDF), the procurement table (by fiscal year),
a deleted post linked from the home slider (a soft 404: status 200, "ไม่พบโพสต์").

Traps (made on request, see ``EgovCloudSite.route``):
* ``_vs=``: every "ดูทั้งหมด" button carries a per-visit tracking token computed from the page
  being viewed, so each tokened listing links new tokened listings: endless.
* ``sort=`` / ``view=``: listing facets (ล่าสุด / ยอดนิยม / เก่าสุด, grid / list), each facet
  page with its own cursor chain; combined with ``_vs`` they never end.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response, route_key
from ..thaidate import BANGKOK, local_dt, thai_slash
from .common import add_jpeg, add_pdf, add_text, attr, esc, html_page, redirect

FAMILY = "egov_cloud"
TENANT = "nongbuathong"
P = f"/site/{TENANT}"
SITE = "องค์การบริหารส่วนตำบลหนองบัวทอง"
SHORT = "อบต.หนองบัวทอง"
ADDRESS = "เลขที่ 123 หมู่ที่ 2 ตำบลหนองบัวทอง อำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู 39180"
PHONE = "042-358-114"
BUILT = datetime(2022, 10, 1, 9, 0, tzinfo=BANGKOK)
PER_PAGE = 6
KINDS = {"news": "ข่าวประชาสัมพันธ์", "activity": "ภาพกิจกรรม", "announce": "ประกาศ"}
SORTS = (("latest", "ล่าสุด"), ("popular", "ยอดนิยม"), ("oldest", "เก่าสุด"))
VIEWS = (("grid", "ตาราง"), ("list", "รายการ"))
TRAP_PATTERNS = (r"[?&]_vs=", r"[?&](sort|view)=")
PLAN = "งานนโยบายและแผน"
HEALTH = "กองสาธารณสุขและสิ่งแวดล้อม"
ADMIN = "แอดมิน อบต."
FINANCE = "กองคลัง"


@dataclass(frozen=True)
class _Entry:
    kind: str
    story: Story
    tags: tuple[str, ...]
    updated: str | None = None  # 'YYYY-MM-DD' shown as แก้ไขล่าสุด


ENTRIES: tuple[_Entry, ...] = (
    _Entry(
        "news",
        Story(
            "อบต.หนองบัวทองจัดประชุมประชาคมตำบล ทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
            "2023-06-12",
            "15:10",
            PLAN,
            (
                "วันจันทร์ที่ 12 มิถุนายน 2566 เวลา 09.00 น. องค์การบริหารส่วนตำบลหนองบัวทองจัดประชุมประชาคมระดับตำบล ณ หอประชุม อบต.หนองบัวทอง เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ครั้งที่ 1 โดยมีกำนัน ผู้ใหญ่บ้านทั้ง 11 หมู่บ้าน และผู้แทนประชาคมเข้าร่วมประมาณ 150 คน",
                "นายกองค์การบริหารส่วนตำบลหนองบัวทองชี้แจงว่า งบประมาณที่ได้รับจัดสรรมีจำกัด จึงขอให้แต่ละหมู่บ้านเรียงลำดับความจำเป็นของโครงการให้ชัดเจน โดยให้ความสำคัญกับน้ำอุปโภคบริโภคและถนนที่ใช้ขนส่งผลผลิตทางการเกษตรเป็นอันดับแรก",
                "ผู้แทนหมู่ที่ 4 และหมู่ที่ 9 เสนอให้ขุดลอกลำห้วยซึ่งตื้นเขินจนน้ำล้นท่วมนาทุกปี ส่วนหมู่ที่ 7 ขอขยายเขตประปาไปยังคุ้มใหม่ที่มีบ้านเรือนเพิ่มขึ้นกว่า 30 หลังคาเรือน",
                "ข้อเสนอทั้งหมดจะนำเข้าสู่การพิจารณาของคณะกรรมการพัฒนาท้องถิ่น ก่อนเสนอสภาองค์การบริหารส่วนตำบลให้ความเห็นชอบภายในเดือนกรกฎาคม 2566",
            ),
        ),
        ("แผนพัฒนา", "ประชาคม"),
    ),
    _Entry(
        "activity",
        Story(
            "กิจกรรมจิตอาสาพัฒนา ทำความสะอาดหนองน้ำสาธารณะบ้านโนนสว่าง",
            "2023-07-28",
            "11:45",
            ADMIN,
            (
                "ผู้บริหาร พนักงาน และจิตอาสาตำบลหนองบัวทอง ร่วมกันเก็บผักตบชวาและตัดหญ้ารอบหนองน้ำสาธารณะบ้านโนนสว่าง หมู่ที่ 6 เนื่องในวันเฉลิมพระชนมพรรษา",
            ),
            photos=5,
            captions=(),
        ),
        ("จิตอาสา", "สิ่งแวดล้อม"),
    ),
    _Entry(
        "news",
        Story(
            "รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย ป้องกันโรคไข้เลือดออก",
            "2023-08-03",
            "14:00",
            HEALTH,
            (
                "กองสาธารณสุขและสิ่งแวดล้อม อบต.หนองบัวทอง ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลและ อสม. ออกรณรงค์ตามหลัก 3 เก็บ คือ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด ในหมู่ที่ 1, 2 และ 8 ซึ่งพบผู้ป่วยสงสัยไข้เลือดออกในเดือนที่ผ่านมา",
                "เจ้าหน้าที่ได้แจกทรายกำจัดลูกน้ำและพ่นหมอกควันรอบบ้านผู้ป่วยในรัศมี 100 เมตร หากประชาชนมีอาการไข้สูงลอยเกิน 2 วัน ขอให้รีบไปพบแพทย์ทันที",
            ),
            photos=2,
            captions=("อสม. สำรวจลูกน้ำยุงลายในภาชนะรอบบ้าน", "เจ้าหน้าที่พ่นหมอกควันบ้านหนองบัวทอง หมู่ที่ 1"),
        ),
        ("สาธารณสุข",),
    ),
    _Entry(
        "activity",
        Story(
            "ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า หมู่ที่ 3 บ้านโคกกลาง",
            "2023-09-14",
            "10:20",
            None,
            (
                "เจ้าหน้าที่ปศุสัตว์และ อบต.หนองบัวทองออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวที่บ้านโคกกลาง รวม 184 ตัว โดยไม่คิดค่าใช้จ่าย",
            ),
            photos=4,
            captions=(),
        ),
        ("สาธารณสุข",),
    ),
    _Entry(
        "announce",
        Story(
            "ประกาศ อบต.หนองบัวทอง เรื่อง กำหนดสมัยประชุมสภาสมัยสามัญ ประจำปี 2567",
            "2023-09-20",
            "16:30",
            ADMIN,
            (
                "ด้วยสภาองค์การบริหารส่วนตำบลหนองบัวทอง ในการประชุมสมัยสามัญ สมัยที่ 3 ครั้งที่ 1 ได้มีมติกำหนดสมัยประชุมสามัญประจำปี 2567 ไว้ 4 สมัย ได้แก่ เดือนกุมภาพันธ์ เดือนมิถุนายน เดือนสิงหาคม และเดือนธันวาคม สมัยละไม่เกิน 15 วัน",
                "จึงประกาศให้ทราบโดยทั่วกัน ประชาชนที่ประสงค์จะเข้ารับฟังการประชุมสามารถแจ้งความจำนงได้ที่สำนักปลัด ล่วงหน้าอย่างน้อย 1 วันทำการ",
            ),
        ),
        ("สภา อบต.",),
    ),
    _Entry(
        "news",
        Story(
            "ประชาสัมพันธ์การลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2568",
            "2023-10-02",
            "09:15",
            None,
            (
                "อบต.หนองบัวทองขอเชิญผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2568 คือผู้ที่เกิดก่อนหรือในวันที่ 1 กันยายน 2508 และมีชื่ออยู่ในทะเบียนบ้านในตำบลหนองบัวทอง มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ",
                "ลงทะเบียนได้ที่สำนักปลัด อบต.หนองบัวทอง ในวันและเวลาราชการ ตั้งแต่บัดนี้ถึงวันที่ 30 พฤศจิกายน 2566 นำบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารมาด้วย",
                "ผู้ที่ไม่สะดวกเดินทางสามารถมอบอำนาจให้ผู้อื่นมายื่นแทนได้ โดยใช้หนังสือมอบอำนาจตามแบบที่ อบต. กำหนด",
            ),
        ),
        ("ผู้สูงอายุ", "สวัสดิการ"),
        "2023-10-18",
    ),
    _Entry(
        "announce",
        Story(
            "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตำแหน่งผู้ดูแลเด็ก",
            "2023-11-01",
            "13:00",
            ADMIN,
            (
                "องค์การบริหารส่วนตำบลหนองบัวทองจะดำเนินการสรรหาและเลือกสรรบุคคลเป็นพนักงานจ้างทั่วไป ตำแหน่งผู้ดูแลเด็ก ประจำศูนย์พัฒนาเด็กเล็กบ้านหนองบัวทอง จำนวน 1 อัตรา ค่าตอบแทนเดือนละ 9,000 บาท",
                "ผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปี จบการศึกษาไม่ต่ำกว่ามัธยมศึกษาตอนปลาย และมีใจรักเด็ก รับสมัครระหว่างวันที่ 6 - 17 พฤศจิกายน 2566 ณ สำนักปลัด",
                "ประกาศรายชื่อผู้มีสิทธิ์ประเมินสมรรถนะในวันที่ 20 พฤศจิกายน 2566 ทางเว็บไซต์และบอร์ดประชาสัมพันธ์ของ อบต.",
            ),
        ),
        ("รับสมัครงาน",),
    ),
    _Entry(
        "news",
        Story(
            "ประเพณีลอยกระทงตำบลหนองบัวทอง ประจำปี 2566",
            "2023-11-27",
            "21:40",
            ADMIN,
            (
                "คืนวันเพ็ญเดือนสิบสอง อบต.หนองบัวทองร่วมกับวัดศรีสว่างอารมณ์จัดงานประเพณีลอยกระทง ณ สระน้ำหน้าวัด มีประชาชนมาร่วมงานอย่างคึกคัก",
                "ภายในงานมีการประกวดกระทงจากวัสดุธรรมชาติ ประกวดนางนพมาศ และการแสดงหมอลำจากนักเรียนโรงเรียนบ้านหนองบัวทอง กระทงที่ชนะเลิศประดิษฐ์จากกาบกล้วยและดอกดาวเรือง",
                "หลังเสร็จงาน จิตอาสาได้ช่วยกันเก็บกระทงขึ้นจากสระทั้งหมดในเช้าวันรุ่งขึ้น เพื่อไม่ให้เน่าเสียในแหล่งน้ำ",
            ),
            photos=3,
            captions=("ขบวนแห่กระทงรอบหมู่บ้าน", "กระทงชนะเลิศจากกาบกล้วย", "บรรยากาศริมสระหน้าวัด"),
        ),
        ("ประเพณี",),
    ),
    _Entry(
        "activity",
        Story(
            "พิธีวางพานพุ่มถวายราชสักการะ เนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม",
            "2023-12-05",
            "08:50",
            None,
            ("คณะผู้บริหาร สมาชิกสภา และพนักงาน อบต.หนองบัวทอง ร่วมพิธีวางพานพุ่มถวายราชสักการะ ณ หอประชุมอำเภอศรีบุญเรือง",),
            photos=3,
            captions=(),
        ),
        ("รัฐพิธี",),
    ),
    _Entry(
        "announce",
        Story(
            "ประกาศ การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567",
            "2024-01-05",
            "10:00",
            FINANCE,
            (
                "อบต.หนองบัวทองขอแจ้งให้เจ้าของที่ดินและสิ่งปลูกสร้าง และเจ้าของป้ายในเขตตำบลหนองบัวทอง ทราบกำหนดการชำระภาษีประจำปี 2567",
                "ภาษีป้ายให้ยื่นแบบ ภ.ป.1 ภายในวันที่ 31 มีนาคม 2567 ส่วนภาษีที่ดินและสิ่งปลูกสร้างให้ชำระตามใบแจ้งการประเมินภายในเดือนเมษายน 2567 ผู้ชำระภายในกำหนดจะไม่เสียเบี้ยปรับและเงินเพิ่ม",
                "ชำระได้ที่กองคลัง หรือโอนผ่านบัญชีธนาคารกรุงไทย สาขาศรีบุญเรือง ชื่อบัญชี อบต.หนองบัวทอง แล้วส่งหลักฐานการโอนทางไลน์ของกองคลัง",
            ),
        ),
        ("ภาษี",),
    ),
    _Entry(
        "news",
        Story(
            "งานวันเด็กแห่งชาติ ประจำปี 2567 ศูนย์พัฒนาเด็กเล็ก อบต.หนองบัวทอง",
            "2024-01-13",
            "15:30",
            "กองการศึกษา",
            (
                "วันเสาร์ที่ 13 มกราคม 2567 ศูนย์พัฒนาเด็กเล็กทั้ง 2 แห่งของ อบต.หนองบัวทอง จัดงานวันเด็กแห่งชาติร่วมกัน ณ ลานอเนกประสงค์หน้าสำนักงาน มีเด็กและผู้ปกครองมาร่วมงานราว 400 คน",
                "กิจกรรมประกอบด้วยการแสดงของเด็กเล็ก ซุ้มเกมจากหน่วยงานในพื้นที่ และการแจกทุนการศึกษา 20 ทุน ที่ได้รับการสนับสนุนจากร้านค้าและผู้ใจบุญในตำบล",
            ),
            photos=2,
            captions=(),
        ),
        ("การศึกษา", "เด็กและเยาวชน"),
    ),
    _Entry(
        "activity",
        Story(
            "อบรมการทำน้ำหมักชีวภาพจากเศษผักผลไม้ ให้กลุ่มเกษตรกรบ้านหนองแวง",
            "2024-01-30",
            "14:25",
            ADMIN,
            (
                "อบต.หนองบัวทองเชิญวิทยากรจากสำนักงานเกษตรอำเภอมาสอนการทำน้ำหมักชีวภาพจากเศษผักผลไม้แก่เกษตรกรบ้านหนองแวง จำนวน 35 คน",
            ),
            photos=4,
            captions=(),
        ),
        ("เกษตร", "สิ่งแวดล้อม"),
    ),
    _Entry(
        "news",
        Story(
            "อบต.หนองบัวทองรับโล่รางวัลการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างดีเด่น",
            "2024-02-14",
            "11:00",
            FINANCE,
            (
                "นายกองค์การบริหารส่วนตำบลหนองบัวทองเข้ารับโล่รางวัลหน่วยงานที่จัดเก็บภาษีที่ดินและสิ่งปลูกสร้างได้ตามเป้าหมายดีเด่น ประจำปี 2566 จากผู้ว่าราชการจังหวัดหนองบัวลำภู",
                "ปีที่ผ่านมากองคลังจัดเก็บภาษีได้ร้อยละ 96 ของยอดที่ประเมิน ด้วยการออกหน่วยรับชำระภาษีเคลื่อนที่ทุกหมู่บ้านและการเปิดให้ชำระผ่านการโอนเงิน อบต. ขอขอบคุณผู้เสียภาษีทุกท่าน",
            ),
        ),
        ("ภาษี", "รางวัล"),
    ),
    _Entry(
        "activity",
        Story(
            "เยี่ยมบ้านผู้ป่วยติดเตียงร่วมกับ อสม. และ รพ.สต.หนองบัวทอง",
            "2024-02-29",
            "16:05",
            HEALTH,
            ("ทีมสหวิชาชีพตำบลหนองบัวทองออกเยี่ยมบ้านผู้ป่วยติดเตียงและผู้สูงอายุที่อยู่ลำพัง 12 ราย พร้อมมอบผ้าอ้อมผู้ใหญ่และถุงยังชีพ",),
            photos=3,
            captions=(),
        ),
        ("ผู้สูงอายุ", "สาธารณสุข"),
    ),
    _Entry(
        "announce",
        Story(
            "ประกาศงดจ่ายน้ำประปาหมู่บ้านชั่วคราว บ้านหนองแวง หมู่ที่ 5",
            "2024-03-04",
            "08:10",
            None,
            (
                "กองช่างจะงดจ่ายน้ำประปาหมู่บ้านบ้านหนองแวง หมู่ที่ 5 ในวันพุธที่ 6 มีนาคม 2567 ตั้งแต่เวลา 09.00 - 15.00 น. เพื่อเปลี่ยนท่อเมนที่แตกรั่วบริเวณหน้าโรงเรียน ขอให้ประชาชนกักเก็บน้ำไว้ใช้ล่วงหน้า",
            ),
        ),
        ("ประปา",),
    ),
    _Entry(
        "news",
        Story(
            "ประชุมคณะกรรมการกองทุนหลักประกันสุขภาพ อบต.หนองบัวทอง ครั้งที่ 1/2567",
            "2024-03-21",
            "13:30",
            HEALTH,
            (
                "วันพฤหัสบดีที่ 21 มีนาคม 2567 เวลา 09.30 น. คณะกรรมการกองทุนหลักประกันสุขภาพ อบต.หนองบัวทอง ประชุมครั้งที่ 1/2567 ณ ห้องประชุมสำนักงาน โดยมีนายก อบต. เป็นประธานกรรมการ",
                "เลขานุการกองทุนรายงานว่า ณ สิ้นเดือนกุมภาพันธ์ 2567 กองทุนมีเงินคงเหลือ 612,480 บาท ได้รับเงินสมทบจาก สปสช. และเงินสมทบจาก อบต. ครบถ้วนแล้ว",
                "ที่ประชุมพิจารณาโครงการที่ขอรับการสนับสนุน 9 โครงการ อนุมัติ 7 โครงการ เช่น โครงการคัดกรองเบาหวานและความดันโลหิตสูงในกลุ่มเสี่ยง โครงการหนูน้อยฟันดีในศูนย์พัฒนาเด็กเล็ก และโครงการออกกำลังกายด้วยไม้พลองสำหรับผู้สูงอายุ",
                "อีก 2 โครงการให้ผู้เสนอปรับรายละเอียดค่าใช้จ่ายให้สอดคล้องกับประกาศคณะกรรมการหลักประกันสุขภาพแห่งชาติ แล้วเสนอเข้ามาใหม่ในการประชุมครั้งถัดไป",
                "ประธานกำชับให้ผู้รับผิดชอบโครงการรายงานผลการดำเนินงานภายใน 30 วันหลังเสร็จสิ้นโครงการ เพื่อให้กองทุนรายงานต่อ สปสช. เขต 8 อุดรธานี ได้ทันกำหนด",
            ),
        ),
        ("สาธารณสุข", "กองทุน"),
        "2024-03-25",
    ),
    _Entry(
        "news",
        Story(
            "ตั้งจุดบริการประชาชน ลดอุบัติเหตุช่วงเทศกาลสงกรานต์ 2567",
            "2024-04-12",
            "09:00",
            "งานป้องกันและบรรเทาสาธารณภัย",
            (
                "อบต.หนองบัวทองร่วมกับสถานีตำรวจภูธรศรีบุญเรืองและอาสาสมัครป้องกันภัยฝ่ายพลเรือน ตั้งจุดบริการประชาชนบริเวณสามแยกบ้านโคกกลาง ตลอดช่วงวันที่ 11 - 17 เมษายน 2567",
                "จุดบริการมีน้ำดื่ม กาแฟ และที่พักสำหรับผู้ขับขี่ที่เดินทางไกล พร้อมตรวจความพร้อมของรถจักรยานยนต์และแจกหมวกนิรภัยให้เด็กนักเรียน",
            ),
            photos=1,
            captions=("อปพร. ประจำจุดบริการสามแยกบ้านโคกกลาง",),
        ),
        ("ป้องกันภัย", "ประเพณี"),
    ),
    _Entry(
        "activity",
        Story(
            "รดน้ำขอพรผู้สูงอายุ ประเพณีสงกรานต์ ประจำปี 2567",
            "2024-04-12",
            "15:30",
            ADMIN,
            ("อบต.หนองบัวทองจัดพิธีรดน้ำขอพรผู้สูงอายุ ณ ศาลาประชาคมบ้านหนองบัวทอง มีผู้สูงอายุจาก 11 หมู่บ้านมาร่วมงานกว่า 250 คน",),
            photos=5,
            captions=(),
        ),
        ("ผู้สูงอายุ", "ประเพณี"),
    ),
    _Entry(
        "activity",
        Story(
            "ซ่อมแซมถนนลูกรังสายบ้านโนนสว่าง - บ้านหนองแวง",
            "2024-05-08",
            "10:40",
            None,
            ("กองช่างนำรถเกรดเดอร์และหินคลุกเข้าซ่อมแซมถนนลูกรังสายบ้านโนนสว่าง - บ้านหนองแวง ระยะทาง 1.2 กิโลเมตร ที่ชำรุดเป็นหลุมบ่อ",),
            photos=3,
            captions=(),
        ),
        ("โครงสร้างพื้นฐาน",),
    ),
    _Entry(
        "news",
        Story(
            "อบต.หนองบัวทองเตรียมความพร้อมรับมืออุทกภัยช่วงฤดูฝน",
            "2024-05-20",
            "14:15",
            "งานป้องกันและบรรเทาสาธารณภัย",
            (
                "อบต.หนองบัวทองประชุมซักซ้อมแผนเผชิญเหตุอุทกภัยร่วมกับผู้นำชุมชนทั้ง 11 หมู่บ้าน ก่อนเข้าสู่ฤดูฝน โดยกำหนดจุดอพยพ 3 แห่ง ได้แก่ วัดศรีสว่างอารมณ์ โรงเรียนบ้านหนองบัวทอง และศาลาประชาคมบ้านโคกกลาง",
                "กองช่างได้ตรวจสภาพเครื่องสูบน้ำ 4 เครื่อง กระสอบทราย และเรือท้องแบน ให้พร้อมใช้งานตลอด 24 ชั่วโมง และจะขุดลอกท่อระบายน้ำในจุดที่น้ำท่วมขังเป็นประจำ",
                "หากพบเหตุน้ำท่วมหรือต้องการความช่วยเหลือ แจ้งได้ที่ศูนย์ปฏิบัติการ อบต.หนองบัวทอง โทร 042-358-114 หรือสายด่วน 1784",
            ),
        ),
        ("ป้องกันภัย",),
    ),
    _Entry(
        "announce",
        Story(
            "ประกาศรายงานผลการดำเนินงานในรอบปีงบประมาณ พ.ศ. 2566",
            "2024-05-27",
            "11:20",
            PLAN,
            (
                "ตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น กำหนดให้ผู้บริหารท้องถิ่นประกาศผลการติดตามและประเมินผลแผนพัฒนาให้ประชาชนทราบ",
                "ในปีงบประมาณ 2566 อบต.หนองบัวทองดำเนินโครงการตามข้อบัญญัติงบประมาณแล้วเสร็จ 48 โครงการ จากทั้งหมด 55 โครงการ คิดเป็นร้อยละ 87.27 รายละเอียดตามเอกสารแนบท้ายประกาศนี้",
            ),
        ),
        ("แผนพัฒนา", "ITA"),
    ),
)

ITA_ITEMS = (
    "โครงสร้าง",
    "ข้อมูลผู้บริหาร",
    "อำนาจหน้าที่",
    "ข้อมูลการติดต่อ",
    "กฎหมายที่เกี่ยวข้อง",
    "ข่าวประชาสัมพันธ์",
    "Q&A",
    "Social Network",
    "แผนดำเนินงานประจำปี",
    "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน",
    "รายงานผลการดำเนินงานประจำปี",
    "คู่มือหรือมาตรฐานการปฏิบัติงาน",
    "คู่มือหรือมาตรฐานการให้บริการ",
    "ข้อมูลเชิงสถิติการให้บริการ",
    "รายงานผลการสำรวจความพึงพอใจการให้บริการ",
    "E-Service",
    "แผนการใช้จ่ายงบประมาณประจำปี",
    "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน",
    "รายงานผลการใช้จ่ายงบประมาณประจำปี",
    "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
    "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
    "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
    "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
    "นโยบายการบริหารทรัพยากรบุคคล",
    "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล",
    "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
    "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี",
    "ช่องทางการรับฟังความคิดเห็น",
    "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
    "เจตจำนงสุจริตของผู้บริหาร",
    "การมีส่วนร่วมของผู้บริหาร",
    "การประเมินความเสี่ยงการทุจริตประจำปี",
    "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
    "การเสริมสร้างวัฒนธรรมองค์กร",
    "แผนปฏิบัติการป้องกันการทุจริต",
    "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน",
    "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
)

# (fiscal year, date, subject, method, budget)
PROCUREMENT = (
    (2566, "2023-03-15", "จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโคกกลาง หมู่ที่ 3", "เฉพาะเจาะจง", "487,000.00"),
    (2566, "2023-05-02", "ซื้อวัสดุอาหารเสริม (นม) โรงเรียนและศูนย์พัฒนาเด็กเล็ก ภาคเรียนที่ 1/2566", "เฉพาะเจาะจง", "312,640.52"),
    (2566, "2023-06-20", "จ้างขุดลอกลำห้วยหนองแวง หมู่ที่ 5", "e-bidding", "1,240,000.00"),
    (2566, "2023-08-09", "ซื้อเครื่องพ่นหมอกควัน จำนวน 2 เครื่อง", "เฉพาะเจาะจง", "118,000.00"),
    (2566, "2023-09-12", "จ้างซ่อมแซมรถบรรทุกน้ำอเนกประสงค์ ทะเบียน บธ 4521", "เฉพาะเจาะจง", "46,850.00"),
    (2567, "2023-11-08", "ซื้อวัสดุอาหารเสริม (นม) ภาคเรียนที่ 2/2566", "เฉพาะเจาะจง", "298,114.20"),
    (2567, "2023-12-19", "จ้างก่อสร้างรางระบายน้ำ ค.ส.ล. บ้านหนองบัวทอง หมู่ที่ 1", "e-bidding", "2,150,000.00"),
    (2567, "2024-01-24", "ซื้อครุภัณฑ์คอมพิวเตอร์ สำนักปลัด จำนวน 3 เครื่อง", "เฉพาะเจาะจง", "66,000.00"),
    (2567, "2024-02-27", "จ้างขยายเขตประปาหมู่บ้าน บ้านโนนสว่าง หมู่ที่ 7", "เฉพาะเจาะจง", "395,500.00"),
    (2567, "2024-03-18", "ซื้อกระสอบทรายและเครื่องสูบน้ำ เตรียมรับมืออุทกภัย", "เฉพาะเจาะจง", "84,300.00"),
    (2567, "2024-04-30", "จ้างปรับปรุงถนนลูกรังสายบ้านโนนสว่าง - บ้านหนองแวง", "เฉพาะเจาะจง", "99,800.00"),
    (2567, "2024-05-15", "จ้างเหมาบริการเก็บขยะมูลฝอย ประจำปีงบประมาณ 2567", "e-bidding", "720,000.00"),
)


def _hid(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()[:6]


def _token(seed: str) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:10]


class _Post:
    def __init__(self, entry: _Entry, n: int):
        self.entry, self.n = entry, n
        self.kind, self.story = entry.kind, entry.story
        self.dt = local_dt(self.story.date, self.story.time)
        self.hid = _hid(self.story.title)
        self.path = f"{P}/post/{self.kind}/{self.hid}"
        self.short = f"{P}/p/{self.hid}"
        self.views = int(self.hid, 16) % 1900 + 37
        self.stamp = f"{thai_slash(self.dt.date())} {self.dt:%H:%M}"

    def photo(self, k: int) -> str:
        return f"/storage/{TENANT}/posts/{self.hid}/{k:02d}.jpg"


DELETED = f"{P}/post/news/{_hid('deleted-slide')}"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/admin/", "/api/", f"{P}/search"],
        trap_patterns=list(TRAP_PATTERNS),
        server_software="nginx/1.22.1",
    )
    r = _Renderer(site)
    r.register()
    site.dynamic = r.dynamic
    return site


def _q(params: dict[str, str]) -> str:
    """Query string in the platform's parameter order."""
    order = ("sort", "view", "before", "_vs")
    items = [(k, params[k]) for k in order if params.get(k)]
    return ("?" + "&amp;".join(f"{k}={v}" for k, v in items)) if items else ""


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.base = site, site.base_url
        entries = sorted(ENTRIES, key=lambda e: (e.story.date, e.story.time))
        self.posts = [_Post(e, n) for n, e in enumerate(entries)]
        assert len({p.hid for p in self.posts}) == len(self.posts)
        self.by_kind = {k: [p for p in reversed(self.posts) if p.kind == k] for k in KINDS}
        self.newest = list(reversed(self.posts))
        self.tags: dict[str, list[_Post]] = {}
        for p in self.newest:
            for t in p.entry.tags:
                self.tags.setdefault(t, []).append(p)

    # -- registration -----------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.base
        site.add("/", redirect(b + P + "/", 302))
        site.add(P, redirect(b + P + "/", 301))
        site.add(P + "/", self.home(P + "/"))
        site.non_articles.append(b + P + "/")
        for p in self.posts:
            site.add(p.path, self.article(p))
            site.add(p.short, redirect(b + p.path, 301))
            for k in range(1, p.story.photos + 1):
                add_jpeg(site, p.photo(k), 1024, 683, p.dt)
            s = p.story
            site.articles.append(
                FixtureArticle(
                    url=b + p.path,
                    aliases=(b + p.short,),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=s.shown_captions,
                )
            )
        for kind in KINDS:
            path = f"{P}/posts/{kind}"
            site.add(path, self.listing(kind, {}, path))
            site.non_articles.append(b + path)
            order = self.by_kind[kind]
            for start in range(PER_PAGE, len(order), PER_PAGE):
                target = f"{path}?before={order[start - 1].hid}"
                site.add(target, self.listing(kind, {"before": order[start - 1].hid}, target))
                site.non_articles.append(b + target)
        for tag in self.tags:
            path = f"{P}/tag/{quote(tag)}"
            site.add(path, self.tag_page(tag, path))
            site.non_articles.append(b + path)
        for path, title, body in self.static_pages():
            site.add(path, self.frame(title, body, path))
            site.non_articles.append(b + path)
        site.add(DELETED, self.soft404(DELETED))
        site.non_articles.append(b + DELETED)
        site.add(
            "/robots.txt",
            html_page(
                f"User-agent: *\nDisallow: /admin/\nDisallow: /api/\nDisallow: {P}/search\n",
                "text/plain; charset=utf-8",
            ),
        )
        add_jpeg(site, f"/storage/{TENANT}/theme/logo.jpg", 120, 120, BUILT)
        add_jpeg(site, f"/storage/{TENANT}/theme/banner.jpg", 1400, 360, BUILT)
        add_jpeg(site, f"/storage/{TENANT}/theme/leader.jpg", 300, 380, BUILT)
        add_jpeg(site, f"/storage/{TENANT}/theme/structure.jpg", 1200, 800, BUILT)
        add_text(
            site,
            "/assets/egov/app.3f9c1e.css",
            ".ec-card{border-radius:8px}.ql-editor p{margin:0 0 .6em}\n",
            "text/css",
        )
        add_text(site, "/assets/egov/app.3f9c1e.js", "window.EC={tenant:'nongbuathong'};\n", "application/javascript")
        for n in range(1, len(ITA_ITEMS) + 1):
            add_pdf(
                site,
                f"/storage/{TENANT}/ita/2567/O{n}.pdf",
                f"ITA 2567 O{n}",
                [f"Nong Bua Thong SAO, item O{n}"],
                datetime(2024, 4, 1, 9, 0, tzinfo=BANGKOK),
            )
        for n, row in enumerate(PROCUREMENT, 1):
            add_pdf(
                site,
                f"/storage/{TENANT}/egp/{row[0]}/{n:03d}.pdf",
                f"Procurement {n}",
                ["Announcement of the winning bidder"],
                datetime.fromisoformat(row[1]).replace(tzinfo=BANGKOK),
            )
        add_pdf(
            site,
            f"/storage/{TENANT}/docs/report-2566.pdf",
            "Annual report 2023",
            ["Nong Bua Thong SAO"],
            datetime(2024, 5, 27, 11, 0, tzinfo=BANGKOK),
        )

    # -- dynamic answers -----------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        seed = route_key(target)
        allowed = {"_vs"}
        if path.startswith(f"{P}/posts/"):
            kind = path.rsplit("/", 1)[1]
            if kind not in KINDS:
                return None
            allowed |= {"sort", "view", "before"}
            if params.get("sort", "latest") not in dict(SORTS) or params.get("view", "grid") not in dict(VIEWS):
                return None
            if set(params) <= allowed:
                return self.listing(kind, params, seed)
            return None
        if not set(params) <= allowed:
            return None
        if path in (P + "/", P):
            return self.home(seed)
        if path.startswith(f"{P}/tag/") and path[len(P) + 5 :] in self.tags:
            return self.tag_page(path[len(P) + 5 :], seed)
        if path.startswith(f"{P}/post/") and not params:
            pieces = path.split("/")
            if len(pieces) == 6 and pieces[4] in KINDS and len(pieces[5]) == 6:
                return self.soft404(path)
        return None

    # -- template -------------------------------------------------------------------------
    def all_button(self, kind: str, seed: str) -> str:
        tok = _token(seed + "|" + kind)
        return f'<a class="btn btn-sm btn-outline-success ec-more" href="{P}/posts/{kind}?_vs={tok}">ดูทั้งหมด <i class="fa fa-angle-right"></i></a>'

    def popular(self, seed: str) -> list[_Post]:
        ranked = sorted(self.posts, key=lambda p: hashlib.md5((seed + p.hid).encode()).hexdigest())
        return ranked[:5]

    def sidebar(self, seed: str) -> str:
        pop = "\n".join(
            f'<li class="ec-pop-item"><a href="{p.short}"><img src="{p.photo(1) if p.story.photos else f"/storage/{TENANT}/theme/logo.jpg"}" alt="" width="72" height="48"><span class="ec-pop-title">{esc(p.story.title)}</span></a><small><i class="fa fa-eye"></i> {p.views:,}</small></li>'
            for p in self.popular(seed)
        )
        ann = "\n".join(
            f'<li><a href="{p.path}">{esc(p.story.title)}</a> <small class="text-muted">{thai_slash(p.dt.date())}</small></li>'
            for p in self.by_kind["announce"][:3]
        )
        return f"""<div class="ec-widget ec-leader-mini"><img src="/storage/{TENANT}/theme/leader.jpg" width="150" height="190" alt="นายก อบต."><p><strong>นายบุญมี ศรีหนองบัว</strong><br>นายกองค์การบริหารส่วนตำบลหนองบัวทอง</p><a href="{P}/page/leader-message">สารจากนายก</a></div>
<div class="ec-widget"><h4 class="ec-widget-title">โพสต์ยอดนิยม</h4><ul class="ec-pop">
{pop}
</ul></div>
<div class="ec-widget"><h4 class="ec-widget-title">ประกาศล่าสุด</h4><ul class="ec-list">
{ann}
</ul>{self.all_button("announce", seed)}</div>
<div class="ec-widget ec-fb"><h4 class="ec-widget-title">Facebook</h4><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fnongbuathong.sao&amp;tabs=timeline&amp;width=340&amp;height=500" width="340" height="500" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" loading="lazy"></iframe></div>
<div class="ec-widget ec-links"><h4 class="ec-widget-title">ลิงก์หน่วยงาน</h4><ul>
<li><a href="https://www.dla.go.th/" target="_blank" rel="noopener">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.nongbualamphu.go.th/" target="_blank" rel="noopener">จังหวัดหนองบัวลำภู</a></li>
<li><a href="https://www.gprocurement.go.th/" target="_blank" rel="noopener">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></li>
<li><a href="https://itas.nacc.go.th/" target="_blank" rel="noopener">ITAS สำนักงาน ป.ป.ช.</a></li>
</ul></div>"""

    def frame(self, title: str, content: str, seed: str, head: str = "", sidebar: bool = True) -> Response:
        menu_news = "".join(f'<a class="dropdown-item" href="{P}/posts/{k}">{label}</a>' for k, label in KINDS.items())
        side = f'<aside class="col-lg-4 ec-sidebar">\n{self.sidebar(seed)}\n</aside>' if sidebar else ""
        main_cls = "col-lg-8" if sidebar else "col-12"
        visits = 184_220 + int(_token(seed)[:4], 16) % 97
        return html_page(
            f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {SHORT}</title>
<meta name="generator" content="EGovCloud 3.2 (tenant {TENANT})">
<link rel="icon" href="/storage/{TENANT}/theme/logo.jpg">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/egov/app.3f9c1e.css">
{head}
</head>
<body class="ec-tenant ec-theme-green" data-tenant="{TENANT}">
<div class="ec-topbar"><div class="container"><span><i class="fa fa-phone"></i> {PHONE}</span> <span><i class="fa fa-envelope"></i> saraban@nongbuathong.go.th</span> <a href="/admin/login" class="float-right">เข้าสู่ระบบ</a></div></div>
<header class="ec-header"><div class="container"><a href="{P}/" class="ec-brand"><img src="/storage/{TENANT}/theme/logo.jpg" width="80" height="80" alt="ตราสัญลักษณ์"> <span class="ec-brand-name">{SITE}</span><span class="ec-brand-sub">อำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู</span></a></div></header>
<nav class="navbar navbar-expand-lg navbar-dark ec-navbar"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="{P}/">หน้าหลัก</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">ข้อมูลหน่วยงาน</a><div class="dropdown-menu"><a class="dropdown-item" href="{P}/page/about">ข้อมูลทั่วไป</a><a class="dropdown-item" href="{P}/page/leader-message">สารจากนายก</a><a class="dropdown-item" href="{P}/page/executives">คณะผู้บริหาร</a><a class="dropdown-item" href="{P}/page/structure">โครงสร้างส่วนราชการ</a></div></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">ข่าวสาร</a><div class="dropdown-menu">{menu_news}</div></li>
<li class="nav-item"><a class="nav-link" href="{P}/procurement">จัดซื้อจัดจ้าง</a></li>
<li class="nav-item"><a class="nav-link" href="{P}/ita">ITA</a></li>
<li class="nav-item"><a class="nav-link" href="{P}/complaint">ร้องเรียน/ร้องทุกข์</a></li>
<li class="nav-item"><a class="nav-link" href="{P}/contact">ติดต่อเรา</a></li>
</ul><form class="form-inline ec-search" action="{P}/search" method="get"><input class="form-control form-control-sm" type="search" name="q" placeholder="ค้นหา..."></form></div></nav>
<div class="container ec-body"><div class="row">
<main class="{main_cls} ec-main">
{content}
</main>
{side}
</div></div>
<footer class="ec-footer"><div class="container"><div class="row">
<div class="col-md-8"><strong>{SITE}</strong><br>{ADDRESS}<br>โทรศัพท์/โทรสาร {PHONE} | อีเมล saraban@nongbuathong.go.th<br>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</div>
<div class="col-md-4 text-right">ผู้เข้าชมวันนี้ {visits % 300 + 41} | ทั้งหมด {visits:,}<br><small>ให้บริการโดย <a href="https://www.egovcloud.example/" target="_blank" rel="noopener">EGovCloud</a> แพลตฟอร์มเว็บไซต์สำหรับองค์กรปกครองส่วนท้องถิ่น</small><br><a href="{P}/page/privacy">นโยบายความเป็นส่วนตัว</a></div>
</div></div></footer>
<script src="https://code.jquery.com/jquery-3.6.4.min.js"></script>
<script src="/assets/egov/app.3f9c1e.js"></script>
</body>
</html>
"""
        )

    # -- pages -------------------------------------------------------------------------
    def excerpt(self, p: _Post, limit: int = 110) -> str:
        text = p.story.paragraphs[0]
        return text if len(text) <= limit else text[:limit].rstrip() + "..."

    def card(self, p: _Post, view: str = "grid") -> str:
        img = p.photo(1) if p.story.photos else f"/storage/{TENANT}/theme/banner.jpg"
        tags = "".join(f'<a class="badge badge-light" href="{P}/tag/{quote(t)}">#{esc(t)}</a> ' for t in p.entry.tags)
        if view == "list":
            return f'<li class="ec-row"><a href="{p.path}">{esc(p.story.title)}</a> <span class="ec-date">{thai_slash(p.dt.date())}</span> <span class="ec-views"><i class="fa fa-eye"></i> {p.views:,}</span></li>'
        return f"""<div class="col-md-6 ec-card-wrap"><div class="card ec-card">
<a href="{p.path}"><img class="card-img-top" src="{img}" alt="{attr(p.story.title)}" loading="lazy"></a>
<div class="card-body"><h5 class="card-title"><a href="{p.path}">{esc(p.story.title)}</a></h5>
<p class="card-text ec-excerpt">{esc(self.excerpt(p))}</p>
<div class="ec-meta"><span><i class="fa fa-calendar"></i> {thai_slash(p.dt.date())}</span> <span><i class="fa fa-eye"></i> {p.views:,}</span></div>
<div class="ec-tags">{tags}</div></div></div></div>"""

    def home(self, seed: str) -> Response:
        news = self.by_kind["news"]
        slides = [
            (DELETED, "ขอเชิญร่วมงานมหกรรมของดีตำบลหนองบัวทอง"),
            (news[0].path, news[0].story.title),
            (news[2].path, news[2].story.title),
        ]
        carousel = "\n".join(
            f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{href}"><img src="/storage/{TENANT}/theme/banner.jpg" class="d-block w-100" alt="{attr(label)}"></a><div class="carousel-caption">{esc(label)}</div></div>'
            for n, (href, label) in enumerate(slides)
        )
        news_cards = "\n".join(self.card(p) for p in news[:4])
        acts = "\n".join(
            f'<div class="col-6 col-md-3 ec-thumb"><a href="{p.path}"><img src="{p.photo(1)}" alt="" width="240" height="160"><span>{esc(p.story.title)}</span></a><small>{thai_slash(p.dt.date())}</small></div>'
            for p in self.by_kind["activity"][:4]
        )
        ann = "\n".join(
            f'<tr><td class="ec-date">{thai_slash(p.dt.date())}</td><td><a href="{p.path}">{esc(p.story.title)}</a></td><td class="text-right"><i class="fa fa-eye"></i> {p.views:,}</td></tr>'
            for p in self.by_kind["announce"][:5]
        )
        content = f"""<div id="ec-slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">
{carousel}
</div></div>
<div class="ec-quick row">
<div class="col-3"><a href="{P}/ita"><i class="fa fa-balance-scale"></i><br>ITA</a></div>
<div class="col-3"><a href="{P}/procurement"><i class="fa fa-file-text"></i><br>จัดซื้อจัดจ้าง</a></div>
<div class="col-3"><a href="{P}/complaint"><i class="fa fa-bullhorn"></i><br>ร้องเรียน</a></div>
<div class="col-3"><a href="{P}/contact"><i class="fa fa-map-marker"></i><br>ติดต่อเรา</a></div>
</div>
<section class="ec-section"><div class="ec-section-head"><h3>ข่าวประชาสัมพันธ์</h3>{self.all_button("news", seed)}</div>
<div class="row">
{news_cards}
</div></section>
<section class="ec-section"><div class="ec-section-head"><h3>ภาพกิจกรรม</h3>{self.all_button("activity", seed)}</div>
<div class="row">
{acts}
</div></section>
<section class="ec-section"><div class="ec-section-head"><h3>ประกาศ</h3>{self.all_button("announce", seed)}</div>
<table class="table table-sm ec-table"><tbody>
{ann}
</tbody></table></section>"""
        return self.frame(
            "หน้าหลัก",
            content,
            seed,
            head=f'<meta property="og:type" content="website">\n<meta property="og:title" content="{attr(SITE)}">',
        )

    def body_html(self, p: _Post) -> str:
        paras = p.story.paragraphs
        style = p.n % 3
        if style == 1 and len(paras) > 1:
            inner = "<br><br>".join(esc(x) for x in paras)
            return f"<p>{inner}</p>"
        out = []
        for n, x in enumerate(paras):
            text = esc(x)
            if style == 2:
                text = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + text
            if n == 0 and style == 0 and x.startswith(("อบต.", "องค์การบริหารส่วนตำบล")):
                word = "อบต.หนองบัวทอง" if x.startswith("อบต.หนองบัวทอง") else ""
                if word:
                    text = f"<strong>{esc(word)}</strong>{esc(x[len(word) :])}"
            out.append(f"<p>{text}</p>")
            if style == 0 and n < len(paras) - 1:
                out.append("<p><br></p>")
        return "\n".join(out)

    def gallery(self, p: _Post) -> str:
        s = p.story
        if not s.photos:
            return ""
        if s.captions:
            figs = "\n".join(
                f'<figure class="ec-figure"><a href="{p.photo(k)}" data-fancybox="post"><img src="{p.photo(k)}" alt="" width="800" height="533"></a><figcaption>{esc(c)}</figcaption></figure>'
                for k, c in enumerate(s.captions, 1)
            )
            return f'<div class="ec-figures">\n{figs}\n</div>'
        thumbs = "\n".join(
            f'<div class="col-4 col-md-3"><a href="{p.photo(k)}" data-fancybox="gallery" data-caption="{attr(s.title)}"><img src="{p.photo(k)}" alt="{attr(s.title)}" class="img-fluid" loading="lazy"></a></div>'
            for k in range(1, s.photos + 1)
        )
        return f'<div class="ec-gallery row">\n{thumbs}\n</div>'

    def article(self, p: _Post) -> Response:
        s, b = p.story, self.base
        same = self.by_kind[p.kind]
        i = same.index(p)
        newer = same[i - 1] if i > 0 else None
        older = same[i + 1] if i + 1 < len(same) else None
        prev_html = (
            f'<a href="{older.path}">&laquo; โพสต์ก่อนหน้า</a><br><small>{esc(older.story.title)}</small>' if older else ""
        )
        next_html = (
            f'<a href="{newer.path}">โพสต์ถัดไป &raquo;</a><br><small>{esc(newer.story.title)}</small>' if newer else ""
        )
        nav = f'<div class="ec-prevnext row"><div class="col-6">{prev_html}</div><div class="col-6 text-right">{next_html}</div></div>'
        related = [q for q in same if q is not p][:3]
        rel = "\n".join(
            f'<li><a href="{q.path}">{esc(q.story.title)}</a> <small>{thai_slash(q.dt.date())}</small></li>'
            for q in related
        )
        tags = "".join(f'<a class="badge badge-success" href="{P}/tag/{quote(t)}">#{esc(t)}</a> ' for t in p.entry.tags)
        by = f' <span class="ec-author"><i class="fa fa-user"></i> โดย {esc(s.author)}</span>' if s.author else ""
        upd = ""
        if p.entry.updated:
            u = datetime.fromisoformat(p.entry.updated)
            upd = f' <span class="ec-updated">(แก้ไขล่าสุด {thai_slash(u.date())} 16:12)</span>'
        attach = ""
        if p.kind == "announce" and "เอกสารแนบ" in " ".join(s.paragraphs):
            attach = f'<div class="ec-attach"><i class="fa fa-paperclip"></i> ไฟล์แนบ: <a href="/storage/{TENANT}/docs/report-2566.pdf" target="_blank">รายงานผลการดำเนินงาน ปี 2566.pdf</a> (212 KB)</div>'
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{P}/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="{P}/posts/{p.kind}">{KINDS[p.kind]}</a></li><li class="breadcrumb-item active">{esc(s.title[:40])}...</li></ol></nav>
<div class="ec-post" data-post-id="{p.hid}">
<h2 class="ec-post-title">{esc(s.title)}</h2>
<div class="ec-post-meta"><span class="ec-date"><i class="fa fa-clock-o"></i> {p.stamp} น.</span>{upd} <span class="ec-views"><i class="fa fa-eye"></i> เข้าชม {p.views:,} ครั้ง</span>{by}</div>
<div class="ql-editor ec-post-body">
{self.body_html(p)}
</div>
{self.gallery(p)}
{attach}
<div class="ec-post-tags"><i class="fa fa-tags"></i> {tags}</div>
<div class="ec-share">แชร์: <a href="https://www.facebook.com/sharer/sharer.php?u={quote(b + p.short, safe="")}" target="_blank">Facebook</a> | <a href="https://social-plugins.line.me/lineit/share?url={quote(b + p.short, safe="")}" target="_blank">LINE</a> | ลิงก์สั้น <a href="{p.short}" class="ec-shortlink">{esc(b + p.short)}</a></div>
</div>
{nav}
<div class="ec-related"><h4>โพสต์อื่น ๆ ใน{KINDS[p.kind]}</h4><ul>
{rel}
</ul></div>"""
        img = p.photo(1) if s.photos else f"/storage/{TENANT}/theme/banner.jpg"
        head = (
            f'<link rel="canonical" href="{b}{p.path}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(s.title)}">\n'
            f'<meta property="og:url" content="{b}{p.short}">\n<meta property="og:image" content="{b}{img}">\n'
            f'<meta name="description" content="{attr(self.excerpt(p, 150))}">'
        )
        return self.frame(s.title, content, p.path, head=head)

    def listing(self, kind: str, params: dict[str, str], seed: str) -> Response:
        sort, view = params.get("sort", "latest"), params.get("view", "grid")
        order = {
            "latest": self.by_kind[kind],
            "oldest": list(reversed(self.by_kind[kind])),
            "popular": sorted(self.by_kind[kind], key=lambda p: (-p.views, p.hid)),
        }[sort]
        start = 0
        if params.get("before"):
            ids = [p.hid for p in order]
            start = ids.index(params["before"]) + 1 if params["before"] in ids else len(order)
        items = order[start : start + PER_PAGE]
        keep = {k: v for k, v in params.items() if k in ("sort", "view")}
        more = ""
        if start + PER_PAGE < len(order):
            more = f'<div class="text-center ec-loadmore"><a class="btn btn-success" href="{P}/posts/{kind}{_q({**keep, "before": items[-1].hid})}">โหลดเพิ่มเติม</a></div>'
        facets = " ".join(
            f'<a class="btn btn-sm {"btn-success" if s == sort else "btn-light"}" href="{P}/posts/{kind}{_q({**keep, "sort": s})}">{label}</a>'
            for s, label in SORTS
        )
        facets += ' <span class="ec-sep">|</span> ' + " ".join(
            f'<a class="btn btn-sm {"btn-success" if v == view else "btn-light"}" href="{P}/posts/{kind}{_q({**keep, "view": v})}">{label}</a>'
            for v, label in VIEWS
        )
        if not items:
            body = '<div class="alert alert-light">ไม่พบรายการเพิ่มเติม</div>'
        elif view == "list":
            body = '<ul class="ec-rows">\n' + "\n".join(self.card(p, "list") for p in items) + "\n</ul>"
        else:
            body = '<div class="row">\n' + "\n".join(self.card(p) for p in items) + "\n</div>"
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{P}/">หน้าหลัก</a></li><li class="breadcrumb-item active">{KINDS[kind]}</li></ol></nav>
<h2 class="ec-page-title">{KINDS[kind]}</h2>
<div class="ec-facets">เรียงตาม: {facets}</div>
{body}
{more}"""
        return self.frame(KINDS[kind], content, seed)

    def tag_page(self, tag: str, seed: str) -> Response:
        rows = "\n".join(self.card(p) for p in self.tags[tag])
        others = " ".join(f'<a href="{P}/tag/{quote(t)}">#{esc(t)}</a>' for t in self.tags if t != tag)
        content = f"""<h2 class="ec-page-title">แท็ก: #{esc(tag)}</h2>
<p class="text-muted">พบ {len(self.tags[tag])} โพสต์</p>
<div class="row">
{rows}
</div>
<div class="ec-tagcloud"><h5>แท็กอื่น ๆ</h5>{others}</div>"""
        return self.frame(f"#{tag}", content, seed)

    def soft404(self, seed: str) -> Response:
        content = f"""<div class="ec-empty text-center"><h2>ไม่พบโพสต์ที่คุณต้องการ</h2><p>โพสต์นี้อาจถูกลบ หรือถูกซ่อนโดยผู้ดูแลระบบ</p><a class="btn btn-success" href="{P}/">กลับหน้าหลัก</a></div>"""
        return self.frame("ไม่พบข้อมูล", content, seed)

    def static_pages(self) -> list[tuple[str, str, str]]:
        ita_rows = "\n".join(
            f'<tr><td>O{n}</td><td>{esc(label)}</td><td><a href="/storage/{TENANT}/ita/2567/O{n}.pdf" target="_blank"><i class="fa fa-file-pdf-o"></i> ดาวน์โหลด</a></td></tr>'
            for n, label in enumerate(ITA_ITEMS, 1)
        )
        ita = f"""<h2 class="ec-page-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567</h2>
<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของ{SITE}</p>
<table class="table table-bordered ec-ita"><thead><tr><th>ข้อ</th><th>รายการ</th><th>เอกสาร</th></tr></thead><tbody>
{ita_rows}
</tbody></table>"""

        def proc(year: int) -> str:
            rows = "\n".join(
                f'<tr><td>{thai_slash(datetime.fromisoformat(d).date())}</td><td>{esc(subject)}</td><td>{method}</td><td class="text-right">{budget}</td><td><a href="/storage/{TENANT}/egp/{y}/{n:03d}.pdf">PDF</a></td></tr>'
                for n, (y, d, subject, method, budget) in enumerate(PROCUREMENT, 1)
                if y == year
            )
            years = " ".join(
                f'<a class="btn btn-sm btn-light" href="{P}/procurement?year={y}">ปีงบประมาณ {y}</a>'
                for y in (2567, 2566)
            )
            return f"""<h2 class="ec-page-title">ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ {year}</h2>
<div class="ec-years">{years}</div>
<table class="table table-striped ec-proc"><thead><tr><th>วันที่ประกาศ</th><th>เรื่อง</th><th>วิธีการ</th><th>วงเงิน (บาท)</th><th>ไฟล์</th></tr></thead><tbody>
{rows}
</tbody></table>
<p class="small">ข้อมูลจากระบบจัดซื้อจัดจ้างภาครัฐ <a href="https://process3.gprocurement.go.th/" target="_blank">e-GP</a></p>"""

        leader = """<h2 class="ec-page-title">สารจากนายกองค์การบริหารส่วนตำบลหนองบัวทอง</h2>
<div class="row"><div class="col-md-4"><img src="/storage/nongbuathong/theme/leader.jpg" class="img-fluid" alt="นายบุญมี ศรีหนองบัว"></div><div class="col-md-8 ql-editor">
<p>เรียน พี่น้องชาวตำบลหนองบัวทองทุกท่าน</p>
<p>ตลอดระยะเวลาที่ผมได้รับความไว้วางใจให้ทำหน้าที่นายกองค์การบริหารส่วนตำบล ผมและคณะผู้บริหารตั้งใจทำงานโดยยึดความต้องการของประชาชนเป็นที่ตั้ง เริ่มจากเรื่องพื้นฐานที่สุดคือน้ำสะอาดสำหรับทุกครัวเรือน ถนนที่สัญจรได้ทุกฤดูกาล และการดูแลผู้สูงอายุซึ่งมีจำนวนเพิ่มขึ้นทุกปี</p>
<p>เว็บไซต์นี้เป็นช่องทางหนึ่งที่ อบต. ใช้รายงานการทำงานให้ท่านได้ตรวจสอบ ทั้งข่าวสาร ประกาศ การจัดซื้อจัดจ้าง และการใช้จ่ายงบประมาณ หากท่านพบปัญหาในหมู่บ้านหรือมีข้อเสนอแนะ สามารถแจ้งผ่านเมนูร้องเรียน/ร้องทุกข์ได้ตลอด 24 ชั่วโมง ผมจะติดตามทุกเรื่องด้วยตนเอง</p>
<p>ขอบคุณพี่น้องทุกท่านที่ร่วมมือร่วมใจพัฒนาบ้านเกิดของเรามาโดยตลอด</p>
<p class="text-right">นายบุญมี ศรีหนองบัว<br>นายกองค์การบริหารส่วนตำบลหนองบัวทอง</p>
</div></div>"""
        about = f"""<h2 class="ec-page-title">ข้อมูลทั่วไป</h2>
<div class="ql-editor"><p>{SITE} ได้รับการยกฐานะจากสภาตำบลเมื่อปี พ.ศ. 2540 ตั้งอยู่ทางทิศตะวันออกของอำเภอศรีบุญเรือง ห่างจากที่ว่าการอำเภอประมาณ 14 กิโลเมตร มีพื้นที่ประมาณ 68 ตารางกิโลเมตร</p>
<p>ตำบลหนองบัวทองมี 11 หมู่บ้าน ประชากรประมาณ 7,950 คน 2,310 ครัวเรือน ส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อย และมันสำปะหลัง</p>
<table class="table table-sm"><tr><th>ทิศเหนือ</th><td>ติดต่อตำบลโนนม่วง</td></tr><tr><th>ทิศใต้</th><td>ติดต่อตำบลทรายทอง</td></tr><tr><th>ทิศตะวันออก</th><td>ติดต่ออำเภอเมืองหนองบัวลำภู</td></tr><tr><th>ทิศตะวันตก</th><td>ติดต่อตำบลเมืองใหม่</td></tr></table>
<p>วิสัยทัศน์ "หนองบัวทองน่าอยู่ เกษตรก้าวหน้า ประชาชนมีคุณภาพชีวิตที่ดี"</p></div>"""
        execs = """<h2 class="ec-page-title">คณะผู้บริหาร</h2>
<div class="row text-center"><div class="col-12"><img src="/storage/nongbuathong/theme/leader.jpg" width="150" height="190" alt=""><p><strong>นายบุญมี ศรีหนองบัว</strong><br>นายก อบต.หนองบัวทอง<br>โทร 08-9712-4455</p></div>
<div class="col-md-6"><p><strong>นายสมพร ทองคำ</strong><br>รองนายก อบต.</p></div><div class="col-md-6"><p><strong>นางสาวจันทร์เพ็ญ วงศ์ไชย</strong><br>รองนายก อบต.</p></div>
<div class="col-12"><p><strong>นายวิชัย ศรีบุญ</strong><br>เลขานุการนายก อบต.</p></div></div>"""
        structure = """<h2 class="ec-page-title">โครงสร้างส่วนราชการ</h2>
<img src="/storage/nongbuathong/theme/structure.jpg" class="img-fluid" alt="แผนภูมิโครงสร้าง">
<ul><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul>"""
        contact = f"""<h2 class="ec-page-title">ติดต่อเรา</h2>
<p><strong>{SITE}</strong><br>{ADDRESS}<br>โทรศัพท์ {PHONE}<br>อีเมล saraban@nongbuathong.go.th<br>Facebook: <a href="https://www.facebook.com/nongbuathong.sao" target="_blank">อบต.หนองบัวทอง</a></p>
<div class="ec-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3808.2!2d102.28!3d17.02!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="380" style="border:0" allowfullscreen loading="lazy"></iframe></div>"""
        complaint = f"""<h2 class="ec-page-title">ร้องเรียน/ร้องทุกข์</h2>
<p>แจ้งเรื่องร้องเรียน ร้องทุกข์ หรือแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>
<form method="post" action="{P}/complaint/submit" enctype="multipart/form-data" class="ec-form">
<input type="hidden" name="_token" value="x7Qp2LmN9vRt">
<div class="form-group"><label>ประเภทเรื่อง</label><select name="type" class="form-control"><option>ร้องทุกข์/ขอความช่วยเหลือ</option><option>ร้องเรียนการทุจริต</option><option>ข้อเสนอแนะ</option></select></div>
<div class="form-group"><label>ชื่อ - นามสกุล</label><input name="name" class="form-control"></div>
<div class="form-group"><label>เบอร์โทรศัพท์</label><input name="phone" class="form-control"></div>
<div class="form-group"><label>รายละเอียด</label><textarea name="detail" rows="5" class="form-control"></textarea></div>
<div class="form-group"><label>แนบรูปภาพ</label><input type="file" name="photo"></div>
<button type="submit" class="btn btn-success">ส่งเรื่อง</button>
</form>"""
        privacy = f"""<h2 class="ec-page-title">นโยบายความเป็นส่วนตัว</h2>
<div class="ql-editor"><p>{SITE}เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ และจะไม่เปิดเผยแก่บุคคลภายนอกโดยไม่ได้รับความยินยอม เว็บไซต์นี้ใช้คุกกี้เพื่อนับจำนวนผู้เข้าชม</p></div>"""
        return [
            (f"{P}/page/about", "ข้อมูลทั่วไป", about),
            (f"{P}/page/leader-message", "สารจากนายก", leader),
            (f"{P}/page/executives", "คณะผู้บริหาร", execs),
            (f"{P}/page/structure", "โครงสร้างส่วนราชการ", structure),
            (f"{P}/page/privacy", "นโยบายความเป็นส่วนตัว", privacy),
            (f"{P}/contact", "ติดต่อเรา", contact),
            (f"{P}/complaint", "ร้องเรียน/ร้องทุกข์", complaint),
            (f"{P}/ita", "ITA 2567", ita),
            (f"{P}/procurement", "จัดซื้อจัดจ้าง", proc(2567)),
            (f"{P}/procurement?year=2567", "จัดซื้อจัดจ้าง ปีงบประมาณ 2567", proc(2567)),
            (f"{P}/procurement?year=2566", "จัดซื้อจัดจ้าง ปีงบประมาณ 2566", proc(2566)),
        ]

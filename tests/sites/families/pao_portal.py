# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""pao_portal: a provincial administrative organisation (อบจ.) portal on Next.js + a headless CMS.

องค์การบริหารส่วนจังหวัดภูผาทอง (fictional).  Written in session 5 by someone who did not see the
crawler's classifier.  Many อบจ. had their sites rebuilt by a provincial IT contractor as a
server-rendered Next.js front end over a headless CMS (Strapi): locale prefixes (``/th``, ``/en``),
pretty URLs with the Buddhist year and a zero-padded record id, ``__NEXT_DATA__`` JSON in every
page, images through ``/_next/image?url=...&w=...&q=75``, and a ``[...slug]`` catch-all route.

Articles (gold), one id sequence shared by every content type (the CMS's record ids):

* ข่าวประชาสัมพันธ์  ``/th/news/<พ.ศ.>/<id:06d>``, listed at ``/th/news?page=N`` (8 a page), by year at
  ``/th/news/archive/<พ.ศ.>``; the home page shows the latest 6.  News of a division (กองช่าง,
  กองสาธารณสุข, สำนักปลัด) is also listed on that division's own pages, which link the division
  route ``/th/division/<key>/news/<id:06d>``: the same article with rel=canonical to the news URL
  (an alias in the gold).
* ข่าวแถลง ``/th/press/<พ.ศ.>/<id>``: short texts with a PDF of the signed release.
* กิจกรรม ``/th/activities/<พ.ศ.>/<id>``: some are one-sentence photo posts with captions.
* ประกาศรับสมัครงาน ``/th/jobs/<พ.ศ.>/<id>``; the listing ``/th/jobs`` is a table (not an article).
* ข่าวจังหวัด ``/th/province-news/<พ.ศ.>/<id>``: republished from the provincial PR office.  One of
  them was also entered a second time as a news record (another id, same title, text and date, no
  canonical): that second URL is an alias of the same article.
* English: ``/en`` mirrors only a few pages.  Two news items are translated at
  ``/en/news/<พ.ศ.>/<id>``; each translation is counted as a SEPARATE gold article (its own URL,
  own text, own rel=canonical, hreflang alternates) with the same date and no author.  English
  pages that are not translated do not exist (the language switch falls back to ``/en``).

Not articles: home (``/`` and ``/th``), listings, year archives, division landing and news pages,
the FAQ (many long Q&A pairs), the executives' biographies, the e-service index and request form,
the photo gallery and albums, static pages, ``/en`` pages other than the two translations, and a
soft-404 (the ``[...slug]`` catch-all answers 200 "ไม่พบเนื้อหา" for any unknown CMS page, e.g.
the footer's ITA link whose page was deleted).  ``/sitemap.xml`` (next-sitemap, in robots.txt) lists
static routes only: it was generated at build time and knows no article.

Dates: pages show ``14 กุมภาพันธ์ 2567 เวลา 06:15 น.``; ``__NEXT_DATA__`` and
``article:published_time`` carry the CMS's UTC time (an early-morning post is the previous day in UTC).

Traps (``trap_patterns``):
1. the events calendar ``/th/events/calendar/{month,week,day}/<date>``: server-rendered views of any
   date with previous/next links and view switches, endless both ways;
2. a relative-link bug in the division sidebar (``href="division/health/news"``): the catch-all
   route renders ``/th/division/division/health/news`` as the division page again, so the path grows
   without end (``/th/division/division/division/...``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, local_dt, thai_abbr, thai_long, thai_weekday
from .common import add_jpeg, add_pdf, add_text, attr, esc, html_page, redirect

FAMILY = "pao_portal"
SITE = "องค์การบริหารส่วนจังหวัดภูผาทอง"
SHORT = "อบจ.ภูผาทอง"
SITE_EN = "Phu Pha Thong Provincial Administrative Organization"
ADDRESS = "เลขที่ 88 ถนนศรีภูผา ตำบลในเมือง อำเภอเมืองภูผาทอง จังหวัดภูผาทอง 67990"
PHONE = "0-5561-2200"
BUILD_ID = "Qm7xT2kPzR9vLw4cH1sYb"
SITE_BUILT = datetime(2023, 1, 9, 10, 0)
TODAY = date(2024, 9, 30)  # the calendar's "วันนี้"
PER_PAGE = 8
PR = "ฝ่ายประชาสัมพันธ์ กองยุทธศาสตร์และงบประมาณ"

DIVISIONS = {
    "office": ("สำนักปลัด", "สำนักปลัดองค์การบริหารส่วนจังหวัด", "นางสาวศศิธร แก้วประเสริฐ", "ปลัด อบจ."),
    "engineering": ("กองช่าง", "กองช่าง", "นายธนพล ศรีวังทอง", "ผู้อำนวยการกองช่าง"),
    "health": ("กองสาธารณสุข", "กองสาธารณสุข", "นางจันทร์เพ็ญ บุญรอด", "ผู้อำนวยการกองสาธารณสุข"),
}
SECTIONS = {
    "news": "ข่าวประชาสัมพันธ์",
    "press": "ข่าวแถลง",
    "activities": "กิจกรรม",
    "jobs": "ประกาศรับสมัครงาน",
    "province-news": "ข่าวจังหวัด",
}


@dataclass(frozen=True)
class Item:
    kind: str  # a key of SECTIONS
    rid: int  # CMS record id
    title: str
    date: str
    time: str
    author: str | None
    paragraphs: tuple[str, ...]
    photos: tuple[str, ...] = ()  # captions ('' = a photo without caption)
    division: str | None = None
    pdf: str | None = None  # the PDF's link text
    source: str | None = None  # "ที่มา" line of republished items
    duplicate_id: int | None = None  # a second news record with the same text
    en: tuple[str, tuple[str, ...]] | None = None  # English translation (title, paragraphs)

    @property
    def dt(self) -> datetime:
        return local_dt(self.date, self.time)

    @property
    def be_year(self) -> int:
        return self.dt.year + 543

    @property
    def path(self) -> str:
        return f"/th/{self.kind}/{self.be_year}/{self.rid:06d}"

    @property
    def en_path(self) -> str:
        return f"/en/{self.kind}/{self.be_year}/{self.rid:06d}"

    @property
    def captions(self) -> tuple[str, ...]:
        return tuple(c for c in self.photos if c)


ITEMS: tuple[Item, ...] = (
    Item(
        "news",
        1024,
        "อบจ.ภูผาทอง เปิดศูนย์ซ่อมสร้างเพื่อชุมชน ประจำปี 2565",
        "2022-03-08",
        "10:40",
        PR,
        (
            "นายประเสริฐ วงศ์ภูผา นายกองค์การบริหารส่วนจังหวัดภูผาทอง เป็นประธานเปิดศูนย์ซ่อมสร้างเพื่อชุมชน ณ วิทยาลัยเทคนิคภูผาทอง โดยร่วมมือกับอาชีวศึกษาจังหวัดออกหน่วยซ่อมเครื่องใช้ไฟฟ้า รถจักรยานยนต์ และเครื่องมือการเกษตรให้ประชาชนโดยไม่คิดค่าบริการ",
            "ในปีนี้ศูนย์ฯ จะออกให้บริการหมุนเวียนครบทั้ง 9 อำเภอ อำเภอละ 2 วัน ระหว่างเดือนมีนาคมถึงเดือนมิถุนายน 2565 นักศึกษาช่างยนต์และช่างไฟฟ้ากว่า 120 คนจะได้ฝึกประสบการณ์จริงควบคู่กับการบริการชุมชน",
            "ผู้ที่ต้องการนำเครื่องใช้มาซ่อม ให้ลงทะเบียนล่วงหน้าผ่านองค์กรปกครองส่วนท้องถิ่นในพื้นที่ หรือมาลงทะเบียนหน้างานได้ตั้งแต่เวลา 08.30 น. ค่าอะไหล่เป็นไปตามราคาทุน ส่วนค่าแรงไม่เสียค่าใช้จ่าย",
        ),
        photos=("นายก อบจ.ภูผาทอง ตัดริบบิ้นเปิดศูนย์ซ่อมสร้างเพื่อชุมชน", "นักศึกษาช่างยนต์ตรวจเช็กรถจักรยานยนต์ให้ประชาชน"),
    ),
    Item(
        "press",
        1031,
        "ข่าวแถลง อบจ.ภูผาทอง ฉบับที่ 3/2565 เรื่อง การปิดซ่อมถนนสายบ้านห้วยทราย - บ้านผาแดง",
        "2022-05-17",
        "16:05",
        None,
        (
            "องค์การบริหารส่วนจังหวัดภูผาทองจะปิดการจราจรถนนสายบ้านห้วยทราย - บ้านผาแดง ช่วงกิโลเมตรที่ 4 ถึงกิโลเมตรที่ 6 ระหว่างวันที่ 23 - 29 พฤษภาคม 2565 เพื่อซ่อมแซมผิวทางที่ชำรุดจากน้ำกัดเซาะ ขอให้ผู้ใช้รถใช้เส้นทางเลี่ยงผ่านบ้านหนองบัว",
        ),
        pdf="ดาวน์โหลดข่าวแถลงฉบับเต็ม (PDF)",
    ),
    Item(
        "news",
        1047,
        "กองสาธารณสุข อบจ.ภูผาทอง รับโอนภารกิจ รพ.สต. 14 แห่ง",
        "2022-10-03",
        "13:20",
        "กองสาธารณสุข",
        (
            "ตั้งแต่วันที่ 1 ตุลาคม 2565 โรงพยาบาลส่งเสริมสุขภาพตำบล 14 แห่งในจังหวัดภูผาทอง ได้ถ่ายโอนมาสังกัดองค์การบริหารส่วนจังหวัดภูผาทองอย่างเป็นทางการ ตามแผนการกระจายอำนาจด้านสาธารณสุข",
            "กองสาธารณสุขยืนยันว่าการให้บริการประชาชนยังคงเป็นไปตามปกติ บุคลากรทุกคนปฏิบัติงานในสถานที่เดิม ผู้มีสิทธิหลักประกันสุขภาพถ้วนหน้ายังใช้สิทธิได้ที่ รพ.สต. ใกล้บ้านเช่นเดิม",
        ),
        division="health",
    ),
    Item(
        "activities",
        1052,
        "ลอยกระทงภูผาทอง สายน้ำแห่งศรัทธา 2565",
        "2022-11-08",
        "21:30",
        None,
        ("บรรยากาศงานลอยกระทงที่สวนสาธารณะหนองน้ำใหญ่ ประชาชนร่วมลอยกระทงและชมขบวนแห่ของทั้ง 9 อำเภอ",),
        photos=("ขบวนแห่กระทงใหญ่ของอำเภอเมืองภูผาทอง", "", "ประชาชนร่วมลอยกระทงริมหนองน้ำใหญ่"),
    ),
    Item(
        "news",
        1066,
        "กองช่างเร่งซ่อมสะพานคอนกรีตข้ามลำห้วยแม่ลาน",
        "2023-01-26",
        "15:50",
        "กองช่าง",
        (
            "กองช่าง อบจ.ภูผาทอง นำเครื่องจักรเข้าซ่อมแซมคอสะพานคอนกรีตข้ามลำห้วยแม่ลาน อำเภอนาหลวง ที่ทรุดตัวหลังฝนตกหนัก คาดว่าจะเปิดใช้ได้ตามปกติภายใน 10 วัน",
        ),
        division="engineering",
        photos=("", ""),
    ),
    Item(
        "jobs",
        1071,
        "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง สังกัดกองช่าง ประจำปี 2566",
        "2023-02-15",
        "09:00",
        "กองการเจ้าหน้าที่",
        (
            "องค์การบริหารส่วนจังหวัดภูผาทองประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนายช่างโยธา จำนวน 2 อัตรา และพนักงานขับเครื่องจักรกลขนาดหนัก จำนวน 1 อัตรา",
            "ผู้สมัครตำแหน่งผู้ช่วยนายช่างโยธาต้องได้รับประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.) สาขาวิชาช่างก่อสร้างหรือช่างโยธา ส่วนตำแหน่งพนักงานขับเครื่องจักรกลขนาดหนักต้องมีใบอนุญาตขับขี่ประเภทที่ 3 และมีประสบการณ์ไม่น้อยกว่า 1 ปี",
            "รับสมัครระหว่างวันที่ 1 - 10 มีนาคม 2566 ในวันและเวลาราชการ ณ กองการเจ้าหน้าที่ ชั้น 2 อาคารสำนักงาน อบจ.ภูผาทอง สอบข้อเขียนและสอบสัมภาษณ์วันที่ 25 มีนาคม 2566",
        ),
        pdf="ประกาศรับสมัคร (PDF)",
    ),
    Item(
        "province-news",
        1083,
        "จังหวัดภูผาทองเตรียมพร้อมรับมือไฟป่าและหมอกควัน ปี 2566",
        "2023-03-02",
        "11:10",
        None,
        (
            "ผู้ว่าราชการจังหวัดภูผาทองเป็นประธานการประชุมศูนย์บัญชาการเหตุการณ์ไฟป่าและหมอกควันจังหวัด กำหนดช่วงห้ามเผาเด็ดขาด 90 วัน ตั้งแต่วันที่ 1 มีนาคม ถึงวันที่ 30 พฤษภาคม 2566",
            "ที่ประชุมมอบหมายให้ทุกอำเภอจัดตั้งจุดเฝ้าระวังในพื้นที่ป่ารอยต่อ และให้องค์กรปกครองส่วนท้องถิ่นสนับสนุนรถบรรทุกน้ำและเครื่องเป่าลม ประชาชนที่พบเห็นการเผาแจ้งได้ที่สายด่วน 1784",
        ),
        source="สำนักงานประชาสัมพันธ์จังหวัดภูผาทอง",
        duplicate_id=1084,
    ),
    Item(
        "news",
        1095,
        "สำนักปลัด อบจ.ภูผาทอง จัดประชุมสภา อบจ. สมัยสามัญ สมัยที่ 2 ประจำปี 2566",
        "2023-06-13",
        "14:25",
        "สำนักปลัด",
        (
            "สภาองค์การบริหารส่วนจังหวัดภูผาทองประชุมสมัยสามัญ สมัยที่ 2 ประจำปี 2566 ณ ห้องประชุมสภา ชั้น 3 โดยมีสมาชิกสภาเข้าร่วม 29 คนจากทั้งหมด 30 คน",
            "ที่ประชุมมีมติเห็นชอบให้โอนงบประมาณเพื่อจัดซื้อรถกู้ภัยอเนกประสงค์ 2 คัน และเห็นชอบร่างข้อบัญญัติ เรื่อง การเก็บภาษีบำรุง อบจ. จากน้ำมันเชื้อเพลิง ให้ส่งผู้ว่าราชการจังหวัดพิจารณาต่อไป",
        ),
        division="office",
    ),
    Item(
        "activities",
        1102,
        "ปลูกป่าเฉลิมพระเกียรติ ณ ป่าชุมชนบ้านโป่งงาม",
        "2023-07-28",
        "12:00",
        None,
        ("คณะผู้บริหาร สมาชิกสภา และพนักงาน อบจ.ภูผาทอง ร่วมกับชาวบ้านโป่งงาม ปลูกต้นไม้พื้นถิ่น 1,500 ต้น",),
        photos=("", "", "", ""),
    ),
    Item(
        "news",
        1118,
        "รณรงค์ป้องกันโรคไข้เลือดออก ช่วงฤดูฝน ในเขต รพ.สต. ถ่ายโอน",
        "2023-08-21",
        "10:05",
        "กองสาธารณสุข",
        (
            "กองสาธารณสุข อบจ.ภูผาทอง ร่วมกับ รพ.สต. ในสังกัดทั้ง 14 แห่ง และอาสาสมัครสาธารณสุขประจำหมู่บ้าน ออกรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลายในหมู่บ้านที่พบผู้ป่วยสูง 23 หมู่บ้าน",
            "ข้อมูลจากสำนักงานสาธารณสุขจังหวัด ตั้งแต่ต้นปีถึงกลางเดือนสิงหาคม 2566 จังหวัดภูผาทองมีผู้ป่วยไข้เลือดออกสะสม 412 ราย มากกว่าช่วงเดียวกันของปีก่อนเกือบสองเท่า กลุ่มที่ป่วยมากที่สุดคือเด็กอายุ 5 - 14 ปี",
            "เจ้าหน้าที่ได้แจกทรายกำจัดลูกน้ำและสาธิตการทำกับดักยุงจากขวดพลาสติก พร้อมย้ำมาตรการ 3 เก็บ 3 โรค ได้แก่ เก็บบ้าน เก็บขยะ และเก็บน้ำ เพื่อป้องกันโรคไข้เลือดออก โรคไข้ซิกา และโรคไข้ปวดข้อยุงลาย",
            "ผู้ที่มีไข้สูงเกิน 2 วัน ควรไปพบแพทย์ทันที และไม่ควรซื้อยาแก้ปวดกลุ่มแอสไพรินหรือไอบูโพรเฟนมารับประทานเอง เพราะอาจทำให้เลือดออกง่ายขึ้น",
        ),
        division="health",
        photos=("อสม. สำรวจลูกน้ำยุงลายในภาชนะรอบบ้าน",),
    ),
    Item(
        "press",
        1124,
        "ข่าวแถลง อบจ.ภูผาทอง ฉบับที่ 9/2566 เรื่อง ผลการพิจารณาร่างข้อบัญญัติงบประมาณรายจ่าย ประจำปี 2567",
        "2023-09-08",
        "17:30",
        None,
        (
            "สภาองค์การบริหารส่วนจังหวัดภูผาทองมีมติเห็นชอบร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ในวาระที่สามแล้ว วงเงินรวม 1,186 ล้านบาท",
            "งบประมาณส่วนใหญ่จัดสรรให้ด้านโครงสร้างพื้นฐานและด้านสาธารณสุข รายละเอียดรายแผนงานปรากฏตามเอกสารแนบท้ายข่าวแถลงนี้",
        ),
        pdf="ข่าวแถลงฉบับที่ 9/2566 (PDF 214 KB)",
    ),
    Item(
        "news",
        1139,
        "นายก อบจ.ภูผาทอง แถลงผลการดำเนินงานรอบปีงบประมาณ 2566",
        "2023-12-19",
        "13:45",
        PR,
        (
            "นายประเสริฐ วงศ์ภูผา นายกองค์การบริหารส่วนจังหวัดภูผาทอง แถลงผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2566 ต่อสื่อมวลชนและผู้แทนภาคประชาชน ณ หอประชุมใหญ่ อบจ.ภูผาทอง",
            "ด้านคมนาคม อบจ. ได้ก่อสร้างและบูรณะถนนลาดยางในความรับผิดชอบ 37 สาย รวมระยะทาง 118 กิโลเมตร และซ่อมแซมสะพาน 6 แห่ง ทำให้ถนนในความรับผิดชอบอยู่ในสภาพดีคิดเป็นร้อยละ 84 จากเดิมร้อยละ 71",
            "ด้านสาธารณสุข หลังรับโอน รพ.สต. 14 แห่ง อบจ. ได้จัดซื้อครุภัณฑ์การแพทย์เพิ่มเติม เช่น เครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ เครื่องวัดความดันโลหิต และยูนิตทำฟัน รวมวงเงิน 11.4 ล้านบาท และจัดหน่วยแพทย์เคลื่อนที่ออกให้บริการ 36 ครั้ง มีผู้รับบริการกว่า 9,800 คน",
            "ด้านการศึกษาและกีฬา อบจ. สนับสนุนทุนการศึกษาแก่นักเรียนยากจน 450 ทุน ปรับปรุงสนามกีฬากลางจังหวัดให้ได้มาตรฐานการแข่งขันระดับภาค และเป็นเจ้าภาพกีฬานักเรียนนักศึกษาภาคเหนือตอนล่าง",
            "นายก อบจ. กล่าวว่า ในปีงบประมาณ 2567 จะให้ความสำคัญกับการป้องกันไฟป่าและฝุ่นละออง การพัฒนาแหล่งน้ำเพื่อการเกษตร และการส่งเสริมการท่องเที่ยวเชิงธรรมชาติบนเส้นทางภูผาทอง - น้ำตกแม่ลาน",
        ),
        photos=("นายก อบจ.ภูผาทอง แถลงผลการดำเนินงานต่อสื่อมวลชน",),
        en=(
            "Phu Pha Thong PAO Chief Executive Reports on Fiscal Year 2023 Results",
            (
                "Mr. Prasert Wongphupha, Chief Executive of the Phu Pha Thong Provincial Administrative Organization, presented the results of fiscal year 2023 to the press and community representatives at the PAO main hall.",
                "The PAO built or resurfaced 37 asphalt roads with a total length of 118 kilometres and repaired six bridges. After taking over 14 sub-district health promoting hospitals, it bought medical equipment worth 11.4 million baht and ran 36 mobile clinics serving more than 9,800 people.",
                "For fiscal year 2024 the PAO will focus on forest fire and haze prevention, water sources for farming, and nature tourism along the Phu Pha Thong - Mae Lan waterfall route.",
            ),
        ),
    ),
    Item(
        "province-news",
        1141,
        "จังหวัดภูผาทองรณรงค์ขับขี่ปลอดภัย ลดอุบัติเหตุช่วงเทศกาลปีใหม่ 2567",
        "2023-12-27",
        "16:35",
        None,
        (
            "จังหวัดภูผาทองจัดพิธีเปิดศูนย์อำนวยการความปลอดภัยทางถนนช่วงเทศกาลปีใหม่ 2567 ระหว่างวันที่ 27 ธันวาคม 2566 ถึงวันที่ 2 มกราคม 2567 พร้อมปล่อยแถวเจ้าหน้าที่ตำรวจ ทหาร อาสาสมัคร และรถกู้ภัยกว่า 800 นาย",
            "ตลอด 7 วันอันตราย จะมีจุดตรวจหลัก 36 จุด และจุดบริการประชาชนอีก 52 จุดบนทางหลวงสายหลัก เน้นมาตรการเมาไม่ขับ สวมหมวกนิรภัย และคาดเข็มขัดนิรภัย โดยเฉพาะเส้นทางขึ้นลงเขาภูผาทองซึ่งเกิดอุบัติเหตุบ่อยในช่วงหมอกลงจัด",
            "อบจ.ภูผาทองสนับสนุนรถกู้ภัยและเจ้าหน้าที่หน่วยกู้ชีพประจำจุดเสี่ยง 5 จุด ผู้ประสบเหตุแจ้งได้ที่สายด่วน 1669 ตลอด 24 ชั่วโมง",
        ),
        source="สำนักงานประชาสัมพันธ์จังหวัดภูผาทอง",
    ),
    Item(
        "activities",
        1146,
        "งานวันเด็กแห่งชาติ อบจ.ภูผาทอง ประจำปี 2567",
        "2024-01-13",
        "15:40",
        None,
        (
            "องค์การบริหารส่วนจังหวัดภูผาทองจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ภายใต้คำขวัญ มุ่งมั่นศึกษา รู้คุณค่าคุณธรรม ณ สนามกีฬากลางจังหวัดภูผาทอง มีเด็กและผู้ปกครองร่วมงานกว่า 4,000 คน",
            "ภายในงานมีซุ้มเกมและกิจกรรมจากหน่วยงานกว่า 40 ซุ้ม การแสดงของนักเรียน การจัดแสดงรถดับเพลิงและรถกู้ภัย และการจับสลากมอบจักรยาน 60 คัน",
        ),
        photos=("เด็ก ๆ ทดลองฉีดน้ำจากรถดับเพลิง", "การแสดงรำพื้นเมืองของนักเรียน", ""),
    ),
    Item(
        "news",
        1151,
        "อบจ.ภูผาทอง ตรวจคัดกรองมะเร็งเต้านมเชิงรุกด้วยรถเอกซเรย์เคลื่อนที่",
        "2024-02-14",
        "06:15",
        "กองสาธารณสุข",
        (
            "กองสาธารณสุข อบจ.ภูผาทอง นำรถเอกซเรย์เต้านมเคลื่อนที่ออกให้บริการตรวจคัดกรองมะเร็งเต้านมแก่สตรีอายุ 40 ปีขึ้นไป ใน รพ.สต. ถ่ายโอน 5 แห่ง ตั้งแต่วันที่ 19 กุมภาพันธ์ 2567 เป็นต้นไป",
            "ผู้สนใจลงทะเบียนได้ที่ รพ.สต. ใกล้บ้าน ไม่เสียค่าใช้จ่าย รับจำนวนจำกัดวันละ 60 คน ผลตรวจจะแจ้งกลับภายใน 2 สัปดาห์ หากพบความผิดปกติจะส่งต่อโรงพยาบาลภูผาทองทันที",
        ),
        division="health",
    ),
    Item(
        "press",
        1158,
        "ข่าวแถลง อบจ.ภูผาทอง ฉบับที่ 2/2567 เรื่อง ขยายเวลาชำระภาษีบำรุง อบจ. จากสถานค้าปลีกยาสูบ",
        "2024-03-29",
        "15:00",
        None,
        (
            "อบจ.ภูผาทองขยายเวลายื่นแบบและชำระภาษีบำรุง อบจ. จากผู้ประกอบการค้าปลีกยาสูบ ประจำเดือนมีนาคม 2567 ไปจนถึงวันที่ 30 เมษายน 2567 โดยไม่ต้องเสียเงินเพิ่ม",
        ),
        pdf="ข่าวแถลง (PDF)",
    ),
    Item(
        "news",
        1163,
        "ขอเชิญร่วมงานสงกรานต์ภูผาทอง สาดน้ำคลายร้อน 2567",
        "2024-04-05",
        "11:30",
        PR,
        (
            "อบจ.ภูผาทองขอเชิญประชาชนและนักท่องเที่ยวร่วมงานสงกรานต์ วันที่ 12 - 15 เมษายน 2567 ณ ลานหน้าศาลากลางจังหวัด มีขบวนแห่พระพุทธรูปสำคัญ การประกวดนางสงกรานต์ และถนนข้าวเหนียวส้มตำ",
        ),
        photos=("",),
    ),
    Item(
        "activities",
        1167,
        "รดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีสงกรานต์ 2567",
        "2024-04-16",
        "16:20",
        None,
        ("นายก อบจ.ภูผาทอง นำคณะผู้บริหารรดน้ำดำหัวขอพรผู้สูงอายุ ณ หอประชุมใหญ่",),
        photos=("นายก อบจ. รดน้ำขอพรผู้สูงอายุ", "ผู้สูงอายุผูกข้อมือให้พรคณะผู้บริหาร", "", ""),
    ),
    Item(
        "news",
        1174,
        "กองช่างตรวจรับงานก่อสร้างถนนลาดยางสายบ้านนาตอง - บ้านห้วยเย็น",
        "2024-05-22",
        "14:10",
        "กองช่าง",
        (
            "คณะกรรมการตรวจรับพัสดุ กองช่าง อบจ.ภูผาทอง ตรวจรับงานก่อสร้างถนนลาดยางแอสฟัลต์ติกคอนกรีตสายบ้านนาตอง - บ้านห้วยเย็น อำเภอวังผา ระยะทาง 5.6 กิโลเมตร ผิวจราจรกว้าง 6 เมตร งบประมาณ 27.9 ล้านบาท",
            "ถนนสายนี้เชื่อมหมู่บ้าน 7 แห่งเข้ากับทางหลวงแผ่นดินหมายเลข 1268 ช่วยย่นระยะเวลาขนส่งผลผลิตทางการเกษตร โดยเฉพาะข้าวโพดและลำไย ซึ่งเดิมต้องใช้ถนนลูกรังที่ผ่านไม่ได้ในฤดูฝน",
            "ผู้รับจ้างต้องรับประกันความชำรุดบกพร่องของงานเป็นเวลา 2 ปี ประชาชนที่พบความเสียหายบนผิวทางแจ้งกองช่างได้ที่โทร 0-5561-2200 ต่อ 301 หรือผ่านระบบรับคำร้องออนไลน์ของ อบจ.",
        ),
        division="engineering",
        photos=("คณะกรรมการตรวจวัดความหนาของผิวแอสฟัลต์", "สภาพถนนหลังก่อสร้างแล้วเสร็จ"),
        en=(
            "New Asphalt Road Links Ban Na Tong and Ban Huai Yen",
            (
                "The PAO Engineering Division inspected and accepted the new 5.6-kilometre asphalt concrete road from Ban Na Tong to Ban Huai Yen in Wang Pha district, built for 27.9 million baht.",
                "The road connects seven villages to national highway 1268, so farmers no longer depend on a laterite track that floods in the rainy season.",
            ),
        ),
    ),
    Item(
        "jobs",
        1179,
        "ประกาศรับสมัครพนักงานจ้าง ตำแหน่งพยาบาลวิชาชีพ สังกัดกองสาธารณสุข",
        "2024-06-03",
        "09:00",
        "กองการเจ้าหน้าที่",
        (
            "องค์การบริหารส่วนจังหวัดภูผาทองรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งพยาบาลวิชาชีพ จำนวน 3 อัตรา ปฏิบัติงานใน รพ.สต. ถ่ายโอน อัตราค่าตอบแทนเดือนละ 19,500 บาท",
            "ผู้สมัครต้องสำเร็จการศึกษาปริญญาตรีพยาบาลศาสตร์และมีใบอนุญาตประกอบวิชาชีพการพยาบาลและการผดุงครรภ์ชั้นหนึ่งที่ยังไม่หมดอายุ รับสมัครระหว่างวันที่ 10 - 21 มิถุนายน 2567",
        ),
        pdf="ประกาศรับสมัครพยาบาลวิชาชีพ (PDF)",
    ),
    Item(
        "news",
        1186,
        "สำนักปลัด อบจ.ภูผาทอง ซ้อมแผนอพยพหนีไฟอาคารสำนักงาน",
        "2024-07-11",
        "10:50",
        "สำนักปลัด",
        (
            "สำนักปลัด อบจ.ภูผาทอง ร่วมกับสถานีดับเพลิงเทศบาลเมืองภูผาทอง จัดซ้อมแผนป้องกันและระงับอัคคีภัยและการอพยพหนีไฟประจำปี มีพนักงานและลูกจ้างเข้าร่วมกว่า 350 คน",
            "การซ้อมจำลองเหตุเพลิงไหม้ที่ห้องเก็บเอกสารชั้น 2 พนักงานทุกคนอพยพถึงจุดรวมพลหน้าอาคารภายในเวลา 6 นาที 40 วินาที เร็วกว่าปีที่แล้ว 1 นาที",
        ),
        division="office",
        photos=("", ""),
    ),
)


def _views(rid: int) -> int:
    return (rid * 37) % 900 + 64


def _excerpt(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "..."


def _thai_dt(dt: datetime) -> str:
    return f"{thai_long(dt.date())} เวลา {dt:%H:%M} น."


def _utc_iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _photo(item: Item, k: int) -> str:
    return f"/uploads/{item.kind.replace('-', '_')}_{item.rid}_{k}_{(item.rid * 131 + k * 17) % 0xFFFFF:05x}.jpg"


def _links(sub: tuple[tuple[str, str], ...]) -> str:
    return "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in sub)


def _img(src: str, w: int, alt: str = "", cls: str = "") -> str:
    """Next.js <Image>: src and srcset through the image optimiser."""
    u = quote(src, safe="")
    c = f' class="{cls}"' if cls else ""
    return (
        f'<img alt="{attr(alt)}" loading="lazy" decoding="async"{c} '
        f'srcset="/_next/image?url={u}&amp;w={w}&amp;q=75 1x, /_next/image?url={u}&amp;w={w * 2}&amp;q=75 2x" '
        f'src="/_next/image?url={u}&amp;w={w * 2}&amp;q=75">'
    )


# -- the server's dynamic routes -------------------------------------------------
class PaoSite(FixtureSite):
    """Next.js routes: the events calendar renders any date, the catch-all answers any path."""

    renderer: _Renderer

    def route(self, path_and_query: str) -> Response | None:
        found = super().route(path_and_query)
        if found is not None:
            return found
        path = urlsplit(path_and_query).path.rstrip("/")
        r = self.renderer
        m = re.fullmatch(r"/th/events/calendar/(month|week|day)/(\d{4})-(\d\d)(?:-(\d\d))?", path)
        if m:
            view, year, month, day = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
            if (view == "month") != (day is None) or not 1900 <= year <= 2200:
                return None
            try:
                d = date(year, month, int(day or 1))
            except ValueError:
                return None
            return r.calendar(view, d)
        if path.startswith("/th/division/"):
            return r.division_catch_all(path)
        if path.startswith("/th/"):
            first = path.split("/")[2]
            if first not in SECTIONS and first not in ("events", "gallery", "e-service"):
                return r.soft_404(path)
        return None


def build(base_url: str) -> FixtureSite:
    site = PaoSite(
        FAMILY,
        base_url,
        disallowed_paths=["/api/", "/admin/"],
        server_software="nginx/1.24.0",
        trap_patterns=[
            r"^/th/events/calendar/(?:month|week|day)/",
            r"^/th/division/(?:[^/?#]+/)*division/",
        ],
    )
    site.renderer = _Renderer(site)
    site.renderer.register()
    site.not_found = site.renderer.hard_404()
    return site


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.base = site, site.base_url
        self.items = sorted(ITEMS, key=lambda i: (i.date, i.time))
        self.newest = list(reversed(self.items))
        self.by_kind = {k: [i for i in self.newest if i.kind == k] for k in SECTIONS}
        # the news stream also shows the duplicate record of a republished province item
        self.news_stream: list[tuple[str, Item]] = []
        for i in self.newest:
            if i.kind == "news":
                self.news_stream.append((i.path, i))
            elif i.duplicate_id is not None:
                self.news_stream.append((f"/th/news/{i.be_year}/{i.duplicate_id:06d}", i))

    # -- registration -------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.base
        for item in self.items:
            for k in range(1, len(item.photos) + 1):
                add_jpeg(site, _photo(item, k), 1600, 1067, item.dt.replace(tzinfo=None))
                self.optimised(_photo(item, k))
            if item.pdf:
                add_pdf(
                    site,
                    self.pdf_path(item),
                    f"PAO Phu Pha Thong {item.kind} {item.rid}",
                    [f"Record {item.rid}", f"Date {item.date}"],
                    item.dt.replace(tzinfo=None),
                )
            aliases: list[str] = []
            site.add(item.path, self.article(item, item.path))
            if item.division:
                alias = f"/th/division/{item.division}/news/{item.rid:06d}"
                site.add(alias, self.article(item, alias))
                aliases.append(b + alias)
            if item.duplicate_id is not None:
                dup = f"/th/news/{item.be_year}/{item.duplicate_id:06d}"
                site.add(dup, self.article(item, dup))
                aliases.append(b + dup)
            site.articles.append(
                FixtureArticle(
                    url=b + item.path,
                    aliases=tuple(aliases),
                    title=item.title,
                    paragraphs=item.paragraphs,
                    published=item.date,
                    author=item.author,
                    captions=item.captions,
                )
            )
            if item.en:
                site.add(item.en_path, self.article_en(item))
                site.articles.append(
                    FixtureArticle(
                        url=b + item.en_path,
                        aliases=(),
                        title=item.en[0],
                        paragraphs=item.en[1],
                        published=item.date,
                        author=None,
                        captions=(),
                    )
                )

        def page(path: str, resp: Response) -> None:
            site.add(path, resp)
            site.non_articles.append(b + path)

        home = self.frame("/th", "หน้าหลัก", self.home(), page_id="/[locale]")
        page("/", home)
        page("/th", home)
        pages = -(-len(self.news_stream) // PER_PAGE)
        for n in range(1, pages + 1):
            chunk = self.news_stream[(n - 1) * PER_PAGE : n * PER_PAGE]
            path = "/th/news" if n == 1 else f"/th/news?page={n}"
            page(path, self.frame(path, SECTIONS["news"], self.news_list(chunk, n, pages), page_id="/[locale]/news"))
        years = sorted({i.be_year for _p, i in self.news_stream}, reverse=True)
        page("/th/news/archive", self.frame("/th/news/archive", "คลังข่าว", self.archive_index(years)))
        for y in years:
            chunk = [(p, i) for p, i in self.news_stream if i.be_year == y]
            page(
                f"/th/news/archive/{y}",
                self.frame(f"/th/news/archive/{y}", f"คลังข่าว ปี {y}", self.archive_year(y, chunk, years)),
            )
        for kind in ("press", "activities", "province-news"):
            items = [(i.path, i) for i in self.by_kind[kind]]
            page(f"/th/{kind}", self.frame(f"/th/{kind}", SECTIONS[kind], self.section_list(kind, items)))
        page("/th/jobs", self.frame("/th/jobs", SECTIONS["jobs"], self.jobs_table()))
        for key in DIVISIONS:
            page(f"/th/division/{key}", self.division(f"/th/division/{key}", key, news=False))
            page(f"/th/division/{key}/news", self.division(f"/th/division/{key}/news", key, news=True))
        for path, title, body in self.static_pages():
            page(
                path,
                self.frame(
                    path, title, f'<article class="prose"><h1 class="page-title">{esc(title)}</h1>{body}</article>'
                ),
            )
        page("/th/gallery", self.frame("/th/gallery", "ภาพกิจกรรม", self.gallery_index()))
        for aid, title, day, count in GALLERY:
            for k in range(1, count + 1):
                add_jpeg(site, f"/uploads/album_{aid}_{k}.jpg", 1600, 1067, SITE_BUILT)
                self.optimised(f"/uploads/album_{aid}_{k}.jpg")
            page(
                f"/th/gallery/{aid:06d}",
                self.frame(f"/th/gallery/{aid:06d}", title, self.album(aid, title, day, count)),
            )
        form = site.route("/th/e-service/request")
        assert form is not None
        for key, _t, _d in ESERVICES:
            page(f"/th/e-service/request?type={key}", form)
        page("/th/page/ita-2567", self.soft_404("/th/page/ita-2567"))
        page("/en", self.frame_en("/en", "Home", self.home_en()))
        page("/en/news", self.frame_en("/en/news", "News", self.news_en()))
        page("/en/about", self.frame_en("/en/about", "About", ABOUT_EN))
        site.add(
            "/robots.txt",
            html_page(
                f"User-agent: *\nDisallow: /api/\nDisallow: /admin/\n\nSitemap: {b}/sitemap.xml\n",
                "text/plain; charset=utf-8",
            ),
        )
        site.add("/sitemap.xml", self.sitemap())
        site.add("/admin", redirect(b + "/admin/auth/login", 302))
        site.add("/favicon.ico", Response(200, (("Content-Type", "image/x-icon"),), b"\x00\x00\x01\x00"))
        add_text(site, f"/_next/static/css/{BUILD_ID[:8].lower()}.css", ".navbar{background:#0b5d3b}\n", "text/css")
        for chunk in ("webpack-7e1c2d", "framework-2c79e2", "main-0f5a3b", "pages/_app-9a4b1c"):
            add_text(site, f"/_next/static/chunks/{chunk}.js", "/* next.js chunk */\n", "application/javascript")
        add_text(
            site, "/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js", "/* polyfills */\n", "application/javascript"
        )
        add_text(
            site, f"/_next/static/{BUILD_ID}/_buildManifest.js", "self.__BUILD_MANIFEST={};\n", "application/javascript"
        )
        add_jpeg(site, "/uploads/logo_pao_4c1e2.png", 120, 120, SITE_BUILT)
        self.optimised("/uploads/logo_pao_4c1e2.png")
        add_jpeg(site, "/uploads/banner_phuphathong_8d2f1.jpg", 1920, 600, SITE_BUILT)
        self.optimised("/uploads/banner_phuphathong_8d2f1.jpg")
        for n, _name, _pos, _bio in EXECUTIVES:
            add_jpeg(site, f"/uploads/exec_{n}.jpg", 400, 500, SITE_BUILT)
            self.optimised(f"/uploads/exec_{n}.jpg")

    def optimised(self, src: str, widths: tuple[int, ...] = (256, 384, 512, 768, 1080, 1536, 2160)) -> None:
        u = quote(src, safe="")
        for w in widths:
            key = f"/_next/image?url={u}&w={w}&q=75"
            if not self.site.has(key):
                self.site.add(
                    key,
                    Response(
                        200,
                        (("Content-Type", "image/webp"), ("Cache-Control", "public, max-age=60")),
                        b"RIFF\x1a\x00\x00\x00WEBPVP8 ",
                    ),
                )

    def pdf_path(self, item: Item) -> str:
        return f"/uploads/{item.kind}_{item.be_year}_{item.rid}_{item.rid * 7 % 0xFFFF:04x}.pdf"

    # -- layout ---------------------------------------------------------------------
    def next_data(self, page_id: str, props: dict, query: dict, locale: str = "th") -> str:
        data = {
            "props": {"pageProps": props, "__N_SSP": True},
            "page": page_id,
            "query": query,
            "buildId": BUILD_ID,
            "isFallback": False,
            "gssp": True,
            "locale": locale,
            "locales": ["th", "en"],
            "defaultLocale": "th",
            "scriptLoader": [],
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")

    def frame(
        self,
        path: str,
        title: str,
        content: str,
        page_id: str = "/[locale]/[...slug]",
        props: dict | None = None,
        head: str = "",
        en_path: str = "/en",
        sidebar: str | None = None,
    ) -> Response:
        nav = "".join(
            f'<li class="nav-item group"><a class="nav-link" href="{h}">{t}</a>'
            + (f'<ul class="dropdown">{_links(sub)}</ul>' if sub else "")
            + "</li>"
            for h, t, sub in NAV
        )
        side = sidebar if sidebar is not None else self.default_sidebar()
        query = {"slug": [s for s in path.split("?")[0].split("/")[2:] if s]} if page_id.endswith("[...slug]") else {}
        return html_page(
            f"""<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)} | {SITE}</title><meta name="description" content="เว็บไซต์ทางการ{SITE}"/><meta property="og:site_name" content="{SITE}"/><link rel="icon" href="/favicon.ico"/>{head}<link rel="preload" href="/_next/static/css/{BUILD_ID[:8].lower()}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{BUILD_ID[:8].lower()}.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-7e1c2d.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2.js" defer=""></script><script src="/_next/static/chunks/main-0f5a3b.js" defer=""></script><script src="/_next/static/chunks/pages/_app-9a4b1c.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script></head><body><div id="__next"><div class="min-h-screen flex flex-col">
<div class="topbar"><div class="container flex justify-between"><span>โทร {PHONE} | สายด่วนร้องทุกข์ 1132</span><span class="lang-switch"><a href="{path.split("?")[0] if path != "/" else "/th"}" class="active">TH</a> | <a href="{en_path}" hrefLang="en">EN</a></span></div></div>
<header class="site-header"><div class="container flex items-center"><a href="/th" class="brand"><img alt="ตราสัญลักษณ์ {SHORT}" src="/uploads/logo_pao_4c1e2.png" width="72" height="72"/><span class="brand-name">{SITE}<small>{SITE_EN}</small></span></a>
<form action="/th/search" method="get" class="ml-auto search"><input type="search" name="q" placeholder="ค้นหาข่าว ประกาศ เอกสาร"/><button type="submit" aria-label="ค้นหา">ค้นหา</button></form></div></header>
<nav class="main-nav"><div class="container"><ul class="nav">{nav}</ul></div></nav>
<main class="container grid lg:grid-cols-4 gap-6 py-6"><div class="lg:col-span-3">
{content}
</div><aside class="sidebar">{side}</aside></main>
<footer class="site-footer"><div class="container grid md:grid-cols-3 gap-4"><div><strong>{SITE}</strong><br/>{ADDRESS}<br/>โทรศัพท์ {PHONE} โทรสาร 0-5561-2299<br/>saraban@phuphathongpao.go.th</div>
<div><a href="/th/about">เกี่ยวกับ อบจ.</a><br/><a href="/th/page/ita-2567">การประเมิน ITA 2567</a><br/><a href="/th/faq">คำถามที่พบบ่อย</a><br/><a href="/th/contact">ติดต่อเรา</a><br/><a href="/sitemap.xml">แผนผังเว็บไซต์</a></div>
<div><a href="https://www.facebook.com/phuphathongpao" target="_blank" rel="noopener noreferrer">Facebook</a> | <a href="https://line.me/R/ti/p/@phuphathongpao" target="_blank" rel="noopener noreferrer">LINE OA</a><br/>ผู้เข้าชมวันนี้ 1,208 | ทั้งหมด 1,482,915</div></div>
<div class="copyright">© 2566 {SITE} สงวนลิขสิทธิ์ | นโยบายคุกกี้ | นโยบายความเป็นส่วนตัว</div></footer>
<div class="cookie-consent" role="dialog">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <button type="button">ยอมรับ</button></div>
</div></div><script id="__NEXT_DATA__" type="application/json">{self.next_data(page_id, props or {"title": title}, query)}</script></body></html>"""
        )

    def default_sidebar(self) -> str:
        latest = "".join(
            f'<li><a href="{p}">{esc(i.title)}</a><time dateTime="{i.date}">{thai_abbr(i.dt.date())}</time></li>'
            for p, i in self.news_stream[:5]
        )
        return f"""<section class="widget"><h3 class="widget-title">ข่าวล่าสุด</h3><ul class="widget-list">{latest}</ul></section>
<section class="widget"><h3 class="widget-title">บริการประชาชน</h3><ul class="widget-list"><li><a href="/th/e-service">บริการออนไลน์ (e-Service)</a></li><li><a href="/th/e-service/request">ยื่นคำร้องออนไลน์</a></li><li><a href="/th/events/calendar/month/{TODAY:%Y-%m}">ปฏิทินกิจกรรม</a></li><li><a href="/th/faq">คำถามที่พบบ่อย</a></li></ul></section>
<section class="widget"><h3 class="widget-title">หน่วยงานภายใน</h3><ul class="widget-list">{"".join(f'<li><a href="/th/division/{k}">{v[0]}</a></li>' for k, v in DIVISIONS.items())}</ul></section>
<section class="widget"><h3 class="widget-title">ลิงก์หน่วยงาน</h3><ul class="widget-list"><li><a href="https://www.dla.go.th/" target="_blank" rel="noopener noreferrer">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.gprocurement.go.th/" target="_blank" rel="noopener noreferrer">ระบบจัดซื้อจัดจ้างภาครัฐ</a></li></ul></section>"""

    def card(self, path: str, i: Item) -> str:
        thumb = (
            _img(_photo(i, 1), 384, i.title, "card-img")
            if i.photos
            else _img("/uploads/logo_pao_4c1e2.png", 384, "", "card-img")
        )
        return (
            f'<article class="card"><a href="{path}" class="card-thumb">{thumb}</a><div class="card-body">'
            f'<span class="badge">{SECTIONS[i.kind]}</span><h3 class="card-title"><a href="{path}">{esc(i.title)}</a></h3>'
            f'<p class="card-text">{esc(_excerpt(i.paragraphs[0]))}</p><div class="card-meta"><time dateTime="{_utc_iso(i.dt)}">{thai_abbr(i.dt.date())}</time> · อ่าน {_views(i.rid)} ครั้ง</div></div></article>'
        )

    # -- pages ------------------------------------------------------------------------
    def home(self) -> str:
        news = "".join(self.card(p, i) for p, i in self.news_stream[:6])
        press = "".join(
            f'<li><a href="{i.path}">{esc(i.title)}</a> <time>{thai_abbr(i.dt.date())}</time></li>'
            for i in self.by_kind["press"][:3]
        )
        acts = "".join(self.card(i.path, i) for i in self.by_kind["activities"][:3])
        prov = "".join(f'<li><a href="{i.path}">{esc(i.title)}</a></li>' for i in self.by_kind["province-news"][:3])
        jobs = "".join(f'<li><a href="{i.path}">{esc(i.title)}</a></li>' for i in self.by_kind["jobs"][:2])
        return f"""<section class="hero">{_img("/uploads/banner_phuphathong_8d2f1.jpg", 1080, "ภูผาทอง เมืองแห่งขุนเขาและสายหมอก", "hero-img")}</section>
<section class="home-block"><div class="block-head"><h2>ข่าวประชาสัมพันธ์</h2><a href="/th/news" class="more">ดูทั้งหมด</a></div><div class="grid md:grid-cols-3 gap-4">{news}</div></section>
<section class="home-block"><div class="block-head"><h2>ข่าวแถลง</h2><a href="/th/press" class="more">ดูทั้งหมด</a></div><ul class="list">{press}</ul></section>
<section class="home-block"><div class="block-head"><h2>กิจกรรม</h2><a href="/th/activities" class="more">ดูทั้งหมด</a></div><div class="grid md:grid-cols-3 gap-4">{acts}</div></section>
<section class="home-block grid md:grid-cols-2 gap-4"><div><div class="block-head"><h2>ข่าวจังหวัด</h2><a href="/th/province-news" class="more">ดูทั้งหมด</a></div><ul class="list">{prov}</ul></div>
<div><div class="block-head"><h2>ประกาศรับสมัครงาน</h2><a href="/th/jobs" class="more">ดูทั้งหมด</a></div><ul class="list">{jobs}</ul></div></section>
<section class="home-block"><div class="block-head"><h2>ภาพกิจกรรม</h2><a href="/th/gallery" class="more">ดูทั้งหมด</a></div><div class="grid grid-cols-4 gap-2">{"".join(f'<a href="/th/gallery/{aid:06d}">{_img(f"/uploads/album_{aid}_1.jpg", 384, t)}</a>' for aid, t, _d, _c in GALLERY[:4])}</div></section>"""

    def pager(self, base: str, n: int, pages: int) -> str:
        def href(k: int) -> str:
            return base if k == 1 else f"{base}?page={k}"

        items = []
        if n > 1:
            items.append(f'<a href="{href(n - 1)}" class="page-link" rel="prev">‹ ก่อนหน้า</a>')
        for k in range(1, pages + 1):
            items.append(
                f'<span class="page-link active" aria-current="page">{k}</span>'
                if k == n
                else f'<a href="{href(k)}" class="page-link">{k}</a>'
            )
        if n < pages:
            items.append(f'<a href="{href(n + 1)}" class="page-link" rel="next">ถัดไป ›</a>')
        return f'<nav class="pagination" aria-label="pagination">{"".join(items)}</nav>'

    def rows(self, items: list[tuple[str, Item]]) -> str:
        return "".join(
            f'<article class="list-row"><a href="{p}" class="thumb">{_img(_photo(i, 1) if i.photos else "/uploads/logo_pao_4c1e2.png", 384, i.title)}</a><div><h2 class="row-title"><a href="{p}">{esc(i.title)}</a></h2>'
            f'<p class="row-excerpt">{esc(_excerpt(i.paragraphs[0], 160))}</p><div class="row-meta"><time dateTime="{_utc_iso(i.dt)}">{thai_long(i.dt.date())}</time>'
            + (f' · <a href="/th/division/{i.division}">{DIVISIONS[i.division][0]}</a>' if i.division else "")
            + "</div></div></article>"
            for p, i in items
        )

    def breadcrumb(self, *crumbs: tuple[str | None, str]) -> str:
        parts = ['<a href="/th">หน้าหลัก</a>'] + [
            f'<a href="{h}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for h, t in crumbs
        ]
        return f'<nav class="breadcrumb" aria-label="breadcrumb">{" / ".join(parts)}</nav>'

    def news_list(self, chunk: list[tuple[str, Item]], n: int, pages: int) -> str:
        years = sorted({i.be_year for _p, i in self.news_stream}, reverse=True)
        tabs = " ".join(f'<a href="/th/news/archive/{y}" class="chip">{y}</a>' for y in years)
        return f"""{self.breadcrumb((None, SECTIONS["news"]))}<h1 class="page-title">ข่าวประชาสัมพันธ์</h1>
<div class="chips">คลังข่าวรายปี: {tabs} <a href="/th/news/archive" class="chip">ทั้งหมด</a></div>
{self.rows(chunk)}
{self.pager("/th/news", n, pages)}<p class="muted">หน้า {n} จาก {pages} · ทั้งหมด {len(self.news_stream)} รายการ</p>"""

    def archive_index(self, years: list[int]) -> str:
        rows = "".join(
            f'<li><a href="/th/news/archive/{y}">ข่าวประชาสัมพันธ์ ปี พ.ศ. {y}</a> ({sum(1 for _p, i in self.news_stream if i.be_year == y)} รายการ)</li>'
            for y in years
        )
        return f'{self.breadcrumb(("/th/news", SECTIONS["news"]), (None, "คลังข่าว"))}<h1 class="page-title">คลังข่าว</h1><ul class="archive-years">{rows}</ul>'

    def archive_year(self, y: int, chunk: list[tuple[str, Item]], years: list[int]) -> str:
        by_month: dict[int, list[tuple[str, Item]]] = {}
        for p, i in chunk:
            by_month.setdefault(i.dt.month, []).append((p, i))
        body = "".join(
            f'<h2 class="month">{MONTHS[m - 1]} {y}</h2><ul>'
            + "".join(
                f'<li><time>{i.dt.day} {MONTHS[m - 1]}</time> <a href="{p}">{esc(i.title)}</a></li>' for p, i in rows
            )
            + "</ul>"
            for m, rows in by_month.items()
        )
        others = " ".join(f'<a href="/th/news/archive/{o}" class="chip">{o}</a>' for o in years if o != y)
        return f'{self.breadcrumb(("/th/news", SECTIONS["news"]), ("/th/news/archive", "คลังข่าว"), (None, str(y)))}<h1 class="page-title">คลังข่าว ปี พ.ศ. {y}</h1>{body}<div class="chips">ปีอื่น: {others}</div>'

    def section_list(self, kind: str, items: list[tuple[str, Item]]) -> str:
        extra = ""
        if kind == "activities":
            extra = f'<p><a href="/th/events/calendar/month/{TODAY:%Y-%m}" class="btn">ดูปฏิทินกิจกรรม</a> <a href="/th/gallery" class="btn">ภาพกิจกรรมทั้งหมด</a></p>'
        if kind == "province-news":
            extra = '<p class="muted">ข่าวจากสำนักงานประชาสัมพันธ์จังหวัดภูผาทองและส่วนราชการในจังหวัด เผยแพร่ซ้ำเพื่อประโยชน์ของประชาชน</p>'
        return f'{self.breadcrumb((None, SECTIONS[kind]))}<h1 class="page-title">{SECTIONS[kind]}</h1>{extra}{self.rows(items)}<p class="muted">ทั้งหมด {len(items)} รายการ</p>'

    def jobs_table(self) -> str:
        rows = "".join(
            f'<tr><td>{n}</td><td><a href="{i.path}">{esc(i.title)}</a></td><td>{"กองช่าง" if "กองช่าง" in i.title else "กองสาธารณสุข"}</td><td>{thai_abbr(i.dt.date())}</td><td>{"ปิดรับสมัคร"}</td>'
            + (f'<td><a href="{self.pdf_path(i)}" target="_blank">PDF</a></td>' if i.pdf else "<td>-</td>")
            + "</tr>"
            for n, i in enumerate(self.by_kind["jobs"], 1)
        )
        old = "".join(
            f"<tr><td>{n}</td><td>{t}</td><td>{d}</td><td>{dt}</td><td>ปิดรับสมัคร</td><td>-</td></tr>"
            for n, (t, d, dt) in enumerate(
                (
                    ("ประกาศรับโอน (ย้าย) พนักงานส่วนท้องถิ่น ตำแหน่งนักวิชาการเงินและบัญชี", "กองคลัง", "4 ส.ค. 2565"),
                    ("ประกาศรับสมัครพนักงานจ้างทั่วไป ตำแหน่งคนงาน (ประจำสนามกีฬา)", "กองการศึกษาฯ", "17 ม.ค. 2565"),
                ),
                len(self.by_kind["jobs"]) + 1,
            )
        )
        return f"""{self.breadcrumb((None, SECTIONS["jobs"]))}<h1 class="page-title">ประกาศรับสมัครงาน</h1>
<table class="table"><thead><tr><th>ลำดับ</th><th>ประกาศ</th><th>หน่วยงาน</th><th>วันที่ประกาศ</th><th>สถานะ</th><th>เอกสาร</th></tr></thead><tbody>{rows}{old}</tbody></table>
<p class="muted">ผลการสอบคัดเลือกและประกาศรายชื่อผู้มีสิทธิ์สอบ ดูได้ที่บอร์ดประชาสัมพันธ์ กองการเจ้าหน้าที่ ชั้น 2</p>"""

    def article(self, i: Item, path: str) -> Response:
        section = SECTIONS["news"] if path.startswith("/th/news/") else SECTIONS[i.kind]
        section_href = "/th/news" if path.startswith("/th/news/") else f"/th/{i.kind}"
        crumbs: list[tuple[str | None, str]] = [(section_href, section)]
        if path.startswith("/th/division/"):
            crumbs = [
                (f"/th/division/{i.division}", DIVISIONS[i.division or "office"][0]),
                (f"/th/division/{i.division}/news", "ข่าวสาร"),
            ]
        body = "".join(f"<p>{esc(p)}</p>" for p in i.paragraphs)
        figures = "".join(
            f'<figure class="photo"><a href="{_photo(i, k)}" data-lightbox="gallery">{_img(_photo(i, k), 768, cap)}</a>'
            + (f"<figcaption>{esc(cap)}</figcaption>" if cap else "")
            + "</figure>"
            for k, cap in enumerate(i.photos, 1)
        )
        gallery = f'<div class="article-gallery grid grid-cols-2 gap-3">{figures}</div>' if figures else ""
        attach = (
            f'<div class="attachments"><h2>เอกสารแนบ</h2><a href="{self.pdf_path(i)}" target="_blank" class="file pdf">{esc(i.pdf)}</a></div>'
            if i.pdf
            else ""
        )
        source = f'<p class="source">ที่มา: {esc(i.source)}</p>' if i.source else ""
        by = f'<span class="author">โดย {esc(i.author)}</span> · ' if i.author else ""
        head = f'<meta property="og:type" content="article"/><meta property="og:title" content="{attr(i.title)}"/><meta property="article:published_time" content="{_utc_iso(i.dt)}"/>'
        if i.photos:
            head += f'<meta property="og:image" content="{self.base}{_photo(i, 1)}"/>'
        if path == i.path or path.startswith("/th/division/"):
            head += f'<link rel="canonical" href="{self.base}{i.path}"/>'
        en_path = "/en"
        if i.en and path == i.path:
            head += f'<link rel="alternate" hrefLang="th" href="{self.base}{i.path}"/><link rel="alternate" hrefLang="en" href="{self.base}{i.en_path}"/>'
            en_path = i.en_path
        related = (
            [(p, o) for p, o in self.news_stream if o is not i][:3]
            if i.kind == "news"
            else [(o.path, o) for o in self.by_kind[i.kind] if o is not i][:3]
        )
        rel = "".join(f'<li><a href="{p}">{esc(o.title)}</a></li>' for p, o in related)
        content = f"""{self.breadcrumb(*crumbs, (None, i.title))}
<article class="article"><header><span class="badge">{section}</span><h1 class="article-title">{esc(i.title)}</h1>
<div class="article-meta">{by}<time dateTime="{_utc_iso(i.dt)}">{_thai_dt(i.dt)}</time> · เข้าชม {_views(i.rid)} ครั้ง</div></header>
<div class="article-body">{body}</div>
{gallery}{attach}{source}
<div class="share">แชร์: <a href="https://www.facebook.com/sharer/sharer.php?u={quote(self.base + i.path, safe="")}" target="_blank" rel="noopener noreferrer">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={quote(self.base + i.path, safe="")}" target="_blank" rel="noopener noreferrer">LINE</a></div>
</article>
<section class="related"><h2>ข่าวที่เกี่ยวข้อง</h2><ul>{rel}</ul></section>"""
        page_id = (
            "/[locale]/division/[...slug]"
            if path.startswith("/th/division/")
            else f"/[locale]/{i.kind if not path.startswith('/th/news/') else 'news'}/[year]/[id]"
        )
        props = {
            "item": {
                "id": int(path.rsplit("/", 1)[1]),
                "title": i.title,
                "excerpt": _excerpt(i.paragraphs[0]),
                "publishedAt": _utc_iso(i.dt),
                "updatedAt": _utc_iso(i.dt + timedelta(minutes=12)),
                "category": i.kind,
                "division": i.division,
                "views": _views(i.rid),
            }
        }
        sidebar = self.division_sidebar(i.division) if path.startswith("/th/division/") and i.division else None
        return self.frame(
            path, i.title, content, page_id=page_id, props=props, head=head, en_path=en_path, sidebar=sidebar
        )

    # -- divisions ----------------------------------------------------------------------
    def division_sidebar(self, key: str) -> str:
        name, full, head, position = DIVISIONS[key]
        others = "".join(f'<li><a href="/th/division/{k}">{v[0]}</a></li>' for k, v in DIVISIONS.items() if k != key)
        services = "".join(f"<li>{esc(s)}</li>" for s in DIVISION_SERVICES[key])
        # the contractor's bug: relative links (no leading slash) in the division sidebar
        return f"""<section class="widget division-card"><h3 class="widget-title">{full}</h3><p><strong>{head}</strong><br/>{position}</p><p>โทร {PHONE} ต่อ {DIVISION_EXT[key]}</p></section>
<section class="widget"><h3 class="widget-title">เมนู{name}</h3><ul class="widget-list"><li><a href="division/{key}">หน้าแรกของกอง</a></li><li><a href="division/{key}/news">ข่าวสารของกอง</a></li><li><a href="/th/e-service/request">ยื่นคำร้องถึง{name}</a></li></ul></section>
<section class="widget"><h3 class="widget-title">ภารกิจ</h3><ul class="widget-list">{services}</ul></section>
<section class="widget"><h3 class="widget-title">หน่วยงานอื่น</h3><ul class="widget-list">{others}</ul></section>"""

    def division(self, path: str, key: str, news: bool) -> Response:
        name, full, head, position = DIVISIONS[key]
        items = [i for i in self.newest if i.division == key]
        tabs = f'<div class="tabs"><a href="/th/division/{key}" class="{"" if news else "active"}">ข้อมูลหน่วยงาน</a><a href="/th/division/{key}/news" class="{"active" if news else ""}">ข่าวสาร</a></div>'
        rows = self.rows([(f"/th/division/{key}/news/{i.rid:06d}", i) for i in items])
        if news:
            content = f'{self.breadcrumb((f"/th/division/{key}", name), (None, "ข่าวสาร"))}<h1 class="page-title">ข่าวสาร{name}</h1>{tabs}{rows}'
        else:
            latest = "".join(
                f'<li><a href="/th/division/{key}/news/{i.rid:06d}">{esc(i.title)}</a></li>' for i in items[:3]
            )
            content = f"""{self.breadcrumb((None, name))}<h1 class="page-title">{full}</h1>{tabs}
<div class="prose">{DIVISION_ABOUT[key]}<h2>ผู้บริหารหน่วยงาน</h2><p>{head} {position}</p><h2>ข่าวล่าสุดของ{name}</h2><ul>{latest}</ul></div>"""
        return self.frame(
            path,
            name if not news else f"ข่าวสาร{name}",
            content,
            page_id="/[locale]/division/[...slug]",
            sidebar=self.division_sidebar(key),
        )

    def division_catch_all(self, path: str) -> Response:
        """[...slug] under /th/division: the last known division key wins (which is why the
        relative sidebar links keep working, and keep growing)."""
        segments = [s for s in path.split("/")[3:] if s]
        known = [n for n, seg in enumerate(segments) if seg in DIVISIONS]
        if known:
            key, rest = segments[known[-1]], segments[known[-1] + 1 :]
            if not rest:
                return self.division(path, key, news=False)
            if rest == ["news"]:
                return self.division(path, key, news=True)
        return self.soft_404(path)

    # -- soft and hard 404 ----------------------------------------------------------------
    def soft_404(self, path: str) -> Response:
        content = """<div class="empty-state"><h1 class="page-title">ไม่พบเนื้อหา</h1><p>ขออภัย ไม่พบเนื้อหาที่ท่านต้องการ เนื้อหาอาจถูกย้ายหรือลบออกจากระบบแล้ว</p><p><a href="/th" class="btn">กลับหน้าหลัก</a> <a href="/th/news" class="btn">ข่าวประชาสัมพันธ์</a></p></div>"""
        return self.frame(path, "ไม่พบเนื้อหา", content, props={"page": None})

    def hard_404(self) -> Response:
        return html_page(
            '<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>404: This page could not be found</title></head><body><div id="__next"><div style="font-family:system-ui;height:100vh;text-align:center;display:flex;flex-direction:column;align-items:center;justify-content:center"><h1 class="next-error-h1" style="display:inline-block;margin:0 20px 0 0;padding-right:23px;font-size:24px;font-weight:500;vertical-align:top;line-height:49px">404</h1><div style="display:inline-block;text-align:left"><h2 style="font-size:14px;font-weight:400;line-height:49px;margin:0">This page could not be found.</h2></div></div></div></body></html>',
            status=404,
        )

    # -- calendar (the trap) ----------------------------------------------------------------
    def calendar(self, view: str, d: date) -> Response:
        events: dict[date, list[Item]] = {}
        for i in self.items:
            if i.kind in ("activities", "press"):
                events.setdefault(i.dt.date(), []).append(i)

        def cal(v: str, x: date) -> str:
            return f"/th/events/calendar/{v}/{x:%Y-%m}" if v == "month" else f"/th/events/calendar/{v}/{x:%Y-%m-%d}"

        def cell(x: date) -> str:
            evs = "".join(f'<a href="{i.path}" class="event">{esc(i.title)}</a>' for i in events.get(x, []))
            evs += "".join(f'<span class="event">{esc(t)}</span>' for day, t in CALENDAR_EVENTS if day == x.isoformat())
            return f'<td><a href="{cal("day", x)}" class="day-num">{x.day}</a>{evs}</td>'

        if view == "month":
            first = d.replace(day=1)
            prev = (first - timedelta(days=1)).replace(day=1)
            nxt = (first + timedelta(days=32)).replace(day=1)
            start = first - timedelta(days=first.weekday())
            weeks = []
            cur = start
            while cur < nxt:
                weeks.append("<tr>" + "".join(cell(cur + timedelta(days=k)) for k in range(7)) + "</tr>")
                cur += timedelta(days=7)
            heading = f"{MONTHS[first.month - 1]} {first.year + 543}"
            grid = (
                '<table class="calendar"><thead><tr><th>จ.</th><th>อ.</th><th>พ.</th><th>พฤ.</th><th>ศ.</th><th>ส.</th><th>อา.</th></tr></thead><tbody>'
                + "".join(weeks)
                + "</tbody></table>"
            )
            here, prev_d, next_d = first, prev, nxt
        elif view == "week":
            monday = d - timedelta(days=d.weekday())
            grid = (
                '<table class="calendar week"><tbody><tr>'
                + "".join(cell(monday + timedelta(days=k)) for k in range(7))
                + "</tr></tbody></table>"
            )
            heading = f"สัปดาห์ {thai_long(monday)} - {thai_long(monday + timedelta(days=6))}"
            here, prev_d, next_d = monday, monday - timedelta(days=7), monday + timedelta(days=7)
        else:
            evs = "".join(f'<li><a href="{i.path}">{esc(i.title)}</a></li>' for i in events.get(d, []))
            evs += "".join(f"<li>{esc(t)}</li>" for day, t in CALENDAR_EVENTS if day == d.isoformat())
            grid = f'<ul class="day-events">{evs or "<li>ไม่มีกิจกรรมในวันนี้</li>"}</ul>'
            heading = f"วัน{thai_weekday(d)}ที่ {thai_long(d)}"
            here, prev_d, next_d = d, d - timedelta(days=1), d + timedelta(days=1)
        switch = " | ".join(
            f'<a href="{cal(v, here)}"{" class=active" if v == view else ""}>{label}</a>'
            for v, label in (("month", "เดือน"), ("week", "สัปดาห์"), ("day", "วัน"))
        )
        content = f"""{self.breadcrumb(("/th/activities", "กิจกรรม"), (None, "ปฏิทินกิจกรรม"))}<h1 class="page-title">ปฏิทินกิจกรรม</h1>
<div class="cal-toolbar"><a href="{cal(view, prev_d)}" rel="nofollow">‹</a> <a href="{cal(view, TODAY)}">วันนี้</a> <a href="{cal(view, next_d)}" rel="nofollow">›</a> <strong>{heading}</strong> <span class="views">{switch}</span></div>
{grid}"""
        return self.frame(
            cal(view, here), f"ปฏิทินกิจกรรม {heading}", content, page_id="/[locale]/events/calendar/[view]/[date]"
        )

    # -- static, gallery, English -----------------------------------------------------------
    def static_pages(self) -> list[tuple[str, str, str]]:
        faq = "".join(
            f'<details class="faq"><summary>{esc(q)}</summary><div><p>{esc(a)}</p></div></details>' for q, a in FAQ
        )
        execs = "".join(
            f'<section class="exec">{_img(f"/uploads/exec_{n}.jpg", 256, name)}<h2>{esc(name)}</h2><p class="position">{esc(pos)}</p>'
            + "".join(f"<p>{esc(p)}</p>" for p in bio)
            + "</section>"
            for n, name, pos, bio in EXECUTIVES
        )
        services = "".join(
            f'<li><a href="/th/e-service/request?type={k}">{esc(t)}</a> <span class="muted">{esc(d)}</span></li>'
            for k, t, d in ESERVICES
        )
        form_types = "".join(f'<option value="{k}">{esc(t)}</option>' for k, t, _d in ESERVICES)
        form = f"""<p>กรอกข้อมูลให้ครบถ้วน เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ ข้อมูลส่วนบุคคลของท่านจะถูกใช้เพื่อการให้บริการเท่านั้น</p>
<form class="eform" method="post" action="/api/e-service/submit"><label>ประเภทคำร้อง<select name="type">{form_types}</select></label>
<label>ชื่อ - นามสกุล<input name="fullname" required/></label><label>เลขประจำตัวประชาชน<input name="citizen_id" inputMode="numeric" maxLength="13"/></label>
<label>เบอร์โทรศัพท์<input name="phone" type="tel"/></label><label>อีเมล<input name="email" type="email"/></label><label>ที่อยู่<textarea name="address" rows="2"></textarea></label>
<label>รายละเอียดคำร้อง<textarea name="detail" rows="5"></textarea></label><label>แนบไฟล์ (ไม่เกิน 5 MB)<input type="file" name="files"/></label>
<label><input type="checkbox" name="consent" required/> ข้าพเจ้ายินยอมให้ อบจ.ภูผาทอง เก็บและใช้ข้อมูลส่วนบุคคลเพื่อดำเนินการตามคำร้อง</label><button type="submit">ส่งคำร้อง</button></form>"""
        return [
            ("/th/about", "เกี่ยวกับ อบจ.ภูผาทอง", ABOUT),
            ("/th/about/vision", "วิสัยทัศน์และพันธกิจ", VISION),
            (
                "/th/about/structure",
                "โครงสร้างส่วนราชการ",
                "<ul>" + "".join(f"<li>{s}</li>" for s in STRUCTURE) + "</ul>",
            ),
            ("/th/executives", "คณะผู้บริหาร", execs),
            (
                "/th/faq",
                "คำถามที่พบบ่อย (FAQ)",
                f'<p class="muted">รวบรวมคำถามที่ประชาชนสอบถามเข้ามาบ่อยผ่านศูนย์รับเรื่องร้องเรียนและ LINE OA</p>{faq}',
            ),
            (
                "/th/e-service",
                "บริการออนไลน์ (e-Service)",
                f'<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง ติดตามสถานะได้ด้วยเลขที่คำร้อง</p><ul class="services">{services}</ul><p><a href="/th/e-service/request" class="btn">ยื่นคำร้องทั่วไป</a></p>',
            ),
            ("/th/e-service/request", "ยื่นคำร้องออนไลน์", form),
            (
                "/th/contact",
                "ติดต่อเรา",
                f"<p>{SITE}<br/>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร 0-5561-2299<br/>ศูนย์รับเรื่องร้องเรียน โทร {PHONE} ต่อ 111<br/>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>",
            ),
        ]

    def gallery_index(self) -> str:
        cards = "".join(
            f'<div class="album"><a href="/th/gallery/{aid:06d}">{_img(f"/uploads/album_{aid}_1.jpg", 384, t)}</a><a href="/th/gallery/{aid:06d}" class="album-title">{esc(t)}</a><span class="muted">{thai_abbr(date.fromisoformat(d))} · {c} ภาพ</span></div>'
            for aid, t, d, c in GALLERY
        )
        return f'{self.breadcrumb((None, "ภาพกิจกรรม"))}<h1 class="page-title">ภาพกิจกรรม</h1><div class="grid grid-cols-3 gap-4">{cards}</div>'

    def album(self, aid: int, title: str, day: str, count: int) -> str:
        photos = "".join(
            f'<a href="/uploads/album_{aid}_{k}.jpg" data-lightbox="album">{_img(f"/uploads/album_{aid}_{k}.jpg", 384, "")}</a>'
            for k in range(1, count + 1)
        )
        return f'{self.breadcrumb(("/th/gallery", "ภาพกิจกรรม"), (None, title))}<h1 class="page-title">{esc(title)}</h1><p class="muted">{thai_long(date.fromisoformat(day))} · {count} ภาพ</p><div class="grid grid-cols-4 gap-2">{photos}</div>'

    def sitemap(self) -> Response:
        paths = [
            "/th",
            "/th/news",
            "/th/press",
            "/th/activities",
            "/th/province-news",
            "/th/jobs",
            "/th/gallery",
            "/th/faq",
            "/th/executives",
            "/th/about",
            "/th/about/vision",
            "/th/about/structure",
            "/th/e-service",
            "/th/contact",
            "/en",
            "/en/about",
        ]
        urls = "".join(
            f"<url><loc>{self.base}{p}</loc><lastmod>{SITE_BUILT:%Y-%m-%d}T03:00:00.000Z</lastmod><changefreq>daily</changefreq><priority>0.7</priority></url>"
            for p in paths
        )
        return Response(
            200,
            (("Content-Type", "application/xml"),),
            f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(),
        )

    def frame_en(
        self,
        path: str,
        title: str,
        content: str,
        head: str = "",
        th_path: str = "/th",
        props: dict | None = None,
        page_id: str = "/[locale]/[...slug]",
    ) -> Response:
        return html_page(
            f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)} | {SITE_EN}</title>{head}<link rel="stylesheet" href="/_next/static/css/{BUILD_ID[:8].lower()}.css" data-n-g=""/><script src="/_next/static/chunks/main-0f5a3b.js" defer=""></script></head><body><div id="__next"><div class="min-h-screen flex flex-col">
<div class="topbar"><div class="container flex justify-between"><span>Tel. +66 5561 2200</span><span class="lang-switch"><a href="{th_path}" hrefLang="th">TH</a> | <a href="{path}" class="active">EN</a></span></div></div>
<header class="site-header"><div class="container"><a href="/en" class="brand"><img alt="PAO logo" src="/uploads/logo_pao_4c1e2.png" width="72" height="72"/><span class="brand-name">{SITE_EN}</span></a></div></header>
<nav class="main-nav"><div class="container"><ul class="nav"><li><a href="/en">Home</a></li><li><a href="/en/about">About</a></li><li><a href="/en/news">News</a></li><li><a href="/th">ภาษาไทย</a></li></ul></div></nav>
<main class="container py-6">{content}</main>
<footer class="site-footer"><div class="container">{SITE_EN}, 88 Si Phupha Road, Nai Mueang, Mueang Phu Pha Thong, Phu Pha Thong 67990 · Most of this website is available in Thai only.</div></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{self.next_data(page_id, props or {"title": title}, {}, locale="en")}</script></body></html>"""
        )

    def home_en(self) -> str:
        items = "".join(
            f'<li><a href="{i.en_path}">{esc(i.en[0])}</a> <time>{i.dt:%d %b %Y}</time></li>'
            for i in self.newest
            if i.en
        )
        return f"""<h1 class="page-title">Welcome to {SITE_EN}</h1><p>The Provincial Administrative Organization is the local government of the whole province. It maintains provincial roads, runs 14 transferred sub-district health promoting hospitals and supports education, sport and tourism.</p>
<h2>Latest news in English</h2><ul>{items}</ul><p><a href="/en/news">All English news</a></p>"""

    def news_en(self) -> str:
        items = "".join(
            f'<article class="list-row"><h2><a href="{i.en_path}">{esc(i.en[0])}</a></h2><p>{esc(_excerpt(i.en[1][0], 140))}</p><time>{i.dt:%d %B %Y}</time></article>'
            for i in self.newest
            if i.en
        )
        return f'<h1 class="page-title">News</h1><p class="muted">Selected news translated into English. For all news, see the <a href="/th/news">Thai news page</a>.</p>{items}'

    def article_en(self, i: Item) -> Response:
        assert i.en
        title, paragraphs = i.en
        head = (
            f'<meta property="og:type" content="article"/><meta property="article:published_time" content="{_utc_iso(i.dt)}"/>'
            f'<link rel="canonical" href="{self.base}{i.en_path}"/><link rel="alternate" hrefLang="th" href="{self.base}{i.path}"/><link rel="alternate" hrefLang="en" href="{self.base}{i.en_path}"/>'
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        figure = f'<figure class="photo">{_img(_photo(i, 1), 768, title)}</figure>' if i.photos else ""
        content = f"""<nav class="breadcrumb"><a href="/en">Home</a> / <a href="/en/news">News</a></nav>
<article class="article"><h1 class="article-title">{esc(title)}</h1><div class="article-meta"><time dateTime="{_utc_iso(i.dt)}">{i.dt:%d %B %Y}</time></div>
<div class="article-body">{body}</div>{figure}<p class="muted"><a href="{i.path}">อ่านฉบับภาษาไทย</a></p></article>"""
        props = {"item": {"id": i.rid, "title": title, "publishedAt": _utc_iso(i.dt), "locale": "en"}}
        return self.frame_en(
            i.en_path, title, content, head=head, th_path=i.path, props=props, page_id="/[locale]/news/[year]/[id]"
        )


NAV = (
    ("/th", "หน้าหลัก", ()),
    (
        "/th/about",
        "เกี่ยวกับ อบจ.",
        (
            ("/th/about", "ประวัติและข้อมูลทั่วไป"),
            ("/th/about/vision", "วิสัยทัศน์และพันธกิจ"),
            ("/th/about/structure", "โครงสร้างส่วนราชการ"),
            ("/th/executives", "คณะผู้บริหาร"),
        ),
    ),
    (
        "/th/news",
        "ข่าวสาร",
        (
            ("/th/news", "ข่าวประชาสัมพันธ์"),
            ("/th/press", "ข่าวแถลง"),
            ("/th/province-news", "ข่าวจังหวัด"),
            ("/th/news/archive", "คลังข่าว"),
        ),
    ),
    (
        "/th/activities",
        "กิจกรรม",
        (
            ("/th/activities", "กิจกรรม"),
            ("/th/gallery", "ภาพกิจกรรม"),
            (f"/th/events/calendar/month/{TODAY:%Y-%m}", "ปฏิทินกิจกรรม"),
        ),
    ),
    ("#", "หน่วยงาน", tuple((f"/th/division/{k}", v[0]) for k, v in DIVISIONS.items())),
    ("/th/jobs", "รับสมัครงาน", ()),
    ("/th/e-service", "e-Service", ()),
    ("/th/contact", "ติดต่อเรา", ()),
)

DIVISION_EXT = {"office": "101", "engineering": "301", "health": "401"}
DIVISION_SERVICES = {
    "office": ("งานสารบรรณและธุรการ", "งานกิจการสภา อบจ.", "งานป้องกันและบรรเทาสาธารณภัย", "งานรัฐพิธีและประชาสัมพันธ์"),
    "engineering": (
        "ก่อสร้างและบำรุงรักษาถนนและสะพานในความรับผิดชอบ",
        "ออกแบบและประมาณราคา",
        "งานเครื่องจักรกล",
        "ให้บริการรถเครื่องจักรแก่ อปท.",
    ),
    "health": ("กำกับดูแล รพ.สต. ถ่ายโอน 14 แห่ง", "ควบคุมโรคติดต่อ", "ส่งเสริมสุขภาพผู้สูงอายุ", "บริการการแพทย์ฉุกเฉิน"),
}
DIVISION_ABOUT = {
    "office": "<p>สำนักปลัดองค์การบริหารส่วนจังหวัดมีหน้าที่ดูแลงานบริหารทั่วไป งานสารบรรณ งานกิจการสภา งานป้องกันและบรรเทาสาธารณภัย และประสานงานระหว่างส่วนราชการภายใน อบจ. กับหน่วยงานภายนอก</p>",
    "engineering": "<p>กองช่างรับผิดชอบถนนในความรับผิดชอบของ อบจ. 214 สาย ระยะทางรวม 1,062 กิโลเมตร และสะพาน 48 แห่ง มีศูนย์เครื่องจักรกล 2 แห่งที่อำเภอเมืองและอำเภอวังผา</p><p>องค์กรปกครองส่วนท้องถิ่นที่ต้องการยืมเครื่องจักร ให้ทำหนังสือถึงนายก อบจ. ล่วงหน้าไม่น้อยกว่า 15 วัน</p>",
    "health": "<p>กองสาธารณสุขจัดตั้งขึ้นในปี 2565 เพื่อรับการถ่ายโอนโรงพยาบาลส่งเสริมสุขภาพตำบล ปัจจุบันดูแล รพ.สต. 14 แห่ง บุคลากร 126 คน ครอบคลุมประชากรประมาณ 98,000 คน</p>",
}

STRUCTURE = (
    "สำนักปลัด อบจ.",
    "สำนักงานเลขานุการ อบจ.",
    "กองกิจการสภา อบจ.",
    "กองยุทธศาสตร์และงบประมาณ",
    "กองคลัง",
    "กองช่าง",
    "กองการศึกษา ศาสนาและวัฒนธรรม",
    "กองสาธารณสุข",
    "กองการเจ้าหน้าที่",
    "กองพัสดุและทรัพย์สิน",
    "หน่วยตรวจสอบภายใน",
)

ABOUT = """<p>องค์การบริหารส่วนจังหวัดภูผาทองจัดตั้งขึ้นตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มีเขตพื้นที่ครอบคลุมทั้งจังหวัด 9 อำเภอ 71 ตำบล ทำหน้าที่จัดบริการสาธารณะที่มีขนาดใหญ่เกินกว่าที่เทศบาลหรือองค์การบริหารส่วนตำบลจะทำได้ตามลำพัง</p>
<p>จังหวัดภูผาทองมีพื้นที่ประมาณ 6,120 ตารางกิโลเมตร ส่วนใหญ่เป็นภูเขาสลับที่ราบลุ่มแม่น้ำ ประชากรตามทะเบียนราษฎร 512,406 คน อาชีพหลักคือเกษตรกรรม ได้แก่ ข้าวโพด ลำไย และยางพารา</p>"""
VISION = """<p><strong>วิสัยทัศน์</strong> ภูผาทองเมืองน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข ทรัพยากรธรรมชาติยั่งยืน</p><h2>พันธกิจ</h2><ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและทั่วถึง</li><li>ยกระดับบริการสาธารณสุขปฐมภูมิ</li><li>ส่งเสริมการศึกษา กีฬา และวัฒนธรรมท้องถิ่น</li><li>อนุรักษ์ป่าต้นน้ำและแก้ไขปัญหาหมอกควัน</li></ol>"""
ABOUT_EN = """<h1 class="page-title">About the PAO</h1><p>The Phu Pha Thong Provincial Administrative Organization covers all nine districts of the province. Its council has 30 elected members and its Chief Executive is directly elected for a four-year term.</p><p>Contact: 88 Si Phupha Road, Nai Mueang, Mueang Phu Pha Thong. Office hours Monday to Friday, 8.30 to 16.30.</p>"""

EXECUTIVES = (
    (
        1,
        "นายประเสริฐ วงศ์ภูผา",
        "นายกองค์การบริหารส่วนจังหวัดภูผาทอง",
        (
            "เกิดเมื่อปี พ.ศ. 2507 ที่อำเภอวังผา จังหวัดภูผาทอง สำเร็จการศึกษาปริญญาตรีวิศวกรรมศาสตร์ สาขาวิศวกรรมโยธา และปริญญาโทรัฐประศาสนศาสตร์ ก่อนเข้าสู่การเมืองท้องถิ่นเคยทำงานเป็นวิศวกรควบคุมงานก่อสร้างทางหลวงชนบทนานกว่า 12 ปี",
            "ได้รับเลือกตั้งเป็นสมาชิกสภา อบจ. เขตอำเภอวังผา 2 สมัย และดำรงตำแหน่งประธานสภา อบจ. ในปี 2555 ก่อนได้รับเลือกตั้งเป็นนายก อบจ.ภูผาทอง เมื่อเดือนธันวาคม 2563 และได้รับเลือกตั้งอีกสมัยในปี 2567",
            "นโยบายสำคัญคือการปรับปรุงถนนสายรองที่เชื่อมแหล่งผลิตทางการเกษตร การพัฒนา รพ.สต. ถ่ายโอนให้มีแพทย์ออกตรวจประจำ และการแก้ไขปัญหาหมอกควันด้วยการส่งเสริมการเกษตรไร้การเผา",
        ),
    ),
    (
        2,
        "นางวิไลวรรณ สุขเจริญ",
        "รองนายกองค์การบริหารส่วนจังหวัดภูผาทอง",
        (
            "สำเร็จการศึกษาปริญญาตรีพยาบาลศาสตร์ เคยเป็นพยาบาลวิชาชีพชำนาญการพิเศษที่โรงพยาบาลภูผาทองนานกว่า 20 ปี ได้รับมอบหมายให้กำกับดูแลกองสาธารณสุขและกองการศึกษา ศาสนาและวัฒนธรรม",
            "ผลักดันโครงการหน่วยแพทย์เคลื่อนที่และการคัดกรองโรคเรื้อรังในชุมชนห่างไกล รวมถึงการจัดตั้งศูนย์ดูแลผู้สูงอายุระยะยาวในอำเภอนาหลวง",
        ),
    ),
    (
        3,
        "นายสมศักดิ์ ทองดีเลิศ",
        "รองนายกองค์การบริหารส่วนจังหวัดภูผาทอง",
        (
            "ผู้ประกอบการด้านการท่องเที่ยวเชิงนิเวศในอำเภอแม่ลาน อดีตประธานสภาอุตสาหกรรมท่องเที่ยวจังหวัด ได้รับมอบหมายให้กำกับดูแลกองช่างและกองยุทธศาสตร์และงบประมาณ",
            "รับผิดชอบโครงการพัฒนาเส้นทางท่องเที่ยวภูผาทอง - น้ำตกแม่ลาน และการปรับปรุงจุดชมวิวตามแนวเทือกเขา",
        ),
    ),
    (
        4,
        "นางสาวศศิธร แก้วประเสริฐ",
        "ปลัดองค์การบริหารส่วนจังหวัดภูผาทอง",
        (
            "ข้าราชการส่วนท้องถิ่นที่รับราชการมากว่า 25 ปี เคยดำรงตำแหน่งรองปลัด อบจ. ในสองจังหวัดภาคเหนือ ก่อนย้ายมาดำรงตำแหน่งปลัด อบจ.ภูผาทอง ในปี 2564 เป็นผู้บังคับบัญชาพนักงานและลูกจ้างทั้งหมดของ อบจ.",
        ),
    ),
)

FAQ = (
    (
        "อบจ. ต่างจากเทศบาลและ อบต. อย่างไร",
        "อบจ. ดูแลพื้นที่ทั้งจังหวัดและจัดบริการสาธารณะที่คาบเกี่ยวหลายท้องถิ่น เช่น ถนนที่เชื่อมหลายตำบล โรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน และสนามกีฬาจังหวัด ส่วนเทศบาลและ อบต. ดูแลบริการในเขตของตนเอง",
    ),
    (
        "ถนนหน้าบ้านชำรุด ต้องแจ้งหน่วยงานใด",
        "ให้ตรวจสอบก่อนว่าถนนสายนั้นอยู่ในความรับผิดชอบของหน่วยงานใด หากเป็นถนนของ อบจ. จะมีป้ายรหัสสายทางขึ้นต้นด้วย พท.ถ. สามารถแจ้งกองช่างผ่านระบบยื่นคำร้องออนไลน์ หรือโทร 0-5561-2200 ต่อ 301 หากเป็นถนนในหมู่บ้านให้แจ้งเทศบาลหรือ อบต. ในพื้นที่",
    ),
    (
        "ขอยืมเต็นท์และเก้าอี้สำหรับงานบุญได้หรือไม่",
        "อบจ. ให้ยืมเต็นท์ เก้าอี้ และเครื่องเสียงสำหรับงานสาธารณประโยชน์และงานประเพณีของชุมชน โดยยื่นคำร้องล่วงหน้าอย่างน้อย 7 วัน ผู้ยืมต้องรับและส่งคืนเองที่โกดังพัสดุ อบจ. และรับผิดชอบความเสียหายที่เกิดขึ้น",
    ),
    (
        "ภาษีบำรุง อบจ. จากสถานพักแรมคืออะไร ใครต้องชำระ",
        "ผู้ประกอบการโรงแรม รีสอร์ต และสถานพักแรมทุกประเภทในจังหวัด ต้องเรียกเก็บภาษีบำรุง อบจ. จากผู้เข้าพักในอัตราร้อยละ 1 ของค่าเช่าห้องพัก และนำส่ง อบจ. ภายในวันที่ 15 ของเดือนถัดไป หากนำส่งล่าช้าต้องเสียเงินเพิ่มร้อยละ 1.5 ต่อเดือน",
    ),
    (
        "จะสมัครงานกับ อบจ. ได้อย่างไร",
        "ติดตามประกาศรับสมัครได้ที่หน้าประกาศรับสมัครงานของเว็บไซต์และบอร์ดประชาสัมพันธ์ของ อบจ. การสมัครต้องยื่นด้วยตนเองตามวันและเวลาที่กำหนดในประกาศแต่ละฉบับ อบจ. ไม่มีนโยบายเรียกเก็บเงินเพื่อฝากเข้าทำงาน หากพบผู้แอบอ้างให้แจ้งศูนย์รับเรื่องร้องเรียนทันที",
    ),
    (
        "รพ.สต. ที่ถ่ายโอนมาสังกัด อบจ. ยังใช้สิทธิบัตรทองได้หรือไม่",
        "ใช้ได้ตามปกติทุกสิทธิ ทั้งสิทธิหลักประกันสุขภาพแห่งชาติ สิทธิข้าราชการ และสิทธิประกันสังคมในส่วนบริการปฐมภูมิ การถ่ายโอนเปลี่ยนเพียงหน่วยงานต้นสังกัด ไม่กระทบสิทธิการรักษาของประชาชน",
    ),
    (
        "ขอใช้สนามกีฬากลางจังหวัดต้องทำอย่างไร",
        "ยื่นคำขอใช้สถานที่ที่กองการศึกษา ศาสนาและวัฒนธรรม ล่วงหน้าอย่างน้อย 15 วัน สถานศึกษาและหน่วยงานราชการใช้ได้โดยไม่เสียค่าธรรมเนียม ส่วนเอกชนต้องชำระค่าธรรมเนียมตามข้อบัญญัติ และชำระค่าไฟฟ้าในกรณีใช้ไฟสนามยามค่ำคืน",
    ),
    (
        "เกิดอุบัติเหตุหรือเจ็บป่วยฉุกเฉินต้องโทรหมายเลขใด",
        "โทร 1669 ศูนย์รับแจ้งเหตุและสั่งการจังหวัดภูผาทองซึ่ง อบจ. สนับสนุนงบประมาณ จะสั่งการหน่วยกู้ชีพที่ใกล้ที่สุดออกไปรับผู้ป่วยโดยไม่เสียค่าใช้จ่าย ตลอด 24 ชั่วโมง",
    ),
    (
        "ติดตามสถานะคำร้องออนไลน์ได้อย่างไร",
        "เมื่อยื่นคำร้องแล้วระบบจะแสดงเลขที่คำร้องและส่งสำเนาไปยังอีเมลที่ท่านกรอกไว้ ท่านสามารถนำเลขที่คำร้องไปตรวจสอบสถานะได้ที่หน้าบริการออนไลน์ หรือสอบถามทาง LINE OA ของ อบจ.",
    ),
    (
        "ขอรับทุนการศึกษาของ อบจ. ได้อย่างไร",
        "อบจ. เปิดรับสมัครทุนการศึกษาปีละครั้งในเดือนพฤษภาคม ผ่านสถานศึกษาที่นักเรียนกำลังศึกษาอยู่ ผู้สมัครต้องมีภูมิลำเนาในจังหวัดภูผาทองไม่น้อยกว่า 2 ปี และครอบครัวมีรายได้ไม่เกิน 100,000 บาทต่อปี",
    ),
    (
        "แจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ได้ที่ใด",
        "แจ้งได้ที่ศูนย์ปฏิบัติการต่อต้านการทุจริต อบจ.ภูผาทอง ทางจดหมายถึงนายก อบจ. โดยตรง ทางอีเมล หรือผ่านระบบยื่นคำร้องออนไลน์ โดยเลือกประเภทร้องเรียนการทุจริต ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ",
    ),
)

ESERVICES = (
    ("road", "แจ้งซ่อมถนนและสะพาน", "ส่งถึงกองช่าง"),
    ("machine", "ขอสนับสนุนเครื่องจักรกล", "สำหรับองค์กรปกครองส่วนท้องถิ่น"),
    ("equipment", "ขอยืมวัสดุอุปกรณ์", "เต็นท์ เก้าอี้ เครื่องเสียง"),
    ("stadium", "ขอใช้สนามกีฬา", "สนามกีฬากลางจังหวัด"),
    ("complaint", "ร้องเรียนร้องทุกข์", "รวมถึงเรื่องร้องเรียนการทุจริต"),
)

GALLERY = (
    (5012, "ภาพกิจกรรมวันเด็กแห่งชาติ 2567", "2024-01-13", 8),
    (5009, "ภาพบรรยากาศงานสงกรานต์ภูผาทอง 2567", "2024-04-13", 10),
    (5004, "ภาพกิจกรรมปลูกป่าเฉลิมพระเกียรติ 2566", "2023-07-28", 6),
    (4998, "ภาพงานลอยกระทงภูผาทอง 2565", "2022-11-08", 9),
    (4991, "ภาพการแข่งขันกีฬา อบจ.สัมพันธ์ 2565", "2022-09-17", 7),
)

CALENDAR_EVENTS = (
    ("2024-09-21", "ประชุมสภา อบจ. สมัยวิสามัญ"),
    ("2024-10-04", "หน่วยแพทย์เคลื่อนที่ อำเภอนาหลวง"),
    ("2024-10-13", "พิธีน้อมรำลึกในพระมหากรุณาธิคุณ"),
)

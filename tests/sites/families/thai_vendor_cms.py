# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""thai_vendor_cms: a Thai vendor PHP CMS with one front controller, ``index.php?url=<module>&code=<action>``.

เทศบาลตำบลดอนแก้วพัฒนา (fictional), อำเภอบรบือ จังหวัดมหาสารคาม.  Many เทศบาล/อบต. sites
sold by regional web companies look like this: every page is ``/index.php`` with query
parameters (``?url=about&code=history``, ``?url=news&code=view&id=1466``), a Bootstrap 3 theme
in the Kanit font, a ``<marquee>`` news ticker, a visitor counter, a poll, a month calendar in the
sidebar, and every date printed with Thai digits and a two-digit Buddhist-era year
(``๑๒ มี.ค. ๖๗``).

News items (ข่าวประชาสัมพันธ์ cat=1, ข่าวกิจกรรม cat=2, ประกาศ cat=3) live at
``/index.php?url=news&code=view&id=N``.  Category listings link them with the category
(``...&code=view&cat=2&id=N``: the same page) and every item links its print view
(``?url=news&code=print&id=N``): both are aliases.  The listing ``?url=news&code=list&cat=C``
shows 6 cards (thumbnail, date, excerpt, "อ่านต่อ") and a "โหลดเพิ่มเติม" button whose
no-JavaScript href is ``&offset=K+6``; the button is ALWAYS printed, and an offset past the end is
clamped to the last page, so the offsets go on for ever (trap 1).  The sidebar calendar links the
previous and next month (``?url=calendar&month=M&year=2567``), for any year (trap 2).
Tag pages ``?url=news&code=tag&tag=<Thai, percent-encoded>``, related items and the home page
(latest 4/4/5) are other ways in.  No sitemap, no feed, no previous/next links.

Photo albums (ภาพกิจกรรม) ``?url=gallery&code=view&id=N`` have many photos with short captions
and no text: not articles.  ``code=view`` with an unknown id answers 200 "ไม่พบข้อมูล" (soft-404);
the ITA page and the executives page still link two deleted items.  Unknown query parameters
are ignored (PHP), so ``&fbclid=...`` reaches the same page.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, MONTHS_ABBR, local_dt, thai_digits
from .common import add_jpeg, add_pdf, add_text, attr, esc, html_page

FAMILY = "thai_vendor_cms"
SITE = "เทศบาลตำบลดอนแก้วพัฒนา"
SHORT = "ทต.ดอนแก้วพัฒนา"
ADDRESS = "เลขที่ 99 หมู่ที่ 3 ตำบลดอนแก้ว อำเภอบรบือ จังหวัดมหาสารคาม 44130"
PHONE = "0-4377-0123"
PER_PAGE = 6
SITE_BUILT = datetime(2020, 6, 1, 9, 0)
NOW = date(2024, 8, 20)  # the day the crawl sees: the sidebar calendar shows this month
PR = "งานประชาสัมพันธ์"
HEALTH = "กองสาธารณสุขและสิ่งแวดล้อม"
CATEGORIES = {1: "ข่าวประชาสัมพันธ์", 2: "ข่าวกิจกรรม", 3: "ประกาศ/ประชาสัมพันธ์จัดซื้อจัดจ้าง"}
HEADERS = (("X-Powered-By", "PHP/7.4.33"), ("Cache-Control", "no-store, no-cache, must-revalidate"))


@dataclass(frozen=True)
class Item:
    cat: int
    title: str
    date: str
    time: str
    author: str | None
    paragraphs: tuple[str, ...]
    photos: int = 0
    tags: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()  # shown under the photos (empty: no captions)
    album: int | None = None  # index into ALBUMS
    attachment: str | None = None  # the PDF an announcement links


ITEMS: tuple[Item, ...] = (
    Item(
        1,
        "ขอเชิญชวนผู้เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566",
        "2023-01-10",
        "09:15",
        PR,
        (
            "เทศบาลตำบลดอนแก้วพัฒนา โดยกองคลัง ขอเชิญชวนเจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาล มาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ได้ที่งานจัดเก็บรายได้ สำนักงานเทศบาล ตั้งแต่บัดนี้จนถึงวันที่ 30 เมษายน 2566 ในวันและเวลาราชการ",
            "ผู้ที่ได้รับหนังสือแจ้งการประเมินภาษีแล้ว สามารถชำระผ่านแอปพลิเคชันของธนาคารโดยสแกนคิวอาร์โค้ดที่พิมพ์อยู่ท้ายหนังสือแจ้ง หรือชำระด้วยเงินสดที่เคาน์เตอร์ของเทศบาล",
            "หากชำระเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด สอบถามรายละเอียดเพิ่มเติมได้ที่ โทร 0-4377-0123 ต่อ 104",
        ),
        photos=1,
        tags=("ภาษี",),
    ),
    Item(
        2,
        "งานวันเด็กแห่งชาติ ประจำปี 2566",
        "2023-01-14",
        "16:40",
        "admin",
        ("เทศบาลตำบลดอนแก้วพัฒนาจัดงานวันเด็กแห่งชาติ ณ สนามหน้าสำนักงานเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 800 คน",),
        photos=6,
        tags=("เด็กและเยาวชน",),
        album=0,
    ),
    Item(
        3,
        "ประกาศเทศบาลตำบลดอนแก้วพัฒนา เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง",
        "2023-02-20",
        "08:45",
        None,
        (
            "ด้วยเทศบาลตำบลดอนแก้วพัฒนา มีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการเงินและบัญชี จำนวน ๑ อัตรา และพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน ๒ อัตรา",
            "ผู้สนใจยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัดเทศบาล ระหว่างวันที่ ๑ - ๑๐ มีนาคม ๒๕๖๖ ในวันและเวลาราชการ รายละเอียดตามประกาศแนบท้ายนี้",
        ),
        tags=("รับสมัครงาน",),
        attachment="ประกาศรับสมัครพนักงานจ้าง",
    ),
    Item(
        1,
        "ขอความร่วมมืองดเผาในที่โล่ง ลดปัญหาหมอกควันและฝุ่นละออง PM2.5",
        "2023-03-02",
        "14:30",
        PR,
        (
            "ในช่วงฤดูแล้งปีนี้ค่าฝุ่นละอองขนาดเล็ก PM2.5 ในพื้นที่จังหวัดมหาสารคามสูงเกินค่ามาตรฐานหลายวัน เทศบาลตำบลดอนแก้วพัฒนาจึงขอความร่วมมือเกษตรกรและประชาชนงดเผาตอซังข้าว เศษใบไม้ และขยะทุกชนิดในที่โล่ง",
            "แนะนำให้ไถกลบตอซังหรือนำเศษวัสดุการเกษตรไปทำปุ๋ยหมักแทน ผู้ที่พบเห็นการเผาสามารถแจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล โทร 1784 หรือสายด่วนของเทศบาลตลอด 24 ชั่วโมง",
        ),
        photos=1,
        tags=("ป้องกันภัย", "สิ่งแวดล้อม"),
    ),
    Item(
        2,
        "รดน้ำดำหัวขอพรผู้สูงอายุ สืบสานประเพณีสงกรานต์",
        "2023-04-12",
        "11:10",
        "admin",
        ("คณะผู้บริหารและพนักงานเทศบาลร่วมรดน้ำดำหัวขอพรผู้สูงอายุ ณ หอประชุมเทศบาล เนื่องในเทศกาลสงกรานต์ ประจำปี 2566",),
        photos=5,
        tags=("ผู้สูงอายุ", "ประเพณี"),
        album=1,
    ),
    Item(
        1,
        "แจ้งงดจ่ายน้ำประปาชั่วคราว หมู่ที่ 3 และหมู่ที่ 5",
        "2023-05-15",
        "16:05",
        "กองช่าง",
        (
            "เนื่องจากกองช่างจะเปลี่ยนท่อเมนประปาที่ชำรุดบริเวณสี่แยกบ้านดอนแก้ว จึงงดจ่ายน้ำประปาในหมู่ที่ 3 และหมู่ที่ 5 ในวันพุธที่ 17 พฤษภาคม 2566 ตั้งแต่เวลา 08.00 น. ถึง 16.00 น. ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า และขออภัยในความไม่สะดวก",
        ),
        tags=("ประปา",),
    ),
    Item(
        2,
        "วันสิ่งแวดล้อมโลก ร่วมปลูกต้นไม้รอบหนองดอนแก้ว",
        "2023-06-05",
        "15:00",
        PR,
        (
            "เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน เทศบาลตำบลดอนแก้วพัฒนาร่วมกับโรงเรียนบ้านดอนแก้วและชมรมผู้สูงอายุ ปลูกต้นไม้ยืนต้น 300 ต้น รอบหนองดอนแก้ว",
            "ต้นไม้ที่ปลูกส่วนใหญ่เป็นต้นยางนา ต้นพะยูง และต้นมะขาม ซึ่งได้รับการสนับสนุนกล้าไม้จากสถานีเพาะชำกล้าไม้จังหวัด นักเรียนแต่ละห้องจะรับผิดชอบดูแลรดน้ำต้นไม้คนละหนึ่งต้นจนกว่าจะเติบโต",
        ),
        photos=4,
        tags=("สิ่งแวดล้อม",),
    ),
    Item(
        1,
        "ประชาสัมพันธ์การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ สำหรับผู้ที่จะมีอายุครบ ๖๐ ปี ในปีงบประมาณ ๒๕๖๗",
        "2023-07-20",
        "10:00",
        PR,
        (
            "เทศบาลตำบลดอนแก้วพัฒนา ขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ ๖๐ ปีบริบูรณ์ ในปีงบประมาณ พ.ศ. ๒๕๖๗ และมีภูมิลำเนาอยู่ในเขตเทศบาล มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุล่วงหน้า",
            "ผู้ที่เกิดก่อนหรือในวันที่ ๑ กันยายน ๒๕๐๗ และยังไม่เคยลงทะเบียน ให้มาลงทะเบียนด้วยตนเองที่สำนักปลัดเทศบาล ตั้งแต่บัดนี้จนถึงวันที่ ๒๙ กันยายน ๒๕๖๖ ในวันและเวลาราชการ",
            "หลักฐานที่ต้องนำมา ได้แก่ บัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารที่ต้องการให้โอนเงิน กรณีผู้สูงอายุไม่สามารถมาได้ด้วยตนเอง ให้ผู้รับมอบอำนาจนำหนังสือมอบอำนาจมาแสดง",
            "หมายเหตุ ผู้ที่ย้ายภูมิลำเนาเข้ามาใหม่ต้องลงทะเบียนใหม่ที่เทศบาลแห่งใหม่ภายในปีที่ย้าย เพื่อไม่ให้การรับเงินขาดช่วง",
        ),
        tags=("ผู้สูงอายุ", "สวัสดิการ"),
    ),
    Item(
        2,
        "กิจกรรมเฉลิมพระเกียรติเนื่องในวันแม่แห่งชาติ",
        "2023-08-11",
        "17:30",
        "admin",
        ("เทศบาลตำบลดอนแก้วพัฒนาจัดกิจกรรมเฉลิมพระเกียรติเนื่องในวันแม่แห่งชาติ ประจำปี 2566 และมอบเกียรติบัตรแม่ดีเด่นประจำตำบล 12 คน",),
        photos=4,
        tags=("ประเพณี",),
    ),
    Item(
        3,
        "ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        "2023-09-25",
        "15:30",
        None,
        (
            "ตามที่สภาเทศบาลตำบลดอนแก้วพัฒนาได้มีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และนายอำเภอบรบือได้อนุมัติแล้ว เทศบาลจึงประกาศใช้เทศบัญญัติดังกล่าว ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๖ เป็นต้นไป",
            "งบประมาณรายจ่ายทั้งสิ้น ๔๒,๕๐๐,๐๐๐ บาท ประชาชนสามารถตรวจดูรายละเอียดได้จากเอกสารแนบ หรือที่ศูนย์ข้อมูลข่าวสารของเทศบาล",
        ),
        tags=("งบประมาณ", "ITA"),
        attachment="เทศบัญญัติงบประมาณรายจ่าย 2567",
    ),
    Item(
        1,
        "เทศบาลเดินหน้าโครงการคัดแยกขยะต้นทาง ตั้งเป้าลดขยะเข้าบ่อฝังกลบร้อยละ 30",
        "2023-10-03",
        "11:20",
        PR,
        (
            "นายประเสริฐ ศรีดอนแก้ว นายกเทศมนตรีตำบลดอนแก้วพัฒนา เปิดเผยว่า ปริมาณขยะมูลฝอยในเขตเทศบาลเพิ่มขึ้นทุกปี ปัจจุบันมีขยะเข้าสู่บ่อฝังกลบเฉลี่ยวันละ 11 ตัน ทำให้บ่อฝังกลบเดิมใกล้เต็มเร็วกว่าที่คาดไว้",
            "เทศบาลจึงจัดทำโครงการคัดแยกขยะต้นทาง โดยแจกถังขยะเปียกสำหรับทำปุ๋ยหมักให้ทุกครัวเรือน และตั้งธนาคารขยะรีไซเคิลประจำหมู่บ้าน ซึ่งเปิดรับซื้อขวดพลาสติก กระป๋องอะลูมิเนียม และกระดาษทุกวันเสาร์แรกของเดือน",
            "ขยะอันตราย เช่น หลอดไฟ ถ่านไฟฉาย และกระป๋องสเปรย์ ให้นำมาทิ้งที่จุดรับขยะอันตรายหน้าสำนักงานเทศบาลและที่ศาลาประชาคมทุกหมู่บ้าน เพื่อส่งไปกำจัดอย่างถูกวิธี",
            "ในระยะแรกเทศบาลได้คัดเลือกหมู่ที่ 2 และหมู่ที่ 6 เป็นหมู่บ้านนำร่อง ผลการดำเนินงาน 3 เดือนพบว่าปริมาณขยะที่เก็บขนจากสองหมู่บ้านลดลงร้อยละ 22",
            "นายกเทศมนตรีฯ ขอเชิญชวนทุกครัวเรือนร่วมคัดแยกขยะตั้งแต่ในบ้าน หมู่บ้านที่ลดปริมาณขยะได้มากที่สุดในปีงบประมาณ 2567 จะได้รับงบประมาณสนับสนุนกิจกรรมของชุมชน 50,000 บาท",
        ),
        photos=3,
        tags=("สิ่งแวดล้อม",),
    ),
    Item(
        2,
        "ประเพณีลอยกระทง ประจำปี 2566",
        "2023-11-27",
        "21:15",
        "admin",
        (
            "คืนวันเพ็ญเดือนสิบสอง เทศบาลจัดงานประเพณีลอยกระทง ณ หนองดอนแก้ว มีการประกวดกระทงจากวัสดุธรรมชาติและการประกวดนางนพมาศ ประชาชนร่วมงานคึกคัก",
        ),
        photos=6,
        tags=("ประเพณี",),
        album=3,
    ),
    Item(
        1,
        "ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        "2023-12-01",
        "09:00",
        PR,
        (
            "ประชาชนที่พบเห็นการทุจริตหรือการประพฤติมิชอบของเจ้าหน้าที่เทศบาล สามารถแจ้งเรื่องได้ 4 ช่องทาง ได้แก่ ยื่นหนังสือด้วยตนเองที่ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล ส่งไปรษณีย์ โทรศัพท์ 0-4377-0123 ต่อ 101 และกรอกแบบฟอร์มร้องเรียนออนไลน์บนเว็บไซต์ของเทศบาล",
            "ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ และเทศบาลจะแจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วันทำการนับจากวันที่ได้รับเรื่อง",
        ),
        tags=("ITA",),
    ),
    Item(
        3,
        "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโนนรัง หมู่ที่ ๔",
        "2024-01-05",
        "11:00",
        None,
        (
            "เทศบาลตำบลดอนแก้วพัฒนา ประกาศผู้ชนะการเสนอราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโนนรัง หมู่ที่ ๔ ด้วยวิธีเฉพาะเจาะจง ได้แก่ ห้างหุ้นส่วนจำกัด บรบือการโยธา เสนอราคาเป็นเงินทั้งสิ้น ๔๘๖,๐๐๐ บาท",
        ),
        tags=("จัดซื้อจัดจ้าง",),
        attachment="ประกาศผู้ชนะการเสนอราคา",
    ),
    Item(
        2,
        "อบรมการช่วยฟื้นคืนชีพขั้นพื้นฐาน (CPR) และการใช้เครื่อง AED",
        "2024-01-24",
        "15:50",
        HEALTH,
        (
            "เมื่อวันที่ 23 - 24 มกราคม 2567 เทศบาลตำบลดอนแก้วพัฒนา โดยกองสาธารณสุขและสิ่งแวดล้อม จัดอบรมเชิงปฏิบัติการการช่วยฟื้นคืนชีพขั้นพื้นฐานและการใช้เครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ (AED) ให้แก่อาสาสมัครสาธารณสุขประจำหมู่บ้าน ครูศูนย์พัฒนาเด็กเล็ก และพนักงานเทศบาล รวม 85 คน",
            "วิทยากรจากโรงพยาบาลบรบือบรรยายการประเมินผู้หมดสติ การกดหน้าอกที่ถูกต้อง ความลึก 5 - 6 เซนติเมตร อัตรา 100 - 120 ครั้งต่อนาที และการโทรแจ้งสายด่วน 1669 ก่อนเริ่มช่วยเหลือ",
            "ช่วงบ่ายผู้เข้าอบรมแบ่งกลุ่มฝึกปฏิบัติกับหุ่นจำลองทีละคน และฝึกใช้เครื่อง AED จำลองตามสถานการณ์ต่าง ๆ เช่น ผู้ป่วยหมดสติในตลาดสด และผู้ประสบเหตุจมน้ำ",
            "ปัจจุบันเทศบาลติดตั้งเครื่อง AED แล้ว 3 จุด ได้แก่ สำนักงานเทศบาล ตลาดสดเทศบาล และสนามกีฬากลาง ประชาชนสามารถนำไปใช้ได้ทันทีเมื่อพบผู้ป่วยหัวใจหยุดเต้น",
        ),
        photos=4,
        tags=("สาธารณสุข",),
        captions=("วิทยากรสาธิตการกดหน้าอก", "อสม. ฝึกปฏิบัติกับหุ่นจำลอง", "การฝึกใช้เครื่อง AED", "ผู้เข้าอบรมถ่ายภาพร่วมกัน"),
        album=5,
    ),
    Item(
        1,
        "ยื่นขออนุญาตก่อสร้างอาคารผ่านระบบออนไลน์ได้แล้ว",
        "2024-02-14",
        "13:40",
        PR,
        (
            "ตั้งแต่วันที่ 1 มีนาคม 2567 เป็นต้นไป ประชาชนที่ประสงค์จะก่อสร้าง ดัดแปลง หรือรื้อถอนอาคารในเขตเทศบาลตำบลดอนแก้วพัฒนา สามารถยื่นคำขออนุญาตผ่านระบบ e-Permit ของกรมโยธาธิการและผังเมืองได้โดยไม่ต้องเดินทางมาที่สำนักงาน",
            "ผู้ยื่นคำขอต้องแนบแบบแปลน รายการคำนวณ และสำเนาโฉนดที่ดินเป็นไฟล์ PDF เจ้าหน้าที่กองช่างจะตรวจสอบเอกสารและนัดหมายออกตรวจสถานที่ภายใน 7 วันทำการ",
        ),
        photos=1,
        tags=("บริการประชาชน",),
    ),
    Item(
        2,
        "กิจกรรมวันท้องถิ่นไทย 18 มีนาคม 2567",
        "2024-03-18",
        "10:20",
        "admin",
        (
            "นายกเทศมนตรีตำบลดอนแก้วพัฒนา นำคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ถวายราชสักการะพระบรมรูปรัชกาลที่ 5 และร่วมกันทำความสะอาดตลาดสดเทศบาล เนื่องในวันท้องถิ่นไทย",
        ),
        photos=5,
        tags=("ประเพณี",),
        album=6,
    ),
    Item(
        3,
        "ประกาศรับฟังความคิดเห็นต่อร่างเทศบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสุนัขและแมว",
        "2024-04-22",
        "09:30",
        None,
        (
            "เทศบาลตำบลดอนแก้วพัฒนาได้จัดทำร่างเทศบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสุนัขและแมว พ.ศ. .... เพื่อแก้ไขปัญหาสุนัขและแมวจรจัด และป้องกันโรคพิษสุนัขบ้าในชุมชน",
            "ร่างเทศบัญญัติกำหนดให้เจ้าของต้องขึ้นทะเบียนสัตว์เลี้ยง พาสัตว์ไปฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าตามกำหนด และห้ามปล่อยสุนัขออกนอกบริเวณบ้านโดยไม่มีผู้ควบคุม",
            "ขอเชิญประชาชนแสดงความคิดเห็นต่อร่างดังกล่าวได้ตั้งแต่วันที่ ๒๒ เมษายน ถึงวันที่ ๒๑ พฤษภาคม ๒๕๖๗ โดยกรอกแบบแสดงความคิดเห็นที่แนบท้ายประกาศ แล้วส่งที่กองสาธารณสุขและสิ่งแวดล้อม หรือทางอีเมลของเทศบาล",
        ),
        tags=("สาธารณสุข",),
        attachment="ร่างเทศบัญญัติควบคุมสุนัขและแมว",
    ),
    Item(
        1,
        "เตือนภัยพายุฤดูร้อน ขอให้ประชาชนเตรียมพร้อมรับมือ",
        "2024-05-08",
        "18:25",
        PR,
        (
            "ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลตำบลดอนแก้วพัฒนา แจ้งเตือนว่าระหว่างวันที่ 9 - 12 พฤษภาคม 2567 จะมีพายุฝนฟ้าคะนองและลมกระโชกแรงในพื้นที่ ขอให้ประชาชนตรวจสอบหลังคาบ้าน ตัดแต่งกิ่งไม้ใกล้บ้าน และหลีกเลี่ยงการอยู่ใต้ต้นไม้ใหญ่หรือป้ายโฆษณา",
            "หากได้รับความเดือดร้อนจากพายุ แจ้งขอความช่วยเหลือได้ที่เบอร์ 0-4377-0199 ตลอด 24 ชั่วโมง",
        ),
        tags=("ป้องกันภัย",),
    ),
    Item(
        3,
        "ประกาศรับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลตำบลดอนแก้วพัฒนา ภาคเรียนที่ ๒/๒๕๖๗",
        "2024-06-17",
        "13:00",
        None,
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลดอนแก้วพัฒนา เปิดรับสมัครเด็กที่มีอายุ ๒ ปี ถึง ๓ ปี (เกิดระหว่างวันที่ ๑ มกราคม ๒๕๖๔ ถึงวันที่ ๓๑ ธันวาคม ๒๕๖๕) เข้าเรียนในภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๗ จำนวน ๒๕ คน",
            "รับสมัครระหว่างวันที่ ๑ - ๓๑ กรกฎาคม ๒๕๖๗ ณ ศูนย์พัฒนาเด็กเล็ก ในวันและเวลาราชการ เอกสารที่ใช้สมัคร ได้แก่ สำเนาสูติบัตร สำเนาทะเบียนบ้านของเด็กและผู้ปกครอง และรูปถ่ายเด็กขนาด ๑ นิ้ว จำนวน ๓ รูป",
            "เด็กทุกคนได้รับอาหารกลางวัน อาหารเสริม (นม) และวัสดุการศึกษาโดยไม่เสียค่าใช้จ่าย",
        ),
        tags=("การศึกษา", "เด็กและเยาวชน"),
        attachment="ประกาศรับสมัครเด็ก ศพด.",
    ),
    Item(
        2,
        "เทศบาลเคลื่อนที่พบประชาชน ครั้งที่ 3/2567 ณ บ้านหนองผือ",
        "2024-07-02",
        "14:15",
        PR,
        (
            "เทศบาลตำบลดอนแก้วพัฒนาออกหน่วยเทศบาลเคลื่อนที่พบประชาชน ครั้งที่ 3/2567 ณ ศาลาประชาคมบ้านหนองผือ หมู่ที่ 7 ให้บริการรับชำระภาษี รับลงทะเบียนเบี้ยยังชีพ ตรวจวัดความดันโลหิตและระดับน้ำตาลในเลือด ตัดผมฟรี และรับเรื่องร้องทุกข์",
            "ในวันดังกล่าวมีประชาชนมาใช้บริการ 236 คน เรื่องที่ประชาชนร้องขอมากที่สุด คือ การซ่อมไฟส่องสว่างในซอย และการขุดลอกรางระบายน้ำก่อนฤดูฝน ซึ่งนายกเทศมนตรีได้มอบหมายให้กองช่างดำเนินการภายในเดือนกรกฎาคม",
        ),
        photos=3,
        tags=("บริการประชาชน",),
    ),
    Item(
        1,
        "รายงานผลการดำเนินงานรอบ 9 เดือน ปีงบประมาณ 2567",
        "2024-08-06",
        "10:30",
        PR,
        (
            "เทศบาลตำบลดอนแก้วพัฒนาขอรายงานผลการดำเนินงานในรอบ 9 เดือนแรกของปีงบประมาณ พ.ศ. 2567 (ตุลาคม 2566 - มิถุนายน 2567) ตามแผนการดำเนินงานประจำปี ให้ประชาชนได้รับทราบ",
            "ด้านรายรับ เทศบาลจัดเก็บรายได้ได้แล้ว 31.7 ล้านบาท คิดเป็นร้อยละ 78.4 ของประมาณการทั้งปี รายได้ที่จัดเก็บเองเพิ่มขึ้นจากปีก่อนเล็กน้อย เนื่องจากการชำระภาษีที่ดินและสิ่งปลูกสร้างผ่านช่องทางออนไลน์",
            "ด้านโครงสร้างพื้นฐาน ได้ก่อสร้างถนนคอนกรีตเสริมเหล็กแล้วเสร็จ 5 สาย ปรับปรุงรางระบายน้ำในหมู่ที่ 1 และหมู่ที่ 4 และติดตั้งไฟส่องสว่างพลังงานแสงอาทิตย์เพิ่มอีก 40 ต้น ส่วนโครงการวางท่อประปาหมู่ที่ 7 อยู่ระหว่างดำเนินการ",
            "ด้านสาธารณสุขและสิ่งแวดล้อม ได้ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าครบทุกหมู่บ้าน พ่นหมอกควันกำจัดยุงลาย 3 รอบ และขยายโครงการคัดแยกขยะต้นทางจาก 2 หมู่บ้านเป็น 6 หมู่บ้าน",
            "ด้านการศึกษาและสวัสดิการสังคม ได้จ่ายเบี้ยยังชีพผู้สูงอายุ 1,268 ราย ผู้พิการ 214 ราย ตรงตามกำหนดทุกเดือน และสนับสนุนอาหารกลางวันและอาหารเสริม (นม) ให้แก่ศูนย์พัฒนาเด็กเล็กและโรงเรียนในเขตเทศบาลครบถ้วน",
            "ประชาชนสามารถดาวน์โหลดรายงานฉบับเต็มได้ที่เมนูดาวน์โหลดเอกสาร หรือขอดูได้ที่ศูนย์ข้อมูลข่าวสารของเทศบาลในวันและเวลาราชการ",
        ),
        photos=2,
        tags=("ITA", "ผลการดำเนินงาน"),
    ),
)

# Photo albums: (title, date, photo count, short captions cycled over the photos).
ALBUMS: tuple[tuple[str, str, int, tuple[str, ...]], ...] = (
    ("ภาพกิจกรรมงานวันเด็กแห่งชาติ ๒๕๖๖", "2023-01-14", 12, ("พิธีเปิดงาน", "การแสดงของนักเรียน", "เกมชิงรางวัล", "ซุ้มอาหาร")),
    ("ภาพกิจกรรมรดน้ำดำหัวผู้สูงอายุ ๒๕๖๖", "2023-04-12", 10, ("รดน้ำขอพร", "ผู้สูงอายุร่วมงาน", "การแสดงรำวง")),
    ("ภาพกิจกรรมกีฬาสีสัมพันธ์เทศบาล ๒๕๖๖", "2023-09-08", 14, ("ขบวนพาเหรด", "ฟุตบอล", "วอลเลย์บอล", "ชักเย่อ", "มอบถ้วยรางวัล")),
    ("ภาพกิจกรรมประเพณีลอยกระทง ๒๕๖๖", "2023-11-27", 16, ("ประกวดกระทง", "ประกวดนางนพมาศ", "บรรยากาศริมหนอง", "พิธีเปิด")),
    ("ภาพกิจกรรมทำบุญตักบาตรวันขึ้นปีใหม่ ๒๕๖๗", "2024-01-01", 9, ("ตักบาตรข้าวสารอาหารแห้ง", "พระสงฆ์ให้พร")),
    ("ภาพการอบรม CPR และการใช้เครื่อง AED", "2024-01-24", 10, ("ฝึกปฏิบัติ", "บรรยายภาคทฤษฎี", "ทดสอบหลังอบรม")),
    ("ภาพกิจกรรมวันท้องถิ่นไทย ๒๕๖๗", "2024-03-18", 8, ("ถวายราชสักการะ", "ทำความสะอาดตลาด")),
    ("ภาพกิจกรรม Big Cleaning Day ตลาดสดเทศบาล", "2024-05-25", 11, ("ล้างตลาด", "เก็บขยะ", "ฉีดพ่นฆ่าเชื้อ")),
)
ALBUMS_PER_PAGE = 6
ALBUM_FIRST_ID = 214
DELETED_NEWS_ID = 1493  # linked from the ITA page, answers "ไม่พบข้อมูล"
DELETED_ALBUM_ID = 209  # linked from the executives page

DOWNLOADS = {
    1: (
        "ITA การเปิดเผยข้อมูลสาธารณะ",
        (
            ("o1", "O1 โครงสร้างหน่วยงาน"),
            ("o2", "O2 ข้อมูลผู้บริหาร"),
            ("o9", "O9 แผนดำเนินงานประจำปี 2567"),
            ("o12", "O12 รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน"),
            ("o20", "O20 แผนการจัดซื้อจัดจ้าง ประจำปี 2567"),
            ("o33", "O33 รายงานผลการดำเนินการเรื่องร้องเรียนการทุจริต"),
        ),
    ),
    2: (
        "แผนพัฒนาท้องถิ่น",
        (
            ("plan-2566-2570", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"),
            ("plan-2566-2570-add1", "แผนพัฒนาท้องถิ่น เพิ่มเติม ครั้งที่ 1/2567"),
        ),
    ),
    3: (
        "แบบฟอร์มสำหรับประชาชน",
        (
            ("form-complaint", "แบบฟอร์มคำร้องทั่วไป"),
            ("form-building", "แบบคำขออนุญาตก่อสร้างอาคาร (ข.1)"),
            ("form-elderly", "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ"),
        ),
    ),
}


def _news_ids() -> list[int]:
    ids, n = [], 1452
    for k in range(len(ITEMS)):
        n += 2 + (k * 5) % 4  # deleted and draft items leave gaps
        ids.append(n)
    return ids


def short_date(d: date) -> str:
    """'๑๒ มี.ค. ๖๗': Thai digits, two-digit Buddhist-era year."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {(d.year + 543) % 100:02d}")


def long_date(d: date) -> str:
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def views(n: int) -> str:
    return thai_digits(f"{(n * 37) % 900 + 45:,}")


def q(**params: object) -> str:
    """A relative link to the front controller, as the templates print it (&amp;)."""
    return "index.php?" + "&amp;".join(f"{k}={v}" for k, v in params.items())


def news_href(news_id: int, cat: int | None = None) -> str:
    return q(url="news", code="view", cat=cat, id=news_id) if cat else q(url="news", code="view", id=news_id)


def tag_href(tag: str) -> str:
    return q(url="news", code="tag", tag=quote(tag))


class ThaiVendorSite(FixtureSite):
    """index.php answers any parameters: unknown ones are ignored, unknown ids and offsets too."""

    renderer: _Renderer

    def route(self, path_and_query: str) -> Response | None:
        found = super().route(path_and_query)
        if found is not None:
            return found
        parts = urlsplit(path_and_query)
        if parts.path != "/index.php":
            return None
        return self.renderer.dynamic(dict(parse_qsl(parts.query, keep_blank_values=True)))


def build(base_url: str) -> FixtureSite:
    site = ThaiVendorSite(
        FAMILY,
        base_url,
        disallowed_paths=["/admin/", "/backend/"],
        server_software="Apache/2.4.41 (Ubuntu)",
    )
    site.renderer = _Renderer(site)
    site.renderer.register()
    return site


def _trap_patterns() -> list[str]:
    """Load-more offsets past each category's last page, and the calendar (any order of parameters)."""
    per_cat = []
    for cat in CATEGORIES:
        count = sum(1 for item in ITEMS if item.cat == cat)
        valid = "|".join(str(k) for k in range(0, count, PER_PAGE))
        per_cat.append(rf"(?=(?:.*&)?cat={cat}(?:&|$))(?=(?:.*&)?offset=(?!(?:{valid})(?:&|$)))")
    return [
        r"^/index\.php\?(?=(?:.*&)?url=news(?:&|$))(?=(?:.*&)?code=list(?:&|$))(?:" + "|".join(per_cat) + ")",
        r"^/index\.php\?(?:.*&)?url=calendar(?:&|$)",
    ]


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.base = site, site.base_url
        self.news = list(zip(_news_ids(), ITEMS, strict=True))  # oldest first
        self.by_id = {i: s for i, s in self.news}
        self.newest = list(reversed(self.news))
        self.albums = [(ALBUM_FIRST_ID + 3 * n + n % 2, a) for n, a in enumerate(ALBUMS)]
        self.album_ids = {aid for aid, _ in self.albums}
        self.album_of = {n: aid for n, (aid, _) in enumerate(self.albums)}
        self.tags: dict[str, list[int]] = {}
        for news_id, item in self.newest:
            for tag in item.tags:
                self.tags.setdefault(tag, []).append(news_id)

    # -- registration -----------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.base
        site.trap_patterns = _trap_patterns()
        for news_id, item in self.news:
            dt = local_dt(item.date, item.time)
            for k in range(1, item.photos + 1):
                add_jpeg(site, self.photo(news_id, dt, k), 1024, 683, dt)
            if item.attachment:
                add_pdf(
                    site, self.attachment(news_id), f"Announcement {news_id}", [f"Ref. {news_id}/{dt.year + 543}"], dt
                )
            page = self.article(news_id, item)
            site.add(f"/index.php?url=news&code=view&id={news_id}", page)
            site.add(f"/index.php?url=news&code=view&cat={item.cat}&id={news_id}", page)
            site.add(f"/index.php?url=news&code=print&id={news_id}", self.print_view(news_id, item))
            site.articles.append(
                FixtureArticle(
                    url=f"{b}/index.php?url=news&code=view&id={news_id}",
                    aliases=(
                        f"{b}/index.php?url=news&code=view&cat={item.cat}&id={news_id}",
                        f"{b}/index.php?url=news&code=print&id={news_id}",
                    ),
                    title=item.title,
                    paragraphs=item.paragraphs,
                    published=item.date,
                    author=item.author,
                    captions=item.captions,
                )
            )
        home = self.frame(SITE, self.home(), home=True)
        site.add("/", home)
        site.add("/index.php", home)
        site.non_articles += [b + "/", b + "/index.php"]
        for cat in CATEGORIES:
            count = sum(1 for _, item in self.news if item.cat == cat)
            site.add(f"/index.php?url=news&code=list&cat={cat}", self.listing(cat, 0))
            site.non_articles.append(f"{b}/index.php?url=news&code=list&cat={cat}")
            for offset in range(PER_PAGE, count, PER_PAGE):
                site.add(f"/index.php?url=news&code=list&cat={cat}&offset={offset}", self.listing(cat, offset))
                site.non_articles.append(f"{b}/index.php?url=news&code=list&cat={cat}&offset={offset}")
        for tag in self.tags:
            site.add(f"/index.php?url=news&code=tag&tag={quote(tag)}", self.tag_page(tag))
            site.non_articles.append(f"{b}/index.php?url=news&code=tag&tag={quote(tag)}")
        pages = -(-len(self.albums) // ALBUMS_PER_PAGE)
        for n in range(1, pages + 1):
            path = "/index.php?url=gallery&code=list" + (f"&page={n}" if n > 1 else "")
            site.add(path, self.album_list(n, pages))
            site.non_articles.append(b + path)
        for album_id, album in self.albums:
            dt = local_dt(album[1], "17:00")
            for k in range(1, album[2] + 1):
                add_jpeg(site, self.album_photo(album_id, dt, k), 1280, 853, dt)
            site.add(f"/index.php?url=gallery&code=view&id={album_id}", self.album(album_id, album))
            site.non_articles.append(f"{b}/index.php?url=gallery&code=view&id={album_id}")
        for path, title, body in self.static_pages():
            site.add(path, self.frame(title, self.boxed(title, body)))
            site.non_articles.append(b + path)
        for cat, (title, files) in DOWNLOADS.items():
            for slug, _label in files:
                add_pdf(site, f"/upload/download/{slug}.pdf", slug.upper(), [f"Donkaew Phatthana: {slug}"], SITE_BUILT)
            path = f"/index.php?url=download&code=list&cat={cat}"
            site.add(path, self.frame(title, self.download_page(cat)))
            site.non_articles.append(b + path)
        site.add("/index.php?url=poll&code=result&id=7", self.frame("ผลการสำรวจความคิดเห็น", self.poll_result()))
        site.non_articles.append(f"{b}/index.php?url=poll&code=result&id=7")
        # Soft-404s the site still links, and this month's calendar page (the first step of the trap).
        site.non_articles += [
            f"{b}/index.php?url=news&code=view&id={DELETED_NEWS_ID}",
            f"{b}/index.php?url=gallery&code=view&id={DELETED_ALBUM_ID}",
            f"{b}/index.php?url=calendar&month={NOW.month}&year={NOW.year + 543}",
        ]
        site.add(
            "/admin/login.php",
            html_page(
                '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Administrator Login</title></head><body><form method="post" action="login.php"><input name="user"><input type="password" name="pass"><button>Login</button></form></body></html>'
            ),
        )
        site.add(
            "/robots.txt",
            html_page("User-agent: *\nDisallow: /admin/\nDisallow: /backend/\n", "text/plain; charset=utf-8"),
        )
        add_text(site, "/template/default/css/bootstrap.min.css", "/* bootstrap 3.4.1 */\n", "text/css")
        add_text(site, "/template/default/css/style.css?v=2.3", "body{font-family:Kanit,sans-serif}\n", "text/css")
        add_text(site, "/template/default/js/jquery.min.js", "/* jquery 1.12.4 */\n", "application/javascript")
        add_text(
            site, "/template/default/js/main.js?v=2.3", "function loadMore(a){return true}\n", "application/javascript"
        )
        for path, w, h in (
            ("/template/default/images/logo.png", 110, 110),
            ("/template/default/images/nophoto.jpg", 400, 267),
            ("/upload/banner/slide1.jpg", 1170, 380),
            ("/upload/banner/slide2.jpg", 1170, 380),
            ("/upload/banner/ita.jpg", 262, 90),
            ("/upload/person/mayor.jpg", 220, 270),
            ("/upload/person/deputy1.jpg", 160, 200),
            ("/upload/person/deputy2.jpg", 160, 200),
            ("/upload/person/clerk.jpg", 160, 200),
        ):
            add_jpeg(site, path, w, h, SITE_BUILT)

    # -- dynamic answers ----------------------------------------------------------
    def dynamic(self, params: dict[str, str]) -> Response | None:
        module, code = params.get("url", ""), params.get("code", "")
        if module == "news" and code in ("view", "print"):
            news_id = _int(params.get("id"))
            if news_id in self.by_id:
                item = self.by_id[news_id]
                return self.article(news_id, item) if code == "view" else self.print_view(news_id, item)
            return self.missing()
        if module == "news" and code == "list" and _int(params.get("cat")) in CATEGORIES:
            return self.listing(_int(params.get("cat")), max(0, _int(params.get("offset"))))
        if module == "news" and code == "tag" and params.get("tag") in self.tags:
            return self.tag_page(params["tag"])
        if module == "gallery" and code == "view":
            album_id = _int(params.get("id"))
            for aid, album in self.albums:
                if aid == album_id:
                    return self.album(aid, album)
            return self.missing()
        if module == "calendar":
            month, year = _int(params.get("month")), _int(params.get("year"))
            if 1 <= month <= 12 and 1 <= year <= 9999:
                return self.calendar_page(month, year)
            return self.calendar_page(NOW.month, NOW.year + 543)
        # Anything else: drop the parameters this module does not read and look again.
        known = {"url", "code", "cat", "id", "page", "offset", "tag", "month", "year"}
        kept = {k: v for k, v in params.items() if k in known}
        if kept != params:
            target = "/index.php" + ("?" + "&".join(f"{k}={v}" for k, v in kept.items()) if kept else "")
            return FixtureSite.route(self.site, target)
        return None

    def missing(self) -> Response:
        return self.frame(
            "ไม่พบข้อมูล",
            '<div class="panel panel-default"><div class="panel-body text-center" style="padding:60px 0">'
            '<img src="template/default/images/logo.png" width="60" alt=""><h3 class="text-danger">ไม่พบข้อมูลที่ท่านต้องการ</h3>'
            '<p>ข้อมูลนี้อาจถูกลบหรือย้ายไปแล้ว</p><a href="./" class="btn btn-default">กลับหน้าหลัก</a></div></div>',
        )

    # -- paths -----------------------------------------------------------------------
    def photo(self, news_id: int, dt: datetime, k: int) -> str:
        return f"/upload/news/{dt.year + 543}/{dt:%m}/{news_id}_{k}.jpg"

    def thumb(self, news_id: int, item: Item) -> str:
        if item.photos:
            return self.photo(news_id, local_dt(item.date, item.time), 1)[1:]
        return "template/default/images/nophoto.jpg"

    def attachment(self, news_id: int) -> str:
        return f"/upload/news/file/{news_id}.pdf"

    def album_photo(self, album_id: int, dt: datetime, k: int) -> str:
        return f"/upload/gallery/{dt.year + 543}/{album_id}/{k:02d}.jpg"

    # -- template ------------------------------------------------------------------
    def frame(self, title: str, content: str, home: bool = False, og_url: str | None = None) -> Response:
        ticker = " &nbsp;★&nbsp; ".join(f'<a href="{news_href(i)}">{esc(s.title)}</a>' for i, s in self.newest[:5])
        nav = "\n".join(
            (
                f'<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">{label} <span class="caret"></span></a>'
                f'<ul class="dropdown-menu">{_menu(sub)}</ul></li>'
            )
            if sub
            else f'<li><a href="{href}">{label}</a></li>'
            for href, label, sub in _NAV
        )
        slider = (
            '<div id="slide" class="carousel slide" data-ride="carousel"><div class="carousel-inner">'
            '<div class="item active"><img src="upload/banner/slide1.jpg" alt=""></div>'
            '<div class="item"><img src="upload/banner/slide2.jpg" alt=""></div></div></div>'
            if home
            else ""
        )
        og = (
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(title)}">\n<meta property="og:url" content="{attr(og_url)}">\n'
            if og_url
            else ""
        )
        return html_page(
            f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} :: {SITE}</title>
<meta name="keywords" content="{SITE}, {SHORT}, ดอนแก้ว, บรบือ, มหาสารคาม">
{og}<link href="template/default/css/bootstrap.min.css" rel="stylesheet">
<link href="template/default/css/style.css?v=2.3" rel="stylesheet">
<link href="https://fonts.googleapis.com/css?family=Kanit:300,400&amp;subset=thai" rel="stylesheet">
<link rel="shortcut icon" href="template/default/images/logo.png">
</head>
<body>
<div class="top-bar"><div class="container">
<span class="pull-left">ขนาดตัวอักษร <a href="javascript:fontSize(-1)">ก-</a> <a href="javascript:fontSize(0)">ก</a> <a href="javascript:fontSize(1)">ก+</a></span>
<span class="pull-right"><a href="https://www.facebook.com/donkaewphatthana" target="_blank">Facebook</a> | <a href="{q(url="contact")}">ติดต่อเรา</a> | <a href="admin/login.php">เข้าสู่ระบบ</a></span>
</div></div>
<div class="header"><div class="container">
<a href="./"><img src="template/default/images/logo.png" class="logo" width="110" height="110" alt="{SITE}"></a>
<div class="site-name"><h1>{SITE}</h1><h4>Donkaew Phatthana Subdistrict Municipality</h4></div>
</div></div>
<nav class="navbar navbar-default navbar-main"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="menu"><ul class="nav navbar-nav">
{nav}
</ul>
<form class="navbar-form navbar-right" action="index.php" method="get"><input type="hidden" name="url" value="search"><input type="text" name="keyword" class="form-control input-sm" placeholder="ค้นหา..."></form>
</div></div></nav>
<div class="ticker"><div class="container"><span class="ticker-label">ข่าวล่าสุด</span>
<marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">{ticker}</marquee>
</div></div>
{slider}
<div class="container main">
<div class="row">
<div class="col-md-9 content">
{content}
</div>
<div class="col-md-3 sidebar">
{self.sidebar()}
</div>
</div>
</div>
<div class="footer"><div class="container">
<div class="row"><div class="col-md-8"><b>{SITE}</b><br>{ADDRESS}<br>โทรศัพท์ {PHONE} โทรสาร 0-4377-0124<br>อีเมล saraban@donkaewphatthana.go.th</div>
<div class="col-md-4 text-right"><a href="{q(url="contact")}">แผนที่ / ติดต่อเรา</a><br><a href="{q(url="download", code="list", cat=1)}">ITA</a></div></div>
<div class="copyright">Copyright &copy; 2563 {SITE} สงวนลิขสิทธิ์ | ออกแบบและพัฒนาโดย บริษัท อีสานเว็บโซลูชั่น จำกัด</div>
</div></div>
<script src="template/default/js/jquery.min.js"></script>
<script src="template/default/js/main.js?v=2.3"></script>
<script>function fontSize(n){{document.body.style.fontSize=(n?100+n*10:100)+'%';}}</script>
</body>
</html>
""",
            extra=HEADERS,
        )

    def sidebar(self) -> str:
        return f"""<div class="box box-mayor text-center"><img src="upload/person/mayor.jpg" width="220" height="270" alt="นายก" class="img-responsive center-block">
<p><b>นายประเสริฐ ศรีดอนแก้ว</b><br>นายกเทศมนตรีตำบลดอนแก้วพัฒนา<br><small>สายตรงนายกฯ 08-1234-5678</small></p></div>
<div class="box"><div class="box-title">ปฏิทินกิจกรรม</div>{self.calendar_table(NOW.month, NOW.year + 543, compact=True)}</div>
<div class="box"><div class="box-title">แบบสำรวจความคิดเห็น</div>
<form action="index.php?url=poll&amp;code=vote" method="post"><p>ท่านพึงพอใจต่อการให้บริการของเทศบาลในระดับใด</p>
<div class="radio"><label><input type="radio" name="choice" value="1"> มากที่สุด</label></div>
<div class="radio"><label><input type="radio" name="choice" value="2"> มาก</label></div>
<div class="radio"><label><input type="radio" name="choice" value="3"> ปานกลาง</label></div>
<div class="radio"><label><input type="radio" name="choice" value="4"> น้อย</label></div>
<input type="hidden" name="poll_id" value="7"><button type="submit" class="btn btn-xs btn-success">โหวต</button> <a href="{q(url="poll", code="result", id=7)}" class="btn btn-xs btn-default">ดูผลโหวต</a></form></div>
<div class="box"><div class="box-title">ลิงก์หน่วยงาน</div><ul class="list-unstyled">
<li><a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="http://www.mahasarakham.go.th/" target="_blank">จังหวัดมหาสารคาม</a></li>
<li><a href="https://www.gprocurement.go.th/" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ</a></li>
<li><a href="http://www.oic.go.th/" target="_blank">สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ</a></li></ul>
<a href="{q(url="download", code="list", cat=1)}"><img src="upload/banner/ita.jpg" class="img-responsive" alt="ITA"></a></div>
<div class="box counter"><div class="box-title">สถิติผู้เข้าชม</div>
<table class="table table-condensed"><tr><td>วันนี้</td><td class="text-right">{thai_digits("214")}</td></tr>
<tr><td>เมื่อวาน</td><td class="text-right">{thai_digits("389")}</td></tr>
<tr><td>เดือนนี้</td><td class="text-right">{thai_digits("5,312")}</td></tr>
<tr><td>ทั้งหมด</td><td class="text-right">{thai_digits("487,209")}</td></tr></table>
<small>เริ่มนับ ๑ มิ.ย. ๖๓</small></div>"""

    def boxed(self, title: str, body: str) -> str:
        return (
            f'<ol class="breadcrumb"><li><a href="./">หน้าแรก</a></li><li class="active">{esc(title)}</li></ol>'
            f'<div class="panel panel-success"><div class="panel-heading"><h3 class="panel-title">{esc(title)}</h3></div><div class="panel-body">{body}</div></div>'
        )

    def card(self, news_id: int, item: Item, cat_links: bool = False) -> str:
        href = news_href(news_id, item.cat if cat_links else None)
        excerpt = item.paragraphs[0]
        if len(excerpt) > 120:
            excerpt = excerpt[:110].rstrip() + "..."
        return (
            f'<div class="col-md-4 col-sm-6"><div class="news-card">'
            f'<a href="{href}"><img src="{self.thumb(news_id, item)}" class="img-responsive" alt="{attr(item.title)}"></a>'
            f'<div class="news-card-body"><h5><a href="{href}">{esc(item.title)}</a></h5>'
            f'<div class="news-meta"><i class="fa fa-clock-o"></i> {short_date(date.fromisoformat(item.date))} <i class="fa fa-eye"></i> {views(news_id)}</div>'
            f'<p class="news-excerpt">{esc(excerpt)}</p><a href="{href}" class="read-more">อ่านต่อ &raquo;</a></div></div></div>'
        )

    # -- pages -------------------------------------------------------------------------
    def home(self) -> str:
        blocks = []
        for cat in (1, 2):
            latest = [(i, s) for i, s in self.newest if s.cat == cat][:4]
            cards = "\n".join(self.card(i, s) for i, s in latest[:3])
            blocks.append(
                f'<div class="box-news"><div class="box-news-title"><span>{CATEGORIES[cat]}</span>'
                f'<a href="{q(url="news", code="list", cat=cat)}" class="pull-right">ดูทั้งหมด</a></div><div class="row">{cards}</div>'
                + "".join(
                    f'<div class="news-line"><a href="{news_href(i)}">{esc(s.title)}</a> <span class="date">({short_date(date.fromisoformat(s.date))})</span></div>'
                    for i, s in latest[3:]
                )
                + "</div>"
            )
        notices = "\n".join(
            f'<li><img src="template/default/images/logo.png" width="14" alt=""> <a href="{news_href(i)}">{esc(s.title)}</a> <span class="date">{short_date(date.fromisoformat(s.date))}</span></li>'
            for i, s in [(i, s) for i, s in self.newest if s.cat == 3][:5]
        )
        albums = "\n".join(
            f'<div class="col-xs-6 col-md-3"><a href="{q(url="gallery", code="view", id=aid)}" class="thumbnail">'
            f'<img src="{self.album_photo(aid, local_dt(a[1], "17:00"), 1)[1:]}" alt=""></a><small>{esc(a[0])}</small></div>'
            for aid, a in list(reversed(self.albums))[:4]
        )
        return (
            "\n".join(blocks)
            + f"""
<div class="box-news"><div class="box-news-title"><span>{CATEGORIES[3]}</span><a href="{q(url="news", code="list", cat=3)}" class="pull-right">ดูทั้งหมด</a></div>
<ul class="list-unstyled notice-list">
{notices}
</ul></div>
<div class="box-news"><div class="box-news-title"><span>ภาพกิจกรรม</span><a href="{q(url="gallery", code="list")}" class="pull-right">ดูทั้งหมด</a></div><div class="row">
{albums}
</div></div>
<div class="box-news"><div class="box-news-title"><span>ประกาศจัดซื้อจัดจ้าง (e-GP)</span></div>
<iframe src="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;deptId=4440904" width="100%" height="260" frameborder="0"></iframe></div>
"""
        )

    def listing(self, cat: int, offset: int) -> Response:
        items = [(i, s) for i, s in self.newest if s.cat == cat]
        last = ((len(items) - 1) // PER_PAGE) * PER_PAGE
        shown = min(offset, last)  # the CMS clamps an offset past the end to the last page
        chunk = items[shown : shown + PER_PAGE]
        cards = "\n".join(self.card(i, s, cat_links=True) for i, s in chunk)
        more = q(url="news", code="list", cat=cat, offset=offset + PER_PAGE)
        first, end = shown + 1, shown + len(chunk)
        content = f"""<ol class="breadcrumb"><li><a href="./">หน้าแรก</a></li><li>ข่าวสาร</li><li class="active">{CATEGORIES[cat]}</li></ol>
<h3 class="page-title">{CATEGORIES[cat]}</h3>
<div class="row news-grid" id="news-grid">
{cards}
</div>
<p class="text-muted text-center">แสดงรายการที่ {thai_digits(str(first))} - {thai_digits(str(end))} จากทั้งหมด {thai_digits(str(len(items)))} รายการ</p>
<div class="text-center"><a href="{more}" class="btn btn-success btn-load-more" data-offset="{offset + PER_PAGE}" onclick="return loadMore(this)">โหลดเพิ่มเติม</a></div>
"""
        return self.frame(CATEGORIES[cat], content)

    def tag_page(self, tag: str) -> Response:
        rows = "\n".join(
            f'<tr><td>{short_date(date.fromisoformat(self.by_id[i].date))}</td><td><a href="{news_href(i)}">{esc(self.by_id[i].title)}</a></td>'
            f"<td>{CATEGORIES[self.by_id[i].cat]}</td><td class=text-right>{views(i)}</td></tr>"
            for i in self.tags[tag]
        )
        content = f"""<ol class="breadcrumb"><li><a href="./">หน้าแรก</a></li><li class="active">แท็ก : {esc(tag)}</li></ol>
<h3 class="page-title">ข่าวที่เกี่ยวข้องกับ "{esc(tag)}"</h3>
<table class="table table-striped"><thead><tr><th>วันที่</th><th>หัวข้อ</th><th>หมวด</th><th>อ่าน</th></tr></thead><tbody>
{rows}
</tbody></table>"""
        return self.frame(f"แท็ก {tag}", content)

    def body_html(self, news_id: int, item: Item) -> str:
        style = news_id % 3
        if style == 0:
            return "\n".join(f'<p style="text-indent:2.5em;">{esc(p)}</p>' for p in item.paragraphs)
        if style == 1:
            return "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in item.paragraphs)
        return (
            '<div style="font-size:16px;">'
            + "<br>\n<br>\n".join(f"&nbsp; &nbsp; &nbsp;{esc(p)}" for p in item.paragraphs)
            + "</div>"
        )

    def article(self, news_id: int, item: Item) -> Response:
        dt = local_dt(item.date, item.time)
        photos = ""
        if item.photos:
            cells = []
            for k in range(1, item.photos + 1):
                src = self.photo(news_id, dt, k)[1:]
                caption = f'<div class="caption">{esc(item.captions[k - 1])}</div>' if item.captions else ""
                cells.append(
                    f'<div class="col-xs-6 col-sm-4"><a href="{src}" class="fancybox" rel="gallery"><img src="{src}" class="img-thumbnail" alt=""></a>{caption}</div>'
                )
            photos = '<div class="row news-photos">' + "\n".join(cells) + "</div>"
        files = ""
        if item.attachment:
            files = (
                f'<div class="news-file"><img src="template/default/images/logo.png" width="16" alt=""> เอกสารแนบ : '
                f'<a href="{self.attachment(news_id)[1:]}" target="_blank">{esc(item.attachment)}.pdf</a></div>'
            )
        album = ""
        if item.album is not None:
            album = f'<p class="more-photos"><a href="{q(url="gallery", code="view", id=self.album_of[item.album])}">&raquo; ชมภาพกิจกรรมทั้งหมด</a></p>'
        tags = " ".join(f'<a href="{tag_href(t)}" class="label label-default">{esc(t)}</a>' for t in item.tags)
        related = [(i, s) for i, s in self.newest if s.cat == item.cat and i != news_id][:4]
        related_html = "\n".join(
            f'<li><a href="{news_href(i)}">{esc(s.title)}</a> <small class="text-muted">({short_date(date.fromisoformat(s.date))})</small></li>'
            for i, s in related
        )
        author = f' &nbsp;|&nbsp; <i class="fa fa-user"></i> โดย : {esc(item.author)}' if item.author else ""
        time_th = thai_digits(f"{dt:%H.%M}")
        content = f"""<ol class="breadcrumb"><li><a href="./">หน้าแรก</a></li><li><a href="{q(url="news", code="list", cat=item.cat)}">{CATEGORIES[item.cat]}</a></li><li class="active">รายละเอียด</li></ol>
<div class="news-detail">
<h3 class="news-title">{esc(item.title)}</h3>
<div class="news-meta"><i class="fa fa-calendar"></i> {short_date(dt.date())} {time_th} น.{author} &nbsp;|&nbsp; <i class="fa fa-eye"></i> อ่าน {views(news_id)} ครั้ง
<span class="pull-right"><a href="{q(url="news", code="print", id=news_id)}" target="_blank"><i class="fa fa-print"></i> พิมพ์</a></span></div>
<hr>
<div class="news-content">
{self.body_html(news_id, item)}
</div>
{photos}
{files}
{album}
<div class="news-tags">แท็ก : {tags}</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(self.base + "/index.php?url=news&code=view&id=" + str(news_id), safe="")}" target="_blank" class="btn btn-primary btn-xs">แชร์</a>
<a href="https://social-plugins.line.me/lineit/share?url={quote(self.base + "/index.php?url=news&code=view&id=" + str(news_id), safe="")}" target="_blank" class="btn btn-success btn-xs">LINE</a></div>
</div>
<div class="box-related"><h4>ข่าวอื่น ๆ ในหมวดเดียวกัน</h4><ul>
{related_html}
</ul></div>
"""
        return self.frame(item.title, content, og_url=f"{self.base}/index.php?url=news&code=view&id={news_id}")

    def print_view(self, news_id: int, item: Item) -> Response:
        dt = local_dt(item.date, item.time)
        body = "\n".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return html_page(
            f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(item.title)}</title>
<style>body{{font-family:'TH SarabunPSK',sans-serif;font-size:18pt;margin:2cm}}</style></head>
<body onload="window.print()">
<div style="text-align:center"><img src="template/default/images/logo.png" width="70" alt=""><br><b>{SITE}</b></div>
<h2>{esc(item.title)}</h2>
<div>วันที่ {long_date(dt.date())}</div>
{body}
<hr><small>พิมพ์จากเว็บไซต์ {SITE}</small>
</body></html>
""",
            extra=HEADERS,
        )

    def album_list(self, n: int, pages: int) -> Response:
        newest = list(reversed(self.albums))
        chunk = newest[(n - 1) * ALBUMS_PER_PAGE : n * ALBUMS_PER_PAGE]
        cards = "\n".join(
            f'<div class="col-sm-4"><div class="thumbnail"><a href="{q(url="gallery", code="view", id=aid)}"><img src="{self.album_photo(aid, local_dt(a[1], "17:00"), 1)[1:]}" alt=""></a>'
            f'<div class="caption"><a href="{q(url="gallery", code="view", id=aid)}">{esc(a[0])}</a><br><small>{short_date(date.fromisoformat(a[1]))} | {thai_digits(str(a[2]))} ภาพ</small></div></div></div>'
            for aid, a in chunk
        )
        pager = "".join(
            f'<li class="{"active" if k == n else ""}"><a href="{q(url="gallery", code="list", page=k) if k > 1 else q(url="gallery", code="list")}">{thai_digits(str(k))}</a></li>'
            for k in range(1, pages + 1)
        )
        content = f"""<ol class="breadcrumb"><li><a href="./">หน้าแรก</a></li><li class="active">ภาพกิจกรรม</li></ol>
<h3 class="page-title">ภาพกิจกรรม</h3><div class="row">
{cards}
</div><nav class="text-center"><ul class="pagination">{pager}</ul></nav>"""
        return self.frame("ภาพกิจกรรม", content)

    def album(self, album_id: int, album: tuple[str, str, int, tuple[str, ...]]) -> Response:
        title, day, count, captions = album
        dt = local_dt(day, "17:00")
        photos = "\n".join(
            f'<div class="col-xs-6 col-sm-3"><a href="{self.album_photo(album_id, dt, k)[1:]}" class="fancybox" rel="album"><img src="{self.album_photo(album_id, dt, k)[1:]}" class="img-thumbnail" alt=""></a>'
            f'<div class="caption small">{esc(captions[(k - 1) % len(captions)])}</div></div>'
            for k in range(1, count + 1)
        )
        story = next(((i, s) for i, s in self.news if s.album is not None and self.album_of[s.album] == album_id), None)
        back = f'<p><a href="{news_href(story[0])}">&raquo; อ่านข่าว {esc(story[1].title)}</a></p>' if story else ""
        content = f"""<ol class="breadcrumb"><li><a href="./">หน้าแรก</a></li><li><a href="{q(url="gallery", code="list")}">ภาพกิจกรรม</a></li><li class="active">{esc(title)}</li></ol>
<h3 class="page-title">{esc(title)}</h3>
<div class="news-meta"><i class="fa fa-calendar"></i> {short_date(dt.date())} &nbsp;|&nbsp; <i class="fa fa-picture-o"></i> {thai_digits(str(count))} ภาพ &nbsp;|&nbsp; <i class="fa fa-eye"></i> เข้าชม {views(album_id)} ครั้ง</div>
<div class="row gallery">
{photos}
</div>
{back}"""
        return self.frame(title, content)

    def calendar_table(self, month: int, year_be: int, compact: bool = False) -> str:
        year = year_be - 543
        prev_m, prev_y = (12, year_be - 1) if month == 1 else (month - 1, year_be)
        next_m, next_y = (1, year_be + 1) if month == 12 else (month + 1, year_be)
        events: dict[int, list[tuple[int, Item]]] = {}
        for news_id, item in self.news:
            d = date.fromisoformat(item.date)
            if (d.year, d.month) == (year, month):
                events.setdefault(d.day, []).append((news_id, item))
        # The CMS computes weekdays with PHP's date(), proleptic Gregorian for any year.
        first, days = calendar.monthrange(year, month) if 1 <= year <= 9999 else (0, 30)  # Monday = 0
        cells = ["<td></td>"] * ((first + 1) % 7)  # weeks start on Sunday
        for day in range(1, days + 1):
            label = thai_digits(str(day))
            if day in events:
                titles = attr(" / ".join(s.title for _, s in events[day]))
                cells.append(
                    f'<td class="has-event"><a href="{news_href(events[day][0][0])}" title="{titles}">{label}</a></td>'
                )
            else:
                cells.append(f"<td>{label}</td>")
        while len(cells) % 7:
            cells.append("<td></td>")
        rows = "".join("<tr>" + "".join(cells[k : k + 7]) + "</tr>" for k in range(0, len(cells), 7))
        head = "".join(f"<th>{d}</th>" for d in ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"))
        caption = (
            f'<a href="{q(url="calendar", month=prev_m, year=prev_y)}" class="pull-left">&laquo;</a>'
            f"{MONTHS[month - 1]} {thai_digits(str(year_be))}"
            f'<a href="{q(url="calendar", month=next_m, year=next_y)}" class="pull-right">&raquo;</a>'
        )
        size = "table-condensed small" if compact else "table-bordered"
        return f'<table class="table calendar {size}"><caption class="text-center">{caption}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'

    def calendar_page(self, month: int, year_be: int) -> Response:
        year = year_be - 543
        listed = [
            (i, s)
            for i, s in self.news
            if date.fromisoformat(s.date).year == year and date.fromisoformat(s.date).month == month
        ]
        items = (
            "\n".join(
                f'<li>{short_date(date.fromisoformat(s.date))} <a href="{news_href(i)}">{esc(s.title)}</a></li>'
                for i, s in listed
            )
            or "<li>ไม่มีกิจกรรมในเดือนนี้</li>"
        )
        title = f"ปฏิทินกิจกรรม {MONTHS[month - 1]} {thai_digits(str(year_be))}"
        return self.frame(
            title, self.boxed(title, self.calendar_table(month, year_be) + f'<ul class="event-list">{items}</ul>')
        )

    def download_page(self, cat: int) -> str:
        title, files = DOWNLOADS[cat]
        rows = "\n".join(
            f'<tr><td class="text-center">{thai_digits(str(n))}</td><td><a href="upload/download/{slug}.pdf" target="_blank">{esc(label)}</a></td>'
            f'<td class="text-center"><a href="upload/download/{slug}.pdf" target="_blank" class="btn btn-xs btn-danger">PDF</a></td></tr>'
            for n, (slug, label) in enumerate(files, start=1)
        )
        extra = ""
        if cat == 1:
            pr = [(i, s) for i, s in self.newest if s.cat == 1][:3]
            extra = (
                "<h4>O10 ข่าวประชาสัมพันธ์</h4><ul>"
                + "".join(f'<li><a href="{news_href(i)}">{esc(s.title)}</a></li>' for i, s in pr)
                + f'<li><a href="{news_href(DELETED_NEWS_ID)}">รายงานผลการดำเนินงานประจำปี ๒๕๖๕</a></li></ul>'
            )
        others = " | ".join(
            f'<a href="{q(url="download", code="list", cat=c)}">{t}</a>' for c, (t, _f) in DOWNLOADS.items() if c != cat
        )
        return self.boxed(
            title,
            f'<p class="small">หมวดอื่น : {others}</p><table class="table table-bordered table-hover"><thead><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>ดาวน์โหลด</th></tr></thead><tbody>{rows}</tbody></table>{extra}',
        )

    def poll_result(self) -> str:
        rows = "".join(
            f'<tr><td>{label}</td><td style="width:60%"><div class="progress"><div class="progress-bar" style="width:{pct}%">{thai_digits(str(pct))}%</div></div></td><td>{thai_digits(str(votes))}</td></tr>'
            for label, pct, votes in (("มากที่สุด", 58, 412), ("มาก", 27, 192), ("ปานกลาง", 11, 78), ("น้อย", 4, 28))
        )
        return self.boxed(
            "ผลการสำรวจความคิดเห็น",
            f"<p>ท่านพึงพอใจต่อการให้บริการของเทศบาลในระดับใด</p><table class='table'>{rows}</table><p class='small'>ผู้ตอบทั้งหมด {thai_digits('710')} คน</p>",
        )

    def static_pages(self) -> list[tuple[str, str, str]]:
        return [
            (
                "/index.php?url=about&code=history",
                "ประวัติความเป็นมา",
                "<p>&nbsp;&nbsp;&nbsp;&nbsp;เทศบาลตำบลดอนแก้วพัฒนา เดิมเป็นองค์การบริหารส่วนตำบลดอนแก้ว จัดตั้งเมื่อปี พ.ศ. ๒๕๓๙ และได้รับการยกฐานะเป็นเทศบาลตำบลเมื่อวันที่ ๒๕ พฤษภาคม ๒๕๕๑ ชื่อ “ดอนแก้ว” มาจากเนินดินริมหนองน้ำใหญ่ที่ชาวบ้านเล่าว่าเคยพบลูกปัดแก้วโบราณ</p>"
                "<p>&nbsp;&nbsp;&nbsp;&nbsp;ปัจจุบันมีพื้นที่ ๔๒.๕ ตารางกิโลเมตร ๑๒ หมู่บ้าน ประชากร ๙,๘๔๑ คน ประชาชนส่วนใหญ่ประกอบอาชีพทำนาและเลี้ยงโค</p>",
            ),
            (
                "/index.php?url=about&code=vision",
                "วิสัยทัศน์ / พันธกิจ",
                "<p class='text-center'><b>“ดอนแก้วพัฒนา เมืองน่าอยู่ เกษตรก้าวหน้า ประชาชนมีสุข”</b></p><ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ส่งเสริมเกษตรปลอดภัยและรายได้ชุมชน</li><li>พัฒนาคุณภาพชีวิตเด็ก ผู้สูงอายุ และผู้พิการ</li><li>บริหารจัดการขยะและสิ่งแวดล้อมอย่างยั่งยืน</li></ol>",
            ),
            (
                "/index.php?url=about&code=structure",
                "โครงสร้างส่วนราชการ",
                "<ul><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li></ul>",
            ),
            (
                "/index.php?url=about&code=executive",
                "คณะผู้บริหาร",
                "<div class='row text-center'>"
                "<div class='col-sm-12'><img src='upload/person/mayor.jpg' width='160' alt=''><p><b>นายประเสริฐ ศรีดอนแก้ว</b><br>นายกเทศมนตรีตำบลดอนแก้วพัฒนา</p></div>"
                "<div class='col-sm-6'><img src='upload/person/deputy1.jpg' width='120' alt=''><p><b>นายสมบัติ ทองมา</b><br>รองนายกเทศมนตรี</p></div>"
                "<div class='col-sm-6'><img src='upload/person/deputy2.jpg' width='120' alt=''><p><b>นางบุญเรือน แสนสุข</b><br>รองนายกเทศมนตรี</p></div>"
                "<div class='col-sm-12'><img src='upload/person/clerk.jpg' width='120' alt=''><p><b>นางสาวกนกวรรณ พลศรี</b><br>ปลัดเทศบาล</p></div></div>"
                f"<p class='small'><a href='{q(url='gallery', code='view', id=DELETED_ALBUM_ID)}'>ภาพกิจกรรมคณะผู้บริหาร</a></p>",
            ),
            (
                "/index.php?url=about&code=council",
                "สมาชิกสภาเทศบาล",
                "<table class='table'><tr><td>นายวีระ คำดี</td><td>ประธานสภาเทศบาล</td></tr><tr><td>นายอุดม ศรีบุญ</td><td>รองประธานสภาเทศบาล</td></tr><tr><td>นางสาวพิมพ์ใจ นาคำ</td><td>เลขานุการสภาเทศบาล</td></tr></table>",
            ),
            (
                "/index.php?url=contact",
                "ติดต่อเรา",
                f"<p><b>{SITE}</b><br>{ADDRESS}<br>โทรศัพท์ {PHONE} โทรสาร 0-4377-0124<br>อีเมล saraban@donkaewphatthana.go.th<br>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
                "<iframe src='https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d0!2d103.05!3d16.01' width='100%' height='300' frameborder='0'></iframe>",
            ),
        ]


def _menu(sub: tuple[tuple[str, str], ...]) -> str:
    return "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in sub)


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1


_NAV = (
    ("./", "หน้าแรก", ()),
    (
        "#",
        "ข้อมูลทั่วไป",
        (
            (q(url="about", code="history"), "ประวัติความเป็นมา"),
            (q(url="about", code="vision"), "วิสัยทัศน์ / พันธกิจ"),
            (q(url="about", code="structure"), "โครงสร้างส่วนราชการ"),
        ),
    ),
    (
        "#",
        "บุคลากร",
        ((q(url="about", code="executive"), "คณะผู้บริหาร"), (q(url="about", code="council"), "สมาชิกสภาเทศบาล")),
    ),
    ("#", "ข่าวสาร", tuple((q(url="news", code="list", cat=c), t) for c, t in CATEGORIES.items())),
    (q(url="gallery", code="list"), "ภาพกิจกรรม", ()),
    ("#", "ดาวน์โหลด", tuple((q(url="download", code="list", cat=c), t) for c, (t, _f) in DOWNLOADS.items())),
    (q(url="contact"), "ติดต่อเรา", ()),
)

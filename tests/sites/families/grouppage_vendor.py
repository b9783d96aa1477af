# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""grouppage_vendor: a เทศบาลนคร site on a Thai vendor PHP CMS with ``/webs/<lang>/grouppage/`` URLs.

เทศบาลนครธารทอง, จังหวัดธารทอง (fictional), www.thanthong.go.th.  Apache 2.4 + PHP 5.6
(``X-Powered-By``, ``PHPSESSID``, no-cache headers); every HTML page is windows-874 bytes with the
charset only in ``<meta http-equiv>`` (the HTTP header says ``text/html``).  An XHTML 1.0 table layout:
header with TH/EN flags, top menu, a ``<marquee>`` of the latest 5 items on every Thai page, a left
menu with a visitor counter, the main cell, a footer with the vendor credit.  TODAY 2024-08-20.

URL shapes (group id + module name; item codes are a letter and zero-padded digits)
* root ``/webs/th/``; ``/`` is the ถวายพระพร splash page ("เข้าสู่เว็บไซต์"); ``/webs/`` 302s to
  ``/webs/th/``; any registered path without its trailing slash 301s to it.
* section pages ``/webs/th/grouppage/<gid>/<module>/``: ``3/news`` ข่าวประชาสัมพันธ์ (``N000187``),
  ``4/activity`` ภาพกิจกรรม (``A000052``), ``5/announce`` ประกาศเทศบาล (``P000031``), 5 a page, paged
  by query only: ``?page=2`` (``?page=1`` = the bare list); the rows link items RELATIVELY (``N000187/``).
  ``7/download`` (PDF links, one of them missing: a broken link), ``8/procurement`` (fiscal-year
  filter, see traps), ``9/ita`` (index of the OIT items), ``6/calendar`` (events calendar).
* item pages ``/webs/th/grouppage/<gid>/<module>/<code>/``; the same page also answers at
  ``/webs/th/detail/<module>/<code>/`` (marquee, home slider, the "ข่าวอื่นๆ" box: latest 4 others of
  the module) and at ``<item>?lang=th`` (the TH flag on item pages); ``<item>?print=1`` is a print view
  (noindex, rel=canonical; linked from every item page); ``/webs/en/grouppage/<gid>/<module>/<code>/``
  is the English twin: English chrome, Gregorian date, the Thai title and text (not translated).
* static pages ``/webs/th/grouppage/1/content/C0000N/`` (ประวัติความเป็นมา C00001, วิสัยทัศน์/พันธกิจ
  C00002, โครงสร้างองค์กร C00003, อำนาจหน้าที่ C00005, ติดต่อเรา C00008), ITA items
  ``/webs/th/grouppage/9/ita/O00001/`` .. ``O00010/`` and procurement notices
  ``/webs/th/grouppage/8/procurement/E000xxx/`` use the SAME item template as news: h2 title, "วันที่
  15 มีนาคม 2567 เวลา 10:30 น.", views, poster, og:type=article, share buttons, print link, and a box
  still labelled "ข่าวอื่นๆ" (the vendor reuses it).  Only the module in the URL tells them apart.
* English twins: ``/webs/en/`` (home), ``/webs/en/grouppage/1/content/<code>/`` (4 static pages,
  translated), ``/webs/en/grouppage/3/news/`` (latest 5 news, no pager) and en item pages.

What is an article (gold): an item of the ``news``, ``activity`` or ``announce`` module (21 items,
2023-05-10 .. 2024-08-12, oldest first) and the 4 procurement notices (2022-06-08 .. 2024-07-30; session 31:
the first version, written from a prompt that called them no articles, had 12 notices as non-articles, while
25 other families count such dated notices with a text of their own as articles: relabelled, and cut to 4 so
the gold stays within 25).  Paragraphs: the body text (``<p>`` runs, ``<br /><br />``
runs or ``<div>`` runs, ``&nbsp;`` indents), inline link text included; no photo captions.  Captions:
the captions under the first photos of some news items (activity galleries have none).  Author: the
"ผู้ประกาศ" shown.  Aliases: the detail spelling, ``?lang=th``, the en twin (none for notices) and the
slash-less URL (301).
Non-articles: splash, homes, listings and their pages, static pages, ITA items, procurement lists, the download list, calendar months, print views, the detail and ``?lang=th`` spellings of
non-articles (every item page's TH flag links its ``?lang=th`` copy).

Reachability: home shows the latest 4 news / 4 activities / 5 notices, the marquee the latest 5 of all,
item boxes the latest 4 others; the 4 oldest news, the oldest activity and the oldest notice are linked
only from page 2 of their listing (``?page=2``).

Traps (``trap_patterns``)
* ``TRAP_CALENDAR``: ``/webs/th/grouppage/6/calendar/?m=<1-12>&y=<พ.ศ.>`` answers any month of years
  544-10542 (made on request), each linking the previous and next month; the home mini calendar and the
  calendar page link them.
* ``TRAP_YEAR``: the procurement list's fiscal-year filter ``?year=2567`` .. ``?year=2540`` (every year
  page links the previous year and the next; most are empty "ไม่พบข้อมูล").  The notices of fiscal years
  2565-2566 are linked only from their year pages: the filter's first pages lead to articles.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, EN_MONTHS, MONTHS, MONTHS_ABBR, local_dt, thai_long
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "grouppage_vendor"
SITE = "เทศบาลนครธารทอง"
SITE_EN = "Than Thong City Municipality"
HOST = "www.thanthong.go.th"
ADDRESS = "เลขที่ 88 ถนนศรีธาร ตำบลในเมือง อำเภอเมืองธารทอง จังหวัดธารทอง 45120"
ADDRESS_EN = "88 Sri Than Road, Nai Mueang, Mueang Than Thong District, Than Thong 45120"
PHONE = "0 4521 3344"
FAX = "0 4521 3345"
EMAIL = "saraban@thanthong.go.th"
MAYOR = "นายวรวุฒิ ศรีสุวรรณ"
TODAY = date(2024, 8, 20)
MODIFIED = datetime(2024, 8, 20, 8, 0, tzinfo=BANGKOK)

GROUPS = {  # module -> (group id, Thai name, English name)
    "content": (1, "เกี่ยวกับเทศบาล", "About Us"),
    "news": (3, "ข่าวประชาสัมพันธ์", "News"),
    "activity": (4, "ภาพกิจกรรม", "Activities"),
    "announce": (5, "ประกาศเทศบาล", "Announcements"),
    "calendar": (6, "ปฏิทินกิจกรรม", "Calendar"),
    "download": (7, "เอกสารดาวน์โหลด", "Downloads"),
    "procurement": (8, "ประกาศจัดซื้อจัดจ้าง", "Procurement"),
    "ita": (9, "การเปิดเผยข้อมูลสาธารณะ (ITA)", "ITA"),
}
GOLD_MODULES = ("news", "activity", "announce")
# Modules whose items are articles (gold): the three above, whose items have English twins, and the
# procurement notices (dated, each with a text of its own; 25 other families count such notices as articles).
ARTICLE_MODULES = (*GOLD_MODULES, "procurement")
PER_PAGE = 5
BOX = 4  # "ข่าวอื่นๆ": the latest 4 other items of the module
FIRST_FY = 2540
CURRENT_FY = 2567

TRAP_CALENDAR = r"/grouppage/6/calendar/\?(?:.*&)?[my]="
TRAP_YEAR = r"/grouppage/8/procurement/\?(?:.*&)?year="

HTML_HEADERS = (
    ("Content-Type", "text/html"),
    ("X-Powered-By", "PHP/5.6.40"),
    ("Set-Cookie", "PHPSESSID=k3v9q1m2rj8d0ts5bn6hl4ce77; path=/"),
    ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
    ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
    ("Pragma", "no-cache"),
)

APACHE_404 = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
<hr>
<address>Apache/2.4.29 (Ubuntu) Server at www.thanthong.go.th Port 80</address>
</body></html>
"""

# -- content ----------------------------------------------------------------------------------------
# "== <module> <code> <YYYY-MM-DD> <HH:MM> [photos=N] @ <poster>", then "T: title", "C: caption"
# (under the first photos), "A: attachment label" (a PDF), other lines: paragraphs.  In paragraphs
# "[text](ref)" is a link: ref "slashless:<code>", "page:<module>" or an external URL.
SPEC = """
== news N000187 2023-05-10 14:20 photos=2 @ งานประชาสัมพันธ์ สำนักปลัดเทศบาล
T: เทศบาลนครธารทองจัดประชุมประชาคมเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)
C: นายวรวุฒิ ศรีสุวรรณ นายกเทศมนตรีนครธารทอง กล่าวเปิดการประชุมประชาคมเมือง
วันที่ 10 พฤษภาคม 2566 เวลา 09.00 น. นายวรวุฒิ ศรีสุวรรณ นายกเทศมนตรีนครธารทอง เป็นประธานเปิดการประชุมประชาคมเมือง ณ หอประชุมเทศบาลนครธารทอง เพื่อรับฟังความคิดเห็นของประชาชนในการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) โดยมีประธานชุมชนทั้ง 32 ชุมชน ตัวแทนส่วนราชการ และภาคเอกชนเข้าร่วมประชุมกว่า 250 คน
ที่ประชุมได้แบ่งกลุ่มย่อยตามยุทธศาสตร์การพัฒนา 5 ด้าน และร่วมกันเสนอโครงการที่ชุมชนต้องการ เช่น การปรับปรุงระบบระบายน้ำในย่านตลาดเก่า การติดตั้งไฟฟ้าส่องสว่างริมลำน้ำธารทอง และการขยายศูนย์ดูแลผู้สูงอายุในชุมชน
ทั้งนี้ คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาเทศบาลจะรวบรวมข้อเสนอทั้งหมดไปจัดลำดับความสำคัญ และนำเสนอต่อคณะกรรมการพัฒนาเทศบาลพิจารณาก่อนประกาศใช้ต่อไป

== activity A000052 2023-06-15 16:05 photos=4 @ งานประชาสัมพันธ์ สำนักปลัดเทศบาล
T: กิจกรรมจิตอาสาพัฒนาทำความสะอาดสวนสาธารณะหนองบัวทอง
พนักงานเทศบาล จิตอาสา และประชาชนในชุมชนใกล้เคียงกว่า 150 คน ร่วมกันเก็บขยะ ตัดแต่งกิ่งไม้ และทาสีม้านั่งภายในสวนสาธารณะหนองบัวทอง เพื่อให้เป็นพื้นที่พักผ่อนหย่อนใจที่สะอาดและปลอดภัยสำหรับทุกคน

== news N000193 2023-07-21 10:40 photos=1 @ กองการประปา
T: กองการประปาตรวจคุณภาพน้ำประปาและล้างถังพักน้ำ ชุมชนหนองแวง
กองการประปา เทศบาลนครธารทอง ดำเนินการล้างทำความสะอาดถังพักน้ำประปาขนาด 200 ลูกบาศก์เมตร ที่ให้บริการแก่ชุมชนหนองแวงและชุมชนบ้านใหม่ พร้อมเก็บตัวอย่างน้ำส่งตรวจวิเคราะห์คุณภาพทางห้องปฏิบัติการ เพื่อให้ประชาชนได้ใช้น้ำประปาที่สะอาดและได้มาตรฐาน
ในระหว่างวันที่ 21 - 22 กรกฎาคม 2566 แรงดันน้ำในพื้นที่ดังกล่าวอาจลดลงเป็นบางช่วงเวลา จึงขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า หากพบปัญหาน้ำไม่ไหลหรือน้ำมีสีขุ่น สามารถแจ้งได้ที่กองการประปา โทร. 0 4521 3344 ต่อ 210 ตลอด 24 ชั่วโมง

== announce P000031 2023-08-01 13:30 @ งานการเจ้าหน้าที่
T: ประกาศเทศบาลนครธารทอง เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ประจำปี 2566
A: ประกาศรับสมัครพนักงานจ้าง ประจำปี 2566
ด้วยเทศบาลนครธารทองจะดำเนินการสรรหาและเลือกสรรบุคคลเพื่อจ้างเป็นพนักงานจ้างตามภารกิจและพนักงานจ้างทั่วไป รวม 12 อัตรา ได้แก่ ผู้ช่วยนักวิชาการเงินและบัญชี ผู้ช่วยเจ้าพนักงานธุรการ พนักงานขับรถยนต์ และคนงานประจำรถขยะ
ผู้ประสงค์จะสมัครให้ยื่นใบสมัครด้วยตนเองได้ที่งานการเจ้าหน้าที่ สำนักปลัดเทศบาล ตั้งแต่วันที่ 7 - 18 สิงหาคม 2566 ในวันและเวลาราชการ
รายละเอียดคุณสมบัติ หลักฐานการสมัคร และวิธีการเลือกสรร ปรากฏตามประกาศที่แนบท้ายนี้

== news N000201 2023-09-28 17:15 @ งานประชาสัมพันธ์ สำนักปลัดเทศบาล
T: สภาเทศบาลนครธารทองมีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567
วันที่ 28 กันยายน 2566 สภาเทศบาลนครธารทองประชุมสมัยวิสามัญ สมัยที่ 2 ประจำปี 2566 เพื่อพิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ในวาระที่ 2 และวาระที่ 3 โดยมีนายสมพงษ์ แก้วประเสริฐ ประธานสภาเทศบาล เป็นประธานการประชุม
ร่างเทศบัญญัติดังกล่าวตั้งงบประมาณรายจ่ายไว้ทั้งสิ้น 612,450,000 บาท โดยแผนงานที่ได้รับการจัดสรรมากที่สุด ได้แก่ แผนงานการศึกษา แผนงานเคหะและชุมชน และแผนงานสาธารณสุข ตามลำดับ
ภายหลังการอภิปราย ที่ประชุมมีมติเห็นชอบให้ตราเป็นเทศบัญญัติ ด้วยคะแนนเสียง 20 เสียง งดออกเสียง 2 เสียง จากนั้นเทศบาลจะเสนอผู้ว่าราชการจังหวัดธารทองพิจารณาอนุมัติต่อไป

== activity A000058 2023-10-23 11:20 photos=3 @ งานประชาสัมพันธ์ สำนักปลัดเทศบาล
T: พิธีวางพานพุ่มดอกไม้ เนื่องในวันปิยมหาราช ประจำปี 2566
คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาลนครธารทอง ร่วมพิธีวางพานพุ่มดอกไม้ถวายราชสักการะพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว เนื่องในวันปิยมหาราช 23 ตุลาคม 2566 ณ บริเวณศาลากลางจังหวัดธารทอง

== news N000214 2023-11-28 09:10 photos=3 @ งานประชาสัมพันธ์ สำนักปลัดเทศบาล
T: บรรยากาศงานประเพณีลอยกระทงริมลำน้ำธารทอง ประจำปี 2566 ประชาชนร่วมงานคึกคัก
C: ขบวนแห่กระทงใหญ่ของชุมชนตลาดเก่าเคลื่อนผ่านถนนริมน้ำ
เมื่อคืนวันที่ 27 พฤศจิกายน 2566 เทศบาลนครธารทองจัดงานประเพณีลอยกระทง ประจำปี 2566 ณ ลานริมลำน้ำธารทอง โดยมีประชาชนและนักท่องเที่ยวร่วมงานเป็นจำนวนมาก
ภายในงานมีการประกวดกระทงใหญ่จากชุมชนต่าง ๆ การประกวดนางนพมาศ การแสดงดนตรีพื้นบ้าน และซุ้มจำหน่ายสินค้าชุมชน โดยกระทงใหญ่ของชุมชนตลาดเก่าได้รับรางวัลชนะเลิศ
เทศบาลขอขอบคุณประชาชนทุกท่านที่ร่วมกันใช้กระทงจากวัสดุธรรมชาติ ช่วยลดปริมาณขยะในลำน้ำ โดยปีนี้เจ้าหน้าที่จัดเก็บกระทงได้ทั้งสิ้น 18,530 ใบ ลดลงจากปีที่ผ่านมาร้อยละ 12

== announce P000037 2023-12-15 15:00 @ สำนักการสาธารณสุขและสิ่งแวดล้อม
T: ประกาศเทศบาลนครธารทอง เรื่อง อัตราค่าธรรมเนียมการเก็บและขนขยะมูลฝอย ตั้งแต่วันที่ 1 มกราคม 2567
ตามที่เทศบัญญัติเทศบาลนครธารทอง เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย พ.ศ. 2566 มีผลใช้บังคับแล้ว เทศบาลจึงขอประกาศอัตราค่าธรรมเนียมการเก็บและขนขยะมูลฝอยสำหรับบ้านเรือนทั่วไปในอัตราเดือนละ 20 บาท และสำหรับสถานประกอบการตามปริมาณขยะที่เกิดขึ้นจริง
ผู้ชำระค่าธรรมเนียมสามารถชำระได้ที่กองคลัง สำนักงานเทศบาล หรือชำระกับเจ้าหน้าที่ที่ออกจัดเก็บตามชุมชน โดยจะได้รับใบเสร็จรับเงินทุกครั้ง

== news N000226 2024-01-09 08:45 @ กองคลัง
T: ประชาสัมพันธ์การยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2567
ฝ่ายพัฒนารายได้ กองคลัง เทศบาลนครธารทอง ขอประชาสัมพันธ์ให้เจ้าของป้ายในเขตเทศบาลยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567 ณ สำนักงานเทศบาล หรือยื่นผ่านระบบ e-Service ของเทศบาล
ผู้ที่ยื่นแบบเกินกำหนดจะต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย และหากชำระภาษีเกินกว่า 15 วันนับแต่ได้รับแจ้งการประเมิน จะต้องเสียเงินเพิ่มอีกร้อยละ 2 ต่อเดือน สอบถามรายละเอียดได้ที่ โทร. 0 4521 3344 ต่อ 131

== activity A000064 2024-01-13 15:40 photos=5 @ กองการศึกษา
T: งานวันเด็กแห่งชาติ ประจำปี 2567 ณ สวนสาธารณะหนองบัวทอง
เทศบาลนครธารทองจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สวนสาธารณะหนองบัวทอง มีเด็กและผู้ปกครองร่วมงานกว่า 3,000 คน
ภายในงานมีซุ้มเกมจากโรงเรียนในสังกัดเทศบาลทั้ง 8 แห่ง การแสดงบนเวทีของนักเรียน การจับฉลากมอบของขวัญ และนิทรรศการจากหน่วยงานต่าง ๆ

== announce P000042 2024-02-01 10:00 @ กองคลัง
T: ประกาศเทศบาลนครธารทอง เรื่อง กำหนดระยะเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2567
A: ประกาศกำหนดระยะเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2567
เทศบาลนครธารทองได้ส่งแบบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2567 ให้แก่ผู้เสียภาษีแล้ว จึงขอให้ผู้เสียภาษีชำระภาษีภายในเดือนเมษายน 2567
ผู้เสียภาษีสามารถชำระได้ที่ฝ่ายพัฒนารายได้ กองคลัง ในวันและเวลาราชการ หรือชำระผ่านคิวอาร์โค้ดที่พิมพ์อยู่บนแบบแจ้งการประเมิน ตรวจสอบอัตราภาษีได้จาก[เอกสารดาวน์โหลด](page:download)ของเทศบาล
หากชำระเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด

== news N000233 2024-02-20 14:10 photos=2 @ สำนักการสาธารณสุขและสิ่งแวดล้อม
T: เทศบาลนครธารทองรับมอบรถบรรทุกขยะมูลฝอยแบบอัดท้าย ขนาด 10 ลูกบาศก์หลา จำนวน 2 คัน
C: คณะผู้บริหารตรวจรับรถบรรทุกขยะมูลฝอยคันใหม่
วันที่ 20 กุมภาพันธ์ 2567 นายวรวุฒิ ศรีสุวรรณ นายกเทศมนตรีนครธารทอง พร้อมด้วยคณะผู้บริหาร ร่วมตรวจรับรถบรรทุกขยะมูลฝอยแบบอัดท้าย ขนาด 10 ลูกบาศก์หลา จำนวน 2 คัน ซึ่งจัดซื้อด้วยงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567
รถทั้งสองคันจะนำไปใช้ในการเก็บขนขยะมูลฝอยในเส้นทางชุมชนด้านทิศเหนือของเทศบาล ซึ่งมีปริมาณขยะเพิ่มขึ้นอย่างต่อเนื่อง ช่วยให้การเก็บขนขยะเป็นไปตามตารางเวลาและลดปัญหาขยะตกค้างในชุมชน

== activity A000069 2024-03-08 16:30 photos=4 @ สำนักการสาธารณสุขและสิ่งแวดล้อม
T: อบรมการปฐมพยาบาลเบื้องต้นและการช่วยฟื้นคืนชีพ (CPR) ให้แก่ อสม. เขตเทศบาล
สำนักการสาธารณสุขและสิ่งแวดล้อม ร่วมกับโรงพยาบาลธารทอง จัดอบรมเชิงปฏิบัติการการปฐมพยาบาลเบื้องต้นและการช่วยฟื้นคืนชีพขั้นพื้นฐาน พร้อมฝึกใช้เครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ (AED) ให้แก่อาสาสมัครสาธารณสุขประจำหมู่บ้าน จำนวน 80 คน

== announce P000046 2024-03-25 11:45 @ กองช่าง
T: ประกาศปิดการจราจรชั่วคราว ถนนศรีธาร ช่วงสี่แยกหอนาฬิกาถึงตลาดเก่า
ด้วยกองช่าง เทศบาลนครธารทอง จะดำเนินการก่อสร้างวางท่อระบายน้ำคอนกรีตเสริมเหล็กบนถนนศรีธาร ช่วงสี่แยกหอนาฬิกาถึงตลาดเก่า จึงขอปิดการจราจรชั่วคราวตั้งแต่วันที่ 1 - 30 เมษายน 2567 ระหว่างเวลา 20.00 - 05.00 น.
ขอให้ผู้ใช้รถใช้ถนนเลี่ยงไปใช้ถนนเทศบาล 2 และถนนริมน้ำแทน เทศบาลขออภัยในความไม่สะดวกมา ณ โอกาสนี้

== news N000241 2024-04-03 13:00 @ งานป้องกันและบรรเทาสาธารณภัย
T: เทศบาลนครธารทองเตรียมความพร้อมรับเทศกาลสงกรานต์ ตั้งจุดบริการประชาชนช่วง 7 วันอันตราย
เทศบาลนครธารทองจัดประชุมเตรียมความพร้อมการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ ประจำปี 2567 ร่วมกับสถานีตำรวจภูธรเมืองธารทอง และมูลนิธิกู้ภัยในพื้นที่
ในช่วงระหว่างวันที่ 11 - 17 เมษายน 2567 เทศบาลจะตั้งจุดบริการประชาชนจำนวน 3 จุด ได้แก่ สี่แยกหอนาฬิกา หน้าสถานีขนส่งผู้โดยสาร และทางเข้างานสงกรานต์ริมลำน้ำธารทอง โดยมีเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยและ อปพร. ประจำจุดตลอด 24 ชั่วโมง
ขอความร่วมมือประชาชนที่เดินทางกลับภูมิลำเนา ตรวจสภาพรถก่อนออกเดินทาง ไม่ดื่มแล้วขับ และแจ้งเหตุฉุกเฉินได้ที่หมายเลข 199 หรือศูนย์รับแจ้งเหตุเทศบาล โทร. 0 4521 3399

== activity A000075 2024-05-17 15:20 photos=3 @ งานประชาสัมพันธ์ สำนักปลัดเทศบาล
T: โครงการเทศบาลเคลื่อนที่พบประชาชน ครั้งที่ 3/2567 ชุมชนท่าน้ำ
เทศบาลนครธารทองนำหน่วยบริการเคลื่อนที่ออกให้บริการประชาชนในชุมชนท่าน้ำ ทั้งงานทะเบียนราษฎร การรับชำระภาษี การตรวจสุขภาพเบื้องต้น ตัดผมฟรี และรับเรื่องร้องเรียนร้องทุกข์
ในการนี้ นายกเทศมนตรีได้รับฟังปัญหาน้ำท่วมขังบริเวณซอยท่าน้ำ 3 และมอบหมายให้กองช่างสำรวจเพื่อวางท่อระบายน้ำเพิ่มเติมโดยเร็ว

== announce P000051 2024-05-30 09:30 @ กองการศึกษา
T: ประกาศเทศบาลนครธารทอง เรื่อง รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2567 (รอบเพิ่มเติม)
ศูนย์พัฒนาเด็กเล็กสังกัดเทศบาลนครธารทองทั้ง 4 แห่ง เปิดรับสมัครนักเรียนรอบเพิ่มเติม สำหรับเด็กที่มีอายุ 2 ปีบริบูรณ์ขึ้นไป จำนวนรวม 35 คน
ผู้ปกครองยื่นใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็กแต่ละแห่ง ตั้งแต่วันที่ 3 - 14 มิถุนายน 2567 พร้อมสำเนาสูติบัตร สำเนาทะเบียนบ้าน และสมุดบันทึกสุขภาพของเด็ก

== news N000252 2024-06-05 10:25 photos=1 @ สำนักการสาธารณสุขและสิ่งแวดล้อม
T: วันสิ่งแวดล้อมโลก 2567 เทศบาลนครธารทองชวนร้านค้าและประชาชนลดใช้ถุงพลาสติก
เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 สำนักการสาธารณสุขและสิ่งแวดล้อม เทศบาลนครธารทอง จัดกิจกรรมรณรงค์ลดการใช้ถุงพลาสติกและโฟมบรรจุอาหาร ณ ตลาดสดเทศบาล 1 โดยแจกถุงผ้าให้แก่ผู้มาจับจ่ายซื้อของจำนวน 1,000 ใบ
ร้านค้าที่ร่วมโครงการจะได้รับสติกเกอร์ "ร้านนี้ลดโลกร้อน" ติดหน้าร้าน ต่อยอดจากการเพิ่มรถเก็บขนขยะเมื่อต้นปี (อ่าน[ข่าวการรับมอบรถบรรทุกขยะ](slashless:N000233)) ทั้งนี้ เทศบาลตั้งเป้าลดปริมาณขยะพลาสติกในตลาดสดทั้ง 3 แห่งให้ได้ร้อยละ 30 ภายในสิ้นปี 2567

== activity A000081 2024-07-19 17:50 photos=5 @ งานประชาสัมพันธ์ สำนักปลัดเทศบาล
T: สืบสานประเพณีแห่เทียนพรรษา ประจำปี 2567
เทศบาลนครธารทองร่วมกับวัดและชุมชนในเขตเทศบาล จัดขบวนแห่เทียนพรรษาไปถวายวัดต่าง ๆ จำนวน 9 วัด เพื่อสืบสานประเพณีอันดีงามและเป็นพุทธบูชาเนื่องในเทศกาลเข้าพรรษา

== announce P000055 2024-08-01 14:00 @ กองสวัสดิการสังคม
T: ประกาศรายชื่อผู้มีสิทธิ์ได้รับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ พ.ศ. 2568
A: บัญชีรายชื่อผู้มีสิทธิ์รับเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2568
เทศบาลนครธารทองขอประกาศรายชื่อผู้สูงอายุที่ลงทะเบียนและมีคุณสมบัติครบถ้วน มีสิทธิ์ได้รับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 412 ราย โดยจะเริ่มได้รับเงินตั้งแต่เดือนตุลาคม 2567 เป็นต้นไป
ผู้ใดมีข้อสงสัยหรือประสงค์จะคัดค้าน ให้ยื่นคำร้องต่อกองสวัสดิการสังคมภายใน 15 วันนับแต่วันประกาศ

== news N000263 2024-08-12 11:30 photos=3 @ งานประชาสัมพันธ์ สำนักปลัดเทศบาล
T: เทศบาลนครธารทองจัดพิธีเฉลิมพระเกียรติ เนื่องในวันแม่แห่งชาติ 12 สิงหาคม 2567
C: คณะผู้บริหารและพนักงานเทศบาลร่วมพิธีจุดเทียนถวายพระพรชัยมงคล
วันที่ 12 สิงหาคม 2567 เวลา 07.00 น. เทศบาลนครธารทองร่วมกับส่วนราชการในจังหวัด จัดพิธีทำบุญตักบาตรถวายพระราชกุศล และพิธีถวายเครื่องราชสักการะและจุดเทียนถวายพระพรชัยมงคล ณ ลานอเนกประสงค์หน้าสำนักงานเทศบาล
ในโอกาสเดียวกัน เทศบาลได้มอบเกียรติบัตรแม่ดีเด่นประจำปี 2567 แก่ตัวแทนแม่จากชุมชนต่าง ๆ จำนวน 32 คน เพื่อเชิดชูเกียรติแม่ผู้เสียสละและเป็นแบบอย่างที่ดีของสังคม

== content C00001 2019-06-03 09:00 photos=1 @ ผู้ดูแลระบบ
T: ประวัติความเป็นมา
เทศบาลนครธารทองเดิมเป็นสุขาภิบาลธารทอง จัดตั้งขึ้นเมื่อปี พ.ศ. 2479 ต่อมาได้รับการยกฐานะเป็นเทศบาลเมืองธารทองในปี พ.ศ. 2499 และยกฐานะเป็นเทศบาลนครธารทองเมื่อวันที่ 24 กุมภาพันธ์ 2553 ตามพระราชกฤษฎีกาจัดตั้งเทศบาลนครธารทอง
เทศบาลมีพื้นที่รับผิดชอบ 38.6 ตารางกิโลเมตร ตั้งอยู่ริมฝั่งลำน้ำธารทอง ซึ่งเป็นเส้นทางการค้าทางน้ำที่สำคัญมาแต่อดีต ทำให้ย่านตลาดเก่าริมน้ำเป็นศูนย์กลางการค้าของจังหวัดจนถึงปัจจุบัน
ปัจจุบันเทศบาลนครธารทองมีประชากรตามทะเบียนราษฎร 98,214 คน 41,503 ครัวเรือน แบ่งการปกครองออกเป็น 32 ชุมชน มีสถานศึกษาในสังกัด 8 แห่ง และศูนย์พัฒนาเด็กเล็ก 4 แห่ง

== content C00002 2020-01-15 10:30 @ ผู้ดูแลระบบ
T: วิสัยทัศน์ / พันธกิจ
วิสัยทัศน์ : ธารทองนครน่าอยู่ เศรษฐกิจมั่นคง ชุมชนเข้มแข็ง สิ่งแวดล้อมยั่งยืน
พันธกิจที่ 1 พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐานและทั่วถึง
พันธกิจที่ 2 ส่งเสริมเศรษฐกิจชุมชนและการท่องเที่ยวเชิงวัฒนธรรมริมลำน้ำธารทอง
พันธกิจที่ 3 จัดการศึกษาและส่งเสริมคุณภาพชีวิต สุขภาพ และสวัสดิการของประชาชนทุกช่วงวัย
พันธกิจที่ 4 บริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อมอย่างยั่งยืน
พันธกิจที่ 5 บริหารงานตามหลักธรรมาภิบาล โปร่งใส และเปิดโอกาสให้ประชาชนมีส่วนร่วม

== content C00003 2021-10-01 08:30 photos=1 @ ผู้ดูแลระบบ
T: โครงสร้างองค์กร
C: แผนภูมิโครงสร้างส่วนราชการเทศบาลนครธารทอง
โครงสร้างส่วนราชการของเทศบาลนครธารทอง ประกอบด้วย สำนักปลัดเทศบาล กองคลัง กองช่าง สำนักการสาธารณสุขและสิ่งแวดล้อม กองการศึกษา กองสวัสดิการสังคม กองการประปา กองยุทธศาสตร์และงบประมาณ และหน่วยตรวจสอบภายใน
โครงสร้างนี้ปรับปรุงตามแผนอัตรากำลัง 3 ปี ประจำปีงบประมาณ พ.ศ. 2567 - 2569 มีพนักงานเทศบาล ลูกจ้างประจำ และพนักงานจ้าง รวมทั้งสิ้น 1,126 คน

== content C00005 2019-06-03 09:20 @ ผู้ดูแลระบบ
T: อำนาจหน้าที่
เทศบาลนครธารทองมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม มาตรา 53 มาตรา 54 และมาตรา 56 เช่น การรักษาความสงบเรียบร้อยของประชาชน การจัดให้มีและบำรุงทางบกและทางน้ำ การรักษาความสะอาดของถนนและที่สาธารณะ และการป้องกันและระงับโรคติดต่อ
นอกจากนี้ยังมีอำนาจหน้าที่ตามพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 ในการจัดระบบบริการสาธารณะเพื่อประโยชน์ของประชาชนในท้องถิ่น

== content C00008 2022-03-10 14:00 @ ผู้ดูแลระบบ
T: ติดต่อเรา
สำนักงานเทศบาลนครธารทอง เลขที่ 88 ถนนศรีธาร ตำบลในเมือง อำเภอเมืองธารทอง จังหวัดธารทอง 45120
โทรศัพท์ 0 4521 3344 โทรสาร 0 4521 3345 ศูนย์รับแจ้งเหตุ 0 4521 3399 อีเมล saraban@thanthong.go.th
เปิดให้บริการวันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ) งานทะเบียนราษฎรเปิดบริการวันเสาร์ เวลา 08.30 - 12.00 น.
"""

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


@dataclass(frozen=True)
class Item:
    module: str
    code: str
    story: Story
    attachment: str | None  # PDF label

    @property
    def d(self) -> date:
        return date.fromisoformat(self.story.date)

    @property
    def dt(self) -> datetime:
        return local_dt(self.story.date, self.story.time)

    @property
    def gold(self) -> bool:
        return self.module in GOLD_MODULES

    @property
    def article(self) -> bool:
        return self.module in ARTICLE_MODULES


def _parse(spec: str) -> list[Item]:
    out = []
    for block in spec.strip().split("\n== ")[0:]:
        head, *lines = block.removeprefix("== ").strip().splitlines()
        left, _, author = head.partition(" @ ")
        module, code, day, hm, *extra = left.split()
        photos = int(extra[0].removeprefix("photos=")) if extra else 0
        title, attach, caps, paras = "", None, [], []
        for line in lines:
            if line.startswith("T: "):
                title = line[3:]
            elif line.startswith("C: "):
                caps.append(line[3:])
            elif line.startswith("A: "):
                attach = line[3:]
            elif line.strip():
                paras.append(line.strip())
        story = Story(title, day, hm, author.strip() or None, tuple(paras), photos, tuple(caps))
        out.append(Item(module, code, story, attach))
    return out


# ITA (OIT) items: code, title, date, extra paragraph
ITA = (
    ("O1", "โครงสร้าง", "2024-03-04", "แผนภูมิโครงสร้างส่วนราชการ แสดงตำแหน่งที่สำคัญและการแบ่งส่วนงานภายในของเทศบาลนครธารทอง"),
    (
        "O2",
        "ข้อมูลผู้บริหาร",
        "2024-03-04",
        "รายชื่อ ตำแหน่ง รูปถ่าย และช่องทางการติดต่อของนายกเทศมนตรี รองนายกเทศมนตรี ปลัดเทศบาล และหัวหน้าส่วนราชการ",
    ),
    ("O3", "อำนาจหน้าที่", "2024-03-04", "อำนาจหน้าที่ของเทศบาลนครตามพระราชบัญญัติเทศบาล พ.ศ. 2496 และกฎหมายที่เกี่ยวข้อง"),
    ("O4", "แผนพัฒนาท้องถิ่น", "2024-03-05", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) และที่แก้ไขเพิ่มเติม ฉบับที่ 1 และฉบับที่ 2"),
    ("O5", "กฎหมายที่เกี่ยวข้อง", "2024-03-05", "พระราชบัญญัติ กฎกระทรวง ระเบียบ และเทศบัญญัติที่เกี่ยวข้องกับการปฏิบัติงานของเทศบาล"),
    (
        "O6",
        "ข่าวประชาสัมพันธ์",
        "2024-03-06",
        "ข่าวประชาสัมพันธ์ที่เกี่ยวข้องกับการดำเนินงานของเทศบาลในปีงบประมาณ พ.ศ. 2567 ดูได้ที่หน้า[ข่าวประชาสัมพันธ์](page:news)",
    ),
    (
        "O7",
        "Q&A",
        "2024-03-06",
        "ช่องทางถาม - ตอบ ที่ประชาชนสามารถสอบถามข้อมูลและได้รับคำตอบจากเทศบาล ผ่านกระดานถาม - ตอบ และไลน์ทางการ @thanthongcity",
    ),
    (
        "O8",
        "Social Network",
        "2024-03-06",
        "เพจเฟซบุ๊ก[เทศบาลนครธารทอง](https://www.facebook.com/thanthongcity) ช่องทางสื่อสังคมออนไลน์ที่เทศบาลใช้เผยแพร่ข้อมูลข่าวสาร",
    ),
    (
        "O9",
        "แผนดำเนินงานประจำปี",
        "2024-03-07",
        "แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2567 ซึ่งแสดงโครงการ งบประมาณ และหน่วยงานที่รับผิดชอบ",
    ),
    (
        "O10",
        "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน",
        "2024-04-30",
        "ผลการดำเนินงานตามแผนดำเนินงาน ตั้งแต่เดือนตุลาคม 2566 ถึงเดือนมีนาคม 2567",
    ),
)

# procurement notices: code, date, title
PROCUREMENT = (
    ("E000124", "2022-06-08", "ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยศรีธาร 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
    ("E000163", "2023-05-22", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาทำความสะอาดอาคารสำนักงาน โดยวิธีเฉพาะเจาะจง"),
    ("E000192", "2023-12-06", "ประกวดราคาซื้อรถบรรทุกขยะมูลฝอยแบบอัดท้าย จำนวน 2 คัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
    ("E000221", "2024-07-30", "ประกาศราคากลาง โครงการปรับปรุงภูมิทัศน์สวนสาธารณะหนองบัวทอง"),
)

# download list: file code, date, label (D000027 was deleted from the server: a broken link)
DOWNLOADS = (
    ("D000019", "2021-11-15", "แบบคำร้องทั่วไป"),
    ("D000023", "2022-08-01", "แบบคำขออนุญาตก่อสร้าง ดัดแปลง รื้อถอน หรือเคลื่อนย้ายอาคาร (ข.1)"),
    ("D000027", "2023-01-20", "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ"),
    ("D000030", "2023-06-12", "เทศบัญญัติ เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย พ.ศ. 2566"),
    ("D000034", "2024-01-05", "อัตราภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2567"),
    ("D000038", "2024-06-20", "คู่มือสำหรับประชาชน งานทะเบียนพาณิชย์"),
)
MISSING_DOWNLOAD = "D000027"

# calendar events: date, name, place
EVENTS = (
    ("2024-06-05", "รณรงค์ลดใช้ถุงพลาสติก วันสิ่งแวดล้อมโลก", "ตลาดสดเทศบาล 1"),
    ("2024-07-19", "แห่เทียนพรรษา", "วัดในเขตเทศบาล"),
    ("2024-07-28", "กิจกรรมจิตอาสาเฉลิมพระเกียรติ", "สวนสาธารณะหนองบัวทอง"),
    ("2024-08-12", "พิธีเฉลิมพระเกียรติ วันแม่แห่งชาติ", "ลานหน้าสำนักงานเทศบาล"),
    ("2024-08-15", "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3", "ห้องประชุมสภาเทศบาล"),
    ("2024-08-23", "เทศบาลเคลื่อนที่พบประชาชน ครั้งที่ 4/2567", "ชุมชนหนองแวง"),
    ("2024-08-30", "ตลาดนัดสินค้าชุมชนริมน้ำ", "ลานริมลำน้ำธารทอง"),
    ("2024-09-07", "แข่งขันกีฬาชุมชนสัมพันธ์", "สนามกีฬาเทศบาล"),
    ("2024-09-21", "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "หอประชุมเทศบาล"),
    ("2024-10-17", "ตักบาตรเทโว วันออกพรรษา", "วัดศรีธาร"),
    ("2024-11-15", "งานประเพณีลอยกระทง ประจำปี 2567", "ลานริมลำน้ำธารทอง"),
)

# English twins of static pages: code -> (title, paragraphs)
EN_STATIC = {
    "C00001": (
        "History",
        (
            "Than Thong City Municipality began as the Than Thong Sanitary District in 1936. It became Than Thong Town Municipality in 1956 and was upgraded to a city municipality on 24 February 2010.",
            "The municipality covers 38.6 square kilometres on the banks of the Than Thong River, whose old riverside market is still the commercial centre of the province.",
        ),
    ),
    "C00002": (
        "Vision and Mission",
        (
            "Vision: Than Thong, a livable city with a stable economy, strong communities and a sustainable environment.",
            "Missions: infrastructure for all; community economy and cultural tourism; education, health and welfare for every age; sustainable management of natural resources; good governance and public participation.",
        ),
    ),
    "C00003": (
        "Organization Structure",
        (
            "The municipality is organized into the Office of the Municipal Clerk and the divisions of Finance, Public Works, Public Health and Environment, Education, Social Welfare, Waterworks, Strategy and Budget, and the Internal Audit Unit.",
        ),
    ),
    "C00008": (
        "Contact Us",
        (
            f"Than Thong City Municipality Office, {ADDRESS_EN}.",
            f"Telephone {PHONE}, fax {FAX}, e-mail {EMAIL}. Office hours: Monday to Friday, 08:30 - 16:30.",
        ),
    ),
}
EN_HOME_TEXT = (
    "Welcome to the official website of Than Thong City Municipality. The municipality serves about 98,000 residents in 32 communities along the Than Thong River.",
    "Most news and announcements are published in Thai. For assistance in English, please contact the Public Relations Section.",
)


def _items() -> list[Item]:
    items = _parse(SPEC)
    for code, title, day, extra in ITA:
        num = int(code[1:])
        story = Story(
            f"{code} {title}",
            day,
            "09:00",
            "ผู้ดูแลระบบ",
            (
                f"การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ตัวชี้วัดที่ 9 ข้อ {code} {title} ประจำปีงบประมาณ พ.ศ. 2567 ของเทศบาลนครธารทอง รายละเอียดตามเอกสารแนบ",
                extra,
            ),
        )
        items.append(Item("ita", f"O{num:05d}", story, f"{code} {title}"))
    for code, day, title in PROCUREMENT:
        story = Story(
            title,
            day,
            "10:00",
            "งานพัสดุ กองคลัง",
            (
                f"เทศบาลนครธารทองขอประกาศ{title.removeprefix('ประกาศ')} รายละเอียดตามเอกสารแนบท้ายประกาศนี้",
                "ผู้สนใจสามารถดูรายละเอียดเพิ่มเติมได้ที่[ระบบการจัดซื้อจัดจ้างภาครัฐ](http://www.gprocurement.go.th) หรือสอบถามได้ที่งานพัสดุ กองคลัง โทร. 0 4521 3344 ต่อ 125 ในวันและเวลาราชการ",
            ),
        )
        items.append(Item("procurement", code, story, title))
    return items


ITEMS = _items()
BY_CODE = {it.code: it for it in ITEMS}
GOLD = sorted((it for it in ITEMS if it.gold), key=lambda it: (it.story.date, it.story.time))  # oldest first
ARTICLES = sorted((it for it in ITEMS if it.article), key=lambda it: (it.story.date, it.story.time))


def newest(module: str) -> list[Item]:
    return sorted(
        (it for it in ITEMS if it.module == module),
        key=lambda it: (it.story.date, it.story.time, it.code),
        reverse=True,
    )


def _h(seed: str) -> int:
    return int(hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:8], 16)


def views(it: Item) -> int:
    return 57 + (TODAY - it.d).days * 2 + _h("views:" + it.code) % 900


# -- URLs -------------------------------------------------------------------------------------------
def group(module: str, lang: str = "th") -> str:
    return f"/webs/{lang}/grouppage/{GROUPS[module][0]}/{module}/"


def item_path(it: Item, lang: str = "th") -> str:
    return group(it.module, lang) + it.code + "/"


def detail_path(it: Item) -> str:
    return f"/webs/th/detail/{it.module}/{it.code}/"


def print_path(it: Item) -> str:
    return item_path(it) + "?print=1"


def photo_path(it: Item, n: int) -> str:
    return f"/webs/fileupload/{it.module}/{it.code}/{n:02d}.jpg"


def thumb_path(it: Item) -> str:
    return f"/webs/fileupload/{it.module}/{it.code}/thumb.jpg"


def pdf_path(it: Item) -> str:
    return f"/webs/fileupload/{it.module}/{it.code}.pdf"


CAL = group("calendar")
PROC = group("procurement")
HOME = "/webs/th/"
EN_HOME = "/webs/en/"


def cal_url(y: int, m: int) -> str:
    return f"{CAL}?m={m}&y={y}"


def fiscal_year(d: date) -> int:
    return d.year + 543 + (1 if d.month >= 10 else 0)


# -- dates ------------------------------------------------------------------------------------------
def th_short(d: date) -> str:
    """'15 มี.ค. 67' as the lists print it."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {(d.year + 543) % 100:02d}"


def en_long(d: date) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def plain(text: str) -> str:
    return " ".join(LINK.sub(lambda m: m.group(1), text).split())


def link_html(text: str) -> str:
    out, pos = [], 0
    for m in LINK.finditer(text):
        out.append(esc(text[pos : m.start()]))
        kind, _, value = m.group(2).partition(":")
        if kind == "slashless":
            href, ext = item_path(BY_CODE[value]).rstrip("/"), ""
        elif kind == "page":
            href, ext = group(value), ""
        else:
            href, ext = m.group(2), ' target="_blank"'
        out.append(f'<a href="{attr(href)}"{ext}>{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def body_html(it: Item) -> str:
    """Three editor habits rotate: <p> with text-indent, &nbsp; runs split by <br /><br />, <div> runs."""
    paras = it.story.paragraphs
    style = _h("style:" + it.code) % 3
    if style == 0:
        return "\n".join(f'<p style="text-indent: 2.5em; text-align: justify;">{link_html(p)}</p>' for p in paras)
    if style == 1:
        runs = "<br />\n<br />\n".join("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + link_html(p) for p in paras)
        return f'<div style="text-align: justify;">{runs}</div>'
    return "\n".join(
        f'<div><span style="font-size:16px;"><span style="font-family:THSarabunNew,tahoma;">{link_html(p)}</span></span></div>\n<div>&nbsp;</div>'
        for p in paras
    )


# -- the site ---------------------------------------------------------------------------------------
class Vendor:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.site.url(path)

    def respond(self, html: str) -> Response:
        return Response(200, HTML_HEADERS, html.encode("cp874", "xmlcharrefreplace"))

    def add(self, path: str, html: str | Response, non_article: bool = True) -> None:
        self.site.add(path, html if isinstance(html, Response) else self.respond(html))
        if non_article:
            self.non_articles.append(self.u(path))

    # -- chrome ---------------------------------------------------------------------------------------
    def marquee(self) -> str:
        latest = list(reversed(GOLD))[:5]
        links = ' <img src="/webs/images/bullet_star.gif" width="10" height="10" alt="" /> '.join(
            f'<a href="{detail_path(it)}" class="marquee-link">{esc(it.story.title)}</a> <span class="marquee-date">({th_short(it.d)})</span>'
            for it in latest
        )
        return f"""<tr>
  <td colspan="2" id="news-marquee"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td width="110" class="marquee-head"><img src="/webs/images/icon_new.gif" width="27" height="11" alt="new" /> ข่าวล่าสุด :</td>
    <td><marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{links}</marquee></td>
  </tr></table></td>
</tr>"""

    def left_menu(self) -> str:
        about = "".join(
            f'<li><a href="{item_path(BY_CODE[c])}">{esc(BY_CODE[c].story.title)}</a></li>'
            for c in ("C00001", "C00002", "C00003", "C00005", "C00008")
        )
        return f"""<div class="menu-head">{GROUPS["content"][1]}</div>
<ul class="left-menu">{about}</ul>
<div class="menu-head">ข่าวสาร</div>
<ul class="left-menu">
<li><a href="{group("news")}">ข่าวประชาสัมพันธ์</a></li>
<li><a href="{group("activity")}">ภาพกิจกรรม</a></li>
<li><a href="{group("announce")}">ประกาศเทศบาล</a></li>
<li><a href="{CAL}">ปฏิทินกิจกรรม</a></li>
</ul>
<div class="menu-head">บริการประชาชน</div>
<ul class="left-menu">
<li><a href="{group("download")}">เอกสารดาวน์โหลด</a></li>
<li><a href="{PROC}">ประกาศจัดซื้อจัดจ้าง</a></li>
<li><a href="{group("ita")}">ITA การเปิดเผยข้อมูลสาธารณะ</a></li>
<li><a href="/webs/th/search/">ค้นหาข้อมูล</a></li>
</ul>
<div class="menu-head">ลิงก์หน่วยงาน</div>
<ul class="left-menu">
<li><a href="http://www.dla.go.th" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="http://www.gprocurement.go.th" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ</a></li>
<li><a href="https://www.facebook.com/thanthongcity" target="_blank">Facebook เทศบาลนครธารทอง</a></li>
</ul>
<div class="counter"><div class="menu-head">สถิติผู้เข้าชม</div>
<table width="100%" class="counter-table">
<tr><td>วันนี้</td><td align="right">312</td></tr>
<tr><td>เมื่อวาน</td><td align="right">486</td></tr>
<tr><td>เดือนนี้</td><td align="right">9,842</td></tr>
<tr><td>ทั้งหมด</td><td align="right">1,204,377</td></tr>
</table><div class="counter-since">เริ่มนับ 1 ตุลาคม 2555</div></div>"""

    def frame(self, section: str, main: str, th_href: str = HOME, en_href: str = EN_HOME, head: str = "") -> str:
        today = f"วัน{('จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์', 'อาทิตย์')[TODAY.weekday()]}ที่ {thai_long(TODAY)}"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874" />
<title>{SITE} :: {esc(section)}</title>
<meta name="keywords" content="เทศบาลนครธารทอง, ธารทอง, เทศบาล, thanthong" />
<meta name="description" content="เว็บไซต์ทางการ{SITE} {ADDRESS}" />
{head}<link href="/webs/themes/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/webs/themes/default/js/jquery-1.8.3.min.js"></script>
<link rel="shortcut icon" href="/webs/images/favicon.ico" />
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper">
<tr>
  <td colspan="2" id="header"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td width="120"><a href="{HOME}"><img src="/webs/images/logo.gif" width="100" height="100" border="0" alt="{SITE}" /></a></td>
    <td><div class="site-name">{SITE}</div><div class="site-name-en">{SITE_EN}</div></td>
    <td align="right" valign="top"><div class="lang"><a href="{th_href}"><img src="/webs/images/flag_th.gif" width="20" height="14" border="0" alt="ภาษาไทย" /></a> <a href="{en_href}"><img src="/webs/images/flag_en.gif" width="20" height="14" border="0" alt="English" /></a></div>
    <div class="today">{today}</div>
    <form action="/webs/th/search/" method="get" name="frmSearch"><input type="text" name="keyword" size="18" /> <input type="submit" value="ค้นหา" /></form></td>
  </tr></table></td>
</tr>
<tr>
  <td colspan="2" id="topmenu"><a href="{HOME}">หน้าแรก</a> | <a href="{item_path(BY_CODE["C00001"])}">เกี่ยวกับเทศบาล</a> | <a href="{group("news")}">ข่าวประชาสัมพันธ์</a> | <a href="{group("activity")}">ภาพกิจกรรม</a> | <a href="{group("announce")}">ประกาศ</a> | <a href="{PROC}">จัดซื้อจัดจ้าง</a> | <a href="{group("ita")}">ITA</a> | <a href="{item_path(BY_CODE["C00008"])}">ติดต่อเรา</a></td>
</tr>
{self.marquee()}
<tr>
  <td width="220" valign="top" id="left">{self.left_menu()}</td>
  <td width="780" valign="top" id="main">
{main}
  </td>
</tr>
<tr>
  <td colspan="2" id="footer"><b>{SITE}</b> {ADDRESS}<br />
  โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล : <a href="mailto:{EMAIL}">{EMAIL}</a><br />
  Copyright &copy; 2012-2024 {SITE} All rights reserved. | พัฒนาระบบโดย <a href="http://www.siamwebsolution.co.th" target="_blank">บริษัท สยามเว็บโซลูชั่น จำกัด</a> | <a href="/webs/admin/">ผู้ดูแลระบบ</a></td>
</tr>
</table>
<script type="text/javascript">
  var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-31877122-1']); _gaq.push(['_trackPageview']);
</script>
</body>
</html>
"""

    def en_frame(self, section: str, main: str, th_href: str = HOME) -> str:
        menu = "".join(f'<li><a href="{item_path(BY_CODE[c], "en")}">{EN_STATIC[c][0]}</a></li>' for c in EN_STATIC)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874" />
<title>{SITE_EN} :: {esc(section)}</title>
<link href="/webs/themes/default/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body class="en">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper">
<tr>
  <td colspan="2" id="header"><a href="{EN_HOME}"><img src="/webs/images/logo.gif" width="100" height="100" border="0" alt="{SITE_EN}" /></a>
  <span class="site-name">{SITE_EN}</span>
  <div class="lang"><a href="{th_href}"><img src="/webs/images/flag_th.gif" width="20" height="14" border="0" alt="ภาษาไทย" /></a> <a href="{EN_HOME}"><img src="/webs/images/flag_en.gif" width="20" height="14" border="0" alt="English" /></a></div></td>
</tr>
<tr>
  <td colspan="2" id="topmenu"><a href="{EN_HOME}">Home</a> | <a href="{item_path(BY_CODE["C00001"], "en")}">About Us</a> | <a href="{group("news", "en")}">News</a> | <a href="{item_path(BY_CODE["C00008"], "en")}">Contact Us</a></td>
</tr>
<tr>
  <td width="220" valign="top" id="left"><div class="menu-head">About Us</div><ul class="left-menu">{menu}</ul>
  <ul class="left-menu"><li><a href="{group("news", "en")}">News</a></li><li><a href="{HOME}">ภาษาไทย</a></li></ul></td>
  <td width="780" valign="top" id="main">
{main}
  </td>
</tr>
<tr>
  <td colspan="2" id="footer"><b>{SITE_EN}</b> {ADDRESS_EN}<br />Tel. {PHONE} Fax {FAX} E-mail: <a href="mailto:{EMAIL}">{EMAIL}</a><br />
  Copyright &copy; 2012-2024 {SITE_EN}. Powered by <a href="http://www.siamwebsolution.co.th" target="_blank">Siam Web Solution Co., Ltd.</a></td>
</tr>
</table>
</body>
</html>
"""

    @staticmethod
    def box(title: str, inner: str, more: str = "") -> str:
        more_html = f'<div class="more"><a href="{more}">ดูทั้งหมด &raquo;</a></div>' if more else ""
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="content-box">
<tr><td class="head-title"><img src="/webs/images/icon_head.gif" width="16" height="16" alt="" /> {esc(title)}</td></tr>
<tr><td class="box-body">
{inner}
{more_html}
</td></tr>
</table>"""

    # -- item pages ----------------------------------------------------------------------------------
    def gallery(self, it: Item, en: bool = False) -> tuple[str, str]:
        """(photos above the text with captions, gallery below)."""
        caps = it.story.captions or ()
        top, rest = [], []
        for n in range(1, it.story.photos + 1):
            src = photo_path(it, n)
            if n <= len(caps):
                top.append(
                    f'<div class="pic-main" align="center"><img src="{src}" width="480" height="320" alt="" /><div class="pic-caption">{esc(caps[n - 1])}</div></div>'
                )
            else:
                rest.append(
                    f'<a href="{src}" rel="lightbox[{it.code}]"><img src="{src}" width="150" height="100" border="0" alt="" class="gallery-img" /></a>'
                )
        below = ""
        if rest:
            label = "Photos" if en else "ภาพประกอบ"
            below = f'<div class="gallery"><div class="gallery-head">{label}</div>{"".join(rest)}</div>'
        return "\n".join(top), below

    def other_box(self, it: Item, lang: str = "th") -> str:
        others = [o for o in newest(it.module) if o is not it][:BOX]
        rows = "\n".join(
            f'<li><a href="{detail_path(o) if lang == "th" else item_path(o, "en")}">{esc(o.story.title)}</a> <span class="date">[{th_short(o.d) if lang == "th" else en_long(o.d)}]</span></li>'
            for o in others
        )
        head = "ข่าวอื่นๆ" if lang == "th" else "Other News"
        return f'<div class="other-news"><div class="other-head">{head}</div><ul>\n{rows}\n</ul></div>'

    def item_main(self, it: Item) -> str:
        gid, gname, _ = GROUPS[it.module]
        s = it.story
        top, below = self.gallery(it)
        attach = ""
        if it.attachment:
            attach = f'<div class="attach"><img src="/webs/images/icon_pdf.gif" width="16" height="16" alt="" /> เอกสารแนบ : <a href="{pdf_path(it)}" target="_blank">{esc(it.attachment)}</a> (PDF)</div>'
        share_url = quote(self.u(item_path(it)), safe="")
        poster = f" | ผู้ประกาศ : {esc(s.author)}" if s.author else ""
        body = f"""<div class="breadcrumb"><a href="{HOME}">หน้าแรก</a> &raquo; <a href="{group(it.module) if it.module != "content" else item_path(it)}">{esc(gname)}</a> &raquo; รายละเอียด</div>
<div class="topic-detail"><h2>{esc(s.title)}</h2></div>
<div class="date-view"><img src="/webs/images/icon_date.gif" width="12" height="12" alt="" /> วันที่ {thai_long(it.d)} เวลา {s.time} น. | อ่าน {views(it):,} ครั้ง{poster}</div>
{top}
<div class="detail">
{body_html(it)}
</div>
{below}
{attach}
<div class="share">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank"><img src="/webs/images/share_fb.gif" width="20" height="20" border="0" alt="Facebook" /></a>
<a href="https://social-plugins.line.me/lineit/share?url={share_url}" target="_blank"><img src="/webs/images/share_line.gif" width="20" height="20" border="0" alt="LINE" /></a>
<a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank"><img src="/webs/images/share_tw.gif" width="20" height="20" border="0" alt="Twitter" /></a>
<a href="{print_path(it)}" target="_blank"><img src="/webs/images/icon_print.gif" width="16" height="16" border="0" alt="" /> พิมพ์หน้านี้</a></div>
{self.other_box(it)}
<div class="back"><a href="javascript:history.back();">&laquo; ย้อนกลับ</a></div>"""
        return self.box(gname, body)

    def item_page(self, it: Item) -> str:
        img = photo_path(it, 1) if it.story.photos else "/webs/images/logo.gif"
        head = f"""<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(it.story.title)}" />
<meta property="og:url" content="{attr(self.u(item_path(it)))}" />
<meta property="og:image" content="{attr(self.u(img))}" />
"""
        en = item_path(it, "en") if it.gold or it.code in EN_STATIC else EN_HOME
        return self.frame(GROUPS[it.module][1], self.item_main(it), item_path(it) + "?lang=th", en, head)

    def en_item_page(self, it: Item) -> str:
        s = it.story
        top, below = self.gallery(it, en=True)
        name = GROUPS[it.module][2]
        main = f"""<div class="breadcrumb"><a href="{EN_HOME}">Home</a> &raquo; <a href="{group("news", "en")}">{name}</a> &raquo; Detail</div>
<div class="topic-detail"><h2>{esc(s.title)}</h2></div>
<div class="date-view">Posted : {en_long(it.d)} {s.time} | Views {views(it):,}</div>
{top}
<div class="detail">
{body_html(it)}
</div>
{below}
{self.other_box(it, "en")}"""
        return self.en_frame(name, self.box(name, main), item_path(it) + "?lang=th")

    def en_static_page(self, it: Item) -> str:
        title, paras = EN_STATIC[it.code]
        text = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
        main = f"""<div class="breadcrumb"><a href="{EN_HOME}">Home</a> &raquo; About Us &raquo; {title}</div>
<div class="topic-detail"><h2>{title}</h2></div>
<div class="date-view">Posted : {en_long(it.d)} | Views {views(it) // 9:,}</div>
<div class="detail">{text}</div>"""
        return self.en_frame(title, self.box("About Us", main), item_path(it))

    def print_page(self, it: Item) -> str:
        s = it.story
        paras = "\n".join(f"<p>{esc(plain(p))}</p>" for p in s.paragraphs)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874" />
<meta name="robots" content="noindex, nofollow" />
<title>พิมพ์ :: {esc(s.title)}</title>
<link rel="canonical" href="{attr(self.u(item_path(it)))}" />
<link href="/webs/themes/default/css/print.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print();">
<table width="700" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td><img src="/webs/images/logo.gif" width="60" height="60" alt="" /> <b>{SITE}</b><br />{GROUPS[it.module][1]}</td></tr>
<tr><td><hr /><b>{esc(s.title)}</b><br />วันที่ {thai_long(it.d)}<hr /></td></tr>
<tr><td>
{paras}
</td></tr>
<tr><td><hr /><small>พิมพ์จาก {self.u(item_path(it))}</small></td></tr>
</table>
</body>
</html>
"""

    # -- listings --------------------------------------------------------------------------------------
    def listing_page(self, module: str, page: int) -> str:
        items = newest(module)
        pages = (len(items) + PER_PAGE - 1) // PER_PAGE
        chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        rows = []
        for i, it in enumerate(chunk):
            cls = "row1" if i % 2 == 0 else "row2"
            new = (
                ' <img src="/webs/images/icon_new.gif" width="27" height="11" alt="new" />'
                if (TODAY - it.d).days < 30
                else ""
            )
            if module == "announce":
                rows.append(
                    f'<tr class="{cls}"><td width="20" valign="top"><img src="/webs/images/bullet.gif" width="9" height="9" alt="" /></td><td><a href="{it.code}/" class="list-topic">{esc(it.story.title)}</a>{new}</td><td width="90" align="center" class="list-date">{th_short(it.d)}</td><td width="70" align="right" class="view">{views(it):,}</td></tr>'
                )
            else:
                rows.append(
                    f'<tr class="{cls}"><td width="110" valign="top"><a href="{it.code}/"><img src="{thumb_path(it)}" width="100" height="75" border="0" alt="" /></a></td><td valign="top"><a href="{it.code}/" class="list-topic">{esc(it.story.title)}</a>{new}<br /><span class="list-date">{th_short(it.d)}</span> | <span class="view">อ่าน {views(it):,} ครั้ง</span></td></tr>'
                )
        nav = ["หน้า : "]
        if page > 1:
            nav.append(f'<a href="?page={page - 1}">&laquo; ก่อนหน้า</a> ')
        for n in range(1, pages + 1):
            nav.append(f"<b>[{n}]</b> " if n == page else f'<a href="?page={n}">{n}</a> ')
        if page < pages:
            nav.append(f'<a href="?page={page + 1}">ถัดไป &raquo;</a>')
        head = ""
        if module == "announce":
            head = (
                '<tr class="list-head"><td></td><td>เรื่อง</td><td align="center">วันที่</td><td align="right">อ่าน</td></tr>'
            )
        inner = f"""<div class="breadcrumb"><a href="{HOME}">หน้าแรก</a> &raquo; {GROUPS[module][1]}</div>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="list-table">
{head}{"".join(rows)}
</table>
<div class="pagination">{"".join(nav)} <span class="total">(ทั้งหมด {len(items)} รายการ)</span></div>"""
        en = group("news", "en") if module == "news" else EN_HOME
        return self.frame(GROUPS[module][1], self.box(GROUPS[module][1], inner), HOME, en)

    def en_news_listing(self) -> str:
        rows = "\n".join(
            f'<tr><td width="110"><a href="{it.code}/"><img src="{thumb_path(it)}" width="100" height="75" border="0" alt="" /></a></td><td valign="top"><a href="{it.code}/">{esc(it.story.title)}</a><br /><span class="list-date">{en_long(it.d)}</span></td></tr>'
            for it in newest("news")[:PER_PAGE]
        )
        inner = f'<div class="breadcrumb"><a href="{EN_HOME}">Home</a> &raquo; News</div>\n<table width="100%" class="list-table">\n{rows}\n</table>'
        return self.en_frame("News", self.box("News", inner), group("news"))

    def download_page(self) -> str:
        rows = "\n".join(
            f'<tr class="{"row1" if i % 2 == 0 else "row2"}"><td width="30" align="center">{i + 1}</td><td><img src="/webs/images/icon_pdf.gif" width="16" height="16" alt="" /> <a href="/webs/fileupload/download/{code}.pdf" target="_blank">{esc(label)}</a></td><td width="90" align="center">{th_short(date.fromisoformat(day))}</td></tr>'
            for i, (code, day, label) in enumerate(sorted(DOWNLOADS, key=lambda x: x[1], reverse=True))
        )
        inner = f"""<div class="breadcrumb"><a href="{HOME}">หน้าแรก</a> &raquo; เอกสารดาวน์โหลด</div>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="list-table">
<tr class="list-head"><td align="center">ลำดับ</td><td>ชื่อเอกสาร</td><td align="center">วันที่</td></tr>
{rows}
</table>"""
        return self.frame("เอกสารดาวน์โหลด", self.box("เอกสารดาวน์โหลด", inner))

    def ita_index(self) -> str:
        rows = "\n".join(
            f'<tr class="{"row1" if i % 2 == 0 else "row2"}"><td width="60" align="center"><b>{code}</b></td><td><a href="O{int(code[1:]):05d}/">{esc(title)}</a></td><td width="90" align="center">{th_short(date.fromisoformat(day))}</td></tr>'
            for i, (code, title, day, _extra) in enumerate(ITA)
        )
        inner = f"""<div class="breadcrumb"><a href="{HOME}">หน้าแรก</a> &raquo; ITA</div>
<p class="intro">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567</p>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="list-table">
<tr class="list-head"><td align="center">ข้อ</td><td>รายการข้อมูล</td><td align="center">วันที่</td></tr>
{rows}
</table>"""
        return self.frame("ITA", self.box(GROUPS["ita"][1], inner))

    def procurement_page(self, year: int | None) -> str:
        fy = year or CURRENT_FY
        items = [it for it in newest("procurement") if fiscal_year(it.d) == fy]
        if items:
            rows = "\n".join(
                f'<tr class="{"row1" if i % 2 == 0 else "row2"}"><td width="90" align="center">{th_short(it.d)}</td><td><a href="/webs/th/grouppage/8/procurement/{it.code}/">{esc(it.story.title)}</a></td><td width="40" align="center"><a href="{pdf_path(it)}" target="_blank"><img src="/webs/images/icon_pdf.gif" width="16" height="16" border="0" alt="PDF" /></a></td></tr>'
                for i, it in enumerate(items)
            )
        else:
            rows = '<tr><td colspan="3" align="center" class="nodata">ไม่พบข้อมูล</td></tr>'
        options = "".join(
            f'<option value="{y}"{" selected" if y == fy else ""}>{y}</option>'
            for y in range(CURRENT_FY, FIRST_FY - 1, -1)
        )
        nav = []
        if fy > FIRST_FY:
            nav.append(f'<a href="?year={fy - 1}">&laquo; ปีงบประมาณ {fy - 1}</a>')
        nav.append(f"<b>ปีงบประมาณ {fy}</b>")
        if fy < CURRENT_FY:
            nav.append(f'<a href="?year={fy + 1}">ปีงบประมาณ {fy + 1} &raquo;</a>')
        inner = f"""<div class="breadcrumb"><a href="{HOME}">หน้าแรก</a> &raquo; ประกาศจัดซื้อจัดจ้าง</div>
<form method="get" action="{PROC}" name="frmYear">ปีงบประมาณ : <select name="year" onchange="document.frmYear.submit();">{options}</select></form>
<div class="year-nav">{" | ".join(nav)}</div>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="list-table">
<tr class="list-head"><td align="center">วันที่</td><td>เรื่อง</td><td align="center">ไฟล์</td></tr>
{rows}
</table>"""
        return self.frame("ประกาศจัดซื้อจัดจ้าง", self.box(f"ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ {fy}", inner))

    # -- calendar --------------------------------------------------------------------------------------
    @staticmethod
    def month_ok(y: int, m: int) -> bool:
        return 1 <= m <= 12 and 544 <= y <= 10542

    @staticmethod
    def neighbours(y: int, m: int) -> tuple[tuple[int, int], tuple[int, int]]:
        prev = (y, m - 1) if m > 1 else (y - 1, 12)
        nxt = (y, m + 1) if m < 12 else (y + 1, 1)
        return prev, nxt

    def month_grid(self, y: int, m: int, small: bool) -> str:
        gy = y - 543
        days = {
            date.fromisoformat(d).day: (name, place) for d, name, place in EVENTS if d.startswith(f"{gy:04d}-{m:02d}-")
        }
        weeks = calendar.Calendar(firstweekday=6).monthdayscalendar(gy, m)
        rows = []
        for week in weeks:
            cells = []
            for day in week:
                if not day:
                    cells.append("<td>&nbsp;</td>")
                elif day in days:
                    name, place = days[day]
                    cells.append(f'<td class="has-event" title="{attr(name)} ณ {attr(place)}"><b>{day}</b></td>')
                elif date(gy, m, 1).replace(day=day) == TODAY:
                    cells.append(f'<td class="today">{day}</td>')
                else:
                    cells.append(f"<td>{day}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        (py, pm), (ny, nm) = self.neighbours(y, m)
        prev = f'<a href="{cal_url(py, pm)}">&laquo;</a>' if self.month_ok(py, pm) else ""
        nxt = f'<a href="{cal_url(ny, nm)}">&raquo;</a>' if self.month_ok(ny, nm) else ""
        cls = "mini-calendar" if small else "calendar"
        head = "".join(f"<th>{d}</th>" for d in ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"))
        return f"""<table class="{cls}" width="100%" border="0" cellspacing="1" cellpadding="2">
<tr class="cal-nav"><td>{prev}</td><td colspan="5" align="center"><b>{MONTHS[m - 1]} {y}</b></td><td align="right">{nxt}</td></tr>
<tr>{head}</tr>
{"".join(rows)}
</table>"""

    def calendar_page(self, y: int, m: int) -> str:
        gy = y - 543
        events = [(d, n, p) for d, n, p in EVENTS if d.startswith(f"{gy:04d}-{m:02d}-")]
        if events:
            lst = "\n".join(
                f"<li><b>{thai_long(date.fromisoformat(d))}</b> {esc(n)} ณ {esc(p)}</li>" for d, n, p in events
            )
        else:
            lst = '<li class="nodata">ไม่มีกิจกรรมในเดือนนี้</li>'
        (py, pm), (ny, nm) = self.neighbours(y, m)
        links = []
        if self.month_ok(py, pm):
            links.append(f'<a href="{cal_url(py, pm)}">&laquo; เดือนก่อนหน้า</a>')
        links.append(f'<a href="{CAL}">เดือนปัจจุบัน</a>')
        if self.month_ok(ny, nm):
            links.append(f'<a href="{cal_url(ny, nm)}">เดือนถัดไป &raquo;</a>')
        inner = f"""<div class="breadcrumb"><a href="{HOME}">หน้าแรก</a> &raquo; ปฏิทินกิจกรรม</div>
<div class="cal-links">{" | ".join(links)}</div>
{self.month_grid(y, m, small=False)}
<div class="event-list"><b>กิจกรรมประจำเดือน{MONTHS[m - 1]} {y}</b><ul>
{lst}
</ul></div>"""
        return self.frame("ปฏิทินกิจกรรม", self.box("ปฏิทินกิจกรรม", inner))

    # -- homes -----------------------------------------------------------------------------------------
    def home(self) -> str:
        news = newest("news")
        slider = "\n".join(
            f'<div class="slide"><a href="{detail_path(it)}"><img src="{photo_path(it, 1)}" width="520" height="300" border="0" alt="{attr(it.story.title)}" /></a><div class="slide-title">{esc(it.story.title)}</div></div>'
            for it in [n for n in news if n.story.photos][:3]
        )
        news_rows = "\n".join(
            f'<tr><td width="110" valign="top"><a href="{item_path(it)}"><img src="{thumb_path(it)}" width="100" height="75" border="0" alt="" /></a></td><td valign="top"><a href="{item_path(it)}" class="list-topic">{esc(it.story.title)}</a><br /><span class="list-date">{th_short(it.d)}</span></td></tr>'
            for it in news[:4]
        )
        acts = "\n".join(
            f'<td width="25%" align="center" valign="top"><a href="{item_path(it)}"><img src="{thumb_path(it)}" width="150" height="100" border="0" alt="" /><br />{esc(it.story.title)}</a><br /><span class="list-date">{th_short(it.d)}</span></td>'
            for it in newest("activity")[:4]
        )
        ann = "\n".join(
            f'<li><a href="{item_path(it)}">{esc(it.story.title)}</a> <span class="list-date">({th_short(it.d)})</span></li>'
            for it in newest("announce")[:5]
        )
        proc = "\n".join(
            f'<li><a href="{item_path(it)}">{esc(it.story.title)}</a> <span class="list-date">({th_short(it.d)})</span></li>'
            for it in newest("procurement")[:5]
        )
        y, m = TODAY.year + 543, TODAY.month
        main = f"""<div id="slider">{slider}</div>
<div class="mayor"><img src="/webs/images/mayor.jpg" width="120" height="150" alt="{MAYOR}" /><br />{MAYOR}<br />นายกเทศมนตรีนครธารทอง</div>
{self.box("ข่าวประชาสัมพันธ์", f'<table width="100%" border="0" cellspacing="0" cellpadding="4">{news_rows}</table>', group("news"))}
{self.box("ภาพกิจกรรม", f"<table width='100%'><tr>{acts}</tr></table>", group("activity"))}
{self.box("ประกาศเทศบาล", f'<ul class="list-bullet">{ann}</ul>', group("announce"))}
{self.box("ประกาศจัดซื้อจัดจ้าง", f'<ul class="list-bullet">{proc}</ul>', PROC)}
{self.box("ปฏิทินกิจกรรม", self.month_grid(y, m, small=True), CAL)}
<div class="banner"><a href="{group("ita")}"><img src="/webs/images/banner_ita.jpg" width="240" height="80" border="0" alt="ITA" /></a>
<a href="{group("download")}"><img src="/webs/images/banner_download.jpg" width="240" height="80" border="0" alt="เอกสารดาวน์โหลด" /></a>
<a href="http://www.dla.go.th" target="_blank"><img src="/webs/images/banner_dla.jpg" width="240" height="80" border="0" alt="กรมส่งเสริมการปกครองท้องถิ่น" /></a></div>"""
        return self.frame("หน้าแรก", main)

    def en_home(self) -> str:
        intro = "\n".join(f"<p>{esc(p)}</p>" for p in EN_HOME_TEXT)
        rows = "\n".join(
            f'<li><a href="{item_path(it, "en")}">{esc(it.story.title)}</a> <span class="list-date">({en_long(it.d)})</span></li>'
            for it in newest("news")[:PER_PAGE]
        )
        main = f"""{self.box("Welcome", intro)}
{self.box("Latest News", f'<ul class="list-bullet">{rows}</ul>', group("news", "en"))}"""
        return self.en_frame("Home", main).replace("ดูทั้งหมด &raquo;", "More &raquo;")

    @staticmethod
    def splash() -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874" />
<title>{SITE}</title>
<style type="text/css">body{{background:#f3e9c6;text-align:center;font-family:Tahoma}} .enter a{{font-size:18px;color:#7a4b00}}</style>
</head>
<body>
<div><img src="/webs/images/intro_2567.jpg" width="900" height="500" alt="ทรงพระเจริญ" /></div>
<div class="sign">ข้าพระพุทธเจ้า คณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานและลูกจ้าง {SITE}</div>
<div class="enter"><a href="{HOME}">เข้าสู่เว็บไซต์ (ภาษาไทย)</a> | <a href="{EN_HOME}">Enter (English)</a></div>
</body>
</html>
"""

    # -- dynamic answers ------------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        if path != CAL:
            return None
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        try:
            y, m = int(q.get("y", "")), int(q.get("m", ""))
        except ValueError:
            return None
        if not self.month_ok(y, m):
            return None
        return self.respond(self.calendar_page(y, m))

    # -- registration ---------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.add("/", self.splash())
        site.add("/webs/", Response(302, (("Content-Type", "text/html"), ("Location", HOME))))
        self.add(HOME, self.home())
        self.add(EN_HOME, self.en_home())
        for module in GOLD_MODULES:
            pages = (len(newest(module)) + PER_PAGE - 1) // PER_PAGE
            self.add(group(module), self.listing_page(module, 1))
            for n in range(1, pages + 1):
                self.add(group(module) + f"?page={n}", self.listing_page(module, n))
        self.add(group("news", "en"), self.en_news_listing())
        self.add(group("download"), self.download_page())
        self.add(group("ita"), self.ita_index())
        self.add(PROC, self.procurement_page(None))
        for y in range(CURRENT_FY, FIRST_FY - 1, -1):
            self.add(PROC + f"?year={y}", self.procurement_page(y))
        y, m = TODAY.year + 543, TODAY.month
        self.add(CAL, self.calendar_page(y, m))
        for cy, cm in ((y, m), *self.neighbours(y, m)):
            self.non_articles.append(self.u(cal_url(cy, cm)))
        for it in ITEMS:
            page = self.respond(self.item_page(it))
            self.add(item_path(it), page, non_article=not it.article)
            self.add(detail_path(it), page, non_article=not it.article)
            self.add(print_path(it), self.print_page(it))
            self.add(item_path(it) + "?lang=th", page, non_article=not it.article)
            if it.gold:
                self.add(item_path(it, "en"), self.en_item_page(it), non_article=False)
            elif it.code in EN_STATIC:
                self.add(item_path(it, "en"), self.en_static_page(it))
            self.media(it)
        for it in ARTICLES:
            s = it.story
            site.articles.append(
                FixtureArticle(
                    url=self.u(item_path(it)),
                    aliases=tuple(
                        self.u(a)
                        for a in (
                            detail_path(it),
                            item_path(it) + "?lang=th",
                            *((item_path(it, "en"),) if it.gold else ()),
                            item_path(it).rstrip("/"),
                        )
                    ),
                    title=s.title,
                    paragraphs=tuple(plain(p) for p in s.paragraphs),
                    published=s.date,
                    author=s.author,
                    captions=tuple(s.captions or ()),
                )
            )
        for code, day, label in DOWNLOADS:
            path = f"/webs/fileupload/download/{code}.pdf"
            if code == MISSING_DOWNLOAD:
                site.broken_links.append(self.u(path))
            else:
                add_pdf(site, path, label.encode("ascii", "ignore").decode() or code, [code, day], MODIFIED)
        self.assets()
        robots = "User-agent: *\nDisallow: /webs/admin/\nDisallow: /webs/th/search/\nDisallow: /webs/en/search/\nDisallow: /webs/include/\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.disallowed_paths = ["/webs/admin/", "/webs/th/search/", "/webs/en/search/", "/webs/include/"]
        site.add("/webs/admin/", Response(302, (("Content-Type", "text/html"), ("Location", "/webs/admin/login.php"))))
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_YEAR]
        site.dynamic = self.dynamic
        site.not_found = Response(404, (("Content-Type", "text/html; charset=iso-8859-1"),), APACHE_404.encode())

    def media(self, it: Item) -> None:
        site = self.site
        for n in range(1, it.story.photos + 1):
            add_jpeg(site, photo_path(it, n), 64, 48, it.dt)
        if it.module in ("news", "activity"):
            add_jpeg(site, thumb_path(it), 40, 30, it.dt)
        if it.attachment:
            add_pdf(site, pdf_path(it), f"{FAMILY} {it.code}", [it.code, it.story.date], it.dt)

    def assets(self) -> None:
        site = self.site
        add_text(
            site,
            "/webs/themes/default/css/style.css",
            "body{font-family:Tahoma,'MS Sans Serif';font-size:13px}\n#wrapper{background:#fff}\n",
            "text/css",
        )
        add_text(site, "/webs/themes/default/css/print.css", "body{font-family:Tahoma}\n", "text/css")
        add_text(
            site,
            "/webs/themes/default/js/jquery-1.8.3.min.js",
            "/*! jQuery v1.8.3 jquery.com | jquery.org/license */\n",
            "application/javascript",
        )
        for name in (
            "logo.gif",
            "favicon.ico",
            "flag_th.gif",
            "flag_en.gif",
            "icon_new.gif",
            "icon_head.gif",
            "icon_date.gif",
            "icon_pdf.gif",
            "icon_print.gif",
            "bullet.gif",
            "bullet_star.gif",
            "share_fb.gif",
            "share_line.gif",
            "share_tw.gif",
        ):
            add_gif(site, f"/webs/images/{name}", MODIFIED)
        for name, w, h in (
            ("mayor.jpg", 60, 75),
            ("banner_ita.jpg", 60, 20),
            ("banner_download.jpg", 60, 20),
            ("banner_dla.jpg", 60, 20),
            ("intro_2567.jpg", 90, 50),
        ):
            add_jpeg(site, f"/webs/images/{name}", w, h, MODIFIED)


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Apache/2.4.29 (Ubuntu)", redirect_slashless=True)
    Vendor(site).register()
    return site

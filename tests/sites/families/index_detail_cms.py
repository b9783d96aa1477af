# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""index_detail_cms: a Thai vendor CMS whose every page is ``/index/?page=<module><code>`` and whose posts are ``&detail=<token>``.

เทศบาลตำบลหาดทรายทอง (fictional), อำเภอปะทิว จังหวัดชุมพร.  Modelled on the URL shapes and page
layout of a vendor CMS that several เทศบาลตำบล run (seen in the search corpus at
``tk.go.th/index/?page=picture0128&detail=XbvbhfYWn``,
``paknamlangsuan.go.th/index/?detail=cac7LpasC&page=picture0128`` and
``paknamlangsuan.go.th/index/?page=article1932``; the latter site's older generation was
``page.php?id=N``).  What was taken from them (no text was): the site lives in the directory
``/index/`` and links itself with query-only relative hrefs; a module name glued to a 4-digit code
(``picture0128`` is the activity-photo module on two different sites, so the code belongs to the
vendor, not the site); posts named by a 9-character random letters-and-digits token, not a number
(``detail=cac7LpasC``), with the parameters in either order; static pages as ``article<id>``;
Google Material Icons written as ligature text, so icon names show up as words in the page text
(``info_outline ข้อมูลการติดต่อ``, ``call``, ``check_circle ประวัติความเป็นมา``, ``messager``); the
greeting line "ยินดีต้อนรับ เข้าสู่เว็บไซต์ ..." on every page; a post body that starts
``รายละเอียด :`` inline and a ``ผู้โพส : admin`` line; bodies whose first sentence dates the event
(``วันนี้ (24 เมษายน 2565) ...``) rather than the post.

URL shapes (``/`` answers 302 to ``/index/``; ``/index`` 301 to ``/index/``):

* posts: ``/index/?page=news0121&detail=<token>`` (ข่าวประชาสัมพันธ์), ``page=news0122``
  (ประกาศ), ``page=picture0128`` (ภาพกิจกรรม).  Listings and the "ข่าวอื่นๆ" box link
  ``?page=..&detail=..``; the home page links ``?detail=..&page=..``; the marquee and the share
  buttons use ``/index/index.php?page=..&detail=..`` (the directory index: an alias, same page).
* listings: ``/index/?page=news0121`` = ``&p=1``, ``&p=2`` (6 a page, numbered pager).
* static pages ``?page=article2104`` ...; personnel ``?page=personnel0141``; procurement table
  ``?page=procure0131``; downloads ``?page=download0151``; ITA ``?page=ita0160``; contact
  ``?page=contact0001``; HTML site map ``?page=sitemap0001``.
* files under ``/fileupload/`` (photos, PDFs); the admin login ``/admin/`` (robots.txt).

No feed, no sitemap.xml, no previous/next links, no rel=canonical, no og: tags, and every page has
the same ``<title>`` (the site name): the post title is only in the ``<h4>``.

Articles: 25 posts (2022-2024): 9 ข่าวประชาสัมพันธ์, 6 ประกาศ (4 with a PDF), 10 ภาพกิจกรรม with
text (12 ภาพกิจกรรม posts in all).  Dates: ``วันที่โพส : 19 มีนาคม 2567 เวลา 10:42 น.`` on the post, ``19/03/2567`` in
listings, ``19 มี.ค. 2567`` on the home page.

Non-articles: home, the three listings and their pages, six static ``article<id>`` pages, three
personnel pages, procurement, downloads, ITA, contact, site map, two photo-only posts, one
soft-404 (a deleted post the ITA page still links: status 200, "ไม่พบข้อมูล").

Traps (made on request by ``IndexDetailSite.route``):

* accessibility toolbar (ขนาดตัวอักษร ก- ก ก+, สีปกติ / ขาวดำ / ดำเหลือง) on every page links
  the request URI with ``&fontsize=..`` / ``&contrast=..`` APPENDED, the way PHP code that glues
  ``$_SERVER['REQUEST_URI']`` does, so every toggled page links longer toggled URLs without end;
  every one of them is the same page again.  (A common PHP pattern; not seen on the two sites.)
* the pager always prints "ถัดไป »" (to ``p+1``), also on the last page; a page past the end
  answers 200 with "ไม่พบข้อมูล" and another "ถัดไป »": endless ``&p=N``.

Hard cases (what a generic crawler may judge wrongly):

* the static pages ``?page=article2104`` etc. are rendered by the SAME template as posts: a
  card header, an ``<h4>`` title, several paragraphs of prose, ``ผู้โพส : admin``, a
  ``วันที่โพส`` date and a view counter, and the module is even called "article"; they are
  standing pages (history, vision, OTOP products...), not articles;
* two ภาพกิจกรรม posts have a title, a date and photos but only ``รายละเอียด : -`` as text:
  not articles, while a third (ลอยกระทง) has one short sentence of text and IS an article;
* posts are identified by a random token, not a number, and a post URL differs from its
  listing's URL only by the added ``detail`` parameter;
* the body's first sentence often gives the event's date, one or two days before the post date
  shown in the ``วันที่โพส`` line (``published`` is the post date).
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response, route_key
from ..thaidate import local_dt, thai_abbr, thai_long, thai_slash
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc, html_page, redirect

FAMILY = "index_detail_cms"
SITE = "เทศบาลตำบลหาดทรายทอง"
SITE_EN = "Hat Sai Thong Subdistrict Municipality"
SHORT = "ทต.หาดทรายทอง"
ADDRESS = "เลขที่ 88 หมู่ที่ 4 ตำบลหาดทรายทอง อำเภอปะทิว จังหวัดชุมพร 86160"
PHONE = "0-7757-9123"
NOW = date(2024, 8, 20)
BUILT = datetime(2021, 11, 1, 9, 0)
PER_PAGE = 6
HEADERS = (("X-Powered-By", "PHP/7.4.33"), ("Cache-Control", "no-store, no-cache, must-revalidate"))

PR = "งานประชาสัมพันธ์"
CLERK = "สำนักปลัด"
ADMIN = "admin"
CATS = {"news0121": "ข่าวประชาสัมพันธ์", "news0122": "ประกาศ / ข่าวรับสมัครงาน", "picture0128": "ภาพกิจกรรม"}
A11Y = (
    ("fontsize", "small", "ก-"),
    ("fontsize", "normal", "ก"),
    ("fontsize", "large", "ก+"),
    ("contrast", "normal", "สีปกติ"),
    ("contrast", "bw", "ขาวดำ"),
    ("contrast", "yellow", "ดำเหลือง"),
)


@dataclass(frozen=True)
class Post:
    cat: str
    title: str
    date: str  # the post date shown in "วันที่โพส"
    time: str
    author: str
    paragraphs: tuple[str, ...]  # () = a photo-only post ("รายละเอียด : -"), not an article
    photos: int = 0
    attachment: str | None = None


POSTS: tuple[Post, ...] = (
    Post(
        "picture0128",
        "โครงการปลูกป่าชายเลนเฉลิมพระเกียรติ ประจำปี ๒๕๖๕",
        "2022-06-21",
        "14:05",
        ADMIN,
        (
            "เมื่อวันจันทร์ที่ 20 มิถุนายน 2565 เวลา 08.30 น. เทศบาลตำบลหาดทรายทอง ร่วมกับกลุ่มอนุรักษ์ป่าชายเลนบ้านคลองขนาน โรงเรียนในพื้นที่ และอาสาสมัครทรัพยากรธรรมชาติและสิ่งแวดล้อม ร่วมกันปลูกต้นโกงกางและต้นแสมจำนวน 2,500 ต้น บริเวณปากคลองขนาน",
            "นายกเทศมนตรีตำบลหาดทรายทองกล่าวว่า ป่าชายเลนเป็นแหล่งอนุบาลสัตว์น้ำวัยอ่อนและช่วยชะลอการกัดเซาะชายฝั่ง ชาวประมงพื้นบ้านจะได้ประโยชน์โดยตรงเมื่อป่าฟื้นตัว เทศบาลจึงตั้งเป้าปลูกเสริมทุกปีจนครบพื้นที่ 40 ไร่",
        ),
        photos=5,
    ),
    Post(
        "news0121",
        "ขอเชิญชวนนำสุนัขและแมวรับวัคซีนป้องกันโรคพิษสุนัขบ้า ฟรี",
        "2022-07-04",
        "09:20",
        PR,
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลหาดทรายทอง ขอเชิญชวนเจ้าของสุนัขและแมวนำสัตว์เลี้ยงมารับการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าโดยไม่เสียค่าใช้จ่าย ระหว่างวันที่ 11 - 22 กรกฎาคม 2565 ตามจุดบริการในแต่ละหมู่บ้าน",
            "สัตว์ที่มีอายุตั้งแต่ 2 เดือนขึ้นไปควรได้รับวัคซีนทุกปี เจ้าของควรจับสัตว์ใส่ปลอกคอหรือใส่กรงมาให้เรียบร้อย เพื่อความปลอดภัยของเจ้าหน้าที่และผู้มารับบริการคนอื่น ๆ",
            "ตรวจสอบวันและเวลาที่เจ้าหน้าที่จะเข้าไปในหมู่บ้านของท่านได้จากผู้ใหญ่บ้าน หรือโทรสอบถามกองสาธารณสุขฯ โทร 0-7757-9123 ต่อ 17",
        ),
        photos=1,
    ),
    Post(
        "picture0128",
        "กิจกรรมวันแม่แห่งชาติ ประจำปี ๒๕๖๕",
        "2022-08-12",
        "16:30",
        ADMIN,
        (),
        photos=8,
    ),
    Post(
        "news0122",
        "ประกาศเทศบาลตำบลหาดทรายทอง เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง",
        "2022-08-15",
        "10:00",
        CLERK,
        (
            "ด้วยเทศบาลตำบลหาดทรายทอง จะดำเนินการสรรหาและเลือกสรรบุคคลเพื่อจ้างเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถบรรทุกขยะ จำนวน ๒ อัตรา และตำแหน่งยามรักษาการณ์ จำนวน ๑ อัตรา",
            "ผู้ประสงค์จะสมัครขอรับใบสมัครและยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัดเทศบาล ตั้งแต่วันที่ ๒๒ สิงหาคม ถึงวันที่ ๒ กันยายน ๒๕๖๕ ในวันและเวลาราชการ รายละเอียดตามประกาศที่แนบมานี้",
        ),
        attachment="ประกาศรับสมัครพนักงานจ้าง",
    ),
    Post(
        "picture0128",
        "อบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2565",
        "2022-09-14",
        "15:45",
        ADMIN,
        (
            "ระหว่างวันที่ 12 - 13 กันยายน 2565 งานป้องกันและบรรเทาสาธารณภัย เทศบาลตำบลหาดทรายทอง จัดอบรมทบทวนความรู้ให้แก่สมาชิก อปพร. จำนวน 60 คน ณ ห้องประชุมสำนักงานเทศบาล",
            "เนื้อหาการอบรมประกอบด้วยการดับเพลิงขั้นต้นด้วยถังดับเพลิงเคมี การช่วยเหลือผู้ประสบภัยทางน้ำ การปฐมพยาบาลและเคลื่อนย้ายผู้บาดเจ็บ และการจัดการจราจรในช่วงเทศกาล โดยได้รับความอนุเคราะห์วิทยากรจากศูนย์ป้องกันและบรรเทาสาธารณภัย เขต 11 สุราษฎร์ธานี",
        ),
        photos=4,
    ),
    Post(
        "news0122",
        "ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        "2022-09-28",
        "13:30",
        CLERK,
        (
            "ตามที่สภาเทศบาลตำบลหาดทรายทองได้มีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ในการประชุมสภาสมัยสามัญ สมัยที่ ๓ และนายอำเภอปะทิวได้อนุมัติแล้ว จึงประกาศใช้ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๕ เป็นต้นไป",
            "งบประมาณรายจ่ายทั้งสิ้น ๓๘,๖๐๐,๐๐๐ บาท รายละเอียดตามเอกสารแนบ หรือขอดูได้ที่ศูนย์ข้อมูลข่าวสารของเทศบาล",
        ),
        attachment="เทศบัญญัติงบประมาณรายจ่าย 2566",
    ),
    Post(
        "picture0128",
        "ประเพณีชักพระทางน้ำ ประจำปี 2565",
        "2022-10-13",
        "18:10",
        ADMIN,
        (
            "วันนี้ (12 ตุลาคม 2565) ชาวชุมชนหาดทรายทองร่วมกันแห่เรือพระจากวัดสุวรรณาราม ล่องตามลำคลองขนานออกสู่ปากอ่าว ตามประเพณีชักพระในวันออกพรรษาที่สืบทอดกันมาหลายชั่วอายุคน",
            "เทศบาลสนับสนุนการประกวดเรือพระประเภทสวยงามและประเภทอนุรักษ์ และจัดเรือกู้ภัยพร้อมเจ้าหน้าที่ อปพร. ดูแลความปลอดภัยตลอดเส้นทาง ไม่มีอุบัติเหตุเกิดขึ้นแต่อย่างใด",
        ),
        photos=5,
    ),
    Post(
        "news0121",
        "แจ้งเตือนคลื่นลมแรง ขอให้เรือประมงขนาดเล็กงดออกจากฝั่ง",
        "2022-11-21",
        "07:50",
        PR,
        (
            "ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลตำบลหาดทรายทอง แจ้งว่ามรสุมตะวันออกเฉียงเหนือกำลังแรงพัดปกคลุมอ่าวไทย คลื่นสูง 2 - 3 เมตร ในช่วงวันที่ 21 - 25 พฤศจิกายน 2565",
            "ขอให้ชาวประมงที่ใช้เรือขนาดเล็กงดออกจากฝั่ง ผู้ที่อาศัยอยู่ริมชายหาดให้ระวังคลื่นซัดเข้าบ้านเรือน และขนย้ายเรือกับเครื่องมือประมงขึ้นไว้ในที่สูง",
            "หากเกิดเหตุฉุกเฉินแจ้งได้ที่สายด่วนเทศบาล 0-7757-9199 ตลอด 24 ชั่วโมง",
        ),
    ),
    Post(
        "news0121",
        "ประชาสัมพันธ์การยื่นแบบและชำระภาษีป้าย ประจำปี 2566",
        "2023-01-09",
        "11:15",
        PR,
        (
            "กองคลัง เทศบาลตำบลหาดทรายทอง ขอแจ้งให้เจ้าของป้ายโฆษณาและป้ายชื่อร้านค้าในเขตเทศบาล ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2566",
            "ป้ายที่ติดตั้งใหม่ระหว่างปีต้องยื่นแบบภายใน 15 วันนับแต่วันที่ติดตั้ง ผู้ที่ยื่นแบบเกินกำหนดต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษี ชำระได้ที่งานพัฒนาและจัดเก็บรายได้ หรือโอนผ่านบัญชีธนาคารของเทศบาลแล้วส่งหลักฐานทางไลน์ของกองคลัง",
        ),
        photos=1,
    ),
    Post(
        "picture0128",
        "งานวันเด็กแห่งชาติ ประจำปี 2566",
        "2023-01-16",
        "09:40",
        ADMIN,
        (
            "เมื่อวันเสาร์ที่ 14 มกราคม 2566 เทศบาลตำบลหาดทรายทองจัดงานวันเด็กแห่งชาติ ณ ลานหน้าสำนักงานเทศบาล ภายในงานมีเกมชิงรางวัล การแสดงของนักเรียนศูนย์พัฒนาเด็กเล็ก และซุ้มอาหารฟรีจากชมรมแม่บ้าน",
            "คำขวัญวันเด็กปีนี้ได้รับการอ่านโดยนายกเทศมนตรี ก่อนมอบทุนการศึกษาแก่นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์ 20 ทุน ทุนละ 1,000 บาท",
        ),
        photos=5,
    ),
    Post(
        "news0121",
        "รับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลตำบลหาดทรายทอง ปีการศึกษา 2566",
        "2023-03-01",
        "10:30",
        "กองการศึกษา",
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลหาดทรายทอง เปิดรับสมัครเด็กที่เกิดระหว่างวันที่ 1 มกราคม 2563 ถึงวันที่ 31 ธันวาคม 2564 เข้าเรียนในปีการศึกษา 2566 จำนวน 40 คน",
            "ผู้ปกครองยื่นใบสมัครได้ที่ศูนย์ฯ ตั้งแต่วันที่ 6 - 24 มีนาคม 2566 พร้อมสูติบัตร สำเนาทะเบียนบ้าน และสมุดบันทึกสุขภาพแม่และเด็กที่แสดงประวัติการรับวัคซีน",
            "ศูนย์ฯ ไม่เก็บค่าเล่าเรียน มีอาหารกลางวัน อาหารว่าง และนมให้ทุกวัน ผู้ปกครองออกเฉพาะค่าชุดนักเรียนตามความสมัครใจ",
        ),
    ),
    Post(
        "news0122",
        "ประกาศรายชื่อผู้มีสิทธิรับเบี้ยความพิการรายใหม่ ประจำปีงบประมาณ ๒๕๖๖",
        "2023-04-20",
        "14:00",
        CLERK,
        (
            "เทศบาลตำบลหาดทรายทองได้ตรวจสอบคุณสมบัติของคนพิการที่ยื่นคำขอลงทะเบียนรับเบี้ยความพิการแล้ว มีผู้มีคุณสมบัติครบถ้วนจำนวน ๑๒ ราย จะได้รับเงินตั้งแต่เดือนพฤษภาคม ๒๕๖๖ เป็นต้นไป",
            "ผู้ที่ยังไม่มีรายชื่อและเห็นว่าตนมีคุณสมบัติครบถ้วน ให้ติดต่อสำนักปลัดเทศบาลภายในวันที่ ๓๑ พฤษภาคม ๒๕๖๖ พร้อมบัตรประจำตัวคนพิการ",
        ),
    ),
    Post(
        "picture0128",
        "Big Cleaning Day ทำความสะอาดชายหาดหาดทรายทอง",
        "2023-05-22",
        "12:20",
        ADMIN,
        (
            "วันนี้ (22 พฤษภาคม 2566) พนักงานเทศบาล ผู้ประกอบการร้านอาหารริมหาด และนักท่องเที่ยวที่สนใจ ร่วมกันเก็บขยะตลอดแนวชายหาดระยะทางประมาณ 3 กิโลเมตร ได้ขยะรวมกว่า 900 กิโลกรัม ส่วนใหญ่เป็นขวดพลาสติกและเศษอวนที่ถูกคลื่นซัดขึ้นฝั่ง",
            "ขยะที่รีไซเคิลได้ถูกคัดแยกส่งให้ธนาคารขยะของชุมชน ส่วนเศษอวนจะนำไปทำเป็นกระเป๋าและของที่ระลึกโดยกลุ่มอาชีพสตรีบ้านหาดทรายทอง",
        ),
        photos=4,
    ),
    Post(
        "news0121",
        "ขอความร่วมมือทุกครัวเรือนกำจัดแหล่งเพาะพันธุ์ยุงลาย ป้องกันไข้เลือดออก",
        "2023-06-12",
        "08:45",
        PR,
        (
            "ช่วงฤดูฝนเป็นช่วงที่ยุงลายขยายพันธุ์ได้มาก ขณะนี้อำเภอปะทิวพบผู้ป่วยไข้เลือดออกแล้ว 17 ราย เทศบาลจึงขอความร่วมมือทุกครัวเรือนสำรวจและคว่ำภาชนะที่มีน้ำขังรอบบ้านทุก 7 วัน",
            "ปิดฝาโอ่งน้ำให้มิดชิด ใส่ทรายอะเบทในภาชนะที่ปิดไม่ได้ และเปลี่ยนน้ำในแจกันทุกสัปดาห์ ผู้ที่มีไข้สูงติดต่อกันเกิน 2 วันควรไปพบแพทย์ และห้ามรับประทานยาแอสไพรินหรือยาแก้ปวดกลุ่มเอ็นเสด",
        ),
        photos=1,
    ),
    Post(
        "news0122",
        "ประกาศเรียกประชุมสภาเทศบาลตำบลหาดทรายทอง สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๖",
        "2023-07-25",
        "15:20",
        CLERK,
        (
            "อาศัยอำนาจตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ ประธานสภาเทศบาลตำบลหาดทรายทองจึงเรียกประชุมสภาเทศบาล สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๖ มีกำหนด ๓๐ วัน ตั้งแต่วันที่ ๑ สิงหาคม ๒๕๖๖ เป็นต้นไป",
            "ประชาชนที่สนใจสามารถเข้าฟังการประชุมได้ที่ห้องประชุมสภาเทศบาล โดยแจ้งความประสงค์ล่วงหน้าที่งานกิจการสภา",
        ),
        attachment="ประกาศเรียกประชุมสภา สมัยที่ 3 ปี 2566",
    ),
    Post(
        "picture0128",
        "พิธีถวายพระพรชัยมงคล เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2566",
        "2023-07-28",
        "17:05",
        ADMIN,
        (),
        photos=8,
    ),
    Post(
        "picture0128",
        "โครงการโรงเรียนผู้สูงอายุ ตรวจสุขภาพและให้ความรู้การป้องกันการหกล้ม",
        "2023-08-31",
        "13:10",
        ADMIN,
        (
            "เมื่อวันที่ 30 สิงหาคม 2566 โรงเรียนผู้สูงอายุเทศบาลตำบลหาดทรายทอง ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลหาดทรายทอง ตรวจวัดความดันโลหิต ระดับน้ำตาลในเลือด และประเมินการทรงตัวให้นักเรียนผู้สูงอายุ 74 คน",
            "นักกายภาพบำบัดสอนท่าบริหารกล้ามเนื้อขาและการลุกนั่งอย่างปลอดภัย พร้อมแนะนำให้ติดราวจับในห้องน้ำและเปิดไฟทางเดินในเวลากลางคืน ผู้ที่มีความเสี่ยงสูงจะได้รับการเยี่ยมบ้านโดย อสม. เดือนละครั้ง",
        ),
        photos=4,
    ),
    Post(
        "news0121",
        "ชำระค่าน้ำประปาเทศบาลผ่านแอปพลิเคชันธนาคารได้แล้ว",
        "2023-09-04",
        "10:05",
        PR,
        (
            "ตั้งแต่รอบบิลเดือนกันยายน 2566 เป็นต้นไป ผู้ใช้น้ำประปาของเทศบาลตำบลหาดทรายทองสามารถสแกนคิวอาร์โค้ดที่พิมพ์อยู่บนใบแจ้งหนี้ค่าน้ำเพื่อชำระผ่านแอปพลิเคชันของธนาคารได้ทุกธนาคาร โดยไม่มีค่าธรรมเนียม",
            "เมื่อชำระแล้วไม่ต้องส่งหลักฐานการโอนให้เทศบาล ระบบจะบันทึกการชำระให้โดยอัตโนมัติภายใน 1 วันทำการ ผู้ที่ยังสะดวกชำระด้วยเงินสดยังคงชำระได้ที่กองคลังตามเดิม",
        ),
    ),
    Post(
        "picture0128",
        "ประเพณีลอยกระทง ประจำปี 2566",
        "2023-11-28",
        "08:15",
        ADMIN,
        ("คืนวันเพ็ญเดือนสิบสอง ชาวหาดทรายทองร่วมลอยกระทงใบตองริมคลองขนานอย่างคึกคัก",),
        photos=6,
    ),
    Post(
        "news0121",
        "เชิญเที่ยวงานเทศกาลอาหารทะเลหาดทรายทอง ครั้งที่ 5",
        "2023-12-11",
        "16:00",
        PR,
        (
            "เทศบาลตำบลหาดทรายทองขอเชิญประชาชนและนักท่องเที่ยวร่วมงานเทศกาลอาหารทะเลหาดทรายทอง ครั้งที่ 5 ระหว่างวันที่ 22 - 24 ธันวาคม 2566 ณ ลานกิจกรรมริมชายหาด ตั้งแต่เวลา 16.00 น. เป็นต้นไป",
            "ภายในงานมีอาหารทะเลสดจากเรือประมงพื้นบ้านในราคาย่อมเยา การแข่งขันแกะหอยนางรม การประกวดส้มตำทะเล และคอนเสิร์ตจากศิลปินท้องถิ่นทุกคืน",
            "เทศบาลจัดที่จอดรถไว้ที่สนามโรงเรียนบ้านหาดทรายทอง และมีรถรางบริการรับส่งฟรีถึงบริเวณงาน ขอความร่วมมือผู้ร่วมงานทิ้งขยะลงถังที่จัดไว้และงดใช้กล่องโฟม",
        ),
        photos=1,
    ),
    Post(
        "news0122",
        "ประกาศเจตนารมณ์การป้องกันและต่อต้านการทุจริต ประจำปี พ.ศ. ๒๕๖๗",
        "2024-01-15",
        "09:00",
        CLERK,
        (
            "คณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล และพนักงานจ้างของเทศบาลตำบลหาดทรายทอง ขอประกาศเจตนารมณ์ว่าจะปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต โปร่งใส และไม่รับของขวัญหรือประโยชน์อื่นใดจากการปฏิบัติหน้าที่",
            "ประชาชนที่พบเห็นการกระทำที่ส่อไปในทางทุจริต แจ้งได้ที่ศูนย์รับเรื่องร้องเรียนของเทศบาล หรือทางแบบฟอร์มร้องเรียนบนเว็บไซต์ โดยเทศบาลจะเก็บข้อมูลของผู้แจ้งเป็นความลับ",
        ),
    ),
    Post(
        "news0121",
        "แจ้งปิดการจราจรชั่วคราว สะพานข้ามคลองขนาน เพื่อซ่อมแซมพื้นสะพาน",
        "2024-02-19",
        "11:40",
        "กองช่าง",
        (
            "กองช่าง เทศบาลตำบลหาดทรายทอง จะซ่อมแซมพื้นสะพานคอนกรีตข้ามคลองขนานที่ชำรุด จึงขอปิดการจราจรบนสะพานชั่วคราวตั้งแต่วันที่ 26 กุมภาพันธ์ ถึงวันที่ 10 มีนาคม 2567",
            "ผู้ใช้รถใช้ถนนโปรดใช้เส้นทางเลี่ยงผ่านถนนสายบ้านดอนเตย ซึ่งเทศบาลได้ติดตั้งป้ายบอกทางไว้แล้ว รถจักรยานยนต์และคนเดินเท้ายังผ่านทางเดินชั่วคราวด้านข้างสะพานได้",
        ),
        photos=1,
    ),
    Post(
        "picture0128",
        "กิจกรรมวันท้องถิ่นไทย ประจำปี ๒๕๖๗",
        "2024-03-19",
        "10:42",
        ADMIN,
        (
            "เมื่อวันจันทร์ที่ 18 มีนาคม 2567 เวลา 08.00 น. นายกเทศมนตรีตำบลหาดทรายทอง นำคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมพิธีวางพวงมาลาถวายราชสักการะพระบรมราชานุสาวรีย์ รัชกาลที่ 5 ณ ที่ว่าการอำเภอปะทิว",
            "ช่วงสายทุกคนร่วมกันทาสีศาลาที่พักริมทางและปรับภูมิทัศน์สวนสาธารณะริมคลองขนาน เพื่อรำลึกถึงพระมหากรุณาธิคุณที่ทรงวางรากฐานการปกครองท้องถิ่นไทย",
        ),
        photos=5,
    ),
    Post(
        "picture0128",
        "โครงการวันเทศบาล ประจำปี 2567",
        "2024-04-24",
        "15:30",
        ADMIN,
        (
            "วันนี้ (24 เมษายน 2567) เทศบาลตำบลหาดทรายทองจัดโครงการวันเทศบาล มีพิธีทำบุญตักบาตรถวายภัตตาหารเพลแด่พระสงฆ์ 9 รูป และมอบเกียรติบัตรแก่พนักงานที่ปฏิบัติงานดีเด่นประจำปี",
            "นายกเทศมนตรีกล่าวขอบคุณพนักงานทุกคน และย้ำให้ทุกกองช่วยกันปรับปรุงการให้บริการประชาชนให้รวดเร็วขึ้น โดยเฉพาะการขออนุญาตก่อสร้างและการรับชำระภาษี",
        ),
        photos=4,
    ),
    Post(
        "news0121",
        "รณรงค์ลดใช้ถุงพลาสติกและกล่องโฟมบริเวณชายหาด",
        "2024-06-10",
        "14:25",
        PR,
        (
            "เทศบาลตำบลหาดทรายทองขอความร่วมมือร้านค้าและผู้ประกอบการริมชายหาดงดแจกถุงพลาสติกหูหิ้วและกล่องโฟมบรรจุอาหาร ตั้งแต่วันที่ 1 กรกฎาคม 2567 เป็นต้นไป",
            "ร้านที่เข้าร่วมโครงการจะได้รับสติกเกอร์ร้านรักษ์หาดทรายทองติดหน้าร้าน และได้รับการประชาสัมพันธ์ผ่านเพจเฟซบุ๊กของเทศบาล นักท่องเที่ยวที่นำแก้วและกล่องมาเองจะได้รับส่วนลดจากร้านที่ร่วมโครงการ",
        ),
        photos=1,
    ),
    Post(
        "news0122",
        "ประกาศรับสมัครสมาชิก อปพร. เพิ่มเติม ประจำปี ๒๕๖๗",
        "2024-07-08",
        "09:35",
        CLERK,
        (
            "เทศบาลตำบลหาดทรายทองรับสมัครประชาชนผู้มีจิตอาสาเข้ารับการฝึกอบรมจัดตั้งอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) จำนวน ๕๐ คน",
            "ผู้สมัครต้องมีอายุไม่ต่ำกว่า ๑๘ ปี มีชื่ออยู่ในทะเบียนบ้านในเขตเทศบาล และสามารถเข้ารับการฝึกอบรมได้ตลอดหลักสูตร ๕ วัน สมัครได้ที่งานป้องกันและบรรเทาสาธารณภัย ภายในวันที่ ๓๑ กรกฎาคม ๒๕๖๗",
        ),
        attachment="ประกาศรับสมัคร อปพร. 2567",
    ),
    Post(
        "picture0128",
        "เทศบาลเคลื่อนที่ บริการประชาชนถึงหมู่บ้าน ครั้งที่ 3/2567",
        "2024-07-29",
        "16:50",
        ADMIN,
        (
            "เมื่อวันที่ 27 กรกฎาคม 2567 เทศบาลตำบลหาดทรายทองออกหน่วยบริการเคลื่อนที่ ณ ศาลาประชาคมหมู่ที่ 6 บ้านอ่าวมะม่วง ให้บริการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง รับคำร้องขอซ่อมไฟฟ้าสาธารณะ ลงทะเบียนผู้สูงอายุ และตัดผมฟรี",
            "มีประชาชนมารับบริการ 186 คน เรื่องที่ได้รับแจ้งมากที่สุดคือไฟฟ้าส่องสว่างริมถนนชำรุด 14 จุด ซึ่งกองช่างจะออกซ่อมให้แล้วเสร็จภายในเดือนสิงหาคม",
        ),
        photos=5,
    ),
)

# Static pages: the "article" module, same template as the posts (a hard case: not articles).
STATIC: tuple[tuple[int, str, str, tuple[str, ...]], ...] = (
    (
        2104,
        "ประวัติความเป็นมา",
        "2021-11-03",
        (
            "หาดทรายทองเดิมเป็นชุมชนประมงเล็ก ๆ ที่ปากคลองขนาน ชาวบ้านรุ่นแรกอพยพมาจากเมืองชุมพรและเมืองหลังสวนเพื่อจับปลาและเคยตามฤดูกาล ต่อมาเมื่อมีถนนสายเอเชียตัดผ่าน ชุมชนก็ขยายตัวเป็นตลาดและที่พักของคนเดินทาง",
            "ทางราชการจัดตั้งสุขาภิบาลหาดทรายทองเมื่อปี พ.ศ. ๒๕๓๔ และยกฐานะเป็นเทศบาลตำบลหาดทรายทองเมื่อวันที่ ๒๕ พฤษภาคม ๒๕๔๒ ตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล",
            "ชื่อหาดทรายทองมาจากผืนทรายละเอียดสีเหลืองอ่อนที่สะท้อนแสงแดดยามเย็นเป็นสีทอง ซึ่งยังคงเป็นเอกลักษณ์และเป็นแหล่งท่องเที่ยวสำคัญของตำบลมาจนถึงปัจจุบัน",
        ),
    ),
    (
        2105,
        "สภาพทั่วไปและข้อมูลพื้นฐาน",
        "2021-11-03",
        (
            "เทศบาลตำบลหาดทรายทองตั้งอยู่ทางทิศใต้ของอำเภอปะทิว มีพื้นที่ ๑๘.๖ ตารางกิโลเมตร ทิศตะวันออกติดอ่าวไทย ชายหาดยาวประมาณ ๗ กิโลเมตร พื้นที่ด้านตะวันตกเป็นที่ราบเชิงเขาเหมาะแก่การทำสวนปาล์มน้ำมันและสวนมะพร้าว",
            "ประชากรตามทะเบียนราษฎร ๖,๒๑๔ คน ๒,๓๕๘ ครัวเรือน ใน ๗ หมู่บ้าน ประชาชนส่วนใหญ่ประกอบอาชีพประมงพื้นบ้าน ทำสวน และค้าขายที่เกี่ยวกับการท่องเที่ยว",
            "ภูมิอากาศเป็นแบบมรสุมเขตร้อน ฝนตกชุกระหว่างเดือนตุลาคมถึงธันวาคม ช่วงเดือนพฤศจิกายนมักมีคลื่นลมแรงจากมรสุมตะวันออกเฉียงเหนือ",
        ),
    ),
    (
        2107,
        "วิสัยทัศน์ / พันธกิจ",
        "2022-10-05",
        (
            'วิสัยทัศน์ "หาดทรายทองน่าอยู่ ชายฝั่งสมบูรณ์ เศรษฐกิจชุมชนมั่นคง ประชาชนมีส่วนร่วม"',
            "พันธกิจของเทศบาล ได้แก่ พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและปลอดภัย อนุรักษ์ทรัพยากรชายฝั่งและป่าชายเลน ส่งเสริมการท่องเที่ยวโดยชุมชนและผลิตภัณฑ์ท้องถิ่น ดูแลคุณภาพชีวิตเด็ก ผู้สูงอายุ และผู้พิการ และบริหารงานอย่างโปร่งใสตามหลักธรรมาภิบาล",
        ),
    ),
    (
        2110,
        "นโยบายของผู้บริหารท้องถิ่น",
        "2021-12-20",
        (
            "นายกเทศมนตรีตำบลหาดทรายทองได้แถลงนโยบายต่อสภาเทศบาล โดยให้ความสำคัญกับการแก้ปัญหาน้ำประปาไม่เพียงพอในฤดูแล้ง การป้องกันการกัดเซาะชายฝั่ง และการเพิ่มรายได้ของชาวประมงพื้นบ้าน",
            "ด้านสังคม จะขยายโรงเรียนผู้สูงอายุให้ครบทุกหมู่บ้าน จัดรถรับส่งผู้ป่วยติดเตียงไปโรงพยาบาล และสนับสนุนกีฬาชายหาดสำหรับเด็กและเยาวชนเพื่อห่างไกลยาเสพติด",
            "ด้านการบริหาร จะนำระบบรับคำร้องออนไลน์และการชำระค่าบริการผ่านคิวอาร์โค้ดมาใช้ เพื่อให้ประชาชนไม่ต้องเดินทางมาที่สำนักงานเทศบาล",
        ),
    ),
    (
        2116,
        "ผลิตภัณฑ์ OTOP",
        "2022-02-14",
        (
            "กะปิหาดทรายทองทำจากเคยที่ชาวประมงช้อนได้ในช่วงต้นฤดูหนาว หมักเกลือและตากแดดตามสูตรดั้งเดิมของกลุ่มแม่บ้านหมู่ที่ 2 มีกลิ่นหอมและรสเค็มกลมกล่อม ได้รับการคัดสรรเป็นผลิตภัณฑ์ OTOP ระดับ ๔ ดาว",
            "นอกจากนี้ยังมีปลาเค็มแดดเดียว กระเป๋าจากเศษอวน และน้ำมันมะพร้าวสกัดเย็น จำหน่ายที่ศูนย์ OTOP หน้าสำนักงานเทศบาลทุกวัน เวลา 08.30 - 17.00 น.",
        ),
    ),
    (
        2117,
        "สถานที่ท่องเที่ยว",
        "2022-02-14",
        (
            "ชายหาดหาดทรายทองเป็นหาดทรายยาวที่น้ำทะเลใสและคลื่นไม่แรงในช่วงเดือนกุมภาพันธ์ถึงกันยายน เหมาะแก่การเล่นน้ำและพายเรือคายัค มีร้านอาหารทะเลและที่พักของชาวบ้านเรียงรายริมหาด",
            "ป่าชายเลนปากคลองขนานมีสะพานไม้ทางเดินศึกษาธรรมชาติยาว ๘๐๐ เมตร นักท่องเที่ยวจะได้เห็นปูก้ามดาบ ปลาตีน และนกยางหลายชนิด โดยเฉพาะช่วงน้ำลงในตอนเช้า",
            "เขาพระทองอยู่ห่างจากชายหาดประมาณ ๔ กิโลเมตร บนยอดเขาเป็นที่ประดิษฐานพระพุทธรูปปางลีลา มองเห็นอ่าวหาดทรายทองได้ทั้งอ่าว ทางขึ้นเป็นบันไดคอนกรีต ๓๑๙ ขั้น",
        ),
    ),
)

PERSONNEL = {
    "personnel0141": (
        "คณะผู้บริหาร",
        (
            ("mayor", "นายสมศักดิ์ ทองหาด", "นายกเทศมนตรีตำบลหาดทรายทอง"),
            ("deputy1", "นายประยูร แก้วมณี", "รองนายกเทศมนตรี"),
            ("deputy2", "นางจิราพร ศรีสมุทร", "รองนายกเทศมนตรี"),
            ("secretary", "นายวรวุฒิ ปานทอง", "เลขานุการนายกเทศมนตรี"),
        ),
    ),
    "personnel0142": (
        "สมาชิกสภาเทศบาล",
        (
            ("council1", "นายบุญชัย ชายทะเล", "ประธานสภาเทศบาล"),
            ("council2", "นางสาวอรทัย คงสวัสดิ์", "รองประธานสภาเทศบาล"),
            ("council3", "นายเอกชัย นาคสุข", "เลขานุการสภาเทศบาล"),
        ),
    ),
    "personnel0143": (
        "หัวหน้าส่วนราชการ",
        (
            ("clerk", "นางสาวพัชรินทร์ รักษ์ทอง", "ปลัดเทศบาล"),
            ("finance", "นางกาญจนา สุขประเสริฐ", "ผู้อำนวยการกองคลัง"),
            ("engineer", "นายธนพล อินทร์แก้ว", "ผู้อำนวยการกองช่าง"),
        ),
    ),
}

PROCUREMENT = (
    ("2024-07-16", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยบ้านอ่าวมะม่วง หมู่ที่ 6", "egp-6707-01"),
    ("2024-06-03", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (เพิ่มเติม ครั้งที่ 2)", "egp-6706-01"),
    ("2024-05-20", "ประกาศราคากลาง โครงการขยายเขตประปาหมู่บ้าน หมู่ที่ 3", "egp-6705-02"),
    ("2024-03-11", "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุอาหารเสริม (นม) ภาคเรียนที่ 1/2567", "egp-6703-01"),
    ("2023-12-05", "ประกาศสรุปผลการจัดซื้อจัดจ้าง ประจำเดือนพฤศจิกายน 2566", "egp-6612-01"),
)

DOWNLOADS = (
    ("plan-2566-2570", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"),
    ("plan-2566-2570-add2", "แผนพัฒนาท้องถิ่น เพิ่มเติม ครั้งที่ 2/2567"),
    ("budget-2567", "เทศบัญญัติงบประมาณรายจ่าย ประจำปี 2567"),
    ("form-general", "แบบคำร้องทั่วไป"),
    ("form-building", "แบบคำขออนุญาตก่อสร้างอาคาร (ข.1)"),
)

ITA = (
    ("o1", "O1 โครงสร้างหน่วยงาน"),
    ("o2", "O2 ข้อมูลผู้บริหาร"),
    ("o12", "O12 แผนการดำเนินงานประจำปี 2567"),
    ("o13", "O13 รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน"),
    ("o20", "O20 รายงานผลการจัดซื้อจัดจ้างประจำปี 2566"),
    ("o27", "O27 รายงานผลการดำเนินงานเรื่องร้องเรียน"),
)

NETWORK = (
    ("https://www.khaothalu.go.th/index/?page=news0121&detail=Qm2xT8rLa", "อบต.เขาทะลุ ประชาสัมพันธ์การรับชำระภาษีนอกสถานที่"),
    ("https://www.bangson.go.th/index/?page=picture0128&detail=Hk7pZ0wEe", "ทต.บางสน จัดกิจกรรมวันต้นไม้ประจำปีของชาติ"),
    ("https://www.saphli.go.th/index/?page=news0122&detail=Vb4nC9yTs", "อบต.สะพลี ประกาศรับสมัครพนักงานจ้างตามภารกิจ"),
)

ALPHABET = string.ascii_letters + string.digits


def token(seed: str) -> str:
    """A 9-character letters-and-digits token (the CMS makes random ones; these are fixed)."""
    n = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big")
    out = ""
    for _ in range(9):
        n, r = divmod(n, 62)
        out += ALPHABET[r]
    return out


DELETED_TOKEN = token("deleted report 2565")


def views(seed: str) -> int:
    return int.from_bytes(hashlib.md5(seed.encode()).digest()[:2], "big") % 900 + 37


def post_date_line(d: date, hhmm: str) -> str:
    return f"{thai_long(d)} เวลา {hhmm} น."


def q(**params: object) -> str:
    """A query-only relative link, as the templates print it (&amp;)."""
    return "?" + "&amp;".join(f"{k}={v}" for k, v in params.items())


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1


Maker = Callable[[str], Response]  # request URI -> the page (the toolbar echoes the URI)


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/admin/", "/fileupload/tmp/"],
        server_software="Apache/2.4.6 (CentOS) PHP/7.4.33",
    )
    r = _Renderer(site)
    r.register()
    site.dynamic = r.dynamic
    return site


def _trap_patterns(counts: dict[str, int]) -> list[str]:
    pagers = []
    for cat, count in counts.items():
        last = max(1, -(-count // PER_PAGE))
        valid = "|".join(str(k) for k in range(1, last + 1))
        pagers.append(rf"(?=(?:.*&)?page={cat}(?:&|$))(?=(?:.*&)?p=(?!(?:{valid})(?:&|$)))")
    return [
        r"[?&](?:fontsize|contrast)=",
        r"^/index/(?:index\.php)?\?(?:" + "|".join(pagers) + ")",
    ]


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.base = site, site.base_url
        self.posts = [(token(f"{p.cat}|{p.title}"), p) for p in POSTS]  # oldest first
        self.by_token = {t: p for t, p in self.posts}
        self.newest = list(reversed(self.posts))
        self.makers: dict[str, Maker] = {}

    # -- registration ---------------------------------------------------------------
    def page(self, path: str, make: Maker) -> None:
        """Register a page rendered for its own URI; variants are rendered on request."""
        self.site.add(path, make(path))
        self.makers[route_key(path)] = make

    def register(self) -> None:
        site, b = self.site, self.base
        counts = {cat: sum(1 for _, p in self.posts if p.cat == cat) for cat in CATS}
        site.trap_patterns = _trap_patterns(counts)
        for tok, post in self.posts:
            dt = local_dt(post.date, post.time)
            for k in range(1, post.photos + 1):
                add_jpeg(site, self.photo(tok, post, k), 1024, 768, dt)
            if post.attachment:
                add_pdf(site, self.attachment(tok), f"Notice {tok}", [f"Hat Sai Thong {dt.year + 543}"], dt)
            path = f"/index/?page={post.cat}&detail={tok}"
            alias = f"/index/index.php?page={post.cat}&detail={tok}"
            make = self._post_maker(tok, post)
            self.page(path, make)
            self.page(alias, make)
            if post.paragraphs:
                site.articles.append(
                    FixtureArticle(
                        url=b + path,
                        aliases=(b + alias,),
                        title=post.title,
                        paragraphs=post.paragraphs,
                        published=post.date,
                        author=post.author,
                        captions=(),
                    )
                )
            else:
                site.non_articles.append(b + path)  # photo-only post
        home = lambda uri: self.frame(self.home(), uri, home=True)  # noqa: E731
        self.page("/index/", home)
        self.page("/index/index.php", home)
        site.add("/", redirect(b + "/index/", 302, HEADERS))
        site.add("/index", redirect(b + "/index/", 301))
        site.add("/index.php", redirect(b + "/index/", 302, HEADERS))
        site.non_articles += [b + "/index/", b + "/index/index.php"]
        for cat, count in counts.items():
            last = max(1, -(-count // PER_PAGE))
            self.page(f"/index/?page={cat}", self._listing_maker(cat, 1))
            site.non_articles.append(f"{b}/index/?page={cat}")
            for n in range(1, last + 1):
                self.page(f"/index/?page={cat}&p={n}", self._listing_maker(cat, n))
                site.non_articles.append(f"{b}/index/?page={cat}&p={n}")
        for sid, title, day, paragraphs in STATIC:
            path = f"/index/?page=article{sid}"
            self.page(path, self._static_maker(sid, title, day, paragraphs))
            site.non_articles.append(b + path)
        for code, (title, people) in PERSONNEL.items():
            for slug, _name, _role in people:
                add_jpeg(site, f"/fileupload/personnel/{slug}.jpg", 240, 300, BUILT)
            path = f"/index/?page={code}"
            self.page(path, lambda uri, t=title, pp=people: self.frame(self.personnel(t, pp), uri))
            site.non_articles.append(b + path)
        for day, _title, slug in PROCUREMENT:
            add_pdf(site, f"/fileupload/procure/{slug}.pdf", slug.upper(), ["e-GP"], local_dt(day, "10:00"))
        for slug, _title in DOWNLOADS:
            add_pdf(site, f"/fileupload/download/{slug}.pdf", slug.upper(), ["Hat Sai Thong"], BUILT)
        for slug, _title in ITA:
            add_pdf(site, f"/fileupload/ita/2567/{slug}.pdf", slug.upper(), ["ITA 2567"], BUILT)
        for path, make in (
            ("/index/?page=procure0131", lambda uri: self.frame(self.procurement(), uri)),
            ("/index/?page=download0151", lambda uri: self.frame(self.downloads(), uri)),
            ("/index/?page=ita0160", lambda uri: self.frame(self.ita(), uri)),
            ("/index/?page=contact0001", lambda uri: self.frame(self.contact(), uri)),
            ("/index/?page=sitemap0001", lambda uri: self.frame(self.html_sitemap(), uri)),
        ):
            self.page(path, make)
            site.non_articles.append(b + path)
        # The deleted post the ITA page still links: a soft 404 (made on request).
        site.non_articles.append(f"{b}/index/?page=news0121&detail={DELETED_TOKEN}")
        site.add(
            "/admin/",
            html_page(
                '<!DOCTYPE html><html><head><meta charset="utf-8"><title>ระบบจัดการเว็บไซต์</title></head><body>'
                '<form method="post" action="login.php"><input name="username"><input type="password" name="password"><button>เข้าสู่ระบบ</button></form></body></html>',
                extra=HEADERS,
            ),
        )
        site.add(
            "/robots.txt",
            html_page("User-agent: *\nDisallow: /admin/\nDisallow: /fileupload/tmp/\n", "text/plain; charset=utf-8"),
        )
        add_text(site, "/css/bootstrap.min.css", "/* Bootstrap v4.6.2 */\n", "text/css")
        add_text(site, "/css/style.css?v=3.1", ".bg-main{background:#0a6e8a}.detail-info{color:#777}\n", "text/css")
        add_text(site, "/js/jquery-3.6.0.min.js", "/* jQuery v3.6.0 */\n", "application/javascript")
        add_text(site, "/js/bootstrap.bundle.min.js", "/* Bootstrap v4.6.2 */\n", "application/javascript")
        add_text(
            site, "/js/main.js?v=3.1", "$(function(){$('.marquee').each(function(){});});\n", "application/javascript"
        )
        for path, w, h in (
            ("/images/logo.jpg", 120, 120),
            ("/images/banner/slide1.jpg", 1140, 360),
            ("/images/banner/slide2.jpg", 1140, 360),
            ("/images/banner/slide3.jpg", 1140, 360),
            ("/images/banner/ita.jpg", 260, 80),
            ("/images/banner/egp.jpg", 260, 80),
            ("/images/banner/complaint.jpg", 260, 80),
            ("/images/nophoto.jpg", 400, 300),
        ):
            add_jpeg(site, path, w, h, BUILT)
        add_gif(site, "/images/new.gif", BUILT)
        for digit in range(10):
            add_gif(site, f"/images/counter/{digit}.gif", BUILT)

    def _post_maker(self, tok: str, post: Post) -> Maker:
        return lambda uri: self.frame(self.post_page(tok, post), uri)

    def _listing_maker(self, cat: str, n: int) -> Maker:
        return lambda uri: self.frame(self.listing(cat, n), uri)

    def _static_maker(self, sid: int, title: str, day: str, paragraphs: tuple[str, ...]) -> Maker:
        return lambda uri: self.frame(self.static_page(sid, title, day, paragraphs), uri)

    # -- dynamic answers ---------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        if parts.path not in ("/index/", "/index/index.php"):
            return None
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if k in ("page", "detail", "p")]
        clean = "/index/" + ("?" + "&".join(f"{k}={v}" for k, v in kept) if kept else "")
        make = self.makers.get(route_key(clean))
        if make is None:
            params = dict(kept)
            cat = params.get("page", "")
            if cat in CATS and "detail" in params:
                return self.frame(self.missing(), target)
            if cat in CATS and "detail" not in params:
                n = _int(params.get("p"))
                return self.frame(self.listing(cat, n if n >= 1 else 1), target)
            return None
        return make(target)

    # -- paths -----------------------------------------------------------------------------
    def photo(self, tok: str, post: Post, k: int) -> str:
        d = date.fromisoformat(post.date)
        folder = "picture" if post.cat == "picture0128" else "news"
        return f"/fileupload/{folder}/{d.year + 543}/{tok}_{k}.jpg"

    def thumb(self, tok: str, post: Post) -> str:
        return ".." + self.photo(tok, post, 1) if post.photos else "../images/nophoto.jpg"

    def attachment(self, tok: str) -> str:
        return f"/fileupload/file/{tok}.pdf"

    # -- template ------------------------------------------------------------------------------
    def toolbar(self, uri: str) -> str:
        sep = "&" if "?" in uri else "?"
        links = []
        for key, value, label in A11Y:
            links.append(f'<a class="a11y-{key}" href="{attr(uri + sep + key + "=" + value)}">{label}</a>')
        return (
            '<div class="a11y-bar"><span class="material-icons">text_fields</span> ขนาดตัวอักษร '
            + " ".join(links[:3])
            + ' &nbsp;|&nbsp; <span class="material-icons">contrast</span> การแสดงผล '
            + " ".join(links[3:])
            + "</div>"
        )

    def frame(self, content: str, uri: str, home: bool = False) -> Response:
        params = parse_qsl(urlsplit(uri).query, keep_blank_values=True)
        size = next((v for k, v in reversed(params) if k == "fontsize"), "normal")
        contrast = next((v for k, v in reversed(params) if k == "contrast"), "normal")
        ticker = " &nbsp;&nbsp;<span class='material-icons'>campaign</span>&nbsp; ".join(
            f'<a href="index.php?page={p.cat}&amp;detail={t}">{esc(p.title)}</a>'
            for t, p in self.newest
            if p.cat != "picture0128"
        )
        slider = ""
        if home:
            slider = (
                '<div id="carouselMain" class="carousel slide" data-ride="carousel"><div class="carousel-inner">'
                + "".join(
                    f'<div class="carousel-item{" active" if k == 1 else ""}"><img src="../images/banner/slide{k}.jpg" class="d-block w-100" alt=""></div>'
                    for k in (1, 2, 3)
                )
                + '</div><a class="carousel-control-prev" href="#carouselMain" role="button" data-slide="prev"><span class="carousel-control-prev-icon"></span></a>'
                '<a class="carousel-control-next" href="#carouselMain" role="button" data-slide="next"><span class="carousel-control-next-icon"></span></a></div>'
            )
        counter = "".join(f'<img src="../images/counter/{d}.gif" alt="{d}">' for d in "0412905")
        network = "\n".join(
            f'<li><span class="material-icons">arrow_right</span><a href="{href}" target="_blank">{esc(label)}</a></li>'
            for href, label in NETWORK
        )
        mayor = PERSONNEL["personnel0141"][1][0]
        return html_page(
            f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="description" content="เว็บไซต์{SITE} อำเภอปะทิว จังหวัดชุมพร">
<meta name="keywords" content="{SITE}, {SHORT}, หาดทรายทอง, ปะทิว, ชุมพร">
<title>{SITE}</title>
<link rel="icon" href="../images/logo.jpg">
<link rel="stylesheet" href="../css/bootstrap.min.css">
<link rel="stylesheet" href="https://fonts.googleapis.com/icon?family=Material+Icons">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&amp;display=swap">
<link rel="stylesheet" href="../css/style.css?v=3.1">
</head>
<body class="fs-{attr(size)} ct-{attr(contrast)}">
<div class="top-bar"><div class="container d-flex justify-content-between">
{self.toolbar(uri)}
<div class="top-links"><a href="https://www.facebook.com/hatsaithong.municipality" target="_blank"><span class="material-icons">facebook</span></a> <a href="{q(page="contact0001")}"><span class="material-icons">call</span> {PHONE}</a></div>
</div></div>
<header class="header"><div class="container d-flex align-items-center">
<a href="./"><img src="../images/logo.jpg" width="100" height="100" alt="{SITE}"></a>
<div class="site-name ml-3"><h2>{SITE}</h2><div class="site-en">{SITE_EN}</div></div>
<div class="ml-auto text-right"><a href="{q(page="contact0001")}" class="btn btn-sm btn-light"><span class="material-icons">info_outline</span> ข้อมูลการติดต่อ</a></div>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-main"><div class="container">
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainmenu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainmenu"><ul class="navbar-nav">
{self.nav()}
</ul></div></div></nav>
<div class="welcome"><div class="container"><span class="material-icons">waving_hand</span> ยินดีต้อนรับ เข้าสู่เว็บไซต์ {SITE} อำเภอปะทิว จังหวัดชุมพร</div></div>
<div class="news-ticker"><div class="container"><span class="badge badge-danger">ข่าวล่าสุด</span> <marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div></div>
{slider}
<div class="container main"><div class="row">
<div class="col-lg-9 col-content">
{content}
</div>
<div class="col-lg-3 col-sidebar">
<div class="card mb-3"><div class="card-header bg-main text-white"><span class="material-icons">person</span> ผู้บริหาร</div>
<div class="card-body text-center"><img src="../fileupload/personnel/{mayor[0]}.jpg" class="img-fluid" alt=""><div><b>{mayor[1]}</b><br><small>{mayor[2]}</small></div>
<div><small>สายตรงนายก <span class="material-icons">call</span> 08-1234-5678</small></div></div></div>
<div class="card mb-3"><div class="card-header bg-main text-white"><span class="material-icons">menu</span> เมนูหลัก</div>
<ul class="list-group list-group-flush side-menu">
<li class="list-group-item"><a href="{q(page="news0121")}">ข่าวประชาสัมพันธ์</a></li>
<li class="list-group-item"><a href="{q(page="news0122")}">ประกาศ / ข่าวรับสมัครงาน</a></li>
<li class="list-group-item"><a href="{q(page="picture0128")}">ภาพกิจกรรม</a></li>
<li class="list-group-item"><a href="{q(page="procure0131")}">ข่าวจัดซื้อจัดจ้าง</a></li>
<li class="list-group-item"><a href="{q(page="ita0160")}">การเปิดเผยข้อมูลสาธารณะ (ITA)</a></li>
<li class="list-group-item"><a href="{q(page="download0151")}">เอกสารดาวน์โหลด</a></li>
<li class="list-group-item"><a href="{q(page="sitemap0001")}">แผนผังเว็บไซต์</a></li>
</ul></div>
<div class="card mb-3"><div class="card-header bg-main text-white"><span class="material-icons">hub</span> ข่าวสารเครือข่าย</div>
<ul class="list-unstyled network p-2">
{network}
</ul></div>
<div class="banner-links mb-3">
<a href="{q(page="ita0160")}"><img src="../images/banner/ita.jpg" class="img-fluid mb-1" alt="ITA"></a>
<a href="http://www.gprocurement.go.th/" target="_blank"><img src="../images/banner/egp.jpg" class="img-fluid mb-1" alt="e-GP"></a>
<a href="https://www.dla.go.th/" target="_blank"><img src="../images/banner/complaint.jpg" class="img-fluid mb-1" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a>
</div>
<div class="card mb-3"><div class="card-header bg-main text-white"><span class="material-icons">bar_chart</span> สถิติผู้เข้าชม</div>
<div class="card-body small">วันนี้ 87<br>เมื่อวาน 142<br>เดือนนี้ 3,210<br>ทั้งหมด <span class="counter">{counter}</span></div></div>
</div>
</div></div>
<footer class="footer bg-dark text-white-50"><div class="container py-3">
<div class="row"><div class="col-md-8">
<b class="text-white">{SITE}</b><br>{ADDRESS}<br>
<span class="material-icons">call</span> โทรศัพท์ {PHONE} &nbsp; โทรสาร 0-7757-9124<br>
<span class="material-icons">email</span> <a href="mailto:saraban@hatsaithong.go.th">saraban@hatsaithong.go.th</a>
</div><div class="col-md-4 text-md-right">
<a href="https://www.facebook.com/hatsaithong.municipality" target="_blank">Facebook</a> |
<a href="https://line.me/R/ti/p/@hatsaithong" target="_blank">LINE Official</a> |
<a href="../admin/">ผู้ดูแลระบบ</a><br>
<small>Copyright &copy; 2564 {SITE} All rights reserved.</small>
</div></div></div></footer>
<a href="https://m.me/hatsaithong.municipality" class="messenger-float" target="_blank"><span class="material-icons">messager</span></a>
<script src="../js/jquery-3.6.0.min.js"></script>
<script src="../js/bootstrap.bundle.min.js"></script>
<script src="../js/main.js?v=3.1"></script>
</body>
</html>
""",
            extra=HEADERS,
        )

    def nav(self) -> str:
        menus = (
            ("./", "หน้าหลัก", ()),
            ("#", "ข้อมูลพื้นฐาน", tuple((q(page=f"article{sid}"), title) for sid, title, _d, _p in STATIC)),
            ("#", "บุคลากร", tuple((q(page=code), title) for code, (title, _pp) in PERSONNEL.items())),
            (
                "#",
                "ข่าวสาร",
                (
                    (q(page="news0121"), "ข่าวประชาสัมพันธ์"),
                    (q(page="news0122"), "ประกาศ / ข่าวรับสมัครงาน"),
                    (q(page="picture0128"), "ภาพกิจกรรม"),
                    (q(page="procure0131"), "ข่าวจัดซื้อจัดจ้าง"),
                ),
            ),
            ("#", "ดาวน์โหลด", ((q(page="download0151"), "เอกสารดาวน์โหลด"), (q(page="ita0160"), "ITA 2567"))),
            (q(page="contact0001"), "ติดต่อเรา", ()),
        )
        out = []
        for href, label, sub in menus:
            if sub:
                items = "".join(f'<a class="dropdown-item" href="{h}">{esc(t)}</a>' for h, t in sub)
                out.append(
                    f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}" data-toggle="dropdown">{label}</a>'
                    f'<div class="dropdown-menu">{items}</div></li>'
                )
            else:
                out.append(f'<li class="nav-item"><a class="nav-link" href="{href}">{label}</a></li>')
        return "\n".join(out)

    def card(self, title: str, body: str, icon: str = "check_circle") -> str:
        return (
            f'<div class="card mb-3"><div class="card-header bg-main text-white"><span class="material-icons">{icon}</span> {esc(title)}</div>'
            f'<div class="card-body">{body}</div></div>'
        )

    # -- pages -----------------------------------------------------------------------------
    def home(self) -> str:
        def news_list(cat: str, count: int) -> str:
            rows = []
            for tok, post in [(t, p) for t, p in self.newest if p.cat == cat][:count]:
                d = date.fromisoformat(post.date)
                new = ' <img src="../images/new.gif" alt="new">' if (NOW - d).days <= 30 else ""
                rows.append(
                    f'<li><span class="material-icons">arrow_right</span><a href="{q(detail=tok, page=cat)}">{esc(post.title)}</a>'
                    f' <small class="text-muted">({thai_abbr(d)})</small>{new}</li>'
                )
            return '<ul class="list-unstyled list-news">' + "".join(rows) + "</ul>"

        cards = []
        for tok, post in [(t, p) for t, p in self.newest if p.cat == "picture0128"][:6]:
            d = date.fromisoformat(post.date)
            cards.append(
                f'<div class="col-md-4 mb-3"><div class="card h-100"><a href="{q(detail=tok, page="picture0128")}"><img src="{self.thumb(tok, post)}" class="card-img-top" alt=""></a>'
                f'<div class="card-body p-2"><a href="{q(detail=tok, page="picture0128")}">{esc(post.title)}</a><br><small class="text-muted"><span class="material-icons">event</span> {thai_abbr(d)}</small></div></div></div>'
            )
        procure = "".join(
            f'<tr><td>{thai_slash(date.fromisoformat(day))}</td><td><a href="../fileupload/procure/{slug}.pdf" target="_blank">{esc(title)}</a></td></tr>'
            for day, title, slug in PROCUREMENT[:4]
        )
        more = '<div class="text-right"><a href="{}" class="btn btn-sm btn-outline-primary">ดูทั้งหมด</a></div>'
        return (
            self.card("ข่าวประชาสัมพันธ์", news_list("news0121", 5) + more.format(q(page="news0121")), "campaign")
            + self.card(
                "ภาพกิจกรรม",
                '<div class="row">' + "".join(cards) + "</div>" + more.format(q(page="picture0128")),
                "photo_library",
            )
            + self.card(
                "ประกาศ / ข่าวรับสมัครงาน", news_list("news0122", 4) + more.format(q(page="news0122")), "assignment"
            )
            + self.card(
                "ข่าวจัดซื้อจัดจ้าง",
                f'<table class="table table-sm table-striped"><tbody>{procure}</tbody></table>'
                f'<div class="text-right"><a href="{q(page="procure0131")}" class="btn btn-sm btn-outline-primary">ดูทั้งหมด</a> '
                '<a href="http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure" target="_blank" class="btn btn-sm btn-outline-secondary">ระบบ e-GP</a></div>',
                "gavel",
            )
            + '<div class="card mb-3"><div class="card-body p-0"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fhatsaithong.municipality&amp;tabs=timeline&amp;width=500&amp;height=400" width="100%" height="400" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe></div></div>'
        )

    def listing(self, cat: str, n: int) -> str:
        items = [(t, p) for t, p in self.newest if p.cat == cat]
        last = max(1, -(-len(items) // PER_PAGE))
        chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
        if cat == "picture0128":
            cells = "".join(
                f'<div class="col-md-4 mb-3"><div class="card h-100"><a href="{q(page=cat, detail=t)}"><img src="{self.thumb(t, p)}" class="card-img-top" alt=""></a>'
                f'<div class="card-body p-2"><a href="{q(page=cat, detail=t)}">{esc(p.title)}</a><br>'
                f'<small class="text-muted"><span class="material-icons">event</span> {thai_slash(date.fromisoformat(p.date))} &nbsp; <span class="material-icons">visibility</span> {views(t)}</small></div></div></div>'
                for t, p in chunk
            )
            body = f'<div class="row">{cells}</div>' if chunk else ""
        else:
            rows = "".join(
                f'<tr><td class="text-center">{(n - 1) * PER_PAGE + k}</td><td><a href="{q(page=cat, detail=t)}">{esc(p.title)}</a>'
                + (' <img src="../images/new.gif" alt="new">' if (NOW - date.fromisoformat(p.date)).days <= 30 else "")
                + f'</td><td class="text-center text-nowrap">{thai_slash(date.fromisoformat(p.date))}</td><td class="text-center">{views(t)}</td></tr>'
                for k, (t, p) in enumerate(chunk, start=1)
            )
            body = (
                '<table class="table table-bordered table-hover table-sm"><thead class="thead-light"><tr><th>ลำดับ</th><th>เรื่อง</th><th>วันที่</th><th>อ่าน</th></tr></thead>'
                f"<tbody>{rows}</tbody></table>"
                if chunk
                else ""
            )
        if not chunk:
            body = '<div class="alert alert-warning text-center">ไม่พบข้อมูล</div>'
        pager = []
        if n > 1:
            pager.append(
                f'<li class="page-item"><a class="page-link" href="{q(page=cat, p=n - 1)}">&laquo; ก่อนหน้า</a></li>'
            )
        for k in range(1, last + 1):
            active = " active" if k == n else ""
            pager.append(f'<li class="page-item{active}"><a class="page-link" href="{q(page=cat, p=k)}">{k}</a></li>')
        pager.append(f'<li class="page-item"><a class="page-link" href="{q(page=cat, p=n + 1)}">ถัดไป &raquo;</a></li>')
        return self.card(
            CATS[cat],
            body
            + f'<nav><ul class="pagination pagination-sm justify-content-center">{"".join(pager)}</ul></nav>'
            + f'<div class="text-muted small text-center">ทั้งหมด {len(items)} รายการ หน้า {n}/{last}</div>',
        )

    def post_page(self, tok: str, post: Post) -> str:
        d = date.fromisoformat(post.date)
        text = "<br />\r\n<br />\r\n".join(esc(p) for p in post.paragraphs) if post.paragraphs else "-"
        photos = ""
        if post.photos:
            cells = "".join(
                f'<div class="col-6 col-md-3 mb-2"><a href="..{self.photo(tok, post, k)}" data-fancybox="gallery"><img src="..{self.photo(tok, post, k)}" class="img-thumbnail" alt=""></a></div>'
                for k in range(1, post.photos + 1)
            )
            photos = f'<div class="row detail-photo mt-3">{cells}</div>'
        files = ""
        if post.attachment:
            files = (
                f'<div class="detail-file mt-2"><span class="material-icons">attach_file</span> ไฟล์แนบ : '
                f'<a href="..{self.attachment(tok)}" target="_blank">{esc(post.attachment)}</a></div>'
            )
        share_url = f"{self.base}/index/index.php?page={post.cat}&detail={tok}"
        enc = quote(share_url, safe="")
        others = [(t, p) for t, p in self.newest if p.cat == post.cat and t != tok][:5]
        other_html = "".join(
            f'<li><span class="material-icons">arrow_right</span><a href="{q(page=post.cat, detail=t)}">{esc(p.title)}</a> <small class="text-muted">({thai_slash(date.fromisoformat(p.date))})</small></li>'
            for t, p in others
        )
        body = (
            f'<h4 class="detail-title">{esc(post.title)}</h4>\n'
            f'<div class="detail-text"><strong>รายละเอียด :</strong> {text}</div>\n'
            f"{photos}{files}\n"
            f'<hr><div class="detail-info small text-muted"><span class="material-icons">person</span> ผู้โพส : {esc(post.author)} &nbsp; '
            f'<span class="material-icons">event</span> วันที่โพส : {post_date_line(d, post.time)} &nbsp; '
            f'<span class="material-icons">visibility</span> เปิดอ่าน : {views(tok)} ครั้ง</div>\n'
            f'<div class="share mt-2"><a href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank" class="btn btn-sm btn-primary">แชร์ Facebook</a> '
            f'<a href="https://social-plugins.line.me/lineit/share?url={enc}" target="_blank" class="btn btn-sm btn-success">LINE</a> '
            f'<a href="https://twitter.com/intent/tweet?url={enc}" target="_blank" class="btn btn-sm btn-info">Twitter</a> '
            f'<a href="{q(page=post.cat)}" class="btn btn-sm btn-light"><span class="material-icons">list</span> ย้อนกลับ</a></div>'
        )
        return self.card(CATS[post.cat], body) + self.card(
            "ข่าวอื่นๆ", f'<ul class="list-unstyled list-news">{other_html}</ul>', "library_books"
        )

    def static_page(self, sid: int, title: str, day: str, paragraphs: tuple[str, ...]) -> str:
        d = date.fromisoformat(day)
        text = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in paragraphs)
        siblings = "".join(
            f'<li><span class="material-icons">arrow_right</span><a href="{q(page=f"article{s}")}">{esc(t)}</a></li>'
            for s, t, _d, _p in STATIC
            if s != sid
        )
        body = (
            f'<h4 class="detail-title">{esc(title)}</h4>\n<div class="detail-text">{text}</div>\n'
            f'<hr><div class="detail-info small text-muted"><span class="material-icons">person</span> ผู้โพส : admin &nbsp; '
            f'<span class="material-icons">event</span> วันที่โพส : {post_date_line(d, "09:00")} &nbsp; '
            f'<span class="material-icons">visibility</span> เปิดอ่าน : {views(str(sid))} ครั้ง</div>'
        )
        return self.card(title, body) + self.card(
            "ข้อมูลพื้นฐาน", f'<ul class="list-unstyled list-news">{siblings}</ul>', "library_books"
        )

    def personnel(self, title: str, people: tuple[tuple[str, str, str], ...]) -> str:
        first, rest = people[0], people[1:]
        cells = "".join(
            f'<div class="col-md-4 text-center mb-3"><img src="../fileupload/personnel/{slug}.jpg" class="img-fluid img-thumbnail" alt=""><div><b>{esc(name)}</b><br><small>{esc(role)}</small></div></div>'
            for slug, name, role in rest
        )
        return self.card(
            title,
            f'<div class="text-center mb-3"><img src="../fileupload/personnel/{first[0]}.jpg" class="img-fluid img-thumbnail" alt=""><div><b>{esc(first[1])}</b><br><small>{esc(first[2])}</small></div></div>'
            f'<div class="row justify-content-center">{cells}</div>',
            "groups",
        )

    def procurement(self) -> str:
        rows = "".join(
            f'<tr><td class="text-center">{k}</td><td><a href="../fileupload/procure/{slug}.pdf" target="_blank">{esc(title)}</a></td><td class="text-center text-nowrap">{thai_slash(date.fromisoformat(day))}</td></tr>'
            for k, (day, title, slug) in enumerate(PROCUREMENT, start=1)
        )
        return self.card(
            "ข่าวจัดซื้อจัดจ้าง",
            f'<table class="table table-bordered table-sm"><thead class="thead-light"><tr><th>ลำดับ</th><th>เรื่อง</th><th>วันที่ประกาศ</th></tr></thead><tbody>{rows}</tbody></table>'
            '<p class="small">ดูประกาศทั้งหมดได้ที่ <a href="http://www.gprocurement.go.th/" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></p>',
            "gavel",
        )

    def downloads(self) -> str:
        rows = "".join(
            f'<tr><td class="text-center">{k}</td><td>{esc(title)}</td><td class="text-center"><a href="../fileupload/download/{slug}.pdf" target="_blank" class="btn btn-sm btn-danger"><span class="material-icons">file_download</span> PDF</a></td></tr>'
            for k, (slug, title) in enumerate(DOWNLOADS, start=1)
        )
        return self.card(
            "เอกสารดาวน์โหลด",
            f'<table class="table table-bordered table-sm"><thead class="thead-light"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>ดาวน์โหลด</th></tr></thead><tbody>{rows}</tbody></table>',
            "folder",
        )

    def ita(self) -> str:
        rows = "".join(
            f'<tr><td>{esc(title)}</td><td class="text-center"><a href="../fileupload/ita/2567/{slug}.pdf" target="_blank">ดูข้อมูล</a></td></tr>'
            for slug, title in ITA
        )
        rows += (
            f'<tr><td>O9 ข่าวประชาสัมพันธ์</td><td class="text-center"><a href="{q(page="news0121")}">ดูข้อมูล</a></td></tr>'
        )
        rows += f'<tr><td>O10 รายงานผลการดำเนินงานประจำปี 2565</td><td class="text-center"><a href="{q(page="news0121", detail=DELETED_TOKEN)}">ดูข้อมูล</a></td></tr>'
        rows += f'<tr><td>O14 คู่มือหรือมาตรฐานการปฏิบัติงาน</td><td class="text-center"><a href="{q(page="download0151")}">ดูข้อมูล</a></td></tr>'
        return self.card(
            "การเปิดเผยข้อมูลสาธารณะ (ITA) ประจำปี 2567",
            f'<table class="table table-bordered table-sm"><thead class="thead-light"><tr><th>ตัวชี้วัด</th><th>ลิงก์</th></tr></thead><tbody>{rows}</tbody></table>',
            "fact_check",
        )

    def contact(self) -> str:
        return self.card(
            "ติดต่อเรา",
            f"<p><b>{SITE}</b><br>{ADDRESS}<br>โทรศัพท์ {PHONE} โทรสาร 0-7757-9124<br>"
            '<a href="mailto:saraban@hatsaithong.go.th">saraban@hatsaithong.go.th</a><br>'
            "เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
            '<iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d0!2d99.33!3d10.79" width="100%" height="320" style="border:0" allowfullscreen loading="lazy"></iframe>',
            "info_outline",
        )

    def html_sitemap(self) -> str:
        groups = [
            ("ข้อมูลพื้นฐาน", [(q(page=f"article{s}"), t) for s, t, _d, _p in STATIC]),
            ("บุคลากร", [(q(page=c), t) for c, (t, _pp) in PERSONNEL.items()]),
            ("ข่าวสาร", [(q(page=c), t) for c, t in CATS.items()] + [(q(page="procure0131"), "ข่าวจัดซื้อจัดจ้าง")]),
            (
                "อื่น ๆ",
                [
                    (q(page="download0151"), "เอกสารดาวน์โหลด"),
                    (q(page="ita0160"), "ITA"),
                    (q(page="contact0001"), "ติดต่อเรา"),
                ],
            ),
        ]
        body = "".join(
            f"<h6>{esc(g)}</h6><ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in links) + "</ul>"
            for g, links in groups
        )
        return self.card("แผนผังเว็บไซต์", body, "account_tree")

    def missing(self) -> str:
        return self.card(
            "ไม่พบข้อมูล",
            '<div class="text-center py-5"><span class="material-icons" style="font-size:48px">error_outline</span>'
            '<h5 class="text-danger">ไม่พบข้อมูลที่ท่านเรียก</h5><p>ข้อมูลอาจถูกลบหรือย้ายไปแล้ว</p>'
            '<a href="./" class="btn btn-light">กลับหน้าหลัก</a></div>',
            "error_outline",
        )

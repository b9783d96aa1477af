# ruff: noqa: E501  (HTML template lines are kept as the vendor's Blade templates write them)
"""gov_portal: a Laravel 10 "smart government portal" (Tailwind, Alpine.js) a provincial vendor
sells to many อบต.

องค์การบริหารส่วนตำบลดอนหวาย (fictional).  nginx, ``XSRF-TOKEN`` / ``laravel_session`` cookies,
``<meta name="csrf-token">``, ``/css/app.css?id=...`` (Laravel Mix).

* News ``/news/detail/<id>/<thai-slug>`` (upper-case percent-encoding, as ``rawurlencode``
  writes it); ``/news/detail/<id>`` (linked by the home slider) and any wrong slug answer 301 to
  the slug URL.  The page shows ``เผยแพร่เมื่อ 15 มกราคม 2567`` (and, for some,
  ``แก้ไขล่าสุด ...``), ``โดย <name>`` (one post has no byline), tag chips, a share bar and
  "ข่าวที่เกี่ยวข้อง": 4 other posts of the same category, each with a 1-2 sentence excerpt.
  A JSON-LD NewsArticle carries ``datePublished`` as Laravel serialises it (UTC,
  ``2023-09-13T23:15:00.000000Z``): post 1215 was published at 06:15 local, the day before in UTC.
* Announcements (ประกาศ) ``/content/<uuid>``: body, centred signature lines (part of the text),
  a PDF, "ประกาศอื่นๆ" (4 with excerpts).  Both kinds are articles (21: 14 news, 7 ประกาศ).
* Listings: ``/news`` (all), ``/news?category=1|2`` (ข่าวประชาสัมพันธ์ / ข่าวกิจกรรม),
  ``/announce``; 6 a page, Laravel's Tailwind paginator (page 1 linked as ``?page=1``), plus a
  "โหลดเพิ่ม" button (``x-on:click`` fetches ``/api/news?...`` JSON) whose plain ``href`` is the
  next page.  The home links the latest 6 news and 5 ประกาศ.
* Non-articles: home, listings, galleries ``/gallery?page=N`` and albums ``/gallery/<id>`` (title,
  date, photos), procurement table ``/procurement?page=N`` (rows link PDFs and e-GP), ``/download``,
  ``/eservice`` and its forms ``/eservice/request/<slug>``, static pages ``/page/history``,
  ``/page/vision``, ``/page/executives``, ``/page/council``, ``/contact``.
* ``/sitemap.xml`` (named in robots.txt) lists only the static pages.
* Trap: tag chips and the header search link ``/search?q=<tag>``; ``/search`` answers ANY query
  (a real search over the posts, 6 a page) and its "ค้นหาที่เกี่ยวข้อง" chips append another tag to
  the query (``q=ขยะ สิ่งแวดล้อม จิตอาสา ...``), the paginator keeps every parameter: endless.
* robots.txt disallows ``/admin/``, ``/login`` (linked from the footer) and ``/api/``.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zlib
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import local_dt, thai_abbr, thai_long
from .common import add_jpeg, add_pdf, add_text, attr, esc, html_page, redirect

FAMILY = "gov_portal"
SITE = "องค์การบริหารส่วนตำบลดอนหวาย"
SHORT = "อบต.ดอนหวาย"
ADDRESS = "เลขที่ 111 หมู่ที่ 4 ตำบลดอนหวาย อำเภอบ้านแพง จังหวัดนครพนม 48140"
PHONE = "042-590-114"
EMAIL = "saraban@donwai.example.go.th"
MAYOR = "นายประสิทธิ์ วงศ์ดอนหวาย"
PER_PAGE = 6
SEARCH_PER_PAGE = 6
BUILT = datetime(2023, 5, 2, 9, 0, tzinfo=UTC)
PR = "นายธนากร ศรีวงศ์"
ACT = "นางสาวกัญญารัตน์ พรมมา"
CATEGORIES = {1: "ข่าวประชาสัมพันธ์", 2: "ข่าวกิจกรรม"}
COOKIES = (
    ("Cache-Control", "no-cache, private"),
    (
        "Set-Cookie",
        "XSRF-TOKEN=eyJpdiI6IkRvbldhaSIsInZhbHVlIjoiZml4dHVyZSJ9; expires=Fri, 31 Dec 2027 23:59:59 GMT; Max-Age=7200; path=/; samesite=lax",
    ),
    (
        "Set-Cookie",
        "donwai_session=eyJpdiI6InNlc3Npb24iLCJ2YWx1ZSI6ImZpeHR1cmUifQ; expires=Fri, 31 Dec 2027 23:59:59 GMT; Max-Age=7200; path=/; httponly; samesite=lax",
    ),
)
CSRF = "pQ7vJ2kXw9aLr3mZt8yBn4cHs6dFe1gUo0iVhKqE"


# (id, category, date, time, author, title, tags, paragraphs, photos, captions, updated)
NEWS: tuple = (
    (
        1187,
        2,
        "2023-06-09",
        "09:40",
        ACT,
        "อบต.ดอนหวาย จัดกิจกรรมวันสิ่งแวดล้อมโลก ปลูกต้นไม้ริมลำน้ำสงคราม",
        ("สิ่งแวดล้อม", "จิตอาสา"),
        (
            "วันที่ 9 มิถุนายน 2566 องค์การบริหารส่วนตำบลดอนหวาย ร่วมกับโรงเรียนบ้านดอนหวาย ผู้นำชุมชน และจิตอาสาในพื้นที่ จัดกิจกรรมเนื่องในวันสิ่งแวดล้อมโลก ประจำปี 2566 โดยร่วมกันปลูกต้นไม้ริมตลิ่งลำน้ำสงคราม บริเวณท่าน้ำบ้านดอนหวาย หมู่ที่ 2 จำนวน 500 ต้น",
            "นายก อบต.ดอนหวาย กล่าวว่า การปลูกต้นไม้ริมตลิ่งจะช่วยลดการพังทลายของหน้าดินในฤดูน้ำหลาก และเป็นแหล่งอาศัยของปลาและสัตว์น้ำตามธรรมชาติ พร้อมขอความร่วมมือชาวบ้านช่วยกันดูแลรักษาต้นไม้ให้เจริญเติบโต",
        ),
        4,
        (),
        None,
    ),
    (
        1194,
        1,
        "2023-07-03",
        "08:30",
        PR,
        "ขอเชิญชวนผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2567",
        ("ผู้สูงอายุ", "สวัสดิการ"),
        (
            "องค์การบริหารส่วนตำบลดอนหวาย ขอเชิญชวนผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2506 ถึงวันที่ 1 กันยายน 2507 ซึ่งจะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2567 มาลงทะเบียนเพื่อขอรับเงินเบี้ยยังชีพผู้สูงอายุ",
            "ผู้ประสงค์จะลงทะเบียนโปรดนำบัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคาร มายื่นด้วยตนเองได้ที่สำนักปลัด อบต.ดอนหวาย ในวันและเวลาราชการ หรือลงทะเบียนผ่านระบบ e-Service บนเว็บไซต์ของ อบต.",
        ),
        1,
        (),
        None,
    ),
    (
        1202,
        2,
        "2023-07-28",
        "10:15",
        ACT,
        "พิธีแห่เทียนพรรษาและถวายผ้าอาบน้ำฝน ประจำปี 2566",
        ("ศาสนา", "ประเพณี"),
        (
            "อบต.ดอนหวาย ร่วมกับคณะสงฆ์และพุทธศาสนิกชนทั้ง 11 หมู่บ้าน จัดพิธีแห่เทียนพรรษาและถวายผ้าอาบน้ำฝนแด่พระภิกษุสามเณรที่จำพรรษาในวัดเขตตำบลดอนหวาย จำนวน 9 วัด",
            "กิจกรรมดังกล่าวจัดขึ้นเพื่อสืบสานประเพณีอันดีงามของพระพุทธศาสนา และส่งเสริมให้เยาวชนได้เรียนรู้วัฒนธรรมท้องถิ่น โดยมีนักเรียนจากโรงเรียนในตำบลร่วมขบวนแห่อย่างพร้อมเพรียง",
        ),
        6,
        ("ขบวนแห่เทียนพรรษาจากหมู่บ้านต่างๆ", "นายก อบต.ดอนหวาย ถวายเทียนพรรษา ณ วัดศรีดอนหวาย"),
        None,
    ),
    (
        1215,
        1,
        "2023-09-14",
        "06:15",
        PR,
        "แจ้งเตือนประชาชนริมลำน้ำสงคราม เฝ้าระวังน้ำล้นตลิ่ง",
        ("สาธารณภัย", "น้ำท่วม"),
        (
            "ตามที่กรมอุตุนิยมวิทยาได้ประกาศเตือนฝนตกหนักถึงหนักมากในพื้นที่ภาคตะวันออกเฉียงเหนือตอนบน ระหว่างวันที่ 14 - 17 กันยายน 2566 ส่งผลให้ระดับน้ำในลำน้ำสงครามเพิ่มสูงขึ้นอย่างต่อเนื่อง",
            "ศูนย์ปฏิบัติการป้องกันและบรรเทาสาธารณภัย อบต.ดอนหวาย จึงขอแจ้งเตือนประชาชนที่อาศัยอยู่ริมตลิ่งในหมู่ที่ 2, 5 และ 9 ให้ขนย้ายสิ่งของขึ้นที่สูง และติดตามข่าวสารอย่างใกล้ชิด",
            "หากได้รับความเดือดร้อน สามารถแจ้งขอความช่วยเหลือได้ตลอด 24 ชั่วโมง ที่หมายเลขโทรศัพท์ 042-590-114 หรือสายด่วน 1784",
        ),
        2,
        (),
        "2023-09-15",
    ),
    (
        1229,
        2,
        "2023-10-23",
        "16:20",
        ACT,
        "ลงพื้นที่มอบถุงยังชีพช่วยเหลือผู้ประสบอุทกภัย หมู่ที่ 5 และหมู่ที่ 9",
        ("สาธารณภัย", "น้ำท่วม", "จิตอาสา"),
        (
            "นายก อบต.ดอนหวาย พร้อมด้วยสมาชิกสภา อบต. และเจ้าหน้าที่งานป้องกันฯ ลงพื้นที่มอบถุงยังชีพให้แก่ครัวเรือนที่ได้รับผลกระทบจากน้ำท่วมขัง ในหมู่ที่ 5 บ้านท่าเรือ และหมู่ที่ 9 บ้านโนนงาม รวม 146 ครัวเรือน",
        ),
        5,
        ("มอบถุงยังชีพ บ้านท่าเรือ หมู่ที่ 5",),
        None,
    ),
    (
        1236,
        1,
        "2023-11-20",
        "13:00",
        PR,
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
        ("ภาษี",),
        (
            "งานจัดเก็บรายได้ กองคลัง อบต.ดอนหวาย ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตตำบลดอนหวาย ตรวจสอบแบบประเมินภาษีที่ได้รับ และชำระภาษีภายในเดือนเมษายน 2567",
            "ผู้ชำระภาษีสามารถชำระได้ที่ อบต.ดอนหวาย ในวันและเวลาราชการ หรือชำระผ่านแอปพลิเคชันธนาคารด้วยการสแกน QR Code ที่ปรากฏในหนังสือแจ้งการประเมินภาษี",
            "หากชำระภายในกำหนดจะไม่ต้องเสียเบี้ยปรับและเงินเพิ่ม สอบถามรายละเอียดได้ที่กองคลัง โทร. 042-590-114 ต่อ 12",
        ),
        1,
        (),
        None,
    ),
    (
        1248,
        2,
        "2024-01-13",
        "15:45",
        ACT,
        "งานวันเด็กแห่งชาติ ประจำปี 2567 อบต.ดอนหวาย",
        ("เด็กและเยาวชน", "การศึกษา"),
        (
            "วันเสาร์ที่ 13 มกราคม 2567 อบต.ดอนหวาย จัดงานวันเด็กแห่งชาติ ณ สนามหน้าที่ทำการ อบต.ดอนหวาย มีเด็กและผู้ปกครองเข้าร่วมงานกว่า 600 คน",
            "ภายในงานมีการแสดงบนเวทีของเด็กจากศูนย์พัฒนาเด็กเล็กและโรงเรียนในตำบล ซุ้มเกมจากหน่วยงานต่างๆ การตรวจสุขภาพฟันโดยเจ้าหน้าที่ รพ.สต. และการจับสลากของรางวัล",
            "นายก อบต.ดอนหวาย ได้มอบทุนการศึกษาให้แก่นักเรียนที่มีผลการเรียนดี จำนวน 15 ทุน ทุนละ 1,000 บาท",
        ),
        6,
        ("การแสดงของเด็กศูนย์พัฒนาเด็กเล็ก", "มอบทุนการศึกษาแก่นักเรียน", "ซุ้มเกมและของรางวัล"),
        None,
    ),
    (
        1255,
        1,
        "2024-02-05",
        "11:10",
        PR,
        "ขอความร่วมมืองดเผาในที่โล่ง ลดฝุ่นละออง PM2.5",
        ("สิ่งแวดล้อม", "สาธารณภัย"),
        (
            "อำเภอบ้านแพงได้ประกาศให้ช่วงวันที่ 1 กุมภาพันธ์ ถึง 30 เมษายน 2567 เป็นช่วงห้ามเผาเด็ดขาด อบต.ดอนหวาย จึงขอความร่วมมือเกษตรกรงดเผาตอซังข้าว อ้อย และวัชพืชในที่โล่ง",
            "เกษตรกรสามารถขอรับสารย่อยสลายตอซังได้ฟรีที่กองส่งเสริมการเกษตร อบต.ดอนหวาย ผู้ที่ฝ่าฝืนอาจมีความผิดตามกฎหมายว่าด้วยการสาธารณสุข",
        ),
        1,
        (),
        None,
    ),
    (
        1263,
        2,
        "2024-03-08",
        "14:30",
        ACT,
        "อบรมให้ความรู้การคัดแยกขยะต้นทาง และจัดตั้งธนาคารขยะชุมชน",
        ("ขยะ", "สิ่งแวดล้อม"),
        (
            "กองสาธารณสุขและสิ่งแวดล้อม อบต.ดอนหวาย จัดโครงการอบรมให้ความรู้การคัดแยกขยะต้นทางแก่ตัวแทนครัวเรือน 11 หมู่บ้าน ณ หอประชุม อบต.ดอนหวาย มีผู้เข้ารับการอบรม 120 คน",
            "วิทยากรได้แนะนำวิธีแยกขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย พร้อมสาธิตการทำถังขยะเปียกลดโลกร้อนจากถังสีเก่า",
            "ในโอกาสนี้ได้จัดตั้งธนาคารขยะชุมชนบ้านดอนหวาย โดยสมาชิกสามารถนำขยะรีไซเคิลมาฝากและสะสมเป็นเงินออมได้ทุกวันเสาร์แรกของเดือน",
        ),
        4,
        (),
        None,
    ),
    (
        1270,
        2,
        "2024-04-12",
        "10:00",
        None,
        "รดน้ำขอพรผู้สูงอายุ สืบสานประเพณีสงกรานต์ 2567",
        ("ผู้สูงอายุ", "ประเพณี"),
        (
            "คณะผู้บริหาร สมาชิกสภา และพนักงาน อบต.ดอนหวาย จัดกิจกรรมรดน้ำขอพรผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ประจำปี 2567 ณ ศาลาการเปรียญวัดศรีดอนหวาย มีผู้สูงอายุเข้าร่วมกว่า 300 คน",
            "ภายในงานมีการมอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุ 90 ปีขึ้นไป และการแสดงฟ้อนรำของชมรมผู้สูงอายุตำบลดอนหวาย",
        ),
        5,
        ("คณะผู้บริหารรดน้ำขอพรผู้สูงอายุ",),
        None,
    ),
    (
        1281,
        1,
        "2024-05-02",
        "09:05",
        PR,
        "เปิดรับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2567",
        ("การศึกษา", "เด็กและเยาวชน"),
        (
            "ศูนย์พัฒนาเด็กเล็ก อบต.ดอนหวาย เปิดรับสมัครเด็กที่มีอายุ 2 ปี ถึง 3 ปี เข้าเรียนในปีการศึกษา 2567 จำนวน 40 คน ไม่เสียค่าใช้จ่าย",
            "ผู้ปกครองยื่นใบสมัครได้ตั้งแต่วันที่ 2 - 17 พฤษภาคม 2567 ณ ศูนย์พัฒนาเด็กเล็กบ้านดอนหวาย โดยนำสูติบัตร สำเนาทะเบียนบ้าน และสมุดบันทึกสุขภาพแม่และเด็กมาด้วย",
        ),
        1,
        (),
        "2024-05-07",
    ),
    (
        1290,
        1,
        "2024-06-18",
        "13:40",
        PR,
        "บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี ทุกหมู่บ้าน",
        ("สาธารณสุข",),
        (
            "อบต.ดอนหวาย ร่วมกับปศุสัตว์อำเภอบ้านแพง ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้แก่สุนัขและแมวฟรี ตั้งแต่วันที่ 24 มิถุนายน ถึง 5 กรกฎาคม 2567 ตามตารางที่แจ้งผ่านผู้ใหญ่บ้าน",
            "ขอให้เจ้าของสัตว์เลี้ยงนำสุนัขและแมวที่มีอายุ 2 เดือนขึ้นไปมารับวัคซีน และขึ้นทะเบียนสัตว์ตามข้อบัญญัติ อบต.ดอนหวาย",
        ),
        2,
        (),
        None,
    ),
    (
        1302,
        2,
        "2024-07-26",
        "08:50",
        ACT,
        "กิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2567",
        ("จิตอาสา",),
        (
            "อบต.ดอนหวาย ร่วมกับส่วนราชการ ผู้นำชุมชน และจิตอาสาพระราชทาน จัดกิจกรรมจิตอาสาพัฒนาทำความสะอาดถนนและตัดหญ้าริมทาง สายบ้านดอนหวาย - บ้านโนนงาม ระยะทาง 4 กิโลเมตร",
            "พร้อมทั้งร่วมกันปลูกต้นรวงผึ้ง ต้นไม้ประจำพระองค์ จำนวน 72 ต้น บริเวณที่สาธารณประโยชน์หนองบัว หมู่ที่ 3",
        ),
        4,
        (),
        None,
    ),
    (
        1311,
        1,
        "2024-08-29",
        "16:05",
        PR,
        "ประชาคมหมู่บ้าน ทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
        ("แผนพัฒนา",),
        (
            "อบต.ดอนหวาย จัดเวทีประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ครบทั้ง 11 หมู่บ้าน ระหว่างวันที่ 19 - 29 สิงหาคม 2567",
            "ประชาชนได้เสนอโครงการที่เป็นความต้องการของหมู่บ้าน เช่น ถนนคอนกรีตเสริมเหล็ก ระบบประปาหมู่บ้าน และไฟฟ้าส่องสว่างสาธารณะ รวม 58 โครงการ",
            "อบต.ดอนหวาย จะรวบรวมข้อเสนอดังกล่าวเสนอคณะกรรมการพัฒนาท้องถิ่นพิจารณาจัดลำดับความสำคัญก่อนประกาศใช้ต่อไป",
        ),
        2,
        (),
        None,
    ),
)

SIGN = ("{date_line}", f"({MAYOR})", "นายกองค์การบริหารส่วนตำบลดอนหวาย")

# (key, date, time, title, tags, paragraphs)
ANNOUNCE: tuple = (
    (
        "a1",
        "2023-08-01",
        "10:30",
        "ประกาศ อบต.ดอนหวาย เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงาน",
        ("รับสมัครงาน",),
        (
            "ด้วยองค์การบริหารส่วนตำบลดอนหวาย มีความประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงาน จำนวน 2 อัตรา ค่าตอบแทนเดือนละ 9,000 บาท",
            "ผู้สนใจสามารถยื่นใบสมัครได้ที่สำนักปลัด อบต.ดอนหวาย ตั้งแต่วันที่ 7 - 18 สิงหาคม 2566 ในวันและเวลาราชการ รายละเอียดตามเอกสารแนบท้ายประกาศนี้",
        ),
    ),
    (
        "a2",
        "2023-10-02",
        "09:00",
        "ประกาศ อบต.ดอนหวาย เรื่อง ใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567",
        ("งบประมาณ",),
        (
            "ด้วยข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ได้รับความเห็นชอบจากสภาองค์การบริหารส่วนตำบลดอนหวาย และนายอำเภอบ้านแพงได้อนุมัติแล้ว",
            "จึงประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ตั้งแต่วันที่ 1 ตุลาคม 2566 เป็นต้นไป โดยตั้งงบประมาณรายจ่ายไว้ทั้งสิ้น 52,800,000 บาท",
        ),
    ),
    (
        "a3",
        "2023-12-20",
        "14:00",
        "ประกาศ เรื่อง วันหยุดราชการและการให้บริการในช่วงเทศกาลปีใหม่ 2567",
        ("วันหยุด",),
        (
            "องค์การบริหารส่วนตำบลดอนหวาย จะหยุดให้บริการในวันที่ 29 ธันวาคม 2566 ถึงวันที่ 1 มกราคม 2567 และจะเปิดให้บริการตามปกติในวันอังคารที่ 2 มกราคม 2567",
            "ในช่วงวันหยุดดังกล่าว ศูนย์ปฏิบัติการป้องกันและบรรเทาสาธารณภัยยังคงให้บริการตลอด 24 ชั่วโมง ที่หมายเลข 042-590-114",
        ),
    ),
    (
        "a4",
        "2024-02-26",
        "11:30",
        "ประกาศ เรื่อง การจัดเก็บค่าธรรมเนียมเก็บขนมูลฝอย ประจำปี 2567",
        ("ขยะ", "ภาษี"),
        (
            "ตามข้อบัญญัติองค์การบริหารส่วนตำบลดอนหวาย เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย อบต.ดอนหวาย จะจัดเก็บค่าธรรมเนียมเก็บขนมูลฝอยจากบ้านเรือนในอัตราเดือนละ 20 บาท ตั้งแต่เดือนมีนาคม 2567 เป็นต้นไป",
            "ผู้ประกอบการร้านค้าและสถานประกอบการจะจัดเก็บตามปริมาณมูลฝอยที่เกิดขึ้นจริง โดยเจ้าหน้าที่จะออกใบเสร็จรับเงินทุกครั้งที่ชำระ",
        ),
    ),
    (
        "a5",
        "2024-04-01",
        "08:45",
        "ประกาศ เรื่อง งดจ่ายน้ำประปาชั่วคราว หมู่ที่ 3 บ้านหนองบัว",
        ("ประปา",),
        (
            "เนื่องจากกองช่างจะดำเนินการเปลี่ยนท่อเมนประปาที่ชำรุด จึงขอแจ้งงดจ่ายน้ำประปาหมู่บ้าน หมู่ที่ 3 บ้านหนองบัว ในวันพุธที่ 3 เมษายน 2567 ตั้งแต่เวลา 08.30 - 17.00 น. ขออภัยในความไม่สะดวก",
        ),
    ),
    (
        "a6",
        "2024-06-03",
        "13:15",
        "ประกาศ เรื่อง รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2566",
        ("แผนพัฒนา", "งบประมาณ"),
        (
            "ตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น กำหนดให้ผู้บริหารท้องถิ่นรายงานผลการดำเนินงานต่อสภาท้องถิ่นและประกาศให้ประชาชนทราบ",
            "ในปีงบประมาณ พ.ศ. 2566 อบต.ดอนหวาย ได้ดำเนินโครงการตามแผนพัฒนาท้องถิ่นแล้วเสร็จ 74 โครงการ จากทั้งหมด 89 โครงการ คิดเป็นร้อยละ 83.15 รายละเอียดตามเอกสารแนบ",
        ),
    ),
    (
        "a7",
        "2024-09-02",
        "10:00",
        "ประกาศ เรื่อง เจตจำนงสุจริตในการบริหารงานของผู้บริหาร อบต.ดอนหวาย",
        ("ITA",),
        (
            "ข้าพเจ้า นายกองค์การบริหารส่วนตำบลดอนหวาย ขอแสดงเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ ตามหลักธรรมาภิบาล",
            "และจะไม่กระทำการใดๆ ที่เป็นการทุจริตหรือประพฤติมิชอบ พร้อมทั้งเปิดโอกาสให้ประชาชนมีส่วนร่วมในการติดตามตรวจสอบการดำเนินงานของ อบต.ดอนหวาย",
        ),
    ),
)

# (id, date, title, photos, news id or None)
ALBUMS: tuple = (
    (31, "2023-06-09", "ภาพกิจกรรมวันสิ่งแวดล้อมโลก ประจำปี 2566", 8, 1187),
    (32, "2023-07-28", "ภาพพิธีแห่เทียนพรรษา ประจำปี 2566", 12, 1202),
    (33, "2023-08-15", "ภาพการประชุมสภา อบต.ดอนหวาย สมัยสามัญ สมัยที่ 3/2566", 6, None),
    (34, "2023-10-23", "ภาพการมอบถุงยังชีพผู้ประสบอุทกภัย", 9, 1229),
    (35, "2024-01-13", "ภาพงานวันเด็กแห่งชาติ 2567", 15, 1248),
    (36, "2024-03-08", "ภาพการอบรมคัดแยกขยะต้นทาง", 7, 1263),
    (37, "2024-04-12", "ภาพกิจกรรมรดน้ำขอพรผู้สูงอายุ 2567", 10, 1270),
    (38, "2024-07-26", "ภาพกิจกรรมจิตอาสาพัฒนา 28 กรกฎาคม 2567", 8, 1302),
)

# (number, date, title, kind)
PROCUREMENT: tuple = (
    ("2567-001", "2023-10-16", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567", "แผนการจัดซื้อจัดจ้าง"),
    (
        "2567-004",
        "2023-11-08",
        "ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดอนหวาย - บ้านท่าเรือ หมู่ที่ 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        "ประกาศเชิญชวน",
    ),
    (
        "2567-007",
        "2023-12-01",
        "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านดอนหวาย - บ้านท่าเรือ หมู่ที่ 5",
        "ประกาศผู้ชนะ",
    ),
    ("2567-011", "2024-01-10", "จัดซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ 2/2566 โดยวิธีเฉพาะเจาะจง", "ประกาศผู้ชนะ"),
    ("2567-015", "2024-02-14", "ประกวดราคาจ้างก่อสร้างระบบประปาหมู่บ้าน แบบผิวดินขนาดใหญ่ หมู่ที่ 3", "ประกาศเชิญชวน"),
    ("2567-018", "2024-03-20", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างระบบประปาหมู่บ้าน หมู่ที่ 3", "ประกาศผู้ชนะ"),
    ("2567-022", "2024-04-25", "จัดซื้อวัสดุก่อสร้างซ่อมแซมบ้านผู้ยากไร้ โดยวิธีเฉพาะเจาะจง", "ประกาศผู้ชนะ"),
    ("2567-026", "2024-05-30", "ประกาศราคากลาง โครงการก่อสร้างรางระบายน้ำ คสล. หมู่ที่ 9", "ราคากลาง"),
    ("2567-027", "2024-06-05", "ประกวดราคาจ้างก่อสร้างรางระบายน้ำ คสล. หมู่ที่ 9 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์", "ประกาศเชิญชวน"),
    ("2567-031", "2024-07-11", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างรางระบายน้ำ คสล. หมู่ที่ 9", "ประกาศผู้ชนะ"),
    ("2567-034", "2024-08-08", "จัดซื้อครุภัณฑ์คอมพิวเตอร์ สำนักปลัด จำนวน 3 รายการ โดยวิธีเฉพาะเจาะจง", "ประกาศผู้ชนะ"),
    ("2567-036", "2024-09-09", "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนสิงหาคม 2567 (แบบ สขร.1)", "สรุปผล"),
)
PROC_PER_PAGE = 10

DOWNLOADS: tuple = (
    ("plan-2566-2570.pdf", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", "กองยุทธศาสตร์และงบประมาณ", "2022-10-20"),
    ("budget-2567.pdf", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567", "กองคลัง", "2023-10-02"),
    ("form-general.pdf", "แบบคำร้องทั่วไป", "สำนักปลัด", "2023-05-02"),
    ("form-elderly.pdf", "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", "สำนักปลัด", "2023-05-02"),
    ("form-building.pdf", "แบบคำขออนุญาตก่อสร้างอาคาร (ข.1)", "กองช่าง", "2023-05-02"),
    ("ita-2567.pdf", "คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต ประจำปี 2567", "สำนักปลัด", "2024-01-15"),
)

ESERVICES: tuple = (
    ("general", "คำร้องทั่วไป", "ยื่นคำร้องขอรับบริการ หรือขอความช่วยเหลือจาก อบต.ดอนหวาย"),
    ("streetlight", "แจ้งซ่อมไฟฟ้าส่องสว่างสาธารณะ", "แจ้งไฟถนนดับ ชำรุด หรือขอติดตั้งเพิ่มเติม"),
    ("garbage", "ขอรับบริการเก็บขนขยะ", "ขอรับถังขยะ หรือแจ้งจุดเก็บขนขยะตกค้าง"),
    ("water", "ขอใช้น้ำประปาหมู่บ้าน", "ยื่นคำขอติดตั้งมาตรวัดน้ำประปารายใหม่"),
)

EXECUTIVES: tuple = (
    (MAYOR, "นายกองค์การบริหารส่วนตำบลดอนหวาย", "081-742-1150", "mayor.jpg"),
    ("นายสมบัติ แก้วดอนหวาย", "รองนายกองค์การบริหารส่วนตำบลดอนหวาย", "089-271-5512", "deputy1.jpg"),
    ("นางบุญเรือน สีหาวงศ์", "รองนายกองค์การบริหารส่วนตำบลดอนหวาย", "087-220-3319", "deputy2.jpg"),
    ("นายวีระพงษ์ ทองมา", "เลขานุการนายกองค์การบริหารส่วนตำบลดอนหวาย", "", "secretary.jpg"),
    ("นางสาวพิมพ์ชนก อินทร์แก้ว", "ปลัดองค์การบริหารส่วนตำบลดอนหวาย", "042-590-114 ต่อ 11", "palad.jpg"),
)
COUNCIL: tuple = (
    ("นายคำพันธ์ บุญมาก", "ประธานสภาองค์การบริหารส่วนตำบลดอนหวาย"),
    ("นายเสถียร พลดอน", "รองประธานสภาองค์การบริหารส่วนตำบลดอนหวาย"),
    ("นางสาวพิมพ์ชนก อินทร์แก้ว", "เลขานุการสภาองค์การบริหารส่วนตำบลดอนหวาย"),
    ("นายบุญชู ศรีสุข", "สมาชิกสภา อบต. หมู่ที่ 1"),
    ("นายทองดี มาลา", "สมาชิกสภา อบต. หมู่ที่ 2"),
    ("นางจันทร์เพ็ญ วงศ์ใหญ่", "สมาชิกสภา อบต. หมู่ที่ 3"),
    ("นายสุรชัย คำแก้ว", "สมาชิกสภา อบต. หมู่ที่ 4"),
    ("นายประยูร ดวงดี", "สมาชิกสภา อบต. หมู่ที่ 5"),
)

STATIC: dict[str, tuple[str, tuple[str, ...]]] = {
    "history": (
        "ประวัติความเป็นมา",
        (
            'ตำบลดอนหวายเดิมเป็นส่วนหนึ่งของตำบลบ้านแพง ชื่อ "ดอนหวาย" มาจากเนินดินริมลำน้ำสงครามที่มีต้นหวายขึ้นอยู่หนาแน่น ชาวบ้านกลุ่มแรกอพยพมาจากฝั่งลาวเมื่อราวปี พ.ศ. 2430',
            "ได้รับการยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบลดอนหวาย เมื่อวันที่ 30 มกราคม 2540 ตามประกาศกระทรวงมหาดไทย",
            "ปัจจุบันมีพื้นที่ประมาณ 62 ตารางกิโลเมตร มี 11 หมู่บ้าน ประชากร 7,912 คน 2,288 ครัวเรือน ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ประมงน้ำจืด และปลูกยางพารา",
        ),
    ),
    "vision": (
        "วิสัยทัศน์ / พันธกิจ",
        (
            'วิสัยทัศน์ : "ดอนหวายน่าอยู่ เศรษฐกิจมั่นคง ชุมชนเข้มแข็ง สิ่งแวดล้อมยั่งยืน"',
            "พันธกิจที่ 1 พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและทั่วถึง",
            "พันธกิจที่ 2 ส่งเสริมอาชีพและรายได้ของประชาชนตามหลักปรัชญาเศรษฐกิจพอเพียง",
            "พันธกิจที่ 3 ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และคุณภาพชีวิตของประชาชน",
            "พันธกิจที่ 4 อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อมริมลำน้ำสงคราม",
        ),
    ),
}

BREADCRUMB_HOME = ("หน้าแรก", "/")


def _uuid(key: str) -> str:
    return str(uuid.UUID(hashlib.md5(f"donwai-announce-{key}".encode()).hexdigest(), version=4))


def _slug(title: str) -> str:
    words = "".join(c if c.isalnum() or "\u0e00" <= c <= "\u0e7f" else " " for c in title).split()
    return "-".join(words)


def _excerpt(paragraphs: tuple[str, ...], limit: int = 150) -> str:
    """The first one or two 'sentences' (space-separated runs) of the first paragraph."""
    words = paragraphs[0].split(" ")
    out = ""
    for word in words:
        if out and len(out) + 1 + len(word) > limit:
            return out + " ..."
        out = f"{out} {word}" if out else word
    return out


def _utc_json(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def _n(path: str, mod: int) -> int:
    return zlib.crc32(path.encode()) % mod


class _Post:
    """A news post or an announcement, ready to render."""

    def __init__(
        self,
        kind: str,
        key,
        dt: datetime,
        title: str,
        author,
        tags,
        paragraphs,
        photos=0,
        captions=(),
        updated=None,
        category=None,
    ):
        self.kind, self.key, self.dt, self.title = kind, key, dt, title
        self.author, self.tags, self.paragraphs = author, tags, paragraphs
        self.photos, self.captions, self.updated, self.category = photos, captions, updated, category
        if kind == "news":
            self.path = quote(f"/news/detail/{key}/{_slug(title)}", safe="/-")
        else:
            self.path = f"/content/{_uuid(key)}"

    @property
    def date(self) -> str:
        return self.dt.date().isoformat()


class GovPortalSite(FixtureSite):
    """Laravel routes: any slug after a news id redirects; /search answers any query."""

    renderer: _Renderer

    def route(self, path_and_query: str) -> Response | None:
        found = super().route(path_and_query)
        if found is not None:
            return found
        parts = urlsplit(path_and_query)
        if parts.path == "/search":
            return self.renderer.search(parse_qsl(parts.query, keep_blank_values=True))
        pieces = parts.path.split("/")
        if len(pieces) >= 4 and pieces[1:3] == ["news", "detail"] and pieces[3].isdigit():
            post = self.renderer.by_id.get(int(pieces[3]))
            if post is not None:
                return redirect(self.url(post.path))
        return None


def build(base_url: str) -> FixtureSite:
    site = GovPortalSite(
        FAMILY,
        base_url,
        disallowed_paths=["/admin/", "/login", "/api/"],
        server_software="nginx/1.22.1",
        trap_patterns=[r"^/search\?"],
        not_found=html_page(
            '<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            "<title>Not Found</title>\n<style>body{font-family:ui-sans-serif,system-ui,sans-serif;background:#f7fafc;color:#a0aec0}"
            ".wrap{display:flex;align-items:center;justify-content:center;min-height:100vh}</style>\n</head>\n"
            '<body class="antialiased"><div class="wrap"><div class="px-4 text-lg border-r">404</div>'
            '<div class="ml-4 text-lg uppercase tracking-wider">Not Found</div></div></body>\n</html>\n',
            status=404,
            extra=COOKIES,
        ),
    )
    site.renderer = _Renderer(site)
    site.renderer.register()
    return site


ICON_CAL = '<svg xmlns="http://www.w3.org/2000/svg" class="h-4 w-4 inline" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M8 7V3m8 4V3m-9 8h10M5 21h14a2 2 0 002-2V7a2 2 0 00-2-2H5a2 2 0 00-2 2v12a2 2 0 002 2z"/></svg>'
ICON_EYE = '<svg xmlns="http://www.w3.org/2000/svg" class="h-4 w-4 inline" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M15 12a3 3 0 11-6 0 3 3 0 016 0z"/><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M2.458 12C3.732 7.943 7.523 5 12 5c4.478 0 8.268 2.943 9.542 7-1.274 4.057-5.064 7-9.542 7-4.477 0-8.268-2.943-9.542-7z"/></svg>'
ICON_CHEVRON = '<svg class="w-3 h-3 mx-1 text-gray-400" fill="currentColor" viewBox="0 0 20 20"><path fill-rule="evenodd" d="M7.293 14.707a1 1 0 010-1.414L10.586 10 7.293 6.707a1 1 0 011.414-1.414l4 4a1 1 0 010 1.414l-4 4a1 1 0 01-1.414 0z" clip-rule="evenodd"/></svg>'
ICON_PDF = '<svg class="w-5 h-5 inline text-red-600" fill="currentColor" viewBox="0 0 20 20"><path fill-rule="evenodd" d="M4 4a2 2 0 012-2h4.586A2 2 0 0112 2.586L15.414 6A2 2 0 0116 7.414V16a2 2 0 01-2 2H6a2 2 0 01-2-2V4z" clip-rule="evenodd"/></svg>'

APP_CSS = """/*! tailwindcss v3.3.3 | MIT License | https://tailwindcss.com */
*,:after,:before{box-sizing:border-box;border:0 solid #e5e7eb}html{line-height:1.5;font-family:Sarabun,ui-sans-serif,system-ui,sans-serif}
.container{width:100%}.mx-auto{margin-left:auto;margin-right:auto}.flex{display:flex}.hidden{display:none}.grid{display:grid}
.prose p{margin-top:1.25em;margin-bottom:1.25em}.line-clamp-2{overflow:hidden;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2}
"""
APP_JS = """/*! app.js (Laravel Mix) */
document.addEventListener('alpine:init',()=>{Alpine.data('loadMore',(url)=>({url,loading:false,async more(){this.loading=true;const r=await fetch(this.url,{headers:{'X-Requested-With':'XMLHttpRequest'}});const j=await r.json();this.$refs.list.insertAdjacentHTML('beforeend',j.html);this.url=j.next_page_url;this.loading=false}}))});
"""


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        posts = []
        for nid, cat, day, hhmm, author, title, tags, paragraphs, photos, captions, updated in NEWS:
            posts.append(
                _Post("news", nid, local_dt(day, hhmm), title, author, tags, paragraphs, photos, captions, updated, cat)
            )
        for key, day, hhmm, title, tags, paragraphs in ANNOUNCE:
            signed = paragraphs + tuple(
                line.format(
                    date_line=f"ประกาศ ณ วันที่ {thai_long(local_dt(day, hhmm).date()).replace(' 25', ' พ.ศ. 25')}"
                )
                for line in SIGN
            )
            posts.append(_Post("announce", key, local_dt(day, hhmm), title, None, tags, signed))
        self.posts = sorted(posts, key=lambda p: p.dt)
        self.news = [p for p in self.posts if p.kind == "news"]
        self.announces = [p for p in self.posts if p.kind == "announce"]
        self.by_id = {p.key: p for p in self.news}
        self.tags = sorted({t for p in self.posts for t in p.tags})

    # -- frame ---------------------------------------------------------------------
    def frame(
        self,
        path: str,
        title: str,
        crumbs: list[tuple[str, str | None]],
        main: str,
        head_extra: str = "",
        status: int = 200,
    ) -> Response:
        today, yesterday = 37 + _n(path, 60), 181 + _n(path + "y", 40)
        month, total = 4120 + _n(path + "m", 300), 268_400 + _n(path + "t", 900)
        online = 3 + _n(path + "o", 9)
        crumb_html = ""
        if crumbs:
            items = []
            for k, (label, href) in enumerate(crumbs):
                sep = ICON_CHEVRON if k else ""
                if href is None:
                    items.append(
                        f'<li class="flex items-center" aria-current="page">{sep}<span class="text-gray-500 line-clamp-1">{esc(label)}</span></li>'
                    )
                else:
                    items.append(
                        f'<li class="flex items-center">{sep}<a href="{attr(href)}" class="text-emerald-700 hover:underline">{esc(label)}</a></li>'
                    )
            crumb_html = f'<nav aria-label="breadcrumb" class="bg-gray-50 border-b"><ol class="container mx-auto px-4 py-2 flex flex-wrap text-sm">{"".join(items)}</ol></nav>'
        chips = " ".join(
            f'<a href="/search?q={quote(t)}" class="px-2 py-0.5 rounded-full bg-white/10 hover:bg-white/20">#{esc(t)}</a>'
            for t in ("อบต.ดอนหวาย", "ผู้สูงอายุ", "ภาษี", "ขยะ")
        )
        page = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{CSRF}">
<title>{esc(title)} | {SITE}</title>
<meta name="description" content="เว็บไซต์{SITE} อำเภอบ้านแพง จังหวัดนครพนม ข่าวสาร ประกาศ จัดซื้อจัดจ้าง และบริการออนไลน์">
<link rel="icon" href="/favicon.ico">
<link rel="preconnect" href="https://fonts.googleapis.com">
<link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600;700&display=swap" rel="stylesheet">
<link rel="stylesheet" href="/css/app.css?id=7b1f4e2c9a0d36e8b5c1">
{head_extra}<script src="/js/app.js?id=c3d9a81f07e4b2265f1a" defer></script>
<script defer src="https://cdn.jsdelivr.net/npm/alpinejs@3.13.0/dist/cdn.min.js"></script>
</head>
<body class="font-sarabun bg-gray-100 text-gray-800 antialiased" x-data="{{ mobileMenu: false, searchOpen: false }}">
<a href="#main" class="sr-only focus:not-sr-only">ข้ามไปยังเนื้อหา</a>
<div class="bg-emerald-900 text-emerald-50 text-xs">
<div class="container mx-auto px-4 py-1 flex items-center justify-between">
<span>{ADDRESS} โทร. {PHONE}</span>
<span class="hidden md:flex gap-3"><a href="https://www.facebook.com/donwai.sao" target="_blank" rel="noopener">Facebook</a><a href="https://line.me/R/ti/p/@donwai" target="_blank" rel="noopener">LINE OA</a><a href="mailto:{EMAIL}">{EMAIL}</a></span>
</div></div>
<header class="bg-gradient-to-r from-emerald-700 to-teal-600 text-white shadow">
<div class="container mx-auto px-4 py-4 flex items-center gap-4">
<a href="/" class="flex items-center gap-3"><img src="/images/logo.png" alt="ตราสัญลักษณ์ {SHORT}" class="h-16 w-16"><span><span class="block text-2xl font-bold">{SITE}</span><span class="block text-sm opacity-80">Donwai Subdistrict Administrative Organization</span></span></a>
<form action="/search" method="GET" class="ml-auto hidden lg:flex" role="search"><input type="search" name="q" placeholder="ค้นหาข่าว ประกาศ..." class="rounded-l px-3 py-1 text-gray-800"><button type="submit" class="bg-amber-400 text-gray-900 px-3 rounded-r">ค้นหา</button></form>
</div>
<nav class="bg-emerald-800/70" x-bind:class="mobileMenu ? 'block' : 'hidden lg:block'">
<ul class="container mx-auto px-4 flex flex-col lg:flex-row text-sm font-semibold">
<li><a href="/" class="block px-4 py-3 hover:bg-emerald-600">หน้าแรก</a></li>
<li class="relative" x-data="{{ open: false }}" @mouseenter="open = true" @mouseleave="open = false"><button type="button" class="px-4 py-3 hover:bg-emerald-600">เกี่ยวกับ อบต.</button>
<ul class="absolute z-20 w-56 bg-white text-gray-700 shadow-lg rounded-b" x-show="open" x-cloak>
<li><a href="/page/history" class="block px-4 py-2 hover:bg-emerald-50">ประวัติความเป็นมา</a></li>
<li><a href="/page/vision" class="block px-4 py-2 hover:bg-emerald-50">วิสัยทัศน์ / พันธกิจ</a></li>
<li><a href="/page/executives" class="block px-4 py-2 hover:bg-emerald-50">คณะผู้บริหาร</a></li>
<li><a href="/page/council" class="block px-4 py-2 hover:bg-emerald-50">สมาชิกสภา อบต.</a></li>
</ul></li>
<li class="relative" x-data="{{ open: false }}" @mouseenter="open = true" @mouseleave="open = false"><button type="button" class="px-4 py-3 hover:bg-emerald-600">ข่าวสาร</button>
<ul class="absolute z-20 w-56 bg-white text-gray-700 shadow-lg rounded-b" x-show="open" x-cloak>
<li><a href="/news?category=1" class="block px-4 py-2 hover:bg-emerald-50">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/news?category=2" class="block px-4 py-2 hover:bg-emerald-50">ข่าวกิจกรรม</a></li>
<li><a href="/announce" class="block px-4 py-2 hover:bg-emerald-50">ประกาศ</a></li>
<li><a href="/procurement" class="block px-4 py-2 hover:bg-emerald-50">ประกาศจัดซื้อจัดจ้าง</a></li>
</ul></li>
<li><a href="/gallery" class="block px-4 py-3 hover:bg-emerald-600">ภาพกิจกรรม</a></li>
<li><a href="/download" class="block px-4 py-3 hover:bg-emerald-600">ดาวน์โหลดเอกสาร</a></li>
<li><a href="/eservice" class="block px-4 py-3 hover:bg-emerald-600">E-Service</a></li>
<li><a href="/contact" class="block px-4 py-3 hover:bg-emerald-600">ติดต่อเรา</a></li>
</ul>
</nav>
<div class="container mx-auto px-4 pb-2 text-xs flex gap-2 items-center"><span class="opacity-75">คำค้นยอดนิยม:</span> {chips}</div>
<button type="button" class="lg:hidden absolute right-4 top-6" @click="mobileMenu = !mobileMenu" aria-label="เมนู">&#9776;</button>
</header>
{crumb_html}
<main id="main" class="container mx-auto px-4 py-6">
{main}
</main>
<footer class="bg-gray-900 text-gray-300 text-sm mt-10">
<div class="container mx-auto px-4 py-8 grid md:grid-cols-4 gap-6">
<div class="md:col-span-2"><p class="text-white font-semibold text-base">{SITE}</p><p>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร 042-590-115</p><p>อีเมล <a href="mailto:{EMAIL}" class="underline">{EMAIL}</a></p><p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p></div>
<div><p class="text-white font-semibold">ลิงก์หน่วยงาน</p><ul>
<li><a href="https://www.dla.go.th/" target="_blank" rel="noopener">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.nakhonphanom.go.th/" target="_blank" rel="noopener">จังหวัดนครพนม</a></li>
<li><a href="https://www.gprocurement.go.th/" target="_blank" rel="noopener">ระบบ e-GP กรมบัญชีกลาง</a></li>
<li><a href="https://itas.nacc.go.th/" target="_blank" rel="noopener">ITAS (ป.ป.ช.)</a></li>
</ul></div>
<div><p class="text-white font-semibold">สถิติผู้เข้าชมเว็บไซต์</p>
<table class="w-full counter">
<tr><td>ออนไลน์ขณะนี้</td><td class="text-right">{online}</td></tr>
<tr><td>วันนี้</td><td class="text-right">{today:,}</td></tr>
<tr><td>เมื่อวาน</td><td class="text-right">{yesterday:,}</td></tr>
<tr><td>เดือนนี้</td><td class="text-right">{month:,}</td></tr>
<tr><td>ทั้งหมด</td><td class="text-right">{total:,}</td></tr>
</table>
<p class="text-xs opacity-60">เริ่มนับ 2 พฤษภาคม 2566</p></div>
</div>
<div class="border-t border-gray-700"><div class="container mx-auto px-4 py-3 text-xs flex flex-wrap justify-between gap-2">
<span>&copy; 2566 - 2567 {SITE} สงวนลิขสิทธิ์ | <a href="/sitemap.xml">แผนผังเว็บไซต์</a> | <a href="/login">เข้าสู่ระบบเจ้าหน้าที่</a></span>
<span>พัฒนาระบบโดย บริษัท อีสานสมาร์ทซิตี้ จำกัด (SmartGov Portal v4.2)</span>
</div></div>
</footer>
<button type="button" x-data @click="window.scrollTo({{top: 0, behavior: 'smooth'}})" class="fixed bottom-6 right-6 bg-emerald-700 text-white rounded-full w-10 h-10" aria-label="กลับขึ้นด้านบน">&#8593;</button>
</body>
</html>
"""
        return html_page(page, status=status, extra=COOKIES)

    # -- bits --------------------------------------------------------------------
    def date_short(self, dt: datetime) -> str:
        d = dt.date()
        return thai_abbr(d)[:-4] + str(d.year + 543)[2:]  # '15 ม.ค. 67'

    def card(self, p: _Post) -> str:
        img = f"/storage/news/{p.dt:%Y/%m}/{p.key}-1.jpg"
        cat = CATEGORIES[p.category]
        return (
            f'<article class="bg-white rounded-lg shadow hover:shadow-lg overflow-hidden flex flex-col">'
            f'<a href="{p.path}" class="block aspect-video overflow-hidden"><img src="{img}" alt="{attr(p.title)}" loading="lazy" class="w-full h-full object-cover"></a>'
            f'<div class="p-4 flex-1 flex flex-col"><span class="text-xs text-emerald-700 font-semibold">{cat}</span>'
            f'<h3 class="font-semibold leading-snug line-clamp-2 mt-1"><a href="{p.path}" class="hover:text-emerald-700">{esc(p.title)}</a></h3>'
            f'<p class="text-xs text-gray-500 mt-auto pt-3">{ICON_CAL} {self.date_short(p.dt)} &nbsp; {ICON_EYE} {120 + _n(p.path, 900):,}</p></div></article>'
        )

    def ann_row(self, p: _Post) -> str:
        return (
            f'<li class="py-3 flex gap-3"><span class="shrink-0 w-14 text-center bg-amber-100 text-amber-800 rounded text-xs py-1">{p.dt.day}<br>{thai_abbr(p.dt.date()).split(" ")[1]}</span>'
            f'<a href="{p.path}" class="hover:text-emerald-700">{esc(p.title)}</a></li>'
        )

    def paginator(self, base: str, params: list[tuple[str, str]], page: int, pages: int, total: int, per: int) -> str:
        """Laravel's pagination::tailwind view, Thai strings, ``appends(request()->query())``."""
        if pages <= 1:
            return ""

        def link(n: int) -> str:
            return base + "?" + urlencode(params + [("page", str(n))]).replace("&", "&amp;")

        first, last = (page - 1) * per + 1, min(page * per, total)
        prev_m = (
            f'<a href="{link(page - 1)}" class="relative inline-flex items-center px-4 py-2 text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5 rounded-md">&laquo; ก่อนหน้า</a>'
            if page > 1
            else '<span class="relative inline-flex items-center px-4 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5 rounded-md">&laquo; ก่อนหน้า</span>'
        )
        next_m = (
            f'<a href="{link(page + 1)}" class="relative inline-flex items-center px-4 py-2 ml-3 text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5 rounded-md">ถัดไป &raquo;</a>'
            if page < pages
            else '<span class="relative inline-flex items-center px-4 py-2 ml-3 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5 rounded-md">ถัดไป &raquo;</span>'
        )
        nums = []
        if page > 1:
            nums.append(
                f'<a href="{link(page - 1)}" rel="prev" class="relative inline-flex items-center px-2 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 rounded-l-md leading-5" aria-label="&laquo; ก่อนหน้า">&lsaquo;</a>'
            )
        for k in range(1, pages + 1):
            if k == page:
                nums.append(
                    f'<span aria-current="page"><span class="relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-white bg-emerald-600 border border-emerald-600 cursor-default leading-5">{k}</span></span>'
                )
            else:
                nums.append(
                    f'<a href="{link(k)}" class="relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5 hover:text-gray-500" aria-label="ไปหน้า {k}">{k}</a>'
                )
        if page < pages:
            nums.append(
                f'<a href="{link(page + 1)}" rel="next" class="relative inline-flex items-center px-2 py-2 -ml-px text-sm font-medium text-gray-500 bg-white border border-gray-300 rounded-r-md leading-5" aria-label="ถัดไป &raquo;">&rsaquo;</a>'
            )
        return f"""<nav role="navigation" aria-label="Pagination Navigation" class="flex items-center justify-between mt-6">
<div class="flex justify-between flex-1 sm:hidden">{prev_m}{next_m}</div>
<div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between">
<div><p class="text-sm text-gray-700 leading-5">แสดง <span class="font-medium">{first}</span> ถึง <span class="font-medium">{last}</span> จากทั้งหมด <span class="font-medium">{total}</span> รายการ</p></div>
<div><span class="relative z-0 inline-flex shadow-sm rounded-md">{"".join(nums)}</span></div>
</div>
</nav>"""

    def load_more(self, base: str, api: str, params: list[tuple[str, str]], page: int, pages: int) -> str:
        if page >= pages:
            return ""
        href = base + "?" + urlencode(params + [("page", str(page + 1))])
        api_url = api + "?" + urlencode(params + [("page", str(page + 1))])
        return (
            f'<div class="text-center mt-6" x-data="loadMore(\'{attr(api_url)}\')">'
            f'<a href="{attr(href)}" class="inline-block px-6 py-2 rounded-full border border-emerald-600 text-emerald-700 hover:bg-emerald-600 hover:text-white" '
            f'x-on:click.prevent="more()" x-show="url" x-bind:class="loading &amp;&amp; \'opacity-50\'">โหลดเพิ่ม</a></div>'
        )

    def sidebar(self) -> str:
        latest = "".join(
            f'<li class="py-2 border-b last:border-0"><a href="{p.path}" class="hover:text-emerald-700 line-clamp-2">{esc(p.title)}</a><span class="block text-xs text-gray-500">{self.date_short(p.dt)}</span></li>'
            for p in list(reversed(self.announces))[:3]
        )
        tags = " ".join(
            f'<a href="/search?q={quote(t)}" class="inline-block text-xs px-2 py-1 mb-1 rounded-full bg-emerald-50 text-emerald-800">#{esc(t)}</a>'
            for t in self.tags
        )
        return f"""<aside class="space-y-6">
<section class="bg-white rounded-lg shadow p-4"><h2 class="font-bold text-emerald-800 border-b pb-2 mb-2">ประกาศล่าสุด</h2><ul class="text-sm">{latest}</ul><a href="/announce" class="text-sm text-emerald-700">ดูประกาศทั้งหมด &rarr;</a></section>
<section class="bg-white rounded-lg shadow p-4"><h2 class="font-bold text-emerald-800 border-b pb-2 mb-2">แท็ก</h2>{tags}</section>
<section class="bg-white rounded-lg shadow p-4 text-center"><a href="/eservice"><img src="/images/banner-eservice.jpg" alt="E-Service ยื่นคำร้องออนไลน์" class="rounded"></a>
<a href="https://www.facebook.com/donwai.sao" target="_blank" rel="noopener" class="block mt-3"><img src="/images/banner-facebook.jpg" alt="Facebook อบต.ดอนหวาย" class="rounded"></a></section>
</aside>"""

    def two_col(self, inner: str) -> str:
        return f'<div class="grid lg:grid-cols-3 gap-6"><div class="lg:col-span-2">{inner}</div>{self.sidebar()}</div>'

    # -- pages -------------------------------------------------------------------
    def home(self) -> Response:
        latest = list(reversed(self.news))
        slides = "".join(
            f'<div class="swiper-slide relative"><a href="/news/detail/{p.key}"><img src="/storage/news/{p.dt:%Y/%m}/{p.key}-1.jpg" alt="" class="w-full h-96 object-cover">'
            f'<span class="absolute bottom-0 inset-x-0 bg-black/60 text-white p-4 text-lg font-semibold">{esc(p.title)}</span></a></div>'
            for p in latest[:3]
        )
        cards = "".join(self.card(p) for p in latest[:6])
        anns = "".join(self.ann_row(p) for p in list(reversed(self.announces))[:5])
        procs = "".join(
            f'<tr class="border-b"><td class="py-2 pr-2 whitespace-nowrap text-xs text-gray-500">{self.date_short(local_dt(d, "09:00"))}</td>'
            f'<td class="py-2"><a href="/storage/procurement/{num}.pdf" target="_blank" class="hover:text-emerald-700">{esc(t)}</a></td></tr>'
            for num, d, t, _k in list(reversed(PROCUREMENT))[:5]
        )
        albums = "".join(
            f'<a href="/gallery/{aid}" class="block bg-white rounded shadow overflow-hidden"><img src="/storage/gallery/{aid}/1.jpg" alt="{attr(t)}" class="w-full h-32 object-cover" loading="lazy"><span class="block p-2 text-sm line-clamp-2">{esc(t)}</span></a>'
            for aid, _d, t, _n2, _nid in list(reversed(ALBUMS))[:4]
        )
        mayor = EXECUTIVES[0]
        main = f"""<section class="swiper mb-8 rounded-lg overflow-hidden shadow" x-data x-init="new Swiper($el, {{ loop: true, autoplay: {{ delay: 5000 }} }})"><div class="swiper-wrapper">{slides}</div><div class="swiper-pagination"></div></section>
<div class="grid lg:grid-cols-4 gap-6">
<div class="lg:col-span-3 space-y-8">
<section><div class="flex items-center justify-between mb-3"><h2 class="text-xl font-bold text-emerald-800">ข่าวประชาสัมพันธ์ / ข่าวกิจกรรม</h2><a href="/news" class="text-sm text-emerald-700">ดูทั้งหมด &rarr;</a></div>
<div class="grid sm:grid-cols-2 md:grid-cols-3 gap-4">{cards}</div></section>
<section class="grid md:grid-cols-2 gap-6">
<div class="bg-white rounded-lg shadow p-4"><div class="flex justify-between border-b pb-2"><h2 class="font-bold text-emerald-800">ประกาศ</h2><a href="/announce" class="text-sm text-emerald-700">ทั้งหมด</a></div><ul class="divide-y text-sm">{anns}</ul></div>
<div class="bg-white rounded-lg shadow p-4"><div class="flex justify-between border-b pb-2"><h2 class="font-bold text-emerald-800">ประกาศจัดซื้อจัดจ้าง</h2><a href="/procurement" class="text-sm text-emerald-700">ทั้งหมด</a></div><table class="w-full text-sm">{procs}</table></div>
</section>
<section><div class="flex items-center justify-between mb-3"><h2 class="text-xl font-bold text-emerald-800">ภาพกิจกรรม</h2><a href="/gallery" class="text-sm text-emerald-700">ดูทั้งหมด &rarr;</a></div><div class="grid grid-cols-2 md:grid-cols-4 gap-4">{albums}</div></section>
</div>
<aside class="space-y-6">
<section class="bg-white rounded-lg shadow p-4 text-center"><img src="/storage/executives/{mayor[3]}" alt="{attr(mayor[0])}" class="mx-auto rounded w-40"><p class="font-semibold mt-2">{esc(mayor[0])}</p><p class="text-sm text-gray-600">{esc(mayor[1])}</p><p class="text-sm">สายตรงนายก <a href="tel:{mayor[2].replace("-", "")}">{mayor[2]}</a></p></section>
<section class="bg-white rounded-lg shadow p-4"><h2 class="font-bold text-emerald-800 mb-2">บริการออนไลน์</h2><ul class="text-sm space-y-1">{"".join(f'<li><a href="/eservice/request/{s}" class="hover:text-emerald-700">&rsaquo; {esc(t)}</a></li>' for s, t, _d in ESERVICES)}</ul></section>
<section class="bg-white rounded-lg shadow p-4"><h2 class="font-bold text-emerald-800 mb-2">ลิงก์ที่น่าสนใจ</h2><ul class="text-sm space-y-1"><li><a href="/download">ดาวน์โหลดแบบฟอร์ม</a></li><li><a href="https://info.go.th/" target="_blank" rel="noopener">ศูนย์ข้อมูลข่าวสารภาครัฐ</a></li><li><a href="https://www.1111.go.th/" target="_blank" rel="noopener">ศูนย์บริการประชาชน 1111</a></li></ul></section>
</aside>
</div>"""
        return self.frame("/", "หน้าแรก", [], main)

    def news_listing(self, category: int | None, page: int) -> Response:
        items = list(reversed(self.news if category is None else [p for p in self.news if p.category == category]))
        pages = (len(items) + PER_PAGE - 1) // PER_PAGE
        chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        params = [("category", str(category))] if category else []
        name = CATEGORIES[category] if category else "ข่าวทั้งหมด"
        tabs = "".join(
            f'<a href="{href}" class="px-4 py-2 rounded-t {"bg-white font-semibold text-emerald-800" if cur else "text-gray-600 hover:text-emerald-700"}">{label}</a>'
            for label, href, cur in (
                ("ทั้งหมด", "/news", category is None),
                ("ข่าวประชาสัมพันธ์", "/news?category=1", category == 1),
                ("ข่าวกิจกรรม", "/news?category=2", category == 2),
            )
        )
        inner = f"""<h1 class="text-2xl font-bold text-emerald-800 mb-4">{name}</h1>
<div class="flex gap-1 border-b mb-4">{tabs}</div>
<div class="grid sm:grid-cols-2 gap-4" x-ref="list">{"".join(self.card(p) for p in chunk)}</div>
{self.load_more("/news", "/api/news", params, page, pages)}
{self.paginator("/news", params, page, pages, len(items), PER_PAGE)}"""
        crumbs = [BREADCRUMB_HOME, ("ข่าวสาร", "/news")] + ([(name, None)] if category else [])
        if not category:
            crumbs = [BREADCRUMB_HOME, ("ข่าวสาร", None)]
        path = "/news" + ("?" + urlencode(params + [("page", str(page))]) if (params or page > 1) else "")
        return self.frame(path, name + (f" หน้า {page}" if page > 1 else ""), crumbs, self.two_col(inner))

    def news_json(self, category: int | None, page: int) -> Response:
        items = list(reversed(self.news if category is None else [p for p in self.news if p.category == category]))
        pages = (len(items) + PER_PAGE - 1) // PER_PAGE
        chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        params = [("category", str(category))] if category else []
        nxt = f"{self.b}/api/news?{urlencode(params + [('page', str(page + 1))])}" if page < pages else None
        body = {
            "current_page": page,
            "last_page": pages,
            "html": "".join(self.card(p) for p in chunk),
            "data": [
                {"id": p.key, "title": p.title, "url": self.b + p.path, "created_at": _utc_json(p.dt)} for p in chunk
            ],
            "next_page_url": nxt,
        }
        return Response(
            200, (("Content-Type", "application/json"),) + COOKIES, json.dumps(body, ensure_ascii=False).encode()
        )

    def announce_listing(self, page: int) -> Response:
        items = list(reversed(self.announces))
        pages = (len(items) + PER_PAGE - 1) // PER_PAGE
        chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        rows = "".join(
            f'<li class="bg-white rounded-lg shadow p-4 flex gap-4"><span class="shrink-0 w-16 text-center bg-amber-100 text-amber-800 rounded py-2"><span class="block text-2xl font-bold">{p.dt.day}</span><span class="text-xs">{thai_abbr(p.dt.date()).split(" ", 1)[1]}</span></span>'
            f'<div><a href="{p.path}" class="font-semibold hover:text-emerald-700">{esc(p.title)}</a><p class="text-sm text-gray-500 mt-1 line-clamp-2">{esc(_excerpt(p.paragraphs, 110))}</p></div></li>'
            for p in chunk
        )
        inner = f"""<h1 class="text-2xl font-bold text-emerald-800 mb-4">ประกาศ</h1>
<ul class="space-y-3">{rows}</ul>
{self.paginator("/announce", [], page, pages, len(items), PER_PAGE)}"""
        return self.frame(
            "/announce" + (f"?page={page}" if page > 1 else ""),
            "ประกาศ",
            [BREADCRUMB_HOME, ("ข่าวสาร", "/news"), ("ประกาศ", None)],
            self.two_col(inner),
        )

    def share_bar(self, p: _Post) -> str:
        url = quote(self.b + p.path, safe="")
        return f"""<div class="flex flex-wrap items-center gap-2 my-6 py-3 border-y text-sm" x-data="{{ copied: false }}">
<span class="text-gray-600">แชร์:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" class="px-3 py-1 rounded bg-blue-600 text-white">Facebook</a>
<a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener" class="px-3 py-1 rounded bg-green-500 text-white">LINE</a>
<a href="https://twitter.com/intent/tweet?url={url}&amp;text={quote(p.title)}" target="_blank" rel="noopener" class="px-3 py-1 rounded bg-gray-900 text-white">X</a>
<button type="button" class="px-3 py-1 rounded bg-gray-200" @click="navigator.clipboard.writeText('{self.b}{p.path}'); copied = true" x-text="copied ? 'คัดลอกแล้ว' : 'คัดลอกลิงก์'">คัดลอกลิงก์</button>
<a href="javascript:window.print()" class="px-3 py-1 rounded bg-gray-200">พิมพ์</a>
</div>"""

    def body_html(self, p: _Post) -> str:
        out = []
        for k, text in enumerate(p.paragraphs):
            if p.kind == "announce" and k >= len(p.paragraphs) - len(SIGN):
                out.append(f'<p style="text-align: center;">{esc(text)}</p>')
            elif p.kind == "news" and p.key % 2:
                out.append(f'<p style="text-align: justify;"><span style="font-size:18px;">{esc(text)}</span></p>')
            else:
                out.append(f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{esc(text)}</p>")
        out.append("<p>&nbsp;</p>")
        return "\n".join(out)

    def related(self, p: _Post) -> list[_Post]:
        pool = [
            q
            for q in (self.news if p.kind == "news" else self.announces)
            if q is not p and (p.kind != "news" or q.category == p.category)
        ]
        pool.sort(key=lambda q: (abs((q.dt - p.dt).total_seconds()), q.dt))
        return sorted(pool[:4], key=lambda q: q.dt, reverse=True)

    def article(self, p: _Post) -> Response:
        d = p.dt.date()
        heading = "ข่าวที่เกี่ยวข้อง" if p.kind == "news" else "ประกาศอื่นๆ"
        rel = "".join(
            f'<article class="bg-white rounded-lg shadow p-4"><h3 class="font-semibold"><a href="{q.path}" class="hover:text-emerald-700">{esc(q.title)}</a></h3>'
            f'<p class="text-xs text-gray-500 my-1">{ICON_CAL} {self.date_short(q.dt)}</p><p class="text-sm text-gray-600">{esc(_excerpt(q.paragraphs))}</p>'
            f'<a href="{q.path}" class="text-sm text-emerald-700">อ่านต่อ &rarr;</a></article>'
            for q in self.related(p)
        )
        tags = " ".join(
            f'<a href="/search?q={quote(t)}" class="inline-block text-xs px-2 py-1 rounded-full bg-emerald-50 text-emerald-800">#{esc(t)}</a>'
            for t in p.tags
        )
        meta = [f"<span>{ICON_CAL} เผยแพร่เมื่อ {thai_long(d)}</span>"]
        if p.updated:
            meta.append(f"<span>แก้ไขล่าสุด {thai_long(local_dt(p.updated, '09:00').date())}</span>")
        if p.author:
            meta.append(f'<span class="author">โดย {esc(p.author)}</span>')
        meta.append(f"<span>{ICON_EYE} {150 + _n(p.path, 1500):,} ครั้ง</span>")
        media = ""
        og_image = ""
        if p.kind == "news":
            year_month = f"{p.dt:%Y/%m}"
            cover = f"/storage/news/{year_month}/{p.key}-1.jpg"
            og_image = f'<meta property="og:image" content="{self.b}{cover}">\n'
            figs = []
            for k in range(1, p.photos + 1):
                src = f"/storage/news/{year_month}/{p.key}-{k}.jpg"
                cap = p.captions[k - 1] if k <= len(p.captions) else None
                if cap:
                    figs.append(
                        f'<figure class="m-0"><a href="{src}" data-fancybox="gallery" data-caption="{attr(cap)}"><img src="{src}" alt="{attr(cap)}" class="rounded w-full h-40 object-cover" loading="lazy"></a><figcaption class="text-xs text-gray-600 mt-1">{esc(cap)}</figcaption></figure>'
                    )
                else:
                    figs.append(
                        f'<a href="{src}" data-fancybox="gallery"><img src="{src}" alt="" class="rounded w-full h-40 object-cover" loading="lazy"></a>'
                    )
            media = f'<div class="grid grid-cols-2 md:grid-cols-3 gap-3 my-6">{"".join(figs)}</div>' if figs else ""
            crumbs = [
                BREADCRUMB_HOME,
                ("ข่าวสาร", "/news"),
                (CATEGORIES[p.category], f"/news?category={p.category}"),
                (p.title, None),
            ]
            label = CATEGORIES[p.category]
            ld_type = "NewsArticle"
        else:
            media = f'<p class="my-4"><a href="/storage/announce/{p.key}.pdf" target="_blank" class="inline-flex items-center gap-2 px-4 py-2 rounded border border-red-200 bg-red-50 text-red-700">{ICON_PDF} ดาวน์โหลดเอกสารประกาศ (PDF)</a></p>'
            crumbs = [BREADCRUMB_HOME, ("ข่าวสาร", "/news"), ("ประกาศ", "/announce"), (p.title, None)]
            label = "ประกาศ"
            ld_type = "Article"
        ld = {
            "@context": "https://schema.org",
            "@type": ld_type,
            "headline": p.title,
            "datePublished": _utc_json(p.dt),
            "dateModified": _utc_json(local_dt(p.updated, "09:00") if p.updated else p.dt),
            "publisher": {"@type": "GovernmentOrganization", "name": SITE},
        }
        head = (
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(p.title)}">\n'
            f'<meta property="og:url" content="{self.b}{p.path}">\n{og_image}'
            f'<meta property="og:description" content="{attr(_excerpt(p.paragraphs, 120))}">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        )
        inner = f"""<article class="bg-white rounded-lg shadow p-6">
<span class="inline-block text-xs px-2 py-1 rounded bg-emerald-100 text-emerald-800">{label}</span>
<h1 class="text-2xl font-bold leading-snug mt-2">{esc(p.title)}</h1>
<div class="flex flex-wrap gap-4 text-sm text-gray-500 mt-2">{" ".join(meta)}</div>
<div class="prose max-w-none mt-6 text-lg leading-relaxed">
{self.body_html(p)}
</div>
{media}
<div class="mt-4">แท็ก: {tags}</div>
{self.share_bar(p)}
</article>
<section class="mt-8"><h2 class="text-xl font-bold text-emerald-800 mb-3">{heading}</h2><div class="grid md:grid-cols-2 gap-4">{rel}</div></section>"""
        return self.frame(p.path, p.title, crumbs, self.two_col(inner), head)

    def gallery_listing(self, page: int) -> Response:
        items = list(reversed(ALBUMS))
        pages = (len(items) + PER_PAGE - 1) // PER_PAGE
        chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        cards = "".join(
            f'<a href="/gallery/{aid}" class="block bg-white rounded-lg shadow overflow-hidden"><img src="/storage/gallery/{aid}/1.jpg" alt="{attr(t)}" class="w-full h-44 object-cover" loading="lazy">'
            f'<span class="block p-3 font-semibold">{esc(t)}</span><span class="block px-3 pb-3 text-xs text-gray-500">{ICON_CAL} {self.date_short(local_dt(d, "09:00"))} &middot; {n} ภาพ</span></a>'
            for aid, d, t, n, _nid in chunk
        )
        inner = f"""<h1 class="text-2xl font-bold text-emerald-800 mb-4">ภาพกิจกรรม</h1>
<div class="grid sm:grid-cols-2 md:grid-cols-3 gap-4">{cards}</div>
{self.paginator("/gallery", [], page, pages, len(items), PER_PAGE)}"""
        return self.frame(
            "/gallery" + (f"?page={page}" if page > 1 else ""),
            "ภาพกิจกรรม",
            [BREADCRUMB_HOME, ("ภาพกิจกรรม", None)],
            inner,
        )

    def album(self, aid: int, day: str, title: str, count: int, nid) -> Response:
        photos = "".join(
            f'<a href="/storage/gallery/{aid}/{k}.jpg" data-fancybox="album-{aid}"><img src="/storage/gallery/{aid}/{k}.jpg" alt="{attr(title)} ภาพที่ {k}" class="rounded w-full h-40 object-cover" loading="lazy"></a>'
            for k in range(1, count + 1)
        )
        news_link = ""
        if nid is not None:
            news_link = f'<p class="mt-4 text-sm"><a href="{self.by_id[nid].path}" class="text-emerald-700">อ่านข่าวกิจกรรมนี้ &rarr;</a></p>'
        inner = f"""<div class="bg-white rounded-lg shadow p-6">
<h1 class="text-2xl font-bold">{esc(title)}</h1>
<p class="text-sm text-gray-500 mt-1">{ICON_CAL} {thai_long(local_dt(day, "09:00").date())} &middot; {count} ภาพ &middot; {ICON_EYE} {80 + _n(title, 700)}</p>
<div class="grid grid-cols-2 md:grid-cols-4 gap-3 mt-6">{photos}</div>
{news_link}
</div>"""
        return self.frame(f"/gallery/{aid}", title, [BREADCRUMB_HOME, ("ภาพกิจกรรม", "/gallery"), (title, None)], inner)

    def procurement(self, page: int) -> Response:
        items = list(reversed(PROCUREMENT))
        pages = (len(items) + PROC_PER_PAGE - 1) // PROC_PER_PAGE
        chunk = items[(page - 1) * PROC_PER_PAGE : page * PROC_PER_PAGE]
        rows = "".join(
            f'<tr class="border-b hover:bg-gray-50"><td class="p-2 text-center">{(page - 1) * PROC_PER_PAGE + k + 1}</td><td class="p-2 whitespace-nowrap">{thai_abbr(local_dt(d, "09:00").date())}</td>'
            f'<td class="p-2">{esc(t)}</td><td class="p-2"><span class="text-xs px-2 py-0.5 rounded bg-sky-100 text-sky-800">{esc(kind)}</span></td>'
            f'<td class="p-2 text-center"><a href="/storage/procurement/{num}.pdf" target="_blank">{ICON_PDF}</a></td></tr>'
            for k, (num, d, t, kind) in enumerate(chunk)
        )
        inner = f"""<div class="bg-white rounded-lg shadow p-6">
<h1 class="text-2xl font-bold text-emerald-800">ประกาศจัดซื้อจัดจ้าง</h1>
<p class="text-sm text-gray-600 mt-1">ปีงบประมาณ พ.ศ. 2567 | ตรวจสอบข้อมูลเพิ่มเติมได้ที่ <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch" target="_blank" rel="noopener" class="underline">ระบบ e-GP</a></p>
<div class="overflow-x-auto mt-4"><table class="w-full text-sm">
<thead class="bg-emerald-700 text-white"><tr><th class="p-2 w-12">ลำดับ</th><th class="p-2 w-32">วันที่ประกาศ</th><th class="p-2 text-left">เรื่อง</th><th class="p-2 w-32">ประเภท</th><th class="p-2 w-16">ไฟล์</th></tr></thead>
<tbody>{rows}</tbody></table></div>
{self.paginator("/procurement", [], page, pages, len(items), PROC_PER_PAGE)}
</div>"""
        return self.frame(
            "/procurement" + (f"?page={page}" if page > 1 else ""),
            "ประกาศจัดซื้อจัดจ้าง",
            [BREADCRUMB_HOME, ("ข่าวสาร", "/news"), ("ประกาศจัดซื้อจัดจ้าง", None)],
            inner,
        )

    def download(self) -> Response:
        rows = "".join(
            f'<tr class="border-b"><td class="p-2">{k + 1}</td><td class="p-2">{esc(t)}</td><td class="p-2">{esc(dept)}</td><td class="p-2 whitespace-nowrap">{thai_abbr(local_dt(d, "09:00").date())}</td>'
            f'<td class="p-2 text-center"><a href="/storage/files/{f}" download>{ICON_PDF} ดาวน์โหลด</a></td></tr>'
            for k, (f, t, dept, d) in enumerate(DOWNLOADS)
        )
        inner = f"""<div class="bg-white rounded-lg shadow p-6">
<h1 class="text-2xl font-bold text-emerald-800">ดาวน์โหลดเอกสาร</h1>
<table class="w-full text-sm mt-4"><thead class="bg-gray-100"><tr><th class="p-2">#</th><th class="p-2 text-left">ชื่อเอกสาร</th><th class="p-2 text-left">หน่วยงาน</th><th class="p-2">วันที่</th><th class="p-2">ไฟล์</th></tr></thead><tbody>{rows}</tbody></table>
</div>"""
        return self.frame(
            "/download", "ดาวน์โหลดเอกสาร", [BREADCRUMB_HOME, ("ดาวน์โหลดเอกสาร", None)], self.two_col(inner)
        )

    def eservice(self) -> Response:
        cards = "".join(
            f'<a href="/eservice/request/{s}" class="block bg-white rounded-lg shadow p-5 hover:ring-2 ring-emerald-500"><span class="block font-semibold text-emerald-800">{esc(t)}</span><span class="block text-sm text-gray-600 mt-1">{esc(desc)}</span></a>'
            for s, t, desc in ESERVICES
        )
        inner = f"""<h1 class="text-2xl font-bold text-emerald-800 mb-2">E-Service บริการออนไลน์</h1>
<p class="text-gray-600 mb-4">ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>
<div class="grid sm:grid-cols-2 gap-4">{cards}</div>"""
        return self.frame("/eservice", "E-Service", [BREADCRUMB_HOME, ("E-Service", None)], self.two_col(inner))

    def eservice_form(self, slug: str, title: str, desc: str) -> Response:
        inner = f"""<div class="bg-white rounded-lg shadow p-6">
<h1 class="text-2xl font-bold text-emerald-800">{esc(title)}</h1>
<p class="text-sm text-gray-600">{esc(desc)}</p>
<form method="POST" action="/eservice/request/{slug}" enctype="multipart/form-data" class="mt-6 space-y-4">
<input type="hidden" name="_token" value="{CSRF}">
<label class="block">ชื่อ - นามสกุล <span class="text-red-600">*</span><input type="text" name="fullname" required class="mt-1 w-full border rounded px-3 py-2"></label>
<label class="block">เลขประจำตัวประชาชน<input type="text" name="citizen_id" maxlength="13" class="mt-1 w-full border rounded px-3 py-2"></label>
<label class="block">เบอร์โทรศัพท์ <span class="text-red-600">*</span><input type="tel" name="phone" required class="mt-1 w-full border rounded px-3 py-2"></label>
<label class="block">หมู่ที่<select name="moo" class="mt-1 w-full border rounded px-3 py-2">{"".join(f"<option>{k}</option>" for k in range(1, 12))}</select></label>
<label class="block">รายละเอียด<textarea name="detail" rows="5" class="mt-1 w-full border rounded px-3 py-2"></textarea></label>
<label class="block">แนบรูปภาพ (ถ้ามี)<input type="file" name="photo" accept="image/*" class="mt-1"></label>
<button type="submit" class="px-6 py-2 rounded bg-emerald-700 text-white">ส่งคำร้อง</button>
</form>
</div>"""
        return self.frame(
            f"/eservice/request/{slug}",
            title,
            [BREADCRUMB_HOME, ("E-Service", "/eservice"), (title, None)],
            self.two_col(inner),
        )

    def static_page(self, slug: str, title: str, lines: tuple[str, ...]) -> Response:
        body = "\n".join(f"<p>{esc(line)}</p>" for line in lines)
        inner = f'<div class="bg-white rounded-lg shadow p-6"><h1 class="text-2xl font-bold text-emerald-800">{esc(title)}</h1><div class="prose max-w-none mt-4">{body}</div></div>'
        return self.frame(
            f"/page/{slug}",
            title,
            [BREADCRUMB_HOME, ("เกี่ยวกับ อบต.", "/page/history"), (title, None)],
            self.two_col(inner),
        )

    def people_page(self, slug: str, title: str, people, photos: bool) -> Response:
        cards = []
        for k, person in enumerate(people):
            name, role = person[0], person[1]
            phone = person[2] if len(person) > 2 and person[2] else ""
            img = f"/storage/{'executives/' + person[3] if photos and len(person) > 3 else f'council/{k + 1}.jpg'}"
            big = " md:col-span-3 justify-self-center" if k == 0 else ""
            cards.append(
                f'<div class="text-center{big}"><img src="{img}" alt="{attr(name)}" class="mx-auto rounded-lg shadow w-36 h-44 object-cover">'
                f'<p class="font-semibold mt-2">{esc(name)}</p><p class="text-sm text-gray-600">{esc(role)}</p>'
                + (f'<p class="text-sm">โทร. {esc(phone)}</p>' if phone else "")
                + "</div>"
            )
        inner = f'<div class="bg-white rounded-lg shadow p-6"><h1 class="text-2xl font-bold text-emerald-800 mb-6">{esc(title)}</h1><div class="grid md:grid-cols-3 gap-6">{"".join(cards)}</div></div>'
        return self.frame(
            f"/page/{slug}",
            title,
            [BREADCRUMB_HOME, ("เกี่ยวกับ อบต.", "/page/history"), (title, None)],
            self.two_col(inner),
        )

    def contact(self) -> Response:
        inner = f"""<div class="bg-white rounded-lg shadow p-6">
<h1 class="text-2xl font-bold text-emerald-800">ติดต่อเรา</h1>
<div class="grid md:grid-cols-2 gap-6 mt-4">
<div class="space-y-2"><p class="font-semibold">{SITE}</p><p>{ADDRESS}</p><p>โทรศัพท์ <a href="tel:042590114">{PHONE}</a> โทรสาร 042-590-115</p><p>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p><p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p></div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3800!2d104.19!3d17.98" class="w-full h-64 rounded" loading="lazy" title="แผนที่ {SHORT}"></iframe>
</div>
<h2 class="text-lg font-semibold mt-8">ส่งข้อความถึงเรา</h2>
<form method="POST" action="/contact" class="space-y-3 mt-2"><input type="hidden" name="_token" value="{CSRF}">
<input type="text" name="name" placeholder="ชื่อ - นามสกุล" class="w-full border rounded px-3 py-2"><input type="email" name="email" placeholder="อีเมล" class="w-full border rounded px-3 py-2">
<textarea name="message" rows="4" placeholder="ข้อความ" class="w-full border rounded px-3 py-2"></textarea><button type="submit" class="px-6 py-2 rounded bg-emerald-700 text-white">ส่งข้อความ</button></form>
</div>"""
        return self.frame("/contact", "ติดต่อเรา", [BREADCRUMB_HOME, ("ติดต่อเรา", None)], inner)

    # -- the trap ------------------------------------------------------------------
    def search(self, pairs: list[tuple[str, str]]) -> Response:
        q = " ".join(dict(pairs).get("q", "").split())
        raw_page = dict(pairs).get("page", "1")
        page = int(raw_page) if raw_page.isdigit() and int(raw_page) > 0 else 1
        terms = q.split()
        hits = [
            p
            for p in reversed(self.posts)
            if terms and all(t in p.title or t in p.tags or any(t in para for para in p.paragraphs) for t in terms)
        ]
        pages = max(1, (len(hits) + SEARCH_PER_PAGE - 1) // SEARCH_PER_PAGE)
        chunk = hits[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]
        keep = [(k, v) for k, v in pairs if k not in ("q", "page")]
        params = [("q", q)] + keep
        results = (
            "".join(
                f'<li class="bg-white rounded-lg shadow p-4"><a href="{p.path}" class="font-semibold hover:text-emerald-700">{esc(p.title)}</a>'
                f'<p class="text-xs text-gray-500">{ICON_CAL} {self.date_short(p.dt)} &middot; {"ข่าว" if p.kind == "news" else "ประกาศ"}</p>'
                f'<p class="text-sm text-gray-600 mt-1">{esc(_excerpt(p.paragraphs, 120))}</p></li>'
                for p in chunk
            )
            or '<li class="bg-white rounded-lg shadow p-6 text-center text-gray-500">ไม่พบผลการค้นหา</li>'
        )
        more = [t for t in self.tags if t not in terms][:4]
        suggest = " ".join(
            f'<a href="/search?{attr(urlencode([("q", (q + " " + t).strip())] + keep))}" class="inline-block text-xs px-2 py-1 rounded-full bg-amber-50 text-amber-800">{esc((q + " " + t).strip())}</a>'
            for t in more
        )
        inner = f"""<h1 class="text-2xl font-bold text-emerald-800 mb-2">ผลการค้นหา &ldquo;{esc(q)}&rdquo;</h1>
<form action="/search" method="GET" class="flex mb-4"><input type="search" name="q" value="{attr(q)}" class="flex-1 border rounded-l px-3 py-2"><button class="px-4 rounded-r bg-emerald-700 text-white">ค้นหา</button></form>
<p class="text-sm text-gray-600 mb-3">พบ {len(hits)} รายการ</p>
<ul class="space-y-3">{results}</ul>
{self.paginator("/search", params, page, pages, len(hits), SEARCH_PER_PAGE)}
<div class="mt-6"><p class="text-sm text-gray-600 mb-1">ค้นหาที่เกี่ยวข้อง:</p>{suggest}</div>"""
        return self.frame(
            "/search?" + urlencode(params + [("page", str(page))]),
            f"ค้นหา {q}",
            [BREADCRUMB_HOME, ("ค้นหา", None)],
            self.two_col(inner),
        )

    # -- routes ----------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        non = site.non_articles
        add_text(site, "/css/app.css", APP_CSS, "text/css")
        add_text(site, "/js/app.js", APP_JS, "application/javascript")
        for name in ("logo.png", "banner-eservice.jpg", "banner-facebook.jpg"):
            add_jpeg(site, f"/images/{name}", 300, 120, BUILT)
        for _n1, _r, _p, img in EXECUTIVES:
            add_jpeg(site, f"/storage/executives/{img}", 300, 400, BUILT)
        for k in range(len(COUNCIL)):
            add_jpeg(site, f"/storage/council/{k + 1}.jpg", 300, 400, BUILT)

        for p in self.posts:
            if p.kind == "news":
                for k in range(1, p.photos + 1):
                    add_jpeg(site, f"/storage/news/{p.dt:%Y/%m}/{p.key}-{k}.jpg", 1280, 853, p.dt)
                site.add(p.path, self.article(p))
                site.add(f"/news/detail/{p.key}", redirect(b + p.path))
                aliases = (f"{b}/news/detail/{p.key}",)
            else:
                add_pdf(
                    site,
                    f"/storage/announce/{p.key}.pdf",
                    f"Donwai SAO announcement {p.key}",
                    ["Donwai SAO", f"Announcement {p.key}", p.date],
                    p.dt,
                )
                site.add(p.path, self.article(p))
                aliases = ()
            site.articles.append(
                FixtureArticle(
                    url=b + p.path,
                    aliases=aliases,
                    title=p.title,
                    paragraphs=p.paragraphs,
                    published=p.date,
                    author=p.author,
                    captions=p.captions,
                )
            )

        site.add("/", self.home())
        non.append(b + "/")
        for category in (None, 1, 2):
            count = len([p for p in self.news if category is None or p.category == category])
            pages = (count + PER_PAGE - 1) // PER_PAGE
            base = [("category", str(category))] if category else []
            first = "/news" + ("?" + urlencode(base) if base else "")
            page1 = self.news_listing(category, 1)
            site.add(first, page1)
            non.append(b + first)
            for page in range(1, pages + 1):
                path = "/news?" + urlencode(base + [("page", str(page))])
                site.add(path, page1 if page == 1 else self.news_listing(category, page))
                non.append(b + path)
                site.add("/api/news?" + urlencode(base + [("page", str(page))]), self.news_json(category, page))
        for base_path, total, per, render in (
            ("/announce", len(self.announces), PER_PAGE, self.announce_listing),
            ("/gallery", len(ALBUMS), PER_PAGE, self.gallery_listing),
            ("/procurement", len(PROCUREMENT), PROC_PER_PAGE, self.procurement),
        ):
            page1 = render(1)
            site.add(base_path, page1)
            non.append(b + base_path)
            for page in range(1, (total + per - 1) // per + 1):
                site.add(f"{base_path}?page={page}", page1 if page == 1 else render(page))
                non.append(f"{b}{base_path}?page={page}")
        for aid, day, title, count, nid in ALBUMS:
            for k in range(1, count + 1):
                add_jpeg(site, f"/storage/gallery/{aid}/{k}.jpg", 1280, 853, local_dt(day, "17:00"))
            site.add(f"/gallery/{aid}", self.album(aid, day, title, count, nid))
            non.append(f"{b}/gallery/{aid}")
        for num, day, _title, _kind in PROCUREMENT:
            add_pdf(
                site,
                f"/storage/procurement/{num}.pdf",
                f"Donwai SAO procurement {num}",
                ["Donwai SAO", f"Procurement notice {num}", day],
                local_dt(day, "09:00"),
            )
        for f, _title, _dept, day in DOWNLOADS:
            add_pdf(
                site,
                f"/storage/files/{f}",
                f"Donwai SAO {f}",
                ["Donwai SAO", f"Document {f}", day],
                local_dt(day, "09:00"),
            )
        site.add("/download", self.download())
        site.add("/eservice", self.eservice())
        non += [b + "/download", b + "/eservice"]
        for slug, title, desc in ESERVICES:
            site.add(f"/eservice/request/{slug}", self.eservice_form(slug, title, desc))
            non.append(f"{b}/eservice/request/{slug}")
        for slug, (title, lines) in STATIC.items():
            site.add(f"/page/{slug}", self.static_page(slug, title, lines))
            non.append(f"{b}/page/{slug}")
        site.add("/page/executives", self.people_page("executives", "คณะผู้บริหาร", EXECUTIVES, True))
        site.add("/page/council", self.people_page("council", "สมาชิกสภาองค์การบริหารส่วนตำบล", COUNCIL, False))
        site.add("/contact", self.contact())
        non += [b + "/page/executives", b + "/page/council", b + "/contact"]
        # sample pages of the trap (answered by GovPortalSite.route, any query works)
        for q in ("ผู้สูงอายุ", "สิ่งแวดล้อม", "ขยะ สิ่งแวดล้อม"):
            non.append(f"{b}/search?q={quote(q)}")
        non.append(f"{b}/search?q={quote('อบต.ดอนหวาย')}&page=2")

        statics = [
            "/",
            "/page/history",
            "/page/vision",
            "/page/executives",
            "/page/council",
            "/contact",
            "/download",
            "/eservice",
        ]
        locs = "\n".join(
            f"<url><loc>{b}{path}</loc><lastmod>2024-09-02T03:00:00+00:00</lastmod><changefreq>monthly</changefreq><priority>{'1.0' if path == '/' else '0.8'}</priority></url>"
            for path in statics
        )
        site.add(
            "/sitemap.xml",
            Response(
                200,
                (("Content-Type", "application/xml"),),
                f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{locs}\n</urlset>\n'.encode(),
            ),
        )
        robots = (
            "User-agent: *\n"
            + "".join(f"Disallow: {p}\n" for p in site.disallowed_paths)
            + f"\nSitemap: {b}/sitemap.xml\n"
        )
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain; charset=UTF-8"),), robots.encode()))
        site.add("/favicon.ico", Response(200, (("Content-Type", "image/x-icon"),), b"\x00\x00\x01\x00\x00\x00"))
        site.add(
            "/login",
            self.frame(
                "/login",
                "เข้าสู่ระบบ",
                [BREADCRUMB_HOME, ("เข้าสู่ระบบ", None)],
                f'<form method="POST" action="/login" class="max-w-sm mx-auto bg-white rounded-lg shadow p-6"><input type="hidden" name="_token" value="{CSRF}"><input type="email" name="email" placeholder="อีเมล" class="w-full border rounded px-3 py-2 mb-3"><input type="password" name="password" placeholder="รหัสผ่าน" class="w-full border rounded px-3 py-2 mb-3"><button class="w-full py-2 rounded bg-emerald-700 text-white">เข้าสู่ระบบ</button></form>',
            ),
        )

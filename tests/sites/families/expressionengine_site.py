# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""expressionengine_site: an อบต. site on ExpressionEngine 2.x (EllisLab), Apache, PHP 5.3, UTF-8.

องค์การบริหารส่วนตำบลโคกสำราญพัฒนา, อำเภอลำปลายมาศ จังหวัดบุรีรัมย์ (fictional).  TODAY = 2024-09-12.  All text
is written for this fixture.  A local web company set the site up in 2012 on EE 2.5 and never removed
``index.php`` from the URLs (no .htaccess rewrite): every EE URL has ``/index.php/`` in its path.  Add-ons:
Wygwam (CKEditor) for bodies, Channel Images for galleries, SEO Lite, Low Search, Solspace Calendar, the Pages
module for standing pages, EE's own Comment and Statistics modules.

URL shapes (EE template groups: ``site`` = home, ``news``, ``search``, ``calendar``, ``member``)
* entries of the ``news`` channel: ``/index.php/news/detail/<url_title>`` (gold; ``{title_permalink}``, absolute,
  used by listings, the home page, prev/next, the RSS and ``rel=canonical``); url_titles are typed by the editor
  in transliterated ASCII, dashes for most, underscores for those entered while the word separator was
  "underscore" (EE refuses an all-digit url_title).  Copies (aliases): ``/index.php/news/detail/<entry_id>``
  (EE takes a numeric segment as the entry_id; ``{entry_id_path}`` in the "ข่าวอื่นๆ" box, some old bodies),
  ``/index.php/news/comments/<url_title>`` (the comments template: the whole entry + every comment; linked as
  "ความคิดเห็น (N)" from listings) and, for three procurement notices linked from the ITA page as the host's
  first set-up wrote them, the query-string form ``/index.php?/news/detail/<url_title>``.
* listings, 10 a page with EE path offsets: ``/index.php/news`` (menu) = ``/index.php/news/`` (pagination
  "first"), ``/index.php/news/P10``, ``/P20``; categories ``/index.php/news/category/<cat_url_title>`` (+ ``/P10``)
  and the old category-id form ``/index.php/news/C<cat_id>`` (+ ``/P10``) from the home page; monthly archives
  ``/index.php/news/archive/2023/05`` (sidebar ``month_links``).  Excerpts: the first paragraph cut by the
  char_limit plugin (whole words, "…").
* home ``/`` = ``/index.php``: latest 5 news with thumbnails, latest procurement and job notices, a photo strip.
* entry page: ``<h2 class="entry-title">``, "โพสต์เมื่อ : 15 พฤษภาคม 2566 เวลา 10:30 น." (a thai_date plugin;
  listings print ``15/05/2566``), "โดย : <screen name>", "อ่าน N ครั้ง"; news_image field above the body with a
  caption, Wygwam body (plain ``<p>``, Word-pasted justified spans with ``&nbsp;`` indents, nested layout tables,
  ``<br />``-separated runs in a ``<div>``, editor tables holding an image and its caption), attachments,
  Channel Images gallery (captions), share links, prev/next, "ข่าวที่เกี่ยวข้อง" (same category), "ข่าวอื่นๆ"
  (entry_id links), comments and the EE comment form (POST, captcha, XID), and the subscribe link
  ``/index.php?ACT=23&entry_id=N&ret=...`` (a guest gets EE's "you must be logged in" message page).
* sidebar on every page: Low Search form (POST) and "คำค้นยอดนิยม" (``{exp:low_search:url}`` results links), ข่าวล่าสุด
  (5), categories, archive months, the Solspace mini calendar (September 2567, prev/next month), the EE
  Statistics counter.
* standing pages (Pages module, non-articles): ``/index.php/about`` + ``/history``, ``/vision``, ``/personnel``,
  ``/index.php/contact``, ``/index.php/ita`` (PDFs under ``/uploads/ita/``, one gone: 404).  Member login
  ``/index.php/member/login``.  RSS ``/index.php/news/rss`` (latest 10, ``text/xml``).  No sitemap.
* robots.txt: ``/system/``, ``/admin.php``, ``/images/captchas/``.

Gold: 22 entries 2022-10-21 .. 2024-08-16, oldest first.  title = the ``h2``; published = the posted date of
the meta line (bodies mention other dates: the day of the event); author = the screen name after "โดย :";
paragraphs: body ``<p>``s, ``<br />`` runs, list items, table rows (cells joined by a space); captions: the
news_image caption, editor-table captions, gallery captions, in page order.

Traps (``trap_patterns``, answered by ``dynamic``):
* Solspace Calendar ``/index.php/calendar/month/YYYY/MM`` (1970-2037) and ``/index.php/calendar/day/YYYY/MM/DD``,
  each linking the previous and next month or day;
* Low Search results ``/index.php/search/results/<base64 of the JSON query>`` (+ ``/P10``), whose sort links and
  "ค้นหาที่เกี่ยวข้อง" links (``/index.php?ACT=41&keywords=...``, a 302 to the encoded results URL) make ever longer
  queries;
* EE action URLs ``/index.php?ACT=NN&...`` (the search action above; the comment subscription link on every entry,
  answered with EE's "you must be logged in" message page).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, WEEKDAYS, local_dt, rfc822
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "expressionengine_site"
SITE = "องค์การบริหารส่วนตำบลโคกสำราญพัฒนา"
SITE_SHORT = "อบต.โคกสำราญพัฒนา"
SITE_EN = "Khok Samran Phatthana SAO"
ADDRESS = "เลขที่ 99 หมู่ 3 ตำบลโคกสำราญพัฒนา อำเภอลำปลายมาศ จังหวัดบุรีรัมย์ 31130"
PHONE = "0 4466 1572"
FAX = "0 4466 1573"
EMAIL = "admin@khoksamranpattana.go.th"
MAYOR = "นายประเสริฐ ศรีสุข"
TODAY = date(2024, 9, 12)
CSS_VERSION = 1693301234
PER_PAGE = 10
FEED_SIZE = 10
ACT_SEARCH = 41
ACT_SUBSCRIBE = 23

# cat_id: (cat_url_title, name)
CATEGORIES = {
    1: ("kitchakam", "ข่าวกิจกรรม"),
    2: ("prachasamphan", "ข่าวประชาสัมพันธ์"),
    3: ("chatsue-chatchang", "ประกาศจัดซื้อจัดจ้าง"),
    4: ("rapsamak-ngan", "ประกาศรับสมัครงาน"),
    5: ("sapha-obt", "ข่าวสภา อบต."),
}
CAT_BY_SLUG = {slug: cid for cid, (slug, _name) in CATEGORIES.items()}
AUTHORS = {
    "pr": "งานประชาสัมพันธ์",
    "palad": "สำนักปลัด",
    "klang": "กองคลัง",
    "admin": "ผู้ดูแลระบบ",
}
POPULAR = ("ภาษี", "ถนน", "รับสมัคร", "ผู้สูงอายุ", "ขยะ", "ประชุมสภา")

TRAP_CALENDAR = r"^/index\.php/calendar/(?:month|day)/"
TRAP_SEARCH = r"^/index\.php/search/results/"
TRAP_ACT = r"^/(?:index\.php)?\?(?:.*&)?ACT=\d+"

# One entry per "## entry_id yyyy-mm-dd hh:mm author cat_ids(comma) style url_title" header; style P = plain
# Wygwam <p>, W = Word paste (justified spans, &nbsp; indents), B = <br />-separated runs in a <div>, T = nested
# layout tables.  Then T: title, I: news_image file | caption, E: an editor table (image + caption cell) in the
# body, G: Channel Images file | caption (gallery under the body), P: paragraph ([[id|text]] = an entry_id
# link, {{id|text}} = a title_permalink link), L: list item, R: table row (cells split by |, the first row is
# the header), F: file name | label (attachment), C: name | yyyy-mm-dd hh:mm | comment.
SPEC = """
## 52 2022-10-21 10:15 pr 1 W tak-bat-thewo-2565
T: อบต.โคกสำราญพัฒนา ร่วมประเพณีตักบาตรเทโวโรหณะ วันออกพรรษา ประจำปี 2565
I: tewo2565.jpg | คณะผู้บริหาร อบต.โคกสำราญพัฒนา ร่วมตักบาตรเทโว ณ วัดโคกสำราญ
P: เมื่อวันที่ 11 ตุลาคม 2565 นายประเสริฐ ศรีสุข นายกองค์การบริหารส่วนตำบลโคกสำราญพัฒนา พร้อมด้วยคณะผู้บริหาร สมาชิกสภา อบต. พนักงานส่วนตำบล และพี่น้องประชาชน ร่วมประเพณีตักบาตรเทโวโรหณะ เนื่องในวันออกพรรษา ณ วัดโคกสำราญ หมู่ที่ 3
P: ภายในงานมีพระสงฆ์จากวัดในตำบลจำนวน 29 รูป เดินลงจากบันไดศาลาการเปรียญรับบิณฑบาตจากประชาชน ซึ่งนำข้าวต้มมัดไต้ ข้าวสาร อาหารแห้ง และดอกไม้ธูปเทียนมาร่วมทำบุญกันอย่างคับคั่ง
P: อบต.โคกสำราญพัฒนา ขอขอบคุณคณะกรรมการวัด ผู้นำชุมชน และประชาชนทุกท่านที่ร่วมกันสืบสานประเพณีอันดีงามให้คงอยู่สืบไป

## 55 2022-11-09 09:00 pr 1 P loy-krathong-2565
T: งานประเพณีลอยกระทง ประจำปี 2565 ณ หนองน้ำสาธารณะบ้านโคกสำราญ
I: loykrathong2565.jpg | บรรยากาศการประกวดกระทงใหญ่ริมหนองน้ำสาธารณะบ้านโคกสำราญ
P: คืนวันที่ 8 พฤศจิกายน 2565 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา จัดงานประเพณีลอยกระทง ประจำปี 2565 ณ หนองน้ำสาธารณะบ้านโคกสำราญ หมู่ที่ 3 โดยมีประชาชนทั้ง 14 หมู่บ้านเข้าร่วมงานกว่า 2,000 คน
P: กิจกรรมภายในงานประกอบด้วยการประกวดกระทงใหญ่ประเภทสวยงาม การประกวดนางนพมาศ การแสดงของนักเรียนโรงเรียนในตำบล และการจำหน่ายสินค้าชุมชน
P: ผลการประกวดกระทงใหญ่ รางวัลชนะเลิศ ได้แก่ บ้านหนองตะครอง หมู่ที่ 6 รางวัลรองชนะเลิศอันดับ 1 ได้แก่ บ้านโคกสำราญ หมู่ที่ 3 และรางวัลรองชนะเลิศอันดับ 2 ได้แก่ บ้านสระแก้ว หมู่ที่ 9
C: คนโคกสำราญ | 2022-11-09 20:14 | ปีนี้สนุกมากครับ ขอบคุณ อบต. ที่จัดงานดี ๆ แบบนี้

## 58 2022-12-15 14:00 palad 5 T prachum-sapha-samai-samanya-4-2565
T: การประชุมสภาองค์การบริหารส่วนตำบลโคกสำราญพัฒนา สมัยสามัญ สมัยที่ 4 ประจำปี 2565
P: วันที่ 15 ธันวาคม 2565 เวลา 09.30 น. สภาองค์การบริหารส่วนตำบลโคกสำราญพัฒนา ได้จัดการประชุมสภา สมัยสามัญ สมัยที่ 4 ประจำปี 2565 ณ ห้องประชุมสภา อบต.โคกสำราญพัฒนา โดยมีนายสมชาย บุญมา ประธานสภา อบต. เป็นประธานในที่ประชุม
P: ระเบียบวาระการประชุมที่สำคัญ มีดังนี้
R: วาระที่ | เรื่อง
R: 1 | เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
R: 2 | รับรองรายงานการประชุมสภา สมัยสามัญ สมัยที่ 3 ประจำปี 2565
R: 3 | พิจารณาให้ความเห็นชอบการกำหนดสมัยประชุมสภาสมัยสามัญ ประจำปี 2566
R: 4 | พิจารณาโอนงบประมาณรายจ่ายเพื่อตั้งจ่ายเป็นรายการใหม่
P: ที่ประชุมมีมติเห็นชอบทุกวาระ และกำหนดสมัยประชุมสภาสมัยสามัญ สมัยแรกของปี 2566 ในเดือนกุมภาพันธ์ 2566

## 61 2023-01-14 12:00 pr 1 P wan-dek-2566
T: อบต.โคกสำราญพัฒนา จัดงานวันเด็กแห่งชาติ ประจำปี 2566
P: วันเสาร์ที่ 14 มกราคม 2566 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา จัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ศูนย์พัฒนาเด็กเล็ก อบต.โคกสำราญพัฒนา มีเด็กและผู้ปกครองร่วมงานกว่า 800 คน
P: ภายในงานมีซุ้มเกมและการละเล่นพื้นบ้าน การแสดงบนเวทีของเด็กเล็ก การแจกของขวัญและทุนการศึกษา พร้อมอาหารและเครื่องดื่มจากผู้ใจบุญในตำบล
P: คำขวัญวันเด็กแห่งชาติ ประจำปี 2566 คือ "เด็กไทย ใฝ่ดี รู้หน้าที่ มีวินัย ใส่ใจเทคโนโลยี"
G: wandek2566-1.jpg | นายก อบต. มอบของขวัญให้เด็ก ๆ ที่มาร่วมงาน
G: wandek2566-2.jpg | การแสดงของนักเรียนศูนย์พัฒนาเด็กเล็ก อบต.โคกสำราญพัฒนา
G: wandek2566-3.jpg | ซุ้มเกมของกองการศึกษา ศาสนาและวัฒนธรรม

## 63 2023-02-06 09:30 klang 2 B phasi-thidin-2566
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2566
P: งานจัดเก็บรายได้ กองคลัง องค์การบริหารส่วนตำบลโคกสำราญพัฒนา ขอประชาสัมพันธ์ให้ผู้มีหน้าที่เสียภาษีทราบกำหนดเวลาการยื่นแบบและชำระภาษีท้องถิ่น ประจำปี 2566 ดังนี้
R: ประเภทภาษี | กำหนดเวลา
R: ภาษีที่ดินและสิ่งปลูกสร้าง | ชำระภายในเดือนเมษายน 2566
R: ภาษีป้าย (ยื่นแบบ ภ.ป.1) | ภายในเดือนมีนาคม 2566
P: ผู้ที่ไม่ชำระภาษีภายในเวลาที่กำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด
P: สอบถามรายละเอียดเพิ่มเติมได้ที่ กองคลัง อบต.โคกสำราญพัฒนา โทร 0 4466 1572 ต่อ 103 ในวันและเวลาราชการ

## 66 2023-03-10 11:00 palad 4 P rapsamak_phanakngan_chang_2566
T: ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตำแหน่งพนักงานขับรถยนต์ และคนงานทั่วไป
P: ด้วยองค์การบริหารส่วนตำบลโคกสำราญพัฒนา มีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งพนักงานขับรถยนต์ จำนวน 1 อัตรา และตำแหน่งคนงานทั่วไป จำนวน 2 อัตรา
P: ผู้สมัครต้องมีคุณสมบัติทั่วไป ดังนี้
L: มีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ และไม่เกิน 60 ปี
L: ตำแหน่งพนักงานขับรถยนต์ ต้องมีใบอนุญาตขับรถยนต์ตามกฎหมายว่าด้วยรถยนต์
L: ไม่เป็นผู้มีร่างกายทุพพลภาพจนไม่สามารถปฏิบัติหน้าที่ได้
P: ผู้สนใจยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัด อบต.โคกสำราญพัฒนา ตั้งแต่วันที่ 15 - 24 มีนาคม 2566 ในวันและเวลาราชการ
F: rapsamak-2566.pdf | ประกาศรับสมัครพนักงานจ้าง ปี 2566

## 68 2023-04-13 16:00 pr 1 W songkran-2566
T: สืบสานประเพณีสงกรานต์ รดน้ำดำหัวขอพรผู้สูงอายุ ประจำปี 2566
I: songkran2566.jpg | นายก อบต.โคกสำราญพัฒนา รดน้ำขอพรผู้สูงอายุในตำบล
P: วันที่ 13 เมษายน 2566 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา จัดกิจกรรมสืบสานประเพณีสงกรานต์ รดน้ำดำหัวขอพรผู้สูงอายุ ณ ลานอเนกประสงค์ อบต.โคกสำราญพัฒนา โดยมีผู้สูงอายุจากทั้ง 14 หมู่บ้านเข้าร่วมกว่า 350 คน
P: ภายในงานมีการแข่งขันกีฬาผู้สูงอายุ การประกวดแต่งกายผ้าไทย และการแสดงกันตรึมของคณะผู้สูงอายุบ้านหนองตะครอง ซึ่งเป็นศิลปะพื้นบ้านของจังหวัดบุรีรัมย์
P: ในโอกาสนี้ อบต. ได้มอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุ 90 ปีขึ้นไป จำนวน 12 ราย

## 71 2023-05-15 10:30 klang 3 P ebidding-thanon-kor-sor-lor-moo-7
T: ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองตะครอง - บ้านโนนสูง หมู่ที่ 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
P: องค์การบริหารส่วนตำบลโคกสำราญพัฒนา มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองตะครอง - บ้านโนนสูง หมู่ที่ 7 กว้าง 5 เมตร ยาว 960 เมตร หนา 0.15 เมตร หรือมีพื้นที่ไม่น้อยกว่า 4,800 ตารางเมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
P: ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้ เป็นเงินทั้งสิ้น 2,940,000.00 บาท (สองล้านเก้าแสนสี่หมื่นบาทถ้วน)
P: ผู้สนใจสามารถดาวน์โหลดเอกสารประกวดราคาได้ทางเว็บไซต์ www.gprocurement.go.th ระหว่างวันที่ 15 - 23 พฤษภาคม 2566 และยื่นข้อเสนอในวันที่ 24 พฤษภาคม 2566 ระหว่างเวลา 08.30 - 16.30 น.
F: ebidding-moo7-2566.pdf | เอกสารประกวดราคาจ้าง (e-bidding) ถนน คสล. หมู่ที่ 7

## 72 2023-05-29 08:45 pr 2 P rok-khai-lueat-ok-2566
T: เตือนภัยโรคไข้เลือดออก ขอความร่วมมือประชาชนกำจัดแหล่งเพาะพันธุ์ยุงลาย
P: เข้าสู่ฤดูฝน องค์การบริหารส่วนตำบลโคกสำราญพัฒนา ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลโคกสำราญ ขอความร่วมมือประชาชนทุกครัวเรือนช่วยกันป้องกันโรคไข้เลือดออกด้วยมาตรการ 3 เก็บ 3 โรค ดังนี้
L: เก็บบ้านให้สะอาด ปลอดโปร่ง ไม่ให้มียุงลายเกาะพัก
L: เก็บขยะ เศษภาชนะที่อาจมีน้ำขังรอบบ้าน
L: เก็บน้ำ ปิดฝาโอ่งและภาชนะเก็บน้ำให้มิดชิด เปลี่ยนน้ำในแจกันทุก 7 วัน
P: หากมีไข้สูงลอย 2 วันขึ้นไป กินยาลดไข้แล้วไข้ไม่ลด ให้รีบไปพบแพทย์ และห้ามรับประทานยาแอสไพรินหรือยาไอบูโพรเฟน
P: อบต. จะออกพ่นหมอกควันกำจัดยุงลายในหมู่บ้านที่พบผู้ป่วย และแจกทรายอะเบทได้ที่ รพ.สต.โคกสำราญ ทุกวันในเวลาราชการ
"""
SPEC += """
## 75 2023-07-28 09:00 pr 1 T jit-asa-phatthana-28-karakada-2566
T: กิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสวันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว 28 กรกฎาคม 2566
P: วันที่ 28 กรกฎาคม 2566 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา ร่วมกับผู้นำชุมชน อาสาสมัครสาธารณสุขประจำหมู่บ้าน และจิตอาสาพระราชทาน จัดกิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสวันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว
E: jitasa2566.jpg | จิตอาสาร่วมกันตัดหญ้าและเก็บขยะริมถนนสายโคกสำราญ - หนองตะครอง
P: จิตอาสากว่า 250 คน ร่วมกันตัดหญ้า ถางป่า และเก็บขยะริมถนนสายโคกสำราญ - หนองตะครอง ระยะทางประมาณ 4 กิโลเมตร พร้อมทั้งขุดลอกคลองส่งน้ำสาธารณะบ้านสระแก้ว หมู่ที่ 9
P: ช่วงเย็น อบต. จัดพิธีถวายพระพรชัยมงคลและจุดเทียนถวายพระพร ณ ลานหน้าที่ทำการองค์การบริหารส่วนตำบลโคกสำราญพัฒนา

## 78 2023-08-11 15:00 pr 1 W wan-mae-2566
T: อบต.โคกสำราญพัฒนา จัดกิจกรรมเนื่องในวันแม่แห่งชาติ 12 สิงหาคม 2566
I: wanmae2566.jpg | เด็กนักเรียนศูนย์พัฒนาเด็กเล็กกราบแม่ในพิธีวันแม่แห่งชาติ
P: วันที่ 11 สิงหาคม 2566 ศูนย์พัฒนาเด็กเล็ก อบต.โคกสำราญพัฒนา จัดกิจกรรมเนื่องในวันแม่แห่งชาติ ประจำปี 2566 โดยเชิญคุณแม่ของเด็กนักเรียนมาร่วมพิธีกว่า 90 คน
P: ภายในงานมีพิธีถวายพระพรสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง การแสดงของเด็กนักเรียน และพิธีไหว้แม่ที่เด็ก ๆ นำพวงมาลัยดอกมะลิมากราบคุณแม่ด้วยตนเอง
P: นอกจากนี้ อบต. ยังได้มอบรางวัลแม่ดีเด่นประจำตำบล จำนวน 14 รางวัล ตามที่แต่ละหมู่บ้านคัดเลือกมา
C: แม่น้องข้าวปั้น | 2023-08-12 08:32 | ซึ้งใจมากค่ะ ขอบคุณคุณครูทุกท่าน

## 81 2023-09-20 13:30 klang 3 B prakat-phu-chana-sanoe-rakha-som-thanon-lukrang
T: ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมถนนลูกรังเพื่อการเกษตร บ้านโนนสูง หมู่ที่ 11 โดยวิธีเฉพาะเจาะจง
P: ตามที่องค์การบริหารส่วนตำบลโคกสำราญพัฒนา ได้มีโครงการจ้างซ่อมแซมถนนลูกรังเพื่อการเกษตร บ้านโนนสูง หมู่ที่ 11 โดยวิธีเฉพาะเจาะจง นั้น
P: ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ลำปลายมาศรุ่งเรืองก่อสร้าง โดยเสนอราคาเป็นเงินทั้งสิ้น 196,000.00 บาท (หนึ่งแสนเก้าหมื่นหกพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง
P: ประกาศ ณ วันที่ 20 กันยายน พ.ศ. 2566

## 84 2023-10-30 10:00 palad 5 P prachum_sapha_samai_samanya_4_2566
T: ประชุมสภา อบต.โคกสำราญพัฒนา สมัยสามัญ สมัยที่ 4 ประจำปี 2566 พิจารณาแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม
P: วันที่ 27 ตุลาคม 2566 สภาองค์การบริหารส่วนตำบลโคกสำราญพัฒนา ได้ประชุมสภา สมัยสามัญ สมัยที่ 4 ประจำปี 2566 ณ ห้องประชุมสภา อบต.โคกสำราญพัฒนา มีสมาชิกสภาเข้าร่วมประชุม 26 คน จากทั้งหมด 28 คน
P: ที่ประชุมได้พิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ครั้งที่ 2 ซึ่งเพิ่มโครงการก่อสร้างถนนคอนกรีตเสริมเหล็กและโครงการขยายเขตประปาหมู่บ้านรวม 9 โครงการ และมีมติเห็นชอบเป็นเอกฉันท์
P: ผู้สนใจสามารถขอดูรายงานการประชุมได้ที่งานกิจการสภา สำนักปลัด อบต.โคกสำราญพัฒนา

## 87 2023-11-28 09:15 pr 1 P loy-krathong-2566
T: ประมวลภาพงานประเพณีลอยกระทง ประจำปี 2566 ตำบลโคกสำราญพัฒนา
P: คืนวันที่ 27 พฤศจิกายน 2566 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา จัดงานประเพณีลอยกระทง ประจำปี 2566 ณ หนองน้ำสาธารณะบ้านโคกสำราญ หมู่ที่ 3 เช่นเดียวกับ{{55|งานลอยกระทงปีที่แล้ว}}
P: ปีนี้ อบต. รณรงค์ให้ประชาชนใช้กระทงจากวัสดุธรรมชาติ เช่น ใบตอง หยวกกล้วย และขนมปัง เพื่อลดปริมาณขยะในแหล่งน้ำ โดยหลังงานเก็บกระทงได้ทั้งหมด 3,412 ใบ เป็นกระทงโฟมเพียง 27 ใบ
P: ผลการประกวดนางนพมาศ ได้แก่ นางสาวกัลยา ทองดี จากบ้านสระแก้ว หมู่ที่ 9
G: loykrathong2566-1.jpg | ขบวนแห่กระทงใหญ่ของแต่ละหมู่บ้าน
G: loykrathong2566-2.jpg | ผู้เข้าประกวดนางนพมาศ ประจำปี 2566
C: ป้าบุญ บ้านสระแก้ว | 2023-11-28 18:40 | หลานสาวได้รางวัล ดีใจมากค่ะ
C: ผู้ดูแลระบบ | 2023-11-29 08:05 | ขอแสดงความยินดีด้วยครับ

## 90 2023-12-22 11:00 palad 2 P mop-pha-hom-kan-nao-2566
T: อบต.โคกสำราญพัฒนา มอบผ้าห่มกันหนาวให้ผู้สูงอายุ ผู้พิการ และผู้ยากไร้ ประจำปี 2566
I: phahom2566.jpg |
P: วันที่ 21 ธันวาคม 2566 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา นำโดยนายก อบต. ได้ออกมอบผ้าห่มกันหนาวให้แก่ผู้สูงอายุที่อยู่ตามลำพัง ผู้พิการ และผู้ยากไร้ในพื้นที่ตำบลโคกสำราญพัฒนา จำนวน 420 ผืน
P: ผ้าห่มดังกล่าวได้รับการสนับสนุนจากที่ทำการปกครองจังหวัดบุรีรัมย์ และผู้ประกอบการในพื้นที่ เพื่อบรรเทาความเดือดร้อนจากภัยหนาวซึ่งอุณหภูมิในพื้นที่ลดต่ำลงถึง 12 องศาเซลเซียส

## 93 2024-01-13 14:30 pr 1 W wan-dek-2567
T: งานวันเด็กแห่งชาติ ประจำปี 2567 "มุ่งมั่นใฝ่เรียนรู้ เคารพผู้อื่น อดทนและรับผิดชอบ"
I: wandek2567.jpg | เด็ก ๆ ร่วมกิจกรรมงานวันเด็กแห่งชาติ ณ สนาม อบต.โคกสำราญพัฒนา
P: วันเสาร์ที่ 13 มกราคม 2567 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามหน้าที่ทำการ อบต. มีเด็กและผู้ปกครองเข้าร่วมงานกว่า 1,100 คน
P: ภายในงานมีซุ้มกิจกรรมจากหน่วยงานต่าง ๆ ได้แก่ สถานีตำรวจภูธรลำปลายมาศ โรงพยาบาลส่งเสริมสุขภาพตำบล และหน่วยป้องกันและบรรเทาสาธารณภัย อบต. ที่นำรถดับเพลิงมาให้เด็ก ๆ ได้ชมและทดลองฉีดน้ำ
P: นายก อบต. ได้มอบทุนการศึกษาแก่นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 30 ทุน ทุนละ 1,000 บาท

## 95 2024-02-19 10:00 pr 2 B ngot-phao-nai-thi-long-2567
T: ขอความร่วมมืองดเผาในที่โล่งทุกชนิด เพื่อลดปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก PM2.5
P: ด้วยจังหวัดบุรีรัมย์ได้ประกาศห้ามเผาในที่โล่งทุกชนิด ตั้งแต่วันที่ 1 มกราคม - 30 เมษายน 2567 เพื่อป้องกันและแก้ไขปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก PM2.5
P: องค์การบริหารส่วนตำบลโคกสำราญพัฒนา จึงขอความร่วมมือเกษตรกรงดเผาตอซังข้าวและใบอ้อย และขอให้ประชาชนงดเผาขยะและเศษวัชพืชทุกชนิด โดยหันมาไถกลบหรือทำปุ๋ยหมักแทน
P: หากพบเห็นการลักลอบเผา สามารถแจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.โคกสำราญพัฒนา โทร 0 4466 1574 ตลอด 24 ชั่วโมง

## 98 2024-03-25 13:00 klang 3 P phaen-chatsue-chatchang-2567-plianplaeng-2
T: ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (เปลี่ยนแปลงครั้งที่ 2)
P: ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 11 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา ได้ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 ไปแล้ว นั้น
P: บัดนี้ มีการเปลี่ยนแปลงแผนการจัดซื้อจัดจ้างเพิ่มเติม ดังนี้
R: โครงการ | งบประมาณ (บาท) | ช่วงเวลาที่คาดว่าจะจัดซื้อจัดจ้าง
R: ก่อสร้างรางระบายน้ำ คสล. บ้านโคกสำราญ หมู่ที่ 3 | 485,000 | พฤษภาคม 2567
R: ขยายเขตไฟฟ้าแรงต่ำ บ้านหนองตะครอง หมู่ที่ 6 | 312,000 | มิถุนายน 2567
P: ทั้งนี้ โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7 ตาม[[71|ประกาศประกวดราคาเมื่อปี 2566]] ได้ดำเนินการแล้วเสร็จ
F: phaen-chatsue-2567-2.pdf | แผนการจัดซื้อจัดจ้าง ปีงบประมาณ 2567 (เปลี่ยนแปลงครั้งที่ 2)

## 101 2024-04-12 15:45 pr 1 T songkran-2567
T: อบต.โคกสำราญพัฒนา จัดงานประเพณีสงกรานต์และวันผู้สูงอายุ ประจำปี 2567
P: วันที่ 12 เมษายน 2567 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา จัดงานประเพณีสงกรานต์และวันผู้สูงอายุ ประจำปี 2567 ณ ลานอเนกประสงค์ อบต. มีผู้สูงอายุเข้าร่วมกว่า 400 คน
E: songkran2567.jpg | ผู้สูงอายุร่วมขบวนแห่พระพุทธรูปรอบบริเวณ อบต.
P: กิจกรรมประกอบด้วยขบวนแห่พระพุทธรูปให้ประชาชนสรงน้ำ พิธีรดน้ำดำหัวขอพรผู้สูงอายุ การตรวจสุขภาพผู้สูงอายุโดยเจ้าหน้าที่ รพ.สต. และการรับประทานอาหารกลางวันร่วมกัน
P: ขอความร่วมมือประชาชนเล่นน้ำสงกรานต์อย่างสุภาพ ไม่ดื่มสุราแล้วขับขี่ และใช้น้ำอย่างประหยัดในช่วงฤดูแล้ง
C: ลูกหลานบ้านโนนสูง | 2024-04-13 21:07 | ขอบคุณ อบต. ที่ดูแลผู้สูงอายุครับ

## 104 2024-05-24 09:00 palad 4 P rapsamak-phu-duea-dek-2567
T: ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ดูแลเด็ก (ทักษะ)
P: ด้วยองค์การบริหารส่วนตำบลโคกสำราญพัฒนา จะดำเนินการสรรหาและเลือกสรรบุคคลเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ดูแลเด็ก (ทักษะ) สังกัดกองการศึกษา ศาสนาและวัฒนธรรม จำนวน 1 อัตรา ค่าตอบแทนเดือนละ 10,840 บาท
P: ผู้สมัครต้องมีคุณสมบัติเฉพาะตำแหน่ง ดังนี้
L: มีวุฒิการศึกษาไม่ต่ำกว่าประกาศนียบัตรวิชาชีพ (ปวช.) หรือเทียบเท่า
L: มีความรู้ความสามารถในการดูแลเด็กปฐมวัย
L: มีใจรักงานบริการและสามารถปฏิบัติงานร่วมกับผู้อื่นได้
P: รับสมัครตั้งแต่วันที่ 3 - 14 มิถุนายน 2567 ณ สำนักปลัด อบต.โคกสำราญพัฒนา ในวันและเวลาราชการ รายละเอียดตามประกาศแนบท้ายนี้
F: rapsamak-phuduaedek-2567.pdf | ประกาศรับสมัครพนักงานจ้างตามภารกิจ ตำแหน่งผู้ดูแลเด็ก

## 107 2024-07-05 10:20 pr 1 P plook-ton-mai-2567
T: โครงการปลูกต้นไม้เฉลิมพระเกียรติ ณ ป่าชุมชนโคกหนองบัว
I: plookpa2567.jpg | ผู้เข้าร่วมโครงการปลูกต้นยางนาและต้นพะยูง ณ ป่าชุมชนโคกหนองบัว
P: วันที่ 4 กรกฎาคม 2567 องค์การบริหารส่วนตำบลโคกสำราญพัฒนา ร่วมกับโรงเรียนบ้านโคกสำราญ กำนัน ผู้ใหญ่บ้าน และประชาชน จัดโครงการปลูกต้นไม้เฉลิมพระเกียรติ ณ ป่าชุมชนโคกหนองบัว หมู่ที่ 12
P: ผู้เข้าร่วมโครงการกว่า 300 คน ร่วมกันปลูกต้นยางนา ต้นพะยูง และต้นมะค่าโมง รวม 1,200 ต้น บนพื้นที่ 8 ไร่ โดย อบต. จะดูแลรดน้ำในช่วงฤดูแล้งต่อไป
P: ป่าชุมชนโคกหนองบัวเป็นแหล่งอาหารและสมุนไพรที่สำคัญของชาวบ้าน การปลูกต้นไม้เพิ่มเติมจะช่วยเพิ่มความอุดมสมบูรณ์และความชุ่มชื้นให้แก่พื้นที่
C: ครูสมใจ | 2024-07-05 19:55 | นักเรียนสนุกและได้ความรู้มากค่ะ

## 110 2024-08-16 14:00 palad 2 W bia-yang-chip-phu-sung-ayu-2568
T: ประชาสัมพันธ์การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568
P: องค์การบริหารส่วนตำบลโคกสำราญพัฒนา ขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ พ.ศ. 2568 (เกิดก่อนวันที่ 2 กันยายน 2508) มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุด้วยตนเอง
P: ผู้ลงทะเบียนต้องนำเอกสารมาด้วย ได้แก่ บัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคาร (กรณีประสงค์รับเงินผ่านบัญชีธนาคาร)
P: ลงทะเบียนได้ที่สำนักปลัด อบต.โคกสำราญพัฒนา ตั้งแต่บัดนี้ถึงวันที่ 30 กันยายน 2567 ในวันและเวลาราชการ หรือติดต่อผู้ใหญ่บ้านเพื่อนัดหมายเจ้าหน้าที่ออกไปรับลงทะเบียนในหมู่บ้าน
"""

# Pages module URIs of the standing pages (entries of the "pages" channel): uri, title, body HTML.
PAGES = (
    (
        "/index.php/about/history",
        "ประวัติความเป็นมา",
        '<p style="text-indent: 36px;">ตำบลโคกสำราญพัฒนา แยกออกจากตำบลโคกสำราญเมื่อปี พ.ศ. 2532 เดิมพื้นที่เป็นโคกป่าที่มีต้นไม้ขึ้นหนาแน่น ชาวบ้านที่อพยพมาจากอำเภอนางรองและอำเภอประโคนชัยได้มาตั้งบ้านเรือนทำไร่ทำนา และตั้งชื่อหมู่บ้านว่า &quot;โคกสำราญ&quot;</p>\n'
        '<p style="text-indent: 36px;">องค์การบริหารส่วนตำบลโคกสำราญพัฒนา จัดตั้งขึ้นตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 เมื่อวันที่ 23 กุมภาพันธ์ 2540 มีพื้นที่ 72.4 ตารางกิโลเมตร 14 หมู่บ้าน ประชากร 9,812 คน</p>',
    ),
    (
        "/index.php/about/vision",
        "วิสัยทัศน์ / พันธกิจ",
        "<h3>วิสัยทัศน์</h3>\n<p><strong>&quot;โคกสำราญพัฒนาน่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีส่วนร่วม สิ่งแวดล้อมยั่งยืน&quot;</strong></p>\n"
        "<h3>พันธกิจ</h3>\n<ol>\n<li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและทั่วถึง</li>\n<li>ส่งเสริมอาชีพและเศรษฐกิจชุมชนตามแนวปรัชญาของเศรษฐกิจพอเพียง</li>\n"
        "<li>ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และภูมิปัญญาท้องถิ่น</li>\n<li>พัฒนาคุณภาพชีวิตและสวัสดิการสังคม</li>\n<li>บริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อมอย่างยั่งยืน</li>\n</ol>",
    ),
    (
        "/index.php/about/personnel",
        "บุคลากร",
        '<table align="center" border="0" cellpadding="4" cellspacing="0" style="width: 560px;">\n<tbody>\n'
        '<tr><td colspan="2" style="text-align: center;"><img alt="" src="/images/uploads/personnel/nayok.jpg" style="width: 150px; height: 190px;" /><br />\n<strong>นายประเสริฐ ศรีสุข</strong><br />\nนายกองค์การบริหารส่วนตำบลโคกสำราญพัฒนา</td></tr>\n'
        '<tr><td style="text-align: center;"><img alt="" src="/images/uploads/personnel/rongnayok1.jpg" style="width: 120px; height: 150px;" /><br />\nนายทองใบ แสนดี<br />\nรองนายก อบต.</td>\n'
        '<td style="text-align: center;"><img alt="" src="/images/uploads/personnel/rongnayok2.jpg" style="width: 120px; height: 150px;" /><br />\nนางสาวพรทิพย์ มะลิวัลย์<br />\nรองนายก อบต.</td></tr>\n'
        '<tr><td colspan="2" style="text-align: center;"><img alt="" src="/images/uploads/personnel/palad.jpg" style="width: 120px; height: 150px;" /><br />\nนายวิชัย ปัญญาวงศ์<br />\nปลัดองค์การบริหารส่วนตำบล</td></tr>\n'
        "</tbody>\n</table>",
    ),
)
# ITA (OIT) table: code, label, target kind ("pdf" file name, "gone" deleted file, "page" path, "qs" an entry in
# the query-string form, "ext" outside address).
ITA_ITEMS = (
    ("O1", "โครงสร้างองค์กร", "pdf", "o1-structure.pdf"),
    ("O2", "ข้อมูลผู้บริหาร", "page", "/index.php/about/personnel"),
    ("O3", "อำนาจหน้าที่", "pdf", "o3-authority.pdf"),
    ("O4", "แผนพัฒนาท้องถิ่น", "pdf", "o4-local-plan-2566-2570.pdf"),
    ("O5", "ข้อมูลการติดต่อ", "page", "/index.php/contact"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "gone", "o6-laws.pdf"),
    ("O7", "ข่าวประชาสัมพันธ์", "page", "/index.php/news/category/prachasamphan"),
    ("O8", "Q&amp;A", "page", "/index.php/contact"),
    ("O9", "Social Network", "ext", "https://www.facebook.com/khoksamranpattana"),
    ("O10", "แผนการดำเนินงานประจำปี", "pdf", "o10-action-plan-2567.pdf"),
    ("O11", "ประกาศประกวดราคา ถนน คสล. หมู่ที่ 7", "qs", 71),
    ("O12", "ประกาศผู้ชนะการเสนอราคา ซ่อมแซมถนนลูกรัง หมู่ที่ 11", "qs", 81),
    ("O13", "แผนการจัดซื้อจัดจ้าง ปี 2567 (เปลี่ยนแปลงครั้งที่ 2)", "qs", 98),
)
# Solspace Calendar events that repeat every month: (weekday, nth, title, time).
EVENTS = (
    (0, 1, "ประชุมประจำเดือนพนักงานส่วนตำบล", "09:00"),
    (2, 2, "ออกหน่วยรับชำระภาษีเคลื่อนที่", "09:30"),
    (3, 3, "ตรวจสุขภาพผู้สูงอายุ ณ รพ.สต.โคกสำราญ", "08:30"),
    (4, 4, "ตลาดนัดชุมชน ลานหน้า อบต.", "16:00"),
)

LINK_RE = re.compile(r"\[\[(\d+)\|([^\]]+)\]\]|\{\{(\d+)\|([^}]+)\}\}")


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def _num(seed: str, low: int, high: int) -> int:
    return low + int(_h(seed, 8), 16) % (high - low + 1)


def be_long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def be_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def month_add(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def days_in(y: int, m: int) -> int:
    ny, nm = month_add(y, m, 1)
    return (date(ny, nm, 1) - date(y, m, 1)).days


def event_days(y: int, m: int) -> dict[int, list[tuple[str, str]]]:
    """Days of month (y, m) holding a repeating event: {day: [(time, title)]}."""
    out: dict[int, list[tuple[str, str]]] = {}
    first = date(y, m, 1)
    for weekday, nth, title, hm in EVENTS:
        day = 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)
        if day <= days_in(y, m):
            out.setdefault(day, []).append((hm, title))
    return out


def low_search_code(params: dict[str, str]) -> str:
    """Low Search's encoded query: base64 of PHP's json_encode (\\uXXXX escapes, escaped slashes), URL-safe."""
    text = json.dumps(params, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")
    return base64.b64encode(text.encode("ascii")).decode("ascii").rstrip("=").replace("+", "-").replace("/", "_")


def low_search_decode(code: str) -> dict[str, str] | None:
    try:
        raw = base64.b64decode(code.replace("-", "+").replace("_", "/") + "=" * (-len(code) % 4), validate=True)
        params = json.loads(raw.decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(params, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in params.items()):
        return None
    return params


def results_path(params: dict[str, str], offset: int = 0) -> str:
    """{exp:low_search:url}: the results template with the encoded query (+ EE's P offset)."""
    return f"/index.php/search/results/{low_search_code(params)}" + (f"/P{offset}" if offset else "")


def act_search_href(words: str) -> str:
    return f"/index.php?ACT={ACT_SEARCH}&keywords={quote_plus(words)}&result_page=search%2Fresults"


@dataclass
class Entry:
    eid: int
    day: str
    hm: str
    author: str
    cats: list[int]
    style: str
    url_title: str
    title: str = ""
    image: tuple[str, str] | None = None
    blocks: list[tuple[str, str]] = field(default_factory=list)
    gallery: list[tuple[str, str]] = field(default_factory=list)
    files: list[tuple[str, str]] = field(default_factory=list)
    comments: list[tuple[int, str, str, str]] = field(default_factory=list)

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def path(self) -> str:
        return f"/index.php/news/detail/{self.url_title}"

    @property
    def id_path(self) -> str:
        return f"/index.php/news/detail/{self.eid}"

    @property
    def comments_path(self) -> str:
        return f"/index.php/news/comments/{self.url_title}"

    @property
    def qs_path(self) -> str:
        return f"/index.php?/news/detail/{self.url_title}"

    @property
    def views(self) -> int:
        return _num(f"views:{self.eid}", 140, 2600)

    def plain(self, raw: str) -> str:
        text = LINK_RE.sub(lambda m: m.group(2) or m.group(4), raw)
        return " ".join(text.split())

    @property
    def paragraphs(self) -> list[str]:
        out = []
        for kind, text in self.blocks:
            if kind in ("P", "L"):
                out.append(self.plain(text))
            elif kind == "R":
                out.append(" ".join(" ".join(self.plain(c) for c in text.split("|")).split()))
        return out

    @property
    def captions(self) -> list[str]:
        caps = [self.image[1]] if self.image and self.image[1] else []
        caps += [text.split("|", 1)[1].strip() for kind, text in self.blocks if kind == "E"]
        caps += [cap for _f, cap in self.gallery if cap]
        return caps

    @property
    def excerpt(self) -> str:
        """{exp:char_limit chars="180"}: whole words only, then an ellipsis."""
        first = self.paragraphs[0]
        if len(first) <= 180:
            return first
        cut = first[:180]
        if " " in cut:
            cut = cut[: cut.rfind(" ")]
        return cut.rstrip() + "&#8230;"

    @property
    def thumb(self) -> str | None:
        if self.image:
            return f"/images/uploads/news/_thumbs/{self.image[0]}"
        if self.gallery:
            return f"/images/channel_images/news/{self.eid}/thumbs/{self.gallery[0][0]}"
        return None


def _parse(spec: str) -> list[Entry]:
    entries: list[Entry] = []
    comment_id = 17
    for chunk in spec.split("\n## ")[1:]:
        lines = [line for line in chunk.strip().splitlines() if line.strip()]
        eid, day, hm, author, cats, style, url_title = lines[0].split()
        e = Entry(int(eid), day, hm, author, [int(c) for c in cats.split(",")], style, url_title)
        for line in lines[1:]:
            kind, _, text = line.partition(": ")
            text = text.strip()
            if kind == "T":
                e.title = text
            elif kind == "I":
                name, _, cap = text.partition("|")
                e.image = (name.strip(), cap.strip())
            elif kind in ("P", "L", "R", "E"):
                e.blocks.append((kind, text))
            elif kind == "G":
                name, _, cap = text.partition("|")
                e.gallery.append((name.strip(), cap.strip()))
            elif kind == "F":
                name, _, label = text.partition("|")
                e.files.append((name.strip(), label.strip()))
            elif kind == "C":
                name, when, comment = (x.strip() for x in text.split("|", 2))
                e.comments.append((comment_id, name, when, comment))
                comment_id += 2 + len(name) % 5  # deleted spam leaves gaps
            else:
                raise ValueError(f"{FAMILY}: bad spec line {line!r}")
        entries.append(e)
    return entries


ENTRIES = _parse(SPEC)
BY_ID = {e.eid: e for e in ENTRIES}
assert [e.day for e in ENTRIES] == sorted(e.day for e in ENTRIES)
assert not any(e.url_title.isdigit() for e in ENTRIES)


def pager(base: str, offset: int, total: int) -> str:
    """EE 2 {pagination_links}: ‹ First  < 1 2 3 >  Last › with path offsets."""
    pages = max(1, -(-total // PER_PAGE))
    if pages <= 1:
        return ""
    current = offset // PER_PAGE + 1

    def href(page: int) -> str:
        return f"{base}/" if page == 1 else f"{base}/P{(page - 1) * PER_PAGE}"

    parts = []
    if current > 1:
        parts.append(f'<a href="{href(1)}">&lsaquo; หน้าแรก</a>')
        parts.append(f'<a href="{href(current - 1)}">&lt;</a>')
    for page in range(1, pages + 1):
        parts.append(f"<strong>{page}</strong>" if page == current else f'<a href="{href(page)}">{page}</a>')
    if current < pages:
        parts.append(f'<a href="{href(current + 1)}">&gt;</a>')
        parts.append(f'<a href="{href(pages)}">หน้าสุดท้าย &rsaquo;</a>')
    return (
        f'<div class="paginate"><span class="pagecount">หน้า {current} จาก {pages}</span> {"&nbsp;".join(parts)}</div>'
    )


# -- the site ------------------------------------------------------------------------------------------
class _EE:
    def __init__(self, site: FixtureSite) -> None:
        self.site = site
        self.base = site.base_url
        self.non_articles: list[str] = []
        self.newest = sorted(ENTRIES, key=lambda e: (e.day, e.hm), reverse=True)
        self.months = sorted({(e.d.year, e.d.month) for e in ENTRIES}, reverse=True)

    # -- helpers -------------------------------------------------------------------------------------
    def a(self, path: str) -> str:
        """An EE-made link ({path=}, {title_permalink}): absolute, on the configured site_url."""
        return self.base + path

    def html(self, text: str, status: int = 200) -> Response:
        stamp = int(datetime(2024, 9, 12, 8, 0, tzinfo=BANGKOK).timestamp())
        return Response(
            status,
            (
                ("Content-Type", "text/html; charset=UTF-8"),
                ("X-Powered-By", "PHP/5.3.10-1ubuntu3.26"),
                ("Set-Cookie", f"exp_last_visit={stamp - 86400 * 3}; expires=Fri, 12-Sep-2025 01:00:00 GMT; path=/"),
                ("Set-Cookie", f"exp_last_activity={stamp}; expires=Fri, 12-Sep-2025 01:00:00 GMT; path=/"),
                ("Vary", "Accept-Encoding"),
            ),
            text.encode("utf-8"),
        )

    def add_page(self, target: str, text: str, listed: bool = True) -> None:
        self.site.add(target, self.html(text))
        if listed:
            self.non_articles.append(self.a(target))

    # -- chrome --------------------------------------------------------------------------------------
    def menu(self, current: str) -> str:
        items = (
            ("home", self.a("/index.php"), "หน้าแรก"),
            ("about", self.a("/index.php/about"), "ข้อมูลพื้นฐาน"),
            ("news", self.a("/index.php/news"), "ข่าวสาร"),
            ("procure", self.a("/index.php/news/category/chatsue-chatchang"), "จัดซื้อจัดจ้าง"),
            ("calendar", self.a("/index.php/calendar"), "ปฏิทินกิจกรรม"),
            ("ita", self.a("/index.php/ita"), "ITA"),
            ("contact", self.a("/index.php/contact"), "ติดต่อเรา"),
        )
        lis = []
        for key, href, label in items:
            cls = ' class="current"' if key == current else ""
            sub = ""
            if key == "about":
                sub = (
                    "<ul>"
                    + "".join(f'<li><a href="{self.a(uri)}">{title}</a></li>' for uri, title, _b in PAGES)
                    + "</ul>"
                )
            lis.append(f'<li{cls}><a href="{href}">{label}</a>{sub}</li>')
        return f'<div id="nav"><ul class="sf-menu">\n{"".join(lis)}\n</ul></div>'

    def mini_calendar(self, y: int, m: int) -> str:
        first = date(y, m, 1)
        events = event_days(y, m)
        cells = ['<td class="blank">&nbsp;</td>'] * ((first.weekday() + 1) % 7)
        for day in range(1, days_in(y, m) + 1):
            if day in events:
                href = f"/index.php/calendar/day/{y:04d}/{m:02d}/{day:02d}"
                cells.append(f'<td class="has_events"><a href="{self.a(href)}">{day}</a></td>')
            elif (y, m, day) == (TODAY.year, TODAY.month, TODAY.day):
                cells.append(f'<td class="today">{day}</td>')
            else:
                cells.append(f"<td>{day}</td>")
        while len(cells) % 7:
            cells.append('<td class="blank">&nbsp;</td>')
        rows = "\n".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
        py, pm = month_add(y, m, -1)
        ny, nm = month_add(y, m, 1)
        heads = "".join(f"<th>{h}</th>" for h in ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"))
        return (
            '<table class="mini_calendar" cellpadding="0" cellspacing="0">\n<tr class="month_row">'
            f'<th><a href="{self.a(f"/index.php/calendar/month/{py:04d}/{pm:02d}")}">&laquo;</a></th>'
            f'<th colspan="5"><a href="{self.a(f"/index.php/calendar/month/{y:04d}/{m:02d}")}">{MONTHS[m - 1]} {y + 543}</a></th>'
            f'<th><a href="{self.a(f"/index.php/calendar/month/{ny:04d}/{nm:02d}")}">&raquo;</a></th></tr>\n'
            f"<tr>{heads}</tr>\n{rows}\n</table>"
        )

    def sidebar(self) -> str:
        latest = "".join(
            f'<li><a href="{self.a(e.path)}">{esc(e.title)}</a> <span class="date">({be_slash(e.d)})</span></li>'
            for e in self.newest[:5]
        )
        counts = {cid: sum(1 for e in ENTRIES if cid in e.cats) for cid in CATEGORIES}
        cats = "".join(
            f'<li><a href="{self.a(f"/index.php/news/category/{slug}")}">{name}</a> ({counts[cid]})</li>'
            for cid, (slug, name) in CATEGORIES.items()
        )
        months = "".join(
            f'<li><a href="{self.a(f"/index.php/news/archive/{y:04d}/{m:02d}")}">{MONTHS[m - 1]} {y + 543}</a></li>'
            for y, m in self.months
        )
        popular = " ".join(f'<a href="{self.a(results_path({"keywords": w}))}">{w}</a>' for w in POPULAR)
        params = low_search_code({"result_page": "search/results", "collection": "news"})
        return f"""<div id="sidebar">
<div class="box search_box"><h3>ค้นหา</h3>
<form method="post" action="{self.a("/")}" id="low_search_form">
<div class="hiddenFields">
<input type="hidden" name="ACT" value="{ACT_SEARCH}" />
<input type="hidden" name="params" value="{params}" />
<input type="hidden" name="site_id" value="1" />
</div>
<input type="text" name="keywords" value="" size="18" /> <input type="submit" value="ค้นหา" />
</form>
<p class="popular">คำค้นยอดนิยม : {popular}</p>
</div>
<div class="box"><h3>เมนูหลัก</h3><ul class="side_menu">
<li><a href="/index.php/about/history">ประวัติความเป็นมา</a></li>
<li><a href="/index.php/about/vision">วิสัยทัศน์ / พันธกิจ</a></li>
<li><a href="/index.php/about/personnel">บุคลากร</a></li>
<li><a href="/index.php/ita">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
<li><a href="/index.php/contact">ติดต่อเรา</a></li>
</ul></div>
<div class="box"><h3>ข่าวล่าสุด</h3><ul class="latest">{latest}</ul></div>
<div class="box"><h3>หมวดหมู่ข่าว</h3><ul>{cats}</ul></div>
<div class="box"><h3>คลังข่าว</h3><ul class="archives">{months}</ul></div>
<div class="box"><h3>ปฏิทินกิจกรรม</h3>
{self.mini_calendar(TODAY.year, TODAY.month)}
</div>
<div class="box stats"><h3>สถิติผู้เข้าชม</h3>
<p>ผู้เข้าชมทั้งหมด : 248,913 ครั้ง<br />
ออนไลน์ขณะนี้ : 4 คน (สมาชิก 0, ผู้เยี่ยมชม 4)<br />
ผู้เข้าชมสูงสุด : 87 คน เมื่อ 14/01/2567</p>
</div>
<div class="box banners">
<a href="http://www.dla.go.th/" target="_blank"><img src="/themes/site_themes/khoksamran/images/banner-dla.gif" alt="กรมส่งเสริมการปกครองท้องถิ่น" width="200" height="60" /></a>
<a href="https://www.buriram.go.th/" target="_blank"><img src="/themes/site_themes/khoksamran/images/banner-buriram.gif" alt="จังหวัดบุรีรัมย์" width="200" height="60" /></a>
<a href="http://www.info.go.th/" target="_blank"><img src="/themes/site_themes/khoksamran/images/banner-info.gif" alt="ศูนย์ข้อมูลข่าวสาร" width="200" height="60" /></a>
</div>
</div>"""

    def footer(self, target: str) -> str:
        seconds = _num(f"time:{target}", 812, 4960) / 10000
        queries = _num(f"q:{target}", 28, 61)
        return f"""<div id="footer">
<p><strong>{SITE}</strong><br />
{ADDRESS}<br />
โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล : <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p class="footer_links"><a href="{self.a("/index.php/member/login")}">สมาชิกเข้าสู่ระบบ</a> | <a href="/admin.php" rel="nofollow">ผู้ดูแลระบบ</a> | <a href="https://www.facebook.com/khoksamranpattana" target="_blank">Facebook</a></p>
<p class="copyright">สงวนลิขสิทธิ์ &copy; 2555-2567 {SITE_SHORT} | Powered by <a href="https://expressionengine.com/" target="_blank">ExpressionEngine</a> | ประมวลผล {seconds:.4f} วินาที, {queries} queries</p>
</div>"""

    def page(
        self, target: str, title: str, main: str, *, current: str = "", description: str = "", canonical: str = ""
    ) -> str:
        desc = attr(description or f"เว็บไซต์{SITE} {ADDRESS}")
        canon = f'\n<link rel="canonical" href="{canonical}" />' if canonical else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name='keywords' content='อบต.โคกสำราญพัฒนา, องค์การบริหารส่วนตำบล, ลำปลายมาศ, บุรีรัมย์' />
<meta name='description' content='{desc}' />{canon}
<link rel="stylesheet" type="text/css" media="all" href="{self.a(f"/index.php?css=site/style.v.{CSS_VERSION}")}" />
<link rel="alternate" type="application/rss+xml" title="ข่าวสาร {SITE_SHORT}" href="{self.a("/index.php/news/rss")}" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/themes/site_themes/khoksamran/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/themes/site_themes/khoksamran/js/superfish.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header">
<a href="{self.base}/"><img src="/themes/site_themes/khoksamran/images/header.jpg" alt="{SITE}" width="980" height="180" /></a>
</div>
{self.menu(current)}
<div id="marquee"><marquee scrollamount="3">ยินดีต้อนรับสู่เว็บไซต์{SITE} {ADDRESS} ... ชำระภาษีออนไลน์ได้แล้ววันนี้ ...</marquee></div>
<div id="container">
<div id="content">
{main}
</div>
{self.sidebar()}
<div class="clear"></div>
</div>
{self.footer(target)}
</div>
</body>
</html>
"""

    # -- entry content -------------------------------------------------------------------------------
    def inline(self, raw: str) -> str:
        out, pos = [], 0
        for m in LINK_RE.finditer(raw):
            out.append(esc(raw[pos : m.start()]))
            if m.group(1):
                out.append(f'<a href="/index.php/news/detail/{m.group(1)}">{esc(m.group(2))}</a>')
            else:
                out.append(f'<a href="{self.a(BY_ID[int(m.group(3))].path)}">{esc(m.group(4))}</a>')
            pos = m.end()
        out.append(esc(raw[pos:]))
        return "".join(out)

    def editor_image(self, e: Entry, text: str) -> str:
        name, _, caption = text.partition("|")
        src = f"/images/uploads/news/{name.strip()}"
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 520px;">\n<tbody>\n'
            f'<tr>\n<td><img alt="" src="{src}" style="width: 520px; height: 347px;" /></td>\n</tr>\n'
            f'<tr>\n<td style="text-align: center;"><span style="font-size:12px;"><em>{esc(caption.strip())}</em></span></td>\n</tr>\n'
            "</tbody>\n</table>"
        )

    def body_html(self, e: Entry) -> str:
        out: list[str] = []
        blocks = e.blocks
        i = 0
        while i < len(blocks):
            kind, text = blocks[i]
            if kind == "L":
                items = []
                while i < len(blocks) and blocks[i][0] == "L":
                    items.append(f"\t<li>{self.inline(blocks[i][1])}</li>")
                    i += 1
                style = ' style="margin-left: 40px;"' if e.style == "W" else ""
                out.append(f"<ul{style}>\n" + "\n".join(items) + "\n</ul>")
                continue
            if kind == "R":
                rows, first = [], True
                while i < len(blocks) and blocks[i][0] == "R":
                    cells = [self.inline(c.strip()) for c in blocks[i][1].split("|")]
                    if first:
                        cells = [f"<strong>{c}</strong>" for c in cells]
                    rows.append("<tr>\n" + "\n".join(f"<td>{c}</td>" for c in cells) + "\n</tr>")
                    first = False
                    i += 1
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">\n<tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody>\n</table>"
                )
                continue
            if kind == "E":
                out.append(self.editor_image(e, text))
            elif e.style == "B":
                runs = []
                while i < len(blocks) and blocks[i][0] == "P":
                    runs.append("&nbsp; &nbsp; &nbsp; &nbsp;" + self.inline(blocks[i][1]))
                    i += 1
                out.append('<div style="text-align: justify;">' + "<br />\n<br />\n".join(runs) + "</div>")
                continue
            elif e.style == "W":
                out.append(
                    '<p style="text-align: justify;"><span style="font-size:16px;"><span style="font-family:th sarabun new,th sarabunpsk,sans-serif;">'
                    f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {self.inline(text)}</span></span></p>\n<p>&nbsp;</p>"
                )
            else:
                out.append(f"<p>{self.inline(text)}</p>")
            i += 1
        body = "\n".join(out)
        if e.style == "T":
            body = (
                '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">\n<tbody>\n<tr>\n<td>\n'
                '<table align="center" border="0" cellpadding="5" cellspacing="0" style="width: 98%;">\n<tbody>\n<tr>\n<td>\n'
                f"{body}\n</td>\n</tr>\n</tbody>\n</table>\n</td>\n</tr>\n</tbody>\n</table>"
            )
        return body

    def meta_line(self, e: Entry) -> str:
        cats = ", ".join(
            f'<a href="{self.a(f"/index.php/news/category/{CATEGORIES[c][0]}")}">{CATEGORIES[c][1]}</a>' for c in e.cats
        )
        return (
            f'<div class="entry-meta"><span class="date">โพสต์เมื่อ : {be_long(e.d)} เวลา {e.hm} น.</span> | '
            f'<span class="author">โดย : {AUTHORS[e.author]}</span> | หมวดหมู่ : {cats} | '
            f'<span class="views">อ่าน {e.views:,} ครั้ง</span></div>'
        )

    def entry_block(self, e: Entry) -> str:
        image = ""
        if e.image:
            name, caption = e.image
            cap = f'\n<p class="caption">{esc(caption)}</p>' if caption else ""
            image = f'<div class="news_image"><img src="/images/uploads/news/{name}" alt="{attr(e.title)}" width="600" height="400" />{cap}</div>\n'
        files = ""
        if e.files:
            lis = "".join(
                f'<li><img src="/themes/site_themes/khoksamran/images/pdf.gif" alt="" width="16" height="16" /> '
                f'<a href="/uploads/files/{name}" target="_blank">{esc(label)}</a> (PDF, {_num("size:" + name, 80, 900)} KB)</li>'
                for name, label in e.files
            )
            files = f'<div class="attachments"><h4>เอกสารแนบ</h4><ul>{lis}</ul></div>\n'
        gallery = ""
        if e.gallery:
            lis = "".join(
                f'<li><a href="/images/channel_images/news/{e.eid}/{name}" class="fancybox" rel="gallery{e.eid}" title="{attr(cap)}">'
                f'<img src="/images/channel_images/news/{e.eid}/thumbs/{name}" alt="{attr(cap)}" width="180" height="120" /></a>'
                f'<span class="ci_caption">{esc(cap)}</span></li>'
                for name, cap in e.gallery
            )
            gallery = f'<div class="ci_gallery"><h4>ภาพกิจกรรม</h4><ul>{lis}</ul><div class="clear"></div></div>\n'
        return (
            f'<h2 class="entry-title">{esc(e.title)}</h2>\n{self.meta_line(e)}\n{image}'
            f'<div class="entry-body">\n{self.body_html(e)}\n</div>\n{files}{gallery}'
        )

    def share(self, e: Entry) -> str:
        url = quote(self.a(e.path), safe="")
        return (
            '<div class="share">แชร์ข่าวนี้ : '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> | '
            f'<a href="https://twitter.com/intent/tweet?url={url}&amp;text={quote(e.title)}" target="_blank">Twitter</a> | '
            f'<a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank">LINE</a> | '
            '<a href="javascript:window.print();">พิมพ์</a></div>'
        )

    def comment_list(self, e: Entry) -> str:
        if not e.comments:
            return '<p class="no_comments">ยังไม่มีความคิดเห็น</p>'
        items = []
        for cid, name, when, text in e.comments:
            dt = local_dt(*when.split())
            items.append(
                f'<div class="comment" id="comment_{cid}"><p class="comment_meta"><strong>{esc(name)}</strong> '
                f"เมื่อ {dt:%d/%m/%Y %H:%M}</p><p>{esc(text)}</p></div>"
            )
        return "\n".join(items)

    def comment_form(self, e: Entry, target: str) -> str:
        uri = target.split("/index.php", 1)[1].lstrip("?/")
        captcha = (
            f"/images/captchas/{1726100000 + _num('cap:' + target, 0, 99999)}.{_num('cap2:' + target, 1000, 9999)}.jpg"
        )
        add_jpeg(self.site, captcha, 140, 30, datetime(2024, 9, 12, 8, 0, tzinfo=BANGKOK))
        subscribe = f"/index.php?ACT={ACT_SUBSCRIBE}&entry_id={e.eid}&ret={quote(uri, safe='')}"
        return f"""<h3>แสดงความคิดเห็น</h3>
<form id="comment_form" method="post" action="{self.a(target)}">
<div class='hiddenFields'>
<input type="hidden" name="ACT" value="22" />
<input type="hidden" name="RET" value="{self.a(target)}" />
<input type="hidden" name="URI" value="{attr(uri)}" />
<input type="hidden" name="PRV" value="" />
<input type="hidden" name="XID" value="{_h("xid:" + target, 40)}" />
<input type="hidden" name="entry_id" value="{e.eid}" />
<input type="hidden" name="site_id" value="1" />
</div>
<p><label for="name">ชื่อ :</label><br /><input type="text" name="name" id="name" value="" size="40" /></p>
<p><label for="email">อีเมล :</label><br /><input type="text" name="email" id="email" value="" size="40" /></p>
<p><label for="comment">ความคิดเห็น :</label><br /><textarea name="comment" id="comment" cols="60" rows="6"></textarea></p>
<p>กรุณาพิมพ์ตัวอักษรที่เห็นในภาพ : <img src="{self.a(captcha)}" width="140" height="30" style="border:0;" alt=" " /><br /><input type="text" name="captcha" value="" size="20" maxlength="20" /></p>
<p><input type="checkbox" name="save_info" value="yes" /> จดจำข้อมูลของฉัน <input type="checkbox" name="notify_me" value="yes" /> แจ้งเตือนทางอีเมลเมื่อมีความคิดเห็นใหม่</p>
<p><input type="submit" name="submit" value="ส่งความคิดเห็น" /> <input type="submit" name="preview" value="ดูตัวอย่าง" /></p>
</form>
<p class="subscribe"><a href="{attr(self.a(subscribe))}">ติดตามความคิดเห็นของข่าวนี้</a></p>"""

    def breadcrumb(self, *crumbs: tuple[str, str]) -> str:
        parts = [f'<a href="{self.base}/">หน้าแรก</a>']
        parts += [f'<a href="{href}">{label}</a>' if href else label for href, label in crumbs]
        return '<div class="breadcrumb">' + " &raquo; ".join(parts) + "</div>"

    def entry_page(self, e: Entry, target: str) -> str:
        i = ENTRIES.index(e)
        nav = []
        if i > 0:
            p = ENTRIES[i - 1]
            nav.append(f'<span class="prev">&laquo; ข่าวก่อนหน้า : <a href="{self.a(p.path)}">{esc(p.title)}</a></span>')
        if i + 1 < len(ENTRIES):
            n = ENTRIES[i + 1]
            nav.append(f'<span class="next">ข่าวถัดไป : <a href="{self.a(n.path)}">{esc(n.title)}</a> &raquo;</span>')
        related = [o for o in self.newest if o is not e and set(o.cats) & set(e.cats)][:4]
        rel = "".join(
            f'<li><a href="{self.a(o.path)}">{esc(o.title)}</a> <span class="date">{be_slash(o.d)}</span></li>'
            for o in related
        )
        others = "".join(
            f'<li><a href="{self.a(o.id_path)}">{esc(o.title)}</a> <span class="date">({be_slash(o.d)})</span> '
            f'<a href="{self.a(o.id_path)}" class="more">อ่านต่อ &raquo;</a></li>'
            for o in [o for o in self.newest if o is not e][:5]
        )
        cat = CATEGORIES[e.cats[0]]
        main = (
            self.breadcrumb(
                (self.a("/index.php/news"), "ข่าวสาร"), (self.a(f"/index.php/news/category/{cat[0]}"), cat[1])
            )
            + f'\n<div class="entry" id="entry_{e.eid}">\n{self.entry_block(e)}{self.share(e)}\n'
            f'<div class="prev_next">{" | ".join(nav)}</div>\n</div>\n'
            + (f'<div class="related_entries"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>{rel}</ul></div>\n' if rel else "")
            + f'<div class="other_news"><h3>ข่าวอื่นๆ</h3><ul>{others}</ul>'
            f'<p class="all"><a href="{self.a("/index.php/news")}">ดูข่าวทั้งหมด</a></p></div>\n'
            f'<div id="comments"><h3>ความคิดเห็น ({len(e.comments)})</h3>\n{self.comment_list(e)}\n'
            f"{self.comment_form(e, target)}\n</div>"
        )
        return self.page(
            target,
            f"{e.title} | {SITE_SHORT}",
            main,
            current="news",
            description=e.plain(e.paragraphs[0])[:150],
            canonical=self.a(e.path),
        )

    def comments_page(self, e: Entry) -> str:
        target = e.comments_path
        main = (
            self.breadcrumb((self.a("/index.php/news"), "ข่าวสาร"), ("", "ความคิดเห็น"))
            + f'\n<div class="entry">\n{self.entry_block(e)}</div>\n'
            f'<p class="back"><a href="{self.a(e.path)}">&laquo; กลับไปหน้าข่าว</a></p>\n'
            f'<div id="comments"><h3>ความคิดเห็นทั้งหมด ({len(e.comments)})</h3>\n{self.comment_list(e)}\n'
            f"{self.comment_form(e, target)}\n</div>"
        )
        return self.page(target, f"ความคิดเห็น : {e.title} | {SITE_SHORT}", main, current="news")

    # -- lists -----------------------------------------------------------------------------------------
    def list_item(self, e: Entry) -> str:
        thumb = (
            f'<a href="{self.a(e.path)}" class="thumb"><img src="{e.thumb}" alt="" width="150" height="100" /></a>'
            if e.thumb
            else '<img src="/themes/site_themes/khoksamran/images/no-image.gif" alt="" width="150" height="100" class="thumb" />'
        )
        return (
            f'<div class="news_item">{thumb}\n<h3><a href="{self.a(e.path)}">{esc(e.title)}</a></h3>\n'
            f'<p class="info">{be_slash(e.d)} | {AUTHORS[e.author]} | อ่าน {e.views:,} ครั้ง | '
            f'<a href="{self.a(e.comments_path)}">ความคิดเห็น ({len(e.comments)})</a></p>\n'
            f'<p class="excerpt">{esc(e.plain(e.excerpt)).replace("&amp;#8230;", "&#8230;")}</p>\n'
            f'<p class="readmore"><a href="{self.a(e.path)}">อ่านต่อ &raquo;</a></p><div class="clear"></div></div>\n'
        )

    def listing(self, target: str, base: str, heading: str, items: list[Entry], offset: int, crumb: bool) -> str:
        chunk = items[offset : offset + PER_PAGE]
        body = "".join(self.list_item(e) for e in chunk) or '<p class="no_results">ไม่พบข่าวในหมวดนี้</p>'
        main = (
            self.breadcrumb(*([(self.a("/index.php/news"), "ข่าวสาร")] if crumb else []), ("", heading))
            + f'\n<h2 class="page_title">{esc(heading)}</h2>\n<div class="news_list">\n{body}</div>\n'
            + pager(self.a(base), offset, len(items))
        )
        suffix = f" (หน้า {offset // PER_PAGE + 1})" if offset else ""
        return self.page(target, f"{heading}{suffix} | {SITE_SHORT}", main, current="news")

    def register_listing(self, base: str, heading: str, items: list[Entry], crumb: bool = True) -> None:
        for offset in range(0, max(1, len(items)), PER_PAGE):
            targets = [base, base + "/"] if offset == 0 else [f"{base}/P{offset}"]
            for t in targets:
                self.add_page(t, self.listing(t, base, heading, items, offset, crumb))

    def home(self, target: str) -> str:
        news = [e for e in self.newest if set(e.cats) & {1, 2, 5}][:5]
        procure = [e for e in self.newest if 3 in e.cats][:5]
        jobs = [e for e in self.newest if 4 in e.cats][:3]
        photos = [e for e in self.newest if e.thumb][:4]

        def titles(items: list[Entry]) -> str:
            return "".join(
                f'<li><a href="{self.a(e.path)}">{esc(e.title)}</a> <span class="date">[{be_slash(e.d)}]</span></li>'
                for e in items
            )

        strip = "".join(
            f'<li><a href="{self.a(e.path)}"><img src="{e.thumb}" alt="{attr(e.title)}" width="150" height="100" /></a></li>'
            for e in photos
        )
        main = f"""<div class="welcome">
<img src="/images/uploads/personnel/nayok.jpg" alt="" width="110" height="140" class="left" />
<h2>ยินดีต้อนรับสู่เว็บไซต์{SITE}</h2>
<p>{MAYOR}<br />นายกองค์การบริหารส่วนตำบลโคกสำราญพัฒนา</p>
<div class="clear"></div></div>
<div class="home_box"><h2 class="box_title">ข่าวประชาสัมพันธ์ / ข่าวกิจกรรม</h2>
{"".join(self.list_item(e) for e in news)}
<p class="all"><a href="{self.a("/index.php/news")}">ดูข่าวทั้งหมด &raquo;</a></p></div>
<div class="home_box"><h2 class="box_title">ประกาศจัดซื้อจัดจ้าง</h2><ul>{titles(procure)}</ul>
<p class="all"><a href="{self.a("/index.php/news/C3")}">ดูทั้งหมด &raquo;</a></p></div>
<div class="home_box"><h2 class="box_title">ประกาศรับสมัครงาน</h2><ul>{titles(jobs)}</ul>
<p class="all"><a href="{self.a("/index.php/news/C4")}">ดูทั้งหมด &raquo;</a></p></div>
<div class="home_box"><h2 class="box_title">ภาพกิจกรรม</h2><ul class="photo_strip">{strip}</ul>
<p class="all"><a href="{self.a("/index.php/news/C1")}">ดูทั้งหมด &raquo;</a></p><div class="clear"></div></div>
<div class="home_box links"><a href="https://www.gprocurement.go.th/" target="_blank"><img src="/themes/site_themes/khoksamran/images/banner-egp.gif" alt="e-GP" width="200" height="60" /></a>
<a href="https://www.nacc.go.th/" target="_blank"><img src="/themes/site_themes/khoksamran/images/banner-nacc.gif" alt="ป.ป.ช." width="200" height="60" /></a></div>"""
        return self.page(target, f"{SITE} อำเภอลำปลายมาศ จังหวัดบุรีรัมย์", main, current="home")

    def archive(self, y: int, m: int) -> str:
        target = f"/index.php/news/archive/{y:04d}/{m:02d}"
        items = [e for e in self.newest if (e.d.year, e.d.month) == (y, m)]
        heading = f"คลังข่าว ประจำเดือน{MONTHS[m - 1]} {y + 543}"
        lis = "".join(
            f'<li><a href="{self.a(e.path)}">{esc(e.title)}</a> <span class="date">{be_slash(e.d)}</span>'
            f'<br /><span class="excerpt">{esc(e.plain(e.excerpt)).replace("&amp;#8230;", "&#8230;")}</span></li>'
            for e in items
        )
        main = (
            self.breadcrumb((self.a("/index.php/news"), "ข่าวสาร"), ("", heading))
            + f'\n<h2 class="page_title">{heading}</h2>\n<ul class="archive_list">{lis}</ul>'
        )
        return self.page(target, f"{heading} | {SITE_SHORT}", main, current="news")

    # -- standing pages (Pages module) -------------------------------------------------------------------
    def static_page(self, target: str, title: str, content: str) -> str:
        main = (
            self.breadcrumb((self.a("/index.php/about"), "ข้อมูลพื้นฐาน"), ("", title))
            + f'\n<div class="page_content">\n<h2 class="page_title">{title}</h2>\n{content}\n</div>'
        )
        return self.page(target, f"{title} | {SITE_SHORT}", main, current="about")

    def about_index(self) -> str:
        kids = "".join(f'<li><a href="{self.a(uri)}">{title}</a></li>' for uri, title, _b in PAGES)
        content = (
            f"<p>{SITE} ตั้งอยู่ทางทิศตะวันออกของอำเภอลำปลายมาศ ห่างจากตัวอำเภอประมาณ 14 กิโลเมตร "
            "และห่างจากตัวจังหวัดบุรีรัมย์ประมาณ 45 กิโลเมตร</p>\n"
            f'<ul class="children">{kids}</ul>'
        )
        main = f'{self.breadcrumb(("", "ข้อมูลพื้นฐาน"))}\n<div class="page_content">\n<h2 class="page_title">ข้อมูลพื้นฐาน</h2>\n{content}\n</div>'
        return self.page("/index.php/about", f"ข้อมูลพื้นฐาน | {SITE_SHORT}", main, current="about")

    def contact(self) -> str:
        main = f"""{self.breadcrumb(("", "ติดต่อเรา"))}
<div class="page_content">
<h2 class="page_title">ติดต่อเรา</h2>
<p><strong>{SITE}</strong><br />{ADDRESS}</p>
<p>โทรศัพท์ : {PHONE}&nbsp; โทรสาร : {FAX}<br />อีเมล : <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>เวลาทำการ : วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3861!2d102.84!3d15.01" width="600" height="350" frameborder="0" style="border:0"></iframe>
<h3>ส่งข้อความถึง อบต.</h3>
<form method="post" action="{self.a("/index.php/contact")}" id="freeform">
<div class='hiddenFields'><input type="hidden" name="ACT" value="37" /><input type="hidden" name="XID" value="{_h("xid:contact", 40)}" /><input type="hidden" name="form_name" value="contact" /></div>
<p>ชื่อ - สกุล<br /><input type="text" name="name" size="40" /></p>
<p>อีเมล / โทรศัพท์<br /><input type="text" name="email" size="40" /></p>
<p>ข้อความ<br /><textarea name="message" rows="6" cols="50"></textarea></p>
<p><input type="submit" value="ส่งข้อความ" /></p>
</form>
</div>"""
        return self.page("/index.php/contact", f"ติดต่อเรา | {SITE_SHORT}", main, current="contact")

    def ita(self) -> str:
        rows = []
        for code, label, kind, ref in ITA_ITEMS:
            if kind in ("pdf", "gone"):
                link = f'<a href="/uploads/ita/{ref}" target="_blank">ดาวน์โหลด (PDF)</a>'
            elif kind == "qs":
                link = f'<a href="{self.base}{BY_ID[ref].qs_path}">คลิก</a>'
            elif kind == "ext":
                link = f'<a href="{ref}" target="_blank">คลิก</a>'
            else:
                link = f'<a href="{ref}">คลิก</a>'
            rows.append(
                f'<tr>\n<td style="text-align: center;">{code}</td>\n<td>{label}</td>\n<td style="text-align: center;">{link}</td>\n</tr>'
            )
        content = (
            "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567</p>\n"
            '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">\n<tbody>\n'
            "<tr>\n<td><strong>ข้อ</strong></td>\n<td><strong>ข้อมูล</strong></td>\n<td><strong>ลิงก์</strong></td>\n</tr>\n"
            + "\n".join(rows)
            + "\n</tbody>\n</table>"
        )
        main = f'{self.breadcrumb(("", "ITA"))}\n<div class="page_content">\n<h2 class="page_title">การเปิดเผยข้อมูลสาธารณะ (OIT)</h2>\n{content}\n</div>'
        return self.page("/index.php/ita", f"ITA | {SITE_SHORT}", main, current="ita")

    def member_login(self) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>เข้าสู่ระบบสมาชิก</title>
<link rel="stylesheet" href="/themes/profile_themes/default/profile.css" type="text/css" />
</head>
<body>
<div id="content">
<div class="breadcrumb"><a href="{self.base}/">{SITE_SHORT}</a> &#8250; <a href="{self.a("/index.php/member/login")}">สมาชิก</a> &#8250; เข้าสู่ระบบ</div>
<form id="member_login_form" method="post" action="{self.base}/index.php">
<div class='hiddenFields'><input type="hidden" name="ACT" value="9" /><input type="hidden" name="RET" value="{self.base}/index.php/member/login" /><input type="hidden" name="FROM" value="" /><input type="hidden" name="site_id" value="1" /><input type="hidden" name="XID" value="{_h("xid:login", 40)}" /></div>
<table class="tableBorder" cellpadding="0" cellspacing="0" style="width:400px;">
<tr><td class="profileHeading" colspan="2">เข้าสู่ระบบ</td></tr>
<tr><td class="tableCellOne">ชื่อผู้ใช้</td><td class="tableCellOne"><input type="text" name="username" size="20" maxlength="32" /></td></tr>
<tr><td class="tableCellTwo">รหัสผ่าน</td><td class="tableCellTwo"><input type="password" name="password" size="20" maxlength="32" /></td></tr>
<tr><td class="tableCellOne" colspan="2"><input type="checkbox" name="auto_login" value="1" /> จดจำการเข้าสู่ระบบ</td></tr>
<tr><td class="tableCellTwo" colspan="2"><input type="submit" value="เข้าสู่ระบบ" /></td></tr>
</table>
</form>
<p><a href="{self.base}/">&#171; กลับไปหน้าแรก</a></p>
</div>
</body>
</html>
"""

    # -- Solspace Calendar (trap) ------------------------------------------------------------------------
    def calendar_month(self, y: int, m: int, target: str) -> str:
        py, pm = month_add(y, m, -1)
        ny, nm = month_add(y, m, 1)
        nav = []
        if py >= 1970:
            nav.append(
                f'<a href="{self.a(f"/index.php/calendar/month/{py:04d}/{pm:02d}")}">&laquo; {MONTHS[pm - 1]} {py + 543}</a>'
            )
        nav.append(f'<a href="{self.a("/index.php/calendar")}">เดือนปัจจุบัน</a>')
        if ny <= 2037:
            nav.append(
                f'<a href="{self.a(f"/index.php/calendar/month/{ny:04d}/{nm:02d}")}">{MONTHS[nm - 1]} {ny + 543} &raquo;</a>'
            )
        events = event_days(y, m)
        first = date(y, m, 1)
        cells = ['<td class="blank">&nbsp;</td>'] * ((first.weekday() + 1) % 7)
        for day in range(1, days_in(y, m) + 1):
            href = self.a(f"/index.php/calendar/day/{y:04d}/{m:02d}/{day:02d}")
            evs = "".join(f'<div class="event">{hm} {esc(t)}</div>' for hm, t in events.get(day, []))
            cells.append(f'<td><a href="{href}" class="day_num">{day}</a>{evs}</td>')
        while len(cells) % 7:
            cells.append('<td class="blank">&nbsp;</td>')
        rows = "\n".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
        heads = "".join(f"<th>{d}</th>" for d in ("อาทิตย์", *WEEKDAYS[:6]))
        label = f"{MONTHS[m - 1]} {y + 543}"
        main = (
            self.breadcrumb(("", "ปฏิทินกิจกรรม"))
            + f'\n<h2 class="page_title">ปฏิทินกิจกรรม : {label}</h2>\n<div class="cal_nav">{" | ".join(nav)}</div>\n'
            f'<table class="calendar_month" border="1" cellpadding="2" cellspacing="0">\n<tr>{heads}</tr>\n{rows}\n</table>'
        )
        return self.page(target, f"ปฏิทินกิจกรรม {label} | {SITE_SHORT}", main, current="calendar")

    def calendar_day(self, d: date) -> str:
        target = f"/index.php/calendar/day/{d:%Y/%m/%d}"
        prev_d, next_d = d - timedelta(days=1), d + timedelta(days=1)
        nav = []
        if prev_d.year >= 1970:
            nav.append(f'<a href="{self.a(f"/index.php/calendar/day/{prev_d:%Y/%m/%d}")}">&laquo; วันก่อนหน้า</a>')
        nav.append(f'<a href="{self.a(f"/index.php/calendar/month/{d:%Y/%m}")}">ดูทั้งเดือน</a>')
        if next_d.year <= 2037:
            nav.append(f'<a href="{self.a(f"/index.php/calendar/day/{next_d:%Y/%m/%d}")}">วันถัดไป &raquo;</a>')
        evs = event_days(d.year, d.month).get(d.day, [])
        lis = "".join(f"<li>เวลา {hm} น. : {esc(t)}</li>" for hm, t in evs) or "<li>ไม่มีกิจกรรมในวันนี้</li>"
        label = f"วัน{WEEKDAYS[d.weekday()]}ที่ {be_long(d)}"
        main = (
            self.breadcrumb((self.a("/index.php/calendar"), "ปฏิทินกิจกรรม"), ("", label))
            + f'\n<h2 class="page_title">{label}</h2>\n<div class="cal_nav">{" | ".join(nav)}</div>\n<ul class="events">{lis}</ul>'
        )
        return self.page(target, f"{label} | {SITE_SHORT}", main, current="calendar")

    # -- Low Search (trap) ---------------------------------------------------------------------------------
    def search_results(self, code: str, params: dict[str, str], offset: int) -> str | None:
        words = params.get("keywords", "").split()
        hits = [e for e in self.newest if words and all(w in e.title + " " + " ".join(e.paragraphs) for w in words)]
        if params.get("orderby") == "date" and params.get("sort") == "asc":
            hits = hits[::-1]
        if offset and offset >= len(hits):
            return None
        results = "".join(
            f'<div class="result"><h3><a href="{self.a(e.path)}">{esc(e.title)}</a></h3>'
            f'<p>{esc(e.plain(e.excerpt)).replace("&amp;#8230;", "&#8230;")}</p><p class="date">{be_slash(e.d)}</p></div>\n'
            for e in hits[offset : offset + PER_PAGE]
        )
        keywords = " ".join(words)
        related = " | ".join(
            f'<a href="{attr(self.a(act_search_href(keywords + " " + w)))}">{esc(keywords)} {w}</a>'
            for w in POPULAR
            if w not in words
        )
        sorts = " | ".join(
            f'<a href="{self.a(results_path({**params, "orderby": ob, "sort": so}))}">{label}</a>'
            for ob, so, label in (("date", "desc", "ใหม่ล่าสุด"), ("date", "asc", "เก่าที่สุด"), ("score", "desc", "ตรงที่สุด"))
        )
        base = self.a(f"/index.php/search/results/{code}")
        main = (
            self.breadcrumb(("", "ผลการค้นหา"))
            + f'\n<h2 class="page_title">ผลการค้นหา : {esc(keywords)}</h2>\n'
            + f'<p class="count">พบ {len(hits)} รายการ</p>\n<p class="sort">เรียงตาม : {sorts}</p>\n'
            + (results or '<p class="no_results">ไม่พบข้อมูลที่ค้นหา กรุณาลองใช้คำค้นอื่น</p>\n')
            + pager(base, offset, len(hits))
            + (f'\n<div class="related_searches"><h4>ค้นหาที่เกี่ยวข้อง</h4><p>{related}</p></div>' if related else "")
        )
        target = f"/index.php/search/results/{code}" + (f"/P{offset}" if offset else "")
        return self.page(target, f"ผลการค้นหา {keywords} | {SITE_SHORT}", main)

    def user_message(self) -> str:
        """EE's generic user message (system template) for a guest using a members-only action."""
        return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<title>ข้อผิดพลาด</title>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<style type="text/css">body { background-color: #ffffff; margin: 50px; font: 14px Tahoma, sans-serif; } #content { border: #999999 1px solid; padding: 22px 25px 14px 25px; }</style>
</head>
<body>
<div id="content">
<h1>ข้อผิดพลาดต่อไปนี้เกิดขึ้น :</h1>
<ul><li>คุณต้องเข้าสู่ระบบก่อนจึงจะดำเนินการนี้ได้</li></ul>
<p><a href="javascript:history.go(-1)">&#171; กลับไปหน้าก่อนหน้า</a></p>
</div>
</body>
</html>
"""

    # -- feed and errors -----------------------------------------------------------------------------------
    def rss(self) -> Response:
        items = []
        for e in self.newest[:FEED_SIZE]:
            utc = e.dt.astimezone(UTC)
            items.append(
                f"<item>\n<title>{esc(e.title)}</title>\n<link>{self.a(e.path)}</link>\n"
                f"<guid>{self.a(e.path)}#When:{utc:%H:%M:%S}Z</guid>\n"
                f"<description><![CDATA[{e.excerpt}]]></description>\n"
                + "".join(f"<dc:subject>{CATEGORIES[c][1]}</dc:subject>\n" for c in e.cats)
                + f"<dc:date>{utc:%Y-%m-%dT%H:%M:%S}+00:00</dc:date>\n<pubDate>{rfc822(e.dt)}</pubDate>\n</item>"
            )
        newest = self.newest[0].dt.astimezone(UTC)
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
            'xmlns:admin="http://webns.net/mvcb/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
            f"<channel>\n<title>ข่าวสาร {SITE_SHORT}</title>\n<link>{self.base}/</link>\n<description>ข่าวประชาสัมพันธ์ {SITE}</description>\n"
            f"<dc:language>th</dc:language>\n<dc:creator>{EMAIL}</dc:creator>\n<dc:rights>Copyright 2024</dc:rights>\n"
            f'<dc:date>{newest:%Y-%m-%dT%H:%M:%S}+00:00</dc:date>\n<admin:generatorAgent rdf:resource="https://expressionengine.com/" />\n'
            + "\n".join(items)
            + "\n</channel>\n</rss>\n"
        )
        return Response(200, (("Content-Type", "text/xml; charset=utf-8"),), text.encode("utf-8"))

    def error_page(self) -> str:
        main = (
            f'{self.breadcrumb(("", "ไม่พบหน้าที่ต้องการ"))}\n<h2 class="page_title">ไม่พบหน้าที่ต้องการ (404)</h2>\n'
            f'<p>ขออภัย ไม่พบหน้าที่คุณต้องการ หน้านี้อาจถูกย้ายหรือลบไปแล้ว</p>\n<p><a href="{self.base}/">กลับหน้าแรก</a></p>'
        )
        return self.page("/index.php/site/404", f"ไม่พบหน้าที่ต้องการ | {SITE_SHORT}", main)

    # -- registration --------------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        for target in ("/", "/index.php"):
            self.add_page(target, self.home(target))
        self.register_listing("/index.php/news", "ข่าวสารทั้งหมด", self.newest, crumb=False)
        for cid, (slug, name) in CATEGORIES.items():
            items = [e for e in self.newest if cid in e.cats]
            self.register_listing(f"/index.php/news/category/{slug}", name, items)
            if cid in (1, 3, 4):  # the home page's "ดูทั้งหมด" links still use EE's old C<id> form
                self.register_listing(f"/index.php/news/C{cid}", name, items)
        for y, m in self.months:
            self.add_page(f"/index.php/news/archive/{y:04d}/{m:02d}", self.archive(y, m))
        qs_ids = {ref for _c, _l, kind, ref in ITA_ITEMS if kind == "qs"}
        for e in ENTRIES:
            targets = [e.path, e.id_path] + ([e.qs_path] if e.eid in qs_ids else [])
            for t in targets:
                site.add(t, self.html(self.entry_page(e, t)))
            site.add(e.comments_path, self.html(self.comments_page(e)))
            aliases = [self.a(e.id_path), self.a(e.comments_path)] + ([self.a(e.qs_path)] if e.eid in qs_ids else [])
            site.articles.append(
                FixtureArticle(
                    url=self.a(e.path),
                    aliases=tuple(aliases),
                    title=e.title,
                    paragraphs=tuple(e.paragraphs),
                    published=e.day,
                    author=AUTHORS[e.author],
                    captions=tuple(e.captions),
                )
            )
        # standing pages
        self.add_page("/index.php/about", self.about_index())
        for uri, title, content in PAGES:
            self.add_page(uri, self.static_page(uri, title, content))
        self.add_page("/index.php/contact", self.contact())
        self.add_page("/index.php/ita", self.ita())
        self.add_page("/index.php/member/login", self.member_login())
        self.add_page("/index.php/calendar", self.calendar_month(TODAY.year, TODAY.month, "/index.php/calendar"))
        # one URL of each trap (made on request)
        self.non_articles.append(self.a("/index.php/calendar/month/2023/05"))
        self.non_articles.append(self.a(results_path({"keywords": "ภาษี"})))
        self.non_articles.append(
            self.a(f"/index.php?ACT={ACT_SUBSCRIBE}&entry_id=110&ret=news%2Fdetail%2F{ENTRIES[-1].url_title}")
        )
        # files and images
        for e in ENTRIES:
            for name, label in e.files:
                add_pdf(
                    site,
                    f"/uploads/files/{name}",
                    name,
                    [label.encode("ascii", "ignore").decode() or name, SITE_EN],
                    e.dt,
                )
            if e.image:
                add_jpeg(site, f"/images/uploads/news/{e.image[0]}", 600, 400, e.dt)
                add_jpeg(site, f"/images/uploads/news/_thumbs/{e.image[0]}", 150, 100, e.dt)
            for kind, text in e.blocks:
                if kind == "E":
                    add_jpeg(site, f"/images/uploads/news/{text.split('|')[0].strip()}", 520, 347, e.dt)
            for name, _cap in e.gallery:
                add_jpeg(site, f"/images/channel_images/news/{e.eid}/{name}", 800, 533, e.dt)
                add_jpeg(site, f"/images/channel_images/news/{e.eid}/thumbs/{name}", 180, 120, e.dt)
        upload = datetime(2024, 3, 4, 10, 0, tzinfo=BANGKOK)
        for _code, _label, kind, ref in ITA_ITEMS:
            if kind == "pdf":
                add_pdf(site, f"/uploads/ita/{ref}", ref, [ref, SITE_EN], upload)
            elif kind == "gone":
                site.broken_links.append(self.a(f"/uploads/ita/{ref}"))
        theme = datetime(2012, 8, 20, 9, 0, tzinfo=BANGKOK)
        for name, w, h in (
            ("nayok", 150, 190),
            ("rongnayok1", 120, 150),
            ("rongnayok2", 120, 150),
            ("palad", 120, 150),
        ):
            add_jpeg(site, f"/images/uploads/personnel/{name}.jpg", w, h, theme)
        add_jpeg(site, "/themes/site_themes/khoksamran/images/header.jpg", 980, 180, theme)
        add_jpeg(site, "/favicon.ico", 16, 16, theme)
        for name in ("banner-dla", "banner-buriram", "banner-info", "banner-egp", "banner-nacc", "pdf", "no-image"):
            add_gif(site, f"/themes/site_themes/khoksamran/images/{name}.gif", theme)
        add_text(
            site,
            f"/index.php?css=site/style.v.{CSS_VERSION}",
            "body{font:14px Tahoma,sans-serif;background:#e8f0e0}#wrapper{width:980px;margin:0 auto}\n",
            "text/css",
        )
        add_text(
            site,
            "/themes/site_themes/khoksamran/js/jquery-1.8.3.min.js",
            "/*! jQuery v1.8.3 jquery.com */\n",
            "application/javascript",
        )
        add_text(
            site, "/themes/site_themes/khoksamran/js/superfish.js", "/* Superfish v1.4.8 */\n", "application/javascript"
        )
        add_text(site, "/themes/profile_themes/default/profile.css", "body{font:12px Verdana}\n", "text/css")
        site.add("/index.php/news/rss", self.rss())
        robots = "User-agent: *\nDisallow: /system/\nDisallow: /admin.php\nDisallow: /images/captchas/\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SEARCH, TRAP_ACT]
        site.dynamic = self.dynamic
        site.not_found = self.html(self.error_page(), status=404)

    # -- made on request -----------------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = parts.path
        m = re.fullmatch(r"/index\.php/calendar/month/(\d{4})/(\d{2})/?", path)
        if m and not parts.query:
            y, mo = int(m.group(1)), int(m.group(2))
            if 1970 <= y <= 2037 and 1 <= mo <= 12:
                return self.html(self.calendar_month(y, mo, f"/index.php/calendar/month/{y:04d}/{mo:02d}"))
            return None
        m = re.fullmatch(r"/index\.php/calendar/day/(\d{4})/(\d{2})/(\d{2})/?", path)
        if m and not parts.query:
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
            return self.html(self.calendar_day(d)) if 1970 <= d.year <= 2037 else None
        m = re.fullmatch(r"/index\.php/search/results/([A-Za-z0-9_-]+)(?:/P(\d+))?/?", path)
        if m:
            params = low_search_decode(m.group(1))
            if params is None:
                return None
            text = self.search_results(m.group(1), params, int(m.group(2) or 0))
            return self.html(text) if text else None
        if path in ("/", "/index.php") and parts.query:
            q = dict(parse_qsl(parts.query, keep_blank_values=True))
            if q.get("ACT") == str(ACT_SEARCH) and q.get("keywords", "").strip():
                params = {"keywords": " ".join(q["keywords"].split())}
                return Response(
                    302,
                    (("Content-Type", "text/html; charset=UTF-8"), ("Location", self.a(results_path(params)))),
                )
            if q.get("ACT") == str(ACT_SUBSCRIBE) and q.get("entry_id", "").isdigit() and "ret" in q:
                return self.html(self.user_message())
        return None


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/system/", "/admin.php", "/images/captchas/"],
        server_software="Apache/2.2.22 (Ubuntu)",
    )
    _EE(site).register()
    return site

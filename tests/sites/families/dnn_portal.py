# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""dnn_portal: an อบต. web site on DotNetNuke (DNN Platform 9.11) with the EasyDNNnews module, Thai only.

CMS imitated: DNN Platform 9 on IIS 10 / ASP.NET 4.8, "search friendly" URLs (``.aspx`` page names),
a vendor copy of the Xcillion skin.  Every page is one ``<form method="post" action="<raw url>"
id="Form">`` around the skin, with the hidden ``__VIEWSTATE`` (8-20 KB of base64), ``__VIEWSTATEGENERATOR``,
``__EVENTVALIDATION``, ``WebResource.axd`` / ``ScriptResource.axd`` scripts, the skin panes
(``dnn_HeaderPane``, ``dnn_ContentPane``, ``dnn_RightPane``, ``dnn_FooterPane``), module containers
``DnnModule DnnModule-EasyDNNnews DnnModule-412`` with ``dnn_ctr412_...`` ids, the ``dnn_dnnLOGIN`` /
``dnn_dnnUSER`` skin objects ("เข้าสู่ระบบ" / "ลงทะเบียน"), ``dnn_dnnBreadcrumb`` and the footer with
``dnn_dnnCOPYRIGHT``, "Terms Of Use" / "Privacy Statement" (``dnn_dnnTERMS``, ``dnn_dnnPRIVACY``).

องค์การบริหารส่วนตำบลหนองไผ่งาม, อำเภอวังทองคำ, จังหวัดศรีบูรพา (all fictional).  UTF-8 (header and
``<meta http-equiv>``).  Server ``Microsoft-IIS/10.0``.  TODAY is 2024-06-20.  Every Thai path in an href
is percent-encoded (upper-case hex; the RSS feed writes lower-case), route keys are decoded.

URL shapes (tabs: 36 หน้าแรก, 52 ข้อมูลทั่วไป, 53 คณะผู้บริหาร, 54 อำนาจหน้าที่, 56 ข่าวประชาสัมพันธ์,
60 ปฏิทินกิจกรรม, 62 ITA, 63 ติดต่อเรา, 38 SearchResults, 39 Login)
* home ``/`` (logo), ``/Home.aspx`` (breadcrumb, menu) and ``/tabid/36/Default.aspx`` (sitemap): three
  copies.  EasyDNNnews module 380 "ข่าวประชาสัมพันธ์ล่าสุด" (latest 5) and module 381 "ประกาศจัดซื้อจัดจ้าง"
  (latest 3 of that category) link articles in the ``/tabid/56/ArticleID/<id>/<slug>.aspx`` form; an
  Events mini calendar of June 2024 links day views with a query string.
* pages: ``/<PageName>.aspx`` (menu) and ``/tabid/<N>/Default.aspx`` (footer site map and SiteMap.aspx):
  both serve the page.
* news list (module 412, 8 a page): ``/ข่าวประชาสัมพันธ์.aspx`` = ``/tabid/56/Default.aspx`` =
  ``/ข่าวประชาสัมพันธ์/PgrID/412/PageID/1.aspx`` (page 1, three copies), ``/PgrID/412/PageID/2.aspx``, ``3.aspx``.
  Categories ``/ข่าวประชาสัมพันธ์/CategoryID/<n>/<name>.aspx`` (+ ``/PgrID/412/PageID/2`` for the long
  ones), month archive ``/ข่าวประชาสัมพันธ์/Archive/<yyyy>/<mm>.aspx``, tags
  ``/ข่าวประชาสัมพันธ์/TagID/<n>/<tag>.aspx``: all link the friendly article URL.
* article: canonical ``/ข่าวประชาสัมพันธ์/ArticleID/<id>/<slug>.aspx`` (rel=canonical on every copy;
  slug = the Thai title, spaces to '-', punctuation dropped, cut at 80 characters).  Copies (gold
  aliases, 3 per article): ``/tabid/56/ArticleID/<id>/<slug>.aspx`` (home modules),
  ``/Default.aspx?tabid=56&ArticleID=<id>`` (the "ข่าวที่เกี่ยวข้อง" box and the RSS feed) and the print
  view ``/tabid/56/ArticleID/<id>/mid/412/dnnprintmode/true/Default.aspx?SkinSrc=...&ContainerSrc=...``
  (no skin: title, date, body only).  The friendly form with any other slug answers too (dynamic); two
  bodies link an older article with the slug of its first, shorter title
  (``/ข่าวประชาสัมพันธ์/ArticleID/1198/ประกาศ-อบต-หนองไผ่งาม.aspx``, also ArticleID 1187): a 4th alias of
  those two.  One body links another article in the ``/tabid/56/`` form.
* ``/ข่าวประชาสัมพันธ์/ArticleID/1175/<slug>.aspx``: a deleted article still linked from the ITA page,
  EasyDNNnews' "ไม่พบข่าวที่ท่านต้องการ" message with status 200 (a soft-404, in ``non_articles``).
* static HTML-module pages: ข้อมูลทั่วไป, คณะผู้บริหาร, อำนาจหน้าที่, ติดต่อเรา, ITA (O-items table, PDFs
  under ``/Portals/0/Documents/ITA/2567/``; O7 was deleted: 404, in ``broken_links``).
* search ``/SearchResults.aspx`` and ``?Search=<q>`` (any query, dynamic; the footer links 3 searches).
* ``/Login.aspx?returnurl=<UrlEncoded RawUrl>`` and ``/tabid/<tab>/ctl/Register/Default.aspx?returnurl=``
  on every page (dynamic, any returnurl); ``/tabid/<tab>/ctl/Terms/Default.aspx`` and ``ctl/Privacy``
  per tab (static).
* RSS ``/DesktopModules/EasyDNNNews/RSS.aspx?TabID=56&ModuleID=412&MaxDisplayItems=10`` (latest 10,
  ``Default.aspx?tabid=56&ArticleID=`` links) - under ``/DesktopModules/``, which the stock DNN
  robots.txt disallows.  ``/SiteMap.aspx`` (named in robots.txt): every page plus only the 6 newest
  articles.

Gold: 22 articles 2023-05-16 .. 2024-06-18, oldest first (6 ข่าวประชาสัมพันธ์, 11 ข่าวกิจกรรม,
4 ประกาศจัดซื้อจัดจ้าง, 1 ประกาศรับสมัครงาน), 3-7 paragraphs each; 3 aliases each (4 for 1187 and 1198).
Title = ``h1.edn_articleTitle``; published = ``วันที่ 3 ก.ค. 2566`` in the meta line (a "แก้ไขล่าสุด" date
follows on some); author = "โดย ..." in the meta line; paragraphs = the blocks of
``div.edn_articleContent`` (``<p>`` with ``&nbsp;`` indents, ``<div>`` blocks or list items); captions =
``p.edn_mediaCaption`` under the main image.  Not paragraphs: views "เข้าชม N ครั้ง", tags, share bar,
related box, "ย้อนกลับ".  Reaching articles: list pages 1-3 (all), categories, archive months, tags
(all); home (latest 5 + 3 procurement notices), sidebar ข่าวล่าสุด (5), SiteMap.aspx (6), RSS (10,
disallowed), "ข่าวที่เกี่ยวข้อง" (the 3 newest of the category).  The older articles (all but the 6 newest
and the 3 newest procurement notices) only through list pages 2-3, categories, archive months and tags
(1187 and 1198 also through the old-slug links in later bodies).

Traps (``trap_patterns``, answered by ``dynamic``):
* ``TRAP_CALENDAR``: DNN Events views for any date,
  ``/tabid/60/ModuleID/445/mctl/EventMonth|EventDay/selecteddate/<yyyymmdd>/Default.aspx`` and
  ``/ปฏิทินกิจกรรม.aspx?ModuleID=445&mctl=EventDay&selecteddate=<yyyymmdd>``: each links the previous and
  next month / day and every day of its month, forever (years 1900-2100).
* ``TRAP_RETURNURL``: a login / register / send-password page's own links carry ``returnurl`` = its
  own RawUrl, UrlEncoded again: ``/Login.aspx?returnurl=%2fLogin.aspx%3freturnurl%3d%252f...``, each
  level a longer URL (IIS answers 404 past 2048 query characters).
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, WEEKDAYS, local_dt, rfc822, thai_abbr, thai_long
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "dnn_portal"
SITE = "องค์การบริหารส่วนตำบลหนองไผ่งาม"
SHORT = "อบต.หนองไผ่งาม"
AMPHOE = "อำเภอวังทองคำ"
PROVINCE = "จังหวัดศรีบูรพา"
ADDRESS = "เลขที่ 99 หมู่ที่ 3 ตำบลหนองไผ่งาม อำเภอวังทองคำ จังหวัดศรีบูรพา 27150"
PHONE = "0 3755 1234"
EMAIL = "saraban@nongphaingam.go.th"
MAYOR = "นายสมบูรณ์ แก้วมณีวงศ์"
TODAY = date(2024, 6, 20)
NEWS_TAB, NEWS_MID = 56, 412
CAL_TAB, CAL_MID = 60, 445
PER_PAGE = 8
CDV = "214"
NEWS_NAME = "ข่าวประชาสัมพันธ์"

# tabid, page name (friendly), menu title, parent tabid
TABS = (
    (36, "Home", "หน้าแรก", 0),
    (51, "เกี่ยวกับ อบต", "เกี่ยวกับ อบต.", 0),
    (52, "ข้อมูลทั่วไป", "ข้อมูลทั่วไป", 51),
    (53, "คณะผู้บริหาร", "คณะผู้บริหาร", 51),
    (54, "อำนาจหน้าที่", "อำนาจหน้าที่", 51),
    (56, NEWS_NAME, NEWS_NAME, 0),
    (60, "ปฏิทินกิจกรรม", "ปฏิทินกิจกรรม", 0),
    (62, "ITA", "ITA", 0),
    (63, "ติดต่อเรา", "ติดต่อเรา", 0),
)
TAB_NAME = {t: n for t, n, _, _ in TABS}
TAB_TITLE = {t: ti for t, _, ti, _ in TABS} | {38: "ผลการค้นหา", 39: "เข้าสู่ระบบ"}

CATS = {
    "pr": (11, "ข่าวประชาสัมพันธ์"),
    "act": (12, "ข่าวกิจกรรม"),
    "proc": (13, "ประกาศจัดซื้อจัดจ้าง"),
    "job": (14, "ประกาศรับสมัครงาน"),
}
TAGS = {
    "ผู้สูงอายุ": 21,
    "สาธารณสุข": 22,
    "ไข้เลือดออก": 23,
    "ถนน": 24,
    "ประชุมสภา": 25,
    "e-bidding": 26,
    "ภาษี": 27,
    "ประเพณี": 28,
    "แผนพัฒนา": 29,
}
AUTHORS = ("งานประชาสัมพันธ์", "กองคลัง งานพัสดุ", "สำนักปลัด")

TRAP_CALENDAR = r"(?i)selecteddate[/=]\d{8}"
TRAP_RETURNURL = r"(?i)[?&]returnurl=[^&]*(?:login\.aspx|ctl%2f(?:register|sendpassword))"

# -- content ------------------------------------------------------------------------------------
# "## <ArticleID> <date> <time> <cat> <author index> <style 0-2>", T: title, C: caption of the main
# image (none: no image), G: tags, then body blocks (a line; "- " = list item).
SPEC = """
## 1187 2023-05-16 09:20 pr 0 0
T: ประชาสัมพันธ์การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2567
G: ผู้สูงอายุ
องค์การบริหารส่วนตำบลหนองไผ่งาม ขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2567 คือผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2506 ถึงวันที่ 1 กันยายน 2507 มาลงทะเบียนเพื่อขอรับเงินเบี้ยยังชีพผู้สูงอายุ
ผู้มีสิทธิ์ต้องมีสัญชาติไทย มีภูมิลำเนาอยู่ในเขตตำบลหนองไผ่งามตามทะเบียนบ้าน และไม่เป็นผู้ได้รับสวัสดิการหรือสิทธิประโยชน์อื่นใดจากหน่วยงานของรัฐ เช่น ผู้รับเงินบำนาญ
เอกสารที่ต้องนำมาในวันลงทะเบียน ได้แก่
- บัตรประจำตัวประชาชนตัวจริง พร้อมสำเนา 1 ฉบับ
- สำเนาทะเบียนบ้าน 1 ฉบับ
- สำเนาหน้าสมุดบัญชีเงินฝากธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร หรือธนาคารกรุงไทย
ลงทะเบียนได้ที่กองสวัสดิการสังคม ที่ทำการ อบต.หนองไผ่งาม ในวันและเวลาราชการ ตั้งแต่บัดนี้จนถึงวันที่ 30 กันยายน 2566 สอบถามเพิ่มเติมโทร 0 3755 1234 ต่อ 104

## 1192 2023-06-02 14:10 act 0 1
T: อบต.หนองไผ่งามร่วมกับ อสม. ทั้ง 12 หมู่บ้าน รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก
C: เจ้าหน้าที่และ อสม. ออกสำรวจและทำลายแหล่งเพาะพันธุ์ลูกน้ำยุงลาย หมู่ที่ 5 บ้านหนองบัว
G: สาธารณสุข, ไข้เลือดออก
วันที่ 2 มิถุนายน 2566 นายสมบูรณ์ แก้วมณีวงศ์ นายกองค์การบริหารส่วนตำบลหนองไผ่งาม มอบหมายให้กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) และโรงพยาบาลส่งเสริมสุขภาพตำบลหนองไผ่งาม ออกรณรงค์ป้องกันและควบคุมโรคไข้เลือดออก
กิจกรรมประกอบด้วยการเดินรณรงค์ให้ความรู้แก่ประชาชน การสำรวจและทำลายแหล่งเพาะพันธุ์ลูกน้ำยุงลายในบ้านเรือน วัด และโรงเรียน รวมถึงการแจกทรายอะเบทให้แก่ครัวเรือนทั้ง 12 หมู่บ้าน
ในปีนี้จังหวัดศรีบูรพามีรายงานผู้ป่วยโรคไข้เลือดออกเพิ่มขึ้นกว่าปีที่ผ่านมา จึงขอให้ประชาชนช่วยกันดูแลบ้านเรือนของตนเองตามมาตรการ 3 เก็บ ป้องกัน 3 โรค อย่างต่อเนื่อง
หากมีผู้ป่วยในพื้นที่ อบต. จะออกพ่นหมอกควันกำจัดยุงตัวเต็มวัยในรัศมี 100 เมตรรอบบ้านผู้ป่วยภายใน 24 ชั่วโมงหลังได้รับแจ้ง

## 1198 2023-06-20 10:30 proc 1 2
T: ประกาศ อบต.หนองไผ่งาม เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4 บ้านโนนสูง ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
G: ถนน, e-bidding
องค์การบริหารส่วนตำบลหนองไผ่งาม มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4 บ้านโนนสูง สายทางโนนสูง - หนองแวง ขนาดกว้าง 5 เมตร ยาว 850 เมตร หนา 0.15 เมตร หรือมีพื้นที่ไม่น้อยกว่า 4,250 ตารางเมตร
ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 2,485,000.00 บาท (สองล้านสี่แสนแปดหมื่นห้าพันบาทถ้วน)
ผู้ยื่นข้อเสนอจะต้องเป็นนิติบุคคลและมีผลงานก่อสร้างประเภทเดียวกันในวงเงินไม่น้อยกว่า 1,240,000 บาท ซึ่งเป็นผลงานที่เป็นคู่สัญญาโดยตรงกับหน่วยงานของรัฐ
ผู้สนใจสามารถขอรับเอกสารและยื่นข้อเสนอได้ทางระบบจัดซื้อจัดจ้างภาครัฐ www.gprocurement.go.th ระหว่างวันที่ 20 - 27 มิถุนายน 2566 สอบถามรายละเอียดได้ที่งานพัสดุ กองคลัง โทร 0 3755 1234 ต่อ 112

## 1203 2023-07-03 13:30 act 2 0
T: การประชุมสภาองค์การบริหารส่วนตำบลหนองไผ่งาม สมัยสามัญ สมัยที่ 3 ประจำปี 2566
G: ประชุมสภา
วันที่ 3 กรกฎาคม 2566 เวลา 09.30 น. สภาองค์การบริหารส่วนตำบลหนองไผ่งาม ได้จัดการประชุมสภา สมัยสามัญ สมัยที่ 3 ประจำปี 2566 ครั้งที่ 1 ณ ห้องประชุมสภา อบต.หนองไผ่งาม โดยมีนายประยูร ศรีบุญเรือง ประธานสภา อบต. เป็นประธานในที่ประชุม
ที่ประชุมได้รับรองรายงานการประชุมครั้งที่ผ่านมา และรับทราบรายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่นในรอบ 6 เดือนแรกของปีงบประมาณ 2566
ญัตติสำคัญที่เสนอต่อที่ประชุม ได้แก่ การขออนุมัติโอนงบประมาณเพื่อซ่อมแซมถนนลูกรังสายหนองบัว - คำแคน และการพิจารณาร่างข้อบัญญัติ อบต. เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย
ที่ประชุมมีมติเห็นชอบการโอนงบประมาณ ส่วนร่างข้อบัญญัติได้ตั้งคณะกรรมการแปรญัตติจำนวน 3 คน เพื่อพิจารณาในรายละเอียดก่อนนำเข้าสู่การประชุมครั้งถัดไป
ประชาชนที่สนใจสามารถขอดูรายงานการประชุมได้ที่งานกิจการสภา สำนักปลัด ในวันและเวลาราชการ

## 1207 2023-07-28 11:45 act 0 1
T: อบต.หนองไผ่งามจัดกิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2566
C: คณะผู้บริหาร พนักงาน และจิตอาสา ร่วมกันทำความสะอาดริมถนนสายหนองไผ่งาม - วังทอง
G: ประเพณี
วันที่ 28 กรกฎาคม 2566 องค์การบริหารส่วนตำบลหนองไผ่งาม นำโดยคณะผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล และประชาชนจิตอาสากว่า 200 คน ร่วมกิจกรรมจิตอาสาพัฒนาเฉลิมพระเกียรติ
กิจกรรมประกอบด้วยการตัดหญ้าและเก็บขยะริมถนนสายหลัก การปลูกต้นไม้บริเวณสวนสาธารณะหนองไผ่ใหญ่ และการทาสีศาลาที่พักผู้โดยสารจำนวน 6 หลัง
อบต.หนองไผ่งามขอขอบคุณทุกภาคส่วนที่ร่วมแรงร่วมใจทำให้กิจกรรมสำเร็จลุล่วงด้วยดี

## 1211 2023-08-15 15:00 proc 1 2
T: ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4 บ้านโนนสูง
G: ถนน, e-bidding
ตาม[[1198:old|ประกาศองค์การบริหารส่วนตำบลหนองไผ่งาม เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4 บ้านโนนสูง]] ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ลงวันที่ 20 มิถุนายน 2566 นั้น
ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด วังทองคำการโยธา โดยเสนอราคาเป็นเงินทั้งสิ้น 2,298,000.00 บาท (สองล้านสองแสนเก้าหมื่นแปดพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง
จึงประกาศมาเพื่อทราบโดยทั่วกัน ประกาศ ณ วันที่ 15 สิงหาคม 2566

## 1216 2023-09-21 10:00 act 0 0
T: โครงการฝึกอบรมอาชีพการทำไม้กวาดดอกหญ้า ให้แก่กลุ่มสตรีและผู้ว่างงาน ประจำปี 2566
C: วิทยากรสาธิตการมัดไม้กวาดดอกหญ้าให้แก่ผู้เข้ารับการอบรม
องค์การบริหารส่วนตำบลหนองไผ่งาม จัดโครงการฝึกอบรมอาชีพการทำไม้กวาดดอกหญ้า ระหว่างวันที่ 19 - 21 กันยายน 2566 ณ ศาลาประชาคมหมู่ที่ 7 บ้านคำแคน มีผู้เข้าร่วมอบรมจำนวน 45 คน
โครงการนี้มีวัตถุประสงค์เพื่อส่งเสริมให้กลุ่มสตรี ผู้สูงอายุ และผู้ว่างงานมีทักษะในการประกอบอาชีพเสริม และสามารถนำวัตถุดิบที่มีในท้องถิ่นมาสร้างรายได้ให้แก่ครอบครัว
วิทยากรจากกลุ่มวิสาหกิจชุมชนบ้านคำแคนได้ถ่ายทอดความรู้ตั้งแต่การคัดเลือกดอกหญ้า การตากแห้ง การมัดด้าม ไปจนถึงการตั้งราคาและช่องทางการจำหน่าย
หลังการอบรม อบต. จะสนับสนุนให้ผู้เข้าอบรมรวมกลุ่มเพื่อผลิตไม้กวาดจำหน่ายในงานประจำปีของอำเภอวังทองคำ และทางเพจเฟซบุ๊กของกลุ่ม

## 1220 2023-10-12 08:40 pr 0 1
T: แจ้งกำหนดการจ่ายเงินเบี้ยยังชีพผู้สูงอายุและผู้พิการ ประจำเดือนตุลาคม 2566
G: ผู้สูงอายุ
กองสวัสดิการสังคม องค์การบริหารส่วนตำบลหนองไผ่งาม ขอแจ้งกำหนดการจ่ายเงินเบี้ยยังชีพผู้สูงอายุและเบี้ยความพิการ ประจำเดือนตุลาคม 2566 ดังนี้
- ผู้รับเงินผ่านบัญชีธนาคาร เงินจะเข้าบัญชีภายในวันที่ 10 ตุลาคม 2566
- ผู้รับเงินสด รับได้ที่ศาลาประชาคมประจำหมู่บ้าน ในวันที่ 13 ตุลาคม 2566 ตั้งแต่เวลา 09.00 น. เป็นต้นไป
- กรณีมอบอำนาจให้ผู้อื่นรับแทน ให้นำหนังสือมอบอำนาจและสำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจมาแสดง
ผู้สูงอายุที่ย้ายทะเบียนบ้านออกนอกเขตตำบล ขอให้แจ้งกองสวัสดิการสังคมทราบภายใน 15 วัน เพื่อป้องกันการจ่ายเงินซ้ำซ้อน

## 1226 2023-11-08 14:30 act 2 0
T: อบต.หนองไผ่งามเร่งซ่อมแซมถนนลูกรังที่ได้รับความเสียหายจากอุทกภัย หมู่ที่ 2 และหมู่ที่ 7
C: รถเกรดเดอร์ของ อบต. ปรับเกลี่ยผิวถนนสายบ้านหนองไผ่ - บ้านคำแคน
G: ถนน
จากสถานการณ์อุทกภัยในช่วงเดือนกันยายนถึงตุลาคม 2566 ทำให้ถนนลูกรังหลายสายในเขตตำบลหนองไผ่งามได้รับความเสียหาย ผิวถนนเป็นหลุมเป็นบ่อและบางช่วงถูกน้ำกัดเซาะขาด
องค์การบริหารส่วนตำบลหนองไผ่งามได้มอบหมายให้กองช่างนำเครื่องจักรกลออกซ่อมแซมเป็นการเร่งด่วน โดยนำหินคลุกมาถมช่วงที่ขาดและปรับเกลี่ยผิวถนนให้เรียบ รวมระยะทางประมาณ 3.2 กิโลเมตร
ถนนที่ได้รับการซ่อมแซมแล้ว ได้แก่ สายบ้านหนองไผ่ - บ้านคำแคน หมู่ที่ 2 และสายเลียบคลองส่งน้ำ หมู่ที่ 7
หากประชาชนพบถนนชำรุดเสียหายในจุดอื่น สามารถแจ้งได้ที่กองช่าง โทร 0 3755 1234 ต่อ 120 หรือทางไลน์ทางการของ อบต.

## 1231 2023-11-27 19:15 act 0 2
T: ภาพบรรยากาศงานประเพณีลอยกระทง ประจำปี 2566 ณ สวนสาธารณะหนองไผ่ใหญ่
C: ขบวนแห่กระทงใหญ่จาก 12 หมู่บ้าน ณ สวนสาธารณะหนองไผ่ใหญ่
G: ประเพณี
เมื่อค่ำวันที่ 27 พฤศจิกายน 2566 องค์การบริหารส่วนตำบลหนองไผ่งาม ได้จัดงานประเพณีลอยกระทง ณ สวนสาธารณะหนองไผ่ใหญ่ มีประชาชนมาร่วมงานเป็นจำนวนมาก
ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ และการแสดงของนักเรียนจากโรงเรียนในเขตตำบล
อบต. ได้จัดเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยประจำจุดริมหนองน้ำตลอดงาน และงดการจุดพลุและปล่อยโคมลอยเพื่อความปลอดภัย
ขอขอบคุณผู้นำชุมชน สถานศึกษา และประชาชนทุกท่านที่ร่วมกันสืบสานประเพณีอันดีงามของไทย

## 1236 2023-12-19 10:20 job 2 1
T: ประกาศ อบต.หนองไผ่งาม เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ประจำปี 2567
องค์การบริหารส่วนตำบลหนองไผ่งาม ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงาน จำนวน 2 อัตรา และพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ จำนวน 1 อัตรา
ผู้สมัครต้องมีคุณสมบัติทั่วไปตามประกาศคณะกรรมการพนักงานส่วนตำบลจังหวัดศรีบูรพา และสำหรับตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ ต้องมีวุฒิไม่ต่ำกว่าประกาศนียบัตรวิชาชีพ (ปวช.)
รับสมัครระหว่างวันที่ 2 - 12 มกราคม 2567 ในวันและเวลาราชการ ณ สำนักปลัด องค์การบริหารส่วนตำบลหนองไผ่งาม
อบต. จะประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะในวันที่ 16 มกราคม 2567 และจะประเมินสมรรถนะโดยการสอบสัมภาษณ์ในวันที่ 19 มกราคม 2567
รายละเอียดเพิ่มเติมสอบถามได้ที่งานการเจ้าหน้าที่ สำนักปลัด โทร 0 3755 1234 ต่อ 101

## 1240 2024-01-13 16:00 act 0 0
T: อบต.หนองไผ่งามจัดงานวันเด็กแห่งชาติ ประจำปี 2567
C: นายก อบต.หนองไผ่งาม มอบของขวัญแก่เด็กที่มาร่วมงาน
วันเสาร์ที่ 13 มกราคม 2567 องค์การบริหารส่วนตำบลหนองไผ่งาม จัดงานวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็ก อบต.หนองไผ่งาม มีเด็กและผู้ปกครองร่วมงานกว่า 600 คน
ภายในงานมีซุ้มเกมจากหน่วยงานต่าง ๆ การแสดงบนเวทีของเด็กนักเรียน และการจับฉลากมอบของรางวัล โดยได้รับการสนับสนุนจากร้านค้าและผู้ใจบุญในพื้นที่
นายสมบูรณ์ แก้วมณีวงศ์ นายก อบต. ได้กล่าวให้โอวาทแก่เด็ก ๆ ให้ตั้งใจเรียน เป็นคนดีของสังคม และรู้จักใช้เทคโนโลยีอย่างปลอดภัย

## 1244 2024-01-30 09:00 pr 1 1
T: ประชาสัมพันธ์การยื่นแบบและชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567
G: ภาษี
องค์การบริหารส่วนตำบลหนองไผ่งาม ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้าง และเจ้าของป้าย ในเขตตำบลหนองไผ่งาม มาชำระภาษีประจำปี 2567 ภายในเวลาที่กฎหมายกำหนด
ภาษีที่ดินและสิ่งปลูกสร้าง อบต. จะส่งแบบแจ้งการประเมินภาษีภายในเดือนกุมภาพันธ์ และผู้เสียภาษีต้องชำระภายในเดือนเมษายน 2567
ภาษีป้าย ให้เจ้าของป้ายยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567
- ชำระด้วยตนเองที่งานพัฒนาและจัดเก็บรายได้ กองคลัง ในวันและเวลาราชการ
- ชำระผ่านหน่วยบริการเคลื่อนที่ที่จะออกให้บริการตามหมู่บ้านทุกวันพุธของเดือนมีนาคม
- ชำระผ่านการโอนเงินเข้าบัญชีของ อบต. แล้วส่งหลักฐานทางไลน์ทางการ
ผู้ที่ชำระภาษีเกินกำหนดเวลาจะต้องเสียเบี้ยปรับและเงินเพิ่มตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562

## 1249 2024-02-14 11:10 proc 1 2
T: ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 (ฉบับปรับปรุงครั้งที่ 1)
G: e-bidding
องค์การบริหารส่วนตำบลหนองไผ่งาม ได้จัดทำแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567 ฉบับปรับปรุงครั้งที่ 1 เพื่อให้สอดคล้องกับงบประมาณที่ได้รับจัดสรรเพิ่มเติม
แผนฉบับนี้ประกอบด้วยโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก 4 โครงการ โครงการวางท่อระบายน้ำ 2 โครงการ และการจัดซื้อครุภัณฑ์สำนักงานและครุภัณฑ์การเกษตร รวมวงเงินทั้งสิ้น 7,860,000 บาท
จึงประกาศเผยแพร่ให้ทราบโดยทั่วกัน ผู้สนใจสามารถตรวจดูรายละเอียดได้ที่งานพัสดุ กองคลัง หรือในระบบจัดซื้อจัดจ้างภาครัฐ

## 1253 2024-02-28 13:00 act 2 0
T: อบต.หนองไผ่งามจัดประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)
G: แผนพัฒนา
ระหว่างวันที่ 19 - 28 กุมภาพันธ์ 2567 องค์การบริหารส่วนตำบลหนองไผ่งาม ได้ออกประชุมประชาคมหมู่บ้านครบทั้ง 12 หมู่บ้าน เพื่อรับฟังปัญหาและความต้องการของประชาชนในการทบทวนแผนพัฒนาท้องถิ่น
ปัญหาที่ประชาชนเสนอมากที่สุด ได้แก่ ถนนภายในหมู่บ้านชำรุด น้ำประปาไม่เพียงพอในช่วงฤดูแล้ง และไฟฟ้าส่องสว่างตามทางสาธารณะไม่ทั่วถึง
แต่ละหมู่บ้านได้ร่วมกันจัดลำดับความสำคัญของโครงการ หมู่บ้านละไม่เกิน 5 โครงการ เพื่อเสนอต่อคณะกรรมการพัฒนา อบต. ต่อไป
คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาจะรวบรวมข้อมูลและจัดทำร่างแผนพัฒนาท้องถิ่นเพิ่มเติม เพื่อเสนอสภา อบต. ให้ความเห็นชอบภายในเดือนเมษายน 2567
ขอขอบคุณผู้ใหญ่บ้าน ผู้นำชุมชน และประชาชนทุกท่านที่สละเวลามาร่วมแสดงความคิดเห็น

## 1258 2024-03-19 10:45 pr 0 1
T: ขอความร่วมมืองดการเผาในที่โล่ง ลดปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก PM2.5
G: สาธารณสุข
ในช่วงนี้ค่าฝุ่นละอองขนาดเล็ก PM2.5 ในพื้นที่จังหวัดศรีบูรพาเกินค่ามาตรฐานหลายวันติดต่อกัน องค์การบริหารส่วนตำบลหนองไผ่งามจึงขอความร่วมมือประชาชนงดการเผาในที่โล่งทุกชนิด
เกษตรกรที่ต้องการกำจัดตอซังข้าวและเศษวัชพืช ขอให้ใช้วิธีไถกลบหรือทำปุ๋ยหมักแทนการเผา โดย อบต. มีสารย่อยสลายตอซังแจกให้ฟรีที่กองส่งเสริมการเกษตร
ผู้ที่ฝ่าฝืนเผาจนก่อให้เกิดเหตุเดือดร้อนรำคาญแก่ผู้อื่น มีความผิดตามพระราชบัญญัติการสาธารณสุข พ.ศ. 2535
ประชาชนกลุ่มเสี่ยง ได้แก่ เด็ก ผู้สูงอายุ หญิงตั้งครรภ์ และผู้มีโรคประจำตัว ควรหลีกเลี่ยงกิจกรรมกลางแจ้งและสวมหน้ากากป้องกันฝุ่น

## 1262 2024-04-11 15:20 act 0 2
T: สืบสานประเพณีสงกรานต์ รดน้ำดำหัวขอพรผู้สูงอายุ ประจำปี 2567
C: คณะผู้บริหาร อบต. รดน้ำดำหัวขอพรผู้สูงอายุ ณ ศาลาประชาคม อบต.หนองไผ่งาม
G: ผู้สูงอายุ, ประเพณี
วันที่ 11 เมษายน 2567 องค์การบริหารส่วนตำบลหนองไผ่งาม จัดกิจกรรมสืบสานประเพณีสงกรานต์และรดน้ำดำหัวขอพรผู้สูงอายุ ณ ศาลาประชาคม อบต. มีผู้สูงอายุจาก 12 หมู่บ้านเข้าร่วมกว่า 300 คน
ภายในงานมีพิธีสรงน้ำพระพุทธรูป การรดน้ำดำหัวขอพรผู้สูงอายุ และการมอบเกียรติบัตรแก่ผู้สูงอายุที่มีอายุ 90 ปีขึ้นไป จำนวน 14 คน
พร้อมกันนี้ อบต. ได้ประชาสัมพันธ์การขับขี่ปลอดภัยในช่วงเทศกาลสงกรานต์ และตั้งจุดบริการประชาชนบริเวณสามแยกหนองไผ่งามตลอด 7 วันอันตราย

## 1265 2024-04-25 13:40 pr 0 2
T: ประกาศรายชื่อผู้มีสิทธิ์รับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ พ.ศ. 2568
G: ผู้สูงอายุ
องค์การบริหารส่วนตำบลหนองไผ่งาม ขอประกาศรายชื่อผู้มีสิทธิ์รับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ พ.ศ. 2568 ซึ่งได้ลงทะเบียนไว้ระหว่างเดือนตุลาคม 2566 ถึงเดือนมีนาคม 2567 จำนวนทั้งสิ้น 86 ราย
ผู้มีสิทธิ์จะเริ่มได้รับเงินเบี้ยยังชีพตั้งแต่เดือนตุลาคม 2567 เป็นต้นไป ในอัตราแบบขั้นบันไดตามช่วงอายุ โดยผู้ที่มีอายุ 60 - 69 ปี ได้รับเดือนละ 600 บาท
ขอให้ผู้มีรายชื่อตรวจสอบความถูกต้องของชื่อ นามสกุล และเลขที่บัญชีธนาคาร ได้ที่บอร์ดประชาสัมพันธ์หน้าที่ทำการ อบต. และที่ศาลาประชาคมของแต่ละหมู่บ้าน
หากพบข้อผิดพลาดหรือมีข้อทักท้วง ให้ยื่นคำร้องที่กองสวัสดิการสังคมภายใน 15 วันนับแต่วันประกาศ ตามที่ได้แจ้งไว้ใน[[1187:old|ข่าวการลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2567]]

## 1267 2024-05-07 09:30 pr 0 0
T: รณรงค์ Big Cleaning Day ป้องกันโรคไข้เลือดออกช่วงต้นฤดูฝน ปี 2567
C: อสม. หมู่ที่ 9 ร่วมเก็บภาชนะที่มีน้ำขังรอบศาลาประชาคม
G: สาธารณสุข, ไข้เลือดออก
เนื่องจากเข้าสู่ช่วงต้นฤดูฝน ซึ่งเป็นช่วงที่ยุงลายแพร่พันธุ์ได้มาก องค์การบริหารส่วนตำบลหนองไผ่งามจึงกำหนดจัดกิจกรรม Big Cleaning Day พร้อมกันทั้ง 12 หมู่บ้าน ในวันศุกร์ที่ 10 พฤษภาคม 2567
ขอเชิญชวนประชาชนทุกครัวเรือนร่วมกันทำความสะอาดบ้านเรือนและบริเวณรอบบ้าน เก็บขยะและภาชนะที่อาจมีน้ำขัง ปิดฝาโอ่งน้ำ และเปลี่ยนน้ำในแจกันทุก 7 วัน
- อบต. จะออกเก็บขยะชิ้นใหญ่ที่ประชาชนนำมาวางไว้หน้าบ้านในวันที่ 10 - 11 พฤษภาคม 2567
- อสม. จะออกสำรวจลูกน้ำยุงลายและรายงานค่าดัชนีลูกน้ำยุงลายของแต่ละหมู่บ้านภายในวันที่ 15 พฤษภาคม 2567
- หมู่บ้านที่ไม่พบลูกน้ำยุงลายจะได้รับป้ายหมู่บ้านปลอดลูกน้ำยุงลายและเงินรางวัล 2,000 บาท
หากมีอาการไข้สูงลอยติดต่อกัน 2 วันขึ้นไป ให้รีบไปพบแพทย์ที่ รพ.สต.หนองไผ่งาม และห้ามรับประทานยาแอสไพรินหรือไอบูโพรเฟนเอง

## 1271 2024-05-22 14:00 proc 1 2
T: ประกาศ อบต.หนองไผ่งาม เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 9 บ้านหนองบัว สายทางหนองบัว - โคกกลาง
G: ถนน, e-bidding
องค์การบริหารส่วนตำบลหนองไผ่งาม มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 9 บ้านหนองบัว สายทางหนองบัว - โคกกลาง ขนาดกว้าง 4 เมตร ยาว 1,020 เมตร หนา 0.15 เมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 2,310,000.00 บาท (สองล้านสามแสนหนึ่งหมื่นบาทถ้วน)
ผู้สนใจต้องยื่นข้อเสนอทางระบบจัดซื้อจัดจ้างภาครัฐ ในวันที่ 30 พฤษภาคม 2567 ระหว่างเวลา 08.30 - 16.30 น.
ผู้สนใจสามารถดูรายละเอียดได้ที่เว็บไซต์ www.gprocurement.go.th หรือสอบถามทางโทรศัพท์หมายเลข 0 3755 1234 ต่อ 112 ในวันและเวลาราชการ

## 1276 2024-06-05 11:30 act 2 1
T: คณะกรรมการตรวจรับพัสดุตรวจรับงานก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก หมู่ที่ 1 บ้านหนองไผ่งาม
C: คณะกรรมการตรวจรับพัสดุตรวจวัดขนาดรางระบายน้ำ หมู่ที่ 1
G: ถนน
วันที่ 5 มิถุนายน 2567 คณะกรรมการตรวจรับพัสดุ พร้อมด้วยผู้ควบคุมงานจากกองช่าง ได้ลงพื้นที่ตรวจรับงานก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็กพร้อมฝาปิด หมู่ที่ 1 บ้านหนองไผ่งาม ความยาวรวม 320 เมตร
คณะกรรมการได้ตรวจสอบขนาด ความลึก และความลาดเอียงของรางระบายน้ำ ตลอดจนความแข็งแรงของฝาปิด พบว่าถูกต้องตามแบบแปลนและสัญญาจ้างทุกประการ
โครงการนี้จะช่วยแก้ไขปัญหาน้ำท่วมขังบริเวณตลาดสดและถนนสายกลางหมู่บ้านในช่วงฤดูฝน ซึ่งประชาชนร้องเรียนมาอย่างต่อเนื่อง

## 1280 2024-06-18 16:40 act 2 0
T: การประชุมสภาองค์การบริหารส่วนตำบลหนองไผ่งาม สมัยสามัญ สมัยที่ 2 ประจำปี 2567
G: ประชุมสภา, แผนพัฒนา
วันที่ 18 มิถุนายน 2567 เวลา 09.30 น. สภาองค์การบริหารส่วนตำบลหนองไผ่งาม ได้จัดการประชุมสภา สมัยสามัญ สมัยที่ 2 ประจำปี 2567 ณ ห้องประชุมสภา อบต.หนองไผ่งาม
ที่ประชุมได้พิจารณาให้ความเห็นชอบร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ครั้งที่ 2 ซึ่งได้จาก[[1253:tabid|การประชุมประชาคมหมู่บ้านทั้ง 12 หมู่บ้าน]] เมื่อเดือนกุมภาพันธ์ 2567
นอกจากนี้ ที่ประชุมได้อนุมัติจ่ายขาดเงินสะสมเพื่อก่อสร้างระบบประปาหมู่บ้านแบบผิวดิน หมู่ที่ 6 และหมู่ที่ 11 รวมเป็นเงิน 1,450,000 บาท
ฝ่ายบริหารได้รายงานความก้าวหน้าการเบิกจ่ายงบประมาณประจำปี 2567 ซึ่ง ณ สิ้นเดือนพฤษภาคม 2567 เบิกจ่ายแล้วร้อยละ 61.4 ของงบประมาณทั้งหมด
"""


# an in-body link to another article: [[<ArticleID>:old|text]] (friendly URL with the old slug) or
# [[<ArticleID>:tabid|text]] (the /tabid/56/ form)
INLINE = re.compile(r"\[\[(\d+):(old|tabid)\|([^\]]+)\]\]")


@dataclass
class Art:
    aid: int
    day: str
    hm: str
    cat: str
    author: int
    style: int
    title: str
    caption: str | None
    tags: tuple[str, ...]
    blocks: tuple[str, ...]
    n: int

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def slug(self) -> str:
        words = "".join(c if c.isalnum() or "\u0e00" <= c <= "\u0e7f" else " " for c in self.title).split()
        out = "-".join(words)
        return out[:80].rstrip("-")

    @property
    def views(self) -> int:
        return 40 + (self.aid * 37) % 480 + (TODAY - self.d).days // 3

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(" ".join(INLINE.sub(r"\3", b.removeprefix("- ")).split()) for b in self.blocks)

    @property
    def old_slug(self) -> str:
        """The slug of the title as first published (shorter; the editor lengthened it later)."""
        words = self.slug.split("-")
        return "-".join(words[: 3 if len(words) > 3 else 2])


def _parse(spec: str) -> tuple[Art, ...]:
    arts = []
    for n, chunk in enumerate(spec.strip().split("## ")[1:], start=1):
        head, *rest = chunk.strip().split("\n")
        aid, day, hm, cat, author, style = head.split()
        fields: dict[str, str] = {}
        blocks = []
        for line in rest:
            if line[:3] in ("T: ", "C: ", "G: "):
                fields[line[0]] = line[3:]
            elif line.strip():
                blocks.append(line)
        tags = tuple(t.strip() for t in fields.get("G", "").split(",") if t.strip())
        arts.append(
            Art(int(aid), day, hm, cat, int(author), int(style), fields["T"], fields.get("C"), tags, tuple(blocks), n)
        )
    return tuple(arts)


ARTS = _parse(SPEC)

# Events module items: id, day, start, end, title, place
EVENTS = (
    (71, "2024-06-05", "09:00", "12:00", "ตรวจรับงานก่อสร้างรางระบายน้ำ หมู่ที่ 1", "บ้านหนองไผ่งาม หมู่ที่ 1"),
    (72, "2024-06-18", "09:30", "15:00", "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 2/2567", "ห้องประชุมสภา อบต.หนองไผ่งาม"),
    (73, "2024-06-26", "07:00", "10:00", "เดินรณรงค์วันต่อต้านยาเสพติดโลก", "หน้าที่ทำการ อบต. - ตลาดสดหนองไผ่งาม"),
    (74, "2024-07-12", "08:30", "16:00", "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)", "ศาลาประชาคม อบต.หนองไผ่งาม"),
)


# -- helpers -------------------------------------------------------------------------------------
def q(path: str) -> str:
    """Percent-encode a path the way DNN writes Thai page names (upper-case hex)."""
    return quote(path, safe="/.-_?=&%+~")


def url_encode(value: str) -> str:
    """HttpUtility.UrlEncode: lower-case hex, '+' for spaces."""
    out = quote(value, safe="-_.!*()' ").replace(" ", "+")
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), out)


def _h(seed: str, n: int = 16) -> str:
    return hashlib.sha1(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


@cache
def _vs_pool() -> str:
    raw = b"".join(hashlib.sha256(f"{FAMILY}:vs:{i}".encode()).digest() for i in range(700))
    return base64.b64encode(raw).decode()


def viewstate(seed: str) -> str:
    pool = _vs_pool()
    n = int(_h(seed, 6), 16)
    size = 8000 + n % 12000
    start = n % (len(pool) - size)
    return "/wEPDwUKMTY1NDU2MTA1Mg9kFgYC" + pool[start : start + size] + "=="


def friendly(a: Art) -> str:
    return f"/{NEWS_NAME}/ArticleID/{a.aid}/{a.slug}.aspx"


# an article deleted by the editor but still linked from the ITA page: EasyDNNnews answers 200 with a message
DELETED_URL = f"/{NEWS_NAME}/ArticleID/1175/ประกาศผลการจัดซื้อจัดจ้าง-ไตรมาส-1-2567.aspx"


def old_form(a: Art) -> str:
    return f"/{NEWS_NAME}/ArticleID/{a.aid}/{a.old_slug}.aspx"


def inline_links() -> dict[int, set[str]]:
    """ArticleID -> the forms other articles' bodies link it in."""
    found: dict[int, set[str]] = {}
    for a in ARTS:
        for b in a.blocks:
            for m in INLINE.finditer(b):
                found.setdefault(int(m.group(1)), set()).add(m.group(2))
    return found


def render_inline(text: str) -> str:
    by_id = {a.aid: a for a in ARTS}

    def link(m: re.Match) -> str:
        target = by_id[int(m.group(1))]
        href = old_form(target) if m.group(2) == "old" else tabid_form(target)
        return f'<a href="{attr(q(href))}">{m.group(3)}</a>'

    return INLINE.sub(link, esc(text))


def tabid_form(a: Art) -> str:
    return f"/tabid/{NEWS_TAB}/ArticleID/{a.aid}/{a.slug}.aspx"


def default_form(a: Art) -> str:
    return f"/Default.aspx?tabid={NEWS_TAB}&ArticleID={a.aid}"


PRINT_QS = "SkinSrc=%5bG%5dSkins%2f_default%2fNo+Skin&ContainerSrc=%5bG%5dContainers%2f_default%2fNo+Container"


def print_form(a: Art) -> str:
    return f"/tabid/{NEWS_TAB}/ArticleID/{a.aid}/mid/{NEWS_MID}/dnnprintmode/true/Default.aspx?{PRINT_QS}"


def tab_url(tab: int) -> str:
    return "/Home.aspx" if tab == 36 else f"/{TAB_NAME[tab]}.aspx"


def list_url(page: int, cat: str | None = None) -> str:
    base = f"/{NEWS_NAME}" + (f"/CategoryID/{CATS[cat][0]}/{CATS[cat][1]}" if cat else "")
    if page == 1 and cat:
        return base + ".aspx"
    if page == 1:
        return f"/{NEWS_NAME}.aspx"
    return f"{base}/PgrID/{NEWS_MID}/PageID/{page}.aspx"


def archive_url(y: int, m: int) -> str:
    return f"/{NEWS_NAME}/Archive/{y}/{m:02d}.aspx"


def tag_url(tag: str) -> str:
    return f"/{NEWS_NAME}/TagID/{TAGS[tag]}/{tag}.aspx"


def cal_url(view: str, d: date, query: bool = False) -> str:
    ymd = d.strftime("%Y%m%d")
    if query:
        return f"/ปฏิทินกิจกรรม.aspx?ModuleID={CAL_MID}&mctl=Event{view}&selecteddate={ymd}"
    return f"/tabid/{CAL_TAB}/ModuleID/{CAL_MID}/mctl/Event{view}/selecteddate/{ymd}/Default.aspx"


def event_url(eid: int) -> str:
    return f"/tabid/{CAL_TAB}/ModuleID/{CAL_MID}/ItemId/{eid}/mctl/EventDetails/Default.aspx"


def login_url(current: str) -> str:
    return "/Login.aspx?returnurl=" + url_encode(current)


def register_url(tab: int, current: str) -> str:
    return f"/tabid/{tab}/ctl/Register/Default.aspx?returnurl=" + url_encode(current)


def be(d: date) -> str:
    return thai_abbr(d)


# -- the site ------------------------------------------------------------------------------------
class _Dnn:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.non_articles: list[str] = []
        self.newest = sorted(ARTS, key=lambda a: (a.day, a.hm), reverse=True)
        self.by_cat = {c: [a for a in self.newest if a.cat == c] for c in CATS}
        self.by_tag = {t: [a for a in self.newest if t in a.tags] for t in TAGS}
        months: dict[tuple[int, int], list[Art]] = {}
        for a in self.newest:
            months.setdefault((a.d.year, a.d.month), []).append(a)
        self.months = months

    def u(self, path: str) -> str:
        return self.site.base_url + q(path)

    def html(self, text: str, status: int = 200) -> Response:
        return Response(
            status,
            (
                ("Content-Type", "text/html; charset=utf-8"),
                ("Cache-Control", "private"),
                ("X-AspNet-Version", "4.0.30319"),
                ("X-Powered-By", "ASP.NET"),
                ("Set-Cookie", "dnn_IsMobile=False; path=/; secure; HttpOnly"),
            ),
            text.encode("utf-8"),
        )

    def add_page(self, path: str, text: str) -> None:
        self.site.add(path, self.html(text))
        self.non_articles.append(self.u(path))

    # -- media -------------------------------------------------------------------------------
    def image(self, a: Art, thumb: bool = False) -> str:
        dt = local_dt(a.day, a.hm) - timedelta(minutes=15)
        name = f"img-{_h(str(a.aid), 8)}.jpg"
        if thumb:
            return add_jpeg(self.site, f"/Portals/0/EasyDNNNews/thumbs/{a.aid}/{NEWS_MID}{name}", 300, 200, dt)
        return add_jpeg(
            self.site, f"/Portals/0/EasyDNNNews/{a.aid}/images/600600p{NEWS_MID}EDNmain{name}", 800, 533, dt
        )

    # -- skin --------------------------------------------------------------------------------
    def menu(self, active: int) -> str:
        items = []
        for tab, _, title, parent in TABS:
            if parent:
                continue
            kids = [(t, ti) for t, _, ti, p in TABS if p == tab]
            sel = " active" if tab == active or any(t == active for t, _ in kids) else ""
            if kids:
                sub = "".join(
                    f'<li class="item{" active" if t == active else ""}"><a href="{attr(q(tab_url(t)))}"><span>{esc(ti)}</span></a></li>'
                    for t, ti in kids
                )
                items.append(
                    f'<li class="dropdown{sel}"><a href="javascript:void(0)" class="dropdown-toggle" data-toggle="dropdown">{esc(title)}<b class="caret hidden-desktop pull-right icon-chevron-down icon-white"></b></a><ul class="dropdown-menu">{sub}</ul></li>'
                )
            else:
                items.append(
                    f'<li class="{sel.strip()}"><a href="{attr(q(tab_url(tab)))}"><span>{esc(title)}</span></a></li>'
                )
        return f'<div id="dnnMenu" class="nav-collapse collapse"><ul class="nav nav-pills topLevel">{"".join(items)}</ul></div>'

    @staticmethod
    def crumbs(trail: list[tuple[str, str | None]]) -> str:
        parts = [
            '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/Home.aspx" class="breadcrumbLink" itemprop="item"><span itemprop="name">หน้าแรก</span></a><meta itemprop="position" content="1" /></span>'
        ]
        for i, (name, href) in enumerate(trail, start=2):
            if href:
                parts.append(
                    f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{attr(q(href))}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(name)}</span></a><meta itemprop="position" content="{i}" /></span>'
                )
            else:
                parts.append(f'<span class="breadcrumbItem">{esc(name)}</span>')
        return (
            '<span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">'
            + " &gt; ".join(parts)
            + "</span></span>"
        )

    @staticmethod
    def module(mid: int, kind: str, title: str | None, inner: str) -> str:
        head = (
            f'<div class="c_head h2"><h2 class="c_title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">{esc(title)}</span></h2></div>'
            if title
            else ""
        )
        return f'<div class="DnnModule DnnModule-{kind} DnnModule-{mid}"><a name="{mid}"></a><div class="c_DNN_Title {kind}">{head}<div id="dnn_ctr{mid}_ContentPane" class="c_content"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{kind}C">{inner}</div><!-- End_Module_{mid} --></div></div></div>'

    def sidebar(self) -> str:
        latest = "".join(
            f'<li><a href="{attr(q(friendly(a)))}">{esc(a.title)}</a> <span class="edn_date">{be(a.d)}</span></li>'
            for a in self.newest[:5]
        )
        cats = "".join(
            f'<li><a href="{attr(q(list_url(1, c)))}">{esc(name)}</a> ({len(self.by_cat[c])})</li>'
            for c, (_, name) in CATS.items()
        )
        arch = "".join(
            f'<li><a href="{attr(q(archive_url(y, m)))}">{MONTHS[m - 1]} {y + 543}</a> ({len(v)})</li>'
            for (y, m), v in self.months.items()
        )
        tags = " ".join(
            f'<a class="edn_tag" href="{attr(q(tag_url(t)))}" style="font-size:{11 + len(v)}px">{esc(t)}</a>'
            for t, v in self.by_tag.items()
            if v
        )
        return (
            self.module(413, "EasyDNNnewsLatestArticles", "ข่าวล่าสุด", f'<ul class="edn_latestArticles">{latest}</ul>')
            + self.module(414, "EasyDNNnewsCategoriesMenu", "หมวดหมู่ข่าว", f'<ul class="edn_category_menu">{cats}</ul>')
            + self.module(415, "EasyDNNnewsCalendarArchive", "คลังข่าว", f'<ul class="edn_archive">{arch}</ul>')
            + self.module(416, "EasyDNNnewsTagCloud", "แท็ก", f'<div class="edn_tagCloud">{tags}</div>')
        )

    def page(
        self,
        current: str,
        title: str,
        tab: int,
        content: str,
        *,
        trail: list[tuple[str, str | None]] | None = None,
        side: str = "",
        canonical: str | None = None,
        head_extra: str = "",
        description: str = "",
    ) -> str:
        """The Xcillion-like skin around the panes; ``current`` is the raw request target."""
        enc_current = q(current)
        canon = f'<link rel="canonical" href="{attr(self.u(canonical))}" />' if canonical else ""
        desc = description or f"{SITE} {AMPHOE} {PROVINCE}"
        panes = (
            f'<div class="row-fluid"><div id="dnn_ContentPane" class="span8 contentPane">{content}</div><div id="dnn_RightPane" class="span4 rightPane">{side}</div></div>'
            if side
            else f'<div class="row-fluid"><div id="dnn_ContentPane" class="span12 contentPane">{content}</div></div>'
        )
        crumb = self.crumbs(trail) if trail is not None else ""
        searches = "".join(
            f'<a href="/SearchResults.aspx?Search={quote(w)}">{esc(w)}</a> ' for w in ("เบี้ยยังชีพ", "ประกวดราคา", "ภาษี")
        )
        sitemap_links = " | ".join(
            f'<a href="/tabid/{t}/Default.aspx">{esc(ti)}</a>' for t, _, ti, p in TABS if t != 51
        )
        vs = viewstate(current)
        return f"""<!DOCTYPE html>
<html  lang="th-TH">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2024, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>
	{esc(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{attr(desc)}" /><meta id="MetaKeywords" name="KEYWORDS" content="อบต.หนองไผ่งาม,หนองไผ่งาม,วังทองคำ,องค์การบริหารส่วนตำบล,DotNetNuke,DNN" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/static/common/common.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/xcillion/skin.css?cdv={CDV}" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv={CDV}" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_07_01/jquery.js?cdv={CDV}" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_13_02/jquery-ui.min.js?cdv={CDV}" type="text/javascript"></script>{canon}{head_extra}<link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=8xT3b2aZk-u7o0uB4Pmwpw%3d%3d' type='image/x-icon' /><meta name="viewport" content="width=device-width, initial-scale=1.0" /></head>
<body id="Body">

    <form method="post" action="{attr(enc_current)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
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

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZMf2cLdQy1ZZkMGYmHXXmN0a8iDVsTbmlwlYhTKnq9EJ0bgN0A2&amp;t=638459987940000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvvW2yS0h8YzJnE1Qk5pQh8Vb_OfYq4xJ3iY1mX5l9O0&amp;t=5c0e0825" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAO{_h("ev" + current, 40)}" />
</div><script src="/js/dnn.modalpopup.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnncore.js?cdv={CDV}" type="text/javascript"></script>
<!--CDF(Javascript|/js/dnncore.js?cdv={CDV}|DnnBodyProvider|100)-->

<div id="siteWrapper">
    <!-- UserControlPanel  -->
    <div id="topHeader">
        <div class="container">
            <div class="pull-right">
                <div id="search-top" class="pull-right small-screens hidden-phone">
                    <span id="dnn_dnnSearch_ClassicSearch">
                        <span class="searchInputContainer" data-moreresults="ดูผลการค้นหาเพิ่มเติม" data-noresult="ไม่พบผลลัพธ์">
                            <input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="ค้นหา..." />
                            <a class="dnnSearchBoxClearText" title="Clear search text"></a>
                        </span>
                        <a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">ค้นหา</a>
                    </span>
                </div>
                <div id="login" class="pull-right">
                    <div class="registerGroup pull-right"><ul class="buttonGroup"><li class="userDisplayName"><a id="dnn_dnnUser_enhancedRegisterLink" title="ลงทะเบียน" rel="nofollow" href="{attr(register_url(tab, enc_current))}">ลงทะเบียน</a></li></ul></div>
                    <div class="loginGroup pull-right"><a id="dnn_dnnLogin_enhancedLoginLink" title="เข้าสู่ระบบ" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="{attr(login_url(enc_current))}">เข้าสู่ระบบ</a></div>
                </div>
            </div>
        </div>
    </div>
    <!-- Header -->
    <header role="banner">
        <div id="mainHeader-inner" class="container">
            <div class="navbar">
                <div class="navbar-inner">
                    <span class="brand hidden-phone"><a id="dnn_dnnLOGO_hypLogo" title="{attr(SITE)}" aria-label="{attr(SITE)}" href="{attr(self.site.base_url + "/")}"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-nongphaingam.png?ver=2023-04-11-101530-417" alt="{attr(SITE)}" /></a></span>
                    <div id="DNN_Header" class="site-title"><h1 class="siteName">{SITE}</h1><p class="siteSlogan">{AMPHOE} {PROVINCE} &nbsp; "ถิ่นไผ่งาม น้ำใสสะอาด ประชาร่วมใจ ก้าวไกลพัฒนา"</p></div>
                    {self.menu(tab)}
                </div>
            </div>
        </div>
    </header>
    <!-- Page Content -->
    <main role="main">
    <div class="container">
        <div id="dnn_HeaderPane" class="headerPane DNNEmptyPane"></div>
        <div class="dnnBreadcrumb">{crumb}</div>
        {panes}
    </div>
    </main>
    <!-- Footer -->
    <footer role="contentinfo">
        <div class="footer-above">
            <div class="container">
                <div id="dnn_FooterPane" class="footerPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-390"><a name="390"></a><div id="dnn_ctr390_ContentPane"><div id="dnn_ctr390_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr390_HtmlModule_lblContent" class="Normal">
<p><strong>{SITE}</strong><br />{ADDRESS}<br />โทรศัพท์/โทรสาร <a href="tel:037551234">{PHONE}</a> &nbsp;อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>แผนผังเว็บไซต์: {sitemap_links}</p>
<p>คำค้นยอดนิยม: {searches}</p>
<p><a href="https://www.facebook.com/nongphaingam.sao" target="_blank">Facebook อบต.หนองไผ่งาม</a> | <a href="https://www.dla.go.th" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a> | <a href="http://www.info.go.th" target="_blank">ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์ของราชการ</a></p>
</div></div></div></div></div>
            </div>
        </div>
        <div class="footer-below">
            <div class="container">
                <div class="row-fluid">
                    <div class="span6"><div class="copyright"><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright 2024 by {SHORT}</span></div></div>
                    <div class="span6"><div class="terms-priv"><a id="dnn_dnnTerms_hypTerms" class="SkinObject" rel="nofollow" href="/tabid/{tab}/ctl/Terms/Default.aspx">Terms Of Use</a> | <a id="dnn_dnnPrivacy_hypPrivacy" class="SkinObject" rel="nofollow" href="/tabid/{tab}/ctl/Privacy/Default.aspx">Privacy Statement</a></div></div>
                </div>
            </div>
        </div>
    </footer>
</div>
<!-- /.SiteWrapper -->
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tab}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{_h("rvt" + current, 40)}" /><script src="/Portals/_default/skins/xcillion/bootstrapNav/simple.js?cdv={CDV}" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv={CDV}" type="text/javascript"></script>
</form>
    <!--CDF(Javascript|/js/dnncore.js?cdv={CDV}|DnnFormBottomProvider|100)-->
</body>
</html>
"""

    # -- news module -------------------------------------------------------------------------
    def rss_head(self) -> str:
        return f'<link rel="alternate" type="application/rss+xml" title="{NEWS_NAME}" href="{attr(self.rss_url())}" />'

    @staticmethod
    def rss_url() -> str:
        return f"/DesktopModules/EasyDNNNews/RSS.aspx?TabID={NEWS_TAB}&ModuleID={NEWS_MID}&MaxDisplayItems=10"

    def summary(self, a: Art) -> str:
        text = a.paragraphs[0]
        return text if len(text) <= 170 else text[:170].rstrip() + "..."

    def list_item(self, a: Art, href: str) -> str:
        img = (
            f'<a class="edn_articleImage" href="{attr(q(href))}"><img alt="{attr(a.title)}" src="{attr(self.image(a, thumb=True))}" /></a>'
            if a.caption
            else ""
        )
        cid, cname = CATS[a.cat]
        return f"""<div class="edn_article edn_clearFix">
	{img}
	<h2 class="edn_articleTitle"><a href="{attr(q(href))}">{esc(a.title)}</a></h2>
	<div class="edn_metaDetails"><time class="edn_articleDate">{be(a.d)}</time> <span class="edn_articleCategories"><a href="{attr(q(list_url(1, a.cat)))}" class="edn_category">{esc(cname)}</a></span> <span class="edn_numberOfViews">เข้าชม {a.views} ครั้ง</span></div>
	<div class="edn_articleSummary">{esc(self.summary(a))}</div>
	<a class="edn_readMore edn_readMoreButton" href="{attr(q(href))}">อ่านต่อ</a>
</div>"""

    def listing(self, current: str, heading: str, items: list[Art], page: int, pager_url, crumb: list) -> str:
        pages = max(1, -(-len(items) // PER_PAGE))
        chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        body = "\n".join(self.list_item(a, friendly(a)) for a in chunk)
        pager = ""
        if pages > 1:
            links = []
            if page > 1:
                links.append(f'<a class="prev" href="{attr(q(pager_url(page - 1)))}">« ก่อนหน้า</a>')
            for p in range(1, pages + 1):
                links.append(
                    f'<span class="active">{p}</span>'
                    if p == page
                    else f'<a class="page" href="{attr(q(pager_url(p)))}">{p}</a>'
                )
            if page < pages:
                links.append(f'<a class="next" href="{attr(q(pager_url(page + 1)))}">ถัดไป »</a>')
            pager = f'<div class="article_pager">{"".join(links)}</div>'
        inner = f'<div class="eds_news_module_{NEWS_MID} news eds_subCollection_news eds_news_Ozone eds_template_List_Article_Default"><div id="dnn_ctr{NEWS_MID}_ViewEasyDNNNewsMain_ctl00_pnlListArticles"><h1 class="edn_listHeading">{esc(heading)}</h1><div class="edn_{NEWS_MID}_article_list_wrapper">{body}</div>{pager}</div></div>'
        main = self.module(NEWS_MID, "EasyDNNnews", NEWS_NAME, inner)
        suffix = f" - หน้า {page}" if page > 1 else ""
        return self.page(
            current,
            f"{heading}{suffix} - {SITE}",
            NEWS_TAB,
            main,
            trail=crumb,
            side=self.sidebar(),
            head_extra=self.rss_head(),
        )

    def article_html(self, a: Art, current: str, printable: bool = False) -> str:
        cid, cname = CATS[a.cat]
        paras = []
        in_list = False
        for b in a.blocks:
            if b.startswith("- "):
                if not in_list:
                    paras.append("<ul>")
                    in_list = True
                paras.append(f"<li>{render_inline(b[2:])}</li>")
                continue
            if in_list:
                paras.append("</ul>")
                in_list = False
            if a.style == 0:
                paras.append(f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{render_inline(b)}</p>")
            elif a.style == 1:
                paras.append(
                    f'<p style="text-align: justify;"><span style="font-size:16px;"><span style="font-family:TH SarabunPSK,sans-serif;">{render_inline(b)}</span></span></p>'
                )
            else:
                paras.append(f"<div>{render_inline(b)}</div>")
        if in_list:
            paras.append("</ul>")
        if a.style == 1:
            paras.append("<p>&nbsp;</p>")
        if a.style == 2:
            paras.append("<div>&nbsp;</div>")
        body = "\n".join(paras)
        media = (
            f'<div class="edn_mediaContainer"><img alt="{attr(a.title)}" src="{attr(self.image(a))}" /><p class="edn_mediaCaption">{esc(a.caption)}</p></div>'
            if a.caption
            else ""
        )
        author = AUTHORS[a.author]
        modified = ""
        if a.n % 4 == 1:
            md = a.d + timedelta(days=2 + a.n % 5)
            modified = f' <span class="edn_articleModified">แก้ไขล่าสุด {be(md)}</span>'
        meta = f'<div class="edn_metaDetails"><span class="edn_articleDate">วันที่ {be(a.d)}</span>{modified} <span class="edn_articleAuthor">โดย {esc(author)}</span> <span class="edn_articleCategories">หมวดหมู่: <a href="{attr(q(list_url(1, a.cat)))}">{esc(cname)}</a></span> <span class="edn_numberOfViews">เข้าชม {a.views} ครั้ง</span></div>'
        if printable:
            return f"""<!DOCTYPE html>
<html lang="th-TH"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>{esc(a.title)}</title><link rel="canonical" href="{attr(self.u(friendly(a)))}" /><meta name="ROBOTS" content="NOINDEX, NOFOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV}" type="text/css" rel="stylesheet"/></head>
<body id="Body" onload="window.print();"><form method="post" action="{attr(q(current))}" id="Form"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate("print" + current)[:3000]}" /></div>
<div id="dnn_ContentPane" class="contentPane"><div class="edn_article edn_articleDetails edn_print">
<h1 class="edn_articleTitle">{esc(a.title)}</h1>
<div class="edn_metaDetails"><span class="edn_articleDate">วันที่ {be(a.d)}</span> <span class="edn_articleAuthor">โดย {esc(author)}</span></div>
{media}
<div class="edn_articleContent">
{body}
</div>
<p class="edn_printFooter">พิมพ์จากเว็บไซต์ {SITE} {self.u(friendly(a))}</p>
</div></div></form></body></html>
"""
        related = [r for r in self.by_cat[a.cat] if r is not a][:3]
        rel = "".join(
            f'<li><a href="{attr(default_form(r))}">{esc(r.title)}</a> <span class="edn_date">({be(r.d)})</span></li>'
            for r in related
        )
        related_box = f'<div class="edn_relatedArticles"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>{rel}</ul></div>' if rel else ""
        tags = ", ".join(f'<a href="{attr(q(tag_url(t)))}">{esc(t)}</a>' for t in a.tags)
        tags_html = f'<div class="edn_articleTags"><span class="edn_tagsLabel">แท็ก:</span> {tags}</div>' if tags else ""
        canonical_abs = self.u(friendly(a))
        share = (
            f'<div class="edn_socialPrintWrapper"><span class="edn_shareLabel">แชร์:</span> '
            f'<a class="edn_facebook" target="_blank" rel="noopener" href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical_abs, safe="")}">Facebook</a> '
            f'<a class="edn_line" target="_blank" rel="noopener" href="https://social-plugins.line.me/lineit/share?url={quote(canonical_abs, safe="")}">LINE</a> '
            f'<a class="edn_twitter" target="_blank" rel="noopener" href="https://twitter.com/intent/tweet?url={quote(canonical_abs, safe="")}">X</a> '
            f'<a class="edn_printButton" rel="nofollow" target="_blank" href="{attr(print_form(a))}">พิมพ์</a></div>'
        )
        inner = f"""<div class="eds_news_module_{NEWS_MID} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">
<div id="dnn_ctr{NEWS_MID}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_{NEWS_MID}_article_list_wrapper"><div class="edn_article edn_articleDetails">
<h1 class="edn_articleTitle">{esc(a.title)}</h1>
{meta}
{media}
<div class="edn_articleContent">
{body}
</div>
{tags_html}
{share}
{related_box}
<div class="edn_backButton"><a class="edn_readMoreButton" href="{attr(q(list_url(1)))}">« ย้อนกลับ</a></div>
</div></div></div></div>"""
        main = self.module(NEWS_MID, "EasyDNNnews", NEWS_NAME, inner)
        return self.page(
            current,
            f"{a.title} - {SITE}",
            NEWS_TAB,
            main,
            trail=[(NEWS_NAME, list_url(1)), (cname, list_url(1, a.cat))],
            side=self.sidebar(),
            canonical=friendly(a),
            head_extra=self.rss_head()
            + f'<meta property="og:title" content="{attr(a.title)}" /><meta property="og:type" content="article" /><meta property="og:url" content="{attr(canonical_abs)}" />'
            + (
                f'<meta property="og:image" content="{attr(self.site.base_url + self.image(a))}" />'
                if a.caption
                else ""
            ),
            description=self.summary(a),
        )

    # -- home --------------------------------------------------------------------------------
    def home(self, current: str) -> str:
        latest = "".join(self.list_item(a, tabid_form(a)) for a in self.newest[:5])
        proc = "".join(
            f'<li><a href="{attr(q(tabid_form(a)))}">{esc(a.title)}</a> <span class="edn_date">{be(a.d)}</span></li>'
            for a in self.by_cat["proc"][:3]
        )
        mini = self.mini_calendar(TODAY)
        content = (
            self.module(
                379,
                "DNN_HTML",
                None,
                f'<div class="Normal"><div class="banner"><img src="/Portals/0/Images/banner-2567.jpg" alt="ยินดีต้อนรับสู่เว็บไซต์ {attr(SITE)}" /></div><p class="welcome">ยินดีต้อนรับสู่เว็บไซต์ {SITE} ศูนย์รวมข้อมูลข่าวสารเพื่อประชาชนชาวตำบลหนองไผ่งาม</p></div>',
            )
            + self.module(
                380,
                "EasyDNNnews",
                "ข่าวประชาสัมพันธ์ล่าสุด",
                f'<div class="eds_news_module_380 news">{latest}<div class="edn_viewAll"><a href="/tabid/{NEWS_TAB}/Default.aspx">ดูข่าวทั้งหมด »</a></div></div>',
            )
            + self.module(
                381,
                "EasyDNNnews",
                "ประกาศจัดซื้อจัดจ้าง",
                f'<ul class="edn_simpleList">{proc}</ul><div class="edn_viewAll"><a href="{attr(q(list_url(1, "proc")))}">ดูทั้งหมด »</a></div>',
            )
        )
        side = self.module(
            446,
            "DNNEvents",
            "ปฏิทินกิจกรรม",
            mini,
        ) + self.module(
            391,
            "DNN_HTML",
            "ลิงก์หน่วยงาน",
            f'<ul class="links"><li><a href="{attr(q(tab_url(62)))}">ITA การประเมินคุณธรรมและความโปร่งใส</a></li><li><a href="https://www.dla.go.th">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="http://www.gprocurement.go.th">ระบบจัดซื้อจัดจ้างภาครัฐ</a></li><li><a href="https://info.go.th">ศูนย์ข้อมูลข่าวสาร</a></li></ul>',
        )
        return self.page(current, f"หน้าแรก - {SITE}", 36, content, side=side, canonical="/", head_extra=self.rss_head())

    def mini_calendar(self, d: date) -> str:
        rows = []
        cal = calendar.Calendar(firstweekday=6)
        for week in cal.monthdatescalendar(d.year, d.month):
            cells = []
            for day in week:
                if day.month != d.month:
                    cells.append('<td class="EventOtherMonth">&nbsp;</td>')
                    continue
                has = any(e[1] == day.isoformat() for e in EVENTS)
                cls = "EventDayWithEvents" if has else "EventDay"
                cells.append(
                    f'<td class="{cls}"><a href="{attr(q(cal_url("Day", day, query=True)))}">{day.day}</a></td>'
                )
            rows.append("<tr>" + "".join(cells) + "</tr>")
        head = "".join(f"<th>{w}</th>" for w in ("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส"))
        return f'<table class="EventMiniCalendar"><caption><a href="{attr(q(cal_url("Month", (d.replace(day=1) - timedelta(days=1)).replace(day=1))))}">«</a> {MONTHS[d.month - 1]} {d.year + 543} <a href="{attr(q(cal_url("Month", (d.replace(day=28) + timedelta(days=5)).replace(day=1))))}">»</a></caption><tr>{head}</tr>{"".join(rows)}</table>'

    # -- Events module -----------------------------------------------------------------------
    def cal_view(self, view: str, d: date, current: str) -> str:
        if view == "Month":
            first = d.replace(day=1)
            prev_d = (first - timedelta(days=1)).replace(day=1)
            next_d = (first + timedelta(days=32)).replace(day=1)
            label = f"{MONTHS[d.month - 1]} {d.year + 543}"
            rows = []
            for week in calendar.Calendar(firstweekday=6).monthdatescalendar(d.year, d.month):
                cells = []
                for day in week:
                    evs = [e for e in EVENTS if e[1] == day.isoformat()]
                    ev_html = "".join(
                        f'<div class="EventTitle"><a href="{attr(event_url(e[0]))}">{esc(e[4])}</a></div>' for e in evs
                    )
                    other = " EventOtherMonth" if day.month != d.month else ""
                    cells.append(
                        f'<td class="EventDay{other}"><a class="EventDayNumber" href="{attr(cal_url("Day", day))}">{day.day}</a>{ev_html}</td>'
                    )
                rows.append("<tr>" + "".join(cells) + "</tr>")
            grid = f'<table class="EventMonth" cellspacing="0"><tr>{"".join(f"<th>{w}</th>" for w in ("อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์"))}</tr>{"".join(rows)}</table>'
        else:
            prev_d, next_d = d - timedelta(days=1), d + timedelta(days=1)
            label = f"วัน{WEEKDAYS[d.weekday()]}ที่ {thai_long(d)}"
            evs = [e for e in EVENTS if e[1] == d.isoformat()]
            grid = (
                '<table class="EventDayList">'
                + "".join(
                    f'<tr><td class="EventTime">{e[2]} - {e[3]} น.</td><td><a href="{attr(event_url(e[0]))}">{esc(e[4])}</a><br /><span class="EventLocation">{esc(e[5])}</span></td></tr>'
                    for e in evs
                )
                + "</table>"
                if evs
                else '<div class="EventNoEvents">ไม่มีกิจกรรมในวันนี้</div>'
            )
            grid += f'<p><a href="{attr(cal_url("Month", d))}">ดูทั้งเดือน</a></p>'
        nav = f'<div class="EventNav"><a class="EventPrev" href="{attr(cal_url(view, prev_d))}">« ก่อนหน้า</a> <span class="EventNavTitle">{esc(label)}</span> <a class="EventNext" href="{attr(cal_url(view, next_d))}">ถัดไป »</a> &nbsp; <a href="{attr(q(tab_url(CAL_TAB)))}">วันนี้</a></div>'
        main = self.module(CAL_MID, "DNNEvents", "ปฏิทินกิจกรรม", f'<div class="EventContainer">{nav}{grid}</div>')
        return self.page(current, f"ปฏิทินกิจกรรม - {SITE}", CAL_TAB, main, trail=[("ปฏิทินกิจกรรม", None)])

    def event_page(self, e: tuple) -> str:
        eid, day, start, end, title, place = e
        d = date.fromisoformat(day)
        inner = f'<div class="EventDetails"><h2 class="EventTitle">{esc(title)}</h2><table class="EventDetailsTable"><tr><td class="SubHead">วันที่เริ่ม:</td><td>{thai_long(d)} {start} น.</td></tr><tr><td class="SubHead">วันที่สิ้นสุด:</td><td>{thai_long(d)} {end} น.</td></tr><tr><td class="SubHead">สถานที่:</td><td>{esc(place)}</td></tr></table><p><a href="{attr(cal_url("Month", d))}">กลับไปที่ปฏิทิน</a></p></div>'
        main = self.module(CAL_MID, "DNNEvents", "ปฏิทินกิจกรรม", inner)
        return self.page(
            event_url(eid),
            f"{title} - ปฏิทินกิจกรรม - {SITE}",
            CAL_TAB,
            main,
            trail=[("ปฏิทินกิจกรรม", tab_url(CAL_TAB)), (title, None)],
        )

    # -- static ------------------------------------------------------------------------------
    def html_module(self, mid: int, title: str, inner: str) -> str:
        return self.module(
            mid, "DNN_HTML", title, f'<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">{inner}</div>'
        )

    def static_pages(self) -> None:
        pdf_dt = datetime(2024, 4, 2, 10, 0, tzinfo=BANGKOK)
        ita_rows = []
        ita = (
            ("O1", "โครงสร้างหน่วยงาน"),
            ("O2", "ข้อมูลผู้บริหาร"),
            ("O3", "อำนาจหน้าที่"),
            ("O4", "ข้อมูลการติดต่อ"),
            ("O5", "กฎหมายที่เกี่ยวข้อง"),
            ("O6", "ข่าวประชาสัมพันธ์"),
            ("O7", "Q&A"),
            ("O8", "Social Network"),
            ("O9", "แผนดำเนินงานและการใช้งบประมาณประจำปี"),
            ("O10", "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน"),
            ("O12", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ"),
            ("O13", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง"),
        )
        for code, name in ita:
            path = f"/Portals/0/Documents/ITA/2567/{code}.pdf"
            if code == "O7":
                self.site.broken_links.append(self.site.base_url + path)
            else:
                add_pdf(self.site, path, f"ITA 2567 {code}", [f"Nongphaingam SAO - {code}", "Fiscal year 2567"], pdf_dt)
            extra = ""
            if code == "O13":
                extra = f' <a href="{attr(q(DELETED_URL))}">ประกาศผลการจัดซื้อจัดจ้าง ไตรมาส 1/2567</a>'
            ita_rows.append(
                f'<tr><td style="text-align:center">{code}</td><td>{esc(name)}</td><td><a href="{path}" target="_blank"><img src="/Portals/0/Images/icon-pdf.gif" alt="" /> ดาวน์โหลด</a>{extra}</td></tr>'
            )
        add_gif(self.site, "/Portals/0/Images/icon-pdf.gif", pdf_dt)
        pages = {
            52: (
                "ข้อมูลทั่วไป",
                f'<h3>สภาพทั่วไปและข้อมูลพื้นฐาน</h3><p>&nbsp; &nbsp; ตำบลหนองไผ่งามตั้งอยู่ทางทิศตะวันออกของ{AMPHOE} ห่างจากที่ว่าการอำเภอประมาณ 14 กิโลเมตร มีพื้นที่ทั้งหมดประมาณ 68.5 ตารางกิโลเมตร หรือประมาณ 42,812 ไร่</p><p>&nbsp; &nbsp; ประกอบด้วย 12 หมู่บ้าน ประชากรทั้งสิ้น 8,946 คน จำนวน 2,731 ครัวเรือน (ข้อมูล ณ เดือนธันวาคม 2566) ประชาชนส่วนใหญ่ประกอบอาชีพเกษตรกรรม ได้แก่ ทำนา ปลูกมันสำปะหลัง และเลี้ยงโค</p><table class="table" border="1"><tr><th>หมู่ที่</th><th>ชื่อหมู่บ้าน</th></tr><tr><td>1</td><td>บ้านหนองไผ่งาม</td></tr><tr><td>2</td><td>บ้านหนองไผ่</td></tr><tr><td>4</td><td>บ้านโนนสูง</td></tr><tr><td>7</td><td>บ้านคำแคน</td></tr><tr><td>9</td><td>บ้านหนองบัว</td></tr></table>',
            ),
            53: (
                "คณะผู้บริหาร",
                f'<div class="executive"><img src="/Portals/0/Images/mayor.jpg" alt="นายก อบต." /><p><strong>{MAYOR}</strong><br />นายกองค์การบริหารส่วนตำบลหนองไผ่งาม<br />โทร 08 1234 5678</p></div><div class="executive"><p><strong>นายวิเชียร ทองสุข</strong><br />รองนายก อบต.หนองไผ่งาม</p><p><strong>นางสมใจ บุญมาก</strong><br />รองนายก อบต.หนองไผ่งาม</p><p><strong>นางสาวจิราพร พรหมสุวรรณ</strong><br />ปลัดองค์การบริหารส่วนตำบล</p></div>',
            ),
            54: (
                "อำนาจหน้าที่",
                "<p>องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และที่แก้ไขเพิ่มเติม ดังนี้</p><ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol>",
            ),
            62: (
                "ITA การประเมินคุณธรรมและความโปร่งใส ประจำปี 2567",
                '<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)</p><table class="table table-bordered" border="1" cellpadding="4"><tr><th>ข้อ</th><th>รายการ</th><th>เอกสาร</th></tr>'
                + "".join(ita_rows)
                + "</table>",
            ),
            63: (
                "ติดต่อเรา",
                f'<p><strong>{SITE}</strong></p><p>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร 0 3755 1235</p><p>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p><p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3870.1!2d102.1!3d13.9" width="100%" height="300" style="border:0;" allowfullscreen="" loading="lazy"></iframe>',
            ),
        }
        for tab, (heading, inner) in pages.items():
            parent = [(TAB_TITLE[51], None)] if tab in (52, 53, 54) else []
            text = self.page(
                tab_url(tab),
                f"{TAB_TITLE[tab]} - {SITE}",
                tab,
                self.html_module(400 + tab, heading, inner),
                trail=parent + [(TAB_TITLE[tab], None)],
            )
            self.add_page(tab_url(tab), text)
            self.add_page(
                f"/tabid/{tab}/Default.aspx",
                text.replace(f'action="{attr(q(tab_url(tab)))}"', f'action="/tabid/{tab}/Default.aspx"'),
            )
        mayor_dt = datetime(2023, 1, 10, 9, 0, tzinfo=BANGKOK)
        add_jpeg(self.site, "/Portals/0/Images/mayor.jpg", 300, 400, mayor_dt)

    def terms(self, tab: int, kind: str) -> str:
        if kind == "Terms":
            inner = f"<h2>Terms Of Use</h2><p>การใช้งานเว็บไซต์ {SITE} ถือว่าผู้ใช้งานยอมรับข้อตกลงและเงื่อนไขการใช้งาน เนื้อหาทั้งหมดในเว็บไซต์นี้จัดทำขึ้นเพื่อเผยแพร่ข้อมูลข่าวสารแก่ประชาชน</p><p>ห้ามนำข้อมูลไปใช้ในทางที่ก่อให้เกิดความเสียหายแก่ผู้อื่นหรือขัดต่อกฎหมาย</p>"
        else:
            inner = f"<h2>Privacy Statement</h2><p>{SITE} ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของผู้ใช้บริการ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p><p>เว็บไซต์นี้ใช้คุกกี้เพื่อจัดเก็บค่าการใช้งานที่จำเป็นเท่านั้น</p>"
        current = f"/tabid/{tab}/ctl/{kind}/Default.aspx"
        main = f'<div class="dnnTermsPrivacy">{inner}</div>'
        return self.page(current, f"{TAB_TITLE[tab]} - {SITE}", tab, main)

    # -- search, login -----------------------------------------------------------------------
    def search_page(self, current: str, term: str | None) -> str:
        if term:
            hits = [a for a in self.newest if term in a.title or any(term in p for p in a.paragraphs)]
            res = "".join(
                f'<div class="dnnSearchResultItem"><div class="dnnSearchResultItem-Title"><a href="{attr(q(friendly(a)))}">{esc(a.title)}</a></div><div class="dnnSearchResultItem-Description">{esc(self.summary(a))}</div><div class="dnnSearchResultItem-Others"><span>แก้ไขล่าสุด: </span>{be(a.d)} <span>ที่มา: </span>{NEWS_NAME}</div></div>'
                for a in hits[:10]
            )
            body = f'<div class="dnnSearchResultPanel"><div class="dnnRight">ผลการค้นหา {len(hits)} รายการ</div></div><div class="dnnSearchResultContainer">{res or "<p>ไม่พบผลลัพธ์</p>"}</div>'
        else:
            body = '<div class="dnnSearchResultContainer"><p>กรุณาระบุคำค้นหา</p></div>'
        main = self.module(
            367,
            "SearchResults",
            "ผลการค้นหา",
            f'<div class="dnnSearchBoxPanel"><input type="text" id="dnnSearchResult_dnnSearchBox" value="{attr(term or "")}" /><a class="dnnSearchButton">ค้นหา</a></div>{body}',
        )
        return self.page(current, f"ผลการค้นหา - {SITE}", 38, main, trail=[("ผลการค้นหา", None)])

    def login_page(self, current: str, kind: str, tab: int) -> str:
        if kind == "Login":
            inner = f'<div class="dnnForm dnnLoginService dnnClear"><div class="dnnFormItem"><label for="dnn_ctr_Login_Login_DNN_txtUsername" class="dnnFormLabel">ชื่อผู้ใช้:</label><input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr_Login_Login_DNN_txtUsername" /></div><div class="dnnFormItem"><label class="dnnFormLabel">รหัสผ่าน:</label><input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr_Login_Login_DNN_txtPassword" autocomplete="off" /></div><div class="dnnFormItem"><a id="dnn_ctr_Login_Login_DNN_cmdLogin" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr$Login$Login_DNN$cmdLogin&#39;,&#39;&#39;)">เข้าสู่ระบบ</a> <a class="dnnSecondaryAction" href="{attr(self.u("/"))}">ยกเลิก</a></div><div class="dnnLoginActions"><ul class="dnnActions dnnClear"><li><a id="dnn_ctr_Login_Login_DNN_registerLink" class="dnnSecondaryAction" href="{attr(register_url(39, current))}">ลงทะเบียน</a></li><li><a id="dnn_ctr_Login_Login_DNN_passwordLink" class="dnnSecondaryAction" href="{attr(f"/tabid/39/ctl/SendPassword/Default.aspx?returnurl={url_encode(current)}")}">ลืมรหัสผ่าน?</a></li></ul></div></div>'
            title, mtitle = "เข้าสู่ระบบ", "เข้าสู่ระบบ"
        elif kind == "Register":
            inner = '<div class="dnnForm dnnRegistrationForm"><div class="dnnFormMessage dnnFormInfo">สมัครสมาชิกเพื่อรับข่าวสารทางอีเมล กรอกข้อมูลให้ครบทุกช่อง</div><div class="dnnFormItem"><label class="dnnFormLabel">ชื่อผู้ใช้</label><input type="text" name="dnn$ctr$Register$userForm$Username" /></div><div class="dnnFormItem"><label class="dnnFormLabel">อีเมล</label><input type="text" name="dnn$ctr$Register$userForm$Email" /></div><div class="dnnActions"><a class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr$Register$registerButton&#39;,&#39;&#39;)">ลงทะเบียน</a></div></div>'
            title, mtitle = "ลงทะเบียน", "ลงทะเบียนผู้ใช้"
        else:
            inner = '<div class="dnnForm dnnPasswordReset"><div class="dnnFormMessage dnnFormInfo">กรอกชื่อผู้ใช้หรืออีเมล ระบบจะส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ไปยังอีเมลของท่าน</div><div class="dnnFormItem"><label class="dnnFormLabel">ชื่อผู้ใช้</label><input type="text" name="dnn$ctr$SendPassword$txtUsername" /></div></div>'
            title, mtitle = "ลืมรหัสผ่าน", "ลืมรหัสผ่าน"
        main = self.module(-1, "Authentication", mtitle, inner)
        return self.page(current, f"{title} - {SITE}", tab, main, trail=[(title, None)])

    # -- machine files -----------------------------------------------------------------------
    def rss(self) -> Response:
        items = []
        for a in self.newest[:10]:
            link = self.site.base_url + default_form(a)
            items.append(
                f'<item><title>{esc(a.title)}</title><link>{esc(link)}</link><description>{esc(self.summary(a))}</description><category>{esc(CATS[a.cat][1])}</category><guid isPermaLink="false">{NEWS_MID}-{a.aid}</guid><pubDate>{rfc822(local_dt(a.day, a.hm))}</pubDate></item>'
            )
        xml = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{NEWS_NAME} - {SITE}</title><link>{esc(self.u(list_url(1)).lower())}</link><description>{NEWS_NAME}</description><language>th-TH</language><generator>EasyDNNnews</generator>{"".join(items)}</channel></rss>'
        return Response(200, (("Content-Type", "text/xml; charset=utf-8"),), xml.encode("utf-8"))

    def sitemap(self) -> Response:
        urls = [(self.site.base_url + "/", "1.0", "2024-06-18")]
        for tab, _, _, _parent in TABS:
            if tab in (36, 51):
                continue
            urls.append((self.site.base_url + f"/tabid/{tab}/Default.aspx", "0.5", "2024-04-02"))
        for a in self.newest[:6]:
            urls.append((self.u(friendly(a)), "0.5", a.day))
        body = "".join(
            f"<url><loc>{esc(loc)}</loc><lastmod>{mod}</lastmod><changefreq>daily</changefreq><priority>{pr}</priority></url>"
            for loc, pr, mod in urls
        )
        xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
        return Response(200, (("Content-Type", "text/xml; charset=utf-8"),), xml.encode("utf-8"))

    def not_found_page(self) -> Response:
        text = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/><title>404 - File or directory not found.</title></head><body><div id="header"><h1>Server Error</h1></div><div id="content"><div class="content-container"><fieldset><h2>404 - File or directory not found.</h2><h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3></fieldset></div></div></body></html>'
        return Response(404, (("Content-Type", "text/html"),), text.encode("ascii"))

    # -- registration ------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        for path in ("/", "/Home.aspx", "/tabid/36/Default.aspx"):
            self.add_page(path, self.home(path))
        # news lists: page 1 under three URLs
        all_news = self.newest
        pages = -(-len(all_news) // PER_PAGE)
        crumb = [(NEWS_NAME, None)]
        for path in (list_url(1), f"/tabid/{NEWS_TAB}/Default.aspx", f"/{NEWS_NAME}/PgrID/{NEWS_MID}/PageID/1.aspx"):
            self.add_page(path, self.listing(path, NEWS_NAME, all_news, 1, self.pager_main, crumb))
        for p in range(2, pages + 1):
            path = list_url(p)
            self.add_page(path, self.listing(path, NEWS_NAME, all_news, p, self.pager_main, crumb))
        for cat, (_, name) in CATS.items():
            items = self.by_cat[cat]
            for p in range(1, -(-len(items) // PER_PAGE) + 1):
                path = list_url(p, cat)
                self.add_page(
                    path,
                    self.listing(
                        path, name, items, p, lambda n, c=cat: list_url(n, c), [(NEWS_NAME, list_url(1)), (name, None)]
                    ),
                )
        for (y, m), items in self.months.items():
            path = archive_url(y, m)
            label = f"คลังข่าว {MONTHS[m - 1]} {y + 543}"
            self.add_page(
                path,
                self.listing(path, label, items, 1, lambda n, p=path: p, [(NEWS_NAME, list_url(1)), (label, None)]),
            )
        for tag, items in self.by_tag.items():
            if items:
                path = tag_url(tag)
                label = f"แท็ก: {tag}"
                self.add_page(
                    path,
                    self.listing(path, label, items, 1, lambda n, p=path: p, [(NEWS_NAME, list_url(1)), (label, None)]),
                )
        # articles
        linked = inline_links()
        for a in ARTS:
            site.add(friendly(a), self.html(self.article_html(a, friendly(a))))
            aliases = []
            copies = [tabid_form(a), default_form(a)]
            if "old" in linked.get(a.aid, ()):
                copies.append(old_form(a))
            for path in copies:
                site.add(path, self.html(self.article_html(a, path)))
                aliases.append(self.u(path))
            site.add(print_form(a), self.html(self.article_html(a, print_form(a), printable=True)))
            aliases.append(self.site.base_url + print_form(a))
            site.articles.append(
                FixtureArticle(
                    url=self.u(friendly(a)),
                    aliases=tuple(aliases),
                    title=a.title,
                    paragraphs=a.paragraphs,
                    published=a.day,
                    author=AUTHORS[a.author],
                    captions=(a.caption,) if a.caption else (),
                )
            )
        self.static_pages()
        gone = self.module(
            NEWS_MID,
            "EasyDNNnews",
            NEWS_NAME,
            f'<div class="eds_news_module_{NEWS_MID} news"><div class="edn_articleNotAvailable dnnFormMessage dnnFormWarning">ไม่พบข่าวที่ท่านต้องการ ข่าวนี้อาจถูกลบหรือยังไม่ได้เผยแพร่</div><a class="edn_readMoreButton" href="{attr(q(list_url(1)))}">« ย้อนกลับ</a></div>',
        )
        self.add_page(
            DELETED_URL,
            self.page(
                DELETED_URL,
                f"{NEWS_NAME} - {SITE}",
                NEWS_TAB,
                gone,
                trail=[(NEWS_NAME, list_url(1))],
                side=self.sidebar(),
            ),
        )
        self.add_page(tab_url(CAL_TAB), self.cal_view("Month", TODAY, tab_url(CAL_TAB)))
        self.add_page(f"/tabid/{CAL_TAB}/Default.aspx", self.cal_view("Month", TODAY, f"/tabid/{CAL_TAB}/Default.aspx"))
        for e in EVENTS:
            self.add_page(event_url(e[0]), self.event_page(e))
        for tab in TAB_TITLE:
            if tab == 51:
                continue
            for kind in ("Terms", "Privacy"):
                path = f"/tabid/{tab}/ctl/{kind}/Default.aspx"
                self.add_page(path, self.terms(tab, kind))
        self.add_page("/SearchResults.aspx", self.search_page("/SearchResults.aspx", None))
        # dynamic pages that are linked everywhere (gold negatives)
        for path in (
            "/SearchResults.aspx?Search=" + quote("เบี้ยยังชีพ"),
            login_url("/"),
            register_url(36, "/"),
            login_url(q(list_url(1))),
        ):
            self.non_articles.append(self.site.base_url + path)
        # assets
        skin_dt = datetime(2023, 4, 11, 10, 15, tzinfo=BANGKOK)
        add_jpeg(site, "/Portals/0/logo-nongphaingam.png?ver=2023-04-11-101530-417", 120, 120, skin_dt)
        add_jpeg(site, "/Portals/0/Images/banner-2567.jpg", 1170, 300, skin_dt)
        add_gif(site, "/Portals/0/favicon.ico?ver=8xT3b2aZk-u7o0uB4Pmwpw%3d%3d", skin_dt)
        for path, ctype in (
            (f"/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={CDV}", "text/css"),
            (f"/DesktopModules/EasyDNNnews/static/common/common.css?cdv={CDV}", "text/css"),
            (f"/Portals/_default/skins/xcillion/skin.css?cdv={CDV}", "text/css"),
            (f"/Portals/0/portal.css?cdv={CDV}", "text/css"),
            (f"/Resources/libraries/jQuery/03_07_01/jquery.js?cdv={CDV}", "application/javascript"),
            (f"/Resources/libraries/jQuery-UI/01_13_02/jquery-ui.min.js?cdv={CDV}", "application/javascript"),
            (f"/js/dnn.modalpopup.js?cdv={CDV}", "application/javascript"),
            (f"/js/dnncore.js?cdv={CDV}", "application/javascript"),
            (f"/js/dnn.servicesframework.js?cdv={CDV}", "application/javascript"),
            (f"/Portals/_default/skins/xcillion/bootstrapNav/simple.js?cdv={CDV}", "application/javascript"),
            (
                "/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZMf2cLdQy1ZZkMGYmHXXmN0a8iDVsTbmlwlYhTKnq9EJ0bgN0A2&t=638459987940000000",
                "application/x-javascript",
            ),
            (
                "/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvvW2yS0h8YzJnE1Qk5pQh8Vb_OfYq4xJ3iY1mX5l9O0&t=5c0e0825",
                "application/x-javascript",
            ),
        ):
            add_text(site, path, "/* DNN */\n" if ctype == "text/css" else "/* DNN */\n;\n", ctype)
        site.add(self.rss_url(), self.rss())
        site.add("/SiteMap.aspx", self.sitemap())
        robots = (
            "# Begin block Bad-Robots from robots.txt\nUser-agent: asterias\nDisallow:/\n\nUser-agent: BackDoorBot/1.0\nDisallow:/\n\n"
            "User-agent: *\nDisallow: /admin/\nDisallow: /App_Browsers/\nDisallow: /App_Code/\nDisallow: /App_Data/\n"
            "Disallow: /App_GlobalResources/\nDisallow: /bin/\nDisallow: /Components/\nDisallow: /Config/\nDisallow: /contest/\n"
            "Disallow: /controls/\nDisallow: /DesktopModules/\nDisallow: /Documentation/\nDisallow: /HttpModules/\n"
            "Disallow: /Install/\nDisallow: /Providers/\nDisallow: /Activity-Feed/userId/\t\t# Do not index user profiles\n"
            "Disallow: /*/ctl/\t\t# Googlebot permits *\n\n"
            f"Sitemap: {site.base_url}/SiteMap.aspx\n"
        )
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.not_found = self.not_found_page()
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_RETURNURL]
        site.dynamic = self.dynamic

    @staticmethod
    def pager_main(n: int) -> str:
        return list_url(n) if n > 1 else f"/{NEWS_NAME}/PgrID/{NEWS_MID}/PageID/1.aspx"

    # -- made on request ---------------------------------------------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        lower = {k.lower(): v for k, v in params.items()}
        if len(parts.query) > 2048:
            return None  # IIS: 404.15 query string too long
        if path.lower() == "/login.aspx":
            return self.html(self.login_page(path_and_query, "Login", 39))
        m = re.fullmatch(r"/tabid/(\d+)/ctl/(Register|SendPassword)/Default\.aspx", path, re.I)
        if m and int(m.group(1)) in TAB_TITLE:
            kind = "Register" if m.group(2).lower() == "register" else "SendPassword"
            return self.html(self.login_page(path_and_query, kind, int(m.group(1))))
        if path.lower() == "/searchresults.aspx" and "search" in lower:
            return self.html(self.search_page(path_and_query, lower["search"]))
        # Events module: any date
        m = re.fullmatch(
            rf"/tabid/{CAL_TAB}/ModuleID/{CAL_MID}/mctl/Event(Month|Day)/selecteddate/(\d{{8}})/Default\.aspx", path
        )
        view = ymd = None
        if m:
            view, ymd = m.group(1), m.group(2)
        elif path == tab_url(CAL_TAB) and lower.get("moduleid") == str(CAL_MID) and "selecteddate" in lower:
            view = {"eventday": "Day", "eventmonth": "Month"}.get(lower.get("mctl", "").lower())
            ymd = lower["selecteddate"]
        if view and ymd and re.fullmatch(r"\d{8}", ymd):
            try:
                d = date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:]))
            except ValueError:
                return None
            if not 1900 <= d.year <= 2100:
                return None
            return self.html(self.cal_view(view, d, path_and_query))
        # EasyDNNnews ignores the slug of a friendly article URL
        m = re.fullmatch(rf"/(?:{NEWS_NAME}|tabid/{NEWS_TAB})/ArticleID/(\d+)/[^/]*\.aspx", path)
        if m:
            for a in ARTS:
                if a.aid == int(m.group(1)):
                    return self.html(self.article_html(a, path_and_query))
        return None


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/admin/", "/DesktopModules/", "/Install/", "/Providers/", "/*/ctl/"],
        server_software="Microsoft-IIS/10.0",
    )
    _Dnn(site).register()
    return site

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""octobercms_site: a เทศบาลตำบล site on October CMS 1.1 (Laravel 5.5) with RainLab.Blog and RainLab.Pages.

เทศบาลตำบลโคกสำราญ, อำเภอห้วยน้ำใส, จังหวัดศรีนคร (fictional).  UTF-8, Apache 2.4 + PHP 7.4, every page
sets an ``october_session`` cookie and carries ``Cache-Control: no-cache, private``.  TODAY 2024-07-10.
Theme "koksamran-v2" (Bootstrap 3, written by a local vendor), a top bar with TODAY's Thai date, a
marquee of the latest 5 titles, a Bootstrap navbar (RainLab.Pages static menu), a sidebar on every page
(search form, popular keywords, categories with counts, latest 5 posts, mini calendar, Facebook page plugin,
link banners, visitor counter) and a footer (address, office hours, "Powered by October CMS", backend login).

URL shapes (CMS pages of the theme)
* posts (gold): ``/blog/post/:slug`` (``blog-post.htm``).  Slugs are what the backend's slug preset left:
  its JavaScript transliteration map has no Thai, so Thai letters are dropped and the digits of the title
  remain (``1-2566``, ``2566``, ``19-4``); other editors typed ASCII slugs (``land-tax-2565``) or Thai slugs
  by hand (``ลอยกระทง-2565``).  Twig's ``|page`` filter writes the slug RAW into hrefs (Thai letters not
  encoded); the gold ``url`` is the percent-encoded form (upper-case hex) a browser sends.
* the same post through other routes (gold ``aliases``, 200, the same text):
  - ``/blog/post/<slug>/``: October's router drops the trailing slash (the home slider's hand-written
    hrefs end in ``/``);
  - ``/blog/category/<category slug>/<slug>`` (``blog-category-post.htm``, the theme's post page with a
    category breadcrumb): every category listing links its posts that way;
  - ``/index.php/blog/post/<slug>``: Laravel answers through the front controller; 3 bodies link other posts
    like that (copied from the browser before the rewrite rules were fixed).
  The SEO extension writes ``rel=canonical`` as ``url()->current()`` (the request URL without query and
  trailing slash), so the category and index.php copies name THEMSELVES canonical.
* an unknown slug under ``/blog/post/`` answers 200 with the empty post template ("ไม่พบข่าวที่ท่านต้องการ"):
  RainLab's post component sets ``post = null`` and the CMS page still renders (a soft-404; one body links
  a deleted post).  An unknown category ``/blog/category/<x>`` lists ALL posts (the component falls back to
  no category filter): 200 as well.
* lists: ``/blog`` (6 a page, ``?page=2..4``; Laravel's paginator links page 1 as ``?page=1``) and
  ``/blog/category/<slug>`` (+ ``?page=2``), Thai category slug ``สภาเทศบาล``, an empty category
  ``procurement`` (e-GP moved away) that the categories widget still shows ("displayEmpty").  List items:
  thumbnail, title, RainLab's untranslated "Posted in <cats> on Feb 16, 2023" (Twig ``date('M d, Y')``),
  the summary (``Html::limit(content_html, 600)``: short posts appear WHOLE), "อ่านต่อ".
  ``?page=N`` beyond the last page: an empty list with the pager.
* home ``/``: slider of the 3 latest posts (trailing-slash links, featured image captions), the latest 4 with
  summaries and ``15 ก.พ. 66`` dates, announcement titles, e-service banners.
* post page: breadcrumb, ``<h2 class="post-title">``, Thai BE date ``วันพฤหัสบดีที่ 16 กุมภาพันธ์ 2566``
  (a custom Twig filter), "โดย <backend user>", "อ่าน N ครั้ง", category links, featured images with their
  ``description`` under them, the body, an AddThis toolbox + Facebook/LINE/Twitter links, "« โพสต์ก่อนหน้า"
  (older) / "โพสต์ถัดไป »" (newer).  Bodies come in four editor styles: Markdown (the 1.0 default editor,
  plain ``<p>``), Froala rich editor (justified ``<p>`` with ``&nbsp;`` indents, ``fr-img-caption`` images
  with captions), Word paste (``MsoNormal`` spans, ``<p>&nbsp;</p>`` spacers) and a ``<div>`` with ``<br>``
  runs; PDF attachments from the media library (``/storage/app/media/...pdf``).
* RainLab.Pages static pages (non-articles, same layout, no date): ``/about/history``, ``/about/vision``,
  ``/about/executives``, ``/about/staff`` (บุคลากร tables), ``/contact`` (long text, map, AJAX form),
  ``/ita`` (O1..O12, PDFs; one PDF is gone: 404), ``/downloads``; ``/calendar`` and event pages
  ``/calendar/event/<id>``; ``/search`` (form).  ``/blog/rss`` (latest 10, ``application/rss+xml``),
  ``/sitemap.xml`` (RainLab.Sitemap configured for static pages and categories only, no posts).
  robots.txt disallows ``/backend`` (the login, linked from the footer).

Traps (``trap_patterns``; answered by ``dynamic``, made on request)
* ``TRAP_CALENDAR``: the calendar plugin's month pages ``/calendar/<yyyy>/<mm>`` for any year 1000-9999,
  each linking the previous and next month; the sidebar mini calendar on every page links two of them.
* ``TRAP_SEARCH``: ``/search?q=<words>[&page=N]`` (SiteSearch results) for any query; the theme adds
  "ค้นหาเพิ่มเติม" links that append a keyword to the query, growing forever.
* ``TRAP_SORT``: the sort bar of the lists writes ``{{ this.request.requestUri }}&sort=<order>``, so every
  sorted list links longer and longer URLs (``?sort=title+asc&sort=published_at+desc&sort=...``).

Gold: 19 posts 2022-06-14 .. 2024-06-28, oldest first.  Paragraphs: body text (link texts included, captions
and the title excluded).  Non-articles also list one calendar month and one search URL (they match traps).
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, EN_MONTHS, MONTHS, MONTHS_ABBR, http_date, local_dt, thai_long, thai_weekday
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "octobercms_site"
SITE = "เทศบาลตำบลโคกสำราญ"
PLACE = "อำเภอห้วยน้ำใส จังหวัดศรีนคร"
ADDRESS = "เลขที่ 188 หมู่ที่ 6 ถนนโคกสำราญ-ห้วยน้ำใส ตำบลโคกสำราญ อำเภอห้วยน้ำใส จังหวัดศรีนคร 47260"
PHONE = "0 4271 3358"
FAX = "0 4271 3359"
EMAIL = "saraban@koksamran.go.th"
FACEBOOK = "https://www.facebook.com/koksamran.go.th"
TODAY = date(2024, 7, 10)
PER_PAGE = 6
RSS_LIMIT = 10
THEME = "/themes/koksamran-v2"
COMBINED_CSS = "/combine/3f1d0e6a9b2c47d8e5a1b6c7d8e9f0a1-1652341882"
COMBINED_JS = "/combine/9a8b7c6d5e4f30211203f4e5d6c7b8a9-1652341882"
LOGO = THEME + "/assets/images/logo-koksamran.png"
BANNER = THEME + "/assets/images/banner-2567.jpg"
DEPLOYED = datetime(2022, 5, 12, 14, 51, 22, tzinfo=BANGKOK)

# Backend users (first_name last_name as the theme prints them).
USERS = ("งานประชาสัมพันธ์ สำนักปลัด", "admin", "กองสาธารณสุขฯ", "กองคลัง")
# Categories: (slug as stored, name, description); the last one is empty.
CATEGORIES = (
    ("news", "ข่าวประชาสัมพันธ์", "ข่าวสารและการประชาสัมพันธ์ของเทศบาล"),
    ("activities", "ข่าวกิจกรรม", "ภาพกิจกรรมและโครงการต่าง ๆ"),
    ("announcements", "ประกาศเทศบาล", "ประกาศ คำสั่ง และการแจ้งเตือน"),
    ("สภาเทศบาล", "งานสภาเทศบาล", "การประชุมสภาเทศบาลตำบลโคกสำราญ"),
    ("health", "ข่าวสาธารณสุข", "งานสาธารณสุขและสิ่งแวดล้อม"),
    ("jobs", "รับสมัครงาน", "ประกาศรับสมัครพนักงานจ้าง"),
    ("procurement", "ข่าวจัดซื้อจัดจ้าง", "ประกาศจัดซื้อจัดจ้าง (ย้ายไประบบ e-GP)"),
)
CAT_NAME = {slug: name for slug, name, _ in CATEGORIES}
POPULAR = ("ภาษีที่ดิน", "สภาเทศบาล", "รับสมัคร", "วัคซีน", "เบี้ยยังชีพ", "น้ำประปา")
MORE_WORDS = ("2567", "ประกาศ", "ผู้สูงอายุ", "โครงการ", "ตำบล", "ประชุม", "ขยะ", "กิจกรรม")


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def enc(path: str) -> str:
    """A raw-Thai path as the browser sends it (UTF-8 percent-encoding, upper-case hex)."""
    return quote(path, safe="/-._~")


# Stories.  "## n slug | yyyy-mm-dd hh:mm | cat,cat | user index | style | views"
# then T: title, E: editor excerpt (optional), F: featured image description (0..2),
# I: inline image caption (after the first paragraph; fr/word styles), then body lines.
# Body links: [text](post:<n>) -> /blog/post/<slug>, [text](idx:<n>) -> /index.php/blog/post/<slug>.
SPEC = """
## 1 19-4 | 2022-06-14 10:20 | news,health | 2 | md | 812
T: เทศบาลตำบลโคกสำราญร่วมกับ รพ.สต.บ้านโคก ฉีดวัคซีนป้องกันโควิด-19 เข็มที่ 4 ให้ประชาชน
F: ประชาชนลงทะเบียนรับวัคซีน ณ ห้องประชุมเทศบาล
เมื่อวันที่ 14 มิถุนายน 2565 เทศบาลตำบลโคกสำราญร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก เปิดหน่วยบริการฉีดวัคซีนป้องกันโรคโควิด-19 เข็มที่ 4 ณ ห้องประชุมเทศบาลตำบลโคกสำราญ ตั้งแต่เวลา 08.30 น. ถึง 15.00 น.
ในวันดังกล่าวมีประชาชนเดินทางมารับวัคซีนทั้งสิ้น 287 ราย ส่วนใหญ่เป็นผู้สูงอายุและผู้ป่วยโรคเรื้อรัง เทศบาลได้จัดรถรับส่งผู้สูงอายุจากหมู่ที่ 3 หมู่ที่ 8 และหมู่ที่ 11 ซึ่งอยู่ห่างจากสำนักงานมากที่สุด
อาสาสมัครสาธารณสุขประจำหมู่บ้านช่วยคัดกรองวัดความดันโลหิตก่อนฉีด และสังเกตอาการหลังฉีดวัคซีน 30 นาที ไม่พบผู้มีอาการไม่พึงประสงค์รุนแรง

## 2 land-tax-2565 | 2022-08-09 09:40 | announcements | 3 | fr | 1530
T: ประชาสัมพันธ์ขยายเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีภาษี 2565
กองคลัง เทศบาลตำบลโคกสำราญ ขอประชาสัมพันธ์ให้ผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้างทราบว่า กระทรวงมหาดไทยได้ขยายกำหนดเวลาการชำระภาษีประจำปีภาษี 2565 ออกไปจนถึงวันที่ 31 สิงหาคม 2565 โดยไม่ต้องเสียเบี้ยปรับและเงินเพิ่ม
ผู้เสียภาษีสามารถชำระได้ที่งานพัฒนาและจัดเก็บรายได้ กองคลัง ในวันและเวลาราชการ หรือชำระผ่านคิวอาร์โค้ดที่พิมพ์อยู่บนใบแจ้งการประเมินภาษี ทั้งนี้ขอให้เก็บหลักฐานการชำระเงินไว้ทุกครั้ง
สำหรับผู้ที่ไม่ได้รับใบแจ้งการประเมิน หรือเห็นว่าการประเมินไม่ถูกต้อง สามารถยื่นคำร้องขอให้พิจารณาการประเมินใหม่ได้ภายใน 30 วันนับแต่วันที่ได้รับแจ้งการประเมิน
[ดาวน์โหลดประกาศขยายเวลาชำระภาษี (PDF)](/storage/app/media/files/2565/land-tax-extend-2565.pdf)

## 3 ลอยกระทง-2565 | 2022-10-26 14:05 | activities | 0 | word | 964
T: ขอเชิญร่วมงานประเพณีลอยกระทง ประจำปี 2565 ณ สระหนองบัวสาธารณะ
F: บรรยากาศงานลอยกระทงปีที่ผ่านมา ณ สระหนองบัว
F: การประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ
เทศบาลตำบลโคกสำราญขอเชิญชวนพี่น้องประชาชนร่วมงานประเพณีลอยกระทง ประจำปี 2565 ในวันอังคารที่ 8 พฤศจิกายน 2565 ตั้งแต่เวลา 17.00 น. เป็นต้นไป ณ สระหนองบัวสาธารณะ หมู่ที่ 6
ภายในงานมีการประกวดกระทงประดิษฐ์ ประเภทความคิดสร้างสรรค์และประเภทวัสดุธรรมชาติ การประกวดนางนพมาศ ซุ้มอาหารจากกลุ่มแม่บ้าน และการแสดงหมอลำจากศิลปินในท้องถิ่น
เทศบาลขอความร่วมมืองดใช้กระทงโฟม งดจุดพลุ ประทัด และโคมลอยทุกชนิด เพื่อความปลอดภัยของประชาชนและลดปัญหาขยะในแหล่งน้ำ

## 4 newyear-2566 | 2022-12-20 11:15 | news | 0 | br | 455
T: เทศบาลตำบลโคกสำราญตั้งจุดบริการประชาชน ช่วงเทศกาลปีใหม่ 2566
นายประเสริฐ วงศ์ไพบูลย์ นายกเทศมนตรีตำบลโคกสำราญ มอบหมายให้งานป้องกันและบรรเทาสาธารณภัยร่วมกับสถานีตำรวจภูธรห้วยน้ำใส ตั้งจุดบริการประชาชนบริเวณสี่แยกบ้านโคก ระหว่างวันที่ 29 ธันวาคม 2565 ถึงวันที่ 4 มกราคม 2566
จุดบริการมีเจ้าหน้าที่ อปพร. ให้บริการน้ำดื่ม กาแฟ และจุดพักรถตลอด 24 ชั่วโมง พร้อมรถกู้ภัยและชุดปฐมพยาบาลเบื้องต้น
หากพบเหตุฉุกเฉินโปรดแจ้งสายด่วน 1669 หรือศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล โทร. 0 4271 3358 ต่อ 199

## 5 2566 | 2023-01-14 15:30 | activities | 1 | md | 688
T: งานวันเด็กแห่งชาติ ประจำปี 2566 เทศบาลตำบลโคกสำราญ
F: เด็ก ๆ ร่วมเล่นเกมและรับของรางวัลหน้าเวที
วันเสาร์ที่ 14 มกราคม 2566 เทศบาลตำบลโคกสำราญจัดงานวันเด็กแห่งชาติ ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองเข้าร่วมงานกว่า 900 คน
ภายในงานมีซุ้มเกมจากโรงเรียนและหน่วยงานในพื้นที่ การแสดงบนเวทีของเด็กศูนย์พัฒนาเด็กเล็กเทศบาล และการจับรางวัลของขวัญกว่า 400 รายการ ซึ่งได้รับการสนับสนุนจากผู้ประกอบการในตำบล
นายกเทศมนตรีได้มอบทุนการศึกษาแก่นักเรียนที่มีผลการเรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 15 ทุน ทุนละ 1,500 บาท และกล่าวขอบคุณผู้ปกครองที่ร่วมส่งเสริมพัฒนาการของเด็กในชุมชน

## 6 1-2566 | 2023-02-16 13:45 | สภาเทศบาล,news | 0 | fr | 377
T: การประชุมสภาเทศบาลตำบลโคกสำราญ สมัยสามัญ สมัยที่ 1 ประจำปี 2566
I: สมาชิกสภาเทศบาลร่วมพิจารณาญัตติในห้องประชุมสภา
วันพฤหัสบดีที่ 16 กุมภาพันธ์ 2566 เวลา 09.30 น. นายสมหมาย ดีพร้อม ประธานสภาเทศบาลตำบลโคกสำราญ เป็นประธานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 1 ประจำปี 2566 ณ ห้องประชุมสภาเทศบาล
ที่ประชุมได้พิจารณาญัตติขออนุมัติจ่ายขาดเงินสะสม เพื่อดำเนินโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโคก-หนองบัว หมู่ที่ 6 และโครงการขุดลอกลำห้วยน้ำใส หมู่ที่ 9 รวมเป็นเงิน 3,640,000 บาท
สมาชิกสภาได้อภิปรายถึงปัญหาน้ำท่วมขังในฤดูฝนและความจำเป็นเร่งด่วนของทั้งสองโครงการ ก่อนที่ประชุมจะมีมติเห็นชอบด้วยคะแนนเสียงเอกฉันท์
นอกจากนี้ ที่ประชุมยังได้รับทราบรายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่นในรอบปีงบประมาณ พ.ศ. 2565

## 7 job-2566-01 | 2023-03-29 10:00 | jobs,announcements | 1 | word | 2214
T: ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง จำนวน 4 อัตรา
เทศบาลตำบลโคกสำราญประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตั้งแต่วันที่ 3 ถึงวันที่ 12 เมษายน 2566 ในวันและเวลาราชการ ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล
ตำแหน่งที่รับสมัคร ได้แก่ ผู้ช่วยเจ้าพนักงานธุรการ 1 อัตรา ผู้ช่วยนายช่างโยธา 1 อัตรา และพนักงานขับรถยนต์ 2 อัตรา โดยผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ และมีคุณสมบัติตามที่กำหนดในประกาศ
ผู้สนใจสามารถดาวน์โหลดใบสมัครและรายละเอียดคุณสมบัติได้จากเอกสารแนบท้ายข่าวนี้ หรือสอบถามได้ที่หมายเลขโทรศัพท์ 0 4271 3358 ต่อ 102
[ประกาศรับสมัครพนักงานจ้าง ปี 2566 (PDF)](/storage/app/media/files/2566/job-2566-01.pdf)

## 8 สงกรานต์-รดน้ำดำหัวผู้สูงอายุ-2566 | 2023-04-12 16:20 | activities | 0 | fr | 1041
T: สืบสานประเพณีสงกรานต์ รดน้ำดำหัวขอพรผู้สูงอายุ ประจำปี 2566
I: คณะผู้บริหารรดน้ำขอพรผู้สูงอายุที่มีอายุครบ 90 ปีขึ้นไป
เทศบาลตำบลโคกสำราญจัดกิจกรรมสืบสานประเพณีสงกรานต์และรดน้ำดำหัวขอพรผู้สูงอายุ ประจำปี 2566 เมื่อวันที่ 12 เมษายน 2566 ณ ศาลาการเปรียญวัดโคกสำราญ มีผู้สูงอายุจากทั้ง 12 หมู่บ้านเข้าร่วมกว่า 400 คน
กิจกรรมเริ่มด้วยการสรงน้ำพระพุทธรูป จากนั้นคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาลได้รดน้ำขอพรจากผู้สูงอายุ พร้อมมอบผ้าขาวม้าและของที่ระลึก
ในช่วงบ่ายมีการประกวดผู้สูงอายุสุขภาพดี การละเล่นพื้นบ้าน และการแสดงรำวงย้อนยุคของชมรมผู้สูงอายุตำบลโคกสำราญ สร้างความสนุกสนานแก่ผู้ร่วมงานเป็นอย่างยิ่ง

## 9 dengue-2566 | 2023-06-07 09:10 | health | 2 | md | 590
T: รณรงค์ป้องกันโรคไข้เลือดออก ร่วมกันกำจัดลูกน้ำยุงลายในช่วงฤดูฝน
F: เจ้าหน้าที่ออกพ่นหมอกควันในชุมชนหมู่ที่ 4
กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลโคกสำราญ ร่วมกับ อสม. ทั้ง 12 หมู่บ้าน ออกรณรงค์สำรวจและกำจัดแหล่งเพาะพันธุ์ลูกน้ำยุงลายในบ้านเรือน วัด โรงเรียน และศูนย์พัฒนาเด็กเล็ก
เจ้าหน้าที่ได้แจกทรายกำจัดลูกน้ำและปลากินลูกน้ำให้แก่ครัวเรือน พร้อมพ่นหมอกควันในพื้นที่ที่พบผู้ป่วยสงสัยโรคไข้เลือดออก เพื่อตัดวงจรการแพร่ระบาด
ขอให้ประชาชนปฏิบัติตามมาตรการ 3 เก็บ ได้แก่ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด หากมีไข้สูงติดต่อกันเกิน 2 วัน ควรรีบไปพบแพทย์ทันที
"""
SPEC += """
## 10 3-2566 | 2023-08-03 14:30 | สภาเทศบาล | 0 | word | 296
T: สภาเทศบาลตำบลโคกสำราญ สมัยสามัญ สมัยที่ 3 ประจำปี 2566 พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปี 2567
วันที่ 3 สิงหาคม 2566 สภาเทศบาลตำบลโคกสำราญได้ประชุมสมัยสามัญ สมัยที่ 3 ประจำปี 2566 เพื่อพิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 วงเงินรวม 58,400,000 บาท
นายกเทศมนตรีได้ชี้แจงหลักการและเหตุผลของร่างเทศบัญญัติ โดยงบประมาณส่วนใหญ่จัดสรรให้แก่แผนงานการศึกษา แผนงานเคหะและชุมชน และแผนงานสร้างความเข้มแข็งของชุมชน
ที่ประชุมมีมติรับหลักการในวาระที่ 1 และตั้งคณะกรรมการแปรญัตติจำนวน 5 คน โดยกำหนดให้ยื่นคำแปรญัตติภายในวันที่ 10 สิงหาคม 2566
อ่านข่าวการประชุมสมัยที่ 1 ได้ที่ [การประชุมสภาเทศบาล สมัยที่ 1 ประจำปี 2566](idx:6)

## 11 ประชาคมตำบล-ทบทวนแผนพัฒนาท้องถิ่น | 2023-09-20 15:50 | news | 0 | br | 318
T: ประชุมประชาคมตำบลเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)
เทศบาลตำบลโคกสำราญจัดประชุมประชาคมตำบลเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ครั้งที่ 2 เมื่อวันที่ 20 กันยายน 2566 ณ หอประชุมเทศบาล มีผู้นำชุมชน ผู้แทนกลุ่มอาชีพ และประชาชนเข้าร่วม 186 คน
ผู้เข้าร่วมได้แบ่งกลุ่มตามยุทธศาสตร์การพัฒนา 6 ด้าน เพื่อเสนอปัญหาและความต้องการของแต่ละหมู่บ้าน โดยเฉพาะไฟฟ้าส่องสว่างทางสาธารณะ ประปาหมู่บ้าน และถนนเพื่อการเกษตร
คณะกรรมการพัฒนาเทศบาลจะนำข้อเสนอไปจัดลำดับความสำคัญ และเสนอร่างแผนพัฒนาท้องถิ่นฉบับเพิ่มเติมต่อสภาเทศบาลต่อไป

## 12 cdc-2567 | 2023-11-15 08:45 | announcements,news | 1 | fr | 733
T: ประกาศรับสมัครนักเรียนเข้าศูนย์พัฒนาเด็กเล็กเทศบาลตำบลโคกสำราญ ปีการศึกษา 2567
E: ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลโคกสำราญเปิดรับสมัครนักเรียน ปีการศึกษา 2567 ตั้งแต่ 1 ธันวาคม 2566 เป็นต้นไป
ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลโคกสำราญ เปิดรับสมัครนักเรียนประจำปีการศึกษา 2567 สำหรับเด็กที่เกิดระหว่างวันที่ 1 มกราคม 2564 ถึงวันที่ 31 ธันวาคม 2564 จำนวน 60 คน
ผู้ปกครองสามารถยื่นใบสมัครได้ตั้งแต่วันที่ 1 ธันวาคม 2566 ถึงวันที่ 29 กุมภาพันธ์ 2567 ณ ศูนย์พัฒนาเด็กเล็ก โดยใช้หลักฐานสำเนาสูติบัตร สำเนาทะเบียนบ้าน และสมุดบันทึกสุขภาพแม่และเด็ก
ศูนย์ฯ ไม่เก็บค่าธรรมเนียมการเรียน และจัดอาหารกลางวัน อาหารเสริมนม รวมถึงวัสดุการศึกษาให้เด็กทุกคนโดยไม่มีค่าใช้จ่าย
เด็กที่สมัครจะได้รับการตรวจพัฒนาการเบื้องต้นโดยครูผู้ดูแลเด็กร่วมกับเจ้าหน้าที่ รพ.สต.บ้านโคก ก่อนเปิดภาคเรียนในเดือนพฤษภาคม 2567

## 13 elderly-allowance-2568 | 2024-01-09 10:30 | announcements | 0 | md | 1893
T: ประชาสัมพันธ์การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2568
เทศบาลตำบลโคกสำราญขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2568 คือผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508 มาลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ
การลงทะเบียนเปิดรับตั้งแต่เดือนมกราคมถึงเดือนกันยายน 2567 ในวันและเวลาราชการ ณ งานพัฒนาชุมชน สำนักปลัดเทศบาล โดยนำบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารมาแสดง
ผู้ที่ย้ายภูมิลำเนาเข้ามาในตำบลโคกสำราญและเคยได้รับเบี้ยยังชีพจากท้องถิ่นเดิม ต้องมาลงทะเบียนใหม่ภายในเดือนพฤศจิกายนเพื่อไม่ให้การรับเงินขาดช่วง

## 14 land-tax-2567 | 2024-02-02 09:00 | announcements,news | 3 | word | 1205
T: แจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีภาษี 2567 ชำระได้ถึง 30 เมษายน 2567
กองคลัง เทศบาลตำบลโคกสำราญ ได้จัดส่งหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีภาษี 2567 ให้แก่เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลแล้ว ขอให้ผู้เสียภาษีชำระภาษีภายในวันที่ 30 เมษายน 2567
หากชำระภาษีเกินกำหนดจะต้องเสียเงินเพิ่มร้อยละ 1 ต่อเดือนของจำนวนภาษีที่ต้องชำระ และอาจถูกดำเนินการยึด อายัด และขายทอดตลาดทรัพย์สินตามกฎหมาย
ผู้เสียภาษีที่มีภาษีต้องชำระตั้งแต่ 3,000 บาทขึ้นไป สามารถขอผ่อนชำระได้ 3 งวด โดยยื่นคำร้องก่อนวันครบกำหนดชำระ ดูข้อมูลการขยายเวลาปีก่อนได้ที่ [ประกาศขยายเวลาชำระภาษี ปี 2565](idx:2)
[แบบคำร้องขอผ่อนชำระภาษีที่ดินและสิ่งปลูกสร้าง (PDF)](/storage/app/media/files/2567/land-tax-installment-form.pdf)

## 15 สภาเทศบาล-สมัยแรก-2567 | 2024-02-27 14:10 | สภาเทศบาล | 0 | fr | 264
T: สภาเทศบาลตำบลโคกสำราญประชุมสมัยสามัญ สมัยแรก ประจำปี 2567
I: นายกเทศมนตรีชี้แจงญัตติต่อที่ประชุมสภาเทศบาล
วันอังคารที่ 27 กุมภาพันธ์ 2567 สภาเทศบาลตำบลโคกสำราญได้ประชุมสมัยสามัญ สมัยแรก ประจำปี 2567 ณ ห้องประชุมสภาเทศบาล โดยมีนายสมหมาย ดีพร้อม ประธานสภาเทศบาล เป็นประธานการประชุม
ที่ประชุมพิจารณาร่างเทศบัญญัติตำบลโคกสำราญ เรื่อง การจัดการสิ่งปฏิกูลและมูลฝอย พ.ศ. 2567 และมีมติเห็นชอบในวาระที่ 3 เพื่อเสนอนายอำเภอห้วยน้ำใสพิจารณาต่อไป
สมาชิกสภาได้ตั้งกระทู้ถามเรื่องไฟฟ้าส่องสว่างชำรุดบนถนนสายบ้านโคก-หนองบัว ซึ่งนายกเทศมนตรีได้ชี้แจงว่ากองช่างได้จัดซื้อหลอดไฟแอลอีดีทดแทนแล้วและจะดำเนินการติดตั้งให้แล้วเสร็จภายในเดือนมีนาคม 2567

## 16 rabies-2567 | 2024-03-21 10:40 | health | 2 | fr | 507
T: ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าและทำหมันสุนัขและแมว ประจำปี 2567
I: เจ้าหน้าที่ปศุสัตว์ฉีดวัคซีนให้สุนัขในหมู่ที่ 2
กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลโคกสำราญ ร่วมกับสำนักงานปศุสัตว์อำเภอห้วยน้ำใส ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้แก่สุนัขและแมวฟรี ระหว่างวันที่ 18 ถึง 29 มีนาคม 2567 ครบทั้ง 12 หมู่บ้าน
ผลการดำเนินงานในสัปดาห์แรก มีสุนัขและแมวได้รับวัคซีนแล้ว 1,126 ตัว และมีผู้นำสัตว์เลี้ยงมารับบริการทำหมันจำนวน 74 ตัว
ขอให้เจ้าของสัตว์เลี้ยงนำสุนัขและแมวที่มีอายุ 2 เดือนขึ้นไปมารับวัคซีนตามวันเวลาที่กำหนดในแต่ละหมู่บ้าน ตารางการออกหน่วยดูได้จาก[ข่าวการออกหน่วยปีที่แล้ว](/blog/post/rabies-vaccine-2566)

## 17 fire-drill-2567 | 2024-05-15 13:25 | activities,news | 0 | md | 349
T: ฝึกอบรมการป้องกันและระงับอัคคีภัยเบื้องต้นให้แก่ประชาชนและพนักงานเทศบาล
F: อปพร. สาธิตการใช้ถังดับเพลิงชนิดผงเคมีแห้ง
F: ผู้เข้าอบรมฝึกดับไฟจากถังแก๊สหุงต้มรั่ว
งานป้องกันและบรรเทาสาธารณภัย เทศบาลตำบลโคกสำราญ จัดโครงการฝึกอบรมการป้องกันและระงับอัคคีภัยเบื้องต้น ประจำปี 2567 เมื่อวันที่ 15 พฤษภาคม 2567 ณ ลานอเนกประสงค์หน้าสำนักงานเทศบาล
ผู้เข้ารับการอบรมประกอบด้วยพนักงานเทศบาล ครูศูนย์พัฒนาเด็กเล็ก ผู้ประกอบการร้านค้า และอาสาสมัครจากทุกหมู่บ้าน รวม 120 คน
วิทยากรจากสถานีดับเพลิงห้วยน้ำใสได้บรรยายเรื่องสาเหตุของการเกิดเพลิงไหม้ในครัวเรือน วิธีการใช้ถังดับเพลิง และการอพยพหนีไฟ ก่อนให้ผู้เข้าอบรมได้ฝึกปฏิบัติจริง
นายกเทศมนตรีกล่าวว่า การฝึกอบรมนี้จะช่วยให้ประชาชนสามารถระงับเหตุเพลิงไหม้ในเบื้องต้นได้ก่อนที่รถดับเพลิงจะเดินทางมาถึง

## 18 ธนาคารขยะ-วันสิ่งแวดล้อมโลก-2567 | 2024-06-05 11:00 | activities | 2 | word | 421
T: วันสิ่งแวดล้อมโลก 2567 เปิดธนาคารขยะชุมชนบ้านโคกสำราญ
เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 เทศบาลตำบลโคกสำราญร่วมกับโรงเรียนบ้านโคกสำราญและกลุ่มอาสาสมัครพิทักษ์สิ่งแวดล้อม เปิดธนาคารขยะชุมชน ณ ศาลาประชาคมหมู่ที่ 6
ธนาคารขยะรับฝากขวดพลาสติก กระดาษ กระป๋องอะลูมิเนียม และเศษโลหะ ทุกวันพุธแรกของเดือน ยอดเงินจะบันทึกในสมุดบัญชีของสมาชิกและถอนได้เมื่อสิ้นปี
เทศบาลตั้งเป้าหมายลดปริมาณขยะที่ต้องนำไปกำจัดลงร้อยละ 20 ภายในสิ้นปี 2567 สอดคล้องกับมาตรการป้องกันโรคที่เคยรณรงค์ไว้ใน[ข่าวรณรงค์ป้องกันโรคไข้เลือดออก](idx:9)

## 19 water-2567-07 | 2024-06-28 16:40 | announcements | 0 | br | 188
T: ประกาศงดจ่ายน้ำประปาชั่วคราว วันที่ 2 กรกฎาคม 2567
กิจการประปาเทศบาลตำบลโคกสำราญขอแจ้งงดจ่ายน้ำประปาชั่วคราวในวันอังคารที่ 2 กรกฎาคม 2567 ตั้งแต่เวลา 09.00 น. ถึง 16.00 น. เนื่องจากต้องเปลี่ยนท่อเมนประปาที่ชำรุดบริเวณหน้าตลาดสดเทศบาล
พื้นที่ที่ได้รับผลกระทบ ได้แก่ หมู่ที่ 1 หมู่ที่ 5 และหมู่ที่ 6 ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า และขออภัยในความไม่สะดวกมา ณ โอกาสนี้
"""

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


@dataclass(frozen=True)
class Post:
    n: int
    slug: str
    day: str
    hm: str
    cats: tuple[str, ...]
    author: str
    style: str  # md | fr | word | br
    views: int
    title: str
    excerpt: str | None
    featured: tuple[str, ...]  # featured image descriptions
    inline_caption: str | None
    body: tuple[str, ...]

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def href(self) -> str:
        """As Twig's |page filter writes it: the slug raw."""
        return f"/blog/post/{self.slug}"

    @property
    def path(self) -> str:
        return enc(self.href)

    def cat_href(self, cat: str) -> str:
        return f"/blog/category/{cat}/{self.slug}"

    def upload(self, i: int) -> tuple[str, str]:
        """System file of a featured image: (full path, thumbnail path) under storage/app/uploads."""
        disk = _h(f"img:{self.n}:{i}", 23)
        folder = f"/storage/app/uploads/public/{disk[:3]}/{disk[3:6]}/{disk[6:9]}/"
        file_id = 200 + self.n * 3 + i
        return folder + disk + ".jpg", folder + f"thumb_{file_id}_360_240_0_0_crop.jpg"

    @property
    def media_image(self) -> str:
        return f"/storage/app/media/news/{self.d.year + 543}/{self.day.replace('-', '')}-{self.n:02d}.jpg"


def _parse(spec: str) -> tuple[Post, ...]:
    posts = []
    for block in spec.strip().split("\n## "):
        lines = [ln for ln in block.removeprefix("## ").strip().split("\n") if ln.strip()]
        head = [p.strip() for p in lines[0].split("|")]
        n, slug = head[0].split(" ", 1)
        day, hm = head[1].split()
        cats = tuple(head[2].split(","))
        author = USERS[int(head[3])]
        style, views = head[4], int(head[5])
        title, excerpt, inline_caption = "", None, None
        featured: list[str] = []
        body: list[str] = []
        for line in lines[1:]:
            if line.startswith("T: "):
                title = line[3:]
            elif line.startswith("E: "):
                excerpt = line[3:]
            elif line.startswith("F: "):
                featured.append(line[3:])
            elif line.startswith("I: "):
                inline_caption = line[3:]
            else:
                body.append(line)
        posts.append(
            Post(
                int(n),
                slug,
                day,
                hm,
                cats,
                author,
                style,
                views,
                title,
                excerpt,
                tuple(featured),
                inline_caption,
                tuple(body),
            )
        )
    return tuple(posts)


POSTS = _parse(SPEC)  # oldest first
NEWEST = tuple(reversed(POSTS))
BY_N = {p.n: p for p in POSTS}
BY_SLUG = {p.slug: p for p in POSTS}
DELETED_SLUG = "rabies-vaccine-2566"  # linked from post 16, deleted from the backend: a soft-404


def in_cat(cat: str) -> list[Post]:
    return [p for p in NEWEST if cat in p.cats]


def link_href(target: str) -> str:
    if target.startswith("post:"):
        return BY_N[int(target[5:])].href
    if target.startswith("idx:"):
        return "/index.php" + BY_N[int(target[4:])].href
    return target


def plain(line: str) -> str:
    return " ".join(LINK.sub(r"\1", line).split())


def inline(line: str) -> str:
    parts, last = [], 0
    for m in LINK.finditer(line):
        parts.append(esc(line[last : m.start()]))
        href = link_href(m.group(2))
        extra = ' target="_blank"' if href.endswith(".pdf") else ""
        parts.append(f'<a href="{attr(href)}"{extra}>{esc(m.group(1))}</a>')
        last = m.end()
    parts.append(esc(line[last:]))
    return "".join(parts)


def summary(p: Post, limit: int = 600) -> str:
    """RainLab's summary: the editor's excerpt, else Html::limit(content_html, 600) (text cut, '...')."""
    if p.excerpt:
        return p.excerpt
    text = " ".join(plain(line) for line in p.body)
    return text if len(text) <= limit else text[:limit].rstrip() + "..."


def thai_full(d: date) -> str:
    """The theme's |thaidate filter: 'วันพฤหัสบดีที่ 16 กุมภาพันธ์ 2566'."""
    return f"วัน{thai_weekday(d)}ที่ {thai_long(d)}"


def thai_short(d: date) -> str:
    """Home page dates: '16 ก.พ. 66'."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[2:]}"


def en_date(d: date) -> str:
    """Twig's date('M d, Y'), untranslated."""
    return f"{EN_MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year}"


def month_step(y: int, m: int, step: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + step
    return k // 12, k % 12 + 1


# -- RainLab.Pages static pages and calendar data ---------------------------------------------------
HISTORY = (
    "ตำบลโคกสำราญเดิมเป็นส่วนหนึ่งของตำบลห้วยน้ำใส ผู้เฒ่าผู้แก่เล่าสืบต่อกันมาว่า เมื่อประมาณ 150 ปีก่อน มีชาวบ้านกลุ่มหนึ่งอพยพมาจากริมฝั่งโขงเพื่อหาที่ทำกินแห่งใหม่ และได้พบโคกดินสูงที่มีต้นไม้ร่มรื่น มีหนองน้ำใสไหลซึมตลอดปี จึงตั้งบ้านเรือนอยู่อาศัยและเรียกขานบริเวณนั้นว่า “บ้านโคกสำราญ” ด้วยเห็นว่าเป็นที่อยู่อาศัยที่ร่มเย็นเป็นสุข",
    "ต่อมาเมื่อชุมชนขยายตัวมากขึ้น ทางราชการจึงได้แยกพื้นที่ออกจากตำบลห้วยน้ำใสตั้งเป็นตำบลโคกสำราญในปี พ.ศ. 2517 และได้รับการจัดตั้งเป็นสภาตำบลโคกสำราญ ก่อนจะยกฐานะเป็นองค์การบริหารส่วนตำบลโคกสำราญในปี พ.ศ. 2539 ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537",
    "กระทรวงมหาดไทยได้ประกาศเปลี่ยนแปลงฐานะองค์การบริหารส่วนตำบลโคกสำราญเป็นเทศบาลตำบลโคกสำราญ เมื่อวันที่ 12 ตุลาคม 2555 เนื่องจากมีรายได้และจำนวนประชากรเพียงพอตามหลักเกณฑ์ โดยมีพื้นที่รับผิดชอบทั้งสิ้น 48.7 ตารางกิโลเมตร ครอบคลุม 12 หมู่บ้าน",
    "สภาพพื้นที่โดยทั่วไปเป็นที่ราบสูงสลับกับที่ลุ่ม มีลำห้วยน้ำใสไหลผ่านทางทิศตะวันออก ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อย มันสำปะหลัง และเลี้ยงโคเนื้อ มีประชากรตามทะเบียนราษฎรประมาณ 11,240 คน 3,615 ครัวเรือน",
    "ตราสัญลักษณ์ของเทศบาลเป็นรูปโคกดินมีต้นตาลสามต้น ด้านล่างเป็นหนองน้ำและรวงข้าว หมายถึงความอุดมสมบูรณ์ของผืนดินและแหล่งน้ำ และความร่มเย็นเป็นสุขของประชาชนชาวโคกสำราญ",
)
VISION = "“โคกสำราญน่าอยู่ เศรษฐกิจพอเพียง ชุมชนเข้มแข็ง บริการด้วยใจ ก้าวไกลด้วยธรรมาภิบาล”"
MISSIONS = (
    "พัฒนาโครงสร้างพื้นฐาน ถนน ไฟฟ้า ประปา และแหล่งน้ำเพื่อการเกษตรให้ทั่วถึงและได้มาตรฐาน",
    "ส่งเสริมการศึกษา ศาสนา ศิลปวัฒนธรรม และภูมิปัญญาท้องถิ่น",
    "ส่งเสริมสุขภาพอนามัยของประชาชน และจัดสวัสดิการสังคมแก่ผู้สูงอายุ ผู้พิการ และผู้ด้อยโอกาส",
    "ส่งเสริมอาชีพและรายได้ตามแนวทางปรัชญาของเศรษฐกิจพอเพียง",
    "บริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อมอย่างยั่งยืน",
    "พัฒนาการบริหารงานของเทศบาลให้มีประสิทธิภาพ โปร่งใส และประชาชนมีส่วนร่วม",
)
EXECUTIVES = (
    ("นายประเสริฐ วงศ์ไพบูลย์", "นายกเทศมนตรีตำบลโคกสำราญ", "08 1960 2245"),
    ("นายทวีศักดิ์ ภูมิสำราญ", "รองนายกเทศมนตรี", "08 9571 3320"),
    ("นางสุภาวดี แสนทวี", "รองนายกเทศมนตรี", "09 2846 1177"),
    ("นายวิชัย คำบุญเรือง", "เลขานุการนายกเทศมนตรี", "-"),
    ("นายสมหมาย ดีพร้อม", "ประธานสภาเทศบาล", "08 7212 4409"),
)
STAFF = (
    (
        "สำนักปลัดเทศบาล",
        (
            ("นางวันเพ็ญ ศรีสมบูรณ์", "ปลัดเทศบาล"),
            ("นายอนุชา พรหมสุวรรณ", "รองปลัดเทศบาล"),
            ("นางสาวจิราพร ทองสุข", "หัวหน้าสำนักปลัดเทศบาล"),
            ("นายณัฐพล แก้วมณี", "นักทรัพยากรบุคคลชำนาญการ"),
            ("นางสาวศิริรัตน์ บุญยืน", "นักประชาสัมพันธ์ปฏิบัติการ"),
        ),
    ),
    (
        "กองคลัง",
        (
            ("นางรัชนี อินทร์แก้ว", "ผู้อำนวยการกองคลัง"),
            ("นางสาวพรทิพย์ ศรีวงศ์", "นักวิชาการเงินและบัญชีชำนาญการ"),
            ("นายกิตติพงษ์ มาลัย", "เจ้าพนักงานจัดเก็บรายได้ชำนาญงาน"),
        ),
    ),
    (
        "กองช่าง",
        (
            ("นายสุรเชษฐ์ ทองคำ", "ผู้อำนวยการกองช่าง"),
            ("นายปิยะ วงศ์สุวรรณ", "นายช่างโยธาชำนาญงาน"),
        ),
    ),
    (
        "กองสาธารณสุขและสิ่งแวดล้อม",
        (
            ("นางสาวอรอุมา ชัยมงคล", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม"),
            ("นายธนากร พิมพ์ทอง", "นักวิชาการสุขาภิบาลปฏิบัติการ"),
        ),
    ),
)
CONTACT = (
    "สำนักงานเทศบาลตำบลโคกสำราญตั้งอยู่ริมถนนโคกสำราญ-ห้วยน้ำใส ห่างจากที่ว่าการอำเภอห้วยน้ำใสประมาณ 9 กิโลเมตร ผู้ที่เดินทางจากตัวจังหวัดให้ใช้ทางหลวงหมายเลข 2187 มุ่งหน้าอำเภอห้วยน้ำใส เมื่อถึงสี่แยกบ้านโคกให้เลี้ยวขวาประมาณ 600 เมตร สำนักงานเทศบาลอยู่ทางซ้ายมือ ตรงข้ามตลาดสดเทศบาล",
    "เทศบาลเปิดให้บริการในวันจันทร์ถึงวันศุกร์ ตั้งแต่เวลา 08.30 น. ถึง 16.30 น. ไม่เว้นช่วงพักกลางวัน สำหรับงานทะเบียนพาณิชย์ การชำระภาษี และการยื่นขออนุญาตก่อสร้าง ขอให้ยื่นเอกสารก่อนเวลา 15.30 น. เพื่อให้เจ้าหน้าที่ตรวจสอบได้ทันภายในวันเดียวกัน",
    "ประชาชนสามารถแจ้งเรื่องร้องเรียน ร้องทุกข์ หรือเสนอความคิดเห็นได้หลายช่องทาง ได้แก่ ยื่นด้วยตนเองที่ศูนย์รับเรื่องร้องเรียนชั้นหนึ่งของสำนักงาน ทางโทรศัพท์ ทางไปรษณีย์ ทางเฟซบุ๊กของเทศบาล หรือผ่านแบบฟอร์มด้านล่างนี้ เรื่องร้องเรียนทุกเรื่องจะได้รับการตอบรับภายใน 3 วันทำการ และแจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วัน",
    "กรณีร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ผู้ร้องสามารถส่งเรื่องโดยตรงถึงนายกเทศมนตรีได้ทางไปรษณีย์ในซองปิดผนึกระบุว่า “ลับเฉพาะ” เทศบาลจะเก็บรักษาข้อมูลของผู้ร้องเป็นความลับตามระเบียบว่าด้วยการคุ้มครองข้อมูลส่วนบุคคล",
)
CONTACT_PHONES = (
    ("สำนักปลัดเทศบาล", "ต่อ 101, 102"),
    ("กองคลัง (ภาษี ค่าน้ำประปา)", "ต่อ 111"),
    ("กองช่าง (ขออนุญาตก่อสร้าง)", "ต่อ 121"),
    ("กองสาธารณสุขและสิ่งแวดล้อม", "ต่อ 131"),
    ("งานป้องกันและบรรเทาสาธารณภัย (ตลอด 24 ชั่วโมง)", "ต่อ 199"),
)
# ITA 2567: (code, title, href).  O7's PDF was deleted from the media library (a 404).
ITA = (
    ("O1", "โครงสร้างหน่วยงาน", "/storage/app/media/ita/2567/O1.pdf"),
    ("O2", "ข้อมูลผู้บริหาร", "/about/executives"),
    ("O3", "อำนาจหน้าที่", "/storage/app/media/ita/2567/O3.pdf"),
    ("O4", "แผนพัฒนาท้องถิ่น", "/storage/app/media/ita/2567/O4.pdf"),
    ("O5", "กฎหมายที่เกี่ยวข้อง", "/downloads"),
    ("O6", "ข่าวประชาสัมพันธ์", "/blog/category/news"),
    ("O7", "แผนการดำเนินงานประจำปี", "/storage/app/media/ita/2567/O7.pdf"),
    ("O8", "ช่องทางการติดต่อ", "/contact"),
    ("O9", "Q&amp;A / Facebook", FACEBOOK),
    ("O10", "แผนการจัดซื้อจัดจ้าง", "/storage/app/media/ita/2567/O10.pdf"),
    ("O11", "รายงานผลการใช้จ่ายงบประมาณ", "/storage/app/media/ita/2567/O11.pdf"),
    ("O12", "นโยบายบริหารทรัพยากรบุคคล", "/storage/app/media/ita/2567/O12.pdf"),
)
ITA_GONE = "/storage/app/media/ita/2567/O7.pdf"
DOWNLOADS = (
    ("แบบคำร้องทั่วไป", "/storage/app/media/files/forms/general-request.pdf"),
    ("แบบขออนุญาตก่อสร้างอาคาร (ข.1)", "/storage/app/media/files/forms/building-permit-k1.pdf"),
    ("แบบคำขอรับเบี้ยยังชีพผู้สูงอายุ", "/storage/app/media/files/forms/elderly-allowance.pdf"),
    ("เทศบัญญัติงบประมาณรายจ่าย ประจำปี 2567", "/storage/app/media/files/2567/budget-2567.pdf"),
)
# Calendar plugin events: (id, day, time, title, place).
EVENTS = (
    (11, "2024-05-15", "09.00 น.", "ฝึกอบรมป้องกันและระงับอัคคีภัย", "ลานอเนกประสงค์หน้าสำนักงานเทศบาล"),
    (12, "2024-06-05", "08.30 น.", "กิจกรรมวันสิ่งแวดล้อมโลก", "ศาลาประชาคมหมู่ที่ 6"),
    (13, "2024-07-03", "09.00 น.", "ธนาคารขยะชุมชน รับฝากขยะประจำเดือน", "ศาลาประชาคมหมู่ที่ 6"),
    (14, "2024-07-19", "07.30 น.", "แห่เทียนเข้าพรรษา ประจำปี 2567", "วัดโคกสำราญ"),
    (15, "2024-07-26", "09.00-15.00 น.", "รับชำระภาษีนอกสถานที่ หมู่ที่ 11", "ศาลาประชาคมหมู่ที่ 11"),
    (16, "2024-08-09", "08.00 น.", "กิจกรรมวันแม่แห่งชาติ", "หอประชุมเทศบาล"),
)


class _October:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.site.url(path)

    # -- responses -------------------------------------------------------------------------------------
    @staticmethod
    def page(text: str, seed: str, status: int = 200) -> Response:
        """A CMS page as October sends it: no Last-Modified, a fresh session cookie."""
        expires = datetime(TODAY.year, TODAY.month, TODAY.day, 5, 12, 40, tzinfo=BANGKOK) + timedelta(hours=2)
        cookie = f"october_session=eyJpdiI6I{_h('s:' + seed, 40)}%3D%3D; expires={http_date(expires)}; Max-Age=7200; path=/; httponly"
        headers = (
            ("Content-Type", "text/html; charset=UTF-8"),
            ("Cache-Control", "no-cache, private"),
            ("X-Powered-By", "PHP/7.4.3"),
            ("Set-Cookie", cookie),
        )
        return Response(status, headers, text.encode("utf-8"))

    def add_page(self, path: str, text: str, listed: bool = True) -> None:
        self.site.add(path, self.page(text, path))
        if listed:
            self.non_articles.append(self.u(path))

    # -- layout ----------------------------------------------------------------------------------------
    def head(self, title: str, description: str, canonical: str | None = None, og: str = "") -> str:
        canon = f'\n    <link rel="canonical" href="{attr(self.u(canonical))}" />' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{esc(title)}</title>
    <meta name="description" content="{attr(description)}">
    <meta name="keywords" content="เทศบาลตำบลโคกสำราญ, โคกสำราญ, ห้วยน้ำใส, ศรีนคร">
    <meta name="author" content="{attr(SITE)}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="csrf-token" content="{_h("csrf:" + title, 40)}">{canon}
    <meta property="og:site_name" content="{attr(SITE)}" />
    <meta property="og:title" content="{attr(title)}" />{og}
    <link rel="icon" type="image/png" href="{THEME}/assets/images/favicon.png">
    <link href="https://fonts.googleapis.com/css?family=Sarabun:300,400,700&amp;subset=thai" rel="stylesheet">
    <link href="{THEME}/assets/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
    <link href="{THEME}/assets/vendor/font-awesome/css/font-awesome.min.css" rel="stylesheet">
    <link href="{COMBINED_CSS}" rel="stylesheet">
    <link href="/modules/system/assets/css/framework.extras-min.css" rel="stylesheet">
    <link rel="alternate" type="application/rss+xml" title="ข่าวสาร {attr(SITE)}" href="{self.u("/blog/rss")}" />
    <!--[if lt IE 9]><script src="https://oss.maxcdn.com/html5shiv/3.7.3/html5shiv.min.js"></script><![endif]-->
</head>
"""

    def top(self) -> str:
        items = "".join(
            f'<a href="{attr(p.href)}" style="color:#fff;">&#9679; {esc(p.title)}</a>&nbsp;&nbsp;&nbsp;&nbsp;'
            for p in NEWEST[:5]
        )
        return f"""<div id="top-bar" style="background:#0d4f8b;color:#fff;font-size:13px;padding:4px 0;">
    <div class="container">
        <span class="pull-left"><i class="fa fa-calendar-o"></i> {thai_full(TODAY)}</span>
        <span class="pull-right"><a href="{FACEBOOK}" target="_blank" style="color:#fff"><i class="fa fa-facebook-square"></i></a> &nbsp; <a href="tel:042713358" style="color:#fff"><i class="fa fa-phone"></i> {PHONE}</a> &nbsp; <a href="/contact" style="color:#fff">ติดต่อเรา</a></span>
        <div class="clearfix"></div>
    </div>
</div>
<header id="layout-header">
    <div class="container">
        <a href="/"><img src="{LOGO}" alt="{attr(SITE)}" style="height:90px;float:left;margin:10px 15px 10px 0;"></a>
        <div class="site-name" style="padding-top:22px;"><span style="font-size:30px;font-weight:bold;color:#0d4f8b;">{esc(SITE)}</span><br><span style="font-size:17px;color:#555">{esc(PLACE)}</span></div>
    </div>
</header>
{self.nav()}
<div class="news-marquee" style="background:#fff7d6;border-bottom:1px solid #e8d9a0;padding:5px 0;">
    <div class="container"><b style="color:#c00;float:left;margin-right:8px;">ข่าวล่าสุด :</b>
        <marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">{items}</marquee>
    </div>
</div>"""

    @staticmethod
    def nav() -> str:
        cats = "\n".join(
            f'                        <li><a href="/blog/category/{attr(slug)}">{esc(name)}</a></li>'
            for slug, name, _ in CATEGORIES[:6]
        )
        return f"""<nav class="navbar navbar-default navbar-koksamran" role="navigation" style="margin-bottom:0;border-radius:0;">
    <div class="container">
        <div class="navbar-header">
            <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-main-collapse"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
        </div>
        <div class="collapse navbar-collapse navbar-main-collapse">
            <ul class="nav navbar-nav">
                <li><a href="/"><i class="fa fa-home"></i> หน้าแรก</a></li>
                <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">เกี่ยวกับเทศบาล <b class="caret"></b></a>
                    <ul class="dropdown-menu">
                        <li><a href="/about/history">ประวัติความเป็นมา</a></li>
                        <li><a href="/about/vision">วิสัยทัศน์ / พันธกิจ</a></li>
                        <li><a href="/about/executives">คณะผู้บริหาร</a></li>
                        <li><a href="/about/staff">บุคลากร</a></li>
                    </ul>
                </li>
                <li class="dropdown"><a href="/blog" class="dropdown-toggle" data-toggle="dropdown">ข่าวสาร <b class="caret"></b></a>
                    <ul class="dropdown-menu">
                        <li><a href="/blog">ข่าวทั้งหมด</a></li>
{cats}
                    </ul>
                </li>
                <li><a href="/ita">ITA</a></li>
                <li><a href="/downloads">ดาวน์โหลดเอกสาร</a></li>
                <li><a href="/calendar">ปฏิทินกิจกรรม</a></li>
                <li><a href="/contact">ติดต่อเรา</a></li>
            </ul>
        </div>
    </div>
</nav>"""

    @staticmethod
    def mini_calendar(y: int = TODAY.year, m: int = TODAY.month) -> str:
        py, pm = month_step(y, m, -1)
        ny, nm = month_step(y, m, 1)
        by_day = {int(e[1][8:]): e for e in EVENTS if e[1][:7] == f"{y:04d}-{m:02d}"}
        prev_link = f'<a href="/calendar/{py}/{pm:02d}" class="pull-left">&laquo;</a>' if py >= YEARS[0] else ""
        next_link = f'<a href="/calendar/{ny}/{nm:02d}" class="pull-right">&raquo;</a>' if ny <= YEARS[1] else ""
        rows = []
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(y, m):
            cells = []
            for day in week:
                if not day:
                    cells.append("<td></td>")
                elif day in by_day:
                    e = by_day[day]
                    cells.append(
                        f'<td class="has-event"><a href="/calendar/event/{e[0]}" title="{attr(e[3])}">{day}</a></td>'
                    )
                elif date(y, m, day) == TODAY:
                    cells.append(f'<td class="today" style="background:#ffe08a">{day}</td>')
                else:
                    cells.append(f"<td>{day}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return f"""<table class="mini-calendar table table-condensed" style="font-size:12px;text-align:center">
                <caption style="text-align:center">{prev_link} {MONTHS[m - 1]} {y + 543} {next_link}</caption>
                <tr><th>อา</th><th>จ</th><th>อ</th><th>พ</th><th>พฤ</th><th>ศ</th><th>ส</th></tr>
                {"".join(rows)}
            </table>"""

    def sidebar(self) -> str:
        cats = "\n".join(
            f'                <li><a href="/blog/category/{attr(slug)}">{esc(name)}</a> <span class="badge">{len(in_cat(slug))}</span></li>'
            for slug, name, _ in CATEGORIES
        )
        latest = "\n".join(
            f'                <li><a href="{attr(p.href)}">{esc(p.title)}</a><br><small class="text-muted">{thai_short(p.d)}</small></li>'
            for p in NEWEST[:5]
        )
        words = " ".join(
            f'<a href="/search?q={quote_plus(w)}" class="label label-default" style="display:inline-block;margin:2px;">{esc(w)}</a>'
            for w in POPULAR
        )
        return f"""<div class="col-md-4 col-sm-4 sidebar">
        <div class="widget widget-search">
            <form action="/search" method="get" class="form-inline"><div class="input-group"><input type="text" name="q" class="form-control" placeholder="ค้นหาข่าว..."><span class="input-group-btn"><button class="btn btn-primary" type="submit"><i class="fa fa-search"></i></button></span></div></form>
            <div style="margin-top:6px;font-size:12px">คำค้นยอดนิยม: {words}</div>
        </div>
        <div class="widget">
            <h4 class="widget-title" style="background:#0d4f8b;color:#fff;padding:6px 10px;">หมวดหมู่ข่าว</h4>
            <ul class="list-unstyled category-list">
{cats}
            </ul>
        </div>
        <div class="widget">
            <h4 class="widget-title" style="background:#0d4f8b;color:#fff;padding:6px 10px;">ข่าวล่าสุด</h4>
            <ul class="list-unstyled latest-posts">
{latest}
            </ul>
        </div>
        <div class="widget widget-calendar">
            <h4 class="widget-title" style="background:#0d4f8b;color:#fff;padding:6px 10px;">ปฏิทินกิจกรรม</h4>
            {self.mini_calendar()}
            <a href="/calendar" style="font-size:12px">ดูปฏิทินทั้งหมด &raquo;</a>
        </div>
        <div class="widget widget-facebook">
            <div class="fb-page" data-href="{FACEBOOK}" data-tabs="timeline" data-width="340" data-height="420" data-small-header="false" data-adapt-container-width="true" data-hide-cover="false" data-show-facepile="true"><blockquote cite="{FACEBOOK}" class="fb-xfbml-parse-ignore"><a href="{FACEBOOK}">{esc(SITE)}</a></blockquote></div>
        </div>
        <div class="widget widget-links">
            <a href="https://www.dla.go.th/" target="_blank"><img src="{THEME}/assets/images/link-dla.jpg" class="img-responsive" alt="กรมส่งเสริมการปกครองท้องถิ่น" style="margin-bottom:5px"></a>
            <a href="http://www.gprocurement.go.th/" target="_blank"><img src="{THEME}/assets/images/link-egp.jpg" class="img-responsive" alt="ระบบจัดซื้อจัดจ้างภาครัฐ e-GP" style="margin-bottom:5px"></a>
            <a href="https://itas.nacc.go.th/" target="_blank"><img src="{THEME}/assets/images/link-ita.jpg" class="img-responsive" alt="ITA"></a>
        </div>
        <div class="widget widget-counter" style="font-size:13px">
            <h4 class="widget-title" style="background:#0d4f8b;color:#fff;padding:6px 10px;">สถิติผู้เข้าชม</h4>
            <table class="table table-condensed"><tr><td>วันนี้</td><td align="right">127</td></tr><tr><td>เมื่อวาน</td><td align="right">311</td></tr><tr><td>เดือนนี้</td><td align="right">2,904</td></tr><tr><td>ทั้งหมด</td><td align="right">486,215</td></tr></table>
            <small>เริ่มนับ 1 ตุลาคม 2558</small>
        </div>
    </div>"""

    def frame(self, head: str, main: str, body_class: str = "page") -> str:
        return f"""{head}<body class="{body_class}">
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/th_TH/sdk.js#xfbml=1&version=v12.0"></script>
{self.top()}
<section id="layout-content" style="padding-top:20px;">
<div class="container">
<div class="row">
    <div class="col-md-8 col-sm-8 main-content">
{main}
    </div>
    {self.sidebar()}
</div>
</div>
</section>
<footer id="layout-footer" style="background:#222;color:#ccc;padding:25px 0 10px;margin-top:30px;font-size:13px;">
    <div class="container">
        <div class="row">
            <div class="col-md-6"><b style="color:#fff">{esc(SITE)}</b><br>{esc(ADDRESS)}<br>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}" style="color:#ccc">{EMAIL}</a></div>
            <div class="col-md-3">เวลาทำการ<br>จันทร์ - ศุกร์ 08.30 - 16.30 น.<br>(เว้นวันหยุดราชการ)</div>
            <div class="col-md-3"><a href="/sitemap.xml" style="color:#ccc">แผนผังเว็บไซต์</a><br><a href="/backend" style="color:#ccc" rel="nofollow">เข้าสู่ระบบ</a><br><a href="https://www.facebook.com/koksamran.go.th" style="color:#ccc" target="_blank">Facebook</a></div>
        </div>
        <hr style="border-color:#444">
        <p class="text-center" style="margin:0">&copy; 2565 {esc(SITE)} สงวนลิขสิทธิ์ | Powered by <a href="https://octobercms.com" target="_blank" style="color:#ccc">October CMS</a> | ออกแบบโดย ศรีนครเว็บดีไซน์</p>
    </div>
</footer>
<script src="{THEME}/assets/vendor/jquery.min.js"></script>
<script src="{THEME}/assets/vendor/bootstrap/js/bootstrap.min.js"></script>
<script src="/modules/system/assets/js/framework.combined-min.js"></script>
<script src="{COMBINED_JS}"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-98765432-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-98765432-1');</script>
</body>
</html>
"""

    # -- post ------------------------------------------------------------------------------------------
    @staticmethod
    def froala_image(p: Post) -> str:
        return f'<p style="text-align: center;"><span class="fr-img-caption fr-fic fr-dib" style="width: 640px;"><span class="fr-img-wrap"><img src="{p.media_image}" alt="" data-result="success"><span class="fr-inner">{esc(p.inline_caption or "")}</span></span></span></p>'

    def body(self, p: Post) -> str:
        out: list[str] = []
        if p.style == "md":
            return "\n\n".join(f"<p>{inline(line)}</p>" for line in p.body)
        if p.style == "br":
            runs = "<br>\n<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp; " + inline(line) for line in p.body)
            return f'<div style="text-align: justify; font-size: 16px;">{runs}<br>\n</div>'
        for i, line in enumerate(p.body):
            if p.style == "fr":
                out.append(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp;{inline(line)}</p>')
            else:  # word paste
                out.append(
                    f'<p class="MsoNormal" style="text-indent:36.0pt;line-height:normal"><span lang="TH" style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif">{inline(line)}<o:p></o:p></span></p>'
                )
                out.append('<p class="MsoNormal"><span style="font-size:16.0pt">&nbsp;</span></p>')
            if i == 0 and p.inline_caption:
                out.append(self.froala_image(p))
        if p.style == "fr":
            out.append("<p><br></p>")
        return "\n".join(out)

    def featured(self, p: Post) -> str:
        items = []
        for i, desc in enumerate(p.featured):
            full, _thumb = p.upload(i)
            items.append(
                f'<div class="featured-image" style="margin-bottom:12px;"><a href="{full}" data-lightbox="post-{p.n}"><img src="{full}" class="img-responsive img-thumbnail" alt="{attr(p.title)}"></a>\n'
                f'    <div class="img-description" style="font-size:13px;color:#666;font-style:italic;padding:4px 0;">{esc(desc)}</div></div>'
            )
        return '<div class="featured-images">\n' + "\n".join(items) + "\n</div>" if items else ""

    def share(self, p: Post) -> str:
        url = quote_plus(self.u(p.path))
        return f"""<div class="post-share" style="margin:20px 0;padding:10px 0;border-top:1px dashed #ccc;border-bottom:1px dashed #ccc;">
            <span style="font-weight:bold;">แชร์ข่าวนี้ :</span>
            <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" class="btn btn-primary btn-xs"><i class="fa fa-facebook"></i> Facebook</a>
            <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" class="btn btn-success btn-xs">LINE</a>
            <a href="https://twitter.com/intent/tweet?url={url}&amp;text={quote_plus(p.title)}" target="_blank" class="btn btn-info btn-xs"><i class="fa fa-twitter"></i> Twitter</a>
            <a href="javascript:window.print();" class="btn btn-default btn-xs"><i class="fa fa-print"></i> พิมพ์</a>
            <div class="addthis_inline_share_toolbox" style="display:inline-block;vertical-align:middle"></div>
        </div>
        <script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5b1f0c9d2e3a4b5c"></script>"""

    def post_page(self, p: Post, canonical: str, crumb_cat: str | None = None) -> str:
        i = POSTS.index(p)
        older = POSTS[i - 1] if i > 0 else None
        newer = POSTS[i + 1] if i + 1 < len(POSTS) else None
        cat = crumb_cat or p.cats[0]
        cats = ", ".join(f'<a href="/blog/category/{attr(c)}">{esc(CAT_NAME[c])}</a>' for c in p.cats)
        nav = ['<div class="row post-nav" style="margin-top:15px;">']
        nav.append(
            f'<div class="col-xs-6"><a href="{attr(older.href)}" title="{attr(older.title)}">&laquo; โพสต์ก่อนหน้า</a><br><small>{esc(older.title)}</small></div>'
            if older
            else '<div class="col-xs-6"></div>'
        )
        if newer:
            nav.append(
                f'<div class="col-xs-6 text-right"><a href="{attr(newer.href)}" title="{attr(newer.title)}">โพสต์ถัดไป &raquo;</a><br><small>{esc(newer.title)}</small></div>'
            )
        nav.append("</div>")
        main = f"""        <ol class="breadcrumb">
            <li><a href="/">หน้าแรก</a></li>
            <li><a href="/blog">ข่าวสาร</a></li>
            <li><a href="/blog/category/{attr(cat)}">{esc(CAT_NAME[cat])}</a></li>
            <li class="active">{esc(p.title[:60])}{"..." if len(p.title) > 60 else ""}</li>
        </ol>
        <div class="post-detail">
            <h2 class="post-title" style="color:#0d4f8b;line-height:1.5;">{esc(p.title)}</h2>
            <div class="post-meta" style="color:#888;font-size:13px;margin-bottom:15px;">
                <i class="fa fa-calendar"></i> {thai_full(p.d)} &nbsp;|&nbsp; <i class="fa fa-user"></i> โดย {esc(p.author)} &nbsp;|&nbsp; <i class="fa fa-eye"></i> อ่าน {p.views:,} ครั้ง
            </div>
            {self.featured(p)}
            <div class="post-content" style="font-size:16px;line-height:1.8;">
{self.body(p)}
            </div>
            <p class="post-categories" style="font-size:13px;">หมวดหมู่: {cats}</p>
            {self.share(p)}
            {"".join(nav)}
        </div>"""
        og = (
            f'\n    <meta property="og:type" content="article" />\n    <meta property="og:url" content="{attr(self.u(canonical))}" />'
            f'\n    <meta property="article:published_time" content="{p.dt.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00" />'
        )
        if p.featured:
            og += f'\n    <meta property="og:image" content="{attr(self.u(p.upload(0)[0]))}" />'
        desc = summary(p, 150)
        return self.frame(self.head(f"{p.title} | {SITE}", desc, canonical, og), main, "page-blog-post")

    # -- lists -----------------------------------------------------------------------------------------
    def list_item(self, p: Post, href: str) -> str:
        thumb = (
            f'<a href="{attr(href)}"><img src="{p.upload(0)[1]}" class="img-thumbnail pull-left" style="width:180px;margin:0 15px 10px 0;" alt="{attr(p.title)}"></a>'
            if p.featured
            else f'<a href="{attr(href)}"><img src="{THEME}/assets/images/no-image.jpg" class="img-thumbnail pull-left" style="width:180px;margin:0 15px 10px 0;" alt=""></a>'
        )
        cats = ", ".join(f'<a href="/blog/category/{attr(c)}">{esc(CAT_NAME[c])}</a>' for c in p.cats)
        return f"""        <div class="post-item clearfix" style="border-bottom:1px solid #eee;padding:12px 0;">
            {thumb}
            <h3 style="font-size:19px;margin-top:0;"><a href="{attr(href)}">{esc(p.title)}</a></h3>
            <p class="info" style="font-size:12px;color:#999;">Posted in {cats} on {en_date(p.d)}</p>
            <p class="excerpt">{esc(summary(p))}</p>
            <a href="{attr(href)}" class="btn btn-default btn-xs">อ่านต่อ &raquo;</a>
        </div>"""

    @staticmethod
    def pager(base: str, cur: int, total: int) -> str:
        """Laravel's Bootstrap 3 paginator: page 1 is '?page=1'; base is Request::url() (encoded)."""
        if total <= 1:
            return ""
        lis = []
        lis.append(
            f'<li><a href="{base}?page={cur - 1}" rel="prev">&laquo;</a></li>'
            if 1 < cur <= total
            else '<li class="disabled"><span>&laquo;</span></li>'
        )
        for n in range(1, total + 1):
            lis.append(
                f'<li class="active"><span>{n}</span></li>'
                if n == cur
                else f'<li><a href="{base}?page={n}">{n}</a></li>'
            )
        lis.append(
            f'<li><a href="{base}?page={cur + 1}" rel="next">&raquo;</a></li>'
            if cur < total
            else '<li class="disabled"><span>&raquo;</span></li>'
        )
        return '<ul class="pagination">' + "".join(lis) + "</ul>"

    @staticmethod
    def sort_bar(uri: str) -> str:
        """The theme's sort links: {{ this.request.requestUri }} + '&sort=...' (grows on every click)."""
        sep = "&" if "?" in uri else "?"
        links = " | ".join(
            f'<a href="{attr(uri + sep + "sort=" + key.replace(" ", "+"))}">{label}</a>' for key, label in SORTS
        )
        return f'<div class="sort-bar text-right" style="font-size:12px;margin-bottom:8px;">เรียงตาม: {links}</div>'

    def list_page(self, cat: str | None, page: int, uri: str, sort: str | None = None) -> str:
        posts = list(in_cat(cat) if cat else NEWEST)
        if sort:
            key, _, direction = sort.partition(" ")
            field_of = {"title": lambda p: p.title, "published_at": lambda p: p.dt}
            if key in field_of:
                posts.sort(key=field_of[key], reverse=direction == "desc")
        total = max(1, -(-len(posts) // PER_PAGE))
        chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
        base = enc(f"/blog/category/{cat}") if cat else "/blog"
        if cat:
            heading = f"หมวดหมู่: {CAT_NAME[cat]}"
            desc = next(d for s, _, d in CATEGORIES if s == cat)
            items = [self.list_item(p, p.cat_href(cat)) for p in chunk]
        else:
            heading, desc = "ข่าวสารทั้งหมด", f"ข่าวประชาสัมพันธ์ ประกาศ และกิจกรรมของ{SITE}"
            items = [self.list_item(p, p.href) for p in chunk]
        listing = (
            "\n".join(items) or '        <p class="no-data" style="padding:30px 0;color:#999;">ยังไม่มีข่าวในหมวดหมู่นี้</p>'
        )
        main = f"""        <ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="/blog">ข่าวสาร</a></li>{f"<li class='active'>{esc(CAT_NAME[cat])}</li>" if cat else ""}</ol>
        <h2 class="page-title" style="color:#0d4f8b;">{esc(heading)}</h2>
        <p class="text-muted">{esc(desc)}</p>
        {self.sort_bar(uri)}
        <div class="post-list">
{listing}
        </div>
        {self.pager(base, page, total)}"""
        title = f"{heading} หน้า {page} | {SITE}" if page > 1 else f"{heading} | {SITE}"
        return self.frame(self.head(title, desc), main, "page-blog")

    def home(self) -> str:
        slides = []
        for i, p in enumerate(NEWEST[:3]):
            img = p.upload(0)[0] if p.featured else BANNER
            slides.append(
                f'<div class="item{" active" if i == 0 else ""}"><a href="{attr(p.href)}/"><img src="{img}" alt="{attr(p.title)}" style="width:100%;height:340px;object-fit:cover;"></a><div class="carousel-caption" style="background:rgba(0,0,0,.5);left:0;right:0;bottom:0;padding:8px 15px;"><h4><a href="{attr(p.href)}/" style="color:#fff">{esc(p.title)}</a></h4></div></div>'
            )
        latest = []
        for p in NEWEST[:4]:
            text = summary(p)
            short = text if len(text) <= 180 else text[:180] + "..."
            thumb = p.upload(0)[1] if p.featured else f"{THEME}/assets/images/no-image.jpg"
            latest.append(
                f"""            <div class="col-sm-6 home-news" style="min-height:330px;">
                <a href="{attr(p.href)}"><img src="{thumb}" class="img-responsive" alt="{attr(p.title)}"></a>
                <h4 style="font-size:16px;"><a href="{attr(p.href)}">{esc(p.title)}</a></h4>
                <small class="text-muted"><i class="fa fa-clock-o"></i> {thai_short(p.d)}</small>
                <p style="font-size:14px;">{esc(short)}</p>
            </div>"""
            )
        notices = "\n".join(
            f'                <li><img src="{THEME}/assets/images/new.gif" alt=""> <a href="{attr(p.href)}">{esc(p.title)}</a> <span class="text-muted">({thai_short(p.d)})</span></li>'
            for p in in_cat("announcements")[:5]
        )
        main = f"""        <div id="home-slider" class="carousel slide" data-ride="carousel" style="margin-bottom:20px;">
            <div class="carousel-inner">
                {"".join(slides)}
            </div>
            <a class="left carousel-control" href="#home-slider" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
            <a class="right carousel-control" href="#home-slider" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
        </div>
        <h3 class="section-title" style="border-bottom:3px solid #0d4f8b;padding-bottom:5px;">ข่าวประชาสัมพันธ์ <a href="/blog" class="pull-right" style="font-size:13px;">ดูทั้งหมด &raquo;</a></h3>
        <div class="row">
{chr(10).join(latest)}
        </div>
        <h3 class="section-title" style="border-bottom:3px solid #c00;padding-bottom:5px;">ประกาศเทศบาล <a href="/blog/category/announcements" class="pull-right" style="font-size:13px;">ดูทั้งหมด &raquo;</a></h3>
        <ul class="list-unstyled notice-list" style="line-height:2;">
{notices}
        </ul>
        <h3 class="section-title" style="border-bottom:3px solid #0a0;padding-bottom:5px;">บริการออนไลน์ (e-Service)</h3>
        <div class="row e-service">
            <div class="col-xs-4"><a href="https://forms.gle/koksamranComplaint" target="_blank"><img src="{THEME}/assets/images/eservice-complaint.png" class="img-responsive" alt="แจ้งเรื่องร้องเรียน"></a></div>
            <div class="col-xs-4"><a href="/contact"><img src="{THEME}/assets/images/eservice-contact.png" class="img-responsive" alt="ติดต่อสอบถาม"></a></div>
            <div class="col-xs-4"><a href="/ita"><img src="{THEME}/assets/images/eservice-ita.png" class="img-responsive" alt="ITA"></a></div>
        </div>"""
        return self.frame(self.head(f"หน้าแรก | {SITE}", f"เว็บไซต์{SITE} {PLACE}"), main, "page-home")

    # -- static pages (RainLab.Pages) -------------------------------------------------------------------
    def static_page(self, path: str, title: str, inner: str, crumb: str | None = None) -> str:
        mid = f'<li><a href="/about/history">{esc(crumb)}</a></li>' if crumb else ""
        main = f"""        <ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li>{mid}<li class="active">{esc(title)}</li></ol>
        <div class="static-page">
            <h2 class="page-title" style="color:#0d4f8b;">{esc(title)}</h2>
            <div class="page-content" style="font-size:16px;line-height:1.8;">
{inner}
            </div>
        </div>"""
        return self.frame(self.head(f"{title} | {SITE}", f"{title} {SITE}"), main, "page-static")

    def static_pages(self) -> None:
        history = "\n".join(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp;{esc(t)}</p>' for t in HISTORY)
        history = (
            f'<p style="text-align:center"><img src="{THEME}/assets/images/office.jpg" class="img-responsive" alt="สำนักงานเทศบาลตำบลโคกสำราญ" style="margin:auto"></p>\n'
            + history
        )
        self.add_page("/about/history", self.static_page("/about/history", "ประวัติความเป็นมา", history, "เกี่ยวกับเทศบาล"))
        missions = "\n".join(f"<li>{esc(m)}</li>" for m in MISSIONS)
        vision = f"""<h3 style="text-align:center;color:#c60;">วิสัยทัศน์</h3>
<p style="text-align:center;font-size:20px;"><strong>{esc(VISION)}</strong></p>
<h3>พันธกิจ</h3>
<ol>
{missions}
</ol>
<h3>จุดมุ่งหมายเพื่อการพัฒนา</h3>
<p>เทศบาลตำบลโคกสำราญมุ่งพัฒนาให้ประชาชนมีคุณภาพชีวิตที่ดี มีโครงสร้างพื้นฐานที่ได้มาตรฐาน ชุมชนมีความเข้มแข็งและพึ่งตนเองได้ และการบริหารงานของเทศบาลเป็นไปอย่างโปร่งใส ตรวจสอบได้</p>"""
        self.add_page("/about/vision", self.static_page("/about/vision", "วิสัยทัศน์ / พันธกิจ", vision, "เกี่ยวกับเทศบาล"))
        cards = []
        for i, (name, pos, tel) in enumerate(EXECUTIVES, 1):
            cards.append(
                f'<div class="col-sm-4 text-center" style="margin-bottom:20px;"><img src="/storage/app/media/executives/exec-{i}.jpg" class="img-thumbnail" style="width:160px" alt="{attr(name)}"><br><b>{esc(name)}</b><br>{esc(pos)}<br><small>โทร. {tel}</small></div>'
            )
        execs = '<div class="row">\n' + "\n".join(cards) + "\n</div>"
        self.add_page("/about/executives", self.static_page("/about/executives", "คณะผู้บริหาร", execs, "เกี่ยวกับเทศบาล"))
        tables = []
        for division, people in STAFF:
            rows = "".join(
                f"<tr><td align=center>{k}</td><td>{esc(n)}</td><td>{esc(pos)}</td></tr>"
                for k, (n, pos) in enumerate(people, 1)
            )
            tables.append(
                f'<h4 style="background:#eef4fb;padding:5px;">{esc(division)}</h4>\n<table class="table table-bordered table-striped" style="font-size:14px"><tr><th width="8%">ลำดับ</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th></tr>{rows}</table>'
            )
        staff = "<p>ข้อมูล ณ วันที่ 1 มิถุนายน 2567</p>\n" + "\n".join(tables)
        self.add_page("/about/staff", self.static_page("/about/staff", "บุคลากร", staff, "เกี่ยวกับเทศบาล"))
        phones = "".join(f"<tr><td>{esc(a)}</td><td>{PHONE} {esc(b)}</td></tr>" for a, b in CONTACT_PHONES)
        contact = f"""<p><b>{esc(SITE)}</b><br>{esc(ADDRESS)}<br>โทรศัพท์ {PHONE} &nbsp; โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
{"".join(f'<p style="text-align: justify;">{esc(t)}</p>' for t in CONTACT)}
<h4>หมายเลขโทรศัพท์ภายใน</h4>
<table class="table table-bordered">{phones}</table>
<div class="map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.1!2d103.51!3d16.43!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="320" frameborder="0" style="border:0;" allowfullscreen></iframe></div>
<h4>ส่งข้อความถึงเทศบาล</h4>
<form role="form" data-request="contactForm::onSend" data-request-success="alert('ส่งข้อความเรียบร้อยแล้ว');" data-request-validate>
    <div class="form-group"><label>ชื่อ - สกุล</label><input type="text" name="name" class="form-control"></div>
    <div class="form-group"><label>เบอร์โทรศัพท์</label><input type="text" name="phone" class="form-control"></div>
    <div class="form-group"><label>ข้อความ</label><textarea name="message" class="form-control" rows="5"></textarea></div>
    <button type="submit" class="btn btn-primary">ส่งข้อความ</button>
</form>"""
        self.add_page("/contact", self.static_page("/contact", "ติดต่อเรา", contact))
        ita_rows = "".join(
            f'<tr><td align="center">{code}</td><td>{title}</td><td align="center"><a href="{attr(href)}"{" target=_blank" if href.endswith(".pdf") else ""}>{"ดาวน์โหลด (PDF)" if href.endswith(".pdf") else "เปิดดู"}</a></td></tr>'
            for code, title, href in ITA
        )
        ita = f"""<p style="text-align: justify;">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. 2567 ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</p>
<table class="table table-bordered table-hover" style="font-size:14px"><thead><tr style="background:#0d4f8b;color:#fff"><th width="10%">ข้อ</th><th>รายการข้อมูล</th><th width="20%">ลิงก์</th></tr></thead><tbody>{ita_rows}</tbody></table>
<p class="text-muted" style="font-size:12px">ปรับปรุงข้อมูลล่าสุด 28 มิถุนายน 2567</p>"""
        self.add_page("/ita", self.static_page("/ita", "ITA การเปิดเผยข้อมูลสาธารณะ (OIT) 2567", ita))
        dl = "\n".join(
            f'<li style="padding:4px 0"><img src="{THEME}/assets/images/icon-pdf.gif" alt="pdf"> <a href="{href}" target="_blank">{esc(t)}</a></li>'
            for t, href in DOWNLOADS
        )
        self.add_page(
            "/downloads",
            self.static_page("/downloads", "ดาวน์โหลดเอกสาร / แบบฟอร์ม", f'<ul class="list-unstyled">\n{dl}\n</ul>'),
        )
        search = f"""<form action="/search" method="get"><div class="input-group"><input type="text" name="q" class="form-control" placeholder="พิมพ์คำค้นหา"><span class="input-group-btn"><button class="btn btn-primary" type="submit">ค้นหา</button></span></div></form>
<p style="margin-top:15px">คำค้นยอดนิยม: {" ".join(f'<a href="/search?q={quote_plus(w)}">{esc(w)}</a>' for w in POPULAR)}</p>"""
        self.add_page("/search", self.static_page("/search", "ค้นหา", search))

    # -- calendar plugin -------------------------------------------------------------------------------
    def month_page(self, y: int, m: int) -> str:
        py, pm = month_step(y, m, -1)
        ny, nm = month_step(y, m, 1)
        evs = [e for e in EVENTS if e[1][:7] == f"{y:04d}-{m:02d}"]
        rows = "".join(
            f'<tr><td>{thai_long(date.fromisoformat(e[1]))}</td><td>{esc(e[2])}</td><td><a href="/calendar/event/{e[0]}">{esc(e[3])}</a></td><td>{esc(e[4])}</td></tr>'
            for e in evs
        )
        table = (
            f'<table class="table table-bordered"><tr><th>วันที่</th><th>เวลา</th><th>กิจกรรม</th><th>สถานที่</th></tr>{rows}</table>'
            if evs
            else '<p class="text-muted" style="padding:20px 0">ไม่มีกิจกรรมในเดือนนี้</p>'
        )
        inner = f"""<div class="calendar-nav clearfix" style="margin-bottom:10px;">
    {f'<a class="btn btn-default btn-sm pull-left" href="/calendar/{py}/{pm:02d}">&laquo; {MONTHS[pm - 1]} {py + 543}</a>' if py >= YEARS[0] else ""}
    {f'<a class="btn btn-default btn-sm pull-right" href="/calendar/{ny}/{nm:02d}">{MONTHS[nm - 1]} {ny + 543} &raquo;</a>' if ny <= YEARS[1] else ""}
    <h3 class="text-center" style="margin:0">{MONTHS[m - 1]} {y + 543}</h3>
</div>
{self.mini_calendar(y, m)}
{table}"""
        return self.static_page(f"/calendar/{y}/{m:02d}", f"ปฏิทินกิจกรรม {MONTHS[m - 1]} {y + 543}", inner)

    def event_page(self, e: tuple[int, str, str, str, str]) -> str:
        d = date.fromisoformat(e[1])
        inner = f"""<table class="table">
<tr><th width="25%">วันที่</th><td>{thai_full(d)}</td></tr>
<tr><th>เวลา</th><td>{esc(e[2])}</td></tr>
<tr><th>สถานที่</th><td>{esc(e[4])}</td></tr>
</table>
<p><a href="/calendar/{d.year}/{d.month:02d}">&laquo; กลับสู่ปฏิทินเดือน{MONTHS[d.month - 1]}</a></p>"""
        return self.static_page(f"/calendar/event/{e[0]}", e[3], inner)

    # -- search (SiteSearch) -----------------------------------------------------------------------------
    def search_page(self, query: str, page: int) -> str:
        words = query.split()
        hits = [p for p in NEWEST if any(w in p.title or any(w in plain(b) for b in p.body) for w in words)]
        per = 5
        total = max(1, -(-len(hits) // per))
        rows = []
        for p in hits[(page - 1) * per : page * per]:
            text = " ".join(plain(b) for b in p.body)
            at = max(0, min((text.find(w) for w in words if w in text), default=0) - 40)
            snippet = esc(text[at : at + 160])
            for w in words:
                snippet = snippet.replace(esc(w), f"<mark>{esc(w)}</mark>")
            rows.append(
                f'<div class="ss-result"><h4><a href="{attr(p.href)}">{esc(p.title)}</a></h4><p class="ss-url text-success" style="font-size:12px">{esc(self.u(p.href))}</p><p>...{snippet}...</p></div>'
            )
        found = (
            f'<p>พบ <b>{len(hits)}</b> รายการ สำหรับคำค้น "<b>{esc(query)}</b>"</p>\n' + "\n".join(rows)
            if hits
            else f'<p>ไม่พบผลการค้นหาสำหรับ "<b>{esc(query)}</b>"</p>'
        )
        pages = " ".join(
            f"<b>{n}</b>" if n == page else f'<a href="/search?q={quote_plus(query)}&amp;page={n}">{n}</a>'
            for n in range(1, total + 1)
        )
        start = int(_h(f"q:{query}", 4), 16) % len(MORE_WORDS)
        more = [w for w in MORE_WORDS[start:] + MORE_WORDS[:start] if w not in words][:4]
        related = " ".join(
            f'<a href="/search?q={quote_plus(query + " " + w)}" class="label label-info">{esc(query + " " + w)}</a>'
            for w in more
        )
        inner = f"""<form action="/search" method="get"><div class="input-group"><input type="text" name="q" value="{attr(query)}" class="form-control"><span class="input-group-btn"><button class="btn btn-primary" type="submit">ค้นหา</button></span></div></form>
<div class="ss-results" style="margin-top:15px">
{found}
</div>
<div class="ss-pagination">หน้า: {pages}</div>
<div class="ss-related" style="margin-top:15px">ค้นหาเพิ่มเติม: {related}</div>"""
        return self.static_page("/search", f"ผลการค้นหา: {query}", inner)

    def soft_404(self) -> str:
        main = """        <ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="/blog">ข่าวสาร</a></li><li class="active"></li></ol>
        <div class="post-detail">
            <h2 class="post-title" style="color:#0d4f8b;"></h2>
            <div class="alert alert-warning">ไม่พบข่าวที่ท่านต้องการ ข่าวนี้อาจถูกลบหรือย้ายไปแล้ว</div>
            <p><a href="/blog">&laquo; กลับไปหน้าข่าวสาร</a></p>
        </div>"""
        return self.frame(self.head(f" | {SITE}", ""), main, "page-blog-post")

    def not_found(self) -> str:
        main = """        <div class="text-center" style="padding:50px 0;">
            <h1 style="font-size:72px;color:#ccc;">404</h1>
            <h3>ขออภัย ไม่พบหน้าที่ท่านต้องการ</h3>
            <p>หน้าที่ท่านเรียกอาจถูกย้ายหรือลบไปแล้ว <a href="/">กลับสู่หน้าแรก</a></p>
        </div>"""
        return self.frame(self.head(f"ไม่พบหน้าที่ต้องการ | {SITE}", ""), main, "page-404")

    # -- feeds, sitemap ----------------------------------------------------------------------------------
    def rss(self) -> Response:
        items = []
        for p in NEWEST[:RSS_LIMIT]:
            link = esc(self.u(p.href))
            items.append(
                f"""        <item>
            <title>{esc(p.title)}</title>
            <link>{link}</link>
            <guid>{link}</guid>
            <pubDate>{p.dt.strftime("%a, %d %b %Y %H:%M:%S +0700")}</pubDate>
            <description>{esc(summary(p))}</description>
        </item>"""
            )
        text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
    <channel>
        <title>ข่าวสาร {esc(SITE)}</title>
        <link>{esc(self.u("/blog"))}</link>
        <description>ข่าวประชาสัมพันธ์และกิจกรรมของ{esc(SITE)}</description>
        <atom:link href="{esc(self.u("/blog/rss"))}" rel="self" type="application/rss+xml" />
{chr(10).join(items)}
    </channel>
</rss>
"""
        return Response(
            200, (("Content-Type", "application/rss+xml"), ("Cache-Control", "no-cache, private")), text.encode("utf-8")
        )

    def sitemap(self) -> Response:
        paths = [
            "/",
            "/blog",
            "/about/history",
            "/about/vision",
            "/about/executives",
            "/about/staff",
            "/contact",
            "/ita",
            "/downloads",
            "/calendar",
        ]
        paths += [enc(f"/blog/category/{slug}") for slug, _, _ in CATEGORIES]
        rows = "\n".join(
            f"    <url>\n        <loc>{esc(self.u(p))}</loc>\n        <lastmod>2024-06-28T09:12:44+00:00</lastmod>\n        <changefreq>weekly</changefreq>\n        <priority>0.5</priority>\n    </url>"
            for p in paths
        )
        text = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}\n</urlset>\n'
        return Response(200, (("Content-Type", "application/xml"),), text.encode("utf-8"))

    # -- registration ----------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.add_page("/", self.home())
        total = -(-len(NEWEST) // PER_PAGE)
        self.add_page("/blog", self.list_page(None, 1, "/blog"))
        for n in range(1, total + 1):
            self.add_page(f"/blog?page={n}", self.list_page(None, n, f"/blog?page={n}"))
        for slug, _, _ in CATEGORIES:
            base = enc(f"/blog/category/{slug}")
            self.add_page(base, self.list_page(slug, 1, base))
            pages = -(-len(in_cat(slug)) // PER_PAGE)
            if pages > 1:
                for n in range(1, pages + 1):
                    self.add_page(f"{base}?page={n}", self.list_page(slug, n, f"{base}?page={n}"))
        self.static_pages()
        self.add_page("/calendar", self.month_page(TODAY.year, TODAY.month))
        for e in EVENTS:
            self.add_page(f"/calendar/event/{e[0]}", self.event_page(e))
        # posts and the routes October also answers them on
        idx_linked = {int(t[4:]) for p in POSTS for line in p.body for t in re.findall(r"\]\((idx:\d+)\)", line)}
        for p in POSTS:
            site.add(p.path, self.page(self.post_page(p, p.path), p.path))
            aliases = [p.path + "/"]
            site.add(p.path + "/", self.page(self.post_page(p, p.path), p.path + "/"))
            for cat in p.cats:
                path = enc(p.cat_href(cat))
                site.add(path, self.page(self.post_page(p, path, cat), path))
                aliases.append(path)
            if p.n in idx_linked:
                path = "/index.php" + p.path
                site.add(path, self.page(self.post_page(p, path), path))
                aliases.append(path)
            for i in range(len(p.featured)):
                full, thumb = p.upload(i)
                add_jpeg(site, full, 1024, 683, p.dt)
                add_jpeg(site, thumb, 360, 240, p.dt)
            if p.inline_caption:
                add_jpeg(site, p.media_image, 640, 427, p.dt)
            for line in p.body:
                for label, href in LINK.findall(line):
                    if href.endswith(".pdf"):
                        add_pdf(
                            site,
                            href,
                            label.encode("ascii", "ignore").decode().strip() or href,
                            [f"Kok Samran municipality {p.day}"],
                            p.dt,
                        )
            site.articles.append(
                FixtureArticle(
                    url=self.u(p.path),
                    aliases=tuple(self.u(a) for a in aliases),
                    title=p.title,
                    paragraphs=tuple(plain(line) for line in p.body),
                    published=p.day,
                    author=p.author,
                    captions=p.featured + ((p.inline_caption,) if p.inline_caption else ()),
                )
            )
        self.add_page(f"/blog/post/{DELETED_SLUG}", self.soft_404())
        # trap pages that are known non-articles
        self.non_articles.append(self.u("/calendar/2024/08"))
        self.non_articles.append(self.u("/search?q=" + quote_plus(POPULAR[0])))
        # files
        modified = datetime(2024, 6, 28, 9, 12, tzinfo=BANGKOK)
        for code, _title, href in ITA:
            if href.endswith(".pdf") and href != ITA_GONE:
                add_pdf(site, href, f"ITA 2567 {code}", ["Kok Samran municipality", f"OIT 2567 {code}"], modified)
        for _title, href in DOWNLOADS:
            add_pdf(site, href, "Kok Samran form", [href.rsplit("/", 1)[1]], modified)
        site.broken_links.append(self.u(ITA_GONE))
        for i in range(1, len(EXECUTIVES) + 1):
            add_jpeg(site, f"/storage/app/media/executives/exec-{i}.jpg", 300, 375, DEPLOYED)
        for name, w, h in (
            ("banner-2567.jpg", 1200, 340),
            ("no-image.jpg", 360, 240),
            ("office.jpg", 800, 450),
            ("link-dla.jpg", 340, 90),
            ("link-egp.jpg", 340, 90),
            ("link-ita.jpg", 340, 90),
        ):
            add_jpeg(site, f"{THEME}/assets/images/{name}", w, h, DEPLOYED)
        for name in (
            "logo-koksamran.png",
            "favicon.png",
            "eservice-complaint.png",
            "eservice-contact.png",
            "eservice-ita.png",
        ):
            add_jpeg(
                site, f"{THEME}/assets/images/{name}", 64, 64, DEPLOYED
            )  # JPEG bytes under .png names, as the vendor saved them
        for name in ("new.gif", "icon-pdf.gif"):
            add_gif(site, f"{THEME}/assets/images/{name}", DEPLOYED)
        add_text(
            site,
            COMBINED_CSS,
            "body{font-family:'Sarabun',sans-serif;font-size:15px}.navbar-koksamran{background:#0d4f8b}\n",
            "text/css",
        )
        add_text(
            site, COMBINED_JS, "$(function(){$('.carousel').carousel({interval:5000})});\n", "application/javascript"
        )
        add_text(
            site, f"{THEME}/assets/vendor/bootstrap/css/bootstrap.min.css", "/*! Bootstrap v3.3.7 */\n", "text/css"
        )
        add_text(
            site,
            f"{THEME}/assets/vendor/font-awesome/css/font-awesome.min.css",
            "/*! Font Awesome 4.7.0 */\n",
            "text/css",
        )
        add_text(
            site,
            "/modules/system/assets/css/framework.extras-min.css",
            ".stripe-loading-indicator{height:5px}\n",
            "text/css",
        )
        add_text(site, f"{THEME}/assets/vendor/jquery.min.js", "/*! jQuery v1.12.4 */\n", "application/javascript")
        add_text(
            site,
            f"{THEME}/assets/vendor/bootstrap/js/bootstrap.min.js",
            "/*! Bootstrap v3.3.7 */\n",
            "application/javascript",
        )
        add_text(
            site,
            "/modules/system/assets/js/framework.combined-min.js",
            "/* October CMS framework */\n",
            "application/javascript",
        )
        site.add("/blog/rss", self.rss())
        site.add("/sitemap.xml", self.sitemap())
        robots = "User-agent: *\nDisallow: /backend\nDisallow: /storage/app/uploads/protected/\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain; charset=UTF-8"),), robots.encode()))
        site.disallowed_paths = ["/backend", "/storage/app/uploads/protected/"]
        site.add(
            "/backend",
            Response(
                302,
                (("Content-Type", "text/html; charset=UTF-8"), ("Location", self.u("/backend/backend/auth/signin"))),
            ),
        )
        signin = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Administration Area | October CMS</title></head><body class="outer signin"><form method="POST" action="/backend/backend/auth/signin"><input name="login" placeholder="login"><input name="password" type="password"><button type="submit">Login</button></form></body></html>'
        site.add("/backend/backend/auth/signin", self.page(signin, "signin"))
        site.not_found = self.page(self.not_found(), "404", status=404)
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SEARCH, TRAP_SORT]
        site.dynamic = self.dynamic

    # -- Laravel routing for what no page is registered at ----------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        q = dict(pairs)  # PHP: the last of a repeated key wins
        query = f"?{parts.query}" if parts.query else ""
        if path == "/index.php" or path.startswith("/index.php/"):
            return self.site.route(enc(path[len("/index.php") :] or "/") + query)
        if len(path) > 1 and path.endswith("/"):  # October's router ignores trailing slashes
            return self.site.route(enc(path.rstrip("/") or "/") + query)
        m = re.fullmatch(r"/calendar/(\d{4})/(\d{1,2})", path)
        if m and 1 <= int(m.group(2)) <= 12 and YEARS[0] <= int(m.group(1)) <= YEARS[1]:
            return self.page(self.month_page(int(m.group(1)), int(m.group(2))), path)
        if path == "/search":
            words = " ".join(q.get("q", "").split())
            if not words:
                return self.site.route("/search")
            page = int(q["page"]) if q.get("page", "").isdigit() and int(q["page"]) > 0 else 1
            return self.page(self.search_page(words, page), target)
        cat: str | None = None
        m = re.fullmatch(r"/blog/category/([^/]+)", path)
        if path == "/blog" or m:
            if m and m.group(1) in CAT_NAME:
                cat = m.group(1)
            page = int(q["page"]) if q.get("page", "").isdigit() and int(q["page"]) > 0 else 1
            sort = q.get("sort") or None
            return self.page(self.list_page(cat, page, target, sort), target)
        m = re.fullmatch(r"/blog/post/([^/]+)", path) or re.fullmatch(r"/blog/category/([^/]+)/([^/]+)", path)
        if m:
            p = BY_SLUG.get(m.group(m.lastindex or 1))
            if p is None:
                return self.site.route(f"/blog/post/{DELETED_SLUG}")
            crumb = m.group(1) if m.lastindex == 2 and m.group(1) in CAT_NAME else None
            return self.page(self.post_page(p, enc(path), crumb), path)
        if parts.query and self.site.has(parts.path):
            return self.site.route(parts.path)  # Laravel ignores unknown query parameters
        return None


SORTS = (
    ("published_at desc", "ล่าสุด"),
    ("published_at asc", "เก่าสุด"),
    ("title asc", "ชื่อเรื่อง ก-ฮ"),
    ("title desc", "ชื่อเรื่อง ฮ-ก"),
)
YEARS = (1000, 9999)  # the calendar plugin answers any month of these years
TRAP_CALENDAR = r"^/(?:index\.php/)?calendar/\d{4}/\d{1,2}"
TRAP_SEARCH = r"^/(?:index\.php/)?search/?\?(?:.*&)?q="
TRAP_SORT = r"[?&]sort="


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Apache/2.4.41 (Ubuntu)")
    _October(site).register()
    return site

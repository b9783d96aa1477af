# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""wagtail_site: a เทศบาลตำบล on Wagtail CMS 5.2 (Django 4.2) with a Bootstrap 5 theme by a local vendor.

CMS imitated: Wagtail 5.2 behind nginx + gunicorn: a page tree served with trailing slashes (Django's
APPEND_SLASH: ``/news`` -> 301 ``/news/``), StreamField bodies (``block-intro``, ``block-paragraph``,
``block-image``, ``block-embed``, ``block-document``; Draftail paragraphs ``<p data-block-key="xxxxx">``),
image renditions ``/media/images/<name>.<focal hash>.fill-640x400.jpg``, documents
``/documents/<id>/<file>.pdf``, wagtail.contrib.sitemaps, a Django syndication feed, django-taggit tags,
RoutablePageMixin on the news index, Wagtail search and a theme "HNS Theme" by สยามเว็บดีไซน์ (Bootstrap 5,
``bi`` icons, ``/static/`` files with ManifestStaticFilesStorage hashes).

เทศบาลตำบลห้วยน้ำใส, อำเภอดงเจริญ, จังหวัดวารีบุรี (fictional).  UTF-8, nginx.  TODAY 2024-06-25.

URL shapes
* home ``/``: carousel of the 3 "ข่าวเด่น" (linked at their ALIAS URLs ``/highlights/<slug>/``), latest 6
  news cards, "ประกาศ" (announcements, latest 5), upcoming events, quick links.
* news index ``/news/`` (NewsIndexPage, Django Paginator, 6 a page): ``/news/?page=2`` .. ``?page=4``; the
  pagination links page 1 as ``/news/?page=1`` (the same page, a copy); Django's ``get_page``: a non-number
  gives page 1, a page past the end gives the LAST page (answered on request).  Tag filter
  ``/news/?tag=<tag>`` (django-taggit, Thai names urlencoded with upper-case hex), combinable with
  ``&page=N``.  Category child indexes ``/news/announcements/`` (ประกาศ) and ``/news/jobs/``
  (รับสมัครงาน) list their own children; the news index lists all descendants.
* article (NewsPage): gold url = ``/news/<slug>/`` or ``/news/announcements/<slug>/``,
  ``/news/jobs/<slug>/``.  Slugs: ASCII set by the editor (``otop-fair-2567``) or Wagtail's unicode slug of
  the Thai title (punctuation dropped, spaces to ``-``, Thai marks kept), percent-encoded with UPPER-case
  hex as Django's ``reverse()``/``iri_to_uri`` writes it.  Page: breadcrumb, h1, date line
  ``<time datetime>วันศุกร์ที่ 15 มีนาคม พ.ศ. 2567</time>``, "โดย <owner unit>", "เข้าชม N ครั้ง",
  StreamField body (intro first, paragraphs, image with figcaption, YouTube embed, document button),
  tags (``/news/?tag=``), share bar (Facebook/LINE/X and "ลิงก์แชร์" ``/share/<token>/``),
  "ข่าวที่เกี่ยวข้อง" (3 cards with excerpts cut at 90 characters with "…"), footer with address and the
  visitor counter.
* copies (gold aliases, same text, rel=canonical to the original):
  - ``/share/<token>/`` for every news page (wagtail-sharing style link in the share bar, noindex);
  - the Wagtail ALIASES of the 3 highlighted news under ``/highlights/<slug>/`` (own breadcrumb).
* ``/news/archive/<yyyy>/<mm>/`` (RoutablePageMixin): any month of any 4-digit year answers (an empty one
  says "ไม่มีข่าวในเดือนนี้"), each linking the previous and next month; the sidebar of every news page
  links the last 24 months (counts, empty ones too).
* ``/events/`` (this month's calendar), ``/events/?month=YYYY-MM`` for any month (prev/next links), event
  pages ``/events/<slug>/`` (date, time, place, one line: not articles).
* ``/search/`` (form + popular queries), ``/search/?query=...&page=N`` (Wagtail search, 10 a page).
* pages: ``/about/``, ``/about/%E0%B8%82...`` (ข้อมูลพื้นฐาน, Thai slug), ``/about/executives/``,
  ``/contact/``, ``/ita/`` (O1-O10 PDFs under ``/documents/<id>/``), ``/highlights/`` (alias index).
* ``/sitemap.xml`` (wagtail.contrib.sitemaps: every page incl. aliases, events, news), ``/news/feed/``
  (RSS 2.0, latest 10), ``/robots.txt`` (Disallow ``/admin/``, ``/django-admin/``; ``Sitemap:``).

Gold: 22 news pages 2023-07-12 .. 2024-06-20, oldest first.  Captions are not text; the document
button is not a paragraph; list items (``<li>``) are paragraphs.  How articles are reached: news index
pages 1-4 (all), category indexes, tag pages, archive months, sitemap (all), RSS (latest 10), home (latest
6 + 5 announcements + 3 highlight aliases), related boxes, search results.

Traps (``trap_patterns``, answered by ``dynamic``)
* ``TRAP_ARCHIVE``: ``/news/archive/<yyyy>/<mm>/`` prev/next months forever in both directions.
* ``TRAP_EVENTS``: ``/events/?month=YYYY-MM`` prev/next months forever.
* ``TRAP_SEARCH``: each results page suggests 3 longer queries (query + one popular word) and pages:
  grows combinatorially.
Non-articles list the archive months that have news and one search URL although they match the traps.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, local_dt, rfc822, thai_abbr, thai_weekday
from .common import add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "wagtail_site"
SITE = "เทศบาลตำบลห้วยน้ำใส"
SITE_EN = "Huai Nam Sai Subdistrict Municipality"
ADDRESS = "88 หมู่ 3 ถนนดงเจริญ-ห้วยน้ำใส ตำบลห้วยน้ำใส อำเภอดงเจริญ จังหวัดวารีบุรี 47260"
PHONE = "0 4298 1234"
EMAIL = "saraban@huaynamsai.go.th"
MAYOR = "นายสมบัติ ทองห้วยน้ำ"
TODAY = date(2024, 6, 25)
PER_PAGE = 6
SEARCH_PER_PAGE = 10
RSS_LIMIT = 10
CSS = "/static/css/main.4b9e2c71d0a3.css"
BS_CSS = "/static/vendor/bootstrap/css/bootstrap.min.5f1c0e3a9b2d.css"
JS = "/static/js/main.a17c3e9f20b8.js"
LOGO = "/static/img/logo-hns.8d2e6f0c1a4b.png"

CATS = {
    "news": ("ข่าวประชาสัมพันธ์", "/news/"),
    "announcements": ("ประกาศเทศบาล", "/news/announcements/"),
    "jobs": ("รับสมัครงาน", "/news/jobs/"),
}
AUTHORS = ("งานประชาสัมพันธ์", "กองสาธารณสุขฯ", "กองช่าง", "กองคลัง", "สำนักปลัดเทศบาล", "กองการศึกษา")
POPULAR = ("ภาษี", "รับสมัคร", "สภาเทศบาล", "วัคซีน", "น้ำท่วม", "ถนน", "ผู้สูงอายุ", "ขยะ")


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def wagtail_slug(title: str) -> str:
    """Wagtail's admin slugify with unicode slugs allowed: keep letters, digits, marks; spaces to '-'."""
    text = title.strip().lower()
    text = "".join(c for c in text if c.isalnum() or c in " _-" or "\u0e31" <= c <= "\u0e4e")
    return re.sub(r"[\s-]+", "-", text).strip("-")


def enc(slug: str) -> str:
    """iri_to_uri: UTF-8 percent-encoding with upper-case hex."""
    return quote(slug, safe="-_")


@dataclass(frozen=True)
class Art:
    pid: int
    day: str
    hm: str
    cat: str
    slug_set: str
    tags: tuple[str, ...]
    author: int
    highlight: bool
    title: str
    intro: str
    caption: str | None
    youtube: str | None
    doc: tuple[str, str, str] | None  # label, file name, size
    body: tuple[str, ...]

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def slug(self) -> str:
        return self.slug_set or wagtail_slug(self.title)

    @property
    def path(self) -> str:
        return CATS[self.cat][1] + enc(self.slug) + "/"

    @property
    def alias_path(self) -> str:
        return "/highlights/" + enc(self.slug) + "/"

    @property
    def share_path(self) -> str:
        return f"/share/{_h(f'share:{self.pid}', 20)}/"

    @property
    def img_name(self) -> str:
        return f"IMG_{self.day.replace('-', '')}_{self.pid}"

    def rendition(self, spec: str) -> str:
        return f"/media/images/{self.img_name}.{_h(f'focal:{self.pid}', 8)}.{spec}.jpg"

    @property
    def doc_path(self) -> str | None:
        return f"/documents/{self.pid + 40}/{self.doc[1]}" if self.doc else None


# "## pid day time category slug(- = Wagtail's slug of the Thai title) tags(- = none) author [hl]"
# then T: title, I: intro, C: image caption (image after the second paragraph), Y: YouTube id,
# D: document "label|file|size"; then body paragraphs one a line ("- " = list item).
SPEC = """
## 31 2023-07-12 10:00 news council-2566-2 สภาเทศบาล 4
T: การประชุมสภาเทศบาลตำบลห้วยน้ำใส สมัยสามัญ สมัยที่ 2 ประจำปี 2566
I: สภาเทศบาลตำบลห้วยน้ำใสประชุมสมัยสามัญ สมัยที่ 2 พิจารณาญัตติขอความเห็นชอบโอนงบประมาณและรับทราบรายงานผลการดำเนินงานรอบ 6 เดือน
C: บรรยากาศการประชุมสภาเทศบาลตำบลห้วยน้ำใส ณ ห้องประชุมสภาฯ
วันที่ 11 กรกฎาคม 2566 เวลา 09.30 น. นายประเสริฐ ศรีดงเจริญ ประธานสภาเทศบาลตำบลห้วยน้ำใส เป็นประธานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี 2566 โดยมีนายสมบัติ ทองห้วยน้ำ นายกเทศมนตรีตำบลห้วยน้ำใส คณะผู้บริหาร สมาชิกสภาเทศบาล และหัวหน้าส่วนราชการเข้าร่วมประชุม
ที่ประชุมพิจารณาญัตติขอความเห็นชอบโอนงบประมาณรายจ่ายประจำปี 2566 ไปตั้งจ่ายเป็นรายการใหม่ เพื่อจัดซื้อเครื่องสูบน้ำขนาด 8 นิ้ว จำนวน 2 เครื่อง สำหรับใช้ในพื้นที่ที่ประสบปัญหาน้ำท่วมขังในฤดูฝน
นอกจากนี้ ที่ประชุมได้รับทราบรายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่นรอบ 6 เดือน ซึ่งมีโครงการที่ดำเนินการแล้วเสร็จ 41 โครงการ จากทั้งหมด 68 โครงการ
สมาชิกสภาเทศบาลมีมติเห็นชอบญัตติทุกเรื่องด้วยคะแนนเสียงเป็นเอกฉันท์ ประชาชนสามารถขอดูรายงานการประชุมได้ที่งานกิจการสภา สำนักปลัดเทศบาล ในวันและเวลาราชการ

## 34 2023-08-10 14:30 news - กิจกรรม 0
T: เทศบาลตำบลห้วยน้ำใสจัดกิจกรรมเฉลิมพระเกียรติเนื่องในวันแม่แห่งชาติ 12 สิงหาคม 2566
I: เทศบาลตำบลห้วยน้ำใสร่วมกับโรงเรียนและชุมชนในเขตเทศบาล จัดกิจกรรมเฉลิมพระเกียรติและมอบเกียรติบัตรแม่ดีเด่นประจำปี 2566
C: นายกเทศมนตรีมอบเกียรติบัตรแก่แม่ดีเด่นประจำปี 2566
เมื่อวันที่ 10 สิงหาคม 2566 ณ หอประชุมเทศบาลตำบลห้วยน้ำใส นายสมบัติ ทองห้วยน้ำ นายกเทศมนตรีตำบลห้วยน้ำใส เป็นประธานในพิธีเปิดกิจกรรมเฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษาและวันแม่แห่งชาติ
ภายในงานมีการมอบเกียรติบัตรแก่แม่ดีเด่นจาก 9 ชุมชน การแสดงของนักเรียนศูนย์พัฒนาเด็กเล็ก และการประกวดเรียงความเรื่อง "แม่ของฉัน" ของนักเรียนระดับประถมศึกษา
ในช่วงบ่าย เจ้าหน้าที่และประชาชนร่วมกันปลูกต้นไม้บริเวณริมหนองน้ำใส จำนวน 300 ต้น เพื่อเพิ่มพื้นที่สีเขียวให้แก่ชุมชน

## 36 2023-08-24 09:00 announcements - แผนพัฒนา 4
T: ประกาศเทศบาลตำบลห้วยน้ำใส เรื่อง การประชุมประชาคมเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)
I: ขอเชิญประชาชนทุกหมู่บ้านเข้าร่วมประชุมประชาคมเพื่อเสนอโครงการเข้าบรรจุในแผนพัฒนาท้องถิ่น
D: กำหนดการประชุมประชาคมรายหมู่บ้าน|prakhom-2566.pdf|212.4 KB
ด้วยเทศบาลตำบลห้วยน้ำใสจะดำเนินการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 2 ตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น
จึงขอเชิญประชาชน ผู้นำชุมชน และหน่วยงานในพื้นที่ เข้าร่วมประชุมประชาคมตามกำหนดการ ระหว่างวันที่ 4-8 กันยายน 2566 ณ ศาลาประชาคมของแต่ละหมู่บ้าน ตั้งแต่เวลา 18.30 น. เป็นต้นไป
- หมู่ที่ 1 และหมู่ที่ 2 วันจันทร์ที่ 4 กันยายน 2566
- หมู่ที่ 3 และหมู่ที่ 4 วันอังคารที่ 5 กันยายน 2566
- หมู่ที่ 5 ถึงหมู่ที่ 7 วันพุธที่ 6 กันยายน 2566
จึงประกาศมาเพื่อทราบโดยทั่วกัน

## 38 2023-09-14 16:20 news flood-relief-sep-2566 น้ำท่วม,ป้องกันภัย,กิจกรรม 4
T: เทศบาลตำบลห้วยน้ำใสมอบถุงยังชีพช่วยเหลือผู้ประสบอุทกภัยหมู่ที่ 5 และหมู่ที่ 6
I: หลังฝนตกหนักต่อเนื่องทำให้ลำห้วยน้ำใสล้นตลิ่ง เทศบาลได้นำถุงยังชีพและน้ำดื่มมอบให้ครัวเรือนที่ได้รับผลกระทบ 126 ครัวเรือน
C: เจ้าหน้าที่ขนถุงยังชีพลงเรือเพื่อนำไปมอบให้ผู้ประสบภัยบ้านโนนสะอาด
Y: Hn5tWq2kLpM
จากสถานการณ์ฝนตกหนักในช่วงวันที่ 11-13 กันยายน 2566 ส่งผลให้ระดับน้ำในลำห้วยน้ำใสเพิ่มสูงขึ้นและไหลเข้าท่วมบ้านเรือนประชาชนในหมู่ที่ 5 บ้านโนนสะอาด และหมู่ที่ 6 บ้านดอนแก้ว
เทศบาลตำบลห้วยน้ำใสได้จัดตั้งศูนย์ช่วยเหลือผู้ประสบภัยชั่วคราว ณ โรงเรียนบ้านดอนแก้ว และนำเรือท้องแบนพร้อมเจ้าหน้าที่ อปพร. ออกช่วยขนย้ายสิ่งของและผู้ป่วยติดเตียงไปยังที่ปลอดภัย
วันนี้ นายกเทศมนตรีตำบลห้วยน้ำใสพร้อมคณะได้นำถุงยังชีพ น้ำดื่ม และยารักษาโรคเบื้องต้น มอบให้แก่ครัวเรือนที่ได้รับผลกระทบ จำนวน 126 ครัวเรือน
ประชาชนที่ได้รับความเดือดร้อนสามารถแจ้งขอรับความช่วยเหลือได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย โทร. 1784 หรือหมายเลข 0 4298 1234 ต่อ 199 ตลอด 24 ชั่วโมง

## 41 2023-10-05 08:45 news - สาธารณสุข,ผู้สูงอายุ 1
T: กองสาธารณสุขฯ ให้บริการฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่แก่ผู้สูงอายุและกลุ่มเสี่ยง
I: กองสาธารณสุขและสิ่งแวดล้อมร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลห้วยน้ำใส ให้บริการฉีดวัคซีนไข้หวัดใหญ่ฟรีแก่กลุ่มเสี่ยง 7 กลุ่มโรค
C: เจ้าหน้าที่ฉีดวัคซีนไข้หวัดใหญ่ให้แก่ผู้สูงอายุ ณ ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ
กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลห้วยน้ำใส ขอเชิญผู้สูงอายุที่มีอายุ 65 ปีขึ้นไป ผู้ป่วยโรคเรื้อรัง หญิงตั้งครรภ์ และเด็กอายุ 6 เดือนถึง 2 ปี เข้ารับการฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาลโดยไม่เสียค่าใช้จ่าย
การให้บริการจะหมุนเวียนไปตามศาลาประชาคมของแต่ละหมู่บ้าน ระหว่างวันที่ 9-20 ตุลาคม 2566 เวลา 08.30-12.00 น. ผู้ที่ประสงค์จะรับวัคซีนให้นำบัตรประจำตัวประชาชนมาแสดงด้วย
ในวันแรกของการให้บริการมีผู้สูงอายุมารับวัคซีนแล้ว 214 คน เจ้าหน้าที่ได้ตรวจวัดความดันโลหิตและสังเกตอาการหลังฉีดวัคซีนอย่างน้อย 30 นาทีทุกราย
สอบถามรายละเอียดเพิ่มเติมได้ที่กองสาธารณสุขและสิ่งแวดล้อม โทร. 0 4298 1234 ต่อ 120

## 43 2023-10-26 11:00 jobs - รับสมัครงาน 4
T: ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงาน จำนวน 3 อัตรา
I: เทศบาลตำบลห้วยน้ำใสรับสมัครพนักงานจ้างทั่วไป ตำแหน่งคนงาน สังกัดกองช่าง ระหว่างวันที่ 1-10 พฤศจิกายน 2566
D: ประกาศรับสมัครพนักงานจ้างทั่วไป ตำแหน่งคนงาน|job-worker-2566.pdf|356.8 KB
ด้วยเทศบาลตำบลห้วยน้ำใสประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงาน สังกัดกองช่าง จำนวน 3 อัตรา อัตราค่าตอบแทนเดือนละ 9,000 บาท และเงินเพิ่มค่าครองชีพชั่วคราวตามที่กฎหมายกำหนด
ผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ มีร่างกายแข็งแรง และสามารถปฏิบัติงานนอกสถานที่ได้
ผู้ประสงค์จะสมัครให้ยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัดเทศบาล ระหว่างวันที่ 1-10 พฤศจิกายน 2566 ในวันและเวลาราชการ โดยเทศบาลจะประกาศรายชื่อผู้มีสิทธิเข้ารับการประเมินในวันที่ 14 พฤศจิกายน 2566

## 45 2023-11-27 19:30 news - ประเพณี,กิจกรรม 0
T: ประเพณีลอยกระทงเทศบาลตำบลห้วยน้ำใส ประจำปี 2566 ชื่นมื่น ประชาชนร่วมงานคึกคัก
I: งานประเพณีลอยกระทง ณ สวนสาธารณะหนองน้ำใส มีประชาชนและนักท่องเที่ยวร่วมงานกว่า 5,000 คน
C: ขบวนแห่กระทงใหญ่จากชุมชนต่าง ๆ ในเขตเทศบาล
เมื่อค่ำวันที่ 27 พฤศจิกายน 2566 เทศบาลตำบลห้วยน้ำใสจัดงานประเพณีลอยกระทง ประจำปี 2566 ณ สวนสาธารณะหนองน้ำใส โดยมีนายอำเภอดงเจริญเป็นประธานในพิธีเปิด
ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ การแสดงดนตรีพื้นบ้าน และซุ้มจำหน่ายอาหารของกลุ่มอาชีพในชุมชน
ผลการประกวดกระทงใหญ่ รางวัลชนะเลิศได้แก่ชุมชนบ้านห้วยน้ำใส รองชนะเลิศอันดับหนึ่งได้แก่ชุมชนบ้านโนนสะอาด และรองชนะเลิศอันดับสองได้แก่ชุมชนบ้านดอนแก้ว
เทศบาลขอขอบคุณประชาชน ผู้นำชุมชน และเจ้าหน้าที่ตำรวจสถานีตำรวจภูธรดงเจริญที่ช่วยดูแลความปลอดภัยและการจราจรจนงานสำเร็จลุล่วงด้วยดี

## 47 2023-12-07 10:15 news council-2566-4 สภาเทศบาล 4
T: สภาเทศบาลตำบลห้วยน้ำใสประชุมสมัยสามัญ สมัยที่ 4 ประจำปี 2566
I: ที่ประชุมเห็นชอบกำหนดสมัยประชุมสามัญประจำปี 2567 และอนุมัติจ่ายขาดเงินสะสมเพื่อซ่อมแซมถนนในหมู่บ้าน
วันที่ 6 ธันวาคม 2566 สภาเทศบาลตำบลห้วยน้ำใสได้ประชุมสมัยสามัญ สมัยที่ 4 ประจำปี 2566 ณ ห้องประชุมสภาเทศบาล โดยมีสมาชิกสภาเข้าร่วมประชุมครบองค์ประชุม
ที่ประชุมมีมติกำหนดสมัยประชุมสามัญประจำปี 2567 จำนวน 4 สมัย โดยสมัยแรกเริ่มตั้งแต่วันที่ 1 มีนาคม 2567 เป็นต้นไป
นอกจากนี้ ที่ประชุมอนุมัติให้จ่ายขาดเงินสะสม จำนวน 2,480,000 บาท เพื่อดำเนินโครงการซ่อมแซมถนนคอนกรีตเสริมเหล็กและวางท่อระบายน้ำ จำนวน 5 โครงการ
นายกเทศมนตรีได้ชี้แจงว่าโครงการทั้งหมดจะเริ่มดำเนินการหลังสิ้นฤดูเก็บเกี่ยว เพื่อไม่ให้กระทบต่อการขนส่งผลผลิตทางการเกษตรของประชาชน

## 49 2024-01-10 09:00 announcements tax-2567 ภาษี 3
T: ประกาศเทศบาลตำบลห้วยน้ำใส เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567
I: ขอให้เจ้าของที่ดินและสิ่งปลูกสร้าง และเจ้าของป้าย ชำระภาษีภายในเดือนเมษายน 2567 เพื่อหลีกเลี่ยงเบี้ยปรับและเงินเพิ่ม
D: ประกาศบัญชีรายการที่ดินและสิ่งปลูกสร้าง ประจำปี 2567|tax-land-2567.pdf|1.2 MB
ตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 และพระราชบัญญัติภาษีป้าย พ.ศ. 2510 เทศบาลตำบลห้วยน้ำใสได้ประกาศบัญชีรายการที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 แล้ว
เจ้าของป้ายต้องยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567 ส่วนภาษีที่ดินและสิ่งปลูกสร้างให้ชำระภายในวันที่ 30 เมษายน 2567
ผู้เสียภาษีสามารถชำระได้ที่งานจัดเก็บรายได้ กองคลัง ในวันและเวลาราชการ หรือโอนเงินผ่านบัญชีธนาคารของเทศบาลโดยแจ้งหลักฐานการโอนทางไลน์ @huaynamsai
หากชำระเกินกำหนดจะต้องเสียเบี้ยปรับและเงินเพิ่มร้อยละ 1 ต่อเดือนตามที่กฎหมายกำหนด

## 50 2024-01-13 13:00 news - เด็กและเยาวชน,กิจกรรม 5
T: เทศบาลตำบลห้วยน้ำใสจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ภายใต้คำขวัญ "มุ่งมั่นศึกษา ร่วมพัฒนาชาติไทย"
I: เด็กและผู้ปกครองกว่า 1,500 คนร่วมกิจกรรมวันเด็กแห่งชาติ ณ ลานกีฬาเทศบาลตำบลห้วยน้ำใส
C: เด็ก ๆ ร่วมเล่นเกมและรับของขวัญจากคณะผู้บริหารเทศบาล
วันเสาร์ที่ 13 มกราคม 2567 กองการศึกษา เทศบาลตำบลห้วยน้ำใส จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ ลานกีฬาเทศบาล โดยมีนายกเทศมนตรีกล่าวเปิดงานและอ่านสารวันเด็กของนายกรัฐมนตรี
กิจกรรมภายในงานประกอบด้วยการแสดงบนเวทีของนักเรียน ซุ้มเกมจากหน่วยงานต่าง ๆ การจับรางวัลชิงจักรยาน และการแจกไอศกรีมและขนมฟรีตลอดทั้งวัน
หน่วยงานที่ร่วมจัดซุ้ม ได้แก่ สถานีตำรวจภูธรดงเจริญ โรงพยาบาลส่งเสริมสุขภาพตำบลห้วยน้ำใส การไฟฟ้าส่วนภูมิภาคอำเภอดงเจริญ และโรงเรียนในเขตเทศบาล

## 52 2024-01-31 15:00 news road-repair-moo5 โครงสร้างพื้นฐาน 2
T: กองช่างเร่งซ่อมแซมถนนคอนกรีตสายบ้านโนนสะอาด หมู่ที่ 5 หลังได้รับความเสียหายจากน้ำท่วม
I: ถนนสายหลักของหมู่ที่ 5 ระยะทาง 850 เมตร ได้รับการซ่อมแซมแล้วกว่าร้อยละ 60 คาดว่าจะแล้วเสร็จภายในเดือนกุมภาพันธ์
C: เจ้าหน้าที่กองช่างเทคอนกรีตซ่อมผิวถนนที่ชำรุด
กองช่าง เทศบาลตำบลห้วยน้ำใส ดำเนินการซ่อมแซมถนนคอนกรีตเสริมเหล็กสายบ้านโนนสะอาด หมู่ที่ 5 ซึ่งได้รับความเสียหายจากน้ำท่วมขังเป็นเวลานานในช่วงเดือนกันยายน 2566
การซ่อมแซมประกอบด้วยการรื้อผิวถนนที่แตกร้าว การบดอัดชั้นดินใหม่ และการเทคอนกรีตหนา 15 เซนติเมตร พร้อมวางท่อระบายน้ำขนาด 60 เซนติเมตร เพิ่มเติม 4 จุด
ระหว่างการก่อสร้าง ขอให้ผู้ใช้รถใช้ถนนใช้เส้นทางเลี่ยงผ่านบ้านดอนแก้ว และขออภัยในความไม่สะดวกมา ณ โอกาสนี้

## 54 2024-02-15 10:30 news otop-fair-2567 OTOP,กิจกรรม 0 hl
T: งานมหกรรมสินค้า OTOP ของดีห้วยน้ำใส ประจำปี 2567
I: เทศบาลตำบลห้วยน้ำใสจัดงานมหกรรมสินค้า OTOP ระหว่างวันที่ 15-19 กุมภาพันธ์ 2567 มีผู้ประกอบการร่วมออกร้านกว่า 80 ร้าน
C: ผ้าไหมมัดหมี่และเครื่องจักสานจากกลุ่มอาชีพในตำบลห้วยน้ำใส
Y: q8VdR1m7bXs
งานมหกรรมสินค้า OTOP ของดีห้วยน้ำใส ประจำปี 2567 จัดขึ้น ณ ลานหน้าสำนักงานเทศบาล โดยได้รับเกียรติจากพัฒนาการจังหวัดวารีบุรีเป็นประธานในพิธีเปิด
สินค้าที่นำมาจำหน่ายมีทั้งผ้าไหมมัดหมี่ เครื่องจักสานจากต้นกก ข้าวหอมมะลิอินทรีย์ ปลาส้มห้วยน้ำใส และผลิตภัณฑ์แปรรูปจากกลุ่มแม่บ้านในชุมชน
ตลอดการจัดงานมียอดจำหน่ายสินค้ารวมกว่า 1.8 ล้านบาท ซึ่งช่วยสร้างรายได้และประชาสัมพันธ์สินค้าของชุมชนให้เป็นที่รู้จักมากขึ้น
นอกจากการจำหน่ายสินค้าแล้ว ยังมีการสาธิตการทอผ้าไหมและการสานกระติบข้าว ให้ผู้ร่วมงานได้ทดลองทำด้วยตนเอง
เทศบาลมีแผนจะจัดงานในลักษณะนี้เป็นประจำทุกปี และจะสนับสนุนให้ผู้ประกอบการขายสินค้าผ่านช่องทางออนไลน์เพิ่มขึ้น

## 56 2024-02-28 09:30 jobs - รับสมัครงาน,เด็กและเยาวชน 5
T: ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ดูแลเด็ก
I: กองการศึกษารับสมัครผู้ดูแลเด็กประจำศูนย์พัฒนาเด็กเล็กเทศบาลตำบลห้วยน้ำใส จำนวน 2 อัตรา
D: ประกาศรับสมัครพนักงานจ้างตามภารกิจ ตำแหน่งผู้ดูแลเด็ก|job-caregiver-2567.pdf|402.1 KB
เทศบาลตำบลห้วยน้ำใสรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ดูแลเด็ก สังกัดกองการศึกษา จำนวน 2 อัตรา ค่าตอบแทนเดือนละ 10,850 บาท
ผู้สมัครต้องมีวุฒิการศึกษาไม่ต่ำกว่ามัธยมศึกษาตอนปลาย หากมีประสบการณ์ด้านการดูแลเด็กปฐมวัยจะได้รับการพิจารณาเป็นพิเศษ
เปิดรับสมัครระหว่างวันที่ 4-15 มีนาคม 2567 ณ สำนักปลัดเทศบาล และจะทำการประเมินสมรรถนะด้วยการสอบข้อเขียนและสอบสัมภาษณ์ในวันที่ 22 มีนาคม 2567
รายละเอียดตามประกาศที่แนบมาพร้อมนี้

## 58 2024-03-08 08:00 news - สาธารณสุข 1
T: รณรงค์ป้องกันโรคไข้เลือดออก กำจัดลูกน้ำยุงลายทุกหมู่บ้านก่อนเข้าฤดูฝน
I: กองสาธารณสุขฯ ร่วมกับ อสม. ลงพื้นที่สำรวจและกำจัดแหล่งเพาะพันธุ์ยุงลาย พร้อมพ่นหมอกควันในชุมชนที่พบผู้ป่วย
C: อสม. สำรวจลูกน้ำยุงลายในภาชนะขังน้ำรอบบ้าน
กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลห้วยน้ำใส ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้าน ดำเนินการรณรงค์ป้องกันโรคไข้เลือดออกตามมาตรการ 3 เก็บ ได้แก่ เก็บบ้าน เก็บขยะ และเก็บน้ำ
จากการสำรวจ 7 หมู่บ้านพบค่าดัชนีลูกน้ำยุงลายในบางหมู่บ้านสูงเกินเกณฑ์ เจ้าหน้าที่จึงแจกทรายกำจัดลูกน้ำและแนะนำให้ประชาชนปิดฝาภาชนะขังน้ำทุกชนิด
ในปี 2567 อำเภอดงเจริญพบผู้ป่วยโรคไข้เลือดออกแล้ว 18 ราย ในเขตเทศบาล 3 ราย เจ้าหน้าที่ได้พ่นหมอกควันในรัศมี 100 เมตรรอบบ้านผู้ป่วยทุกราย
หากมีอาการไข้สูงลอยเกิน 2 วัน ขอให้รีบไปพบแพทย์ และห้ามรับประทานยาแก้ปวดกลุ่มแอสไพรินหรือไอบูโพรเฟน

## 60 2024-03-15 10:00 news council-2567-1 สภาเทศบาล 4 hl
T: สภาเทศบาลตำบลห้วยน้ำใสประชุมสมัยสามัญ สมัยที่ 1 ประจำปี 2567
I: ที่ประชุมสภาเทศบาลเห็นชอบร่างแผนพัฒนาท้องถิ่นเพิ่มเติม และรับฟังรายงานการใช้จ่ายเงินสะสมในการซ่อมแซมถนน
C: นายกเทศมนตรีตำบลห้วยน้ำใสชี้แจงต่อที่ประชุมสภาเทศบาล
วันศุกร์ที่ 15 มีนาคม 2567 เวลา 09.30 น. สภาเทศบาลตำบลห้วยน้ำใสได้ประชุมสมัยสามัญ สมัยที่ 1 ประจำปี 2567 ณ ห้องประชุมสภาเทศบาล
ที่ประชุมพิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 1 ซึ่งบรรจุโครงการใหม่ 12 โครงการที่ได้จากการประชุมประชาคมหมู่บ้าน เช่น โครงการขุดลอกลำห้วยน้ำใส และโครงการติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์
นายกเทศมนตรีได้รายงานความคืบหน้าของโครงการซ่อมแซมถนนที่ใช้เงินสะสม ซึ่งดำเนินการแล้วเสร็จ 3 โครงการ และอยู่ระหว่างดำเนินการอีก 2 โครงการ
สมาชิกสภาได้ตั้งกระทู้ถามเรื่องการจัดเก็บขยะในหมู่ที่ 7 ซึ่งฝ่ายบริหารรับจะปรับรอบการจัดเก็บเป็นสัปดาห์ละ 2 ครั้งตั้งแต่เดือนเมษายน
ที่ประชุมมีมติเห็นชอบร่างแผนพัฒนาท้องถิ่นเพิ่มเติมด้วยคะแนนเสียง 11 เสียง งดออกเสียง 1 เสียง

## 62 2024-03-29 14:00 announcements - ภาษี 3
T: ประกาศขยายเวลาการยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2567
I: เทศบาลตำบลห้วยน้ำใสขยายเวลายื่นแบบ ภ.ป.1 ออกไปจนถึงวันที่ 30 เมษายน 2567
เนื่องจากมีเจ้าของป้ายจำนวนมากยังไม่ได้ยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2567 ภายในกำหนด เทศบาลตำบลห้วยน้ำใสจึงขยายเวลาการยื่นแบบออกไปจนถึงวันอังคารที่ 30 เมษายน 2567
ผู้ที่ยื่นแบบภายในระยะเวลาที่ขยายออกไปจะไม่ต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย
ในช่วงวันที่ 1-30 เมษายน 2567 งานจัดเก็บรายได้ กองคลัง จะเปิดให้บริการในวันเสาร์ เวลา 08.30-12.00 น. เพิ่มเติม

## 64 2024-04-12 09:30 news - ประเพณี,ผู้สูงอายุ,กิจกรรม 0 hl
T: สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2567
I: เทศบาลตำบลห้วยน้ำใสจัดพิธีรดน้ำขอพรผู้สูงอายุ เนื่องในวันผู้สูงอายุแห่งชาติและเทศกาลสงกรานต์ มีผู้สูงอายุร่วมงาน 420 คน
C: คณะผู้บริหารเทศบาลรดน้ำขอพรผู้สูงอายุ ณ หอประชุมเทศบาล
วันที่ 12 เมษายน 2567 เทศบาลตำบลห้วยน้ำใสจัดโครงการสืบสานประเพณีสงกรานต์และวันผู้สูงอายุ ณ หอประชุมเทศบาลตำบลห้วยน้ำใส
ในช่วงเช้ามีพิธีทำบุญตักบาตรและสรงน้ำพระพุทธรูป จากนั้นคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาลร่วมกันรดน้ำขอพรผู้สูงอายุ
ภายในงานมีการประกวดผู้สูงอายุสุขภาพดี การแสดงรำวงย้อนยุคของชมรมผู้สูงอายุ และการตรวจสุขภาพเบื้องต้นโดยเจ้าหน้าที่ รพ.สต.ห้วยน้ำใส
นายกเทศมนตรีกล่าวว่า ผู้สูงอายุเป็นร่มโพธิ์ร่มไทรของลูกหลาน การจัดงานนี้เป็นการแสดงความกตัญญูและสืบสานประเพณีอันดีงามของไทย

## 66 2024-04-30 11:30 news - โครงสร้างพื้นฐาน 2
T: ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ 40 จุด ในพื้นที่เสี่ยงอุบัติเหตุ
I: กองช่างติดตั้งโคมไฟถนนพลังงานแสงอาทิตย์ตามเส้นทางเชื่อมระหว่างหมู่บ้าน เพิ่มความปลอดภัยในการเดินทางยามค่ำคืน
C: โคมไฟพลังงานแสงอาทิตย์ที่ติดตั้งแล้วเสร็จบนถนนสายห้วยน้ำใส-ดอนแก้ว
เทศบาลตำบลห้วยน้ำใสได้ดำเนินโครงการติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ จำนวน 40 จุด บนถนนสายห้วยน้ำใส-ดอนแก้ว และถนนสายบ้านโนนสะอาด-บ้านหนองแวง
จุดที่ติดตั้งเป็นบริเวณทางโค้งและทางแยกที่เคยเกิดอุบัติเหตุบ่อยครั้ง ซึ่งประชาชนได้เสนอผ่านการประชุมประชาคมหมู่บ้าน
โคมไฟแต่ละต้นมีแผงโซลาร์เซลล์และแบตเตอรี่ในตัว สามารถให้แสงสว่างได้ตลอดคืนโดยไม่ต้องใช้ไฟฟ้าจากระบบสายส่ง ช่วยประหยัดค่าไฟฟ้าของเทศบาลได้ปีละประมาณ 96,000 บาท
หากพบโคมไฟชำรุด สามารถแจ้งได้ที่กองช่าง โทร. 0 4298 1234 ต่อ 130 หรือผ่านระบบรับเรื่องร้องเรียนออนไลน์ของเทศบาล

## 68 2024-05-16 08:30 news rabies-vaccine-2567 สาธารณสุข 1
T: ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าและทำหมันสุนัขแมวฟรี ตามโครงการสัตว์ปลอดโรค คนปลอดภัย
I: กองสาธารณสุขฯ ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวทุกหมู่บ้าน ระหว่างวันที่ 20-31 พฤษภาคม 2567
เทศบาลตำบลห้วยน้ำใส ดำเนินโครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า ตามพระปณิธานศาสตราจารย์ ดร.สมเด็จพระเจ้าน้องนางเธอ เจ้าฟ้าจุฬาภรณวลัยลักษณ์ อัครราชกุมารี
เจ้าหน้าที่จะออกให้บริการฉีดวัคซีนให้แก่สุนัขและแมวที่มีอายุ 2 เดือนขึ้นไปโดยไม่เสียค่าใช้จ่าย พร้อมขึ้นทะเบียนสัตว์เลี้ยงและมอบบัตรประจำตัวสัตว์
- วันที่ 20-22 พฤษภาคม 2567 หมู่ที่ 1 ถึงหมู่ที่ 3
- วันที่ 23-27 พฤษภาคม 2567 หมู่ที่ 4 ถึงหมู่ที่ 5
- วันที่ 28-31 พฤษภาคม 2567 หมู่ที่ 6 ถึงหมู่ที่ 7
ผู้ที่ต้องการนำสัตว์เลี้ยงไปทำหมันสามารถลงทะเบียนล่วงหน้าได้ที่ผู้ใหญ่บ้านหรือ อสม. ประจำหมู่บ้าน

## 70 2024-05-29 13:30 jobs - รับสมัครงาน,ป้องกันภัย 4
T: ประกาศรับสมัครพนักงานจ้างตามภารกิจ ตำแหน่งพนักงานขับรถยนต์ดับเพลิง จำนวน 1 อัตรา
I: งานป้องกันและบรรเทาสาธารณภัยรับสมัครพนักงานขับรถยนต์ดับเพลิง เปิดรับสมัครวันที่ 3-14 มิถุนายน 2567
D: ประกาศรับสมัครพนักงานขับรถยนต์ดับเพลิง|job-firetruck-driver-2567.pdf|388.0 KB
เทศบาลตำบลห้วยน้ำใสรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งพนักงานขับรถยนต์ดับเพลิง สังกัดสำนักปลัดเทศบาล จำนวน 1 อัตรา
ผู้สมัครต้องมีใบอนุญาตขับรถยนต์ประเภท 2 ขึ้นไป และผ่านการฝึกอบรมหลักสูตรการดับเพลิงหรือหลักสูตร อปพร. มาแล้ว
การเลือกสรรจะประเมินด้วยการทดสอบความรู้ การทดสอบขับรถยนต์ดับเพลิง และการสอบสัมภาษณ์ในวันที่ 20 มิถุนายน 2567

## 72 2024-06-07 10:00 news - น้ำท่วม,ป้องกันภัย 2
T: เทศบาลตำบลห้วยน้ำใสขุดลอกลำห้วยและท่อระบายน้ำ เตรียมรับมือฤดูฝนปี 2567
I: กองช่างและงานป้องกันฯ ขุดลอกลำห้วยน้ำใสระยะทาง 1.2 กิโลเมตร และล้างท่อระบายน้ำในชุมชน เพื่อลดความเสี่ยงน้ำท่วมขัง
C: รถขุดตักดินขุดลอกวัชพืชและตะกอนในลำห้วยน้ำใส
จากบทเรียนน้ำท่วมเมื่อเดือนกันยายน 2566 เทศบาลตำบลห้วยน้ำใสได้เตรียมความพร้อมรับมือฤดูฝนปี 2567 โดยขุดลอกลำห้วยน้ำใสช่วงที่ไหลผ่านหมู่ที่ 5 และหมู่ที่ 6 ระยะทาง 1.2 กิโลเมตร
เจ้าหน้าที่ได้ล้างทำความสะอาดท่อระบายน้ำในเขตชุมชนรวม 3.5 กิโลเมตร และตรวจสอบความพร้อมของเครื่องสูบน้ำทั้ง 6 เครื่อง
ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลจะเฝ้าระวังระดับน้ำตลอด 24 ชั่วโมง และแจ้งเตือนประชาชนผ่านหอกระจายข่าวและไลน์กลุ่มของแต่ละหมู่บ้าน

## 74 2024-06-20 09:00 news - สิ่งแวดล้อม,กิจกรรม 1
T: เปิดธนาคารขยะชุมชนบ้านห้วยน้ำใส ส่งเสริมการคัดแยกขยะจากต้นทาง
I: ธนาคารขยะแห่งแรกของเทศบาลเปิดรับซื้อขยะรีไซเคิลทุกวันเสาร์ที่ 1 และ 3 ของเดือน สมาชิกสามารถสะสมยอดเงินเป็นสวัสดิการได้
C: สมาชิกธนาคารขยะนำขวดพลาสติกและกระดาษมาชั่งน้ำหนัก
เทศบาลตำบลห้วยน้ำใสร่วมกับชุมชนบ้านห้วยน้ำใส เปิดธนาคารขยะชุมชน ณ ศาลาประชาคมหมู่ที่ 1 เพื่อส่งเสริมให้ประชาชนคัดแยกขยะตั้งแต่ต้นทางและลดปริมาณขยะที่ต้องนำไปกำจัด
ธนาคารขยะรับซื้อขวดพลาสติก กระป๋องอะลูมิเนียม กระดาษ และเศษเหล็ก ตามราคาตลาด โดยสมาชิกจะได้รับสมุดบัญชีสำหรับบันทึกยอดเงินสะสม
เงินสะสมของสมาชิกสามารถนำไปใช้เป็นสวัสดิการฌาปนกิจ หรือแลกเป็นสิ่งของเครื่องใช้ในครัวเรือนได้เมื่อสิ้นปี
ปัจจุบันปริมาณขยะที่เทศบาลต้องจัดเก็บอยู่ที่วันละประมาณ 7.5 ตัน เทศบาลตั้งเป้าลดปริมาณขยะลงให้ได้ร้อยละ 20 ภายในปี 2568
"""


def _parse(spec: str) -> tuple[Art, ...]:
    arts = []
    for chunk in spec.split("\n## ")[1:]:
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        head = lines[0].split()
        pid, day, hm, cat, slug, tags, author = head[:7]
        meta: dict[str, str] = {}
        body = []
        for line in lines[1:]:
            if len(line) > 2 and line[1] == ":" and line[0] in "TICYD":
                meta[line[0]] = line[3:].strip()
            else:
                body.append(line)
        doc = tuple(meta["D"].split("|")) if "D" in meta else None
        arts.append(
            Art(
                pid=int(pid),
                day=day,
                hm=hm,
                cat=cat,
                slug_set="" if slug == "-" else slug,
                tags=() if tags == "-" else tuple(tags.split(",")),
                author=int(author),
                highlight="hl" in head[7:],
                title=meta["T"],
                intro=meta["I"],
                caption=meta.get("C"),
                youtube=meta.get("Y"),
                doc=doc,  # type: ignore[arg-type]
                body=tuple(body),
            )
        )
    return tuple(sorted(arts, key=lambda a: (a.day, a.hm)))


ARTS = _parse(SPEC)
NEWEST = tuple(reversed(ARTS))
HIGHLIGHTS = tuple(a for a in NEWEST if a.highlight)
TAGS: tuple[str, ...] = tuple(sorted({t for a in ARTS for t in a.tags}))
MONTHS_WITH_NEWS = tuple(sorted({(a.d.year, a.d.month) for a in ARTS}, reverse=True))

EVENTS = (
    (
        "blood-donation-2567-05",
        "2024-05-24",
        "08.30-12.00 น.",
        "รับบริจาคโลหิต ครั้งที่ 2/2567",
        "หอประชุมเทศบาลตำบลห้วยน้ำใส",
        "ร่วมกับเหล่ากาชาดจังหวัดวารีบุรี",
    ),
    (
        "rabies-vaccine-unit",
        "2024-05-28",
        "08.30-15.00 น.",
        "หน่วยฉีดวัคซีนพิษสุนัขบ้า หมู่ที่ 6-7",
        "ศาลาประชาคมบ้านดอนแก้ว",
        "นำสุนัขและแมวมารับวัคซีนฟรี",
    ),
    (
        "council-2567-2",
        "2024-06-14",
        "09.30 น.",
        "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2/2567",
        "ห้องประชุมสภาเทศบาล",
        "ประชาชนเข้าฟังการประชุมได้",
    ),
    (
        "mobile-unit-2567-06",
        "2024-06-28",
        "09.00-15.00 น.",
        "เทศบาลเคลื่อนที่ พบประชาชน",
        "วัดบ้านหนองแวง หมู่ที่ 7",
        "รับชำระภาษีและรับเรื่องร้องเรียนนอกสถานที่",
    ),
    (
        "candle-festival-2567",
        "2024-07-20",
        "17.00 น.",
        "งานแห่เทียนพรรษา ประจำปี 2567",
        "วัดห้วยน้ำใส",
        "ขบวนแห่เทียนจากทุกชุมชน",
    ),
    (
        "queen-mother-day-2567",
        "2024-08-12",
        "07.30 น.",
        "พิธีถวายพระพรชัยมงคล วันแม่แห่งชาติ",
        "ลานหน้าสำนักงานเทศบาล",
        "แต่งกายชุดสุภาพโทนสีฟ้า",
    ),
)
ITA = (
    ("O1", "โครงสร้างหน่วยงาน", "o1-structure-2567.pdf"),
    ("O2", "ข้อมูลผู้บริหาร", "o2-executives-2567.pdf"),
    ("O3", "อำนาจหน้าที่", "o3-authority.pdf"),
    ("O4", "แผนการดำเนินงานประจำปี", "o4-plan-2567.pdf"),
    ("O5", "ข้อมูลการติดต่อ", "o5-contact.pdf"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "o6-laws.pdf"),
    ("O7", "ข่าวประชาสัมพันธ์", "o7-news-2567.pdf"),
    ("O8", "Q&A", "o8-qa.pdf"),
    ("O9", "Social Network", "o9-social.pdf"),
    ("O10", "รายงานผลการดำเนินงานประจำปี", "o10-report-2566.pdf"),
)
BASIC_INFO = "/about/" + enc("ข้อมูลพื้นฐาน") + "/"
PAGE_TITLES = {
    "/": "หน้าแรก",
    "/about/": "เกี่ยวกับเทศบาล",
    BASIC_INFO: "ข้อมูลพื้นฐาน",
    "/about/executives/": "คณะผู้บริหาร",
    "/news/": "ข่าวสาร",
    "/news/announcements/": "ประกาศเทศบาล",
    "/news/jobs/": "รับสมัครงาน",
    "/highlights/": "ข่าวเด่น",
    "/events/": "ปฏิทินกิจกรรม",
    "/ita/": "ITA การเปิดเผยข้อมูลสาธารณะ",
    "/contact/": "ติดต่อเรา",
    "/search/": "ค้นหา",
}


def month_step(y: int, m: int, step: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + step
    return n // 12, n % 12 + 1


def month_name(y: int, m: int) -> str:
    return f"{MONTHS[m - 1]} {y + 543}"


def thai_full(d: date) -> str:
    return f"วัน{thai_weekday(d)}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"


def gold_paragraphs(a: Art) -> tuple[str, ...]:
    return tuple(" ".join(p.removeprefix("- ").split()) for p in (a.intro, *a.body))


def excerpt(a: Art, limit: int = 90) -> str:
    """Django's truncatechars: the cut text plus '…' is ``limit`` characters long."""
    return a.intro if len(a.intro) <= limit else a.intro[: limit - 1] + "…"


def index_url(page: int | None = None, tag: str | None = None) -> str:
    q = []
    if tag:
        q.append("tag=" + quote_plus(tag))
    if page:
        q.append(f"page={page}")
    return "/news/" + ("?" + "&".join(q) if q else "")


def arch_url(y: int, m: int) -> str:
    return f"/news/archive/{y}/{m:02d}/"


def events_url(y: int, m: int) -> str:
    return f"/events/?month={y}-{m:02d}"


def search_url(query: str, page: int = 1) -> str:
    return "/search/?query=" + quote_plus(query) + (f"&page={page}" if page > 1 else "")


def items_of(tag: str | None = None, cat: str | None = None) -> list[Art]:
    return [a for a in NEWEST if (tag is None or tag in a.tags) and (cat is None or a.cat == cat)]


def get_page(number: str | None, count: int) -> int:
    """Django's Paginator.get_page: not a number -> 1, past the end -> the last page."""
    last = max(1, -(-count // PER_PAGE))
    try:
        n = int(number or "1")
    except ValueError:
        return 1
    return n if 1 <= n <= last else last


class _Wagtail:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.site.url(path)

    @staticmethod
    def html(text: str, status: int = 200) -> Response:
        headers = (
            ("Content-Type", "text/html; charset=utf-8"),
            ("X-Frame-Options", "DENY"),
            ("Vary", "Cookie"),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "same-origin"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
        )
        return Response(status, headers, text.encode("utf-8"))

    def add_page(self, path: str, text: str) -> None:
        self.site.add(path, self.html(text))
        self.non_articles.append(self.u(path))

    # -- frame ---------------------------------------------------------------------------------
    @staticmethod
    def nav(section: str) -> str:
        def item(path: str, label: str | None = None) -> str:
            active = " active" if path == section else ""
            return f'<li class="nav-item"><a class="nav-link{active}" href="{attr(path)}">{esc(label or PAGE_TITLES[path])}</a></li>'

        def drop(key: str, label: str, paths: tuple[str, ...]) -> str:
            active = " active" if section in paths else ""
            sub = "".join(
                f'<li><a class="dropdown-item" href="{attr(p)}">{esc(PAGE_TITLES[p])}</a></li>' for p in paths
            )
            return (
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle{active}" href="#" id="dd-{key}" role="button" data-bs-toggle="dropdown" aria-expanded="false">{esc(label)}</a>'
                f'<ul class="dropdown-menu" aria-labelledby="dd-{key}">{sub}</ul></li>'
            )

        return "\n".join(
            (
                item("/"),
                drop("about", "เกี่ยวกับเทศบาล", ("/about/", BASIC_INFO, "/about/executives/")),
                drop("news", "ข่าวสาร", ("/news/", "/news/announcements/", "/news/jobs/", "/highlights/")),
                item("/events/"),
                item("/ita/", "ITA"),
                item("/contact/"),
            )
        )

    @staticmethod
    def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
        lis = []
        for i, (label, href) in enumerate(trail):
            if href and i < len(trail) - 1:
                lis.append(f'<li class="breadcrumb-item"><a href="{attr(href)}">{esc(label)}</a></li>')
            else:
                lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
        return f'<nav aria-label="breadcrumb" class="hns-breadcrumb"><div class="container"><ol class="breadcrumb mb-0">{"".join(lis)}</ol></div></nav>'

    @staticmethod
    def counter(current: str) -> str:
        n = int(_h(f"counter:{current}", 6), 16)
        return (
            f'<div class="visitor-counter small"><i class="bi bi-people"></i> ผู้เข้าชมวันนี้ {120 + n % 260:,} คน'
            f" | เดือนนี้ {4_800 + n % 900:,} คน | ทั้งหมด {612_394 + n % 3000:,} คน</div>"
        )

    def page(
        self,
        current: str,
        title: str,
        main: str,
        trail: list[tuple[str, str | None]],
        section: str,
        template: str,
        side: str | None = None,
        canonical: str | None = None,
        head: str = "",
    ) -> str:
        canon = f'<link rel="canonical" href="{attr(self.u(canonical))}">\n' if canonical else ""
        if side:
            body = f'<div class="container py-4"><div class="row g-4"><main class="col-lg-8" id="main-content">{main}</main><aside class="col-lg-4 sidebar">{side}</aside></div></div>'
        else:
            body = f'<div class="container py-4"><main id="main-content">{main}</main></div>'
        return f"""<!DOCTYPE html>
<html lang="th" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(SITE)}</title>
<meta name="description" content="เว็บไซต์ทางการ{attr(SITE)} อำเภอดงเจริญ จังหวัดวารีบุรี">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}{canon}<link rel="alternate" type="application/rss+xml" title="ข่าวสาร {attr(SITE)}" href="/news/feed/">
<link rel="icon" href="/static/img/favicon.2b1f6a0c9e3d.ico">
<link rel="preconnect" href="https://fonts.googleapis.com"><link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;600&amp;display=swap" rel="stylesheet">
<link rel="stylesheet" href="{BS_CSS}">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
<link rel="stylesheet" href="{CSS}">
</head>
<body class="{template}">
<a class="visually-hidden-focusable" href="#main-content">ข้ามไปยังเนื้อหาหลัก</a>
<div class="topbar bg-dark text-white small py-1"><div class="container d-flex justify-content-between">
<span><i class="bi bi-telephone"></i> {PHONE} <span class="ms-3"><i class="bi bi-envelope"></i> {EMAIL}</span></span>
<span><a class="text-white" href="https://www.facebook.com/huaynamsai.go.th" target="_blank" rel="noopener"><i class="bi bi-facebook"></i></a> <a class="text-white ms-2" href="https://line.me/R/ti/p/@huaynamsai" target="_blank" rel="noopener"><i class="bi bi-line"></i></a></span>
</div></div>
<header class="site-header">
<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container">
<a class="navbar-brand d-flex align-items-center" href="/"><img src="{LOGO}" alt="ตราสัญลักษณ์{attr(SITE)}" width="64" height="64"><span class="ms-2 lh-sm"><strong>{esc(SITE)}</strong><br><small class="text-muted">อำเภอดงเจริญ จังหวัดวารีบุรี</small></span></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="เมนู"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">
{self.nav(section)}
</ul>
<form class="d-flex ms-lg-3" role="search" action="/search/" method="get"><input class="form-control form-control-sm" type="search" name="query" placeholder="ค้นหา..." aria-label="ค้นหา"><button class="btn btn-sm btn-primary ms-1" type="submit"><i class="bi bi-search"></i></button></form>
</div></div></nav>
</header>
{self.breadcrumb(trail) if len(trail) > 1 else ""}
{body}
<footer class="site-footer bg-primary text-white pt-4 pb-2 mt-4"><div class="container"><div class="row">
<div class="col-md-6"><h5>{esc(SITE)}</h5><p class="mb-1">{esc(ADDRESS)}</p><p class="mb-1">โทรศัพท์ {PHONE} ต่อ 100 | อีเมล <a class="text-white" href="mailto:{EMAIL}">{EMAIL}</a></p><p class="small">เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p></div>
<div class="col-md-3"><h6>ลิงก์ที่เกี่ยวข้อง</h6><ul class="list-unstyled small"><li><a class="text-white" href="https://www.dla.go.th/" target="_blank" rel="noopener">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a class="text-white" href="https://www.info.go.th/" target="_blank" rel="noopener">ศูนย์ข้อมูลข่าวสารของราชการ</a></li><li><a class="text-white" href="/sitemap.xml">แผนผังเว็บไซต์ (XML)</a></li><li><a class="text-white" href="/admin/" rel="nofollow">สำหรับเจ้าหน้าที่</a></li></ul></div>
<div class="col-md-3">{self.counter(current)}</div>
</div>
<hr class="border-light"><p class="small text-center mb-0">สงวนลิขสิทธิ์ &copy; 2567 {esc(SITE)} | ออกแบบและพัฒนาโดย สยามเว็บดีไซน์ | Powered by <a class="text-white" href="https://wagtail.org/" target="_blank" rel="noopener">Wagtail</a></p>
</div></footer>
<script src="/static/vendor/bootstrap/js/bootstrap.bundle.min.0c7b2e9d4f1a.js"></script>
<script src="{JS}"></script>
</body>
</html>"""

    # -- snippets --------------------------------------------------------------------------------
    @staticmethod
    def card(a: Art, href: str | None = None) -> str:
        href = href or a.path
        return (
            f'<div class="col"><article class="card h-100 news-card shadow-sm">'
            f'<a href="{attr(href)}"><img class="card-img-top" src="{attr(a.rendition("fill-400x260"))}" alt="{attr(a.title)}" width="400" height="260" loading="lazy"></a>'
            f'<div class="card-body"><span class="badge text-bg-info mb-2">{esc(CATS[a.cat][0])}</span>'
            f'<h3 class="card-title h6"><a class="stretched-link text-decoration-none" href="{attr(href)}">{esc(a.title)}</a></h3>'
            f'<p class="card-text text-muted small mb-1"><i class="bi bi-calendar3"></i> {thai_abbr(a.d)}</p>'
            f'<p class="card-text small">{esc(excerpt(a))}</p></div></article></div>'
        )

    def cards(self, arts: list[Art] | tuple[Art, ...]) -> str:
        return '<div class="row row-cols-1 row-cols-md-2 g-3">' + "".join(self.card(a) for a in arts) + "</div>"

    @staticmethod
    def pager(cur: int, total: int, href) -> str:
        if total <= 1:
            return ""
        lis = []
        if cur > 1:
            lis.append(f'<li class="page-item"><a class="page-link" href="{attr(href(1))}">&laquo; แรก</a></li>')
            lis.append(f'<li class="page-item"><a class="page-link" href="{attr(href(cur - 1))}">ก่อนหน้า</a></li>')
        for n in range(1, total + 1):
            if n == cur:
                lis.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>')
            else:
                lis.append(f'<li class="page-item"><a class="page-link" href="{attr(href(n))}">{n}</a></li>')
        if cur < total:
            lis.append(f'<li class="page-item"><a class="page-link" href="{attr(href(cur + 1))}">ถัดไป</a></li>')
            lis.append(f'<li class="page-item"><a class="page-link" href="{attr(href(total))}">สุดท้าย &raquo;</a></li>')
        return f'<nav aria-label="เลขหน้า" class="mt-4"><ul class="pagination justify-content-center">{"".join(lis)}</ul><p class="text-center small text-muted">หน้า {cur} จาก {total}</p></nav>'

    def news_side(self) -> str:
        cats = "".join(
            f'<li class="list-group-item d-flex justify-content-between"><a href="{attr(path)}">{esc(label)}</a><span class="badge text-bg-secondary">{len(ARTS) if key == "news" else len(items_of(cat=key))}</span></li>'
            for key, (label, path) in CATS.items()
        )
        months = []
        y, m = TODAY.year, TODAY.month
        for _ in range(24):
            n = sum(1 for a in ARTS if (a.d.year, a.d.month) == (y, m))
            months.append(
                f'<li><a href="{arch_url(y, m)}">{month_name(y, m)}</a> <span class="text-muted">({n})</span></li>'
            )
            y, m = month_step(y, m, -1)
        tags = " ".join(
            f'<a class="badge rounded-pill text-bg-light border" href="{attr(index_url(tag=t))}">{esc(t)}</a>'
            for t in TAGS
        )
        latest = "".join(
            f'<li class="mb-2"><a href="{attr(a.path)}">{esc(a.title)}</a><br><small class="text-muted">{thai_abbr(a.d)}</small></li>'
            for a in NEWEST[:5]
        )
        return (
            f'<div class="card mb-3"><div class="card-header fw-bold">หมวดหมู่ข่าว</div><ul class="list-group list-group-flush">{cats}</ul></div>'
            f'<div class="card mb-3"><div class="card-header fw-bold">คลังข่าว</div><div class="card-body"><ul class="list-unstyled archive-months small mb-0">{"".join(months)}</ul></div></div>'
            f'<div class="card mb-3"><div class="card-header fw-bold">แท็ก</div><div class="card-body tag-cloud">{tags}</div></div>'
            f'<div class="card mb-3"><div class="card-header fw-bold">ข่าวล่าสุด</div><div class="card-body"><ul class="list-unstyled small mb-0">{latest}</ul></div></div>'
        )

    # -- the news page -------------------------------------------------------------------------
    @staticmethod
    def rich(pid: int, lines: list[str], start: int) -> str:
        out, items = [], []
        for i, line in enumerate(lines):
            if line.startswith("- "):
                items.append(f'<li data-block-key="{_h(f"bk:{pid}:{start + i}", 5)}">{esc(line[2:])}</li>')
                continue
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            out.append(f'<p data-block-key="{_h(f"bk:{pid}:{start + i}", 5)}">{esc(line)}</p>')
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
        return "".join(out)

    def body_html(self, a: Art) -> str:
        blocks = [f'<div class="block-intro"><div class="lead">{self.rich(a.pid, [a.intro], 0)}</div></div>']
        body = list(a.body)
        cut = 2 if a.caption and len(body) > 2 else len(body)
        blocks.append(f'<div class="block-paragraph">{self.rich(a.pid, body[:cut], 1)}</div>')
        if a.caption:
            blocks.append(
                f'<div class="block-image"><figure class="figure w-100"><img class="figure-img img-fluid rounded" src="{attr(a.rendition("width-800"))}" alt="{attr(a.caption)}" width="800" height="533">'
                f'<figcaption class="figure-caption text-center">{esc(a.caption)}</figcaption></figure></div>'
            )
        if body[cut:]:
            blocks.append(f'<div class="block-paragraph">{self.rich(a.pid, body[cut:], 1 + cut)}</div>')
        if a.youtube:
            blocks.append(
                f'<div class="block-embed"><div class="ratio ratio-16x9"><iframe width="200" height="113" src="https://www.youtube.com/embed/{a.youtube}?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen title="{attr(SITE)}"></iframe></div></div>'
            )
        if a.doc:
            label, _, size = a.doc
            blocks.append(
                f'<div class="block-document"><a class="btn btn-outline-primary btn-sm" href="{attr(a.doc_path or "")}"><i class="bi bi-file-earmark-pdf"></i> {esc(label)}</a> <small class="text-muted">(PDF, {esc(size)})</small></div>'
            )
        return '<div class="news-body streamfield">' + "\n".join(blocks) + "</div>"

    @staticmethod
    def related(a: Art) -> list[Art]:
        others = [o for o in ARTS if o is not a]
        others.sort(key=lambda o: (-len(set(o.tags) & set(a.tags)), abs((o.d - a.d).days), o.pid))
        return others[:3]

    def article_main(self, a: Art) -> str:
        views = 180 + int(_h(f"views:{a.pid}", 6), 16) % 2400
        updated = ""
        if a.pid % 3 == 0:
            up = a.d + timedelta(days=1)
            updated = f' <span class="ms-3"><i class="bi bi-pencil-square"></i> ปรับปรุงล่าสุด {thai_abbr(up)} 14:{a.pid % 60:02d} น.</span>'
        tags = " ".join(
            f'<a class="badge rounded-pill text-bg-secondary text-decoration-none" href="{attr(index_url(tag=t))}">#{esc(t)}</a>'
            for t in a.tags
        )
        if tags:
            tags = f'<div class="news-tags mt-3"><i class="bi bi-tags"></i> {tags}</div>'
        canon = self.u(a.path)
        share = (
            '<div class="share-bar d-flex flex-wrap gap-2 align-items-center my-3"><span class="fw-bold">แชร์ :</span>'
            f'<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(canon, safe="")}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Facebook</a>'
            f'<a class="btn btn-sm btn-success" href="https://social-plugins.line.me/lineit/share?url={quote(canon, safe="")}" target="_blank" rel="noopener"><i class="bi bi-line"></i> LINE</a>'
            f'<a class="btn btn-sm btn-dark" href="https://twitter.com/intent/tweet?url={quote(canon, safe="")}&amp;text={quote(a.title, safe="")}" target="_blank" rel="noopener"><i class="bi bi-twitter-x"></i> X</a>'
            f'<a class="btn btn-sm btn-outline-secondary" href="{a.share_path}" title="ลิงก์แชร์แบบสั้น"><i class="bi bi-link-45deg"></i> ลิงก์แชร์</a>'
            '<button class="btn btn-sm btn-outline-secondary" onclick="window.print()"><i class="bi bi-printer"></i> พิมพ์</button></div>'
        )
        rel = self.related(a)
        related = (
            '<section class="related-news mt-4"><h2 class="h5 border-bottom pb-2">ข่าวที่เกี่ยวข้อง</h2><div class="row row-cols-1 row-cols-md-3 g-3">'
            + "".join(self.card(o) for o in rel)
            + "</div></section>"
        )
        return (
            f'<article class="news-detail" data-page-id="{a.pid}"><header class="mb-3"><span class="badge text-bg-info">{esc(CATS[a.cat][0])}</span>'
            f'<h1 class="news-title h3 mt-2">{esc(a.title)}</h1>'
            f'<div class="news-meta text-muted small"><span><i class="bi bi-calendar3"></i> <time datetime="{a.day}T{a.hm}:00+07:00">{thai_full(a.d)}</time></span>'
            f'<span class="ms-3"><i class="bi bi-person"></i> โดย {esc(AUTHORS[a.author])}</span>'
            f'<span class="ms-3"><i class="bi bi-eye"></i> เข้าชม {views:,} ครั้ง</span>{updated}</div></header>'
            f"{self.body_html(a)}{tags}{share}</article>{related}"
            f'<p class="mt-4"><a href="{CATS[a.cat][1]}" class="btn btn-link">&laquo; กลับหน้ารวมข่าว</a></p>'
        )

    def article_page(self, a: Art, current: str, kind: str = "page") -> str:
        head = (
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">\n'
            f'<meta property="og:description" content="{attr(a.intro)}">\n<meta property="og:image" content="{attr(self.u(a.rendition("fill-1200x630")))}">\n'
            f'<meta property="og:url" content="{attr(self.u(a.path))}">\n'
        )
        if kind == "share":
            head += '<meta name="robots" content="noindex">\n'
        if kind == "alias":
            trail = [("หน้าแรก", "/"), ("ข่าวเด่น", "/highlights/"), (a.title, None)]
        else:
            trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news/")]
            if a.cat != "news":
                trail.append((CATS[a.cat][0], CATS[a.cat][1]))
            trail.append((a.title, None))
        return self.page(
            current, a.title, self.article_main(a), trail, "/news/", "template-newspage", self.news_side(), a.path, head
        )

    # -- listings --------------------------------------------------------------------------------
    def news_index(self, page: int, tag: str | None, current: str) -> str:
        items = items_of(tag=tag)
        total = max(1, -(-len(items) // PER_PAGE))
        shown = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        heading = f"ข่าวที่มีแท็ก &ldquo;{esc(tag)}&rdquo;" if tag else "ข่าวสารเทศบาล"
        filters = '<div class="mb-3"><a class="btn btn-sm btn-primary" href="/news/">ทั้งหมด</a> ' + " ".join(
            f'<a class="btn btn-sm btn-outline-primary" href="{path}">{esc(label)}</a>'
            for key, (label, path) in CATS.items()
            if key != "news"
        )
        filters += "</div>"
        listing = self.cards(shown) if shown else '<p class="alert alert-light">ไม่พบข่าว</p>'
        main = f'<h1 class="h3 mb-3">{heading}</h1>{filters}{listing}{self.pager(page, total, lambda n: index_url(n, tag))}'
        trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news/")] + ([(f"แท็ก: {tag}", None)] if tag else [])
        title = f"แท็ก {tag}" if tag else "ข่าวสาร"
        if page > 1:
            title += f" - หน้า {page}"
        return self.page(
            current,
            title,
            main,
            trail,
            "/news/",
            "template-newsindexpage",
            self.news_side(),
            "/news/" if not tag and page == 1 else None,
        )

    def cat_index(self, cat: str, current: str) -> str:
        label, path = CATS[cat]
        items = items_of(cat=cat)
        rows = "".join(
            f'<li class="list-group-item"><a href="{attr(a.path)}">{esc(a.title)}</a><br><small class="text-muted"><i class="bi bi-calendar3"></i> {thai_abbr(a.d)}</small><p class="small mb-0">{esc(excerpt(a))}</p></li>'
            for a in items
        )
        main = f'<h1 class="h3 mb-3">{esc(label)}</h1><ul class="list-group list-group-flush">{rows}</ul>'
        trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news/"), (label, None)]
        return self.page(current, label, main, trail, "/news/", "template-newscategorypage", self.news_side(), path)

    def archive(self, y: int, m: int) -> str:
        items = [a for a in NEWEST if (a.d.year, a.d.month) == (y, m)]
        py, pm = month_step(y, m, -1)
        ny, nm = month_step(y, m, 1)
        listing = self.cards(items) if items else '<div class="alert alert-light text-center">ไม่มีข่าวในเดือนนี้</div>'
        nav = (
            f'<nav class="d-flex justify-content-between mt-4"><a class="btn btn-outline-secondary btn-sm" href="{arch_url(py, pm)}">&lsaquo; {month_name(py, pm)}</a>'
            f'<a class="btn btn-outline-secondary btn-sm" href="{arch_url(ny, nm)}">{month_name(ny, nm)} &rsaquo;</a></nav>'
        )
        main = f'<h1 class="h3 mb-3">คลังข่าว เดือน{month_name(y, m)}</h1>{listing}{nav}'
        trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news/"), (f"คลังข่าว {month_name(y, m)}", None)]
        return self.page(
            arch_url(y, m),
            f"คลังข่าว {month_name(y, m)}",
            main,
            trail,
            "/news/",
            "template-newsindexpage",
            self.news_side(),
        )

    def highlights_index(self) -> str:
        main = (
            '<h1 class="h3 mb-3">ข่าวเด่น</h1>'
            + '<div class="row row-cols-1 row-cols-md-2 g-3">'
            + "".join(self.card(a, a.alias_path) for a in HIGHLIGHTS)
            + "</div>"
        )
        return self.page(
            "/highlights/",
            "ข่าวเด่น",
            main,
            [("หน้าแรก", "/"), ("ข่าวเด่น", None)],
            "/highlights/",
            "template-highlightindexpage",
            self.news_side(),
            "/highlights/",
        )

    # -- home, static pages ----------------------------------------------------------------------
    def home(self) -> str:
        slides = "".join(
            f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{attr(a.alias_path)}"><img class="d-block w-100" src="{attr(a.rendition("fill-1140x480"))}" alt="{attr(a.title)}" width="1140" height="480"></a>'
            f'<div class="carousel-caption d-none d-md-block"><h2 class="h5"><a class="text-white" href="{attr(a.alias_path)}">{esc(a.title)}</a></h2></div></div>'
            for i, a in enumerate(HIGHLIGHTS)
        )
        notices = "".join(
            f'<li class="list-group-item"><i class="bi bi-megaphone text-danger"></i> <a href="{attr(a.path)}">{esc(a.title)}</a> <small class="text-muted">({thai_abbr(a.d)})</small></li>'
            for a in [a for a in NEWEST if a.cat != "news"][:5]
        )
        upcoming = "".join(
            f'<li class="mb-2"><a href="/events/{slug}/">{esc(title)}</a><br><small class="text-muted">{thai_abbr(date.fromisoformat(day))} {esc(time)}</small></li>'
            for slug, day, time, title, _place, _desc in EVENTS
            if day >= TODAY.isoformat()
        )
        main = (
            f'<div id="hl" class="carousel slide mb-4" data-bs-ride="carousel"><div class="carousel-inner">{slides}</div>'
            '<button class="carousel-control-prev" type="button" data-bs-target="#hl" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>'
            '<button class="carousel-control-next" type="button" data-bs-target="#hl" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button></div>'
            f'<section class="mb-4"><div class="d-flex justify-content-between"><h2 class="h4">ข่าวประชาสัมพันธ์</h2><a href="/news/">ดูทั้งหมด &raquo;</a></div>{self.cards(NEWEST[:6])}</section>'
            f'<section class="mb-4"><div class="d-flex justify-content-between"><h2 class="h4">ประกาศ / รับสมัครงาน</h2><a href="/news/announcements/">ดูทั้งหมด &raquo;</a></div><ul class="list-group">{notices}</ul></section>'
        )
        side = (
            f'<div class="card mb-3 mayor"><img class="card-img-top" src="/media/images/mayor.width-400.jpg" alt="{attr(MAYOR)}"><div class="card-body text-center"><strong>{esc(MAYOR)}</strong><br><small>นายกเทศมนตรีตำบลห้วยน้ำใส</small></div></div>'
            f'<div class="card mb-3"><div class="card-header fw-bold">กิจกรรมที่จะมาถึง</div><div class="card-body"><ul class="list-unstyled small mb-0">{upcoming}</ul><a class="small" href="/events/">ปฏิทินกิจกรรม &raquo;</a></div></div>'
            '<div class="card mb-3"><div class="card-header fw-bold">บริการประชาชน</div><ul class="list-group list-group-flush small">'
            '<li class="list-group-item"><a href="/ita/">ITA การเปิดเผยข้อมูลสาธารณะ</a></li><li class="list-group-item"><a href="/contact/">ร้องเรียน/ร้องทุกข์</a></li>'
            f'<li class="list-group-item"><a href="{BASIC_INFO}">ข้อมูลพื้นฐาน</a></li><li class="list-group-item"><a href="/search/">ค้นหาข้อมูล</a></li></ul></div>'
        )
        return self.page("/", "หน้าแรก", main, [("หน้าแรก", None)], "/", "template-homepage", side, "/")

    def static(self, path: str, inner: str, parent: tuple[str, str] | None = None) -> str:
        title = PAGE_TITLES[path]
        trail = [("หน้าแรก", "/")] + ([parent] if parent else []) + [(title, None)]
        main = f'<h1 class="h3 mb-3">{esc(title)}</h1><div class="rich-text">{inner}</div>'
        return self.page(path, title, main, trail, path, "template-standardpage", None, path)

    def static_pages(self) -> None:
        sub = "".join(f'<li><a href="{p}">{esc(PAGE_TITLES[p])}</a></li>' for p in (BASIC_INFO, "/about/executives/"))
        about = (
            "<p>เทศบาลตำบลห้วยน้ำใสได้รับการยกฐานะจากองค์การบริหารส่วนตำบลห้วยน้ำใสเป็นเทศบาลตำบล เมื่อวันที่ 24 กรกฎาคม 2552 "
            "ตั้งอยู่ทางทิศตะวันออกของอำเภอดงเจริญ ห่างจากตัวจังหวัดวารีบุรีประมาณ 32 กิโลเมตร</p>"
            "<p>วิสัยทัศน์: ห้วยน้ำใสน่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี เศรษฐกิจชุมชนเข้มแข็ง บริหารจัดการตามหลักธรรมาภิบาล</p>"
            f"<ul>{sub}</ul>"
        )
        self.add_page("/about/", self.static("/about/", about))
        rows = (
            ("พื้นที่", "42.6 ตารางกิโลเมตร"),
            ("จำนวนหมู่บ้าน", "7 หมู่บ้าน"),
            ("ประชากร", "6,982 คน (ชาย 3,421 คน หญิง 3,561 คน)"),
            ("จำนวนครัวเรือน", "2,148 ครัวเรือน"),
            ("อาชีพหลัก", "ทำนา ปลูกอ้อย ทอผ้าไหม"),
        )
        table = (
            '<table class="table table-bordered"><tbody>'
            + "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
            + "</tbody></table>"
        )
        self.add_page(BASIC_INFO, self.static(BASIC_INFO, table, ("เกี่ยวกับเทศบาล", "/about/")))
        people = (
            (MAYOR, "นายกเทศมนตรีตำบลห้วยน้ำใส"),
            ("นางวิไลวรรณ ศรีสุข", "รองนายกเทศมนตรี"),
            ("นายบุญมี แก้วดอน", "รองนายกเทศมนตรี"),
            ("นายชาตรี พลดงเจริญ", "เลขานุการนายกเทศมนตรี"),
            ("นางสาวอรอุมา ทองมา", "ปลัดเทศบาล"),
        )
        cards = '<div class="row row-cols-2 row-cols-md-3 g-3 text-center">' + "".join(
            f'<div class="col"><img class="rounded-circle mb-2" src="/media/images/exec-{i}.fill-200x200.jpg" alt="{attr(n)}" width="120" height="120"><br><strong>{esc(n)}</strong><br><small>{esc(p)}</small></div>'
            for i, (n, p) in enumerate(people, 1)
        )
        self.add_page(
            "/about/executives/", self.static("/about/executives/", cards + "</div>", ("เกี่ยวกับเทศบาล", "/about/"))
        )
        contact = (
            f"<p>{esc(SITE)}<br>{esc(ADDRESS)}</p><p>โทรศัพท์ {PHONE} | โทรสาร 0 4298 1235<br>อีเมล {EMAIL}</p>"
            "<p>ร้องเรียน/ร้องทุกข์ ติดต่อศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล โทร. 0 4298 1234 ต่อ 111</p>"
            '<div class="ratio ratio-16x9"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.1!2d103.41!3d16.72" loading="lazy" title="แผนที่"></iframe></div>'
        )
        self.add_page("/contact/", self.static("/contact/", contact))
        ita_rows = "".join(
            f'<tr><td>{code}</td><td>{esc(label)}</td><td><a href="/documents/{i}/{fname}"><i class="bi bi-file-earmark-pdf"></i> ดาวน์โหลด</a></td></tr>'
            for i, (code, label, fname) in enumerate(ITA, 1)
        )
        ita = f'<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567</p><table class="table table-striped"><thead><tr><th>ข้อ</th><th>รายการ</th><th>เอกสาร</th></tr></thead><tbody>{ita_rows}</tbody></table>'
        self.add_page("/ita/", self.static("/ita/", ita))
        self.add_page("/highlights/", self.highlights_index())

    # -- events ----------------------------------------------------------------------------------
    def calendar(self, y: int, m: int, current: str) -> str:
        first = date(y, m, 1)
        ny, nm = month_step(y, m, 1)
        days = (date(ny, nm, 1) - first).days
        by_day: dict[int, list[tuple[str, str]]] = {}
        for slug, day, _t, title, _p, _d in EVENTS:
            d = date.fromisoformat(day)
            if (d.year, d.month) == (y, m):
                by_day.setdefault(d.day, []).append((slug, title))
        cells = ["<td></td>"] * first.weekday()
        for n in range(1, days + 1):
            evs = "".join(
                f'<a class="d-block small event-link" href="/events/{s}/">{esc(t)}</a>' for s, t in by_day.get(n, [])
            )
            cells.append(f'<td class="{"has-event" if evs else ""}"><span class="day">{n}</span>{evs}</td>')
        cells += ["<td></td>"] * (-len(cells) % 7)
        rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
        py, pm = month_step(y, m, -1)
        head = "".join(f"<th>{w}</th>" for w in ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."))
        main = (
            f'<h1 class="h3 mb-3">ปฏิทินกิจกรรม</h1><div class="d-flex justify-content-between align-items-center mb-2">'
            f'<a class="btn btn-sm btn-outline-secondary" href="{events_url(py, pm)}">&lsaquo; เดือนก่อน</a><h2 class="h5 mb-0">{month_name(y, m)}</h2>'
            f'<a class="btn btn-sm btn-outline-secondary" href="{events_url(ny, nm)}">เดือนถัดไป &rsaquo;</a></div>'
            f'<table class="table table-bordered calendar"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        )
        return self.page(
            current,
            f"ปฏิทินกิจกรรม {month_name(y, m)}",
            main,
            [("หน้าแรก", "/"), ("ปฏิทินกิจกรรม", None)],
            "/events/",
            "template-eventindexpage",
        )

    def event_page(self, slug: str, day: str, time: str, title: str, place: str, desc: str) -> str:
        d = date.fromisoformat(day)
        main = (
            f'<div class="event-detail"><h1 class="h3">{esc(title)}</h1><dl class="row"><dt class="col-sm-3">วันที่</dt><dd class="col-sm-9">{thai_full(d)}</dd>'
            f'<dt class="col-sm-3">เวลา</dt><dd class="col-sm-9">{esc(time)}</dd><dt class="col-sm-3">สถานที่</dt><dd class="col-sm-9">{esc(place)}</dd></dl>'
            f'<p>{esc(desc)}</p><a href="{events_url(d.year, d.month)}">&laquo; กลับสู่ปฏิทิน</a></div>'
        )
        path = f"/events/{slug}/"
        trail = [("หน้าแรก", "/"), ("ปฏิทินกิจกรรม", "/events/"), (title, None)]
        return self.page(path, title, main, trail, "/events/", "template-eventpage", None, path)

    # -- search ----------------------------------------------------------------------------------
    def search_page(self, query: str | None, page: int = 1) -> str:
        current = search_url(query, page) if query else "/search/"
        form = f'<form action="/search/" method="get" class="d-flex mb-3"><input class="form-control" type="search" name="query" value="{attr(query or "")}"><button class="btn btn-primary ms-2" type="submit">ค้นหา</button></form>'
        if not query:
            popular = " ".join(
                f'<a class="badge text-bg-light border" href="{attr(search_url(w))}">{esc(w)}</a>' for w in POPULAR
            )
            main = f'<h1 class="h3 mb-3">ค้นหา</h1>{form}<p>คำค้นยอดนิยม: {popular}</p>'
            return self.page(
                current, "ค้นหา", main, [("หน้าแรก", "/"), ("ค้นหา", None)], "/search/", "template-searchpage"
            )
        words = query.split()
        hits = [a for a in NEWEST if any(w in a.title or w in a.intro or any(w in p for p in a.body) for w in words)]
        total = max(1, -(-len(hits) // SEARCH_PER_PAGE))
        page = min(page, total)
        shown = hits[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]
        rows = "".join(
            f'<li class="mb-3"><h2 class="h6 mb-0"><a href="{attr(a.path)}">{esc(a.title)}</a></h2><small class="text-success">{esc(self.u(unquote(a.path)))}</small><p class="small mb-0">{esc(excerpt(a, 120))}</p></li>'
            for a in shown
        )
        results = (
            f'<p>พบ {len(hits)} รายการ สำหรับ &ldquo;{esc(query)}&rdquo;</p><ol class="list-unstyled">{rows}</ol>'
            if hits
            else f"<p>ไม่พบผลการค้นหาสำหรับ &ldquo;{esc(query)}&rdquo;</p>"
        )
        start = int(_h(f"sugg:{query}", 4), 16)
        more = [w for w in POPULAR[start % len(POPULAR) :] + POPULAR[: start % len(POPULAR)] if w not in words][:3]
        sugg = " ".join(
            f'<a class="btn btn-sm btn-outline-secondary" href="{attr(search_url(query + " " + w))}">{esc(query + " " + w)}</a>'
            for w in more
        )
        main = f'<h1 class="h3 mb-3">ผลการค้นหา</h1>{form}{results}{self.pager(page, total, lambda n: search_url(query, n))}<div class="mt-3"><span class="small">ค้นหาที่เกี่ยวข้อง:</span> {sugg}</div>'
        return self.page(
            current,
            f"ค้นหา: {query}",
            main,
            [("หน้าแรก", "/"), ("ค้นหา", "/search/"), (query, None)],
            "/search/",
            "template-searchpage",
        )

    # -- feed, sitemap ---------------------------------------------------------------------------
    def rss(self) -> Response:
        items = "".join(
            f"<item><title>{esc(a.title)}</title><link>{esc(self.u(a.path))}</link><description>{esc(a.intro)}</description>"
            f"<pubDate>{rfc822(local_dt(a.day, a.hm))}</pubDate><guid>{esc(self.u(a.path))}</guid></item>"
            for a in NEWEST[:RSS_LIMIT]
        )
        text = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
            f"<title>ข่าวสาร {esc(SITE)}</title><link>{esc(self.u('/news/'))}</link><description>ข่าวประชาสัมพันธ์และประกาศของ{esc(SITE)}</description>"
            f'<atom:link href="{esc(self.u("/news/feed/"))}" rel="self"></atom:link><language>th</language>'
            f"<lastBuildDate>{rfc822(local_dt(NEWEST[0].day, NEWEST[0].hm))}</lastBuildDate>{items}</channel></rss>"
        )
        return Response(200, (("Content-Type", "application/rss+xml; charset=utf-8"),), text.encode("utf-8"))

    def sitemap(self) -> Response:
        entries = [
            (p, "2024-05-02")
            for p in (
                "/",
                "/about/",
                BASIC_INFO,
                "/about/executives/",
                "/news/",
                "/news/announcements/",
                "/news/jobs/",
                "/highlights/",
                "/events/",
                "/ita/",
                "/contact/",
            )
        ]
        entries += [(a.path, a.day) for a in ARTS]
        entries += [(a.alias_path, a.day) for a in HIGHLIGHTS]
        entries += [(f"/events/{e[0]}/", "2024-05-02") for e in EVENTS]
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "".join(f"<url><loc>{esc(self.u(p))}</loc><lastmod>{d}</lastmod></url>\n" for p, d in entries)
            + "</urlset>\n"
        )
        return Response(200, (("Content-Type", "application/xml"),), text.encode("utf-8"))

    # -- registration ----------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.add_page("/", self.home())
        count = len(ARTS)
        last = -(-count // PER_PAGE)
        self.add_page("/news/", self.news_index(1, None, "/news/"))
        for n in range(1, last + 1):
            self.add_page(index_url(n), self.news_index(n, None, index_url(n)))
        for tag in TAGS:
            self.add_page(index_url(tag=tag), self.news_index(1, tag, index_url(tag=tag)))
            pages = -(-len(items_of(tag=tag)) // PER_PAGE)
            if pages > 1:
                for n in range(1, pages + 1):
                    self.add_page(index_url(n, tag), self.news_index(n, tag, index_url(n, tag)))
        for cat in ("announcements", "jobs"):
            self.add_page(CATS[cat][1], self.cat_index(cat, CATS[cat][1]))
        self.static_pages()
        y, m = TODAY.year, TODAY.month
        self.add_page("/events/", self.calendar(y, m, "/events/"))
        for e in EVENTS:
            self.add_page(f"/events/{e[0]}/", self.event_page(*e))
        self.add_page("/search/", self.search_page(None))
        for y, m in MONTHS_WITH_NEWS:
            self.non_articles.append(self.u(arch_url(y, m)))
        self.non_articles.append(self.u(search_url(POPULAR[0])))
        self.non_articles.append(self.u(events_url(2024, 7)))
        for a in ARTS:
            site.add(a.path, self.html(self.article_page(a, a.path)))
            site.add(a.share_path, self.html(self.article_page(a, a.share_path, "share")))
            aliases = [self.u(a.share_path)]
            if a.highlight:
                site.add(a.alias_path, self.html(self.article_page(a, a.alias_path, "alias")))
                aliases.insert(0, self.u(a.alias_path))
            site.articles.append(
                FixtureArticle(
                    url=self.u(a.path),
                    aliases=tuple(aliases),
                    title=a.title,
                    paragraphs=gold_paragraphs(a),
                    published=a.day,
                    author=AUTHORS[a.author],
                    captions=(a.caption,) if a.caption else (),
                )
            )
            mod = local_dt(a.day, a.hm)
            for spec, w, h in (("fill-400x260", 400, 260), ("width-800", 800, 533), ("fill-1200x630", 1200, 630)):
                add_jpeg(site, a.rendition(spec), w, h, mod)
            if a.highlight:
                add_jpeg(site, a.rendition("fill-1140x480"), 1140, 480, mod)
            if a.doc and a.doc_path:
                add_pdf(site, a.doc_path, a.doc[1], [f"Huai Nam Sai document {a.pid}"], mod)
        theme = datetime(2023, 5, 2, 9, 0, tzinfo=BANGKOK)
        for i, (code, _label, fname) in enumerate(ITA, 1):
            add_pdf(site, f"/documents/{i}/{fname}", f"ITA {code}", [f"ITA 2567 {code}"], theme)
        add_jpeg(site, "/media/images/mayor.width-400.jpg", 400, 500, theme)
        for i in range(1, 6):
            add_jpeg(site, f"/media/images/exec-{i}.fill-200x200.jpg", 200, 200, theme)
        add_jpeg(site, LOGO, 64, 64, theme)
        add_text(
            site, CSS, "body{font-family:'Sarabun',sans-serif}.news-card .card-title{font-size:1rem}\n", "text/css"
        )
        add_text(site, BS_CSS, "/*! Bootstrap v5.3.2 */\n", "text/css")
        add_text(site, JS, "document.documentElement.classList.remove('no-js');\n", "application/javascript")
        add_text(
            site,
            "/static/vendor/bootstrap/js/bootstrap.bundle.min.0c7b2e9d4f1a.js",
            "/*! Bootstrap v5.3.2 */\n",
            "application/javascript",
        )
        site.add("/news/feed/", self.rss())
        site.add("/sitemap.xml", self.sitemap())
        site.add(
            "/admin/",
            Response(302, (("Content-Type", "text/html; charset=utf-8"), ("Location", "/admin/login/?next=/admin/"))),
        )
        site.add(
            "/admin/login/?next=/admin/",
            self.html(
                '<!DOCTYPE html><html lang="th"><head><title>เข้าสู่ระบบ - Wagtail</title></head><body class="login"><h1>เข้าสู่ระบบ Wagtail</h1><form method="post"><input name="username"><input type="password" name="password"></form></body></html>'
            ),
        )
        robots = f"User-agent: *\nDisallow: /admin/\nDisallow: /django-admin/\n\nSitemap: {self.u('/sitemap.xml')}\n"
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        site.not_found = self.html(
            self.page(
                "/404/",
                "ไม่พบหน้าที่ต้องการ",
                '<h1 class="h3">ไม่พบหน้าที่ต้องการ (404)</h1><p>ขออภัย ไม่พบหน้าที่ท่านต้องการ</p><p><a href="/">กลับสู่หน้าแรก</a></p>',
                [("หน้าแรก", "/"), ("404", None)],
                "",
                "template-404",
            ),
            status=404,
        )
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_ARCHIVE, TRAP_EVENTS, TRAP_SEARCH]
        site.dynamic = self.dynamic

    # -- made on request -------------------------------------------------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        m = re.fullmatch(r"/news/archive/(\d{4})/(\d{1,2})/", path)
        if m and not q:
            y, mo = int(m.group(1)), int(m.group(2))
            return self.html(self.archive(y, mo)) if 1 <= mo <= 12 else None
        if path == "/news/" and set(q) <= {"page", "tag"}:
            tag = q.get("tag") or None
            page = get_page(q.get("page"), len(items_of(tag=tag)))
            return self.html(self.news_index(page, tag, path_and_query))
        for cat in ("announcements", "jobs"):
            if path == CATS[cat][1] and set(q) <= {"page"}:
                return self.html(self.cat_index(cat, path_and_query))
        if path == "/events/" and set(q) == {"month"}:
            mm = re.fullmatch(r"(\d{4})-(\d{1,2})", q["month"])
            if mm and 1 <= int(mm.group(2)) <= 12:
                return self.html(self.calendar(int(mm.group(1)), int(mm.group(2)), path_and_query))
            return self.html(self.calendar(TODAY.year, TODAY.month, path_and_query))
        if path == "/search/" and "query" in q and set(q) <= {"query", "page"}:
            query = " ".join(q["query"].split())
            if not query:
                return self.html(self.search_page(None))
            try:
                page = max(1, int(q.get("page") or "1"))
            except ValueError:
                page = 1
            return self.html(self.search_page(query, page))
        return None


TRAP_ARCHIVE = r"^/news/archive/\d+/\d+/"
TRAP_EVENTS = r"^/events/\?(?:.*&)?month="
TRAP_SEARCH = r"^/search/\?(?:.*&)?query="


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/admin/", "/django-admin/"],
        server_software="nginx/1.22.1",
        redirect_slashless=True,
    )
    _Wagtail(site).register()
    return site

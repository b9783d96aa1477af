# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""typo3_news: a เทศบาลเมือง on TYPO3 CMS 11 LTS + tx_news (georgringer/news 10) + Bootstrap Package 12.

CMS imitated: TYPO3 11.5 with a site configuration and route enhancers, EXT:news for the news records,
EXT:seo (canonical, XML sitemaps), indexed_search, felogin and the Bootstrap Package theme (``#page-header``
navbar with a drop-down, ``breadcrumb-section``, ``frame frame-default frame-type-...`` content elements
``<div id="cNNN">``, ``#page-footer`` with two sections, the cookie-consent ``<span data-cookieconsent-...>``
block, ``<!--TYPO3SEARCH_begin-->`` markers, "This website is powered by TYPO3" comment, merged
``/typo3temp/assets/compressed/*.css.gzip`` assets).  Hrefs are root-relative (``&amp;``, brackets of
Extbase arguments percent-encoded as ``%5B``/``%5D``), canonical/og/RSS/sitemap URLs absolute.

เทศบาลเมืองนาคาวารี, อำเภอเมืองศรีวารินทร์, จังหวัดศรีวารินทร์ (fictional).  UTF-8, Apache.  TODAY 2024-06-20.

URL shapes
* home ``/`` (pid 1): carousel of the 3 "top news" (links in the OLD non-speaking form with ``L=0``, see
  below), "ข่าวประชาสัมพันธ์ล่าสุด" cards (latest 4, speaking URLs), "ประกาศเทศบาล" (latest 3 notices,
  "ใหม่" badge), mayor's message, quick links, Facebook iframe.
* news list ``/news`` (pid 12, tx_news list, 6 a page): ``/news/page-2`` .. ``/news/page-4`` (numbered
  pagination, page 1 = ``/news``); category filter ``/news?tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=N
  &cHash=<32 hex>`` (categories 2-5, each fits one page); tag pages ``/news/tag/<slug>`` (10 tags).  List
  items: thumbnail, h3 title, ``15 มี.ค. 2567`` date, category, teaser (or the body cropped at 150
  characters with "..."), "อ่านต่อ".  Sidebar on every news page: category menu, the tx_news date menu
  "คลังข่าว" (years 2566/2567 with the months that have news, each with a count), tag cloud, latest 5.
  ``/news/rss.xml`` (RSS 2.0, latest 10, linked by ``<link rel="alternate">`` on home and news pages).
* article (pid 13, tx_news detail): gold url = ``/news/detail/<path_segment>``; the slug is ASCII set by
  the editor (``council-session-3-2566``) or TYPO3's SlugHelper output for the Thai title (lower case,
  spaces to ``-``, punctuation and quotes dropped, Thai kept, percent-encoded with upper-case hex).
  Page: breadcrumb (หน้าแรก > ข่าวสาร > category > title), ``h1[itemprop=headline]``, date line
  ``<time>15 มีนาคม 2567</time>`` + category + "โดย ..." (some), teaser as ``div.teaser-text.lead``
  (part of the gold text when present), ``figure`` with ``figcaption.news-img-caption`` (captions are not
  text), the body (three editor styles: ``&nbsp;`` indents; ``p.text-justify``; a ``<strong>`` first word
  and an empty ``<p>&nbsp;</p>``; some ``<ul>`` lists: each item is a gold paragraph), "เอกสารแนบ" PDFs
  (notices), tag badges, share bar (Facebook/X/LINE + "พิมพ์"), "ข่าวที่เกี่ยวข้อง" (3 of the same
  category, in the OLD form), "« กลับ" to ``/news``, footer with the visitor counter.
* copies of every article (gold aliases, same HTML, rel=canonical to the speaking URL):
  - ``/index.php?id=13&tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News
    &tx_news_pi1%5Bnews%5D=<uid>&cHash=<hex>`` (the related-news box links it);
  - the print view ``/news/detail/<slug>?type=98`` (bare page, ``noindex,follow``, linked "พิมพ์");
  - for the 3 top news also ``/index.php?id=13&L=0&tx_news_pi1%5Bnews%5D=<uid>&...&cHash=<other hex>``
    (the home carousel).
  Any other mix of ``type``/``no_cache``/``L``/``cHash`` on the speaking URL also answers (dynamic,
  unlinked, not listed).
* pages: ``/about`` (+ ``/about/history``, ``/about/%E0%B8%82...`` ข้อมูลพื้นฐาน (Thai slug),
  ``/about/executives``), ``/ita`` (O1-O12 PDFs under ``/fileadmin/user_upload/ita/2567/``; O11 was deleted:
  404, ``broken_links``), ``/downloads`` (ce-uploads list of PDFs), ``/contact``, ``/privacy``, ``/sitemap``
  (HTML menu_sitemap), ``/search`` (indexed_search form + "คำค้นยอดนิยม" links), ``/login`` (felogin;
  "ลืมรหัสผ่าน?" ``/login?tx_felogin_login%5Baction%5D=recovery&...&cHash=``).
* ``/sitemap.xml``: EXT:seo sitemap index -> ``/sitemap.xml?sitemap=pages&cHash=..`` (pages) and
  ``/sitemap.xml?sitemap=news&cHash=..`` (all 22 news, by uid).  ``/robots.txt`` is TYPO3's usual one:
  Disallow ``/typo3/`` (the footer's "ผู้ดูแลระบบ" link), ``/typo3_src/``, ``/typo3conf/``, ``/typo3temp/``
  and a ``Sitemap:`` line.  Unknown paths: the site's 404 page (status 404).

Gold: 22 news records, 2023-09-08 .. 2024-06-18, oldest first (categories ข่าวประชาสัมพันธ์, ข่าวกิจกรรม,
ประกาศเทศบาล, สาธารณสุขและสิ่งแวดล้อม).  published = the date shown; author = "โดย" name when shown.
How articles are reached: list pages 1-4 and category pages (all), sitemap (all), RSS (latest 10), home
(latest 4 + 3 top news + 3 notices), tag pages, related boxes (old form), search results.  Two old items
(uid 61, 73) have no tags and no related box points to them: only the list pages, their category page,
the archive months and the sitemap lead there.

Traps (``trap_patterns``, answered by ``dynamic``)
* ``TRAP_ARCHIVE``: the date menu's ``/news/archive/<yyyy>/<mm>`` for ANY month of years 1000-9999 (an
  empty month says "ไม่พบข่าวในช่วงเวลาที่เลือก", 200), each linking the previous/next month and the same
  month filtered by each category (``?tx_news_pi1%5BoverwriteDemand%5D%5Bcategories%5D=N&cHash=``), whose
  prev/next keep the category: endless in both directions, x5.
* ``TRAP_SEARCH``: indexed_search results for any ``sword``: each result page links "ค้นหาเพิ่มเติม"
  = the same words + one more popular word (3 links) and ``pointer`` pages: grows combinatorially.
* ``TRAP_LOGIN``: every page's "เข้าสู่ระบบ" is ``/login?redirect_url=<URL-encoded absolute current URL>``
  (one per page and copy); the login page links its own URL as the next redirect_url, nested endlessly.
Non-articles list the archive months that have news, one login and one search URL although they match the
trap patterns.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, local_dt, rfc822, thai_abbr, thai_long
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "typo3_news"
SITE = "เทศบาลเมืองนาคาวารี"
PROVINCE = "จังหวัดศรีวารินทร์"
ADDRESS = "199 หมู่ 4 ถนนนาคาวารี-ศรีวารินทร์ ตำบลนาคาวารี อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ 35120"
PHONE = "0 4572 1190"
FAX = "0 4572 1191"
EMAIL = "saraban@nakhawari.go.th"
MAYOR = "นายธนากร ศรีนาคา"
TODAY = date(2024, 6, 20)
PER_PAGE = 6  # tx_news list: itemsPerPage
HOME_LATEST = 4
RSS_LIMIT = 10
PID_HOME, PID_NEWS, PID_DETAIL, PID_SEARCH, PID_LOGIN = 1, 12, 13, 30, 31
ASSET_T = "1717055123"
CSS_URL = f"/typo3temp/assets/compressed/merged-8e2f1c6d0b5a4f3e9d7c1b2a3e4f5d6c-min.css.gzip?{ASSET_T}"
JS_URL = f"/typo3temp/assets/compressed/merged-2b7d9e0f1a3c5e7b9d1f3a5c7e9b1d3f-min.js.gzip?{ASSET_T}"
LOGO = "/fileadmin/templates/nakhawari/images/logo-nakhawari.png"

# query keys as TYPO3 writes them in hrefs (brackets percent-encoded)
NQ = "tx_news_pi1"
K_ACTION = f"{NQ}%5Baction%5D"
K_CONTROLLER = f"{NQ}%5Bcontroller%5D"
K_NEWS = f"{NQ}%5Bnews%5D"
K_CAT = f"{NQ}%5BoverwriteDemand%5D%5Bcategories%5D"
SQ = "tx_indexedsearch_pi2"
K_SWORD = f"{SQ}%5Bsearch%5D%5Bsword%5D"
K_POINTER = f"{SQ}%5Bsearch%5D%5Bpointer%5D"
SEARCH_BASE = f"/search?{SQ}%5Baction%5D=search&{SQ}%5Bcontroller%5D=Search"

CATS = {
    2: ("ข่าวประชาสัมพันธ์", "pr"),
    3: ("ข่าวกิจกรรม", "act"),
    4: ("ประกาศเทศบาล", "notice"),
    5: ("สาธารณสุขและสิ่งแวดล้อม", "health"),
}
CAT_BY_KEY = {key: cid for cid, (_, key) in CATS.items()}
TAGS = {
    "council": "สภาเทศบาล",
    "dengue": "ไข้เลือดออก",
    "tax": "ภาษีท้องถิ่น",
    "elderly": "ผู้สูงอายุ",
    "environment": "สิ่งแวดล้อม",
    "tradition": "ประเพณี",
    "jobs": "รับสมัครงาน",
    "infrastructure": "โครงสร้างพื้นฐาน",
    "youth": "เด็กและเยาวชน",
    "disaster": "ป้องกันภัย",
}
AUTHORS = ("งานประชาสัมพันธ์", "กองสาธารณสุขและสิ่งแวดล้อม", "ณัฐวดี คำภูเงิน")
NEW_BADGE = ' <span class="badge badge-danger">ใหม่</span>'
POPULAR_WORDS = ("ภาษี", "รับสมัคร", "ไข้เลือดออก", "ผู้สูงอายุ", "ขยะ", "ประปา", "สภาเทศบาล", "เด็ก")


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def typo3_slug(title: str) -> str:
    """TYPO3's SlugHelper for a Thai title: lower-case, spaces to '-', punctuation dropped, Thai kept."""
    text = re.sub(r"[\s+_]+", "-", title.lower())
    text = "".join(c for c in text if c.isalnum() or c == "-" or unicodedata.category(c).startswith("M"))
    return re.sub(r"-{2,}", "-", text).strip("-")


def enc_path(slug: str) -> str:
    return quote(slug, safe="-")


@dataclass(frozen=True)
class Art:
    uid: int
    day: str
    hm: str
    cat: int
    slug_set: str  # "" = made from the Thai title
    tags: tuple[str, ...]
    top: bool
    solo: bool  # no tags, no related box points to it
    author: int | None
    title: str
    teaser: str | None
    caption: str | None
    pdf: str | None
    body: tuple[str, ...]

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def slug(self) -> str:
        return self.slug_set or typo3_slug(self.title)

    @property
    def path(self) -> str:
        return "/news/detail/" + enc_path(self.slug)

    @property
    def print_path(self) -> str:
        return self.path + "?type=98"

    @property
    def old_path(self) -> str:
        """The non-speaking link (related box, old pages)."""
        return (
            f"/index.php?id={PID_DETAIL}&{K_ACTION}=detail&{K_CONTROLLER}=News&{K_NEWS}={self.uid}"
            f"&cHash={_h(f'detail:{self.uid}')}"
        )

    @property
    def slider_path(self) -> str:
        """The home slider's link (made with the language parameter: a different cHash)."""
        return (
            f"/index.php?id={PID_DETAIL}&L=0&{K_NEWS}={self.uid}&{K_CONTROLLER}=News&{K_ACTION}=detail"
            f"&cHash={_h(f'slider:{self.uid}')}"
        )

    @property
    def image(self) -> str:
        return f"/fileadmin/user_upload/news/{self.d.year + 543}/news_{self.uid}_01.jpg"

    @property
    def thumb(self) -> str:
        h = _h(f"thumb:{self.uid}", 10)
        return f"/fileadmin/_processed_/{h[0]}/{h[1]}/csm_news_{self.uid}_01_{h}.jpg"


# One article per "## uid day time category slug(- = from the Thai title) tags(- = none) [top] [solo] [author=N]" header,
# then T: title, L: teaser (shown above the body), C: image caption, F: attached PDF label; then the body
# blocks, one a line ("- " = list item).
SPEC = """
## 57 2023-09-08 10:30 pr council-session-3-2566 council author=0
T: การประชุมสภาเทศบาลเมืองนาคาวารี สมัยสามัญ สมัยที่สาม ประจำปี 2566
L: สภาเทศบาลเมืองนาคาวารีมีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ในวาระที่สองและวาระที่สาม
C: บรรยากาศการประชุมสภาเทศบาลเมืองนาคาวารี ณ ห้องประชุมสภาเทศบาล ชั้น 3
วันที่ 7 กันยายน 2566 เวลา 09.30 น. นายบุญเลิศ คำแสน ประธานสภาเทศบาลเมืองนาคาวารี เป็นประธานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่สาม ประจำปี 2566 ครั้งที่ 2 ณ ห้องประชุมสภาเทศบาลเมืองนาคาวารี โดยมีนายธนากร ศรีนาคา นายกเทศมนตรีเมืองนาคาวารี คณะผู้บริหาร สมาชิกสภาเทศบาล และหัวหน้าส่วนราชการเข้าร่วมประชุม
ที่ประชุมได้พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ตามที่คณะกรรมการแปรญัตติได้พิจารณาแล้ว ยอดงบประมาณรายจ่ายทั้งสิ้น 186,450,000 บาท แบ่งเป็นงบกลาง งบบุคลากร งบดำเนินงาน งบลงทุน และงบเงินอุดหนุน
สมาชิกสภาเทศบาลได้อภิปรายในประเด็นการก่อสร้างระบบระบายน้ำในเขตชุมชนหนองบัว การจัดซื้อรถบรรทุกขยะ และการเพิ่มงบประมาณโครงการอาหารกลางวันสำหรับศูนย์พัฒนาเด็กเล็ก ก่อนลงมติเห็นชอบด้วยคะแนนเสียงเอกฉันท์
ทั้งนี้ เทศบาลจะเสนอร่างเทศบัญญัติดังกล่าวต่อผู้ว่าราชการจังหวัดศรีวารินทร์เพื่อพิจารณาอนุมัติต่อไป ประชาชนสามารถติดตามรายงานการประชุมสภาได้ที่หน้าเว็บไซต์ของเทศบาล

## 61 2023-09-21 14:15 act - - solo author=0
T: เทศบาลเมืองนาคาวารีจัดฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ 12
L: อบรมหลักสูตรจัดตั้ง อปพร. ให้แก่ประชาชนในเขตเทศบาล จำนวน 80 คน ระหว่างวันที่ 18 - 22 กันยายน 2566
C: นายกเทศมนตรีเมืองนาคาวารีกล่าวเปิดการฝึกอบรม อปพร. รุ่นที่ 12
งานป้องกันและบรรเทาสาธารณภัย สำนักปลัดเทศบาล จัดฝึกอบรมหลักสูตรการจัดตั้งอาสาสมัครป้องกันภัยฝ่ายพลเรือน รุ่นที่ 12 ณ หอประชุมเทศบาลเมืองนาคาวารี โดยได้รับเกียรติจากนายอำเภอเมืองศรีวารินทร์เป็นประธานในพิธีปิดการฝึกอบรม
ผู้เข้ารับการอบรมได้เรียนรู้ทั้งภาคทฤษฎีและภาคปฏิบัติ ได้แก่ การดับเพลิงเบื้องต้น การปฐมพยาบาลและการช่วยฟื้นคืนชีพ การกู้ภัยทางน้ำ และการจัดการจราจรในงานเทศกาล
เมื่อผ่านการฝึกอบรมแล้ว สมาชิก อปพร. จะได้รับบัตรประจำตัวและเครื่องแบบ เพื่อเป็นกำลังสำคัญในการช่วยเหลือเจ้าหน้าที่เมื่อเกิดสาธารณภัยในชุมชน

## 64 2023-10-05 09:00 health - dengue author=1
T: กองสาธารณสุขฯ รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย ป้องกันโรคไข้เลือดออกในชุมชน
L: เจ้าหน้าที่ร่วมกับ อสม. ลงพื้นที่ 14 ชุมชน สำรวจลูกน้ำยุงลายและแจกทรายอะเบท
C: เจ้าหน้าที่และ อสม. สำรวจภาชนะขังน้ำในบ้านเรือนชุมชนโนนสว่าง
กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองนาคาวารี ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ลงพื้นที่รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลายตามมาตรการ 3 เก็บ ป้องกัน 3 โรค ได้แก่ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำ
จากการสำรวจพบค่าดัชนีลูกน้ำยุงลายในบางชุมชนสูงกว่าเกณฑ์มาตรฐาน เจ้าหน้าที่จึงได้แจกทรายกำจัดลูกน้ำและปล่อยปลาหางนกยูงในภาชนะขังน้ำขนาดใหญ่
ตั้งแต่ต้นปี 2566 จังหวัดศรีวารินทร์มีผู้ป่วยโรคไข้เลือดออกสะสม 312 ราย ในเขตเทศบาลพบผู้ป่วย 9 ราย ส่วนใหญ่เป็นเด็กวัยเรียน
หากมีอาการไข้สูงลอยติดต่อกัน 2 วันขึ้นไป ปวดศีรษะ ปวดเมื่อยกล้ามเนื้อ ขอให้รีบพบแพทย์ และห้ามรับประทานยาแอสไพรินหรือยาลดไข้กลุ่มเอ็นเสด

## 66 2023-11-03 11:20 notice jobs-2566-11 jobs author=0
T: ประกาศเทศบาลเมืองนาคาวารี เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป
F: ประกาศรับสมัครพนักงานจ้างทั่วไป พฤศจิกายน 2566
ด้วยเทศบาลเมืองนาคาวารีมีความประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 3 อัตรา และตำแหน่งนักการภารโรง จำนวน 1 อัตรา
ผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ และไม่เกิน 60 ปี ในวันปิดรับสมัคร มีคุณสมบัติทั่วไปและไม่มีลักษณะต้องห้ามตามประกาศคณะกรรมการพนักงานเทศบาลจังหวัดศรีวารินทร์
ผู้สนใจยื่นใบสมัครด้วยตนเองได้ที่งานการเจ้าหน้าที่ สำนักปลัดเทศบาล ตั้งแต่วันที่ 6 - 17 พฤศจิกายน 2566 ในวันและเวลาราชการ สอบถามรายละเอียดเพิ่มเติมโทร 0 4572 1190 ต่อ 102

## 70 2023-11-28 20:45 act - tradition top author=2
T: งานประเพณีลอยกระทงเทศบาลเมืองนาคาวารี ประจำปี 2566 ชาวบ้านร่วมงานคึกคัก
L: เทศบาลจัดงานประเพณีลอยกระทง ณ สวนสาธารณะหนองนาคา ระหว่างวันที่ 26 - 27 พฤศจิกายน 2566
C: ขบวนแห่กระทงใหญ่ของชุมชนต่าง ๆ รอบสวนสาธารณะหนองนาคา
เทศบาลเมืองนาคาวารีร่วมกับชุมชนทั้ง 14 ชุมชน จัดงานประเพณีลอยกระทง ประจำปี 2566 เพื่ออนุรักษ์และสืบสานประเพณีอันดีงามของไทย และส่งเสริมการท่องเที่ยวของท้องถิ่น
ภายในงานมีการประกวดกระทงใหญ่ การประกวดนางนพมาศ การแสดงศิลปวัฒนธรรมพื้นบ้าน และการออกร้านจำหน่ายสินค้าชุมชน ซึ่งได้รับความสนใจจากประชาชนเป็นจำนวนมาก
ผลการประกวดกระทงใหญ่ รางวัลชนะเลิศได้แก่ชุมชนศรีสมบูรณ์ รางวัลรองชนะเลิศอันดับหนึ่งได้แก่ชุมชนหนองบัว และรางวัลรองชนะเลิศอันดับสองได้แก่ชุมชนโนนสว่าง
เทศบาลขอขอบคุณประชาชนที่ร่วมกันใช้กระทงจากวัสดุธรรมชาติ ทำให้ปริมาณขยะจากกระทงลดลงกว่าปีที่ผ่านมาร้อยละ 30
ในวันรุ่งขึ้น เจ้าหน้าที่กองสาธารณสุขและสิ่งแวดล้อมพร้อมจิตอาสาได้ร่วมกันจัดเก็บกระทงในหนองนาคาได้ทั้งสิ้น 8,214 ใบ

## 73 2023-12-12 13:00 pr road-soi-ruamjai - solo author=0
T: เทศบาลเมืองนาคาวารีเร่งก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยร่วมใจพัฒนา ชุมชนหนองบัว
L: โครงการก่อสร้างถนน คสล. ยาว 420 เมตร งบประมาณ 2,380,000 บาท คาดแล้วเสร็จภายในเดือนกุมภาพันธ์ 2567
นายธนากร ศรีนาคา นายกเทศมนตรีเมืองนาคาวารี พร้อมด้วยผู้อำนวยการกองช่าง ลงพื้นที่ติดตามความคืบหน้าโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยร่วมใจพัฒนา ชุมชนหนองบัว
ถนนสายดังกล่าวมีความกว้าง 5 เมตร ยาว 420 เมตร หนา 0.15 เมตร พร้อมวางท่อระบายน้ำทั้งสองฝั่ง เพื่อแก้ไขปัญหาน้ำท่วมขังในช่วงฤดูฝนที่ประชาชนร้องเรียนมาอย่างต่อเนื่อง
ขณะนี้ผู้รับจ้างดำเนินการแล้วเสร็จประมาณร้อยละ 45 เทศบาลขออภัยในความไม่สะดวกระหว่างการก่อสร้าง และขอให้ผู้ใช้รถใช้ถนนระมัดระวังในการสัญจรผ่านบริเวณดังกล่าว

## 75 2023-12-26 10:10 health flu-vaccine-elderly-2566 elderly author=1
T: ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ให้ผู้สูงอายุและผู้ป่วยโรคเรื้อรัง ประจำปี 2566
C: ผู้สูงอายุเข้ารับวัคซีนไข้หวัดใหญ่ ณ ศูนย์บริการสาธารณสุขเทศบาล
ศูนย์บริการสาธารณสุขเทศบาลเมืองนาคาวารี ให้บริการฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาลแก่กลุ่มเสี่ยง ได้แก่ ผู้มีอายุ 65 ปีขึ้นไป ผู้ป่วยโรคเรื้อรัง หญิงตั้งครรภ์อายุครรภ์ 4 เดือนขึ้นไป และเด็กอายุ 6 เดือนถึง 2 ปี
ผู้ที่ประสงค์จะรับวัคซีนสามารถติดต่อได้ทุกวันอังคารและวันพฤหัสบดี เวลา 08.30 - 12.00 น. โดยนำบัตรประจำตัวประชาชนมาแสดงด้วย
สำหรับผู้สูงอายุที่มีภาวะติดเตียงหรือไม่สะดวกเดินทาง ให้แจ้งชื่อผ่าน อสม. ประจำชุมชน เจ้าหน้าที่จะออกให้บริการถึงบ้าน
- ก่อนรับวัคซีนควรพักผ่อนให้เพียงพอและรับประทานอาหารตามปกติ
- หลังรับวัคซีนให้นั่งสังเกตอาการอย่างน้อย 30 นาที
- หากมีไข้สูงหรือผื่นขึ้นหลังรับวัคซีนให้แจ้งเจ้าหน้าที่ทันที

## 78 2024-01-13 16:30 act - youth top author=2
T: เทศบาลเมืองนาคาวารีจัดงานวันเด็กแห่งชาติ ประจำปี 2567 "เด็กไทยยุคใหม่ รู้คิด รู้เท่าทัน สร้างสรรค์เทคโนโลยี"
L: เด็กและผู้ปกครองกว่า 2,000 คนร่วมกิจกรรมวันเด็ก ณ ลานอเนกประสงค์หน้าสำนักงานเทศบาล
C: นายกเทศมนตรีมอบของขวัญให้แก่เด็ก ๆ ในงานวันเด็กแห่งชาติ ประจำปี 2567
วันเสาร์ที่ 13 มกราคม 2567 เทศบาลเมืองนาคาวารีจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ภายใต้คำขวัญวันเด็กที่ว่า "เด็กไทยยุคใหม่ รู้คิด รู้เท่าทัน สร้างสรรค์เทคโนโลยี"
ภายในงานมีซุ้มเกมและกิจกรรมจากหน่วยงานต่าง ๆ กว่า 40 ซุ้ม การแสดงของนักเรียนจากโรงเรียนในสังกัดเทศบาล การจับรางวัลของขวัญ และนิทรรศการเรียนรู้วิทยาศาสตร์และหุ่นยนต์
ตำรวจภูธรเมืองศรีวารินทร์และหน่วยกู้ภัยได้นำรถและอุปกรณ์มาจัดแสดงให้เด็ก ๆ ได้ทดลองสัมผัส ซึ่งได้รับความสนใจเป็นอย่างมาก
นายกเทศมนตรีกล่าวว่า เทศบาลให้ความสำคัญกับการพัฒนาเด็กและเยาวชน ซึ่งเป็นกำลังสำคัญของชาติ และจะสนับสนุนกิจกรรมที่ส่งเสริมพัฒนาการของเด็กอย่างต่อเนื่อง

## 80 2024-01-24 09:45 notice land-tax-2567 tax author=0
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567
L: ชำระภาษีได้ที่กองคลัง สำนักงานเทศบาลเมืองนาคาวารี ภายในเดือนเมษายน 2567 หลีกเลี่ยงเบี้ยปรับและเงินเพิ่ม
F: ประกาศกำหนดระยะเวลาชำระภาษี ประจำปี 2567
งานจัดเก็บรายได้ กองคลัง เทศบาลเมืองนาคาวารี ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาล ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ภายในวันที่ 30 เมษายน 2567
ผู้ประกอบการที่มีป้ายโฆษณา ป้ายชื่อร้าน หรือป้ายแสดงสินค้า ให้ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567
ผู้เสียภาษีสามารถชำระได้ด้วยตนเองที่กองคลัง ชั้น 1 ในวันและเวลาราชการ หรือชำระผ่านการสแกนคิวอาร์โค้ดตามใบแจ้งการประเมินภาษี
หากชำระภาษีเกินกำหนดเวลา จะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด สอบถามเพิ่มเติมโทร 0 4572 1190 ต่อ 121

## 83 2024-02-07 13:30 pr - council author=0
T: เทศบาลเมืองนาคาวารีจัดประชุมประชาคมเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)
L: ผู้แทนชุมชนทั้ง 14 ชุมชนร่วมเสนอโครงการที่ต้องการให้บรรจุในแผนพัฒนาท้องถิ่น
C: ผู้แทนชุมชนร่วมแสดงความคิดเห็นในการประชุมประชาคมเมือง
วันที่ 6 กุมภาพันธ์ 2567 เทศบาลเมืองนาคาวารีจัดการประชุมประชาคมเมือง เพื่อรับฟังความคิดเห็นและรวบรวมปัญหาความต้องการของประชาชน ประกอบการทบทวนแผนพัฒนาท้องถิ่น
ผู้เข้าร่วมประชุมประกอบด้วยประธานชุมชน คณะกรรมการชุมชน ผู้แทนส่วนราชการ ผู้แทนภาคเอกชน และประชาชนผู้สนใจ รวมทั้งสิ้น 186 คน
ประเด็นที่ชุมชนเสนอมากที่สุด ได้แก่ การแก้ไขปัญหาน้ำท่วมขัง การติดตั้งไฟฟ้าส่องสว่างในซอย การซ่อมแซมถนน และการจัดตั้งศูนย์ดูแลผู้สูงอายุในชุมชน
เทศบาลจะนำข้อเสนอทั้งหมดไปพิจารณาจัดลำดับความสำคัญ และเสนอคณะกรรมการพัฒนาเทศบาลก่อนประกาศใช้แผนต่อไป

## 85 2024-02-20 08:50 health ncd-screening-2567 elderly author=1
T: ตรวจคัดกรองโรคเบาหวานและความดันโลหิตสูงเชิงรุกในชุมชน ปี 2567
L: ประชาชนอายุ 35 ปีขึ้นไปรับการตรวจคัดกรองฟรี ณ ศาลาประชาคมของแต่ละชุมชน
ศูนย์บริการสาธารณสุขเทศบาลเมืองนาคาวารี ร่วมกับโรงพยาบาลศรีวารินทร์ จัดกิจกรรมตรวจคัดกรองโรคเบาหวานและความดันโลหิตสูงเชิงรุกในชุมชน ตั้งแต่วันที่ 19 กุมภาพันธ์ ถึง 29 มีนาคม 2567
การตรวจประกอบด้วยการวัดความดันโลหิต การเจาะเลือดปลายนิ้วเพื่อตรวจระดับน้ำตาล การชั่งน้ำหนักและวัดรอบเอว พร้อมรับคำแนะนำด้านโภชนาการจากนักวิชาการสาธารณสุข
ผู้เข้ารับการตรวจระดับน้ำตาลในเลือดควรงดน้ำและอาหารอย่างน้อย 8 ชั่วโมงก่อนตรวจ ผู้ที่มีผลตรวจผิดปกติจะได้รับการส่งต่อเพื่อพบแพทย์ที่โรงพยาบาลศรีวารินทร์
ในปี 2566 มีผู้เข้ารับการตรวจคัดกรอง 3,412 คน พบกลุ่มเสี่ยงโรคเบาหวานร้อยละ 11 และกลุ่มเสี่ยงโรคความดันโลหิตสูงร้อยละ 17

## 88 2024-03-05 10:00 health - environment top author=1
T: ธนาคารขยะรีไซเคิลชุมชนโนนสว่าง ต้นแบบการคัดแยกขยะต้นทาง สร้างรายได้ให้ครัวเรือน
L: สมาชิกธนาคารขยะกว่า 240 ครัวเรือน ช่วยลดปริมาณขยะที่ส่งไปกำจัดได้กว่าเดือนละ 3 ตัน
C: สมาชิกธนาคารขยะนำขยะรีไซเคิลมาชั่งน้ำหนักและฝากเข้าบัญชี
ธนาคารขยะรีไซเคิลชุมชนโนนสว่างก่อตั้งขึ้นเมื่อปี 2564 ด้วยการสนับสนุนของกองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองนาคาวารี ปัจจุบันมีสมาชิก 243 ครัวเรือน
สมาชิกนำขยะรีไซเคิล เช่น ขวดพลาสติก กระดาษ กระป๋องอะลูมิเนียม และเศษเหล็ก มาฝากทุกวันเสาร์แรกของเดือน โดยมีผู้รับซื้อมารับซื้อในราคาตลาด และบันทึกยอดเงินลงในสมุดบัญชีของสมาชิก
นอกจากรายได้จากการขายขยะแล้ว ธนาคารขยะยังจัดสวัสดิการให้สมาชิก เช่น เงินช่วยเหลือกรณีเจ็บป่วยและเสียชีวิต ซึ่งเป็นแรงจูงใจให้ประชาชนร่วมคัดแยกขยะมากขึ้น
เทศบาลมีแผนขยายผลการดำเนินงานธนาคารขยะไปยังชุมชนอื่นให้ครบทั้ง 14 ชุมชนภายในปี 2568

## 90 2024-03-15 15:20 notice no-burning-pm25-2567 environment,disaster author=0
T: ประกาศเทศบาลเมืองนาคาวารี เรื่อง ขอความร่วมมืองดเผาในที่โล่ง เพื่อลดปัญหาฝุ่นละอองขนาดเล็ก PM2.5
F: ประกาศงดเผาในที่โล่ง ปี 2567
ด้วยในช่วงฤดูแล้ง ปริมาณฝุ่นละอองขนาดเล็ก PM2.5 ในพื้นที่จังหวัดศรีวารินทร์มีค่าเกินมาตรฐานอย่างต่อเนื่อง ซึ่งส่งผลกระทบต่อสุขภาพของประชาชน โดยเฉพาะเด็ก ผู้สูงอายุ และผู้มีโรคระบบทางเดินหายใจ
เทศบาลเมืองนาคาวารีจึงขอความร่วมมือประชาชนงดการเผาขยะ เผาใบไม้ และเผาวัชพืชในที่โล่งทุกชนิด ตั้งแต่บัดนี้จนถึงวันที่ 31 พฤษภาคม 2567
ผู้ใดฝ่าฝืนก่อให้เกิดเหตุรำคาญ อาจมีความผิดตามพระราชบัญญัติการสาธารณสุข พ.ศ. 2535 และพระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535
หากพบเห็นการเผาในที่โล่ง แจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล โทร 199 หรือ 0 4572 1199 ตลอด 24 ชั่วโมง

## 93 2024-04-10 11:00 pr songkran-road-safety-2567 disaster author=0
T: เทศบาลเมืองนาคาวารีประชุมเตรียมความพร้อมป้องกันและลดอุบัติเหตุทางถนน ช่วงเทศกาลสงกรานต์ 2567
C: การประชุมเตรียมความพร้อมช่วงเทศกาลสงกรานต์ ณ ห้องประชุมเทศบาล
วันที่ 9 เมษายน 2567 เทศบาลเมืองนาคาวารีจัดประชุมเตรียมความพร้อมป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ ร่วมกับสถานีตำรวจภูธรเมืองศรีวารินทร์ และหน่วยกู้ภัยในพื้นที่
ที่ประชุมมีมติตั้งจุดบริการประชาชน 2 จุด บริเวณสี่แยกหนองนาคาและหน้าตลาดสดเทศบาล ระหว่างวันที่ 11 - 17 เมษายน 2567 พร้อมจัดเจ้าหน้าที่ อปพร. ปฏิบัติงานตลอด 24 ชั่วโมง
นอกจากนี้ยังกำหนดพื้นที่เล่นน้ำสงกรานต์อย่างปลอดภัยบริเวณถนนคนเดินหนองนาคา ห้ามจำหน่ายและดื่มเครื่องดื่มแอลกอฮอล์ในพื้นที่จัดงาน

## 95 2024-04-13 17:40 act - tradition,elderly top author=2
T: สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ เทศบาลเมืองนาคาวารี ประจำปี 2567
L: ผู้สูงอายุกว่า 600 คนร่วมพิธีรดน้ำขอพร ณ หอประชุมเทศบาลเมืองนาคาวารี
C: คณะผู้บริหารเทศบาลรดน้ำขอพรผู้สูงอายุเนื่องในวันสงกรานต์
วันที่ 12 เมษายน 2567 เทศบาลเมืองนาคาวารีจัดกิจกรรมสืบสานประเพณีสงกรานต์และวันผู้สูงอายุ โดยมีนายธนากร ศรีนาคา นายกเทศมนตรีเมืองนาคาวารี เป็นประธานในพิธี
กิจกรรมเริ่มด้วยการทำบุญตักบาตรข้าวสารอาหารแห้ง พิธีสรงน้ำพระพุทธรูป และพิธีรดน้ำขอพรผู้สูงอายุ ซึ่งเป็นประเพณีอันดีงามที่แสดงถึงความกตัญญูกตเวที
ภายในงานยังมีการมอบเกียรติบัตรให้แก่ผู้สูงอายุต้นแบบประจำปี 2567 จำนวน 14 คน จากทุกชุมชน และการแสดงของชมรมผู้สูงอายุเทศบาลเมืองนาคาวารี
นายกเทศมนตรีกล่าวขอบคุณผู้สูงอายุที่เป็นหลักชัยของครอบครัวและชุมชน และอวยพรให้ทุกท่านมีสุขภาพแข็งแรงในปีใหม่ไทย

## 97 2024-04-25 09:15 notice child-center-2567 youth author=0
T: ประกาศรับสมัครนักเรียนเข้าศึกษาในศูนย์พัฒนาเด็กเล็กเทศบาลเมืองนาคาวารี ปีการศึกษา 2567
L: รับสมัครเด็กที่มีอายุ 2 - 3 ปี จำนวน 60 คน ตั้งแต่วันที่ 1 - 15 พฤษภาคม 2567
F: ใบสมัครศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2567
กองการศึกษา เทศบาลเมืองนาคาวารี เปิดรับสมัครเด็กเข้าศึกษาในศูนย์พัฒนาเด็กเล็กเทศบาลเมืองนาคาวารี ปีการศึกษา 2567 โดยรับเด็กที่เกิดระหว่างวันที่ 16 พฤษภาคม 2564 ถึงวันที่ 16 พฤษภาคม 2565
หลักฐานการสมัครประกอบด้วย
- สำเนาสูติบัตรของเด็ก
- สำเนาทะเบียนบ้านของเด็กและผู้ปกครอง
- สำเนาบัตรประจำตัวประชาชนของผู้ปกครอง
- สมุดบันทึกสุขภาพแม่และเด็ก
- รูปถ่ายขนาด 1 นิ้ว จำนวน 3 รูป
ผู้ปกครองสามารถรับใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็กหรือดาวน์โหลดได้จากเว็บไซต์ของเทศบาล และยื่นใบสมัครได้ในวันและเวลาราชการ ศูนย์พัฒนาเด็กเล็กจะเปิดภาคเรียนในวันที่ 16 พฤษภาคม 2567

## 99 2024-05-08 14:00 pr council-session-2-2567 council author=0
T: สภาเทศบาลเมืองนาคาวารีประชุมสมัยสามัญ สมัยที่สอง ประจำปี 2567 พิจารณาโอนงบประมาณ
L: ที่ประชุมอนุมัติโอนงบประมาณเพื่อจัดซื้อเครื่องสูบน้ำและซ่อมแซมท่อระบายน้ำก่อนเข้าฤดูฝน
วันที่ 7 พฤษภาคม 2567 สภาเทศบาลเมืองนาคาวารีได้ประชุมสภาเทศบาล สมัยสามัญ สมัยที่สอง ประจำปี 2567 ครั้งที่ 1 ณ ห้องประชุมสภาเทศบาลเมืองนาคาวารี
นายกเทศมนตรีได้เสนอญัตติขอโอนงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 จำนวน 1,250,000 บาท เพื่อจัดซื้อเครื่องสูบน้ำขนาด 8 นิ้ว จำนวน 2 เครื่อง และซ่อมแซมท่อระบายน้ำในชุมชนศรีสมบูรณ์
ที่ประชุมได้ซักถามและอภิปรายอย่างกว้างขวาง ก่อนมีมติอนุมัติให้โอนงบประมาณตามที่เสนอ ด้วยคะแนนเสียง 15 เสียง งดออกเสียง 1 เสียง
นอกจากนี้ ที่ประชุมได้รับทราบรายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2566 ซึ่งดำเนินการแล้วเสร็จร้อยละ 78

## 102 2024-05-17 08:30 health - dengue author=1
T: เทศบาลเมืองนาคาวารีพ่นหมอกควันกำจัดยุงลาย รับมือไข้เลือดออกช่วงฤดูฝน
L: ออกพ่นหมอกควันครบทุกชุมชน ระหว่างวันที่ 20 พฤษภาคม - 14 มิถุนายน 2567
C: เจ้าหน้าที่พ่นหมอกควันกำจัดยุงลายในชุมชนศรีสมบูรณ์
กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองนาคาวารี กำหนดออกพ่นหมอกควันกำจัดยุงลายตัวเต็มวัยในพื้นที่ชุมชน โรงเรียน วัด และศูนย์พัฒนาเด็กเล็ก เพื่อป้องกันการระบาดของโรคไข้เลือดออกในช่วงฤดูฝน
ขอความร่วมมือประชาชนเปิดประตูและหน้าต่างบ้านขณะเจ้าหน้าที่ปฏิบัติงาน ปิดฝาภาชนะใส่อาหารและน้ำดื่ม และนำสัตว์เลี้ยงออกจากบริเวณที่พ่นหมอกควัน
ทั้งนี้ การพ่นหมอกควันเป็นเพียงการกำจัดยุงตัวเต็มวัยเท่านั้น การป้องกันที่ได้ผลดีที่สุดคือการกำจัดแหล่งเพาะพันธุ์ลูกน้ำยุงลายในบ้านและบริเวณรอบบ้านทุก 7 วัน
ตรวจสอบตารางการพ่นหมอกควันของแต่ละชุมชนได้ที่ประธานชุมชนหรือโทร 0 4572 1190 ต่อ 131

## 104 2024-05-28 13:45 pr solar-street-lights infrastructure author=0
T: ติดตั้งโคมไฟถนนพลังงานแสงอาทิตย์ 120 จุด เพิ่มความปลอดภัยในชุมชน
C: เจ้าหน้าที่กองช่างติดตั้งโคมไฟพลังงานแสงอาทิตย์ในซอยชุมชนหนองบัว
เทศบาลเมืองนาคาวารีดำเนินโครงการติดตั้งโคมไฟถนนพลังงานแสงอาทิตย์ จำนวน 120 จุด ในซอยและถนนสายรองของชุมชนที่ยังไม่มีไฟฟ้าส่องสว่าง ตามข้อเสนอจากการประชุมประชาคมเมือง
โคมไฟแต่ละต้นมีแผงโซลาร์เซลล์และแบตเตอรี่ในตัว สามารถให้แสงสว่างได้ตลอดคืน ไม่ต้องเดินสายไฟฟ้าและไม่มีค่าใช้จ่ายค่าไฟฟ้า ช่วยลดภาระงบประมาณของเทศบาลในระยะยาว
การติดตั้งแล้วเสร็จในชุมชนหนองบัว ชุมชนโนนสว่าง และชุมชนศรีสมบูรณ์ ส่วนชุมชนที่เหลือจะดำเนินการให้แล้วเสร็จภายในเดือนกรกฎาคม 2567
หากพบโคมไฟชำรุดหรือไม่ติด สามารถแจ้งได้ที่กองช่าง โทร 0 4572 1190 ต่อ 141 หรือผ่านระบบรับเรื่องร้องเรียนออนไลน์ของเทศบาล

## 106 2024-06-05 09:30 health - environment author=2
T: เทศบาลเมืองนาคาวารีจัดกิจกรรมวันสิ่งแวดล้อมโลก ปลูกต้นไม้ 999 ต้น รอบหนองนาคา
L: พนักงานเทศบาล นักเรียน และจิตอาสากว่า 500 คนร่วมปลูกต้นไม้เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567
C: จิตอาสาร่วมปลูกต้นไม้รอบสวนสาธารณะหนองนาคา
เนื่องในวันสิ่งแวดล้อมโลก วันที่ 5 มิถุนายน 2567 เทศบาลเมืองนาคาวารีจัดกิจกรรมปลูกต้นไม้เพื่อเพิ่มพื้นที่สีเขียว ณ บริเวณรอบสวนสาธารณะหนองนาคา
พันธุ์ไม้ที่ปลูกประกอบด้วยต้นยางนา ต้นพะยูง ต้นราชพฤกษ์ และต้นตะแบก รวมทั้งสิ้น 999 ต้น ซึ่งได้รับการสนับสนุนกล้าไม้จากสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดศรีวารินทร์
นอกจากการปลูกต้นไม้แล้ว ยังมีกิจกรรมเก็บขยะรอบหนองนาคา และการรณรงค์ลดการใช้ถุงพลาสติกในตลาดสดเทศบาล
เทศบาลได้มอบหมายให้ชุมชนรอบหนองนาคาร่วมดูแลต้นไม้ที่ปลูก โดยจะมีการติดตามอัตราการรอดทุก 3 เดือน

## 108 2024-06-12 16:00 notice water-stop-2567-06 infrastructure author=0
T: ประกาศ แจ้งหยุดจ่ายน้ำประปาชั่วคราว เพื่อซ่อมแซมท่อเมนประปา ถนนนาคาวารี-ศรีวารินทร์
วันศุกร์ที่ 14 มิถุนายน 2567 ตั้งแต่เวลา 09.00 - 16.00 น. กิจการประปาเทศบาลเมืองนาคาวารีจะหยุดจ่ายน้ำประปาชั่วคราว เพื่อซ่อมแซมท่อเมนประปาขนาด 6 นิ้วที่ชำรุดบริเวณถนนนาคาวารี-ศรีวารินทร์
พื้นที่ที่ได้รับผลกระทบ ได้แก่ ชุมชนศรีสมบูรณ์ ชุมชนตลาดเก่า และชุมชนหนองบัวบางส่วน ขอให้ประชาชนกักเก็บน้ำไว้ใช้ล่วงหน้า
หลังการซ่อมแซมแล้วเสร็จ น้ำประปาอาจมีสีขุ่นในช่วงแรก ขอให้เปิดน้ำทิ้งไว้สักครู่จนน้ำใส เทศบาลขออภัยในความไม่สะดวกมา ณ โอกาสนี้

## 111 2024-06-18 10:20 act - youth author=2
T: ค่ายเยาวชนนาคาวารี รวมพลังต้านภัยยาเสพติด ประจำปี 2567
L: นักเรียนชั้นมัธยมศึกษาจาก 4 โรงเรียนในเขตเทศบาล จำนวน 120 คน เข้าร่วมค่ายระหว่างวันที่ 15 - 17 มิถุนายน 2567
C: เยาวชนร่วมกิจกรรมกลุ่มสัมพันธ์ในค่ายต้านภัยยาเสพติด
เทศบาลเมืองนาคาวารีร่วมกับสถานีตำรวจภูธรเมืองศรีวารินทร์ จัดโครงการค่ายเยาวชนนาคาวารี รวมพลังต้านภัยยาเสพติด ณ ศูนย์เรียนรู้ชุมชนบ้านหนองนาคา
กิจกรรมภายในค่ายประกอบด้วยการให้ความรู้เรื่องโทษของยาเสพติดและบุหรี่ไฟฟ้า การฝึกทักษะการปฏิเสธ กิจกรรมกลุ่มสัมพันธ์ และการฝึกความเป็นผู้นำ
เยาวชนที่ผ่านการเข้าค่ายจะได้รับการแต่งตั้งเป็นแกนนำเยาวชนต้านยาเสพติดประจำโรงเรียน เพื่อเป็นเครือข่ายเฝ้าระวังและให้คำปรึกษาแก่เพื่อนนักเรียน
นายกเทศมนตรีกล่าวว่า ปัญหายาเสพติดและบุหรี่ไฟฟ้าในกลุ่มเยาวชนเป็นเรื่องที่ต้องร่วมมือกันแก้ไข ทั้งครอบครัว โรงเรียน และชุมชน
"""


def _parse(spec: str) -> tuple[Art, ...]:
    arts = []
    for chunk in spec.split("\n## ")[1:]:
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        head = lines[0].split()
        uid, day, hm, cat, slug, tags = head[:6]
        flags = head[6:]
        author = None
        for f in flags:
            if f.startswith("author="):
                author = int(f[7:])
        meta: dict[str, str] = {}
        body = []
        for line in lines[1:]:
            if len(line) > 2 and line[1] == ":" and line[0] in "TLCF":
                meta[line[0]] = line[3:].strip()
            else:
                body.append(line)
        arts.append(
            Art(
                uid=int(uid),
                day=day,
                hm=hm,
                cat=CAT_BY_KEY[cat],
                slug_set="" if slug == "-" else slug,
                tags=() if tags == "-" else tuple(tags.split(",")),
                solo="solo" in flags,
                top="top" in flags,
                author=author,
                title=meta["T"],
                teaser=meta.get("L"),
                caption=meta.get("C"),
                pdf=meta.get("F"),
                body=tuple(body),
            )
        )
    return tuple(arts)


ARTS = _parse(SPEC)
BY_UID = {a.uid: a for a in ARTS}
NEWEST = tuple(sorted(ARTS, key=lambda a: (a.day, a.hm), reverse=True))
MONTHS_WITH_NEWS = tuple(sorted({(a.d.year, a.d.month) for a in ARTS}, reverse=True))

# pages of the tree: path -> (pid, title, parent path or "")
BASIC_INFO = "/about/" + quote("ข้อมูลพื้นฐาน")
PAGES = {
    "/": (1, "หน้าแรก", ""),
    "/about": (2, "เกี่ยวกับเทศบาล", "/"),
    "/about/history": (3, "ประวัติความเป็นมา", "/about"),
    BASIC_INFO: (4, "ข้อมูลพื้นฐาน", "/about"),
    "/about/executives": (5, "คณะผู้บริหาร", "/about"),
    "/news": (PID_NEWS, "ข่าวสาร", "/"),
    "/ita": (20, "ITA การเปิดเผยข้อมูลสาธารณะ", "/"),
    "/downloads": (21, "ดาวน์โหลดเอกสาร", "/"),
    "/contact": (22, "ติดต่อเรา", "/"),
    "/search": (PID_SEARCH, "ค้นหา", "/"),
    "/login": (PID_LOGIN, "เข้าสู่ระบบสมาชิก", "/"),
    "/sitemap": (40, "แผนผังเว็บไซต์", "/"),
    "/privacy": (41, "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "/"),
}
MENU = ("/", "/about", "/news", "/ita", "/downloads", "/contact")
SUBMENU = {"/about": ("/about/history", BASIC_INFO, "/about/executives")}

ITA_ITEMS = (
    ("O1", "โครงสร้างหน่วยงาน"),
    ("O2", "ข้อมูลผู้บริหาร"),
    ("O3", "อำนาจหน้าที่"),
    ("O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน"),
    ("O5", "ข้อมูลการติดต่อ"),
    ("O6", "กฎหมายที่เกี่ยวข้อง"),
    ("O7", "ข่าวประชาสัมพันธ์"),
    ("O8", "Q&A"),
    ("O9", "Social Network"),
    ("O10", "แผนดำเนินงานประจำปี"),
    ("O11", "รายงานการกำกับติดตามการดำเนินงาน ประจำปี รอบ 6 เดือน"),
    ("O12", "รายงานผลการดำเนินงานประจำปี"),
)
ITA_DELETED = "O11"
DOWNLOADS = (
    ("แบบคำร้องทั่วไป", "form_general_request.pdf", "84 KB"),
    ("แบบคำขออนุญาตก่อสร้างอาคาร (ข.1)", "form_building_permit_kh1.pdf", "212 KB"),
    ("แบบคำขอรับเงินเบี้ยยังชีพผู้สูงอายุ", "form_elderly_allowance.pdf", "156 KB"),
    ("แบบแสดงรายการภาษีป้าย (ภ.ป.1)", "form_sign_tax_pp1.pdf", "97 KB"),
    ("คู่มือสำหรับประชาชน การขออนุญาตจำหน่ายสินค้าในที่สาธารณะ", "manual_street_vendor.pdf", "430 KB"),
)


def thai_month_year(y: int, m: int) -> str:
    return f"{MONTHS[m - 1]} {y + 543}"


def plain_paragraphs(a: Art) -> list[str]:
    out = [a.teaser] if a.teaser else []
    out += [" ".join((line[2:] if line.startswith("- ") else line).split()) for line in a.body]
    return [" ".join(p.split()) for p in out]


def crop(a: Art, limit: int = 150) -> str:
    """tx_news' list teaser: the teaser, or the body cropped at a word boundary with '...'."""
    if a.teaser:
        return a.teaser
    text = " ".join(line.removeprefix("- ") for line in a.body)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut + "..."


def q_cat(cid: int, extra: str) -> str:
    return f"{K_CAT}={cid}&cHash={_h(f'cat:{cid}:{extra}')}"


def list_url(page: int = 1, cat: int | None = None) -> str:
    path = "/news" if page == 1 else f"/news/page-{page}"
    return path + (f"?{q_cat(cat, f'list{page}')}" if cat else "")


def arch_url(y: int, m: int, cat: int | None = None) -> str:
    path = f"/news/archive/{y}/{m:02d}"
    return path + (f"?{q_cat(cat, f'{y}-{m}')}" if cat else "")


def tag_url(tag: str) -> str:
    return f"/news/tag/{tag}"


def search_url(sword: str, pointer: int = 0) -> str:
    url = f"{SEARCH_BASE}&{K_SWORD}={quote(sword)}"
    return url + (f"&{K_POINTER}={pointer}" if pointer else "")


def month_step(y: int, m: int, step: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + step
    return n // 12, n % 12 + 1


class _Typo3:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.non_articles: list[str] = []

    def u(self, path: str) -> str:
        return self.site.url(path)

    def html(self, text: str, status: int = 200) -> Response:
        headers = (
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Language", "th"),
            ("X-UA-Compatible", "IE=edge"),
            ("Vary", "Accept-Encoding"),
        )
        return Response(status, headers, text.encode("utf-8"))

    def add_page(self, path: str, text: str) -> None:
        self.site.add(path, self.html(text))
        self.non_articles.append(self.u(path))

    # -- page frame ---------------------------------------------------------------------------
    def login_url(self, current: str) -> str:
        return "/login?redirect_url=" + quote(self.u(current), safe="")

    def nav(self, section: str) -> str:
        items = []
        for path in MENU:
            title = PAGES[path][1]
            active = " active" if path == section else ""
            if path in SUBMENU:
                sub = "".join(
                    f'<li><a class="dropdown-item" href="{attr(p)}" title="{attr(PAGES[p][1])}"><span class="dropdown-text">{esc(PAGES[p][1])}</span></a></li>'
                    for p in SUBMENU[path]
                )
                items.append(
                    f'<li class="nav-item dropdown dropdown-hover{active}"><a href="{attr(path)}" id="nav-item-{PAGES[path][0]}" class="nav-link dropdown-toggle" title="{attr(title)}" aria-haspopup="true" aria-expanded="false"><span class="nav-link-text">{esc(title)}</span></a>'
                    f'<ul class="dropdown-menu" aria-labelledby="nav-item-{PAGES[path][0]}">{sub}</ul></li>'
                )
            else:
                items.append(
                    f'<li class="nav-item{active}"><a href="{attr(path)}" id="nav-item-{PAGES[path][0]}" class="nav-link" title="{attr(title)}"><span class="nav-link-text">{esc(title)}</span></a></li>'
                )
        return "\n".join(items)

    def breadcrumb(self, trail: list[tuple[str, str | None]]) -> str:
        lis = []
        for i, (title, href) in enumerate(trail):
            if href and i < len(trail) - 1:
                lis.append(
                    f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{attr(href)}" title="{attr(title)}"><span class="breadcrumb-text">{esc(title)}</span></a></li>'
                )
            else:
                lis.append(
                    f'<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">{esc(title)}</span></li>'
                )
        return (
            '<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container">'
            '<p class="sr-only" id="breadcrumb">คุณอยู่ที่นี่:</p><ol class="breadcrumb">' + "".join(lis) + "</ol></div></nav>"
        )

    def counter(self, current: str) -> str:
        n = int(_h(f"counter:{current}", 6), 16)
        today = 180 + n % 300
        total = 1_284_533 + n % 5000
        return f'<div class="visitor-counter"><span>ผู้เข้าชมวันนี้ <strong>{today}</strong> คน</span> <span>ผู้เข้าชมทั้งหมด <strong>{total:,}</strong> คน</span> <span class="since">(เริ่มนับ 1 ตุลาคม 2562)</span></div>'

    def page(
        self,
        current: str,
        title: str,
        main: str,
        trail: list[tuple[str, str | None]],
        section: str,
        pid: int,
        side: str | None = None,
        canonical: str | None = None,
        rss: bool = False,
        head: str = "",
        login: bool = True,
    ) -> str:
        canon = f'<link rel="canonical" href="{attr(self.u(canonical))}"/>\n' if canonical else ""
        feed = (
            f'<link rel="alternate" type="application/rss+xml" title="{attr(SITE)} : ข่าวสาร" href="{attr(self.u("/news/rss.xml"))}" />\n'
            if rss
            else ""
        )
        if side:
            body = f'<div class="container"><div class="row"><main class="col-lg-8 maincontent-wrap" role="main">{main}</main><aside class="col-lg-4 subcontent-wrap">{side}</aside></div></div>'
        else:
            body = f'<div class="container"><main class="maincontent-wrap" role="main">{main}</main></div>'
        login_link = (
            f'<a class="login-link" href="{attr(self.login_url(current))}" rel="nofollow"><i class="bi bi-person"></i> เข้าสู่ระบบ</a>'
            if login
            else '<span class="login-link">เข้าสู่ระบบ</span>'
        )
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="th-TH">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->


<title>{esc(title)}</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1" />
<meta name="robots" content="index,follow" />
<meta name="twitter:card" content="summary" />
<meta name="apple-mobile-web-app-capable" content="no" />
<meta name="google" content="notranslate" />
{head}
<link rel="stylesheet" href="{attr(CSS_URL)}" media="all">
<link rel="shortcut icon" href="/typo3conf/ext/bootstrap_package/Resources/Public/Icons/favicon.ico" type="image/vnd.microsoft.icon">
{canon}{feed}</head>
<body id="p{pid}" class="page-{pid} pagelevel-{len(trail) - 1} language-0 backendlayout-{"subnavigation_right" if side else "default"} layout-default">
<div id="top"></div>
<div class="body-bg">
<a class="sr-only sr-only-focusable page-skipnav" href="#page-content"><span>ข้ามไปยังเนื้อหา</span></a>
<div class="topbar"><div class="container"><span class="topbar-phone"><i class="bi bi-telephone"></i> {PHONE}</span>
<span class="topbar-font">ขนาดตัวอักษร <a href="javascript:void(0)" onclick="fontSize(-1)">ก-</a> <a href="javascript:void(0)" onclick="fontSize(0)">ก</a> <a href="javascript:void(0)" onclick="fontSize(1)">ก+</a></span>
<form class="topbar-search" action="/search" method="get"><input type="hidden" name="tx_indexedsearch_pi2[action]" value="search"><input type="hidden" name="tx_indexedsearch_pi2[controller]" value="Search"><input type="search" name="tx_indexedsearch_pi2[search][sword]" placeholder="ค้นหา..."><button type="submit">ค้นหา</button></form>
{login_link}</div></div>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container">
<a class="navbar-brand navbar-brand-image" title="{attr(SITE)}" href="/"><img class="navbar-brand-logo-normal" src="{LOGO}" alt="{attr(SITE)} logo" height="72" width="72"><span class="navbar-brand-text">{esc(SITE)}<small>{esc(PROVINCE)}</small></span></a>
<button class="navbar-toggler collapsed" type="button" data-toggle="collapse" data-target="#mainnavigation" aria-expanded="false"><span class="navbar-toggler-icon"></span></button>
<nav id="mainnavigation" class="collapse navbar-collapse">
<ul class="navbar-nav">
{self.nav(section)}
</ul>
</nav>
</div>
</header>
{self.breadcrumb(trail)}
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
{body}
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content"><div class="container"><div class="row">
<div class="col-md-5"><div id="c9" class="frame frame-default frame-type-text"><header><h3 class="element-header">{esc(SITE)}</h3></header>
<p>{esc(ADDRESS)}</p><p>โทรศัพท์ <a href="tel:045721190">{PHONE}</a> โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p></div></div>
<div class="col-md-4"><div id="c10" class="frame frame-default frame-type-menu_pages"><header><h3 class="element-header">ลิงก์หน่วยงาน</h3></header>
<ul><li><a href="https://www.dla.go.th/" target="_blank" rel="noopener">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.nacc.go.th/" target="_blank" rel="noopener">สำนักงาน ป.ป.ช.</a></li><li><a href="https://info.go.th/" target="_blank" rel="noopener">ศูนย์ข้อมูลข่าวสารของราชการ</a></li></ul></div></div>
<div class="col-md-3"><div id="c11" class="frame frame-default frame-type-html"><a href="https://www.facebook.com/nakhawari.municipality" target="_blank" rel="noopener">Facebook เทศบาลเมืองนาคาวารี</a><br><a href="https://line.me/R/ti/p/@nakhawari" target="_blank" rel="noopener">LINE Official @nakhawari</a>
{self.counter(current)}</div></div>
</div></div></section>
<section class="section footer-section footer-section-meta"><div class="container">
<div class="frame frame-default frame-type-menu_pages"><ul class="footer-meta-nav"><li><a href="/sitemap">แผนผังเว็บไซต์</a></li><li><a href="/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li><li><a href="/login">เข้าสู่ระบบสมาชิก</a></li><li><a href="/typo3/" rel="nofollow">ผู้ดูแลระบบ</a></li></ul></div>
<div class="footer-copyright"><p>สงวนลิขสิทธิ์ &copy; 2567 {esc(SITE)} &nbsp;|&nbsp; Powered by <a href="https://typo3.org/" target="_blank" rel="noopener">TYPO3</a> &amp; <a href="https://www.bootstrap-package.com/" target="_blank" rel="noopener">Bootstrap Package</a></p></div>
</div></section>
</footer>
<a class="scroll-top" title="ขึ้นด้านบน" href="#top"><span class="scroll-top-icon"></span></a>
</div>
<div id="cookieconsent"><span data-cookieconsent-setting="cookie.expiryDays" data-cookieconsent-value="365"></span><span data-cookieconsent-setting="content.message" data-cookieconsent-value="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"></span><span data-cookieconsent-setting="content.dismiss" data-cookieconsent-value="ยอมรับ"></span><span data-cookieconsent-setting="content.link" data-cookieconsent-value="อ่านเพิ่มเติม"></span><span data-cookieconsent-setting="content.href" data-cookieconsent-value="/privacy"></span></div>
<script src="{attr(JS_URL)}"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-NKW2567XYZ"></script>
</body>
</html>"""

    # -- news snippets -----------------------------------------------------------------------
    @staticmethod
    def cat_link(cid: int) -> str:
        return f'<a href="{attr(list_url(1, cid))}" title="{attr(CATS[cid][0])}">{esc(CATS[cid][0])}</a>'

    def list_item(self, a: Art, href_style: str = "speaking") -> str:
        href = a.path
        top = " topnews" if a.top else ""
        return f"""<div class="article articletype-0{top}" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="row"><div class="col-md-4"><div class="news-img-wrap"><a title="{attr(a.title)}" href="{attr(href)}"><img class="img-fluid" src="{a.thumb}" width="360" height="240" alt="" /></a></div></div>
<div class="col-md-8">
<div class="header"><h3><a title="{attr(a.title)}" href="{attr(href)}"><span itemprop="headline">{esc(a.title)}</span></a></h3></div>
<div class="footer"><p><span class="news-list-date"><i class="bi bi-calendar3"></i> <time itemprop="datePublished" datetime="{a.day}">{thai_abbr(a.d)}</time></span> <span class="news-list-category">{esc(CATS[a.cat][0])}</span></p></div>
<div class="teaser-text" itemprop="description"><p>{esc(crop(a))}</p></div>
<a class="more btn btn-sm btn-outline-primary" title="{attr(a.title)}" href="{attr(href)}">อ่านต่อ</a>
</div></div>
</div>"""

    @staticmethod
    def pager(cur: int, total: int, href) -> str:
        if total <= 1:
            return ""
        lis = []
        if cur > 1:
            lis.append(
                f'<li class="page-item previous"><a class="page-link" href="{attr(href(cur - 1))}" title="ก่อนหน้า">&laquo; ก่อนหน้า</a></li>'
            )
        for n in range(1, total + 1):
            if n == cur:
                lis.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
            else:
                lis.append(f'<li class="page-item"><a class="page-link" href="{attr(href(n))}">{n}</a></li>')
        if cur < total:
            lis.append(
                f'<li class="page-item next"><a class="page-link" href="{attr(href(cur + 1))}" title="ถัดไป">ถัดไป &raquo;</a></li>'
            )
        return (
            '<div class="page-navigation"><nav aria-label="pagination"><ul class="pagination f3-widget-paginator">'
            + "".join(lis)
            + "</ul></nav></div>"
        )

    def news_side(self, cat: int | None = None, tags: tuple[str, ...] = ()) -> str:
        cats = "".join(f'<li class="{"active" if cid == cat else ""}">{self.cat_link(cid)}</li>' for cid in CATS)
        years: dict[int, list[tuple[int, int]]] = {}
        for y, m in MONTHS_WITH_NEWS:
            years.setdefault(y, []).append((y, m))
        dm = []
        for y, months in years.items():
            lis = "".join(
                f'<li class="item"><a href="{attr(arch_url(yy, mm, cat))}" title="{attr(thai_month_year(yy, mm))}">{MONTHS[mm - 1]}</a> ({sum(1 for a in ARTS if (a.d.year, a.d.month) == (yy, mm) and (cat is None or a.cat == cat))} ข่าว)</li>'
                for yy, mm in months
            )
            dm.append(f'<li class="item">{y + 543}<ul>{lis}</ul></li>')
        cloud = "".join(
            f'<a class="tag{" tag-active" if t in tags else ""}" href="{attr(tag_url(t))}" title="{attr(name)}">{esc(name)}</a> '
            for t, name in TAGS.items()
        )
        latest = "".join(
            f'<li><a href="{attr(a.path)}" title="{attr(a.title)}">{esc(a.title)}</a><span class="date">{thai_abbr(a.d)}</span></li>'
            for a in NEWEST[:5]
        )
        return f"""<div id="c121" class="frame frame-default frame-type-news_categorymenu"><header><h3 class="element-header">หมวดหมู่ข่าว</h3></header>
<div class="news"><div class="news-category-menu"><ul><li><a href="/news">ข่าวทั้งหมด</a></li>{cats}</ul></div></div></div>
<div id="c122" class="frame frame-default frame-type-news_datemenu"><header><h3 class="element-header">คลังข่าว</h3></header>
<div class="news"><div class="news-menu-view"><ul>{"".join(dm)}</ul></div></div></div>
<div id="c123" class="frame frame-default frame-type-news_tagmenu"><header><h3 class="element-header">แท็ก</h3></header><div class="news-tags">{cloud}</div></div>
<div id="c124" class="frame frame-default frame-type-news_pi1"><header><h3 class="element-header">ข่าวล่าสุด</h3></header><ul class="news-latest">{latest}</ul></div>"""

    def listing(
        self,
        current: str,
        heading: str,
        items: list[Art],
        pager: str,
        trail,
        cat=None,
        tags=(),
        extra: str = "",
        empty: str = "ไม่พบข่าว",
    ) -> str:
        rows = (
            "\n".join(self.list_item(a) for a in items)
            or f'<div class="no-news-found alert alert-info">{esc(empty)}</div>'
        )
        main = f"""<div id="c120" class="frame frame-default frame-type-news_pi1 frame-layout-0">
<header><h1 class="element-header">{esc(heading)}</h1></header>
<div class="news">
<!--TYPO3SEARCH_end-->
<div class="news-list-view" id="news-container-120">
{rows}
{pager}
</div>
{extra}
<!--TYPO3SEARCH_begin-->
</div></div>"""
        return self.page(
            current, f"{heading} - {SITE}", main, trail, "/news", PID_NEWS, side=self.news_side(cat, tags), rss=True
        )

    # -- article -------------------------------------------------------------------------------
    @staticmethod
    def body_html(a: Art) -> str:
        style = a.uid % 3
        out, items = [], []

        def flush() -> None:
            if items:
                out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
                items.clear()

        for n, line in enumerate(a.body):
            if line.startswith("- "):
                items.append(line[2:])
                continue
            flush()
            if style == 0:
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}</p>")
            elif style == 1:
                out.append(f'<p class="text-justify">{esc(line)}</p>')
            else:
                first, _, rest = line.partition(" ")
                text = f"<strong>{esc(first)}</strong> {esc(rest)}" if n == 0 and rest else esc(line)
                out.append(f"<p>{text}</p>")
                if n == 0:
                    out.append("<p>&nbsp;</p>")
        flush()
        return "\n".join(out)

    def related(self, a: Art) -> list[Art]:
        same = [b for b in ARTS if b.cat == a.cat and b.uid != a.uid and not b.solo]
        same.sort(key=lambda b: (abs((b.d - a.d).days), b.uid))
        return same[:3]

    def figure(self, a: Art) -> str:
        cap = f'<figcaption class="news-img-caption">{esc(a.caption)}</figcaption>' if a.caption else ""
        return (
            f'<div class="news-img-wrap"><figure class="image"><a href="{a.image}" title="{attr(a.caption or "")}" class="lightbox" rel="lightbox[myImageSet]" data-lightbox-caption="{attr(a.caption or "")}">'
            f'<img class="img-fluid" src="{a.thumb.replace("csm_", "csm_l_")}" width="800" height="533" alt="{attr(a.caption or a.title)}" /></a>{cap}</figure></div>'
        )

    def files(self, a: Art) -> str:
        if not a.pdf:
            return ""
        return (
            '<div class="news-related news-related-files"><h4>เอกสารแนบ</h4><ul>'
            f'<li><span class="news-related-files-link"><a href="{self.pdf_path(a)}" target="_blank"><i class="bi bi-file-earmark-pdf"></i> {esc(a.pdf)}</a></span> <span class="news-related-files-size">{120 + a.uid} KB</span></li></ul></div>'
        )

    @staticmethod
    def pdf_path(a: Art) -> str:
        return f"/fileadmin/user_upload/news/{a.d.year + 543}/news_{a.uid}_attachment.pdf"

    def detail_main(self, a: Art) -> str:
        rel = self.related(a)
        rel_html = ""
        if rel:
            lis = "".join(
                f'<li><span class="news-related-news-date">{thai_abbr(b.d)}</span> <a href="{attr(b.old_path)}" title="{attr(b.title)}">{esc(b.title)}</a></li>'
                for b in rel
            )
            rel_html = f'<div class="news-related-wrap"><div class="news-related news-related-news"><h4>ข่าวที่เกี่ยวข้อง</h4><ul>{lis}</ul></div></div>'
        tags = " ".join(
            f'<a href="{attr(tag_url(t))}" class="badge badge-secondary">{esc(TAGS[t])}</a>' for t in a.tags
        )
        author = (
            f' <span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">โดย <span itemprop="name">{esc(AUTHORS[a.author])}</span></span>'
            if a.author is not None
            else ""
        )
        teaser = (
            f'<div class="teaser-text lead" itemprop="description"><p>{esc(a.teaser)}</p></div>' if a.teaser else ""
        )
        share_url = quote(self.u(a.path), safe="")
        return f"""<div id="c130" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
<div class="footer"><p><span class="news-list-date"><i class="bi bi-calendar3"></i> <time itemprop="datePublished" datetime="{a.day}T{a.hm}:00+07:00">{thai_long(a.d)}</time></span> <span class="news-list-category">หมวดหมู่: {self.cat_link(a.cat)}</span>{author}</p></div>
{teaser}
{self.figure(a)}
<div class="news-text-wrap" itemprop="articleBody">
{self.body_html(a)}
</div>
{self.files(a)}
{f'<div class="news-tags"><span>แท็ก:</span> {tags}</div>' if tags else ""}
<div class="news-social-share"><span>แชร์ข่าวนี้:</span>
<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Facebook</a>
<a class="share-twitter" href="https://twitter.com/intent/tweet?url={share_url}&amp;text={quote(a.title)}" target="_blank" rel="noopener">X</a>
<a class="share-line" href="https://social-plugins.line.me/lineit/share?url={share_url}" target="_blank" rel="noopener">LINE</a>
<a class="share-print" href="{attr(a.print_path)}" target="_blank" rel="nofollow"><i class="bi bi-printer"></i> พิมพ์</a></div>
{rel_html}
<div class="news-backlink-wrap"><a href="/news" class="btn btn-secondary">&laquo; กลับ</a></div>
</div>
</div>
</div>"""

    def detail_page(self, a: Art, current: str) -> str:
        head = (
            f'<meta name="description" content="{attr(crop(a))}" />\n'
            f'<meta property="og:title" content="{attr(a.title)}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:url" content="{attr(self.u(a.path))}" />\n<meta property="og:image" content="{attr(self.u(a.image))}" />'
        )
        trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news"), (CATS[a.cat][0], list_url(1, a.cat)), (a.title, None)]
        return self.page(
            current,
            f"{a.title} - ข่าวสาร - {SITE}",
            self.detail_main(a),
            trail,
            "/news",
            PID_DETAIL,
            side=self.news_side(a.cat, a.tags),
            canonical=a.path,
            rss=True,
            head=head,
        )

    def print_page(self, a: Art) -> str:
        teaser = f'<div class="teaser-text"><p>{esc(a.teaser)}</p></div>' if a.teaser else ""
        return f"""<!DOCTYPE html>
<html lang="th-TH"><head><meta charset="utf-8"><title>{esc(a.title)} - {esc(SITE)}</title>
<meta name="robots" content="noindex,follow" /><meta name="generator" content="TYPO3 CMS" />
<link rel="canonical" href="{attr(self.u(a.path))}"/>
<link rel="stylesheet" href="/typo3conf/ext/nakhawari_sitepackage/Resources/Public/Css/print.css" media="all"></head>
<body class="print-view" onload="window.print()">
<div class="print-header"><img src="{LOGO}" width="60" height="60" alt=""> <strong>{esc(SITE)}</strong></div>
<div class="news news-single"><div class="article">
<h1>{esc(a.title)}</h1>
<p class="news-list-date">วันที่ {thai_long(a.d)} &nbsp; หมวดหมู่: {esc(CATS[a.cat][0])}</p>
{teaser}
{self.figure(a)}
<div class="news-text-wrap">
{self.body_html(a)}
</div>
</div></div>
<div class="print-footer">ที่มา: {esc(self.u(a.path))} &nbsp; <a href="javascript:window.print()">พิมพ์หน้านี้</a> | <a href="{attr(a.path)}">กลับไปหน้าข่าว</a></div>
</body></html>"""

    # -- listings ------------------------------------------------------------------------------
    def news_list(self, page: int, cat: int | None) -> str:
        items = [a for a in NEWEST if cat is None or a.cat == cat]
        total = max(1, -(-len(items) // PER_PAGE))
        shown = items[(page - 1) * PER_PAGE : page * PER_PAGE]
        heading = CATS[cat][0] if cat else "ข่าวสารและกิจกรรม"
        trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news")]
        if cat:
            trail.append((CATS[cat][0], list_url(1, cat)))
        if page > 1:
            trail.append((f"หน้า {page}", None))
        current = list_url(page, cat)
        return self.listing(current, heading, shown, self.pager(page, total, lambda n: list_url(n, cat)), trail, cat)

    def tag_list(self, tag: str) -> str:
        items = [a for a in NEWEST if tag in a.tags]
        name = TAGS[tag]
        trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news"), (f"แท็ก: {name}", None)]
        return self.listing(tag_url(tag), f"ข่าวที่มีแท็ก: {name}", items, "", trail, None, (tag,))

    def archive(self, y: int, m: int, cat: int | None) -> str:
        items = [a for a in NEWEST if (a.d.year, a.d.month) == (y, m) and (cat is None or a.cat == cat)]
        py, pm = month_step(y, m, -1)
        ny, nm = month_step(y, m, 1)
        nav = (
            '<div class="news-archive-nav"><ul class="pager">'
            f'<li class="previous"><a href="{attr(arch_url(py, pm, cat))}">&laquo; {thai_month_year(py, pm)}</a></li>'
            f'<li><a href="{attr(list_url(1, cat))}">ข่าวทั้งหมด</a></li>'
            f'<li class="next"><a href="{attr(arch_url(ny, nm, cat))}">{thai_month_year(ny, nm)} &raquo;</a></li></ul></div>'
        )
        if cat is None:
            combos = " ".join(
                f'<a class="badge badge-light" href="{attr(arch_url(y, m, cid))}">{esc(name)}</a>'
                for cid, (name, _) in CATS.items()
            )
        else:
            combos = f'<a class="badge badge-light" href="{attr(arch_url(y, m))}">ทุกหมวดหมู่</a>'
        filters = f'<div class="news-archive-filter">กรองตามหมวดหมู่: {combos}</div>'
        heading = f"คลังข่าว {thai_month_year(y, m)}" + (f" - {CATS[cat][0]}" if cat else "")
        trail = [("หน้าแรก", "/"), ("ข่าวสาร", "/news"), (heading, None)]
        return self.listing(
            arch_url(y, m, cat), heading, items, "", trail, cat, extra=filters + nav, empty="ไม่พบข่าวในช่วงเวลาที่เลือก"
        )

    # -- home ----------------------------------------------------------------------------------
    def home(self) -> str:
        tops = [a for a in NEWEST if a.top][:3]
        slides = "".join(
            f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{attr(a.slider_path)}"><img class="d-block w-100" src="{a.thumb.replace("csm_", "csm_slide_")}" width="1140" height="480" alt="{attr(a.title)}"></a>'
            f'<div class="carousel-caption"><h3><a href="{attr(a.slider_path)}">{esc(a.title)}</a></h3></div></div>'
            for i, a in enumerate(tops)
        )
        latest = "".join(
            f'<div class="col-md-6 col-lg-3"><div class="card news-card"><a href="{attr(a.path)}"><img class="card-img-top" src="{a.thumb}" width="360" height="240" alt=""></a>'
            f'<div class="card-body"><h4 class="card-title"><a href="{attr(a.path)}" title="{attr(a.title)}">{esc(a.title)}</a></h4>'
            f'<p class="card-text"><small><time datetime="{a.day}">{thai_abbr(a.d)}</time></small></p></div></div></div>'
            for a in NEWEST[:HOME_LATEST]
        )
        notices = "".join(
            f'<li><span class="date">{thai_abbr(a.d)}</span> <a href="{attr(a.path)}">{esc(a.title)}</a>{NEW_BADGE if (TODAY - a.d).days < 14 else ""}</li>'
            for a in [b for b in NEWEST if b.cat == 4][:3]
        )
        main = f"""<div id="c2" class="frame frame-default frame-type-carousel frame-layout-0"><div id="carousel-2" class="carousel slide carousel-fade" data-ride="carousel" data-interval="5000"><div class="carousel-inner">{slides}</div>
<a class="carousel-control-prev" href="#carousel-2" role="button" data-slide="prev"><span class="carousel-control-prev-icon"></span></a><a class="carousel-control-next" href="#carousel-2" role="button" data-slide="next"><span class="carousel-control-next-icon"></span></a></div></div>
<div id="c3" class="frame frame-default frame-type-news_pi1 frame-layout-0"><header><h2 class="element-header">ข่าวประชาสัมพันธ์ล่าสุด</h2></header>
<div class="news"><div class="news-list-view row">{latest}</div><p class="text-right"><a class="btn btn-primary" href="/news">ดูข่าวทั้งหมด &raquo;</a></p></div></div>
<div class="row"><div class="col-lg-8"><div id="c4" class="frame frame-default frame-type-news_pi1"><header><h2 class="element-header">ประกาศเทศบาล</h2></header>
<ul class="news-list-notice">{notices}</ul><p><a href="{attr(list_url(1, 4))}">ดูประกาศทั้งหมด &raquo;</a></p></div></div>
<div class="col-lg-4"><div id="c5" class="frame frame-default frame-type-textpic"><header><h2 class="element-header">สารจากนายกเทศมนตรี</h2></header>
<div class="ce-textpic ce-right ce-intext"><div class="ce-gallery"><figure class="image"><img src="/fileadmin/user_upload/executives/mayor.jpg" width="160" height="200" alt="{attr(MAYOR)}"></figure></div>
<div class="ce-bodytext"><p>ยินดีต้อนรับสู่เว็บไซต์{esc(SITE)} เทศบาลมุ่งมั่นพัฒนาเมืองให้น่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี โปร่งใส และตรวจสอบได้</p><p>{esc(MAYOR)}<br>นายกเทศมนตรีเมืองนาคาวารี</p></div></div></div></div></div>
<div id="c6" class="frame frame-default frame-type-menu_card_list"><header><h2 class="element-header">บริการประชาชน</h2></header>
<ul class="quick-links"><li><a href="/ita">ITA การเปิดเผยข้อมูลสาธารณะ</a></li><li><a href="/downloads">ดาวน์โหลดแบบฟอร์ม</a></li><li><a href="{attr(list_url(1, 4))}">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="https://www.gprocurement.go.th/" target="_blank" rel="noopener">ระบบ e-GP</a></li><li><a href="/contact">ร้องเรียน / ร้องทุกข์</a></li></ul></div>
<div id="c7" class="frame frame-default frame-type-html"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fnakhawari.municipality&amp;tabs=timeline&amp;width=340&amp;height=500" width="340" height="500" style="border:none;overflow:hidden" loading="lazy"></iframe></div>"""
        return self.page("/", f"หน้าแรก - {SITE}", main, [("หน้าแรก", None)], "/", PID_HOME, canonical="/", rss=True)

    # -- static pages --------------------------------------------------------------------------
    def static(self, path: str, inner: str, side: bool = True) -> str:
        pid, title, parent = PAGES[path]
        trail = [("หน้าแรก", "/")]
        if parent and parent != "/":
            trail.append((PAGES[parent][1], parent))
        trail.append((title, None))
        section = parent if parent and parent != "/" else path
        subnav = ""
        if side:
            group = parent if parent in SUBMENU else (path if path in SUBMENU else None)
            if group:
                subnav = (
                    f'<nav class="subnav"><p class="subnav-title"><a href="{attr(group)}">{esc(PAGES[group][1])}</a></p><ul class="subnav-nav">'
                    + "".join(
                        f'<li class="subnav-item{" active" if p == path else ""}"><a class="subnav-link" href="{attr(p)}">{esc(PAGES[p][1])}</a></li>'
                        for p in SUBMENU[group]
                    )
                    + "</ul></nav>"
                )
        main = f'<div id="c{pid * 10}" class="frame frame-default frame-type-text frame-layout-0"><header><h1 class="element-header">{esc(title)}</h1></header>{inner}</div>'
        return self.page(path, f"{title} - {SITE}", main, trail, section, pid, side=subnav or None, canonical=path)

    def static_pages(self) -> None:
        mod = datetime(2024, 3, 1, 9, 0, tzinfo=BANGKOK)
        about_children = "".join(f'<li><a href="{attr(p)}">{esc(PAGES[p][1])}</a></li>' for p in SUBMENU["/about"])
        self.add_page(
            "/about",
            self.static(
                "/about",
                f"<p>{esc(SITE)} ตั้งอยู่ในเขตอำเภอเมืองศรีวารินทร์ {esc(PROVINCE)} มีพื้นที่ 12.6 ตารางกิโลเมตร แบ่งการปกครองออกเป็น 14 ชุมชน</p><ul>{about_children}</ul>",
            ),
        )
        self.add_page(
            "/about/history",
            self.static(
                "/about/history",
                "<p>เทศบาลเมืองนาคาวารีเดิมเป็นสุขาภิบาลนาคาวารี จัดตั้งขึ้นเมื่อปี พ.ศ. 2499 ต่อมาได้รับการยกฐานะเป็นเทศบาลตำบลนาคาวารีตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล พ.ศ. 2542</p>"
                "<p>เมื่อวันที่ 12 สิงหาคม 2551 ได้รับการยกฐานะเป็นเทศบาลเมืองนาคาวารี เนื่องจากมีประชากรและรายได้เพิ่มขึ้นตามเกณฑ์ที่กฎหมายกำหนด</p>"
                "<p>ชื่อ นาคาวารี มาจากตำนานพญานาคที่อาศัยอยู่ในหนองนาคา แหล่งน้ำสำคัญกลางเมืองซึ่งปัจจุบันเป็นสวนสาธารณะประจำเมือง</p>",
            ),
        )
        basic = "".join(
            f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>"
            for k, v in (
                ("พื้นที่", "12.6 ตารางกิโลเมตร"),
                ("จำนวนชุมชน", "14 ชุมชน"),
                ("ประชากร", "21,486 คน (ชาย 10,352 คน หญิง 11,134 คน) ข้อมูล ณ 31 ธันวาคม 2566"),
                ("จำนวนครัวเรือน", "8,917 ครัวเรือน"),
                ("อาชีพหลัก", "ค้าขาย รับราชการ เกษตรกรรม"),
            )
        )
        self.add_page(
            BASIC_INFO,
            self.static(
                BASIC_INFO,
                f'<div class="table-responsive"><table class="table table-bordered"><tbody>{basic}</tbody></table></div>',
            ),
        )
        execs = (
            (MAYOR, "นายกเทศมนตรีเมืองนาคาวารี"),
            ("นางสาวพิมพ์ชนก วารีรัตน์", "รองนายกเทศมนตรี"),
            ("นายสุรเชษฐ์ บุญประเสริฐ", "รองนายกเทศมนตรี"),
            ("นายอำนวย พรมนาคา", "เลขานุการนายกเทศมนตรี"),
            ("นายวิชัย แสงทอง", "ปลัดเทศบาล"),
        )
        cards = "".join(
            f'<div class="col-md-4"><figure class="image"><img src="/fileadmin/user_upload/executives/exec_{i + 1}.jpg" width="200" height="250" alt="{attr(n)}"><figcaption>{esc(n)}<br>{esc(r)}</figcaption></figure></div>'
            for i, (n, r) in enumerate(execs)
        )
        for i in range(len(execs)):
            add_jpeg(self.site, f"/fileadmin/user_upload/executives/exec_{i + 1}.jpg", 200, 250, mod)
        add_jpeg(self.site, "/fileadmin/user_upload/executives/mayor.jpg", 160, 200, mod)
        self.add_page("/about/executives", self.static("/about/executives", f'<div class="row">{cards}</div>'))
        rows = []
        for code, label in ITA_ITEMS:
            path = f"/fileadmin/user_upload/ita/2567/{code}.pdf"
            if code == ITA_DELETED:
                self.site.broken_links.append(self.u(path))
            else:
                add_pdf(self.site, path, f"ITA 2567 {code}", [f"Nakhawari Town Municipality - {code}"], mod)
            rows.append(
                f'<tr><td>{code}</td><td>{esc(label)}</td><td><a href="{path}" target="_blank"><i class="bi bi-file-earmark-pdf"></i> ดาวน์โหลด</a></td></tr>'
            )
        self.add_page(
            "/ita",
            self.static(
                "/ita",
                "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</p>"
                '<div class="table-responsive"><table class="table table-striped"><thead><tr><th>ข้อ</th><th>รายการ</th><th>เอกสาร</th></tr></thead><tbody>'
                + "".join(rows)
                + "</tbody></table></div>",
            ),
        )
        dl = []
        for label, name, size in DOWNLOADS:
            path = f"/fileadmin/user_upload/download/{name}"
            add_pdf(self.site, path, name.removesuffix(".pdf"), ["Nakhawari Town Municipality"], mod)
            dl.append(
                f'<li><a href="{path}" title="{attr(label)}" target="_blank"><span class="ce-uploads-fileName">{esc(label)}</span></a> <span class="ce-uploads-filesize">{size}</span></li>'
            )
        self.add_page("/downloads", self.static("/downloads", f'<div class="ce-uploads"><ul>{"".join(dl)}</ul></div>'))
        self.add_page(
            "/contact",
            self.static(
                "/contact",
                f'<p><strong>{esc(SITE)}</strong><br>{esc(ADDRESS)}</p><p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
                "<p>เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
                '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3850.1!2d104.1!3d15.1" width="100%" height="350" style="border:0" loading="lazy"></iframe>',
            ),
        )
        self.add_page(
            "/privacy",
            self.static(
                "/privacy",
                f"<p>{esc(SITE)} ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของผู้ใช้บริการ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>"
                "<p>เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นต่อการทำงานของระบบ และคุกกี้เพื่อการวิเคราะห์สถิติการเข้าชม ท่านสามารถตั้งค่าเบราว์เซอร์เพื่อปฏิเสธคุกกี้ได้</p>",
                side=False,
            ),
        )
        tree = "".join(
            f'<li><a href="{attr(p)}">{esc(PAGES[p][1])}</a>'
            + (
                "<ul>" + "".join(f'<li><a href="{attr(c)}">{esc(PAGES[c][1])}</a></li>' for c in SUBMENU[p]) + "</ul>"
                if p in SUBMENU
                else ""
            )
            + "</li>"
            for p in MENU + ("/search", "/privacy")
        )
        self.add_page(
            "/sitemap",
            self.static("/sitemap", f'<div class="frame-type-menu_sitemap"><ul>{tree}</ul></div>', side=False),
        )

    # -- search and login ------------------------------------------------------------------------
    def search_page(self, sword: str | None, pointer: int = 0) -> str:
        words = sword.split() if sword else []
        form = (
            '<form method="get" id="tx_indexedsearch" action="/search"><input type="hidden" name="tx_indexedsearch_pi2[action]" value="search"><input type="hidden" name="tx_indexedsearch_pi2[controller]" value="Search">'
            f'<div class="tx-indexedsearch-form"><label for="tx-indexedsearch-searchbox-sword">ค้นหา:</label><input class="tx-indexedsearch-searchbox-sword" id="tx-indexedsearch-searchbox-sword" type="text" name="tx_indexedsearch_pi2[search][sword]" value="{attr(sword or "")}" /></div>'
            '<input type="submit" class="tx-indexedsearch-searchbox-button" value="ค้นหา" /></form>'
        )
        popular = " ".join(f'<a href="{attr(search_url(w))}">{esc(w)}</a>' for w in POPULAR_WORDS)
        out = [form, f'<div class="tx-indexedsearch-popular">คำค้นยอดนิยม: {popular}</div>']
        if words:
            hits = [a for a in NEWEST if all(w in a.title + " " + " ".join(plain_paragraphs(a)) for w in words)]
            per = 10
            shown = hits[pointer * per : (pointer + 1) * per]
            out.append(
                f'<div class="tx-indexedsearch-info-sword">ผลการค้นหา <span class="tx-indexedsearch-info-sword-word">"{esc(sword or "")}"</span> พบ {len(hits)} รายการ</div>'
            )
            if not shown:
                out.append('<p class="tx-indexedsearch-noresults">ไม่พบผลการค้นหา</p>')
            for n, a in enumerate(shown, start=pointer * per + 1):
                snippet = crop(a, 120)
                out.append(
                    f'<div class="tx-indexedsearch-res"><h3><span class="tx-indexedsearch-result-number">{n}.</span> <span class="tx-indexedsearch-title"><a href="{attr(a.path)}">{esc(a.title)}</a></span></h3>'
                    f'<p class="tx-indexedsearch-description">{esc(snippet)}</p><p class="tx-indexedsearch-info"><dl class="tx-indexedsearch-info"><dt>วันที่:</dt><dd>{thai_abbr(a.d)}</dd><dt>หน้า:</dt><dd>ข่าวสาร</dd></dl></p></div>'
                )
            pages = -(-len(hits) // per)
            if pages > 1:
                out.append(
                    '<ul class="tx-indexedsearch-browsebox">'
                    + "".join(
                        (
                            f"<li><strong>{p + 1}</strong></li>"
                            if p == pointer
                            else f'<li><a href="{attr(search_url(sword or "", p))}">{p + 1}</a></li>'
                        )
                        for p in range(pages)
                    )
                    + "</ul>"
                )
            more = [w for w in POPULAR_WORDS if w not in words][:3]
            if more:
                out.append(
                    '<div class="tx-indexedsearch-related">ค้นหาเพิ่มเติม: '
                    + " ".join(
                        f'<a href="{attr(search_url(f"{sword} {w}"))}">{esc(sword or "")} {esc(w)}</a>' for w in more
                    )
                    + "</div>"
                )
        current = search_url(sword, pointer) if sword else "/search"
        main = f'<div id="c300" class="frame frame-default frame-type-indexedsearch_pi2"><header><h1 class="element-header">ค้นหา</h1></header><div class="tx-indexedsearch">{"".join(out)}</div></div>'
        return self.page(current, f"ค้นหา - {SITE}", main, [("หน้าแรก", "/"), ("ค้นหา", None)], "/search", PID_SEARCH)

    def login_page(self, current: str, redirect: str | None) -> str:
        hidden = f'<input type="hidden" name="redirect_url" value="{attr(redirect)}" />' if redirect else ""
        recovery = f"/login?tx_felogin_login%5Baction%5D=recovery&tx_felogin_login%5Bcontroller%5D=PasswordRecovery&cHash={_h('recovery')}"
        main = f"""<div id="c310" class="frame frame-default frame-type-felogin_login"><header><h1 class="element-header">เข้าสู่ระบบสมาชิก</h1></header>
<p>สำหรับพนักงานเทศบาลและสมาชิกสภาเทศบาล เพื่อเข้าถึงเอกสารภายใน</p>
<form target="_top" spellcheck="false" method="post" action="/login?tx_felogin_login%5Baction%5D=login&amp;tx_felogin_login%5Bcontroller%5D=Login&amp;cHash={_h("loginform")}">
<fieldset><legend>เข้าสู่ระบบ</legend><div><label for="tx-felogin-input-username">ชื่อผู้ใช้:</label><input type="text" id="tx-felogin-input-username" name="user" required="required" /></div>
<div><label for="tx-felogin-input-password">รหัสผ่าน:</label><input type="password" id="tx-felogin-input-password" name="pass" required="required" /></div>
<div><input type="submit" value="เข้าสู่ระบบ" name="submit" /></div>{hidden}<input type="hidden" name="logintype" value="login" /><input type="hidden" name="pid" value="35" /></fieldset></form>
<p><a href="{attr(recovery)}">ลืมรหัสผ่าน?</a></p></div>"""
        return self.page(
            current, f"เข้าสู่ระบบสมาชิก - {SITE}", main, [("หน้าแรก", "/"), ("เข้าสู่ระบบสมาชิก", None)], "/login", PID_LOGIN
        )

    def recovery_page(self, current: str) -> str:
        main = """<div id="c311" class="frame frame-default frame-type-felogin_login"><header><h1 class="element-header">ลืมรหัสผ่าน</h1></header>
<p>กรุณากรอกชื่อผู้ใช้หรืออีเมลที่ลงทะเบียนไว้ ระบบจะส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ไปยังอีเมลของท่าน</p>
<form method="post" action="/login?tx_felogin_login%5Baction%5D=recovery&amp;tx_felogin_login%5Bcontroller%5D=PasswordRecovery"><input type="text" name="tx_felogin_login[userIdentifier]" /><input type="submit" value="ส่ง" /></form>
<p><a href="/login">&laquo; กลับไปหน้าเข้าสู่ระบบ</a></p></div>"""
        return self.page(
            current,
            f"ลืมรหัสผ่าน - {SITE}",
            main,
            [("หน้าแรก", "/"), ("เข้าสู่ระบบสมาชิก", "/login"), ("ลืมรหัสผ่าน", None)],
            "/login",
            PID_LOGIN,
        )

    # -- feeds -----------------------------------------------------------------------------------
    def rss(self) -> Response:
        items = []
        for a in NEWEST[:RSS_LIMIT]:
            items.append(
                f"<item><title>{esc(a.title)}</title><link>{esc(self.u(a.path))}</link><description>{esc(crop(a))}</description>"
                f'<category>{esc(CATS[a.cat][0])}</category><pubDate>{rfc822(local_dt(a.day, a.hm))}</pubDate><guid isPermaLink="false">news-{a.uid}</guid></item>'
            )
        xml = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>'
            f"<title>{esc(SITE)} : ข่าวสาร</title><link>{esc(self.u('/'))}</link><description>ข่าวสารและกิจกรรมของ{esc(SITE)}</description><language>th</language>"
            f'<atom:link href="{attr(self.u("/news/rss.xml"))}" rel="self" type="application/rss+xml" />'
            f"<lastBuildDate>{rfc822(local_dt(NEWEST[0].day, NEWEST[0].hm))}</lastBuildDate>\n"
            + "\n".join(items)
            + "\n</channel>\n</rss>"
        )
        return Response(200, (("Content-Type", "application/rss+xml; charset=utf-8"),), xml.encode())

    def sitemap_urls(self) -> tuple[str, str]:
        return (
            f"/sitemap.xml?sitemap=pages&cHash={_h('sitemap:pages')}",
            f"/sitemap.xml?sitemap=news&cHash={_h('sitemap:news')}",
        )

    @staticmethod
    def xml(text: str) -> Response:
        return Response(
            200, (("Content-Type", "application/xml;charset=utf-8"), ("X-Robots-Tag", "noindex")), text.encode()
        )

    def sitemaps(self) -> None:
        pages_url, news_url = self.sitemap_urls()
        last = f"{NEWEST[0].day}T{NEWEST[0].hm}:00+07:00"
        index = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/typo3/sysext/seo/Resources/Public/CSS/Sitemap.xsl"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "".join(
                f"<sitemap><loc>{esc(self.u(u))}</loc><lastmod>{last}</lastmod></sitemap>\n"
                for u in (pages_url, news_url)
            )
            + "</sitemapindex>"
        )
        self.site.add("/sitemap.xml", self.xml(index))
        pages = [p for p in PAGES if p not in ("/login", "/search")]
        urlset = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        page_xml = (
            urlset
            + "".join(
                f"<url><loc>{esc(self.u(p))}</loc><lastmod>2024-03-01T09:00:00+07:00</lastmod><priority>{'1.0' if p == '/' else '0.5'}</priority></url>\n"
                for p in pages
            )
            + "</urlset>"
        )
        self.site.add(pages_url, self.xml(page_xml))
        news_xml = (
            urlset
            + "".join(
                f"<url><loc>{esc(self.u(a.path))}</loc><lastmod>{a.day}T{a.hm}:00+07:00</lastmod><priority>0.5</priority></url>\n"
                for a in sorted(ARTS, key=lambda a: a.uid)
            )
            + "</urlset>"
        )
        self.site.add(news_url, self.xml(news_xml))

    def not_found_page(self) -> str:
        main = '<div class="frame frame-default"><header><h1 class="element-header">ไม่พบหน้าที่ต้องการ (404)</h1></header><p>ขออภัย ไม่พบหน้าที่ท่านร้องขอ หน้าดังกล่าวอาจถูกย้ายหรือลบออกแล้ว</p><p><a href="/">กลับสู่หน้าแรก</a> | <a href="/sitemap">แผนผังเว็บไซต์</a></p></div>'
        return self.page(
            "/404", f"ไม่พบหน้าที่ต้องการ - {SITE}", main, [("หน้าแรก", "/"), ("404", None)], "", 404, login=False
        )

    # -- registration ----------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.add_page("/", self.home())
        for cat in (None, *CATS):
            items = [a for a in ARTS if cat is None or a.cat == cat]
            for page in range(1, -(-len(items) // PER_PAGE) + 1):
                self.add_page(list_url(page, cat), self.news_list(page, cat))
        for tag in TAGS:
            self.add_page(tag_url(tag), self.tag_list(tag))
        self.static_pages()
        self.add_page("/search", self.search_page(None))
        self.add_page("/login", self.login_page("/login", None))
        recovery = f"/login?tx_felogin_login%5Baction%5D=recovery&tx_felogin_login%5Bcontroller%5D=PasswordRecovery&cHash={_h('recovery')}"
        self.add_page(recovery, self.recovery_page(recovery))
        # archive months with news (answered on request like every other month: see dynamic)
        for y, m in MONTHS_WITH_NEWS:
            self.non_articles.append(self.u(arch_url(y, m)))
        self.non_articles.append(self.u(self.login_url("/")))
        self.non_articles.append(self.u(search_url(POPULAR_WORDS[0])))
        for a in ARTS:
            site.add(a.path, self.html(self.detail_page(a, a.path)))
            site.add(a.old_path, self.html(self.detail_page(a, a.old_path)))
            site.add(a.print_path, self.html(self.print_page(a)))
            aliases = [self.u(a.old_path), self.u(a.print_path)]
            if a.top:
                site.add(a.slider_path, self.html(self.detail_page(a, a.slider_path)))
                aliases.append(self.u(a.slider_path))
            site.articles.append(
                FixtureArticle(
                    url=self.u(a.path),
                    aliases=tuple(aliases),
                    title=a.title,
                    paragraphs=tuple(plain_paragraphs(a)),
                    published=a.day,
                    author=AUTHORS[a.author] if a.author is not None else None,
                    captions=(a.caption,) if a.caption else (),
                )
            )
        site.articles.sort(key=lambda fa: fa.published)
        # media
        for a in ARTS:
            mod = local_dt(a.day, a.hm)
            add_jpeg(site, a.image, 1600, 1067, mod)
            add_jpeg(site, a.thumb, 360, 240, mod)
            add_jpeg(site, a.thumb.replace("csm_", "csm_l_"), 800, 533, mod)
            if a.top:
                add_jpeg(site, a.thumb.replace("csm_", "csm_slide_"), 1140, 480, mod)
            if a.pdf:
                add_pdf(site, self.pdf_path(a), f"news_{a.uid}_attachment", [f"Nakhawari news {a.uid}"], mod)
        theme = datetime(2023, 8, 1, 10, 0, tzinfo=BANGKOK)
        add_jpeg(site, LOGO, 72, 72, theme)
        add_gif(site, "/typo3conf/ext/bootstrap_package/Resources/Public/Icons/favicon.ico", theme)
        add_text(site, CSS_URL, "body{font-family:'Sarabun',sans-serif}.news-single h1{font-size:1.6rem}\n", "text/css")
        add_text(
            site,
            JS_URL,
            "function fontSize(n){document.body.style.fontSize=(100+n*10)+'%'}\n",
            "application/javascript",
        )
        add_text(
            site,
            "/typo3conf/ext/nakhawari_sitepackage/Resources/Public/Css/print.css",
            "body{font-size:12pt}\n",
            "text/css",
        )
        site.add("/news/rss.xml", self.rss())
        self.sitemaps()
        site.add(
            "/typo3/",
            self.html(
                '<!DOCTYPE html><html><head><title>TYPO3 CMS Login: เทศบาลเมืองนาคาวารี</title></head><body class="typo3-login"><form method="post" action="/typo3/login"><input name="username"><input type="password" name="p_field"></form></body></html>'
            ),
        )
        robots = (
            "User-agent: *\nDisallow: /typo3/\nDisallow: /typo3_src/\nDisallow: /typo3conf/\nDisallow: /typo3temp/\n"
            f"\nSitemap: {self.u('/sitemap.xml')}\n"
        )
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain; charset=utf-8"),), robots.encode()))
        site.not_found = self.html(self.not_found_page(), status=404)
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_ARCHIVE, TRAP_SEARCH, TRAP_LOGIN]
        site.dynamic = self.dynamic

    # -- made on request -------------------------------------------------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        m = re.fullmatch(r"/news/archive/(\d{4})/(\d{1,2})/?", path)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            if not (1 <= mo <= 12 and 1000 <= y <= 9999) or set(q) - {
                "tx_news_pi1[overwriteDemand][categories]",
                "cHash",
            }:
                return None
            cat = q.get("tx_news_pi1[overwriteDemand][categories]")
            if cat is not None and (not cat.isdigit() or int(cat) not in CATS):
                return None
            return self.html(self.archive(y, mo, int(cat) if cat else None))
        if path == "/search" and "tx_indexedsearch_pi2[search][sword]" in q:
            sword = " ".join(q["tx_indexedsearch_pi2[search][sword]"].split())
            pointer = q.get("tx_indexedsearch_pi2[search][pointer]", "0")
            if not pointer.isdigit():
                return None
            return self.html(self.search_page(sword, int(pointer)))
        if path == "/login" and "redirect_url" in q:
            return self.html(self.login_page(path_and_query, q["redirect_url"]))
        # an article with a different cHash / extra TYPO3 parameters (no_cache, L, type=98)
        for a in ARTS:
            if path == unquote(a.path) and set(q) <= {"no_cache", "L", "type", "cHash"}:
                if q.get("type") == "98":
                    return self.html(self.print_page(a))
                return self.html(self.detail_page(a, path_and_query))
        return None


TRAP_ARCHIVE = r"^/news/archive/\d+/\d+"
TRAP_SEARCH = r"^/search\?(?:.*&)?tx_indexedsearch_pi2(?:%5B|\[)search(?:%5D|\])(?:%5B|\[)sword(?:%5D|\])="
TRAP_LOGIN = r"^/login\?(?:.*&)?redirect_url="


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY, base_url, disallowed_paths=["/typo3/", "/typo3_src/"], server_software="Apache/2.4.57 (Debian)"
    )
    _Typo3(site).register()
    return site

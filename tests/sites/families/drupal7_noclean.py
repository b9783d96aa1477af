# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""drupal7_noclean: a เทศบาลเมือง on Drupal 7 on shared hosting where clean URLs were never enabled.

CMS imitated: Drupal 7.59 (PHP 5.6, ``Server: Apache/2.2.15 (CentOS)``) whose host has no working mod_rewrite,
so ``clean_url`` stayed 0 and ``url()`` writes every internal link as ``/?q=<path>`` (on Apache ``$script`` is
empty; hand-written blocks, the old footer menu and a Views "rewrite results" marquee write ``/index.php?q=``).
Modules: pathauto + token (Thai aliases), Views 3 (+ Better Exposed Filters links), taxonomy, statistics
("อ่าน N ครั้ง"), comment (anonymous, form on a separate page), Print (``print/N``), Forward (``forward&path=``),
Calendar 7.x-3.x + Date (month/week/day/year views, mini block with ``&mini=``), site_map (``?q=sitemap``),
Webform (ติดต่อเรา), Previous/Next API (ข่าวก่อนหน้า/ข่าวถัดไป), AddToAny share bar, Colorbox.  A Bartik
sub-theme ``tasarika``: ``<div id="page-wrapper"><div id="page">``, ``region-sidebar-first``, RDFa
(``typeof="sioc:Item foaf:Document"``, ``property="dc:date dc:created"``), ``<img typeof="foaf:Image">``.
All text is written for this fixture.

เทศบาลเมืองท่าสาริกา, อำเภอเมืองสาริกา, จังหวัดสาริกาบุรี (fictional).  TODAY is 2024-06-20.

URL shapes (all on ``/`` or ``/index.php``; Drupal trims slashes from ``q`` and ignores unknown parameters)
* Articles: pathauto ``[term]/[node:created:custom:Y]/[node:created:custom:m]/[node:title]`` with the
  category name as the first part: ``?q=ข่าวประชาสัมพันธ์/2024/03/<thai title>`` percent-encoded by
  ``drupal_encode_path`` (upper-case hex, ``/`` kept).  Punctuation removed, spaces to ``-``, the whole alias cut
  hard at 100 characters (some mid-word), a duplicate title in the same month gets ``-0``.  Listings,
  ``rel=canonical`` and the RSS feeds use the alias; ``rel=shortlink`` is ``?q=node/N``.
* The same article at ``?q=node/N``, ``?q=node/N/`` (typed into a body), ``/index.php?q=node/N`` (the marquee),
  ``/index.php?q=<alias>``, ``?q=print/N`` (Print module, same text, noindex; basic pages have one too), ``?q=comment/reply/N`` (core renders
  the node above the comment form), and for commented posts ``?q=comment/<cid>`` (comment permalink: the node
  page) and ``?q=node/N&page=0`` (comment pager).
* Front page ``/`` = ``?q=node`` (promoted nodes, sticky first, 6 a page, ``?q=node&page=N``), ``/index.php``.
* Views: ``?q=news`` (all news, 5 a page, ``&page=N`` zero-based, full pager), ``?q=news/table`` (ทะเบียนข่าว,
  10 a page, click sorts + BEF exposed-filter links: a trap).
* Taxonomy term pages at their aliases ``?q=หมวดหมู่ข่าว/<name>`` / ``?q=แท็ก/<name>`` and at
  ``?q=taxonomy/term/T`` (hand-written blocks), ``&page=N`` (6 a page); feeds ``?q=taxonomy/term/T/all/feed``,
  ``?q=taxonomy/term/T/0/feed`` (site map), ``?q=rss.xml`` (10 latest promoted).  No sitemap.xml (Apache 404).
* Calendar ``?q=calendar`` (this month) and ``?q=calendar/<YYYY|YYYY-MM|YYYY-Www|YYYY-MM-DD>`` for 2019-2029.
* ``?q=forward&path=node/N`` (Forward form), ``?q=user`` / ``user/login`` / ``user/register`` / ``user/password``,
  ``?q=search/node/<keys>`` (core search), ``?q=sitemap``, ``?q=filter/tips``; basic pages and events at their
  aliases and ``?q=node/N``.  Unknown ``q``: Drupal's 404 page (status 404); other file paths: Apache's 404.
* Files: ``/sites/default/files/news/<yyyy-mm>/<name>.jpg`` and image-style derivatives
  ``/sites/default/files/styles/{large,medium,thumbnail}/public/...?itok=<8 chars>`` (absolute URLs), PDFs.

Gold articles: 22 posts 2023-10-04 .. 2024-06-14, oldest first: 9 ข่าวประชาสัมพันธ์, 8 ข่าวกิจกรรม, 5
ประกาศจัดซื้อจัดจ้าง (centred heading lines, a PDF in ``field-name-field-attach-file``).  Author: the Drupal
user name shown in "ส่งโดย <name> เมื่อ ...".  Captions: ``field-name-field-image-caption`` values (never the
title), also the images' ``title``.  Body styles: plain, ``&nbsp;`` indents with empty ``<p>&nbsp;</p>``, Word
paste (``MsoNormal``, TH SarabunPSK spans, ``<o:p>``), justified with a ``<strong>`` lead, notices.  Notices and
two ข่าวกิจกรรม are not promoted (the front page shows notices only in a "latest 4" block): the oldest notice
and those two are reached only through ``?q=news&page=N`` (5 a page: the oldest posts only on pages 3-4), the
term and tag pages (``&page=1``), ``?q=news/table`` pages, the prev/next chain and related-news blocks.  The
front page pages (15 promoted), ``?q=rss.xml`` (latest 10 promoted), the term feeds and the marquee
(``/index.php?q=node/N``, latest 5) cover the rest.

Non-articles: front page and its pages, views pages, term pages (alias and ``taxonomy/term/T`` forms), basic
pages (ประวัติ, วิสัยทัศน์, บุคลากร, ITA with PDFs, ติดต่อเรา webform) at alias and ``node/N``, five event
nodes (date, place, two sentences), the calendar's current month, the site map, search pages, user pages,
Forward pages, filter tips.

Dates: "ส่งโดย admin เมื่อ พฤ, 14/03/2024 - 10:25": the site's medium format ``D, d/m/Y - H:i`` (day first!)
with the Thai translation's day abbreviations and the Gregorian year; RDFa ``content="2024-03-14T10:25:00+07:00"``;
the news view prints ``j F Y`` (``14 มีนาคม 2024``), the table ``d/m/Y``; bodies say ``14 มีนาคม 2567``.  RSS
``pubDate`` is ``r`` in the site time zone (+0700).

Traps (``trap_patterns``, answered on request):
* Calendar: ``?q=calendar/<arg>`` month/week/day/year views for 2019-2029, each linking prev/next (rel=nofollow),
  its days, weeks and the other granularities: 11 + 132 + 574 + 4,018 = 4,735 pages;
* the Calendar mini block on every page pages through months with ``&mini=YYYY-MM`` on the current URL (other
  parameters kept): 132 months times every page of the site;
* ``?q=news/table`` click sorts (``order`` x ``sort``: 9 states, the pager and filters kept) times BEF links for
  ``field_news_category_tid`` (All, 5, 6, 7), ``field_fiscal_year_value`` (All, 2566, 2567, 2568) and
  ``items_per_page`` (10, 20, 50, All) and their pages: about 1,400 distinct pages, 14,000+ spellings (links
  append the changed parameter, so the same filters come in many parameter orders);
* the theme's "เข้าสู่ระบบ"/"ลงทะเบียน" links carry ``destination=<current path and query>`` on every page,
  including the login page itself, so the destinations nest without end (until Apache's 414).
robots.txt is Drupal 7's default (clean and ``/?q=`` forms, with the trailing slashes that make
``/?q=user/login/`` miss ``/?q=user/login&destination=``; ``Crawl-delay`` commented out by the host).
"""

from __future__ import annotations

import calendar as pycal
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS
from .common import add_jpeg, add_pdf, attr, esc

FAMILY = "drupal7_noclean"
SITE = "เทศบาลเมืองท่าสาริกา"
SLOGAN = "เมืองน่าอยู่ ริมหนองสาริกา ประชาร่วมใจ ก้าวไกลอย่างยั่งยืน"
ADDRESS = "สำนักงานเทศบาลเมืองท่าสาริกา เลขที่ 88 ถนนเทศบาล 1 ตำบลท่าสาริกา อำเภอเมืองสาริกา จังหวัดสาริกาบุรี 36190"
PHONE = "0 4481 2240"
FAX = "0 4481 2241"
EMAIL = "saraban@tasarikacity.go.th"
MAYOR = "นายวีระพงษ์ ทองประเสริฐ"
TODAY = date(2024, 6, 20)
YEAR_MIN, YEAR_MAX = 2019, 2029
PER_FRONT, PER_NEWS, PER_TERM, PER_TABLE = 6, 5, 6, 10

HEADERS = (
    ("X-Powered-By", "PHP/5.6.40"),
    ("Expires", "Sun, 19 Nov 1978 05:00:00 GMT"),
    ("Cache-Control", "no-cache, must-revalidate"),
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Language", "th"),
    ("X-Frame-Options", "SAMEORIGIN"),
    ("X-Generator", "Drupal 7 (http://drupal.org)"),
    ("X-Drupal-Cache", "MISS"),
)
HTML_CT = "text/html; charset=utf-8"

TH_DAYS = ("จ", "อ", "พ", "พฤ", "ศ", "ส", "อา")  # Mon..Sun, the Thai translation of 'D'
TH_DAYS_HEAD = ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")

# -- taxonomy -------------------------------------------------------------------------------------------------------
PR, ACT, NOTICE = 5, 6, 7
CATS: dict[int, str] = {PR: "ข่าวประชาสัมพันธ์", ACT: "ข่าวกิจกรรม", NOTICE: "ประกาศจัดซื้อจัดจ้าง"}
CAT_DESC = {
    PR: "ข่าวสารและประกาศประชาสัมพันธ์ถึงพี่น้องประชาชนในเขตเทศบาลเมืองท่าสาริกา",
    ACT: "ภาพและข่าวกิจกรรมของคณะผู้บริหาร สมาชิกสภาเทศบาล และส่วนราชการของเทศบาล",
    NOTICE: "ประกาศจัดซื้อจัดจ้าง ประกวดราคา และประกาศผู้ชนะการเสนอราคา ตาม พ.ร.บ. การจัดซื้อจัดจ้างฯ พ.ศ. 2560",
}
TAGS: dict[int, str] = {11: "ภาษี", 12: "สาธารณสุข", 13: "ผู้สูงอายุ", 14: "ประเพณี", 15: "โครงสร้างพื้นฐาน", 16: "e-GP"}

# users (the name printed in "ส่งโดย ...")
ADMIN, PRU, KLANG, PASADU, SATHA = "admin", "pr_tasarika", "กองคลัง", "งานพัสดุ", "sathan01"


@dataclass(frozen=True)
class _Post:
    nid: int
    cat: int
    date: str
    time: str
    title: str
    paragraphs: tuple[str, ...]
    author: str
    style: str = "plain"  # plain, nbsp, justify, word, notice, gallery
    tags: tuple[int, ...] = ()
    captions: tuple[str, ...] = ()
    images: int = 0  # photos without caption after the captioned ones
    promoted: bool = True
    sticky: bool = False
    pdf: str = ""
    centred: tuple[int, ...] = ()
    fy: int = 2567
    comments: tuple[tuple[int, str, str, str], ...] = ()  # (cid, name, 'YYYY-MM-DD HH:MM', text)
    link: tuple[int, int, str] = (-1, 0, "")  # (paragraph, target nid, anchor text inside the paragraph)

    @property
    def dt(self) -> datetime:
        y, m, d = (int(x) for x in self.date.split("-"))
        hh, mm = (int(x) for x in self.time.split(":"))
        return datetime(y, m, d, hh, mm, tzinfo=BANGKOK)

    @property
    def d(self) -> date:
        return date.fromisoformat(self.date)

    @property
    def photos(self) -> int:
        return len(self.captions) + self.images


_SIGN = ("(นายวีระพงษ์ ทองประเสริฐ)", "นายกเทศมนตรีเมืองท่าสาริกา")

POSTS: tuple[_Post, ...] = (
    _Post(
        121,
        PR,
        "2023-10-04",
        "09:40",
        "ประชาสัมพันธ์ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ของเทศบาลเมืองท่าสาริกา",
        (
            "เทศบาลเมืองท่าสาริกา ได้จัดให้มีช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ เพื่อให้ประชาชนสามารถแจ้งเบาะแสได้อย่างสะดวก และผู้แจ้งจะได้รับการคุ้มครองข้อมูลส่วนบุคคลเป็นความลับ",
            "ช่องทางการร้องเรียน ได้แก่ ยื่นด้วยตนเองที่ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดเทศบาล ทางโทรศัพท์ 0 4481 2240 ต่อ 101 ทางไปรษณีย์ถึงนายกเทศมนตรีเมืองท่าสาริกา หรือผ่านแบบฟอร์มออนไลน์ในหน้าติดต่อเราของเว็บไซต์เทศบาล",
            "เทศบาลจะดำเนินการตรวจสอบและแจ้งผลการดำเนินการให้ผู้ร้องเรียนทราบภายใน 15 วันทำการ นับแต่วันที่ได้รับเรื่อง",
        ),
        ADMIN,
        style="justify",
        sticky=True,
        fy=2567,
    ),
    _Post(
        124,
        ACT,
        "2023-10-23",
        "15:30",
        "เทศบาลเมืองท่าสาริกา ร่วมพิธีวางพวงมาลาเนื่องในวันปิยมหาราช ประจำปี 2566",
        (
            "วันจันทร์ที่ 23 ตุลาคม 2566 เวลา 07.30 น. นายวีระพงษ์ ทองประเสริฐ นายกเทศมนตรีเมืองท่าสาริกา พร้อมด้วยคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมพิธีวางพวงมาลาถวายราชสักการะพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว ณ ลานพระราชานุสาวรีย์ หน้าศาลากลางจังหวัดสาริกาบุรี",
            "ภายหลังพิธี คณะผู้บริหารได้ร่วมกิจกรรมจิตอาสาทำความสะอาดบริเวณถนนรอบศาลากลางจังหวัด ร่วมกับส่วนราชการและประชาชนจิตอาสากว่า 300 คน",
        ),
        PRU,
        style="word",
        tags=(14,),
        captions=("นายกเทศมนตรีวางพวงมาลา ณ ลานพระราชานุสาวรีย์", "คณะผู้บริหารร่วมกิจกรรมจิตอาสา"),
        fy=2567,
    ),
    _Post(
        127,
        NOTICE,
        "2023-11-08",
        "10:05",
        "ประกาศเทศบาลเมืองท่าสาริกา เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ 3 ชุมชนหนองบัว ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "ประกาศเทศบาลเมืองท่าสาริกา",
            "เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ 3 ชุมชนหนองบัว ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "เทศบาลเมืองท่าสาริกา มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ 3 ขนาดกว้าง 4 เมตร ยาว 265 เมตร หนา 0.15 เมตร หรือมีพื้นที่ไม่น้อยกว่า 1,060 ตารางเมตร ราคากลางของงานก่อสร้างเป็นเงินทั้งสิ้น 1,248,000.00 บาท",
            "ผู้สนใจสามารถดูรายละเอียดและดาวน์โหลดเอกสารประกวดราคาได้ทางเว็บไซต์ระบบการจัดซื้อจัดจ้างภาครัฐ ตั้งแต่วันที่ 8 พฤศจิกายน 2566 ถึงวันที่ 15 พฤศจิกายน 2566 และกำหนดยื่นข้อเสนอในวันที่ 16 พฤศจิกายน 2566 ระหว่างเวลา 08.30 น. ถึง 16.30 น.",
            "ประกาศ ณ วันที่ 7 พฤศจิกายน พ.ศ. 2566",
            *_SIGN,
        ),
        PASADU,
        style="notice",
        tags=(15, 16),
        promoted=False,
        pdf="ebidding-soi-pracharuamjai3.pdf",
        centred=(0, 1, 4, 5, 6),
        fy=2567,
    ),
    _Post(
        130,
        ACT,
        "2023-11-27",
        "16:45",
        "เทศบาลเมืองท่าสาริกา จัดงานประเพณีลอยกระทง ประจำปี 2566 ณ สวนสาธารณะหนองสาริกา",
        (
            "ระหว่างวันที่ 26 - 27 พฤศจิกายน 2566 เทศบาลเมืองท่าสาริกา จัดงานประเพณีลอยกระทง ณ สวนสาธารณะหนองสาริกา เพื่อสืบสานประเพณีอันดีงามและส่งเสริมการท่องเที่ยวของเมือง ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ และการแสดงของนักเรียนโรงเรียนในสังกัดเทศบาล",
            "นายกเทศมนตรีขอขอบคุณชุมชนทั้ง 18 ชุมชนที่ร่วมส่งกระทงเข้าประกวด และขอบคุณประชาชนที่ร่วมกันใช้กระทงจากวัสดุย่อยสลายได้ ทำให้ปริมาณขยะในหนองสาริกาลดลงจากปีที่ผ่านมาเกือบครึ่งหนึ่ง",
        ),
        PRU,
        style="nbsp",
        tags=(14,),
        captions=("ขบวนแห่กระทงของชุมชนรอบหนองสาริกา", "การประกวดนางนพมาศ ประจำปี 2566"),
        images=1,
        fy=2567,
        comments=((41, "แม่ค้าริมหนอง", "2023-11-28 08:12", "ปีนี้จัดงานดีมากค่ะ ที่จอดรถเพียงพอ ขอให้จัดแบบนี้ทุกปีนะคะ"),),
    ),
    _Post(
        133,
        PR,
        "2023-12-12",
        "08:50",
        "ขอเชิญชวนประชาชนร่วมบริจาคโลหิต โครงการเทศบาลร่วมใจให้โลหิต ครั้งที่ 4/2566",
        (
            "เทศบาลเมืองท่าสาริกา ร่วมกับเหล่ากาชาดจังหวัดสาริกาบุรี และโรงพยาบาลสาริกาบุรี ขอเชิญชวนประชาชนผู้มีสุขภาพแข็งแรง อายุระหว่าง 17 - 70 ปี น้ำหนักตั้งแต่ 45 กิโลกรัมขึ้นไป ร่วมบริจาคโลหิตในวันพฤหัสบดีที่ 21 ธันวาคม 2566 เวลา 08.30 - 12.00 น. ณ หอประชุมเทศบาลเมืองท่าสาริกา",
            "ผู้บริจาคควรพักผ่อนให้เพียงพอ รับประทานอาหารก่อนมาบริจาค งดอาหารที่มีไขมันสูง และนำบัตรประจำตัวประชาชนหรือบัตรผู้บริจาคโลหิตมาด้วย ผู้บริจาคทุกท่านจะได้รับของที่ระลึกจากเทศบาล",
        ),
        SATHA,
        style="plain",
        tags=(12,),
        captions=("โปสเตอร์โครงการเทศบาลร่วมใจให้โลหิต",),
        fy=2567,
    ),
    _Post(
        137,
        NOTICE,
        "2024-01-10",
        "11:20",
        "ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ 3 ชุมชนหนองบัว",
        (
            "ประกาศเทศบาลเมืองท่าสาริกา",
            "เรื่อง ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ 3 ชุมชนหนองบัว ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "ตามประกาศเทศบาลเมืองท่าสาริกา ลงวันที่ 7 พฤศจิกายน 2566 นั้น ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ท่าสาริกาการโยธา โดยเสนอราคาต่ำสุด เป็นเงินทั้งสิ้น 1,139,500.00 บาท (หนึ่งล้านหนึ่งแสนสามหมื่นเก้าพันห้าร้อยบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและค่าใช้จ่ายทั้งปวงแล้ว",
            "ประกาศ ณ วันที่ 9 มกราคม พ.ศ. 2567",
            *_SIGN,
        ),
        PASADU,
        style="notice",
        tags=(15, 16),
        promoted=False,
        pdf="winner-soi-pracharuamjai3.pdf",
        centred=(0, 1, 3, 4, 5),
        link=(2, 127, "ลงวันที่ 7 พฤศจิกายน 2566"),
    ),
    _Post(
        140,
        ACT,
        "2024-01-13",
        "15:00",
        "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2567 เทศบาลเมืองท่าสาริกา",
        (
            "วันเสาร์ที่ 13 มกราคม 2567 เทศบาลเมืองท่าสาริกาจัดกิจกรรมวันเด็กแห่งชาติ ณ ลานอเนกประสงค์หน้าสำนักงานเทศบาล มีเด็กและผู้ปกครองเข้าร่วมงานกว่า 2,500 คน ภายในงานมีซุ้มเกมจากทุกกองของเทศบาล การแจกทุนการศึกษา ของขวัญ และไอศกรีม ตลอดจนการแสดงบนเวทีของนักเรียนโรงเรียนเทศบาล 1 และโรงเรียนเทศบาล 2",
        ),
        PRU,
        style="gallery",
        captions=("นายกเทศมนตรีมอบของขวัญให้เด็ก ๆ", "การแสดงของนักเรียนโรงเรียนเทศบาล 1", "ซุ้มเกมของกองสาธารณสุขและสิ่งแวดล้อม"),
        images=2,
    ),
    _Post(
        143,
        PR,
        "2024-02-01",
        "09:15",
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
        (
            "กองคลัง เทศบาลเมืองท่าสาริกา ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาล ตรวจสอบหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ซึ่งเทศบาลได้จัดส่งทางไปรษณีย์แล้วตั้งแต่เดือนมกราคม",
            "ผู้เสียภาษีต้องชำระภาษีภายในเดือนเมษายน 2567 ที่งานพัฒนาและจัดเก็บรายได้ กองคลัง ในวันและเวลาราชการ หรือชำระผ่านแอปพลิเคชันของธนาคารด้วยการสแกนคิวอาร์โค้ดในหนังสือแจ้งการประเมิน หากชำระล่าช้าจะต้องเสียเบี้ยปรับและเงินเพิ่มตามกฎหมาย",
        ),
        KLANG,
        style="word",
        tags=(11,),
    ),
    _Post(
        146,
        ACT,
        "2024-02-14",
        "13:40",
        "ประชุมสภาเทศบาลเมืองท่าสาริกา สมัยสามัญ สมัยแรก ประจำปี 2567",
        (
            "วันที่ 14 กุมภาพันธ์ 2567 เวลา 09.30 น. สภาเทศบาลเมืองท่าสาริกา จัดการประชุมสมัยสามัญ สมัยแรก ประจำปี 2567 ณ ห้องประชุมสภาเทศบาล โดยมีนายสุรชัย แก้วมณี ประธานสภาเทศบาล เป็นประธานการประชุม",
            "ที่ประชุมมีมติเห็นชอบการกำหนดสมัยประชุมสามัญประจำปี 2567 และรับทราบรายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2566 พร้อมทั้งพิจารณาญัตติขอความเห็นชอบโอนงบประมาณเพื่อซ่อมแซมท่อระบายน้ำในชุมชนตลาดเก่า",
        ),
        PRU,
        style="plain",
        captions=("บรรยากาศการประชุมสภาเทศบาลเมืองท่าสาริกา",),
        promoted=False,
    ),
    _Post(
        149,
        PR,
        "2024-02-26",
        "10:30",
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
        (
            "เทศบาลเมืองท่าสาริกา ขอแจ้งเตือนผู้เสียภาษีที่ดินและสิ่งปลูกสร้างที่ยังไม่ได้ชำระภาษีประจำปี 2567 ว่า เพื่ออำนวยความสะดวกแก่ประชาชน กองคลังจะเปิดให้บริการรับชำระภาษีนอกเวลาราชการในวันเสาร์ที่ 9 และวันเสาร์ที่ 23 มีนาคม 2567 เวลา 08.30 - 12.00 น.",
            "นอกจากนี้ เทศบาลจะออกหน่วยรับชำระภาษีเคลื่อนที่ไปยังชุมชนตลาดเก่าและชุมชนหนองบัวตามตารางที่แนบท้ายประกาศ สอบถามเพิ่มเติมโทร 0 4481 2240 ต่อ 204",
        ),
        KLANG,
        style="nbsp",
        tags=(11,),
        link=(0, 143, "ภาษีที่ดินและสิ่งปลูกสร้างที่ยังไม่ได้ชำระภาษีประจำปี 2567"),
    ),
    _Post(
        152,
        NOTICE,
        "2024-03-06",
        "14:15",
        "ประกาศเทศบาลเมืองท่าสาริกา เรื่อง ประกวดราคาซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 6 ตัน 6 ล้อ จำนวน 1 คัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "ประกาศเทศบาลเมืองท่าสาริกา",
            "เรื่อง ประกวดราคาซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 6 ตัน 6 ล้อ จำนวน 1 คัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "เทศบาลเมืองท่าสาริกา มีความประสงค์จะประกวดราคาซื้อรถบรรทุกขยะมูลฝอย ชนิดอัดท้าย ปริมาตรกระบะไม่น้อยกว่า 10 ลูกบาศก์เมตร ตามบัญชีราคามาตรฐานครุภัณฑ์ ราคากลางเป็นเงินทั้งสิ้น 2,500,000.00 บาท",
            "ผู้สนใจติดต่อขอรับเอกสารประกวดราคาได้ทางเว็บไซต์ระบบการจัดซื้อจัดจ้างภาครัฐ ระหว่างวันที่ 6 - 13 มีนาคม 2567 และกำหนดยื่นข้อเสนอในวันที่ 14 มีนาคม 2567",
            "ประกาศ ณ วันที่ 6 มีนาคม พ.ศ. 2567",
            *_SIGN,
        ),
        PASADU,
        style="notice",
        tags=(16,),
        promoted=False,
        pdf="ebidding-garbage-truck-2567.pdf",
        centred=(0, 1, 4, 5, 6),
    ),
    _Post(
        155,
        ACT,
        "2024-03-14",
        "10:25",
        "เทศบาลเมืองท่าสาริกา ออกพ่นหมอกควันกำจัดยุงลาย ป้องกันโรคไข้เลือดออกในชุมชนตลาดเก่า",
        (
            "วันพฤหัสบดีที่ 14 มีนาคม 2567 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองท่าสาริกา ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้าน ออกพ่นหมอกควันกำจัดยุงลายตัวเต็มวัยในชุมชนตลาดเก่า ภายหลังได้รับแจ้งว่ามีผู้ป่วยโรคไข้เลือดออกในพื้นที่ โดยพ่นรอบบ้านผู้ป่วยในรัศมี 100 เมตร และแจกทรายกำจัดลูกน้ำให้ทุกครัวเรือน",
            "ขอความร่วมมือประชาชนช่วยกันกำจัดแหล่งเพาะพันธุ์ยุงลายตามมาตรการ 3 เก็บ คือ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด หากมีไข้สูงเกิน 2 วัน ควรรีบไปพบแพทย์และงดรับประทานยาแอสไพริน",
        ),
        SATHA,
        style="justify",
        tags=(12,),
        captions=("เจ้าหน้าที่พ่นหมอกควันในซอยชุมชนตลาดเก่า",),
        comments=(
            (57, "ชาวตลาดเก่า", "2024-03-15 19:40", "ขอบคุณเจ้าหน้าที่ครับ อยากให้มาพ่นซอย 5 ด้วยครับ ยุงเยอะมาก"),
            (58, "กองสาธารณสุขฯ", "2024-03-16 09:05", "รับทราบค่ะ จะจัดเจ้าหน้าที่ลงพื้นที่ซอย 5 ในสัปดาห์หน้าค่ะ"),
        ),
    ),
    _Post(
        158,
        PR,
        "2024-03-29",
        "06:30",
        "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 4 อัตรา",
        (
            "เทศบาลเมืองท่าสาริกา ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ สังกัดกองสาธารณสุขและสิ่งแวดล้อม จำนวน 4 อัตรา ค่าตอบแทนเดือนละ 9,000 บาท และเงินเพิ่มค่าครองชีพชั่วคราวตามที่กฎหมายกำหนด",
            "ผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปี และมีร่างกายแข็งแรง เปิดรับสมัครตั้งแต่วันที่ 1 - 10 เมษายน 2567 ในวันและเวลาราชการ ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล",
            "หลักฐานการสมัคร ได้แก่ สำเนาบัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน รูปถ่ายหน้าตรงขนาด 1 นิ้ว จำนวน 3 รูป และใบรับรองแพทย์ที่ออกไม่เกิน 1 เดือน",
        ),
        ADMIN,
        style="plain",
    ),
    _Post(
        161,
        ACT,
        "2024-04-12",
        "17:10",
        "สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2567",
        (
            "วันศุกร์ที่ 12 เมษายน 2567 เทศบาลเมืองท่าสาริกา จัดพิธีรดน้ำขอพรผู้สูงอายุเนื่องในเทศกาลสงกรานต์ ณ หอประชุมเทศบาล มีผู้สูงอายุจากชมรมผู้สูงอายุทุกชุมชนเข้าร่วมกว่า 400 คน โดยนายกเทศมนตรีได้มอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุครบ 90 ปีขึ้นไป",
            "ภายในงานยังมีการสรงน้ำพระพุทธรูปสำคัญประจำเมือง การแข่งขันก่อเจดีย์ทราย และการแสดงรำวงย้อนยุคของชมรมผู้สูงอายุ สร้างความสนุกสนานและความอบอุ่นให้แก่ผู้ร่วมงาน",
        ),
        PRU,
        style="word",
        tags=(13, 14),
        captions=("ผู้บริหารเทศบาลรดน้ำขอพรผู้สูงอายุ", "การแสดงรำวงย้อนยุคของชมรมผู้สูงอายุ"),
    ),
    _Post(
        164,
        PR,
        "2024-04-25",
        "11:50",
        "แจ้งงดจ่ายน้ำประปาชั่วคราว บริเวณถนนเทศบาล 3 และชุมชนหนองบัว วันที่ 28 เมษายน 2567",
        (
            "งานประปา เทศบาลเมืองท่าสาริกา ขอแจ้งงดจ่ายน้ำประปาชั่วคราวในวันอาทิตย์ที่ 28 เมษายน 2567 ตั้งแต่เวลา 09.00 น. ถึง 16.00 น. เนื่องจากต้องเปลี่ยนประตูน้ำและซ่อมท่อเมนประปาที่ชำรุดบริเวณสี่แยกถนนเทศบาล 3",
            "พื้นที่ที่ได้รับผลกระทบ ได้แก่ ถนนเทศบาล 3 ทั้งสาย ชุมชนหนองบัว และหมู่บ้านสาริกาวิลล์ ขอให้ประชาชนกักเก็บน้ำไว้ใช้ล่วงหน้า ขออภัยในความไม่สะดวกมา ณ โอกาสนี้",
        ),
        ADMIN,
        style="nbsp",
        tags=(15,),
    ),
    _Post(
        167,
        NOTICE,
        "2024-05-03",
        "15:35",
        "ประกาศผู้ชนะการเสนอราคา ซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 6 ตัน 6 ล้อ จำนวน 1 คัน",
        (
            "ประกาศเทศบาลเมืองท่าสาริกา",
            "เรื่อง ประกาศผู้ชนะการเสนอราคา ซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย ขนาด 6 ตัน 6 ล้อ จำนวน 1 คัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "ผู้ชนะการเสนอราคา ได้แก่ บริษัท สาริกายนต์ จำกัด เสนอราคาเป็นเงินทั้งสิ้น 2,455,000.00 บาท (สองล้านสี่แสนห้าหมื่นห้าพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง",
            "ประกาศ ณ วันที่ 2 พฤษภาคม พ.ศ. 2567",
            *_SIGN,
        ),
        PASADU,
        style="notice",
        tags=(16,),
        promoted=False,
        pdf="winner-garbage-truck-2567.pdf",
        centred=(0, 1, 3, 4, 5),
    ),
    _Post(
        170,
        ACT,
        "2024-05-09",
        "14:20",
        "โครงการอบรมให้ความรู้การคัดแยกขยะต้นทาง ชุมชนปลอดขยะ ประจำปีงบประมาณ 2567",
        (
            "เมื่อวันที่ 8 พฤษภาคม 2567 กองสาธารณสุขและสิ่งแวดล้อม จัดโครงการอบรมให้ความรู้การคัดแยกขยะต้นทางแก่แกนนำชุมชน 18 ชุมชน ณ ห้องประชุมเทศบาลเมืองท่าสาริกา โดยได้รับเกียรติจากวิทยากรสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด",
            "ผู้เข้าอบรมได้เรียนรู้การทำถังขยะเปียกลดโลกร้อน การทำปุ๋ยหมักจากเศษอาหาร และการจัดตั้งธนาคารขยะรีไซเคิลในชุมชน เทศบาลตั้งเป้าลดปริมาณขยะที่ต้องนำไปกำจัดให้ได้ร้อยละ 10 ภายในปีงบประมาณนี้",
            "ชุมชนที่สนใจจัดตั้งธนาคารขยะ สามารถติดต่อขอรับการสนับสนุนได้ที่งานรักษาความสะอาด โทร 0 4481 2240 ต่อ 310",
        ),
        SATHA,
        style="justify",
        tags=(12,),
        captions=("วิทยากรสาธิตการทำถังขยะเปียกลดโลกร้อน",),
        images=1,
        promoted=False,
    ),
    _Post(
        173,
        PR,
        "2024-05-17",
        "09:00",
        "ขอเชิญผู้สูงอายุที่จะมีอายุครบ 60 ปีบริบูรณ์ ลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568",
        (
            "เทศบาลเมืองท่าสาริกา ขอเชิญผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508 และมีภูมิลำเนาอยู่ในเขตเทศบาล ลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568 ได้ตั้งแต่บัดนี้จนถึงวันที่ 30 กันยายน 2567",
            "ยื่นคำขอด้วยตนเองที่กองสวัสดิการสังคม พร้อมบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคาร กรณีไม่สามารถมาด้วยตนเองได้ สามารถมอบอำนาจให้ผู้อื่นยื่นแทนได้",
        ),
        ADMIN,
        style="word",
        tags=(13,),
        fy=2568,
    ),
    _Post(
        176,
        ACT,
        "2024-05-28",
        "16:00",
        "เทศบาลเมืองท่าสาริกา ร่วมกับจิตอาสาขุดลอกผักตบชวาและวัชพืชในหนองสาริกา",
        (
            "วันอังคารที่ 28 พฤษภาคม 2567 เทศบาลเมืองท่าสาริกา ร่วมกับหน่วยทหารในพื้นที่ สำนักงานชลประทาน และจิตอาสาจากชุมชนรอบหนองสาริกา ดำเนินการกำจัดผักตบชวาและวัชพืชในหนองสาริกาเป็นระยะทางกว่า 1.2 กิโลเมตร เพื่อเตรียมรับน้ำในฤดูฝน",
            "ผักตบชวาที่เก็บขึ้นมาได้ส่วนหนึ่งจะส่งมอบให้กลุ่มอาชีพสตรีชุมชนท่าน้ำ นำไปแปรรูปเป็นกระเป๋าและเครื่องจักสาน อีกส่วนหนึ่งนำไปทำปุ๋ยหมักที่ศูนย์เรียนรู้การจัดการขยะของเทศบาล",
        ),
        PRU,
        style="nbsp",
        captions=("จิตอาสาร่วมกันลากผักตบชวาขึ้นจากหนองสาริกา", "เครื่องจักรของหน่วยทหารช่วยขุดลอกวัชพืช"),
        images=1,
    ),
    _Post(
        179,
        PR,
        "2024-06-04",
        "10:10",
        "เทศบาลเมืองท่าสาริกา ประชาสัมพันธ์บริการรับซ่อมแซมไฟฟ้าส่องสว่างสาธารณะผ่านแอปพลิเคชันไลน์",
        (
            "เพื่ออำนวยความสะดวกแก่ประชาชน กองช่าง เทศบาลเมืองท่าสาริกา เปิดบริการรับแจ้งไฟฟ้าส่องสว่างสาธารณะชำรุดผ่านบัญชีไลน์ทางการของเทศบาล ประชาชนเพียงถ่ายภาพเสาไฟที่มีหมายเลขกำกับ พร้อมส่งตำแหน่งที่ตั้ง เจ้าหน้าที่จะเข้าซ่อมแซมภายใน 3 วันทำการ",
            "ในปีงบประมาณ 2567 เทศบาลได้เปลี่ยนโคมไฟถนนเป็นหลอดแอลอีดีแล้วกว่า 1,200 จุด ช่วยลดค่าไฟฟ้าได้เดือนละประมาณ 40,000 บาท",
        ),
        ADMIN,
        style="plain",
        tags=(15,),
        captions=("เจ้าหน้าที่กองช่างเปลี่ยนโคมไฟถนนแอลอีดี",),
    ),
    _Post(
        182,
        NOTICE,
        "2024-06-11",
        "13:05",
        "ประกาศเทศบาลเมืองท่าสาริกา เรื่อง ประกวดราคาจ้างปรับปรุงภูมิทัศน์สวนสาธารณะหนองสาริกา ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        (
            "ประกาศเทศบาลเมืองท่าสาริกา",
            "เรื่อง ประกวดราคาจ้างปรับปรุงภูมิทัศน์สวนสาธารณะหนองสาริกา ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
            "เทศบาลเมืองท่าสาริกา มีความประสงค์จะประกวดราคาจ้างปรับปรุงภูมิทัศน์สวนสาธารณะหนองสาริกา ประกอบด้วยงานทางเดินรอบหนองยาว 850 เมตร งานลานกีฬากลางแจ้ง และงานระบบไฟฟ้าส่องสว่าง ราคากลางเป็นเงินทั้งสิ้น 4,870,000.00 บาท",
            "ผู้สนใจสามารถดาวน์โหลดเอกสารได้ทางเว็บไซต์ระบบการจัดซื้อจัดจ้างภาครัฐ ระหว่างวันที่ 11 - 18 มิถุนายน 2567 และกำหนดยื่นข้อเสนอในวันที่ 19 มิถุนายน 2567",
            "ประกาศ ณ วันที่ 10 มิถุนายน พ.ศ. 2567",
            *_SIGN,
        ),
        PASADU,
        style="notice",
        tags=(15, 16),
        promoted=False,
        pdf="ebidding-nong-sarika-park-2567.pdf",
        centred=(0, 1, 4, 5, 6),
    ),
    _Post(
        185,
        PR,
        "2024-06-14",
        "08:45",
        "ประชาสัมพันธ์ โครงการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าในสุนัขและแมว ประจำปี 2567",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองท่าสาริกา จะออกให้บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าแก่สุนัขและแมวโดยไม่เสียค่าใช้จ่าย ระหว่างวันที่ 17 - 28 มิถุนายน 2567 ตามตารางการออกหน่วยในแต่ละชุมชน",
            "เจ้าของสัตว์เลี้ยงควรนำสุนัขและแมวที่มีอายุ 2 เดือนขึ้นไปมารับวัคซีน โดยใส่ปลอกคอและสายจูงหรือใส่กรงให้เรียบร้อย ทุกตัวที่ได้รับวัคซีนจะได้รับบัตรประจำตัวสัตว์และป้ายทะเบียน",
            "สอบถามรายละเอียดได้ที่งานป้องกันและควบคุมโรค โทร 0 4481 2240 ต่อ 305",
        ),
        SATHA,
        style="justify",
        tags=(12,),
        captions=("ตารางการออกหน่วยฉีดวัคซีนในแต่ละชุมชน",),
        fy=2567,
    ),
)
BY_NID = {p.nid: p for p in POSTS}


@dataclass(frozen=True)
class _Event:
    nid: int
    start: str  # 'YYYY-MM-DD HH:MM'
    end: str  # 'HH:MM'
    title: str
    place: str
    text: tuple[str, ...]

    @property
    def d(self) -> date:
        return date.fromisoformat(self.start[:10])

    @property
    def dt(self) -> datetime:
        return datetime.fromisoformat(self.start).replace(tzinfo=BANGKOK)


EVENTS: tuple[_Event, ...] = (
    _Event(
        168,
        "2024-05-22 08:30",
        "15:30",
        "โครงการเทศบาลเคลื่อนที่พบประชาชน ชุมชนหนองบัว",
        "ศาลาประชาคมชุมชนหนองบัว",
        (
            "ให้บริการรับชำระภาษี รับแจ้งซ่อมไฟฟ้าและประปา ตรวจสุขภาพเบื้องต้น และรับฟังความคิดเห็นของประชาชน",
            "ผู้สนใจสามารถนำเอกสารมาติดต่อได้ตลอดวัน",
        ),
    ),
    _Event(
        177,
        "2024-06-05 07:00",
        "10:00",
        "กิจกรรมวันสิ่งแวดล้อมโลก ปลูกต้นไม้รอบหนองสาริกา",
        "สวนสาธารณะหนองสาริกา ฝั่งทิศเหนือ",
        ("ขอเชิญชวนประชาชนร่วมปลูกต้นไม้ยืนต้น 500 ต้น รอบหนองสาริกา", "เทศบาลเตรียมกล้าไม้และอุปกรณ์ไว้ให้ผู้ร่วมกิจกรรม"),
    ),
    _Event(
        183,
        "2024-06-22 08:00",
        "17:00",
        "การแข่งขันกีฬาชุมชนสัมพันธ์ ประจำปี 2567",
        "สนามกีฬาเทศบาลเมืองท่าสาริกา",
        ("การแข่งขันฟุตบอล วอลเลย์บอล และเปตองระหว่าง 18 ชุมชน", "พิธีเปิดเวลา 08.00 น. ขอเชิญกองเชียร์ทุกชุมชน"),
    ),
    _Event(
        184,
        "2024-06-28 09:30",
        "12:00",
        "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี 2567",
        "ห้องประชุมสภาเทศบาลเมืองท่าสาริกา",
        ("ประชาชนผู้สนใจสามารถเข้ารับฟังการประชุมได้", "กรุณาลงทะเบียนที่หน้าห้องประชุมก่อนเวลา 09.15 น."),
    ),
    _Event(
        186,
        "2024-07-12 16:00",
        "21:00",
        "ตลาดนัดสินค้าชุมชน ถนนคนเดินท่าสาริกา",
        "ถนนเทศบาล 1 หน้าตลาดสดเทศบาล",
        ("จำหน่ายสินค้าชุมชน อาหารพื้นบ้าน และการแสดงดนตรีของเยาวชน", "ปิดการจราจรถนนเทศบาล 1 ตั้งแต่เวลา 15.00 น."),
    ),
)
EV_BY_NID = {e.nid: e for e in EVENTS}

# basic pages: nid -> (alias, title)
PAGES: dict[int, tuple[str, str]] = {
    2: ("ประวัติเทศบาล", "ประวัติเทศบาลเมืองท่าสาริกา"),
    3: ("วิสัยทัศน์-พันธกิจ", "วิสัยทัศน์และพันธกิจ"),
    4: ("บุคลากร", "ทำเนียบบุคลากร"),
    6: ("ita-2567", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2567"),
    7: ("ติดต่อเรา", "ติดต่อเรา"),
}
STAFF = (
    ("นายวีระพงษ์ ทองประเสริฐ", "นายกเทศมนตรีเมืองท่าสาริกา"),
    ("นายประยูร ศรีสุข", "รองนายกเทศมนตรี"),
    ("นางวิไลวรรณ บุญมา", "รองนายกเทศมนตรี"),
    ("นายสุรชัย แก้วมณี", "ประธานสภาเทศบาล"),
    ("นางสาวกัญญาภัค ศรีสว่าง", "ปลัดเทศบาล"),
    ("นายธนากร พรหมวงศ์", "รองปลัดเทศบาล"),
    ("นางจันทร์เพ็ญ ใจดี", "ผู้อำนวยการกองคลัง"),
    ("นายอนุชา สายทอง", "ผู้อำนวยการกองช่าง"),
    ("นางปราณี มีสุข", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม"),
)
ITA_DOCS = (
    ("O1", "โครงสร้างหน่วยงาน", "o1-structure.pdf"),
    ("O2", "ข้อมูลผู้บริหาร", "o2-executives.pdf"),
    ("O10", "แผนดำเนินงานประจำปี", "o10-action-plan-2567.pdf"),
    ("O12", "รายงานผลการดำเนินงานประจำปี", "o12-report-2566.pdf"),
    ("O20", "แผนการจัดซื้อจัดจ้าง", "o20-procurement-plan-2567.pdf"),
    ("O27", "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ", "o27-ethics-code.pdf"),
)
POPULAR_SEARCHES = ("ภาษีที่ดิน", "เบี้ยยังชีพ", "ประกวดราคา", "รับสมัครงาน", "ไข้เลือดออก")

_PUNCT = set("\"'`~!@#$%^&*()=+[]{}\\|;:,.<>/?“”‘’")


def pathauto_clean(text: str, maxlen: int = 100) -> str:
    """pathauto_cleanstring(): punctuation removed, spaces/hyphens/underscores to '-', word-safe cut at 100."""
    out = []
    for c in text:
        if c in " \t-_":
            out.append(" ")
        elif c in _PUNCT:
            continue
        else:
            out.append(c.lower())
    s = "-".join("".join(out).split())
    if len(s) > maxlen:
        cut = s[:maxlen]
        s = cut[: cut.rfind("-")] if "-" in cut else cut
    return s


def enc(path: str) -> str:
    """drupal_encode_path(): rawurlencode with '/' kept (upper-case hex)."""
    return quote(path, safe="/")


def build_query(pairs: list[tuple[str, str]]) -> str:
    """drupal_http_build_query(): rawurlencode values, '/' kept."""
    return "&".join(f"{quote(k, safe='[]')}={quote(v, safe='/')}" for k, v in pairs)


def url(path: str, query: list[tuple[str, str]] | None = None, fragment: str = "", script: str = "") -> str:
    """url() with clean URLs off on Apache: '/?q=<path>&<query>' (or '/' for the front page)."""
    parts = []
    if path:
        parts.append("q=" + enc(path))
    if query:
        parts.append(build_query(query))
    if not parts:
        return "/" + script + fragment
    return "/" + script + "?" + "&".join(parts) + fragment


def medium(dt: datetime) -> str:
    """The site's medium date format 'D, d/m/Y - H:i' with Thai day abbreviations."""
    return f"{TH_DAYS[dt.weekday()]}, {dt.day:02d}/{dt.month:02d}/{dt.year} - {dt.hour:02d}:{dt.minute:02d}"


def rfc2822(dt: datetime) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[dt.weekday()]}, {dt.day:02d} {months[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}:00 +0700"


def _hash(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def itok(style: str, path: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    digest = hashlib.sha1(f"{style}:{path}".encode()).digest()
    return "".join(alphabet[b % 64] for b in digest[:8])


def _month_add(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def _trim(text: str, n: int) -> str:
    """Views 'trim to max length' with word boundary and ellipsis."""
    if len(text) <= n:
        return text
    cut = text[:n]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut + "..."


class _Drupal:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.b = site.base_url
        self.alias: dict[str, str] = {}  # internal path -> alias
        self.source: dict[str, str] = {}  # alias -> internal path
        self.files: dict[str, str] = {}
        used: set[str] = set()
        for p in POSTS:
            base = f"{CATS[p.cat]}/{p.d.year}/{p.d.month:02d}/{pathauto_clean(p.title)}"
            a = base[:100].rstrip("-")
            k = 0
            while a in used:
                a = f"{base[:98].rstrip('-')}-{k}"
                k += 1
            used.add(a)
            self.set_alias(f"node/{p.nid}", a)
        for e in EVENTS:
            self.set_alias(f"node/{e.nid}", f"กิจกรรม/{pathauto_clean(e.title)}")
        for nid, (a, _t) in PAGES.items():
            self.set_alias(f"node/{nid}", a)
        for tid, name in CATS.items():
            self.set_alias(f"taxonomy/term/{tid}", f"หมวดหมู่ข่าว/{pathauto_clean(name)}")
        for tid, name in TAGS.items():
            self.set_alias(f"taxonomy/term/{tid}", f"แท็ก/{pathauto_clean(name)}")
        # newest first, as every listing sorts
        self.newest = sorted(POSTS, key=lambda p: p.dt, reverse=True)
        self.chain = sorted(POSTS, key=lambda p: p.dt)

    def set_alias(self, internal: str, a: str) -> None:
        self.alias[internal] = a
        self.source[a] = internal

    def href(self, internal: str, query: list[tuple[str, str]] | None = None, fragment: str = "") -> str:
        """url() of an internal path: aliased, as an escaped attribute value."""
        return attr(url(self.alias.get(internal, internal), query, fragment))

    def abs(self, internal: str) -> str:
        return self.b + url(self.alias.get(internal, internal))

    # -- files ---------------------------------------------------------------------------------------------------
    def photo_path(self, p: _Post, k: int) -> str:
        return f"/sites/default/files/news/{p.d.year}-{p.d.month:02d}/IMG_{(p.nid * 37 + k * 11) % 9000 + 1000}.JPG"

    def style_url(self, style: str, path: str) -> str:
        rel = path[len("/sites/default/files/") :]
        return f"/sites/default/files/styles/{style}/public/{rel}?itok={itok(style, path)}"

    def pdf_path(self, p: _Post) -> str:
        return f"/sites/default/files/procurement/{p.d.year + 543}/{p.pdf}"

    def add_files(self) -> None:
        site = self.site
        for p in POSTS:
            for k in range(1, p.photos + 1):
                path = self.photo_path(p, k)
                add_jpeg(site, path, 1600, 1067, p.dt)
                for style, (w, h) in (("large", (480, 320)), ("medium", (220, 147)), ("thumbnail", (100, 67))):
                    add_jpeg(site, self.style_url(style, path), w, h, p.dt)
            if p.pdf:
                add_pdf(site, self.pdf_path(p), f"Tha Sarika {p.nid}", [p.pdf, p.date], p.dt)
        launch = datetime(2015, 8, 3, 10, 0, tzinfo=BANGKOK)
        for _code, _label, fname in ITA_DOCS:
            add_pdf(site, f"/sites/default/files/ita/2567/{fname}", f"ITA 2567 {fname}", ["ITA 2567", fname], launch)
        add_jpeg(site, "/sites/default/files/logo-tasarika.png", 90, 90, launch)
        add_jpeg(site, "/sites/default/files/banner-top.jpg", 960, 180, launch)
        add_jpeg(site, "/sites/default/files/structure-2567.jpg", 1200, 800, launch)
        for i, _ in enumerate(STAFF):
            add_jpeg(site, f"/sites/default/files/staff/staff-{i + 1:02d}.jpg", 150, 200, launch)
        site.add(
            "/misc/feed.png",
            Response(200, (("Content-Type", "image/png"),), b"\x89PNG\r\n\x1a\n"),
        )
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), ROBOTS.encode()))

    # -- page chrome ---------------------------------------------------------------------------------------------
    def page(
        self,
        ctx: _Ctx,
        title: str,
        main: str,
        *,
        body_classes: str,
        breadcrumb: list[tuple[str, str]] | None = None,
        head: str = "",
        tabs: list[tuple[str, str, bool]] | None = None,
        h1: bool = True,
        feed: str = "",
        link_header: str = "",
        status: int = 200,
        front: bool = False,
    ) -> Response:
        b = self.b
        crumbs = ""
        if breadcrumb is not None:
            items = ['<a href="/">หน้าแรก</a>'] + [f'<a href="{h}">{esc(t)}</a>' for h, t in breadcrumb]
            crumbs = f'<div id="breadcrumb"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb">{" » ".join(items)}</div></div>'
        tabs_html = ""
        if tabs:
            active_li = ' class="active"'
            marker = '<span class="element-invisible">(แท็บที่ใช้งานอยู่)</span>'
            lis = "".join(
                f'<li{active_li if act else ""}><a href="{h}"{active_li if act else ""}>{esc(t)}{marker if act else ""}</a></li>\n'
                for h, t, act in tabs
            )
            tabs_html = (
                f'<div class="tabs"><h2 class="element-invisible">แท็บหลัก</h2><ul class="tabs primary">{lis}</ul></div>'
            )
        feed_html = (
            f'<a href="{feed}" class="feed-icon" title="สมัครรับ {esc(title)}"><img typeof="foaf:Image" src="{b}/misc/feed.png" width="16" height="16" alt="สมัครรับ {attr(title)}" /></a>'
            if feed
            else ""
        )
        page_title = f"{esc(title)} | {SITE}" if not front else f"{SITE} | {SLOGAN}"
        dest = ctx.destination()
        login = attr(url("user/login", [("destination", dest)]))
        register = attr(url("user/register", [("destination", dest)]))
        html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="alternate" type="application/rss+xml" title="{SITE} RSS" href="{b}/?q=rss.xml" />
<link rel="shortcut icon" href="{b}/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}  <title>{page_title}</title>
  <style type="text/css" media="all">
@import url("{b}/modules/system/system.base.css?sb4x2k");
@import url("{b}/modules/system/system.menus.css?sb4x2k");
@import url("{b}/modules/system/system.messages.css?sb4x2k");
@import url("{b}/modules/system/system.theme.css?sb4x2k");
</style>
<style type="text/css" media="all">
@import url("{b}/sites/all/modules/calendar/css/calendar_multiday.css?sb4x2k");
@import url("{b}/modules/comment/comment.css?sb4x2k");
@import url("{b}/sites/all/modules/date/date_api/date.css?sb4x2k");
@import url("{b}/modules/field/theme/field.css?sb4x2k");
@import url("{b}/modules/node/node.css?sb4x2k");
@import url("{b}/modules/user/user.css?sb4x2k");
@import url("{b}/sites/all/modules/views/css/views.css?sb4x2k");
</style>
<style type="text/css" media="all">
@import url("{b}/sites/all/themes/tasarika/css/layout.css?sb4x2k");
@import url("{b}/sites/all/themes/tasarika/css/style.css?sb4x2k");
@import url("{b}/sites/all/themes/tasarika/css/colors.css?sb4x2k");
</style>
  <script type="text/javascript" src="{b}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{b}/misc/jquery.once.js?v=1.2"></script>
<script type="text/javascript" src="{b}/misc/drupal.js?sb4x2k"></script>
<script type="text/javascript" src="{b}/sites/all/modules/colorbox/js/colorbox.js?sb4x2k"></script>
<script type="text/javascript" src="{b}/sites/default/files/languages/th_Qh3b2Lk0vJ5mWd1vU1uYx3o0p9w.js?sb4x2k"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"tasarika","theme_token":"{_hash(ctx.internal, 22)}"}},"colorbox":{{"opacity":"0.85","current":"{{current}} จาก {{total}}","previous":"\\u00ab ก่อนหน้า","next":"ถัดไป \\u00bb","close":"ปิด","maxWidth":"98%","maxHeight":"98%","fixed":true,"mobiledetect":true,"mobiledevicewidth":"480px"}}}});
//--><!]]>
</script>
</head>
<body class="{body_classes}" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a>
  </div>
    <div id="page-wrapper"><div id="page">

  <div id="header" class="without-secondary-menu"><div class="section clearfix">

          <a href="/" title="หน้าแรก" rel="home" id="logo">
        <img src="{b}/sites/default/files/logo-tasarika.png" alt="หน้าแรก" />
      </a>

          <div id="name-and-slogan">
                              <div id="site-name">
              <strong>
                <a href="/" title="หน้าแรก" rel="home"><span>{SITE}</span></a>
              </strong>
            </div>
                          <div id="site-slogan">{SLOGAN}</div>
      </div> <!-- /#name-and-slogan -->

      <div class="region region-header">
    <div id="block-block-9" class="block block-block">
<div class="content">
 <div class="top-links"><a href="{login}">เข้าสู่ระบบ</a> | <a href="{register}">ลงทะเบียน</a> | <a href="https://www.facebook.com/tasarikacity">Facebook</a> | <a href="https://line.me/R/ti/p/@tasarikacity">LINE @tasarikacity</a></div>
</div>
</div>
<div id="block-views-marquee-block" class="block block-views">
<div class="content">
<div class="view view-marquee view-id-marquee view-display-id-block view-dom-id-{_hash("marquee", 32)}">
<div class="view-content"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">
{self.marquee()}</marquee></div></div></div>
</div>
  </div>

          <div id="main-menu" class="navigation">
        <h2 class="element-invisible">เมนูหลัก</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first{" active" if front else ""}"><a href="/"{' class="active"' if front else ""}>หน้าแรก</a></li>
<li class="menu-512"><a href="{self.href("node/2")}">เกี่ยวกับเทศบาล</a></li>
<li class="menu-513"><a href="{attr(url("news"))}">ข่าวสาร</a></li>
<li class="menu-514"><a href="{attr(url("calendar"))}">ปฏิทินกิจกรรม</a></li>
<li class="menu-515"><a href="{self.href("node/6")}">ITA</a></li>
<li class="menu-516 last"><a href="{self.href("node/7")}">ติดต่อเรา</a></li>
</ul>      </div> <!-- /#main-menu -->
  </div></div> <!-- /.section, /#header -->

  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">

    {crumbs}

          <div id="sidebar-first" class="column sidebar"><div class="section">
          <div class="region region-sidebar-first">
{self.sidebar(ctx)}
  </div>
      </div></div> <!-- /.section, /#sidebar-first -->

    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      {f'<h1 class="title" id="page-title">{esc(title)}</h1>' if h1 else ""}
      {tabs_html}
      <div class="region region-content">
    <div id="block-system-main" class="block block-system">
<div class="content">
{main}
</div>
</div>
  </div>
      {feed_html}
    </div></div> <!-- /.section, /#content -->

  </div></div> <!-- /#main, /#main-wrapper -->

  <div id="footer-wrapper"><div class="section">
      <div id="footer" class="clearfix">
        <div class="region region-footer">
    <div id="block-block-2" class="block block-block">
<div class="content">
<p><strong>{SITE}</strong><br />{esc(ADDRESS)}<br />โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p class="old-menu"><a href="{attr(url(self.alias["node/2"], script="index.php"))}">ประวัติเทศบาล</a> | <a href="/index.php?q=node/3">วิสัยทัศน์</a> | <a href="/index.php?q=node/4">บุคลากร</a> | <a href="/?q=taxonomy/term/{PR}">ข่าวประชาสัมพันธ์</a> | <a href="/?q=taxonomy/term/{ACT}">ข่าวกิจกรรม</a> | <a href="/index.php?q=taxonomy/term/{NOTICE}">ประกาศจัดซื้อจัดจ้าง</a> | <a href="/index.php?q=sitemap">แผนผังเว็บไซต์</a> | <a href="/?q=user">สำหรับเจ้าหน้าที่</a></p>
<p>Copyright © 2558-2567 {SITE} สงวนลิขสิทธิ์ | <a href="http://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></p>
</div>
</div>
  </div>
      </div> <!-- /#footer -->
  </div></div> <!-- /.section, /#footer-wrapper -->

</div></div> <!-- /#page, /#page-wrapper -->
  </body>
</html>
"""
        headers = (("Content-Type", HTML_CT),) + HEADERS
        if link_header:
            headers += (("Link", link_header),)
        return Response(status, headers, html.encode("utf-8"))

    def marquee(self) -> str:
        # Views "rewrite the output of this field": <a href="/index.php?q=node/[nid]">[title]</a>
        return " &nbsp;|&nbsp; ".join(
            f'<a href="/index.php?q=node/{p.nid}">{esc(p.title)}</a>' for p in self.newest[:5]
        )

    def sidebar(self, ctx: _Ctx) -> str:
        b = self.b
        menu = [
            ("/", "หน้าแรก"),
            (url("news"), "ข่าวทั้งหมด"),
            (url(self.alias[f"taxonomy/term/{PR}"]), "ข่าวประชาสัมพันธ์"),
            (url(self.alias[f"taxonomy/term/{ACT}"]), "ข่าวกิจกรรม"),
            (url(self.alias[f"taxonomy/term/{NOTICE}"]), "ประกาศจัดซื้อจัดจ้าง"),
            (url("news/table"), "ทะเบียนข่าว"),
            (url("calendar"), "ปฏิทินกิจกรรม"),
            (url(self.alias["node/2"]), "ประวัติเทศบาล"),
            (url(self.alias["node/3"]), "วิสัยทัศน์และพันธกิจ"),
            (url(self.alias["node/4"]), "ทำเนียบบุคลากร"),
            (url(self.alias["node/6"]), "ITA 2567"),
            (url(self.alias["node/7"]), "ติดต่อเรา"),
            (url("sitemap"), "แผนผังเว็บไซต์"),
        ]
        cur = url(ctx.alias_path)
        lis = []
        for i, (h, t) in enumerate(menu):
            cls = "first leaf" if i == 0 else ("last leaf" if i == len(menu) - 1 else "leaf")
            active = ' class="active"' if h == cur or (h == "/" and ctx.front) else ""
            lis.append(f'<li class="{cls}"><a href="{attr(h)}" title=""{active}>{esc(t)}</a></li>')
        upcoming = [e for e in EVENTS if e.d >= TODAY][:3]
        up_html = "".join(
            f'<li class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{self.href(f"node/{e.nid}")}">{esc(e.title)}</a></span></div><div class="views-field views-field-field-event-date"><div class="field-content"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="{e.dt.isoformat()}">{medium(e.dt)}</span></div></div></li>'
            for e in upcoming
        )
        pop_today = sorted(POSTS, key=lambda p: (p.nid * 7919) % 101)[:3]
        pop_all = sorted(POSTS, key=lambda p: -self.reads(p))[:3]
        last_read = [BY_NID[n] for n in (155, 143, 121)]

        def plist(ps: list[_Post]) -> str:
            return "".join(f'<li><a href="{self.href(f"node/{p.nid}")}">{esc(p.title)}</a></li>' for p in ps)

        searches = " ".join(f'<a href="{attr(url("search/node/" + s))}">{esc(s)}</a>' for s in POPULAR_SEARCHES)
        return f"""<div id="block-search-form" class="block block-search">
<h2>ค้นหา</h2>
<div class="content">
<form action="{attr(url(ctx.alias_path))}" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">แบบฟอร์มค้นหา</h2>
    <div class="form-item form-type-textfield form-item-search-block-form">
  <label class="element-invisible" for="edit-search-block-form--2">ค้นหา </label>
 <input title="ใส่คำที่ต้องการค้นหา" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
</div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="ค้นหา" class="form-submit" /></div><input type="hidden" name="form_build_id" value="form-{_hash(ctx.internal + "search", 43)}" />
<input type="hidden" name="form_id" value="search_block_form" />
</div>
</div></form></div>
</div>
<div id="block-menu-menu-tasarika-menu" class="block block-menu">
<h2>เมนู</h2>
<div class="content">
<ul class="menu">{"".join(lis)}</ul></div>
</div>
<div id="block-views-calendar-block-1" class="block block-views">
<h2>ปฏิทินกิจกรรม</h2>
<div class="content">
{self.mini_calendar(ctx)}
</div>
</div>
<div id="block-views-upcoming-events-block" class="block block-views">
<h2>กิจกรรมที่จะมาถึง</h2>
<div class="content">
<div class="view view-upcoming-events view-id-upcoming_events view-display-id-block"><div class="view-content"><div class="item-list"><ul>{up_html}</ul></div></div></div></div>
</div>
<div id="block-statistics-popular" class="block block-statistics">
<h2>เนื้อหายอดนิยม</h2>
<div class="content">
<div class="item-list"><h3>วันนี้:</h3><ul>{plist(pop_today)}</ul></div><br /><div class="item-list"><h3>ตลอดกาล:</h3><ul>{plist(pop_all)}</ul></div><br /><div class="item-list"><h3>ล่าสุดที่อ่าน:</h3><ul>{plist(last_read)}</ul></div></div>
</div>
<div id="block-block-3" class="block block-block">
<h2>คำค้นยอดนิยม</h2>
<div class="content">
<p class="popular-searches">{searches}</p>
</div>
</div>
<div id="block-block-5" class="block block-block">
<h2>ลิงก์หน่วยงาน</h2>
<div class="content">
<ul><li><a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="http://www.gprocurement.go.th/" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ</a></li><li><a href="http://info.dla.go.th/" target="_blank">ระบบข้อมูลกลาง อปท.</a></li></ul><p><img src="{b}/sites/default/files/banner-top.jpg" alt="" width="180" /></p>
</div>
</div>"""

    def reads(self, p: _Post) -> int:
        return 150 + (p.nid * 7919) % 1900 + (TODAY - p.d).days * 3

    # -- calendar ------------------------------------------------------------------------------------------------
    def events_on(self, d: date) -> list[_Event]:
        return [e for e in EVENTS if e.d == d]

    def mini_calendar(self, ctx: _Ctx) -> str:
        y, m = ctx.mini
        keep = [(k, v) for k, v in ctx.params if k != "mini"]
        prev_y, prev_m = _month_add(y, m, -1)
        next_y, next_m = _month_add(y, m, 1)
        nav = []
        if prev_y >= YEAR_MIN:
            nav.append(
                f'<li class="date-prev"><a href="{attr(url(ctx.alias_path, keep + [("mini", f"{prev_y}-{prev_m:02d}")]))}" title="ไปยังเดือนก่อนหน้า" rel="nofollow">«</a>&nbsp;</li>'
            )
        if next_y <= YEAR_MAX:
            nav.append(
                f'<li class="date-next">&nbsp;<a href="{attr(url(ctx.alias_path, keep + [("mini", f"{next_y}-{next_m:02d}")]))}" title="ไปยังเดือนถัดไป" rel="nofollow">»</a></li>'
            )
        rows = []
        for week in pycal.Calendar(0).monthdatescalendar(y, m):
            cells = []
            for d in week:
                if d.month != m:
                    cells.append('<td class="empty"><div class="month mini-day-off"> </div></td>')
                elif self.events_on(d):
                    cells.append(
                        f'<td id="calendar-{d.isoformat()}" class="has-events"><div class="month mini-day-on"><a href="{attr(url("calendar/" + d.isoformat()))}">{d.day}</a></div></td>'
                    )
                else:
                    cells.append(
                        f'<td id="calendar-{d.isoformat()}" class="{"today" if d == TODAY else "future" if d > TODAY else "past"}"><div class="month mini-day-off">{d.day}</div></td>'
                    )
            rows.append("<tr>" + "".join(cells) + "</tr>")
        head = "".join(f'<th class="days">{h}</th>' for h in TH_DAYS_HEAD)
        return f"""<div class="view view-calendar view-id-calendar view-display-id-block_1 view-dom-id-{_hash("mini" + str(y) + str(m), 32)}">
<div class="view-header"><div class="date-nav-wrapper clearfix"><div class="date-nav item-list"><div class="date-heading"><h3><a href="{attr(url(f"calendar/{y}-{m:02d}"))}">{MONTHS[m - 1]} {y}</a></h3></div><ul class="pager">{"".join(nav)}</ul></div></div></div>
<div class="view-content"><div class="calendar-calendar"><div class="month-view">
<table class="mini"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>
</div></div></div></div>"""

    def calendar_page(self, ctx: _Ctx, arg: str) -> Response | None:
        """Calendar 7.x-3.x views: arg is '', YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD."""
        if arg == "":
            kind, y, m, d0 = "month", TODAY.year, TODAY.month, None
        elif re.fullmatch(r"\d{4}", arg):
            kind, y, m, d0 = "year", int(arg), 1, None
        elif re.fullmatch(r"\d{4}-\d{2}", arg):
            kind, y, m, d0 = "month", int(arg[:4]), int(arg[5:]), None
            if not 1 <= m <= 12:
                return None
        elif re.fullmatch(r"\d{4}-W\d{2}", arg):
            y, w = int(arg[:4]), int(arg[6:])
            try:
                d0 = date.fromisocalendar(y, w, 1)
            except ValueError:
                return None
            kind, m = "week", d0.month
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", arg):
            try:
                d0 = date.fromisoformat(arg)
            except ValueError:
                return None
            kind, y, m = "day", d0.year, d0.month
        else:
            return None
        if not YEAR_MIN <= y <= YEAR_MAX:
            return None

        def cal(a: str) -> str:
            return attr(url("calendar/" + a))

        def ev_links(d: date) -> str:
            return "".join(
                f'<div class="view-item view-item-calendar"><div class="calendar monthview"><div class="calendar-item"><span class="views-field views-field-title"><a href="{self.href(f"node/{e.nid}")}">{esc(e.title)}</a></span><span class="date-display-single">{e.start[11:]}</span></div></div></div>'
                for e in self.events_on(d)
            )

        if kind == "year":
            heading = f"{y}"
            prev_arg, next_arg = str(y - 1), str(y + 1)
            body = '<div class="year-view"><ul class="year-months">' + "".join(
                f'<li><a href="{cal(f"{y}-{mm:02d}")}">{MONTHS[mm - 1]} {y}</a></li>' for mm in range(1, 13)
            )
            body += "</ul></div>"
            plabel, nlabel = "ปีก่อนหน้า", "ปีถัดไป"
        elif kind == "month":
            heading = f"{MONTHS[m - 1]} {y}"
            py, pm = _month_add(y, m, -1)
            ny, nm = _month_add(y, m, 1)
            prev_arg, next_arg = f"{py}-{pm:02d}", f"{ny}-{nm:02d}"
            rows = []
            for week in pycal.Calendar(0).monthdatescalendar(y, m):
                iy, iw, _ = week[0].isocalendar()
                cells = [f'<td class="week"><a href="{cal(f"{iy}-W{iw:02d}")}">{iw}</a></td>']
                for d in week:
                    if d.month != m:
                        cells.append('<td class="empty"><div class="calendar-empty">&nbsp;</div></td>')
                    else:
                        cells.append(
                            f'<td id="calendar-{d.isoformat()}" class="single-day"><div class="day"><a href="{cal(d.isoformat())}">{d.day}</a></div>{ev_links(d)}</td>'
                        )
                rows.append("<tr>" + "".join(cells) + "</tr>")
            head = '<th class="week">สัปดาห์</th>' + "".join(f'<th class="days">{h}</th>' for h in TH_DAYS_HEAD)
            body = f'<div class="month-view"><table class="full"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
            plabel, nlabel = "เดือนก่อนหน้า", "เดือนถัดไป"
        elif kind == "week":
            assert d0 is not None
            iy, iw, _ = d0.isocalendar()
            heading = f"สัปดาห์ที่ {iw} ({d0.day} {MONTHS[d0.month - 1]} {d0.year})"
            pd_, nd_ = d0 - timedelta(days=7), d0 + timedelta(days=7)
            prev_arg = f"{pd_.isocalendar()[0]}-W{pd_.isocalendar()[1]:02d}"
            next_arg = f"{nd_.isocalendar()[0]}-W{nd_.isocalendar()[1]:02d}"
            days = [d0 + timedelta(days=i) for i in range(7)]
            body = '<div class="week-view"><table class="full"><tbody>' + "".join(
                f'<tr><td class="day"><a href="{cal(d.isoformat())}">{TH_DAYS_HEAD[d.weekday()]} {d.day} {MONTHS[d.month - 1]}</a></td><td>{ev_links(d)}</td></tr>'
                for d in days
            )
            body += "</tbody></table></div>"
            plabel, nlabel = "สัปดาห์ก่อนหน้า", "สัปดาห์ถัดไป"
        else:
            assert d0 is not None
            heading = f"{TH_DAYS_HEAD[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}"
            prev_arg, next_arg = (d0 - timedelta(days=1)).isoformat(), (d0 + timedelta(days=1)).isoformat()
            evs = ev_links(d0)
            body = f'<div class="day-view">{evs or "<p>ไม่มีกิจกรรมในวันนี้</p>"}</div>'
            plabel, nlabel = "วันก่อนหน้า", "วันถัดไป"
        pager = ""
        if int(prev_arg[:4]) >= YEAR_MIN:
            pager += f'<li class="date-prev"><a href="{cal(prev_arg)}" title="ไปยัง{plabel}" rel="nofollow">« ก่อนหน้า</a>&nbsp;</li>'
        if int(next_arg[:4]) <= YEAR_MAX:
            pager += f'<li class="date-next">&nbsp;<a href="{cal(next_arg)}" title="ไปยัง{nlabel}" rel="nofollow">ถัดไป »</a></li>'
        base_day = d0 or date(y, m, 1)
        iy, iw, _ = base_day.isocalendar()
        links = [
            ("year", cal(f"{base_day.year}"), "ปี"),
            ("month", cal(f"{base_day.year}-{base_day.month:02d}"), "เดือน"),
            ("week", cal(f"{iy}-W{iw:02d}"), "สัปดาห์"),
            ("day", cal(base_day.isoformat()), "วัน"),
        ]
        cal_links = "".join(
            f'<li class="{k}{" active" if k == kind else ""}"><a href="{h}">{t}</a></li>' for k, h, t in links
        )
        main = f"""<div class="view view-calendar view-id-calendar view-display-id-page_1 view-dom-id-{_hash(arg or "now", 32)}">
<div class="view-header"><div class="calendar-links"><ul class="links inline">{cal_links}</ul></div>
<div class="date-nav-wrapper clearfix"><div class="date-nav item-list"><div class="date-heading"><h3>{esc(heading)}</h3></div><ul class="pager">{pager}</ul></div></div></div>
<div class="view-content"><div class="calendar-calendar">{body}</div></div>
<div class="view-footer"><a href="{attr(url("calendar/ical"))}" class="ical-icon">iCal</a></div>
</div>"""
        return self.page(
            ctx,
            "ปฏิทินกิจกรรม",
            main,
            body_classes="html not-front not-logged-in one-sidebar sidebar-first page-calendar",
            breadcrumb=[],
        )

    # -- nodes ---------------------------------------------------------------------------------------------------
    def images_html(self, p: _Post, style: str) -> str:
        if not p.photos:
            return ""
        b = self.b
        items = []
        for k in range(1, p.photos + 1):
            path = self.photo_path(p, k)
            cap = p.captions[k - 1] if k <= len(p.captions) else ""
            w, h = {"large": (480, 320), "medium": (220, 147)}[style]
            img = f'<img typeof="foaf:Image" src="{b}{attr(self.style_url(style, path))}" width="{w}" height="{h}" alt="" title="{attr(cap)}" />'
            parity = "even" if k % 2 == 0 else "odd"
            if style == "large":
                items.append(
                    f'<div class="field-item {parity}" rel="og:image rdfs:seeAlso" resource="{b}{attr(self.style_url(style, path))}"><a href="{b}{path}" title="{attr(cap)}" class="colorbox" data-colorbox-gallery="gallery-node-{p.nid}-{_hash(str(p.nid), 11)}">{img}</a></div>'
                )
            else:
                items.append(
                    f'<div class="field-item {parity}" rel="og:image rdfs:seeAlso" resource="{b}{attr(self.style_url(style, path))}"><a href="{self.href(f"node/{p.nid}")}">{img}</a></div>'
                )
                break  # teasers show the first image only
        out = f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items">{"".join(items)}</div></div>'
        if style == "large" and p.captions:
            caps = "".join(
                f'<div class="field-item {"even" if i % 2 else "odd"}">{esc(c)}</div>' for i, c in enumerate(p.captions)
            )
            out += f'<div class="field field-name-field-image-caption field-type-text field-label-hidden"><div class="field-items">{caps}</div></div>'
        return out

    def para_text(self, p: _Post, i: int, text: str) -> str:
        t = esc(text)
        if p.link[0] == i:
            anchor = esc(p.link[2])
            # typed by the editor: a relative '?q=node/N/'
            t = t.replace(anchor, f'<a href="?q=node/{p.link[1]}/">{anchor}</a>', 1)
        return t

    def body_html(self, p: _Post) -> str:
        out = []
        for i, text in enumerate(p.paragraphs):
            t = self.para_text(p, i, text)
            if p.style == "nbsp":
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {t}</p>")
                if i == 0:
                    out.append("<p>&nbsp;</p>")
            elif p.style == "justify":
                if i == 0 and " " in text and p.link[0] != 0:
                    first, rest = text.split(" ", 1)
                    t = f"<strong>{esc(first)}</strong> {esc(rest)}"
                out.append(f'<p style="text-align: justify;">{t}</p>')
            elif p.style == "word":
                out.append(
                    f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span lang="TH" style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,&quot;sans-serif&quot;">{t}</span><o:p></o:p></p>'
                )
            elif p.style == "notice":
                if i in p.centred:
                    tag = "strong" if i < 2 else "span"
                    out.append(f'<p style="text-align: center;"><{tag}>{t}</{tag}></p>')
                else:
                    out.append(
                        f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>'
                    )
            else:
                out.append(f"<p>{t}</p>")
        if p.style == "word":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        if p.style in ("plain", "gallery"):
            out.append("<p></p>")
        return "\n".join(out)

    def submitted(self, p: _Post) -> str:
        return f'<span property="dc:date dc:created" content="{p.dt.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">ส่งโดย <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">{esc(p.author)}</span> เมื่อ {medium(p.dt)}</span>'

    def terms_html(self, p: _Post) -> str:
        cat = f'<div class="field field-name-field-news-category field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">หมวดหมู่ข่าว:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="{self.href(f"taxonomy/term/{p.cat}")}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(CATS[p.cat])}</a></div></div></div>'
        if not p.tags:
            return cat
        tags = "".join(
            f'<li class="taxonomy-term-reference-{i} {"even" if i % 2 else "odd"}" rel="dc:subject"><a href="{self.href(f"taxonomy/term/{t}")}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(TAGS[t])}</a></li>'
            for i, t in enumerate(p.tags)
        )
        return (
            cat
            + f'<section class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above view-mode-full"><h2 class="field-label">แท็ก:&nbsp;</h2><ul class="field-items">{tags}</ul></section>'
        )

    def node_links(self, p: _Post, teaser: bool) -> str:
        lis = []
        if teaser:
            lis.append(
                f'<li class="node-readmore first"><a href="{self.href(f"node/{p.nid}")}" rel="tag" title="{attr(p.title)}">อ่านต่อ<span class="element-invisible"> เกี่ยวกับ {esc(p.title)}</span></a></li>'
            )
        if p.comments and teaser:
            lis.append(
                f'<li class="comment-comments"><a href="{self.href(f"node/{p.nid}", fragment="#comments")}" title="ไปยังความคิดเห็นแรกของโพสต์นี้">{len(p.comments)} ความคิดเห็น</a></li>'
            )
        lis.append(
            f'<li class="comment-add"><a href="{attr(url(f"comment/reply/{p.nid}", fragment="#comment-form"))}" title="แบ่งปันความคิดของคุณเกี่ยวกับโพสต์นี้">เพิ่มความคิดเห็นใหม่</a></li>'
        )
        lis.append(f'<li class="statistics_counter"><span>อ่าน {self.reads(p):,} ครั้ง</span></li>')
        if not teaser:
            lis.append(
                f'<li class="print_html"><a href="{attr(url(f"print/{p.nid}"))}" title="แสดงหน้าที่พร้อมสำหรับพิมพ์ของหน้านี้" class="print-page" rel="nofollow"><img class="print-icon print-icon-margin" typeof="foaf:Image" src="{self.b}/sites/all/modules/print/icons/print_icon.png" width="16" height="16" alt="" title="ฉบับพิมพ์" />ฉบับพิมพ์</a></li>'
            )
            lis.append(
                f'<li class="forward last"><a href="{attr(url("forward", [("path", f"node/{p.nid}")]))}" title="ส่งหน้านี้ให้เพื่อน" class="forward-page">ส่งต่อ</a></li>'
            )
        return f'<div class="link-wrapper"><ul class="links inline">{"".join(lis)}</ul></div>'

    def pdf_field(self, p: _Post) -> str:
        if not p.pdf:
            return ""
        return f'<div class="field field-name-field-attach-file field-type-file field-label-above"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="{self.b}/modules/file/icons/application-pdf.png" /> <a href="{self.b}{self.pdf_path(p)}" type="application/pdf; length={1200 + p.nid}">{esc(p.pdf)}</a></span></div></div></div>'

    def share_bar(self, p: _Post) -> str:
        target = quote(self.abs(f"node/{p.nid}"), safe="")
        return f'<span class="a2a_kit a2a_kit_size_32 a2a_target addtoany_list" id="da2a_{p.nid % 7 + 1}"><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share#url={target}&amp;title={quote(p.title, safe="")}"></a><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a></span>'

    def node_full(self, p: _Post, *, as_page: bool) -> str:
        """node.tpl.php in view mode full (as_page False: under the comment form, title as h2)."""
        classes = f"node node-article{' node-promoted' if p.promoted else ''}{' node-sticky' if p.sticky else ''} view-mode-full clearfix"
        h2 = "" if as_page else f'<h2><a href="{self.href(f"node/{p.nid}")}">{esc(p.title)}</a></h2>'
        return f"""<div id="node-{p.nid}" class="{classes}" about="{self.href(f"node/{p.nid}")}" typeof="sioc:Item foaf:Document">
  {h2}
      <span property="dc:title" content="{attr(p.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="{len(p.comments)}" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
      <div class="meta submitted">
            {self.submitted(p)}    </div>
  <div class="content clearfix">
    {self.images_html(p, "large")}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{self.body_html(p)}
</div></div></div>{self.pdf_field(p)}{self.terms_html(p)}<div class="field field-name-field-fiscal-year field-type-list-integer field-label-inline clearfix"><div class="field-label">ปีงบประมาณ:&nbsp;</div><div class="field-items"><div class="field-item even">{p.fy}</div></div></div>
<div class="addtoany-share">{self.share_bar(p)}</div>
  </div>
  {self.node_links(p, teaser=False)}
  {self.comments_html(p)}
</div>"""

    def comments_html(self, p: _Post) -> str:
        if not p.comments:
            return ""
        out = ['<div id="comments" class="comment-wrapper">', '<h2 class="title">ความคิดเห็น</h2>']
        for i, (cid, name, when, text) in enumerate(p.comments):
            dt = datetime.fromisoformat(when).replace(tzinfo=BANGKOK)
            out.append(
                f'<a id="comment-{cid}"></a>\n<div class="comment comment-by-anonymous {"odd" if i % 2 == 0 else "even"} clearfix" about="{attr(url(f"comment/{cid}", fragment=f"#comment-{cid}"))}" typeof="sioc:Post sioct:Comment">'
                f'<div class="attribution"><div class="submitted"><p class="commenter-name"><span rel="sioc:has_creator"><span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">{esc(name)} (ไม่ได้ยืนยัน)</span></span></p>'
                f'<p class="comment-time"><span property="dc:date dc:created" content="{dt.isoformat()}" datatype="xsd:dateTime">{medium(dt)}</span></p>'
                f'<p class="comment-permalink"><a href="{attr(url(f"comment/{cid}", fragment=f"#comment-{cid}"))}" class="permalink" rel="bookmark">ลิงก์ถาวร</a></p></div></div>'
                f'<div class="content"><span rel="sioc:reply_of" resource="{self.href(f"node/{p.nid}")}" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(text)}</p></div></div></div></div>'
                f'<ul class="links inline"><li class="comment-reply first last"><a href="{attr(url(f"comment/reply/{p.nid}/{cid}"))}">ตอบกลับ</a></li></ul></div>'
            )
        out.append("</div>")
        return "\n".join(out)

    def teaser(self, p: _Post) -> str:
        first = p.paragraphs[0] if p.style != "notice" else p.paragraphs[2]
        classes = f"node node-article{' node-promoted' if p.promoted else ''}{' node-sticky' if p.sticky else ''} node-teaser clearfix"
        return f"""<div id="node-{p.nid}" class="{classes}" about="{self.href(f"node/{p.nid}")}" typeof="sioc:Item foaf:Document">
        <h2><a href="{self.href(f"node/{p.nid}")}">{esc(p.title)}</a></h2>
    <span property="dc:title" content="{attr(p.title)}" class="rdf-meta element-hidden"></span>
      <div class="meta submitted">
            {self.submitted(p)}    </div>
  <div class="content clearfix">
    {self.images_html(p, "medium")}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(first)}</p>
</div></div></div>  </div>
  {self.node_links(p, teaser=True)}
</div>"""

    def related(self, p: _Post) -> str:
        rel = [q for q in self.newest if q.cat == p.cat and q.nid != p.nid][:4]
        rows = "".join(
            f'<div class="views-row views-row-{i + 1}"><span class="views-field views-field-title"><span class="field-content"><a href="{self.href(f"node/{q.nid}")}">{esc(q.title)}</a></span></span> <span class="views-field views-field-created"><span class="field-content">({q.d.day:02d}/{q.d.month:02d}/{q.d.year})</span></span></div>'
            for i, q in enumerate(rel)
        )
        return f'<div id="block-views-related-news-block" class="block block-views"><h2>ข่าวที่เกี่ยวข้อง</h2><div class="content"><div class="view view-related-news view-id-related_news view-display-id-block"><div class="view-content">{rows}</div></div></div></div>'

    def prev_next(self, p: _Post) -> str:
        i = self.chain.index(p)
        parts = []
        if i > 0:
            q = self.chain[i - 1]
            parts.append(
                f'<li class="prev-next-prev"><a href="{self.href(f"node/{q.nid}")}" title="{attr(q.title)}">‹ ข่าวก่อนหน้า</a></li>'
            )
        if i + 1 < len(self.chain):
            q = self.chain[i + 1]
            parts.append(
                f'<li class="prev-next-next"><a href="{self.href(f"node/{q.nid}")}" title="{attr(q.title)}">ข่าวถัดไป ›</a></li>'
            )
        return f'<div id="block-prev-next-prev-next-block" class="block block-prev-next"><div class="content"><ul class="prev-next-links">{"".join(parts)}</ul></div></div>'

    def node_head(self, internal: str) -> tuple[str, str]:
        canon = self.href(internal)
        short = attr(url(internal))
        head = f'<link rel="canonical" href="{canon}" />\n<link rel="shortlink" href="{short}" />\n'
        link = f'<{url(self.alias.get(internal, internal))}>; rel="canonical",<{url(internal)}>; rel="shortlink"'
        return head, link

    def article(self, ctx: _Ctx, p: _Post) -> Response:
        internal = f"node/{p.nid}"
        head, link = self.node_head(internal)
        main = self.node_full(p, as_page=True) + self.prev_next(p) + self.related(p)
        return self.page(
            ctx,
            p.title,
            main,
            body_classes=f"html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-{p.nid} node-type-article",
            breadcrumb=[(self.href(f"taxonomy/term/{p.cat}"), CATS[p.cat])],
            head=head,
            link_header=link,
        )

    def comment_reply(self, ctx: _Ctx, p: _Post) -> Response:
        form = f"""<form class="comment-form" action="{attr(url(f"comment/reply/{p.nid}"))}" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">ชื่อของคุณ </label>
 <input type="text" id="edit-name" name="name" value="ผู้เยี่ยมชม" size="30" maxlength="60" class="form-text" />
</div>
<div class="form-item form-type-textfield form-item-subject"><label for="edit-subject">หัวเรื่อง </label><input type="text" id="edit-subject" name="subject" value="" size="60" maxlength="64" class="form-text" /></div>
<div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body"><div class="form-item form-type-textarea form-item-comment-body-und-0-value"><label for="edit-comment-body-und-0-value">ความคิดเห็น <span class="form-required" title="ต้องระบุข้อมูลในช่องนี้">*</span></label><div class="form-textarea-wrapper resizable"><textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div></div>
<fieldset class="filter-wrapper form-wrapper"><div class="filter-help form-wrapper"><p><a href="{attr(url("filter/tips"))}" target="_blank">ข้อมูลเพิ่มเติมเกี่ยวกับรูปแบบข้อความ</a></p></div></fieldset></div>
<fieldset class="captcha form-wrapper"><legend><span class="fieldset-legend">CAPTCHA</span></legend><div class="fieldset-wrapper"><div class="fieldset-description">คำถามนี้ใช้สำหรับทดสอบว่าคุณเป็นผู้ใช้จริงหรือไม่ เพื่อป้องกันสแปม</div><div class="form-item form-type-textfield form-item-captcha-response"><label for="edit-captcha-response">โจทย์คณิตศาสตร์ <span class="form-required">*</span></label><span class="field-prefix">3 + 5 =</span> <input type="text" id="edit-captcha-response" name="captcha_response" value="" size="4" maxlength="2" class="form-text required" /></div></div></fieldset>
<input type="hidden" name="form_build_id" value="form-{_hash("reply" + str(p.nid), 43)}" />
<input type="hidden" name="form_id" value="comment_node_article_form" />
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="บันทึก" class="form-submit" /><input type="submit" id="edit-preview" name="op" value="แสดงตัวอย่าง" class="form-submit" /></div></div></form>"""
        main = self.node_full(p, as_page=False) + form
        return self.page(
            ctx,
            "เพิ่มความคิดเห็นใหม่",
            main,
            body_classes=f"html not-front not-logged-in one-sidebar sidebar-first page-comment page-comment-reply page-comment-reply-{p.nid}",
            breadcrumb=[(self.href(f"node/{p.nid}"), p.title)],
        )

    def print_page(self, nid: int) -> Response:
        """Print module for a basic page: no submitted line, the body as it is."""
        _a, title = PAGES[nid]
        return self.print_html(nid, title, "", self.page_content(nid), [], "")

    def print_view(self, p: _Post) -> Response:
        links = []
        if p.link[0] >= 0:
            links.append(self.b + f"/?q=node/{p.link[1]}/")
        if p.pdf:
            links.append(self.b + self.pdf_path(p))
        submitted = f'<div class="print-submitted">ส่งโดย {esc(p.author)} เมื่อ {medium(p.dt)}</div>\n<div class="print-created">สร้างเมื่อ {medium(p.dt)}</div>'
        body = f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{self.body_html(p)}</div></div></div>\n'
        body += "".join(
            f'<div class="field field-name-field-image-caption"><div class="field-items"><div class="field-item">{esc(c)}</div></div></div>'
            for c in p.captions
        )
        crumb = f' &gt; <a href="{attr(self.abs(f"taxonomy/term/{p.cat}"))}">{esc(CATS[p.cat])}</a>'
        return self.print_html(p.nid, p.title, submitted, body, links, crumb)

    def print_html(self, nid: int, title: str, submitted: str, body: str, links: list[str], crumb: str) -> Response:
        b = self.b
        src = self.abs(f"node/{nid}")
        links_html = ""
        if links:
            links_html = (
                '<div class="print-links"><p><strong>ลิงก์:</strong><br />'
                + "<br />".join(f"[{i + 1}] {esc(u)}" for i, u in enumerate(links))
                + "</p></div>"
            )
        html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{esc(title)} | {SITE}</title>
    <meta name="robots" content="noindex, nofollow, noarchive" />
<link rel="canonical" href="{attr(src)}" />
<link rel="shortcut icon" href="{b}/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
    <link type="text/css" rel="stylesheet" href="{b}/sites/all/modules/print/css/print.css" />
  </head>
  <body>
    <div class="print-logo"><img class="print-logo" typeof="foaf:Image" src="{b}/sites/default/files/logo-tasarika.png" alt="" /></div>
    <div class="print-site_name">เผยแพร่บน {SITE} ({b})</div>
    <p />
    <div class="print-breadcrumb"><a href="{b}/">หน้าแรก</a>{crumb}</div>
    <hr class="print-hr" />
    <div class="print-content"><h1 class="print-title">{esc(title)}</h1>
{submitted}
{body}
</div>
    <div class="print-footer">{esc(ADDRESS)} โทรศัพท์ {PHONE}</div>
    <hr class="print-hr" />
    <div class="print-source_url"><strong>URL ต้นฉบับ:</strong> <a href="{attr(src)}">{esc(src)}</a></div>
    {links_html}
  </body>
</html>
"""
        return Response(200, (("Content-Type", HTML_CT),) + HEADERS, html.encode("utf-8"))

    def basic_page(self, ctx: _Ctx, nid: int) -> Response:
        _a, title = PAGES[nid]
        internal = f"node/{nid}"
        head, link = self.node_head(internal)
        content = self.page_content(nid)
        reads = 1000 + nid * 431
        main = f"""<div id="node-{nid}" class="node node-page{" node-webform" if nid == 7 else ""} view-mode-full clearfix" about="{self.href(internal)}" typeof="foaf:Document">
      <span property="dc:title" content="{attr(title)}" class="rdf-meta element-hidden"></span>
  <div class="content clearfix">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{content}</div></div></div>  </div>
  <div class="link-wrapper"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {reads:,} ครั้ง</span></li><li class="print_html last"><a href="{attr(url(f"print/{nid}"))}" title="แสดงหน้าที่พร้อมสำหรับพิมพ์ของหน้านี้" class="print-page" rel="nofollow">ฉบับพิมพ์</a></li></ul></div>
</div>"""
        return self.page(
            ctx,
            title,
            main,
            body_classes=f"html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-{nid} node-type-{'webform' if nid == 7 else 'page'}",
            breadcrumb=[],
            head=head,
            link_header=link,
        )

    def page_content(self, nid: int) -> str:
        a, _title = PAGES[nid]
        b = self.b
        if nid == 2:
            content = (
                "<p>เทศบาลเมืองท่าสาริกา เดิมเป็นสุขาภิบาลท่าสาริกา จัดตั้งขึ้นเมื่อปี พ.ศ. 2499 ต่อมาได้รับการยกฐานะเป็นเทศบาลตำบลท่าสาริกา ตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล พ.ศ. 2542 และยกฐานะเป็นเทศบาลเมืองท่าสาริกาเมื่อปี พ.ศ. 2551</p>"
                "<p>เทศบาลมีพื้นที่ 12.4 ตารางกิโลเมตร ครอบคลุม 18 ชุมชน มีประชากรตามทะเบียนราษฎร 21,386 คน สภาพพื้นที่เป็นที่ราบลุ่มริมหนองสาริกา ซึ่งเป็นแหล่งน้ำดิบสำหรับการผลิตน้ำประปาของเมือง</p>"
            )
        elif nid == 3:
            content = (
                "<h3>วิสัยทัศน์</h3><p>&quot;เมืองน่าอยู่ ริมหนองสาริกา ประชาร่วมใจ ก้าวไกลอย่างยั่งยืน&quot;</p>"
                "<h3>พันธกิจ</h3><ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ส่งเสริมคุณภาพชีวิตและสุขภาพของประชาชน</li><li>อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>"
            )
        elif nid == 4:
            rows = "".join(
                f'<tr><td><img src="{b}/sites/default/files/staff/staff-{i + 1:02d}.jpg" width="75" height="100" alt="" /></td><td>{esc(n)}</td><td>{esc(pos)}</td></tr>'
                for i, (n, pos) in enumerate(STAFF)
            )
            content = f'<p><img src="{b}/sites/default/files/structure-2567.jpg" width="600" alt="โครงสร้างเทศบาล" /></p><table class="staff" border="1" cellpadding="4"><tbody><tr><th>ภาพ</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th></tr>{rows}</tbody></table>'
        elif nid == 6:
            rows = "".join(
                f'<tr><td>{code}</td><td>{esc(label)}</td><td><a href="{b}/sites/default/files/ita/2567/{fname}" target="_blank">ดาวน์โหลด (PDF)</a></td></tr>'
                for code, label, fname in ITA_DOCS
            )
            content = f'<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ของเทศบาลเมืองท่าสาริกา ประจำปีงบประมาณ พ.ศ. 2567</p><table border="1" cellpadding="4" style="width: 100%;"><tbody><tr><th>ข้อ</th><th>รายการ</th><th>ไฟล์</th></tr>{rows}</tbody></table>'
        else:
            content = f"""<p>{esc(ADDRESS)}<br />โทรศัพท์ {PHONE} โทรสาร {FAX}<br />อีเมล {EMAIL}</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>
<form class="webform-client-form" enctype="multipart/form-data" action="{attr(url(a))}" method="post" id="webform-client-form-7" accept-charset="UTF-8"><div><div class="form-item webform-component webform-component-textfield" id="webform-component-name"><label for="edit-submitted-name">ชื่อ - นามสกุล <span class="form-required" title="ต้องระบุข้อมูลในช่องนี้">*</span></label><input type="text" id="edit-submitted-name" name="submitted[name]" value="" size="60" maxlength="128" class="form-text required" /></div>
<div class="form-item webform-component webform-component-email" id="webform-component-email"><label for="edit-submitted-email">อีเมล </label><input class="email form-text form-email" type="email" id="edit-submitted-email" name="submitted[email]" size="60" /></div>
<div class="form-item webform-component webform-component-select" id="webform-component-topic"><label for="edit-submitted-topic">เรื่อง </label><select id="edit-submitted-topic" name="submitted[topic]" class="form-select"><option value="1">สอบถามข้อมูล</option><option value="2">ร้องเรียน/ร้องทุกข์</option><option value="3">แจ้งเบาะแสการทุจริต</option></select></div>
<div class="form-item webform-component webform-component-textarea" id="webform-component-message"><label for="edit-submitted-message">ข้อความ <span class="form-required">*</span></label><div class="form-textarea-wrapper resizable"><textarea id="edit-submitted-message" name="submitted[message]" cols="60" rows="5" class="form-textarea required"></textarea></div></div>
<input type="hidden" name="details[sid]" /><input type="hidden" name="details[page_num]" value="1" /><input type="hidden" name="details[page_count]" value="1" /><input type="hidden" name="details[finished]" value="0" /><input type="hidden" name="form_build_id" value="form-{_hash("webform7", 43)}" /><input type="hidden" name="form_id" value="webform_client_form_7" />
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="ส่งข้อความ" class="form-submit" /></div></div></form>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3850.1!2d102.0!3d15.7" width="600" height="300" style="border:0;"></iframe></p>"""
        return content

    def event_page(self, ctx: _Ctx, e: _Event) -> Response:
        internal = f"node/{e.nid}"
        head, link = self.node_head(internal)
        end = e.dt.replace(hour=int(e.end[:2]), minute=int(e.end[3:]))
        main = f"""<div id="node-{e.nid}" class="node node-event view-mode-full clearfix" about="{self.href(internal)}" typeof="sioc:Item foaf:Document">
      <span property="dc:title" content="{attr(e.title)}" class="rdf-meta element-hidden"></span>
  <div class="content clearfix">
    <div class="field field-name-field-event-date field-type-datetime field-label-inline clearfix"><div class="field-label">วันที่จัดกิจกรรม:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="date-display-single">{TH_DAYS[e.dt.weekday()]}, {e.dt.day:02d}/{e.dt.month:02d}/{e.dt.year} - <span class="date-display-start" property="dc:date" datatype="xsd:dateTime" content="{e.dt.isoformat()}">{e.start[11:]}</span> ถึง <span class="date-display-end" property="dc:date" datatype="xsd:dateTime" content="{end.isoformat()}">{e.end}</span></span></div></div></div>
    <div class="field field-name-field-event-place field-type-text field-label-inline clearfix"><div class="field-label">สถานที่:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(e.place)}</div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(e.text[0])}</p><p>{esc(e.text[1])}</p></div></div></div>  </div>
  <div class="link-wrapper"><ul class="links inline"><li class="calendar-link first last"><a href="{attr(url(f"calendar/{e.d.year}-{e.d.month:02d}"))}">ดูในปฏิทิน</a></li></ul></div>
</div>"""
        return self.page(
            ctx,
            e.title,
            main,
            body_classes=f"html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-{e.nid} node-type-event",
            breadcrumb=[(attr(url("calendar")), "ปฏิทินกิจกรรม")],
            head=head,
            link_header=link,
        )

    # -- listings ------------------------------------------------------------------------------------------------
    def pager(self, path: str, page: int, pages: int, keep: list[tuple[str, str]] | None = None) -> str:
        if pages <= 1:
            return ""
        keep = keep or []

        def href(n: int) -> str:
            return attr(url(path, keep + ([("page", str(n))] if n else [])))

        items = []
        if page > 0:
            items.append(f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{href(0)}">« หน้าแรก</a></li>')
            items.append(f'<li class="pager-previous"><a title="ไปหน้าก่อน" href="{href(page - 1)}">‹ ก่อนหน้า</a></li>')
        for n in range(pages):
            if n == page:
                items.append(f'<li class="pager-current">{n + 1}</li>')
            else:
                items.append(f'<li class="pager-item"><a title="ไปยังหน้า {n + 1}" href="{href(n)}">{n + 1}</a></li>')
        if page < pages - 1:
            items.append(f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{href(page + 1)}">ถัดไป ›</a></li>')
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{href(pages - 1)}">หน้าสุดท้าย »</a></li>'
            )
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    @staticmethod
    def page_of(ctx: _Ctx, pages: int) -> int:
        raw = ctx.get("page")
        n = int(raw) if raw.isdigit() else 0
        return max(0, min(n, pages - 1))

    def front(self, ctx: _Ctx) -> Response:
        promoted = sorted((p for p in POSTS if p.promoted), key=lambda p: (not p.sticky, -p.dt.timestamp()))
        pages = -(-len(promoted) // PER_FRONT)
        page = self.page_of(ctx, pages)
        items = promoted[page * PER_FRONT : (page + 1) * PER_FRONT]
        notices = [p for p in self.newest if p.cat == NOTICE][:4]
        block = ""
        if page == 0:
            rows = "".join(
                f'<li class="views-row"><a href="{self.href(f"node/{p.nid}")}">{esc(p.title)}</a> <span class="date">{p.d.day:02d}/{p.d.month:02d}/{p.d.year}</span></li>'
                for p in notices
            )
            block = f'<div id="block-views-notices-block" class="block block-views"><h2>ประกาศจัดซื้อจัดจ้างล่าสุด</h2><div class="content"><div class="view view-notices"><div class="view-content"><div class="item-list"><ul>{rows}</ul></div></div><div class="more-link"><a href="{self.href(f"taxonomy/term/{NOTICE}")}">ดูทั้งหมด</a></div></div></div></div>'
        main = block + "\n".join(self.teaser(p) for p in items) + self.pager("node", page, pages)
        classes = f"html {'front' if ctx.front else 'not-front'} not-logged-in one-sidebar sidebar-first page-node"
        return self.page(
            ctx,
            SITE,
            main,
            body_classes=classes,
            breadcrumb=None if ctx.front else [],
            h1=False,
            feed=attr(url("rss.xml")),
            front=ctx.front,
        )

    def news(self, ctx: _Ctx) -> Response:
        pages = -(-len(POSTS) // PER_NEWS)
        page = self.page_of(ctx, pages)
        rows = []
        for i, p in enumerate(self.newest[page * PER_NEWS : (page + 1) * PER_NEWS]):
            first = p.paragraphs[0] if p.style != "notice" else p.paragraphs[2]
            thumb = (
                f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{self.href(f"node/{p.nid}")}"><img typeof="foaf:Image" src="{self.b}{attr(self.style_url("thumbnail", self.photo_path(p, 1)))}" width="100" height="67" alt="" /></a></div></div>'
                if p.photos
                else ""
            )
            pos = "views-row-first" if i == 0 else ""
            rows.append(
                f"""<div class="views-row views-row-{i + 1} views-row-{"odd" if i % 2 == 0 else "even"} {pos}">
  {thumb}
  <div class="views-field views-field-title"><span class="field-content"><a href="{self.href(f"node/{p.nid}")}">{esc(p.title)}</a></span></div>
  <div class="views-field views-field-created"><span class="views-label views-label-created">วันที่: </span><span class="field-content">{p.d.day} {MONTHS[p.d.month - 1]} {p.d.year}</span></div>
  <div class="views-field views-field-field-news-category"><div class="field-content"><a href="{self.href(f"taxonomy/term/{p.cat}")}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(CATS[p.cat])}</a></div></div>
  <div class="views-field views-field-body"><div class="field-content">{esc(_trim(first, 200))}</div></div>
  <div class="views-field views-field-view-node"><span class="field-content"><a href="{self.href(f"node/{p.nid}")}">อ่านต่อ</a></span></div>
  <div class="views-field views-field-totalcount"><span class="field-content">อ่าน {self.reads(p):,} ครั้ง</span></div>
</div>"""
            )
        main = f"""<div class="view view-news view-id-news view-display-id-page view-dom-id-{_hash("news" + str(page), 32)}">
<div class="view-content">
{"".join(rows)}
</div>
{self.pager("news", page, pages)}
<div class="feed-icon"><a href="{attr(url("rss.xml"))}" class="feed-icon" title="สมัครรับ ข่าวสาร"><img typeof="foaf:Image" src="{self.b}/misc/feed.png" width="16" height="16" alt="สมัครรับ ข่าวสาร" /></a></div>
</div>"""
        return self.page(
            ctx,
            "ข่าวสาร",
            main,
            body_classes="html not-front not-logged-in one-sidebar sidebar-first page-news",
            breadcrumb=[],
        )

    def news_table(self, ctx: _Ctx) -> Response:
        cat = ctx.get("field_news_category_tid") or "All"
        fy = ctx.get("field_fiscal_year_value") or "All"
        ipp = ctx.get("items_per_page") or "10"
        order = ctx.get("order")
        sort = ctx.get("sort") or "asc"
        rows_all = list(self.newest)
        if cat != "All":
            rows_all = [p for p in rows_all if str(p.cat) == cat]
        if fy != "All":
            rows_all = [p for p in rows_all if str(p.fy) == fy]
        keys = {
            "title": lambda p: p.title,
            "created": lambda p: p.dt.timestamp(),
            "field_news_category": lambda p: CATS[p.cat],
            "totalcount": lambda p: self.reads(p),
        }
        if order in keys:
            rows_all.sort(key=keys[order], reverse=sort == "desc")
        per = (len(rows_all) or 1) if ipp == "All" else (int(ipp) if ipp in ("10", "20", "50") else 10)
        pages = max(1, -(-len(rows_all) // per))
        page = self.page_of(ctx, pages)
        items = rows_all[page * per : (page + 1) * per]
        q = [(k, v) for k, v in ctx.params if k not in ("mini",)]

        def with_(**over: str) -> list[tuple[str, str]]:
            out = [(k, v) for k, v in q if k not in over]
            return out + [(k, v) for k, v in over.items()]

        heads = []
        for field, label in (
            ("title", "หัวข้อข่าว"),
            ("created", "วันที่ลงข่าว"),
            ("field_news_category", "หมวดหมู่"),
            ("totalcount", "จำนวนผู้อ่าน"),
        ):
            new_sort = "desc" if order == field and sort == "asc" else "asc"
            active = ' class="active"' if order == field else ""
            heads.append(
                f'<th class="views-field views-field-{field.replace("_", "-")}{" active" if order == field else ""}" scope="col"><a href="{attr(url("news/table", with_(order=field, sort=new_sort)))}" title="เรียงตาม {label}"{active}>{label}</a></th>'
            )
        body_rows = "".join(
            f'<tr class="{"odd" if i % 2 == 0 else "even"}{" views-row-first" if i == 0 else ""}"><td class="views-field views-field-title"><a href="{self.href(f"node/{p.nid}")}">{esc(p.title)}</a></td><td class="views-field views-field-created">{p.d.day:02d}/{p.d.month:02d}/{p.d.year}</td><td class="views-field views-field-field-news-category">{esc(CATS[p.cat])}</td><td class="views-field views-field-totalcount">{self.reads(p):,}</td></tr>'
            for i, p in enumerate(items)
        )

        def bef(name: str, options: list[tuple[str, str]], current: str) -> str:
            links = []
            for value, label in options:
                keep = [(k, v) for k, v in q if k not in (name, "page")] + [(name, value)]
                sel = " selected" if value == current else ""
                links.append(
                    f'<div class="form-item form-type-bef-link{sel}"><a href="{attr(url("news/table", keep))}">{esc(label)}</a></div>'
                )
            return f'<div class="bef-select-as-links"><div class="form-item">{"".join(links)}</div></div>'

        exposed = (
            '<div class="view-filters"><form action="'
            + attr(url("news/table"))
            + '" method="get" id="views-exposed-form-news-table-page" accept-charset="UTF-8"><div><div class="views-exposed-form"><div class="views-exposed-widgets clearfix">'
            + '<div id="edit-field-news-category-tid-wrapper" class="views-exposed-widget views-widget-filter-field_news_category_tid"><label>หมวดหมู่</label><div class="views-widget">'
            + bef("field_news_category_tid", [("All", "- ทั้งหมด -")] + [(str(t), n) for t, n in CATS.items()], cat)
            + '</div></div><div id="edit-field-fiscal-year-value-wrapper" class="views-exposed-widget views-widget-filter-field_fiscal_year_value"><label>ปีงบประมาณ</label><div class="views-widget">'
            + bef(
                "field_fiscal_year_value",
                [("All", "- ทั้งหมด -"), ("2566", "2566"), ("2567", "2567"), ("2568", "2568")],
                fy,
            )
            + '</div></div><div class="views-exposed-widget views-widget-per-page"><label>แสดงต่อหน้า</label><div class="views-widget">'
            + bef("items_per_page", [("10", "10"), ("20", "20"), ("50", "50"), ("All", "- ทั้งหมด -")], ipp)
            + "</div></div></div></div></div></form></div>"
        )
        pager_keep = [(k, v) for k, v in q if k != "page"]
        main = f"""<div class="view view-news view-id-news view-display-id-page_table view-dom-id-{_hash("table" + ctx.query, 32)}">
{exposed}
<div class="view-content"><table class="views-table cols-4"><thead><tr>{"".join(heads)}</tr></thead><tbody>{body_rows}</tbody></table></div>
{self.pager("news/table", page, pages, pager_keep)}
</div>"""
        return self.page(
            ctx,
            "ทะเบียนข่าว",
            main,
            body_classes="html not-front not-logged-in one-sidebar sidebar-first page-news page-news-table",
            breadcrumb=[(attr(url("news")), "ข่าวสาร")],
        )

    def term_page(self, ctx: _Ctx, tid: int) -> Response:
        internal = f"taxonomy/term/{tid}"
        if tid in CATS:
            nodes = [p for p in self.newest if p.cat == tid]
            name, desc, vocab = CATS[tid], CAT_DESC[tid], "news_category"
        else:
            nodes = [p for p in self.newest if tid in p.tags]
            name, desc, vocab = TAGS[tid], "", "tags"
        nodes.sort(key=lambda p: not p.sticky)
        pages = max(1, -(-len(nodes) // PER_TERM))
        page = self.page_of(ctx, pages)
        items = nodes[page * PER_TERM : (page + 1) * PER_TERM]
        head, link = self.node_head(internal)
        head += f'<link rel="alternate" type="application/rss+xml" title="{attr(name)}" href="{self.b}/?q=taxonomy/term/{tid}/all/feed" />\n'
        heading = f'<div class="term-listing-heading"><div id="taxonomy-term-{tid}" class="taxonomy-term vocabulary-{vocab}"><div class="content">{f"<p>{esc(desc)}</p>" if desc else ""}</div></div></div>'
        main = heading + "\n".join(self.teaser(p) for p in items) + self.pager(self.alias[internal], page, pages)
        return self.page(
            ctx,
            name,
            main,
            body_classes=f"html not-front not-logged-in one-sidebar sidebar-first page-taxonomy page-taxonomy-term page-taxonomy-term- page-taxonomy-term-{tid}",
            breadcrumb=[],
            head=head,
            link_header=link,
            feed=attr(url(f"taxonomy/term/{tid}/all/feed")),
        )

    def feed(self, title: str, link: str, nodes: list[_Post]) -> Response:
        b = self.b
        items = []
        for p in nodes[:10]:
            first = p.paragraphs[0] if p.style != "notice" else p.paragraphs[2]
            desc = esc(f'<div class="field field-name-body"><p>{esc(first)}</p></div>')
            items.append(
                f"""<item>
 <title>{esc(p.title)}</title>
 <link>{esc(self.abs(f"node/{p.nid}"))}</link>
 <description>{desc}</description>
 <category domain="{attr(self.abs(f"taxonomy/term/{p.cat}"))}">{esc(CATS[p.cat])}</category>
 <comments>{esc(self.abs(f"node/{p.nid}"))}#comments</comments>
 <pubDate>{rfc2822(p.dt)}</pubDate>
 <dc:creator>{esc(p.author)}</dc:creator>
 <guid isPermaLink="false">{p.nid} at {b}</guid>
</item>"""
            )
        xml = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{b}/"  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
 <title>{esc(title)}</title>
 <link>{esc(link)}</link>
 <description></description>
 <language>th</language>
{chr(10).join(items)}
</channel>
</rss>
"""
        return Response(200, (("Content-Type", "application/rss+xml; charset=utf-8"),) + HEADERS, xml.encode("utf-8"))

    # -- other pages ---------------------------------------------------------------------------------------------
    def sitemap_page(self, ctx: _Ctx) -> Response:
        cats = "".join(
            f'<li><a href="{self.href(f"taxonomy/term/{t}")}">{esc(n)}</a> ({len([p for p in POSTS if p.cat == t])}) <a href="{attr(url(f"taxonomy/term/{t}/0/feed"))}" class="feed-icon"><img src="{self.b}/misc/feed.png" alt="" /></a></li>'
            for t, n in CATS.items()
        )
        tags = "".join(
            f'<li><a href="{self.href(f"taxonomy/term/{t}")}">{esc(n)}</a> ({len([p for p in POSTS if t in p.tags])})</li>'
            for t, n in TAGS.items()
        )
        pages = "".join(f'<li><a href="{self.href(f"node/{nid}")}">{esc(t)}</a></li>' for nid, (_a, t) in PAGES.items())
        main = f"""<div id="site-map">
<div class="site-map-front-page"><h2 class="title">หน้าแรก</h2><div class="content"><a href="/">หน้าแรกของ {SITE}</a> <a href="{attr(url("rss.xml"))}" class="feed-icon"><img src="{self.b}/misc/feed.png" alt="" /></a></div></div>
<div class="site-map-box site-map-box-menu site-map-box-menu-main-menu"><h2 class="title">เมนูหลัก</h2><div class="content"><ul class="site-map-menu"><li class="first leaf"><a href="/">หน้าแรก</a></li><li class="leaf"><a href="{attr(url("news"))}">ข่าวสาร</a></li><li class="leaf"><a href="{attr(url("news/table"))}">ทะเบียนข่าว</a></li><li class="leaf"><a href="{attr(url("calendar"))}">ปฏิทินกิจกรรม</a></li>{pages}</ul></div></div>
<div class="site-map-box site-map-box-terms site-map-box-terms-2"><h2 class="title">หมวดหมู่ข่าว</h2><div class="content"><div class="item-list"><ul>{cats}</ul></div></div></div>
<div class="site-map-box site-map-box-terms site-map-box-terms-1"><h2 class="title">แท็ก</h2><div class="content"><div class="item-list"><ul>{tags}</ul></div></div></div>
</div>"""
        return self.page(
            ctx,
            "แผนผังเว็บไซต์",
            main,
            body_classes="html not-front not-logged-in one-sidebar sidebar-first page-sitemap",
            breadcrumb=[],
        )

    def search_page(self, ctx: _Ctx, keys: str) -> Response:
        found: list[_Post] = []
        if keys:
            words = keys.split()
            found = [p for p in self.newest if all(w in p.title + " ".join(p.paragraphs) for w in words)]
        pages = max(1, -(-len(found) // 10))
        page = self.page_of(ctx, pages)
        form = f'<form action="{attr(url("search/node/" + keys if keys else "search/node"))}" method="post" id="search-form" accept-charset="UTF-8"><div><div class="container-inline form-wrapper" id="edit-basic"><div class="form-item form-type-textfield form-item-keys"><label for="edit-keys">ใส่คำสำคัญของคุณ </label><input type="text" id="edit-keys" name="keys" value="{attr(keys)}" size="40" maxlength="255" class="form-text" /></div><input type="submit" id="edit-submit" name="op" value="ค้นหา" class="form-submit" /></div><input type="hidden" name="form_id" value="search_form" /></div></form>'
        if keys and found:
            items = "".join(
                f'<li class="search-result"><h3 class="title"><a href="{attr(self.abs(f"node/{p.nid}"))}">{esc(p.title)}</a></h3><div class="search-snippet-info"><p class="search-snippet">{esc(_trim(p.paragraphs[0], 160))}</p><p class="search-info">{esc(p.author)} - {medium(p.dt)} - 0 ความคิดเห็น</p></div></li>'
                for p in found[page * 10 : (page + 1) * 10]
            )
            results = f'<h2>ผลการค้นหา</h2><ol class="search-results node-results">{items}</ol>' + self.pager(
                "search/node/" + keys, page, pages
            )
        elif keys:
            results = "<h2>ผลการค้นหา</h2><p>ไม่พบผลการค้นหา</p><ul><li>ตรวจสอบการสะกดคำ</li><li>ลองใช้คำค้นอื่นที่มีความหมายใกล้เคียงกัน</li></ul>"
        else:
            results = ""
        tabs = [(attr(url("search/node/" + keys if keys else "search/node")), "เนื้อหา", True)]
        return self.page(
            ctx,
            "ค้นหา",
            form + results,
            body_classes="html not-front not-logged-in one-sidebar sidebar-first page-search page-search-node",
            breadcrumb=[],
            tabs=tabs,
        )

    def user_page(self, ctx: _Ctx, kind: str) -> Response:
        tabs = [
            (attr(url("user/register")), "สร้างบัญชีผู้ใช้ใหม่", kind == "register"),
            (attr(url("user")), "เข้าสู่ระบบ", kind == "login"),
            (attr(url("user/password")), "ขอรหัสผ่านใหม่", kind == "password"),
        ]
        action = attr(url(ctx.alias_path, [(k, v) for k, v in ctx.params if k == "destination"]))
        if kind == "login":
            title = "บัญชีผู้ใช้"
            fields = '<div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required">*</span></label><input type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" /><div class="description">ใส่ชื่อผู้ใช้ของคุณสำหรับ เทศบาลเมืองท่าสาริกา</div></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required">*</span></label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" /></div>'
            fid, button = "user_login", "เข้าสู่ระบบ"
        elif kind == "register":
            title = "บัญชีผู้ใช้"
            fields = '<div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required">*</span></label><input type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="username form-text required" /></div><div class="form-item form-type-textfield form-item-mail"><label for="edit-mail">ที่อยู่อีเมล <span class="form-required">*</span></label><input type="text" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-text required" /></div>'
            fid, button = "user_register_form", "สร้างบัญชีผู้ใช้ใหม่"
        else:
            title = "บัญชีผู้ใช้"
            fields = '<div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้หรือที่อยู่อีเมล <span class="form-required">*</span></label><input type="text" id="edit-name" name="name" value="" size="60" maxlength="254" class="form-text required" /></div>'
            fid, button = "user_pass", "ส่งรหัสผ่านใหม่ทางอีเมล"
        main = f'<form action="{action}" method="post" id="{fid.replace("_", "-")}" accept-charset="UTF-8"><div>{fields}<input type="hidden" name="form_build_id" value="form-{_hash(kind, 43)}" /><input type="hidden" name="form_id" value="{fid}" /><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="{button}" class="form-submit" /></div></div></form>'
        return self.page(
            ctx,
            title,
            main,
            body_classes=f"html not-front not-logged-in one-sidebar sidebar-first page-user page-user-{kind}",
            breadcrumb=[],
            tabs=tabs,
        )

    def forward_page(self, ctx: _Ctx, internal: str) -> Response | None:
        target = self.source.get(internal.strip("/"), internal.strip("/"))
        if not target.startswith("node/") or not target[5:].isdigit():
            return None
        nid = int(target[5:])
        if nid in BY_NID:
            title = BY_NID[nid].title
        elif nid in EV_BY_NID:
            title = EV_BY_NID[nid].title
        elif nid in PAGES:
            title = PAGES[nid][1]
        else:
            return None
        main = f"""<form action="{attr(url("forward", [("path", target)]))}" method="post" id="forward-form" accept-charset="UTF-8"><div><div class="forward-instructions"><p>ส่งข้อความพร้อมลิงก์ไปยังหน้านี้ให้เพื่อนของคุณ</p></div>
<div class="form-item form-type-item"><label>หน้าที่ส่งต่อ </label><a href="{self.href(target)}">{esc(title)}</a></div>
<div class="form-item form-type-textfield form-item-email"><label for="edit-email">อีเมลของคุณ <span class="form-required">*</span></label><input type="text" id="edit-email" name="email" value="" size="58" maxlength="256" class="form-text required" /></div>
<div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อของคุณ <span class="form-required">*</span></label><input type="text" id="edit-name" name="name" value="" size="58" maxlength="256" class="form-text required" /></div>
<div class="form-item form-type-textarea form-item-recipients"><label for="edit-recipients">ส่งถึง <span class="form-required">*</span></label><div class="form-textarea-wrapper resizable"><textarea id="edit-recipients" name="recipients" cols="50" rows="5" class="form-textarea required"></textarea></div><div class="description">ใส่ที่อยู่อีเมลได้หลายรายการ คั่นด้วยจุลภาค</div></div>
<div class="form-item form-type-textarea form-item-message"><label for="edit-message">ข้อความส่วนตัว </label><div class="form-textarea-wrapper resizable"><textarea id="edit-message" name="message" cols="50" rows="10" class="form-textarea"></textarea></div></div>
<input type="hidden" name="path" value="{attr(target)}" /><input type="hidden" name="form_id" value="forward_form" />
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="ส่งข้อความ" class="form-submit" /></div></div></form>"""
        return self.page(
            ctx,
            "ส่งต่อหน้านี้ให้เพื่อน",
            main,
            body_classes="html not-front not-logged-in one-sidebar sidebar-first page-forward",
            breadcrumb=[],
        )

    def filter_tips(self, ctx: _Ctx) -> Response:
        main = '<div class="filter-tips"><h3>Filtered HTML</h3><ul class="tips"><li>ที่อยู่เว็บไซต์และอีเมลจะถูกเปลี่ยนเป็นลิงก์โดยอัตโนมัติ</li><li>แท็ก HTML ที่อนุญาต: &lt;a&gt; &lt;em&gt; &lt;strong&gt; &lt;cite&gt; &lt;blockquote&gt; &lt;code&gt; &lt;ul&gt; &lt;ol&gt; &lt;li&gt; &lt;dl&gt; &lt;dt&gt; &lt;dd&gt;</li><li>ขึ้นบรรทัดใหม่และย่อหน้าโดยอัตโนมัติ</li></ul><h3>Plain text</h3><ul class="tips"><li>ไม่อนุญาตให้ใช้แท็ก HTML</li></ul></div>'
        return self.page(
            ctx,
            "รูปแบบข้อความ",
            main,
            body_classes="html not-front not-logged-in one-sidebar sidebar-first page-filter page-filter-tips",
            breadcrumb=[],
        )

    def not_found_page(self, ctx: _Ctx) -> Response:
        main = f"<p>ไม่พบหน้า &quot;{esc(ctx.raw_q)}&quot; ที่ร้องขอ</p>"
        return self.page(
            ctx,
            "ไม่พบหน้า",
            main,
            body_classes="html not-front not-logged-in one-sidebar sidebar-first page-node",
            status=404,
        )

    # -- routing -------------------------------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        if len(target) > 8000:
            return Response(
                414,
                (("Content-Type", "text/html; charset=iso-8859-1"),),
                b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>414 Request-URI Too Large</title>\n</head><body>\n<h1>Request-URI Too Large</h1>\n</body></html>\n',
            )
        parts = urlsplit(target)
        path = unquote(parts.path or "/")
        if path not in ("/", "/index.php"):
            return None
        ctx = _Ctx(self, parts.query)
        return self.handle(ctx)

    def handle(self, ctx: _Ctx) -> Response | None:
        q = ctx.internal
        segs = q.split("/")
        if q == "node":
            return self.front(ctx)
        if segs[0] == "node" and len(segs) == 2 and segs[1].isdigit():
            nid = int(segs[1])
            if nid in BY_NID:
                return self.article(ctx, BY_NID[nid])
            if nid in EV_BY_NID:
                return self.event_page(ctx, EV_BY_NID[nid])
            if nid in PAGES:
                return self.basic_page(ctx, nid)
            return self.not_found_page(ctx)
        if q == "news":
            return self.news(ctx)
        if q == "news/table":
            return self.news_table(ctx)
        if segs[0] == "taxonomy" and len(segs) >= 3 and segs[1] == "term" and segs[2].isdigit():
            tid = int(segs[2])
            if tid not in CATS and tid not in TAGS:
                return self.not_found_page(ctx)
            rest = segs[3:]
            if not rest:
                return self.term_page(ctx, tid)
            if rest in (["feed"], ["all", "feed"], ["0", "feed"]):
                nodes = [p for p in self.newest if p.cat == tid or tid in p.tags]
                name = CATS.get(tid) or TAGS[tid]
                return self.feed(f"{SITE} - {name}", self.abs(f"taxonomy/term/{tid}"), nodes)
            return self.not_found_page(ctx)
        if q == "rss.xml":
            return self.feed(SITE, self.b + "/", [p for p in self.newest if p.promoted])
        if segs[0] == "calendar":
            if len(segs) == 1:
                return self.calendar_page(ctx, "")
            if len(segs) == 2:
                resp = self.calendar_page(ctx, segs[1])
                if resp is not None:
                    return resp
            return self.not_found_page(ctx)
        if segs[0] == "print" and len(segs) == 2 and segs[1].isdigit():
            nid = int(segs[1])
            if nid in BY_NID:
                return self.print_view(BY_NID[nid])
            if nid in PAGES:
                return self.print_page(nid)
            return self.not_found_page(ctx)
        if segs[0] == "comment":
            if len(segs) == 3 and segs[1] == "reply" and segs[2].isdigit() and int(segs[2]) in BY_NID:
                return self.comment_reply(ctx, BY_NID[int(segs[2])])
            if len(segs) == 2 and segs[1].isdigit():
                for p in POSTS:
                    if any(c[0] == int(segs[1]) for c in p.comments):
                        # comment_permalink(): the node page, as if node/N had been asked for
                        return self.article(ctx, p)
            return self.not_found_page(ctx)
        if q == "forward":
            resp = self.forward_page(ctx, ctx.get("path"))
            return resp if resp is not None else self.not_found_page(ctx)
        if q in ("user", "user/login"):
            return self.user_page(ctx, "login")
        if q == "user/register":
            return self.user_page(ctx, "register")
        if q == "user/password":
            return self.user_page(ctx, "password")
        if q in ("search", "search/node"):
            return self.search_page(ctx, "")
        if q.startswith("search/node/"):
            return self.search_page(ctx, q[len("search/node/") :])
        if q == "sitemap":
            return self.sitemap_page(ctx)
        if q == "filter/tips":
            return self.filter_tips(ctx)
        return self.not_found_page(ctx)

    # -- registration --------------------------------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        self.add_files()
        non_articles: list[str] = []

        def check(target: str, non_article: bool = True) -> None:
            resp = self.dynamic(target)
            assert resp is not None and resp.status == 200, target
            if non_article:
                non_articles.append(b + target)

        check("/")
        check("/?q=node")
        check("/index.php")
        promoted = len([p for p in POSTS if p.promoted])
        for n in range(1, -(-promoted // PER_FRONT)):
            check(f"/?q=node&page={n}")
        check("/?q=news")
        for n in range(1, -(-len(POSTS) // PER_NEWS)):
            check(f"/?q=news&page={n}")
        check("/?q=news/table")
        for n in range(1, -(-len(POSTS) // PER_TABLE)):
            check(f"/?q=news/table&page={n}")
        for tid in (*CATS, *TAGS):
            alias = url(self.alias[f"taxonomy/term/{tid}"])
            check(alias)
            count = len([p for p in POSTS if p.cat == tid or tid in p.tags])
            for n in range(1, -(-count // PER_TERM)):
                check(f"{alias}&page={n}")
            if tid in CATS:
                check(f"/?q=taxonomy/term/{tid}")
        check(f"/index.php?q=taxonomy/term/{NOTICE}")
        for nid in PAGES:
            check(url(self.alias[f"node/{nid}"]))
            check(f"/?q=node/{nid}")
        check("/index.php?q=node/3")
        for nid in (2, 6):
            check(f"/?q=print/{nid}")
        for e in EVENTS:
            check(url(self.alias[f"node/{e.nid}"]))
        check("/?q=calendar")
        check("/?q=sitemap")
        check("/index.php?q=sitemap")
        check(url("search/node/" + POPULAR_SEARCHES[0]))
        check("/?q=search/node")
        for target in ("/?q=user", "/?q=user/login", "/?q=user/register", "/?q=user/password", "/?q=filter/tips"):
            check(target)
        for nid in (121, 155, 185):
            check(f"/?q=forward&path=node/{nid}")
        # the ground truth
        for p in POSTS:
            alias = url(self.alias[f"node/{p.nid}"])
            aliases = [
                f"/?q=node/{p.nid}",
                f"/index.php?q=node/{p.nid}",
                "/index.php" + alias[1:],
                f"/?q=print/{p.nid}",
                f"/?q=comment/reply/{p.nid}",
            ]
            if p.nid in {q.link[1] for q in POSTS}:
                aliases.append(f"/?q=node/{p.nid}/")
            if p.comments:
                aliases.append(f"/?q=node/{p.nid}&page=0")
                aliases += [f"/?q=comment/{c[0]}" for c in p.comments]
            for target in (alias, *aliases):
                check(target, non_article=False)
            paras = tuple(" ".join(t.split()) for t in p.paragraphs)
            site.articles.append(
                FixtureArticle(
                    url=b + alias,
                    aliases=tuple(b + a for a in aliases),
                    title=p.title,
                    paragraphs=paras,
                    published=p.date,
                    author=p.author,
                    captions=p.captions,
                )
            )
        site.non_articles = non_articles
        site.trap_patterns = [
            r"[?&]q=calendar/",
            r"[?&]mini=",
            r"[?&](?:order|sort|field_news_category_tid|field_fiscal_year_value|items_per_page)=",
            r"[?&]destination=",
        ]
        site.disallowed_paths = list(DISALLOWED)
        site.dynamic = self.dynamic
        site.not_found = Response(
            404,
            (("Content-Type", "text/html; charset=iso-8859-1"),),
            b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n<hr>\n<address>Apache/2.2.15 (CentOS) Server Port 80</address>\n</body></html>\n',
        )


class _Ctx:
    """One request as Drupal sees it: $_GET['q'] (trimmed, de-aliased) and the other parameters."""

    def __init__(self, drupal: _Drupal, query: str):
        pairs = parse_qsl(query, keep_blank_values=True)
        self.query = query
        raw_q = ""
        for k, v in pairs:
            if k == "q":
                raw_q = v  # PHP: the last one wins
        self.raw_q = raw_q
        self.params = [(k, v) for k, v in pairs if k != "q"]
        q = raw_q.strip("/")
        self.front = q in ("", "node")
        if not q:
            q = "node"
        self.internal = drupal.source.get(q, q)
        self.alias_path = drupal.alias.get(self.internal, self.internal)
        mini = self.get("mini")
        self.mini = (TODAY.year, TODAY.month)
        if len(mini) == 7 and mini[4] == "-" and mini[:4].isdigit() and mini[5:].isdigit():
            y, m = int(mini[:4]), int(mini[5:])
            if YEAR_MIN <= y <= YEAR_MAX and 1 <= m <= 12:
                self.mini = (y, m)

    def get(self, key: str) -> str:
        value = ""
        for k, v in self.params:
            if k == key:
                value = v
        return value

    def destination(self) -> str:
        """The theme's destination: current_path() plus the query string (nests on the login page)."""
        if self.params:
            return self.internal + "?" + build_query(self.params)
        return self.internal


DISALLOWED = (
    "/includes/",
    "/misc/",
    "/modules/",
    "/profiles/",
    "/scripts/",
    "/themes/",
    "/CHANGELOG.txt",
    "/cron.php",
    "/install.php",
    "/update.php",
    "/xmlrpc.php",
    "/admin/",
    "/comment/reply/",
    "/filter/tips/",
    "/node/add/",
    "/search/",
    "/user/register/",
    "/user/password/",
    "/user/login/",
    "/user/logout/",
    "/?q=admin/",
    "/?q=comment/reply/",
    "/?q=filter/tips/",
    "/?q=node/add/",
    "/?q=search/",
    "/?q=user/password/",
    "/?q=user/register/",
    "/?q=user/login/",
    "/?q=user/logout/",
)

ROBOTS = (
    """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# This file will be ignored unless it is at the root of your host:
# Used:    http://example.com/robots.txt
# Ignored: http://example.com/site/robots.txt
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# Crawl-delay: 10  (commented out by the hosting company)
# CSS, JS, Images
Allow: /misc/*.css$
Allow: /misc/*.css?
Allow: /misc/*.js$
Allow: /misc/*.js?
Allow: /misc/*.gif
Allow: /misc/*.jpg
Allow: /misc/*.jpeg
Allow: /misc/*.png
Allow: /modules/*.css$
Allow: /modules/*.css?
Allow: /modules/*.js$
Allow: /modules/*.js?
Allow: /modules/*.gif
Allow: /modules/*.jpg
Allow: /modules/*.jpeg
Allow: /modules/*.png
# Directories
"""
    + "".join(f"Disallow: {p}\n" for p in DISALLOWED[:6])
    + "# Files\n"
    + "".join(f"Disallow: {p}\n" for p in DISALLOWED[6:11])
    + "# Paths (clean URLs)\n"
    + "".join(f"Disallow: {p}\n" for p in DISALLOWED[11:20])
    + "# Paths (no clean URLs)\n"
    + "".join(f"Disallow: {p}\n" for p in DISALLOWED[20:])
)


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Apache/2.2.15 (CentOS)")
    _Drupal(site).register()
    return site

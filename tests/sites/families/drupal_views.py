# ruff: noqa: E501  (HTML template lines are kept as Drupal writes them)
"""drupal_views: a Drupal 9 site (Bartik sub-theme, pathauto, Views, Better Exposed Filters).

* Articles live at pathauto aliases ``/news/<thai-slug>`` (hrefs percent-encoded with
  upper-case hex, as Drupal writes them); ``/node/N`` answers with the same page (no redirect
  module): an alias.  Both carry ``<link rel="canonical">`` (the alias) and ``shortlink``.
* Basic pages (``/about`` = ``/node/1`` ...) have the same node markup but no date.
* The view ``/news`` (6 a page, zero-based pager: ``/news?page=1`` is the 2nd page,
  ``pager__item``), the front page ``/node`` (teasers, ``/node?page=1``), taxonomy term pages
  ``/taxonomy/term/N`` and their feeds, ``/rss.xml`` (latest 6).
* The view's exposed sort / items-per-page / type filters are rendered as links (BEF): every
  listing offers every other sort_by x sort_order x items_per_page x type combination, and the
  pager keeps them: ``/news?sort_by=created&sort_order=ASC&items_per_page=10&type=All&page=N``.
  Any combination answers 200 (an out-of-range page shows the empty text): a trap.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import local_dt, rfc822, thai_long
from .common import add_jpeg, attr, esc, html_page

FAMILY = "drupal_views"
SITE = "เทศบาลตำบลบ้านไร่พัฒนา"
ADDRESS = "88 หมู่ 2 ตำบลบ้านไร่ อำเภอบ้านไร่ จังหวัดอุทัยธานี 61140"
PHONE = "โทร. 0-5653-9120"
PER_PAGE = 6
FIRST_NID = 14
TERMS = {1: "ข่าวประชาสัมพันธ์", 2: "ข่าวกิจกรรม", 3: "ประกาศ"}
DAY_ABBR = ("จ", "อ", "พ", "พฤ", "ศ", "ส", "อา")
SORTS = ("created", "title", "totalcount")
ORDERS = ("DESC", "ASC")
ITEMS = ("6", "12", "24")
TYPES = ("All", "1", "2", "3")
BUILT = datetime(2021, 3, 1, 9, 0)


def _s(title, day, time, author, paragraphs, photos=0, captions=None):
    return Story(title, day, time, author, tuple(paragraphs), photos, captions)


# (term id, story), oldest first
NEWS: tuple[tuple[int, Story], ...] = (
    (
        1,
        _s(
            "เทศบาลตำบลบ้านไร่พัฒนา ประชุมคณะกรรมการชุมชน ครั้งที่ 1/2566",
            "2023-01-24",
            "14:00",
            "admin",
            (
                "วันที่ 24 มกราคม 2566 เทศบาลตำบลบ้านไร่พัฒนา จัดประชุมคณะกรรมการชุมชนทั้ง 8 ชุมชน ครั้งที่ 1/2566 ณ ห้องประชุมเทศบาล เพื่อชี้แจงแผนการดำเนินงานประจำปีและรับฟังปัญหาของแต่ละชุมชน",
                "ประธานชุมชนได้สะท้อนปัญหาเรื่องไฟฟ้าส่องสว่างที่ชำรุด และการระบายน้ำในช่วงฤดูฝน ซึ่งเทศบาลรับจะเร่งสำรวจและดำเนินการแก้ไข",
            ),
            photos=2,
        ),
    ),
    (
        2,
        _s(
            "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2566",
            "2023-01-14",
            "16:30",
            "admin",
            ("เทศบาลตำบลบ้านไร่พัฒนา จัดกิจกรรมวันเด็กแห่งชาติ ประจำปี 2566 ณ สนามโรงเรียนเทศบาล มีเด็กและผู้ปกครองร่วมงานจำนวนมาก",),
            photos=4,
        ),
    ),
    (
        3,
        _s(
            "ประกาศเทศบาลตำบลบ้านไร่พัฒนา เรื่อง การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566",
            "2023-02-20",
            "09:10",
            "กองคลัง",
            (
                "เทศบาลตำบลบ้านไร่พัฒนา ได้ประกาศบัญชีรายการที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ณ สำนักงานเทศบาล และจะส่งแบบแจ้งการประเมินภาษีให้ผู้เสียภาษีภายในเดือนกุมภาพันธ์ 2566",
                "ผู้เสียภาษีต้องชำระภาษีภายในเดือนเมษายน 2566 ณ กองคลัง เทศบาลตำบลบ้านไร่พัฒนา หรือชำระผ่านระบบ QR Code ที่แนบมากับแบบแจ้งการประเมิน",
                "หากผู้เสียภาษีเห็นว่าการประเมินไม่ถูกต้อง สามารถยื่นคำร้องคัดค้านต่อผู้บริหารท้องถิ่นได้ภายใน 30 วัน นับแต่วันที่ได้รับแจ้งการประเมิน",
            ),
        ),
    ),
    (
        2,
        _s(
            "ประเพณีสงกรานต์ เทศบาลตำบลบ้านไร่พัฒนา ประจำปี 2566",
            "2023-04-13",
            "17:45",
            "admin",
            (
                "เทศบาลตำบลบ้านไร่พัฒนา จัดงานประเพณีสงกรานต์ ประจำปี 2566 ณ บริเวณหน้าที่ว่าการอำเภอบ้านไร่ มีขบวนแห่นางสงกรานต์ การสรงน้ำพระพุทธรูป และการรดน้ำขอพรผู้สูงอายุ",
                "ภายในงานยังมีการละเล่นพื้นบ้าน การประกวดร้องเพลงพื้นบ้านลาวครั่ง และการจำหน่ายสินค้าโอทอปของกลุ่มอาชีพในตำบล",
            ),
            photos=3,
            captions=("ขบวนแห่นางสงกรานต์", "สรงน้ำพระพุทธรูป", "รดน้ำขอพรผู้สูงอายุ"),
        ),
    ),
    (
        1,
        _s(
            "ประชุมสภาเทศบาลตำบลบ้านไร่พัฒนา สมัยสามัญ สมัยที่ 3 ประจำปี 2566",
            "2023-08-11",
            "15:20",
            "admin",
            (
                "วันที่ 11 สิงหาคม 2566 สภาเทศบาลตำบลบ้านไร่พัฒนา ประชุมสมัยสามัญ สมัยที่ 3 ประจำปี 2566 เพื่อพิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 วาระที่ 1 ขั้นรับหลักการ",
                "นายกเทศมนตรีได้แถลงงบประมาณรายจ่ายทั้งสิ้น 62,300,000 บาท โดยเน้นโครงการด้านโครงสร้างพื้นฐาน การศึกษา และการส่งเสริมคุณภาพชีวิตผู้สูงอายุ",
                "ที่ประชุมมีมติรับหลักการแห่งร่างเทศบัญญัติ และกำหนดระยะเวลาเสนอคำแปรญัตติภายใน 24 ชั่วโมง",
                "คณะกรรมการแปรญัตติจะประชุมพิจารณาในวันที่ 14 สิงหาคม 2566 ก่อนเสนอสภาเทศบาลพิจารณาในวาระที่ 2 และวาระที่ 3 ต่อไป",
            ),
            photos=2,
        ),
    ),
    (
        2,
        _s(
            "โครงการปลูกหญ้าแฝกเฉลิมพระเกียรติ",
            "2023-09-08",
            "11:15",
            "admin",
            (
                "เทศบาลตำบลบ้านไร่พัฒนา ร่วมกับสถานีพัฒนาที่ดินอุทัยธานี ปลูกหญ้าแฝกจำนวน 20,000 กล้า บริเวณคันคลองห้วยทับเสลา เพื่อป้องกันการพังทลายของหน้าดิน",
            ),
            photos=3,
        ),
    ),
    (
        1,
        _s(
            "เทศบาลออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า",
            "2023-10-17",
            "10:40",
            "กองสาธารณสุข",
            (
                "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลบ้านไร่พัฒนา ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวในเขตเทศบาลทั้ง 8 ชุมชน โดยไม่เสียค่าใช้จ่าย",
                "พร้อมกันนี้ได้ทำหมันสุนัขและแมวจรจัด จำนวน 45 ตัว เพื่อควบคุมจำนวนประชากรสัตว์ในชุมชน",
            ),
            photos=2,
        ),
    ),
    (
        3,
        _s(
            "ประกาศรับสมัครพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ",
            "2023-11-06",
            "08:30",
            "สำนักปลัด",
            (
                "เทศบาลตำบลบ้านไร่พัฒนา รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 3 อัตรา",
                "ผู้สนใจยื่นใบสมัครได้ที่สำนักปลัดเทศบาล ระหว่างวันที่ 6 - 17 พฤศจิกายน 2566 ในวันและเวลาราชการ",
            ),
        ),
    ),
    (
        2,
        _s(
            "ลอยกระทงบ้านไร่ สืบสานวัฒนธรรมลาวครั่ง 2566",
            "2023-11-27",
            "21:10",
            "admin",
            ("เทศบาลตำบลบ้านไร่พัฒนา จัดงานลอยกระทง ประจำปี 2566 ณ ท่าน้ำวัดบ้านไร่ มีการประกวดกระทงใบตองและขบวนแห่ของชาวลาวครั่ง",),
            photos=4,
        ),
    ),
    (
        1,
        _s(
            "เทศบาลตำบลบ้านไร่พัฒนา ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2567",
            "2023-12-28",
            "18:00",
            "admin",
            (
                "เทศบาลตำบลบ้านไร่พัฒนา ร่วมกับสถานีตำรวจภูธรบ้านไร่ และ อปพร. ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2567 บริเวณสี่แยกตลาดบ้านไร่ ระหว่างวันที่ 28 ธันวาคม 2566 - 3 มกราคม 2567",
                "จุดบริการมีเจ้าหน้าที่ดูแลตลอด 24 ชั่วโมง พร้อมบริการน้ำดื่ม กาแฟ และตรวจเช็กสภาพรถเบื้องต้น",
            ),
            photos=2,
        ),
    ),
    (
        2,
        _s(
            "แข่งขันกีฬาต้านยาเสพติด เทศบาลตำบลบ้านไร่พัฒนา คัพ ครั้งที่ 9",
            "2024-02-17",
            "16:50",
            "กองการศึกษา",
            (
                "เทศบาลตำบลบ้านไร่พัฒนา จัดการแข่งขันกีฬาต้านยาเสพติด ครั้งที่ 9 ระหว่างวันที่ 10 - 17 กุมภาพันธ์ 2567 ณ สนามกีฬาเทศบาล มีทีมฟุตบอลและวอลเลย์บอลจากชุมชนและโรงเรียนเข้าร่วม 24 ทีม",
                "ผลการแข่งขันฟุตบอลรุ่นประชาชน ทีมชุมชนตลาดบ้านไร่ได้รับรางวัลชนะเลิศ ส่วนวอลเลย์บอลหญิง ทีมโรงเรียนบ้านไร่วิทยาได้รับรางวัลชนะเลิศ",
                "นายกเทศมนตรีกล่าวว่า การแข่งขันกีฬาเป็นกิจกรรมสำคัญที่ช่วยให้เยาวชนใช้เวลาว่างให้เกิดประโยชน์และห่างไกลยาเสพติด",
            ),
            photos=3,
        ),
    ),
    (
        3,
        _s(
            "ประกาศ เรื่อง งดจ่ายกระแสไฟฟ้าชั่วคราว เขตเทศบาล",
            "2024-03-12",
            "13:30",
            "admin",
            (
                "การไฟฟ้าส่วนภูมิภาคอำเภอบ้านไร่ แจ้งงดจ่ายกระแสไฟฟ้าชั่วคราวในเขตเทศบาลตำบลบ้านไร่พัฒนา วันที่ 16 มีนาคม 2567 เวลา 08.30 - 16.30 น. เพื่อปรับปรุงระบบจำหน่ายไฟฟ้า",
            ),
        ),
    ),
    (
        1,
        _s(
            "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรทบทวน",
            "2024-04-25",
            "15:10",
            "งานป้องกันฯ",
            (
                "วันที่ 23 - 25 เมษายน 2567 เทศบาลตำบลบ้านไร่พัฒนา จัดฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน จำนวน 50 คน ณ ห้องประชุมเทศบาล",
                "หลักสูตรประกอบด้วยการปฐมพยาบาลเบื้องต้น การช่วยชีวิตขั้นพื้นฐาน การดับเพลิง และการค้นหาผู้ประสบภัยทางน้ำ โดยวิทยากรจากศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 12 ลำปาง",
            ),
            photos=3,
            captions=("ฝึกการช่วยชีวิตขั้นพื้นฐาน", "ฝึกการดับเพลิง", "มอบวุฒิบัตรผู้ผ่านการอบรม"),
        ),
    ),
    (
        2,
        _s(
            "มอบทุนการศึกษาแก่นักเรียนในเขตเทศบาล",
            "2024-05-16",
            "10:15",
            "กองการศึกษา",
            (
                "นายกเทศมนตรีตำบลบ้านไร่พัฒนา มอบทุนการศึกษาแก่นักเรียนที่มีผลการเรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 30 ทุน ทุนละ 2,000 บาท ณ ห้องประชุมเทศบาล",
            ),
            photos=3,
        ),
    ),
    (
        1,
        _s(
            "เทศบาลตำบลบ้านไร่พัฒนา ประชุมประชาคมเมือง เพื่อจัดทำแผนพัฒนาท้องถิ่น",
            "2024-06-21",
            "16:40",
            "admin",
            (
                "วันที่ 21 มิถุนายน 2567 เทศบาลตำบลบ้านไร่พัฒนา จัดประชุมประชาคมเมือง เพื่อรับฟังความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ณ หอประชุมเทศบาล",
                "ผู้แทนชุมชนได้เสนอโครงการสำคัญ เช่น โครงการก่อสร้างถนนคอนกรีตเสริมเหล็กซอยเทศบาล 5 โครงการติดตั้งกล้องวงจรปิดบริเวณตลาด และโครงการจัดตั้งศูนย์ดูแลผู้สูงอายุกลางวัน",
                "เทศบาลจะนำข้อเสนอทั้งหมดเข้าสู่การพิจารณาของคณะกรรมการพัฒนาเทศบาลต่อไป",
            ),
            photos=2,
        ),
    ),
)

PAGES = (
    (
        1,
        "/about",
        "ประวัติเทศบาล",
        (
            "เทศบาลตำบลบ้านไร่พัฒนา ยกฐานะจากสุขาภิบาลบ้านไร่เป็นเทศบาลตำบลเมื่อวันที่ 25 พฤษภาคม 2542",
            "ประชากรส่วนใหญ่เป็นชาวลาวครั่งที่อพยพมาตั้งถิ่นฐานกว่า 200 ปี มีวัฒนธรรมการทอผ้าซิ่นตีนจกที่โดดเด่น",
        ),
    ),
    (2, "/structure", "โครงสร้างส่วนราชการ", ("สำนักปลัดเทศบาล / กองคลัง / กองช่าง / กองการศึกษา / กองสาธารณสุขและสิ่งแวดล้อม",)),
    (3, "/executives", "คณะผู้บริหาร", ("นายสุรชัย บุญมาก นายกเทศมนตรีตำบลบ้านไร่พัฒนา", "นายอำนาจ ศรีบ้านไร่ รองนายกเทศมนตรี")),
    (
        4,
        "/ita",
        "ITA การเปิดเผยข้อมูลสาธารณะ (OIT)",
        ("O1 โครงสร้าง", "O2 ข้อมูลผู้บริหาร", "O3 อำนาจหน้าที่", "O4 ข้อมูลการติดต่อ", "O5 กฎหมายที่เกี่ยวข้อง", "O6 ข่าวประชาสัมพันธ์"),
    ),
    (5, "/contact", "ติดต่อเรา", (SITE, ADDRESS, PHONE, "อีเมล saraban@banraiphatthana.example.go.th")),
)

ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.js$
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
"""


def _slug(title: str) -> str:
    """Pathauto: punctuation removed, words joined by '-', at most 100 characters."""
    words = "".join(c if c.isalnum() or "\u0e00" <= c <= "\u0e7f" else " " for c in title).split()
    return "-".join(words)[:100].rstrip("-")


def _itok(path: str) -> str:
    """Drupal's image-style token: 8 URL-safe base64 characters."""
    return base64.urlsafe_b64encode(hashlib.md5(path.encode()).digest()[:6]).decode()


def _submitted(dt: datetime) -> str:
    return f"{DAY_ABBR[dt.weekday()]}, {dt:%d/%m/%Y - %H:%M}"


class DrupalSite(FixtureSite):
    """Views answer any exposed-filter / sort / pager combination."""

    renderer: _Renderer

    def route(self, path_and_query: str) -> Response | None:
        found = super().route(path_and_query)
        if found is not None:
            return found
        parts = urlsplit(path_and_query)
        if parts.path == "/news":
            return self.renderer.news_view(dict(parse_qsl(parts.query, keep_blank_values=True)))
        return None


def build(base_url: str) -> FixtureSite:
    site = DrupalSite(
        FAMILY,
        base_url,
        disallowed_paths=["/admin/", "/search/", "/user/login", "/user/register", "/user/password"],
        server_software="nginx/1.18.0",
        trap_patterns=[r"^/news\?(?:.*&)?(?:sort_by|sort_order|items_per_page|type)="],
    )
    site.renderer = _Renderer(site)
    site.renderer.register()
    return site


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        ordered = sorted(NEWS, key=lambda t: (t[1].date, t[1].time))
        self.items = []  # (nid, term, story, alias path, dt)
        for k, (term, s) in enumerate(ordered):
            self.items.append(
                (FIRST_NID + k * 3 + (k % 2), term, s, "/news/" + _slug(s.title), local_dt(s.date, s.time))
            )
        self.newest = list(reversed(self.items))

    def href(self, path: str) -> str:
        return self.b + quote(path, safe="/?=&")

    def register(self) -> None:
        site, b = self.site, self.b
        for it in self.items:
            nid, term, s, alias, dt = it
            for k in range(1, s.photos + 1):
                for path in self.image_paths(it, k):
                    add_jpeg(
                        site, path, 1024 if "styles" not in path else 480, 768 if "styles" not in path else 360, dt
                    )
            page = self.page(self.node_full(it), s.title, canonical=alias, nid=nid)
            site.add(alias, page)
            site.add(f"/node/{nid}", page)
            site.articles.append(
                FixtureArticle(
                    url=self.href(alias),
                    aliases=(f"{b}/node/{nid}",),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=s.captions or (),
                )
            )
        non = site.non_articles
        front_pages = -(-len(self.items) // PER_PAGE)
        for p in range(front_pages):
            chunk = self.newest[p * PER_PAGE : (p + 1) * PER_PAGE]
            resp = self.page(
                self.teasers(chunk) + self.pager("/node", {}, p, front_pages),
                None,
                canonical="/node" if p == 0 else f"/node?page={p}",
                front=True,
            )
            if p == 0:  # the pager links the first page as ?page=0
                site.add("/", resp)
                site.add("/node", resp)
                site.add("/node?page=0", resp)
                non += [b + "/", b + "/node", b + "/node?page=0"]
            else:
                site.add(f"/node?page={p}", resp)
                non.append(f"{b}/node?page={p}")
        non.append(f"{b}/news")
        non += [f"{b}/news?page={p}" for p in range(front_pages)]
        for tid, name in TERMS.items():
            members = [it for it in self.newest if it[1] == tid]
            pages = -(-len(members) // PER_PAGE)
            for p in range(pages):
                chunk = members[p * PER_PAGE : (p + 1) * PER_PAGE]
                path = f"/taxonomy/term/{tid}" + (f"?page={p}" if p else "")
                site.add(
                    path,
                    self.page(
                        f'<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1">{self.teasers(chunk)}{self.pager(f"/taxonomy/term/{tid}", {}, p, pages)}</div></div><a href="{b}/taxonomy/term/{tid}/feed" class="feed-icon">สมัครสมาชิก {esc(name)}</a>',
                        name,
                        canonical=f"/taxonomy/term/{tid}",
                    ),
                )
                non.append(b + path)
            site.add(f"/taxonomy/term/{tid}/feed", self.rss(members[:PER_PAGE], name, f"/taxonomy/term/{tid}"))
        for nid, alias, title, paragraphs in PAGES:
            body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
            node = f"""<article role="article" about="{alias}" class="node node--type-page node--view-mode-full">
  <div class="node__content clearfix">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
  </div>
</article>"""
            resp = self.page(node, title, canonical=alias, nid=nid)
            site.add(alias, resp)
            site.add(f"/node/{nid}", resp)
            non += [b + alias, f"{b}/node/{nid}"]
        site.add("/rss.xml", self.rss(self.newest[:PER_PAGE], SITE, "/"))
        site.add("/robots.txt", html_page(ROBOTS, "text/plain; charset=UTF-8"))
        add_jpeg(site, "/sites/default/files/logo.jpg", 120, 120, BUILT)
        site.not_found = self.page('<div class="messages">ไม่พบหน้าที่ร้องขอ</div>', "ไม่พบหน้า", canonical="/", status=404)

    # -- pieces ----------------------------------------------------------------
    def image_paths(self, it, k: int) -> tuple[str, str]:
        nid, _term, _s, _alias, dt = it
        name = f"{dt:%Y-%m}/news_{nid}_{k}.jpg"
        return f"/sites/default/files/{name}", f"/sites/default/files/styles/large/public/{name}?itok={_itok(name)}"

    def node_full(self, it) -> str:
        nid, term, s, alias, dt = it
        caps = s.captions or ()
        body = "\n".join(f"<p>{esc(p)}</p>" for p in s.paragraphs)
        images = ""
        if caps:  # photos put in the body with CKEditor captions
            body += "\n" + "\n".join(
                f'<figure role="group" class="caption caption-img align-center"><img alt="{attr(cap)}" data-entity-type="file" src="{self.b}{self.image_paths(it, k)[0]}" width="640" height="480" loading="lazy" />\n<figcaption>{esc(cap)}</figcaption>\n</figure>'
                for k, cap in enumerate(caps, start=1)
            )
        elif s.photos:
            images = (
                '<div class="field field--name-field-image field--type-image field--label-hidden field__items">'
                + "".join(
                    f'<div class="field__item"><a href="{self.b}{self.image_paths(it, k)[0]}"><img loading="lazy" src="{self.b}{self.image_paths(it, k)[1]}" width="480" height="360" alt="" typeof="foaf:Image" class="image-style-large" /></a></div>'
                    for k in range(1, s.photos + 1)
                )
                + "</div>"
            )
        return f"""<article role="article" about="{self.href(alias)[len(self.b) :]}" class="node node--type-article node--promoted node--view-mode-full">
  <footer class="node__meta">
    <div class="node__submitted">
      Submitted by <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/1" typeof="schema:Person" property="schema:name" datatype="">{esc(s.author)}</span></span>
 on <span class="field field--name-created field--type-created field--label-hidden">{_submitted(dt)}</span>
    </div>
  </footer>
  <div class="node__content clearfix">
  <div class="field field--name-field-news-date field--type-datetime field--label-inline clearfix">
    <div class="field__label">วันที่ข่าว</div>
    <div class="field__item"><time datetime="{dt.date().isoformat()}T12:00:00Z" class="datetime">{thai_long(dt.date())}</time></div>
  </div>
    {images}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
  <div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix">
    <h3 class="field__label">หมวดหมู่</h3>
    <ul class="links field__items"><li><a href="{self.b}/taxonomy/term/{term}" hreflang="th">{esc(TERMS[term])}</a></li></ul>
  </div>
  <div class="node__links"><ul class="links inline"><li class="comment-forbidden"><a href="{self.b}/user/login?destination=/node/{nid}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</li><li class="statistics-counter">อ่าน {(nid * 47) % 900 + 55} ครั้ง</li></ul></div>
  </div>
</article>"""

    def teasers(self, chunk: list) -> str:
        out = []
        for _nid, _term, s, alias, dt in chunk:
            out.append(
                f"""<div class="views-row"><article role="article" about="{self.href(alias)[len(self.b) :]}" class="node node--type-article node--promoted node--view-mode-teaser">
  <h2 class="node__title"><a href="{self.href(alias)}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(s.title)}</span></a></h2>
  <footer class="node__meta"><div class="node__submitted">Submitted by <span>{esc(s.author)}</span> on <span>{_submitted(dt)}</span></div></footer>
  <div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{esc(s.paragraphs[0][:180])}…</p></div>
  <div class="node__links"><ul class="links inline"><li class="node-readmore"><a href="{self.href(alias)}" rel="tag" title="{attr(s.title)}" hreflang="th">อ่านเพิ่มเติม<span class="visually-hidden"> เกี่ยวกับ {esc(s.title)}</span></a></li></ul></div></div>
</article></div>"""
            )
        return "\n".join(out)

    def pager(self, path: str, params: dict[str, str], page: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def link(p: int) -> str:
            q = dict(params)
            q["page"] = str(p)
            return f"{self.b}{path}?{urlencode(q)}"

        items = []
        if page > 0:
            items.append(
                f'<li class="pager__item pager__item--first"><a href="{link(0)}" title="ไปหน้าแรก">« หน้าแรก</a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="{link(page - 1)}" title="ไปหน้าที่แล้ว" rel="prev">‹ ก่อนหน้า</a></li>'
            )
        for p in range(pages):
            if p == page:
                items.append(
                    f'<li class="pager__item is-active"><a href="{link(p)}" title="หน้าปัจจุบัน"><span class="visually-hidden">หน้าปัจจุบัน</span>{p + 1}</a></li>'
                )
            else:
                items.append(f'<li class="pager__item"><a href="{link(p)}" title="ไปหน้า {p + 1}">{p + 1}</a></li>')
        if page + 1 < pages:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="{link(page + 1)}" title="ไปหน้าถัดไป" rel="next">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="{link(pages - 1)}" title="ไปหน้าสุดท้าย">หน้าสุดท้าย »</a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'

    def news_view(self, q: dict[str, str]) -> Response:
        exposed = any(k in q for k in ("sort_by", "sort_order", "items_per_page", "type"))
        sort_by = q.get("sort_by", "created") if q.get("sort_by") in SORTS else "created"
        order = q.get("sort_order", "DESC") if q.get("sort_order") in ORDERS else "DESC"
        per = int(q["items_per_page"]) if q.get("items_per_page") in ITEMS else PER_PAGE
        kind = q.get("type", "All") if q.get("type") in TYPES else "All"
        page = int(q["page"]) if q.get("page", "").isdigit() else 0
        rows = [it for it in self.items if kind == "All" or str(it[1]) == kind]
        key = {
            "created": lambda it: (it[2].date, it[2].time),
            "title": lambda it: it[2].title,
            "totalcount": lambda it: (it[0] * 47) % 900,
        }[sort_by]
        rows.sort(key=key, reverse=order == "DESC")
        pages = max(1, -(-len(rows) // per))
        chunk = rows[page * per : (page + 1) * per]
        params = {"sort_by": sort_by, "sort_order": order, "items_per_page": str(per), "type": kind} if exposed else {}
        labels = {"created": "วันที่", "title": "ชื่อเรื่อง", "totalcount": "ยอดอ่าน"}
        sort_links = []
        for sb in SORTS:
            for so in ORDERS:
                for ip in ITEMS:
                    qq = {"sort_by": sb, "sort_order": so, "items_per_page": ip, "type": kind}
                    active = " bef-link--selected" if exposed and (sb, so, ip) == (sort_by, order, str(per)) else ""
                    sort_links.append(
                        f'<a href="{self.b}/news?{urlencode(qq)}" class="bef-link{active}">{labels[sb]} {"มากไปน้อย" if so == "DESC" else "น้อยไปมาก"} {ip} รายการ</a>'
                    )
        type_links = " ".join(
            f'<a href="{self.b}/news?{urlencode({"sort_by": sort_by, "sort_order": order, "items_per_page": str(per), "type": t})}" class="bef-link">{"ทั้งหมด" if t == "All" else esc(TERMS[int(t)])}</a>'
            for t in TYPES
        )
        form = (
            '<form class="views-exposed-form bef-exposed-form" data-drupal-selector="views-exposed-form-news-page-1" action="/news" method="get" id="views-exposed-form-news-page-1" accept-charset="UTF-8">'
            f'<div class="form--inline clearfix"><div class="form-item js-form-item form-type-select form-item-type"><label>ประเภทข่าว</label><div class="bef-links">{type_links}</div></div>'
            f'<div class="form-item js-form-item form-item-sort-bef-combine"><label>เรียงตาม</label><div class="bef-links">{" ".join(sort_links)}</div></div></div></form>'
        )
        content = self.teasers(chunk) if chunk else '<div class="view-empty">ไม่พบข่าว</div>'
        view = f'<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-{hashlib.md5(str(sorted(q.items())).encode()).hexdigest()}"><div class="view-filters">{form}</div><div class="view-content">{content}</div>{self.pager("/news", params, page, pages)}</div></div>'
        return self.page(view, "ข่าวประชาสัมพันธ์", canonical="/news")

    # -- whole page ----------------------------------------------------------------
    def page(
        self,
        content: str,
        title: str | None,
        canonical: str,
        nid: int | None = None,
        front: bool = False,
        status: int = 200,
    ) -> Response:
        b = self.b
        head_title = f"{title} | {SITE}" if title else SITE
        links = (
            f'<link rel="canonical" href="{self.href(canonical)}" />\n<link rel="shortlink" href="{b}/node/{nid}" />\n'
            if nid
            else f'<link rel="canonical" href="{self.href(canonical)}" />\n'
        )
        h1 = (
            ""
            if front
            else f'<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title or "")}</span></h1>'
        )
        latest = "".join(
            f'<li><a href="{self.href(it[3])}" hreflang="th">{esc(it[2].title)}</a></li>' for it in self.newest[:5]
        )
        menu = "".join(
            f'<li class="menu-item"><a href="{b}{path}" data-drupal-link-system-path="{sys}">{label}</a></li>'
            for path, sys, label in (
                ("/", "<front>", "หน้าแรก"),
                ("/about", "node/1", "ประวัติ"),
                ("/structure", "node/2", "โครงสร้าง"),
                ("/executives", "node/3", "ผู้บริหาร"),
                ("/news", "news", "ข่าวประชาสัมพันธ์"),
                ("/taxonomy/term/3", "taxonomy/term/3", "ประกาศ"),
                ("/ita", "node/4", "ITA"),
                ("/contact", "node/5", "ติดต่อเรา"),
            )
        )
        return html_page(
            f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/misc/favicon.ico" type="image/vnd.microsoft.icon" />
{links}<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{b}/rss.xml" />
    <title>{esc(head_title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx7pI0cE5yHfWH0q3lhSXC4nF1rX_UiPmgyxD7vG0mk.css?rrkq1e" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_3hV6zAd1X7aYkD0pV7tOjv7ykQxTXTAL8Iq5m0Gxq1U.css?rrkq1e" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"{"node/" + str(nid) if nid else canonical.strip("/") or "node"}","currentPathIsAdmin":false,"isFront":{"true" if front else "false"},"currentLanguage":"th"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"statistics":{{"data":{{"nid":"{nid or 0}"}},"url":"\\/core\\/modules\\/statistics\\/statistics.php"}},"user":{{"uid":0,"permissionsHash":"4c8e1c1d1d0aa6e4b6f0d5c2c4ab1e3bd8f0e1f59ab1f6e1e0c4b3b2a1f0e9d8"}}}}</script>
<script src="/sites/default/files/js/js_e9Tb3v1ZJ0Q2kVtH7sS0yXzR0oIbqXw5m6i5Lr2GQzY.js?rrkq1e"></script>
  </head>
  <body class="layout-one-sidebar layout-sidebar-second{" path-frontpage" if front else " path-node page-node-type-article" if nid else ""}">
        <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปที่เนื้อหาหลัก</a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper">
  <div id="page">
    <header id="header" class="header" role="banner">
      <div class="section layout-container clearfix">
          <div class="clearfix region region-header">
    <div id="block-sitebranding" class="clearfix site-branding block block-system block-system-branding-block">
        <a href="{b}/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo.jpg" alt="หน้าแรก" /></a>
        <div class="site-branding__text"><div class="site-branding__name"><a href="{b}/" title="หน้าแรก" rel="home">{SITE}</a></div>
        <div class="site-branding__slogan">{ADDRESS}</div></div>
  </div>
  </div>
          <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
      <ul class="clearfix menu">{menu}</ul>
  </nav>
  </div>
      </div>
    </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container clearfix">
      <div id="main" class="layout-main clearfix">
        <main id="content" class="column main-content" role="main">
          <section class="section">
            <a id="main-content" tabindex="-1"></a>
              <div class="region region-content">
    <div id="block-pagetitle" class="block block-core block-page-title-block">{h1}</div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
      <div class="content">
{content}
    </div>
  </div>
  </div>
          </section>
        </main>
        <div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary">
  <div class="region region-sidebar-second">
    <div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-searchform" role="search">
      <h2 class="visually-hidden">ค้นหา</h2>
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><input title="กรอกคำที่คุณต้องการค้นหา" type="search" name="keys" value="" size="15" maxlength="128" class="form-search" /><input type="submit" value="ค้นหา" class="button js-form-submit form-submit" /></form>
  </div>
<div class="views-element-container block block-views block-views-blocklatest-news-block-1" id="block-views-block-latest-news-block-1">
      <h2>ข่าวล่าสุด</h2>
      <div class="content"><div class="item-list"><ul>{latest}</ul></div><div class="more-link"><a href="{b}/news">ดูทั้งหมด</a></div></div>
  </div>
<div id="block-links" class="block block-block-content">
  <h2>หน่วยงานที่เกี่ยวข้อง</h2>
      <div class="content"><div class="clearfix text-formatted field field--name-body"><ul><li><a href="http://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="http://www.uthaithani.go.th/">จังหวัดอุทัยธานี</a></li><li><a href="https://www.facebook.com/banraiphatthana">Facebook เทศบาล</a></li></ul></div></div>
  </div>
<div id="block-popularcontent" class="block block-statistics">
  <h2>สถิติผู้เข้าชม</h2>
      <div class="content">ผู้เข้าชมวันนี้ 86<br />ผู้เข้าชมทั้งหมด 97,415</div>
  </div>
  </div>
        </aside></div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="layout-container">
          <div class="site-footer__bottom">
    <div class="region region-footer-fifth">
    <div id="block-footer" class="block block-block-content"><div class="content"><p>{SITE} {ADDRESS} {PHONE}</p><p>สงวนลิขสิทธิ์ &copy; 2567 {SITE} | <a href="{b}/user/login">เข้าสู่ระบบ</a></p></div></div>
    <div id="block-poweredby" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div>
  </div>
  </div>
      </div>
    </footer>
  </div>
</div>
  </div>
<script src="/sites/default/files/js/js_0X1B6Z4wC6ydQc1lFvC3QOQ7C6LwGz3v8uN9lJm2n0I.js?rrkq1e"></script>
  </body>
</html>
""",
            status=status,
        )

    def rss(self, items: list, title: str, link: str) -> Response:
        b = self.b
        entries = "".join(
            f"<item><title>{esc(s.title)}</title><link>{self.href(alias)}</link><description>{esc(''.join(f'<p>{esc(p)}</p>' for p in s.paragraphs))}</description>"
            f'<pubDate>{rfc822(dt)}</pubDate><dc:creator>{esc(s.author)}</dc:creator><guid isPermaLink="false">{nid} at {b}</guid></item>'
            for nid, _t, s, alias, dt in items
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
            + b
            + '/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel><title>{esc(title)}</title><link>{b}{link}</link><description></description><language>th</language>{entries}</channel></rss>"
        )
        return Response(200, (("Content-Type", "application/rss+xml; charset=utf-8"),), body.encode())

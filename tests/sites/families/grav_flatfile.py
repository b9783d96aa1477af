# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""grav_flatfile: an องค์การบริหารส่วนตำบล site on Grav 1.7 (flat-file PHP CMS) with the Quark theme.

องค์การบริหารส่วนตำบลทุ่งกุลาทอง, อำเภอโนนพยอม, จังหวัดสุวรรณเขต (fictional).  UTF-8, Apache + PHP-FPM,
TODAY 2024-11-12.  Every HTML answer carries Grav's session cookie (``grav-site-<hash>``).  All text is
written for this fixture.

CMS imitated: Grav 1.7 + Quark 2.0 (Spectre.css markup: ``#header .navbar`` with a ``dropmenu`` desktop menu
and the same menu again in the mobile overlay, ``#body-wrapper``, ``.columns`` with ``#item`` and
``#sidebar``, blog cards ``.card`` with ``.card-subtitle .blog-date``, ``h-entry`` microformats), plugins:
pagination, taxonomylist, archives, simplesearch, feed, sitemap, langswitcher, shortcode-core (``[figure]``
-> ``<figure>`` with ``<figcaption>``), an events calendar.  Quark's theme strings are not translated to
Thai: "Previous Post" / "Next Post".

URL shapes (Grav params live in the PATH, ``name:value`` segments, not in the query)
* posts (gold): ``/news/<slug>``.  The slug is the folder name (``user/pages/02.news/<folder>/item.md``):
  Latin transliterations, date-prefixed ones (``2567-03-14-kick-off-dengue-campaign``); four posts set a
  Thai ``slug:`` in their front matter, so their folder (where their photos live) differs from their URL.
  Grav prints routes raw, so Thai slugs are raw UTF-8 in every ``href`` and ``<loc>``; the gold URL is the
  percent-encoded form a browser sends.  ``/news/<slug>/`` 301s to the slash-less URL (Grav's
  redirect_trailing_slash), unknown params after a route are ignored (``/news/<slug>/foo:bar`` is the post,
  never linked).
* post page: ``h1.p-name``, ``<time class="dt-published" datetime="...+07:00">14 มีนาคม 2567</time>``,
  ``โดย <author>`` on some, category link, tags ``/news/tag:<raw Thai>#body-wrapper``, the Markdown body
  (``<p>``, ``<ul><li>``, ``<strong>``, shortcode figures with ``<figcaption>``, a few plain images), share
  links, ``p.prev-next``: "Previous Post" (older) and "Next Post" (newer): the whole chain both ways.
* listings: ``/news`` (6 a page, newest first) + ``/news/page:2`` .. ``/news/page:4`` (the pagination
  plugin links page 1 as ``/news/page:1``: the same list); taxonomy filters ``/news/tag:<tag>`` (the sidebar
  tag cloud percent-encodes the tag, the post chips do not) and ``/news/category:<cat>``, paginated as
  ``/news/category:กิจกรรม/page:2``; archives-plugin months ``/news/archives_month:jul_2024`` (the sidebar
  shows the latest 12 months with posts).  Cards show Grav's summary: the text before ``===`` or the
  first 300 characters, so short posts appear whole.
* home ``/`` (a modular page: hero, the latest 6 cards, service tiles; ``/home`` 301s to ``/``), standing
  pages ``/about``, ``/about/history``, ``/about/executives``, ``/services``, ``/services/e-service``,
  ``/contact``, ``/ita`` (PDF page media under ``/user/pages/06.ita/``: some served, two missing), English
  translations ``/en``, ``/en/about``, ``/en/about/history``, ``/en/contact`` (langswitcher links on those
  pages only).  Sidebar on EVERY page: simplesearch box, ข่าวล่าสุด (latest 5), แท็กยอดนิยม (tag cloud),
  คำค้นยอดนิยม (search links), คลังข่าว (archive months), Atom/RSS links.
* feeds: ``/news.rss`` and ``/news.atom`` (latest 10); ``/sitemap.xml`` (sitemap plugin: home, standing
  pages, news, every post, events; ``xhtml:link`` alternates for the translated pages); Grav's default
  robots.txt (``Disallow: /user/`` before ``Allow: /user/pages/``) plus a ``Sitemap:`` line.

Traps (``trap_patterns``)
* ``TRAP_SEARCH``: simplesearch ``/search/query:<words>`` answers ANY query (the same few teasers: the
  matching posts, at most 5) and links "คำค้นที่เกี่ยวข้อง": the query plus one more word from the tag
  cloud, so queries grow forever; the sidebar's คำค้นยอดนิยม on every page links single-word searches.
* ``TRAP_EVENTS``: the events calendar ``/events/month:<yyyy-mm>`` answers any month and links the
  previous and next month.  Event pages ``/events/<slug>`` (when / where notices with a Thai date) are
  non-articles; upcoming ones are linked from ``/events``.

Gold: 24 posts 2022-01-20 .. 2024-10-30, oldest first.  Paragraphs: body ``<p>`` and ``<li>`` text, no
captions, no title.  Non-articles: home, listings (all pages and filters), standing and English pages,
events, the empty search page, one search and two months (they match the traps).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import EN_MONTHS, MONTHS, http_date, local_dt, thai_long
from .common import add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "grav_flatfile"
SITE = "องค์การบริหารส่วนตำบลทุ่งกุลาทอง"
SHORT = "อบต.ทุ่งกุลาทอง"
SITE_EN = "Tung Kula Thong Subdistrict Administrative Organization"
PLACE = "อำเภอโนนพยอม จังหวัดสุวรรณเขต"
ADDRESS = "เลขที่ 199 หมู่ที่ 1 ตำบลทุ่งกุลาทอง อำเภอโนนพยอม จังหวัดสุวรรณเขต 45290"
PHONE = "0 4351 2287"
EMAIL = "saraban@tungkulathong.go.th"
TODAY = date(2024, 11, 12)
PER_PAGE = 6
FEED_COUNT = 10
SUMMARY_SIZE = 300
ARCHIVE_MONTHS = 12
THEME = "/user/themes/quark"
NEWS_DIR = "/user/pages/02.news"
ITA_DIR = "/user/pages/06.ita"
SESSION = hashlib.md5(f"{FAMILY}:session-name".encode()).hexdigest()[:10]

CATEGORIES = ("ข่าวประชาสัมพันธ์", "กิจกรรม", "ประกาศ", "สาธารณสุข")
# Words of the คำค้นยอดนิยม box and of the related searches (tags of the cloud).
SEARCH_WORDS = ("ขยะ", "ภาษี", "ไข้เลือดออก", "ผู้สูงอายุ", "ประเพณี", "ถนน", "สภา", "น้ำประปา")
MENU = (
    ("/", "หน้าแรก", ()),
    ("/about", "ข้อมูลพื้นฐาน", (("/about/history", "ประวัติความเป็นมา"), ("/about/executives", "คณะผู้บริหาร"))),
    ("/news", "ข่าวสาร", ()),
    ("/services", "บริการประชาชน", (("/services/e-service", "e-Service"),)),
    ("/events", "ปฏิทินกิจกรรม", ()),
    ("/ita", "ITA", ()),
    ("/contact", "ติดต่อเรา", ()),
)
MENU_EN = (("/en", "Home"), ("/en/about", "About"), ("/en/about/history", "History"), ("/en/contact", "Contact"))
# Thai route -> English route of the translated pages (langswitcher).
TRANSLATED = {"/": "/en", "/about": "/en/about", "/about/history": "/en/about/history", "/contact": "/en/contact"}


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def enc(route: str) -> str:
    """What a browser sends for a raw route: UTF-8 percent-encoding, upper-case hex."""
    return quote(route, safe="/-._~:")


def month_key(d: date) -> str:
    """The archives plugin's filter value: ``strtolower(date('M_Y'))``, e.g. ``jul_2024``."""
    return f"{EN_MONTHS[d.month - 1][:3].lower()}_{d.year}"


def month_step(y: int, m: int, step: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + step
    return k // 12, k % 12 + 1


LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD = re.compile(r"\*\*([^*]+)\*\*")


def plain(line: str) -> str:
    """The text a reader sees of one Markdown line (links and bold unwrapped)."""
    return " ".join(BOLD.sub(r"\1", LINK.sub(r"\1", line.removeprefix("- "))).split())


def inline(line: str) -> str:
    """Parsedown's inline output for our Markdown subset."""
    out = esc(line)
    out = BOLD.sub(r"<strong>\1</strong>", out)
    return LINK.sub(lambda m: f'<a href="{attr(m.group(2))}">{m.group(1)}</a>', out)


@dataclass(frozen=True)
class Post:
    n: int
    day: str
    hm: str
    slug: str
    folder: str
    category: str
    tags: tuple[str, ...]
    author: str | None
    title: str
    lines: tuple[str, ...]  # Markdown: paragraphs, "- " items, "F: caption" figures, "I:" images, "==="

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def route(self) -> str:
        """The route as Grav prints it (raw UTF-8)."""
        return f"/news/{self.slug}"

    @property
    def path(self) -> str:
        """The route as a browser requests it."""
        return enc(self.route)

    @property
    def body(self) -> tuple[str, ...]:
        """Text lines (paragraphs and list items), without figures and the summary marker."""
        return tuple(ln for ln in self.lines if not ln.startswith(("F:", "I:")) and ln != "===")

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(plain(ln) for ln in self.body)

    @property
    def captions(self) -> tuple[str, ...]:
        return tuple(ln[2:].strip() for ln in self.lines if ln.startswith("F:"))

    @property
    def media(self) -> tuple[str, ...]:
        """File names of the page media, in page order (figures and plain images)."""
        count = sum(1 for ln in self.lines if ln.startswith(("F:", "I:")))
        if self.n % 2:  # phone photos
            stamp = self.day.replace("-", "") + "_" + self.hm.replace(":", "")
            return tuple(f"IMG_{stamp}{k * 7 + 11:02d}.jpg" for k in range(1, count + 1))
        return tuple(
            f"S__{int(_h(f'line:{self.n}', 6), 16) % 9000000 + 1000000 + k}.jpg" for k in range(1, count + 1)
        )  # LINE album

    @property
    def cover(self) -> str | None:
        """The card image of listings (Grav's ``page.media.images|first``, cropZoom 800x400)."""
        if not self.media:
            return None
        return cache_path(f"{self.folder}/{self.media[0]}:cropZoom", self.media[0])

    def summary(self) -> str:
        """Grav's page.summary: the text before ``===``, else the first SUMMARY_SIZE characters."""
        if "===" in self.lines:
            before = self.lines[: self.lines.index("===")]
            return " ".join(plain(ln) for ln in before if not ln.startswith(("F:", "I:")))
        text = " ".join(self.paragraphs)
        if len(text) <= SUMMARY_SIZE:
            return text
        return text[:SUMMARY_SIZE].rstrip() + "…"


def cache_path(seed: str, name: str) -> str:
    """Grav's image cache: ``/images/<h0>/<h1>/<h2>/<h3>/<h4>/<hash>-<name>``."""
    h = _h(seed, 32)
    stem = name.rsplit(".", 1)[0]
    return f"/images/{h[0]}/{h[1]}/{h[2]}/{h[3]}/{h[4]}/{h}-{stem}.jpeg"


# "## n date time slug | folder (- = slug) | category | tags | author (-)", then T: title and the
# Markdown lines: paragraphs, "- " list items, "F: caption" ([figure] shortcode), "I:" (a plain image),
# "===" (Grav's summary delimiter).
SPEC = """
## 1 2022-01-20 09:30 land-tax-2565 | - | ประกาศ | ภาษี,ประชาสัมพันธ์ | กองคลัง
T: ประกาศองค์การบริหารส่วนตำบลทุ่งกุลาทอง เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2565
ด้วยองค์การบริหารส่วนตำบลทุ่งกุลาทองจะดำเนินการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2565 ตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 จึงขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตตำบลทุ่งกุลาทองทราบโดยทั่วกัน
===
ผู้มีหน้าที่เสียภาษีสามารถชำระภาษีได้ตั้งแต่เดือนกุมภาพันธ์ถึงเดือนเมษายน 2565 ณ งานจัดเก็บรายได้ กองคลัง ที่ทำการองค์การบริหารส่วนตำบลทุ่งกุลาทอง ในวันและเวลาราชการ หรือโอนเงินเข้าบัญชีธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาโนนพยอม
ผู้ที่ชำระภาษีเกินกำหนดเวลาจะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด สอบถามรายละเอียดเพิ่มเติมได้ที่โทรศัพท์ 0 4351 2287 ต่อ 13

## 2 2022-03-09 10:15 2565-03-09-covid-booster | - | สาธารณสุข | วัคซีน,ผู้สูงอายุ | -
T: อบต.ทุ่งกุลาทองร่วมกับ รพ.สต.บ้านโนนสว่าง ฉีดวัคซีนโควิด-19 เข็มกระตุ้นให้ผู้สูงอายุ
เมื่อวันที่ 9 มีนาคม 2565 องค์การบริหารส่วนตำบลทุ่งกุลาทองร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสว่าง จัดหน่วยบริการฉีดวัคซีนป้องกันโรคโควิด-19 เข็มกระตุ้น ให้แก่ผู้สูงอายุและผู้มีโรคประจำตัว ณ ศาลาประชาคมบ้านทุ่งกุลา หมู่ที่ 1
F: ผู้สูงอายุรอรับการฉีดวัคซีน ณ ศาลาประชาคมบ้านทุ่งกุลา
มีผู้มารับบริการทั้งสิ้น 286 ราย โดยอาสาสมัครสาธารณสุขประจำหมู่บ้านช่วยคัดกรอง วัดความดันโลหิต และสังเกตอาการหลังฉีดวัคซีนเป็นเวลา 30 นาที ทั้งนี้ อบต. ได้จัดรถรับส่งผู้สูงอายุจากหมู่บ้านที่อยู่ห่างไกลด้วย
ผู้ที่ยังไม่ได้รับวัคซีนเข็มกระตุ้นสามารถแจ้งความประสงค์ได้ที่ อสม. ประจำหมู่บ้าน หรือ รพ.สต.บ้านโนนสว่าง โทร. 0 4351 2390

## 3 2022-04-12 14:00 songkran-2565 | - | กิจกรรม | ประเพณี,ผู้สูงอายุ | -
T: สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2565
วันที่ 12 เมษายน 2565 นายประยูร ศรีสุวรรณ นายกองค์การบริหารส่วนตำบลทุ่งกุลาทอง พร้อมด้วยคณะผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล จัดกิจกรรมสืบสานประเพณีสงกรานต์ ณ ลานวัดทุ่งกุลาทอง โดยจัดในรูปแบบกระชับตามมาตรการป้องกันโรค
F: นายก อบต.ทุ่งกุลาทอง รดน้ำขอพรผู้สูงอายุ
ภายในงานมีพิธีสรงน้ำพระพุทธรูป รดน้ำขอพรผู้สูงอายุ และมอบของที่ระลึกแก่ผู้สูงอายุที่มีอายุครบ 90 ปีขึ้นไป จำนวน 18 คน
นายก อบต. กล่าวว่า ประเพณีสงกรานต์เป็นโอกาสให้ลูกหลานได้แสดงความกตัญญูต่อผู้สูงอายุ และขอให้ทุกครอบครัวเดินทางกลับบ้านด้วยความปลอดภัย

## 4 2022-06-03 08:45 รับสมัครพนักงานจ้างทั่วไป-2565 | 2565-06-03-job-vacancy | ประกาศ | รับสมัคร,ประชาสัมพันธ์ | สำนักปลัด
T: ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป จำนวน 2 อัตรา
องค์การบริหารส่วนตำบลทุ่งกุลาทองประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ระหว่างวันที่ 6 ถึง 17 มิถุนายน 2565 ในวันและเวลาราชการ ณ งานการเจ้าหน้าที่ สำนักปลัด ในตำแหน่งดังต่อไปนี้
- คนงานประจำรถบรรทุกขยะ จำนวน 1 อัตรา
- คนงานทั่วไป (ดูแลสวนสาธารณะหนองแวง) จำนวน 1 อัตรา
ผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ และไม่เป็นผู้มีลักษณะต้องห้ามตามประกาศ ดาวน์โหลดใบสมัครและดูรายละเอียดได้ที่งานการเจ้าหน้าที่ หรือสอบถามโทร. 0 4351 2287 ต่อ 11

## 5 2022-07-28 10:00 2565-07-28-tree-planting | - | กิจกรรม | สิ่งแวดล้อม | -
T: โครงการปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2565
วันที่ 28 กรกฎาคม 2565 องค์การบริหารส่วนตำบลทุ่งกุลาทองร่วมกับโรงเรียนบ้านทุ่งกุลาและจิตอาสาจากทุกหมู่บ้าน จัดโครงการปลูกต้นไม้เฉลิมพระเกียรติ ณ ที่สาธารณประโยชน์โคกกลาง หมู่ที่ 6
F: จิตอาสาร่วมปลูกต้นยางนาบริเวณโคกกลาง
F: นักเรียนโรงเรียนบ้านทุ่งกุลาร่วมรดน้ำต้นไม้ที่ปลูกใหม่
ผู้เข้าร่วมกิจกรรมกว่า 150 คนได้ร่วมกันปลูกต้นยางนา ต้นพะยูง และต้นมะค่าโมง รวม 1,200 ต้น บนพื้นที่ประมาณ 10 ไร่ เพื่อฟื้นฟูป่าชุมชนและเป็นแหล่งอาหารของชุมชนในอนาคต
อบต.ทุ่งกุลาทองจะมอบหมายให้คณะกรรมการป่าชุมชนบ้านโคกกลางดูแลรดน้ำและติดตามการเจริญเติบโตของต้นไม้ตลอดฤดูแล้ง

## 6 2022-09-21 13:30 flood-relief-2565 | - | ข่าวประชาสัมพันธ์ | น้ำท่วม,ประชาสัมพันธ์ | -
T: อบต.ทุ่งกุลาทองมอบถุงยังชีพช่วยเหลือผู้ประสบอุทกภัย หมู่ที่ 3 และหมู่ที่ 7
จากสถานการณ์ฝนตกหนักต่อเนื่องระหว่างวันที่ 15 ถึง 19 กันยายน 2565 ทำให้น้ำจากลำห้วยกุลาไหลล้นตลิ่งเข้าท่วมบ้านเรือนและพื้นที่การเกษตรในเขตบ้านหนองแวง หมู่ที่ 3 และบ้านหัวนา หมู่ที่ 7 มีครัวเรือนได้รับผลกระทบ 64 ครัวเรือน
F: เจ้าหน้าที่ อบต. ลุยน้ำนำถุงยังชีพไปมอบให้ผู้ประสบภัยบ้านหัวนา
วันที่ 21 กันยายน 2565 นายประยูร ศรีสุวรรณ นายก อบต.ทุ่งกุลาทอง พร้อมเจ้าหน้าที่งานป้องกันและบรรเทาสาธารณภัย ได้นำถุงยังชีพซึ่งประกอบด้วยข้าวสาร อาหารแห้ง น้ำดื่ม และยารักษาโรคเบื้องต้น ไปมอบให้แก่ผู้ประสบภัยทุกครัวเรือน
ผู้ที่ได้รับความเสียหายสามารถยื่นคำร้องขอรับความช่วยเหลือตามระเบียบได้ที่สำนักปลัด อบต.ทุ่งกุลาทอง ภายในวันที่ 30 กันยายน 2565

## 7 2022-11-08 16:00 loy-krathong-2565 | - | กิจกรรม | ประเพณี | -
T: งานประเพณีลอยกระทง ประจำปี 2565 ณ หนองน้ำสาธารณะบ้านหนองแวง
คืนวันที่ 8 พฤศจิกายน 2565 องค์การบริหารส่วนตำบลทุ่งกุลาทองจัดงานประเพณีลอยกระทง ณ หนองน้ำสาธารณะบ้านหนองแวง หมู่ที่ 3 มีประชาชนจากทุกหมู่บ้านมาร่วมงานเป็นจำนวนมาก
F: บรรยากาศการลอยกระทงริมหนองน้ำบ้านหนองแวง
I:
ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ การแสดงของนักเรียน และซุ้มจำหน่ายสินค้าจากกลุ่มอาชีพในตำบล ผลการประกวดกระทงประเภทสวยงาม รางวัลชนะเลิศได้แก่ กระทงของบ้านดอนแดง หมู่ที่ 4
อบต. ขอขอบคุณหน่วยงาน ผู้นำชุมชน และประชาชนทุกท่านที่ร่วมกันรักษาความสะอาดและความปลอดภัยตลอดการจัดงาน

## 8 2023-01-14 09:00 2566-01-14-childrens-day | - | กิจกรรม | เด็กและเยาวชน | ศูนย์พัฒนาเด็กเล็ก อบต.ทุ่งกุลาทอง
T: จัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ศูนย์พัฒนาเด็กเล็ก อบต.ทุ่งกุลาทอง
วันเสาร์ที่ 14 มกราคม 2566 องค์การบริหารส่วนตำบลทุ่งกุลาทองจัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ศูนย์พัฒนาเด็กเล็ก อบต.ทุ่งกุลาทอง โดยมีเด็กและผู้ปกครองเข้าร่วมกว่า 400 คน
F: เด็ก ๆ ร่วมเล่นเกมและรับของรางวัลในงานวันเด็ก
กิจกรรมภายในงานประกอบด้วยการแสดงบนเวทีของเด็กนักเรียน ซุ้มเกมจากหน่วยงานต่าง ๆ การแจกทุนการศึกษา 20 ทุน และการให้ความรู้เรื่องความปลอดภัยทางน้ำจากงานป้องกันและบรรเทาสาธารณภัย
ขอขอบคุณผู้ใจบุญ ร้านค้า และหน่วยงานที่ร่วมสนับสนุนของขวัญและอาหารสำหรับเด็กในปีนี้

## 9 2023-02-22 10:30 council-first-session-2566 | - | ข่าวประชาสัมพันธ์ | สภา,ประชาสัมพันธ์ | -
T: การประชุมสภาองค์การบริหารส่วนตำบลทุ่งกุลาทอง สมัยสามัญ สมัยที่ 1 ประจำปี 2566
วันพุธที่ 22 กุมภาพันธ์ 2566 เวลา 09.30 น. นายทองใบ แสนคำ ประธานสภาองค์การบริหารส่วนตำบลทุ่งกุลาทอง เป็นประธานการประชุมสภา อบต. สมัยสามัญ สมัยที่ 1 ประจำปี 2566 ณ ห้องประชุมสภา อบต.ทุ่งกุลาทอง
ที่ประชุมได้พิจารณาญัตติขออนุมัติจ่ายขาดเงินสะสมเพื่อดำเนินโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านโนนสูง–บ้านหนองบัว และโครงการขุดลอกหนองน้ำสาธารณะบ้านโคกสำราญ รวมเป็นเงิน 3,460,000 บาท ซึ่งที่ประชุมมีมติเห็นชอบทั้ง 2 โครงการ
นอกจากนี้ นายก อบต. ได้รายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่นในไตรมาสแรกของปีงบประมาณ 2566 ให้สภาทราบ

## 10 2023-03-30 11:00 drought-water-truck-2566 | - | ข่าวประชาสัมพันธ์ | ภัยแล้ง,ประชาสัมพันธ์ | -
T: อบต.ทุ่งกุลาทองออกแจกจ่ายน้ำอุปโภคบริโภคช่วยเหลือประชาชนช่วงภัยแล้ง
เนื่องจากสภาพอากาศร้อนและฝนทิ้งช่วง ทำให้ระบบประปาหมู่บ้านบ้านโนนสูง หมู่ที่ 8 และบ้านโคกสำราญ หมู่ที่ 12 มีน้ำดิบไม่เพียงพอต่อการผลิตน้ำประปา องค์การบริหารส่วนตำบลทุ่งกุลาทองจึงได้นำรถบรรทุกน้ำออกแจกจ่ายน้ำให้แก่ประชาชนตั้งแต่วันที่ 27 มีนาคม 2566
F: รถบรรทุกน้ำของ อบต. เติมน้ำให้ถังกลางประจำหมู่บ้านโนนสูง
ครัวเรือนที่ขาดแคลนน้ำสามารถแจ้งขอรับการช่วยเหลือได้ที่ผู้ใหญ่บ้าน หรืองานป้องกันและบรรเทาสาธารณภัย โทร. 0 4351 2287 ต่อ 19 ตลอด 24 ชั่วโมง
ขอความร่วมมือประชาชนใช้น้ำอย่างประหยัด และตรวจสอบท่อน้ำภายในบ้านไม่ให้รั่วซึม

## 11 2023-05-17 09:20 2566-05-17-dengue-prevention | - | สาธารณสุข | ไข้เลือดออก | กองสาธารณสุขและสิ่งแวดล้อม
T: รณรงค์ป้องกันโรคไข้เลือดออก กำจัดแหล่งเพาะพันธุ์ยุงลายก่อนฤดูฝน ปี 2566
กองสาธารณสุขและสิ่งแวดล้อม องค์การบริหารส่วนตำบลทุ่งกุลาทอง ร่วมกับ อสม. ทั้ง 12 หมู่บ้าน ออกรณรงค์สำรวจและทำลายแหล่งเพาะพันธุ์ยุงลายในบ้านเรือน วัด โรงเรียน และศูนย์พัฒนาเด็กเล็ก ระหว่างวันที่ 15 ถึง 19 พฤษภาคม 2566
เจ้าหน้าที่ได้แจกทรายกำจัดลูกน้ำยุงลายและพ่นหมอกควันในพื้นที่ที่มีรายงานผู้ป่วยสงสัยโรคไข้เลือดออก เพื่อตัดวงจรการแพร่ระบาดของโรค
ขอให้ประชาชนปฏิบัติตามมาตรการ **3 เก็บ ป้องกัน 3 โรค** คือ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด หากมีไข้สูงติดต่อกันเกิน 2 วัน ควรรีบไปพบแพทย์ทันที

## 12 2023-06-26 14:15 งดจ่ายน้ำประปา-บ้านดอนแดง-2566 | 2566-06-26-water-cut | ประกาศ | น้ำประปา | กิจการประปา อบต.ทุ่งกุลาทอง
T: ประกาศงดจ่ายน้ำประปาหมู่บ้านชั่วคราว บ้านดอนแดง หมู่ที่ 4 วันที่ 28 มิถุนายน 2566
กิจการประปาองค์การบริหารส่วนตำบลทุ่งกุลาทองขอแจ้งงดจ่ายน้ำประปาชั่วคราวในวันพุธที่ 28 มิถุนายน 2566 ตั้งแต่เวลา 08.30 น. ถึง 16.00 น. เนื่องจากต้องเปลี่ยนเครื่องสูบน้ำและล้างถังกรองน้ำของระบบประปาบ้านดอนแดง
พื้นที่ที่ได้รับผลกระทบ ได้แก่ บ้านดอนแดง หมู่ที่ 4 และบ้านดอนแดงเหนือ หมู่ที่ 11 ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า และขออภัยในความไม่สะดวกมา ณ โอกาสนี้

## 13 2023-08-09 10:40 2566-08-09-waste-bank | - | ข่าวประชาสัมพันธ์ | ขยะ,สิ่งแวดล้อม,ประชาสัมพันธ์ | -
T: เปิดธนาคารขยะชุมชนบ้านทุ่งกุลา รับซื้อขยะรีไซเคิลทุกวันที่ 9 ของเดือน
วันที่ 9 สิงหาคม 2566 องค์การบริหารส่วนตำบลทุ่งกุลาทองร่วมกับคณะกรรมการหมู่บ้านทุ่งกุลา เปิดธนาคารขยะชุมชนอย่างเป็นทางการ ณ ศาลาประชาคมบ้านทุ่งกุลา หมู่ที่ 1 เพื่อส่งเสริมการคัดแยกขยะตั้งแต่ต้นทาง
F: สมาชิกธนาคารขยะนำขวดพลาสติกและกระดาษมาฝากในวันเปิดธนาคาร
ธนาคารขยะจะเปิดรับซื้อขยะรีไซเคิล เช่น ขวดพลาสติก กระป๋องอะลูมิเนียม กระดาษ และเศษเหล็ก ทุกวันที่ 9 ของเดือน เวลา 09.00 ถึง 12.00 น. สมาชิกจะได้รับสมุดบัญชีเงินฝากและสามารถถอนเงินได้ทุกสิ้นปี
ในวันเปิดธนาคารมีสมาชิกสมัครแล้ว 73 ครัวเรือน และมียอดเงินฝากรวม 2,145 บาท

## 14 2023-09-15 13:00 elderly-allowance-2568 | - | ประกาศ | ผู้สูงอายุ,ประชาสัมพันธ์ | สำนักปลัด
T: ประชาสัมพันธ์การลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลทุ่งกุลาทองขอประชาสัมพันธ์ให้ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ พ.ศ. 2568 และยังไม่เคยได้รับเบี้ยยังชีพผู้สูงอายุ มาลงทะเบียนได้ที่สำนักปลัด อบต.ทุ่งกุลาทอง ในวันและเวลาราชการ
ผู้ลงทะเบียนต้องเตรียมเอกสาร ดังนี้
- บัตรประจำตัวประชาชนหรือบัตรอื่นที่ออกโดยหน่วยงานของรัฐที่มีรูปถ่าย
- ทะเบียนบ้านฉบับเจ้าบ้าน
- สมุดบัญชีเงินฝากธนาคารในนามผู้ขอรับเบี้ยยังชีพ
กรณีผู้สูงอายุไม่สามารถเดินทางมาได้ด้วยตนเอง สามารถมอบอำนาจให้ผู้อื่นมาดำเนินการแทนได้ โดยแนบหนังสือมอบอำนาจพร้อมสำเนาบัตรประจำตัวประชาชนของผู้รับมอบอำนาจ

## 15 2023-10-24 09:10 2566-10-24-kathin | - | กิจกรรม | ประเพณี | -
T: อบต.ทุ่งกุลาทองร่วมทอดกฐินสามัคคี ณ วัดโนนสว่างวนาราม ประจำปี 2566
วันอังคารที่ 24 ตุลาคม 2566 คณะผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล องค์การบริหารส่วนตำบลทุ่งกุลาทอง ร่วมกับประชาชนบ้านโนนสว่าง หมู่ที่ 2 ร่วมทอดกฐินสามัคคี ณ วัดโนนสว่างวนาราม
F: ขบวนแห่ผ้ากฐินรอบอุโบสถวัดโนนสว่างวนาราม
ยอดเงินทำบุญกฐินในปีนี้รวมทั้งสิ้น 312,450 บาท ทางวัดจะนำไปใช้ในการบูรณะศาลาการเปรียญและก่อสร้างห้องน้ำสำหรับผู้สูงอายุ
อบต. ขออนุโมทนาบุญกับทุกท่านที่ร่วมกันสืบสานประเพณีอันดีงามของชุมชน

## 16 2024-01-13 09:00 2567-01-13-childrens-day | - | กิจกรรม | เด็กและเยาวชน | ศูนย์พัฒนาเด็กเล็ก อบต.ทุ่งกุลาทอง
T: งานวันเด็กแห่งชาติ ประจำปี 2567 "มุ่งมั่น ใฝ่เรียนรู้ เคารพความต่าง ร่วมสร้างสังคมประชาธิปไตย"
วันเสาร์ที่ 13 มกราคม 2567 องค์การบริหารส่วนตำบลทุ่งกุลาทองจัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬาโรงเรียนบ้านทุ่งกุลา โดยมีนายประยูร ศรีสุวรรณ นายก อบต.ทุ่งกุลาทอง เป็นประธานเปิดงาน
F: นายก อบต. มอบทุนการศึกษาแก่นักเรียนที่มีผลการเรียนดี
I:
ภายในงานมีการแสดงบนเวทีของเด็กจากศูนย์พัฒนาเด็กเล็กและโรงเรียนในตำบล ซุ้มเกมกว่า 30 ซุ้ม การจับรางวัลจักรยาน 12 คัน และนิทรรศการเรียนรู้เรื่องการแยกขยะจากธนาคารขยะชุมชน
ปีนี้มีเด็กและผู้ปกครองมาร่วมงานมากกว่า 600 คน ซึ่ง อบต. ขอขอบคุณผู้สนับสนุนทุกภาคส่วนที่ทำให้งานสำเร็จลุล่วงด้วยดี

## 17 2024-02-20 10:00 land-tax-2567 | - | ประกาศ | ภาษี,ประชาสัมพันธ์ | กองคลัง
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567
องค์การบริหารส่วนตำบลทุ่งกุลาทองได้ส่งแบบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ให้แก่ผู้มีหน้าที่เสียภาษีแล้ว ขอให้ผู้ได้รับแบบแจ้งชำระภาษีภายในเดือนเมษายน 2567
===
สำหรับภาษีป้าย เจ้าของป้ายต้องยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567 และชำระภาษีภายใน 15 วันนับแต่วันที่ได้รับแจ้งการประเมิน
ปีนี้ผู้เสียภาษีสามารถชำระผ่านแอปพลิเคชันธนาคารด้วยการสแกนคิวอาร์โค้ดที่พิมพ์อยู่บนแบบแจ้งการประเมิน โดยไม่ต้องเดินทางมาที่ อบต. สอบถามได้ที่งานจัดเก็บรายได้ กองคลัง โทร. 0 4351 2287 ต่อ 13

## 18 2024-03-14 09:30 2567-03-14-kick-off-dengue-campaign | - | สาธารณสุข | ไข้เลือดออก,ประชาสัมพันธ์ | กองสาธารณสุขและสิ่งแวดล้อม
T: Kick off รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ตำบลทุ่งกุลาทอง ประจำปี 2567
วันพฤหัสบดีที่ 14 มีนาคม 2567 เวลา 08.30 น. นายประยูร ศรีสุวรรณ นายกองค์การบริหารส่วนตำบลทุ่งกุลาทอง เป็นประธานเปิดกิจกรรม Kick off รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ณ ลานหน้าที่ทำการ อบต.ทุ่งกุลาทอง
F: นายก อบต.ทุ่งกุลาทอง กล่าวเปิดกิจกรรม Kick off รณรงค์ป้องกันโรคไข้เลือดออก
กิจกรรมประกอบด้วยการเดินรณรงค์ให้ความรู้ในชุมชนบ้านทุ่งกุลาและบ้านทุ่งกุลาใต้ การสาธิตการทำกับดักยุงจากขวดพลาสติก และการมอบทรายกำจัดลูกน้ำและโลชั่นกันยุงแก่ตัวแทนหมู่บ้านทั้ง 12 หมู่บ้าน
F: อสม. สาธิตการทำกับดักยุงลายจากขวดพลาสติกเหลือใช้
ในปี 2566 ตำบลทุ่งกุลาทองมีผู้ป่วยโรคไข้เลือดออก 14 ราย อบต. จึงตั้งเป้าหมายลดจำนวนผู้ป่วยลงให้ได้ร้อยละ 50 โดยขอความร่วมมือทุกครัวเรือนสำรวจและกำจัดลูกน้ำยุงลายทุกวันศุกร์ อ่านข่าวการรณรงค์ของปีที่แล้วได้ที่ [รณรงค์ป้องกันโรคไข้เลือดออก ปี 2566](/news/2566-05-17-dengue-prevention)

## 19 2024-04-11 15:00 สงกรานต์-2567 | 2567-04-11-songkran | กิจกรรม | ประเพณี,ผู้สูงอายุ | -
T: สืบสานประเพณีสงกรานต์และวันผู้สูงอายุ ประจำปี 2567
เมื่อวันที่ 11 เมษายน 2567 องค์การบริหารส่วนตำบลทุ่งกุลาทองจัดงานสืบสานประเพณีสงกรานต์และวันผู้สูงอายุ ณ ศาลาการเปรียญวัดทุ่งกุลาทอง มีผู้สูงอายุจากทั้ง 12 หมู่บ้านเข้าร่วมกว่า 500 คน
F: ขบวนแห่พระพุทธรูปรอบหมู่บ้านทุ่งกุลา
กิจกรรมภายในงานประกอบด้วยขบวนแห่พระพุทธรูป พิธีสรงน้ำพระ รดน้ำดำหัวขอพรผู้สูงอายุ การประกวดผู้สูงอายุสุขภาพดี และการแสดงรำวงย้อนยุคของชมรมผู้สูงอายุตำบลทุ่งกุลาทอง
ผู้ชนะการประกวดผู้สูงอายุสุขภาพดี ได้แก่ นางบุญมี ทองดี อายุ 82 ปี จากบ้านหนองบัว หมู่ที่ 5

## 20 2024-05-29 10:20 road-repair-moo-2-moo-3 | - | ข่าวประชาสัมพันธ์ | ถนน,ประชาสัมพันธ์ | กองช่าง
T: กองช่างซ่อมแซมถนนลูกรังสายบ้านโนนสว่าง–บ้านหนองแวง ก่อนเข้าฤดูฝน
กองช่าง องค์การบริหารส่วนตำบลทุ่งกุลาทอง ได้นำรถเกรดเดอร์และรถบรรทุกออกปรับเกลี่ยและลงหินคลุกถนนลูกรังสายบ้านโนนสว่าง หมู่ที่ 2 ถึงบ้านหนองแวง หมู่ที่ 3 ระยะทางประมาณ 2.4 กิโลเมตร ระหว่างวันที่ 27 ถึง 29 พฤษภาคม 2567
F: รถเกรดเดอร์ของ อบต. ปรับเกลี่ยผิวถนนสายบ้านโนนสว่าง–บ้านหนองแวง
ถนนสายนี้เป็นเส้นทางขนส่งผลผลิตทางการเกษตรของเกษตรกรทั้งสองหมู่บ้าน และชำรุดเป็นหลุมบ่อจากการใช้งานของรถบรรทุกอ้อยในช่วงฤดูหีบอ้อย
หากพบถนนชำรุดในพื้นที่ตำบลทุ่งกุลาทอง สามารถแจ้งได้ที่กองช่าง โทร. 0 4351 2287 ต่อ 15 หรือผ่าน [ระบบ e-Service ของ อบต.](/services/e-service)

## 21 2024-07-05 09:00 2567-07-05-rice-seed | - | ข่าวประชาสัมพันธ์ | เกษตร | -
T: มอบเมล็ดพันธุ์ข้าวหอมมะลิ 105 ให้เกษตรกรที่ได้รับผลกระทบจากภัยแล้ง
วันที่ 5 กรกฎาคม 2567 องค์การบริหารส่วนตำบลทุ่งกุลาทองร่วมกับสำนักงานเกษตรอำเภอโนนพยอม มอบเมล็ดพันธุ์ข้าวหอมมะลิ 105 จำนวน 12 ตัน ให้แก่เกษตรกร 480 ราย ที่ได้รับผลกระทบจากภัยแล้งในฤดูกาลที่ผ่านมา
F: เกษตรกรรับมอบเมล็ดพันธุ์ข้าว ณ ลานหน้าที่ทำการ อบต.
เกษตรกรแต่ละรายได้รับเมล็ดพันธุ์ข้าวรายละ 25 กิโลกรัม พร้อมคำแนะนำการเตรียมแปลงและการใช้ปุ๋ยอินทรีย์เพื่อลดต้นทุนการผลิต ทุ่งกุลาทองเป็นแหล่งปลูกข้าวหอมมะลิคุณภาพดีของจังหวัด
เกษตรกรที่ยังไม่ได้รับเมล็ดพันธุ์ให้ติดต่อคณะกรรมการศูนย์บริการและถ่ายทอดเทคโนโลยีการเกษตรประจำตำบลทุ่งกุลาทอง ภายในวันที่ 19 กรกฎาคม 2567

## 22 2024-07-19 13:30 แห่เทียนเข้าพรรษา-2567 | 2567-07-19-candle-festival | กิจกรรม | ประเพณี | -
T: แห่เทียนเข้าพรรษาและถวายเทียนพรรษาแด่วัดในตำบลทุ่งกุลาทอง ประจำปี 2567
วันศุกร์ที่ 19 กรกฎาคม 2567 องค์การบริหารส่วนตำบลทุ่งกุลาทอง ร่วมกับหมู่บ้านทั้ง 12 หมู่บ้าน และโรงเรียนในตำบล จัดขบวนแห่เทียนเข้าพรรษาจากที่ทำการ อบต. ไปยังวัดทุ่งกุลาทอง ระยะทางประมาณ 1.5 กิโลเมตร
F: ขบวนแห่เทียนพรรษาของบ้านหนองแวง
F: พิธีถวายเทียนพรรษาและผ้าอาบน้ำฝน ณ วัดทุ่งกุลาทอง
หลังเสร็จสิ้นขบวนแห่ คณะผู้บริหารและประชาชนได้ร่วมถวายเทียนพรรษา ผ้าอาบน้ำฝน และเครื่องไทยธรรม แด่วัดในตำบลทุ่งกุลาทองทั้ง 6 วัด
ขอเชิญชวนประชาชนร่วมเวียนเทียนในวันอาสาฬหบูชา วันเสาร์ที่ 20 กรกฎาคม 2567 และงดเหล้าเข้าพรรษาตลอด 3 เดือน

## 23 2024-08-27 10:00 2567-08-27-budget-2568 | - | ข่าวประชาสัมพันธ์ | สภา,ประชาสัมพันธ์ | -
T: สภา อบต.ทุ่งกุลาทองมีมติเห็นชอบร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568
วันที่ 27 สิงหาคม 2567 สภาองค์การบริหารส่วนตำบลทุ่งกุลาทอง ได้ประชุมสมัยสามัญ สมัยที่ 3 ประจำปี 2567 เพื่อพิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 2 และวาระที่ 3
ร่างข้อบัญญัติดังกล่าวตั้งงบประมาณรายจ่ายไว้ทั้งสิ้น 48,750,000 บาท โดยแผนงานที่ได้รับงบประมาณมากที่สุด ได้แก่ แผนงานการศึกษา แผนงานสังคมสงเคราะห์ และแผนงานเคหะและชุมชน
ที่ประชุมมีมติเห็นชอบด้วยคะแนนเสียงเป็นเอกฉันท์ และจะเสนอต่อนายอำเภอโนนพยอมเพื่อพิจารณาอนุมัติต่อไป

## 24 2024-10-30 15:30 2567-10-30-loy-krathong-invite | - | กิจกรรม | ประเพณี,ประชาสัมพันธ์ | -
T: ขอเชิญร่วมงานประเพณีลอยกระทง ประจำปี 2567 วันศุกร์ที่ 15 พฤศจิกายน 2567
องค์การบริหารส่วนตำบลทุ่งกุลาทองขอเชิญชวนประชาชนร่วมงานประเพณีลอยกระทง ประจำปี 2567 ในวันศุกร์ที่ 15 พฤศจิกายน 2567 ตั้งแต่เวลา 17.00 น. เป็นต้นไป ณ หนองน้ำสาธารณะบ้านหนองแวง หมู่ที่ 3
กิจกรรมภายในงาน ได้แก่
- การประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ ประเภทหมู่บ้านและประเภทโรงเรียน
- การประกวดนางนพมาศ ประเภทเด็กและประชาชนทั่วไป
- ตลาดนัดสินค้าชุมชนและการแสดงดนตรีพื้นบ้าน
ขอความร่วมมือผู้ร่วมงานใช้กระทงที่ย่อยสลายได้ งดจุดพลุและประทัดในบริเวณงาน ผู้สนใจสมัครประกวดได้ที่สำนักปลัด อบต. ภายในวันที่ 8 พฤศจิกายน 2567 ดูกำหนดการได้ที่ [ปฏิทินกิจกรรม](/events/loy-krathong-2567)
"""


def _parse(spec: str) -> tuple[Post, ...]:
    posts = []
    for block in spec.strip().split("\n## "):
        lines = [ln.strip() for ln in block.removeprefix("## ").strip().split("\n") if ln.strip()]
        head = [part.strip() for part in lines[0].split("|")]
        n, day, hm, slug = head[0].split(maxsplit=3)
        posts.append(
            Post(
                n=int(n),
                day=day,
                hm=hm,
                slug=slug,
                folder=slug if head[1] == "-" else head[1],
                category=head[2],
                tags=tuple(head[3].split(",")),
                author=None if head[4] == "-" else head[4],
                title=lines[1].removeprefix("T: "),
                lines=tuple(lines[2:]),
            )
        )
    return tuple(posts)


POSTS = _parse(SPEC)  # oldest first
NEWEST = tuple(reversed(POSTS))
BY_ROUTE = {p.route: p for p in POSTS}
# The tag cloud (taxonomylist): every tag, the most used first, ties in first-use order.
_TAG_ORDER = [t for p in POSTS for t in p.tags]
TAGS = tuple(sorted(dict.fromkeys(_TAG_ORDER), key=lambda t: (-_TAG_ORDER.count(t), _TAG_ORDER.index(t))))
# Months with posts, newest first (the archives plugin shows the latest ARCHIVE_MONTHS).
MONTHS_WITH_POSTS = tuple(dict.fromkeys((p.d.year, p.d.month) for p in NEWEST))

# Events (user/pages/04.events/<slug>/event.md): slug, date, time, title, place, note.
EVENTS = (
    (
        "candle-festival-2567",
        "2024-07-19",
        "08.00 - 12.00 น.",
        "ขบวนแห่เทียนเข้าพรรษา ประจำปี 2567",
        "ที่ทำการ อบต.ทุ่งกุลาทอง ถึงวัดทุ่งกุลาทอง",
        "ขอเชิญทุกหมู่บ้านส่งขบวนเทียนเข้าร่วม",
    ),
    (
        "council-session-3-2567",
        "2024-08-27",
        "09.30 น.",
        "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
        "ห้องประชุมสภา อบต.ทุ่งกุลาทอง",
        "ประชาชนผู้สนใจเข้าฟังการประชุมได้",
    ),
    (
        "loy-krathong-2567",
        "2024-11-15",
        "17.00 - 22.00 น.",
        "งานประเพณีลอยกระทง ประจำปี 2567",
        "หนองน้ำสาธารณะบ้านหนองแวง หมู่ที่ 3",
        "ประกวดกระทงและนางนพมาศ ตลาดนัดสินค้าชุมชน",
    ),
    (
        "fathers-day-2567",
        "2024-12-05",
        "07.00 น.",
        "กิจกรรมวันพ่อแห่งชาติ 5 ธันวาคม 2567",
        "ลานหน้าที่ทำการ อบต.ทุ่งกุลาทอง",
        "ทำบุญตักบาตรและพิธีถวายพระพรชัยมงคล",
    ),
    (
        "council-session-4-2567",
        "2024-12-12",
        "09.30 น.",
        "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 4 ประจำปี 2567",
        "ห้องประชุมสภา อบต.ทุ่งกุลาทอง",
        "ประชาชนผู้สนใจเข้าฟังการประชุมได้",
    ),
    (
        "new-year-merit-2568",
        "2025-01-01",
        "07.00 น.",
        "ทำบุญตักบาตรขึ้นปีใหม่ 2568",
        "วัดทุ่งกุลาทอง",
        "ขอเชิญร่วมทำบุญตักบาตรข้าวสารอาหารแห้ง",
    ),
    (
        "childrens-day-2568",
        "2025-01-11",
        "08.30 - 15.00 น.",
        "งานวันเด็กแห่งชาติ ประจำปี 2568",
        "สนามกีฬาโรงเรียนบ้านทุ่งกุลา",
        "ซุ้มเกม การแสดงบนเวที และจับรางวัล",
    ),
)

VILLAGES = (
    "บ้านทุ่งกุลา",
    "บ้านโนนสว่าง",
    "บ้านหนองแวง",
    "บ้านดอนแดง",
    "บ้านหนองบัว",
    "บ้านโคกกลาง",
    "บ้านหัวนา",
    "บ้านโนนสูง",
    "บ้านทุ่งกุลาใต้",
    "บ้านหนองแวงพัฒนา",
    "บ้านดอนแดงเหนือ",
    "บ้านโคกสำราญ",
)
EXECUTIVES = (
    ("นายประยูร ศรีสุวรรณ", "นายกองค์การบริหารส่วนตำบลทุ่งกุลาทอง", "Mr. Prayoon Srisuwan", "Chief Executive"),
    ("นายสมศักดิ์ บุญเรือง", "รองนายกองค์การบริหารส่วนตำบล", "Mr. Somsak Boonruang", "Deputy Chief Executive"),
    ("นางวันเพ็ญ ศรีทุ่งกุลา", "รองนายกองค์การบริหารส่วนตำบล", "Mrs. Wanpen Sritungkula", "Deputy Chief Executive"),
    ("นายทองใบ แสนคำ", "ประธานสภาองค์การบริหารส่วนตำบล", "Mr. Thongbai Saenkham", "Council Chairman"),
    ("นางกมลวรรณ พรหมมา", "ปลัดองค์การบริหารส่วนตำบล", "Mrs. Kamonwan Promma", "Chief Administrator"),
)
ABOUT = (
    "องค์การบริหารส่วนตำบลทุ่งกุลาทองตั้งอยู่ทางทิศเหนือของอำเภอโนนพยอม ห่างจากที่ว่าการอำเภอประมาณ 14 กิโลเมตร มีพื้นที่ทั้งหมดประมาณ 58.4 ตารางกิโลเมตร หรือประมาณ 36,500 ไร่ พื้นที่ส่วนใหญ่เป็นที่ราบลุ่มเหมาะแก่การทำนา",
    "ประชากรทั้งสิ้น 7,842 คน 2,315 ครัวเรือน (ข้อมูลทะเบียนราษฎร ณ เดือนกันยายน 2567) ประชาชนส่วนใหญ่ประกอบอาชีพทำนาข้าวหอมมะลิ ปลูกอ้อย และเลี้ยงโคเนื้อ",
    "เขตการปกครองแบ่งออกเป็น 12 หมู่บ้าน ดังนี้",
)
HISTORY = (
    "ชื่อ “ทุ่งกุลาทอง” มาจากทุ่งนากว้างใหญ่ที่ในอดีตเป็นเส้นทางเดินของพ่อค้าชาวกุลาซึ่งเดินทางค้าขายผ่านพื้นที่แห่งนี้ เมื่อถึงฤดูเก็บเกี่ยว ทุ่งนาจะเป็นสีเหลืองทองสุดสายตา ผู้เฒ่าผู้แก่จึงเรียกขานกันว่า ทุ่งกุลาทอง",
    "ตำบลทุ่งกุลาทองแยกออกจากตำบลโนนพยอมเมื่อปี พ.ศ. 2519 ต่อมาได้รับการจัดตั้งเป็นองค์การบริหารส่วนตำบลทุ่งกุลาทอง ตามประกาศกระทรวงมหาดไทย เมื่อวันที่ 23 กุมภาพันธ์ 2540",
    "ตราสัญลักษณ์ขององค์การบริหารส่วนตำบลเป็นรูปรวงข้าวหอมมะลิโค้งล้อมทุ่งนาและดวงอาทิตย์ สื่อถึงความอุดมสมบูรณ์ของทุ่งกุลาทอง",
)
ABOUT_EN = (
    "Tung Kula Thong Subdistrict Administrative Organization (SAO) is a local government body in Non Phayom District. It covers 58.4 square kilometres and 12 villages with about 7,800 residents, most of them jasmine rice farmers.",
    "The SAO provides local roads, village water supply, waste collection, child development centres, elderly allowances and disaster relief.",
)
HISTORY_EN = (
    "The name Tung Kula Thong means the golden field of the Kula traders, who crossed these rice fields on their trade routes. The subdistrict was separated from Non Phayom in 1976 and the SAO was established on 23 February 1997.",
)
SERVICES = (
    ("ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "กองคลัง งานจัดเก็บรายได้"),
    ("ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร", "กองช่าง"),
    ("ลงทะเบียนเบี้ยยังชีพผู้สูงอายุและคนพิการ", "สำนักปลัด"),
    ("ขอรับการช่วยเหลือสาธารณภัย", "งานป้องกันและบรรเทาสาธารณภัย"),
    ("ขอใช้น้ำประปาหมู่บ้าน", "กิจการประปา"),
)
EFORMS = (
    ("แจ้งซ่อมไฟฟ้าส่องสว่างสาธารณะ", "https://forms.gle/tkt7LightRepair2567"),
    ("แจ้งซ่อมถนนและท่อระบายน้ำ", "https://forms.gle/tkt7RoadRepair2567"),
    ("ขอรับบริการรถบรรทุกน้ำ", "https://forms.gle/tkt7WaterTruck2567"),
    ("ร้องเรียนการทุจริตและประพฤติมิชอบ", "https://forms.gle/tkt7Complaint2567"),
)
# ITA (OIT) items: code, label, file under ITA_DIR (None: a page link instead), served (False: 404).
ITA = (
    ("O1", "โครงสร้างหน่วยงาน", "o1-structure-2567.pdf", True),
    ("O2", "ข้อมูลผู้บริหาร", None, True),
    ("O3", "อำนาจหน้าที่", "o3-authority.pdf", True),
    ("O4", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "o4-local-plan-2566-2570.pdf", True),
    ("O5", "ข้อมูลการติดต่อ", None, True),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "o6-laws.pdf", False),
    ("O7", "ข่าวประชาสัมพันธ์", None, True),
    ("O8", "แผนการใช้จ่ายงบประมาณประจำปี 2567", "o8-budget-plan-2567.pdf", True),
    ("O9", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน", "o9-report-6-months-2567.pdf", False),
    ("O10", "แผนการจัดซื้อจัดจ้างประจำปี 2567", "o10-procurement-plan-2567.pdf", True),
)
ITA_LINKS = {"O2": "/about/executives", "O5": "/contact", "O7": "/news"}


def iso(dt: datetime) -> str:
    return dt.isoformat()


def rss_local(dt: datetime) -> str:
    """The feed plugin's pubDate: PHP ``date('D, d M Y H:i:s O')`` in the site's timezone."""
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    return f"{days[dt.weekday()]}, {dt.day:02d} {EN_MONTHS[dt.month - 1][:3]} {dt.year} {dt:%H:%M:%S} +0700"


def thai_month(y: int, m: int) -> str:
    return f"{MONTHS[m - 1]} {y + 543}"


class _Grav:
    """Renders every page of the site the way Grav 1.7 + Quark writes it."""

    def __init__(self, site: FixtureSite):
        self.site = site
        self.non_articles: list[str] = []
        self._sidebar: str | None = None

    def u(self, path: str) -> str:
        return self.site.base_url + path

    # -- responses -------------------------------------------------------------------------------------
    def page(self, text: str, seed: str, status: int = 200) -> Response:
        """A PHP answer: Grav's session cookie and PHP's session cache headers."""
        return Response(
            status,
            (
                ("Content-Type", "text/html;charset=UTF-8"),
                ("Set-Cookie", f"grav-site-{SESSION}={_h('sid:' + seed, 26)}; path=/; HttpOnly; SameSite=Lax"),
                ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
                ("Cache-Control", "no-store, no-cache, must-revalidate"),
                ("Pragma", "no-cache"),
            ),
            text.encode("utf-8"),
        )

    def add_page(self, route: str, text: str, listed: bool = True) -> None:
        """Register a non-article HTML page at a (raw) route."""
        self.site.add(route, self.page(text, route))
        if listed:
            self.non_articles.append(self.u(enc(route)))

    @staticmethod
    def file(body: bytes, ctype: str, modified: datetime) -> Response:
        return Response(
            200,
            (("Content-Type", ctype), ("Last-Modified", http_date(modified)), ("Accept-Ranges", "bytes")),
            body,
        )

    # -- chrome ----------------------------------------------------------------------------------------
    def head(self, title: str, description: str, lang: str = "th", extra: str = "") -> str:
        suffix = SITE_EN if lang == "en" else SHORT
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>

    <meta charset="utf-8" />
    <title>{esc(title)} | {esc(suffix)}</title>

    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="GravCMS" />
    <meta name="description" content="{attr(description)}" />
    <link rel="icon" type="image/png" href="{THEME}/images/favicon.png" />
{extra}
                                                        <link href="/user/plugins/markdown-notices/assets/notices.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/form/assets/form-styles.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/simplesearch/css/simplesearch.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/langswitcher/css/langswitcher.css" type="text/css" rel="stylesheet">
<link href="{THEME}/css-compiled/spectre.min.css" type="text/css" rel="stylesheet">
<link href="{THEME}/css-compiled/theme.min.css" type="text/css" rel="stylesheet">
<link href="{THEME}/css/custom.css" type="text/css" rel="stylesheet">
<link href="{THEME}/css/line-awesome.min.css" type="text/css" rel="stylesheet">

    <link rel="alternate" type="application/atom+xml" href="/news.atom" title="Atom Feed" />
    <link rel="alternate" type="application/rss+xml" href="/news.rss" title="RSS Feed" />
                                                <script src="/system/assets/jquery/jquery-3.x.min.js"></script>
<script src="/user/plugins/simplesearch/js/simplesearch.js"></script>
<script src="{THEME}/js/jquery.treemenu.js"></script>
<script src="{THEME}/js/site.js"></script>

</head>"""

    @staticmethod
    def menu_items(current: str, lang: str) -> str:
        if lang == "en":
            return "\n".join(
                f'                <li>\n                    <a href="{href}" class="{"active" if href == current else ""}">\n                        {label}\n                    </a>\n                </li>'
                for href, label in MENU_EN
            )
        out = []
        for href, label, children in MENU:
            active = "active" if current == href or (href != "/" and current.startswith(href + "/")) else ""
            sub = ""
            if children:
                subs = "\n".join(
                    f'                        <li>\n                            <a href="{c}" class="{"active" if c == current else ""}">\n                                {cl}\n                            </a>\n                        </li>'
                    for c, cl in children
                )
                sub = f"\n                    <ul>\n{subs}\n                    </ul>"
            out.append(
                f'                <li>\n                    <a href="{href}" class="{active}">\n                        {label}\n                    </a>{sub}\n                </li>'
            )
        return "\n".join(out)

    @staticmethod
    def langswitcher(route: str, lang: str) -> str:
        th = next((k for k, v in TRANSLATED.items() if v == route), route) if lang == "en" else route
        if th not in TRANSLATED:
            return ""
        return f"""
                <ul class="langswitcher">
                    <li><a href="{th}" class="external{" active" if lang == "th" else ""}">ไทย</a></li>
                    <li><a href="{TRANSLATED[th]}" class="external{" active" if lang == "en" else ""}">English</a></li>
                </ul>"""

    def header(self, current: str, lang: str) -> str:
        home = "/en" if lang == "en" else "/"
        name = "Tung Kula Thong SAO" if lang == "en" else SHORT
        return f"""<section id="header" class="section">
    <section class="container grid-lg">
        <nav class="navbar">
            <section class="navbar-section logo">
                <a href="{home}" class="navbar-brand mr-10">
    <img src="{THEME}/images/logo/tungkulathong-logo.png" alt="{attr(name)}" /> <span class="site-name">{esc(name)}</span>
</a>
            </section>
            <section class="navbar-section desktop-menu">

                <nav class="dropmenu animated">
                    <ul class="navigation">
{self.menu_items(current, lang)}
                    </ul>
                </nav>{self.langswitcher(current, lang)}

            </section>
        </nav>
    </section>
</section>

<div class="mobile-menu">
    <div class="button_container" id="toggle">
        <span class="top"></span>
        <span class="middle"></span>
        <span class="bottom"></span>
    </div>
</div>"""

    def sidebar(self) -> str:
        if self._sidebar is not None:
            return self._sidebar
        latest = "\n".join(
            f'            <li class="menu-item"><a href="{p.route}">{esc(p.title)}</a></li>' for p in NEWEST[:5]
        )
        counts = {t: sum(1 for p in POSTS if t in p.tags) for t in TAGS}
        cloud = "\n".join(
            f'            <a class="label label-rounded label-secondary p-category" href="/news/tag:{quote(t, safe="")}#body-wrapper">{esc(t)}</a>'
            for t in TAGS
            if counts[t]
        )
        words = "\n".join(
            f'            <a class="label label-rounded" href="/search/query:{w}">{esc(w)}</a>'
            for w in SEARCH_WORDS[:6]
        )
        months = []
        for y, m in MONTHS_WITH_POSTS[:ARCHIVE_MONTHS]:
            n = sum(1 for p in POSTS if (p.d.year, p.d.month) == (y, m))
            key = month_key(date(y, m, 1))
            months.append(
                f'            <li>\n                <a href="/news/archives_month:{key}">\n                    <span class="archive_date">{thai_month(y, m)}</span>\n                    <span class="label label-rounded label-primary">{n}</span>\n                </a>\n            </li>'
            )
        self._sidebar = f"""<div id="sidebar" class="column col-3 col-md-12">
    <div class="sidebar-content">
        <h4>ค้นหา</h4>
        <div class="search-wrapper">
    <form name="search" data-simplesearch-form>
        <input
            name="searchfield"
            class="search-input"
            aria-label="Search"
            type="text"
            data-min="3"
            data-search-invalid="กรุณาพิมพ์อย่างน้อย 3 ตัวอักษร"
            data-search-separator=":"
            data-search-input="/search/query"
            placeholder="ค้นหา..."
        />
        <button type="submit" class="search-submit">
            <img src="/user/plugins/simplesearch/assets/search.svg" />
        </button>
    </form>
</div>
    </div>
    <div class="sidebar-content">
        <h4>ข่าวล่าสุด</h4>
        <ul class="related-pages menu">
{latest}
        </ul>
    </div>
    <div class="sidebar-content">
        <h4>แท็กยอดนิยม</h4>
        <span class="tags">
{cloud}
        </span>
    </div>
    <div class="sidebar-content">
        <h4>คำค้นยอดนิยม</h4>
        <span class="popular-searches">
{words}
        </span>
    </div>
    <div class="sidebar-content">
        <h4>คลังข่าว</h4>
        <ul class="archives">
{chr(10).join(months)}
        </ul>
    </div>
    <div class="sidebar-content syndicate">
        <h4>ติดตามข่าว</h4>
        <a class="btn" href="/news.atom"><i class="fa fa-rss-square"></i> Atom 1.0</a>
        <a class="btn" href="/news.rss"><i class="fa fa-rss-square"></i> RSS</a>
    </div>
</div>"""
        return self._sidebar

    def frame(
        self,
        route: str,
        title: str,
        main: str,
        description: str = "",
        lang: str = "th",
        body_class: str = "",
        hero: str = "",
        sidebar: bool = True,
        extra_head: str = "",
    ) -> str:
        description = description or f"{SITE} {PLACE}"
        side = self.sidebar() if sidebar and lang == "th" else ""
        width = "col-9" if side else "col-12"
        if lang == "en":
            footer = f'<p>{esc(SITE_EN)}, Non Phayom District. Tel. +66 4351 2287 &middot; <a href="mailto:{EMAIL}">{EMAIL}</a></p>'
        else:
            footer = f'<p>{esc(SITE)} {esc(ADDRESS)}<br>โทรศัพท์ {PHONE} &middot; อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a> &middot; <a href="https://www.facebook.com/tungkulathong.sao" target="_blank" rel="noopener">Facebook</a></p>'
        return f"""{self.head(title, description, lang, extra_head)}
<body id="top" class="header-fixed header-animated sticky-footer {body_class}">
    <div id="page-wrapper">
{self.header(route, lang)}

        <section id="start">
{hero}
<section id="body-wrapper" class="section">
    <section class="container grid-lg">
        <div class="columns">
            <div id="item" class="column {width} col-md-12 extra-spacing">
{main}
            </div>
{side}
        </div>
    </section>
</section>
        </section>

    </div>

    <section id="footer" class="section bg-gray">
    <section class="container grid-lg">
        {footer}
        <p><a href="http://getgrav.org">Grav</a> was <i class="fa fa-code"></i> with <i class="fa fa-heart-o pulse "></i> by <a href="https://trilby.media">Trilby Media</a>.</p>
    </section>
</section>

    <div class="mobile-container">
        <div class="overlay" id="overlay">
            <div class="mobile-logo">
                <a href="{"/en" if lang == "en" else "/"}" class="navbar-brand mr-10"><img src="{THEME}/images/logo/tungkulathong-logo.png" alt="" /></a>
            </div>
            <nav class="overlay-menu">
                <ul class="tree">
{self.menu_items(route, lang)}
                </ul>
            </nav>
        </div>
    </div>

    <script>
    $(function () {{
        $('#toggle').click(function () {{ $(this).toggleClass('active'); $('#overlay').toggleClass('open'); $('body').toggleClass('mobile-nav-open'); }});
        $('.tree').treemenu({{delay:300}});
    }});
    </script>
</body>
</html>
"""

    # -- blog pieces -----------------------------------------------------------------------------------
    @staticmethod
    def date_html(p: Post) -> str:
        return f'<span class="blog-date">\n        <time class="dt-published" datetime="{iso(p.dt)}">\n            <i class="fa fa-calendar"></i> {thai_long(p.d)}\n        </time>\n    </span>'

    @staticmethod
    def chips(p: Post) -> str:
        return " ".join(
            f'<a class="label label-rounded label-secondary p-category" href="/news/tag:{t}#body-wrapper">{esc(t)}</a>'
            for t in p.tags
        )

    def card(self, p: Post) -> str:
        image = (
            f'\n        <div class="card-image">\n            <a href="{p.route}"><img alt="" src="{p.cover}" /></a>\n        </div>'
            if p.cover
            else ""
        )
        return f"""<div class="column col-12">
    <div class="card">{image}
        <div class="card-header">
            <div class="card-subtitle text-gray">
                {self.date_html(p)}
            </div>
            <div class="card-title">
                <h5 class="p-name mt-1"><a href="{p.route}" class="u-url">{esc(p.title)}</a></h5>
            </div>
        </div>
        <div class="card-body p-summary">
            <p>{esc(p.summary())}</p>
        </div>
        <div class="card-footer">
            <span class="tags">{self.chips(p)}</span>
        </div>
    </div>
</div>"""

    @staticmethod
    def pager(base: str, n: int, total: int) -> str:
        """The pagination plugin: every link is ``<base>/page:N`` (page 1 too)."""
        if total <= 1:
            return ""
        items = []
        if n > 1:
            items.append(f'<li class="page-item"><a rel="prev" href="{base}/page:{n - 1}">&laquo;</a></li>')
        else:
            items.append('<li class="page-item disabled"><span>&laquo;</span></li>')
        for k in range(1, total + 1):
            if k == n:
                items.append(f'<li class="page-item active"><span class="active">{k}</span></li>')
            else:
                items.append(f'<li class="page-item"><a href="{base}/page:{k}">{k}</a></li>')
        if n < total:
            items.append(f'<li class="page-item"><a rel="next" href="{base}/page:{n + 1}">&raquo;</a></li>')
        else:
            items.append('<li class="page-item disabled"><span>&raquo;</span></li>')
        return (
            '<div id="listing-footer">\n    <ul class="pagination">\n        '
            + "\n        ".join(items)
            + "\n    </ul>\n</div>"
        )

    def listing(self, base: str, heading: str, posts: list[Post], n: int, note: str = "") -> str:
        """One page of /news (or of a filter of it): cards, the category bar, the pager."""
        total = max(1, -(-len(posts) // PER_PAGE))
        chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
        cats = " ".join(f'<a class="chip" href="/news/category:{c}">{esc(c)}</a>' for c in CATEGORIES)
        cards = (
            "\n".join(self.card(p) for p in chunk)
            or '<div class="column col-12"><p class="empty">ไม่พบข่าวในหมวดนี้</p></div>'
        )
        filt = ""
        if base != "/news":
            filt = f'\n    <div class="blog-filter toast toast-primary">{esc(note)} <a href="/news">&times; ดูข่าวทั้งหมด</a></div>'
        route = base if n == 1 else f"{base}/page:{n}"
        page_note = f" (หน้า {n})" if n > 1 else ""
        main = f"""<div class="content-item h-feed">
    <h1 class="p-name">{esc(heading)}{page_note}</h1>
    <p>ข่าวประชาสัมพันธ์ ประกาศ และกิจกรรมของ{SITE}</p>{filt}
    <div class="category-bar">หมวดหมู่: <a class="chip" href="/news">ทั้งหมด</a> {cats}</div>
    <div class="columns">
{cards}
    </div>
{self.pager(base, n, total)}
</div>"""
        return self.frame(route, heading, main, body_class="blog-listing")

    def figure(self, p: Post, name: str, caption: str | None) -> str:
        original = f"{NEWS_DIR}/{p.folder}/{name}"
        if caption is None:
            return f'<p><img alt="" src="{original}" /></p>'
        resized = cache_path(f"{p.folder}/{name}:cropResize", name)
        return f'<figure class="image-caption"><a href="{original}" class="glightbox"><img title="" alt="" src="{resized}" /></a><figcaption>{esc(caption)}</figcaption></figure>'

    def body_html(self, p: Post) -> str:
        out: list[str] = []
        items: list[str] = []
        media = iter(p.media)
        for line in p.lines:
            if line.startswith("- "):
                items.append(f"<li>{inline(line[2:])}</li>")
                continue
            if items:
                out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
                items = []
            if line == "===":
                continue
            if line.startswith("F:"):
                out.append(self.figure(p, next(media), line[2:].strip()))
            elif line.startswith("I:"):
                out.append(self.figure(p, next(media), None))
            else:
                out.append(f"<p>{inline(line)}</p>")
        if items:
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
        return "\n".join(out)

    def post_page(self, i: int) -> str:
        p = POSTS[i]
        url = self.u(p.route)  # Grav prints routes raw
        author = f'\n        <span class="blog-author p-author h-card">โดย {esc(p.author)}</span>' if p.author else ""
        nav = []
        if i > 0:
            nav.append(f'<a class="btn" href="{POSTS[i - 1].route}"><i class="fa fa-angle-left"></i> Previous Post</a>')
        if i < len(POSTS) - 1:
            nav.append(f'<a class="btn" href="{POSTS[i + 1].route}">Next Post <i class="fa fa-angle-right"></i></a>')
        nav_html = "\n        ".join(nav)
        share = (
            f'<a class="btn btn-sm" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank" rel="noopener"><i class="fa fa-facebook"></i> แชร์</a> '
            f'<a class="btn btn-sm" href="https://social-plugins.line.me/lineit/share?url={quote(url, safe="")}" target="_blank" rel="noopener">LINE</a>'
        )
        main = f"""<div class="content-item h-entry">

    <div class="content-title text-center">
        <h1 class="p-name mt-1"><a href="{p.route}" class="u-url">{esc(p.title)}</a></h1>
        {self.date_html(p)}{author}
        <span class="blog-category">หมวดหมู่: <a href="/news/category:{p.category}">{esc(p.category)}</a></span>
        <span class="tags">
            {self.chips(p)}
        </span>
    </div>

    <div class="e-content">
{self.body_html(p)}
    </div>

    <div class="share-buttons">{share}</div>

    <p class="prev-next text-center">
        {nav_html}
    </p>
</div>"""
        description = p.summary()[:160]
        og = f"""    <meta property="og:title" content="{attr(p.title)}" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{attr(url)}" />
    <meta property="og:description" content="{attr(description)}" />"""
        if p.media:
            og += f'\n    <meta property="og:image" content="{self.u(NEWS_DIR + "/" + p.folder + "/" + p.media[0])}" />'
        return self.frame(p.route, p.title, main, description=description, body_class="blog-item", extra_head=og)

    # -- home and standing pages -----------------------------------------------------------------------
    def home(self) -> str:
        hero = f"""<section id="hero" class="section modular-hero hero text-light bg-gray parallax overlay-dark-gradient" style="background-image: url('/user/pages/01.home/_hero/tungkula-rice-field.jpg');">
    <section class="container grid-lg" style="text-align: center">
        <h1>{esc(SITE)}</h1>
        <p>ถิ่นข้าวหอมมะลิ ทุ่งกว้างสีทอง ผู้คนเอื้ออาทร {esc(PLACE)}</p>
    </section>
</section>"""
        cards = "\n".join(self.card(p) for p in NEWEST[:6])
        tiles = "\n".join(
            f'<div class="column col-4 col-sm-6"><a class="tile-link" href="{href}"><div class="tile"><div class="tile-content"><p class="tile-title">{label}</p></div></div></a></div>'
            for href, label in (
                ("/services/e-service", "e-Service ยื่นคำร้องออนไลน์"),
                ("/ita", "ITA การเปิดเผยข้อมูลสาธารณะ"),
                ("/events", "ปฏิทินกิจกรรม"),
                ("/about/executives", "คณะผู้บริหาร"),
                ("/services", "คู่มือบริการประชาชน"),
                ("/contact", "ติดต่อ อบต."),
            )
        )
        main = f"""<div class="modular-row latest">
    <h2>ข่าวล่าสุด</h2>
    <div class="columns">
{cards}
    </div>
    <p class="text-center"><a class="btn btn-primary" href="/news">ดูข่าวทั้งหมด</a></p>
</div>
<div class="modular-row features">
    <h2>บริการของเรา</h2>
    <div class="columns">
{tiles}
    </div>
</div>"""
        return self.frame("/", "หน้าแรก", main, hero=hero, body_class="title-center title-h1h2")

    def default(self, route: str, title: str, content: str, lang: str = "th") -> str:
        """Quark's default.html.twig (standing pages): title and content, no date."""
        main = f'<div class="content-item">\n    <h1>{esc(title)}</h1>\n{content}\n</div>'
        return self.frame(route, title, main, lang=lang)

    def standing_pages(self) -> None:
        paras = lambda lines: "\n".join(f"<p>{esc(x)}</p>" for x in lines)  # noqa: E731
        villages = "\n".join(f"<li>หมู่ที่ {k} {v}</li>" for k, v in enumerate(VILLAGES, start=1))
        self.add_page(
            "/about",
            self.default(
                "/about",
                "ข้อมูลพื้นฐาน",
                paras(ABOUT)
                + f'\n<ol class="villages">\n{villages}\n</ol>\n<p>ดูเพิ่มเติม: <a href="/about/history">ประวัติความเป็นมา</a> | <a href="/about/executives">คณะผู้บริหาร</a></p>',
            ),
        )
        self.add_page("/about/history", self.default("/about/history", "ประวัติความเป็นมา", paras(HISTORY)))
        people = "\n".join(
            f'<div class="column col-4 col-sm-6 text-center"><img src="/user/pages/03.about/02.executives/exec-{k}.jpg" alt="{attr(name)}" /><p><strong>{esc(name)}</strong><br>{esc(role)}</p></div>'
            for k, (name, role, _en, _er) in enumerate(EXECUTIVES, start=1)
        )
        self.add_page(
            "/about/executives",
            self.default("/about/executives", "คณะผู้บริหาร", f'<div class="columns executives">\n{people}\n</div>'),
        )
        rows = "\n".join(f"<tr><td>{esc(s)}</td><td>{esc(o)}</td></tr>" for s, o in SERVICES)
        self.add_page(
            "/services",
            self.default(
                "/services",
                "บริการประชาชน",
                f'<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>\n<table class="table table-striped">\n<thead><tr><th>งานบริการ</th><th>หน่วยงานรับผิดชอบ</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n<p><a href="/services/e-service">ยื่นคำร้องออนไลน์ (e-Service)</a></p>',
            ),
        )
        forms = "\n".join(
            f'<li><a href="{href}" target="_blank" rel="noopener">{esc(label)}</a></li>' for label, href in EFORMS
        )
        self.add_page(
            "/services/e-service",
            self.default(
                "/services/e-service",
                "e-Service ยื่นคำร้องออนไลน์",
                f'<p>ประชาชนสามารถยื่นคำร้องต่อ{SITE}ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาที่ทำการ เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>\n<ul>\n{forms}\n</ul>\n<p>หรือเพิ่มเพื่อนทางไลน์ <a href="https://line.me/R/ti/p/@tungkulathong" target="_blank" rel="noopener">@tungkulathong</a></p>',
            ),
        )
        self.add_page(
            "/contact",
            self.default(
                "/contact",
                "ติดต่อเรา",
                f'<p>{esc(SITE)}<br>{esc(ADDRESS)}</p>\n<p>โทรศัพท์ {PHONE} โทรสาร 0 4351 2288<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a><br><a href="tel:043512287">โทรหาเรา</a></p>\n<p>เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>\n<iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d61234.5!2d103.91!3d16.02" width="100%" height="300" style="border:0;" loading="lazy"></iframe>',
            ),
        )
        items = []
        for code, label, name, served in ITA:
            if name is None:
                items.append(f'<li><strong>{code}</strong> {esc(label)} <a href="{ITA_LINKS[code]}">ดูข้อมูล</a></li>')
            else:
                items.append(
                    f'<li><strong>{code}</strong> {esc(label)} <a href="{ITA_DIR}/{name}" target="_blank"><i class="fa fa-file-pdf-o"></i> ดาวน์โหลด (PDF)</a></li>'
                )
                path = f"{ITA_DIR}/{name}"
                if served:
                    add_pdf(
                        self.site,
                        path,
                        f"OIT 2567 {code}",
                        [f"Tung Kula Thong SAO - {code}", name],
                        local_dt("2024-04-30", "10:00"),
                    )
                else:
                    self.site.broken_links.append(self.u(path))
        self.add_page(
            "/ita",
            self.default(
                "/ita",
                "ITA การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567",
                '<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)</p>\n<ol class="ita-list">\n'
                + "\n".join(items)
                + "\n</ol>\n<p><em>ปรับปรุงข้อมูลล่าสุด 30 เมษายน 2567</em></p>",
            ),
        )
        # English translations (langswitcher)
        en_people = "\n".join(f"<li>{esc(en)}, {esc(role)}</li>" for _n, _r, en, role in EXECUTIVES)
        self.add_page(
            "/en",
            self.default(
                "/en",
                SITE_EN,
                paras(ABOUT_EN)
                + f'\n<p>News and announcements are published in Thai only: <a href="/news">ข่าวสาร</a>.</p>\n<ul>\n{en_people}\n</ul>',
                lang="en",
            ),
        )
        self.add_page("/en/about", self.default("/en/about", "About Tung Kula Thong", paras(ABOUT_EN), lang="en"))
        self.add_page("/en/about/history", self.default("/en/about/history", "History", paras(HISTORY_EN), lang="en"))
        self.add_page(
            "/en/contact",
            self.default(
                "/en/contact",
                "Contact us",
                f'<p>{esc(SITE_EN)}<br>199 Moo 1, Tung Kula Thong, Non Phayom District 45290</p>\n<p>Tel. {PHONE} &middot; <a href="mailto:{EMAIL}">{EMAIL}</a></p>\n<p>Office hours: Monday to Friday, 08:30 - 16:30.</p>',
                lang="en",
            ),
        )

    # -- events calendar -------------------------------------------------------------------------------
    @staticmethod
    def month_table(y: int, m: int) -> str:
        py, pm = month_step(y, m, -1)
        ny, nm = month_step(y, m, 1)
        by_day: dict[int, list[tuple[str, ...]]] = {}
        for ev in EVENTS:
            d = date.fromisoformat(ev[1])
            if (d.year, d.month) == (y, m):
                by_day.setdefault(d.day, []).append(ev)
        first = date(y, m, 1)
        lead = (first.weekday() + 1) % 7  # Sunday first
        days = (date(ny, nm, 1) - first).days
        cells = [""] * lead
        for day in range(1, days + 1):
            evs = "".join(f'<a class="event" href="/events/{ev[0]}">{esc(ev[3])}</a>' for ev in by_day.get(day, []))
            cells.append(f'<span class="day">{day}</span>{evs}')
        cells += [""] * (-len(cells) % 7)
        rows = "\n".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in cells[k : k + 7]) + "</tr>" for k in range(0, len(cells), 7)
        )
        head = "".join(f"<th>{d}</th>" for d in ("อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."))
        return f"""<div class="events-calendar" data-month="{y:04d}-{m:02d}">
    <div class="calendar-nav">
        <a class="btn btn-link" href="/events/month:{py:04d}-{pm:02d}">&laquo; {thai_month(py, pm)}</a>
        <strong>{thai_month(y, m)}</strong>
        <a class="btn btn-link" href="/events/month:{ny:04d}-{nm:02d}">{thai_month(ny, nm)} &raquo;</a>
    </div>
    <table class="table calendar">
        <thead><tr>{head}</tr></thead>
        <tbody>
{rows}
        </tbody>
    </table>
</div>"""

    def events_index(self) -> str:
        upcoming = [ev for ev in EVENTS if ev[1] >= TODAY.isoformat()]
        lis = "\n".join(
            f'<li><a href="/events/{ev[0]}">{esc(ev[3])}</a> <small>{thai_long(date.fromisoformat(ev[1]))} {esc(ev[2])}</small></li>'
            for ev in upcoming
        )
        content = (
            f"<p>ปฏิทินกิจกรรมและงานประเพณีของ{SITE}</p>\n"
            + self.month_table(TODAY.year, TODAY.month)
            + f'\n<h3>กิจกรรมที่จะมาถึง</h3>\n<ul class="upcoming-events">\n{lis}\n</ul>'
        )
        return self.default("/events", "ปฏิทินกิจกรรม", content)

    def events_month(self, y: int, m: int) -> str:
        route = f"/events/month:{y:04d}-{m:02d}"
        content = f'<p><a href="/events">&laquo; กลับสู่ปฏิทินกิจกรรม</a></p>\n{self.month_table(y, m)}'
        main = f'<div class="content-item">\n    <h1>ปฏิทินกิจกรรม {thai_month(y, m)}</h1>\n{content}\n</div>'
        return self.frame(route, f"ปฏิทินกิจกรรม {thai_month(y, m)}", main)

    def event_page(self, ev: tuple[str, ...]) -> str:
        slug, day, time, title, place, note = ev
        d = date.fromisoformat(day)
        start = time.split()[0].replace(".", ":")
        content = f"""<p class="event-date"><i class="fa fa-calendar"></i> <time class="dt-start" datetime="{iso(local_dt(day, start))}">{thai_long(d)}</time></p>
<ul class="event-meta">
    <li><strong>วันที่:</strong> {thai_long(d)}</li>
    <li><strong>เวลา:</strong> {esc(time)}</li>
    <li><strong>สถานที่:</strong> {esc(place)}</li>
</ul>
<p>{esc(note)}</p>
<p><a href="/events/month:{d.year:04d}-{d.month:02d}">&laquo; ปฏิทิน{thai_month(d.year, d.month)}</a></p>"""
        return self.default(f"/events/{slug}", title, content)

    # -- simplesearch ----------------------------------------------------------------------------------
    def search_page(self, query: str) -> str:
        words = query.split()
        if not words:
            content = '<p class="search-empty">กรุณาพิมพ์คำค้นอย่างน้อย 3 ตัวอักษร</p>'
            return self.default("/search", "ค้นหา", content)
        hits = [p for p in NEWEST if any(w in p.title or w in " ".join(p.paragraphs) for w in words)][:5]
        items = "\n".join(
            f"""<div class="search-item">
    <div class="search-title"><h3><a href="{p.route}">{esc(p.title)}</a></h3></div>
    <div class="search-details">{thai_long(p.d)}</div>
    <p>{esc(p.summary()[:200])}</p>
</div>"""
            for p in hits
        )
        found = f"<p>พบ {len(hits)} รายการ</p>\n{items}" if hits else '<p class="search-empty">ไม่พบผลลัพธ์</p>'
        start = int(_h(f"q:{query}", 4), 16) % len(SEARCH_WORDS)
        more = [w for w in SEARCH_WORDS[start:] + SEARCH_WORDS[:start] if w not in words][:4]
        related = " ".join(
            f'<a class="label label-rounded" href="/search/query:{(query + " " + w).replace(" ", "%20")}">{esc(query + " " + w)}</a>'
            for w in more
        )
        route = f"/search/query:{query}"
        main = f"""<div class="content-item simplesearch">
    <h1 class="search-header">ผลการค้นหา: <strong>{esc(query)}</strong></h1>
{found}
    <div class="related-searches"><h4>คำค้นที่เกี่ยวข้อง</h4> {related}</div>
</div>"""
        return self.frame(route, f"ค้นหา: {query}", main)

    # -- feeds, sitemap --------------------------------------------------------------------------------
    def rss(self) -> Response:
        items = []
        for p in NEWEST[:FEED_COUNT]:
            cats = "".join(f"\n            <category>{esc(t)}</category>" for t in p.tags)
            items.append(
                f"""        <item>
            <title>{esc(p.title)}</title>
            <link>{esc(self.u(p.route))}</link>
            <guid>{esc(self.u(p.route))}</guid>
            <pubDate>{rss_local(p.dt)}</pubDate>
            <description><![CDATA[{self.body_html(p)}]]></description>{cats}
        </item>"""
            )
        text = f"""<?xml version="1.0" encoding="utf-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
    <channel>
        <title>ข่าวสาร | {esc(SHORT)}</title>
        <link>{self.u("/news")}</link>
        <atom:link href="{self.u("/news.rss")}" rel="self" type="application/rss+xml"/>
        <description>ข่าวประชาสัมพันธ์ ประกาศ และกิจกรรมของ{esc(SITE)}</description>
        <language>th</language>
        <lastBuildDate>{rss_local(NEWEST[0].dt)}</lastBuildDate>
{chr(10).join(items)}
    </channel>
</rss>
"""
        return self.file(text.encode("utf-8"), "application/rss+xml; charset=utf-8", NEWEST[0].dt)

    def atom(self) -> Response:
        entries = "\n".join(
            f"""    <entry>
        <title type="html">{esc(p.title)}</title>
        <link rel="alternate" href="{esc(self.u(p.route))}" />
        <id>{esc(self.u(p.route))}</id>
        <updated>{iso(p.dt)}</updated>
        <published>{iso(p.dt)}</published>
        <summary type="html"><![CDATA[<p>{esc(p.summary())}</p>]]></summary>
    </entry>"""
            for p in NEWEST[:FEED_COUNT]
        )
        text = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="th">
    <title>ข่าวสาร | {esc(SHORT)}</title>
    <link rel="alternate" href="{self.u("/news")}" />
    <link rel="self" href="{self.u("/news.atom")}" />
    <id>{self.u("/news")}</id>
    <updated>{iso(NEWEST[0].dt)}</updated>
{entries}
</feed>
"""
        return self.file(text.encode("utf-8"), "application/atom+xml; charset=utf-8", NEWEST[0].dt)

    def sitemap(self) -> Response:
        def entry(route: str, lastmod: str) -> str:
            alt = ""
            if route in TRANSLATED:
                alt = (
                    f'\n    <xhtml:link rel="alternate" hreflang="th" href="{esc(self.u(route))}" />'
                    f'\n    <xhtml:link rel="alternate" hreflang="en" href="{esc(self.u(TRANSLATED[route]))}" />'
                )
            return f"  <url>\n    <loc>{esc(self.u(route))}</loc>{alt}\n    <lastmod>{lastmod}</lastmod>\n  </url>"

        newest = NEWEST[0].day
        rows = [entry("/", newest), entry("/news", newest)]
        rows += [entry(p.route, p.day) for p in NEWEST]
        for route in ("/about", "/about/history", "/about/executives", "/services", "/services/e-service", "/events"):
            rows.append(entry(route, "2024-06-03"))
        rows += [entry(f"/events/{ev[0]}", "2024-10-01") for ev in EVENTS]
        rows += [entry("/ita", "2024-04-30"), entry("/contact", "2024-06-03")]
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{self.u("/user/plugins/sitemap/sitemap.xsl")}"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
            + "\n".join(rows)
            + "\n</urlset>\n"
        )
        return self.file(text.encode("utf-8"), "application/xml; charset=utf-8", NEWEST[0].dt)

    # -- blog filters ------------------------------------------------------------------------------------
    @staticmethod
    def filtered(params: list[tuple[str, str]]) -> tuple[str, str, list[Post], str]:
        """(base route, heading, posts newest first, filter note) of /news with Grav params (no page)."""
        posts = list(NEWEST)
        heading, notes = "ข่าวสาร", []
        for key, value in params:
            if key == "tag":
                posts = [p for p in posts if value in p.tags]
                heading = f"แท็ก: {value}"
                notes.append(f"แสดงข่าวที่มีแท็ก “{value}”")
            elif key == "category":
                posts = [p for p in posts if p.category == value]
                heading = value
                notes.append(f"แสดงข่าวในหมวดหมู่ “{value}”")
            elif key == "archives_month":
                posts = [p for p in posts if month_key(p.d) == value]
                m = re.fullmatch(r"([a-z]{3})_(\d{4})", value)
                abbr = [e[:3].lower() for e in EN_MONTHS]
                known = m is not None and m.group(1) in abbr
                label = thai_month(int(m.group(2)), abbr.index(m.group(1)) + 1) if m and known else value
                heading = f"คลังข่าว {label}"
                notes.append(f"แสดงข่าวประจำเดือน{label}")
        base = "/news" + "".join(f"/{k}:{v}" for k, v in params)
        return base, heading, posts, " ".join(notes)

    def register_listings(self) -> None:
        variants: list[list[tuple[str, str]]] = [[]]
        variants += [[("tag", t)] for t in TAGS]
        variants += [[("category", c)] for c in CATEGORIES]
        variants += [[("archives_month", month_key(date(y, m, 1)))] for y, m in MONTHS_WITH_POSTS]
        for params in variants:
            base, heading, posts, note = self.filtered(params)
            total = max(1, -(-len(posts) // PER_PAGE))
            self.add_page(base, self.listing(base, heading, posts, 1, note))
            if total > 1:  # the pager links page:1 too
                for n in range(1, total + 1):
                    self.add_page(f"{base}/page:{n}", self.listing(base, heading, posts, n, note))

    # -- registration ------------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.add_page("/", self.home())
        site.add("/home", Response(301, (("Content-Type", "text/html;charset=UTF-8"), ("Location", self.u("/")))))
        self.register_listings()
        for i, p in enumerate(POSTS):
            site.add(p.route, self.page(self.post_page(i), p.route))
            for k, name in enumerate(p.media):
                add_jpeg(site, f"{NEWS_DIR}/{p.folder}/{name}", 1600, 1200, p.dt)
                add_jpeg(site, cache_path(f"{p.folder}/{name}:cropResize", name), 1024, 768, p.dt)
                if k == 0 and p.cover:
                    add_jpeg(site, p.cover, 800, 400, p.dt)
            site.articles.append(
                FixtureArticle(
                    url=self.u(p.path),
                    aliases=(),
                    title=p.title,
                    paragraphs=p.paragraphs,
                    published=p.day,
                    author=p.author,
                    captions=p.captions,
                )
            )
        self.standing_pages()
        self.add_page("/events", self.events_index())
        for ev in EVENTS:
            self.add_page(f"/events/{ev[0]}", self.event_page(ev))
        self.add_page("/search", self.search_page(""))
        # trap pages that are known non-articles (answered by dynamic)
        for y, m in ((TODAY.year, TODAY.month), (2024, 7)):
            self.non_articles.append(self.u(f"/events/month:{y:04d}-{m:02d}"))
        self.non_articles.append(self.u(enc(f"/search/query:{SEARCH_WORDS[0]}")))
        # feeds, sitemap, robots, theme files, images
        site.add("/news.rss", self.rss())
        site.add("/news.atom", self.atom())
        site.add("/sitemap.xml", self.sitemap())
        robots = (
            "User-agent: *\n"
            + "".join(f"Disallow: {d}\n" for d in DISALLOWED)
            + "Disallow: /grav.png\n"
            + "Allow: /user/pages/\nAllow: /user/themes/\nAllow: /user/images/\nAllow: /\n"
            + "Allow: *.css$\nAllow: *.js$\nAllow: /system/*.js$\n\n"
            + f"Sitemap: {self.u('/sitemap.xml')}\n"
        )
        site.add("/robots.txt", self.file(robots.encode(), "text/plain", local_dt("2023-01-09", "11:00")))
        deploy = local_dt("2024-06-03", "14:20")
        for path, ctype, text in (
            (f"{THEME}/css-compiled/spectre.min.css", "text/css", "/*! Spectre.css v0.5.9 | MIT License */\n"),
            (f"{THEME}/css-compiled/theme.min.css", "text/css", "#header{z-index:10}\n"),
            (f"{THEME}/css/custom.css", "text/css", "body{font-family:'Sarabun',sans-serif}\n"),
            (f"{THEME}/css/line-awesome.min.css", "text/css", "/* line-awesome */\n"),
            ("/user/plugins/markdown-notices/assets/notices.css", "text/css", ".notices{margin:1rem 0}\n"),
            ("/user/plugins/form/assets/form-styles.css", "text/css", ".form-field{margin:0}\n"),
            ("/user/plugins/simplesearch/css/simplesearch.css", "text/css", ".search-wrapper{position:relative}\n"),
            ("/user/plugins/langswitcher/css/langswitcher.css", "text/css", ".langswitcher{display:inline}\n"),
            ("/system/assets/jquery/jquery-3.x.min.js", "application/javascript", "/*! jQuery v3.6.0 */\n"),
            ("/user/plugins/simplesearch/js/simplesearch.js", "application/javascript", "(function(){})();\n"),
            (f"{THEME}/js/jquery.treemenu.js", "application/javascript", "/* treemenu */\n"),
            (f"{THEME}/js/site.js", "application/javascript", "/* quark */\n"),
            (
                "/user/plugins/sitemap/sitemap.xsl",
                "text/xsl",
                '<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n',
            ),
        ):
            add_text(site, path, text, ctype)
        add_jpeg(site, "/user/pages/01.home/_hero/tungkula-rice-field.jpg", 1920, 800, deploy)
        add_jpeg(site, f"{THEME}/images/logo/tungkulathong-logo.png", 120, 120, deploy)
        add_jpeg(site, f"{THEME}/images/favicon.png", 32, 32, deploy)
        for k in range(1, len(EXECUTIVES) + 1):
            add_jpeg(site, f"/user/pages/03.about/02.executives/exec-{k}.jpg", 300, 400, deploy)
        main = '<div class="content-item">\n    <h1>Error 404</h1>\n    <p>Woops. Looks like this page doesn\'t exist.</p>\n    <p><a href="/">กลับสู่หน้าแรก</a></p>\n</div>'
        site.not_found = self.page(self.frame("/error", "Page not Found", main, sidebar=False), "404", status=404)
        site.disallowed_paths = list(DISALLOWED)
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_SEARCH, TRAP_EVENTS]
        site.dynamic = self.dynamic

    # -- Grav's router for what is not a file ------------------------------------------------------------
    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        path = unquote(parts.path or "/")
        if parts.query and self.site.has(parts.path):
            return self.site.route(parts.path)  # Grav ignores the query string
        if path != "/" and path.endswith("/"):
            stripped = path.rstrip("/") or "/"
            if self.site.has(stripped) or self.resolve(stripped) is not None:
                return Response(301, (("Content-Type", "text/html;charset=UTF-8"), ("Location", self.u(enc(stripped)))))
            return None
        return self.resolve(path)

    def resolve(self, path: str) -> Response | None:
        segs = path.split("/")
        params: list[tuple[str, str]] = []
        while len(segs) > 1 and ":" in segs[-1]:
            key, value = segs.pop().split(":", 1)
            params.insert(0, (key, value))
        route = "/".join(segs) or "/"
        if not params:
            return None
        keys = dict(params)
        if route == "/search" and "query" in keys:
            query = " ".join(keys["query"].split())
            return self.page(self.search_page(query), "search:" + query)
        if route == "/events" and "month" in keys:
            m = re.fullmatch(r"(\d{4})-(\d{2})", keys["month"])
            if m and 1 <= int(m.group(2)) <= 12:
                return self.page(self.events_month(int(m.group(1)), int(m.group(2))), path)
            return self.site.route("/events")
        if route == "/news":
            filters = [(k, v) for k, v in params if k in ("tag", "category", "archives_month")]
            page = keys.get("page", "1")
            n = int(page) if page.isdigit() and int(page) > 0 else 1
            base, heading, posts, note = self.filtered(filters)
            return self.page(self.listing(base, heading, posts, n, note), path)
        if self.site.has(route):
            return self.site.route(route)  # params a page does not use are ignored
        return None


DISALLOWED = ("/backup/", "/bin/", "/cache/", "/logs/", "/system/", "/vendor/", "/user/")
TRAP_SEARCH = r"^/search/query:"
TRAP_EVENTS = r"^/events/month:"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="Apache/2.4.58 (Ubuntu)")
    _Grav(site).register()
    return site

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""craft_cms: a เทศบาลเมือง site on Craft CMS 3/4 (Twig templates, nginx + PHP-FPM, SEOmatic).

เทศบาลเมืองวังตะเคียน, อำเภอวังตะเคียน, จังหวัดสุวรรณเขต (fictional), www.wangtakhian.go.th.  UTF-8,
``Server: nginx``, ``X-Powered-By: Craft CMS``, ``CraftSessionId`` and ``CRAFT_CSRF_TOKEN`` cookies, no
Last-Modified on HTML; SEOmatic adds ``Link: <...>; rel="canonical"`` and ``X-Robots-Tag: all``.  A Tailwind
+ Alpine.js theme: top bar, header nav with dropdowns, breadcrumbs, share buttons, sidebar, footer with a
newsletter form (``{{ csrfInput() }}``), a visitor counter and a cookie banner.  TODAY 2024-08-20.

Dates: the theme's macro prints Buddhist-era dates (``12 สิงหาคม 2567`` on entries, ``12 ส.ค. 2567`` on
cards, ``12/08/2567`` in the notice table); event pages use Craft's ``|date('long')`` in the ``th`` locale,
i.e. ICU's Gregorian ``24 สิงหาคม ค.ศ. 2024``; ``<time datetime>``/JSON-LD/RSS in +07:00.

URL shapes (Craft section URI formats, ``pageTrigger`` ``p``, no trailing slashes written)
* news (gold): ``/news/{slug}``.  Slugs: editor-typed ASCII (``children-day``, ``children-day-1`` when Craft
  made a duplicate unique) or Craft's own slug of the Thai title: quotes/brackets dropped, spaces to ``-``,
  dots KEPT (``...-อปพร.-ประจำปี-2567``).  Links print raw Thai (Craft does not encode URIs); canonical,
  og:url and sitemap use upper-case percent-encoding.
* announcements (gold): ``/announcements/{postDate|date('Y')}/{slug}`` (Gregorian year), same template with
  a department line instead of an author, attachments, no tags, no related entries.
* gold aliases: ``/news/<slug>/`` (Craft trims the slash and answers 200; the home slider link),
  ``/index.php?p=news/<slug>`` (pre-rewrite link in a body; Craft's ``pathParam``).
* listings: ``/news`` + ``/news/p2``, ``/news/p3`` (6 a page), category pages ``/news/category/<slug>``
  (+ ``/p2``), ``/announcements`` + ``/p2``, ``/p3`` (3 a page, a table).  Home shows the latest 6 news and
  3 announcements: the 4 oldest announcements are linked ONLY from ``/announcements/p2`` and ``/p3`` (the
  announcement section has no sitemap, no feed, no related links).  Pages past the end answer 404.
* ``/news.rss`` (latest 10 news), SEOmatic ``/sitemaps-1-sitemap.xml`` (named in robots.txt, also at
  ``/sitemap.xml``) -> per-section sitemaps (news, pages, gallery, events, categories).
* non-articles: home, listings, categories, static pages in the ENTRY template (``/about``,
  ``/about/history``, ``/about/vision``, ``/about/executives``, ``/contact`` with a contact-form POST,
  ``/privacy-policy``, ``/ita``, ``/downloads``: h1, "ปรับปรุงล่าสุด" date, share bar, related pages),
  gallery ``/gallery`` (+ ``/p2``) and albums ``/gallery/<slug>`` (title, date, one sentence, photos),
  events ``/events``, ``/events/<slug>``, ``/events/calendar``, ``/search``, the CP login ``/admin/login``
  (``/admin`` 302s there), two draft previews.  One ITA PDF was deleted (a broken link, 404).

Traps (``trap_patterns``, answered by ``dynamic``)
* ``TRAP_CALENDAR``: ``/events/calendar/<yyyy>/<mm>`` for any month of years 1000-9999, linking the
  previous and next month.
* ``TRAP_SEARCH``: ``/search?q=`` for any words (tags link there), results paged ``/search/p2?q=``, sort
  links ``&orderBy=`` and "คำค้นที่เกี่ยวข้อง" links that append one more word, without end.
* ``TRAP_PREVIEW``: Craft preview/share links pasted by editors: ``?x-craft-preview=..&token=..`` (home
  slider: a draft never published, whose live URL is 404), ``?token=..`` (a Craft 3 share link of a draft
  revision, from a gallery album), an expired one in an announcement (400 "Invalid token"); any other
  token answers 400.  Valid previews answer 200 with ``X-Robots-Tag: none`` and the draft's text.

Gold: 21 entries (14 news, 7 announcements) 2023-01-14 .. 2024-08-12, oldest first.  Paragraphs: the
rich-text ``<p>``/``<li>`` and quote blocks; captions from image blocks (galleries have none).
"""

from __future__ import annotations

import base64
import calendar as pycal
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlencode, urlsplit

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, local_dt, rfc822, thai_abbr, thai_long, thai_slash
from .common import add_jpeg, add_pdf, add_text, attr, esc

FAMILY = "craft_cms"
SITE = "เทศบาลเมืองวังตะเคียน"
SITE_EN = "Wang Takhian Town Municipality"
ADDRESS = "เลขที่ 99 ถนนเทศบาล 1 ตำบลวังตะเคียน อำเภอวังตะเคียน จังหวัดสุวรรณเขต 72190"
PHONE = "0 3555 1234"
FAX = "0 3555 1299"
EMAIL = "saraban@wangtakhian.go.th"
MAYOR = "นายวีระพงษ์ ศรีสวัสดิ์"
TODAY = date(2024, 8, 20)
FB = "https://www.facebook.com/wangtakhian.city"
LINE_OA = "https://line.me/R/ti/p/@wangtakhian"
YOUTUBE = "https://www.youtube.com/@wangtakhiancity"
ESERVICE = "https://eservice.wangtakhian.go.th"
NEWS_PER_PAGE = 6
ANN_PER_PAGE = 3
GALLERY_PER_PAGE = 4
SEARCH_PER_PAGE = 5
RSS_LIMIT = 10
ASSET_V = "1718862411"
COUNTER = ("287", "412", "8,954", "1,206,733")

TRAP_CALENDAR = r"^/events/calendar/\d+/\d+"
TRAP_SEARCH = r"^/search(?:/p\d+)?/?\?(?:.*&)?q="
TRAP_PREVIEW = r"[?&](?:x-craft-preview|x-craft-live-preview|token)="
DISALLOWED = ("/cpresources/", "/vendor/", "/.env", "/cache/")


def _h(seed: str, n: int = 32) -> str:
    return hashlib.md5(f"{FAMILY}:{seed}".encode()).hexdigest()[:n]


def tok(seed: str, n: int = 88) -> str:
    """A Craft-looking token (url-safe base64 of hashes)."""
    raw = b"".join(hashlib.sha256(f"{FAMILY}:{seed}:{i}".encode()).digest() for i in range(3))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")[:n]


def num(seed: str, mod: int) -> int:
    return int(_h(seed, 8), 16) % mod


def enc(path: str) -> str:
    """Percent-encoded (upper-case hex) form of a raw Craft URI."""
    return quote(path, safe="/-._~?=&+")


def craft_slug(title: str) -> str:
    """ElementHelper::generateSlug(): drop quotes/brackets, lower-case, split on non-word, keep . _ -."""
    s = re.sub(r"['\"‘’“”\[\](){}:]", "", title).lower()
    words = [w for w in re.split(r"[^\w\u0e00-\u0e7f.\-]+", s) if w]
    return "-".join(words)


def icu_long(d: date) -> str:
    """Craft's |date('long') in the th locale: ICU's Gregorian pattern 'd MMMM G y'."""
    return f"{d.day} {MONTHS[d.month - 1]} ค.ศ. {d.year}"


def month_step(y: int, m: int, step: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + step
    return k // 12, k % 12 + 1


# -- categories ------------------------------------------------------------------------------------------
# handle: (title, slug as Craft stored it)
CATS = {
    "activities": ("กิจกรรม", "กิจกรรม"),
    "health": ("สาธารณสุขและสิ่งแวดล้อม", "health-environment"),
    "infra": ("โครงสร้างพื้นฐาน", "infrastructure"),
    "revenue": ("ภาษีและรายได้", "ภาษีและรายได้"),
    "disaster": ("ป้องกันและบรรเทาสาธารณภัย", "disaster-prevention"),
    "education": ("การศึกษา", "education"),
}


def cat_uri(handle: str) -> str:
    return "/news/category/" + CATS[handle][1]


@dataclass(frozen=True)
class Entry:
    key: str
    section: str  # "news" | "announcements"
    slug: str
    cats: tuple[str, ...]
    tags: tuple[str, ...]
    who: str  # author (news) or department (announcements)
    style: int  # 0 plain, 1 Redactor pasted from Word, 2 CKEditor with &nbsp;
    lines: tuple[str, ...]
    story: Story

    @property
    def d(self) -> date:
        return date.fromisoformat(self.story.date)

    @property
    def iso(self) -> str:
        return local_dt(self.story.date, self.story.time).isoformat()

    @property
    def title(self) -> str:
        return self.story.title

    @property
    def news(self) -> bool:
        return self.section == "news"

    @property
    def uri(self) -> str:
        if self.news:
            return f"/news/{self.slug}"
        return f"/announcements/{self.d.year}/{self.slug}"

    @property
    def eid(self) -> int:
        return 1180 + int(self.key[1:]) * 7 + (0 if self.news else 3)

    @property
    def folder(self) -> str:
        return f"/uploads/{self.section}/{self.d.year}"


# "## key section date time slug | cats | tags | who | style"; slug "*" = Craft's slug of the title.
# Body: plain line = paragraph, "- " list item, "> " quote, "F: caption" image, "G: n" gallery,
# "D: label|path" attachment, "Y: id" YouTube embed; [text](href) inline links.
SPEC = """
## n1 news 2023-01-14 10:20 children-day | activities | วันเด็ก | งานประชาสัมพันธ์ | 0
T: เทศบาลเมืองวังตะเคียนจัดงานวันเด็กแห่งชาติ ประจำปี 2566
F: นายกเทศมนตรีมอบของขวัญให้แก่เด็ก ๆ ที่มาร่วมงาน
วันเสาร์ที่ 14 มกราคม 2566 เทศบาลเมืองวังตะเคียนจัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ สนามกีฬาเทศบาลเมืองวังตะเคียน โดยมีนายวีระพงษ์ ศรีสวัสดิ์ นายกเทศมนตรีเมืองวังตะเคียน เป็นประธานเปิดงาน และมีเด็ก เยาวชน และผู้ปกครองร่วมงานกว่า 1,500 คน
ภายในงานมีกิจกรรมหลากหลาย ได้แก่ การแสดงบนเวทีของนักเรียนโรงเรียนเทศบาล 1 (วัดกลาง) และศูนย์พัฒนาเด็กเล็ก ซุ้มเกมชิงรางวัล นิทรรศการจากหน่วยงานราชการ และการนั่งรถดับเพลิงชมรอบสนาม
เทศบาลขอขอบคุณร้านค้า ห้างหุ้นส่วน และผู้มีจิตศรัทธาที่ร่วมสนับสนุนของขวัญและทุนการศึกษาให้แก่เด็ก ๆ ในปีนี้
G: 4

## a1 announcements 2023-02-20 09:00 signboard-tax-2566 | | | กองคลัง | 1
T: ประกาศเทศบาลเมืองวังตะเคียน เรื่อง การยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2566
ด้วยพระราชบัญญัติภาษีป้าย พ.ศ. 2510 กำหนดให้เจ้าของป้ายที่ติดตั้งหรือแสดงไว้ในเขตเทศบาล ต้องยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในเดือนมีนาคมของทุกปี
เทศบาลเมืองวังตะเคียนจึงขอให้เจ้าของป้ายยื่นแบบได้ที่งานพัฒนารายได้ กองคลัง ตั้งแต่วันที่ 1 มกราคม ถึงวันที่ 31 มีนาคม 2566 ในวันและเวลาราชการ หากยื่นแบบเกินกำหนดจะต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษี
จึงประกาศมาให้ทราบโดยทั่วกัน
D: แบบแสดงรายการภาษีป้าย (ภ.ป.1)|/uploads/documents/pp1-2566.pdf
D: ประกาศฉบับเต็ม|/uploads/documents/signboard-tax-2566.pdf

## n2 news 2023-03-28 14:10 rabies-vaccine-2566 | health | พิษสุนัขบ้า | ณัฐธิดา แสงทอง | 0
T: ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี ตามโครงการสัตว์ปลอดโรค คนปลอดภัย
กองสาธารณสุขและสิ่งแวดล้อมออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้แก่สุนัขและแมวในชุมชนทั้ง 12 ชุมชนของเทศบาลเมืองวังตะเคียน โดยไม่เสียค่าใช้จ่าย
G: 4

## n3 news 2023-04-13 16:45 * | activities | สงกรานต์,ผู้สูงอายุ | งานประชาสัมพันธ์ | 1
T: สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2566
F: ผู้บริหารเทศบาลรดน้ำขอพรผู้สูงอายุ
เมื่อวันที่ 13 เมษายน 2566 เทศบาลเมืองวังตะเคียนจัดกิจกรรมสืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ณ ลานวัฒนธรรมหน้าวัดกลางวังตะเคียน มีผู้สูงอายุจากชมรมผู้สูงอายุทั้ง 12 ชุมชนเข้าร่วมกว่า 400 คน
กิจกรรมประกอบด้วยพิธีสรงน้ำพระพุทธรูปประจำเมือง การรดน้ำขอพรผู้สูงอายุ การประกวดขบวนแห่นางสงกรานต์ และการละเล่นพื้นบ้าน เช่น ชักเย่อ และมอญซ่อนผ้า
> สงกรานต์เป็นโอกาสที่ลูกหลานจะได้แสดงความกตัญญูต่อผู้สูงอายุ ซึ่งเป็นรากฐานสำคัญของชุมชนวังตะเคียน
นายกเทศมนตรีขอความร่วมมือประชาชนเล่นน้ำอย่างสุภาพ ไม่ใช้แป้งหรือน้ำที่ไม่สะอาด และงดดื่มสุราขณะขับขี่ยานพาหนะ

## a2 announcements 2023-05-15 08:30 recruit-2566-01 | | | สำนักปลัดเทศบาล | 0
T: ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตำแหน่ง ผู้ช่วยนักวิชาการสาธารณสุข
เทศบาลเมืองวังตะเคียนประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่ง ผู้ช่วยนักวิชาการสาธารณสุข จำนวน 1 อัตรา อัตราค่าตอบแทนเดือนละ 11,280 บาท
ผู้สมัครต้องมีคุณสมบัติ ดังนี้
- มีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์
- มีวุฒิการศึกษาไม่ต่ำกว่าประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.) หรือเทียบเท่า ในสาขาวิชาที่เกี่ยวข้อง
- ไม่เป็นผู้มีร่างกายทุพพลภาพจนไม่สามารถปฏิบัติหน้าที่ได้
ผู้สนใจยื่นใบสมัครได้ที่สำนักปลัดเทศบาล ระหว่างวันที่ 22 พฤษภาคม – 2 มิถุนายน 2566 ในวันและเวลาราชการ
D: ประกาศรับสมัคร|/uploads/documents/recruit-2566-01.pdf

## n4 news 2023-06-09 11:15 * | infra | ถนน,กองช่าง | webmaster | 2
T: กองช่างเร่งซ่อมแซมผิวถนนชำรุด ถนนเทศบาล 5 (ซอยร่มไม้)
F: เจ้าหน้าที่กองช่างซ่อมแซมหลุมบ่อบนถนนเทศบาล 5
ตามที่ได้รับแจ้งเรื่องร้องเรียนผ่านระบบ e-Service ว่าผิวถนนเทศบาล 5 (ซอยร่มไม้) ชำรุดเป็นหลุมบ่อหลายจุด ทำให้ผู้ใช้รถใช้ถนนได้รับความเดือดร้อน โดยเฉพาะในช่วงฝนตก
กองช่าง เทศบาลเมืองวังตะเคียน ได้นำเครื่องจักรและวัสดุแอสฟัลต์ติกคอนกรีตเข้าซ่อมแซมผิวจราจร ระยะทางประมาณ 350 เมตร แล้วเสร็จภายใน 2 วัน ปัจจุบันประชาชนสามารถสัญจรได้ตามปกติ
หากพบถนน ท่อระบายน้ำ หรือไฟฟ้าส่องสว่างชำรุด แจ้งได้ที่กองช่าง โทร. 0 3555 1234 ต่อ 301 หรือทาง [ระบบรับเรื่องร้องเรียนออนไลน์](https://eservice.wangtakhian.go.th/complaint)

## n5 news 2023-07-28 09:40 * | activities | วันเฉลิมพระชนมพรรษา | งานประชาสัมพันธ์ | 0
T: พิธีถวายพระพรชัยมงคล เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2566
คณะผู้บริหาร สมาชิกสภาเทศบาล พนักงาน และประชาชนชาววังตะเคียน ร่วมพิธีถวายพระพรชัยมงคล และพิธีจุดเทียนถวายพระพรชัยมงคล ณ บริเวณหน้าสำนักงานเทศบาลเมืองวังตะเคียน
G: 5

## a3 announcements 2023-08-31 15:00 * | | | กองคลัง | 1
T: ประกาศ เรื่อง การใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567
ด้วยสภาเทศบาลเมืองวังตะเคียนได้มีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ในการประชุมสภาเทศบาล สมัยวิสามัญ สมัยที่ 1 เมื่อวันที่ 15 สิงหาคม 2566 และผู้ว่าราชการจังหวัดสุวรรณเขตได้ให้ความเห็นชอบแล้ว
เทศบาลเมืองวังตะเคียนจึงประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 โดยมียอดรวมงบประมาณรายจ่ายทั้งสิ้น 186,500,000 บาท ทั้งนี้ ตั้งแต่วันที่ 1 ตุลาคม 2566 เป็นต้นไป
ประชาชนสามารถขอตรวจดูรายละเอียดเทศบัญญัติได้ที่กองคลัง หรือดาวน์โหลดได้จากเอกสารแนบท้ายประกาศนี้
D: เทศบัญญัติงบประมาณรายจ่าย พ.ศ. 2567|/uploads/documents/budget-2567.pdf

## n6 news 2023-09-22 13:30 waste-sorting-talat-kao | health | ขยะ,ชุมชน | ณัฐธิดา แสงทอง | 1
T: อบรมเชิงปฏิบัติการการคัดแยกขยะในครัวเรือน ชุมชนตลาดเก่า
F: วิทยากรสาธิตการทำถังขยะเปียกลดโลกร้อน
กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองวังตะเคียน จัดอบรมเชิงปฏิบัติการการคัดแยกขยะในครัวเรือน ให้แก่แกนนำชุมชนตลาดเก่าและอาสาสมัครสาธารณสุข จำนวน 80 คน ณ ศาลาชุมชนตลาดเก่า
ผู้เข้าอบรมได้เรียนรู้การแยกขยะ 4 ประเภท ได้แก่ ขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย รวมถึงฝึกทำถังขยะเปียกลดโลกร้อนจากถังพลาสติกเหลือใช้ เพื่อนำไปใช้ในครัวเรือน
ชุมชนตลาดเก่าเป็นชุมชนนำร่องแห่งที่ 3 ของเทศบาล ต่อจากชุมชนบ้านใหม่และชุมชนริมบึง โดยตั้งเป้าลดปริมาณขยะที่ต้องนำไปกำจัดลงร้อยละ 15 ภายในสิ้นปี 2566

## n7 news 2023-10-30 10:00 elderly-health-check | health | ผู้สูงอายุ | ณัฐธิดา แสงทอง | 0
T: ตรวจสุขภาพผู้สูงอายุเชิงรุก ณ ชมรมผู้สูงอายุเทศบาลเมืองวังตะเคียน
F: อาสาสมัครสาธารณสุขวัดความดันโลหิตให้ผู้สูงอายุ
กองสาธารณสุขและสิ่งแวดล้อมร่วมกับโรงพยาบาลวังตะเคียน ออกตรวจสุขภาพเชิงรุกให้แก่สมาชิกชมรมผู้สูงอายุเทศบาลเมืองวังตะเคียน จำนวน 230 คน ณ อาคารอเนกประสงค์ชมรมผู้สูงอายุ
การตรวจประกอบด้วยการวัดความดันโลหิต การตรวจระดับน้ำตาลในเลือด การประเมินภาวะซึมเศร้าและความเสี่ยงต่อการหกล้ม พร้อมทั้งให้คำแนะนำด้านโภชนาการและการออกกำลังกายที่เหมาะสมกับวัย
ผู้สูงอายุที่ตรวจพบความเสี่ยงจะได้รับการส่งต่อไปยังโรงพยาบาลวังตะเคียนเพื่อรับการรักษา และจะมีเจ้าหน้าที่ติดตามเยี่ยมบ้านทุกเดือน

## n8 news 2023-11-27 20:15 * | activities | ลอยกระทง | งานประชาสัมพันธ์ | 2
T: งานประเพณีลอยกระทง ประจำปี 2566 ณ สวนสาธารณะบึงวังตะเคียน
F: บรรยากาศการลอยกระทงริมบึงวังตะเคียน
คืนวันจันทร์ที่ 27 พฤศจิกายน 2566 เทศบาลเมืองวังตะเคียนจัดงานประเพณีลอยกระทง ณ สวนสาธารณะบึงวังตะเคียน ภายใต้แนวคิด “ลอยกระทงรักษ์โลก ใส่ใจสิ่งแวดล้อม”
ไฮไลต์ของงาน ได้แก่ การประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ และการแสดงพลุ โดยรางวัลชนะเลิศการประกวดกระทงเป็นของชุมชนริมบึง
F: ขบวนแห่กระทงใหญ่จากชุมชนต่าง ๆ
หลังงาน เจ้าหน้าที่เทศบาลได้เก็บกระทงในบึงได้ทั้งหมด 8,420 ใบ ในจำนวนนี้เป็นกระทงจากวัสดุธรรมชาติร้อยละ 94

## a4 announcements 2023-12-15 11:30 newyear-holiday-2567 | | | กองคลัง | 0
T: ประกาศ วันหยุดเทศกาลปีใหม่ 2567 และการเปิดให้บริการรับชำระค่าธรรมเนียมในวันหยุด
เนื่องด้วยคณะรัฐมนตรีได้มีมติให้วันที่ 29 ธันวาคม 2566 ถึงวันที่ 2 มกราคม 2567 เป็นวันหยุดราชการเนื่องในเทศกาลขึ้นปีใหม่ สำนักงานเทศบาลเมืองวังตะเคียนจะปิดทำการในช่วงเวลาดังกล่าว
อย่างไรก็ตาม งานพัฒนารายได้ กองคลัง จะเปิดให้บริการรับชำระค่าธรรมเนียมเก็บขนขยะมูลฝอยและค่าเช่าแผงตลาดในวันที่ 30 ธันวาคม 2566 เวลา 08.30 – 12.00 น. เพื่ออำนวยความสะดวกแก่ประชาชน
กรณีเหตุเดือดร้อนเร่งด่วน เช่น อัคคีภัย หรือต้นไม้ล้มขวางถนน ติดต่อศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล โทร. 199 ได้ตลอด 24 ชั่วโมง

## n9 news 2024-01-13 15:20 children-day-1 | activities,education | วันเด็ก | งานประชาสัมพันธ์ | 0
T: วันเด็กแห่งชาติ 2567 เด็กวังตะเคียนร่วมกิจกรรมอย่างคึกคัก
F: เด็ก ๆ ร่วมเล่นเกมที่ซุ้มกิจกรรมของกองการศึกษา
เทศบาลเมืองวังตะเคียนจัดงานวันเด็กแห่งชาติ ประจำปี 2567 เมื่อวันเสาร์ที่ 13 มกราคม 2567 ณ สนามกีฬาเทศบาล ภายใต้คำขวัญวันเด็กจากนายกรัฐมนตรี “มุ่งมั่นเรียนรู้ เชิดชูคุณธรรม ก้าวนำดิจิทัล ร่วมสร้างสรรค์ประชาธิปไตย”
ปีนี้กองการศึกษาได้เพิ่มโซนวิทยาศาสตร์และหุ่นยนต์ ซึ่งนักเรียนโรงเรียนเทศบาล 2 (บ้านใหม่) เป็นผู้สาธิต ได้รับความสนใจจากเด็ก ๆ และผู้ปกครองเป็นอย่างมาก
ผู้ปกครองสามารถชมภาพกิจกรรมทั้งหมดได้ที่ [อัลบั้มภาพวันเด็ก 2567](/gallery/children-day-2567)

## n10 news 2024-02-14 09:00 land-tax-2567 | revenue | ภาษี | webmaster | 1
T: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567
กองคลัง เทศบาลเมืองวังตะเคียน ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลมาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ภายในวันที่ 30 เมษายน 2567
ช่องทางการชำระภาษี มีดังนี้
- ชำระด้วยตนเองที่งานพัฒนารายได้ กองคลัง ชั้น 1 สำนักงานเทศบาล
- สแกนคิวอาร์โค้ดพร้อมเพย์ที่ปรากฏในหนังสือแจ้งการประเมินภาษี
- ชำระผ่านหน่วยบริการเคลื่อนที่ ซึ่งจะออกให้บริการตามชุมชนทุกวันเสาร์ของเดือนมีนาคม
ผู้ที่ชำระภาษีภายในเดือนมีนาคม 2567 จะได้รับของที่ระลึกจากเทศบาล สอบถามเพิ่มเติมโทร. 0 3555 1234 ต่อ 201
D: ตารางหน่วยบริการเคลื่อนที่|/uploads/documents/land-tax-2567-schedule.pdf

## a5 announcements 2024-03-08 10:00 * | | | กองการศึกษา | 2
T: ประกาศ เรื่อง การรับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลเมืองวังตะเคียน ปีการศึกษา 2567
ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองวังตะเคียน เปิดรับสมัครเด็กเข้าเรียน ปีการศึกษา 2567 สำหรับเด็กที่มีอายุ 2 ปีบริบูรณ์ขึ้นไป (เกิดระหว่างวันที่ 17 พฤษภาคม 2564 ถึงวันที่ 16 พฤษภาคม 2565) จำนวน 60 คน
รับสมัครตั้งแต่วันที่ 18 – 29 มีนาคม 2567 เวลา 08.30 – 16.00 น. ณ ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองวังตะเคียน โดยใช้หลักฐาน ได้แก่ สำเนาสูติบัตร สำเนาทะเบียนบ้าน และสมุดบันทึกสุขภาพแม่และเด็ก
ไม่เสียค่าใช้จ่ายในการสมัครและค่าเล่าเรียน
D: ใบสมัครเข้าเรียน|/uploads/documents/ใบสมัครศูนย์พัฒนาเด็กเล็ก-2567.pdf

## n11 news 2024-04-12 18:30 * | activities,disaster | สงกรานต์,ถนนปลอดภัย | งานประชาสัมพันธ์ | 0
T: ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ 2567 ลดอุบัติเหตุทางถนน
เทศบาลเมืองวังตะเคียนร่วมกับสถานีตำรวจภูธรวังตะเคียนและอาสาสมัครป้องกันภัยฝ่ายพลเรือน ตั้งจุดบริการประชาชนบริเวณสี่แยกตลาดเก่า ระหว่างวันที่ 11 – 17 เมษายน 2567
G: 4

## n12 news 2024-05-20 14:00 * | disaster | อปพร. | ณัฐธิดา แสงทอง | 1
T: โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2567
F: ผู้เข้ารับการอบรมฝึกดับเพลิงด้วยถังดับเพลิงชนิดผงเคมีแห้ง
ระหว่างวันที่ 16 – 20 พฤษภาคม 2567 เทศบาลเมืองวังตะเคียนร่วมกับสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสุวรรณเขต จัดฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรจัดตั้ง มีผู้ผ่านการอบรม 75 คน
หลักสูตรการอบรมประกอบด้วยความรู้เรื่องการป้องกันและบรรเทาสาธารณภัย การปฐมพยาบาลและการช่วยฟื้นคืนชีพขั้นพื้นฐาน การดับเพลิงเบื้องต้น และการค้นหาผู้ประสบภัยในอาคาร
Y: q3Xk9LwT2pA
สมาชิก อปพร. ที่ผ่านการอบรมจะปฏิบัติหน้าที่ช่วยเหลือเจ้าหน้าที่ในการระงับเหตุและอำนวยความสะดวกด้านการจราจรในงานเทศกาลของเทศบาล

## a6 announcements 2024-06-03 16:10 e-bidding-soi7 | | | กองช่าง | 0
T: ประกาศ ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยเทศบาล 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
เทศบาลเมืองวังตะเคียนมีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยเทศบาล 7 กว้าง 5 เมตร ยาว 420 เมตร หนา 0.15 เมตร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลางของงานก่อสร้างเป็นเงิน 1,245,000 บาท
ผู้สนใจสามารถดูรายละเอียดและดาวน์โหลดเอกสารประกวดราคาได้ที่เว็บไซต์ www.gprocurement.go.th ตั้งแต่วันที่ 3 – 11 มิถุนายน 2567 และยื่นข้อเสนอในวันที่ 12 มิถุนายน 2567 ระหว่างเวลา 09.00 – 12.00 น.
สอบถามรายละเอียดเพิ่มเติมได้ที่ฝ่ายพัสดุ กองคลัง โทร. 0 3555 1234 ต่อ 205 และดู[แผนที่แนวเส้นทางโครงการ](/news/soi7-route-map?x-craft-preview=Lm2Qx8TzVa&token=2kHc9Vq0xRZtW7bYpN4mE1sJ6uLdF3aG)ประกอบ
D: เอกสารประกวดราคา|/uploads/documents/e-bidding-soi7-2567.pdf

## n13 news 2024-06-27 08:50 dengue-2567 | health | ไข้เลือดออก | ณัฐธิดา แสงทอง | 2
T: รณรงค์กำจัดลูกน้ำยุงลาย ป้องกันโรคไข้เลือดออกช่วงฤดูฝน
F: เจ้าหน้าที่พ่นหมอกควันกำจัดยุงลายในชุมชนริมบึง
เนื่องจากเข้าสู่ฤดูฝน และพบผู้ป่วยโรคไข้เลือดออกในพื้นที่ใกล้เคียง กองสาธารณสุขและสิ่งแวดล้อมจึงร่วมกับ อสม. ทั้ง 12 ชุมชน ออกรณรงค์กำจัดแหล่งเพาะพันธุ์ลูกน้ำยุงลาย และพ่นหมอกควันในบริเวณบ้านผู้ป่วยและรัศมี 100 เมตร
ขอความร่วมมือประชาชนปฏิบัติตามมาตรการ 3 เก็บ ป้องกัน 3 โรค คือ เก็บบ้านให้สะอาด เก็บขยะให้เกลี้ยง และเก็บน้ำให้มิดชิด รวมทั้งคัดแยกภาชนะที่อาจเป็นแหล่งน้ำขังตามที่ได้[อบรมการคัดแยกขยะในครัวเรือน](/index.php?p=news/waste-sorting-talat-kao)ไปก่อนหน้านี้
หากมีไข้สูงลอยเกิน 2 วัน ควรรีบไปพบแพทย์ และไม่ควรรับประทานยาแอสไพรินหรือไอบูโพรเฟน

## a7 announcements 2024-07-19 13:45 water-outage-0724 | | | การประปาเทศบาล | 1
T: ประกาศ งดจ่ายน้ำประปาชั่วคราว เพื่อซ่อมแซมท่อเมนประปา ถนนเทศบาล 2
การประปาเทศบาลเมืองวังตะเคียน ขอแจ้งงดจ่ายน้ำประปาชั่วคราวในวันจันทร์ที่ 22 กรกฎาคม 2567 ตั้งแต่เวลา 09.00 – 16.00 น. เนื่องจากต้องซ่อมแซมท่อเมนประปาขนาด 6 นิ้ว ที่แตกชำรุดบริเวณถนนเทศบาล 2
พื้นที่ที่ได้รับผลกระทบ ได้แก่
- ชุมชนตลาดเก่า
- ชุมชนหลังสถานีรถไฟ
- ถนนเทศบาล 2 ตลอดสาย
ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า และขออภัยในความไม่สะดวกมา ณ โอกาสนี้ หากต้องการน้ำสำหรับอุปโภคเร่งด่วน ติดต่อได้ที่ โทร. 0 3555 1234 ต่อ 401

## n14 news 2024-08-12 11:20 * | activities | วันแม่ | งานประชาสัมพันธ์ | 0
T: จัดกิจกรรมวันแม่แห่งชาติ มอบเกียรติบัตรแม่ดีเด่น ประจำปี 2567
F: นายกเทศมนตรีมอบเกียรติบัตรแก่แม่ดีเด่นประจำชุมชน
วันจันทร์ที่ 12 สิงหาคม 2567 เทศบาลเมืองวังตะเคียนจัดกิจกรรมเฉลิมพระเกียรติเนื่องในวันแม่แห่งชาติ ณ หอประชุมเทศบาล โดยช่วงเช้ามีพิธีทำบุญตักบาตรถวายพระราชกุศล และพิธีถวายพระพรชัยมงคล
ในโอกาสนี้ นายวีระพงษ์ ศรีสวัสดิ์ นายกเทศมนตรีเมืองวังตะเคียน ได้มอบเกียรติบัตรแก่แม่ดีเด่นประจำปี 2567 จำนวน 12 ท่าน ซึ่งได้รับการคัดเลือกจากชุมชนละ 1 ท่าน
นอกจากนี้ ยังมีกิจกรรมให้ลูกกราบแม่ และการแสดงของนักเรียนศูนย์พัฒนาเด็กเล็กที่สร้างรอยยิ้มให้แก่คุณแม่ทุกท่าน
G: 3
"""

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def plain(line: str) -> str:
    for prefix in ("- ", "> "):
        line = line.removeprefix(prefix)
    return " ".join(LINK.sub(r"\1", line).split())


def is_text(line: str) -> bool:
    return not line.startswith(("F:", "G:", "D:", "Y:"))


def make_story(title: str, day: str, hm: str, author: str | None, lines: tuple[str, ...]) -> Story:
    photos = sum(int(x[2:]) if x.startswith("G:") else 1 for x in lines if x.startswith(("F:", "G:")))
    captions = tuple(x[2:].strip() for x in lines if x.startswith("F:"))
    return Story(title, day, hm, author, tuple(plain(x) for x in lines if is_text(x)), photos, captions)


def _parse(spec: str) -> tuple[Entry, ...]:
    out = []
    for chunk in re.split(r"^## ", spec.strip(), flags=re.M):
        if not chunk.strip():
            continue
        head, *rest = chunk.strip().splitlines()
        left, cats, tags, who, style = (x.strip() for x in head.split("|"))
        key, section, day, hm, slug = left.split()
        title, lines = rest[0].removeprefix("T: ").strip(), tuple(rest[1:])
        story = make_story(title, day, hm, who if section == "news" else None, lines)
        slug = craft_slug(title) if slug == "*" else slug
        cat_t, tag_t = tuple(c for c in cats.split(",") if c), tuple(t for t in tags.split(",") if t)
        out.append(Entry(key, section, slug, cat_t, tag_t, who, int(style), lines, story))
    return tuple(sorted(out, key=lambda e: e.iso))


def rows(spec: str) -> list[list[str]]:
    """A pipe-separated table, one row a line."""
    return [[c.strip() for c in line.split("|")] for line in spec.strip().splitlines()]


ENTRIES = _parse(SPEC)
BY_KEY = {e.key: e for e in ENTRIES}
NEWS = tuple(e for e in reversed(ENTRIES) if e.news)  # newest first
ANNS = tuple(e for e in reversed(ENTRIES) if not e.news)

# Craft preview/share links pasted by editors (the draft of a never-published entry; a draft revision of n12).
PREVIEW_DAY = "/news/municipality-day-2567?x-craft-preview=Xb7Kq2LmPz&token=Yc1dN8sQvW4kT0pRzL6mH3fJ9aGu5eBx"
PREVIEW_OPOR = BY_KEY["n12"].uri + "?token=Pq8Rw3Zt6Ny1Lc5Vx0Hk4Dm9Fs2Jb7Ge"
DRAFT_DAY_TITLE = "กำหนดการงานวันเทศบาลเมืองวังตะเคียน ประจำปี 2567"
DRAFT_DAY_LINES = (
    "เทศบาลเมืองวังตะเคียนกำหนดจัดงานวันเทศบาล ประจำปี 2567 ในวันที่ 24 เมษายน 2568 ณ สำนักงานเทศบาล (ร่าง รอยืนยันกำหนดการจากนายกเทศมนตรี)",
    "- 07.00 น. พิธีทำบุญตักบาตรพระสงฆ์ 12 รูป",
    "- 09.00 น. พิธีมอบรางวัลพนักงานดีเด่น (รอรายชื่อจากสำนักปลัด)",
    "ภาพประกอบ: รอจากงานประชาสัมพันธ์",
)
DRAFT_OPOR_LINES = (
    "F: (ร่าง) ภาพการฝึกอบรม อปพร.",
    "ระหว่างวันที่ 16 – 20 พฤษภาคม 2567 เทศบาลเมืองวังตะเคียนจัดฝึกอบรม อปพร. หลักสูตรจัดตั้ง มีผู้เข้ารับการอบรม 80 คน (แก้ไขตัวเลขหลังได้รับรายงานจากวิทยากร)",
    "ย่อหน้านี้รอข้อความจากสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด",
)

# Gallery albums: slug | date | photos | title | description
ALBUMS = rows("""
children-day-2566 | 2023-01-14 | 6 | ภาพกิจกรรมวันเด็กแห่งชาติ 2566 | บรรยากาศงานวันเด็กแห่งชาติ ณ สนามกีฬาเทศบาลเมืองวังตะเคียน
loykrathong-2566 | 2023-11-27 | 8 | ภาพบรรยากาศงานประเพณีลอยกระทง 2566 | ภาพขบวนแห่กระทงและการประกวดนางนพมาศ ณ สวนสาธารณะบึงวังตะเคียน
children-day-2567 | 2024-01-13 | 6 | ภาพกิจกรรมวันเด็กแห่งชาติ 2567 | ภาพซุ้มกิจกรรมและโซนวิทยาศาสตร์และหุ่นยนต์ในงานวันเด็ก
songkran-2567 | 2024-04-12 | 5 | ภาพจุดบริการประชาชนช่วงสงกรานต์ 2567 | เจ้าหน้าที่และอาสาสมัครประจำจุดบริการสี่แยกตลาดเก่า
opor-2567 | 2024-05-20 | 6 | ภาพการฝึกอบรม อปพร. ประจำปี 2567 | ภาพการฝึกภาคปฏิบัติของผู้เข้ารับการอบรม อปพร.
mothers-day-2567 | 2024-08-12 | 6 | ภาพกิจกรรมวันแม่แห่งชาติ 2567 | พิธีทำบุญตักบาตรและการมอบเกียรติบัตรแม่ดีเด่น ณ หอประชุมเทศบาล
""")
# Events: slug | date | start | end | related entry | title | place | description
EVENTS = rows("""
songkran-2567 | 2024-04-13 | 08:00 | 12:00 | n11 | งานสืบสานประเพณีสงกรานต์ 2567 | ลานวัฒนธรรมหน้าวัดกลางวังตะเคียน | พิธีสรงน้ำพระและรดน้ำขอพรผู้สูงอายุ
mothers-day-2567 | 2024-08-12 | 07:00 | 11:00 | n14 | กิจกรรมเฉลิมพระเกียรติ วันแม่แห่งชาติ | หอประชุมเทศบาลเมืองวังตะเคียน | ขอเชิญแต่งกายด้วยผ้าไทยโทนสีฟ้า
market-fair-2567 | 2024-08-24 | 16:00 | 21:00 | | ตลาดนัดชุมชนวังตะเคียน เดินเล่น กินอร่อย | ถนนคนเดินริมบึงวังตะเคียน | ผู้ค้าที่สนใจจองพื้นที่ได้ที่สำนักปลัดเทศบาล
council-3-2567 | 2024-08-28 | 09:30 | 12:00 | | ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2567 | ห้องประชุมสภาเทศบาลเมืองวังตะเคียน | ประชาชนสามารถเข้ารับฟังการประชุมได้ โดยลงทะเบียนที่หน้าห้องประชุม
elderly-sports-2567 | 2024-09-14 | 08:00 | 15:00 | | กีฬาผู้สูงอายุสัมพันธ์ ประจำปี 2567 | สนามกีฬาเทศบาลเมืองวังตะเคียน | การแข่งขันเปตอง ชักเย่อ และเดินเร็ว ของชมรมผู้สูงอายุ 12 ชุมชน
เทศกาลกินเจ-2567 | 2024-10-03 | 06:00 | 22:00 | | เทศกาลกินเจ ประจำปี 2567 | ศาลเจ้าพ่อวังตะเคียน | ร่วมทำบุญและรับประทานอาหารเจ ตลอด 9 วัน 9 คืน
""")

# Standing pages (Craft structure section "pages", the entry template): uri | title | updated | group | description
ABOUT = (
    ("ประวัติความเป็นมา", "/about/history"),
    ("วิสัยทัศน์ และพันธกิจ", "/about/vision"),
    ("คณะผู้บริหาร", "/about/executives"),
    ("ติดต่อเรา", "/contact"),
)
SERVICES = (("ดาวน์โหลดเอกสาร", "/downloads"), ("การเปิดเผยข้อมูลสาธารณะ (ITA)", "/ita"))
PAGES = rows(f"""
/about | เกี่ยวกับเทศบาล | 2024-01-05 | about | ข้อมูลทั่วไปของ{SITE}
/about/history | ประวัติความเป็นมา | 2024-01-05 | about | ประวัติความเป็นมาของ{SITE}
/about/vision | วิสัยทัศน์ และพันธกิจ | 2023-10-02 | about | วิสัยทัศน์และพันธกิจของ{SITE}
/about/executives | คณะผู้บริหาร | 2024-06-10 | about | คณะผู้บริหาร{SITE}
/contact | ติดต่อเรา | 2024-03-01 | about | ติดต่อ{SITE} {ADDRESS}
/privacy-policy | นโยบายความเป็นส่วนตัว | 2023-06-01 | about | นโยบายความเป็นส่วนตัวและการใช้คุกกี้
/ita | การเปิดเผยข้อมูลสาธารณะ (ITA) | 2024-07-30 | services | การเปิดเผยข้อมูลสาธารณะ OIT 2567
/downloads | ดาวน์โหลดเอกสาร | 2024-05-15 | services | แบบฟอร์มและเอกสารดาวน์โหลด
""")
HISTORY = (
    "เทศบาลเมืองวังตะเคียนเดิมเป็นสุขาภิบาลวังตะเคียน จัดตั้งขึ้นเมื่อปี พ.ศ. 2499 ต่อมาได้รับการเปลี่ยนแปลงฐานะเป็นเทศบาลตำบลวังตะเคียน ตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล พ.ศ. 2542",
    "F: สำนักงานเทศบาลเมืองวังตะเคียนหลังเดิม ถ่ายเมื่อปี พ.ศ. 2530",
    "เมื่อวันที่ 9 กันยายน 2551 กระทรวงมหาดไทยได้ประกาศยกฐานะเป็นเทศบาลเมืองวังตะเคียน มีพื้นที่รับผิดชอบ 12.4 ตารางกิโลเมตร แบ่งเป็น 12 ชุมชน มีประชากรประมาณ 21,000 คน",
    "ชื่อวังตะเคียนมาจากวังน้ำลึกกลางลำน้ำที่มีต้นตะเคียนใหญ่ขึ้นอยู่ริมฝั่ง ซึ่งปัจจุบันคือบริเวณบึงวังตะเคียน อันเป็นสวนสาธารณะและสัญลักษณ์ของเมือง",
)
VISION = (
    "> เมืองน่าอยู่ ชุมชนเข้มแข็ง เศรษฐกิจก้าวหน้า ใส่ใจสิ่งแวดล้อม",
    "พันธกิจของเทศบาลเมืองวังตะเคียน มีดังนี้",
    "- พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ครอบคลุมทุกชุมชน",
    "- ส่งเสริมการศึกษา ศาสนา ศิลปวัฒนธรรม และภูมิปัญญาท้องถิ่น",
    "- ดูแลสุขภาพและคุณภาพชีวิตของเด็ก ผู้สูงอายุ และผู้ด้อยโอกาส",
    "- บริหารจัดการขยะและสิ่งแวดล้อมอย่างยั่งยืน",
    "- บริหารงานอย่างโปร่งใส ตรวจสอบได้ และให้ประชาชนมีส่วนร่วม",
)
PRIVACY = (
    "เทศบาลเมืองวังตะเคียนให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของผู้ใช้บริการเว็บไซต์ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
    "เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นต่อการทำงานของระบบ (CraftSessionId และ CRAFT_CSRF_TOKEN) และคุกกี้เพื่อการวิเคราะห์สถิติการเข้าชม ซึ่งไม่ระบุตัวตนของผู้เข้าชม",
    "ข้อมูลที่ท่านกรอกในแบบฟอร์มติดต่อจะใช้เพื่อตอบกลับคำร้องของท่านเท่านั้น และจะไม่เปิดเผยต่อบุคคลภายนอก",
)
EXECUTIVES = rows(f"""
{MAYOR} | นายกเทศมนตรีเมืองวังตะเคียน
นายสมศักดิ์ ทองประเสริฐ | รองนายกเทศมนตรี
นางสาวรัชนี พึ่งบุญ | รองนายกเทศมนตรี
นายอำนาจ ใจกล้า | เลขานุการนายกเทศมนตรี
นายประยูร แก้วมณี | ที่ปรึกษานายกเทศมนตรี
นางกาญจนา อินทร์แก้ว | ปลัดเทศบาล
""")
ITA = rows("""
O1 | โครงสร้างส่วนราชการ | /uploads/ita/2567/o1-structure.pdf
O2 | ข้อมูลผู้บริหาร | /about/executives
O3 | อำนาจหน้าที่ | /uploads/ita/2567/o3-authority.pdf
O4 | แผนพัฒนาท้องถิ่น | /uploads/ita/2567/o4-local-plan-2566-2570.pdf
O5 | ข้อมูลการติดต่อ | /contact
O7 | ข่าวประชาสัมพันธ์ | /news
O9 | รายงานผลการดำเนินงานประจำปี 2566 | /uploads/ita/2566/o9-report-2566.pdf
O12 | รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน | /uploads/ita/2567/o12-report-6m.pdf
O20 | แผนการจัดซื้อจัดจ้างประจำปี | /uploads/ita/2567/o20-procurement-plan.pdf
""")
ITA_BROKEN = "/uploads/ita/2566/o9-report-2566.pdf"  # the asset was deleted; the link stayed
DOWNLOADS = rows("""
แบบคำร้องทั่วไป | /uploads/documents/แบบคำร้องทั่วไป.pdf | 84 KB
แบบแสดงรายการภาษีป้าย (ภ.ป.1) | /uploads/documents/pp1-2566.pdf | 126 KB
แบบขออนุญาตก่อสร้างอาคาร (ข.1) | /uploads/documents/building-permit-k1.pdf | 212 KB
แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ | /uploads/documents/elderly-allowance-form.pdf | 97 KB
เทศบัญญัติงบประมาณรายจ่าย พ.ศ. 2567 | /uploads/documents/budget-2567.pdf | 1.4 MB
""")
WORDS = ("ภาษี", "ประกาศ", "2567", "กิจกรรม", "ขยะ", "สงกรานต์", "ผู้สูงอายุ", "ถนน", "อปพร.", "วันเด็ก", "ประปา")
NEWS_MENU = (
    ("ข่าวประชาสัมพันธ์", "/news"),
    ("ประกาศ", "/announcements"),
    ("ภาพกิจกรรม", "/gallery"),
    ("ปฏิทินกิจกรรม", "/events"),
)
NAV = (
    ("หน้าแรก", "/", ()),
    ("เกี่ยวกับเทศบาล", "/about", ABOUT[:3]),
    ("ข่าวสาร", "/news", NEWS_MENU),
    ("บริการประชาชน", "/downloads", (*SERVICES, ("e-Service", ESERVICE))),
    ("ติดต่อเรา", "/contact", ()),
)


def inline(text: str) -> str:
    parts, last = [], 0
    for m in LINK.finditer(text):
        parts.append(esc(text[last : m.start()]))
        ext = ' target="_blank" rel="noopener"' if m.group(2).startswith("http") else ""
        parts.append(f'<a href="{attr(m.group(2))}"{ext}>{esc(m.group(1))}</a>')
        last = m.end()
    parts.append(esc(text[last:]))
    return "".join(parts)


def excerpt(e: Entry, limit: int = 140) -> str:
    first = e.story.paragraphs[0]
    return first if len(first) <= limit else first[:limit].rstrip() + "…"


def related(e: Entry) -> list[Entry]:
    return [o for o in NEWS if o is not e and set(o.cats) & set(e.cats)][:3]


def blank(href: str) -> str:
    return ' target="_blank" rel="noopener"' if href.startswith("http") or href.endswith(".pdf") else ""


class Craft:
    def __init__(self, site: FixtureSite) -> None:
        self.site = site
        self.non_articles: list[str] = []
        self.bad_token: Response | None = None

    def u(self, path: str) -> str:
        return self.site.base_url + enc(path)

    # -- media -----------------------------------------------------------------------------------------
    def jpg(self, path: str, w: int, h: int) -> str:
        return add_jpeg(self.site, path, w, h, local_dt("2024-08-12", "12:00"))

    def pdf(self, path: str) -> str:
        if path == ITA_BROKEN:
            return path
        stem = path.rsplit("/", 1)[1].removesuffix(".pdf")
        title = stem if stem.isascii() else "Document " + _h(path, 8)
        return add_pdf(self.site, path, title, [SITE_EN, title], local_dt("2024-07-01", "10:00"))

    def image(self, folder: str, name: str, size: str, q: str = "82_line") -> str:
        """A Craft image transform: <folder>/_<W>x<H>_crop_center-center_<quality>_<interlace>/<name>."""
        w, h = (int(x) for x in size.split("x"))
        return self.jpg(f"{folder}/_{size}_crop_center-center_{q}/{name}", w, h)

    def original(self, folder: str, name: str) -> str:
        return self.jpg(f"{folder}/{name}", 1600, 1067)

    # -- responses -------------------------------------------------------------------------------------
    def html(self, text: str, path: str, canonical: str = "", status: int = 200, preview: bool = False) -> Response:
        headers = [
            ("Content-Type", "text/html; charset=UTF-8"),
            ("X-Powered-By", "Craft CMS"),
            ("Set-Cookie", f"CraftSessionId={_h('sess:' + path, 26)}; path=/; HttpOnly"),
            ("Set-Cookie", f"CRAFT_CSRF_TOKEN={_h('csrfc:' + path, 40)}; path=/; HttpOnly"),
            ("Cache-Control", "no-store, no-cache, must-revalidate"),
            ("Pragma", "no-cache"),
            ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
        ]
        if canonical and not preview:
            headers.append(("Link", f'<{canonical}>; rel="canonical"'))
        headers.append(("X-Robots-Tag", "none" if preview else "all"))
        return Response(status, tuple(headers), text.encode("utf-8"))

    def add(self, path: str, text: str) -> None:
        self.site.add(path, self.html(text, path, self.u(path)))
        self.non_articles.append(self.u(path))

    # -- chrome ----------------------------------------------------------------------------------------
    def head(self, title: str, path: str, desc: str, ld: dict | None = None, image: str = "", extra: str = "") -> str:
        base = self.site.base_url
        full = f"{title} | {SITE}" if title != SITE else f"{SITE} | {SITE_EN}"
        canonical = self.u(path)
        og_type = "article" if ld and ld["@type"] == "NewsArticle" else "website"
        org = {"@type": "GovernmentOrganization", "@id": base + "/#identity", "name": SITE, "telephone": PHONE}
        graph = [ld or {"@type": "WebPage", "name": title, "url": canonical}, org]
        ld_json = json.dumps({"@context": "http://schema.org", "@graph": graph}, ensure_ascii=False)
        return f"""<!DOCTYPE html>
<html lang="th-TH">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(full)}</title>
<meta name="csrf-param" content="CRAFT_CSRF_TOKEN">
<meta name="csrf-token" content="{tok("csrf:" + path)}">
<link rel="preconnect" href="https://fonts.googleapis.com"><link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;600;700&amp;family=Prompt:wght@500;600&amp;display=swap" rel="stylesheet">
<link rel="stylesheet" href="/assets/dist/css/app.css?v={ASSET_V}">
<link rel="icon" type="image/png" href="/assets/dist/img/favicon-32.png" sizes="32x32">
<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์ {SITE}" href="{base}/news.rss">
{extra}<meta name="generator" content="SEOmatic">
<meta name="description" content="{attr(desc[:160])}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta name="robots" content="all">
<meta content="th_TH" property="og:locale">
<meta content="{SITE}" property="og:site_name">
<meta content="{og_type}" property="og:type">
<meta content="{canonical}" property="og:url">
<meta content="{attr(title)}" property="og:title">
<meta content="{attr(desc[:200])}" property="og:description">
<meta content="{base}{image or "/uploads/site/og-default.jpg"}" property="og:image">
<meta name="twitter:card" content="summary_large_image">
<link href="{canonical}" rel="canonical">
<link href="{base}/" rel="home">
<link type="text/plain" href="{base}/humans.txt" rel="author">
<script type="application/ld+json">{ld_json}</script>
</head>"""

    def header(self, active: str) -> str:
        items = []
        for label, href, children in NAV:
            cls = ' class="is-active"' if (href != "/" and active.startswith(href)) or href == active else ""
            if not children:
                items.append(f'<li{cls}><a href="{href}">{label}</a></li>')
                continue
            sub = "".join(f'<li><a href="{c_href}"{blank(c_href)}>{c_label}</a></li>' for c_label, c_href in children)
            items.append(
                f'<li{cls} x-data="{{ open: false }}" @mouseenter="open = true" @mouseleave="open = false"><a href="{href}" aria-haspopup="true">{label} <svg class="w-3 h-3 inline" viewBox="0 0 20 20"><path d="M5 7l5 5 5-5"/></svg></a><ul class="dropdown" x-show="open" x-cloak>{sub}</ul></li>'
            )
        return f"""<a href="#main" class="sr-only focus:not-sr-only">ข้ามไปยังเนื้อหา</a>
<div class="topbar bg-emerald-900 text-white text-sm">
  <div class="container mx-auto px-4 flex justify-between items-center py-1">
    <span><a href="tel:035551234">โทร. {PHONE}</a> | เหตุด่วนเหตุร้าย <a href="tel:199">199</a></span>
    <span class="font-size-switch" x-data="fontSize()"><button type="button" @click="smaller()">ก-</button><button type="button" @click="reset()">ก</button><button type="button" @click="bigger()">ก+</button></span>
    <span class="social"><a href="{FB}" target="_blank" rel="noopener" aria-label="Facebook">Facebook</a> <a href="{LINE_OA}" target="_blank" rel="noopener" aria-label="LINE">LINE</a> <a href="{YOUTUBE}" target="_blank" rel="noopener" aria-label="YouTube">YouTube</a></span>
  </div>
</div>
<header class="site-header bg-white shadow" x-data="{{ mobileOpen: false }}">
  <div class="container mx-auto px-4 flex items-center justify-between py-3">
    <a href="/" class="logo flex items-center gap-3"><img src="/uploads/site/logo-wangtakhian.svg" alt="ตราสัญลักษณ์{SITE}" width="64" height="64"><span><strong class="block text-xl">{SITE}</strong><small>{SITE_EN}</small></span></a>
    <button type="button" class="lg:hidden" @click="mobileOpen = !mobileOpen" aria-label="เมนู">☰</button>
    <nav class="main-nav hidden lg:block" :class="{{ 'block': mobileOpen }}" aria-label="เมนูหลัก"><ul class="flex gap-6">{"".join(items)}</ul></nav>
    <form class="header-search" action="/search" method="get" role="search"><label for="q-header" class="sr-only">ค้นหา</label><input type="search" id="q-header" name="q" placeholder="ค้นหา..."><button type="submit">ค้นหา</button></form>
  </div>
</header>"""

    def footer(self, path: str) -> str:
        return f"""<footer class="site-footer bg-emerald-950 text-emerald-50 mt-16">
  <div class="container mx-auto px-4 grid md:grid-cols-4 gap-8 py-10">
    <div><h2 class="font-semibold">{SITE}</h2><p>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p><p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p></div>
    <div><h2 class="font-semibold">ลิงก์ด่วน</h2><ul><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/announcements">ประกาศ</a></li><li><a href="/ita">ITA</a></li><li><a href="/downloads">ดาวน์โหลดเอกสาร</a></li><li><a href="{ESERVICE}" target="_blank" rel="noopener">e-Service</a></li><li><a href="https://www.dla.go.th" target="_blank" rel="noopener">กรมส่งเสริมการปกครองท้องถิ่น</a></li></ul></div>
    <div><h2 class="font-semibold">รับข่าวสารทางอีเมล</h2>
      <form method="post" action="" accept-charset="UTF-8" class="newsletter-form">
        <input type="hidden" name="CRAFT_CSRF_TOKEN" value="{tok("csrf:" + path)}">
        <input type="hidden" name="action" value="campaign/forms/subscribe">
        <input type="hidden" name="list" value="{_h("list", 16)}">
        <input type="hidden" name="redirect" value="{_h("redir:subscribed", 64)}news?subscribed=1">
        <label for="nl-email" class="sr-only">อีเมล</label><input type="email" id="nl-email" name="email" placeholder="อีเมลของท่าน" required>
        <button type="submit">สมัคร</button>
      </form>
    </div>
    <div><h2 class="font-semibold">สถิติผู้เข้าชม</h2>
      <table class="visitor-counter"><tr><td>วันนี้</td><td>{COUNTER[0]}</td></tr><tr><td>เมื่อวาน</td><td>{COUNTER[1]}</td></tr><tr><td>เดือนนี้</td><td>{COUNTER[2]}</td></tr><tr><td>ทั้งหมด</td><td>{COUNTER[3]}</td></tr></table>
      <p class="text-xs">เริ่มนับ 1 ตุลาคม 2562</p>
    </div>
  </div>
  <div class="border-t border-emerald-800 py-4 text-sm"><div class="container mx-auto px-4 flex flex-wrap justify-between gap-2">
    <span>© 2567 {SITE} สงวนลิขสิทธิ์</span>
    <span><a href="/privacy-policy">นโยบายความเป็นส่วนตัว</a> · <a href="/news.rss">RSS</a> · <a href="/admin" rel="nofollow">สำหรับเจ้าหน้าที่</a></span>
  </div></div>
</footer>
<div id="cookie-consent" class="fixed bottom-0 inset-x-0 bg-white shadow-lg p-4 z-50" x-data="{{ show: !localStorage.getItem('cookieConsent') }}" x-show="show" x-cloak>
  <div class="container mx-auto flex flex-wrap items-center justify-between gap-4">
    <p class="text-sm">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน อ่านรายละเอียดได้ที่ <a href="/privacy-policy" class="underline">นโยบายความเป็นส่วนตัว</a></p>
    <div><button type="button" class="btn" @click="localStorage.setItem('cookieConsent', 'necessary'); show = false">เฉพาะที่จำเป็น</button> <button type="button" class="btn btn-primary" @click="localStorage.setItem('cookieConsent', 'all'); show = false">ยอมรับทั้งหมด</button></div>
  </div>
</div>
<script src="/assets/dist/js/app.js?v={ASSET_V}" defer></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-WTK7Q2M9LP"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-WTK7Q2M9LP');</script>"""

    def frame(self, head: str, main: str, path: str, body_class: str) -> str:
        active = "/" + path.strip("/").split("/")[0]
        return f"""{head}
<body class="{body_class}">
{self.header(active)}
<main id="main" class="site-main">
{main}
</main>
{self.footer(path)}
</body>
</html>
"""

    @staticmethod
    def crumbs(items: list[tuple[str, str]]) -> str:
        lis = ['<li><a href="/">หน้าแรก</a></li>']
        for label, href in items:
            lis.append(
                f'<li><a href="{attr(href)}">{esc(label)}</a></li>'
                if href
                else f'<li aria-current="page">{esc(label)}</li>'
            )
        return f'<nav class="breadcrumbs text-sm" aria-label="Breadcrumb"><ol class="flex flex-wrap gap-2">{"".join(lis)}</ol></nav>'

    def share(self, path: str, title: str) -> str:
        full = quote(self.u(path), safe="")
        return f"""<div class="share flex items-center gap-2" aria-label="แชร์">
  <span class="share__label">แชร์:</span>
  <a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" rel="noopener" class="share__fb">Facebook</a>
  <a href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank" rel="noopener" class="share__line">LINE</a>
  <a href="https://twitter.com/intent/tweet?url={full}&amp;text={quote(title, safe="")}" target="_blank" rel="noopener" class="share__x">X</a>
  <button type="button" class="share__copy" data-clipboard-text="{attr(self.u(path))}">คัดลอกลิงก์</button>
  <a href="javascript:window.print()" class="share__print">พิมพ์</a>
</div>"""

    @staticmethod
    def pager(base: str, page: int, pages: int, query: str = "") -> str:
        """Craft's pageInfo links: page 1 is the base URI, page N is <base>/pN (pageTrigger 'p')."""
        if pages <= 1:
            return ""

        def url(n: int) -> str:
            return attr((base if n == 1 else f"{base}/p{n}") + query)

        parts = [f'<a href="{url(page - 1)}" class="pagination__prev" rel="prev">« ก่อนหน้า</a>'] if page > 1 else []
        for n in range(1, pages + 1):
            parts.append(f'<span aria-current="page">{n}</span>' if n == page else f'<a href="{url(n)}">{n}</a>')
        if page < pages:
            parts.append(f'<a href="{url(page + 1)}" class="pagination__next" rel="next">ถัดไป »</a>')
        return f'<nav class="pagination flex gap-2 justify-center my-8" aria-label="แบ่งหน้า">{"".join(parts)}</nav>'

    # -- Matrix blocks (Redactor / CKEditor rich text, images, galleries, files, embeds) ---------------
    def blocks(self, seed: str, lines: tuple[str, ...], style: int, folder: str) -> str:
        out: list[str] = []
        run: list[str] = []
        files: list[str] = []
        state = {"list": False, "figure": 0}

        def close_list() -> None:
            if state["list"]:
                run.append("</ul>")
                state["list"] = False

        def flush() -> None:
            close_list()
            if run:
                out.append(f'<div class="matrix-block matrix-block--text prose max-w-none">\n{"".join(run)}\n</div>')
                run.clear()
            if files:
                block = f'<div class="matrix-block matrix-block--files"><h3>เอกสารแนบ</h3><ul class="attachments">{"".join(files)}</ul></div>'
                out.append(block)
                files.clear()

        for line in lines:
            if line.startswith("D:"):
                if run:
                    flush()
                label, href = line[2:].strip().split("|")
                item = f'<li><a href="{attr(self.pdf(href))}" target="_blank" download><svg class="icon-pdf" viewBox="0 0 24 24"><path d="M6 2h9l5 5v15H6z"/></svg> {esc(label)}</a> <span class="text-gray-500">(PDF, {80 + num(href, 900)} KB)</span></li>'
                files.append(item)
                continue
            if files:
                flush()
            if line.startswith("- "):
                if not state["list"]:
                    run.append("<ul>")
                    state["list"] = True
                item = inline(line[2:])
                run.append(
                    f'<li><span style="font-size: 16px;">{item}</span></li>' if style == 1 else f"<li>{item}</li>"
                )
                continue
            close_list()
            if line.startswith("> "):
                flush()
                quote_html = f'<blockquote class="matrix-block matrix-block--quote"><p>{inline(line[2:])}</p><cite>— {MAYOR}</cite></blockquote>'
                out.append(quote_html)
            elif is_text(line):
                text = inline(line)
                if style == 1:  # Redactor, pasted from Word: &nbsp; indents and empty paragraphs
                    run.append(f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; {text}</p>\n<p>&nbsp;</p>\n')
                    continue
                space, tag = text.find(" "), text.find("<")
                if style == 2 and space >= 0 and (tag < 0 or space < tag):  # CKEditor keeps typed double spaces
                    text = text[:space] + "&nbsp; " + text[space + 1 :]
                run.append(f"<p>{text}</p>\n")
            elif line.startswith("F:"):
                flush()
                state["figure"] += 1
                name = f"IMG_{2000 + num(seed + ':' + str(state['figure']), 7000)}.jpg"
                big, small = self.image(folder, name, "1200x800"), self.image(folder, name, "600x400", "80_line")
                cap = line[2:].strip()
                fig = f'<figure class="matrix-block matrix-block--image"><a href="{self.original(folder, name)}" data-fslightbox="{seed}"><img src="{big}" srcset="{small} 600w, {big} 1200w" sizes="(min-width: 1024px) 800px, 100vw" alt="{attr(cap)}" width="1200" height="800" loading="lazy"></a><figcaption>{esc(cap)}</figcaption></figure>'
                out.append(fig)
            elif line.startswith("G:"):
                flush()
                thumbs = []
                for i in range(int(line[2:])):
                    name = f"LINE_ALBUM_{_h(seed, 6)}_{i + 1}.jpg"
                    thumb = self.image(folder, name, "400x300", "80_none")
                    link = f'<a href="{self.original(folder, name)}" data-fslightbox="gallery-{seed}" class="block"><img src="{thumb}" alt="" width="400" height="300" loading="lazy"></a>'
                    thumbs.append(link)
                gallery = f'<div class="matrix-block matrix-block--gallery grid grid-cols-2 md:grid-cols-4 gap-2">{"".join(thumbs)}</div>'
                out.append(gallery)
            elif line.startswith("Y:"):
                flush()
                embed = f'<div class="matrix-block matrix-block--embed aspect-video"><iframe src="https://www.youtube.com/embed/{line[2:].strip()}?rel=0" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>'
                out.append(embed)
        flush()
        return "\n".join(out)

    def first_image(self, e: Entry) -> str:
        for line in e.lines:
            if line.startswith("F:"):
                return self.image(e.folder, f"IMG_{2000 + num(f'{e.key}:1', 7000)}.jpg", "600x400", "80_line")
            if line.startswith("G:"):
                return self.image(e.folder, f"LINE_ALBUM_{_h(e.key, 6)}_1.jpg", "600x400", "80_line")
        return self.jpg("/assets/dist/img/news-placeholder.jpg", 600, 400)

    def card(self, e: Entry) -> str:
        return f"""<article class="card card--news rounded shadow bg-white overflow-hidden">
  <a href="{attr(e.uri)}" class="card__image block"><img src="{self.first_image(e)}" alt="{attr(e.title)}" width="600" height="400" loading="lazy"></a>
  <div class="card__body p-4">
    <a class="badge" href="{attr(cat_uri(e.cats[0]))}">{esc(CATS[e.cats[0]][0])}</a>
    <time class="card__date text-sm text-gray-500" datetime="{e.iso}">{thai_abbr(e.d)}</time>
    <h3 class="card__title font-semibold"><a href="{attr(e.uri)}">{esc(e.title)}</a></h3>
    <p class="card__excerpt text-gray-600">{esc(excerpt(e))}</p>
    <a href="{attr(e.uri)}" class="card__more">อ่านต่อ <span aria-hidden="true">→</span></a>
  </div>
</article>"""

    def ann_table(self, items: tuple[Entry, ...], start: int = 1) -> str:
        trs = []
        for i, e in enumerate(items, start):
            pdf = next((x[2:].split("|")[1] for x in e.lines if x.startswith("D:")), "")
            cell = f'<a href="{attr(self.pdf(pdf))}" target="_blank">PDF</a>' if pdf else "-"
            tr = f'<tr><td class="text-center">{i}</td><td><a href="{attr(e.uri)}">{esc(e.title)}</a></td><td class="whitespace-nowrap">{thai_slash(e.d)}</td><td>{esc(e.who)}</td><td class="text-center">{cell}</td></tr>'
            trs.append(tr)
        return f'<table class="table-announcements w-full"><thead><tr><th>ลำดับ</th><th>เรื่อง</th><th>วันที่ประกาศ</th><th>หน่วยงาน</th><th>ไฟล์แนบ</th></tr></thead><tbody>{"".join(trs)}</tbody></table>'

    def sidebar(self, news: bool = True) -> str:
        items, fmt, label = (
            (NEWS[:5], thai_abbr, "ข่าวล่าสุด") if news else (ANNS[:ANN_PER_PAGE], thai_slash, "ประกาศล่าสุด")
        )
        latest = "".join(
            f'<li><a href="{attr(e.uri)}">{esc(e.title)}</a><time datetime="{e.iso}">{fmt(e.d)}</time></li>'
            for e in items
        )
        more = "" if news else '<a href="/announcements">ดูประกาศทั้งหมด</a>'
        counts = {h: sum(1 for e in NEWS if h in e.cats) for h in CATS}
        cats = "".join(
            f'<li><a href="{attr(cat_uri(h))}">{esc(t)}</a> <span>({counts[h]})</span></li>'
            for h, (t, _s) in CATS.items()
        )
        return f"""<aside class="sidebar lg:col-span-4 space-y-8">
<div class="widget"><h2 class="widget__title">ค้นหาข่าว</h2><form action="/search" method="get"><input type="search" name="q" placeholder="พิมพ์คำค้น"><button type="submit">ค้นหา</button></form></div>
<div class="widget"><h2 class="widget__title">{label}</h2><ul class="widget-list">{latest}</ul>{more}</div>
<div class="widget"><h2 class="widget__title">หมวดหมู่ข่าว</h2><ul class="widget-list">{cats}</ul></div>
<div class="widget widget--banners"><a href="{ESERVICE}" target="_blank" rel="noopener"><img src="/uploads/banners/eservice.jpg" alt="ระบบบริการประชาชนออนไลน์ e-Service" width="360" height="120"></a><a href="https://www.nacc.go.th" target="_blank" rel="noopener"><img src="/uploads/banners/no-gift-policy.jpg" alt="No Gift Policy" width="360" height="120"></a></div>
</aside>"""

    # -- the entry template (news, announcements, standing pages, albums, events, drafts) --------------
    def entry_html(self, path: str, title: str, crumbs: list, kind: str, meta: str, body: str, **o: Any) -> str:
        head = self.head(title, path, o.get("desc") or title, o.get("ld"), o.get("image", ""))
        main = f"""<div class="container mx-auto px-4 py-6">
{self.crumbs(crumbs)}
<div class="grid lg:grid-cols-12 gap-8 mt-4">
<article class="entry entry--{kind} lg:col-span-8">
  <header class="entry__header mb-6">
    <h1 class="entry__title text-3xl font-semibold">{esc(title)}</h1>
    <div class="entry__meta flex flex-wrap gap-4 text-sm text-gray-500">{meta}</div>
  </header>
  <div class="entry__body space-y-6">
{body}
  </div>
  <footer class="entry__footer mt-8 border-t pt-4">{o.get("foot", "")}
{self.share(path, title)}
  </footer>
</article>
{o.get("aside", "")}
</div>
{o.get("below", "")}
</div>"""
        return self.frame(head, main, path, f"entry-{kind}")

    def entry_page(self, e: Entry, lines: tuple[str, ...] = (), path: str = "") -> str:
        path = path or e.uri
        views = 120 + num("views:" + e.key, 2400)
        body = self.blocks(e.key, lines or e.lines, e.style, e.folder)
        ld = {"@type": "NewsArticle", "headline": e.title, "datePublished": e.iso, "url": self.u(e.uri)}
        ld["author"] = {"@type": "Person", "name": e.who}
        when = f'<time datetime="{e.iso}">{thai_long(e.d)}</time>'
        if not e.news:
            meta = f"<span>ประกาศเมื่อ {when}</span><span>หน่วยงาน: {esc(e.who)}</span><span>เข้าชม {views:,} ครั้ง</span>"
            crumbs = [("ประกาศ", "/announcements"), (e.title, "")]
            return self.entry_html(
                path, e.title, crumbs, e.section, meta, body, aside=self.sidebar(False), ld=ld, desc=excerpt(e, 150)
            )
        cats = " ".join(f'<a class="badge" href="{attr(cat_uri(h))}">{esc(CATS[h][0])}</a>' for h in e.cats)
        meta = f'<span class="entry__cats">{cats}</span><span>{when}</span><span>โดย {esc(e.who)}</span><span>อ่าน {views:,} ครั้ง</span>'
        tags = " ".join(f'<a href="/search?q={quote_plus(t)}" rel="tag">#{esc(t)}</a>' for t in e.tags)
        foot = f'<div class="entry__tags mb-3">แท็ก: {tags}</div>' if tags else ""
        rel = "".join(self.card(o) for o in related(e))
        below = f'<section class="related mt-12"><h2 class="text-2xl font-semibold mb-4">ข่าวที่เกี่ยวข้อง</h2><div class="grid md:grid-cols-3 gap-6">{rel}</div></section>'
        crumbs = [("ข่าวประชาสัมพันธ์", "/news"), (CATS[e.cats[0]][0], cat_uri(e.cats[0])), (e.title, "")]
        opts = {
            "foot": foot,
            "below": below if rel else "",
            "aside": self.sidebar(True),
            "ld": ld,
            "desc": excerpt(e, 150),
        }
        return self.entry_html(path, e.title, crumbs, e.section, meta, body, image=self.first_image(e), **opts)

    # -- listings --------------------------------------------------------------------------------------
    def list_page(
        self, path: str, h1: str, intro: str, content: str, crumbs: list, page: int = 1, pages: int = 1
    ) -> str:
        base = path.rsplit("/p", 1)[0] if page > 1 else path
        extra = f'<link rel="prev" href="{self.u(base if page == 2 else f"{base}/p{page - 1}")}">\n' if page > 1 else ""
        extra += f'<link rel="next" href="{self.u(f"{base}/p{page + 1}")}">\n' if page < pages else ""
        title = h1 if page == 1 else f"{h1} - หน้า {page}"
        head = self.head(title, path, intro or h1, extra=extra)
        lead = f'<p class="lead text-gray-600 mb-6">{esc(intro)}</p>' if intro else ""
        main = f"""<div class="container mx-auto px-4 py-6">
{self.crumbs(crumbs)}
<div class="grid lg:grid-cols-12 gap-8 mt-4">
<section class="lg:col-span-8">
<h1 class="text-3xl font-semibold mb-2">{esc(h1)}</h1>
{lead}
{content}
{self.pager(base, page, pages)}
</section>
{self.sidebar(not path.startswith("/announcements"))}
</div>
</div>"""
        return self.frame(head, main, path, "listing")

    def paginate(self, base: str, items: tuple, per: int, h1: str, intro: str, crumbs: list, render: Any) -> None:
        pages = max(1, -(-len(items) // per))
        for page in range(1, pages + 1):
            path = base if page == 1 else f"{base}/p{page}"
            content = render(items[(page - 1) * per : page * per], (page - 1) * per + 1)
            self.add(path, self.list_page(path, h1, intro, content, crumbs, page, pages))

    def listings(self) -> None:
        def cards(chunk: tuple, _start: int) -> str:
            return f'<div class="grid md:grid-cols-2 gap-6">{"".join(self.card(e) for e in chunk)}</div>'

        def albums(chunk: tuple, _start: int) -> str:
            return f'<div class="grid md:grid-cols-2 gap-6">{"".join(self.album_card(a) for a in chunk)}</div>'

        self.paginate(
            "/news", NEWS, NEWS_PER_PAGE, "ข่าวประชาสัมพันธ์", f"ข่าวสารและกิจกรรมของ{SITE}", [("ข่าวประชาสัมพันธ์", "")], cards
        )
        for h, (t, _s) in CATS.items():
            items = tuple(e for e in NEWS if h in e.cats)
            self.paginate(
                cat_uri(h), items, NEWS_PER_PAGE, f"หมวดหมู่: {t}", "", [("ข่าวประชาสัมพันธ์", "/news"), (t, "")], cards
            )
        intro = f"ประกาศและคำสั่งของ{SITE}"
        self.paginate("/announcements", ANNS, ANN_PER_PAGE, "ประกาศ", intro, [("ประกาศ", "")], self.ann_table)
        newest = tuple(reversed(ALBUMS))
        self.paginate(
            "/gallery", newest, GALLERY_PER_PAGE, "ภาพกิจกรรม", "อัลบั้มภาพกิจกรรมของเทศบาล", [("ภาพกิจกรรม", "")], albums
        )

    # -- home ------------------------------------------------------------------------------------------
    def home(self) -> str:
        n14, n7 = BY_KEY["n14"], BY_KEY["n7"]
        slides = (
            (
                PREVIEW_DAY,
                DRAFT_DAY_TITLE,
                "ข่าวเด่น",
                self.image("/uploads/slides", "municipality-day-banner.jpg", "1600x600"),
            ),
            (n14.uri, n14.title, "ข่าวล่าสุด", self.image(n14.folder, f"IMG_{2000 + num('n14:1', 7000)}.jpg", "1600x600")),
            (
                n7.uri + "/",
                n7.title,
                "สาธารณสุข",
                self.image(n7.folder, f"IMG_{2000 + num('n7:1', 7000)}.jpg", "1600x600"),
            ),
        )
        slide_html = "".join(
            f'<div class="swiper-slide relative"><img src="{img}" alt="" width="1600" height="600"><div class="slide-caption absolute bottom-0 p-6"><span class="badge">{esc(badge)}</span><h2 class="text-2xl"><a href="{attr(href)}">{esc(t)}</a></h2></div></div>'
            for href, t, badge, img in slides
        )
        cards = "".join(self.card(e) for e in NEWS[:NEWS_PER_PAGE])
        upcoming = [ev for ev in EVENTS if ev[1] >= TODAY.isoformat()][:3]
        ev_html = "".join(
            f'<li class="event-item"><span class="event-date">{icu_long(date.fromisoformat(ev[1]))}</span> <a href="{attr("/events/" + ev[0])}">{esc(ev[5])}</a> <span class="text-gray-500">{esc(ev[6])}</span></li>'
            for ev in upcoming
        )
        albums = "".join(self.album_card(a) for a in reversed(ALBUMS[-4:]))
        mayor_img = self.image("/uploads/people", "mayor.jpg", "300x360")
        target = self.site.base_url + "/search?q={search_term_string}"
        action = {"@type": "SearchAction", "target": target, "query-input": "required name=search_term_string"}
        ld = {"@type": "WebSite", "name": SITE, "url": self.site.base_url + "/", "potentialAction": action}
        head = self.head(SITE, "/", f"เว็บไซต์{SITE} {ADDRESS}", ld)
        main = f"""<h1 class="sr-only">{SITE}</h1>
<section class="hero swiper" x-data="slider()"><div class="swiper-wrapper">{slide_html}</div><div class="swiper-pagination"></div></section>
<section class="quick-links container mx-auto px-4 grid grid-cols-2 md:grid-cols-5 gap-4 my-8">
  <a href="{ESERVICE}" target="_blank" rel="noopener">e-Service</a><a href="/ita">ITA</a><a href="/downloads">ดาวน์โหลดแบบฟอร์ม</a><a href="{ESERVICE}/complaint" target="_blank" rel="noopener">ร้องเรียน/ร้องทุกข์</a><a href="/events/calendar">ปฏิทินกิจกรรม</a>
</section>
<section class="container mx-auto px-4 my-10"><div class="flex justify-between items-end mb-4"><h2 class="section-title text-2xl font-semibold">ข่าวประชาสัมพันธ์</h2><a href="/news">ดูข่าวทั้งหมด »</a></div>
<div class="grid md:grid-cols-3 gap-6">{cards}</div></section>
<section class="container mx-auto px-4 my-10 grid lg:grid-cols-3 gap-8">
  <div class="lg:col-span-2"><div class="flex justify-between items-end mb-4"><h2 class="section-title text-2xl font-semibold">ประกาศ</h2><a href="/announcements">ดูประกาศทั้งหมด »</a></div>{self.ann_table(ANNS[:ANN_PER_PAGE])}</div>
  <div><h2 class="section-title text-2xl font-semibold mb-4">กิจกรรมที่จะมาถึง</h2><ul class="events-upcoming">{ev_html}</ul><a href="/events">ดูกิจกรรมทั้งหมด »</a></div>
</section>
<section class="container mx-auto px-4 my-10"><div class="flex justify-between items-end mb-4"><h2 class="section-title text-2xl font-semibold">ภาพกิจกรรม</h2><a href="/gallery">ดูทั้งหมด »</a></div><div class="grid md:grid-cols-4 gap-6">{albums}</div></section>
<section class="mayor container mx-auto px-4 my-10 flex gap-6 items-center bg-emerald-50 rounded p-6"><img src="{mayor_img}" alt="{MAYOR}" width="150" height="180"><div><h2 class="text-xl font-semibold">สารจากนายกเทศมนตรี</h2><p>ยินดีต้อนรับสู่เว็บไซต์{SITE} ช่องทางติดตามข่าวสาร กิจกรรม และบริการของเทศบาล เทศบาลมุ่งมั่นพัฒนาวังตะเคียนให้เป็นเมืองน่าอยู่สำหรับทุกคน</p><p class="font-semibold">{MAYOR}<br><small>นายกเทศมนตรีเมืองวังตะเคียน</small></p><a href="/about/executives">คณะผู้บริหาร »</a></div></section>"""
        return self.frame(head, main, "/", "home")

    # -- gallery, events, standing pages ---------------------------------------------------------------
    def album_card(self, a: list[str]) -> str:
        slug, day, _n, title, _desc = a
        thumb = self.image(f"/uploads/gallery/{slug}", f"{slug}-01.jpg", "600x400", "80_none")
        return f'<a href="/gallery/{slug}" class="album-card block"><img src="{thumb}" alt="{attr(title)}" width="600" height="400" loading="lazy"><h3>{esc(title)}</h3><time datetime="{day}">{thai_abbr(date.fromisoformat(day))}</time></a>'

    def albums(self) -> None:
        for i, (slug, day, n, title, desc) in enumerate(ALBUMS):
            folder, photos = f"/uploads/gallery/{slug}", []
            for k in range(1, int(n) + 1):
                thumb = self.image(folder, f"{slug}-{k:02d}.jpg", "400x300", "80_none")
                big = self.original(folder, f"{slug}-{k:02d}.jpg")
                alt = attr(f"{title} ภาพที่ {k}")
                photos.append(
                    f'<a href="{big}" data-fslightbox="album" data-caption="{alt}"><img src="{thumb}" alt="{alt}" width="400" height="300" loading="lazy"></a>'
                )
            text = esc(desc)
            if slug == "opor-2567":  # the editor pasted the Craft share link of the news draft
                text += f' อ่านรายละเอียดได้ที่ <a href="{attr(PREVIEW_OPOR)}">ข่าวการฝึกอบรม อปพร.</a>'
            others = "".join(self.album_card(a) for j, a in enumerate(ALBUMS) if j != i and abs(j - i) <= 2)
            body = f'<p class="album__desc">{text}</p>\n<div class="album grid grid-cols-2 md:grid-cols-3 gap-2">{"".join(photos)}</div>'
            meta = (
                f'<span><time datetime="{day}">{thai_long(date.fromisoformat(day))}</time></span><span>{n} ภาพ</span>'
            )
            below = f'<section class="mt-12"><h2 class="text-2xl font-semibold mb-4">อัลบั้มอื่น ๆ</h2><div class="grid md:grid-cols-4 gap-6">{others}</div></section>'
            path = f"/gallery/{slug}"
            ld = {"@type": "ImageGallery", "name": title, "url": self.u(path), "datePublished": day}
            crumbs = [("ภาพกิจกรรม", "/gallery"), (title, "")]
            self.add(path, self.entry_html(path, title, crumbs, "gallery", meta, body, below=below, ld=ld, desc=desc))

    def events(self) -> None:
        lis = []
        for slug, day, start, _end, _rel, title, place, _desc in EVENTS:
            state = "กำลังจะมาถึง" if day >= TODAY.isoformat() else "ผ่านมาแล้ว"
            when = f'<time datetime="{day}T{start}:00+07:00">{icu_long(date.fromisoformat(day))}</time>'
            lis.append(
                f'<li class="event-row">{when} <a href="{attr("/events/" + slug)}">{esc(title)}</a> <span>{esc(place)}</span> <span class="badge">{state}</span></li>'
            )
        body = f'<div class="flex gap-4 mb-4"><a href="/events" class="btn is-active">รายการ</a><a href="/events/calendar" class="btn">ปฏิทิน</a></div><ul class="events-list">{"".join(lis)}</ul>'
        self.add(
            "/events",
            self.list_page("/events", "ปฏิทินกิจกรรม", f"กิจกรรมและงานประเพณีของ{SITE}", body, [("ปฏิทินกิจกรรม", "")]),
        )
        for slug, day, start, end, rel, title, place, desc in EVENTS:
            d, path = date.fromisoformat(day), "/events/" + slug
            stamp = day.replace("-", "")
            gcal = f"https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text={quote_plus(title)}&amp;dates={stamp}T{start.replace(':', '')}00/{stamp}T{end.replace(':', '')}00&amp;ctz=Asia/Bangkok&amp;location={quote_plus(place)}"
            more = f'<p>อ่านข่าว: <a href="{attr(BY_KEY[rel].uri)}">{esc(BY_KEY[rel].title)}</a></p>' if rel else ""
            body = f"""<dl class="event-details grid grid-cols-3 gap-2"><dt>วันที่</dt><dd><time datetime="{day}">{icu_long(d)}</time></dd><dt>เวลา</dt><dd>{start} – {end} น.</dd><dt>สถานที่</dt><dd>{esc(place)}</dd></dl>
<div class="matrix-block matrix-block--text prose"><p>{esc(desc)}</p>{more}</div>
<p><a href="{gcal}" target="_blank" rel="noopener">+ เพิ่มลงใน Google Calendar</a> · <a href="/events/calendar/{d.year}/{d.month:02d}">ดูปฏิทินเดือนนี้</a> · <a href="/events">« กลับไปหน้ากิจกรรม</a></p>"""
            ld = {"@type": "Event", "name": title, "startDate": f"{day}T{start}:00+07:00", "url": self.u(path)}
            crumbs = [("ปฏิทินกิจกรรม", "/events"), (title, "")]
            self.add(
                path,
                self.entry_html(path, title, crumbs, "event", f"<span>{icu_long(d)}</span>", body, ld=ld, desc=desc),
            )
        self.add("/events/calendar", self.calendar(TODAY.year, TODAY.month, "/events/calendar"))

    def calendar(self, y: int, m: int, path: str) -> str:
        """The events calendar of any month, linking the previous and next month (a trap)."""
        (py, pm), (ny, nm) = month_step(y, m, -1), month_step(y, m, 1)
        cells = ['<td class="empty"></td>'] * date(y, m, 1).weekday()
        for day in range(1, pycal.monthrange(y, m)[1] + 1):
            iso = date(y, m, day).isoformat()
            evs = "".join(
                f'<a href="{attr("/events/" + ev[0])}" class="cal-event">{esc(ev[5])}</a>'
                for ev in EVENTS
                if ev[1] == iso
            )
            cells.append(
                f'<td class="cal-day{" is-today" if iso == TODAY.isoformat() else ""}"><span class="cal-num">{day}</span>{evs}</td>'
            )
        cells += ['<td class="empty"></td>'] * (-len(cells) % 7)
        trs = "".join(f"<tr>{''.join(cells[k : k + 7])}</tr>" for k in range(0, len(cells), 7))
        label = f"{MONTHS[m - 1]} {y + 543}"
        body = f"""<div class="flex gap-4 mb-4"><a href="/events" class="btn">รายการ</a><a href="/events/calendar" class="btn is-active">ปฏิทิน</a></div>
<div class="calendar" data-month="{y}-{m:02d}">
  <div class="calendar__nav flex justify-between"><a href="/events/calendar/{py}/{pm:02d}" rel="nofollow">‹ {MONTHS[pm - 1]} {py + 543}</a><h2>{label}</h2><a href="/events/calendar/{ny}/{nm:02d}" rel="nofollow">{MONTHS[nm - 1]} {ny + 543} ›</a></div>
  <table class="calendar__grid w-full"><thead><tr><th>จ.</th><th>อ.</th><th>พ.</th><th>พฤ.</th><th>ศ.</th><th>ส.</th><th>อา.</th></tr></thead><tbody>{trs}</tbody></table>
</div>"""
        return self.list_page(path, f"ปฏิทินกิจกรรม {label}", "", body, [("ปฏิทินกิจกรรม", "/events"), (label, "")])

    def page_bodies(self) -> dict[str, str]:
        cards = "".join(f'<a href="{h}" class="card block p-6"><h2>{t}</h2></a>' for t, h in ABOUT)
        people = "".join(
            f'<figure class="person text-center"><img src="{self.image("/uploads/people", f"exec-{i + 1}.jpg", "300x360")}" alt="{attr(n)}" width="300" height="360"><figcaption><strong>{esc(n)}</strong><br>{esc(p)}</figcaption></figure>'
            for i, (n, p) in enumerate(EXECUTIVES)
        )
        contact = f"""<div class="matrix-block matrix-block--text prose"><p>{SITE} {ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>
<div class="map aspect-video"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3875.1!2d99.9!3d14.1" loading="lazy" title="แผนที่"></iframe></div>
<form method="post" action="" accept-charset="UTF-8" class="contact-form space-y-4">
  <input type="hidden" name="CRAFT_CSRF_TOKEN" value="{tok("csrf:/contact")}">
  <input type="hidden" name="action" value="contact-form/send">
  <input type="hidden" name="redirect" value="{_h("redir:contact", 64)}contact/thanks">
  <label>ชื่อ-นามสกุล <input type="text" name="fromName" required></label>
  <label>อีเมล <input type="email" name="fromEmail" required></label>
  <label>เรื่อง <input type="text" name="subject"></label>
  <label>ข้อความ <textarea name="message[body]" rows="6" required></textarea></label>
  <div class="h-captcha" data-sitekey="{_h("hcaptcha", 36)}"></div>
  <button type="submit" class="btn btn-primary">ส่งข้อความ</button>
</form>
<script src="/cpresources/{_h("cpres", 8)}/js/contact-form.js?v={ASSET_V}"></script>"""
        ita = "".join(
            f'<tr><td>{code}</td><td>{esc(label)}</td><td><a href="{attr(self.pdf(h) if h.endswith(".pdf") else h)}"{blank(h)}>{"ดาวน์โหลด" if h.endswith(".pdf") else "ดูข้อมูล"}</a></td></tr>'
            for code, label, h in ITA
        )
        docs = "".join(
            f'<li><a href="{attr(self.pdf(h))}" target="_blank">{esc(t)}</a> <span class="text-gray-500">(PDF, {s})</span></li>'
            for t, h, s in DOWNLOADS
        )
        return {
            "/about": f'<div class="matrix-block matrix-block--text prose"><p>{SITE}ตั้งอยู่ใจกลางอำเภอวังตะเคียน มีพื้นที่ 12.4 ตารางกิโลเมตร 12 ชุมชน ประชากรประมาณ 21,000 คน</p></div><div class="grid md:grid-cols-2 gap-4">{cards}</div>',
            "/about/history": self.blocks("page:history", HISTORY, 0, "/uploads/pages"),
            "/about/vision": self.blocks("page:vision", VISION, 0, "/uploads/pages"),
            "/about/executives": f'<div class="grid md:grid-cols-3 gap-6">{people}</div>',
            "/contact": contact,
            "/privacy-policy": self.blocks("page:privacy", PRIVACY, 1, "/uploads/pages"),
            "/ita": f'<div class="matrix-block matrix-block--text prose"><p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ พ.ศ. 2567</p></div><table class="w-full"><thead><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr></thead><tbody>{ita}</tbody></table>',
            "/downloads": f'<div class="matrix-block matrix-block--files"><ul class="attachments">{docs}</ul></div>',
        }

    def pages(self) -> None:
        """Standing pages in the entry template: h1, an 'updated' date, share bar, related pages."""
        bodies = self.page_bodies()
        for path, title, updated, group, desc in PAGES:
            when = f'<time datetime="{updated}T09:00:00+07:00">{thai_long(date.fromisoformat(updated))}</time>'
            meta = f"<span>ปรับปรุงล่าสุด {when}</span><span>โดย งานประชาสัมพันธ์</span>"
            parent = (
                [("เกี่ยวกับเทศบาล", "/about")]
                if path.startswith("/about/")
                else [("บริการประชาชน", "/downloads")]
                if group == "services" and path != "/downloads"
                else []
            )
            sib = "".join(
                f'<li><a href="{attr(h)}">{esc(t)}</a></li>'
                for t, h in (ABOUT if group == "about" else SERVICES)
                if h != path
            )
            aside = f'<aside class="sidebar lg:col-span-4"><div class="widget"><h2 class="widget__title">หน้าที่เกี่ยวข้อง</h2><ul class="widget-list">{sib}</ul></div></aside>'
            ld = {"@type": "WebPage", "name": title, "url": self.u(path), "dateModified": updated}
            self.add(
                path,
                self.entry_html(
                    path, title, [*parent, (title, "")], "page", meta, bodies[path], aside=aside, ld=ld, desc=desc
                ),
            )

    # -- drafts, errors, the control panel -------------------------------------------------------------
    def previews(self) -> None:
        story = make_story(DRAFT_DAY_TITLE, TODAY.isoformat(), "09:00", "งานประชาสัมพันธ์", DRAFT_DAY_LINES)
        draft = Entry(
            "n99", "news", "municipality-day-2567", ("activities",), (), "งานประชาสัมพันธ์", 0, DRAFT_DAY_LINES, story
        )
        page = self.entry_page(draft, path=PREVIEW_DAY.split("?")[0])
        self.site.add(PREVIEW_DAY, self.html(page, PREVIEW_DAY, preview=True))
        page = self.entry_page(BY_KEY["n12"], DRAFT_OPOR_LINES)
        self.site.add(PREVIEW_OPOR, self.html(page, PREVIEW_OPOR, preview=True))
        self.non_articles += [self.u(PREVIEW_DAY), self.u(PREVIEW_OPOR)]

    def error_page(self, status: int, title: str, message: str) -> str:
        main = f'<div class="container mx-auto px-4 py-20 text-center"><p class="text-6xl font-bold text-emerald-700">{status}</p><h1 class="text-2xl">{esc(title)}</h1><p>{esc(message)}</p><p><a href="/">กลับหน้าแรก</a> · <a href="/search">ค้นหา</a></p></div>'
        return self.frame(self.head(title, f"/{status}", message), main, f"/{status}", "error")

    @staticmethod
    def cp_login() -> str:
        return f"""<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head><meta charset="UTF-8"><title>Sign In - {SITE}</title><meta name="robots" content="noindex, nofollow"><meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/cpresources/{_h("cp", 8)}/css/cp.css?v={ASSET_V}" rel="stylesheet"></head>
<body class="ltr login">
<div id="login"><form id="login-form" method="post" accept-charset="UTF-8"><input type="hidden" name="CRAFT_CSRF_TOKEN" value="{tok("csrf:/admin/login")}">
<h1>{SITE}</h1><input class="text fullwidth" id="loginName" type="text" name="loginName" placeholder="Username or Email" autocomplete="username"><input class="text fullwidth" id="password" type="password" name="password" placeholder="Password" autocomplete="current-password">
<div class="buttons"><button id="submit" class="btn submit" type="submit">Sign in</button></div><a id="forgot-password">Forget your password?</a></form></div>
<footer>Craft CMS 4.5.11</footer>
</body>
</html>
"""

    # -- search (a trap) -------------------------------------------------------------------------------
    def search(self, query: str, page: int, order: str) -> str:
        words, hits = query.split(), []
        for e in reversed(ENTRIES):
            hay = " ".join((e.title, *e.story.paragraphs, *e.tags))
            if words and all(w in hay for w in words):
                hits.append((sum(hay.count(w) for w in words), e))
        if order != "postDate":
            hits.sort(key=lambda x: -x[0])
        pages, q = max(1, -(-len(hits) // SEARCH_PER_PAGE)), quote_plus(query)
        results = "".join(
            f'<li class="search-result"><h2><a href="{attr(e.uri)}">{esc(e.title)}</a></h2><p class="text-sm text-gray-500">{"ข่าวประชาสัมพันธ์" if e.news else "ประกาศ"} · {thai_long(e.d)}</p><p>{esc(excerpt(e, 160))}</p></li>'
            for _s, e in hits[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]
        )
        if hits:
            found = f'<p>พบ {len(hits)} รายการ สำหรับ “{esc(query)}”</p><ol class="search-results">{results}</ol>'
        else:
            found = f"<p>ไม่พบผลการค้นหาสำหรับ “{esc(query)}”</p>" if query else "<p>กรุณาพิมพ์คำที่ต้องการค้นหา</p>"
        found += self.pager("/search", page, pages, f"?q={q}&orderBy={order}")
        if query:  # related searches append one more word, every page links longer queries: endless
            start = num("rel:" + query, len(WORDS))
            picks = [WORDS[(start + k) % len(WORDS)] for k in range(5)]
            more = "".join(
                f'<li><a href="/search?q={quote_plus(query + " " + w)}">{esc(query)} {esc(w)}</a></li>' for w in picks
            )
            found += f'<div class="search-sort">เรียงตาม: <a href="/search?q={q}&amp;orderBy=score">ความเกี่ยวข้อง</a> | <a href="/search?q={q}&amp;orderBy=postDate">วันที่ล่าสุด</a></div><div class="related-searches"><h2>คำค้นที่เกี่ยวข้อง</h2><ul>{more}</ul></div>'
        title = f"ผลการค้นหา: {query}" if query else "ค้นหา"
        form = f'<form action="/search" method="get" class="search-form mb-6"><input type="search" name="q" value="{attr(query)}" placeholder="พิมพ์คำค้น"><button type="submit">ค้นหา</button></form>'
        main = f"""<div class="container mx-auto px-4 py-6">
{self.crumbs([("ค้นหา", "")])}
<h1 class="text-3xl font-semibold my-4">{esc(title)}</h1>
{form}{found}
</div>"""
        return self.frame(self.head(title, "/search", title), main, "/search", "search")

    # -- feeds, sitemaps, robots -----------------------------------------------------------------------
    def rss(self) -> Response:
        base = self.site.base_url
        items = []
        for e in NEWS[:RSS_LIMIT]:
            cats = "".join(f"<category>{esc(CATS[h][0])}</category>" for h in e.cats)
            pub = rfc822(local_dt(e.story.date, e.story.time))
            items.append(
                f"""
    <item>
      <title>{esc(e.title)}</title>
      <link>{base}{esc(e.uri)}</link>
      <guid isPermaLink="false">{base}/news#{e.eid}</guid>
      <pubDate>{pub}</pubDate>
      <dc:creator>{esc(e.who)}</dc:creator>{cats}
      <description><![CDATA[{excerpt(e, 300)}]]></description>
    </item>"""
            )
        built = rfc822(local_dt(NEWS[0].story.date, NEWS[0].story.time))
        text = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>ข่าวประชาสัมพันธ์ - {SITE}</title>
    <link>{base}/news</link>
    <atom:link href="{base}/news.rss" rel="self" type="application/rss+xml" />
    <description>ข่าวสารและกิจกรรมของ{SITE}</description>
    <language>th</language>
    <lastBuildDate>{built}</lastBuildDate>{"".join(items)}
  </channel>
</rss>
"""
        return self.text(text, "application/rss+xml; charset=utf-8")

    @staticmethod
    def text(body: str, ctype: str, *extra: tuple[str, str]) -> Response:
        return Response(200, (("Content-Type", ctype), ("X-Powered-By", "Craft CMS"), *extra), body.encode("utf-8"))

    def sitemaps(self) -> None:
        """SEOmatic: /sitemaps-1-sitemap.xml -> one sitemap per section (announcements: sitemap disabled)."""
        base = self.site.base_url
        xsl = f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{base}/sitemap.xsl"?>\n'
        static = (
            "/",
            "/about",
            "/about/history",
            "/about/vision",
            "/about/executives",
            "/contact",
            "/ita",
            "/downloads",
        )
        maps = {
            "section-news": [(e.uri, e.iso, "0.7") for e in NEWS],
            "section-pages": [(p, "2024-07-30T09:00:00+07:00", "0.5") for p in (*static, "/privacy-policy")],
            "section-gallery": [(f"/gallery/{a[0]}", f"{a[1]}T17:00:00+07:00", "0.4") for a in ALBUMS],
            "section-events": [(f"/events/{ev[0]}", f"{ev[1]}T08:00:00+07:00", "0.4") for ev in EVENTS],
            "categorygroup-newsCategories": [(cat_uri(h), NEWS[0].iso, "0.3") for h in CATS],
        }
        index = []
        for name, urls in maps.items():
            body = "".join(
                f"\n  <url>\n    <loc>{self.u(p)}</loc>\n    <lastmod>{lm}</lastmod>\n    <changefreq>weekly</changefreq>\n    <priority>{pr}</priority>\n  </url>"
                for p, lm, pr in urls
            )
            ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
            path = f"/sitemaps-1-{name}-1-sitemap.xml"
            self.site.add(
                path,
                self.text(
                    f"{xsl}<urlset {ns}>{body}\n</urlset>\n",
                    "application/xml; charset=utf-8",
                    ("X-Robots-Tag", "noindex"),
                ),
            )
            index.append(
                f"\n  <sitemap>\n    <loc>{base}{path}</loc>\n    <lastmod>{max(r[1] for r in urls)}</lastmod>\n  </sitemap>"
            )
        text = f'{xsl}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{"".join(index)}\n</sitemapindex>\n'
        for path in ("/sitemaps-1-sitemap.xml", "/sitemap.xml"):
            self.site.add(path, self.text(text, "application/xml; charset=utf-8", ("X-Robots-Tag", "noindex")))
        xslt = '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><html><body><h1>XML Sitemap</h1></body></html></xsl:template></xsl:stylesheet>\n'
        add_text(self.site, "/sitemap.xsl", xslt, "text/xsl")

    def robots(self) -> Response:
        base = self.site.base_url
        lines = [f"# robots.txt for {base}/", "", f"Sitemap: {base}/sitemaps-1-sitemap.xml", ""]
        lines += ["# live - don't allow web crawlers to index cpresources/ or vendor/", "", "User-agent: *"]
        lines += [*(f"Disallow: {p}" for p in DISALLOWED), ""]
        return self.text("\n".join(lines), "text/plain; charset=UTF-8")

    # -- registration ----------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.add("/", self.home())
        self.listings()
        for e in ENTRIES:
            site.add(e.uri, self.html(self.entry_page(e), e.uri, self.u(e.uri)))
            aliases = {"n7": (self.u(e.uri + "/"),), "n6": (site.base_url + "/index.php?p=" + e.uri.lstrip("/"),)}
            s = e.story
            art = FixtureArticle(
                self.u(e.uri), aliases.get(e.key, ()), s.title, s.paragraphs, s.date, s.author, s.shown_captions
            )
            site.articles.append(art)
        self.albums()
        self.events()
        self.pages()
        self.previews()
        for path in ("/search", "/search?q=ภาษี", "/events/calendar/2024/09", "/admin/login"):
            self.non_articles.append(self.u(path))
        cp = (("X-Robots-Tag", "none"),)
        site.add(
            "/admin", Response(302, (("Content-Type", "text/html; charset=UTF-8"), ("Location", "/admin/login"), *cp))
        )
        site.add("/admin/login", self.text(self.cp_login(), "text/html; charset=UTF-8", *cp))
        site.add("/news.rss", self.rss())
        self.sitemaps()
        site.add("/robots.txt", self.robots())
        assets = (
            (
                "/humans.txt",
                f"/* TEAM */\n\nCreator: {SITE}\nURL: {site.base_url}/\n\n/* THANKS */\n\nCraft CMS - https://craftcms.com\n",
                "text/plain; charset=utf-8",
            ),
            (
                "/assets/dist/css/app.css",
                ".sr-only{position:absolute;width:1px;height:1px;overflow:hidden}[x-cloak]{display:none}\n",
                "text/css",
            ),
            (
                "/assets/dist/js/app.js",
                "window.fontSize=function(){return{smaller(){},reset(){},bigger(){}}};window.slider=function(){return{}};\n",
                "application/javascript",
            ),
            (f"/cpresources/{_h('cpres', 8)}/js/contact-form.js", "/* contact-form */\n", "application/javascript"),
            (
                "/uploads/site/logo-wangtakhian.svg",
                '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#065f46"/></svg>\n',
                "image/svg+xml",
            ),
        )
        for path, body, ctype in assets:
            add_text(site, path, body, ctype)
        for path, w, h in (
            ("/uploads/site/og-default.jpg", 1200, 630),
            ("/uploads/banners/eservice.jpg", 360, 120),
            ("/uploads/banners/no-gift-policy.jpg", 360, 120),
        ):
            self.jpg(path, w, h)
        site.disallowed_paths = list(DISALLOWED)
        site.broken_links = [site.base_url + ITA_BROKEN]
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_SEARCH, TRAP_PREVIEW]
        page = self.error_page(404, "ไม่พบหน้าที่คุณต้องการ", "หน้าที่คุณเรียกอาจถูกย้ายหรือลบไปแล้ว")
        site.not_found = self.html(page, "/404", status=404)
        page = self.error_page(400, "Invalid token", "ลิงก์แสดงตัวอย่างนี้หมดอายุแล้ว")
        self.bad_token = self.html(page, "/400", status=400, preview=True)
        site.dynamic = self.dynamic

    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        if {"token", "x-craft-preview", "x-craft-live-preview"} & q.keys():
            return self.bad_token  # Craft: "Invalid token" (400) for any token it does not know
        if path in ("/index.php", "/index.php/"):  # Craft's pathParam: index.php?p=<uri>
            inner, rest = "/" + q.pop("p", "").strip("/"), urlencode(q)
            return self.site.route(inner + ("?" + rest if rest else ""))
        m = re.fullmatch(r"/events/calendar/(\d{4})/(\d{1,2})/?", path)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            if y < 1000 or not 1 <= mo <= 12:
                return None
            return self.html(self.calendar(y, mo, f"/events/calendar/{y}/{mo:02d}"), path)
        m = re.fullmatch(r"/search(?:/p(\d+))?/?", path)
        if m:
            page = self.search(" ".join(q.get("q", "").split()), int(m.group(1) or 1), q.get("orderBy", "score"))
            return self.html(page, "/search", self.u("/search"))
        if len(path) > 1 and path.endswith("/"):  # Craft trims the trailing slash and answers 200
            return self.site.route(parts.path.rstrip("/") + ("?" + parts.query if parts.query else ""))
        if parts.query and self.site.has(parts.path):
            return self.site.route(parts.path)  # Craft ignores query parameters it does not use
        return None


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="nginx")
    Craft(site).register()
    return site

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""plone_site: a เทศบาลเมือง on Plone 5.2 (classic UI, Barceloneta + a small Diazo theme), on a .go.th name.

CMS imitated: Plone 5.2.14 on Python 3.8 (Zope 4, WSGI behind nginx), Dexterity content from
plone.app.contenttypes (News Item, Document, Event, File, Image, Folder, Collection), plone.app.event,
plone.app.caching, the default syndication views and a tiny theme package ("wangsila.theme") whose
integrator customised a few templates.  Every page is the classic main_template: ``<base href>``, Dublin
Core ``<meta name="DC.*">`` tags and Plone's social tags (``og:type`` is "website" everywhere), the
``p.hiddenStructure`` skip links "ข้ามไปยังเนื้อหา" / "ข้ามไปยังการนำทาง", ``#portal-header`` (logo
``/@@site-logo/logo.png``, search box posting to ``/@@search``, "เข้าสู่ระบบ" ``/login``),
``#portal-globalnav``, ``#portal-breadcrumbs`` ("คุณอยู่ที่:"), ``#portal-column-one`` (navigation portlet,
two static portlets), ``#portal-column-content`` > ``#content`` (``h1.documentFirstHeading``,
``div.documentDescription``, ``#content-core`` > ``#parent-fieldname-text``), ``#portal-column-two`` (the
news portlet "ข่าวล่าสุด" with "ข่าวเพิ่มเติม…", the events portlet, the calendar portlet) and
``#portal-footer`` with the colophon.  Links are absolute (``http://host/...``) as Plone writes them,
except the calendar portlet's month arrows (``?month=4&year=2024``, relative to ``<base href>``) and a few
links editors typed by hand into bodies.

เทศบาลเมืองวังศิลา (fictional), อำเภอเมืองวังศิลา จังหวัดศิลาธาร.  UTF-8, ``Server: nginx``, plone.app.caching
headers (``X-Cache-Rule``, ``X-Cache-Operation``).  TODAY is 2024-05-15 (the calendar portlet shows
"พฤษภาคม 2567"); the integrator made dates print with Buddhist years: "14/05/2567 17:05".

URL shapes
* ``/`` (the site root, default page ``front-page``; ``/front-page`` answers too).
* news items ``/news/<id>``: the id is the editor's short name (``songkran-2567``, ``copy_of_tax-2566``
  left by a copy/paste of last year's item) or, when the editor left it empty, what Plone's name chooser
  made from the Thai title with the ``th`` URL normaliser: every Thai character becomes its code point in
  hex (``ประกาศ`` -> ``e1be23e30e01e32e28``), ``ำ`` vanishes (its NFKD decomposition has no ASCII),
  spaces and punctuation -> ``-``, cut at 255 characters at a ``-``; the second "โครงการ Big Cleaning Day"
  got ``...-big-cleaning-day-1``.  Same item at ``/news/<id>/view`` (editors paste it from their browser)
  and ``/news/<id>?ajax_load=1`` (the integrator's "ฉบับพิมพ์" document action: the content without the
  portal).  Lead image ``/news/<id>/@@images/<uuid>.jpeg`` (``@@images/image/large`` on click,
  ``@@images/image/thumb`` in listings); body images are Image objects ``/images/<year>/<file>/@@images/
  image/preview`` in plone.outputfilters' captioned markup ``<dl class="image-inline captioned"><dt><img>
  </dt><dd class="image-caption">``; ``/news/<id>/sendto_form`` ("ส่งต่อ").
* ``/news``: the folder's default page is the ``aggregator`` Collection (News Items, newest effective
  first, summary view, 20 a page: ``/news?b_start:int=20``); ``/news/aggregator`` (+ ``?b_start:int=20``) is
  the same; ``/news/summary_view`` and ``/news/tabular_view`` (folder order, with the PDFs and the
  collection, + ``?b_start:int=20``).  Listing bylines show the MODIFIED date ("แก้ไขล่าสุด").  PDFs are
  File objects in the news folder (``/news/<file id>.pdf`` downloads, ``.../view`` is the file page,
  ``.../@@download/file/<name>``).  Feeds ``/news/RSS`` (RSS 1.0, with the Files) and ``/news/rss.xml``.
* Next/previous navigation is enabled on ``/news``: "ก่อนหน้า: <title>" / "ถัดไป: <title>" in FOLDER order
  (creation order: a draft created early sits before an item published earlier, and the chain passes
  through the PDF files' ``/view`` pages).  "เนื้อหาที่เกี่ยวข้อง" (related items) under some bodies;
  keywords "ป้ายกำกับ" link ``/@@search?Subject%3Alist=<tag>``.
* pages: ``/about`` (folder listing), ``/about/history``, ``/about/vision``, ``/about/structure``,
  ``/executives``, ``/contact-info`` (Plone's contact form), ``/sitemap`` (Plone's site map: links every
  news item), ``/accessibility-info``, ``/login``, ``/author/<userid>`` (the byline's author link).
* ITA: ``/ita`` (tabular listing of the folder), ``/ita/oit-2567`` (a Document whose table links the old
  Archetypes URLs ``/ita/o1/at_download/file`` kept after the migration), Files ``/ita/oN`` (download),
  ``/ita/oN/view``, ``/ita/oN/@@download/file/<file name>`` (Thai names percent-encoded).
* events (plone.app.event): ``/events`` and ``/events/aggregator`` (upcoming events), ``/events/<id>``
  (When/Where/Contact, "เพิ่มลงในปฏิทิน" ``/events/<id>/ics_view``), ``/@@event_listing?mode=future|past``.
  ``/events/loykrathong-2566`` is an event while ``/news/loykrathong-2566`` is a news item.
* ``/robots.txt`` is Plone's default (``Disallow:`` nothing for ``*``; the ``/*?`` rules are for Googlebot
  only) with ``Sitemap: /sitemap.xml.gz`` (gzip, ``application/octet-stream``).
* unknown paths: Plone's "ไม่พบหน้าที่คุณต้องการ" page, status 404; one body links a deleted item.

Gold articles: the 22 News Items, 2023-06-05 .. 2024-05-14, oldest first.  url = ``/news/<id>``; aliases =
``/news/<id>/view``, ``/news/<id>?ajax_load=1`` and, for three items, the acquisition copies linked from
bodies (below).  title = the h1; published = the EFFECTIVE date shown as "เผยแพร่ 05/06/2566 14:20" in the
byline (``DC.date.created`` falls on an earlier day for seven drafts, the copied item among them; listings
and ``sitemap.xml.gz`` show the modified date); author = the byline's "โดย <name>" (the user's full name, or the user id "admin"
when he has none).  Paragraphs: the description (``div.documentDescription``, a lead written apart from
the body) when there is one, then the body's ``<p>``, ``<h3>``, list items and table rows (cells joined by a
space); not the captions, byline, keywords, document actions, related items or next/previous titles.
Captions: the lead image's ``<figcaption>`` then the body's ``dd.image-caption`` in page order.

Non-articles: home, ``/front-page``, the news listings (and their pages and views), the File pages,
the static pages, ITA, author pages, site map, login/contact/send-to forms, events (an Event has a title,
a byline and text, but it is a calendar entry: ``portaltype-event``, When/Where box, iCal link), the event
listings and single-tag search pages.

Traps (``trap_patterns``, made on request by ``_Plone.dynamic``):
* the calendar portlet (right column of nearly every page): its arrows are ``?month=M&year=Y`` relative to ``<base href>`` (they
  carry ``rel="nofollow"``), so every page answers ``<page>?month=M&year=Y`` with the same content and
  another month, each linking the previous and next month forever;
* ``/@@event_listing?mode=day|week|month&date=...`` (from the calendar's day links and the listing's "วันนี้ /
  สัปดาห์นี้ / เดือนนี้"), each linking the previous and next period forever (+ its ``@@event_listing_ical``);
* ``/@@search``: the integrator's "กรองตามป้ายกำกับ" block toggles each of 13 tags on the current query
  (``Subject%3Alist=a&Subject%3Alist=b...``, in click order) and the sort links add ``sort_on``: thousands
  of result pages over the same items;
* acquisition: Zope finds ``news`` from any folder, so ``/about/news/<id>`` and ``/news/news/<id>`` answer
  with the item.  ``/about/history`` has a hand-typed relative link ``news/songkran-2567`` (-> ``/about/news/
  songkran-2567``), and two items link each other with ``href="news/<id>"``: from ``/news/<a>`` that is
  ``/news/news/<b>``, whose own link is ``/news/news/news/<a>``... deeper forever.
"""

from __future__ import annotations

import calendar
import gzip
import hashlib
import re
import string
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import unescape
from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

from ..media import pdf
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import BANGKOK, MONTHS, http_date, rfc822
from ..thaidate import thai_long as th_long
from .common import add_gif, add_jpeg, add_text, attr, esc, static_file

FAMILY = "plone_site"
SITE_TITLE = "เทศบาลเมืองวังศิลา"
SITE_EN = "Wang Sila Town Municipality"
ADDRESS = "เลขที่ 88 ถนนศรีวังศิลา ตำบลวังศิลา อำเภอเมืองวังศิลา จังหวัดศิลาธาร 48120"
PHONE = "0 4271 5500"
FAX = "0 4271 5501"
EMAIL = "saraban@wangsila.go.th"
TODAY = date(2024, 5, 15)
NOW = datetime(2024, 5, 15, 10, 0, tzinfo=BANGKOK)
UNIQUE = "2023-11-02%2009%3A12%3A44.110000"
BATCH = 20  # the aggregator's and the folder views' batch size
SEARCH_BATCH = 10
PORTAL = "@@PORTAL@@"  # replaced by the site URL in bodies

USERS = {
    "admin": ("admin", None),  # no full name: Plone shows the user id
    "supaporn": ("สุภาพร ศรีสุข", "นักประชาสัมพันธ์ สำนักปลัดเทศบาล"),
    "kongklang": ("กองคลัง เทศบาลเมืองวังศิลา", "ฝ่ายพัฒนารายได้ กองคลัง"),
}

TAGS = (
    "ภาพกิจกรรม",
    "สิ่งแวดล้อม",
    "ประกาศ",
    "รับสมัครงาน",
    "จัดซื้อจัดจ้าง",
    "ภาษี",
    "กองคลัง",
    "สาธารณสุข",
    "ประเพณี",
    "การศึกษา",
    "ประปา",
    "สภาเทศบาล",
    "ผู้สูงอายุ",
)


# -- content ------------------------------------------------------------------------------------------
def P(text: str) -> str:
    return f"<p>{text}</p>"


def PJ(text: str) -> str:
    return f'<p style="text-align: justify;">{text}</p>'


def UL(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def OL(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


def TABLE(head: tuple[str, ...], *rows: tuple[str, ...]) -> str:
    """TinyMCE's serializer writes a line break between cells (its indent_before/indent_after list)."""
    out = '<table class="plain"><tbody><tr>' + "\n".join(f"<th>{c}</th>" for c in head) + "</tr>"
    for row in rows:
        out += "<tr>" + "\n".join(f"<td>{c}</td>" for c in row) + "</tr>"
    return out + "</tbody></table>"


def IMG(path: str, caption: str | None, alt: str = "", cls: str = "image-inline") -> str:
    """An Image object inserted with TinyMCE; plone.outputfilters renders the caption (its description)."""
    src = f"{PORTAL}{path}/@@images/image/preview"
    if caption:
        return (
            f'<dl class="{cls} captioned" style="width:400px;"><dt><img src="{src}" alt="{attr(alt or caption)}" title="{attr(alt or caption)}" height="267" width="400" /></dt>'
            f'<dd class="image-caption" style="width:400px;">{esc(caption)}</dd></dl>'
        )
    return f'<p><img class="{cls}" src="{src}" alt="{attr(alt)}" title="{attr(alt)}" height="267" width="400" /></p>'


def FILE_LINK(key: str, text: str) -> str:
    return f'<a href="{PORTAL}/news/{{{{file:{key}}}}}" class="internal-link" target="_self" title="">{text}</a>'


@dataclass(frozen=True)
class _News:
    key: str
    short_name: str | None  # what the editor typed; None: Plone made the id from the title
    title: str
    description: str
    effective: str  # 'YYYY-MM-DD HH:MM' (published; the gold date)
    created: str
    modified: str
    creator: str
    subjects: tuple[str, ...]
    body: tuple[str, ...]
    lead: str | None = None  # None: no lead image; '': a lead image without caption
    related: tuple[str, ...] = ()  # 'news:<key>', 'ita:<id>', 'event:<key>'

    @property
    def eff(self) -> datetime:
        return _dt(self.effective)


@dataclass(frozen=True)
class _File:
    key: str
    filename: str  # as uploaded
    title: str
    created: str


@dataclass(frozen=True)
class _Event:
    key: str
    short_name: str | None
    title: str
    description: str
    start: str
    end: str
    location: str
    contact: str
    phone: str
    body: tuple[str, ...]
    created: str
    subjects: tuple[str, ...] = ()


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BANGKOK)


NEWS: tuple[_News, ...] = (
    _News(
        "env66",
        "wan-sing-waed-lom-lok-2566",
        "เทศบาลเมืองวังศิลาจัดกิจกรรมวันสิ่งแวดล้อมโลก ประจำปี 2566",
        "ผู้บริหาร พนักงาน และจิตอาสากว่า 300 คน ร่วมปลูกต้นไม้และเก็บขยะริมลำห้วยวังศิลา",
        "2023-06-05 14:20",
        "2023-06-05 13:58",
        "2023-06-07 09:12",
        "supaporn",
        ("ภาพกิจกรรม", "สิ่งแวดล้อม"),
        (
            PJ(
                "วันจันทร์ที่ 5 มิถุนายน 2566 นายประเสริฐ บุญมาก นายกเทศมนตรีเมืองวังศิลา เป็นประธานเปิดกิจกรรมวันสิ่งแวดล้อมโลก ประจำปี 2566 ณ สวนสาธารณะริมลำห้วยวังศิลา โดยมีคณะผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล นักเรียน และจิตอาสาจากชุมชนต่าง ๆ เข้าร่วมกว่า 300 คน"
            ),
            IMG("/images/2566/img_0412.jpg", "นายกเทศมนตรีเมืองวังศิลาปลูกต้นไม้เป็นปฐมฤกษ์"),
            PJ(
                "กิจกรรมประกอบด้วยการปลูกต้นพะยูง ต้นยางนา และต้นอินทนิลน้ำ จำนวน 500 ต้น ตลอดแนวริมลำห้วย การเก็บขยะและวัชพืชในลำห้วยเป็นระยะทางประมาณ 2 กิโลเมตร และการแจกถุงผ้าเพื่อลดการใช้ถุงพลาสติกให้แก่ผู้ค้าในตลาดสดเทศบาล"
            ),
            IMG("/images/2566/img_0437.jpg", "จิตอาสาร่วมกันเก็บขยะในลำห้วยวังศิลา"),
            PJ(
                "นายกเทศมนตรีเมืองวังศิลา กล่าวว่า เทศบาลมีเป้าหมายเพิ่มพื้นที่สีเขียวในเขตเทศบาลให้ได้ไม่น้อยกว่า 10 ตารางเมตรต่อประชากรหนึ่งคนภายในปี 2570 และขอเชิญชวนประชาชนร่วมกันคัดแยกขยะตั้งแต่ต้นทาง เพื่อลดปริมาณขยะที่ต้องนำไปกำจัด"
            ),
            "<p>&nbsp;</p>",
        ),
        lead="ผู้เข้าร่วมกิจกรรมวันสิ่งแวดล้อมโลก ประจำปี 2566 ถ่ายภาพร่วมกัน",
    ),
    _News(
        "tax66",
        "tax-2566",
        "ขยายเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ถึงวันที่ 31 สิงหาคม 2566",
        "ผู้เสียภาษีที่ยังไม่ได้ชำระภาษีประจำปี 2566 ชำระได้ถึงวันที่ 31 สิงหาคม 2566 โดยไม่ต้องเสียเบี้ยปรับ",
        "2023-06-20 09:30",
        "2023-06-20 09:22",
        "2023-06-20 09:30",
        "kongklang",
        ("ภาษี", "กองคลัง"),
        (
            P(
                "ตามที่เทศบาลเมืองวังศิลาได้แจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ไปยังเจ้าของที่ดินและสิ่งปลูกสร้างในเขตเทศบาลแล้ว นั้น"
            ),
            P(
                "เพื่อบรรเทาภาระของประชาชน เทศบาลเมืองวังศิลาจึงขยายกำหนดเวลาการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ออกไปจนถึงวันที่ 31 สิงหาคม 2566 ผู้ที่ชำระภายในกำหนดเวลาดังกล่าวจะไม่ต้องเสียเบี้ยปรับและเงินเพิ่ม"
            ),
            P(
                "<strong>สถานที่ชำระภาษี</strong> ฝ่ายพัฒนารายได้ กองคลัง ชั้น 1 สำนักงานเทศบาลเมืองวังศิลา ในวันและเวลาราชการ หรือชำระผ่าน QR Code ที่พิมพ์อยู่บนใบแจ้งการประเมินภาษี"
            ),
            P("รายละเอียดตาม" + FILE_LINK("f_tax66", "ประกาศเทศบาลเมืองวังศิลา เรื่อง ขยายเวลาการชำระภาษี (PDF)")),
        ),
    ),
    _News(
        "job66",
        None,
        "ประกาศเทศบาลเมืองวังศิลา เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ประจำปี 2566",
        "รับสมัครพนักงานจ้างตามภารกิจ 2 อัตรา และพนักงานจ้างทั่วไป 3 อัตรา ระหว่างวันที่ 3 - 14 กรกฎาคม 2566",
        "2023-06-28 10:05",
        "2023-06-27 16:31",
        "2023-06-28 10:05",
        "admin",
        ("ประกาศ", "รับสมัครงาน"),
        (
            P(
                "ด้วยเทศบาลเมืองวังศิลา จะดำเนินการสรรหาและเลือกสรรบุคคลเพื่อจ้างเป็นพนักงานจ้าง จึงประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ในตำแหน่งดังต่อไปนี้"
            ),
            UL(
                "พนักงานจ้างตามภารกิจ ตำแหน่ง ผู้ช่วยนักวิชาการเงินและบัญชี จำนวน 1 อัตรา",
                "พนักงานจ้างตามภารกิจ ตำแหน่ง ผู้ช่วยนายช่างโยธา จำนวน 1 อัตรา",
                "พนักงานจ้างทั่วไป ตำแหน่ง คนงานประจำรถขยะ จำนวน 2 อัตรา",
                "พนักงานจ้างทั่วไป ตำแหน่ง นักการภารโรง จำนวน 1 อัตรา",
            ),
            P(
                "ผู้ประสงค์จะสมัครให้ยื่นใบสมัครด้วยตนเองที่งานการเจ้าหน้าที่ สำนักปลัดเทศบาล ระหว่างวันที่ 3 – 14 กรกฎาคม 2566 ในวันและเวลาราชการ พร้อมหลักฐานการสมัครตามที่กำหนดไว้ในประกาศ"
            ),
            P("ดาวน์โหลด: " + FILE_LINK("f_job66", "ประกาศรับสมัครพนักงานจ้าง.pdf")),
        ),
    ),
    _News(
        "clean66",
        None,
        "โครงการ Big Cleaning Day",
        "ร่วมกันทำความสะอาดถนน ทางระบายน้ำ และพื้นที่สาธารณะในชุมชนบ้านวังศิลาใต้",
        "2023-07-24 15:10",
        "2023-07-24 14:47",
        "2023-07-24 15:10",
        "supaporn",
        ("ภาพกิจกรรม", "สิ่งแวดล้อม"),
        (
            PJ(
                "วันที่ 24 กรกฎาคม 2566 เทศบาลเมืองวังศิลา ร่วมกับชุมชนบ้านวังศิลาใต้และอาสาสมัครสาธารณสุขประจำหมู่บ้าน จัดกิจกรรม Big Cleaning Day ทำความสะอาดถนน ลอกท่อระบายน้ำ และตัดแต่งกิ่งไม้ในพื้นที่สาธารณะ เพื่อเตรียมความพร้อมรับมือฤดูฝน"
            ),
            PJ(
                "กองช่างได้นำรถดูดโคลนและรถบรรทุกน้ำมาสนับสนุนการลอกท่อระบายน้ำ ซึ่งช่วยให้การระบายน้ำในชุมชนดีขึ้นและลดความเสี่ยงน้ำท่วมขังในช่วงฝนตกหนัก"
            ),
        ),
        lead="พนักงานเทศบาลและชาวชุมชนบ้านวังศิลาใต้ร่วมกันลอกท่อระบายน้ำ",
    ),
    _News(
        "mom66",
        "mothers-day-2566",
        "เทศบาลเมืองวังศิลาจัดกิจกรรมวันแม่แห่งชาติ ประจำปี 2566",
        "ยกย่องเชิดชูเกียรติแม่ดีเด่นจาก 18 ชุมชน",
        "2023-08-11 16:45",
        "2023-08-11 16:20",
        "2023-08-14 08:51",
        "supaporn",
        ("ภาพกิจกรรม", "ประเพณี"),
        (
            PJ(
                "เมื่อวันที่ 11 สิงหาคม 2566 เทศบาลเมืองวังศิลาจัดกิจกรรมวันแม่แห่งชาติ ประจำปี 2566 ณ หอประชุมเทศบาลเมืองวังศิลา เพื่อยกย่องเชิดชูเกียรติแม่ดีเด่นและส่งเสริมให้เยาวชนตระหนักถึงพระคุณของแม่"
            ),
            IMG("/images/2566/img_7781.jpg", "มอบเกียรติบัตรแก่แม่ดีเด่น ประจำปี 2566"),
            PJ("ภายในงานมีพิธีมอบเกียรติบัตรแก่แม่ดีเด่นจาก 18 ชุมชน การแสดงของนักเรียนศูนย์พัฒนาเด็กเล็กเทศบาล และกิจกรรมลูกกราบแม่"),
            IMG("/images/2566/img_7802.jpg", "การแสดงของนักเรียนศูนย์พัฒนาเด็กเล็กเทศบาลเมืองวังศิลา"),
            PJ("ในช่วงบ่าย กองสาธารณสุขและสิ่งแวดล้อมได้ให้บริการตรวจวัดความดันโลหิตและระดับน้ำตาลในเลือดแก่ผู้เข้าร่วมงานโดยไม่เสียค่าใช้จ่าย"),
        ),
    ),
    _News(
        "bid7",
        None,
        "ประกาศเทศบาลเมืองวังศิลา เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังศิลา 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        "",
        "2023-09-04 11:20",
        "2023-09-04 11:02",
        "2023-09-04 11:20",
        "admin",
        ("ประกาศ", "จัดซื้อจัดจ้าง"),
        (
            P(
                "เทศบาลเมืองวังศิลา มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังศิลา 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) โดยมีรายละเอียดดังนี้"
            ),
            TABLE(
                ("รายการ", "ขนาด", "ราคากลาง (บาท)"),
                ("ถนนคอนกรีตเสริมเหล็ก ซอยวังศิลา 7", "กว้าง 4.00 เมตร ยาว 385 เมตร หนา 0.15 เมตร", "1,254,000.00"),
            ),
            P(
                'ผู้สนใจติดต่อขอรับหรือดาวน์โหลดเอกสารประกวดราคาได้ที่เว็บไซต์ <a href="http://www.gprocurement.go.th" class="external-link" target="_blank">www.gprocurement.go.th</a> ตั้งแต่วันที่ 4 – 11 กันยายน 2566'
            ),
            P("ดาวน์โหลด: " + FILE_LINK("f_bid7", "ประกาศประกวดราคา e-bidding ซอยวังศิลา 7")),
        ),
    ),
    _News(
        "dengue",
        "dengue-2566",
        "เตือนภัยไข้เลือดออก ขอความร่วมมือประชาชนกำจัดแหล่งเพาะพันธุ์ยุงลาย",
        "กองสาธารณสุขและสิ่งแวดล้อมพบผู้ป่วยไข้เลือดออกในเขตเทศบาลเพิ่มขึ้นในช่วงฤดูฝน",
        "2023-09-25 13:00",
        "2023-09-25 12:41",
        "2023-09-25 13:00",
        "admin",
        ("สาธารณสุข",),
        (
            P(
                "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองวังศิลา รายงานว่า ตั้งแต่เดือนมกราคมถึงเดือนกันยายน 2566 มีผู้ป่วยโรคไข้เลือดออกในเขตเทศบาลแล้ว 27 ราย ส่วนใหญ่เป็นเด็กวัยเรียน อายุระหว่าง 5 – 14 ปี"
            ),
            P("เทศบาลจึงขอความร่วมมือประชาชนทุกครัวเรือนดำเนินมาตรการ <strong>3 เก็บ ป้องกัน 3 โรค</strong> ดังนี้"),
            UL(
                "เก็บบ้านให้สะอาด ปลอดโปร่ง ไม่ให้เป็นที่เกาะพักของยุง",
                "เก็บขยะและเศษภาชนะที่อาจมีน้ำขังรอบบ้าน",
                "เก็บน้ำ ปิดภาชนะเก็บน้ำให้มิดชิด และเปลี่ยนน้ำในแจกันทุก 7 วัน",
            ),
            P(
                "หากมีไข้สูงลอยเกิน 2 วัน ขอให้รีบไปพบแพทย์ที่โรงพยาบาลหรือศูนย์บริการสาธารณสุขเทศบาล และงดรับประทานยาแอสไพรินหรือยาไอบูโพรเฟน"
            ),
        ),
    ),
    _News(
        "win7",
        None,
        "ประกาศเทศบาลเมืองวังศิลา เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังศิลา 7",
        "",
        "2023-10-16 10:40",
        "2023-10-16 10:25",
        "2023-10-16 10:40",
        "admin",
        ("ประกาศ", "จัดซื้อจัดจ้าง"),
        (
            P(
                "ตามประกาศเทศบาลเมืองวังศิลา เรื่อง ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยวังศิลา 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ลงวันที่ 4 กันยายน 2566 นั้น"
            ),
            P(
                "ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ศิลาธารก่อสร้าง โดยเสนอราคาต่ำสุด เป็นเงินทั้งสิ้น 1,128,000.00 บาท (หนึ่งล้านหนึ่งแสนสองหมื่นแปดพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง"
            ),
            P("ประกาศ ณ วันที่ 16 ตุลาคม พ.ศ. 2566"),
        ),
        related=("news:bid7",),
    ),
    _News(
        "loy66",
        "loykrathong-2566",
        "ขอเชิญร่วมงานประเพณีลอยกระทง ประจำปี 2566",
        "วันจันทร์ที่ 27 พฤศจิกายน 2566 ณ ลานวัฒนธรรมริมลำห้วยวังศิลา",
        "2023-11-20 09:00",
        "2023-11-17 15:12",
        "2023-11-20 09:00",
        "supaporn",
        ("ประเพณี",),
        (
            P(
                "เทศบาลเมืองวังศิลา ขอเชิญชวนประชาชนร่วมงานประเพณีลอยกระทง ประจำปี 2566 ในวันจันทร์ที่ 27 พฤศจิกายน 2566 ตั้งแต่เวลา 17.00 น. เป็นต้นไป ณ ลานวัฒนธรรมริมลำห้วยวังศิลา"
            ),
            P("<strong>กิจกรรมภายในงาน</strong>"),
            UL(
                "การประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ ประเภทชุมชนและประเภทสถานศึกษา",
                "การประกวดนางนพมาศ",
                "ซุ้มอาหารและผลิตภัณฑ์ชุมชน",
                "การแสดงดนตรีพื้นบ้าน",
            ),
            P("ขอความร่วมมือผู้ร่วมงานใช้กระทงที่ทำจากวัสดุย่อยสลายได้ และงดจุดพลุหรือปล่อยโคมลอยในบริเวณงาน เพื่อความปลอดภัยของทุกคน"),
        ),
        lead="",
        related=("event:ev_loy66",),
    ),
    _News(
        "loypics",
        None,
        "ภาพบรรยากาศงานประเพณีลอยกระทง ประจำปี 2566",
        "",
        "2023-11-28 14:30",
        "2023-11-28 14:02",
        "2023-11-28 14:30",
        "supaporn",
        ("ภาพกิจกรรม", "ประเพณี"),
        (
            P(
                "ประมวลภาพบรรยากาศงานประเพณีลอยกระทง ประจำปี 2566 ณ ลานวัฒนธรรมริมลำห้วยวังศิลา เมื่อคืนวันที่ 27 พฤศจิกายน 2566 ซึ่งมีประชาชนและนักท่องเที่ยวร่วมงานอย่างคึกคัก"
            ),
            IMG("/images/2566/line_album_loy66_1.jpg", "ขบวนแห่กระทงใหญ่ของชุมชนบ้านวังศิลาเหนือ"),
            IMG("/images/2566/line_album_loy66_2.jpg", "การประกวดนางนพมาศ ประจำปี 2566"),
            IMG("/images/2566/line_album_loy66_3.jpg", "กระทงที่ได้รับรางวัลชนะเลิศ ประเภทชุมชน"),
            IMG("/images/2566/line_album_loy66_4.jpg", None),
            IMG("/images/2566/line_album_loy66_5.jpg", "ประชาชนร่วมลอยกระทงริมลำห้วยวังศิลา"),
        ),
        lead="นายกเทศมนตรีเมืองวังศิลาเป็นประธานเปิดงานประเพณีลอยกระทง",
        related=("news:loy66",),
    ),
    _News(
        "elderly",
        "elderly-allowance-2568",
        "ประชาสัมพันธ์การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2568",
        "ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2568 ลงทะเบียนได้ตั้งแต่บัดนี้เป็นต้นไป",
        "2023-12-08 11:00",
        "2023-12-08 10:37",
        "2023-12-11 13:20",
        "admin",
        ("ผู้สูงอายุ",),
        (
            P(
                "เทศบาลเมืองวังศิลา ขอประชาสัมพันธ์ให้ผู้ที่เกิดระหว่างวันที่ 2 กันยายน 2507 ถึงวันที่ 1 กันยายน 2508 ซึ่งจะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2568 และมีภูมิลำเนาอยู่ในเขตเทศบาล มาลงทะเบียนขอรับเงินเบี้ยยังชีพผู้สูงอายุ"
            ),
            P("<strong>หลักฐานที่ต้องใช้</strong>"),
            OL(
                "บัตรประจำตัวประชาชนตัวจริง",
                "ทะเบียนบ้านฉบับเจ้าบ้าน",
                "สมุดบัญชีเงินฝากธนาคาร (กรณีประสงค์รับเงินผ่านบัญชีธนาคาร)",
            ),
            P(f"ลงทะเบียนได้ที่งานพัฒนาชุมชน สำนักปลัดเทศบาล ในวันและเวลาราชการ สอบถามโทร. {PHONE} ต่อ 105"),
        ),
    ),
    _News(
        "tax67",
        "copy_of_tax-2566",
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567",
        "ชำระได้ตั้งแต่เดือนกุมภาพันธ์ถึงเดือนเมษายน 2567 ที่กองคลังหรือผ่าน QR Code",
        "2024-01-08 09:15",
        "2024-01-05 16:40",
        "2024-01-08 09:15",
        "kongklang",
        ("ภาษี", "กองคลัง"),
        (
            P(
                "เทศบาลเมืองวังศิลา จะจัดส่งใบแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 ให้แก่เจ้าของที่ดินและสิ่งปลูกสร้างภายในเดือนกุมภาพันธ์ 2567 ขอให้ผู้เสียภาษีชำระภาษีภายในเดือนเมษายน 2567"
            ),
            P("<strong>ช่องทางการชำระภาษี</strong>"),
            UL(
                "ฝ่ายพัฒนารายได้ กองคลัง ชั้น 1 สำนักงานเทศบาลเมืองวังศิลา",
                "สแกน QR Code บนใบแจ้งการประเมินภาษีผ่านแอปพลิเคชันของธนาคาร",
                "หน่วยบริการเคลื่อนที่ตามชุมชน ทุกวันเสาร์ในเดือนมีนาคม 2567",
            ),
            P("ผู้ที่ชำระภาษีเกินกำหนดเวลาจะต้องเสียเบี้ยปรับและเงินเพิ่มตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562"),
            P("รายละเอียดตาม" + FILE_LINK("f_tax67", "ประกาศ (PDF)")),
        ),
        related=("news:tax66",),
    ),
    _News(
        "kids67",
        "children-day-2567",
        "งานวันเด็กแห่งชาติ ประจำปี 2567 เทศบาลเมืองวังศิลา",
        "เด็กและผู้ปกครองกว่า 2,000 คนร่วมงาน ณ สนามกีฬาเทศบาล",
        "2024-01-13 15:50",
        "2024-01-10 11:05",
        "2024-01-15 10:02",
        "supaporn",
        ("ภาพกิจกรรม", "การศึกษา"),
        (
            PJ(
                "วันเสาร์ที่ 13 มกราคม 2567 เทศบาลเมืองวังศิลา จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬาเทศบาลเมืองวังศิลา โดยมีเด็กและผู้ปกครองร่วมงานกว่า 2,000 คน"
            ),
            IMG("/images/2567/dsc_1021.jpg", "นายกเทศมนตรีเมืองวังศิลามอบของขวัญแก่เด็ก ๆ"),
            PJ(
                "ภายในงานมีซุ้มเกมจากหน่วยงานต่าง ๆ การแสดงบนเวทีของนักเรียนโรงเรียนในสังกัดเทศบาล การจัดแสดงรถดับเพลิงและอุปกรณ์กู้ภัยจากงานป้องกันและบรรเทาสาธารณภัย และการแจกอาหารและเครื่องดื่มฟรีตลอดงาน"
            ),
            IMG("/images/2567/dsc_1044.jpg", "เด็ก ๆ ทดลองฉีดน้ำดับเพลิงกับเจ้าหน้าที่งานป้องกันและบรรเทาสาธารณภัย"),
            IMG("/images/2567/dsc_1090.jpg", "การแสดงของนักเรียนโรงเรียนเทศบาล 1 (บ้านวังศิลา)"),
            PJ(
                "เทศบาลขอขอบคุณหน่วยงานภาครัฐ ภาคเอกชน และผู้ใจบุญทุกท่านที่ร่วมสนับสนุนของขวัญและทุนการศึกษาในปีนี้ "
                f'(ดู<a href="{PORTAL}/news/children-day-2566" class="internal-link">ภาพงานวันเด็กปีที่ผ่านมา</a>)'
            ),
        ),
        lead="บรรยากาศงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬาเทศบาลเมืองวังศิลา",
    ),
    _News(
        "clean67",
        None,
        "โครงการ Big Cleaning Day",
        "ทำความสะอาดตลาดสดเทศบาลและถนนรอบตลาด ก่อนเทศกาลตรุษจีน",
        "2024-02-02 14:05",
        "2024-02-02 13:40",
        "2024-02-02 14:05",
        "supaporn",
        ("ภาพกิจกรรม", "สิ่งแวดล้อม"),
        (
            PJ(
                "เมื่อวันที่ 2 กุมภาพันธ์ 2567 เทศบาลเมืองวังศิลา ร่วมกับผู้ค้าในตลาดสดเทศบาล จัดกิจกรรม Big Cleaning Day ล้างทำความสะอาดแผงค้า ทางเดิน และรางระบายน้ำภายในตลาด รวมทั้งถนนโดยรอบตลาด เพื่อเตรียมความพร้อมรับเทศกาลตรุษจีน"
            ),
            PJ(
                "กองสาธารณสุขและสิ่งแวดล้อมได้ฉีดพ่นน้ำยาฆ่าเชื้อ กำจัดหนูและแมลงสาบภายในตลาด พร้อมตรวจสุขลักษณะของแผงจำหน่ายอาหาร ผลการตรวจผ่านเกณฑ์ตลาดสดน่าซื้อทุกแผง"
            ),
        ),
        lead="ผู้ค้าและพนักงานเทศบาลร่วมกันล้างทำความสะอาดตลาดสดเทศบาลเมืองวังศิลา",
        related=("news:clean66",),
    ),
    _News(
        "sapha67",
        "sapha-samai-raek-2567",
        "การประชุมสภาเทศบาลเมืองวังศิลา สมัยสามัญ สมัยแรก ประจำปี 2567",
        "สภาเทศบาลมีมติเห็นชอบร่างแผนพัฒนาท้องถิ่นเพิ่มเติม และอนุมัติการโอนงบประมาณ",
        "2024-02-19 16:20",
        "2024-02-19 15:55",
        "2024-02-19 16:20",
        "admin",
        ("สภาเทศบาล",),
        (
            P(
                "วันที่ 19 กุมภาพันธ์ 2567 เวลา 09.30 น. สภาเทศบาลเมืองวังศิลา ได้ประชุมสภาเทศบาล สมัยสามัญ สมัยแรก ประจำปี 2567 ณ ห้องประชุมสภาเทศบาล ชั้น 3 สำนักงานเทศบาลเมืองวังศิลา โดยมีนายสมหมาย ทองดี ประธานสภาเทศบาล เป็นประธานการประชุม"
            ),
            P("ที่ประชุมได้พิจารณาเรื่องสำคัญ ดังนี้"),
            OL(
                "รับรองรายงานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่สี่ ประจำปี 2566",
                "ให้ความเห็นชอบร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) เพิ่มเติม ครั้งที่ 1",
                "อนุมัติโอนงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 เพื่อจัดซื้อครุภัณฑ์สำหรับศูนย์พัฒนาเด็กเล็ก จำนวน 245,000 บาท",
            ),
            P("ประชาชนที่สนใจสามารถขอดูรายงานการประชุมได้ที่งานกิจการสภา สำนักปลัดเทศบาล ในวันและเวลาราชการ"),
        ),
        related=("ita:o4", "event:ev_sapha"),
    ),
    _News(
        "haze",
        None,
        "ประชาสัมพันธ์มาตรการป้องกันไฟป่าและหมอกควัน ประจำปี 2567",
        "งดเผาในที่โล่งทุกชนิดระหว่างวันที่ 1 มีนาคม ถึง 30 เมษายน 2567",
        "2024-03-08 10:00",
        "2024-02-28 14:10",
        "2024-04-05 09:30",
        "admin",
        ("สิ่งแวดล้อม", "สาธารณสุข"),
        (
            P(
                "ด้วยสถานการณ์ฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM2.5) ในพื้นที่จังหวัดศิลาธารมีแนวโน้มสูงขึ้นในช่วงฤดูแล้ง เทศบาลเมืองวังศิลาจึงขอความร่วมมือประชาชนงดเผาขยะ เผาเศษวัชพืช และเผาตอซังข้าวในที่โล่งทุกชนิด ระหว่างวันที่ 1 มีนาคม ถึง 30 เมษายน 2567"
            ),
            P(
                "หากพบเห็นการเผาในที่โล่งหรือเหตุไฟไหม้หญ้า แจ้งได้ที่งานป้องกันและบรรเทาสาธารณภัย เทศบาลเมืองวังศิลา โทร. 199 หรือ 0 4271 5599 ตลอด 24 ชั่วโมง"
            ),
            P(
                '<em>ปรับปรุงเมื่อ 5 เมษายน 2567:</em> ดู<a href="news/{{news:pm25}}">รายงานสถานการณ์ฝุ่นละออง PM2.5 เดือนมีนาคม 2567</a> ประกอบ'
            ),
        ),
    ),
    _News(
        "cdc67",
        "cdc-2567",
        "รับสมัครเด็กเล็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลเมืองวังศิลา ปีการศึกษา 2567",
        "รับสมัครระหว่างวันที่ 1 - 29 มีนาคม 2567 ไม่เสียค่าใช้จ่าย",
        "2024-03-01 13:30",
        "2024-02-29 10:15",
        "2024-03-01 13:30",
        "admin",
        ("การศึกษา",),
        (
            P(
                "&nbsp;&nbsp;&nbsp;&nbsp;กองการศึกษา เทศบาลเมืองวังศิลา เปิดรับสมัครเด็กเล็กเข้าเรียนในศูนย์พัฒนาเด็กเล็กสังกัดเทศบาล จำนวน 3 ศูนย์ ประจำปีการศึกษา 2567 ระหว่างวันที่ 1 – 29 มีนาคม 2567 ในวันและเวลาราชการ"
            ),
            P(
                "&nbsp;&nbsp;&nbsp;&nbsp;คุณสมบัติของผู้สมัคร เป็นเด็กที่เกิดระหว่างวันที่ 17 พฤษภาคม 2564 ถึงวันที่ 16 พฤษภาคม 2565 และมีภูมิลำเนาอยู่ในเขตเทศบาลเมืองวังศิลา"
            ),
            P(
                "&nbsp;&nbsp;&nbsp;&nbsp;หลักฐานการสมัคร ได้แก่ สำเนาสูติบัตร สำเนาทะเบียนบ้าน สำเนาบัตรประจำตัวประชาชนของบิดา มารดา หรือผู้ปกครอง และสมุดบันทึกสุขภาพแม่และเด็ก"
            ),
            "<h3>ศูนย์พัฒนาเด็กเล็กที่เปิดรับสมัคร</h3>",
            UL(
                "ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองวังศิลา (วัดกลาง)",
                "ศูนย์พัฒนาเด็กเล็กบ้านวังศิลาใต้",
                "ศูนย์พัฒนาเด็กเล็กบ้านหนองบัวทอง",
            ),
        ),
        lead="",
    ),
    _News(
        "water",
        "water-cut-2567-03",
        "แจ้งงดจ่ายน้ำประปาชั่วคราว วันจันทร์ที่ 25 มีนาคม 2567",
        "",
        "2024-03-21 16:40",
        "2024-03-21 16:31",
        "2024-03-21 16:40",
        "admin",
        ("ประปา",),
        (
            P(
                "กองการประปา เทศบาลเมืองวังศิลา จะดำเนินการเปลี่ยนประตูน้ำและซ่อมท่อเมนจ่ายน้ำขนาด 200 มิลลิเมตร บริเวณสี่แยกตลาดสด จึงมีความจำเป็นต้องงดจ่ายน้ำประปาชั่วคราวในวันจันทร์ที่ 25 มีนาคม 2567 ตั้งแต่เวลา 09.00 – 16.00 น. ในพื้นที่ดังต่อไปนี้"
            ),
            TABLE(
                ("พื้นที่", "ถนน / ซอย"),
                ("ชุมชนตลาดสด", "ถนนศรีวังศิลา ตั้งแต่สี่แยกตลาดสดถึงวัดกลาง"),
                ("ชุมชนบ้านวังศิลาใต้", "ซอยวังศิลา 3 ถึงซอยวังศิลา 9"),
                ("ชุมชนหนองบัวทอง", "ถนนหนองบัวทองทั้งสาย"),
            ),
            P("ขอให้ประชาชนในพื้นที่ดังกล่าวสำรองน้ำไว้ใช้ล่วงหน้า และขออภัยในความไม่สะดวกมา ณ โอกาสนี้"),
            "<p>&nbsp;</p>",
        ),
    ),
    _News(
        "pm25",
        "pm25-report-2567-03",
        "รายงานสถานการณ์ฝุ่นละออง PM2.5 ในเขตเทศบาลเมืองวังศิลา เดือนมีนาคม 2567",
        "ค่าเฉลี่ยรายวันเกินมาตรฐาน 9 วัน สูงสุด 96 ไมโครกรัมต่อลูกบาศก์เมตร",
        "2024-04-05 08:00",
        "2024-04-04 21:40",
        "2024-04-05 08:00",
        "admin",
        ("สิ่งแวดล้อม", "สาธารณสุข"),
        (
            P(
                "จากการตรวจวัดของเครื่องวัดคุณภาพอากาศที่ติดตั้งบริเวณสำนักงานเทศบาลเมืองวังศิลา ตลอดเดือนมีนาคม 2567 พบว่า ค่าเฉลี่ยฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM2.5) ราย 24 ชั่วโมง เกินค่ามาตรฐาน 37.5 ไมโครกรัมต่อลูกบาศก์เมตร รวม 9 วัน"
            ),
            TABLE(
                ("ช่วงวันที่", "ค่าเฉลี่ย (มคก./ลบ.ม.)", "ระดับคุณภาพอากาศ"),
                ("1 – 10 มีนาคม 2567", "42.3", "เริ่มมีผลกระทบต่อสุขภาพ"),
                ("11 – 20 มีนาคม 2567", "61.8", "มีผลกระทบต่อสุขภาพ"),
                ("21 – 31 มีนาคม 2567", "35.1", "ปานกลาง"),
            ),
            P("ค่าสูงสุดที่ตรวจวัดได้คือ 96 ไมโครกรัมต่อลูกบาศก์เมตร เมื่อวันที่ 16 มีนาคม 2567"),
            P(
                'เทศบาลขอให้ประชาชนปฏิบัติตาม<a href="news/{{news:haze}}">มาตรการป้องกันไฟป่าและหมอกควัน ประจำปี 2567</a> และสวมหน้ากากอนามัยชนิด N95 เมื่อต้องทำกิจกรรมกลางแจ้ง'
            ),
        ),
    ),
    _News(
        "songkran67",
        "songkran-2567",
        "สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2567",
        "ผู้สูงอายุจาก 18 ชุมชนกว่า 500 คนร่วมพิธี",
        "2024-04-16 10:30",
        "2024-04-16 10:02",
        "2024-04-16 10:30",
        "supaporn",
        ("ภาพกิจกรรม", "ประเพณี", "ผู้สูงอายุ"),
        (
            PJ(
                "เมื่อวันที่ 13 เมษายน 2567 เทศบาลเมืองวังศิลา ร่วมกับชมรมผู้สูงอายุเทศบาลเมืองวังศิลา จัดพิธีรดน้ำขอพรผู้สูงอายุเนื่องในประเพณีสงกรานต์ ณ ลานวัฒนธรรมริมลำห้วยวังศิลา โดยมีผู้สูงอายุจาก 18 ชุมชนเข้าร่วมกว่า 500 คน"
            ),
            IMG("/images/2567/img_3310.jpg", "คณะผู้บริหารรดน้ำขอพรผู้สูงอายุ"),
            PJ(
                "กิจกรรมประกอบด้วยพิธีสรงน้ำพระพุทธรูปประจำเมือง การรดน้ำขอพรผู้สูงอายุ การประกวดผู้สูงอายุสุขภาพดี และการแสดงรำวงย้อนยุคของชมรมผู้สูงอายุ"
            ),
            IMG("/images/2567/img_3356.jpg", "การแสดงรำวงย้อนยุคของชมรมผู้สูงอายุเทศบาลเมืองวังศิลา"),
            PJ(
                "นายกเทศมนตรีเมืองวังศิลา กล่าวว่า ประเพณีสงกรานต์เป็นวัฒนธรรมอันดีงามที่แสดงถึงความกตัญญูต่อผู้สูงอายุ เทศบาลจะสนับสนุนกิจกรรมของชมรมผู้สูงอายุอย่างต่อเนื่องทุกปี"
            ),
        ),
        lead="พิธีรดน้ำขอพรผู้สูงอายุ ประจำปี 2567",
        related=("event:ev_songkran",),
    ),
    _News(
        "jobres",
        None,
        "ประกาศเทศบาลเมืองวังศิลา เรื่อง รายชื่อผู้ผ่านการเลือกสรรเป็นพนักงานจ้าง",
        "",
        "2024-05-02 15:00",
        "2024-05-02 14:44",
        "2024-05-02 15:00",
        "admin",
        ("ประกาศ", "รับสมัครงาน"),
        (
            P(
                "ตามที่เทศบาลเมืองวังศิลาได้ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ลงวันที่ 1 เมษายน 2567 และได้ดำเนินการเลือกสรรเมื่อวันที่ 24 เมษายน 2567 นั้น บัดนี้ การเลือกสรรได้เสร็จสิ้นแล้ว จึงประกาศรายชื่อผู้ผ่านการเลือกสรร ดังนี้"
            ),
            TABLE(
                ("ลำดับ", "ชื่อ – สกุล", "ตำแหน่ง"),
                ("1", "นางสาวพิมพ์ชนก แสงทอง", "ผู้ช่วยนักวิชาการเงินและบัญชี"),
                ("2", "นายธนากร ศรีวงศ์", "ผู้ช่วยนายช่างโยธา"),
                ("3", "นายสมศักดิ์ ใจกล้า", "คนงานประจำรถขยะ"),
            ),
            P(
                "ให้ผู้ผ่านการเลือกสรรมารายงานตัวเพื่อทำสัญญาจ้าง ในวันที่ 9 พฤษภาคม 2567 เวลา 09.00 น. ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล หากไม่มารายงานตัวตามกำหนดถือว่าสละสิทธิ์"
            ),
            P("ดาวน์โหลด: " + FILE_LINK("f_jobres", "ประกาศรายชื่อผู้ผ่านการเลือกสรร.pdf")),
        ),
    ),
    _News(
        "osm67",
        "osm-training-2567",
        "อบรมเพิ่มศักยภาพอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ประจำปี 2567",
        "อสม. 120 คนร่วมอบรมการปฐมพยาบาลและการช่วยฟื้นคืนชีพขั้นพื้นฐาน",
        "2024-05-14 17:05",
        "2024-05-14 16:48",
        "2024-05-14 17:05",
        "supaporn",
        ("สาธารณสุข", "ภาพกิจกรรม"),
        (
            PJ(
                "ระหว่างวันที่ 13 – 14 พฤษภาคม 2567 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองวังศิลา จัดโครงการอบรมเพิ่มศักยภาพอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ประจำปี 2567 ณ หอประชุมเทศบาลเมืองวังศิลา มี อสม. จาก 18 ชุมชนเข้าร่วมอบรม จำนวน 120 คน"
            ),
            PJ(
                "หลักสูตรการอบรมประกอบด้วยการปฐมพยาบาลเบื้องต้น การช่วยฟื้นคืนชีพขั้นพื้นฐาน (CPR) และการใช้เครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ (AED) การคัดกรองโรคความดันโลหิตสูงและโรคเบาหวาน และการเยี่ยมบ้านผู้ป่วยติดเตียง โดยได้รับเกียรติจากวิทยากรโรงพยาบาลวังศิลา"
            ),
            IMG("/images/2567/img_5521.jpg", "อสม. ฝึกปฏิบัติการช่วยฟื้นคืนชีพขั้นพื้นฐาน (CPR)"),
            PJ("ผู้ผ่านการอบรมจะได้รับวุฒิบัตร และนำความรู้ไปถ่ายทอดให้แก่ครัวเรือนในความรับผิดชอบต่อไป"),
        ),
        lead="พิธีเปิดการอบรม อสม. ประจำปี 2567",
    ),
)

FILES: tuple[_File, ...] = (
    _File("f_tax66", "ประกาศขยายเวลาชำระภาษี2566.pdf", "ประกาศขยายเวลาชำระภาษี2566.pdf", "2023-06-20 09:20"),
    _File("f_job66", "ประกาศรับสมัครพนักงานจ้าง.pdf", "ประกาศรับสมัครพนักงานจ้าง.pdf", "2023-06-28 09:58"),
    _File("f_bid7", "e-bidding-soi7.pdf", "ประกาศประกวดราคา ซอยวังศิลา 7", "2023-09-04 11:10"),
    _File("f_tax67", "tax-2567.pdf", "ประกาศภาษีที่ดินและสิ่งปลูกสร้าง 2567", "2024-01-08 09:05"),
    _File("f_jobres", "ประกาศรายชื่อผู้ผ่านการเลือกสรร.pdf", "ประกาศรายชื่อผู้ผ่านการเลือกสรร.pdf", "2024-05-02 14:50"),
)

# /news in folder order (getObjPositionInParent): creation order.  'aggregator' is the default page.
FOLDER_ORDER = (
    "aggregator",
    "env66",
    "f_tax66",
    "tax66",
    "f_job66",
    "job66",
    "clean66",
    "mom66",
    "f_bid7",
    "bid7",
    "dengue",
    "win7",
    "loy66",
    "loypics",
    "elderly",
    "tax67",
    "f_tax67",
    "kids67",
    "clean67",
    "sapha67",
    "haze",  # a draft created on 28 Feb, published on 8 Mar: before cdc67 in the folder
    "cdc67",
    "water",
    "pm25",
    "songkran67",
    "f_jobres",
    "jobres",
    "osm67",
)

EVENTS: tuple[_Event, ...] = (
    _Event(
        "ev_loy66",
        "loykrathong-2566",
        "งานประเพณีลอยกระทง ประจำปี 2566",
        "ประกวดกระทง ประกวดนางนพมาศ และการแสดงดนตรีพื้นบ้าน",
        "2023-11-27 17:00",
        "2023-11-27 23:00",
        "ลานวัฒนธรรมริมลำห้วยวังศิลา",
        "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        "0 4271 5500 ต่อ 112",
        (P("เทศบาลเมืองวังศิลาจัดงานประเพณีลอยกระทงเป็นประจำทุกปี เพื่อสืบสานวัฒนธรรมไทยและส่งเสริมการท่องเที่ยวของชุมชน"),),
        "2023-11-15 10:00",
        ("ประเพณี",),
    ),
    _Event(
        "ev_songkran",
        "songkran-festival-2567",
        "งานประเพณีสงกรานต์เทศบาลเมืองวังศิลา ประจำปี 2567",
        "สรงน้ำพระ รดน้ำขอพรผู้สูงอายุ และขบวนแห่สงกรานต์",
        "2024-04-13 08:00",
        "2024-04-15 21:00",
        "ลานวัฒนธรรมริมลำห้วยวังศิลา",
        "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
        "0 4271 5500 ต่อ 112",
        (
            P(
                "วันที่ 13 เมษายน พิธีสรงน้ำพระพุทธรูปประจำเมืองและรดน้ำขอพรผู้สูงอายุ วันที่ 14 เมษายน ขบวนแห่สงกรานต์ของ 18 ชุมชน วันที่ 15 เมษายน การแสดงดนตรีและการละเล่นพื้นบ้าน"
            ),
            P("ขอความร่วมมือผู้ร่วมงานเล่นน้ำอย่างสุภาพ งดใช้น้ำแข็งและแป้งผสมสารเคมี"),
        ),
        "2024-03-25 09:00",
        ("ประเพณี",),
    ),
    _Event(
        "ev_market",
        None,
        "ถนนคนเดินวังศิลา",
        "ตลาดผลิตภัณฑ์ชุมชนและอาหารพื้นเมือง ทุกวันพุธ",
        "2024-05-15 16:00",
        "2024-05-15 21:00",
        "ถนนศรีวังศิลา หน้าสำนักงานเทศบาล",
        "กองสวัสดิการสังคม",
        "0 4271 5500 ต่อ 140",
        (
            P(
                "ขอเชิญชวนประชาชนเลือกซื้อสินค้าผลิตภัณฑ์ชุมชน ผักปลอดสารพิษ และอาหารพื้นเมืองจากผู้ค้าในเขตเทศบาล พร้อมชมการแสดงของนักเรียนและชมรมต่าง ๆ"
            ),
        ),
        "2024-05-08 10:30",
    ),
    _Event(
        "ev_sapha",
        "sapha-samai-thi-song-2567",
        "การประชุมสภาเทศบาลเมืองวังศิลา สมัยสามัญ สมัยที่สอง ประจำปี 2567",
        "ประชาชนเข้ารับฟังการประชุมได้",
        "2024-05-20 09:30",
        "2024-05-20 12:00",
        "ห้องประชุมสภาเทศบาล ชั้น 3 สำนักงานเทศบาลเมืองวังศิลา",
        "งานกิจการสภา สำนักปลัดเทศบาล",
        "0 4271 5500 ต่อ 108",
        (
            P(
                "ระเบียบวาระการประชุม ได้แก่ การรับรองรายงานการประชุมครั้งที่แล้ว และการพิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายเพิ่มเติม ประจำปีงบประมาณ พ.ศ. 2567"
            ),
        ),
        "2024-05-10 14:00",
        ("สภาเทศบาล",),
    ),
    _Event(
        "ev_mobile",
        "mobile-unit-2567-06",
        "หน่วยบริการเคลื่อนที่ รับชำระภาษีและตรวจสุขภาพ ชุมชนบ้านหนองบัวทอง",
        "",
        "2024-06-05 08:30",
        "2024-06-05 15:30",
        "ศาลาอเนกประสงค์ชุมชนบ้านหนองบัวทอง",
        "กองคลัง",
        "0 4271 5500 ต่อ 122",
        (P("บริการรับชำระภาษี ตรวจวัดความดันโลหิต ฉีดวัคซีนพิษสุนัขบ้าให้สัตว์เลี้ยง และรับเรื่องร้องเรียนร้องทุกข์"),),
        "2024-05-13 11:00",
        ("ภาษี", "สาธารณสุข"),
    ),
    _Event(
        "ev_run",
        "wangsila-mini-marathon-5",
        "วังศิลามินิมาราธอน ครั้งที่ 5",
        "วิ่ง 10.5 กิโลเมตร และเดินวิ่งเพื่อสุขภาพ 5 กิโลเมตร",
        "2024-06-23 05:00",
        "2024-06-23 10:00",
        "สนามกีฬาเทศบาลเมืองวังศิลา",
        "กองการศึกษา",
        "0 4271 5500 ต่อ 150",
        (
            P("รับสมัครตั้งแต่บัดนี้ถึงวันที่ 10 มิถุนายน 2567 ค่าสมัคร 300 บาท ผู้สมัครจะได้รับเสื้อวิ่งและเหรียญที่ระลึก"),
            P("รายได้หลังหักค่าใช้จ่ายมอบให้กองทุนหลักประกันสุขภาพเทศบาลเมืองวังศิลา"),
        ),
        "2024-04-29 09:40",
    ),
)

# ITA folder: Files (id, title, file name as uploaded); O5, O7 and O9 are links in the OIT table, not files.
ITA_FILES = (
    ("o1", "O1 โครงสร้างหน่วยงาน", "O1-structure.pdf"),
    ("o2", "O2 ข้อมูลผู้บริหาร", "O2-executives.pdf"),
    ("o3", "O3 อำนาจหน้าที่", "O3.pdf"),
    ("o4", "O4 แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "แผนพัฒนาท้องถิ่น 2566-2570.pdf"),
    ("o6", "O6 กฎหมายที่เกี่ยวข้อง", "O6-laws.pdf"),
    ("o8", "O8 แผนการดำเนินงานประจำปี 2567", "แผนดำเนินงาน 2567.pdf"),
    ("o10", "O10 รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "O10 รายงาน 6 เดือน.pdf"),
    ("o12", "O12 แผนการจัดซื้อจัดจ้างประจำปี 2567", "O12.pdf"),
)
ITA_LINKS = {
    "O5": ("ข้อมูลการติดต่อ", "/contact-info"),
    "O7": ("ข่าวประชาสัมพันธ์", "/news"),
    "O9": ("Social Network", "https://www.facebook.com/wangsilacity"),
    "O11": ("รายงานผลการดำเนินงานประจำปี 2566", "/news/{{news:sapha67}}/view"),
}

EXECUTIVES = (
    ("นายประเสริฐ บุญมาก", "นายกเทศมนตรีเมืองวังศิลา", "mayor.jpg"),
    ("นายวิชัย พรหมมา", "รองนายกเทศมนตรี", "deputy1.jpg"),
    ("นางบุษบา คำแก้ว", "รองนายกเทศมนตรี", "deputy2.jpg"),
    ("นายอนันต์ ศรีสวัสดิ์", "เลขานุการนายกเทศมนตรี", "secretary.jpg"),
    ("นายสมหมาย ทองดี", "ประธานสภาเทศบาล", "council.jpg"),
    ("นายกิตติพงษ์ แก้วมณี", "ปลัดเทศบาล", "clerk.jpg"),
)

HISTORY_BODY = (
    P(
        "เทศบาลเมืองวังศิลา เดิมเป็นสุขาภิบาลวังศิลา จัดตั้งขึ้นเมื่อปี พ.ศ. 2499 และได้รับการยกฐานะเป็นเทศบาลตำบลวังศิลาตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล พ.ศ. 2542 ต่อมาในปี พ.ศ. 2551 ได้รับการยกฐานะเป็นเทศบาลเมืองวังศิลา"
    ),
    P(
        "ชื่อ “วังศิลา” มาจากวังน้ำลึกกลางลำห้วยซึ่งมีแผ่นหินศิลาแลงขนาดใหญ่ ชาวบ้านในอดีตใช้เป็นที่พักกองเกวียนและที่จัดงานบุญประเพณีของชุมชน ปัจจุบันบริเวณดังกล่าวได้รับการปรับปรุงเป็นลานวัฒนธรรมริมลำห้วยวังศิลา"
    ),
    P(
        'ประเพณีสำคัญของเมือง ได้แก่ งานประเพณีสงกรานต์และการรดน้ำขอพรผู้สูงอายุ ซึ่งจัดต่อเนื่องมากว่า 40 ปี (ดู<a href="news/songkran-2567">ภาพงานสงกรานต์ปีล่าสุด</a>) และงานประเพณีลอยกระทงริมลำห้วยวังศิลา'
    ),
    P("เทศบาลเมืองวังศิลามีพื้นที่ 12.6 ตารางกิโลเมตร แบ่งเป็น 18 ชุมชน มีประชากรตามทะเบียนราษฎร 21,437 คน (ข้อมูล ณ เดือนธันวาคม 2566)"),
)
VISION_BODY = (
    "<h3>วิสัยทัศน์</h3>",
    P("“วังศิลาเมืองน่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี เศรษฐกิจชุมชนเข้มแข็ง บริหารจัดการด้วยหลักธรรมาภิบาล”"),
    "<h3>พันธกิจ</h3>",
    OL(
        "พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐานและทั่วถึง",
        "ส่งเสริมการศึกษา ศาสนา และวัฒนธรรมท้องถิ่น",
        "ส่งเสริมสุขภาพอนามัยและคุณภาพชีวิตของประชาชนทุกช่วงวัย",
        "อนุรักษ์ทรัพยากรธรรมชาติและจัดการสิ่งแวดล้อมอย่างยั่งยืน",
        "บริหารจัดการองค์กรอย่างโปร่งใส ตรวจสอบได้ และเปิดโอกาสให้ประชาชนมีส่วนร่วม",
    ),
)
STRUCTURE_BODY = (
    P(
        "โครงสร้างส่วนราชการของเทศบาลเมืองวังศิลา ประกอบด้วย สำนักปลัดเทศบาล กองคลัง กองช่าง กองสาธารณสุขและสิ่งแวดล้อม กองการศึกษา กองสวัสดิการสังคม และกองการประปา"
    ),
    IMG("/images/structure-2567.jpg", None, alt="แผนภูมิโครงสร้างส่วนราชการ"),
)


# -- helpers ------------------------------------------------------------------------------------------
_ALLOWED = set(string.ascii_letters + string.digits + string.punctuation + " \t\n\r\x0b\x0c")
_FILENAME_RE = re.compile(r"^(.+)\.(\w{,4})$")


def _th_base(text: str) -> str:
    """plone.i18n baseNormalize(text, transliterate=False), as the ``th`` normaliser calls it."""
    out = []
    for ch in text.strip():
        if ch in _ALLOWED:
            out.append(ch)
        elif unicodedata.decomposition(ch):
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch).strip() if c in _ALLOWED))
        else:
            out.append(f"{ord(ch):x}")
    return "".join(out)


def _crop(base: str, max_length: int) -> str:
    index = len(base)
    while index > max_length:
        index = base.rfind("-", 0, index)
    if index == -1 and len(base) > max_length:
        return base[:max_length]
    if index > 0:
        return base[:index]
    return base


def plone_id(title: str, max_length: int = 255) -> str:
    """The id Plone 5.2's name chooser makes from a title with the user-preferred ``th`` URL normaliser."""
    text = _th_base(title).strip()
    text = re.sub(r"^_+", "", text)
    base, ext = text.lower(), ""
    m = _FILENAME_RE.match(base)
    if m:
        base, ext = m.group(1), m.group(2)
    base = re.sub(r"['\"]", "", base)
    base = re.sub(r"[\W\-]+", "-", base)
    base = re.sub(r"[!#$%&()*+,/:;<=>?@\\^{|}\[\]~`]+", "-", base)
    base = re.sub(r"(^-+)|(-+$)", "", base)
    base = re.sub(r"-+", "-", base)
    base = _crop(base, max_length)
    return base + "." + ext if ext else base


def _uuid(seed: str) -> str:
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest()))


def slash_dt(dt: datetime) -> str:
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year + 543} {dt.hour:02d}:{dt.minute:02d}"


def slash_d(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def iso(dt: datetime) -> str:
    return dt.isoformat()


def enc_path(path: str) -> str:
    return quote(path, safe="/@+:~-._")


class _Units(HTMLParser):
    """Gold paragraphs of a TinyMCE body: p, headings, list items, table rows; captioned images skipped."""

    UNIT = ("p", "h2", "h3", "h4", "li", "tr")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self.cur: list[str] | None = None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "dl":
            self.skip += 1
        elif self.skip:
            return
        elif tag in self.UNIT:
            self._flush()
            self.cur = []
        elif tag in ("td", "th", "br") and self.cur is not None:
            self.cur.append(" ")

    def handle_endtag(self, tag):
        if tag == "dl":
            self.skip -= 1
        elif not self.skip and tag in self.UNIT:
            self._flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.cur is None:
            if data.strip():
                raise ValueError(f"text outside a block: {data!r}")
            return
        self.cur.append(data)

    def _flush(self) -> None:
        if self.cur is not None:
            text = " ".join("".join(self.cur).split())
            if text:
                self.units.append(text)
        self.cur = None


def gold_units(html_text: str) -> tuple[str, ...]:
    parser = _Units()
    parser.feed(html_text)
    parser.close()
    parser._flush()
    return tuple(parser.units)


ACTIVE = ' class="active"'
SELECTED = ' class="selected"'
_CAPTION_RE = re.compile(r'<dd class="image-caption"[^>]*>(.*?)</dd>')
_IMAGE_RE = re.compile(re.escape(PORTAL) + r'(/images/[^"]+?)/@@images/image/preview')


@dataclass
class _Stored:
    """A page kept as a template so the calendar portlet (and <base>) can be re-rendered on request."""

    text: str
    folderish: bool
    canonical: str  # physical path
    extra: tuple[tuple[str, str], ...] = field(default_factory=tuple)


# -- the site -----------------------------------------------------------------------------------------
GLOBALNAV = (
    ("index_html", "หน้าหลัก", "/"),
    ("about", "เกี่ยวกับเรา", "/about"),
    ("news", "ข่าวประชาสัมพันธ์", "/news"),
    ("events", "กิจกรรม", "/events"),
    ("executives", "คณะผู้บริหาร", "/executives"),
    ("ita", "ITA", "/ita"),
    ("contact-info", "ติดต่อเรา", "/contact-info"),
)
ABOUT_PAGES = (
    (
        "history",
        "ประวัติเทศบาลเมืองวังศิลา",
        "ความเป็นมาของเมืองวังศิลาตั้งแต่สุขาภิบาลจนถึงเทศบาลเมือง",
        HISTORY_BODY,
        "2023-02-14 10:20",
    ),
    ("vision", "วิสัยทัศน์และพันธกิจ", "", VISION_BODY, "2023-10-03 09:45"),
    ("structure", "โครงสร้างส่วนราชการ", "", STRUCTURE_BODY, "2024-01-22 13:10"),
)
ACQ_FOLDERS = ("about", "news", "events", "ita")
TYPE_TH = {"News Item": "ข่าว", "File": "ไฟล์", "Collection": "คอลเลกชัน", "Document": "หน้า", "Event": "กิจกรรม"}


class _Plone:
    def __init__(self, site: FixtureSite):
        self.site = site
        self.P = site.base_url
        self.by_key = {n.key: n for n in NEWS}
        self.ids: dict[str, str] = {}
        seen: set[str] = set()
        for key in FOLDER_ORDER:  # Plone picks ids in creation order: the second duplicate gets '-1'
            if key == "aggregator":
                name = "aggregator"
            elif key in self.by_key:
                n = self.by_key[key]
                name = n.short_name or plone_id(n.title)
            else:
                name = plone_id(self.file(key).filename)
            base, k = name, 0
            while name in seen:
                k += 1
                name = f"{base}-{k}"
            seen.add(name)
            self.ids[key] = name
        self.events = {e.key: e for e in EVENTS}
        self.event_ids = {e.key: e.short_name or plone_id(e.title) for e in EVENTS}
        self.stored: dict[str, _Stored] = {}
        self.newest = sorted(NEWS, key=lambda n: n.eff, reverse=True)
        self.chain = [k for k in FOLDER_ORDER if k != "aggregator"]

    # -- small things ---------------------------------------------------------------------------------
    def u(self, path: str) -> str:
        return self.P if path == "/" else self.P + path

    @staticmethod
    def file(key: str) -> _File:
        return next(f for f in FILES if f.key == key)

    def news_path(self, key: str) -> str:
        return f"/news/{self.ids[key]}"

    def file_path(self, key: str) -> str:
        return f"/news/{self.ids[key]}"

    def sub(self, html_text: str) -> str:
        def repl(m: re.Match) -> str:
            kind, key = m.group(1), m.group(2)
            if kind == "event":
                return self.event_ids[key]
            return self.ids[key]

        return re.sub(r"\{\{(news|file|event):(\w+)\}\}", repl, html_text).replace(PORTAL, self.P)

    def headers(self, rule: str, extra: tuple[tuple[str, str], ...] = ()) -> tuple[tuple[str, str], ...]:
        return (
            ("Content-Type", "text/html;charset=utf-8"),
            ("Content-Language", "th"),
            ("X-Frame-Options", "SAMEORIGIN"),
            ("X-Cache-Rule", rule),
            ("X-Cache-Operation", "plone.app.caching.weakCaching"),
            ("Cache-Control", "max-age=0, must-revalidate, private"),
            ("Expires", "Mon, 15 May 2023 03:00:00 GMT"),
        ) + extra

    def tag_url(self, tag: str) -> str:
        return f"{self.P}/@@search?Subject%3Alist={quote_plus(tag)}"

    def author_link(self, uid: str) -> str:
        return f'<a href="{self.P}/author/{uid}">{esc(USERS[uid][0])}</a>'

    # -- portlets -------------------------------------------------------------------------------------
    def nav_portlet(self, section: str) -> str:
        items = []
        for sid, label, path in GLOBALNAV[1:]:
            cls = "navTreeItem visualNoMarker" + (" navTreeCurrentNode" if sid == section else "")
            sub = ""
            if sid == "about" and section == "about":
                sub = (
                    '<ul class="navTree navTreeLevel1">'
                    + "".join(
                        f'<li class="navTreeItem visualNoMarker section-{pid}"><a href="{self.P}/about/{pid}" class="state-published contenttype-document" title="{attr(desc)}"><span>{esc(title)}</span></a></li>'
                        for pid, title, desc, _b, _m in ABOUT_PAGES
                    )
                    + "</ul>"
                )
            kind = "folder" if sid in ACQ_FOLDERS else "document"
            items.append(
                f'<li class="{cls} section-{sid}"><a href="{self.u(path)}" class="state-published contenttype-{kind}" title=""><span>{esc(label)}</span></a>{sub}</li>'
            )
        return f"""<div class="portletWrapper" id="portletwrapper-706c6f6e652e6c656674636f6c756d6e0a636f6e746578740a2f506c6f6e650a6e617669676174696f6e" data-portlethash="706c6f6e652e6c656674636f6c756d6e0a636f6e746578740a2f506c6f6e650a6e617669676174696f6e"><aside class="portlet portletNavigationTree" role="navigation">
  <header class="portletHeader"><a href="{self.P}/sitemap" class="tile">นำทาง</a></header>
  <nav class="portletContent lastItem"><ul class="navTree navTreeLevel0">
    <li class="navTreeItem navTreeTopNode nav-section-wangsila"><div><a href="{self.P}" class="contenttype-plone-site" title="">หน้าหลัก</a></div></li>
    {"".join(items)}
  </ul></nav>
</aside></div>"""

    def static_portlets(self) -> str:
        return f"""<div class="portletWrapper" id="portletwrapper-706c6f6e652e6c656674636f6c756d6e0a636f6e746578740a2f506c6f6e650a7365727669636573" data-portlethash="706c6f6e652e6c656674636f6c756d6e0a636f6e746578740a2f506c6f6e650a7365727669636573"><aside class="portlet portletStaticText portlet-static-services">
  <header class="portletHeader"><span class="tile">บริการประชาชน</span></header>
  <section class="portletContent"><ul>
    <li><a href="{self.P}/contact-info" class="internal-link">ร้องเรียน / ร้องทุกข์</a></li>
    <li><a href="{self.P}/ita/oit-2567" class="internal-link">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
    <li><a href="{self.P}/news/{{{{file:f_tax67}}}}/view" class="internal-link">ประกาศภาษีที่ดินและสิ่งปลูกสร้าง 2567</a></li>
    <li><a href="tel:1567" class="external-link">ศูนย์ดำรงธรรม โทร. 1567</a></li>
  </ul></section>
</aside></div>
<div class="portletWrapper" id="portletwrapper-706c6f6e652e6c656674636f6c756d6e0a636f6e746578740a2f506c6f6e650a6c696e6b73" data-portlethash="706c6f6e652e6c656674636f6c756d6e0a636f6e746578740a2f506c6f6e650a6c696e6b73"><aside class="portlet portletStaticText portlet-static-links">
  <header class="portletHeader"><span class="tile">ลิงก์หน่วยงาน</span></header>
  <section class="portletContent"><ul>
    <li><a href="https://www.dla.go.th" class="external-link" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
    <li><a href="https://www.gprocurement.go.th" class="external-link" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ</a></li>
    <li><a href="https://www.nacc.go.th" class="external-link" target="_blank">สำนักงาน ป.ป.ช.</a></li>
  </ul></section>
</aside></div>"""

    def news_portlet(self) -> str:
        rows = []
        for i, n in enumerate(self.newest[:5]):
            rows.append(
                f'<li class="portletItem {"odd" if i % 2 == 0 else "even"}"><a href="{self.u(self.news_path(n.key))}" class="tile contenttype-news-item" title="{attr(n.description)}">{esc(n.title)}</a><span class="portletItemDetails">{slash_d(n.eff)}</span></li>'
            )
        return f"""<div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f506c6f6e650a6e657773" data-portlethash="706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f506c6f6e650a6e657773"><aside class="portlet portletNews" role="complementary">
  <header class="portletHeader"><a href="{self.P}/news" class="tile">ข่าวล่าสุด</a></header>
  <ul class="portletContent">{"".join(rows)}</ul>
  <footer class="portletFooter"><a href="{self.P}/news" class="tile">ข่าวเพิ่มเติม…</a></footer>
</aside></div>"""

    def upcoming(self) -> list[_Event]:
        return sorted((e for e in EVENTS if _dt(e.end) >= NOW), key=lambda e: _dt(e.start))

    def event_when(self, e: _Event) -> str:
        s, t = _dt(e.start), _dt(e.end)
        end = f"{t.hour:02d}:{t.minute:02d}" if s.date() == t.date() else slash_dt(t)
        return f'<time class="dtstart" datetime="{iso(s)}">{slash_dt(s)}</time> ถึง <time class="dtend" datetime="{iso(t)}">{end}</time>'

    def events_portlet(self) -> str:
        rows = []
        for i, e in enumerate(self.upcoming()[:5]):
            rows.append(
                f'<li class="portletItem {"odd" if i % 2 == 0 else "even"}"><a href="{self.P}/events/{self.event_ids[e.key]}" class="tile contenttype-event" title="{attr(e.description)}">{esc(e.title)}</a><span class="portletItemDetails">{self.event_when(e)} <span class="location">— {esc(e.location)}</span></span></li>'
            )
        return f"""<div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f506c6f6e650a6576656e7473" data-portlethash="706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f506c6f6e650a6576656e7473"><aside class="portlet portletEvents" role="complementary">
  <header class="portletHeader"><a href="{self.P}/events" class="tile">กิจกรรมที่จะมาถึง</a></header>
  <ul class="portletContent">{"".join(rows)}</ul>
  <footer class="portletFooter"><a href="{self.P}/@@event_listing?mode=future" class="tile">กิจกรรมที่จะมาถึง…</a> <a href="{self.P}/@@event_listing?mode=past" class="tile">กิจกรรมที่ผ่านมา…</a></footer>
</aside></div>"""

    def events_on(self, d: date) -> list[_Event]:
        return [e for e in EVENTS if _dt(e.start).date() <= d <= _dt(e.end).date()]

    def calendar_portlet(self, year: int, month: int) -> str:
        py, pm = (year - 1, 12) if month == 1 else (year, month - 1)
        ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
        heads = "".join(f"<th scope='col'>{h}</th>" for h in ("จ", "อ", "พ", "พฤ", "ศ", "ส", "อา"))
        weeks = []
        for week in calendar.Calendar(0).monthdatescalendar(year, month):
            cells = []
            for d in week:
                evs = self.events_on(d)
                cls = "event"
                cls += " today" if d == TODAY else ""
                cls += " cal_next_month" if (d.year, d.month) > (year, month) else ""
                cls += " cal_prev_month" if (d.year, d.month) < (year, month) else ""
                cls += " cal_has_events" if evs else ""
                if evs:
                    title = "; ".join(e.title for e in evs)
                    inner = f'<a href="{self.P}/@@event_listing?mode=day&amp;date={d.year}-{d.month}-{d.day}" title="{attr(title)}">{d.day}</a>'
                else:
                    inner = f"<span>{d.day}</span>"
                cells.append(f'<td class="{cls}">{inner}</td>')
            weeks.append("<tr>" + "".join(cells) + "</tr>")
        return f"""<div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f506c6f6e650a63616c656e646172" data-portlethash="706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f506c6f6e650a63616c656e646172"><aside class="portlet portletCalendar" role="complementary">
  <header class="portletHeader">
    <a href="?month={pm}&amp;year={py}" rel="nofollow" title="เดือนก่อนหน้า" class="calendarPrevious" data-year="{py}" data-month="{pm}">&laquo;</a>
    <span>{MONTHS[month - 1]} {year + 543}</span>
    <a href="?month={nm}&amp;year={ny}" rel="nofollow" title="เดือนถัดไป" class="calendarNext" data-year="{ny}" data-month="{nm}">&raquo;</a>
  </header>
  <section class="portletContent"><table class="ploneCalendar" summary="ปฏิทิน"><caption class="hiddenStructure">month-{month}</caption><thead><tr class="weekdays">{heads}</tr></thead><tbody>{"".join(weeks)}</tbody></table></section>
</aside></div>"""

    # -- the page -------------------------------------------------------------------------------------
    def page(
        self,
        *,
        title: str,
        content: str,
        canonical: str,
        section: str,
        body_class: str,
        crumbs: list[tuple[str, str | None]],
        description: str = "",
        dc: dict[str, str] | None = None,
        below: str = "",
        left: bool = True,
        right: bool = True,
        feeds: bool = False,
        og_image: str | None = None,
    ) -> str:
        P = self.P
        meta = ""
        if dc:
            meta += "".join(f'\n    <meta name="{k}" content="{attr(v)}" />' for k, v in dc.items())
        if description:
            meta += f'\n    <meta name="description" content="{attr(description)}" />'
        feed_links = ""
        if feeds:
            feed_links = (
                f'\n    <link rel="alternate" href="{P}/news/RSS" title="ข่าวประชาสัมพันธ์ - RSS 1.0" type="application/rss+xml" />'
                f'\n    <link rel="alternate" href="{P}/news/rss.xml" title="ข่าวประชาสัมพันธ์ - RSS 2.0" type="application/rss+xml" />'
            )
        nav = "".join(
            f'<li class="{sid}{" selected" if sid == section else ""}"><a href="{self.u(path)}" class="state-{"None" if sid == "index_html" else "published"}">{esc(label)}</a></li>'
            for sid, label, path in GLOBALNAV
        )
        trail = "".join(
            f'<li id="breadcrumbs-{i + 1}"><a href="{self.u(path)}">{esc(text)}</a></li>'
            if path
            else f'<li id="breadcrumbs-{i + 1}"><span id="breadcrumbs-current">{esc(text)}</span></li>'
            for i, (text, path) in enumerate(crumbs)
        )
        cols = (1 if left else 0) + (1 if right else 0)
        width = {2: "col-sm-6", 1: "col-sm-9", 0: "col-sm-12"}[cols]
        left_html = (
            f'<aside id="portal-column-one" class="col-xs-12 col-sm-3 col-sm-pull-6">{self.nav_portlet(section)}{self.static_portlets()}</aside>'
            if left
            else ""
        )
        right_html = (
            f'<aside id="portal-column-two" class="col-xs-12 col-sm-3">{self.news_portlet()}{self.events_portlet()}%%CAL%%</aside>'
            if right
            else ""
        )
        full_title = SITE_TITLE if title == SITE_TITLE else f"{title} — {SITE_TITLE}"
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th">
  <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <base href="%%BASE%%" /><!--[if lt IE 7]></base><![endif]-->{meta}
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="generator" content="Plone - http://plone.com" />
    <meta property="og:site_name" content="{SITE_TITLE}" />
    <meta property="og:title" content="{attr(title)}" />
    <meta property="og:type" content="website" />
    <meta property="og:description" content="{attr(description)}" />
    <meta property="og:url" content="{attr(self.u(canonical))}" />
    <meta property="og:image" content="{attr(og_image or P + "/@@site-logo/logo.png")}" />
    <meta property="og:image:type" content="image/{"jpeg" if og_image else "png"}" />
    <meta name="twitter:card" content="summary" />
    <link rel="stylesheet" href="{P}/++plone++production/++unique++{UNIQUE}/default.css" data-bundle="production" />
    <link rel="stylesheet" href="{P}/++theme++wangsila.theme/css/theme.css" data-bundle="diazo" />
    <link rel="canonical" href="{attr(self.u(canonical))}" />
    <link rel="preload icon" type="image/vnd.microsoft.icon" href="{P}/favicon.ico" />
    <link rel="search" href="{P}/@@search" title="ค้นหาเว็บไซต์" />{feed_links}
    <script>PORTAL_URL = '{P}';</script>
    <script type="text/javascript" src="{P}/++plone++production/++unique++{UNIQUE}/default.js" data-bundle="production"></script>
    <title>{esc(full_title)}</title>
  </head>
  <body id="visual-portal-wrapper" class="{body_class} site-Plone icons-on thumbs-on frontend viewpermission-view userrole-anonymous pat-markspeciallinks" dir="ltr" data-base-url="%%BASE%%" data-view-url="{attr(self.u(canonical))}" data-portal-url="{P}" data-i18ncatalogurl="{P}/plonejsi18n" data-pat-plone-modal='{{"actionOptions": {{"displayInModal": false}}}}'>
    <div class="outer-wrapper">
      <header id="content-header">
        <div class="container">
          <div id="portal-header">
            <p class="hiddenStructure"><a accesskey="2" href="%%URL%%#content">ข้ามไปยังเนื้อหา</a> | <a accesskey="6" href="%%URL%%#portal-globalnav">ข้ามไปยังการนำทาง</a></p>
            <a id="portal-logo" title="{SITE_TITLE}" href="{P}"><img src="{P}/@@site-logo/logo.png" alt="{SITE_TITLE}" title="{SITE_TITLE}" /></a>
            <div id="portal-anontools"><ul><li><a title="เข้าสู่ระบบ" href="{P}/login" id="personaltools-login" class="pat-plone-modal" data-pat-plone-modal='{{"prependContent": ".portalMessage", "title": "เข้าสู่ระบบ", "width": "26em"}}'>เข้าสู่ระบบ</a></li></ul></div>
            <div id="portal-searchbox">
              <form id="searchGadget_form" action="{P}/@@search" role="search" data-pat-livesearch="ajaxUrl:{P}/@@ajax-search" class="pat-livesearch">
                <div class="LSBox"><label class="hiddenStructure" for="searchGadget">ค้นหาเว็บไซต์</label>
                  <input name="SearchableText" type="text" size="18" id="searchGadget" title="ค้นหาเว็บไซต์" placeholder="ค้นหาเว็บไซต์" class="searchField" />
                  <input class="searchButton" type="submit" value="ค้นหา" />
                  <div class="searchSection"><input id="searchbox_currentfolder_only" class="noborder" type="checkbox" name="path" value="/Plone/{section}" /><label for="searchbox_currentfolder_only" style="cursor: pointer">เฉพาะในส่วนปัจจุบัน</label></div>
                </div>
              </form>
              <div id="portal-advanced-search" class="hiddenStructure"><a href="{P}/@@search">ค้นหาขั้นสูง…</a></div>
            </div>
          </div>
        </div>
        <div id="mainnavigation-wrapper"><div id="mainnavigation">
          <nav class="plone-navbar pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container">
            <div class="plone-navbar-header"><button type="button" class="plone-navbar-toggle" data-toggle="collapse" data-target="#portal-globalnav-collapse"><span class="sr-only">สลับการนำทาง</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
            <div class="plone-collapse plone-navbar-collapse" id="portal-globalnav-collapse"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav">{nav}</ul></div>
          </div></nav>
        </div></div>
      </header>
      <div id="above-content-wrapper"><div id="viewlet-above-content">
        <nav id="portal-breadcrumbs" class="plone-breadcrumb"><div class="container"><span id="breadcrumbs-you-are-here" class="hiddenStructure">คุณอยู่ที่:</span><ol aria-labelledby="breadcrumbs-you-are-here"><li id="breadcrumbs-home"><a href="{P}">หน้าหลัก</a></li>{trail}</ol></div></nav>
      </div></div>
      <div class="container">
        <div class="row"><aside id="global_statusmessage"></aside></div>
        <main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main">
          <div id="column1-container">{left_html}</div>
          <div class="col-xs-12 {width}{" col-sm-push-3" if left else ""}">
            <div class="row"><div class="col-xs-12 col-sm-12">
              <article id="portal-column-content">
{content}
              </article>
            </div></div>
            <footer class="row"><div class="col-xs-12 col-sm-12"><div id="viewlet-below-content">{below}</div></div></footer>
          </div>
          <div id="column2-container">{right_html}</div>
        </main>
      </div>
    </div>
    <footer id="portal-footer-wrapper" role="contentinfo"><div class="container" id="portal-footer"><div class="row"><div class="col-xs-12">
      <div class="portletWrapper"><section class="portlet portletClassic" id="portal-footer-signature"><div class="portletContent">{SITE_TITLE} {ADDRESS}<br />โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></div></section></div>
      <div class="portletWrapper"><section class="portlet portletActions" role="menu"><ul class="actions">
        <li class="portletItem"><a href="{P}/sitemap">แผนผังเว็บไซต์</a></li>
        <li class="portletItem"><a href="{P}/accessibility-info">การเข้าถึงเว็บไซต์</a></li>
        <li class="portletItem"><a href="{P}/contact-info">ติดต่อเรา</a></li>
      </ul></section></div>
      <div class="portletWrapper"><section class="portlet portletClassic" id="portal-colophon"><div class="portletContent"><a href="https://plone.org" target="_blank" title="เว็บไซต์นี้สร้างด้วย Plone ระบบจัดการเนื้อหาโอเพนซอร์ส">ขับเคลื่อนด้วย Plone &amp; Python</a></div></section></div>
    </div></div></div></footer>
  </body>
</html>
"""

    def frame(
        self,
        *,
        title: str,
        description: str,
        core: str,
        byline: str = "",
        below_body: str = "",
        social_url: str = "/",
    ) -> str:
        desc = f'\n      <div class="documentDescription description">{esc(description)}</div>' if description else ""
        return f"""<article id="content">
    <header>
      <div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{esc(title)}</span><span itemprop="description">{esc(description)}</span><span itemprop="url">{attr(self.u(social_url))}</span><span itemprop="image">{self.P}/@@site-logo/logo.png</span></span></div>
      <h1 class="documentFirstHeading">{esc(title)}</h1>
      <div id="viewlet-below-content-title">{byline}</div>{desc}
    </header>
    <div id="viewlet-above-content-body"></div>
    <div id="content-core">
{core}
    </div>
    <footer><div id="viewlet-below-content-body">{below_body}</div></footer>
</article>"""

    def byline(self, creator: str, modified: datetime, published: datetime | None = None) -> str:
        pub = (
            f'<span class="documentPublished"><span>เผยแพร่</span> {slash_dt(published)},</span>\n        '
            if published
            else ""
        )
        return f"""<div class="documentByLine" id="plone-document-byline">
        <span class="documentAuthor">โดย {self.author_link(creator)} —</span>
        {pub}<span class="documentModified"><span>แก้ไขล่าสุด</span> {slash_dt(modified)}</span>
      </div>"""

    def keywords(self, subjects: tuple[str, ...]) -> str:
        if not subjects:
            return ""
        spans = '<span class="separator">,</span> '.join(
            f'<span><a href="{attr(self.tag_url(s))}" class="link-category" rel="tag">{esc(s)}</a></span>'
            for s in subjects
        )
        return f'<div class="documentByLine" id="category" role="menu"><span>ป้ายกำกับ:</span> {spans}</div>'

    def doc_actions(self, url: str | None) -> str:
        extra = ""
        if url:
            extra = (
                f'<li id="document-action-sendto"><a href="{url}/sendto_form" title="">ส่งต่อ</a></li>'
                f'<li id="document-action-printview"><a href="{url}?ajax_load=1" title="" target="_blank">ฉบับพิมพ์</a></li>'
            )
        return f'<div class="visualClear"><!-- --></div><div class="documentActions"><p class="hiddenStructure">เครื่องมือ</p><ul>{extra}<li id="document-action-print"><a href="javascript:this.print();" title="">พิมพ์</a></li></ul></div>'

    def related(self, refs: tuple[str, ...]) -> str:
        if not refs:
            return ""
        items = []
        for ref in refs:
            kind, key = ref.split(":")
            if kind == "news":
                n = self.by_key[key]
                href, cls, title, desc = self.u(self.news_path(key)), "contenttype-news-item", n.title, n.description
            elif kind == "event":
                e = self.events[key]
                href, cls, title, desc = (
                    f"{self.P}/events/{self.event_ids[key]}",
                    "contenttype-event",
                    e.title,
                    e.description,
                )
            else:
                fid, ftitle, _fname = next(x for x in ITA_FILES if x[0] == key)
                href, cls, title, desc = f"{self.P}/ita/{fid}/view", "contenttype-file", ftitle, ""
            d = f'<span class="discreet"> — {esc(desc)}</span>' if desc else ""
            items.append(
                f'<li><span class="relatedItems-item"><a href="{href}" class="state-published {cls}" title="{attr(desc)}"><span>{esc(title)}</span></a>{d}</span></li>'
            )
        return f'<div class="relatedItems"><div class="visualClear"><!-- --></div><div id="relatedItemBox"><h2 class="relatedItemsHeader">เนื้อหาที่เกี่ยวข้อง</h2><ul class="relatedItemsList">{"".join(items)}</ul></div></div>'

    def chain_link(self, key: str) -> tuple[str, str]:
        if key in self.by_key:
            return self.u(self.news_path(key)), self.by_key[key].title
        return self.u(self.file_path(key)) + "/view", self.file(key).title

    def nextprevious(self, key: str) -> str:
        i = self.chain.index(key)
        out = []
        if i > 0:
            href, title = self.chain_link(self.chain[i - 1])
            out.append(
                f'<a class="previous" href="{href}" title="ไปยังรายการก่อนหน้า"><span class="arrow">«</span> <span class="label">ก่อนหน้า: {esc(title)}</span></a>'
            )
        if i + 1 < len(self.chain):
            href, title = self.chain_link(self.chain[i + 1])
            out.append(
                f'<a class="next" href="{href}" title="ไปยังรายการถัดไป"><span class="label">ถัดไป: {esc(title)}</span> <span class="arrow">»</span></a>'
            )
        return f'<nav class="listingBar nextprevious" aria-label="ก่อนหน้า/ถัดไป">{" ".join(out)}</nav>'

    # -- rendering and storing ------------------------------------------------------------------------
    def render(self, st: _Stored, actual: str, base_path: str, year: int, month: int) -> Response:
        base = self.u(base_path)
        if st.folderish and not base.endswith("/"):
            base += "/"
        text = (
            st.text.replace("%%BASE%%", attr(base))
            .replace("%%URL%%", attr(self.u(actual) if actual != "/" else self.P + "/"))
            .replace("%%CAL%%", self.calendar_portlet(year, month))
        )
        return Response(200, st.extra or self.headers("plone.content.itemView"), text.encode("utf-8"))

    def store(
        self, paths: tuple[str, ...], text: str, *, folderish: bool = False, rule: str = "plone.content.itemView"
    ) -> None:
        st = _Stored(self.sub(text), folderish, paths[0], self.headers(rule))
        for path in paths:
            self.stored[path] = st
            base = path[: -len("/view")] if path.endswith("/view") else path
            self.site.add(enc_path(path), self.render(st, enc_path(path), base, TODAY.year, TODAY.month))

    # -- news items -----------------------------------------------------------------------------------
    def lead_html(self, n: _News) -> str:
        if n.lead is None:
            return ""
        url = self.u(self.news_path(n.key))
        cap = f"<figcaption>{esc(n.lead)}</figcaption>" if n.lead else ""
        return (
            f'<figure class="newsImageContainer"><a class="pat-plone-modal" data-pat-plone-modal="image: true" href="{url}/@@images/image/large">'
            f'<img src="{url}/@@images/{_uuid(n.key)}.jpeg" alt="{attr(n.title)}" title="{attr(n.title)}" height="400" width="600" class="newsImage" />{cap}</a></figure>'
        )

    def news_frame(self, n: _News, *, actions: bool = True) -> str:
        path = self.news_path(n.key)
        url = self.u(path)
        core = f'{self.lead_html(n)}\n      <div id="parent-fieldname-text" class="">{"".join(n.body)}</div>'
        below = self.keywords(n.subjects) + (self.doc_actions(url) if actions else "") + self.related(n.related)
        return self.frame(
            title=n.title,
            description=n.description,
            core=core,
            byline=self.byline(n.creator, _dt(n.modified), n.eff),
            below_body=below,
            social_url=path,
        )

    def dc(self, creator: str, created: str, modified: str, kind: str, fmt: str = "text/html") -> dict[str, str]:
        return {
            "DC.creator": creator,
            "DC.format": fmt,
            "DC.date.created": iso(_dt(created)),
            "DC.date.modified": iso(_dt(modified)),
            "DC.type": TYPE_TH[kind],
            "DC.distribution": "Global",
        }

    def register_news(self) -> None:
        for n in NEWS:
            nid = self.ids[n.key]
            path = self.news_path(n.key)
            url = self.u(path)
            text = self.page(
                title=n.title,
                content=self.news_frame(n),
                canonical=path,
                section="news",
                body_class=f"template-newsitem_view portaltype-news-item section-news subsection-{nid}",
                crumbs=[("ข่าวประชาสัมพันธ์", "/news"), (n.title, None)],
                description=n.description,
                dc=self.dc(n.creator, n.created, n.modified, "News Item"),
                below=self.nextprevious(n.key),
                feeds=True,
                og_image=f"{url}/@@images/image/large" if n.lead is not None else None,
            )
            self.store((path, path + "/view"), text)
            # the integrator's "ฉบับพิมพ์": Plone's ajax_main_template (content only)
            ajax = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>{esc(n.title)} — {SITE_TITLE}</title></head>
<body class="template-newsitem_view portaltype-news-item section-news subsection-{nid} site-Plone userrole-anonymous">
<div id="portal-column-content">
{self.news_frame(n, actions=False)}
</div>
</body></html>
"""
            self.site.add(
                path + "?ajax_load=1",
                Response(200, self.headers("plone.content.itemView"), self.sub(ajax).encode("utf-8")),
            )
            sendto = self.frame(
                title="ส่งหน้านี้ให้ผู้อื่น",
                description="กรอกที่อยู่อีเมลของผู้รับ ระบบจะส่งลิงก์ของหน้านี้ให้",
                core=f"""<form class="rowlike enableUnloadProtection pat-formunloadalert" action="{url}/sendto_form" method="post" enctype="multipart/form-data" id="form">
  <p>ส่งลิงก์ของ “<a href="{url}">{esc(n.title)}</a>” ทางอีเมล</p>
  <div class="field" id="formfield-form-widgets-send_to_address"><label for="form-widgets-send_to_address" class="horizontal">ส่งถึง <span class="required horizontal" title="จำเป็น">&nbsp;</span></label><input id="form-widgets-send_to_address" name="form.widgets.send_to_address" class="text-widget required textline-field" value="" type="text" /></div>
  <div class="field" id="formfield-form-widgets-send_from_address"><label for="form-widgets-send_from_address" class="horizontal">จาก <span class="required horizontal" title="จำเป็น">&nbsp;</span></label><input id="form-widgets-send_from_address" name="form.widgets.send_from_address" class="text-widget required textline-field" value="" type="text" /></div>
  <div class="field" id="formfield-form-widgets-comment"><label for="form-widgets-comment" class="horizontal">ความคิดเห็น</label><textarea id="form-widgets-comment" name="form.widgets.comment" class="textarea-widget text-field"></textarea></div>
  <div class="formControls"><input id="form-buttons-send" name="form.buttons.send" class="submit-widget button-field context" value="ส่ง" type="submit" /></div>
</form>""",
                social_url=path + "/sendto_form",
            )
            text = self.page(
                title="ส่งหน้านี้ให้ผู้อื่น",
                content=sendto,
                canonical=path,
                section="news",
                body_class=f"template-sendto_form portaltype-news-item section-news subsection-{nid}",
                crumbs=[("ข่าวประชาสัมพันธ์", "/news"), (n.title, path), ("ส่งหน้านี้ให้ผู้อื่น", None)],
            )
            self.store((path + "/sendto_form",), text)

    def file_page(
        self,
        path: str,
        title: str,
        filename: str,
        size: int,
        created: str,
        folder: tuple[str, str],
        chain_key: str | None = None,
    ) -> None:
        url = self.u(path)
        dl = f"{url}/@@download/file/{quote(filename)}"
        core = f"""<p><a href="{dl}"><img src="{self.P}/++resource++mimetype.icons/pdf.png" alt="application/pdf" /> {esc(filename)}</a>
      <span class="discreet">&mdash; PDF document, {round(size / 1024, 1)} KB ({size} bytes)</span></p>
      <p><a href="{dl}" class="btn btn-primary">ดาวน์โหลดไฟล์</a></p>"""
        text = self.page(
            title=title,
            content=self.frame(
                title=title,
                description="",
                core=core,
                byline=self.byline("admin", _dt(created)),
                below_body=self.doc_actions(None),
                social_url=path + "/view",
            ),
            canonical=path,
            section=folder[0],
            body_class=f"template-file_view portaltype-file section-{folder[0]}",
            crumbs=[(folder[1], "/" + folder[0]), (title, None)],
            dc=self.dc("admin", created, created, "File", "application/pdf"),
            below=self.nextprevious(chain_key) if chain_key else "",
        )
        self.store((path + "/view",), text)

    def register_files(self) -> None:
        site = self.site
        for f in FILES:
            path = self.file_path(f.key)
            body = pdf(
                f"Thesaban Mueang Wang Sila - {self.ids[f.key]}",
                [f"Uploaded {f.created}", "Announcement attached to a news item"],
            )
            mod = _dt(f.created)
            resp = static_file(body, "application/pdf", mod)
            site.add(enc_path(path), resp)
            site.add(enc_path(f"{path}/@@download/file/{f.filename}"), resp)
            self.file_page(path, f.title, f.filename, len(body), f.created, ("news", "ข่าวประชาสัมพันธ์"), f.key)
        for fid, title, fname in ITA_FILES:
            path = f"/ita/{fid}"
            body = pdf(
                f"Thesaban Mueang Wang Sila - ITA 2567 - {fid.upper()}", ["Open data for the ITA assessment 2024"]
            )
            resp = static_file(body, "application/pdf", datetime(2024, 1, 25, 10, 0, tzinfo=BANGKOK))
            site.add(path, resp)
            site.add(enc_path(f"{path}/@@download/file/{fname}"), resp)
            site.add(f"{path}/at_download/file", resp)
            self.file_page(path, title, fname, len(body), "2024-01-25 10:00", ("ita", "ITA"))

    # -- events ---------------------------------------------------------------------------------------
    def register_events(self) -> None:
        for e in EVENTS:
            eid = self.event_ids[e.key]
            path = f"/events/{eid}"
            url = self.u(path)
            core = f"""<div class="event clearfix vevent" itemscope itemtype="http://data-vocabulary.org/Event">
      <ul class="hiddenStructure"><li><a class="url" href="{url}" itemprop="url">{url}</a></li><li class="summary" itemprop="summary">{esc(e.title)}</li></ul>
      <div class="event-details"><ul class="event summary details" summary="รายละเอียดกิจกรรม">
        <li class="event-date"><strong>เมื่อ</strong> <span>{self.event_when(e)}</span></li>
        <li class="event-location"><strong>สถานที่</strong> <span class="location" itemprop="location">{esc(e.location)}</span></li>
        <li class="event-contact"><strong>ติดต่อ</strong> <span class="contact-name">{esc(e.contact)}</span> <span class="contact-phone">{esc(e.phone)}</span></li>
        <li class="event-calendar"><strong>เพิ่มลงในปฏิทิน</strong> <a href="{url}/ics_view" title="ดาวน์โหลดกิจกรรมนี้ในรูปแบบ iCal" rel="nofollow"><img src="{self.P}/++plone++plone.app.event/icon_export_ical.png" alt="" /> <span>iCal</span></a></li>
      </ul></div>
      <div id="parent-fieldname-text" class="">{"".join(e.body)}</div>
    </div>"""
            text = self.page(
                title=e.title,
                content=self.frame(
                    title=e.title,
                    description=e.description,
                    core=core,
                    byline=self.byline("admin", _dt(e.created), _dt(e.created)),
                    below_body=self.keywords(e.subjects) + self.doc_actions(None),
                    social_url=path,
                ),
                canonical=path,
                section="events",
                body_class=f"template-event_view portaltype-event section-events subsection-{eid}",
                crumbs=[("กิจกรรม", "/events"), (e.title, None)],
                description=e.description,
                dc=self.dc("admin", e.created, e.created, "Event"),
            )
            self.store((path, path + "/view"), text)
            self.site.add(path + "/ics_view", self.ical([e], eid))
        self.site.add("/events/ics_view", self.ical(list(EVENTS), "events"))

    def ical(self, events: list[_Event], name: str) -> Response:
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Plone.org//NONSGML plone.app.event//EN",
            f"X-WR-CALNAME:{SITE_TITLE}",
            "X-WR-TIMEZONE:Asia/Bangkok",
        ]
        for e in events:
            s, t = _dt(e.start), _dt(e.end)
            lines += [
                "BEGIN:VEVENT",
                f"SUMMARY:{e.title}",
                f"DTSTART;TZID=Asia/Bangkok;VALUE=DATE-TIME:{s:%Y%m%dT%H%M%S}",
                f"DTEND;TZID=Asia/Bangkok;VALUE=DATE-TIME:{t:%Y%m%dT%H%M%S}",
                f"UID:{_uuid(e.key)}",
                f"LOCATION:{e.location}",
                f"URL:{self.P}/events/{self.event_ids[e.key]}",
                "END:VEVENT",
            ]
        lines.append("END:VCALENDAR")
        body = "\r\n".join(lines).encode("utf-8")
        return Response(
            200,
            (
                ("Content-Type", "text/calendar; charset=utf-8"),
                ("Content-Disposition", f'attachment; filename="{name}.ics"'),
            ),
            body,
        )

    def event_rows(self, events: list[_Event]) -> str:
        if not events:
            return '<p class="discreet">ไม่พบกิจกรรม</p>'
        out = []
        for e in events:
            out.append(
                f'<article class="vevent tileItem"><h2 class="tileHeadline"><a href="{self.P}/events/{self.event_ids[e.key]}" class="url"><span class="summary">{esc(e.title)}</span></a></h2>'
                f'<div class="documentByLine">{self.event_when(e)} — <span class="location">{esc(e.location)}</span></div>'
                + (f'<p class="description">{esc(e.description)}</p>' if e.description else "")
                + "</article>"
            )
        return "".join(out)

    def event_listing(self, ctx: str, params: dict[str, str], target: str, ical: bool = False) -> Response:
        mode = params.get("mode", "future")
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", params.get("date", ""))
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else TODAY
        except ValueError:
            d = TODAY
        base = self.u(ctx or "/").rstrip("/") + "/@@event_listing"
        nav = ""
        if mode in ("day", "week", "month"):
            if mode == "day":
                start, end, prev, nxt = d, d, d - timedelta(days=1), d + timedelta(days=1)
                heading, pl, nl = th_long(d), "« วันก่อนหน้า", "วันถัดไป »"
            elif mode == "week":
                start = d - timedelta(days=d.weekday())
                end, prev, nxt = start + timedelta(days=6), start - timedelta(days=7), start + timedelta(days=7)
                heading, pl, nl = f"{th_long(start)} – {th_long(end)}", "« สัปดาห์ก่อนหน้า", "สัปดาห์ถัดไป »"
            else:
                start = d.replace(day=1)
                end = d.replace(day=calendar.monthrange(d.year, d.month)[1])
                prev = (start - timedelta(days=1)).replace(day=1)
                nxt = end + timedelta(days=1)
                heading, pl, nl = f"{MONTHS[d.month - 1]} {d.year + 543}", "« เดือนก่อนหน้า", "เดือนถัดไป »"
            events = sorted(
                (e for e in EVENTS if _dt(e.start).date() <= end and _dt(e.end).date() >= start),
                key=lambda e: _dt(e.start),
            )
            nav = f'<nav class="pagination"><a class="prev" href="{base}?mode={mode}&amp;date={prev.isoformat()}" rel="nofollow">{pl}</a> <strong>{heading}</strong> <a class="next" href="{base}?mode={mode}&amp;date={nxt.isoformat()}" rel="nofollow">{nl}</a></nav>'
            ical_q = f"mode={mode}&amp;date={d.isoformat()}"
        elif mode == "past":
            events = sorted((e for e in EVENTS if _dt(e.end) < NOW), key=lambda e: _dt(e.start), reverse=True)
            heading, ical_q = "กิจกรรมที่ผ่านมา", "mode=past"
        else:
            mode = "future"
            events = self.upcoming()
            heading, ical_q = "กิจกรรมที่จะมาถึง", "mode=future"
        if ical:
            return self.ical(events, "events")
        modes = "".join(
            f'<li><a class="mode_{k}{" selected" if k == mode else ""}" href="{base}?mode={k}">{label}</a></li>'
            for k, label in (
                ("future", "ที่จะมาถึง"),
                ("past", "ที่ผ่านมา"),
                ("day", "วันนี้"),
                ("week", "สัปดาห์นี้"),
                ("month", "เดือนนี้"),
            )
        )
        core = f"""<nav class="mode_selector"><ul>{modes}</ul></nav>
      {nav}
      <h2 class="listing-heading">{heading}</h2>
      <section id="event_listing">{self.event_rows(events)}</section>
      <p class="event_listing_ical"><a href="{self.u(ctx or "/").rstrip("/")}/@@event_listing_ical?{ical_q}" title="ส่งออกกิจกรรมในรูปแบบ iCal" rel="nofollow">ส่งออกเป็น iCal</a></p>"""
        canonical = (ctx or "") + "/@@event_listing"
        text = self.page(
            title="กิจกรรม",
            content=self.frame(title="กิจกรรม", description="", core=core, social_url=canonical),
            canonical=canonical,
            section="events",
            body_class="template-event_listing portaltype-folder section-events"
            if ctx
            else "template-event_listing portaltype-plone-site section-front-page",
            crumbs=[("กิจกรรม", "/events" if ctx else None)] + ([("รายการกิจกรรม", None)] if ctx else []),
        )
        st = _Stored(self.sub(text), True, canonical, self.headers("plone.content.folderView"))
        return self.render(st, target, ctx or "/", TODAY.year, TODAY.month)

    # -- listings -------------------------------------------------------------------------------------
    def batch_nav(self, base: str, start: int, total: int, size: int, key: str = "b_start:int") -> str:
        if total <= size:
            return ""
        pages = -(-total // size)
        cur = start // size
        items = []
        base += "&amp;" if "?" in base else "?"
        if start > 0:
            prev = max(0, start - size)
            items.append(
                f'<li class="previous"><a href="{base}{key}={prev}"><span class="arrow"></span><span class="label">{size} รายการก่อนหน้า</span></a></li>'
            )
        for p in range(pages):
            if p == cur:
                items.append(f'<li class="active"><span>{p + 1}</span></li>')
            else:
                items.append(f'<li><a href="{base}{key}={p * size}">{p + 1}</a></li>')
        if start + size < total:
            left = min(size, total - start - size)
            items.append(
                f'<li class="next"><a href="{base}{key}={start + size}"><span class="label">{left} รายการถัดไป</span><span class="arrow"></span></a></li>'
            )
        return f'<nav class="pagination" aria-label="Pagination"><ul>{"".join(items)}</ul></nav>'

    def folder_entries(self) -> list[tuple[str, str, str, str, str, str, datetime, str | None]]:
        """(/news items in folder order): key, url, title, description, type, creator, modified, thumb."""
        out = []
        for key in FOLDER_ORDER:
            if key == "aggregator":
                out.append(
                    (
                        key,
                        self.P + "/news/aggregator",
                        "ข่าวประชาสัมพันธ์",
                        "ข่าวประชาสัมพันธ์ล่าสุด",
                        "Collection",
                        "admin",
                        _dt("2023-02-10 09:00"),
                        None,
                    )
                )
            elif key in self.by_key:
                n = self.by_key[key]
                url = self.u(self.news_path(key))
                thumb = f"{url}/@@images/image/thumb" if n.lead is not None else None
                out.append((key, url, n.title, n.description, "News Item", n.creator, _dt(n.modified), thumb))
            else:
                f = self.file(key)
                out.append(
                    (key, self.u(self.file_path(key)) + "/view", f.title, "", "File", "admin", _dt(f.created), None)
                )
        return out

    def summary_items(self, entries) -> str:
        out = []
        for _key, url, title, desc, kind, creator, modified, thumb in entries:
            img = (
                f'<div class="tileImage"><a href="{url}"><img src="{thumb}" alt="" class="thumb-thumb" /></a></div>'
                if thumb
                else ""
            )
            out.append(
                f"""<article class="tileItem">
        <h2 class="tileHeadline"><a class="summary url" href="{url}" title="{kind}">{esc(title)}</a></h2>
        <div class="documentByLine">— <span>โดย {self.author_link(creator)}</span> — แก้ไขล่าสุด {slash_dt(modified)}</div>
        {img}<div class="tileBody"><span class="description">{esc(desc)}</span></div>
        <div class="tileFooter"><a href="{url}">อ่านเพิ่มเติม…</a></div>
        <div class="visualClear"><!-- --></div>
      </article>"""
            )
        return "\n      ".join(out)

    def listing(self, view: str, start: int) -> str:
        """/news (aggregator default page), /news/aggregator, /news/summary_view, /news/tabular_view."""
        if view in ("/news", "/news/aggregator"):
            entries = [e for e in self.folder_entries() if e[4] == "News Item"]
            entries.sort(key=lambda e: self.by_key[e[0]].eff, reverse=True)
        else:
            entries = self.folder_entries()
        total = len(entries)
        shown = entries[start : start + BATCH]
        if view == "/news/tabular_view":
            rows = "".join(
                f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td><a href="{url}" class="state-published url contenttype-{kind.lower().replace(" ", "-")}" title="{kind}">{esc(title)}</a></td><td>{self.author_link(creator)}</td><td>{TYPE_TH[kind]}</td><td>{slash_dt(modified)}</td></tr>'
                for i, (_k, url, title, _d, kind, creator, modified, _t) in enumerate(shown)
            )
            core = f'<table class="listing" summary="รายการเนื้อหา"><thead><tr><th class="nosort">ชื่อเรื่อง</th><th class="nosort">ผู้สร้าง</th><th class="nosort">ประเภท</th><th class="nosort">แก้ไขล่าสุด</th></tr></thead><tbody>{rows}</tbody></table>'
            template = "template-tabular_view portaltype-folder"
        else:
            core = (
                f'<div class="entries">\n      {self.summary_items(shown)}\n      </div>'
                if shown
                else '<p class="discreet">ไม่มีเนื้อหาในโฟลเดอร์นี้</p>'
            )
            template = (
                "template-summary_view portaltype-collection"
                if view != "/news/summary_view"
                else "template-summary_view portaltype-folder"
            )
        core += "\n      " + self.batch_nav(self.u(view), start, total, BATCH)
        title = "ข่าวประชาสัมพันธ์"
        desc = "ข่าวสาร ประกาศ และภาพกิจกรรมของเทศบาลเมืองวังศิลา"
        canonical = "/news" if view == "/news" else view
        text = self.page(
            title=title,
            content=self.frame(title=title, description=desc, core=core, social_url=canonical),
            canonical=canonical,
            section="news",
            body_class=f"{template} section-news",
            crumbs=[(title, None)] if view == "/news" else [(title, "/news"), (view.rsplit("/", 1)[1], None)],
            description=desc,
            feeds=True,
        )
        return self.sub(text)

    def listing_response(self, view: str, start: int, actual: str) -> Response:
        st = _Stored(
            self.listing(view, start), view != "/news/aggregator", view, self.headers("plone.content.folderView")
        )
        return self.render(st, actual, view, TODAY.year, TODAY.month)

    def register_listings(self) -> None:
        for view in ("/news", "/news/aggregator", "/news/summary_view", "/news/tabular_view"):
            st = _Stored(
                self.listing(view, 0), view != "/news/aggregator", view, self.headers("plone.content.folderView")
            )
            self.stored[view] = st
            self.site.add(view, self.render(st, view, view, TODAY.year, TODAY.month))
            target = f"{view}?b_start:int={BATCH}"
            self.site.add(target, self.listing_response(view, BATCH, target))

    # -- feeds and the XML sitemap --------------------------------------------------------------------
    def feed_items(self) -> list[tuple[str, str, str, str, datetime, str]]:
        items = []
        for key in self.chain:
            if key in self.by_key:
                n = self.by_key[key]
                items.append((self.u(self.news_path(key)), n.title, n.description, n.creator, n.eff, "News Item"))
            else:
                f = self.file(key)
                items.append((self.u(self.file_path(key)) + "/view", f.title, "", "admin", _dt(f.created), "File"))
        items.sort(key=lambda x: x[4], reverse=True)
        return items[:15]

    def register_feeds(self) -> None:
        items = self.feed_items()
        rdf = [
            '<?xml version="1.0" encoding="utf-8" ?>',
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:syn="http://purl.org/rss/1.0/modules/syndication/" xmlns="http://purl.org/rss/1.0/">',
            f'<channel rdf:about="{self.P}/news">',
            "  <title>ข่าวประชาสัมพันธ์</title>",
            f"  <link>{self.P}/news</link>",
            "  <description>ข่าวสาร ประกาศ และภาพกิจกรรมของเทศบาลเมืองวังศิลา</description>",
            f'  <image rdf:resource="{self.P}/logo.png" />',
            "  <items><rdf:Seq>",
            *(f'    <rdf:li rdf:resource="{esc(i[0])}" />' for i in items),
            "  </rdf:Seq></items>",
            "</channel>",
        ]
        for url, title, desc, creator, eff, kind in items:
            rdf += [
                f'<item rdf:about="{esc(url)}">',
                f"  <title>{esc(title)}</title>",
                f"  <link>{esc(url)}</link>",
                f"  <description>{esc(desc)}</description>",
                "  <dc:publisher>No publisher</dc:publisher>",
                f"  <dc:creator>{esc(creator)}</dc:creator>",
                "  <dc:rights></dc:rights>",
                f"  <dc:date>{iso(eff)}</dc:date>",
                f"  <dc:type>{kind}</dc:type>",
                "</item>",
            ]
        rdf.append("</rdf:RDF>")
        xml_headers = (("Content-Type", "text/xml;charset=utf-8"),)
        self.site.add("/news/RSS", Response(200, xml_headers, "\n".join(rdf).encode("utf-8")))
        rss = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
            "<channel>",
            "  <title>ข่าวประชาสัมพันธ์</title>",
            f"  <link>{self.P}/news</link>",
            "  <description>ข่าวสาร ประกาศ และภาพกิจกรรมของเทศบาลเมืองวังศิลา</description>",
            f'  <atom:link href="{self.P}/news/rss.xml" rel="self" type="application/rss+xml" />',
            "  <language>th</language>",
            "  <generator>Plone</generator>",
        ]
        for url, title, desc, creator, eff, _kind in items:
            rss += [
                "  <item>",
                f"    <title>{esc(title)}</title>",
                f"    <link>{esc(url)}</link>",
                f"    <description>{esc(desc)}</description>",
                f'    <guid isPermaLink="true">{esc(url)}</guid>',
                f"    <dc:creator>{esc(creator)}</dc:creator>",
                f"    <pubDate>{rfc822(eff)}</pubDate>",
                "  </item>",
            ]
        rss += ["</channel>", "</rss>"]
        self.site.add("/news/rss.xml", Response(200, xml_headers, "\n".join(rss).encode("utf-8")))

    def register_sitemap_xml(self) -> None:
        urls: list[tuple[str, datetime]] = [(self.P, _dt("2024-05-14 17:05"))]
        for pid, _t, _d, _b, mod in ABOUT_PAGES:
            urls.append((f"{self.P}/about/{pid}", _dt(mod)))
        urls += [(f"{self.P}/about", _dt("2023-02-14 10:20")), (f"{self.P}/news", _dt("2024-05-14 17:05"))]
        urls.append((f"{self.P}/news/aggregator", _dt("2023-02-10 09:00")))
        for key in self.chain:
            if key in self.by_key:
                n = self.by_key[key]
                urls.append((self.u(self.news_path(key)), _dt(n.modified)))
            else:
                urls.append((self.u(self.file_path(key)) + "/view", _dt(self.file(key).created)))
        urls.append((f"{self.P}/events", _dt("2024-05-13 11:00")))
        for e in EVENTS:
            urls.append((f"{self.P}/events/{self.event_ids[e.key]}", _dt(e.created)))
        urls += [(f"{self.P}/executives", _dt("2023-06-01 11:00")), (f"{self.P}/ita", _dt("2024-01-25 10:00"))]
        urls.append((f"{self.P}/ita/oit-2567", _dt("2024-01-25 10:30")))
        for fid, _t, _f in ITA_FILES:
            urls.append((f"{self.P}/ita/{fid}/view", _dt("2024-01-25 10:00")))
        xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for loc, mod in urls:
            xml.append(f"  <url>\n    <loc>{esc(loc)}</loc>\n    <lastmod>{iso(mod)}</lastmod>\n  </url>")
        xml.append("</urlset>")
        body = gzip.compress("\n".join(xml).encode("utf-8"), mtime=0)
        self.site.add(
            "/sitemap.xml.gz",
            Response(200, (("Content-Type", "application/octet-stream"), ("Last-Modified", http_date(NOW))), body),
        )

    # -- documents ------------------------------------------------------------------------------------
    def document(
        self,
        path: str,
        title: str,
        description: str,
        body: str,
        *,
        section: str,
        crumbs: list[tuple[str, str | None]],
        modified: str = "2023-06-01 11:00",
        template: str = "template-document_view portaltype-document",
        byline: bool = True,
        folderish: bool = False,
        extra_paths: tuple[str, ...] = (),
        feeds: bool = False,
    ) -> None:
        core = f'<div id="parent-fieldname-text" class="">{body}</div>'
        text = self.page(
            title=title,
            content=self.frame(
                title=title,
                description=description,
                core=core,
                byline=self.byline("admin", _dt(modified)) if byline else "",
                below_body=self.doc_actions(None) if byline else "",
                social_url=path,
            ),
            canonical=path,
            section=section,
            body_class=f"{template} section-{section}",
            crumbs=crumbs,
            description=description,
            dc=self.dc("admin", modified, modified, "Document") if byline else None,
            feeds=feeds,
        )
        self.store((path, *extra_paths), text, folderish=folderish)

    def register_pages(self) -> None:
        PT = PORTAL
        jobres = self.news_path("jobres")
        home_body = "".join(
            (
                P(
                    "เทศบาลเมืองวังศิลายินดีต้อนรับทุกท่านสู่เว็บไซต์อย่างเป็นทางการ ท่านสามารถติดตามข่าวประชาสัมพันธ์ ประกาศ กิจกรรม และข้อมูลการเปิดเผยข้อมูลสาธารณะของเทศบาลได้จากเมนูด้านบน"
                ),
                "<h3>สารจากนายกเทศมนตรี</h3>",
                P(
                    "“เทศบาลเมืองวังศิลามุ่งมั่นพัฒนาเมืองให้น่าอยู่ ให้บริการประชาชนด้วยความรวดเร็ว โปร่งใส และเปิดโอกาสให้ทุกภาคส่วนมีส่วนร่วมในการพัฒนาท้องถิ่น” — นายประเสริฐ บุญมาก นายกเทศมนตรีเมืองวังศิลา"
                ),
                "<h3>ประกาศล่าสุด</h3>",
                UL(
                    f'<a href="{PT}{jobres}/view" class="internal-link">ประกาศรายชื่อผู้ผ่านการเลือกสรรเป็นพนักงานจ้าง</a>',
                    f'<a href="{PT}/news/{{{{file:f_tax67}}}}/view" class="internal-link">ประกาศภาษีที่ดินและสิ่งปลูกสร้าง 2567</a>',
                    f'<a href="{PT}/events/{{{{event:ev_sapha}}}}" class="internal-link">การประชุมสภาเทศบาล สมัยสามัญ สมัยที่สอง</a>',
                ),
            )
        )
        self.document(
            "/",
            "ยินดีต้อนรับสู่เว็บไซต์เทศบาลเมืองวังศิลา",
            "เว็บไซต์อย่างเป็นทางการของเทศบาลเมืองวังศิลา อำเภอเมืองวังศิลา จังหวัดศิลาธาร",
            home_body,
            section="index_html",
            crumbs=[],
            modified="2024-01-22 13:10",
            template="template-document_view portaltype-document section-front-page",
            byline=False,
            folderish=True,
            feeds=True,
        )
        self.document(
            "/front-page",
            "ยินดีต้อนรับสู่เว็บไซต์เทศบาลเมืองวังศิลา",
            "เว็บไซต์อย่างเป็นทางการของเทศบาลเมืองวังศิลา อำเภอเมืองวังศิลา จังหวัดศิลาธาร",
            home_body,
            section="index_html",
            crumbs=[("ยินดีต้อนรับสู่เว็บไซต์เทศบาลเมืองวังศิลา", None)],
            modified="2024-01-22 13:10",
            byline=False,
        )
        about_items = "".join(
            f'<article class="entry"><header><span class="summary"><a href="{PT}/about/{pid}" class="state-published url contenttype-document">{esc(t)}</a></span></header><p class="description">{esc(d)}</p></article>'
            for pid, t, d, _b, _m in ABOUT_PAGES
        )
        self.document(
            "/about",
            "เกี่ยวกับเรา",
            "ข้อมูลทั่วไปของเทศบาลเมืองวังศิลา",
            f'<div class="entries">{about_items}</div>',
            section="about",
            crumbs=[("เกี่ยวกับเรา", None)],
            template="template-listing_view portaltype-folder",
            byline=False,
            folderish=True,
        )
        for pid, title, desc, body, mod in ABOUT_PAGES:
            self.document(
                f"/about/{pid}",
                title,
                desc,
                "".join(body),
                section="about",
                crumbs=[("เกี่ยวกับเรา", "/about"), (title, None)],
                modified=mod,
            )
        rows = "".join(
            f'<tr><td><img src="{PT}/images/executives/{photo}/@@images/image/thumb" alt="{attr(name)}" class="image-left" /></td><td><strong>{esc(name)}</strong><br />{esc(pos)}</td></tr>'
            for name, pos, photo in EXECUTIVES
        )
        self.document(
            "/executives",
            "คณะผู้บริหาร",
            "คณะผู้บริหารและประธานสภาเทศบาลเมืองวังศิลา",
            f'<table class="plain"><tbody>{rows}</tbody></table>',
            section="executives",
            crumbs=[("คณะผู้บริหาร", None)],
            modified="2023-06-01 11:00",
        )
        self.document(
            "/accessibility-info",
            "การเข้าถึงเว็บไซต์",
            "",
            P("เว็บไซต์นี้สร้างด้วย Plone ซึ่งออกแบบตามแนวทาง WCAG 2.0 ผู้ใช้สามารถใช้ปุ่มลัด (access key) เพื่อไปยังส่วนต่าง ๆ ของหน้าเว็บ")
            + UL("ปุ่มลัด 2 — ข้ามไปยังเนื้อหา", "ปุ่มลัด 6 — ข้ามไปยังการนำทาง", "ปุ่มลัด 9 — ติดต่อเรา"),
            section="index_html",
            crumbs=[("การเข้าถึงเว็บไซต์", None)],
            byline=False,
        )
        contact = f"""{P(f"{SITE_TITLE} {ADDRESS} โทรศัพท์ {PHONE} โทรสาร {FAX}")}
<form class="rowlike enableUnloadProtection pat-formunloadalert" action="{PT}/contact-info" method="post" enctype="multipart/form-data" id="form">
  <div class="field" id="formfield-form-widgets-sender_fullname"><label for="form-widgets-sender_fullname" class="horizontal">ชื่อ-นามสกุล</label><input id="form-widgets-sender_fullname" name="form.widgets.sender_fullname" class="text-widget textline-field" value="" type="text" /></div>
  <div class="field" id="formfield-form-widgets-sender_from_address"><label for="form-widgets-sender_from_address" class="horizontal">อีเมล <span class="required horizontal" title="จำเป็น">&nbsp;</span></label><input id="form-widgets-sender_from_address" name="form.widgets.sender_from_address" class="text-widget required textline-field" value="" type="text" /></div>
  <div class="field" id="formfield-form-widgets-subject"><label for="form-widgets-subject" class="horizontal">เรื่อง <span class="required horizontal" title="จำเป็น">&nbsp;</span></label><input id="form-widgets-subject" name="form.widgets.subject" class="text-widget required textline-field" value="" type="text" /></div>
  <div class="field" id="formfield-form-widgets-message"><label for="form-widgets-message" class="horizontal">ข้อความ <span class="required horizontal" title="จำเป็น">&nbsp;</span></label><textarea id="form-widgets-message" name="form.widgets.message" class="textarea-widget required text-field"></textarea></div>
  <div class="formControls"><input id="form-buttons-send" name="form.buttons.send" class="submit-widget button-field context" value="ส่ง" type="submit" /></div>
</form>"""
        self.document(
            "/contact-info",
            "ติดต่อเรา",
            "กรอกแบบฟอร์มด้านล่างเพื่อติดต่อเจ้าหน้าที่ของเทศบาล",
            contact,
            section="contact-info",
            crumbs=[("ติดต่อเรา", None)],
            template="template-contact-info portaltype-plone-site",
            byline=False,
        )
        login = f"""<form class="pat-formautofocus" method="post" id="login_form" action="{PT}/login">
  <div class="field"><label for="__ac_name">ชื่อผู้ใช้</label><input type="text" size="15" name="__ac_name" id="__ac_name" value="" /></div>
  <div class="field"><label for="__ac_password">รหัสผ่าน</label><input type="password" size="15" name="__ac_password" id="__ac_password" /></div>
  <div class="formControls"><input class="context" type="submit" name="buttons.login" value="เข้าสู่ระบบ" /></div>
  <p><a href="{PT}/@@login-help">ลืมชื่อผู้ใช้หรือรหัสผ่าน?</a></p>
</form>"""
        self.document(
            "/login",
            "เข้าสู่ระบบ",
            "",
            login,
            section="index_html",
            crumbs=[("เข้าสู่ระบบ", None)],
            template="template-login portaltype-plone-site",
            byline=False,
        )
        self.document(
            "/@@login-help",
            "ต้องการความช่วยเหลือในการเข้าสู่ระบบ?",
            "",
            P("กรุณาติดต่อผู้ดูแลเว็บไซต์ทางอีเมล " + EMAIL),
            section="index_html",
            crumbs=[("ต้องการความช่วยเหลือในการเข้าสู่ระบบ?", None)],
            template="template-login-help portaltype-plone-site",
            byline=False,
        )
        # ITA
        ita_rows = []
        for code in ("O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9", "O10", "O11", "O12"):
            fid = code.lower()
            hit = next((x for x in ITA_FILES if x[0] == fid), None)
            if hit:
                label = hit[1].split(" ", 1)[1]
                link = f'<a href="{PT}/ita/{fid}/at_download/file" class="internal-link">ดาวน์โหลด</a>'
            else:
                label, target = ITA_LINKS[code]
                href = target if target.startswith("http") else PT + target
                link = (
                    f'<a href="{href}" class="{"external" if target.startswith("http") else "internal"}-link">ลิงก์</a>'
                )
            ita_rows.append((code, label, link))
        oit = TABLE(("ข้อ", "ข้อมูล", "ลิงก์"), *ita_rows)
        self.document(
            "/ita/oit-2567",
            "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567",
            "ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567",
            oit,
            section="ita",
            crumbs=[("ITA", "/ita"), ("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", None)],
            modified="2024-01-25 10:30",
        )
        tab = [
            f'<tr class="odd"><td><a href="{PT}/ita/oit-2567" class="state-published url contenttype-document" title="Document">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567</a></td><td>{self.author_link("admin")}</td><td>หน้า</td><td>25/01/2567 10:30</td></tr>'
        ]
        for i, (fid, title, _f) in enumerate(ITA_FILES):
            tab.append(
                f'<tr class="{"even" if i % 2 == 0 else "odd"}"><td><a href="{PT}/ita/{fid}/view" class="state-published url contenttype-file" title="File">{esc(title)}</a></td><td>{self.author_link("admin")}</td><td>ไฟล์</td><td>25/01/2567 10:00</td></tr>'
            )
        self.document(
            "/ita",
            "ITA",
            "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
            f'<table class="listing" summary="รายการเนื้อหา"><thead><tr><th class="nosort">ชื่อเรื่อง</th><th class="nosort">ผู้สร้าง</th><th class="nosort">ประเภท</th><th class="nosort">แก้ไขล่าสุด</th></tr></thead><tbody>{"".join(tab)}</tbody></table>',
            section="ita",
            crumbs=[("ITA", None)],
            template="template-tabular_view portaltype-folder",
            byline=False,
            folderish=True,
        )
        # Plone's site map (navigation tree, 3 levels)
        news_items = "".join(
            f'<li class="navTreeItem visualNoMarker"><a href="{PT}{self.news_path(k)}" class="state-published contenttype-news-item" title="{attr(self.by_key[k].description)}"><span>{esc(self.by_key[k].title)}</span></a></li>'
            for k in self.chain
            if k in self.by_key
        )
        event_items = "".join(
            f'<li class="navTreeItem visualNoMarker"><a href="{PT}/events/{self.event_ids[e.key]}" class="state-published contenttype-event"><span>{esc(e.title)}</span></a></li>'
            for e in EVENTS
        )
        about_items = "".join(
            f'<li class="navTreeItem visualNoMarker"><a href="{PT}/about/{pid}" class="state-published contenttype-document"><span>{esc(t)}</span></a></li>'
            for pid, t, _d, _b, _m in ABOUT_PAGES
        )
        smap = f"""<ul id="portal-sitemap" class="navTreeLevel0 visualNoMarker">
  <li class="navTreeItem visualNoMarker"><a href="{PT}/about" class="state-published contenttype-folder"><span>เกี่ยวกับเรา</span></a><ul class="navTree navTreeLevel1">{about_items}</ul></li>
  <li class="navTreeItem visualNoMarker"><a href="{PT}/news" class="state-published contenttype-folder"><span>ข่าวประชาสัมพันธ์</span></a><ul class="navTree navTreeLevel1">{news_items}</ul></li>
  <li class="navTreeItem visualNoMarker"><a href="{PT}/events" class="state-published contenttype-folder"><span>กิจกรรม</span></a><ul class="navTree navTreeLevel1">{event_items}</ul></li>
  <li class="navTreeItem visualNoMarker"><a href="{PT}/executives" class="state-published contenttype-document"><span>คณะผู้บริหาร</span></a></li>
  <li class="navTreeItem visualNoMarker"><a href="{PT}/ita" class="state-published contenttype-folder"><span>ITA</span></a><ul class="navTree navTreeLevel1"><li class="navTreeItem visualNoMarker"><a href="{PT}/ita/oit-2567" class="state-published contenttype-document"><span>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567</span></a></li></ul></li>
</ul>"""
        text = self.page(
            title="แผนผังเว็บไซต์",
            content=self.frame(title="แผนผังเว็บไซต์", description="แผนผังเว็บไซต์ทั้งหมด", core=smap, social_url="/sitemap"),
            canonical="/sitemap",
            section="index_html",
            body_class="template-sitemap portaltype-plone-site section-sitemap",
            crumbs=[("แผนผังเว็บไซต์", None)],
            left=False,
        )
        self.store(("/sitemap",), text)
        # author pages
        for uid, (name, position) in USERS.items():
            mine = [n for n in self.newest if n.creator == uid][:10]
            items = "".join(
                f'<li><a href="{PT}{self.news_path(n.key)}" class="state-published contenttype-news-item">{esc(n.title)}</a> <span class="discreet">{slash_d(n.eff)}</span></li>'
                for n in mine
            )
            core = f"""<div class="author-info"><img src="{PT}/defaultUser.png" alt="" class="portraitPhoto" width="75" height="75" />
      <p class="discreet">{esc(position or "")}</p></div>
      <h2>เนื้อหาล่าสุดของ {esc(name)}</h2>
      <ul class="author-content">{items}</ul>"""
            text = self.page(
                title=f"ผู้เขียน: {name}",
                content=self.frame(title=name, description="", core=core, social_url=f"/author/{uid}"),
                canonical=f"/author/{uid}",
                section="index_html",
                body_class="template-author portaltype-plone-site section-author",
                crumbs=[("ผู้เขียน", None)],
            )
            st = _Stored(self.sub(text), True, f"/author/{uid}", self.headers("plone.content.itemView"))
            self.stored[f"/author/{uid}"] = st
            self.site.add(f"/author/{uid}", self.render(st, f"/author/{uid}", "/", TODAY.year, TODAY.month))

    def register_event_folder(self) -> None:
        for path in ("/events", "/events/aggregator"):
            base = self.P + "/events/@@event_listing"
            modes = "".join(
                f'<li><a class="mode_{k}{" selected" if k == "future" else ""}" href="{base}?mode={k}">{label}</a></li>'
                for k, label in (
                    ("future", "ที่จะมาถึง"),
                    ("past", "ที่ผ่านมา"),
                    ("day", "วันนี้"),
                    ("week", "สัปดาห์นี้"),
                    ("month", "เดือนนี้"),
                )
            )
            core = f"""<nav class="mode_selector"><ul>{modes}</ul></nav>
      <h2 class="listing-heading">กิจกรรมที่จะมาถึง</h2>
      <section id="event_listing">{self.event_rows(self.upcoming())}</section>
      <p class="event_listing_ical"><a href="{self.P}/events/ics_view" title="ส่งออกกิจกรรมในรูปแบบ iCal" rel="nofollow">ส่งออกเป็น iCal</a></p>"""
            text = self.page(
                title="กิจกรรม",
                content=self.frame(
                    title="กิจกรรม", description="ปฏิทินกิจกรรมของเทศบาลเมืองวังศิลา", core=core, social_url=path
                ),
                canonical=path,
                section="events",
                body_class="template-event_listing portaltype-collection section-events",
                crumbs=[("กิจกรรม", None)] if path == "/events" else [("กิจกรรม", "/events"), ("กิจกรรม", None)],
                description="ปฏิทินกิจกรรมของเทศบาลเมืองวังศิลา",
            )
            self.store((path,), text, folderish=path == "/events", rule="plone.content.folderView")

    # -- search ---------------------------------------------------------------------------------------
    def search_docs(self) -> list[tuple[str, str, str, str, str, tuple[str, ...], datetime, str]]:
        """(url, title, description, text, type class, subjects, date, breadcrumb)."""
        docs = []
        for n in self.newest:
            text = " ".join(gold_units(self.sub("".join(n.body))))
            docs.append(
                (
                    self.u(self.news_path(n.key)),
                    n.title,
                    n.description,
                    text,
                    "news-item",
                    n.subjects,
                    n.eff,
                    "ข่าวประชาสัมพันธ์",
                )
            )
        for e in EVENTS:
            text = " ".join(gold_units("".join(e.body)))
            docs.append(
                (
                    f"{self.P}/events/{self.event_ids[e.key]}",
                    e.title,
                    e.description,
                    text,
                    "event",
                    e.subjects,
                    _dt(e.created),
                    "กิจกรรม",
                )
            )
        for pid, title, desc, body, mod in ABOUT_PAGES:
            docs.append(
                (
                    f"{self.P}/about/{pid}",
                    title,
                    desc,
                    " ".join(gold_units(self.sub("".join(body)))),
                    "document",
                    (),
                    _dt(mod),
                    "เกี่ยวกับเรา",
                )
            )
        return docs

    def search_url(self, text: str, tags: list[str], sort: str) -> str:
        q = []
        if text:
            q.append("SearchableText=" + quote_plus(text))
        q += ["Subject%3Alist=" + quote_plus(t) for t in tags]
        if sort == "Date":
            q += ["sort_on=Date", "sort_order=reverse"]
        elif sort:
            q.append("sort_on=" + sort)
        return f"{self.P}/@@search" + ("?" + "&amp;".join(q) if q else "")

    def search(self, target: str, params: list[tuple[str, str]]) -> Response:
        text = " ".join(v for k, v in params if k == "SearchableText").strip()
        tags: list[str] = []
        for k, v in params:
            if k in ("Subject:list", "Subject") and v not in tags:
                tags.append(v)
        p = dict(params)
        sort = p.get("sort_on", "")
        sort = sort if sort in ("Date", "sortable_title", "effective", "modified") else ""
        b_s = p.get("b_start:int", p.get("b_start", "0"))
        start = int(b_s) if b_s.isdigit() else 0
        hits = []
        if text or tags:
            for doc in self.search_docs():
                if text and not (text in doc[1] or text in doc[2] or text in doc[3]):
                    continue
                if tags and not set(tags) & set(doc[5]):
                    continue
                hits.append(doc)
        if sort in ("Date", "effective", "modified"):
            hits.sort(key=lambda d: d[6], reverse=True)
        elif sort == "sortable_title":
            hits.sort(key=lambda d: d[1])
        shown = hits[start : start + SEARCH_BATCH]
        rows = "".join(
            f"""<li><span class="result-title"><a href="{url}" class="state-published contenttype-{cls}">{esc(title)}</a></span>
          <span class="discreet">{esc(desc)}</span>
          <span class="discreet"><span class="breadcrumbs">หน้าหลัก / {esc(crumb)}</span></span>
          <span class="documentByLine"><span class="documentModified">แก้ไขล่าสุด {slash_d(when)}</span></span></li>"""
            for url, title, desc, _t, cls, _s, when, crumb in shown
        )
        sorts = " ".join(
            f'<a data-sort="{key}" href="{self.search_url(text, tags, key)}"{ACTIVE if key == sort else ""}>{label}</a>'
            for key, label in (("", "ความเกี่ยวข้อง"), ("Date", "วันที่ (ใหม่ล่าสุดก่อน)"), ("sortable_title", "ตามตัวอักษร"))
        )
        counts = {t: sum(1 for d in self.search_docs() if t in d[5]) for t in TAGS}
        facet = "".join(
            f'<li{SELECTED if t in tags else ""}><a href="{self.search_url(text, [x for x in tags if x != t] if t in tags else tags + [t], sort)}" rel="nofollow">{"✓ " if t in tags else ""}{esc(t)}</a> <span class="discreet">({counts[t]})</span></li>'
            for t in TAGS
        )
        base_q = []
        if text:
            base_q.append("SearchableText=" + quote_plus(text))
        base_q += ["Subject%3Alist=" + quote_plus(t) for t in tags]
        if sort:
            base_q.append("sort_on=" + sort)
        batch_base = f"{self.P}/@@search?{'&amp;'.join(base_q)}" if base_q else f"{self.P}/@@search"
        batch = self.batch_nav(batch_base, start, len(hits), SEARCH_BATCH, "b_start%3Aint")
        hidden = "".join(f'<input type="hidden" name="Subject:list" value="{attr(t)}" />' for t in tags)
        if not (text or tags):
            summary = '<p class="discreet">กรุณาระบุคำค้น</p>'
        elif not hits:
            summary = '<p class="discreet">ไม่พบผลการค้นหา</p>'
        else:
            summary = ""
        core = f"""<form name="searchform" id="searchform" action="{self.P}/@@search" role="search" class="searchPage pat-formautofocus">
        <input type="hidden" name="advanced_search" value="False" />
        <input type="hidden" name="sort_on" value="{attr(sort)}" />{hidden}
        <div class="input-group"><input class="searchPage form-control" name="SearchableText" type="text" size="25" title="ค้นหาเว็บไซต์" value="{attr(text)}" />
        <span class="input-group-btn"><input class="searchPage allowMultiSubmit btn btn-primary" type="submit" value="ค้นหา" /></span></div>
        <div id="search-results-bar"><span id="results-count"><strong id="search-results-number">{len(hits)}</strong> รายการที่ตรงกับเงื่อนไขการค้นหา</span>
          <div id="searchResultsSort"><span class="sortingLabel">เรียงลำดับตาม</span> <span id="sorting-options">{sorts}</span></div>
        </div>
      </form>
      <div id="search-subject-filter" class="portlet"><h3 class="portletHeader">กรองตามป้ายกำกับ</h3><ul class="portletContent">{facet}</ul></div>
      <div id="search-results-wrapper"><div id="search-results">{summary}<ol class="searchResults">{rows}</ol>{batch}</div></div>"""
        text_html = self.page(
            title="ผลการค้นหา",
            content=self.frame(title="ผลการค้นหา", description="", core=core, social_url="/@@search"),
            canonical="/@@search",
            section="index_html",
            body_class="template-search portaltype-plone-site section-search",
            crumbs=[("ผลการค้นหา", None)],
            left=False,
            right=False,
        )
        st = _Stored(self.sub(text_html), True, "/@@search", self.headers("plone.content.dynamic"))
        return self.render(st, target, "/", TODAY.year, TODAY.month)

    # -- errors, robots, assets -----------------------------------------------------------------------
    def not_found_page(self) -> Response:
        core = f"""<p>ขออภัย หน้าที่คุณกำลังค้นหาไม่มีอยู่ในเว็บไซต์นี้ อาจถูกย้ายหรือลบไปแล้ว</p>
      <p>หากคุณพิมพ์ที่อยู่เว็บเอง โปรดตรวจสอบการสะกดให้ถูกต้อง หรือลอง<a href="{self.P}/@@search">ค้นหาเว็บไซต์</a> หาก
      คุณเห็นว่าเป็นข้อผิดพลาดของเว็บไซต์ โปรด<a href="{self.P}/contact-info">ติดต่อผู้ดูแลเว็บไซต์</a></p>
      <p>ขอบคุณ</p>"""
        text = self.page(
            title="ไม่พบหน้าที่คุณต้องการ",
            content=self.frame(title="ไม่พบหน้าที่คุณต้องการ", description="", core=core),
            canonical="/",
            section="index_html",
            body_class="template-default_error_message portaltype-plone-site",
            crumbs=[],
            left=False,
            right=False,
        )
        st = _Stored(self.sub(text), True, "/", ())
        body = self.render(st, "/", "/", TODAY.year, TODAY.month).body
        return Response(404, (("Content-Type", "text/html;charset=utf-8"), ("Content-Language", "th")), body)

    def register_assets(self) -> None:
        site = self.site
        launch = datetime(2023, 11, 2, 9, 12, tzinfo=BANGKOK)
        add_text(
            site, f"/++plone++production/++unique++{UNIQUE}/default.css", "body{font-family:sans-serif}", "text/css"
        )
        add_text(
            site,
            f"/++plone++production/++unique++{UNIQUE}/default.js",
            "/* plone production bundle */",
            "application/javascript",
        )
        add_text(site, "/++theme++wangsila.theme/css/theme.css", "#portal-header{background:#0b5394}", "text/css")
        add_gif(site, "/@@site-logo/logo.png", launch)
        add_gif(site, "/favicon.ico", launch)
        add_gif(site, "/logo.png", launch)
        add_gif(site, "/defaultUser.png", launch)
        add_gif(site, "/++resource++mimetype.icons/pdf.png", launch)
        add_gif(site, "/++plone++plone.app.event/icon_export_ical.png", launch)
        for n in NEWS:
            mod = _dt(n.created)
            if n.lead is not None:
                base = self.news_path(n.key)
                add_jpeg(site, f"{base}/@@images/{_uuid(n.key)}.jpeg", 600, 400, mod)
                add_jpeg(site, f"{base}/@@images/image/large", 768, 512, mod)
                add_jpeg(site, f"{base}/@@images/image/thumb", 128, 85, mod)
            for path in _IMAGE_RE.findall("".join(n.body)):
                add_jpeg(site, f"{path}/@@images/image/preview", 400, 267, mod)
        for path in _IMAGE_RE.findall("".join(STRUCTURE_BODY)):
            add_jpeg(site, f"{path}/@@images/image/preview", 400, 267, launch)
        for _name, _pos, photo in EXECUTIVES:
            add_jpeg(site, f"/images/executives/{photo}/@@images/image/thumb", 128, 170, launch)
        site.add(
            "/robots.txt",
            Response(200, (("Content-Type", "text/plain;charset=utf-8"),), ROBOTS.format(P=self.P).encode("utf-8")),
        )

    # -- dynamic routes -------------------------------------------------------------------------------
    def resolve(self, path: str) -> tuple[_Stored, str] | None:
        """A stored page at ``path`` or reached through acquisition (``/about/news/<id>``, ``/news/news/...``)."""
        base = path[: -len("/view")] if path.endswith("/view") else path
        if path in self.stored:
            return self.stored[path], base
        segs = path.strip("/").split("/")
        i = 0
        if segs[0] not in ACQ_FOLDERS:
            return None
        while i + 1 < len(segs) and segs[i + 1] in ACQ_FOLDERS:
            i += 1
        if i == 0:
            return None
        physical = "/" + "/".join(segs[i:])
        st = self.stored.get(physical)
        return (st, base) if st is not None else None

    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path or "/")
        params = parse_qsl(parts.query, keep_blank_values=True)
        keys = {k for k, _ in params}
        p = dict(params)
        if path in ("/@@search", "/search"):
            return self.search(target, params)
        m = re.fullmatch(r"(/events)?/@@event_listing(_ical)?", path)
        if m:
            return self.event_listing(m.group(1) or "", p, target, ical=bool(m.group(2)))
        norm = path.rstrip("/") or "/"
        if (
            norm in ("/news", "/news/aggregator", "/news/summary_view", "/news/tabular_view")
            and keys
            and keys <= {"b_start:int", "b_start"}
        ):
            b_s = p.get("b_start:int", p.get("b_start", ""))
            if b_s.isdigit():
                return self.listing_response(norm, int(b_s), target)
            return None
        if keys - {"month", "year", "month:int", "year:int"}:
            return None
        found = self.resolve(norm)
        if found is None:
            # a File or an image: Zope ignores the calendar's query and sends the bytes
            return self.site.route(enc_path(norm)) if keys and self.site.has(enc_path(norm)) else None
        st, base = found
        year, month = TODAY.year, TODAY.month
        y_s = p.get("year", p.get("year:int", ""))
        m_s = p.get("month", p.get("month:int", ""))
        if y_s.isdigit() and 1 <= int(y_s) <= 9998:
            year = int(y_s)
        if m_s.isdigit() and 1 <= int(m_s) <= 12:
            month = int(m_s)
        return self.render(st, target, base, year, month)

    # -- everything -----------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        self.register_news()
        self.register_files()
        self.register_events()
        self.register_event_folder()
        self.register_listings()
        self.register_feeds()
        self.register_sitemap_xml()
        self.register_pages()
        self.register_assets()
        site.not_found = self.not_found_page()
        site.dynamic = self.dynamic
        site.broken_links.append(site.url("/news/children-day-2566"))
        site.trap_patterns.extend(
            [
                r"[?&](?:month|year)(?::int|%3[Aa]int)?=",
                r"@@event_listing(?:_ical)?\?(?=.*\bmode=(?:day|week|month)\b)",
                r"/@@search\?(?:.*Subject(?::|%3[Aa])list=){2}",
                r"/@@search\?(?=.*\bsort_on=)",
                r"^/(?:about|news|events|ita)/(?:about|news|events|ita)(?:[/?]|$)",
            ]
        )
        for n in NEWS:
            path = self.news_path(n.key)
            aliases = [site.url(path + "/view"), site.url(path + "?ajax_load=1")]
            if n.key == "songkran67":
                aliases.append(site.url("/about/news/" + self.ids[n.key]))
            if n.key == "pm25":
                aliases.append(site.url("/news/news/" + self.ids[n.key]))
            if n.key == "haze":
                aliases.append(site.url("/news/news/news/" + self.ids[n.key]))
            captions = ((n.lead,) if n.lead else ()) + tuple(unescape(c) for c in _CAPTION_RE.findall("".join(n.body)))
            site.articles.append(
                FixtureArticle(
                    url=site.url(path),
                    aliases=tuple(aliases),
                    title=n.title,
                    paragraphs=((n.description,) if n.description else ()) + gold_units(self.sub("".join(n.body))),
                    published=n.eff.date().isoformat(),
                    author=USERS[n.creator][0],
                    captions=captions,
                )
            )
        site.articles.sort(key=lambda a: (a.published, a.url))
        u = site.url
        non = [
            u("/"),
            u("/front-page"),
            u("/news"),
            u("/news?b_start:int=20"),
            u("/news?b_start:int=0"),
            u("/news/aggregator"),
            u("/news/aggregator?b_start:int=20"),
            u("/news/summary_view"),
            u("/news/summary_view?b_start:int=20"),
            u("/news/tabular_view"),
            u("/news/tabular_view?b_start:int=20"),
        ]
        non += [u(self.file_path(f.key) + "/view") for f in FILES]
        non += [u(self.news_path(k) + "/sendto_form") for k in ("env66", "osm67")]
        non += [u(f"/about/{pid}") for pid, *_ in ABOUT_PAGES]
        non += [u(p) for p in ("/about", "/executives", "/contact-info", "/accessibility-info", "/login", "/sitemap")]
        non += [u("/ita"), u("/ita/oit-2567"), u("/ita/o1/view"), u("/ita/o4/view")]
        non += [u(f"/author/{uid}") for uid in USERS]
        non += [u("/events"), u("/events/aggregator")]
        non += [u(f"/events/{self.event_ids[e.key]}") for e in EVENTS]
        non += [u("/@@event_listing?mode=future"), u("/@@event_listing?mode=past"), u("/@@search")]
        non += [u("/@@search?Subject%3Alist=" + quote_plus(t)) for t in ("ภาพกิจกรรม", "ภาษี", "ประกาศ")]
        non += [
            u("/?month=4&year=2024"),
            u("/news?month=6&year=2024"),
            u("/@@event_listing?mode=day&date=2024-5-20"),
            u("/@@event_listing?mode=month&date=2024-04-01"),
            u("/@@search?Subject%3Alist=" + quote_plus("ภาษี") + "&Subject%3Alist=" + quote_plus("ประปา")),
        ]
        site.non_articles.extend(non)


ROBOTS = """Sitemap: {P}/sitemap.xml.gz

# Define access-restrictions for robots/spiders
# http://www.robotstxt.org/wc/norobots.html



# By default we allow robots to access all areas of our site
# already accessible to anonymous users

User-agent: *
Disallow:



# Add Googlebot-specific syntax extension to exclude forms
# that are repeated for each piece of content in the site
# the wildcard is only supported by Googlebot
# http://www.google.com/support/webmasters/bin/answer.py?answer=40367&ctx=sibling

User-Agent: Googlebot
Disallow: /*?
Disallow: /*folder_factories$
Disallow: /*send_as_pdf*
Disallow: /*download_as_pdf*
Disallow: /*login_form$
Disallow: /*mail_password_form$
Disallow: /@@search
Disallow: /*search_rss$
Disallow: /*sendto_form$
Disallow: /*summary_view$
Disallow: /*thumbnail_view$
Disallow: /*view$
"""


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, server_software="nginx")
    _Plone(site).register()
    return site

# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""google_sites: an อบต. site built with (new) Google Sites on its own .go.th domain.

องค์การบริหารส่วนตำบลหนองบัวทอง (fictional).  Small LAOs and their schools publish with Google
Sites and point their .go.th name at it (as huafai.loei1.go.th does: its page paths look like
``/รายงาน-ita-2565/o29-แนวปฏบตการจดการรองเรยนการทจรต-และการพฤตมชอบ``).  What that gives:

* URL shapes: one path segment per page in the page tree, made from the page's NAME (not its
  headline): lower-cased, spaces and punctuation turned into ``-``, and every Thai combining mark
  (ั ิ ี ึ ื ุ ู ็ ่ ้ ๊ ๋ ์) dropped, so ``ข่าวประชาสัมพันธ์`` is ``/ขาวประชาสมพนธ``; links are
  percent-encoded (upper-case hex).  ``/`` and ``/home`` are both the home page.
  News: ``/ขาวประชาสมพนธ/ขาว-ป-2567/<page name>``; announcements: ``/ประกาศ/<page name>``;
  photo albums: ``/ภาพกจกรรม/<page name>``; transparency (ITA): ``/ita-2567/o1-...``.
* No posts, no dates in the markup, no feed, no sitemap, no rel=canonical, no pagination: every
  page is an ordinary page of the tree, ``og:type`` is ``website`` everywhere and
  ``og:url`` the clean URL.  News and album pages are hidden from the navigation; they are
  reached only through the cards the editor lays out by hand on the section page (latest 6), the
  year pages (all of a year, newest first) and the home page (latest 4).  Announcements are
  reached through a hand-written list on ``/ประกาศ`` mixing internal pages and Drive PDFs.
* Markup: Google's obfuscated classes (``tyJCtd mGzaTb Depvyb baZpAe``, ``zfr3Q CDt4Ke``,
  ``C9DxTc``), ``<section>`` blocks, two-level ``<nav>`` with every visible page,
  "ข้ามไปที่เนื้อหาหลัก" skip links, images on lh3.googleusercontent.com, Drive/Maps/YouTube/
  Facebook iframes, external links in text wrapped as ``https://www.google.com/url?q=...``, an
  editor-made footer section with a visitor-counter image, and Google's own footer
  (Google Sites / รายงานการละเมิด / รายละเอียดหน้า) with the SITE's last publication date
  (``อัปเดตหน้าเว็บล่าสุด 10 มี.ค. 2568``, the same on every page).
* Dates: typed by the editor, in whatever form: a small line above the text
  (``โพสต์เมื่อ 12 ม.ค. 2567``, ``📅 22/05/2567``), inside the first sentence
  (``เมื่อวันพุธที่ 7 กุมภาพันธ์ 2567``), with Thai digits (``๑๐ กันยายน ๒๕๖๗``), or only in the
  headline with a short year (``... 11 ม.ค. 68``).

Non-articles (``non_articles``): ``/``, ``/home``, section and year listings, the
``ข้อมูลพื้นฐาน`` pages (a LONG history page with several dated paragraphs, vision, general
conditions, executives, structure), the announcement list, the album list and 4 album pages,
the ITA landing and 5 O-item pages (title, "ข้อมูล ณ วันที่ ...", one paragraph and a Drive
PDF), the local plan document list, contact.

Trap: ``?authuser=N``.  Links an editor copied while signed in carry ``?authuser=0`` or
``?authuser=1`` (some "อ่านต่อ" buttons); Google Sites serves every page under any ``authuser``
and then writes that ``authuser`` into every internal link of the page, so one such link opens a
complete second (and third) copy of the site.  ``trap_patterns``: ``[?&]authuser=``.  The
article copies are listed in ``aliases`` (they are the same page).

Hard for a generic crawler (on purpose): nothing in the markup separates a news page from any
other page of the tree; the ``<title>`` is ``<site> - <page name>`` and the banner ``<h1>`` the
short page name (``วันเด็ก 2567``) while the headline is a second ``<h1>`` in the body text
("Title" style) - the gold title is that headline (a few pages have no banner: only the
headline); the history page is longer and more "article-like" than most news and full of dates;
album pages have a date line and a headline but no text; listings carry whole first paragraphs;
two tax announcements (2567, 2568) are near-duplicates; and every page shows the same recent
"updated" date that is not the publication date.

Taken from real sites (structure only, no text): the path-making rule and the ITA page names
(huafai.loei1.go.th), card layouts with "อ่านต่อ" buttons and hidden subpages as LAO Google
Sites use them, Google Sites' markup and footer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import thai_abbr, thai_long, thai_slash
from .common import attr, esc

FAMILY = "google_sites"
SITE = "องค์การบริหารส่วนตำบลหนองบัวทอง"
SHORT = "อบต.หนองบัวทอง"
ADDRESS = "หมู่ที่ 5 ตำบลหนองบัวทอง อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000"
PHONE = "044-056-218"
PUBLISHED_SITE = date(2025, 3, 10)  # the last "Publish" of the whole site (footer)
CT = "text/html; charset=utf-8"
HEADERS = (
    ("Content-Type", CT),
    ("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "SAMEORIGIN"),
    (
        "Content-Security-Policy",
        "script-src 'nonce-Qm3vT8' 'unsafe-inline' 'strict-dynamic' https: http:;object-src 'none';base-uri 'self'",
    ),
)
NONCE = "Qm3vT8"
IMG = "https://lh3.googleusercontent.com/sitesv/"


def gs_slug(name: str) -> str:
    """The path segment Google Sites makes from a page name."""
    text = "".join(c for c in unicodedata.normalize("NFC", name.lower()) if unicodedata.category(c) != "Mn")
    out, dash = [], False
    for c in text:
        if c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def enc(path: str) -> str:
    return quote(path, safe="/-")


def _img_id(seed: str, n: int) -> str:
    h = 0
    for c in seed + str(n):
        h = (h * 131 + ord(c)) % (1 << 60)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    s = ""
    for _ in range(40):
        s += alphabet[h % 64]
        h = (h * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return "AAhG" + s


@dataclass(frozen=True)
class Story:
    name: str  # page name (nav name, path segment, banner h1, <title>)
    title: str  # the headline typed in the body ("Title" style)
    day: str  # ISO date
    date_style: str  # 'line-abbr', 'line-slash', 'sentence', 'thai-digits', 'headline'
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...] = ()
    photos: int = 3
    banner: bool = True
    author: str | None = None  # "ข่าว/ภาพ : ..." line at the end
    pdf: bool = False  # an embedded Drive PDF (announcements)


PR = "งานประชาสัมพันธ์ สำนักปลัด อบต.หนองบัวทอง"

NEWS: tuple[Story, ...] = (
    Story(
        "อบรมคัดแยกขยะ 2566",
        "โครงการอบรมให้ความรู้การคัดแยกขยะในครัวเรือน ประจำปีงบประมาณ 2566",
        "2023-03-15",
        "line-abbr",
        (
            "องค์การบริหารส่วนตำบลหนองบัวทองจัดโครงการอบรมให้ความรู้การคัดแยกขยะในครัวเรือน ณ ศาลาประชาคมหมู่ที่ 2 มีตัวแทนครัวเรือนจากทั้ง 11 หมู่บ้านเข้าร่วมกว่า 120 คน",
            "วิทยากรจากสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดได้สาธิตการแยกขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย พร้อมแนะนำการทำถังขยะเปียกลดโลกร้อนจากถังสีเก่าที่มีอยู่ในบ้าน",
            "ผู้เข้าร่วมทุกคนได้รับถุงผ้าและเมล็ดพันธุ์ผักสวนครัวกลับไปปลูกที่บ้าน เพื่อต่อยอดการใช้ปุ๋ยหมักจากเศษอาหาร",
        ),
        captions=("วิทยากรสาธิตการทำถังขยะเปียก",),
        author=PR,
    ),
    Story(
        "สงกรานต์ 2566",
        "กิจกรรมรดน้ำดำหัวผู้สูงอายุ สืบสานประเพณีสงกรานต์ ประจำปี 2566",
        "2023-04-12",
        "sentence",
        (
            "เมื่อวันพุธที่ 12 เมษายน 2566 เวลา 09.00 น. นายกองค์การบริหารส่วนตำบลหนองบัวทองพร้อมคณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมกันจัดกิจกรรมรดน้ำดำหัวขอพรผู้สูงอายุ ณ ลานวัดโนนสว่าง",
            "ภายในงานมีขบวนแห่พระพุทธรูปจากทุกหมู่บ้าน การสรงน้ำพระ การแข่งขันก่อเจดีย์ทราย และการแสดงของนักเรียนศูนย์พัฒนาเด็กเล็ก ผู้สูงอายุที่มีอายุ 90 ปีขึ้นไปได้รับของที่ระลึกจาก อบต. คนละหนึ่งชุด",
        ),
        photos=6,
    ),
    Story(
        "วันสิ่งแวดล้อมโลก 2566",
        "ร่วมปลูกต้นไม้เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน",
        "2023-06-05",
        "line-slash",
        (
            "คณะผู้บริหารและพนักงานองค์การบริหารส่วนตำบลหนองบัวทอง ร่วมกับโรงเรียนบ้านหนองบัวทองและผู้นำชุมชน ปลูกต้นยางนา ต้นพะยูง และต้นมะค่าโมง รวม 500 ต้น บริเวณริมหนองสาธารณะหมู่ที่ 4",
            "นายก อบต. กล่าวว่าพื้นที่ริมหนองแห่งนี้จะพัฒนาเป็นสวนสาธารณะของตำบล และขอให้นักเรียนช่วยกันดูแลรดน้ำต้นไม้ที่ปลูกในช่วงหน้าแล้งปีแรก",
            "หลังการปลูกต้นไม้ เจ้าหน้าที่ได้แจกกล้าไม้ผลให้ประชาชนที่มาร่วมงานนำไปปลูกที่บ้านอีก 300 ต้น",
        ),
        author=PR,
    ),
    Story(
        "ตรวจสุขภาพเคลื่อนที่",
        "หน่วยตรวจสุขภาพเคลื่อนที่ ให้บริการผู้สูงอายุและผู้พิการถึงบ้าน",
        "2023-08-09",
        "line-abbr",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม อบต.หนองบัวทอง ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบล ออกหน่วยตรวจสุขภาพเคลื่อนที่ให้แก่ผู้สูงอายุติดบ้านติดเตียงและผู้พิการ จำนวน 38 ราย ในหมู่ที่ 1, 3 และ 8",
            "เจ้าหน้าที่ได้วัดความดันโลหิต ตรวจระดับน้ำตาลในเลือด ประเมินแผลกดทับ และให้คำแนะนำญาติผู้ดูแลเรื่องการทำกายภาพบำบัดที่บ้าน ผู้ที่ต้องพบแพทย์จะได้รับการประสานรถรับส่งของ อบต. ต่อไป",
        ),
        captions=("เจ้าหน้าที่ รพ.สต. วัดความดันโลหิตให้ผู้สูงอายุ", "มอบผ้าอ้อมผู้ใหญ่ให้ญาติผู้ดูแล"),
    ),
    Story(
        "ซ่อมถนนหมู่ 7",
        "ซ่อมแซมถนนลูกรังสายบ้านโนนแดง หมู่ที่ 7 หลังน้ำกัดเซาะ",
        "2023-10-20",
        "sentence",
        (
            "วันศุกร์ที่ 20 ตุลาคม 2566 กองช่าง อบต.หนองบัวทอง นำเครื่องจักรเข้าซ่อมแซมถนนลูกรังสายบ้านโนนแดง หมู่ที่ 7 ซึ่งถูกน้ำฝนกัดเซาะเป็นร่องลึกจนรถจักรยานยนต์สัญจรไม่ได้",
            "เจ้าหน้าที่ได้ลงหินคลุก ปรับเกลี่ย และบดอัดผิวทางระยะทางประมาณ 800 เมตร พร้อมวางท่อระบายน้ำคอนกรีตเพิ่มสองจุด เพื่อไม่ให้น้ำไหลข้ามถนนในฤดูฝนปีหน้า",
            "ประชาชนที่พบถนนชำรุดสามารถแจ้งได้ที่กองช่าง หรือทางเพจเฟซบุ๊กของ อบต. ตลอด 24 ชั่วโมง",
        ),
        author=PR,
    ),
    Story(
        "ลอยกระทง 2566",
        "งานประเพณีลอยกระทง ตำบลหนองบัวทอง ประจำปี 2566",
        "2023-11-27",
        "thai-digits",
        (
            "เมื่อวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๖ องค์การบริหารส่วนตำบลหนองบัวทองจัดงานประเพณีลอยกระทง ณ หนองบัวสาธารณะ มีประชาชนร่วมงานอย่างคึกคัก",
            "กิจกรรมในงานประกอบด้วยการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดหนูน้อยนพมาศ และการแสดงดนตรีพื้นบ้าน อบต. ขอความร่วมมืองดใช้กระทงโฟมและงดจุดพลุในบริเวณงาน",
        ),
        photos=5,
    ),
    Story(
        "วันเด็ก 2567",
        "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2567 “เด็กหนองบัวทอง สุขภาพดี มีน้ำใจ”",
        "2024-01-13",
        "line-abbr",
        (
            "องค์การบริหารส่วนตำบลหนองบัวทองจัดกิจกรรมวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็ก อบต.หนองบัวทอง โดยมีเด็กและผู้ปกครองเข้าร่วมงานกว่า 400 คน",
            "ภายในงานมีซุ้มเกมจากทุกกองของ อบต. ซุ้มตรวจฟันจาก รพ.สต. การแสดงบนเวทีของเด็กเล็ก และการจับรางวัลจักรยานที่ได้รับการสนับสนุนจากร้านค้าในตำบล",
            "นายก อบต. ได้มอบทุนการศึกษาให้เด็กนักเรียนที่ขาดแคลน จำนวน 20 ทุน ทุนละ 1,000 บาท",
        ),
        captions=("เด็ก ๆ ร่วมเล่นเกมที่ซุ้มกองคลัง",),
        author=PR,
    ),
    Story(
        "ประชาคมหมู่บ้าน",
        "ประชุมประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)",
        "2024-02-07",
        "sentence",
        (
            "เมื่อวันพุธที่ 7 กุมภาพันธ์ 2567 องค์การบริหารส่วนตำบลหนองบัวทองเริ่มจัดประชุมประชาคมหมู่บ้าน ครั้งที่ 1 ที่บ้านหนองบัวทอง หมู่ที่ 1 และจะจัดต่อเนื่องจนครบทั้ง 11 หมู่บ้าน",
            "ประชาชนได้เสนอโครงการที่ต้องการให้บรรจุในแผนพัฒนาท้องถิ่น เช่น การขยายเขตไฟฟ้าเพื่อการเกษตร การขุดลอกคลองส่งน้ำ และการติดตั้งไฟกิ่งส่องสว่างบนถนนสายหลัก",
            "ข้อเสนอทั้งหมดจะนำเข้าที่ประชุมคณะกรรมการพัฒนาท้องถิ่นเพื่อจัดลำดับความสำคัญก่อนเสนอสภา อบต. พิจารณา",
        ),
    ),
    Story(
        "ป้องกันไฟป่า",
        "รณรงค์ลดการเผาในที่โล่ง ป้องกันไฟป่าและฝุ่นละอองขนาดเล็ก",
        "2024-03-01",
        "line-slash",
        (
            "งานป้องกันและบรรเทาสาธารณภัย อบต.หนองบัวทอง ร่วมกับกำนันและผู้ใหญ่บ้าน ออกรณรงค์ประชาสัมพันธ์ให้เกษตรกรงดเผาตอซังข้าวและเศษวัชพืช ในช่วงวิกฤตหมอกควันเดือนมีนาคมถึงเมษายน",
            "เจ้าหน้าที่ได้แนะนำการไถกลบตอซังและการทำปุ๋ยหมักแทนการเผา พร้อมจัดทำแนวกันไฟรอบป่าชุมชนโคกหนองบัวระยะทาง 3 กิโลเมตร",
            "หากพบเห็นไฟไหม้ขอให้แจ้งสายด่วน 1784 หรือศูนย์ อปพร. อบต.หนองบัวทองได้ทันที",
        ),
        author=PR,
    ),
    Story(
        "จุดบริการสงกรานต์ 2567",
        "ตั้งจุดบริการประชาชน ช่วงเทศกาลสงกรานต์ 2567 ลดอุบัติเหตุทางถนน",
        "2024-04-11",
        "line-abbr",
        (
            "อบต.หนองบัวทองร่วมกับสถานีตำรวจภูธรและอาสาสมัครป้องกันภัยฝ่ายพลเรือน ตั้งจุดบริการประชาชนบนทางหลวงชนบทสายหนองบัวทอง-โนนแดง ตลอดช่วง 7 วันอันตราย",
            "จุดบริการมีน้ำดื่ม กาแฟ และที่พักให้ผู้ขับขี่ที่เดินทางไกล พร้อมเจ้าหน้าที่คอยตักเตือนผู้ไม่สวมหมวกนิรภัยและผู้ที่ดื่มแล้วขับ",
        ),
        photos=4,
    ),
    Story(
        "วัคซีนพิษสุนัขบ้า",
        "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมว ฟรี ทุกหมู่บ้าน",
        "2024-05-22",
        "line-slash",
        (
            "กองสาธารณสุขฯ อบต.หนองบัวทอง ร่วมกับปศุสัตว์อำเภอ ออกฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวในทุกหมู่บ้าน รวมทั้งสิ้น 1,245 ตัว และขึ้นทะเบียนสัตว์เลี้ยงไปพร้อมกัน",
            "เจ้าของสัตว์ที่ยังไม่ได้พาสัตว์มารับวัคซีน สามารถติดต่อรับบริการได้ที่สำนักงาน อบต. ในวันและเวลาราชการจนถึงสิ้นเดือนมิถุนายน",
        ),
        captions=("เจ้าหน้าที่ปศุสัตว์ฉีดวัคซีนให้สุนัขที่หมู่ที่ 6",),
        author=PR,
    ),
    Story(
        "พ่นหมอกควันยุงลาย",
        "พ่นหมอกควันกำจัดยุงลาย ป้องกันไข้เลือดออกในโรงเรียนและชุมชน",
        "2024-06-18",
        "sentence",
        (
            "วันอังคารที่ 18 มิถุนายน 2567 เจ้าหน้าที่กองสาธารณสุขฯ ออกพ่นหมอกควันกำจัดยุงลายในโรงเรียน 4 แห่ง วัด 3 แห่ง และบ้านเรือนรอบบ้านผู้ป่วยในรัศมี 100 เมตร",
            "อบต. ขอให้ทุกครัวเรือนช่วยกันเก็บบ้านให้สะอาด เก็บขยะที่มีน้ำขัง และปิดฝาโอ่งน้ำ ตามหลัก 3 เก็บ ป้องกัน 3 โรค",
        ),
    ),
    Story(
        "จิตอาสา 28 กรกฎาคม",
        "กิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2567",
        "2024-07-28",
        "headline",
        (
            "คณะผู้บริหาร สมาชิกสภา พนักงาน และจิตอาสาตำบลหนองบัวทองกว่า 200 คน ร่วมกันตัดหญ้า เก็บขยะ และทาสีรั้วบริเวณถนนทางเข้าหมู่บ้านและวัดในตำบล",
            "หลังกิจกรรม ผู้ร่วมงานได้ร่วมกันลงนามถวายพระพรและปลูกต้นไม้บริเวณหน้าสำนักงาน อบต.",
        ),
        photos=5,
        banner=False,
    ),
    Story(
        "มอบถุงยังชีพ",
        "มอบถุงยังชีพช่วยเหลือผู้ประสบอุทกภัย หมู่ที่ 9 และหมู่ที่ 10",
        "2024-09-10",
        "thai-digits",
        (
            "วันอังคารที่ ๑๐ กันยายน ๒๕๖๗ นายก อบต.หนองบัวทองพร้อมด้วยปลัด อบต. นำถุงยังชีพจำนวน ๑๕๐ ชุด มอบให้ครัวเรือนที่ได้รับผลกระทบจากน้ำล้นตลิ่งลำห้วยยาง",
            "อบต. ได้นำเต็นท์และสุขาเคลื่อนที่ไปตั้งไว้ที่จุดอพยพบนโรงเรียนบ้านโคกสูง และจะสำรวจความเสียหายของบ้านเรือนและพื้นที่การเกษตรเพื่อให้ความช่วยเหลือตามระเบียบต่อไป",
            "ผู้ประสบภัยที่ยังไม่ได้ลงทะเบียน ติดต่อได้ที่งานป้องกันฯ โทร 044-056-218 ต่อ 15",
        ),
        author=PR,
    ),
    Story(
        "ตรวจเยี่ยม ศพด",
        "คณะกรรมการตรวจเยี่ยมและประเมินมาตรฐานศูนย์พัฒนาเด็กเล็ก อบต.หนองบัวทอง",
        "2024-11-14",
        "line-abbr",
        (
            "คณะกรรมการจากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดเดินทางมาตรวจเยี่ยมและประเมินมาตรฐานศูนย์พัฒนาเด็กเล็ก อบต.หนองบัวทอง ทั้งด้านการบริหารจัดการ ครูและบุคลากร อาคารสถานที่ และการจัดประสบการณ์การเรียนรู้",
            "คณะกรรมการชื่นชมมุมนิทานและแปลงผักของเด็ก ๆ และให้ข้อเสนอแนะเรื่องการติดตั้งรั้วกั้นบริเวณบ่อน้ำหลังอาคาร ซึ่ง อบต. จะดำเนินการในปีงบประมาณ 2568",
        ),
        photos=4,
    ),
    Story(
        "วันเด็ก 2568",
        "งานวันเด็กแห่งชาติ ตำบลหนองบัวทอง 11 ม.ค. 68",
        "2025-01-11",
        "headline",
        (
            "อบต.หนองบัวทองจัดงานวันเด็กแห่งชาติ ปีนี้ย้ายมาจัดที่สนามกีฬาประจำตำบลเพื่อรองรับเด็กและผู้ปกครองที่มาร่วมงานมากขึ้นทุกปี",
            "กิจกรรมเด่นของปีนี้คือการจำลองหน่วยกู้ภัยให้เด็กได้ทดลองใช้ถังดับเพลิงขนาดเล็ก และการนั่งรถดับเพลิงรอบสนาม โดยทีม อปพร. ของตำบลดูแลความปลอดภัยตลอดงาน",
        ),
        photos=6,
        banner=False,
        author=PR,
    ),
    Story(
        "อบรมดับเพลิง",
        "อบรมการใช้ถังดับเพลิงเบื้องต้นให้ผู้นำชุมชนและ อสม.",
        "2025-02-19",
        "line-slash",
        (
            "งานป้องกันและบรรเทาสาธารณภัยจัดอบรมการใช้ถังดับเพลิงเบื้องต้นและการป้องกันอัคคีภัยในครัวเรือน ให้ผู้นำชุมชนและอาสาสมัครสาธารณสุขประจำหมู่บ้าน จำนวน 80 คน",
            "ผู้เข้าอบรมได้ฝึกดับไฟจากถาดน้ำมันด้วยถังดับเพลิงชนิดผงเคมีแห้ง และเรียนรู้การตรวจเช็กถังแก๊สหุงต้มและสายไฟในบ้านด้วยตนเอง",
            "อบต. จะมอบถังดับเพลิงให้ทุกหมู่บ้าน หมู่บ้านละ 2 ถัง เพื่อติดตั้งไว้ที่ศาลาประชาคม",
        ),
        captions=("ฝึกดับไฟจากถาดน้ำมัน",),
    ),
    Story(
        "สำรวจแหล่งน้ำ",
        "ลงพื้นที่สำรวจแหล่งน้ำสาธารณะ เตรียมรับมือภัยแล้ง ปี 2568",
        "2025-03-06",
        "sentence",
        (
            "เมื่อวันพฤหัสบดีที่ 6 มีนาคม 2568 นายก อบต.หนองบัวทองพร้อมด้วยกองช่างลงพื้นที่สำรวจปริมาณน้ำในหนองสาธารณะและฝายกั้นน้ำทั้ง 6 แห่งของตำบล",
            "จากการสำรวจพบว่าปริมาณน้ำเหลือประมาณร้อยละ 40 ของความจุ อบต. จึงเตรียมรถบรรทุกน้ำไว้แจกจ่ายน้ำอุปโภคให้หมู่บ้านที่ขาดแคลน และจะเสนอโครงการขุดลอกหนองหัวช้างเข้าแผนปีถัดไป",
        ),
        author=PR,
    ),
)

ANNOUNCEMENTS: tuple[Story, ...] = (
    Story(
        "รับสมัครพนักงานจ้าง 2566",
        "ประกาศองค์การบริหารส่วนตำบลหนองบัวทอง เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป",
        "2023-07-03",
        "line-abbr",
        (
            "ด้วยองค์การบริหารส่วนตำบลหนองบัวทองประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 2 อัตรา และตำแหน่งผู้ดูแลเด็ก จำนวน 1 อัตรา",
            "ผู้สนใจยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัด อบต.หนองบัวทอง ระหว่างวันที่ 10 ถึง 21 กรกฎาคม 2566 ในวันและเวลาราชการ รายละเอียดคุณสมบัติและเอกสารที่ต้องใช้ตามประกาศแนบท้ายนี้",
        ),
        photos=0,
        pdf=True,
    ),
    Story(
        "ชำระภาษี 2567",
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2567",
        "2024-01-05",
        "line-slash",
        (
            "กองคลัง อบต.หนองบัวทอง ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย มาชำระภาษีประจำปี 2567 ได้ตั้งแต่เดือนเมษายนถึงเดือนมิถุนายน 2567",
            "ผู้ชำระภาษีภายในกำหนดจะไม่ต้องเสียเบี้ยปรับและเงินเพิ่ม สามารถชำระได้ที่สำนักงาน อบต. หรือโอนผ่านบัญชีธนาคารตามที่ระบุในใบแจ้งการประเมินภาษี",
        ),
        photos=1,
    ),
    Story(
        "งดจ่ายน้ำประปา",
        "ประกาศ งดจ่ายน้ำประปาชั่วคราว หมู่ที่ 3 บ้านหนองแวง",
        "2024-08-15",
        "sentence",
        (
            "ด้วยกองช่าง อบต.หนองบัวทอง จะดำเนินการซ่อมท่อเมนประปาที่แตกรั่วบริเวณหน้าวัดบ้านหนองแวง ในวันพฤหัสบดีที่ 15 สิงหาคม 2567 ตั้งแต่เวลา 08.30 น. ถึง 16.30 น. จึงจำเป็นต้องงดจ่ายน้ำประปาในหมู่ที่ 3 ทั้งหมู่บ้าน",
            "ขอให้ประชาชนสำรองน้ำไว้ใช้ล่วงหน้า และขออภัยในความไม่สะดวกมา ณ โอกาสนี้",
        ),
        photos=0,
        banner=False,
    ),
    Story(
        "ชำระภาษี 2568",
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2568",
        "2025-01-08",
        "line-slash",
        (
            "กองคลัง อบต.หนองบัวทอง ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย มาชำระภาษีประจำปี 2568 ได้ตั้งแต่เดือนเมษายนถึงเดือนมิถุนายน 2568",
            "ปีนี้ผู้ชำระภาษีสามารถสแกนคิวอาร์โค้ดในใบแจ้งการประเมินภาษีเพื่อชำระผ่านแอปพลิเคชันของธนาคารได้ทันที โดยไม่ต้องเดินทางมาที่สำนักงาน",
        ),
        photos=1,
        pdf=True,
    ),
)

ALBUMS: tuple[tuple[str, str, str, int], ...] = (
    ("กีฬาตำบล 2566", "ภาพกิจกรรมการแข่งขันกีฬาต้านยาเสพติด ตำบลหนองบัวทอง 2566", "2023-09-02", 8),
    ("วันแม่ 2567", "ภาพกิจกรรมวันแม่แห่งชาติ 12 สิงหาคม 2567", "2024-08-12", 6),
    ("เข้าพรรษา 2567", "ภาพกิจกรรมแห่เทียนพรรษาและถวายเทียน 2567", "2024-07-20", 7),
    ("ปีใหม่ 2568", "ภาพกิจกรรมทำบุญตักบาตรวันขึ้นปีใหม่ 2568", "2025-01-01", 5),
)

HISTORY = (
    "ตำบลหนองบัวทองเดิมเป็นส่วนหนึ่งของตำบลโนนแดง ชาวบ้านกลุ่มแรกอพยพมาจากจังหวัดนครราชสีมาเมื่อราว พ.ศ. 2460 มาตั้งบ้านเรือนรอบหนองน้ำใหญ่ที่มีบัวสีเหลืองขึ้นเต็มหนอง จึงเรียกหมู่บ้านว่าบ้านหนองบัวทอง",
    "ต่อมาเมื่อวันที่ 1 เมษายน 2512 ทางราชการได้แยกพื้นที่ 6 หมู่บ้านออกจากตำบลโนนแดงตั้งเป็นตำบลหนองบัวทอง และยกฐานะสภาตำบลหนองบัวทองเป็นองค์การบริหารส่วนตำบลตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล เมื่อวันที่ 2 มีนาคม 2539",
    "ปัจจุบันตำบลหนองบัวทองมี 11 หมู่บ้าน พื้นที่ประมาณ 62 ตารางกิโลเมตร ประชากรส่วนใหญ่ประกอบอาชีพทำนา ปลูกมันสำปะหลัง และเลี้ยงโคเนื้อ มีวัด 7 แห่ง โรงเรียนประถมศึกษา 4 แห่ง และโรงพยาบาลส่งเสริมสุขภาพตำบล 1 แห่ง",
    "สำนักงานองค์การบริหารส่วนตำบลหลังแรกเป็นอาคารไม้ชั้นเดียวในบริเวณโรงเรียนบ้านหนองบัวทอง ต่อมาในปี พ.ศ. 2548 ได้ย้ายมาที่อาคารสำนักงานหลังปัจจุบันริมทางหลวงชนบทสายหนองบัวทอง-โนนแดง",
    "ทุกปีในเดือนพฤศจิกายน ชาวตำบลหนองบัวทองยังคงจัดงานบุญกฐินสามัคคีและงานลอยกระทงที่หนองบัวสาธารณะ ซึ่งเป็นแหล่งน้ำที่ให้กำเนิดชื่อตำบล",
)

ITA_ITEMS = (
    ("O1 โครงสร้างหน่วยงาน", "แผนผังโครงสร้างการแบ่งส่วนราชการขององค์การบริหารส่วนตำบลหนองบัวทอง ตามแผนอัตรากำลัง 3 ปี"),
    ("O2 ข้อมูลผู้บริหาร", "รายชื่อ ตำแหน่ง รูปถ่าย และช่องทางการติดต่อของผู้บริหารและหัวหน้าส่วนราชการ"),
    ("O3 อำนาจหน้าที่", "อำนาจหน้าที่ขององค์การบริหารส่วนตำบลตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล และกฎหมายที่เกี่ยวข้อง"),
    ("O4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) และที่แก้ไขเพิ่มเติม"),
    ("O5 ข้อมูลการติดต่อ", "ที่อยู่ หมายเลขโทรศัพท์ อีเมล และแผนที่ตั้งของสำนักงาน"),
)


class _GoogleSite(FixtureSite):
    """Serves every page under any ?authuser=N, with N written into its internal links."""

    renderer: _Renderer

    def route(self, path_and_query: str) -> Response | None:
        found = super().route(path_and_query)
        if found is not None:
            return found
        parts = urlsplit(path_and_query)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        if len(pairs) == 1 and pairs[0][0] == "authuser" and pairs[0][1].isdigit() and len(pairs[0][1]) <= 3:
            return self.renderer.render(parts.path or "/", pairs[0][1])
        return None


@dataclass
class _Page:
    path: str  # decoded path
    name: str
    body: object  # callable(auth) -> html
    banner: bool = True
    in_nav: bool = True
    children: list | None = None


class _Renderer:
    def __init__(self, site: _GoogleSite) -> None:
        self.site = site
        self.pages: dict[str, _Page] = {}
        self.top: list[_Page] = []

    # -- links ----------------------------------------------------------------
    @staticmethod
    def href(path: str, auth: str | None, own: str | None = None) -> str:
        """An internal link; ``own`` is an authuser value the editor's copied link carries."""
        value = own if own is not None else auth
        return enc(path) + (f"?authuser={value}" if value is not None else "")

    # -- page tree ------------------------------------------------------------
    def page(
        self, parent: _Page | None, name: str, body, banner: bool = True, in_nav: bool = True, path: str | None = None
    ) -> _Page:
        if path is None:
            path = (parent.path if parent else "") + "/" + gs_slug(name)
        p = _Page(path, name, body, banner, in_nav, [])
        self.pages[path] = p
        if parent is None:
            if in_nav:
                self.top.append(p)
        else:
            parent.children.append(p)
        return p

    def render(self, path: str, auth: str | None) -> Response | None:
        p = self.pages.get(unquote(path))
        if p is None:
            return None
        return Response(200, HEADERS, self.layout(p, auth).encode("utf-8"))

    # -- template ---------------------------------------------------------------
    def nav(self, current: _Page, auth: str | None) -> str:
        items = []
        for p in self.top:
            kids = [c for c in p.children if c.in_nav]
            sel = ' aria-selected="true"' if current.path == p.path or current.path.startswith(p.path + "/") else ""
            sub = ""
            if kids:
                sub = (
                    '<div class="oGuwee eWDljc RPRy1e Mkt3Tc" jsname="QXE97" jsaction="transitionend:UD2r5"><ul class="VcS63b" role="menu">'
                    + "".join(
                        f'<li jsname="ibnC6b" class="ijMPi" role="none"><div class="PsKE7e IKA38e baH5ib oNsfjf"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb);"><a class="aJHbb hDrhEe HlqNPb" jsname="hiK3ld" data-level="2" href="{self.href(c.path, auth)}" role="menuitem">{esc(c.name)}</a></div></div></li>'
                        for c in kids
                    )
                    + "</ul></div>"
                )
            expand = (
                '<div class="mBHtvb u5fiyc" role="presentation" title="ขยาย/ยุบ" tabindex="0" jsaction="click:oESVTe"><svg class="dvmRw" viewBox="0 0 24 24"><path d="M7.41,7.84L12,12.42l4.59-4.58L18,9.25l-6,6l-6-6L7.41,7.84z"></path></svg></div>'
                if kids
                else ""
            )
            items.append(
                f'<li jsname="ibnC6b" class="VsJjtf" role="none"><div class="PsKE7e qV4dIc Qrrb5 YSH9J"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="menuitem" tabindex="-1" data-level="1" href="{self.href(p.path, auth)}"{sel}>{esc(p.name)}</a></div>{expand}</div>{sub}</li>'
            )
        return f'<nav id="WDxLfe" class="JzO0Vc" role="navigation" tabindex="-1"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte" role="menubar">{"".join(items)}</ul></nav>'

    def layout(self, p: _Page, auth: str | None) -> str:
        title = f"{SHORT} - {p.name}"
        og_url = self.site.url(enc(p.path))
        banner = ""
        if p.banner:
            banner = (
                f'<section id="h.{_img_id(p.path, 0)[4:20]}_l" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf" style=""><div class="Nu95r"><div class="IFuOkc" style="background-position: center center; background-image: url({IMG}{_img_id("banner", 1)}=w16383); background-size: cover;" jsname="LQX2Vd"></div></div>'
                f'<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me"><div id="h.{_img_id(p.path, 1)[4:20]}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc"><h1 id="h.banner_title" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="text-align: center;"><span class="C9DxTc aw5Odc " style="font-family: Sarabun; font-weight: 700;">{esc(p.name)}</span></h1></div></div></div></div></div></div></div></div></div></section>'
            )
        body = p.body(auth)
        return f"""<!DOCTYPE html><html lang="th" class="HB1eCd-UMrnmb PHNIZe" itemscope itemtype="http://schema.org/WebPage"><head><script nonce="{NONCE}">var DOCS_timing={{}}; DOCS_timing['sl']=new Date().getTime();</script><script nonce="{NONCE}">function _DumpException(e) {{throw e;}}</script><script data-id="_gd" nonce="{NONCE}">window.WIZ_global_data = {{"Im6cmf":"/_/atari/","QrtxK":"0","S06Grb":"","Yllh3e":"%.@.1741600000000000,1,0]"}};</script><meta charset="utf-8"><script nonce="{NONCE}">var _docs_flag_initialData={{"docs-ails":"docs_cold","docos-sifl":false}};</script><meta content="IE=edge" http-equiv="X-UA-Compatible"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><link rel="icon" href="https://ssl.gstatic.com/atari/images/public/favicon.ico"><meta property="og:title" content="{attr(p.name)}"><meta property="og:type" content="website"><meta property="og:url" content="{attr(og_url)}"><meta property="og:image" content="{IMG}{_img_id("logo", 0)}=w1200"><meta itemprop="name" content="{attr(p.name)}"><meta itemprop="url" content="{attr(og_url)}"><meta itemprop="thumbnailUrl" content="{IMG}{_img_id("logo", 0)}=w1200"><meta itemprop="image" content="{IMG}{_img_id("logo", 0)}=w1200"><meta itemprop="imageUrl" content="{IMG}{_img_id("logo", 0)}=w1200"><meta property="og:image" content="{IMG}{_img_id("logo", 0)}=w1200"><link href="https://fonts.googleapis.com/css?family=Sarabun%3Ai%2Cbi%2C700%2C400&display=swap" rel="stylesheet" nonce="{NONCE}"><link href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7a3xk0tfaxl8.L.X.O/am=MBiA/d=1/rs=AGEqA5kcZr8e9nSRRdwx2YvHCqaq5PiTaA" data-id="_cl" nonce="{NONCE}" rel="stylesheet"><title>{esc(title)}</title><style jsname="ptDGoc" nonce="{NONCE}">.M63kCb{{background-color: rgba(255,255,255,1);}}.OUGEr{{color: rgba(33,33,33,1);}}.duRjpb{{font-family: Sarabun; font-size: 28pt; font-weight: 700;}}.CDt4Ke{{line-height: 1.38;}}</style><script nonce="{NONCE}" src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.th.Yp1bEn3rWr4.O/am=MBiA/d=1/rs=AGEqA5m3kPnTQ/m=view" id="base-js" async></script></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;JIbuQc:rSzFEd(z2EeY),aSaF6e(ilzYPe);"><div jsname="a9kxte"><div jsname="PV6Pxe"><div jscontroller="ZiUG9b"><div class="Xpil1b xgQ6eb"><a class="Fx2zuc" href="#h.main" jsaction="click:vwhx3e">ข้ามไปที่เนื้อหาหลัก</a><a class="Fx2zuc" href="#WDxLfe" jsaction="click:vwhx3e">ข้ามไปที่การนำทาง</a></div></div>
<div class="M63kCb N63NQ"></div><div class="QZ3zWd"><div class="fktJzd AKpWA fOU46b yMcSQd Ly6Unf G9Qloe XxIgdb" jsname="UzWXSb" data-uses-custom-theme="false" data-legacy-theme-name="QualityBasics" data-legacy-theme-font-kit="Light" data-legacy-theme-color-kit="Custom" jscontroller="Md9ENb" jsaction="gsiSmd:Ffcznf;yj5fUd:cpPetb;HNXL3:q0Vyke;e2SXKd:IPDu5e;BdXpgd:nhk7K;rcuQ6b:WYd;"><header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef" jsaction="rcuQ6b:JdcaS;MxH79b:JdcaS;VbOlFf:ywL4Jf;FaOgy:ywL4Jf; keydown:Hq2uPe; wheel:Ut4Ahc;" data-top-navigation="true" data-is-preview="false"><div class="DXsoRd YTv4We oNsfjf" role="button" tabindex="0" jsaction="click:LUvzV" jsname="z4Tpl" id="s9iPrd" aria-haspopup="true" aria-controls="yuynLe" aria-expanded="false"><svg class="wFCWne" viewBox="0 0 24 24" stroke="currentColor" jsname="B1n9ub" focusable="false"><g transform="translate(12,12)"><path class="hlJH0" d="M-9 -5 L9 -5" fill="none" stroke-width="2"></path><path class="HBu6N" d="M-9 0 L9 0" fill="none" stroke-width="2"></path><path class="cLAGQe" d="M-9 5 L9 5" fill="none" stroke-width="2"></path></g></svg></div><div class="iOaS2e"><div class="Bcd7Ff"><a class="dZA9kd" href="{self.href("/home", auth)}"><img src="{IMG}{_img_id("logo", 0)}=w96" class="lzy1Td" role="img" aria-label="หน้าแรกของไซต์" alt="หน้าแรกของไซต์"></a><span class="Wt9ydb">{esc(SITE)}</span></div>{self.nav(p, auth)}</div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr" id="h.main">{banner}{body}{self.site_footer(auth)}</div></div>
<div class="Xpil1b xgQ6eb"></div><div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="1741600123456" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="click:cOuCgd;" aria-label="รายละเอียดหน้า" tabindex="0"><span class="Ce1Y1c" style="top: -12px"><svg class="dMNVAe" focusable="false" height="24px" viewBox="0 0 24 24" width="24px"><path d="M0 0h24v24H0z" fill="none"></path><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zM11 9h2V7h-2v2z"></path></svg></span></div><div class="xgQ6eb yMcSQd" role="dialog" aria-label="รายละเอียดหน้า"><div class="VfPpkd-cnG4Wd"><div class="YhQJj">อัปเดตหน้าเว็บล่าสุด</div><div class="jwFfWb">{thai_abbr(PUBLISHED_SITE)}</div></div></div><div class="xgQ6eb yMcSQd"><a class="WC9pfd" href="https://www.google.com/sites/" target="_blank">Google Sites</a><a class="WC9pfd" href="https://www.google.com/sites/abuse/report?sid=nongbuathong" target="_blank">รายงานการละเมิด</a></div></div></div></div></div></div></body></html>"""

    def site_footer(self, auth: str | None) -> str:
        fb = "https://www.google.com/url?q=https%3A%2F%2Fwww.facebook.com%2Fnongbuathong.sao&sa=D&sntz=1&usg=AOvVaw1xq7Rr"
        return (
            '<section id="h.footer" class="yaqOZd" style=""><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-wNfPc Ft7HRd-AhqUyc-wNfPc purZT-AhqUyc-II5mzb JNdkSc SQVYQc yYI8W HQwdzb"><div class="JNdkSc-SmKAyb LkDMRd"><div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-wNfPc jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">'
            f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc " style="font-weight: 700;">{esc(SITE)}</span></p>'
            f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc ">{esc(ADDRESS)}</span></p>'
            f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc ">โทรศัพท์ {PHONE} | อีเมล saraban@nongbuathong.go.th | </span><a class="XqQF9c" href="{fb}" target="_blank"><span class="C9DxTc ">เฟซบุ๊ก อบต.หนองบัวทอง</span></a></p>'
            '</div></div></div></div><div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-wNfPc jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd baZpAe"><div class="WIdY2d M1aSXe"><div jscontroller="VYKRW" jsaction="rcuQ6b:rcuQ6b;"><div class="YMEQtf" style="width: 100%; height: 40px; opacity: 1;"></div><div class="w536ob" data-code="&lt;a href=&quot;https://www.freecounterstat.com&quot;&gt;&lt;img src=&quot;https://counter11.freecounterstat.com/private/counter.php?c=nbt2563&quot;&gt;&lt;/a&gt;"></div><iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin allow-popups-to-escape-sandbox allow-downloads allow-modals allow-storage-access-by-user-activation" frameborder="0" aria-label="Custom embed" src="https://nongbuathong-go-th.googleusercontent.com/embeds/16cb204cf3a9d4d223a0a3fd8b0eec5d/inner-frame-minified.html?jsh=m%3B%2F_%2Fscs%2Fabc-static%2F_%2Fjs%2Fk%3Dgapi.lb.th" allowfullscreen></iframe></div></div></div>'
            '<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc ">จำนวนผู้เข้าชมเว็บไซต์ ตั้งแต่ 1 ตุลาคม 2563</span></p></div></div></div></div></div></div></div></section>'
        )

    # -- building blocks ------------------------------------------------------------
    @staticmethod
    def section(inner: str, sid: str = "") -> str:
        return (
            f'<section id="h.{sid or "s"}" class="yaqOZd" style=""><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">'
            f'<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd">{inner}</div></div></div></div></section>'
        )

    @staticmethod
    def textbox(inner: str) -> str:
        return f'<div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div></div></div></div>'

    @staticmethod
    def para(text: str, indent: bool = True, style: str = "") -> str:
        st = "text-indent: 36pt; text-align: justify;" if indent else ""
        return f'<p dir="ltr" class="zfr3Q CDt4Ke " style="{st}{style}"><span class="C9DxTc " style="font-family: Sarabun;">{esc(text)}</span></p>'

    @staticmethod
    def image(seed: str, n: int, caption: str | None = None) -> str:
        cap = (
            f'<div class="DM2UIf"><p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc " style="font-size: 10pt;">{esc(caption)}</span></p></div>'
            if caption
            else ""
        )
        return f'<div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd baZpAe"><div class="t3iYD"><img src="{IMG}{_img_id(seed, n)}=w1280" class="CENy8b" role="img" style="width: 100%; margin: 0% 0%;"></div></div>{cap}</div></div></div>'

    @staticmethod
    def carousel(seed: str, count: int) -> str:
        imgs = "".join(
            f'<div class="LUHabe" jsname="Hlpd2" data-index="{i}"><img class="Yem2Ed" src="{IMG}{_img_id(seed, i + 10)}=w1280" alt="" role="img"></div>'
            for i in range(count)
        )
        return f'<div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd baZpAe"><div jscontroller="SGWD4d" class="qvZZOd" data-auto-advance="true" data-interval="5000" aria-label="ภาพสไลด์">{imgs}<div class="bqS0Re"><div role="button" class="OhYpud" aria-label="รูปภาพก่อนหน้า" jsname="KQ0ALc"></div><div role="button" class="OhYpud" aria-label="รูปภาพถัดไป" jsname="wL6Hpd"></div></div></div></div></div></div></div>'

    @staticmethod
    def button(href: str, label: str = "อ่านต่อ") -> str:
        return f'<div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd baZpAe"><div class="FKF6mc TpQm9d L7IXhc" jscontroller="VXdfxd" jsaction="mouseenter:tfO1Yc;"><a class="FKF6mc TpQm9d QmpIrf" href="{href}" aria-label="{attr(label)}" role="button" tabindex="0"><div class="NsaAfc"><p>{esc(label)}</p></div><div class="kxKaab"></div></a></div></div></div></div></div>'

    @staticmethod
    def drive(file_id: str, label: str) -> str:
        return f'<div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd baZpAe"><div class="WIdY2d M1aSXe"><div class="YMEQtf"><iframe class="YMEQtf KfXz0b" frameborder="0" aria-label="Drive, {attr(label)}" src="https://drive.google.com/file/d/{file_id}/preview" allowfullscreen></iframe></div></div></div></div></div></div>'


def _date_line(story: Story) -> str | None:
    d = date.fromisoformat(story.day)
    if story.date_style == "line-abbr":
        return f"โพสต์เมื่อ {thai_abbr(d)}"
    if story.date_style == "line-slash":
        return f"📅 {thai_slash(d)}"
    return None


def build(base_url: str) -> FixtureSite:
    site = _GoogleSite(FAMILY, base_url, disallowed_paths=["/_/", "/u/"], server_software="ESF")
    r = _Renderer(site)
    site.renderer = r
    site.trap_patterns = [r"[?&]authuser="]
    site.not_found = Response(
        404,
        (("Content-Type", CT),),
        '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ไม่พบหน้าเว็บ</title></head><body><div class="UtePc"><h1>ไม่พบหน้าที่ขอ</h1><p>URL ที่ขอไม่มีอยู่ในเว็บไซต์นี้</p><a href="/home">กลับไปที่หน้าแรก</a></div></body></html>'.encode(),
    )
    S = _Renderer  # building blocks

    news = sorted(NEWS, key=lambda s: s.day)
    anns = sorted(ANNOUNCEMENTS, key=lambda s: s.day)
    years = sorted({s.day[:4] for s in news})

    # -- page tree (menu order) -----------------------------------------------------------
    home = r.page(None, "หน้าแรก", None, banner=True, path="/home")
    basic = r.page(None, "ข้อมูลพื้นฐาน", None)
    newsroot = r.page(None, "ข่าวประชาสัมพันธ์", None)
    annroot = r.page(None, "ประกาศ", None)
    albroot = r.page(None, "ภาพกิจกรรม", None)
    ita = r.page(None, "ITA 2567", None)
    plan = r.page(None, "แผนพัฒนาท้องถิ่น", None)
    contact = r.page(None, "ติดต่อเรา", None)

    # story pages (hidden from the navigation)
    year_pages: dict[str, _Page] = {}
    for y in reversed(years):
        year_pages[y] = r.page(newsroot, f"ข่าว ปี {int(y) + 543}", None)
    story_pages: dict[Story, _Page] = {}
    for s in news:
        story_pages[s] = r.page(year_pages[s.day[:4]], s.name, None, banner=s.banner, in_nav=False)
    for s in anns:
        story_pages[s] = r.page(annroot, s.name, None, banner=s.banner, in_nav=False)

    def story_body(s: Story):
        def body(auth):
            parts = []
            parts.append(
                f'<h1 id="h.title" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="text-align: left;"><span class="C9DxTc " style="font-family: Sarabun; font-size: 20pt; font-weight: 700;">{esc(s.title)}</span></h1>'
            )
            line = _date_line(s)
            if line:
                parts.append(
                    f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: right;"><span class="C9DxTc " style="color: #757575; font-size: 10pt;">{esc(line)}</span></p>'
                )
            for i, text in enumerate(s.paragraphs):
                if i == 0 and s.date_style == "sentence" and text.startswith(("เมื่อวัน", "วัน")):
                    cut = text.index(" ", text.index("25")) if "25" in text[:40] else 0
                    if cut:
                        parts.append(
                            f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-indent: 36pt; text-align: justify;"><span class="C9DxTc " style="font-family: Sarabun; font-weight: 700;">{esc(text[:cut])}</span><span class="C9DxTc " style="font-family: Sarabun;">{esc(text[cut:])}</span></p>'
                        )
                        continue
                parts.append(S.para(text))
            if s.author:
                parts.append(S.para(f"ข่าว/ภาพ : {s.author}", indent=False, style="text-align: right;"))
            out = [S.section(S.textbox("".join(parts)), "body")]
            media = []
            for n, cap in enumerate(s.captions):
                media.append(S.image(s.name, n, cap))
            if s.photos:
                media.append(S.carousel(s.name, s.photos))
            if s.pdf:
                media.append(S.drive(_img_id(s.name, 99)[4:37], s.name + ".pdf"))
            if media:
                out.append(S.section("".join(media), "media"))
            parent = r.pages[story_pages[s].path.rsplit("/", 1)[0]]
            out.append(S.section(S.button(r.href(parent.path, auth), f"« กลับไปหน้า{parent.name}"), "back"))
            return "".join(out)

        return body

    for s, p in story_pages.items():
        p.body = story_body(s)

    def card(s: Story, auth, excerpt: str, own_button: str | None, heading_link: bool = True) -> str:
        p = story_pages[s]
        head = (
            f'<a class="XqQF9c" href="{r.href(p.path, auth)}">'
            + f'<span class="C9DxTc " style="font-weight: 700;">{esc(s.title)}</span></a>'
            if heading_link
            else f'<span class="C9DxTc " style="font-weight: 700;">{esc(s.title)}</span>'
        )
        d = date.fromisoformat(s.day)
        text = (
            f'<h3 dir="ltr" class="CDt4Ke zfr3Q OmQG5e " style="text-align: left;">{head}</h3>'
            f'<p dir="ltr" class="zfr3Q CDt4Ke "><span class="C9DxTc " style="color: #757575;">{esc(thai_abbr(d))}</span></p>'
            f'<p dir="ltr" class="zfr3Q CDt4Ke "><span class="C9DxTc ">{esc(excerpt)}</span></p>'
        )
        return S.image(s.name, 50) + S.textbox(text) + S.button(r.href(p.path, auth, own_button))

    # authuser values an editor's copied links carry (by story index, oldest first)
    own_year = {1: "0", 4: "0", 7: "0", 10: "0", 13: "0", 16: "0"}
    own_home = {0: "1"}  # the newest story on the home page

    def year_body(y: str):
        def body(auth):
            items = [s for s in news if s.day[:4] == y][::-1]
            cards = []
            for s in items:
                first = s.paragraphs[0]
                ex = first if len(first) <= 90 else first[:90].rstrip() + "..."
                cards.append(S.section(card(s, auth, ex, own_year.get(news.index(s))), f"c{news.index(s)}"))
            intro = S.section(
                S.textbox(
                    S.para(
                        f"ข่าวสารและกิจกรรมขององค์การบริหารส่วนตำบลหนองบัวทอง ประจำปี พ.ศ. {int(y) + 543} เรียงจากใหม่ไปเก่า",
                        indent=False,
                    )
                ),
                "intro",
            )
            return intro + "".join(cards)

        return body

    for y, p in year_pages.items():
        p.body = year_body(y)

    def newsroot_body(auth):
        latest = news[::-1][:6]
        cards = "".join(
            S.section(card(s, auth, s.paragraphs[0], None, heading_link=False), f"n{k}") for k, s in enumerate(latest)
        )
        years_links = "".join(
            f'<p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="{r.href(year_pages[y].path, auth)}"><span class="C9DxTc ">ข่าวประชาสัมพันธ์ ปี พ.ศ. {int(y) + 543}</span></a></p>'
            for y in reversed(years)
        )
        return (
            S.section(
                S.textbox('<h2 dir="ltr" class="CDt4Ke zfr3Q JYVBee"><span class="C9DxTc ">ข่าวล่าสุด</span></h2>'), "t"
            )
            + cards
            + S.section(
                S.textbox(
                    '<h2 dir="ltr" class="CDt4Ke zfr3Q JYVBee"><span class="C9DxTc ">ข่าวย้อนหลัง</span></h2>'
                    + years_links
                ),
                "y",
            )
        )

    newsroot.body = newsroot_body

    def home_body(auth):
        welcome = S.textbox(
            '<h2 dir="ltr" class="CDt4Ke zfr3Q JYVBee" style="text-align: center;"><span class="C9DxTc ">ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลหนองบัวทอง</span></h2>'
            + S.para(
                "“ถนนดี น้ำใช้พอ ต่อยอดอาชีพ ชุมชนน่าอยู่” วิสัยทัศน์การพัฒนาตำบลหนองบัวทอง", indent=False, style="text-align: center;"
            )
        )
        latest = news[::-1][:4]
        cards = "".join(
            S.section(
                card(s, auth, s.paragraphs[0][:70].rstrip() + "...", own_home.get(k), heading_link=False), f"h{k}"
            )
            for k, s in enumerate(latest)
        )
        more = S.section(S.button(r.href(newsroot.path, auth), "ดูข่าวทั้งหมด"), "more")
        ann_links = "".join(
            f'<p dir="ltr" class="zfr3Q CDt4Ke "><span class="C9DxTc ">{esc(thai_abbr(date.fromisoformat(s.day)))} </span><a class="XqQF9c" href="{r.href(story_pages[s].path, auth)}"><span class="C9DxTc ">{esc(s.title)}</span></a></p>'
            for s in anns[::-1][:3]
        )
        ann = S.section(
            S.textbox(
                '<h2 dir="ltr" class="CDt4Ke zfr3Q JYVBee"><span class="C9DxTc ">ประกาศล่าสุด</span></h2>' + ann_links
            ),
            "ann",
        )
        fb = S.section(
            '<div class="oKdM2c ZZyype"><div class="tyJCtd baZpAe"><div class="WIdY2d M1aSXe"><iframe class="YMEQtf" frameborder="0" aria-label="Custom embed" src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fnongbuathong.sao&tabs=timeline&width=500&height=600"></iframe></div></div></div><div class="oKdM2c ZZyype"><div class="tyJCtd baZpAe"><div class="WIdY2d M1aSXe"><iframe class="YMEQtf" frameborder="0" aria-label="YouTube Video, แนะนำตำบลหนองบัวทอง" src="https://www.youtube.com/embed/x7QkN2pL0aE?embed_config=%7B%22enc%22:%22AXH1Ezk%22%7D&enablejsapi=1" allowfullscreen></iframe></div></div></div>',
            "fb",
        )
        links = S.section(
            S.textbox(
                '<h2 dir="ltr" class="CDt4Ke zfr3Q JYVBee"><span class="C9DxTc ">ลิงก์หน่วยงาน</span></h2>'
                '<p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="https://www.google.com/url?q=https%3A%2F%2Fwww.dla.go.th%2F&sa=D&sntz=1&usg=AOvVaw2Lk9mQ" target="_blank"><span class="C9DxTc ">กรมส่งเสริมการปกครองท้องถิ่น</span></a></p>'
                '<p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="https://www.google.com/url?q=https%3A%2F%2Fitas.nacc.go.th%2F&sa=D&sntz=1&usg=AOvVaw0pS1tR" target="_blank"><span class="C9DxTc ">ระบบ ITAS สำนักงาน ป.ป.ช.</span></a></p>'
                '<p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="https://www.google.com/url?q=https%3A%2F%2Fline.me%2Fti%2Fp%2F%40nongbuathong&sa=D&sntz=1&usg=AOvVaw3Yd0cE" target="_blank"><span class="C9DxTc ">LINE OA อบต.หนองบัวทอง</span></a></p>'
            ),
            "links",
        )
        return (
            S.section(S.carousel("home", 3), "slide")
            + S.section(welcome, "w")
            + S.section(
                S.textbox('<h2 dir="ltr" class="CDt4Ke zfr3Q JYVBee"><span class="C9DxTc ">ข่าวประชาสัมพันธ์</span></h2>'),
                "nt",
            )
            + cards
            + more
            + ann
            + fb
            + links
        )

    home.body = home_body

    # -- ข้อมูลพื้นฐาน ------------------------------------------------------------------
    def text_page(paragraphs, heading=None, extra=""):
        def body(auth):
            head = (
                f'<h2 dir="ltr" class="CDt4Ke zfr3Q JYVBee"><span class="C9DxTc ">{esc(heading)}</span></h2>'
                if heading
                else ""
            )
            return S.section(S.textbox(head + "".join(S.para(t) for t in paragraphs)), "b") + extra

        return body

    sub_basic = [
        (
            "ประวัติความเป็นมา",
            text_page(
                HISTORY,
                "ประวัติความเป็นมาของตำบลหนองบัวทอง",
                S.section(S.image("history", 1, "อาคารสำนักงาน อบต.หนองบัวทอง"), "hi"),
            ),
        ),
        (
            "วิสัยทัศน์ พันธกิจ",
            text_page(
                (
                    "วิสัยทัศน์ “ถนนดี น้ำใช้พอ ต่อยอดอาชีพ ชุมชนน่าอยู่”",
                    "พันธกิจ 1. พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน 2. จัดหาแหล่งน้ำเพื่ออุปโภคบริโภคและการเกษตรให้เพียงพอ 3. ส่งเสริมอาชีพและรายได้ของประชาชน 4. ส่งเสริมสุขภาพ การศึกษา และคุณภาพชีวิต 5. บริหารจัดการอย่างโปร่งใสตามหลักธรรมาภิบาล",
                ),
                "วิสัยทัศน์และพันธกิจ",
            ),
        ),
        (
            "สภาพทั่วไป",
            text_page(
                (
                    "ที่ตั้ง ตำบลหนองบัวทองอยู่ทางทิศตะวันออกเฉียงเหนือของอำเภอเมืองชัยภูมิ ห่างจากตัวจังหวัดประมาณ 18 กิโลเมตร",
                    "อาณาเขต ทิศเหนือติดต่อตำบลโนนแดง ทิศใต้ติดต่อตำบลห้วยยาง ทิศตะวันออกติดต่อตำบลโคกสูง ทิศตะวันตกติดต่อตำบลนาเสียว",
                    "ภูมิประเทศเป็นที่ราบสลับเนินเตี้ย ๆ ดินร่วนปนทราย มีลำห้วยยางไหลผ่านทางทิศใต้ของตำบล",
                ),
                "สภาพทั่วไปและข้อมูลพื้นฐาน",
            ),
        ),
        (
            "ทำเนียบผู้บริหาร",
            text_page(
                (
                    "นายกองค์การบริหารส่วนตำบลหนองบัวทอง",
                    "รองนายกองค์การบริหารส่วนตำบลหนองบัวทอง (2 ท่าน)",
                    "เลขานุการนายกองค์การบริหารส่วนตำบลหนองบัวทอง",
                    "ปลัดองค์การบริหารส่วนตำบลหนองบัวทอง",
                ),
                "คณะผู้บริหาร",
                S.section(S.image("exec", 1) + S.image("exec", 2) + S.image("exec", 3), "ex"),
            ),
        ),
        (
            "โครงสร้างส่วนราชการ",
            text_page(
                (
                    "ส่วนราชการขององค์การบริหารส่วนตำบลหนองบัวทอง ประกอบด้วย สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม และกองสาธารณสุขและสิ่งแวดล้อม",
                ),
                "โครงสร้างส่วนราชการ",
                S.section(S.image("structure", 1), "st"),
            ),
        ),
    ]
    basic_children = [r.page(basic, name, body) for name, body in sub_basic]

    def basic_body(auth):
        links = "".join(
            f'<p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="{r.href(c.path, auth)}"><span class="C9DxTc ">{esc(c.name)}</span></a></p>'
            for c in basic_children
        )
        return S.section(
            S.textbox(S.para("ข้อมูลพื้นฐานขององค์การบริหารส่วนตำบลหนองบัวทอง เลือกหัวข้อที่ต้องการด้านล่าง", indent=False) + links),
            "b",
        )

    basic.body = basic_body

    # -- ประกาศ (hand-written list: internal pages and Drive PDFs) -----------------------------
    def annroot_body(auth):
        rows = []
        drive_items = [
            ("2023-05-02", "ประกาศผลการจัดซื้อจัดจ้าง ไตรมาสที่ 2 ปีงบประมาณ 2566"),
            ("2023-12-01", "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ 2567"),
            ("2024-10-01", "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ 2568"),
        ]
        entries = [(s.day, s.title, r.href(story_pages[s].path, auth), False) for s in anns]
        entries += [
            (d, t, f"https://drive.google.com/file/d/{_img_id(t, 7)[4:37]}/view?usp=sharing", True)
            for d, t in drive_items
        ]
        for d, t, h, ext in sorted(entries, reverse=True):
            target = ' target="_blank"' if ext else ""
            rows.append(
                f'<p dir="ltr" class="zfr3Q CDt4Ke "><span class="C9DxTc ">{esc(thai_slash(date.fromisoformat(d)))} </span><a class="XqQF9c" href="{h}"{target}><span class="C9DxTc ">{esc(t)}</span></a></p>'
            )
        return S.section(
            S.textbox(
                '<h2 dir="ltr" class="CDt4Ke zfr3Q JYVBee"><span class="C9DxTc ">ประกาศ / ประชาสัมพันธ์</span></h2>'
                + "".join(rows)
            ),
            "a",
        )

    annroot.body = annroot_body

    # -- ภาพกิจกรรม ----------------------------------------------------------------------
    album_pages = []
    for name, title, day, count in ALBUMS:

        def album_body(auth, _t=title, _d=day, _n=count, _name=name):
            d = date.fromisoformat(_d)
            head = f'<h1 id="h.title" dir="ltr" class="zfr3Q duRjpb CDt4Ke "><span class="C9DxTc " style="font-size: 20pt; font-weight: 700;">{esc(_t)}</span></h1><p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: right;"><span class="C9DxTc " style="color: #757575; font-size: 10pt;">โพสต์เมื่อ {esc(thai_abbr(d))}</span></p>'
            return (
                S.section(S.textbox(head), "t")
                + S.section(S.carousel(_name, _n), "c")
                + S.section(
                    S.button("https://photos.app.goo.gl/" + _img_id(_name, 3)[4:21], "ดูภาพทั้งหมดใน Google Photos"), "g"
                )
            )

        album_pages.append(r.page(albroot, name, album_body, in_nav=False))

    def albroot_body(auth):
        cards = []
        for (name, title, _day, _), p in sorted(
            zip(ALBUMS, album_pages, strict=True), key=lambda x: x[0][2], reverse=True
        ):
            cards.append(
                S.section(
                    S.image(name, 10)
                    + S.textbox(
                        f'<h3 dir="ltr" class="CDt4Ke zfr3Q OmQG5e "><a class="XqQF9c" href="{r.href(p.path, auth)}"><span class="C9DxTc ">{esc(title)}</span></a></h3>'
                    ),
                    "al",
                )
            )
        return "".join(cards)

    albroot.body = albroot_body

    # -- ITA -------------------------------------------------------------------------------
    ita_pages = []
    for k, (name, desc) in enumerate(ITA_ITEMS):

        def ita_body(auth, _name=name, _desc=desc, _k=k):
            d = date(2024, 4, 1 + _k)
            return S.section(
                S.textbox(
                    S.para(f"ข้อมูล ณ วันที่ {thai_long(d)}", indent=False, style="text-align: right;") + S.para(_desc)
                )
                + S.drive(_img_id(_name, 5)[4:37], _name),
                "o",
            )

        ita_pages.append(r.page(ita, name, ita_body))

    def ita_root_body(auth):
        links = "".join(
            f'<p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="{r.href(p.path, auth)}"><span class="C9DxTc ">{esc(p.name)}</span></a></p>'
            for p in ita_pages
        )
        return S.section(
            S.textbox(
                S.para(
                    "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) ประจำปีงบประมาณ พ.ศ. 2567",
                    indent=False,
                )
                + links
            ),
            "i",
        )

    ita.body = ita_root_body

    def plan_body(auth):
        docs = [
            "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)",
            "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) แก้ไข ครั้งที่ 1/2567",
            "แผนการดำเนินงาน ประจำปีงบประมาณ 2567",
            "รายงานผลการติดตามและประเมินผลแผนพัฒนา ปีงบประมาณ 2567",
        ]
        rows = "".join(
            f'<p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="https://drive.google.com/file/d/{_img_id(t, 8)[4:37]}/view?usp=drive_link" target="_blank"><span class="C9DxTc ">{esc(t)}</span></a></p>'
            for t in docs
        )
        return S.section(
            S.textbox(
                '<h2 dir="ltr" class="CDt4Ke zfr3Q JYVBee"><span class="C9DxTc ">เอกสารแผนพัฒนาท้องถิ่น</span></h2>' + rows
            ),
            "p",
        )

    plan.body = plan_body

    def contact_body(auth):
        return S.section(
            S.textbox(
                S.para(SITE, indent=False)
                + S.para(ADDRESS, indent=False)
                + S.para(f"โทรศัพท์/โทรสาร {PHONE} ในวันและเวลาราชการ 08.30 - 16.30 น.", indent=False)
            )
            + '<div class="oKdM2c ZZyype"><div class="tyJCtd baZpAe"><div class="WIdY2d M1aSXe"><iframe class="YMEQtf" frameborder="0" aria-label="Map, อบต.หนองบัวทอง" src="https://maps-api-ssl.google.com/maps?hl=th&ll=15.9,102.1&output=embed&q=%E0%B8%AD%E0%B8%9A%E0%B8%95.&z=15"></iframe></div></div></div>',
            "c",
        )

    contact.body = contact_body

    # "/" is the home page too
    root = _Page("/", "หน้าแรก", home_body, True, False, [])
    r.pages["/"] = root

    # -- register clean URLs -----------------------------------------------------------------
    for path in r.pages:
        site.add(enc(path), r.render(path, None))
    site.add(
        "/robots.txt",
        Response(200, (("Content-Type", "text/plain"),), b"User-agent: *\nDisallow: /_/\nDisallow: /u/\n"),
    )

    # -- gold --------------------------------------------------------------------------------
    for s in sorted(news + anns, key=lambda s: s.day):
        url = site.url(enc(story_pages[s].path))
        # a page served under ?authuser=N links everything with it: both copies are reachable
        aliases = [url + "?authuser=0", url + "?authuser=1"]
        site.articles.append(
            FixtureArticle(
                url=url,
                aliases=tuple(aliases),
                title=s.title,
                paragraphs=tuple(" ".join(t.split()) for t in s.paragraphs),
                published=s.day,
                author=s.author,
                captions=s.captions,
            )
        )
    gold = {story_pages[s].path for s in story_pages}
    site.non_articles = [site.url(enc(p)) for p in r.pages if p not in gold]
    return site

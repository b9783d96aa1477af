# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""codeigniter_cms: a CodeIgniter 3 vendor CMS of a small อบต., ``/index.php/news/view/N`` and ``?per_page=`` offsets.

CMS imitated: the PHP CodeIgniter 3 "ระบบเว็บไซต์ อปท." that small Thai vendors build for อบต. and
เทศบาลตำบล (fictional vendor "ดอนหว้าซอฟต์" here): controllers ``news``, ``page``, ``gallery``,
``calendar``, ``ita``, ``download``, ``procurement``; Bootstrap 3, jQuery 1.11, Fancybox, CKEditor 4
in the back office; CI's Pagination library with ``page_query_string`` (``?per_page=<offset>``), its
Calendar library (``/calendar/index/<year>/<month>``), ``character_limiter`` excerpts, ``encrypt_name``
uploads (32 hex characters) with ``image_lib`` ``_thumb`` copies, a ``ci_session`` cookie and the
``{elapsed_time}`` footer.  The search corpus had no CodeIgniter LAO site to copy; the shapes follow
CodeIgniter's own defaults and what old Thai vendor sites show (structure only, no text taken): a
``menuid``-style PHP news site (``pungtui.go.th/news_detail.php?menuid=1&cnews_id=1&news_id=29``), the
short date line with a two-digit Buddhist year and the poster's login under bunlung.go.th's posts, and ITA menus.

องค์การบริหารส่วนตำบลดอนหว้าทอง (fictional), อำเภอเชียงยืน จังหวัดมหาสารคาม.  Apache 2.4 + PHP 7.2,
UTF-8 (``charset=UTF-8`` in the header and ``<meta charset>``).  TODAY is 2024-07-08.

URL shapes
* home ``/`` (the menu's หน้าหลัก) and ``/index.php`` (the logo, ``site_url()``): the same page.
* EVERY route answers with and without ``/index.php/``: the hand-written views (menu, home page, print
  button) write ``base_url('news/view/N')`` = ``/news/view/N``, while everything made by ``site_url()``
  (listings, pagers, breadcrumbs, "ข่าวอื่นๆ", ITA, RSS, og:url = ``current_url()``) writes
  ``/index.php/news/view/N``.  Gold ``url`` = the ``/index.php/`` form; aliases: ``/news/view/N`` and
  the print view ``/news/print/N``.  A trailing slash, extra segments (``/news/view/N/anything``: CI
  passes them as unused arguments) and any query string answer the same page (not linked).
* listings: ``/news`` (all categories) and ``/news/category/C`` (1 ข่าวประชาสัมพันธ์, 2 ข่าวกิจกรรม,
  3 ประกาศ อบต. as a table); 6 a page; pager ``/index.php/news/category/1?per_page=6`` (an OFFSET, CI's
  ``data-ci-pagination-page`` and ``rel="start|prev|next"``; page 1 is the bare URL).  Any offset answers.
* ``/news/print/N`` (printer view), ``/news/rss`` (RSS 2.0, latest 10, in every head and footer).
* standing pages ``/page/view/1..5`` (ประวัติ, วิสัยทัศน์, สภาพทั่วไป, อำนาจหน้าที่, โครงสร้าง);
  ``/executive``, ``/executive/council``, ``/contact``, ``/complaint`` (forms), ``/download`` (rows
  ``/index.php/download/file/N`` answer 302 to ``/uploads/download/<hash>.pdf``), ``/procurement``
  (+ ``?per_page=10``), ``/gallery`` + ``/gallery/album/N``, ``/ita`` = ``/ita/index/2567`` (+ 2566),
  ``/calendar`` + ``/calendar/index/Y/MM`` + ``/calendar/event/N``.  Uploads ``/uploads/news/<yyyy>/<mm>/
  <md5>.jpg`` (+ ``<md5>_thumb.jpg``), ``/uploads/files/<yyyy>/<md5>.pdf``, ``/uploads/gallery/<album>/``.
* robots.txt disallows ``/admin/``, ``/index.php/admin/`` (the footer's ผู้ดูแลระบบ), ``/search``,
  ``/index.php/search`` (the header's search form), ``/application/``, ``/system/``.  No sitemap.xml.
  Unknown routes answer CodeIgniter's "404 Page Not Found".

Gold articles: 22 posts, 2022-10-11 .. 2024-07-03, oldest first: 9 ข่าวประชาสัมพันธ์, 8 ข่าวกิจกรรม,
5 ประกาศ (PDF attachments, centred signature lines; one wholly in Thai digits).  Author: ``โดย : <division>``
in the date line.  Captions: CKEditor 4 image2 ``<figure class="image"><figcaption>`` inside three
bodies; the Fancybox gallery under a story has none (``alt`` repeats the title).  Bodies in four editor
styles: ``&nbsp;``-indented ``<p>``, justified ``<span style>`` with a bold first word, one ``<p>`` cut
by ``<br />`` pairs, ``<div>`` lines pasted from Facebook.  Reached through: the listings and their
pages (the ONLY way to the older posts), the home page (latest 5 ประชาสัมพันธ์ / 4 กิจกรรม (+ a 3-slide
carousel) / 5 ประกาศ), the ข่าวล่าสุด sidebar (latest 5), "ข่าวอื่นๆ ในหมวดเดียวกัน" (latest 5 of the
category), the RSS (latest 10), two ITA rows.

Non-articles (``non_articles``): both home URLs, every listing URL and pager page (both spellings where
linked), a poster-only post (287: a title, a date line, one image), the five standing pages (the SAME
panel template as news: title, "ปรับปรุงล่าสุด" date line, author, read counter, share bar), executives,
council, contact, complaint, downloads, procurement pages, gallery and six albums (title, date, one line,
6-12 photos), ITA pages, the calendar and five event pages, a soft-404 (``/index.php/news/view/158``, a
deleted post the ITA 2566 page still links: 200 "ไม่พบข้อมูลข่าว"), and one relative-loop page.

Dates: detail ``วันที่ 12 มิถุนายน 2567 เวลา 09:15 น.``; listings and home ``12 มิ.ย. 67`` (a TWO-digit
Buddhist year); "ข่าวอื่นๆ" and the sidebar ``(12/06/2567)``; the ประกาศ table ``12/06/2567``; the
calendar's heading is CI's English-layout ``กรกฎาคม&nbsp;2024`` (a Gregorian year under Thai month
names); RSS ``pubDate`` in local time ``+0700``; bodies carry other dates (the event's, "ประกาศ ณ
วันที่ ..." 1-3 days before the post); the top bar shows today; a "NEW" gif marks posts under 7 days old.

Traps (``trap_patterns``, made on request by ``_Cms.dynamic``):
* the calendar: ``/index.php/calendar/index/<Y>/<MM>`` for any month of any 4-digit year, each linking
  the previous and next month (the sidebar mini calendar links them from every page);
* a relative-link loop: the ข่าวล่าสุด sidebar writes ``href="news/view/N"`` (no leading slash).  From
  ``/`` and the other one-segment pages it resolves right; from ``/news/view/12`` it makes
  ``/news/view/news/view/N`` (``view('news')``: a 200 "ไม่พบข้อมูลข่าว" page with the same sidebar),
  then ``/news/view/news/view/news/view/N`` and so on, under every two-segment route.  From
  ``/executive/council`` it makes ``/executive/news/view/N``: CI's real 404 (``broken_links``).

Pitfalls: two URL spellings of everything (+ print views); two UTF-8 byte order marks before
``<!DOCTYPE html>`` and before ``<?xml`` in the feed (a BOM saved into two autoloaded PHP files);
soft-404s answering 200; standing pages on the news template; the sidebar, "ข่าวอื่นๆ" and the carousel
put other posts' titles on every page; two-digit Buddhist years and a Gregorian calendar heading;
excerpts (``character_limiter``, 200) that hold a whole short story; share, LINE, Facebook, e-GP, YouTube
and map links that must not be followed.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, unquote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, MONTHS_ABBR, WEEKDAYS, local_dt, thai_long, thai_slash
from .common import UTF8_HTML, add_gif, add_jpeg, add_pdf, add_text, attr, esc, redirect

FAMILY = "codeigniter_cms"
SITE = "องค์การบริหารส่วนตำบลดอนหว้าทอง"
SITE_SHORT = "อบต.ดอนหว้าทอง"
SITE_EN = "Don Wa Thong Subdistrict Administrative Organization"
DISTRICT = "อำเภอเชียงยืน จังหวัดมหาสารคาม"
ADDRESS = "เลขที่ 88 หมู่ที่ 7 ตำบลดอนหว้าทอง อำเภอเชียงยืน จังหวัดมหาสารคาม 44160"
PHONE = "0 4378 1290"
FAX = "0 4378 1291"
EMAIL = "saraban@donwathong.go.th"
CHIEF = "นายสมพงษ์ ภูมิดอนหว้า"
TODAY = date(2024, 7, 8)
SITE_LAUNCH = datetime(2022, 9, 1, 9, 0)
PER_PAGE = 6
PROCURE_PER_PAGE = 10
SIDEBAR_LATEST = 5
OTHERS = 5
RSS_ITEMS = 10
BOM = "\ufeff\ufeff"  # config/constants.php and language/thai/site_lang.php were saved "UTF-8 with BOM"

PR = "งานประชาสัมพันธ์"
TREASURY = "กองคลัง"
CLERK = "สำนักปลัด"
HEALTH = "งานสาธารณสุข"
ENGINEER = "กองช่าง"
WELFARE = "กองสวัสดิการสังคม"

C_PR, C_ACTIVITY, C_NOTICE = 1, 2, 3
CATEGORIES = {C_PR: "ข่าวประชาสัมพันธ์", C_ACTIVITY: "ข่าวกิจกรรม", C_NOTICE: "ประกาศ อบต."}
DELETED_ID = 158  # a deleted post the ITA 2566 page still links (soft-404)
POSTER_ID = 287  # a poster-only post: a non-article

# The relative-link loop: 'news/view/N' resolved under any two-segment route (not /news/view/N itself).
_EN_DAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LOOP = re.compile(r"^(?:/index\.php)?/[a-z]+/[a-z]+/(?:[^/?]+/)*news/view/")


@dataclass(frozen=True)
class _Post:
    id: int
    cat: int
    date: str
    time: str
    title: str
    paragraphs: tuple[str, ...]
    author: str
    photos: int = 0  # Fancybox gallery under the body
    figures: tuple[tuple[int, str], ...] = ()  # CKEditor image2 figures: (after paragraph index, caption)
    files: tuple[str, ...] = ()  # attachment names (PDF)
    style: str = "ck"  # ck (&nbsp; indents), span (justified spans), br (one <p>), div (Facebook paste), notice
    centred: int = 0  # the last N paragraphs are centred (signature lines)
    poster: bool = False  # the body is one poster image (no text): not an article

    @property
    def d(self) -> date:
        return date.fromisoformat(self.date)

    @property
    def dt(self) -> datetime:
        return local_dt(self.date, self.time)

    @property
    def gold(self) -> bool:
        return not self.poster


POSTS: tuple[_Post, ...] = (
    _Post(
        183,
        C_ACTIVITY,
        "2022-10-11",
        "16:20",
        "อบต.ดอนหว้าทอง ร่วมทำบุญตักบาตรเทโวโรหณะ เนื่องในวันออกพรรษา ประจำปี 2565",
        (
            "วันอังคารที่ 11 ตุลาคม 2565 เวลา 06.30 น. นายสมพงษ์ ภูมิดอนหว้า นายกองค์การบริหารส่วนตำบลดอนหว้าทอง พร้อมด้วยคณะผู้บริหาร สมาชิกสภา อบต. พนักงานส่วนตำบล และประชาชนชาวตำบลดอนหว้าทอง ร่วมทำบุญตักบาตรเทโวโรหณะ เนื่องในวันออกพรรษา ณ วัดโพธิ์ศรีดอนหว้า หมู่ที่ 2",
            "หลังพิธีตักบาตร คณะผู้บริหารได้ร่วมถวายภัตตาหารเพลและจตุปัจจัยแด่พระภิกษุสามเณร เพื่อสืบสานประเพณีอันดีงามทางพระพุทธศาสนาให้คงอยู่คู่ชุมชนสืบไป",
        ),
        PR,
        photos=5,
        style="br",
    ),
    _Post(
        191,
        C_PR,
        "2022-11-21",
        "10:05",
        "ขอเชิญชวนผู้ประกอบการยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ประจำปี 2566",
        (
            "องค์การบริหารส่วนตำบลดอนหว้าทอง ขอเชิญชวนเจ้าของป้ายหรือผู้ครอบครองป้ายที่ติดตั้งอยู่ในเขตตำบลดอนหว้าทอง ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ได้ตั้งแต่วันที่ 1 มกราคม ถึงวันที่ 31 มีนาคม 2566 ณ กองคลัง ที่ทำการองค์การบริหารส่วนตำบลดอนหว้าทอง ในวันและเวลาราชการ",
            "ผู้ที่ติดตั้งป้ายใหม่หรือเปลี่ยนแปลงข้อความในป้ายระหว่างปี ต้องยื่นแบบภายใน 15 วันนับแต่วันติดตั้งหรือเปลี่ยนแปลง หากไม่ยื่นแบบภายในกำหนดจะต้องเสียเงินเพิ่มร้อยละ 10 ของค่าภาษีป้าย สอบถามรายละเอียดได้ที่งานพัฒนาและจัดเก็บรายได้ โทร. 0 4378 1290 ต่อ 13",
        ),
        TREASURY,
    ),
    _Post(
        198,
        C_NOTICE,
        "2022-12-26",
        "14:30",
        "ประกาศองค์การบริหารส่วนตำบลดอนหว้าทอง เรื่อง มาตรการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ พ.ศ. 2566",
        (
            "ด้วยในช่วงเทศกาลปีใหม่ พ.ศ. 2566 ระหว่างวันที่ 29 ธันวาคม 2565 ถึงวันที่ 4 มกราคม 2566 จะมีประชาชนเดินทางกลับภูมิลำเนาและสัญจรไปมาเป็นจำนวนมาก องค์การบริหารส่วนตำบลดอนหว้าทองจึงได้จัดตั้งจุดบริการประชาชนบริเวณสี่แยกบ้านดอนหว้า หมู่ที่ 1 เพื่ออำนวยความสะดวกแก่ผู้เดินทาง",
            "ขอความร่วมมือผู้ขับขี่ทุกท่านสวมหมวกนิรภัย คาดเข็มขัดนิรภัย ไม่ขับรถเร็วเกินกำหนด และไม่ดื่มเครื่องดื่มที่มีแอลกอฮอล์ก่อนขับขี่ หากเกิดอุบัติเหตุหรือเหตุฉุกเฉินโปรดแจ้งสายด่วน 1669 หรือศูนย์ อปพร. อบต.ดอนหว้าทอง ได้ตลอด 24 ชั่วโมง",
            "ประกาศ ณ วันที่ 23 ธันวาคม พ.ศ. 2565",
            "(นายสมพงษ์ ภูมิดอนหว้า)",
            "นายกองค์การบริหารส่วนตำบลดอนหว้าทอง",
        ),
        CLERK,
        files=("ประกาศมาตรการป้องกันอุบัติเหตุช่วงปีใหม่ 2566",),
        style="notice",
        centred=3,
    ),
    _Post(
        204,
        C_ACTIVITY,
        "2023-01-14",
        "15:45",
        "จัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ศูนย์พัฒนาเด็กเล็ก อบต.ดอนหว้าทอง",
        (
            "วันเสาร์ที่ 14 มกราคม 2566 องค์การบริหารส่วนตำบลดอนหว้าทองจัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ศูนย์พัฒนาเด็กเล็ก อบต.ดอนหว้าทอง โดยมีนายสมพงษ์ ภูมิดอนหว้า นายก อบต.ดอนหว้าทอง เป็นประธานในพิธีเปิดและกล่าวให้โอวาทแก่เด็กและเยาวชน",
            "ภายในงานมีการแสดงของเด็กนักเรียน ซุ้มเกมจากโรงพยาบาลส่งเสริมสุขภาพตำบลและโรงเรียนในพื้นที่ การมอบทุนการศึกษา และอาหารกลางวันสำหรับเด็กทุกคน มีเด็ก ผู้ปกครอง และประชาชนร่วมงานกว่า 400 คน",
            "อบต.ดอนหว้าทอง ขอขอบคุณผู้ใจบุญและห้างร้านทุกแห่งที่ร่วมสนับสนุนของขวัญและของรางวัลในครั้งนี้",
        ),
        PR,
        photos=6,
        figures=(
            (0, "นายก อบต.ดอนหว้าทอง มอบของขวัญให้แก่เด็กที่มาร่วมงาน"),
            (1, "การแสดงรำวงพื้นบ้านของนักเรียนศูนย์พัฒนาเด็กเล็ก"),
        ),
    ),
    _Post(
        217,
        C_PR,
        "2023-03-02",
        "09:10",
        "รณรงค์ป้องกันไฟป่าและหมอกควัน งดเผาตอซังข้าวและวัชพืชในที่โล่ง",
        (
            "องค์การบริหารส่วนตำบลดอนหว้าทอง ขอความร่วมมือเกษตรกรและประชาชนทุกหมู่บ้าน งดเผาตอซังข้าว เศษวัชพืช และขยะในที่โล่งทุกชนิด ในช่วงวันที่ 1 มีนาคม ถึง 30 เมษายน 2566 ซึ่งเป็นช่วงที่มีปริมาณฝุ่นละอองขนาดเล็ก PM 2.5 สูงเกินค่ามาตรฐาน",
            "แนะนำให้ไถกลบตอซังเพื่อเพิ่มอินทรียวัตถุในดิน หรือนำเศษวัชพืชไปทำปุ๋ยหมัก หากพบเห็นการเผาหรือเกิดไฟไหม้ลุกลามโปรดแจ้งงานป้องกันและบรรเทาสาธารณภัย อบต.ดอนหว้าทอง โทร. 0 4378 1290 ต่อ 20",
        ),
        CLERK,
        photos=2,
        style="span",
    ),
    _Post(
        226,
        C_ACTIVITY,
        "2023-04-12",
        "14:00",
        "สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2566",
        (
            "วันพุธที่ 12 เมษายน 2566 อบต.ดอนหว้าทอง จัดกิจกรรมสืบสานประเพณีสงกรานต์และวันผู้สูงอายุ ณ ศาลาประชาคม อบต.ดอนหว้าทอง มีผู้สูงอายุจากทั้ง 12 หมู่บ้านเข้าร่วมกิจกรรมกว่า 300 คน",
            "ภายในงานมีพิธีสรงน้ำพระ การรดน้ำขอพรผู้สูงอายุ การประกวดผู้สูงอายุสุขภาพดี และการแสดงฟ้อนรำของชมรมผู้สูงอายุตำบลดอนหว้าทอง",
        ),
        PR,
        photos=8,
        style="div",
    ),
    _Post(
        239,
        C_NOTICE,
        "2023-05-30",
        "11:00",
        "ประกาศองค์การบริหารส่วนตำบลดอนหว้าทอง เรื่อง รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2565",
        (
            "ตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติม กำหนดให้ผู้บริหารท้องถิ่นรายงานผลและเสนอความเห็นซึ่งได้จากการติดตามและประเมินผลแผนพัฒนาต่อสภาท้องถิ่น และประกาศผลการติดตามและประเมินผลแผนพัฒนาให้ประชาชนในท้องถิ่นทราบโดยทั่วกัน",
            "องค์การบริหารส่วนตำบลดอนหว้าทองจึงขอประกาศรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2565 ซึ่งดำเนินโครงการแล้วเสร็จจำนวน 58 โครงการ จากทั้งหมด 74 โครงการ รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้",
            "ประกาศ ณ วันที่ 29 พฤษภาคม พ.ศ. 2566",
        ),
        CLERK,
        files=("รายงานผลการดำเนินงาน ปีงบประมาณ 2565",),
        style="notice",
        centred=1,
    ),
    _Post(
        244,
        C_PR,
        "2023-06-20",
        "13:25",
        "ประชาสัมพันธ์การป้องกันโรคไข้เลือดออกช่วงฤดูฝน ด้วยมาตรการ 3 เก็บ ป้องกัน 3 โรค",
        (
            "เข้าสู่ฤดูฝนซึ่งเป็นช่วงที่ยุงลายแพร่พันธุ์ได้มาก องค์การบริหารส่วนตำบลดอนหว้าทองร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลดอนหว้า และอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ออกพ่นหมอกควันกำจัดยุงลายในหมู่บ้านที่มีรายงานผู้ป่วย และแจกทรายอะเบทให้ทุกครัวเรือนในเขตตำบล",
            "ขอให้ประชาชนยึดหลัก 3 เก็บ ได้แก่ เก็บบ้านให้สะอาด เก็บขยะและภาชนะที่มีน้ำขัง และเก็บน้ำให้มิดชิด เพื่อป้องกันโรคไข้เลือดออก โรคไข้ซิกา และโรคไข้ปวดข้อยุงลาย หากมีไข้สูงติดต่อกันเกิน 2 วัน ควรรีบไปพบแพทย์ และไม่ควรซื้อยาลดไข้กลุ่มแอสไพรินหรือไอบูโพรเฟนมารับประทานเอง",
        ),
        HEALTH,
        photos=3,
    ),
    _Post(
        253,
        C_ACTIVITY,
        "2023-07-28",
        "15:20",
        "ร่วมปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2566",
        (
            "วันศุกร์ที่ 28 กรกฎาคม 2566 คณะผู้บริหาร พนักงาน และจิตอาสาตำบลดอนหว้าทอง ร่วมกิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว บริเวณโคกหนองนาสาธารณประโยชน์ หมู่ที่ 9 โดยปลูกต้นยางนา ต้นพะยูง และต้นมะค่าโมง รวมจำนวน 720 ต้น",
        ),
        PR,
        photos=4,
        style="br",
    ),
    _Post(
        259,
        C_PR,
        "2023-08-15",
        "08:40",
        "แจ้งงดจ่ายน้ำประปาหมู่บ้านชั่วคราว หมู่ที่ 4 และหมู่ที่ 11 เพื่อซ่อมท่อเมนรั่ว",
        (
            "กองช่าง อบต.ดอนหว้าทอง จะดำเนินการซ่อมแซมท่อเมนประปาที่แตกรั่วบริเวณทางเข้าบ้านหนองแวง ในวันพุธที่ 16 สิงหาคม 2566 ตั้งแต่เวลา 09.00 น. ถึง 15.00 น. จึงต้องงดจ่ายน้ำประปาหมู่บ้านในหมู่ที่ 4 และหมู่ที่ 11 ชั่วคราว ขอให้ประชาชนสำรองน้ำไว้ใช้ และขออภัยในความไม่สะดวกมา ณ ที่นี้",
        ),
        ENGINEER,
    ),
    _Post(
        265,
        C_NOTICE,
        "2023-09-08",
        "16:10",
        "ประกาศองค์การบริหารส่วนตำบลดอนหว้าทอง เรื่อง ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        (
            "ด้วยข้อบัญญัติองค์การบริหารส่วนตำบลดอนหว้าทอง เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ผ่านความเห็นชอบจากสภาองค์การบริหารส่วนตำบลดอนหว้าทอง ในการประชุมสภาสมัยวิสามัญ สมัยที่ ๑ ครั้งที่ ๒ เมื่อวันที่ ๑๕ สิงหาคม ๒๕๖๖ และนายอำเภอเชียงยืนได้ให้ความเห็นชอบแล้ว",
            "จึงประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๗ โดยมียอดรายจ่ายทั้งสิ้น ๔๒,๕๐๐,๐๐๐ บาท ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๖ เป็นต้นไป",
            "ประกาศ ณ วันที่ ๗ กันยายน พ.ศ. ๒๕๖๖",
            "(นายสมพงษ์ ภูมิดอนหว้า)",
            "นายกองค์การบริหารส่วนตำบลดอนหว้าทอง",
        ),
        CLERK,
        files=("ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ 2567",),
        style="notice",
        centred=3,
    ),
    _Post(
        271,
        C_ACTIVITY,
        "2023-10-30",
        "14:50",
        "โครงการฝึกอบรมส่งเสริมอาชีพการทอผ้าไหมลายพื้นเมืองให้แก่กลุ่มสตรี",
        (
            "ระหว่างวันที่ 26–30 ตุลาคม 2566 กองสวัสดิการสังคม อบต.ดอนหว้าทอง จัดโครงการฝึกอบรมส่งเสริมอาชีพการทอผ้าไหมลายพื้นเมือง ณ ศูนย์เรียนรู้ชุมชนบ้านดอนหว้า หมู่ที่ 1 โดยได้รับเกียรติจากปราชญ์ชาวบ้านมาเป็นวิทยากรถ่ายทอดเทคนิคการมัดหมี่และการย้อมสีธรรมชาติ",
            "ผู้เข้าอบรมจำนวน 40 คน ได้ฝึกทอผ้าไหมลายสร้อยดอกหมากซึ่งเป็นลายเอกลักษณ์ของจังหวัดมหาสารคาม และจะรวมกลุ่มผลิตผ้าไหมจำหน่ายเพื่อสร้างรายได้เสริมให้แก่ครัวเรือนต่อไป",
        ),
        WELFARE,
        photos=6,
        style="span",
    ),
    _Post(
        278,
        C_ACTIVITY,
        "2023-11-28",
        "09:30",
        "งานประเพณีลอยกระทง ประจำปี 2566 ณ หนองหว้าใหญ่",
        (
            "เมื่อคืนวันที่ 27 พฤศจิกายน 2566 องค์การบริหารส่วนตำบลดอนหว้าทองจัดงานประเพณีลอยกระทง ประจำปี 2566 ณ หนองหว้าใหญ่ หมู่ที่ 6 โดยมีประชาชนทั้งในและนอกพื้นที่มาร่วมลอยกระทงกันอย่างคึกคัก",
            "ภายในงานมีการประกวดขบวนแห่กระทงของแต่ละหมู่บ้าน การประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ และการประกวดนางนพมาศ ผลการประกวดขบวนแห่ รางวัลชนะเลิศได้แก่หมู่ที่ 5 บ้านโนนสว่าง",
            "อบต.ดอนหว้าทอง ขอขอบคุณทุกภาคส่วนที่ให้ความร่วมมือจนงานสำเร็จลุล่วงด้วยดี",
        ),
        PR,
        photos=6,
        figures=((1, "ขบวนแห่กระทงของหมู่ที่ 5 ที่ได้รับรางวัลชนะเลิศ"),),
    ),
    _Post(
        284,
        C_PR,
        "2023-12-19",
        "10:30",
        "อบต.ดอนหว้าทอง ออกหน่วยรับชำระภาษีที่ดินและสิ่งปลูกสร้างนอกสถานที่ ประจำปี 2567",
        (
            "เพื่ออำนวยความสะดวกแก่ประชาชนที่ไม่สะดวกเดินทางมาชำระภาษีที่ที่ทำการ กองคลัง อบต.ดอนหว้าทอง จะออกหน่วยรับชำระภาษีที่ดินและสิ่งปลูกสร้างตามหมู่บ้านต่าง ๆ ระหว่างเดือนมกราคมถึงเดือนมีนาคม 2567 ตามตารางที่แนบมาพร้อมนี้",
            "ผู้ชำระภาษีโปรดนำใบแจ้งการประเมินภาษี (ภ.ด.ส.6) และบัตรประจำตัวประชาชนมาด้วย สามารถชำระได้ทั้งเงินสดและโอนผ่าน QR Code",
        ),
        TREASURY,
        files=("ตารางออกหน่วยรับชำระภาษี ปี 2567",),
    ),
    _Post(
        POSTER_ID,
        C_PR,
        "2024-01-05",
        "11:45",
        "ประชาสัมพันธ์ช่องทางการชำระภาษีผ่าน QR Code",
        (),
        TREASURY,
        poster=True,
    ),
    _Post(
        290,
        C_NOTICE,
        "2024-01-22",
        "13:00",
        "ประกาศองค์การบริหารส่วนตำบลดอนหว้าทอง เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตำแหน่งผู้ดูแลเด็ก",
        (
            "ด้วยองค์การบริหารส่วนตำบลดอนหว้าทองมีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งผู้ดูแลเด็ก (ทักษะ) สังกัดกองการศึกษา ศาสนาและวัฒนธรรม จำนวน 1 อัตรา",
            "ผู้สนใจสามารถขอรับใบสมัครและยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัด อบต.ดอนหว้าทอง ตั้งแต่วันที่ 29 มกราคม ถึงวันที่ 9 กุมภาพันธ์ 2567 ในวันและเวลาราชการ",
            "ประกาศ ณ วันที่ 19 มกราคม พ.ศ. 2567",
        ),
        CLERK,
        files=("ประกาศรับสมัครพนักงานจ้าง ตำแหน่งผู้ดูแลเด็ก", "ใบสมัครพนักงานจ้าง"),
        style="notice",
        centred=1,
    ),
    _Post(
        296,
        C_PR,
        "2024-02-14",
        "11:15",
        "ขอความร่วมมือประชาชนคัดแยกขยะอันตรายจากครัวเรือน นำมาทิ้งที่จุดรวบรวมประจำหมู่บ้าน",
        (
            "องค์การบริหารส่วนตำบลดอนหว้าทองได้จัดวางถังรองรับขยะอันตรายสีส้มไว้ที่ศาลาประชาคมของทุกหมู่บ้าน สำหรับทิ้งหลอดไฟ ถ่านไฟฉาย แบตเตอรี่ กระป๋องสเปรย์ และภาชนะบรรจุสารเคมีทางการเกษตร",
            "ขยะอันตรายที่รวบรวมได้จะถูกนำส่งไปกำจัดอย่างถูกวิธีที่ศูนย์กำจัดขยะอันตรายของจังหวัดมหาสารคามทุก 3 เดือน ขอความร่วมมือไม่นำขยะอันตรายทิ้งปะปนกับขยะทั่วไป หรือเผาทำลายเอง",
        ),
        HEALTH,
        photos=1,
        style="div",
    ),
    _Post(
        301,
        C_ACTIVITY,
        "2024-03-18",
        "12:40",
        "กิจกรรมวันท้องถิ่นไทย ประจำปี 2567",
        (
            "วันจันทร์ที่ 18 มีนาคม 2567 นายก อบต.ดอนหว้าทอง นำคณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมพิธีถวายราชสักการะพระบรมราชานุสาวรีย์พระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว เนื่องในวันท้องถิ่นไทย ณ ที่ว่าการอำเภอเชียงยืน",
            "ช่วงบ่าย อบต.ดอนหว้าทองเปิดให้ประชาชนเข้าเยี่ยมชมการปฏิบัติงานของทุกกองและรับฟังการชี้แจงผลการดำเนินงานในรอบปีที่ผ่านมา พร้อมรับเรื่องร้องเรียนและข้อเสนอแนะจากประชาชน",
        ),
        PR,
        photos=5,
        style="br",
    ),
    _Post(
        309,
        C_PR,
        "2024-04-24",
        "16:35",
        "เตรียมพร้อมรับมือพายุฤดูร้อน แนะนำวิธีป้องกันบ้านเรือนและทรัพย์สิน",
        (
            "ศูนย์อำนวยการป้องกันและบรรเทาสาธารณภัย อบต.ดอนหว้าทอง แจ้งเตือนว่าช่วงปลายเดือนเมษายนถึงต้นเดือนพฤษภาคม 2567 อาจเกิดพายุฤดูร้อน ลมกระโชกแรง และลูกเห็บตกในพื้นที่ ขอให้ประชาชนตรวจสอบหลังคาบ้าน ป้ายโฆษณา และตัดแต่งกิ่งไม้ที่อาจหักโค่นทับบ้านเรือน",
            "ระหว่างเกิดพายุไม่ควรอยู่ใต้ต้นไม้ใหญ่หรือใกล้เสาไฟฟ้า หากบ้านเรือนได้รับความเสียหายสามารถแจ้งผู้ใหญ่บ้านหรือ อบต.ดอนหว้าทอง เพื่อสำรวจและให้ความช่วยเหลือตามระเบียบต่อไป",
        ),
        CLERK,
        style="span",
    ),
    _Post(
        314,
        C_NOTICE,
        "2024-05-16",
        "10:00",
        "ประกาศองค์การบริหารส่วนตำบลดอนหว้าทอง เรื่อง ประกาศใช้แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 1",
        (
            "ด้วยองค์การบริหารส่วนตำบลดอนหว้าทองได้จัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 1 ตามขั้นตอนของระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น และผู้บริหารท้องถิ่นได้อนุมัติแผนดังกล่าวแล้ว",
            "จึงประกาศใช้แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ครั้งที่ 1 เพื่อเป็นแนวทางในการจัดทำงบประมาณและดำเนินโครงการพัฒนาต่อไป ทั้งนี้ ประชาชนสามารถขอตรวจดูแผนได้ที่สำนักปลัด อบต.ดอนหว้าทอง",
            "ประกาศ ณ วันที่ 14 พฤษภาคม พ.ศ. 2567",
            "(นายสมพงษ์ ภูมิดอนหว้า)",
            "นายกองค์การบริหารส่วนตำบลดอนหว้าทอง",
        ),
        CLERK,
        files=("แผนพัฒนาท้องถิ่น 2566-2570 เพิ่มเติม ครั้งที่ 1",),
        style="notice",
        centred=3,
    ),
    _Post(
        320,
        C_ACTIVITY,
        "2024-06-05",
        "15:00",
        "กิจกรรมวันสิ่งแวดล้อมโลก ขุดลอกคลองไส้ไก่และปล่อยพันธุ์ปลาลงหนองหว้าใหญ่",
        (
            "เนื่องในวันสิ่งแวดล้อมโลก 5 มิถุนายน 2567 อบต.ดอนหว้าทองร่วมกับผู้นำชุมชน นักเรียน และจิตอาสา ขุดลอกคลองไส้ไก่และกำจัดผักตบชวาบริเวณหนองหว้าใหญ่ หมู่ที่ 6 ระยะทางประมาณ 1.5 กิโลเมตร เพื่อให้น้ำไหลสะดวกและเตรียมกักเก็บน้ำไว้ใช้ในฤดูแล้ง",
            "จากนั้นได้ร่วมกันปล่อยพันธุ์ปลานิลและปลาตะเพียนจำนวน 50,000 ตัว ลงสู่หนองหว้าใหญ่ เพื่อเพิ่มแหล่งอาหารโปรตีนให้แก่ชุมชน ขอความร่วมมือประชาชนงดจับปลาในช่วงฤดูวางไข่",
        ),
        PR,
        photos=4,
        figures=((1, "ปล่อยพันธุ์ปลานิลและปลาตะเพียนลงหนองหว้าใหญ่"),),
    ),
    _Post(
        326,
        C_PR,
        "2024-06-21",
        "09:05",
        "ประชาสัมพันธ์โครงการ อบต.เคลื่อนที่ พบประชาชน ประจำปีงบประมาณ 2567",
        (
            "องค์การบริหารส่วนตำบลดอนหว้าทอง กำหนดจัดโครงการ อบต.เคลื่อนที่ พบประชาชน ประจำปีงบประมาณ 2567 เพื่อออกให้บริการประชาชนถึงหมู่บ้าน ได้แก่ การรับชำระภาษี การรับลงทะเบียนเบี้ยยังชีพ การตรวจสุขภาพเบื้องต้น การตัดผมฟรี และการรับเรื่องร้องเรียนร้องทุกข์",
            "ครั้งแรกจะจัดขึ้นในวันพุธที่ 10 กรกฎาคม 2567 ณ ศาลาประชาคมบ้านหนองแวง หมู่ที่ 4 ตั้งแต่เวลา 08.30 น. เป็นต้นไป กำหนดการของหมู่บ้านอื่นดูได้จากเอกสารแนบ",
        ),
        PR,
        files=("กำหนดการ อบต.เคลื่อนที่ ปีงบประมาณ 2567",),
    ),
    _Post(
        331,
        C_PR,
        "2024-07-03",
        "14:20",
        "แจ้งเตือนภัยมิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ อบต. โทรศัพท์หลอกให้โอนเงินค่าภาษี",
        (
            "ขณะนี้มีมิจฉาชีพโทรศัพท์แอบอ้างเป็นเจ้าหน้าที่องค์การบริหารส่วนตำบลดอนหว้าทอง แจ้งประชาชนว่าค้างชำระภาษีที่ดินและสิ่งปลูกสร้าง และให้โอนเงินเข้าบัญชีส่วนบุคคลหรือเพิ่มเพื่อนทางแอปพลิเคชันไลน์",
            "อบต.ดอนหว้าทอง ขอเรียนว่าไม่มีนโยบายให้เจ้าหน้าที่โทรศัพท์เรียกเก็บภาษีหรือให้โอนเงินเข้าบัญชีบุคคลใดทั้งสิ้น หากได้รับการติดต่อในลักษณะดังกล่าวโปรดอย่าหลงเชื่อ และตรวจสอบข้อเท็จจริงได้ที่กองคลัง โทร. 0 4378 1290 ต่อ 13 ในวันและเวลาราชการ",
        ),
        PR,
        style="br",
    ),
)


@dataclass(frozen=True)
class _Page:
    """A standing page (page controller): the same panel template as a news post."""

    id: int
    title: str
    updated: str  # 'YYYY-MM-DD HH:MM'
    paragraphs: tuple[str, ...]
    image: bool = False


PAGES: tuple[_Page, ...] = (
    _Page(
        1,
        "ประวัติความเป็นมา",
        "2023-02-03 10:20",
        (
            'ตำบลดอนหว้าทองแยกออกจากตำบลเชียงยืนเมื่อปี พ.ศ. 2520 ชื่อตำบลมาจากดอนสูงกลางทุ่งนาซึ่งมีต้นหว้าขนาดใหญ่ขึ้นเป็นกลุ่ม ผลหว้าสุกในช่วงต้นฤดูฝนมีสีม่วงเข้มจนชาวบ้านเรียกกันว่า "ดอนหว้าทอง" ตามความอุดมสมบูรณ์ของพื้นที่',
            "องค์การบริหารส่วนตำบลดอนหว้าทองได้รับการจัดตั้งตามประกาศกระทรวงมหาดไทย เมื่อวันที่ 23 กุมภาพันธ์ 2540 ปัจจุบันเป็นองค์การบริหารส่วนตำบลขนาดกลาง",
            "ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อย และมันสำปะหลัง อาชีพเสริมได้แก่ การทอผ้าไหม การเลี้ยงโคเนื้อ และการจักสานผลิตภัณฑ์จากไม้ไผ่",
        ),
    ),
    _Page(
        2,
        "วิสัยทัศน์ / พันธกิจ",
        "2023-02-03 10:31",
        (
            'วิสัยทัศน์ "ดอนหว้าทองน่าอยู่ เกษตรก้าวหน้า การศึกษาดี มีธรรมาภิบาล"',
            "พันธกิจ 1. พัฒนาโครงสร้างพื้นฐานและแหล่งน้ำเพื่อการเกษตร 2. ส่งเสริมอาชีพและรายได้ตามหลักปรัชญาของเศรษฐกิจพอเพียง 3. ส่งเสริมการศึกษา ศาสนา ประเพณี และวัฒนธรรมท้องถิ่น 4. ส่งเสริมสุขภาพและคุณภาพชีวิตของประชาชน 5. บริหารจัดการองค์กรอย่างโปร่งใสและมีส่วนร่วม",
        ),
    ),
    _Page(
        3,
        "สภาพทั่วไปและข้อมูลพื้นฐาน",
        "2024-01-10 14:05",
        (
            "ที่ตั้ง องค์การบริหารส่วนตำบลดอนหว้าทองตั้งอยู่ทางทิศตะวันออกของอำเภอเชียงยืน ห่างจากที่ว่าการอำเภอประมาณ 12 กิโลเมตร และห่างจากศาลากลางจังหวัดมหาสารคามประมาณ 48 กิโลเมตร มีพื้นที่ทั้งหมดประมาณ 41.2 ตารางกิโลเมตร",
            "เขตการปกครอง แบ่งออกเป็น 12 หมู่บ้าน ได้แก่ บ้านดอนหว้า บ้านโพธิ์ศรี บ้านหนองไผ่ บ้านหนองแวง บ้านโนนสว่าง บ้านหนองหว้าใหญ่ บ้านดอนหว้าทอง บ้านโคกกลาง บ้านนาดี บ้านหนองบัว บ้านหนองแวงใต้ และบ้านโพธิ์ทอง",
            "ประชากร ณ เดือนธันวาคม 2566 มีประชากรทั้งสิ้น 7,958 คน แยกเป็นชาย 3,921 คน หญิง 4,037 คน จำนวนครัวเรือน 2,284 ครัวเรือน",
        ),
    ),
    _Page(
        4,
        "อำนาจหน้าที่",
        "2023-02-06 09:15",
        (
            "องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ในการพัฒนาตำบลทั้งในด้านเศรษฐกิจ สังคม และวัฒนธรรม ตามมาตรา 66 แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และที่แก้ไขเพิ่มเติม",
            "และมีหน้าที่ต้องทำตามมาตรา 67 ได้แก่ จัดให้มีและบำรุงรักษาทางน้ำและทางบก รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ ป้องกันโรคและระงับโรคติดต่อ ป้องกันและบรรเทาสาธารณภัย ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม และคุ้มครองดูแลและบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม",
        ),
    ),
    _Page(
        5,
        "โครงสร้างส่วนราชการ",
        "2024-01-15 11:40",
        (
            "โครงสร้างส่วนราชการขององค์การบริหารส่วนตำบลดอนหว้าทอง ตามแผนอัตรากำลัง 3 ปี (พ.ศ. 2567-2569) ประกอบด้วย สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม กองสวัสดิการสังคม และหน่วยตรวจสอบภายใน",
        ),
        image=True,
    ),
)


@dataclass(frozen=True)
class _Album:
    id: int
    date: str
    title: str
    line: str
    photos: int

    @property
    def d(self) -> date:
        return date.fromisoformat(self.date)


ALBUMS: tuple[_Album, ...] = (
    _Album(12, "2023-04-12", "ภาพกิจกรรมสงกรานต์และวันผู้สูงอายุ 2566", "ภาพบรรยากาศการรดน้ำขอพรผู้สูงอายุ ณ ศาลาประชาคม", 10),
    _Album(15, "2023-11-27", "ภาพบรรยากาศงานลอยกระทง 2566", "ภาพขบวนแห่และการประกวดกระทง ณ หนองหว้าใหญ่", 12),
    _Album(17, "2024-01-13", "ภาพกิจกรรมวันเด็กแห่งชาติ 2567", "ภาพกิจกรรมวันเด็ก ณ ศูนย์พัฒนาเด็กเล็ก อบต.ดอนหว้าทอง", 9),
    _Album(18, "2024-03-18", "ภาพกิจกรรมวันท้องถิ่นไทย 2567", "ภาพพิธีถวายราชสักการะ ณ ที่ว่าการอำเภอเชียงยืน", 6),
    _Album(20, "2024-05-10", "ภาพการฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)", "ภาพการฝึกซ้อมดับเพลิงเบื้องต้น", 8),
    _Album(21, "2024-06-05", "ภาพกิจกรรมวันสิ่งแวดล้อมโลก 2567", "ภาพการขุดลอกคลองไส้ไก่และปล่อยพันธุ์ปลา", 8),
)


@dataclass(frozen=True)
class _Event:
    id: int
    day: str
    start: str
    end: str
    title: str
    place: str
    detail: str

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)


EVENTS: tuple[_Event, ...] = (
    _Event(
        41,
        "2024-06-26",
        "08:30",
        "11:00",
        "รณรงค์วันต่อต้านยาเสพติดโลก",
        "ลานหน้าที่ทำการ อบต.ดอนหว้าทอง",
        "เดินรณรงค์รอบหมู่บ้านดอนหว้า",
    ),
    _Event(
        42,
        "2024-07-10",
        "08:30",
        "15:00",
        "อบต.เคลื่อนที่ ครั้งที่ 1 บ้านหนองแวง หมู่ที่ 4",
        "ศาลาประชาคมบ้านหนองแวง",
        "บริการรับชำระภาษีและรับเรื่องร้องเรียน",
    ),
    _Event(
        43,
        "2024-07-17",
        "09:00",
        "12:00",
        "ประชุมสภา อบต.ดอนหว้าทอง สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
        "ห้องประชุมสภา อบต.ดอนหว้าทอง",
        "ประชาชนเข้าร่วมรับฟังได้",
    ),
    _Event(
        44,
        "2024-07-28",
        "08:00",
        "10:00",
        "พิธีถวายพระพรชัยมงคล เนื่องในวันเฉลิมพระชนมพรรษา",
        "ที่ว่าการอำเภอเชียงยืน",
        "แต่งกายชุดปกติขาว",
    ),
    _Event(
        45,
        "2024-08-12",
        "07:00",
        "09:30",
        "ทำบุญตักบาตร เนื่องในวันแม่แห่งชาติ",
        "ลานหน้าที่ทำการ อบต.ดอนหว้าทอง",
        "ขอเชิญประชาชนร่วมทำบุญตักบาตร",
    ),
)

# ประกาศจัดซื้อจัดจ้าง (procurement controller): (id, date, title); rows link a PDF and e-GP.
PROCUREMENT: tuple[tuple[int, str, str], ...] = (
    (501, "2023-02-08", "ประกาศผู้ชนะการเสนอราคา จัดซื้อวัสดุสำนักงาน (สำนักปลัด) โดยวิธีเฉพาะเจาะจง"),
    (507, "2023-03-21", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมถนนลูกรัง หมู่ที่ 8 บ้านนาดี โดยวิธีเฉพาะเจาะจง"),
    (515, "2023-05-17", "ประกาศผู้ชนะการเสนอราคา จัดซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ 1/2566"),
    (
        522,
        "2023-06-29",
        "ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองไผ่-บ้านโคกกลาง ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    ),
    (529, "2023-08-09", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองไผ่-บ้านโคกกลาง"),
    (534, "2023-10-24", "ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567"),
    (541, "2023-12-06", "ประกาศผู้ชนะการเสนอราคา จัดซื้อวัสดุไฟฟ้าและวิทยุ จำนวน 15 รายการ โดยวิธีเฉพาะเจาะจง"),
    (548, "2024-01-30", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาขุดลอกคลองไส้ไก่ หมู่ที่ 6 โดยวิธีเฉพาะเจาะจง"),
    (553, "2024-03-05", "ประกาศผู้ชนะการเสนอราคา จัดซื้อครุภัณฑ์คอมพิวเตอร์ (กองคลัง) จำนวน 2 เครื่อง"),
    (
        560,
        "2024-04-18",
        "ประกาศประกวดราคาจ้างก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดกลาง หมู่ที่ 11 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    ),
    (566, "2024-05-28", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างระบบประปาหมู่บ้าน หมู่ที่ 11"),
    (571, "2024-06-19", "ประกาศผู้ชนะการเสนอราคา จัดซื้ออาหารเสริม (นม) โรงเรียน ภาคเรียนที่ 1/2567"),
)

DOWNLOADS: tuple[tuple[int, str], ...] = (
    (1, "แบบคำร้องทั่วไป"),
    (2, "แบบคำขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (ข.1)"),
    (3, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ"),
    (4, "แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ"),
    (5, "แบบแสดงรายการภาษีป้าย (ภ.ป.1)"),
    (6, "แบบคำขอใช้น้ำประปาหมู่บ้าน"),
)

EXECUTIVES = (
    (CHIEF, "นายกองค์การบริหารส่วนตำบลดอนหว้าทอง"),
    ("นายวีระพงษ์ แสนทวีสุข", "รองนายกองค์การบริหารส่วนตำบลดอนหว้าทอง"),
    ("นางบุญเรือน ศรีมหาวงศ์", "รองนายกองค์การบริหารส่วนตำบลดอนหว้าทอง"),
    ("นายธนากร ทองดอนหว้า", "เลขานุการนายกองค์การบริหารส่วนตำบล"),
    ("นางสาวกาญจนา ศรีบุญเรือง", "ปลัดองค์การบริหารส่วนตำบลดอนหว้าทอง"),
)

COUNCIL = (
    ("นายประเสริฐ บุญมาดอน", "ประธานสภา อบต.ดอนหว้าทอง"),
    ("นายสุริยา คำแสนโคตร", "รองประธานสภา อบต.ดอนหว้าทอง"),
    ("นางสาวกาญจนา ศรีบุญเรือง", "เลขานุการสภา อบต.ดอนหว้าทอง"),
    ("นายบุญชู ภูมิโคกกลาง", "สมาชิกสภา อบต. หมู่ที่ 1"),
    ("นางลำดวน พิมพ์ดอนหว้า", "สมาชิกสภา อบต. หมู่ที่ 2"),
    ("นายอุดม ศรีหนองแวง", "สมาชิกสภา อบต. หมู่ที่ 4"),
    ("นายสมหมาย นาดีสุข", "สมาชิกสภา อบต. หมู่ที่ 9"),
)

# ITA (OIT) tables: (code, item, href); href None = a PDF of the year
ITA: dict[int, tuple[tuple[str, str, str | None], ...]] = {
    2567: (
        ("O1", "โครงสร้าง", "/index.php/page/view/5"),
        ("O2", "ข้อมูลผู้บริหาร", "/executive"),
        ("O3", "อำนาจหน้าที่", "/index.php/page/view/4"),
        ("O4", "แผนพัฒนาท้องถิ่น", None),
        ("O5", "ข้อมูลการติดต่อ", "/contact"),
        ("O6", "กฎหมายที่เกี่ยวข้อง", "https://www.dla.go.th/servlet/LawServlet?regType=1"),
        ("O7", "ข่าวประชาสัมพันธ์", "/index.php/news/category/1"),
        ("O8", "Q&A", "/contact"),
        ("O9", "Social Network", "https://www.facebook.com/donwathong.sao"),
        ("O10", "แผนดำเนินงานและการใช้งบประมาณประจำปี", None),
        ("O12", "รายงานผลการดำเนินงานประจำปี", "/index.php/news/view/239"),
        ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", None),
        ("O19", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", "/index.php/news/view/265"),
        ("O21", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "/procurement"),
        ("O27", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "/complaint"),
    ),
    2566: (
        ("O7", "ข่าวประชาสัมพันธ์", "/index.php/news/category/1"),
        ("O10", "แผนดำเนินงานประจำปี 2566", None),
        ("O12", "รายงานผลการดำเนินงานประจำปี 2564", f"/index.php/news/view/{DELETED_ID}"),
        ("O21", "แผนการจัดซื้อจัดจ้าง ประจำปี 2566", "/procurement"),
        ("O27", "ช่องทางแจ้งเรื่องร้องเรียน", "/complaint"),
    ),
}
ITA_YEAR = 2567


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def _views(key: int) -> int:
    return (key * 7919) % 900 + 41


def _abbr2(d: date) -> str:
    """'12 มิ.ย. 67': the vendor's short date with a two-digit Buddhist year."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {(d.year + 543) % 100:02d}"


def _long_weekday(d: date) -> str:
    return f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"


def _character_limiter(text: str, n: int = 200, end: str = "&#8230;") -> str:
    """CodeIgniter 3 text_helper character_limiter(): whole words until n characters are reached."""
    if len(text) < n:
        return text
    text = re.sub(" {2,}", " ", text)
    if len(text) <= n:
        return text
    out = ""
    for word in text.strip().split(" "):
        out += word + " "
        if len(out) >= n:
            out = out.strip()
            return out if len(out) == len(text) else out + end
    return text


def _ci_pager(base: str, total: int, offset: int, per_page: int) -> str:
    """CI3 Pagination (page_query_string, num_links 2) with the vendor's Bootstrap 3 config."""
    pages = -(-total // per_page)
    if pages <= 1:
        return ""
    cur = min(offset // per_page + 1, pages)
    num = 2

    def href(page: int) -> str:
        off = (page - 1) * per_page
        return base if off == 0 else f"{base}?per_page={off}"

    out = ['<ul class="pagination pagination-sm">']
    if cur > num + 1:
        out.append(f'<li><a href="{href(1)}" data-ci-pagination-page="1" rel="start">&laquo; หน้าแรก</a></li>')
    if cur != 1:
        out.append(f'<li><a href="{href(cur - 1)}" data-ci-pagination-page="{cur - 1}" rel="prev">&lt;</a></li>')
    for page in range(max(1, cur - num), min(pages, cur + num) + 1):
        if page == cur:
            out.append(f'<li class="active"><a href="#">{page}<span class="sr-only">(current)</span></a></li>')
        else:
            rel = ' rel="start"' if page == 1 else ""
            out.append(f'<li><a href="{href(page)}" data-ci-pagination-page="{page}"{rel}>{page}</a></li>')
    if cur < pages:
        out.append(f'<li><a href="{href(cur + 1)}" data-ci-pagination-page="{cur + 1}" rel="next">&gt;</a></li>')
    if cur + num < pages:
        out.append(f'<li><a href="{href(pages)}" data-ci-pagination-page="{pages}">หน้าสุดท้าย &raquo;</a></li>')
    out.append("</ul>")
    return "\n".join(out)


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/admin/", "/index.php/admin/", "/search", "/index.php/search", "/application/", "/system/"],
        server_software="Apache/2.4.41 (Ubuntu)",
    )
    _Cms(site).register()
    return site


class _Cms:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.posts = {p.id: p for p in POSTS}
        self.newest = sorted(POSTS, key=lambda p: p.dt, reverse=True)
        self.by_cat = {c: [p for p in self.newest if p.cat == c] for c in CATEGORIES}
        self.pages = {p.id: p for p in PAGES}
        self.albums = {a.id: a for a in ALBUMS}
        self.events = {e.id: e for e in EVENTS}
        self.non_articles: list[str] = []
        self._chrome: tuple[str, str, str] | None = None

    # -- urls and media ------------------------------------------------------------------
    @staticmethod
    def view(p: _Post, index: bool = True) -> str:
        return f"{'/index.php' if index else ''}/news/view/{p.id}"

    @staticmethod
    def photo(p: _Post, k: int, thumb: bool = False) -> str:
        return f"/uploads/news/{p.d.year}/{p.d.month:02d}/{_md5(f'news-{p.id}-{k}')}{'_thumb' if thumb else ''}.jpg"

    @staticmethod
    def figure_img(p: _Post, k: int) -> str:
        return f"/uploads/editor/images/{p.d.year}{p.d.month:02d}/{_md5(f'fig-{p.id}-{k}')[:16]}.jpg"

    @staticmethod
    def file(p: _Post, k: int) -> str:
        return f"/uploads/files/{p.d.year}/{_md5(f'file-{p.id}-{k}')}.pdf"

    def cover(self, p: _Post) -> str:
        if p.poster:
            return self.photo(p, 0, thumb=True)
        if p.photos:
            return self.photo(p, 1, thumb=True)
        if p.figures:
            return self.figure_img(p, 0)
        return "/assets/images/no-image.jpg"

    @staticmethod
    def album_photo(a: _Album, k: int, thumb: bool = False) -> str:
        return f"/uploads/gallery/{a.id}/{_md5(f'album-{a.id}-{k}')}{'_thumb' if thumb else ''}.jpg"

    @staticmethod
    def procure_file(rid: int) -> str:
        return f"/uploads/procurement/{_md5(f'procure-{rid}')}.pdf"

    @staticmethod
    def download_file(fid: int) -> str:
        return f"/uploads/download/{_md5(f'download-{fid}')}.pdf"

    @staticmethod
    def ita_file(year: int, code: str) -> str:
        return f"/uploads/ita/{year}/{_md5(f'ita-{year}-{code}')}.pdf"

    @staticmethod
    def cal_path(year: int, month: int) -> str:
        return f"/index.php/calendar/index/{year}/{month:02d}"

    # -- responses -------------------------------------------------------------------------
    @staticmethod
    def headers(path: str) -> tuple[tuple[str, str], ...]:
        sid = _md5("sess" + path)
        return (
            ("X-Powered-By", "PHP/7.2.24-0ubuntu0.18.04.17"),
            ("Set-Cookie", f"ci_session={sid}; expires=Mon, 08-Jul-2024 09:12:44 GMT; Max-Age=7200; path=/; HttpOnly"),
            ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
            ("Cache-Control", "no-store, no-cache, must-revalidate"),
            ("Pragma", "no-cache"),
        )

    def page(self, path: str, title: str, main: str, og: dict[str, str] | None = None) -> Response:
        text = BOM + self.frame(path, title, main, og)
        return Response(200, (("Content-Type", UTF8_HTML), *self.headers(path)), text.encode("utf-8"))

    def add_page(self, path: str, title: str, main: str, links: tuple[str, ...] | None = None) -> None:
        """Register a non-article page; ``links``: the spellings pages link (default: the path itself)."""
        self.site.add(path, self.page(path, title, main))
        for link in (path,) if links is None else links:
            self.non_articles.append(self.b + link)

    # -- chrome ----------------------------------------------------------------------------
    def chrome(self) -> tuple[str, str, str]:
        if self._chrome is None:
            self._chrome = (self.header(), self.sidebar(), self.footer())
        return self._chrome

    def header(self) -> str:
        pages = "".join(f'<li><a href="/page/view/{p.id}">{esc(p.title)}</a></li>' for p in PAGES[:4])
        news = "".join(f'<li><a href="/news/category/{c}">{name}</a></li>' for c, name in CATEGORIES.items())
        return f"""<div class="topbar">
	<div class="container">
		<span class="today"><i class="fa fa-calendar"></i> {_long_weekday(TODAY)}</span>
		<span class="pull-right">
			<a href="javascript:void(0)" onclick="fontSize(-1)">ก-</a> <a href="javascript:void(0)" onclick="fontSize(0)">ก</a> <a href="javascript:void(0)" onclick="fontSize(1)">ก+</a> |
			<a href="https://www.facebook.com/donwathong.sao" target="_blank"><i class="fa fa-facebook-official"></i></a>
			<a href="https://line.me/R/ti/p/@donwathong" target="_blank"><i class="fa fa-comment"></i> @donwathong</a>
		</span>
	</div>
</div>
<div class="header">
	<div class="container">
		<a href="{self.b}/index.php" class="logo"><img src="/assets/images/logo.jpg" alt="{SITE}"></a>
		<div class="sitename">
			<h1>{SITE}</h1>
			<h4>{SITE_EN}</h4>
			<p>{DISTRICT}</p>
		</div>
		<form class="navbar-form search-box" method="get" action="{self.b}/index.php/search">
			<input type="text" name="keyword" class="form-control input-sm" placeholder="ค้นหาข่าว...">
			<button type="submit" class="btn btn-sm btn-warning"><i class="fa fa-search"></i></button>
		</form>
	</div>
</div>
<nav class="navbar navbar-inverse navbar-main">
	<div class="container">
		<div class="navbar-header">
			<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#nav-main"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
		</div>
		<div class="collapse navbar-collapse" id="nav-main">
			<ul class="nav navbar-nav">
				<li><a href="/"><i class="fa fa-home"></i> หน้าหลัก</a></li>
				<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข้อมูลพื้นฐาน <b class="caret"></b></a><ul class="dropdown-menu">{pages}</ul></li>
				<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">บุคลากร <b class="caret"></b></a><ul class="dropdown-menu"><li><a href="/executive">คณะผู้บริหาร</a></li><li><a href="/executive/council">สมาชิกสภา อบต.</a></li><li><a href="/page/view/5">โครงสร้างส่วนราชการ</a></li></ul></li>
				<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข่าวสาร <b class="caret"></b></a><ul class="dropdown-menu"><li><a href="/news">ข่าวทั้งหมด</a></li>{news}<li><a href="/procurement">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/calendar">ปฏิทินกิจกรรม</a></li></ul></li>
				<li><a href="/gallery">ภาพกิจกรรม</a></li>
				<li><a href="/download">ดาวน์โหลด</a></li>
				<li><a href="/ita">ITA</a></li>
				<li><a href="/complaint">ร้องเรียน/ร้องทุกข์</a></li>
				<li><a href="/contact">ติดต่อเรา</a></li>
			</ul>
		</div>
	</div>
</nav>"""

    def sidebar(self) -> str:
        # The widget view writes its links by hand, without a leading slash: resolved against the page's path.
        latest = "\n".join(
            f'		<li><a href="news/view/{p.id}">{esc(p.title)}</a>{self.new_icon(p)} <small class="text-muted">({thai_slash(p.d)})</small></li>'
            for p in self.newest[:SIDEBAR_LATEST]
        )
        return f"""<div class="panel panel-primary side-box">
	<div class="panel-heading"><i class="fa fa-bullhorn"></i> ข่าวล่าสุด</div>
	<ul class="list-unstyled side-news">
{latest}
	</ul>
</div>
<div class="panel panel-primary side-box">
	<div class="panel-heading"><i class="fa fa-calendar"></i> ปฏิทินกิจกรรม</div>
	{self.month_table(TODAY.year, TODAY.month, mini=True)}
</div>
<div class="panel panel-primary side-box">
	<div class="panel-heading"><i class="fa fa-hand-o-right"></i> บริการประชาชน</div>
	<ul class="list-unstyled side-links">
		<li><a href="/download"><i class="fa fa-download"></i> ดาวน์โหลดแบบฟอร์ม</a></li>
		<li><a href="/complaint"><i class="fa fa-exclamation-circle"></i> ร้องเรียน/ร้องทุกข์</a></li>
		<li><a href="/contact"><i class="fa fa-envelope"></i> ติดต่อเรา</a></li>
		<li><a href="https://www.info.go.th/" target="_blank"><i class="fa fa-info-circle"></i> ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์</a></li>
	</ul>
</div>
<div class="side-banner">
	<a href="/ita"><img src="/assets/images/banner-ita.jpg" class="img-responsive" alt="ITA การประเมินคุณธรรมและความโปร่งใส"></a>
	<a href="https://www.dla.go.th/" target="_blank"><img src="/assets/images/banner-dla.jpg" class="img-responsive" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a>
	<a href="http://www.gprocurement.go.th/" target="_blank"><img src="/assets/images/banner-egp.jpg" class="img-responsive" alt="ระบบการจัดซื้อจัดจ้างภาครัฐ"></a>
	<a href="http://www.mahasarakhamlocal.go.th/" target="_blank"><img src="/assets/images/banner-local.jpg" class="img-responsive" alt="ท้องถิ่นจังหวัดมหาสารคาม"></a>
</div>
<div class="panel panel-default side-box">
	<div class="panel-heading"><i class="fa fa-bar-chart"></i> สถิติผู้เข้าชม</div>
	<table class="table table-condensed counter">
		<tr><td>วันนี้</td><td class="text-right">38</td></tr>
		<tr><td>เมื่อวาน</td><td class="text-right">112</td></tr>
		<tr><td>เดือนนี้</td><td class="text-right">804</td></tr>
		<tr><td>ทั้งหมด</td><td class="text-right">152,377</td></tr>
	</table>
</div>"""

    def footer(self) -> str:
        return f"""<footer class="footer">
	<div class="container">
		<div class="row">
			<div class="col-sm-8">
				<h4>{SITE}</h4>
				<p>{ADDRESS}<br>โทรศัพท์ {PHONE} &nbsp; โทรสาร {FAX}<br>อีเมล : <a href="mailto:{EMAIL}">{EMAIL}</a></p>
			</div>
			<div class="col-sm-4 text-right">
				<a href="{self.b}/index.php/news/rss"><img src="/assets/images/rss.gif" alt="RSS"> RSS ข่าวสาร</a><br>
				<a href="tel:043781290"><i class="fa fa-phone"></i> {PHONE}</a>
			</div>
		</div>
		<p class="copyright">Copyright &copy; 2565 {SITE} All rights reserved. | <a href="{self.b}/index.php/admin/login">ผู้ดูแลระบบ</a></p>
	</div>
</footer>"""

    def frame(self, path: str, title: str, main: str, og: dict[str, str] | None = None) -> str:
        head, side, foot = self.chrome()
        og_tags = ""
        if og:
            og_tags = "".join(
                f'\n<meta property="og:{k}" content="{attr(v)}">'
                for k, v in (
                    ("title", og["title"]),
                    ("type", "article"),
                    ("url", self.b + "/index.php" + path),  # current_url(): site_url(uri_string()), no query
                    ("image", self.b + og.get("image", "/assets/images/logo.jpg")),
                    ("description", og.get("description", SITE)),
                )
            )
        elapsed = f"0.{int(_md5(path)[:4], 16) % 900 + 80:04d}"
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="เว็บไซต์{SITE} {DISTRICT}">
<meta name="keywords" content="อบต.ดอนหว้าทอง,ดอนหว้าทอง,เชียงยืน,มหาสารคาม">{og_tags}
<link href="https://fonts.googleapis.com/css?family=Kanit:300,400|Sarabun&amp;subset=thai" rel="stylesheet">
<link rel="stylesheet" href="{self.b}/assets/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="{self.b}/assets/font-awesome/css/font-awesome.min.css">
<link rel="stylesheet" href="{self.b}/assets/fancybox/jquery.fancybox.min.css">
<link rel="stylesheet" href="{self.b}/assets/css/style.css?v=1.4.2">
<link rel="alternate" type="application/rss+xml" title="RSS ข่าวสาร {SITE_SHORT}" href="{self.b}/index.php/news/rss">
<script src="{self.b}/assets/js/jquery-1.11.3.min.js"></script>
</head>
<body>
{head}
<div class="container main-container">
	<div class="row">
		<div class="col-md-8 col-content">
{main}
		</div>
		<div class="col-md-4 col-sidebar">
{side}
		</div>
	</div>
</div>
{foot}
<p class="elapsed text-center small">หน้านี้ใช้เวลาโหลด {elapsed} วินาที</p>
<script src="{self.b}/assets/bootstrap/js/bootstrap.min.js"></script>
<script src="{self.b}/assets/fancybox/jquery.fancybox.min.js"></script>
<script>
function fontSize(n){{var s=n===0?16:parseInt($('body').css('font-size'))+n*2;$('body').css('font-size',s+'px');}}
</script>
</body>
</html>
"""

    @staticmethod
    def new_icon(p: _Post) -> str:
        return ' <img src="/assets/images/new.gif" alt="new">' if (TODAY - p.d) < timedelta(days=7) else ""

    # -- the CI Calendar library ----------------------------------------------------------
    def month_table(self, year: int, month: int, mini: bool = False) -> str:
        prev_y, prev_m = (year - 1, 12) if month == 1 else (year, month - 1)
        next_y, next_m = (year + 1, 1) if month == 12 else (year, month + 1)
        days = {e.d.day: e for e in EVENTS if e.d.year == year and e.d.month == month}
        rows = []
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(year, month):
            cells = []
            for day in week:
                if day == 0:
                    cells.append("<td>&nbsp;</td>")
                elif day in days:
                    cells.append(
                        f'<td class="has-event"><a href="{self.b}/index.php/calendar/event/{days[day].id}">{day}</a></td>'
                    )
                elif date(year, month, day) == TODAY:
                    cells.append(f'<td class="today">{day}</td>')
                else:
                    cells.append(f"<td>{day}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        size = " table-condensed mini-cal" if mini else ""
        return f"""<table class="table table-bordered calendar{size}">
<tr>
<th><a href="{self.b}{self.cal_path(prev_y, prev_m)}">&lt;&lt;</a></th>
<th colspan="5">{MONTHS[month - 1]}&nbsp;{year}</th>
<th><a href="{self.b}{self.cal_path(next_y, next_m)}">&gt;&gt;</a></th>
</tr>
<tr><td>อา</td><td>จ</td><td>อ</td><td>พ</td><td>พฤ</td><td>ศ</td><td>ส</td></tr>
{chr(10).join(rows)}
</table>"""

    def calendar_main(self, year: int, month: int) -> str:
        items = [e for e in EVENTS if e.d.year == year and e.d.month == month]
        rows = "\n".join(
            f'<li><a href="{self.b}/index.php/calendar/event/{e.id}">{esc(e.title)}</a> <small class="text-muted">{e.d.day} {MONTHS_ABBR[e.d.month - 1]} {e.d.year + 543} เวลา {e.start} - {e.end} น.</small></li>'
            for e in items
        )
        listing = f'<ul class="event-list">\n{rows}\n</ul>' if items else '<p class="text-muted">ไม่มีกิจกรรมในเดือนนี้</p>'
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">ปฏิทินกิจกรรม</li></ol>
<h3 class="page-header">ปฏิทินกิจกรรม</h3>
{self.month_table(year, month)}
<h4>กิจกรรมในเดือน{MONTHS[month - 1]} {year + 543}</h4>
{listing}"""

    def event_main(self, e: _Event) -> str:
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/calendar">ปฏิทินกิจกรรม</a></li><li class="active">รายละเอียดกิจกรรม</li></ol>
<div class="panel panel-default">
	<div class="panel-heading"><h3 class="panel-title">{esc(e.title)}</h3></div>
	<div class="panel-body">
		<p><i class="fa fa-calendar"></i> {_long_weekday(e.d)}</p>
		<p><i class="fa fa-clock-o"></i> เวลา {e.start} - {e.end} น.</p>
		<p><i class="fa fa-map-marker"></i> สถานที่ : {esc(e.place)}</p>
		<p>หมายเหตุ : {esc(e.detail)}</p>
		<a href="{self.b}{self.cal_path(e.d.year, e.d.month)}" class="btn btn-default btn-sm">&laquo; กลับไปที่ปฏิทิน</a>
	</div>
</div>"""

    # -- news -----------------------------------------------------------------------------
    def body(self, p: _Post) -> str:
        if p.poster:
            return f'<p><img alt="" src="{self.photo(p, 0)}" style="width:100%" /></p>'
        figures = dict(p.figures)
        fig_no = {k: n for n, k in enumerate(figures)}
        out: list[str] = []
        paras = list(p.paragraphs)
        if p.style == "br":
            out.append("<p>" + "<br />\r\n<br />\r\n".join(esc(x) for x in paras) + "</p>")
        else:
            for k, text in enumerate(paras):
                centred = p.centred and k >= len(paras) - p.centred
                if p.style == "notice":
                    out.append(
                        f'<p style="text-align:center">{esc(text)}</p>'
                        if centred
                        else f'<p style="text-align:justify">{"&nbsp;" * 14}{esc(text)}</p>'
                    )
                elif p.style == "span":
                    head, _, rest = text.partition(" ")
                    out.append(
                        f'<p style="text-align:justify"><span style="font-size:20px"><span style="font-family:TH SarabunPSK,sans-serif"><strong>{esc(head)}</strong> {esc(rest)}</span></span></p>'
                    )
                elif p.style == "div":
                    out.append(f"<div>{esc(text)}</div>\r\n<div>&nbsp;</div>")
                else:
                    out.append(f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{esc(text)}</p>")
                if k in figures:
                    out.append(
                        f'<figure class="image" style="display:inline-block"><img alt="" height="533" src="{self.figure_img(p, fig_no[k])}" width="800" />\r\n<figcaption>{esc(figures[k])}</figcaption></figure>'
                    )
        return "\r\n\r\n".join(out)

    def gallery(self, p: _Post) -> str:
        if not p.photos:
            return ""
        thumbs = "\n".join(
            f'<div class="col-xs-6 col-sm-4"><a href="{self.photo(p, k)}" data-fancybox="gallery"><img src="{self.photo(p, k, thumb=True)}" class="img-thumbnail" alt="{attr(p.title)}"></a></div>'
            for k in range(1, p.photos + 1)
        )
        return f"""<div class="news-gallery">
	<h4><i class="fa fa-picture-o"></i> ภาพประกอบ</h4>
	<div class="row">
{thumbs}
	</div>
</div>"""

    def attachments(self, p: _Post) -> str:
        if not p.files:
            return ""
        rows = "\n".join(
            f'<li><a href="{self.file(p, k)}" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i> {esc(name)}.pdf</a> <small class="text-muted">(ขนาด {(p.id * (k + 3)) % 900 + 95}.{k} KB)</small></li>'
            for k, name in enumerate(p.files, start=1)
        )
        return f"""<div class="news-files">
	<h4><i class="fa fa-paperclip"></i> เอกสารแนบ</h4>
	<ul class="list-unstyled">
{rows}
	</ul>
</div>"""

    def share(self, print_path: str | None) -> str:
        printer = (
            f' <a href="{print_path}" target="_blank" class="btn btn-default btn-xs"><i class="fa fa-print"></i> พิมพ์</a>'
            if print_path
            else ""
        )
        return f"""<div class="news-share">
	<a href="https://www.facebook.com/sharer/sharer.php?u={{current_url}}" class="btn btn-primary btn-xs" target="_blank" onclick="this.href=this.href.replace('{{current_url}}',encodeURIComponent(location.href))"><i class="fa fa-facebook"></i> แชร์</a>
	<a href="https://social-plugins.line.me/lineit/share?url={{current_url}}" class="btn btn-success btn-xs" target="_blank" onclick="this.href=this.href.replace('{{current_url}}',encodeURIComponent(location.href))">LINE</a>{printer}
</div>"""

    def detail_main(self, p: _Post) -> str:
        others = "\n".join(
            f'<li class="list-group-item"><a href="{self.b}{self.view(o)}">{esc(o.title)}</a> <small class="text-muted">({thai_slash(o.d)})</small></li>'
            for o in [o for o in self.by_cat[p.cat] if o.id != p.id][:OTHERS]
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="{self.b}/index.php/news/category/{p.cat}">{CATEGORIES[p.cat]}</a></li><li class="active">รายละเอียด</li></ol>
<div class="panel panel-default panel-news">
	<div class="panel-heading"><h2 class="panel-title news-title">{esc(p.title)}</h2></div>
	<div class="panel-body">
		<p class="news-info text-muted"><i class="fa fa-calendar"></i> วันที่ {thai_long(p.d)} เวลา {p.time} น. &nbsp;|&nbsp; <i class="fa fa-user"></i> โดย : {esc(p.author)} &nbsp;|&nbsp; <i class="fa fa-eye"></i> เปิดอ่าน {_views(p.id)} ครั้ง</p>
		<div class="news-detail">
{self.body(p)}
		</div>
{self.gallery(p)}
{self.attachments(p)}
{self.share(f"/news/print/{p.id}")}
	</div>
</div>
<div class="panel panel-default">
	<div class="panel-heading"><i class="fa fa-list"></i> ข่าวอื่นๆ ในหมวดเดียวกัน</div>
	<ul class="list-group">
{others}
	</ul>
	<div class="panel-footer text-right"><a href="{self.b}/index.php/news/category/{p.cat}">ดูทั้งหมด &raquo;</a></div>
</div>"""

    def print_page(self, p: _Post) -> Response:
        text = f"""{BOM}<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{esc(p.title)}</title>
<link rel="stylesheet" href="/assets/css/print.css">
</head>
<body onload="window.print()">
<div class="print-head"><img src="/assets/images/logo.jpg" alt="" width="60"> <b>{SITE}</b></div>
<h1>{esc(p.title)}</h1>
<p>วันที่ {thai_long(p.d)} เวลา {p.time} น. โดย : {esc(p.author)}</p>
<hr>
{self.body(p)}
<hr>
<p class="small">พิมพ์จาก {self.b}/index.php/news/view/{p.id}</p>
</body>
</html>
"""
        return Response(200, (("Content-Type", UTF8_HTML), *self.headers(f"/news/print/{p.id}")), text.encode("utf-8"))

    def excerpt(self, p: _Post) -> str:
        return _character_limiter(" ".join(p.paragraphs)) if p.paragraphs else ""

    def listing_main(self, cat: int | None, offset: int) -> str:
        posts = self.newest if cat is None else self.by_cat.get(cat, [])
        name = "ข่าวทั้งหมด" if cat is None else CATEGORIES.get(cat, "")
        base = f"{self.b}/index.php/news" if cat is None else f"{self.b}/index.php/news/category/{cat}"
        shown = posts[offset : offset + PER_PAGE]
        if not shown:
            items = '<div class="alert alert-warning">ไม่พบข้อมูล</div>'
        elif cat == C_NOTICE:
            rows = "\n".join(
                f'<tr><td class="text-center">{offset + k}</td><td><i class="fa fa-file-text-o"></i> <a href="{self.b}{self.view(p)}">{esc(p.title)}</a>{self.new_icon(p)}</td><td class="text-nowrap">{thai_slash(p.d)}</td><td class="text-center">{_views(p.id)}</td></tr>'
                for k, p in enumerate(shown, start=1)
            )
            items = f"""<table class="table table-striped table-hover">
<thead><tr><th class="text-center">ลำดับ</th><th>เรื่อง</th><th>วันที่</th><th class="text-center">อ่าน</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""
        else:
            items = "\n".join(
                f"""<div class="media news-list">
	<div class="media-left"><a href="{self.b}{self.view(p)}"><img class="media-object" src="{self.cover(p)}" alt="{attr(p.title)}" width="160"></a></div>
	<div class="media-body">
		<h4 class="media-heading"><a href="{self.b}{self.view(p)}">{esc(p.title)}</a>{self.new_icon(p)}</h4>
		<p class="text-muted small"><i class="fa fa-clock-o"></i> {_abbr2(p.d)} &nbsp; <i class="fa fa-eye"></i> {_views(p.id)} &nbsp; <i class="fa fa-folder-o"></i> {CATEGORIES[p.cat]}</p>
		<p>{esc(self.excerpt(p)).replace("&amp;#8230;", "&#8230;")}</p>
		<a href="{self.b}{self.view(p)}" class="btn btn-default btn-xs">อ่านต่อ &raquo;</a>
	</div>
</div>"""
                for p in shown
            )
        crumb = "" if cat is None else f'<li><a href="{self.b}/index.php/news">ข่าวสาร</a></li>'
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li>{crumb}<li class="active">{name}</li></ol>
<h3 class="page-header">{name} <small>ทั้งหมด {len(posts)} รายการ</small></h3>
{items}
<nav class="text-center">
{_ci_pager(base, len(posts), offset, PER_PAGE)}
</nav>"""

    def soft_404(self, what: str = "ข่าว") -> str:
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">รายละเอียด</li></ol>
<div class="panel panel-default panel-news">
	<div class="panel-heading"><h2 class="panel-title news-title">&nbsp;</h2></div>
	<div class="panel-body">
		<div class="alert alert-warning"><i class="fa fa-exclamation-triangle"></i> ไม่พบข้อมูล{what}ที่ท่านต้องการ อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว</div>
		<a href="javascript:history.back()" class="btn btn-default btn-sm">&laquo; ย้อนกลับ</a>
	</div>
</div>"""

    def rss(self) -> Response:
        items = "\n".join(
            f"""<item>
<title>{esc(p.title)}</title>
<link>{self.b}{self.view(p)}</link>
<guid>{self.b}{self.view(p)}</guid>
<pubDate>{_EN_DAY[p.dt.weekday()]}, {p.dt.day:02d} {_EN_MON[p.dt.month - 1]} {p.dt.year} {p.time}:00 +0700</pubDate>
<description><![CDATA[{_character_limiter(" ".join(p.paragraphs), 150, "...")}]]></description>
</item>"""
            for p in self.newest[:RSS_ITEMS]
        )
        text = f"""{BOM}<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>ข่าวสาร {SITE}</title>
<link>{self.b}/</link>
<description>ข่าวประชาสัมพันธ์ ข่าวกิจกรรม และประกาศ {SITE}</description>
<language>th</language>
{items}
</channel>
</rss>
"""
        return Response(
            200, (("Content-Type", "text/xml; charset=utf-8"), *self.headers("/news/rss")), text.encode("utf-8")
        )

    # -- standing pages ----------------------------------------------------------------------
    def standing_main(self, pg: _Page) -> str:
        updated = datetime.fromisoformat(pg.updated)
        paras = "\r\n".join(f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{esc(x)}</p>" for x in pg.paragraphs)
        image = (
            f'\r\n<p style="text-align:center"><img alt="" src="/uploads/editor/images/page{pg.id}/{_md5(f"page-{pg.id}")[:16]}.jpg" style="width:100%" /></p>'
            if pg.image
            else ""
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">{esc(pg.title)}</li></ol>
<div class="panel panel-default panel-news">
	<div class="panel-heading"><h2 class="panel-title news-title">{esc(pg.title)}</h2></div>
	<div class="panel-body">
		<p class="news-info text-muted"><i class="fa fa-calendar"></i> ปรับปรุงล่าสุด {thai_long(updated.date())} เวลา {updated:%H:%M} น. &nbsp;|&nbsp; <i class="fa fa-user"></i> โดย : admin &nbsp;|&nbsp; <i class="fa fa-eye"></i> เปิดอ่าน {_views(pg.id * 101) + 1000:,} ครั้ง</p>
		<div class="news-detail">
{paras}{image}
		</div>
{self.share(None)}
	</div>
</div>"""

    def executive_main(self) -> str:
        cards = "\n".join(
            f'<div class="col-sm-{12 if k == 0 else 6} text-center person"><img src="/uploads/personnel/{_md5(f"exec-{k}")}.jpg" class="img-thumbnail" alt="{attr(name)}" width="180"><h4>{esc(name)}</h4><p>{esc(pos)}</p></div>'
            for k, (name, pos) in enumerate(EXECUTIVES)
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">คณะผู้บริหาร</li></ol>
<h3 class="page-header">คณะผู้บริหาร</h3>
<div class="row">
{cards}
</div>"""

    def council_main(self) -> str:
        rows = "\n".join(
            f"<tr><td>{k}</td><td>{esc(n)}</td><td>{esc(pos)}</td></tr>" for k, (n, pos) in enumerate(COUNCIL, start=1)
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/executive">บุคลากร</a></li><li class="active">สมาชิกสภา อบต.</li></ol>
<h3 class="page-header">สมาชิกสภาองค์การบริหารส่วนตำบลดอนหว้าทอง</h3>
<table class="table table-bordered">
<thead><tr><th>ลำดับ</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""

    def contact_main(self) -> str:
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">ติดต่อเรา</li></ol>
<h3 class="page-header">ติดต่อเรา</h3>
<p><b>{SITE}</b><br>{ADDRESS}</p>
<p><i class="fa fa-phone"></i> <a href="tel:043781290">{PHONE}</a> &nbsp; <i class="fa fa-fax"></i> {FAX}<br><i class="fa fa-envelope"></i> <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>เปิดให้บริการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>
<div class="embed-responsive embed-responsive-4by3"><iframe class="embed-responsive-item" src="https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d3826.1!2d103.17!3d16.31!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" allowfullscreen></iframe></div>
<h4>ส่งข้อความถึง อบต.</h4>
<form method="post" action="{self.b}/index.php/contact/send">
	<input type="hidden" name="csrf_test_name" value="{_md5("csrf-contact")}">
	<div class="form-group"><label>ชื่อ - สกุล</label><input type="text" name="name" class="form-control"></div>
	<div class="form-group"><label>อีเมล</label><input type="email" name="email" class="form-control"></div>
	<div class="form-group"><label>ข้อความ</label><textarea name="message" rows="4" class="form-control"></textarea></div>
	<button type="submit" class="btn btn-primary">ส่งข้อความ</button>
</form>"""

    def complaint_main(self) -> str:
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">ร้องเรียน/ร้องทุกข์</li></ol>
<h3 class="page-header">แจ้งเรื่องร้องเรียน/ร้องทุกข์ และการทุจริตประพฤติมิชอบ</h3>
<p>ท่านสามารถแจ้งเรื่องร้องเรียนผ่านแบบฟอร์มนี้ ทางโทรศัพท์ {PHONE} หรือด้วยตนเองที่ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัด อบต.ดอนหว้าทอง ข้อมูลของผู้ร้องเรียนจะถูกเก็บรักษาเป็นความลับ</p>
<form method="post" action="{self.b}/index.php/complaint/save" enctype="multipart/form-data">
	<input type="hidden" name="csrf_test_name" value="{_md5("csrf-complaint")}">
	<div class="form-group"><label>ประเภทเรื่อง</label><select name="type" class="form-control"><option value="1">เรื่องร้องเรียนทั่วไป</option><option value="2">ร้องเรียนการทุจริตและประพฤติมิชอบ</option></select></div>
	<div class="form-group"><label>ชื่อผู้ร้องเรียน</label><input type="text" name="name" class="form-control"></div>
	<div class="form-group"><label>เบอร์โทรศัพท์</label><input type="text" name="phone" class="form-control"></div>
	<div class="form-group"><label>รายละเอียด</label><textarea name="detail" rows="5" class="form-control"></textarea></div>
	<div class="form-group"><label>ไฟล์แนบ</label><input type="file" name="userfile"></div>
	<button type="submit" class="btn btn-danger">ส่งเรื่อง</button>
</form>"""

    def download_main(self) -> str:
        rows = "\n".join(
            f'<tr><td class="text-center">{k}</td><td>{esc(name)}</td><td class="text-center"><a href="{self.b}/index.php/download/file/{fid}"><i class="fa fa-download"></i> ดาวน์โหลด</a></td><td class="text-center">{(fid * 37) % 300 + 12}</td></tr>'
            for k, (fid, name) in enumerate(DOWNLOADS, start=1)
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">ดาวน์โหลดเอกสาร</li></ol>
<h3 class="page-header">ดาวน์โหลดแบบฟอร์ม</h3>
<table class="table table-bordered table-striped">
<thead><tr><th class="text-center">ลำดับ</th><th>ชื่อเอกสาร</th><th class="text-center">ไฟล์</th><th class="text-center">ดาวน์โหลด (ครั้ง)</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""

    def procurement_main(self, offset: int) -> str:
        rows_all = sorted(PROCUREMENT, key=lambda r: r[1], reverse=True)
        shown = rows_all[offset : offset + PROCURE_PER_PAGE]
        rows = "\n".join(
            f'<tr><td class="text-nowrap">{thai_slash(date.fromisoformat(day))}</td><td>{esc(title)}</td><td class="text-center"><a href="{self.procure_file(rid)}" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></td><td class="text-center"><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;projectId=6{rid:04d}{_md5(str(rid))[:6]}" target="_blank">e-GP</a></td></tr>'
            for rid, day, title in shown
        )
        if not shown:
            rows = '<tr><td colspan="4" class="text-center">ไม่พบข้อมูล</td></tr>'
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">ประกาศจัดซื้อจัดจ้าง</li></ol>
<h3 class="page-header">ประกาศจัดซื้อจัดจ้าง</h3>
<table class="table table-bordered table-hover">
<thead><tr><th>วันที่</th><th>เรื่อง</th><th class="text-center">ไฟล์</th><th class="text-center">ระบบ e-GP</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<nav class="text-center">
{_ci_pager(f"{self.b}/index.php/procurement", len(rows_all), offset, PROCURE_PER_PAGE)}
</nav>"""

    def gallery_main(self) -> str:
        cards = "\n".join(
            f'<div class="col-xs-6 col-sm-4 album"><a href="{self.b}/index.php/gallery/album/{a.id}"><img src="{self.album_photo(a, 1, thumb=True)}" class="img-responsive img-thumbnail" alt="{attr(a.title)}"></a><h5><a href="{self.b}/index.php/gallery/album/{a.id}">{esc(a.title)}</a></h5><p class="small text-muted">{_abbr2(a.d)} | {a.photos} ภาพ</p></div>'
            for a in sorted(ALBUMS, key=lambda a: a.date, reverse=True)
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">ภาพกิจกรรม</li></ol>
<h3 class="page-header">ภาพกิจกรรม</h3>
<div class="row">
{cards}
</div>"""

    def album_main(self, a: _Album) -> str:
        photos = "\n".join(
            f'<div class="col-xs-6 col-sm-3"><a href="{self.album_photo(a, k)}" data-fancybox="album" data-caption="{attr(a.title)} ({k})"><img src="{self.album_photo(a, k, thumb=True)}" class="img-thumbnail" alt="{attr(a.title)}"></a></div>'
            for k in range(1, a.photos + 1)
        )
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/gallery">ภาพกิจกรรม</a></li><li class="active">{esc(a.title)}</li></ol>
<h3 class="page-header">{esc(a.title)}</h3>
<p class="text-muted"><i class="fa fa-calendar"></i> {thai_long(a.d)} &nbsp; <i class="fa fa-picture-o"></i> {a.photos} ภาพ</p>
<p>{esc(a.line)}</p>
<div class="row album-photos">
{photos}
</div>"""

    def ita_main(self, year: int) -> str:
        rows = []
        for code, item, href in ITA[year]:
            target = href if href is not None else self.ita_file(year, code)
            if target.startswith("/index.php/"):
                target = self.b + target
            blank = ' target="_blank"' if href is None or target.startswith("https://") else ""
            rows.append(
                f'<tr><td class="text-center"><b>{code}</b></td><td>{esc(item)}</td><td class="text-center"><a href="{target}"{blank}><i class="fa fa-link"></i> เปิด</a></td></tr>'
            )
        active = ' class="active"'
        tabs = " ".join(
            f'<li{active if y == year else ""}><a href="{self.b}/index.php/ita/index/{y}">ปี {y}</a></li>'
            for y in sorted(ITA, reverse=True)
        )
        body = "\n".join(rows)
        return f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">ITA</li></ol>
<h3 class="page-header">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี {year}</h3>
<ul class="nav nav-tabs">{tabs}</ul>
<table class="table table-bordered table-striped">
<thead><tr><th class="text-center">ข้อ</th><th>รายการ</th><th class="text-center">ลิงก์</th></tr></thead>
<tbody>
{body}
</tbody>
</table>"""

    def home_main(self) -> str:
        slides = "\n".join(
            f'<div class="item{" active" if k == 0 else ""}"><a href="/news/view/{p.id}"><img src="{self.cover(p).replace("_thumb", "")}" alt="{attr(p.title)}"></a><div class="carousel-caption"><h4>{esc(p.title)}</h4></div></div>'
            for k, p in enumerate(self.by_cat[C_ACTIVITY][:3])
        )
        pr = "\n".join(
            f'<li><i class="fa fa-caret-right"></i> <a href="/news/view/{p.id}">{esc(p.title)}</a>{self.new_icon(p)} <small class="text-muted">[{_abbr2(p.d)}]</small></li>'
            for p in self.by_cat[C_PR][:5]
        )
        acts = "\n".join(
            f'<div class="col-xs-6 col-sm-3 act"><a href="/news/view/{p.id}"><img src="{self.cover(p)}" class="img-responsive img-thumbnail" alt="{attr(p.title)}"></a><p><a href="/news/view/{p.id}">{esc(p.title)}</a></p><p class="small text-muted">{_abbr2(p.d)}</p></div>'
            for p in self.by_cat[C_ACTIVITY][:4]
        )
        notices = "\n".join(
            f'<li><i class="fa fa-file-text-o"></i> <a href="/news/view/{p.id}">{esc(p.title)}</a> <small class="text-muted">[{_abbr2(p.d)}]</small></li>'
            for p in self.by_cat[C_NOTICE][:5]
        )
        procure = "\n".join(
            f'<li><i class="fa fa-file-pdf-o text-danger"></i> <a href="{self.procure_file(rid)}" target="_blank">{esc(title)}</a> <small class="text-muted">[{_abbr2(date.fromisoformat(day))}]</small></li>'
            for rid, day, title in sorted(PROCUREMENT, key=lambda r: r[1], reverse=True)[:5]
        )
        albums = "\n".join(
            f'<div class="col-xs-6 col-sm-3"><a href="/gallery/album/{a.id}"><img src="{self.album_photo(a, 1, thumb=True)}" class="img-responsive img-thumbnail" alt="{attr(a.title)}"><span class="small">{esc(a.title)}</span></a></div>'
            for a in sorted(ALBUMS, key=lambda a: a.date, reverse=True)[:4]
        )
        return f"""<div id="slide-home" class="carousel slide" data-ride="carousel">
	<div class="carousel-inner">
{slides}
	</div>
	<a class="left carousel-control" href="#slide-home" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
	<a class="right carousel-control" href="#slide-home" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
<div class="home-box">
	<h3 class="home-title"><i class="fa fa-bullhorn"></i> ข่าวประชาสัมพันธ์ <a href="/news/category/{C_PR}" class="pull-right small">ดูทั้งหมด</a></h3>
	<ul class="list-unstyled home-list">
{pr}
	</ul>
</div>
<div class="home-box">
	<h3 class="home-title"><i class="fa fa-camera"></i> ข่าวกิจกรรม <a href="/news/category/{C_ACTIVITY}" class="pull-right small">ดูทั้งหมด</a></h3>
	<div class="row">
{acts}
	</div>
</div>
<div class="row">
	<div class="col-sm-6 home-box">
		<h3 class="home-title"><i class="fa fa-file-text"></i> ประกาศ อบต. <a href="/news/category/{C_NOTICE}" class="pull-right small">ดูทั้งหมด</a></h3>
		<ul class="list-unstyled home-list">
{notices}
		</ul>
	</div>
	<div class="col-sm-6 home-box">
		<h3 class="home-title"><i class="fa fa-shopping-cart"></i> จัดซื้อจัดจ้าง <a href="/procurement" class="pull-right small">ดูทั้งหมด</a></h3>
		<ul class="list-unstyled home-list">
{procure}
		</ul>
	</div>
</div>
<div class="home-box">
	<h3 class="home-title"><i class="fa fa-picture-o"></i> ภาพกิจกรรม <a href="/gallery" class="pull-right small">ดูทั้งหมด</a></h3>
	<div class="row">
{albums}
	</div>
</div>
<div class="home-box">
	<h3 class="home-title"><i class="fa fa-youtube-play"></i> วีดิทัศน์แนะนำ อบต.</h3>
	<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/Hk4xR7m2WqE" allowfullscreen></iframe></div>
</div>"""

    def ci_404(self) -> Response:
        return Response(
            404,
            (("Content-Type", UTF8_HTML), ("X-Powered-By", "PHP/7.2.24-0ubuntu0.18.04.17")),
            b'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>404 Page Not Found</title>\n<style type="text/css">\n#container { margin: 10px; border: 1px solid #D0D0D0; }\n</style>\n</head>\n<body>\n\t<div id="container">\n\t\t<h1>404 Page Not Found</h1>\n\t\t<p>The page you requested was not found.</p>\t</div>\n</body>\n</html>',
        )

    # -- registration ------------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        self.media()
        site.add(
            "/robots.txt",
            Response(
                200,
                (("Content-Type", "text/plain"),),
                b"User-agent: *\nDisallow: /admin/\nDisallow: /index.php/admin/\nDisallow: /search\nDisallow: /index.php/search\nDisallow: /application/\nDisallow: /system/\n",
            ),
        )
        home = self.page("/", SITE, self.home_main())
        site.add("/", home)
        site.add("/index.php", home)
        self.non_articles += [b + "/", b + "/index.php"]
        # posts: /news/view/N (served with and without /index.php) and the print view
        for p in POSTS:
            og = {
                "title": p.title,
                "image": self.cover(p).replace("_thumb", ""),
                "description": self.excerpt(p)[:150] or p.title,
            }
            site.add(
                f"/news/view/{p.id}",
                self.page(f"/news/view/{p.id}", f"{p.title} | {SITE_SHORT}", self.detail_main(p), og),
            )
            site.add(f"/news/print/{p.id}", self.print_page(p))
            urls = (b + self.view(p), b + self.view(p, index=False), f"{b}/news/print/{p.id}")
            if not p.gold:
                self.non_articles += urls
                continue
            site.articles.append(
                FixtureArticle(
                    url=urls[0],
                    aliases=urls[1:],
                    title=p.title,
                    paragraphs=p.paragraphs,
                    published=p.date,
                    author=p.author,
                    captions=tuple(caption for _k, caption in p.figures),
                )
            )
        site.articles.sort(key=lambda a: a.published)
        site.add("/news/rss", self.rss())
        # listings: /news and /news/category/C; the pager writes /index.php/...?per_page=<offset>
        for cat in (None, *CATEGORIES):
            path = "/news" if cat is None else f"/news/category/{cat}"
            posts = self.newest if cat is None else self.by_cat[cat]
            name = "ข่าวทั้งหมด" if cat is None else CATEGORIES[cat]
            self.add_page(path, f"{name} | {SITE_SHORT}", self.listing_main(cat, 0), links=(path, "/index.php" + path))
            for offset in range(PER_PAGE, len(posts), PER_PAGE):
                target = f"{path}?per_page={offset}"
                self.add_page(
                    target, f"{name} | {SITE_SHORT}", self.listing_main(cat, offset), links=("/index.php" + target,)
                )
        # standing pages (menu: /page/view/N; the ITA table: /index.php/page/view/N)
        ita_links = {href for rows in ITA.values() for _c, _i, href in rows if href}
        for pg in PAGES:
            path = f"/page/view/{pg.id}"
            links = (path, "/index.php" + path) if "/index.php" + path in ita_links else (path,)
            self.add_page(path, f"{pg.title} | {SITE_SHORT}", self.standing_main(pg), links=links)
        self.add_page("/executive", f"คณะผู้บริหาร | {SITE_SHORT}", self.executive_main())
        self.add_page("/executive/council", f"สมาชิกสภา อบต. | {SITE_SHORT}", self.council_main())
        self.add_page("/contact", f"ติดต่อเรา | {SITE_SHORT}", self.contact_main())
        self.add_page("/complaint", f"ร้องเรียน/ร้องทุกข์ | {SITE_SHORT}", self.complaint_main())
        self.add_page("/download", f"ดาวน์โหลด | {SITE_SHORT}", self.download_main())
        for fid, _name in DOWNLOADS:
            site.add(f"/download/file/{fid}", redirect(b + self.download_file(fid), status=302))
        self.add_page(
            "/procurement",
            f"ประกาศจัดซื้อจัดจ้าง | {SITE_SHORT}",
            self.procurement_main(0),
            links=("/procurement", "/index.php/procurement"),
        )
        for offset in range(PROCURE_PER_PAGE, len(PROCUREMENT), PROCURE_PER_PAGE):
            target = f"/procurement?per_page={offset}"
            self.add_page(
                target, f"ประกาศจัดซื้อจัดจ้าง | {SITE_SHORT}", self.procurement_main(offset), links=("/index.php" + target,)
            )
        self.add_page("/gallery", f"ภาพกิจกรรม | {SITE_SHORT}", self.gallery_main())
        home_albums = {a.id for a in sorted(ALBUMS, key=lambda a: a.date, reverse=True)[:4]}
        for a in ALBUMS:
            path = f"/gallery/album/{a.id}"
            links = ("/index.php" + path, path) if a.id in home_albums else ("/index.php" + path,)
            self.add_page(path, f"{a.title} | {SITE_SHORT}", self.album_main(a), links=links)
        self.add_page("/ita", f"ITA | {SITE_SHORT}", self.ita_main(ITA_YEAR))
        for year in ITA:
            path = f"/ita/index/{year}"
            self.add_page(path, f"ITA {year} | {SITE_SHORT}", self.ita_main(year), links=("/index.php" + path,))
        self.add_page("/calendar", f"ปฏิทินกิจกรรม | {SITE_SHORT}", self.calendar_main(TODAY.year, TODAY.month))
        for e in EVENTS:
            path = f"/calendar/event/{e.id}"
            self.add_page(path, f"{e.title} | {SITE_SHORT}", self.event_main(e), links=("/index.php" + path,))
        site.add(
            "/admin/login",
            Response(
                200,
                (("Content-Type", UTF8_HTML), *self.headers("/admin/login")),
                (
                    BOM
                    + f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>เข้าสู่ระบบ</title></head><body><form method="post" action="/index.php/admin/login/check"><input name="username"><input type="password" name="password"><button>เข้าสู่ระบบ</button></form><p>{SITE}</p></body></html>\n'
                ).encode(),
            ),
        )
        # made on request: the soft-404 of a deleted post and one page of the relative-link loop
        self.non_articles.append(f"{b}/index.php/news/view/{DELETED_ID}")
        self.non_articles.append(f"{b}/news/view/news/view/{self.newest[0].id}")
        # from /executive/council the sidebar's relative links name a method the controller lacks: CI's 404
        site.broken_links += [f"{b}/executive/news/view/{p.id}" for p in self.newest[:SIDEBAR_LATEST]]
        site.non_articles = self.non_articles
        site.trap_patterns = [
            r"^(?:/index\.php)?/calendar/index/\d+/\d+",
            LOOP.pattern,
        ]
        site.dynamic = self.dynamic
        site.not_found = self.ci_404()

    def media(self) -> None:
        site = self.site
        for p in POSTS:
            if p.poster:
                add_jpeg(site, self.photo(p, 0), 1080, 1350, p.dt)
                add_jpeg(site, self.photo(p, 0, thumb=True), 240, 300, p.dt)
            for k in range(1, p.photos + 1):
                add_jpeg(site, self.photo(p, k), 1024, 683, p.dt)
                add_jpeg(site, self.photo(p, k, thumb=True), 240, 160, p.dt)
            for k in range(len(p.figures)):
                add_jpeg(site, self.figure_img(p, k), 800, 533, p.dt)
            for k, name in enumerate(p.files, start=1):
                add_pdf(
                    site,
                    self.file(p, k),
                    f"Don Wa Thong SAO: document {p.id}-{k}",
                    [f"Attachment of post {p.id}", f"Dated {p.date}", f"{len(name)} characters in the Thai name"],
                    p.dt,
                )
        for pg in PAGES:
            if pg.image:
                add_jpeg(
                    site, f"/uploads/editor/images/page{pg.id}/{_md5(f'page-{pg.id}')[:16]}.jpg", 1200, 800, SITE_LAUNCH
                )
        for a in ALBUMS:
            modified = local_dt(a.date, "17:00")
            for k in range(1, a.photos + 1):
                add_jpeg(site, self.album_photo(a, k), 1024, 683, modified)
                add_jpeg(site, self.album_photo(a, k, thumb=True), 240, 160, modified)
        for rid, day, _title in PROCUREMENT:
            add_pdf(
                site,
                self.procure_file(rid),
                f"Procurement announcement {rid}",
                [f"Dated {day}"],
                local_dt(day, "10:00"),
            )
        for fid, _name in DOWNLOADS:
            add_pdf(
                site,
                self.download_file(fid),
                f"Form {fid}",
                ["Don Wa Thong Subdistrict Administrative Organization"],
                SITE_LAUNCH,
            )
        for year, rows in ITA.items():
            for code, _item, href in rows:
                if href is None:
                    add_pdf(
                        site,
                        self.ita_file(year, code),
                        f"ITA {year} {code}",
                        ["Open data for the Integrity and Transparency Assessment"],
                        SITE_LAUNCH,
                    )
        for k in range(len(EXECUTIVES)):
            add_jpeg(site, f"/uploads/personnel/{_md5(f'exec-{k}')}.jpg", 300, 400, SITE_LAUNCH)
        for name, w, h in (
            ("logo", 150, 150),
            ("no-image", 320, 213),
            ("banner-ita", 300, 90),
            ("banner-dla", 300, 90),
            ("banner-egp", 300, 90),
            ("banner-local", 300, 90),
        ):
            add_jpeg(site, f"/assets/images/{name}.jpg", w, h, SITE_LAUNCH)
        add_gif(site, "/assets/images/new.gif", SITE_LAUNCH)
        add_gif(site, "/assets/images/rss.gif", SITE_LAUNCH)
        for path, ctype in (
            ("/assets/bootstrap/css/bootstrap.min.css", "text/css"),
            ("/assets/font-awesome/css/font-awesome.min.css", "text/css"),
            ("/assets/fancybox/jquery.fancybox.min.css", "text/css"),
            ("/assets/css/style.css?v=1.4.2", "text/css"),
            ("/assets/css/print.css", "text/css"),
            ("/assets/js/jquery-1.11.3.min.js", "application/javascript"),
            ("/assets/bootstrap/js/bootstrap.min.js", "application/javascript"),
            ("/assets/fancybox/jquery.fancybox.min.js", "application/javascript"),
        ):
            add_text(site, path, "/* minified */\n", ctype)

    # -- made on request ------------------------------------------------------------------------
    def dynamic(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = unquote(parts.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if path.startswith("/index.php/"):  # CI serves every route with and without the front controller
            rest = path[len("/index.php") :]
            return self.site.route(rest + (f"?{parts.query}" if parts.query else ""))
        if path != "/" and path.endswith("/"):  # CI ignores a trailing slash
            return self.site.route(path.rstrip("/") + (f"?{parts.query}" if parts.query else ""))
        if path.startswith("/admin") or path.startswith("/uploads/") or path.startswith("/assets/"):
            return None
        if LOOP.match(path):
            return self.page(path, f"ไม่พบข้อมูล | {SITE_SHORT}", self.soft_404())
        m = re.fullmatch(r"/calendar/index/(\d{4})/(\d{1,2})", path)
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            if 1 <= month <= 12:
                return self.page(path, f"ปฏิทินกิจกรรม | {SITE_SHORT}", self.calendar_main(year, month))
            return None
        m = re.fullmatch(r"/news(?:/category/([^/]+))?", path)
        if m:  # any offset (CI casts per_page to int); an unknown category lists nothing
            raw = query.get("per_page", "0")
            offset = int(raw) if raw.isdigit() else 0
            cat = None if m.group(1) is None else (int(m.group(1)) if m.group(1).isdigit() else 0)
            name = "ข่าวทั้งหมด" if cat is None else CATEGORIES.get(cat, "")
            return self.page(path, f"{name} | {SITE_SHORT}", self.listing_main(cat, offset))
        if path == "/procurement":
            raw = query.get("per_page", "0")
            return self.page(
                path, f"ประกาศจัดซื้อจัดจ้าง | {SITE_SHORT}", self.procurement_main(int(raw) if raw.isdigit() else 0)
            )
        m = re.fullmatch(r"/(news/view|news/print|page/view|gallery/album|calendar/event)/([^/]+)(/.*)?", path)
        if m:
            route, key, extra = m.group(1), m.group(2), m.group(3)
            here = f"/{route}/{key}"
            if extra and self.site.has(here):  # extra segments are unused controller arguments
                return self.site.route(here)
            what = {
                "news/view": "ข่าว",
                "news/print": "ข่าว",
                "page/view": "หน้า",
                "gallery/album": "อัลบั้ม",
                "calendar/event": "กิจกรรม",
            }[route]
            return self.page(path, f"ไม่พบข้อมูล | {SITE_SHORT}", self.soft_404(what))
        if parts.query and self.site.has(path):  # other controllers ignore the query string
            return self.site.route(path)
        return None

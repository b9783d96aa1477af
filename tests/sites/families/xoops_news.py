# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""xoops_news: a เทศบาลตำบล site on XOOPS 2.5 with the News, newbb, myalbum, mydownloads, tinycontent and piCal modules.

CMS imitated: XOOPS 2.5.x (Thai language pack, TIS-620) the way Thai agencies set it up around 2010 and
kept running: the XOOPS 2.5 "default"-derived theme (``xo-*`` div ids, left and right block columns,
``xo-blocktitle``/``xo-blockcontent``), News 1.6x for the stories (``itemHead``/``itemInfo``/``itemBody``
item template, no heading element around the title), the XOOPS comment system under stories, newbb for a
citizens' webboard, myalbum for photos, mydownloads for PDF forms, tinycontent for standing pages and piCal
for the event calendar.  The search corpus holds no XOOPS ``.go.th`` page to copy; the shapes follow the
modules' own scripts (``article.php``/``print.php``/``makepdf.php``/``ratenews.php``/``archive.php``/
``topics_directory.php``, ``comment_*`` parameters ``com_mode``/``com_order``/``com_id``/``com_rootid``,
newbb ``viewforum.php``/``viewtopic.php``, myalbum ``viewcat.php``/``photo.php``, mydownloads
``viewcat.php``/``singlefile.php``/``visit.php``, piCal ``index.php?smode=...&caldate=Y-M-D``).

เทศบาลตำบลท่าโพธิ์งาม (fictional), อำเภอวังสำราญ จังหวัดศรีนครินทร์ (a fictional province).  Apache/2.2.22 +
PHP/5.3.10.  Pages are TIS-620 bytes; the theme pages' HTTP header says only ``Content-Type: text/html``
(the charset is only in ``<meta http-equiv="content-type" content="text/html; charset=tis-620" />``); the
printer view says ``charset=TIS-620`` in the header; ``/backend.php`` is UTF-8 RSS 2.0 (XOOPS converts it).
Characters TIS-620 lacks come out as numeric character references.  TODAY is 2024-06-14.

URL shapes (blocks write absolute ``XOOPS_URL`` links, module templates relative ones, ``&amp;`` in hrefs)
* ``/`` = ``/index.php``: no start module, so the home page shows centre blocks: a welcome text, "ข่าวประชา
  สัมพันธ์" (the newest story with a 120-character teaser, then 5 more titles), "ภาพกิจกรรมล่าสุด" (myalbum,
  4 photos), "กระทู้ล่าสุด" (newbb, 5 threads).
* stories ``/modules/news/article.php?storyid=N`` (gold url).  Aliases: the printer view
  ``/modules/news/print.php?storyid=N`` (``noindex,nofollow``, title in ``<h2>``, date in the long form);
  for the four stories with reader comments ``article.php?storyid=N&com_mode=flat&com_order=0`` (the
  "N ความเห็น" link of the listings) and ``article.php?storyid=N&com_id=C&com_rootid=R&com_mode=thread&com_order=0``
  (one per comment: "ความเห็นล่าสุด" block on every page and the comment tree).  Any other
  ``com_mode``/``com_order`` combination is answered too (dynamic) but linked nowhere.
  ``makepdf.php?storyid=N`` answers a PDF; ``ratenews.php?storyid=N`` is a rating form (non-article);
  ``visit.php?fileid=N`` 302s to an attachment under ``/uploads/news/attached/``.
* story page: ``<span class="itemTitle">`` title (the only heading-like markup; ``<title>`` is
  "site - title - topic - ข่าวประชาสัมพันธ์"), ``ส่งโดย <a href="/userinfo.php?uid=2">pr_thaphongam</a> เมื่อ
  12/3/2567 10:15 (อ่าน 812 ครั้ง)`` (day/month/Buddhist year, NO zero padding), topic image floated right,
  hometext + bodytext in one of three editor styles (DHTML textarea ``&nbsp;`` lines cut by ``<br /><br />``;
  TinyMCE ``<p style="text-align: justify;">``; Word paste ``MsoNormal`` with each paragraph split over two
  spans), captioned images (``<em><span style="font-size: x-small;">caption</span></em>`` under the image
  inside a centred ``<p>``, or ``<font size="2">`` under it in a centred ``<div>``), thumbnail rows without
  captions, "ไฟล์แนบ" attachments, print/mail/PDF icons, a rating line, "เรื่องก่อนหน้า"/"เรื่องถัดไป" (over
  every story in publication order, ``title`` attribute = the other story's title), "ข่าวอื่นๆ ในหัวข้อเดียวกัน"
  (5 other titles + dates), then the comment bar (a GET form of ``com_mode``/``com_order`` selects), the
  comments (nested mode: title, poster, date, text) and an inline comment form.
* listings: module home ``/modules/news/`` = ``/modules/news/index.php``: the 5 newest stories (hometext,
  "อ่านต่อ... | 812 ไบต์เพิ่มเติม", long date "วันอังคารที่ 12 มีนาคม 2567 10:15"), NO pager (links "คลังข่าว");
  topics ``index.php?storytopic=T`` (1 ข่าวประชาสัมพันธ์ 6 stories, 2 ข่าวกิจกรรม 7, 3 ประกาศเทศบาล 5,
  4 สาธารณสุขและสิ่งแวดล้อม 4), 5 a page, XoopsPageNav "(1) 2 หน้าถัดไป &raquo;" with ``&start=5`` (page 1 is
  linked back as ``&start=0``); ``archive.php`` (years and months), ``archive.php?year=YYYY&month=M``
  (Gregorian year in the URL, Buddhist year shown; each month lists its stories with short dates);
  ``topics_directory.php``; ``submit.php`` answers anonymous users with XOOPS's redirect page (a notice).
  Older stories of topics 1 and 2 are only on the ``&start=5`` pages, the archive months and the prev/next
  chain (and the RSS, which carries the newest 10).
* standing pages (non-articles): ``/modules/tinycontent/index.php?id=1..7`` (ประวัติ, วิสัยทัศน์, คณะผู้บริหาร,
  ติดต่อ, ข้อมูลพื้นฐาน, ประกาศจัดซื้อจัดจ้าง 2567 and 2566 as tables of dated rows); newbb ``/modules/newbb/``,
  ``viewforum.php?forum=1|2``, threads ``viewtopic.php?topic_id=N&forum=F`` (a question and 1-3 dated replies)
  and their last-post links ``viewtopic.php?topic_id=N&post_id=P`` (the same thread); myalbum
  ``/modules/myalbum/``, ``viewcat.php?cid=1..3``, ``photo.php?lid=1..8`` (a title, a date, one sentence of
  description, previous/next photo); mydownloads ``/modules/mydownloads/``, ``viewcat.php?cid=1|2``,
  ``singlefile.php?cid=C&lid=L`` (``visit.php?cid=C&lid=L`` 302s to ``/uploads/mydownloads/...pdf``); piCal
  ``/modules/piCal/`` (this month) and events ``index.php?action=View&event_id=0000000003``;
  ``/userinfo.php?uid=N`` (profiles listing the member's latest stories), ``/search.php``,
  ``/register.php``, ``/lostpass.php``.
* soft-404: ``article.php?storyid=190`` (a deleted story linked from the procurement table) and any unknown
  ``storyid`` answer 200 with XOOPS's redirect page "ขออภัย ไม่พบข่าวที่เลือก" (meta refresh to the module).
* every page: main menu (with News sub-links on News pages), "ข้อมูลเทศบาล" (tinycontent pages), "ข่าวล่าสุด"
  (5 newest, "(12/3/2567)"), the login block (a form posting to ``/user.php`` with a hidden ``xoops_redirect``),
  a search form; right: "ผู้ใช้ออนไลน์", "สถิติผู้เข้าชม" (with its own start date), the piCal mini calendar
  (prev/next month), "ความเห็นล่าสุด" (5 comments), links out; the top bar's "เข้าสู่ระบบ" is
  ``/user.php?xoops_redirect=<REQUEST_URI, urlencoded>``.
* ``/backend.php``: RSS 2.0 of the 10 newest stories (``<link rel="alternate">`` in every head).
* robots.txt: the XOOPS 2.5 default list (``/cgi-bin/ /tmp/ /cache/ /class/ /images/ /include/ /install/
  /kernel/ /language/ /templates_c/ /themes/ /uploads/``), so story photos and PDFs are off limits.

Gold articles: 22 stories, 2013-07-22 .. 2024-05-28, oldest first (storyids 14..188, with gaps).  Author: the
uname after "ส่งโดย".  Paragraphs: hometext then bodytext paragraphs; a table (story 158) counts one paragraph
per row (cells joined by a space); captions, attachment lines and comments are not paragraphs.  Two stories
are written in Thai digits (titles/dates inside the text included); several bodies mention other dates.

Traps (``trap_patterns``, answered by ``_Xoops.dynamic``)
* ``TRAP_CALENDAR``: piCal ``/modules/piCal/index.php?smode=Daily|Weekly|Monthly|Yearly&caldate=Y-M-D`` for
  any date, each view linking the previous/next day, week, month or year (the mini calendar on every page
  links the neighbouring months);
* ``TRAP_LOGIN``: ``/user.php?xoops_redirect=...``: every page links its own login URL, and the login page's
  own top bar links ``user.php?xoops_redirect=<its own URL, encoded again>``: endless nesting.
Non-articles list one login URL and one calendar month although they match the traps.

Pitfalls: dates ``12/3/2567`` (day first, no padding, Buddhist year) next to long Thai dates in listings;
the title only in a ``span``; whole short stories repeated in the listings and the home teaser; photo pages
and webboard threads look like small dated posts; the visitor counter and the procurement tables carry dates.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, urlsplit

from ..media import pdf
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, MONTHS_ABBR, WEEKDAYS, local_dt, rfc822
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc, redirect, static_file

FAMILY = "xoops_news"
SITE = "เทศบาลตำบลท่าโพธิ์งาม"
SLOGAN = "ท่าโพธิ์งาม เมืองน่าอยู่ ชุมชนเข้มแข็ง"
DISTRICT = "อำเภอวังสำราญ จังหวัดศรีนครินทร์"
ADDRESS = "199 หมู่ที่ 2 ตำบลท่าโพธิ์ อำเภอวังสำราญ จังหวัดศรีนครินทร์ 99150"
PHONE = "0 5561 2047"
FAX = "0 5561 2048"
EMAIL = "saraban@thaphongam.go.th"
TODAY = date(2024, 6, 14)
LAUNCH = datetime(2010, 7, 1, 9, 0)
THEME = "/themes/thaphongam"
PAGE_TYPE = "text/html"  # the theme pages: no charset in the header
PRINT_TYPE = "text/html; charset=TIS-620"
PER_PAGE = 5
MODULE_NAME = "ข่าวประชาสัมพันธ์"
DELETED_SID = 190
SELECTED = ' selected="selected"'

USERS = {
    1: ("webmaster", "2010-07-01"),
    2: ("pr_thaphongam", "2013-06-10"),
    4: ("sathan_tpn", "2015-11-02"),
    6: ("klang_tpn", "2014-01-20"),
    9: ("admin_tpn", "2018-05-08"),
}

TOPICS = {
    1: ("ข่าวประชาสัมพันธ์", "pr.gif", "ข่าวสารและประชาสัมพันธ์งานบริการของเทศบาล"),
    2: ("ข่าวกิจกรรม", "activity.gif", "ภาพและข่าวกิจกรรมของเทศบาลและชุมชน"),
    3: ("ประกาศเทศบาล", "notice.gif", "ประกาศ คำสั่ง และประกาศจัดซื้อจัดจ้าง"),
    4: ("สาธารณสุขและสิ่งแวดล้อม", "health.gif", "ข่าวงานสาธารณสุขและการจัดการสิ่งแวดล้อม"),
}


@dataclass(frozen=True)
class _Comment:
    com_id: int
    pid: int  # parent comment (0 = a root)
    poster: str  # a uname, or the name a guest typed
    uid: int  # 0 = guest
    title: str
    when: str  # "YYYY-MM-DD HH:MM"
    text: str


@dataclass(frozen=True)
class _Story:
    sid: int
    day: str  # ISO date, Bangkok
    hm: str
    topic: int
    uid: int
    title: str
    home: tuple[str, ...]  # hometext paragraphs
    body: tuple[str, ...] = ()  # bodytext paragraphs (before the table, if any)
    style: str = "br"  # br | p | word
    figures: tuple[str, ...] = ()  # captioned images after the first hometext paragraph
    gallery: int = 0  # thumbnails without captions at the end
    files: tuple[tuple[int, str], ...] = ()  # attached files (fileid, name)
    table: tuple[tuple[str, ...], ...] = ()  # in the bodytext, first row = header
    tail: tuple[str, ...] = ()  # bodytext paragraphs after the table
    comments: tuple[_Comment, ...] = ()

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hm)

    @property
    def uname(self) -> str:
        return USERS[self.uid][0]

    @property
    def has_body(self) -> bool:
        return bool(self.body or self.table or self.tail)

    @property
    def reads(self) -> int:
        return 60 + (self.sid * 53) % 880 + (TODAY - self.d).days // 9

    @property
    def paragraphs(self) -> tuple[str, ...]:
        rows = tuple(" ".join(row) for row in self.table)
        return self.home + self.body + rows + self.tail


STORIES: tuple[_Story, ...] = (
    _Story(
        14,
        "2013-07-22",
        "10:05",
        1,
        1,
        "เทศบาลตำบลท่าโพธิ์งามเปิดใช้งานเว็บไซต์ใหม่ เพื่อเผยแพร่ข้อมูลข่าวสารแก่ประชาชน",
        (
            "เทศบาลตำบลท่าโพธิ์งาม ได้ปรับปรุงเว็บไซต์ของหน่วยงานใหม่ทั้งหมด เพื่อเป็นช่องทางเผยแพร่ข้อมูลข่าวสาร ประกาศ และผลการดำเนินงานของเทศบาลให้ประชาชนได้รับทราบอย่างทั่วถึง",
            "ประชาชนสามารถติดตามข่าวประชาสัมพันธ์ ดาวน์โหลดแบบฟอร์มคำร้อง และสอบถามข้อสงสัยผ่านกระดานถาม-ตอบได้ตลอด 24 ชั่วโมง หากพบข้อมูลไม่ถูกต้องโปรดแจ้งผู้ดูแลเว็บไซต์",
        ),
    ),
    _Story(
        21,
        "2013-11-18",
        "14:30",
        2,
        2,
        "ประเพณีลอยกระทงเทศบาลตำบลท่าโพธิ์งาม ประจำปี 2556",
        (
            "เมื่อคืนวันที่ 17 พฤศจิกายน 2556 เทศบาลตำบลท่าโพธิ์งาม ร่วมกับวัดท่าโพธิ์และชุมชนทั้ง 9 ชุมชน จัดงานประเพณีลอยกระทง ณ ท่าน้ำหน้าวัดท่าโพธิ์ มีประชาชนร่วมงานเป็นจำนวนมาก",
            "ภายในงานมีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ การประกวดนางนพมาศ และการแสดงดนตรีพื้นบ้าน ผลการประกวดกระทงประเภทสวยงาม ชุมชนบ้านท่าช้างได้รับรางวัลชนะเลิศ",
        ),
        style="p",
        figures=("นายกเทศมนตรีตำบลท่าโพธิ์งาม มอบรางวัลการประกวดกระทงประดิษฐ์",),
        gallery=3,
        comments=(
            _Comment(
                1, 0, "คนท่าโพธิ์", 0, "งานสนุกมาก", "2013-11-19 20:41", "ปีนี้จัดงานได้สนุกมากครับ อยากให้มีที่จอดรถเพิ่มขึ้นในปีหน้า"
            ),
        ),
    ),
    _Story(
        33,
        "2014-04-09",
        "09:12",
        3,
        6,
        "ประกาศเทศบาลตำบลท่าโพธิ์งาม เรื่อง การรับชำระภาษีโรงเรือนและที่ดิน ประจำปี ๒๕๕๗",
        (
            "ด้วยเทศบาลตำบลท่าโพธิ์งาม จะดำเนินการรับชำระภาษีโรงเรือนและที่ดิน ภาษีบำรุงท้องที่ และภาษีป้าย ประจำปี ๒๕๕๗ ซึ่งกำหนดให้ชำระภายในวันที่ ๓๐ เมษายน ๒๕๕๗",
        ),
        (
            "ผู้ที่ได้รับแจ้งการประเมินภาษีโรงเรือนและที่ดินแล้ว ให้ชำระภายใน ๓๐ วัน นับแต่วันที่ได้รับแจ้งการประเมิน ณ กองคลัง เทศบาลตำบลท่าโพธิ์งาม",
            "หากชำระเกินกำหนดจะต้องเสียเงินเพิ่มตามที่กฎหมายกำหนด สำหรับภาษีป้ายต้องเสียเงินเพิ่มร้อยละ ๒ ต่อเดือน",
            "จึงประกาศมาเพื่อทราบโดยทั่วกัน ประกาศ ณ วันที่ ๗ เมษายน พ.ศ. ๒๕๕๗",
        ),
    ),
    _Story(
        52,
        "2015-01-10",
        "15:20",
        2,
        2,
        "ภาพกิจกรรมงานวันเด็กแห่งชาติ ประจำปี 2558",
        (
            "เทศบาลตำบลท่าโพธิ์งาม จัดงานวันเด็กแห่งชาติ ประจำปี 2558 ณ สนามโรงเรียนเทศบาลท่าโพธิ์งาม โดยมีเด็กและผู้ปกครองเข้าร่วมกิจกรรมกว่า 600 คน",
        ),
        style="p",
        gallery=5,
    ),
    _Story(
        60,
        "2015-08-17",
        "11:40",
        2,
        2,
        "เทศบาลตำบลท่าโพธิ์งามร่วมกิจกรรมปั่นจักรยานรณรงค์ลดโลกร้อน",
        (
            "เมื่อวันอาทิตย์ที่ 16 สิงหาคม 2558 คณะผู้บริหาร พนักงานเทศบาล และประชาชนกว่า 300 คน ร่วมปั่นจักรยานรณรงค์ลดการใช้พลังงานและลดภาวะโลกร้อน ระยะทาง 12 กิโลเมตร รอบเขตเทศบาล",
            "ขบวนจักรยานออกจากสำนักงานเทศบาลผ่านตลาดท่าโพธิ์ ชุมชนบ้านท่าช้าง และสิ้นสุดที่สวนสาธารณะริมน้ำ ผู้เข้าร่วมทุกคนได้รับเสื้อที่ระลึกและร่วมปลูกต้นไม้คนละหนึ่งต้น",
        ),
        figures=(
            "ผู้เข้าร่วมกิจกรรมพร้อมกันที่หน้าสำนักงานเทศบาลตำบลท่าโพธิ์งาม",
            "ร่วมปลูกต้นไม้ ณ สวนสาธารณะริมน้ำ",
        ),
    ),
    _Story(
        71,
        "2016-03-03",
        "09:30",
        4,
        4,
        "รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ปี 2559",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลท่าโพธิ์งาม ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลท่าโพธิ์ และอาสาสมัครสาธารณสุขประจำหมู่บ้าน ออกรณรงค์กำจัดลูกน้ำยุงลายทุกชุมชน",
            "เจ้าหน้าที่ได้พ่นหมอกควันในบริเวณโรงเรียน วัด และชุมชนที่มีผู้ป่วย พร้อมแจกทรายกำจัดลูกน้ำให้ครัวเรือนที่มีภาชนะเก็บน้ำ",
            "ขอให้ประชาชนช่วยกันเก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำ ปิดฝาโอ่งให้มิดชิด เพื่อไม่ให้เป็นแหล่งเพาะพันธุ์ยุงลาย",
        ),
        style="word",
    ),
    _Story(
        84,
        "2016-11-21",
        "13:05",
        1,
        1,
        "ประชาสัมพันธ์การยื่นคำขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด",
        (
            "เทศบาลตำบลท่าโพธิ์งาม ขอประชาสัมพันธ์ให้หญิงตั้งครรภ์และมารดาที่มีบุตรเกิดตั้งแต่วันที่ 1 ตุลาคม 2558 ซึ่งอยู่ในครัวเรือนที่มีรายได้น้อย ยื่นคำขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด",
            "ผู้มีสิทธิ์จะได้รับเงินอุดหนุนเดือนละ 400 บาท ยื่นคำขอได้ที่กองสวัสดิการสังคม เทศบาลตำบลท่าโพธิ์งาม ในวันและเวลาราชการ โดยนำบัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน และสูติบัตรของเด็กมาด้วย",
        ),
    ),
    _Story(
        96,
        "2017-05-15",
        "10:48",
        3,
        6,
        "ประกาศสอบราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ ชุมชนบ้านท่าช้าง",
        (
            "เทศบาลตำบลท่าโพธิ์งาม มีความประสงค์จะสอบราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยประชาร่วมใจ ชุมชนบ้านท่าช้าง ขนาดกว้าง 4 เมตร ยาว 185 เมตร หนา 0.15 เมตร ราคากลาง 498,000 บาท",
        ),
        (
            "ผู้มีสิทธิ์เสนอราคาจะต้องเป็นผู้มีอาชีพรับจ้างงานที่สอบราคา และมีผลงานก่อสร้างประเภทเดียวกันในวงเงินไม่น้อยกว่า 249,000 บาท",
            "กำหนดขายเอกสารสอบราคาระหว่างวันที่ 16 - 29 พฤษภาคม 2560 ณ กองคลัง เทศบาลตำบลท่าโพธิ์งาม ในราคาชุดละ 500 บาท สอบถามรายละเอียดได้ที่หมายเลขโทรศัพท์ 0 5561 2047 ต่อ 12",
        ),
        files=((5, "สอบราคา_ซอยประชาร่วมใจ.pdf"),),
    ),
    _Story(
        103,
        "2017-09-20",
        "08:55",
        4,
        4,
        "ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ประจำปี 2560",
        (
            "เทศบาลตำบลท่าโพธิ์งาม กำหนดออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้แก่สุนัขและแมวโดยไม่เสียค่าใช้จ่าย ระหว่างวันที่ 25 กันยายน ถึง 6 ตุลาคม 2560",
            "เจ้าหน้าที่จะออกให้บริการตามจุดนัดหมายในแต่ละชุมชน ตั้งแต่เวลา 08.30 น. ถึง 12.00 น. ขอให้เจ้าของสัตว์เลี้ยงใส่ปลอกคอหรือนำสัตว์ใส่กรงมาให้เรียบร้อย",
        ),
        style="p",
    ),
    _Story(
        118,
        "2018-04-13",
        "16:10",
        2,
        2,
        "สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2561",
        (
            "วันที่ 13 เมษายน 2561 เทศบาลตำบลท่าโพธิ์งาม จัดพิธีรดน้ำขอพรผู้สูงอายุ ณ ลานวัดท่าโพธิ์ เพื่ออนุรักษ์ประเพณีอันดีงามของไทยให้คงอยู่สืบไป",
            "กิจกรรมในช่วงเช้ามีการทำบุญตักบาตร ก่อเจดีย์ทราย และสรงน้ำพระพุทธรูป ช่วงบ่ายเป็นการแข่งขันกีฬาพื้นบ้านของผู้สูงอายุ ได้แก่ การเดินกะลา และการปาเป้า",
        ),
        style="p",
        figures=("ผู้สูงอายุรับการรดน้ำขอพรจากคณะผู้บริหารเทศบาล",),
        gallery=4,
        comments=(
            _Comment(
                2, 0, "ลูกหลานท่าโพธิ์", 0, "ประทับใจ", "2018-04-14 09:02", "ยายได้ไปร่วมงานทุกปี ขอบคุณเทศบาลที่จัดงานดีๆ แบบนี้ค่ะ"
            ),
            _Comment(3, 2, "webmaster", 1, "Re: ประทับใจ", "2018-04-17 10:30", "ขอบคุณที่ติดตามข่าวสารครับ ปีหน้าพบกันใหม่"),
        ),
    ),
    _Story(
        125,
        "2018-11-02",
        "09:20",
        1,
        1,
        "รับลงทะเบียนผู้สูงอายุรายใหม่ เพื่อขอรับเบี้ยยังชีพ ปีงบประมาณ 2563",
        (
            "เทศบาลตำบลท่าโพธิ์งาม เปิดรับลงทะเบียนผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ในปีงบประมาณ 2563 เพื่อขอรับเงินเบี้ยยังชีพผู้สูงอายุ ตั้งแต่เดือนพฤศจิกายน 2561 เป็นต้นไป",
            "ผู้สูงอายุหรือผู้รับมอบอำนาจสามารถยื่นคำขอได้ที่กองสวัสดิการสังคม พร้อมบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคาร กรณีมอบอำนาจให้แนบหนังสือมอบอำนาจด้วย",
        ),
    ),
    _Story(
        131,
        "2019-09-27",
        "14:00",
        3,
        6,
        "ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2563",
        (
            "ด้วยสภาเทศบาลตำบลท่าโพธิ์งาม ได้มีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2563 ในการประชุมสมัยสามัญ สมัยที่ 3 และผู้ว่าราชการจังหวัดศรีนครินทร์ได้ให้ความเห็นชอบแล้ว",
        ),
        (
            "เทศบาลตำบลท่าโพธิ์งาม จึงประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2563 ตั้งแต่วันที่ 1 ตุลาคม 2562 เป็นต้นไป โดยตั้งงบประมาณรายจ่ายไว้ทั้งสิ้น 58,450,000 บาท",
            "ประชาชนที่สนใจสามารถขอตรวจดูรายละเอียดได้ที่ศูนย์ข้อมูลข่าวสารของเทศบาล หรือดาวน์โหลดเอกสารตามไฟล์แนบ",
        ),
        style="word",
        files=((11, "เทศบัญญัติ2563.pdf"),),
    ),
    _Story(
        137,
        "2020-03-25",
        "17:35",
        4,
        4,
        "มาตรการเฝ้าระวังและป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)",
        (
            "ตามที่สถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 มีแนวโน้มรุนแรงมากขึ้น เทศบาลตำบลท่าโพธิ์งาม จึงกำหนดมาตรการเฝ้าระวังและป้องกันการแพร่ระบาดในพื้นที่ ดังนี้",
        ),
        (
            "1. ปิดสถานที่ที่มีผู้คนมาชุมนุมกันจำนวนมาก ได้แก่ สนามกีฬาเทศบาล ลานออกกำลังกาย และศูนย์พัฒนาเด็กเล็ก เป็นการชั่วคราวจนกว่าจะมีประกาศเปลี่ยนแปลง",
            "2. ผู้ที่เดินทางกลับมาจากกรุงเทพมหานครและปริมณฑลหรือพื้นที่เสี่ยง ให้แจ้งผู้นำชุมชนหรือ อสม. ภายใน 24 ชั่วโมง และกักตัวที่บ้านเป็นเวลา 14 วัน",
            "3. เทศบาลได้จัดตั้งจุดคัดกรองที่สำนักงานเทศบาลและตลาดท่าโพธิ์ พร้อมบริการเจลแอลกอฮอล์ล้างมือ ขอให้ผู้มาติดต่อราชการสวมหน้ากากอนามัยทุกครั้ง",
            "4. งดการจัดงานเลี้ยงและกิจกรรมที่มีการรวมตัวของคนจำนวนมาก หากจำเป็นต้องจัดให้แจ้งเทศบาลเพื่อกำหนดมาตรการป้องกันร่วมกัน",
            "สอบถามข้อมูลเพิ่มเติมได้ที่ศูนย์ปฏิบัติการควบคุมโรคเทศบาลตำบลท่าโพธิ์งาม โทร 0 5561 2047 ต่อ 15 ตลอด 24 ชั่วโมง",
        ),
        style="p",
    ),
    _Story(
        142,
        "2020-12-14",
        "11:15",
        2,
        2,
        "กิจกรรมจิตอาสาพัฒนาทำความสะอาดคลองท่าโพธิ์",
        (
            "วันที่ 12 ธันวาคม 2563 พนักงานเทศบาล จิตอาสา และชาวชุมชนริมคลอง ร่วมกันเก็บผักตบชวาและขยะในคลองท่าโพธิ์ ระยะทางประมาณ 2 กิโลเมตร",
            "ผักตบชวาที่เก็บได้ถูกนำไปทำปุ๋ยหมักที่ศูนย์เรียนรู้การจัดการขยะของเทศบาล เพื่อแจกจ่ายให้เกษตรกรในพื้นที่นำไปใช้ต่อ",
        ),
        gallery=6,
    ),
    _Story(
        149,
        "2021-07-06",
        "09:40",
        1,
        6,
        "ขยายเวลาการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2564",
        (
            "ตามที่กระทรวงมหาดไทยได้ขยายกำหนดเวลาการดำเนินการตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง เทศบาลตำบลท่าโพธิ์งามจึงขยายเวลาการรับชำระภาษีประจำปี 2564 ออกไปจนถึงวันที่ 31 สิงหาคม 2564",
            "ผู้เสียภาษีสามารถชำระได้ที่กองคลัง หรือโอนเงินเข้าบัญชีเทศบาลแล้วส่งหลักฐานการโอนทางไลน์ของกองคลัง เพื่อลดการเดินทางในช่วงการแพร่ระบาดของโรค",
        ),
        style="p",
    ),
    _Story(
        153,
        "2022-02-11",
        "13:25",
        4,
        4,
        "อบรมแกนนำชุมชนคัดแยกขยะต้นทาง ลดปริมาณขยะเข้าสู่บ่อฝังกลบ",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม จัดอบรมแกนนำชุมชนจำนวน 90 คน เรื่องการคัดแยกขยะต้นทาง ณ หอประชุมเทศบาลตำบลท่าโพธิ์งาม",
            "วิทยากรได้แนะนำการแยกขยะเป็น 4 ประเภท คือ ขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย พร้อมสาธิตการทำถังขยะเปียกลดโลกร้อนจากถังพลาสติกเหลือใช้",
            "เทศบาลตั้งเป้าหมายลดปริมาณขยะที่ต้องนำไปกำจัดลงร้อยละ 20 ภายในปี 2565 โดยแกนนำแต่ละชุมชนจะนำความรู้ไปถ่ายทอดให้ครัวเรือนในชุมชนของตน",
        ),
        style="word",
        figures=("แกนนำชุมชนฝึกปฏิบัติการทำถังขยะเปียกลดโลกร้อน",),
    ),
    _Story(
        158,
        "2022-10-19",
        "10:02",
        3,
        6,
        "ประกาศผู้ชนะการเสนอราคา ซื้อรถบรรทุกขยะมูลฝอยแบบอัดท้าย จำนวน 1 คัน",
        (
            "ตามที่เทศบาลตำบลท่าโพธิ์งาม ได้มีประกาศประกวดราคาซื้อรถบรรทุกขยะมูลฝอยแบบอัดท้าย ขนาด 6 ตัน 6 ล้อ จำนวน 1 คัน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) นั้น",
        ),
        ("คณะกรรมการพิจารณาผลการประกวดราคาได้พิจารณาแล้ว ปรากฏผลดังนี้",),
        style="p",
        table=(
            ("ลำดับ", "ผู้เสนอราคา", "ราคาที่เสนอ (บาท)", "ผลการพิจารณา"),
            ("1", "บริษัท ศรีนครินทร์ยนตรการ จำกัด", "2,385,000", "ผู้ชนะการเสนอราคา"),
            ("2", "ห้างหุ้นส่วนจำกัด วังสำราญมอเตอร์", "2,410,000", "ราคาสูงกว่า"),
            ("3", "บริษัท เอกรุ่งเรืองเครื่องกล จำกัด", "2,446,500", "ราคาสูงกว่า"),
        ),
        tail=("ประกาศ ณ วันที่ 18 ตุลาคม พ.ศ. 2565",),
    ),
    _Story(
        164,
        "2023-04-12",
        "15:45",
        2,
        2,
        "เทศบาลตำบลท่าโพธิ์งามจัดงานสงกรานต์และวันผู้สูงอายุ ประจำปี 2566",
        (
            "วันที่ 12 เมษายน 2566 เทศบาลตำบลท่าโพธิ์งาม จัดงานประเพณีสงกรานต์และวันผู้สูงอายุ ณ หอประชุมเทศบาล มีผู้สูงอายุจาก 9 ชุมชนเข้าร่วมงานประมาณ 450 คน",
            "ภายในงานมีพิธีรดน้ำขอพร การมอบเกียรติบัตรแก่ผู้สูงอายุที่อายุยืนที่สุดของตำบล คือ คุณยายบุญมา ศรีสุข อายุ 102 ปี และการประกวดแต่งกายย้อนยุคของชมรมผู้สูงอายุ",
        ),
        style="p",
        figures=(
            "คุณยายบุญมา ศรีสุข ผู้สูงอายุที่อายุยืนที่สุดของตำบล รับเกียรติบัตร",
            "ชมรมผู้สูงอายุร่วมประกวดการแต่งกายย้อนยุค",
        ),
        comments=(
            _Comment(4, 0, "หลานยายบุญมา", 0, "ขอบคุณครับ", "2023-04-13 07:55", "ขอบคุณเทศบาลที่ให้เกียรติคุณยายครับ ยายดีใจมาก"),
        ),
    ),
    _Story(
        170,
        "2023-09-08",
        "10:30",
        1,
        1,
        "รับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็กเทศบาลตำบลท่าโพธิ์งาม ปีการศึกษา 2567",
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลท่าโพธิ์งาม เปิดรับสมัครเด็กที่เกิดระหว่างวันที่ 16 พฤษภาคม 2564 ถึง 15 พฤษภาคม 2565 เข้าเรียนในปีการศึกษา 2567 จำนวน 60 คน",
            "ผู้ปกครองรับใบสมัครและยื่นใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็ก ระหว่างวันที่ 2 - 31 ตุลาคม 2566 ไม่เสียค่าใช้จ่ายใดๆ ทั้งสิ้น เด็กทุกคนจะได้รับอาหารกลางวันและนมฟรี",
        ),
    ),
    _Story(
        177,
        "2024-01-13",
        "16:20",
        2,
        2,
        "งานวันเด็กแห่งชาติ ประจำปี 2567 เทศบาลตำบลท่าโพธิ์งาม",
        (
            "วันเสาร์ที่ 13 มกราคม 2567 เทศบาลตำบลท่าโพธิ์งาม จัดงานวันเด็กแห่งชาติ ณ สนามกีฬาเทศบาล มีเด็ก เยาวชน และผู้ปกครองเข้าร่วมงานตลอดทั้งวัน",
        ),
        (
            "กิจกรรมภายในงานประกอบด้วยการแสดงบนเวทีของนักเรียนจากโรงเรียนในเขตเทศบาล 6 แห่ง ซุ้มเกมและของรางวัลจากหน่วยงานต่างๆ และนิทรรศการรถดับเพลิงและรถกู้ภัยของเทศบาล",
            "นายกเทศมนตรีตำบลท่าโพธิ์งาม มอบทุนการศึกษาให้แก่นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 30 ทุน ทุนละ 1,000 บาท",
            "ขอขอบคุณร้านค้า บริษัท และผู้ใจบุญทุกท่านที่สนับสนุนของขวัญและอาหารสำหรับเด็กในงานครั้งนี้",
        ),
        style="p",
        figures=("นายกเทศมนตรีมอบทุนการศึกษาแก่นักเรียน",),
        gallery=4,
        comments=(
            _Comment(5, 0, "แม่น้องเบียร์", 0, "สนุกมากค่ะ", "2024-01-13 20:12", "ลูกสนุกมากค่ะ ได้ของรางวัลกลับบ้านเต็มเลย"),
            _Comment(
                6,
                0,
                "ชาวชุมชนตลาด",
                0,
                "ที่จอดรถ",
                "2024-01-14 08:40",
                "ปีหน้าอยากให้จัดที่จอดรถให้เป็นระเบียบกว่านี้ครับ รถติดหน้าสนามมาก",
            ),
            _Comment(
                7,
                6,
                "webmaster",
                1,
                "Re: ที่จอดรถ",
                "2024-01-15 09:05",
                "ขอบคุณสำหรับข้อเสนอแนะครับ จะประสานงานตำรวจจราจรในปีหน้าครับ",
            ),
        ),
    ),
    _Story(
        183,
        "2024-03-12",
        "10:15",
        1,
        4,
        "ขอความร่วมมืองดเผาในที่โล่ง ลดปัญหาหมอกควันและฝุ่นละออง PM ๒.๕",
        (
            "จังหวัดศรีนครินทร์ประกาศห้ามเผาในที่โล่งทุกพื้นที่ ระหว่างวันที่ ๑ มีนาคม ถึง ๓๐ เมษายน ๒๕๖๗ เพื่อลดปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก",
            "เทศบาลตำบลท่าโพธิ์งามจึงขอความร่วมมือประชาชนงดเผาขยะ เศษใบไม้ และวัชพืช หากพบเห็นการเผาโปรดแจ้งงานป้องกันและบรรเทาสาธารณภัย โทร ๑๙๙ หรือ ๐ ๕๕๖๑ ๒๐๔๗ ต่อ ๑๙",
        ),
    ),
    _Story(
        188,
        "2024-05-28",
        "14:50",
        3,
        1,
        "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ",
        (
            "เทศบาลตำบลท่าโพธิ์งาม ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 2 อัตรา อัตราค่าตอบแทนเดือนละ 9,000 บาท",
        ),
        (
            "ผู้สมัครต้องมีสัญชาติไทย อายุไม่ต่ำกว่า 18 ปีบริบูรณ์ มีร่างกายแข็งแรง และไม่เป็นผู้ดำรงตำแหน่งทางการเมือง",
            "ยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัดเทศบาล ระหว่างวันที่ 3 - 14 มิถุนายน 2567 ในวันและเวลาราชการ",
            "ประกาศ ณ วันที่ 27 พฤษภาคม พ.ศ. 2567",
        ),
        style="word",
        files=((19, "ประกาศรับสมัครพนักงานจ้าง_2567.pdf"),),
    ),
)


# -- the other modules ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Post:
    post_id: int
    poster: str
    uid: int  # 0 = guest
    when: str  # "YYYY-MM-DD HH:MM"
    text: str


@dataclass(frozen=True)
class _Thread:
    topic_id: int
    forum: int
    subject: str
    posts: tuple[_Post, ...]


FORUMS = {
    1: ("ถาม-ตอบ ข้อสงสัยทั่วไป", "สอบถามเรื่องงานบริการของเทศบาล เจ้าหน้าที่จะตอบภายในวันทำการถัดไป"),
    2: ("ร้องเรียน/ร้องทุกข์", "แจ้งปัญหาความเดือดร้อน ไฟฟ้าส่องสว่าง ถนน ขยะ น้ำประปา"),
}

THREADS: tuple[_Thread, ...] = (
    _Thread(
        8,
        1,
        "สอบถามเรื่องการขอเลขที่บ้าน",
        (
            _Post(21, "สมชาย", 0, "2019-02-11 19:22", "จะขอเลขที่บ้านใหม่ต้องใช้เอกสารอะไรบ้างครับ บ้านสร้างเสร็จแล้วครับ"),
            _Post(
                22,
                "admin_tpn",
                9,
                "2019-02-12 09:10",
                "ติดต่องานทะเบียนราษฎร สำนักปลัดเทศบาล นำใบอนุญาตก่อสร้าง สำเนาบัตรประชาชน และสำเนาโฉนดที่ดินมาด้วยครับ",
            ),
        ),
    ),
    _Thread(
        11,
        2,
        "ไฟฟ้าส่องสว่างดับ ซอยร่วมใจ 3",
        (
            _Post(30, "ชาวซอยร่วมใจ", 0, "2021-10-04 21:05", "ไฟทางในซอยร่วมใจ 3 ดับมาเกือบสัปดาห์แล้ว กลางคืนมืดมาก อันตรายครับ"),
            _Post(31, "admin_tpn", 9, "2021-10-05 08:45", "รับเรื่องแล้วครับ ได้แจ้งกองช่างออกตรวจสอบและซ่อมแซมภายในสัปดาห์นี้"),
            _Post(33, "ชาวซอยร่วมใจ", 0, "2021-10-08 19:30", "ซ่อมเรียบร้อยแล้ว ขอบคุณมากครับ"),
        ),
    ),
    _Thread(
        14,
        1,
        "ชำระภาษีป้ายผ่านการโอนเงินได้หรือไม่",
        (
            _Post(40, "ร้านเจ๊หมวย", 0, "2022-03-02 13:15", "ร้านอยู่ต่างจังหวัดช่วงนี้ จะโอนเงินค่าภาษีป้ายได้ไหมคะ"),
            _Post(
                41,
                "admin_tpn",
                9,
                "2022-03-02 15:40",
                "ได้ครับ โทรสอบถามยอดที่กองคลังก่อน แล้วโอนเข้าบัญชีเทศบาล ส่งสลิปทางไลน์กองคลัง เจ้าหน้าที่จะส่งใบเสร็จทางไปรษณีย์ครับ",
            ),
        ),
    ),
    _Thread(
        17,
        2,
        "ขยะไม่มีคนมาเก็บ ชุมชนตลาดเก่า",
        (
            _Post(52, "คนตลาดเก่า", 0, "2022-08-22 07:48", "สามวันแล้วรถขยะยังไม่มาเก็บ หน้าปากซอยตลาดเก่ามีกลิ่นเหม็นมากค่ะ"),
            _Post(
                53, "admin_tpn", 9, "2022-08-22 10:20", "ขออภัยครับ รถเก็บขยะคันหนึ่งเสียอยู่ระหว่างซ่อม วันนี้จัดรถสำรองเข้าเก็บแล้วครับ"
            ),
            _Post(55, "คนตลาดเก่า", 0, "2022-08-23 18:02", "มาเก็บแล้วค่ะ ขอบคุณค่ะ"),
            _Post(56, "admin_tpn", 9, "2022-08-24 08:30", "ขอบคุณที่แจ้งครับ หากพบปัญหาอีกแจ้งได้ที่ 0 5561 2047 ต่อ 15"),
        ),
    ),
    _Thread(
        19,
        1,
        "ศูนย์เด็กเล็กเปิดรับสมัครเมื่อไหร่",
        (
            _Post(61, "แม่น้องข้าวปุ้น", 0, "2023-09-15 12:30", "ลูกเกิดเดือนมกราคม 2565 จะสมัครเข้าศูนย์เด็กเล็กได้ปีไหนคะ"),
            _Post(
                62,
                "admin_tpn",
                9,
                "2023-09-15 16:05",
                "สมัครได้ในปีการศึกษา 2567 ครับ รับสมัครเดือนตุลาคม 2566 รายละเอียดตามข่าวประชาสัมพันธ์ครับ",
            ),
        ),
    ),
    _Thread(
        22,
        2,
        "น้ำประปาไหลอ่อน ชุมชนบ้านท่าช้าง",
        (
            _Post(70, "ลุงเปลี่ยน", 0, "2024-04-20 06:50", "ช่วงนี้น้ำประปาไหลอ่อนมากตอนเช้า บ้านท้ายซอยแทบไม่มีน้ำใช้ครับ"),
            _Post(
                71,
                "admin_tpn",
                9,
                "2024-04-20 09:15",
                "กองช่างกำลังเปลี่ยนท่อเมนช่วงหน้าวัดท่าโพธิ์ คาดว่าแล้วเสร็จภายในสิ้นเดือนเมษายนครับ ระหว่างนี้เทศบาลจัดรถน้ำบริการให้ครับ",
            ),
        ),
    ),
    _Thread(
        23,
        1,
        "ขอแบบฟอร์มขออนุญาตก่อสร้าง",
        (
            _Post(74, "ช่างวิทย์", 0, "2024-06-03 11:11", "ขอแบบฟอร์มขออนุญาตก่อสร้างอาคารได้ที่ไหนครับ"),
            _Post(75, "admin_tpn", 9, "2024-06-03 13:40", "ดาวน์โหลดได้ที่เมนูดาวน์โหลดเอกสาร หมวดแบบฟอร์มบริการประชาชนครับ"),
        ),
    ),
)

ALBUMS = {1: "กิจกรรมเทศบาล", 2: "สถานที่สำคัญในตำบล", 3: "ประชุมสภาเทศบาล"}


@dataclass(frozen=True)
class _Photo:
    lid: int
    cid: int
    title: str
    day: str
    desc: str
    hits: int


PHOTOS: tuple[_Photo, ...] = (
    _Photo(
        1, 1, "มอบถุงยังชีพผู้ประสบอุทกภัย", "2022-10-05", "คณะผู้บริหารมอบถุงยังชีพแก่ครัวเรือนที่ได้รับผลกระทบจากน้ำท่วมริมคลองท่าโพธิ์", 214
    ),
    _Photo(
        2,
        1,
        "ประชุมประชาคมเมือง ปี 2566",
        "2023-02-20",
        "บรรยากาศการประชุมประชาคมเมืองเพื่อจัดทำแผนพัฒนาท้องถิ่น ณ หอประชุมเทศบาล",
        187,
    ),
    _Photo(
        3,
        1,
        "แข่งขันกีฬาเทศบาลสัมพันธ์",
        "2023-12-09",
        "พนักงานเทศบาลร่วมการแข่งขันกีฬาเชื่อมความสัมพันธ์ระหว่างหน่วยงานในอำเภอวังสำราญ",
        96,
    ),
    _Photo(4, 2, "วัดท่าโพธิ์", "2014-06-01", "วัดเก่าแก่คู่ชุมชนท่าโพธิ์ มีอุโบสถไม้สักที่ได้รับการบูรณะเมื่อปี 2552", 1320),
    _Photo(
        5,
        2,
        "สวนสาธารณะริมน้ำท่าโพธิ์",
        "2016-01-15",
        "สถานที่พักผ่อนหย่อนใจและออกกำลังกายของประชาชน เปิดทุกวันตั้งแต่ 05.00 - 21.00 น.",
        845,
    ),
    _Photo(6, 2, "ตลาดท่าโพธิ์ยามเช้า", "2019-08-03", "ตลาดสดประจำตำบล จำหน่ายผักพื้นบ้านและปลาแม่น้ำทุกเช้า", 402),
    _Photo(
        7, 3, "ประชุมสภาเทศบาล สมัยวิสามัญ สมัยที่ 1/2566", "2023-07-20", "สภาเทศบาลพิจารณาการโอนงบประมาณรายจ่ายเพื่อซ่อมแซมถนน", 73
    ),
    _Photo(
        8, 3, "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2/2567", "2024-05-15", "สภาเทศบาลพิจารณาญัตติและรับฟังรายงานผลการดำเนินงาน", 41
    ),
)

DL_CATS = {1: "แผนและงบประมาณ", 2: "แบบฟอร์มบริการประชาชน"}
DOWNLOADS = (  # (lid, cid, title, added, description, size KB, hits)
    (1, 1, "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "2022-12-28", "แผนพัฒนาท้องถิ่นห้าปีของเทศบาลตำบลท่าโพธิ์งาม", 2410, 318),
    (2, 1, "เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ 2567", "2023-09-29", "เทศบัญญัติงบประมาณรายจ่ายฉบับประกาศใช้", 1864, 205),
    (3, 1, "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567", "2023-10-20", "แผนการจัดซื้อจัดจ้างประจำปี", 412, 133),
    (4, 2, "แบบคำร้องทั่วไป", "2013-07-22", "ใช้สำหรับยื่นคำร้องเรื่องทั่วไปต่อเทศบาล", 88, 1540),
    (5, 2, "แบบขออนุญาตก่อสร้างอาคาร (ข.1)", "2015-03-10", "แบบคำขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร", 156, 987),
    (6, 2, "แบบคำขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ", "2018-10-30", "ยื่นพร้อมสำเนาบัตรประชาชนและสมุดบัญชีเงินฝาก", 97, 764),
)

EVENTS = (  # (event_id, date, summary, place)
    (3, date(2024, 6, 21), "ประชุมคณะกรรมการพัฒนาเทศบาล", "ห้องประชุมเทศบาลตำบลท่าโพธิ์งาม"),
    (4, date(2024, 6, 26), "เดินรณรงค์วันต่อต้านยาเสพติดโลก", "หน้าสำนักงานเทศบาล ถึงตลาดท่าโพธิ์"),
    (5, date(2024, 7, 5), "ตรวจสุขภาพผู้สูงอายุประจำเดือน", "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ"),
    (6, date(2024, 7, 20), "ทำบุญตักบาตรวันเข้าพรรษา", "วัดท่าโพธิ์"),
)

EXECUTIVES = (
    ("นายประเสริฐ วงศ์ท่าโพธิ์", "นายกเทศมนตรีตำบลท่าโพธิ์งาม"),
    ("นายสุรินทร์ แก้วประเสริฐ", "รองนายกเทศมนตรี"),
    ("นางจันทร์เพ็ญ ศรีวังสำราญ", "รองนายกเทศมนตรี"),
    ("นางสาวพิมพ์ใจ บุญเรือง", "ปลัดเทศบาล"),
)

TINY = (  # (id, menu title, paragraphs)
    (
        1,
        "ประวัติความเป็นมา",
        (
            "เทศบาลตำบลท่าโพธิ์งาม เดิมเป็นสุขาภิบาลท่าโพธิ์ ได้รับการยกฐานะเป็นเทศบาลตำบลตามพระราชบัญญัติเปลี่ยนแปลงฐานะสุขาภิบาลเป็นเทศบาล เมื่อปี พ.ศ. 2542",
            "ชื่อท่าโพธิ์งาม มาจากต้นโพธิ์ใหญ่ริมท่าน้ำหน้าวัดท่าโพธิ์ ซึ่งเป็นที่จอดเรือค้าขายของชุมชนริมน้ำมาแต่ครั้งอดีต",
        ),
    ),
    (
        2,
        "วิสัยทัศน์และพันธกิจ",
        (
            "วิสัยทัศน์ ท่าโพธิ์งาม เมืองน่าอยู่ ชุมชนเข้มแข็ง เศรษฐกิจพอเพียง บริหารจัดการด้วยธรรมาภิบาล",
            "พันธกิจ พัฒนาโครงสร้างพื้นฐาน ส่งเสริมคุณภาพชีวิตและสุขภาพของประชาชน อนุรักษ์ศิลปวัฒนธรรมและสิ่งแวดล้อม และพัฒนาการบริหารจัดการองค์กร",
        ),
    ),
    (3, "คณะผู้บริหาร", ("คณะผู้บริหารเทศบาลตำบลท่าโพธิ์งาม",)),
    (
        4,
        "ติดต่อเทศบาล",
        (
            f"{SITE} {ADDRESS}",
            f"โทรศัพท์ {PHONE} โทรสาร {FAX} เปิดทำการวันจันทร์ถึงวันศุกร์ เวลา 08.30 - 16.30 น.",
        ),
    ),
    (
        5,
        "ข้อมูลพื้นฐาน",
        (
            "เทศบาลตำบลท่าโพธิ์งามมีพื้นที่ 6.8 ตารางกิโลเมตร แบ่งการปกครองเป็น 9 ชุมชน มีประชากรประมาณ 7,900 คน 3,100 ครัวเรือน",
            "ประชาชนส่วนใหญ่ประกอบอาชีพค้าขาย รับจ้าง และทำสวนผลไม้ริมแม่น้ำ",
        ),
    ),
    (6, "ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ 2567", ("ประกาศจัดซื้อจัดจ้างของเทศบาลตำบลท่าโพธิ์งาม ประจำปีงบประมาณ พ.ศ. 2567",)),
    (7, "ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ 2566", ("ประกาศจัดซื้อจัดจ้างของเทศบาลตำบลท่าโพธิ์งาม ประจำปีงบประมาณ พ.ศ. 2566",)),
)

PROCUREMENT = {  # tinycontent id -> rows (date, title, href: a story, a PDF under /uploads/, or e-GP)
    6: (
        ("2023-10-20", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567", "/uploads/tinycontent/plan2567.pdf"),
        (
            "2024-01-24",
            "ประกวดราคาจ้างก่อสร้างรางระบายน้ำ ค.ส.ล. ชุมชนตลาดเก่า ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์",
            "/uploads/tinycontent/ebid_drain_2567.pdf",
        ),
        (
            "2024-03-07",
            "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างรางระบายน้ำ ค.ส.ล. ชุมชนตลาดเก่า",
            "/uploads/tinycontent/win_drain_2567.pdf",
        ),
        (
            "2024-06-03",
            "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมถนนลาดยาง สายท่าโพธิ์-ท่าช้าง",
            f"/modules/news/article.php?storyid={DELETED_SID}",
        ),
    ),
    7: (
        ("2022-10-19", "ประกาศผู้ชนะการเสนอราคา ซื้อรถบรรทุกขยะมูลฝอยแบบอัดท้าย", "/modules/news/article.php?storyid=158"),
        ("2022-10-25", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566", "/uploads/tinycontent/plan2566.pdf"),
        (
            "2023-05-11",
            "ประกวดราคาจ้างซ่อมสร้างผิวจราจรแอสฟัลท์ติก ถนนริมน้ำ",
            "http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch",
        ),
    ),
}

TRAP_CALENDAR = r"^/modules/piCal/index\.php\?(?=.*\bcaldate=)"
TRAP_LOGIN = r"^/user\.php\?(?=.*\bxoops_redirect=)"


# -- formatting ------------------------------------------------------------------------------------
def _be(d: date) -> int:
    return d.year + 543


def _short(d: date, hm: str | None = None) -> str:
    """XOOPS "s" format as the Thai pack patched it: '12/3/2567 10:15' (no padding, Buddhist year)."""
    text = f"{d.day}/{d.month}/{_be(d)}"
    if hm:
        hour, minute = hm.split(":")
        text += f" {int(hour)}:{minute}"
    return text


def _long(d: date) -> str:
    return f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {_be(d)}"


def _abbr(d: date) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(_be(d))[2:]}"


def _split(when: str) -> tuple[date, str]:
    day, hm = when.split(" ")
    return date.fromisoformat(day), hm


def _a(href: str) -> str:
    return attr(href)


def _art(sid: int) -> str:
    return f"article.php?storyid={sid}"


def _photo(s: _Story, k: int) -> str:
    return f"/uploads/news/{s.d.year}{s.d.month:02d}/img_{s.sid}_{k}.jpg"


def _para(text: str, style: str) -> str:
    if style == "p":
        return f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp; {esc(text)}</p>\n'
    if style == "word":
        head, _, rest = text.partition(" ")
        span = '<span lang="TH" style="font-size: 16pt; font-family: \'TH SarabunPSK\', sans-serif;">'
        second = f"{span} {esc(rest)}</span>" if rest else ""
        return f'<p class="MsoNormal" style="text-indent: 36pt; text-align: justify;">{span}{esc(head)}</span>{second}</p>\n'
    return "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + esc(text) + "<br />\n<br />\n"


def _figure(s: _Story, k: int, caption: str) -> str:
    img = f'<img src="{_photo(s, k)}" alt="" width="500" height="333" />'
    if s.style == "br":
        return f'<div align="center">{img}<br />\n<font size="2" color="#666666">{esc(caption)}</font></div>\n<br />\n'
    return f'<p style="text-align: center;">{img}<br /><em><span style="font-size: x-small;">{esc(caption)}</span></em></p>\n'


def _hometext(s: _Story) -> str:
    out = _para(s.home[0], s.style)
    for k, caption in enumerate(s.figures, start=1):
        out += _figure(s, k, caption)
    for text in s.home[1:]:
        out += _para(text, s.style)
    if not s.has_body:
        out += _gallery(s)
    return out


def _bodytext(s: _Story) -> str:
    out = "".join(_para(t, s.style) for t in s.body)
    if s.table:
        head, *rows = s.table
        out += '<table border="1" cellspacing="0" cellpadding="3" style="width: 100%; border-collapse: collapse;">\n<tbody>\n'
        out += (
            "<tr>"
            + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in head)
            + "</tr>\n"
        )
        for row in rows:
            out += "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>\n"
        out += "</tbody>\n</table>\n"
    out += "".join(_para(t, s.style) for t in s.tail)
    if s.has_body:
        out += _gallery(s)
    return out


def _gallery(s: _Story) -> str:
    if not s.gallery:
        return ""
    start = len(s.figures) + 1
    thumbs = " ".join(
        f'<img src="{_photo(s, k)}" alt="" width="160" height="107" />' for k in range(start, start + s.gallery)
    )
    return f'<p style="text-align: center;">{thumbs}</p>\n'


def _month_nav(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + step
    return index // 12, index % 12 + 1


def _caldate(d: date) -> str:
    return f"{d.year}-{d.month}-{d.day}"


def _cal_href(mode: str, d: date) -> str:
    return f"/modules/piCal/index.php?smode={mode}&caldate={_caldate(d)}"


# -- the site -----------------------------------------------------------------------------------
class _Xoops:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.chain = sorted(STORIES, key=lambda s: s.dt)
        self.newest = self.chain[::-1]
        self.by_sid = {s.sid: s for s in STORIES}
        self.non_articles: list[str] = []
        comments = [(c, s) for s in STORIES for c in s.comments]
        self.recent_comments = sorted(comments, key=lambda cs: cs[0].when, reverse=True)[:5]

    # -- responses --------------------------------------------------------------------------------
    @staticmethod
    def html(text: str, content_type: str = PAGE_TYPE) -> Response:
        return Response(
            200,
            (("Content-Type", content_type), ("X-Powered-By", "PHP/5.3.10-1ubuntu3.26")),
            text.encode("tis-620", errors="xmlcharrefreplace"),
        )

    def add_page(self, path: str, text: str, listed: bool = True) -> None:
        self.site.add(path, self.html(text))
        if listed:
            self.non_articles.append(self.b + path)

    def u(self, path: str) -> str:
        return self.b + path

    # -- chrome -------------------------------------------------------------------------------------
    @staticmethod
    def block(title: str, content: str) -> str:
        return f'<div class="xo-block">\n<div class="xo-blocktitle">{esc(title)}</div>\n<div class="xo-blockcontent">{content}</div>\n</div>\n'

    def login_href(self, here: str) -> str:
        return "/user.php?xoops_redirect=" + quote(here, safe="")

    def left(self, here: str, module: str) -> str:
        b = self.b
        menu = [
            (b + "/", "หน้าแรก", ""),
            (b + "/modules/news/", MODULE_NAME, "news"),
            (b + "/modules/newbb/", "กระดานถาม-ตอบ", "newbb"),
            (b + "/modules/myalbum/", "ภาพกิจกรรม", "myalbum"),
            (b + "/modules/mydownloads/", "ดาวน์โหลดเอกสาร", "mydownloads"),
            (b + "/modules/piCal/", "ปฏิทินกิจกรรม", "piCal"),
        ]
        items = ""
        for href, label, mod in menu:
            items += f'<a class="menuTop" href="{_a(href)}" title="{attr(label)}">{esc(label)}</a>\n'
            if mod == "news" and module == "news":
                for sub, sublabel in (
                    ("submit.php", "ส่งข่าว"),
                    ("archive.php", "คลังข่าว"),
                    ("topics_directory.php", "หัวข้อข่าว"),
                ):
                    items += f'<a class="menuSub" href="{_a(b + "/modules/news/" + sub)}" title="{sublabel}">{sublabel}</a>\n'
        tiny = "".join(
            f'&middot; <a href="{_a(f"{b}/modules/tinycontent/index.php?id={tid}")}">{esc(title)}</a><br />\n'
            for tid, title, _p in TINY
        )
        latest = "".join(
            f'<li><a href="{_a(f"{b}/modules/news/{_art(s.sid)}")}">{esc(s.title)}</a> <span class="newsdate">({_short(s.d)})</span></li>\n'
            for s in self.newest[:5]
        )
        login = (
            f'<form style="margin-top: 0px;" action="{b}/user.php" method="post">\n'
            'ชื่อผู้ใช้<br />\n<input type="text" name="uname" size="12" value="" maxlength="25" /><br />\n'
            'รหัสผ่าน<br />\n<input type="password" name="pass" size="12" maxlength="32" /><br />\n'
            f'<input type="hidden" name="xoops_redirect" value="{attr(here)}" />\n'
            '<input type="hidden" name="op" value="login" />\n<input type="submit" value="เข้าสู่ระบบ" /><br />\n</form>\n'
            f'<a href="{b}/lostpass.php" title="ลืมรหัสผ่าน?">ลืมรหัสผ่าน?</a><br /><br />\n'
            f'<a href="{b}/register.php" title="สมัครสมาชิก">สมัครสมาชิก</a>\n'
        )
        search = (
            f'<form style="margin-top: 0px;" action="{b}/search.php" method="get">\n'
            '<input type="text" name="query" size="14" />\n<input type="hidden" name="action" value="results" /><br />\n'
            f'<input type="submit" value="ค้นหา" />\n</form>\n<a href="{b}/search.php">ค้นหาขั้นสูง</a>\n'
        )
        return (
            self.block("เมนูหลัก", f'<div id="mainmenu">\n{items}</div>')
            + self.block("ข้อมูลเทศบาล", tiny)
            + self.block("ข่าวล่าสุด", f'<ul class="news-latest">\n{latest}</ul>')
            + self.block("เข้าสู่ระบบ", login)
            + self.block("ค้นหา", search)
        )

    def mini_calendar(self) -> str:
        year, month = TODAY.year, TODAY.month
        py, pm = _month_nav(year, month, -1)
        ny, nm = _month_nav(year, month, 1)
        days = {d: s for _e, d, s, _p in EVENTS}
        rows = ""
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(year, month):
            cells = ""
            for day in week:
                if not day:
                    cells += '<td class="calendar_empty">&nbsp;</td>'
                    continue
                d = date(year, month, day)
                cls = "calendar_today" if d == TODAY else ("calendar_event" if d in days else "calendar_day")
                cells += f'<td class="{cls}"><a href="{_a(self.b + _cal_href("Daily", d))}">{day}</a></td>'
            rows += f"<tr>{cells}</tr>\n"
        return (
            '<table border="0" cellspacing="1" cellpadding="0" width="100%" class="minical">\n'
            f'<tr><td><a href="{_a(self.b + _cal_href("Monthly", date(py, pm, 1)))}">&laquo;</a></td>'
            f'<td colspan="5" align="center"><a href="{_a(self.b + _cal_href("Monthly", date(year, month, 1)))}">{MONTHS[month - 1]} {year + 543}</a></td>'
            f'<td><a href="{_a(self.b + _cal_href("Monthly", date(ny, nm, 1)))}">&raquo;</a></td></tr>\n'
            "<tr><th>อา</th><th>จ</th><th>อ</th><th>พ</th><th>พฤ</th><th>ศ</th><th>ส</th></tr>\n"
            f"{rows}</table>\n"
        )

    def right(self) -> str:
        b = self.b
        online = (
            "ขณะนี้มี 11 คนกำลังออนไลน์ (7 คนกำลังเยี่ยมชม ข่าวประชาสัมพันธ์)<br /><br />\n"
            "สมาชิก: 0<br />\nผู้มาเยือน: 11<br /><br />\n"
            f'สมาชิกทั้งหมด: 146<br />\nสมาชิกล่าสุด: <a href="{b}/userinfo.php?uid=9">admin_tpn</a><br />\n'
            f"<a href=\"javascript:openWithSelfMain('{b}/misc.php?action=showpopups&amp;type=online','Online',420,350);\">เพิ่มเติม...</a>"
        )
        counter = (
            '<table width="100%" class="counter"><tr><td>วันนี้</td><td align="right">87</td></tr>\n'
            '<tr><td>เมื่อวานนี้</td><td align="right">143</td></tr>\n<tr><td>เดือนนี้</td><td align="right">2,315</td></tr>\n'
            '<tr><td>ทั้งหมด</td><td align="right">418,902</td></tr></table>\n<div align="center"><small>เริ่มนับ 1 ก.ค. 2553</small></div>'
        )
        comments = "".join(
            f'<li><a href="{_a(b + "/modules/news/" + self.com_href(s, c))}#comment{c.com_id}">{esc(c.title)}</a><br />'
            f'<small>{esc(c.poster)} | {_short(*_split(c.when))} | <a href="{_a(f"{b}/modules/news/{_art(s.sid)}")}">{esc(MODULE_NAME)}</a></small></li>\n'
            for c, s in self.recent_comments
        )
        links = (
            '<a href="http://www.dla.go.th" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a><br />\n'
            '<a href="http://www.gprocurement.go.th" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a><br />\n'
            '<a href="http://www.oic.go.th/infocenter" target="_blank">ศูนย์ข้อมูลข่าวสารราชการ</a><br />\n'
            '<a href="https://www.facebook.com/thaphongam.municipality" target="_blank">Facebook เทศบาล</a><br />\n'
        )
        return (
            self.block("ผู้ใช้ออนไลน์", online)
            + self.block("สถิติผู้เข้าชม", counter)
            + self.block("ปฏิทินกิจกรรม", self.mini_calendar())
            + self.block("ความเห็นล่าสุด", f'<ul class="recentcomments">\n{comments}</ul>')
            + self.block("ลิงก์หน่วยงาน", links)
        )

    def page(self, title: str, center: str, here: str, module: str = "") -> str:
        b = self.b
        full = SITE if not title else f"{SITE} - {title}"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<!-- Assign Theme name -->

<!-- Title and meta -->
<meta http-equiv="content-language" content="th" />
<meta http-equiv="content-type" content="text/html; charset=tis-620" />
<title>{esc(full)}</title>
<meta name="robots" content="index,follow" />
<meta name="keywords" content="เทศบาลตำบลท่าโพธิ์งาม, ท่าโพธิ์งาม, วังสำราญ, ศรีนครินทร์, เทศบาล" />
<meta name="description" content="{attr(SITE)} {attr(DISTRICT)}" />
<meta name="rating" content="general" />
<meta name="author" content="{attr(SITE)}" />
<meta name="copyright" content="Copyright &copy; 2010 {attr(SITE)}" />
<meta name="generator" content="XOOPS" />

<!-- Rss -->
<link rel="alternate" type="application/rss+xml" title="RSS" href="{b}/backend.php" />

<!-- favicon -->
<link rel="shortcut icon" type="image/ico" href="{b}/favicon.ico" />
<link rel="icon" type="image/png" href="{b}{THEME}/icons/favicon.png" />

<!-- Sheet Css -->
<link rel="stylesheet" type="text/css" media="all" title="Style sheet" href="{b}/xoops.css" />
<link rel="stylesheet" type="text/css" media="all" title="Style sheet" href="{b}{THEME}/style.css" />

<!-- customized header contents -->
<script type="text/javascript" src="{b}/include/xoops.js"></script>
<script type="text/javascript"><!--
var xoops_url = "{b}";
//--></script>
</head>
<body id="{module or "system"}" class="th">
<div id="xo-canvas">
<div id="xo-header">
<div id="xo-headerlogo"><a href="{b}/" title="{attr(SITE)}"><img src="{b}{THEME}/images/banner.jpg" width="980" height="160" alt="{attr(SITE)}" /></a></div>
</div>
<div id="xo-globalnav" class="x2-nl x2-nl-hrz">
<span class="welcome">ยินดีต้อนรับ ผู้มาเยือน</span> |
<a href="{_a(b + self.login_href(here))}" title="เข้าสู่ระบบ">เข้าสู่ระบบ</a> |
<a href="{b}/register.php" title="สมัครสมาชิก">สมัครสมาชิก</a> |
<span class="today">{esc(_long(TODAY))}</span>
</div>
<div id="xo-canvas-content">
<div id="xo-canvas-columns">
<div id="xo-canvas-leftcolumn" class="xo-blockszone">
{self.left(here, module)}</div>
<div id="xo-page">
<div id="xo-content">
{center}
</div>
</div>
<div id="xo-canvas-rightcolumn" class="xo-blockszone">
{self.right()}</div>
</div>
</div>
<div id="xo-footer">
{esc(SITE)} {esc(ADDRESS)}<br />
โทรศัพท์ {esc(PHONE)} โทรสาร {esc(FAX)} อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a><br />
<a href="http://xoops.org" title="Visit XOOPS Community" target="_blank">Powered by XOOPS &copy; 2001-2012 The XOOPS Project</a>
</div>
</div>
</body>
</html>
"""

    # -- news ---------------------------------------------------------------------------------------
    @staticmethod
    def com_href(s: _Story, c: _Comment) -> str:
        root = c
        while root.pid:
            root = next(x for x in s.comments if x.com_id == root.pid)
        return f"article.php?storyid={s.sid}&com_id={c.com_id}&com_rootid={root.com_id}&com_mode=thread&com_order=0"

    @staticmethod
    def flat_href(s: _Story) -> str:
        return f"article.php?storyid={s.sid}&com_mode=flat&com_order=0"

    def topic_img(self, s: _Story) -> str:
        name, img, _d = TOPICS[s.topic]
        return f'<a href="index.php?storytopic={s.topic}"><img src="{self.b}/modules/news/images/topics/{img}" alt="{attr(name)}" style="float: right; margin: 0 0 8px 8px;" /></a>'

    def item(self, s: _Story) -> str:
        """One story on the module home or a topic page (News 1.6 news_item template)."""
        b = self.b
        uname = s.uname
        more = []
        if s.has_body:
            size = len(_bodytext(s).encode("tis-620", errors="xmlcharrefreplace"))
            more.append(f'<a href="{_art(s.sid)}">อ่านต่อ...</a>')
            more.append(f"{size} ไบต์เพิ่มเติม")
        n = len(s.comments)
        more.append(f'<a href="{_a(self.flat_href(s))}">{n} ความเห็น</a>' if n else "ความเห็น?")
        return (
            '<div class="item">\n'
            f'<div class="itemHead"><span class="itemTitle"><a href="{_art(s.sid)}">{esc(s.title)}</a></span></div>\n'
            f'<div class="itemInfo"><span class="itemPoster">ส่งโดย <a href="{b}/userinfo.php?uid={s.uid}">{uname}</a></span> '
            f'<span class="itemPostDate">เมื่อ {esc(_long(s.d))} {_short(s.d, s.hm).split(" ")[1]}</span> '
            f'(<span class="itemStats">อ่าน {s.reads} ครั้ง</span>)</div>\n'
            f'<div class="itemBody">{self.topic_img(s)}<div class="itemText">{_hometext(s)}</div></div>\n'
            f'<div class="itemFoot"><span class="itemAdminLink">{" | ".join(more)}</span> '
            f'<span class="itemPermaLink"><a href="print.php?storyid={s.sid}" rel="nofollow"><img src="{b}/modules/news/images/print.gif" border="0" alt="หน้าสำหรับพิมพ์" /></a></span></div>\n'
            "</div>\n<br />\n"
        )

    def comments_html(self, s: _Story, mode: str, order: int, com_id: int | None) -> str:
        b = self.b
        selects = "".join(
            f'<option value="{m}"{SELECTED if m == mode else ""}>{label}</option>'
            for m, label in (("nest", "แบบซ้อน"), ("flat", "แบบเรียบ"), ("thread", "แบบเธรด"))
        )
        orders = "".join(
            f'<option value="{o}"{SELECTED if o == order else ""}>{label}</option>'
            for o, label in ((0, "เก่าสุดก่อน"), (1, "ใหม่สุดก่อน"))
        )
        bar = (
            '<form method="get" action="article.php">\n<table width="95%" class="outer" cellspacing="1">\n<tr><td class="even" align="center">'
            f'<select name="com_mode">{selects}</select> <select name="com_order">{orders}</select>'
            f'<input type="hidden" name="storyid" value="{s.sid}" /> <input type="submit" value="ตกลง" class="formButton" />'
            "</td></tr>\n</table>\n</form>\n"
            '<div style="margin:3px; padding: 3px;">ความเห็นเป็นของผู้เขียนแต่ละท่าน เทศบาลไม่รับผิดชอบต่อเนื้อหาของความเห็น</div>\n'
        )
        listed = list(s.comments) if order == 0 else list(reversed(s.comments))
        if com_id is not None:
            chosen = next((c for c in s.comments if c.com_id == com_id), None)
            listed = [chosen] if chosen else listed
        rows = ""
        for c in listed:
            d, hm = _split(c.when)
            poster = (
                f'<a href="{b}/userinfo.php?uid={c.uid}">{esc(c.poster)}</a>'
                if c.uid
                else f"{esc(c.poster)} <small>(ผู้มาเยือน)</small>"
            )
            indent = ' style="margin-left: 25px;"' if c.pid and mode == "nest" else ""
            rows += (
                f'<a id="comment{c.com_id}"></a>\n<table class="outer" cellpadding="5" cellspacing="1"{indent}>\n'
                f'<tr><th class="head" width="20%">ผู้ส่ง</th><th class="head">หัวข้อ: {esc(c.title)}</th></tr>\n'
                f'<tr><td class="odd">{poster}</td><td class="odd"><div class="comDate"><span class="comDateCaption">ส่งเมื่อ:</span> {_short(d, hm)}</div>'
                f'<div class="comText">{esc(c.text)}</div></td></tr>\n</table>\n<br />\n'
            )
        tree = ""
        if mode == "thread" or com_id is not None:
            tree = '<table class="outer" cellspacing="1">\n<tr><th>หัวข้อ</th><th>ผู้ส่ง</th><th>วันที่</th></tr>\n'
            for c in s.comments:
                d, hm = _split(c.when)
                pad = "&nbsp;&nbsp;&nbsp;&nbsp;" if c.pid else ""
                tree += f'<tr><td class="even">{pad}<a href="{_a(self.com_href(s, c))}#comment{c.com_id}">{esc(c.title)}</a></td><td class="even">{esc(c.poster)}</td><td class="even">{_short(d, hm)}</td></tr>\n'
            tree += "</table>\n<br />\n"
        form = (
            '<form name="commentform" id="commentform" action="comment_post.php" method="post">\n<table class="outer" cellspacing="1" width="100%">\n'
            '<tr><th colspan="2">ส่งความเห็น</th></tr>\n'
            f'<tr><td class="head">หัวข้อ</td><td class="even"><input type="text" name="com_title" size="50" maxlength="255" value="Re: {attr(s.title)}" /></td></tr>\n'
            '<tr><td class="head">ชื่อ</td><td class="even"><input type="text" name="com_user" size="30" maxlength="60" value="" /></td></tr>\n'
            '<tr><td class="head">ความเห็น</td><td class="even"><textarea name="com_text" rows="8" cols="50"></textarea></td></tr>\n'
            f'<tr><td class="head">รหัสยืนยัน</td><td class="even"><img src="{b}/class/captcha/image/scripts/image.php" alt="captcha" /> <input type="text" name="xoopscaptcha" size="8" /></td></tr>\n'
            f'<tr><td class="head">&nbsp;</td><td class="even"><input type="hidden" name="com_itemid" value="{s.sid}" /><input type="hidden" name="com_pid" value="0" /><input type="hidden" name="com_rootid" value="0" />'
            f'<input type="hidden" name="com_mode" value="{mode}" /><input type="hidden" name="com_order" value="{order}" /><input type="submit" name="com_dopost" value="ส่งความเห็น" class="formButton" /></td></tr>\n'
            "</table>\n</form>\n"
        )
        return f'<div style="text-align: center; padding: 3px; margin:3px;"><a id="comments"></a></div>\n{bar}{tree}{rows}{form}'

    def article_center(self, s: _Story, mode: str = "nest", order: int = 0, com_id: int | None = None) -> str:
        b = self.b
        topic_name = TOPICS[s.topic][0]
        k = self.chain.index(s)
        prev = self.chain[k - 1] if k else None
        nxt = self.chain[k + 1] if k + 1 < len(self.chain) else None
        files = ""
        if s.files:
            files = (
                '<div class="itemFiles"><b>ไฟล์แนบ:</b><br />\n'
                + "".join(
                    f'<img src="{b}/modules/news/images/attach.gif" alt="" /> <a href="visit.php?fileid={fid}" target="_blank">{esc(name)}</a> (ดาวน์โหลด {fid * 17 + 23} ครั้ง)<br />\n'
                    for fid, name in s.files
                )
                + "</div>\n"
            )
        mail = quote(f"บทความที่น่าสนใจจาก {SITE}".encode("tis-620"))
        body_mail = quote(f"{b}/modules/news/{_art(s.sid)}", safe="")
        item = (
            '<div class="news-article">\n<div class="item">\n'
            f'<div class="itemHead"><span class="itemTitle">{esc(s.title)}</span></div>\n'
            f'<div class="itemInfo"><span class="itemPoster">ส่งโดย <a href="{b}/userinfo.php?uid={s.uid}">{s.uname}</a></span> '
            f'<span class="itemPostDate">เมื่อ {_short(s.d, s.hm)}</span> (<span class="itemStats">อ่าน {s.reads} ครั้ง</span>) '
            f'<span class="itemTopic">หัวข้อ: <a href="index.php?storytopic={s.topic}">{esc(topic_name)}</a></span></div>\n'
            f'<div class="itemBody">{self.topic_img(s)}<p class="itemText">{_hometext(s)}{_bodytext(s)}</p></div>\n'
            f"{files}"
            '<div class="itemFoot"><span class="itemPermaLink">'
            f'<a href="print.php?storyid={s.sid}" rel="nofollow"><img src="{b}/modules/news/images/print.gif" border="0" alt="หน้าสำหรับพิมพ์" title="หน้าสำหรับพิมพ์" /></a> '
            f'<a href="mailto:?subject={mail}&amp;body={body_mail}" target="_top"><img src="{b}/modules/news/images/friend.gif" border="0" alt="ส่งบทความนี้ให้เพื่อน" title="ส่งบทความนี้ให้เพื่อน" /></a> '
            f'<a href="makepdf.php?storyid={s.sid}" rel="nofollow"><img src="{b}/modules/news/images/acrobat.gif" border="0" alt="สร้างไฟล์ PDF" title="สร้างไฟล์ PDF" /></a>'
            "</span></div>\n</div>\n</div>\n"
        )
        rating = f'<div style="text-align: center;">คะแนน: 0.00 (0 โหวต) - <a href="ratenews.php?storyid={s.sid}" rel="nofollow">ให้คะแนนข่าวนี้</a></div>\n'
        nav = '<table width="100%" border="0"><tr>'
        nav += (
            f'<td align="left" width="50%"><a href="{_art(prev.sid)}" title="{attr(prev.title)}">&laquo; เรื่องก่อนหน้า</a></td>'
            if prev
            else '<td width="50%">&nbsp;</td>'
        )
        nav += (
            f'<td align="right" width="50%"><a href="{_art(nxt.sid)}" title="{attr(nxt.title)}">เรื่องถัดไป &raquo;</a></td>'
            if nxt
            else '<td width="50%">&nbsp;</td>'
        )
        nav += "</tr></table>\n"
        others = [o for o in self.newest if o.topic == s.topic and o.sid != s.sid][:5]
        summary = (
            f'<table width="100%" class="outer" cellspacing="1"><tr><th colspan="2">ข่าวอื่นๆ ในหัวข้อเดียวกัน: {esc(topic_name)}</th></tr>\n'
            + "".join(
                f'<tr class="{"even" if i % 2 else "odd"}"><td><a href="{_art(o.sid)}" title="{attr(o.title)}">{esc(o.title)}</a></td><td align="right">({_short(o.d)})</td></tr>\n'
                for i, o in enumerate(others)
            )
            + "</table>\n<br />\n"
        )
        return item + rating + nav + "<br />\n" + summary + self.comments_html(s, mode, order, com_id)

    def article_page(self, s: _Story, here: str, mode: str = "nest", order: int = 0, com_id: int | None = None) -> str:
        title = f"{s.title} - {TOPICS[s.topic][0]} - {MODULE_NAME}"
        return self.page(title, self.article_center(s, mode, order, com_id), here, "news")

    def print_page(self, s: _Story) -> str:
        b = self.b
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<meta http-equiv="content-type" content="text/html; charset=tis-620" />
<title>{esc(s.title)} - {esc(SITE)}</title>
<meta name="AUTHOR" content="{attr(SITE)}" />
<meta name="COPYRIGHT" content="Copyright (c) 2010 by {attr(SITE)}" />
<meta name="GENERATOR" content="XOOPS" />
<meta name="robots" content="noindex,nofollow" />
<style type="text/css">body {{ font-family: Tahoma, sans-serif; font-size: 13px; }}</style>
</head>
<body bgcolor="#ffffff" text="#000000" onload="window.print()">
<table border="0" style="width: 640px; margin: 0 auto;"><tr><td>
<table border="0" width="640" cellpadding="10" cellspacing="1" style="border: 1px solid #000000;"><tr><td>
<img src="{b}{THEME}/images/logo_print.gif" border="0" alt="" /><br /><br />
<h2 style="margin: 0;">{esc(s.title)}</h2>
<small><b>วันที่:</b>&nbsp;{esc(_long(s.d))} {_short(s.d, s.hm).split(" ")[1]}<br /><b>หัวข้อ:</b>&nbsp;{esc(TOPICS[s.topic][0])}</small><br /><br />
{_hometext(s)}{_bodytext(s)}
</td></tr></table>
</td></tr></table>
<br /><br />
<div style="text-align: center;">
ข่าวนี้มาจาก {esc(SITE)}<br />
<a href="{b}/">{b}/</a><br /><br />
URL ของข่าวนี้คือ:<br />
<a href="{b}/modules/news/{_art(s.sid)}">{b}/modules/news/{_art(s.sid)}</a>
</div>
</body>
</html>
"""

    def redirect_page(self, message: str, target: str) -> str:
        """XOOPS redirect_header(): status 200, a notice and a meta refresh."""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<meta http-equiv="content-type" content="text/html; charset=tis-620" />
<meta http-equiv="Refresh" content="2; url={attr(target)}" />
<title>{esc(SITE)}</title>
<link rel="stylesheet" type="text/css" media="all" href="{self.b}{THEME}/style.css" />
</head>
<body>
<div class="center bold" style="background-color: #ebebeb; border: 1px solid #ffffff; border-right-color: #aaaaaa; border-bottom-color: #aaaaaa; padding: 10px; margin: 150px auto 0 auto; width: 60%;">
<h4>{esc(message)}</h4>
<p>ถ้าเบราว์เซอร์ของท่านไม่เปลี่ยนหน้าโดยอัตโนมัติ <a href="{attr(target)}">กรุณาคลิกที่นี่</a></p>
</div>
</body>
</html>
"""

    def soft_404(self) -> Response:
        return self.html(self.redirect_page("ขออภัย ไม่พบข่าวที่เลือก", self.b + "/modules/news/index.php"))

    def pagenav(self, base: str, total: int, start: int) -> str:
        pages = (total + PER_PAGE - 1) // PER_PAGE
        if pages <= 1:
            return ""
        current = start // PER_PAGE
        out = '<div id="xo-pagenav">หน้า: '
        if current:
            out += f'<a class="xo-pagarrow" href="{_a(f"{base}&start={(current - 1) * PER_PAGE}")}"><u>&laquo; หน้าก่อนหน้า</u></a> '
        for p in range(pages):
            if p == current:
                out += f'<strong class="xo-pagact">({p + 1})</strong> '
            else:
                out += f'<a class="xo-counterpage" href="{_a(f"{base}&start={p * PER_PAGE}")}">{p + 1}</a> '
        if current + 1 < pages:
            out += f'<a class="xo-pagarrow" href="{_a(f"{base}&start={(current + 1) * PER_PAGE}")}"><u>หน้าถัดไป &raquo;</u></a>'
        return out + "</div>\n"

    def topic_select(self, current: int) -> str:
        options = '<option value="0">ทั้งหมด</option>' + "".join(
            f'<option value="{t}"{SELECTED if t == current else ""}>{esc(name)}</option>'
            for t, (name, _i, _d) in TOPICS.items()
        )
        return (
            '<div style="text-align: center;"><form name="form1" action="index.php" method="get">'
            f'หัวข้อข่าว <select name="storytopic" onchange="submit();">{options}</select> '
            '<input type="submit" value="ตกลง" /></form></div>\n<br />\n'
        )

    def register_news(self) -> None:
        site, b = self.site, self.b
        # module home: the newest PER_PAGE stories, no pager
        center = (
            self.topic_select(0)
            + "".join(self.item(s) for s in self.newest[:PER_PAGE])
            + '<div style="text-align: right;"><a href="archive.php">คลังข่าว: ข่าวทั้งหมด &raquo;</a></div>\n'
        )
        for path in ("/modules/news/", "/modules/news/index.php"):
            self.add_page(path, self.page(MODULE_NAME, center, path, "news"))

        # topics, paginated
        for t, (name, img, desc) in TOPICS.items():
            stories = [s for s in self.newest if s.topic == t]
            base = f"index.php?storytopic={t}"
            for start in range(0, len(stories), PER_PAGE):
                head = (
                    f'<div class="news-topic"><img src="{b}/modules/news/images/topics/{img}" alt="" align="left" /> '
                    f'<span class="itemTitle">{esc(name)}</span><br /><small>{esc(desc)}</small></div><br style="clear: both;" />\n'
                )
                center = (
                    self.topic_select(t)
                    + head
                    + "".join(self.item(s) for s in stories[start : start + PER_PAGE])
                    + self.pagenav(base, len(stories), start)
                )
                paths = [f"/modules/news/{base}&start={start}"]
                if start == 0:
                    paths.insert(0, f"/modules/news/{base}")
                for path in paths:
                    self.add_page(path, self.page(f"{name} - {MODULE_NAME}", center, path, "news"))

        # stories and their aliases
        for s in self.chain:
            path = f"/modules/news/{_art(s.sid)}"
            site.add(path, self.html(self.article_page(s, path)))
            aliases = [self.u(f"/modules/news/print.php?storyid={s.sid}")]
            site.add(f"/modules/news/print.php?storyid={s.sid}", self.html(self.print_page(s), PRINT_TYPE))
            if s.comments:
                flat = "/modules/news/" + self.flat_href(s)
                site.add(flat, self.html(self.article_page(s, flat, "flat", 0)))
                aliases.append(self.u(flat))
                for c in s.comments:
                    one = "/modules/news/" + self.com_href(s, c)
                    site.add(one, self.html(self.article_page(s, one, "thread", 0, c.com_id)))
                    aliases.append(self.u(one))
            rate = f"/modules/news/ratenews.php?storyid={s.sid}"
            rate_center = (
                f'<div class="itemTitle">{esc(s.title)}</div>\n<br />\n<form method="post" action="ratenews.php">'
                "<ul><li>กรุณาอย่าให้คะแนนข่าวเดิมซ้ำ</li><li>คะแนน 1 คือแย่ที่สุด คะแนน 10 คือดีที่สุด</li></ul>\n"
                f'<input type="hidden" name="storyid" value="{s.sid}" /><select name="rating">'
                + "".join(f'<option value="{r}">{r}</option>' for r in range(10, 0, -1))
                + f'</select> <input type="submit" name="submit" value="ให้คะแนน" /> <input type="button" value="ยกเลิก" onclick="location=\'{_art(s.sid)}\'" /></form>\n'
            )
            self.add_page(rate, self.page(f"ให้คะแนนข่าว - {MODULE_NAME}", rate_center, rate, "news"))
            site.add(
                f"/modules/news/makepdf.php?storyid={s.sid}",
                static_file(pdf(f"Thaphongam news {s.sid}", [f"Story {s.sid}", s.day]), "application/pdf", s.dt),
            )
            for fid, _name in s.files:
                site.add(
                    f"/modules/news/visit.php?fileid={fid}",
                    redirect(self.u(f"/uploads/news/attached/file_{fid:04d}.pdf"), 302),
                )
            site.articles.append(
                FixtureArticle(
                    url=self.u(path),
                    aliases=tuple(aliases),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.day,
                    author=s.uname,
                    captions=s.figures,
                )
            )
        # the deleted story, linked from the procurement table
        site.add(f"/modules/news/{_art(DELETED_SID)}", self.soft_404())
        self.non_articles.append(self.u(f"/modules/news/{_art(DELETED_SID)}"))
        self.add_page(
            "/modules/news/submit.php",
            self.redirect_page("ขออภัย ท่านไม่มีสิทธิ์เข้าใช้งานส่วนนี้", b + "/modules/news/index.php"),
        )

        # archive
        months = sorted({(s.d.year, s.d.month) for s in STORIES}, reverse=True)
        years: dict[int, list[int]] = {}
        for y, m in months:
            years.setdefault(y, []).append(m)
        rows = "".join(
            f"<li><b>{y + 543}</b><ul>"
            + "".join(f'<li><a href="{_a(f"archive.php?year={y}&month={m}")}">{MONTHS[m - 1]}</a></li>' for m in ms)
            + "</ul></li>\n"
            for y, ms in years.items()
        )
        archive = f'<div class="news-archive"><h3>คลังข่าว</h3>\n<ul>\n{rows}</ul></div>\n'
        self.add_page(
            "/modules/news/archive.php",
            self.page(f"คลังข่าว - {MODULE_NAME}", archive, "/modules/news/archive.php", "news"),
        )
        for y, m in months:
            stories = [s for s in self.newest if (s.d.year, s.d.month) == (y, m)]
            lines = "".join(
                f'<tr class="{"even" if i % 2 else "odd"}"><td><a href="index.php?storytopic={s.topic}">{esc(TOPICS[s.topic][0])}</a>: '
                f'<a href="{_art(s.sid)}">{esc(s.title)}</a></td>'
                f'<td align="center"><a href="print.php?storyid={s.sid}" rel="nofollow"><img src="{b}/modules/news/images/print.gif" border="0" alt="หน้าสำหรับพิมพ์" /></a></td>'
                f'<td align="center">{_short(s.d, s.hm)}</td></tr>\n'
                for i, s in enumerate(stories)
            )
            center = (
                archive
                + f'<br />\n<table class="outer" width="100%" cellspacing="1"><tr><th colspan="3">{MONTHS[m - 1]} {y + 543}</th></tr>\n'
                '<tr><td class="head">ข่าว</td><td class="head" align="center">ตัวเลือก</td><td class="head" align="center">วันที่</td></tr>\n'
                f'{lines}</table>\n<div style="text-align: center;">มีข่าวทั้งหมด {len(stories)} เรื่อง</div>\n'
            )
            path = f"/modules/news/archive.php?year={y}&month={m}"
            self.add_page(path, self.page(f"คลังข่าว - {MODULE_NAME}", center, path, "news"))

        # topics directory
        cells = "".join(
            f'<tr class="{"even" if t % 2 else "odd"}"><td><img src="{b}/modules/news/images/topics/{img}" alt="" /></td>'
            f'<td><a href="index.php?storytopic={t}">{esc(name)}</a><br /><small>{esc(desc)}</small></td>'
            f'<td align="center">{sum(1 for s in STORIES if s.topic == t)}</td></tr>\n'
            for t, (name, img, desc) in TOPICS.items()
        )
        self.add_page(
            "/modules/news/topics_directory.php",
            self.page(
                f"หัวข้อข่าว - {MODULE_NAME}",
                f'<table class="outer" width="100%" cellspacing="1"><tr><th colspan="2">หัวข้อข่าว</th><th>จำนวนข่าว</th></tr>\n{cells}</table>\n',
                "/modules/news/topics_directory.php",
                "news",
            ),
        )

    # -- home and the other modules --------------------------------------------------------------
    def register_home(self) -> None:
        b = self.b
        first, rest = self.newest[0], self.newest[1:6]
        teaser = first.home[0][:120] + "..."
        news = (
            f'<div class="spotlight"><a href="{_a(f"{b}/modules/news/{_art(first.sid)}")}"><b>{esc(first.title)}</b></a><br />\n'
            f"<small>{esc(_long(first.d))}</small><br />\n{esc(teaser)} "
            f'<a href="{_a(f"{b}/modules/news/{_art(first.sid)}")}">อ่านต่อ...</a></div>\n<ul>\n'
            + "".join(
                f'<li><a href="{_a(f"{b}/modules/news/{_art(s.sid)}")}">{esc(s.title)}</a> <small>[{_short(s.d)}]</small></li>\n'
                for s in rest
            )
            + f'</ul>\n<div align="right"><a href="{b}/modules/news/">ข่าวทั้งหมด...</a></div>\n'
        )
        photos = "".join(
            f'<td align="center" width="25%"><a href="{_a(f"{b}/modules/myalbum/photo.php?lid={p.lid}")}"><img src="{b}/modules/myalbum/thumbs/{p.lid}.jpg" width="120" height="90" alt="{attr(p.title)}" /></a><br />'
            f"<small>{esc(p.title)}</small></td>"
            for p in sorted(PHOTOS, key=lambda p: p.day, reverse=True)[:4]
        )
        threads = "".join(
            f'<tr><td><a href="{_a(f"{b}/modules/newbb/viewtopic.php?topic_id={t.topic_id}&forum={t.forum}")}">{esc(t.subject)}</a></td>'
            f"<td>{len(t.posts) - 1}</td><td>{_short(*_split(t.posts[-1].when))}</td></tr>\n"
            for t in sorted(THREADS, key=lambda t: t.posts[-1].when, reverse=True)[:5]
        )
        center = (
            '<div class="xo-blockszone" id="xo-page-topblocks">\n'
            + self.block(
                "ยินดีต้อนรับ",
                f'<div style="text-align: center;"><b>{esc(SITE)}</b><br />{esc(SLOGAN)}</div>',
            )
            + self.block(MODULE_NAME, news)
            + self.block("ภาพกิจกรรมล่าสุด", f'<table width="100%"><tr>{photos}</tr></table>')
            + self.block(
                "กระทู้ล่าสุด",
                f'<table width="100%" class="outer"><tr><th>หัวข้อ</th><th>ตอบ</th><th>ล่าสุด</th></tr>\n{threads}</table>',
            )
            + "</div>\n"
        )
        for path in ("/", "/index.php"):
            self.add_page(path, self.page("", center, path))

    def register_newbb(self) -> None:
        b = self.b
        rows = ""
        for f, (name, desc) in FORUMS.items():
            threads = [t for t in THREADS if t.forum == f]
            last = max(threads, key=lambda t: t.posts[-1].when)
            posts = sum(len(t.posts) for t in threads)
            rows += (
                f'<tr><td class="even"><a href="viewforum.php?forum={f}"><b>{esc(name)}</b></a><br /><small>{esc(desc)}</small></td>'
                f'<td class="odd" align="center">{len(threads)}</td><td class="odd" align="center">{posts}</td>'
                f'<td class="even" align="right"><small>{_short(*_split(last.posts[-1].when))}<br />{esc(last.posts[-1].poster)} '
                f'<a href="{_a(f"viewtopic.php?topic_id={last.topic_id}&post_id={last.posts[-1].post_id}")}#forumpost{last.posts[-1].post_id}"><img src="{b}/modules/newbb/images/icon/lastpost.gif" alt="ตอบล่าสุด" /></a></small></td></tr>\n'
            )
        center = (
            '<div class="forum_header"><a href="index.php">กระดานถาม-ตอบ</a></div>\n'
            '<table class="outer" cellspacing="1" width="100%"><tr><th>ห้องสนทนา</th><th>กระทู้</th><th>ข้อความ</th><th>ตอบล่าสุด</th></tr>\n'
            f"{rows}</table>\n"
        )
        for path in ("/modules/newbb/", "/modules/newbb/index.php"):
            self.add_page(path, self.page("กระดานถาม-ตอบ", center, path, "newbb"))
        for f, (name, _desc) in FORUMS.items():
            threads = sorted((t for t in THREADS if t.forum == f), key=lambda t: t.posts[-1].when, reverse=True)
            lines = "".join(
                f'<tr><td class="even"><a href="{_a(f"viewtopic.php?topic_id={t.topic_id}&forum={f}")}">{esc(t.subject)}</a></td>'
                f'<td class="odd" align="center">{len(t.posts) - 1}</td><td class="even">{esc(t.posts[0].poster)}</td>'
                f'<td class="odd" align="center">{30 + t.topic_id * 7}</td>'
                f'<td class="even" align="right"><small>{_short(*_split(t.posts[-1].when))}<br />{esc(t.posts[-1].poster)} '
                f'<a href="{_a(f"viewtopic.php?topic_id={t.topic_id}&post_id={t.posts[-1].post_id}")}#forumpost{t.posts[-1].post_id}"><img src="{b}/modules/newbb/images/icon/lastpost.gif" alt="ตอบล่าสุด" /></a></small></td></tr>\n'
                for t in threads
            )
            center = (
                f'<div class="forum_header"><a href="index.php">กระดานถาม-ตอบ</a> &raquo; <b>{esc(name)}</b></div>\n'
                '<table class="outer" cellspacing="1" width="100%"><tr><th>หัวข้อ</th><th>ตอบ</th><th>ผู้ตั้ง</th><th>อ่าน</th><th>ตอบล่าสุด</th></tr>\n'
                f"{lines}</table>\n"
            )
            path = f"/modules/newbb/viewforum.php?forum={f}"
            self.add_page(path, self.page(f"{name} - กระดานถาม-ตอบ", center, path, "newbb"))
        for t in THREADS:
            name = FORUMS[t.forum][0]
            posts = ""
            for k, p in enumerate(t.posts):
                d, hm = _split(p.when)
                who = (
                    f'<a href="{b}/userinfo.php?uid={p.uid}">{esc(p.poster)}</a><br /><small>เจ้าหน้าที่</small>'
                    if p.uid
                    else f"{esc(p.poster)}<br /><small>ผู้มาเยือน</small>"
                )
                subject = t.subject if k == 0 else f"Re: {t.subject}"
                posts += (
                    f'<a id="forumpost{p.post_id}"></a>\n<table class="outer" cellspacing="1" width="100%">\n'
                    f'<tr><th colspan="2" align="left">{esc(subject)}</th></tr>\n'
                    f'<tr><td class="head" width="18%" valign="top">{who}</td><td class="odd"><div class="comDate">ส่งเมื่อ: {_short(d, hm)}</div>\n'
                    f'<div class="post_text">{esc(p.text)}</div></td></tr>\n</table>\n<br />\n'
                )
            reply = b + self.login_href(f"/modules/newbb/reply.php?topic_id={t.topic_id}&forum={t.forum}")
            center = (
                f'<div class="forum_header"><a href="index.php">กระดานถาม-ตอบ</a> &raquo; <a href="viewforum.php?forum={t.forum}">{esc(name)}</a> &raquo; <b>{esc(t.subject)}</b></div>\n<br />\n'
                f"{posts}"
                f'<div><a href="{_a(reply)}">ตอบกระทู้ (กรุณาเข้าสู่ระบบ)</a></div>\n'
            )
            paths = [
                f"/modules/newbb/viewtopic.php?topic_id={t.topic_id}&forum={t.forum}",
                f"/modules/newbb/viewtopic.php?topic_id={t.topic_id}&post_id={t.posts[-1].post_id}",
            ]
            for path in paths:
                self.add_page(path, self.page(f"{t.subject} - กระดานถาม-ตอบ", center, path, "newbb"))

    def register_myalbum(self) -> None:
        b = self.b
        cats = "".join(
            f'<td align="center"><a href="viewcat.php?cid={cid}"><img src="{b}/modules/myalbum/images/folder.gif" alt="" /><br /><b>{esc(name)}</b></a> ({sum(1 for p in PHOTOS if p.cid == cid)})</td>'
            for cid, name in ALBUMS.items()
        )
        latest = "".join(
            f'<td align="center"><a href="photo.php?lid={p.lid}"><img src="{b}/modules/myalbum/thumbs/{p.lid}.jpg" width="120" height="90" alt="" /></a><br />{esc(p.title)}<br /><small>{_short(date.fromisoformat(p.day))}</small></td>'
            for p in sorted(PHOTOS, key=lambda p: p.day, reverse=True)[:4]
        )
        center = (
            f'<table width="100%" class="outer"><tr>{cats}</tr></table>\n<br />\n<b>ภาพล่าสุด</b>\n'
            f'<table width="100%"><tr>{latest}</tr></table>\n'
        )
        for path in ("/modules/myalbum/", "/modules/myalbum/index.php"):
            self.add_page(path, self.page("ภาพกิจกรรม", center, path, "myalbum"))
        for cid, name in ALBUMS.items():
            photos = [p for p in PHOTOS if p.cid == cid]
            cells = "".join(
                f'<tr><td width="130"><a href="photo.php?lid={p.lid}"><img src="{b}/modules/myalbum/thumbs/{p.lid}.jpg" width="120" height="90" alt="" /></a></td>'
                f'<td><a href="photo.php?lid={p.lid}"><b>{esc(p.title)}</b></a><br /><small>วันที่: {_short(date.fromisoformat(p.day))} | เปิดดู: {p.hits}</small></td></tr>\n'
                for p in photos
            )
            center = f'<div><a href="index.php">ภาพกิจกรรม</a> &raquo; <b>{esc(name)}</b></div>\n<table width="100%" class="outer">{cells}</table>\n'
            path = f"/modules/myalbum/viewcat.php?cid={cid}"
            self.add_page(path, self.page(f"{name} - ภาพกิจกรรม", center, path, "myalbum"))
        for p in PHOTOS:
            same = [x for x in PHOTOS if x.cid == p.cid]
            k = same.index(p)
            nav = ""
            if k:
                nav += f'<a href="photo.php?lid={same[k - 1].lid}">&laquo; ภาพก่อนหน้า</a> '
            nav += f"[{k + 1}/{len(same)}]"
            if k + 1 < len(same):
                nav += f' <a href="photo.php?lid={same[k + 1].lid}">ภาพถัดไป &raquo;</a>'
            center = (
                f'<div><a href="index.php">ภาพกิจกรรม</a> &raquo; <a href="viewcat.php?cid={p.cid}">{esc(ALBUMS[p.cid])}</a></div>\n'
                f'<div style="text-align: center;">{nav}</div>\n<table class="outer" width="100%"><tr><td align="center">'
                f'<img src="{b}/modules/myalbum/photos/{p.lid}.jpg" width="640" height="480" alt="{attr(p.title)}" /><br /><br />\n'
                f'<b>{esc(p.title)}</b><br />\n<div class="photodesc">{esc(p.desc)}</div>\n'
                f'<small>ส่งโดย: <a href="{b}/userinfo.php?uid=2">pr_thaphongam</a> | วันที่: {_short(date.fromisoformat(p.day))} | เปิดดู: {p.hits} ครั้ง</small>'
                "</td></tr></table>\n"
            )
            path = f"/modules/myalbum/photo.php?lid={p.lid}"
            self.add_page(path, self.page(f"{p.title} - ภาพกิจกรรม", center, path, "myalbum"))

    def register_mydownloads(self) -> None:
        site, b = self.site, self.b
        cats = "".join(
            f'<tr><td><img src="{b}/modules/mydownloads/images/folder.gif" alt="" /> <a href="viewcat.php?cid={cid}"><b>{esc(name)}</b></a> ({sum(1 for d in DOWNLOADS if d[1] == cid)})</td></tr>\n'
            for cid, name in DL_CATS.items()
        )
        center = f'<div style="text-align: center;"><b>ดาวน์โหลดเอกสาร</b></div>\n<table class="outer" width="100%">{cats}</table>\n<div style="text-align: center;">มีไฟล์ทั้งหมด {len(DOWNLOADS)} ไฟล์</div>\n'
        for path in ("/modules/mydownloads/", "/modules/mydownloads/index.php"):
            self.add_page(path, self.page("ดาวน์โหลดเอกสาร", center, path, "mydownloads"))

        def entry(lid: int, cid: int, title: str, added: str, desc: str, size: int, hits: int, single: bool) -> str:
            head = (
                f"<b>{esc(title)}</b>"
                if single
                else f'<a href="{_a(f"singlefile.php?cid={cid}&lid={lid}")}"><b>{esc(title)}</b></a>'
            )
            return (
                f'<table class="outer" width="100%"><tr><td class="head">{head}</td></tr>\n'
                f'<tr><td class="even">{esc(desc)}<br />\n<small>เพิ่มเมื่อ: {_short(date.fromisoformat(added))} | ขนาดไฟล์: {size} KB | ดาวน์โหลด: {hits} ครั้ง</small><br />\n'
                f'<a href="{_a(f"visit.php?cid={cid}&lid={lid}")}" target="_blank"><img src="{b}/modules/mydownloads/images/download.gif" alt="" /> ดาวน์โหลด</a></td></tr></table>\n<br />\n'
            )

        for cid, name in DL_CATS.items():
            items = "".join(entry(*d, single=False) for d in DOWNLOADS if d[1] == cid)
            center = f'<div><a href="index.php">ดาวน์โหลดเอกสาร</a> &raquo; <b>{esc(name)}</b></div>\n{items}'
            path = f"/modules/mydownloads/viewcat.php?cid={cid}"
            self.add_page(path, self.page(f"{name} - ดาวน์โหลดเอกสาร", center, path, "mydownloads"))
        for d in DOWNLOADS:
            lid, cid, title = d[0], d[1], d[2]
            center = f'<div><a href="index.php">ดาวน์โหลดเอกสาร</a> &raquo; <a href="viewcat.php?cid={cid}">{esc(DL_CATS[cid])}</a></div>\n{entry(*d, single=True)}'
            path = f"/modules/mydownloads/singlefile.php?cid={cid}&lid={lid}"
            self.add_page(path, self.page(f"{title} - ดาวน์โหลดเอกสาร", center, path, "mydownloads"))
            site.add(
                f"/modules/mydownloads/visit.php?cid={cid}&lid={lid}",
                redirect(self.u(f"/uploads/mydownloads/doc_{lid:03d}.pdf"), 302),
            )

    def register_tinycontent(self) -> None:
        b = self.b
        for tid, title, paragraphs in TINY:
            body = "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs)
            if tid == 3:
                body += (
                    '<table border="0" align="center" cellpadding="8">'
                    + "".join(
                        f'<tr><td align="center"><img src="{b}/uploads/tinycontent/exec_{k}.jpg" width="120" height="150" alt="" /><br /><b>{esc(n)}</b><br />{esc(r)}</td></tr>'
                        for k, (n, r) in enumerate(EXECUTIVES, start=1)
                    )
                    + "</table>\n"
                )
            if tid == 4:
                body += (
                    f'<p>อีเมล: <a href="mailto:{EMAIL}">{EMAIL}</a><br />\n'
                    f'หรือแจ้งเรื่องผ่าน <a href="{b}/modules/newbb/viewforum.php?forum=2">กระดานร้องเรียน/ร้องทุกข์</a></p>\n'
                )
            if tid in PROCUREMENT:
                rows = "".join(
                    f'<tr><td align="center">{k}</td><td align="center">{_abbr(date.fromisoformat(day))}</td><td>{esc(text)}</td>'
                    f'<td align="center"><a href="{_a(href if href.startswith("http") else b + href)}" target="_blank">รายละเอียด</a></td></tr>\n'
                    for k, (day, text, href) in enumerate(PROCUREMENT[tid], start=1)
                )
                body += (
                    '<table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse: collapse;">\n'
                    '<tr style="background-color: #dde8f5;"><th>ลำดับ</th><th>วันที่ประกาศ</th><th>เรื่อง</th><th>เอกสาร</th></tr>\n'
                    f"{rows}</table>\n"
                )
            center = f'<div class="tinycontent"><h3 style="color: #1b5e20;">{esc(title)}</h3>\n{body}</div>\n'
            path = f"/modules/tinycontent/index.php?id={tid}"
            self.add_page(path, self.page(title, center, path, "tinycontent"))

    def register_system(self) -> None:
        b = self.b
        for uid, (uname, since) in USERS.items():
            mine = [s for s in self.newest if s.uid == uid][:5]
            recent = "".join(
                f'<li><a href="{_a(f"{b}/modules/news/{_art(s.sid)}")}">{esc(s.title)}</a> ({_short(s.d, s.hm)})</li>\n'
                for s in mine
            )
            center = (
                f'<table class="outer" width="100%"><tr><th colspan="2">ข้อมูลสมาชิก: {uname}</th></tr>\n'
                f'<tr><td class="head">ชื่อผู้ใช้</td><td class="odd">{uname}</td></tr>\n'
                f'<tr><td class="head">สมาชิกตั้งแต่</td><td class="odd">{_short(date.fromisoformat(since))}</td></tr>\n'
                f'<tr><td class="head">อันดับ</td><td class="odd">{"ผู้ดูแลเว็บไซต์" if uid in (1, 9) else "เจ้าหน้าที่"}</td></tr>\n'
                f'<tr><td class="head">จำนวนโพสต์</td><td class="odd">{len(mine) * 3 + uid}</td></tr></table>\n<br />\n'
                + (
                    f'<table class="outer" width="100%"><tr><th>{esc(MODULE_NAME)}</th></tr><tr><td class="even"><ul>\n{recent}</ul></td></tr></table>\n'
                    if recent
                    else ""
                )
            )
            path = f"/userinfo.php?uid={uid}"
            self.add_page(path, self.page(f"ข้อมูลสมาชิก: {uname}", center, path))
        search = (
            '<form name="search" action="search.php" method="get"><table class="outer" cellspacing="1" width="100%">\n'
            '<tr><th colspan="2">ค้นหา</th></tr>\n<tr><td class="head">คำค้น</td><td class="even"><input type="text" name="query" size="30" /></td></tr>\n'
            '<tr><td class="head">ประเภท</td><td class="even"><select name="andor"><option value="AND">ทุกคำ</option><option value="OR">คำใดคำหนึ่ง</option><option value="exact">ตรงทั้งวลี</option></select></td></tr>\n'
            '<tr><td class="head">ค้นหาใน</td><td class="even"><input type="checkbox" name="mids[]" value="2" checked="checked" /> ข่าวประชาสัมพันธ์ <input type="checkbox" name="mids[]" value="3" checked="checked" /> กระดานถาม-ตอบ</td></tr>\n'
            '<tr><td class="head">&nbsp;</td><td class="even"><input type="hidden" name="action" value="results" /><input type="submit" value="ค้นหา" /></td></tr>\n</table></form>\n'
        )
        self.add_page("/search.php", self.page("ค้นหา", search, "/search.php"))
        register = (
            '<form action="register.php" method="post"><table class="outer" width="100%"><tr><th colspan="2">สมัครสมาชิก</th></tr>\n'
            '<tr><td class="head">ชื่อผู้ใช้</td><td class="even"><input type="text" name="uname" /></td></tr>\n'
            '<tr><td class="head">อีเมล</td><td class="even"><input type="text" name="email" /></td></tr>\n'
            '<tr><td class="head">รหัสผ่าน</td><td class="even"><input type="password" name="pass" /></td></tr>\n'
            '<tr><td class="head">&nbsp;</td><td class="even"><input type="hidden" name="op" value="newuser" /><input type="submit" value="ส่งข้อมูล" /></td></tr></table></form>\n'
        )
        self.add_page("/register.php", self.page("สมัครสมาชิก", register, "/register.php"))
        lost = (
            '<form action="lostpass.php" method="post"><table class="outer" width="100%"><tr><th colspan="2">ลืมรหัสผ่าน</th></tr>\n'
            '<tr><td class="head">อีเมลที่ลงทะเบียนไว้</td><td class="even"><input type="text" name="email" size="26" /></td></tr>\n'
            '<tr><td class="head">&nbsp;</td><td class="even"><input type="hidden" name="op" value="mailpasswd" /><input type="submit" value="ส่งรหัสผ่าน" /></td></tr></table></form>\n'
        )
        self.add_page("/lostpass.php", self.page("ลืมรหัสผ่าน", lost, "/lostpass.php"))

    # -- piCal ------------------------------------------------------------------------------------
    def cal_month(self, year: int, month: int) -> str:
        b = self.b
        py, pm = _month_nav(year, month, -1)
        ny, nm = _month_nav(year, month, 1)
        by_day: dict[date, list] = {}
        for e in EVENTS:
            by_day.setdefault(e[1], []).append(e)
        rows = ""
        for week in calendar.Calendar(firstweekday=6).monthdatescalendar(year, month):
            cells = ""
            for d in week:
                if d.month != month:
                    cells += '<td class="calbody" bgcolor="#eeeeee">&nbsp;</td>'
                    continue
                events = "".join(
                    f'<br /><a href="{_a(f"{b}/modules/piCal/index.php?action=View&event_id={eid:010d}")}"><small>{esc(summary)}</small></a>'
                    for eid, _d, summary, _p in by_day.get(d, [])
                )
                cells += f'<td class="calbody" valign="top" height="60"><a href="{_a(b + _cal_href("Daily", d))}">{d.day}</a>{events}</td>'
            rows += f'<tr><td><a href="{_a(b + _cal_href("Weekly", week[0]))}">&raquo;</a></td>{cells}</tr>\n'
        return (
            '<div class="piCal">\n<table border="0" width="100%"><tr>'
            f'<td><a href="{_a(b + _cal_href("Monthly", date(py, pm, 1)))}">&laquo; {MONTHS[pm - 1]} {py + 543}</a></td>'
            f'<td align="center"><b>{MONTHS[month - 1]} {year + 543}</b> '
            f'[ <a href="{_a(b + _cal_href("Yearly", date(year, 1, 1)))}">รายปี</a> | <a href="{_a(b + _cal_href("Weekly", date(year, month, 1)))}">รายสัปดาห์</a> | '
            f'<a href="{_a(b + _cal_href("Daily", date(year, month, 1)))}">รายวัน</a> ]</td>'
            f'<td align="right"><a href="{_a(b + _cal_href("Monthly", date(ny, nm, 1)))}">{MONTHS[nm - 1]} {ny + 543} &raquo;</a></td></tr></table>\n'
            '<table border="0" cellspacing="1" cellpadding="3" width="100%" class="outer">\n'
            "<tr><th>&nbsp;</th><th>อาทิตย์</th><th>จันทร์</th><th>อังคาร</th><th>พุธ</th><th>พฤหัสบดี</th><th>ศุกร์</th><th>เสาร์</th></tr>\n"
            f"{rows}</table>\n</div>\n"
        )

    def cal_span(self, mode: str, d: date) -> str:
        b = self.b
        if mode == "Daily":
            first, last, step = d, d, timedelta(days=1)
            prev, nxt = d - step, d + step
            head = _long(d)
        elif mode == "Weekly":
            first = d - timedelta(days=(d.weekday() + 1) % 7)
            last = first + timedelta(days=6)
            prev, nxt = first - timedelta(days=7), first + timedelta(days=7)
            head = f"{_short(first)} - {_short(last)}"
        else:  # Yearly
            first, last = date(d.year, 1, 1), date(d.year, 12, 31)
            prev, nxt = date(d.year - 1, 1, 1), date(d.year + 1, 1, 1)
            head = f"ปี {d.year + 543}"
        events = [e for e in EVENTS if first <= e[1] <= last]
        lines = (
            "".join(
                f'<li>{_short(ed)} <a href="{_a(f"{b}/modules/piCal/index.php?action=View&event_id={eid:010d}")}">{esc(summary)}</a></li>\n'
                for eid, ed, summary, _p in events
            )
            or "<li>ไม่มีกิจกรรม</li>\n"
        )
        month_link = f'<a href="{_a(b + _cal_href("Monthly", date(d.year, d.month, 1)))}">รายเดือน</a>'
        return (
            '<div class="piCal">\n<table border="0" width="100%"><tr>'
            f'<td><a href="{_a(b + _cal_href(mode, prev))}">&laquo; ก่อนหน้า</a></td>'
            f'<td align="center"><b>{esc(head)}</b> [ {month_link} ]</td>'
            f'<td align="right"><a href="{_a(b + _cal_href(mode, nxt))}">ถัดไป &raquo;</a></td></tr></table>\n'
            f"<ul>\n{lines}</ul>\n</div>\n"
        )

    def register_pical(self) -> None:
        b = self.b
        center = self.cal_month(TODAY.year, TODAY.month)
        for path in ("/modules/piCal/", "/modules/piCal/index.php"):
            self.add_page(path, self.page("ปฏิทินกิจกรรม", center, path, "piCal"))
        for eid, d, summary, place in EVENTS:
            center = (
                '<div class="piCal"><table class="outer" width="100%" cellspacing="1">\n'
                f'<tr><td class="head">วันที่</td><td class="even">{esc(_long(d))} ตลอดวัน</td></tr>\n'
                f'<tr><td class="head">หัวข้อ</td><td class="even">{esc(summary)}</td></tr>\n'
                f'<tr><td class="head">สถานที่</td><td class="even">{esc(place)}</td></tr>\n'
                f'<tr><td class="head">ผู้บันทึก</td><td class="even"><a href="{b}/userinfo.php?uid=1">webmaster</a></td></tr>\n'
                f'</table>\n<div style="text-align: center;"><a href="{_a(b + _cal_href("Monthly", date(d.year, d.month, 1)))}">กลับไปปฏิทิน</a></div></div>\n'
            )
            path = f"/modules/piCal/index.php?action=View&event_id={eid:010d}"
            self.add_page(path, self.page(f"{summary} - ปฏิทินกิจกรรม", center, path, "piCal"))

    # -- media, feeds, robots ------------------------------------------------------------------------
    def media(self) -> None:
        site = self.site
        for s in STORIES:
            for k in range(1, len(s.figures) + s.gallery + 1):
                add_jpeg(site, _photo(s, k), 800, 533, s.dt)
            for fid, _name in s.files:
                add_pdf(
                    site,
                    f"/uploads/news/attached/file_{fid:04d}.pdf",
                    f"Thaphongam attachment {fid}",
                    [f"Story {s.sid}"],
                    s.dt,
                )
        for p in PHOTOS:
            when = datetime.fromisoformat(p.day + "T10:00:00")
            add_jpeg(site, f"/modules/myalbum/photos/{p.lid}.jpg", 640, 480, when)
            add_jpeg(site, f"/modules/myalbum/thumbs/{p.lid}.jpg", 120, 90, when)
        for d in DOWNLOADS:
            add_pdf(
                site,
                f"/uploads/mydownloads/doc_{d[0]:03d}.pdf",
                f"Thaphongam download {d[0]}",
                [f"Document {d[0]}"],
                LAUNCH,
            )
        for rows in PROCUREMENT.values():
            for _day, _text, href in rows:
                if href.startswith("/uploads/"):
                    add_pdf(site, href, "Thaphongam procurement", [href.rsplit("/", 1)[1]], LAUNCH)
        for k in range(1, len(EXECUTIVES) + 1):
            add_jpeg(site, f"/uploads/tinycontent/exec_{k}.jpg", 240, 300, LAUNCH)
        add_jpeg(site, f"{THEME}/images/banner.jpg", 980, 160, LAUNCH)
        for gif in (
            f"{THEME}/images/logo_print.gif",
            f"{THEME}/icons/favicon.png",
            "/favicon.ico",
            "/modules/news/images/print.gif",
            "/modules/news/images/friend.gif",
            "/modules/news/images/acrobat.gif",
            "/modules/news/images/attach.gif",
            "/modules/newbb/images/icon/lastpost.gif",
            "/modules/myalbum/images/folder.gif",
            "/modules/mydownloads/images/folder.gif",
            "/modules/mydownloads/images/download.gif",
            "/class/captcha/image/scripts/image.php",
            *(f"/modules/news/images/topics/{img}" for _n, img, _d in TOPICS.values()),
        ):
            add_gif(site, gif, LAUNCH)
        add_text(site, "/xoops.css", "body { font-family: Tahoma, sans-serif; font-size: 12px; }\n", "text/css")
        add_text(
            site,
            f"{THEME}/style.css",
            "#xo-canvas { width: 980px; margin: 0 auto; }\n.xo-blocktitle { background: #2e7d32; color: #fff; }\n.itemTitle { font-size: 16px; font-weight: bold; color: #1b5e20; }\n",
            "text/css",
        )
        add_text(
            site,
            "/include/xoops.js",
            "function openWithSelfMain(url, name, w, h) { window.open(url, name); }\n",
            "application/javascript",
        )

    def rss(self) -> Response:
        items = "".join(
            f"<item>\n<title>{esc(s.title)}</title>\n<link>{self.b}/modules/news/{_art(s.sid)}</link>\n"
            f"<description>{esc(s.home[0])}</description>\n<pubDate>{rfc822(s.dt)}</pubDate>\n"
            f"<guid>{self.b}/modules/news/{_art(s.sid)}</guid>\n</item>\n"
            for s in self.newest[:10]
        )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
            f"<title>{esc(SITE)}</title>\n<link>{self.b}/</link>\n<description>{esc(SLOGAN)}</description>\n"
            f"<lastBuildDate>{rfc822(self.newest[0].dt)}</lastBuildDate>\n<docs>http://backend.userland.com/rss/</docs>\n"
            f"<generator>XOOPS</generator>\n<category>{esc(MODULE_NAME)}</category>\n<language>th</language>\n{items}</channel>\n</rss>\n"
        )
        return Response(200, (("Content-Type", "text/xml; charset=utf-8"),), text.encode("utf-8"))

    # -- traps -------------------------------------------------------------------------------------
    def login_page(self, here: str) -> str:
        parts = urlsplit(here)
        target = dict(parse_qsl(parts.query, keep_blank_values=True)).get("xoops_redirect", "/")
        center = (
            '<fieldset class="pad10"><legend class="bold">เข้าสู่ระบบ</legend>\n'
            '<form action="user.php" method="post">\nชื่อผู้ใช้: <input type="text" name="uname" size="26" maxlength="25" value="" /><br />\n'
            'รหัสผ่าน: <input type="password" name="pass" size="21" maxlength="32" /><br />\n'
            f'<input type="hidden" name="op" value="login" />\n<input type="hidden" name="xoops_redirect" value="{attr(target)}" />\n'
            '<input type="submit" value="เข้าสู่ระบบ" />\n</form>\n'
            f'<a href="{self.b}/lostpass.php">ลืมรหัสผ่าน?</a> | <a href="{self.b}/register.php">ยังไม่เป็นสมาชิก? สมัครที่นี่</a>\n</fieldset>\n'
        )
        return self.page("เข้าสู่ระบบ", center, here)

    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        path = parts.path
        if path == "/user.php" and "xoops_redirect" in q:
            return self.html(self.login_page(path_and_query))
        if path in ("/modules/news/article.php", "/modules/news/print.php"):
            try:
                sid = int(q.get("storyid", ""))
            except ValueError:
                return self.soft_404()
            s = self.by_sid.get(sid)
            if s is None:
                return self.soft_404()
            if path.endswith("print.php"):
                return None
            mode = q.get("com_mode", "nest")
            mode = mode if mode in ("nest", "flat", "thread") else "nest"
            order = 1 if q.get("com_order") == "1" else 0
            try:
                com_id = int(q["com_id"]) if "com_id" in q else None
            except ValueError:
                com_id = None
            return self.html(self.article_page(s, path_and_query, mode, order, com_id))
        if path == "/modules/piCal/index.php" and "caldate" in q:
            try:
                y, m, d = (int(x) for x in q["caldate"].split("-"))
                day = date(y, m, d)
            except ValueError:
                return None
            if not date(2, 1, 1) <= day <= date(9998, 12, 31):
                return None
            mode = q.get("smode", "Monthly")
            if mode == "Monthly":
                center = self.cal_month(day.year, day.month)
            elif mode in ("Daily", "Weekly", "Yearly"):
                center = self.cal_span(mode, day)
            else:
                return None
            return self.html(self.page("ปฏิทินกิจกรรม", center, path_and_query, "piCal"))
        return None

    # -- everything -------------------------------------------------------------------------------
    def register(self) -> None:
        site = self.site
        robots = "User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in site.disallowed_paths)
        site.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        self.media()
        self.register_home()
        self.register_news()
        self.register_newbb()
        self.register_myalbum()
        self.register_mydownloads()
        self.register_tinycontent()
        self.register_system()
        self.register_pical()
        site.add("/backend.php", self.rss())
        # trap URLs that are HTML pages too (a login page, a calendar month)
        self.non_articles.append(self.u("/user.php?xoops_redirect=" + quote("/modules/news/index.php", safe="")))
        py, pm = _month_nav(TODAY.year, TODAY.month, -1)
        self.non_articles.append(self.u(_cal_href("Monthly", date(py, pm, 1))))
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_CALENDAR, TRAP_LOGIN]
        site.dynamic = self.dynamic


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=[
            "/cgi-bin/",
            "/tmp/",
            "/cache/",
            "/class/",
            "/images/",
            "/include/",
            "/install/",
            "/kernel/",
            "/language/",
            "/templates_c/",
            "/themes/",
            "/uploads/",
        ],
        server_software="Apache/2.2.22 (Ubuntu)",
    )
    _Xoops(site).register()
    return site

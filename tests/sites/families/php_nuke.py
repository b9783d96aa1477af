# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""php_nuke: an old tambon site on PHP-Nuke 8 (Thai edition), ``modules.php?name=News&file=article&sid=N``.

CMS imitated: PHP-Nuke 8.0 with the Thai language pack and a home-made table theme ("KhokSaat",
derived from DeepBlue), the way many อบต. sites were set up around 2007-2010 and never replaced:
everything goes through ``modules.php?name=<Module>``; News stories have a ``hometext`` (shown on the
home page) and an optional ``bodytext`` (behind "อ่านต่อ..."), a topic (with a topic image floated
right) and an optional category whose name PHP-Nuke puts IN FRONT OF THE TITLE on the home page and on
the story page (``ประกาศ อบต.: <title>``).  Stories_Archive, Topics, Content (standing pages),
Downloads, Surveys, Feedback and a third-party Calendar module; FCKeditor uploads under
``/userfiles/``.  The search corpus had no PHP-Nuke LAO page to copy (it knows the old vendor sites
such as ``pungtui.go.th/lawlink.php?menuid=1&link=9``); the shapes follow PHP-Nuke 7/8's own modules
(News ``article.php``/``print.php``/``friend.php``, Stories_Archive ``sa=show_all&min=``, the
``mode``/``order``/``thold`` comment options, root ``article.php`` redirect, ``backend.php``).

องค์การบริหารส่วนตำบลโคกสะอาด (fictional), อำเภอปลาปาก จังหวัดนครพนม.  Apache/2.2.15 (CentOS) +
PHP/5.2.17, TIS-620 (``charset=TIS-620`` in the header and in ``<meta http-equiv>``; characters TIS-620
lacks are numeric character references).  TODAY is 2024-06-20.

URL shapes (every link is written relative, ``modules.php?name=...&amp;...``)
* home ``/`` = ``/index.php`` = ``/modules.php?name=News``: the 10 newest stories, each with its WHOLE
  hometext (so the whole text of stories without a bodytext), "อ่านต่อ..." when there is a bodytext,
  a comments link and print/friend icons; the "ข่าวเก่า" block (stories 11-20, headed by PHP-Nuke's
  ``%A, %B %d`` date WITHOUT a year) and "ข่าวเก่ากว่านี้..." to the archive.
* story ``/modules.php?name=News&file=article&sid=N`` (gold url); aliases: the printer view
  ``&file=print&sid=N`` and the root ``/article.php?sid=N`` (302 to the story; the ITA page links two).
  ``&file=friend&op=FriendSend&sid=N`` (send to a friend: the title and a form) is a non-article.
  A deleted story (sid 228, linked from the ITA page) 302s to ``modules.php?name=News``.
* topics ``/modules.php?name=News&new_topic=T`` (1 ข่าวประชาสัมพันธ์, 2 ข่าวกิจกรรม, 3 ประกาศ/จัดซื้อจัดจ้าง,
  4 สาธารณสุข), ``/modules.php?name=Topics``, category ``&file=categories&op=newindex&catid=1``.
* archive ``/modules.php?name=Stories_Archive`` (months), ``&sa=show_month&year=Y&month=M&month_l=<Thai
  month name percent-encoded in TIS-620>``, ``&sa=show_all`` (+ ``&min=0``, ``&min=10``, ``&min=20``).
* Content ``/modules.php?name=Content`` and ``&pa=showpage&pid=1..5`` (ประวัติ, วิสัยทัศน์, คณะผู้บริหาร,
  ข้อมูลพื้นฐาน, ITA/OIT): a title, a "เพิ่มเมื่อ" date and a read counter like a story: non-articles.
* ``/modules.php?name=Feedback``, ``name=Downloads`` (+ ``&d_op=viewdownload&cid=1|2``; ``&d_op=getit&lid=N``
  302s to ``/userfiles/file/...pdf``), ``name=Surveys`` (+ ``&op=results&pollID=1``), ``name=Calendar``.
* ``/backend.php``: RSS 0.91 of the 10 newest stories (``<link rel="alternate">`` in every head).
* robots.txt: PHP-Nuke's usual list (``/admin.php``, ``/admin/``, ``/blocks/``, ``/db/``,
  ``/includes/``, ``/language/``) and ``/modules.php?name=Your_Account`` (the login linked from every
  page and the poster's name on every story), ``/modules.php?name=Search``.  No sitemap.

Gold articles: 21 stories, 2022-12-05 .. 2024-06-18, oldest first.  Author: the admin nickname after
"โดย" in ``ส่งเมื่อ วันพฤหัสบดีที่ 06 มิถุนายน 2567 @ 10:22:15 โดย webmaster`` (zero-padded day,
Buddhist year).  Paragraphs in three editor styles: ``&nbsp;``-indented runs cut by ``<br><br>``
(PHP-Nuke's textarea), ``<p style="text-indent">`` (FCKeditor), Word paste (``MsoNormal`` with each
paragraph split over two ``<span>``).  Captions: ``<i>`` lines under FCKeditor images in four stories.
A table (the tax collection tour) counts one paragraph per row, its cells joined by a space.  The
"ไฟล์แนบ" PDF link lines and reader comments are not paragraphs.  Tricky ones: a notice that is one
sentence and a PDF (sid 219), a photo story with one sentence and ten photos (sid 262), a long
bodytext (sid 246), a table (sid 259), two stories with reader comments, five category-prefixed titles.

Traps (``trap_patterns``, made on request by ``_Nuke.dynamic``):
* comment display options: every story links ``&mode=nested|flat|thread|nocomments``,
  ``&order=0|1|2``, ``&thold=-1..5`` variants of itself (and the reply page ``&file=comments&op=Reply``),
  each variant the whole story again with links to the other variants: 84 copies of every story;
* the Calendar module: ``name=Calendar&op=month&month=M&year=Y`` and ``op=day&day=D...`` for any date,
  each linking the previous and next month/day (the mini calendar on every page links them).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, quote, urlsplit

from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, WEEKDAYS, local_dt, rfc822
from .common import add_gif, add_jpeg, add_pdf, add_text, attr, esc, redirect

FAMILY = "php_nuke"
SITE = "องค์การบริหารส่วนตำบลโคกสะอาด"
SITE_SHORT = "อบต.โคกสะอาด"
DISTRICT = "อำเภอปลาปาก จังหวัดนครพนม"
ADDRESS = "หมู่ที่ 4 ตำบลโคกสะอาด อำเภอปลาปาก จังหวัดนครพนม 48160"
PHONE = "0 4250 3318"
EMAIL = "khoksaat_sao@hotmail.com"
TODAY = date(2024, 6, 20)
LAUNCH = datetime(2009, 3, 2, 9, 0)
THEME = "themes/KhokSaat"
CONTENT_TYPE = "text/html; charset=TIS-620"
STORYNUM = 10
OLD_NUM = 10
LAST_NUM = 5
DELETED_SID = 228

TOPICS = {
    1: ("ข่าวประชาสัมพันธ์", "pr.gif"),
    2: ("ข่าวกิจกรรม", "activity.gif"),
    3: ("ประกาศ/จัดซื้อจัดจ้าง", "notice.gif"),
    4: ("สาธารณสุข", "health.gif"),
}
CATEGORIES = {1: "ประกาศ อบต."}


@dataclass(frozen=True)
class _Story:
    sid: int
    day: str  # ISO date, Bangkok
    hms: str
    topic: int
    aid: str
    title: str
    home: tuple[str, ...]  # hometext paragraphs
    body: tuple[str, ...] = ()  # bodytext paragraphs (before the table, if any)
    style: str = "br"  # br | p | word
    cat: int = 0
    figures: tuple[str | None, ...] = ()  # FCKeditor images after the first hometext paragraph; caption or None
    gallery: int = 0  # photos in a row at the end, no captions
    pdf: str = ""  # link text of an attached PDF ("ไฟล์แนบ")
    table: tuple[tuple[str, ...], ...] = ()  # in the bodytext, first row = header
    tail: tuple[str, ...] = ()  # bodytext paragraphs after the table
    comments: tuple[tuple[str, str, str], ...] = ()  # (name, "YYYY-MM-DD HH:MM", text)
    rating: int = 0

    @property
    def d(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def dt(self) -> datetime:
        return local_dt(self.day, self.hms[:5])

    @property
    def has_body(self) -> bool:
        return bool(self.body or self.table or self.tail)

    @property
    def reads(self) -> int:
        return 40 + (self.sid * 37) % 460

    @property
    def paragraphs(self) -> tuple[str, ...]:
        rows = tuple(" ".join(cell for cell in row) for row in self.table)
        return self.home + self.body + rows + self.tail


STORIES: tuple[_Story, ...] = (
    _Story(
        212,
        "2022-12-05",
        "09:41:07",
        1,
        "webmaster",
        "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566",
        (
            "องค์การบริหารส่วนตำบลโคกสะอาด ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตตำบลโคกสะอาด ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ได้ตั้งแต่เดือนกุมภาพันธ์ถึงเดือนเมษายน 2566",
            "ผู้ที่ชำระภาษีภายในกำหนดจะไม่ต้องเสียเบี้ยปรับและเงินเพิ่ม สามารถติดต่อได้ที่กองคลัง อบต.โคกสะอาด ในวันและเวลาราชการ",
        ),
        (
            "เอกสารที่ต้องนำมาในวันชำระภาษี ได้แก่ สำเนาบัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน และสำเนาโฉนดที่ดินหรือหนังสือรับรองการทำประโยชน์",
            "สอบถามรายละเอียดเพิ่มเติมได้ที่ งานจัดเก็บรายได้ กองคลัง โทร 0 4250 3318 ต่อ 13",
        ),
    ),
    _Story(
        215,
        "2023-01-14",
        "15:02:44",
        2,
        "pr_kss",
        "โครงการจัดงานวันเด็กแห่งชาติ ประจำปี 2566",
        (
            "วันเสาร์ที่ 14 มกราคม 2566 องค์การบริหารส่วนตำบลโคกสะอาด จัดงานวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็กบ้านโคกสะอาด มีเด็กและผู้ปกครองเข้าร่วมงานกว่า 400 คน",
            "ภายในงานมีการแสดงของนักเรียน เกมส์ชิงรางวัล การแจกทุนการศึกษา และอาหารกลางวันสำหรับเด็กทุกคน โดยได้รับการสนับสนุนจากผู้ใจบุญในพื้นที่",
        ),
        style="p",
        gallery=6,
    ),
    _Story(
        219,
        "2023-02-20",
        "10:15:30",
        3,
        "webmaster",
        "ประกาศรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2565",
        ("องค์การบริหารส่วนตำบลโคกสะอาด ประกาศรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2565 รายละเอียดตามเอกสารแนบ",),
        cat=1,
        pdf="ดาวน์โหลดรายงานผลการดำเนินงาน ปีงบประมาณ 2565 (PDF)",
    ),
    _Story(
        224,
        "2023-03-28",
        "08:55:12",
        4,
        "nurse_kss",
        "รณรงค์ป้องกันโรคไข้เลือดออกก่อนเข้าสู่ฤดูฝน",
        (
            "อบต.โคกสะอาด ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลโคกสะอาด และอาสาสมัครสาธารณสุขประจำหมู่บ้าน ออกรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลายในหมู่ที่ 1 ถึงหมู่ที่ 11",
            "เจ้าหน้าที่ได้แจกทรายอะเบทให้ทุกหลังคาเรือน และพ่นหมอกควันในบริเวณโรงเรียนและวัด เพื่อลดจำนวนยุงตัวแก่ก่อนฤดูฝน",
            "ขอความร่วมมือประชาชนใช้มาตรการ 3 เก็บ คือ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำ ปิดภาชนะให้มิดชิด ทุกสัปดาห์",
        ),
        style="word",
        figures=("เจ้าหน้าที่และ อสม. พ่นหมอกควันกำจัดยุงลายในโรงเรียนบ้านโคกสะอาด",),
    ),
    _Story(
        231,
        "2023-05-09",
        "16:20:05",
        2,
        "pr_kss",
        "ประเพณีบุญบั้งไฟตำบลโคกสะอาด ประจำปี 2566",
        (
            "ระหว่างวันที่ 6 ถึง 7 พฤษภาคม 2566 อบต.โคกสะอาด ร่วมกับชาวบ้านทั้ง 11 หมู่บ้าน จัดงานประเพณีบุญบั้งไฟ ณ บริเวณสนามกีฬา อบต.โคกสะอาด",
        ),
        (
            "วันแรกเป็นขบวนแห่บั้งไฟและการประกวดขบวนฟ้อนรำของแต่ละหมู่บ้าน ซึ่งหมู่ที่ 5 บ้านหนองแวง ได้รับรางวัลชนะเลิศ",
            "วันที่สองเป็นการจุดบั้งไฟขึ้นสูง มีบั้งไฟเข้าร่วมแข่งขันทั้งหมด 42 บั้ง งานผ่านไปด้วยความเรียบร้อย ไม่มีอุบัติเหตุ",
        ),
        figures=("ขบวนแห่บั้งไฟของหมู่ที่ 5 บ้านหนองแวง", None),
        comments=(("ลูกหลานโคกสะอาด", "2023-05-10 20:14", "ม่วนหลายครับ ปีหน้าขอให้จัดอีกนะครับ"),),
        rating=5,
    ),
    _Story(
        236,
        "2023-06-02",
        "11:08:51",
        1,
        "webmaster",
        "เปิดรับสมัครเด็กเข้าศูนย์พัฒนาเด็กเล็ก ภาคเรียนที่ 2/2566",
        (
            "ศูนย์พัฒนาเด็กเล็กสังกัด อบต.โคกสะอาด ทั้ง 2 ศูนย์ เปิดรับสมัครเด็กที่มีอายุ 2 ปี ถึง 3 ปี เข้าเรียนในภาคเรียนที่ 2 ปีการศึกษา 2566 ตั้งแต่วันที่ 1 ถึง 30 มิถุนายน 2566",
            "ผู้ปกครองสามารถขอรับใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็กบ้านโคกสะอาด และศูนย์พัฒนาเด็กเล็กบ้านดอนแดง ไม่เสียค่าใช้จ่าย",
        ),
        style="p",
    ),
    _Story(
        240,
        "2023-08-12",
        "10:30:00",
        2,
        "pr_kss",
        "กิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในวันแม่แห่งชาติ",
        (
            "วันที่ 12 สิงหาคม 2566 นายก อบต.โคกสะอาด นำคณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมปลูกต้นไม้เฉลิมพระเกียรติ บริเวณหนองสาธารณะบ้านโคกสะอาด จำนวน 999 ต้น",
        ),
        gallery=4,
    ),
    _Story(
        243,
        "2023-09-25",
        "14:12:39",
        3,
        "webmaster",
        "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2567",
        (
            "ด้วยสภาองค์การบริหารส่วนตำบลโคกสะอาด ได้มีมติเห็นชอบร่างข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2567 และนายอำเภอปลาปากได้อนุมัติแล้ว",
            "จึงประกาศใช้ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2567 ตั้งแต่วันที่ 1 ตุลาคม 2566 เป็นต้นไป ยอดรวมทั้งสิ้น 42,850,000 บาท",
            "ประกาศ ณ วันที่ ๒๒ กันยายน พ.ศ. ๒๕๖๖",
        ),
        cat=1,
        style="word",
        pdf="ข้อบัญญัติงบประมาณรายจ่าย พ.ศ. 2567 (PDF)",
    ),
    _Story(
        246,
        "2023-11-17",
        "13:45:22",
        1,
        "webmaster",
        "สรุปผลการประชุมประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)",
        (
            "เมื่อวันที่ 15 พฤศจิกายน 2566 องค์การบริหารส่วนตำบลโคกสะอาด จัดประชุมประชาคมระดับตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ณ ห้องประชุม อบต.โคกสะอาด มีผู้เข้าร่วมประชุม 126 คน",
        ),
        (
            "นายก อบต.โคกสะอาด กล่าวเปิดการประชุมและชี้แจงว่า การทบทวนแผนครั้งนี้เป็นการนำปัญหาและความต้องการที่ได้จากเวทีประชาคมหมู่บ้านทั้ง 11 หมู่บ้าน มาจัดลำดับความสำคัญร่วมกัน",
            "ปลัด อบต. ได้รายงานผลการดำเนินงานตามแผนในปีงบประมาณ 2566 ว่า สามารถดำเนินโครงการได้ 58 โครงการ จาก 74 โครงการ คิดเป็นร้อยละ 78.38 โครงการที่ยังไม่ได้ดำเนินการส่วนใหญ่เป็นโครงการก่อสร้างที่รองบประมาณอุดหนุน",
            "ด้านโครงสร้างพื้นฐาน ที่ประชุมให้ความสำคัญอันดับหนึ่งกับการก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านโคกสะอาดถึงบ้านดอนแดง ระยะทาง 1,200 เมตร และการขยายเขตไฟฟ้าไปยังพื้นที่การเกษตรของหมู่ที่ 7 และหมู่ที่ 9",
            "ด้านแหล่งน้ำ ที่ประชุมเสนอให้ขุดลอกหนองสาธารณะบ้านหนองแวง และก่อสร้างระบบประปาหมู่บ้านแบบบาดาลขนาดกลางในหมู่ที่ 3 ซึ่งประสบปัญหาน้ำประปาไม่เพียงพอในฤดูแล้ง",
            "ด้านเศรษฐกิจและอาชีพ ที่ประชุมเสนอโครงการส่งเสริมการทอผ้าไหมของกลุ่มแม่บ้าน การอบรมการทำปุ๋ยอินทรีย์ และการจัดตลาดนัดชุมชนทุกวันศุกร์ที่ลานหน้า อบต.",
            "ด้านสังคมและสาธารณสุข มีข้อเสนอให้เพิ่มงบประมาณจัดซื้ออุปกรณ์สำหรับผู้ป่วยติดเตียง และจัดรถรับส่งผู้สูงอายุไปโรงพยาบาลปลาปากในวันที่มีนัดแพทย์",
            "ด้านการศึกษาและวัฒนธรรม ที่ประชุมเห็นชอบให้คงโครงการอาหารกลางวันและอาหารเสริมนม และเพิ่มโครงการสืบสานประเพณีบุญบั้งไฟและบุญข้าวจี่ไว้ในแผน",
            "คณะกรรมการพัฒนาท้องถิ่นจะนำข้อเสนอทั้งหมดไปจัดทำร่างแผนพัฒนาท้องถิ่นฉบับทบทวน และเสนอต่อสภา อบต. พิจารณาในสมัยประชุมสามัญสมัยที่ 1 ประจำปี 2567 ต่อไป",
        ),
        figures=("บรรยากาศการประชุมประชาคมระดับตำบล ณ ห้องประชุม อบต.โคกสะอาด",),
    ),
    _Story(
        249,
        "2023-12-28",
        "09:05:48",
        4,
        "nurse_kss",
        "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี ทุกหมู่บ้าน",
        (
            "อบต.โคกสะอาด ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวฟรี ในทุกหมู่บ้าน ระหว่างวันที่ 8 ถึง 19 มกราคม 2567 ตั้งแต่เวลา 08.30 น. เป็นต้นไป",
            "ขอให้เจ้าของนำสัตว์เลี้ยงมารับวัคซีนตามวันที่ผู้ใหญ่บ้านแต่ละหมู่บ้านประกาศ และนำสมุดประจำตัวสัตว์มาด้วย",
        ),
        style="br",
    ),
    _Story(
        252,
        "2024-01-13",
        "14:30:19",
        2,
        "pr_kss",
        "งานวันเด็กแห่งชาติ ประจำปี 2567 มิติใหม่เด็กไทย",
        (
            "อบต.โคกสะอาด จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬา อบต.โคกสะอาด ภายใต้คำขวัญ มุ่งมั่นใฝ่เรียนรู้ เคารพผู้อาวุโส เชิดชูคุณธรรม",
            "ปีนี้มีซุ้มกิจกรรมจากโรงเรียนในตำบล 5 แห่ง หน่วยกู้ภัย และสถานีตำรวจภูธรปลาปาก ที่นำรถดับเพลิงและรถตำรวจมาให้เด็กๆ ได้ชม",
        ),
        style="p",
        figures=(None, None),
        comments=(
            ("แม่น้องแพรว", "2024-01-14 08:02", "ขอบคุณ อบต. ค่ะ ลูกสนุกมาก"),
            ("Anonymous", "2024-01-15 21:40", "อยากให้มีรถรับส่งเด็กจากหมู่ 9 ด้วยครับ"),
        ),
        rating=4,
    ),
    _Story(
        255,
        "2024-02-09",
        "10:10:10",
        3,
        "webmaster",
        "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ",
        (
            "องค์การบริหารส่วนตำบลโคกสะอาด ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ จำนวน 1 อัตรา",
        ),
        (
            "ผู้สนใจยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัด อบต.โคกสะอาด ระหว่างวันที่ 12 ถึง 23 กุมภาพันธ์ 2567 ในวันและเวลาราชการ",
            "ผู้สมัครต้องมีวุฒิการศึกษาไม่ต่ำกว่าประกาศนียบัตรวิชาชีพชั้นสูง และมีความรู้ด้านการใช้คอมพิวเตอร์",
        ),
        cat=1,
        pdf="ประกาศรับสมัครพนักงานจ้าง (PDF)",
    ),
    _Story(
        257,
        "2024-03-05",
        "15:55:31",
        4,
        "nurse_kss",
        "อบรมให้ความรู้การดูแลผู้สูงอายุและผู้ป่วยติดเตียง",
        (
            "กองสาธารณสุขและสิ่งแวดล้อม อบต.โคกสะอาด จัดอบรมผู้ดูแลผู้สูงอายุ (Caregiver) และญาติผู้ป่วยติดเตียง จำนวน 45 คน ณ ห้องประชุม อบต.โคกสะอาด",
            "วิทยากรจากโรงพยาบาลปลาปากสอนการพลิกตัวผู้ป่วย การป้องกันแผลกดทับ และการทำกายภาพบำบัดเบื้องต้นที่บ้าน",
        ),
        style="word",
    ),
    _Story(
        259,
        "2024-03-12",
        "09:20:14",
        1,
        "webmaster",
        "กำหนดการออกรับชำระภาษีที่ดินและสิ่งปลูกสร้างนอกสถานที่ ประจำปี 2567",
        (
            "เพื่ออำนวยความสะดวกแก่ประชาชน กองคลัง อบต.โคกสะอาด จะออกรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567 นอกสถานที่ ตามกำหนดการดังนี้",
        ),
        (),
        table=(
            ("หมู่ที่", "บ้าน", "วันที่", "สถานที่"),
            ("1", "บ้านโคกสะอาด", "18 มี.ค. 2567", "ศาลากลางบ้าน"),
            ("3", "บ้านดอนแดง", "19 มี.ค. 2567", "วัดศรีดอนแดง"),
            ("5", "บ้านหนองแวง", "20 มี.ค. 2567", "ศาลากลางบ้าน"),
            ("7", "บ้านนาคำ", "21 มี.ค. 2567", "โรงเรียนบ้านนาคำ"),
            ("9", "บ้านโนนสวรรค์", "22 มี.ค. 2567", "ศาลากลางบ้าน"),
        ),
        tail=("เวลา 09.00 น. ถึง 15.00 น. หากไม่สะดวกตามวันดังกล่าว สามารถชำระได้ที่ อบต.โคกสะอาด ภายในวันที่ 30 เมษายน 2567",),
    ),
    _Story(
        262,
        "2024-03-18",
        "17:03:40",
        2,
        "pr_kss",
        "ภาพกิจกรรมวันท้องถิ่นไทย 18 มีนาคม 2567",
        ("อบต.โคกสะอาด ร่วมพิธีถวายราชสดุดีและทำกิจกรรมจิตอาสาเนื่องในวันท้องถิ่นไทย ณ ที่ว่าการอำเภอปลาปาก",),
        style="p",
        gallery=10,
    ),
    _Story(
        265,
        "2024-04-10",
        "11:25:56",
        1,
        "webmaster",
        "ประชาสัมพันธ์ขอความร่วมมืองดเผาในที่โล่ง ช่วงฤดูแล้ง",
        (
            "ด้วยจังหวัดนครพนมประกาศห้ามเผาในที่โล่งทุกชนิด ตั้งแต่วันที่ 1 กุมภาพันธ์ ถึง 30 เมษายน 2567 เพื่อลดปัญหาหมอกควันและฝุ่นละอองขนาดเล็ก PM 2.5",
            "อบต.โคกสะอาด จึงขอความร่วมมือเกษตรกรงดเผาตอซังข้าวและเศษวัชพืช โดยให้ไถกลบหรือทำปุ๋ยหมักแทน หากพบเห็นการเผาแจ้งได้ที่ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต. โทร 0 4250 3318 ต่อ 19",
        ),
        style="br",
    ),
    _Story(
        268,
        "2024-04-24",
        "08:47:02",
        3,
        "webmaster",
        "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7 บ้านนาคำ",
        (
            "ตามที่ อบต.โคกสะอาด ได้ประกาศจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7 บ้านนาคำ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) นั้น",
            "ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ปลาปากการโยธา เสนอราคาเป็นเงินทั้งสิ้น 1,486,000 บาท รวมภาษีมูลค่าเพิ่มและภาษีอื่นๆ",
            "ประกาศ ณ วันที่ 23 เมษายน พ.ศ. 2567",
        ),
        cat=1,
        style="word",
    ),
    _Story(
        271,
        "2024-05-08",
        "13:18:27",
        2,
        "pr_kss",
        "อบต.โคกสะอาด ร่วมงานบุญบั้งไฟอำเภอปลาปาก ประจำปี 2567",
        (
            "คณะผู้บริหาร อบต.โคกสะอาด นำขบวนแห่บั้งไฟของตำบลเข้าร่วมงานประเพณีบุญบั้งไฟอำเภอปลาปาก เมื่อวันที่ 4 พฤษภาคม 2567",
            "ขบวนของตำบลโคกสะอาดได้รับรางวัลรองชนะเลิศอันดับ 1 ประเภทขบวนแห่สวยงาม และรางวัลการแต่งกายพื้นเมืองยอดเยี่ยม",
        ),
        style="p",
        figures=("ขบวนฟ้อนรำของตำบลโคกสะอาด ในงานบุญบั้งไฟอำเภอปลาปาก",),
        gallery=3,
    ),
    _Story(
        274,
        "2024-05-27",
        "10:02:33",
        4,
        "nurse_kss",
        "เตือนภัยโรคไข้เลือดออกช่วงฤดูฝน ปี 2567",
        (
            "สถานการณ์โรคไข้เลือดออกในจังหวัดนครพนมมีแนวโน้มเพิ่มขึ้น ตำบลโคกสะอาดพบผู้ป่วยแล้ว 3 ราย ในหมู่ที่ 2 และหมู่ที่ 5",
            "หากมีไข้สูงลอย 2 วันขึ้นไป ขอให้รีบไปพบแพทย์ที่ รพ.สต. ใกล้บ้าน และห้ามรับประทานยาแอสไพรินหรือไอบูโพรเฟนเอง",
        ),
        style="br",
    ),
    _Story(
        277,
        "2024-06-06",
        "10:22:15",
        1,
        "webmaster",
        "รับสมัครผู้สูงอายุรายใหม่ เพื่อรับเบี้ยยังชีพ ปีงบประมาณ 2568",
        (
            "อบต.โคกสะอาด รับลงทะเบียนผู้สูงอายุที่จะมีอายุครบ 60 ปีบริบูรณ์ ภายในวันที่ 1 ตุลาคม 2568 เพื่อขอรับเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ 2568",
        ),
        (
            "ผู้มีสิทธิ์ต้องมีชื่อในทะเบียนบ้านในเขตตำบลโคกสะอาด และไม่เป็นผู้ได้รับสวัสดิการหรือสิทธิประโยชน์อื่นใดจากหน่วยงานของรัฐ",
            "ลงทะเบียนได้ที่กองสวัสดิการสังคม อบต.โคกสะอาด ทุกวันทำการ โดยนำบัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคารมาด้วย",
        ),
        style="p",
    ),
    _Story(
        280,
        "2024-06-18",
        "14:40:09",
        3,
        "webmaster",
        "ประกาศสอบราคาจัดซื้อวัสดุการเกษตร โครงการส่งเสริมการปลูกผักปลอดสารพิษ",
        (
            "องค์การบริหารส่วนตำบลโคกสะอาด มีความประสงค์จะจัดซื้อวัสดุการเกษตร ตามโครงการส่งเสริมการปลูกผักปลอดสารพิษ ราคากลาง 85,000 บาท",
            "ผู้สนใจติดต่อขอรับเอกสารได้ที่กองคลัง อบต.โคกสะอาด ตั้งแต่วันที่ 19 ถึง 28 มิถุนายน 2567",
        ),
        cat=1,
        pdf="เอกสารสอบราคา (PDF)",
    ),
)


@dataclass(frozen=True)
class _Content:
    pid: int
    title: str
    added: str
    paragraphs: tuple[str, ...]
    extra: str = ""  # raw HTML after the text


EXECUTIVES = (
    ("นายบุญมี ศรีโคกสะอาด", "นายกองค์การบริหารส่วนตำบลโคกสะอาด"),
    ("นายสมัย พรหมวงศ์", "รองนายกองค์การบริหารส่วนตำบล"),
    ("นางคำปุ่น แสนสุข", "รองนายกองค์การบริหารส่วนตำบล"),
    ("นายวิเชียร ทองดี", "เลขานุการนายกองค์การบริหารส่วนตำบล"),
    ("นางสาวอรุณี ใจกว้าง", "ปลัดองค์การบริหารส่วนตำบล"),
)

CONTENTS = (
    _Content(
        1,
        "ประวัติความเป็นมา",
        "2009-03-02",
        (
            "องค์การบริหารส่วนตำบลโคกสะอาด ยกฐานะจากสภาตำบลโคกสะอาด เมื่อวันที่ 30 มกราคม 2540 ตามประกาศกระทรวงมหาดไทย",
            "ชื่อโคกสะอาด มาจากเนินดินสูงกลางหมู่บ้านที่ชาวบ้านใช้ประกอบพิธีทางศาสนาและดูแลรักษาความสะอาดร่วมกันมาแต่โบราณ",
            "ปัจจุบันตำบลโคกสะอาดมี 11 หมู่บ้าน ประชากรประมาณ 6,800 คน ส่วนใหญ่ประกอบอาชีพทำนาและทอผ้า",
        ),
    ),
    _Content(
        2,
        "วิสัยทัศน์และพันธกิจ",
        "2019-07-15",
        (
            "วิสัยทัศน์ โคกสะอาดน่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี เศรษฐกิจพอเพียง ยึดมั่นธรรมาภิบาล",
            "พันธกิจ 1. พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน 2. ส่งเสริมอาชีพและรายได้ 3. พัฒนาคุณภาพชีวิตและสุขภาพ 4. อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม 5. บริหารจัดการตามหลักธรรมาภิบาล",
        ),
    ),
    _Content(
        3,
        "คณะผู้บริหาร",
        "2021-12-20",
        ("คณะผู้บริหารองค์การบริหารส่วนตำบลโคกสะอาด",),
        '<table border="0" cellpadding="6" align="center">'
        + "".join(
            f'<tr><td align="center"><img src="userfiles/image/exec-{k}.jpg" width="120" height="150" border="0"><br><b>{esc(n)}</b><br>{esc(r)}</td></tr>'
            for k, (n, r) in enumerate(EXECUTIVES, start=1)
        )
        + "</table>",
    ),
    _Content(
        4,
        "ข้อมูลพื้นฐาน",
        "2009-03-02",
        (
            "ตำบลโคกสะอาดตั้งอยู่ทางทิศตะวันตกของอำเภอปลาปาก ห่างจากที่ว่าการอำเภอประมาณ 14 กิโลเมตร มีพื้นที่ประมาณ 52 ตารางกิโลเมตร",
            "ทิศเหนือ ติดต่อตำบลหนองเทาใหญ่ ทิศใต้ ติดต่อตำบลกุตาไก้ ทิศตะวันออก ติดต่อตำบลปลาปาก ทิศตะวันตก ติดต่อจังหวัดสกลนคร",
        ),
    ),
)
ITA_PID = 5

DOWNLOADS = {
    1: (
        "เอกสารการเปิดเผยข้อมูลสาธารณะ (ITA)",
        (
            (1, "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)"),
            (2, "แผนการจัดซื้อจัดจ้าง ปี 2567"),
            (3, "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน"),
            (4, "คู่มือการปฏิบัติงานรับเรื่องร้องเรียน"),
        ),
    ),
    2: (
        "แบบฟอร์มคำร้อง",
        ((5, "แบบคำร้องทั่วไป"), (6, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ"), (7, "แบบคำขออนุญาตก่อสร้างอาคาร")),
    ),
}

EVENTS = {
    date(2024, 6, 21): "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 2",
    date(2024, 6, 26): "วันต่อต้านยาเสพติดโลก เดินรณรงค์",
    date(2024, 7, 12): "โครงการปลูกผักปลอดสารพิษ อบรมเกษตรกร",
    date(2024, 7, 20): "ตักบาตรเทโวโรหณะ ทำบุญวันเข้าพรรษา",
}

COMMENT_MODES = ("nocomments", "nested", "flat", "thread")
COMMENT_ORDERS = ((0, "เก่าสุดก่อน"), (1, "ใหม่สุดก่อน"), (2, "คะแนนสูงสุดก่อน"))
TRAP_NEWS = r"^/modules\.php\?(?=.*\bname=News\b)(?=.*[?&](?:mode|order|thold)=)"
TRAP_CALENDAR = r"^/modules\.php\?(?=.*\bname=Calendar\b)(?=.*[?&]year=)"


def _weekday(d: date) -> str:
    return "วัน" + WEEKDAYS[d.weekday()]


def _nuke_date(d: date, hms: str) -> str:
    """PHP-Nuke's _DATESTRING as the Thai pack patched it: 'วันพฤหัสบดีที่ 06 มิถุนายน 2567 @ 10:22:15'."""
    return f"{_weekday(d)}ที่ {d.day:02d} {MONTHS[d.month - 1]} {d.year + 543} @ {hms}"


def _short(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def _month_l(month: int) -> str:
    """The Thai month name as Stories_Archive writes it into a link: raw TIS-620, percent-encoded by the browser."""
    return quote(MONTHS[month - 1].encode("tis-620"))


def _a(href: str) -> str:
    return attr(href)


def _art(sid: int) -> str:
    return f"modules.php?name=News&file=article&sid={sid}"


def _print(sid: int) -> str:
    return f"modules.php?name=News&file=print&sid={sid}"


def _friend(sid: int) -> str:
    return f"modules.php?name=News&file=friend&op=FriendSend&sid={sid}"


def _variant(sid: int, mode: str, order: int, thold: int) -> str:
    return f"modules.php?name=News&file=article&sid={sid}&mode={mode}&order={order}&thold={thold}"


def _photo(s: _Story, k: int) -> str:
    return f"userfiles/image/{s.d.year + 543}/{s.sid}_{k:02d}.jpg"


def _pdf_path(s: _Story) -> str:
    return f"userfiles/file/{s.d.year + 543}/news_{s.sid}.pdf"


def _para(text: str, style: str) -> str:
    if style == "p":
        return f'<p style="text-indent: 2.5em;">{esc(text)}</p>\n'
    if style == "word":
        head, _, rest = text.partition(" ")
        second = f"<span style=\"font-family: 'Angsana New'; font-size: 16pt;\"> {esc(rest)}</span>" if rest else ""
        return f'<p class="MsoNormal" style="text-align: justify;"><span style="font-family: \'Angsana New\'; font-size: 16pt;">{esc(head)}</span>{second}</p>\n'
    return "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + esc(text) + "<br>\n<br>\n"


def _hometext(s: _Story) -> str:
    out = _para(s.home[0], s.style)
    for k, caption in enumerate(s.figures, start=1):
        img = f'<img src="{_photo(s, k)}" width="450" height="300" border="0" alt="">'
        cap = f'<br>\n<font size="2" color="#555555"><i>{esc(caption)}</i></font>' if caption else ""
        out += f'<div align="center">{img}{cap}</div>\n'
    for text in s.home[1:]:
        out += _para(text, s.style)
    if not s.has_body:
        out += _extras(s)
    return out


def _bodytext(s: _Story) -> str:
    out = "".join(_para(t, s.style) for t in s.body)
    if s.table:
        head, *rows = s.table
        out += '<table border="1" cellspacing="0" cellpadding="4" width="95%" align="center" style="border-collapse: collapse;">\n'
        out += '<tr bgcolor="#CCE0FF">' + "".join(f'<td align="center"><b>{esc(c)}</b></td>' for c in head) + "</tr>\n"
        for row in rows:
            out += "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>\n"
        out += "</table>\n<br>\n"
    out += "".join(_para(t, s.style) for t in s.tail)
    if s.has_body:
        out += _extras(s)
    return out


def _extras(s: _Story) -> str:
    out = ""
    if s.gallery:
        start = len(s.figures) + 1
        cells = "".join(
            f'<a href="{_photo(s, k)}" target="_blank"><img src="{_photo(s, k)}" width="160" height="120" border="0" hspace="2" vspace="2"></a>'
            + ("<br>\n" if (k - start) % 3 == 2 else "")
            for k in range(start, start + s.gallery)
        )
        out += f'<div align="center">{cells}</div>\n'
    if s.pdf:
        out += f'<br><img src="images/pdf.gif" border="0" alt=""> <b>ไฟล์แนบ :</b> <a href="{_pdf_path(s)}" target="_blank">{esc(s.pdf)}</a><br>\n'
    return out


class _Nuke:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.by_sid = {s.sid: s for s in STORIES}
        self.newest = sorted(STORIES, key=lambda s: s.dt, reverse=True)
        self.non_articles: list[str] = []

    # -- responses -------------------------------------------------------------------------
    @staticmethod
    def html(text: str, status: int = 200) -> Response:
        return Response(
            status,
            (("Content-Type", CONTENT_TYPE), ("X-Powered-By", "PHP/5.2.17")),
            text.encode("tis-620", errors="xmlcharrefreplace"),
        )

    def add_page(self, path: str, text: str, listed: bool = True) -> None:
        self.site.add(path, self.html(text))
        if listed:
            self.non_articles.append(self.b + path)

    # -- chrome -----------------------------------------------------------------------------
    def left_blocks(self, today: date = TODAY) -> str:
        menu = (
            ("index.php", "หน้าแรก"),
            ("modules.php?name=Content&pa=showpage&pid=1", "ประวัติความเป็นมา"),
            ("modules.php?name=Content&pa=showpage&pid=2", "วิสัยทัศน์/พันธกิจ"),
            ("modules.php?name=Content&pa=showpage&pid=3", "คณะผู้บริหาร"),
            ("modules.php?name=Content&pa=showpage&pid=4", "ข้อมูลพื้นฐาน"),
            (f"modules.php?name=Content&pa=showpage&pid={ITA_PID}", "ITA / ข้อมูลสาธารณะ (OIT)"),
            ("modules.php?name=Topics", "ข่าวตามหัวข้อ"),
            ("modules.php?name=Stories_Archive", "คลังข่าว"),
            ("modules.php?name=Downloads", "ดาวน์โหลดเอกสาร"),
            ("modules.php?name=Surveys", "แบบสำรวจความคิดเห็น"),
            ("modules.php?name=Calendar", "ปฏิทินกิจกรรม"),
            ("modules.php?name=Feedback", "ติดต่อเรา"),
            ("modules.php?name=Search", "ค้นหา"),
            ("modules.php?name=Your_Account", "เข้าสู่ระบบสมาชิก"),
        )
        items = "".join(
            f'<img src="{THEME}/images/arrow.gif" border="0" alt="">&nbsp;<a href="{_a(h)}">{esc(t)}</a><br>\n'
            for h, t in menu
        )
        latest = "".join(
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="{_a(_art(s.sid))}">{esc(s.title)}</a><br>\n'
            for s in self.newest[:LAST_NUM]
        )
        return (
            self.block("เมนูหลัก", f'<font class="content">{items}</font>')
            + self.block("ข่าวล่าสุด", f'<font class="content">{latest}</font>')
            + self.block("ปฏิทิน", self.mini_calendar(today.year, today.month))
            + self.block(
                "สถิติผู้เข้าชม",
                '<center><font class="content">ผู้เข้าชมทั้งหมด<br><b>1,284,507</b><br>ครั้ง<br>ตั้งแต่ 2 มีนาคม 2552</font></center>',
            )
        )

    @staticmethod
    def block(title: str, content: str) -> str:
        return (
            f'<table border="0" cellpadding="0" cellspacing="0" width="170" class="block"><tr><td class="blocktitle" background="{THEME}/images/block_bg.gif" height="24">&nbsp;<b>{esc(title)}</b></td></tr>\n'
            f'<tr><td class="blockcontent" style="padding: 5px;">{content}</td></tr></table><br>\n'
        )

    def mini_calendar(self, year: int, month: int) -> str:
        prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        rows = ""
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(year, month):
            cells = ""
            for day in week:
                if not day:
                    cells += "<td>&nbsp;</td>"
                elif date(year, month, day) in EVENTS:
                    cells += f'<td align="center" bgcolor="#FFE08A"><a href="{_a(f"modules.php?name=Calendar&op=day&day={day}&month={month}&year={year}")}">{day}</a></td>'
                else:
                    cells += f'<td align="center"><font class="tiny">{day}</font></td>'
            rows += f"<tr>{cells}</tr>\n"
        return (
            '<table border="0" cellspacing="1" cellpadding="1" width="100%" style="font-size: 11px;">\n'
            f'<tr><td align="left"><a href="{_a(f"modules.php?name=Calendar&op=month&month={prev_m}&year={prev_y}")}">&lt;&lt;</a></td>'
            f'<td colspan="5" align="center"><b>{MONTHS[month - 1]} {year + 543}</b></td>'
            f'<td align="right"><a href="{_a(f"modules.php?name=Calendar&op=month&month={next_m}&year={next_y}")}">&gt;&gt;</a></td></tr>\n'
            "<tr><td>อา</td><td>จ</td><td>อ</td><td>พ</td><td>พฤ</td><td>ศ</td><td>ส</td></tr>\n"
            f"{rows}</table>\n"
        )

    def right_blocks(self) -> str:
        old = self.newest[STORYNUM : STORYNUM + OLD_NUM]
        lines, last = "", None
        for s in old:
            if s.d != last:
                # PHP-Nuke's _DATESTRING2 "%A, %B %d": no year
                lines += f"<b><i>{_weekday(s.d)}, {MONTHS[s.d.month - 1]} {s.d.day:02d}</i></b><br>\n"
                last = s.d
            n = len(s.comments)
            lines += (
                f'<strong><big>&middot;</big></strong>&nbsp;<a href="{_a(_art(s.sid))}">{esc(s.title)}</a> ({n})<br>\n'
            )
        lines += '<br><a href="modules.php?name=Stories_Archive"><b>ข่าวเก่ากว่านี้...</b></a>\n'
        survey = (
            '<form action="modules.php?name=Surveys" method="post"><font class="content"><b>ท่านพึงพอใจต่อการให้บริการของ อบต.โคกสะอาด ระดับใด</b><br><br>\n'
            '<input type="hidden" name="pollID" value="1"><input type="hidden" name="forwarder" value="modules.php?name=Surveys&amp;op=results&amp;pollID=1">\n'
            '<input type="radio" name="voteID" value="1"> มากที่สุด<br><input type="radio" name="voteID" value="2"> มาก<br>'
            '<input type="radio" name="voteID" value="3"> ปานกลาง<br><input type="radio" name="voteID" value="4"> น้อย<br><br>\n'
            '<center><input type="submit" value="โหวต"></center><br>\n'
            '<center>[ <a href="modules.php?name=Surveys&amp;op=results&amp;pollID=1"><b>ผลโหวต</b></a> | <a href="modules.php?name=Surveys"><b>แบบสำรวจ</b></a> ]</center></font></form>\n'
        )
        links = (
            '<a href="http://www.dla.go.th" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a><br>\n'
            '<a href="http://www.nakhonphanom.go.th" target="_blank">จังหวัดนครพนม</a><br>\n'
            '<a href="http://www.gprocurement.go.th" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ e-GP</a><br>\n'
            '<a href="http://www.oic.go.th/infocenter" target="_blank">ศูนย์ข้อมูลข่าวสารราชการ</a><br>\n'
        )
        return (
            self.block("ข่าวเก่า", f'<font class="content">{lines}</font>')
            + self.block("แบบสำรวจ", survey)
            + self.block("ลิงก์หน่วยงาน", links)
        )

    def page(self, title: str, center: str, home: bool = False) -> str:
        full_title = SITE_SHORT if not title else f"{SITE_SHORT} - {title}"
        right = f'<td width="180" valign="top" bgcolor="#F2F7FF">{self.right_blocks()}</td>' if home else ""
        now = f"{_weekday(TODAY)}ที่ {TODAY.day} {MONTHS[TODAY.month - 1]} {TODAY.year + 543}"
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(full_title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<meta http-equiv="expires" content="0">
<meta name="resource-type" content="document">
<meta name="distribution" content="global">
<meta name="author" content="{attr(SITE)}">
<meta name="copyright" content="Copyright (c) by {attr(SITE)}">
<meta name="keywords" content="อบต.โคกสะอาด, โคกสะอาด, ปลาปาก, นครพนม, องค์การบริหารส่วนตำบล">
<meta name="description" content="{attr(SITE)} {attr(DISTRICT)}">
<meta name="robots" content="index, follow">
<meta name="revisit-after" content="1 days">
<meta name="rating" content="general">
<meta name="generator" content="PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">
<script type="text/javascript">
<!--
function openwindow(){{
	window.open ("modules.php?name=Surveys&op=results&pollID=1","Copyright","toolbar=no,location=no,directories=no,status=no,scrollbars=yes,resizable=no,copyhistory=no,width=400,height=200");
}}
//-->
</script>
<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php">
<link rel="StyleSheet" href="{THEME}/style/style.css" type="text/css">
</head>

<body bgcolor="#E6EEF7" text="#000000" link="#003399" vlink="#003399" alink="#CC0000" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><a href="index.php"><img src="{THEME}/images/header.jpg" width="960" height="180" border="0" alt="{attr(SITE)}"></a></td></tr>
<tr><td colspan="3" bgcolor="#1F4E8C" height="26">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td><font color="#FFFFFF">&nbsp;&nbsp;<a href="index.php"><font color="#FFFFFF">หน้าแรก</font></a> | <a href="modules.php?name=Stories_Archive"><font color="#FFFFFF">คลังข่าว</font></a> | <a href="modules.php?name=Downloads"><font color="#FFFFFF">ดาวน์โหลด</font></a> | <a href="modules.php?name=Feedback"><font color="#FFFFFF">ติดต่อเรา</font></a></font></td>
<td align="right"><form action="modules.php?name=Search" method="post"><font color="#FFFFFF" class="tiny">{esc(now)}</font> <input type="text" name="query" size="14"> <input type="submit" value="ค้นหา">&nbsp;</form></td>
</tr></table></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F2F7FF">{self.left_blocks()}</td>
<td valign="top" style="padding: 8px;">
{center}
</td>
{right}
</tr>
<tr><td colspan="3" align="center" bgcolor="#1F4E8C"><br><font class="footmsg" color="#FFFFFF">
{esc(SITE)} {esc(ADDRESS)}<br>
โทรศัพท์/โทรสาร {esc(PHONE)} อีเมล์ <a href="mailto:{EMAIL}"><font color="#FFFFFF">{EMAIL}</font></a><br>
<a href="http://phpnuke.org" target="_blank"><font color="#FFFFFF">PHP-Nuke</font></a> Copyright &copy; 2006 by Francisco Burzi. This is free software, and you may redistribute it under the <a href="http://phpnuke.org/files/gpl.txt"><font color="#FFFFFF">GPL</font></a>.<br>
Page Generation: 0.21 Seconds</font><br><br></td></tr>
</table>
</body>
</html>
"""

    def opentable(self, inner: str) -> str:
        return f'<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#9EB7D9"><tr><td>\n<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#FFFFFF"><tr><td>\n{inner}\n</td></tr></table></td></tr></table>\n<br>\n'

    # -- stories ----------------------------------------------------------------------------
    def headline(self, s: _Story, link: bool) -> str:
        title = f'<a href="{_a(_art(s.sid))}">{esc(s.title)}</a>' if link else esc(s.title)
        if s.cat:
            href = f"modules.php?name=News&file=categories&op=newindex&catid={s.cat}"
            return f'<a href="{_a(href)}"><font class="storycat">{esc(CATEGORIES[s.cat])}</font></a>: {title}'
        return title

    def posted(self, s: _Story) -> str:
        who = f'<a href="{_a(f"modules.php?name=Your_Account&op=userinfo&username={s.aid}")}">{s.aid}</a>'
        return f'<font class="tiny">ส่งเมื่อ {esc(_nuke_date(s.d, s.hms))} โดย {who}</font>'

    def topic_img(self, s: _Story) -> str:
        name, img = TOPICS[s.topic]
        return f'<a href="{_a(f"modules.php?name=News&new_topic={s.topic}")}"><img src="images/topics/{img}" border="0" alt="{attr(name)}" title="{attr(name)}" align="right" hspace="10" vspace="10"></a>'

    def story_index(self, s: _Story) -> str:
        """themeindex(): the story as the home page and the topic pages show it."""
        more = []
        if s.has_body:
            more.append(f'<a href="{_a(_art(s.sid))}"><b>อ่านต่อ...</b></a>')
            size = len(_bodytext(s).encode("tis-620", errors="xmlcharrefreplace"))
            more.append(f"{size} ไบต์เพิ่มเติม")
        n = len(s.comments)
        more.append(
            f'<a href="{_a(_variant(s.sid, "thread", 0, 0))}">{n} ความเห็น</a>'
            if n
            else f'<a href="{_a(_variant(s.sid, "thread", 0, 0))}">ความเห็น?</a>'
        )
        if s.rating:
            more.append(f"คะแนน: {s.rating}")
        more.append(f"อ่าน {s.reads} ครั้ง")
        icons = (
            f'<a href="{_a(_print(s.sid))}"><img src="images/print.gif" border="0" alt="หน้าสำหรับพิมพ์" title="หน้าสำหรับพิมพ์" width="16" height="11"></a>&nbsp;'
            f'<a href="{_a(_friend(s.sid))}"><img src="images/friend.gif" border="0" alt="ส่งให้เพื่อน" title="ส่งให้เพื่อน" width="16" height="11"></a>'
        )
        return self.opentable(
            f'<font class="option"><b>{self.headline(s, link=True)}</b></font><br>\n{self.posted(s)}<br><br>\n'
            f'<font class="content">{self.topic_img(s)}{_hometext(s)}</font>\n'
            f'<br><div align="right"><font class="tiny">( {" | ".join(more)} )</font> {icons}</div>'
        )

    def comments_html(self, s: _Story, mode: str, order: int, thold: int) -> str:
        modes = " | ".join(
            f'<a href="{_a(_variant(s.sid, m, order, thold))}">{label}</a>'
            for m, label in zip(COMMENT_MODES, ("ไม่แสดงความเห็น", "แบบซ้อน", "แบบเรียบ", "แบบเธรด"), strict=True)
        )
        orders = " | ".join(
            f'<a href="{_a(_variant(s.sid, mode, o, thold))}">{label}</a>' for o, label in COMMENT_ORDERS
        )
        tholds = " ".join(f'<a href="{_a(_variant(s.sid, mode, order, t))}">{t}</a>' for t in range(-1, 6))
        reply = (
            f"modules.php?name=News&file=comments&op=Reply&pid=0&sid={s.sid}&mode={mode}&order={order}&thold={thold}"
        )
        listed = (
            ""
            if mode == "nocomments"
            else "".join(
                f'<table width="99%" border="0" cellpadding="3"><tr><td bgcolor="#EEF3FA"><b>ความเห็นโดย: {esc(name)}</b> <font class="tiny">เมื่อ {esc(when)}</font><br>{esc(text)}</td></tr></table>\n'
                for name, when, text in (reversed(s.comments) if order == 1 else s.comments)
            )
        )
        count = len(s.comments)
        return self.opentable(
            f'<a name="comments"></a><center><font class="content"><b>{esc(s.title)}</b> | <b>{count}</b> ความเห็น | '
            f'<a href="modules.php?name=Your_Account">เข้าสู่ระบบ/สมัครสมาชิก</a><br>\n'
            f"การแสดงผล: {modes}<br>\nเรียงลำดับ: {orders}<br>\nเกณฑ์คะแนน: {tholds}<br>\n"
            f'[ <a href="{_a(reply)}">แสดงความเห็น</a> ]</font></center>\n'
            f'<center><font class="tiny">ความเห็นเป็นของผู้เขียนแต่ละท่าน เว็บไซต์ไม่รับผิดชอบต่อเนื้อหาของความเห็นใดๆ</font></center><br>\n{listed}'
        )

    def article_page(self, s: _Story, mode: str = "", order: int = 0, thold: int = 0) -> str:
        topic, _img = TOPICS[s.topic]
        others = [o for o in sorted(STORIES, key=lambda o: -o.reads) if o.topic == s.topic and o.sid != s.sid]
        most = (
            f'<br><br><center><b>ข่าวที่มีผู้อ่านมากที่สุดในหัวข้อ {esc(topic)}:</b><br>\n<a href="{_a(_art(others[0].sid))}">{esc(others[0].title)}</a></center>'
            if others
            else ""
        )
        related = self.block(
            "ลิงก์ที่เกี่ยวข้อง",
            f'<font class="content"><strong><big>&middot;</big></strong>&nbsp;<a href="{_a(f"modules.php?name=News&new_topic={s.topic}")}">อ่านข่าวอื่นๆ ในหัวข้อ {esc(topic)}</a><br>\n'
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="{_a(f"modules.php?name=Search&author={s.aid}")}">ข่าวโดย {s.aid}</a>{most}</font>',
        )
        rating = (
            f"คะแนนเฉลี่ย: <b>{s.rating}</b><br>คะแนนโหวต: <b>{len(s.comments) + 1}</b>"
            if s.rating
            else "ยังไม่มีผู้ให้คะแนนบทความนี้"
        )
        rate = self.block(
            "ให้คะแนนบทความ",
            f'<center><font class="content">{rating}<br><br><form action="modules.php?name=News" method="post"><input type="hidden" name="sid" value="{s.sid}"><input type="hidden" name="op" value="rate_article">'
            '<input type="radio" name="score" value="5"> <img src="images/articles/stars-5.gif" border="0" alt="ดีมาก"><br><input type="radio" name="score" value="3"> <img src="images/articles/stars-3.gif" border="0" alt="ปานกลาง"><br>'
            '<input type="radio" name="score" value="1"> <img src="images/articles/stars-1.gif" border="0" alt="ควรปรับปรุง"><br><input type="submit" value="ให้คะแนน"></form></font></center>',
        )
        options = self.block(
            "ตัวเลือก",
            f'<font class="content">&nbsp;<img src="images/print.gif" border="0" alt=""> <a href="{_a(_print(s.sid))}">หน้าสำหรับพิมพ์</a><br>\n'
            f'&nbsp;<img src="images/friend.gif" border="0" alt=""> <a href="{_a(_friend(s.sid))}">ส่งบทความนี้ให้เพื่อน</a></font>',
        )
        story = self.opentable(
            f'<font class="title"><b>{self.headline(s, link=False)}</b></font><br>\n{self.posted(s)}<br><br>\n'
            f'<font class="content">{self.topic_img(s)}{_hometext(s)}{_bodytext(s)}</font>'
        )
        side = f'<td width="180" valign="top" style="padding-left: 8px;">{related}{rate}{options}</td>'
        center = f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td valign="top">{story}</td>{side}</tr></table>\n'
        if mode != "nocomments":
            center += self.comments_html(s, mode or "thread", order, thold)
        return self.page(s.title, center)

    def print_page(self, s: _Story) -> str:
        topic, _img = TOPICS[s.topic]
        return f"""<html>
<head><title>{esc(SITE_SHORT)} - {esc(s.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620"></head>
<body bgcolor="#ffffff" text="#000000">
<table border="0" align="center"><tr><td>

<table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td>
<center>
<img src="images/logo.gif" border="0" alt=""><br><br>
<font class="content">
<b>{esc(s.title)}</b></font><br>
<font class="tiny"><b>วันที่:</b> {esc(_nuke_date(s.d, s.hms))}<br><b>หัวข้อ:</b> {esc(topic)}</font><br><br>
</center>
<font class="content">
{_hometext(s)}<br><br>
{_bodytext(s)}<br><br>
</font>
</td></tr></table></td></tr></table>
<br><br><center>
<font class="content">
บทความนี้มาจาก {esc(SITE)}<br>
<a href="{self.b}">{self.b}</a><br><br>
URL ของบทความนี้คือ:<br>
<a href="{self.b}/{_a(_art(s.sid))}">{self.b}/{esc(_art(s.sid))}</a>
</font>
</center>
</td></tr></table>
</body>
</html>
"""

    def friend_page(self, s: _Story) -> str:
        center = self.opentable(
            f'<center><font class="title"><b>ส่งบทความให้เพื่อน</b></font></center><br><br>\n'
            f'<font class="content">คุณกำลังจะส่งบทความ <b>{esc(s.title)}</b> ไปให้เพื่อนของคุณ:<br><br>\n'
            '<form action="modules.php?name=News" method="post"><input type="hidden" name="file" value="friend">'
            f'<input type="hidden" name="sid" value="{s.sid}"><input type="hidden" name="op" value="SendStory">\n'
            '<b>ชื่อของคุณ:</b> <input type="text" name="yname" size="30"><br><br>\n<b>อีเมล์ของคุณ:</b> <input type="text" name="ymail" size="30"><br><br><br>\n'
            '<b>ชื่อเพื่อน:</b> <input type="text" name="fname" size="30"><br><br>\n<b>อีเมล์เพื่อน:</b> <input type="text" name="fmail" size="30"><br><br>\n'
            '<input type="submit" value="ส่ง"></form></font>'
        )
        return self.page("ส่งบทความให้เพื่อน", center)

    def reply_page(self, s: _Story, mode: str, order: int, thold: int) -> str:
        center = self.opentable(
            f'<center><font class="title"><b>แสดงความเห็น</b></font></center><br>\n'
            f'<font class="option"><b>{self.headline(s, link=True)}</b></font><br>\n{self.posted(s)}<br><br>\n'
            f'<font class="content">{self.topic_img(s)}{_hometext(s)}</font>'
        ) + self.opentable(
            f'<form action="modules.php?name=News" method="post"><font class="option"><b>ชื่อของคุณ:</b></font> Anonymous [ <a href="modules.php?name=Your_Account">สมัครสมาชิก</a> ]<br><br>\n'
            f'<b>หัวข้อ:</b><br><input type="text" name="subject" size="50" maxlength="85" value="Re: {attr(s.title)}"><br><br>\n'
            '<b>ความเห็น:</b><br><textarea wrap="virtual" cols="50" rows="10" name="comment"></textarea><br>\n'
            f'<input type="hidden" name="pid" value="0"><input type="hidden" name="sid" value="{s.sid}"><input type="hidden" name="mode" value="{mode}">'
            f'<input type="hidden" name="order" value="{order}"><input type="hidden" name="thold" value="{thold}"><input type="hidden" name="file" value="comments">\n'
            '<input type="submit" name="op" value="ดูตัวอย่าง"> <input type="submit" name="op" value="ตกลง"></form>\n'
            f'<a href="{_a(_variant(s.sid, mode, order, thold))}">กลับไปที่บทความ</a>'
        )
        return self.page("แสดงความเห็น", center)

    # -- listings ---------------------------------------------------------------------------
    def home_center(self, stories: list[_Story]) -> str:
        return "".join(self.story_index(s) for s in stories)

    def archive_table(self, stories: list[_Story]) -> str:
        rows = "".join(
            f'<tr><td bgcolor="#FFFFFF"><img src="{THEME}/images/arrow.gif" border="0" alt="">&nbsp;<a href="{_a(_art(s.sid))}">{esc(s.title)}</a></td>'
            f'<td align="center" bgcolor="#FFFFFF">{len(s.comments)}</td><td align="center" bgcolor="#FFFFFF">{s.reads}</td>'
            f'<td align="center" bgcolor="#FFFFFF">{s.rating or 0}</td><td align="center" bgcolor="#FFFFFF">{_short(s.d)}</td>'
            f'<td align="center" bgcolor="#FFFFFF"><a href="{_a(_print(s.sid))}"><img src="images/print.gif" border="0" alt="หน้าสำหรับพิมพ์" title="หน้าสำหรับพิมพ์"></a> '
            f'<a href="{_a(_friend(s.sid))}"><img src="images/friend.gif" border="0" alt="ส่งให้เพื่อน" title="ส่งให้เพื่อน"></a></td></tr>\n'
            for s in stories
        )
        return (
            '<table border="0" width="100%" cellpadding="3" cellspacing="1" bgcolor="#9EB7D9">\n'
            '<tr><td bgcolor="#CCE0FF" align="left"><b>บทความ</b></td><td bgcolor="#CCE0FF" align="center"><b>ความเห็น</b></td>'
            '<td bgcolor="#CCE0FF" align="center"><b>อ่าน</b></td><td bgcolor="#CCE0FF" align="center"><b>คะแนน</b></td>'
            '<td bgcolor="#CCE0FF" align="center"><b>วันที่</b></td><td bgcolor="#CCE0FF" align="center"><b>ตัวเลือก</b></td></tr>\n'
            f"{rows}</table>\n"
        )

    def months(self) -> list[tuple[int, int]]:
        return sorted({(s.d.year, s.d.month) for s in STORIES}, reverse=True)

    def month_href(self, year: int, month: int) -> str:
        return f"modules.php?name=Stories_Archive&sa=show_month&year={year}&month={month}&month_l={_month_l(month)}"

    def archive_index(self) -> str:
        items = "".join(
            f'<strong><big>&middot;</big></strong> <a href="{_a(self.month_href(y, m))}">{MONTHS[m - 1]}, {y + 543}</a><br>\n'
            for y, m in self.months()
        )
        return self.opentable(
            f'<center><font class="title"><b>คลังข่าว</b></font></center><br><br>\n<font class="content">กรุณาเลือกเดือนที่ต้องการ:<br><br>\n{items}'
            '<br><br><a href="modules.php?name=Stories_Archive&amp;sa=show_all">แสดงบทความทั้งหมด</a></font>'
        )

    # -- registration -----------------------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        self.media()
        site.add(
            "/robots.txt",
            Response(
                200,
                (("Content-Type", "text/plain"),),
                (
                    b"User-agent: *\nDisallow: /admin.php\nDisallow: /admin/\nDisallow: /blocks/\nDisallow: /db/\n"
                    b"Disallow: /includes/\nDisallow: /language/\nDisallow: /modules.php?name=Your_Account\n"
                    b"Disallow: /modules.php?name=Search\n"
                ),
            ),
        )
        home = self.page("", self.home_center(self.newest[:STORYNUM]), home=True)
        for path in ("/", "/index.php", "/modules.php?name=News"):
            self.add_page(path, home)

        # stories, print views, send-to-friend, the root article.php redirect
        for s in STORIES:
            url = f"/{_art(s.sid)}"
            site.add(url, self.html(self.article_page(s)))
            site.add(f"/{_print(s.sid)}", self.html(self.print_page(s)))
            self.add_page(f"/{_friend(s.sid)}", self.friend_page(s))
            site.add(f"/article.php?sid={s.sid}", redirect(b + url, 302))
            site.articles.append(
                FixtureArticle(
                    url=b + url,
                    aliases=(b + f"/{_print(s.sid)}", b + f"/article.php?sid={s.sid}"),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.day,
                    author=s.aid,
                    captions=tuple(c for c in s.figures if c),
                )
            )
        site.add(f"/{_art(DELETED_SID)}", redirect("modules.php?name=News", 302))
        site.add(
            f"/article.php?sid={DELETED_SID}", redirect(f"modules.php?name=News&file=article&sid={DELETED_SID}", 302)
        )

        # topics, Topics, category
        for t, (name, img) in TOPICS.items():
            stories = [s for s in self.newest if s.topic == t][:STORYNUM]
            head = self.opentable(
                f'<center><img src="images/topics/{img}" border="0" alt=""><br><font class="title"><b>{esc(name)}</b></font></center>'
            )
            self.add_page(f"/modules.php?name=News&new_topic={t}", self.page(name, head + self.home_center(stories)))
        cells = ""
        for t, (name, img) in TOPICS.items():
            stories = [s for s in self.newest if s.topic == t]
            titles = "".join(
                f'<strong><big>&middot;</big></strong>&nbsp;<a href="{_a(_art(s.sid))}">{esc(s.title)}</a><br>\n'
                for s in stories[:3]
            )
            cells += (
                f'<tr><td valign="top" width="90"><a href="{_a(f"modules.php?name=News&new_topic={t}")}"><img src="images/topics/{img}" border="0" alt="{attr(name)}"></a></td>'
                f'<td valign="top"><font class="option"><b>{esc(name)}</b></font><br><font class="tiny">บทความทั้งหมด: {len(stories)}</font><br>\n{titles}'
                f'<div align="right"><a href="{_a(f"modules.php?name=News&new_topic={t}")}">อ่านเพิ่มเติม...</a></div></td></tr>\n'
            )
        self.add_page(
            "/modules.php?name=Topics",
            self.page(
                "หัวข้อข่าว",
                self.opentable(
                    f'<center><font class="title"><b>หัวข้อข่าวที่มีในเว็บไซต์</b></font></center><br>\n<table border="0" width="100%" cellpadding="5">{cells}</table>'
                ),
            ),
        )
        for catid, name in CATEGORIES.items():
            stories = [s for s in self.newest if s.cat == catid]
            self.add_page(
                f"/modules.php?name=News&file=categories&op=newindex&catid={catid}",
                self.page(name, self.home_center(stories)),
            )

        # Stories_Archive
        self.add_page("/modules.php?name=Stories_Archive", self.page("คลังข่าว", self.archive_index()))
        for y, m in self.months():
            stories = [s for s in self.newest if (s.d.year, s.d.month) == (y, m)]
            center = self.opentable(
                f'<center><font class="content"><b>คลังข่าว</b>: {MONTHS[m - 1]}, {y + 543}</font></center><br>\n{self.archive_table(stories)}'
                '<br><center>[ <a href="modules.php?name=Stories_Archive">กลับไปหน้าคลังข่าว</a> | <a href="modules.php?name=Stories_Archive&amp;sa=show_all">แสดงบทความทั้งหมด</a> ]</center>'
            )
            self.add_page("/" + self.month_href(y, m), self.page("คลังข่าว", center))
        total = len(STORIES)
        for start in range(0, total, STORYNUM):
            nav = []
            if start:
                nav.append(
                    f'<a href="{_a(f"modules.php?name=Stories_Archive&sa=show_all&min={start - STORYNUM}")}">หน้าก่อนหน้า</a>'
                )
            if start + STORYNUM < total:
                nav.append(
                    f'<a href="{_a(f"modules.php?name=Stories_Archive&sa=show_all&min={start + STORYNUM}")}">หน้าถัดไป</a>'
                )
            center = self.opentable(
                f'<center><font class="content"><b>คลังข่าว</b>: บทความทั้งหมด ({start + 1} - {min(start + STORYNUM, total)} จาก {total})</font></center><br>\n'
                f"{self.archive_table(self.newest[start : start + STORYNUM])}<br><center>[ {' | '.join(nav)} ]</center>"
            )
            text = self.page("คลังข่าว", center)
            self.add_page(f"/modules.php?name=Stories_Archive&sa=show_all&min={start}", text)
            if start == 0:
                self.add_page("/modules.php?name=Stories_Archive&sa=show_all", text)

        self.register_modules()
        site.add("/backend.php", self.rss())
        site.non_articles = self.non_articles
        site.trap_patterns = [TRAP_NEWS, TRAP_CALENDAR]
        site.dynamic = self.dynamic

    def content_page(self, c: _Content, body: str) -> str:
        added = date.fromisoformat(c.added)
        return self.page(
            c.title,
            self.opentable(
                f'<font class="title"><b>{esc(c.title)}</b></font><br><br>\n<font class="content">{body}</font><br><br>\n'
                f'<font class="tiny">เพิ่มเมื่อ: {_nuke_date(added, "09:00:00")} ({300 + c.pid * 211} ครั้งอ่าน)</font><br><br>\n'
                '<center>[ <a href="modules.php?name=Content">กลับไปหน้าสารบัญ</a> ]</center>'
            ),
        )

    def register_modules(self) -> None:
        site = self.site
        for c in CONTENTS:
            body = "".join(f"<p>{esc(t)}</p>\n" for t in c.paragraphs) + c.extra
            self.add_page(f"/modules.php?name=Content&pa=showpage&pid={c.pid}", self.content_page(c, body))
        ita_rows = (
            ("O1", "โครงสร้างหน่วยงาน", "modules.php?name=Content&pa=showpage&pid=3"),
            ("O2", "ข้อมูลผู้บริหาร", "modules.php?name=Content&pa=showpage&pid=3"),
            ("O3", "อำนาจหน้าที่และข้อมูลพื้นฐาน", "modules.php?name=Content&pa=showpage&pid=4"),
            ("O4", "แผนพัฒนาท้องถิ่น", "modules.php?name=Downloads&d_op=getit&lid=1"),
            ("O5", "ข่าวประชาสัมพันธ์", "modules.php?name=News&new_topic=1"),
            ("O6", "ช่องทางการติดต่อ", "modules.php?name=Feedback"),
            ("O7", "ประกาศรายงานผลการดำเนินงาน ปี 2565", "article.php?sid=219"),
            ("O8", "ข้อบัญญัติงบประมาณรายจ่าย ปี 2567", "article.php?sid=243"),
            ("O9", "รายงานผลการดำเนินงาน ปี 2566", f"modules.php?name=News&file=article&sid={DELETED_SID}"),
            ("O10", "แผนการจัดซื้อจัดจ้าง", "modules.php?name=Downloads&d_op=getit&lid=2"),
            ("O11", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "modules.php?name=Downloads&d_op=getit&lid=3"),
            ("O12", "คู่มือการปฏิบัติงาน", "modules.php?name=Downloads&d_op=viewdownload&cid=1"),
        )
        table = (
            '<table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse: collapse;">\n<tr bgcolor="#CCE0FF"><td align="center"><b>ข้อ</b></td><td align="center"><b>รายการ</b></td><td align="center"><b>ลิงก์</b></td></tr>\n'
            + "".join(
                f'<tr><td align="center">{k}</td><td>{esc(t)}</td><td align="center"><a href="{_a(h)}">คลิก</a></td></tr>\n'
                for k, t, h in ita_rows
            )
            + "</table>\n"
        )
        ita = _Content(
            ITA_PID,
            "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567",
            "2024-03-29",
            ("ตามแบบตรวจการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567",),
        )
        self.add_page(
            f"/modules.php?name=Content&pa=showpage&pid={ITA_PID}",
            self.content_page(ita, f"<p>{esc(ita.paragraphs[0])}</p>\n{table}"),
        )
        toc = "".join(
            f'<strong><big>&middot;</big></strong> <a href="{_a(f"modules.php?name=Content&pa=showpage&pid={c.pid}")}">{esc(c.title)}</a><br>\n'
            for c in (*CONTENTS, ita)
        )
        self.add_page(
            "/modules.php?name=Content",
            self.page(
                "สารบัญ",
                self.opentable(
                    f'<center><font class="title"><b>ข้อมูลหน่วยงาน</b></font></center><br>\n<font class="content">{toc}</font>'
                ),
            ),
        )
        self.add_page(
            "/modules.php?name=Feedback",
            self.page(
                "ติดต่อเรา",
                self.opentable(
                    f'<center><font class="title"><b>ติดต่อเรา</b></font></center><br>\n<font class="content"><b>{esc(SITE)}</b><br>{esc(ADDRESS)}<br>โทรศัพท์/โทรสาร {esc(PHONE)}<br>อีเมล์ {EMAIL}<br><br>\n'
                    '<form action="modules.php?name=Feedback" method="post"><b>ชื่อของคุณ:</b><br><input type="text" name="sender_name" size="30"><br><br>'
                    '<b>อีเมล์:</b><br><input type="text" name="sender_email" size="30"><br><br><b>ข้อความ:</b><br><textarea name="message" cols="50" rows="10"></textarea><br><br>'
                    '<input type="hidden" name="opi" value="ds"><input type="submit" value="ส่ง"></form></font>'
                ),
            ),
        )
        cats = "".join(
            f'<tr><td><img src="modules/Downloads/images/icon-folder.gif" border="0" alt=""> <a href="{_a(f"modules.php?name=Downloads&d_op=viewdownload&cid={cid}")}"><b>{esc(name)}</b></a> ({len(items)})</td></tr>\n'
            for cid, (name, items) in DOWNLOADS.items()
        )
        self.add_page(
            "/modules.php?name=Downloads",
            self.page(
                "ดาวน์โหลด",
                self.opentable(
                    f'<center><font class="title"><b>ดาวน์โหลดเอกสาร</b></font></center><br>\n<table border="0" cellpadding="5" width="100%">{cats}</table>'
                ),
            ),
        )
        for cid, (name, items) in DOWNLOADS.items():
            rows = "".join(
                f'<tr><td><img src="modules/Downloads/images/download.gif" border="0" alt=""> <a href="{_a(f"modules.php?name=Downloads&d_op=getit&lid={lid}")}">{esc(title)}</a><br>'
                f'<font class="tiny">เพิ่มเมื่อ: {_short(date(2024, 3, 1) + timedelta(days=lid))} | ดาวน์โหลด: {17 * lid + 5} ครั้ง</font></td></tr>\n'
                for lid, title in items
            )
            self.add_page(
                f"/modules.php?name=Downloads&d_op=viewdownload&cid={cid}",
                self.page(
                    name,
                    self.opentable(
                        f'<font class="option"><b>หมวด: {esc(name)}</b></font><br><br>\n<table border="0" cellpadding="4" width="100%">{rows}</table>'
                    ),
                ),
            )
            for lid, _title in items:
                site.add(
                    f"/modules.php?name=Downloads&d_op=getit&lid={lid}",
                    redirect(self.b + f"/userfiles/file/download/dl_{lid:03d}.pdf", 302),
                )
        self.add_page(
            "/modules.php?name=Surveys",
            self.page(
                "แบบสำรวจ",
                self.opentable(
                    '<center><font class="title"><b>แบบสำรวจความคิดเห็นทั้งหมด</b></font></center><br>\n<font class="content">'
                    '<strong><big>&middot;</big></strong> <a href="modules.php?name=Surveys&amp;op=results&amp;pollID=1">ท่านพึงพอใจต่อการให้บริการของ อบต.โคกสะอาด ระดับใด</a> (312 โหวต)</font>'
                ),
            ),
        )
        results = "".join(
            f'<tr><td>{label}</td><td><img src="{THEME}/images/leftbar.gif" height="14" width="{w * 3}" alt=""> {w} %</td></tr>\n'
            for label, w in (("มากที่สุด", 46), ("มาก", 38), ("ปานกลาง", 12), ("น้อย", 4))
        )
        self.add_page(
            "/modules.php?name=Surveys&op=results&pollID=1",
            self.page(
                "ผลการสำรวจ",
                self.opentable(
                    f'<center><font class="option"><b>ท่านพึงพอใจต่อการให้บริการของ อบต.โคกสะอาด ระดับใด</b></font></center><br>\n<table border="0" width="100%">{results}</table>\n<center>จำนวนผู้โหวตทั้งหมด: <b>312</b></center>'
                ),
            ),
        )
        self.add_page(
            "/modules.php?name=Calendar", self.page("ปฏิทินกิจกรรม", self.calendar_month(TODAY.year, TODAY.month))
        )

    def media(self) -> None:
        site = self.site
        for s in STORIES:
            for k in range(1, len(s.figures) + s.gallery + 1):
                add_jpeg(site, "/" + _photo(s, k), 800, 600, s.dt)
            if s.pdf:
                add_pdf(
                    site,
                    "/" + _pdf_path(s),
                    f"Khok Sa-at SAO news {s.sid}",
                    [f"Attachment of story {s.sid}", f"Dated {s.day}"],
                    s.dt,
                )
        for k in range(1, len(EXECUTIVES) + 1):
            add_jpeg(site, f"/userfiles/image/exec-{k}.jpg", 240, 300, LAUNCH)
        for items in (i for _n, i in DOWNLOADS.values()):
            for lid, _title in items:
                add_pdf(
                    site,
                    f"/userfiles/file/download/dl_{lid:03d}.pdf",
                    f"Khok Sa-at SAO download {lid}",
                    [f"File {lid}"],
                    LAUNCH,
                )
        add_jpeg(site, f"/{THEME}/images/header.jpg", 960, 180, LAUNCH)
        for gif in (
            f"/{THEME}/images/arrow.gif",
            f"/{THEME}/images/block_bg.gif",
            f"/{THEME}/images/leftbar.gif",
            "/images/print.gif",
            "/images/friend.gif",
            "/images/pdf.gif",
            "/images/logo.gif",
            "/images/articles/stars-1.gif",
            "/images/articles/stars-3.gif",
            "/images/articles/stars-5.gif",
            "/modules/Downloads/images/icon-folder.gif",
            "/modules/Downloads/images/download.gif",
            *(f"/images/topics/{img}" for _n, img in TOPICS.values()),
        ):
            add_gif(site, gif, LAUNCH)
        add_text(
            site,
            f"/{THEME}/style/style.css",
            "body { font-family: Tahoma, 'MS Sans Serif'; font-size: 13px; }\n.title { font-size: 16px; color: #1F4E8C; }\n.tiny { font-size: 11px; color: #666666; }\n.content { font-size: 13px; }\n.storycat { color: #CC6600; }\n",
            "text/css",
        )

    def rss(self) -> Response:
        items = "".join(
            f"<item>\n<title>{esc(s.title)}</title>\n<link>{self.b}/{esc(_art(s.sid))}</link>\n</item>\n"
            for s in self.newest[:10]
        )
        text = (
            '<?xml version="1.0" encoding="TIS-620"?>\n\n'
            '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n\n'
            f'<rss version="0.91">\n\n<channel>\n<title>{esc(SITE_SHORT)}</title>\n<link>{self.b}</link>\n'
            f"<description>{esc(SITE)}</description>\n<language>th</language>\n<lastBuildDate>{rfc822(self.newest[0].dt)}</lastBuildDate>\n\n{items}\n</channel>\n</rss>\n"
        )
        return Response(
            200, (("Content-Type", "text/xml; charset=TIS-620"),), text.encode("tis-620", errors="xmlcharrefreplace")
        )

    # -- calendar ---------------------------------------------------------------------------
    def calendar_month(self, year: int, month: int) -> str:
        prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        rows = ""
        for week in calendar.Calendar(firstweekday=6).monthdayscalendar(year, month):
            cells = ""
            for day in week:
                if not day:
                    cells += '<td bgcolor="#F0F0F0">&nbsp;</td>'
                    continue
                event = EVENTS.get(date(year, month, day), "")
                href = f"modules.php?name=Calendar&op=day&day={day}&month={month}&year={year}"
                cells += f'<td valign="top" height="60" bgcolor="#FFFFFF"><a href="{_a(href)}"><b>{day}</b></a><br><font class="tiny">{esc(event)}</font></td>'
            rows += f"<tr>{cells}</tr>\n"
        return self.opentable(
            f'<center><a href="{_a(f"modules.php?name=Calendar&op=month&month={prev_m}&year={prev_y}")}">&lt;&lt; เดือนก่อน</a> &nbsp; '
            f'<font class="title"><b>{MONTHS[month - 1]} {year + 543}</b></font> &nbsp; '
            f'<a href="{_a(f"modules.php?name=Calendar&op=month&month={next_m}&year={next_y}")}">เดือนถัดไป &gt;&gt;</a></center><br>\n'
            '<table border="0" cellpadding="3" cellspacing="1" width="100%" bgcolor="#9EB7D9">\n'
            '<tr bgcolor="#CCE0FF"><td>อาทิตย์</td><td>จันทร์</td><td>อังคาร</td><td>พุธ</td><td>พฤหัสบดี</td><td>ศุกร์</td><td>เสาร์</td></tr>\n'
            f"{rows}</table>"
        )

    def calendar_day(self, d: date) -> str:
        prev, nxt = d - timedelta(days=1), d + timedelta(days=1)
        event = EVENTS.get(d)
        text = f"<b>{esc(event)}</b><br>เวลา 09.00 น. ณ อบต.โคกสะอาด" if event else "ไม่มีกิจกรรมในวันนี้"
        return self.opentable(
            f'<center><a href="{_a(f"modules.php?name=Calendar&op=day&day={prev.day}&month={prev.month}&year={prev.year}")}">&lt;&lt; วันก่อน</a> &nbsp; '
            f'<font class="title"><b>{_weekday(d)}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}</b></font> &nbsp; '
            f'<a href="{_a(f"modules.php?name=Calendar&op=day&day={nxt.day}&month={nxt.month}&year={nxt.year}")}">วันถัดไป &gt;&gt;</a></center><br>\n'
            f'<font class="content">{text}</font><br><br>\n'
            f'<center>[ <a href="{_a(f"modules.php?name=Calendar&op=month&month={d.month}&year={d.year}")}">ดูทั้งเดือน</a> ]</center>'
        )

    def dynamic(self, path_and_query: str) -> Response | None:
        parts = urlsplit(path_and_query)
        if parts.path != "/modules.php":
            return None
        q = dict(parse_qsl(parts.query, keep_blank_values=True))

        def num(key: str, default: int | None = None) -> int | None:
            try:
                return int(q[key])
            except (KeyError, ValueError):
                return default

        name = q.get("name")
        if name == "News" and q.get("file") in ("article", "comments"):
            s = self.by_sid.get(num("sid", -1))
            if s is None:
                return None
            mode = q.get("mode", "thread")
            mode = mode if mode in COMMENT_MODES else "thread"
            order = num("order", 0)
            thold = num("thold", 0)
            order = order if order in (0, 1, 2) else 0
            thold = thold if thold is not None and -1 <= thold <= 5 else 0
            if q.get("file") == "comments":
                if q.get("op") != "Reply":
                    return None
                return self.html(self.reply_page(s, mode, order, thold))
            if not any(k in q for k in ("mode", "order", "thold")):
                return None
            return self.html(self.article_page(s, mode, order, thold))
        if name == "Calendar":
            year, month = num("year"), num("month")
            if year is None or month is None or not 1 <= year <= 9999 or not 1 <= month <= 12:
                return None
            if q.get("op") == "day":
                day = num("day")
                try:
                    d = date(year, month, day or 0)
                except ValueError:
                    return None
                if not date.min < d < date.max:
                    return None
                return self.html(self.page("ปฏิทินกิจกรรม", self.calendar_day(d)))
            if (year, month) in ((1, 1), (9999, 12)):
                return None
            return self.html(self.page("ปฏิทินกิจกรรม", self.calendar_month(year, month)))
        return None


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=[
            "/admin.php",
            "/admin/",
            "/blocks/",
            "/db/",
            "/includes/",
            "/language/",
            "/modules.php?name=Your_Account",
            "/modules.php?name=Search",
        ],
        server_software="Apache/2.2.15 (CentOS)",
    )
    _Nuke(site).register()
    return site

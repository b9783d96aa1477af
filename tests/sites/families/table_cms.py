# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""table_cms: an old Thai local-government PHP CMS built by a contractor.

windows-874 bytes, charset only in <meta http-equiv> (the HTTP header says
plain ``text/html``), nested tables, <font>, a marquee, visitor counters, the
same <title> on every page.  Articles at /newspreview.php?id=N; the listing
/news.php?page=N (5 per page) links them as newspreview.php?id=N&cid=1 (an
alias).  Prev/next are plain <a> labelled "<< ข่าวก่อนหน้า" / "ข่าวถัดไป >>".
No feed, no sitemap.  /print.php is disallowed by robots.txt; the menu item
แผนพัฒนาท้องถิ่น (plan.php) is a broken link (404).
"""

from __future__ import annotations

from datetime import datetime

from ..corpus import TABLE_CMS, Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import local_dt, thai_abbr, thai_long, thai_slash
from .common import add_gif, add_jpeg, add_pdf, add_text, esc, html_page

FAMILY = "table_cms"
SITE = "องค์การบริหารส่วนตำบลหนองบัวทอง"
SHORT = "อบต.หนองบัวทอง"
ADDRESS = "หมู่ที่ 1 ตำบลหนองบัวทอง อำเภอเมืองร้อยเอ็ด จังหวัดร้อยเอ็ด 45000"
NEWS_IDS = (151, 158, 163, 170, 171, 175, 182, 190, 196, 203, 209, 214, 220)
PER_PAGE = 5
ENCODING = "cp874"  # windows-874
FONT = '<font face="MS Sans Serif" size="2">'
BROKEN = "/plan.php"
SITE_BUILT = datetime(2009, 3, 2, 10, 0)


def _html(text: str, status: int = 200) -> Response:
    return html_page(text, "text/html", ENCODING, status)


def _views(news_id: int) -> int:
    return (news_id * 37) % 900 + 45


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/print.php", "/admin/"],
        broken_links=[base_url + BROKEN],
        server_software="Apache/2.2.15 (CentOS)",
        not_found=html_page(
            '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n'
            "<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n"
            "<p>The requested URL was not found on this server.</p>\n<hr>\n"
            "<address>Apache/2.2.15 (CentOS) Server Port 80</address>\n</body></html>\n",
            "text/html; charset=iso-8859-1",
            status=404,
        ),
    )
    _Renderer(site).register()
    pages = -(-len(NEWS_IDS) // PER_PAGE)
    site.non_articles = [
        base_url + "/",
        base_url + "/index.php",
        base_url + "/news.php",
        *(f"{base_url}/news.php?page={n}" for n in range(1, pages + 1)),
        *(base_url + path for path, _title, _body in _STATIC_PAGES),
        base_url + "/admin/login.php",  # disallowed by robots.txt
    ]
    return site


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.base = site, site.base_url
        self.news = list(zip(NEWS_IDS, TABLE_CMS, strict=True))  # oldest first
        self.newest = list(reversed(self.news))

    def register(self) -> None:
        site, b = self.site, self.base
        for i, (news_id, story) in enumerate(self.news):
            dt = local_dt(story.date, story.time)
            for k in range(1, story.photos + 1):
                add_jpeg(site, f"/images/news/{news_id}_{k}.jpg", 800, 600, dt)
            add_pdf(
                site,
                f"/files/doc_{news_id}.pdf",
                f"Nongbuathong SAO document {news_id}",
                [f"Announcement no. {news_id}", f"Date: {story.date}"],
                dt,
            )
            page = self.article(i)
            site.add(f"/newspreview.php?id={news_id}", page)
            site.add(f"/newspreview.php?id={news_id}&cid=1", page)
            site.add(f"/print.php?id={news_id}", self.print_page(news_id, story))
            site.articles.append(
                FixtureArticle(
                    url=f"{b}/newspreview.php?id={news_id}",
                    aliases=(f"{b}/newspreview.php?id={news_id}&cid=1",),
                    title=story.title,
                    paragraphs=story.paragraphs,
                    published=story.date,
                    author=story.author,
                    captions=story.shown_captions,
                )
            )
        home = self.frame(self.home())
        site.add("/", home)
        site.add("/index.php", home)
        chunks = [self.newest[n : n + PER_PAGE] for n in range(0, len(self.newest), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            listing = self.frame(self.listing(n, len(chunks), chunk))
            site.add(f"/news.php?page={n}", listing)
            if n == 1:
                site.add("/news.php", listing)
        for path, title, body in _STATIC_PAGES:
            site.add(path, self.frame(self.box(title, f"{FONT}{body}</font>")))
        site.add(
            "/admin/login.php",
            _html(
                f'<HTML><HEAD><meta http-equiv="Content-Type" content="text/html; '
                f'charset=windows-874"><TITLE>ผู้ดูแลระบบ</TITLE></HEAD><BODY>'
                f'<form method=post action="chklogin.php">{FONT}ชื่อผู้ใช้ <input name=user>'
                "<br>รหัสผ่าน <input type=password name=pass><br><input type=submit "
                'value="เข้าสู่ระบบ"></font></form></BODY></HTML>'
            ),
        )
        site.add(
            "/robots.txt", html_page("User-agent: *\r\nDisallow: /print.php\r\nDisallow: /admin/\r\n", "text/plain")
        )
        add_pdf(
            site,
            "/files/report.pdf",
            "Annual Performance Report FY2023",
            [
                "Nongbuathong Subdistrict Administrative Organization",
                "Roi Et Province",
                "Summary of projects and budget, fiscal year 2023",
            ],
            datetime(2023, 11, 20, 9, 0),
        )
        add_jpeg(site, "/images/banner.jpg", 900, 180, SITE_BUILT)
        for gif in ("bullet", "new", "pdf", "print", "spacer"):
            add_gif(site, f"/images/{gif}.gif", SITE_BUILT)
        add_text(site, "/style.css", "a:link{color:#003399;text-decoration:none}\n", "text/css")

    # -- frame ----------------------------------------------------------------
    def frame(self, content: str, status: int = 200) -> Response:
        b = self.base
        menu = "".join(
            f'<TR><TD height="24" background="images/spacer.gif">&nbsp;<img src="images/bullet.gif" '
            f'width="8" height="8"> <a href="{href}">{FONT}{label}</font></a></TD></TR>\n'
            for href, label in _menu(b)
        )
        ticker = " &nbsp;&nbsp;&nbsp; ".join(
            f'<a href="newspreview.php?id={news_id}"><font color="#FFFF00">{esc(s.title)}</font></a>'
            for news_id, s in self.newest[:3]
        )
        return _html(
            f"""<HTML>
<HEAD>
<TITLE>:: {SITE} ::</TITLE>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<META NAME="keywords" CONTENT="อบต.หนองบัวทอง, หนองบัวทอง, ร้อยเอ็ด, องค์การบริหารส่วนตำบล">
<LINK href="style.css" rel=stylesheet type=text/css>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ //v2.0
  window.open(theURL,winName,features);
}}
//-->
</script>
</HEAD>
<BODY bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<center>
<TABLE width="900" border="0" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<TR>
<TD colspan="2"><img src="images/banner.jpg" width="900" height="180" alt=""></TD>
</TR>
<TR>
<TD colspan="2" bgcolor="#006633" height="26"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFFFF" face="MS Sans Serif" size="2"><b>:: ยินดีต้อนรับสู่เว็บไซต์{SITE} ::</b> &nbsp;&nbsp;&nbsp; ข่าวล่าสุด : {ticker}</font></marquee></TD>
</TR>
<TR>
<TD width="200" valign="top" bgcolor="#E8F5E0">
<!-- ============ menu ============ -->
<TABLE width="100%" border="0" cellspacing="0" cellpadding="0">
<TR><TD bgcolor="#339933" height="26" align="center"><font color="#FFFFFF" face="MS Sans Serif" size="2"><b>เมนูหลัก</b></font></TD></TR>
{menu}</TABLE>
<br>
<TABLE width="180" border="1" align="center" cellpadding="3" cellspacing="0" bordercolor="#99CC99">
<TR><TD align="center" bgcolor="#CCFFCC">{FONT}<b>สถิติผู้เข้าชม</b></font></TD></TR>
<TR><TD align="center">{FONT}ผู้เข้าชม 12345<br>ออนไลน์ 3 คน</font></TD></TR>
</TABLE>
<br>
<center><a href="http://www.dla.go.th/" target="_blank">{FONT}กรมส่งเสริมการปกครองท้องถิ่น</font></a></center>
<br>
</TD>
<TD width="700" valign="top">
<!-- ============ content ============ -->
{content}
</TD>
</TR>
<TR>
<TD colspan="2" bgcolor="#006633" align="center" height="60"><font color="#FFFFFF" face="MS Sans Serif" size="2">{SITE}<br>
{ADDRESS}<br>
โทรศัพท์ 0-4351-2345 โทรสาร 0-4351-2346<br>
Copyright &copy; 2009 {SITE} All rights reserved. Design by ร้านคอมพิวเตอร์ดอทคอม</font></TD>
</TR>
</TABLE>
</center>
</BODY>
</HTML>
""",
            status,
        )

    def box(self, heading: str, inner: str) -> str:
        return f"""<TABLE width="95%" border="0" align="center" cellpadding="3" cellspacing="2">
<TR><TD bgcolor="#FFCC00">{FONT}<b>&nbsp;{heading}</b></font></TD></TR>
<TR><TD>{inner}</TD></TR>
</TABLE>"""

    # -- pages ----------------------------------------------------------------
    def home(self) -> str:
        rows = "".join(
            f'<TR><TD width="15" valign="top"><img src="images/bullet.gif"></TD><TD>'
            f'<a href="./newspreview.php?id={news_id}">{FONT}{esc(s.title)}</font></a> '
            f'<font size="1" color="#999999">({thai_slash(local_dt(s.date, s.time))})</font>'
            + (' <img src="images/new.gif">' if n == 0 else "")
            + "</TD></TR>\n"
            for n, (news_id, s) in enumerate(self.newest[:5])
        )
        welcome = (
            f"{FONT}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ยินดีต้อนรับทุกท่านเข้าสู่เว็บไซต์{SITE} "
            "เว็บไซต์นี้จัดทำขึ้นเพื่อเผยแพร่ข้อมูลข่าวสารและผลการดำเนินงานให้ประชาชนได้รับทราบ"
            "</font>"
        )
        news = (
            f'<TABLE width="100%" border="0" cellspacing="1" cellpadding="2">{rows}</TABLE>'
            f'<div align="right"><a href="news.php">{FONT}ดูทั้งหมด &gt;&gt;</font></a></div>'
        )
        docs = (
            f'<img src="images/pdf.gif"> <a href="/files/report.pdf" target="_blank">{FONT}'
            "รายงานผลการดำเนินงานประจำปีงบประมาณ 2566 (PDF)</font></a>"
        )
        return "<br>".join(
            (self.box("สารจากนายก อบต.", welcome), self.box("ข่าวประชาสัมพันธ์", news), self.box("เอกสารเผยแพร่", docs))
        )

    def listing(self, n: int, pages: int, chunk: list) -> str:
        rows = "".join(
            f'<TR><TD width="15" valign="top"><img src="images/bullet.gif"></TD>'
            f'<TD><a href="newspreview.php?id={news_id}&cid=1">{FONT}{esc(s.title)}</font></a> '
            f'<font size="1" color="#999999">({thai_slash(local_dt(s.date, s.time))})</font></TD>'
            f'<TD align="right" width="70"><font size="1">อ่าน {_views(news_id)}</font></TD></TR>\n'
            for news_id, s in chunk
        )
        nums = []
        if n > 1:
            nums.append(f'<a href="news.php?page={n - 1}">&lt;&lt; หน้าก่อน</a>')
        for k in range(1, pages + 1):
            nums.append(f"<b>[{k}]</b>" if k == n else f'<a href="news.php?page={k}">{k}</a>')
        if n < pages:
            nums.append(f'<a href="news.php?page={n + 1}">หน้าถัดไป &gt;&gt;</a>')
        pager = f'<div align="center">{FONT}หน้า : {" ".join(nums)}</font></div>'
        return self.box(
            "ข่าวประชาสัมพันธ์", f'<TABLE width="100%" border="0" cellspacing="1" cellpadding="2">{rows}</TABLE><br>{pager}'
        )

    def body_html(self, i: int, paragraphs: tuple[str, ...]) -> str:
        indent = "&nbsp;" * 8
        if i % 3 == 2:  # hand-typed <P> without closing tags
            return "\n".join(f"<P>{indent}{esc(p)}" for p in paragraphs)
        return "<br><br>\n".join(f"{indent}{esc(p)}" for p in paragraphs)

    def article(self, i: int) -> Response:
        news_id, s = self.news[i]
        d = local_dt(s.date, s.time).date()
        shown_date = f"วันที่ {thai_long(d)}" if i % 2 == 0 else thai_abbr(d, digits_thai=True)
        byline = f" &nbsp;&nbsp; โดย {esc(s.author)}" if s.author else ""
        cells = "".join(
            f'<TD align="center" valign="top"><a href="images/news/{news_id}_{k}.jpg" '
            f'target="_blank"><img src="images/news/{news_id}_{k}.jpg" width="250" height="188" '
            f'border="0"></a><br><font size="1" face="MS Sans Serif">{esc(cap)}</font></TD>'
            + ("</TR><TR>" if k % 2 == 0 and k < s.photos else "")
            for k, cap in enumerate(s.shown_captions, start=1)
        )
        gallery = (
            f'<TABLE border="0" cellspacing="4" cellpadding="0" align="center"><TR>{cells}</TR></TABLE>'
            if cells
            else ""
        )
        prev_link = (
            f'<a href="newspreview.php?id={self.news[i - 1][0]}">{FONT}<< ข่าวก่อนหน้า</font></a>' if i > 0 else "&nbsp;"
        )
        next_link = (
            f'<a href="newspreview.php?id={self.news[i + 1][0]}">{FONT}ข่าวถัดไป >></font></a>'
            if i + 1 < len(self.news)
            else "&nbsp;"
        )
        inner = f"""<TABLE width="100%" border="0" cellspacing="0" cellpadding="4">
<TR><TD><font size="3" color="#003399"><b>{esc(s.title)}</b></font></TD></TR>
<TR><TD><font face="MS Sans Serif" size="1" color="#666666">{shown_date} &nbsp;&nbsp; เข้าชม {_views(news_id)} ครั้ง{byline}</font></TD></TR>
<TR><TD><img src="images/spacer.gif" width="1" height="5"></TD></TR>
<TR><TD>{FONT}
{self.body_html(i, s.paragraphs)}
</font></TD></TR>
<TR><TD align="center">{gallery}</TD></TR>
<TR><TD><img src="images/pdf.gif"> <a href="/files/doc_{news_id}.pdf" target="_blank">{FONT}ดาวน์โหลดเอกสารแนบ</font></a></TD></TR>
<TR><TD align="right"><a href="print.php?id={news_id}" target="_blank"><img src="images/print.gif" border="0"> {FONT}พิมพ์หน้านี้</font></a> | <a href="javascript:history.back()">{FONT}ย้อนกลับ</font></a></TD></TR>
<TR><TD><TABLE width="100%" border="0"><TR>
<TD align="left">{prev_link}</TD>
<TD align="right">{next_link}</TD>
</TR></TABLE></TD></TR>
</TABLE>"""
        return self.frame(self.box("ข่าวประชาสัมพันธ์", inner))

    def print_page(self, news_id: int, s: Story) -> Response:
        return _html(f"""<HTML><HEAD>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<TITLE>พิมพ์ข่าว</TITLE></HEAD>
<BODY onload="window.print()">{FONT}<b>{esc(s.title)}</b><br><br>
{"<br><br>".join(esc(p) for p in s.paragraphs)}
<br><br>{SITE}</font></BODY></HTML>
""")


def _menu(b: str) -> tuple[tuple[str, str], ...]:
    return (
        ("index.php", "หน้าแรก"),
        ("history.php", "ประวัติความเป็นมา"),
        ("news.php", "ข่าวประชาสัมพันธ์"),
        ("executive.php", "ผู้บริหาร"),
        (BROKEN.lstrip("/"), "แผนพัฒนาท้องถิ่น"),  # the page was never uploaded: 404
        (f"{b}/contact.php", "ติดต่อเรา"),
        ("admin/login.php", "สำหรับเจ้าหน้าที่"),
    )


_STATIC_PAGES = (
    (
        "/history.php",
        "ประวัติความเป็นมา",
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ตำบลหนองบัวทองแยกการปกครองมาจากตำบลหนองแวง "
        "เมื่อปี พ.ศ. 2520 ได้รับการจัดตั้งเป็นองค์การบริหารส่วนตำบลเมื่อปี พ.ศ. 2540<br><br>"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;มีหมู่บ้านในเขตการปกครองทั้งหมด 12 หมู่บ้าน "
        "ประชากรส่วนใหญ่ประกอบอาชีพทำนาข้าวหอมมะลิ<br><br>"
        "<B>สถานที่สำคัญ</B><UL><LI>วัดศรีหนองบัวทอง<LI>หนองบัวใหญ่<LI>ตลาดนัดชุมชนวันพุธ</UL>",
    ),
    (
        "/executive.php",
        "ผู้บริหาร",
        '<center><img src="images/spacer.gif" width="120" height="150"><br>'
        "นายบุญมี ศรีสุข<br>นายกองค์การบริหารส่วนตำบลหนองบัวทอง</center>",
    ),
    (
        "/contact.php",
        "ติดต่อเรา",
        f"{SITE}<br>{ADDRESS}<br>โทรศัพท์ 0-4351-2345 โทรสาร 0-4351-2346<br>อีเมล : nongbuathong@example.go.th",
    ),
)

"""The fault site: a small Thai municipal news site (PHP style, ``/news.php?id=N``), its ground truth,
and which URL misbehaves how. Pure data and rendering; ``server.py`` does the misbehaving.

Good articles 1-14 form a previous/next chain (oldest first) and are listed on ``/news.php?page=1|2``;
the listing also carries the permanently broken "news" 40-44. Every news page has a "ข่าวเด่น" box
linking article 7 with a fresh ``PHPSESSID`` per link, and a menu linking the calendar and ``/admin/``
(disallowed by robots.txt). The home page links the latest news, the listing, the 50 MB page, the
gzip bomb, the redirect loop and a PDF file.
"""

from __future__ import annotations

import html
import secrets
from dataclasses import dataclass
from datetime import date

from tests.sites.corpus import STORIES, Story
from tests.sites.media import pdf
from tests.sites.thaidate import MONTHS

SITE_NAME = "เทศบาลตำบลบ้านทดลอง"
SITE_PLACE = "อำเภอเมือง จังหวัดขอนแก่น"

# --- which URL misbehaves how (the test reads these) ---------------------------------------------
GOOD_IDS = tuple(range(1, 15))  # the chain, oldest first; each must end up archived once
TRANSIENT_503 = {3: 1, 5: 2}  # article id -> how many 503 (Retry-After: 1) before the 200
RESET_ONCE = 6  # the first request is answered with half a header and a TCP RST
SESSION_ID_ARTICLE = 7  # only ever linked as /news.php?id=7&PHPSESSID=<random per link>
CHARSET_LIES = {
    9: "windows-874 bytes, Content-Type says charset=utf-8",
    10: "windows-874 bytes, Content-Type says charset=ISO-8859-1",
    11: "windows-874 bytes, no charset anywhere",
}
INVALID_HTML = 12  # nothing closed, NUL and invalid UTF-8 bytes in the template around the article
ALWAYS_500 = 40
SLOW = 41  # answers after SLOW_SECONDS: longer than the test's DOWNLOAD_TIMEOUT
TRUNCATED = 42  # Content-Length promises more than is sent, then the connection closes
EMPTY = 43  # 200, text/html, zero bytes
PDF_NEWS = 44  # a PDF served (application/pdf) from a news URL, linked as news
SLOW_SECONDS = 5.0
BIG_PATH = "/stats/visitors.php"  # 50 MB of text/html, streamed, with Content-Length
BIG_BYTES = 50 * 1024 * 1024
BOMB_PATH = "/gallery.php?album=3"  # ~1 MB of gzip (Content-Encoding: gzip) that inflates to 1 GiB
BOMB_INFLATED = 1 << 30
LOOP_A, LOOP_B = "/loop/a", "/loop/b"  # 302 to each other forever
CALENDAR = "/calendar"  # /calendar?month=YYYY-MM, "next month" and "previous month" forever
CALENDAR_START = "2024-06"
DISALLOWED = ("/admin/",)  # robots.txt; /admin/login.php is linked from every page
FILE_PATH = "/files/plan-2567.pdf"  # an attachment link: a crawler should not fetch it

# Broken "news" listed with the real ones, as a visitor sees them (title shown in the listing).
BROKEN_NEWS = {
    ALWAYS_500: "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานจ้าง",
    SLOW: "รายงานผลการดำเนินงานประจำปีงบประมาณ 2566",
    TRUNCATED: "ประกาศสอบราคาจ้างเหมาก่อสร้างถนน ค.ส.ล.",
    EMPTY: "กิจกรรมวันท้องถิ่นไทย",
    PDF_NEWS: "ประกาศแผนการจัดซื้อจัดจ้าง ประจำปี 2567",
}


@dataclass(frozen=True)
class Article:
    """Ground truth for one good article: what a reader of the page sees."""

    id: int
    path: str  # canonical path, /news.php?id=N
    title: str
    paragraphs: tuple[str, ...]
    published: str  # Gregorian YYYY-MM-DD
    author: str | None


def _stories() -> list[Story]:
    multi = [s for family in ("wp_modern", "table_cms") for s in STORIES[family] if not s.is_photo_post]
    return sorted(multi[: len(GOOD_IDS)], key=lambda s: s.date)


ARTICLES: dict[int, Article] = {
    article_id: Article(article_id, f"/news.php?id={article_id}", s.title, s.paragraphs, s.date, s.author)
    for article_id, s in zip(GOOD_IDS, _stories(), strict=True)
}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def session_link(article_id: int = SESSION_ID_ARTICLE) -> str:
    """How the site links article 7: a fresh PHP session id per link (as trans_sid sites do)."""
    return f"/news.php?id={article_id}&amp;PHPSESSID={secrets.token_hex(13)}"


def news_href(article_id: int) -> str:
    return session_link(article_id) if article_id == SESSION_ID_ARTICLE else f"/news.php?id={article_id}"


def thai_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


# --- rendering --------------------------------------------------------------------------------------
MENU = (
    '<ul id="menu">\n'
    '<li><a href="/">หน้าแรก</a></li>\n'
    '<li><a href="/news.php?page=1">ข่าวประชาสัมพันธ์</a></li>\n'
    f'<li><a href="{CALENDAR}?month={CALENDAR_START}">ปฏิทินกิจกรรม</a></li>\n'
    '<li><a href="/admin/login.php">สำหรับเจ้าหน้าที่</a></li>\n'
    "</ul>\n"
)


def _frame(title: str, content: str, *, meta_charset: bool = True, sidebar: bool = True) -> str:
    head_charset = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' if meta_charset else ""
    featured = ARTICLES[SESSION_ID_ARTICLE]
    side = (
        '<div id="sidebar">\n<h3>ข่าวเด่น</h3>\n'
        f'<ul><li><a href="{session_link()}">{esc(featured.title)}</a></li></ul>\n</div>\n'
        if sidebar
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="th">\n<head>\n'
        f"{head_charset}<title>{esc(title)} :: {SITE_NAME}</title>\n"
        '<link rel="stylesheet" href="/css/style.css" type="text/css">\n</head>\n<body>\n'
        f'<div id="header"><a href="/">{SITE_NAME}</a> <span>{SITE_PLACE}</span></div>\n'
        f"{MENU}"
        f'<div id="content">\n{content}</div>\n'
        f"{side}"
        f'<div id="footer">&copy; 2567 {SITE_NAME} โทร. 0 4300 0000</div>\n'
        "</body>\n</html>\n"
    )


def _article_content(article: Article, *, nav: bool = True) -> str:
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in article.paragraphs)
    byline = f" &nbsp; โดย {esc(article.author)}" if article.author else ""
    content = (
        '<div class="news-detail">\n'
        f'<h1 class="news-title">{esc(article.title)}</h1>\n'
        f'<div class="news-info">วันที่ {thai_date(article.published)}{byline}</div>\n'
        f'<div class="news-body">\n{paragraphs}\n</div>\n</div>\n'
    )
    if nav:
        links = []
        if article.id - 1 in ARTICLES:
            links.append(f'<a href="{news_href(article.id - 1)}">&laquo; ข่าวก่อนหน้า</a>')
        if article.id + 1 in ARTICLES:
            links.append(f'<a href="{news_href(article.id + 1)}">ข่าวถัดไป &raquo;</a>')
        content += f'<div class="news-nav">{" | ".join(links)}</div>\n'
    return content


def article_page(article_id: int) -> bytes:
    """The page of a good article, in the bytes its fault calls for."""
    article = ARTICLES[article_id]
    if article_id == INVALID_HTML:
        return invalid_article_page(article)
    charset_lie = article_id in CHARSET_LIES
    # Article 7 does not feature itself (the box shows "other" news), so the session ids cannot loop.
    text = _frame(
        article.title,
        _article_content(article),
        meta_charset=not charset_lie,
        sidebar=article_id != SESSION_ID_ARTICLE,
    )
    return text.encode("cp874" if charset_lie else "utf-8")


def invalid_article_page(article: Article) -> bytes:
    """FrontPage-era tag soup: no </p>, </font>, </div>, </td>, </tr>, </li>, </table>, </body>, </html>
    (only <title>, <h1> and <a>, which a browser needs closed to show the page at all, are closed), tags
    misnested and closed without being opened, attributes unquoted, NUL and invalid UTF-8 bytes between them."""
    paragraphs = "".join(f"<p><font face=Tahoma size=2>{esc(p)}\n" for p in article.paragraphs)
    page = (
        "<html><head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>\n"
        f"<title>{esc(article.title)} :: {SITE_NAME}</title>\n<body bgcolor=#FFFFFF><table width=100% border=0>"
        f"<tr><td bgcolor=#006600><b><font color=white size=4>{SITE_NAME}</b></font>\n"
        "<tr><td><ul id=menu>GARBAGE<li><a href=/>หน้าแรก</a><li><a href=/news.php?page=1>ข่าวประชาสัมพันธ์</a>\n"
        f"<tr><td><div class=news-detail><h1 class=news-title>{esc(article.title)}</h1>\n"
        f"<div class=news-info>วันที่ {thai_date(article.published)}</span></div></div>\n"
        f"<div class=news-body>{paragraphs}"
        f"<tr><td><div class=news-nav><a href=/news.php?id={article.id - 1}>&laquo; ข่าวก่อนหน้า</a> | "
        f"<a href=/news.php?id={article.id + 1}>ข่าวถัดไป &raquo;</a>\n"
        f"<tr><td>GARBAGE<div id=footer>&copy; 2567 {SITE_NAME}\n"
    ).encode()
    garbage = b"\x00\xff\xfe\xc3\x28\x80\x81\x00"  # NUL, invalid UTF-8 and a stray continuation byte
    return page.replace(b"GARBAGE", garbage)


def home_page() -> bytes:
    latest = [ARTICLES[i] for i in sorted(ARTICLES, reverse=True)[:5]]
    items = "\n".join(
        f'<li><a href="{news_href(a.id)}">{esc(a.title)}</a> ({thai_date(a.published)})</li>' for a in latest
    )
    content = (
        f'<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>\n<ul class="news-list">\n{items}\n</ul>\n'
        '<p><a href="/news.php?page=1">ข่าวทั้งหมด</a></p>\n'
        "<h2>บริการข้อมูล</h2>\n<ul>\n"
        f'<li><a href="{BIG_PATH}">สถิติผู้เข้าชมเว็บไซต์</a></li>\n'
        f'<li><a href="{BOMB_PATH.replace("&", "&amp;")}">ภาพกิจกรรม</a></li>\n'
        f'<li><a href="{LOOP_A}">เว็บไซต์เดิมของเทศบาล</a></li>\n'
        f'<li><a href="{FILE_PATH}">แผนพัฒนาท้องถิ่น พ.ศ. 2566-2570 (PDF)</a></li>\n'
        "</ul>\n"
    )
    return _frame("หน้าแรก", content).encode()


LISTING_PAGES = 2


def listing_ids(page: int) -> list[int]:
    """News ids of listing page 1 or 2, newest first: the broken "news" are the latest."""
    ids = sorted(BROKEN_NEWS, reverse=True) + sorted(ARTICLES, reverse=True)
    return ids[:10] if page == 1 else ids[10:]


def listing_page(page: int) -> bytes:
    rows = []
    for news_id in listing_ids(page):
        title = ARTICLES[news_id].title if news_id in ARTICLES else BROKEN_NEWS[news_id]
        rows.append(f'<li><a href="{news_href(news_id)}">{esc(title)}</a></li>')
    pager = " ".join(
        f'<a href="/news.php?page={n}">{n}</a>' if n != page else f"<b>{n}</b>" for n in range(1, LISTING_PAGES + 1)
    )
    content = (
        '<h2>ข่าวประชาสัมพันธ์</h2>\n<ul class="news-list">\n' + "\n".join(rows) + "\n</ul>\n"
        f'<div class="pager">หน้า {pager}</div>\n'
    )
    return _frame(f"ข่าวประชาสัมพันธ์ หน้า {page}", content).encode()


def calendar_page(year: int, month: int) -> bytes:
    """One month of the events calendar; its previous/next month links go on forever."""
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    days = "".join(f"<td>{d}</td>" + ("</tr><tr>" if d % 7 == 0 else "") for d in range(1, 29))
    content = (
        f"<h2>ปฏิทินกิจกรรม เดือน{MONTHS[month - 1]} {year + 543}</h2>\n"
        f'<div class="cal-nav"><a href="{CALENDAR}?month={prev_y:04d}-{prev_m:02d}">&laquo; เดือนก่อนหน้า</a> '
        f'<a href="{CALENDAR}?month={next_y:04d}-{next_m:02d}">เดือนถัดไป &raquo;</a></div>\n'
        f'<table class="calendar"><tr>{days}</tr></table>\n<p>ไม่มีกิจกรรมในเดือนนี้</p>\n'
    )
    return _frame(f"ปฏิทินกิจกรรม {month}/{year + 543}", content, sidebar=False).encode()


def late_news_page(news_id: int) -> bytes:
    """What a broken "news" would have shown, had it answered in time."""
    content = (
        f'<div class="news-detail">\n<h1 class="news-title">{esc(BROKEN_NEWS[news_id])}</h1>\n'
        '<div class="news-body"><p>รายละเอียดตามเอกสารแนบ</p></div>\n</div>\n'
    )
    return _frame(BROKEN_NEWS[news_id], content).encode()


def error_page(status: int, message: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{status} {message}</title></head>"
        f"<body><h1>{message}</h1><p>Apache/2.4.41 (Ubuntu) Server</p></body></html>"
    ).encode()


def pdf_news() -> bytes:
    return pdf("Procurement plan 2567", ["Ban Thotlong municipality", "Procurement plan, fiscal year 2567"])


def robots_txt() -> bytes:
    return ("User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in DISALLOWED)).encode()


BIG_HEAD = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>สถิติผู้เข้าชมเว็บไซต์</title></head>"
    "<body><h1>สถิติผู้เข้าชมเว็บไซต์</h1><pre>\n"
).encode()
BIG_LINE = "ผู้เข้าชม 192.168.1.1 เวลา 10:00 น. หน้า /news.php?id=7\n".encode()

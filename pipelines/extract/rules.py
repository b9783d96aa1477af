"""Extraction rules as data: which elements are boilerplate, which lines are boilerplate, where things live.

Reviewable without reading control flow. Class tests match whole class tokens, so ``nav`` does
not hit ``canvas``. Add a rule here, with a fixture page that needs it, rather than code elsewhere.
"""

from __future__ import annotations

import re


def has_class(*tokens: str) -> str:
    """XPath predicate body: the element's class attribute contains one of the class ``tokens``.

    The plain ``contains(@class, …)`` in front lets XPath skip the costly exact-token test on
    almost every element (``and`` short-circuits).
    """
    return " or ".join(
        f"(contains(@class, '{t}') and contains(concat(' ', normalize-space(@class), ' '), ' {t} '))" for t in tokens
    )


def id_is(*ids: str) -> str:
    return " or ".join(f"@id='{i}'" for i in ids)


# Elements removed before trafilatura sees the page: never article text on municipal sites.
# Checked in one pass over the tree (pipelines.extract.article.prune_boilerplate).
PRUNE_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "marquee",
        "nav",
        "aside",
        "footer",
        "header",
        "figcaption",  # captions go to `images`, not to the text
    }
)
PRUNE_CLASSES = frozenset(
    {
        # WordPress comment area and form (ใส่ความเห็น, อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น…)
        "comment-respond",
        "comments-area",
        "comment-form",
        "comment-list",
        # captions
        "wp-caption-text",
        "wp-element-caption",
        "gallery-caption",
        "caption",
        # post navigation, pagination, breadcrumbs
        "navigation",
        "post-navigation",
        "nav-links",
        "nav-previous",
        "nav-next",
        "pagenav",
        "pager",
        "pagination",
        "breadcrumb",
        "breadcrumbs",
        # sidebars, widgets, related posts
        "sidebar",
        "widget",
        "widget-area",
        "related",
        "related-posts",
        "jp-relatedposts",
        # meta lines: dates, bylines, categories (read before pruning)
        "entry-meta",
        "entry-footer",
        "post-meta",
        "byline",
        "cat-links",
        "tags-links",
        "postmetadata",
        "post-info",
        "postinfo",
        "post-footer",
        "article-info",
        "meta",
        "entry-title",
        "page-title",
        "post-title",
        # site header and branding: the site name and district leak into short posts otherwise
        "site-header",
        "site-branding",
        "site-title",
        "site-name",
        "site-description",
        "masthead",
        "top-bar",
        # screen-reader-only text ("ข้ามไปยังเนื้อหา")
        "screen-reader-text",
        "skip-link",
        "sr-only",
        "visually-hidden",
        "hidden",
        # Joomla modules (menus, latest news, visitor counters, banners) beside the article
        "moduletable",
        "module",
    }
)
# Class substrings: share buttons come in many spellings.
PRUNE_CLASS_FRAGMENTS = (
    "sharedaddy",
    "share",
    "social",
    "addtoany",
    "a2a_",
    "moduletable",
    "mod_vvisit",
    "PrintMessage",
)  # sigplus' "View the embedded image gallery online at: URL"
PRUNE_IDS = frozenset(
    {
        "respond",
        "comments",
        "reply-title",
        "commentform",
        "sidebar",
        "footer",
        "header",
        "menu",
        "secondary",
        "colophon",
    }
)
# Search, login and comment forms; not the page-wide <form> of ASP.NET sites, which holds everything.
PRUNE_FORM_UNLESS = ("p", "table", "article")


# Where the article lives, most specific first; the first that matches is the content root.
CONTENT_ROOT_XPATHS: tuple[str, ...] = (
    f"//*[{has_class('entry-content', 'post-content', 'article-content', 'td-post-content')}]",
    "//*[@itemprop='articleBody']",
    "//article",
    "//main",
    f"//*[{id_is('content', 'main', 'main-content')}]",
)

# Article headings marked as such by the theme, most specific first.
TITLE_XPATHS: tuple[str, ...] = (
    f"//h1[{has_class('entry-title', 'post-title', 'page-title', 'article-title', 'news-title', 'newstitle')}]",
    f"//*[{has_class('entry-title', 'post-title', 'article-title', 'contentheading', 'itemTitle')}]",
    "//*[@itemprop='headline']",
    # Joomla 2.5/3 article view.
    f"//*[{has_class('item-page', 'item_page', 'item-pagenews')}]//*[self::h1 or self::h2]",
)
# Other headings that may be the article's; the one whose text is in <title>/og:title wins.
HEADING_CANDIDATES_XPATH = (
    "//h1 | //h2 | //h3 | //td[contains(@class, 'topic') or contains(@class, 'title')]"
    " | //font[@size='4' or @size='5' or @size='+1' or @size='+2']"
)
# Headings inside these are never the article's title.
NOT_TITLE_ANCESTORS = (
    "ancestor::nav or ancestor::aside or ancestor::footer or ancestor::form or ancestor::header[not(ancestor::article)]"
    " or ancestor::marquee or "
    f"ancestor::*[{has_class('moduletable', 'module', 'menu', 'mainmenu', 'breadcrumbs', 'banner', 'logo')}] or "
    f"ancestor::*[{has_class('sidebar', 'widget', 'widget-area', 'comments', 'comment-respond', 'related')}]"
    f" or ancestor::*[{id_is('sidebar', 'respond', 'comments', 'footer', 'secondary')}]"
)
PAGE_TITLE_XPATHS: tuple[str, ...] = ("//meta[@property='og:title']/@content", "//title")
# Separators between a page title and the site name in <title>.
TITLE_SITE_SEPARATORS = re.compile(r"\s+(?:::|[|\-–—»:])\s+")
# Where a page names its site: the site-name metadata, and the text or logo of links to the home page.
SITE_NAME_XPATHS: tuple[str, ...] = (
    "//meta[@property='og:site_name']/@content",
    "//meta[@name='application-name']/@content",
)
# Paths that are the home page: '/', '/index.php', '/index.html', '/default.aspx', '/home' …
HOME_PATH = re.compile(r"^/?(?:(?:index|default|home|main)(?:\.\w{2,5})?)?/?$", re.IGNORECASE)

AUTHOR_XPATHS: tuple[str, ...] = (
    "//meta[@name='author']/@content",
    # Open Graph's author, when it is a name and not a profile's URL (Wix, many themes).
    "//meta[@property='article:author'][not(starts-with(@content, 'http'))]/@content",
    "//*[@rel='author']",
    f"//*[{has_class('author', 'vcard')}]//*[{has_class('fn', 'url', 'n')}]",
    f"//*[{has_class('author', 'byline', 'posted-by')}]",
)
AUTHOR_PREFIX = re.compile(r"^\s*(?:โดย|By|ผู้เขียน|เขียนโดย|Posted by)\s*[:：]?\s*", re.IGNORECASE)

# Structured publication dates, in order of trust.
PUBLISHED_XPATHS: tuple[str, ...] = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@property='og:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//meta[@name='date' or @name='DC.date.issued' or @name='dc.date']/@content",
    "//meta[@name='parsely-pub-date']/@content",  # Parse.ly's tag, on news themes without og dates
)
JSONLD_XPATH = "//script[@type='application/ld+json']/text()"
# Elements whose visible text is the publication date (read after the machine-readable forms).
PUBLISHED_TEXT_XPATHS: tuple[str, ...] = (
    "//*[@itemprop='datePublished'][not(@content) and not(@datetime)]",
    f"//*[{has_class('published', 'entry-date', 'post-date', 'createdate', 'create', 'news-date')}]"
    "[not(ancestor::aside) and not(ancestor::footer)]",
)
# Words that introduce a publication date (not "เมื่อวันที่", which introduces the event's date).
PUBLICATION_CUES = re.compile(
    r"ประกาศวันที่|เขียนเมื่อ|โพสต์เมื่อ|โพสเมื่อ|โพสต์วันที่|โพสวันที่|วันที่โพสต์|วันที่โพส|ประกาศเมื่อ|เผยแพร่|ลงวันที่"
    r"|วันที่ลงข่าว|ลงข่าวเมื่อ|วันที่ประกาศ|สร้างเมื่อ"
    r"|posted on|published on|published:|date posted",
    re.IGNORECASE,
)
# The formal closing line of an announcement: its date, when the page shows no other.
ANNOUNCEMENT_DATE = re.compile(r"^\s*ประกาศ\s*ณ\s*วันที่")
# Dates that are not the publication's: counters' start dates, modification dates.
NOT_PUBLICATION_DATE = re.compile(
    r"^\W*(?:ตั้งแต่|since|แก้ไขล่าสุด|ปรับปรุงล่าสุด|ปรับปรุงเมื่อ|last updated|updated|modified)", re.IGNORECASE
)
# Dates in URLs: /2022/07/15/ or news-2021-03-23-01.html (a year and month alone are not a date).
URL_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
)

# Page furniture, not the article's pictures: spacers, bullets, arrows, counters, buttons, placeholders.
ICON_IMAGE = re.compile(
    r"spacer|bullet|arrow|icon|button|counter|pixel|blank\.|transparent\.|loading|logo|banner|/stats/|\.svg$",
    re.IGNORECASE,
)
ICON_MAX_PIXELS = 32  # width or height attribute at most this: an icon
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")

# Documents an article offers for download.
ATTACHMENT_EXTENSIONS = (
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".ppt",
    ".pptx",
    ".zip",
    ".rar",
    ".odt",
    ".ods",
)

# The words of a link to the previous or next post (or page), Thai and English: one spelling for the
# crawl (crawler.navigation reads them as a link's direction) and for extraction (a line or link of
# them is no article text). "หน้า…" labels a listing's pager, which is no article text either.
PREV_WORDS = (
    r"(?:ข่าว|เรื่อง|โพสต์|บทความ|หน้า)?(?:ก่อนหน้า|ก่อน|เก่ากว่า)(?:นี้)?"
    r"|(?:previous|prev|older)(?: post| posts| entry| entries| article| news)?"
)
NEXT_WORDS = (
    r"(?:ข่าว|เรื่อง|โพสต์|บทความ|หน้า)?(?:ถัดไป|ต่อไป|ใหม่กว่า)(?:นี้)?"
    r"|(?:next|newer)(?: post| posts| entry| entries| article| news)?"
)
_BEFORE = r"(?:«|‹|<<|←)?\s*"
_AFTER = r"\s*(?:»|›|>>|→)?"
# A link to the previous or next post, by its words ("« โพสต์ก่อนหน้า", "Next post »").
NEIGHBOUR_LINK = re.compile(f"{_BEFORE}(?:{PREV_WORDS}|{NEXT_WORDS}){_AFTER}", re.IGNORECASE)
# Whole lines that are never article text (matched after whitespace normalisation).
BOILERPLATE_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"ใส่ความเห็น",
        r"แสดงความ(?:คิด)?เห็น",
        r"อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น.*",
        r"(?:ชื่อ|อีเมล|เว็บไซต์|ความเห็น|ความคิดเห็น|name|email|website|comment)\s*\*?",
        r"keep reading",
        NEIGHBOUR_LINK.pattern,
        f"{_BEFORE}(?:{PREV_WORDS}){_AFTER}\\s*{_BEFORE}(?:{NEXT_WORDS}){_AFTER}",  # "Previous Next" on one line
        r"(?:แชร์|share)(?: (?:on|to|ไปยัง) .*)?",
        r"(?:facebook|twitter|line|x|email|print|พิมพ์)",
        r"(?:share on|แชร์ไปที่|แชร์ไปยัง) .*",
        r"(?:ผู้)?เข้าชม\s*:?\s*[\d,]+\s*(?:ครั้ง)?",
        r"(?:อ่าน|ฮิต|hits?|views?)\s*:?\s*[\d,]+\s*(?:ครั้ง)?",
        r"ประเภท\s*:.*",
        r"หมวดหมู่\s*:.*",
        r"(?:แท็ก|ป้ายกำกับ|tags?)\s*:.*",
        r"[\d,]{1,7}",  # a number alone: a like or comment counter beside its icon, a pager's page
        # A relative date ("3 วันที่ผ่านมา", "2 hours ago", "เมื่อวาน") and a reading time ("อ่าน 1 นาที").
        r"(?:\d+\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|อาทิตย์|เดือน|ปี)\s*(?:ที่ผ่านมา|ที่แล้ว|ก่อน)"
        r"|เมื่อวาน(?:นี้)?|เมื่อสักครู่|\d+\s*(?:second|minute|hour|day|week|month|year)s?\s+ago|yesterday|just now)",
        r"(?:ใช้เวลา)?อ่าน\s*\d+\s*นาที|\d+\s*min(?:ute)?s?\s+read",
        r"(?:ไฟล์|เอกสาร)แนบ\s*:?|attachments?\s*:?",  # the label of a post's attachment list
        r"(?:เรื่อง|ข่าว|โพสต์)ล่าสุด",
        r"(?:related posts?|เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง)",
        r"(?:ภาพกิจกรรม|รูปภาพกิจกรรม|ภาพประกอบ|รูปภาพประกอบ|ภาพข่าว|อัลบั้มภาพ|แกลเลอรี่|แกลเลอรี|gallery|photos?)",
        r"view the embedded image gallery online at:?\s*(?:https?://\S+)?",
        r"\{/?(?:gallery|mosimage|loadposition|loadmodule|sigplus|phocagallery)[^}]*\}.*",
        r"(?:เขียนโดย|ผู้เขียน|written by|posted by)\s*:?\s*.{1,40}",
        r"(?:แก้ไขล่าสุด|ปรับปรุงล่าสุด|last updated|updated).{0,80}",
        # a section label on its own line, plain or decorated (":: ข่าวประชาสัมพันธ์ ::")
        r"(?:::\s*)?(?:ข่าว|หมวด)?(?:ประชาสัมพันธ์|กิจกรรม|ข่าวสาร|จัดซื้อจัดจ้าง|เด่น|ล่าสุด|ทั่วไป)(?:\s*::)?",
        r"::\s*.{1,40}\s*::",
        r"(?:ข้ามไปยังเนื้อหา|ข้ามไปที่เนื้อหา|skip to (?:main )?content)",
        r"(?:ย้อนกลับ|กลับหน้าแรก|กลับหน้าหลัก|กลับด้านบน|กลับสู่ด้านบน|back to top|หน้าแรก)",
        r"(?:พิมพ์หน้านี้|พิมพ์|print|ส่งต่อ|ส่งอีเมล|e-?mail|อีเมล)",
        r"(?:ดาวน์โหลด|download)\s*(?:เอกสาร)?\s*(?:แนบ|ประกอบ)?(?:ไฟล์)?",
        r"(?:อ่านต่อ|read more|อ่านเพิ่มเติม)\s*(?:»|…|\.\.\.)?",
    )
)

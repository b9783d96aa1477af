"""Previous/next detection and page classification, on the markup of each CMS family."""

import pytest

from crawler.navigation import page_links
from pipelines.extract.article import parse_html

BASE = "http://127.0.0.11:8011/2022/07/1018/"


def links_of(html: str, url: str = BASE):
    tree, _ = parse_html(html.encode("utf-8"), "text/html; charset=utf-8")
    return page_links(tree, url)


@pytest.mark.parametrize(
    "markup",
    [
        # WordPress post navigation (labels are post titles: only the markup tells the direction)
        '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous">'
        '<a href="/2022/07/1017/">ประชุมสภา</a></div><div class="nav-next"><a href="/2022/07/1019/">ลอกคลอง</a>'
        "</div></div></nav>",
        # rel attributes on anchors
        '<p><a rel="prev" href="/2022/07/1017/">เรื่องเดิม</a> | <a rel="next" href="/2022/07/1019/">เรื่องใหม่</a></p>',
        # <link rel> in the head
        '<link rel="prev" href="/2022/07/1017/"><link rel="next" href="/2022/07/1019/">',
        # classic theme
        '<div class="navigation"><div class="alignleft">&laquo; <a href="/2022/07/1017/">งานวันเด็ก</a></div>'
        '<div class="alignright"><a href="/2022/07/1019/">ฉีดวัคซีน</a> &raquo;</div></div>',
        # Joomla pagenav
        '<ul class="pager pagenav"><li class="previous"><a href="/2022/07/1017/">&lt; Prev</a></li>'
        '<li class="next"><a href="/2022/07/1019/">Next &gt;</a></li></ul>',
        # Thai labels on plain links (old PHP CMS)
        '<a href="/2022/07/1017/">&lt;&lt; ข่าวก่อนหน้า</a> <a href="/2022/07/1019/">ข่าวถัดไป &gt;&gt;</a>',
        '<a href="/2022/07/1017/">ก่อนหน้า</a> <a href="/2022/07/1019/">ถัดไป</a>',
        '<a href="/2022/07/1017/">เรื่องก่อนหน้า</a> <a href="/2022/07/1019/">เรื่องถัดไป</a>',
        # English labels and bare arrows
        '<a href="/2022/07/1017/">Older</a> <a href="/2022/07/1019/">Newer</a>',
        '<a href="/2022/07/1017/">« Previous</a> <a href="/2022/07/1019/">Next »</a>',
        '<a href="/2022/07/1017/">«</a> <a href="/2022/07/1019/">»</a>',
    ],
)
def test_prev_and_next_found(markup):
    links = links_of(f"<html><head>{markup if 'link rel' in markup else ''}</head><body>{markup}</body></html>")
    assert "http://127.0.0.11:8011/2022/07/1017/" in links.prev
    assert "http://127.0.0.11:8011/2022/07/1019/" in links.next


def test_ordinary_links_are_not_prev_next():
    links = links_of('<body><a href="/about/">เกี่ยวกับเรา</a><a href="/2022/07/1001/">ประชุมสภา</a></body>')
    assert links.prev == [] and links.next == []
    assert "http://127.0.0.11:8011/2022/07/1001/" in links.articles
    assert "http://127.0.0.11:8011/about/" in links.other


def test_unfollowable_links_are_dropped_and_files_kept_apart():
    links = links_of(
        '<body><a href="mailto:a@b.go.th">m</a><a href="javascript:void(0)">j</a><a href="tel:038">t</a>'
        '<a href="data:text/html,x">d</a><a href="file:///etc/passwd">f</a><a href="/files/doc.pdf">pdf</a>'
        '<a href="/news.php?page=2">2</a></body>'
    )
    every = links.prev + links.next + links.articles + links.other + links.pagination
    assert not [u for u in every if not u.startswith("http://127.0.0.11:8011/")]
    assert links.files == ["http://127.0.0.11:8011/files/doc.pdf"]
    assert links.pagination == ["http://127.0.0.11:8011/news.php?page=2"]


def test_feeds_and_sitemaps():
    links = links_of(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">'
        '<link rel="sitemap" href="/wp-sitemap.xml"></head><body></body></html>'
    )
    assert links.feeds == ["http://127.0.0.11:8011/feed/"]
    assert links.sitemaps == ["http://127.0.0.11:8011/wp-sitemap.xml"]


@pytest.mark.parametrize(
    ("html", "url", "kind"),
    [
        ('<body class="single single-post postid-1018"><article><p>x</p></article></body>', BASE, "article"),
        ('<body class="home blog"><article>a</article><article>b</article></body>', "http://h/", "listing"),
        ("<body><article>a</article><article>b</article><article>c</article></body>", "http://h/x", "listing"),
        (
            '<body><a href="/news.php?page=2">2</a><a href="/news.php?page=3">3</a></body>',
            "http://h/news.php",
            "listing",
        ),
        ('<body><a href="/x?id=1">ข่าวก่อนหน้า</a><p>text</p></body>', "http://h/newspreview.php?id=2", "article"),
        ('<head><meta property="og:type" content="article"></head><body></body>', "http://h/a", "article"),
        ('<body class="page-template-default page"><h1>เกี่ยวกับเรา</h1></body>', "http://h/about/", "page"),
    ],
)
def test_page_kind(html, url, kind):
    assert links_of(f"<html>{html}</html>", url).kind == kind


def test_wordpress_thai_month_first_date_is_a_date_line_and_an_author_link_heads_no_text():
    # WordPress's default "F j, Y" in a Thai locale, and its byline's author link (rel="author", as long
    # as a headline): the date makes the post dated; the author's name is no item over the post's text.
    body = (
        "<html><body><h1>ประชุมประชาคมเมืองเพื่อจัดทำแผนพัฒนาท้องถิ่น</h1><div class='entry-meta'>"
        "<a rel='author' href='/author/saraban/'>สำนักปลัดเทศบาลเมือง</a> / <span>ตุลาคม 5, 2023</span></div>"
        "<p>เทศบาลเมืองจัดประชุมประชาคมเมืองเพื่อรับฟังความคิดเห็นของประชาชนต่อร่างแผนพัฒนาท้องถิ่น</p>"
        "</body></html>"
    )
    evidence = page_links(parse_html(body.encode(), "text/html; charset=utf-8")[0], "https://a.go.th/x/").evidence
    assert evidence is not None and evidence.dated_blocks  # the date line is read
    assert not [length for _, length, target in evidence.sequence if target is not None]  # no headline link
    plain = body.replace(" rel='author'", "")
    evidence = page_links(parse_html(plain.encode(), "text/html; charset=utf-8")[0], "https://a.go.th/x/").evidence
    assert evidence is not None and [target for _, _, target in evidence.sequence if target is not None]


def test_a_framesets_frames_inline_frames_and_noframes_links_are_followed():
    # A 2000s ASP site: "/" is a frameset whose menu and content are frames; its <noframes> fallback
    # (kept as text by the parser) links a listing. A page embeds its calendar in an inline frame.
    frameset = (
        "<html><head><title>อบต.</title></head><frameset rows='150,*'><frame src='top.asp'>"
        "<frameset cols='195,*'><frame src='menu.asp' name='left'><frame src='main.asp' name='main'></frameset>"
        "</frameset><noframes><body><p><a href='news.asp?cat=1'>ข่าวประชาสัมพันธ์</a></p></body></noframes></html>"
    )
    urls = links_of(frameset, "http://127.0.0.11:8011/").all_urls()
    for path in ("top.asp", "menu.asp", "main.asp", "news.asp?cat=1"):
        assert f"http://127.0.0.11:8011/{path}" in urls, urls
    inline = links_of("<html><body><p>ปฏิทิน</p><iframe src='/calendar.php?m=6'></iframe></body></html>").all_urls()
    assert "http://127.0.0.11:8011/calendar.php?m=6" in inline


def test_a_link_to_the_pages_path_in_another_language_is_its_twin():
    """A flag's link with no hreflang (a vendor CMS's ``/webs/th/…`` and ``/webs/en/…``) names the page's twin;
    a segment that is a word of paths, another page or another query does not."""
    from crawler.navigation import language_twin, navigate

    here = "http://a.go.th/webs/th/grouppage/1/content/C00002/"
    assert language_twin(here, "http://a.go.th/webs/en/grouppage/1/content/C00002/")
    assert language_twin("http://a.go.th/th-TH/about", "http://a.go.th/en-US/about")
    assert not language_twin(here, "http://a.go.th/webs/en/grouppage/1/content/C00003/")
    assert not language_twin(here, here + "?lang=en")
    assert not language_twin(here, "http://b.go.th/webs/en/grouppage/1/content/C00002/")
    assert not language_twin("http://a.go.th/news/id/5", "http://a.go.th/news/en/5")
    page = (
        "<html><body><a href='/webs/en/grouppage/1/content/C00002/'><img alt='English'></a>"
        "<a href='/webs/th/grouppage/1/content/C00003/'>โครงสร้าง</a></body></html>"
    ).encode()
    links = navigate(page, "text/html; charset=utf-8", here)
    assert links.evidence.translations == ["http://a.go.th/webs/en/grouppage/1/content/C00002/"]

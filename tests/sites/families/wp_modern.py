# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""wp_modern: a modern WordPress news theme (date permalinks, feed, sitemap).

Discovery paths: home + /page/N/ listings, one category archive (also
paginated), /feed/ (latest 10), /wp-sitemap.xml -> posts sitemap (all), the
"เรื่องล่าสุด" sidebar (latest 5), "Keep Reading" boxes, and the prev/next
post chain.  /?p=ID answers 301 to the permalink.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from ..corpus import WP_MODERN, Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import local_dt, rfc822, thai_long
from .common import (
    UTF8_HTML,
    add_jpeg,
    add_text,
    attr,
    esc,
    html_page,
    nbsp_indent,
    redirect,
    texturize,
    wp_slug,
)

FAMILY = "wp_modern"
SITE = "เทศบาลตำบลโคกกลาง"
TAGLINE = "อำเภอโนนสูง จังหวัดนครราชสีมา"
POST_IDS = (215, 238, 301, 356, 412, 467, 530, 598, 644, 871, 1018, 1107, 1189, 1263)
SLUG_POSTS = {412, 871, 1189}  # percent-encoded Thai-slug permalinks
NO_META_DATE = {530, 871, 1107}  # no article:published_time meta
NO_DATETIME_ATTR = {871}  # the date exists only as Thai text
# post id -> (comment id, name, date, time, text)
COMMENTS = {
    598: (31, "แม่ค้าตลาดสด", "2020-10-03", "20:14", "ขอบคุณค่ะ เจ้าหน้าที่มาพ่นยาถึงหน้าบ้านเลย บริการดีมาก"),
    1018: (45, "ลุงสมพร", "2022-07-16", "19:02", "ขอบคุณเทศบาลที่มาช่วยลอกคลองครับ ปีนี้น้ำน่าจะพอทำนา"),
}
PER_PAGE = 5
FEED_ITEMS = 10
CATEGORY = "ข่าวประชาสัมพันธ์"
CATEGORY_ID = 3
ABOUT_ID = 2
WP_VER = "6.2.2"
THEME = "/wp-content/themes/newsup"
UTF8 = UTF8_HTML


@dataclass
class _Post:
    id: int
    story: Story
    path: str  # root-relative permalink as linked (percent-encoded)
    dt: datetime
    photos: list[tuple[str, str]]  # (path of the -1024x768 image, caption)
    thumb: str | None

    @property
    def title(self) -> str:
        return self.story.title


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/wp-admin/", "/members/"],
        server_software="Apache/2.4.52 (Ubuntu)",
        redirect_slashless=True,
    )
    r = _Renderer(site, _make_posts(site))
    r.register()
    pages = -(-len(r.posts) // PER_PAGE)
    site.non_articles = [
        *(base_url + ("/" if n == 1 else f"/page/{n}/") for n in range(1, pages + 1)),
        *(base_url + r.cat_path + ("" if n == 1 else f"page/{n}/") for n in range(1, pages + 1)),
        base_url + "/about/",
        base_url + "/wp-login.php",  # disallowed by robots.txt (under /wp-admin/ redirect), still HTML
        base_url + "/members/report.html",  # disallowed by robots.txt
    ]
    return site


def _photo_name(post_id: int, k: int, d: datetime) -> str:
    if post_id % 2:  # photos forwarded from LINE groups
        return f"S__{(post_id * 7919 + k * 104729) % 10**8:08d}"
    return f"IMG_{d:%Y%m%d}_{d.hour:02d}{(d.minute + k) % 60:02d}{(17 * k) % 60:02d}"


def _make_posts(site: FixtureSite) -> list[_Post]:
    posts = []
    for post_id, story in zip(POST_IDS, WP_MODERN, strict=True):
        dt = local_dt(story.date, story.time)
        tail = wp_slug(story.title) if post_id in SLUG_POSTS else str(post_id)
        path = f"/{dt:%Y}/{dt:%m}/{tail}/"
        photos = []
        for k, caption in enumerate(story.shown_captions, start=1):
            stem = f"/wp-content/uploads/{dt:%Y}/{dt:%m}/{_photo_name(post_id, k, dt)}"
            add_jpeg(site, f"{stem}.jpg", 1600, 1200, dt)
            for w, h in ((1024, 768), (300, 225), (768, 576)):
                add_jpeg(site, f"{stem}-{w}x{h}.jpg", w, h, dt)
            photos.append((f"{stem}-1024x768.jpg", caption))
        thumb = photos[0][0].replace("-1024x768", "-300x225") if photos else None
        posts.append(_Post(post_id, story, path, dt, photos, thumb))
    return posts


def _words(text: str, n: int) -> tuple[str, bool]:
    words = text.split()
    return " ".join(words[:n]), len(words) > n


class _Renderer:
    def __init__(self, site: FixtureSite, posts: list[_Post]):
        self.site = site
        self.base = site.base_url
        self.posts = posts  # oldest first
        self.newest = list(reversed(posts))
        self.cat_path = f"/category/{wp_slug(CATEGORY)}/"

    # -- routes -------------------------------------------------------------
    def register(self) -> None:
        site, base = self.site, self.base
        for i, post in enumerate(self.posts):
            site.add(post.path, self.post_page(i))
            site.add(f"/?p={post.id}", redirect(base + post.path))
            aliases = [f"{base}/?p={post.id}"]
            if post.id in COMMENTS:
                cid = COMMENTS[post.id][0]
                site.add(f"{post.path}?replytocom={cid}", self.post_page(i, reply=True))
                aliases.append(f"{base}{post.path}?replytocom={cid}")
            s = post.story
            site.articles.append(
                FixtureArticle(
                    url=base + post.path,
                    aliases=tuple(aliases),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=s.shown_captions,
                )
            )
        self.register_listing("/", "home blog", None)
        self.register_listing(
            self.cat_path, f"archive category category-{CATEGORY_ID}", f"หมวดหมู่: <span>{CATEGORY}</span>"
        )
        site.add("/page/1/", redirect(base + "/"))
        site.add(f"/?page_id={ABOUT_ID}", redirect(base + "/about/"))
        site.add("/about/", self.about_page())
        site.add("/feed/", self.feed())
        site.add("/comments/feed/", self.comments_feed())
        self.register_sitemaps()
        site.add(
            "/robots.txt",
            html_page(
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
                f"Disallow: /members/\n\nSitemap: {base}/wp-sitemap.xml\n",
                "text/plain; charset=utf-8",
            ),
        )
        login = f"/wp-login.php?redirect_to={quote(base + '/wp-admin/', safe='')}&reauth=1"
        site.add("/wp-admin/", redirect(base + login, 302))
        site.add("/wp-login.php", self.login_page())
        site.add(login, self.login_page())
        site.add(
            "/members/report.html",
            html_page(
                '<!doctype html><html lang="th"><head><meta charset="UTF-8">'
                "<title>รายงานสำหรับสมาชิก</title></head><body><h1>รายงานสำหรับสมาชิก</h1>"
                "<p>เอกสารภายใน เฉพาะสมาชิกสภาเทศบาลเท่านั้น</p></body></html>"
            ),
        )
        for path, ctype in (
            (f"{THEME}/style.css?ver={WP_VER}", "text/css"),
            (f"{THEME}/js/navigation.js?ver=1.0", "application/javascript"),
            ("/wp-includes/js/jquery/jquery.min.js?ver=3.6.4", "application/javascript"),
        ):
            add_text(site, path, "/* fixture asset */\n", ctype)
        for path, (w, h) in (
            ("/wp-content/uploads/2021/05/cropped-logo-32x32.jpg", (32, 32)),
            ("/wp-content/uploads/2021/05/logo-khokklang.jpg", (240, 80)),
            ("/wp-content/uploads/2021/05/banner-dla.jpg", (300, 90)),
        ):
            add_jpeg(site, path, w, h, self.posts[0].dt)
        site.not_found = html_page(
            self.page(
                "ไม่พบหน้าที่ต้องการ",
                "error404",
                "",
                '<section class="error-404 not-found"><header class="page-header">'
                '<h1 class="page-title">อุ๊ย! ไม่พบหน้าที่คุณต้องการ</h1></header>'
                '<div class="page-content"><p>ดูเหมือนว่าจะไม่พบอะไรในตำแหน่งนี้ '
                "ลองค้นหาดูไหม?</p></div></section>",
            ),
            status=404,
        )

    def register_listing(self, root: str, body_class: str, heading: str | None) -> None:
        chunks = [self.newest[i : i + PER_PAGE] for i in range(0, len(self.newest), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            path = root if n == 1 else f"{root}page/{n}/"
            older = f"{self.base}{root}page/{n + 1}/" if n < len(chunks) else None
            newer = None if n == 1 else self.base + (root if n == 2 else f"{root}page/{n - 1}/")
            cls = body_class if n == 1 else f"{body_class.replace('home ', '')} paged paged-{n}"
            title = (
                SITE
                if root == "/" and n == 1
                else ((CATEGORY if heading else SITE) + (f" &#8211; หน้า {n}" if n > 1 else ""))
            )
            self.site.add(path, html_page(self.page(title, cls, "", self.listing(chunk, heading, older, newer))))

    # -- page frame ---------------------------------------------------------
    def head(self, title: str, extra: str) -> str:
        b = self.base
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; ฟีด" href="{b}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; ฟีดความเห็น" href="{b}/comments/feed/" />
{_EMOJI_SCRIPT.replace("@BASE@", b.replace("/", chr(92) + "/"))}
<style id='wp-block-library-inline-css'>
.wp-block-image figcaption{{color:#555;font-size:13px;text-align:center}}
</style>
<link rel='stylesheet' id='newsup-style-css' href='{b}{THEME}/style.css?ver={WP_VER}' media='all' />
<script src='{b}/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {WP_VER}" />
{extra}<link rel="icon" href="{b}/wp-content/uploads/2021/05/cropped-logo-32x32.jpg" sizes="32x32" />
</head>
"""

    def page(self, title: str, body_class: str, head_extra: str, main: str, full_title: bool = False) -> str:
        b = self.base
        doc_title = title if full_title or title == SITE else f"{title} &#8211; {SITE}"
        menu = "".join(
            f'<li id="menu-item-{10 + i}" class="menu-item"><a href="{href}">{label}</a></li>'
            for i, (href, label) in enumerate(
                (
                    (f"{b}/", "หน้าแรก"),
                    (f"{b}/about/", "เกี่ยวกับเทศบาล"),
                    (f"{b}{self.cat_path}", CATEGORY),
                    ("https://www.oic.go.th/", "ศูนย์ข้อมูลข่าวสาร"),
                    (f"{b}/about/#contact", "ติดต่อเรา"),
                )
            )
        )
        recent = "".join(f'\n<li>\n<a href="{b}{p.path}">{texturize(p.title)}</a>\n</li>' for p in self.newest[:5])
        return (
            self.head(doc_title, head_extra)
            + f"""
<body class="{body_class} wp-custom-logo wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<header id="masthead" class="site-header">
<div class="site-branding">
<a href="{b}/" class="custom-logo-link" rel="home"><img width="240" height="80" src="{b}/wp-content/uploads/2021/05/logo-khokklang.jpg" class="custom-logo" alt="{SITE}" decoding="async" /></a>
<p class="site-title"><a href="{b}/" rel="home">{SITE}</a></p>
<p class="site-description">{TAGLINE}</p>
</div>
<nav id="site-navigation" class="main-navigation">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">เมนู</button>
<div class="menu-main-container"><ul id="primary-menu" class="menu">{menu}</ul></div>
</nav>
</header>
<div id="content" class="site-content">
<div class="container"><div class="row">
<div id="primary" class="content-area col-md-8">
<main id="main" class="site-main">
{main}
</main><!-- #main -->
</div><!-- #primary -->
<aside id="secondary" class="widget-area col-md-4">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{b}/">
<label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label>
<input type="submit" class="search-submit" value="ค้นหา" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">เรื่องล่าสุด</h2>
<ul>{recent}
</ul>
</section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">หมวดหมู่</h2>
<ul><li class="cat-item cat-item-{CATEGORY_ID}"><a href="{b}{self.cat_path}">{CATEGORY}</a> ({len(self.posts)})
</li></ul></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">ลิงก์หน่วยงาน</h2><div class="textwidget custom-html-widget"><a href="http://www.dla.go.th/" target="_blank" rel="noopener"><img src="/wp-content/uploads/2021/05/banner-dla.jpg" alt="กรมส่งเสริมการปกครองท้องถิ่น" width="300" height="90"></a><br>
<a href="https://www.nakhonratchasima.go.th/" target="_blank" rel="noopener">จังหวัดนครราชสีมา</a></div></section>
</aside><!-- #secondary -->
</div></div>
</div><!-- #content -->
<footer id="colophon" class="site-footer">
<div class="footer-widgets">
<p><strong>สำนักงาน{SITE}</strong><br>
เลขที่ 99 หมู่ที่ 1 ตำบลโคกกลาง {TAGLINE} 30160<br>
โทรศัพท์ <a href="tel:044123456">0 4412 3456</a> โทรสาร 0 4412 3457<br>
อีเมล: <a href="mailto:saraban@khokklang.example">saraban@khokklang.example</a></p>
<p><a href="/members/report.html">รายงานสำหรับสมาชิกสภา</a> | <a href="/wp-admin/">เข้าสู่ระบบ</a></p>
</div>
<div class="site-info">
&copy; 2024 {SITE} | <a href="https://wordpress.org/">Proudly powered by WordPress</a>
</div>
</footer>
</div><!-- #page -->
<script src='{b}{THEME}/js/navigation.js?ver=1.0' id='newsup-navigation-js'></script>
</body>
</html>
"""
        )

    # -- posts --------------------------------------------------------------
    def content(self, i: int, post: _Post) -> str:
        """Body HTML; three editor styles rotate, as on a site edited for years."""
        style = i % 3
        paras = post.story.paragraphs
        figs = [
            self.figure(post, k, src, cap, gutenberg=style == 2) for k, (src, cap) in enumerate(post.photos, start=1)
        ]
        out: list[str] = []
        for n, text in enumerate(paras):
            if style == 0:
                html_text = texturize(text)
                if n == 1:  # a typed double space, as the classic editor keeps it
                    html_text = html_text.replace(" ", "&nbsp; ", 1)
                out.append(f"<p>{nbsp_indent(html_text)}</p>")
            elif style == 1:
                head, _, rest = text.partition(" ")
                inner = f"<strong>{texturize(head)}</strong> {texturize(rest)}" if n == 0 else texturize(text)
                out.append(f'<p style="text-align: justify;"><span style="font-size: 14pt;">{inner}</span></p>')
                if n == 0:
                    out.append("<p>&nbsp;</p>")
            else:
                out.append(f"<!-- wp:paragraph -->\n<p>{texturize(text)}</p>\n<!-- /wp:paragraph -->")
            if n == 0 and figs and not post.story.is_photo_post:
                out.append(figs.pop(0))
        out.extend(figs)
        return "\n\n".join(out)

    def figure(self, post: _Post, k: int, src: str, caption: str, gutenberg: bool) -> str:
        b, aid = self.base, post.id + k
        stem = src[: -len("-1024x768.jpg")]
        img = (
            f'<img decoding="async" loading="lazy" width="1024" height="768" '
            f'src="{b}{src}" alt="{attr(post.title)}" class="wp-image-{aid}" '
            f'srcset="{b}{src} 1024w, {b}{stem}-300x225.jpg 300w, {b}{stem}-768x576.jpg 768w" '
            'sizes="(max-width: 1024px) 100vw, 1024px" />'
        )
        if gutenberg:
            return (
                f'<!-- wp:image {{"id":{aid},"sizeSlug":"large","linkDestination":"none"}} -->\n'
                f'<figure class="wp-block-image size-large">{img}'
                f'<figcaption class="wp-element-caption">{texturize(caption)}</figcaption>'
                "</figure>\n<!-- /wp:image -->"
            )
        return (
            f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
            'style="width: 1024px" class="wp-caption aligncenter">'
            f'<a href="{b}{stem}.jpg">{img}</a>'
            f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">'
            f"{texturize(caption)}</figcaption></figure>"
        )

    def date_html(self, post: _Post) -> str:
        shown = thai_long(post.dt.date())
        if post.id in NO_DATETIME_ATTR:
            return f'<span class="entry-date published">{shown}</span>'
        return f'<time class="entry-date published updated" datetime="{post.dt.isoformat()}">{shown}</time>'

    def post_page(self, i: int, reply: bool = False) -> Response:
        b, post = self.base, self.posts[i]
        perma = b + post.path
        head = ""
        if reply:
            head += "<meta name='robots' content='noindex, follow' />\n"
        head += (
            f'<link rel="canonical" href="{perma}" />\n'
            f"<link rel='shortlink' href='{b}/?p={post.id}' />\n"
            '<meta property="og:locale" content="th_TH" />\n'
            '<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{attr(post.title)}" />\n'
            f'<meta property="og:url" content="{perma}" />\n'
            f'<meta property="og:site_name" content="{SITE}" />\n'
        )
        if post.photos:
            head += f'<meta property="og:image" content="{b}{post.photos[0][0]}" />\n'
        if post.id not in NO_META_DATE:
            head += f'<meta property="article:published_time" content="{post.dt.isoformat()}" />\n'
        prev_post = self.posts[i - 1] if i > 0 else None
        next_post = self.posts[i + 1] if i + 1 < len(self.posts) else None
        nav = ""
        if prev_post:
            nav += (
                f'<div class="nav-previous"><a href="{b}{prev_post.path}" rel="prev">'
                f'<span class="meta-nav">เรื่องก่อนหน้า</span> {texturize(prev_post.title)}'
                "</a></div>"
            )
        if next_post:
            nav += (
                f'<div class="nav-next"><a href="{b}{next_post.path}" rel="next">'
                f'<span class="meta-nav">เรื่องถัดไป</span> {texturize(next_post.title)}'
                "</a></div>"
            )
        related = [p for p in self.newest if p is not post][:6][i % 3 :: 2][:3]
        keep = "".join(
            '<article class="related-item">'
            + (f'<a href="{b}{p.path}"><img src="{b}{p.thumb}" width="300" height="225" alt=""></a>' if p.thumb else "")
            + f'<h3 class="entry-title"><a href="{b}{p.path}">{texturize(p.title)}</a></h3>'
            f'<p class="related-excerpt">{texturize(_words(p.story.paragraphs[0], 12)[0])}'
            "&hellip;</p></article>"
            for p in related
        )
        main = f"""<article id="post-{post.id}" class="post-{post.id} post type-post status-publish format-standard{" has-post-thumbnail" if post.photos else ""} hentry category-{CATEGORY_ID}">
<header class="entry-header">
<div class="entry-meta cat-links"><a href="{b}{self.cat_path}" rel="category tag">{CATEGORY}</a></div>
<h1 class="entry-title">{texturize(post.title)}</h1>
<div class="entry-meta">
<span class="posted-on"><i class="fa fa-calendar"></i> <a href="{perma}" rel="bookmark">{self.date_html(post)}</a></span>
<span class="byline"> โดย <span class="author vcard">{esc(post.story.author or "")}</span></span>
</div>
</header><!-- .entry-header -->
<div class="entry-content">
{self.content(i, post)}
</div><!-- .entry-content -->
<footer class="entry-footer">
{self.share(perma, post.title)}
</footer>
</article><!-- #post-{post.id} -->
{self.comments(post)}
<div class="related-posts">
<h2 class="related-title">Keep Reading</h2>
<div class="related-grid">{keep}</div>
</div>
<nav class="navigation post-navigation" aria-label="เรื่อง">
<h2 class="screen-reader-text">การนำทางเรื่อง</h2>
<div class="nav-links">{nav}</div>
</nav>"""
        body_class = f"post-template-default single single-post postid-{post.id} single-format-standard"
        links = (
            ("Link", f'<{b}/wp-json/>; rel="https://api.w.org/"'),
            ("Link", f'<{b}/wp-json/wp/v2/posts/{post.id}>; rel="alternate"; type="application/json"'),
            ("Link", f"<{b}/?p={post.id}>; rel=shortlink"),
        )
        return html_page(self.page(texturize(post.title), body_class, head, main), extra=links)

    def share(self, perma: str, title: str) -> str:
        u = quote(perma, safe="")
        return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">
<h3 class="sd-title">แชร์:</h3>
<div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" title="คลิกเพื่อแชร์บน Facebook"><span>Share on Facebook</span></a></li>
<li class="share-line"><a rel="nofollow noopener noreferrer" class="share-line sd-button" href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" title="คลิกเพื่อแชร์บน LINE"><span>LINE</span></a></li>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button" href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(title, safe="")}" target="_blank"><span>Twitter</span></a></li>
</ul></div></div></div>"""

    def comments(self, post: _Post) -> str:
        perma = self.base + post.path
        listing = ""
        if post.id in COMMENTS:
            cid, name, d, t, text = COMMENTS[post.id]
            cdt = local_dt(d, t)
            listing = f"""<h2 class="comments-title">1 ความเห็นบน &ldquo;<span>{texturize(post.title)}</span>&rdquo;</h2>
<ol class="comment-list">
<li id="comment-{cid}" class="comment even thread-even depth-1">
<article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{name}</b> <span class="says">พูดว่า:</span></div>
<div class="comment-metadata"><a href="{perma}#comment-{cid}"><time datetime="{cdt.isoformat()}">{thai_long(cdt.date())} เวลา {t} น.</time></a></div>
</footer>
<div class="comment-content"><p>{text}</p></div>
<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{perma}?replytocom={cid}#respond' data-commentid="{cid}" aria-label='ตอบกลับถึง {name}'>ตอบกลับ</a></div>
</article>
</li><!-- #comment-## -->
</ol>
"""
        return f"""<div id="comments" class="comments-area">
{listing}<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{perma}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3>
<form action="{self.base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> <span class="required-field-message">ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">ความเห็น <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">ชื่อ <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">อีเมล <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">เว็บไซต์</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">บันทึกชื่อ, อีเมล และชื่อเว็บไซต์ของฉันบนเบราว์เซอร์นี้ สำหรับการแสดงความเห็นครั้งถัดไปของฉัน</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /> <input type='hidden' name='comment_post_ID' value='{post.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
</form>
</div><!-- #respond -->
</div><!-- #comments -->"""

    # -- listings, pages, feeds ---------------------------------------------
    def excerpt(self, post: _Post, n: int = 55) -> str:
        text, cut = _words("\n".join(post.story.paragraphs), n)
        return texturize(text) + (" [&hellip;]" if cut else "")

    def listing(self, chunk: list[_Post], heading: str | None, older: str | None, newer: str | None) -> str:
        b = self.base
        out = [
            f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>'
            if heading
            else '<h1 class="page-title screen-reader-text">ข่าวล่าสุด</h1>'
        ]
        for p in chunk:
            thumb = (
                f'<div class="post-thumbnail"><a href="{b}{p.path}" aria-hidden="true">'
                f'<img width="300" height="225" src="{b}{p.thumb}" class="wp-post-image" '
                f'alt="{attr(p.title)}" decoding="async" /></a></div>\n'
                if p.thumb
                else ""
            )
            out.append(f"""<article id="post-{p.id}" class="post-{p.id} post type-post status-publish hentry">
{thumb}<header class="entry-header">
<h2 class="entry-title"><a href="{b}{p.path}" rel="bookmark">{texturize(p.title)}</a></h2>
<div class="entry-meta"><span class="posted-on">{self.date_html(p)}</span></div>
</header>
<div class="entry-summary"><p>{self.excerpt(p)}</p></div>
<a class="more-link" href="{b}{p.path}">อ่านต่อ &raquo;</a>
</article>""")
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older}">เรื่องเก่ากว่า</a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer}">เรื่องใหม่กว่า</a></div>'
        out.append(
            '<nav class="navigation posts-navigation" aria-label="เรื่อง">\n'
            '<h2 class="screen-reader-text">การนำทางเรื่อง</h2>\n'
            f'<div class="nav-links">{nav}</div>\n</nav>'
        )
        return "\n".join(out)

    def about_page(self) -> Response:
        b = self.base
        main = f"""<article id="post-{ABOUT_ID}" class="post-{ABOUT_ID} page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">เกี่ยวกับเทศบาล</h1></header>
<div class="entry-content">
<p>{SITE} เดิมเป็นสุขาภิบาลโคกกลาง ได้รับการยกฐานะเป็นเทศบาลตำบลตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล พ.ศ. 2542 มีพื้นที่ประมาณ 12.5 ตารางกิโลเมตร ครอบคลุม 8 หมู่บ้าน</p>
<p>ประชากรส่วนใหญ่ประกอบอาชีพเกษตรกรรม ได้แก่ ทำนา ปลูกมันสำปะหลัง และเลี้ยงโคเนื้อ</p>
<h2 id="contact">ติดต่อเรา</h2>
<p>เลขที่ 99 หมู่ที่ 1 ตำบลโคกกลาง {TAGLINE} 30160 โทรศัพท์ 0 4412 3456</p>
</div>
</article>"""
        head = (
            f'<link rel="canonical" href="{b}/about/" />\n'
            f"<link rel='shortlink' href='{b}/?page_id={ABOUT_ID}' />\n"
            '<meta property="og:type" content="website" />\n'
        )
        return html_page(self.page("เกี่ยวกับเทศบาล", f"page-template-default page page-id-{ABOUT_ID}", head, main))

    def login_page(self) -> Response:
        return html_page(f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>เข้าสู่ระบบ &lsaquo; {SITE} &#8212; WordPress</title>
<meta name='robots' content='noindex, nofollow, noarchive' /></head>
<body class="login"><div id="login"><h1><a href="https://wordpress.org/">ขับเคลื่อนโดย WordPress</a></h1>
<form name="loginform" id="loginform" action="{self.base}/wp-login.php" method="post">
<p><label for="user_login">ชื่อผู้ใช้หรืออีเมล</label><input type="text" name="log" id="user_login"></p>
<p><label for="user_pass">รหัสผ่าน</label><input type="password" name="pwd" id="user_pass"></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" value="เข้าสู่ระบบ"></p>
</form></div></body></html>""")

    def feed(self) -> Response:
        b = self.base
        items = []
        for post in self.newest[:FEED_ITEMS]:
            i = self.posts.index(post)
            items.append(f"""	<item>
		<title>{esc(post.title)}</title>
		<link>{b}{post.path}</link>
		<comments>{b}{post.path}#respond</comments>
		<dc:creator><![CDATA[{post.story.author}]]></dc:creator>
		<pubDate>{rfc822(post.dt)}</pubDate>
		<category><![CDATA[{CATEGORY}]]></category>
		<guid isPermaLink="false">{b}/?p={post.id}</guid>
		<description><![CDATA[{self.excerpt(post)}]]></description>
		<content:encoded><![CDATA[{self.content(i, post)}]]></content:encoded>
		<wfw:commentRss>{b}{post.path}feed/</wfw:commentRss>
		<slash:comments>{1 if post.id in COMMENTS else 0}</slash:comments>
	</item>""")
        return self.rss(f"{b}/feed/", SITE, items)

    def comments_feed(self) -> Response:
        b = self.base
        items = []
        for post_id, (cid, name, d, t, text) in sorted(COMMENTS.items(), reverse=True):
            post = next(p for p in self.posts if p.id == post_id)
            items.append(f"""	<item>
		<title>ความเห็นบน {esc(post.title)} โดย {name}</title>
		<link>{b}{post.path}#comment-{cid}</link>
		<dc:creator><![CDATA[{name}]]></dc:creator>
		<pubDate>{rfc822(local_dt(d, t))}</pubDate>
		<guid isPermaLink="false">{b}/?p={post_id}#comment-{cid}</guid>
		<description><![CDATA[{text}]]></description>
	</item>""")
        return self.rss(f"{b}/comments/feed/", f"ความเห็นสำหรับ {SITE}", items)

    def rss(self, self_url: str, title: str, items: list[str]) -> Response:
        b = self.base
        body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{title}</title>
	<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
	<link>{b}</link>
	<description>{TAGLINE}</description>
	<lastBuildDate>{rfc822(self.newest[0].dt)}</lastBuildDate>
	<language>th</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VER}</generator>
{chr(10).join(items)}
	</channel>
</rss>
"""
        return html_page(body, "application/rss+xml; charset=UTF-8")

    def register_sitemaps(self) -> None:
        b, site = self.base, self.site
        xml = "application/xml; charset=UTF-8"
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        index = "".join(
            f"<sitemap><loc>{b}/wp-sitemap-{name}-1.xml</loc></sitemap>"
            for name in ("posts-post", "posts-page", "taxonomies-category")
        )
        site.add(
            "/wp-sitemap.xml",
            html_page(
                head + f'<?xml-stylesheet type="text/xsl" href="{b}/wp-sitemap-index.xsl" ?>\n'
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}'
                "</sitemapindex>\n",
                xml,
            ),
        )

        def urlset(urls: list[str]) -> Response:
            locs = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
            return html_page(
                head + f'<?xml-stylesheet type="text/xsl" href="{b}/wp-sitemap.xsl" ?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n',
                xml,
            )

        by_id = sorted(self.posts, key=lambda p: p.id)  # core orders by ID
        site.add("/wp-sitemap-posts-post-1.xml", urlset([b + p.path for p in by_id]))
        site.add("/wp-sitemap-posts-page-1.xml", urlset([f"{b}/", f"{b}/about/"]))
        site.add("/wp-sitemap-taxonomies-category-1.xml", urlset([b + self.cat_path]))
        site.add("/sitemap.xml", redirect(f"{b}/wp-sitemap.xml"))
        xsl = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="1.0" '
            'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n'
        )
        for name in ("/wp-sitemap-index.xsl", "/wp-sitemap.xsl"):
            add_text(site, name, xsl, "application/xml; charset=UTF-8")


_EMOJI_SCRIPT = """<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"@BASE@\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.2.2"}};
/*! This file is auto-generated */
!function(e,a,t){var n,r,o,i=a.createElement("canvas"),p=i.getContext&&i.getContext("2d");if(!p||!p.fillText)return!1;t.supports={everything:!0}}(window,document,window._wpemojiSettings);
</script>"""

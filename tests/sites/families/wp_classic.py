# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""wp_classic: an old Kubrick-style WordPress 3 site with default permalinks.

Posts live at /?p=ID (canonical), static pages at /?page_id=ID, the one
category at /?cat=3.  No feed, no sitemap, no archives widget, no
pagination: the home page, the category page and the "เรื่องล่าสุด" widget
show only the latest 3 posts, so older posts are reachable ONLY by walking
the previous/next chain (anchors in div.navigation; some posts also carry
<link rel='prev'/'next'> in the head).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ..corpus import WP_CLASSIC, Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, local_dt, thai_weekday
from .common import add_jpeg, add_text, attr, esc, html_page, nbsp_indent, redirect, texturize

FAMILY = "wp_classic"
SITE = "เทศบาลตำบลท่าช้าง"
TAGLINE = "อำเภอเมืองจันทบุรี จังหวัดจันทบุรี"
POST_IDS = (12, 19, 27, 33, 41, 48, 56, 63, 71, 80, 86, 95)
HOME_POSTS = 3
CAT_ID = 3
CATEGORY = "ข่าวประชาสัมพันธ์"
PAGES = {2: "ประวัติเทศบาล", 7: "ติดต่อเรา"}
HEAD_REL_LINKS = {19, 33, 48, 63, 80}  # posts with <link rel='prev'/'next'> too
COMMENTS = {41: (7, "คนริมคลอง", "2019-06-13", "20:41", "ดีใจมากครับ ปีที่แล้วน้ำท่วมเข้าบ้านสองรอบ ขอให้ทำทุกปีนะครับ")}


@dataclass
class _Post:
    id: int
    story: Story
    dt: datetime
    photos: list[tuple[str, str]]  # (path of the 500x375 image, caption)

    @property
    def title(self) -> str:
        return self.story.title


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/wp-admin/", "/wp-includes/", "/wp-login.php"],
        server_software="Apache/2.2.22 (Ubuntu)",
    )
    posts = []
    for post_id, story in zip(POST_IDS, WP_CLASSIC, strict=True):
        dt = local_dt(story.date, story.time)
        photos = []
        for k, caption in enumerate(story.shown_captions, start=1):
            stem = f"/wp-content/uploads/{dt:%Y}/{dt:%m}/DSC_{(post_id * 37 + k) % 10000:04d}"
            add_jpeg(site, f"{stem}.jpg", 1200, 900, dt)
            add_jpeg(site, f"{stem}-500x375.jpg", 500, 375, dt)
            photos.append((f"{stem}-500x375.jpg", caption))
        posts.append(_Post(post_id, story, dt, photos))
    _Renderer(site, posts).register()
    site.non_articles = [
        base_url + "/",
        base_url + "/index.php",
        f"{base_url}/?cat={CAT_ID}",
        *(f"{base_url}/?page_id={page_id}" for page_id in PAGES),
        base_url + "/wp-login.php",  # disallowed by robots.txt
    ]
    return site


def _date(d: datetime) -> str:
    """Thai month names with the Gregorian year: untranslated date_i18n()."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _time(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


class _Renderer:
    def __init__(self, site: FixtureSite, posts: list[_Post]):
        self.site, self.base, self.posts = site, site.base_url, posts
        self.latest = list(reversed(posts))[:HOME_POSTS]

    def register(self) -> None:
        site, b = self.site, self.base
        for i, post in enumerate(self.posts):
            site.add(f"/?p={post.id}", self.post_page(i))
            aliases = [f"{b}/wp-trackback.php?p={post.id}"]
            site.add(f"/wp-trackback.php?p={post.id}", redirect(f"{b}/?p={post.id}", 302))
            if post.id in COMMENTS:
                cid = COMMENTS[post.id][0]
                site.add(f"/?p={post.id}&replytocom={cid}", self.post_page(i))
                aliases.append(f"{b}/?p={post.id}&replytocom={cid}")
            s = post.story
            site.articles.append(
                FixtureArticle(
                    url=f"{b}/?p={post.id}",
                    aliases=tuple(aliases),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=s.shown_captions,
                )
            )
        home = self.page(SITE, "home blog", "", self.summaries())
        site.add("/", home)
        site.add("/index.php", home)
        site.add(
            f"/?cat={CAT_ID}",
            self.page(
                f"{SITE} &raquo; {CATEGORY}",
                f"archive category category-{CAT_ID}",
                "",
                f'<h2 class="pagetitle">เรื่องในหมวดหมู่ &#8216;{CATEGORY}&#8217;</h2>\n' + self.summaries(),
            ),
        )
        for page_id, title in PAGES.items():
            site.add(f"/?page_id={page_id}", self.static_page(page_id, title))
        site.add(
            "/robots.txt",
            html_page(
                "User-agent: *\nDisallow: /wp-admin/\nDisallow: /wp-includes/\nDisallow: /wp-login.php\n", "text/plain"
            ),
        )
        site.add(
            "/wp-login.php",
            html_page(
                f"<html><head><title>{SITE} &rsaquo; เข้าสู่ระบบ</title>"
                "<meta name='robots' content='noindex,nofollow' /></head><body class=\"login\">"
                '<form name="loginform" id="loginform" action="wp-login.php" method="post">'
                '<p><label>ชื่อผู้ใช้<br /><input type="text" name="log" /></label></p>'
                '<p><label>รหัสผ่าน<br /><input type="password" name="pwd" /></label></p>'
                '<p class="submit"><input type="submit" value="เข้าสู่ระบบ" /></p></form>'
                "</body></html>"
            ),
        )
        add_text(
            site,
            "/wp-content/themes/default/style.css",
            "body{font-family:Tahoma,sans-serif;font-size:62.5%}\n",
            "text/css",
        )
        add_text(
            site,
            "/wp-includes/js/l10n.js?ver=20101110",
            "function convertEntities(o){return o}\n",
            "application/javascript",
        )
        add_jpeg(site, "/wp-content/uploads/2010/08/header-thachang.jpg", 760, 200, self.posts[0].dt)
        site.not_found = replace(
            self.page(
                f"{SITE} &raquo; ไม่พบหน้าที่ต้องการ", "error404", "", '<h2 class="center">ผิดพลาด 404 - ไม่พบหน้าที่ต้องการ</h2>'
            ),
            status=404,
        )

    # -- frame ----------------------------------------------------------------
    def page(self, title: str, body_class: str, head_extra: str, content: str) -> Response:
        b = self.base
        recent = "\n".join(
            f'<li><a href="{b}/?p={p.id}" title="{attr(p.title)}">{texturize(p.title)}</a></li>' for p in self.latest
        )
        pages = "".join(
            f'<li class="page_item page-item-{pid}"><a href="{b}/?page_id={pid}" title="{t}">{t}</a></li>'
            for pid, t in PAGES.items()
        )
        return html_page(f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="th">

<head profile="http://gmpg.org/xfn/11">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />

<title>{title}</title>

<link rel="stylesheet" href="{b}/wp-content/themes/default/style.css" type="text/css" media="screen" />
<link rel="pingback" href="{b}/xmlrpc.php" />

<style type="text/css" media="screen">
	#page {{ background: url("{b}/wp-content/themes/default/images/kubrickbgwide.jpg") repeat-y top; border: none; }}
</style>
<script type='text/javascript' src='{b}/wp-includes/js/l10n.js?ver=20101110'></script>
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<link rel='index' title='{SITE}' href='{b}/' />
{head_extra}<meta name="generator" content="WordPress 3.0.1" />
</head>
<body class="{body_class}">
<div id="page">


<div id="header" role="banner">
	<div id="headerimg">
		<h1><a href="{b}/">{SITE}</a></h1>
		<div class="description">{TAGLINE}</div>
	</div>
</div>
<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();"><font color="#CC0000" face="Tahoma" size="2"><b>ประกาศ :</b> {SITE} ขอเชิญชวนประชาชนร่วมกันรักษาความสะอาดคลองท่าช้าง และแยกขยะก่อนทิ้ง &nbsp;&nbsp;&nbsp; ติดต่อสอบถาม โทร. 0 3931 1234</font></marquee>
<hr />

	<div id="content" class="narrowcolumn" role="main">

{content}

	</div>

	<div id="sidebar" role="complementary">
		<ul>
			<li>
			<form role="search" method="get" id="searchform" action="{b}/" >
	<div><label class="screen-reader-text" for="s">ค้นหาสำหรับ:</label>
	<input type="text" value="" name="s" id="s" />
	<input type="submit" id="searchsubmit" value="ค้นหา" />
	</div>
	</form>			</li>
<li class="pagenav"><h2>หน้า</h2><ul>{pages}</ul></li>
		<li><h2>เรื่องล่าสุด</h2>
		<ul>
{recent}
		</ul>
		</li>
<li class="categories"><h2>หมวดหมู่</h2><ul>	<li class="cat-item cat-item-{CAT_ID}"><a href="{b}/?cat={CAT_ID}" title="ดูเรื่องทั้งหมดภายใต้ {CATEGORY}">{CATEGORY}</a>
</li>
</ul></li>
<li id="text-3" class="widget widget_text"><h2 class="widgettitle">สถิติผู้เข้าชม</h2>
<div class="textwidget"><table width="100%" border="1" cellpadding="2" cellspacing="0" bordercolor="#CCCCCC">
<tr><td><font face="Tahoma" size="2" color="#333333">วันนี้</font></td><td align="right"><font face="Tahoma" size="2">37</font></td></tr>
<tr><td><font face="Tahoma" size="2" color="#333333">เดือนนี้</font></td><td align="right"><font face="Tahoma" size="2">1,204</font></td></tr>
<tr><td colspan="2" align="center"><font face="Tahoma" size="2" color="#006600"><b>ผู้เข้าชม 58231</b></font></td></tr>
</table></div></li>
<li id="text-4" class="widget widget_text"><h2 class="widgettitle">ลิงก์หน่วยงาน</h2>
<div class="textwidget"><table width="100%" border="0">
<tr><td><a href="http://www.dla.go.th/" target="_blank"><font face="Tahoma" size="2">กรมส่งเสริมการปกครองท้องถิ่น</font></a></td></tr>
<tr><td><a href="http://www.chanthaburi.go.th/" target="_blank"><font face="Tahoma" size="2">จังหวัดจันทบุรี</font></a></td></tr>
</table></div></li>
			<li><h2>Meta</h2>
			<ul>
								<li><a href="{b}/wp-login.php">เข้าสู่ระบบ</a></li>
				<li><a href="http://wordpress.org/" title="Powered by WordPress, state-of-the-art semantic personal publishing platform.">WordPress.org</a></li>
							</ul>
			</li>
					</ul>
	</div>

<hr />
<div id="footer" role="contentinfo">
	<p>
		<center><font face="Tahoma" size="2">{SITE} 88 ถนนท่าช้าง {TAGLINE} 22000<br />
		โทรศัพท์ 0 3931 1234 โทรสาร 0 3931 1235</font></center>
		{SITE} is proudly powered by <a href="http://wordpress.org/">WordPress</a>
	</p>
</div>
</div>

		</body>
</html>
""")

    # -- posts ----------------------------------------------------------------
    def caption_div(self, post: _Post, k: int, src: str, caption: str) -> str:
        b, aid = self.base, post.id + 100 + k
        full = src.replace("-500x375", "")
        return (
            f'<div id="attachment_{aid}" class="wp-caption aligncenter" style="width: 510px">'
            f'<a href="{b}{full}"><img class="size-full wp-image-{aid}" '
            f'title="{attr(post.title)}" src="{b}{src}" alt="" width="500" height="375" />'
            f'</a><p class="wp-caption-text">{texturize(caption)}</p></div>'
        )

    def entry(self, post: _Post, i: int, teaser: bool = False) -> str:
        """Post body; odd posts use unclosed <p> like hand-typed HTML."""
        figs = [self.caption_div(post, k, src, cap) for k, (src, cap) in enumerate(post.photos, start=1)]
        out = []
        for n, text in enumerate(post.story.paragraphs):
            if i % 2:
                out.append(f"<p>{nbsp_indent(texturize(text), 6)}")
            else:
                out.append(
                    f'<p style="text-align: left;"><span style="font-family: Tahoma;">{texturize(text)}</span></p>'
                )
            if n == 0 and len(post.story.paragraphs) > 1:
                if teaser:
                    out.append(f'<a href="{self.base}/?p={post.id}#more-{post.id}" class="more-link">อ่านต่อ &raquo;</a>')
                    return "\n".join(out)
                out.append(f'<span id="more-{post.id}"></span>')
                if figs:
                    out.append(figs.pop(0))
        out.extend(figs)
        return "\n".join(out)

    def summaries(self) -> str:
        b, out = self.base, []
        for post in self.latest:
            i = self.posts.index(post)
            n_comments = "1 ความเห็น" if post.id in COMMENTS else "ยังไม่มีความเห็น"
            out.append(f"""		<div class="post-{post.id} post type-post hentry category-news" id="post-{post.id}">
				<h2><a href="{b}/?p={post.id}" rel="bookmark" title="ลิงก์ถาวรไปยัง {attr(post.title)}">{texturize(post.title)}</a></h2>
				<small>{_date(post.dt)} <!-- by {post.story.author} --></small>

				<div class="entry">
					{self.entry(post, i, teaser=True)}
				</div>

				<p class="postmetadata">หมวดหมู่: <a href="{b}/?cat={CAT_ID}" title="ดูเรื่องทั้งหมดใน {CATEGORY}" rel="category">{CATEGORY}</a> |   <a href="{b}/?p={post.id}#respond" title="ความเห็นบน {attr(post.title)}">{n_comments} &#187;</a></p>
			</div>
""")
        return "\n".join(out)

    def post_page(self, i: int) -> Response:
        b, post = self.base, self.posts[i]
        prev_post = self.posts[i - 1] if i > 0 else None
        next_post = self.posts[i + 1] if i + 1 < len(self.posts) else None
        # Real themes mix link styles: absolute, root-relative, query-relative.
        style = ("{b}/?p={id}", "/?p={id}", "?p={id}")[i % 3]

        def href(p: _Post) -> str:
            return style.format(b=b, id=p.id)

        head = ""
        if post.id in HEAD_REL_LINKS:
            if prev_post:
                head += f"<link rel='prev' title='{attr(prev_post.title)}' href='{b}/?p={prev_post.id}' />\n"
            if next_post:
                head += f"<link rel='next' title='{attr(next_post.title)}' href='{b}/?p={next_post.id}' />\n"
        head += f"<link rel='canonical' href='{b}/?p={post.id}' />\n"
        left = (
            f'&laquo; <a href="{href(prev_post)}" rel="prev">ข่าวก่อนหน้า: {texturize(prev_post.title)}</a>'
            if prev_post
            else ""
        )
        right = (
            f'<a href="{href(next_post)}" rel="next">ข่าวถัดไป: {texturize(next_post.title)}</a> &raquo;'
            if next_post
            else ""
        )
        s, d = post.story, post.dt
        content = f"""	<div class="navigation">
			<div class="alignleft">{left}</div>
			<div class="alignright">{right}</div>
		</div>

		<div class="post-{post.id} post type-post hentry category-news" id="post-{post.id}">
			<h2>{texturize(post.title)}</h2>

			<div class="entry">
				{self.entry(post, i)}

				<p class="postmetadata alt">
					<small>
						เรื่องนี้ถูกเขียนเมื่อ วัน{thai_weekday(d.date())}ที่ {_date(d)} เวลา {_time(d)} โดย {esc(s.author or "")}
						และถูกจัดอยู่ในหมวดหมู่ <a href="{b}/?cat={CAT_ID}" title="ดูเรื่องทั้งหมดใน {CATEGORY}" rel="category">{CATEGORY}</a>.
						คุณสามารถ <a href="#respond">แสดงความเห็น</a> หรือ <a href="{b}/wp-trackback.php?p={post.id}" rel="trackback">trackback</a> จากเว็บไซต์ของคุณเอง
					</small>
				</p>

			</div>
		</div>

{self.comments(post)}"""
        return self.page(
            f"{SITE}  &raquo; Blog Archive   &raquo; {texturize(post.title)}", f"single postid-{post.id}", head, content
        )

    def comments(self, post: _Post) -> str:
        b = self.base
        if post.id in COMMENTS:
            cid, name, d, t, text = COMMENTS[post.id]
            cdt = local_dt(d, t)
            listing = f"""<h3 id="comments">1 ความเห็นบน &#8220;{texturize(post.title)}&#8221;</h3>
	<ol class="commentlist">
		<li class="comment even thread-even depth-1" id="li-comment-{cid}">
		<div id="comment-{cid}">
		<div class="comment-author vcard"><cite class="fn">{name}</cite> <span class="says">พูดว่า:</span></div>
		<div class="comment-meta commentmetadata"><a href="{b}/?p={post.id}#comment-{cid}">{_date(cdt)} เวลา {_time(cdt)}</a></div>
		<p>{text}</p>
		<div class="reply"><a rel='nofollow' class='comment-reply-link' href='/?p={post.id}&amp;replytocom={cid}#respond' onclick='return addComment.moveForm("comment-{cid}", "{cid}", "respond", "{post.id}")'>ตอบกลับ</a></div>
		</div>
</li>
	</ol>
"""
        else:
            listing = "<!-- You can start editing here. -->\n"
        return f"""{listing}
<div id="respond">
<h3 id="reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="/?p={post.id}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3>
<form action="{b}/wp-comments-post.php" method="post" id="commentform">
<p class="comment-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></p>
<p class="comment-form-author"><label for="author">ชื่อ</label> <span class="required">*</span><input id="author" name="author" type="text" value="" size="30" aria-required='true' /></p>
<p class="comment-form-email"><label for="email">อีเมล</label> <span class="required">*</span><input id="email" name="email" type="text" value="" size="30" aria-required='true' /></p>
<p class="comment-form-url"><label for="url">เว็บไซต์</label><input id="url" name="url" type="text" value="" size="30" /></p>
<p class="comment-form-comment"><label for="comment">ความเห็น</label> <span class="required">*</span><textarea id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" value="แสดงความเห็น" />
<input type='hidden' name='comment_post_ID' value='{post.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
</form>
</div><!-- #respond -->"""

    def static_page(self, page_id: int, title: str) -> Response:
        if page_id == 2:
            body = (
                f"<p>{SITE} ได้รับการยกฐานะจากสุขาภิบาลท่าช้างเป็นเทศบาลตำบล "
                "เมื่อวันที่ 25 พฤษภาคม 2542 ตั้งอยู่ริมคลองท่าช้าง "
                "มีชุมชนตลาดเก่าที่มีอายุกว่าร้อยปี</p>\n"
                "<p>ประชาชนส่วนใหญ่ประกอบอาชีพทำสวนผลไม้ ค้าขาย และรับจ้างทั่วไป</p>"
            )
        else:
            body = f"<p>สำนักงาน{SITE} 88 ถนนท่าช้าง {TAGLINE} 22000<br />\nโทรศัพท์ 0 3931 1234 โทรสาร 0 3931 1235</p>"
        content = f"""		<div class="post" id="post-{page_id}">
		<h2>{title}</h2>
			<div class="entry">
				{body}
			</div>
		</div>"""
        head = f"<link rel='canonical' href='{self.base}/?page_id={page_id}' />\n"
        return self.page(f"{SITE}  &raquo; {title}", f"page page-id-{page_id}", head, content)

"""A large WordPress-like news site that changes between crawls (for incremental recrawl tests).

``build(base_url)`` gives 1,000 posts (``NewsSite.posts`` chooses another count); ``add_posts`` and
``edit_posts`` change the site as its editors would: new posts on top of the listings and at the
end of the prev/next chain, edited posts with a newer ``lastmod`` in the sitemap.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

from ..corpus import STORIES
from ..model import FixtureArticle, FixtureSite, Response

PER_PAGE = 10
HTML = (("Content-Type", "text/html; charset=UTF-8"),)
XML = (("Content-Type", "application/xml; charset=UTF-8"),)
START = datetime(2019, 1, 1, 9, 0, tzinfo=UTC)


def _sentences() -> list[str]:
    return [p for stories in STORIES.values() for s in stories for p in s.paragraphs]


_WORDS: list[str] = []


def _vocabulary() -> list[str]:
    """Words of the corpus, as pythainlp segments them (and the spaces between phrases). Runs of 2-6
    Thai characters cut through words had left vowels and tone marks dangling or doubled in about
    half the lines: text no municipal site writes, which sent every such line through pythainlp's
    normaliser (8 % of the extraction workers' time in bench.crawl)."""
    if not _WORDS:
        from pythainlp.tokenize import word_tokenize

        for sentence in _sentences():
            _WORDS.extend(w for w in word_tokenize(sentence, engine="newmm") if w.strip() or w == " ")
    return _WORDS


@dataclass
class Post:
    id: int
    title: str
    paragraphs: list[str]
    published: datetime
    modified: datetime


@dataclass
class NewsSite(FixtureSite):
    posts: list[Post] = field(default_factory=list)
    rnd: random.Random = field(default_factory=lambda: random.Random(3))
    with_sitemap: bool = True  # without one, recrawls must rely on conditional requests

    def _new_post(self, when: datetime) -> Post:
        # Sentences drawn word by word from the corpus vocabulary: posts share words, as real ones do,
        # not whole paragraphs (which would make every post a near-duplicate candidate of hundreds).
        words = _vocabulary()
        n = len(self.posts) + 1
        body = [f"เทศบาลตำบลทดสอบ รายงานข่าวลำดับที่ {n} หมู่ที่ {self.rnd.randint(1, 12)}"]
        body += ["".join(self.rnd.choices(words, k=self.rnd.randint(15, 40))) for _ in range(self.rnd.randint(2, 4))]
        title = "".join(self.rnd.choices(words, k=6))
        return Post(n, f"ข่าวประชาสัมพันธ์ ฉบับที่ {n}: {title}", body, when, when)

    def add_posts(self, count: int, now: datetime | None = None) -> None:
        now = now or (self.posts[-1].published + timedelta(days=1) if self.posts else START)
        for i in range(count):
            self.posts.append(self._new_post(now + timedelta(minutes=i)))
        self.render()

    def edit_posts(self, ids: list[int], now: datetime) -> None:
        for post in self.posts:
            if post.id in ids:
                post.paragraphs.append(f"แก้ไขเพิ่มเติม ณ วันที่ {now:%Y-%m-%d}: เลื่อนกำหนดการออกไปหนึ่งสัปดาห์")
                post.modified = now
        self.render()

    def _url(self, post: Post) -> str:
        return f"{self.base_url}/news/{post.id}/"

    def _post_page(self, i: int, post: Post) -> bytes:
        prev = f'<a href="/news/{self.posts[i - 1].id}/" rel="prev">ข่าวก่อนหน้า</a>' if i > 0 else ""
        nxt = f'<a href="/news/{self.posts[i + 1].id}/" rel="next">ข่าวถัดไป</a>' if i + 1 < len(self.posts) else ""
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in post.paragraphs)
        return (
            f'<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>{escape(post.title)}</title>'
            f'<link rel="canonical" href="{self._url(post)}"></head><body class="single single-post">'
            f'<article><h1 class="entry-title">{escape(post.title)}</h1>'
            f'<time datetime="{post.published:%Y-%m-%dT%H:%M:%S}+00:00">{post.published:%Y-%m-%d}</time>'
            f'<div class="entry-content">{paragraphs}</div></article>'
            f'<nav class="navigation post-navigation"><div class="nav-previous">{prev}</div>'
            f'<div class="nav-next">{nxt}</div></nav><footer>เทศบาลตำบลทดสอบ</footer></body></html>'
        ).encode()

    def _listing(self, page: int) -> bytes:
        newest = list(reversed(self.posts))
        items = newest[(page - 1) * PER_PAGE : page * PER_PAGE]
        teasers = "".join(f'<article><h2><a href="/news/{p.id}/">{escape(p.title)}</a></h2></article>' for p in items)
        older = f'<a href="/page/{page + 1}/">เรื่องเก่ากว่า</a>' if page * PER_PAGE < len(newest) else ""
        return (
            f'<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>ข่าว หน้า {page}</title></head>'
            f'<body class="home blog">{teasers}<div class="nav-links">{older}</div></body></html>'
        ).encode()

    def render(self) -> None:
        """(Re)register every route from the current posts."""
        self._routes.clear()
        self.articles.clear()
        robots = "User-agent: *\nDisallow: /wp-admin/\n"
        if self.with_sitemap:
            robots += f"Sitemap: {self.base_url}/sitemap.xml\n"
        self.add("/robots.txt", Response(200, (("Content-Type", "text/plain"),), robots.encode()))
        urls = "".join(
            f"<url><loc>{self._url(p)}</loc><lastmod>{p.modified:%Y-%m-%dT%H:%M:%S}+00:00</lastmod></url>"
            for p in self.posts
        )
        sitemap = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        if self.with_sitemap:
            self.add("/sitemap.xml", Response(200, XML, sitemap.encode()))
        pages = max(1, -(-len(self.posts) // PER_PAGE))
        self.add("/", Response(200, HTML, self._listing(1)))
        for page in range(2, pages + 1):
            self.add(f"/page/{page}/", Response(200, HTML, self._listing(page)))
        for i, post in enumerate(self.posts):
            modified = (("Last-Modified", format_datetime(post.modified, usegmt=True)),)
            self.add(f"/news/{post.id}/", Response(200, HTML + modified, self._post_page(i, post)))
            self.articles.append(
                FixtureArticle(
                    url=self._url(post),
                    aliases=(),
                    title=post.title,
                    paragraphs=tuple(post.paragraphs),
                    published=f"{post.published:%Y-%m-%d}",
                    author=None,
                    captions=(),
                )
            )


def build(base_url: str, posts: int = 1000) -> NewsSite:
    site = NewsSite(family="news_large", base_url=base_url, disallowed_paths=["/wp-admin/"])
    for i in range(posts):
        site.posts.append(site._new_post(START + timedelta(hours=6 * i)))
    site.render()
    return site

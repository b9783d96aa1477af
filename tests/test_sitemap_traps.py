"""Sitemaps never starve pages, and an endless chain of sitemap indexes ends by itself."""

from __future__ import annotations

import random
import re
from urllib.parse import urlsplit

import pytest

from tests.conftest import FAST, rows, run_tessaban
from tests.sites.model import FixtureSite, Response
from tests.sites.server import FixtureServer

XML = (("Content-Type", "application/xml; charset=UTF-8"),)
HTML = (("Content-Type", "text/html; charset=UTF-8"),)
NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
WORDS = ["ประชุม", "สภา", "ถนน", "ชุมชน", "วัด", "โรงเรียน", "ขยะ", "ตลาด", "กีฬา", "เกษตร", "สะพาน", "ประปา"]


def post(n: int) -> bytes:
    rnd = random.Random(n)  # words differ from post to post, not only numbers
    text = " ".join("".join(rnd.choices(WORDS, k=9)) for _ in range(4))
    return (
        f"<html><head><title>เทศบาลทดสอบ</title></head><body><h1>{''.join(rnd.choices(WORDS, k=4))}</h1>"
        f"<p>วันที่ {1 + n % 28} มีนาคม 2567</p><p>{text}</p></body></html>"
    ).encode()


def serve(monkeypatch, site_class: type, name: str, host: str) -> FixtureServer:
    """A FixtureServer for a site class of this module (not a registered family)."""
    import tests.sites.server as server_module

    monkeypatch.setattr(server_module, "build_site", lambda family, base: site_class(name, base))
    monkeypatch.setitem(server_module.BUILDERS, name, None)
    return FixtureServer(name, host=host)


class SitemapSite(FixtureSite):
    """Home links nothing; /sitemap.xml is an index of MANY sitemaps (each listing one post), and
    /chain/N.xml is an endless chain of sitemap indexes (each lists the next)."""

    many: int = 2000

    def route(self, target: str) -> Response | None:
        path = urlsplit(target).path
        if path == "/robots.txt":
            return Response(200, (("Content-Type", "text/plain"),), b"User-agent: *\nAllow: /\n")
        if path == "/":
            return Response(200, HTML, b"<html><body><p>home</p></body></html>")
        if path == "/sitemap.xml":
            entries = [f"<sitemap><loc>{self.base_url}/maps/{i}.xml</loc></sitemap>" for i in range(self.many)]
            entries.append(f"<sitemap><loc>{self.base_url}/chain/1.xml</loc></sitemap>")
            return Response(
                200,
                XML,
                (
                    "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                    + "".join(entries)
                    + "</sitemapindex>"
                ).encode(),
            )
        if m := re.fullmatch(r"/maps/(\d+)\.xml", path):
            n = int(m.group(1))
            return Response(
                200,
                XML,
                (
                    f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>"
                    f"{self.base_url}/news/{n}.html</loc></url></urlset>"
                ).encode(),
            )
        if m := re.fullmatch(r"/chain/(\d+)\.xml", path):
            n = int(m.group(1))
            entry = f"<sitemap><loc>{self.base_url}/chain/{n + 1}.xml</loc></sitemap>"
            return Response(200, XML, f"<sitemapindex xmlns='{NS}'>{entry}</sitemapindex>".encode())
        if m := re.fullmatch(r"/news/(\d+)\.html", path):
            return Response(200, HTML, post(int(m.group(1))))
        return None


@pytest.fixture
def server(monkeypatch):
    with serve(monkeypatch, SitemapSite, "sitemaps", "127.0.0.45") as running:
        yield running


def test_many_sitemaps_do_not_starve_posts_and_a_chain_of_indexes_ends(server, tmp_path):
    db = tmp_path / "a.db"
    done = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST, "--max-pages", "300", timeout=240)
    assert done.returncode == 0, done.stderr
    paths = server.requested_paths()
    articles = rows(db, "SELECT count(*) FROM articles")[0][0]
    sitemaps = sum(p.startswith("/maps/") for p in paths)
    assert sitemaps > 50 and articles >= 0.4 * sitemaps, (articles, sitemaps)  # each child sitemap's post follows it
    assert sum(p.startswith("/chain/") for p in paths) <= 5  # the chain is a dead end after its first index


class MalformedLinksSite(SitemapSite):
    """A post whose links include unparseable URLs next to good ones; a sitemap with a bad <loc>."""

    def route(self, target: str) -> Response | None:
        path = urlsplit(target).path
        bad = ["http://[::1", "http://h:99999/", "http://h:80:80/"]
        if path == "/":
            links = "".join(f"<a href='{u}'>ลิงก์เสีย ยาวพอเป็นหัวข้อ {i}</a>" for i, u in enumerate(bad))
            return Response(
                200,
                HTML,
                (f"<html><body>{links}<a href='/news/1.html'>ข่าวที่หนึ่งของเทศบาลทดสอบ</a></body></html>").encode(),
            )
        if path == "/sitemap.xml":
            locs = "".join(f"<url><loc>{u}</loc></url>" for u in [*bad, f"{self.base_url}/news/2.html"])
            return Response(200, XML, f"<urlset xmlns='{NS}'>{locs}</urlset>".encode())
        if path == "/news/1.html":
            body = post(1).replace(
                b"</body>",
                "".join(f"<a href='{u}'>x</a>" for u in bad).encode()
                + f"<a href='{self.base_url}/news/3.html'>ข่าวถัดไป</a></body>".encode(),
            )
            return Response(200, HTML, body)
        return super().route(target)


def test_no_malformed_link_loses_the_page_or_sitemap_that_holds_it(monkeypatch, tmp_path):
    with serve(monkeypatch, MalformedLinksSite, "bad", "127.0.0.46") as server:
        db = tmp_path / "a.db"
        done = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    stored = {u.rsplit("/", 1)[1] for (u,) in rows(db, "SELECT url FROM pages WHERE url LIKE '%/news/%'")}
    assert stored == {"1.html", "2.html", "3.html"}  # the post, its good link, the sitemap's good entry


class QueryTrapSite(SitemapSite):
    """Twenty posts linked from the home page, plus two traps linked from every post: a listing whose
    pages link sort/view/page variants of themselves without end, and a filter page whose every
    page links a page with one more, new query key (?f1=1, ?f1=1&f2=1, ...)."""

    def route(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path, query = parts.path, parts.query
        traps = (
            "<a href='/list?sort=date&view=grid&page=1'>เรียงตามวันที่ มุมมองตาราง หน้า 1</a>"
            "<a href='/filter?f1=1'>ตัวกรองข่าวตามหมวดหมู่ของเทศบาล</a>"
        )
        if path == "/":
            links = "".join(f"<a href='/news/{n}.html'>ข่าวของเทศบาลทดสอบฉบับที่ {n}</a><br>" for n in range(20))
            return Response(200, HTML, f"<html><body>{links}{traps}</body></html>".encode())
        if path == "/sitemap.xml":
            return None
        if path == "/list":
            page = int(dict(p.split("=") for p in query.split("&")).get("page", "1"))
            variants = "".join(
                f"<a href='/list?sort={s}&view={v}&page={page + d}'>{s} {v} หน้าถัดไปของรายการ</a>"
                for s in ("date", "title", "hits")
                for v in ("grid", "list")
                for d in (0, 1)
            )
            items = "".join(f"<a href='/news/{n}.html'>ข่าวของเทศบาลทดสอบฉบับที่ {n}</a><br>" for n in range(5))
            return Response(200, HTML, f"<html><body><h1>ข่าวทั้งหมด</h1>{items}{variants}</body></html>".encode())
        if path == "/filter":
            keys = [p.split("=")[0] for p in query.split("&") if p]
            more = query + f"&f{len(keys) + 1}=1"
            return Response(
                200,
                HTML,
                (
                    f"<html><body><h1>ตัวกรอง</h1><p>ข่าวในหมวดที่เลือกของเทศบาลตำบลทดสอบ</p>"
                    f"<a href='/filter?{more}'>เพิ่มตัวกรองอีกหนึ่งรายการ</a></body></html>"
                ).encode(),
            )
        if m := re.fullmatch(r"/news/(\d+)\.html", path):
            return Response(200, HTML, post(int(m.group(1))).replace(b"</body>", traps.encode() + b"</body>"))
        return super().route(target)


def test_sort_view_variants_and_ever_new_query_keys_end_by_themselves(monkeypatch, tmp_path):
    with serve(monkeypatch, QueryTrapSite, "query", "127.0.0.49") as server:
        db = tmp_path / "a.db"
        done = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST, timeout=240)
        assert done.returncode == 0, done.stderr
        paths = server.requested_paths()
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == 20
    assert sum(p.startswith("/list") for p in paths) <= 50, sum(p.startswith("/list") for p in paths)
    assert sum(p.startswith("/filter") for p in paths) <= 50, sum(p.startswith("/filter") for p in paths)


class EndlessSite(SitemapSite):
    """Ten posts, and two traps linked from every post: a soft-404 that answers any path under
    /news/ and links relatively to news/list.php (paths that grow), and a previous/next chain of
    identical pages (/chain?id=N links /chain?id=N+1)."""

    def route(self, target: str) -> Response | None:
        parts = urlsplit(target)
        path = parts.path
        traps = "<a href='news/list.php'>รายการข่าวทั้งหมดของเทศบาลตำบล</a><a href='/chain?id=1'>ข่าวถัดไปของเทศบาล</a>"
        if path == "/":
            links = "".join(f"<a href='/n/{n}.html'>ข่าวของเทศบาลทดสอบฉบับที่ {n}</a><br>" for n in range(10))
            return Response(200, HTML, f"<html><body>{links}{traps}</body></html>".encode())
        if path == "/sitemap.xml":
            return None
        if m := re.fullmatch(r"/n/(\d+)\.html", path):
            return Response(200, HTML, post(int(m.group(1))).replace(b"</body>", traps.encode() + b"</body>"))
        if path.startswith("/news/"):
            missing = "<h2>ขออภัย ไม่พบหน้าที่ต้องการ</h2><a href='news/list.php'>รายการข่าวทั้งหมดของเทศบาลตำบล</a>"
            return Response(200, HTML, f"<html><body>{missing}</body></html>".encode())
        if path == "/chain":
            n = int(parts.query.split("=")[1])
            same = "<h1>ประกาศเทศบาลตำบลทดสอบ</h1><p>รายละเอียดประกาศฉบับเดียวกันทุกหน้าของเทศบาล</p>"
            following = f"<a href='/chain?id={n + 1}'>ข่าวถัดไป »</a>"
            return Response(200, HTML, f"<html><body>{same}{following}</body></html>".encode())
        return super().route(target)


def test_soft_404_paths_that_grow_and_a_chain_of_identical_pages_end_by_themselves(monkeypatch, tmp_path):
    with serve(monkeypatch, EndlessSite, "endless", "127.0.0.50") as server:
        db = tmp_path / "a.db"
        done = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST, timeout=240)
        assert done.returncode == 0, done.stderr
        paths = server.requested_paths()
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == 10
    assert sum(p.startswith("/news/") for p in paths) <= 10, [p for p in paths if p.startswith("/news/")]
    assert sum(p.startswith("/chain") for p in paths) <= 10, [p for p in paths if p.startswith("/chain")]

"""`tessaban extract` runs the crawl's extraction on a saved page; `scrapy crawl municipal` runs the crawl."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from tests.conftest import FAST, rows, run_tessaban

ROOT = Path(__file__).resolve().parent.parent


def saved_page(server, tmp_path: Path, article) -> Path:
    parts = urlsplit(article.url)
    response = server.site.route(parts.path + (f"?{parts.query}" if parts.query else ""))
    path = tmp_path / "page.html"
    path.write_bytes(response.body)  # raw bytes: windows-874 stays windows-874
    return path


def test_extract_prints_the_article_of_a_windows_874_page(tmp_path, sites):
    server = sites["table_cms"]
    article = server.site.articles[2]
    result = run_tessaban("extract", saved_page(server, tmp_path, article), "--url", article.url)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == article.title
    assert data["text"].splitlines() == list(article.paragraphs)
    assert data["published"] == article.published
    assert data["encoding"] == "cp874"
    assert {a["url"] for a in data["attachments"]} and all(a["url"].endswith(".pdf") for a in data["attachments"])


def test_extract_lists_images_once_with_their_captions(tmp_path, sites):
    server = sites["wp_modern"]
    article = next(a for a in server.site.articles if len(a.captions) >= 3)
    data = json.loads(run_tessaban("extract", saved_page(server, tmp_path, article), "--url", article.url).stdout)
    srcs = [image["src"] for image in data["images"]]
    assert len(srcs) == len(set(srcs)) >= 3
    assert {image["caption"] for image in data["images"]} <= set(article.captions) | {None}
    assert data["author"] == article.author


def test_scrapy_crawl_municipal_from_the_repository_root(tmp_path, sites):
    server = sites["wp_classic"]
    db = tmp_path / "scrapy.db"
    start = server.site.articles[5].url
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "municipal",
            "-a",
            f"url={start}",
            "-s",
            f"TESSABAN_DB={db}",
            *FAST,
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == len(server.site.articles)


def test_extract_of_a_sites_saved_pages_gives_the_texts_its_crawl_archived(tmp_path):
    """A crawl removes the lines that recur across a site's articles (its template); `tessaban extract`
    on a folder of the site's saved article pages does the same, so the archive's texts are reproduced
    offline. One page alone keeps those lines: nothing to compare it with."""
    import zlib
    from urllib.parse import unquote

    from tests.sites import FixtureServer

    db = tmp_path / "a.db"
    with FixtureServer("static_html", host="127.0.0.37") as server:
        crawled = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST)
        assert crawled.returncode == 0, crawled.stderr
        base = server.base_url + "/"
    archived = rows(
        db,
        "SELECT p.url, a.text, b.body FROM pages p JOIN articles a ON a.id = p.article_id"
        " JOIN responses r ON r.id = p.response_id JOIN bodies b ON b.sha256 = r.body_sha256 WHERE p.kind = 'article'",
    )
    mirror = tmp_path / "mirror"
    for url, _, body in archived:  # as `wget --mirror` saves a site: the URL's path under the folder
        path = mirror / unquote(urlsplit(url).path.lstrip("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(zlib.decompress(body))
    result = run_tessaban("extract", mirror, "--url", base)
    assert result.returncode == 0, result.stderr
    extracted = {line["url"]: line for line in map(json.loads, result.stdout.splitlines())}
    assert len(archived) >= 15 and len(extracted) == len(archived)
    assert all(extracted[url]["text"] == text for url, text, _ in archived)
    stripped = [url for url, line in extracted.items() if line["template_lines"]]
    assert len(stripped) >= len(archived) // 2  # the site's template was there to remove
    alone = json.loads(run_tessaban("extract", mirror / unquote(urlsplit(stripped[0]).path.lstrip("/"))).stdout)
    assert alone["text"] != extracted[stripped[0]]["text"]
    assert run_tessaban("extract", mirror, tmp_path / "missing.html").returncode == 1  # one line, the rest printed

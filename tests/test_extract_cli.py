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

"""The archive as users reach it: a real Datasette over HTTP, `tessaban stats`, `tessaban reprocess`."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from pipelines.urls import canonical_url
from tests.conftest import FAST, rows, run_tessaban


@pytest.fixture(scope="module")
def crawled(tmp_path_factory, sites):
    db = tmp_path_factory.mktemp("tools") / "archive.db"
    starts = [sites["wp_modern"].site.articles[3].url, sites["table_cms"].site.articles[3].url]
    result = run_tessaban("crawl", *starts, "--db", db, *FAST)
    assert result.returncode == 0, result.stderr
    return db


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def datasette(crawled):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(crawled), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        server.kill()
        pytest.fail("datasette did not start: " + server.stderr.read().decode())
    yield base + "/" + crawled.stem
    server.terminate()
    server.wait(timeout=10)


def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def test_datasette_search_box_finds_thai_words(datasette, sites):
    # Datasette's default search escaping quotes each space-separated term: with the trigram index
    # each quoted Thai term is an exact substring, so unsegmented Thai queries work as typed.
    query = urllib.parse.quote("โคกกลาง ประชุม")
    data = get(f"{datasette}/articles.json?_search={query}&_shape=objects")
    assert data["rows"], "no hit for a Thai query"
    for row in data["rows"]:
        assert "โคกกลาง" in row["title"] + row["text"] and "ประชุม" in row["title"] + row["text"]


def test_datasette_views(datasette, crawled):
    months = get(f"{datasette}/articles_per_site_month.json?_shape=objects")["rows"]
    assert sum(r["articles"] for r in months) == rows(crawled, "SELECT count(*) FROM articles")[0][0]
    clusters = get(f"{datasette}/duplicate_clusters.json?_shape=objects")
    assert "rows" in clusters


def test_stats_command(crawled, sites):
    result = run_tessaban("stats", "--db", crawled)
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line.split() for line in result.stdout.splitlines()[1:]}
    site = urllib.parse.urlsplit(sites["table_cms"].base_url).netloc
    assert lines[site][2] == str(len(sites["table_cms"].site.articles))  # articles column


def test_reprocess_restores_text_and_keeps_the_earlier_version(crawled, sites):
    article = sites["table_cms"].site.articles[0]
    (article_id,) = rows(crawled, "SELECT id FROM articles WHERE url = ?", (canonical_url(article.url),))[0]

    with sqlite3.connect(crawled) as conn:  # what an older, worse extraction would have stored
        conn.execute("UPDATE articles SET text = 'เมนูหลัก หน้าแรก ติดต่อเรา' WHERE id = ?", (article_id,))
    result = run_tessaban("reprocess", "--db", crawled, "--site", urllib.parse.urlsplit(article.url).netloc)
    assert result.returncode == 0, result.stderr
    (text,) = rows(crawled, "SELECT text FROM articles WHERE id = ?", (article_id,))[0]
    assert text.splitlines() == list(article.paragraphs)
    assert rows(crawled, "SELECT text FROM article_versions WHERE article_id = ?", (article_id,)) == [
        ("เมนูหลัก หน้าแรก ติดต่อเรา",)
    ]
    phrase = f'"{article.paragraphs[0][-12:]}"'
    assert (article_id,) in rows(crawled, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (phrase,))


def test_reprocess_and_stats_need_an_archive(tmp_path):
    for command in ("reprocess", "stats"):
        result = run_tessaban(command, "--db", tmp_path / "missing.db")
        assert result.returncode == 2 and "no archive" in result.stderr and "Traceback" not in result.stderr

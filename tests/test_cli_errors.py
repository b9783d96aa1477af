"""Bad input gets one clear line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import re
import socket

import pytest

from tests.conftest import FAST, rows, run_tessaban


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("tessaban: error:")]


def assert_one_clear_error(result, *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("url", ["not a url", "ftp://example.go.th/", "http://", "https://exa mple.go.th/"])
def test_invalid_url(tmp_path, url):
    result = run_tessaban("crawl", url, "--db", tmp_path / "a.db")
    assert_one_clear_error(result, "invalid URL")
    assert result.returncode == 2


def test_unreachable_host_is_reported_and_recorded(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/"
    db = tmp_path / "a.db"
    result = run_tessaban("crawl", url, "--db", db, *FAST, "-s", "RETRY_TIMES=0")
    assert_one_clear_error(result, url)
    assert result.returncode == 1
    assert rows(db, "SELECT kind, error IS NOT NULL FROM pages WHERE url = ?", (url,)) == [("error", 1)]


def test_non_html_start_url(tmp_path, sites):
    url = sites["table_cms"].base_url + "/files/report.pdf"
    result = run_tessaban("crawl", url, "--db", tmp_path / "a.db", *FAST)
    assert_one_clear_error(result, url, "not an HTML page", "application/pdf")


@pytest.mark.parametrize("where", ["parent is a file", "path is a directory"])
def test_unwritable_db_path(tmp_path, where):
    if where == "parent is a file":
        (tmp_path / "blocker").write_text("not a directory")
        db = tmp_path / "blocker" / "archive.db"
    else:
        db = tmp_path  # fails for root too, unlike permission bits
    result = run_tessaban("crawl", "https://example.go.th/", "--db", db)
    assert_one_clear_error(result, "cannot write the database")
    assert result.returncode == 2


def test_unknown_site(tmp_path):
    registry = tmp_path / "sites.toml"
    registry.write_text('[sites.kohsichang]\nstart_urls = ["https://www.kohsichang.go.th/"]\n')
    result = run_tessaban("crawl", "--site", "nosuchplace", "--sites-file", registry, "--db", tmp_path / "a.db")
    assert_one_clear_error(result, "unknown site 'nosuchplace'", "kohsichang")


def test_malformed_registry_names_the_line(tmp_path):
    registry = tmp_path / "sites.toml"
    registry.write_text('[sites.a]\nstart_urls = ["https://a.go.th/"] ]\n[sites.b]\n')
    result = run_tessaban("crawl", "--site", "a", "--sites-file", registry, "--db", tmp_path / "a.db")
    assert_one_clear_error(result, "sites.toml", "line 2")


def test_bad_setting_syntax(tmp_path):
    result = run_tessaban("crawl", "https://example.go.th/", "-s", "NOEQUALS", "--db", tmp_path / "a.db")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "NAME=VALUE" in result.stderr


@pytest.mark.parametrize(
    ("setting", "fragment"),
    [
        ("ROBOTSTXT_OBEY=maybe", "true or false"),
        ("DOWNLOAD_TIMEOUT=soon", "number"),
        ("CONCURRENT_REQUESTS=lots", "whole number"),
        ("TESSABAN_MAX_PAGES=ten", "whole number"),
    ],
)
def test_bad_setting_values(tmp_path, setting, fragment):
    result = run_tessaban("crawl", "https://example.go.th/", "-s", setting, "--db", tmp_path / "a.db")
    assert_one_clear_error(result, setting.split("=")[0], fragment)
    assert result.returncode == 2


def test_extract_missing_file(tmp_path):
    result = run_tessaban("extract", tmp_path / "nope.html")
    assert_one_clear_error(result, "cannot read")


def test_sites_add_and_check(tmp_path, sites):
    registry = tmp_path / "sites.toml"
    registry.write_text("# my registry\n")
    server = sites["wp_modern"]
    added = run_tessaban(
        "sites", "add", "khokklang", server.base_url + "/", "--title", "เทศบาลตำบลโคกกลาง", "--sites-file", registry
    )
    assert added.returncode == 0, added.stderr
    listed = run_tessaban("sites", "list", "--sites-file", registry)
    assert listed.stdout.startswith("khokklang\t" + server.base_url + "/\tเทศบาลตำบลโคกกลาง")
    again = run_tessaban("sites", "add", "khokklang", server.base_url, "--sites-file", registry)
    assert_one_clear_error(again, "already in")
    checked = run_tessaban(
        "sites", "check", "khokklang", "--sites-file", registry, "-s", "TESSABAN_ALLOW_PRIVATE_ADDRESSES=true"
    )
    assert checked.returncode == 0, checked.stderr
    assert "robots.txt: 200; start page allowed: yes" in checked.stdout
    assert re.search(r"discovery: [1-9]\d* feeds, [1-9]\d* sitemaps", checked.stdout), checked.stdout
    assert "kind listing" in checked.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("add", "bad name!", "https://a.go.th/"), "letters, digits"),
        (("add", "x", "not a url"), "invalid URL"),
        (("add", "x"), "needs a NAME and at least one URL"),
        (("check", "nowhere"), "unknown site"),
    ],
)
def test_sites_bad_input(tmp_path, args, fragment):
    registry = tmp_path / "sites.toml"
    registry.write_text('[sites.a]\nstart_urls = ["https://a.go.th/"]\n')
    assert_one_clear_error(run_tessaban("sites", *args, "--sites-file", registry), fragment)


def test_private_addresses_are_refused_unless_allowed(tmp_path, sites):
    url = sites["wp_classic"].site.articles[0].url  # the fixtures live on 127.0.0.x
    before = len(sites["wp_classic"].requests)
    fast_but_strict = [a for a in FAST if a != "TESSABAN_ALLOW_PRIVATE_ADDRESSES=True"][:-1]
    result = run_tessaban("crawl", url, "--db", tmp_path / "a.db", *fast_but_strict)
    assert_one_clear_error(result, "private or loopback address", "TESSABAN_ALLOW_PRIVATE_ADDRESSES")
    assert result.returncode == 1
    assert [r.path for r in sites["wp_classic"].requests[before:]] == []  # nothing was fetched

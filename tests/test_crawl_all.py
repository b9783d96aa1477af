"""Many sites in one crawl: `tessaban crawl --all` over a registry, and the scheduler starting the
sites due together in one crawl process (real fixture sites on loopback, delays off)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from crawler.sites import RegistryError, Site, shared_settings
from tests.conftest import FAST, rows, run_tessaban
from tests.sites import FixtureServer

FAMILIES = ("wp_modern", "wp_classic", "table_cms")


@pytest.fixture
def off_site():
    """A fourth site, disabled in the registry: it must see no request."""
    with FixtureServer("wp_classic", host="127.0.3.16") as server:
        yield server


def write_registry(path, sites, off_site=None, settings=None):
    settings = settings or {}
    text = ""
    for family in FAMILIES:
        text += f'[sites.{family}]\nstart_urls = ["{sites[family].base_url}/"]\n'
        for name, value in settings.get(family, {}).items():
            text += f"settings.{name} = {value}\n"
        text += "\n"
    if off_site is not None:
        text += f'[sites.off]\nstart_urls = ["{off_site.base_url}/"]\nenabled = false\n'
    path.write_text(text)
    return path


def hosts(sites) -> set[str]:
    return {urlsplit(sites[family].base_url).netloc for family in FAMILIES}


def test_crawl_all_crawls_every_enabled_site_in_one_crawl(tmp_path, sites, off_site):
    registry = write_registry(tmp_path / "sites.toml", sites, off_site)
    db = tmp_path / "a.db"
    off_site.clear_requests()
    result = run_tessaban("crawl", "--all", "--sites-file", registry, "--db", db, *FAST, timeout=300)
    assert result.returncode == 0, result.stderr
    archived = {site for (site,) in rows(db, "SELECT DISTINCT site FROM articles")}
    assert archived == hosts(sites)
    for family in FAMILIES:
        found = rows(db, "SELECT count(*) FROM articles WHERE site = ?", (urlsplit(sites[family].base_url).netloc,))
        assert found[0][0] == len(sites[family].site.articles), family
    (run,) = rows(db, "SELECT sites FROM crawl_runs")  # one crawl, every site in it
    assert set(run[0].split()) == hosts(sites)
    assert off_site.requests == []  # the disabled entry is left alone


def test_crawl_all_refuses_settings_that_differ_between_sites(tmp_path, sites):
    registry = write_registry(
        tmp_path / "sites.toml",
        sites,
        settings={"wp_modern": {"DOWNLOAD_TIMEOUT": 30}, "table_cms": {"DOWNLOAD_TIMEOUT": 20}},
    )
    result = run_tessaban("crawl", "--all", "--sites-file", registry, "--db", tmp_path / "a.db", *FAST)
    assert result.returncode == 2
    assert "set DOWNLOAD_TIMEOUT to 30 and 20" in result.stderr and "Traceback" not in result.stderr


def test_crawl_all_without_an_enabled_site_is_a_usage_error(tmp_path):
    registry = tmp_path / "sites.toml"
    registry.write_text('[sites.off]\nstart_urls = ["https://example.go.th/"]\nenabled = false\n')
    result = run_tessaban("crawl", "--all", "--sites-file", registry, "--db", tmp_path / "a.db")
    assert result.returncode == 2 and "no enabled site" in result.stderr


def test_shared_settings_merges_agreeing_entries():
    a = Site("a", ("https://a.go.th/",), settings={"DOWNLOAD_DELAY": 3})
    b = Site("b", ("https://b.go.th/",), settings={"DOWNLOAD_DELAY": 3, "DOWNLOAD_TIMEOUT": 20})
    c = Site("c", ("https://c.go.th/",))
    assert shared_settings([a, b, c]) == {"DOWNLOAD_DELAY": 3, "DOWNLOAD_TIMEOUT": 20}
    with pytest.raises(RegistryError, match="'a' and 'd' set DOWNLOAD_DELAY"):
        shared_settings([a, Site("d", ("https://d.go.th/",), settings={"DOWNLOAD_DELAY": 1})])


def schedule_all(db, registry, every="1d"):
    for family in FAMILIES:
        added = run_tessaban("schedule", "add", family, "--every", every, "--db", db, "--sites-file", registry)
        assert added.returncode == 0, added.stderr


def scheduler_fast_args() -> list[str]:
    return [part for pair in zip(FAST[::2], FAST[1::2], strict=True) for part in pair]


def test_scheduler_starts_the_sites_due_together_in_one_crawl_process(tmp_path, sites):
    registry = write_registry(tmp_path / "sites.toml", sites)
    db = tmp_path / "a.db"
    schedule_all(db, registry)
    result = run_tessaban(
        "scheduler", "--once", "--db", db, "--sites-file", registry, *scheduler_fast_args(), timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "3 crawls run: " in result.stdout and "(1 crawl process)" in result.stdout, result.stdout
    (run,) = rows(db, "SELECT sites FROM crawl_runs")
    assert set(run[0].split()) == hosts(sites)
    assert {site for (site,) in rows(db, "SELECT DISTINCT site FROM articles")} == hosts(sites)


def test_scheduler_keeps_sites_with_their_own_settings_apart(tmp_path, sites):
    registry = write_registry(tmp_path / "sites.toml", sites, settings={"table_cms": {"DOWNLOAD_TIMEOUT": 20}})
    db = tmp_path / "a.db"
    schedule_all(db, registry)
    result = run_tessaban(
        "scheduler", "--once", "--db", db, "--sites-file", registry, *scheduler_fast_args(), timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "(2 crawl processes)" in result.stdout, result.stdout
    runs = sorted(sorted(sites_.split()) for (sites_,) in rows(db, "SELECT sites FROM crawl_runs"))
    table_cms = urlsplit(sites["table_cms"].base_url).netloc
    assert runs == sorted([[table_cms], sorted(hosts(sites) - {table_cms})])

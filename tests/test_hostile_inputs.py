"""Every input gets one line: bad settings, conflicting options, hostile search input, a schedule that
never fires, an unknown site, a registry pattern that could hang. Short lines, never a traceback."""

from __future__ import annotations

import os
import subprocess
import time

import pytest

from tests.conftest import run_tessaban, tessaban_command


def one_line(result: subprocess.CompletedProcess, *fragments: str, status: int | None = 2) -> str:
    assert "Traceback" not in result.stderr
    assert result.returncode != 0
    if status is not None:
        assert result.returncode == status, result.stderr
    # ours ("tessaban: error: ...") or argparse's ("tessaban search: error: ...", after its usage lines)
    lines = [line for line in result.stderr.splitlines() if line.startswith("tessaban") and ": error:" in line]
    assert len(lines) == 1, result.stderr
    assert len(lines[0]) < 300, lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("setting", "fragment"),
    [
        ("TESSABAN_MAX_PAGES=-5", "at least 0"),
        ("TESSABAN_COMMIT_EVERY=0", "at least 1"),
        ("TESSABAN_RETRY_AFTER_MAX=nan", "finite"),
        ("TESSABAN_INCREMENTAL=maybe", "true or false"),
        ("TESSABAN_URL_RULES={not json", "JSON object"),
        ("TESSABAN_SELECTORS=[1, 2]", "JSON object"),
        ("CONCURRENT_REQUESTS_PER_DOMAIN=0", "at least 1"),
        ("CONCURRENT_REQUESTS=-3", "at least 1"),
        ("DOWNLOAD_TIMEOUT=-1", "greater than 0"),
        ("DOWNLOAD_TIMEOUT=0", "greater than 0"),
        ("SCHEDULER=no.such", "cannot import"),
        ("DUPEFILTER_CLASS=os.nosuchthing", "cannot import"),
        ("DOWNLOADER_MIDDLEWARES={'a': 1}", "JSON object"),
        ("LOG_LEVEL=LOUD", "LOG_LEVEL"),
        ("RETRY_TIMES=lots", "whole number"),
    ],
)
def test_unusable_settings_are_refused_before_crawling(tmp_path, setting, fragment):
    db = tmp_path / "a.db"
    result = run_tessaban("crawl", "http://127.0.0.1:9/", "--db", db, "-s", setting, timeout=60)
    one_line(result, setting.split("=")[0], fragment)
    assert not db.exists()


def test_an_unknown_tessaban_setting_is_warned_about(tmp_path):
    result = run_tessaban(
        "crawl",
        "http://127.0.0.1:9/",
        "--db",
        tmp_path / "a.db",
        "-s",
        "TESSABAN_MAX_PAGE=5",
        "-s",
        "SCHEDULER=no.such",
        timeout=60,
    )
    warnings = [line for line in result.stderr.splitlines() if line.startswith("tessaban: warning:")]
    assert len(warnings) == 1
    assert "TESSABAN_MAX_PAGE" in warnings[0] and "did you mean TESSABAN_MAX_PAGES" in warnings[0]


def test_a_job_dir_that_is_a_file_is_refused(tmp_path):
    job = tmp_path / "job"
    job.write_text("mine")
    result = run_tessaban("crawl", "http://127.0.0.1:9/", "--db", tmp_path / "a.db", "--job-dir", job)
    one_line(result, "--job-dir", "is a file")
    assert job.read_text() == "mine"


def test_two_databases_cannot_disagree(tmp_path):
    result = run_tessaban(
        "crawl", "http://127.0.0.1:9/", "--db", tmp_path / "y.db", "-s", f"TESSABAN_DB={tmp_path / 'x.db'}"
    )
    one_line(result, "TESSABAN_DB", "--db")
    assert not (tmp_path / "x.db").exists() and not (tmp_path / "y.db").exists()


@pytest.fixture
def archive(tmp_path):
    from pipelines.schema import open_database

    db = tmp_path / "archive.db"
    open_database(db).close()
    return db


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ((" ".join(f"คำ{i}" for i in range(5000)),), "at most"),
        (("เทศบาล", "--limit", "100000000000000000000"), "at most"),
        (("เทศบาล", "--limit", "-1"), "0 or more"),
        (("x" * 100_000,), "at most"),
        (("เทศบาล", "--since", "2024-13-45" * 50), "--since"),
    ],
)
def test_hostile_search_input_is_one_line(archive, args, fragment):
    one_line(run_tessaban("search", *args, "--db", archive), fragment)


def test_search_with_invalid_utf8_in_argv_is_one_line(archive):
    command = [os.fsencode(part) for part in tessaban_command()]
    result = subprocess.run(
        [*command, b"search", b"\xff\xfe\xe0\xb8", b"--db", os.fsencode(archive)], capture_output=True, timeout=60
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2 and "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("tessaban: error:")]
    assert len(errors) == 1 and "not valid UTF-8" in errors[0]


def _registry(tmp_path, extra: str = "", count: int = 1):
    registry = tmp_path / "sites.toml"
    entries = "".join(f'[sites.site{i:02d}]\nstart_urls = ["http://127.0.0.1:9/{i}"]\n' for i in range(count))
    registry.write_text(entries + extra, encoding="utf-8")
    return registry


def test_a_schedule_that_never_fires_is_refused(tmp_path, archive):
    registry = _registry(tmp_path)
    result = run_tessaban(
        "schedule", "add", "site00", "--every", "0 0 31 2 *", "--sites-file", registry, "--db", archive
    )
    one_line(result, "never fires")


def test_an_unknown_site_gets_a_short_line(tmp_path):
    registry = _registry(tmp_path, count=300)
    result = run_tessaban("crawl", "--site", "site1000", "--sites-file", registry, "--db", tmp_path / "a.db")
    line = one_line(result, "unknown site 'site1000'", "did you mean")
    assert line.count("site") < 12


def test_a_pattern_that_could_hang_is_refused_when_the_registry_is_read(tmp_path):
    registry = _registry(tmp_path, extra='[sites.trap]\nstart_urls = ["http://127.0.0.1:9/"]\ndeny = ["/(a+)+$"]\n')
    started = time.monotonic()
    result = run_tessaban("crawl", "--site", "trap", "--sites-file", registry, "--db", tmp_path / "a.db")
    one_line(result, "sites.trap", "deny", "repeats a repetition")
    assert time.monotonic() - started < 30


def test_a_long_error_is_cut_to_one_short_line(tmp_path):
    result = run_tessaban("crawl", "http://" + "a" * 5000 + ".go.th/ x", "--db", tmp_path / "a.db")
    one_line(result, "invalid URL")

"""Recurring crawls: schedule arithmetic, the CLI, and a real scheduler run over a fixture site."""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest

from crawler.cron_runner import CronRunner
from crawler.schedules import (
    ScheduleError,
    add_schedule,
    check_every,
    due_schedules,
    list_schedules,
    mark_started,
    next_due,
)
from pipelines.schema import open_database
from tests.conftest import FAST, rows, run_tessaban

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("every", "due"),
    [
        ("30m", NOW + timedelta(minutes=30)),
        ("6h", NOW + timedelta(hours=6)),
        ("1d", NOW + timedelta(days=1)),
        ("0 3 * * *", datetime(2026, 11, 24, 3, 0, tzinfo=UTC)),
        ("*/15 * * * *", NOW + timedelta(minutes=15)),
    ],
)
def test_next_due(every, due):
    assert next_due(check_every(every), NOW) == due


@pytest.mark.parametrize("every", ["soon", "0m", "6 hours", "61 * * * *", ""])
def test_bad_every(every):
    with pytest.raises(ScheduleError):
        check_every(every)


def test_jitter_delays_within_bounds():
    due = next_due("1h", NOW, jitter=300, rnd=random.Random(1))
    assert NOW + timedelta(hours=1) <= due <= NOW + timedelta(hours=1, seconds=300)


def test_catch_up_after_downtime_runs_once(tmp_path):
    db = open_database(tmp_path / "a.db")
    add_schedule(db, "banna", "1h", NOW - timedelta(days=3))  # the machine was off for three days
    (due,) = due_schedules(db, NOW)
    mark_started(db, due, NOW)
    assert due_schedules(db, NOW) == []  # one crawl, not 72
    assert list_schedules(db)[0].next_run == (NOW + timedelta(hours=1)).isoformat(timespec="seconds")


@pytest.fixture
def registry(tmp_path, sites):
    path = tmp_path / "sites.toml"
    path.write_text(f'[sites.classic]\nstart_urls = ["{sites["wp_classic"].site.articles[2].url}"]\n')
    return path


def test_schedule_commands(tmp_path, registry):
    db = tmp_path / "a.db"
    assert (
        run_tessaban("schedule", "add", "classic", "--every", "6h", "--db", db, "--sites-file", registry).returncode
        == 0
    )
    listed = run_tessaban("schedule", "list", "--db", db)
    assert listed.stdout.startswith("classic\tevery 6h\tnext ")
    for args, fragment in [
        (("add", "nowhere", "--every", "1d"), "unknown site 'nowhere'"),
        (("add", "classic", "--every", "often"), "expected an interval"),
        (("add", "classic"), "needs --every"),
        (("remove", "nowhere"), "no schedule"),
    ]:
        result = run_tessaban("schedule", *args, "--db", db, "--sites-file", registry)
        assert result.returncode == 2 and fragment in result.stderr and "Traceback" not in result.stderr
    assert run_tessaban("schedule", "remove", "classic", "--db", db).returncode == 0
    assert run_tessaban("schedule", "list", "--db", db).stdout == ""


def test_scheduler_runs_what_is_due_once(tmp_path, registry, sites):
    db = tmp_path / "a.db"
    run_tessaban("schedule", "add", "classic", "--every", "1d", "--db", db, "--sites-file", registry)
    fast = [part for pair in zip(FAST[::2], FAST[1::2], strict=True) for part in pair]
    first = run_tessaban("scheduler", "--once", "--db", db, "--sites-file", registry, *fast)
    assert first.returncode == 0 and "1 crawl run: classic" in first.stdout, first.stderr
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == len(sites["wp_classic"].site.articles)
    assert rows(db, "SELECT finish_reason FROM crawl_runs") == [("finished",)]
    second = run_tessaban("scheduler", "--once", "--db", db, "--sites-file", registry)
    assert "0 crawls run: none due" in second.stdout  # next one is a day away


def test_a_site_being_crawled_is_not_started_again(tmp_path, registry, sites):
    db_path = tmp_path / "a.db"
    db = open_database(db_path)
    add_schedule(db, "classic", "1h", NOW)
    host = urlsplit(sites["wp_classic"].base_url).netloc
    with db.atomic():  # a crawl of the same site, started by hand, still running (this process)
        db.execute(
            "INSERT INTO crawl_runs (sites, started_at, pid) VALUES (?, ?, ?)", [host, NOW.isoformat(), os.getpid()]
        )
    db.close()
    scheduler = CronRunner(str(db_path), registry)
    assert scheduler.tick(NOW + timedelta(minutes=1)) == []


def test_a_disabled_site_is_not_crawled(tmp_path, sites):
    registry = tmp_path / "sites.toml"
    registry.write_text(f'[sites.classic]\nstart_urls = ["{sites["wp_classic"].base_url}/"]\nenabled = false\n')
    db = open_database(tmp_path / "a.db")
    add_schedule(db, "classic", "1h", NOW)
    db.close()
    assert CronRunner(str(tmp_path / "a.db"), registry).tick(NOW + timedelta(minutes=1)) == []

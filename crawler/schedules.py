"""Recurring crawls: when each site is due, kept in the archive's `schedules` table.

``every`` is an interval (``45s``, ``30m``, ``6h``, ``1d``, ``2w``) or a 5-field cron expression
(``"0 3 * * *"``, UTC). After downtime a site is crawled once, not once per missed slot.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlite_utils
from croniter import CroniterBadDateError, croniter

_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


class ScheduleError(ValueError):
    """An interval or cron expression that cannot be used, or an unknown schedule."""


@dataclass(frozen=True)
class Schedule:
    site: str
    every: str
    next_run: str
    last_run: str | None


def check_every(every: str) -> str:
    """``every`` itself when it is a positive interval or a valid cron expression; else ScheduleError."""
    match = _INTERVAL.match(every)
    if match:
        if int(match.group(1)) <= 0:
            raise ScheduleError(f"the interval must be positive: {every!r}")
        return every.strip()
    if croniter.is_valid(every):
        try:  # "0 0 31 2 *" is valid but never fires: the scheduler would fail on it
            croniter(every, datetime.now(UTC), max_years_between_matches=8).get_next(datetime)
        except CroniterBadDateError:
            raise ScheduleError(f"the cron expression {every!r} never fires (no such date in 8 years)") from None
        return every.strip()
    raise ScheduleError(f"expected an interval such as 30m, 6h, 1d or a cron expression, got {every!r}")


def next_due(every: str, after: datetime, jitter: float = 0.0, rnd: random.Random | None = None) -> datetime:
    """The first due time strictly after ``after``, delayed by up to ``jitter`` seconds."""
    match = _INTERVAL.match(every)
    if match:
        due = after + timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    else:
        due = croniter(every, after).get_next(datetime)
    return due + timedelta(seconds=(rnd or random).uniform(0, jitter)) if jitter else due


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def add_schedule(db: sqlite_utils.Database, site: str, every: str, now: datetime) -> Schedule:
    """Schedule ``site`` (replacing its schedule); its first crawl is due now."""
    every = check_every(every)
    with db.atomic():
        db.execute(
            "INSERT INTO schedules (site, every, next_run, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(site) DO UPDATE SET every = excluded.every, next_run = excluded.next_run",
            [site, every, _iso(now), _iso(now)],
        )
    return Schedule(site, every, _iso(now), None)


def remove_schedule(db: sqlite_utils.Database, site: str) -> None:
    with db.atomic():
        if db.execute("DELETE FROM schedules WHERE site = ?", [site]).rowcount == 0:
            raise ScheduleError(f"no schedule for site '{site}'")


def list_schedules(db: sqlite_utils.Database) -> list[Schedule]:
    rows = db.execute("SELECT site, every, next_run, last_run FROM schedules ORDER BY next_run, site")
    return [Schedule(*row) for row in rows]


def due_schedules(db: sqlite_utils.Database, now: datetime) -> list[Schedule]:
    return [s for s in list_schedules(db) if s.next_run <= _iso(now)]


def mark_started(db: sqlite_utils.Database, schedule: Schedule, now: datetime, jitter: float = 0.0) -> str:
    """Record that the crawl of ``schedule`` started at ``now``; returns its next due time, counted
    from now (catch-up: a schedule missed for days runs once, then resumes its rhythm)."""
    due = _iso(next_due(schedule.every, now, jitter))
    with db.atomic():
        db.execute("UPDATE schedules SET last_run = ?, next_run = ? WHERE site = ?", [_iso(now), due, schedule.site])
    return due

"""The unattended scheduler: starts due crawls as `tessaban crawl --site NAME` processes.

Never two crawls of one site at once: a site is skipped while the scheduler's own crawl of it
runs, or while `crawl_runs` shows an unfinished crawl of it by a live process (one started by hand).
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from crawler.processes import process_running
from crawler.schedules import due_schedules, mark_started
from crawler.sites import find_site
from pipelines.schema import open_database
from pipelines.urls import site_of

logger = logging.getLogger(__name__)


@dataclass
class Scheduler:
    db_path: str
    sites_file: Path
    jitter: float = 0.0
    crawl_args: list[str] = field(default_factory=list)  # extra arguments for every crawl (-s ...)
    running: dict[str, subprocess.Popen] = field(default_factory=dict)

    def _busy(self, name: str, db) -> bool:
        process = self.running.get(name)
        if process is not None and process.poll() is None:
            return True
        hosts = {site_of(u) for u in find_site(name, self.sites_file).start_urls}
        unfinished = db.execute("SELECT sites, pid FROM crawl_runs WHERE finished_at IS NULL").fetchall()
        return any(hosts & set(sites.split()) and pid and process_running(pid) for sites, pid in unfinished)

    def tick(self, now: datetime | None = None) -> list[str]:
        """Start the crawls that are due and not already running; returns the sites started."""
        now = now or datetime.now(UTC)
        db = open_database(self.db_path)
        started = []
        try:
            for schedule in due_schedules(db, now):
                if not find_site(schedule.site, self.sites_file).enabled:
                    logger.info("%s is disabled in the registry: not crawled", schedule.site)
                    continue
                if self._busy(schedule.site, db):
                    logger.info("%s is due but still being crawled: skipped", schedule.site)
                    continue
                command = [
                    sys.executable,
                    "-m",
                    "crawler.cli",
                    "crawl",
                    "--site",
                    schedule.site,
                    "--sites-file",
                    str(self.sites_file),
                    "--db",
                    self.db_path,
                    *self.crawl_args,
                ]
                self.running[schedule.site] = subprocess.Popen(command, stdin=subprocess.DEVNULL)
                due = mark_started(db, schedule, now, self.jitter)
                logger.info("started the crawl of %s; next one due %s", schedule.site, due)
                started.append(schedule.site)
        finally:
            db.close()
        return started

    def wait(self) -> None:
        """Wait for the crawls this scheduler started."""
        for process in self.running.values():
            process.wait()

    def run_forever(self, poll: float = 30.0) -> None:
        while True:
            self.tick()
            for name, process in list(self.running.items()):
                if process.poll() is not None:
                    del self.running[name]
            time.sleep(poll)

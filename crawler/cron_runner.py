"""The cron runner (`tessaban scheduler`, the unattended scheduler): starts due crawls as
`tessaban crawl --site NAME ...` processes. (Scrapy's own SCHEDULERs, which order a crawl's
requests, are crawler/disk_queue.py and crawler/distributed/scheduler.py.)

The sites due at one tick are crawled together, in one process (`--site A --site B ...`): a crawl
is limited by each site's politeness, not by the machine, so hundreds of sites share one process
(and its worker processes) rather than starting one each. Sites whose registry entries give
different `settings` go to separate processes (one crawl has one value of a setting).

Never two crawls of one site at once: a site is skipped while the scheduler's own crawl of it
runs, or while `crawl_runs` shows an unfinished crawl of it by a live process (one started by hand).
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from crawler.schedules import Schedule, due_schedules, mark_started
from crawler.sites import Site, find_site, load_sites
from pipelines.processes import process_running
from pipelines.schema import open_database
from pipelines.urls import site_of

logger = logging.getLogger(__name__)


@dataclass
class CronRunner:
    db_path: str
    sites_file: Path
    jitter: float = 0.0
    crawl_args: list[str] = field(default_factory=list)  # extra arguments for every crawl (-s ...)
    running: dict[str, subprocess.Popen] = field(default_factory=dict)

    def _busy(self, site: Site, db) -> bool:
        process = self.running.get(site.name)
        if process is not None and process.poll() is None:
            return True
        hosts = {site_of(u) for u in site.start_urls}
        unfinished = db.execute("SELECT sites, pid FROM crawl_runs WHERE finished_at IS NULL").fetchall()
        return any(hosts & set(sites.split()) and pid and process_running(pid) for sites, pid in unfinished)

    def tick(self, now: datetime | None = None) -> list[str]:
        """Start the crawls that are due and not already running, together in as few processes as
        their registry settings allow; returns the sites started."""
        now = now or datetime.now(UTC)
        db = open_database(self.db_path)
        registry = load_sites(self.sites_file)
        groups: dict[str, list[Schedule]] = {}  # the sites of one crawl process, by their settings
        try:
            for schedule in due_schedules(db, now):
                site = registry.get(schedule.site) or find_site(schedule.site, self.sites_file)  # raises
                if not site.enabled:
                    logger.info("%s is disabled in the registry: not crawled", schedule.site)
                    continue
                if self._busy(site, db):
                    logger.info("%s is due but still being crawled: skipped", schedule.site)
                    continue
                groups.setdefault(json.dumps(site.settings, sort_keys=True, default=str), []).append(schedule)
            started = []
            for schedules in groups.values():
                names = [schedule.site for schedule in schedules]
                command = [
                    sys.executable,
                    "-m",
                    "crawler.cli",
                    "crawl",
                    *[part for name in names for part in ("--site", name)],
                    "--sites-file",
                    str(self.sites_file),
                    "--db",
                    self.db_path,
                    *self.crawl_args,
                ]
                process = subprocess.Popen(command, stdin=subprocess.DEVNULL)
                for schedule in schedules:
                    self.running[schedule.site] = process
                    due = mark_started(db, schedule, now, self.jitter)
                    logger.info("started the crawl of %s; next one due %s", schedule.site, due)
                logger.info("%d sites in one crawl process (pid %d)", len(names), process.pid)
                started += names
        finally:
            db.close()
        return started

    def processes(self) -> list[subprocess.Popen]:
        """The crawl processes this scheduler started (one may crawl many sites)."""
        return list({id(process): process for process in self.running.values()}.values())

    def wait(self) -> None:
        """Wait for the crawls this scheduler started."""
        for process in self.processes():
            process.wait()

    def run_forever(self, poll: float = 30.0) -> None:
        while True:
            self.tick()
            for name, process in list(self.running.items()):
                if process.poll() is not None:
                    del self.running[name]
            time.sleep(poll)

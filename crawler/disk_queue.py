"""DiskQueueScheduler: Scrapy's scheduler with its request queue on disk, with or without a job dir.

A municipal sitemap can list every post of the site: 100,000 URLs become 100,000 queued Request
objects, about 200 MB of the crawl process, held until the crawl works through them. With JOBDIR
Scrapy already queues on disk (and keeps the queue so a stopped crawl resumes); without one, this
scheduler queues in a temporary directory, removed when the crawl closes. Requests it cannot
pickle still go to the memory queue, as in Scrapy. A crawl that was killed cannot remove its
directory; the next crawl on the machine removes those whose process is gone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from scrapy.core.scheduler import Scheduler
from twisted.internet.defer import Deferred

from pipelines.processes import process_running

PREFIX = "tessaban-queue-"


def remove_orphaned_queues(parent: str | None = None) -> list[Path]:
    """Remove the queue directories left in ``parent`` (default: the temporary directory) by crawls
    that were killed: those whose process id, part of the name, no longer runs. Returns them."""
    removed = []
    for path in Path(parent or tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = path.name[len(PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not process_running(int(pid)) and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


class DiskQueueScheduler(Scheduler):
    _scratch: tempfile.TemporaryDirectory | None = None

    def _dqdir(self, jobdir: str | None) -> str | None:
        if jobdir:
            return super()._dqdir(jobdir)
        remove_orphaned_queues()
        self._scratch = tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-")
        return self._scratch.name

    def close(self, reason: str) -> Deferred[None] | None:
        closed = super().close(reason)
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
        return closed

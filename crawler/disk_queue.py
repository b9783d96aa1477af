"""DiskQueueScheduler: Scrapy's scheduler with its request queue on disk, with or without a job dir.

A municipal sitemap can list every post of the site: 100,000 URLs become 100,000 queued Request
objects, about 200 MB of the crawl process, held until the crawl works through them. With JOBDIR
Scrapy already queues on disk (and keeps the queue so a stopped crawl resumes); without one, this
scheduler queues in a temporary directory, removed when the crawl closes. Requests it cannot
pickle still go to the memory queue, as in Scrapy.
"""

from __future__ import annotations

import tempfile

from scrapy.core.scheduler import Scheduler
from twisted.internet.defer import Deferred


class DiskQueueScheduler(Scheduler):
    _scratch: tempfile.TemporaryDirectory | None = None

    def _dqdir(self, jobdir: str | None) -> str | None:
        if jobdir:
            return super()._dqdir(jobdir)
        self._scratch = tempfile.TemporaryDirectory(prefix="tessaban-queue-")
        return self._scratch.name

    def close(self, reason: str) -> Deferred[None] | None:
        closed = super().close(reason)
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
        return closed

"""Process pools for the CPU-bound work of a crawl (page parsing, extraction), off the reactor thread.

A module without Scrapy: worker processes import it to run their initializer.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from crawler.processes import process_running

#: How often a worker checks that the crawl that started it is still alive (seconds).
ORPHAN_CHECK_INTERVAL = 1.0


def default_workers() -> int:
    """Worker processes per pool: one per core beyond the one the reactor (fetching, storing) runs on."""
    return max(0, (os.cpu_count() or 1) - 1)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes that exit by themselves when the calling process dies.

    Workers come from a forkserver, so they never inherit the running reactor. ProcessPoolExecutor's
    workers wait on their task queue for ever once the crawl is killed (SIGKILL, out of memory): each
    killed crawl left its workers (about 150 MB each) and their forkserver behind. So every worker
    watches the crawl's process id."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=exit_with, initargs=(os.getpid(),))


def exit_with(pid: int) -> None:
    """Worker initializer: end this process soon after process ``pid`` is gone."""

    def watch() -> None:
        while process_running(pid, ours=True):
            time.sleep(ORPHAN_CHECK_INTERVAL)
        os._exit(0)  # nothing to clean up: the crawl that wanted the results is gone

    threading.Thread(target=watch, name="tessaban-orphan-watch", daemon=True).start()

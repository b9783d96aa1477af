"""pipelines.worker_pool.WorkerPool on real worker processes: pages queued while every worker is busy
are handed out as workers come free, without waking the dispatcher for each of them; a busy worker
already holds its next page (it waits in the worker's pipe), and such a page is neither lost nor
charged when the page before it ends its worker."""

from __future__ import annotations

import time

from pipelines.worker_pool import PageBounds, PageOverBound, WorkerPool


def square(n: int) -> int:
    return n * n


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


class CountingPool(WorkerPool):
    """The real pool, counting the dispatcher's wake-ups (each a system call that hands the GIL over)."""

    def __init__(self, workers: int) -> None:
        self.wakes = 0
        super().__init__(workers)

    def _wake(self) -> None:
        self.wakes += 1
        super()._wake()


def test_pages_queued_while_every_worker_is_busy_need_no_wake_up_and_all_come_back():
    pool = CountingPool(2)
    try:
        busy = [pool.submit(nap, 1.5) for _ in range(2)]
        deadline = time.monotonic() + 30
        while not all(future.running() for future in busy) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert all(future.running() for future in busy)
        before = pool.wakes
        queued = [pool.submit(square, n) for n in range(200)]
        # Both workers are on their naps: a wake-up lets the dispatcher give each its next page, and none
        # of the others could be handed out any sooner. A page queued after the dispatcher looked wakes
        # it once more (a fresh-clone CI run, the machine loaded: 2), never once a page.
        assert pool.wakes - before <= 5, pool.wakes - before
        assert [future.result(timeout=60) for future in queued] == [n * n for n in range(200)]
        assert [future.result(timeout=5) for future in busy] == [1.5, 1.5]
        # With a worker free, a page wakes the dispatcher at once.
        before = pool.wakes
        assert pool.submit(square, 7).result(timeout=30) == 49
        assert pool.wakes - before == 1
    finally:
        pool.shutdown()


def wait_until(condition, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def test_a_busy_worker_already_holds_its_next_page():
    """The next page is in the worker's pipe while the page before runs: it starts the moment that one
    ends, not after a round trip through the dispatcher thread (which must win the GIL from the reactor
    thread first; bench.crawl's extraction worker was a third idle)."""
    pool = WorkerPool(1)
    try:
        first = pool.submit(nap, 0.8)
        assert wait_until(first.running)
        second, third = pool.submit(square, 3), pool.submit(square, 4)
        assert wait_until(second.running, 0.5) and not first.done()
        assert not third.running()  # one page waits in a worker's pipe, no more
        assert [f.result(timeout=30) for f in (first, second, third)] == [0.8, 9, 16]
    finally:
        pool.shutdown()


def test_the_page_waiting_behind_one_that_went_over_its_bound_is_done_by_a_fresh_worker():
    pool = WorkerPool(1, PageBounds(seconds=1.0, memory_mb=0))
    try:
        endless = pool.submit(nap, 60)
        assert wait_until(endless.running)
        waiting = pool.submit(square, 5)
        assert wait_until(waiting.running, 0.5)  # handed to the worker that is about to be killed
        try:
            endless.result(timeout=30)
            raise AssertionError("the page over its bound came back")
        except PageOverBound:
            pass
        assert waiting.result(timeout=30) == 25
    finally:
        pool.shutdown()


def test_a_waiting_page_is_bounded_from_when_it_starts():
    """Its time bound runs from the end of the page before it, not from when it was handed over."""
    pool = WorkerPool(1, PageBounds(seconds=1.5, memory_mb=0))
    try:
        futures = [pool.submit(nap, 1.0) for _ in range(3)]
        assert [f.result(timeout=30) for f in futures] == [1.0, 1.0, 1.0]
    finally:
        pool.shutdown()

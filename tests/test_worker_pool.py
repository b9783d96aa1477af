"""pipelines.worker_pool.WorkerPool on real worker processes: pages queued while every worker is busy
are handed out as workers come free, without waking the dispatcher for each of them."""

from __future__ import annotations

import time

from pipelines.worker_pool import WorkerPool


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
        # Both workers are on their naps: none of the 200 pages could be handed out any sooner.
        assert pool.wakes - before <= 1, pool.wakes - before
        assert [future.result(timeout=60) for future in queued] == [n * n for n in range(200)]
        assert [future.result(timeout=5) for future in busy] == [1.5, 1.5]
        # With a worker free, a page wakes the dispatcher at once.
        before = pool.wakes
        assert pool.submit(square, 7).result(timeout=30) == 49
        assert pool.wakes - before == 1
    finally:
        pool.shutdown()

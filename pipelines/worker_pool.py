"""Process pools for the CPU-bound work of a crawl (page parsing, extraction), off the reactor thread.

A module without Scrapy: worker processes import it to run their loop.

Why not ``concurrent.futures.ProcessPoolExecutor``: one dead worker (the OOM killer, a stray SIGKILL,
Ctrl-C reaching the whole process group) breaks it for good, every page in flight and every later page
then fails with ``BrokenProcessPool``; and it has no way to stop one page that runs for ever or grows
without end. Here each worker runs one page at a time (the next one waits in its pipe, to start the
moment the one before ends), so the pool knows which page a dead worker was on: a page whose worker
died of something outside it is given to a fresh worker, a page that took its worker over the time or
memory bound fails with that reason, and the worker is replaced either way (a page waiting behind it
is given to another worker as it is).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from pipelines.processes import process_running

logger = logging.getLogger(__name__)

#: How often a worker checks that the crawl that started it is still alive (seconds).
ORPHAN_CHECK_INTERVAL = 1.0
#: How often the pool reads the memory of its busy workers (seconds).
MEMORY_CHECK_INTERVAL = 0.1
#: Times a page is given to a fresh worker after its worker died of something outside the page.
RETRIES = 2
#: A page running longer than this (seconds) is slow: the pool starts a spare worker beside it, so
#: that one slow page (up to its bound) does not hold up every other page behind it.
SLOW_PAGE = 1.0
#: Pages handed to a worker at once: the one it runs and the next, waiting in its pipe.
PREFETCH = 2
#: Seconds a worker has to exit when the pool shuts down before it is killed.
EXIT_GRACE = 5.0
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


class PageOverBound(Exception):
    """A page took its worker over the time or memory bound per page: the worker was replaced."""


class WorkerLost(Exception):
    """A page's worker died each time it was given the page (the page is the likely cause)."""


@dataclass(frozen=True)
class PageBounds:
    """What one page may cost a worker: seconds of wall time, and resident memory (MB) of the worker."""

    seconds: float = 30.0
    memory_mb: int = 1024

    @classmethod
    def from_settings(cls, settings: Any) -> PageBounds:
        """``TESSABAN_PAGE_TIMEOUT`` and ``TESSABAN_WORKER_MEMORY`` of a Scrapy settings object (0: no bound)."""
        return cls(
            settings.getfloat("TESSABAN_PAGE_TIMEOUT", cls.seconds),
            settings.getint("TESSABAN_WORKER_MEMORY", cls.memory_mb),
        )


#: The bounds when no setting says otherwise.
NO_SETTINGS = PageBounds()
#: Bounds of pools made without explicit ones; the crawl sets them from its settings (configure()).
_default_bounds = NO_SETTINGS


def configure(bounds: PageBounds) -> None:
    """Bounds for every pool this process makes from now on without its own (the spider's pool is made
    after the extraction pipeline read the crawl's settings)."""
    global _default_bounds
    _default_bounds = bounds


def default_workers() -> int:
    """Worker processes per pool: one per core beyond the one the reactor (fetching, storing) runs on,
    and at least one, since only a worker can be stopped when a page goes over its bounds."""
    return max(1, (os.cpu_count() or 1) - 1)


def worker_pool(workers: int, bounds: PageBounds | None = None) -> WorkerPool:
    """A pool of ``workers`` processes that replaces dead workers, bounds every page, and whose
    workers exit by themselves when the calling process dies."""
    return WorkerPool(workers, bounds or _default_bounds)


@dataclass(eq=False)
class _Task:
    future: Future
    fn: Callable
    args: tuple
    kwargs: dict
    deaths: int = 0  # workers that died while on this task, of something outside it
    started: bool = False  # its future was set running (a retried task is not set again)


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    tasks: deque[_Task] = field(default_factory=deque)  # handed over, in order: the first is running
    since: float = 0.0  # when the running task started (monotonic): handed over, or its predecessor done
    killed_for: str | None = None  # why the pool killed it, when it did
    quitting: bool = False  # asked to exit: no more pages

    @property
    def task(self) -> _Task | None:
        """The page the worker is on (the others wait in its pipe)."""
        return self.tasks[0] if self.tasks else None


class WorkerPool(Executor):
    """An executor of worker processes (from a forkserver, so they never inherit the running reactor)
    that heals itself: ``loop.run_in_executor(pool, fn, *args)`` and ``shutdown()`` as for any executor.

    A worker ignores SIGINT (Ctrl-C in a terminal reaches the whole process group; the crawl decides
    how to stop, and pages in flight finish). A dead worker is replaced; the page it was on is retried
    up to ``RETRIES`` times (then fails with ``WorkerLost``), unless the pool killed it for going over
    ``bounds`` (the page fails with ``PageOverBound``)."""

    def __init__(self, workers: int, bounds: PageBounds = NO_SETTINGS, retries: int = RETRIES) -> None:
        self.size = max(1, workers)
        self.bounds = bounds
        self.retries = retries
        self._context = multiprocessing.get_context("forkserver")
        self._queue: deque[_Task] = deque()
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        self._wake_read, wake_write = os.pipe()
        self._wake_write: int | None = wake_write
        self._woken = False  # a wake-up is written and the dispatcher has not read it yet
        self._memory_read = 0.0  # when the busy workers' memory was last read (_check_bounds)
        os.set_blocking(wake_write, False)  # a wake-up never blocks a caller
        self._shutdown = False
        self._thread = threading.Thread(target=self._run, name="tessaban-worker-pool", daemon=True)
        self._thread.start()

    # -- the executor interface ------------------------------------------------------------------
    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            self._queue.append(_Task(future, fn, args, kwargs))
            # With every worker busy the dispatcher hands the page out when a result comes back, and once
            # it has been woken it sees every page queued until it looks: no wake-up then. A wake-up is a
            # system call that gives the GIL to the dispatcher thread, and the caller (the crawl's reactor
            # thread, for every page) waited for it back: 6 % of its time.
            wake = not self._woken and self._free_worker()
            self._woken |= wake
        if wake:
            self._wake()
        return future

    def _free_worker(self) -> bool:
        """A worker has room for a page (idle, or running one with none waiting in its pipe), or one more
        may be started (called with the lock held). A worker's tasks are set by the dispatcher without
        the lock, but only before it next looks at the queue, so a page queued while its worker looked
        full is handed out on that look."""
        live = [w for w in self._workers if not w.quitting]
        return len(live) < self.size or any(len(w.tasks) < PREFETCH for w in live)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Let running pages finish (each within its bound), then stop the workers."""
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while self._queue:
                    task = self._queue.popleft()
                    if task.started:  # a retried page: its caller is waiting for it
                        task.future.set_exception(WorkerLost("the pool shut down before the page could be retried"))
                    else:
                        task.future.cancel()
        self._wake()
        if wait:
            self._thread.join()

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers (for tests and diagnostics)."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid is not None]

    # -- the dispatcher thread -------------------------------------------------------------------
    def _wake(self) -> None:
        """Make the dispatcher look again (a page queued, a shutdown); nothing once the pool is gone."""
        with self._lock:  # once closed, the descriptor's number may belong to another file
            if self._wake_write is not None:
                with contextlib.suppress(OSError):  # the pipe is full: the dispatcher wakes anyway
                    os.write(self._wake_write, b"x")

    def _run(self) -> None:
        try:
            while self._step():
                pass
        except Exception:  # a bug here must not leave callers waiting for ever
            logger.exception("worker pool failed")
            self._fail_all(RuntimeError("the worker pool failed"))
        finally:
            self._stop_workers()
            with self._lock:
                os.close(self._wake_read)
                if self._wake_write is not None:  # set to None only here, when the one dispatcher thread ends
                    os.close(self._wake_write)
                self._wake_write = None

    def _step(self) -> bool:
        """Hand out pages, wait for results, deaths or a deadline, deal with them; False when done."""
        self._dispatch()
        busy = [w for w in self._workers if w.task is not None]
        with self._lock:
            if self._shutdown and not busy and not self._queue:
                return False
        waitables: list[Any] = [self._wake_read]
        waitables += [w.conn for w in busy] + [w.process.sentinel for w in self._workers]
        ready = wait(waitables, timeout=self._next_check(busy))
        if self._wake_read in ready:
            with self._lock:  # pages queued from now on need a wake-up of their own
                self._woken = False
                os.read(self._wake_read, 4096)
        for worker in busy:
            if worker.conn in ready:
                self._receive(worker)
        for worker in list(self._workers):
            if worker.process.sentinel in ready or not worker.process.is_alive():
                self._lost(worker)
        self._check_bounds()
        self._retire_spares()
        return True

    def _next_check(self, busy: list[_Worker]) -> float | None:
        """Seconds until a busy worker must be looked at again (its memory, its deadline)."""
        if not busy:
            return None
        now = time.monotonic()
        delays = [MEMORY_CHECK_INTERVAL] if self.bounds.memory_mb > 0 else []
        if self.bounds.seconds > 0:
            delays += [max(0.0, w.since + self.bounds.seconds - now) for w in busy]
        if self._queue:  # pages wait: look again when a running page turns slow (a spare worker)
            delays += [w.since + SLOW_PAGE - now for w in busy if w.since + SLOW_PAGE > now]
        return min(delays) if delays else None

    def _capacity(self) -> int:
        """Workers the pool may run now: its size, plus a spare one for each slow page (at most twice
        its size), so that pages keep going while slow ones run to their end or their bound."""
        now = time.monotonic()
        slow = sum(1 for w in self._workers if w.task is not None and now - w.since > SLOW_PAGE)
        return min(2 * self.size, self.size + slow)

    def _retire_spares(self) -> None:
        """Stop idle workers beyond the current capacity (spares whose slow page has ended)."""
        extra = len([w for w in self._workers if not w.quitting]) - self._capacity()
        for worker in [w for w in self._workers if w.task is None and not w.quitting][: max(0, extra)]:
            worker.quitting = True
            with contextlib.suppress(OSError, ValueError):  # already dead
                worker.conn.send(None)

    def _dispatch(self) -> None:
        """Give queued pages to idle workers, starting workers up to the pool's size."""
        while True:
            with self._lock:
                if not self._queue:
                    return
                live = [w for w in self._workers if not w.quitting]
                idle = next((w for w in live if not w.tasks), None)
                if idle is None and len(live) >= self._capacity():
                    # Every worker busy: the next page waits in the pipe of one whose page is not slow, so
                    # it starts the moment that page ends, without a round trip through this thread (which
                    # must first win the GIL from the reactor thread: the workers were a third idle).
                    now = time.monotonic()
                    idle = next((w for w in live if len(w.tasks) < PREFETCH and now - w.since <= SLOW_PAGE), None)
                    if idle is None:
                        return
                task = self._queue.popleft()
            if not task.started:
                if not task.future.set_running_or_notify_cancel():
                    continue  # cancelled while it waited
                task.started = True
            worker = idle or self._start_worker(task)
            if worker is None:
                continue
            try:
                worker.conn.send((task.fn, task.args, task.kwargs))
            except (OSError, ValueError) as exc:  # the worker died meanwhile: _lost() retries the task
                logger.debug("could not hand a page to worker %s: %s", worker.process.pid, exc)
            except Exception as exc:  # the task itself cannot be pickled: the caller's error
                task.future.set_exception(exc)
                continue
            if not worker.tasks:
                worker.since = time.monotonic()
            worker.tasks.append(task)

    def _start_worker(self, task: _Task) -> _Worker | None:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(theirs, os.getpid()), daemon=True, name="tessaban-worker")
        try:
            process.start()
        except Exception as exc:  # out of processes or memory: this page fails, the next one tries again
            ours.close()
            theirs.close()
            task.future.set_exception(WorkerLost(f"no worker could be started: {exc}"))
            return None
        theirs.close()
        worker = _Worker(process, ours)
        with self._lock:
            self._workers.append(worker)
        return worker

    def _receive(self, worker: _Worker) -> None:
        try:
            outcome, value = worker.conn.recv()
        except (EOFError, OSError):
            return  # it died: its sentinel says so
        task = worker.tasks.popleft() if worker.tasks else None
        worker.since = time.monotonic()  # the next page in its pipe starts now
        if task is None or task.future.done():
            return
        if outcome == "ok":
            task.future.set_result(value)
        else:
            task.future.set_exception(value)

    def _lost(self, worker: _Worker) -> None:
        """A worker ended: replace it (lazily, at the next page) and settle the page it was on."""
        worker.process.join(0.5)
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)
        worker.conn.close()
        task = worker.task
        waiting = list(worker.tasks)[1:]  # handed over but never started: given to another worker as they are
        worker.tasks.clear()
        if waiting:
            with self._lock:
                self._queue.extendleft(reversed(waiting))
        if task is None or task.future.done():
            return
        if worker.killed_for is not None:
            task.future.set_exception(PageOverBound(worker.killed_for))
            return
        task.deaths += 1
        code = worker.process.exitcode
        how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit status {code}"
        if task.deaths > self.retries:
            task.future.set_exception(WorkerLost(f"its worker died {task.deaths} times on this page (last: {how})"))
            return
        logger.warning("a worker died (%s) while on a page: a fresh worker takes the page again", how)
        with self._lock:
            self._queue.appendleft(task)

    def _check_bounds(self) -> None:
        """Kill busy workers over the time or memory bound (``_lost`` then fails their page)."""
        now = time.monotonic()
        # Memory is read every MEMORY_CHECK_INTERVAL, not at every result (hundreds a second: 0.7 % of the crawl
        # process's samples in bench.profile went to reading /proc).
        read_memory = now - self._memory_read >= MEMORY_CHECK_INTERVAL
        if read_memory:
            self._memory_read = now
        for worker in self._workers:
            if worker.task is None or worker.killed_for is not None:
                continue
            seconds, memory = self.bounds.seconds, self.bounds.memory_mb
            if seconds > 0 and now - worker.since > seconds:
                worker.killed_for = f"page over the time bound ({seconds:g} s, TESSABAN_PAGE_TIMEOUT)"
            elif read_memory and memory > 0 and (rss := _rss_mb(worker.process.pid)) > memory:
                worker.killed_for = f"page over the memory bound ({rss:,} MB > {memory:,} MB, TESSABAN_WORKER_MEMORY)"
            if worker.killed_for is not None:
                logger.warning("%s: worker %s killed and replaced", worker.killed_for, worker.process.pid)
                worker.process.kill()

    def _fail_all(self, exc: Exception) -> None:
        with self._lock:
            tasks = [task for w in self._workers for task in w.tasks] + list(self._queue)
            self._queue.clear()
        for task in tasks:
            if not task.future.done():
                task.future.set_exception(exc)

    def _stop_workers(self) -> None:
        """Ask idle workers to exit, and kill those that do not within EXIT_GRACE seconds."""
        for worker in self._workers:
            worker.quitting = True
            with contextlib.suppress(OSError, ValueError):  # already dead
                worker.conn.send(None)
        deadline = time.monotonic() + EXIT_GRACE
        for worker in self._workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1.0)
            worker.conn.close()
        self._workers.clear()


def _rss_mb(pid: int | None) -> int:
    """Resident memory of process ``pid`` in MB (0 when it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * _PAGE_SIZE // (1024 * 1024)
    except (OSError, ValueError, IndexError):
        return 0


def _serve(conn: Connection, parent: int) -> None:
    """A worker's loop: run each (fn, args, kwargs) sent, send back ("ok", result) or ("error", exc)."""
    # Ctrl-C in a terminal signals the whole process group: the crawl decides how to stop, and the
    # pages in flight must finish rather than fail.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with(parent)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the pool is gone
        if task is None:
            return
        fn, args, kwargs = task
        try:
            reply: tuple[str, Any] = ("ok", fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - whatever the page raised is the caller's answer
            reply = ("error", exc)
        try:
            conn.send(reply)
        except Exception as exc:  # an unpicklable result or exception: say what it was
            conn.send(("error", RuntimeError(f"{type(reply[1]).__name__} could not be sent back: {exc}")))
        if isinstance(reply[1], MemoryError):
            return  # the heap may be in pieces: a fresh worker takes the next page


def exit_with(pid: int) -> None:
    """End this process soon after process ``pid`` is gone, even in the middle of a page."""

    def watch() -> None:
        while process_running(pid, ours=True):
            time.sleep(ORPHAN_CHECK_INTERVAL)
        os._exit(0)  # nothing to clean up: the crawl that wanted the results is gone

    threading.Thread(target=watch, name="tessaban-orphan-watch", daemon=True).start()

"""Memory of a whole process tree (a crawl and its worker processes), sampled from /proc while it runs.

    python -m bench.memory [--posts 100000]     # a long crawl alone, against the 500 MB target

Linux only (reads /proc). Two figures per sample: the sum of every process's RSS (what the README's
"peak RSS" means; it counts pages shared between the workers and their forkserver once per process,
so it is an upper bound of the memory the tree really holds) and the sum of PSS (shared pages split
between the processes that share them). Each process's own peak (VmHWM) is kept too: their sum
bounds the tree's peak even between samples.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.sites.processes import PROC, descendants


def _status_kb(pid: int, *names: str) -> dict[str, int]:
    """``VmRSS``/``VmHWM``... of a process from /proc/PID/status, in kB (empty when it is gone)."""
    found: dict[str, int] = {}
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in names:
                found[name] = int(value.split()[0])
    except (OSError, ValueError):
        return {}
    return found


def _cpu_ticks(pid: int) -> int:
    """User + system CPU time of a process so far, in clock ticks (0 when it is gone)."""
    return _stat_ticks(f"/proc/{pid}/stat")


def _thread_ticks(pid: int) -> dict[int, int]:
    """User + system CPU time of each thread of a process so far, in clock ticks, by thread id."""
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return {}
    return {int(tid): _stat_ticks(f"/proc/{pid}/task/{tid}/stat") for tid in tids}


def _stat_ticks(path: str) -> int:
    """utime + stime of a process's or a thread's ``stat`` file, in clock ticks (0 when it is gone)."""
    try:
        with open(path, encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()  # after the command name, which may hold spaces
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of proc(5)


def _pss_kb(pid: int) -> int:
    try:
        for line in (PROC / str(pid) / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def role(pid: int, root: int) -> str:
    """What a process of a crawl's tree is: the crawl itself, a worker, the forkserver, ..."""
    if pid == root:
        return "crawl process"
    try:
        command = (PROC / str(pid) / "cmdline").read_bytes()
    except OSError:
        return "gone"
    if b"resource_tracker" in command:
        return "resource tracker"
    if b"forkserver" in command:  # the forkserver and the workers it forked share its command line
        return "worker" if _status_kb(pid, "VmRSS").get("VmRSS", 0) > 20 * 1024 else "forkserver"
    return "other"


@dataclass(frozen=True)
class Sample:
    seconds: float  # since sampling started
    progress: int  # whatever the caller counts (pages served so far)
    processes: int
    rss_mb: float  # sum over the tree
    pss_mb: float  # sum over the tree
    main_rss_mb: float  # the root process alone
    by_process: tuple[tuple[int, float], ...] = ()  # (pid, RSS MB), largest first


@dataclass
class TreeMemory:
    """Samples the memory of ``root``'s process tree every ``interval`` seconds in a thread."""

    root: int
    progress: Callable[[], int] = lambda: 0
    interval: float = 1.0
    samples: list[Sample] = field(default_factory=list)
    peaks_kb: dict[int, int] = field(default_factory=dict)  # pid -> its VmHWM, last read
    roles: dict[int, str] = field(default_factory=dict)  # pid -> role()
    cpu_ticks: dict[int, int] = field(default_factory=dict)  # pid -> its user + system CPU time, last read
    # (pid, thread id) -> the thread's CPU time, last read: where a process's time goes, counted by the
    # kernel (a sampling profiler counts a thread waiting in poll() as busy)
    thread_ticks: dict[tuple[int, int], int] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def sample(self) -> Sample | None:
        rss = pss = main = 0
        tree = descendants(self.root)
        by_process = []
        for pid in tree:
            status = _status_kb(pid, "VmRSS", "VmHWM")
            if not status:
                continue
            rss += status.get("VmRSS", 0)
            by_process.append((pid, status.get("VmRSS", 0) / 1024))
            if pid not in self.roles:
                self.roles[pid] = role(pid, self.root)
            pss += _pss_kb(pid)
            self.peaks_kb[pid] = max(self.peaks_kb.get(pid, 0), status.get("VmHWM", 0))
            self.cpu_ticks[pid] = max(self.cpu_ticks.get(pid, 0), _cpu_ticks(pid))
            for tid, ticks in _thread_ticks(pid).items():
                self.thread_ticks[pid, tid] = max(self.thread_ticks.get((pid, tid), 0), ticks)
            if pid == self.root:
                main = status.get("VmRSS", 0)
        if not rss:
            return None
        return Sample(
            time.perf_counter() - self._started,
            self.progress(),
            len(tree),
            rss / 1024,
            pss / 1024,
            main / 1024,
            tuple(sorted(by_process, key=lambda p: -p[1])),
        )

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            sample = self.sample()
            if sample is not None:
                self.samples.append(sample)

    def __enter__(self) -> TreeMemory:
        self._started = time.perf_counter()
        self._thread = threading.Thread(target=self._run, name="tree-memory", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    @property
    def cpu_seconds(self) -> float:
        """CPU time of every process of the tree, as last sampled (up to ``interval`` per process unseen)."""
        return sum(self.cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")

    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds by where they were spent: the root process's main thread and its other threads,
        then each other process by its role (``worker``, ``worker 2``, ...), largest first."""
        tick = os.sysconf("SC_CLK_TCK")
        spent = {"main thread": 0.0, "other threads": 0.0}
        by_process: dict[int, float] = {}
        for (pid, tid), ticks in self.thread_ticks.items():
            if pid == self.root:
                spent["main thread" if tid == pid else "other threads"] += ticks / tick
            else:
                by_process[pid] = by_process.get(pid, 0.0) + ticks / tick
        for pid, seconds in sorted(by_process.items(), key=lambda item: -item[1]):
            role = self.roles.get(pid, "other")
            label, number = role, 2
            while label in spent:  # several processes of one role: numbered
                label, number = f"{role} {number}", number + 1
            spent[label] = seconds
        return spent

    @property
    def peak_rss_mb(self) -> float:
        """The largest sampled sum of RSS over the tree."""
        return max((s.rss_mb for s in self.samples), default=0.0)

    @property
    def peak_sample(self) -> Sample | None:
        return max(self.samples, key=lambda s: s.rss_mb, default=None)

    def breakdown(self, sample: Sample) -> str:
        """``crawl process 180 MB, worker 220 MB, ...`` for one sample."""
        return ", ".join(f"{self.roles.get(pid, '?')} {mb:.0f}" for pid, mb in sample.by_process) + " (MB)"

    @property
    def peak_pss_mb(self) -> float:
        return max((s.pss_mb for s in self.samples), default=0.0)

    @property
    def peaks_sum_mb(self) -> float:
        """Sum of each process's own peak RSS: an upper bound of the tree's peak, samples or not."""
        return sum(self.peaks_kb.values()) / 1024

    def at_fractions(self, total: int, steps: int = 10) -> list[tuple[int, Sample]]:
        """The first sample at or past each tenth (by default) of ``total`` progress."""
        picked = []
        for step in range(1, steps + 1):
            goal = total * step / steps
            sample = next((s for s in self.samples if s.progress >= goal), None)
            if sample is None and step == steps and self.samples:
                sample = self.samples[-1]
            if sample is not None:
                picked.append((100 * step // steps, sample))
        return picked


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.memory [--posts 100000]``: the memory of a long `tessaban crawl` alone (no
    bare spider; ``python -m bench.crawl --posts N`` measures both), against the 500 MB target."""
    import argparse
    import tempfile
    from pathlib import Path

    from bench.crawl import CONCURRENCY, HOST, RSS_TARGET_MB, TESSABAN, measure
    from bench.fixture_server import FastSites, bind
    from tests.sites.families import news_large
    from tests.sites.harness import FAST

    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=main.__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args(argv)
    sock, base_url = bind(HOST)
    site = news_large.build(base_url, posts=args.posts)
    with tempfile.TemporaryDirectory() as tmp, FastSites([sock], [site]) as server:
        figures = measure(
            TESSABAN,
            "crawl",
            base_url + "/",
            "--db",
            str(Path(tmp) / "archive.db"),
            *FAST,
            "-s",
            f"CONCURRENT_REQUESTS={CONCURRENCY}",
            "-s",
            f"CONCURRENT_REQUESTS_PER_DOMAIN={CONCURRENCY}",
            "-s",
            "TESSABAN_PROGRESS=false",
            progress=server.requests,
        )
        pages = server.requests()
    memory: TreeMemory = figures["memory"]
    print(f"site: {args.posts} posts; tessaban crawl: {pages} requests in {figures['seconds']:.0f} s")
    peak_sample = memory.peak_sample
    if peak_sample is not None:
        print(
            f"at the peak ({peak_sample.seconds:.0f} s, {peak_sample.progress} requests served): "
            f"{memory.breakdown(peak_sample)}"
        )
    for percent, s in memory.at_fractions(pages):
        print(f"  {percent:3d}%  {s.progress:7d} requests  RSS {s.rss_mb:6.0f} MB  PSS {s.pss_mb:6.0f} MB")
    peak = max(memory.peak_rss_mb, memory.peaks_sum_mb)
    verdict = "PASS" if peak < RSS_TARGET_MB else "FAIL"
    print(
        f"peak RSS of the whole crawl {peak:.0f} MB (the larger of the sampled peak, {memory.peak_rss_mb:.0f} MB, "
        f"and the sum of each process's own peak; crawl process {figures['rss_mb']:.0f} MB): {verdict} "
        f"against {RSS_TARGET_MB} MB"
    )
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())

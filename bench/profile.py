"""Where a crawl's CPU time goes: `tessaban crawl` of the local news site under py-spy.

    pip install -e '.[profile]'     # py-spy
    python -m bench.profile [--posts 5000] [--raw PATH]

The site is served as bench.crawl serves it (bench.fixture_server, a process of its own), at the
same concurrency.

py-spy samples every process of the crawl (the crawl process and its worker processes) 100 times a
second, GIL or not, from outside. The report sums the samples per process role and, for the crawl
process's reactor thread (whose time is what limits fetching), per component and per function that
was running (its own time, not its callees').
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench.crawl import CONCURRENCY, HOST
from bench.fixture_server import FastSites, bind
from tests.sites.families import news_large
from tests.sites.harness import FAST

# The first matching pattern of a frame's file names the component.
COMPONENTS = [
    ("SQLite writes and reads (sqlite3, sqlite-utils)", r"sqlite3|sqlite_utils"),
    ("tessaban store and dedup (pipelines)", r"(^|/)pipelines/"),
    ("tessaban crawl components (crawler)", r"(^|/)crawler/"),
    ("Twisted and asyncio (network, event loop)", r"twisted|asyncio|selectors"),
    ("Scrapy (engine, scheduler, middlewares, HTTP)", r"scrapy|queuelib|w3lib|parsel"),
    ("multiprocessing (sending work to the workers)", r"multiprocessing|concurrent/futures|pickle"),
]
FRAME = re.compile(r"^(?P<function>.*) \((?P<file>[^()]*?)(?::\d+)?\)$")


def summarise(raw: Path) -> dict:
    """Samples per process role and thread, and for the reactor thread per component and function."""
    roles: Counter[str] = Counter()
    components: Counter[str] = Counter()
    functions: Counter[str] = Counter()
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = stack.split(";")
        # py-spy prefixes each stack with the chain of processes down to the sampled one: the crawl it
        # started, then for a worker its forkserver and itself. (A command line may contain ";".)
        processes = sum(f.startswith("process ") for f in frames)
        code = [m for m in map(FRAME.match, frames) if m and not m["function"].startswith("process ")]
        if processes > 1:
            roles["worker processes"] += int(count)
            continue
        if not code or code[0]["function"] != "_run_module_as_main":
            roles["crawl process, other threads"] += int(count)  # the pool's feeder threads, ...
            continue
        roles["crawl process, reactor thread"] += int(count)
        leaf = code[-1]
        functions[f"{leaf['function']} ({leaf['file']})"] += int(count)
        # The component is that of the innermost frame that belongs to one.
        for m in reversed(code):
            name = next((n for n, pattern in COMPONENTS if re.search(pattern, m["file"])), None)
            if name:
                components[name] += int(count)
                break
        else:
            components["other"] += int(count)
    return {"roles": roles, "components": components, "functions": functions}


def print_report(summary: dict, top: int = 15) -> None:
    roles, components, functions = summary["roles"], summary["components"], summary["functions"]
    total = sum(roles.values()) or 1
    print("samples (100 a second of each busy thread):")
    for name, n in roles.most_common():
        print(f"  {name:<30} {n:8d}  {100 * n / total:5.1f}%")
    crawl = roles["crawl process, reactor thread"] or 1
    print("reactor thread, by component (that of the innermost frame that has one):")
    for name, n in components.most_common():
        print(f"  {100 * n / crawl:5.1f}%  {name}")
    print(f"reactor thread, top {top} functions by own time:")
    for name, n in functions.most_common(top):
        print(f"  {100 * n / crawl:5.1f}%  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--raw", type=Path, metavar="PATH", help="also keep py-spy's collapsed stacks in PATH")
    args = parser.parse_args(argv)
    py_spy = shutil.which("py-spy")
    if py_spy is None:
        print("bench.profile: py-spy is not installed (pip install py-spy)", file=sys.stderr)
        return 2
    sock, base_url = bind(HOST)
    site = news_large.build(base_url, posts=args.posts)
    with tempfile.TemporaryDirectory() as tmp, FastSites([sock], [site]) as server:
        raw = args.raw or Path(tmp) / "stacks.txt"
        command = [
            py_spy,
            "record",
            "--subprocesses",
            "--rate",
            "100",
            "--format",
            "raw",
            "--output",
            str(raw),
            "--",
            sys.executable,
            "-m",
            "crawler.cli",
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
        ]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0 or not raw.exists():
            print(f"bench.profile: py-spy failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
            return 1
        summary_line = next((line for line in done.stdout.splitlines() if " pages stored, " in line), "")
        print(f"site: {args.posts} posts on {HOST}; {server.requests()} requests served under py-spy")
        print(f"tessaban crawl: {summary_line}")
        print_report(summarise(raw))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

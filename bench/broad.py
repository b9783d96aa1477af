"""Many sites at once: 200 small sites on their own loopback addresses, crawled politely.

    python -m bench.broad [--sites 200] [--posts 10] [--delay 5]

Serves ``--sites`` news sites of ``--posts`` posts each (tests/sites news_large, each site its own
posts), every one on its own address 127.0.x.y (bench.fixture_server, one process), and in one run
crawls all of them twice, each crawl in its own process, with ``DOWNLOAD_DELAY`` = ``--delay``
seconds and robots.txt obeyed:

1. a bare Scrapy spider configured as Scrapy's "Broad Crawls" page says (many requests at once,
   the downloader-aware priority queue, breadth-first order, no cookies, retries or redirects);
2. ``tessaban crawl --all --sites-file REGISTRY`` on its defaults, with only ``-s DOWNLOAD_DELAY``
   (and ``TESSABAN_ALLOW_PRIVATE_ADDRESSES``: the sites are on loopback).

Politeness is one request at a time per site, ``--delay`` seconds apart (Scrapy randomises each
wait between 0.5 and 1.5 times the delay), so the ideal wall time is about the busiest site's
requests times the delay: every site crawled in parallel, each at its polite pace. Prints, for
both crawls, the wall time, the requests of the busiest site, that ideal, their ratio, and the
peak memory of the crawl's process tree; then tessaban against the ideal (target <= 1.25) and
against the bare spider (target <= 1.1).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

from bench.crawl import PEAK_RSS, TESSABAN
from bench.fixture_server import FastSites, bind
from bench.memory import TreeMemory
from tests.sites.families import news_large

FIRST_ADDRESS = ipaddress.IPv4Address("127.0.10.1")
IDEAL_RATIO_TARGET = 1.25
BARE_RATIO_TARGET = 1.1

# Scrapy's "Broad Crawls" settings (docs/topics/broad-crawls.rst), with the politeness of the run.
BARE = (
    PEAK_RSS
    + """
import json, sys, time
from urllib.parse import urlsplit
import scrapy
from scrapy.crawler import CrawlerProcess

STARTS = json.loads(sys.argv[1])
DELAY, CONCURRENCY = float(sys.argv[2]), int(sys.argv[3])
HOSTS = {urlsplit(u).netloc for u in STARTS}

class Bare(scrapy.Spider):
    name = "bare"
    start_urls = STARTS
    def parse(self, response):
        host = urlsplit(response.url).netloc
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc == host:
                yield scrapy.Request(url)

settings = {
    "LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False,
    "ROBOTSTXT_OBEY": True, "DOWNLOAD_DELAY": DELAY, "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": CONCURRENCY, "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
    "REACTOR_THREADPOOL_MAXSIZE": 20, "COOKIES_ENABLED": False, "RETRY_ENABLED": False,
    "DOWNLOAD_TIMEOUT": 15, "REDIRECT_ENABLED": False, "AJAXCRAWL_ENABLED": True,
    "DEPTH_PRIORITY": 1, "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
    "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
}
process = CrawlerProcess(settings)
crawler = process.create_crawler(Bare)
process.crawl(crawler)
start = time.perf_counter()
process.start()
print(json.dumps({"seconds": time.perf_counter() - start,
                  "pages": crawler.stats.get_value("response_received_count", 0),
                  "rss_mb": peak_rss_mb()}))
"""
)


def addresses(count: int) -> list[str]:
    """``count`` loopback addresses from 127.0.10.1, skipping .0 and .255 of each /24."""
    found, address = [], FIRST_ADDRESS
    while len(found) < count:
        if str(address).split(".")[-1] not in ("0", "255"):
            found.append(str(address))
        address += 1
    return found


def loopback_route(address: str) -> str:
    """How the kernel routes ``address`` (``ip route get``), e.g. ``local 127.0.10.200 dev lo``."""
    try:
        done = subprocess.run(["ip", "-o", "route", "get", address], capture_output=True, text=True, timeout=10)
    except OSError:
        return "(no `ip` command)"
    return done.stdout.split("\\")[0].strip() or done.stderr.strip()


def site(base_url: str, posts: int, seed: int) -> news_large.NewsSite:
    """A news site of ``posts`` posts of its own: words drawn with its own seed (news_large.build
    draws the same posts for every site, which would make all 200 sites near-duplicates of each other)."""
    built = news_large.NewsSite(
        family="news_large", base_url=base_url, disallowed_paths=["/wp-admin/"], rnd=random.Random(seed)
    )
    for i in range(posts):
        built.posts.append(built._new_post(news_large.START + timedelta(hours=6 * i)))
    built.render()
    return built


def registry(path: Path, starts: list[str]) -> None:
    """A site registry (data/sites.toml format) naming every site."""
    path.write_text("".join(f'[sites.s{i:04d}]\nstart_urls = ["{url}"]\n\n' for i, url in enumerate(starts)))


def measure(args: list[str], served: FastSites) -> dict:
    """Run one crawl in its own process; its wall time, requests per site and memory."""
    served.clear()
    started_at = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeMemory(process.pid, served.requests) as memory:
        stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, args, stdout, stderr)
    figures = json.loads(next(line for line in reversed(stdout.splitlines()) if line.startswith("{")))
    per_site = served.per_site()
    first, last = served.first_and_last()
    return {
        "first_request": first - started_at,
        "last_request": last - started_at,
        "seconds": seconds,
        "requests": sum(per_site),
        "busiest": max(per_site),
        "fewest": min(per_site),
        "rss_mb": max(memory.peak_rss_mb, memory.peaks_sum_mb),
        "peak": memory.breakdown(memory.peak_sample) if memory.peak_sample else "",
        "peak_at": memory.peak_sample.seconds if memory.peak_sample else 0.0,
        "own_peaks": ", ".join(
            f"{memory.roles.get(pid, '?')} {kb / 1024:.0f}"
            for pid, kb in sorted(memory.peaks_kb.items(), key=lambda item: -item[1])
        ),
        "crawl_rss_mb": figures["rss_mb"],
        "stderr": stderr,
    }


def run(sites: int, posts: int, delay: float, concurrency: int, extra: list[str], profile: Path | None = None) -> dict:
    hosts = addresses(sites)
    bound = [bind(host) for host in hosts]
    built = [site(base_url, posts, seed) for seed, (_, base_url) in enumerate(bound)]
    with tempfile.TemporaryDirectory() as tmp, FastSites([s for s, _ in bound], built) as served:
        starts = [base_url + "/" for _, base_url in bound]
        for url in starts:  # every address answers: the kernel routes all of 127/8 to this machine
            with urllib.request.urlopen(url + "robots.txt", timeout=10) as answer:
                answer.read()
        routes = [loopback_route(hosts[0]), loopback_route(hosts[-1])]
        sites_file = Path(tmp) / "sites.toml"
        registry(sites_file, starts)
        bare = measure([sys.executable, "-c", BARE, json.dumps(starts), str(delay), str(concurrency)], served)
        under = ["py-spy", "record", "--subprocesses", "--rate", "100", "--format", "raw", "-o", str(profile), "--"]
        tessaban = measure(
            [
                *(under if profile else []),
                sys.executable,
                "-c",
                TESSABAN,
                "crawl",
                "--all",
                "--sites-file",
                str(sites_file),
                "--db",
                str(Path(tmp) / "archive.db"),
                "-s",
                f"DOWNLOAD_DELAY={delay}",
                "-s",
                "TESSABAN_ALLOW_PRIVATE_ADDRESSES=True",
                "-s",
                "TESSABAN_PROGRESS=false",
                *extra,
            ],
            served,
        )
    return {"routes": routes, "bare": bare, "tessaban": tessaban}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.broad", description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--posts", type=int, default=10, help="posts per site (default 10)")
    parser.add_argument("--delay", type=float, default=5.0, help="DOWNLOAD_DELAY, seconds (default 5)")
    parser.add_argument(
        "--bare-concurrency",
        type=int,
        default=1000,
        help="the bare spider's CONCURRENT_REQUESTS (default 1000: every site has a request waiting)",
    )
    parser.add_argument(
        "-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="also give tessaban this setting"
    )
    parser.add_argument(
        "--profile", type=Path, metavar="PATH", help="run tessaban under py-spy, its stacks to PATH, and summarise them"
    )
    args = parser.parse_args(argv)
    extra = [a for setting in args.set for a in ("-s", setting)]
    r = run(args.sites, args.posts, args.delay, args.bare_concurrency, extra, args.profile)
    print(f"{args.sites} sites of {args.posts} posts, each on its own address; DOWNLOAD_DELAY {args.delay:g} s")
    print(f"kernel routes: {r['routes'][0]}; {r['routes'][1]}")
    print(f"{'crawl':22s} {'wall':>7s} {'requests':>8s} {'busiest':>7s} {'ideal':>7s} {'/ideal':>6s} {'peak RSS':>9s}")
    ideals = {}
    for name, label in (("bare", "bare Scrapy (broad)"), ("tessaban", "tessaban crawl --all")):
        f = r[name]
        ideals[name] = f["busiest"] * args.delay
        print(
            f"{label:22s} {f['seconds']:6.1f}s {f['requests']:8d} {f['busiest']:7d} {ideals[name]:6.0f}s "
            f"{f['seconds'] / ideals[name]:6.2f} {f['rss_mb']:7.0f} MB"
        )
    ours, bare = r["tessaban"], r["bare"]
    to_ideal, to_bare = ours["seconds"] / ideals["tessaban"], ours["seconds"] / bare["seconds"]
    verdict = "PASS" if to_ideal <= IDEAL_RATIO_TARGET else "FAIL"
    for name, label in (("bare", "bare Scrapy (broad)"), ("tessaban", "tessaban crawl --all")):
        f = r[name]
        print(
            f"{label}: first request {f['first_request']:.1f} s after the start, last {f['last_request']:.1f} s, "
            f"exit {f['seconds']:.1f} s (start-up, fetching, closing)"
        )
        print(f"  peak memory at {f['peak_at']:.0f} s: {f['peak']}")
        print(f"  each process's own peak (VmHWM): {f['own_peaks']} (MB)")
    print(f"tessaban / ideal: {to_ideal:.2f} (target <= {IDEAL_RATIO_TARGET}): {verdict}")
    verdict = "PASS" if to_bare <= BARE_RATIO_TARGET else "FAIL"
    print(f"tessaban / bare:  {to_bare:.2f} (target <= {BARE_RATIO_TARGET}): {verdict}")
    print(f"(ideal = the busiest site's requests x {args.delay:g} s; the first request of a site waits for none)")
    if args.profile:
        from bench.profile import print_report, summarise

        print(f"\ntessaban under py-spy ({args.profile}):")
        print_report(summarise(args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""End-to-end crawl speed: `tessaban crawl` against a bare Scrapy spider on the same local site.

    python -m bench.crawl [--posts 5000]

Serves a local news site (tests/sites news_large: listings, prev/next chains, a sitemap) and, in
one run, crawls it twice, each in its own process: a bare Scrapy spider that only follows the
same site's links (the ceiling: no extraction, no storage), then `tessaban crawl` (fetch, extract,
dedup, store). Prints pages/s and peak RSS of both, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import FAST
from tests.sites import FixtureServer

HOST = "127.0.0.35"

BARE = """
import json, resource, sys, time
from urllib.parse import urlsplit
import scrapy
from scrapy.crawler import CrawlerProcess

START = sys.argv[1]
HOST = urlsplit(START).netloc

class Bare(scrapy.Spider):
    name = "bare"
    start_urls = [START]
    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc == HOST:
                yield scrapy.Request(url)

settings = {"LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": True, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "TELNETCONSOLE_ENABLED": False}
process = CrawlerProcess(settings)
crawler = process.create_crawler(Bare)
process.crawl(crawler)
start = time.perf_counter()
process.start()
print(json.dumps({"seconds": time.perf_counter() - start,
                  "pages": crawler.stats.get_value("response_received_count", 0),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

TESSABAN = """
import json, resource, sys, time
from crawler.cli import main
start = time.perf_counter()
code = main(sys.argv[1:])
print(json.dumps({"seconds": time.perf_counter() - start, "exit": code,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(script: str, *args: str) -> dict:
    """Run a crawl in its own process; seconds are the whole process (start-up included, for both)."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["seconds"] = time.perf_counter() - start
    return figures


def run(posts: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp, FixtureServer("news_large", host=HOST) as server:
        if posts != len(server.site.posts):
            server.site.posts[:] = server.site.posts[:posts]
            while len(server.site.posts) < posts:
                server.site.posts.append(server.site._new_post(server.site.posts[-1].published))
            server.site.render()
        start = server.base_url + "/"
        bare = measure(BARE, start)
        server.clear_requests()
        ours = measure(TESSABAN, "crawl", start, "--db", str(Path(tmp) / "archive.db"), *FAST,
                       "-s", "TESSABAN_PROGRESS=false")
        ours["pages"] = len(server.requests)
    return {"posts": posts, "bare": bare, "tessaban": ours}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crawl", description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    r = run(args.posts)
    bare, ours = r["bare"], r["tessaban"]
    bare_rate, our_rate = bare["pages"] / bare["seconds"], ours["pages"] / ours["seconds"]
    print(f"site: {r['posts']} posts on {HOST}")
    print(f"bare Scrapy spider: {bare['pages']:6d} pages {bare_rate:7.1f} pages/s  peak RSS {bare['rss_mb']:6.0f} MB")
    print(f"tessaban crawl:     {ours['pages']:6d} pages {our_rate:7.1f} pages/s  peak RSS {ours['rss_mb']:6.0f} MB")
    elapsed = time.perf_counter() - started
    print(f"ratio: {our_rate / bare_rate:.2f} of the bare spider (target >= 0.6)   [{elapsed:.0f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main())

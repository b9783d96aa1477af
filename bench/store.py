"""Store benchmark: N articles written through the archive, then search latency at that size.

    python -m bench.store                    # 100,000 articles (several minutes on 2 cores)
    python -m bench.store --articles 10000   # quicker

Writes go through pipelines.archive.Archive exactly as a crawl's (page row, compressed raw body,
article, trigram, word and short-word indexes, MinHash near-duplicate check), committed in batches,
in WAL mode; what a crawl's extraction workers compute for the archive (words, MinHash, grams) is
computed here by two worker processes, and the writer's own time is measured (the rate of the last
tenth too: the issue's target is the rate with 100,000 archived). Then searches of every kind users
make (bench's KINDS), timed by kind. Baselines measured in the same run: plain sqlite-utils inserts of
the same rows into a bare table (no indexes, no dedup), and a LIKE scan for each search query.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import multiprocessing
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

from pipelines.archive import Archive
from pipelines.extraction_worker import index_hints
from pipelines.items import Article, FetchedPage, compress_body
from pipelines.schema import open_database
from pipelines.search import search
from tests.sites.synthetic_archive import KINDS, queries, synthetic_articles

COMMIT_EVERY = 500


def _prepared(row: tuple[str, str, str, str, str]) -> FetchedPage:
    """One synthetic article's page with what a crawl's extraction worker computes for the archive
    (pipelines.extraction_worker.extract_page_for_archive): index hints and the compressed body."""
    site, url, title, text, published = row
    body = f"<html><body><h1>{title}</h1><p>{text}</p></body></html>".encode()
    return FetchedPage(
        url=url,
        site=site,
        status=200,
        kind="article",
        fetched_at="2026-11-23T00:00:00+00:00",
        body=body,
        headers=[("Content-Type", "text/html; charset=utf-8")],
        article=Article(title=title, text=text, published=published),
        hints=index_hints(title, text),
        compressed_body=compress_body(body),
    )


def archive_writes(db_path: Path, n: int, workers: int = 2) -> tuple[list[float], float, list[float]]:
    """(seconds the archive writer spent on each chunk of COMMIT_EVERY articles, seconds of the whole
    run, CPU seconds the writer spent on each chunk) for ``n`` articles. As in a
    crawl, each article's words, MinHash and short-word grams are computed by worker processes
    (``workers``), a chunk at a time while the writer stores the chunk before; the writer's own time
    is what it spends in ``store_page`` and commits. Its CPU time too: on a shared machine the wall
    time also counts the time the writer waited for a core."""
    db = open_database(db_path)
    archive = Archive(db)
    writing: list[float] = []
    cpu: list[float] = []
    start = time.perf_counter()
    rows = synthetic_articles(n)
    with multiprocessing.get_context("forkserver").Pool(workers) as pool:
        chunk = list(itertools.islice(rows, COMMIT_EVERY))
        pending = pool.map_async(_prepared, chunk)
        while chunk:
            ready = pending.get()
            chunk = list(itertools.islice(rows, COMMIT_EVERY))
            pending = pool.map_async(_prepared, chunk)  # the next chunk, while this one is written
            began, began_cpu = time.perf_counter(), time.process_time()
            for page in ready:
                archive.store_page(page, compressed=page.compressed_body)
            archive.commit()
            writing.append(time.perf_counter() - began)
            cpu.append(time.process_time() - began_cpu)
    elapsed = time.perf_counter() - start
    db.close()
    return writing, elapsed, cpu


def plain_inserts(db_path: Path, n: int) -> float:
    """Seconds to insert the same rows into a bare table with sqlite-utils (the baseline)."""
    db = sqlite_utils.Database(db_path)
    rows = ({"url": u, "site": s, "title": t, "text": x, "published": p} for s, u, t, x, p in synthetic_articles(n))
    start = time.perf_counter()
    db["articles"].insert_all(rows, batch_size=COMMIT_EVERY)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def search_latency(db_path: Path, qs: list[tuple[str, str, str | None, str | None]]) -> tuple[dict, list[float]]:
    """Milliseconds per query by kind: tessaban search; and a LIKE scan of the same first term (baseline)."""
    db = open_database(db_path)
    ours: dict[str, list[float]] = collections.defaultdict(list)
    scan = []
    for kind, query, site, since in qs:
        start = time.perf_counter()
        search(db, query, site=site, since=since, limit=20)
        ours[kind].append((time.perf_counter() - start) * 1000)
        term = query.strip('"').split()[0]
        start = time.perf_counter()
        db.execute("SELECT id FROM articles WHERE text LIKE ? LIMIT 20", [f"%{term}%"]).fetchall()
        scan.append((time.perf_counter() - start) * 1000)
    db.close()
    return ours, scan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.store", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles to write (default 100000)")
    parser.add_argument("--queries", type=int, default=400, help="search queries to time (default 400)")
    parser.add_argument("--keep", type=Path, help="copy the archive written here, to search it again")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        archive_db, plain_db = Path(tmp) / "archive.db", Path(tmp) / "plain.db"
        chunks, whole, cpu = archive_writes(archive_db, args.articles)
        baseline = plain_inserts(plain_db, args.articles)
        size_mb = sum(p.stat().st_size for p in Path(tmp).glob("archive.db*")) / 1e6
        by_kind, scan = search_latency(archive_db, queries(args.queries))
        if args.keep:
            shutil.copy(archive_db, args.keep)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    last = chunks[-max(1, len(chunks) // 10) :]  # the last tenth: the rate with the archive nearly full
    writer, at_end = args.articles / sum(chunks), len(last) * COMMIT_EVERY / sum(last)
    print(f"articles written: {args.articles:,} -> archive {size_mb:,.0f} MB, peak RSS {rss_mb:,.0f} MB (this process)")
    print(f"archive writer:   {writer:8.0f} rows/s  (page, raw body, article, FTS x3, MinHash LSH; target >= 1000)")
    print(f"  the last tenth: {at_end:8.0f} rows/s  (with {args.articles * 9 // 10:,} or more archived)")
    cpu_rate, cpu_at_end = args.articles / sum(cpu), len(last) * COMMIT_EVERY / sum(cpu[-len(last) :])
    print(f"  its CPU time:   {cpu_rate:8.0f} rows per CPU second (the last tenth: {cpu_at_end:.0f})")
    print(f"whole run:        {args.articles / whole:8.0f} rows/s  (words, MinHash, grams in 2 worker processes)")
    print(f"plain inserts:    {args.articles / baseline:8.0f} rows/s  (sqlite-utils insert_all, bare table)")
    print(f"ratio:            {writer * baseline / args.articles:8.3f} of the bare-insert rate")
    latency = [ms for values in by_kind.values() for ms in values]
    p50, p95 = percentile(latency, 50), percentile(latency, 95)
    print(f"search ({len(latency)} queries): p50 {p50:.1f} ms, p95 {p95:.1f} ms  (targets: p50 < 10, p95 < 50)")
    for kind in KINDS:
        values = by_kind.get(kind, [])
        if len(values) >= 2:
            print(f"  {kind:22s} p50 {percentile(values, 50):6.1f} ms, p95 {percentile(values, 95):6.1f} ms")
    print(f"LIKE scan:          p50 {percentile(scan, 50):.1f} ms, p95 {percentile(scan, 95):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

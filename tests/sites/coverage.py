"""Crawling a fixture family as a user does and scoring the archive against the family's gold lists:
what tests/test_coverage.py asserts and ``python -m bench.coverage`` (bench/coverage.py) prints.

Targets (issue 12): coverage >= 0.99, false articles <= 1 %, at most 50 requests per trap.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.urls import canonical_url
from tests.fixtures.extraction_gold import token_f1
from tests.sites import FixtureServer
from tests.sites.harness import FAST, tessaban_command

TARGET_COVERAGE = 0.99
# A family's crawl takes seconds; one that runs this long is stuck and is scored as it stands.
CRAWL_TIMEOUT = 600
TARGET_FALSE_SHARE = 0.01
TARGET_TRAP_REQUESTS = 50


@dataclass
class FamilyResult:
    family: str
    gold: int
    found: int
    stored_articles: int
    false_articles: list[str] = field(default_factory=list)
    negatives_as_articles: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    requests: int = 0
    trap_requests: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    returncode: int = 0
    # Token F1 (pythainlp words) of each found article's archived text against its gold paragraphs, in
    # gold order: what the archive keeps of the articles it found (not a target, a measurement).
    text_f1: dict[str, float] = field(default_factory=dict)

    @property
    def mean_text_f1(self) -> float:
        return sum(self.text_f1.values()) / len(self.text_f1) if self.text_f1 else 0.0

    @property
    def coverage(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def false_share(self) -> float:
        return len(self.false_articles) / self.stored_articles if self.stored_articles else 0.0

    @property
    def requests_per_article(self) -> float:
        return self.requests / self.found if self.found else float("inf")

    def meets_targets(self) -> bool:
        return (
            self.coverage >= TARGET_COVERAGE
            and self.false_share <= TARGET_FALSE_SHARE
            and all(n <= TARGET_TRAP_REQUESTS for n in self.trap_requests.values())
        )


def crawl_family(family: str, host: str, workdir: Path, extra: list[str] | None = None) -> FamilyResult:
    """Serve ``family`` on ``host``, crawl it from its home page into a new archive, and score it."""
    db = workdir / f"{family}.db"
    with FixtureServer(family, host=host) as server:
        started = time.monotonic()
        try:
            done = subprocess.run(
                [*tessaban_command(), "crawl", server.base_url + "/", "--db", str(db), *FAST, *(extra or [])],
                capture_output=True,
                text=True,
                timeout=CRAWL_TIMEOUT,
            )
            returncode = done.returncode
            if not db.exists():  # scored as an empty archive; the table says FAIL, the log says why
                tail = done.stderr.strip().splitlines()[-1:] or ["(no output)"]
                print(f"{family}: the crawl made no archive (exit {returncode}): {tail[0]}", file=sys.stderr)
        except subprocess.TimeoutExpired as exc:  # scored as what was archived; the table says it timed out
            tail = (exc.stderr or b"")[-2000:]
            print(f"{family}: the crawl took over {CRAWL_TIMEOUT} s; its log ends:\n{tail!r}", file=sys.stderr)
            returncode = -1
        seconds = time.monotonic() - started
        paths = server.requested_paths()
        site = server.site
    return score(family, site, db, paths, seconds, returncode)


def score(family: str, site, db: Path, paths: list[str], seconds: float, returncode: int) -> FamilyResult:
    """Compare the archive at ``db`` with the family's gold lists (none there: nothing archived)."""
    if not db.exists():
        with sqlite3.connect(db) as conn:  # an empty archive of the same tables scores as nothing found
            conn.executescript(
                "CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT, text TEXT);"
                "CREATE TABLE pages (url TEXT, article_id INTEGER);"
            )
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT id, url, text FROM articles").fetchall()
        by_id = {article_id: text for article_id, _, text in rows}
        texts = {url: text for _, url, text in rows}
        shown = {canonical_url(u): by_id.get(i) for u, i in conn.execute("SELECT url, article_id FROM pages")}
    article_urls = set(texts)
    held = {canonical_url(u): t for u, t in texts.items()} | {u: t for u, t in shown.items() if t is not None}
    gold_urls: set[str] = set()
    found = 0
    missing = []
    text_f1: dict[str, float] = {}
    for article in site.articles:
        urls = {canonical_url(u) for u in (article.url, *article.aliases)}
        gold_urls |= urls
        kept = [held[u] for u in urls if u in held]
        if kept:
            found += 1
            gold_text = "\n".join(article.paragraphs)
            text_f1[article.url] = max(token_f1(text or "", gold_text) for text in kept)
        else:
            missing.append(article.url)
    negatives = {canonical_url(u) for u in site.non_articles}
    false_articles = sorted(u for u in article_urls if u not in gold_urls)
    trap_requests = {p: sum(1 for path in paths if re.search(p, path)) for p in site.trap_patterns}
    return FamilyResult(
        family=family,
        gold=len(site.articles),
        found=found,
        stored_articles=len(article_urls),
        false_articles=false_articles,
        negatives_as_articles=sorted(article_urls & negatives),
        missing=missing,
        requests=len(paths),
        trap_requests=trap_requests,
        seconds=seconds,
        returncode=returncode,
        text_f1=text_f1,
    )

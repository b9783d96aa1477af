"""Coverage per CMS family: does a crawl with the defaults archive every article, and nothing else?

    python -m bench.coverage [--family NAME ...] [--json OUT]

Each fixture family (tests/sites/families) is served on its own loopback address and crawled with
`tessaban crawl <home>` as a user runs it (delays off, loopback allowed). Printed per family:

* coverage: gold articles archived / gold articles (an article counts when its URL or an alias is
  the URL of an ``articles`` row, or of a ``pages`` row pointing to one);
* false articles: ``articles`` rows that are no gold article, as a share of stored articles;
* gold negatives stored as articles (home, listings, calendars ... the family lists them);
* requests spent in traps (requests matching the family's trap patterns), per trap pattern;
* requests per archived article.

Targets (issue 12): coverage >= 0.99, false articles <= 1 %, at most 50 requests per trap.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from tests.sites import FAMILIES
from tests.sites.coverage import FamilyResult, crawl_family

# Articles whose archived text scores under this against their gold are listed by --verbose.
LOW_TEXT_F1 = 0.9


def table(results: list[FamilyResult]) -> str:
    lines = [
        f"{'family':<16} {'gold':>5} {'found':>6} {'coverage':>9} {'stored':>7} {'false':>6} {'false %':>8}"
        f" {'requests':>9} {'req/art':>8} {'trap req':>9}  ok  text F1",
    ]
    for r in results:
        trap = max(r.trap_requests.values()) if r.trap_requests else 0
        lines.append(
            f"{r.family:<16} {r.gold:>5} {r.found:>6} {r.coverage:>9.3f} {r.stored_articles:>7}"
            f" {len(r.false_articles):>6}"
            f" {100 * r.false_share:>7.1f}% {r.requests:>9} {r.requests_per_article:>8.1f} {trap:>9}"
            f"  {'PASS' if r.meets_targets() else 'FAIL'}  {r.mean_text_f1:.3f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--family", action="append", choices=FAMILIES, help="only these families (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--verbose", action="store_true", help="list missing and false articles")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep each family's archive as DIR/FAMILY.db")
    args = parser.parse_args(argv)
    families = args.family or list(FAMILIES)
    results = []
    with tempfile.TemporaryDirectory(prefix="tessaban-coverage-") as tmp:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            tmp = str(args.keep)
            for family in families:  # an archive kept from an earlier run would be scored with this one's
                for old in args.keep.glob(f"{family}.db*"):  # the archive, its WAL files, its pending-items folder
                    shutil.rmtree(old) if old.is_dir() else old.unlink()
        for index, family in enumerate(families):
            try:
                results.append(crawl_family(family, f"127.0.0.{60 + index}", Path(tmp)))
            except ModuleNotFoundError as exc:
                print(f"{family}: fixture family not available ({exc})", file=sys.stderr)
                continue
            print(table(results[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    print(table(results))
    if args.verbose:
        for r in results:
            for url in r.missing:
                print(f"{r.family}: missing {url}")
            for url in r.false_articles:
                print(f"{r.family}: false article {url}")
            for pattern, n in r.trap_requests.items():
                print(f"{r.family}: {n} requests in trap {pattern}")
            for url, f1 in r.text_f1.items():
                if f1 < LOW_TEXT_F1:
                    print(f"{r.family}: text F1 {f1:.3f} {url}")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) | {"coverage": r.coverage} for r in results], indent=1))
    return 0 if all(r.meets_targets() for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

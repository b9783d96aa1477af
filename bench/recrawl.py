"""Incremental recrawls on a 1,000-article site: requests of recrawls against the first crawl.

    python -m bench.recrawl [--posts 1000]

One run: a first crawl of a local news site; a recrawl of the unchanged site; then 10 new posts
and 3 edited posts, and another recrawl. Requests are counted by the fixture server itself.
Targets: the unchanged recrawl makes at most 5% of the first crawl's requests; the recrawl after
the changes finds all 10 new and 3 changed articles.
"""

from __future__ import annotations

import argparse
import sys

from tests.sites.recrawl import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.recrawl", description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args(argv)
    r = run(args.posts)
    print(f"first crawl:        {r['first_requests']:5d} requests ({r['posts']} posts, {r['first_seconds']} s)")
    print(
        f"unchanged recrawl:  {r['unchanged_requests']:5d} requests = {r['unchanged_ratio']:.1%} of the first "
        f"({r['unchanged_seconds']} s; target <= 5%)"
    )
    print(
        f"after 10 new + 3 edited posts: {r['changed_requests']} requests, found {r['found_new']} new "
        f"and {r['found_changed']} changed articles (target 10 and 3)"
    )
    ok = r["unchanged_ratio"] <= 0.05 and r["found_new"] == 10 and r["found_changed"] == 3
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

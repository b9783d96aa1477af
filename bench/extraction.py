"""Extraction quality and speed on the gold set, tessaban against plain trafilatura, in one run.

    python -m bench.extraction            # table per family, targets, speed ratio
    python -m bench.extraction --json     # the same as JSON
    python -m bench.extraction --public DIR   # public test sets read from local copies (bench/public_sets.py)

Per family: token F1 (pythainlp word tokens, multiset overlap with the hand-written text), leak rate
(share of pages whose text contains a boilerplate line of the page), date accuracy (exact ISO date,
None counted right when the page has none). tessaban runs as the crawl does: extract() on each page,
then site-level template learning over the pages of each site (host).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipelines.extract.templates import line_key
from tests.fixtures.extraction_gold import GOLD, Case, evaluate, leaks, load_cases, run_tessaban, token_f1


def leaked_lines(predicted: str, case: Case) -> list[str]:
    """The boilerplate lines of ``case`` that are in ``predicted`` (for --details)."""
    return [b for b in case.expected.get("boilerplate", []) if leaks(predicted, _with_boilerplate(case, [b]))]


def _with_boilerplate(case: Case, lines: list[str]) -> Case:
    return Case(case.family, case.name, case.url, case.headers, case.body, {**case.expected, "boilerplate": lines})


def print_details(root: Path, family: str | None) -> None:
    """Per page: F1, leaked boilerplate, wrong dates and titles, and the lines extracted that are not gold."""
    cases = [c for c in load_cases(root) if family in (None, c.family)]
    outputs = run_tessaban(cases)
    for case in cases:
        out = outputs[(case.family, case.name)]
        gold = case.expected
        print(f"== {case.family}/{case.name}  F1 {token_f1(out.text, gold['text']):.3f}")
        if out.title != gold.get("title"):
            print(f"   title: {out.title!r}  expected {gold.get('title')!r}")
        if out.published != gold.get("published"):
            print(f"   date: {out.published}  expected {gold.get('published')}")
        for line in leaked_lines(out.text, case):
            print(f"   LEAK: {line}")
        gold_keys = {line_key(g) for g in gold["text"].splitlines()}
        for line in out.text.splitlines():
            if line_key(line) not in gold_keys:
                print(f"   extra: {line[:110]}")
        got = {line_key(g) for g in out.text.splitlines()}
        for line in gold["text"].splitlines():
            if line_key(line) not in got:
                print(f"   missing: {line[:110]}")


def print_table(result: dict) -> None:
    head = f"{'family':<12} {'pages':>5}  {'F1 ours':>8} {'F1 traf':>8}  {'leak ours':>9} {'leak traf':>9}"
    head += f"  {'date ours':>9} {'date traf':>9}  {'title ours':>10} {'title traf':>10}"
    print(head + f"  {'images':>6} {'files':>6}")
    for family, both in result["families"].items():
        o, t = both["tessaban"], both["trafilatura"]
        print(
            f"{family:<12} {o['pages']:>5}  {o['f1']:>8.3f} {t['f1']:>8.3f}  {o['leak_rate']:>9.2f} "
            f"{t['leak_rate']:>9.2f}  {o['date_accuracy']:>9.2f} {t['date_accuracy']:>9.2f}  "
            f"{o['title_accuracy']:>10.2f} {t['title_accuracy']:>10.2f}  {o['images_f1']:>6.2f} "
            f"{o['attachments_f1']:>6.2f}"
        )
    s = result["speed"]
    print(
        f"\nspeed: tessaban {s['tessaban_pages_per_s']} pages/s, trafilatura.extract "
        f"{s['trafilatura_pages_per_s']} pages/s, ratio {s['ratio']}"
    )
    print("\ntargets (Thai families; the last: general pages keep every token trafilatura keeps):")
    for name, (value, ok) in result["checks"].items():
        print(f"  {'PASS' if ok else 'FAIL'}  {name}" + (f" = {value}" if value is not None else ""))


def main(argv: list[str] | None = None) -> int:
    from bench.public_sets import evaluate_public, print_public
    from tests.fixtures import public_sets

    parser = argparse.ArgumentParser(
        prog="python -m bench.extraction",
        description=__doc__.splitlines()[0],
        epilog="--public: " + public_sets.__doc__.split("\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold set root (default tests/fixtures/gold)")
    parser.add_argument("--repeat", type=int, default=7, help="timing rounds over the set (default 7; best kept)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--details",
        nargs="?",
        const="",
        metavar="FAMILY",
        help="per-page differences from the gold text (all families, or one)",
    )
    parser.add_argument(
        "--public",
        nargs="?",
        const="",
        metavar="DIR",
        help="public test sets from local copies under DIR/<owner>+<name>/ (default "
        f"${public_sets.ENV_VAR} or {public_sets.DEFAULT_DIR}); see below",
    )
    parser.add_argument(
        "--set",
        action="append",
        metavar="NAME",
        help="with --public: only this set (repeatable): " + ", ".join(s.name for s in public_sets.SETS),
    )
    args = parser.parse_args(argv)
    if args.public is not None:
        directory = public_sets.public_dir(args.public or None)
        results = evaluate_public(directory, args.set)
        if all("missing" in r for r in results):
            print(f"no public sets under {directory} (see --help)", file=sys.stderr)
            return 2
        if args.json:
            print(json.dumps(results, ensure_ascii=False, indent=2))
        else:
            print_public(results)
        return 0
    if args.details is not None:
        print_details(args.gold, args.details or None)
        return 0
    result = evaluate(args.gold, args.repeat)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_table(result)
    return 0 if all(ok for _, ok in result["checks"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Public extraction test sets, read from local copies at run time: tessaban against plain trafilatura.

    python -m bench.extraction --public DIR

Every set found under ``DIR`` at once, and its table. The sets (where each lives under ``DIR``, how to
get them) and their scoring are tests/fixtures/public_sets.py's, shared with
tests/test_public_benchmark.py; ``python -m bench.extraction --help`` prints them.
"""

from __future__ import annotations

from pathlib import Path

from tests.fixtures.public_sets import SETS, evaluate_set


def evaluate_public(directory: Path, only: list[str] | None = None) -> list[dict]:
    results = []
    for spec in SETS:
        if only and spec.name not in only:
            continue
        root = directory / spec.repo
        if not root.is_dir():
            results.append({"set": spec.name, "repo": spec.repo, "missing": str(root)})
            continue
        results.append(evaluate_set(spec, root))
    return results


def print_public(results: list[dict]) -> None:
    print(
        f"{'set':<22} {'pages':>5}  {'P ours':>6} {'R ours':>6} {'F1 ours':>7}  {'P traf':>6} {'R traf':>6} "
        f"{'F1 traf':>7}  {'pages/s ours':>12} {'pages/s traf':>12}"
    )
    for r in results:
        if "missing" in r:
            print(f"{r['set']:<22} missing: {r['missing']}")
            continue
        o, t = r["extractors"]["tessaban"], r["extractors"]["trafilatura"]
        print(
            f"{r['set']:<22} {r['pages']:>5}  {o['precision']:>6.3f} {o['recall']:>6.3f} {o['f1']:>7.3f}  "
            f"{t['precision']:>6.3f} {t['recall']:>6.3f} {t['f1']:>7.3f}  {o['pages_per_s']:>12.1f} "
            f"{t['pages_per_s']:>12.1f}"
        )
        for lang in sorted(r["languages"], key=lambda k: (-r["languages"][k]["tessaban"]["pages"], k)):
            lo, lt = r["languages"][lang]["tessaban"], r["languages"][lang]["trafilatura"]
            label = f"  {r['set']}/{lang}"
            print(
                f"{label:<22} {lo['pages']:>5}  {lo['precision']:>6.3f} {lo['recall']:>6.3f} {lo['f1']:>7.3f}  "
                f"{lt['precision']:>6.3f} {lt['recall']:>6.3f} {lt['f1']:>7.3f}"
            )
        if o["errors"] or t["errors"]:
            print(f"{'':<22} errors: tessaban {o['errors']}, trafilatura {t['errors']}")

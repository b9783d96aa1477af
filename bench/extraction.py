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
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean

import trafilatura
from pythainlp.tokenize import word_tokenize

from pipelines.extract import extract
from pipelines.extract.templates import learn_boilerplate, line_key, strip_boilerplate
from pipelines.extract.textclean import clear_caches
from pipelines.urls import site_of

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "gold"
TARGETS = {"mean_f1": 0.97, "family_f1": 0.93, "leak_rate": 0.0, "date_accuracy": 0.98, "speed_ratio": 0.8}
# Boilerplate shorter than this (as a key) only leaks when it is a whole line: "LINE" may be in a sentence.
MIN_SUBSTRING_LEAK = 8


@dataclass(frozen=True)
class Case:
    family: str
    name: str
    url: str
    headers: dict[str, str]
    body: bytes
    expected: dict


@dataclass
class Output:
    text: str
    published: str | None
    title: str | None = None
    images: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()


@dataclass
class Scores:
    f1: list[float] = field(default_factory=list)
    leaks: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    titles: list[bool] = field(default_factory=list)
    images: list[float] = field(default_factory=list)
    attachments: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        return {
            "pages": len(self.f1),
            "f1": round(mean(self.f1), 4) if self.f1 else 0.0,
            "leak_rate": round(mean(self.leaks), 4) if self.leaks else 0.0,
            "date_accuracy": round(mean(self.dates), 4) if self.dates else 0.0,
            "title_accuracy": round(mean(self.titles), 4) if self.titles else 0.0,
            "images_f1": round(mean(self.images), 4) if self.images else 0.0,
            "attachments_f1": round(mean(self.attachments), 4) if self.attachments else 0.0,
        }


def load_cases(root: Path = GOLD) -> list[Case]:
    """Every gold case under ``root/<family>/<case>/`` (body.html, info.json, expected.json)."""
    cases = []
    for case_dir in sorted(p.parent for p in root.glob("*/*/expected.json")):
        info = json.loads((case_dir / "info.json").read_text(encoding="utf-8"))
        cases.append(
            Case(
                family=case_dir.parent.name,
                name=case_dir.name,
                url=info["url"],
                headers=info.get("headers", {}),
                body=(case_dir / "body.html").read_bytes(),
                expected=json.loads((case_dir / "expected.json").read_text(encoding="utf-8")),
            )
        )
    return cases


def tokens(text: str) -> Counter[str]:
    return Counter(t for t in word_tokenize(text or "", engine="newmm") if t.strip())


def token_f1(predicted: str, gold: str) -> float:
    p, g = tokens(predicted), tokens(gold)
    if not p and not g:
        return 1.0
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def token_recall(predicted: str, gold: str) -> float:
    """Share of the gold text's tokens that ``predicted`` has."""
    g = tokens(gold)
    return sum((tokens(predicted) & g).values()) / sum(g.values()) if g else 1.0


def set_f1(predicted: tuple[str, ...], gold: list[str]) -> float:
    """F1 of two sets of URLs (1.0 when both are empty)."""
    p, g = set(predicted), set(gold)
    if not p and not g:
        return 1.0
    overlap = len(p & g)
    return 2 * overlap / (len(p) + len(g))


def leaks(predicted: str, case: Case) -> bool:
    """True when a boilerplate line of the page is in the text (whole line, or inside a line when long)."""
    lines = {line_key(line) for line in predicted.splitlines()}
    gold_text = line_key(case.expected["text"])
    for boiler in case.expected.get("boilerplate", []):
        key = line_key(boiler)
        if not key:
            continue
        if key in lines:
            return True
        if len(key) >= MIN_SUBSTRING_LEAK and key not in gold_text and any(key in line for line in lines):
            return True
    return False


def run_tessaban(cases: list[Case]) -> dict[tuple[str, str], Output]:
    """extract() per page, then template learning per site, as a crawl of these pages would store them."""
    outputs = {}
    by_site: dict[str, list[tuple[Case, Output]]] = defaultdict(list)
    for case in cases:
        article = extract(case.body, case.url, case.headers)
        out = Output(
            article.text,
            article.published,
            article.title,
            tuple(i.src for i in article.images),
            tuple(a.url for a in article.attachments),
        )
        by_site[site_of(case.url)].append((case, out))
    for pages in by_site.values():
        learned = learn_boilerplate(out.text for _, out in pages)
        for case, out in pages:
            out.text = strip_boilerplate(out.text, learned.keys()).text
            outputs[(case.family, case.name)] = out
    return outputs


def run_trafilatura(cases: list[Case]) -> dict[tuple[str, str], Output]:
    """Plain trafilatura.extract on the raw bytes, with its metadata for the date and title."""
    outputs = {}
    for case in cases:
        raw = trafilatura.extract(case.body, url=case.url, output_format="json", with_metadata=True)
        data = json.loads(raw) if raw else {}
        outputs[(case.family, case.name)] = Output(data.get("text") or "", data.get("date"), data.get("title"))
    return outputs


def score(cases: list[Case], outputs: dict[tuple[str, str], Output]) -> dict[str, Scores]:
    per_family: dict[str, Scores] = defaultdict(Scores)
    for case in cases:
        out = outputs[(case.family, case.name)]
        scores = per_family[case.family]
        scores.f1.append(token_f1(out.text, case.expected["text"]))
        scores.leaks.append(leaks(out.text, case))
        scores.dates.append(out.published == case.expected.get("published"))
        scores.titles.append((out.title or "") == (case.expected.get("title") or ""))
        scores.images.append(set_f1(out.images, [i["src"] for i in case.expected.get("images", [])]))
        scores.attachments.append(set_f1(out.attachments, case.expected.get("attachments", [])))
    return per_family


def best_pages_per_second(fns: dict[str, Callable[[Case], object]], cases: list[Case], rounds: int) -> dict[str, float]:
    """Pages/s of each function over ``cases``: rounds alternate between the functions, and each
    keeps its fastest round, so load on the machine affects both alike. Memo caches are emptied
    before every round: a crawl sees each page once, repeated rounds must not hit a warm cache."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for name, fn in fns.items():
            clear_caches()
            start = time.perf_counter()
            for case in cases:
                fn(case)
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: len(cases) / seconds for name, seconds in best.items()}


def corpus_digest(root: Path = GOLD) -> str:
    """sha256 over every gold file (path and bytes): floors pinned in tests name the corpus they hold for."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def evaluate(root: Path = GOLD, repeat: int = 3, thai_only_targets: bool = True, timing: bool = True) -> dict:
    """Run both extractors over the gold set; returns per-family scores, speeds and target checks.

    ``timing=False`` skips the speed measurement (tests assert quality, benchmarks measure speed)."""
    cases = load_cases(root)
    if not cases:
        raise SystemExit(f"no gold cases under {root}")
    our_out, their_out = run_tessaban(cases), run_trafilatura(cases)
    ours, theirs = score(cases, our_out), score(cases, their_out)
    # Ordinary pages: the Thai cleanup must keep every real token plain trafilatura keeps.
    recall_gap = [
        (
            c.name,
            round(
                token_recall(their_out[(c.family, c.name)].text, c.expected["text"])
                - token_recall(our_out[(c.family, c.name)].text, c.expected["text"]),
                4,
            ),
        )
        for c in cases
        if c.family == "general"
    ]
    # Warm both up once (imports, tries), then time them on the same pages, interleaved.
    run_tessaban(cases[:1]), run_trafilatura(cases[:1])
    speeds = (
        {"ours": 1.0, "theirs": 1.0}
        if not timing
        else best_pages_per_second(
            {
                "ours": lambda c: extract(c.body, c.url, c.headers),
                "theirs": lambda c: trafilatura.extract(c.body, url=c.url),
            },
            cases,
            repeat,
        )
    )
    speed_ours, speed_theirs = speeds["ours"], speeds["theirs"]
    families = sorted(ours)
    thai = [f for f in families if f != "general"] if thai_only_targets else families
    result = {
        "families": {f: {"tessaban": ours[f].summary(), "trafilatura": theirs[f].summary()} for f in families},
        "pages": len(cases),
        "speed": {
            "tessaban_pages_per_s": round(speed_ours, 1),
            "trafilatura_pages_per_s": round(speed_theirs, 1),
            "ratio": round(speed_ours / speed_theirs, 3),
        },
    }
    f1s = [result["families"][f]["tessaban"]["f1"] for f in thai]
    all_dates = [d for f in thai for d in ours[f].dates]
    result["checks"] = {
        "mean_f1": (round(mean(f1s), 4), mean(f1s) >= TARGETS["mean_f1"]),
        "min_family_f1": (min(f1s), min(f1s) >= TARGETS["family_f1"]),
        "leak_rate": (
            max(result["families"][f]["tessaban"]["leak_rate"] for f in thai),
            all(result["families"][f]["tessaban"]["leak_rate"] <= TARGETS["leak_rate"] for f in thai),
        ),
        "date_accuracy": (round(mean(all_dates), 4), mean(all_dates) >= TARGETS["date_accuracy"]),
        "beats_trafilatura_f1": (None, all(ours[f].summary()["f1"] > theirs[f].summary()["f1"] for f in thai)),
        "speed_ratio": (result["speed"]["ratio"], not timing or result["speed"]["ratio"] >= TARGETS["speed_ratio"]),
        "general_keeps_trafilatura_content": (
            max((gap for _, gap in recall_gap), default=0.0),
            all(gap <= 0 for _, gap in recall_gap),
        ),
    }
    result["general_recall_gap"] = dict(recall_gap)
    return result


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
    from bench import public_sets

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
        results = public_sets.evaluate_public(directory, args.set)
        if all("missing" in r for r in results):
            print(f"no public sets under {directory} (see --help)", file=sys.stderr)
            return 2
        if args.json:
            print(json.dumps(results, ensure_ascii=False, indent=2))
        else:
            public_sets.print_public(results)
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

"""Public extraction test sets, read from local copies at run time: tessaban against plain trafilatura.

    python -m bench.extraction --public DIR

``DIR`` holds one folder per source repository, named ``<owner>+<name>`` (a clone, or only the files
listed here); sets whose folder is missing are skipped. None of their data is part of this project.

  DIR/adbar+trafilatura/tests/evaldata.json, tests/eval/*, tests/cache/*
      990 pages; per URL ``with`` snippets that must be in the output and ``without`` snippets that
      must not. Scored as trafilatura's tests/eval_common.py does: whitespace-normalised substring
      matches, tp/fp/fn summed over pages, P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn).
  DIR/scrapinghub+article-extraction-benchmark/html/<id>.html.gz, ground-truth.json
      181 English pages, human ``articleBody``; token F1.
  DIR/mozilla+readability/test/test-pages/<case>/source.html, expected.html, expected-metadata.json
      about 130 pages; the reference is Readability's own output (tags stripped); token F1, per language.
  DIR/AndyTheFactory+newspaper4k/tests/data/html/<name>.html, txt/<name>.txt, metadata/<name>.json
      23 pages (one Thai); token F1, per language.
  DIR/immortal-autumn+Chinese-Web-Content-Extraction-Dataset/original/<id>.html, cleaned/<id>.txt
      69 hand-labelled Chinese pages (mostly GBK); token F1.

To get them: ``git clone --depth 1 https://github.com/<owner>/<name> DIR/<owner>+<name>`` for each.

Token F1: pythainlp newmm words for Thai runs, one token per CJK character (Han, kana), lowercased word
runs otherwise; multiset overlap, micro-averaged over the pages of a set (sum of overlaps / sums of
tokens). tessaban is ``pipelines.extract.extract(body, url, headers)`` (page by page, no site
templates: the pages come from different sites); trafilatura is ``trafilatura.extract(body)`` with its
defaults. Pages/s is the time of each extractor over the set, in the same run.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
import trafilatura
from pythainlp.tokenize import word_tokenize

DEFAULT_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tessaban" / "public-sets"
ENV_VAR = "TESSABAN_PUBLIC_SETS"

_THAI = "\u0e00-\u0e7f"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"([{_THAI}]+)|([{_CJK}])|((?:(?![{_THAI}{_CJK}])\w)+)")
_WS = re.compile(r"\s+")


def public_dir(explicit: str | Path | None = None) -> Path:
    """The folder of the copies: ``explicit``, else $TESSABAN_PUBLIC_SETS, else ~/.cache/tessaban/public-sets."""
    return Path(explicit or os.environ.get(ENV_VAR) or DEFAULT_DIR)


def tokens(text: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for thai, cjk, word in _TOKEN.findall(text or ""):
        if thai:
            out.update(t for t in word_tokenize(thai, engine="newmm") if t.strip())
        elif cjk:
            out[cjk] += 1
        else:
            out[word.lower()] += 1
    return out


def html_text(markup: str) -> str:
    """Text of an HTML fragment, a line break after every block so words of two blocks never join."""
    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    return root.text_content()


_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "pre",
    "blockquote",
    "figure",
    "figcaption",
    "section",
    "article",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "hr",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
}


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    body: bytes
    lang: str = ""
    gold: str = ""  # token-F1 sets: the reference text
    with_: tuple[str, ...] = ()  # snippet sets (trafilatura's): must be in the output
    without: tuple[str, ...] = ()  # must not be


@dataclass
class Counts:
    """Micro-averaged counts: tokens (overlap, predicted, gold) or snippets (tp, fp, fn)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    pages: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn, self.pages = self.tp + tp, self.fp + fp, self.fn + fn, self.pages + 1

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 0.0
        return {"pages": self.pages, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


@dataclass
class PublicSet:
    name: str
    repo: str  # owner+name folder under DIR
    kind: str  # "tokens" or "snippets"
    load: Callable[[Path], Iterator[Page]] = field(repr=False)
    by_language: bool = False


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _lang(value: str | None) -> str:
    return (value or "und").split("-")[0].lower()


def load_trafilatura(root: Path) -> Iterator[Page]:
    tests = root / "tests"
    data = json.loads((tests / "evaldata.json").read_text(encoding="utf-8"))
    for url in sorted(data):
        item = data[url]
        path = next((p for p in (tests / "cache" / item["file"], tests / "eval" / item["file"]) if p.is_file()), None)
        if path is None:  # eval_common.read_corpus refuses the corpus; here the page is left out (and counted)
            continue
        yield Page(item["file"], url, path.read_bytes(), with_=tuple(item["with"]), without=tuple(item["without"]))


def load_scrapinghub(root: Path) -> Iterator[Page]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        path = root / "html" / f"{key}.html.gz"
        if path.is_file():
            yield Page(
                key,
                truth[key].get("url") or "",
                gzip.decompress(path.read_bytes()),
                "en",
                truth[key].get("articleBody") or "",
            )


def load_readability(root: Path) -> Iterator[Page]:
    for case in sorted((root / "test" / "test-pages").iterdir()):
        source, expected = case / "source.html", case / "expected.html"
        if not (source.is_file() and expected.is_file()):
            continue
        meta_path = case / "expected-metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        # Readability's tests run every page as this URL.
        yield Page(
            case.name,
            "http://fakehost/test/page.html",
            source.read_bytes(),
            _lang(meta.get("lang")),
            html_text(expected.read_text(encoding="utf-8")),
        )


def load_newspaper(root: Path) -> Iterator[Page]:
    data = root / "tests" / "data"
    for html in sorted((data / "html").glob("*.html")):
        txt, meta_path = data / "txt" / f"{html.stem}.txt", data / "metadata" / f"{html.stem}.json"
        if not txt.is_file():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        yield Page(
            html.stem,
            meta.get("url") or "",
            html.read_bytes(),
            _lang(meta.get("language")),
            txt.read_text(encoding="utf-8"),
        )


def load_chinese(root: Path) -> Iterator[Page]:
    for html in sorted((root / "original").glob("*.html")):
        txt = root / "cleaned" / f"{html.stem}.txt"
        if txt.is_file():
            yield Page(html.stem, "", html.read_bytes(), "zh", txt.read_text(encoding="utf-8", errors="replace"))


SETS = [
    PublicSet("trafilatura", "adbar+trafilatura", "snippets", load_trafilatura),
    PublicSet("scrapinghub", "scrapinghub+article-extraction-benchmark", "tokens", load_scrapinghub),
    PublicSet("readability", "mozilla+readability", "tokens", load_readability, by_language=True),
    PublicSet("newspaper4k", "AndyTheFactory+newspaper4k", "tokens", load_newspaper, by_language=True),
    PublicSet("chinese", "immortal-autumn+Chinese-Web-Content-Extraction-Dataset", "tokens", load_chinese),
]


def _tessaban(page: Page) -> str:
    from pipelines.extract import extract

    return extract(page.body, page.url or "http://example.invalid/", {}).text or ""


def _trafilatura(page: Page) -> str:
    return trafilatura.extract(page.body) or ""


EXTRACTORS: dict[str, Callable[[Page], str]] = {"tessaban": _tessaban, "trafilatura": _trafilatura}


def run_extractor(fn: Callable[[Page], str], pages: list[Page]) -> tuple[list[str], float, int]:
    """Outputs, pages/s and the number of pages where the extractor raised (scored as empty output)."""
    from pipelines.extract.textclean import clear_caches

    clear_caches()
    outputs, errors = [], 0
    start = time.perf_counter()
    for page in pages:
        try:
            outputs.append(fn(page))
        except Exception:  # a crash is a miss, as trafilatura's own evaluation counts it
            outputs.append("")
            errors += 1
    elapsed = time.perf_counter() - start
    return outputs, (len(pages) / elapsed if elapsed else 0.0), errors


def count(kind: str, page: Page, output: str, gold_tokens: Counter[str] | None) -> tuple[int, int, int]:
    if kind == "snippets":  # trafilatura's eval_common.count_item
        text = _norm(output)
        tp = sum(1 for w in page.with_ if _norm(w) in text)
        fp = sum(1 for w in page.without if _norm(w) in text)
        return tp, fp, len(page.with_) - tp
    predicted = tokens(output)
    overlap = sum((predicted & gold_tokens).values())
    return overlap, sum(predicted.values()) - overlap, sum(gold_tokens.values()) - overlap


def evaluate_set(spec: PublicSet, root: Path) -> dict:
    pages = list(spec.load(root))
    golds = [tokens(p.gold) if spec.kind == "tokens" else None for p in pages]
    result: dict = {
        "set": spec.name,
        "repo": spec.repo,
        "pages": len(pages),
        "scoring": spec.kind,
        "extractors": {},
        "languages": {},
    }
    for name, fn in EXTRACTORS.items():
        fn(pages[0]) if pages else None  # warm-up: imports, dictionaries
        outputs, speed, errors = run_extractor(fn, pages)
        total, per_lang = Counts(), defaultdict(Counts)
        for page, out, gold in zip(pages, outputs, golds, strict=True):
            c = count(spec.kind, page, out, gold)
            total.add(*c)
            per_lang[page.lang].add(*c)
        result["extractors"][name] = {**total.scores(), "pages_per_s": round(speed, 1), "errors": errors}
        if spec.by_language:
            for lang, counts in per_lang.items():
                result["languages"].setdefault(lang, {})[name] = counts.scores()
    return result


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

"""Synthetic Thai articles of 200 sites and the searches users make on them: what ``python -m
bench.store`` (bench/store.py) writes and times, and what tests/test_search.py checks against a scan.
"""

from __future__ import annotations

import collections
import random
from collections.abc import Iterator

from pipelines.thai_words import words
from tests.sites.corpus import STORIES

SITES = [f"tambon{n:03d}-example.go.th" for n in range(200)]
PLACES = ["บ้านนา", "หนองบัว", "โคกสูง", "ท่าช้าง", "ห้วยทราย", "ดอนแก้ว", "โคกกลาง", "บ้านใหม่", "นาดี", "หนองแก"]
RECENT_ORIGINALS = 5_000  # originals a republication is drawn from


def sentences() -> list[str]:
    """Thai sentences from the fixture corpus: the vocabulary synthetic articles are made of."""
    return [p for stories in STORIES.values() for story in stories for p in (story.title, *story.paragraphs)]


def synthetic_articles(n: int, seed: int = 7) -> Iterator[tuple[str, str, str, str, str]]:
    """``n`` articles: (site, url, title, text, published). Sentences are drawn word by word from
    the corpus vocabulary, so articles overlap as real ones do (common words, not whole sentences);
    3% are republications of one of the RECENT_ORIGINALS latest originals with a source line, for the
    dedup path (keeping every text to republish from held 350 MB at 100,000: the benchmark's own
    memory, not the archive's)."""
    rnd = random.Random(seed)
    vocabulary = [w for s in sentences() for w in words(s)]
    made: collections.deque[str] = collections.deque(maxlen=RECENT_ORIGINALS)
    for i in range(n):
        site = rnd.choice(SITES)
        place = rnd.choice(PLACES)
        year = rnd.randint(2556, 2567)
        if made and rnd.random() < 0.03:
            text = f"ที่มา : งานประชาสัมพันธ์ เทศบาลตำบล{place}\n" + rnd.choice(made)
        else:
            body = ["".join(rnd.choices(vocabulary, k=rnd.randint(20, 60))) for _ in range(rnd.randint(2, 6))]
            body.insert(0, f"เทศบาลตำบล{place} หมู่ที่ {rnd.randint(1, 15)} ดำเนินโครงการที่ {i} ประจำปี {year}")
            text = "\n".join(body)
            made.append(text)
        title = "".join(rnd.choices(vocabulary, k=8)) + f" ({place} {i})"
        published = f"{year - 543}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        yield site, f"https://{site}/news/{i}", title, text, published


KINDS = (
    "long word",
    "2-character word",
    "two words",
    "phrase",
    "very common word",
    "1-character word",
    "long word, --site",
    "short word, --since",
)


def queries(count: int, seed: int = 11) -> list[tuple[str, str, str | None, str | None]]:
    """Searches users make, one of each KINDS in turn: (kind, query, site, since)."""
    rnd = random.Random(seed)
    counts = collections.Counter(w for s in sentences() for w in words(s))
    vocabulary = sorted(w for w in counts if len(w) >= 2 and not w.isdigit())
    long_words = [w for w in vocabulary if len(w) >= 4]
    short_words = [w for w in vocabulary if len(w) == 2]
    common = [w for w, _ in counts.most_common(40) if len(w) >= 3 and not w.isdigit()][:10]
    singles = sorted({c for w in vocabulary for c in w if "ก" <= c <= "ฮ"})
    made = []
    for i in range(count):
        kind = KINDS[i % len(KINDS)]
        site, since = None, None
        if kind == "long word":
            query = rnd.choice(long_words)
        elif kind == "2-character word":
            query = rnd.choice(short_words)
        elif kind == "two words":
            query = f"{rnd.choice(long_words)} {rnd.choice(PLACES)}"
        elif kind == "phrase":
            query = f'"{rnd.choice(long_words)}{rnd.choice(long_words)}"'
        elif kind == "very common word":
            query = rnd.choice(common)
        elif kind == "1-character word":
            query = rnd.choice(singles)
        elif kind == "long word, --site":
            query, site = rnd.choice(long_words), rnd.choice(SITES)
        else:
            query, since = rnd.choice(short_words), f"{rnd.randint(2013, 2024)}-01-01"
        made.append((kind, query, site, since))
    return made

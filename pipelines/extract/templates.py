"""Site-level template learning: lines that recur across many pages of one site are boilerplate.

trafilatura keeps a site's sign-off strip, slogan or "ภาพกิจกรรม" heading when it sits inside the
content area; comparing the pages of one site reveals it. Learning counts, for each line, the number
of distinct pages it appears on (so a sentence one article repeats counts once), which makes the
result independent of the order pages were crawled in. Pure functions; the archive stores the result.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from pipelines.content_hash import normalised_for_hash

# A line is template when it is on at least this many pages of the site ...
MIN_PAGES = 3
# ... and on at least this share of them (a big site's one-off quotes stay).
MIN_SHARE = 0.05


def line_key(line: str) -> str:
    """Comparison key of a line: case, spaces and punctuation removed."""
    return normalised_for_hash(line)


def _page_keys(text: str) -> set[str]:
    """The keys of a page's lines, each once (a line repeated inside one article counts once)."""
    return {line_key(line) for line in text.splitlines()} - {""}


class LineSketch:
    """Count-min sketch of line keys: fixed memory, estimates never below the true count.

    A site's distinct lines grow with its size (about 4 per article: 400,000 keys, over 1 GB of
    Python strings counted exactly, at 100,000 articles). The sketch is 4 MB whatever the size.
    Python's ``hash`` is salted per process: which lines pass the sketch may vary between runs,
    never what is learned, since those lines are then counted exactly.
    """

    ROWS = 4
    BITS = 18
    WIDTH = 1 << BITS
    _MULTIPLIERS = np.array(
        [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93], dtype=np.uint64
    )

    def __init__(self) -> None:
        self.counts = np.zeros((self.ROWS, self.WIDTH), dtype=np.uint32)

    def _cells(self, keys: list[str]) -> np.ndarray:
        """(ROWS, len(keys)) counter indices: multiply-shift hashing of each key's hash, per row."""
        hashes = np.array([hash(k) for k in keys], dtype=np.int64).view(np.uint64)
        return ((hashes[None, :] * self._MULTIPLIERS[:, None]) >> np.uint64(64 - self.BITS)).astype(np.intp)

    def add(self, keys: list[str]) -> None:
        if keys:
            for row, cells in enumerate(self._cells(keys)):
                self.counts[row] += np.bincount(cells, minlength=self.WIDTH).astype(np.uint32)

    def at_least(self, keys: list[str], threshold: int) -> list[str]:
        """The keys whose estimated count reaches ``threshold`` (every key whose true count does)."""
        if not keys:
            return []
        estimates = self.counts[np.arange(self.ROWS)[:, None], self._cells(keys)].min(axis=0)
        return [k for k, n in zip(keys, estimates, strict=True) if n >= threshold]


# Pages whose line keys are hashed together (numpy works per batch, not per line).
_BATCH = 2000


def _batches(texts: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def learn_boilerplate(
    texts: Iterable[str], min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE
) -> dict[str, tuple[str, int]]:
    """The lines that recur on at least ``max(min_pages, min_share * pages)`` of ``texts``.

    Returns ``{line key: (line, number of pages)}``; the line shown is the smallest spelling seen,
    so the result does not depend on the order of ``texts``.

    Two passes over ``texts`` (a collection, or anything iterable twice, such as the archive's
    reader of a site's articles; a one-shot iterator is read into a list first), in memory that
    does not grow with the number of pages: the first counts every line in a LineSketch, the
    second counts exactly, with their spellings, only the lines the sketch says may be frequent
    enough. The result is that of counting every line exactly.
    """
    if iter(texts) is texts:
        texts = list(texts)
    sketch = LineSketch()
    pages = 0
    for batch in _batches(texts):
        pages += len(batch)
        sketch.add([key for text in batch for key in _page_keys(text)])
    threshold = max(min_pages, math.ceil(min_share * pages))
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for batch in _batches(texts):
        keyed = [[(line_key(line), line) for line in text.splitlines()] for text in batch]
        frequent = set(sketch.at_least(list({key for lines in keyed for key, _ in lines} - {""}), threshold))
        for lines in keyed:
            counts.update({key for key, _ in lines if key in frequent})
            for key, line in lines:
                if key in frequent and (key not in spelling or line < spelling[key]):
                    spelling[key] = line
    return {key: (spelling[key], n) for key, n in sorted(counts.items()) if n >= threshold}


@dataclass(frozen=True)
class Stripped:
    """An article text with its template lines removed, and what was removed (to restore it later)."""

    text: str
    removed: tuple[tuple[int, str], ...]  # (line index in the full text, line)


def strip_boilerplate(text: str, boilerplate: Container[str]) -> Stripped:
    """Remove the lines whose key is in ``boilerplate``; keep the text whole if nothing would remain."""
    if not boilerplate:  # a site whose template is not learned yet: every line is kept
        return Stripped(text, ())
    lines = text.splitlines()
    kept = [line for line in lines if line_key(line) not in boilerplate]
    if not kept or len(kept) == len(lines):
        return Stripped(text, ())
    removed = tuple((i, line) for i, line in enumerate(lines) if line_key(line) in boilerplate)
    return Stripped("\n".join(kept), removed)


def restore(text: str, removed: Iterable[tuple[int, str]]) -> str:
    """The full text before ``strip_boilerplate`` removed ``removed`` from it."""
    lines = text.splitlines() if text else []
    for index, line in sorted(removed):
        lines.insert(index, line)
    return "\n".join(lines)

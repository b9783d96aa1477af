"""Near-duplicate articles: the same press release republished with a source line and a few edits.

Character 5-grams of the text without spaces or punctuation (Thai has no spaces between words,
and a 5% edit keeps about 0.87 of them, against 0.66 for word 5-shingles), MinHash signatures,
and MinHash LSH for candidates (pipelines.near_duplicate_index, whose buckets are archive rows);
candidates are then verified on the exact Jaccard of their shingles and on the numbers they
mention, because the same announcement template for another year or month (ภาษี ประจำปี 2564 /
2565) shares almost every word but not its numbers, dates, months or years.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

from pipelines.content_hash import normalised_for_hash
from pipelines.extract.thai_date import THAI_MONTH_NAMES, find_dates

SHINGLE_CHARS = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch 2's default, which signature() reproduces
# LSH candidate threshold (estimated Jaccard) and the verified thresholds; tuned on the labelled
# set in tests/fixtures/neardup with `python -m bench.near_duplicates`.
LSH_THRESHOLD = 0.5
MIN_JACCARD = 0.5
MIN_NUMBER_OVERLAP = 0.6
# Candidates whose estimated Jaccard is this far below MIN_JACCARD are not worth verifying.
ESTIMATE_MARGIN = 0.15
_NUMBER = re.compile(r"\d+")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def shingles(text: str) -> set[str]:
    """Character 5-grams of the text with case, spaces and punctuation removed (Thai marks kept)."""
    compact = normalised_for_hash(text.translate(_THAI_DIGITS))
    if len(compact) <= SHINGLE_CHARS:
        return {compact} if compact else set()
    return {compact[i : i + SHINGLE_CHARS] for i in range(len(compact) - SHINGLE_CHARS + 1)}


# MinHash exactly as datasketch 2 computes it (scheme "affine32", seed 1, CRC32 as the hash function),
# so signatures stored by earlier versions stay comparable (tests check it value for value): each
# shingle's CRC32, mixed by MurmurHash3's 32-bit finaliser, through NUM_PERM affine permutations
# h -> a*h + b mod 2**32, keeping each permutation's minimum. Written here with numpy rather than
# imported: the datasketch package imports scipy and redis, 50 MB in every process that signs texts.
Signature = np.ndarray  # NUM_PERM values below 2**32, as uint64 (the stored form)


def _permutations(num_perm: int, seed: int) -> np.ndarray:
    """datasketch's affine32 permutation parameters: odd multipliers ``a`` and offsets ``b``."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b])


_A, _B = _permutations(NUM_PERM, SEED)
_EMPTY = np.full(NUM_PERM, (1 << 32) - 1, dtype=np.uint64)  # the signature of no shingles


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (uint32 arithmetic wraps, as intended)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(text: str, shingle_set: set[str] | None = None) -> Signature:
    """MinHash of the text's shingles. Deterministic (fixed seed, CRC32 rather than Python's salted
    hash) so stored signatures stay comparable; CRC32 runs in C, about 10x faster than SHA-1."""
    items = shingle_set if shingle_set is not None else shingles(text)
    if not items:
        return _EMPTY.copy()
    hashed = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in items), dtype=np.uint32, count=len(items))
    return (_fmix32(hashed)[:, None] * _A + _B).min(axis=0).astype(np.uint64)


def signature_bytes(minhash: Signature) -> bytes:
    return np.asarray(minhash, dtype=np.uint64).tobytes()


def signature_from_bytes(data: bytes) -> Signature:
    return np.frombuffer(data, dtype=np.uint64)


def numbers(text: str) -> set[str]:
    """The numbers a text mentions (Thai digits read as Arabic): dates, years, amounts, counts."""
    return set(_NUMBER.findall(text.translate(_THAI_DIGITS)))


_MONTH = re.compile("|".join(sorted(THAI_MONTH_NAMES, key=len, reverse=True)))
_YEAR = re.compile(r"(?<!\d)(?:25[0-9]{2}|19[5-9][0-9]|20[0-9]{2})(?!\d)")


def periods(text: str) -> tuple[frozenset, frozenset, frozenset]:
    """When a text says it happened: its full dates, the months it names, the years it names."""
    digits = text.translate(_THAI_DIGITS)
    dates = frozenset(m.date for m in find_dates(digits))
    months = frozenset(THAI_MONTH_NAMES[m] for m in _MONTH.findall(digits))
    years = frozenset(int(y) - 543 if int(y) > 2400 else int(y) for y in _YEAR.findall(digits))
    return dates, months, years


def same_period(a: tuple[frozenset, ...], b: tuple[frozenset, ...]) -> bool:
    """False when each text names a date (or month, or year) the other does not: the same template
    for another period ("ประจำเดือนมกราคม" / "กุมภาพันธ์", each also citing the month before). A
    republication keeps its event's dates; a date line it adds makes the difference one-sided."""
    return not any((x - y) and (y - x) for x, y in zip(a, b, strict=True))


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def number_overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller set of numbers found in the other (1.0 when either mentions none)."""
    if not a or not b:
        return 1.0
    return len(a & b) / min(len(a), len(b))


@dataclass(frozen=True)
class Verdict:
    """Whether two texts are the same article, and how similar they are."""

    duplicate: bool
    similarity: float


@dataclass(frozen=True)
class Fingerprint:
    """What comparing a text needs, computed once: shingles, numbers, MinHash."""

    shingles: frozenset[str]
    numbers: frozenset[str]
    periods: tuple[frozenset, frozenset, frozenset]
    minhash: Signature

    @classmethod
    def of(cls, text: str, minhash: bytes | None = None) -> Fingerprint:
        """The fingerprint of ``text``; ``minhash``, when given, is its already computed signature."""
        shingle_set = shingles(text)
        signed = signature_from_bytes(minhash) if minhash else signature(text, shingle_set)
        return cls(frozenset(shingle_set), frozenset(numbers(text)), periods(text), signed)


def compare_fingerprints(a: Fingerprint, b_text: str) -> Verdict:
    """Verify a candidate: similar enough in shingles, and agreeing on the numbers they mention."""
    similarity = jaccard(set(a.shingles), shingles(b_text))
    if similarity < MIN_JACCARD:
        return Verdict(False, round(similarity, 4))
    agree = number_overlap(set(a.numbers), numbers(b_text)) >= MIN_NUMBER_OVERLAP
    return Verdict(agree and same_period(a.periods, periods(b_text)), round(similarity, 4))


def compare(text_a: str, text_b: str) -> Verdict:
    """Verify a candidate pair: similar enough in shingles, and agreeing on the numbers they mention."""
    return compare_fingerprints(Fingerprint.of(text_a), text_b)


# At most this many candidates, the most similar by their signatures, are verified on their text:
# a template-heavy site must not make every new article read hundreds of others.
MAX_VERIFIED = 10

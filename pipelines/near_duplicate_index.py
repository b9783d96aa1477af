"""Near-duplicate candidates: MinHash LSH whose buckets are rows of the archive, not a dict in memory.

The banding is datasketch's MinHashLSH for LSH_THRESHOLD and NUM_PERM (BANDS bands of ROWS hash
values; tests pin it), so the candidates are the same. A bucket is the band number and the band's
hash values, as bytes: two articles share a bucket exactly when a band of their signatures is
equal. Buckets live in ``minhash_buckets`` (pipelines.schema), indexed, and are looked up per new
article; candidates are ranked on the signatures kept in ``articles.minhash``. Memory no longer
grows with the archive: datasketch's index in memory grew a crawl by about 7 KB per article
(+675 MB between 10% and 100% of a 100,000-post crawl, `python -m bench.crawl --posts 100000`).
"""

from __future__ import annotations

import sqlite3

import numpy as np
import sqlite_utils

from pipelines.near_duplicates import MAX_VERIFIED, Signature

# datasketch's optimal banding for threshold 0.5 and 128 permutations (MinHashLSH(0.5, 128).b, .r):
# 25 bands of 5 hash values (3 of the 128 values are in no band).
BANDS = 25
ROWS = 5
# Signature values are below 2**32 (datasketch's 32-bit schemes): 4 bytes each in a bucket.
_VALUE = np.dtype(">u4")


def buckets(minhash: Signature) -> list[bytes]:
    """The LSH bucket of each band of a signature: band number (1 byte), then its values (4 bytes each)."""
    values = np.asarray(minhash, dtype=np.uint64)
    if values.size and int(values.max()) > 0xFFFFFFFF:
        raise ValueError("MinHash values above 32 bits: use a 32-bit scheme (pipelines.near_duplicates.SCHEME)")
    packed = values.astype(_VALUE)
    return [bytes((band,)) + packed[band * ROWS : (band + 1) * ROWS].tobytes() for band in range(BANDS)]


def _connection(db: sqlite_utils.Database | sqlite3.Connection) -> sqlite3.Connection:
    return db.conn if isinstance(db, sqlite_utils.Database) else db


class CandidateIndex:
    """The articles that may be copies of a text: those sharing an LSH bucket with its signature.

    Writes happen in the caller's transaction (the archive commits them with the article)."""

    def __init__(self, db: sqlite_utils.Database | sqlite3.Connection) -> None:
        self.conn = _connection(db)

    def add(self, key: int, minhash: Signature, keys: list[bytes] | None = None) -> None:
        """Index ``key`` under ``minhash``'s buckets (``keys``: those buckets, when already computed)."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO minhash_buckets (bucket, article_id) VALUES (?, ?)",
            [(bucket, key) for bucket in (keys if keys is not None else buckets(minhash))],
        )

    def remove(self, key: int, minhash: Signature) -> None:
        """Forget ``key``, which was added with ``minhash``."""
        self.conn.executemany(
            "DELETE FROM minhash_buckets WHERE bucket = ? AND article_id = ?",
            [(bucket, key) for bucket in buckets(minhash)],
        )

    def candidates(self, minhash: Signature) -> list[int]:
        """Every key sharing at least one bucket with ``minhash`` (datasketch's ``query``), sorted."""
        keys = buckets(minhash)
        rows = self.conn.execute(
            f"SELECT DISTINCT article_id FROM minhash_buckets WHERE bucket IN ({','.join('?' * len(keys))})", keys
        )
        return sorted(key for (key,) in rows)

    def best_candidates(
        self, minhash: Signature, floor: float, limit: int = MAX_VERIFIED, keys: list[bytes] | None = None
    ) -> list[int]:
        """The candidates whose estimated similarity (share of equal signature values, read from
        ``articles.minhash``) is at least ``floor``, most similar first, at most ``limit``. ``keys``:
        ``minhash``'s buckets, when already computed."""
        keys = keys if keys is not None else buckets(minhash)
        rows = self.conn.execute(
            "SELECT id, minhash FROM articles WHERE minhash IS NOT NULL AND id IN"
            f" (SELECT article_id FROM minhash_buckets WHERE bucket IN ({','.join('?' * len(keys))}))",
            keys,
        ).fetchall()
        if not rows:
            return []
        ids = np.fromiter((key for key, _ in rows), dtype=np.int64, count=len(rows))
        signatures = np.frombuffer(b"".join(data for _, data in rows), dtype=np.uint64).reshape(len(rows), -1)
        scores = (signatures == minhash).mean(axis=1)
        order = np.lexsort((ids, -scores))  # most similar first, then the smaller id
        return [int(ids[i]) for i in order if scores[i] >= floor][:limit]

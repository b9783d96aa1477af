"""The near-duplicate LSH index kept in SQLite gives the candidates datasketch's in-memory index gave."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from pipelines.archive import Archive
from pipelines.items import Article, FetchedPage
from pipelines.near_duplicate_index import BANDS, ROWS, CandidateIndex, buckets
from pipelines.near_duplicates import (
    LSH_THRESHOLD,
    NUM_PERM,
    SCHEME,
    SEED,
    shingles,
    signature,
    signature_bytes,
    signature_from_bytes,
)
from pipelines.schema import open_database
from tests.fixtures.near_duplicate_pairs import load_pairs


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The labelled pairs' texts (copies and hard non-copies: many shared buckets), and some with
    sentences dropped, so that candidates overlap in several ways."""
    pairs = load_pairs()
    made = [t for p in pairs for t in (p.a, p.b)]
    made += ["\n".join(t.splitlines()[1:]) for t in made[:40] if len(t.splitlines()) > 2]
    return made


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "archive.db")
    yield database
    database.close()


def datasketch_minhash(text: str) -> MinHash:
    """The signature as tessaban computed it with datasketch before computing it itself."""
    import zlib

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
    return minhash


def test_signatures_are_datasketchs_value_for_value(texts):
    for text in [*texts, "", "ab", "ข่าว"]:
        ours, theirs = signature(text), datasketch_minhash(text)
        assert ours.dtype == np.uint64 and ours.shape == (NUM_PERM,)
        assert np.array_equal(ours, theirs.hashvalues.astype(np.uint64)), text[:40]
        assert np.array_equal(signature_from_bytes(signature_bytes(ours)), ours)


def test_banding_is_datasketchs():
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
    assert lsh.hashranges == [(band * ROWS, (band + 1) * ROWS) for band in range(BANDS)]


def test_same_candidates_as_datasketch_through_adds_and_removes(db, texts):
    signatures = [signature(t) for t in texts]
    reference = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    index = CandidateIndex(db)
    for key, text in enumerate(texts):
        reference.insert(key, datasketch_minhash(text))
        index.add(key, signatures[key])
    for key in range(0, len(texts), 3):  # as a changed article is removed, then re-added
        reference.remove(key)
        index.remove(key, signatures[key])
    shared = 0
    for text, minhash in zip(texts, signatures, strict=True):
        expected = sorted(reference.query(datasketch_minhash(text)))
        assert index.candidates(minhash) == expected
        shared += len(expected) > 1
    assert shared > 40  # the set exercises real candidates, not only each text finding itself


def _reference_best(signatures: dict[int, np.ndarray], candidates: list[int], query, floor: float) -> list[int]:
    """The in-memory index's ranking before the index moved to SQLite."""
    scored = [(float(np.mean(signatures[key] == query)), key) for key in candidates]
    return [key for score, key in sorted(scored, key=lambda s: (-s[0], s[1])) if score >= floor][:10]


def test_best_candidates_rank_on_the_stored_signatures_as_before(db, texts):
    signatures = {}
    index = CandidateIndex(db)
    db.begin()
    for key, text in enumerate(texts, start=1):
        minhash = signature(text)
        db.execute(
            "INSERT INTO articles (id, url, site, text, content_hash, first_seen, last_seen, last_changed, minhash)"
            " VALUES (?, ?, 'a.go.th', ?, ?, 't', 't', 't', ?)",
            [key, f"https://a.go.th/{key}", text, str(key), signature_bytes(minhash)],
        )
        index.add(key, minhash)
        signatures[key] = minhash
    db.commit()
    compared = 0
    for text in texts:
        query = signature(text)
        for floor in (0.0, 0.35, 0.8):
            expected = _reference_best(signatures, index.candidates(query), query, floor)
            assert index.best_candidates(query, floor) == expected
            compared += len(expected) > 1
    assert compared > 40


def test_buckets_are_band_number_and_band_values():
    minhash = signature("เทศบาลตำบลบ้านนา จัดกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก")
    made = buckets(minhash)
    assert len(made) == len(set(made)) == BANDS
    assert made[2] == bytes([2]) + minhash[10:15].astype(">u4").tobytes()
    with pytest.raises(ValueError):
        buckets(np.full(NUM_PERM, 1 << 40, dtype=np.uint64))


def _store(archive: Archive, url: str, text: str) -> None:
    archive.store_page(
        FetchedPage(
            url=url,
            site="a.go.th",
            status=200,
            kind="article",
            fetched_at="t",
            body=text.encode(),
            article=Article(title="ข่าว", text=text),
        )
    )


def test_a_changed_article_leaves_no_stale_buckets(db, texts):
    archive = Archive(db)
    _store(archive, "https://a.go.th/1", texts[0])
    _store(archive, "https://a.go.th/1", texts[2])  # the same URL, another text
    archive.commit()
    (minhash,) = db.execute("SELECT minhash FROM articles").fetchone()
    stored = sorted(b for (b,) in db.execute("SELECT bucket FROM minhash_buckets"))
    assert stored == sorted(buckets(np.frombuffer(minhash, dtype=np.uint64)))


def test_migration_fills_the_buckets_of_an_existing_archive(tmp_path, texts):
    path = tmp_path / "old.db"
    archive = Archive(open_database(path))
    for n, text in enumerate(texts[:30]):
        _store(archive, f"https://a.go.th/{n}", text)
    archive.commit()
    before = sorted(archive.db.execute("SELECT bucket, article_id FROM minhash_buckets").fetchall())
    archive.db.execute("DROP TABLE minhash_buckets")  # an archive from before m006
    archive.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_minhash_buckets'")
    archive.close()
    db = open_database(path)
    assert "m006_minhash_buckets" in [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")]
    assert sorted(db.execute("SELECT bucket, article_id FROM minhash_buckets").fetchall()) == before
    assert len(before) == 30 * BANDS
    db.close()

"""Duplicate clusters: which archived articles are the same article, and which of them is the original.

An article's text is checked against the near-duplicate index (MinHash LSH, ``minhash_buckets``):
the candidates it finds are verified on their text (pipelines.near_duplicates), and the verified
ones, with their originals and copies, become one cluster whose earliest article (by publication
date, then first fetch) is every other member's ``duplicate_of``; ``duplicates`` keeps each copy's
similarity and whether it is exact. The archive writer calls ``link`` for every new or changed text.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from pipelines.near_duplicate_index import CandidateIndex, buckets
from pipelines.near_duplicates import (
    ESTIMATE_MARGIN,
    MIN_JACCARD,
    Fingerprint,
    compare_fingerprints,
    signature,
    signature_bytes,
    signature_from_bytes,
)


class DuplicateClusters:
    """The duplicate relations of one archive, kept by its writer."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.candidates = CandidateIndex(db)  # near-duplicate LSH: its buckets are rows of minhash_buckets

    def link(self, article_id: int, text: str, seen_at: str, minhash: bytes | None = None) -> int | None:
        """Verify the LSH candidates of an article's text, then link its duplicate cluster. Returns the
        article the text is now a copy of (its ``duplicate_of``), or None."""
        signed = signature_from_bytes(minhash) if minhash else signature(text)
        # Its old signature and original, read once (nothing below changes them before _relink).
        previous, was_original = self.db.execute(
            "SELECT minhash, duplicate_of FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if previous is not None:  # a changed text: its old buckets go
            self.candidates.remove(article_id, signature_from_bytes(previous))
        minhash_bytes = signature_bytes(signed)
        self.db.execute("UPDATE articles SET minhash = ? WHERE id = ?", [minhash_bytes, article_id])
        matches: dict[int, float] = {}
        keys = buckets(signed)  # once: looked up, then added
        candidates = self.candidates.best_candidates(signed, MIN_JACCARD - ESTIMATE_MARGIN, keys=keys)
        # The rest of the fingerprint (shingles, numbers, dates) only when there is a candidate to verify:
        # most articles have none, and it was a quarter of the writer's time.
        if candidates:
            fingerprint = Fingerprint.of(text, minhash_bytes)
            for other in candidates:
                (other_text,) = self.db.execute("SELECT text FROM articles WHERE id = ?", [other]).fetchone()
                verdict = compare_fingerprints(fingerprint, other_text)
                if verdict.duplicate:
                    matches[other] = verdict.similarity
        self.candidates.add(article_id, signed, keys)
        if previous is not None:
            self._leave(article_id, was_original, seen_at)
            was_original = None
        return self._relink(article_id, matches, seen_at, was_original)

    def _leave(self, article_id: int, was_original: int | None, seen_at: str) -> None:
        """A changed text leaves the cluster its old text made: the article is no copy any more, and its
        copies, each linked for what it was, are linked again for what their own texts match (an original
        stored with its site's sidebar, before the site's template was learned, had drawn unrelated posts
        carrying the same sidebar; rebuilt from its old links, the cluster kept them once the sidebar was
        stripped from every text)."""
        if was_original is not None:
            self._no_copy(article_id)
            return
        copies = self.db.execute(
            "SELECT id, text, minhash FROM articles WHERE duplicate_of = ?", [article_id]
        ).fetchall()
        for copy, _, _ in copies:
            self._no_copy(copy)
        for copy, text, minhash in copies:
            self.link(copy, text, seen_at, minhash)

    def _no_copy(self, article_id: int) -> None:
        """The article is no copy: neither its ``duplicate_of`` nor its row of ``duplicates`` is left."""
        self.db.execute("UPDATE articles SET duplicate_of = NULL WHERE id = ?", [article_id])
        self.db.execute("DELETE FROM duplicates WHERE article_id = ?", [article_id])

    def _ids(self, sql: str, ids: Iterable[int]) -> list[tuple]:
        """Run ``sql`` with ``{ids}`` replaced by placeholders for ``ids``."""
        ids = list(ids)
        return self.db.execute(sql.format(ids=",".join("?" * len(ids))), ids).fetchall()

    def _relink(self, article_id: int, matches: dict[int, float], seen_at: str, was_original: int | None) -> int | None:
        """Point every article of the cluster (the article, its verified matches, their originals and
        copies) to the cluster's earliest article, by publication date then first fetch. ``was_original``:
        the article's ``duplicate_of`` before. Returns its ``duplicate_of`` now."""
        if not matches:
            if was_original is not None:  # it was a copy: no longer
                self._no_copy(article_id)
            else:
                self.promote_copies_of(article_id)
            return None
        members = {article_id, *matches}
        members |= {o for (o,) in self._ids("SELECT duplicate_of FROM articles WHERE id IN ({ids})", members) if o}
        members |= {a for (a,) in self._ids("SELECT id FROM articles WHERE duplicate_of IN ({ids})", members)}
        similarity = dict(
            self._ids("SELECT article_id, similarity FROM duplicates WHERE article_id IN ({ids})", members)
        )
        similarity.update(matches)
        similarity[article_id] = max(matches.values())
        (original,) = self._ids(
            "SELECT id FROM articles WHERE id IN ({ids}) ORDER BY published IS NULL, published, first_seen, id LIMIT 1",
            members,
        )[0]
        digest = dict(self._ids("SELECT id, content_hash FROM articles WHERE id IN ({ids})", members))
        self._no_copy(original)
        current = dict(self._ids("SELECT article_id, original_id FROM duplicates WHERE article_id IN ({ids})", members))
        for member in sorted(members - {original}):
            if current.get(member) == original and member not in matches and member != article_id:
                continue  # already linked to this original: a big cluster must not be rewritten each time
            self.db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", [original, member])
            self.db.execute(
                "INSERT INTO duplicates (article_id, original_id, similarity, method, detected_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET original_id = excluded.original_id,"
                " similarity = excluded.similarity, method = excluded.method",
                [
                    member,
                    original,
                    similarity.get(member, 1.0),
                    "exact" if digest[member] == digest[original] else "near",
                    seen_at,
                ],
            )
        return None if original == article_id else original

    def promote_copies_of(self, former_original: int) -> None:
        """An original that is no longer like its copies: the earliest copy becomes their original."""
        copies = [
            a
            for (a,) in self.db.execute(
                "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY published IS NULL, published, first_seen, id",
                [former_original],
            )
        ]
        if not copies:
            return
        self._no_copy(copies[0])
        for copy in copies[1:]:
            self.db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", [copies[0], copy])
            self.db.execute("UPDATE duplicates SET original_id = ? WHERE article_id = ?", [copies[0], copy])

    def forget(self, article_id: int) -> None:
        """Take an article out of the clusters (it is being removed): its buckets and duplicate rows
        go, and its copies get the earliest of them as their original."""
        (minhash,) = self.db.execute("SELECT minhash FROM articles WHERE id = ?", [article_id]).fetchone()
        if minhash is not None:
            self.candidates.remove(article_id, signature_from_bytes(minhash))
        self.promote_copies_of(article_id)
        self.db.execute("DELETE FROM duplicates WHERE article_id = ? OR original_id = ?", [article_id, article_id])

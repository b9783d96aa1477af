"""The archive's search indexes: the trigram index ``articles_fts``, the segmented word index
``articles_words`` and the short-word index ``articles_grams`` (pipelines.short_grams).

An article's entries are queued in ``search_queue`` as it is stored (the trigram entry by a trigger,
so any writer queues it; the words and grams by ``index_article``) and written for a whole batch by
``flush`` before the archive commits: one statement per index. FTS5 writes its pending entries out at
every statement that opens a savepoint, so writing each article's entries between the batch's other
writes made thousands of tiny index segments to merge. One place writes the indexes and one place
takes an article out of them, so ``pipelines.search`` can trust what it reads."""

from __future__ import annotations

import sqlite_utils

from pipelines.short_grams import gram_document
from pipelines.thai_words import segmented


def index_article(
    db: sqlite_utils.Database,
    article_id: int,
    title: str | None,
    text: str,
    *,
    title_words: str | None = None,
    text_words: str | None = None,
    grams: str | None = None,
) -> None:
    """Index an article's new title and text. ``title_words``, ``text_words`` and ``grams``, when an
    extraction worker computed them for exactly this text, spare the writer the work."""
    words_of_title = title_words if title_words is not None else segmented(title or "")
    words_of_text = text_words if text_words is not None else segmented(text)
    db.execute(
        "INSERT INTO search_queue (article_id, title_words, text_words, grams) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(article_id) DO UPDATE SET title_words = excluded.title_words,"
        " text_words = excluded.text_words, grams = excluded.grams",
        [article_id, words_of_title, words_of_text, grams or gram_document(title, text)],
    )


def unindex_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Take an article out of the word index, queued or written. Its grams stay (the short-word index
    is only added to; ``pipelines.search`` joins its candidates to ``articles``, so a removed article
    is never found)."""
    db.execute("DELETE FROM articles_words WHERE rowid = ?", [article_id])
    db.execute("UPDATE search_queue SET title_words = NULL, text_words = NULL WHERE article_id = ?", [article_id])


def flush(db: sqlite_utils.Database) -> int:
    """Write every queued index entry, one statement per index, and empty the queue. Returns the
    articles indexed. Called in the writer's transaction, just before it commits."""
    (queued,) = db.execute("SELECT count(*) FROM search_queue").fetchone()
    if not queued:
        return 0
    db.execute(
        "INSERT INTO articles_fts (rowid, title, text) SELECT a.id, a.title, a.text"
        " FROM search_queue q JOIN articles a ON a.id = q.article_id WHERE q.trigram"
    )
    words = "FROM search_queue WHERE text_words IS NOT NULL"
    db.execute(f"DELETE FROM articles_words WHERE rowid IN (SELECT article_id {words})")
    db.execute(f"INSERT INTO articles_words (rowid, title, text) SELECT article_id, title_words, text_words {words}")
    # Only added to: an old text's grams stay as candidates the search's LIKE rejects.
    db.execute(
        "INSERT INTO articles_grams (rowid, grams) SELECT article_id, grams FROM search_queue WHERE grams IS NOT NULL"
    )
    db.execute("DELETE FROM search_queue")
    return int(queued)

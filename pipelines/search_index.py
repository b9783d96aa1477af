"""The archive's search indexes that Python keeps (the trigram index ``articles_fts`` is kept by
SQLite triggers): the segmented word index ``articles_words`` and the short-word index
``articles_grams`` (pipelines.short_grams). One place writes them, for the archive writer, and one
place takes an article out of them, so ``pipelines.search`` can trust what it reads."""

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
    db.execute("DELETE FROM articles_words WHERE rowid = ?", [article_id])
    db.execute(
        "INSERT INTO articles_words (rowid, title, text) VALUES (?, ?, ?)", [article_id, words_of_title, words_of_text]
    )
    # Only added to: an old text's grams stay as candidates the search's LIKE rejects.
    db.execute(
        "INSERT INTO articles_grams (rowid, grams) VALUES (?, ?)", [article_id, grams or gram_document(title, text)]
    )


def unindex_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Take an article out of the word index. Its grams stay (the short-word index is only added to;
    ``pipelines.search`` joins its candidates to ``articles``, so a removed article is never found)."""
    db.execute("DELETE FROM articles_words WHERE rowid = ?", [article_id])

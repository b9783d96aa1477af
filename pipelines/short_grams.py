"""The short-word index: which articles contain a given 1- or 2-character string, anywhere.

Thai has many words of one or two characters (ปี, ที่, ได้ …), often inside compounds (ประจำปี), and
the trigram index cannot look them up: searching them meant a ``LIKE`` scan of every text (hundreds
of milliseconds at 100,000 articles). ``articles_grams`` is an FTS5 table without content or
positions (``detail=none``) holding, for each article, every distinct character and every pair of
adjacent characters of its title and text (no whitespace inside): one look-up gives the articles
that may contain a short term, and ``LIKE`` then confirms each, so results are exactly the scan's.

Tokens are the characters' code points in hex (``ป`` is ``e1b``, ``ปี`` is ``e1bxe35``), read by the
``ascii`` tokenizer: Thai marks, digits and punctuation (``อ.``) are all tokens, and nothing depends
on how a Unicode tokenizer classes them. ASCII letters are lowercased, as ``LIKE`` compares them.
Rows are only ever added: a changed text adds its new grams (the old ones stay, as candidates that
``LIKE`` rejects), so the index is a superset of the truth and never misses.
"""

from __future__ import annotations

from functools import lru_cache

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """``text`` with ASCII letters lowercased and nothing else changed (its length kept): as ``LIKE``
    and the trigram index compare letters."""
    return text.translate(_ASCII_LOWER)


# A text's grams are few and much the same from one article to the next (Thai has ~90 characters): a
# gram's token is worked out once (a fifth of index_hints' time in the extraction workers before).
@lru_cache(maxsize=1 << 16)
def _token(gram: str) -> str:
    return "x".join(format(ord(c), "x") for c in gram)


def _grams(text: str) -> set[str]:
    found: set[str] = set()
    for run in ascii_lower(text).split():
        found.update(run)
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    return found


def gram_document(*texts: str | None) -> str:
    """The ``articles_grams`` row of an article: the tokens of every character and character pair."""
    found: set[str] = set()
    for text in texts:
        if text:
            found |= _grams(text)
    return " ".join(sorted(_token(g) for g in found))


def gram_query(term: str) -> str:
    """The FTS5 expression that finds every article whose grams include all of ``term``'s (an article
    containing ``term`` has them all): the pairs of each run of characters (a pair implies its
    characters), a lone character itself; each quoted, AND-ed."""
    needed: set[str] = set()
    for run in ascii_lower(term).split():
        if len(run) > 1:
            needed.update(run[i : i + 2] for i in range(len(run) - 1))
        else:
            needed.add(run)
    return " AND ".join(f'"{_token(g)}"' for g in sorted(needed)) or '""'

"""Thai word segmentation (pythainlp's newmm dictionary through nlpo3, about 30x faster, same tokens)."""

from __future__ import annotations

from pythainlp.tokenize import word_tokenize

# nlpo3 is pythainlp's Rust implementation of newmm: the same tokens, much faster (see README).
ENGINE = "nlpo3"


def words(text: str) -> list[str]:
    """The words of ``text`` (whitespace dropped), as pythainlp's newmm would cut them."""
    return [w for w in word_tokenize(text, engine=ENGINE, keep_whitespace=False) if w.strip()]


def segmented(text: str) -> str:
    """``text`` with a space between words, ready for an FTS5 word index; line breaks kept."""
    return "\n".join(" ".join(words(line)) for line in text.splitlines())

"""Content identity: the fingerprint two copies of one article share."""

from __future__ import annotations

import hashlib
import re

# Keeps Thai vowel and tone marks, which Python counts as non-word characters.
_NOT_WORD = re.compile(r"[^\w\u0e00-\u0e7f]+|_")


def normalised_for_hash(text: str) -> str:
    """Text with case, whitespace and punctuation removed, so trivial re-formatting is not a change."""
    return _NOT_WORD.sub("", text.casefold())


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised article text: equal for exact duplicates."""
    return hashlib.sha256(normalised_for_hash(text).encode("utf-8")).hexdigest()

"""crawler.bloom.BloomSet: no value added is ever reported missing, across the layers it grows."""

from __future__ import annotations

import random

from crawler.bloom import BloomSet


def test_every_value_added_is_found_and_reported_once_across_layers():
    draw = random.Random(7)  # the model adds 63-bit hashes of URLs and texts: well spread
    values = [draw.getrandbits(63) for _ in range(30_000)]
    bloom = BloomSet(capacity=1_000)  # grows four layers over these values
    first = [bloom.add(value) for value in values]
    assert len(bloom._layers) >= 3
    assert all(value in bloom for value in values)
    assert not any(bloom.add(value) for value in values)  # a second add never says "new"
    assert sum(first) >= 0.97 * len(values)  # few taken for seen before they were
    strangers = [draw.getrandbits(63) for _ in range(10_000)]
    assert sum(value in bloom for value in strangers) <= 0.05 * len(strangers)

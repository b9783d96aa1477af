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


def test_a_value_is_found_exactly_when_all_its_bits_are_set_in_a_layer():
    """The look-up stops at the first bit not set (most values looked up are not there): the answer is
    still the definition's, the value's seven positions (double hashing) all set in some layer."""
    draw = random.Random(11)
    bloom = BloomSet(capacity=500)
    for _ in range(3_000):
        bloom.add(draw.getrandbits(63))

    def defined(value: int) -> bool:
        a, b = value & 0xFFFFFFFF, (value >> 31) | 1
        return any(
            all(bits[p >> 3] & (1 << (p & 7)) for p in ((a + i * b) % size for i in range(7)))
            for bits, size, _ in bloom._layers
        )

    looked_up = [draw.getrandbits(63) for _ in range(20_000)]
    answers = [value in bloom for value in looked_up]
    assert answers == [defined(value) for value in looked_up]
    assert 0 < sum(answers) < 0.05 * len(looked_up)  # some false positives, as a Bloom filter has

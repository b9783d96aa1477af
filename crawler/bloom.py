"""BloomSet: what a site model remembers of a site in little memory (hashes seen, not the values)."""

from __future__ import annotations

HASHES = 7  # bits set per value: about 1 % false positives at 9.6 bits a value


class BloomSet:
    """A set of 63-bit hashes in a few bits each (false positives ~1%, no false negatives); grows
    by adding layers, so a small site costs little and a 100,000-page site stays in megabytes."""

    def __init__(self, capacity: int = 4096) -> None:
        self._layers: list[tuple[bytearray, int, int]] = []  # (bits, size in bits, capacity)
        self._count = 0
        self._add_layer(capacity)

    def _add_layer(self, capacity: int) -> None:
        size = max(64, int(capacity * 9.6))
        self._layers.append((bytearray((size + 7) // 8), size, capacity))
        self._count = 0

    @staticmethod
    def _positions(value: int, size: int) -> list[int]:
        a, b = value & 0xFFFFFFFF, (value >> 31) | 1
        return [(a + i * b) % size for i in range(HASHES)]

    @staticmethod
    def _has(bits: bytearray, size: int, a: int, b: int) -> bool:
        """All of a value's bits are set in a layer. It stops at the first bit that is not: most values
        looked up are not there (every link of every page is looked up), and it is found at once."""
        for i in range(HASHES):
            p = (a + i * b) % size
            if not bits[p >> 3] & (1 << (p & 7)):
                return False
        return True

    def __contains__(self, value: int) -> bool:
        a, b = value & 0xFFFFFFFF, (value >> 31) | 1
        return any(self._has(bits, size, a, b) for bits, size, _ in self._layers)

    def add(self, value: int) -> bool:
        """Add ``value``; True when it was not there before."""
        a, b = value & 0xFFFFFFFF, (value >> 31) | 1
        for bits, size, _ in self._layers:
            if self._has(bits, size, a, b):
                return False
        bits, size, capacity = self._layers[-1]
        if self._count >= capacity:
            self._add_layer(capacity * 4)
            bits, size, capacity = self._layers[-1]
        for p in self._positions(value, size):
            bits[p >> 3] |= 1 << (p & 7)
        self._count += 1
        return True

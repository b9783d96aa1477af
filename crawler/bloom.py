"""BloomSet: what a site model remembers of a site in little memory (hashes seen, not the values)."""

from __future__ import annotations


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
        return [(a + i * b) % size for i in range(7)]

    @staticmethod
    def _has(bits: bytearray, positions: list[int]) -> bool:
        return all(bits[p >> 3] & (1 << (p & 7)) for p in positions)

    def __contains__(self, value: int) -> bool:
        positions = self._positions
        return any(self._has(bits, positions(value, size)) for bits, size, _ in self._layers)

    def add(self, value: int) -> bool:
        """Add ``value``; True when it was not there before. (Every link of every page comes here: the
        last layer's positions are computed once, for the look-up and the setting.)"""
        layers = self._layers
        for bits, size, _ in layers[:-1]:
            if self._has(bits, self._positions(value, size)):
                return False
        bits, size, capacity = layers[-1]
        positions = self._positions(value, size)
        if self._has(bits, positions):
            return False
        if self._count >= capacity:
            self._add_layer(capacity * 4)
            bits, size, capacity = self._layers[-1]
            positions = self._positions(value, size)
        for p in positions:
            bits[p >> 3] |= 1 << (p & 7)
        self._count += 1
        return True

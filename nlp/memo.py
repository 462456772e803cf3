"""A bounded memo for per-word work on the analysis's hot path."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    """Values worked out on first sight of a key; forgets them all when `size` is reached.

    Most words recur across messages, so this saves most of the work; a plain dict is
    faster to read than an LRU cache, and clearing when full keeps memory bounded.
    """

    def __init__(self, compute: Callable[[K], V], size: int) -> None:
        super().__init__()
        self._compute = compute
        self._size = size

    def __missing__(self, key: K) -> V:
        if len(self) >= self._size:
            self.clear()
        self[key] = value = self._compute(key)
        return value

"""A spaCy Matcher wrapper that only runs each pattern near its rarest required word.

spaCy's Matcher tries every pattern at every token, and set predicates (`IN`) run in
Python, so hundreds of cue patterns over a 4,096-character message take hundreds of
milliseconds. Each pattern here gets its own Matcher and an *anchor*: its required slot
whose words are rarest. A pattern runs only on the window of tokens around an anchor word,
which keeps the screen within a few milliseconds with identical results.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from nlp.risk_patterns.lexicon import SENTENCE_END

# Words too common to anchor on: a slot made only of these is never chosen if another exists.
COMMON = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "so",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "up",
        "out",
        "about",
        "into",
        "over",
        "after",
        "is",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "can",
        "could",
        "will",
        "would",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "what",
        "who",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "just",
        "really",
        "very",
        "too",
        "get",
        "got",
        "go",
        "going",
        "went",
        "gone",
        "make",
        "made",
        "say",
        "said",
        "tell",
        "told",
        "know",
        "think",
        "want",
        "like",
        "feel",
        "one",
        "thing",
        "things",
        "stuff",
        "people",
        "someone",
    ]
)


def _cost(words: frozenset[str]) -> int:
    return sum(1000 if word in COMMON else 1 for word in words)


def _slot_words(token: dict[str, Any]) -> frozenset[str] | None:
    """The words a required slot accepts, or None for optional slots and gaps."""
    if token.get("OP") not in (None, "1", "!"):
        return None
    value = token.get("LOWER")
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, dict) and "IN" in value:
        return frozenset(value["IN"])
    return None


def _reach(tokens: list[dict[str, Any]]) -> int:
    """The most tokens a pattern can span."""
    total = 0
    for token in tokens:
        op = token.get("OP", "1")
        total += int(op[1:-1].split(",")[1]) if op.startswith("{") else 1
    return total


class AnchoredMatcher:
    """Match many token patterns quickly by running each only near its anchor word."""

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._by_anchor: dict[str, list[int]] = defaultdict(list)
        self._matchers: list[tuple[Matcher, int, list[frozenset[str]]]] = []

    def add(self, key: str, tokens: list[dict[str, Any]]) -> None:
        """Add one pattern under `key` (greedy: the longest match wins)."""
        slots = [words for token in tokens if (words := _slot_words(token)) is not None]
        if not slots:
            raise ValueError(f"pattern {key!r} has no required slot to anchor on")
        matcher = Matcher(self._vocab)
        matcher.add(key, [tokens], greedy="LONGEST")
        index = len(self._matchers)
        self._matchers.append((matcher, _reach(tokens), slots))
        for word in min(slots, key=_cost):
            self._by_anchor[word].append(index)

    def __call__(self, doc: Doc, words: list[str] | None = None) -> list[tuple[int, int, int]]:
        """All (match id, start, end) triples, as spaCy's Matcher would return them."""
        words = words if words is not None else [token.text for token in doc]
        bounds = _sentence_bounds(words)
        found: set[tuple[int, int, int]] = set()
        seen: dict[tuple[int, tuple[str, ...]], list[tuple[int, int, int]]] = {}
        for index, start, end in self._windows(words, bounds):
            window = tuple(words[start:end])
            if (index, window) not in seen:
                seen[index, window] = self._run(index, doc, start, end, window)
            found.update((key, start + s, start + e) for key, s, e in seen[index, window])
        return sorted(found, key=lambda match: (match[1], match[2]))

    def _run(
        self, index: int, doc: Doc, start: int, end: int, window: tuple[str, ...]
    ) -> list[tuple[int, int, int]]:
        matcher, _, slots = self._matchers[index]
        present = frozenset(window)
        if any(present.isdisjoint(slot) for slot in slots):
            return []
        return list(matcher(doc[start:end]))

    def _windows(
        self, words: list[str], bounds: list[tuple[int, int]]
    ) -> list[tuple[int, int, int]]:
        """(pattern, start, end) windows around anchors, clipped to the anchor's sentence."""
        positions: dict[int, list[int]] = defaultdict(list)
        viable: dict[int, bool] = {}
        present = frozenset(words)
        for position, word in enumerate(words):
            for index in self._by_anchor.get(word, ()):
                if index not in viable:
                    slots = self._matchers[index][2]
                    viable[index] = not any(present.isdisjoint(slot) for slot in slots)
                if viable[index]:
                    positions[index].append(position)
        windows = []
        for index, found in positions.items():
            reach = self._matchers[index][1]
            for start, end in _merge(found, reach, bounds):
                windows.append((index, start, end))
        return windows


def _sentence_bounds(words: list[str]) -> list[tuple[int, int]]:
    """For each token, the [start, end) of its sentence (no cue pattern crosses one)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for i, word in enumerate(words):
        if word in SENTENCE_END:
            bounds.extend([(start, i + 1)] * (i + 1 - start))
            start = i + 1
    bounds.extend([(start, len(words))] * (len(words) - start))
    return bounds


def _merge(
    positions: list[int], reach: int, bounds: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Windows of `reach` tokens either side of each position within its sentence, merged."""
    windows: list[tuple[int, int]] = []
    for position in positions:
        first, last = bounds[position]
        start, end = max(position - reach, first), min(position + reach + 1, last)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows

"""A spaCy Matcher wrapper that only runs each pattern near its rarest required word.

spaCy's Matcher tries every pattern at every token, and set predicates (`IN`) run in
Python, so hundreds of cue patterns over a 4,096-character message take hundreds of
milliseconds. Each pattern here gets its own Matcher and an *anchor*: its required slot
whose words are rarest. A pattern runs only on the window of tokens around an anchor word,
which keeps the screen within a few milliseconds with identical results.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One pattern's own Matcher, the most tokens it can span, and its required slots."""

    matcher: Matcher
    reach: int
    anchor: frozenset[str]  # the words of its rarest slot: it runs only around these
    needs: frozenset[int]  # ids of its slots: it can match only if every one is present


# Under a first slot: each second slot's bit, then the patterns filed under both, grouped by
# the bits of all their slots (patterns often share their slots: "took"/"taken" variants).
_Filed = tuple[tuple[int, tuple[tuple[int, tuple[int, ...]], ...]], ...]


@dataclass(frozen=True, slots=True)
class _Filing:
    """Where to look for the patterns a message's words may complete.

    Sets of slots are bit masks (bit n: slot n): or-ing a message's words' masks and testing
    a pattern's slots against them is far cheaper than uniting and comparing sets of ints.
    """

    slot_bits_of_word: dict[str, int]
    firsts_of_word: dict[str, tuple[int, ...]]  # the word's slots that patterns are filed under
    by_first: dict[int, _Filed]


class AnchoredMatcher:
    """Match many token patterns quickly by running each only near its anchor word.

    A pattern can only match a message that has a word of every required slot. Checking
    that for every pattern anchored on a message's words cost more than all the matching
    (3,000 patterns are anchored on "meet"), so each pattern is also filed under two slots
    a message rarely fills, and a message checks only the patterns filed under two slots
    its words fill. Patterns share one copy of each distinct slot (some 30,000 patterns have
    under 3,000 distinct slots).
    """

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._patterns: list[_Pattern] = []
        self._slots: list[frozenset[str]] = []  # the words of each slot, by slot id
        self._slot_ids: dict[frozenset[str], int] = {}
        self._slots_of_word: dict[str, list[int]] = defaultdict(list)
        self._needs: dict[frozenset[int], frozenset[int]] = {}
        self._filing: _Filing | None = None  # filed at the first match, once every pattern is in

    def add(self, key: str, tokens: list[dict[str, Any]]) -> None:
        """Add one pattern under `key` (greedy: the longest match wins)."""
        slots = [words for token in tokens if (words := _slot_words(token)) is not None]
        if not slots:
            raise ValueError(f"pattern {key!r} has no required slot to anchor on")
        matcher = Matcher(self._vocab)
        matcher.add(key, [tokens], greedy="LONGEST")
        needs = frozenset(self._slot_id(words) for words in slots)
        needs = self._needs.setdefault(needs, needs)
        anchor = self._slots[self._slot_id(min(slots, key=_cost))]
        self._patterns.append(_Pattern(matcher, _reach(tokens), anchor, needs))
        self._filing = None

    def _slot_id(self, words: frozenset[str]) -> int:
        if words not in self._slot_ids:
            self._slot_ids[words] = len(self._slots)
            self._slots.append(words)
            for word in words:
                self._slots_of_word[word].append(self._slot_ids[words])
        return self._slot_ids[words]

    def __call__(self, doc: Doc, words: list[str] | None = None) -> list[tuple[int, int, int]]:
        """All (match id, start, end) triples, as spaCy's Matcher would return them."""
        words = words if words is not None else [token.text for token in doc]
        viable = self._viable(set(words))
        if not viable:  # most messages, for most matchers: no need to find windows
            return []
        found: set[tuple[int, int, int]] = set()
        seen: dict[tuple[int, tuple[str, ...]], list[tuple[int, int, int]]] = {}
        for index, start, end in self._windows(words, viable):
            window = tuple(words[start:end])
            if (index, window) not in seen:
                seen[index, window] = self._run(index, doc, start, end, window)
            found.update((key, start + s, start + e) for key, s, e in seen[index, window])
        return sorted(found, key=lambda match: (match[1], match[2]))

    def _run(
        self, index: int, doc: Doc, start: int, end: int, window: tuple[str, ...]
    ) -> list[tuple[int, int, int]]:
        pattern = self._patterns[index]
        present = frozenset(window)
        if any(present.isdisjoint(self._slots[slot]) for slot in pattern.needs):
            return []
        return list(pattern.matcher(doc[start:end]))

    def _windows(self, words: list[str], viable: list[int]) -> list[tuple[int, int, int]]:
        """(pattern, start, end) windows around anchors, clipped to the anchor's sentence."""
        positions: dict[str, list[int]] = defaultdict(list)
        for position, word in enumerate(words):
            positions[word].append(position)
        bounds = _sentence_bounds(words)
        windows = []
        for index, anchors in self._anchored(viable, positions):
            reach = self._patterns[index].reach
            for start, end in _merge(anchors, reach, bounds):
                windows.append((index, start, end))
        return windows

    def _anchored(
        self, viable: list[int], positions: dict[str, list[int]]
    ) -> list[tuple[int, list[int]]]:
        """Each viable pattern with its anchors' positions, the first anchor first."""
        anchored = []
        for index in viable:
            words = positions.keys() & self._patterns[index].anchor
            anchored.append((index, sorted(p for word in words for p in positions[word])))
        # Reading order (first anchor, then pattern): the order equal matches come out in.
        anchored.sort(key=lambda item: (item[1][0], item[0]))
        return anchored

    def _viable(self, present: Iterable[str]) -> list[int]:
        """The patterns with a present word in every required slot."""
        filing = self._filing if self._filing is not None else self._file_patterns()
        filled = 0
        firsts: set[int] = set()
        for word in present:
            if word in filing.slot_bits_of_word:
                filled |= filing.slot_bits_of_word[word]
                firsts.update(filing.firsts_of_word[word])
        viable: list[int] = []
        for first in firsts:
            for second, groups in filing.by_first[first]:
                if filled & second:
                    for needs, indices in groups:
                        if needs & filled == needs:
                            viable.extend(indices)
        return viable

    def _file_patterns(self) -> _Filing:
        """File each pattern under the two slots a message is least likely to fill.

        Those are slots without a common word, then with the fewest words; ties go to the
        slot fewer patterns share, so that the lists a filled slot leads to stay short.
        """
        shared = Counter(slot for pattern in self._patterns for slot in pattern.needs)
        rarity = {
            s: (_cost(words) >= 1000, len(words), shared[s], s)
            for s, words in enumerate(self._slots)
        }
        bits = {needs: sum(1 << slot for slot in needs) for needs in self._needs}
        filed: dict[int, dict[int, dict[int, list[int]]]] = defaultdict(dict)
        for index, pattern in enumerate(self._patterns):
            rarest = sorted(pattern.needs, key=rarity.__getitem__)
            first, second = rarest[0], rarest[min(1, len(rarest) - 1)]
            groups = filed[first].setdefault(1 << second, {})
            groups.setdefault(bits[pattern.needs], []).append(index)
        by_word = self._slots_of_word.items()
        self._filing = _Filing(
            {word: sum(1 << s for s in slots) for word, slots in by_word},
            {word: tuple(s for s in slots if s in filed) for word, slots in by_word},
            {
                first: tuple(
                    (second, tuple((needs, tuple(indices)) for needs, indices in groups.items()))
                    for second, groups in by_second.items()
                )
                for first, by_second in filed.items()
            },
        )
        return self._filing


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

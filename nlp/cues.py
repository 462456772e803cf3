"""Explainable cues: which lexicon phrases a message contains, on normalised lemmas.

A message is normalised (`nlp.textspeak`), split into words and lemmatised with
`nlp.morphology`, so the same words come out with or without an English model installed.
Cue hits then become features for the trained classifiers and drive the few hard rules in
`nlp.themes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from nlp.cue_lexicon import INTENT_CUES, SENTIMENT_CUES, STRONG_THEME_CUES, THEME_HINTS
from nlp.morphology import approximate_lemma
from nlp.textspeak import Normaliser, spell_out

NUMBER = "<num>"
# Words (with an apostrophe suffix split off, as spaCy does) and single marks or emoji.
_TOKEN = re.compile(r"[a-z0-9]+|'[a-z]+|[^\sa-z0-9']")
# kind of cue → its phrases by label
LEXICON: dict[str, dict[str, tuple[str, ...]]] = {
    "theme": STRONG_THEME_CUES,
    "hint": THEME_HINTS,
    "intent": INTENT_CUES,
    "sentiment": SENTIMENT_CUES,
}
# Strong theme cues and weak hints compete for the same words; the longest wins.
_GROUP = {"theme": "theme", "hint": "theme", "intent": "intent", "sentiment": "sentiment"}


@dataclass(frozen=True)
class CueHit:
    """A lexicon phrase found in a message; `id` names our phrase, never the user's words."""

    kind: str
    label: str
    phrase: str

    @cached_property
    def id(self) -> str:  # hits are built once per lexicon phrase: format each string once
        return f"{self.kind}:{self.label}:{self.phrase}"

    @cached_property
    def feature(self) -> str:
        return f"cue={self.kind}:{self.label}"


_Entry = tuple[tuple[str, ...], str, tuple["CueHit", ...]]


@dataclass(frozen=True)
class PreparedText:
    """A message as lemmas (numbers masked) and the cues it contains."""

    lemmas: tuple[str, ...]
    cues: tuple[CueHit, ...]

    def labels(self, kind: str) -> frozenset[str]:
        """The labels of this kind with at least one cue."""
        return self._labels.get(kind, frozenset())

    @cached_property
    def _labels(self) -> dict[str, frozenset[str]]:
        kinds = {hit.kind for hit in self.cues}
        return {k: frozenset(hit.label for hit in self.cues if hit.kind == k) for k in kinds}


@cache
def _lemma(word: str) -> str:
    return NUMBER if word[0].isdigit() else approximate_lemma(word)


def lemmatise(normalised: str) -> tuple[str, ...]:
    """Split normalised text into words and marks, then lemmatise; numbers become <num>."""
    return tuple(map(_lemma, _TOKEN.findall(normalised)))


def _vocabulary() -> set[str]:
    phrases = (p for by_label in LEXICON.values() for ps in by_label.values() for p in ps)
    return {word for phrase in phrases for word in phrase.split() if word.isalpha()}


class CueMatcher:
    """Normalise, lemmatise and find lexicon cues. Build once; reuse; thread-safe.

    A dictionary keyed by a phrase's first lemma does the matching: it gives the same
    answers as spaCy's PhraseMatcher on lemmas at about a fifth of the cost per message,
    because it needs no Doc or Token objects.
    """

    def __init__(self) -> None:
        self._normaliser = Normaliser(_vocabulary())
        by_phrase: dict[tuple[tuple[str, ...], str], list[CueHit]] = {}
        for kind, by_label in LEXICON.items():
            for label, phrases in by_label.items():
                for phrase in phrases:
                    lemmas = lemmatise(self._normaliser.normalise(phrase))
                    by_phrase.setdefault((lemmas, _GROUP[kind]), []).append(
                        CueHit(kind, label, phrase)
                    )
        self._phrases: dict[str, list[_Entry]] = {}
        for (lemmas, group), hits in by_phrase.items():
            self._phrases.setdefault(lemmas[0], []).append((lemmas, group, tuple(hits)))

    def prepare(self, text: str) -> PreparedText:
        """Lemmas and cue hits for one message (empty for empty text)."""
        return self.prepare_spelled(spell_out(text or ""))

    def prepare_spelled(self, spelled: str) -> PreparedText:
        """`prepare` for a message already through `textspeak.spell_out`."""
        lemmas = lemmatise(self._normaliser.normalise_spelled(spelled))
        return PreparedText(lemmas, self._match(lemmas))

    def prepare_many(self, texts: Iterable[str]) -> Iterator[PreparedText]:
        """`prepare` over many messages."""
        return (self.prepare(text) for text in texts)

    def _match(self, lemmas: tuple[str, ...]) -> tuple[CueHit, ...]:
        """Longest non-overlapping matches per group: "foster mum" does not also hint "mum"."""
        found: list[tuple[int, int, str, tuple[CueHit, ...]]] = []
        for start, lemma in enumerate(lemmas):
            if lemma not in self._phrases:  # most words start no phrase
                continue
            for phrase, group, hits in self._phrases[lemma]:
                size = len(phrase)
                if size == 1 or lemmas[start : start + size] == phrase:
                    found.append((-size, start, group, hits))
        if not found:
            return ()
        found.sort(key=lambda f: (f[0], f[1]))
        used: dict[str, set[int]] = {}
        kept: list[CueHit] = []
        for negative_size, start, group, hits in found:
            words = range(start, start - negative_size)
            taken = used.setdefault(group, set())
            if taken.isdisjoint(words):
                taken.update(words)
                kept.extend(hits)
        return tuple(dict.fromkeys(kept))

"""Features for the risk model: words, lemmas, word classes and class bigrams.

Word classes let the model generalise past the words it was trained on: "he slaps me"
and "he whacks me" share the feature `@HIT me` even if only one of them was ever seen.
The classes are the cue lexicon's word sets (`nlp.risk_patterns.lexicon.WORD_SETS`) plus
a few the model needs that no cue uses on its own.

Chosen by 5-fold CV on the train split (model-alone urgent recall at 8% false alarms):
words + lemmas + word bigrams 0.84; + classes 0.86; + character 3-5-grams 0.86 (slower);
classes with class bigrams only (this) 0.91. L2 1e-3 beat 1e-4 and 1e-2.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from nlp.morphology import approximate_lemma, inflections
from nlp.risk_patterns.lexicon import WORD_SETS

HASH_BITS = 18
BUCKETS = 1 << HASH_BITS

_EXTRA_CLASSES: dict[str, str] = {
    "DIE": "~die dead death dying suicide suicidal ~kill ~end gone ~disappear alive ~exist "
    "~live living heaven funeral overdose",
    "SELF_HARM": "~cut cutting blade blades razor razors ~bleed blood ~scratch scars scar ~burn "
    "~harm ~hurt plasters sh bruise bruises marks",
    "LEAVE": "~leave ~run ~go ~disappear ~pack bag bags ~sneak ~escape away off ~meet ~catch "
    "train coach bus ticket",
    "SECRET": "secret secrets ~delete between ~hide private special",
    "LOCK": "~lock locked ~shut ~trap ~keep inside indoors bolt key keys door doors window "
    "windows room bedroom cupboard",
    "FOOD": "food ~eat eaten ate hungry starving meal meals dinner tea breakfast lunch fridge "
    "cupboards electric electricity gas heating credit meter money rent quid",
    "NOWHERE": "nowhere homeless street streets rough sofa park station car tent outside",
    "THREATEN": "~threaten threats threat ~warn ~promise ~swear after ~follow ~watch ~find",
    "END": "anymore more longer over enough done tired point pointless ~cope",
    "CRIME": "line lines burner ot country trap olders elders ~shot shotting ~deal dealer "
    "dealers ~sell ~drop ~run ~owe debt ~pay package packages parcel parcels bits food",
    "OLDER_AGE": " ".join(str(n) for n in range(18, 61)),
    "CHILD_AGE": " ".join(str(n) for n in range(8, 17)),
}


def _build_classes() -> dict[str, tuple[str, ...]]:
    sets = dict(WORD_SETS) | {k: tuple(v.split()) for k, v in _EXTRA_CLASSES.items()}
    classes: dict[str, set[str]] = {}
    for name, words in sets.items():
        for word in words:
            for form in inflections(word[1:]) if word.startswith("~") else (word,):
                if not form.startswith("@"):
                    classes.setdefault(form, set()).add(f"@{name}")
    return {word: tuple(sorted(names)) for word, names in classes.items()}


_CLASSES = _build_classes()


def bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


def word_classes(word: str) -> tuple[str, ...]:
    return _CLASSES.get(word, ())


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[int, ...]:
    """Buckets for one word: itself, its lemma and its classes."""
    found = {f"w|{word}", f"l|{approximate_lemma(word)}"}
    found.update(f"k|{name}" for name in word_classes(word))
    return tuple(sorted(bucket(f) for f in found))


@lru_cache(maxsize=131072)
def pair_features(first: str, second: str) -> tuple[int, ...]:
    """Buckets for two neighbouring words, each as itself or as one of its classes; a pair
    of two words that belong to no class is left out (it mostly fits the training data)."""
    lefts = (first, *word_classes(first))
    rights = (second, *word_classes(second))
    if len(lefts) == len(rights) == 1:
        return ()
    return tuple(sorted({bucket(f"b|{a} {b}") for a in lefts for b in rights}))


@lru_cache(maxsize=4096)
def cue_feature(cue: str) -> int:
    """The bucket of one rule cue id ("self_harm:cutting|urgent")."""
    return bucket(f"q|{cue}")


def feature_set(words: Sequence[str], cues: Sequence[str] = ()) -> set[int]:
    """The feature buckets of a normalised word list and its rule cue ids.

    One `set.union` over the cached per-word and per-pair tuples: the same set as updating
    word by word, with the loop in C.
    """
    found: set[int] = set().union(*map(word_features, words), *map(pair_features, words, words[1:]))
    found.update(map(cue_feature, cues))
    return found


def features(words: Sequence[str], cues: Sequence[str] = ()) -> np.ndarray:
    """`feature_set` as a sorted array, the form training and the reason head use."""
    found = feature_set(words, cues)
    return np.fromiter(sorted(found), dtype=np.int64, count=len(found))

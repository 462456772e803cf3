"""Compile the cue pattern language (see `nlp.risk_patterns`) into spaCy Matcher patterns."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from nlp.morphology import inflections
from nlp.risk_patterns.cue import Cue
from nlp.risk_patterns.lexicon import MACROS, SENTENCE_END, WORD_SETS

_MACRO = re.compile(r"\{([A-Z_]+)\}")
_GROUP = re.compile(r"\(([^()]*)\)")
_GAP = re.compile(r"^\*(\d+)$")


class PatternError(ValueError):
    """A cue pattern is malformed; the message names the cue and the slot."""


@dataclass(frozen=True)
class CompiledPattern:
    """One Matcher pattern of a cue, with the neighbours that cancel it."""

    cue: Cue
    tokens: list[dict[str, Any]]
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()


def expand_word(word: str) -> frozenset[str]:
    """The surface forms one alternative stands for (`~verb`, `@SET` or a literal)."""
    if word.startswith("@"):
        if word[1:] not in WORD_SETS:
            raise PatternError(f"unknown word set {word}")
        return frozenset().union(*(expand_word(w) for w in WORD_SETS[word[1:]]))
    if word.startswith("~"):
        return inflections(word[1:])
    return frozenset({word})


def _slot(slot: str) -> dict[str, Any]:
    gap = _GAP.match(slot)
    if gap:
        return {"LOWER": {"NOT_IN": sorted(SENTENCE_END)}, "OP": f"{{0,{gap.group(1)}}}"}
    optional = slot.endswith("?") and len(slot) > 1
    words = frozenset().union(*(expand_word(w) for w in slot.rstrip("?").split("|") if w))
    if not words:
        raise PatternError(f"empty slot {slot!r}")
    token: dict[str, Any] = {"LOWER": {"IN": sorted(words)}} if len(words) > 1 else {}
    if not token:
        token = {"LOWER": next(iter(words))}
    if optional:
        token["OP"] = "?"
    return token


def _is_one_slot(pattern: str, start: int, end: int, alternatives: list[str]) -> bool:
    """Single words, none empty, with the group a whole slot (space or `?` either side)."""
    if not all(word and " " not in word for word in alternatives):
        return False
    before_ok = start == 0 or pattern[start - 1].isspace()
    after = pattern[end : end + 1]
    if after == "?":
        after = pattern[end + 1 : end + 2]
    return before_ok and (after == "" or after.isspace())


def _expand_macros(pattern: str) -> Iterator[str]:
    names = _MACRO.findall(pattern)
    if not names:
        yield from _expand_groups(pattern)
        return
    for choice in itertools.product(*(MACROS[name] for name in names)):
        text = pattern
        for name, alternative in zip(names, choice, strict=True):
            text = text.replace("{" + name + "}", alternative, 1)
        yield from _expand_groups(text)


def _expand_groups(pattern: str) -> Iterator[str]:
    """Expand `(go on|carry on|)` into one pattern per phrase (an empty one: left out).

    A group of single words that stands as a slot of its own, `(hob|oven|iron)`, becomes
    that one slot, `hob|oven|iron`: it matches the same, and expanding it would multiply
    the patterns (each with its own Matcher) by its size.
    """
    group = _GROUP.search(pattern)
    if group is None:
        yield " ".join(pattern.split())
        return
    alternatives = group.group(1).split("|")
    if _is_one_slot(pattern, group.start(), group.end(), alternatives):
        yield from _expand_groups(
            pattern[: group.start()] + "|".join(alternatives) + pattern[group.end() :]
        )
        return
    end = group.end()
    if pattern[end : end + 1] == "?":  # "(of them)?": the whole phrase may be left out
        alternatives, end = [*alternatives, ""], end + 1
    for alternative in alternatives:
        yield from _expand_groups(pattern[: group.start()] + alternative + pattern[end:])


def _words_of(slot: str) -> frozenset[str]:
    return frozenset().union(*(expand_word(w) for w in slot.split("|") if w))


def compile_pattern(cue: Cue, pattern: str) -> list[CompiledPattern]:
    """Compile one pattern string of a cue (after macro expansion) into Matcher patterns."""
    compiled = []
    for text in _expand_macros(pattern):
        slots = text.split()
        not_before = _words_of(slots.pop(0)[2:]) if slots[0].startswith("<!") else frozenset()
        not_after = _words_of(slots.pop()[1:]) if slots[-1].startswith("!") else frozenset()
        if any(slot.startswith(("!", "<!")) for slot in slots):
            raise PatternError(f"cue {cue.id}: pattern {text!r}: a ! slot must come last")
        try:
            tokens = [_slot(slot) for slot in slots]
        except (PatternError, KeyError) as e:
            raise PatternError(f"cue {cue.id}: pattern {text!r}: {e}") from e
        compiled.append(CompiledPattern(cue, tokens, not_before, not_after))
    return compiled


def vocabulary(patterns: list[CompiledPattern]) -> frozenset[str]:
    """Every literal word the patterns can match, for spelling correction."""
    words: set[str] = set()
    for pattern in patterns:
        for token in pattern.tokens:
            value = token.get("LOWER")
            if isinstance(value, str):
                words.add(value)
            elif isinstance(value, dict) and "IN" in value:
                words.update(value["IN"])
    return frozenset(w for w in words if w.isalpha() and len(w) >= 4)

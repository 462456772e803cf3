"""The synchronous safeguarding screen, run on every free-text message before the bot replies.

Rule-based and explainable: text-speak is normalised, spaCy's Matcher finds cues written in
`nlp.risk_patterns`, and each hit is read in its context (negation, whose it is, past or
resolved, humour, accidents). The verdict carries category ids only, never the user's text.
Missing an urgent message is far worse than a false alarm, so doubt resolves upwards.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

import spacy
from spacy.language import Language

from core.analysis import NO_RISK, RiskAssessment, RiskLevel, RiskReason
from nlp.anchored_matcher import AnchoredMatcher
from nlp.risk_compiler import CompiledPattern, compile_pattern, vocabulary
from nlp.risk_context import has_age_gap, hit_level, rank
from nlp.risk_patterns import CUES, Cue
from nlp.risk_patterns.context import IDIOMS
from nlp.textspeak import Normaliser

log = logging.getLogger(__name__)

MAX_CUES = 8
ENOUGH_HITS = 3  # per cue: one urgent hit, or enough weak ones to add up
DESPAIR_THRESHOLD = 2
# Concern cues within one of these groups add up: two of them together are urgent.
ADDING_UP: tuple[frozenset[RiskReason], ...] = (
    frozenset({RiskReason.DESTITUTION}),
    frozenset(
        {RiskReason.SEXUAL_EXPLOITATION, RiskReason.CRIMINAL_EXPLOITATION, RiskReason.RUNNING_AWAY}
    ),
)
# Which reason names an urgent verdict when several apply: the most dangerous first.
PRIORITY: tuple[RiskReason, ...] = (
    RiskReason.SUICIDE, RiskReason.SELF_HARM, RiskReason.ABUSE,
    RiskReason.SEXUAL_EXPLOITATION, RiskReason.CRIMINAL_EXPLOITATION,
    RiskReason.FORCED_MARRIAGE, RiskReason.THREAT, RiskReason.CONFINEMENT,
    RiskReason.UNSAFE_HOME, RiskReason.RUNNING_AWAY, RiskReason.DESTITUTION,
    RiskReason.BULLYING, RiskReason.GOING_MISSING, RiskReason.LOW_MOOD,
    RiskReason.OTHER_CONCERN,
)  # fmt: skip
AGE_GAP = Cue("sexual_exploitation:age_gap", RiskReason.SEXUAL_EXPLOITATION, ())
DESPAIR = Cue("suicide:accumulated_despair", RiskReason.SUICIDE, ())
_IDIOM = Cue("idiom", RiskReason.OTHER_CONCERN, (), level=RiskLevel.NONE)


@dataclass(frozen=True)
class Hit:
    """A cue found at tokens [start, end), at the level its context gives it."""

    cue: Cue
    level: RiskLevel
    start: int


class RiskScreen:
    """Screen one message for safeguarding risk. Build once with `create()`; thread-safe."""

    def __init__(
        self,
        nlp: Language,
        matcher: AnchoredMatcher,
        idioms: AnchoredMatcher,
        patterns: dict[int, CompiledPattern],
        normaliser: Normaliser,
    ) -> None:
        self._nlp = nlp
        self._matcher = matcher
        self._idioms = idioms
        self._patterns = patterns
        self._normaliser = normaliser

    @classmethod
    def create(cls, cues: Sequence[Cue] = CUES) -> RiskScreen:
        """Compile the cue lists into a blank-tokenizer Matcher (fast; no model needed)."""
        started = time.perf_counter()
        nlp = spacy.blank("en")
        matcher, patterns = AnchoredMatcher(nlp.vocab), {}
        for cue in cues:
            compiled = [p for text in cue.patterns for p in compile_pattern(cue, text)]
            for i, pattern in enumerate(compiled):
                key = f"{cue.id}#{i}"
                matcher.add(key, pattern.tokens)
                patterns[nlp.vocab.strings[key]] = pattern
        idioms = AnchoredMatcher(nlp.vocab)
        for text in IDIOMS:
            for pattern in compile_pattern(_IDIOM, text):
                idioms.add("idiom", pattern.tokens)
        normaliser = Normaliser(vocabulary(list(patterns.values())))
        log.info(
            "Risk screen built: %d cues, %d patterns in %.0f ms",
            len(cues), len(patterns), (time.perf_counter() - started) * 1000,
        )  # fmt: skip
        return cls(nlp, matcher, idioms, patterns, normaliser)

    def screen(self, text: str) -> RiskAssessment:
        """Return the risk level, a reason id and cue ids for one message."""
        doc = self._nlp.make_doc(self._normaliser.normalise(text or ""))
        words = [token.text for token in doc]
        if not words:
            return NO_RISK
        matches = self._matcher(doc, words)
        idiom_spans = [(s, e) for _, s, e in self._idioms(doc, words)] if matches else []
        hits = self._read_all(matches, words, idiom_spans)
        hits.extend(_accumulated(hits, words))
        return assess(hits)

    def _read_all(
        self, matches: list[tuple[int, int, int]], words: list[str], idioms: list[tuple[int, int]]
    ) -> list[Hit]:
        """Read each match in context; stop reading a cue once it has said enough."""
        hits: list[Hit] = []
        per_cue: dict[str, int] = {}
        for match in matches:
            cue = self._patterns[match[0]].cue
            if per_cue.get(cue.id, 0) >= ENOUGH_HITS:
                continue
            hit = self._read(match, words, idioms)
            if hit is not None:
                hits.append(hit)
                per_cue[cue.id] = per_cue.get(cue.id, 0) + (
                    ENOUGH_HITS if hit.level is RiskLevel.URGENT else 1
                )
        return hits

    def _read(
        self, match: tuple[int, int, int], words: list[str], idioms: list[tuple[int, int]]
    ) -> Hit | None:
        key, start, end = match
        pattern = self._patterns[key]
        if start > 0 and words[start - 1] in pattern.not_before:
            return None
        if end < len(words) and words[end] in pattern.not_after:
            return None
        if any(start < idiom_end and idiom_start < end for idiom_start, idiom_end in idioms):
            return None
        level = hit_level(pattern.cue, words, start, end)
        return Hit(pattern.cue, level, start) if level is not RiskLevel.NONE else None


def _accumulated(hits: list[Hit], words: list[str]) -> list[Hit]:
    """Urgent hits that only several weaker signals together amount to."""
    extra = []
    despair = {hit.start for hit in hits if hit.cue.despair}
    if len(despair) >= DESPAIR_THRESHOLD:
        extra.append(Hit(DESPAIR, RiskLevel.URGENT, min(despair)))
    for group in ADDING_UP:
        weak = [
            h for h in hits
            if h.cue.reason in group and h.cue.level is RiskLevel.CONCERN
            and h.level is RiskLevel.CONCERN
        ]  # fmt: skip
        if len({h.start for h in weak}) >= 2:
            reason = min((h.cue.reason for h in weak), key=PRIORITY.index)
            extra.append(Hit(Cue(f"{reason.value}:adding_up", reason, ()), RiskLevel.URGENT, 0))
    if has_age_gap(words):
        extra.append(Hit(AGE_GAP, RiskLevel.URGENT, 0))
    return extra


def assess(hits: Sequence[Hit]) -> RiskAssessment:
    """Combine hits into one verdict: the highest level, its most dangerous reason."""
    if not hits:
        return NO_RISK
    level = max((hit.level for hit in hits), key=rank)
    top = [hit for hit in hits if hit.level is level]
    reason = min((hit.cue.reason for hit in top), key=PRIORITY.index)
    ordered = sorted(hits, key=lambda h: (-rank(h.level), h.cue.reason is not reason, h.start))
    cues = tuple(dict.fromkeys(hit.cue.id for hit in ordered))[:MAX_CUES]
    return RiskAssessment(level, reason.value, cues)

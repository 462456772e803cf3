"""The synchronous safeguarding screen, run on every free-text message before the bot replies.

Rules first, explainable: text-speak is normalised, spaCy's Matcher finds cues written in
`nlp.risk_patterns`, and each hit is read in its context (negation, whose it is, past or
resolved, humour, accidents). Then a trained safety net (`nlp.risk_model`) catches urgent
phrasings the rules do not know: a message is urgent if the rules say so, or if the model's
probability reaches its threshold. Where the rules read the alarming words as safe (an
idiom, a joke, a past or negated or someone else's experience), idiom words are hidden
from the model and it must reach a much higher threshold to overrule them.
The verdict carries category ids only, never the user's text.
Missing an urgent message is far worse than a false alarm, so doubt resolves upwards.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

from core.analysis import NO_RISK, RiskAssessment, RiskLevel, RiskReason
from nlp.anchored_matcher import AnchoredMatcher
from nlp.risk_compiler import CompiledPattern, compile_pattern, vocabulary
from nlp.risk_context import (
    TOLD_NOW,
    TOLD_OVER,
    has_age_gap,
    hit_level,
    is_safe_reading,
    rank,
    told_as_over,
)
from nlp.risk_model import DEFAULT_MODEL_DIR, MASK, RiskModel, load_risk_model
from nlp.risk_patterns import CUES, Cue
from nlp.risk_patterns.context import IDIOMS
from nlp.textspeak import Normaliser, spell_out

log = logging.getLogger(__name__)

MAX_CUES = 8
ENOUGH_HITS = 3  # per cue: one urgent hit, or enough weak ones to add up
DESPAIR_THRESHOLD = 2
# Concern cues within one of these groups add up: two of them together are urgent.
ADDING_UP: tuple[frozenset[RiskReason], ...] = (
    frozenset({RiskReason.DESTITUTION}),
    frozenset({RiskReason.FORCED_MARRIAGE}),
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
GUARD_NONE, GUARD_CONTEXT, GUARD_SAFE = 0, 1, 2
# An urgent reading the model judged to be harm told as past and over.
PAST_AND_OVER = "model:past_and_over"
# Harm dated in the past but never said to be over: the model must be this much surer.
PAST_ONLY_SHARE = 0.25
URGENT_REASONS = frozenset(PRIORITY[: PRIORITY.index(RiskReason.DESTITUTION) + 1])


@dataclass(frozen=True)
class Hit:
    """A cue found at tokens [start, end), at the level its context gives it."""

    cue: Cue
    level: RiskLevel
    start: int
    end: int = -1  # -1: not read from words (several signals adding up)


@dataclass(frozen=True)
class RuleReading:
    """What the rules make of a message, and what the model is shown of it.

    `words` are the normalised tokens with idiom words masked; `cues` are "cue id|level"
    for every hit. `guard` says how sure the rules are that alarming words are safe here:
    GUARD_NONE, GUARD_CONTEXT (past, negated, someone else's, or a concern that is not an
    emergency such as bullying or low mood, a joke, or an idiom that cancels a cue: the
    model needs more certainty) or GUARD_SAFE (a cue read as fiction, a lesson, an accident
    or plainly negated, and nothing else of concern: the model may not overrule it). An
    idiom's own words are hidden from the model; the rest of the message is not.
    """

    assessment: RiskAssessment
    words: list[str]
    cues: tuple[str, ...]
    guard: int
    told: int = TOLD_NOW  # TOLD_NOW, TOLD_PAST or TOLD_OVER: how far urgent harm is past


class RiskScreen:
    """Screen one message for safeguarding risk. Build once with `create()`; thread-safe."""

    def __init__(
        self,
        nlp: Language,
        matcher: AnchoredMatcher,
        idioms: AnchoredMatcher,
        patterns: dict[int, CompiledPattern],
        normaliser: Normaliser,
        model: RiskModel | None = None,
    ) -> None:
        self._nlp = nlp
        self._matcher = matcher
        self._idioms = idioms
        self._patterns = patterns
        self._normaliser = normaliser
        self.model = model

    @classmethod
    def create(
        cls, cues: Sequence[Cue] = CUES, model_dir: Path | str | None = DEFAULT_MODEL_DIR
    ) -> RiskScreen:
        """Compile the cue lists into a blank-tokenizer Matcher and load the trained model.

        `model_dir=None` screens with the rules only; a missing model logs a WARNING and
        does the same.
        """
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
        for i, pattern in enumerate(p for text in IDIOMS for p in compile_pattern(_IDIOM, text)):
            key = f"idiom#{i}"
            idioms.add(key, pattern.tokens)
            patterns[nlp.vocab.strings[key]] = pattern
        normaliser = Normaliser(vocabulary(list(patterns.values())))
        log.info(
            "Risk screen built: %d cues, %d patterns in %.0f ms",
            len(cues), len(patterns), (time.perf_counter() - started) * 1000,
        )  # fmt: skip
        model = load_risk_model(model_dir) if model_dir is not None else None
        return cls(nlp, matcher, idioms, patterns, normaliser, model)

    def screen(self, text: str) -> RiskAssessment:
        """Return the risk level, a reason id and cue ids for one message."""
        return self.screen_spelled(spell_out(text or ""))

    def screen_spelled(self, spelled: str) -> RiskAssessment:
        """`screen` for a message already through `textspeak.spell_out`."""
        return combine(self.read_spelled(spelled), self.model)

    def read(self, text: str) -> RuleReading:
        """The rules' verdict on one message, with the words and cues the model is shown."""
        return self.read_spelled(spell_out(text or ""))

    def read_spelled(self, spelled: str) -> RuleReading:
        """`read` for a message already through `textspeak.spell_out`."""
        doc = self._nlp.make_doc(self._normaliser.normalise_spelled(spelled))
        words = [token.text for token in doc]
        if not words:
            return RuleReading(NO_RISK, [], (), GUARD_NONE)
        idiom_spans = [
            (s, e) for key, s, e in self._idioms(doc, words) if self._fits(key, words, s, e)
        ]
        hits, guard = self._read_all(self._matcher(doc, words), words, idiom_spans)
        hits = _without_lone_resolve(hits)
        hits.extend(_accumulated(hits, words))
        masked = list(words)
        for start, end in idiom_spans:
            masked[start:end] = [MASK] * (end - start)
        verdict = assess(hits)
        if guard == GUARD_SAFE and verdict.level is not RiskLevel.NONE:
            guard = GUARD_CONTEXT  # something else in the message still concerns the rules
        if verdict.level is RiskLevel.CONCERN and verdict.reason not in URGENT_REASONS:
            guard = max(guard, GUARD_CONTEXT)  # the rules read it as bullying, low mood...
        cues = tuple(dict.fromkeys(f"{hit.cue.id}|{hit.level.value}" for hit in hits))
        told = TOLD_NOW
        if verdict.is_urgent:
            urgent = [(h.cue, h.start, h.end) for h in hits if h.level is RiskLevel.URGENT]
            told = told_as_over(words, urgent)
        return RuleReading(verdict, masked, cues, guard, told)

    def _read_all(
        self, matches: list[tuple[int, int, int]], words: list[str], idioms: list[tuple[int, int]]
    ) -> tuple[list[Hit], int]:
        """Read each match in context; stop reading a cue once it has said enough."""
        hits: list[Hit] = []
        per_cue: dict[str, int] = {}
        guard = GUARD_NONE
        for match in matches:
            cue = self._patterns[match[0]].cue
            if per_cue.get(cue.id, 0) >= ENOUGH_HITS:
                continue
            hit, hit_guard = self._read(match, words, idioms)
            guard = max(guard, hit_guard)
            if hit is not None:
                hits.append(hit)
                per_cue[cue.id] = per_cue.get(cue.id, 0) + (
                    ENOUGH_HITS if hit.level is RiskLevel.URGENT else 1
                )
        return hits, guard

    def _fits(self, key: int, words: list[str], start: int, end: int) -> bool:
        """Whether the words either side allow this match (`<!` and `!` slots)."""
        pattern = self._patterns[key]
        if start > 0 and words[start - 1] in pattern.not_before:
            return False
        return not (end < len(words) and words[end] in pattern.not_after)

    def _read(
        self, match: tuple[int, int, int], words: list[str], idioms: list[tuple[int, int]]
    ) -> tuple[Hit | None, int]:
        """The hit (None if cancelled), and the guard its context amounts to."""
        key, start, end = match
        if not self._fits(key, words, start, end):
            return None, GUARD_CONTEXT
        if any(start < idiom_end and idiom_start < end for idiom_start, idiom_end in idioms):
            return None, GUARD_CONTEXT  # the idiom hides its own words; the model needs surety
        cue = self._patterns[key].cue
        level = hit_level(cue, words, start, end)
        guard = GUARD_NONE
        if rank(level) < rank(cue.level):
            guard = GUARD_SAFE if is_safe_reading(cue, words, start, end) else GUARD_CONTEXT
        return (Hit(cue, level, start, end) if level is not RiskLevel.NONE else None), guard


def combine(reading: RuleReading, model: RiskModel | None) -> RiskAssessment:
    """Urgent if the rules say so, or if the model is sure enough given the rules' guard."""
    verdict = reading.assessment
    if model is not None and reading.told != TOLD_NOW:
        # Harm told as past: the model must judge it so, all the surer when nothing in the
        # message says it is over.
        bar = model.threshold * (1.0 if reading.told == TOLD_OVER else PAST_ONLY_SHARE)
        if model.probability(reading.words, reading.cues) >= bar:
            return verdict
        cues = (PAST_AND_OVER, *verdict.cues)[:MAX_CUES]
        return RiskAssessment(RiskLevel.CONCERN, verdict.reason, cues)
    if model is None or verdict.is_urgent or reading.guard == GUARD_SAFE or not reading.words:
        return verdict
    probability = model.probability(reading.words, reading.cues)
    if probability < (model.guard_threshold if reading.guard else model.threshold):
        return verdict
    reason = verdict.reason
    if reason not in URGENT_REASONS:
        reason = model.reason(reading.words, reading.cues)
    cues = (f"model:{reason}", *verdict.cues)[:MAX_CUES]
    return RiskAssessment(RiskLevel.URGENT, reason, cues)


def _without_lone_resolve(hits: list[Hit]) -> list[Hit]:
    """Drop resolves ("I've decided to fix that") unless a suicidal despair sign is there too:
    after "I'm a burden on them" it is a plan, after "I'm useless at maths" it is a tutor."""
    if any(
        hit.cue.despair and hit.cue.reason is RiskReason.SUICIDE and not hit.cue.only_with_despair
        for hit in hits
    ):
        return hits
    return [hit for hit in hits if not hit.cue.only_with_despair]


def _accumulated(hits: list[Hit], words: list[str]) -> list[Hit]:
    """Urgent hits that only several weaker signals together amount to."""
    extra = []
    despair = _apart([hit for hit in hits if hit.cue.despair])
    if len(despair) >= DESPAIR_THRESHOLD:
        extra.append(Hit(DESPAIR, RiskLevel.URGENT, despair[0].start))
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


def _apart(hits: list[Hit]) -> list[Hit]:
    """The hits whose words do not overlap, earliest first: "i feel like a burden on my
    carers" is one sign of despair, however many patterns read it."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        if not kept or hit.start >= kept[-1].end or _spans_another(kept[-1], hit):
            kept.append(hit)
    return kept


_LONG_SPAN = 8  # a pattern with a gap this long may hold a separate sign inside it


def _spans_another(outer: Hit, inner: Hit) -> bool:
    """ "when i die nobody will even notice, who pays for the funeral": a long gapped
    pattern around a sign of its own is two signs, not one read twice."""
    return (
        outer.end - outer.start >= _LONG_SPAN
        and outer.start < inner.start
        and (inner.end < outer.end)
    )


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

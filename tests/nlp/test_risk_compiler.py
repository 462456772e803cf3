"""The cue pattern language compiles to as few spaCy patterns as match the same messages."""

from __future__ import annotations

import pytest

from core.analysis import RiskReason
from nlp.risk import RiskScreen
from nlp.risk_compiler import PatternError, compile_pattern
from nlp.risk_patterns.cue import Cue

CUE = Cue("abuse:example", RiskReason.ABUSE, ())


def test_a_group_of_single_words_is_one_slot() -> None:
    (pattern,) = compile_pattern(CUE, "(held|pushed) my hand on the (hob|oven|iron)?")
    assert pattern.tokens[0] == {"LOWER": {"IN": ["held", "pushed"]}}
    assert pattern.tokens[-1] == {"LOWER": {"IN": ["hob", "iron", "oven"]}, "OP": "?"}


def test_a_group_with_a_phrase_still_expands() -> None:
    patterns = compile_pattern(CUE, "(held|held down) my hand")
    assert [len(p.tokens) for p in patterns] == [3, 4]


def test_one_slot_finds_every_word_the_expanded_group_did() -> None:
    cue = Cue(
        "abuse:example", RiskReason.ABUSE, ("(held|pushed|forced) my hand on the (hob|oven)",)
    )
    screen = RiskScreen.create(cues=(cue,), model_dir=None)
    for verb in ("held", "pushed", "forced"):
        for thing in ("hob", "oven"):
            assert screen.screen(f"she {verb} my hand on the {thing}").is_urgent
    assert not screen.screen("she held my hand on the bus").is_urgent


def test_an_optional_phrase_may_be_left_out_whole() -> None:
    # "(of them)?" used to leave only "them" optional, so "swallowed all an hour ago" missed
    cue = Cue("suicide:example", RiskReason.SUICIDE, ("swallowed all (of them)? an hour ago",))
    screen = RiskScreen.create(cues=(cue,), model_dir=None)
    assert screen.screen("i swallowed all of them an hour ago").is_urgent
    assert screen.screen("i swallowed all an hour ago").is_urgent
    assert not screen.screen("i swallowed all them an hour ago").is_urgent


def test_a_not_after_slot_must_come_last() -> None:
    with pytest.raises(PatternError, match="must come last"):
        compile_pattern(CUE, "a rope !for|to woods")

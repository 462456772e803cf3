"""The safeguarding screen against a table of urgent, concern and safe messages."""

from __future__ import annotations

import json

import pytest

from core.analysis import RiskLevel, RiskReason
from nlp.corpus import DEFAULT_CORPUS
from nlp.risk import RiskScreen
from nlp.risk_evaluation import HOLDOUT, HOLDOUT2, HOLDOUT3, read_labelled, score_risk
from tests.nlp.risk_cases import (
    CONCERN,
    NOT_URGENT,
    NOT_URGENT_PARAPHRASES,
    URGENT,
    URGENT_PARAPHRASES,
)

URGENT_CASES = [(reason, text) for reason, texts in URGENT.items() for text in texts]
PARAPHRASE_CASES = [(r, text) for r, texts in URGENT_PARAPHRASES.items() for text in texts]


@pytest.mark.parametrize(("reason", "text"), URGENT_CASES)
def test_urgent_messages_are_urgent(screen: RiskScreen, reason: str, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.URGENT


@pytest.mark.parametrize(("reason", "text"), URGENT_CASES)
def test_urgent_messages_survive_shouting_and_no_punctuation(
    screen: RiskScreen, reason: str, text: str
) -> None:
    shouted = "".join(ch for ch in text.upper() if ch.isalnum() or ch in " '")
    assert screen.screen(shouted).level is RiskLevel.URGENT


@pytest.mark.parametrize(("reason", "text"), URGENT_CASES)
def test_urgent_inside_a_long_ramble(screen: RiskScreen, reason: str, text: str) -> None:
    before = "so school was ok and my sw came round and we talked about college. " * 12
    after = " anyway my carer made pasta and we watched a film about space." * 12
    assert screen.screen(before + text + after).level is RiskLevel.URGENT


@pytest.mark.parametrize("text", NOT_URGENT)
def test_ordinary_messages_are_not_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT


@pytest.mark.parametrize(("reason", "text"), PARAPHRASE_CASES)
def test_paraphrases_are_urgent_by_rules_alone(
    rules_only: RiskScreen, reason: str, text: str
) -> None:
    verdict = rules_only.screen(text)
    assert (verdict.level, verdict.reason) == (RiskLevel.URGENT, reason)


@pytest.mark.parametrize(("reason", "text"), PARAPHRASE_CASES)
def test_paraphrases_are_urgent(screen: RiskScreen, reason: str, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.URGENT


@pytest.mark.parametrize("text", NOT_URGENT + NOT_URGENT_PARAPHRASES)
def test_ordinary_messages_are_not_urgent_by_rules_alone(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is not RiskLevel.URGENT


@pytest.mark.parametrize("text", NOT_URGENT_PARAPHRASES)
def test_idioms_and_jokes_stay_safe_with_the_model(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT


@pytest.mark.parametrize("text", CONCERN)
def test_concern_messages_are_concern(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.CONCERN


def test_reason_names_the_most_dangerous_category(screen: RiskScreen) -> None:
    verdict = screen.screen("he hits me and i want to kill myself")
    assert verdict.reason == RiskReason.SUICIDE
    assert verdict.cues[0].startswith("suicide:")


def test_verdict_never_contains_the_users_words(screen: RiskScreen) -> None:
    verdict = screen.screen("my foster dad Gary hits me with a slipper")
    assert all(word not in " ".join(verdict.cues).lower() for word in ("gary", "slipper"))
    assert verdict.reason in {reason.value for reason in RiskReason}


@pytest.mark.parametrize("text", ["", "   ", "👍", "ok", "\u200b"])
def test_empty_and_trivial_messages_carry_no_risk(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.NONE


def test_past_self_harm_keeps_its_reason_at_concern(screen: RiskScreen) -> None:
    verdict = screen.screen("I used to self harm but I'm much better now")
    assert (verdict.level, verdict.reason) == (RiskLevel.CONCERN, RiskReason.SELF_HARM)


def _corpus_rates(screen: RiskScreen, split: str) -> tuple[float, float]:
    rows = [json.loads(line) for line in DEFAULT_CORPUS.read_text("utf-8").splitlines()]
    rows = [row for row in rows if row["split"] == split]
    urgent = [row for row in rows if row["risk"] == "urgent"]
    other = [row for row in rows if row["risk"] != "urgent"]
    found = sum(screen.screen(row["text"]).is_urgent for row in urgent)
    alarms = sum(screen.screen(row["text"]).is_urgent for row in other)
    return found / len(urgent), alarms / len(other)


def test_corpus_train_split_recall_and_false_alarms(screen: RiskScreen) -> None:
    recall, false_alarms = _corpus_rates(screen, "train")
    assert recall >= 0.97
    assert false_alarms <= 0.10


def test_corpus_test_split_recall_and_false_alarms(screen: RiskScreen) -> None:
    # The goal is recall 1.0 with false alarms <= 0.10. The false-alarm limit is met; recall
    # is 36/37, reached without looking at the test split's messages: a floor, not the goal.
    recall, false_alarms = _corpus_rates(screen, "test")
    assert recall >= 36 / 37
    assert false_alarms <= 0.10


def test_independent_holdout_recall_and_false_alarms(screen: RiskScreen) -> None:
    # Written apart from everything the screen was built on and never read by training.
    # Honest floors (130/132 urgent found, 21/191 false alarms): recall is short of the goal
    # and false alarms are over 10% here (dev40 to dev49 joining training and the threshold
    # re-chosen on the validation sets took it from 127/132 and 19/191).
    score = score_risk(screen, read_labelled(HOLDOUT))
    assert score.found >= 130 and score.urgent == 132
    assert score.false_alarms <= 21 and score.others == 191


def test_second_independent_holdout_recall_and_false_alarms(screen: RiskScreen) -> None:
    # Written later, by another author, apart from everything else; never read by training.
    # Every urgent message found, 14/199 false alarms (dev40 to dev49 joining training and
    # the threshold re-chosen on the validation sets took it from 120/121 and 15/199).
    score = score_risk(screen, read_labelled(HOLDOUT2))
    assert score.found == 121 and score.urgent == 121
    assert score.false_alarms <= 14 and score.others == 199


def test_third_independent_holdout_recall_and_false_alarms(screen: RiskScreen) -> None:
    # Written by two more authors after dev40 to dev49 had joined training; never read by
    # training or by anyone building the screen. Honest floors (182/189 urgent found, 24/265
    # false alarms; the screen before dev40 to dev49 found 181 with 26): recall is short.
    score = score_risk(screen, read_labelled(HOLDOUT3))
    assert score.found >= 182 and score.urgent == 189
    assert score.false_alarms <= 24 and score.others == 265

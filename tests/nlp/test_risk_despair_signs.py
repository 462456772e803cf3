"""Despair signs add up only when they are separate things said: one phrase read by several
patterns ("i feel like a burden on my carers") is one sign, a concern for a worker to pick
up, not an emergency."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

ONE_SIGN = [
    "I feel like a burden on my foster carers, they've got enough on",
    "i feel like a burden on my carers even though they keep saying i'm not",
    "I feel like a burden to my carers even though they're nice to me",
    "i feel like a burden to everyone ngl",
    "feel like im a burden to my carers all the time. i try to stay out the way. not gonna do "
    "anything daft",
]

# Two different signs, or a sign and a resolve, still add up.
SIGNS_ADDING_UP = [
    "im a burden on my carers and ive decided to fix that",
    "im a burden to everyone. not for much longer",
    "i feel like a burden on my carers. i cant do this anymore",
    "i feel like such a burden on my foster family, whats the point of me",
    # a review: one burden and a hint beside it
    "i feel like a burden on people and i keep standing at the edge of the platform",
    "i feel like a burden on everyone and i have stopped eating and drinking on purpose",
    "i feel like a burden on my foster mum and i keep leaning over the balcony",
    "i feel like a burden on my social worker, ive been taking extra of my meds each night",
    "i feel like a burden to everybody and im going to the cliffs at the weekend alone",
    # a long pattern around a sign of its own is two signs
    "when i die nobody will even notice, who pays for the funeral",
]


@pytest.mark.parametrize("text", ONE_SIGN)
def test_one_sign_read_twice_is_a_concern(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.CONCERN


@pytest.mark.parametrize("text", SIGNS_ADDING_UP)
def test_separate_signs_add_up_to_urgent(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.URGENT

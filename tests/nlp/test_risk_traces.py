"""Harm told by its traces and control told as house rules (nlp/risk_patterns/traces.py):
the rules alone catch them, and leave the everyday sentences that share their words alone."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

URGENT = (
    ("self_harm", "wearing my hoodie in this heat again, you can guess why"),
    ("self_harm", "my bracelets hide the marks so nobody asks"),
    ("self_harm", "did it again last night after six weeks clean"),
    ("self_harm", "i feel calmer after the blood, is that weird"),
    ("self_harm", "been making myself sick after every meal since i moved"),
    ("suicide", "i want to be dead"),
    ("suicide", "i just want to sleep and never wake up"),
    ("suicide", "the world would be easier without me"),
    ("suicide", "i stopped taking my tablets and im keeping them in a box"),
    ("threat", "my carer says if i tell anyone ill never see my sister again"),
    ("confinement", "there is no handle on my side of the bedroom door"),
    ("confinement", "im not allowed to talk to my social worker on my own"),
    ("abuse", "my stepdad bit my arm when i wouldnt go to bed"),
    ("abuse", "we get hit with a wooden spoon if we answer back"),
    ("suicide", "dont bother with my review, i wont be anywhere by then"),
    ("self_harm", "held my hand on the radiator till it blistered again"),
    ("threat", "some lads left a knife stuck in our front door last night"),
    ("unsafe_home", "the whole flat smells of gas and my carer says its fine"),
    ("unsafe_home", "mum is on the floor and she wont wake up"),
    ("forced_marriage", "my grandparents have got me a fiance and i am 16"),
    ("criminal_exploitation", "they are using my bank account to move money"),
    ("sexual_exploitation", "an older girl sets us up with dates and takes a cut"),
    ("confinement", "my carer has stopped me going to school and i just clean"),
)

NOT_URGENT = (
    "the nurse gave me plasters for the blisters from my new shoes",
    "i like my hoodie, it covers my whole hands lol",
    "my dog bit my hand when i took his ball",
    "six weeks clean from vaping and i feel great",
    "my carer took my dinner away to heat it up",
    "fell off my bike and hit my knee with a stick",
    "my teacher gave me a ring binder and everyone clapped lol",
    "we did a lesson on girls being married off abroad",
    "my nan smells of gas and oil from working in the garage",
)


@pytest.mark.parametrize(("reason", "text"), URGENT)
def test_harm_told_by_its_traces_is_urgent_by_rules_alone(
    rules_only: RiskScreen, reason: str, text: str
) -> None:
    verdict = rules_only.screen(text)
    assert (verdict.level, verdict.reason) == (RiskLevel.URGENT, reason)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_everyday_sentences_with_the_same_words_are_not_urgent(
    rules_only: RiskScreen, text: str
) -> None:
    assert rules_only.screen(text).level is not RiskLevel.URGENT

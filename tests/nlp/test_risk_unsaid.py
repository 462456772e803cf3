"""Urgent risk told around the edges (`nlp.risk_patterns.unsaid`): a question "for a friend",
a euphemism, a young child's words, food kept from a child, a threat of lasting harm; and
the everyday look-alikes that must stay calm."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

URGENT = [
    ("suicide", "is it painful to kill yourself. asking for a friend"),
    ("suicide", "this is the last birthday i am ever having"),
    ("suicide", "my heart is tired, i want to finish my life"),
    ("suicide", "cant see myself being here by the summer tbh"),
    ("suicide", "i dont see the point getting to 16"),
    ("self_harm", "got a new blade for later"),
    ("self_harm", "i pull my hair tie round my wrist until it goes blue"),
    ("self_harm", "im 8 and i bite my arms when i get angry"),
    ("self_harm", "my sleeves stay down for a reason"),
    ("self_harm", "i hate my body so i dont eat at school"),
    ("self_harm", "i havent eaten properly since my review"),
    ("abuse", "at my carers i dont get breakfast or lunch if i talk back"),
    ("abuse", "they dont let me eat with the family, i eat on the stairs"),
    ("abuse", "he still coaches the little kids at the club"),
    ("abuse", "my foster dad threw a glass at my head"),
    ("abuse", "i hate it when he gets me on my own, my carer is at work"),
    ("unsafe_home", "the smell of gas is really strong in the kitchen and i feel dizzy"),
    ("unsafe_home", "someone has been trying to get in through my back door at night"),
    ("destitution", "no gas, the emergency credit ran out yesterday and its freezing"),
    ("threat", "he said he would make sure i never walk again"),
    ("running_away", "im going and nobody will ever find me"),
    ("abuse", "my carer makes me eat on my own in the hallway"),
    ("abuse", "she calls me a dirty little rat when i get home"),
    ("unsafe_home", "i get frightened when they argue, last time the police came"),
    ("unsafe_home", "my placement is scary at night"),
    ("sexual_exploitation", "theres this sugar daddy who buys me stuff"),
    ("sexual_exploitation", "he got me a phone and now i have to send him pics"),
    ("destitution", "cant afford the gas or buy any food till friday"),
    ("self_harm", "sh agn"),
]
CALM = [
    "shaved my legs with a new razor and nicked my knee lol",
    "skipping lunch to lose weight for prom, my mate is doing it too",
    "there's a lock on the fridge at the unit cos someone kept eating everyones yoghurts",
    "the kids on the bus throw stuff at my head",
    "someone from the council keeps trying to get in touch about my pip",
    "got a new sharpener for my art pencils",
]


@pytest.mark.parametrize(("reason", "text"), URGENT)
def test_told_around_the_edges_is_urgent_by_rules_alone(
    rules_only: RiskScreen, reason: str, text: str
) -> None:
    verdict = rules_only.screen(text)
    assert verdict.level is RiskLevel.URGENT
    assert verdict.reason == reason


@pytest.mark.parametrize("text", CALM)
def test_everyday_look_alikes_are_not_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT

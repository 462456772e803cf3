"""Disclosures told sideways (nlp/risk_patterns/sideways.py) and the everyday twins that
share their words."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

URGENT = [
    ("suicide", "my mum took her own life when i was 5 and i think im going to do the same"),
    ("suicide", "i know where i am going to do it, the quarry near my nans"),
    ("suicide", "honestly id be doing everyone a favour by not existing"),
    ("suicide", "happy 18th to me, last one im having"),
    ("suicide", "im going to make it look like an accident so nobody blames my carers"),
    ("suicide", "give my kidneys to someone who actually wants to live"),
    ("suicide", "no point doing my pathway plan, i wont be here long enough to need it"),
    ("suicide", "i want to not wake up tomorrow"),
    ("suicide", "i cross without looking hoping a car hits me"),
    ("suicide", "i keep standing closer to the edge at the station"),
    ("self_harm", "i put my fingers down my throat after every meal"),
    ("self_harm", "scrubbed my arms with a brush till they were raw"),
    ("self_harm", "ive stopped taking my insulin on purpose"),
    ("self_harm", "i keep punching my own legs when i'm angry"),
    ("self_harm", "the nurse asked about the burns and i said i did it myself"),
    ("self_harm", "i threw myself off the wall to hurt my ankle"),
    ("self_harm", "i do it on the corner of the table so it looks like an accident"),
    ("self_harm", "if i dont burn it off at the gym i dont eat"),
    ("abuse", "she put hot sauce on my tongue for answering back"),
    ("abuse", "we have to kneel on the hallway floor for hours if we're cheeky"),
    ("abuse", "he makes me stand facing the wall until he says i can eat"),
    ("abuse", "at the weekend they forget to feed us"),
    ("abuse", "got locked out all night as a punishment"),
    ("unsafe_home", "my dad keeps punching the wall near my head at contact"),
    ("threat", "my carer says she's going to teach me a lesson when i get home"),
    ("threat", "he said he'll drown my kitten if i tell"),
]

NOT_URGENT = [
    "my nan passed away and i want to do the same job she did, a nurse",
    "the teacher is going to teach me a lesson on fractions tomorrow",
    "i'll kill my dog if he eats my homework again lol",
    "boys on the bus keep throwing stuff at me",
    "i sliced my finger cutting onions for tea",
    "i would not be alive without my foster mum",
    "move away from the edge of the platform please, the sign says",
    "my skin goes raw in winter and the nurse gave me cream",
    "the dog dragged me round the park on its lead",
]


@pytest.mark.parametrize(("reason", "text"), URGENT)
def test_sideways_disclosures_are_urgent_by_rules_alone(
    rules_only: RiskScreen, reason: str, text: str
) -> None:
    verdict = rules_only.screen(text)
    assert (verdict.level, verdict.reason) == (RiskLevel.URGENT, reason)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_their_everyday_twins_are_not_urgent(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is not RiskLevel.URGENT


def test_a_fall_asleep_is_not_an_accident(rules_only: RiskScreen) -> None:
    assert rules_only.screen("she hits me if i fall asleep in prayers").is_urgent
    assert not rules_only.screen("i fell off the wall and hurt my arm").is_urgent

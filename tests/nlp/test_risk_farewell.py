"""Plans told as arrangements (nlp/risk_patterns/farewell.py): the rules alone catch them, and
leave the everyday sentences that share their words alone."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

URGENT = (
    ("suicide", "i wont be alive for my birthday so dont bother with a present"),
    ("suicide", "who gets my ps5 when im gone"),
    ("suicide", "i wish i could go to sleep and never wake up again"),
    ("suicide", "when my nan dies so do i"),
    ("suicide", "thinking ill take everything in the medicine cabinet tonight"),
    ("running_away", "me and jay are doing a runner on saturday"),
    ("running_away", "ive been missing since last night, dont tell anyone"),
    ("running_away", "my dad will hide me at his so the social cant find me"),
    ("running_away", "someone is sending a cab for me at 2am"),
    ("destitution", "i go to bed hungry most nights here"),
    ("threat", "he said hes gonna stab me after school tomorrow"),
    ("forced_marriage", "im 15 and they say he is my husband now"),
    ("forced_marriage", "i have to marry him in the summer"),
    ("forced_marriage", "if i refuse the marriage they will disown me"),
    (
        "criminal_exploitation",
        "the olders gave me a burner and i have to answer it whenever it rings",
    ),
    ("criminal_exploitation", "they are using my flat to sell from"),
)

NOT_URGENT = (
    "i wont need my winter coat after this week, its warm now",
    "we picked a date for the leaving party!",
    "mum is sending a taxi for me after school",
    "going to bed hungry lol forgot to have tea, having toast now",
    "my sister is getting married in the summer and im a bridesmaid, im 15!",
    "my mum gave me her old phone when she got a new one",
    "leaving my placement tomorrow to move to my new foster family, excited",
    "staying at my mates house for his birthday sleepover",
    "just tying up loose ends at college before the holidays",
)


@pytest.mark.parametrize(("reason", "text"), URGENT)
def test_plans_told_as_arrangements_are_urgent_by_rules_alone(
    rules_only: RiskScreen, reason: str, text: str
) -> None:
    verdict = rules_only.screen(text)
    assert (verdict.level, verdict.reason) == (RiskLevel.URGENT, reason)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_everyday_arrangements_are_not_urgent_by_rules_alone(
    rules_only: RiskScreen, text: str
) -> None:
    assert rules_only.screen(text).level is not RiskLevel.URGENT


def test_one_farewell_sign_is_a_concern_and_two_are_urgent(rules_only: RiskScreen) -> None:
    one = rules_only.screen("sorted my affairs this week, feels good to be organised")
    two = rules_only.screen("sorted my affairs and cancelled my phone contract. sorry to whoever")
    assert one.level is RiskLevel.CONCERN
    assert (two.level, two.reason) == (RiskLevel.URGENT, "suicide")

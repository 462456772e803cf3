"""Disclosures told through acts and places (`nlp/risk_patterns/acts.py`), read by the rules
alone, each beside an everyday twin that shares its words and must not be urgent.

Written fresh for these tests, not taken from any data file.
"""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

URGENT = [
    ("suicide", "im sat on the railway line behind the estate"),
    ("suicide", "keep sitting near the train tracks after college thinking about jumping"),
    ("suicide", "whats the highest car park round here"),
    ("suicide", "went on the motorway on my bike hoping i get hit"),
    ("suicide", "my tablets are all lined up on the bed"),
    ("self_harm", "i held my arm against the iron till it blistered"),
    ("self_harm", "poured boiling water over my hand last night"),
    ("self_harm", "i hold my breath until i black out when im stressed"),
    ("self_harm", "i pick fights at school so they hit me, i deserve it"),
    ("abuse", "my uncle touches my privates when he babysits"),
    ("abuse", "the bruises on my back, it was not really the stairs"),
    ("abuse", "my stepdad keeps poisoning my drinks to make me sleep"),
    ("abuse", "the staff member pinned my face into the carpet"),
    ("abuse", "my foster mum made me sleep in the shed as a punishment"),
    ("destitution", "no money or food left, been drinking tap water to stop being hungry"),
    ("running_away", "ran off from the unit and i dont know where i am, its dark"),
    ("threat", "his brother said he would make me disappear"),
    ("running_away", "gonna run away, got 30 quid saved up and i know which window opens"),
    ("sexual_exploitation", "hes 34 and im 14 and he says age is just a number"),
    ("criminal_exploitation", "these phones under my bed are not mine i just keep them charged"),
    ("running_away", "i'm in a car with some lads i don't know, they said we're going to brum"),
    ("running_away", "stopping at some blokes flat for a bit, don't ring my carers"),
    ("suicide", "if i was dead at least my dad would come to my funeral"),
    ("threat", "he texted that he's coming back later to finish the job"),
    ("destitution", "living in my car for 2 weeks now, council says there's nowhere to put me"),
    ("destitution", "emergency credit's gone and it's freezing, no money till monday"),
]

EVERYDAY = [
    "we stood by the railway line to watch the steam train go past",
    "what is the tallest building in the world",
    "i hope i dont crash on my driving test",
    "my tablets are in my dosette box for the week",
    "held my breath for ages in the swimming gala lol",
    "i burnt my hand on the hob by accident",
    "i fell on the ice and hurt my bum",
    "the dentist held my head still for the x ray",
    "my carer makes me wear a coat when its cold",
    "i dont know where i am with my coursework",
    "this hoodie will make me disappear into the crowd",
    "im 15 and hes 16, weve been together three months",
    "i gave my passwords to my carer so she can check my settings",
    "we rehomed our dog because my carer is allergic",
    "my old phones are in the drawer, can i recycle them",
    "we were in a car with my carers for hours on the way to cornwall",
    "stopping at my mates house on saturday, my carer said yes",
    "my nan's funeral is on friday, can my sw take me",
    "come round later and we'll finish the jigsaw",
    "been in the car all day on a trip to the zoo with my foster family",
    "used my emergency credit but topped up this morning",
    "please dont call the police about my bike, i found it",
]


@pytest.mark.parametrize(("reason", "text"), URGENT)
def test_acts_and_places_are_urgent_by_rules_alone(
    rules_only: RiskScreen, reason: str, text: str
) -> None:
    verdict = rules_only.screen(text)
    assert verdict.level is RiskLevel.URGENT
    assert verdict.reason == reason


@pytest.mark.parametrize("text", EVERYDAY)
def test_their_everyday_twins_are_not_urgent(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is not RiskLevel.URGENT


def test_farewell_acts_add_up(rules_only: RiskScreen) -> None:
    one = rules_only.screen("i rehomed my hamster with my mate from school")
    two = rules_only.screen(
        "i rehomed my hamster and gave all my passwords to my best mate. its time"
    )
    assert one.level is RiskLevel.CONCERN
    assert two.level is RiskLevel.URGENT

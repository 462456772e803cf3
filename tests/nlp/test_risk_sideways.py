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
    ("suicide", "my heart is tired. i want to finish my life"),
    ("suicide", "honestly dont see the point making it to 16"),
    ("suicide", "cant see myself being around by my birthday tbh"),
    ("abuse", "my stepdad threw his mug at my head last night"),
    ("abuse", "my foster carer wont let me eat with the family, i have tea on the stairs"),
    ("abuse", "the swimming teacher did stuff to me in the changing rooms. i havent told anyone"),
    ("unsafe_home", "theres a gas smell in my flat and the landlord wont come out"),
    ("running_away", "im going tonight and no one will ever find me"),
    ("destitution", "the electric ran out and the emergency credit has gone. me and the baby"),
    ("destitution", "no gas or leccy, its dark and cold in here and i've got nothing left"),
    ("self_harm", "my sleeves stay down in pe for a reason"),
    ("unsafe_home", "a man keeps trying to get in through my window at the hostel"),
    ("threat", "my uncle said he'll make sure i never walk again if i tell"),
    ("threat", "a lad in year 10 said he's going to break my arms if i don't give him my phone"),
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
    "i finished my life story book with my social worker",
    "my mate threw a water balloon at my head at the summer fair lol",
    "we did a gas safety lesson and learnt what a gas leak smells like",
    "hide and seek with my foster brothers, no one will find me in the loft",
    "i can't see myself being at this school by year 11, i want to move to college",
    "no point going to the party till 9, nobody gets there before",
    "my sleeves are too long on my new school jumper",
    "my little sister keeps trying to get into my room to borrow my makeup",
    "got shot down when i asked a girl to the school disco",
    "my mate stabbed me in the back by telling everyone my secret",
    "if i do one more spelling test i'm going to run away with the circus",
    "a police officer came to school to talk about county lines, it was good",
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

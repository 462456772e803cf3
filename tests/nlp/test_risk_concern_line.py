"""The concern line: harm that is over and managed, a peer's bullying away from home, a
feeling of being a burden, someone online asking questions. Staff should see these soon, but
they are not emergencies; each sits beside an urgent twin the rules must still catch."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

CONCERN = [
    # over, told with a time that has passed and a life that has moved on
    "there was a time i did not want to be alive. now i have my own room and a cat",
    "when i first moved out i didnt want to live any more and took tablets. that was two "
    "years ago, im doing ok now",
    "in year 8 i wrote a goodbye letter to my carers. im 16 now and much happier",
    "after my overdose in year 9 i got proper support and now im at college",
    "self harm was my whole life at 12. now im 16 and doing my gcses",
    "i was self harming for a year but ive been clean from it for 10 months",
    "had a slip with self harm a few weeks back but i told my key worker straight away and we "
    "made a plan together, feeling a lot better now",
    "my last relapse with self harm was two years ago. i'm steady now and see my worker weekly",
    "had a bad patch in the winter where i thought about ending it all, on top of it now",
    "i used to want to die every day at my dads. i dont any more, my foster carers are great",
    "my plan still says im at risk of self harm but i havent done it in over a year",
    "i tried to end my life two years ago and im so glad im still here",
    "i relapsed once in february but ive been fine since and i see my counsellor",
    "had a relapse in the autumn, told my carer and we made a safety plan",
    "i self harmed all through my teens. im 22 now and on top of it",
    "when i was self harming last year my carer sat with me every night. im loads better now",
    "had really dark thoughts in the spring about ending it. my gp helped and i feel loads better",
    "i used to be scared of my foster mum but shes actually lovely",
    "i used to not have enough money for food but the food bank sorted me out",
    # a peer at school, not at home
    "a girl keeps pinching me and kicking my chair when sir isnt looking",
    "i get shoved into the lockers every morning by the same boy",
    # one feeling of being a burden, however many patterns find it
    "i feel like a burden to my foster carers even though they say im not",
    # someone online asking, and the child has not told them
    "a guy on snapchat keeps asking what school i go to. i havent told him",
]

URGENT = [
    "i used to be scared of my foster dad and i still am, he throws things at me",
    "the other girl at the home keeps punching me when staff arent looking",
    "the lads in my house keep punching me at night",
    "im a burden to everyone and they would all be better off without me",
    "i feel like a burden to my carers. they would be better off with a kid who isnt broken",
    "a man on snapchat knows where i live and says hes coming round tonight",
    "i told a guy from a discord server where i live and now he keeps turning up outside",
    "a man from a game wants my address so he can send me a present. im 12",
    "he wants a picture with no clothes on and says im his girlfriend",
    "gonna leave tonight and go to my boyfriends in leeds",
    "my parents have a girl already picked for me back home and i have to marry her",
    "relapsed with self harm last week, i was clean for 10 months",
    "i used to want to die every day and i still do",
    "relapsed on saturday after 5 months clean, told my carer but i want to do it again",
    "had a relapse last week with cutting, i told my pa and we made a plan",
    "i still self harm every day, my plan says im at risk",
    "ive been clean from self harm for 2 weeks but i want to cut myself tonight",
]


@pytest.mark.parametrize("text", CONCERN)
def test_the_rules_read_it_as_a_concern(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.CONCERN


@pytest.mark.parametrize("text", URGENT)
def test_the_urgent_twin_is_urgent_by_rules_alone(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.URGENT

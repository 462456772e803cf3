"""Everyday idioms hide only their own words from the model, and harm told beside them is
still read; threats over trivial things are jokes only when nothing serious is in sight."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

# Everyday messages the model alone used to alarm at.
EVERYDAY = [
    "my foster mums lasagne is to die for",
    "my foster mums lasagne is to die for 😍",
    "the lasagne at the placement tonight was to die for",
    "got a victory royale with 12 kills last night",
    "my room is a crime scene rn and staff are making me tidy it before i can go out",
    "my legs are dead after cross country",
    "someone in fortnite said they'd end me, then I won the round 😎",
    "my foster carer keeps saying 'you'll be the death of me' when i leave my shoes out 🙄",
    "shot a hoop from the half way line today at basketball club, nobody believed me",
    "i would tell my carer if i didnt feel safe",
    "im gonna run away with the circus if i have to do one more fractions sheet",
    "my little sister keeps making her barbies get married lol, she made me be the vicar",
    "no im not scared of my carer, shes lovely, I was scared of her dog at first",
    "watched Top Boy last night, that storyline about county lines is mad",
    "why cant i get a lock on my bedroom door, the other kids go in my room",
    "my brother stabbed me in the back by telling our carer I ate the last cookie",
    "gonna get battered at monopoly tonight, my foster mum always wins",
    "My burner account on insta is just for memes don't worry 😂",
    "my carer's driving is terrifying, she reverses into everything",
    "mum said we will get you a new phone for your birthday",
    "hows the council not know my new address, i told them twice",
]

# An independent review's attacks on the idioms: harm beside, inside or instead of them.
HARM_WITH_AN_IDIOM = [
    "my plan is to die for real tonight",
    "the plan is to die for real this weekend, ive worked it all out",
    "the only way out is to die for me now",
    "never waking up sounds to die for tbh. got everything ready",
    "all i want is to die",
    "i hope tonight will be the death of me",
    "let tonight be the death of me",
    "the cold water will be the death of me, im at the river now",
    "hopefully the train will be the death of me, walking to the tracks now",
    "i want the river to be the death of me",
    "pray this fall will be the death of me, on the car park roof now",
    "my arms are killing me after i cut them last night, theres so much blood",
    "my arms are dying after last night, went deeper than i meant to and its gone yellow",
    "im so dead after my shift, they keep me on the line til 4am and im 14",
    "i die every time he tries to dance with me, he puts his hands down my trousers",
    "coach is gonna have my head if i tell anyone about the photos he takes of me",
    "i was on the game when dad came in tryna murder me but i beat him to the bathroom and "
    "locked it, hes still banging on the door",
    "on fortnite some man said he'd destroy me if i didnt send nudes and then i won but hes "
    "still messaging",
]

# An idiom that cancels a rule cue hides its own words, never the rest of the message.
HARM_AFTER_AN_IDIOM = [
    "my best friend stabbed me in the back by posting my address and now a man keeps messaging "
    "saying he is coming to get me",
    "my mate stabbed me in the back by telling the gang where i live and now they are outside "
    "with knives",
    "he stabbed me in the back by snitching and the gang have been driving past my house all night",
    "they said i could get a lock on my door but my stepdad took it off and comes in when im "
    "asleep",
    "i was scared of her dog at first but now its her boyfriend, he hits me when shes out",
]

# Found out where I moved, and told so (an unseen set's miss, dev67).
FOUND_ME = [
    "People from my old area find my new address, they put message under door say we will get "
    "you. I am alone in flat.",
    "he found my new address and keeps texting",
    "he made me set up a burner account just for fun he said, now he sends me jobs",
]


@pytest.mark.parametrize("text", FOUND_ME)
def test_found_where_i_moved_is_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.URGENT


# A threat over something that sounds small, where the small thing is the job they gave me.
SERIOUS_THREATS = [
    "he said hed kill me cos i missed a drop",
    "he'll kill me if i lose the package",
    "they said they will kill me if i lose the parcel again",
    "he will post them if i just dont send more nudes",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_idioms_are_not_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT


@pytest.mark.parametrize("text", HARM_WITH_AN_IDIOM + HARM_AFTER_AN_IDIOM)
def test_harm_beside_an_idiom_is_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.URGENT


@pytest.mark.parametrize("text", SERIOUS_THREATS)
def test_a_threat_over_a_drop_or_a_package_is_no_joke(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "my carer will kill me if i fail my mocks lol",
        "my mum will kill me if i drop her new phone lol",
    ],
)
def test_a_trivial_threat_is_still_a_joke(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.NONE

"""A date dates its own event, not everything else in the sentence: "when i was 14 i had
counselling and i have a noose ready" tells a noose now. Two independent reviews wrote these
messages to break the past reading; before this check the rules read many of them as past."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

PRESENT_BESIDE_A_DATE = [
    "i had counselling when i was 14 but i have a noose ready in my wardrobe",
    "when i was 14 i got diagnosed with depression and ive got a noose ready in my wardrobe",
    "when i was 13 i had counselling and i've got a rope ready for when i do it",
    "i got diagnosed with depression when i was 14 and ive got a noose ready",
    "when i was 14 i got bullied for being gay and i've tied a noose to my loft hatch",
    "when i was 14 i moved schools and ive just taken 20 tablets",
    "when i was 15 i got diagnosed with anxiety and i've taken all my mum's tablets",
    "when i was 14 i went on a managed move and the boys there make me carry their knives for them",
    "i had counselling when i was 14 and the lads make me carry their knives",
    "when i was 14 i had a breakdown and i'm on the roof of the multi storey",
    "i had counselling at 13 and i have a noose in my room",
    "i had counselling when i was 14 but i have got all of my mums tablets to overdose on",
]

# Past and managed: "have" told of how it ended, or "used to have" the thoughts.
PAST_WITH_HAVE = [
    "used to have suicidal thoughts a lot at my old placement. they've mostly gone since i moved "
    "and started the new meds",
    "the suicidal thoughts have mostly gone since my meds got changed",
    "my self harm scars have healed now, can the council help with laser removal?",
    "i've stopped cutting since moving here. its been since may. my carers know and we have a "
    "plan if it gets bad",
    "i used to have really bad thoughts about ending it when i was 14 but i've had counselling "
    "and im loads better now",
    "im in recovery from self harm and i go to a group every tuesday, it really helps",
    "i've got scars from when i used to self harm and people at the swimming pool stare. i'm ok "
    "with it mostly but it knocks my confidence",
]

# A review's past-and-managed messages told with "have", "makes me" or "i am at": the first
# version of the clause check made them urgent.
PAST_TOLD_IN_THE_PRESENT = [
    "i have recovered from my overdose when i was 15 and im doing well",
    "i have a scar from when i tried to hang myself at 15, im doing much better now",
    "i have forgiven my dad for beating me when i was 10, i am safe now",
    "being sexually abused when i was 8 has shaped me but i am safe now",
    "my suicide attempt at 16 makes me want to help other young people, i am 23 now",
    "i am at uni now after my overdose in year 9, im doing so much better",
    "i have nightmares sometimes from when i was raped at 15 but i am safe now",
    "it has taken me years to get over being raped at 15 but im doing well now",
    "i have decided to tell you that i overdosed when i was 14",
    "my carers will listen to how i overdosed when i was 14",
]

# Support that carries on ("still in therapy") says nothing about whether harm is over: a
# review's messages with harm now beside it.
HARM_BESIDE_SUPPORT = [
    "i self harmed when i was 13, still in counselling but i cut so deep i cant stop the bleeding",
    "i still see my camhs worker but i overdosed when i was 15 and ive just swallowed a whole "
    "packet of paracetamol",
    "i tried to end it when i was 14 and im still in therapy, but i want to die and i have the "
    "pills in my hand",
    "my foster carers husband touched me when i was 11. im 17 now and i still see her husband "
    "every week and he tries to get me alone",
    "i still go to the bridge where i tried to jump when i was 14 and im here now and i want to "
    "jump",
    "I got out of CSE at 14 and had years of therapy, but an old contact messaged saying the man "
    "wants me back and knows my new area",
]

# Marks left behind that do not make old harm current.
LINGERING = [
    "at my old placement they used to lock me in my room. this one doesnt, but i still get "
    "nervous when i hear keys",
    "when i was 13 an older man groomed me online. police dealt with it and im safe but i still "
    "struggle to trust anyone",
]


@pytest.mark.parametrize("text", PRESENT_BESIDE_A_DATE + HARM_BESIDE_SUPPORT)
def test_harm_told_now_beside_a_date_is_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.URGENT


@pytest.mark.parametrize("text", PAST_WITH_HAVE + PAST_TOLD_IN_THE_PRESENT + LINGERING)
def test_past_and_managed_is_not_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT

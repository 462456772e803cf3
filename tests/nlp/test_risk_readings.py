"""How the rules read recovery, someone else's harm, denials and everyday accidents: a worry
for staff to see, not an emergency; and the twins that must stay urgent."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

# Told as over, or as someone else's, or denied: the rules keep the worry at concern.
CONCERN = [
    "im better now but in january i was looking up ways to die",
    "had an urge to hurt myself last week but i used my safety plan and rang my carer",
    "had a bad time last winter, proper suicidal. camhs helped loads. still go every fortnight",
    "back in year 9 i wrote a goodbye note. glad i never used it",
    "when i first came to this country i wanted to die. now i have school and friends",
    "overdosed in my first flat at 19. i'm 21 now and got a job. still on antidepressants",
    "was suicidal in the spring, feel way more myself now",
    "the self harm service told me i'm ready to be discharged!!",
    "my carer made me a box for when i feel like hurting myself. i havent cut in 6 months",
    "my brother is 19 and in prison and he's been cutting himself in there",
    "theres a girl at my school who says she wants to die all the time, what should i do",
    "been feeling low for ages, it's not like i want to hurt myself, i just feel empty",
    "feel grey. no thoughts of hurting myself",
    "when i'm feeling down i go for a run instead of hurting myself",
    "accidentally cut myself shaving my legs, loads of blood for a tiny nick lol",
    "i burnt myself on the curling tongs getting ready for prom",
    "my carer cut my hair and now i look like a mushroom 😭 i want to die (not really lol)",
    "feeling low. no self harm, i just need someone to talk to",
    "can i see a dermatologist, my hands crack and bleed in the winter",
    "my ex used to hit me. he's moved to scotland and i've got a new flat. i'm doing well",
    "my stepdad abused me when i was little. im 15 now and safe. i just dont want to explain "
    "it again to my new sw",
    "i took an overdose last year and got released from hospital, im doing better now",
]

# Their twins: harm happening now, someone else's harm that could happen soon, a young
# sibling, harm that is meant.
URGENT = [
    "i had a bad time last winter and now im suicidal again",
    "my friend just told me shes going to take her life tonight, what do i do",
    "my little brother is 9 and hes been scratching his arms with a compass",
    "mum said she wished i was never born. i wish that too. im gonna make it true",
    "if someone wants to die how do they stop wanting it. its me btw",
    "its not like i care anymore i just want to die",
    "instead of going out with my mates i hurt myself",
    "i burn myself on the hob on purpose when nobody is looking",
    "the accident is me with a razor every night this week",
    "i want to die and im not joking",
    "i wear plasters under my watch strap and if anyone asks i say its eczema",
    "my stepdad bit me on the arm and said i deserved it",
    "when i was 10 my cousin did stuff to me. im 13 now and hes coming to stay for christmas",
    "my ex used to hit me and now hes moving back to my town",
    "the man who abused me when i was little is getting out of prison soon, im 16 now",
    # "keeps" is read as now even though "keep" is listed first
    "i used to self harm and it keeps happening",
]

# Everyday words that tripped broad patterns, and the dangerous twins those patterns exist for.
NOT_URGENT = [
    "my nan takes 2 boxes of tablets a week for her heart",
    "i took the whole course of antibiotics like the doctor said",
    "teacher said im dead clever 😊",
    "staff lock the knife drawer at night. is that normal? doesn't bother me",
    "our science teacher set his eyebrows on fire with a bunsen burner",
    "sorry if my last message sounded bad, i was just moaning about exams",
    "booked a one way ticket to manchester for my new job!! start monday",
    "foster mum made my fave tea for my birthday and got me the trainers i wanted",
    "i need new football boots, my old ones gave me massive blisters",
    "we read of mice and men and the ending made me cry",
    "googled how long it takes to get a council flat and nearly cried lol",
    "i was bitten by my foster carers dog, only a nip",
    "my best mate cuts and she says its under control",
    "my little brother bit me but hes only 2",
    "goodbye forever braces!! got them off today",
    "my favourite song at the minute is about running away",
    "heya my PT is trying to kill me with these leg days 😭",
    "my little sister grabs my ponytail when we play",
    "mum drags me around the shops every saturday",
]
URGENT_TWINS = [
    "my brother said they will say i am dead to them if i dont marry him",
    "dont bother looking for me",
    "got given a burner and told to keep it on",
    "last message before i go",
    "they booked me a one way ticket and keep talking about my wedding",
    "the man at the shop gives me free sweets and vapes and now he wants me in the back room",
    "the older lads gave me a phone and said i owe them",
    "i googled how long it takes to bleed out",
    "this is goodbye forever",
    "im about to run away from here",
    "my stepdad is trying to kill me with a knife",
    "when my carer is angry she grabs my ponytail and drags me around the kitchen",
]


# A despair sign with a resolve after it is urgent, even across sentences (a resolve on its
# own is nothing: see below).
DESPAIR_AND_RESOLVE = [
    "I feel like a burden to everyone. I've decided to fix that",
    "ive been a burden to my carers for years. going to sort that out for good",
    "im a burden to my foster family so im gonna fix it for good",
    "im just a burden to everyone ive made up my mind",
    "tired of everything. not for long",
    "i feel like a burden. ive been thinking of ways to fix that",
]

# Someone online knowing where I live, coming to it, being told it, or offering gifts for
# it is urgent.
ONLINE_KNOWS = [
    "a guy online says he's coming to where I live tonight",
    "a man online asked for my address and I gave it to him",
    "a man on tiktok wants my address so he can send me a present",
    "i told a guy from snapchat where i live",
    "someone i met on discord knows where i live now",
    "i gave my address to a guy on snap",
    "older guy on insta asked for my addy and i dropped my location to him",
    "some older lad on tiktok asked where i live and said hed pay for my nails",
]

# A relapse told with any sign of being recent, unmanaged or hidden is urgent.
RECENT_RELAPSE = [
    "my last relapse was on friday and I cut really deep",
    "i relapsed in june and i have not stopped since",
    "relapsed 2 months ago and its been getting worse since",
    "i was clean since january but i just relapsed",
    "relapsed in the summer and i havent been ok since",
    "i relapsed in may and ive been hiding it since",
]

# Better before, but not now: a "now" just before the harm, a day this week, a relapse last
# week. Each had been read as past and managed.
BETTER_BUT_NOT_NOW = [
    "i was doing much better but now i want to die",
    "i am happy now i know how i am going to end it",
    "i used my safety plan last month but now i am going to kill myself",
    "i had a good year but i took an overdose on sunday",
    "i used to self harm. i did it last week",
]


@pytest.mark.parametrize("text", CONCERN)
def test_past_someone_elses_or_denied_harm_is_a_concern(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.CONCERN


@pytest.mark.parametrize(
    "text",
    URGENT
    + URGENT_TWINS
    + DESPAIR_AND_RESOLVE
    + ONLINE_KNOWS
    + RECENT_RELAPSE
    + BETTER_BUT_NOT_NOW,
)
def test_the_twins_stay_urgent_by_rules_alone(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.URGENT


@pytest.mark.parametrize("text", NOT_URGENT)
def test_everyday_words_are_not_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "my bike chain keeps slipping so I decided to fix that myself",
        "i made up my mind about college",
    ],
)
def test_a_resolve_to_fix_things_is_nothing_on_its_own(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.NONE


# Everyday idioms must never hide harm told beside them. Masking idioms such as "to die for",
# "drowning in bills", "have my head if" or "my room is a crime scene" hid every one of these
# from the model (an independent review), so those idioms are not in the screen.
IDIOM_TWINS = [
    "the food here is to die for but honestly i want to die",
    "drowning in coursework and i want to kill myself",
    "made a burner account so the older lads can message me without staff seeing",
    "i die every time he comes in my room at night",
    "i die every time he comes near me",
    "my legs are dead from where he kicked me",
    "victory royale last night then cut my arms after",
    "made a burner account to talk to the man who gives me money",
    "my stepdad is gonna have my head if i tell anyone what he does",
    "a man i met on fortnite said he will end me if i block him",
    "the view from the bridge is to die for, im going to jump off it tonight",
    "mum is drowning in bills and her boyfriend punches her every night",
    "my back is dead from the belt he used on me",
    "they are gonna have my head if i lose the package they gave me to deliver",
    "he will have my head if i do not keep the secret about what he does to me",
    "he's going to have my head if i miss a drop again, he already stabbed someone",
    "got a victory royale with my online friend, hes 30 and wants me to come to his flat and "
    "not tell my carers",
    "i die every time my stepdad tries to come in the bathroom when im showering",
    "my room is a crime scene again, he came in drunk last night and i cant stop shaking",
    "the stairwell on the top floor is to die for, tonight i am finally going over",
    "i die every time my step brother tries to get in the shower with me",
    "butchered my hair, he held me down and did it and said next time it will be my throat",
    "mum is drowning in bills so her boyfriend makes me go with his mates for money",
    "my room is a crime scene, mums boyfriend threw her through the door and theres glass "
    "everywhere",
    "so dead after the game, uncle makes me sleep in his bed after",
]


@pytest.mark.parametrize("text", IDIOM_TWINS)
def test_an_idiom_does_not_hide_harm_beside_it(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.URGENT

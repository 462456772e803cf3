"""Veiled and understated disclosures, read by the rules alone, and the safe look-alikes:
plans told as arrangements (`farewell.py`), harm told by its traces and control told as
house rules (`traces.py`) among them.

Written fresh for these tests (not taken from any data file): each urgent line hints at
the risk without the words a checklist would look for.
"""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

VEILED: dict[str, tuple[str, ...]] = {
    "suicide": (
        "wrote letters to my sisters just in case, so they have something to remember me by",
        "my head keeps telling me to end it",
        "i tried to end it at 14. im thinking about it again now",
        "how high is the bridge on the ring road",
        "been looking at ropes online",
        "i keep thinking about the balcony",
        "i'd rather be dead than go back to that placement",
        "i've written a letter for my nan for after i'm gone",
        "whats the point in me still being here",
        "giving my games away to my mates cos i wont need them where im going",
        "nobody would come to my funeral anyway",
        "i just want everything to stop for good",
        "been googling ways to do it all week",
        "theres a whole box of paracetamol in the cupboard and i want to take them all",
        "made up my mind, im ending it on friday",
        "left notes for everyone in my drawer",
        "i wont be alive for my birthday so dont bother with a present",
        "who gets my ps5 when im gone",
        "i wish i could go to sleep and never wake up again",
        "when my nan dies so do i",
        "thinking ill take everything in the medicine cabinet tonight",
        "i want to be dead",
        "i just want to sleep and never wake up",
        "the world would be easier without me",
        "i stopped taking my tablets and im keeping them in a box",
        "dont bother with my review, i wont be anywhere by then",
    ),
    "self_harm": (
        "staff hid the razors but i found another way",
        "using the knife from the kitchen on myself again",
        "i only cut where my carers wont see",
        "took the whole packet, feel dizzy",
        "swallowed some bleach on purpose",
        "my 'scratches' are not from the cat",
        "carved his initials into my arm with a pin",
        "burned my hand with a lighter again last night",
        "i'm going to cut tonight",
        "i keep digging my compass into my arm in class",
        "wearing my hoodie in this heat again, you can guess why",
        "my bracelets hide the marks so nobody asks",
        "did it again last night after six weeks clean",
        "i feel calmer after the blood, is that weird",
        "been making myself sick after every meal since i moved",
        "held my hand on the radiator till it blistered again",
    ),
    "forced_marriage": (
        "we are going to my cousins wedding but i found out its actually mine",
        "they showed me pics of a man and said i have to marry him",
        "my wedding is in june and i dont want it",
        "the wedding is next month and i dont want to marry him",
        "im 14 and my wedding is in the summer",
        "theyre sending my sister away to get married and shes only 13",
        "mum says its a holiday but its not a holiday",
        "my sister is being forced to marry our cousin in the summer",
        "they said im getting married in the summer and i'm only 14",
        "dad wants me to leave school to get married",
        "my big sister had to marry at 16 and now they say its my turn",
        "i've been promised to my cousin",
        "im 15 and they say he is my husband now",
        "i have to marry him in the summer",
        "if i refuse the marriage they will disown me",
        "my grandparents have got me a fiance and i am 16",
    ),
    "criminal_exploitation": (
        "they want me dropping parcels in other towns for 100 quid a day",
        "older lads pay me to look out for the feds",
        "been on the line for a week, stuck in some flat",
        "ive got a line phone my carers dont know about",
        "older lads moved into my flat bagging up and i cant make them leave",
        "i dont even know what town im in, they brought me here",
        "if i don't pay back what i owe i have to do another run",
        "they make me hold their knives in my bag",
        "he wants to put money through my bank account",
        "they said i have to plug the bits again when we go on the train",
        "the olders make me keep a parcel in my room for them",
        "the olders gave me a burner and i have to answer it whenever it rings",
        "they are using my flat to sell from",
        "they are using my bank account to move money",
    ),
    "running_away": (
        "at the coach station now, nobody knows",
        "my online boyfriend paid for my train ticket so i can live with him",
        "going after everyones asleep",
        "i ran away from my carers, im at the station now",
        "a man from discord says he'll get me a room if i come to his city",
        "leaving my phone at home so they cant track me",
        "me and jay are doing a runner on saturday",
        "ive been missing since last night, dont tell anyone",
        "my dad will hide me at his so the social cant find me",
        "someone is sending a cab for me at 2am",
    ),
    "destitution": (
        "my last meal was on monday",
        "gas and electric are both off and i have a baby",
        "living off tap water till my money comes",
        "got no bed tonight after the hostel chucked me out",
        "sleeping in the stairwell tonight",
        "got evicted today and i have nowhere to go",
        "my money got sanctioned and i havnt eaten anything in 3 days",
        "i go to bed hungry most nights here",
    ),
    "abuse": (
        "the bruise wasnt from pe, it was my stepdad",
        "staff sat on me and i couldnt breathe",
        "she dragged me down the stairs by my hair",
        "the teacher at the mosque class beat us with a stick",
        "grandad puts his hand under my nightie",
        "auntie hit my brother with the hoover pipe",
        "i got knocked out by my dad",
        "my foster dad shoved me against the wall last night",
        "my carer flicks my ear so hard it rings",
        "he hit me and told me to say i fell off my bike",
        "the man at my nans said not to tell",
        "got a fat lip but im supposed to say it was rugby",
        "my stepmum slams my hand in the door when i talk back",
        "dad pushed my hand onto the hob when i burnt the toast",
        "my stepdad bit my arm when i wouldnt go to bed",
        "we get hit with a wooden spoon if we answer back",
    ),
    "confinement": (
        "my aunt wont let me go back to my placement or call my sw",
        "havent been allowed out of the house for 3 weeks",
        "the window is screwed shut and my phone is gone",
        "he ties my hands so i cant get up",
        "my uncle keeps me in the shed when he goes out",
        "they lock me in the shed when visitors come",
        "my door gets locked from the outside every night",
        "there is no handle on my side of the bedroom door",
        "im not allowed to talk to my social worker on my own",
        "my carer has stopped me going to school and i just clean",
    ),
    "threat": (
        "a girl said shes getting her brothers to jump me after school",
        "someone keeps sending me pics of knives",
        "he knows where my foster house is and said hes coming",
        "my ex says hell break my jaw if i talk to my pa",
        "they sent me a photo of my front door and said im next",
        "they said theyll get me on sight",
        "im getting jumped after school tomorrow, the whole year knows",
        "my stepdad found my new address and keeps sending threats",
        "he says he will find out where i live",
        "she told me he was not joking when he said he would kill me",
        "a lad from the estate turned up outside school with a machete",
        "he said hes gonna stab me after school tomorrow",
        "my carer says if i tell anyone ill never see my sister again",
        "some lads left a knife stuck in our front door last night",
    ),
    "unsafe_home": (
        "i sleep in my clothes in case i have to run",
        "when mum drinks she gets violent and im scared",
        "i can smell gas in my flat right now",
        "im scared to be in this house",
        "these lads keep turning up at my door at night",
        "mum and her boyfriend were fighting and i was hiding under the bed",
        "my mums new fella is scary",
        "im terrified of going to dads this weekend",
        "mums boyfriend had been drinking all day and then he drove us to school",
        "the whole flat smells of gas and my carer says its fine",
        "mum is on the floor and she wont wake up",
        "i get scared every night here",
        "mum passes out and leaves the hob on",
        "there are needles everywhere in the flat",
    ),
    "sexual_exploitation": (
        "he says i can pay the rent in other ways",
        "hes got my nudes and says hell post them unless i send more",
        "he wants me to keep his mates happy at the party",
        "my landlord says i can pay less rent if i keep him company",
        "he said if i dont send a pic he will post the other one",
        "my new boyfriend buys me vapes and says not to tell my carers",
        "he said i have to be nice to his mates too",
        "im 13 and talking to a boy who is 20 on snap",
        "an older girl sets us up with dates and takes a cut",
    ),
}
LOOK_ALIKES = (
    "i fell off my bike and hurt my arm",
    "he kicked me in football by accident",
    "we learned about forced marriage in RE",
    "we had a knife crime workshop in assembly",
    "thought i was gonna die on the rollercoaster",
    "i used to be scared at my old placement but now it is good",
    "my cousin is getting married in june and im a bridesmaid",
    "i got a letter from college about my course",
    "in pshe we learned about county lines and grooming",
    "i gave my old xbox to my little brother",
    "got sunburnt at the beach lol",
    "i'm not telling anyone what i got mum for christmas",
    "the lads are gonna batter us at fifa tonight",
    "boss is cutting my hours again, so annoying",
    "i shot myself in the foot by saying i'd tidy the whole house",
    "nearly killed myself laughing at that video",
    "got kicked in the leg at karate by acident",
    "they kicked me out of the group chat for spamming memes",
    "been looking up ways to save money on my food shop",
    "i cant do this science homework anymore lol",
    "we were looking up how many calories are in a pizza",
    "we opened it up and there was a kitten inside",
    "the lads threw a ball at me in pe and it cut my lip",
    "my grandad had blood on his face after he tripped in the garden",
    "we picked a date for the leaving party!",
    "going to bed hungry lol forgot to have tea, having toast now",
    "my sister is getting married in the summer and im a bridesmaid, im 15!",
    "my mum gave me her old phone when she got a new one",
    "leaving my placement tomorrow to move to my new foster family, excited",
    "staying at my mates house for his birthday sleepover",
    "just tying up loose ends at college before the holidays",
    "i like my hoodie, it covers my whole hands lol",
    "six weeks clean from vaping and i feel great",
    "my carer took my dinner away to heat it up",
    "fell off my bike and hit my knee with a stick",
    "my teacher gave me a ring binder and everyone clapped lol",
    "we did a lesson on girls being married off abroad",
    "who gets the last slice of pizza lol",
    "i'd rather be dead than wear that jumper lol",
    "i'd like to complain that i've not had a PA for 4 months",
    "had my wisdom teeth out, face is huge, look like ive been punched",
    "the wardrobe door keeps falling off in my room can someone come fix it pls",
    "who do i speak to about getting an advocate, i dont want to go on my own",
    "my hamster is really poorly, im so scared hes going to die",
    "got kicked out of the football team for being late lol",
    "people in my year keep telling me to kys, i just block them",
    "our teacher told us about forced marriage today",
    "got knocked out in the first round of the boxing tournament",
    "my dog ate my sock and i thought he was going to die",
    "i have not had a review in ages",
    "the front door is locked at night for fire safety",
    "my best mate threatened to unfollow me lol",
    "my brother said hell kill me if i spoil the ending of the film lol",
    "the boiler broke and it was freezing but the landlord fixed it",
    "grief is hitting me hard this week",
    "got shot down by a girl at work lol",
    "we got locked in an escape room for my birthday",
    "a crab pinched me at the beach",
    "staff shortages mean we cant go on trips",
    "the taxi escort sits in the back with me",
    "i get kept in at lunch for talking",
    "whole squad got knocked out in the first round lol",
)
# The model alone flags these (a real false alarm each); the rules must not add to it.
RULES_ONLY_LOOK_ALIKES = (
    "i wont need my winter coat after this week, its warm now",
    "my dog bit my hand when i took his ball",
)
# Everyday messages that share words with the newer cues: the rules must leave them alone.
EVERYDAY = (
    "i found my new flat on rightmove!!",
    "scared to go to the toilet at night because of spiders lol",
    "i think something is going to happen to me at my review, like theyll move me",
    "need stitches in my finger from a tin, cant tell you how much it hurt",
    "my nan always says keep your mouth shut or you'll catch flies",
    "my brother did it again, the thing he promised he wouldnt, ate my chocolate",
    "i bit my arm by accident when i fell over",
    "my carer says its not a holiday its a school trip lol",
    "i am 15 and my wedding dress for my aunties wedding is pink",
    "i was looking at high ropes courses for my birthday",
    "my dad likes to keep his mates happy with beers at bbqs",
    "i meet clients at work in the salon",
    "i was on the line to universal credit for an hour",
    "bagging up the leaves in the garden for my carer",
    "my cat ran away 2 hours ago and came back lol",
    "whats the price on it",
    "bullet points in my letter to the council",
    "my foster mum told me not to tell anyone about the surprise party for my brother",
    "the water pulls me in when i swim i love it",
    "the wedding is saturday and i dont want to go its so boring",
    "burnt my hand on the oven tray making cookies",
    "my cousins wedding in pakistan is in july, cant wait",
    "i banged my head on the cupboard lol",
    "got hit by a car on mario kart",
    "we got battered in the quiz",
    "we look out for each other in the house",
    "volunteering at the food bank is fun",
    "im going to die if i dont get tickets",
    "the lads giving me grief left school so its fine now",
    "first aid taught us what to do if someone overdoses",
    "no ones hurting me i just want more money",
    "i wont be here next week, im on the school trip",
    "made my carers a photo book as something to remember me by before i move out",
    "like banging my head against a brick wall ringing the council",
    "my managers sending me up to newcastle for a few days for training",
    "the hospital wont let me go home till the doctor sees my x ray",
    "year 6 are writing a letter to our future self in case we forget who we are",
    "people keep adding me to the group chat just to kick me out",
    "my OT says i have to practise cutting with a knife and fork",
    "on the expedition the leaders leave us on our own for days",
    "my foster dad calls me his happy mistake",
)
CASES = [(reason, text) for reason, texts in VEILED.items() for text in texts]


@pytest.mark.parametrize(("reason", "text"), CASES)
def test_veiled_disclosures_are_urgent_by_rules_alone(
    rules_only: RiskScreen, reason: str, text: str
) -> None:
    verdict = rules_only.screen(text)
    assert (verdict.level, verdict.reason) == (RiskLevel.URGENT, reason)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT


# Known false alarms of the model at the threshold the validation sets chose (0.16), kept
# here so that they are seen and so that fixing one shows up as an unexpected pass. The
# training data holds their urgent twins ("I tell her it's blisters from my new shoes" as a
# cover-up; someone met online "sending a taxi" for the child; "no gas and electric"),
# which the model cannot yet tell apart.
KNOWN_FALSE_ALARMS = (
    "mum is sending a taxi for me after school",
    "the nurse gave me plasters for the blisters from my new shoes",
    "my nan smells of gas and oil from working in the garage",
)


@pytest.mark.xfail(strict=True, reason="a known false alarm of the model (see above)")
@pytest.mark.parametrize("text", KNOWN_FALSE_ALARMS)
def test_known_false_alarms_are_not_urgent_yet(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT


@pytest.mark.parametrize("text", RULES_ONLY_LOOK_ALIKES + EVERYDAY)
def test_look_alikes_are_not_urgent_by_rules_alone(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is not RiskLevel.URGENT


def test_one_sign_alone_is_a_concern_and_two_are_urgent(rules_only: RiskScreen) -> None:
    assert rules_only.screen("not telling staff where i am").level is RiskLevel.CONCERN
    both = rules_only.screen("a man off snapchat is sorting me a room, not telling staff")
    assert both.level is RiskLevel.URGENT


def test_an_accident_the_child_was_told_to_claim_is_no_excuse(rules_only: RiskScreen) -> None:
    assert rules_only.screen("i fell off my bike").level is RiskLevel.NONE
    told = rules_only.screen("my stepdad kicked me and said to tell school i fell off my bike")
    assert told.level is RiskLevel.URGENT


def test_a_bare_mention_after_a_lesson_word_is_a_lesson(rules_only: RiskScreen) -> None:
    assert rules_only.screen("in pshe we did county lines and grooming").level is RiskLevel.NONE
    ramble = "i feel suicidal all the time and we watched a film about space"
    assert rules_only.screen(ramble).level is RiskLevel.URGENT


def test_hidden_bruises_are_urgent_whoever_made_them(rules_only: RiskScreen) -> None:
    # Hiding bruises may hide self-harm or abuse: either way a worker must hear of it today.
    verdict = rules_only.screen("i keep my hoodie on in class so nobody can see my bruises")
    assert verdict.level is RiskLevel.URGENT
    assert verdict.reason in ("abuse", "self_harm")


def test_one_farewell_sign_is_a_concern_and_two_are_urgent(rules_only: RiskScreen) -> None:
    one = rules_only.screen("sorted my affairs this week, feels good to be organised")
    two = rules_only.screen("sorted my affairs and cancelled my phone contract. sorry to whoever")
    assert one.level is RiskLevel.CONCERN
    assert (two.level, two.reason) == (RiskLevel.URGENT, "suicide")


def test_harm_long_past_is_a_concern_once_the_message_says_it_is_over(
    rules_only: RiskScreen,
) -> None:
    over = rules_only.screen(
        "my mum used to hit me when i was little. im 16 now, i live with my carers"
    )
    safe = rules_only.screen("my dad used to lock me in my room when i was small. im safe now")
    still = rules_only.screen(
        "my dad used to lock me in my room when i was small and he still does"
    )
    risk = rules_only.screen(
        "my old carer used to hit me when i was little and i think she still fosters"
    )
    and_safe = rules_only.screen("my stepdad used to hit me when i was small. im 15 now and safe")
    first = rules_only.screen(
        "my uncle used to hurt me when i was little. im 15 now. i have never told anyone"
    )
    assert (over.level, safe.level) == (RiskLevel.CONCERN, RiskLevel.CONCERN)
    assert and_safe.level is RiskLevel.CONCERN
    assert (still.level, risk.level) == (RiskLevel.URGENT, RiskLevel.URGENT)
    assert first.level is RiskLevel.URGENT  # a first disclosure is heard now


# How context moves a cue's level: others' words, a lesson, an age the child has outgrown.
CONTEXT_READINGS = [
    # Bullies' words are bullying; an inner voice, a carer or the child agreeing is not.
    ("kids at school keep telling me to kys", RiskLevel.CONCERN),
    ("everyone keeps telling me to kill myself and maybe i will", RiskLevel.URGENT),
    ("the voices tell me to kill myself", RiskLevel.URGENT),
    ("my carer told me to kill myself", RiskLevel.URGENT),
    # A lesson is a lesson until the child sees their own life in it.
    ("in pshe we learned about forced marriage", RiskLevel.NONE),
    ("in pshe we learned about forced marriage. thats whats happening to me", RiskLevel.URGENT),
    # Harm at a younger age, told as over, is a concern; at this age, or again, it is not.
    ("had an overdose at 13, im 17 now and doing well", RiskLevel.CONCERN),
    ("took an overdose at 17, im 17 now and doing well", RiskLevel.URGENT),
    ("had an overdose at 13, im 17 now and i did it again tonight", RiskLevel.URGENT),
    # "hell" before a verb is "he'll"; "break my legs" is no broken phone.
    ("my ex said if i dont come back hell burn my flat down", RiskLevel.URGENT),
    ("shell kill me if i lose my coat again lol", RiskLevel.NONE),
    ("he says if i dont pay him back hell come round and break my legs", RiskLevel.URGENT),
    # "he" is whoever the message is about: a classmate, or a boyfriend.
    ("a boy in my class keeps taking my lunch and he pushed me in the line", RiskLevel.CONCERN),
    ("my boyfriend checks my phone for lads and he pushed me into the wall", RiskLevel.URGENT),
    # A habit told as past, and what lingers after harm is over, are not "now".
    ("i used to think about ending it all the time but i dont anymore", RiskLevel.CONCERN),
    ("my dad used to hit me but he stopped years ago, i still get nightmares", RiskLevel.CONCERN),
    ("my dad used to hit me and he still does", RiskLevel.URGENT),
    # A clean streak is over; a streak that broke, or a plan, is not.
    ("camhs discharged me today!! no self harm for a whole year", RiskLevel.CONCERN),
    ("6 months no self harm today, my carer got me a cake", RiskLevel.CONCERN),
    ("its been ages since i wanted to die, i just get sad sometimes now", RiskLevel.CONCERN),
    ("remember when i told you i was hurting myself? thats stopped now", RiskLevel.CONCERN),
    ("i self harmed for years in care. 18 months free now", RiskLevel.CONCERN),
    ("i got through it last year but im thinking about ending it again", RiskLevel.URGENT),
    ("my streak was 200 days of no self harm. its 0 now", RiskLevel.URGENT),
    ("2 years since i tried to kill myself and im planning the next one", RiskLevel.URGENT),
    ("i tried to kill myself last night. its the anniversary of my mums death", RiskLevel.URGENT),
    # Saying "I won't do anything" does not make a wish to die a passing mood.
    ("i dont want to live anymore but im not going to do anything tonight", RiskLevel.URGENT),
    ("im not going to do anything stupid, i just feel rubbish", RiskLevel.CONCERN),
    # Nowhere to sleep on purpose is a festival or a charity sleep out, unless it is not.
    (
        "slept in a tent for 4 nights at download festival, no showers, would do it again",
        RiskLevel.NONE,
    ),
    ("sleeping on the streets tonight and not by choice", RiskLevel.URGENT),
    ("sofa surfing ran out, sleeping in the park tonight", RiskLevel.URGENT),
    # Ages: "now 22" says time has passed since harm at 17.
    ("i was sectioned at 17 after trying to end my life. now 22 and working", RiskLevel.CONCERN),
    ("i had an overdose at 13. now 15 tablets are in my drawer waiting", RiskLevel.URGENT),
    # Others' words on a screen are bullying; ending things with a girlfriend is a break-up.
    ("people saying kill yourself care kid in my youtube comments", RiskLevel.CONCERN),
    ("im ending things with my girlfriend, were better as mates", RiskLevel.NONE),
]


@pytest.mark.parametrize(("text", "level"), CONTEXT_READINGS)
def test_context_moves_the_level(rules_only: RiskScreen, text: str, level: RiskLevel) -> None:
    assert rules_only.screen(text).level is level

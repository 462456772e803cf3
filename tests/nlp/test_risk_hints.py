"""Suicide and self-harm hinted in a few words (`nlp.risk_patterns.hints`): things put in
order "for after", a break from living, a funeral playlist, the means got round a limit; and
the everyday look-alikes that must stay calm (most of them written by an independent review
to break the patterns)."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

URGENT = [
    ("suicide", "i went to the train tracks and stood on the line"),
    ("suicide", "i went to the railway bridge and climbed over the fence"),
    ("suicide", "i got a rope and went to the woods"),
    ("self_harm", "the school nurse asked about my wrist and i lied, its every night now"),
    ("suicide", "most nights i sit on the roof of my block thinking about stepping off"),
    ("suicide", "i need a break from living. not a holiday"),
    ("suicide", "i want to just drift off and never come back up"),
    # an unseen set's misses (dev66)
    ("suicide", "the bridge by college keeps calling me. going there after tea"),
    ("suicide", "the railway keeps calling me"),
    ("suicide", "checking the train times but not cos im going anywhere"),
    ("suicide", "the motorway bridge by my flat, i keep walking up to it at night"),
    ("suicide", "took all of them about an hour ago. feel a bit funny now"),
    ("suicide", "i swallowed the lot of them half an hour ago"),
    ("suicide", "i swallowed all about an hour ago"),
    ("suicide", "tonight im ending it all, sorry"),
    ("suicide", "people will stop texting forever soon cos im about to"),
    ("suicide", "i keep picturing them finding my body"),
    ("suicide", "staff will find it with my letter in the morning"),
    ("suicide", "my carers would have a better life if my bed was empty"),
    ("suicide", "ive been timing the trains at the level crossing"),
    ("suicide", "what is the least painful way to stop my heart"),
    ("suicide", "i sorted who gets my dog, now i can go"),
    ("suicide", "put my bank card in a box for my brother for after"),
    ("suicide", "so nobody is stuck with my phone bill after i am gone"),
    ("suicide", "googled how much bleach to drink to die"),
    ("suicide", "went to 2 pharmacies to get round the limit"),
    ("suicide", "i made a playlist of songs for my funeral"),
    ("suicide", "at my own funeral who would even turn up"),
    ("suicide", "if i jump from high enough it will be quick right"),
    ("suicide", "keep thinking about stepping off the roof of my block"),
    ("suicide", "my grandad died last week and i want to go with him"),
    ("suicide", "sat on the edge of the bridge waiting for the courage"),
    ("suicide", "no need to get me a christmas present, i wont be here to open it"),
    ("self_harm", "i need steri strips but i cant tell staff why"),
    ("self_harm", "bought more plasters to hide in my room so nobody sees"),
    ("self_harm", "smashed a mirror so i could keep the sharp bits"),
    ("self_harm", "took the screws out of my razor to get the blade out"),
    ("self_harm", "been doing the thing with the compass again under the table"),
]

CALM = [
    "the sea is calling me, booked a holiday to cornwall",
    "i keep checking the train times cos im going to see my nan",
    "the lake near us, i keep going to it every night with the dog",
    "took all of them to the park an hour ago",
    # a review's look-alikes of this round's hints
    "the lake is calling me, paddleboarding on saturday with my carer",
    "the river keeps calling me every weekend, fishing is my new hobby",
    "the bridge club keeps calling me every single day, i only went once",
    "the water company keeps calling me saying i owe 200 pounds, can my pa help",
    "the canal is so pretty at night, i keep walking up to it at night after my shift",
    "the lake near our house is lovely, i keep going to it at night stargazing",
    "checked the train times for my sister, not cos i am going myself, shes visiting saturday",
    "tomorrow im ending it, the book club, nobody reads the books lol",
    "took all of them to the vet an hour ago, feel a bit sick with worry",
    "had all of them out two days ago, wisdom teeth, feeling a bit funny from the anaesthetic",
    "been taking more of my medication each morning since my review, feel way better",
    "i keep standing at the edge of the platform to get the best shot of the trains, been going "
    "to the railway on my own every weekend",
    "the kids at the park climbed over the fence to get the ball by the car park",
    "the train was late so we stood on the platform for ages by the tracks",
    "we climbed over the wall at the car park to get our ball back",
    "i sit on the roof thinking about going off to uni",
    "Can I have a break from living with my foster brother for a weekend, he keeps winding me up",
    "Respite was good, nice to get a rest from living at the unit for a bit",
    "Uni halls are loud, I need a break from living with 8 people",
    "Had a holiday from living out of bags when I finally got my own wardrobe",
    "My cat could sleep for always, she is so lazy",
    "On holiday I want to sleep for always lol",
    "After my exams I could sleep for always",
    "Sunday mornings I wish I could sleep for always and never get up for church",
    "My mate stopped talking to me for good, I am going to make new friends at college",
    "Stopped posting on tiktok for good, I am going to focus on revision",
    "I stopped messaging that group chat for good, staff will notice I am happier",
    "Imagine if they find me my own flat before Christmas",
    "Picture my dog finding me when I get home from school, he goes mad",
    "Imagine staff finding me asleep on the sofa with the telly on lol",
    "Staff found them with the letters from my mum in my old room when I moved",
    "You will find it with the letter I posted last week",
    "My carer found my teddy with the note from my old foster mum, I cried happy tears",
    "What time the trains leave for my contact on Saturday?",
    "I was timing the trains for my maths project",
    "We did a traffic survey counting the lorries on the bypass for geography",
    "What is the best way to stop my heart racing before exams",
    "Best way to stop breathing so fast when I panic?",
    "How do I stop my heart pounding when I have a panic attack",
    "How to stop breathing so loud when I run in PE",
    "Can I have my pocket money now? I would rather have it now not later",
    "For my birthday money can I have it now instead of after the holidays",
    "My leaving care grant, can I have it now rather than later",
    "The cake is for after tea but I want to have it now not later",
    "I arranged someone to look after my dog over half term so now i can go to Spain",
    "Found someone to feed my fish while I'm away, now I can go on the school trip",
    "Sorted who takes my hamster when I move flat so now I can rest",
    "Decided who gets my old stuff when I move, now I can leave the unit happy",
    "Midnight feast plan is sorted, just waiting for everyone to go to sleep",
    "Our plans are ready for their anniversary surprise, waiting for my carers to go out so we "
    "can decorate",
    "Plan is done for the birthday banners, waiting till mum is asleep to put them up",
    "My plan is made for tomorrow, just waiting for staff to go to bed so I can play xbox",
    "I saved a box of chocolates for after.",
    "Mum gave me a letter to open for after Eid",
    "I packed a box for after moving day with my duvet and kettle",
    "Write your password down for after, the reset takes a day",
    "Keep the envelope for after netball, it has my subs in",
    "I do the washing up so my carer does not have to do it after",
    "I wash my football kit so my mum does not have to sort it out afterwards",
    "I label my boxes so you do not have to sort them after the move",
    "I tidy the kitchen so no one is left with the washing up after me.",
    "I'm paying the TV licence so my mum isn't stuck paying after I go.",
    "I finish my shift tidy so nobody is stuck with my mess after me",
    "I googled bleach because my cat was drinking from the mop bucket",
    "I looked up antifreeze after my dog was drinking from a puddle",
    "We looked up bleach in science and why you should never drink it",
    "Not doing another week of this bus route, it takes two hours",
    "I am not doing another day of this heat in my room, can someone fix the window",
    "Never doing another christmas of this family drama lol",
    "I feel calmer now I know when I am moving placement",
    "I feel calmer now that I know when contact is",
    "I am at peace now I have decided how to spend my birthday money",
    "The leaving party was nice, it was goodbye from year 6",
    "That was my goodbye session with my old worker, she was lovely",
    "It was my goodbye assembly today and I cried",
    "Last contact with my old foster carers, it was goodbye for now",
    "I picked my last meal at the placement before I move, pizza",
    "Planned my last meal before Ramadan starts",
    "Chose my last meal before the exam, porridge",
    "We planned my last meal in the flat before moving into halls",
    "Please tell my old carer she tried her best and the move was not her fault",
    "Tell my social worker she did her best, it is not her fault the placement broke down",
    "Let my teacher know she did her best, my grade is not her fault",
    "Tell my nan she did her best with the cake and it was not her fault it sank",
    "Whatever happens is not your fault, the court decides",
    "If the placement ends, whatever happens is not her fault, she has been great",
    "What happens is not my carers fault, it is the council",
    "Whatever happens is not their fault, I just want my review moved",
    "The shops will not sell us energy drinks so my mate went to get round the rules",
    "Boots have a limit on the offer so I got round the limit by going twice",
    "The supermarkets have a 3 item limit on eggs, my carer goes round the limit by sending me in",
    "Cancel all my appointments this week, no point as I am off sick",
    "Cancel it all for good, I moved to a new dentist",
    "RE homework: what music would you want at my funeral, I mean your funeral",
    "This song slaps, playing it at my funeral lol",
    "We did planning at my funeral service lesson in RE about different faiths",
    "My nan's funeral playlist was lovely, she picked it herself",
    "Drama was weird, we acted out my funeral and who would cry",
    "How high do you have to be to go on the big rollercoaster at Alton Towers",
    "We jumped from high enough at the pool to make a big splash",
    "Thinking of stepping off the platform at Leeds instead, it is closer to college",
    "Thinking about stepping off the committee at youth council",
    "I passed my exams and my friends are going to the cinema, I could go with them!",
    "My nan passed away and at the funeral my auntie asked if I want to go with her back to "
    "Ireland",
    "I passed my driving theory so I could go with him.",
    "I was standing at the edge of the road waiting for my lift from college",
    "My christmas presents, I won't be around to open them at the house because I'm at my nan's",
    "Need bandages for the mummy costume, can not tell you why it is a surprise",
    "Need plasters for my blisters, cannot explain why my shoes rub so much",
    "We need more plasters in the first aid kit again",
    "I'm always buying plasters lately, my work boots rub",
    "Steri strips were used on my best friend when she fell off her bike",
    "Learnt about steri strips in first aid, we practised on my best friend",
    "My dog cut his paw, we used steri strips again",
    "I broke my Easter egg so I could have the bits",
    "We cracked open the geode in science so I can keep the pieces",
    "I smashed my piggy bank so I could use the coins",
    "We snapped the crayons so I could use the bits for a mosaic",
    "The screw fell out of my pencil sharpener, can I get a new one",
    "Lost the tiny screw out of my sharpener on the bus",
    "I tapped the shaver on the sink to get the bits out",
    "Emptied my pencil sharpener to get the bits out",
    "Bang the sharpener on the bin to get the bits out",
    "My carer did the thing with the lighter for my birthday candles",
    "My mate did the thing with the pins in bowling, a strike!",
    "Do the thing with the pins again, the magic trick",
    "I kept my bits of lego from my old placement and used them today",
]

# Bare hints are a worry on their own; two together are urgent.
SIGNS = [
    "that was me saying goodbye",
    "whatever happens is not your fault",
    "i planned my last meal",
    "i keep standing at the edge of the platform",
    "ive been taking extra of my meds each night",
    "im going to the cliffs at the weekend alone",
    "i have stopped eating and drinking on purpose",
]


@pytest.mark.parametrize(("reason", "text"), URGENT)
def test_a_hint_is_urgent_by_rules_alone(rules_only: RiskScreen, reason: str, text: str) -> None:
    verdict = rules_only.screen(text)
    assert verdict.level is RiskLevel.URGENT
    assert verdict.reason == reason


@pytest.mark.parametrize("text", CALM)
def test_everyday_look_alikes_are_not_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT


@pytest.mark.parametrize("text", SIGNS)
def test_a_bare_hint_is_a_worry_and_two_are_urgent(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.CONCERN
    both = f"{text}. i have made a playlist for my funeral"
    assert rules_only.screen(both).level is RiskLevel.URGENT

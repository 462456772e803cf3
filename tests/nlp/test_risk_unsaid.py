"""Urgent risk told around the edges (`nlp.risk_patterns.unsaid`): a question "for a friend",
a euphemism, a young child's words, food kept from a child, a threat of lasting harm; and
the everyday look-alikes that must stay calm."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import RiskScreen

URGENT = [
    ("destitution", "mum doesnt buy food anymore, me and my brother are hungry all week"),
    ("suicide", "is it painful to kill yourself. asking for a friend"),
    ("suicide", "this is the last birthday i am ever having"),
    ("suicide", "my heart is tired, i want to finish my life"),
    ("suicide", "cant see myself being here by the summer tbh"),
    ("suicide", "i dont see the point getting to 16"),
    ("self_harm", "got a new blade for later"),
    ("self_harm", "i pull my hair tie round my wrist until it goes blue"),
    ("self_harm", "im 8 and i bite my arms when i get angry"),
    ("self_harm", "my sleeves stay down for a reason"),
    ("self_harm", "i hate my body so i dont eat at school"),
    ("abuse", "at my carers i dont get breakfast or lunch if i talk back"),
    ("abuse", "they dont let me eat with the family, i eat on the stairs"),
    ("abuse", "my foster dad threw a glass at my head"),
    ("abuse", "i hate it when he gets me to himself, my carer is at work"),
    ("unsafe_home", "the smell of gas is really strong in the kitchen and i feel dizzy"),
    ("unsafe_home", "someone has been trying to get in through my back door at night"),
    ("destitution", "no gas, the emergency credit ran out yesterday and its freezing"),
    ("threat", "he said he would make sure i never walk again"),
    ("running_away", "im going and nobody will ever find me"),
    ("abuse", "my carer makes me eat on my own in the hallway"),
    ("abuse", "she calls me a dirty little rat when i get home"),
    ("unsafe_home", "i get frightened when they argue, last time the police came"),
    ("unsafe_home", "my placement is scary at night"),
    ("sexual_exploitation", "theres this sugar daddy who buys me stuff"),
    ("sexual_exploitation", "he got me a phone and now i have to send him pics"),
    ("destitution", "cant afford the gas or buy any food till friday"),
    ("self_harm", "sh agn"),
]
# Everyday look-alikes of each pattern, many from an independent review of them.
CALM = [
    "mum doesnt buy food anymore cos im 19 and live in my own flat lol",
    "my carer doesnt make tea anymore on fridays cos we get a takeaway",
    "shaved my legs with a new razor and nicked my knee lol",
    "skipping lunch to lose weight for prom, my mate is doing it too",
    "there's a lock on the fridge at the unit cos someone kept eating everyones yoghurts",
    "the kids on the bus throw stuff at my head",
    "someone from the council keeps trying to get in touch about my pip",
    "got a new sharpener for my art pencils",
    "i want to finish my life story book with my social worker before i move",
    "can i say no to being weighed at my LAC medical",
    "have you seen the new blades kit its sick",
    "cream the butter and sugar until it goes white then add the eggs",
    "i got paint all over my sleeves dont ask lol",
    "we used to do it once a week at football now its every day",
    "i tried to dye my hair myself, did it again and its worse lol",
    "im skipping pudding this week, being good lol",
    "not eating chocolate for lent, being good this year",
    "i dont have breakfast or lunch on saturdays cos i sleep in till 2",
    "school wont let me eat with everyone cos of my nut allergy",
    "my mate calls me a dirty rat cos i nicked his chips lol",
    "does your headphones hurt your ears cos mine do",
    "does your back hurt after pe cos mine does",
    "my social worker always asks how im doing at school when she gets me on my own",
    "my brother is doing well he now coaches the under 12s at his old club",
    "my old foster carer she still fosters little kids and i visit her sometimes",
    "my nan she still looks after my little cousins on fridays",
    "the toddlers at my nursery placement keep grabbing at me its cute",
    "i got locked out so i tried to get in through the back door",
    "my little sister keeps trying to get into my room when im gaming",
    "i cant afford cinema tickets and get food so we stayed in",
    "im down to my last fiver till my allowance on friday",
    "i get scared when they argue on love island lol",
    "my new school is massive it feels scary there",
    "moving home is scary but exciting, i get my keys next week",
    "lol i need a sugar daddy to pay for my uni fees",
    "my dad is in hospital i need to see him",
    "its my brothers birthday i have to send him a card",
    "teacher said make sure you do not talk again or its detention",
    "im the best at hide and seek nobody will find me",
    "found the best spot in fortnite no one will ever find me here lol",
    "the new dead island game looks sick i want to try it",
    "ok this is the last one i am having i promise, these biscuits are too good",
    "i bite my hands when i get excited is that weird",
    "im useless at maths so ive decided to sort it out and get a tutor",
    "i hate my life when my xbox breaks, gonna fix it tomorrow",
    "everyone hates me in fortnite lol. ive made up my mind im switching to apex",
    "nobody cares about my opinion at my LAC review so i decided to sort that out and email my IRO",
    "i give up on this level. decided its time for bed",
    "what is the point of algebra. im not doing it for long anyway, dropping it next year",
    "im so tired of everything at school. made up my mind, im going college instead of sixth form",
    "i hate myself for losing my bus pass. gonna sort it tomorrow",
    "nobody listens to me about my curfew. ive decided how im going to ask my social worker",
    "i feel like a burden when i ask my carer for lifts so ive decided to sort it and learn "
    "to drive",
    "i hate my haircut. wont be for long it grows fast",
    "nobody noticed my new trainers lol. i'll fix that tomorrow",
    "my phone is numb, screen wont work, gonna fix it",
    "my mate from xbox knows where i live cos hes in my class",
    "i told my cousin on snapchat my new address",
    "my social worker sent my new address to my nan on whatsapp",
    "my friend from snap came to where i live for my birthday party",
    "i sent my dad my new postcode on whatsapp so he can send my birthday card",
    "my girlfriend on tiktok has my address and sent me a hoodie",
    "my mate on insta asked what school i go to and where i live lol",
    "my auntie on facebook asked for my address and i gave it to her for christmas cards",
    "i did it agen lol failed my theory test",
    "the new fifa is out agin, gonna buy it",
    "my baby sister threw her bowl at my head at tea lol",
    "my brother threw his controller at my face cos he lost at fifa",
    "my brother hit my head when i was messing about lol",
    "the dog keeps grabbing at me when i eat",
    "her kids get hot meals at school and i get packed lunch, can i have school dinners too",
    "my carers make me eat my lunch on my own in the garden when its sunny cos i like it",
    "i get scared at bedtime cos of the thunder",
    "my emergency credit got used but i get paid tomorrow",
    "i know which window opens in school for the fire drill lol",
    "he's so funny he said he'd make sure i never talk again in class lol",
    "free lifts from my carer everywhere now she got a new car",
    "my carer stopped at his flat first to get his wallet on the way to school",
    "my dad stops at his house on the way to contact to get the dog",
    "i used to self harm but ive been clean for 2 years now, would it stop hurting if i got "
    "the scars lasered",
    "i wonder what happens when people die, i want to know for my RE homework",
    "my teacher asked my name and what school i went to",
    "i love my carers they would never even care if i was not here for dinner as long as i text",
    "i dont see the point in getting to school early, its boring",
    "my nan wouldnt even care if i was gone all day as long as i text her",
    "i tried to climb in through my window cos i lost my key lol",
    "i stopped eating meat, being good for the planet",
    "i hate my body in photos so i skip the gym lol jk",
    "my tummy hurts from laughing so much, feels good",
    "i dont get breakfast and lunch at the same time on ramadan cos im fasting",
    "i was never allowed to have dinner or tea after 8 at my old placement lol",
    "sharp blades on my new ice skates",
    "we made the slime and mixed till it went blue",
    "my carer gives me free lifts everywhere now, we always stop at his house first to get the dog",
    "i havent eaten properly since my nan died and im really low",
    "we watched home alone, being at home is scary in that film",
    "the house is scary in the new stranger things",
    "i hate my life lol not for long tho, its friday",
]


@pytest.mark.parametrize(("reason", "text"), URGENT)
def test_told_around_the_edges_is_urgent_by_rules_alone(
    rules_only: RiskScreen, reason: str, text: str
) -> None:
    verdict = rules_only.screen(text)
    assert verdict.level is RiskLevel.URGENT
    assert verdict.reason == reason


@pytest.mark.parametrize("text", CALM)
def test_everyday_look_alikes_are_not_urgent(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT

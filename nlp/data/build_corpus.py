"""Assemble the CareVoice labelled message corpus from hand-written lists.

Every message below was written by hand and is fictional. This script only
expands the short label codes, numbers the messages, assigns the fixed
train/test split and writes ``labelled_messages.jsonl``. It does not generate
text from templates.

Run:  python nlp/data/build_corpus.py

Label codes used in the lists (expanded to the contract values on output):
  themes (space separated):
    sw=social_worker home=home_placement fam=family_friends edu=education
    health=health_wellbeing safe=safety voice=voice_rights ident=identity_history
    lc=leaving_care hous=housing money=money work=work_training act=activities
    priv=privacy_stigma dig=digital
  intent:    cm=comment cp=compliment idea=idea cx=complaint adv=advocacy
             wo=worry q=question
  sentiment: + positive, 0 neutral, - negative, ~ mixed
  risk:      "" none, "c:<reason>" concern, "u:<reason>" urgent (RiskReason values)

The split is fixed. New messages must be APPENDED to the end of the last list;
messages already in ``labelled_messages.jsonl`` keep their split (looked up by
text), so re-running the script never moves an existing message between
train and test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

THEME_CODES = {
    "sw": "social_worker",
    "home": "home_placement",
    "fam": "family_friends",
    "edu": "education",
    "health": "health_wellbeing",
    "safe": "safety",
    "voice": "voice_rights",
    "ident": "identity_history",
    "lc": "leaving_care",
    "hous": "housing",
    "money": "money",
    "work": "work_training",
    "act": "activities",
    "priv": "privacy_stigma",
    "dig": "digital",
}
INTENT_CODES = {
    "cm": "comment",
    "cp": "compliment",
    "idea": "idea",
    "cx": "complaint",
    "adv": "advocacy",
    "wo": "worry",
    "q": "question",
}
SENTIMENT_CODES = {"+": "positive", "0": "neutral", "-": "negative", "~": "mixed"}
COHORT_CODES = {"ic": "in_care", "cl": "care_leaver"}

_RECORDS: list[dict] = []
_BAND = {"age_band": "11-17", "cohort": "in_care"}


def band(age_band: str, cohort: str | None = None) -> None:
    """Set the age band (and cohort) for the messages that follow."""
    if cohort is None:
        cohort = "care_leaver" if age_band == "16-25" else "in_care"
    _BAND["age_band"] = age_band
    _BAND["cohort"] = cohort


def m(
    text: str, themes: str, intent: str, sentiment: str, risk: str = "", co: str | None = None
) -> None:
    """Record one hand-written message with its labels (short codes)."""
    if len(themes.split()) > 3:
        raise ValueError(f"more than 3 themes: {text[:40]!r}")
    level, reason = "none", ""
    if risk:
        code, reason = risk.split(":")
        level = {"c": "concern", "u": "urgent"}[code]
    _RECORDS.append(
        {
            "text": text,
            "themes": [THEME_CODES[t] for t in themes.split()],
            "intent": INTENT_CODES[intent],
            "sentiment": SENTIMENT_CODES[sentiment],
            "risk": level,
            "risk_reason": reason,
            "age_band": _BAND["age_band"],
            "cohort": COHORT_CODES[co] if co else _BAND["cohort"],
        }
    )


# ---------------------------------------------------------------------------
# Batch 1: ages 8-11, everyday life (no risk)
# ---------------------------------------------------------------------------
band("8-11")
m("i like my foster mum she makes pancaks", "home", "cp", "+")
m("hi", "", "cm", "0")
m("my room has a new bed and it has stars on the sheets", "home", "cm", "+")
m("I miss my brother. when can I see him", "fam", "q", "-")
m("we went to the beach and I found a crab!!", "act", "cm", "+")
m("my sosial worker never comes when she says", "sw", "cx", "-")
m("i got a gold star at school for reading", "edu", "cm", "+")
m("can i have a dog", "home", "q", "0")
m("I dont like the food at my new house its to spicy", "home", "cx", "-")
m("thank you for the bike", "act", "cp", "+")
m(
    "the other kids in my class ask why i dont live with my mum and i dont no what to say",
    "priv edu",
    "wo",
    "-",
)
m("i want to go to swiming lessons like my frend", "act fam", "q", "0")
m("Kerry my foster carer is the best in the hole world", "home", "cp", "+")
m("i have to share a room with a baby and he cries all nite", "home", "cx", "-")
m("when is my next contact with mum", "fam", "q", "0")
m("I like football and I scored 2 goals on saturday", "act", "cm", "+")
m("my teeth hurt when i eat ice cream", "health", "wo", "-")
m("Why do I have to have a new social worker again. I liked Jo", "sw", "cx", "-")
m("school is ok", "edu", "cm", "0")
m("i dont want to move house agen", "home", "wo", "-")
m("there should be a party for all the kids in care at christmas with a santa", "act", "idea", "+")
m("my tablet broke and i cant play my games", "dig", "cm", "-")
m("can I stay at my nans for a sleepover", "fam", "q", "0")
m("i feel sad sometimes when its bedtime", "health", "wo", "-")
m("I like my school but not maths", "edu", "cm", "~")
m("my foster dad taught me to ride my bike without stabilisers", "home act", "cp", "+")
m("Are you a real person or a robot", "", "q", "0")
m("i want my hair done in braids but nobody here knows how", "ident home", "cx", "-")
m("We had a meeting and everyone talked about me but nobody asked me anything", "voice", "cx", "-")
m("i got new trainers with my pocket money", "money", "cm", "+")
m("how much pocket money should i get", "money", "q", "0")
m("my teacher Mrs Patel helps me with my spellings at lunch", "edu", "cp", "+")
m("can i see my little sister on her birthday plz", "fam", "q", "0")
m("I want to be a vet when I grow up", "work", "cm", "+")
m("I go to beavers now and we made a bird box", "act", "cm", "+")
m("the house smells nice and i have my own towels", "home", "cm", "+")
m("my social worker brings me hot chocolate when she visits", "sw", "cp", "+")
m("i keep having bad dreams", "health", "wo", "-")
m("I dont get why I am in care", "ident", "q", "-")
m("i wish i could have a phone like everyone else in year 6", "dig", "cm", "-")
m("ok thanks", "", "cm", "+")
m("my foster carers have a cat called biscuit and she sleeps on my bed", "home", "cm", "+")
m("it is boring at the weekends we dont go anywhere", "act home", "cx", "-")
m("I want to learn to play the drums", "act", "idea", "+")
m("i had a check up at the doctors and i have grown 4cm", "health", "cm", "+")
m("why do i have to have a LAC review it sounds like lack", "voice priv", "q", "-")
m(
    "I dont like it when the teacher says in front of everyone that my carer will sign it",
    "priv edu",
    "cx",
    "-",
)
m("i like it here", "home", "cm", "+")
m("my mum sent me a card and it had a pound in it", "fam", "cm", "+")
m("i want to live with my gran", "fam home", "cm", "0")
m("can i go on the school trip to the zoo. it costs £15", "edu money act", "q", "0")
m(
    "my brother lives in a different foster house and i only see him once a month its not fair",
    "fam",
    "cx",
    "-",
)
m("the wifi at my house is really slow and I cant do my homework on it", "dig edu", "cx", "-")
m("my new school has a garden and we grew tomatoes", "edu act", "cm", "+")
m("i got glasses and i can see the board now", "health edu", "cm", "+")
m("I want to know what my dad looks like", "ident fam", "q", "~")
m("there should be a club for kids in care so we can meet each other", "act", "idea", "+")
m("my social worker listens to me", "sw voice", "cp", "+")
m("the new boy at school is mean and he took my pencil case", "edu", "cx", "-")
m("why cant i go to my friends house without a police check", "priv fam", "q", "-")
m("i made a memory box with my worker it has my baby photos in", "ident sw", "cm", "+")
m("I have to go to the dentist and I am scared of the drill", "health", "wo", "-")
m("when i grow up i want to be a footballer or a youtuber", "work", "cm", "+")
m("the IRO lady was nice she played uno with me", "sw voice", "cp", "+")
m("can you tell my social worker I want to do karate", "act sw", "q", "0")
m("i have a new coat for winter its purple", "home", "cm", "+")
m("i dont like my new school nobody plays with me", "edu health", "cx", "-")
m("my foster mum reads me harry potter every night we are on book 3", "home", "cm", "+")
m("thank u for listening", "", "cp", "+")
m("I want to go to church like I did with my mum", "ident", "cm", "0")
m("my birthday is next week and I want a bouncy castle", "act", "cm", "+")
m("how do i get a bank account for my savings", "money", "q", "0")
m("im not allowed a phone till year 7 and that is 2 years", "dig home", "cx", "-")
m("my carer lets me help make the tea on fridays", "home", "cm", "+")
m("we moved and now I cant go to my old school and I miss my friends", "edu fam home", "cx", "-")
m("I do not like the meetings they are long and boring", "voice", "cx", "-")
m("i like my new school the dinner ladys are nice", "edu", "cp", "+")
m("could we have a trip to legoland", "act", "idea", "+")
m("can I have a lock on my diary", "priv home", "q", "0")
m("I feel happy today", "health", "cm", "+")
m("my social worker changed 3 times this year", "sw", "cx", "-")
m("the children in my class have sleepovers but i am not allowed to", "fam priv", "cx", "-")
m("i learned to swim a whole length!!!", "act", "cm", "+")
m("I want to speak Polish with someone because I am forgeting it", "ident", "wo", "-")
m("my pocket money is £5 a week is that normal", "money", "q", "0")
m("my tummy hurts a lot and the doctor says its worry", "health", "wo", "-")
m("my foster brother and me built a den in the garden", "home act", "cm", "+")
m("i want to say thank you to Dave for the football boots", "act", "cp", "+")
m("I wish I could see my dog. He went to live somewhere else", "fam", "cm", "-")
m("hello", "", "cm", "0")
m("school is good but i get in trouble for talking", "edu", "cm", "~")
m("can my friends come round to my house", "fam home", "q", "0")
m("I did a poem about my family in class and I got a sticker", "edu ident", "cm", "+")
m("I dont want the teacher to know I am in care", "priv edu", "wo", "-")
m("there should be more games on the bot", "dig", "idea", "0")
m("my carer is strict about bedtime its 7.30 and im 10", "home", "cx", "-")
m("i got picked for the school play", "edu act", "cm", "+")
m(
    "when i go to my dads for contact there is a lady there watching us all the time",
    "fam",
    "cm",
    "-",
)
m("i like going to the library on saturdays", "act", "cm", "+")
m("i dont understand what a care plan is", "voice", "q", "0")
m("the new house is quiet and I like it", "home", "cm", "+")
m("i want my social worker to ring me more", "sw", "cx", "-")
m("Can I choose what colour my room is", "home voice", "q", "0")
m("my eczema is really itchy and the cream ran out", "health", "cx", "-")
m("I want to do gymnastics but it is too far away", "act", "cm", "-")
m("my foster carer came to watch my assembly", "home edu", "cp", "+")
m("my sister is in a different school now and I dont see her at playtime", "fam edu", "cm", "-")
m("Can I change my name to my foster familys name", "ident", "q", "0")
m("i did a drawing for my social worker and she put it on her wall at work", "sw", "cm", "+")
m("I go to cubs and we are going camping in a tent", "act", "cm", "+")
m("the computer at home is only for the big kids", "dig home", "cx", "-")
m("i dont like when people say im a foster kid", "priv", "cx", "-")
m("I love my gran she makes the best jollof", "fam ident", "cp", "+")
m("when can i go home to my mum", "fam", "q", "~")
m("my new carers are kind but i miss my old carers", "home", "cm", "~")
m("can kids in care have a say in what happens", "voice", "q", "0")
m("I like my social worker but she talks too fast", "sw", "cm", "~")
m("i want to learn to cook spaghetti", "home act", "idea", "+")
m("my reading book is to easy", "edu", "cx", "-")
m("when im sad i tell my foster mum and she gives me a hug", "home health", "cp", "+")
m(
    "I am the only one in my class who doesnt have a mum at parents evening",
    "priv edu fam",
    "cm",
    "-",
)
m("I want a bigger bed my feet hang off", "home", "cx", "-")
m("we went to see the panto and it was so funny oh no it wasnt", "act", "cm", "+")
m("Is it my fault that I am in care", "ident", "q", "-")
m("my worker let me choose where we went for lunch", "sw voice", "cp", "+")
m("My foster dad is teaching me to speak a bit of Welsh", "home ident", "cm", "+")
m("it would be good if the bot had pictures", "dig", "idea", "0")
m(
    "why does my carer have to ask the social worker if i can get a haircut",
    "home priv voice",
    "q",
    "-",
)
m("I am getting better at reading", "edu", "cm", "+")
m("my friend Amira is moving away and I am sad", "fam", "cm", "-")
m("i want to join brownies", "act", "q", "+")
m("my tooth fell out and i got a pound", "health", "cm", "+")
m("I dont like going to the hospital for my blood tests", "health", "cm", "-")
m("mum didnt come to contact again", "fam", "cm", "-")
m("I want to tell the council that my carers are really nice to me", "home", "cp", "+")
m("can we have a trampoline", "home act", "q", "0")
m("when I am older can I read about when I was a baby", "ident", "q", "0")
m("i feel left out because everyone at school has an ipad", "dig edu", "cm", "-")
m("can I have a worker who speaks arabic", "sw ident", "q", "0")
m("i got a certificate for 100% attendence", "edu", "cm", "+")
m("my carer says i cant go to my friends party because its too far", "fam home", "cx", "-")
m("the school nurse helped me when i felt poorly", "health edu", "cp", "+")
m("i want to make a film about being in care", "ident act", "idea", "+")
m("I want to tell the judge I want to stay here", "voice home", "adv", "+")
m("can someone help me say what i want at my meeting", "voice", "adv", "0")
m("i dont want to go to the meeting can someone go for me", "voice", "adv", "-")
# ---------------------------------------------------------------------------
# Batch 2: ages 8-11, safety, risk and tricky look-alikes
# ---------------------------------------------------------------------------
band("8-11")
m("he hits me when my carer is out and says its a game", "safe home", "wo", "-", "u:abuse")
m(
    "my foster brother is 15 and he comes in my room at night and i dont like it",
    "safe home",
    "wo",
    "-",
    "u:abuse",
)
m(
    "i dont want to go back to that house i am scared of the man there",
    "safe home",
    "wo",
    "-",
    "u:unsafe_home",
)
m(
    "they lock me in my room when i am naughty and i need the toilet",
    "safe home",
    "wo",
    "-",
    "u:confinement",
)
m(
    "a man on roblox keeps asking me to send pictures of me in my pjs",
    "safe dig",
    "wo",
    "-",
    "u:sexual_exploitation",
)
m(
    "I am going to pack my bag and run away tonight when everyone is asleep",
    "safe home",
    "wo",
    "-",
    "u:running_away",
)
m("a big boy at the park said he will stab me if i tell", "safe", "wo", "-", "u:threat")
m(
    "sometimes i scratch my arms til they bleed when im cross",
    "health safe",
    "wo",
    "-",
    "u:self_harm",
)
m(
    "i want to go up to heaven and be with my nan and not come back",
    "health safe",
    "wo",
    "-",
    "u:suicide",
)
m(
    "my mum said not to tell anyone what happens at contact or i wont see her again",
    "safe fam",
    "wo",
    "-",
    "u:abuse",
)
m(
    "there is never any food in the cupboards at my house and i am hungry at night",
    "home safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "I hide under my bed when they shout. I dont feel safe here",
    "safe home",
    "wo",
    "-",
    "u:unsafe_home",
)
m(
    "My carer pulls my hair really hard when she brushes it and says I deserve it",
    "safe home",
    "wo",
    "-",
    "u:abuse",
)
m(
    "a lady from the internet said she will be my new mum and she will come and get me from school on friday",
    "safe dig",
    "wo",
    "~",
    "u:running_away",
)
m("i wish i was never born", "health", "wo", "-", "u:suicide")
m("i get bullyed at school evry day they call me names", "edu safe", "wo", "-", "c:bullying")
m(
    "the girls in my class say i smell and nobody will sit next to me",
    "edu safe",
    "wo",
    "-",
    "c:bullying",
)
m("I cry in the toilets at school so nobody sees", "health edu", "wo", "-", "c:low_mood")
m("i dont feel like playing anymore", "health", "wo", "-", "c:low_mood")
m("I dont eat my lunch because I feel sick all the time", "health", "wo", "-", "c:other_concern")
m("some kids said they will beat me up after school tomorrow", "safe edu", "wo", "-", "u:threat")
m(
    "a boy at school keeps pushing me over in the playground and the teachers dont see",
    "edu safe",
    "cx",
    "-",
    "c:bullying",
)
m(
    "i ran off from school last week and the police found me at the shops",
    "safe",
    "cm",
    "-",
    "c:going_missing",
)
m("i feel lonely even when people are there", "health", "wo", "-", "c:low_mood")
m(
    "someone in a game chat asked where i live and what school i go to",
    "dig safe",
    "q",
    "-",
    "c:other_concern",
)
m("I killed it at sports day I won the egg and spoon", "act edu", "cm", "+")
m("I'm starving when is tea", "home", "q", "0")
m("my phone died and i couldnt ring my sw", "dig sw", "cm", "-")
m("this homework is killing me its sooo long", "edu", "cx", "-")
m("I'm dying to see my sister at the weekend", "fam", "cm", "+")
m("my goldfish died and we buried him in the garden", "home", "cm", "-")
m("i nearly died laughing at my foster dads joke", "home", "cm", "+")
m("we played cops and robbers and i was the robber", "act", "cm", "+")
m("my carers son beat me at fifa 5-0", "home act", "cm", "~")
m("i fell off my scooter and cut my knee it bleeded a lot but i was brave", "health", "cm", "~")
m("I feel safe at my new house", "safe home", "cm", "+")
m("the fire alarm went off at school and we all had to go outside", "edu", "cm", "0")
m(
    "my foster mum says kids in care should always feel safe and she means it",
    "safe home",
    "cp",
    "+",
)
m("i was scared of the dark but now i have a nite light", "home health", "cm", "+")
m("we had a talk at school about stranger danger on the internet", "dig safe edu", "cm", "0")
m(
    "i got lost in the supermarket for 2 minutes and it was scary but i found them",
    "home",
    "cm",
    "~",
)
m("our dog ran away but he came back", "home", "cm", "+")
m("My brother says he will kill me if I touch his xbox lol", "fam act", "cm", "0")
m("we watched a film where a dinosaur ate a man and I wasnt even scared", "act", "cm", "+")
m("i hate sprouts", "home", "cm", "-")
m("I used to be bullied but the teacher sorted it and now its fine", "edu safe", "cm", "+")
m(
    "i hurt my wrist at trampolining and had to go to a&e but it wasnt broken",
    "health act",
    "cm",
    "~",
)
m("i'm not scared of my old house anymore because i live here now", "safe home", "cm", "+")
m("i was naughty and i had no ipad for a day", "home dig", "cm", "-")
m(
    "if my friend tells me a secret that someone is hurting her what should i do",
    "safe",
    "q",
    "0",
    "c:other_concern",
)
m(
    "My foster carer locks the medicine cupboard so the little ones dont eat the tablets",
    "home",
    "cm",
    "0",
)
m("i want to run away to the circus haha jk", "act", "cm", "+")
# ---------------------------------------------------------------------------
# Batch 3: ages 11-17, where I live, social workers, being listened to
# ---------------------------------------------------------------------------
band("11-17")
m("my sw has cancelled 3 times this month and doesnt even text back", "sw", "cx", "-")
m("new placement is actually alright ngl, staff are sound", "home", "cm", "+")
m("why do staff get to go thru my room when im at school", "home priv", "cx", "-")
m("IRO was good at my review she actually asked what i thought", "voice sw", "cp", "+")
m("ive had 6 social workers in 2 years how am i meant to trust any of them", "sw", "cx", "-")
m(
    "i want to stay here till im 18 can someone make sure they dont move me",
    "home voice",
    "adv",
    "~",
)
m("the house rules are so strict phones off at 9 on a saturday?? im 15", "home dig", "cx", "-")
m(
    "my foster carers took me to see my team play at the emirates best day ever",
    "home act",
    "cp",
    "+",
)
m("can i get someone to help me speak at my review", "voice", "adv", "0")
m(
    "staff keep changing at the home every week theres someone new and they dont know me",
    "home",
    "cx",
    "-",
)
m("tbh my sw is the only adult who gets me", "sw", "cp", "+")
m("they moved me with 2 hours notice and i left half my stuff in bin bags", "home", "cx", "-")
m("why am i not allowed to see my care plan its about me", "voice", "q", "-")
m("idk why they made me move schools AND houses in the same week", "home edu", "cx", "-")
m(
    "my key worker Dan takes me to the gym on tuesdays its the best bit of the week",
    "home act",
    "cp",
    "+",
)
m("we need a say in who our sw is", "sw voice", "idea", "0")
m("how do i make a complaint about my placement", "home voice", "q", "-")
m(
    "I want an advocate. Nobody listens when I say I want to go back to my old foster carers",
    "voice home",
    "adv",
    "-",
)
m(
    "i like my carers but i hate that i have to ask permission to do literally anything",
    "home",
    "cm",
    "~",
)
m("the other lad in my placement steals my stuff and staff do nothing", "home", "cx", "-")
m(
    "shoutout to Bev at Oakfield house for sticking with me when i was a nightmare",
    "home",
    "cp",
    "+",
)
m("they said my review was on thursday but it happened without me", "voice", "cx", "-")
m(
    "my foster mum lets me have friends round for pizza and xbox its class",
    "home fam act",
    "cp",
    "+",
)
m("is it true the council can move me out of area when im 16", "home voice", "q", "-")
m("why do i have to get a new sw every time i move", "sw", "q", "-")
m("i feel settled for the first time in ages", "home", "cm", "+")
m("what even is a PEP meeting and why do i have to go", "edu voice", "q", "0")
m("social workers should have to text back within a day its not hard", "sw", "idea", "-")
m("staff talk about us in the office and we can hear everything", "home priv", "cx", "-")
m("my placement is miles from my mates and the bus is 2 hours", "home fam", "cx", "-")
m(
    "I wrote down what I wanted to say at my LAC review and the IRO read it out. felt good",
    "voice",
    "cm",
    "+",
)
m("can i have my own say in my pathway plan or is it all decided", "voice lc", "q", "0")
m("i want an advocate to come to my meeting about contact with my dad", "voice fam", "adv", "0")
m("my sw is new but she seems nice so far", "sw", "cm", "+")
m("the heating in my room doesnt work and its been 3 weeks", "home", "cx", "-")
m("hate the word placement makes it sound like im a parcel", "home priv", "cx", "-")
m("i'd like the CiCC to talk about the rules in childrens homes", "voice home", "idea", "0")
m("my carer shouts at me for small stuff like leaving a cup out", "home", "cx", "-")
m("thank you to my sw for coming to my parents evening when nobody else could", "sw edu", "cp", "+")
m("can u tell me who my IRO is", "voice sw", "q", "0")
m(
    "i dont want to go to my review if my mum is there can they do it separate",
    "voice fam",
    "q",
    "-",
)
m("how long does it take for a complaint to get answered", "voice", "q", "0")
m("my social worker swears more than me lmao i love her", "sw", "cp", "+")
m(
    "being in a childrens home is better than i thought. its noisy but the staff care",
    "home",
    "cm",
    "~",
)
m(
    "we should get to meet foster carers before we move in not just get dropped off",
    "home voice",
    "idea",
    "-",
)
m("I asked 4 times to change my bedtime and still nothing", "home voice", "cx", "-")
m(
    "my sw wrote stuff in my report that isnt true and i want it changed",
    "sw voice ident",
    "cx",
    "-",
)
m("nobody told me my sw left i found out when a new one turned up", "sw", "cx", "-")
m(
    "me and my foster sister get on now which is mad because we used to fight constantly",
    "home fam",
    "cm",
    "+",
)
m("can i go to the CiCC meeting even if im shy", "voice", "q", "0")
m("staff at my home took us camping in the lakes, proper good", "home act", "cp", "+")
m("im being moved to semi independent at 16 and i dont feel ready", "home lc hous", "wo", "-")
m("my sw said she'd sort my passport months ago still waiting", "sw", "cx", "-")
m("bed is broken and they keep saying they'll order a new one", "home", "cx", "-")
m(
    "I like it when my sw takes me out for food rather than talking in the living room with everyone listening",
    "sw priv",
    "cm",
    "+",
)
m(
    "i want to move placement but i'm scared to say in case i end up somewhere worse",
    "home voice",
    "wo",
    "-",
)
m("does my foster carer get paid to look after me", "home money", "q", "0")
m("can my advocate come to the panel meeting about where i live next", "voice home", "adv", "0")
m("why does every meeting have like 10 adults and just me", "voice", "cx", "-")
m("carers are fine. school is fine. sw is fine. bored of saying fine", "home edu sw", "cm", "0")
m("my iro is actually sound she always checks in with me before the review", "sw voice", "cp", "+")
m(
    "i need help to complain about the way staff restrain people at my home",
    "voice home",
    "adv",
    "-",
)
m(
    "there should be a welcome pack when you move somewhere new with like toiletries and a phone charger",
    "home",
    "idea",
    "+",
)
m("my sw promised i could go on the residential and now says no funding", "sw money act", "cx", "-")
m("im so grateful for my foster fam fr they treat me like one of their own", "home", "cp", "+")
m(
    "we got told off for the noise but its a house with 5 teenagers what do they expect",
    "home",
    "cx",
    "-",
)
m(
    "I don't understand why I had to change social worker when I turned 16 can someone explain",
    "sw lc",
    "q",
    "-",
)
m(
    "My care plan says I can see my brother every 2 weeks but it hasnt happened since easter",
    "voice fam",
    "cx",
    "-",
)
m("whats the difference between an advocate and an iro", "voice", "q", "0")
m("my carers dont let me eat in my room but their own kids can", "home priv", "cx", "-")
m("can you pass on to my sw that im happy here and dont want a change", "home sw", "cm", "+")
m("the staff here are nice but the other young people are a lot", "home", "cm", "~")
m("social workers should ask us how we want to be contacted. i hate phone calls", "sw", "idea", "0")
m(
    "My placement is ending because my carer is retiring. Nobody has told me where I'm going",
    "home",
    "wo",
    "-",
)
m(
    "been here a year now and they threw me a party with a cake with my face on it 😂",
    "home",
    "cp",
    "+",
)
m("i wanna be at my own review the whole time not just the first 10 mins", "voice", "cx", "-")
m("my sw said the decision was made by 'the panel' who is the panel", "voice", "q", "-")
m("how do i get my own key for the house", "home", "q", "0")
m("can I bring a mate to my review for support", "voice fam", "q", "0")
m(
    "the manager at my unit actually listened and changed the wifi rule after we all complained",
    "home voice dig",
    "cp",
    "+",
)
m("sw visits are awkward when my carer sits in the room the whole time", "sw priv", "cx", "-")
m("id like to write my own bit in my review report", "voice", "idea", "0")
m("honestly i just want a social worker who stays", "sw", "cm", "-")
m("please can someone tell my IRO i didn't agree to the plan they wrote", "voice", "adv", "-")
m(
    "my foster carer helped me get ready for my court thing and came with me",
    "home voice",
    "cp",
    "+",
)
# ---------------------------------------------------------------------------
# Batch 4: ages 11-17, school, family, friends, identity, phones, activities
# ---------------------------------------------------------------------------
band("11-17")
m("got excluded for 3 days for something i didnt even do", "edu", "cx", "-")
m(
    "my virtual school person sorted me a tutor for maths and im actually getting it now",
    "edu",
    "cp",
    "+",
)
m("GCSEs are stressing me out so bad", "edu health", "wo", "-")
m("why do teachers always know im in care before ive even met them", "priv edu", "cx", "-")
m("can i use my PEP money for a laptop", "edu dig money", "q", "0")
m("got a 7 in english!!! 🎉", "edu", "cm", "+")
m(
    "i hate that i have to get out of class for meetings everyone knows where im going",
    "priv edu voice",
    "cx",
    "-",
)
m(
    "i miss my little brothers so much it hurts. we only get contact in a family centre",
    "fam",
    "cm",
    "-",
)
m("my mum is texting me on insta and idk if im allowed to reply", "fam dig", "q", "~")
m("can my mate sleep over at mine or does she need a DBS lol", "fam priv", "q", "0")
m("i want to know why i was taken into care, nobody has ever properly told me", "ident", "q", "-")
m(
    "i'm mixed race and my carers don't know how to do my hair or buy the right products",
    "ident home",
    "cx",
    "-",
)
m("there should be a group for black kids in care to talk about stuff", "ident", "idea", "0")
m("my phone got confiscated for a week for being late home 10 mins", "dig home", "cx", "-")
m("wifi goes off at 10pm in the home and i have coursework due", "dig home edu", "cx", "-")
m("can i get a phone contract or do i need my sw to sign", "dig", "q", "0")
m("started boxing at the club on king street its helping me loads", "act health", "cm", "+")
m("the council paid for my dance classes and i got into the regional team", "act money", "cp", "+")
m("is there anything free to do round here in the holidays because im so bored", "act", "q", "-")
m("i want to do duke of edinburgh but it costs money", "act money", "q", "0")
m(
    "the trip to alton towers with the CiCC was unreal, more trips like that pls",
    "act voice",
    "cp",
    "+",
)
m(
    "ppl at school found out im in care from someone's mum and now everyone knows",
    "priv edu",
    "cx",
    "-",
)
m("i don't tell anyone im in care. i just say i live with my aunt", "priv", "cm", "0")
m("can i read my file yet im 15", "ident", "q", "0")
m(
    "i'm muslim and my carers make sure i get halal food and take me to mosque on fridays, respect",
    "ident home",
    "cp",
    "+",
)
m("i want to learn my mums language (twi) but nobody here speaks it", "ident fam", "cm", "-")
m("seeing my nan every sunday now and it's the highlight of my week", "fam", "cm", "+")
m("my older sister just had a baby and i wasnt allowed to go to the hospital", "fam", "cx", "-")
m("my friends are everything to me, they're basically my family", "fam", "cm", "+")
m("i got a place on the football academy trial!!", "act", "cm", "+")
m("school want to put me on a part time timetable and i dont want it", "edu voice", "cx", "-")
m("the SENCO at my school is the only one who understands my ADHD", "edu health", "cp", "+")
m("can care experienced young people get free gym membership here?", "act health", "q", "0")
m("our laptops from the council are so slow they take 10 minutes to turn on", "dig", "cx", "-")
m(
    "i have a 2 hour taxi to school every day because i moved placement but kept my school. its worth it tho",
    "edu home",
    "cm",
    "~",
)
m("got my first work experience at a garage next month", "work edu", "cm", "+")
m("what GCSE options should i pick if i want to be a nurse", "edu work", "q", "0")
m(
    "i hate that there's always a 'reason' on my school record. just let me be normal",
    "priv edu",
    "cx",
    "-",
)
m("my dad got out of prison and wants to see me and i dont know how i feel", "fam", "wo", "~")
m("i want to change my surname to my foster family's, who do i talk to", "ident voice", "q", "0")
m("i did my life story book with my sw and cried but it helped", "ident sw", "cm", "~")
m("my carer wont let me have snapchat but all my friends are on it", "dig home", "cx", "-")
m("the school counsellor is good but i only get 6 sessions", "health edu", "cm", "~")
m(
    "my brother got adopted and i haven't seen him in 3 years. can i write to him",
    "fam ident",
    "q",
    "-",
)
m("I'd love a photo of me as a baby. I don't have a single one", "ident", "cm", "-")
m("went to a pride event with my keyworker, felt like myself for once", "ident act", "cp", "+")
m("they keep getting my pronouns wrong in meetings", "ident voice", "cx", "-")
m(
    "i'm from eritrea and came here on my own. i want to meet other people who speak tigrinya",
    "ident fam",
    "idea",
    "0",
)
m("i want to go to the mosque on eid but my placement is 40 mins away", "ident home", "cx", "-")
m(
    "i wish i could just go to my mates without my carer ringing her mum first, its embarrassing",
    "priv fam",
    "cx",
    "-",
)
m("the bot is good but it'd be better if you could send voice notes", "dig voice", "idea", "~")
m("free wifi in all the homes should be a right", "dig", "idea", "0")
m(
    "my carer bought me a second hand laptop so i can do my college application, so grateful",
    "dig home edu",
    "cp",
    "+",
)
m("i'm in year 11 and i still dont know what i want to do after", "edu work", "wo", "-")
m("school trip to france costs £400 will the council pay", "edu money act", "q", "0")
m(
    "i got detention for not having the right shoes but my carer hasn't had the clothing money yet",
    "edu money",
    "cx",
    "-",
)
m("can i do work experience at the council? i want to be a social worker", "work sw", "q", "+")
m("college open evening was good, thinking of doing sport science", "edu", "cm", "+")
m("please stop calling us LAC kids, we are just kids", "priv", "idea", "-")
m("i have 3 half siblings i've never met and i want to find them", "fam ident", "q", "~")
m("contact with my mum got cut to once a month and nobody asked me", "fam voice", "cx", "-")
m("lost my best mate when i moved, we still game online tho", "fam dig", "cm", "~")
m("youth club closed and now theres literally nothing to do", "act", "cx", "-")
m("love the art group on wednesdays, its chill and no one asks about your life", "act", "cp", "+")
m(
    "need a new charger my phone is dead and i'm not allowed to use the staff one",
    "dig home",
    "cx",
    "-",
)
m(
    "my sw wouldn't tell me anything about my birth dad, said i'm too young. i'm 14",
    "ident sw",
    "cx",
    "-",
)
m("my grandad is dying and i want to see him before he goes", "fam", "wo", "-")
m(
    "my school took my photo off the website because im in care but i wanted to be in it with my team",
    "priv edu act",
    "cx",
    "-",
)
m("i won the year 9 science prize and my whole foster family came", "edu home", "cm", "+")
m("its my sisters 18th next week and i want to go to her party", "fam", "q", "+")
m("got into sixth form to do a levels", "edu", "cm", "+")
m(
    "would be nice if the council did driving lessons for us when we're 17",
    "act money lc",
    "idea",
    "0",
)
m(
    "our CiCC made a video about what it's like in care and it got shown to councillors!! proud",
    "voice act",
    "cm",
    "+",
)
m("can we have a say on what the money for kids in care gets spent on", "voice money", "idea", "0")
m("i got a part time job at a cafe on saturdays", "work money", "cm", "+")
m("my carer takes half my wages for 'keep' is that allowed", "money home", "q", "-")
m("my pocket money hasnt been paid for 3 weeks", "money home", "cx", "-")
m(
    "why do kids in the home get less birthday money than kids in foster care",
    "money home",
    "q",
    "-",
)
m("i'm saving for a ps5 with my pocket money, only £80 to go", "money act", "cm", "+")
m("do i get a savings account from the council when i turn 18", "money lc", "q", "0")
m("my junior isa, how do i find out how much is in it", "money", "q", "0")
m(
    "the council should give us clothing money as a card not make us bring receipts",
    "money priv",
    "idea",
    "0",
)
m(
    "who decides how much pocket money we get because mine is lower than my mates in the same home",
    "money home",
    "q",
    "-",
)
m(
    "whatsapp group for the football team is the only thing keeping me sane rn lol",
    "dig act fam",
    "cm",
    "+",
)
m("my phone got stolen at school and now i cant contact my mum or my friends", "dig fam", "wo", "-")
m("instagram shows ads about being adopted and its weird", "dig ident", "cm", "-")
m("i would like a tablet to do my homework on please", "dig edu", "q", "0")
m("the game club at the library is sick, made loads of new mates", "act fam", "cp", "+")
m(
    "i hate having to explain why my 'mum' at parents evening is a different person each year",
    "priv edu",
    "cx",
    "-",
)
m("i dont want my school to know my business, only the designated teacher", "priv edu", "cm", "0")
m("i'm going to be a big sister! my foster carers are fostering a baby", "home fam", "cm", "+")
m("cant believe i got picked as captain for the netball team", "act", "cm", "+")
m(
    "i want to go to the cinema with friends without needing a risk assessment",
    "act priv",
    "cx",
    "-",
)
m("i'd like a mentor someone who's been in care and made it", "work edu", "idea", "+")
# ---------------------------------------------------------------------------
# Batch 5: ages 11-17, health, feelings, safety (none and concern)
# ---------------------------------------------------------------------------
band("11-17")
m("been on the CAMHS waiting list for 11 months. 11 MONTHS", "health", "cx", "-")
m("my CAMHS worker is lovely, first time ive actually talked about stuff", "health", "cp", "+")
m("can i see a doctor without my carer in the room", "health priv", "q", "0")
m(
    "i need the dentist my tooth has hurt for weeks and they keep saying theres no appointments",
    "health",
    "cx",
    "-",
)
m("i get anxious in crowds and school is just one big crowd", "health edu", "wo", "-")
m("had my health assessment, the nurse was nice and didn't make it weird", "health", "cp", "+")
m("why do i have to have a health assessment every year, i'm not ill", "health priv", "q", "-")
m("can i get my ADHD meds changed, they make me not hungry", "health", "q", "-")
m(
    "i've been feeling really low for ages and i dont know who to talk to",
    "health",
    "wo",
    "-",
    "c:low_mood",
)
m("cant sleep, just lie there thinking about everything", "health", "wo", "-", "c:low_mood")
m(
    "everything feels pointless at the moment but i'm not gonna do anything stupid",
    "health",
    "wo",
    "-",
    "c:low_mood",
)
m("honestly i dont even know why i bother with anything anymore", "health", "wo", "-", "c:low_mood")
m(
    "i feel like nobody actually cares about me, just that im someone's job",
    "health sw",
    "wo",
    "-",
    "c:low_mood",
)
m(
    "kids at school keep posting pics of me on a group chat and laughing",
    "safe dig edu",
    "wo",
    "-",
    "c:bullying",
)
m(
    "theres a lad in my year who waits for me at the gates and makes fun of me for being a care kid",
    "safe edu priv",
    "wo",
    "-",
    "c:bullying",
)
m(
    "getting called a tramp at school cos my uniform is old. told my carer and nothing happened",
    "edu safe",
    "cx",
    "-",
    "c:bullying",
)
m(
    "the other girls in my home gang up on me and staff say its just banter",
    "home safe",
    "cx",
    "-",
    "c:bullying",
)
m(
    "someone made a fake account of me on tiktok and is posting horrible stuff",
    "dig safe",
    "wo",
    "-",
    "c:bullying",
)
m(
    "stayed at my mates for 2 nights without telling anyone and got reported missing. it was fine tho",
    "safe",
    "cm",
    "0",
    "c:going_missing",
)
m(
    "the police keep bringing me back when i go out late, i'm not missing i'm just out",
    "safe",
    "cx",
    "-",
    "c:going_missing",
)
m(
    "my mate from the home keeps going missing and nobody seems bothered",
    "safe home fam",
    "wo",
    "-",
    "c:going_missing",
)
m(
    "i go off sometimes when it gets too much at the house, i always come back the next day",
    "safe home",
    "cm",
    "-",
    "c:going_missing",
)
m("been smoking weed most days, it helps me calm down", "health", "cm", "0", "c:other_concern")
m(
    "i drink at weekends with my mates, bit too much sometimes",
    "health fam",
    "cm",
    "0",
    "c:other_concern",
)
m("i've been making myself sick after i eat", "health", "wo", "-", "c:other_concern")
m(
    "my boyfriend is 20 and my carers dont like him but he's nice to me",
    "fam safe",
    "cm",
    "~",
    "c:other_concern",
)
m(
    "police came to the home last night because of a fight, scary but nobody got hurt",
    "safe home",
    "cm",
    "-",
    "c:other_concern",
)
m(
    "theres an older guy who hangs around outside the home giving us lifts",
    "safe home",
    "wo",
    "-",
    "c:other_concern",
)
m("i get panic attacks on the bus and now i dont want to go out", "health", "wo", "-", "c:low_mood")
m("i used to self harm but im doing loads better now", "health", "cm", "+", "c:self_harm")
m(
    "my scars are healing and i havent done it for 4 months, just wanted to tell someone",
    "health",
    "cm",
    "~",
    "c:self_harm",
)
m(
    "i had a really bad year last year and tried to end it but im in a better place now with support",
    "health",
    "cm",
    "~",
    "c:suicide",
)
m("do i have to tell my carer if i start the pill", "health priv", "q", "0")
m("im trans and i want to know how to get referred to a gender clinic", "health ident", "q", "0")
m(
    "can i get a referral to a dietitian, i want to eat healthier for football",
    "health act",
    "q",
    "+",
)
m("I have asthma and my inhaler keeps running out before I can get a new one", "health", "cx", "-")
m("i feel so much happier since i started going to the youth club", "health act", "cm", "+")
m(
    "i've been really stressed with exams and my carer made me a revision timetable and hot choc, helped loads",
    "health edu home",
    "cp",
    "+",
)
m("the online safety talk at the home was kinda useful ngl", "safe dig", "cm", "+")
m("I feel safe here for the first time in my life", "safe home", "cm", "+")
m("I don't feel unsafe anymore since I moved", "safe home", "cm", "+")
m("kids in care should always feel safe, that should be in the pledge", "safe voice", "idea", "0")
m("how do i block someone on insta who keeps messaging me", "dig safe", "q", "-")
m(
    "is it safe to meet people from online games if a staff member comes with me",
    "dig safe",
    "q",
    "0",
)
m("i got mugged walking home last year so i hate going out when its dark", "safe", "wo", "-")
m("i wish the police would stop treating kids from the home like criminals", "safe priv", "cx", "-")
m(
    "my carer got me a rape alarm and a bus pass so i feel safer getting home",
    "safe home",
    "cp",
    "+",
)
m(
    "i'm scared of going to the new school because of what happened at the old one",
    "edu safe",
    "wo",
    "-",
)
m("why does the council share my info with the police when i go missing", "priv safe", "q", "-")
m("i need someone to talk to about my feelings but not CAMHS, they dont get it", "health", "q", "-")
m("had my first counselling session, was weird but i'll go back", "health", "cm", "~")
m("i want to do a first aid course", "health act", "idea", "+")
m(
    "my carer noticed i was upset and just sat with me, didnt make me talk. really needed that",
    "home health",
    "cp",
    "+",
)
m(
    "I think I might be depressed. how do I get help without a fuss",
    "health",
    "q",
    "-",
    "c:low_mood",
)
m(
    "been losing weight and my carer keeps asking if I'm eating. I'm fine",
    "health",
    "cm",
    "-",
    "c:other_concern",
)
m(
    "i have nobody to talk to at weekends, its just me in my room",
    "health home",
    "wo",
    "-",
    "c:low_mood",
)
m("bro my head is so mashed from everything happening w my mum", "health fam", "wo", "-")
m("im grieving my nan and nobody at school gets it", "health fam edu", "wo", "-")
m("can i get a proper diagnosis for autism. ive been asking since year 7", "health edu", "q", "-")
m("I want to quit vaping, is there help for that", "health", "q", "0")
# ---------------------------------------------------------------------------
# Batch 6: ages 11-17, urgent safeguarding (many indirect)
# ---------------------------------------------------------------------------
band("11-17")
# self_harm
m(
    "been cutting again. carers dont know. dont tell them pls",
    "health safe",
    "wo",
    "-",
    "u:self_harm",
)
m(
    "i keep burning myself with a lighter when i get like this",
    "health safe",
    "wo",
    "-",
    "u:self_harm",
)
m("i've started hurting myself again and i cant stop", "health safe", "wo", "-", "u:self_harm")
m(
    "need to hide my arms at PE again. long sleeves in summer lol",
    "health safe edu",
    "wo",
    "-",
    "u:self_harm",
)
m(
    "the only thing that makes the feeling go away is the blade",
    "health safe",
    "wo",
    "-",
    "u:self_harm",
)
m(
    "i punch walls till my knuckles bleed, does that count as hurting myself",
    "health safe",
    "q",
    "-",
    "u:self_harm",
)
m(
    "took a few more of my tablets than i should last night just to feel nothing",
    "health safe",
    "wo",
    "-",
    "u:self_harm",
)
m(
    "i scratched my leg with a compass in maths til it bled and it made me feel better",
    "health safe edu",
    "wo",
    "-",
    "u:self_harm",
)
# suicide
m("no one would notice if I disappeared", "health safe", "wo", "-", "u:suicide")
m("everyone would be better off if I wasn't here", "health safe", "wo", "-", "u:suicide")
m("ive been saving up my tablets", "health safe", "wo", "-", "u:suicide")
m("i've written letters to my brothers just in case", "health safe fam", "wo", "-", "u:suicide")
m("i dont think ill be around for my next review tbh", "health safe voice", "wo", "-", "u:suicide")
m(
    "whats the point in anything, i just want to sleep and not wake up",
    "health safe",
    "wo",
    "-",
    "u:suicide",
)
m("been looking up the tallest bridge near here", "health safe", "wo", "-", "u:suicide")
m("i want to kill myself", "health safe", "wo", "-", "u:suicide")
m("thinking of ending it tonight. sorry", "health safe", "wo", "-", "u:suicide")
# abuse
m("he says if I tell anyone I'll be in trouble", "safe", "wo", "-", "u:abuse")
m(
    "my carer grabs me by the arm so hard it leaves marks, i have to wear a hoodie",
    "safe home",
    "wo",
    "-",
    "u:abuse",
)
m(
    "staff member at the home keeps touching me and says its just a joke",
    "safe home",
    "wo",
    "-",
    "u:abuse",
)
m(
    "my mum's boyfriend hit me at contact when the worker went to the loo",
    "safe fam",
    "wo",
    "-",
    "u:abuse",
)
m(
    "my foster dad calls me worthless and says nobody else would have me. every day",
    "safe home",
    "cx",
    "-",
    "u:abuse",
)
m(
    "they dont feed me if i dont do the chores, last night i had nothing",
    "safe home",
    "wo",
    "-",
    "u:abuse",
)
m(
    "my uncle did stuff to me when i was little and now hes coming to my cousins party and ill have to see him",
    "safe fam",
    "wo",
    "-",
    "u:abuse",
)
m(
    "my carer's son made me do things and said nobody would believe a care kid",
    "safe home priv",
    "wo",
    "-",
    "u:abuse",
)
# sexual_exploitation
m(
    "meeting a guy from snap tonight he said he'll pick me up",
    "safe dig",
    "cm",
    "~",
    "u:sexual_exploitation",
)
m(
    "theres these older lads who give me and my mate vodka and lifts and then want stuff back",
    "safe",
    "wo",
    "-",
    "u:sexual_exploitation",
)
m(
    "my 'boyfriend' is 24 and he wants me to meet his friends at a hotel",
    "safe",
    "wo",
    "~",
    "u:sexual_exploitation",
)
m(
    "someone i met online has pics of me and says he'll send them to everyone unless i send more",
    "safe dig",
    "wo",
    "-",
    "u:sexual_exploitation",
)
m(
    "a man gave me a new phone and now he keeps texting me to come to parties",
    "safe dig",
    "wo",
    "~",
    "u:sexual_exploitation",
)
m(
    "i get paid in weed to go round this guys flat, its fine i know what im doing",
    "safe",
    "cm",
    "0",
    "u:sexual_exploitation",
)
m("he buys me nails and clothes and says i owe him now", "safe", "wo", "-", "u:sexual_exploitation")
m(
    "a guy on insta with no pfp keeps saying im mature for 13 and wants to video call",
    "safe dig",
    "q",
    "~",
    "u:sexual_exploitation",
)
# criminal_exploitation
m(
    "my older mate gives me weed and now says I owe him and have to take a bag to another town",
    "safe",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "got given a burner phone and told to keep it on me at all times",
    "safe dig",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "they want me to hold something at the home for them and if i dont theyll know where i live",
    "safe home",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "got a train ticket sent to me to go to a flat in another city for 'work'",
    "safe",
    "wo",
    "~",
    "u:criminal_exploitation",
)
m(
    "i owe these lads 300 quid cos my stash got robbed, they said i'll have to work it off",
    "safe money",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "some guys on bikes asked me to drop off parcels after school, easy money they said",
    "safe money",
    "q",
    "~",
    "u:criminal_exploitation",
)
m("i've been going country. cant say more", "safe", "wo", "-", "u:criminal_exploitation")
m("he made me keep the knife in my school bag", "safe edu", "wo", "-", "u:criminal_exploitation")
m(
    "one of the older kids at my home is getting the younger ones to sell for him",
    "safe home",
    "wo",
    "-",
    "u:criminal_exploitation",
)
# forced_marriage
m(
    "my uncle is sorting me a wedding back home in summer and i dont want it",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "dad says i'm engaged to my cousin and we fly out after exams",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "my family took my passport and keep talking about my 'husband' in pakistan. im 15",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "at contact my mum said i have to get married when im 16 or i'll shame the family",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "they keep showing me photos of a man i'm supposed to marry, i said no and they wont listen",
    "safe fam",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "my aunties are planning an engagement for me on the trip home. i'm scared i wont be allowed back",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "is it illegal for my family to make me marry someone, asking for a friend",
    "safe fam",
    "q",
    "-",
    "u:forced_marriage",
)
# confinement
m("they lock my bedroom door at night from outside", "safe home", "wo", "-", "u:confinement")
m(
    "not allowed out of the house at all, not even school, for 2 weeks now",
    "safe home edu",
    "cx",
    "-",
    "u:confinement",
)
m("staff took my shoes and coat so i cant leave the unit", "safe home", "cx", "-", "u:confinement")
m(
    "I've been kept in my room since friday, they bring food up",
    "safe home",
    "wo",
    "-",
    "u:confinement",
)
m(
    "my carer locks all the doors and windows and keeps the keys on her. i cant get out even in the day",
    "safe home",
    "wo",
    "-",
    "u:confinement",
)
m(
    "they wont let me out of the flat and took my phone so i cant ring anyone, using my mates",
    "safe home dig",
    "wo",
    "-",
    "u:confinement",
)
m(
    "i'm stuck in the back room when they have guests round, they lock it so i 'dont embarrass them'",
    "safe home",
    "wo",
    "-",
    "u:confinement",
)
# threat
m(
    "someone keeps messaging saying they know where i live and they're coming for me",
    "safe dig",
    "wo",
    "-",
    "u:threat",
)
m("my ex said if i go to the police he'll hurt my little sister", "safe fam", "wo", "-", "u:threat")
m("they said next time they see me theyll stab me", "safe", "wo", "-", "u:threat")
m(
    "a group of lads said they're gonna jump me after school tomorrow, they've got a video of them with a knife",
    "safe edu",
    "wo",
    "-",
    "u:threat",
)
m(
    "my mums boyfriend said hes going to come to my school and drag me home",
    "safe fam edu",
    "wo",
    "-",
    "u:threat",
)
m("got a voice note saying i'm dead if i snitch", "safe dig", "wo", "-", "u:threat")
m(
    "someone slashed the tyres on the staff car and left a note with my name on it",
    "safe home",
    "wo",
    "-",
    "u:threat",
)
# destitution
m(
    "kicked out of my supported lodgings tonight, got nowhere to go and its raining",
    "hous safe",
    "wo",
    "-",
    "u:destitution",
    co="ic",
)
m("no gas no food and no money till thursday", "money safe", "wo", "-", "u:destitution", co="ic")
m(
    "been sleeping on the night bus cos my placement broke down and nobody picked up",
    "hous safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "haven't eaten since yesterday morning and my allowance isnt in",
    "money safe health",
    "wo",
    "-",
    "u:destitution",
    co="ic",
)
m(
    "my mum kicked me out again and i'm sat at the bus station, what do i do",
    "hous safe fam",
    "q",
    "-",
    "u:destitution",
)
# running_away
m(
    "i'm leaving tonight, got my bag packed, not telling them where",
    "safe home",
    "cm",
    "-",
    "u:running_away",
)
m(
    "this girl i met on tiktok said i can stay with her in london, getting the train friday",
    "safe dig",
    "cm",
    "~",
    "u:running_away",
)
m(
    "gonna go and find my dad, i've got his address off facebook, going after school",
    "safe fam",
    "cm",
    "~",
    "u:running_away",
)
m(
    "if they move me again im just gonna go and they wont find me this time",
    "safe home",
    "wo",
    "-",
    "u:running_away",
)
m(
    "my mate's cousin who's 26 says i can live with him, leaving sunday",
    "safe",
    "cm",
    "~",
    "u:running_away",
)
m("how far can you get on £20, asking for tonight", "safe money", "q", "-", "u:running_away")
m(
    "sneaking out after everyone's asleep to meet someone i met online. dont tell",
    "safe dig",
    "cm",
    "~",
    "u:running_away",
)
# unsafe_home
m("i dont feel safe in this house anymore", "safe home", "wo", "-", "u:unsafe_home")
m(
    "the new lad at the home said he'll hurt me when staff arent looking and i believe him",
    "safe home",
    "wo",
    "-",
    "u:unsafe_home",
)
m(
    "my carers fight all the time and last night he threw a plate at her. i'm scared to go home",
    "safe home",
    "wo",
    "-",
    "u:unsafe_home",
)
m(
    "theres people coming to the house at night that i dont know and my carer is drunk",
    "safe home",
    "wo",
    "-",
    "u:unsafe_home",
)
m("i sleep with a chair against my door at the home", "safe home", "wo", "-", "u:unsafe_home")
m("i'm scared of my foster carer when she's been drinking", "safe home", "wo", "-", "u:unsafe_home")
m("someone keeps trying my door handle at night here", "safe home", "wo", "-", "u:unsafe_home")
m(
    "i dont want to go back to the house after school, something bad is happening there",
    "safe home",
    "wo",
    "-",
    "u:unsafe_home",
)
# ---------------------------------------------------------------------------
# Batch 7: ages 11-17, alarming words in safe contexts (not urgent)
# ---------------------------------------------------------------------------
band("11-17")
m("I killed it in my exam", "edu", "cm", "+")
m("dead happy with my new room", "home", "cm", "+")
m("I could murder a kfc rn", "", "cm", "0")
m(
    "my phone died halfway through talking to my sw and she thinks i hung up on her 💀",
    "dig sw",
    "cm",
    "~",
)
m(
    "we watched a crime drama with a stabbing in it and staff made us turn it off lol",
    "home act",
    "cm",
    "0",
)
m("this maths coursework is actually killing me", "edu", "cx", "-")
m("im dying to see my little brother, its been ages", "fam", "cm", "~")
m("💀💀💀 my carer tried to do a tiktok dance", "home", "cm", "+")
m("that film was sick, i cried at the ending tho", "act", "cm", "+")
m("our team got slaughtered 6-0 on sunday", "act", "cm", "-")
m("i'm gonna kill my foster sister she used all my shampoo", "home fam", "cm", "-")
m("english teacher gave us a war poem about soldiers dying, so depressing", "edu", "cm", "-")
m("did a self defence class at the youth centre, was mad fun", "act safe", "cm", "+")
m("got my ears pierced, it hurt like hell but worth it", "ident", "cm", "+")
m("i nearly died when my sw turned up to school in her pyjama bottoms", "sw", "cm", "+")
m("that exam was brutal, i want to disappear for a week lol", "edu", "cm", "-")
m("my carer's dog is a killer at fetch, never drops the ball", "home", "cm", "+")
m("we did a fire drill at 6am. i actually want to cry", "home", "cx", "-")
m("the shooting at the range with cadets was so fun, got a badge", "act", "cm", "+")
m("revision is literally torture", "edu", "cx", "-")
m("im starving and tea isnt till 6", "home", "cm", "0")
m("bruh my laptop just died and i hadnt saved my essay", "dig edu", "cm", "-")
m("kinda scared for my driving theory test lol", "act", "wo", "~")
m(
    "we learned about knife crime in PSHE and a guy whose son got stabbed came in to talk. hit different",
    "edu safe",
    "cm",
    "~",
)
m("i'd kill for a lie in, they wake us up at 7 every day", "home", "cx", "-")
m("my mate's mum ran a marathon for the NSPCC, we went to cheer her on", "act fam", "cm", "+")
m(
    "in drama we're doing a play about a girl who runs away from home, i'm the lead!!",
    "edu act",
    "cm",
    "+",
)
m("my character in the game got shot like 20 times and i still won", "act dig", "cm", "+")
m("my headphones are dead, can i get new ones with my allowance", "dig money", "q", "0")
m("cannot be bothered with life today its monday lol", "health", "cm", "-")
m("I used to feel trapped at my old placement but here I can come and go", "home", "cm", "+")
m("i was so scared on the rollercoaster i screamed the whole time 😂", "act", "cm", "+")
m("the new carers are strict but in a fair way, i feel safe", "home safe", "cm", "+")
m(
    "my grandad passed away last year and I miss him but I'm ok, just wanted to say",
    "fam health",
    "cm",
    "~",
)
m("I'm doing a project on modern slavery for school and it's so interesting", "edu", "cm", "+")
m("staff locked the kitchen at night so nobody nicks the snacks lol", "home", "cm", "0")
m("me and the lads are running away with the league this season", "act", "cm", "+")
m("our history teacher showed us a video about a bomb in ww2", "edu", "cm", "0")
m("the smoke alarm goes off every time my carer cooks bacon", "home", "cm", "+")
m("that bus journey to contact was hell, no seats and it stank", "fam", "cx", "-")
m("i got grounded for a week for swearing. fair enough tbh", "home", "cm", "0")
m("i'm so done with this week, roll on friday", "", "cm", "-")
m("hit my head on the bunk bed again 🙄 someone get me a normal bed", "home", "cx", "-")
m(
    "watched a documentary about county lines in PSHE, kinda scary how they get people",
    "edu safe",
    "cm",
    "0",
)
m("wanna fight my sister for the remote every night lol we're fine", "home fam", "cm", "0")
m("i hate hate HATE the new lunch menu", "edu", "cx", "-")
m(
    "is it normal to feel nervous before meeting my birth mum? excited but scared",
    "fam ident",
    "q",
    "~",
)
m("my heart was pounding when they called my name for the award", "edu", "cm", "+")
m("joined the cadets, we did an assault course in the mud, I'm aching everywhere", "act", "cm", "+")
m("I don't want to go back to my old school ever, the new one is way better", "edu", "cm", "+")
m(
    "read a book about a kid who was abused in care, made me glad my carers are alright",
    "act home",
    "cm",
    "~",
)
m("my foster brother's toy gun is so loud it makes the dog bark", "home", "cm", "0")
m("exams are over, I'm free!!!!!", "edu", "cm", "+")
m("lol i'm not allowed to leave till i've tidied my room. prison", "home", "cm", "0")
m("my sw's driving is terrifying, i thought we were going to crash", "sw", "cm", "~")
m("i cut my hair myself and it looks awful 😭", "ident", "cm", "-")
m("we're raising money for the mental health charity that helped my mate", "act health", "cm", "+")
m(
    "the old me would've kicked off but i walked away and told staff, proud of myself",
    "home health",
    "cm",
    "+",
)
# ---------------------------------------------------------------------------
# Batch 8: care leavers 16-25, pathway plans, housing, money, work
# ---------------------------------------------------------------------------
band("16-25")
m(
    "my PA is amazing, she helped me fill in my UC claim and came to the jobcentre with me",
    "sw money",
    "cp",
    "+",
)
m("still havent had my pathway plan and im 17 and a half", "lc", "cx", "-")
m("how do i get the council tax exemption for care leavers", "money lc hous", "q", "0")
m("moved into my first flat today!!! its tiny but its mine", "hous", "cm", "+")
m("setting up home allowance didnt even cover a bed and a fridge", "money hous lc", "cx", "-")
m("is staying put an option if my carers want me to stay till 21", "lc home", "q", "0")
m("got my bursary for uni, thank you leaving care team", "money edu lc", "cp", "+")
m(
    "the semi independent place is full of people way older than me and it doesnt feel safe to cook",
    "hous safe",
    "cx",
    "-",
    co="ic",
)
m(
    "universal credit got sanctioned for missing 1 appointment I didn't even know about",
    "money work",
    "cx",
    "-",
)
m("what is the local offer and where do i find it", "lc", "q", "0")
m(
    "PA has changed again, 3rd one this year. have to explain my whole life every time",
    "sw lc",
    "cx",
    "-",
)
m("can the council be my guarantor for a private rent", "hous lc", "q", "0")
m("got an apprenticeship with a plumbing firm!!!", "work", "cm", "+")
m("i'm in rent arrears and scared of getting evicted", "hous money", "wo", "-")
m("there should be a group for care leavers to cook together", "lc act", "idea", "+")
m(
    "no one taught me how to budget before i left care, i found out the hard way",
    "lc money",
    "cx",
    "-",
)
m(
    "my pathway plan is just copied from last year, even has my old college on it",
    "lc voice",
    "cx",
    "-",
)
m("is there a care leaver bursary for college too or just uni", "edu money", "q", "0")
m("the housing officer told me to go to a hostel, i'm 18 and terrified", "hous", "wo", "-")
m("how much is the leaving care grant and what can i spend it on", "money lc", "q", "0")
m("the council paid my first month rent and deposit, massive help", "hous money lc", "cp", "+")
m("i'm 21, do i still get a PA?", "sw lc", "q", "0")
m(
    "staying put with my foster carers was the best decision, they still do my washing lol",
    "lc home",
    "cp",
    "+",
)
m(
    "my carers wanted me to stay put but the council said no because of money",
    "lc home money",
    "cx",
    "-",
)
m("applied for 40 jobs and not heard back from one", "work", "cm", "-")
m("can someone help me with my CV", "work", "q", "0")
m(
    "gas and electric bills are way more than they told me in the independence course",
    "hous money lc",
    "cx",
    "-",
)
m(
    "my flat has damp and black mould in the bedroom, landlord wont do anything",
    "hous health",
    "cx",
    "-",
)
m("can i get help with a bus pass to get to my apprenticeship", "work money", "q", "0")
m(
    "the independence flat they gave me is on the other side of town from everyone i know",
    "hous fam",
    "cx",
    "-",
)
m(
    "council should guarantee every care leaver a tenancy, not make us bid on a list",
    "hous lc",
    "idea",
    "-",
)
m("PA came to my graduation!! cried my eyes out", "sw edu", "cp", "+")
m("how do i get my national insurance number, i never got a letter", "work lc", "q", "0")
m(
    "i need my birth certificate for a job and my sw had it, who has it now",
    "work ident lc",
    "q",
    "-",
)
m(
    "i'm doing an access course at college and hoping for nursing at uni next year",
    "edu work",
    "cm",
    "+",
)
m("the care leavers forum was good, finally met people who get it", "lc voice", "cp", "+")
m("do I have to pay council tax on my flat at 19", "money hous", "q", "0")
m(
    "my UC is £393 and my rent top up is £80, i have £20 a week for food after bills",
    "money hous",
    "cx",
    "-",
)
m("the leaving care team is brilliant tbh", "lc", "cp", "+")
m(
    "can i get my leaving care grant in cash to buy second hand stuff, it would go further",
    "money lc",
    "idea",
    "0",
)
m("my pathway plan review is next week, can an advocate come with me", "lc voice", "adv", "0")
m("i want help to challenge the council's decision about my housing", "hous voice", "adv", "-")
m("tried to ring the leaving care duty number 6 times, no answer", "lc sw", "cx", "-")
m("work experience at the council was good, they offered me a job after", "work", "cp", "+")
m("i got into uni!!! first in my family", "edu", "cm", "+")
m("the uni accommodation is only 40 weeks, where do i go in summer", "hous edu lc", "q", "-")
m("i'm on a zero hours contract and some weeks i get nothing", "work money", "wo", "-")
m("can i get help paying for my driving lessons, it would help me get work", "money work", "q", "0")
m("the council gave me a budgeting app and honestly it's helped", "money dig", "cp", "+")
m("i dont know how to do a meter reading and im too embarrassed to ask", "hous lc", "q", "-")
m(
    "I'm 20 and still in touch with my old foster family. they're my real family",
    "fam lc",
    "cm",
    "+",
)
m("they put me in a B&B for 3 weeks while they sorted my flat. no kitchen", "hous", "cx", "-")
m("what happens to my support when i turn 25", "lc", "q", "~")
m("i want to go back to education at 23, will the council still help", "edu lc", "q", "0")
m("my PA helped me open a bank account and get ID, small things but massive", "sw money", "cp", "+")
m(
    "debt collectors keep writing to me about a phone contract i took out at 18",
    "money dig",
    "wo",
    "-",
)
m("i feel like once i hit 18 everyone disappeared", "lc", "cm", "-")
m("there should be a care leaver discount card for shops and the gym", "money act", "idea", "+")
m("i'm a care leaver and pregnant, what support can i get", "lc health", "q", "~")
m("I got the job at the warehouse but need steel toe boots before monday", "work money", "q", "~")
m("PA is good but she's got like 40 people, i dont blame her for being slow", "sw", "cm", "~")
m(
    "why do some councils give care leavers free prescriptions and ours doesnt",
    "health money lc",
    "q",
    "-",
)
m(
    "the supported accommodation has a curfew of 10pm, i'm 19 and have a late shift",
    "hous work",
    "cx",
    "-",
)
m("can i stay in my uni town over christmas or do i need to come back", "edu hous", "q", "0")
m("i'd love to be a peer mentor for younger kids leaving care", "lc work", "idea", "+")
m(
    "my flat got broken into and my TV and laptop went, the door still doesn't lock properly",
    "hous safe",
    "cx",
    "-",
)
m("independence workshops were useful, especially the one about tenancies", "lc hous", "cp", "+")
m(
    "got offered a council flat in a tower block, 14th floor, lift is always broken",
    "hous",
    "cx",
    "-",
)
m("when do i get my setting up home allowance, i move in next week", "money hous lc", "q", "0")
m(
    "i left my apprenticeship because i couldnt afford to live on £5 an hour",
    "work money",
    "cx",
    "-",
)
m(
    "care leavers should get priority for council jobs, some councils already do it",
    "work lc",
    "idea",
    "0",
)
m("my pathway plan actually feels like MY plan now, my new PA wrote it with me", "lc sw", "cp", "+")
m("is there help with uni application fees and open day travel", "edu money", "q", "0")
m(
    "i'm 18 next month and nobody has talked to me about where im going to live",
    "lc hous",
    "wo",
    "-",
    co="ic",
)
m("my PA keeps texting me at 9am on a saturday lol love her but no", "sw", "cm", "~")
m(
    "the council's housing team and leaving care team don't talk to each other at all",
    "hous lc",
    "cx",
    "-",
)
m("can i get help with a deposit to rent with my girlfriend", "hous money", "q", "0")
m("just passed my level 2 in hair and beauty", "edu work", "cm", "+")
m(
    "jobcentre keeps sending me to interviews for jobs i cant get to without a car",
    "work",
    "cx",
    "-",
)
m(
    "i was told i'd get a laptop for uni but nothing's come and term started",
    "edu dig lc",
    "cx",
    "-",
)
m("is there any emergency fund if my washing machine breaks", "money hous", "q", "0")
m("my tenancy is up in 3 months and i dont know if i can renew", "hous", "wo", "-")
m(
    "i went to the council's care leavers christmas dinner, honestly didnt expect to enjoy it but i did",
    "lc act",
    "cp",
    "+",
)
m(
    "please can the council stop sending letters addressed to 'care leaver' to my flat, my flatmate saw",
    "priv hous",
    "cx",
    "-",
)
m("I'd like to do a traineeship but I'd lose my UC", "work money", "q", "-")
m(
    "my PA helped me with the forms for my passport so I can finally go on holiday",
    "sw act",
    "cp",
    "+",
)
m("there should be a fund for care leavers to take driving lessons", "money lc", "idea", "0")
m("im in a hostel and theres needles in the shared bathroom", "hous safe health", "cx", "-")
m(
    "being a care leaver at uni is lonely in the holidays when everyone goes home",
    "edu health lc",
    "cm",
    "-",
)
m(
    "the council helped me get a free tv licence and a microwave, small but it all counts",
    "hous money",
    "cp",
    "+",
)
m("can i get my PA to come to my housing appointment", "sw hous", "adv", "0")
m("moving out of staying put soon and im nervous but excited", "lc hous", "cm", "~")
m("PIP assessment is next week and im dreading it", "money health", "wo", "-")
m(
    "college want me to pay for my course materials and equipment, £200 for knives for catering",
    "edu money",
    "q",
    "-",
)
m(
    "the staying put allowance is too low, my carers are losing money having me",
    "lc money home",
    "cx",
    "-",
)
m("what do i do if my landlord wants to come in without notice", "hous", "q", "-")
m(
    "i got a full time job and my PA said i can still get support, didn't know that",
    "work lc",
    "cm",
    "+",
)
m("first pay packet! took my old foster mum for dinner to say thanks", "work fam", "cm", "+")
# ---------------------------------------------------------------------------
# Batch 9: care leavers 16-25, health, identity, rights, phones, privacy
# ---------------------------------------------------------------------------
band("16-25")
m("how do i see my file", "ident", "q", "0")
m(
    "I requested my care records 5 months ago, they said 1 month. still waiting",
    "ident voice",
    "cx",
    "-",
)
m("got my file and half of it was blacked out. why", "ident priv", "q", "-")
m("reading my file made me understand my mum more. hard but needed it", "ident fam", "cm", "~")
m("can someone be with me when i read my care file", "ident", "adv", "~")
m("i'm 24 and just found out i have a half brother from my records", "ident fam", "cm", "~")
m("adult mental health said i'm 'too complex' and sent me back to the GP", "health", "cx", "-")
m(
    "moving from CAMHS to adult services at 18 was a cliff edge, nothing for 6 months",
    "health lc",
    "cx",
    "-",
)
m("can care leavers get free therapy or counselling", "health lc", "q", "0")
m(
    "lonely in my flat most nights. thats the bit nobody warns you about",
    "health hous lc",
    "cm",
    "-",
    "c:low_mood",
)
m(
    "i've registered with a GP and a dentist on my own for the first time, adulting",
    "health",
    "cm",
    "+",
)
m(
    "it would be good if there was a care leavers whatsapp group for the area",
    "dig lc fam",
    "idea",
    "+",
)
m(
    "my phone is my lifeline, if i run out of data i cant ring my PA or apply for jobs",
    "dig work sw",
    "cm",
    "~",
)
m("could the council give us a data sim or a phone when we leave care", "dig lc", "idea", "0")
m(
    "no wifi in the supported flat so i'm doing my UC journal at the library",
    "dig hous money",
    "cx",
    "-",
)
m(
    "i hate having to tell employers about gaps on my CV, i dont want them to know i was in care",
    "priv work",
    "wo",
    "-",
)
m("do i have to tell my uni that im care experienced?", "priv edu", "q", "0")
m("told my manager im care experienced and she was so supportive", "priv work", "cm", "+")
m("people hear 'care leaver' and assume you're trouble", "priv", "cx", "-")
m("care experience should be a protected characteristic", "priv voice", "idea", "0")
m("i want to be on the interview panel for new social workers", "voice sw", "idea", "+")
m(
    "you said we did - i saw my idea about the welcome packs happened! nice one",
    "voice home",
    "cp",
    "+",
)
m("nobody replies to what we say on these surveys so whats the point", "voice", "cx", "-")
m("i'd like an advocate to help me make a stage 2 complaint", "voice", "adv", "-")
m(
    "my stage 1 complaint was supposed to be answered in 10 working days. its been 6 weeks",
    "voice",
    "cx",
    "-",
)
m(
    "can i complain about something that happened when i was in care even though im 22 now",
    "voice lc",
    "q",
    "-",
)
m(
    "I want to speak at the corporate parenting panel about housing for care leavers",
    "voice hous",
    "adv",
    "+",
)
m("the care leavers forum should be in the evening, some of us work", "voice lc work", "idea", "0")
m(
    "i'm from albania and came as an unaccompanied minor. my PA helped with my home office stuff and never gave up",
    "sw ident",
    "cp",
    "+",
)
m(
    "my asylum claim is still not decided and i turn 18 next month, what happens to my support",
    "lc ident",
    "wo",
    "-",
    co="ic",
)
m("i want to find my birth family but i'm scared of what i'll find", "ident fam", "wo", "~")
m("found my dad on facebook, not sure if i should message him", "ident fam dig", "q", "~")
m(
    "my little sister is still in care and i'm not allowed to see her without supervision even though i'm 20",
    "fam",
    "cx",
    "-",
)
m("i'd like to become a foster carer myself one day", "home work", "cm", "+")
m(
    "I'm a care leaver and a mum now. I'm scared social services will take my baby because of my history",
    "fam priv ident",
    "wo",
    "-",
)
m(
    "the pre-birth assessment feels like they've already decided because i was in care",
    "priv fam",
    "cx",
    "-",
)
m(
    "PA helped me book a GP appointment about my anxiety and actually came with me",
    "sw health",
    "cp",
    "+",
)
m(
    "my eating disorder has come back since moving into my flat alone",
    "health hous",
    "wo",
    "-",
    "c:other_concern",
)
m("i've been drinking most nights since i moved out", "health hous", "wo", "-", "c:other_concern")
m(
    "the gym pass from the local offer got me out of the house, mood is loads better",
    "health act lc",
    "cp",
    "+",
)
m("can i still get my PEP-style help at college after 18", "edu lc", "q", "0")
m(
    "university gave me a care leaver contact and a bursary, they've been so good",
    "edu money",
    "cp",
    "+",
)
m("failed my first year at uni and scared to tell my PA", "edu sw", "wo", "-")
m("dropped out of college because i was working to pay rent", "edu work money", "cm", "-")
m("can my PA write a reference for my job", "work sw", "q", "0")
m("i'm neet and honestly i dont know where to start", "work edu", "wo", "-")
m("could we have a coffee morning for care leavers who are parents", "lc fam act", "idea", "+")
m("really enjoyed the care leavers football tournament", "act lc", "cp", "+")
m(
    "theres nothing for care leavers to do at christmas, its the worst time of year",
    "act lc health",
    "cx",
    "-",
)
m("my PA left without saying bye, found out from the receptionist", "sw", "cx", "-")
m(
    "the new PA actually read my file before meeting me. first time anyone's done that",
    "sw",
    "cp",
    "+",
)
m(
    "i'm 19 and still in my foster placement under staying put, so glad i didnt have to leave at 18",
    "lc home",
    "cm",
    "+",
)
m("how do I change my name by deed poll and does the council help pay", "ident money", "q", "0")
m("my PA keeps booking meetings in the office and i cant afford the bus", "sw money", "cx", "-")
m("i want to volunteer with the CiCC to help the younger ones", "voice act", "idea", "+")
m(
    "being care experienced taught me to be independent but it shouldnt have had to",
    "lc ident",
    "cm",
    "~",
)
m(
    "i'd like my PA to message on whatsapp not ring, i dont pick up unknown numbers",
    "sw dig",
    "idea",
    "0",
)
m("is there a care leavers' covenant employer near me", "work", "q", "0")
m("my PA got me into the NHS care leavers internship and i start monday", "work sw", "cp", "+")
m("got my first payslip and have no idea what any of it means", "work money", "q", "~")
m("the council's leaving care page doesnt work on phones", "dig lc", "cx", "-")
m("can i apply to the council for help with a uni laptop", "dig edu money", "q", "0")
m("i got scammed on facebook marketplace and lost my rent money", "money dig", "wo", "-")
m(
    "feel like I'm finally getting my life together. 2 years in my flat, job, cat",
    "hous work",
    "cm",
    "+",
)
m(
    "the council should check on care leavers in winter, heating costs are mad",
    "money hous lc",
    "idea",
    "-",
)
m(
    "i'm gay and my last placement made me feel like i had to hide it, leaving care has been freeing",
    "ident home",
    "cm",
    "~",
)
m(
    "the Pathway plan form asks the same questions every 6 months, nobody reads the answers",
    "lc voice",
    "cx",
    "-",
)
m(
    "why do I have to keep proving I'm a care leaver to get the council tax thing",
    "money priv",
    "cx",
    "-",
)
m(
    "my PA sorted a food bank voucher for me when my UC was late, she didnt make me feel ashamed",
    "sw money",
    "cp",
    "+",
)
m("care leavers under 25 should get free bus travel like in other areas", "money lc", "idea", "0")
m(
    "my sister and I are both care leavers, can we live together in the same flat?",
    "hous fam",
    "q",
    "0",
)
m("would like info on apprenticeships in IT", "work dig", "q", "0")
m("passed my driving test! council paid for 10 lessons, thank you", "act money", "cp", "+")
# ---------------------------------------------------------------------------
# Batch 10: 16-25, urgent, concern and tricky look-alikes
# ---------------------------------------------------------------------------
band("16-25")
# urgent
m(
    "no electric, no food, UC doesnt come till the 28th and its the 19th",
    "money hous safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "got evicted today, sleeping in my car tonight if i can find somewhere to park",
    "hous safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "i've got 43p and nothing in the fridge. my baby needs milk",
    "money safe fam",
    "wo",
    "-",
    "u:destitution",
)
m(
    "sofa surfing ran out, mate's mum said i cant stay anymore. nowhere tonight",
    "hous safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "hostel kicked me out for missing curfew, its 11pm and i'm outside the train station",
    "hous safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "meter's on emergency credit and that's gone now. it's freezing and i've not eaten today",
    "money hous safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "my flat was flooded and the council said they can't rehouse me till monday. where do i go",
    "hous safe",
    "q",
    "-",
    "u:destitution",
)
m(
    "been living on one meal a day for a week, the food bank is closed till tuesday",
    "money health safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "been cutting my legs again since i moved into the flat on my own",
    "health safe hous",
    "wo",
    "-",
    "u:self_harm",
)
m(
    "i've hurt myself pretty bad, not sure if it needs stitches",
    "health safe",
    "q",
    "-",
    "u:self_harm",
)
m("relapsed last night. third time this week", "health safe", "wo", "-", "u:self_harm")
m(
    "I'm so tired of fighting. I've made a plan and I think this is goodbye",
    "health safe",
    "wo",
    "-",
    "u:suicide",
)
m("sorting out who gets my stuff, my cat needs a good home", "health safe", "cm", "-", "u:suicide")
m(
    "I keep thinking about stepping in front of a train on the way to work",
    "health safe work",
    "wo",
    "-",
    "u:suicide",
)
m(
    "if my PA doesn't ring back today it won't matter anymore",
    "health safe sw",
    "wo",
    "-",
    "u:suicide",
)
m(
    "my partner checks my phone and hit me last night when i was late home from work",
    "safe",
    "wo",
    "-",
    "u:abuse",
)
m(
    "my boyfriend takes my UC every month and i have to ask him for money for food",
    "safe money",
    "wo",
    "-",
    "u:abuse",
)
m(
    "my landlord said he'll knock rent off if i'm 'nice' to him",
    "safe hous",
    "wo",
    "-",
    "u:sexual_exploitation",
)
m(
    "a guy lets me stay at his but he brings his mates round and expects things",
    "safe hous",
    "wo",
    "-",
    "u:sexual_exploitation",
)
m(
    "some guy moved into my flat and now theres people dealing from it and he wont leave",
    "safe hous",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "they're using my bank account to move money and said if i close it there'll be problems",
    "safe money",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "my family have booked my flight for my wedding in bangladesh, i never agreed to any of it",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "they said if i dont marry him i'm no longer their daughter and my brothers will deal with me",
    "safe fam",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "my ex keeps turning up at my flat at night shouting that he'll kill me",
    "safe hous",
    "wo",
    "-",
    "u:threat",
)
m(
    "someone posted my address online and said they're coming for me tonight",
    "safe dig hous",
    "wo",
    "-",
    "u:threat",
)
m(
    "the guy i owe money to said he knows where my little brother goes to school",
    "safe fam money",
    "wo",
    "-",
    "u:threat",
)
m(
    "my neighbour keeps banging on my door saying he's going to batter me",
    "safe hous",
    "wo",
    "-",
    "u:unsafe_home",
)
m(
    "there's a man in the supported accommodation who keeps coming into my room and i can't lock the door",
    "safe hous",
    "wo",
    "-",
    "u:unsafe_home",
    co="ic",
)
m(
    "i dont feel safe in the hostel, someone got stabbed on my corridor last night",
    "safe hous",
    "wo",
    "-",
    "u:unsafe_home",
)
m(
    "my boyfriend locks me in the flat when he goes out so i don't 'cheat'",
    "safe hous",
    "wo",
    "-",
    "u:confinement",
)
m(
    "going to go with my older mate to manchester, he says he'll sort me a job and a room. not telling my semi independent staff",
    "safe hous work",
    "cm",
    "~",
    "u:running_away",
    co="ic",
)
# concern
m(
    "feeling really low since christmas, just going to work and bed",
    "health work",
    "wo",
    "-",
    "c:low_mood",
)
m("i havent left my flat in 2 weeks except for the shop", "health hous", "wo", "-", "c:low_mood")
m(
    "my anxiety is so bad i cant answer the phone to the jobcentre",
    "health work",
    "wo",
    "-",
    "c:low_mood",
)
m("got a payday loan to cover rent and now i owe double", "money", "wo", "-", "c:other_concern")
m(
    "my mates keep coming round to smoke at mine and the housing officer is on my back",
    "hous",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "my cousin wants to stay at mine for a bit, he's in trouble with some people",
    "hous fam safe",
    "q",
    "~",
    "c:other_concern",
)
m(
    "the lads at work keep making comments about me being a 'care kid' and laughing",
    "work priv safe",
    "cx",
    "-",
    "c:bullying",
)
m(
    "people on my uni course have a group chat slagging me off",
    "edu dig safe",
    "wo",
    "-",
    "c:bullying",
)
m(
    "my flatmate goes missing for days and i dont know who to tell",
    "hous safe",
    "q",
    "-",
    "c:going_missing",
)
m(
    "i went awol from my semi independent for the weekend, staff reported me missing, i was just at my boyfriends",
    "hous safe",
    "cm",
    "0",
    "c:going_missing",
    co="ic",
)
m(
    "i self harmed a lot as a teen, i'm 22 now and the urges still come sometimes but i manage",
    "health",
    "cm",
    "~",
    "c:self_harm",
)
m(
    "i was in a controlling relationship last year, he's gone now, i'm just nervous living alone",
    "safe hous health",
    "cm",
    "~",
    "c:other_concern",
)
# tricky non-urgent
m("i smashed my interview today, starting monday 🙌", "work", "cm", "+")
m("my flat is dead cosy now i've got fairy lights up", "hous", "cm", "+")
m("UC journal is killing me, they want me to log every single job search", "money work", "cx", "-")
m("i could kill for a decent night's sleep, neighbours have a baby", "hous", "cm", "-")
m("I'm starving, payday friday can't come soon enough lol", "money", "cm", "~")
m("the hob in my flat is a death trap, it sparks every time", "hous safe", "cx", "-")
m("work is killing me this week, 50 hours", "work", "cm", "-")
m("got locked out of my flat last night lol had to ring the emergency locksmith", "hous", "cm", "~")
m("my laptop died the night before my assignment was due", "dig edu", "cm", "-")
m(
    "I'm training to be a paramedic, first placement was a road crash, intense but i loved it",
    "work edu",
    "cm",
    "+",
)
m("doing my dissertation on child sexual exploitation and how councils respond", "edu", "cm", "0")
m(
    "I used to run away a lot when I was in care. Now I work with kids who do the same",
    "work",
    "cm",
    "+",
)
m("i'm not homeless anymore! got the keys today", "hous", "cm", "+")
m("my fitness instructor is an absolute killer but i love the class", "act health", "cp", "+")
m(
    "broke and bored is my personality this month lol, anyone know free stuff to do",
    "money act",
    "q",
    "~",
)
m("I'd die for my little brother, he's the reason i keep going at uni", "fam edu", "cm", "+")
m("been stuck inside all week with flu. feeling human again now", "health", "cm", "~")
m(
    "my boss threatened to make me do the stocktake on my own 😩 joking, he's sound",
    "work",
    "cm",
    "+",
)
m(
    "i trapped my finger in the door of my new flat and screamed the building down",
    "hous",
    "cm",
    "~",
)
m(
    "i work in a prison kitchen through my apprenticeship, people always think it's scary but it's not",
    "work",
    "cm",
    "+",
)
m("scared to death of my driving test tomorrow 😬", "act", "wo", "~")
m("the gas man came to check the boiler and said its all safe", "hous", "cm", "+")
m(
    "i escaped the group chat drama by turning my phone off for the weekend, best decision",
    "dig",
    "cm",
    "+",
)
m("feel like a prisoner to my overdraft haha", "money", "cm", "-")
m("my neighbour is a retired policeman and he helped me put my shelves up", "hous", "cm", "+")
m("i used to feel trapped at my hostel but my flat feels like freedom", "hous", "cm", "+")
m(
    "just been to my mate's funeral, his family asked me to read a poem. hardest thing i've done",
    "fam health",
    "cm",
    "-",
)
m("I'm a care leaver and I'm safe and happy. wanted to say that for once", "lc", "cm", "+")
# ---------------------------------------------------------------------------
# Batch 11: long, rambling messages mixing several themes
# ---------------------------------------------------------------------------
band("8-11")
m(
    "i want to tell you about my week. on monday i went to school and we did a test about times tables and i got 18 out of 20. on tuesday my social worker came and we went to mcdonalds and she asked me about my mum and i said i miss her. on wednesday i went to swimming. on thursday my foster sister was annoying and took my pens. on friday we had pizza. the end",
    "edu sw fam",
    "cm",
    "~",
)
m(
    "I like living with auntie pam (shes not my real auntie) because she has a big garden and a trampoline and a rabbit called snowy. but I dont like that I cant see my brothers very much because they live in another town and it takes ages in the car and I get car sick. Can we see each other more please. I want to have a sleepover with them at christmas",
    "home fam",
    "q",
    "~",
)
m(
    "My school is called Hollybank Primary and my teacher is Mr Green. He is funny. I am in the top group for reading now. But at playtime some children say my mum is a druggie and that is why I live with carers and it makes me angry and I hit one of them and got in trouble but they didnt get in trouble",
    "edu priv safe",
    "cx",
    "-",
    "c:bullying",
)
m(
    "dear council i think every child who lives in a foster home should get a bike and a helmet and a pet because it makes you happy and you can go out with your foster family on bike rides. we went to the forest and I saw a deer. also there should be more parks with zip wires near my house",
    "act home",
    "idea",
    "+",
)
band("11-17")
m(
    "ok so basically i moved to this new placement 3 weeks ago and honestly the carers are nice, they gave me the big room and let me paint it blue, but its like an hour from my school so i have to get up at 6 and get a taxi with a driver who doesnt talk. and i havent seen my mates since i moved cos they all live near my old place. my sw said she'd sort a bus pass but that was 2 weeks ago and nothing. also the wifi is rubbish. but yeah the carers are nice",
    "home edu sw",
    "cx",
    "~",
)
m(
    "idk if this is the right place to say this but my review is next week and i really want to say that i want to see my mum more but every time i try to say it in the meeting everyone looks at me and i just say 'its fine'. my iro is ok but there's like 8 people there and my mum's solicitor was there last time. can someone help me write it down or say it for me? i dont want to upset my carers because they think contact with mum makes me kick off after",
    "voice fam",
    "adv",
    "-",
)
m(
    "so much going on rn. school want to move me to a PRU cos i got in a fight (he started it, he was saying stuff about me being in care and my mum). my carers are standing up for me which is nice. but my sw is on holiday and the duty sw doesnt know me. and my CAMHS appointment got cancelled again. i just feel like everything's falling apart and nobody's in charge of me",
    "edu sw health",
    "cx",
    "-",
)
m(
    "wanted to say thank you to everyone at Redwood House, especially Sam and Priya who did my night shifts when i couldnt sleep and would just make toast and talk rubbish with me at 2am. when i came here i was so angry and i broke loads of stuff and they never gave up on me. i'm moving to my foster placement next week and i'm excited but i'm going to miss them loads. please tell them i said thanks because i'm rubbish at saying it in person",
    "home",
    "cp",
    "+",
)
m(
    "my social worker keeps saying she'll sort things and then doesnt. i asked for my passport in january so i could go on the school trip to spain and it didnt come so i couldnt go and everyone else went. then she said she'd sort my contact with my dad and it's been 3 months. then she said she'd come to my parents evening and didnt turn up. i'm not even angry anymore i just dont believe anything she says. can i have a different one",
    "sw edu fam",
    "cx",
    "-",
)
m(
    "i'm 15 and i've been in care since i was 9. this is my 7th placement. every time i move i lose my stuff, my school, my friends, my doctor, everything. people think kids in care are bad but we just never get to settle. this one is alright and i want to stay but they said it's only 'short term'. why cant anyone tell me how long short term is. i want someone to fight for me to stay here properly",
    "home voice edu",
    "adv",
    "-",
)
m(
    "things i like: my foster mum's roast dinners, my dog (well her dog), art club, my best mate kayla. things i dont like: maths, the fact my sister lives 3 hours away, having to have a sw visit when i'm in the middle of something, people asking why i dont live with my parents. things i want: a phone with a better camera, to see my sister every weekend, to go to the art college in town when i'm 16",
    "home act fam",
    "cm",
    "~",
)
m(
    "so at my old placement there was a lad who used to hit me but i never said because he said if i snitched it'd be worse. i'm at a new place now and it's fine but i saw him at the bus stop yesterday and he said he's gonna find out where i live now. i'm scared to go out and my carers dont know any of this. i dont know who to tell",
    "safe home",
    "wo",
    "-",
    "u:threat",
)
m(
    "i'm not being funny but why is it that when kids in care do something wrong the police get called but when other kids do the same thing their parents just deal with it. i threw a cup at the wall at my home cos i was upset and staff rang the police and now i've got a record. my mate did the same at his house and his mum just shouted at him. its not fair and it follows you",
    "safe priv home",
    "cx",
    "-",
)
m(
    "Hi, this is long sorry. I've been thinking about my identity a lot. My birth dad is Nigerian and my birth mum is white British and I live with a white family in a village where everyone is white. They're kind but they don't get it — like my hair, or when people touch it, or when someone said something racist at school and the teacher said it was just banter. I'd love to meet other mixed kids in care and maybe learn about Nigerian food and culture. Could the council set something up?",
    "ident edu home",
    "idea",
    "~",
)
m(
    "honestly the CiCC is the best thing i've done. we went to the town hall and told the councillors about the pocket money and they actually put it up for everyone. i used to think nobody listened but this proved they can. i want more kids to join but lots dont know it exists. maybe schools could tell people or there could be posters in the homes. also the pizza at the meetings is good lol",
    "voice money act",
    "cp",
    "+",
)
m(
    "everything's a mess. my sw changed again, my nan is in hospital and they wont let me visit cos its 'not in my care plan', school say my attendance is too low and they're going to fine my carers, and i had a panic attack in science and everyone watched. i'm not gonna do anything stupid before you freak out i just need someone to actually help",
    "sw fam health",
    "wo",
    "-",
    "c:low_mood",
)
m(
    "staff here are mostly ok but one of the night staff is horrible. he turns the wifi off early for no reason, he calls us names when nobody's listening and last week he took my phone and read my messages out to the other kids. i'm scared to report it because he'll know it was me and he's on nights on his own. he also said if i make a complaint he'll make my life hell",
    "home safe priv",
    "wo",
    "-",
    "u:unsafe_home",
)
m(
    "i got my gcse results and i passed everything except maths which i'm retaking. my foster carer cried lol. my sw sent me a card. my virtual school person says i can do a level 3 at college next year and there's a bursary. i want to do music production. i'm actually proud of myself for once, two years ago i wasnt even going to school",
    "edu money sw",
    "cm",
    "+",
)
m(
    "i keep thinking about whether anyone would even care if i wasn't around. like my mum doesn't, my dad is god knows where, my sw has 30 other kids, my carers get paid. i'm not saying i'm going to do anything, i just think about it a lot at night. i dont know why i'm writing this here. school is fine i guess",
    "health safe fam",
    "wo",
    "-",
    "u:suicide",
)
m(
    "my uncle told my dad i've got a boyfriend and now at contact my dad keeps saying the family has picked someone for me and i'm going to 'go back home' in the summer holidays and i should be grateful. i'm 16 and i want to go to college here. i told my sw but she said it's probably just talk. it isnt just talk, my cousin went back and never came back",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
band("16-25")
m(
    "just to update everyone - i'm 19, been in my own flat for 8 months now. it's been hard, i wont lie. first the gas meter, then the universal credit mess where they stopped my money for 5 weeks because of a 'change of circumstances' that was actually their mistake. my PA has been a legend though, she rang them every day. i've now got a part time job at the leisure centre and i'm thinking about applying for the apprenticeship there. what i would say to the council: please teach kids about bills BEFORE they leave care",
    "hous money sw",
    "idea",
    "~",
)
m(
    "my staying put arrangement ends in june when i turn 21 and i honestly dont know what happens next. my foster carers are basically my parents and i dont want to leave but they need the room for a new placement. i've put in for council housing but i'm band C and the waiting list is years. i work full time at a nursery so i can't get UC. private rent round here is £900 for a one bed. the local offer doesn't say anything about people like me who are working. feels like i'm being punished for doing well",
    "lc hous money",
    "wo",
    "-",
)
m(
    "I want to make a formal complaint about how my pathway plan was handled. I asked three times for it to include support with my university application, and each time it came back without it. My PA at the time left and nobody told me. The new PA hasn't met me yet after two months. I missed the UCAS deadline for the course I wanted. I'd like someone independent to help me with this complaint because I don't feel I'll be listened to on my own",
    "lc sw voice",
    "adv",
    "-",
)
m(
    "to whoever reads these: i'm 23, i left care 5 years ago. i'm now a support worker in a children's home and i love it. when i was in care i thought i'd never amount to anything because that's what people said. the best thing anyone did was my last foster carer who just believed in me. please keep funding things like the care leavers bursary and the apprenticeship scheme, they changed my life. and please stop moving kids so much",
    "work home money",
    "cp",
    "+",
)
m(
    "long one sorry. i'm at uni in the second year, studying criminology. the uni is good and i get the care leaver bursary. but the council pay my bursary late every term, which means i'm short on rent and have to borrow off friends. also when i came home at christmas there was nowhere for me to stay because my old foster carers had moved, so i stayed on a mate's sofa for 2 weeks. i'm not complaining about my PA, she's tried, but the system doesn't plan for holidays",
    "edu money hous",
    "cx",
    "~",
)
m(
    "can someone explain what i'm actually entitled to? i'm 18, left my residential home 2 months ago, now in supported accommodation. i've heard about the setting up home allowance, the council tax thing, free prescriptions, a bursary for college, help with a driving licence, a passport... nobody has given me a list. my PA says 'we'll go through it' but we never do. I looked on the website and the local offer page is from 2019",
    "lc money sw",
    "q",
    "-",
)
m(
    "I'm really struggling. The flat they put me in is above a pub and it's so loud I can't sleep, there's damp on every wall, and a man from the flat across keeps knocking on my door late at night asking to come in. I told the housing officer and she said to keep my door locked. I've stopped going to college because I'm so tired. I don't want to be ungrateful but I'm scared to be here at night",
    "hous safe edu",
    "wo",
    "-",
    "u:unsafe_home",
)
m(
    "my PA is great, college is going well, i've made friends on my course and i'm even going to the gym. but the money side is awful. my UC was cut because i earned £40 more one month from extra shifts, my council tax letter came even though i'm supposed to be exempt, and i'm using my overdraft for food. i'm proud of how far i've come but i feel like i'm always one bill away from it all falling apart",
    "money sw edu",
    "cm",
    "~",
)
m(
    "I spent two years asking to see my records. When I finally got them there were pages about me as a baby I'd never seen, reports saying my mum tried really hard, letters from my grandma asking to see me that nobody ever told me about. I'm 24 now and my grandma died last year. I'm so angry. Someone decided I didn't need to know. I want the council to change how they tell young people about their own history",
    "ident fam voice",
    "cx",
    "-",
)
m(
    "hey, just wanted to let you know i've been clean for a year now. when i left care at 18 i went downhill fast, lost my flat, was sofa surfing, using. my PA never gave up and got me into a recovery programme and then a supported flat. now i'm doing a level 2 in construction and i've got my own place again. i wanted to say it because people only hear the bad stories",
    "health hous sw",
    "cp",
    "+",
)
m(
    "so I'm 17 and in care, living in semi independent. staff are only here 9-5 and at night it's just us lot. some of the others bring people back that nobody knows, there's been fights, the police were here twice last week. I asked to move and my sw said there's nowhere else. I barricade my door every night and I haven't been to college for 2 weeks because I'm not sleeping",
    "hous safe sw",
    "wo",
    "-",
    "u:unsafe_home",
    co="ic",
)
# ---------------------------------------------------------------------------
# Batch 12: messages with fictional names, numbers, postcodes, addresses
# (07700 900xxx numbers are reserved by Ofcom for drama; streets are invented)
# ---------------------------------------------------------------------------
band("8-11")
m("my name is Tyler Brookes and I am 9 and I live at 14 Pippin Lane", "", "cm", "0")
m("can you tell Miss Akhtar my social worker to ring my foster mum on 07700 900184", "sw", "q", "0")
m("I am Lily-Mae and I go to St Wilfrid's and I like my teacher Mrs Oduya", "edu", "cm", "+")
m("my foster mum Jenny Castle says thank you for the bunk beds", "home", "cp", "+")
m("my brother Kai lives at 3 Thistle Court ZZ4 2PD can I send him a birthday card", "fam", "q", "+")
m("Mr Whitlock at my school shouts at me every day", "edu", "cx", "-")
m("its Ruby. I want my old social worker Hannah back", "sw", "cx", "-")
m("my nan's number is 07700 900511 can i ring her at christmas", "fam", "q", "+")
band("11-17")
m(
    "my sw is Gemma Rowntree and she hasnt visited since march, her number is 07700 900372 and she never answers",
    "sw",
    "cx",
    "-",
)
m(
    "hi i'm Jordan, 14, i live at Beech House children's home on Cotter Road. the staff are alright",
    "home",
    "cm",
    "+",
)
m(
    "please pass this on to my IRO Mr Daniel Osei - I want my review moved to after school",
    "voice sw",
    "q",
    "0",
)
m("my email is kayden.rees2009@example.com can someone send me the CiCC dates", "voice", "q", "0")
m(
    "Shout out to Marcus at the Harbour youth club on Quay St for teaching me guitar",
    "act",
    "cp",
    "+",
)
m(
    "i'm Aisha Rahman, year 10 at Northfield Academy, i want to know about the CiCC",
    "voice",
    "q",
    "0",
)
m("I moved to 22 Fernhill Road ZZ7 3LB last week, can you update my address", "home", "q", "0")
m("my dob is 03/11/2010 and my sw said i need to tell you for my passport", "sw", "cm", "0")
m(
    "its Reece Donnelly from Larch House. the fire door at the back is broken and anyone can get in",
    "home safe",
    "cx",
    "-",
)
m(
    "can my carer Tracey Billington come to my PEP, she's not on the list",
    "edu voice home",
    "q",
    "0",
)
m(
    "my brother Connor is 12 and at a different carers in ZZ9 8QA, i want to see him at half term",
    "fam",
    "q",
    "~",
)
m("Ms Lindqvist the designated teacher is the only person at school who gets it", "edu", "cp", "+")
m(
    "im Chloe, my mum's new number is 07700 900926, can contact be changed to phone calls",
    "fam",
    "q",
    "0",
)
m(
    "the man who runs the corner shop on Birch Parade, Vinnie, keeps asking me and my friend to come in the back",
    "safe",
    "wo",
    "-",
    "u:sexual_exploitation",
)
m(
    "a guy called Deano keeps picking me up from outside Greystone Academy in a white audi and my carer doesnt know",
    "safe edu",
    "cm",
    "~",
    "u:sexual_exploitation",
)
m("my name's Bilal, my sw is Rachel Fenwick, she's the best sw i've ever had", "sw", "cp", "+")
m(
    "i want my advocate to be Steph from the advocacy service again, she helped me last time, my number is 07700 900233",
    "voice",
    "adv",
    "+",
)
m("i'm staying at my mate's at 9 Osier Way tonight, carers know", "fam", "cm", "0")
m(
    "Hi im Zainab, I go to Fairleigh School, I got bullied by a girl called Tia and the teachers moved me not her",
    "edu safe",
    "cx",
    "-",
    "c:bullying",
)
m("carer's name is Andy Pilkington and he's strict but fair tbh", "home", "cm", "~")
m(
    "they moved me to Mill Cottage on Hawthorn Drive, ZZ3 1FT. its in the middle of nowhere",
    "home",
    "cx",
    "-",
)
m(
    "Olivia Grant here, 16. Can someone tell me what happens at my last review before 18",
    "voice lc",
    "q",
    "0",
    co="ic",
)
m(
    "Deacon said he'll find me at the skatepark on Linden Rd if i dont pay him back. he's 19",
    "safe",
    "wo",
    "-",
    "u:threat",
)
m(
    "my sw Laura said i could message here. i've been living with my aunt Sharon at 41 Gorse Lane since june and it's going really well",
    "home fam sw",
    "cm",
    "+",
)
m("can you give my number 07700 900648 to someone from the CiCC so i can join", "voice", "q", "+")
m(
    "Tomasz from my home was the one who showed me how to use the washing machine lol, legend",
    "home",
    "cp",
    "+",
)
m(
    "my old foster carer Mrs Hegarty in ZZ2 6NW still sends me birthday cards, can i visit her",
    "fam home",
    "q",
    "+",
)
m(
    "im Harvey and i got excluded from Westmoor High today and my carer doesnt know yet",
    "edu",
    "wo",
    "-",
)
m(
    "my real name is Precious but everyone calls me P. my sw keeps using my old surname at school",
    "ident priv sw",
    "cx",
    "-",
)
band("16-25")
m(
    "Hi, I'm Ellie Marsh, 19, care leaver. My PA is Suzanne Hart. Could you ask her to call me on 07700 900417 about my flat",
    "sw hous",
    "q",
    "0",
)
m(
    "my address is Flat 6, 18 Wharf Street, ZZ5 4HG and the boiler has been broken for 9 days",
    "hous",
    "cx",
    "-",
)
m(
    "I'm Jamal Okoye, NI number QQ 12 34 56 C, my UC claim is stuck, can my PA help",
    "money sw",
    "q",
    "-",
)
m(
    "email me at danni.care.leaver@example.org about the care leavers forum please",
    "voice lc",
    "q",
    "0",
)
m(
    "PA Mohammed Iqbal is honestly the reason i got my apprenticeship at Castlegate Motors",
    "sw work",
    "cp",
    "+",
)
m(
    "my landlord Mr Prescott won't return my deposit, the flat was 27 Mulberry Way ZZ6 9RT",
    "hous money",
    "cx",
    "-",
)
m(
    "Hi it's Kieran (dob 21/07/2004). I need a copy of my pathway plan for my housing application",
    "lc hous",
    "q",
    "0",
)
m(
    "moving to 3B Kestrel House, Ashby Road ZZ1 7UX on friday!! my own place finally",
    "hous",
    "cm",
    "+",
)
m(
    "can my girlfriend Shannon come to my pathway plan meeting, she's my main support",
    "lc voice fam",
    "q",
    "0",
)
m(
    "I'm at the YMCA on Canal Street and the manager Gary said I have to be out by 10am tomorrow and I have nowhere",
    "hous safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "my ex Liam keeps turning up at my flat at 12 Sorrel Close and i'm scared of what he'll do",
    "safe hous",
    "wo",
    "-",
    "u:threat",
)
m(
    "Can someone from the leaving care team call me on 07700 900059, I've been offered a job at Halden's Bakery but need help with the start date and my UC",
    "work money lc",
    "q",
    "+",
)
m(
    "thanks to Bernadette and all the team at Elm Lodge supported living, you got me through my first year alone",
    "hous",
    "cp",
    "+",
)
m(
    "my name is Adaeze Nwosu and I'd like to complain about how my PA Craig spoke to me at our last meeting",
    "sw voice",
    "cx",
    "-",
)
m(
    "I work at the Co-op on Market Street and my manager Jess has been really flexible with my uni timetable",
    "work edu",
    "cp",
    "+",
)
m(
    "Danny Burke here, 24. I'm about to age out of PA support, who do I go to after this",
    "lc sw",
    "q",
    "~",
)
m("phone number changed, new one is 07700 900763 - Aaliyah (care leaver, 20)", "", "cm", "0")
m(
    "i'm sofa surfing at my friend Nadia's at 55 Cedar Grove but she says it can only be till sunday",
    "hous",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "my uni is Bramford University and the care leaver contact there is Dr Ruth Ellis, she's been amazing",
    "edu",
    "cp",
    "+",
)
m(
    "hi i'm Saskia, my baby's due in may and i live at Flat 2, 9 Poplar Row ZZ8 5JN, can someone tell me what the council can help with",
    "fam lc hous",
    "q",
    "~",
)
# ---------------------------------------------------------------------------
# Batch 13: care leavers 16-25, more voices (advocacy, ideas, worries, risk)
# ---------------------------------------------------------------------------
band("16-25")
m(
    "i need an advocate, the council says i made myself intentionally homeless and i didnt",
    "hous voice",
    "adv",
    "-",
)
m(
    "can an advocate help me get my pathway plan actually written before i turn 18",
    "lc voice",
    "adv",
    "~",
    co="ic",
)
m(
    "is there someone independent who can come with me to the housing panel next tuesday",
    "hous voice",
    "adv",
    "0",
)
m(
    "want someone on my side when i meet the leaving care manager, last time i got talked over",
    "voice lc",
    "adv",
    "-",
)
m(
    "i'd like an advocate to help me ask for my staying put to be extended",
    "lc home voice",
    "adv",
    "~",
)
m("need help writing an appeal about my bursary being stopped", "money edu voice", "adv", "-")
m("can an advocate speak to the jobcentre for me, i freeze up", "money work voice", "adv", "-")
m(
    "I'd like support to challenge the decision to end my PA support at 21, I'm still at uni",
    "lc sw voice",
    "adv",
    "-",
)
m(
    "my English is not so good. I want someone who speaks Farsi to help me in my meeting with the council",
    "voice ident",
    "adv",
    "0",
)
m(
    "please can someone help me get the ombudsman involved, the council ignored my stage 2",
    "voice",
    "adv",
    "-",
)
m(
    "i want an advocate for my child protection conference, i'm a care leaver and a mum and i'm terrified",
    "voice fam",
    "adv",
    "-",
)
m("how do i get an advocate and is it free", "voice", "q", "0")
m("i don't need an advocate anymore, the issue got sorted, thanks", "voice", "cp", "+")
m("advocate from coram was brilliant, got my complaint sorted in 2 weeks", "voice", "cp", "+")
m(
    "there should be a care leavers' hub in town with wifi, a washing machine and someone to talk to",
    "lc dig",
    "idea",
    "+",
)
m("idea: match each care leaver with a local business mentor", "work lc", "idea", "+")
m("the local offer should be written by care leavers in normal words", "lc voice", "idea", "0")
m(
    "council should pay for a TV licence and broadband for the first year",
    "money dig hous",
    "idea",
    "0",
)
m(
    "why not make a starter pack for new flats: pans, bedding, toilet roll, lightbulbs",
    "hous lc",
    "idea",
    "+",
)
m(
    "would be good to have a taster flat where you can try living alone for a weekend before you move",
    "hous lc",
    "idea",
    "+",
)
m("PAs should stay with you from 16 to 25, not change at every birthday", "sw lc", "idea", "-")
m(
    "maybe do a 'you said we did' in a short video, nobody reads the letters",
    "voice dig",
    "idea",
    "0",
)
m(
    "care leavers should be able to stay in their foster homes till 21 without it costing the carers money",
    "lc home money",
    "idea",
    "0",
)
m(
    "you should let care leavers vote on what goes in the local offer each year",
    "lc voice",
    "idea",
    "+",
)
m("uni accommodation all year round for care leavers should be standard", "hous edu", "idea", "0")
m("I'm nervous about my first tenancy inspection, what do they look for", "hous", "q", "-")
m("i'm scared my benefits will stop when i start my apprenticeship", "money work", "wo", "-")
m(
    "worried about my little brother still at our mum's, i left care but he's there and she's drinking again",
    "fam safe",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "i keep getting letters from a bailiff and i dont understand them",
    "money",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "lost my job today and rent is due next week. not desperate yet but scared",
    "work money hous",
    "wo",
    "-",
)
m("been feeling numb for weeks, nothing feels real", "health", "wo", "-", "c:low_mood")
m(
    "christmas on my own again this year, trying not to think about it",
    "health fam",
    "cm",
    "-",
    "c:low_mood",
)
m(
    "i cry most nights but i get up and go to work, i'm functioning",
    "health work",
    "cm",
    "-",
    "c:low_mood",
)
m(
    "i think i need help with my gambling, it started on my phone and now it's every payday",
    "money health dig",
    "q",
    "-",
    "c:other_concern",
)
m(
    "my friend from my old children's home keeps going missing from her supported flat and texting me from random places",
    "safe fam",
    "wo",
    "-",
    "c:going_missing",
)
m(
    "i didn't go back to my supported place for three nights last week, staff rang the police",
    "hous safe",
    "cm",
    "~",
    "c:going_missing",
    co="ic",
)
m(
    "the lads on my apprenticeship keep hiding my tools and calling me names, it's every day",
    "work safe",
    "cx",
    "-",
    "c:bullying",
)
m(
    "i get abuse in the street from neighbours about the supported housing, they call us 'the scroungers'",
    "hous priv safe",
    "cx",
    "-",
    "c:bullying",
)
m(
    "sometimes i still get the urge to hurt myself when i'm stressed, i use my coping box and ring my sister",
    "health",
    "cm",
    "~",
    "c:self_harm",
)
m(
    "I'm 20 and I had a rough patch with suicidal thoughts last month. I've got a therapist now and I'm safe",
    "health",
    "cm",
    "~",
    "c:suicide",
)
m(
    "my ex has been messaging my friends asking where I live now",
    "safe",
    "wo",
    "-",
    "c:other_concern",
)
# urgent
m(
    "family are saying i have to go abroad to marry my cousin next month or they'll disown me. i'm 18 and i dont want to",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "my brothers took my phone and passport and said i'm not leaving until i agree to the nikah",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "my partner won't let me leave the flat without him and has the only key",
    "safe hous",
    "wo",
    "-",
    "u:confinement",
)
m(
    "the guy i'm staying with locks the door and keeps my bank card, says it's rent",
    "safe hous money",
    "wo",
    "-",
    "u:confinement",
)
m(
    "these lads have taken over my flat, they make me stay in the bedroom while they do their business",
    "safe hous",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "said i can clear my debt if i drive a car up to liverpool for them tomorrow",
    "safe money",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "he makes me sleep with his friends to 'pay rent'",
    "safe hous",
    "wo",
    "-",
    "u:sexual_exploitation",
)
m(
    "i burned myself on purpose again last night, it's on my arm and hurts",
    "health safe",
    "wo",
    "-",
    "u:self_harm",
)
m("took loads of paracetamol about an hour ago", "health safe", "wo", "-", "u:suicide")
m(
    "no point in me being here, I'm just a burden on everyone who ever had to look after me",
    "health safe",
    "wo",
    "-",
    "u:suicide",
)
m(
    "my dad has found where i live and he's outside the block right now",
    "safe hous fam",
    "wo",
    "-",
    "u:threat",
)
m("my partner strangled me last night, i told him i'd leave", "safe", "wo", "-", "u:abuse")
m(
    "the only food in my flat is a tin of beans and my gas ran out today, baby's 4 months",
    "money hous safe",
    "wo",
    "-",
    "u:destitution",
)
m(
    "i'm scared to go back to my flat, my flatmate's friends are there and one of them hurt me last week",
    "safe hous",
    "wo",
    "-",
    "u:unsafe_home",
)
# privacy
m(
    "the jobcentre put 'care leaver' on my file and the work coach said it in front of everyone in the queue",
    "priv money work",
    "cx",
    "-",
)
m("do employers find out i was in care if they do a DBS check", "priv work", "q", "0")
m(
    "my GP receptionist read out that i'm a care leaver when booking me in, loud",
    "priv health",
    "cx",
    "-",
)
m(
    "it's nice that my landlord doesn't know I'm a care leaver, I'm just a normal tenant",
    "priv hous",
    "cm",
    "+",
)
m(
    "my university flatmates found out about my past from a letter the council sent with 'leaving care team' on the envelope",
    "priv edu",
    "cx",
    "-",
)
m("who at the council can read what I write on here?", "priv", "q", "0")
m("will my PA see these messages", "priv sw", "q", "0")
# work
m("starting my first ever job on monday, what do i need to bring", "work", "q", "~")
m("can I get an advance on the leaving care grant to buy work clothes", "work money lc", "q", "0")
m(
    "the care leavers apprenticeship at the council was amazing, I've been kept on!",
    "work",
    "cp",
    "+",
)
m(
    "I got rejected from the army because of my medical history, what else is there",
    "work health",
    "q",
    "-",
)
m("my CV is just gaps and a few shifts at KFC, who's going to hire me", "work", "wo", "-")
m(
    "training course on forklifts was free through the local offer, got my licence",
    "work lc",
    "cp",
    "+",
)
m("I'm 17, can I do a traineeship and still stay in my foster home", "work home", "q", "0", co="ic")
m(
    "my employer gave me paid leave for my pathway plan review, really appreciated it",
    "work lc",
    "cp",
    "+",
)
m("I want to be a youth worker. is there a route without going to uni", "work edu", "q", "0")
# misc
m("my flat is finally done! fairy lights, plants, the lot. feels like a home", "hous", "cm", "+")
m("leaving care team christmas hampers were lovely, thank you", "lc", "cp", "+")
m("why is everything to do with leaving care on paper forms? just use an app", "lc dig", "cx", "-")
m("ok", "", "cm", "0")
m("thanks x", "", "cp", "+")
m("test", "", "cm", "0")
m("👍", "", "cm", "+")
m("I'm 22, not sure if this bot is for me still?", "lc", "q", "0")
m("my PA retired and the new one hasn't introduced herself yet, been 7 weeks", "sw", "cx", "-")
m("PA rang me on my birthday. small thing, made my week", "sw", "cp", "+")
m("can my PA help me find my brother who was adopted", "ident fam sw", "q", "~")
m("I'd like to learn Bengali properly, I lost it in care", "ident", "cm", "-")
m("i still dont know my own medical history, my file doesnt say", "ident health", "cx", "-")
m("what's the difference between a pathway plan and a care plan", "lc voice", "q", "0")
m("got council tax relief sorted finally after 4 phone calls", "money", "cm", "~")
m(
    "universal credit said the leaving care grant counts as income?? is that right",
    "money lc",
    "q",
    "-",
)
m("the hardship fund paid for my glasses, so grateful", "money health", "cp", "+")
m("can I get help with nursery fees so I can go back to college", "money edu fam", "q", "0")
m("my overdraft is maxed out and the bank want it back", "money", "wo", "-")
m("debt advice from the council was actually useful, set me up a payment plan", "money", "cp", "+")
m(
    "the flat I've been offered has no carpets or curtains, I can't afford them",
    "hous money",
    "cx",
    "-",
)
m("happy to report i've been in my tenancy a full year without arrears 🥳", "hous money", "cm", "+")
m(
    "housing options told me to come back when I'm actually homeless. thanks for nothing",
    "hous",
    "cx",
    "-",
)
m("I'd like to move nearer my sister, can I transfer my council flat", "hous fam", "q", "0")
m("semi independent was a good step between foster care and my own flat", "hous lc", "cm", "+")
m("my supported accommodation key worker helped me cook my first roast", "hous lc", "cp", "+")
m(
    "I'm 16 and in semi independent and I've got £60 a week to live on. it's not enough",
    "money hous",
    "cx",
    "-",
    co="ic",
)
m("whats a section 20 and am i one", "ident voice", "q", "0", co="ic")
m("at 17 can i choose to go back and live with my mum", "fam home voice", "q", "~", co="ic")
m(
    "my sw says i can't go on the college residential because it's not 'risk assessed', I'm 17",
    "edu priv sw",
    "cx",
    "-",
    co="ic",
)
m(
    "finally moved into staying put with my foster family officially, so relieved",
    "lc home",
    "cm",
    "+",
    co="ic",
)
# ---------------------------------------------------------------------------
# Batch 14: ages 11-17, more voices (advocacy, privacy, concern, urgent)
# ---------------------------------------------------------------------------
band("11-17")
m(
    "i want an advocate cos they're trying to stop my contact with my nan and she's done nothing wrong",
    "voice fam",
    "adv",
    "-",
)
m(
    "can someone independent help me tell the court i want to stay with my aunt",
    "voice fam home",
    "adv",
    "~",
)
m(
    "need an advocate asap my placement meeting is friday and they wanna move me out of county",
    "voice home",
    "adv",
    "-",
)
m("can i have an advocate for my school exclusion meeting", "voice edu", "adv", "-")
m("i'd like an advocate but i don't want my carers to know i asked", "voice priv", "adv", "0")
m(
    "i want help making a complaint about my sw, she told my school stuff i told her in private",
    "voice sw priv",
    "adv",
    "-",
)
m("will an advocate tell my social worker what i say", "voice priv", "q", "0")
m("can my advocate be a man, I'd feel better talking to a man", "voice", "q", "0")
m(
    "my advocate helped me get my bedroom door lock back, they listened when nobody else did",
    "voice home",
    "cp",
    "+",
)
m("want someone to help me write a letter to the judge", "voice", "adv", "0")
m(
    "please can an advocate ring me after 4 when i'm out of school, not at school",
    "voice priv",
    "adv",
    "0",
)
m("i asked for an advocate 2 weeks ago and nobody has contacted me", "voice", "cx", "-")
m(
    "i dont want my whole school to know i have a social worker. she came to reception with a lanyard on",
    "priv sw edu",
    "cx",
    "-",
)
m("can i choose who gets told that im in care at my new school", "priv edu", "q", "0")
m("my carer tells her friends all about my past like its gossip", "priv home", "cx", "-")
m(
    "being called 'the foster kid' by my carers' relatives at christmas was awful",
    "priv home",
    "cx",
    "-",
)
m("I like that my new school treats me exactly like everyone else", "priv edu", "cm", "+")
m(
    "the council should stop putting our business in emails to half the school",
    "priv edu",
    "idea",
    "-",
)
m("why does my review report get sent to like 15 people", "priv voice", "q", "-")
m("my mates think i live with my mum and i want to keep it that way", "priv fam", "cm", "0")
m(
    "people treat you different when they know, like they're scared to ask you anything",
    "priv",
    "cm",
    "-",
)
m(
    "every time i go to the doctor they ask about my 'placement' in front of the waiting room",
    "priv health",
    "cx",
    "-",
)
m("there should be an anti bullying group for care kids at every school", "safe edu", "idea", "+")
m("ideas for the CiCC: a podcast made by us about being in care", "voice act dig", "idea", "+")
m(
    "new idea - a buddy system where older kids in care show new ones the ropes",
    "home voice",
    "idea",
    "+",
)
m(
    "council should give everyone in care a decent phone at 11 so we can keep in touch with family",
    "dig fam",
    "idea",
    "0",
)
m(
    "you should make the review meetings at our house or a cafe not in an office",
    "voice",
    "idea",
    "0",
)
m("kids in homes should be able to have pets, it helps", "home", "idea", "+")
m(
    "i get called a 'care rat' at football training and the coach laughs",
    "safe act priv",
    "cx",
    "-",
    "c:bullying",
)
m(
    "year 11s keep stealing my lunch money and shoving me in the corridor",
    "edu safe money",
    "wo",
    "-",
    "c:bullying",
)
m(
    "they've made a snap group called 'rate the foster kid' about me",
    "safe dig priv",
    "wo",
    "-",
    "c:bullying",
)
m(
    "i get picked on in the home because i'm the youngest, they take my stuff and flick my ears",
    "home safe",
    "cx",
    "-",
    "c:bullying",
)
m(
    "i dont want to go to school anymore because of the bullying and nobody does anything",
    "edu safe",
    "cx",
    "-",
    "c:bullying",
)
m(
    "i stayed out all night on saturday and didn't tell anyone where i was. i'm fine",
    "safe home",
    "cm",
    "0",
    "c:going_missing",
)
m(
    "police picked me up at 3am in town, staff had reported me missing. i was only with my mates",
    "safe",
    "cx",
    "-",
    "c:going_missing",
)
m(
    "my best friend in care is always going missing and i think she's with older people",
    "safe fam",
    "wo",
    "-",
    "c:going_missing",
)
m(
    "i went to my old area for a few days without telling anyone. everyone freaked out",
    "safe home",
    "cm",
    "~",
    "c:going_missing",
)
m("i feel empty most days and i sleep all the time", "health", "wo", "-", "c:low_mood")
m(
    "i dont really have any friends at my new school, lunch is the worst",
    "health edu fam",
    "wo",
    "-",
    "c:low_mood",
)
m("everything is grey. i'm not in danger just sad", "health", "wo", "-", "c:low_mood")
m(
    "i'm so tired of moving and starting again, i just want to give up on making friends",
    "health home fam",
    "wo",
    "-",
    "c:low_mood",
)
m("hate myself and how i look, dont want to go anywhere", "health ident", "wo", "-", "c:low_mood")
m("my mate is vaping like 3 a day and she's 13", "health fam", "wo", "-", "c:other_concern")
m(
    "i've been taking my carer's sleeping pills to get to sleep",
    "health home",
    "cm",
    "-",
    "c:other_concern",
)
m(
    "i met a guy on discord who's 19, we just chat about games, he's sound",
    "dig safe",
    "cm",
    "+",
    "c:other_concern",
)
m(
    "sent a pic to someone at school and now it's going round. i'm so embarrassed",
    "dig safe edu",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "my older sister is using again and i'm worried about her kids",
    "fam",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "got arrested for shoplifting with my mates, the police were alright but I'm scared about court",
    "safe",
    "wo",
    "-",
    "c:other_concern",
)
# urgent
m(
    "my carers put a lock on the fridge and my door and i'm only let out for school",
    "safe home",
    "wo",
    "-",
    "u:confinement",
)
m(
    "they won't let me go to school or see anyone, I've not been outside for a week",
    "safe home edu",
    "wo",
    "-",
    "u:confinement",
)
m(
    "locked in the quiet room for hours again today, they wouldn't open it when i asked for water",
    "safe home",
    "cx",
    "-",
    "u:confinement",
)
m(
    "met a guy online who says he'll pay for my train to birmingham and i can live with him. going tomorrow",
    "safe dig",
    "cm",
    "~",
    "u:running_away",
)
m(
    "i've got £40 and a bag, catching the last bus out tonight, dont bother looking",
    "safe",
    "cm",
    "-",
    "u:running_away",
)
m(
    "my older friend says i can crash at hers in another town whenever, im thinking tonight",
    "safe",
    "cm",
    "~",
    "u:running_away",
)
m(
    "i'm never coming back to this placement, walked out at lunch and i'm at the station",
    "safe home",
    "cm",
    "-",
    "u:running_away",
)
m(
    "gonna disappear for a while, i know some people in london who'll sort me",
    "safe",
    "cm",
    "-",
    "u:running_away",
)
m(
    "my cousin keeps making me deliver packages for him and if i say no he says he'll tell everyone i'm a grass",
    "safe fam",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "got told i have to do a run this weekend to pay back the phone they gave me",
    "safe dig",
    "wo",
    "-",
    "u:criminal_exploitation",
)
m(
    "he said if i stop answering he'll post my videos",
    "safe dig",
    "wo",
    "-",
    "u:sexual_exploitation",
)
m(
    "my carer's husband makes me sit on his lap when she's out and i hate it",
    "safe home",
    "wo",
    "-",
    "u:abuse",
)
m(
    "staff threw me against the wall during a restraint and my shoulder still hurts",
    "safe home",
    "cx",
    "-",
    "u:abuse",
)
m(
    "when i'm bad my foster mum makes me stand in the garden in the cold for ages",
    "safe home",
    "wo",
    "-",
    "u:abuse",
)
m(
    "i keep wanting to hurt myself and i've got stuff hidden in my room",
    "health safe",
    "wo",
    "-",
    "u:self_harm",
)
m(
    "i bite my arms til they bruise when the feelings get too big",
    "health safe",
    "wo",
    "-",
    "u:self_harm",
)
m(
    "my family are sending me to my grandparents' village in the summer to 'settle down' and get engaged",
    "safe fam ident",
    "wo",
    "-",
    "u:forced_marriage",
)
m(
    "i'm scared to sleep here, the older kids come in at night and no staff check",
    "safe home",
    "wo",
    "-",
    "u:unsafe_home",
)
m(
    "someone has been following me home from school in a car for 3 days",
    "safe edu",
    "wo",
    "-",
    "u:threat",
)
# tricky
m("my sw's car is a deathtrap lol the door doesn't shut", "sw", "cm", "0")
m("literally dying of boredom in this meeting", "voice", "cx", "-")
m("crying laughing at my carer trying to use snapchat 😭😭", "home dig", "cm", "+")
m("i'm obsessed with true crime podcasts, want to be a detective one day", "act work", "cm", "+")
m("we did a sponsored sleepout for homeless charity, so cold but worth it", "act", "cm", "+")
m(
    "pov: you ask your sw a simple question and she says 'i'll find out' for the 10th time",
    "sw",
    "cx",
    "-",
)
# misc, PII
m(
    "hi its Mia from Orchard View, i want to say thanks to Leanne for teaching me to bake",
    "home",
    "cp",
    "+",
)
m("my carer Nikki's number is 07700 900815 if you need to ask her anything", "home", "cm", "0")
m(
    "Ethan Clarke, year 8, Brookfield School. I want to join the football club but my carer can't take me",
    "act edu",
    "q",
    "~",
)
m(
    "I want to write a letter to my mum, her address is 7 Foxglove Terrace ZZ2 4LM. Can I?",
    "fam",
    "q",
    "0",
)
# ---------------------------------------------------------------------------
# Batch 15: ages 8-11, more
# ---------------------------------------------------------------------------
band("8-11")
m("can i have sumone to help me at my meeting becos i get scared", "voice", "adv", "-")
m("i want a grown up to tell the judge i want to live with my grandma", "voice fam", "adv", "~")
m("my advocat Sophie is nice she wrote down what I said", "voice", "cp", "+")
m("i don't want ppl at school to know my social worker is coming", "priv sw edu", "wo", "-")
m(
    "my foster carer told the lady at the shop that im fostered and i went red",
    "priv home",
    "cx",
    "-",
)
m("Why do I have to have a medical every year my friends dont", "health priv", "q", "-")
m("a boy in my class says i am a orphan and i am not", "priv edu", "cx", "-", "c:bullying")
m("the big girls at school wont let me play and they push me", "edu safe", "wo", "-", "c:bullying")
m("nobody wants to be my partner in PE", "edu health", "cm", "-", "c:low_mood")
m(
    "I dont want to wake up in the mornings anymore I just want to stay in bed",
    "health",
    "wo",
    "-",
    "c:low_mood",
)
m(
    "the man next door said if I kick my ball in his garden again he will pop it and hurt me",
    "safe home",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "i am not allowed out of my room at all at my house not even to eat with them",
    "safe home",
    "wo",
    "-",
    "u:confinement",
)
m(
    "my foster mum puts a lock on my door so I cant come out at night",
    "safe home",
    "wo",
    "-",
    "u:confinement",
)
m(
    "someone on my game said if i dont send him my address he will hack my tablet and find me",
    "safe dig",
    "wo",
    "-",
    "u:threat",
)
m(
    "i am going to walk to my mums house tonight it is far but i know the way",
    "safe fam",
    "cm",
    "~",
    "u:running_away",
)
m("he told me it was our secret and i would be taken away if i said", "safe", "wo", "-", "u:abuse")
m("I get to use the computer for 1 hour after homework", "dig home", "cm", "0")
m("my carers got me a kindle and I read 6 books already", "dig act home", "cp", "+")
m("we got a new baby in the house and she is so small", "home fam", "cm", "+")
m("i got player of the match at football and a trophy", "act", "cm", "+")
m("my sosial worker is called Mo and he is funny and he likes arsenal like me", "sw", "cp", "+")
m("i want to go back to my old school with my friends", "edu fam", "cm", "-")
m("I think kids should be able to pick there own foster carers", "home voice", "idea", "0")
m("i want to learn about where my mum comes from its called jamaica", "ident fam", "cm", "+")
m("why cant my real mum come to my birthday party", "fam", "q", "-")
m("I got a new social worker and I dont like her yet but maybe I will", "sw", "cm", "~")
m("my dentist said i have good teeth and i got a sticker", "health", "cm", "+")
# ---------------------------------------------------------------------------
# Batch 16: more long messages (some up to ~1,000 characters)
# ---------------------------------------------------------------------------
band("11-17")
m(
    "right so i've never used one of these before but my keyworker said i should. i'm 16, i live in a children's home, been here 2 years. the good stuff: the staff on the day shift are really good, especially the manager, she fights for us. i've got my own room with an ensuite which is unreal. i'm doing a level 2 in mechanics at college and i love it. the bad stuff: the food budget is tiny so it's pasta pasta pasta. the wifi cuts out at 11. we're not allowed to have mates round without them being 'checked'. my sw is changing again (4th one). and i've got no idea what happens when i turn 18, nobody's even started my pathway plan. i'd like someone to tell me straight what's going to happen to me",
    "home edu sw",
    "q",
    "~",
)
m(
    "I've been keeping a diary of everything that goes wrong at my placement because nobody believes me when I say it. Week 1: carer forgot to pick me up from school, I waited 2 hours. Week 2: she went away for the weekend and left me with her son who's 19 and just plays xbox, no food got made. Week 3: I asked about my contact with my sister and got told to stop going on about it. Week 4: my school trip money wasn't paid. I'm not in danger, I just feel like I'm nobody's priority. I want this to go to someone who can actually do something about it",
    "home fam voice",
    "cx",
    "-",
)
m(
    "my mum died last month and i'm still in shock. i hadn't lived with her for 4 years but i still saw her every month at contact and we were getting closer. the funeral was nice, my foster carers came and held my hand. school have been ok but some teachers don't know and keep asking why my homework isn't done. my sw said i can see a bereavement counsellor but there's a 3 month wait. i'm not sure how i'm supposed to feel. some days i'm fine and then something small sets me off. i just wanted to put it somewhere",
    "fam health edu",
    "cm",
    "-",
    "c:low_mood",
)
m(
    "ok i have ideas for the council!! 1. free bus passes for everyone in care, not just for school. 2. a day out every summer for all the kids in care and their carers, like a festival. 3. let us see our files online instead of waiting months. 4. every sw should have to stay with you at least 2 years. 5. pocket money should go up every year with prices. 6. a proper app not just a bot lol no offence. 7. put kids in care on the interview panel for new staff. thank u for reading",
    "act sw money",
    "idea",
    "+",
)
m(
    "my carers are muslim and i'm not and at first it was weird but honestly it's been really good, they explained ramadan and i did a couple of fasts with them for fun and eid was amazing. they respect that i'm christian and they drive me to church on sundays which is more than my last carers did. i wanted to say it because people think you have to be matched with the same religion and it's not always true. the only thing is i miss english food sometimes lol",
    "home ident",
    "cp",
    "+",
)
band("16-25")
m(
    "I'm writing because I think the system failed me and I don't want it to happen to other people. I turned 18 in the middle of my A levels. The week of my birthday I had to leave my foster home because staying put wasn't 'approved' in time, move into a studio flat on my own, sort out universal credit, register with a new GP and set up all my bills. I failed two of my exams. My PA was kind but she had only met me twice. I'm now 20 and doing an access course to get back on track, but I lost two years. Please, please approve staying put before the birthday, not after, and don't make anyone move in exam season. I'd be happy to talk to the corporate parenting panel about it if that would help. I'd like an advocate to help me prepare if so",
    "lc edu voice",
    "adv",
    "-",
)
m(
    "honestly i don't know where to start. my flat is freezing because i can't afford to put the heating on, i'm behind on my council tax even though i think i shouldn't be paying it, my phone is cut off so i'm using the library computer to send this, and my PA's number goes straight to voicemail. i've got food for a couple more days and a friend is lending me some money on friday so i'm not going to starve but it's really hard. i also found out my little brother is moving placement again and nobody told me. i just want someone to ring me back. i'll be at the library tomorrow 10-12",
    "money hous sw",
    "cx",
    "-",
)
m(
    "So I had my pathway plan review today and I actually want to say it went really well. My new PA, Josh, had read everything beforehand, asked me what I wanted to talk about first, and didn't fill the meeting with jargon. We talked about my uni plans, what happens with my flat in the summer, and he's putting in for the care leavers bursary for me. He also asked if I wanted my foster mum there (I did). It's the first time in 6 years of meetings I left feeling like it was about me. Please give him a gold star or whatever you do",
    "lc sw edu",
    "cp",
    "+",
)
m(
    "I'm 19 and I was an unaccompanied asylum seeking child. I came from Sudan when I was 15. The council looked after me and I am grateful, my foster family were kind. But now I am 19 and my immigration status is still not decided and I cannot work, cannot go to university as a home student, and I am scared every time there is a letter. My PA tries but she says it's the Home Office. I want the council to know that for people like me, leaving care is different and we need someone who understands immigration. Also I want to play football again, I was good",
    "lc ident work",
    "wo",
    "-",
)
m(
    "it's been 3 years since i left care and i wanted to share some stuff that might help other people. things i wish i'd known: you can ask for your pathway plan in writing, you can ask for a different PA if it's not working, you don't have to pay council tax till 25 here, there's a hardship fund if you're really stuck, the care leavers forum is actually decent, and you're allowed to say no to a flat if it's unsafe. things i wish the council did better: answer the phone, stop moving PAs around, and tell people about the local offer before they turn 18 not after",
    "lc money hous",
    "idea",
    "~",
)
m(
    "i'm not sure what this counts as but my mate from my old home, she's 17, has been staying with this man in his 30s who gives her money and stuff and picks her up from college. she says he's her boyfriend and she's fine. she's stopped replying to her sw and her staff. i'm worried about her but she'll kill me if she knows i said anything. i don't want to get her in trouble i just want someone to check on her",
    "safe fam",
    "wo",
    "-",
    "u:sexual_exploitation",
)
# ---------------------------------------------------------------------------
# Batch 17: care leavers 16-25, extra
# ---------------------------------------------------------------------------
band("16-25")
m("my PA said she'd ring monday, it's thursday. classic", "sw", "cx", "-")
m(
    "I'm 18 and still don't have a bank account, I can't get paid from my job without one",
    "money work lc",
    "wo",
    "-",
)
m("could the council help me buy a bike so I can get to work", "money work", "q", "0")
m("I want to set up a care leavers running club, who do I speak to", "act lc", "idea", "+")
m(
    "been offered a place at college for september but i'll lose my housing benefit if i go full time?",
    "edu money hous",
    "q",
    "-",
)
m("my PA is the first person who's ever asked me what I'm good at", "sw", "cp", "+")
m(
    "had a really good day, went to the seaside with the care leavers group, first time seeing the sea",
    "act lc",
    "cm",
    "+",
)
m(
    "does the council help with wedding costs lol asking seriously, getting married next year to my long term partner",
    "money fam",
    "q",
    "+",
)
m("found out my old sw still asks my PA about me. that's nice actually", "sw", "cm", "+")
m("it's hard to make friends as an adult when you've moved 12 times", "fam health", "cm", "-")
m("can I still go to the CiCC or am I too old now I'm 18", "voice lc", "q", "0")
m(
    "my birth mum wants to get back in touch through the council, I'm not sure I'm ready",
    "fam ident",
    "wo",
    "~",
)
m(
    "the new care leavers hub on the high street is so good, free breakfast and wifi",
    "lc dig",
    "cp",
    "+",
)
m(
    "apprenticeship wage is £6.40 an hour and my rent is £550. make it make sense",
    "work money hous",
    "cx",
    "-",
)
m("I'm doing a degree in social work because of my own experience in care", "edu work", "cm", "+")
m(
    "my PA and I don't get on, how do I ask for someone else without making it awkward",
    "sw voice",
    "q",
    "-",
)
m(
    "I want someone to help me ask the council to pay for my driving test retake",
    "money voice",
    "adv",
    "0",
)
m(
    "the dentist I had as a kid won't see me now I'm an adult, and nobody round here takes NHS patients",
    "health",
    "cx",
    "-",
)
m("therapy through the care leavers offer has changed my life honestly", "health lc", "cp", "+")
m(
    "feeling proud: one year sober, one year in my flat, one year in my job",
    "health hous work",
    "cm",
    "+",
)
m("the council sent me a birthday card at 21, bit random but nice", "lc", "cm", "+")
m(
    "i don't want to go to my pathway plan review at the office, can we do it on teams",
    "lc dig voice",
    "q",
    "0",
)
m("my laptop from the council broke after a year and they won't replace it", "dig edu", "cx", "-")
m(
    "wish there was a care leavers discount on phone contracts, mine is £30 a month",
    "dig money",
    "idea",
    "0",
)
m("Im 17 in care and want to start learning to drive, who pays", "money act", "q", "0", co="ic")
m(
    "I'm 16 and just moved to supported lodgings with a lady called Marge, she's lovely and teaches me to cook",
    "hous home lc",
    "cp",
    "+",
    co="ic",
)
m(
    "17, in a children's home, nobody has told me anything about staying close. is that a thing here",
    "lc hous",
    "q",
    "0",
    co="ic",
)
m(
    "my leaving care worker said I'd have a flat by 18 but I'm 18 in 2 weeks and there's nothing",
    "hous lc sw",
    "cx",
    "-",
    co="ic",
)
m("got my provisional licence and the council paid for it, cheers", "money act", "cp", "+")
m(
    "I'm a care leaver with autism and I need people to explain letters to me, not just send more",
    "health voice",
    "idea",
    "-",
)
m(
    "I've moved to a different council area for uni. Who is responsible for me now",
    "lc edu",
    "q",
    "0",
)
m(
    "the Christmas gift card from the leaving care team meant I could get my nephew a present",
    "money fam",
    "cp",
    "+",
)
m(
    "I found the independent living course boring but the bit about cooking on a budget was useful",
    "lc",
    "cm",
    "~",
)
m("i dont want my PA coming to my workplace, my boss doesnt know", "priv work sw", "cm", "0")
m(
    "renting privately as a care leaver is impossible, every agent wants a guarantor and 6 months upfront",
    "hous money",
    "cx",
    "-",
)
# ---------------------------------------------------------------------------
# Batch 18: concern-level messages, advocacy, more fictional contact details
# ---------------------------------------------------------------------------
band("8-11")
m(
    "I dont have anyone to play with at my new house and I feel sad every day",
    "home health",
    "wo",
    "-",
    "c:low_mood",
)
m(
    "a girl at school said she will tell everyone my mum is in prison if i dont give her my sweets",
    "edu safe priv",
    "wo",
    "-",
    "c:bullying",
)
m(
    "i went out of school at lunch and walked to the shops and didnt come back and everyone was looking for me",
    "safe edu",
    "cm",
    "~",
    "c:going_missing",
)
m(
    "my foster brother keeps saying nobody wants me and thats why i am here",
    "home health",
    "cx",
    "-",
    "c:bullying",
)
m(
    "please can you ring my carer Sandra on 07700 900302 she wants to talk about my school",
    "home edu",
    "q",
    "0",
)
band("11-17")
m(
    "i keep getting into fights at school, i dont know why i get so angry",
    "edu health",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "been skipping meals to save my allowance for a new phone",
    "health money dig",
    "cm",
    "0",
    "c:other_concern",
)
m(
    "my mates have started carrying knives 'for protection' and they say i should too",
    "safe",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "i've been staying up till 4am gaming every night and i can't get up for school",
    "dig health edu",
    "cm",
    "-",
    "c:other_concern",
)
m(
    "someone keeps adding me to group chats with people i don't know sending weird stuff",
    "dig safe",
    "q",
    "-",
    "c:other_concern",
)
m(
    "feel like i'm a different person at every placement, dont know who i actually am anymore",
    "ident health home",
    "wo",
    "-",
    "c:low_mood",
)
m(
    "i cant stop thinking about what happened before i came into care, it's on loop in my head",
    "health ident",
    "wo",
    "-",
    "c:low_mood",
)
m("i hate weekends, nobody texts me and i just stay in bed", "health fam", "cm", "-", "c:low_mood")
m(
    "I ran off from contact last week because I didn't want to go back to the carers. I came back on my own at 10",
    "safe home fam",
    "cm",
    "-",
    "c:going_missing",
)
m(
    "keep getting called names on the bus to school by the same group of year 10s",
    "safe edu",
    "wo",
    "-",
    "c:bullying",
)
m(
    "someone is spreading rumours about why i'm in care and everyone believes them",
    "safe priv edu",
    "wo",
    "-",
    "c:bullying",
)
m(
    "i used to go missing loads at my last place but since i moved here i don't feel the need",
    "safe home",
    "cm",
    "+",
    "c:going_missing",
)
m(
    "my new friend is 18 and has a car and takes me out after school. my carers don't know yet",
    "safe",
    "cm",
    "~",
    "c:other_concern",
)
m(
    "i want an advocate to help me say i don't want to go to my dad's for overnight contact",
    "voice fam",
    "adv",
    "-",
)
m(
    "can an advocate come to my PEP, the school keep deciding stuff without me",
    "voice edu",
    "adv",
    "-",
)
m(
    "i'd like someone from outside to help me tell my IRO i'm not happy at my placement",
    "voice home sw",
    "adv",
    "-",
)
m(
    "my number is 07700 900497, please get an advocate to text me, i want to change social worker",
    "voice sw",
    "adv",
    "-",
)
m(
    "its Leon Ashworth from Fernside. i want an advocate for my complaint about the room searches",
    "voice home priv",
    "adv",
    "-",
)
m(
    "i'm Nia, 13, my sw is Ben Hartley. i want help to ask if i can move in with my big sister at 33 Primrose Road ZZ6 1DE",
    "voice fam home",
    "adv",
    "~",
)
m("pls send the CiCC info to skye.w2010@example.com thanks", "voice", "q", "0")
m(
    "my carer Paula Greaves drove me to my trial at the academy at 6am, she's a legend",
    "home act",
    "cp",
    "+",
)
m(
    "I'm Josh Penrose, I'm at Hillcrest House, the new manager Ms Beaumont has made it so much better",
    "home",
    "cp",
    "+",
)
band("16-25")
m(
    "my PA is Kelly Ward, 07700 900688 is my new number, can you let her know cos my old phone got nicked",
    "sw dig",
    "q",
    "0",
)
m(
    "flat 11, Cooper House, Dyer Street ZZ4 8RB - the front door intercom has been broken for a month and anyone walks in",
    "hous safe",
    "cx",
    "-",
)
m(
    "Hi, it's Marcus Bell (care leaver, 23). I'd like an advocate for my complaint about my housing transfer",
    "voice hous",
    "adv",
    "-",
)
m(
    "can someone call me back on 07700 900144? I need help with my council tax bill, reference CT-ZZ-00481",
    "money",
    "q",
    "-",
)
m(
    "Thank you to Rhian at the leaving care team, she found me a place at 4 Wren Walk when I had nothing",
    "lc hous",
    "cp",
    "+",
)
m(
    "Im Tayo, i live at 19 Rosebay Court ZZ3 5EW, my neighbour upstairs plays music till 3am every night",
    "hous",
    "cx",
    "-",
)
m(
    "it's Jade Holloway, dob 09/02/2003. i need proof i was in care for my student finance form",
    "ident edu money",
    "q",
    "0",
)
m(
    "my email is aaron.k.leaver@example.net, can the forum dates be sent there not by post",
    "voice priv",
    "q",
    "0",
)
m(
    "I'm Natasha, 20, and I want to say Mr Hussain at Sixth Form was the reason I didn't drop out",
    "edu",
    "cp",
    "+",
)
m(
    "I was in a bad place last year and the crisis team helped. doing better but still wobbly some weeks",
    "health",
    "cm",
    "~",
    "c:low_mood",
)
m(
    "feel like a failure compared to my mates who have parents helping them",
    "health lc fam",
    "cm",
    "-",
    "c:low_mood",
)
m(
    "I've stopped taking my meds because I can't afford the prescriptions",
    "health money",
    "cm",
    "-",
    "c:other_concern",
)
m(
    "my boyfriend gets jealous when I see my friends, it's probably nothing",
    "safe fam",
    "q",
    "~",
    "c:other_concern",
)
m(
    "the man in the flat below keeps asking me in for drinks and won't take no for an answer, it's making me uneasy",
    "safe hous",
    "wo",
    "-",
    "c:other_concern",
)
m("i get followed round shops by security, it's because of how i look", "priv ident", "cx", "-")
m(
    "I'd like help from an advocate to get my records, the council keep saying they're 'being prepared' for a year",
    "ident voice",
    "adv",
    "-",
)
m(
    "I've got a meeting with my PA and housing about my arrears next week and I'd like an advocate there with me, I go blank when I'm stressed",
    "voice hous money",
    "adv",
    "-",
)
m(
    "Long story, but here goes. I left care at 18 after being in a children's home since I was 12. For the first year it was chaos: I lost my first flat because I let friends stay and they trashed it, I was sofa surfing, I fell out with my PA because I felt judged, and I stopped answering anyone. What turned it around was a new PA who turned up at my mate's house with a bacon sandwich and didn't lecture me. She got me into a supported flat, then a college course in plumbing, then an apprenticeship. I'm 22 now, I've got my own tenancy and I'm nearly qualified. I want the council to know that the people make the difference, not the forms. Please let PAs have smaller caseloads so they can actually do what mine did. And please, when someone stops answering, don't close the case, keep turning up. I'd happily speak to new PAs about this if it would help",
    "lc sw hous",
    "idea",
    "~",
)
# ---------------------------------------------------------------------------
# Batch 19: all ages, privacy and being a "care kid", phones and being online,
# identity and my file, leaving care; mixed and neutral voices, complaints,
# ideas and plain news
# ---------------------------------------------------------------------------
band("8-11")
m(
    "my frend asked why my mum has a diffrent name to me and i said shes my carer",
    "priv fam",
    "cm",
    "0",
)
m(
    "at school they gave me a special card for breakfast club and the other kids dont have one. i dont want it",
    "priv edu",
    "cx",
    "-",
)
m("can my social worker see me at home not at school becos people stare", "priv sw edu", "q", "-")
m(
    "my teacher said im brave for being in care. i dont want to be brave i just want to be normal",
    "priv edu",
    "cm",
    "-",
)
m("Jayden told evryone I am a foster kid and now they all ask me questons", "priv edu", "cx", "-")
m("i like it that nobody at my new school knows about me being in care", "priv edu", "cm", "+")
m(
    "why do i need a letter from my social worker to go on the school trip when my frends just go",
    "priv edu act",
    "q",
    "-",
)
m(
    "my carer lets me chose who i tell about foster care. i only told my best frend Amelia",
    "priv home fam",
    "cm",
    "+",
)
m("there should be a nicer name for us not looked after child", "priv", "idea", "0")
m(
    "Mrs Khan put a sticker on my reading record that says LAC and I want it taken off",
    "priv edu",
    "cx",
    "-",
)
m(
    "at parents evening my teacher asked my carer is she behaving at home like I am naughty because I am in care",
    "priv edu",
    "cx",
    "-",
)
m(
    "my foster sister goes to my school and she is nice she dosnt tell anyone",
    "priv home edu",
    "cp",
    "+",
)
m("does my teacher know i have a social worker", "priv edu sw", "q", "0")
m("can i have a phone for my birthday i am 10 and I will be carefull", "dig", "q", "0")
m(
    "the ipad at my house has a timer and it goes off in the middel of my game",
    "dig home",
    "cx",
    "-",
)
m("i made a minecraft house with a pool and a secret room and a cat", "dig act", "cm", "+")
m("my carer Jen lets me video call my nan every sunday on her phone", "fam dig home", "cp", "+")
m("the wifi keeps going off and i cant watch my program", "dig home", "cx", "-")
m("why cant i have youtube i only want to watch slime videos", "dig home", "q", "-")
m("we got a new laptop at home and I can do my spelling games on it", "dig edu home", "cm", "+")
m("i dont like it when my carer looks thru my tablet. its my stuff", "dig priv home", "cx", "-")
m(
    "it would be good if all the kids in care got a tablet so we can do homework",
    "dig edu",
    "idea",
    "0",
)
m("my big brother is on tiktok but i am not aloud", "dig fam", "cm", "-")
m("my carer keeps the ipad charger in the kitchen", "dig home", "cm", "0")
m(
    "in computing we made a robot move on the screen it was fun but really hard",
    "edu dig",
    "cm",
    "~",
)
m("i dont know if I am allowed to say my address on the internet", "dig safe", "q", "0")
m("i want to know what my name means. my mum picked it", "ident fam", "q", "0")
m("my carer learned how to do my cornrows from a video and they look good", "ident home", "cp", "+")
m(
    "i need the right cream for my skin it gets dry and ashy and we only have the normal one",
    "ident health home",
    "cx",
    "-",
)
m("can somebody take me to the gurdwara on sundays, my dad used to", "ident fam", "q", "0")
m("I have a life story book but some pages are empty. who can fill them in", "ident", "q", "0")
m("my sw showed me a photo of the hospital where i was born", "ident sw", "cm", "+")
m("I speak urdu at contact with my mum and english at home. I like both", "ident fam", "cm", "+")
m("we did a family tree at school and i didnt know what to put", "ident edu fam", "cm", "-")
m(
    "i am the only brown one in my foster family and sometimes people look at us funny",
    "ident priv home",
    "cm",
    "-",
)
m(
    "i dont like it when they say my name wrong at school, its Oluwaseun not olly",
    "ident edu",
    "cx",
    "-",
)
m("can we do diwali at my foster house this year, we always did it at home", "ident home", "q", "0")
m("the school trip was fun but i got sick on the coach", "act health", "cm", "~")
m("I am happy I see my mum on saturday but sad it is only 1 hour", "fam", "cm", "~")
m("my new social worker brings biscuits but she always forgets my name", "sw", "cm", "~")
m("I got moved up in swimming but I lost my goggels", "act", "cm", "~")
m(
    "I broke my arm at trampoline club but I got a blue cast and evryone signed it",
    "health act",
    "cm",
    "~",
)
m("what time does the bot go to sleep", "", "q", "0")
m("I am 9 and I live with my nan and grandad", "home fam", "cm", "0")
m("who pays for my school uniform", "money edu", "q", "0")
m("we have a new boy at our house he is 7", "home", "cm", "0")
m("how long do i have to stay in foster care", "home voice", "q", "0")
m("today we had pasta for tea", "home", "cm", "0")
m("my carers son always gets the front seat and i never do", "home", "cx", "-")
m(
    "my social worker said she would bring my baby photos and she forgot AGAIN",
    "sw ident",
    "cx",
    "-",
)
m("the hot water is broken at our house and i had to have a cold bath", "home", "cx", "-")
m(
    "you should have a day where kids in care get to be the boss of the council",
    "voice",
    "idea",
    "+",
)
m("there should be a camp in the summer just for foster kids and there carers", "act", "idea", "+")
m(
    "it would be good if my social worker sent me a postcard when she is on holiday so I know she is coming back",
    "sw",
    "idea",
    "0",
)
m(
    "i think there should be a box at school where you can put your worrys in",
    "health edu",
    "idea",
    "0",
)
m(
    "I have to go to the hospital for my ears and I am a bit scared but my carer is coming with me",
    "health home",
    "wo",
    "~",
)
m("i keep waking up in the night thinking about my old house and my mum", "health fam", "wo", "-")
m("my carer makes me eat vegtables and i dont like them", "home health", "cx", "-")
m("my foster carer Dawn reads to me every night even when she is tired", "home", "cp", "+")
m("I want my own bedroom, I share with Kayden and he snores", "home", "cx", "-")
m(
    "some kids in my class wont let me play and they say its because i dont have a real mum",
    "priv edu safe",
    "wo",
    "-",
    "c:bullying",
)
m(
    "i feel sad all the time at the moment and i dont want to go to school",
    "health edu",
    "wo",
    "-",
    "c:low_mood",
)
m("can i have my freinds round for my birthday party at my house", "fam home", "q", "0")
m("why do we have to do meetings in the school holidays", "voice", "q", "-")
m("my social worker gave me a book about feelings it was ok", "sw health", "cm", "0")
m("its my birthday on friday and my mum might ring me. I hope she does", "fam", "cm", "~")
m("I like my new school uniform but the jumper is really itchy", "edu", "cm", "~")
m(
    "my mum came to contact this time but she was late so we only had a bit of time",
    "fam",
    "cm",
    "~",
)
m("the new boy at my house is funny but he takes my lego", "home", "cm", "~")
m("I got a phone for emergencys!! but it cant do games", "dig", "cm", "~")
m(
    "I moved into my new foster house today. it is big and I have my own room but I dont know where the toilet is yet",
    "home",
    "cm",
    "~",
)
m(
    "teachers should not say in front of the class that I have a meeting with my social worker",
    "priv edu",
    "idea",
    "0",
)
band("11-17")
m(
    "my head of year said in assembly 'some students have difficult home lives' and looked straight at me",
    "priv edu",
    "cx",
    "-",
)
m(
    "who exactly gets told im in care when i start college? want to know before i go",
    "priv edu",
    "q",
    "0",
)
m(
    "teachers go easy on me cos im in care and honestly it makes it worse, everyone notices",
    "priv edu",
    "cx",
    "-",
)
m(
    "my carer introduced me to her mates as 'our foster girl' instead of just my name",
    "priv home",
    "cx",
    "-",
)
m(
    "ngl it was nice when my form tutor asked me privately if i wanted people to know, instead of just assuming",
    "priv edu",
    "cp",
    "+",
)
m(
    "can the letters about my reviews come in a plain envelope, my mates see the post sometimes",
    "priv voice",
    "q",
    "0",
)
m(
    "i was the only one who needed a separate consent form for the france trip. sooo awkward",
    "priv edu act",
    "cx",
    "-",
)
m(
    "got told by a supply teacher 'oh you're the one in care' in front of the whole class. wtf",
    "priv edu",
    "cx",
    "-",
)
m(
    "it would be good if we got a say in what goes on the school system about us, who can see it and that",
    "priv edu voice",
    "idea",
    "0",
)
m(
    "my mates mum wont let her come round mine cos i live in a children's home. like what does she think happens here",
    "priv fam home",
    "cm",
    "-",
)
m("people at the skatepark call our house 'the naughty kids home'", "priv home", "cm", "-")
m(
    "i told my bf im in care and he was actually sweet about it, was stressing for nothing",
    "priv fam",
    "cm",
    "+",
)
m(
    "my sw keeps parking her car with the council logo right outside school",
    "priv sw edu",
    "cx",
    "-",
)
m(
    "why does my carer need permission to post a pic of me on her facebook",
    "priv dig home",
    "q",
    "0",
)
m(
    "its embarrassing that the taxi drops me at school with an escort, everyone thinks im a criminal",
    "priv edu",
    "cx",
    "-",
)
m(
    "in PSHE they did a lesson on fostering and everyone turned round to look at me",
    "priv edu",
    "cm",
    "-",
)
m(
    "i kinda want to tell my friends im in care but i dont know how they'll react",
    "priv fam",
    "wo",
    "~",
)
m("does my new school have to know why i'm in care or just that i am", "priv edu ident", "q", "0")
m(
    "can staff stop wearing their lanyards when they take us bowling, everyone clocks what it means",
    "priv home act",
    "cx",
    "-",
)
m(
    "proud of myself, i did a talk at the CiCC about the word LAC and the director actually listened",
    "priv voice",
    "cm",
    "+",
)
m(
    "a lad at school keeps saying 'go back to your care home' every time i answer a question, its been weeks",
    "priv edu safe",
    "wo",
    "-",
    "c:bullying",
)
m(
    "my girlfriend's dad said 'care kids are trouble' and now i'm not allowed round",
    "priv fam",
    "cm",
    "-",
)
m(
    "idea: give us a code word to leave class for meetings so it doesnt look obvious",
    "priv edu",
    "idea",
    "0",
)
m(
    "my review minutes had my mates full names in them, nobody asked them if that was ok",
    "priv voice",
    "cx",
    "-",
)
m(
    "my mate says if you tell this bot anything bad the police turn up, is that true",
    "priv voice",
    "q",
    "0",
)
m("wifi in the unit is so bad i have to stand in the hallway to load snap", "dig home", "cx", "-")
m(
    "can i get my own phone contract at 16 or does it have to be pay as you go",
    "dig money",
    "q",
    "0",
)
m(
    "my carers take our phones at 10 but they're on theirs all night lol make it make sense",
    "dig home",
    "cx",
    "-",
)
m(
    "would be sick if the home had a proper gaming setup in the lounge, we'd all chip in for games",
    "dig act home",
    "idea",
    "+",
)
m(
    "got a laptop from the virtual school, actually decent, doing all my coursework on it",
    "dig edu",
    "cp",
    "+",
)
m(
    "my phone screens been cracked for 2 months and nobody will say who pays to fix it",
    "dig money",
    "cx",
    "-",
)
m("is my carer allowed to read my messages", "dig priv home", "q", "0")
m(
    "i used to be on my phone all night but now i leave it downstairs and i actually sleep",
    "dig health",
    "cm",
    "+",
)
m("there should be wifi on the minibus, its 2 hours each way to contact", "dig fam", "idea", "0")
m("my PEP says i need a laptop but its been 3 months and still nothing", "dig edu", "cx", "-")
m(
    "is there an app for kids in care, like to see when your review is and who your sw is",
    "dig voice",
    "q",
    "0",
)
m(
    "staff turned the router off at 11 when i was mid ranked game and i lost loads of points",
    "dig home act",
    "cx",
    "-",
)
m(
    "people keep screenshotting my insta stories and posting them in the year group chat with mean captions",
    "dig safe edu",
    "wo",
    "-",
    "c:bullying",
)
m("love that we can text our sw now instead of waiting for her to ring", "dig sw", "cm", "+")
m(
    "my carers got me a second hand phone which is fine but it wont download half the apps",
    "dig home",
    "cm",
    "~",
)
m(
    "i want to do coding club after school but i dont have a computer at home to practise on",
    "dig edu act",
    "cm",
    "~",
)
m("you should do the CiCC meetings on discord so more of us can come", "dig voice", "idea", "+")
m("staff get wifi in the office all night but ours goes off at 10, not fair", "dig home", "cx", "-")
m("i deleted tiktok for a month and felt so much better tbh", "dig health", "cm", "+")
m("my foster carer doesn't get that my whole friendship group is online", "dig fam home", "cm", "-")
m("the parental control thing on my phone blocks the school website lol", "dig edu", "cm", "-")
m(
    "is it true kids in care can get free data? my mate in another area gets it",
    "dig money",
    "q",
    "0",
)
m(
    "can i have my own laptop for gcse revision or do i have to share with the others",
    "dig edu home",
    "q",
    "0",
)
m("i want to see my file but i'm scared what it says about my mum", "ident fam", "wo", "~")
m(
    "can i use my clothing allowance on a hairdresser who knows afro hair, the one round here doesnt",
    "ident money",
    "q",
    "0",
)
m(
    "i'm catholic and want to do my confirmation this year, my carers arent religious but said they'll take me",
    "ident home",
    "cm",
    "+",
)
m("why does my file say 'neglect' when my mum always fed us", "ident fam", "q", "-")
m(
    "did my life story work today, found out i lived in 4 houses before i was 2. mad",
    "ident sw",
    "cm",
    "~",
)
m("i'm half lithuanian and there's a saturday school in town, can i go", "ident edu", "q", "0")
m(
    "my carers always buy cocoa butter and the right shampoo without me asking, small thing but it means loads",
    "ident home",
    "cp",
    "+",
)
m(
    "during ramadan the night staff get up early to make my suhoor, respect to them fr",
    "ident home",
    "cp",
    "+",
)
m(
    "i want to know if i have any other brothers or sisters and nobody will give me a straight answer",
    "ident fam",
    "cx",
    "-",
)
m(
    "there should be a group for young people who are in care and also LGBT",
    "ident act",
    "idea",
    "0",
)
m(
    "not sure what my religion is anymore. was raised muslim, foster family is christian, i dunno",
    "ident home",
    "cm",
    "0",
)
m(
    "my sw made me a memory box with my hospital wristband from when i was born, didnt know it existed",
    "ident sw",
    "cp",
    "+",
)
m(
    "i keep getting asked 'where are you really from' at school and i dont even know the answer myself",
    "ident priv edu",
    "cm",
    "-",
)
m(
    "can someone help me write to my birth dad? the life story worker said i can but not how",
    "ident fam sw",
    "q",
    "0",
)
m(
    "would it be allowed to do one of those DNA tests to find out where my family comes from",
    "ident",
    "q",
    "0",
)
m(
    "my real birthday is different to the one on my papers, its a whole thing, who do i talk to",
    "ident",
    "q",
    "0",
)
m(
    "going to carnival with my auntie was the first time i felt like i properly belonged somewhere",
    "ident fam act",
    "cm",
    "+",
)
m(
    "i'm sick of being the one who has to teach every new carer about my hair and skin",
    "ident home",
    "cx",
    "-",
)
m("im 15 and already stressing about having to leave at 18", "lc", "wo", "-")
m("whats a pathway plan? my sw mentioned it and i just nodded", "lc", "q", "0")
m(
    "my carers said they'll do staying put for me and i actually cried, didnt think anyone would want me after 18",
    "lc home",
    "cm",
    "+",
)
m(
    "the independence stuff at my home is just making toast. i need to learn bills and that",
    "lc home",
    "cx",
    "-",
)
m(
    "you should start teaching us to cook and budget at like 14 not a month before we leave",
    "lc",
    "idea",
    "0",
)
m("moved schools, new one is way better but i dont know anyone yet", "edu", "cm", "~")
m("contact with dad was good but it ended in an argument about my mum", "fam", "cm", "~")
m("i passed my maths mock!! failed english tho lol", "edu", "cm", "~")
m("my sw is leaving. she was annoying sometimes but ngl i'll miss her", "sw", "cm", "~")
m(
    "carers are taking us to spain in summer, buzzing, but my passport still isnt sorted",
    "act home",
    "cm",
    "~",
)
m(
    "got into the county team, proud but training is miles away and nobody can drive me",
    "act",
    "cm",
    "~",
)
m("the new house rules are stricter but tbh the house is calmer now", "home", "cm", "~")
m("i like the CAMHS lady but i hate talking about feelings", "health", "cm", "~")
m(
    "my little sister got adopted. happy she has a family but it means i wont see her much",
    "fam",
    "cm",
    "~",
)
m("how many reviews do i have a year", "voice", "q", "0")
m("my review is on tuesday at 4", "voice", "cm", "0")
m("moving to a new foster placement on the 12th", "home", "cm", "0")
m("is the CiCC only for certain ages", "voice", "q", "0")
m("do i still get pocket money when im on holiday with my carers", "money home", "q", "0")
m("my sw is called Imran and he visits every 6 weeks", "sw", "cm", "0")
m("who decides if i can go on a sleepover, my carer or my sw", "fam home", "q", "0")
m("i have a PEP meeting tomorrow", "edu", "cm", "0")
m("im in year 9 and live in a residential home with 3 other lads", "home", "cm", "0")
m("can i choose my gcse options myself or does my carer decide", "edu voice", "q", "0")
m(
    "my clothing allowance came 2 months late and i had to wear school shoes with holes in",
    "money edu",
    "cx",
    "-",
)
m(
    "staff keep cancelling our outings cos they're short staffed, 3 times this month",
    "home act",
    "cx",
    "-",
)
m(
    "i asked my iro to change my contact days, she said yes and then nothing happened",
    "sw fam voice",
    "cx",
    "-",
)
m(
    "the shower in our bathroom has been broken 3 weeks and staff just keep saying its reported",
    "home",
    "cx",
    "-",
)
m("my sw moved my visit to the middle of my exam. like do you even check", "sw edu", "cx", "-")
m(
    "there should be a youth club just for kids in care, somewhere nobody asks questions",
    "act priv",
    "idea",
    "+",
)
m(
    "it would be good if new carers had to meet us before we move in, not on the day",
    "home",
    "idea",
    "0",
)
m(
    "iros should come to the house for a chat before the review so we know who they are",
    "sw voice",
    "idea",
    "0",
)
m(
    "would be sick if the council did a gym membership for everyone 14+ in care",
    "act health money",
    "idea",
    "+",
)
m(
    "maybe put the complaints form on the bot, nobody knows where the paper one is",
    "voice dig",
    "idea",
    "0",
)
m("my foster carer had a baby so theres 5 of us now", "home", "cm", "0")
m(
    "been getting panic attacks before school, the nurse put a breathing app on my phone, it kinda helps",
    "health edu dig",
    "cm",
    "~",
)
m("CAMHS waiting list is 9 months. i asked for help in september", "health", "cx", "-")
m(
    "got braces today, my teeth are killing me lol but the orthodontist was nice",
    "health",
    "cm",
    "~",
)
m("not sleeping properly since the move, just lie awake thinking", "health home", "wo", "-")
m(
    "i feel low most days and i dont really enjoy anything anymore, been like this since christmas",
    "health",
    "wo",
    "-",
    "c:low_mood",
)
m("the new staff member Kezia is sound, she actually sits and talks with us", "home", "cp", "+")
m("my placement is ending cos my carers are retiring. they've been good to me", "home", "cm", "~")
m(
    "a random account keeps following me on every app, i block it and it comes back with a new name",
    "dig safe",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "spent my whole allowance on loot boxes again, i cant stop",
    "dig money health",
    "cm",
    "-",
    "c:other_concern",
)
m(
    "i want an advocate to help me get my phone back, staff have had it 2 weeks",
    "voice dig home",
    "adv",
    "-",
)
m(
    "can someone come with me to tell school i dont want every teacher knowing im in care",
    "voice priv edu",
    "adv",
    "-",
)
m(
    "my sw finally got me my birth certificate, took a year but at least i have it",
    "ident sw",
    "cm",
    "~",
)
m(
    "told my best mate im in care, she was fine about it but then told her mum which wasnt ok",
    "priv fam",
    "cm",
    "~",
)
m("got my phone back after a week, glad but still think it was well harsh", "dig home", "cm", "~")
m("the laptop school lent me is slow but at least i can do my homework now", "dig edu", "cm", "~")
m(
    "my carers are doing my hair now, still learning, the parting is wonky but they're trying",
    "ident home",
    "cm",
    "~",
)
m(
    "kinda nervous about turning 16 and getting a new worker, kinda excited to have more say tho",
    "lc sw",
    "cm",
    "~",
)
m(
    "found my mum's old facebook, she looks happy in the pics. made me glad and sad at the same time",
    "ident fam dig",
    "cm",
    "~",
)
m("good review today, my iro listened, shame my sw didn't turn up", "voice sw", "cm", "~")
m(
    "being in the children's home means i get my own room but i never get any peace",
    "home",
    "cm",
    "~",
)
m(
    "new school put me in top set which is good but they keep checking on me like im gonna kick off",
    "edu priv",
    "cm",
    "~",
)
m(
    "there should be one phone policy for every home, not different rules everywhere you get moved",
    "dig home",
    "idea",
    "0",
)
m("you should do life story stuff with teenagers too, not just little kids", "ident", "idea", "0")
m(
    "schools should have a private room for kids in care to meet their sw so nobody sees",
    "priv edu sw",
    "idea",
    "0",
)
m(
    "you should teach foster carers about tiktok and snap so they dont just ban everything",
    "dig home",
    "idea",
    "0",
)
m(
    "make a list of local barbers and hairdressers who do afro and textured hair and give it to every carer",
    "ident home",
    "idea",
    "0",
)
band("16-25")
m("my pathway plan says 'to be discussed' in every box. discussed when??", "lc", "cx", "-")
m(
    "how do i find the local offer for my council, the link on the letter doesnt work",
    "lc dig",
    "q",
    "-",
)
m(
    "staying put ended last month, im in my own place now and its going ok, miss the family dinners though",
    "lc hous",
    "cm",
    "~",
)
m("does the leaving care grant run out if i dont use it all before i move", "lc money", "q", "0")
m(
    "used my setting up home grant on a washing machine and a bed, no more laundrette",
    "lc money hous",
    "cm",
    "+",
)
m("the local offer says free gym but the gym has never heard of it", "lc act", "cx", "-")
m(
    "my pathway plan review is at the same time as my shift, can we move it? text me on 07700 900731",
    "lc work",
    "q",
    "0",
)
m(
    "honestly the leaving care team have been better than I expected, my PA rings back the same day",
    "lc sw",
    "cp",
    "+",
)
m(
    "no one told me i could stay put, found out from a mate after I'd already moved out",
    "lc",
    "cx",
    "-",
)
m(
    "it would be good if the local offer was an app with a map of what's near you",
    "lc dig",
    "idea",
    "0",
)
m(
    "there should be a leaving care grant top up for people whose stuff got ruined in a bad flat",
    "lc money hous",
    "idea",
    "0",
)
m(
    "I'm 17 and in supported lodgings, what happens with my pathway plan when I turn 18",
    "lc",
    "q",
    "0",
    co="ic",
)
m(
    "had my first pathway plan meeting, mostly fine but I didn't get to say much",
    "lc voice",
    "cm",
    "~",
)
m(
    "staying put ends when I start uni but my carers said I can come back in the holidays which is massive",
    "lc home edu",
    "cm",
    "+",
)
m(
    "my PA didn't know what the local offer said about council tax, I had to show her",
    "lc sw money",
    "cx",
    "-",
)
m(
    "are driving lessons part of our local offer or is that just other councils",
    "lc money",
    "q",
    "0",
)
m(
    "you should let us update our pathway plan ourselves online instead of waiting for a meeting",
    "lc dig voice",
    "idea",
    "0",
)
m(
    "I'm 24 and my PA support ends in a few months. I feel ready mostly but it's a bit scary",
    "lc sw",
    "cm",
    "~",
)
m(
    "my semi-independent provider spent my leaving care grant on stuff i didn't choose",
    "lc money hous",
    "cx",
    "-",
)
m("the leaving care drop in on tuesdays is the only place i feel normal", "lc health", "cm", "~")
m(
    "staying put should be for people in residential homes too, not just foster care",
    "lc home",
    "idea",
    "0",
)
m(
    "local offer says care leavers get a free passport but nobody at the office knows how to apply",
    "lc",
    "cx",
    "-",
)
m(
    "what's the cut off for the leaving care grant? I'm 21 and never claimed mine",
    "lc money",
    "q",
    "0",
)
m("the local offer booklet is 40 pages of tiny writing, nobody reads it", "lc", "cx", "-")
m(
    "no wifi in my new flat for 6 weeks while they install it, doing everything on my phone data",
    "dig hous",
    "cx",
    "-",
)
m("can the council help with broadband, i need it for my online course", "dig edu money", "q", "0")
m(
    "my phone got cut off for missing a payment and now i cant do my UC journal",
    "dig money",
    "wo",
    "-",
)
m("got a refurbished laptop through the care leavers scheme, does the job", "dig lc", "cp", "+")
m(
    "would be good if the leaving care team had a whatsapp number instead of a landline nobody answers",
    "dig lc sw",
    "idea",
    "0",
)
m(
    "i use the library computers for job applications but they kick you off after an hour",
    "dig work",
    "cx",
    "-",
)
m(
    "my tenancy sign up was all online and i had no laptop, did it on a cracked phone",
    "dig hous",
    "cx",
    "-",
)
m(
    "online banking is so much easier than I thought, finally feel on top of my money",
    "dig money",
    "cm",
    "+",
)
m(
    "trying to stay off social media, seeing everyone with their families at christmas gets to me",
    "dig health fam",
    "cm",
    "-",
)
m(
    "does the council have a scheme for cheap phone contracts? my credit is bad from when i was 18",
    "dig money",
    "q",
    "0",
)
m(
    "my old foster carers' kids still like all my insta posts, nice to know they're still around",
    "dig fam",
    "cm",
    "+",
)
m("can you apply for the care leaver bursary online or is it paper", "money edu dig", "q", "0")
m(
    "HR at my new job asked why i'm on the care leaver scheme in front of the other starters",
    "priv work",
    "cx",
    "-",
)
m("do i have to put that i was in care on my tenancy application", "priv hous", "q", "0")
m("the council sent my PA's notes about me to my landlord by mistake", "priv hous sw", "cx", "-")
m(
    "love that my uni's care leaver support is discreet, just an email and a named person",
    "priv edu",
    "cp",
    "+",
)
m(
    "sometimes i want people to know i was in care so they get why i'm like i am, other times i'd rather nobody ever found out",
    "priv",
    "cm",
    "~",
)
m(
    "my flatmate googled the supported housing place and now she treats me like i'm fragile",
    "priv hous",
    "cm",
    "-",
)
m(
    "i told my midwife i was in care and she wrote it in massive letters on the front of my notes",
    "priv health",
    "cx",
    "-",
)
m("can my GP see my care records or are they separate", "priv health ident", "q", "0")
m(
    "my council tax bill prints 'care leaver exemption' on it and my partner's name is on it too",
    "priv money",
    "cx",
    "-",
)
m(
    "you should give us a care leaver card so we dont have to explain our whole history at every office",
    "priv lc",
    "idea",
    "0",
)
m("college put me in a 'vulnerable learners' group without asking me", "priv edu", "cx", "-")
m(
    "i like that the care leavers hub doesn't have a sign outside, you can just walk in",
    "priv lc",
    "cm",
    "+",
)
m(
    "my boss found out i'm a care leaver from my bank details form and now keeps asking if i'm 'coping'",
    "priv work",
    "cm",
    "~",
)
m("finally got my care file, it's 400 pages and I don't know where to start", "ident", "cm", "~")
m("my file has my name spelt wrong all the way through and i want it corrected", "ident", "cx", "-")
m(
    "reading my records with a counsellor next week, nervous but I think it's time",
    "ident health",
    "cm",
    "~",
)
m("is there anyone who can help me trace my birth dad, I'm 22", "ident fam", "q", "0")
m("I found out from my file I was christened. nobody ever told me", "ident", "cm", "-")
m(
    "can i get a copy of my birth certificate through the leaving care team or do I pay for it myself",
    "ident lc money",
    "q",
    "0",
)
m(
    "learning Yoruba on an app, it's my mum's language, want to speak it when I meet my nan",
    "ident fam dig",
    "cm",
    "+",
)
m(
    "started locs, first time I've had control of my own hair. only took 20 years lol",
    "ident",
    "cm",
    "+",
)
m(
    "it'd be good if the council did a session on care records, what's in them and how to read them",
    "ident",
    "idea",
    "0",
)
m(
    "there should be money in the local offer for hair and skin products, afro hair stuff is not cheap",
    "ident money lc",
    "idea",
    "0",
)
m("my life story book stopped when I was 7. nothing about the next 10 years", "ident", "cx", "-")
m(
    "i'm a care leaver from afghanistan, i want to find people from my village who live here",
    "ident fam",
    "q",
    "0",
)
m(
    "started going back to church, it's something from before care that's still mine",
    "ident",
    "cm",
    "+",
)
m("my surname is my mum's ex's and i want rid of it", "ident", "cm", "-")
m("half my records are about my brothers not me, why are they in my file", "ident priv", "q", "-")
m("uni is amazing but the money stress is constant", "edu money", "cm", "~")
m("new PA seems nice, time will tell, the last one ghosted me", "sw", "cm", "~")
m("flat is finally mine, it's tiny and the boiler is dodgy but it's mine", "hous", "cm", "~")
m("got the apprenticeship!!! pays rubbish though", "work money", "cm", "~")
m(
    "christmas with my old foster family was lovely but leaving at the end was hard",
    "fam",
    "cm",
    "~",
)
m("I'm off antidepressants now, some days are still rough but mostly good", "health", "cm", "~")
m("failed my driving test but only by 2 minors, rebooked already", "act", "cm", "~")
m("I'm 19, living in a council flat, working part time at a garage", "hous work", "cm", "0")
m("how do I register with a dentist after moving areas", "health", "q", "0")
m("if I move to Scotland for work does my PA support carry on", "sw lc work", "q", "0")
m("does universal credit count my apprentice wage", "money work", "q", "0")
m(
    "I'm moving flat on the 3rd, new address is Flat 6, 21 Larchfield Road ZZ2 4PL",
    "hous",
    "cm",
    "0",
)
m(
    "is there an email for the council's care leaver apprenticeships? mine is jordan.ayo99@example.com if someone can send it",
    "work lc",
    "q",
    "0",
)
m("is there a deadline to apply for the higher education bursary", "money edu lc", "q", "0")
m("my rent is paid straight to the landlord from UC", "hous money", "cm", "0")
m("what's the number for the out of hours housing team", "hous", "q", "0")
m("my repair request for the leaking sink has been open since march", "hous", "cx", "-")
m("PA cancelled again with 10 mins notice, that's 3 times now", "sw", "cx", "-")
m(
    "I was promised my leaving care grant payment by friday and it's now wednesday the week after",
    "lc money",
    "cx",
    "-",
)
m("the supported accommodation wont let my girlfriend stay over and i'm 20", "hous fam", "cx", "-")
m("got sanctioned because the jobcentre letter went to my old foster address", "money", "cx", "-")
m("council moved me to a flat 2 buses from my college without asking", "hous edu", "cx", "-")
m("you should have care leavers on the interview panel for new PAs", "sw voice", "idea", "0")
m(
    "there should be a savings scheme where the council matches what care leavers put in",
    "money lc",
    "idea",
    "0",
)
m("it would help if the benefits advice was at the hub not across town", "money lc", "idea", "0")
m(
    "idea: a tool library at the hub so we can borrow a drill instead of buying one for one shelf",
    "lc hous",
    "idea",
    "+",
)
m(
    "could the council do free first aid and food hygiene certificates for care leavers, it helps with getting jobs",
    "work lc",
    "idea",
    "0",
)
m(
    "went to the care leavers forum for the first time, didn't say much but listened",
    "voice lc",
    "cm",
    "0",
)
m("just paid off the last of my rent arrears", "hous money", "cm", "+")
m(
    "waited 4 months for a therapy referral and then they said I'm not 'complex enough'",
    "health",
    "cx",
    "-",
)
m("got a gym membership through the local offer, going 3 times a week", "health lc act", "cm", "+")
m(
    "struggling to get out of bed most days since I moved into my own flat, everything feels grey",
    "health hous",
    "wo",
    "-",
    "c:low_mood",
)
m(
    "i'm drinking more than i should on my own in the flat, not every night but most",
    "health hous",
    "cm",
    "-",
    "c:other_concern",
)
m(
    "borrowed off a loan app three times this month to cover food shopping, the interest is mad",
    "money dig",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "my ex keeps messaging from new numbers even though i've blocked him, it's not threatening just constant",
    "dig safe",
    "wo",
    "-",
    "c:other_concern",
)
m(
    "I want an advocate for my pathway plan review, they keep writing what they think not what I say",
    "voice lc",
    "adv",
    "-",
)
m(
    "can someone help me challenge the leaving care grant decision, they said I 'used it up' but I never got half of it",
    "voice lc money",
    "adv",
    "-",
)
m(
    "i'm 17 in semi independent and my keyworker wants me to share my location on my phone, is that allowed",
    "dig priv hous",
    "q",
    "0",
    co="ic",
)
m(
    "staying put has been amazing but i feel like a lodger sometimes, not family",
    "lc home",
    "cm",
    "~",
)
m(
    "my PA sorted my leaving care grant fast, shame the furniture place took 6 weeks to deliver",
    "lc money",
    "cm",
    "~",
)
m("got my first payslip, felt proud for about 5 mins then paid rent lol", "work money", "cm", "~")
m(
    "the care leavers christmas do was nice but it made me miss having a proper family",
    "lc fam health",
    "cm",
    "~",
)
m(
    "my file answered stuff about my dad i always wondered but now i've got questions nobody can answer",
    "ident fam",
    "cm",
    "~",
)
m(
    "moved to a new area for work, no one knows my past here which is freeing but lonely",
    "priv health work",
    "cm",
    "~",
)
m(
    "my new flat has wifi included which is a win, but the signal only works in the kitchen",
    "dig hous",
    "cm",
    "~",
)
m(
    "uni's been good about me being care experienced, almost too good, they keep emailing me 'support' stuff",
    "priv edu",
    "cm",
    "~",
)
m(
    "I'm doing a lot better than last year. still get lonely but I've got a routine now",
    "health",
    "cm",
    "~",
)
m(
    "got my national insurance number sorted, jobcentre was helpful for once, the queue was 2 hours though",
    "money work",
    "cm",
    "~",
)
m(
    "pathway plan finally has my uni plans in it. took 3 meetings but we got there",
    "lc edu",
    "cm",
    "~",
)
m(
    "the leaving care team should text a reminder before the grant deadline, half of us miss it",
    "lc money dig",
    "idea",
    "0",
)
m(
    "pathway plans should be one page with actual dates on, not 20 pages of waffle",
    "lc",
    "idea",
    "-",
)
m("you should let care leavers see who has looked at their records", "priv ident", "idea", "0")
m(
    "it'd help if my PA could do check ins on video while i'm at uni instead of me coming home",
    "sw dig edu",
    "idea",
    "0",
)
m(
    "council should run a first flat weekend, like how to bleed a radiator and read the meter",
    "lc hous",
    "idea",
    "0",
)


# ---------------------------------------------------------------------------
# Assembly: ids, fixed split, output
# ---------------------------------------------------------------------------
OUT = Path(__file__).with_name("labelled_messages.jsonl")
TEST_EVERY = 5  # one message in five goes to test ...
TEST_OFFSET = 2  # ... the 3rd, 8th, 13th, ... of each stratum


def stratum(rec: dict) -> str:
    """Urgent and concern messages are stratified by reason, the rest by first theme."""
    if rec["risk"] != "none":
        return f"{rec['risk']}:{rec['risk_reason']}"
    return rec["themes"][0] if rec["themes"] else "(no theme)"


def frozen_splits() -> dict[str, str]:
    """Splits already published in the JSONL, keyed by text; they never change."""
    if not OUT.exists():
        return {}
    frozen = {}
    with OUT.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                frozen[rec["text"]] = rec["split"]
    return frozen


def build() -> list[dict]:
    frozen = frozen_splits()
    seen: dict[str, int] = {}
    out = []
    for n, rec in enumerate(_RECORDS, start=1):
        key = stratum(rec)
        k = seen.get(key, 0)
        seen[key] = k + 1
        split = "test" if k % TEST_EVERY == TEST_OFFSET else "train"
        split = frozen.get(rec["text"], split)
        out.append({"id": f"m{n:04d}", **rec, "split": split})
    return out


def main() -> int:
    texts = [r["text"] for r in _RECORDS]
    if len(set(texts)) != len(texts):
        dupes = sorted({t for t in texts if texts.count(t) > 1})
        print("duplicate texts:", *dupes, sep="\n  ", file=sys.stderr)
        return 1
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_test = sum(r["split"] == "test" for r in records)
    print(f"wrote {len(records)} messages ({n_test} test) to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

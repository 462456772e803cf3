"""Harm told as past: an urgent reading the rules are unsure of is left to the model, and
lowered to a concern only when the model agrees; the reading never lowers harm that is back,
recent, dated only by a verb, or a threat (an independent review's cases are the bar)."""

from __future__ import annotations

import pytest

from core.analysis import RiskLevel
from nlp.risk import PAST_AND_OVER, RiskScreen
from nlp.risk_context import TOLD_NOW, TOLD_OVER, TOLD_PAST

# Dated in their own sentence, and over or long ago: the rules alone call them urgent, the
# model judges them past.
LOWERED = [
    ("can i read my file about the neglect from when i was little? i want to understand it"),
    ("years ago i slept rough for a month but i have my own place now and its lovely"),
    ("used to run lines when i was 15, got out of it with help from the youth offending team"),
    (
        "my NRM decision came back positive for the county lines stuff last year, what does that"
        " mean now?"
    ),
]

# Dated in their own sentence and said to be over: a concern by the rules alone.
PAST_BY_RULES = [
    "i had a really dark time in year 10 and tried to end it. im at uni now and doing much better",
    "in 2019 i took an overdose and ended up in hospital. im doing so much better now and"
    " i have my own flat",
    "in year 10 i went to the bridge and stood on the edge. camhs helped me so much and "
    "im doing better",
    "i made a noose during lockdown. i got help and im in a good place now",
    "i wrote goodbye letters in year 9 and my teacher found them. im doing so much better now",
    "i tried to drown myself at 15. counselling helped a lot and im doing better now",
]

# An independent review wrote these to break the reading; each had been lowered. A recovery
# told beside harm that is happening, back, recent or threatened is no recovery.
STAY_URGENT = [
    "i was in an abusive relationship when i was 17. im 19 now and doing so much better, "
    "i got help and therapy helped loads. he found out where i live and he was waiting "
    "outside",
    "my mum used to hurt me when i was small. im 14 now and doing much better, i feel "
    "settled. she found my address and she came to my foster home and tried to take me",
    "my last placement the carer used to hit me. i am doing so much better now, my new "
    "carers helped loads. she found out where i live and she came to the door shouting",
    "my dad used to beat my mum and me. im 15 now and doing so much better, my foster "
    "carers helped loads. he got out of prison and he found out where i live",
    "i was groomed when i was 13. im 16 now. he sent me a message saying he was coming for me",
    "my ex was violent when i was 18. i got help and im in a much better place now. he "
    "sent me a message saying he was coming for me",
    "when i was younger my uncle abused me. im 15 now and doing so much better, my foster"
    " carers really helped. he sent me a message saying he was coming for me",
    "i was groomed online when i was 12. im 15 and doing way better, camhs helped loads. "
    "he got out of prison and found out where i live",
    "i used to sell drugs for a gang when i was 14. im 17 now and doing so much better, "
    "my yot worker helped loads. they found me and said i owe them 2 grand",
    "i was groomed when i was 13. im 17 now and doing so much better, my sw helped loads."
    " he said i was his and he was coming for me",
    "my ex used to hit me. im 20 now and doing so much better, my support worker helped "
    "loads. he said he would send my nudes to everyone",
    "when i was 14 a man groomed me. im 17 now and much better, therapy helped a lot. he "
    "said he would share the pics if i didnt come",
    "my mum tried to drown me when i was a baby. the court said she was getting me and my"
    " sister home next month",
    "my counsellor helped me loads with my depression. im doing so much better. i took a "
    "load of pills before i came on here",
    "my dad used to hit me when i was little. im 15 now and doing so much better, my "
    "foster carers helped loads. he tried to drag me into his car",
    "my ex was violent when i was 18 but i moved on and im 21 now. he got out of prison "
    "and found out where i live",
    "i used to think i was safe now he was in prison. he got out and found out where i live",
    "i was trafficked to the uk when i was 15. i am 19 now and doing better, the charity "
    "helped me a lot. the man who brought me found out where i live",
    "my old boyfriend was abusive when i was 16. im 19 now and i moved on. he got out of "
    "prison and sent me a message saying he was coming for me",
    "my ex was violent when i was 19. im 23 and doing so much better, women's aid helped "
    "loads. he said he would kill me if i didnt drop the charges",
    "when i was younger my brother abused me. im 16 now and doing much better, my "
    "counsellor helped loads. he got out of the young offenders and found out where i "
    "live",
    "camhs really helped me and i moved on. i got a rope and went to the woods",
    "my therapist helped me a lot and im doing so much better. i made a noose in my wardrobe",
    "my counsellor helped me loads with my depression. i moved on. i went to the bridge "
    "and stood on the edge",
    "i had a good year. im doing so much better. i went to the train station and stood on"
    " the edge of the platform",
    "i had a good year and im doing so much better. i took a whole box of tablets and i feel sick",
    "my mentor helped me a lot and i moved on. i went to the top of the car park and "
    "stood on the ledge",
    "i was getting through it, my counsellor helped loads. i took 40 tablets and i cant "
    "stop being sick",
    "me i am better, teacher helped me a lot. i went to the river and stood at the edge "
    "for long time",
    "i had a good year in my new placement. i made a noose with my school tie",
    "my counsellor helped loads. i tried to strangle myself with my charger cable",
    "my sister got help for her depression and shes doing so much better. i made a noose "
    "in my wardrobe",
    "everyone thinks im doing so much better. i made a noose and i tested it",
    "i told my carers i was fine now. i made a noose in my wardrobe",
    "i was groomed when i was 13. im 16 now. last friday he sent me a message saying he "
    "was coming for me",
    "my ex was violent when i was 18. im 21 now and i moved on. sat just gone he got out "
    "of prison and found out where i live",
    "my therapist helped me a lot. i had a good year. 20 mins ago i made a noose in my wardrobe",
    "i had a good year and im doing so much better. half an hour ago i took a whole box "
    "of tablets and i feel sick",
    "my ex used to hit me. im 20 now and doing so much better, my support worker helped "
    "loads. over the weekend he said he would send my nudes to everyone",
    "i overdosed ages ago. i'm better now but i took a load of pills before i came on "
    "here and i feel weird",
    "things are much better with my carers but my boyfriend who is 25 wants me to send nudes",
    "a year ago i was in foster care, now i am 18 and sleeping on the streets with nowhere to go",
    "i was doing so much better, i got help from my gp. i took 2 boxes of paracetamol and i "
    "feel really sleepy",
    "i thought i was over it all but i made a noose in my wardrobe",
    # someone else's recovery is no clean streak of the child's
    "my best mate got through it and moved on. i got a rope and went to the woods",
    "my carer told me she was in care and she got through it. i made a noose out of my "
    "dressing gown belt",
    "i was sexually abused when i was younger. it was my brother and he shares my room",
    "he groomed me when i was 13. he has found my new address",
    "i was in hospital for my mental health last year. im doing so much better. i took 20 "
    "paracetamol after tea",
    "i used to self harm when i was 13 but counselling helped a lot. i took a whole packet of "
    "paracetamol this afternoon",
]


# An independent review wrote these to make the past readings over-fire: ordinary days,
# "after school", "going home to my foster mum", "now that im older". They stay calm.
CALM = [
    "my dad used to hit me when i was little. im 15 now and really happy with my foster "
    "carers. we are going to the beach on saturday",
    "i moved placement on monday and its so much better here. my old carer used to hit me "
    "with a belt",
    "i used to self harm when i was 13. im 16 now and doing loads better. i start college on "
    "monday!!",
    "on monday i told my new social worker about my mum hitting me when i was little. she was"
    " really nice about it and im safe now",
    "when i was 9 my stepdad beat me up. i'm 17 now, living with my nan and I go to football "
    "at the weekend",
    "my ex used to hit me. i'm 20 now and i've got my own flat, my mates are coming round on "
    "friday",
    "on sunday it was the anniversary of when i tried to kill myself. im doing so much better tho",
    "on friday i had my review and we talked about when i used to cut myself. everyone said "
    "how well im doing now",
    "on wednesday i went to the dentist. years ago i would of self harmed before going "
    "somewhere scary but now i use my coping box",
    "i had a panic attack on thursday in maths. it reminded me of when my dad used to beat "
    "me. im safe now tho",
    "on saturday i went shopping with my carer. i used to starve myself in year 8 but i eat "
    "proper now",
    "i used to think about killing myself when i was 14. i'm 18 now and on friday i got my "
    "uni offer!!",
    "my last placement the staff used to drag me to my room. i moved on thursday and the new "
    "place is much better",
    "im 22 now. my stepdad sexually abused me when i was 9. he went to prison for it. on "
    "monday i start my nursing course",
    "on wednesday it was 2 years since i last self harmed. so proud of myself",
    "i used to get beaten by my uncle when i lived in afghanistan. i am 17 now and safe with "
    "my foster family. at the weekend we play cricket",
    "on monday i've got my pep meeting and at the weekend i'm going to my nans, cant wait",
    "my mum used to lock me in the cupboard when i was 5. im 11 now. on sunday me and my "
    "foster dad made pancakes",
    "after school i went to my counselling, i used to cut in year 9 and we talk about how i "
    "stopped",
    "last week my sw asked if i still self harm. i havent since year 10 and im proud of that",
    "this afternoon i showed my counsellor my scars from when i used to cut. they are fading",
    "i started a new job last week!! 2 years ago i attempted suicide so this feels massive",
    "a few days ago it was a year since i last cut myself",
    "the other day my little sister asked about the scars on my arm from when i used to cut. "
    "i didnt know what to say",
    "after college i went to the gym. i used to hurt myself when i was stressed but now i go "
    "running instead",
    "this evening i wrote in my journal about when i tried to kill myself at 15. it helps to "
    "write it down. im 19 now",
    "my mate told me last weekend that she used to self harm too. i used to as well, in year "
    "8, but we both stopped",
    "i went to a talk after school about mental health. it made me think about when i wanted "
    "to die back in year 7. im ok now",
    "the other day i found my old diary from when i was 13. i wrote about wanting to die a "
    "lot. crazy how much has changed",
    "this afternoon my social worker read me my file. it says i took an overdose when i was "
    "12. i dont even remember it",
    "just gone 10 and cant sleep lol. random thought but im so glad i didnt kill myself in "
    "year 10, life is good now",
    "my support worker came round this afternoon. we talked about how i used to cut myself "
    "when i was in the childrens home. i havent done it for 3 years now",
    "after tea me and my foster brother played fifa. i used to want to die when i lived with "
    "my mum but here its different",
    "before i came on here i was watching tiktok. theres a trend about self harm scars and it"
    " made me remember when i used to cut. im fine now just wanted to say",
    "i got my tattoo over my old self harm scars last week. i stopped cutting 4 years ago and"
    " wanted something beautiful there",
    "days ago my doctor took me off my antidepressants!! 3 years ago i overdosed and now im "
    "off meds. so proud",
    "my foster mum and me watched a film this evening about a girl who tried to kill herself."
    " it made me think of when i did the same at 14. im glad im still here",
    "couple of days ago i told my girlfriend that i used to self harm as a teenager. she was "
    "so lovely about it",
    "i went to my camhs discharge appointment this afternoon!! they said im ready. i used to "
    "cut every night when i started there",
    "over the weekend we went camping. last year i wouldnt even leave my room, i was so "
    "suicidal back then. things have changed so much",
    "after school today i did a presentation about mental health. i talked a bit about how i "
    "used to self harm in year 7 and everyone clapped",
    "minutes ago i got accepted onto my social work degree!! when i was 15 i tried to end my "
    "life and a social worker saved me",
    "after school i went to the park with my mates and then after tea i did my homework",
    "over the weekend i went to my nans and last week i got a new phone",
    "i used to self harm in year 9 but i'm so much better. my best friend lives on my street "
    "and we walk to school together",
    "the same man who runs the youth club has run it for 20 years lol. i used to self harm "
    "when i was 13 and the youth club really helped me stop",
    "i used to cut myself when i was 14. i'm 17 now. i got a job at my local cafe",
    "i used to self harm. now i am working at my local leisure centre as a lifeguard and i love it",
    "we had a fire drill and everyone was outside for ages lol. in year 8 i tried to kill "
    "myself but im doing so much better now",
    "my old primary school teacher found me on facebook and said shes proud of me. when i was"
    " in her class my mum used to hit me and she was the one who told social services",
    "i made a new account on tiktok for my art. i used to post about self harm on my old one "
    "when i was 14 but i've recovered now",
    "my nan lives on my road and i go there after school. my mum used to hit me when i was "
    "little but i'm safe now",
    "im going home to my foster mum for christmas from uni. when i was 12 my birth dad abused"
    " me but my foster mum got me through it",
    "my best mate was waiting outside school with a cake for my birthday! 2 years ago i "
    "wanted to die and now i have friends",
    "my best friend messaged me again asking if i want to go to the cinema. i used to cut "
    "myself in year 9 cos i had no friends, its so different now",
    "my little cousin added me again on snap after i lost my old account. i used to self harm"
    " when i was 13 but im good now",
    "i'm 19 and i stay over at my girlfriend's most weekends. i used to self harm when i was "
    "a teenager but im in a good place",
    "my foster carers are getting two new foster kids next month! i used to get hit in my old"
    " placement so i will make sure theyre ok here",
    "everyone on my street knows me. when i was little my mum used to hit me and the "
    "neighbours called the police. now i live with my nan",
    "my dog was at the vets and he was released this morning lol. i used to self harm but my "
    "dog really helps me",
    "my keyworker is the same person who did my intake at the unit. when i came into care i "
    "was self harming loads but i stopped",
    "me and my girlfriend split up but i'm back with her now and shes really supportive. i "
    "used to self harm when i was 15",
    "school were sending me home cos i had a temperature. my old carer used to hit me when i "
    "was sick but my new carers look after me",
    "my carer was waiting outside school to pick me up with ice cream. my birth mum used to "
    "hit me when i was little",
    "my friend was waiting by the gate. when i was 12 i tried to hang myself but i got help "
    "and im much happier now",
    "the taxi was late getting me home from college. i used to self harm in year 10 but now "
    "im doing well",
    "i found my new favourite song. i used to cut myself when i was 14 and music helped me stop",
    "my old football coach asked for me back on the team! when i was 13 i tried to kill "
    "myself and quit everything. im doing better now",
    "i found out where i'm doing my work experience, a vets!! i used to self harm in year 9 "
    "but im doing so much better",
    "my sister got out of hospital after having her baby. when we were small our mum used to "
    "hit us both but we both turned out ok",
    "i'm going home to wales for christmas to see my foster family. when i was 14 i took an "
    "overdose but im at uni now and doing so much better",
    "my mum used to hit me when i was little. i live with my dad now and my mum lives on my "
    "street but we dont talk, i feel safe",
    "i used to self harm when i was 14. my nan is moving into the flat below mine which is "
    "lovely, she helps me loads",
    "im 24 and im going home to my partner after work. when i was in care i self harmed a lot"
    " but thats behind me",
    "my ex used to hit me. i'm 21 now. my new boyfriend lives next door to my mum and he is "
    "so kind",
    "now that im older i get why i self harmed as a kid. it was about control",
    "now i know its not my fault my stepdad sexually abused me when i was 8. therapy really helped",
    "now i just feel sad for the little girl who wanted to kill herself at 14. im 20 and i "
    "have a life i love",
    "i am 18 now and i understand my mum hitting me when i was small was not my fault",
    "now i have my own flat i sometimes think about how i used to self harm in the childrens home",
    "me and my therapist are now talking about the time i overdosed when i was 16. i'm 23 and"
    " it feels good to finally process it",
    "right now im at the cinema with my foster family, now that i think about it this is my "
    "first time here",
    "i've taken 3 packs of pills back to back so i don't get my period on holiday, is that ok?",
    "i took 2 bottles of medicine to school, one for my asthma and one for my hayfever",
    "my nan takes 2 boxes of tablets a week for her heart",
    "i've taken two packets of pills back to back, when will my period come?",
    "i took 2 packets of ibuprofen on the school trip in my bag, the teacher said i'm not "
    "allowed them",
    "i took the full bottle of medicine back to boots because it was the wrong one",
    "i took two boxes of paracetamol off the shelf at asda and the self checkout asked for id"
    " lol im 23",
    "i thought i was over my ex but i saw him with someone else and cried lol. i used to self"
    " harm when we broke up in 2022 but not doing that now",
    "i thought i was over the flu but im ill again ugh",
    "i thought i was better from my cold but nope lol. also random but i used to self harm "
    "and im 2 years free now",
    "i thought it was over between me and my girlfriend but we made up. i used to cut myself "
    "when relationships ended in year 11 but i didnt this time",
    "i had my driving theory test and did it last week, passed!! when i was 15 i overdosed "
    "and never thought id get here",
    "my foster brother has done it again, ate all the biscuits lol. i used to self harm when "
    "i was 13 but im good",
    "my ear piercing! i did it yesterday. i used to cut myself in year 8, the piercer saw my "
    "scars and was really kind",
    "the bungee jump was scary but i did it yesterday!! 3 years ago i wanted to die and now i"
    " do mad stuff like this",
    "i've done it again, burnt the toast lol. anyway i had a good year, i used to overdose a "
    "lot at 15 but im 19 now",
    "i thought i was over him but he texted me and now im sad lol",
    "i thought it was over when they went 2-0 down but we won!!",
    "when i was 13 things were really bad. i cut myself a lot. im 17 now and doing loads better",
    "I had a rough time in year 9. I tried to kill myself. Now Im in sixth form and much happier",
    "years ago, before i came into care, life was awful. i overdosed. i'm in a good place now",
    "in 2020 during lockdown i was in a dark place. i wanted to die. i'm much better now and "
    "going to uni",
    "i had anorexia at 14. i made myself sick after every meal. im 18 now and recovered",
    "when i was 7 i was sad and i hurt myself on purpose. im 10 now and im happy with my "
    "foster family",
    "i was in a psych unit when i was 15. i tried to strangle myself there. i'm 22 now and i "
    "work as a support worker",
    "when i lived with my mum i was so low. i tried to jump off a bridge. im 21 now, got my "
    "own place and a dog",
    "my mum got out of prison last year and i see her on sundays, shes doing really well",
    "going home to my foster mum after school, shes making lasagne",
    "i stay over at my mates on saturday, my carers said yes!!",
    "i killed it at football after school lol",
    "my friend got out of hospital after her operation, shes coming back to school on monday",
    "my carers let me stay over at my boyfriends at the weekend, his mum was there",
    "now that im 18 can i get my own bank account?",
    "i did it last week, i finally asked my pa about my leaving care grant",
]

# ... and the urgent ones it wrote beside them.
REVIEW_URGENT = [
    "i used to self harm in year 9 but i cut again last night and it wont stop bleeding",
    "on monday my stepdad hit me with a belt and i have marks on my back",
    "i took 2 boxes of paracetamol after tea and my stomach really hurts",
    "my dad abused me when i was little. he got out of prison and he was waiting outside my "
    "school today",
    "i thought i was over it but i cut myself really deep and i cant stop the bleeding",
    "now i just want to die, i have the tablets ready",
    "over the weekend i took a load of pills and didnt tell anyone, i still feel sick",
    "my uncle touched me when i was 8. my sw is sending me home to my mum's and he lives there",
    "i swallowed a whole packet of tablets 10 mins ago",
    "i'm going to kill myself tonight, ive written my letters",
    "he raped me at the weekend and i dont know what to do",
    "my mums boyfriend hits me every day and i'm scared to go home",
    "i was groomed by a man online when i was 12. im 15 now. the same man added me again on "
    "snap and wants to meet",
    "i'm standing on the bridge right now",
    "i cut myself this afternoon, it's deep",
    "last week i tried to hang myself but the rope broke",
    "my ex used to beat me. he found out where i live and hes outside banging on the door",
    "i got kicked out and have nowhere to sleep tonight, im 16",
    "they are making me marry my cousin in pakistan in the summer holidays and i dont want to",
    "i owe the older boys money and they said theyll stab me if i dont run a line to birmingham",
    "my foster carer locked me in my room and hasnt given me food since yesterday",
    "i took 30 sertraline an hour ago. dont tell anyone",
    "i was doing so much better but now i want to die again",
    "when i was 10 my brother abused me. im 14 now. my mum is letting him come home and im "
    "left alone with him on friday",
    "i took a whole box of co-codamol and i feel really drowsy",
    "a man i met online is 35 and wants me to send pics, im 13",
    "im not safe at home, dad came home drunk and hit mum and me",
    "i have a plan to end it on saturday when my carers are out",
    "i thought i was better but i made a noose in my wardrobe last night",
    "im going to jump in front of a train after college",
]


@pytest.mark.parametrize("text", LOWERED)
def test_harm_told_as_past_is_a_concern_when_the_model_agrees(
    screen: RiskScreen, rules_only: RiskScreen, text: str
) -> None:
    assert rules_only.screen(text).level is RiskLevel.URGENT
    assert screen.read(text).told in (TOLD_PAST, TOLD_OVER)
    verdict = screen.screen(text)
    assert verdict.level is RiskLevel.CONCERN
    assert verdict.cues[0] == PAST_AND_OVER


@pytest.mark.parametrize("text", PAST_BY_RULES)
def test_dated_and_over_is_a_concern_by_rules_alone(rules_only: RiskScreen, text: str) -> None:
    assert rules_only.screen(text).level is RiskLevel.CONCERN


@pytest.mark.parametrize("text", STAY_URGENT)
def test_a_recovery_beside_harm_now_stays_urgent(screen: RiskScreen, text: str) -> None:
    verdict = screen.screen(text)
    assert verdict.level is RiskLevel.URGENT
    assert PAST_AND_OVER not in verdict.cues


def test_a_verb_in_the_past_does_not_date_the_harm(screen: RiskScreen) -> None:
    # "took" may be an hour ago: only a date in the harm's own sentence makes it past
    assert screen.read("counsellor helped and im doing better. i took a load of pills").told == (
        TOLD_NOW
    )
    assert screen.screen("in 2019 i took a load of pills. im doing better now").level is (
        RiskLevel.CONCERN
    )


def test_a_threat_is_never_told_as_over(screen: RiskScreen) -> None:
    text = "years ago my ex said he would kill me. im in a much better place now"
    assert screen.read(text).told == TOLD_NOW


@pytest.mark.parametrize("text", CALM)
def test_ordinary_days_and_past_harm_stay_calm(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is not RiskLevel.URGENT


@pytest.mark.parametrize("text", REVIEW_URGENT)
def test_the_reviews_urgent_messages_are_found(screen: RiskScreen, text: str) -> None:
    assert screen.screen(text).level is RiskLevel.URGENT

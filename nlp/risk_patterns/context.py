"""Context words that change what a cue means: negation, time, perspective, humour."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(*phrases: str) -> tuple[str, ...]:
    return tuple(f" {p} " for p in phrases)


NEGATORS = _words("not never nobody neither nor none nothing noone without hardly")
# "not" followed by these does not negate what comes after ("can't stop crying").
NEGATION_CANCELLERS = _words(
    "stop stopping stopped only just sure even quit help matter know to always"
)
# "no" negates when it comes before these: "no longer", "no thoughts of hurting myself".
NO_FOLLOWERS = _words(
    "longer more thoughts thought urge urges plan plans intention intentions self suicidal"
)
# A clause that denies what follows: "it's not like I want to end it", "not that I would hurt
# myself", "I go for a run instead of hurting myself".
DENIAL_LEADS = _phrases(
    "not like i", "not as if i", "not that i", "instead of", "rather than",
)  # fmt: skip
DENIAL_FILLER = _words("i want wanna to would will really actually am going gonna ever could do")
BELIEF_VERBS = _words("think believe reckon feel suppose")
SUBJECTS = _words("i he she they we you it someone nobody everyone people that this who there")

FIRST_PERSON = _words("i me myself we us im")
OWN_WORDS = FIRST_PERSON | _words("my mine")
# Someone else's harm that could happen soon, or a young brother's or sister's, is still
# urgent for the child who tells it.
IMMINENT = _phrases(
    "tonight", "today", "tomorrow", "right now", "a plan", "going to", "gonna", "about to",
    "after school", "later", "this weekend", "will not answer", "not answering",
)  # fmt: skip
YOUNG_SIBLING = _phrases(
    "little brother", "little sister", "baby brother", "baby sister", "little bro", "lil bro",
    "little sis", "lil sis",
)  # fmt: skip
THIRD_PARTY = _words(
    "he she they him her them friend friends mate mates sister brother cousin someone "
    "somebody girl boy girls boys person classmate classmates his their cousins bf "
    "boyfriend girlfriend sibling siblings neighbour kid son daughter student students"
)
# Someone the child names ("my brother", "she"), not "they" (which may be the cuts) or a
# hypothetical "someone" ("if someone wants to die ... it's me btw").
NAMED_OTHER = THIRD_PARTY - _words("they them their someone somebody person")
GENERIC = _words(
    "you kids children people everyone anyone young teenagers teens child adults "
    "nobody whoever yourself"
)

PAST = _phrases(
    "used to",
    "when i was little",
    "when i was younger",
    "when i was small",
    "when i was a kid",
    "when i was a child",
    "when i was a baby",
    "years ago",
    "a long time ago",
    "in the past",
    "before i came into care",
    "before i went into care",
    "before care",
    "ages ago",
    "back then",
    "when i was in year",
    "a few years ago",
    "last year",
    "as a kid",
    "when i lived with",
    "my old",
    "my last placement",
    "my last place",
    "my last home",
    "my last carers",
    "my last carer",
    "my last foster",
    "my last school",
    "my last house",
    "my last flat",
    "my last sw",
    "my last social worker",
    "my last boyfriend",
    "my last girlfriend",
    "my last partner",
    "my last family",
    "my last hostel",
    "my last unit",
    "my last year",
    "my last job",
    "my last area",
    "my last town",
    "my previous",
    "my ex",
    "that is why i am in care",
    "why i came into care",
    "why i am in care",
    "why i was taken",
    "when i was",
    "when i first came into care",
    "when i first went into care",
    "when i came into care",
    "as a teenager",
    "a year ago",
    "last winter",
    "last spring",
    "last summer",
    "last autumn",
    "back in year",
    "when i first",
    "i had thoughts of",
    "i had suicidal thoughts",
    "i had dark thoughts",
    "darkest time",
    "last time i felt",
    "my past",
)
RESOLVED = _phrases(
    "better now",
    "i am better",
    "i am okay now",
    "i am ok now",
    "i am fine now",
    "i am good now",
    "i am doing well",
    "i am doing better",
    "doing better",
    "stopped",
    "do not any more",
    "not any more",
    "not anymore",
    "no longer",
    "have not since",
    "have not for",
    "have not in",
    "clean for",
    "clean since",
    "recovered",
    "in recovery",
    "over it",
    "got help",
    "moved on",
    "things are better",
    "loads better",
    "a lot better",
    "much better",
    "way better",
    "safe now",
    "happy now",
    "not like that now",
    "all good now",
    "now it is good",
    "now it is fine",
    "now it is ok",
    "now it is okay",
    "it is good now",
    "it is fine now",
    "all sorted now",
    "do not live there now",
    "do not live there any more",
    "do not live there anymore",
    "not there any more",
    "i am fine",
    "fine now",
    "okay now",
    "good now",
    "got through it",
    "behind me",
    "it is sorted",
    "was sorted",
    "dealt with",
    "it stopped",
    "do not live there",
    "not live there any more",
    "i am fine now",
    "they stopped",
    "he stopped",
    "she stopped",
    "i feel safe",
    "i feel so safe",
    "i feel really safe",
    "feel settled",
    "the safest",
    "really happy",
    "so happy",
    "i am happy",
    "been really good",
    "been good for",
    "better place",
    "good place",
    "back on track",
    "been ok since",
    "been okay since",
    "harm free",
    "really worked",
    "genuinely okay",
    "getting through",
    "helped loads",
    "really helped",
    "helped me loads",
    "helped a lot",
    "got me help",
    "got me through",
    "in the past now",
    "mostly gone",
    "clean now",
    "months clean",
    "years clean",
    "healed",
    "i am safe with",
    "safe with my",
    "more myself",
    "more like myself",
    "steadier",
    "had a good year",
    "counsellor helped",
    "therapist helped",
    "therapy helped",
    "camhs helped",
    "way happier",
    "much happier",
    "happier now",
    "things have settled",
    "settled since",
    "ready to be discharged",
    "been discharged",
    "got discharged",
    "helped me stop",
    "wake up call",
    "glad i never",
    "long over",
)
# Explicit statements of safety outweigh "still" or "again".
SAFE_NOW = _phrases(
    "i am safe",
    "not in danger",
    "coping box",
    "i use my coping",
    "my coping",
    "therapist now",
    "i am okay now",
    "crisis team helped",
    "got support now",
    "i am safe now",
    "months clean",
    "years clean",
    "weeks clean",
    "since i last",
    "do not do it anymore",
    "do not do it any more",
    "do not get those thoughts",
    "do not feel like that now",
    "do not feel like that anymore",
    "used my safety plan",
)
HYPOTHETICAL = _words("if whether should deserve deserves allowed right rights supposed")
PEER = _words(
    "school class corridor playground playtime year kids girls boys bus pe college yard tutor "
    "form locker lockers classmates lunch break uni course students"
)
# Who "he", "she" or "they" most likely is: the nearest person named before the pronoun.
# "a boy in my class keeps taking my lunch and he pushed me" is a peer's doing.
PEER_PERSON = _words(
    "boy boys girl girls kid kids lad lads classmate classmates pupil pupils student students "
    "bully bullies"
)
OLDER = _words("older oldest elder eldest")
ADULT_PERSON = _words(
    "teacher teachers staff carer carers dad mum stepdad stepmum uncle man men coach imam "
    "teaching assistant headteacher"
)
OTHER_PERSON = _words(
    "carer carers foster fosterer fosterers mum dad parents parent stepdad stepmum step "
    "uncle auntie aunt nan grandad gran grandma grandpa staff keyworker boyfriend partner "
    "mother father mums dads lodger man men guy guys bloke woman women brother sister "
    "cousin teacher teachers worker"
)
LINGERING = _phrases(
    "still get nightmares", "still have nightmares", "still get flashbacks",
    "still have flashbacks", "still have scars", "still got scars", "still hate",
    "have got scars", "have scars", "have got marks",
    "still think about it", "still remember", "still look over my shoulder",
    "still feel sad about", "still feel upset about", "still get upset about",
    "still on antidepressants", "still on meds", "still on medication", "still have wobbly days",
    "still out there", "still see my counsellor", "still go every", "still got it",
    "explain it again", "tell it again", "go through it again", "say it again",
    "tell my story again", "explain everything again", "keeps bringing it up",
    "keep bringing it up", "keeps mentioning it", "keeps asking about it",
    # the quiet marks left behind (support phrases such as "still in therapy" are not here:
    # "still in therapy, but i want to die and i have the pills in my hand")
    "still have the protection order", "still have a protection order",
    "still got the protection order", "still get nervous", "still get jumpy",
    "still struggle to trust", "still struggle with trust", "still stresses me out",
)  # fmt: skip
# A habit told as past: "I used to think about it all the time".
USED_TO = _phrases("used to")
HABIT = _phrases("all the time")
WEDDING = _words("wedding engagement nikah mehndi marriage")
WHOSE_WEDDING = _words(
    "cousins cousin sisters sister brothers brother aunties auntie aunts aunt uncles uncle "
    "friends friend mates mate nans mums dads family familys neighbours teachers"
)
OWN_WEDDING = _phrases(
    "actually mine", "is mine", "it is mine", "be mine", "mine too", "my own", "my wedding",
    "i will marry", "marry me", "me to marry", "i have to marry", "i am marrying",
    "i am getting married", "i am engaged", "my husband", "for me",
)  # fmt: skip
# A clean streak or a time since the last time: "no self harm for a whole year", "6 months
# no self harm today", "it's been ages since I wanted to die", "haven't once since I moved".
# Read only for self-harm and suicide, and never when the message says it is back.
STREAK_UNITS = _words("day days week weeks month months year years ages while")
STREAK_AFTER = _words("since for in")
ABSTAINED = _phrases(
    "have not once", "not once since", "days free", "weeks free", "months free", "years free",
    "year free from", "years free from", "months free from", "weeks free from",
    "days free from", "year free of", "years free of", "months free of",
    "have not done it since", "have not done it in", "not cut in", "not cut since",
    "not cut for", "not done anything in", "not done anything since",
    "not done it since", "not done it in", "have not done that since", "have not done that in",
    "not had any thoughts", "not had those thoughts", "not felt like that since",
    "not felt like that in", "not felt that way since", "not felt that way in",
    "that is stopped", "that has stopped", "that stopped", "they stopped when",
    "stopped when i", "the other side of it", "other side of that", "got through it",
    "got through being", "got through with", "how i got through", "do not need it now",
    "do not need it any more", "do not need it anymore", "glad i am still here",
    "days are over", "from when i was", "anniversary of",
)  # fmt: skip
# Harm told as past but back now, anywhere in the message: "I tried at 14. I'm thinking
# about it again now."
RETURNED = _phrases(
    "again now", "it is back", "now it is back", "back again", "started again",
    "thinking about it again", "doing it again", "did it again", "feel like that again",
    "feeling like that again", "worse than back then", "worse than before", "relapsed",
    "relapse", "back to square one", "the next one", "hide it better", "it is 0 now",
    "its 0 now", "first time since", "again since", "now it is every", "now its every",
    "its back", "they are back", "theyre back", "it has come back", "they have come back",
    "thought i was over it", "thought i was past it",
)  # fmt: skip
# ... and these, read only from the harm on: "i used to self harm. i did it last week", not
# "i did it yesterday, a bungee jump! i used to self harm".
RETURNED_AFTER = _phrases(
    "i did it last week", "i did it yesterday", "i did it last night", "i did it this week",
    "i did it at the weekend", "i did it on the weekend", "i have done it again",
)  # fmt: skip
CURRENT = _phrases(
    "again",
    "still",
    "relapsed",
    "relapse",
    "started",
    "tonight",
    "right now",
    "today",
    "last night",
    "this week",
    "every day",
    "everyday",
    "every night",
    "keep",
    "keeps",
    "recently",
    "this morning",
    "yesterday",
    "at the moment",
    "these days",
    "lately",
    "now and then",
    "now and again",
    "all the time",
    "any more and",
    "currently",
    "just now",
    "again and",
    "back to",
    "this weekend",
    # the person is coming back into the child's life: "he's coming to stay for christmas"
    "coming to stay",
    "coming to live",
    "moving in",
    "moving back",
    "coming back",
    "staying with us",
    "staying at ours",
    "getting out of prison",
    "out of prison soon",
    "released from prison",
    "being released",
    "getting out of jail",
    "released from jail",
)
# The tense an urgent reading is told in, read in its own clause only.
TOLD_AS_PAST = _words(
    "was were had did used tried took went got ran made wrote stood gave slept said told came "
    "felt thought kept lost left found helped ago"
)
TOLD_AS_NOW = _words("now am is are im want wants wanna keep keeps will gonna going still again")
# "have" told of harm now: "i have just taken", "i've tied", "i've got a noose", "i have the
# tablets", not "i have recovered", "i have a scar", "i have had counselling".
HELD_FILLER = _words(
    "just got a an the my some all loads lots enough of her his mums mum's dads nans two three "
    "four five ten twenty thirty forty fifty 20 30 40 50 100 already now finally"
)
HAVE = _words("have has")
ACT_DONE = _words(
    "taken tied swallowed cut burnt burned bought saved hidden stockpiled collected hoarded "
    "overdosed"
)
WRITTEN = _words("written wrote")
FUTURE = _words("will gonna")
FUTURE_SUBJECT = _words("i am")  # "i will do it", "im gonna": not "my carers will listen"
CONDITION = _words("if unless")
NOT_DONE_TO = _words("me us years ages months time a long while forever")
MEANS = _words(
    "noose rope ropes tablets pills paracetamol meds medication blade blades razor razors knife "
    "knives plan date letter letters note notes belt cord scarf ligature bottle insulin "
    "sertraline codeine"
)
MAKES_ME_FEEL = _words(
    "want feel think happy sad proud smile laugh cry realise realize stronger grateful who "
    "angry nervous anxious"
)
HERE_NOW = _words("on at by standing sitting")  # "i am on the roof", with a drop in sight
DROP = _words(
    "roof bridge edge tracks railway platform river cliff cliffs ledge balcony motorway "
    "flyover canal multi storey top"
)
# A day this week in the harm's own sentence, when nothing there dates it earlier: "i took
# an overdose on sunday", not "on friday we talked about when i used to cut".
DAYS = _phrases(
    "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday",
    "on sunday", "at the weekend",
)  # fmt: skip
# Too recent for one's own self-harm or suicide attempt to be past: "i overdosed last week
# but im ok now" needs a worker now.
RECENT = _phrases(
    "last week", "few days ago", "couple of days ago", "the other day", "days ago", "an hour ago",
    "hours ago", "mins ago", "minutes ago", "after tea", "this afternoon", "this evening",
    "after school", "after college", "before i came on here", "just gone", "over the weekend",
    "last weekend",
)  # fmt: skip
# The person who did it back in the child's life, or about to be: past harm by someone else
# told beside these is not over ("he abused me when i was 6. he got out of prison and found
# my address"). Said of "he", "she" or "they", so a dog back from the vet is not one.
_BACK = (
    "got out of prison", "got out of jail", "got out", "was released", "got released",
    "has been released", "found out where i", "found out what school", "found my address",
    "found me on", "found me again", "made a new account", "was waiting outside",
    "was waiting by", "was outside", "is outside", "messaged me again", "added me again",
    "moved next door", "lives next door", "is on my street", "lives on my street",
    "lives on my road", "moved into the flat", "got a job at my", "is working at my",
    "is coming for me", "was coming for me", "said he was coming", "said she was coming",
    "asked for me back", "wants me back", "is getting me home", "was given",
    "sent me a message saying", "messaged me saying", "said i owe", "got two new foster",
    "got new foster", "is babysitting", "was babysitting", "was left alone with",
)  # fmt: skip
# Not "my mum": "my mum lives on my street but we dont talk, i feel safe".
_BACK_WHO = (
    "he", "she", "they", "the man", "the men", "that man", "those men", "the guy", "my abuser",
)  # fmt: skip
BACK_AGAIN = _phrases(
    *(f"{who} {said}" for who in _BACK_WHO for said in _BACK),
    "knows my new", "know my new", "found my new", "knows where i live now",
    "unsupervised contact", "overnight contact", "overnight at his", "overnight at hers",
    "going home to him", "going home to her", "go home to him", "go home to her",
    "send me home to", "sending me home to", "left alone with him", "left alone with her",
    "the same man", "same guy", "stay over at his", "staying over at his", "coming for me",
)  # fmt: skip
# What one does to oneself, told in the past tense ("i took 30 tablets an hour ago").
ACTED = _words("took did tried went made cut swallowed drank jumped stood burnt burned")
# A first disclosure keeps harm long past urgent: "I've never told anyone".
FIRST_TELLING = _phrases(
    "never told", "never said", "not told anyone", "not told anybody", "first time i have told",
    "first person i have told", "only person i have told", "nobody knows", "no one knows",
)  # fmt: skip
# Someone else's words: "kids at school keep telling me to kys" is bullying, not the child's
# own wish, unless the sentence says the words come from inside ("the voices tell me to").
TOLD_TO = _phrases(
    "told me to", "tell me to", "tells me to", "telling me to", "told me i should",
    "tell me i should", "tells me i should", "telling me i should", "said i should",
    "told me to go", "tell me to go", "tells me to go", "telling me to go", "says i should",
    "saying i should", "said to", "says to", "saying to", "told me go", "people saying",
    "comments saying", "people telling me to", "keep saying", "keeps saying", "kept saying",
    "keep sayin", "keeps sayin", "always saying",
)  # fmt: skip
INNER_VOICE = _words("voice voices head brain thoughts mind something")
# ... or unless the child goes on to agree ("... and honestly I might").
AGREEING = _words(
    "might may maybe right should will would tempted considering agree true point believe "
    "believing wonder wondering"
)
# An accident reads a physical cue as harmless: "I fell and hurt my leg".
ACCIDENT = _words(
    "fell fall falling tripped slipped slip accident accidentally injury injured sprained "
    "sunburn sunburnt sun acident accidently accidentaly accidental"
)
# Burns from the iron or the hair tongs are everyday accidents; saying it was meant is not.
EVERYDAY_INJURY = _phrases(
    "by accident", "eczema", "psoriasis", "dermatologist", "skin condition", "chapped",
    "on the iron", "on an iron", "on the oven", "on the hob", "on the cooker", "on the stove",
    "on the kettle", "on the grill", "on the toaster", "on the tongs", "on the curling tongs",
    "on my curling tongs", "on my straighteners", "on the straighteners", "on a pan",
    "on the pan",
)  # fmt: skip
# Accident words for self-harm cues: how it happened, never "an accident" as a label ("the
# accident is me with a razor").
SELF_HARM_ACCIDENT = _words("accidentally accidently accidentaly fell tripped slipped")
ON_PURPOSE = _phrases(
    "on purpose", "deliberately", "not an accident", "was not an accident", "meant to",
    "no accident",
)  # fmt: skip
NOT_A_FALL = _phrases(
    "fall asleep", "fell asleep", "falling asleep", "falls asleep", "fall out with",
    "fell out with", "falling out with", "fall behind", "fell behind", "falling behind",
    "fall in love", "fell in love", "fell for", "fall for", "fall apart", "falling apart",
    "fell apart",
)  # fmt: skip
# "told me to say I fell": an accident someone asked the child to claim is no excuse.
COVER_UP = _phrases(
    "to say i", "say i", "tell them i", "tell people i", "tell school i", "tell staff i",
    "pretend i", "think i got", "thinks i got", "lie about", "lied about", "told them i",
    "to say it", "say it was", "to tell them it", "i said i", "said i fell", "told everyone i",
    "told school", "told the school", "told the nurse", "told the school nurse", "told my teacher",
    "told the teacher", "told teachers", "but really", "was not from", "were not from",
    "i say it is", "say it is", "i say its",
)  # fmt: skip
# Sport and play read it as harmless too, unless an adult who looks after the child is in the
# sentence: "he hit me in football" is play, "my stepdad says it's a game when he hits me" is
# not. Places (stairs, door, car) are left out: abuse happens there as often as accidents do.
ACTIVITY = _words(
    "ball football netball rugby pe trampoline bike skateboard scooter playing game match "
    "training gym swing slide ice skating basketball cricket hockey dodgeball tag wrestling "
    "pillow play fighting messing joking pretend paintball paintballing karate judo "
    "taekwondo kickboxing lasertag airsoft fifa fortnite boxing spar sparring rounders hurling "
    "squad tournament league cup quiz beach sea pool swimming splash"
)
# Roughing it on purpose: "slept in a tent at the festival", "a charity sleep out".
LEISURE = _phrases(
    "festival", "festivals", "fest", "camping", "campsite", "glamping", "expedition", "dofe",
    "hammock", "sleepout", "sleep out", "for a bet", "for fun", "by choice", "for charity",
    "sponsored",
)  # fmt: skip
NOT_LEISURE = _phrases("not by choice", "not for fun", "not for a bet")
# Cues for being left alone that an expedition or a camp explains ("the DofE leaders leave us
# on our own for days"), as it explains sleeping rough.
LEFT_ALONE_CUES = frozenset({"abuse:neglect", "unsafe:left_alone", "abuse:broad"})
CARING_ADULT = _words(
    "carer carers foster fosterer fosterers mum dad parents parent stepdad stepmum step "
    "uncle auntie aunt nan grandad gran grandma grandpa staff keyworker boyfriend partner "
    "mother father mums dads lodger"
)
# Words that make a threat serious whatever else is in the message: a debt to a dealer is no
# joke, even if the same message mentions money or school.
SERIOUS = _words(
    "owe owes owed owing debt debts dealer dealers olders gang gangs knife knives blade "
    "stab stabbed grass grassing snitch snitching shank machete gun re-up stash"
)
# Serious in these words only: "if i miss a drop", not "if i drop her new phone".
SERIOUS_PHRASES = _phrases(
    "a drop", "the drop", "missed a drop", "miss a drop", "the package", "the packages",
    "the parcel", "the parcels", "his package", "their package", "the bag", "the stuff",
)  # fmt: skip
TAKEN_BACK = _phrases("not really", "not actually", "not literally")
HUMOUR = _words("lol lmao haha hahaha jk joking kidding 😂 lolol xd")
BODY = _words(
    "arm arms wrist wrists leg legs ankle ankles knee knees neck jaw nose face head ribs back "
    "fingers finger hand hands skull teeth"
)
# Things no one threatens to kill anyone over: "mum will kill me if I lose my coat".
MUNDANE = _words(
    "late fail failed failing lose lost losing mess messy grades grade report homework "
    "exam exams test tests results detention coat shoes bill spend spent ate eat eaten "
    "forget forgot forgotten room tidy chores dishes curfew missed uniform "
    "broke break broken phone bill trainers jumper lunch money spelling "
    "marks maths english science scored score points sleepover washing ruin ruined "
    "dirty clothes cake chips sweets biscuits chocolate tv telly xbox playstation "
    "ps5 switch tablet ipad hair tattoo tattoos piercing piercings makeup nails shampoo "
    "conditioner charger hoodie perfume straighteners chocolate crisps mud carpet carpets "
    "tickets ticket gig concert nandos greggs unfollow spoil spoiler spoilers ending fifa ref "
    "referee var rigged penalty squats laps yogurt yoghurt yorkie pineapple pizza easter egg "
    "eggs fancies fancy crush controller remote laser tag surprise towel towels cereal "
    "lego"
)
# Words that introduce a subject: "a film about", "a talk on", "we did".
TOPIC_LEAD = _words(
    "about on of called around did do doing learned learnt learning discussed covered "
    "covering studied studying watched read"
)
MEDIA = _words(
    "film films movie movies show shows series episode episodes documentary book books "
    "novel story stories game games news video videos youtube netflix soap eastenders "
    "lesson lessons pshe assembly learned learnt learning taught teach poster posters "
    "leaflet project essay drama play character characters song lyrics rap drill "
    "podcast article workshop course training research quiz re rse citizenship presentation "
    "pshe assembly plot speaker speakers hollyoaks emmerdale corrie storyline storylines"
)
# A class being taught: "our teacher told us about forced marriage".
CLASS_TAUGHT = _phrases(
    "told us about", "taught us about", "showed us", "talked to us about", "talking to us about",
    "told the class", "a talk", "the talk", "talks", "gave us a talk",
)  # fmt: skip
# A lesson that made the child see their own life: "... and I realised that is what is
# happening to me".
SELF_RELEVANT = _phrases(
    "happening to me", "happens to me", "happened to me", "same thing is", "same as me",
    "that is me", "that was me", "like my life", "to me too", "me too", "like what my",
    "asking because i", "asking cos i", "asking for me", "asking for myself", "because i do it",
    "cos i do it", "i do it", "i do that", "mine saw", "it is me", "is me btw", "friend is me",
    "i mean me", "meaning me",
)  # fmt: skip
PLACE_ALTERNATIVE = _phrases(
    "want to go home",
    "want to go back",
    "want to live",
    "want to move",
    "want to be with",
    "want to be at",
    "at this placement",
    "in this placement",
    "in this house",
    "at school",
    "in school",
    "at this school",
    "in this school",
    "at college",
    "in this home",
    "with them",
    "with these",
    "want to go to",
    "rather be",
    "in care",
    "in this flat",
)

# Idioms in the pattern language; a cue hit that overlaps one is dropped.
IDIOMS: tuple[str, ...] = (
    "~hit me|us up",
    "(letter|letters|note|notes) to (my|our|your|his|her|their) future (self|selves|me|kids|"
    "children|son|daughter)",
    "time capsule",
    "(happy|best|favourite|favorite|lucky|beautiful|greatest) (mistake|accident)",
    "(scratch|scratches|scratched|scratching) (from|by) (the|my|our)? (new)? (kitten|kittens|"
    "cat|cats|puppy|rabbit|hamster|guinea pig)",
    "~kick me|us out of the (group|chat|gc|group chat|team|game|lobby|call|server)",
    "(adding|add|added) me *6 ~kick me out",
    "(just)? in case (i|we|you|she|he|they) (forget|forgets|ever|lose|loses|get lost)",
    "grief|reality|homesickness|tiredness|exhaustion|sadness|loneliness *1 ~hit me|us hard",
    "~shoot|shot down by",
    "~try to kill me with (these|this|the|all|his|her|their)? (leg days|leg day|legs|workouts|"
    "workout|squats|burpees|exercises|circuits|homework|questions|puns|jokes|cooking)",
    "(bitten|nipped|scratched) by *3 (dog|dogs|puppy|cat|cats|kitten|hamster|rabbit|horse|pony|"
    "parrot|snake|ferret|guinea pig)",
    "like ~bang|banging my head (on|against) (a|the) brick? wall",
    "(what to do|how to help) (if|when) (someone|somebody|a person|a friend|people) *3 "
    "(overdoses|overdose|overdosed|self harms|self harm|cuts)",
    "nobody would notice if i (skipped|missed|did not go|did not come|did not turn up|left "
    "early|was late)",
    "i will not be here *6 (on|at|in) (a|the|my)? (residential|holiday|trip|camp|school trip|"
    "course)",
    "(got|get|was|been|nearly) (hit|knocked over|run over) by a (car|bus|van|bike|ball|train|"
    "lorry|taxi)",
    "(training|workout|hike|walk|run|pe|gym|session|rollercoaster|roller coaster|ride) *2 "
    "(nearly|almost) ~kill (me|us)",
    "~batter|~thrash|~hammer|~smash|~destroy|~kill|~murder|~beat my *2 (at|in) (mario|mario "
    "kart|fifa|fortnite|football|pool|darts|cards|chess|monopoly|uno|the game|this game|the "
    "match|the quiz|ping pong|table tennis|bowling)",
    "(volunteer|volunteering|volunteered|volunteers) at (the|a) food bank",
    "(secret|tell) *8 (it is a surprise|surprise for)",
    "not|never to? tell *3 (surprise|surprise party)",
    "~lock|~get|got in (a|an|the) escape room|rooms",
    "it|that|this|reality|which *1 ~hit me|us",
    "~beat me|us (at|in a|in the|to it|to the|on|by)",
    "beats me (why|how|what|where|who|lol|honestly)",
    "~push|~pushing me|us|myself (to|into|forward|harder|on) !the|a|wall|walls|door|doors|floor|"
    "ground|water|pool|road|river|stairs|window|table|car|van|his|her|their|bushes|fence",
    "~kick|~kicked me|us (out of the game|off the team|off the game|out of the group chat)",
    "~kick|~kicked me|us out of|off (it|the chat|the gc|the group|the call|the server|the discord|"
    "the lobby|the party|the league|my parking|the parking|the car park)",
    "~shoot|~shot myself in the foot",
    "~cut my (finger|thumb|hand) *4 (cooking|chopping|peeling|baking|making|on a|on the|with a)",
    "(nearly|almost)? ~kill myself laughing",
    "~cut|~cutting (my|his|her|our|their|the) (hours|shifts|pay|wages|budget|allowance|funding|"
    "losses|phone bill|screen time)",
    "~batter|~thrash|~hammer|~smash|~destroy|~kill|~murder|~beat me|us|them|you (at|in) (fifa|"
    "fortnite|football|pool|darts|cards|chess|monopoly|uno|cod|mario|the game|this game|the "
    "match|the quiz|ping pong|table tennis|badminton|basketball|netball|rugby|bowling)",
    "~grab|~get|~throw me|us a|an|some !job|jobs|place|flat|room|home|work|modelling|lift|ride|"
    "fiance|fiancee|husband|wife|bride|groom|man|boyfriend|girlfriend|phone|burner",
    "pinch me",
    # the retort "bite me", a toddler or a pet; not an adult who looks after the child
    "<!dad|mum|mam|stepdad|stepmum|carer|carers|uncle|auntie|aunt|boyfriend|man|staff|nan|"
    "grandad|gran|mother|father|keyworker|partner ~bite me",
    "~drag me|us (to|along|round|around|out)",
    "it|that|this|which|words|comments|stuff|things *2 ~hurt me|us",
    "~hurt my feelings",
    "(is|are|was|were) killing me|us",
    "killing it|killed it",
    "~kill (for|it|time|the vibe|the mood)",
    "~die|~dying|died|dead (laughing|of laughter|of embarrassment|of boredom|of cringe|to "
    "see|to go|to meet|to know|to get|to have|happy|good|funny|bored|nice|easy|serious)",
    "(could|would) *1 ~murder a|an|some",
    "~murder (a pizza|a burger|a kebab|a cuppa|a brew|some)",
    "(my phone|my battery|the battery|the wifi|my laptop|my tablet) *2 (~die|dead|~kill)",
    "(bored|scared|frightened) to death",
    "~stab|~shoot|~kill *3 (in the film|in the game|in fortnite|in the movie|in the show|"
    "in call of duty|in gta|in minecraft|in roblox)",
    "(cousin|sister|brother|aunt|auntie|uncle|friend|friends|mum|dad|family|nan) *1 wedding",
    "~jump me|us in (the queue|line)",
    "~cut me|us (off|out|some slack|a slice|a deal)",
    "(~take|~make) (pictures|photos|videos) of me *2 (for|at) *1 (school|the|my|passport)",
    "~lock me|us out of (my|the) (account|phone|laptop|computer|ipad|tablet|xbox)",
    "~touch (base|wood)",
    "~scared|afraid|frightened of (the dark|spiders|heights|dogs|clowns|the dentist)",
    "rape alarm|alarms",
    "~shoot|~drop|~send me|us a (text|message|dm|email|line|msg)",
    "(days|weeks|hours|sleeps) (till|until|to|before) (my|the|our) (exam|exams|birthday|holiday|"
    "holidays|christmas|results|test|review|trip|residential|contact|mocks|gcses)",
    "~cut|~trim|~dye (my|your|his|her|the|our|their) *1 (hair|fringe|nails|grass|hedge|fabric|"
    "paper|card)",
    "~cut (my|the|a) (hair|fringe) *2 (short|myself)",
    "allowed|let out (on my own|by myself|alone) (yet|till|until|after|at night|in the dark)",
    "~run|~do (the|a|in the|my) *1 (5k|10k|race|marathon|parkrun|mile|relay|cross country|"
    "half marathon|sprint|fun run)",
    "(can i|could i|i want|i would like|i need|i asked for) *2 (a lock|locks|a bolt) on my",
    "out of (credit|data) *4 (ring|call|text|phone|message|wifi)",
    "can not go on (the|a|holiday|trip|residential|my|that|this|it|school)",
    "not ~want to wake up (in the mornings|early|on)",
    "(never|not) (coming|going) back to (school|college|class|that school|this school|work)",
    "~get abuse|abused (in the street|from neighbours|from people)",
    "thought i was (going to|gonna) (die|be sick|faint|cry|explode)",
    "(nearly|almost) ~die (laughing|of|when|at)",
    "burnt|burned to a crisp",
    "knife crime|knife-crime (workshop|talk|lesson|assembly|campaign|awareness|project|week)",
    "(a|the|her|his|their|chief|head) (bridesmaid|bridesmaids|best man|page boy|flower girl|usher)",
    "rather (be dead|die) than (wear|wearing|eat|eating|watch|watching|listen|do|doing|lose|"
    "losing|miss|missing|sit|share|admit|be seen)",
    "last slice|slices|bit|piece of (pizza|cake|birthday|chocolate|pie|cheesecake)",
    "look|looks|looked|looking like (i have been|i had been|i got|i have|someone|somebody) *1 "
    "@HIT_PP",
    "(food|lasagne|cake|cakes|pizza|curry|roast|dinner|chips|burger|burgers|brownies|"
    "cookies|pasta|cooking|baking|pie|stew|breakfast|dessert|pudding|cheesecake|chocolate|"
    "sauce|gravy|trainers|shoes|dress|outfit|nails|smell|perfume) *5 (is|are|was|were|looks|"
    "look|smells|tastes|sounds) to die for",
    "drowning in (coursework|homework|work|essays|assignments|revision|paperwork|emails|"
    "washing|deadlines|exams|marking|bills)",
    "(legs|feet|arms|back|thighs) (are|is|were|was) (dead|dying|killing me) after (cross "
    "country|training|football|rugby|pe|the gym|gym|the match|netball|running|the run|dance|"
    "dancing|swimming|hockey|boxing|practice|the hike|the walk|judo|karate)",
    "so dead after (my|the|tonights|todays|tonight|today|this) (training|practice|workout|gym|"
    "match|run|pe|session|game)",
    "victory royale",
    "butchered my hair",
    "my room is a crime scene",
    "~shoot (a hoop|hoops)",
    "(you|your|kids|brother|sister|brothers|sisters|dog|cat|puppy|kitten|homework|coursework|"
    "exams|revision) *3 be the death of (me|us|her|him|them)",
    "~end|~destroy|~murder me *2 (then|and then|but) i won (the|that)? (round|game|match|level)",
    "(game|screen|console|it) *2 (keeps saying|says|said|keeps telling me) you are dead",
    "~disappear into my (room|bedroom|bed|book|books|game|games|phone|headphones|music)",
    "~run away (with|to join) the circus",
    "my burner account|accounts *4 (just|only) for (memes|fun|gaming|fan pages|my art)",
    "(driving|cooking|singing|dancing|parking) is|was (terrifying|scary|frightening)",
    "(barbies|barbie|dolls|teddies|teddy|toys) *2 get|getting married",
    "~scared|afraid|frightened of (her|his|their|the|our|my carers|my carer) (dog|dogs|cat|horse|"
    "spider|spiders|snake|parrot)",
    # a lock of my own on my door: privacy, not being locked in ("need" is left out: "i need
    # a lock on my door cos my stepdad comes in at night")
    "(get|asked for|ask for|have|having) (a|my own) lock on my (bedroom|room)? door",
    "~stab (me|us) in the back by (telling|grassing to|snitching to) (our|my|the)? (carer|"
    "carers|mum|dad|teacher|teachers|staff|sw|nan|gran|everyone|people|class|foster mum|"
    "foster dad|keyworker|key worker)",
    "shot down when i (asked|tried)",
    "~get|got battered|thrashed|hammered|destroyed at|in (monopoly|uno|cards|chess|fifa|"
    "fortnite|scrabble|pool|darts|mario kart|the quiz|bowling|ping pong)",
)

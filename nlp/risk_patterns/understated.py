"""Understated disclosures: the crisis told as an aside ("its fine really"), as logistics
(a coach ticket, a tent, an empty meter) or as a question about someone else's rules.

Strong phrasings are URGENT cues; weak signs are CONCERN cues in the adding-up groups of
`nlp.risk.ADDING_UP`, so two different signs together are urgent.
"""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
_KIN = "mum|mummy|mam|dad|daddy|nan|nanna|grandad|gran|brother|sister|baby"
_COUNTRY = (
    "abroad|pakistan|bangladesh|india|somalia|nigeria|afghanistan|iraq|iran|yemen|turkey|"
    "syria|morocco|egypt|sudan|eritrea|ethiopia|gambia|ghana|back home"
)

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:understated",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "(will not|not going to) (be here|be around|make it) *4 (for|till|until|by|after|"
            "that far|next)",
            "(will not|not going to) be needing (them|it|the|my|anything|any)",
            "(fell|fall|go) asleep *4 (not|never|did not) wake up",
            "(going|go|been going|went|stand|standing) to? the (bridge|canal|river|railway|tracks|"
            "cliff|cliffs|roof) *8 (standing|looking down|jump|swim|tonight|peaceful|edge)",
            "(counting|counted|saving|saved) *3 (tablets|pills|them|meds) *8 enough",
            "(said|saying|say) my goodbyes",
            "(made|make|making) my peace",
            "(have|got) a plan now",
            "(knowing|know) (there is|theres) an end",
            "decided *6 (going to end|not going to be around|how it ends|to end it)",
            "(be with|see) my (" + _KIN + ") in heaven",
            "(decided|made up my mind) *4 (ending it|end it|to end things|ending things)",
            "(do not|not) think (i will|ill) make it (that far|to|till|until|past)",
            "(drink|take|swallow|eat|have) all the (meds|medicine|tablets|pills|paracetamol) *8 "
            "(will not be here|not be here|never wake|die|dead|be gone)",
            "(wrote|written|writing|left) (letters|notes|a letter|a note) (for|to) (everyone|"
            "everybody|my family|each of them)",
            "(ask|asked|asking|askd|pray|prayed) god to take me",
            "(nobody|no one|noone) (has|have|will have|needs) to deal with me",
            "(want|wish|need) *2 (everything|it all|it|life) to stop (for good|forever|"
            "permanently|for ever)",
            "(been|was|am|keep|kept) (looking up|googling|searching|researching) (ways|methods) "
            "!to|for|of|on|around|in|into|my|our",
            "(looking up|googling|searching|researching) (ways|how) to (die|end it|do it|kill "
            "myself|not wake up|end my life)",
            "(looking up|googling|searching|researching) how many (tablets|pills|paracetamol)",
            "(tablets|pills|paracetamol|meds) *8 (take|eat|swallow|have) them all",
        ),
    ),
    Cue(
        "suicide:understated_signs",
        _R.SUICIDE,
        level=_C,
        despair=True,
        negatable=False,
        patterns=(
            "do not worry about me",
            "(none of it|it was not|it is not) (is|was)? (his|her|your|their) fault",
            "deleted (all)? my (socials|accounts|snap|insta|tiktok)",
            "tell my (" + _KIN + ") i love (him|her|them)",
        ),
    ),
    Cue(
        "self_harm:understated",
        _R.SELF_HARM,
        patterns=(
            "(did|done) it again *6 (deeper|bleeding|bled|cuts|cut|blood)",
            "(arms|legs|wrists|thighs) (look|looks) like a barcode",
            "(stopped|stop|not) eating on purpose",
            "(more|extra) (of my)? (pills|tablets|meds) than i am (meant|supposed) to",
            "the cuts are (only|just) (small|little|shallow)",
            "(cutting|cut|scratching|burning|hurting myself) (where|so) (my)? (she|he|they|nobody|"
            "no one|staff|carer|carers|teachers|mum|dad) (can not|cannot|does not|do not|will not|"
            "would not) (see|notice)",
            "(opened|open|picked|picking) (them|the scars|my scars|the cuts|my cuts|the wounds) "
            "back up",
            "(reopened|reopen|reopening) (the|my|old) (scars|cuts|wounds)",
            "(carved|carving|carve|scratched|etched) *4 into my (arm|arms|thigh|thighs|leg|legs|"
            "skin|wrist|wrists|stomach|hand)",
            "(punching|punch|hitting|hit|banging|bang) (walls|the wall|my head) *14 on purpose",
            "(taking|take|took|taken) extra (of my)? (tablets|pills|meds|medication) to (feel|make|"
            "get|help)",
            "(scratching|cutting) *4 (with a|with my) (compass|blade|pin|needle|razor|sharpener)",
        ),
    ),
    Cue(
        "destitution:understated",
        _R.DESTITUTION,
        patterns=(
            "(watering|water|watered) *2 down *3 (formula|milk|the bottle)",
            "(sleeping|sleep|slept|kipping|staying) (at|in) the (bus station|library|train "
            "station|station|24 hour library|hospital waiting room|a and e)",
            "in a (tent|doorway) *4 (since|near|by|down|tonight)",
            "(riding|ride|rode|on) the night (buses|bus)",
            "(till|until) it gets light",
            "ran out of *2 (sofas|places to stay|mates to stay with|people to stay with)",
            "(eating|eat|ate) *3 (free samples|out of bins|from bins|from the bins)",
            "nothing left (for|to buy) (food|rent|the meter|gas|electric|nappies|milk)",
            "(skipping|skip|skipped) meals *6 (baby|kids|so|can have)",
            "(not|never) (had|eaten|ate) (a proper meal|a meal|anything|any food|properly) "
            "(in|for) (days|2 days|3 days|4 days|5 days|two days|three days|four days|a week|ages)",
            "(been|its been|it has been|for) (2|3|4|5|two|three|four|five) days *4 (no food|"
            "without food|since i ate|since i last ate|not eaten|nothing to eat)",
            "without food *8 (been|its been|it has been) (2|3|4|5|two|three|four|five) days",
        ),
    ),
    Cue(
        "destitution:understated_signs",
        _R.DESTITUTION,
        level=_C,
        negatable=False,
        patterns=(
            "(gas|electric|electricity|heating|lecky|meter|electric key|key) *2 (ran out|run out|"
            "been cut off|cut off|is empty|empty|gone|off)",
            "(in the dark|too cold|freezing|sitting in my coat|no heating|no hot water)",
            "(£0|0|nothing|nothing coming in) for *1 (weeks|days|a month|a week)",
            "(skipping|skip|skipped) meals",
            "(food bank|foodbank) *6 (open|sunday|today|tonight|shut|closed)",
            "(40p|50p|20p|10p|1p|a quid|£1|£2|a fiver) *6 (till|until|to last) *2 (friday|payday|"
            "monday|next week|thursday|wednesday|tuesday|saturday|sunday|the 14th|days)",
            "(sanction|sanctioned|overpayment) *6 (nothing|£0|0|no money|cut)",
            "lend me *2 (for the meter|for food|for gas|for electric)",
        ),
    ),
    Cue(
        "running_away:understated",
        _R.RUNNING_AWAY,
        patterns=(
            "(going|go|get|climb|climbing|sneak|sneaking|jump|jumping) out (the|my|of the|of my) "
            "window",
            "(turn|turning|switch|switching) my phone off *4 so",
            "(will not|not going to) be back *3 (tonight|again|to the placement|to the home)",
            "(put me up|crash at (his|hers|theirs|their))",
            "(lift|ride) sorted *6 (tonight|man|guy|snap|snapchat|bloke)",
            "going away somewhere *8 (social worker|sw|carer|carers|nobody|no one) *2 (does not|"
            "do not|will not|is not) (know|knows|allowed)",
            "going to live in the (woods|park|forest|streets|street|tent)",
            "(at|in|staying at|stayed at) a (stranger|strangers|random|randoms) *1 (house|flat|"
            "place|car)",
            "i have (ran|run) away *6 (i am at|i am in|i am on|now|tonight|right now|do not know "
            "where)",
        ),
    ),
    Cue(
        "running_away:understated_signs",
        _R.RUNNING_AWAY,
        level=_C,
        negatable=False,
        patterns=(
            "(room|place|bed|somewhere) for me in",
            "(coach|train|megabus|bus) ticket *4 (london|manchester|birmingham|2am|3am|1am|4am|"
            "one way|tonight)",
            "one way (ticket|megabus|coach|train|bus|flight)",
            "(hidden|hid|hide) my (stuff|bag|things) *6 so i can",
            "(man|guy|bloke|someone|lad|woman) off (snapchat|snap|tiktok|insta|instagram|discord|"
            "the internet|an app)",
            "(do not|will not) need the (placement|home|unit) (anymore|any more)",
            "(tonight is the night|sorted myself somewhere)",
            "paying for my (ticket|train|coach|taxi|uber)",
            "(met|meet) online",
        ),
    ),
    Cue(
        "forced_marriage:understated",
        _R.FORCED_MARRIAGE,
        patterns=(
            "@MINOR_AGE year old *3 (get engaged|get married|marry|be married|be engaged)",
            "(will be|turns|turn) @MINOR_AGE *6 (do it|wedding|marry|married|nikah)",
            "to get me married",
            "(if i do not agree|unless i agree|if i say no) *6 (nikah|wedding|marriage|marry|"
            "send me back|married)",
            "(meet|marry) a (man|boy|guy) in (" + _COUNTRY + ") *6 (say yes|or i|shame|shamed)",
            "my future (husband|wife)",
            "(the|a) (holiday|trip) is one way",
        ),
    ),
    Cue(
        "forced_marriage:signs",
        _R.FORCED_MARRIAGE,
        level=_C,
        negatable=False,
        patterns=(
            "(rishta|dowry|nikah|mehndi)",
            "(pictures|photos|pics) of (a|the)? (man|boy|guy|boys|men)",
            "(made|make) me sign *2 papers",
            "if i am (married|engaged)",
            "ceremony *6 (video call|facetime|online)",
            "(not to|do not|never) (mention|tell) *4 (wedding|holiday|trip) *4 (school|anyone)",
            "(say yes|shamed the|shame on the|dishonour) *3 family",
            "(flying|going|fly|trip|holiday) *6 (" + _COUNTRY + ") *8 (wedding|married|husband|"
            "engaged|my name|outfit|gold)",
            "(outfit|dress) *6 (wedding|red and gold) *6 (will not say|wont say|whose|not say)",
            "(will not|not) need my school uniform",
            "(older than my dad|he is my dads friend|my dads friend)",
        ),
    ),
    Cue(
        "abuse:understated",
        _R.ABUSE,
        patterns=(
            "(that is|that is just) what i (tell|told|say|said) (school|them|people|teachers|"
            "everyone|staff)",
            "(no|not get|do not get|did not get|without) (dinner|tea|food|breakfast|lunch) *4 "
            "(if|unless|until|as punishment|because i|when i)",
            "(got|get|getting) the (belt|slipper|wooden spoon|cane) (again)?",
            "(gives|give|gave|pays|paid) me (money|sweets|presents|stuff) to (keep quiet|not tell|"
            "keep it secret|say nothing)",
            "~lock the (fridge|cupboards|food) *8 (me|only|earn|bad|punish|bread)",
            "(only|just) ~hit *2 (when|if)",
            "(kneel|kneeling|stand|standing) on (rice|one leg|salt) *4 (when|if|for|till|until)",
            "makes me sleep in it",
            "~shake|shook the|my baby",
            "bed *10 (he|she|they) (does|did|do) (stuff|things)",
            "wishes i (was|were) (dead|never born)",
            "(stay behind|just us) *8 (not tell|do not tell|never tell)",
            "~grab|~squeeze my (neck|throat)",
            "~punch|~hit|~smash the (door|wall) *2 next to my (head|face)",
            "(held|holds|hold|put|puts|pushed|pushes|forced) my (hand|hands|arm|fingers|face) "
            "(on|against|onto|under) the (cooker|hob|oven|iron|fire|radiator|kettle|hot)",
            "~shake me (really|so|very)? (hard|roughly)",
            "if i (tell|told) (anyone|anybody|someone|school|my sw|my social worker) *8 (send me "
            "away|hurt me|kill me|put me in|take my|get rid of|beat me|be sorry)",
            "(meant|supposed|told|have|got|made) to (say|tell) *4 (it was|i fell|i tripped|i "
            "walked into|i did it) *3 (football|pe|an accident|the stairs|the door|my fault|"
            "my brother|my sister|rugby|netball|fighting)",
            "~shut|~slam|~trap my (fingers|hand|hands|arm|arms|foot|leg) in the (door|drawer|car "
            "door|window)",
        ),
    ),
    Cue(
        "sexual_exploitation:understated",
        _R.SEXUAL_EXPLOITATION,
        patterns=(
            "(party|parties) *6 older (guys|men|lads|boys|blokes)",
            "(asking|asks|asked|wants) *2 for (pics|pictures|nudes|photos|videos) *8 (give me|pay|"
            "£|money|quid|delete|£50)",
            "(send|sent) (him|them) a (video|pic|picture|photo) *6 (delete|or else|or he|share|"
            "post)",
            "(meet|see) his|their (mates|friends) next",
            "(have to|had to|got to) be (nice to|with) (them|him|her|his|their) *1 (too|mates|"
            "friends)?",
            "(back room|in the back) with (him|them)",
            "with him and his (cousins|mates|friends|brothers)",
            "(skip|off|free|no) rent *6 (nice|favours|sleep with)",
            "(wants|want|asks|asked|asking) to (see|meet) me (on my own|alone|by myself|without) "
            "*10 (kisses|kiss|secret|do not tell|not to tell|presents|gifts)",
            "(kisses|kiss) *10 (wants|want|asks|asked|asking) to (see|meet) me (on my own|alone|by "
            "myself)",
        ),
    ),
    Cue(
        "criminal_exploitation:understated",
        _R.CRIMINAL_EXPLOITATION,
        patterns=(
            "work it off",
            "(told|made|make|makes|have|has|got) *2 to plug (it|them|the|stuff|packages|bits)",
            "(stuff|packages|packets|drugs|things|bags|it) (taped|strapped|hidden) (to|on|inside) "
            "me",
            "(gave|give|gives|giving) me *4 (knife|gun|blade|package|packet|packets|parcel|"
            "parcels|bag|phone) to (keep|hold|look after|mind|hide|keep safe)",
            "(keep|hold|carry|hide) *2 (packet|packets|package|packages|parcel|parcels|baggies|"
            "bits) in my (bag|school bag|pocket|pockets|coat|room|locker)",
            "(said|say|says|told me) *3 (i am|you are) (young|under 18|too young|a kid) so *4 "
            "(get nothing|not get|never get|get off|be fine|not go)",
            "(doing|do|did|done) (trips|runs) *6 (train|town|city|county|country)",
            "(borrow|use|lend|using) my (bank account|account|bank card|card|bank)",
            "(pay it back|pay them back|pay him back) by (doing|working)",
            "(house|flat) in (the next|another|a different) (town|city) *8 (selling|shotting|"
            "dealing|working)",
            "(selling|shotting|dealing) *8 (not allowed to leave|till it is all gone|until it is "
            "all gone)",
            "(take|taking|drop|dropping|deliver|delivering) (stuff|things|packages|parcels) to "
            "houses",
            "(flat|house) *4 with people i do not know *4 (working|work|back in)",
        ),
    ),
    Cue(
        "confinement:understated",
        _R.CONFINEMENT,
        patterns=(
            "(takes|take|took|hides|hide) my (key|keys|phone|shoes) *6 so i (do not|can not|cannot)"
            " (go|leave|get out)",
            "not (allowed|aloud) *2 (out side|outside)",
            "stuck in here since",
            "they bring (me)? food",
            "(have to|got to|must) stay in the (house|flat|room) (until|till)",
            "(can not|not allowed to) go to (college|school) (anymore|any more)",
        ),
    ),
    Cue(
        "threat:understated",
        _R.THREAT,
        patterns=(
            "(posted|shared|leaked|put) my (address|location|postcode)",
            "(showed|show|shows|pulled) (me)? a (knife|blade|gun|machete)",
            "take me (whether|no matter)",
            "you are dead (when|if|next)",
            "(keeps|keep|been|kept) (texting|messaging|sending|saying|writing) *3 (you are dead|"
            "your dead|i am dead)",
            "(turned up|came|showed up|come|waiting) *8 with a (hammer|knife|bat|machete|gun|"
            "blade)",
            "(saying|said|says|told me|tells me|shouting) (i am|you are) next",
            # "they put message under door say we will get you"
            "(say|said|says|saying|wrote|writes|write) (we|they) (will|are going to|gonna) get "
            "(you|me) !a|an|the|some|one|any|your|home|back|to|in|out|there|on|from|for|tickets",
            "(find|found|finds) (out)? my new address",
            "(they are|he is|she is|theyre|hes|shes|they were|he was) (outside|at the door|at my "
            "door|downstairs|in the stairwell|on my street) *3 with (knives|a knife|a machete|"
            "machetes|a gun|guns|weapons|a bat|bats|blades|a blade)",
        ),
    ),
    Cue(
        "abuse:hidden_marks",
        _R.ABUSE,
        negatable=False,  # "so nobody sees my bruises" denies nothing
        patterns=(
            "(wear|wearing|wore|keep|keeping|cover|covering|hide|hiding) *6 so *4 (does not|do "
            "not|can not|will not|did not|nobody|no one) *2 (see|sees|notice|notices|ask|asks) *1 "
            "(my|the) (bruises|bruise|marks|black eye)",
        ),
    ),
    Cue(
        "abuse:thrown_at",
        _R.ABUSE,
        physical=True,  # "threw a ball at me in pe and it cut my lip" is play
        patterns=("~throw *12 (cut|split|bust) my (head|face|lip|eye)",),
    ),
    Cue(
        "unsafe:left_alone",
        _R.UNSAFE_HOME,
        patterns=(
            "(leaves|left|leave|leaving) (me|us|me and my (sister|brother|baby sister|baby "
            "brother)) *2 on (our|my) own *8 (every night|most nights|all night|all weekend|"
            "overnight|for days)",
            "(home|house|placement|resi|unit|there) *6 (boy|man|lad|girl|someone|kid|older kids) "
            "*3 (i am) (scared|frightened|terrified|afraid) of",
        ),
    ),
    Cue(
        "forced_marriage:disclosed",
        _R.FORCED_MARRIAGE,
        patterns=(
            "(being|been|getting|is being|are) (made|forced|pressured) to marry",
            "(rishta|nikah|wedding|engaged|married|marry) *8 (i am|she is|he is) only @MINOR_AGE",
            "(i am|i will be) getting married in (" + _COUNTRY + ")",
            "(tickets|flights|ticket) *8 (abroad|" + _COUNTRY + ") *12 (wedding|married|marry)",
        ),
    ),
    Cue(
        "destitution:tonight",
        _R.DESTITUTION,
        patterns=(
            "(no|got no|have no|not got a|nowhere for a) (bed|place to sleep|roof) (tonight|for "
            "tonight)",
            "tonight (no one|nobody|noone) (said yes|will have me|can have me|can put me up)",
        ),
    ),
    Cue(
        "suicide:cannot_go_on",
        _R.SUICIDE,
        level=_C,
        despair=True,  # alone it may be a complaint ("...the wifi keeps cutting out")
        hyperbole=True,  # "cant do this homework anymore lol" is not despair
        patterns=("(can not|cannot) do (this|it|life) (anymore|any more|no more|no longer)",),
    ),
    Cue(
        "unsafe:scared_to_go",
        _R.UNSAFE_HOME,
        hyperbole=True,
        patterns=(
            "(scared|frightened|frightend|terrified|petrified) *3 (go|going|to go) to (dads|mums|"
            "my dads|my mums|his|hers|their house|contact)",
        ),
    ),
    Cue(
        "unsafe:violence_seen",
        _R.UNSAFE_HOME,
        physical=True,
        patterns=(
            "(blood|bleeding) (on|from) (her|his|mums|my mums|my carers|dads|my dads) (face|nose|"
            "head|mouth|lip)",
        ),
    ),
    Cue(
        "unsafe:understated",
        _R.UNSAFE_HOME,
        patterns=(
            "(please do not|do not) make me go back",
            "(sleep|sleeping) in my (school uniform|clothes|shoes|trainers) so i can",
            "(has|got|have) a key to my (room|flat|bedroom)",
            "when i hear (his|her|their) (car|key|keys|voice|footsteps|van)",
            "(can not|cannot) be (at home|there|in the house) when (he|she|they)",
            "lock myself in the (bathroom|toilet|room) (till|until)",
            "(drunk|drinking|been drinking|off his face|wasted) *6 (drives|drove|driving|drive) "
            "(us|me)",
        ),
    ),
)

"""Plans told as arrangements: goodbyes, giving things away, a day chosen, a route planned,
a marriage arranged over a child's head, a debt or a phone that comes with orders.

A careful reader hears "won't need it after Friday" or "who gets my stuff if I die" as a
possible plan to end a life, and "running away to London on Friday" or "she'll hide me at
her friend's" as a child about to go missing. None of these names the act, so the other
cue lists miss them. Weak signs are CONCERN cues that add up with others (`despair`, or the
adding-up groups of `nlp.risk.ADDING_UP`).
"""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
_DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|weekend"
_THINGS = (
    "stuff|things|belongings|xbox|switch|ps5|playstation|phone|games|clothes|dog|cat|"
    "money|savings|room|trainers"
)

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:farewell",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "(will not|do not think i will|do not think ill|not going to) be (around|here|alive) "
            "(much longer|for long|for much longer)",
            "(will not|do not think i will|do not think ill|not going to) be alive *4 (for|by|"
            "next|at|when)",
            "(who|who will|who would) (gets|get|have|has) my (" + _THINGS + ") (if|when|after) "
            "(i die|i am dead|i am gone|i am not here)",
            "what happens to my (" + _THINGS + ") (if|when|after) (i die|i am dead|i am gone)",
            "(gave|given|giving|give) away (all|most|loads)? (of)? my (" + _THINGS + ") *8 "
            "(will not need|do not need|not need|peaceful|goodbye)",
            "(go|going|went|fall|falling) to sleep *3 (never|and not|and never) (wake|waking) up",
            "when *3 (goes|go|dies|die|is gone|passes) so (do|will) i",
            "(amount|dose|how many) *6 (would be|is|are) (fatal|lethal|enough to die)",
            "how many (of my)? (tablets|pills|sertraline|paracetamol|meds|medication) "
            "(would it take|does it take|would kill|to die|would be enough)",
            "(take|taking|swallow|drink|have) (everything|all of it|it all) in the (medicine|meds|"
            "first aid) (cupboard|cabinet|box|drawer)",
            "(tied|tie|tying) *4 (belt|cord|scarf|lead|tie) *4 (branch|tree|door|banister|hook|"
            "beam) *4 (to check|to see|to test)",
            "(highest|tallest|biggest) (bridge|building|car park|multi storey|cliff) *6 (asking "
            "for a reason|for a reason)",
            "(one step|one jump) (and|then) (done|gone|over|it is over|it would be over|that is "
            "it)",
            "(in front of|under) a (bus|train|lorry|car) *4 (all be over|be over|end it)",
            "(if i am not|if im not) (online|here|around|on) *3 (tomorrow|tonight|by) *6 (did it|"
            "done it|gone)",
            "~tell *4 i said (bye|goodbye)",
            "say (bye|goodbye) *4 for me",
        ),
    ),
    Cue(
        "suicide:farewell_signs",
        _R.SUICIDE,
        level=_C,
        despair=True,
        negatable=False,
        patterns=(
            "(will not|not going to|do not think i will|do not think ill) (need|be needing) "
            "(it|them|this|that|any|anything|my) *3 (after|past|by) *3 (" + _DAY + "|christmas|"
            "birthday|week|month|then|that|this)",
            "not (planning|planning on|going to be) (on)? (being|be)? (here|around|alive) (next|by|"
            "for|much)",
            "(would|had) rather not be (here|around|alive) (for|by|at|when)",
            "(tying|tie|tied) up (loose ends|all my loose ends)",
            "(sorted|sorting|sort|put|putting|got) my affairs",
            "(decided|chosen|picked|set) (on)? (a|the) (date|day|night) !for|of|off|out",
            "(i have|have) decided (" + _DAY + ") (is|will be) the (day|night)",
            "(finally|actually) (did|done|do|doing) it *4 (sorry|goodbye|bye)",
            "(letters|notes|a letter|a note) *6 (in my drawer|for them to find|on my laptop|on my "
            "bed|under my pillow)",
            "asking for a reason",
            "(cancelled|cancelling|cancel) my (phone|contract|gym|subscriptions)",
            "(do not|not) (need|want) a (reply|response|answer)",
            "(sorry|apologies) to (whoever|whoever reads this|anyone reading)",
            "(nothing|no one|nobody) left (to lose|to live for|for me)",
        ),
    ),
    Cue(
        "running_away:leaving_plan",
        _R.RUNNING_AWAY,
        sensitive=True,
        hyperbole=True,
        patterns=(
            "(running|run) away *4 (to|on|tomorrow|tonight|after|together|weekend|" + _DAY + ") "
            "!lol|haha",
            "(doing|do|did) a runner *4 (to|on|tomorrow|tonight|after|together|weekend|"
            + _DAY
            + ") !lol|haha",
            "i (have|had)? been (gone|missing) since (yesterday|last night|this morning|monday|"
            "tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)",
            "(staying|stayed|sleeping|slept|living) at (some|a|this) (random|older)? (guys|mans|"
            "blokes|lads|mens|strangers) (house|flat|place)",
            "(hide|hiding|hid) me *4 (so|from) *4 (social|social workers|sw|police|carers|staff|"
            "they|nobody|no one) *2 (can not|will not|do not|never) (find|know|see)",
            "(will|gonna|going to) (hide|hiding) me (at|in|so)",
            "(walk|walking|hitch|hitching|get|getting) *2 to my (nans|dads|mums|nan|dad|mum|"
            "brothers|sisters|mates) *6 (does not know|do not know|nobody knows|no one knows|not "
            "allowed)",
            "(not getting back|will not get back) (in|into) the (taxi|car)",
            "i (will|am going to)? be (long)? gone (before|by the time) (they|anyone|staff|you)",
            "(turned|turn|switched|switch) (my)? location off *4 (and left|and gone|left)",
            "(sending|send|sends|booked|book|paid) *4 (taxi|uber|cab) *6 (midnight|night|1am|2am|"
            "3am|4am)",
            "(sending|send|sends|booked|book|paid) *4 (taxi|uber|cab) *6 (1|2|3|4|one|two|three|"
            "four) am",
        ),
    ),
    Cue(
        "destitution:going_hungry",
        _R.DESTITUTION,
        sensitive=True,
        hyperbole=True,
        patterns=(
            "(go|going|went|goes) to (bed|sleep|school) (hungry|starving|with no food|without "
            "(tea|dinner|food|eating))",
            "(eat|eating|ate) (out of|out|from) (the|a)? (bins|bin|skip)",
            "(only|the only) (proper)? (meal|food) *3 (is|was|i get|i have) *3 (school|breakfast "
            "club|free school)",
            "(get|gets|given) (the)? leftovers *6 (most nights|if there is any|there is not|none)",
            "nothing (for|on) the (meter|electric|gas) *8 (baby|son|daughter|little boy|little "
            "girl|kids|freezing|cold)",
        ),
    ),
    Cue(
        "threat:weapon_promised",
        _R.THREAT,
        sensitive=True,
        patterns=(
            "(bring|bringing|brings|bringin) *4 (knife|blade|machete|shank|gun|bat|hammer) *6 "
            "(do me|stab me|use it on me|for me after|after me) !lol|haha",
            "(going to|gonna|will|is going to) (stab|shank|jump|batter|knife) me *3 (on|at|after|"
            "tomorrow|monday|tuesday|wednesday|thursday|friday|tonight|when)",
        ),
    ),
    Cue(
        "unsafe:left_alone_young",
        _R.UNSAFE_HOME,
        patterns=(
            "(left|leave|leaves|leaving) *4 (alone|own|myself|ourselves) *6 (every|all|most) "
            "(night|nights|weekend|weekends|evening|evenings)",
            "(left|leave|leaves|leaving) *4 (alone|own|myself|ourselves) *6 overnight",
            "(left|leave|leaves|leaving) *4 (alone|own|myself|ourselves) *6 when (she|he|they) "
            "(goes|go|works|is|are)",
        ),
    ),
    Cue(
        "forced_marriage:arranged_for_me",
        _R.FORCED_MARRIAGE,
        sensitive=True,
        patterns=(
            "(my husband|my wife|my fiance|engaged|a bride|my marriage|marry him|marry her) *10 "
            "(i am|and i am|i am only|only) @MINOR_AGE !year|years|months|weeks|minutes",
            "(i am|i am only) @MINOR_AGE *10 (my husband|my wife|engaged|a bride|marry him|"
            "marry her|marrying|my marriage)",
            "(did not|never|do not|not) (agree|choose|chose|say yes|consent|want) *6 (marriage|"
            "engagement|married|engaged|husband|marry)",
            "(married|engaged|my husband|marry|engagement|ceremony) *12 (did not|never) (agree|"
            "choose|chose|say yes|consent)",
            "(made|make|making|forced|forcing) me (say yes|agree|sign) *6 (marriage|engagement|"
            "married|husband|man|phone|wife)",
            "(refuse|refused|say no|said no) (to)? (the)? (marriage|engagement|wedding|marry|"
            "marrying) *10 (dead|disown|disowned|kill|off|shame|regret|son|daughter|worse)",
            "(paid|exchanged|given|gave) *3 (money|gifts|gold|dowry) *3 for me",
            "i (have to|must|got to|am being made to) marry",
            "(pack|packing) everything *8 (not need|never|will not need) *4 (again|school|back)",
            "came back married",
        ),
    ),
    Cue(
        "criminal_exploitation:orders",
        _R.CRIMINAL_EXPLOITATION,
        sensitive=True,
        patterns=(
            "(olders|older boys|older lads|older lad|elders|man|guy|bloke) *6 (gave|give|gives|"
            "got) me *3 (phone|second phone|2nd phone|burner|brick|nokia)",
            "(have|had|got) to (answer|pick) *3 (whenever|wherever|rings)",
            "(go|going|went) (wherever|where) (he|they|she) (says|say|tells me|tell me)",
            "(i|we) (owe|owes|owed) *6 (know where|till friday|until friday|by friday|or else|"
            "outside my|they know)",
            "(using|use|used|uses) my (flat|place|house|address|room) (to|for) (sell|deal|dealing|"
            "selling|store|stash|parcels|drugs|hold)",
            "(stuff|plug|plugged|plugging|carry|hide|hid) *4 (up inside|inside me|inside my)",
            "(deliver|delivering|drop off|dropping off|drive people about) *8 (cash|do not ask|"
            "no questions|not allowed to say)",
            "(taking|take|took|sending|sent) me country",
            "(nick|steal|shoplift|nicking|stealing|shoplifting) *4 for (him|them|someone|a guy|"
            "a man) *6 (pays|paid|pay|cash|money|per)",
            "(owe|owes|owing|paying|pay) (it|them|him) back *6 (trainers|clothes|phone|north face|"
            "gifts|stuff he|stuff they)",
            "(trainers|clothes|phone|north face|gifts|credit) *10 (time|start|have to) *2 "
            "(paying|pay) (it|them|him)? back",
        ),
    ),
)

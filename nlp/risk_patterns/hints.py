"""Suicide and self-harm hinted in a few words: things put in order "for after", a plan
waiting for the house to sleep, a break from living, a funeral playlist, the means got
round a limit, bandages that cannot be explained. Each pattern needs the hint's own words
together; the ordinary half alone (a birthday present, a phone contract, a glass) is
nothing.
"""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
# who finds me, or has to sort things out after me
_WHO = (
    "they|nobody|no one|noone|staff|carers|my carers|my carer|carer|mum|my mum|dad|my dad|"
    "my sister|my brother|my family|my nan|you|anyone|everyone"
)
# everyday things that follow "after" ("for after school"): not a farewell
_AFTER_EVERYDAY = (
    "school|college|work|uni|tea|dinner|lunch|breakfast|the|my|christmas|exams|we|you|this|"
    "that|it|summer|easter|half|today|tomorrow|tonight|he|she|they|contact|practice|training|"
    "football|church|mosque|a|an|her|his|our|their|class|clubs|club|swimming|each|every|eid|"
    "ramadan|moving|netball|uni|holiday|holidays|results|court|the|payday|bills|rent|xmas"
)
_GONE = "(i am gone|i have gone|i go|i die|i am dead|i am not here|i am not around)"
_SHARP = "blade|blades|metal bit|metal bits"
_SHARP_HOLDER = "shaver|razor|sharpener|pencil sharpener|sharpeners|pencil sharpeners|disposable"
# made-up plans that wait for the house to sleep
_NOT_MY_PLAN = (
    "feast|party|escape|birthday|surprise|prank|holiday|revision|game|heist|sleepover|pizza|"
    "film|movie|midnight|snack|gaming|xbox|cake|christmas|santa|tooth|fairy|food|tiktok"
)
# high places and roads people go to when they mean to die
_DROP = (
    "bridge|railway|tracks|train tracks|motorway|flyover|cliff|cliffs|multi storey|car park roof"
)
_DRESSING = "bandages|bandage|plasters|plaster|steri strips|dressings|gauze|butterfly stitches"

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:hinted",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            # a break, a holiday or a rest from being alive, not from living with someone
            "(break|holiday|rest|time off|time out) from (living|being alive|existing|"
            "breathing|life|being here) !with|at|in|on|here|there|together|arrangements|"
            "situation|costs|skills|out|off|like|rough|alone",
            "(want|wanna|wish|like|could) to? just? (float|drift|sink) *6 (never|not) (come|"
            "coming) back",
            "~stop (texting|messaging|replying|posting|talking) (forever|for ever|for good) *8 "
            "(about to|going to|gonna|i will|i am next|notice)",
            "(imagine|imagining|picture|picturing) *4 finding my body",
            "(imagine|imagining|picture|picturing) *4 (finding|find) me (dead|hanging|cold|gone|"
            "in the morning|on the floor|on the bathroom floor|in the bath|in my room)",
            "(imagine|imagining|picture|picturing) *4 finding me and i (do not|no longer) "
            "(feel bad|care|mind)",
            "so (they|carer|my carer|staff|mum|dad|someone|she|he|my carers) (finds|find|will "
            "find|can find) (it|them|my teddy) with (the|my) (letter|note|notes|letters)",
            "(staff|carer|my carer|carers|mum|they) will find (it|them|me) with my (letter|note|"
            "notes|letters)",
            "(better|easier|happier) (kid|child|foster kid|life|off|for everyone) *4 if (the|my) "
            "(bed|room) (was|were|is) empty",
            "(railway|line|tracks|bridge|crossing) *10 (timing|timed|counting) the trains",
            "(timing|timed|counting) the trains (at|on|by|near|from) the (crossing|bridge|tracks|"
            "railway|line|level crossing)",
            "stop my heart (for good|forever|permanently)",
            "(quickest|fastest|easiest|painless|least painful|simplest) way to (stop breathing|"
            "stop my heart|make my heart stop|not wake up|stop existing|never wake up|go to sleep"
            " forever) !through|racing|pounding|beating|so|too|when|after|before|during|in|with|"
            "at|for|while|underwater|fast",
            "how (to|do you|do i|would i|would you|can i|can you) (stop my heart|make my heart "
            "stop) !racing|pounding|beating|so|too|when|after|before|during|in|with|at|for|fast",
            "(sorted|arranged|found|decided) (who|someone|somebody) *2 (has|have|gets|get|takes|"
            "take|keeps|keep|will have|will take|will get|to have|to take|to look after|looks "
            "after|look after) my (cat|dog|pets|pet|hamster|rabbit|things|stuff|fish) *6 now i "
            "can (stop|let go|end it|go now)",
            "(sorted|arranged|found|decided) (who|someone|somebody) *2 (has|have|gets|get|takes|"
            "take|keeps|keep|will have|will take|will get) my (cat|dog|pets|pet|hamster|rabbit) *6"
            " now i can go !to|on|out|home|back|and|shopping|away|in|for|with|there|abroad|into|"
            "round|ahead",
            f"(bank card|bank details|savings) *10 for after !{_AFTER_EVERYDAY}",
            f"so ({_WHO}) (do not|will not|would not|does not) (have|need) to *3 (after|"
            f"afterwards) {_GONE}",
            f"so ({_WHO}) *2 (left with|stuck with|has to pay|have to pay) (a|my|the|any)? "
            "(bill|bills|debt|debts|contract|funeral) after (me|" + _GONE[1:],
            "(google|googled|googling|search|searched|searching|look up|looked up|looking up|"
            "how much|which) *4 (bleach|antifreeze|weedkiller|weed killer|drain cleaner|dettol)"
            " *4 (to drink|would i have to drink|i would need to drink|i drink|to swallow|i "
            "swallow|to kill me|to die)",
            "(chemists|chemist|pharmacy|pharmacies) *8 (get|got|getting|go|went|"
            "going) (round|around) the (limit|rule|rules)",
            "(playlist|songs|song|hymns|outfit|flowers) for my (own)? funeral !service|lesson|"
            "project|in|scene|play",
            "my own funeral *6 who (would|will|is going to) even? (come|turn up|cry|care|be "
            "there|show up|miss me)",
            "i (jump|fall|step) (from|off) (high enough|somewhere high enough|high up enough) *4 "
            "(hurt|feel|quick|die|pain)",
            "how high (do|would|does|should|must) (you|i|a person|someone) (need|have|want) to "
            "(jump|fall) (from|off) *3 (die|to die|kill|not survive|for it to|so it)",
            "i (sit|sat|stand|stood|am sitting|am standing|keep sitting) on the (roof|ledge) *6 "
            "(thinking about|think about|thinking of) (stepping|jumping|falling) off",
            "(thinking about|think about|thought about|thinking of) (stepping|step) off (the|my)?"
            " (roof|ledge|balcony|bridge|multi storey|car park roof|cliff)",
            "(died|passed away|funeral|grave) *8 i (should|want to|wanna|need to|am going to) "
            "(just)? "
            "go with (her|him|them) !to|for|and|on|in|tomorrow|next|later|when|shopping|because|"
            "back|home|there|abroad|into|round",
            # the means or the place, gone to
            "i (got|bought|found|took|have got) a rope (and|then) *6 (woods|tree|loft|beam|"
            "banister)",
            "(tracks|railway|train line|railway line) *6 (stood|stand|standing|sat|lay|lying|laid"
            "|lie) (on|between) the (line|lines|tracks|rails)",
            "(bridge|railway|tracks|motorway|flyover|car park|cliff|multi storey) *6 (climbed|"
            "climb|climbing) over the (fence|railing|railings|barrier|wall|edge)",
            "(stand|standing|stood|sit|sitting|sat) (at|on) the edge of the (road|platform|roof|"
            "bridge|cliff|car park|multi storey|tracks) *6 (waiting|wait) for (a|the) (big|fast)?"
            " (lorry|truck|courage|right moment)",
            # a high place that pulls, or is gone back to at night (no river or lake: "the
            # river keeps calling me, fishing is my new hobby")
            f"the ({_DROP}) (keeps|keep|kept|has been|have been) calling (me|my name|to me)",
            f"the ({_DROP}) (by|near|over|behind|next to|at the end of) *2 (keeps|keep|kept|has "
            "been) calling (me|my name|to me)",
            f"(the|that) ({_DROP}) *8 i (keep|kept|have been|been) (walking|going) up to it (at "
            "night|every night|late at night|on my own|alone)",
            "(check|checking|checked|look|looking|looked) *2 (the)? (train times|trains times|"
            "train timetable) *2 not (cos|because|cause) i am going anywhere",
            "(tonight|today|soon) (i am|i will be|i am going to be) ending (it all|everything|my "
            "life)",
            # what was swallowed an hour ago
            "(swallowed) (all|the lot|the whole lot|all of them|the lot of them) (about|like|"
            "around|maybe)? (an "
            "hour|hour|half an hour|20 mins|10 mins|mins|minutes|20 minutes|10 minutes) ago",
            "(took) (all|the lot|the whole lot) of them (about|like|around|maybe)? (an "
            "hour|hour|half an hour|20 mins|10 mins|mins|minutes|20 minutes|10 minutes) ago",
        ),
    ),
    Cue(
        "suicide:hinted_gift",
        _R.SUICIDE,
        # "don't get me a present": the "don't" is the hint's own, not a denial
        negatable=False,
        patterns=(
            "(birthday|christmas) (present|presents|card|cards) *8 i (will not|am not going to) "
            "be (here|around|alive) to (open|see|use|read|have|get|enjoy|wear|play|spend) (it|them)"
            " !at|because|cos|as|on|in|till|until|when|with|so|this|that|there|anyway",
        ),
    ),
    Cue(
        # bare hints: one is a worry, two together (or beside a despair sign) are urgent
        "suicide:hinted_signs",
        _R.SUICIDE,
        level=_C,
        despair=True,
        negatable=False,
        patterns=(
            "(not|never) (doing|do|going to do|gonna do) (another|one more) (day|week|year|"
            "night|month|christmas|birthday) of (this|living|life|it) "
            "!course|job|school|college|uni|placement|house|flat|weather|homework|revision|class|"
            "subject|team|shift|shifts|rota|commute|bus|journey|diet|place|training|rain|cold|"
            "noise|heat|damp|mould|snow|traffic|music|shouting|drama|nonsense|rubbish|queue",
            # going to the edge, or starving on purpose: beside a burden, urgent
            "(keep|kept|been|i am|im) (standing|leaning|hanging) (at|on|over|off) the (edge|edge "
            "of the platform|balcony|railing|railings|ledge|side of the bridge) !to|taking|"
            "watching|getting|for|with|and|looking|waiting",
            "(been|i am|keep|started) taking (extra|double) (of)? (my)? (meds|tablets|pills|"
            "medication|insulin) *3 (each|every|at) night",
            "(going|go|went|gone) to the (cliffs|cliff|bridge|multi storey|car park roof) *4 "
            "(alone|on my own|by myself) !to|for|with|and",
            "stopped (eating|drinking) (and|or) (eating|drinking) on purpose",
            "(at peace|calm|calmer|relieved|peaceful|lighter) now (that)? i (know|have decided|"
            "have picked|have chosen|picked|chose|decided) (when|how|the date|the day|where) "
            "!i|we|my|the|it|contact|they|he|she|you|to|is|are|am",
            "(it|that|tonight|the hug|that hug) was (me saying|my)? goodbye "
            "!to|for|from|drinks|party|card|lunch|meal|present|gift|do|event|tea|dinner|song|"
            "assembly|day|trip",
            "(planned|planning|plan|picked|chosen|choose|choosing|chose|sorted) my last meal "
            "!at|before|of|in|for|on|with|as|when",
            "(pass on|tell|let) *4 (she|he|they|you) (did|tried) (her|his|their|your) best *8 "
            "(not|is not|was not|will not be|none of this is) (her|his|their|your) fault "
            "!the|that|it|we|my|i",
            "(what|whatever) (happens|is going to happen|i do|i am going to do|happens tonight) "
            "(is not|was not|will not be|is never) (her|his|their|your|anyones|anyone's|"
            "anybody's|my carers) fault !in|on|at|with|the|it|we|because|cos|that|if",
            "cancel (everything|all of it|it all|all my appointments) *4 (for good|forever|"
            "will not need|no point) !on|at|in|this|next|tomorrow|today|as|because|cos|while|till"
            "|until",
            "(playlist|songs|song|music|outfit) (for|at) my (own)? funeral",
            "(picture|picturing|imagine|imagining) my own funeral",
            "(want|wanna|wish|like|could) to? sleep for always",
            f"<!{_NOT_MY_PLAN} (plan|plans) (is|are)? (sorted|ready|done|made) *6 (waiting|wait) "
            "(for|till|until) the? (staff|everyone|carers|my carers|they|them|mum|dad|house|"
            "others) *3 (bed|asleep|sleeping|sleep) !so|and|to|then|before|lol",
        ),
    ),
    Cue(
        "self_harm:hinted",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            f"(need|want|get|buy|bought|nicked|took) *2 ({_DRESSING}) *8 (can not|cannot|"
            "do not want to|will not) (tell|say|explain) (why|what for|them why|staff why|"
            "anyone why) !my|the|it|i|they|we|you|this|that|his|her|our",
            f"(buy|bought|buying|stock up on|stocked up on|more|another box of) ({_DRESSING}) "
            "*6 (hide|hidden|hiding|secret|so nobody|so no one|so they do not)",
            "(smashed|broke|snapped|cracked|smash|break|snap) (a|the|my) (glass|mirror|mug|"
            "sharpener|razor|bottle|plate|cd) *6 so i (could|can) (use|keep|have) (the|a)? (bits|"
            "pieces|shards|edge|sharp bit|sharp bits|glass)",
            f"(screws|screw) out of (the|my|a) ({_SHARP_HOLDER}) *6 (to get|for) the ({_SHARP}|"
            "bit)",
            f"({_SHARP_HOLDER}) *6 to (get|take|have) the ({_SHARP}) out",
            "(nurse|teacher|carer|staff|someone|she|he|they|pe teacher) asked about my (wrist|"
            "wrists|arm|arms|legs|thighs|cuts|marks|scars|sleeves) *3 (and)? i (lied|made "
            "something up|said it was the cat|covered it up)",
            "(i|am|been|was|started|keep) ~do the thing with (the|my) (compass|razor|sharpener|"
            "blade) (again|tonight|today|in class|under the table|on my)",
            f"(kept|keep|keeping|hid|hide|hidden) my (old)? ({_SHARP}) *8 (used|use) (one|it|"
            "them) (tonight|today|last night|again|this morning) !to|for",
        ),
    ),
)

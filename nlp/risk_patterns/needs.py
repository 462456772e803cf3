"""Running away (especially with an unknown adult) and destitution tonight."""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_RUN = RiskReason.RUNNING_AWAY
_DESTITUTE = RiskReason.DESTITUTION
_CONCERN = RiskLevel.CONCERN
# someone online the child does not know (not "my mate", "my girlfriend", "my auntie")
_UNKNOWN = "(someone|somebody|man|guy|lad|bloke|person|stranger|woman|adult|account|he|they)"
_STRANGER = "him|man|someone|boyfriend|guy|bloke|older|stranger|person|them|bf|men|girl|boy"

CUES: tuple[Cue, ...] = (
    Cue(
        "running_away:with_adult",
        _RUN,
        patterns=(
            "~run|~go (away|off) *1 with|to|together *3 " + _STRANGER + "|@ONLINE",
            "~run (away|off) *3 to (be with|meet|live with|stay with|see)",
            "(~meet|~meet up|~see) *3 someone|man|guy|person|him|boy|girl|older|some1|bloke|them "
            "*5 @ONLINE",
            "@ONLINE *6 ~want|~ask|~arrange|~plan|~agree|going|gonna|to *2 (~meet|~meet up|"
            "~pick me up|~come and get me|~visit me|~come round|~come over)",
            "(~meet|~meet up) *2 someone|him|her|man|guy|person|them *1 i|we *2 met|~talk|talking|"
            "~speak|~chat|~know *3 @ONLINE",
            "someone|man|guy|person|he|him *6 @ONLINE *6 (my address|where i live|~pick me up|"
            "~come and get me|train ticket|~buy me a ticket|~pay for my train|~send me money)",
            # someone online the child does not know, knowing or told where they live, coming
            # to it, or offering gifts for it ("my mate from xbox knows where i live" is not)
            f"{_UNKNOWN} *6 @ONLINE *8 (~come|coming|~turn up|~know|knows|~find|found|~send|"
            "sent|~give|gave|given|~tell|told) *2 to? (my address|where i live|my postcode)",
            f"~tell|told|~give|gave|~send|sent (a|an|some|this|the)? {_UNKNOWN} *4 @ONLINE *4 "
            "(my address|where i live|my postcode)",
            f"(my address|where i live|my location|my postcode) to (a|an|some|this|the)? "
            f"{_UNKNOWN} *3 @ONLINE",
            f"{_UNKNOWN} *6 @ONLINE *8 (my address|where i live|my postcode) *8 i have? (~give|"
            "gave|given|~tell|told|~send|sent) (it|him|her|them)",
            f"{_UNKNOWN} *6 @ONLINE *8 (my address|where i live|my postcode) *8 (present|"
            "presents|gift|gifts|money|ps5|phone|iphone|trainers|clothes|vapes|nails|quid|£|"
            "weed|pay for)",
            f"{_UNKNOWN} *6 @ONLINE *10 (~drop|dropped|~share|shared|~send|sent) (him|her|them)? "
            "my (location|live location|address|postcode)",
            "(~get in|got into) *1 a|his|their|some car *3 with *1 " + _STRANGER,
        ),
    ),
    Cue(
        "running_away:imminent",
        _RUN,
        patterns=(
            "(run away|run off|running away|go missing|going missing|disappear|leave and never "
            "come back) *3 @TIME_NOW",
            "going|gonna|planning|~plan|~pack|~decide|ready|will *2 to? (~run away|~run off|"
            "~go missing|~leave home|~leave here)",
            # "about to run away", not a song "about running away"
            "<!is|was|its|song|film|book|story about *2 to (~run away|~run off|~go missing|"
            "~leave home|~leave here)",
            "(thinking|think|thought|talking|talk|talked|serious) about (~run away|~run off|"
            "~go missing|~leave home|~leave here)",
            "~pack my bag|bags|stuff *4 ~run|~leave|tonight|go",
            "~run away|off *3 (and never come back|and not come back|forever|for good)",
        ),
    ),
    Cue(
        "destitution:no_food",
        _DESTITUTE,
        patterns=(
            "no food *2 (left|in the house|in my flat|in the flat|in the fridge|at all|at home|"
            "for days|since|to eat|and no|until|till|in the cupboards|for me|for the kids)",
            "not ~have|got|get *1 any|enough? *1 (food|anything to eat) !at|in|for|allowed",
            "nothing *1 (to eat|in the fridge|in the cupboards)",
            "(fridge is empty|cupboards are empty|empty fridge|empty cupboards)",
            "not (~eat|eaten) *3 since|for|in *2 days|yesterday|two|three|four|week|"
            "weekend|ages|48|24|2|3|4 !months|month|years|year",
            "not (had|~have) *2 (anything|food|meal|meals|dinner|tea|breakfast|lunch|something|owt|"
            "bath|shower|wash) *2 since|for|in *2 days|yesterday|two|three|four|"
            "week|weekend|ages|48|24|2|3|4 !months|month|years|year",
            "can not afford *2 food|eat|electric|electricity|gas|heating|rent|meter|bills|"
            "groceries|tea|dinner|anything|shopping",
            "~run|~ran out of *2 food|money|electric|gas|credit *1 !on|for",
            "(~go hungry|going without food|~starve|starving) *4 (no money|no food|can not afford|"
            "days|nothing)",
        ),
    ),
    Cue(
        "destitution:no_money",
        _DESTITUTE,
        patterns=(
            "no money *2 (left|at all|for food|to eat|for electric|for gas|till|until|for the "
            "meter|for tea|for anything|for my rent|for rent|to live)",
            "not ~have|got *1 any money *2 (left|at all|for food|to eat|till|until)",
            "(not a penny|not a single penny|a penny to my name|0 pounds|zero pounds|0 quid|no "
            "money whatsoever)",
            "~live|living on nothing",
        ),
    ),
    Cue(
        "destitution:nowhere",
        _DESTITUTE,
        patterns=(
            "nowhere to *1 sleep|stay|live|kip|crash|go|rest !for|at|on|in|with|after|during|when",
            "not ~have|got *1 anywhere|somewhere|place|bed|roof *1 to *1 sleep|stay|go|live|kip",
            "(~sleep|sleeping|slept) *2 (rough|on the street|on the streets|in the park|in a park|"
            "in a car|in a tent|in a stairwell|on a bench|at the station|outside|on a bus|in a "
            "doorway|on the night bus|in the bus station)",
            "~kick|~throw|~chuck|~lock me|us out *4 tonight|today|nowhere|street|streets|now",
            "~evict|evicted|eviction *3 today|tonight|now",
            "(i am|i will be|i have been|made|become|gone|going to be) homeless",
            "homeless *2 tonight|now|today",
        ),
    ),
    Cue(
        "destitution:homeless_topic",
        _DESTITUTE,
        topic=True,
        level=_CONCERN,
        patterns=(
            "homeless|homelessness",
            "sofa surfing|surf",
            "~kick|~throw me|us out",
            "~evict|evicted|eviction",
            "no gas|electric|electricity|heating|light|lights|hot",
            "no money",
            "~skint|debt|overdraft",
            "<!boiler|it|that|phone|car|screen|heating|machine|fridge|cooker|oven|window|door|he|"
            "she|they|we|glass|leg|arm|bone|toe|who|which|washer|tv|laptop|bike broke !my|his|her|"
            "the|a|down|into|in|out|off|up|it|them|their|our",
            "food bank|banks|parcel",
            "can not afford",
        ),
    ),
)

"""Disclosures told sideways, found among the urgent messages dev50 to dev52 missed.

Suicide: following a parent who took their own life, a place already chosen, "doing everyone a
favour by not existing", a birthday that is the last one, a death made to look like an
accident, organs for "someone who actually wants to live", not being here long enough,
wanting "to not be awake", hoping a car clips me, edging closer to the platform's edge.
Self-harm: fingers down the throat, skin scrubbed raw, insulin stopped, bruising "my own
arms", burns "I did myself", jumping to hurt my knees, glass from a smashed screen, eating
only when it is burnt off. Abuse and unsafe homes: soap or hot sauce in the mouth, kneeling
on the floor or facing the wall for hours, "they forget to feed us", locked out as a
punishment, "if I don't tell it keeps happening", needles left about, a fist in the wall
by my head, things thrown again. Threats: "she's going to teach me a lesson", a pet
threatened with a knife.
"""

from __future__ import annotations

from core.analysis import RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_BODY = "arms|arm|legs|leg|skin|body|face|wrists|wrist|thighs|thigh|hands|hand|stomach|belly"
_PET = "cat|dog|pet|hamster|rabbit|kitten|puppy|guinea pig|bird"

CUES: tuple[Cue, ...] = (
    Cue(
        # Each pattern says what is planned or wanted now, so neither a past clause ("my mum
        # took her own life when I was 5 … do the same") nor a stray "without" softens it.
        "suicide:sideways",
        _R.SUICIDE,
        negatable=False,
        patterns=(
            "~take|~took (his|her|their) own life *16 (do the same|same thing|same as (him|her))",
            "(know|decided|picked|found|chosen) where (i am going to|i will|i am gonna|i would|"
            "to) do it",
            "(favour|favor) *3 (by not existing|by not being here|by not being alive|by being "
            "gone|by dying|by disappearing)",
            "(birthday|18th|17th|16th|21st|christmas) *8 last one i am (having|getting|going "
            "to have|gonna have)",
            "(make|making|made) it look like an accident so",
            "(someone|somebody|people) who (actually|really)? ~want to live",
            "(will not|wont|not going to) be (here|around|alive) long enough",
            "(hoping|hope|wish|wishing) *3 (a car|a bus|a lorry|a train|a van|someone|something) "
            "*2 (hits|clips|runs over|knocks|hit|clip) me",
            "(standing|stand|stood|step|stepping|getting) closer to the edge",
        ),
    ),
    Cue(
        # A wish, which may be told as past ("I used to want to not be alive").
        "suicide:not_to_be",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "(and|just|should) not be alive !without|if|because|cos|when",
            "~want to not (be awake|wake up|be alive|be here|exist)",
        ),
    ),
    Cue(
        "self_harm:sideways",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "fingers down my throat",
            "(scrub|scrubbed|scrubbing|rub|rubbed|rubbing) *6 (til|till|until) *3 (raw|bleeds|"
            "bled|bleeding)",
            "(bruising|bruise|bruised|hitting|punching|scratching|burning|cutting|hurting) my "
            f"own ({_BODY})",
            "(burns|cuts|scars|wounds|marks) *16 (did it|done it) (to)? myself",
            "i *8 to hurt my (knees|knee|legs|leg|ankles|ankle|wrists|wrist|hands|hand|body)",
            "so it (looks|look) like an accident",
            "(smash|smashed|break|broke) *6 (use|used|using) the glass",
            "(do not|not) eat (till|until|unless) it",
            "if i (do not|dont) burn it",
            "(done|finished) with eating",
            "so i (do not|dont) get hungry",
        ),
    ),
    Cue(
        # Not `sensitive`: "stopped" here is the harm, not a recovery ("stopped cutting").
        "self_harm:insulin",
        _R.SELF_HARM,
        patterns=("(stopped|stop|not|skipping|skip|skipped) (taking|doing)? my insulin",),
    ),
    Cue(
        "abuse:sideways",
        _R.ABUSE,
        patterns=(
            "(soap|hot sauce|chilli|chili|vinegar|mustard|pepper) *4 (my tongue|my mouth|in my "
            "mouth|on my tongue)",
            "~wash my mouth out",
            "(kneel|kneeling|knelt) on the (kitchen floor|floor|hallway floor|stairs) *10 (hours|"
            "ages|all night|until|till)",
            "(stand|standing|stood) facing the (wall|corner) *10 (hours|ages|all night|until|till)",
            "(forget|forgot|forgets) to feed (us|me)",
            "locked (me|us)? out *8 (as a punishment|for punishment|to punish)",
            "if i (do not|dont) tell *3 (it keeps happening|it will keep happening|keeps "
            "happening|it carries on)",
        ),
    ),
    Cue(
        "unsafe:sideways",
        _R.UNSAFE_HOME,
        patterns=(
            "(leaves|left|leaving) needles",
            "~punch|~hit|~kick|~smash the wall *3 (near|next to|by|beside) my (head|face)",
            "(throwing|smashing) (things|stuff|plates|chairs|furniture|glasses) again",
        ),
    ),
    Cue(
        "threat:sideways",
        _R.THREAT,
        hyperbole=True,
        patterns=(
            "(going to|will|gonna) teach me a lesson !on|about|in|at|for|with",
            f"<!i (stab|kill|hurt|drown|poison|get rid of) my ({_PET})",
        ),
    ),
)

"""Urgent risk told around the edges: a question "for a friend", a euphemism, a young child's
words for hurting or not eating, food kept from a child, a threat of lasting harm, a plan
with the means ready.
"""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
_FEELING = "sad|angry|upset|stressed|cross|low|down|bad|mad|annoyed|lonely|scared"
_HURT = "~scratch|~pinch|~bite|~hit|~punch|~cut|~burn|~slap"
_SKIN = "my face|my arms|my arm|my legs|my leg|my skin|my wrists|my hands|my head|myself"

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:unsaid",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            # a question about death that is really about me
            "(kill themselves|kill yourself|killed themselves|suicide|end their life|"
            "end your life) *8 for a friend",
            "(when|if) (you|u|people) (die|dead) *8 (i want to know|i wonder|would it stop)",
            "would (it|the pain|everything) stop hurting",
            "(die|dead|starve|disappear) *8 i (want|wanna) to try (it|that)",
            "last (one|birthday) i am (having|going to have|ever having|going to see)",
            "~want to (finish|end) my (life|days)",
            "(would not|will not|do not|would never|will never) even? care if i (was|were|am) "
            "(gone|dead|not here|not around)",
            "(not|never) see (the point|any point) *2 (making it|getting|living) to "
            "(16|17|18|19|20|21|my birthday|christmas|next year)",
            "(do not|can not|cannot) see myself (being around|being here|alive|making it|"
            "being alive|still here) (by|at|for|to|until|past|after|in)",
        ),
    ),
    Cue(
        "self_harm:unsaid",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "new|fresh|sharp|sharper blade|blades !runner|runners",
            "till|til|until (it|they) (goes|go|went|turns|turn|turned) (white|purple|blue|numb)",
            # young children say it plainly: "i scratch my face when im sad"
            f"i {_HURT} ({_SKIN}) *3 when (i am|i feel|i get) ({_FEELING})",
            "sleeves *4 (for a reason|do not ask)",
            "(do it|did it|doing it) *6 now (it is|its) every (day|night)",
            "~do (the thing|it) again and (it is|its) (worse|deeper|bad|bad again)",
            # not eating to punish or shrink myself
            "(hate|do not like) my body *4 (do not eat|not eating|stop eating|starve|skip)",
            "(tummy|stomach|belly) (hurts|aches|rumbles) *6 (being good|feels good|deserve)",
            # (skipping meals to lose weight for prom is a worry, not an emergency)
            "(not eating|do not eat|stopped eating|skip|skipping) *6 (being good|deserve it|"
            "punish)",
            "(have not|not) eaten properly since",
            "say no to being weighed",
        ),
    ),
    Cue(
        "abuse:unsaid",
        _R.ABUSE,
        patterns=(
            # food kept from a child
            "(do not|not allowed to|never) (get|have) (breakfast|lunch|dinner|tea|food) "
            "(or|and) (breakfast|lunch|dinner|tea)",
            "not (let|allowed|allow) me to? eat with (the family|them|everyone|her family|"
            "his family|the others)",
            "(own kids|her kids|his kids|real kids) *2 (get|have|eat) *2 (proper|real|hot|"
            "nice) (food|tea|dinner|meals|meal)",
            "~make me eat *3 (on my own|alone|in the garage|outside|on the floor|in the shed|"
            "in the hallway|on the stairs)",
            "calls|called|calling me a? (dirty|filthy|disgusting) (little)? (tramp|stray|rat|"
            "animal|dog|pig|scrounger|mistake|nobody)",
            # asked as a question, answered as my own: "is it allowed to slap you? mine does"
            "~slap|~hit|~smack|~kick|~punch|~hurt|~beat *6 (because|cos) mine (does|do|did|is)",
            # being got alone, washed when I said no
            "when he|she (gets|has|got) me (alone|on my own|to himself|to herself)",
            "the house to himself and me",
            "~give|~make *3 (a bath|a shower|baths|showers) *6 (says no|said no|say no)",
            "(scared|frightened|afraid) *2 (when it is bedtime|of bedtime|at bedtime)",
            # an abuser who still has children in their care
            "he|she (still|now) (coaches|teaches|works with|looks after|babysits|fosters|"
            "runs) *3 (kids|children|the under|under|little|young|girls|boys)",
        ),
    ),
    Cue(
        "abuse:unsaid_blows",
        _R.ABUSE,
        physical=True,
        patterns=(
            "~throw (a|the|my|his|her|their) *1 (plate|plates|mug|cup|glass|bottle|pan|remote|"
            "phone|chair|shoe|bowl|iron|ashtray|knife|hairbrush|controller) at my (head|face)",
            "~kick my (door|bedroom door) in",
            "(~grab|grabbing|~grope|groping) at me",
        ),
    ),
    Cue(
        "unsafe:unsaid",
        _R.UNSAFE_HOME,
        patterns=(
            "(gas smell|smell of gas|smell gas|smells of gas|smelling gas) *6 (strong|really|"
            "bad|worse|everywhere|again)",
            "~try to (get|break|climb) in (through|at|via) (the|my) (window|door|back door|"
            "front door)",
            "~try to (break|get) into (my|the) (room|flat|house|bedroom)",
        ),
    ),
    Cue(
        "destitution:unsaid",
        _R.DESTITUTION,
        patterns=(
            "emergency credit *3 (used|gone|ran out|run out|finished)",
            "can not (top up|afford|pay for) *4 (or|and|nor) (buy|get|afford) (any)? (food|"
            "something to eat|tea|dinner)",
            "down to my (last|final) (£|quid|pound|pounds|pence|penny|few pence|few quid|fiver)",
        ),
    ),
    Cue(
        "unsafe:unsaid_home",
        _R.UNSAFE_HOME,
        patterns=(
            "(scared|frightened|terrified|afraid) when (they|he|she|mum|dad|my parents|they are)"
            " (argue|arguing|fight|fighting|row|rowing|drink|drinking|kick off|get drunk)",
            "it feels (scary|unsafe|frightening|dangerous) (there|at home|here|in the house)",
            "(being at home|at home|my home|home|the house|my placement) (feels|is) (scary|"
            "unsafe|frightening|dangerous) !film|movie|game|show|book|story|bit",
        ),
    ),
    Cue(
        "sexual_exploitation:unsaid",
        _R.SEXUAL_EXPLOITATION,
        patterns=(
            "sugar dad|daddy|daddies|dads|mummy|mommy|mum",
            "i (just)? (have to|got to|need to) (send him|do whatever he|do what he|do stuff for"
            " him|sleep with him|see him)",
        ),
    ),
    Cue(
        "threat:unsaid",
        _R.THREAT,
        patterns=(
            "make sure (i|you) (never|do not|can not) (walk|see|talk|breathe|speak|wake up) again",
        ),
    ),
    Cue(
        "running_away:unsaid",
        _R.RUNNING_AWAY,
        patterns=(
            "(no one|nobody|noone) (will|is going to|would) (ever)? find me",
            "i know which window *2 (opens|open|is unlocked)",
        ),
    ),
    Cue(
        "sexual_exploitation:unsaid_signs",
        _R.SEXUAL_EXPLOITATION,
        level=_C,
        patterns=(
            "free (taxis|taxi|lifts|rides) *3 (everywhere|all the time|now|from)",
            "(stop|stops|stopped|go|goes|went) (at|to|round) (his|their) (flat|house|place) "
            "(first|for a bit|on the way)",
        ),
    ),
)

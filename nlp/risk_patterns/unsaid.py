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
# adults who can hurt a child at home (not a baby sister, a mate or the dog)
_ADULT = (
    "mum|dad|carer|carers|stepdad|stepmum|stepmom|partner|boyfriend|girlfriend|bf|gf|staff|"
    "worker|fella|uncle|auntie|aunt|nan|grandad|he|she"
)

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:unsaid",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            # a question about death that is really about me
            "(kill themselves|kill yourself|killed themselves|suicide|end their life|"
            "end your life) *8 for a friend",
            "would (it|the pain|everything) stop hurting",
            "(you|u) just? (die|starve) *8 i (want|wanna) to try (it|that)",
            "last (birthday|christmas) i am (having|going to have|ever having|going to see)",
            "~want to (finish|end) my (life|days) !story|book|work|skills|plan|portfolio|folder",
            "(would not|will not|do not|would never|will never) even? care if i (was|were|am) "
            "(gone|dead|not here|not around) !for|at|tonight|all|when|on|in|to|today|tomorrow",
            "(not|never) see (the point|any point) *2 (making it|getting|living) to "
            "(16|17|18|19|20|21|my birthday|christmas|next year)",
            "(do not|can not|cannot) see myself (being around|alive|making it|being alive|"
            "still here) (by|at|for|to|until|past|after|in)",
        ),
    ),
    Cue(
        "self_harm:unsaid",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "new|fresh|sharp|sharper blade|blades !runner|runners|kit|skates|on|of|in",
            "(finger|fingers|wrist|wrists|arm|arms|leg|legs|hand|hands|skin|thumb|toes|neck) "
            "*8 (till|til|until) (it|they) (goes|go|went|turns|turn|turned) (purple|blue|numb|"
            "white)",
            # young children say it plainly: "i scratch my face when im sad"
            f"i {_HURT} ({_SKIN}) *3 when (i am|i feel|i get) ({_FEELING})",
            "sleeves *4 for a reason",
            "~do the thing again and (it is|its) (worse|deeper|bad|bad again)",
            # not eating to punish or shrink myself
            "(hate|do not like) my body *4 (do not eat|not eating|stop eating|starve)",
            "(tummy|stomach|belly) (hurts|aches|rumbles) *6 (being good|deserve it)",
            "(not eating|do not eat|stopped eating|skip|skipping) *6 (deserve it|punish)",
        ),
    ),
    Cue(
        "abuse:unsaid",
        _R.ABUSE,
        patterns=(
            # food kept from a child, or given apart
            "(do not|never) get (breakfast|lunch|dinner|tea|food) *4 (next day|as punishment|"
            "unless)",
            "not allowed (any|to have|to get)? (breakfast|lunch|dinner|tea|food) (if|when|unless|"
            "as|for)",
            "not (let|allowed|allow) me to? eat with (the family|her family|his family|"
            "their family)",
            "(own kids|real kids) *2 (get|have|eat) *2 (proper|real|hot|nice) (food|tea|dinner|"
            "meals|meal)",
            "~make me eat *3 (in the garage|on the floor|in the shed|in the hallway|"
            "on the stairs|out of a bowl|off the floor)",
            f"{_ADULT} (calls|called|calling) me a? (dirty|filthy|disgusting) little? (tramp|"
            "stray|rat|animal|dog|pig|scrounger)",
            # asked as a question, answered as my own: "can carers slap you? cos mine does"
            "~slap|~hit|~smack|~kick|~punch|~beat (you|kids|children) *6 (because|cos) mine "
            "(does|do|did)",
            # alone with him, washed when I said no, frightened of the night
            "the house to himself and me",
            "when (he|she) (gets|has|got) me to (himself|herself)",
            "~give|~make *3 (a bath|a shower|baths|showers) *6 (says no|said no|say no)",
            "(scared|frightened|afraid) *2 (when it is bedtime|of bedtime|at bedtime) "
            "!because|cos|coz|of|lol",
            # thrown at me by an adult, my door kicked in
            f"{_ADULT} *3 ~throw (a|the|my|his|her|their) *1 (plate|plates|mug|cup|glass|bottle|"
            "pan|remote|phone|chair|shoe|bowl|iron|ashtray|knife|hairbrush|controller) at my "
            "(head|face)",
            "~kick my (door|bedroom door) in",
            # "got me by the throat", "had me by the neck"
            "(got|had|grabbed|held|pinned) me by the (throat|neck)",
            "(choked|strangled) me (till|until|and) (i)? (blacked|passed|nearly|could not)",
            "(he|fella|man|bloke|stepdad|uncle|boyfriend) *3 (~grab|grabbing|~grope|groping) at me",
        ),
    ),
    Cue(
        "unsafe:unsaid",
        _R.UNSAFE_HOME,
        patterns=(
            "(gas smell|smell of gas|smell gas|smells of gas|smelling gas) *6 (strong|really|"
            "bad|worse|everywhere|again)",
            "(someone|somebody|people|man|men|guy|he|they) *3 ~try to (get|break|climb) in "
            "(through|at|via) (the|my) (window|door|back door|front door)",
            "(someone|somebody|people|man|men|guy|they) *3 ~try to (break|get) into (my|the) "
            "(room|flat|house|bedroom)",
            "(scared|frightened|terrified|afraid) when (they|he|she|mum|dad|my parents) (argue|"
            "arguing|fight|fighting|row|rowing|drink|drinking|kick off|get drunk) !on|in",
            # a stranger in the room while I slept
            "(someone|somebody|a man|a guy|a stranger|strangers|people) (came|come|got|get|"
            "walked|let themselves|broke) in *2 (while|when) i (was|am) (asleep|sleeping|in bed|"
            "in the shower)",
            "it feels (scary|unsafe|frightening|dangerous) (at home|in the house|in my house|"
            "in my placement)",
            "(being at home|my home|the house|my house|my placement|the placement|my flat) (feels|"
            "is) (scary|unsafe|frightening|dangerous) !in|on|lol|but",
        ),
    ),
    Cue(
        "destitution:unsaid",
        _R.DESTITUTION,
        patterns=(
            "emergency credit *3 (used|gone|ran out|run out|finished) !but|till|until|so",
            "can not (top up|afford to top up|pay for|afford) (the|my)? (meter|gas|electric|"
            "electricity|leccy) (or|and|nor) (buy|get|afford) any? food",
            # no food bought for the children at home
            "(mum|dad|carer|carers|she|he|they) (does not|do not|never|will not|stopped) (buy|"
            "buying|get|getting) (food|us food|any food) (anymore|any more) *8 (hungry|starving|"
            "dry cereal|nothing to eat|all week|me and my brother|me and my sister|for days)",
            "down to my (last|final) (£|quid|pound|pounds|pence|penny|few pence|few quid|fiver) "
            "!till|until|but|before|so",
        ),
    ),
    Cue(
        "threat:unsaid",
        _R.THREAT,
        patterns=(
            "make sure (i|you) (never|do not|can not) (walk|breathe|wake up) again",
            # someone who came for me: "he came to my new school and tried to take me"
            "(came|turned up|was waiting|waited|followed me) *6 (tried|try|trying) to (take|grab|"
            "snatch|drag) me !to|for|out|shopping|home|with|back|along|round|in|on|up|off|"
            "away|there|somewhere|swimming|bowling|places|camping",
            "(dragged|drag|pulled|pull|bundled|bundle|forced|force|pushed|push) me into (his|a|"
            "the|their|her) (car|van|taxi|motor)",
        ),
    ),
    Cue(
        "running_away:unsaid",
        _R.RUNNING_AWAY,
        patterns=(
            "for good *8 (guy|man|someone|bloke|lad|girl|woman|fella) (from|off|on|i met on) "
            "(discord|snap|snapchat|insta|instagram|tiktok|online|the internet|xbox|roblox|an app|"
            "whatsapp|fortnite) *4 (picking me up|pick me up|is getting me|meeting me|meet me|"
            "coming to get me|collecting me|taking me|i am staying with|i will stay with|has a room"
            "|has a place|said i can stay|says i can stay)",
            "(walking out|walk out|run|running|leave|leaving|going|gone|off) *6 (no one|nobody) "
            "(will|is going to|would) ever? find me",
        ),
    ),
    Cue(
        "running_away:unsaid_signs",
        _R.RUNNING_AWAY,
        level=_C,
        patterns=("i know which window *2 (opens|open|is unlocked)",),
    ),
    Cue(
        "sexual_exploitation:unsaid",
        _R.SEXUAL_EXPLOITATION,
        patterns=(
            "my \"|“|'? sugar dad|daddy|mummy|mum",
            "(a|this|the) sugar dad|daddy *3 (pays|paid|buys|bought|gives|gave|sends|sent)",
            "i (just)? (have to|got to) send him (pics|pictures|photos|nudes|stuff)",
            "i (just)? (have to|got to) (do whatever he|do what he|sleep with him)",
        ),
    ),
    Cue(
        "sexual_exploitation:unsaid_signs",
        _R.SEXUAL_EXPLOITATION,
        level=_C,
        patterns=(
            "free (taxis|taxi) *3 (everywhere|all the time|now|from)",
            "(stop|stops|stopped|go|goes|went) (at|to|round) his flat (first|for a bit|on the way)",
        ),
    ),
)

"""Suicide and self-harm cues. Sensitive: a past, negated or second-hand mention is a concern."""

from __future__ import annotations

from core.analysis import RiskReason
from nlp.risk_patterns.cue import Cue

_SUICIDE = RiskReason.SUICIDE
_SELF_HARM = RiskReason.SELF_HARM
_GONE = (
    "~die dead gone ~disappear ~vanish missing here around alive ~leave existed ~exist "
    "~kill born ~go"
).replace(" ", "|")

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:kill_self",
        _SUICIDE,
        sensitive=True,
        patterns=(
            "~kill|~top|~off|~delete|~end|~hang|~shoot|~drown|~poison|~gas|~suffocate myself",
            "~kill yourself|yourselves",
            "~end|~take my own? life",
            "~end my own? life",
            "~end it all",
            "~end everything|things|myself !up|off|with",
            "@WANT to? ~end it !with|there|now",
            "~commit|~attempt|~try suicide",
            "suicide attempt|attempts|plan|plans|note|letter",
            "~take|~took my own life",
        ),
    ),
    Cue("suicide:topic", _SUICIDE, topic=True, sensitive=True, patterns=("suicidal|suicide",)),
    Cue(
        # a prediction more often than a wish: "if I don't get tickets I'm going to die"
        "suicide:going_to_die",
        _SUICIDE,
        sensitive=True,
        hyperbole=True,
        patterns=("<!is|was|were going to ~die !of|laughing",),
    ),
    Cue(
        "suicide:want_to_die",
        _SUICIDE,
        sensitive=True,
        patterns=(
            "<!is|was|were ~want|wanna|~wish|~need|~hope|~pray|~deserve|ready|~try|~plan|"
            "~like to "
            "~die !of|laughing",
            "~want|~wish|~hope|~pray *2 i ~die|dead !of|laughing",
            "~want|~hope|~pray|let *4 be the death of me",
            # "all i want is to die", "my plan is to die for real tonight"
            "(want|wanna|wish|need|plan|idea|answer|solution|way out|option) is|was to ~die "
            "!of|laughing",
            "~wish|~want *2 i was|were|could|would be? dead|~die|gone",
            "~wish|~want *2 i was|were|could|would|had not|never *2 born|alive|here|exist|existed",
            "~feel like ~die|dying !of|laughing",
            "better off dead",
            "i should|might just? ~die|dead|disappear",
            "i may|might|could as well *1 ~die|dead|disappear",
            "i should|might not be alive|here",
            "~want|~wish|~hope *3 ~die in my sleep",
            "~want|~wish|~hope|~pray *2 not|never wake up",
            "~go|~fall to sleep and not|never wake up",
            "not|never ~want to wake up !in|early|at|on|for",
            "~sleep forever|permanently",
            "~disappear|~vanish forever|permanently",
            "~plan|~think *2 how (i am going to|i would|i could|to|i will) ~die|~end|~kill",
            "~plan|~planning my death|funeral",
            "~want|~wish|~need it all|everything|life *1 to (end|stop|be over)",
            "life|living is not worth living|it",
            "not worth (living|being alive)",
        ),
    ),
    Cue(
        "suicide:not_exist",
        _SUICIDE,
        sensitive=True,
        patterns=(
            "not ~want to (be alive|exist|live|be around|be in this world|carry on|go on|be on "
            "this earth|be on this planet|be living|breathe|wake up) !with|in|here|there|at|my|"
            "holiday|the|a|it|that|this|trips|trip|your|his|her|their|our",
            "~want|~wish to stop (living|existing|being alive|breathing)",
            "~want to not (exist|be alive|be here|wake up)",
            "no reason|point|reasons *1 to|in|for (live|living|life|be alive|being alive|carry on|"
            "carrying on|go on|going on|keep going|anything)",
            "nothing|nobody to live for",
            "what is the point (in|of) (living|life|being alive|carrying on|going on|existing|me|"
            "anything|being here)",
            "can not (go on|carry on|keep going|keep living|live like this|do life|do living|"
            "be alive|keep doing this) !with|without|until|till|at|trips|trip|holiday|holidays|"
            "outings|school|the|a|our|their|my",
            "not ~want to (do this|do life|live) any more",
            "~give up on (life|living|everything)",
        ),
    ),
    Cue(
        "suicide:not_be_here",
        _SUICIDE,
        sensitive=True,
        alternative_place=True,
        patterns=(
            "not ~want|wanna to be here any more|anymore|again",
            "not ~want to be here !at|in|with|on|for|when|if|any",
        ),
    ),
    Cue(
        "suicide:burden",
        _SUICIDE,
        sensitive=True,
        patterns=(
            "better|happier|easier|nicer|best|good|off *2 without me !at|on|there",
            "nobody|anyone|who|one|everyone *2 ~miss|~notice|~care|~cry|~bother *4 if|when i *3 "
            + _GONE,
            "nobody *2 ~miss me",
            "nobody will|would *2 notice if i",
            "everyone|everybody|world|family|they|people would|will be better off",
            "if i (was|were) (gone|dead|not here|not around) *4 nobody|happier|better|easier",
            "the world does not need me",
        ),
    ),
    Cue(
        "suicide:method",
        _SUICIDE,
        sensitive=True,
        patterns=(
            "~jump|~throw myself off|from *2 bridge|roof|building|cliff|balcony|tower|block|"
            "multi|flyover|motorway|top|window",
            "~jump|~step|~walk|~throw|~run|~lie|~lay myself? in front of *2 train|trains|bus|car|"
            "cars|lorry|traffic",
            "~jump|~throw myself? (off|from) *2 bridge|roof|building|cliff|balcony|tower|block|"
            "flyover|motorway|window",
            "~hang myself",
            "noose|nooses",
            "~slit|~slash|~cut my wrists|wrist|throat",
            "~tie|~put|~wrap|~pull *4 round|around my neck",
            "~take|~swallow all my|the|of *2 pills|tablets|meds|medication|paracetamol",
            "~walk into the sea|river|water|traffic",
            "~drink bleach",
            "~stockpile|~save|~collect|~hoard|~stash *3 pills|tablets|meds|paracetamol",
            "how (high|tall|far down) is (the|that)? (bridge|building|car park|multi storey|"
            "cliff|roof)",
            "(looking at|buying|bought|ordered|researching) *1 (rope|ropes) !course|courses|for|"
            "and|"
            "climbing|swing|at",
            "~swallow|~take|~eat *4 @PILLS *4 (to see what|see what)",
            "~keep ~think about (the|that) (window|balcony|edge|ledge|tracks|roof|drop|bridge)",
            "(window|balcony|edge|ledge|drop|bridge|tracks) *3 ~pull me (in|towards|to it)?",
        ),
    ),
    Cue(
        "suicide:goodbye",
        _SUICIDE,
        sensitive=True,
        patterns=(
            "~write|~leave *1 goodbye|suicide note|notes|letter|letters|message",
            "~write|~leave *3 note|letter|letters *4 (goodbye|for when i)",
            "(this is goodbye|my last night|my last day alive)",
            "my last message !sounded|was|got|came|did|about|i|you",
            "goodbye forever !braces|school|homework|exams|exam|uniform|spots|acne|cast|glasses|"
            "retainer|gcses|sats|nits|plaster|maths|college",
            "~say goodbye to everyone|everybody|you|all !at|in|before",
            "~give away my stuff|things|belongings",
            "(not going to|will not) be (here|around|alive) (much longer|tomorrow|for long|by)",
            "tonight is the night",
            "i have a plan *4 ~die|~end it|~kill myself",
        ),
    ),
    Cue(
        "self_harm:topic",
        _SELF_HARM,
        topic=True,
        sensitive=True,
        patterns=(
            "self ~harm|harming|harmer|injury|injure|injuring|injured|harmed|mutilation",
            "~urge|~urges to ~cut|~harm|~hurt|~burn",
        ),
    ),
    Cue(
        "self_harm:cutting",
        _SELF_HARM,
        sensitive=True,
        patterns=(
            "~cut|~slice|~slash|~carve|~scratch|~scrape|~gouge myself",
            "~cut|~slice|~slash|~carve|~scrape|~gouge *2 my|into @LIMB",
            "~cut again",
            "been|started|start|keep|keeps|still|stop|stopped|back|to|from cutting "
            "!hair|paper|out|class|classes|school|lessons|onions|the|down|off|up|corners|ties|"
            "grass|wood|cake|food|vegetables|people|them|him|her|it|contact|costs|in|his|their|"
            "a|some|things|stuff|fabric|veg|pictures|shapes|wire|card",
            "fresh|new|deep|bleeding cuts|scars|wounds",
            "cuts|scars|marks on my @LIMB",
            "~hide|~cover (up|) my? cuts|scars|wrists",
            "~keep|~hide|~buy|~use|~break|~take|~need|~get|~have a|my|some|the? blade|blades",
            "razor|sharpener blade|blades",
        ),
    ),
    Cue(
        "self_harm:hurt_self",
        _SELF_HARM,
        sensitive=True,
        physical=True,
        patterns=(
            "~hurt|~harm|~hit|~punch|~bruise|~injure|~smack|~slap myself",
            "~bang|~hit|~smash|~bash my head *3 wall|walls|floor|door|against",
        ),
    ),
    Cue(
        "self_harm:injure",
        _SELF_HARM,
        sensitive=True,
        patterns=(
            "~burn|~bite|~punish|~choke|~strangle|~stab|~scald|~starve|~pinch myself",
            "~make myself (sick|throw up|vomit|bleed)",
            "not ~eat on purpose",
        ),
    ),
    Cue(
        "self_harm:overdose",
        _SELF_HARM,
        sensitive=True,
        patterns=(
            "~overdose|overdosed|overdosing",
            "(too many|too much|loads of|lots of|a load of|a bunch of|a handful of|a bottle of|"
            "a packet of|a box of|a pack of|a strip of|strips of|all my|all of my) @PILLS",
            "~take|~swallow|~down|~have|~neck *2 @NUMBER @PILLS",
            "~take|~swallow|~down|~neck all|loads|lots|handful|bunch|box|packet|packets|bottle "
            "of? my|the|them|those? @PILLS",
            # "i took 2 boxes of paracetamol", "swallowed a whole packet of tablets"
            "took|swallowed|downed|necked|taken 2|to|3|two|three|@NUMBER boxes|packets|packs|"
            "strips|bottles of @PILLS !to|back|off|out|round|with|from|into|in|on|home|away|for|at",
            "took|swallowed|downed|necked|taken a|the whole|full|entire box|packet|pack|strip|"
            "bottle of @PILLS !to|back|off|out|round|with|from|into|in|on|home|away|for|at",
        ),
    ),
)

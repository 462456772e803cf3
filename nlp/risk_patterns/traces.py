"""Harm told by its traces, and control told as house rules.

Young people often describe self-harm by what it leaves or what it takes to hide it (long
sleeves in a heatwave, boxes of plasters, blood cleaned up before a visit, "four months
clean" and then again), eating and drinking withheld on purpose, and suicidal thoughts as a
wish to sleep for good. Control at home comes as rules: no handle on my side of the door,
not allowed in until ten, calls listened to, threats of what happens if they tell.
"""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
_HIDERS = "hoodie|hoodies|sleeves|jumper|jumpers|wristbands|wristband|bracelets|shirts|plasters"
_KIN_OR_CARER = (
    "mum|mam|mom|dad|nan|nanna|gran|grandad|uncle|auntie|aunt|carer|carers|stepdad|stepmum|"
    "brother|sister|boyfriend|girlfriend|partner|staff"
)

CUES: tuple[Cue, ...] = (
    Cue(
        "self_harm:traces",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "(" + _HIDERS + ") *10 (guess why|not for fashion)",
            "(" + _HIDERS + ") *8 (cover|covers|hide|hides|covering|hiding) (it|them|the marks|"
            "the scars|the cuts|the new ones|my scars|my cuts)",
            "plasters *8 (i tell|i told|i say|pretend|lie)",
            "(started|starting|doing|did|done|do) it again *8 (months|weeks|years) (clean|free|"
            "without)",
            "(months|weeks|years) (clean|free|without doing it) *10 (did it|again|started|"
            "relapsed)",
            "(gone|going|went|go) back to (the thing|what) i (used to do|used to)",
            "(like|love|enjoy) (seeing|watching) (the|my)? blood",
            "(feel|felt|feels) (calm|better|calmer|relief|relieved|nothing) after *4 (blood|cut|"
            "cutting|bleed|bleeding|hurt|hurting|burn|burning)",
            "(deserve|deserved|deserves) (the)? pain",
            "(go|going|went|goes) without (food|water|eating|drinking|meals) *6 (punish|"
            "punishment|on purpose|as a punishment)",
            "(throwing|throw|threw|being sick|make myself sick|making myself sick) *2 after "
            "(every|each|all|most) (meal|meals|dinner|tea|food)",
            "(skipping|skip|skipped|not taking|stopped taking) (meals|my meals|food|dinner|my "
            "insulin|insulin|tea) *3 on purpose",
            "(rip|ripping|ripped|pull|pulling|pulled|pick|picking) (out)? (my)? (nails|hair|"
            "eyelashes|eyebrows|scabs|skin) *8 (barely|none left|never heal|bleed|bald|gone|new "
            "ones)",
            "blood on the (floor|sink|towels|sheets|carpet|bathroom floor) *8 (clean|hide|"
            "before|every|most)",
        ),
    ),
    Cue(
        "suicide:sleep_for_good",
        _R.SUICIDE,
        sensitive=True,
        hyperbole=True,
        patterns=(
            "sleep (and)? (never|not) (wake|waking) up",
            "(want|wanna|wish|wished|rather|prefer) (to)? be dead",
            "world would be *3 (better|lighter|easier|happier|nicer|calmer|quieter) without me",
            "(want|wanna|wish) everything to (go quiet|stop|end|be quiet) (forever|for good|"
            "permanently)",
            "(go|be|going) where (she|he|they) (is|are) *8 (died|dead|passed|gone|heaven)",
            "(died|dead|passed|heaven) *8 (go|be|going) where (she|he|they) (is|are)",
            "(took|taken|take|takes) my (belt|laces|cord|charger|scarf|tie|lead) *8 other ways",
            "(reading|read|looking|watching|researching) *4 how (people|to) (do it|end it|die|"
            "kill themselves)",
            "(stepping|step|walk|walking|jump|jumping|throw myself|throwing myself) (out)? in "
            "front of (the|a) (next)? (one|bus|train|lorry|car)",
            "(crashing|crash|crashed) the car on purpose",
            "(let|letting) go of the (wheel|steering wheel)",
            "(practising|practicing|drafting|rehearsing) *6 (note|letter|goodbye)",
        ),
    ),
    Cue(
        "suicide:stockpiling",
        _R.SUICIDE,
        negatable=False,  # "stopped taking them" is the sign here, not a resolution
        patterns=(
            "(stopped|stop) taking my (meds|tablets|pills|medication|sertraline) *6 (keeping|"
            "saving|storing|hiding|collecting|kept|saved|stored|hid) them",
        ),
    ),
    Cue(
        "suicide:farewell_hints",
        _R.SUICIDE,
        level=_C,
        despair=True,
        negatable=False,
        patterns=(
            "(this is|it is) my (last|final) (feedback|message|survey|time)",
            "thanks for trying",
            "(said|say|saying) (bye|goodbye) properly",
            "counting down *3 (sleeps|days|hours)",
            "(if|when) (something|anything) (happens|happened) to me",
            "(if|when) (i|you) die *8 (funeral|who pays|who sorts|who has to)",
            "(google maps|street view) *6 (cliffs|cliff|bridge|bridges|tracks|railway|multi "
            "storey)",
            "(feel|feels|felt) like a ghost",
        ),
    ),
    Cue(
        "threat:silencing",
        _R.THREAT,
        patterns=(
            "if (i|you) (tell|report|complain|grass|snitch|say anything|speak up) *10 (make sure|"
            "never see|sent somewhere|secure unit|restrained|worse|kill|regret)",
        ),
    ),
    Cue(
        "confinement:house_rules",
        _R.CONFINEMENT,
        patterns=(
            "no handle on (my|the|this) (side|inside)",
            "(can not|cannot|not allowed to|am not allowed to) (talk|speak) to my (sw|social "
            "worker|advocate|iro|pa) (on my own|alone|privately|without)",
            "(sits|sit|sat|listens|listen|listened) in on (every|all|my) (call|calls|chats|"
            "meetings|visits)",
            "(blocked|block|blocks|took|takes|taken) *4 (phone|phones|calls) *8 (advocate|sw|"
            "social worker|ringing out|ring anyone|call anyone|tell anyone)",
        ),
    ),
    Cue(
        "unsafe:neglect_rules",
        _R.UNSAFE_HOME,
        patterns=(
            "not allowed (back in|in|home|back) (til|till|until) (9|10|11|12|late|midnight)",
            "(sleep|sleeping|slept|sleeps) in the (garage|shed|cupboard|hallway|bath|coal shed) "
            "!on|for|at|during",
            "(take|takes|took|taken) my (dinner|tea|food|meals) away !to|for",
        ),
    ),
    Cue(
        "abuse:hit_with",
        _R.ABUSE,
        physical=True,
        patterns=(
            "(" + _KIN_OR_CARER + ") *2 (bit|bites|biting) (me|my)",
            "(smacked|smack|smacks|hit|hits|whacked|belted|beaten|beat|beats) *3 with (a|the|her|"
            "his|their)? (slipper|belt|shoe|spoon|wooden spoon|stick|hanger|cable|wire|lead)",
        ),
    ),
    Cue(
        "suicide:plan_hints",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "(will not|wont) be anywhere",
            "(did not|does not|do not|didnt) know it (was|is|will be) (goodbye|the last time)",
            "(using|use|used) (it|them|a knife|the knife|the knives|knives) on myself",
            "(googling|googled|looking up|looked up|searching) the (bridge|cliff|cliffs|car park|"
            "multi storey|railway|tracks) *10 (how high|high|nobody around|no one around|nobody "
            "is around)",
        ),
    ),
    Cue(
        "self_harm:burning_cold",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "(hand|hands|arm|arms|fingers|skin|wrist|leg) on the (radiator|hob|iron|kettle|oven) "
            "*6 (til|till|until)",
            "ice on my (skin|arm|arms|wrist|legs) (til|till|until) it (burns|hurts|goes)",
            "(dig|digging|dug) my nails into my (palms|arms|hands|skin|wrists|legs) *10 (cut|"
            "bleed|bleeding|marks|pen|blade|really hard)",
        ),
    ),
    Cue(
        "threat:marked",
        _R.THREAT,
        patterns=(
            "(gonna|going to|will) (bang|beat|smash|rush|batter|jump|do) me *6 (and film|film "
            "it|in the changing|after school|tomorrow|at lunch)",
            "(knife|blade) (stuck|left) in (our|my|the) (fence|door|car|gate|front door)",
            "we know (what|where) you *10 (till|until|or else|watch)",
            "(picture|pic|photo) of my (house|home|flat|door) *8 (snitch|grass|circle|where)",
            "next time (he|she|they) (will|is going to|are going to) (finish|end) (it|me|her|"
            "him|us)",
        ),
    ),
    Cue(
        "unsafe:emergency_at_home",
        _R.UNSAFE_HOME,
        patterns=(
            "told me to hide in the (wardrobe|cupboard|bathroom|toilet|shed|garden)",
            "(glass|plate|bottle|mug|cup) *3 (smashed|thrown|threw|flew) *4 (near|at|by) my head",
            "(carer|mum|dad|nan|staff|he|she) *6 (will not|can not|cannot|wont) wake up",
            "(no adult|no adults|no grown up|no grown ups|nobody) (in the house|home|here|at "
            "home) since",
            "(house|flat|kitchen|room|home|place|it|everywhere) (smells|smell|smelling|smelt) of "
            "gas",
        ),
    ),
    Cue(
        "forced_marriage:promised",
        _R.FORCED_MARRIAGE,
        sensitive=True,
        patterns=(
            "(got|found|picked|chosen|chose|arranged) me a (fiance|fiancee|wife|husband|bride|"
            "groom)",
            "meet my (intended|future husband|future wife|fiance|fiancee)",
            "(is|am|was|are) (being|going to be|gonna be|getting|to be) married off",
            "said (i am|im) (married|engaged) (now)?",
            "(gave|give|given) me a ring and *4 (clapped|cheered|congratulated)",
        ),
    ),
    Cue(
        "forced_marriage:preparations",
        _R.FORCED_MARRIAGE,
        level=_C,
        negatable=False,
        patterns=("my (dowry|nikah|mehr|mahr)", "(not|never) said yes to anything"),
    ),
    Cue(
        "exploitation:told_sideways",
        _R.CRIMINAL_EXPLOITATION,
        patterns=(
            "(moving|move|moved|carry|carrying|taking) (stuff|things|bags|packages) between "
            "(houses|flats|towns)",
            "(if|when) the (grey|other|second|2nd|work|black|little|old) phone (goes off|rings)",
            "(using|use|used) my (bank account|account|bank|card) to (move|send|hold|put) money",
            "(sent|get sent|send me|sends me) to (different|other) towns",
            "(keep it|keep them) if i (do|run) (a few|some) (jobs|errands|runs)",
        ),
    ),
    Cue(
        "sexual_exploitation:told_sideways",
        _R.SEXUAL_EXPLOITATION,
        patterns=(
            "(sets|set|setting) (us|me) up with (dates|men|older|guys|blokes)",
            "(taken|take|took|get taken) to parties in (different|other) towns",
            "(wait|waiting) in (room|the room) *4 for (someone|him|a man|them)",
        ),
    ),
    Cue(
        "confinement:kept_home",
        _R.CONFINEMENT,
        patterns=(
            "(stopped|stops|stop) me (going|from going) (to school|out|to college)",
            "(taken|took|takes|taking) my (bike|phone|key|keys|shoes) *8 (watch the door|going "
            "nowhere|can not leave|locked)",
            "only allowed in my room",
        ),
    ),
)

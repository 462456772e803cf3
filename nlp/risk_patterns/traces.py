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
)

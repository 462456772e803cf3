"""More indirect phrasings of urgent risk, one cue per reason (see `indirect` for the rest)."""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|yesterday|days"

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:indirect",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "not be a (problem|burden|bother|pain) *2 (much longer|for long|any more|soon)",
            "(done with|finished with) (everything|life|it all|living|this life|being alive)",
            "~think|thinking *2 about (dying|death|killing myself|ending it|suicide|not being here|"
            "jumping|hanging|overdosing|taking them all)",
            "rather be dead|die",
            "if i (die|died|was dead|was gone|were gone|were dead|disappeared) *6 (nobody|care|"
            "miss|notice|funeral|happier|better|easier|matter)",
            "(standing|stood|sat|sitting|am) on (the|a) (bridge|roof|edge|ledge|cliff|tracks|"
            "railway|balcony)",
            "rope !skipping|swing|climbing|course|bridge|ladder|pull",
            "enough (pills|tablets|paracetamol|meds) *3 (to|saved|now)",
            "last time *4 (hear from me|talk to me|speak to me|see me)",
            "not see the point (in|of) (living|life|anything|going on|being here|carrying on)",
            "(no way out|can not see a way out|can not see a future|no future for me)",
            "sorry for (everything|being a burden|being born)",
        ),
    ),
    Cue(
        "self_harm:indirect",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "my (arms|legs|wrists|thighs) are (a mess|covered|cut|bleeding|scarred)",
            "~swallow *2 @PILLS",
            "(knuckles|hands|fists) *3 (bled|bleeding|bleed)",
            "(only way|only thing) *5 (cope|feel something|calm down|release|numb) *4 (blade|cut|"
            "cutting|hurt|hurting|pain)",
        ),
    ),
    Cue(
        "abuse:indirect",
        _R.ABUSE,
        physical=True,
        patterns=(
            "~come|~walk|~barge into *1 the|my (bathroom|room|bedroom) *5 (shower|bath|changing|"
            "undressed|naked|asleep|toilet)",
            "~restrain me|us *5 (hurt|pain|bruise|too hard|sat on|knee|floor|wall)",
            "home alone *3 (days|weekend|night|nights|all)",
            # someone else did it: "I hurt my wrist" alone is most often an accident
            "@PERSON|hell|shell|theyll|gonna|will|would *2 ~hurt|~bruise|~break|~twist my "
            "@LIMB|back|neck|head|nose|ribs",
        ),
    ),
    Cue(
        "abuse:injury",
        _R.ABUSE,
        level=_C,
        physical=True,  # "fell off my bike and hurt my arm" is read as safe
        patterns=("<!@PERSON|hell|shell|theyll ~hurt|~bruise|~break my @LIMB|back|neck|ribs",),
    ),
    Cue(
        "sexual_exploitation:indirect",
        _R.SEXUAL_EXPLOITATION,
        patterns=(
            "older (boyfriend|bf|man i am seeing|guy i am seeing|boyfriends)",
            "(~buy|~give|~get) me *6 (~owe|pay (him|them|it) back)",
            "~take|~bring me *3 (meet|see) his|their (friends|mates)",
            "(have to|got to|must|~make me) (do stuff|do things|do favours|do bits) for (him|them)",
        ),
    ),
    Cue(
        "criminal_exploitation:indirect",
        _R.CRIMINAL_EXPLOITATION,
        patterns=(
            "~give me a (phone|burner|sim) *6 (answer|keep it on|on me|told|ring|rings)",
            "~go|~travel *2 (another|a different|other) (town|city|county|area) *4 for (them|him)",
            "~store|~stash *2 (at mine|at my flat|in my room|at my place|in my flat)",
            "~keep it|them|this|that|stuff|things|something|bags|bag|packages|parcels|drugs|bits|"
            "gear|weed|money|cash|phones|phone|some|his|their|a|the *2 (at mine|at my flat|in my "
            "room|at my place|in my flat)",
            "~pay me|us *1 to (watch|look out|carry|hold|deliver|sell|drop|move|keep)",
            "(look out|lookout|lookouts) *3 (for|police|feds) !each|one|ourselves|yourself|"
            "yourselves|myself|him|her|them|us|me|my|you|your|the|a|an|new|jobs|bargains",
            "~move|~carry|~deliver|~take (stuff|things|packages|bags|it) for (them|him|olders)",
            "~have to pay (them|him) back",
        ),
    ),
    Cue(
        "forced_marriage:indirect",
        _R.FORCED_MARRIAGE,
        patterns=(
            "~plan|~arrange|~organise my (wedding|marriage|engagement)",
            "(~disown|~kick me out|~cut me off) *4 if i (do not|will not) (marry|get married)",
        ),
    ),
    Cue(
        "confinement:indirect",
        _R.CONFINEMENT,
        patterns=(
            "(i am|i was|i have been|been|being|get|got|keep getting) locked in "
            "!for|on|to|with|the|at|this|my|today",
            "not ~let me|us (out|outside|go out) !till|until|after|before|on|at|with|to|for|"
            "unless|when|if|tonight|today|again|past|late|this|of|the|because|cos|on",
            "not (~let me|allowed to|allowed) (go|leave) (anywhere|at all|ever)",
            "~take *2 (door handle|handle|handles) off",
            "~board|~nail *2 (window|windows|door)",
        ),
    ),
    Cue(
        "threat:indirect",
        _R.THREAT,
        hyperbole=True,
        patterns=(
            "(said|says|told me|saying) *2 (i am dead|i am a dead man|i am finished|dead meat) "
            "!clever|good|funny|nice|smart|proud|lucky|cute|pretty|brave|talented|sweet|kind|"
            "chuffed|keen|posh|cool|tall|annoying|happy|excited|jealous|busy|tired|bored|hungry|"
            "lazy|rude|loud|quiet|mature|sound|fast|quick|good",
            "(is|are) after me|us",
            "watch (your|my) back",
            "(he|they|she) *2 (has|have|had|got|carries|carry) a (knife|gun|machete|blade)",
            "@SCARED to (leave|go out|go outside) *4 (because|cos) *2 (of|they|he|she)",
            "~smash|~break|~brick my|our (window|windows|door|car)",
            "~set fire to|~petrol|~burn down *2 my|our",
        ),
    ),
    Cue(
        "unsafe:indirect",
        _R.UNSAFE_HOME,
        patterns=(
            "~hide *4 when (they|he|she|mum|dad|my) *2 (fight|argue|shout|scream|drunk|come|get)",
            "get me out of (here|this house|this placement|this place|this home)",
            "@SCARED all the time *2 (here|at home|in this house|in my placement)",
            "@SCARED *2 what (he|she|they) *2 (do|will do|would do|might do)",
        ),
    ),
    Cue(
        "running_away:signs",
        _R.RUNNING_AWAY,
        level=_C,
        patterns=(
            "(end of the road|round the corner|at the corner|down the road|at the station)",
            "(he|man|guy|someone|boyfriend) *4 ~pick me up",
            "(live|stay|move in) with (my boyfriend|him|a man|this guy|an older)",
        ),
    ),
    Cue(
        "destitution:indirect",
        _R.DESTITUTION,
        patterns=(
            "not (~eat|eaten|had|~have) *4 since (" + _DAYS + ")",
            "can not (feed|afford) *3 (baby|son|daughter|kids|formula|nappies|children)",
            "~sleep|sleeping|slept in my car",
        ),
    ),
    Cue(
        "destitution:strain",
        _R.DESTITUTION,
        level=_C,
        patterns=(
            "to last (me|till|until)",
            "(no heating|no electric|no gas|cut off|no hot water|no money for)",
        ),
    ),
)

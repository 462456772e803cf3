"""Urgent risk stated indirectly: implied plans, control, grooming language, hidden harm."""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
_BODY = "arm|arms|leg|legs|wrist|wrists|skin|thigh|thighs|hand|hands|stomach|body"

CUES: tuple[Cue, ...] = (
    Cue(
        "self_harm:implied",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "(till|til|until|so) (it|they|i|he|she) *1 (bleed|bled|bleeds|bleeding|bruise|bruised|"
            "bruises)",
            "~scratch|~bite|~pinch|~burn|~cut|~hit|~pick *1 my @LIMB *5 (bleed|bled|bruise|"
            "bruised|marks|blood)",
            "~hide|~cover (my arms|my wrists|my legs|my cuts|my scars)",
            "long sleeves *4 (summer|hot|hide|cover|pe|again)",
            "the|my|a blade|blades|razor|razors !runner|runners",
            "~relapse|relapsed|relapsing",
            "~make myself sick *3 after|every|again",
        ),
    ),
    Cue(
        "suicide:implied",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "~want|~go|~be|~join|~see *4 heaven",
            "~write|~leave *3 letter|letters|note|notes *5 (just in case|in case|for when|"
            "for after|goodbye)",
            "not ~think i will *1 (be around|be here|be alive|make it|last) !long|until",
            "~look up|~research|~google|~search|looking up *3 (bridge|bridges|how to die|how to "
            "kill|how many pills|how many tablets|overdose|painless|ways to die|tallest|highest)",
            "(of|about|on|considering) ~end it|things|everything",
            "~end it (tonight|today|soon|now|all)",
            "(will not|won't|not going to) matter (any more|anyway|soon|after)",
            "not be (here|around) *3 (tomorrow|next week|much longer|for long|by then)",
            "(saving up|stockpiling|hoarding|collecting) *2 my|the? (tablets|pills|meds)",
        ),
    ),
    Cue(
        "abuse:implied",
        _R.ABUSE,
        physical=True,
        patterns=(
            "~pull|~yank|~twist|~squeeze my hair|ear|ears|neck|throat|arm",
            "~grab|~pull|~yank my ponytail|plait|plaits|braids|bun",
            "says i deserve|deserved it",
            "~throw|~push|~slam|~shove|~pin me|us *2 against|into|down|across|onto",
            "~make|~force me *1 (do things|do stuff|do something) !like|for|around|in|at|such|with",
            "~do (stuff|things|something) to me|us",
            "nobody|noone *2 (would believe|will believe|believes) *2 (me|you|a|care|kid|kids)",
            "if i tell (anyone|anybody|someone|you|my|people) *5 (trouble|believe|hurt|sorry|"
            "regret|"
            "taken|moved|away|kill|dead)",
            "(~sit on|sitting on) his|her lap",
            "~take|~keep|~control|~hold my (money|uc|benefits|wages|bank card|card|pay|universal "
            "credit|bank|passport|id)",
            "{MY_CARER} *2 (is|are|was|gets|always|were) (drunk|high|wasted|off their face|off his "
            "face|off her face) *4 (and|when|again|every|shouting|hitting)",
        ),
    ),
    Cue(
        "confinement:implied",
        _R.CONFINEMENT,
        patterns=(
            "~lock *1 my|the (bedroom|room)? door *3 (from outside|from the outside|at night|so i)",
            "~lock my (bedroom|room) door",
            "lock|locks|padlock|bolt on *1 my|the (door|bedroom door|room|bedroom)",
            "(kept|keep|~keep me) (in|inside) my|the (room|bedroom) *3 (since|for|all|days)",
            "so i (can not|am not able to|cannot) (leave|get out|go out|escape)",
            "(only|not) (let|allowed) out (for|to|except|unless)",
            "can not get out !of|more|much|enough|the|much",
            "locked|shut|trapped *1 in|inside *3 room|bedroom|house|cupboard|flat|shed|basement|"
            "cellar|garage|toilet|bathroom|attic|loft",
        ),
    ),
    Cue(
        "threat:implied",
        _R.THREAT,
        hyperbole=True,
        patterns=(
            "~come|coming for me|us|my",
            "(will|would|going to|gonna|is going to) ~find me|us !a|an|some|another|somewhere|"
            "something|work|the|my|when|later",
            "<!everyone|everybody ~know where *1 (i|we|my|you) *3 (live|lives|go|goes|school|stay|"
            "stays|work)",
            "~post|~share|~leak|~put *1 my (address|location|number) *2 (online|everywhere|up)",
            "(make|makes|making) my life (hell|a misery|a living hell)",
            "(will|would|going to|gonna|~threaten to) *2 (~post|~share|~leak|~send|~show|~spread|"
            "~put) *1 my|the (videos|pictures|photos|pics|nudes|video)",
        ),
    ),
    Cue(
        "unsafe:implied",
        _R.UNSAFE_HOME,
        patterns=(
            "(something|things|stuff) bad *2 (happening|going on|happened|happens)",
            "@SCARED *3 (here|there) *3 (at night|when|with)",
            "@SCARED to (be here|sleep|go to sleep|be in my room)",
            "~barricade|barricading",
            "~try|trying|~rattle *1 my (door|door handle|handle)",
            "can not lock (my|the) (door|room|bedroom)",
            "(people|men|strangers|someone) *3 (coming|come|came|comes) *3 (house|flat|home|room) "
            "*4 (night|do not know|drunk)",
            "{MY_CARER} *2 (is|are|was|gets|always) (drunk|high|wasted)",
            "(~come|~keep coming) into my room *4 (night|can not|asleep|lock)",
        ),
    ),
    Cue(
        "running_away:implied",
        _R.RUNNING_AWAY,
        patterns=(
            "(not|never) ~find me *2 (this time|again|ever)",
            "(do not|not) (bother looking|come looking|look for me)",
            # "don't bother", not "it doesn't bother me"
            "(do not|not) bother !me|us|him|her|them|you|anyone|anybody|asking|with",
            "(never|not) (coming|going) back",
            "(gonna|going to|about to|will) *1 ~disappear",
            "(~catch|~get) *2 (last|next|night) (bus|train|coach) *3 (tonight|out|away)",
        ),
    ),
    Cue(
        "running_away:plan",
        _R.RUNNING_AWAY,
        level=_C,
        patterns=(
            "(i met|met him|met her|met them) *2 (online|on @ONLINE|off @ONLINE)",
            "(from|on|off) (the internet|online|@ONLINE) *8 (~come and get me|~pick me up|~meet|"
            "~stay with|~live with|~visit)",
            "(can|could|let me) (stay|live|crash) with (him|her|them)",
            "(~come and get me|~pick me up|train ticket|~sort me *1 (a job|a room|a place))",
            "(leaving|going|getting the train|getting the bus|catching) *1 (tonight|tomorrow|"
            "friday|"
            "saturday|sunday|monday|tuesday|wednesday|thursday|after school|later)",
            "not telling (staff|my carer|my carers|anyone|them|my sw|my social worker)",
            "~find my (dad|mum) *6 (address|going|tonight)",
        ),
    ),
    Cue(
        "sexual_exploitation:implied",
        _R.SEXUAL_EXPLOITATION,
        patterns=(
            "mature for (my age|a|my|your|13|14|15|12|11|16)",
            "~pay *2 in (weed|drugs|vapes|alcohol|booze|cash|clothes)",
            "if i *2 (nice|friendly|good|sweet) to (him|them)",
            "~knock *3 (rent|money|debt) off",
            "~expect (things|stuff|something|favours|sex) *2 !from|of",
            "{OLDER_P} *6 keeps? asking me|us *3 (to come|to go|to meet|round|back|in|over)",
        ),
    ),
    Cue(
        "sexual_exploitation:signs",
        _R.SEXUAL_EXPLOITATION,
        level=_C,
        patterns=(
            "hotel|hotels|airbnb",
            "(boyfriend|bf|man|guy) *2 is (18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|"
            "35|40)",
            "(video call|videocall|facetime|webcam)",
            "~go|~come round|over *2 (this|a|some) (guy|man|older) *1 flat|house|place",
        ),
    ),
    Cue(
        "criminal_exploitation:implied",
        _R.CRIMINAL_EXPLOITATION,
        patterns=(
            "~take|~deliver|~drop|~drop off|~carry *2 (a bag|bags|a package|packages|a parcel|"
            "parcels|a box) *3 (to|for|off|after|another)",
            "<!bunsen burner|burners",
            "~go|going|went|been|sent|~send country !side|walk|walks|park|house|music|dancing|lane",
            "~sell|~deal|~run *1 for (him|them|olders|someone|the olders)",
            "(dealing|selling) from (my|the|it|here)",
            "~use *1 my (bank account|bank|account|card|bank card)",
            "~do a|some? (run|runs|drop|drops)",
            "(easy|quick|fast) (money|cash|£)",
        ),
    ),
    Cue(
        "forced_marriage:implied",
        _R.FORCED_MARRIAGE,
        patterns=(
            "~sort|~arrange|~plan|~organise|~find|~pick|~choose *1 me *1 a|an? (wedding|husband|"
            "wife|marriage|match)",
            "(~pick|~choose|~find) *1 (someone|somebody|a husband|a wife|a man) *1 for me",
            "if i (do not|will not|refuse to) (marry|get married)",
        ),
    ),
    Cue(
        "destitution:implied",
        _R.DESTITUTION,
        patterns=(
            "(never|not) *1 any food",
            "nowhere *2 (tonight|today|now)",
            "(~have|got) nowhere !for|at|on|to|with|else",
            "no food *1 (,|and|no)",
        ),
    ),
    Cue(
        "destitution:signs",
        _R.DESTITUTION,
        level=_C,
        patterns=(
            "no food|electric|electricity|gas|heating|credit|money",
            "(emergency credit|food bank|freezing|one meal|only food|not eaten today|meter)",
            "(gas|electric|electricity|meter|credit|money|food) *1 (ran out|run out|gone|went off|"
            "cut off)",
            "(universal credit|uc) *3 (till|until|not come|late|stopped|sanctioned)",
        ),
    ),
)

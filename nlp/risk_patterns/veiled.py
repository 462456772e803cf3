"""Veiled phrasings: urgent risk told without the words a checklist would look for.

Young people often hint rather than name: a goodbye letter "for after I'm gone", a wedding
"when we go to see grandma" at eleven, a debt paid off with "another trip". Each cue here
reads such a hint together with the one detail that makes it urgent (an age, a debt, an
offer that comes with a journey), so the hint alone does not fire.
"""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_GOODBYE_NOTE = "letter|letters|note|notes|message|messages|video|videos"
_JOB_OR_ROOF = (
    "job|jobs|work|money|cash|modelling|place to live|place to stay|somewhere to stay|"
    "somewhere to live|flat|room|home"
)
_STASH = "trainers|socks|shoes|sock|bag|pants|boxers|bra|coat|jacket|hoodie|bum|shoe"
_DRUGS = "gear|food|bits|stuff|weed|drugs|packages|package|wraps|nuggets|parcel|parcels|shots"

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:veiled",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "after i am (gone|dead|not here|not around)",
            "~write|~leave|wrote|written *3 (" + _GOODBYE_NOTE + ") *6 (after|goodbye|for when|"
            "when i am gone|in case)",
            "do not (worry|bother) about me *2 (after|anymore|any more|from now|when i am)",
            "(nobody|noone|no one) would *2 (come to|turn up to|go to|cry at) my funeral",
            "(got|have|had) it (all)? (planned|sorted|worked out) *8 (calm|peaceful|ready|"
            "goodbye|relieved|last)",
        ),
    ),
    Cue(
        "forced_marriage:veiled",
        _R.FORCED_MARRIAGE,
        patterns=(
            "~get|getting|~be @MARRY|wed *10 (i am|only|just|aged|age) *1 @MINOR_AGE",
            "(i am|only|just|aged|age) @MINOR_AGE *10 getting|get|be|~marry @MARRY|wed",
            "(~leave|left|out of) school *4 (to|and) *2 ~get? @MARRY|~marry|wed",
            "my turn *5 @MARRY|~marry|wed",
            "@MARRY|~marry *8 (my turn|it is my turn|me next)",
            "~get|getting|~be (married|engaged) *4 (when|while) we *2 (go|are|get|visit|fly|"
            "travel|there)",
            "~find|found|~choose|chosen|~pick|picked *2 (a husband|a wife|someone|a man) for me",
        ),
    ),
    Cue(
        "criminal_exploitation:veiled",
        _R.CRIMINAL_EXPLOITATION,
        negatable=False,  # "if I don't pay back the debt..." is a condition, not a denial
        patterns=(
            "(debt|owe|owed|pay back|pay it back|pay them back|pay him back) *10 (trip|trips|run|"
            "runs|drop|drops|shift|shifts|deliver|delivery|package|parcel|work it off)",
            "(trip|run|drop|shift) *6 (pay off|pay back|the debt|i owe|what i owe)",
            "(" + _DRUGS + ") *2 (in|inside|down) my|the (" + _STASH + ")",
        ),
    ),
    Cue(
        "running_away:veiled",
        _R.RUNNING_AWAY,
        patterns=(
            "(online|snap|snapchat|tiktok|instagram|insta|discord|app|game|internet) *12 ("
            + _JOB_OR_ROOF
            + ") *8 if i (come|go|meet|move|travel|get)",
            "~get|~give|~find|~offer me a|some (" + _JOB_OR_ROOF + ") *8 if i (come|go|move|meet|"
            "travel) *3 (to|with) (her|his|their|them|him)",
        ),
    ),
    Cue(
        "destitution:veiled",
        _R.DESTITUTION,
        patterns=(
            "(i am|been|living|sleeping|stuck|ended up) (on|in) the (street|streets) !where|near",
            "(~chuck|~kick|~throw) me out *8 (nowhere|street|streets|tonight|right now)",
        ),
    ),
    Cue(
        "unsafe:veiled",
        _R.UNSAFE_HOME,
        patterns=("@SCARED of the|that|this|a *1 (man|men|guy|lady|woman|boy|lads|bloke)",),
    ),
    Cue(
        "threat:veiled",
        _R.THREAT,
        hyperbole=True,
        patterns=(
            "@THREAT_AUX to? *3 @THREAT_VERB my (face|head|legs|throat|neck|house|door)",
            "(black eye|black eyes|bruises|bruise|fat lip|split lip|nosebleed) off (my|his|her|"
            "the|a) *1 @PERSON|brother|sister|cousin|uncle|dad|mum",
        ),
    ),
    Cue(
        "suicide:veiled_gone",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "(no|not any|what is the) point (in)? me (being|living|staying|still) (here|alive|"
            "around)",
            "(gave|give|giving|given) *4 (stuff|things|xbox|clothes|everything) *3 away? *6 "
            "(will not need|not going to need|do not need|won't need)",
            "will not need (it|them|anything|any of it) where i am going",
            "if i (was not|were not) (around|here|alive) *8 (would not|have to|better|easier|"
            "happier|deal with)",
            "(tablets|pills|meds|medication|paracetamol) *4 (thought|thinking)",
            "(thought|thinking) about *2 (tablets|pills|meds|paracetamol|overdose)",
            "(do not|never) think i will (be around|be here|make it|still be here) *3 (for|to|"
            "till|until|by|next|at)",
        ),
    ),
    Cue(
        "self_harm:veiled",
        _R.SELF_HARM,
        sensitive=True,
        physical=True,
        patterns=(
            "~burn|burnt|burned my @LIMB|skin|hand|hands *3 (with|on) (a|the|my)? (lighter|"
            "cigarette|fag|iron|match|matches|straighteners|lighter)",
            "(going to|will|want to|about to|need to|gonna) ~cut (tonight|again|later|now|today)",
            "~dig|~stab|~press|~jab|~push *2 (compass|pen|pencil|nails|blade|scissors|pin|needle|"
            "pins|sharpener) into my @LIMB|hand|hands|skin|leg|arm",
            "~punch|~hit|~bang *3 wall|walls *8 (on purpose|until|till|bleed|bleeds|split|splits)",
            "(extra|more|too many|loads of|a few extra|a load of) (of my)? (tablets|pills|meds|"
            "paracetamol) *6 (see what|to see|would happen|on purpose|to sleep)",
        ),
    ),
    Cue(
        "abuse:veiled",
        _R.ABUSE,
        patterns=(
            "(man|men|he|uncle|stepdad|boyfriend|bloke|guy|lady|woman|him) *3 (said|told me|says|"
            "tells me) (not to|to not|do not|never to|never) tell",
            "@ADULT_CARER|worker|staff|teacher|coach|man|uncle *6 ~try|~keep *2 to? ~kiss|~touch "
            "me",
        ),
    ),
    Cue(
        "confinement:veiled",
        _R.CONFINEMENT,
        patterns=(
            "~put|~lock|~make|~shut|~keep me|us *2 (in|into) the? (garden shed|shed|cupboard|"
            "cellar|basement|garage|boot|loft|attic)",
            "~screw|~nail|~board|~seal *2 (window|windows|door|doors) (shut|closed|up)",
            "~hide|~take|~keep *2 (the|my)? (door)? (key|keys) *6 (can not|cannot) (go|get out|"
            "leave)",
            "(have not|not) been (outside|out) *4 (since|for) *4 (not allowed|they|days|weeks|"
            "week)",
            "<!front|back|main|kitchen|garden|outside (door|doors) (gets|get|is|are|got) locked "
            "*4 (till|until|from the outside|on me|at "
            "night|every)",
        ),
    ),
    Cue(
        "threat:veiled_harm",
        _R.THREAT,
        patterns=(
            "(will|would|going to|gonna) ~find (out)? where (i|we) (live|stay|go|am)",
            "(showed|sent|show|send) me *3 (picture|photo|pic|video) of my (house|front door|"
            "door|school|street|flat|home) *8 (said|next|know|coming|watching)",
            "(going to|gonna|will|would) do me (in|over)",
            "@THREAT_AUX to? *2 ~burn|~torch *3 (house|flat|home|room) *3 (down|with me|with us)",
            "@THREAT_AUX to? *2 ~kill|~hurt my (cat|dog|pet|hamster|rabbit|mum|sister|brother) *6 "
            "(and me|if i|unless)",
        ),
    ),
    Cue(
        "unsafe:veiled_home",
        _R.UNSAFE_HOME,
        patterns=(
            "(shouting|fighting|smashing|screaming|throwing|drunk|kicking off|police) *12 (hiding|"
            "hide|hid) (under|in|behind)",
            "(hiding|hide|hid) (under|in|behind) *8 (shouting|fighting|smashing|drunk|screaming)",
            "every time i hear (his|her|their) (car|key|keys|voice|footsteps|van)",
            "what mood (he|she|they) (will|is going to|are going to) be in",
            "@SCARY_PERSON *2 (is|are) (scary|frightening|terrifying)",
            "(man|men|someone|guy|bloke) on my (floor|landing|corridor|block) *3 ~follow me",
        ),
    ),
    Cue(
        "suicide:calm",
        _R.SUICIDE,
        level=RiskLevel.CONCERN,
        despair=True,
        patterns=("(weirdly|strangely|oddly|so|really|finally) calm about (it|everything|this)",),
    ),
)

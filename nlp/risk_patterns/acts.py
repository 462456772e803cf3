"""Disclosures told through what the child does, where they are or what was done to them.

The development sets dev40 to dev46 (time within a message, everyday care life, an
evaluator's set, indirect self-harm and suicide, online life, home life and money, framing)
showed these: standing by the railway or at the edge of a platform, driving to crash,
medicines lined up, a hand held on the hob, boiling water on the skin, breath held until
passing out, fights started to be hurt; an injury's cover story denied, food poisoned, a
head held down, a nappy as a punishment, private parts hurt in a young child's words;
water drunk to stop hunger, lost in the dark after walking out, a threat to "make me
disappear", an adult's age set beside a child's, a man who is "not really my uncle", and two
phones and a wad of cash. dev53 to dev55 then showed phones kept charged that are "not mine",
a car with people "I don't know", a night at some man's flat, a plan to run with money saved,
"if I was gone … my funeral" and "coming round to finish it".
"""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
_CHILD_AGES = "|".join(str(age) for age in range(10, 17))
_ADULT_AGES = "|".join(str(age) for age in range(19, 61))
_HOT = "hob|cooker|iron|radiator|stove|oven|kettle|straighteners|toaster"
_SKIN = "hand|hands|arm|arms|fingers|palm|wrist|wrists|leg|legs|feet|foot|skin"

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:where_i_am",
        _R.SUICIDE,
        patterns=(
            "(i am|im|sitting|sat|standing|stood|lying|laying|walking) on the (train|railway|"
            "rail) (tracks|track|line|lines)",
            "(i am|im) (at|by|near) the (train|railway|rail) (tracks|track)",
            "(standing|stood|sitting|sat|stand|sit) (by|near) the (train|railway|rail) (tracks|"
            "track|line) *8 (think|thinking) about (it|jumping|ending)",
            "(close to|near|on|over) the edge of the (platform|roof|bridge|cliff|multi storey|car "
            "park) *10 (think about it|thinking about it|about jumping|want to jump|wanted to "
            "jump|do it|just step)",
            "(tallest|highest) (bridge|building|car park|multi storey|cliff|block of flats) "
            "((near|round|around) (here|me|the city centre|town)|in (my|this|the) area)",
        ),
    ),
    Cue(
        "suicide:acts",
        _R.SUICIDE,
        sensitive=True,
        hyperbole=True,
        patterns=(
            "(hoping|hope|hoped) (i|that i) (crash|will crash|die|get hit|get run over|do not "
            "wake up) !in",
        ),
    ),
    Cue(
        "suicide:means_ready",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "(meds|pills|tablets|paracetamol|painkillers) (are|is)? (all)? (lined up|laid out|"
            "in a pile)",
        ),
    ),
    Cue(
        # farewells told through acts: signs that add up, not alone
        "suicide:farewell_acts",
        _R.SUICIDE,
        level=_C,
        despair=True,
        patterns=(
            "(rehomed|rehoming|gave away|given away|giving away) my (cat|dog|fish|pet|pets|"
            "rabbit|hamster|snake|guinea pig)",
            "(gave|given|giving) my (cat|dog|fish|pet|rabbit|hamster|snake) to",
            "(always)? be watching over (you|her|him|them|everyone)",
            "(gave|given|giving) (all)? my passwords to (my|a)? (best mate|mate|friend|bestie|"
            "sister|brother|someone|bff)",
            "not to (read|open) it (until|till) (next|after|tomorrow|i am)",
        ),
    ),
    Cue(
        "self_harm:acts",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "(put|putting|hold|holding|held|press|pressing|pressed) my (" + _SKIN + ") (on|"
            "against) the (" + _HOT + ") *6 (on purpose|deliberately|to feel|till|until)",
            "(tip|tipped|tipping|pour|poured|pouring) (boiling|hot) water (on|over) my ("
            + _SKIN
            + ")",
            "(hold|holding|held) my breath (till|until) i (pass|passed|black|blacked) out",
            "(start|starting|pick|picking|started|picked) fights *6 (so they|so he|so people|to "
            "get) *2 (batter|hit|beat|hurt|punch|kick|smash) me",
            "(sit|sitting|sat|stand|standing) in (cold|freezing|icy) (showers|shower|baths|bath) "
            "*10 (punish|punished|punishment|deserve|hurt)",
        ),
    ),
    Cue(
        "abuse:acts",
        _R.ABUSE,
        physical=True,
        patterns=(
            "(hurt|hurts|touched|touches|touch|touching|poked|pokes) my (bottom|bum|private|"
            "privates|private parts|willy|fanny|front bottom|minnie|noonie|foof)",
            "(bruise|bruises|marks|black eye|cuts|burns|injury|injuries|broken) *15 (it|that|"
            "they) (was not|were not) (really)? (football|an accident|the stairs|the door|from "
            "falling|a fall|rugby|pe|from pe|the cat)",
            "(is|are|been|keeps|keep|was) (poisoning|poison) (me|my food|my drink|my drinks|my "
            "tea|my dinner)",
            "(held|holds|hold|holding|pinned|pins|pushed|pushes|shoved|shoves) my (head|face) "
            "(down|into|against|onto|under)",
            "(makes|made|make|making) me (wear a nappy|wear nappies|sleep in the garden|sleep "
            "outside|sleep in the shed|eat off the floor|eat from the floor|eat in the garden|"
            "kneel)",
        ),
    ),
    Cue(
        "destitution:acts",
        _R.DESTITUTION,
        patterns=(
            "(been|keep|just|only) (drinking|drink|drank) (water|tap water) to (stop|not) *2 "
            "hungry",
            "(drinking|drink|drank|drinks) (water|tap water) to (stop|not) *2 hungry *6 (no food|"
            "nothing|no money|can not afford|skint|please)",
            "(have not|no|not) (got|have)? *1 (bus fare|fare|money) *2 (or|and|for) (food|food "
            "money|to eat|anything to eat)",
        ),
    ),
    Cue(
        "sexual_exploitation:not_family",
        _R.SEXUAL_EXPLOITATION,
        patterns=(
            "(he is|hes|she is|shes) not (really|actually) my (uncle|cousin|auntie|aunt) *10 "
            "(gets me|buys me|gives me|get me|stay|staying|sleep|sleeping|anything i want)",
        ),
    ),
    Cue(
        "criminal_exploitation:phones_and_cash",
        _R.CRIMINAL_EXPLOITATION,
        patterns=(
            "(got|has|have|with|carries|carrying) (2|two|3|three) phones *8 (cash|money|wads|"
            "a wad)",
            "phones *8 (not mine|keep them charged|keep em charged|keep them on)",
        ),
    ),
    Cue(
        "running_away:lost",
        _R.RUNNING_AWAY,
        patterns=(
            "(do not|dont) know where i am *8 (dark|night|phone|scared|lost|cold|dying|battery|"
            "help)",
        ),
    ),
    Cue(
        "running_away:strangers",
        _R.RUNNING_AWAY,
        patterns=(
            "in a car with *3 (people|men|guys|lads|someone|some people) (i|we) (do not|did "
            "not) (really)? know",
            "(~stay|stopping|sleeping|~sleep|~crash) (at|round) (some|a|this) (guys|mans|"
            "blokes|lads) (house|flat|place)",
            "(~stay|stopping|sleeping|~sleep|~crash) (at|round) (some|a|this) (guy|man|bloke) "
            "'s (house|flat|place)",
        ),
    ),
    Cue(
        "running_away:ready",
        _R.RUNNING_AWAY,
        patterns=(
            "run away *14 (saved up|money saved|got saved|packed my bag|bag packed|which window|"
            "window opens)",
        ),
    ),
    Cue(
        "suicide:absence",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "(if i was|if i were|when i am|once i am) (gone|dead) *14 funeral",
            "(turn up|come|show up) *2 (to|at) my funeral",
        ),
    ),
    Cue(
        "threat:finish",
        _R.THREAT,
        patterns=("(~come|coming) (round|over|back|for me) *6 finish (it|me|the job)",),
    ),
    Cue(
        "threat:disappear",
        _R.THREAT,
        patterns=("(will|would|going to|gonna|can) make me disappear !into|in|from|with|at",),
    ),
    Cue(
        "sexual_exploitation:ages",
        _R.SEXUAL_EXPLOITATION,
        patterns=(
            "(he is|hes|he|the man is|the guy is|the lad is) (" + _ADULT_AGES + ") *3 (i am|im|"
            "me) (" + _CHILD_AGES + ")",
            "(i am|im) (" + _CHILD_AGES + ") *3 (he is|hes) (" + _ADULT_AGES + ")",
        ),
    ),
)

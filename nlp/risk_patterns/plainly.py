"""Disclosures told plainly in everyday words, without the names a keyword list expects.

The four development sets dev29 to dev32 (everyday look-alikes, an evaluator's set, past and
present, survey answers) showed these: means found after carers locked the knives away,
an injury's innocent cause denied, work offered as "overtime" that is dropping parcels in
other towns, a wedding that turns out to be the child's own, rent paid "in other ways",
a second phone that must always be answered, being kept at a relative's, a coach ticket
bought by someone met online, and fear at home told through what the child does about it
(sleeping in their shoes, hiding when a carer drinks).
"""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
_ONLINE = "online|internet|snap|snapchat|tiktok|instagram|insta|discord|facebook|app|game|roblox"
_CARRY = "bag|bags|parcel|parcels|package|packages|stuff|drugs|food|boxes"
_SOMEWHERE = "(another town|other towns|different towns|out of town|other places|other cities)"
_KIN = "mum|dad|brother|sister|nan|family|little"

CUES: tuple[Cue, ...] = (
    Cue(
        "self_harm:means_found",
        _R.SELF_HARM,
        patterns=(
            # the means locked away and found anyway
            "(locked|lock|hid|hidden|hide|took|taken|removed|~put) *4 (knives|knife|razors|"
            "blades|sharps|tablets|pills|meds|scissors) *10 ((another way|other ways|a way) to "
            "(do it|hurt myself|cut)|(got|found|bought) (razors|a razor|a blade|blades|some "
            "blades)|jokes on them)",
            "normal to (want to)? (~hurt|~harm|~cut|~burn|~starve) yourself *6 (i do|i have|"
            "because i|cos i)",
            "(cut|cutting|self harm|harming) *12 (did it again|doing it again|started again)",
            "sh (again|last night|today|tonight|this morning|every night)",
            "(do|doing) my (arms|legs|wrists|thighs) *4 (peace|nobody|no one|again|every)",
            "(knife|knives|blade|razor) *6 on myself !to|for|by|accidentally",
            "~stab|~stick|~dig (the|a)? (pencil|pen|compass|pin|needle) (in|into) my (hand|arm|"
            "arms|leg|legs|skin)",
        ),
    ),
    Cue(
        "self_harm:head_banging",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "<!like ~bang|banging my|your head (on|against) *2 (wall|walls|floor) *8 (when|till|"
            "until|every|most|angry|upset)",
        ),
    ),
    Cue(
        "suicide:own_life",
        _R.SUICIDE,
        sensitive=True,
        patterns=("(take|taking|end|ending) (my|her|his|their) own? life",),
    ),
    Cue(
        "suicide:plainly",
        _R.SUICIDE,
        patterns=(
            "(brain|head|mind|voices|voice) *3 (telling|tells|told|keeps telling) me to (die|"
            "kill myself|end it|do it) !with",
            "(thinking|think|thought) about how i (would|could|will|am going to) do it",
        ),
    ),
    Cue(
        # farewells that are as often a move or a leaving do: signs that add up, not alone
        "suicide:farewell_hint",
        _R.SUICIDE,
        level=_C,
        despair=True,
        patterns=(
            "(something|things|stuff) to remember me by",
            "(will|would) (not|never) (have to|need to)? deal with me *2 (much|for)? longer",
            "(not|never) be here for the next (survey|review|one|meeting)",
            "(wrote|written|writing|write) (letters|a letter|notes|a note) *8 (just in case|for "
            "after|in case)",
            "(can not|cannot) see (me|myself) (being here|still here|alive|around) *3 (by|for|at|"
            "next)",
        ),
    ),
    Cue(
        "abuse:cover_up",
        _R.ABUSE,
        patterns=(
            # an innocent cause of an injury denied, and who it really was
            "(black eye|bruise|bruises|marks) *10 (it was|they were|was) my *2 (boyfriend|dad|"
            "stepdad|mum|carer|carers|uncle|partner|brother)",
            "@PERSON *1 ~burn|burnt my (hand|hands|arm|arms|leg|skin|fingers) *2 (on|with) "
            "(the|a)? (hob|iron|cigarette|lighter|kettle|fag|oven)",
            "(carer|carers|foster mum|foster dad|mum|dad|stepdad|stepmum|staff|nan|uncle|auntie) "
            "*3 ~call me (a|an)? *1 (worthless|useless|bastard|slag|whore|waste of space|"
            "mistake|nothing|retard|tramp|scum)",
            "(mum|dad|carer|carers|foster|stepdad|stepmum|parents|she|he|they) *2 (leaves|left|"
            "leave) (me|us|her|him) (on my own|alone|on our own|on her own|on his own|home "
            "alone) for (days|the weekend|nights|a week|two days|three days|2 days|3 days)",
            "(he is|she is|they are) *1 (doing it|started) again *12 (social worker|sw|police)",
            "(social worker|sw|police) *12 (started again|doing it again)",
            "(out of bed|across the floor|down the stairs|up the stairs|across the room) by (my|"
            "the) (hair|neck|throat|ear)",
        ),
    ),
    Cue(
        "abuse:restraint",
        _R.ABUSE,
        physical=True,
        patterns=(
            "<!i ~bend|bent my (wrist|wrists|arm|arms|fingers|thumb) back",
            "(pinned|restrained|sat on|~pin|~restrain) me down? *10 (could not breathe|can not "
            "breathe|could not breath|can not breath) !from|laughing|with",
        ),
    ),
    Cue(
        "sexual_exploitation:plainly",
        _R.SEXUAL_EXPLOITATION,
        patterns=(
            "(earn|make|get) *2 money *2 (meeting|meet|seeing|see) (men|older men|guys|blokes) "
            "!in|at|coming|from",
            "(men|man|guys|adults|older) *8 (asking|~ask|~want|wanting) *2 for? (pics|pictures|"
            "photos|nudes|pic) !of",
            "(landlord|he|man|guy|bloke|his) *8 (pay|paying|rent) *6 (in other ways|another way|"
            "other ways|in kind)",
            "(stay|rent|room|live|living) *8 if i (~sleep with|have sex with|do stuff with|"
            "do things for|do things with|am nice to|be nice to) (him|them|his|her)",
            "(man|men|guy|guys|older|his mates|his friends|lads) *10 (want|wants|wanted) (stuff|"
            "things|favours) from (us|me)",
            "paid in (vodka|alcohol|drink|drinks|weed|drugs|cigs|ciggies|cigarettes|vapes|fags)",
            "(picks|pick|picking) (girls|us|kids|them|me) up *8 (takes|take|taking) (them|us|me) "
            "to (houses|a house|parties|flats|hotels) !of",
            "(driver|man|guy|bloke|older|adult|landlord) *10 (asked|asks|wants|invited|"
            "invites) me *1 back? to his (flat|house|place|room)",
            "(asking|asks|asked|wants|want|make|made|keeps asking) me *4 (video call|video calls|"
            "facetime|call) *4 (no top|without my top|no clothes|topless|naked|in my underwear|"
            "undressed)",
            "(man|guy|bloke|older) *8 (model|modelling|photoshoot) *8 (pay|paid|money)",
            "(nudes|pics|pictures) *12 (keeps asking for more|wants more|asking for more)",
            "(wants|want|asking for) (nudes|pics|pictures) *6 (or he|or she|or they|or else|"
            "or he is|or he will)",
            "(free stuff|free things|presents|money|trainers) *4 if i (sit|get|come|go|stay) "
            "*3 (his|him) (car|flat|house|room)",
            "(wants|want|wanted) to take me (away|to) *4 (for the weekend|for the night|hotel)",
            # sextortion: images held over the child
            "(nudes|pics|pictures|photos|videos) *8 (~post|~share|~leak|~send|~show) them *8 "
            "(unless|or else|if i do not)",
            "(unless|or else) i (send|link|meet|do) (more|him|them|stuff)",
            "~pass me|her|us (round|around|about) !for|the|a",
            "(he|man|guy|boyfriend|bf|bloke) *8 (says|said|tells|told|telling) *3 mature for",
        ),
    ),
    Cue(
        "criminal_exploitation:plainly",
        _R.CRIMINAL_EXPLOITATION,
        patterns=(
            "(pay|paid|pays|give|gives|money|get|gets|quid) *6 (watch out|look out|lookout|keep "
            "watch|keep an eye out) *2 for (feds|police|the feds|the police|police cars|the bill|"
            "old bill|boydem)",
            "ot for (a|the|two|three|2|3) *1 (week|weeks|weekend|days|nights) *8 (money|make|pay|"
            "owe|olders|trap|shotting|bando)",
            "(dropping|drop|deliver|delivering|taking|take|took|carry|carrying|run|running) *3 "
            "(" + _CARRY + ") *6 " + _SOMEWHERE + " *8 (quid|cash|pound|pounds|a day|for him|"
            "for them|trainers|£|do not tell|do not open|for someone)",
            "(owe|pay it off|pay off|pay back|debt) *12 (bag|bags|parcel|parcels|package|"
            "packages) *6 " + _SOMEWHERE,
            "~take *2 (a|the) (bag|package|parcel) on the (train|coach) *6 (quid|pound|pounds|"
            "for them|for him|or)",
            "if i (do not|dont) (do|take|carry|run|drop) *3 (drop|run|bag|package|parcel|job) "
            "*8 (will|gonna|going to) (pay|do|hurt|get|stab)",
            "(count|counting) (money|cash) for (some|these|the|older|this) (men|lads|boys|guys)",
            "(made|forced|making|makes) *1 to? carry (for|stuff|drugs|packages|bags)",
            "(owe|owes|owing) *3 for (the)? (phone|burner|trainers|stuff they gave) !bill|"
            "contract|upgrade",
            "(open|opening|use|using|lend) *2 (a|my)? (bank account|account|bank card|card) *6 "
            "(put money|money through|money in|for them|for him)",
            "(do a job|do jobs|do a run|do runs) *2 to? (pay it back|pay them back|pay off|pay "
            "him back)",
            "(second|another|extra|work) phone *10 (keep it on|answer it straight|at all times)",
            "(second|another|extra|2|two) (phone|phones) *8 (the boss|can not say|cant say)",
            "(sending|send|sent|~take|taking) me (up|down|out)? to *8 (good money|easy money|for "
            "them|for him)",
            "~plug (packs|wraps|bits|drugs|it|them)",
            "(things|stuff|packs|wraps|bits|drugs|weed) in my (sock|socks|boxers|pants|bra|bum)",
            "<!chicken|tortilla|sandwich|food|some|two|2 (wraps|packs|shots) on me",
            "(family|gang|olders|mandem|for them|for the) *6 (put in|putting in|~put in) work",
            "(did not|never) ask to join",
        ),
    ),
    Cue(
        "forced_marriage:plainly",
        _R.FORCED_MARRIAGE,
        patterns=(
            "(wedding|marriage|nikah) *10 (actually mine|is mine|it is mine|might be mine|"
            "actually theirs|might be theirs|actually hers|for me)",
            "@MARRY *10 (planning|arranging|sorting) mine",
            "(planning|arranging|sorting) (my wedding|my marriage|my nikah) *8 (@MINOR_AGE|do "
            "not want|did not agree|never met|not met)",
            "(says|said|saying|tells me|told me|heard them say) *2 (i will|i am going to|i "
            "have to|i must) (marry|be married|get married)",
            "(showed|showing|show|shows) me (photos|pics|pictures|a photo|a picture) of (a|this|"
            "the) (man|guy|boy|bloke) *12 (marry|meeting him|meet him|husband|wedding|engaged)",
            "(@ABROAD|taking me|sending me|take me|send me) *10 so (that)? i (can|will|could) get "
            "married",
            "(parents|mum|dad|family|they|uncle|uncles) *3 (pick|choose|picking|choosing|chose|"
            "picked|picks) who (i|you|u) (marry|will marry)",
            "married off *12 (me next|my turn|about me|same with me|me the same|me too)",
            "(not coming back|not going back|not come back|leaving school|taken out of school) "
            "*12 (married|wedding|engaged)",
            "(i am|im) marrying (my cousin|a man|someone|a guy) *6 (do not get a say|no say|"
            "not my choice)",
            "(making|make|makes|forcing|force) (her|him|me|my sister|my sis|my brother) *2 (marry|"
            "nikah|do a nikah|get married|wedding)",
        ),
    ),
    Cue(
        "confinement:plainly",
        _R.CONFINEMENT,
        patterns=(
            "locked (it|the door|the room) *3 (left me|with me in)",
            "(~lock|locks|locked|key|allowed) *10 (can not|not allowed to) go anywhere (except|"
            "apart from|but)",
            "<!hospital|doctor|doctors|nurse|nurses|dentist|teacher|school|college|police|"
            "hospitals (will not|would not|do not) let me (go back|call|ring|phone|contact|go "
            "home) *3 (placement|social worker|sw|home|anyone|carer|carers|foster)?",
            "(being kept|kept) (at|in) *3 (house|flat|place)",
            "(keeps|keep|kept) me in *4 (checks|locks|lock|will not|not allowed)",
            "(not been|have not been|never been|not left|have not left) (outside|out the house|"
            "out of the house|out of my room) *12 (not allowed|will not let me|till i agree|until "
            "i agree|they will not|she will not|he will not|locks|keeps me)",
            "(not allowed|will not let me|locks|keeps me|hides the key|stay in) *12 (not been|"
            "have not been|never been|not left|have not left) (outside|out the house|out of the "
            "house|out of my room|allowed out)",
            "not been allowed (out the house|out of the house|outside) *4 (for|in|since|at all)",
        ),
    ),
    Cue(
        # kept in, or ill or grounded: a sign the model weighs, not a verdict
        "confinement:kept_in_signs",
        _R.CONFINEMENT,
        level=_C,
        patterns=(
            "(not been|have not been|never been|not left|have not left) (outside|out the house|"
            "out of the house|out of my room) *3 (in|for) (a|weeks|days|month|ages|two|three|2|3)",
            "not been allowed (out|outside) *4 (for|in|since)",
        ),
    ),
    Cue(
        "threat:plainly",
        _R.THREAT,
        patterns=(
            "~get|getting (her|his|their|my)? (cousins|cousin|brothers|brother|mates|boys|"
            "friends|olders|gang|uncle) to (jump|batter|beat|do|get|stab|hurt|smash|rush) (me|us)",
            "jump|batter|rush|stab|jumping|rushing me *2 (after school|tonight|tomorrow|when i|"
            "at the weekend|on friday|later)",
            "(pic|pics|picture|photo|address) of (my|our) (house|home|flat|door|street) *8 "
            "(knife|knives|gun|emojis|emoji)",
            "(scratched|wrote|written|sprayed|painted|left|sent|carved|saying|sayin|says) *3 (your|"
            "ur) next",
            "set (his|the|their|her) (dog|dogs) on (me|us)",
            "(they will|he will|she will|gonna|going to) get me (at the weekend|tonight|"
            "tomorrow|after school|later|when)",
            "(sending|sends|sent|send) me (pics|pictures|photos|videos) of (knives|a knife|guns|"
            "a gun|blades|machetes)",
            "not allowed to see *10 (coming to get me|come and get me|coming for me)",
            "coming to get me *4 (i will be sorry|be sorry|you will see)",
            "(they will|they would|they are going to|gonna|he will|she will) do my (" + _KIN + ") "
            "!'s|s|hair|nails|makeup|too|as|tea|dinner|washing",
            "(getting|get|gonna get|going to get|be) (wetted|wet up|shanked|merked|ched|cheffed|"
            "splashed|poked)",
            "on sight *6 (me|i am|im)",
        ),
    ),
    Cue(
        "destitution:plainly",
        _R.DESTITUTION,
        patterns=(
            "(sleeping|sleep|slept|kip|kipping) in (a|my|the|his|her|mates) *1 (car|stairwell|"
            "doorway|bin shed|shed) *3 (tonight|last night|for|every|since|cos|because)",
            "(got|have) nothing *2 (till|until) *4 (days|week|weeks)",
            "(eating|eaten|living on|living off) (dry|only|just) *3 for *2 (days|weeks|week)",
            "(there is|theres) nowhere else",
            "my last (meal|proper meal|thing i ate) was *8 (yesterday|days ago|on monday|on "
            "tuesday|on wednesday|on thursday|on friday|on saturday|on sunday|last night)",
            "(nicking|stealing|nicked|stole|~nick|~steal) food *8 (nothing|no money|hungry|"
            "starving|no food)",
        ),
    ),
    Cue(
        "running_away:plainly",
        _R.RUNNING_AWAY,
        patterns=(
            "(coach|train|megabus) *10 (nobody knows|no one knows|no one can stop me|nobody can "
            "stop me) !buying|from|getting|eating|having|going|singing|watching",
            "(bag|bags) (is|are)? packed *6 (not telling|nobody knows|no one knows) !till|until",
            "(at the|i am at the) (train|bus|coach) station *6 (not telling|nobody knows|no one "
            "knows)",
            "(already left|i have left|i left|ran off|run off|i am gone) *6 (on the bus|on the "
            "train|at the station|on a coach|on the coach)",
            "(leaving|going|run|running|off) *4 when (they are|staff are|carers are|everyone is) "
            "(at work|asleep|out|not looking)",
            "(" + _ONLINE + ") (bf|boyfriend|gf|girlfriend|friend|mate) *8 (booked|bought|paid|"
            "paying|sent) *3 (ticket|tickets|train|coach|taxi|uber)",
            "(a man|a guy|someone|a woman|a bloke) (from|off) (his|her)? (" + _ONLINE + ") *4 "
            "(driving|picking|pick|take|taking|collecting) me",
            "(going|go|leaving|moving) (with|to) (my)? (new)? (friend|mate|bf|boyfriend|guy|man) "
            "(from|off) (" + _ONLINE + ")",
            "(stay|staying|live|living) with (someone|a guy|a man|a woman|people) (she|he|i|we)? "
            "(knows|know|met)? (off|from|on) (" + _ONLINE + ")",
        ),
    ),
    Cue(
        "unsafe:plainly",
        _R.UNSAFE_HOME,
        patterns=(
            "(~sleep|sleeping) (with|in) my (shoes|trainers|clothes) *9 (get out|run|escape|"
            "leave quick)",
            "do not want to be (in|home|here|there|in the house) when (he|she|they|my) *3 (gets|"
            "get|comes|come) (back|home|in) !from",
            "used to feel safe *6 now i (do not|dont)",
            "(drinking|drunk|high|off his head|off her head) *8 (gets|getting|is) (scary|violent|"
            "nasty)",
            "(drinks|drunk|angry|shouts|shouting|fight|fights|fighting|throw|throwing|screaming|"
            "scream|screams) *8 i ~hide (in|under|from)",
            "(fighting|fights|violence|screaming) (at|in) (my|the|our) (placement|house|home|"
            "flat|unit) *4 every night",
            "(~throw|~smash|~break) (things|stuff|plates|furniture) *8 (scared|scary|scard|"
            "frightened|terrified)",
            "(scared|scary|scard|frightened|terrified|petrified) *10 (~punch|~hit|~kick) (walls|"
            "wall|doors|door)",
            "(~punch|~hit|~kick) (walls|wall|doors|door) *10 (scared|scary|scard|frightened)",
            "(weird|strange|random|dodgy) (men|blokes|guys|people) *10 (scared|scary|frightened)",
            "(got|have|has|carry|carrying|carries|bring|brings) (knives|a knife|knife|blades|"
            "a blade|machetes) *8 (scared|frightened|terrified|scary)",
            "<!it|dog|cat|seagull|bird|wasp|bee|goose|swan|horse|fox attacked|assaulted|stabbed|"
            "hit me *10 (still here|still lives here|nobody has moved|not moved)",
            "(drinks|drinking|drunk|high) *6 (angry|violent|nasty|mad|kicks off) *6 (scared|"
            "frightened|terrified|scary)",
            "(scared|frightened|terrified) of (one of the|one of my)? night? (staff|carers|"
            "workers)",
            "(banging|kicking|knocking) on (my|the) flat? door *10 (at night|scared|middle of the "
            "night)",
            "~hide in the (bathroom|toilet|wardrobe|cupboard) *3 (now|rn|right now) !when|cos|"
            "because|that|and|while",
        ),
    ),
)

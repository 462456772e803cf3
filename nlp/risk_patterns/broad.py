"""Broader phrasings of self-harm, suicide, abuse, threats, confinement and feeling unsafe.

Written from how children and young people write when they do not name the thing: weary
goodbyes, giving things away, "can't do this anymore", control dressed up as punishment.
Word sets and proximity gaps rather than fixed sentences, so near phrasings match too.
"""

from __future__ import annotations

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns.cue import Cue

_R = RiskReason
_C = RiskLevel.CONCERN
_GONE = "(gone|dead|not here|not around|not alive|not in the picture|out of the way|dead and gone)"
_HE = "(he|she|they|hell|shell|theyll|he will|she will|they will|he is|she is|they are)"

CUES: tuple[Cue, ...] = (
    Cue(
        "suicide:weary",
        _R.SUICIDE,
        sensitive=True,
        patterns=(
            "tired|sick|done of|with (being alive|living|life|existing|being here|being me|"
            "waking up|breathing)",
            "~have|~be enough of (living|life|being alive|existing|this life|being here)",
            "happier|better|easier|nicer|fine *3 if|when|once i (was|were|am|is) " + _GONE,
            "(except|apart from|other than|only) *1 (dying|to die|death|ending it|killing myself)",
            "not see myself (being alive|alive|being here|here|living|around|making it)",
            "(no|any) point (to|in|of) (me|me being here|me being alive|me existing|my life)",
            "~want|~wish|~need my life *1 to (end|stop|be over|finish)",
            "~want out of (this life|life|this world|existing|everything for good)",
            "(plan|plans|worked out|decided) *2 (how|when) (i am going to|i will|to|i would) "
            "(do it|go|end|die|leave for good)",
            "how many @PILLS *4 (would it take|does it take|to die|kill|would kill|to overdose|"
            "is fatal|is lethal|is enough to)",
            "(~look up|~research|~google|~search|~check|~read up on) *3 (bridge|bridges|how to die|"
            "how to kill|how many @PILLS|overdose|painless|ways to die|ways to end|tallest|highest|"
            "lethal|fatal|how long it takes to (die|bleed|bleed out|drown|overdose|work))",
            "~write|~leave *3 letter|letters|note|notes *6 (to read|to find|to open) *1 "
            "(after|when i|once i) !school|college|work|tea|dinner|lunch|class|christmas",
            "(can|could) have (all|all of) my (stuff|things|clothes|games|belongings)",
            "~give *2 (my stuff|my things|all my stuff|all my things|my belongings) away",
            "(not|never) going to need (it|them|my stuff|anything) (anymore|any more|where i am)",
            "(last|final) (goodbye|time you hear from me|night on earth)",
            # "my last message sounded bad" looks back at a message, not goodbye
            "(last|final) message !sounded|was|got|came|did|about|i|you",
            "tell (my|him|her|them) *3 (i love|i loved|i am sorry|sorry) *4 (bye|goodbye|forever|"
            "always|everything|for everything)",
            "(not|never) (be|being) (around|here|alive) *2 (much longer|for long|next week|"
            "by christmas|by the weekend|by then|by monday|tomorrow)",
            "the world (is|would be) better *2 without me",
            "~end (it|things|my life|everything) (tonight|today|this week|soon|for good)",
            "i am (gonna|going to|about to) (do it|end it|go) tonight",
            "it (will not|would not|does not) matter *2 (soon|after tonight|when i am gone|anyway)",
        ),
    ),
    Cue(
        "suicide:despair_signs",
        _R.SUICIDE,
        level=_C,
        sensitive=True,
        despair=True,
        patterns=(
            "tired|sick of (everything|it all|all of it|trying|fighting|everyone)",
            "what is (even|actually|honestly)? the point (anymore|any more|of anything|of it all)",
            "(i am|i feel|feel) (so|just|literally|completely)? done !with|for|at|in|now|my|it",
            "(i am|i feel like|i feel|i am like) *2 (a burden|a waste of space|"
            "a problem to everyone)",
            "burden (on|to) (everyone|everybody|my|them|you|people)",
            "~have enough of (everything|it all|everyone|all of this)",
            "can not (see|find) (a|any) way (out|forward)",
            "(will not|not going to) need (it|them|my stuff) (anymore|any more|soon)",
            "~give *2 my *2 (stuff|things|belongings|xbox|games|clothes) to",
            "~want to sleep (forever|and not wake|for ever)",
            "nobody *3 ~notice|~miss|~care",
        ),
    ),
    Cue(
        # "I'm a burden on them. I've decided to fix that": a resolve that is only a sign
        # next to a suicidal despair sign ("my bike chain slips so I decided to fix that",
        # "nobody listens at my review so I decided to sort that out" are nothing)
        "suicide:resolve",
        _R.SUICIDE,
        level=_C,
        negatable=False,  # read as said: its context must never shield the message
        despair=True,
        only_with_despair=True,
        patterns=(
            "~decide to (fix|sort|solve|sort out) (that|this|it) !and|by|with|so|myself|out|"
            "properly",
            "~decide to (put an end to|end) (that|this|it)",
            "(going to|gonna|will|know how to) (fix|sort|solve|end) (that|this|it) out? "
            "(soon|for good|for everyone|tonight)",
            "~put an end to (it|that|this|everything)",
            "i have made up my mind !about|to|on|what|which|where|if|whether",
            "~decide (it is|its) time !for|to",
            "ways to (fix|end|sort) (that|it|this)",
            "(not|will not) (be|be here|be around)? for (long|much longer)",
            "(relieved|easier for everyone|better for everyone) if i (was not|were not|was gone|"
            "were gone|was not here)",
            "(will not|do not|would not) have to (put up with|deal with|worry about) me",
        ),
    ),
    Cue(
        "self_harm:broad",
        _R.SELF_HARM,
        sensitive=True,
        patterns=(
            "~burn|burnt|~cut|~scratch|~hit|~hurt|~bruise|~punch|~scald|~bite|~fall|~swallow|"
            "~drink|~throw *6 on purpose",
            "(so|where|so that) nobody (sees|see|can see|will see|notices|can notice) *2 "
            "(arms|legs|"
            "wrists|cuts|scars|marks|thighs|bruises|burns)",
            "the|my (cutting|harming|burning|scratching) *3 (helps|only thing|only way|cope|"
            "feel better|calms)",
            "~cut *1 (deeper|too deep|more|worse) (than|this time|again|last night)",
            "~cut *2 (this time|last night|tonight|today|again) *2 (deeper|bad|worse|too far)",
            "(my|the) cuts|wounds|burns *3 (infected|bleeding|will not stop|open|need stitches|"
            "deep|red)",
            "~need *2 (plasters|bandages|stitches|steri strips) *3 (arms|legs|wrists|thighs|"
            "again|cuts)",
            "<!fake blood *3 (everywhere|will not stop|all over|on my)",
            "~bleed *3 (a lot|loads|everywhere|will not stop|will not stop|cannot stop)",
            "(did|done|doing) something *1 (stupid|bad) to (my|myself) @LIMB?",
            "~use|~used *3 (compass|sharpener|scissors|razor|lighter|knife|blade) on (my|myself)",
            "marks|scars|bruises *6 (what i do|i do to myself|i did to myself|from myself|i make)",
            "~punish myself",
            "~want|~need|~urge to (cut|burn|hurt|harm) *2 (so bad|rn|right now|tonight|again)",
            "~swallow|~take|~neck *2 (load|loads|lot|lots|handful|bunch|pack|packet|box|all) "
            "of? my|the? @PILLS",
            "(clean|sober) *2 (days|weeks|months) *3 (relapsed|broke|cut|ruined)",
            "~take|~swallow|~neck more *1 my? @PILLS than",
            "~take|~swallow|~neck (the|a) whole (pack|packet|box|bottle|strip|lot)",
            "scratches|cuts|marks|burns *1 (are|were) not (from|really|actually) *2 a|the|my? "
            "cat|dog",
            "~tie|~wrap *4 (round|around) my (arm|arms|neck|wrist|wrists|leg|legs) *3 tight",
            "~drink|~swallow|~eat *4 (bleach|battery|batteries|detergent|washing up liquid)",
            "i *1 ~bite|~punch|~pinch|~slap my own? (arm|arms|wrist|wrists|leg|legs|thigh|thighs|"
            "stomach|skin) (really|so)? (hard|till|until|when i am|when i feel|when i get|when the|"
            "every|and it leaves|marks|bruises)",
            "i *1 (did|done|doing) it again *8 (promised|said i would not|swore)",
            "(the thing|what) i promised (my worker|my carer|my sw|my therapist|my counsellor|my "
            "key "
            "worker|my social worker|staff|my nurse|camhs) *2 (i would not|not to)",
            "~need stitches|stiches *8 (can not go|do not want to go|will ask|ask questions|asking "
            "questions|tell my|tell them|if i tell|find out)",
        ),
    ),
    Cue(
        "abuse:broad",
        _R.ABUSE,
        patterns=(
            "~come|~walk|~barge|~burst *2 (in|into) *2 (bathroom|shower|toilet|room|bed) *6 "
            "(shower|bath|changing|undressed|naked|asleep|getting dressed)",
            "~drag|~pull|~throw|~yank me *5 (hair|stairs|arm|floor|room|neck|across|along)",
            "~sit|~sat|~kneel|~knelt|~lie|~lay on (me|my chest|my back) *5 (breathe|hurt|pain|cry)",
            "~make|~force me *2 (sleep|stay|stand|wait|eat|kneel) *4 (garden|outside|floor|"
            "shed|cold|corner|like a dog|in the rain)",
            # not someone else's ("her cuts") or a friend who cuts
            "<!her|his|their|mate|friend|she|he bruises|marks|welts|cuts *5 (belt|slipper|stick|"
            "cable|wire|hanger|hand|fist|him|her|them|he|she|they)",
            "~take|~keep|~control *2 (all|all of)? my (money|wages|uc|benefits|card|phone|pay) "
            "*6 (will not let|not allowed|can not|cant|see my|so i)",
            "~leave me|us *5 (on our own|on my own|alone|by myself) *3 (days|nights|night|"
            "weekend|hours|week)",
            "~show me *4 (porn|videos|pictures|films) *4 (sex|naked|grown ups|adults|rude)",
            "~make|~force|~get me *3 (take|took) *1 my clothes off",
            "~take|~took *2 photos|pictures|videos *2 (of me|me) *4 (naked|undressed|clothes)",
            "~try|~keep|~get *3 (in|into) my bed",
            "~throw|~chuck|~fling me *2 (about|around|across|into|against)",
            "not (allowed|let|given) *1 (food|dinner|tea|to eat|any food) *4 (until|till|unless|"
            "if i|before i)",
            "~take *2 my phone *4 (can not|cannot|so i|so nobody|tell anyone|ring anyone)",
            "~hit|~beat|~slap|~kick|~punch|~smack|~choke|~strangle|~burn me *2 with "
            "(a|the|his|her)",
        ),
    ),
    Cue(
        "confinement:broad",
        _R.CONFINEMENT,
        patterns=(
            "bolt|lock|locks|padlock *2 on the outside",
            "~take|~hide *3 my (keys|key|shoes|coat|phone) *4 (can not leave|can not go|can not "
            "get out|so i can not|stop me)",
            "(never|not) (let|allowed) out *3 (all weekend|all day|for days|at all|ever|the house|"
            "of the house|of my room)",
            "~keep me (in|inside|indoors) *3 (all|for|days|weekend|week|since)",
            "~keep me|us in my|the|our|their room|bedroom|house|flat|cupboard|shed|garage|"
            "basement|loft|attic",
            "(i am|been|being|get|got|i get) kept (in|inside|indoors|in my room) !touch|check|"
            "mind|at|"
            "after|during|detention|break|lunch",
            "can not (leave|go out|get out) *6 (took|taken|hid|hidden|taking|hide|take) *1 my "
            "(keys|key|shoes|coat|phone|passport)",
            "~lock (it|the door|my door|me) *3 (can not|cannot|not able to) (get out|leave|open)",
            "~shut|~lock me|us *2 in|into *2 (room|cupboard|bathroom|shed|garage|toilet|cellar)",
            "(locked|stuck|trapped) (in|inside) *3 (can not|cannot|help|please|get out)",
            "stuck|trapped in (my|the|this) (room|bedroom|house|flat) *4 (locked|lock|locks|"
            "will not let|bolted)",
            "only allowed out *1 (for|to) (school|the toilet|toilet|college|the bathroom)",
            "(window|windows|door|doors) *1 (screwed|nailed|boarded) (shut|closed|up)",
            "<!i|we ~tie|tied my (hands|feet|arms|legs|wrists)",
            "~tie me (up|to)",
        ),
    ),
    Cue(
        "threat:broad",
        _R.THREAT,
        hyperbole=True,
        patterns=(
            _HE + " *2 @THREAT_VERB *1 my (family|mum|dad|brother|sister|nan|little|baby|kids)",
            "(hell|shell|theyll) *2 @THREAT_VERB *1 me|us",
            "~put me in (hospital|a box|the ground|a wheelchair)",
            "(~get|~do|~sort) me (when|if|after) *4 (least expect|not looking|alone|see me)",
            "~smash|~cave|~kick|~cut *2 my (face|head) in",
            "(getting|get|got|being) done in",
            "(watch out|you are next|watch yourself|you are dead)",
            "~threaten|threatening|threats *3 (hurt|kill|stab|beat|post|share)",
            "(kill|hurt|stab|batter) *4 if (i|we) (go|tell|talk|grass|snitch|ring|call)",
        ),
    ),
    Cue(
        "threat:stalking",
        _R.THREAT,
        patterns=(
            "~follow|~chase me *4 (home|house|bus stop|from school|every day|everywhere)",
            "(picture|pic|photo|video) of a (knife|gun|blade|machete)",
            "(my house|my address|where i live) *3 (online|posted|everyone)",
            "~throw|~chuck *2 acid",
            "(going to|getting|get|will|to) (jumped|stabbed|shanked|merked|shot|done in|beaten "
            "up|jumped on) *3 (tomorrow|tonight|after school|later|on sight|monday|friday|this "
            "week|when i|if i)",
            "~get|~do|~beat|~stab|~jump|~merk|~smoke|~shank me|him|her on sight",
            "price on (my head|me|my face|my name)",
            "(posted|put|shared|uploaded) *6 a price on it",
            "~text|~send|~message|~get|~keep *1 (threats|threatening messages|threatening texts)",
            "(he|she|they|someone|somebody|ex|dad|stepdad|boyfriend|uncle|brother|cousin|people|"
            "gang|lads|man|men) *4 found out? my|our new? (address|flat|house|where i live) !for|"
            "through|on|via|online",
            "(not|never) (allowed|supposed|meant) to (know|find out|have) (where i live|my "
            "address|my new address)",
            "(getting|get|got|being|going to get) (wet|wetted) up",
            "~wet me up",
            "keep (your|ur|my) mouth shut *4 or (else|i|we|they|he|she|your|ur|you will regret|you "
            "are dead|you are next)",
            "or (your|my) (mum|mam|family|sister|brother|nan|dad|kids) is? (getting|gets|will "
            "get) it",
            "bullet|bullets (drawn|with my name|through the door|through my door|in the post|in an "
            "envelope)",
            "~know where my (foster house|foster home|placement|new house|new school|flat) is",
        ),
    ),
    Cue(
        "unsafe:broad",
        _R.UNSAFE_HOME,
        patterns=(
            "(do not|please do not) (make|send) me *2 (back|home|there)",
            "@SCARED (of|about) what (he|she|they|my|hell|shell|theyll) *3 (do|will do|does|did)",
            "not|never safe *2 (for me|at home|in this house|at my|in my|here|there)",
            "@SCARED to be (in the house|home|at home|alone with|near|around) *2",
            "~lock|~barricade my door *3 (every night|at night|because|cos) *3 (of|he|she|they|"
            "the)",
            "something (is not|not|isnt) right *3 (home|house|placement|here|there)",
            "@SCARED *3 (he|she|they|my|the) *3 (comes home|gets home|drunk|drinking|angry)",
            "~scare|~frighten me *3 (comes|coming|come) (in|into) my (room|bed)",
            "keeps? coming|comin|walking|walkin|getting|gettin|barging in|into my room|bed|bedroom",
            "~keep|keeps turning|showing up at my|our flat|door|house|place",
            "@SCARED *2 every single? night|day *2 here|home|house",
            "something is? bad? going to happen to me (if i stay|here|tonight|in this house|at "
            "home|if he|if she|if they|when he|when she|when they)",
            "needles|syringes *4 (all over|everywhere|on the floor|in the flat|in the house|"
            "lying around)",
            "(mum|dad|mam|mother|father|carer|nan|she|he) *1 ~pass out *6 (hob|gas|cooker|oven|"
            "baby|brother|sister|alone|floor)",
            "i am the only one (watching|looking after|minding|feeding) *2 (brother|sister|baby|"
            "him|her|them)",
            "(set|sets|setting|burn|burns|burning) (fire|down) *3 (house|building|flat|home|room|"
            "place) *3 "
            "with (us|me|everyone)",
            "@SCARED (someone|somebody|one of us|mum|she|he) *1 (is|are)? going to get (hurt|"
            "killed|really hurt|stabbed)",
            "(fighting|fights|fight) with (fists|knives|a knife|weapons)",
            "(falls asleep|fell asleep|falling asleep|fall asleep|passes out|passed out|"
            "passing out|pass out) *3 (cooker|hob|oven|gas|chip pan|fire) on",
            "~smell gas",
            "@SCARED (of being|to be) in this (house|flat|hostel|place|home)",
        ),
    ),
)

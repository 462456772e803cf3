"""Abuse, threats, being locked in, and feeling unsafe where they live."""

from __future__ import annotations

from core.analysis import RiskReason
from nlp.risk_patterns.cue import Cue

_ABUSE = RiskReason.ABUSE
_THREAT = RiskReason.THREAT
_CONFINED = RiskReason.CONFINEMENT
_UNSAFE = RiskReason.UNSAFE_HOME
_NOT_THIRD = (
    "<!someone|somebody|he|she|they|it|people|who|nobody|man|boy|girl|friend|kid|kids|"
    "character|guy|person|brother|sister|mate|cousin|dog|cat|that|player|son|daughter|"
    "dad|mum|whose|friends|uncle|aunt|nan"
)
_SEX_BODY = (
    "private|privates|bits|bum|chest|boobs|breasts|body|legs|leg|thigh|thighs|willy|penis|"
    "vagina|fanny|crotch|butt|bottom|tits|dick|down|between|under"
)

CUES: tuple[Cue, ...] = (
    Cue(
        "abuse:physical",
        _ABUSE,
        physical=True,
        patterns=(
            "<!it|crab|dog|cat|wasp|bee|puppy|kitten|horse|pony|hamster|rabbit|parrot|goose|swan|"
            "seagull|nettle|nettles|jellyfish|water|current|tide|sea|river|wave|waves @HIT {OBJ}",
            "{I_AM} @HIT_PP !out",
            _NOT_THIRD + " got|get|been|getting|gets|being @HIT_PP !out",
            "{I_AM} knocked|punched|beaten|battered|thumped out",
            _NOT_THIRD
            + " got|get|been|getting|gets|being knocked|punched|beaten|battered|thumped out",
            "get|got|getting|been|being hurt (at home|at my|there|here|in the house|by him|by her|"
            "by them|by my)",
            "@HIT_PP by my|our|the|his|her @KIN_ADJ? @ADULT_CARER|carer|carers|brother|family",
            "~give|~leave me|us? *2 (bruises|a bruise|marks|a black eye|black eyes|a nosebleed|"
            "a fat lip|burns|a scar|scars)",
            "(bruises|marks|a black eye) *3 from|where|because *1 he|she|they|my",
            "~throw|~chuck|~lob *3 things|stuff|plates|objects|chairs|knives|shoes at me|us",
            "~grab|~hold|~pin me|us by|down|against *2 neck|throat|hair|arm|wall|floor",
            "~drag me|us by|across|along|down *2 hair|arm|floor|stairs",
            "~hit|~beat|~smack|~whip me|us *3 with a|his|her belt|stick|shoe|slipper|hanger|cable",
            "~batter|~beat me|us up",
            "~push|~shove|~slam|~throw|~smash me|us|my head (into|against|through) (the|a) (wall|"
            "door|floor|table|radiator|window|cupboard|wardrobe|fridge|worktop)",
            "~flick|~pinch|~twist|~squeeze|~dig my (ear|ears|arm|arms|skin|neck|wrist|wrists) *3 "
            "(really hard|so hard|hard|till|until)",
            "~hit|~beat|~smack|~whip him|her|brother|sister *2 with (a|the|his|her) (belt|stick|"
            "shoe|"
            "slipper|hanger|cable|pipe|hoover|spoon|wooden)",
        ),
    ),
    Cue(
        "abuse:sexual",
        _ABUSE,
        patterns=(
            "<!it|that|this|story|words|speech|song ~touch|~grope|~fondle|~rub|~lick {OBJ} "
            "!up|base|off",
            "~feel me|us up",
            "~touch|~grope|~fondle|~feel|~rub|~lick|~grab|~squeeze *2 my|her " + _SEX_BODY,
            "~touch {OBJ} *4 where|when|inappropriately|down|night|bed|weird|wrong|not|"
            "uncomfortable|scared|private",
            "~make|~force|~get|~want|~try *2 me *2 ~touch|~suck|~lick|~kiss|~rub *2 him|his|her|"
            "them|their",
            "against my will",
            "~show|~send me *2 his|her|their private|privates|willy|penis|dick|bits|body|porn",
            "~make|~force|~get me *3 ~watch *2 porn|rude|dirty|sex|sexual",
            "~come|~get|~creep|~sneak into|in my bed|room|bedroom *3 night|asleep|sleeping|"
            "changing|undressed|naked|shower|drunk",
            "{MY_CARER} *3 ~sleep|~get in|into my bed",
            "~watch|~film|~photograph me *2 ~shower|~change|~undress|~wash|naked|bath|changing",
            "~make|~force|~pressure|~get|~try|~want me *3 do|doing things|stuff|something *5 "
            "not|uncomfortable|weird|rude|sexual|horrible|dirty|gross|wrong|bad|private|scared",
            "~make|~force|~pressure me *3 ~take *1 my clothes off",
            "~take|~make pictures|photos|videos of me *4 naked|undressed|changing|shower|bath|body",
            "~touch|~kiss me *4 not ~like|~want it",
            "~take advantage of me",
            "~put|~stick his|her hand|hands (under|in|inside|up) my (nightie|nighty|nitey|top|"
            "skirt|"
            "pyjamas|pjs|clothes|shirt|trousers|knickers|pants|dress|shorts)",
            "(grandad|uncle|stepdad|dad|carer|man) *3 ~kiss me on the (mouth|lips)",
        ),
    ),
    Cue(
        "abuse:secret",
        _ABUSE,
        patterns=(
            "~tell|~say|~make|~warn me *2 not|never to? tell|say *2 anyone|anybody|nobody|any1",
            "~tell|~say|~make|~warn me *2 not|never to? tell|say *2 about (it|this|what)",
            "(our secret|our little secret|a special secret|our special secret)",
            "~keep it|this|things|stuff *1 a|our secret *3 he|she|they|or",
            "not allowed to tell (anyone|anybody|my social worker|nobody)",
            "if i tell *4 (~hurt|~kill|~hit|~beat|~take|~send) *1 me|us|my",
        ),
    ),
    Cue(
        "abuse:emotional",
        _ABUSE,
        patterns=(
            "{MY_CARER} *3 ~call me|us *2 @MEAN_WORD",
            "{MY_CARER} *3 ~say|~tell|~scream|~shout *3 i am|was|are *2 @MEAN_WORD",
            "{MY_CARER} *3 ~wish|~say *3 (i was|i had|i were) *2 born|dead",
            "{MY_CARER} *3 ~say|~tell me *2 nobody|noone *2 ~want|~love|~like|~care *1 me",
            "{MY_CARER} *3 ~scream|~shout|~yell|~swear *2 in my face",
            "{MY_CARER} *3 ~humiliate|~degrade|~bully|~terrorise|~torment me",
            "{MY_CARER} *3 ~threaten to ~hit|~hurt|~kill|~beat me",
        ),
    ),
    Cue(
        "abuse:neglect",
        _ABUSE,
        patterns=(
            "~starve me|us",
            "not ~feed me|us",
            "not ~give|~let me|us *2 food|anything|dinner|tea|meals|eat|breakfast|lunch "
            "!money|back|for|in|at|with|upstairs|on|before|after|till|until|unless|there|here|"
            "sweets|snacks|junk",
            "not allowed to? eat|food|dinner|tea !after|before|in|till|until|unless|on|sweets",
            "~leave me|us *3 alone|own *3 days|nights|night|weekend|hours",
            "~go|went|going *1 days without food|eating",
            "not deserve (food|to eat|dinner|tea|anything|breakfast|meals)",
            "only (get|allowed) to eat (after|when|if|once)",
            "not (~buy|bought|~get|~do) any? (food|shopping|groceries) *3 (days|week|weeks|ages|"
            "since)",
        ),
    ),
    Cue(
        "abuse:topic",
        _ABUSE,
        topic=True,
        patterns=(
            "rape|raped|raping|rapist|molested|molester|molest",
            "sexually *2 abused|assaulted|touched|harassed|abusing|assaulting",
            "sexual abuse|assault|assaults|abuser",
            "abuse|abused|abusing|abusive|abuser|abusers",
            "domestic violence|abuse",
            "neglect|neglected|neglecting",
            "fgm|fgm'd",
            "female genital",
        ),
    ),
    Cue(
        "threat:harm",
        _THREAT,
        hyperbole=True,
        patterns=(
            "<!i|we @THREAT_AUX to? *3 @THREAT_VERB {OBJ}",
            "<!i|we @THREAT_AUX to? *4 ~break my legs|arms|neck|face|jaw|nose",
            "~try|~want to ~kill|~murder|~stab|~shoot|~strangle|~drown {OBJ}",
            "nearly|almost ~kill|~strangle|~drown|~choke {OBJ}",
            _NOT_THIRD + " (will|would|might|could|gonna|going to) *1 get|be stabbed|killed|shot|"
            "jumped|beaten|battered|hurt|attacked|murdered|raped|knifed|merked|shanked",
        ),
    ),
    Cue(
        "threat:threatened",
        _THREAT,
        hyperbole=True,
        patterns=(
            "<!i|we ~threaten me|us|my|to|mum|family",
            "threatening|threats|threat *2 me|us|my|messages|texts",
            "death threats|threat",
            "~blackmail|~extort|~sextort me|us",
            "~know|~found *1 where i|we live",
            "~follow me|us *2 home|around|everywhere|school",
            "~wait *2 for me|us *3 outside|after|near",
            "~wait outside *3 for me|us",
            "~stalk me|us",
            "~rob|~mug me|us",
            "got|get|been robbed|mugged",
            "~put a price on my head",
            "~come after me|us|my",
            "~hunt me|us down",
        ),
    ),
    Cue(
        "threat:weapon",
        _THREAT,
        patterns=(
            "~pull|~draw|~point|~hold|~wave|~put|~show|~flash a|his|her|their knife|gun|blade|"
            "machete|weapon|shank|strap|ching|knives|zombie *2 on|at|to|against {OBJ}",
            "knife|gun|blade|machete *2 to|against|at my throat|neck|head|face|chest",
            "~carry|~carrying|~bring|~keep|~hide|~have|~need *1 a|my? knife|blade|machete|gun|"
            "weapon|shank|strap|ching *4 because|cos|for|protection|safe|olders|school|case",
            "i|we *2 ~carry|~carrying a? knife|blade|machete|gun|weapon|shank",
            "~stab|~shoot *1 at me|us",
            "~tell|~make|~want|~ask me to *2 ~carry|~hold|~hide|~use a? knife|gun|weapon|blade",
        ),
    ),
    Cue(
        "confinement:locked_in",
        _CONFINED,
        patterns=(
            "~lock|~shut|~trap|~barricade me|us *2 in|inside|indoors|away|under",
            "~lock me|us up",
            "~keep me|us *1 locked|inside|indoors|prisoner|hostage|captive",
            "locked|shut|trapped *1 in|inside *2 my|the|a|our room|bedroom|house|cupboard|flat|"
            "shed|basement|cellar|garage|toilet|bathroom|attic|car|van|loft",
            "~lock the door|doors *4 can not|cannot get out",
            "~hold me|us prisoner|hostage|captive",
            "~lock|~take *2 my door|keys|key *4 can not|not ~let",
        ),
    ),
    Cue(
        "confinement:not_allowed_out",
        _CONFINED,
        patterns=(
            "not ~let me|us *1 leave|escape "
            "!school|class|the|early|till|until|before|after|with|to|for|when|yet|lessons",
            "not ~let me|us *1 leave the|my? house|flat|room|bedroom|home|building",
            "not allowed *1 to? leave|escape *2 house|room|flat|bedroom|home|here|building",
            "not allowed *1 to? leave|escape !school|class|the|early|till|until|before|after|with|"
            "to|for|when|yet|lessons|on|at|my",
            "not ~let|allowed *3 out|outside *2 (ever|at all|for days|for weeks|for months|"
            "of the house|of my room|of the room|of here|of the flat|of the bedroom)",
            "can not (escape|get out) *3 house|room|here|flat|bedroom",
            "~trap me|us",
        ),
    ),
    Cue(
        "unsafe:not_safe",
        _UNSAFE,
        topic=True,
        patterns=(
            "not|never ~feel|feeling|felt safe !enough|to|about|telling|talking|saying|sharing|"
            "with|asking|online",
            "not|never ~feel|feeling|felt safe with him|her|them|my|at|in|here|there|around",
            "i|we am|are|feel|was|were|is not safe",
            "not safe *2 here|home|house|placement|there|with|around|room|flat|anymore|any",
            "~feel|~feeling|felt|am|is|was|so|really unsafe",
            "unsafe *2 here|home|house|placement|there|with|around|room|flat",
            "in danger",
            "~fear|~fearing for my life|safety",
        ),
    ),
    Cue(
        "unsafe:scared_home",
        _UNSAFE,
        patterns=(
            "@SCARED *3 @HOME !school|college|class|work|sick|alone",
            "@SCARED *4 back to my|the|their *1 @HOME|mum|dad|mums|dads|foster|carers",
            "@SCARED *3 go|going|be|being|live|living|stay|staying *2 back|there|with !to",
            "@SCARED of *1 @SCARY_PERSON !finding|knowing|seeing|leaving|going|thinking|being|"
            "judging|missing|losing|not|moving|getting|telling|reading|hearing",
            "@SCARED *2 he|she|they|my|her|his *2 will|would|might|going|gonna|to|is|wants *2 "
            "@THREAT_VERB|find|come|~hit|~touch|do",
            "@SCARED when|because|cos|if he|she|they|my *4 drunk|drinking|angry|shouts|shouting|"
            "kicks|loses|comes|mad|high|temper|rages|raging|smashes",
            "~hide|~lock myself *3 room|bathroom|toilet|cupboard|wardrobe *4 when|from|because|"
            "until",
            "~hide from him|her|them|my",
            "~sleep with a knife|chair|something *3 door",
            "~lock|~kick|~throw|~put me|us *1 out *4 night|tonight|street|streets|cold|rain|"
            "nowhere|garden|outside",
            "~lock me|us out",
            "not|never ~want to go home|back *4 because|cos|scared|he|she|they",
        ),
    ),
)

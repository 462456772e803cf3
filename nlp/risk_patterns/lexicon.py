"""Named word sets (`@SET`) and macros (`{MACRO}`) shared by the cue lists."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


WORD_SETS: dict[str, tuple[str, ...]] = {
    # people who look after or live with a child
    "CARER": _words(
        "carer carers foster fosterer fosterers mum dad step parents parent nan grandad gran "
        "uncle auntie aunt stepdad stepmum staff worker workers keyworker manager boyfriend "
        "partner husband wife he she they family brother sister cousin lodger grandma grandpa"
    ),
    "ADULT_CARER": _words(
        "carer carers foster fosterer fosterers mum dad step parents parent nan grandad gran "
        "uncle auntie aunt stepdad stepmum staff keyworker manager partner grandma grandpa "
        "boyfriend husband dads mums mother father"
    ),
    "SCARY_PERSON": _words(
        "him her them he she carer carers dad mum parents stepdad step foster fosterer uncle "
        "brother boyfriend partner staff man men guy guys lads someone grandad cousin auntie "
        "aunt neighbour lodger olders gang dads mums family fosterers father mother fella"
    ),
    "KIN": _words(
        "sister sisters brother brothers sibling siblings cousin cousins sis bro baby kids "
        "children mum nan twin"
    ),
    "KIN_ADJ": _words("little baby younger older big step half foster twin"),
    "PERSON": _words(
        "him her them he she they carer carers dad mum parents stepdad step foster fosterer "
        "uncle brother boyfriend partner staff worker workers man men guy guys lads lad people "
        "someone nan grandad cousin auntie aunt neighbour lodger olders gang"
    ),
    "OLDER": _words(
        "older man men guy guys lads lad bloke blokes adult adults stranger strangers olders "
        "boyfriend boyfriends someone people"
    ),
    "ONLINE": _words(
        "online internet snapchat instagram tiktok discord whatsapp facebook app apps game games "
        "xbox playstation roblox fortnite minecraft omegle kik telegram twitter grindr tinder "
        "website chat chatroom"
    ),
    "HIT": _words(
        "~hit ~slap ~punch ~kick ~beat ~smack ~batter ~strangle ~choke ~thump ~whack ~headbutt "
        "~bash ~shove ~push ~strike ~whip ~belt ~bite ~pinch ~drag ~grab ~hurt ~abuse ~attack "
        "~assault ~burn ~stamp ~spit ~bruise ~slam ~suffocate ~smother ~stab ~rape ~molest "
        "~throttle ~scald ~jump ~knife ~torture ~starve ~cane ~spank ~pull ~yank ~twist"
    ),
    "HIT_PP": _words(
        "hit slapped punched kicked beaten beat smacked battered strangled choked thumped "
        "whacked headbutted bashed shoved pushed whipped bitten hurt abused attacked assaulted "
        "burnt burned stamped bruised raped molested groped touched stabbed jumped mugged "
        "throttled scalded tortured starved spanked caned knifed shot strangled"
    ),
    "SCARED": _words(
        "scared afraid frightened terrified petrified fear fearful feared scaredd bricking"
    ),
    "HOME": _words(
        "home house placement flat room bedroom hostel carers foster unit accommodation residential"
    ),
    "LIMB": _words(
        "arm arms wrist wrists leg legs thigh thighs skin stomach belly body hips hip chest "
        "face ankles"
    ),
    "PILLS": _words(
        "pills tablets paracetamol meds medication medicine painkillers ibuprofen sleeping "
        "antidepressants sertraline fluoxetine co-codamol codeine"
    ),
    "SELF": _words("i we me us myself"),
    "NUMBER": tuple(str(n) for n in range(4, 101))
    + _words("four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty"),
    "WANT": _words(
        "~want wanna ~wish ~feel ~need ~plan ~think ~try ~decide ~go ~mean ~tempt ~hope ~pray "
        "gonna ~like ~ready ~start ~consider ~prepare"
    ),
    "THREAT_AUX": _words(
        "will would going gonna ~threaten ~want ~try ~promise ~come ~say ~swear shall "
        "might could about ~plan ~vow ~tell"
    ),
    "THREAT_VERB": _words(
        "~kill ~stab ~shoot ~hurt ~beat ~batter ~jump ~burn ~rape ~hit ~slash ~attack ~smash "
        "~murder ~merk ~knife ~shank ~duppy ~hunt ~petrol ~acid ~cut ~strangle ~drown ~punch "
        "~kidnap ~torture ~slap ~kick ~choke ~rob"
    ),
    "MEAN_WORD": _words(
        "worthless useless stupid fat ugly slag slut whore mistake waste burden disgusting "
        "freak retard retarded thick pathetic nothing rubbish scum trash bitch idiot dumb "
        "unlovable evil devil animal"
    ),
    "DRUGS": _words(
        "drugs weed crack coke cocaine heroin smack food packages package parcels parcel bags "
        "bag stuff gear pills ket ketamine mdma spice nos balloons wraps shots product"
    ),
    "MONEY_GIFT": _words(
        "money cash gifts gift presents present drink drinks alcohol vodka booze weed drugs "
        "vapes vape cigs cigarettes fags phone phones iphone clothes trainers lifts lift stuff "
        "things food takeaways nails hair jewellery designer clothes cannabis"
    ),
    "PARTY_PLACE": _words(
        "party parties hotel hotels flat flats airbnb house houses motel caravan car cars "
        "garage hostel trap"
    ),
    "NUDES": _words("nudes nude naked topless underwear rude dirty sexy private explicit"),
    "PICS": _words("pictures picture photos photo videos video selfies selfie snaps images"),
    "MARRY": _words(
        "marry married marrying marriage wedding engaged engagement husband wife betrothed"
    ),
    "MINOR_AGE": _words(
        "8 9 10 11 12 13 14 15 16 17 eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen"
    ),
    "ABROAD": _words(
        "abroad overseas pakistan bangladesh india somalia nigeria afghanistan iraq iran "
        "yemen turkey syria morocco egypt sudan eritrea ethiopia gambia ghana away country"
    ),
    "TIME_NOW": _words("tonight today now later tomorrow morning asap soon"),
    "FOOD_MONEY": _words(
        "food money electric electricity gas heating credit meter water rent bus tea dinner"
    ),
    "MOOD": _words(
        "sad depressed lonely alone low down miserable empty numb hopeless worthless useless "
        "unhappy upset anxious stressed rubbish awful horrible crap shit broken invisible "
        "unloved unwanted isolated heartbroken trapped ignored forgotten paranoid "
        "overwhelmed crying"
    ),
}

# Multi-word alternatives: a pattern containing {NAME} becomes one pattern per entry.
MACROS: dict[str, tuple[str, ...]] = {
    "OBJ": (
        "me|us",
        "my|our @KIN_ADJ? @KIN",
        "the other kids|children",
        "the baby",
    ),
    "OLDER_P": (
        "men|guys|lads|blokes|adults|strangers|olders|elders|dealers|gang",
        "older|old|grown *1 men|man|guy|guys|lads|lad|boys|people|blokes|boyfriend|friends|"
        "group|bloke|adults|males|boy|dude|dudes|bf|one|ones",
        "a|this|some|these|random man|guy|bloke|stranger|adult|dude",
    ),
    "I_AM": ("i am|was|be|been|get|got|keep|getting", "i have|had been|got"),
    "MY_CARER": (
        "my|our|her|his @KIN_ADJ? @ADULT_CARER",
        "my|our|her|his mum|dad|nan|gran *1 boyfriend|partner|husband|girlfriend|wife",
        "the staff|carer|carers|workers",
    ),
}

# Tokens a gap never crosses, and tokens that end a clause for negation and perspective.
SENTENCE_END = frozenset({".", "!", "?", ";", "\n"})
CLAUSE_END = SENTENCE_END | frozenset(
    [
        ",",
        "but",
        "though",
        "although",
        "however",
        "whereas",
        "except",
        ":",
        "and",
        "because",
        "so",
        "if",
        "when",
        "then",
        "or",
        "until",
        "unless",
        "while",
        "-",
        "...",
        "lol",
    ]
)

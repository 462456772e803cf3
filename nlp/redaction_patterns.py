"""Regular expressions and word lists for redaction of personal data in young people's text."""

from __future__ import annotations

import re

from nlp.morphology import inflections

_STREET = (
    r"(?:street|st|road|rd|avenue|ave|lane|ln|close|cl|drive|dr|way|court|ct|crescent|"
    r"cres|place|pl|terrace|gardens|gdns|grove|park|hill|parade|square|sq|row|walk|mews|"
    r"view|rise|green|estate|vale|boulevard|wharf|yard)"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = (
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+\d{{2,4}})?"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{2,4}})?)"
)

# Ordered: earlier kinds win where matches overlap.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        ("EMAIL", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        (
            "URL",
            r"\b(?:https?://|www\.)[^\s<>\"]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|org|"
            r"net|uk|ly|io|me|gg|tv)(?:/[^\s<>\"]*)?(?!\w)",
        ),
        ("HANDLE", r"(?<![\w@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}"),
        (
            "NHS_NUMBER",
            r"\bnhs\s*(?:no\.?|number|num|#)?\s*[:\-]?\s*(?P<value>\d{3}[\s-]?\d{3}"
            r"[\s-]?\d{4})\b|(?<![\d+])\b[1-9]\d{2}[\s-]\d{3}[\s-]\d{4}\b",
        ),
        ("NI_NUMBER", r"\b[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b"),
        (
            "PHONE",
            r"(?<![\w+])(?:\+44\s?\(?0?\)?[\s-]?\d(?:[\s-]?\d){8,9}"
            r"|\(0\d{3,4}\)\s?\d{3}[\s-]?\d{3,4}|0\d(?:[\s-]?\d){8,9})(?!\d)",
        ),
        ("POSTCODE", r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b"),
        (
            "DOB",
            rf"\b(?:born(?:\s+on)?|dob|d\.o\.b\.?|date\s+of\s+birth|birthday|bday)\s*"
            rf"(?:is|was|:|-|=)?\s*(?:on\s+)?(?P<value>{_DATE})",
        ),
        (
            "ADDRESS",
            rf"\b(?:(?:flat|apt|apartment|unit|room)\s*\d+[a-z]?,?\s*)?\d{{1,4}}[a-z]?,?"
            rf"\s+(?:[a-z][a-z'-]+\s+){{1,3}}{_STREET}\b\.?"
            rf"|\b(?:flat|apartment|apt)\s+\d+[a-z]?\b",
        ),
    )
)
# Street names without a number, only when capitalised ("on Linden Rd", "Birch Parade").
NAMED_STREET = re.compile(
    r"\b(?:[A-Z][a-z'-]+\s+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|"
    r"Court|Crescent|Place|Terrace|Gardens|Grove|Parade|Square|Row|Walk|Mews|Rise)\b\.?"
)

RELATIONS = (
    r"social\s+worker|sw|s/w|pa|personal\s+advis[eo]r|iro|carer|foster\s+carer|foster\s+mum|"
    r"foster\s+dad|foster\s+mom|key\s*worker|support\s+worker|teacher|tutor|brother|sister|"
    r"bro|sis|cousin|friend|best\s+friend|bestie|mate|bf|boyfriend|gf|girlfriend|uncle|"
    r"aunt|auntie|aunty|stepdad|step\s+dad|stepmum|step\s+mum|advocate|manager|therapist|"
    r"counsellor|neighbour|landlord|son|daughter|baby|partner|housemate|flatmate|nan|gran|"
    r"grandad|grandma|grandpa|mum|mom|dad|ex|coach|mentor|worker|keyworker|niece|nephew"
)
# "my sw Jade", "foster carer called Mike", "my brother tyler", "Miss Patel", "I'm Jade"
NAME_AFTER_RELATION = re.compile(
    rf"\b(?i:{RELATIONS})(?=(?P<possessive>'s)?\s*(?:,\s*|\s+(?i:is\s+called|called|named|"
    r"is)\s+|\s+)(?P<name>[A-Za-z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?))"
)
NAME_AFTER_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+(?P<name>[A-Z][A-Za-z'’-]+(?:-[A-Z][a-z]+)?)"
)
NAME_INTRODUCED = re.compile(
    r"\b(?i:my\s+name\s+is|my\s+name's|i'm\s+called|im\s+called|call\s+me|i\s+am\s+called|"
    r"name's|named|called)\s+(?P<name>[A-Za-z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
)

KEEP = frozenset(
    [
        "camhs",
        "nyas",
        "childline",
        "barnardo",
        "barnardo's",
        "barnardos",
        "coram",
        "voice",
        "ofsted",
        "council",
        "nhs",
        "gp",
        "iro",
        "pa",
        "cicc",
        "i",
        "mum",
        "dad",
        "nan",
        "god",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mam",
        "mom",
        "mummy",
        "daddy",
        "nanny",
        "grandad",
        "gran",
        "grandma",
        "grandpa",
        "auntie",
        "uncle",
        "sir",
        "miss",
        "samaritans",
        "shout",
        "police",
        "jesus",
        "allah",
        "christmas",
        "easter",
        "eid",
        "diwali",
        "xbox",
        "playstation",
        "snapchat",
        "instagram",
        "tiktok",
        "facebook",
        "whatsapp",
        "youtube",
        "discord",
        "roblox",
        "fortnite",
        "netflix",
        "google",
        "english",
        "maths",
        "science",
        "pe",
        "re",
        "ict",
        "art",
        "music",
        "drama",
        "year",
        "primary",
        "secondary",
        "college",
        "uni",
        "university",
        "school",
        "social",
        "worker",
        "carer",
        "foster",
    ]
)

_FUNCTION_WORDS = (
    "a an the and or but if so to of in on at for with from by up out about into over after "
    "before is am are was were be been being have has had do does did not no yes can could "
    "will would should may might must shall that this these those there here what who when "
    "where why how all any some just really very too also still even only never always "
    "again now then today tonight tomorrow yesterday my your his her our their its me him "
    "them us you he she it we they i im ive dont cant wont didnt doesnt isnt wasnt aint "
    "lol omg tbh ngl idk rn btw ok okay yeah yh ye nah no sorry pls please thanks thank "
    "hi hello hey bye well like so much many more most less lot lots bit kind sort one two "
    "three four five six new old good bad nice great best worst mean kind happy sad angry "
    "scared lovely horrible rubbish amazing funny strict fine alright ok sound decent "
    "proper dead well quite pretty literally actually basically though cos because coz "
    "said says told keeps left"
)
_VERBS = (
    "be have do go come get make take give say tell know think want like feel see look "
    "help need try call ask keep let leave put mean seem talk turn start show hear play "
    "run move live believe hold bring happen write sit stand lose pay meet include "
    "continue set learn change lead understand watch follow stop create speak read spend "
    "grow open walk win offer remember love consider appear buy wait serve die send "
    "expect build stay fall cut reach kill remain suggest raise pass sell require report "
    "decide pull hit shout scream cry laugh hate text ring phone visit drive pick check "
    "miss forget care moan sort ignore listen answer reply message hug shop cook clean "
    "lie promise swear hurt treat work"
)
_NOUNS = (
    "house home place flat room school college work birthday phone car money stuff things "
    "friends mates kids children family name time day week night weekend party game games "
    "dog cat bedroom food dinner tea contact meeting review plan visit visits job course "
    "new old other own last next first boyfriend girlfriend partner number address side "
    "sister brother mum dad nan baby son daughter cousin friend mate worker carer carers"
)
COMMON_WORDS = frozenset((_FUNCTION_WORDS + " " + _NOUNS).split()) | frozenset(
    form for verb in _VERBS.split() for form in inflections(verb)
)

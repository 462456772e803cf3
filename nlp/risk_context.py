"""Read a cue hit in its context: negation, whose it is, past or resolved, humour, accidents.

All functions take the message as a list of normalised lower-case words and token offsets.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from core.analysis import RiskLevel, RiskReason
from nlp.risk_patterns import context as c
from nlp.risk_patterns.cue import Cue
from nlp.risk_patterns.lexicon import CLAUSE_END, SENTENCE_END

_NEGATION_WINDOW = 4
_PERSPECTIVE_WINDOW = 8
_SENTENCE_WINDOW = 15
_CLAUSE_WINDOW = 8
_DENIAL_WINDOW = 6  # "it's not like i really want to"
_STREAK_WINDOW = 6  # "it's been ages since I wanted to die"
_LESSON_WINDOW = 10  # "in PSHE we learned about county lines and grooming"
# A time clause belongs to the event it dates: "I was abused | when I was 6".
_EVENT_CLAUSE_END = CLAUSE_END - frozenset({"when", "until", "while"})
_PERSPECTIVE_BREAKS = SENTENCE_END | frozenset({"but", "because", "so", "and", "cos", ","})


def span(words: list[str], start: int, end: int, stops: frozenset[str], limit: int) -> list[str]:
    """The words around [start, end) up to `limit` each side, not crossing a stop word."""
    left = start
    while left > 0 and start - left < limit and words[left - 1] not in stops:
        left -= 1
    right = end
    while right < len(words) and right - end < limit and words[right] not in stops:
        right += 1
    return words[left:right]


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the phrases as whole words ("now" not inside "know")."""
    alternatives = "|".join(re.escape(phrase.strip()) for phrase in phrases)
    return re.compile(f"(?<= )(?:{alternatives})(?= )")


def _has_phrase(words: list[str], phrases: tuple[str, ...]) -> bool:
    return _phrase_pattern(phrases).search(f" {' '.join(words)} ") is not None


def is_negated(words: list[str], start: int) -> bool:
    """Whether a negator governs the words at `start` ("I don't feel unsafe", "no thoughts of
    hurting myself"), or the clause denies it ("it's not like I want to end it", "I go for a
    run instead of hurting myself")."""
    if _denied(words, start):
        return True
    subject_seen = False
    for i in range(start - 1, max(start - _NEGATION_WINDOW - 1, -1), -1):
        word = words[i]
        if word in CLAUSE_END:
            return False
        following = words[i + 1]
        if word in c.NEGATORS or (word == "no" and following in c.NO_FOLLOWERS):
            if following in c.NEGATION_CANCELLERS and (word, following) != ("never", "even"):
                return False
            if _conditional(words, i):
                return False  # "he'll post them if I don't send nudes" denies nothing
            return not subject_seen or following in c.BELIEF_VERBS
        if word in c.SUBJECTS:
            subject_seen = True
    return False


def _conditional(words: list[str], negator: int) -> bool:
    """The negator is in the condition of a threat: "if I just don't send more" (not the
    second "don't" of "if i don't wake up tomorrow don't be sad")."""
    for i in range(negator - 1, max(negator - _CONDITION_WINDOW - 1, -1), -1):
        if words[i] in c.CONDITION:
            return True
        if words[i] in CLAUSE_END or words[i] in c.NEGATORS:
            return False
    return False


_CONDITION_WINDOW = 5


def _denied(words: list[str], start: int) -> bool:
    """A denial lead just before the hit, with only modal words between ("not like i would
    ever", not "not like i care anymore i just want to die")."""
    lead = span(words[:start], start, start, CLAUSE_END, _DENIAL_WINDOW)
    text = f" {' '.join(lead)} "
    for phrase in c.DENIAL_LEADS:
        at = text.rfind(phrase)
        if at >= 0 and set(text[at + len(phrase) :].split()) <= c.DENIAL_FILLER:
            return True
    return False


def perspective(words: list[str], start: int, end: int) -> str:
    """Whose experience a bare mention is: "self", "other" or "generic"."""
    return _whose(words, start, end)[0]


def _whose(words: list[str], start: int, end: int) -> tuple[str, str]:
    """`perspective`, and the word that decided it ("" when nothing did)."""
    if any(w in ("me", "us", "myself") for w in words[start : end + 3]):
        return "self", ""
    for i in range(start - 1, max(start - _PERSPECTIVE_WINDOW - 1, -1), -1):
        word = words[i]
        if word in c.FIRST_PERSON:
            return "self", word
        if word in c.GENERIC:
            return "generic", word
        if word in c.THIRD_PARTY:
            return "other", word
        if word in _PERSPECTIVE_BREAKS:
            break
    return "self", ""


def _is_hyperbole(words: list[str], start: int, end: int) -> RiskLevel | None:
    """Humour or a trivial trigger ("mum will kill me if I'm late lol")."""
    if c.SERIOUS.intersection(words) or _has_phrase(words, c.SERIOUS_PHRASES):
        return None
    near = range(max(start - 6, 0), min(end + 8, len(words)))
    # the cue's own words are no trigger, nor is "break" in "and break my legs"
    if any(words[i] in c.MUNDANE and not _injury(words, i) for i in near if not start <= i < end):
        return RiskLevel.NONE
    sentence = span(words, start, end, SENTENCE_END, _SENTENCE_WINDOW)
    if any(w in c.HUMOUR and not _negated_joke(sentence, i) for i, w in enumerate(sentence)):
        return RiskLevel.CONCERN
    return None


def _injury(words: list[str], i: int) -> bool:
    """ "break my legs": harm to a body, not a broken phone."""
    return i + 2 < len(words) and words[i + 1] in _POSSESSIVE and words[i + 2] in c.BODY


_POSSESSIVE = frozenset({"my", "your", "his", "her"})
_OWN_HARM = frozenset({RiskReason.SELF_HARM, RiskReason.SUICIDE})


def _negated_joke(words: list[str], i: int) -> bool:
    """ "he was not joking", "no joke": a denial that it was a joke."""
    return i > 0 and (words[i - 1] in c.NEGATORS or words[i - 1] == "no")


def _without_better_off(sentence: list[str]) -> list[str]:
    """Hide "better off" ("they'd be much better off without me") from the resolved phrases,
    where "much better" means the child is recovering."""
    return [
        "better_off" if word == "better" and following == "off" else word
        for word, following in zip(sentence, [*sentence[1:], ""], strict=True)
    ]


def _without_lingering(sentence: list[str]) -> list[str]:
    """Hide what lingers after harm is over ("I still get nightmares", "I still look over my
    shoulder") and a habit told as past ("I used to think about it all the time") from the
    words that say it is happening now."""
    kept = _without(sentence, c.LINGERING)
    return _without(kept, c.HABIT) if _has_phrase(kept, c.USED_TO) else kept


def _without(words: list[str], phrases: tuple[str, ...]) -> list[str]:
    """The words with every occurrence of the phrases taken out."""
    text = f" {' '.join(words)} "
    for phrase in phrases:
        text = text.replace(phrase, " ")
    return text.split()


def _abstained(words: list[str], start: int, end: int, sentence: list[str]) -> bool:
    """A clean streak or a time since the last time: "no self harm for a whole year",
    "6 months no self harm", "it's been ages since I wanted to die", "haven't once since".
    A streak told in another clause counts only when the hit's own sentence does not say it
    is now ("I got through it last year but I'm thinking about ending it again")."""
    if start > 0 and words[start - 1] == "no":
        after, before = words[end : end + 3], words[start - 2] if start > 1 else ""
        if c.STREAK_AFTER.intersection(after) or before in c.STREAK_UNITS:
            return True
    lead = span(words[:start], start, start, SENTENCE_END, _STREAK_WINDOW)
    if any(word == "since" and unit in c.STREAK_UNITS for unit, word in pairwise(lead)):
        return True
    if _has_phrase(span(words, start, end, CLAUSE_END, _CLAUSE_WINDOW), c.ABSTAINED):
        return True
    return _own_streak(words) and not _has_phrase(sentence, c.CURRENT)


def _own_streak(words: list[str]) -> bool:
    """A clean streak told by the child of themselves: "i got through it", not "my best mate
    got through it and moved on. i got a rope" or "she got through it"."""
    said = f" {' '.join(words)} "
    for match in _phrase_pattern(c.ABSTAINED).finditer(said):
        before = said[: match.start()].split()[-1:]
        if not (before and before[0] in _PRONOUNS | c.THIRD_PARTY):
            return True
    return False


def _now_before(words: list[str], start: int) -> bool:
    """A "now" shortly before the hit in its sentence, with nothing past told after it:
    "... but now i want to die", not "i'm better now but in january i was looking up ways",
    "i am 18 now and ...", or "we are now talking about the time i overdosed at 16"."""
    lead = span(words[:start], start, start, SENTENCE_END, _CLAUSE_WINDOW)
    if "now" not in lead:
        return False
    at = len(lead) - 1 - lead[::-1].index("now")
    if at > 0 and lead[at - 1].isdigit():
        return False  # an age: "i am 18 now"
    right = start
    while right < len(words) and words[right] not in SENTENCE_END:
        right += 1
    since = lead[at + 1 :]
    return not (c.TOLD_AS_PAST.intersection(since) or _dated(since + words[start:right], words))


def _happened_since(words: list[str], start: int, own_harm: bool) -> bool:
    """A sentence from the harm on tells of it done again just now ("... i took 30 of her
    tablets an hour ago"), or of the person who did it doing something this week ("he was
    babysitting my cousin on saturday"); not "on friday i got my uni offer"."""
    for told in _sentences(words[start:]):
        if own_harm and c.ACTED.intersection(told) and _has_phrase(told, c.RECENT):
            return True
        by_them = _PRONOUNS.intersection(told) and c.TOLD_AS_PAST.intersection(told)
        if by_them and _has_phrase(told, c.DAYS):
            return True
    return False


def _sentences(words: list[str]) -> list[list[str]]:
    """The words cut at each sentence end."""
    sentences: list[list[str]] = [[]]
    for word in words:
        if word in SENTENCE_END:
            sentences.append([])
        else:
            sentences[-1].append(word)
    return [sentence for sentence in sentences if sentence]


def _dated_just_before(words: list[str], start: int, sentence: list[str]) -> bool:
    """The child's own sentence just before the harm's dates it, and the harm's own is not
    told as now: "i had anorexia at 14. i made myself sick after every meal. im 18 now".
    Not someone else's past: "my mum says she used to feel like this. i went to the bridge"."""
    if c.TOLD_AS_NOW.intersection(sentence) or _has_phrase(sentence, c.RECENT):
        return False
    left = start
    while left > 0 and words[left - 1] not in SENTENCE_END:
        left -= 1
    if left == 0:
        return False
    before = span(words[: left - 1], left - 1, left - 1, SENTENCE_END, _SENTENCE_WINDOW)
    return "i" in before and _dated(before, words)


def _in_the_past(cue: Cue, sentence: list[str], words: list[str], start: int, end: int) -> bool:
    """Past or resolved, and nothing saying it is happening now: least of all a "now" just
    before it ("i was doing much better but now i want to die")."""
    if _now_before(words, start) or _has_phrase(words[start:], c.RETURNED_AFTER):
        return False
    dated = _dated(sentence, words)
    if cue.reason in _OWN_HARM and not dated and _has_phrase(sentence, c.RECENT):
        return False
    if _happened_since(words, start, cue.reason in _OWN_HARM):
        return False
    if cue.reason not in _OWN_HARM and _has_phrase(words, c.BACK_AGAIN):
        return False
    sentence = _without_lingering(_without_better_off(sentence))
    if _has_phrase(words, c.RETURNED):
        return False
    if cue.sensitive and _has_phrase(sentence, c.SAFE_NOW):
        return True
    if cue.reason in _OWN_HARM and _abstained(words, start, end, sentence):
        return True
    if _has_phrase(sentence, c.CURRENT) or (not dated and _has_phrase(sentence, c.DAYS)):
        return False
    if _clause_told_as_now(words, start, end):
        return False  # "i had counselling when i was 14 but i have a noose ready"
    if cue.sensitive:
        if _has_phrase(sentence, c.PAST) or _has_phrase(sentence, c.RESOLVED):
            return True
        # dated in its own sentence: in "i was in hospital last year. im doing so much
        # better. i took 20 paracetamol after tea" only the first sentence is past
        return (dated or _dated_just_before(words, start, sentence)) and _moved_on(words)
    if _has_phrase(sentence, c.RESOLVED) and dated:
        return True
    return dated and _moved_on(words)


def _clause_told_as_now(words: list[str], start: int, end: int) -> bool:
    """The harm's own clause is told in the present, whatever else its sentence dates:
    "when i was 14 i had counselling but i have a noose ready", "i've just taken 20
    tablets", "i've tied a noose" (a dated event is never told with "have"), "the lads make
    me carry their knives", "i'm on the roof". Not "i have recovered", "i have a scar", "it
    makes me want to help others", "i am at uni now"."""
    left = span(words[:start], start, start, _EVENT_CLAUSE_END, _CLAUSE_WINDOW)
    right = span(words[end:], 0, 0, _EVENT_CLAUSE_END, _CLAUSE_WINDOW)
    clause = _without_lingering([*left, *words[start:end], *right])
    for i, word in enumerate(clause):
        before = clause[i - 1] if i else ""
        after = [w for w in clause[i + 1 :] if w not in c.HELD_FILLER][:_HELD_WINDOW]
        if word in c.HAVE and before != "to" and _held(after):
            return True
        if (
            word in ("make", "makes")
            and after[:1] in (["me"], ["us"])
            and after[1:2]
            and after[1] not in c.MAKES_ME_FEEL
        ):
            return True
        if word == "am" and after[:1] and after[0] in c.HERE_NOW and c.DROP.intersection(after):
            return True
        if word in c.FUTURE and before in c.FUTURE_SUBJECT and after[:1] != ["not"]:
            return True
    return False


_HELD_WINDOW = 3  # "have" and what is held: "have got all of my mums tablets"


def _held(after: list[str]) -> bool:
    """What follows "have": something done to oneself just now ("just taken", "tied"), or
    the means held ("got a noose", "the tablets", "40 paracetamol")."""
    if not after:
        return False
    if after[0] in c.WRITTEN:  # "i have written my letters", not "a poem about it"
        return after[1:2] != [] and after[1] in c.MEANS
    if after[0] in c.ACT_DONE:  # "i have taken 20", not "it has taken me years"
        return after[1:2] == [] or after[1] not in c.NOT_DONE_TO
    return after[0] in c.MEANS


TOLD_NOW, TOLD_PAST, TOLD_OVER = 0, 1, 2


def told_as_over(words: list[str], urgent: list[tuple[Cue, int, int]]) -> int:
    """How far the message tells its urgent readings as over.

    TOLD_OVER: each urgent reading's own sentence dates it ("tried to take my life 2 years
    ago", "in year 9") and its own clause is not told as now, and the message says things
    are better, with nothing going on now, recent, back again or told for the first time.
    TOLD_PAST: the same, but the message never says it is over. TOLD_NOW otherwise, and
    always for threats, which look ahead. A past-tense verb alone dates nothing: "i took a
    load of pills" may be an hour ago. The rules cannot be sure whose time or whose harm
    that is, so the screen lets the model judge such readings. `urgent` holds the urgent
    hits; an end of -1 was not read from words (several signals adding up): never over."""
    if not urgent or any(end < 0 or cue.reason is RiskReason.THREAT for cue, _, end in urgent):
        return TOLD_NOW
    if not (_has_phrase(words, c.PAST) or _has_phrase(words, c.RESOLVED)):
        return TOLD_NOW
    if any(_has_phrase(words, said) for said in (c.RETURNED, c.FIRST_TELLING, c.BACK_AGAIN)):
        return TOLD_NOW
    if _has_phrase(_without_lingering(words), c.CURRENT) or any(
        _has_phrase(words, said) for said in (c.RECENT, c.DAYS, c.RETURNED_AFTER)
    ):
        return TOLD_NOW
    for _, start, end in urgent:
        own_clause = span(words, start, end, _EVENT_CLAUSE_END, _CLAUSE_WINDOW)
        if c.TOLD_AS_NOW.intersection(own_clause) or _clause_told_as_now(words, start, end):
            return TOLD_NOW
        if not _dated(span(words, start, end, SENTENCE_END, _SENTENCE_WINDOW), words):
            return TOLD_NOW
    return TOLD_OVER if _moved_on(words) else TOLD_PAST


_DATE = re.compile(
    r" (?:(?:in|back in) (?:year|yr) \d{1,2}|(?:in|back in) (?:19|20)\d\d"
    r"|during (?:lockdown|covid))(?= )"
)
_WHEN_AGE = re.compile(r" when i was (?:\d{1,2}|aged \d{1,2})(?= )")
_AT_AGE = re.compile(r" (?:at|aged|age) (\d{1,2})(?= )")
_WEAK_DATES = (" my ex ", " my past ", " when i was ", " when i first ", " i had ")
# PAST phrases that date an event: not "my ex" (a person) or "when i was at his" (a place)
_DATES = (
    *(p for p in c.PAST if not p.startswith(_WEAK_DATES)),
    " when i was little ",
    " when i was younger ",
    " when i was small ",
    " when i was a kid ",
    " when i was a child ",
    " when i was a baby ",
)


def _dated(sentence: list[str], words: list[str]) -> bool:
    """The sentence says when: "years ago", "when i was 13", "in year 9", "in 2021", or "at
    15" when that is younger than the age the message gives for now."""
    said = f" {' '.join(sentence)} "
    if _has_phrase(sentence, _DATES) or _DATE.search(said) or _WHEN_AGE.search(said):
        return True
    now = _age_now(words)
    return any(now is None or int(age) < now for age in _AT_AGE.findall(said))


_AGE_AFTER = [[w] for w in ("and", "years", "year", "yrs", "yo", "now", *SENTENCE_END)]


def _age_now(words: list[str]) -> int | None:
    """The age in "I am 16 now", if the message says one."""
    for i in range(len(words) - 1):
        said = words[i : i + 3]  # "now 22 and working", not "now 15 tablets"
        if said[0] == "now" and said[1].isdigit() and said[2:] in ([], *_AGE_AFTER):
            return int(said[1])
        said = words[i : i + 4]  # "I am 16 now"
        if len(said) == 4 and said[:2] == ["i", "am"] and said[2].isdigit() and said[3] == "now":
            return int(said[2])
    return None


def _moved_on(words: list[str]) -> bool:
    """ "when I was little ... I'm 16 now", "... I'm safe now": the message says that time
    has passed or that it is over, and nowhere that it still goes on ("I don't know if
    she still fosters") or that this is the first time it is told: a worker hears a first
    disclosure now, whoever else the abuser may still reach."""
    if _has_phrase(_without_lingering(words), c.CURRENT) or _has_phrase(words, c.FIRST_TELLING):
        return False
    if _has_phrase(words, c.SAFE_NOW) or _has_phrase(words, c.RESOLVED):
        return True
    return _age_now(words) is not None


def _told_to(words: list[str], start: int, end: int, sentence: list[str]) -> bool:
    """Someone else's insult or order ("kids on xbox keep telling me to kys"), not the
    child's own wish; never when an inner voice or a carer says it, or the child agrees."""
    lead = f" {' '.join(words[max(start - 4, 0) : start])} "
    if not any(lead.endswith(phrase) for phrase in c.TOLD_TO):
        return False
    if c.AGREEING.intersection(words[end:]):
        return False
    return not (c.INNER_VOICE.intersection(sentence) or c.CARING_ADULT.intersection(sentence))


def _in_a_lesson(words: list[str], start: int, end: int) -> bool:
    """A bare mention after a film, a lesson or a talk in the same sentence ("in PSHE we
    learned about county lines and grooming"), or followed by one when it is the subject
    ("we did forced marriage in RE"; not "I feel suicidal and we watched a film"), unless the
    child says it is their own life ("... that's what's happening to me")."""
    if _has_phrase(words, c.SELF_RELEVANT):
        return False
    lead = words[start - 1] if start > 0 else ""
    clause = span(words, start, end, CLAUSE_END, _CLAUSE_WINDOW)
    if lead in c.TOPIC_LEAD and c.MEDIA.intersection(clause):
        return True
    left = start
    while left > 0 and start - left < _LESSON_WINDOW and words[left - 1] not in SENTENCE_END:
        left -= 1
    before = words[left:start]
    return bool(c.MEDIA.intersection(before)) or _has_phrase(before, c.CLASS_TAUGHT)


def _mention_level(cue: Cue, words: list[str], start: int, end: int) -> RiskLevel | None:
    if _has_phrase(words, c.SELF_RELEVANT):
        return None  # the child's own, whoever else is named in the lesson or the question
    if c.HYPOTHETICAL.intersection(words[start - 4 : start]):
        return RiskLevel.NONE
    if _in_a_lesson(words, start, end):
        return RiskLevel.NONE
    who = perspective(words, start, end)
    if who == "generic":
        return RiskLevel.NONE
    return RiskLevel.CONCERN if who == "other" else None


def hit_level(cue: Cue, words: list[str], start: int, end: int) -> RiskLevel:
    """The level a cue hit deserves in its context (NONE when the context cancels it)."""
    if cue.negatable and is_negated(words, start):
        if not cue.sensitive:
            return RiskLevel.NONE
        if not _has_phrase(words, c.RETURNED):  # "... no self harm. its 0 now" is back
            return RiskLevel.CONCERN
    if cue.topic and (level := _mention_level(cue, words, start, end)) is not None:
        return min(level, cue.level, key=_rank)
    if cue.reason is RiskReason.FORCED_MARRIAGE and _someone_elses_wedding(words, end):
        return RiskLevel.NONE
    clause = span(words, start, end, CLAUSE_END, _CLAUSE_WINDOW)
    sentence = span(words, start, end, SENTENCE_END, _SENTENCE_WINDOW)
    if cue.physical and _is_accident(sentence):
        return RiskLevel.NONE
    if cue.reason is RiskReason.SELF_HARM and _self_harm_accident(sentence):
        return RiskLevel.CONCERN
    if cue.reason in _OWN_HARM and not cue.topic and _someone_elses_harm(words, start, end):
        return RiskLevel.CONCERN
    if cue.reason in _OWN_HARM and _taken_back(words, end):
        return RiskLevel.CONCERN
    if cue.physical and cue.reason is not RiskReason.SELF_HARM and _by_a_peer(words, start, clause):
        return RiskLevel.CONCERN
    if cue.hyperbole and (level := _is_hyperbole(words, start, end)) is not None:
        return level
    if (
        cue.sensitive
        and _has_phrase(words, c.SAFE_NOW)
        and not _has_phrase(words, c.RETURNED)
        and not (cue.reason not in _OWN_HARM and _has_phrase(words, c.BACK_AGAIN))
        and not _now_before(words, start)
    ):
        return RiskLevel.CONCERN
    if cue.reason is RiskReason.SUICIDE and _told_to(words, start, end, sentence):
        return RiskLevel.CONCERN
    if _roughing_it(cue, sentence):
        return RiskLevel.NONE
    if cue.alternative_place and _has_phrase(sentence, c.PLACE_ALTERNATIVE):
        return min(RiskLevel.CONCERN, cue.level, key=_rank)
    if cue.level is RiskLevel.URGENT and _in_the_past(cue, sentence, words, start, end):
        return RiskLevel.CONCERN
    return cue.level


def _by_a_peer(words: list[str], start: int, clause: list[str]) -> bool:
    """At school or by other children: a peer in the clause, or a "he", "she" or "they"
    just before the hit when the first person the message names is a child ("a boy in my
    class keeps taking my lunch and he pushed me"; not "my boyfriend checks my phone for
    lads and he grabs me")."""
    if c.PEER.intersection(clause):  # unless an adult there did it ("the teacher beat us")
        return not c.ADULT_PERSON.intersection(words[max(start - _CLAUSE_WINDOW, 0) : start])
    if start == 0 or words[start - 1] not in _PRONOUNS:
        return False
    before = words[: start - 1]
    i = next((i for i, w in enumerate(before) if w in c.PEER_PERSON | c.OTHER_PERSON), None)
    # "the oldest lad in the home" holds power over the child as an adult would
    return i is not None and before[i] in c.PEER_PERSON and before[i - 1] not in c.OLDER


_PRONOUNS = frozenset({"he", "she", "they"})


def _someone_elses_wedding(words: list[str], end: int) -> bool:
    """ "taking me to Pakistan for my cousin's wedding": a relative's day, unless the message
    says it is really the child's own ("... and my cousin told me it's actually mine")."""
    if end < 2 or words[end - 1] not in c.WEDDING or words[end - 2] not in c.WHOSE_WEDDING:
        return False
    return not _has_phrase(words, c.OWN_WEDDING)


def _roughing_it(cue: Cue, sentence: list[str]) -> bool:
    """Nowhere to sleep, or left alone, on purpose: a festival, camping, a charity sleep
    out, an expedition, a bet."""
    if cue.reason is not RiskReason.DESTITUTION and cue.id not in c.LEFT_ALONE_CUES:
        return False
    return _has_phrase(sentence, c.LEISURE) and not _has_phrase(sentence, c.NOT_LEISURE)


def _is_accident(sentence: list[str]) -> bool:
    """An accident, or sport and play with no adult who looks after the child in it; never
    an accident the child was told to claim."""
    if _has_phrase(sentence, c.COVER_UP):
        return False
    # "he hits me if I fall asleep" is no fall
    if c.ACCIDENT.intersection(_without(sentence, c.NOT_A_FALL)):
        return True
    return bool(c.ACTIVITY.intersection(sentence)) and not c.CARING_ADULT.intersection(sentence)


def _someone_elses_harm(words: list[str], start: int, end: int) -> bool:
    """ "my brother has been cutting himself", "a girl at school says she wants to die": a
    worry for someone else, unless the clause is about the child too ("he keeps a blade under
    my mattress", "she wished I was never born") or the message says it could happen soon
    ("my friend says she's going to take her life tonight")."""
    who, named = _whose(words, start, end)
    if who != "other" or named not in c.NAMED_OTHER or _has_phrase(words, c.SELF_RELEVANT):
        return False
    clause = words[start:end] + span(words[end:], 0, 0, _PERSPECTIVE_BREAKS, _CLAUSE_WINDOW)
    if c.OWN_WORDS.intersection(clause):
        return False
    return not (_has_phrase(words, c.IMMINENT) or _has_phrase(words, c.YOUNG_SIBLING))


def _taken_back(words: list[str], end: int) -> bool:
    """ "i want to die (not really lol)": the child takes it back at once, with a laugh."""
    after = words[end : end + 5]
    return _has_phrase(after, c.TAKEN_BACK) and bool(c.HUMOUR.intersection(after) or ")" in after)


def _self_harm_accident(sentence: list[str]) -> bool:
    """ "accidentally cut myself shaving", "burnt myself on the curling tongs": an everyday
    accident, unless the sentence says it was meant ("I burn myself on the hob on purpose") or
    a cover story. Read as a concern, never as nothing: harm is often passed off this way."""
    if _has_phrase(sentence, c.COVER_UP) or _has_phrase(sentence, c.ON_PURPOSE):
        return False
    return bool(c.SELF_HARM_ACCIDENT.intersection(sentence)) or _has_phrase(
        sentence, c.EVERYDAY_INJURY
    )


def is_safe_reading(cue: Cue, words: list[str], start: int, end: int) -> bool:
    """Whether a cancelled urgent hit was read as fiction, a lesson, a generic statement, an
    accident or plainly negated: readings the model may not overrule. A joke or a trivial
    threat ("mum will kill me if i fail my mocks lol") is left to the model at its higher
    bar, and a cancelled concern cue never vetoes: "please don't call the police" must not
    silence the rest of the message."""
    if cue.level is not RiskLevel.URGENT:
        return False
    if cue.negatable and not cue.sensitive and is_negated(words, start):
        return True
    if cue.topic and (
        _in_a_lesson(words, start, end) or perspective(words, start, end) == "generic"
    ):
        return True
    sentence = span(words, start, end, SENTENCE_END, _SENTENCE_WINDOW)
    return cue.physical and _is_accident(sentence)


_RANKS = {RiskLevel.NONE: 0, RiskLevel.CONCERN: 1, RiskLevel.URGENT: 2}


def rank(level: RiskLevel) -> int:
    """Order of severity: NONE < CONCERN < URGENT."""
    return _RANKS[level]


_rank = rank
_OTHER_AGED = frozenset(
    [
        "he",
        "him",
        "boyfriend",
        "bf",
        "man",
        "guy",
        "bloke",
        "they",
        "she",
        "girlfriend",
        "gf",
        "boy",
        "lad",
        "girl",
        "woman",
    ]
)
_RELATIONSHIP = frozenset(
    [
        "boyfriend",
        "girlfriend",
        "dating",
        "seeing",
        "relationship",
        "sex",
        "kiss",
        "kissed",
        "kissing",
        "met",
        "meet",
        "snapchat",
        "online",
        "going",
        "sleep",
        "slept",
        "together",
        "love",
        "loves",
        "talking",
        "chatting",
        "messaging",
        "date",
        "dates",
        "dated",
        "linking",
        "links",
    ]
)


# Words between a person and their age: "a guy who is 21", "my bf whos like 19".
_BEFORE_AN_AGE = frozenset(
    ["is", "am", "are", "only", "like", "about", "nearly", "just", "s", "who", "whos", "thats"]
)


def _age_after(words: list[str], i: int) -> int | None:
    """The age stated at words[i:] ("is 19", "am only 14", "is like 22"), if any."""
    for word in words[i + 1 : i + 4]:
        if word.isdigit():
            return int(word)
        if word not in _BEFORE_AN_AGE:
            return None
    return None


def _age_before(words: list[str], i: int) -> int | None:
    """The age in "a 19 year old boyfriend" / "my 24yo bf", read at the partner word."""
    if words[i] not in _OTHER_AGED:
        return None
    for j in range(i - 1, max(i - 5, -1), -1):
        if words[j].isdigit():
            return int(words[j])
    return None


def has_age_gap(words: list[str]) -> bool:
    """A child (16 or under) in a relationship with an adult at least four years older."""
    if not _RELATIONSHIP.intersection(words):
        return False
    own = [a for i, w in enumerate(words) if w == "i" and (a := _age_after(words, i))]
    other = [a for i, w in enumerate(words) if w in _OTHER_AGED and (a := _age_after(words, i))]
    other += [a for i, w in enumerate(words) if (a := _age_before(words, i))]
    own = [a for a in own if 8 <= a <= 16]
    other = [a for a in other if 18 <= a <= 70]
    return bool(own and other and max(other) - min(own) >= 4)

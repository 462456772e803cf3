"""Text-speak normalisation: one canonical lower-case spelling for what young people type.

`clean_unicode` is shared with redaction (it keeps case); `normalise` is for matching and
returns lower-case text with contractions expanded, slang spelled out and, when a vocabulary
is given, misspellings of its words corrected ("hurtin" → "hurting", "killlll" → "kill").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from nlp.memo import Memo
from nlp.textspeak_data import ABBREVIATIONS, CONTRACTIONS, EMOJI, SLANG

_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# A zero-width space before a capital ("mate\u200bKyle") separates two words.
_ZERO_WIDTH_BETWEEN_WORDS = re.compile("(?<=[a-z])\u200b(?=[A-Z])")
_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
     "“": '"', "”": '"', "„": '"', "″": '"', "–": "-", "—": "-", "‐": "-", "‑": "-"}
)  # fmt: skip
_EMOJI = re.compile("|".join(map(re.escape, EMOJI)))
_CONTRACTION = re.compile(r"\b(\w+)(n't|'ll|'re|'ve|'d|'m)\b")
_PRONOUN_HAS = re.compile(
    r"\b(he|she|it|that|there|who)'s (?=(?:been|got|gone|had|done|left|taken|told|said|made)\b)"
)
_PRONOUN_IS = re.compile(r"\b(he|she|it|that|there|what|who|where)'s\b")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?(?:/[a-z])?")
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bno[ -]?one'?s\b", "nobody is"),
        (r"\bno[ -]?one\b", "nobody"),
        (r"\bno[ -]?where\b", "nowhere"),
        (r"\bsome[ -]one\b", "someone"),
        (r"\bmy self\b(?! harm| injur)", "myself"),
        (r"\bsewer ?slide\b", "suicide"),
        (r"\bself[ -]?h[ae]r[mn]", "self harm"),
        (r"\bun[ -]?alive myself\b", "kill myself"),
        (r"\bun[ -]?alive (?=me|you|him|her|them|us)\b", "kill "),
        (r"\bun[ -]?alive\b", "die"),
        (r"\bun[ -]alived\b", "killed"),
        (r"\bun[ -]aliving\b", "killing"),
        # "my OT", "OT review": an occupational therapist, not "going OT" (out of town)
        (r"\b(my|the|an|her|his|new|hospital) ot\b", r"\1 occupational therapist"),
        (
            r"\bot (review|appointment|appt|session|sessions|assessment|referral|exercises|"
            r"report|visit|at the hospital|in hospital)\b",
            r"occupational therapy \1",
        ),
    )
)
# Most messages contain none of these phrases: one search settles that for all of them.
_ANY_PHRASE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _PHRASES))
_OVERDOSED = re.compile(r"\bo\.?d\.?(?:'d|'ed|ed)\b")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_HYPHEN_IN_WORD = re.compile(r"(?<=[a-z])-(?=[a-z])")
_SLASH_ABBREVIATION = re.compile(r"\bs/w\b|\bs\.w\b")
_DOUBLE = re.compile(r"([a-z])\1")
# Whether every emoji has a non-ASCII character: then plain ASCII text needs no emoji search.
_EMOJI_NEED_NON_ASCII = not any(emoji.isascii() for emoji in EMOJI)
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")  # split() puts the words at odd positions
_CONTEXTUAL = frozenset({"sh", "2", "4", "id", "hell", "shell"})
SPELLING_CACHE = 1 << 16  # words remembered per normaliser
_SUFFIX_WORDS = {
    "n't": "not",
    "'ll": "will",
    "'re": "are",
    "'ve": "have",
    "'d": "would",
    "'m": "am",
}
_SPECIAL_NT = {"ca": "can", "wo": "will", "sha": "shall", "ai": "am"}
_WORD_MAP: dict[str, str] = {**ABBREVIATIONS, **CONTRACTIONS, **SLANG}
_NUMBER_FOLLOWERS = frozenset(
    [
        "day",
        "days",
        "week",
        "weeks",
        "hour",
        "hours",
        "night",
        "nights",
        "month",
        "months",
        "year",
        "years",
        "times",
        "of",
        "or",
        "and",
        "hundred",
        "thousand",
        "quid",
        "pound",
        "pounds",
        "minutes",
        "mins",
        "weeks",
    ]
)
_HE_WILL = {"hell": "he will", "shell": "she will"}
# Words that follow "he'll" but hardly ever "hell" or "shell" ("hell knows" is rare).
_AFTER_HE_WILL = frozenset(
    [
        "kill",
        "hurt",
        "burn",
        "beat",
        "batter",
        "smash",
        "stab",
        "do",
        "come",
        "find",
        "get",
        "go",
        "be",
        "make",
        "send",
        "break",
        "take",
        "say",
        "tell",
        "know",
        "see",
        "never",
        "not",
        "just",
        "probably",
        "literally",
        "actually",
        "deffo",
        "defo",
        "definitely",
        "always",
        "hit",
        "cut",
        "shoot",
        "slap",
        "punch",
        "end",
        "ruin",
        "leave",
        "throw",
        "put",
        "give",
        "pay",
        "sort",
        "pick",
        "drive",
        "wait",
        "call",
        "ring",
        "text",
        "find",
        "track",
        "hunt",
        "lose",
        "bring",
        "keep",
        "let",
        "start",
        "jump",
        "rush",
        "wet",
    ]
)
_I_D = {w: "i had" for w in ("never", "been", "already", "just")} | {
    w: "i would"
    for w in [
        "rather",
        "love",
        "like",
        "have",
        "be",
        "go",
        "get",
        "want",
        "kill",
        "not",
        "really",
        "prefer",
        "die",
    ]
}
# "sh" is self-harm only beside words that make that reading likely.
_SH_CONTEXT = frozenset(
    [
        "i",
        "been",
        "my",
        "started",
        "start",
        "again",
        "relapsed",
        "relapse",
        "scars",
        "urges",
        "urge",
        "stop",
        "stopped",
        "do",
        "did",
        "clean",
        "about",
        "still",
        "from",
        "doing",
        "to",
        "want",
        "wanted",
        "the",
    ]
)


def clean_unicode(text: str) -> str:
    """Fold look-alike characters, drop invisible ones; keep case and character count close."""
    if text.isascii() and "`" not in text:  # NFKC keeps ASCII; the folds touch only "`" in it
        return text
    folded = _ZERO_WIDTH_BETWEEN_WORDS.sub(" ", unicodedata.normalize("NFKC", text))
    return _INVISIBLE.sub("", folded).translate(_QUOTES)


def _expand_contraction(match: re.Match[str]) -> str:
    head, suffix = match.group(1), match.group(2)
    if suffix == "n't":
        head = _SPECIAL_NT.get(head, head)
    return f"{head} {_SUFFIX_WORDS[suffix]}"


def _squash_repeats(text: str) -> str:
    return _REPEATS.sub(r"\1\1", text)


def _fold_doubles(word: str) -> str:
    return _DOUBLE.sub(r"\1", word)


def _contextual(match: re.Match[str], word: str) -> str:
    """Read "sh", "2" and "4" from their neighbours: self harm / to / for, or leave them."""
    text = match.string
    before = text[max(0, match.start() - 24) : match.start()].split()[-1:]
    after = text[match.end() : match.end() + 24].split()[:1]
    if word == "id":
        return _I_D.get(after[0] if after else "", word)
    if word == "sh":
        return "self harm" if _SH_CONTEXT.intersection(before + after) else word
    if word in ("hell", "shell"):  # "hell burn the house down", not "hell no" or "a shell"
        return _HE_WILL[word] if after and after[0] in _AFTER_HE_WILL else word
    if after and after[0].isalpha() and after[0] not in _NUMBER_FOLLOWERS:
        return "to" if word == "2" else "for"
    return word


def spell_out(text: str) -> str:
    """The first, vocabulary-free half of `Normaliser.normalise`, the same for every
    normaliser: a message read by several (risk screen, cues) need go through it only once."""
    return _spell_out(clean_unicode(text).lower())


def _spell_out(text: str) -> str:
    """Emoji, "o.d.", "s/w", contractions, stretched letters and hyphens in plain words."""
    if not (_EMOJI_NEED_NON_ASCII and text.isascii()):
        text = _EMOJI.sub(lambda m: EMOJI[m.group(0)], text)
    if "d'" in text or ".'" in text or "ded" in text or "d.e" in text:  # in every "o.d.'d"
        text = _OVERDOSED.sub("overdosed", text)
    if "s/w" in text or "s.w" in text:
        text = _SLASH_ABBREVIATION.sub(" sw ", text)
    if "'" in text:  # the next three rules all need an apostrophe
        text = _PRONOUN_IS.sub(r"\1 is", _PRONOUN_HAS.sub(r"\1 has ", text))
        text = _CONTRACTION.sub(_expand_contraction, text)
    text = _squash_repeats(text)
    return _HYPHEN_IN_WORD.sub(" ", text) if "-" in text else text


def _tidy(text: str) -> str:
    """Phrases in canonical words, then single spaces, and each newline a token of its own."""
    if _ANY_PHRASE.search(text):  # if none matches, no replacement can make one match
        for pattern, replacement in _PHRASES:
            text = pattern.sub(replacement, text)
    if "\n" in text:
        text = _NEWLINES.sub(" \n ", text)
    if "  " in text or not text.isprintable():  # else no tab, no run of spaces: nothing to do
        text = _SPACES.sub(" ", text)
    return text.strip()


class Normaliser:
    """Rewrite text to canonical spelling; correct misspellings of a known vocabulary."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        self._vocabulary = frozenset(vocabulary)
        self._by_fold: dict[str, str] = {}
        for word in sorted(self._vocabulary, key=len):
            self._by_fold.setdefault(_fold_doubles(word), word)
        # A word's spelling never depends on the message it is in.
        self._spellings = Memo(self._spell, SPELLING_CACHE)

    def normalise(self, text: str) -> str:
        """Return lower-case canonical text ready for tokenising and matching."""
        return self.normalise_spelled(spell_out(text))

    def normalise_spelled(self, spelled: str) -> str:
        """`normalise` for text already through `spell_out`."""
        return _tidy(self._respell(spelled))

    def _respell(self, text: str) -> str:
        """Each word in its canonical spelling; "sh", "2", "4" and "id" as their context says."""
        parts = _WORD_SPLIT.split(text)
        words = parts[1::2]
        if not _CONTEXTUAL.isdisjoint(words):  # these read their neighbours in the text
            return _WORD.sub(self._rewrite, text)
        parts[1::2] = [self._spellings[word] for word in words]
        return "".join(parts)

    def _rewrite(self, match: re.Match[str]) -> str:
        word = match.group(0)
        if word in _CONTEXTUAL and word not in _WORD_MAP:
            return _contextual(match, word)
        return self._spellings[word]

    def _spell(self, word: str) -> str:
        return _WORD_MAP[word] if word in _WORD_MAP else self.correct(word)

    def correct(self, word: str) -> str:
        """Map a misspelling of a vocabulary word to it; otherwise return the word."""
        if word in self._vocabulary or not word.isalpha() or len(word) < 4:
            return word
        if word.endswith("in") and word + "g" in self._vocabulary:
            return word + "g"
        return self._by_fold.get(_fold_doubles(word), word)


_PLAIN = Normaliser()


def normalise(text: str) -> str:
    """Normalise text-speak without vocabulary-specific spelling correction."""
    return _PLAIN.normalise(text)

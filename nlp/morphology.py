"""Cheap English morphology: lemma approximation and verb inflection, with no lookup data.

The blank fallback pipeline has no lemmatiser (spacy-lookups-data is not installed), and
the risk screen matches inflected surface forms, so both directions live here.
"""

from __future__ import annotations

from functools import cache

# base: forms that suffix rules cannot produce (past, participle, odd present forms).
IRREGULAR: dict[str, tuple[str, ...]] = {
    "be": ("am", "is", "are", "was", "were", "been", "being", "m", "s", "re"),
    "have": ("has", "had", "having", "ve"),
    "do": ("does", "did", "done", "doing"),
    "go": ("goes", "went", "gone", "going"),
    "say": ("says", "said"),
    "make": ("made",),
    "take": ("took", "taken", "tooken"),
    "give": ("gave", "given"),
    "get": ("got", "gotten"),
    "tell": ("told",),
    "feel": ("felt",),
    "leave": ("left",),
    "keep": ("kept",),
    "send": ("sent",),
    "sell": ("sold",),
    "buy": ("bought",),
    "bring": ("brought",),
    "come": ("came",),
    "run": ("ran",),
    "see": ("saw", "seen"),
    "think": ("thought",),
    "drink": ("drank", "drunk"),
    "eat": ("ate", "eaten"),
    "sleep": ("slept",),
    "fight": ("fought",),
    "bite": ("bit", "bitten"),
    "shoot": ("shot",),
    "swear": ("swore", "sworn"),
    "steal": ("stole", "stolen"),
    "catch": ("caught",),
    "meet": ("met",),
    "find": ("found",),
    "pay": ("paid",),
    "lose": ("lost",),
    "drive": ("drove", "driven"),
    "throw": ("threw", "thrown"),
    "hold": ("held",),
    "beat": ("beaten", "beated"),
    "wake": ("woke", "woken"),
    "write": ("wrote", "written"),
    "hang": ("hung",),
    "know": ("knew", "known"),
    "shake": ("shook", "shaken"),
    "hide": ("hid", "hidden"),
    "bleed": ("bled",),
    "break": ("broke", "broken"),
    "feed": ("fed",),
    "fall": ("fell", "fallen"),
    "spend": ("spent",),
    "teach": ("taught",),
    "forbid": ("forbade", "forbidden"),
    "stick": ("stuck",),
    "lie": ("lay", "lain", "lying"),
    "die": ("dying", "dyin"),
    "tie": ("tying",),
    "burn": ("burnt",),
    "lead": ("led",),
    "win": ("won",),
    "grow": ("grew", "grown"),
    "blow": ("blew", "blown"),
    "tear": ("tore", "torn"),
    "wear": ("wore", "worn"),
    "stand": ("stood",),
    "understand": ("understood",),
    "hear": ("heard",),
    "mean": ("meant",),
    "seek": ("sought",),
}

_LEMMA_OF_IRREGULAR: dict[str, str] = {
    form: base for base, forms in IRREGULAR.items() for form in forms if len(form) > 2
}
_LEMMA_OF_IRREGULAR.update(
    {"men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth"}
)
_VOWELS = frozenset("aeiou")


def _is_cvc(stem: str) -> bool:
    """Whether a stem ends consonant-vowel-consonant, the shape that doubles (hit → hitting)."""
    return (
        len(stem) >= 3
        and stem[-1] not in _VOWELS
        and stem[-1] not in "wxy"
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    )


@cache
def inflections(base: str) -> frozenset[str]:
    """Every surface form of a verb or noun worth matching, over-generating on purpose.

    Over-generation only adds recall (misspellings such as "hiting" are covered too).
    """
    forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing", base + "in"}
    stem = base[:-1] if base.endswith("e") and len(base) > 2 else base
    forms |= {stem + "ing", stem + "in", stem + "ed"}
    if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if _is_cvc(base):
        doubled = base + base[-1]
        forms |= {doubled + "ing", doubled + "in", doubled + "ed"}
    forms.update(IRREGULAR.get(base, ()))
    return frozenset(forms)


def _strip_ing_or_ed(word: str, suffix: str) -> str:
    stem = word[: -len(suffix)]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if stem.endswith(("v", "iz", "yz", "c", "us")) or (len(stem) == 3 and _is_cvc(stem)):
        return stem + "e"
    return stem


def approximate_lemma(word: str) -> str:
    """Return a plausible lemma for an English word using suffix rules and a small table."""
    lower = word.lower()
    if lower in _LEMMA_OF_IRREGULAR:
        return _LEMMA_OF_IRREGULAR[lower]
    if len(lower) <= 3 or not lower.isalpha():
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("ied"):
        return lower[:-3] + "y"
    if lower.endswith("ing") and len(lower) > 5:
        return _strip_ing_or_ed(lower, "ing")
    if lower.endswith("ed") and len(lower) > 4:
        return _strip_ing_or_ed(lower, "ed")
    if lower.endswith(("sses", "ches", "shes", "xes", "zes")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous")):
        return lower[:-1]
    return lower

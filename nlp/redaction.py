"""Redact personal data from young people's messages before analytics, quotes or exports.

Phones, e-mails, postcodes, addresses, dates of birth, NHS and National Insurance numbers,
handles and URLs are found by pattern; names by the model's NER (when a model is loaded)
plus rules that also work on the blank fallback ("my sw jade", "Miss Patel", "called Mike").
Names of services (CAMHS, Childline, the council…) and family words (Mum, Nan) are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from nlp import redaction_patterns as p
from nlp.pipeline import LoadedPipeline
from nlp.textspeak import clean_unicode

Span = tuple[int, int, str]
_KIND = dict(p.PATTERNS)
_NUMBERED = ("NHS_NUMBER", "NI_NUMBER", "PHONE", "POSTCODE", "DOB", "ADDRESS")
_DIGIT = re.compile(r"\d")
# A pattern cannot match text without a match of its need here (see the pattern). Most
# messages have no digit, "@", "." or ":" and never say "name" or "call", so most
# patterns need not run at all.
NEEDS: dict[re.Pattern[str], re.Pattern[str]] = {
    _KIND["EMAIL"]: re.compile("@"),
    _KIND["URL"]: re.compile("[.:]"),
    _KIND["HANDLE"]: re.compile("@"),
    **{_KIND[kind]: _DIGIT for kind in _NUMBERED},
    p.NAME_INTRODUCED: re.compile("name|call", re.IGNORECASE),
}
_LETTERS = re.compile("[a-z]+")
# A word character outside ASCII: it could case-fold to a relation's letter ("K", the kelvin
# sign, matches "k") or join a word in `\b`'s eyes, so only the full pattern can tell.
_NON_ASCII_WORD_CHARACTER = re.compile(r"(?=[^\x00-\x7f])\w")


def _relation_first_words(relations: str) -> frozenset[str]:
    """Each relation's letters up to its first non-letter ("social" of "social worker")."""
    words = set()
    for relation in relations.split("|"):
        for spelling in (relation, relation.replace(r"\s*", "")):  # "key worker", "keyworker"
            first = _LETTERS.match(spelling)
            rest = spelling[first.end() :] if first else "?"
            if rest and not rest.startswith((r"\s+", r"\s*", "/")):
                raise ValueError(f"relation {relation!r} does not start with a whole word")
            words.add(spelling[: len(spelling) - len(rest)])
    return frozenset(words)


RELATION_FIRST_WORDS = _relation_first_words(p.RELATIONS)


def relation_matches(text: str) -> Iterator[re.Match[str]]:
    """`p.NAME_AFTER_RELATION.finditer(text)`, trying the pattern only where a relation's
    first word starts a word.

    That pattern tries some 80 relations at every word, which cost more than all the other
    patterns together. A match starts where a word begins and is followed by a non-letter,
    so in ASCII-lettered text (where case folding is plain lower-casing) the lower-case
    words tell where matches can start.
    """
    lowered = text.lower()
    if len(lowered) != len(text) or _NON_ASCII_WORD_CHARACTER.search(text):
        yield from p.NAME_AFTER_RELATION.finditer(text)
        return
    end = 0
    for word in _LETTERS.finditer(lowered):
        if word.start() >= end and word.group() in RELATION_FIRST_WORDS:
            match = p.NAME_AFTER_RELATION.match(text, word.start())
            if match is not None:
                yield match
                end = match.end()


class Redactor:
    """Replace personal data with placeholders such as `[NAME]` and `[PHONE]`."""

    def __init__(self, pipeline: LoadedPipeline | None = None) -> None:
        self._pipeline = pipeline if pipeline is not None and pipeline.has_ner else None

    def redact(self, text: str) -> str:
        """Return `text` with personal data replaced; invisible characters are dropped."""
        cleaned = clean_unicode(text)
        if self._pipeline is None:
            return _apply(cleaned, find_spans(cleaned))
        return self.redact_doc(self._pipeline.nlp(cleaned))

    def redact_doc(self, doc: Doc) -> str:
        """Redact a doc already parsed by the analyser (best parsed from `clean_unicode`)."""
        people = ((ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON")
        return _apply(doc.text, find_spans(doc.text, people))


def find_spans(text: str, people: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """Non-overlapping (start, end, label) spans of personal data, earlier kinds first."""
    chosen: list[Span] = []
    for span in _candidates(text, people):
        if all(span[1] <= s or e <= span[0] for s, e, _ in chosen):
            chosen.append(span)
    return sorted(chosen)


def _candidates(text: str, people: Iterable[tuple[int, int]]) -> Iterator[Span]:
    for label, pattern in p.PATTERNS:
        for match in _finditer(pattern, text):
            group = "value" if match.groupdict().get("value") else 0
            start, end = _strip(text, match.start(group), match.end(group))
            if end > start:
                yield start, end, label
    for match in p.NAMED_STREET.finditer(text):
        yield match.start(), match.end(), "ADDRESS"
    for match in p.NAME_AFTER_TITLE.finditer(text):
        yield match.start(), match.end("name"), "NAME"
    yield from _rule_names(text)
    for start, end in people:
        if _is_name(text[start:end], capitalised_only=False):
            yield start, end, "NAME"


def _rule_names(text: str) -> Iterator[Span]:
    for match in relation_matches(text):
        if match.group("possessive") and match.group("name")[0].islower():
            continue
        yield from _name_span(text, match.start("name"), match.end("name"))
    for match in _finditer(p.NAME_INTRODUCED, text):
        yield from _name_span(text, match.start("name"), match.end("name"))


def _finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, or nothing at once if the text lacks what a match needs."""
    need = NEEDS.get(pattern)
    if need is not None and need.search(text) is None:
        return iter(())
    return pattern.finditer(text)


def _name_span(text: str, start: int, end: int) -> Iterator[Span]:
    words = text[start:end].split()
    if not _is_name(words[0], capitalised_only=False):
        return
    if len(words) > 1 and not _is_name(words[1], capitalised_only=True):
        end = start + len(words[0])
    yield start, end, "NAME"


def _is_name(word: str, *, capitalised_only: bool) -> bool:
    bare = word.strip("'’-.,").lower()
    if not bare or bare in p.KEEP or bare in p.COMMON_WORDS:
        return False
    return word[:1].isupper() or not capitalised_only


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " .,;:!?)":
        end -= 1
    return start, end


def _apply(text: str, spans: list[Span]) -> str:
    parts, last = [], 0
    for start, end, label in spans:
        parts.append(text[last:start])
        parts.append(f"[{label}]")
        last = end
    parts.append(text[last:])
    return "".join(parts)

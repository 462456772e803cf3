"""Emerging topics: phrases many young people use that the theme taxonomy does not cover yet.

Works on redacted text only. With an English model that has a parser the candidates are
noun chunks ("the bus pass", "my youth worker"), otherwise runs of one to three words that
are not stop words. A phrase is dropped when a theme cue already covers it, when it holds a
placeholder such as [NAME] or a digit, or when fewer than `min_messages` distinct messages
use it, so no single person's words can come out. A phrase is "covered" when one of its
words belongs to a theme cue or hint, so "social" (from "social worker") is not new.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.cue_lexicon import SENTIMENT_CUES, STRONG_THEME_CUES, THEME_HINTS
from nlp.cues import lemmatise
from nlp.pipeline import LoadedPipeline, load_pipeline
from nlp.textspeak import normalise

DEFAULT_MIN_MESSAGES = 5
MAX_WORDS = 3
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NEEDS = ("tok2vec", "tagger", "attribute_ruler", "parser")
# Words too general to make a topic on their own or in a phrase.
GENERIC = frozenset(
    {
        "want", "wanted", "wants", "got", "get", "gets", "getting", "like", "likes", "liked",
        "going", "go", "goes", "went", "come", "came", "know", "think", "thing", "things", "stuff",
        "lot", "lots", "bit", "way", "time", "times", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "today", "tonight", "people", "person", "kid", "kids", "child",
        "children", "care", "council", "help", "said", "say", "says", "tell", "told", "ask",
        "asked", "need", "needs", "feel", "felt", "make", "made", "really", "actually", "honestly",
        "good", "bad", "new", "old", "lol", "okay", "yeah", "right", "sure", "thanks", "thank",
        "please", "keep", "keeps", "let", "lets", "gave", "give", "stop", "till", "round", "fine",
        "big", "little", "called", "call", "talk", "loads", "allowed",
    }
)  # fmt: skip


@dataclass(frozen=True)
class EmergingTopic:
    """A phrase and how many distinct messages use it."""

    phrase: str
    messages: int


def emerging_topics(
    redacted_texts: Iterable[str],
    pipeline: LoadedPipeline | None = None,
    min_messages: int = DEFAULT_MIN_MESSAGES,
    limit: int = 20,
) -> list[EmergingTopic]:
    """The most used uncovered phrases, most messages first, each from ≥ `min_messages`."""
    pipeline = pipeline or load_pipeline()
    counts: Counter[str] = Counter()
    for phrases in _phrases_per_message(redacted_texts, pipeline.nlp):
        counts.update(set(phrases))
    covered = covered_words()
    topics = [
        EmergingTopic(phrase, n)
        for phrase, n in counts.items()
        if n >= max(1, min_messages) and covered.isdisjoint(lemmatise(normalise(phrase)))
    ]
    topics.sort(key=lambda topic: (-topic.messages, topic.phrase))
    return topics[:limit]


def _phrases_per_message(texts: Iterable[str], nlp: Language) -> Iterator[list[str]]:
    cleaned = (_PLACEHOLDER.sub(" | ", text or "") for text in texts)
    if "parser" not in nlp.pipe_names:
        yield from (list(word_ngrams(text)) for text in cleaned)
        return
    unused = [name for name in nlp.pipe_names if name not in _NEEDS]
    for doc in nlp.pipe(cleaned, batch_size=128, disable=unused):
        yield list(chunk_phrases(doc))


def chunk_phrases(doc: Doc) -> Iterator[str]:
    """Noun chunks without leading or trailing stop words, lower-case, up to three words."""
    for chunk in doc.noun_chunks:
        phrase = _trim(chunk)
        if phrase:
            yield phrase


def _trim(chunk: Span) -> str | None:
    words = [token.lower_ for token in chunk if not token.is_punct and not token.is_space]
    while words and words[0] in STOP_WORDS:
        words.pop(0)
    while words and words[-1] in STOP_WORDS:
        words.pop()
    if not 0 < len(words) <= MAX_WORDS or not all(_WORD.fullmatch(w) for w in words):
        return None
    return " ".join(words)


def word_ngrams(text: str) -> Iterator[str]:
    """Runs of one to three words with no stop word, digit, mark or placeholder between."""
    for run in _content_runs(normalise(text)):
        for size in range(1, MAX_WORDS + 1):
            for start in range(len(run) - size + 1):
                yield " ".join(run[start : start + size])


def _content_runs(normalised: str) -> Iterator[list[str]]:
    run: list[str] = []
    for token in normalised.split():
        word = token.strip(".,!?;:\"()'")
        if _WORD.fullmatch(word) and word not in STOP_WORDS and len(word) > 2:
            run.append(word)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def covered_words() -> frozenset[str]:
    """Lemmas of theme cues, hints, feeling words and generic words: no topic is made of these."""
    lexicons = (STRONG_THEME_CUES, THEME_HINTS, SENTIMENT_CUES)
    phrases = [p for lexicon in lexicons for ps in lexicon.values() for p in ps]
    return frozenset(lemma for p in phrases for lemma in lemmatise(normalise(p))) | {
        lemma for word in GENERIC for lemma in lemmatise(word)
    }

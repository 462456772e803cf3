"""Themes, intent and sentiment: small trained text classifiers plus explainable cue rules.

The classifiers are spaCy bag-of-words textcats over a message's normalised lemmas, the
lexicon cues it contains (`nlp.cues`) and the risk screen's verdict, so they need no English
model and give the same answer with or without one. Rules then add what a strong cue or a
safeguarding verdict makes certain, and `Classification.cues` says which cues fired.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.api import Model

from core.analysis import NO_RISK, Intent, RiskAssessment, RiskLevel, Sentiment
from core.themes import THEME_IDS
from nlp.cues import CueMatcher, PreparedText
from nlp.memo import Memo
from nlp.textspeak import spell_out

MODEL_VERSION = "1.0.0"
MODELS_DIR = Path(__file__).resolve().parent / "models"
DEFAULT_MODEL_DIR = MODELS_DIR / f"carevoice-themes-{MODEL_VERSION}"
CLASSIFIER_DIR = "textcat"
META_FILE = "meta.json"
COMPONENTS = ("themes", "intent", "sentiment")
LABELS: dict[str, tuple[str, ...]] = {
    "themes": THEME_IDS,
    "intent": tuple(intent.value for intent in Intent),
    "sentiment": tuple(sentiment.value for sentiment in Sentiment),
}
# Risk reasons whose messages also concern health and feelings (labelling guideline).
HEALTH_REASONS = frozenset({"self_harm", "suicide"})
# Positive and negative words on either side of a contrast ("good but...") mean mixed.
MIXED_CUES = frozenset({"positive", "negative", "contrast"})
MIN_CONTENT_WORDS = 3
WORD_ID_CACHE = 1 << 16  # word hashes remembered
# Hashing a word costs a Python call into spaCy; most feature words recur (lemmas, cues).
_WORD_IDS: Memo[str, int] = Memo(get_string_id, WORD_ID_CACHE)


class ModelError(RuntimeError):
    """The theme model directory is missing or unreadable; the message says which."""


@dataclass(frozen=True)
class Decision:
    """How scores and cues become labels; chosen by cross-validation on the train split."""

    theme_threshold: float = 0.3
    fallback_threshold: float = 0.15
    max_themes: int = 3
    strong_cues: bool = True
    risk_rules: bool = True


@dataclass(frozen=True)
class ModelMeta:
    """What `meta.json` records about a trained model."""

    version: str
    created: str
    corpus_sha256: str
    labels: dict[str, list[str]]
    train_size: int
    seed: int
    settings: dict[str, Any]
    decision: Decision = field(default_factory=Decision)
    scores: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"

    @classmethod
    def read(cls, model_dir: Path) -> ModelMeta:
        try:
            raw = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
            raw["decision"] = Decision(**raw.get("decision", {}))
            return cls(**raw)
        except (OSError, ValueError, TypeError) as e:
            raise ModelError(f"cannot read {model_dir / META_FILE}: {e}") from e


@dataclass(frozen=True)
class Classification:
    """Themes (main first), intent and sentiment for one message, and why."""

    themes: tuple[str, ...]
    intent: Intent
    sentiment: Sentiment
    theme_scores: dict[str, float]
    cues: tuple[str, ...] = ()


def feature_words(prepared: PreparedText, risk: RiskAssessment = NO_RISK) -> list[str]:
    """The classifier's input: lemmas between boundary marks, then cue and risk features."""
    words = ["<s>", *prepared.lemmas, "</s>"]
    words.extend(sorted({hit.feature for hit in prepared.cues}))
    if risk.level is not RiskLevel.NONE:
        words.extend((f"risk={risk.level.value}", f"risk={risk.reason}"))
    return words


class TextClassifier:
    """Classify messages into themes, intent and sentiment. Build once; reuse."""

    def __init__(self, nlp: Language, decision: Decision, version: str) -> None:
        self._nlp = nlp
        self._bags = shared_bags_of_words(nlp)
        self._cues = CueMatcher()
        self.decision = decision
        self.version = version

    @classmethod
    def load(cls, model_dir: Path | str | None = None) -> TextClassifier:
        """Load a trained model directory (default: the model shipped in the package)."""
        path = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
        meta = ModelMeta.read(path)
        try:
            nlp = spacy.load(path / CLASSIFIER_DIR)
        except (OSError, ValueError) as e:
            raise ModelError(f"cannot load the classifier in {path}: {e}") from e
        return cls(nlp, meta.decision, meta.version)

    def classify(self, text: str, risk: RiskAssessment = NO_RISK) -> Classification:
        """Classify one message, given the risk screen's verdict on it."""
        return self.classify_many([text], [risk])[0]

    def classify_many(
        self, texts: Sequence[str], risks: Sequence[RiskAssessment], batch_size: int = 256
    ) -> list[Classification]:
        """Classify a batch; `risks[i]` is the risk screen's verdict on `texts[i]`."""
        spelled = [spell_out(text or "") for text in texts]
        return self.classify_spelled(spelled, risks, batch_size)

    def classify_spelled(
        self, spelled: Sequence[str], risks: Sequence[RiskAssessment], batch_size: int = 256
    ) -> list[Classification]:
        """`classify_many` for messages already through `textspeak.spell_out`."""
        prepared = [self._cues.prepare_spelled(text) for text in spelled]
        scores = self.score(prepared, risks, batch_size)
        return [
            decide(p, cats, r, self.decision)
            for p, cats, r in zip(prepared, scores, risks, strict=True)
        ]

    def score(
        self, prepared: Iterable[PreparedText], risks: Iterable[RiskAssessment], batch_size: int
    ) -> list[dict[str, float]]:
        """Every label's probability for each message: the textcats' `Doc.cats`."""
        words = [feature_words(p, r) for p, r in zip(prepared, risks, strict=True)]
        if self._bags is None:
            docs = (Doc(self._nlp.vocab, words=w) for w in words)
            return [doc.cats for doc in self._nlp.pipe(docs, batch_size=batch_size)]
        batches = (words[start : start + batch_size] for start in range(0, len(words), batch_size))
        return [cats for batch in batches for cats in score_bags(self._bags, batch)]


@dataclass(frozen=True)
class BagOfWords:
    """A textcat whose model is spaCy's TextCatBOW, split into its three layers."""

    component: TextCategorizer
    ngrams: Model
    linear: Model
    output: Model


def shared_bags_of_words(nlp: Language) -> list[BagOfWords] | None:
    """Every textcat split into layers, if they all count the same word n-grams; else None.

    Then `score_bags` can score them together. Any other architecture keeps spaCy's path.
    """
    found = [_bag_of_words(component) for _, component in nlp.pipeline]
    bags = [bag for bag in found if bag is not None]
    if not bags or len(bags) < len(found) or bags[0].ngrams.attrs.get("attr") != ORTH:
        return None
    return bags if all(_same_ngrams(bag, bags[0]) for bag in bags) else None


def _bag_of_words(component: object) -> BagOfWords | None:
    """Split `with_cpu(extract_ngrams >> linear) >> with_cpu(output)`, spaCy's TextCatBOW."""
    if not isinstance(component, TextCategorizer):
        return None
    try:
        counted, output = component.model.layers
        ngrams, linear = counted.layers[0].layers
    except (IndexError, ValueError):
        return None
    if not (counted.name.startswith("with_cpu(") and output.name.startswith("with_cpu(")):
        return None
    return BagOfWords(component, ngrams, linear, output)


def _same_ngrams(bag: BagOfWords, other: BagOfWords) -> bool:
    ngrams, attrs = bag.ngrams, bag.ngrams.attrs
    return ngrams.name == "extract_ngrams" == other.ngrams.name and attrs == other.ngrams.attrs


def score_bags(bags: list[BagOfWords], batch: list[list[str]]) -> list[dict[str, float]]:
    """What `nlp.pipe` would put in each Doc's `cats`, without making the Docs.

    Counting n-grams is most of a bag-of-words textcat's work and building Docs most of the
    rest; the counts need only each word's hash, and the textcats share them. (No doc here
    is empty, the one case spaCy scores differently: feature_words adds boundary marks.)
    """
    counts = count_ngrams(bags[0].ngrams, batch)
    cats: list[dict[str, float]] = [{} for _ in batch]
    for bag in bags:
        scores = bag.output.predict(bag.linear.predict(counts)).tolist()
        for doc_cats, row in zip(cats, scores, strict=True):
            doc_cats.update(zip(bag.component.labels, row, strict=True))
    return cats


def count_ngrams(extractor: Model, batch: list[list[str]]) -> tuple[Any, Any, Any]:
    """spaCy's `extract_ngrams` for Docs of these words: each doc's distinct word and n-gram
    hashes (sorted), how often each occurs, and how many each doc has.

    The whole batch is hashed and sorted at once (by doc, then hash): per-doc numpy calls
    cost more than the counting itself on messages of a few dozen words.
    """
    ops, size = extractor.ops, extractor.attrs["ngram_size"]
    lengths = numpy.fromiter(map(len, batch), numpy.int64, len(batch))
    ids = map(_WORD_IDS.__getitem__, itertools.chain.from_iterable(batch))
    unigrams: Any = numpy.fromiter(ids, numpy.uint64, int(lengths.sum()))
    doc = numpy.repeat(numpy.arange(len(batch)), lengths)
    ends = numpy.repeat(numpy.cumsum(lengths), lengths)
    after = ends - numpy.arange(len(unigrams)) - 1  # words after each one in its own doc
    keys, docs = [unigrams], [doc]
    for n in range(2, size + 1):
        ngrams: Any = ops.ngrams(n, unigrams)
        within = after[: len(ngrams)] >= n - 1  # not running on into the next doc
        keys.append(ngrams[within])
        docs.append(doc[: len(ngrams)][within])
    all_keys, all_docs = numpy.concatenate(keys), numpy.concatenate(docs)
    order = numpy.lexsort((all_keys, all_docs))
    all_keys, all_docs = all_keys[order], all_docs[order]
    first = numpy.ones(len(all_keys), dtype=bool)
    first[1:] = (all_keys[1:] != all_keys[:-1]) | (all_docs[1:] != all_docs[:-1])
    starts = numpy.flatnonzero(first)
    counts = numpy.diff(numpy.append(starts, len(all_keys)))
    distinct = numpy.bincount(all_docs[starts], minlength=len(batch)).astype("int32")
    return all_keys[starts], numpy.asarray(counts, dtype="f"), distinct


def decide(
    prepared: PreparedText, cats: dict[str, float], risk: RiskAssessment, decision: Decision
) -> Classification:
    """Turn scores, cues and the risk verdict into labels."""
    scores = {theme: cats[theme] for theme in THEME_IDS}
    if not prepared.lemmas:  # nothing said: no theme to act on
        return Classification((), Intent.COMMENT, Sentiment.NEUTRAL, scores)
    return Classification(
        themes=choose_themes(prepared, scores, risk, decision),
        intent=choose_intent(prepared, cats, decision),
        sentiment=choose_sentiment(prepared, cats, decision),
        theme_scores=scores,
        cues=tuple(hit.id for hit in prepared.cues),
    )


def choose_themes(
    prepared: PreparedText, scores: dict[str, float], risk: RiskAssessment, decision: Decision
) -> tuple[str, ...]:
    """Themes above the threshold, plus those strong cues or the risk verdict make certain."""
    if not _has_content(prepared) and not risk.is_urgent:
        return ()
    boosted = dict(scores)
    if decision.strong_cues:
        for theme in prepared.labels("theme"):
            boosted[theme] = max(boosted[theme], decision.theme_threshold)
    if decision.risk_rules and risk.is_urgent:
        boosted["safety"] = max(boosted["safety"], 1.0)
        if risk.reason in HEALTH_REASONS:
            boosted["health_wellbeing"] = max(boosted["health_wellbeing"], 0.9)
    ranked = sorted(THEME_IDS, key=lambda theme: -boosted[theme])
    chosen = [t for t in ranked if boosted[t] >= decision.theme_threshold]
    if not chosen and boosted[ranked[0]] >= decision.fallback_threshold:
        chosen = ranked[:1]
    return tuple(chosen[: decision.max_themes])


def _has_content(prepared: PreparedText) -> bool:
    """Whether a message says enough to have a theme ("hi", "ok" and "👍" do not)."""
    words = sum(map(str.isalpha, prepared.lemmas))
    return words >= MIN_CONTENT_WORDS or bool(prepared.labels("theme") | prepared.labels("hint"))


def choose_intent(prepared: PreparedText, cats: dict[str, float], decision: Decision) -> Intent:
    """The model's intent, unless a request for an advocate makes it advocacy."""
    intents = prepared.labels("intent")
    if decision.strong_cues and {"advocacy", "request"} <= intents:
        return Intent.ADVOCACY
    return Intent(max(LABELS["intent"], key=cats.__getitem__))


def choose_sentiment(
    prepared: PreparedText, cats: dict[str, float], decision: Decision
) -> Sentiment:
    """The model's sentiment, unless praise and complaint meet across a "but": mixed."""
    if decision.strong_cues and prepared.labels("sentiment") >= MIXED_CUES:
        return Sentiment.MIXED
    return Sentiment(max(LABELS["sentiment"], key=cats.__getitem__))

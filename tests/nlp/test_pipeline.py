"""Loading the spaCy pipeline: the model when installed, the rule-based fallback otherwise."""

from __future__ import annotations

import logging

import pytest

from nlp.morphology import approximate_lemma, inflections
from nlp.pipeline import FALLBACK_NAME, LoadedPipeline, load_pipeline


def test_model_pipeline_has_named_entities(model_pipeline: LoadedPipeline) -> None:
    assert model_pipeline.has_ner
    assert model_pipeline.name.startswith("en_core_web_sm 3.8")


def test_pipeline_is_cached_per_process() -> None:
    assert load_pipeline() is load_pipeline()
    assert load_pipeline(prefer_blank=True) is load_pipeline(prefer_blank=True)


def test_blank_fallback_splits_sentences_and_lemmatises(blank_pipeline: LoadedPipeline) -> None:
    doc = blank_pipeline.nlp("My carers were making pancakes. We ate loads!")
    assert blank_pipeline.name == FALLBACK_NAME
    assert not blank_pipeline.has_ner
    assert len(list(doc.sents)) == 2
    assert [t.lemma_ for t in doc][2:4] == ["be", "make"]


def test_fallback_warns_how_to_install_the_model(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nlp.pipeline.MODEL_PACKAGES", ("no_such_model_package",))
    load_pipeline.cache_clear()
    try:
        with caplog.at_level(logging.INFO, logger="nlp.pipeline"):
            loaded = load_pipeline()
    finally:
        load_pipeline.cache_clear()
    assert loaded.name == FALLBACK_NAME
    warning = next(r for r in caplog.records if r.levelno == logging.WARNING)
    assert "reduced" in warning.getMessage() and "pip install" in warning.getMessage()


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("hitting", "hit"), ("slapped", "slap"), ("cries", "cry"), ("making", "make"),
     ("children", "child"), ("went", "go"), ("feels", "feel"), ("moved", "move"),
     ("was", "be"), ("boxes", "box"), ("I", "i")],
)  # fmt: skip
def test_approximate_lemma(word: str, lemma: str) -> None:
    assert approximate_lemma(word) == lemma


@pytest.mark.parametrize(
    ("base", "form"),
    [("hit", "hitting"), ("slap", "slapped"), ("make", "making"), ("cry", "cried"),
     ("take", "took"), ("hurt", "hurtin"), ("beat", "beaten"), ("touch", "touches")],
)  # fmt: skip
def test_inflections_cover_surface_forms(base: str, form: str) -> None:
    assert form in inflections(base)

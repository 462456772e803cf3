"""The risk screen's trained safety net: loading, degrading gracefully, training reproducibly."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from core.analysis import RiskLevel
from nlp.risk import GUARD_CONTEXT, GUARD_NONE, GUARD_SAFE, RiskScreen
from nlp.risk_fit import FitSettings
from nlp.risk_model import DEFAULT_MODEL_DIR, load_risk_model, windows
from nlp.risk_training import fit_model, load_examples


def test_the_shipped_model_loads_by_default(screen: RiskScreen) -> None:
    assert screen.model is not None
    assert 0.0 < screen.model.threshold <= screen.model.guard_threshold < 1.0
    # small enough to ship in the repository: the hidden layer (16 float32 weights for each
    # of some 63,000 buckets in use) is most of it
    size = sum(f.stat().st_size for f in DEFAULT_MODEL_DIR.iterdir())
    assert size < 8 * 1024 * 1024


def test_a_missing_model_falls_back_to_rules_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="nlp.risk_model"):
        screen = RiskScreen.create(model_dir=tmp_path / "nowhere")
    assert screen.model is None
    assert "rules only" in caplog.text
    assert screen.screen("i want to kill myself").level is RiskLevel.URGENT


def test_a_corrupt_model_is_not_loaded(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text("{not json", encoding="utf-8")
    assert load_risk_model(tmp_path) is None


def test_the_model_catches_a_phrasing_the_rules_do_not_know(
    screen: RiskScreen, rules_only: RiskScreen
) -> None:
    text = "everyone can have my things, i will not need them after this week"
    assert rules_only.screen(text).level is not RiskLevel.URGENT
    verdict = screen.screen(text)
    assert verdict.level is RiskLevel.URGENT
    assert verdict.cues[0].startswith("model:")


def test_an_idiom_hides_its_own_words_and_vetoes_nothing(screen: RiskScreen) -> None:
    # The idiom cancels the rules' threat cue and hides its words; the model reads the rest
    # and finds nothing.
    reading = screen.read("my sister is going to kill me in fifa tonight")
    assert not {"kill", "fifa"} & set(reading.words)
    assert screen.screen("my sister is going to kill me in fifa tonight").level is RiskLevel.NONE
    # ...but it never vetoes what the rest of the message says.
    lock = (
        "they said i could get a lock on my door but my stepdad took it off and comes in when "
        "im asleep"
    )
    assert screen.read(lock).guard != GUARD_SAFE
    assert screen.screen(lock).level is RiskLevel.URGENT
    # Idiom words are hidden from the model altogether.
    reading = screen.read("lol i nearly died laughing, this homework is killing me")
    assert not {"died", "killing"} & set(reading.words)
    assert screen.screen("lol i nearly died laughing").level is RiskLevel.NONE


def test_an_idiom_vouches_only_for_its_own_words(
    screen: RiskScreen, rules_only: RiskScreen
) -> None:
    # "my battery is dying" is an idiom, hidden from the model; it says nothing about giving
    # my things away, which the model still reads, with no higher bar than anywhere else.
    text = (
        "my battery is dying lol. everyone can have my things, i will not need them after this week"
    )
    assert rules_only.screen(text).level is not RiskLevel.URGENT
    reading = rules_only.read(text)
    assert reading.guard == GUARD_NONE
    assert not {"battery", "dying"} & set(reading.words)
    verdict = screen.screen(text)
    assert verdict.level is RiskLevel.URGENT
    assert verdict.cues[0].startswith("model:")
    # Alone, the idiom is still safe: there is nothing else to read.
    assert screen.screen("my battery is dying lol").level is RiskLevel.NONE
    # Lost in the dark with a dying phone: the idiom no longer hides being lost.
    lost = (
        "i walked out of the placement and i dont know where i am. its dark and my phone is dying"
    )
    assert screen.screen(lost).level is RiskLevel.URGENT


def test_a_long_ramble_does_not_dilute_one_urgent_sentence(screen: RiskScreen) -> None:
    text = "college was fine and my PA rang about my flat. " * 40
    text += "everyone can have my things, i will not need them after this week. "
    assert screen.screen(text + "we had pasta for tea. " * 20).level is RiskLevel.URGENT


def test_a_long_message_pays_for_its_many_chances_to_look_alarming(screen: RiskScreen) -> None:
    # Scored by its most alarming window, a long message would raise more false alarms the
    # longer it is; the best window's score is lowered by the log of the number of windows.
    import math

    from nlp.risk_model import WINDOW_PENALTY, sigmoid

    model = screen.model
    assert model is not None
    one = screen.read("i am so tired of it all and nobody at home listens to me .")
    six = one.words * 6
    assert len(windows(six)) == 6 and len(windows(one.words)) == 1
    alone = model.probability(one.words, one.cues)
    logit = math.log(alone / (1 - alone))
    expected = sigmoid(logit - WINDOW_PENALTY * math.log(6))
    assert model.probability(six, one.cues) == pytest.approx(expected, abs=1e-6)
    assert model.probability(six, one.cues) < alone


def test_windows_cover_every_word() -> None:
    words = [f"w{i}" for i in range(130)]
    covered = {w for window in windows(words) for w in window}
    assert covered == set(words)
    assert windows(words[:10]) == [words[:10]]


def test_training_is_reproducible_and_small(rules_only: RiskScreen, tmp_path: Path) -> None:
    examples = load_examples(rules_only)[::4]
    settings = FitSettings(epochs=30, hidden_epochs=30)
    first = fit_model(examples, settings, (0.5, 0.9))
    second = fit_model(examples, settings, (0.5, 0.9))
    assert first.hidden is not None and second.hidden is not None
    assert np.array_equal(first.hidden.weights, second.hidden.weights)
    assert np.array_equal(first.reason_weights, second.reason_weights)
    first.save(tmp_path, {"note": "test"})
    loaded = load_risk_model(tmp_path)
    assert loaded is not None and loaded.reasons == first.reasons
    assert json.loads((tmp_path / "meta.json").read_text("utf-8"))["threshold"] == 0.5
    # the saved model scores as the fitted one did
    reading = rules_only.read("been saving my tablets in a sock")
    assert loaded.probability(reading.words, reading.cues) == pytest.approx(
        first.probability(reading.words, reading.cues), abs=1e-6
    )


def test_plain_logistic_regression_is_still_available(rules_only: RiskScreen) -> None:
    examples = load_examples(rules_only)[::8]
    model = fit_model(examples, FitSettings(epochs=30, hidden=0), (0.5, 0.9))
    assert model.hidden is None and np.count_nonzero(model.weights) > 0
    reading = rules_only.read("my carer made pasta")
    assert 0.0 < model.probability(reading.words, reading.cues) < 1.0


def test_the_shipped_model_records_its_cross_validation() -> None:
    meta = json.loads((DEFAULT_MODEL_DIR / "meta.json").read_text("utf-8"))
    combined = meta["cross_validation"]["combined"]
    assert combined["false_alarm_rate"] <= meta["targets"]["max_false_alarms"] <= 0.10
    # 0.968 over the corpus and thirty-nine development sets; it was 0.986 over six,
    # before the harder sets (dev13, indirect self-harm and suicide: 77% found before
    # training).
    assert combined["recall"] >= 0.95


def test_training_reads_the_train_split_paraphrases_and_dev_sets_but_never_the_holdout(
    rules_only: RiskScreen,
) -> None:
    from nlp.corpus import load_corpus
    from nlp.risk_evaluation import HOLDOUTS, VALIDATION
    from nlp.risk_training import DEV_SETS, PARAPHRASES, read_risk_rows

    examples = load_examples(rules_only)
    sources = [e.source for e in examples]
    assert sources.count("corpus") == len(load_corpus(split="train"))
    assert sources.count("paraphrase") == len(read_risk_rows(PARAPHRASES))
    assert sources.count("dev") == sum(len(read_risk_rows(path)) for path in DEV_SETS)
    shipped = sorted((Path(__file__).resolve().parents[2] / "nlp" / "data").glob("risk_dev*.jsonl"))
    assert sorted(DEV_SETS) == shipped  # every development set is read
    for held in (*HOLDOUTS.values(), *VALIDATION):
        assert held.exists() and held not in (*DEV_SETS, PARAPHRASES)


def test_the_shipped_model_was_trained_on_the_data_as_it_is_now() -> None:
    # A changed data file needs `carevoice nlp train`: else the figures printed by
    # `carevoice nlp evaluate` and asserted here describe a model nobody can rebuild.
    from nlp.corpus import DEFAULT_CORPUS, corpus_hash
    from nlp.risk_training import DEV_SETS, PARAPHRASES

    meta = json.loads((DEFAULT_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["corpus_sha256"] == corpus_hash(DEFAULT_CORPUS)
    assert meta["paraphrases_sha256"] == corpus_hash(PARAPHRASES)
    assert meta["dev_sets_sha256"] == [corpus_hash(path) for path in DEV_SETS]


def test_scoring_adds_the_same_weights_that_training_fitted(screen: RiskScreen) -> None:
    # Screening looks each feature's hidden weights up by bucket; training works on the
    # matrix of features by column. Both must give the same probability.
    from nlp.risk_model import features, sigmoid

    model = screen.model
    assert model is not None and model.hidden is not None
    layer = model.hidden
    column = {int(bucket): i for i, bucket in enumerate(layer.columns)}
    for text in ("i will not need my things after friday", "my carer made pasta", "kms"):
        reading = screen.read(text)
        rows = [column[b] for b in features(reading.words, reading.cues) if int(b) in column]
        hidden = np.maximum(layer.weights[rows].astype(np.float64).sum(axis=0) + layer.bias, 0)
        expected = sigmoid(float(hidden @ layer.out) + layer.out_bias)
        assert model.probability(reading.words, reading.cues) == pytest.approx(expected, abs=1e-6)


def test_a_negated_worry_does_not_silence_the_rest_of_the_message(rules_only: RiskScreen) -> None:
    # "Don't call the police" cancels a concern cue, not the message: the model may still
    # read "not coming home tonight" (with the guard's higher threshold).
    asking = rules_only.read("not coming home tonight, please dont call the police")
    assert asking.guard == GUARD_CONTEXT
    # A negated urgent reading is still the child's own word that it is not so.
    assert rules_only.read("i dont feel unsafe at my carers").guard == GUARD_SAFE

"""Training is reproducible and records what it was trained on."""

import json
from pathlib import Path

import pytest

from nlp.corpus import DEFAULT_CORPUS, corpus_hash, load_corpus
from nlp.themes import DEFAULT_MODEL_DIR, TextClassifier
from nlp.training import TrainingSettings, train

FAST = TrainingSettings(epochs=3)
PROBES = ["my sw never visits", "i love my foster carers", "can i get more pocket money?"]


def write_tiny_corpus(path: Path, train_size: int = 90, test_size: int = 30) -> Path:
    """The first messages of each split of the real corpus, in a new JSONL file."""
    lines = DEFAULT_CORPUS.read_text(encoding="utf-8").splitlines()
    train_lines = [line for line in lines if '"split": "train"' in line][:train_size]
    test_lines = [line for line in lines if '"split": "test"' in line][:test_size]
    path.write_text("\n".join(train_lines + test_lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_tiny_corpus(tmp_path_factory.mktemp("corpus") / "tiny.jsonl")


@pytest.fixture(scope="module")
def model_dir(corpus, tmp_path_factory) -> Path:
    return train(corpus, tmp_path_factory.mktemp("models"), seed=7, settings=FAST)


def test_the_model_directory_is_versioned(model_dir):
    assert model_dir.name.startswith("carevoice-themes-")
    assert (model_dir / "textcat").is_dir()


def test_meta_records_the_corpus_hash_and_what_was_trained(model_dir, corpus):
    meta = json.loads((model_dir / "meta.json").read_text())
    assert meta["corpus_sha256"] == corpus_hash(corpus)
    assert meta["train_size"] == len(load_corpus(corpus, split="train")) == 90
    assert meta["seed"] == 7
    assert "social_worker" in meta["labels"]["themes"]
    assert meta["scores"]["split"] == "test"
    assert 0.0 <= meta["scores"]["urgent_recall"] <= 1.0


def test_the_same_seed_gives_the_same_predictions(model_dir, corpus, tmp_path):
    again = train(corpus, tmp_path, seed=7, settings=FAST)
    first, second = TextClassifier.load(model_dir), TextClassifier.load(again)
    for text in PROBES:
        assert first.classify(text) == second.classify(text)


def test_the_shipped_model_was_trained_on_the_shipped_corpus():
    meta = json.loads((DEFAULT_MODEL_DIR / "meta.json").read_text())
    assert meta["corpus_sha256"] == corpus_hash(DEFAULT_CORPUS)
    assert meta["version"] == TextClassifier.load().version

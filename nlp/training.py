"""Train the theme, intent and sentiment classifiers from the corpus's train split.

Reproducible: fixed seed, fixed epochs, file-order data shuffled by a seeded generator,
zero-initialised bag-of-words weights, single-threaded CPU maths. The result is a versioned
directory `carevoice-themes-<version>/` holding the spaCy pipeline and a `meta.json`.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from core.analysis import RiskAssessment
from nlp.corpus import DEFAULT_CORPUS, LabelledMessage, corpus_hash, load_corpus
from nlp.cues import CueMatcher
from nlp.risk import RiskScreen
from nlp.risk_model import DEFAULT_MODEL_DIR as DEFAULT_RISK_MODEL_DIR
from nlp.themes import (
    CLASSIFIER_DIR,
    COMPONENTS,
    LABELS,
    META_FILE,
    MODEL_VERSION,
    MODELS_DIR,
    Decision,
    ModelMeta,
    TextClassifier,
    feature_words,
)


@dataclass(frozen=True)
class TrainingSettings:
    """Hyper-parameters, chosen by 5-fold cross-validation on the train split only."""

    epochs: int = 20
    batch_size: int = 16
    learn_rate: float = 0.003
    ngram_size: int = 2
    # Hash buckets per textcat: 2**15 keeps the model near 3 MB; 2**14 lost 0.03 sentiment F1.
    hash_length: int = 2**15


def build_classifier(settings: TrainingSettings) -> Language:
    """A blank English pipeline with one bag-of-words textcat per task."""
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        exclusive = name != "themes"
        model = {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": exclusive,
            "ngram_size": settings.ngram_size,
            "no_output_layer": False,
            "length": settings.hash_length,
        }
        factory = "textcat" if exclusive else "textcat_multilabel"
        component = nlp.add_pipe(factory, name=name, config={"model": model})
        for label in LABELS[name]:
            component.add_label(label)  # type: ignore[attr-defined]
    return nlp


def _gold(message: LabelledMessage, component: str) -> dict[str, float]:
    positive = set(message.themes) | {message.intent, message.sentiment}
    return {label: float(label in positive) for label in LABELS[component]}


def fit(
    messages: Sequence[LabelledMessage],
    risks: Sequence[RiskAssessment],
    settings: TrainingSettings = TrainingSettings(),
    seed: int = 0,
) -> Language:
    """Train the classifiers on `messages`; `risks[i]` is the risk screen's verdict on one."""
    fix_random_seed(seed)
    nlp = build_classifier(settings)
    examples = _examples(nlp, messages, risks)
    components = {name: cast(TrainablePipe, nlp.get_pipe(name)) for name in COMPONENTS}
    for name, component in components.items():
        component.initialize(lambda name=name: examples[name], nlp=nlp)
    optimizer = nlp.create_optimizer()
    optimizer.learn_rate = settings.learn_rate
    order, shuffler = list(range(len(messages))), random.Random(seed)
    for _ in range(settings.epochs):
        shuffler.shuffle(order)
        for batch in minibatch(order, size=settings.batch_size):
            for name, component in components.items():
                component.update([examples[name][i] for i in batch], sgd=optimizer)
    return nlp


def _examples(
    nlp: Language, messages: Sequence[LabelledMessage], risks: Sequence[RiskAssessment]
) -> dict[str, list[Example]]:
    """Per component, one Example per message with only that component's labels as gold."""
    cues = CueMatcher()
    words = [feature_words(cues.prepare(m.text), r) for m, r in zip(messages, risks, strict=True)]
    return {
        name: [
            Example.from_dict(Doc(nlp.vocab, words=w), {"cats": _gold(m, name)})
            for w, m in zip(words, messages, strict=True)
        ]
        for name in COMPONENTS
    }


def train(
    corpus_path: Path | str = DEFAULT_CORPUS,
    out_dir: Path | str = MODELS_DIR,
    seed: int = 0,
    version: str = MODEL_VERSION,
    settings: TrainingSettings = TrainingSettings(),
    decision: Decision | None = None,
    risk_model_dir: Path | str | None = DEFAULT_RISK_MODEL_DIR,
) -> Path:
    """Train on the train split, score on the test split, write the model; return its dir.
    The risk screen (with the model in `risk_model_dir`) gives each message its verdict."""
    from nlp.evaluation import evaluate_classifier  # evaluation imports this module's peers

    messages = load_corpus(corpus_path, split="train")
    screen = RiskScreen.create(model_dir=risk_model_dir)
    nlp = fit(messages, [screen.screen(m.text) for m in messages], settings, seed)
    decision = decision or Decision()
    classifier = TextClassifier(nlp, decision, version)
    scores = evaluate_classifier(classifier, load_corpus(corpus_path, split="test"), screen)
    meta = ModelMeta(
        version=version,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        corpus_sha256=corpus_hash(corpus_path),
        labels={name: list(LABELS[name]) for name in COMPONENTS},
        train_size=len(messages),
        seed=seed,
        settings=asdict(settings),
        decision=decision,
        scores=scores.summary(),
    )
    return _save(nlp, meta, Path(out_dir) / f"carevoice-themes-{version}")


def _save(nlp: Language, meta: ModelMeta, target: Path) -> Path:
    """Write beside the target, then swap it in, so a failed run leaves the old model."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the model is shipped and shared
    try:
        nlp.to_disk(staging / CLASSIFIER_DIR)
        (staging / META_FILE).write_text(meta.to_json(), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target

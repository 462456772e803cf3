"""Train the risk screen's safety net (`nlp.risk_model`) and choose its thresholds by k-fold CV.

Data: the corpus's train split (never the test split), the hand-written paraphrases in
`nlp/data/risk_paraphrases.jsonl` (urgent phrasings on purpose, so always in training) and
the development sets `nlp/data/risk_dev*.jsonl` (written independently, so they join the
corpus in cross-validation; several, such as dev3, dev7, dev9 and dev29, are mostly near
misses and minimal pairs, which keeps the threshold honest about alarming words used safely). The
holdout sets `nlp/data/risk_holdout*.jsonl` are never read here: they are only for
`carevoice nlp evaluate`; nor are the validation sets `nlp/data/risk_validation*.jsonl`,
used once to choose the false-alarm budget (see `ThresholdTargets`). Each message is read by
the rules first, so the model sees the same masked words and cue ids it will see when
screening.
Reproducible: fixed seed for the fold assignment, deterministic full-batch optimisation.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from nlp.corpus import DEFAULT_CORPUS, corpus_hash, load_corpus
from nlp.risk import GUARD_CONTEXT, GUARD_SAFE, PAST_ONLY_SHARE, RiskScreen, RuleReading
from nlp.risk_context import TOLD_NOW, TOLD_OVER
from nlp.risk_fit import BUCKETS, FitSettings, Sparse, fit_binary, fit_hidden, fit_reasons
from nlp.risk_model import (
    MODEL_VERSION,
    MODELS_DIR,
    HiddenLayer,
    RiskModel,
    features,
    windows,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
PARAPHRASES = DATA_DIR / "risk_paraphrases.jsonl"
DEV_SETS = tuple(
    DATA_DIR / f"risk_{name}.jsonl" for name in ("dev", *(f"dev{n}" for n in range(2, 50)))
)
FOLDS = 5
# Sources written independently of the rules (not as urgent paraphrases): thresholds are
# chosen on their out-of-fold predictions.
HELD_OUT_SOURCES = frozenset({"corpus", "dev"})


@dataclass(frozen=True)
class Example:
    """One labelled message as the model sees it; `source` is "corpus", "dev" or
    "paraphrase"."""

    reading: RuleReading
    urgent: bool
    reason: str
    source: str


@dataclass(frozen=True)
class ThresholdTargets:
    """What the thresholds must reach on the out-of-fold corpus predictions."""

    recall: float = 1.0
    # The out-of-fold false-alarm budget. Chosen on the two validation sets
    # (`nlp/data/risk_validation*.jsonl`, 797 messages written for this choice and never
    # trained on): with dev2 to dev49 in training, budgets 0.08/0.085/0.09/0.095/0.10 gave
    # thresholds 0.25/0.20/0.16/0.14/0.12 and validation recall 309/309/311/311/311 of 319
    # at false alarms 29/32/36/38/39 of 478 (with dev2 to dev39: 0.21/0.18/0.15/0.13/0.11,
    # 310/311/311/311/311, 27/27/28/32/32). The rule, fixed before looking: most recall
    # with validation false alarms at most 9%, ties to the higher threshold; budgets stay
    # at most 0.10, the false-alarm limit.
    max_false_alarms: float = 0.09
    # A guarded message (idiom, joke, past, negated) needs this much more certainty.
    guard_threshold: float = 0.9


def load_examples(
    screen: RiskScreen,
    corpus_path: Path | str | None = None,
    paraphrases: Path = PARAPHRASES,
    dev_sets: tuple[Path, ...] = DEV_SETS,
) -> list[Example]:
    """The train split, the paraphrases and the development sets, each read by the rules."""
    out = [
        Example(screen.read(m.text), m.risk == "urgent", m.risk_reason, "corpus")
        for m in load_corpus(corpus_path or DEFAULT_CORPUS, split="train")
    ]
    out += [_example(screen, row, "paraphrase") for row in read_risk_rows(paraphrases)]
    for dev_set in dev_sets:
        out += [_example(screen, row, "dev") for row in read_risk_rows(dev_set)]
    return out


def read_risk_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a risk data file (JSON lines with text, risk and risk_reason)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _example(screen: RiskScreen, row: dict[str, str], source: str) -> Example:
    return Example(screen.read(row["text"]), row["risk"] == "urgent", row["risk_reason"], source)


def fit_model(
    examples: Sequence[Example], settings: FitSettings, thresholds: tuple[float, float]
) -> RiskModel:
    """Fit both heads on `examples`."""
    rows = [features(e.reading.words, e.reading.cues) for e in examples]
    y = np.array([e.urgent for e in examples], dtype=np.float64)
    if settings.window_negatives:  # after the messages, so row i is still examples[i]
        extra = [
            features(window, e.reading.cues)
            for e in examples
            if not e.urgent
            for window in windows(e.reading.words)
            if len(window) < len(e.reading.words)
        ]
        rows += extra
        y = np.concatenate([y, np.zeros(len(extra))])
    x = Sparse.from_rows(rows)
    hidden = None
    if settings.hidden:
        hidden = HiddenLayer(*fit_hidden(x, y, settings))
        weights, bias = np.zeros(BUCKETS, dtype=np.float32), 0.0
    else:
        weights, bias = fit_binary(x, y, settings)
    urgent = [i for i, e in enumerate(examples) if e.urgent]
    reasons = tuple(sorted({examples[i].reason for i in urgent}))
    labels = np.array([reasons.index(examples[i].reason) for i in urgent])
    reason_weights, reason_bias = fit_reasons(x.take(urgent), labels, len(reasons), settings)
    return RiskModel(
        weights, bias, reason_weights, reason_bias, reasons, *thresholds, hidden=hidden
    )


def folds(examples: Sequence[Example], seed: int, k: int = FOLDS) -> np.ndarray:
    """A fold number for each held-out-source example (stratified by label), -1 for
    paraphrases."""
    rng = np.random.default_rng(seed)
    fold = np.full(len(examples), -1)
    for label in (True, False):
        members = [
            i for i, e in enumerate(examples) if e.source in HELD_OUT_SOURCES and e.urgent == label
        ]
        members = [members[j] for j in rng.permutation(len(members))]
        fold[members] = np.arange(len(members)) % k
    return fold


def out_of_fold(
    examples: Sequence[Example], settings: FitSettings, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold urgent probabilities and reasons for every corpus example (else NaN/"")."""
    fold = folds(examples, seed)
    probability = np.full(len(examples), np.nan)
    reason = np.array([""] * len(examples), dtype=object)
    for k in range(FOLDS):
        kept = [e for e, f in zip(examples, fold, strict=True) if f != k]
        model = fit_model(kept, settings, (0.5, 0.9))
        for i in map(int, np.flatnonzero(fold == k)):
            reading = examples[i].reading
            probability[i] = model.probability(reading.words, reading.cues)
            reason[i] = model.reason(reading.words, reading.cues)
    return probability, reason


def flagged(
    examples: Sequence[Example], probability: np.ndarray, t: float, guard: float
) -> np.ndarray:
    """The combined verdict (rules OR model) for each example at thresholds (t, guard), as
    `nlp.risk.combine` gives it: an urgent reading told as past stands only if the model
    agrees."""
    rules = np.array([e.reading.assessment.is_urgent for e in examples])
    told = np.array([e.reading.told for e in examples])
    past_bar = np.where(told == TOLD_OVER, t, t * PAST_ONLY_SHARE)
    rules &= (told == TOLD_NOW) | (probability >= past_bar)
    guarded = np.array([e.reading.guard == GUARD_CONTEXT for e in examples])
    vetoed = np.array([e.reading.guard == GUARD_SAFE for e in examples])
    return rules | (~vetoed & (probability >= np.where(guarded, max(t, guard), t)))


def choose_threshold(
    examples: Sequence[Example], probability: np.ndarray, targets: ThresholdTargets
) -> float:
    """The highest threshold whose out-of-fold recall meets the target within the FA budget;
    failing that, the lowest threshold within the budget."""
    corpus = np.array([e.source in HELD_OUT_SOURCES for e in examples])
    urgent = np.array([e.urgent for e in examples]) & corpus
    other = ~np.array([e.urgent for e in examples]) & corpus
    best = None
    for t in np.round(np.arange(0.98, 0.02, -0.01), 2):
        hit = flagged(examples, probability, float(t), targets.guard_threshold)
        if hit[other].mean() > targets.max_false_alarms:
            break
        best = float(t)
        if hit[urgent].mean() >= targets.recall:
            return best
    return best if best is not None else 0.98


def train(
    corpus_path: Path | str | None = None,
    out_dir: Path | str = MODELS_DIR,
    seed: int = 0,
    settings: FitSettings | None = None,
    targets: ThresholdTargets | None = None,
) -> Path:
    """Cross-validate, fit on everything, save to `out_dir/risk-<version>`; return that dir."""
    settings, targets = settings or FitSettings(), targets or ThresholdTargets()
    from nlp.risk_report import cv_report

    screen = RiskScreen.create(model_dir=None)
    examples = load_examples(screen, corpus_path)
    probability, reasons = out_of_fold(examples, settings, seed)
    threshold = choose_threshold(examples, probability, targets)
    model = fit_model(examples, settings, (threshold, max(threshold, targets.guard_threshold)))
    meta = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus_sha256": corpus_hash(corpus_path or DEFAULT_CORPUS),
        "paraphrases_sha256": corpus_hash(PARAPHRASES),
        "dev_sets_sha256": [corpus_hash(path) for path in DEV_SETS],
        "seed": seed,
        "settings": asdict(settings),
        "targets": asdict(targets),
        "train_size": {
            s: sum(e.source == s for e in examples) for s in ("corpus", "dev", "paraphrase")
        },
        "cross_validation": cv_report(examples, probability, reasons, model),
    }
    return _save(model, meta, Path(out_dir) / f"risk-{MODEL_VERSION}")


def _save(model: RiskModel, meta: dict[str, object], target: Path) -> Path:
    """Write beside the target, then swap it in, so a failed run leaves the old model."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        model.save(staging, meta)
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target

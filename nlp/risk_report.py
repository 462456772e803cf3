"""Cross-validation figures for the risk model's meta.json (aggregate numbers only, no text)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from nlp.risk_model import RiskModel

if TYPE_CHECKING:
    from nlp.risk_training import Example


def rates(
    examples: Sequence[Example], hit: np.ndarray, reasons: np.ndarray | None = None
) -> dict[str, object]:
    """Recall (overall and per reason) and false-alarm rate of `hit` over the corpus and
    development examples (the paraphrases are urgent on purpose, so they are left out)."""
    from nlp.risk_training import HELD_OUT_SOURCES

    held = [e.source in HELD_OUT_SOURCES for e in examples]
    urgent = [i for i, e in enumerate(examples) if held[i] and e.urgent]
    other = [i for i, e in enumerate(examples) if held[i] and not e.urgent]
    per_reason: Counter[str] = Counter(examples[i].reason for i in urgent)
    found: Counter[str] = Counter(examples[i].reason for i in urgent if hit[i])
    report: dict[str, object] = {
        "recall": round(float(np.mean(hit[urgent])), 4),
        "false_alarm_rate": round(float(np.mean(hit[other])), 4),
        "missed": len(urgent) - int(np.sum(hit[urgent])),
        "false_alarms": int(np.sum(hit[other])),
        "recall_per_reason": {r: f"{found[r]}/{n}" for r, n in sorted(per_reason.items())},
    }
    if reasons is not None:
        right = sum(reasons[i] == examples[i].reason for i in urgent)
        report["model_reason_accuracy"] = round(right / max(len(urgent), 1), 4)
    return report


def cv_report(
    examples: Sequence[Example], probability: np.ndarray, reasons: np.ndarray, model: RiskModel
) -> dict[str, object]:
    """Out-of-fold figures: rules alone, model alone and combined at the chosen thresholds."""
    from nlp.risk_training import flagged

    rules = np.array([e.reading.assessment.is_urgent for e in examples])
    with np.errstate(invalid="ignore"):
        model_alone = probability >= model.threshold
    combined = flagged(examples, probability, model.threshold, model.guard_threshold)
    return {
        "folds": 5,
        "rules_only": rates(examples, rules),
        "model_only": rates(examples, model_alone, reasons),
        "combined": rates(examples, combined),
    }

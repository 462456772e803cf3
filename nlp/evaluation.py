"""Score the classifiers and the risk screen against the labelled corpus.

`evaluate` scores a saved model on one split (the test split by default). Choosing
settings must never look at the test split: `cross_validate` scores candidate settings by
k-fold cross-validation inside the train split instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.analysis import RiskAssessment
from nlp.corpus import DEFAULT_CORPUS, LabelledMessage, load_corpus
from nlp.risk import RiskScreen
from nlp.themes import LABELS, Classification, Decision, TextClassifier


@dataclass(frozen=True)
class LabelScore:
    """Precision, recall and F1 of one label, and how many gold examples it has."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Report:
    """Everything `evaluate` measures on one split."""

    split: str
    size: int
    themes: tuple[LabelScore, ...]
    intent: tuple[LabelScore, ...]
    sentiment: tuple[LabelScore, ...]
    intent_accuracy: float
    sentiment_accuracy: float
    urgent_recall: float
    false_alarm_rate: float

    def summary(self) -> dict[str, Any]:
        """Headline figures, rounded, for meta.json and logs."""
        return {
            "split": self.split,
            "size": self.size,
            "themes_macro_f1": round(macro_f1(self.themes), 3),
            "intent_macro_f1": round(macro_f1(self.intent), 3),
            "intent_accuracy": round(self.intent_accuracy, 3),
            "sentiment_macro_f1": round(macro_f1(self.sentiment), 3),
            "sentiment_accuracy": round(self.sentiment_accuracy, 3),
            "urgent_recall": round(self.urgent_recall, 3),
            "false_alarm_rate": round(self.false_alarm_rate, 3),
        }

    def table(self) -> str:
        """A plain-text table: one row per label, then the headline figures."""
        lines = [f"Evaluation on the {self.split} split ({self.size} messages)"]
        for title, scores in (
            ("themes", self.themes),
            ("intent", self.intent),
            ("sentiment", self.sentiment),
        ):
            lines += ["", f"{title:<18} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
            lines += [_row(s.label, s.precision, s.recall, s.f1, s.support) for s in scores]
            lines.append(f"{'macro F1':<18} {'':>6} {'':>6} {macro_f1(scores):>6.3f}")
        lines += [""] + [f"{key:<20} {value}" for key, value in self.summary().items()]
        return "\n".join(lines)


def _row(label: str, precision: float, recall: float, f1: float, support: int) -> str:
    return f"{label:<18} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f} {support:>5}"


def macro_f1(scores: Sequence[LabelScore]) -> float:
    """The unweighted mean F1 over labels."""
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0


def score_labels(
    gold: Sequence[set[str]], predicted: Sequence[set[str]], labels: Sequence[str]
) -> tuple[LabelScore, ...]:
    """Per-label precision, recall and F1 from gold and predicted label sets."""
    scores = []
    for label in labels:
        tp = sum(label in g and label in p for g, p in zip(gold, predicted, strict=True))
        fp = sum(label not in g and label in p for g, p in zip(gold, predicted, strict=True))
        fn = sum(label in g and label not in p for g, p in zip(gold, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(label, precision, recall, f1, tp + fn))
    return tuple(scores)


def evaluate(
    model_dir: Path | str | None = None,
    corpus_path: Path | str = DEFAULT_CORPUS,
    split: str = "test",
) -> Report:
    """Score a saved model (default: the shipped one) and the risk screen on one split."""
    messages = load_corpus(corpus_path, split=split)
    return evaluate_classifier(TextClassifier.load(model_dir), messages, RiskScreen.create(), split)


def evaluate_classifier(
    classifier: TextClassifier,
    messages: Sequence[LabelledMessage],
    screen: RiskScreen,
    split: str = "test",
) -> Report:
    """Score an in-memory classifier and a risk screen on `messages`."""
    risks = [screen.screen(m.text) for m in messages]
    predicted = classifier.classify_many([m.text for m in messages], risks)
    return _report(messages, predicted, risks, split)


def _report(
    messages: Sequence[LabelledMessage],
    predicted: Sequence[Classification],
    risks: Sequence[RiskAssessment],
    split: str,
) -> Report:
    gold_intents = [m.intent for m in messages]
    gold_sentiments = [m.sentiment for m in messages]
    intents = [p.intent.value for p in predicted]
    sentiments = [p.sentiment.value for p in predicted]
    flagged = {m.id: r.is_urgent for m, r in zip(messages, risks, strict=True)}
    return Report(
        split=split,
        size=len(messages),
        themes=score_labels(
            [set(m.themes) for m in messages], [set(p.themes) for p in predicted], LABELS["themes"]
        ),
        intent=_single_label(gold_intents, intents, "intent"),
        sentiment=_single_label(gold_sentiments, sentiments, "sentiment"),
        intent_accuracy=_share([g == p for g, p in zip(gold_intents, intents, strict=True)]),
        sentiment_accuracy=_share(
            [g == p for g, p in zip(gold_sentiments, sentiments, strict=True)]
        ),
        urgent_recall=_share([flagged[m.id] for m in messages if m.risk == "urgent"]),
        false_alarm_rate=_share([flagged[m.id] for m in messages if m.risk != "urgent"]),
    )


def _single_label(gold: list[str], predicted: list[str], task: str) -> tuple[LabelScore, ...]:
    return score_labels([{g} for g in gold], [{p} for p in predicted], LABELS[task])


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def cross_validate(
    corpus_path: Path | str = DEFAULT_CORPUS,
    folds: int = 5,
    seed: int = 0,
    decision: Decision | None = None,
    **settings: Any,
) -> dict[str, float]:
    """Mean headline scores over k folds of the train split; never touches the test split."""
    from nlp.training import TrainingSettings, fit

    messages = load_corpus(corpus_path, split="train")
    screen = RiskScreen.create()
    risks = [screen.screen(m.text) for m in messages]
    totals: dict[str, float] = {}
    for fold in range(folds):
        held = [i % folds == fold for i in range(len(messages))]
        train = [(m, r) for m, r, h in zip(messages, risks, held, strict=True) if not h]
        test = [(m, r) for m, r, h in zip(messages, risks, held, strict=True) if h]
        nlp = fit([m for m, _ in train], [r for _, r in train], TrainingSettings(**settings), seed)
        classifier = TextClassifier(nlp, decision or Decision(), "cross-validation")
        held_messages, held_risks = [m for m, _ in test], [r for _, r in test]
        predicted = classifier.classify_many([m.text for m in held_messages], held_risks)
        summary = _report(held_messages, predicted, held_risks, "train").summary()
        for key, value in summary.items():
            if isinstance(value, float):
                totals[key] = totals.get(key, 0.0) + value / folds
    return {key: round(value, 3) for key, value in totals.items()}

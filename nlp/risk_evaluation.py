"""Score the risk screen on files of risk-labelled messages (the independent holdout sets).

`nlp/data/risk_holdout.jsonl`, `risk_holdout2.jsonl` and `risk_holdout3.jsonl` were each
written apart from everything the screen was built or trained on, and are never read by
training: they estimate how the screen does on phrasings its authors never saw. Each was
written after the ones before had been used to report progress, so the last is the
freshest estimate. Only
aggregate figures are reported, never a message's text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from nlp.risk import RiskScreen

_DATA = Path(__file__).resolve().parent / "data"
HOLDOUT = _DATA / "risk_holdout.jsonl"
HOLDOUT2 = _DATA / "risk_holdout2.jsonl"
# Written after dev40 to dev49 had joined training, when the first two had been used to
# report progress for several rounds: the freshest estimate.
HOLDOUT3 = _DATA / "risk_holdout3.jsonl"
HOLDOUTS = {
    "holdout set": HOLDOUT,
    "second holdout set": HOLDOUT2,
    "third holdout set": HOLDOUT3,
}
# Never trained on either: used once, to choose the false-alarm budget of the threshold
# (see `nlp.risk_training.ThresholdTargets`), so no longer an independent judge of it.
VALIDATION = tuple(_DATA / f"risk_validation{n}.jsonl" for n in (1, 2))


@dataclass(frozen=True)
class RiskScore:
    """Urgent recall (overall and per reason) and false alarms on one labelled set."""

    name: str
    urgent: int
    found: int
    others: int
    false_alarms: int
    per_reason: tuple[tuple[str, int, int], ...]  # (reason, found, total)

    @property
    def recall(self) -> float:
        return self.found / self.urgent if self.urgent else 0.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.others if self.others else 0.0

    def table(self) -> str:
        """Plain-text figures: headline, then recall per urgent reason."""
        lines = [
            f"Risk screen on the {self.name} ({self.urgent + self.others} messages)",
            f"{'urgent_recall':<20} {self.recall:.3f} ({self.found}/{self.urgent})",
            f"{'false_alarm_rate':<20} {self.false_alarm_rate:.3f} "
            f"({self.false_alarms}/{self.others})",
        ]
        lines += [f"  {reason:<24} {found}/{total}" for reason, found, total in self.per_reason]
        return "\n".join(lines)


def read_labelled(path: Path | str) -> list[tuple[str, str, str]]:
    """(text, risk, risk_reason) for each line of a risk data file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [(row["text"], row["risk"], row.get("risk_reason", "")) for row in rows]


def score_risk(
    screen: RiskScreen, rows: Sequence[tuple[str, str, str]], name: str = "holdout set"
) -> RiskScore:
    """How many urgent rows the screen flags urgent, and how many others it flags too."""
    flagged = [screen.screen(text).is_urgent for text, _, _ in rows]
    urgent = [(reason, hit) for (_, risk, reason), hit in zip(rows, flagged, strict=True)
              if risk == "urgent"]  # fmt: skip
    totals, found = Counter(r for r, _ in urgent), Counter(r for r, hit in urgent if hit)
    others = [hit for (_, risk, _), hit in zip(rows, flagged, strict=True) if risk != "urgent"]
    return RiskScore(
        name=name,
        urgent=len(urgent),
        found=sum(found.values()),
        others=len(others),
        false_alarms=sum(others),
        per_reason=tuple((r, found[r], n) for r, n in sorted(totals.items())),
    )

"""Scoring the risk screen on a labelled set: counts, rates and per-reason recall."""

from __future__ import annotations

import json
from pathlib import Path

from nlp.risk import RiskScreen
from nlp.risk_evaluation import read_labelled, score_risk


def test_a_labelled_set_is_scored_per_reason(rules_only: RiskScreen, tmp_path: Path) -> None:
    rows = [
        {"text": "i want to kill myself", "risk": "urgent", "risk_reason": "suicide"},
        {"text": "we had pizza", "risk": "urgent", "risk_reason": "abuse"},
        {"text": "my stepdad hits me", "risk": "urgent", "risk_reason": "abuse"},
        {"text": "i killed it in my exam", "risk": "none", "risk_reason": ""},
        {"text": "he hits me every night", "risk": "concern", "risk_reason": "bullying"},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    score = score_risk(rules_only, read_labelled(path), "tiny set")
    assert (score.found, score.urgent, score.false_alarms, score.others) == (2, 3, 1, 2)
    assert score.per_reason == (("abuse", 1, 2), ("suicide", 1, 1))
    table = score.table()
    assert "tiny set" in table and "2/3" in table and "1/2" in table
    assert "pizza" not in table

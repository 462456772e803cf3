"""The pending development sets (`nlp/data/pending/`): well-formed, new, and read by nothing
that trains or tunes the screen until they are moved beside the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.analysis import RiskReason
from nlp.risk import URGENT_REASONS
from nlp.risk_training import DATA_DIR, DEV_SETS, PARAPHRASES

PENDING = sorted((DATA_DIR / "pending").glob("risk_dev*.jsonl"))
URGENT = {reason.value for reason in URGENT_REASONS}
# concern reasons, and any urgent reason when the harm is past and managed (the label
# guidelines: it "takes the historical reason")
CONCERN = {reason.value for reason in RiskReason}


def _rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_there_are_pending_sets_and_training_reads_none_of_them() -> None:
    assert len(PENDING) >= 11
    assert not set(PENDING) & {*DEV_SETS, PARAPHRASES}


@pytest.mark.parametrize("path", PENDING, ids=lambda p: p.stem)
def test_every_row_has_text_a_batch_and_a_label_the_screen_knows(path: Path) -> None:
    for row in _rows(path):
        assert set(row) == {"text", "risk", "risk_reason", "batch"}
        assert row["text"].strip() and row["batch"] == path.stem.removeprefix("risk_")
        allowed = {"urgent": URGENT, "concern": CONCERN, "none": {""}}[row["risk"]]
        assert row["risk_reason"] in allowed


def test_no_pending_message_repeats_one_already_in_the_data() -> None:
    seen: dict[str, str] = {}
    repeats = []  # which sets, never the text itself
    for path in sorted(DATA_DIR.glob("risk_*.jsonl")) + PENDING:
        for row in _rows(path):
            text = row["text"].strip().lower()
            if path in PENDING and text in seen:
                repeats.append((path.stem, seen[text]))
            seen.setdefault(text, path.stem)
    assert repeats == []

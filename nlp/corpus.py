"""The labelled message corpus: reading it, checking it and fingerprinting it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from core.analysis import Intent, Sentiment
from core.themes import THEME_IDS

DEFAULT_CORPUS = Path(__file__).resolve().parent / "data" / "labelled_messages.jsonl"
SPLITS = ("train", "test")


class CorpusError(ValueError):
    """The corpus file is missing or a line is not a valid labelled message."""


@dataclass(frozen=True)
class LabelledMessage:
    """One hand-labelled message."""

    id: str
    text: str
    themes: tuple[str, ...]
    intent: str
    sentiment: str
    risk: str
    risk_reason: str
    split: str


def load_corpus(
    path: Path | str = DEFAULT_CORPUS, split: str | None = None
) -> list[LabelledMessage]:
    """Read the corpus in file order, keeping only `split` when given."""
    if split is not None and split not in SPLITS:
        raise CorpusError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise CorpusError(f"cannot read corpus {path}: {e.strerror}") from e
    messages = [_parse(line, number) for number, line in enumerate(lines, 1) if line.strip()]
    return [m for m in messages if split is None or m.split == split]


def corpus_hash(path: Path | str = DEFAULT_CORPUS) -> str:
    """SHA-256 of the corpus file's bytes, to record which corpus a model was trained on."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _parse(line: str, number: int) -> LabelledMessage:
    try:
        row = json.loads(line)
        message = LabelledMessage(
            id=str(row["id"]),
            text=str(row["text"]),
            themes=tuple(row["themes"]),
            intent=row["intent"],
            sentiment=row["sentiment"],
            risk=row.get("risk", "none"),
            risk_reason=row.get("risk_reason", ""),
            split=row["split"],
        )
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        raise CorpusError(f"corpus line {number}: not a labelled message ({e!r})") from None
    _check(message, number)
    return message


def _check(message: LabelledMessage, number: int) -> None:
    unknown = [t for t in message.themes if t not in THEME_IDS]
    if unknown:
        raise CorpusError(f"corpus line {number}: unknown theme ids {unknown}")
    if message.intent not in set(Intent) or message.sentiment not in set(Sentiment):
        raise CorpusError(f"corpus line {number}: unknown intent or sentiment")
    if message.split not in SPLITS:
        raise CorpusError(f"corpus line {number}: unknown split {message.split!r}")

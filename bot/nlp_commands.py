"""`carevoice nlp train|evaluate` and `carevoice analyse`: the NLP models from the command line.

`analyse` reads JSON Lines (objects with a text field) or CSV (a text column) and writes each
row back with the analysis added. Errors name the input line and never quote message text.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from core.analysis import ANALYSIS_BATCH_SIZE

FORMATS = ("jsonl", "csv")
ADDED = ("themes", "sentiment", "intent", "risk", "risk_reason", "redacted")
_BY_SUFFIX = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl"}


@click.group("nlp")
def nlp_group() -> None:
    """Train and evaluate the theme, intent and sentiment models."""


@nlp_group.command("train")
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Models folder.")
@click.option("--seed", type=int, default=0, show_default=True)
def train_command(corpus: Path | None, out: Path | None, seed: int) -> None:
    """Train the risk screen's model, then the theme, intent and sentiment models (which
    take the risk verdict as a feature), on the corpus's train split; write versioned model
    directories."""
    from nlp.corpus import DEFAULT_CORPUS, CorpusError
    from nlp.risk_model import train_risk_model
    from nlp.themes import MODELS_DIR
    from nlp.training import train

    try:
        risk_dir = train_risk_model(corpus or DEFAULT_CORPUS, out or MODELS_DIR, seed=seed)
        click.echo(f"Risk model written to {risk_dir}; {_cross_validated(risk_dir)}")
        model_dir = train(corpus or DEFAULT_CORPUS, out or MODELS_DIR, seed=seed,
                          risk_model_dir=risk_dir)  # fmt: skip
    except CorpusError as e:
        raise click.ClickException(str(e)) from None
    scores = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))["scores"]
    click.echo(f"Model written to {model_dir}")
    click.echo("Scores on the test split: " + ", ".join(f"{k} {v}" for k, v in scores.items()))


def _cross_validated(risk_dir: Path) -> str:
    meta = json.loads((risk_dir / "meta.json").read_text(encoding="utf-8"))
    combined = meta["cross_validation"]["combined"]
    return (
        f"cross-validated urgent recall {combined['recall']}, "
        f"false alarms {combined['false_alarm_rate']}"
    )


@nlp_group.command("evaluate")
@click.option("--model", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", type=click.Choice(["test", "train"]), default="test", show_default=True)
def evaluate_command(model: Path | None, corpus: Path | None, split: str) -> None:
    """Print per-label scores of a model (default: the shipped one) on a corpus split, and
    the risk screen's figures on the independent holdout sets."""
    from nlp.corpus import DEFAULT_CORPUS, CorpusError
    from nlp.evaluation import evaluate
    from nlp.risk import RiskScreen
    from nlp.risk_evaluation import HOLDOUTS, read_labelled, score_risk
    from nlp.themes import ModelError

    try:
        report = evaluate(model, corpus or DEFAULT_CORPUS, split)
    except (CorpusError, ModelError) as e:
        raise click.ClickException(str(e)) from None
    click.echo(report.table())
    screen = RiskScreen.create()
    for name, path in HOLDOUTS.items():
        if path.exists():
            click.echo("\n" + score_risk(screen, read_labelled(path), name).table())


@click.command("analyse")
@click.argument("path", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Default: from the extension.")
@click.option("--text-column", default="text", show_default=True, help="Field holding the text.")
@click.option("--out", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--progress/--no-progress", default=None, help="Default: when stderr is a terminal.")
@click.option(
    "--batch-size", type=click.IntRange(1), default=ANALYSIS_BATCH_SIZE, show_default=True
)
def analyse_command(
    path: str, fmt: str | None, text_column: str, out: str, progress: bool | None, batch_size: int
) -> None:
    """Analyse messages from PATH (JSON Lines or CSV; "-" for stdin) and write them with
    themes, sentiment, intent, risk, risk_reason and redacted text added."""
    fmt = fmt or _BY_SUFFIX.get(Path(path).suffix.lower(), "jsonl")
    with _binary_input(path) as stream:
        rows, fields = _read_rows(stream.read(), fmt, text_column)
    from nlp.analyser import Analyser

    analyser = Analyser.load()
    texts = (_clean(str(row[text_column])) for row in rows)
    results = analyser.analyse_many(texts, batch_size=batch_size)
    show = sys.stderr.isatty() if progress is None else progress
    if show:
        from tqdm import tqdm

        results = iter(tqdm(results, total=len(rows), unit="msg", file=sys.stderr))
    with _text_output(out) as stream:
        _write_rows(stream, fmt, fields, rows, results)


class InputError(click.ClickException):
    """A row of the input cannot be analysed; the message names its line."""


def _read_rows(data: bytes, fmt: str, column: str) -> tuple[list[dict[str, Any]], list[str]]:
    text = _decode(data)
    if fmt == "csv":
        return _read_csv(text, column)
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            rows.append(_json_row(line, number, column))
    keys = list(dict.fromkeys(key for row in rows for key in row if key not in ADDED))
    return rows, keys


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(f"line {line}: the input is not UTF-8 text") from None


def _json_row(line: str, number: int, column: str) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        raise InputError(f"line {number}: not valid JSON") from None
    if not isinstance(row, dict):
        raise InputError(f"line {number}: expected a JSON object")
    _check_text(row.get(column), number, column)
    return row


def _read_csv(text: str, column: str) -> tuple[list[dict[str, Any]], list[str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = list(reader.fieldnames or [])
    if column not in fields:
        raise InputError(f"line 1: the CSV header has no column {column!r}")
    rows = []
    try:
        for row in reader:
            _check_text(row.get(column), reader.line_num, column)
            rows.append({key: value for key, value in row.items() if key is not None})
    except csv.Error as e:
        raise InputError(f"line {reader.line_num}: not valid CSV ({e})") from None
    return rows, [field for field in fields if field not in ADDED]


def _check_text(value: object, number: int, column: str) -> None:
    if value is None:
        raise InputError(f"line {number}: no {column!r} value")
    if not isinstance(value, str):
        raise InputError(f"line {number}: {column!r} must be a string")


def _clean(text: str) -> str:
    """Replace lone surrogates (possible in JSON escapes) so the text can be encoded."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _write_rows(
    stream: IO[str], fmt: str, fields: list[str], rows: list[dict[str, Any]], results: Iterator[Any]
) -> None:
    writer = (
        csv.DictWriter(stream, [*fields, *ADDED], extrasaction="ignore") if fmt == "csv" else None
    )
    if writer is not None:
        writer.writeheader()
    for row, analysis in zip(rows, results, strict=True):
        added = {
            "themes": list(analysis.themes),
            "sentiment": analysis.sentiment.value,
            "intent": analysis.intent.value,
            "risk": analysis.risk.level.value,
            "risk_reason": analysis.risk.reason,
            "redacted": analysis.redacted,
        }
        if writer is None:
            stream.write(json.dumps({**row, **added}, ensure_ascii=False) + "\n")
        else:
            writer.writerow({**row, **added, "themes": ";".join(analysis.themes)})


@contextmanager
def _binary_input(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        with open(path, "rb") as stream:
            yield stream
    except OSError as e:
        raise click.ClickException(f"cannot read {path}: {e.strerror}") from None


@contextmanager
def _text_output(out: str) -> Iterator[IO[str]]:
    try:
        binary = sys.stdout.buffer if out == "-" else open(out, "wb")  # noqa: SIM115
    except OSError as e:
        raise click.ClickException(f"cannot write {out}: {e.strerror}") from None
    stream = io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="")
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()
        if out != "-":
            binary.close()

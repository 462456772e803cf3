"""The `nlp` and `analyse` commands, driven with click's CliRunner."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from bot.nlp_commands import analyse_command, nlp_group
from nlp.analyser import Analyser

SHARED: dict[str, Analyser] = {}


@pytest.fixture(autouse=True)
def one_analyser(monkeypatch):
    """Load the analyser once for the module, not once per command run."""
    if "analyser" not in SHARED:
        SHARED["analyser"] = Analyser.load()
    monkeypatch.setattr(Analyser, "load", classmethod(lambda cls, *a, **k: SHARED["analyser"]))


def run(*args, stdin=None):
    return CliRunner().invoke(analyse_command, list(args), input=stdin)


def test_a_csv_with_a_custom_column_round_trips(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text('id,message\n1,my sw never visits\n2,"ring me on 07700 900123"\n')
    result = run(str(source), "--text-column", "message", "--out", str(tmp_path / "out.csv"))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text())))
    assert [row["id"] for row in rows] == ["1", "2"]
    assert rows[0]["message"] == "my sw never visits"
    assert "social_worker" in rows[0]["themes"].split(";")
    assert "07700" not in rows[1]["redacted"]
    assert set(rows[0]) >= {"sentiment", "intent", "risk", "risk_reason"}


def test_jsonl_from_stdin_to_stdout():
    stdin = '{"text": "can i get an advocate for my review", "n": 1}\n{"text": ""}\n'
    result = run(stdin=stdin)
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["n"] == 1 and first["intent"] == "advocacy"
    assert "voice_rights" in first["themes"]
    assert second["themes"] == [] and second["risk"] == "none"


def test_invalid_json_names_the_line_without_a_traceback():
    result = run(stdin='{"text": "ok"}\n{"text": oops}\n')
    assert result.exit_code != 0
    assert "line 2" in result.output and "Traceback" not in result.output


def test_a_missing_text_column_names_the_line():
    result = run("--format", "csv", "--text-column", "body", stdin="id,text\n1,hi\n")
    assert result.exit_code != 0 and "line 1" in result.output
    result = run(stdin='{"text": "hi"}\n{"body": "hi"}\n')
    assert result.exit_code != 0 and "line 2" in result.output


def test_odd_unicode_is_written_safely():
    stdin = json.dumps({"text": "bad \ud800 surrogate 🙃 \u200b"}) + "\n"
    result = run(stdin=stdin)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["sentiment"]


def test_evaluate_prints_a_row_per_label():
    result = CliRunner().invoke(nlp_group, ["evaluate", "--split", "test"])
    assert result.exit_code == 0, result.output
    for label in ("social_worker", "digital", "advocacy", "mixed", "urgent_recall"):
        assert label in result.output
    holdout = result.output.split("Risk screen on the holdout set", 1)[1]
    assert "urgent_recall" in holdout and "forced_marriage" in holdout


def test_train_writes_a_model_from_a_corpus(tmp_path, monkeypatch):
    import nlp.risk_training as risk_training
    from tests.nlp.test_training import write_tiny_corpus

    # The command, not the data: train on one development set of the twenty-eight so the
    # risk model trains in seconds (the shipped model is checked to have been trained on them all).
    full, first = risk_training.load_examples, risk_training.DEV_SETS[:1]
    monkeypatch.setattr(
        risk_training, "load_examples", lambda screen, path=None: full(screen, path, dev_sets=first)
    )
    corpus = write_tiny_corpus(tmp_path / "tiny.jsonl", train_size=60, test_size=20)
    result = CliRunner().invoke(
        nlp_group, ["train", "--corpus", str(corpus), "--out", str(tmp_path), "--seed", "1"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "carevoice-themes-1.0.0" / "meta.json").exists()

"""The themes report CLI on a temporary SQLite file with fictional analysed messages.

Threshold 5. January: 6 young people (in care, 11–17) negative about school; 2 care leavers
positive about money. February: 5 in care (11–17) negative and 5 care leavers positive
about school; one young person (in care, 8–11) sends 7 neutral messages about health.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections import Counter
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from bot.report_commands import reanalyse_command, report_group
from core.people import AgeBand, Cohort
from storage.encryption import new_data_key
from storage.migrate import upgrade
from storage.store import Store
from storage.tables import FeedbackRow, PersonRow

KEY = new_data_key()
IN_CARE_TEEN, LEAVER, IN_CARE_YOUNG = (
    (Cohort.IN_CARE, AgeBand.TEEN),
    (Cohort.CARE_LEAVER, AgeBand.LEAVER),
    (Cohort.IN_CARE, AgeBand.YOUNG),
)
# (day, group, theme, sentiment, how many people, messages each)
SEED = [
    ("2025-01-10", IN_CARE_TEEN, "education", "negative", 6, 1),
    ("2025-01-12", LEAVER, "money", "positive", 2, 1),
    ("2025-02-10", IN_CARE_TEEN, "education", "negative", 5, 1),
    ("2025-02-11", LEAVER, "education", "positive", 5, 1),
    ("2025-02-12", IN_CARE_YOUNG, "health_wellbeing", "neutral", 1, 7),
]
RAW = "Raw words from Jamie Example at 12 Imaginary Road about"
REDACTED = "Redacted words from [NAME] at [ADDRESS] about"


async def seed(url: str) -> None:
    store = Store.connect(url, [KEY], "lookup")
    await upgrade(store.engine)
    try:
        async with store.unit_of_work() as uow:
            n = 0
            for day, (cohort, band), theme, sentiment, people, each in SEED:
                for _ in range(people):
                    n += 1
                    uow.session.add(_person(f"p{n}", cohort, band))
                    await uow.session.flush()  # the person before their messages
                    for m in range(each):
                        message = _message(store, f"p{n}", f"{n}-{m}", day, theme, sentiment)
                        uow.session.add(message)
    finally:
        await store.close()


def _person(person_id, cohort, band):
    created = datetime(2024, 12, 1, tzinfo=UTC)
    return PersonRow(
        id=person_id, status="active", cohort=cohort.value, age_band=band.value, created_at=created
    )


def _message(store, person_id, reference, day, theme, sentiment):
    return FeedbackRow(
        reference=f"CV-{reference}",
        person_id=person_id,
        kind="views",
        text_enc=store.cipher.encrypt(f"{RAW} {theme} and it matters to me a lot"),
        risk_level="none",
        received_at=datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC),
        themes=[theme],
        sentiment=sentiment,
        intent="comment",
        redacted_enc=store.cipher.encrypt(f"{REDACTED} {theme} and it matters to me a lot"),
        analysis_version="test-model-1",
    )


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray .env
    url = f"sqlite+aiosqlite:///{tmp_path / 'report.db'}"
    asyncio.run(seed(url))
    return {
        "DATABASE_URL": url,
        "CAREVOICE_DATA_KEY": KEY,
        "CAREVOICE_LOOKUP_KEY": "lookup",
        "CAREVOICE_SUPPRESSION_THRESHOLD": "5",
        "CAREVOICE_TIMEZONE": "UTC",
    }


def run(env, *args):
    result = CliRunner().invoke(report_group, ["themes", *args], env=env)
    assert result.exit_code == 0, result.output
    return result.output


def true_counts():
    """Mentions by hand: (period, group, theme, sentiment) with "all" for totals."""
    counts = Counter()
    for day, (cohort, band), theme, sentiment, people, each in SEED:
        period = {"01": "Jan 2025", "02": "Feb 2025"}[day[5:7]]
        for group, feeling in (("all", sentiment), (f"{cohort.value}/{band.value}", "all")):
            for key_theme in (theme, "all"):
                counts[period, group, key_theme, feeling] += people * each
                if group == "all":
                    counts[period, group, key_theme, "all"] += people * each
    return counts


def test_csv_marks_hidden_figures_and_shows_true_counts(env):
    rows = list(
        csv.DictReader(
            io.StringIO(run(env, "--from", "2025-01-01", "--to", "2025-02-28", "--format", "csv"))
        )
    )
    figure = {(r["period"], r["group"], r["theme"], r["sentiment"]): r for r in rows}
    expected = true_counts()
    for key, row in figure.items():
        if row["count"] != "[c]":
            assert int(row["count"]) == expected[key], key
            assert row["note"] == ""
        else:
            assert "fewer than 5 behind it" in row["note"]
    assert figure["Feb 2025", "all", "education", "negative"]["count"] == "5"
    assert figure["Feb 2025", "all", "education", "all"]["count"] == "10"
    assert figure["Feb 2025", "care_leaver/16-25", "education", "all"]["count"] == "5"
    assert figure["Jan 2025", "all", "education", "negative"]["count"] == "6"
    hidden = [
        ("Jan 2025", "all", "money", "positive"),  # 2 people
        ("Jan 2025", "all", "money", "all"),
        ("Feb 2025", "all", "health_wellbeing", "neutral"),  # 7 messages, 1 person
        ("Feb 2025", "in_care/8-11", "health_wellbeing", "all"),
    ]
    assert all(figure[key]["count"] == "[c]" for key in hidden)


def test_html_report_has_charts_and_no_outside_resources_or_raw_text(env, tmp_path):
    out = tmp_path / "themes.html"
    run(env, "--from", "2025-01-01", "--to", "2025-02-28", "--out", str(out))
    html = out.read_text()
    assert "<svg" in html and "http://" not in html and "https://" not in html
    assert "Jamie" not in html and "Imaginary" not in html
    assert "Disclosure threshold</dt><dd>5" in html and "test-model-1" in html
    assert "1 Jan 2025 to 28 Feb 2025" in html
    assert f"{REDACTED} education" in html.replace("&#34;", '"')  # 11 people: quotable
    assert f"{REDACTED} money" not in html  # 2 people: not quotable
    assert "@media print" in html and "break-before: page" in html


def test_dates_in_the_wrong_order_are_refused(env):
    result = CliRunner().invoke(
        report_group, ["themes", "--from", "2025-03-01", "--to", "2025-01-01"], env=env
    )
    assert result.exit_code != 0 and "start date must not be after" in result.output


def test_reanalyse_uses_the_analyser_and_reports_how_many(env, monkeypatch):
    class Analyser:
        version = "test-model-1"

        def analyse_many(self, texts, batch_size):
            raise AssertionError("nothing is stale")

    monkeypatch.setattr("bot.report_commands.load_analyser", lambda: Analyser())
    result = CliRunner().invoke(reanalyse_command, ["--quiet"], env=env)
    assert result.exit_code == 0, result.output
    assert "Re-analysed 0 messages with analysis version test-model-1." in result.output

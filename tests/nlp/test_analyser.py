"""The whole analysis of a message, as the bot and the dashboard use it."""

import re

import pytest

from core.analysis import Intent, MessageAnalysis, RiskLevel
from nlp.analyser import Analyser, may_name_someone

PHONE = re.compile(r"07700\s?900\s?\d{3}")


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser.load()


@pytest.fixture(scope="module")
def fallback() -> Analyser:
    return Analyser.load(prefer_blank=True)


def test_redacted_text_has_no_phone_number(analyser):
    result = analyser.analyse("ring me on 07700 900123 after school pls")
    assert not PHONE.search(result.redacted)
    assert "[PHONE]" in result.redacted


def test_an_urgent_message_is_flagged_and_about_safety(analyser):
    result = analyser.analyse("i want to kill myself tonight")
    assert result.risk.level is RiskLevel.URGENT
    assert "safety" in result.themes


def test_a_message_about_a_social_worker(analyser):
    result = analyser.analyse("my sw never visits")
    assert result.themes[0] == "social_worker"
    assert result.risk.level is RiskLevel.NONE


def test_an_advocacy_request(analyser):
    result = analyser.analyse("can i get an advocate for my review")
    assert result.intent is Intent.ADVOCACY
    assert "voice_rights" in result.themes


def test_analyse_many_keeps_order_and_agrees_with_analyse(analyser):
    texts = ["my sw never visits", "", "i love my foster carers", "my pocket money is late"]
    many = list(analyser.analyse_many(texts, batch_size=3))
    assert many == [analyser.analyse(text) for text in texts]


@pytest.mark.parametrize(
    "text",
    ["", "\u200b\u200b", "🙃🙃🙃", "e\u0301cole", "ＦＵＬＬＷＩＤＴＨ sw", "\x00 nul", "a" * 5000],
)
def test_odd_and_empty_text_is_analysed(analyser, text):
    assert isinstance(analyser.analyse(text), MessageAnalysis)


def test_the_fallback_gives_the_same_themes_without_an_english_model(analyser, fallback):
    texts = ["my sw never visits", "school is good but my pa keeps changing"]
    for mine, theirs in zip(
        analyser.analyse_many(texts), fallback.analyse_many(texts), strict=True
    ):
        assert (mine.themes, mine.intent, mine.sentiment) == (
            theirs.themes, theirs.intent, theirs.sentiment,
        )  # fmt: skip


def test_the_fallback_still_redacts(fallback):
    assert not PHONE.search(fallback.analyse("my number is 07700900123").redacted)


def test_version_names_the_pipeline_and_the_model(analyser, fallback):
    assert "carevoice-themes 1.0.0" in analyser.version
    assert analyser.version != fallback.version


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i love it", False),
        ("I love it, I'm fine", False),
        ("my sw Jade", True),
        ("Jade is ok", True),
    ],
)
def test_the_recogniser_runs_only_where_a_name_could_be(text, expected):
    assert may_name_someone(text) is expected

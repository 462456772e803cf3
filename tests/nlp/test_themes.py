"""Themes, intent and sentiment from the shipped model and the cue rules."""

import pytest
import spacy
from spacy.tokens import Doc

from core.analysis import NO_RISK, Intent, RiskAssessment, RiskLevel
from core.themes import THEME_IDS
from nlp.cue_lexicon import STRONG_THEME_CUES
from nlp.cues import CueMatcher
from nlp.themes import (
    CLASSIFIER_DIR,
    DEFAULT_MODEL_DIR,
    TextClassifier,
    feature_words,
    shared_bags_of_words,
)


@pytest.fixture(scope="module")
def classifier() -> TextClassifier:
    return TextClassifier.load()


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my sw never visits", "social_worker"),
        ("my PA is rubbish cos she never rings", "social_worker"),
        ("my foster carer is lovely", "home_placement"),
        ("i got excluded from skool again", "education"),
        ("been on the CAMHS waiting list for ages", "health_wellbeing"),
        ("when do i get my pathway plan", "leaving_care"),
        ("my pocket money hasnt been paid", "money"),
        ("the wifi in the home goes off at 10", "digital"),
    ],
)
def test_a_strong_cue_gives_its_theme(classifier, text, theme):
    assert theme in classifier.classify(text).themes


def test_asking_for_an_advocate_is_advocacy_about_being_listened_to(classifier):
    result = classifier.classify("can i get an advocate for my review")
    assert result.intent is Intent.ADVOCACY
    assert "voice_rights" in result.themes


def test_asking_about_advocacy_is_not_a_request(classifier):
    result = classifier.classify("whats the difference between an advocate and an iro")
    assert result.intent is not Intent.ADVOCACY


@pytest.mark.parametrize("text", ["", "   ", "hi", "👍", "ok"])
def test_content_free_messages_have_no_theme(classifier, text):
    assert classifier.classify(text).themes == ()


def test_an_urgent_verdict_makes_the_message_about_safety(classifier):
    risk = RiskAssessment(RiskLevel.URGENT, "self_harm", ("self_harm:cutting",))
    result = classifier.classify("i did it again last night", risk)
    assert result.themes[0] == "safety"
    assert "health_wellbeing" in result.themes


def test_themes_are_known_ids_and_at_most_three(classifier):
    text = "my sw and my foster carer and my teacher and my PA had a meeting about my pocket money"
    result = classifier.classify(text, NO_RISK)
    assert 0 < len(result.themes) <= 3
    assert set(result.themes) <= set(THEME_IDS)


def test_cues_explain_the_result_with_lexicon_phrases_not_user_words(classifier):
    result = classifier.classify("my sw Jade never visits")
    assert "theme:social_worker:social worker" in result.cues
    assert not any("jade" in cue.lower() for cue in result.cues)


def test_every_strong_cue_is_for_a_known_theme():
    assert set(STRONG_THEME_CUES) <= set(THEME_IDS)


def test_longer_cues_win_over_the_words_inside_them():
    prepared = CueMatcher().prepare("my foster mum is great")
    assert "home_placement" in prepared.labels("theme")
    assert "family_friends" not in prepared.labels("hint")


def test_scoring_without_docs_gives_exactly_spacys_cats(classifier):
    texts = ["my sw never visits", "idk lol", "the food here is good but the staff r rude"]
    prepared = [CueMatcher().prepare(text) for text in texts]
    nlp = spacy.load(DEFAULT_MODEL_DIR / CLASSIFIER_DIR)
    assert shared_bags_of_words(nlp) is not None
    spacy_own = nlp.pipe(Doc(nlp.vocab, words=feature_words(p)) for p in prepared)
    shared = classifier.score(prepared, [NO_RISK] * len(texts), batch_size=2)
    assert shared == [doc.cats for doc in spacy_own]

"""Emerging topics: shared, uncovered phrases only; never a placeholder, digits or one voice."""

import pytest

from nlp.emerging import emerging_topics
from nlp.pipeline import load_pipeline

BUS = [f"the vending machine {word} is awful" for word in ("really", "so", "just", "well", "too")]


@pytest.fixture(params=[False, True], ids=["model", "blank"])
def pipeline(request):
    return load_pipeline(prefer_blank=request.param)


def phrases(texts, pipeline, min_messages=3):
    return {
        topic.phrase: topic.messages for topic in emerging_topics(texts, pipeline, min_messages)
    }


def test_a_phrase_from_enough_messages_emerges_with_its_count(pipeline):
    found = phrases(BUS, pipeline)
    assert any("vending machine" in phrase for phrase in found)
    assert max(found.values()) == 5


def test_a_phrase_from_too_few_messages_does_not(pipeline):
    texts = ["the vending machine is awful"] + ["nothing to add here"] * 4
    assert not any("vending" in phrase for phrase in phrases(texts, pipeline))


def test_repeats_in_one_message_count_once(pipeline):
    texts = ["vending machine vending machine vending machine"] + ["hello there"] * 4
    assert not any("vending" in phrase for phrase in phrases(texts, pipeline, min_messages=2))


def test_placeholders_and_digits_never_come_out(pipeline):
    texts = [f"[NAME] said the vending machine 77 at [ADDRESS] {i}" for i in range(6)]
    found = phrases(texts, pipeline)
    assert not any("[" in p or "name" in p or "address" in p for p in found)
    assert not any(ch.isdigit() for p in found for ch in p)


def test_phrases_the_taxonomy_covers_are_not_emerging(pipeline):
    texts = [f"my social worker and my pocket money {i}" for i in range(5)]
    found = phrases(texts, pipeline)
    assert not any("social" in p or "money" in p for p in found)

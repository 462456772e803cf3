"""Redaction of personal data, on the model pipeline and on the blank fallback."""

from __future__ import annotations

import re

import pytest

from nlp import redaction_patterns
from nlp.corpus import load_corpus
from nlp.pipeline import LoadedPipeline
from nlp.redaction import NEEDS, Redactor, relation_matches

CASES = [
    ("ring me on 07700 900123", "ring me on [PHONE]"),
    ("my number is +44 7700 900 123 ok", "my number is [PHONE] ok"),
    ("call 07700-900-123 after school", "call [PHONE] after school"),
    ("the office is (01632) 960123", "the office is [PHONE]"),
    ("email me jade.s@example.com pls", "email me [EMAIL] pls"),
    ("i live near ZZ1 1ZZ", "i live near [POSTCODE]"),
    ("postcode zz11zz", "postcode [POSTCODE]"),
    ("I live at 12 Acacia Avenue now", "I live at [ADDRESS] now"),
    ("flat 3, 14 High St is damp", "[ADDRESS] is damp"),
    ("i was born on 3/4/2010", "i was born on [DOB]"),
    ("DOB 03.04.10", "DOB [DOB]"),
    ("my birthday is 3rd April 2010", "my birthday is [DOB]"),
    ("my nhs number is 943 476 5919", "my nhs number is [NHS_NUMBER]"),
    ("NI number QQ 12 34 56 C", "NI number [NI_NUMBER]"),
    ("add me @jade_x on insta", "add me [HANDLE] on insta"),
    ("look at https://example.org/page?id=2 now", "look at [URL] now"),
    ("my sw Jade is lovely", "my sw [NAME] is lovely"),
    ("my sw jade never rings back", "my sw [NAME] never rings back"),
    ("my foster carer called Mike is strict", "my foster carer called [NAME] is strict"),
    ("my brother Tyler moved", "my brother [NAME] moved"),
    ("Miss Patel helped me", "[NAME] helped me"),
    ("my name is Kayden", "my name is [NAME]"),
]

KEPT = [
    "I went to CAMHS with Mum and Nan on Monday",
    "NYAS and Childline and Barnardo's and Coram Voice helped",
    "Ofsted came to the home, my IRO and my PA were there, and the council sent a GP",
    "the CiCC meets in March, thank God",
    "my sw is nice and my dad's house is big",
    "my sw came round and my mum said hi",
    "i have 2 brothers and 3 sisters",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_redacts_personal_data(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_keeps_services_family_words_and_ordinary_text(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


def test_messy_message_with_several_kinds(redactor: Redactor) -> None:
    text = (
        "omg my pa Jade said ring 07700\u200b900123 😭 or email jade@example.net "
        "i’m at 4 Birch Parade ZZ9 9ZZ"
    )
    redacted = redactor.redact(text)
    for secret in ("Jade", "07700", "900123", "jade@", "Birch", "ZZ9"):
        assert secret not in redacted
    for placeholder in ("[NAME]", "[PHONE]", "[EMAIL]", "[ADDRESS]", "[POSTCODE]"):
        assert placeholder in redacted
    assert "😭" in redacted and "i'm" in redacted


def test_zero_width_space_between_words_separates_them(redactor: Redactor) -> None:
    assert redactor.redact("my mate\u200bKyle") == "my mate [NAME]"


def test_model_finds_names_the_rules_cannot(model_pipeline: LoadedPipeline) -> None:
    redacted = Redactor(model_pipeline).redact("Yesterday Jessica Thompson came to visit.")
    assert "Jessica" not in redacted and "[NAME]" in redacted


def test_redact_doc_reuses_an_existing_parse(model_pipeline: LoadedPipeline) -> None:
    doc = model_pipeline.nlp("Yesterday Jessica Thompson rang 07700 900123.")
    assert Redactor(model_pipeline).redact_doc(doc) == "Yesterday [NAME] rang [PHONE]."


@pytest.mark.parametrize(("pattern", "need"), NEEDS.items())
def test_a_pattern_skipped_for_want_of_its_need_cannot_match_without_it(
    pattern: re.Pattern[str], need: re.Pattern[str]
) -> None:
    texts = [text for text, _ in CASES] + [message.text for message in load_corpus()]
    assert not [i for i, text in enumerate(texts) if pattern.search(need.sub("", text))]


def test_relation_matches_are_the_full_patterns_matches() -> None:
    tricky = [
        "my SW Jade", "MY BROTHER TYLER", "best  friend amy", "social worker, Bob",
        "keyworker Sam", "key  worker sam", "my s/w jade", "mum's mate Kyle", "x-mum Jo",
        "1mum Jo", "my bro\u212a Jo", "\u017fis Jo", "my mate\u2028Jo", "\U0001f62d my sw jade",
        "socialworker Jo", "mum\tJo",
    ]  # fmt: skip
    texts = tricky + [text for text, _ in CASES] + [message.text for message in load_corpus()]
    for text in texts:
        expected = [m.span() for m in redaction_patterns.NAME_AFTER_RELATION.finditer(text)]
        assert [m.span() for m in relation_matches(text)] == expected, text

import pytest

from core.codes import (
    ALPHABET,
    INVITE_LENGTH,
    looks_like_invite_code,
    new_invite_code,
    new_reference,
    normalise_code,
)


def test_invite_codes_use_only_unambiguous_characters():
    codes = {new_invite_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(code) == INVITE_LENGTH and set(code) <= set(ALPHABET) for code in codes)
    assert not set("0O1IL5S2Z") & set(ALPHABET)


def test_references_look_like_cv_and_four_characters():
    reference = new_reference()
    assert reference.startswith("CV-") and len(reference) == 7


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("abcd 3467", "ABCD3467"), ("  AbCd-3467 ", "ABCD3467"), ("ab\ncd34\t67", "ABCD3467")],
)
def test_typed_codes_are_normalised(typed, expected):
    assert normalise_code(typed) == expected


@pytest.mark.parametrize(
    ("typed", "is_code"),
    [
        ("ABCD3467", True),
        ("abcd-3467", True),
        ("hello there", False),
        ("ABCD1467", False),
        ("ABCD34678", False),
        ("my room is cold", False),
    ],
)
def test_only_code_shaped_text_counts_as_a_guess(typed, is_code):
    assert looks_like_invite_code(typed) is is_code

"""Telegram's checks on text, formatting, markup and flood limits."""

import pytest

from bot.simulator.errors import ApiError
from bot.simulator.formatting import message_text, parse_formatted
from bot.simulator.markup import checked_markup, inline_part
from bot.simulator.ratelimit import RateLimiter


@pytest.mark.parametrize(
    ("text", "mode", "plain", "entities"),
    [
        ("plain *text*", None, "plain *text*", []),
        ("<b>Hi</b> you", "HTML", "Hi you", [("bold", 0, 2)]),
        ("<i>a<b>bc</b></i>", "html", "abc", [("italic", 0, 3), ("bold", 1, 2)]),
        ("😀<u>x</u>", "HTML", "😀x", [("underline", 2, 1)]),
        ("a &lt;3 &amp; b", "HTML", "a <3 & b", []),
        ("*Hi* \\. [you](https://x.org)", "MarkdownV2", "Hi . you", []),
        ("`a.b` _c_", "MarkdownV2", "a.b c", []),
        ("*Hi* there.", "Markdown", "Hi there.", []),
    ],
)
def test_formatted_text_becomes_plain_text_and_entities(text, mode, plain, entities) -> None:
    parsed, found = parse_formatted(text, mode)
    assert parsed == plain
    assert [(e["type"], e["offset"], e["length"]) for e in found] == entities


def test_html_link_keeps_its_url() -> None:
    _, [entity] = parse_formatted('<a href="https://x.org">here</a>', "HTML")
    assert entity["url"] == "https://x.org"


@pytest.mark.parametrize(
    ("text", "mode", "reason"),
    [
        ("", None, "message text is empty"),
        (None, None, "message text is empty"),
        ("  \n ", None, "message text is empty"),
        ("<b></b>", "HTML", "message text is empty"),
        ("x" * 4097, None, "message is too long"),
        ("<b>" + "x" * 4097 + "</b>", "HTML", "message is too long"),
        ("line<br>break", "HTML", "Unsupported start tag"),
        ("<b>open", "HTML", "Can't find end tag"),
        ("<b>x</i>", "HTML", "Unmatched end tag"),
        ("Done.", "MarkdownV2", "Character '.' is reserved"),
        ("hi", "Fancy", "unsupported parse_mode"),
    ],
)
def test_bad_text_is_refused(text, mode, reason) -> None:
    with pytest.raises(ApiError, match=reason) as caught:
        message_text(text, mode)
    assert caught.value.code == 400


def test_longest_text_is_accepted() -> None:
    assert message_text("<b>" + "x" * 4096 + "</b>", "HTML")[0] == "x" * 4096


def button(**fields) -> dict:
    return {"inline_keyboard": [[{"text": "Go", **fields}]]}


@pytest.mark.parametrize(
    "markup",
    [
        None,
        button(callback_data="x" * 64),
        button(callback_data="é" * 32),
        button(url="https://example.org"),
        {"keyboard": [["Yes", {"text": "No"}]]},
        {"remove_keyboard": True},
    ],
)
def test_good_markup_is_accepted(markup) -> None:
    assert checked_markup(markup) == markup


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        (button(callback_data="x" * 65), "BUTTON_DATA_INVALID"),
        (button(callback_data="é" * 33), "BUTTON_DATA_INVALID"),
        (button(callback_data=""), "BUTTON_DATA_INVALID"),
        (button(), "must have exactly one optional field"),
        ({"inline_keyboard": [["Go"]]}, "can't parse inline keyboard button"),
        ({"inline_keyboard": "Go"}, "must be an Array"),
        ({"buttons": []}, "can't parse reply keyboard markup"),
        ("[]", "can't parse reply keyboard markup"),
    ],
)
def test_bad_markup_is_refused(markup, reason) -> None:
    with pytest.raises(ApiError, match=reason):
        checked_markup(markup)


@pytest.mark.parametrize(
    ("markup", "inline"),
    [
        (button(callback_data="x"), button(callback_data="x")),
        ({"inline_keyboard": []}, None),
        ({"keyboard": [["Yes"]]}, None),
        (None, None),
    ],
)
def test_only_inline_keyboards_travel_with_the_message(markup, inline) -> None:
    assert inline_part(markup) == inline


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limiter_is_off_by_default() -> None:
    limiter = RateLimiter()
    for _ in range(100):
        limiter.check(1)


def test_rate_limiter_allows_a_burst_then_one_a_second_per_chat() -> None:
    clock = FakeClock()
    limiter = RateLimiter(is_enabled=True, clock=clock)
    for _ in range(3):
        limiter.check(1)
    with pytest.raises(ApiError, match="Too Many Requests: retry after 1") as caught:
        limiter.check(1)
    assert (caught.value.code, caught.value.to_json()["parameters"]) == (429, {"retry_after": 1})
    limiter.check(2)  # another chat is not held back
    clock.now += 1.0
    limiter.check(1)


def test_rate_limiter_caps_all_chats_together() -> None:
    clock = FakeClock()
    limiter = RateLimiter(is_enabled=True, overall=(30.0, 30.0), clock=clock)
    for chat_id in range(30):
        limiter.check(chat_id)
    with pytest.raises(ApiError) as caught:
        limiter.check(99)
    assert caught.value.retry_after == 1

"""The pure chat and update store, driven without a server."""

import pytest

from bot.simulator.errors import ApiError, ControlError
from bot.simulator.objects import bot_object
from bot.simulator.state import SimState

BOT = bot_object(42, "CareVoice", "CareVoiceDemoBot")
KEYBOARD = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}


@pytest.fixture
def state() -> SimState:
    return SimState(BOT, clock=lambda: 1_700_000_000.5)


def text(value: str) -> dict:
    return {"text": value, "entities": []}


def test_message_ids_count_per_chat_and_seq_counts_globally(state: SimState) -> None:
    first = state.user_sends_text(1, "hi")
    other = state.user_sends_text(2, "hello")
    reply = state.bot_sends(1, text("welcome"), None)
    assert (first.message_id, other.message_id, reply["message_id"]) == (1, 1, 2)
    assert [event["seq"] for event in state.transcript(1)] == [1, 3]


def test_user_message_is_a_message_update(state: SimState) -> None:
    receipt = state.user_sends_text(7, "hi", first_name="Alex")
    [update] = state.updates.take(100)
    message = update["message"]
    assert update["update_id"] == receipt.update_id
    assert message["chat"] == {"id": 7, "type": "private", "first_name": "Alex"}
    assert (message["from"]["id"], message["from"]["is_bot"]) == (7, False)
    assert (message["date"], message["text"]) == (1_700_000_000, "hi")


@pytest.mark.parametrize(
    ("sent", "entity_length"),
    [("/start ABC", 6), ("/start", 6), ("/help@CareVoiceDemoBot", 22), ("/mood\nok", 5)],
)
def test_user_command_gets_a_bot_command_entity(state, sent, entity_length) -> None:
    state.user_sends_text(1, sent)
    [entity] = state.updates.take(1)[0]["message"]["entities"]
    assert entity == {"type": "bot_command", "offset": 0, "length": entity_length}


@pytest.mark.parametrize("sent", ["hello /start", "/", "/start-now"])
def test_text_that_is_not_a_command_has_no_entity(state, sent) -> None:
    state.user_sends_text(1, sent)
    assert "entities" not in state.updates.take(1)[0]["message"]


def test_bot_cannot_write_to_an_unknown_chat(state: SimState) -> None:
    with pytest.raises(ApiError, match="chat not found") as caught:
        state.bot_sends(5, text("hi"), None)
    assert caught.value.code == 400


def test_bot_cannot_write_to_a_chat_that_blocked_it(state: SimState) -> None:
    state.user_sends_text(5, "hi")
    state.set_blocked(5, is_blocked=True)
    with pytest.raises(ApiError, match="blocked by the user") as caught:
        state.bot_sends(5, text("hi"), None)
    assert caught.value.code == 403
    assert "my_chat_member" in state.updates.take(100)[-1]


def test_blocked_user_cannot_send_until_unblocked(state: SimState) -> None:
    state.user_sends_text(5, "hi")
    state.set_blocked(5, is_blocked=True)
    with pytest.raises(ControlError):
        state.user_sends_text(5, "again")
    state.set_blocked(5, is_blocked=False)
    assert state.user_sends_text(5, "again").message_id == 2


def test_edit_without_markup_removes_keyboard(state: SimState) -> None:
    state.user_sends_text(1, "hi")
    sent = state.bot_sends(1, text("pick"), KEYBOARD)
    edited = state.bot_edits(1, sent["message_id"], text("picked"), None)
    assert "reply_markup" not in edited
    assert edited["edit_date"] == 1_700_000_000
    assert state.transcript(1)[-1] | {"seq": 0} == {
        "type": "message",
        "seq": 0,
        "updated_seq": 3,
        "message_id": 2,
        "from": "bot",
        "kind": "text",
        "text": "picked",
        "reply_markup": None,
        "edited": True,
        "deleted": False,
    }


def test_unchanged_edit_is_refused(state: SimState) -> None:
    state.user_sends_text(1, "hi")
    sent = state.bot_sends(1, text("pick"), KEYBOARD)
    with pytest.raises(ApiError, match="message is not modified"):
        state.bot_edits(1, sent["message_id"], text("pick"), KEYBOARD)
    with pytest.raises(ApiError, match="message is not modified"):
        state.bot_edits(1, sent["message_id"], None, KEYBOARD)


@pytest.mark.parametrize(
    ("message_id", "reason"), [(99, "message to edit not found"), (1, "message can't be edited")]
)
def test_bot_edits_only_its_own_existing_messages(state, message_id, reason) -> None:
    state.user_sends_text(1, "hi")
    with pytest.raises(ApiError, match=reason):
        state.bot_edits(1, message_id, text("x"), None)


def test_deleted_message_stays_in_transcript_flagged(state: SimState) -> None:
    state.user_sends_text(1, "hi")
    state.bot_deletes(1, 1)
    assert state.transcript(1)[0]["deleted"] is True
    with pytest.raises(ApiError, match="message to delete not found"):
        state.bot_deletes(1, 1)


def test_press_queues_callback_query_with_the_message(state: SimState) -> None:
    state.user_sends_text(1, "hi")
    sent = state.bot_sends(1, text("pick"), KEYBOARD)
    receipt = state.user_presses(1, sent["message_id"], "forged")
    query = state.updates.take(100)[-1]["callback_query"]
    assert query["id"] == receipt.callback_query_id
    assert (query["data"], query["message"]["message_id"]) == ("forged", 2)
    assert query["from"]["id"] == 1 and query["chat_instance"]


def test_press_needs_a_bot_message(state: SimState) -> None:
    state.user_sends_text(1, "hi")
    with pytest.raises(ControlError):
        state.user_presses(1, 1, "data")


def test_callback_query_is_answered_once(state: SimState) -> None:
    state.user_sends_text(1, "hi")
    sent = state.bot_sends(1, text("pick"), KEYBOARD)
    query_id = state.user_presses(1, sent["message_id"], "yes").callback_query_id
    state.bot_answers(query_id, "Saved", show_alert=True)
    with pytest.raises(ApiError, match="query is too old"):
        state.bot_answers(query_id, None, show_alert=False)
    assert state.transcript(1)[-1] | {"seq": 0, "updated_seq": 0} == {
        "type": "callback_answer",
        "seq": 0,
        "updated_seq": 0,
        "message_id": 2,
        "from": "bot",
        "text": "Saved",
        "show_alert": True,
    }


def test_queued_update_is_a_snapshot(state: SimState) -> None:
    sent = state.user_sends_text(1, "frist")
    state.user_edits(1, sent.message_id, "first")
    message, edited = state.updates.take(100)
    assert (message["message"]["text"], edited["edited_message"]["text"]) == ("frist", "first")
    assert "edit_date" in edited["edited_message"]


def test_bot_events_after_lists_only_bot_changes(state: SimState) -> None:
    state.user_sends_text(1, "hi")
    sent = state.bot_sends(1, text("one"), KEYBOARD)
    state.user_sends_text(1, "more")
    assert [e["text"] for e in state.bot_events_after(1, 0)] == ["one"]
    assert state.bot_events_after(1, 3) == []
    state.bot_edits(1, sent["message_id"], text("two"), None)
    assert [e["text"] for e in state.bot_events_after(1, 3)] == ["two"]


def test_every_change_is_announced(state: SimState) -> None:
    changes: list[None] = []
    watched = SimState(BOT, on_change=lambda: changes.append(None))
    watched.user_sends_text(1, "hi")
    before = len(changes)
    watched.bot_sends(1, text("hello"), None)
    watched.confirm_updates(2)
    assert len(changes) >= before + 2 and watched.is_idle()


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "document"])
def test_media_messages_carry_file_ids(state, kind) -> None:
    state.user_sends_media(3, kind)
    message = state.updates.take(1)[0]["message"]
    media = message[kind][-1] if kind == "photo" else message[kind]
    assert media["file_id"] and media["file_unique_id"]
    assert state.transcript(3)[0]["kind"] == kind


def test_unknown_media_kind_is_refused(state: SimState) -> None:
    with pytest.raises(ControlError, match="kind must be one of"):
        state.user_sends_media(3, "video")

"""The Bot API over raw HTTP: envelopes, parameter encodings and long polling."""

import asyncio
import json
import time

import aiohttp
import pytest
from telegram import Bot
from telegram.error import RetryAfter

from bot.simulator.server import Simulator


@pytest.fixture
def call(http, simulator: Simulator, token: str):
    """Return a function that posts one Bot API call and gives (status, body)."""

    async def post(method: str, token: str = token, **kwargs) -> tuple:
        url = f"{simulator.url}/bot{token}/{method}"
        async with http.post(url, **kwargs) as response:
            return response.status, await response.json()

    return post


async def test_wrong_token_is_unauthorized(call) -> None:
    status, body = await call("getMe", token="1:wrong")
    assert (status, body) == (401, {"ok": False, "error_code": 401, "description": "Unauthorized"})


async def test_unknown_method_is_not_found(call) -> None:
    status, body = await call("sendPigeon")
    assert (status, body["description"]) == (404, "Not Found")


async def test_methods_are_case_insensitive(call) -> None:
    status, body = await call("GETME")
    assert status == 200 and body["ok"]
    assert body["result"]["username"] == "CareVoiceDemoBot"
    assert body["result"]["id"] == 123456 and body["result"]["is_bot"] is True


@pytest.mark.parametrize("encoding", ["params", "json", "data", "multipart"])
async def test_parameters_arrive_in_any_encoding(call, simulator, encoding) -> None:
    simulator.state.user_sends_text(5, "hi")
    values = {"chat_id": "5", "text": "123", "reply_markup": json.dumps(KEYBOARD)}
    if encoding == "json":
        values = {"chat_id": 5, "text": "123", "reply_markup": KEYBOARD}
    if encoding == "multipart":
        form = aiohttp.FormData(values)
        form.add_field("photo", b"\x89PNG", filename="x.png")  # forces multipart
        values = form
    status, body = await call("sendMessage", **{_keyword(encoding): values})
    assert status == 200
    assert (body["result"]["text"], body["result"]["reply_markup"]) == ("123", KEYBOARD)


KEYBOARD = {"inline_keyboard": [[{"text": "OK", "callback_data": "ok"}]]}


def _keyword(encoding: str) -> str:
    return "data" if encoding == "multipart" else encoding


async def test_get_updates_returns_as_soon_as_an_update_arrives(bot: Bot, simulator) -> None:
    started = time.monotonic()
    polling = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.sleep(0.2)
    simulator.state.user_sends_text(5, "hi")
    [update] = await polling
    assert update.message.text == "hi"
    assert time.monotonic() - started < 3


async def test_offset_confirms_updates(bot: Bot, simulator) -> None:
    for text in ("one", "two"):
        simulator.state.user_sends_text(5, text)
    updates = await bot.get_updates(timeout=0, limit=1)
    assert [update.message.text for update in updates] == ["one"]
    updates = await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    assert [update.message.text for update in updates] == ["two"]
    assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()
    assert simulator.state.is_idle()


async def test_second_poller_terminates_the_first(call) -> None:
    first = asyncio.create_task(call("getUpdates", data={"timeout": "5"}))
    await asyncio.sleep(0.2)
    await call("getUpdates", data={"timeout": "0"})
    status, body = await first
    assert status == 409 and body["description"].startswith("Conflict: terminated by other")


async def test_webhook_conflict_has_telegrams_words(call) -> None:
    await call("setWebhook", data={"url": "https://example.org/hook"})
    status, body = await call("getUpdates")
    assert (status, body["description"]) == (
        409,
        "Conflict: can't use getUpdates method while webhook is active; "
        "use deleteWebhook to delete the webhook first",
    )


async def test_webhook_info_counts_pending_updates(bot: Bot, simulator) -> None:
    simulator.state.user_sends_text(5, "hi")
    await bot.set_webhook("https://example.org/hook", allowed_updates=["message"])
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count, info.allowed_updates) == (
        "https://example.org/hook",
        1,
        ("message",),
    )
    await bot.delete_webhook(drop_pending_updates=True)
    assert (await bot.get_webhook_info()).pending_update_count == 0


async def test_flood_control_answers_429_with_retry_after(bot: Bot, simulator, monkeypatch):
    # PTB 22 warns when it builds RetryAfter unless it may use timedeltas already.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    simulator.rate_limiter.is_enabled = True
    simulator.state.user_sends_text(5, "hi")
    for _ in range(3):
        await bot.send_message(5, "burst")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(5, "one too many")
    assert caught.value.retry_after.total_seconds() == 1


async def test_delete_message_then_again(call, bot: Bot, simulator) -> None:
    simulator.state.user_sends_text(5, "hi")
    sent = await bot.send_message(5, "bye")
    assert await bot.delete_message(5, sent.message_id)
    status, body = await call("deleteMessage", data={"chat_id": "5", "message_id": "2"})
    assert (status, body["description"]) == (400, "Bad Request: message to delete not found")


@pytest.mark.parametrize(
    ("method", "data", "description"),
    [
        ("sendMessage", {"text": "hi"}, "Bad Request: chat_id is empty"),
        ("sendMessage", {"chat_id": "@someone", "text": "hi"}, "Bad Request: chat not found"),
        ("sendMessage", {"chat_id": "5"}, "Bad Request: message text is empty"),
        ("sendMessage", {"chat_id": "5", "text": "hi", "reply_markup": "{"}, "can't parse"),
        ("editMessageText", {"chat_id": "5", "message_id": "9", "text": "x"}, "to edit not"),
        ("editMessageReplyMarkup", {"chat_id": "5", "message_id": "x"}, "invalid message_id"),
        ("sendChatAction", {"chat_id": "5", "action": "dancing"}, "wrong parameter action"),
        ("setMyCommands", {"commands": '[{"command": "Start", "description": "x"}]'}, "INVALID"),
    ],
)
async def test_bad_requests_use_telegrams_words(call, simulator, method, data, description):
    simulator.state.user_sends_text(5, "hi")
    status, body = await call(method, data=data)
    assert (status, body["ok"], body["error_code"]) == (400, False, 400)
    assert description in body["description"]


async def test_chat_action_is_accepted(bot: Bot, simulator) -> None:
    simulator.state.user_sends_text(5, "hi")
    assert await bot.send_chat_action(5, "typing")


async def test_close_and_log_out_are_accepted(call) -> None:
    for method in ("close", "logOut"):
        assert await call(method) == (200, {"ok": True, "result": True})


async def test_stop_releases_a_pending_long_poll(call, simulator) -> None:
    polling = asyncio.create_task(call("getUpdates", data={"timeout": "30"}))
    await asyncio.sleep(0.2)
    started = time.monotonic()
    await simulator.stop()
    assert await polling == (200, {"ok": True, "result": []})
    assert time.monotonic() - started < 2

"""The control API and the chat page, driven over HTTP."""

import asyncio
import time

import pytest

from bot.simulator import SimulatorClient, SimulatorError
from bot.simulator.server import Simulator

KEYBOARD = {"inline_keyboard": [[{"text": "Yes 👍", "callback_data": "answer:yes"}]]}
REPLY_KEYBOARD = {"keyboard": [["Fine", "Not great"]], "one_time_keyboard": True}


def bot_says(sim: Simulator, chat_id: int, text: str, markup: dict | None = None) -> dict:
    """Play the bot's part directly on the store."""
    return sim.state.bot_sends(chat_id, {"text": text}, markup)


async def test_send_returns_ids_and_the_transcript_records_it(client: SimulatorClient) -> None:
    chat = client.chat(21, first_name="Alex")
    receipt = await chat.send_text("hello")
    assert receipt == {"message_id": 1, "update_id": 1, "seq": 1}
    [event] = await chat.transcript()
    assert (event["from"], event["text"], event["edited"], event["deleted"]) == (
        "user",
        "hello",
        False,
        False,
    )


async def test_wait_returns_bot_events_after_seq(client, simulator) -> None:
    chat = client.chat(22)
    await chat.send_text("hi")
    bot_says(simulator, 22, "first")
    bot_says(simulator, 22, "second")
    assert [e["text"] for e in await chat.wait_for_bot(after_seq=1)] == ["first", "second"]
    assert [e["text"] for e in await chat.wait_for_bot(after_seq=2)] == ["second"]
    assert chat.last_seq == 3


async def test_wait_times_out_with_nothing(client) -> None:
    chat = client.chat(23)
    await chat.send_text("hi")
    started = time.monotonic()
    assert await chat.wait_for_bot(timeout=0.2) == []
    assert time.monotonic() - started < 2


async def test_tap_presses_the_newest_matching_button(client, simulator) -> None:
    chat = client.chat(24)
    await chat.send_text("hi")
    bot_says(simulator, 24, "old", KEYBOARD)
    newest = bot_says(simulator, 24, "new", KEYBOARD)
    await chat.tap("Yes 👍", timeout=0.1)
    query = simulator.state.updates.take(100)[-1]["callback_query"]
    assert (query["data"], query["message"]["message_id"]) == ("answer:yes", newest["message_id"])


async def test_tap_on_a_reply_keyboard_sends_its_text(client, simulator) -> None:
    chat = client.chat(25)
    await chat.send_text("hi")
    bot_says(simulator, 25, "How are you?", REPLY_KEYBOARD)
    await chat.tap("Not great", timeout=0.1)
    assert simulator.state.updates.take(100)[-1]["message"]["text"] == "Not great"


async def test_tap_without_such_button_fails(client) -> None:
    chat = client.chat(26)
    await chat.send_text("hi")
    with pytest.raises(SimulatorError, match="no bot message has a button"):
        await chat.tap("Nope", timeout=0.5)


async def test_tap_waits_for_a_button_the_bot_has_not_sent_yet(client, simulator) -> None:
    # On a busy machine the message with the next button can come after the last reply.
    chat = client.chat(27)
    await chat.send_text("hi")
    asyncio.get_running_loop().call_later(0.6, bot_says, simulator, 27, "And?", REPLY_KEYBOARD)
    await chat.tap("Fine", timeout=5)
    assert simulator.state.updates.take(100)[-1]["message"]["text"] == "Fine"


async def test_idle_reports_pending_updates(client, simulator) -> None:
    assert await client.idle(timeout=0)
    await client.chat(27).send_text("hi")
    assert not await client.idle(timeout=0.1)
    simulator.state.confirm_updates(2)
    assert await client.idle(timeout=0)


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/sim/chats/0/messages", {"text": "hi"}, 400),
        ("/sim/chats/abc/messages", {"text": "hi"}, 400),
        ("/sim/chats/5/messages", {"text": ""}, 400),
        ("/sim/chats/5/messages", {"kind": "video"}, 400),
        ("/sim/chats/5/messages", ["hi"], 400),
        ("/sim/chats/5/callback", {"message_id": 1, "data": "x"}, 404),
        ("/sim/chats/5/edit", {"message_id": 1, "text": "x"}, 404),
        ("/sim/chats/5/block", {}, 404),
    ],
)
async def test_bad_control_requests_are_refused(http, simulator, path, body, status) -> None:
    async with http.post(f"{simulator.url}{path}", json=body) as response:
        assert response.status == status
        assert "error" in await response.json()


async def test_blocked_user_must_unblock_to_send(client) -> None:
    chat = client.chat(28)
    await chat.send_text("hi")
    await chat.block()
    with pytest.raises(SimulatorError, match="409"):
        await chat.send_text("again")
    await chat.unblock()
    assert (await chat.send_text("again"))["message_id"] == 2


async def test_chat_page_is_served_with_a_strict_policy(http, simulator) -> None:
    async with http.get(f"{simulator.url}/chat?chat=5") as response:
        page = await response.text()
        policy = response.headers["Content-Security-Policy"]
    assert response.status == 200 and "<textarea" in page
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy


async def test_chat_script_never_inserts_html(http, simulator) -> None:
    async with http.get(f"{simulator.url}/static/chat.js") as response:
        script = await response.text()
    assert response.status == 200 and "textContent" in script
    assert not any(sink in script for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML"))


async def test_root_redirects_to_the_chat_page(http, simulator) -> None:
    async with http.get(simulator.url, allow_redirects=False) as response:
        assert (response.status, response.headers["Location"]) == (302, "/chat")


async def test_client_reports_a_missing_route(client) -> None:
    with pytest.raises(SimulatorError, match=r"\(404\): Not Found"):
        await client.request("GET", "/sim/nowhere")

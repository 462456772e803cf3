"""The control API: tests and the web chat page act as young people through it."""

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.simulator.context import SIMULATION, Simulation
from bot.simulator.errors import ControlError
from bot.simulator.formatting import MAX_TEXT_LENGTH
from bot.simulator.records import Receipt

MAX_WAIT_SECONDS = 60.0
MAX_NAME_LENGTH = 64


@web.middleware
async def control_errors(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Answer a ControlError as JSON with its status."""
    try:
        return await handler(request)
    except ControlError as error:
        return web.json_response({"error": error.message}, status=error.status)


async def post_message(request: web.Request) -> web.Response:
    """Send a text or a piece of media from the young person."""
    sim, chat_id, body = await _read(request)
    first_name = _optional_text(body, "first_name", MAX_NAME_LENGTH)
    if "kind" in body:
        receipt = sim.state.user_sends_media(chat_id, str(body["kind"]), first_name)
    else:
        text = _required_text(body, "text", MAX_TEXT_LENGTH)
        receipt = sim.state.user_sends_text(chat_id, text, first_name)
    return _receipt(receipt)


async def post_callback(request: web.Request) -> web.Response:
    """Press a button (any data, so tests can forge it) on a bot message."""
    sim, chat_id, body = await _read(request)
    data = _required_text(body, "data", 256)  # longer than Telegram allows, so tests can probe
    return _receipt(sim.state.user_presses(chat_id, _integer(body, "message_id"), data))


async def post_edit(request: web.Request) -> web.Response:
    """Edit one of the young person's own text messages."""
    sim, chat_id, body = await _read(request)
    text = _required_text(body, "text", MAX_TEXT_LENGTH)
    return _receipt(sim.state.user_edits(chat_id, _integer(body, "message_id"), text))


async def post_block(request: web.Request) -> web.Response:
    """Block the bot, as the young person might."""
    sim, chat_id, _ = await _read(request)
    return _receipt(sim.state.set_blocked(chat_id, is_blocked=True))


async def post_unblock(request: web.Request) -> web.Response:
    """Unblock the bot again."""
    sim, chat_id, _ = await _read(request)
    return _receipt(sim.state.set_blocked(chat_id, is_blocked=False))


async def get_transcript(request: web.Request) -> web.Response:
    """Return every event of the chat in order."""
    return web.json_response(_sim(request).state.transcript(_chat_id(request)))


async def get_wait(request: web.Request) -> web.Response:
    """Long-poll until the bot does something in the chat after after_seq."""
    sim, chat_id = _sim(request), _chat_id(request)
    after_seq = _integer(dict(request.query), "after_seq", default=0)
    await sim.feed.wait_until(
        lambda: bool(sim.state.bot_events_after(chat_id, after_seq)), _timeout(request)
    )
    return web.json_response(sim.state.bot_events_after(chat_id, after_seq))


async def get_idle(request: web.Request) -> web.Response:
    """Wait until every update has been delivered and confirmed by the bot."""
    sim = _sim(request)
    is_idle = await sim.feed.wait_until(sim.state.is_idle, _timeout(request))
    return web.json_response({"idle": is_idle})


def add_routes(app: web.Application) -> None:
    """Serve the control API under /sim."""
    chat = "/sim/chats/{chat_id}"
    app.router.add_post(f"{chat}/messages", post_message)
    app.router.add_post(f"{chat}/callback", post_callback)
    app.router.add_post(f"{chat}/edit", post_edit)
    app.router.add_post(f"{chat}/block", post_block)
    app.router.add_post(f"{chat}/unblock", post_unblock)
    app.router.add_get(f"{chat}/transcript", get_transcript)
    app.router.add_get(f"{chat}/wait", get_wait)
    app.router.add_get("/sim/idle", get_idle)


def _sim(request: web.Request) -> Simulation:
    """Return the shared simulation."""
    return request.app[SIMULATION]


def _chat_id(request: web.Request) -> int:
    """Return the chat id from the path; private chat ids are positive."""
    chat_id = _integer(dict(request.match_info), "chat_id")
    if chat_id <= 0:
        raise ControlError(400, "chat_id must be a positive integer")
    return chat_id


async def _read(request: web.Request) -> tuple[Simulation, int, dict[str, Any]]:
    """Return the simulation, the chat id and the JSON object body (empty if none)."""
    body: Any = {}
    if request.can_read_body:
        try:
            body = await request.json()
        except ValueError as error:
            raise ControlError(400, "body must be JSON") from error
    if not isinstance(body, dict):
        raise ControlError(400, "body must be a JSON object")
    return _sim(request), _chat_id(request), body


def _integer(values: dict[str, Any], name: str, default: int | None = None) -> int:
    """Return an integer field or fail with 400."""
    value = values.get(name, default)
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise ControlError(400, f"{name} must be an integer") from error


def _required_text(body: dict[str, Any], name: str, max_length: int) -> str:
    """Return a non-empty string field or fail with 400."""
    value = _optional_text(body, name, max_length)
    if not value:
        raise ControlError(400, f"{name} must be a non-empty string")
    return value


def _optional_text(body: dict[str, Any], name: str, max_length: int) -> str | None:
    """Return a string field if present, failing with 400 if malformed."""
    value = body.get(name)
    if value is not None and (not isinstance(value, str) or len(value) > max_length):
        raise ControlError(400, f"{name} must be a string of at most {max_length} characters")
    return value


def _timeout(request: web.Request) -> float:
    """Return the requested wait in seconds, within bounds."""
    try:
        seconds = float(request.query.get("timeout", "10"))
    except ValueError as error:
        raise ControlError(400, "timeout must be a number of seconds") from error
    return min(max(seconds, 0.0), MAX_WAIT_SECONDS)


def _receipt(receipt: Receipt) -> web.Response:
    """Answer with a receipt as JSON."""
    return web.json_response(receipt.to_json())

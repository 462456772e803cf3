"""The Telegram Bot API routes: enough for an unmodified python-telegram-bot Application."""

import hmac
import inspect
import json
import re
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.simulator.context import SIMULATION, Simulation
from bot.simulator.errors import ApiError, bad_request, conflict, not_found, unauthorized
from bot.simulator.messaging import METHODS as MESSAGING_METHODS
from bot.simulator.objects import me_object
from bot.simulator.params import Params, read_params

WEBHOOK_ACTIVE = (
    "can't use getUpdates method while webhook is active; use deleteWebhook to delete the "
    "webhook first"
)
TERMINATED = (
    "terminated by other getUpdates request; make sure that only one bot instance is running"
)
MAX_POLL_SECONDS = 50.0
COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


async def handle_method(request: web.Request) -> web.Response:
    """Run one Bot API method and answer in Telegram's envelope."""
    sim = request.app[SIMULATION]
    try:
        given = request.match_info["token"].encode()
        if not hmac.compare_digest(given, sim.token.encode()):
            raise unauthorized()
        method = METHODS.get(request.match_info["method"].lower())
        if method is None:
            raise not_found()
        result = method(sim, await read_params(request))
        if inspect.isawaitable(result):
            result = await result
    except ApiError as error:
        return web.json_response(error.to_json(), status=error.code)
    return web.json_response({"ok": True, "result": result})


def get_me(sim: Simulation, params: Params) -> dict[str, Any]:
    """Return the bot's own user."""
    return me_object(sim.state.bot)


async def get_updates(sim: Simulation, params: Params) -> list[dict[str, Any]]:
    """Confirm updates before offset, then long-poll for new ones."""
    if sim.state.webhook_url:
        raise conflict(WEBHOOK_ACTIVE)
    updates = sim.state.updates
    sim.state.confirm_updates(params.optional_integer("offset", 0))
    updates.remember_allowed(allowed_updates(params))
    limit = min(max(params.optional_integer("limit", 100), 1), 100)
    timeout = min(max(params.number("timeout", 0), 0), MAX_POLL_SECONDS)
    sim.poll_generation += 1
    generation = sim.poll_generation
    await sim.feed.wait_until(
        lambda: sim.poll_generation != generation or bool(updates.take(limit)), timeout
    )
    if sim.poll_generation != generation:
        raise conflict(TERMINATED)
    return updates.take(limit)


def allowed_updates(params: Params) -> list[str] | None:
    """Return the update kinds the bot asks for, if it says."""
    allowed = params.structure("allowed_updates")
    if allowed is not None and not isinstance(allowed, list):
        raise bad_request("can't parse allowed_updates JSON object")
    return allowed


def set_webhook(sim: Simulation, params: Params) -> bool:
    """Remember a webhook (updates are not pushed to it) or remove it given no url."""
    url = params.text("url") or ""
    if url and not url.startswith("https://"):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    sim.state.webhook_url = url
    sim.state.updates.remember_allowed(allowed_updates(params))
    if params.flag("drop_pending_updates"):
        sim.state.updates.drop_all()
    return True


def delete_webhook(sim: Simulation, params: Params) -> bool:
    """Remove the webhook, optionally dropping pending updates."""
    sim.state.webhook_url = ""
    if params.flag("drop_pending_updates"):
        sim.state.updates.drop_all()
    return True


def get_webhook_info(sim: Simulation, params: Params) -> dict[str, Any]:
    """Describe the webhook and how many updates are pending."""
    info: dict[str, Any] = {"url": sim.state.webhook_url, "has_custom_certificate": False}
    info["pending_update_count"] = sim.state.updates.pending_count
    if sim.state.updates.allowed is not None:
        info["allowed_updates"] = sorted(sim.state.updates.allowed)
    return info


def set_my_commands(sim: Simulation, params: Params) -> bool:
    """Store the command menu for a scope and language."""
    commands = params.structure("commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH" if commands else "commands is empty")
    for command in commands:
        if not isinstance(command, dict) or not is_command(command):
            raise bad_request("BOT_COMMAND_INVALID")
    sim.state.commands[commands_key(params)] = commands
    return True


def get_my_commands(sim: Simulation, params: Params) -> list[dict[str, Any]]:
    """Return the command menu for a scope and language."""
    return sim.state.commands.get(commands_key(params), [])


def delete_my_commands(sim: Simulation, params: Params) -> bool:
    """Remove the command menu for a scope and language."""
    sim.state.commands.pop(commands_key(params), None)
    return True


def is_command(command: dict[str, Any]) -> bool:
    """Say whether a BotCommand has a valid name and a description."""
    name, description = command.get("command"), command.get("description")
    is_named = isinstance(name, str) and COMMAND_NAME.fullmatch(name) is not None
    return is_named and isinstance(description, str) and 1 <= len(description) <= 256


def commands_key(params: Params) -> str:
    """Return the key a command menu is stored under: its scope and language."""
    scope = params.structure("scope") or {"type": "default"}
    return f"{json.dumps(scope, sort_keys=True)}|{params.text('language_code') or ''}"


def always_true(sim: Simulation, params: Params) -> bool:
    """Accept a method that needs no simulation (close, logOut)."""
    return True


Method = Callable[[Simulation, Params], Any]
METHODS: dict[str, Method] = {
    name.lower(): method
    for name, method in {
        "getMe": get_me,
        "getUpdates": get_updates,
        "setWebhook": set_webhook,
        "deleteWebhook": delete_webhook,
        "getWebhookInfo": get_webhook_info,
        "setMyCommands": set_my_commands,
        "getMyCommands": get_my_commands,
        "deleteMyCommands": delete_my_commands,
        "close": always_true,
        "logOut": always_true,
        **MESSAGING_METHODS,
    }.items()
}


def add_routes(app: web.Application) -> None:
    """Serve the Bot API at /bot{token}/{method}, as PTB's base_url expects."""
    app.router.add_route("*", "/bot{token}/{method}", handle_method)

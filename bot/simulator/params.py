"""Read Bot API parameters from a query string, JSON, urlencoded or multipart body."""

import json
from typing import Any

from aiohttp import web

from bot.simulator.errors import bad_request, chat_not_found

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
TRUE_WORDS = frozenset({"true", "1", "yes"})


async def read_params(request: web.Request) -> "Params":
    """Collect parameters from wherever the client put them; the body wins."""
    values: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json" and request.can_read_body:
        values.update(await _json_body(request))
    elif request.content_type in FORM_TYPES:
        form = await request.post()
        # Uploaded files are not simulated; only plain fields count.
        values.update({key: value for key, value in form.items() if isinstance(value, str)})
    return Params(values)


async def _json_body(request: web.Request) -> dict[str, Any]:
    """Return a JSON object body or fail as Telegram does."""
    try:
        body = await request.json()
    except ValueError as error:
        raise bad_request("can't parse JSON object") from error
    if not isinstance(body, dict):
        raise bad_request("can't parse JSON object")
    return body


class Params:
    """Give typed access to request parameters, failing in Telegram's words.

    Form clients such as PTB send every non-string value JSON-encoded, so numbers, flags
    and objects arrive as strings and are decoded here.
    """

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def text(self, name: str) -> str | None:
        """Return a string parameter, or None when absent."""
        value = self._values.get(name)
        return None if value is None else str(value)

    def integer(self, name: str) -> int:
        """Return a required integer parameter."""
        value = self._values.get(name)
        if value in (None, ""):
            raise bad_request(f"{name} is empty")
        try:
            return int(value)
        except (TypeError, ValueError) as error:
            raise bad_request(f"invalid {name} specified") from error

    def optional_integer(self, name: str, default: int) -> int:
        """Return an integer parameter, or default when absent."""
        return default if self._values.get(name) in (None, "") else self.integer(name)

    def number(self, name: str, default: float) -> float:
        """Return a numeric parameter, or default when absent or unreadable."""
        try:
            return float(self._values.get(name, default))
        except (TypeError, ValueError):
            return default

    def flag(self, name: str) -> bool:
        """Return a boolean parameter; absent means False."""
        value = self._values.get(name, False)
        return value is True or str(value).lower() in TRUE_WORDS

    def structure(self, name: str) -> Any:
        """Return a JSON parameter (object or array), decoding it when sent as a string."""
        value = self._values.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError as error:
            raise bad_request(f"can't parse {name} JSON object") from error

    def chat_id(self) -> int:
        """Return chat_id; a channel @username can never match a simulated private chat."""
        value = self._values.get("chat_id")
        if value in (None, ""):
            raise bad_request("chat_id is empty")
        try:
            return int(value)
        except (TypeError, ValueError) as error:
            raise chat_not_found() from error

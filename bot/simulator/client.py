"""A client of the control API, so tests read like a conversation with the bot."""

import asyncio
from types import TracebackType
from typing import Any, Self

import aiohttp

Event = dict[str, Any]
SETTLE_SECONDS = 0.3  # how long a reply may pause between messages and still count as one


class SimulatorError(Exception):
    """The simulator refused a control request, or a test asked for what is not there."""


class SimulatorClient:
    """Talk to a running simulator's control API over HTTP."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Self:
        self._session = aiohttp.ClientSession()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    def chat(self, chat_id: int, first_name: str = "Sam") -> "SimulatedChat":
        """Return a simulated young person in the given private chat."""
        return SimulatedChat(self, chat_id, first_name)

    async def idle(self, timeout: float = 5.0) -> bool:
        """Wait until the bot has fetched and confirmed every update."""
        body = await self.request("GET", "/sim/idle", params={"timeout": str(timeout)})
        return bool(body["idle"])

    async def request(
        self, method: str, path: str, *, json: Any = None, params: dict[str, str] | None = None
    ) -> Any:
        """Call the control API and return its JSON, raising SimulatorError on failure."""
        if self._session is None:
            raise SimulatorError("use SimulatorClient as 'async with SimulatorClient(url)'")
        seconds = float((params or {}).get("timeout", 0)) + 30  # outlive any server-side wait
        timeout = aiohttp.ClientTimeout(total=seconds)
        url = f"{self.url}{path}"
        async with self._session.request(
            method, url, json=json, params=params, timeout=timeout
        ) as response:
            if response.status >= 400:
                reason = await error_reason(response)
                raise SimulatorError(f"{method} {path} failed ({response.status}): {reason}")
            return await response.json()


async def error_reason(response: aiohttp.ClientResponse) -> str:
    """Return the control API's error message, or the HTTP reason if it sent none."""
    try:
        return str((await response.json())["error"])
    except (aiohttp.ContentTypeError, ValueError, KeyError, TypeError):
        return response.reason or "unknown error"


class SimulatedChat:
    """One young person: sends messages, presses buttons and waits for the bot."""

    def __init__(self, client: SimulatorClient, chat_id: int, first_name: str = "Sam") -> None:
        self.client = client
        self.chat_id = chat_id
        self.first_name = first_name
        self.last_seq = 0  # the newest event this chat has seen or caused

    async def send_text(self, text: str) -> dict[str, Any]:
        """Send a text message; return its message_id, update_id and seq."""
        return await self._act("messages", {"text": text, "first_name": self.first_name})

    async def send_media(self, kind: str) -> dict[str, Any]:
        """Send a sticker, photo, voice note or document."""
        return await self._act("messages", {"kind": kind, "first_name": self.first_name})

    async def press(self, message_id: int, data: str) -> dict[str, Any]:
        """Press a button on a bot message; data may be forged."""
        return await self._act("callback", {"message_id": message_id, "data": data})

    async def edit(self, message_id: int, text: str) -> dict[str, Any]:
        """Edit one of this person's own text messages."""
        return await self._act("edit", {"message_id": message_id, "text": text})

    async def block(self) -> dict[str, Any]:
        """Block the bot."""
        return await self._act("block", {})

    async def unblock(self) -> dict[str, Any]:
        """Unblock the bot."""
        return await self._act("unblock", {})

    async def transcript(self) -> list[Event]:
        """Return every event of this chat in order."""
        return await self.client.request("GET", f"{self._path}/transcript")

    async def wait_for_bot(
        self, after_seq: int | None = None, timeout: float = 10.0
    ) -> list[Event]:
        """Wait for the bot's messages or answers after after_seq (default: last seen)."""
        after = self.last_seq if after_seq is None else after_seq
        params = {"after_seq": str(after), "timeout": str(timeout)}
        events = await self.client.request("GET", f"{self._path}/wait", params=params)
        self._see(events)
        return events

    async def say(self, text: str, timeout: float = 10.0) -> list[Event]:
        """Send text and return everything the bot does in reply."""
        await self.send_text(text)
        return await self.replies(timeout)

    async def tap(self, button: str, timeout: float = 10.0) -> list[Event]:
        """Press the newest button whose text or data matches, and return the bot's reply."""
        kind, message_id, value = await self._await_button(button, timeout)
        if kind == "keyboard":
            await self.send_text(value)  # a reply-keyboard button just sends its text
        else:
            await self.press(message_id, value)
        return await self.replies(timeout)

    async def replies(self, timeout: float = 10.0) -> list[Event]:
        """Wait for the bot's first reply, then gather more until it pauses."""
        found = {event["seq"]: event for event in await self.wait_for_bot(timeout=timeout)}
        while found and (more := await self.wait_for_bot(timeout=SETTLE_SECONDS)):
            found.update({event["seq"]: event for event in more})
        return [found[seq] for seq in sorted(found)]

    async def _await_button(self, button: str, timeout: float) -> tuple[str, int, str]:
        """Find the button, waiting for the bot while it is not there yet: on a busy machine
        the message carrying it can come after `replies` has stopped gathering."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            try:
                return find_button(await self.transcript(), button)
            except SimulatorError:
                remaining = deadline - asyncio.get_running_loop().time()
                if remaining <= 0:
                    raise
                await self.wait_for_bot(timeout=min(remaining, 1.0))

    @property
    def _path(self) -> str:
        """Return this chat's control-API path."""
        return f"/sim/chats/{self.chat_id}"

    async def _act(self, action: str, body: dict[str, Any]) -> dict[str, Any]:
        """Post a user action and remember its seq."""
        receipt = await self.client.request("POST", f"{self._path}/{action}", json=body)
        self.last_seq = max(self.last_seq, receipt["seq"])
        return receipt

    def _see(self, events: list[Event]) -> None:
        """Remember the newest event seen."""
        self.last_seq = max([self.last_seq, *(event["updated_seq"] for event in events)])


def find_button(events: list[Event], button: str) -> tuple[str, int, str]:
    """Return (kind, message_id, data or text) of the newest button matching text or data."""
    for event in reversed(events):
        if event["from"] != "bot" or event.get("deleted"):
            continue
        for kind, labels, value in buttons(event.get("reply_markup") or {}):
            if button in labels:
                return kind, event["message_id"], value
    raise SimulatorError("no bot message has a button with that text or data")


def buttons(markup: dict[str, Any]) -> list[tuple[str, tuple[str, ...], str]]:
    """Return (kind, what matches it, what pressing sends) for each pressable button."""
    found = []
    for row in markup.get("inline_keyboard", []):
        found += [
            ("inline", (key["text"], key["callback_data"]), key["callback_data"])
            for key in row
            if "callback_data" in key
        ]
    for row in markup.get("keyboard", []):
        texts = [key if isinstance(key, str) else key["text"] for key in row]
        found += [("keyboard", (text,), text) for text in texts]
    return found

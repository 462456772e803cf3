"""The queue of updates waiting for the bot, with getUpdates' offset semantics."""

import copy
from typing import Any

# Telegram withholds these unless the bot asks for them by name.
OPT_IN_KINDS = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


class UpdateQueue:
    """Hold updates until a later getUpdates offset confirms them."""

    def __init__(self) -> None:
        self._pending: list[dict[str, Any]] = []
        self._next_id = 1
        self.allowed: frozenset[str] | None = None

    def push(self, kind: str, body: dict[str, Any]) -> int:
        """Queue an update of the given kind and return its update_id."""
        update_id = self._next_id
        self._next_id += 1
        # A snapshot: later edits must not change an update already queued.
        self._pending.append({"update_id": update_id, kind: copy.deepcopy(body)})
        return update_id

    def confirm(self, offset: int) -> None:
        """Drop updates before offset; a negative offset keeps only the last -offset."""
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]

    def remember_allowed(self, allowed: list[str] | None) -> None:
        """Keep the bot's allowed_updates until it sends another list, as Telegram does."""
        if allowed is not None:
            self.allowed = frozenset(allowed) or None

    def take(self, limit: int) -> list[dict[str, Any]]:
        """Return up to limit pending updates, discarding kinds the bot did not allow."""
        self._pending = [u for u in self._pending if self.is_allowed(u)]
        return self._pending[:limit]

    def is_allowed(self, update: dict[str, Any]) -> bool:
        """Say whether the bot's allowed_updates lets this update through."""
        kind = next(key for key in update if key != "update_id")
        if self.allowed is None:
            return kind not in OPT_IN_KINDS
        return kind in self.allowed

    def drop_all(self) -> None:
        """Forget every pending update (deleteWebhook with drop_pending_updates)."""
        self._pending.clear()

    @property
    def pending_count(self) -> int:
        """Return how many updates wait for delivery or confirmation."""
        return len(self._pending)

"""Flood control like Telegram's: about one message a second per chat, thirty overall."""

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.simulator.errors import too_many_requests


@dataclass
class TokenBucket:
    """Allow bursts up to capacity, refilled at rate tokens a second."""

    rate: float
    capacity: float
    tokens: float = field(init=False)
    stamp: float | None = None

    def __post_init__(self) -> None:
        self.tokens = self.capacity

    def seconds_short(self, now: float) -> float:
        """Refill, then return how long until one token is available (0 if now)."""
        if self.stamp is not None:
            self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return max(0.0, (1 - self.tokens) / self.rate)

    def take(self) -> None:
        """Spend one token."""
        self.tokens -= 1


class RateLimiter:
    """Refuse messages beyond the limits with 429 and a retry_after; off unless enabled."""

    def __init__(
        self,
        is_enabled: bool = False,
        per_chat: tuple[float, float] = (1.0, 3.0),
        overall: tuple[float, float] = (30.0, 30.0),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.is_enabled = is_enabled
        self._per_chat = per_chat  # (messages a second, burst)
        self._overall = TokenBucket(*overall)
        self._chats: dict[int, TokenBucket] = {}
        self._clock = clock

    def check(self, chat_id: int) -> None:
        """Count one message to chat_id, or raise 429 if it would break a limit."""
        if not self.is_enabled:
            return
        now = self._clock()
        chat = self._chats.setdefault(chat_id, TokenBucket(*self._per_chat))
        wait = max(chat.seconds_short(now), self._overall.seconds_short(now))
        if wait > 0:
            raise too_many_requests(max(1, math.ceil(wait)))
        chat.take()
        self._overall.take()

"""Wake long-polling requests whenever the simulated world changes."""

import asyncio
import contextlib
from collections.abc import Callable


class ChangeFeed:
    """Let requests wait for a condition, re-checking it after every change."""

    def __init__(self) -> None:
        self._event = asyncio.Event()
        self.is_closed = False

    def notify(self) -> None:
        """Wake every waiter so it re-checks its condition."""
        self._event.set()
        self._event = asyncio.Event()

    def close(self) -> None:
        """Release every waiter for good, so the server can stop at once."""
        self.is_closed = True
        self.notify()

    async def wait_until(self, is_ready: Callable[[], bool], timeout: float) -> bool:
        """Wait until is_ready() holds; return False on timeout or close."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not is_ready():
            remaining = deadline - loop.time()
            if self.is_closed or remaining <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), remaining)
        return True

"""Logging that never carries tokens, message text, names or Telegram ids."""

from __future__ import annotations

import logging

# Libraries whose INFO/DEBUG records can hold private data: httpx logs request URLs, which
# hold the bot token; telegram logs API parameters (message text); database drivers log
# statement parameters. They speak only at WARNING and above, whatever our level.
QUIET_LOGGERS = (
    "httpx",
    "httpcore",
    "telegram",
    "apscheduler",
    "aiohttp.access",
    "aiosqlite",
    "asyncpg",
    "sqlalchemy",
)


def configure_logging(level: str = "INFO") -> None:
    """Log at `level` to stderr, with private-data-carrying libraries kept quiet."""
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    quiet_libraries()


def quiet_libraries() -> None:
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)

"""Logging that never carries tokens, message text, names or Telegram ids."""

from __future__ import annotations

import logging

# httpx logs every request URL at INFO, and a Bot API URL contains the bot token.
QUIET_LOGGERS = ("httpx", "httpcore", "telegram", "apscheduler", "aiohttp.access")


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)

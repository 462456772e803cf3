"""The typed context through which handlers reach their dependencies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from telegram.ext import CallbackContext, ExtBot

from core.analysis import RiskAssessment
from handlers.catalog import Catalog
from storage.store import Store

SERVICES_KEY = "carevoice.services"


class Screener(Protocol):
    """The synchronous safeguarding screen run before every reply to free text."""

    def screen(self, text: str) -> RiskAssessment: ...


class MessageRecorded(Protocol):
    """Called after a message is stored, e.g. to analyse it off the event loop."""

    def __call__(self, feedback_id: int) -> Any: ...


@dataclass(frozen=True)
class Services:
    store: Store
    screener: Screener
    catalog: Catalog
    clock: Callable[[], datetime]
    bot_username: str
    on_recorded: MessageRecorded | None = None


class CareVoiceContext(
    CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
):
    """CallbackContext with the CareVoice services attached to the application."""

    @property
    def services(self) -> Services:
        services: Services = self.application.bot_data[SERVICES_KEY]
        return services

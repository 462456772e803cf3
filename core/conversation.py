"""Where a young person is in a conversation. Stored with what each step records."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum


class Step(StrEnum):
    """A place in a flow. Values are stored, so never rename one."""

    ASK_CODE = "ask_code"
    PRIVACY = "privacy"
    ASK_NAME = "ask_name"
    MENU = "menu"
    CHOOSE_TOPIC = "choose_topic"
    WRITE_VIEWS = "write_views"
    WRITE_GOOD_NEWS = "write_good_news"
    WRITE_IDEA = "write_idea"
    WRITE_WORRY = "write_worry"
    CONFIRM_FORGET = "confirm_forget"


WRITING_STEPS = frozenset(
    {Step.WRITE_VIEWS, Step.WRITE_GOOD_NEWS, Step.WRITE_IDEA, Step.WRITE_WORRY}
)


@dataclass(frozen=True)
class ConversationState:
    """One row per person: the step, small step data (never free text) and guess limits."""

    step: Step = Step.ASK_CODE
    topic: str | None = None
    failed_attempts: int = 0
    attempts_since: datetime | None = None
    pending_invite_id: int | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def moved_to(self, step: Step, topic: str | None = None) -> ConversationState:
        """Return this state at another step, keeping the guess counters."""
        return replace(self, step=step, topic=topic)

"""Urgent messages: store them flagged, open an alert, and signpost help at once."""

from __future__ import annotations

from core.conversation import Step
from core.feedback import FeedbackKind
from handlers.keyboards import back_keyboard, help_keyboard
from handlers.replies import Reply
from handlers.turns import Turn

KIND_OF_STEP = {
    Step.WRITE_VIEWS: FeedbackKind.VIEWS,
    Step.WRITE_GOOD_NEWS: FeedbackKind.GOOD_NEWS,
    Step.WRITE_IDEA: FeedbackKind.IDEA,
    Step.WRITE_WORRY: FeedbackKind.WORRY,
}


async def respond_to_urgent(turn: Turn) -> list[Reply]:
    """Record an urgent message whatever the step, then reply with help (never secrecy)."""
    feedback = await turn.record_text(KIND_OF_STEP.get(turn.state.step, FeedbackKind.WORRY))
    if turn.person.has_joined:
        await turn.to_menu()
        keyboard = back_keyboard(turn.catalog, turn.band)
    else:
        keyboard = help_keyboard(turn.catalog)
    return [Reply(turn.say("urgent.reply", reference=feedback.reference), keyboard)]

"""Urgent messages: store them flagged, open an alert, and signpost help at once."""

from __future__ import annotations

from core.conversation import WRITING_STEPS, Step
from core.feedback import FeedbackDraft, FeedbackKind, Topic
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
    kind = KIND_OF_STEP.get(turn.state.step, FeedbackKind.WORRY)
    topic = _topic_of(turn) if turn.state.step in WRITING_STEPS else None
    feedback = await turn.record(
        FeedbackDraft(
            person_id=turn.person.id,
            kind=kind,
            text=turn.text,
            risk=turn.risk,
            topic=topic,
            update_id=turn.update_id,
        )
    )
    if turn.person.has_joined:
        await turn.to_menu()
        keyboard = back_keyboard(turn.catalog, turn.band)
    else:
        keyboard = help_keyboard(turn.catalog)
    return [Reply(turn.say("urgent.reply", reference=feedback.reference), keyboard)]


def _topic_of(turn: Turn) -> Topic | None:
    topic = turn.state.topic
    return Topic(topic) if topic in set(Topic) else None

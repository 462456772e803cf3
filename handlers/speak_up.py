"""Have my say, good news, ideas and worries: choose, write, stored, referenced.

MENU ──Have my say──> CHOOSE_TOPIC ──topic──> WRITE_VIEWS ──text──> stored ──> MENU
 │ ──Good news / Idea / I'm worried──> WRITE_* ──text──> stored ──> MENU
 └─ text typed straight away ──> stored as views ──> MENU
"""

from __future__ import annotations

from core.conversation import Step
from core.feedback import FeedbackKind, Topic
from handlers.keyboards import back_keyboard, help_keyboard, topic_keyboard
from handlers.replies import Reply
from handlers.safeguarding import KIND_OF_STEP
from handlers.turns import Turn

PROMPT_OF_STEP = {
    Step.WRITE_GOOD_NEWS: "write.good_news",
    Step.WRITE_IDEA: "write.idea",
    Step.WRITE_WORRY: "worried.prompt",
}


async def open_views(turn: Turn) -> list[Reply]:
    """Ask what their message is about."""
    await turn.move(turn.state.moved_to(Step.CHOOSE_TOPIC))
    keyboard = topic_keyboard(turn.catalog, turn.band, turn.person.cohort)
    return [Reply(turn.say("topic.prompt"), keyboard)]


async def choose_topic(turn: Turn, topic: Topic) -> list[Reply]:
    """Remember the topic and invite them to write."""
    await turn.move(turn.state.moved_to(Step.WRITE_VIEWS, topic=topic.value))
    return [Reply(turn.say("write.views"), back_keyboard(turn.catalog, turn.band))]


async def open_writing(turn: Turn, step: Step) -> list[Reply]:
    """Invite them to write good news, an idea or a worry."""
    await turn.move(turn.state.moved_to(step))
    return [Reply(turn.say(PROMPT_OF_STEP[step]), back_keyboard(turn.catalog, turn.band))]


async def receive_message(turn: Turn) -> list[Reply]:
    """Store what they wrote, then give them its reference."""
    feedback = await turn.record_text(KIND_OF_STEP.get(turn.state.step, FeedbackKind.VIEWS))
    await turn.to_menu()
    return [turn.menu("write.received", reference=feedback.reference)]


async def receive_for_joined_only(turn: Turn) -> list[Reply]:
    """Refuse to store free text from someone who has not joined (help stays open)."""
    return [Reply(turn.say("not_joined"), help_keyboard(turn.catalog))]

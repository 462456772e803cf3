"""Self-service rights: /mydata shows everything kept, /forgetme erases it, /stop pauses.

/forgetme ──> CONFIRM_FORGET ──yes──> erased (safeguarding records kept, unlinked)
                             └─no───> MENU
"""

from __future__ import annotations

from core.conversation import ConversationState, Step
from core.feedback import Feedback
from core.people import PersonStatus, YoungPerson
from handlers.keyboards import forget_keyboard, help_keyboard
from handlers.replies import Reply
from handlers.turns import Turn

DATE_FORMAT = "%d %b %Y"


async def show_my_data(turn: Turn) -> list[Reply]:
    """Send back, readably, everything stored about them."""
    messages = await turn.uow.feedback.list_for_person(turn.person.id)
    lines = [turn.say("mydata.header"), "", _profile(turn, turn.person), ""]
    if messages:
        lines.append(turn.say("mydata.messages_header", count=len(messages)))
        lines.extend(_message(turn, feedback) for feedback in messages)
    else:
        lines.append(turn.say("mydata.no_messages"))
    lines += ["", turn.say("mydata.footer")]
    return [Reply("\n".join(lines), help_keyboard(turn.catalog, turn.band))]


def _profile(turn: Turn, person: YoungPerson) -> str:
    none = turn.say("mydata.not_given")
    setting = "mydata.paused" if person.status is PersonStatus.PAUSED else "mydata.on"
    return turn.say(
        "mydata.profile",
        joined=person.joined_at.strftime(DATE_FORMAT) if person.joined_at else none,
        cohort=turn.say(f"mydata.cohort.{person.cohort.value}") if person.cohort else none,
        age_band=person.age_band.value if person.age_band else none,
        nickname=person.nickname or none,
        messages_setting=turn.say(setting),
    )


def _message(turn: Turn, feedback: Feedback) -> str:
    return "\n" + turn.say(
        "mydata.message",
        reference=feedback.reference,
        kind=turn.say(f"kind.{feedback.kind}"),
        date=feedback.received_at.strftime(DATE_FORMAT),
        text=feedback.text or "",
    )


async def ask_to_forget(turn: Turn) -> list[Reply]:
    """Explain what erasure does and ask them to confirm."""
    await turn.move(turn.state.moved_to(Step.CONFIRM_FORGET))
    return [Reply(turn.say("forget.confirm"), forget_keyboard(turn.catalog, turn.band))]


async def forget(turn: Turn) -> list[Reply]:
    """Erase their personal data, keeping only safeguarding records (unlinked)."""
    if turn.state.step is not Step.CONFIRM_FORGET:
        return [Reply(turn.say("button.expired"), help_keyboard(turn.catalog))]
    kept = await turn.uow.feedback.erase_for_person(turn.person.id)
    await turn.uow.conversations.forget(turn.person.id)
    await turn.uow.people.erase(turn.person.id)
    key = "forget.done_kept" if kept else "forget.done"
    return [Reply(turn.say(key, kept=kept), help_keyboard(turn.catalog))]


async def keep(turn: Turn) -> list[Reply]:
    """Cancel erasure."""
    if turn.person.has_joined:
        await turn.to_menu()
        return [turn.menu("forget.cancelled")]
    await turn.move(ConversationState(step=Step.ASK_CODE))
    return [Reply(turn.say("forget.cancelled"), help_keyboard(turn.catalog))]


async def pause(turn: Turn) -> list[Reply]:
    """Stop all messages from the bot until they /start again."""
    if turn.person.has_joined:
        await turn.uow.people.set_status(turn.person.id, PersonStatus.PAUSED)
    return [Reply(turn.say("stop.done"), help_keyboard(turn.catalog, turn.band))]

"""Joining: invite code, a short privacy notice, an optional nickname.

/start [CODE] ──> ASK_CODE ──code ok──> PRIVACY ──agree──> ASK_NAME ──name/skip──> MENU
                    ▲  wrong code (limited)  │ not now
                    └────────────────────────┘
"""

from __future__ import annotations

from dataclasses import replace

from core.codes import looks_like_invite_code
from core.conversation import ConversationState, Step
from core.errors import InviteRejected
from core.invites import count_failure, is_locked_out
from core.people import PersonStatus
from handlers.keyboards import help_keyboard, privacy_keyboard, skip_name_keyboard
from handlers.replies import Reply
from handlers.turns import Turn

NICKNAME_LIMIT = 30


async def begin(turn: Turn, code: str | None) -> list[Reply]:
    """Welcome someone: back to the menu if joined, else try their code or ask for one."""
    if turn.person.has_joined:
        return await _welcome_back(turn)
    if code:
        return await receive_code(turn, code)
    await turn.move(ConversationState(step=Step.ASK_CODE))
    return [Reply(turn.say("start.ask_code"), help_keyboard(turn.catalog))]


async def _welcome_back(turn: Turn) -> list[Reply]:
    replies = []
    if turn.person.status is PersonStatus.PAUSED:
        await turn.uow.people.set_status(turn.person.id, PersonStatus.ACTIVE)
        replies.append(Reply(turn.say("start.resumed")))
    await turn.to_menu()
    return [*replies, turn.menu("start.welcome_back")]


async def receive_code(turn: Turn, typed: str) -> list[Reply]:
    """Check a typed invite code, counting wrong guesses against a limit."""
    state = turn.state
    if is_locked_out(state.failed_attempts, state.attempts_since, turn.now):
        return [Reply(turn.say("code.too_many_tries"), help_keyboard(turn.catalog))]
    try:
        invite = await turn.uow.invites.find_usable(typed, turn.now)
    except InviteRejected as rejection:
        return await _reject(turn, rejection.reason)
    turn.band_override = invite.age_band
    await turn.move(replace(state, step=Step.PRIVACY, pending_invite_id=invite.id))
    return [Reply(turn.say("privacy.notice"), privacy_keyboard(turn.catalog, turn.band))]


async def _reject(turn: Turn, reason: str) -> list[Reply]:
    if reason == "unknown":
        failed, since = count_failure(
            turn.state.failed_attempts, turn.state.attempts_since, turn.now
        )
        await turn.move(
            replace(turn.state, step=Step.ASK_CODE, failed_attempts=failed, attempts_since=since)
        )
    return [Reply(turn.say(f"code.{reason}"), help_keyboard(turn.catalog))]


async def receive_text_before_joining(turn: Turn) -> list[Reply]:
    """Treat code-shaped text as a code; anything else gets a gentle explanation."""
    if looks_like_invite_code(turn.text):
        return await receive_code(turn, turn.text)
    return [Reply(turn.say("code.needed"), help_keyboard(turn.catalog))]


async def agree_privacy(turn: Turn) -> list[Reply]:
    """Join with the pending invite, counting one use of it, then offer a nickname."""
    invite_id = turn.state.pending_invite_id
    if turn.state.step is not Step.PRIVACY or invite_id is None:
        return [Reply(turn.say("not_joined"), help_keyboard(turn.catalog))]
    try:
        invite = await turn.uow.invites.redeem(invite_id, turn.now)
    except InviteRejected as rejection:
        await turn.move(ConversationState(step=Step.ASK_CODE))
        return [Reply(turn.say(f"code.{rejection.reason}"), help_keyboard(turn.catalog))]
    turn.person = await turn.uow.people.join(turn.person.id, invite, turn.now)
    await turn.move(ConversationState(step=Step.ASK_NAME))
    return [Reply(turn.say("name.ask"), skip_name_keyboard(turn.catalog, turn.band))]


async def leave_privacy(turn: Turn) -> list[Reply]:
    """Accept a 'not now' without keeping anything they typed."""
    await turn.move(ConversationState(step=Step.ASK_CODE))
    return [Reply(turn.say("privacy.left"), help_keyboard(turn.catalog))]


async def remind_privacy(turn: Turn) -> list[Reply]:
    """Show the privacy notice again: they must agree or leave before going on."""
    return [Reply(turn.say("privacy.notice"), privacy_keyboard(turn.catalog, turn.band))]


async def receive_name(turn: Turn) -> list[Reply]:
    """Keep an optional nickname (encrypted), then show the menu."""
    nickname = " ".join(turn.text.split())
    if len(nickname) > NICKNAME_LIMIT:
        return [Reply(turn.say("name.too_long"), skip_name_keyboard(turn.catalog, turn.band))]
    await turn.uow.people.set_nickname(turn.person.id, nickname)
    await turn.to_menu()
    return [
        turn.menu("name.saved", nickname=nickname),
    ]


async def skip_name(turn: Turn) -> list[Reply]:
    """Go on without a nickname."""
    if turn.state.step is not Step.ASK_NAME:
        return [Reply(turn.say("button.expired")), *await show_menu(turn)]
    await turn.to_menu()
    return [Reply(turn.say("name.skipped")), turn.menu()]


async def show_menu(turn: Turn) -> list[Reply]:
    """Show the main menu to someone who has joined."""
    if not turn.person.has_joined:
        return [Reply(turn.say("not_joined"), help_keyboard(turn.catalog))]
    await turn.to_menu()
    return [turn.menu()]

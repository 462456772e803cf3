"""Route each update to the step the person is at. State comes from the database."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.error import BadRequest

from core.conversation import Step
from core.feedback import Topic
from handlers import my_data, onboarding, speak_up
from handlers.context import CareVoiceContext
from handlers.keyboards import Action, Button, MenuChoice, help_keyboard, parse_button
from handlers.replies import Reply
from handlers.safeguarding import respond_to_urgent
from handlers.turns import Turn, run_turn

TEXT_STEPS: dict[Step, Callable[[Turn], Awaitable[list[Reply]]]] = {
    Step.ASK_CODE: onboarding.receive_text_before_joining,
    Step.PRIVACY: onboarding.remind_privacy,
    Step.ASK_NAME: onboarding.receive_name,
    Step.CONFIRM_FORGET: my_data.ask_to_forget,
}

WRITING_OF_CHOICE = {
    MenuChoice.GOOD_NEWS: Step.WRITE_GOOD_NEWS,
    MenuChoice.IDEA: Step.WRITE_IDEA,
    MenuChoice.WORRIED: Step.WRITE_WORRY,
}
COMING_SOON = {
    MenuChoice.COMPLAINT: "coming_soon.complaint",
    MenuChoice.ADVOCATE: "coming_soon.advocate",
    MenuChoice.MEETING: "coming_soon.meeting",
}


async def receive_text(update: Update, context: CareVoiceContext) -> None:
    """Screen free text for risk first, synchronously, then let the current step reply."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    risk = context.services.screener.screen(message.text)
    await run_turn(update, context, route_text, text=message.text, risk=risk)


async def route_text(turn: Turn) -> list[Reply]:
    if turn.risk.is_urgent:
        return await respond_to_urgent(turn)
    step = TEXT_STEPS.get(turn.state.step)
    if step is not None:
        return await step(turn)
    if not turn.person.has_joined:
        return await speak_up.receive_for_joined_only(turn)
    return await speak_up.receive_message(turn)


async def press_button(update: Update, context: CareVoiceContext) -> None:
    """Answer the button press, tidy its keyboard away, and act on it."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    button = parse_button(query.data)
    # Tidy the pressed keyboard away; if it is already gone or too old, the press still counts.
    with contextlib.suppress(BadRequest):
        await query.edit_message_reply_markup(reply_markup=None)
    await run_turn(update, context, lambda turn: route_button(turn, button))


async def route_button(turn: Turn, button: Button | None) -> list[Reply]:
    if button is None:
        return await _expired(turn)
    if button.action is Action.PRIVACY_AGREE:
        return await onboarding.agree_privacy(turn)
    if button.action is Action.PRIVACY_LEAVE:
        return await onboarding.leave_privacy(turn)
    if button.action is Action.FORGET_YES:
        return await my_data.forget(turn)
    if button.action is Action.FORGET_NO:
        return await my_data.keep(turn)
    if not turn.person.has_joined:
        return [Reply(turn.say("not_joined"), help_keyboard(turn.catalog))]
    if button.action is Action.SKIP_NAME:
        return await onboarding.skip_name(turn)
    if button.action is Action.TOPIC:
        return await speak_up.choose_topic(turn, Topic(button.value))
    return await route_menu(turn, MenuChoice(button.value))


async def route_menu(turn: Turn, choice: MenuChoice) -> list[Reply]:
    if choice is MenuChoice.VIEWS:
        return await speak_up.open_views(turn)
    if choice in WRITING_OF_CHOICE:
        return await speak_up.open_writing(turn, WRITING_OF_CHOICE[choice])
    if choice is MenuChoice.MY_DATA:
        return await my_data.show_my_data(turn)
    if choice in COMING_SOON:
        await turn.to_menu()
        return [turn.menu(COMING_SOON[choice])]
    return await onboarding.show_menu(turn)


async def _expired(turn: Turn) -> list[Reply]:
    if turn.person.has_joined:
        await turn.to_menu()
        return [turn.menu("button.expired")]
    return [Reply(turn.say("not_joined"), help_keyboard(turn.catalog))]


def on_command(step: Callable[[Turn], Awaitable[list[Reply]]]) -> Callable[..., Awaitable[None]]:
    """Make a command callback that runs `step` as a turn."""

    async def command(update: Update, context: CareVoiceContext) -> None:
        await run_turn(update, context, step)

    command.__doc__ = step.__doc__
    return command


async def start(update: Update, context: CareVoiceContext) -> None:
    """Begin, or resume, with an optional invite code from a deep link."""
    code = context.args[0] if context.args else None
    await run_turn(update, context, lambda turn: onboarding.begin(turn, code))

"""Everything else: media, edits, unknown commands, and the one error handler."""

from __future__ import annotations

import logging

from telegram import Update

from handlers.context import CareVoiceContext
from handlers.keyboards import help_keyboard
from handlers.replies import Reply, send_replies
from handlers.router import route_text
from handlers.turns import run_turn

log = logging.getLogger(__name__)


async def receive_media(update: Update, context: CareVoiceContext) -> None:
    """Say kindly that only text is read; a caption is screened like any free text."""
    message = update.effective_message
    caption = message.caption if message is not None else None
    await _act_on_danger_or_reply(update, context, caption, "media.only_text")


async def receive_edit(update: Update, context: CareVoiceContext) -> None:
    """Screen an edited message; urgent edits are acted on, others get a gentle note."""
    message = update.edited_message
    text = (message.text or message.caption) if message is not None else None
    await _act_on_danger_or_reply(update, context, text, "edited.noticed")


async def _act_on_danger_or_reply(
    update: Update, context: CareVoiceContext, text: str | None, key: str
) -> None:
    """Screen text that came in by a side door: act on danger, else reply with `key`."""
    if text:
        risk = context.services.screener.screen(text)
        if risk.is_urgent:
            await run_turn(update, context, route_text, text=text, risk=risk)
            return
    await _reply(update, context, key)


async def unknown_command(update: Update, context: CareVoiceContext) -> None:
    """Point to /menu and /help."""
    await _reply(update, context, "command.unknown")


async def other_message(update: Update, context: CareVoiceContext) -> None:
    """Anything else someone might send (locations, contacts, polls...)."""
    await _reply(update, context, "media.only_text")


async def _reply(update: Update, context: CareVoiceContext, key: str) -> None:
    if update.effective_chat is None:
        return
    catalog = context.services.catalog
    await send_replies(update.effective_chat, [Reply(catalog.text(key), help_keyboard(catalog))])


async def report_error(update: object, context: CareVoiceContext) -> None:
    """Log the error's type and the update id only, then apologise if we can."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error handling update %s: %s", update_id, type(context.error).__name__)
    if isinstance(update, Update) and update.effective_chat is not None:
        catalog = context.services.catalog
        reply = Reply(catalog.text("error.general"), help_keyboard(catalog))
        try:
            await send_replies(update.effective_chat, [reply])
        except Exception as e:  # the apology itself failed: nothing more to do
            log.error("could not apologise for update %s: %s", update_id, type(e).__name__)

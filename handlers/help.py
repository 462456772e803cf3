"""Help is always one tap away, joined or not, and needs no database."""

from __future__ import annotations

from telegram import Update

from handlers.context import CareVoiceContext
from handlers.keyboards import back_keyboard
from handlers.replies import Reply, send_replies


async def show_help(update: Update, context: CareVoiceContext) -> None:
    """Send the help and signposting text."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    if update.effective_chat is None:
        return
    catalog = context.services.catalog
    reply = Reply(catalog.text("help.text"), back_keyboard(catalog, None))
    await send_replies(update.effective_chat, [reply])

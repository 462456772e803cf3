"""Assemble the python-telegram-bot Application: every handler is wired here."""

from __future__ import annotations

from telegram import BotCommand
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from handlers import my_data, onboarding
from handlers.context import SERVICES_KEY, CareVoiceContext, Services
from handlers.fallbacks import (
    other_message,
    receive_edit,
    receive_media,
    report_error,
    unknown_command,
)
from handlers.help import show_help
from handlers.keyboards import Action
from handlers.router import on_command, press_button, receive_text, start

COMMANDS = (
    ("menu", "Choose what to do"),
    ("help", "Get help now"),
    ("mydata", "See what CareVoice keeps about you"),
    ("forgetme", "Delete your data"),
    ("stop", "Pause messages from CareVoice"),
)

MEDIA = (
    filters.Sticker.ALL
    | filters.PHOTO
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.Document.ALL
    | filters.ANIMATION
)


def build_application(token: str, base_url: str, services: Services, rate_limit: bool = True):
    """Build the Application with its handlers; updates are processed one at a time, in order."""
    builder = (
        Application.builder()
        .token(token)
        .base_url(base_url)
        .context_types(ContextTypes(context=CareVoiceContext))
        .concurrent_updates(False)
        .post_init(_set_commands)
    )
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    application = builder.build()
    application.bot_data[SERVICES_KEY] = services
    add_handlers(application)
    return application


def add_handlers(application: Application) -> None:  # type: ignore[type-arg]
    private = filters.ChatType.PRIVATE
    edited = filters.UpdateType.EDITED_MESSAGE
    application.add_handler(MessageHandler(edited & private, receive_edit))
    application.add_handler(CommandHandler("start", start, filters=private))
    application.add_handler(CommandHandler("help", show_help, filters=private))
    application.add_handler(
        CommandHandler(["menu", "cancel"], on_command(onboarding.show_menu), filters=private)
    )
    application.add_handler(
        CommandHandler("mydata", on_command(my_data.show_my_data), filters=private)
    )
    application.add_handler(
        CommandHandler("forgetme", on_command(my_data.ask_to_forget), filters=private)
    )
    application.add_handler(CommandHandler("stop", on_command(my_data.pause), filters=private))
    application.add_handler(MessageHandler(filters.COMMAND & private, unknown_command))
    application.add_handler(MessageHandler(filters.TEXT & private, receive_text))
    application.add_handler(MessageHandler(MEDIA & private, receive_media))
    application.add_handler(CallbackQueryHandler(show_help, pattern=f"^{Action.HELP.value}$"))
    application.add_handler(CallbackQueryHandler(press_button))
    application.add_handler(MessageHandler(private & ~filters.UpdateType.EDITED, other_message))
    application.add_error_handler(report_error)


async def _set_commands(application: Application) -> None:  # type: ignore[type-arg]
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])

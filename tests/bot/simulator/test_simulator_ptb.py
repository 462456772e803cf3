"""A real python-telegram-bot Application, unmodified, against the simulator."""

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Conflict, Forbidden
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.simulator import SimulatorClient

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Good", callback_data="mood:good")]])


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Repeat the text back."""
    await update.effective_message.reply_text(f"You said: {update.effective_message.text}")


async def offer_mood(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask for a mood with a button."""
    await update.effective_message.reply_text("How are you?", reply_markup=KEYBOARD)


async def record_mood(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the press and replace the question."""
    await update.callback_query.answer("Thanks!")
    await update.callback_query.edit_message_text(f"Noted: {update.callback_query.data}")


async def test_text_round_trip(start_bot, client: SimulatorClient) -> None:
    await start_bot(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    replies = await client.chat(1001).say("hello")
    assert [event["text"] for event in replies] == ["You said: hello"]


async def test_say_gathers_a_reply_of_several_messages(start_bot, client) -> None:
    async def chatty(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_chat.send_action("typing")
        for text in ("One", "Two", "Three"):
            await update.effective_message.reply_text(text)

    await start_bot(MessageHandler(filters.TEXT, chatty))
    assert [event["text"] for event in await client.chat(1012).say("hi")] == ["One", "Two", "Three"]


async def test_command_reaches_command_handler_with_args(start_bot, client) -> None:
    seen: list[list[str]] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(list(context.args or []))
        await update.effective_message.reply_text("welcome")

    await start_bot(CommandHandler("start", start))
    await client.chat(1002).say("/start ABC")
    assert seen == [["ABC"]]


async def test_button_press_is_answered_and_message_edited(start_bot, client) -> None:
    await start_bot(CommandHandler("mood", offer_mood), CallbackQueryHandler(record_mood))
    chat = client.chat(1003)
    [question] = await chat.say("/mood")
    events = await chat.tap("Good")
    answer = next(event for event in events if event["type"] == "callback_answer")
    edited = next(event for event in events if event["type"] == "message")
    assert (answer["text"], answer["show_alert"]) == ("Thanks!", False)
    assert edited["message_id"] == question["message_id"]
    assert (edited["text"], edited["edited"], edited["reply_markup"]) == (
        "Noted: mood:good",
        True,
        None,
    )


async def test_edited_message_is_delivered(start_bot, client) -> None:
    async def on_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_chat.send_message(f"edited to {update.edited_message.text}")

    await start_bot(MessageHandler(filters.UpdateType.EDITED_MESSAGE, on_edit))
    chat = client.chat(1004)
    sent = await chat.send_text("frist")
    await chat.edit(sent["message_id"], "first")
    assert [event["text"] for event in await chat.replies()] == ["edited to first"]


@pytest.mark.parametrize(
    ("kind", "media_filter"),
    [
        ("sticker", filters.Sticker.ALL),
        ("photo", filters.PHOTO),
        ("voice", filters.VOICE),
        ("document", filters.Document.ALL),
    ],
)
async def test_media_is_delivered(start_bot, client, kind, media_filter) -> None:
    async def on_media(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        file_id = (
            message.sticker or message.voice or message.document or message.photo[-1]
        ).file_id
        await message.reply_text(f"got {file_id.split('-')[1]}")

    await start_bot(MessageHandler(media_filter, on_media))
    chat = client.chat(1005)
    await chat.send_media(kind)
    assert [event["text"] for event in await chat.replies()] == [f"got {kind}"]


async def test_blocked_user_raises_forbidden(bot: Bot, client) -> None:
    chat = client.chat(1006)
    await chat.send_text("hi")
    await chat.block()
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(1006, "are you there?")


async def test_unknown_chat_raises_bad_request(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999, "hello?")


async def test_too_long_message_raises_bad_request(bot: Bot, client) -> None:
    await client.chat(1007).send_text("hi")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(1007, "x" * 4097)
    assert (await bot.send_message(1007, "x" * 4096)).text == "x" * 4096


async def test_unchanged_edit_raises_bad_request(bot: Bot, client) -> None:
    await client.chat(1008).send_text("hi")
    sent = await bot.send_message(1008, "same", reply_markup=KEYBOARD)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("same", 1008, sent.message_id, reply_markup=KEYBOARD)


async def test_oversized_callback_data_raises_bad_request(bot: Bot, client) -> None:
    await client.chat(1009).send_text("hi")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(1009, "pick", reply_markup=markup)


async def test_unknown_callback_query_raises_bad_request(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query("12345")


async def test_webhook_blocks_get_updates(bot: Bot) -> None:
    await bot.set_webhook("https://example.org/hook")
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates(timeout=0)
    await bot.delete_webhook()
    assert await bot.get_updates(timeout=0) == ()


async def test_message_fields_parse_as_ptb_objects(bot: Bot, client) -> None:
    await client.chat(1010).send_text("hi")
    sent = await bot.send_message(1010, "<b>Hi</b> there", parse_mode="HTML")
    assert (sent.text, sent.chat.type, sent.from_user.is_bot) == ("Hi there", "private", True)
    assert sent.entities[0].type == "bold"
    [update] = await bot.get_updates(timeout=0)
    assert update.message.from_user.first_name == "Sam"


async def test_commands_round_trip(bot: Bot) -> None:
    await bot.set_my_commands([("start", "Begin"), ("help", "Get help")])
    assert [command.command for command in await bot.get_my_commands()] == ["start", "help"]
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


async def test_idle_after_bot_confirms_everything(start_bot, client) -> None:
    await start_bot(MessageHandler(filters.TEXT, echo))
    for text in ("one", "two", "three"):
        await client.chat(1011).send_text(text)
    assert await client.idle(timeout=5)

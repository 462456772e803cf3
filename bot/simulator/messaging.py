"""Bot API methods that write to a chat: send, edit, delete, answer, chat action."""

from typing import Any

from bot.simulator.context import Simulation
from bot.simulator.errors import bad_request
from bot.simulator.formatting import message_text
from bot.simulator.markup import checked_markup
from bot.simulator.params import Params

CHAT_ACTIONS = frozenset(
    {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice"}
    | {"upload_document", "choose_sticker", "find_location", "record_video_note"}
    | {"upload_video_note"}
)


def send_message(sim: Simulation, params: Params) -> dict[str, Any]:
    """Send a text message, checking it the way Telegram does."""
    content = text_content(params)
    markup = checked_markup(params.structure("reply_markup"))
    chat_id = params.chat_id()
    sim.state.writable_chat(chat_id)
    sim.limiter.check(chat_id)
    return sim.state.bot_sends(chat_id, content, markup)


def edit_message_text(sim: Simulation, params: Params) -> dict[str, Any]:
    """Replace a bot message's text; leaving out reply_markup removes the keyboard."""
    content = text_content(params)
    markup = edit_markup(params)
    message_id = params.integer("message_id")
    return sim.state.bot_edits(params.chat_id(), message_id, content, markup)


def edit_message_reply_markup(sim: Simulation, params: Params) -> dict[str, Any]:
    """Replace or remove a bot message's inline keyboard."""
    markup = edit_markup(params)
    message_id = params.integer("message_id")
    return sim.state.bot_edits(params.chat_id(), message_id, None, markup)


def delete_message(sim: Simulation, params: Params) -> bool:
    """Delete a message from the chat."""
    sim.state.bot_deletes(params.chat_id(), params.integer("message_id"))
    return True


def answer_callback_query(sim: Simulation, params: Params) -> bool:
    """Answer a button press, once."""
    query_id = params.text("callback_query_id") or ""
    sim.state.bot_answers(query_id, params.text("text"), params.flag("show_alert"))
    return True


def send_chat_action(sim: Simulation, params: Params) -> bool:
    """Accept a chat action such as typing; nothing is recorded."""
    if params.text("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    sim.state.writable_chat(params.chat_id())
    return True


def text_content(params: Params) -> dict[str, Any]:
    """Return the text and entities a message will carry."""
    text, entities = message_text(params.text("text"), params.text("parse_mode"))
    if not params.text("parse_mode"):
        entities = params.structure("entities") or []
    return {"text": text, "entities": entities}


def edit_markup(params: Params) -> dict[str, Any] | None:
    """Return the markup of an edit, which may only be an inline keyboard."""
    if params.text("inline_message_id"):
        raise bad_request("inline messages are not simulated")
    markup = checked_markup(params.structure("reply_markup"))
    if markup is not None and "inline_keyboard" not in markup:
        raise bad_request("inline keyboard expected")
    return markup


METHODS = {
    "sendMessage": send_message,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "answerCallbackQuery": answer_callback_query,
    "sendChatAction": send_chat_action,
}

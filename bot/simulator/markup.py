"""Check reply markup the way Telegram does before it accepts a message."""

from typing import Any

from bot.simulator.errors import bad_request

MAX_CALLBACK_DATA_BYTES = 64
BUTTON_ACTIONS = frozenset(
    {"callback_data", "url", "web_app", "login_url", "switch_inline_query", "pay"}
    | {"switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text"}
    | {"callback_game"}
)
OTHER_MARKUPS = ("keyboard", "remove_keyboard", "force_reply")


def checked_markup(markup: Any) -> dict[str, Any] | None:
    """Return markup after checking it, or fail with Telegram's reason."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        check_inline_keyboard(markup["inline_keyboard"])
    elif not any(key in markup for key in OTHER_MARKUPS):
        raise bad_request("can't parse reply keyboard markup JSON object")
    return markup


def check_inline_keyboard(rows: Any) -> None:
    """Fail unless rows is a list of rows of well-formed inline buttons."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    for row in rows:
        for button in row:
            check_inline_button(button)


def check_inline_button(button: Any) -> None:
    """Fail for a button without text or action, or with oversized callback data."""
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed")
    if not BUTTON_ACTIONS & button.keys():
        reason = "InlineKeyboardButton must have exactly one optional field"
        raise bad_request(f"can't parse inline keyboard button: {reason}")
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
        raise bad_request("BUTTON_DATA_INVALID")


def inline_part(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """Return the markup a Message object carries: only a non-empty inline keyboard."""
    if markup and markup.get("inline_keyboard"):
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None

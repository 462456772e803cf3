"""Build the Bot API objects (users, chats, messages, updates) that PTB parses."""

import re
from typing import Any

# Telegram marks "/command" or "/command@bot" at the start of a message as a bot_command;
# PTB's CommandHandler only reacts to a message whose first entity is one at offset 0.
COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?=\s|$)")
MEDIA_KINDS = ("sticker", "photo", "voice", "document")

JSON = dict[str, Any]


def utf16_length(text: str) -> int:
    """Return the length Telegram uses for entity offsets (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def user_object(user_id: int, first_name: str) -> JSON:
    """Return a human User object."""
    return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}


def bot_object(bot_id: int, first_name: str, username: str) -> JSON:
    """Return the bot's User object."""
    return {"id": bot_id, "is_bot": True, "first_name": first_name, "username": username}


def me_object(bot: JSON) -> JSON:
    """Return the bot's User object with the extra fields getMe adds."""
    flags = ("can_join_groups", "can_read_all_group_messages", "supports_inline_queries")
    extra = dict.fromkeys((*flags, "can_connect_to_business", "has_main_web_app"), False)
    return {**bot, **extra}


def chat_object(chat_id: int, first_name: str) -> JSON:
    """Return a private Chat object."""
    return {"id": chat_id, "type": "private", "first_name": first_name}


def command_entities(text: str) -> list[JSON]:
    """Return the bot_command entity for text that starts with a command, else nothing."""
    match = COMMAND.match(text)
    if match is None:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_length(match.group())}]


def media_content(kind: str, file_key: str) -> JSON:
    """Return the message fields for a user's sticker, photo, voice note or document."""
    ids = {"file_id": f"sim-{kind}-{file_key}", "file_unique_id": f"u{kind[:2]}{file_key}"}
    if kind == "sticker":
        shape = {"type": "regular", "width": 512, "height": 512, "emoji": "🙂"}
        return {"sticker": {**ids, **shape, "is_animated": False, "is_video": False}}
    if kind == "photo":
        return {"photo": [photo_size(ids, side) for side in (90, 320, 800)]}
    if kind == "voice":
        return {"voice": {**ids, "duration": 3, "mime_type": "audio/ogg"}}
    if kind == "document":
        return {"document": {**ids, "file_name": "note.pdf", "mime_type": "application/pdf"}}
    raise ValueError(f"unknown media kind {kind!r}")


def photo_size(ids: JSON, side: int) -> JSON:
    """Return one PhotoSize of a square photo; each size has its own file id."""
    return {
        "file_id": f"{ids['file_id']}-{side}",
        "file_unique_id": f"{ids['file_unique_id']}{side}",
        "width": side,
        "height": side,
        "file_size": side * side // 10,
    }


def message_object(message_id: int, date: int, chat: JSON, sender: JSON, content: JSON) -> JSON:
    """Return a Message object with the given content (text, entities, media, markup)."""
    return {"message_id": message_id, "date": date, "chat": chat, "from": sender, **content}


def callback_query_object(query_id: str, user: JSON, message: JSON, data: str) -> JSON:
    """Return a CallbackQuery object for a button press on a message."""
    instance = str(message["chat"]["id"] * 31 + 7)  # stable per chat, like Telegram's
    return {
        "id": query_id,
        "from": user,
        "chat_instance": instance,
        "message": message,
        "data": data,
    }


def member_update_object(chat: JSON, user: JSON, bot: JSON, date: int, is_blocked: bool) -> JSON:
    """Return the my_chat_member change Telegram sends when a user blocks or unblocks."""
    member = {"status": "member", "user": bot}
    kicked = {"status": "kicked", "user": bot, "until_date": 0}
    old, new = (member, kicked) if is_blocked else (kicked, member)
    change = {"old_chat_member": old, "new_chat_member": new}
    return {"chat": chat, "from": user, "date": date, **change}

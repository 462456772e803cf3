"""The simulated world: private chats, their messages, button presses and transcripts."""

import time
from collections.abc import Callable
from typing import Any

from bot.simulator.errors import ControlError, bad_request, blocked, chat_not_found
from bot.simulator.markup import inline_part
from bot.simulator.objects import (
    MEDIA_KINDS,
    callback_query_object,
    command_entities,
    media_content,
    member_update_object,
    message_object,
)
from bot.simulator.records import CallbackAnswer, Chat, PendingQuery, Receipt, StoredMessage
from bot.simulator.updates import UpdateQueue

JSON = dict[str, Any]
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"


class SimState:
    """Hold chats, the update queue and bot settings; no I/O, so tests can drive it."""

    def __init__(
        self,
        bot: JSON,
        clock: Callable[[], float] = time.time,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.bot = bot
        self.updates = UpdateQueue()
        self.webhook_url = ""
        self.commands: dict[str, list[JSON]] = {}
        self._chats: dict[int, Chat] = {}
        self._queries: dict[str, PendingQuery] = {}
        self._clock = clock
        self._on_change = on_change or (lambda: None)
        self._seq = 0

    # --- what the young person does -------------------------------------------------

    def user_sends_text(self, chat_id: int, text: str, first_name: str | None = None) -> Receipt:
        """Record a user's text message and queue its update."""
        content: JSON = {"text": text}
        if entities := command_entities(text):
            content["entities"] = entities
        return self._user_sends(self._chat_for_user(chat_id, first_name), "text", content)

    def user_sends_media(self, chat_id: int, kind: str, first_name: str | None = None) -> Receipt:
        """Record a user's sticker, photo, voice note or document and queue its update."""
        if kind not in MEDIA_KINDS:
            raise ControlError(400, f"kind must be one of {', '.join(MEDIA_KINDS)}")
        chat = self._chat_for_user(chat_id, first_name)
        content = media_content(kind, f"{chat_id}-{chat.last_message_id + 1}")
        return self._user_sends(chat, kind, content)

    def user_presses(self, chat_id: int, message_id: int, data: str) -> Receipt:
        """Record a press of a button on a bot message and queue its callback query."""
        chat = self._known_chat(chat_id)
        message = chat.messages.get(message_id)
        if message is None or message.sender != "bot" or message.is_deleted:
            raise ControlError(404, "no such bot message in this chat")
        query_id = str(10**15 + len(self._queries) + 1)
        self._queries[query_id] = PendingQuery(chat_id, message_id)
        body = callback_query_object(query_id, chat.user_json(), message.payload, data)
        update_id = self._push("callback_query", body)
        return Receipt(update_id, self._seq, callback_query_id=query_id)

    def user_edits(self, chat_id: int, message_id: int, text: str) -> Receipt:
        """Change the text of a user's own message and queue an edited_message update."""
        message = self._known_chat(chat_id).messages.get(message_id)
        if message is None or message.sender != "user" or message.kind != "text":
            raise ControlError(404, "no such text message from the user in this chat")
        content: JSON = {"text": text, "entities": command_entities(text)}
        self._apply_edit(message, content, message.markup)
        update_id = self._push("edited_message", message.payload)
        return Receipt(update_id, message.updated_seq, message_id=message_id)

    def set_blocked(self, chat_id: int, is_blocked: bool) -> Receipt:
        """Block or unblock the bot and queue the my_chat_member update Telegram sends."""
        chat = self._known_chat(chat_id)
        chat.is_blocked = is_blocked
        change = member_update_object(
            chat.chat_json(), chat.user_json(), self.bot, self._now(), is_blocked
        )
        return Receipt(self._push("my_chat_member", change), self._seq)

    # --- what the bot does ------------------------------------------------------------

    def writable_chat(self, chat_id: int) -> Chat:
        """Return the chat the bot wants to write to, or fail as Telegram does."""
        chat = self._chats.get(chat_id)
        if chat is None:
            raise chat_not_found()
        if chat.is_blocked:
            raise blocked()
        return chat

    def bot_sends(self, chat_id: int, content: JSON, markup: JSON | None) -> JSON:
        """Record a bot message and return its Message object."""
        chat = self.writable_chat(chat_id)
        content = {key: value for key, value in content.items() if value}
        if inline := inline_part(markup):
            content["reply_markup"] = inline
        message = self._store(chat, "bot", "text", content, markup)
        return message.payload

    def bot_edits(
        self, chat_id: int, message_id: int, content: JSON | None, markup: JSON | None
    ) -> JSON:
        """Replace a bot message's text and entities (unless None) and inline keyboard."""
        message = self._bot_message(chat_id, message_id, "message to edit not found")
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        current = _text_content(message.payload)
        new_content = current if content is None else content
        if new_content == current and inline_part(markup) == inline_part(message.markup):
            raise bad_request(NOT_MODIFIED)
        self._apply_edit(message, new_content, markup)
        return message.payload

    def bot_deletes(self, chat_id: int, message_id: int) -> None:
        """Mark a message deleted; the transcript keeps it, flagged."""
        chat = self.writable_chat(chat_id)
        message = chat.messages.get(message_id)
        if message is None or message.is_deleted:
            raise bad_request("message to delete not found")
        message.is_deleted = True
        message.updated_seq = self._next_seq()

    def bot_answers(self, query_id: str, text: str | None, show_alert: bool) -> None:
        """Record the bot's answer to a button press, which may be answered once."""
        query = self._queries.get(query_id)
        if query is None or query.is_answered:
            raise bad_request(QUERY_TOO_OLD)
        query.is_answered = True
        answer = CallbackAnswer(self._next_seq(), query.message_id, text, show_alert)
        self._chats[query.chat_id].events.append(answer)

    def confirm_updates(self, offset: int) -> None:
        """Drop updates the bot has confirmed with a getUpdates offset."""
        self.updates.confirm(offset)
        self._on_change()

    # --- reading ----------------------------------------------------------------------

    def transcript(self, chat_id: int) -> list[JSON]:
        """Return every event of a chat in the order it happened."""
        chat = self._chats.get(chat_id)
        return [entry.event() for entry in chat.events] if chat else []

    def bot_events_after(self, chat_id: int, seq: int) -> list[JSON]:
        """Return the bot's messages and answers created or changed after seq."""
        chat = self._chats.get(chat_id)
        events = chat.events if chat else []
        return [e.event() for e in events if e.sender == "bot" and e.updated_seq > seq]

    def is_idle(self) -> bool:
        """Say whether every update has been delivered and confirmed."""
        return self.updates.pending_count == 0

    # --- internals --------------------------------------------------------------------

    def _chat_for_user(self, chat_id: int, first_name: str | None) -> Chat:
        """Return the chat a user writes in, creating it on first contact."""
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = Chat(chat_id, first_name or "Sam")
        elif first_name:
            chat.first_name = first_name
        if chat.is_blocked:
            raise ControlError(409, "the user has blocked the bot; unblock first")
        return chat

    def _known_chat(self, chat_id: int) -> Chat:
        """Return an existing chat or fail the control request."""
        chat = self._chats.get(chat_id)
        if chat is None:
            raise ControlError(404, "no such chat; send a message first")
        return chat

    def _bot_message(self, chat_id: int, message_id: int, missing: str) -> StoredMessage:
        """Return a live bot message the bot may change, or fail as Telegram does."""
        message = self.writable_chat(chat_id).messages.get(message_id)
        if message is None or message.is_deleted:
            raise bad_request(missing)
        if message.sender != "bot":
            raise bad_request("message can't be edited")
        return message

    def _user_sends(self, chat: Chat, kind: str, content: JSON) -> Receipt:
        """Store a user message and queue it as a message update."""
        message = self._store(chat, "user", kind, content, None)
        update_id = self._push("message", message.payload)
        return Receipt(update_id, message.seq, message_id=message.message_id)

    def _store(
        self, chat: Chat, sender: str, kind: str, content: JSON, markup: JSON | None
    ) -> StoredMessage:
        """Store a new message in the chat and its transcript."""
        chat.last_message_id += 1
        sender_json = self.bot if sender == "bot" else chat.user_json()
        payload = message_object(
            chat.last_message_id, self._now(), chat.chat_json(), sender_json, content
        )
        message = StoredMessage(payload, sender, kind, self._next_seq(), markup)
        chat.messages[message.message_id] = message
        chat.events.append(message)
        return message

    def _apply_edit(self, message: StoredMessage, content: JSON, markup: JSON | None) -> None:
        """Replace a message's content and markup, marking it edited."""
        for key in ("text", "entities", "reply_markup"):
            message.payload.pop(key, None)
        message.payload.update({k: v for k, v in content.items() if v})
        if inline := inline_part(markup):
            message.payload["reply_markup"] = inline
        message.payload["edit_date"] = self._now()
        message.markup = markup
        message.is_edited = True
        message.updated_seq = self._next_seq()

    def _push(self, kind: str, body: JSON) -> int:
        """Queue an update and announce the change."""
        update_id = self.updates.push(kind, body)
        self._on_change()
        return update_id

    def _next_seq(self) -> int:
        """Return the next global event number, announcing the change."""
        self._seq += 1
        self._on_change()
        return self._seq

    def _now(self) -> int:
        """Return the current time as Telegram dates it."""
        return int(self._clock())


def _text_content(payload: JSON) -> JSON:
    """Return the text and entities of a Message object, for comparing edits."""
    return {"text": payload.get("text"), "entities": payload.get("entities") or []}

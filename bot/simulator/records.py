"""The records the simulated world keeps: chats, their messages and the bot's answers."""

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from bot.simulator.objects import chat_object, user_object

JSON = dict[str, Any]


@dataclass
class StoredMessage:
    """One message in a chat, as both the bot and the transcript see it."""

    payload: JSON  # the Bot API Message object
    sender: str  # "user" or "bot"
    kind: str  # "text" or a media kind
    seq: int
    markup: JSON | None = None  # everything the bot sent, reply keyboards included
    updated_seq: int = 0
    is_edited: bool = False
    is_deleted: bool = False

    def __post_init__(self) -> None:
        self.updated_seq = self.updated_seq or self.seq

    @property
    def message_id(self) -> int:
        """Return the message's id within its chat."""
        return self.payload["message_id"]

    def event(self) -> JSON:
        """Return the transcript entry for this message."""
        return {
            "type": "message",
            "seq": self.seq,
            "updated_seq": self.updated_seq,
            "message_id": self.message_id,
            "from": self.sender,
            "kind": self.kind,
            "text": self.payload.get("text"),
            "reply_markup": self.markup,
            "edited": self.is_edited,
            "deleted": self.is_deleted,
        }


@dataclass
class CallbackAnswer:
    """The bot's answer to a button press, shown to the user as a toast or an alert."""

    seq: int
    message_id: int
    text: str | None
    show_alert: bool
    sender: str = "bot"

    @property
    def updated_seq(self) -> int:
        """Return the seq of the last change, which for an answer is its only one."""
        return self.seq

    def event(self) -> JSON:
        """Return the transcript entry for this answer."""
        return {
            "type": "callback_answer",
            "seq": self.seq,
            "updated_seq": self.seq,
            "message_id": self.message_id,
            "from": "bot",
            "text": self.text,
            "show_alert": self.show_alert,
        }


@dataclass
class Chat:
    """A private chat between the bot and one simulated young person."""

    chat_id: int
    first_name: str
    is_blocked: bool = False
    last_message_id: int = 0
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    events: list[StoredMessage | CallbackAnswer] = field(default_factory=list)

    def chat_json(self) -> JSON:
        """Return the Bot API Chat object."""
        return chat_object(self.chat_id, self.first_name)

    def user_json(self) -> JSON:
        """Return the Bot API User object of the young person."""
        return user_object(self.chat_id, self.first_name)


@dataclass
class PendingQuery:
    """A button press waiting for answerCallbackQuery."""

    chat_id: int
    message_id: int
    is_answered: bool = False


class Receipt(NamedTuple):
    """What the control API reports after a user action."""

    update_id: int
    seq: int
    message_id: int | None = None
    callback_query_id: str | None = None

    def to_json(self) -> JSON:
        """Return the receipt without empty fields."""
        return {key: value for key, value in self._asdict().items() if value is not None}

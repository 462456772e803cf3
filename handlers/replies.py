"""Outgoing replies: built inside a unit of work, sent only after it commits."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Chat, InlineKeyboardMarkup

from core.feedback import TELEGRAM_TEXT_LIMIT


@dataclass(frozen=True)
class Reply:
    text: str
    keyboard: InlineKeyboardMarkup | None = None


def split_text(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split text into Telegram-sized parts, preferring line breaks."""
    parts: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > 0 else limit
        parts.append(text[:cut])
        text = text[cut:].lstrip("\n")
    parts.append(text)
    return [part for part in parts if part]


async def send_replies(chat: Chat, replies: list[Reply]) -> None:
    """Send each reply in order; long ones in parts, the keyboard on the last part."""
    for reply in replies:
        parts = split_text(reply.text)
        for index, part in enumerate(parts):
            keyboard = reply.keyboard if index == len(parts) - 1 else None
            await chat.send_message(part, reply_markup=keyboard)

"""Turn a bot's formatted text into the plain text and entities Telegram stores."""

import re
from html.parser import HTMLParser
from typing import Any

from bot.simulator.errors import bad_request
from bot.simulator.objects import utf16_length

MAX_TEXT_LENGTH = 4096

HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "code": "code",
    "pre": "pre",
    "a": "text_link",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
}
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MARKDOWN_MARKERS = frozenset("*_~|`")
# Characters MarkdownV2 reserves; Telegram rejects a message that leaves one unescaped.
MARKDOWN_V2_RESERVED = frozenset("[]()>#+-={}.!")


def message_text(text: str | None, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """Return the stored text and entities, or fail as Telegram does for bad text."""
    plain, entities = parse_formatted(text or "", parse_mode)
    if not plain.strip():
        raise bad_request("message text is empty")
    if len(plain) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    return plain, entities


def parse_formatted(text: str, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """Return the plain text and entities for text in the given parse mode."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return parse_html(text)
    if mode in ("markdown", "markdownv2"):
        return strip_markdown(text, is_v2=mode == "markdownv2"), []
    if mode:
        raise bad_request("unsupported parse_mode")
    return text, []


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Return the plain text and entities of Telegram-flavoured HTML."""
    parser = _EntityParser()
    parser.feed(text)
    parser.close()
    if parser.open_tags:
        tag = parser.open_tags[-1][0]
        raise bad_request(f"can't parse entities: Can't find end tag corresponding to \"{tag}\"")
    entities = sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))
    return "".join(parser.parts), entities


class _EntityParser(HTMLParser):
    """Collect text and entities from the small set of tags Telegram allows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.open_tags: list[tuple[str, int, dict[str, str | None]]] = []
        self.entities: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an entity, refusing tags Telegram does not support."""
        if tag not in HTML_TAGS:
            raise bad_request(f'can\'t parse entities: Unsupported start tag "{tag}"')
        self.open_tags.append((tag, self.length, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost entity, which must match."""
        if not self.open_tags or self.open_tags[-1][0] != tag:
            raise bad_request(f'can\'t parse entities: Unmatched end tag "{tag}"')
        _, start, attrs = self.open_tags.pop()
        if self.length > start:
            entity = {"type": HTML_TAGS[tag], "offset": start, "length": self.length - start}
            if tag == "a":
                entity["url"] = attrs.get("href") or ""
            self.entities.append(entity)

    def handle_data(self, data: str) -> None:
        """Keep text, measuring it the way Telegram measures offsets."""
        self.parts.append(data)
        self.length += utf16_length(data)


def strip_markdown(text: str, is_v2: bool) -> str:
    """Return Markdown text without its markers and escapes (entities are not kept)."""
    text = MARKDOWN_LINK.sub(r"\1", text)
    plain: list[str] = []
    is_code = False  # inside `code` MarkdownV2 needs no escaping
    chars = iter(text)
    for char in chars:
        if char == "\\" and is_v2:
            plain.append(next(chars, ""))
        elif char == "`" or (char in MARKDOWN_MARKERS and not is_code):
            is_code ^= char == "`"
        elif is_v2 and not is_code and char in MARKDOWN_V2_RESERVED:
            raise bad_request(f"can't parse entities: {reserved_reason(char)}")
        else:
            plain.append(char)
    return "".join(plain)


def reserved_reason(char: str) -> str:
    """Return Telegram's explanation for an unescaped MarkdownV2 character."""
    return f"Character '{char}' is reserved and must be escaped with the preceding '\\'"

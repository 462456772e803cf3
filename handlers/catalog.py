"""User-facing wording from gettext catalogs (.po read with Babel), varied by age band.

A message id is a key such as "menu.prompt"; an age band may have its own wording as a
`msgctxt` of the band ("8-11"), falling back to the entry without a context.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from core.people import AgeBand

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "carevoice"


class Catalog:
    """Look up wording by key and age band, filling `{placeholders}`."""

    def __init__(self, entries: dict[tuple[str | None, str], str]) -> None:
        self._entries = entries

    @classmethod
    def load(cls, locale: str = "en") -> Catalog:
        return _load(locale)

    def text(self, key: str, band: AgeBand | None = None, **values: object) -> str:
        wording = self._entries.get((band.value if band else None, key))
        if wording is None:
            wording = self._entries[(None, key)]
        return wording.format(**values) if values else wording

    def all_keys(self) -> set[str]:
        return {key for _context, key in self._entries}

    def contexts_of(self, key: str) -> set[str | None]:
        return {context for context, k in self._entries if k == key}


@cache
def _load(locale: str) -> Catalog:
    path = LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        po = read_po(handle, locale=locale)
    entries = {
        (message.context, str(message.id)): str(message.string)
        for message in po
        if message.id and message.string
    }
    return Catalog(entries)

"""Encryption of free text and chat ids at rest, and pseudonymous lookup of Telegram users."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from core.errors import DecryptionFailed


class TextCipher:
    """Encrypt with the newest key; decrypt with any key still configured (rotation)."""

    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise ValueError("at least one data key is needed")
        self._fernet = MultiFernet([Fernet(key.encode()) for key in keys])

    def __repr__(self) -> str:
        return "TextCipher(keys=<hidden>)"

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as e:
            raise DecryptionFailed("stored text could not be decrypted with any key") from e

    def rotate(self, token: str) -> str:
        """Re-encrypt a token under the newest key."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken as e:
            raise DecryptionFailed("stored text could not be decrypted with any key") from e


class Pseudonymiser:
    """Keyed hash of a Telegram user id, so we can find a person without storing the id."""

    def __init__(self, key: str) -> None:
        self._key = key.encode("utf-8")

    def __repr__(self) -> str:
        return "Pseudonymiser(key=<hidden>)"

    def lookup_hash(self, telegram_user_id: int) -> str:
        digest = hmac.new(self._key, str(telegram_user_id).encode(), hashlib.sha256)
        return digest.hexdigest()


def hash_invite_code(code: str) -> str:
    """Hash a normalised invite code: codes are secrets and are never stored as typed."""
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def new_data_key() -> str:
    """Return a new Fernet key for CAREVOICE_DATA_KEY."""
    return Fernet.generate_key().decode("ascii")

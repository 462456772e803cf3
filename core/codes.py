"""Invite codes and message references: short, unambiguous, easy to type on a phone."""

from __future__ import annotations

import secrets

# No 0/O, 1/I/L, 5/S, 2/Z: codes are read aloud and typed by children.
ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY"
INVITE_LENGTH = 8
REFERENCE_PREFIX = "CV-"
REFERENCE_LENGTH = 4


def new_invite_code() -> str:
    """Return a fresh random invite code."""
    return "".join(secrets.choice(ALPHABET) for _ in range(INVITE_LENGTH))


def new_reference() -> str:
    """Return a fresh random message reference such as CV-7K3Q."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(REFERENCE_LENGTH))
    return REFERENCE_PREFIX + body


def normalise_code(typed: str) -> str:
    """Turn what someone typed into the canonical code: upper case, no spaces or dashes."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def looks_like_invite_code(typed: str) -> bool:
    """Tell whether typed text could be an invite code (so we don't treat chat as a guess)."""
    code = normalise_code(typed)
    return len(code) == INVITE_LENGTH and all(ch in ALPHABET for ch in code)

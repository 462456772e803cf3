"""Invite rules: who a code admits, when it stops working, and how guessing is limited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from core.errors import InviteRejected
from core.people import AgeBand, Cohort

MAX_FAILED_ATTEMPTS = 5
ATTEMPT_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class Invite:
    """An invite as stored: the code itself is only ever kept hashed."""

    id: int
    cohort: Cohort
    age_band: AgeBand
    max_uses: int
    uses: int
    expires_at: datetime | None
    is_revoked: bool = False


def check_invite(invite: Invite, now: datetime) -> None:
    """Raise InviteRejected unless the invite can admit one more young person now."""
    if invite.is_revoked:
        raise InviteRejected("revoked")
    if invite.expires_at is not None and now >= invite.expires_at:
        raise InviteRejected("expired")
    if invite.uses >= invite.max_uses:
        raise InviteRejected("used_up")


def is_locked_out(failed_attempts: int, window_start: datetime | None, now: datetime) -> bool:
    """Tell whether too many wrong codes were tried recently to allow another guess."""
    if window_start is None or now - window_start >= ATTEMPT_WINDOW:
        return False
    return failed_attempts >= MAX_FAILED_ATTEMPTS


def count_failure(
    failed_attempts: int, window_start: datetime | None, now: datetime
) -> tuple[int, datetime]:
    """Return the failure count and window start after one more wrong code."""
    if window_start is None or now - window_start >= ATTEMPT_WINDOW:
        return 1, now
    return failed_attempts + 1, window_start

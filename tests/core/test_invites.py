from datetime import UTC, datetime, timedelta

import pytest

from core.errors import InviteRejected
from core.invites import Invite, check_invite, count_failure, is_locked_out
from core.people import AgeBand, Cohort

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def _invite(uses=0, max_uses=1, expires_at=None, is_revoked=False) -> Invite:
    return Invite(1, Cohort.IN_CARE, AgeBand.TEEN, max_uses, uses, expires_at, is_revoked)


@pytest.mark.parametrize(
    ("invite", "reason"),
    [
        (_invite(uses=1, max_uses=1), "used_up"),
        (_invite(expires_at=NOW), "expired"),
        (_invite(expires_at=NOW - timedelta(days=1)), "expired"),
        (_invite(is_revoked=True), "revoked"),
    ],
)
def test_unusable_invites_say_why(invite, reason):
    with pytest.raises(InviteRejected) as rejected:
        check_invite(invite, NOW)
    assert rejected.value.reason == reason


@pytest.mark.parametrize(
    "invite", [_invite(), _invite(uses=4, max_uses=5), _invite(expires_at=NOW + timedelta(1))]
)
def test_usable_invites_pass(invite):
    check_invite(invite, NOW)


@pytest.mark.parametrize(
    ("failed", "since", "locked"),
    [
        (0, None, False),
        (4, NOW - timedelta(minutes=1), False),
        (5, NOW - timedelta(minutes=1), True),
        (9, NOW - timedelta(minutes=14, seconds=59), True),
        (9, NOW - timedelta(minutes=15), False),
    ],
)
def test_guessing_is_locked_out_after_five_failures_within_fifteen_minutes(failed, since, locked):
    assert is_locked_out(failed, since, NOW) is locked


def test_failures_restart_counting_after_the_window():
    assert count_failure(3, NOW - timedelta(minutes=5), NOW) == (4, NOW - timedelta(minutes=5))
    assert count_failure(9, NOW - timedelta(minutes=20), NOW) == (1, NOW)
    assert count_failure(0, None, NOW) == (1, NOW)

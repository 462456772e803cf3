"""Creating invite codes for officers (used by the CLI and the demo)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.people import AgeBand, Cohort
from storage.migrate import upgrade
from storage.store import Store


async def create_invite(
    store: Store,
    cohort: Cohort,
    age_band: AgeBand,
    uses: int,
    expires_in: timedelta | None,
    close: bool = True,
) -> str:
    """Create one invite and return its code (shown once; only its hash is stored)."""
    try:
        await upgrade(store.engine)
        async with store.unit_of_work() as uow:
            return await uow.invites.create(cohort, age_band, uses, expires_in, datetime.now(UTC))
    finally:
        if close:
            await store.close()

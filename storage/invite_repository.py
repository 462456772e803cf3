"""Invites: codes are stored hashed; redeeming one counts a use atomically."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.codes import new_invite_code, normalise_code
from core.errors import InviteRejected
from core.invites import Invite, check_invite
from core.people import AgeBand, Cohort
from storage.encryption import hash_invite_code
from storage.tables import InviteRow


class InviteRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def create(
        self,
        cohort: Cohort,
        age_band: AgeBand,
        uses: int,
        expires_in: timedelta | None,
        now: datetime,
    ) -> str:
        """Create an invite and return its code, which is shown once and never stored."""
        code = new_invite_code()
        self._session.add(
            InviteRow(
                code_hash=hash_invite_code(code),
                cohort=cohort.value,
                age_band=age_band.value,
                max_uses=uses,
                uses=0,
                created_at=now,
                expires_at=now + expires_in if expires_in else None,
            )
        )
        await self._session.flush()
        return code

    async def find_usable(self, typed_code: str, now: datetime) -> Invite:
        """Return the invite for a typed code, or raise InviteRejected saying why not."""
        row = await self._row_by_code(typed_code)
        if row is None:
            raise InviteRejected("unknown")
        invite = _to_invite(row)
        check_invite(invite, now)
        return invite

    async def redeem(self, invite_id: int, now: datetime) -> Invite:
        """Count one use of the invite, re-checking it under a row lock."""
        query = select(InviteRow).where(InviteRow.id == invite_id).with_for_update()
        row = (await self._session.scalars(query)).one()
        check_invite(_to_invite(row), now)
        row.uses += 1
        return _to_invite(row)

    async def _row_by_code(self, typed_code: str) -> InviteRow | None:
        code_hash = hash_invite_code(normalise_code(typed_code))
        query = select(InviteRow).where(InviteRow.code_hash == code_hash)
        return (await self._session.scalars(query)).one_or_none()


def _to_invite(row: InviteRow) -> Invite:
    return Invite(
        id=row.id,
        cohort=Cohort(row.cohort),
        age_band=AgeBand(row.age_band),
        max_uses=row.max_uses,
        uses=row.uses,
        expires_at=row.expires_at,
        is_revoked=row.is_revoked,
    )

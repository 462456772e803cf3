"""Young people: found by a keyed hash of their Telegram id, chat id kept encrypted."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.invites import Invite
from core.people import AgeBand, Cohort, PersonStatus, YoungPerson
from storage.encryption import TextCipher
from storage.tables import PersonRow


class PeopleRepository:
    def __init__(self, session: AsyncSession, cipher: TextCipher) -> None:
        self._session = session
        self._cipher = cipher

    async def find(self, lookup_hash: str) -> YoungPerson | None:
        row = await self._row_by_lookup(lookup_hash)
        return self._to_person(row) if row else None

    async def get(self, person_id: str) -> YoungPerson:
        return self._to_person(await self._row(person_id))

    async def find_or_add_visitor(
        self, lookup_hash: str, chat_id: int, now: datetime
    ) -> YoungPerson:
        """Return the person for this hash, adding a visitor row on first contact."""
        row = await self._row_by_lookup(lookup_hash, for_update=True)
        if row is None:
            row = PersonRow(
                id=uuid.uuid4().hex,
                lookup_hash=lookup_hash,
                status=PersonStatus.VISITOR.value,
                chat_id_enc=self._cipher.encrypt(str(chat_id)),
                created_at=now,
            )
            self._session.add(row)
            await self._session.flush()
        row.last_seen_at = now
        return self._to_person(row)

    async def join(self, person_id: str, invite: Invite, now: datetime) -> YoungPerson:
        row = await self._row(person_id)
        row.status = PersonStatus.ACTIVE.value
        row.cohort, row.age_band = invite.cohort.value, invite.age_band.value
        row.invite_id, row.joined_at = invite.id, now
        return self._to_person(row)

    async def set_nickname(self, person_id: str, nickname: str | None) -> None:
        row = await self._row(person_id)
        row.nickname_enc = self._cipher.encrypt(nickname) if nickname else None

    async def set_status(self, person_id: str, status: PersonStatus) -> None:
        (await self._row(person_id)).status = status.value

    async def chat_id(self, person_id: str) -> int | None:
        row = await self._row(person_id)
        return int(self._cipher.decrypt(row.chat_id_enc)) if row.chat_id_enc else None

    async def erase(self, person_id: str) -> None:
        """Forget who they are: no lookup hash, chat id, nickname, cohort or age band."""
        row = await self._row(person_id)
        row.lookup_hash = row.chat_id_enc = row.nickname_enc = None
        row.cohort = row.age_band = None
        row.status = PersonStatus.ERASED.value

    async def _row(self, person_id: str) -> PersonRow:
        row = await self._session.get(PersonRow, person_id)
        if row is None:
            raise LookupError("no such person")
        return row

    async def _row_by_lookup(self, lookup_hash: str, for_update: bool = False) -> PersonRow | None:
        query = select(PersonRow).where(PersonRow.lookup_hash == lookup_hash)
        if for_update:
            query = query.with_for_update()
        return (await self._session.scalars(query)).one_or_none()

    def _to_person(self, row: PersonRow) -> YoungPerson:
        return YoungPerson(
            id=row.id,
            status=PersonStatus(row.status),
            cohort=Cohort(row.cohort) if row.cohort else None,
            age_band=AgeBand(row.age_band) if row.age_band else None,
            nickname=self._cipher.decrypt(row.nickname_enc) if row.nickname_enc else None,
            joined_at=row.joined_at,
            created_at=row.created_at,
        )

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import InviteRejected
from core.people import AgeBand, Cohort

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


async def _create(store, uses=1, expires_in=None):
    async with store.unit_of_work() as uow:
        return await uow.invites.create(Cohort.IN_CARE, AgeBand.TEEN, uses, expires_in, NOW)


async def test_a_code_is_found_however_it_is_typed(store):
    code = await _create(store)
    typed = f" {code[:4].lower()}-{code[4:]} "
    async with store.unit_of_work() as uow:
        invite = await uow.invites.find_usable(typed, NOW)
    assert (invite.cohort, invite.age_band) == (Cohort.IN_CARE, AgeBand.TEEN)


async def test_the_code_itself_is_never_stored(store):
    code = await _create(store)
    async with store.unit_of_work() as uow:
        from sqlalchemy import text

        rows = (await uow.session.execute(text("SELECT code_hash FROM invites"))).all()
    assert code not in str(rows)


async def test_a_code_stops_working_after_its_uses(store):
    code = await _create(store, uses=1)
    async with store.unit_of_work() as uow:
        invite = await uow.invites.find_usable(code, NOW)
        await uow.invites.redeem(invite.id, NOW)
    async with store.unit_of_work() as uow:
        with pytest.raises(InviteRejected) as rejected:
            await uow.invites.find_usable(code, NOW)
    assert rejected.value.reason == "used_up"


async def test_a_code_stops_working_when_it_expires(store):
    code = await _create(store, uses=5, expires_in=timedelta(days=1))
    async with store.unit_of_work() as uow:
        with pytest.raises(InviteRejected) as rejected:
            await uow.invites.find_usable(code, NOW + timedelta(days=1, seconds=1))
    assert rejected.value.reason == "expired"


async def test_an_unknown_code_is_rejected_as_unknown(store):
    async with store.unit_of_work() as uow:
        with pytest.raises(InviteRejected) as rejected:
            await uow.invites.find_usable("ABCD3467", NOW)
    assert rejected.value.reason == "unknown"

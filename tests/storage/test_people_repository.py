from datetime import UTC, datetime

from sqlalchemy import select

from core.invites import Invite
from core.people import AgeBand, Cohort, PersonStatus
from storage.tables import PersonRow

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
INVITE = Invite(
    id=1, cohort=Cohort.CARE_LEAVER, age_band=AgeBand.LEAVER, max_uses=1, uses=0, expires_at=None
)


async def test_a_first_contact_becomes_a_visitor_found_again_by_the_same_hash(store):
    async with store.unit_of_work() as uow:
        first = await uow.people.find_or_add_visitor("hash-1", 555000111, NOW)
    async with store.unit_of_work() as uow:
        again = await uow.people.find_or_add_visitor("hash-1", 555000111, NOW)
    assert first.id == again.id
    assert again.status is PersonStatus.VISITOR


async def test_chat_id_and_nickname_are_stored_only_encrypted(store):
    async with store.unit_of_work() as uow:
        person = await uow.people.find_or_add_visitor("hash-2", 555000222, NOW)
        await uow.people.set_nickname(person.id, "Jaz")
    async with store.unit_of_work() as uow:
        row = (await uow.session.scalars(select(PersonRow))).one()
        assert "555000222" not in (row.chat_id_enc or "")
        assert "Jaz" not in (row.nickname_enc or "")
        assert await uow.people.chat_id(person.id) == 555000222
        assert (await uow.people.get(person.id)).nickname == "Jaz"


async def test_erasing_removes_every_link_to_the_person(store):
    async with store.unit_of_work() as uow:
        await uow.session.merge(_invite_row())
        person = await uow.people.find_or_add_visitor("hash-3", 555000333, NOW)
        await uow.people.join(person.id, INVITE, NOW)
        await uow.people.erase(person.id)
    async with store.unit_of_work() as uow:
        assert await uow.people.find("hash-3") is None
        row = await uow.session.get(PersonRow, person.id)
        assert (row.chat_id_enc, row.nickname_enc, row.status) == (None, None, "erased")
        assert (row.cohort, row.age_band, row.lookup_hash) == (None, None, None)


def _invite_row():
    from storage.tables import InviteRow

    return InviteRow(
        id=1,
        code_hash="x",
        cohort="care_leaver",
        age_band="16-25",
        max_uses=1,
        uses=0,
        created_at=NOW,
    )

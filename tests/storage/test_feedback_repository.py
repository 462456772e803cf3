from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from core.analysis import NO_RISK, RiskAssessment, RiskLevel
from core.feedback import FeedbackDraft, FeedbackKind, Topic
from storage.feedback_repository import purge_text_before
from storage.tables import FeedbackRow, SafeguardingAlertRow

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
URGENT = RiskAssessment(RiskLevel.URGENT, "self_harm", ("self_harm:cutting",))


async def _person(store, lookup="hash"):
    async with store.unit_of_work() as uow:
        return (await uow.people.find_or_add_visitor(lookup, 42, NOW)).id


async def _record(store, person_id, text="school is ok", risk=NO_RISK, update_id=None, at=NOW):
    async with store.unit_of_work() as uow:
        draft = FeedbackDraft(person_id, FeedbackKind.VIEWS, text, risk, Topic.EDUCATION, update_id)
        return await uow.feedback.record(draft, at)


async def test_a_message_is_stored_whole_and_encrypted_with_a_reference(store):
    person_id = await _person(store)
    long_text = "é" * 4096
    stored = await _record(store, person_id, long_text)
    async with store.unit_of_work() as uow:
        [again] = await uow.feedback.list_for_person(person_id)
        row = (await uow.session.scalars(select(FeedbackRow))).one()
    assert again.text == long_text and again.reference == stored.reference
    assert stored.reference.startswith("CV-") and len(stored.reference) == 7
    assert "é" not in row.text_enc


async def test_an_urgent_message_opens_a_safeguarding_alert(store):
    person_id = await _person(store)
    stored = await _record(store, person_id, "something urgent", URGENT)
    async with store.unit_of_work() as uow:
        alert = (await uow.session.scalars(select(SafeguardingAlertRow))).one()
    assert (alert.feedback_id, alert.reason, alert.status) == (stored.id, "self_harm", "open")


async def test_a_redelivered_update_finds_the_message_already_stored(store):
    person_id = await _person(store)
    stored = await _record(store, person_id, update_id=9001)
    async with store.unit_of_work() as uow:
        assert (await uow.feedback.find_by_update(9001)).reference == stored.reference


async def test_erasure_keeps_only_safeguarding_records(store):
    person_id = await _person(store)
    await _record(store, person_id, "ordinary")
    await _record(store, person_id, "urgent", URGENT)
    async with store.unit_of_work() as uow:
        kept = await uow.feedback.erase_for_person(person_id)
    async with store.unit_of_work() as uow:
        remaining = await uow.feedback.list_for_person(person_id)
    assert kept == 1 and [f.risk.level for f in remaining] == [RiskLevel.URGENT]


async def test_retention_drops_old_raw_text_but_not_safeguarding_records(store):
    person_id = await _person(store)
    await _record(store, person_id, "old", at=NOW - timedelta(days=400))
    await _record(store, person_id, "old urgent", URGENT, at=NOW - timedelta(days=400))
    await _record(store, person_id, "recent", at=NOW - timedelta(days=5))
    async with store.unit_of_work() as uow:
        purged = await purge_text_before(uow.session, NOW - timedelta(days=365))
    async with store.unit_of_work() as uow:
        texts = [f.text for f in await uow.feedback.list_for_person(person_id)]
    assert purged == 1 and texts == [None, "old urgent", "recent"]

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from core.analysis import NO_RISK, Intent, MessageAnalysis, RiskAssessment, RiskLevel, Sentiment
from core.feedback import FeedbackDraft, FeedbackKind
from core.people import AgeBand, Cohort
from storage.feedback_repository import purge_text_before
from storage.tables import FeedbackRow, PersonRow

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")
URGENT = RiskAssessment(RiskLevel.URGENT, "self_harm")


def analysis(redacted="my [NAME] is late again", themes=("social_worker",)):
    return MessageAnalysis(themes, Sentiment.NEGATIVE, Intent.COMPLAINT, NO_RISK, redacted)


async def _person(store, person_id="p1", cohort=Cohort.IN_CARE, band=AgeBand.TEEN):
    async with store.unit_of_work() as uow:
        uow.session.add(
            PersonRow(
                id=person_id,
                status="active",
                cohort=cohort.value if cohort else None,
                age_band=band.value if band else None,
                created_at=NOW,
            )
        )
    return person_id


async def _record(store, person_id, text="Dave my social worker is late", at=NOW, risk=NO_RISK):
    async with store.unit_of_work() as uow:
        draft = FeedbackDraft(person_id, FeedbackKind.VIEWS, text, risk)
        return (await uow.feedback.record(draft, at)).id


async def test_an_analysis_is_saved_with_its_redacted_text_encrypted(store):
    feedback_id = await _record(store, await _person(store))
    async with store.unit_of_work() as uow:
        assert await uow.analysis.save(feedback_id, analysis(), "v1")
    async with store.unit_of_work() as uow:
        row = (await uow.session.scalars(select(FeedbackRow))).one()
    assert (row.themes, row.sentiment, row.intent) == (["social_worker"], "negative", "complaint")
    assert row.analysis_version == "v1" and "[NAME]" not in row.redacted_enc
    assert store.cipher.decrypt(row.redacted_enc) == "my [NAME] is late again"


async def test_saving_for_a_message_that_is_gone_says_so(store):
    async with store.unit_of_work() as uow:
        assert not await uow.analysis.save(999, analysis(), "v1")


async def test_only_messages_with_text_not_analysed_by_this_version_are_listed(store):
    person_id = await _person(store)
    new, old, current, purged = [
        await _record(store, person_id, at=NOW - timedelta(days=days)) for days in (1, 2, 3, 400)
    ]
    async with store.unit_of_work() as uow:
        await uow.analysis.save(old, analysis(), "v1")
        await uow.analysis.save(current, analysis(), "v2")
        await purge_text_before(uow.session, NOW - timedelta(days=365))
    async with store.unit_of_work() as uow:
        stale = await uow.analysis.ids_to_analyse("v2")
        unanalysed = await uow.analysis.ids_to_analyse("v2", only_new=True)
        count = await uow.analysis.count_to_analyse("v2")
        texts = await uow.analysis.texts_to_analyse([new, old, current, purged], "v2")
    assert sorted(stale) == sorted([new, old]) and unanalysed == [new] and count == 2
    assert texts == {new: "Dave my social worker is late", old: "Dave my social worker is late"}


async def test_ids_to_analyse_come_a_page_at_a_time(store):
    person_id = await _person(store)
    ids = [await _record(store, person_id) for _ in range(5)]
    async with store.unit_of_work() as uow:
        first = await uow.analysis.ids_to_analyse("v1", limit=2)
        rest = await uow.analysis.ids_to_analyse("v1", after_id=first[-1], limit=10)
    assert first + rest == sorted(ids)


async def test_records_carry_redacted_text_a_pseudonym_and_the_persons_groups(store):
    alice = await _person(store, "alice", Cohort.CARE_LEAVER, AgeBand.LEAVER)
    nobody = await _person(store, "nobody", None, None)
    # 23:30 UTC on 31 May is 00:30 on 1 June in London.
    late = datetime(2026, 5, 31, 23, 30, tzinfo=UTC)
    ids = [await _record(store, alice, at=late), await _record(store, nobody, risk=URGENT)]
    await _record(store, alice)  # never analysed: not a record
    async with store.unit_of_work() as uow:
        for feedback_id in ids:
            await uow.analysis.save(feedback_id, analysis(), "v1")
    async with store.unit_of_work() as uow:
        since = NOW - timedelta(days=1)
        records = await uow.analysis.records_between(since, late + timedelta(hours=1), LONDON)
        versions = await uow.analysis.versions_between(since, late)
    unknown, leaver = records  # in the order received
    assert (unknown.cohort, unknown.age_band, unknown.is_urgent) == (None, None, True)
    assert (leaver.cohort, leaver.age_band, leaver.is_urgent) == (
        Cohort.CARE_LEAVER,
        AgeBand.LEAVER,
        False,
    )
    assert leaver.received_on == date(2026, 6, 1) and leaver.redacted == "my [NAME] is late again"
    assert leaver.person_id not in {"alice", "nobody"} and len({r.person_id for r in records}) == 2
    assert leaver.themes == ("social_worker",) and versions == ["v1"]


async def test_records_outside_the_range_are_left_out(store):
    person_id = await _person(store)
    feedback_id = await _record(store, person_id)
    async with store.unit_of_work() as uow:
        await uow.analysis.save(feedback_id, analysis(), "v1")
    async with store.unit_of_work() as uow:
        before = await uow.analysis.records_between(NOW - timedelta(days=1), NOW, UTC)
        at = await uow.analysis.records_between(NOW, NOW + timedelta(seconds=1), UTC)
    assert before == [] and len(at) == 1

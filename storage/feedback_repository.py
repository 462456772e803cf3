"""Messages from young people: encrypted text, a quotable reference, idempotent per update."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from core.analysis import RiskAssessment, RiskLevel
from core.codes import new_reference
from core.feedback import Feedback, FeedbackDraft, FeedbackKind, Topic
from storage.encryption import TextCipher
from storage.tables import FeedbackRow, SafeguardingAlertRow

REFERENCE_TRIES = 8


class FeedbackRepository:
    def __init__(self, session: AsyncSession, cipher: TextCipher) -> None:
        self._session = session
        self._cipher = cipher

    async def record(self, draft: FeedbackDraft, now: datetime) -> Feedback:
        """Store a message under a fresh reference; an urgent one also opens an alert."""
        row = await self._insert_with_fresh_reference(draft, now)
        if draft.risk.is_urgent:
            self._session.add(
                SafeguardingAlertRow(
                    feedback_id=row.id,
                    person_id=draft.person_id,
                    reason=draft.risk.reason,
                    status="open",
                    created_at=now,
                )
            )
        return self._to_feedback(row)

    async def find_by_update(self, update_id: int) -> Feedback | None:
        """Return the message already stored for a Telegram update (redelivery after a crash)."""
        query = select(FeedbackRow).where(FeedbackRow.update_id == update_id)
        row = (await self._session.scalars(query)).one_or_none()
        return self._to_feedback(row) if row else None

    async def list_for_person(self, person_id: str) -> list[Feedback]:
        query = (
            select(FeedbackRow)
            .where(FeedbackRow.person_id == person_id)
            .order_by(FeedbackRow.received_at, FeedbackRow.id)
        )
        return [self._to_feedback(row) for row in await self._session.scalars(query)]

    async def erase_for_person(self, person_id: str) -> int:
        """Delete their messages except safeguarding records; return how many were kept."""
        kept = select(SafeguardingAlertRow.feedback_id).where(
            SafeguardingAlertRow.person_id == person_id
        )
        await self._session.execute(
            delete(FeedbackRow).where(
                FeedbackRow.person_id == person_id, FeedbackRow.id.not_in(kept)
            )
        )
        remaining = await self._session.scalars(
            select(FeedbackRow.id).where(FeedbackRow.person_id == person_id)
        )
        return len(remaining.all())

    async def _insert_with_fresh_reference(
        self, draft: FeedbackDraft, now: datetime
    ) -> FeedbackRow:
        for _ in range(REFERENCE_TRIES):
            row = self._new_row(draft, now)
            try:
                async with self._session.begin_nested():
                    self._session.add(row)
            except IntegrityError:
                continue  # a reference collision: try another, the savepoint kept the rest
            return row
        raise RuntimeError("could not find a free message reference")

    def _new_row(self, draft: FeedbackDraft, now: datetime) -> FeedbackRow:
        return FeedbackRow(
            reference=new_reference(),
            person_id=draft.person_id,
            kind=draft.kind.value,
            topic=draft.topic.value if draft.topic else None,
            text_enc=self._cipher.encrypt(draft.text),
            risk_level=draft.risk.level.value,
            risk_reason=draft.risk.reason,
            update_id=draft.update_id,
            received_at=now,
        )

    def _to_feedback(self, row: FeedbackRow) -> Feedback:
        return Feedback(
            id=row.id,
            reference=row.reference,
            person_id=row.person_id,
            kind=FeedbackKind(row.kind),
            topic=Topic(row.topic) if row.topic else None,
            text=self._cipher.decrypt(row.text_enc) if row.text_enc else None,
            risk=RiskAssessment(RiskLevel(row.risk_level), row.risk_reason),
            received_at=row.received_at,
        )


async def purge_text_before(session: AsyncSession, cutoff: datetime) -> int:
    """Drop message text (raw and redacted) older than the cutoff, except safeguarding records.

    Themes, sentiment and intent stay, so past figures still add up.
    """
    kept = select(SafeguardingAlertRow.feedback_id)
    query = (
        update(FeedbackRow)
        .where(
            FeedbackRow.received_at < cutoff,
            FeedbackRow.text_enc.is_not(None),
            FeedbackRow.id.not_in(kept),
        )
        .values(text_enc=None, redacted_enc=None)
    )
    result = await session.execute(query)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]

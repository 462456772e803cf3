"""What the analysis says about each message, and analysed messages as analytics see them.

Analytics never see the raw text, a name or the stored person id: records carry the
redacted text and a person id hashed with a key that lives only as long as the repository,
so the ids cannot be joined back to the database.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.aggregation import AnalysedRecord
from core.analysis import MessageAnalysis, RiskLevel, Sentiment
from core.people import AgeBand, Cohort
from storage.encryption import TextCipher
from storage.tables import FeedbackRow, PersonRow


class AnalysisRepository:
    def __init__(self, session: AsyncSession, cipher: TextCipher) -> None:
        self._session = session
        self._cipher = cipher
        self._id_key = secrets.token_bytes(32)

    async def save(self, feedback_id: int, analysis: MessageAnalysis, version: str) -> bool:
        """Store a message's analysis; False if the message is gone (erased meanwhile)."""
        query = (
            update(FeedbackRow)
            .where(FeedbackRow.id == feedback_id)
            .values(
                themes=list(analysis.themes),
                sentiment=analysis.sentiment.value,
                intent=analysis.intent.value,
                redacted_enc=self._cipher.encrypt(analysis.redacted),
                analysis_version=version,
            )
        )
        result = await self._session.execute(query)
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def ids_to_analyse(
        self, version: str, after_id: int = 0, limit: int = 500, only_new: bool = False
    ) -> list[int]:
        """Ids of messages with text that `version` has not analysed, in id order, a page
        at a time; `only_new` leaves out those an older version analysed."""
        query = (
            select(FeedbackRow.id)
            .where(FeedbackRow.id > after_id, _needs_analysis(version, only_new))
            .order_by(FeedbackRow.id)
            .limit(limit)
        )
        return list(await self._session.scalars(query))

    async def count_to_analyse(self, version: str, only_new: bool = False) -> int:
        query = (
            select(func.count()).select_from(FeedbackRow).where(_needs_analysis(version, only_new))
        )
        return int(await self._session.scalar(query) or 0)

    async def texts_to_analyse(self, feedback_ids: Sequence[int], version: str) -> dict[int, str]:
        """Decrypted text of those messages that still need analysis by `version`."""
        query = select(FeedbackRow.id, FeedbackRow.text_enc).where(
            FeedbackRow.id.in_(feedback_ids), _needs_analysis(version, only_new=False)
        )
        rows = await self._session.execute(query)
        return {row.id: self._cipher.decrypt(row.text_enc) for row in rows}

    async def records_between(
        self, start: datetime, end: datetime, zone: tzinfo
    ) -> list[AnalysedRecord]:
        """Analysed messages received in [start, end), dated in `zone`, for aggregation."""
        query = (
            select(
                FeedbackRow.person_id,
                FeedbackRow.received_at,
                FeedbackRow.themes,
                FeedbackRow.sentiment,
                FeedbackRow.redacted_enc,
                FeedbackRow.risk_level,
                FeedbackRow.source,
                PersonRow.cohort,
                PersonRow.age_band,
            )
            .join(PersonRow, PersonRow.id == FeedbackRow.person_id)
            .where(_received(start, end), _is_analysed())
            .order_by(FeedbackRow.received_at, FeedbackRow.id)
        )
        return [self._to_record(row, zone) for row in await self._session.execute(query)]

    async def versions_between(self, start: datetime, end: datetime) -> list[str]:
        """The analysis versions behind the messages received in [start, end)."""
        query = (
            select(FeedbackRow.analysis_version)
            .where(_received(start, end), _is_analysed())
            .distinct()
        )
        return sorted(version for version in await self._session.scalars(query) if version)

    def _to_record(self, row: Any, zone: tzinfo) -> AnalysedRecord:
        received_at: datetime = row.received_at
        return AnalysedRecord(
            person_id=self._pseudonym(row.person_id),
            received_on=received_at.astimezone(zone).date(),
            cohort=Cohort(row.cohort) if row.cohort else None,
            age_band=AgeBand(row.age_band) if row.age_band else None,
            themes=tuple(row.themes or ()),
            sentiment=Sentiment(row.sentiment),
            redacted=self._cipher.decrypt(row.redacted_enc) if row.redacted_enc else "",
            is_urgent=row.risk_level == RiskLevel.URGENT.value,
            source=row.source,
        )

    def _pseudonym(self, person_id: str) -> str:
        return hmac.new(self._id_key, person_id.encode(), hashlib.sha256).hexdigest()[:20]


def _needs_analysis(version: str, only_new: bool) -> ColumnElement[bool]:
    # Erased or purged text (text_enc NULL) cannot be analysed again: it keeps what it has.
    never = FeedbackRow.analysis_version.is_(None)
    stale = never if only_new else or_(never, FeedbackRow.analysis_version != version)
    return FeedbackRow.text_enc.is_not(None) & stale


def _is_analysed() -> ColumnElement[bool]:
    return FeedbackRow.analysis_version.is_not(None) & FeedbackRow.sentiment.is_not(None)


def _received(start: datetime, end: datetime) -> ColumnElement[bool]:
    return (FeedbackRow.received_at >= start) & (FeedbackRow.received_at < end)

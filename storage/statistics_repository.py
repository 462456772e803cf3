"""Raw counts for staff pages; callers must protect them before showing them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.tables import FeedbackRow, PersonRow, SafeguardingAlertRow


@dataclass(frozen=True)
class HeadlineCounts:
    joined: int
    messages: int
    open_alerts: int


class StatisticsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def headline_counts(self) -> HeadlineCounts:
        joined = select(func.count()).select_from(PersonRow).where(PersonRow.joined_at.is_not(None))
        messages = select(func.count()).select_from(FeedbackRow)
        alerts = (
            select(func.count())
            .select_from(SafeguardingAlertRow)
            .where(SafeguardingAlertRow.status == "open")
        )
        return HeadlineCounts(
            joined=await self._session.scalar(joined) or 0,
            messages=await self._session.scalar(messages) or 0,
            open_alerts=await self._session.scalar(alerts) or 0,
        )

"""Conversation state: one row per person, saved in the same transaction as the step."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from core.conversation import ConversationState, Step
from storage.tables import ConversationRow


class ConversationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def load(self, person_id: str) -> ConversationState:
        """Return the saved state, or a fresh one at the first step."""
        row = await self._session.get(ConversationRow, person_id)
        if row is None:
            return ConversationState()
        return ConversationState(
            step=Step(row.step),
            topic=row.topic,
            failed_attempts=row.failed_attempts,
            attempts_since=row.attempts_since,
            pending_invite_id=row.pending_invite_id,
            extra=dict(row.extra or {}),
        )

    async def save(self, person_id: str, state: ConversationState, now: datetime) -> None:
        row = await self._session.get(ConversationRow, person_id)
        if row is None:
            row = ConversationRow(person_id=person_id)
            self._session.add(row)
        row.step, row.topic = state.step.value, state.topic
        row.failed_attempts, row.attempts_since = state.failed_attempts, state.attempts_since
        row.pending_invite_id, row.extra = state.pending_invite_id, dict(state.extra)
        row.updated_at = now

    async def forget(self, person_id: str) -> None:
        row = await self._session.get(ConversationRow, person_id)
        if row is not None:
            await self._session.delete(row)

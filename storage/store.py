"""The store: one session and transaction per unit of work, repositories hung off it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from core.errors import StorageUnavailable
from storage.analysis_repository import AnalysisRepository
from storage.conversation_repository import ConversationRepository
from storage.database import create_engine, create_session_factory
from storage.encryption import Pseudonymiser, TextCipher
from storage.feedback_repository import FeedbackRepository
from storage.invite_repository import InviteRepository
from storage.people_repository import PeopleRepository
from storage.statistics_repository import StatisticsRepository


@dataclass
class UnitOfWork:
    """Repositories sharing one transaction: commit together or not at all."""

    session: AsyncSession
    people: PeopleRepository
    conversations: ConversationRepository
    invites: InviteRepository
    feedback: FeedbackRepository
    statistics: StatisticsRepository
    analysis: AnalysisRepository


class Store:
    def __init__(self, engine: AsyncEngine, cipher: TextCipher, pseudonymiser: Pseudonymiser):
        self.engine = engine
        self.cipher = cipher
        self.pseudonymiser = pseudonymiser
        self._sessions = create_session_factory(engine)

    @classmethod
    def connect(cls, url: str, data_keys: list[str], lookup_key: str) -> Store:
        return cls(create_engine(url), TextCipher(data_keys), Pseudonymiser(lookup_key))

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[UnitOfWork]:
        """Open a transaction; commit when the block ends, roll back if it raises."""
        try:
            async with self._sessions() as session, session.begin():
                yield UnitOfWork(
                    session=session,
                    people=PeopleRepository(session, self.cipher),
                    conversations=ConversationRepository(session),
                    invites=InviteRepository(session),
                    feedback=FeedbackRepository(session, self.cipher),
                    statistics=StatisticsRepository(session),
                    analysis=AnalysisRepository(session, self.cipher),
                )
        except (OperationalError, InterfaceError, OSError) as e:
            raise StorageUnavailable("the database could not be reached") from e

    async def close(self) -> None:
        await self.engine.dispose()

"""One turn of a conversation: load the person and their step, act, save, then reply."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from telegram import Update

from core.analysis import NO_RISK, RiskAssessment
from core.conversation import ConversationState, Step
from core.errors import StorageUnavailable
from core.feedback import Feedback, FeedbackDraft, FeedbackKind, Topic
from core.people import AgeBand, YoungPerson
from handlers.catalog import Catalog
from handlers.context import CareVoiceContext
from handlers.keyboards import help_keyboard, menu_keyboard
from handlers.replies import Reply, send_replies
from storage.store import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Turn:
    """What a step sees: the person, their state, the input, and the open transaction."""

    uow: UnitOfWork
    person: YoungPerson
    state: ConversationState
    catalog: Catalog
    now: datetime
    update_id: int
    text: str = ""
    risk: RiskAssessment = NO_RISK
    band_override: AgeBand | None = None
    recorded: list[int] = field(default_factory=list)

    @property
    def band(self) -> AgeBand | None:
        return self.person.age_band or self.band_override

    def say(self, key: str, **values: object) -> str:
        return self.catalog.text(key, self.band, **values)

    async def move(self, state: ConversationState) -> None:
        """Save the new state in this turn's transaction."""
        await self.uow.conversations.save(self.person.id, state, self.now)
        self.state = state

    @property
    def chosen_topic(self) -> Topic | None:
        """The topic picked for the message being written, if any."""
        topic = self.state.topic if self.state.step is Step.WRITE_VIEWS else None
        return Topic(topic) if topic in set(Topic) else None

    async def record_text(self, kind: FeedbackKind) -> Feedback:
        """Store this turn's text once per Telegram update, even if delivered twice."""
        existing = await self.uow.feedback.find_by_update(self.update_id)
        if existing is not None:
            return existing
        draft = FeedbackDraft(
            person_id=self.person.id,
            kind=kind,
            text=self.text,
            risk=self.risk,
            topic=self.chosen_topic,
            update_id=self.update_id,
        )
        feedback = await self.uow.feedback.record(draft, self.now)
        self.recorded.append(feedback.id)
        return feedback

    def menu(self, key: str = "menu.prompt", **values: object) -> Reply:
        return Reply(self.say(key, **values), menu_keyboard(self.catalog, self.band))

    async def to_menu(self) -> None:
        await self.move(self.state.moved_to(Step.MENU))


StepFunction = Callable[[Turn], Awaitable[list[Reply]]]


async def run_turn(
    update: Update,
    context: CareVoiceContext,
    step: StepFunction,
    text: str = "",
    risk: RiskAssessment = NO_RISK,
) -> None:
    """Run a step in one transaction, then send its replies (never before the commit)."""
    services = context.services
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    try:
        outcome = await _run_in_transaction(update, context, step, text, risk)
    except StorageUnavailable:
        log.warning("storage unavailable for update %s", update.update_id)
        keyboard = help_keyboard(services.catalog)
        await send_replies(chat, [Reply(services.catalog.text("error.storage"), keyboard)])
        return
    await send_replies(chat, outcome.replies)
    if services.on_recorded is not None:
        for feedback_id in outcome.turn.recorded:
            services.on_recorded(feedback_id)


@dataclass
class _Outcome:
    turn: Turn
    replies: list[Reply]


async def _run_in_transaction(
    update: Update, context: CareVoiceContext, step: StepFunction, text: str, risk: RiskAssessment
) -> _Outcome:
    services = context.services
    assert update.effective_user is not None and update.effective_chat is not None
    lookup = services.store.pseudonymiser.lookup_hash(update.effective_user.id)
    now = services.clock()
    async with services.store.unit_of_work() as uow:
        person = await uow.people.find_or_add_visitor(lookup, update.effective_chat.id, now)
        state = await uow.conversations.load(person.id)
        turn = Turn(uow, person, state, services.catalog, now, update.update_id, text, risk)
        replies = await step(turn)
    return _Outcome(turn, replies)

"""Fictional data for the demo: made-up young people and messages, clearly not real."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.feedback import FeedbackDraft, FeedbackKind
from core.people import AgeBand, Cohort
from handlers.context import Screener
from storage.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "nlp" / "data" / "labelled_messages.jsonl"
SEED_MARKER = "demo-seed-0"
PEOPLE = 160
FALLBACK_MESSAGES = (
    ("in_care", "11-17", "my foster carers are really kind and I feel settled"),
    ("in_care", "11-17", "my social worker keeps changing and I have to tell my story again"),
    ("in_care", "8-11", "i want to see my brother more"),
    ("care_leaver", "16-25", "my PA helped me with my universal credit claim"),
    ("care_leaver", "16-25", "the flat they offered me is miles from college"),
    ("in_care", "11-17", "there should be more trips in the holidays"),
)
KIND_OF_INTENT = {
    "compliment": FeedbackKind.GOOD_NEWS,
    "idea": FeedbackKind.IDEA,
    "worry": FeedbackKind.WORRY,
}


async def seed_fictional_data(store: Store, screener: Screener) -> int:
    """Seed once: fictional people and messages spread over the last 120 days."""
    async with store.unit_of_work() as uow:
        if await uow.people.find(SEED_MARKER) is not None:
            return 0
    rng = random.Random(2026)
    messages = _messages()
    now = datetime.now(UTC)
    async with store.unit_of_work() as uow:
        people = [await _person(uow, index, rng, now) for index in range(PEOPLE)]
        for cohort, _band, text, intent in messages:
            candidates = [p for p in people if p[1] == cohort] or people
            person_id = rng.choice(candidates)[0]
            draft = FeedbackDraft(
                person_id,
                KIND_OF_INTENT.get(intent, FeedbackKind.VIEWS),
                text,
                screener.screen(text),
            )
            await uow.feedback.record(draft, now - timedelta(minutes=rng.randint(10, 120 * 1440)))
    return len(messages)


async def _person(uow, index: int, rng: random.Random, now: datetime):  # type: ignore[no-untyped-def]
    cohort = Cohort.CARE_LEAVER if index % 3 == 0 else Cohort.IN_CARE
    band = (
        AgeBand.LEAVER
        if cohort is Cohort.CARE_LEAVER
        else rng.choice([AgeBand.YOUNG, AgeBand.TEEN, AgeBand.TEEN])
    )
    code = await uow.invites.create(cohort, band, 1, None, now)
    invite = await uow.invites.redeem((await uow.invites.find_usable(code, now)).id, now)
    # Fictional people have a made-up lookup and a negative chat id no real chat can have.
    person = await uow.people.find_or_add_visitor(f"demo-seed-{index}", -(index + 1), now)
    await uow.people.join(person.id, invite, now)
    return person.id, cohort.value


def _messages() -> list[tuple[str, str, str, str]]:
    """Fictional messages from the shipped corpus's training split, or a few built in."""
    if not CORPUS.exists():
        return [(c, b, t, "comment") for c, b, t in FALLBACK_MESSAGES]
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    return [
        (r["cohort"], r["age_band"], r["text"], r["intent"])
        for r in rows
        if r.get("split") == "train"
    ][:400]

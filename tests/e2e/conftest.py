"""The real Application, polling the Bot API simulator over HTTP, on each storage backend."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

import pytest

from bot.application import build_application
from bot.invites import create_invite
from bot.simulator.client import SimulatedChat, SimulatorClient
from bot.simulator.server import Simulator
from core.people import AgeBand, Cohort
from handlers.catalog import Catalog
from handlers.context import Services
from storage.store import Store

TOKEN = "7000000001:TEST-simulator-token"
_chat_ids = itertools.count(5_550_001)


@pytest.fixture(scope="session")
def screener():
    from nlp.risk import RiskScreen

    return RiskScreen.create()


@pytest.fixture
async def simulator() -> AsyncIterator[Simulator]:
    sim = Simulator(TOKEN)
    await sim.start()
    yield sim
    await sim.stop()


class RunningBot:
    """Start and stop the bot against the simulator, as a process restart would."""

    def __init__(self, simulator: Simulator, services: Services) -> None:
        self.simulator, self.services = simulator, services
        self.application = None

    async def start(self) -> None:
        app = build_application(TOKEN, self.simulator.api_base_url, self.services, rate_limit=False)
        await app.initialize()
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        self.application = app

    async def stop(self) -> None:
        app, self.application = self.application, None
        if app is not None:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()


@pytest.fixture
def services(store: Store, screener) -> Services:
    return Services(
        store=store,
        screener=screener,
        catalog=Catalog.load(),
        clock=lambda: datetime.now(UTC),
        bot_username="CareVoiceDemoBot",
    )


@pytest.fixture
async def bot(simulator: Simulator, services: Services) -> AsyncIterator[RunningBot]:
    running = RunningBot(simulator, services)
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
async def client(simulator: Simulator, bot: RunningBot) -> AsyncIterator[SimulatorClient]:
    async with SimulatorClient(simulator.url) as sim_client:
        yield sim_client


@pytest.fixture
def new_chat(client: SimulatorClient) -> Callable[[], SimulatedChat]:
    return lambda: client.chat(next(_chat_ids), first_name="Alex")


@pytest.fixture
def invite(store: Store):
    async def make(cohort=Cohort.IN_CARE, band=AgeBand.TEEN, uses=1, expires_in=None) -> str:
        return await create_invite(store, cohort, band, uses, expires_in, close=False)

    return make


def texts(events: list[dict]) -> str:
    """All the bot's message text in these events, joined, for assertions."""
    return "\n".join(e.get("text") or "" for e in events if e.get("from") == "bot")


async def join(chat: SimulatedChat, code: str, nickname: str | None = None) -> list[dict]:
    """Walk the joining flow: code by deep link, agree to the notice, name or skip."""
    await chat.say(f"/start {code}")
    await chat.tap("pa")
    if nickname is None:
        return await chat.tap("ns")
    return await chat.say(nickname)

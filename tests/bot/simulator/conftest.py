"""Fixtures: a running simulator, a control client, and real PTB bots polling it."""

from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from telegram import Bot
from telegram.ext import Application, ApplicationBuilder, BaseHandler

from bot.simulator import SimulatorClient
from bot.simulator.server import Simulator

TOKEN = "123456:TEST-simulator-token"

StartBot = Callable[..., Awaitable[Application]]


@pytest.fixture
def token() -> str:
    """The bot token the simulator accepts."""
    return TOKEN


@pytest.fixture
async def simulator() -> AsyncIterator[Simulator]:
    """A simulator on a free local port."""
    sim = Simulator(TOKEN)
    await sim.start()
    yield sim
    await sim.stop()


@pytest.fixture
async def client(simulator: Simulator) -> AsyncIterator[SimulatorClient]:
    """A control-API client of the simulator."""
    async with SimulatorClient(simulator.url) as control:
        yield control


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    """A plain HTTP session for raw requests."""
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def bot(simulator: Simulator) -> AsyncIterator[Bot]:
    """A bare PTB Bot talking to the simulator, for checking error shapes."""
    async with Bot(TOKEN, base_url=simulator.api_base_url) as telegram_bot:
        yield telegram_bot


@pytest.fixture
async def start_bot(simulator: Simulator) -> AsyncIterator[StartBot]:
    """Return a function that starts a real Application with the given handlers."""
    started: list[Application] = []

    async def start(*handlers: BaseHandler) -> Application:
        app = ApplicationBuilder().token(TOKEN).base_url(simulator.api_base_url).build()
        app.add_handlers(list(handlers))
        await app.initialize()
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        started.append(app)
        return app

    yield start
    for app in started:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()

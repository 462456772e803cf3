"""Run CareVoice in one process: bot (polling), scheduler and dashboard; stop on SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.analysis_worker import AnalysisWorker
from bot.application import build_application
from bot.retention import apply_retention
from bot.settings import Settings, SettingsError, data_keys_from
from dashboard.app import create_dashboard
from handlers.catalog import Catalog
from handlers.context import Screener, Services
from storage.migrate import upgrade
from storage.store import Store

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Endpoints:
    bot_api_base_url: str
    token: str


def open_store(settings: Settings) -> Store:
    """Connect to the database with the configured keys, or say which key is missing."""
    if settings.data_key is None:
        raise SettingsError(
            "Setting CAREVOICE_DATA_KEY is missing; create one with `carevoice keys generate`."
        )
    if settings.lookup_key is None:
        raise SettingsError(
            "Setting CAREVOICE_LOOKUP_KEY is missing; create one with `carevoice keys generate`."
        )
    keys = data_keys_from(settings.data_key)
    return Store.connect(settings.database_url, keys, settings.lookup_key.get_secret_value())


@cache
def load_screener() -> Screener:
    """Build the safeguarding screen once per process (it takes a few seconds)."""
    from nlp.risk import RiskScreen

    return RiskScreen.create()


async def serve(
    settings: Settings,
    endpoints: Endpoints,
    store: Store,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Serve until SIGTERM or SIGINT, then shut everything down cleanly."""
    await upgrade(store.engine)
    async with AsyncExitStack() as stack:
        worker = await _start_analysis(stack, store)
        services = Services(
            store=store,
            screener=load_screener(),
            catalog=Catalog.load(),
            clock=utc_now,
            bot_username=settings.bot_username,
            on_recorded=worker,
        )
        application = build_application(endpoints.token, endpoints.bot_api_base_url, services)
        await _start_bot(stack, application)
        _start_scheduler(stack, store, settings)
        dashboard_url = await _start_dashboard(stack, store, settings)
        if ready is not None:
            ready(dashboard_url)
        await _wait_for_stop_signal()
        log.info("stopping")


async def _start_analysis(stack: AsyncExitStack, store: Store) -> AnalysisWorker:
    """Analyse stored messages off the event loop (themes, sentiment, redaction)."""
    from nlp.analyser import Analyser

    # The analyser builds its own risk screen: it runs in a worker thread, and the screen
    # the bot uses on the event loop is not shared across threads.
    analyser = await asyncio.to_thread(Analyser.load)
    worker = AnalysisWorker(store, analyser)
    await worker.start()
    stack.push_async_callback(worker.stop)
    log.info("analysing messages with %s", analyser.version)
    return worker


async def _start_bot(stack: AsyncExitStack, application) -> None:  # type: ignore[no-untyped-def]
    await application.initialize()
    stack.push_async_callback(application.shutdown)
    await application.start()
    stack.push_async_callback(application.stop)
    await application.updater.start_polling(drop_pending_updates=False)
    stack.push_async_callback(application.updater.stop)
    log.info("bot is polling for updates")


def _start_scheduler(stack: AsyncExitStack, store: Store, settings: Settings) -> None:
    async def retention_job() -> None:
        await apply_retention(store, utc_now(), settings.retention_days)

    scheduler = AsyncIOScheduler(timezone=settings.zone)
    scheduler.add_job(retention_job, "cron", hour=3, minute=30, id="retention")
    scheduler.start()
    stack.callback(scheduler.shutdown, wait=False)


async def _start_dashboard(stack: AsyncExitStack, store: Store, settings: Settings) -> str:
    runner = web.AppRunner(create_dashboard(store, settings))
    await runner.setup()
    stack.push_async_callback(runner.cleanup)
    site = web.TCPSite(runner, settings.dashboard_host, settings.dashboard_port)
    await site.start()
    host, port = runner.addresses[0][:2]
    log.info("dashboard at http://%s:%s/", host, port)
    return f"http://{host}:{port}/"


async def _wait_for_stop_signal() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()

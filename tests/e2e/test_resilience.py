"""Restarts lose nothing; a database outage is never reported as 'received'; logs stay clean."""

import logging
from datetime import UTC, datetime

from sqlalchemy import select

from bot.logs import quiet_libraries
from bot.simulator.client import SimulatorClient
from handlers.catalog import Catalog
from handlers.context import Services
from storage.store import Store
from storage.tables import FeedbackRow
from tests.e2e.conftest import RunningBot, join, texts


async def test_a_restart_mid_flow_resumes_at_the_same_step(bot, new_chat, invite, store):
    chat = new_chat()
    await join(chat, await invite())
    await chat.tap("m:views")
    await chat.tap("t:family_friends")
    await bot.stop()
    sent_while_down = await chat.send_text("I want to see my sister more often")
    await bot.start()
    receipt = texts(await chat.replies(timeout=15))
    assert "CV-" in receipt and sent_while_down["message_id"]
    async with store.unit_of_work() as uow:
        [row] = list(await uow.session.scalars(select(FeedbackRow)))
    assert (row.kind, row.topic) == ("views", "family_friends")


async def test_when_the_database_is_down_nobody_is_told_their_message_was_received(
    simulator, screener
):
    broken = Store.connect("postgresql+asyncpg://nobody@127.0.0.1:1/none", [_key()], "k")
    services = Services(
        store=broken,
        screener=screener,
        catalog=Catalog.load(),
        clock=lambda: datetime.now(UTC),
        bot_username="CareVoiceDemoBot",
    )
    running = RunningBot(simulator, services)
    await running.start()
    try:
        async with SimulatorClient(simulator.url) as client:
            reply = texts(await client.chat(5_559_999).say("my room is cold"))
    finally:
        await running.stop()
        await broken.close()
    assert "couldn't save that" in reply and "CV-" not in reply


async def test_logs_carry_no_message_text_names_or_ids(new_chat, invite, caplog):
    quiet_libraries()  # as configure_logging does in production, at any level
    caplog.set_level(logging.DEBUG)
    chat = new_chat()
    await join(chat, await invite(), nickname="Zephyrine")
    await chat.say("my secret pineapple message")
    await chat.say("/mydata")
    logged = caplog.text
    for private in ("Zephyrine", "pineapple", str(chat.chat_id), "TEST-simulator-token"):
        assert private not in logged


def _key() -> str:
    from storage.encryption import new_data_key

    return new_data_key()

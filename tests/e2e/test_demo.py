"""A newcomer's first run: `carevoice demo` starts, a young person chats, SIGTERM stops it."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.simulator.client import SimulatorClient
from tests.e2e.conftest import texts

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 120


@pytest.fixture
async def demo(tmp_path: Path):
    env = {
        **os.environ,
        "CAREVOICE_DEMO_DIR": str(tmp_path / "demo"),
        "CAREVOICE_DASHBOARD_PORT": "0",
        "CAREVOICE_SIMULATOR_PORT": "0",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("DATABASE_URL", None)
    env.pop("TELEGRAM_BOT_TOKEN", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "demo",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        announcement = await asyncio.wait_for(_read_until_ready(process), STARTUP_SECONDS)
        yield process, announcement
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def _read_until_ready(process) -> str:
    lines = []
    while True:
        line = (await process.stdout.readline()).decode()
        if not line:
            raise AssertionError("the demo exited before it was ready")
        lines.append(line)
        if "Press Ctrl+C to stop." in line:
            return "".join(lines)


async def test_the_demo_runs_end_to_end_and_stops_cleanly_on_sigterm(demo):
    process, announcement = demo
    chat_url = re.search(r"Chat as a young person:\s+(\S+)/chat", announcement).group(1)
    dashboard = re.search(r"Staff dashboard:\s+(\S+)", announcement).group(1)
    code = re.search(r"^\s+([0-9A-Z]{8})\s+in care, 11-17", announcement, re.M).group(1)
    async with SimulatorClient(chat_url) as client:
        chat = client.chat(4_440_001)
        assert "Is that okay?" in texts(await chat.say(f"/start {code}", timeout=30))
        await chat.tap("pa")
        await chat.tap("ns")
        receipt = texts(await chat.say("we need more trips in the holidays"))
        reference = re.search(r"CV-[0-9A-Z]{4}", receipt).group()
        assert reference in texts(await chat.say("/mydata"))
        await chat.say("/forgetme")
        assert "deleted your data" in texts(await chat.tap("fy"))
        async with aiohttp.ClientSession() as session, session.get(dashboard) as page:
            assert page.status == 200 and "Messages received" in await page.text()
    process.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(process.wait(), 30) == 0
    log = (await process.stderr.read()).decode()
    assert "we need more trips" not in log and "Traceback" not in log

"""Demo mode: the Bot API simulator, seeded fictional data and the dashboard, on SQLite."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

from pydantic import SecretStr

from bot.invites import create_invite
from bot.runtime import Endpoints, load_screener, open_store, serve
from bot.seed import seed_fictional_data
from bot.settings import Settings
from bot.simulator.server import Simulator
from core.people import AgeBand, Cohort
from storage.encryption import new_data_key
from storage.migrate import upgrade
from storage.store import Store

log = logging.getLogger(__name__)

DEMO_TOKEN = "7000000001:DEMO-simulator-only-not-a-telegram-token"
DEMO_INVITES = (
    (Cohort.IN_CARE, AgeBand.YOUNG, "in care, 8-11"),
    (Cohort.IN_CARE, AgeBand.TEEN, "in care, 11-17"),
    (Cohort.CARE_LEAVER, AgeBand.LEAVER, "care leaver, 16-25"),
)


async def run_demo(settings: Settings) -> None:
    """Start everything for the demo and print where to go."""
    settings = demo_settings(settings)
    simulator = Simulator(DEMO_TOKEN, settings.bot_username)
    await simulator.start(port=settings.simulator_port)
    store = open_store(settings)
    try:
        await upgrade(store.engine)
        await seed_fictional_data(store, load_screener())
        codes = [await _invite(store, cohort, band) for cohort, band, _ in DEMO_INVITES]
        endpoints = Endpoints(simulator.api_base_url, DEMO_TOKEN)
        await serve(
            settings, endpoints, store, ready=lambda url: _announce(settings, simulator, codes, url)
        )
    finally:
        await store.close()
        await simulator.stop()


def demo_settings(settings: Settings) -> Settings:
    """Use the demo's own SQLite file and keys unless the environment gives others."""
    demo_dir = settings.demo_dir
    demo_dir.mkdir(parents=True, exist_ok=True)
    keys = _demo_keys(demo_dir / "keys.env")
    update: dict[str, object] = {}
    if settings.data_key is None:
        update["data_key"] = SecretStr(keys["CAREVOICE_DATA_KEY"])
    if settings.lookup_key is None:
        update["lookup_key"] = SecretStr(keys["CAREVOICE_LOOKUP_KEY"])
    if settings.database_url == Settings.model_fields["database_url"].default:
        update["database_url"] = f"sqlite+aiosqlite:///{demo_dir / 'demo.db'}"
    return settings.model_copy(update=update)


def _demo_keys(path: Path) -> dict[str, str]:
    """Read the demo's keys, generating them on first run (and saying so)."""
    if not path.exists():
        path.write_text(
            f"CAREVOICE_DATA_KEY={new_data_key()}\n"
            f"CAREVOICE_LOOKUP_KEY={secrets.token_urlsafe(32)}\n"
        )
        path.chmod(0o600)
        log.warning("generated demo encryption keys in %s (for the demo only)", path)
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {name.strip(): value.strip() for name, value in pairs}


async def _invite(store: Store, cohort: Cohort, band: AgeBand) -> str:
    return await create_invite(store, cohort, band, uses=50, expires_in=None, close=False)


def _announce(settings: Settings, simulator: Simulator, codes: list[str], dashboard: str) -> None:
    lines = [
        "",
        "CareVoice demo is running. Everything in it is fictional.",
        f"  Chat as a young person:  {simulator.url}/chat",
        f"  Staff dashboard:         {dashboard}",
        f"  Data (SQLite):           {settings.demo_dir}/demo.db",
        "  Invite codes for the demo (each joins up to 50 people):",
    ]
    for code, (_cohort, _band, label) in zip(codes, DEMO_INVITES, strict=True):
        lines.append(f"    {code}  {label:<20} {simulator.url}/chat?start={code}")
    lines.append("Press Ctrl+C to stop.")
    print("\n".join(lines), flush=True)

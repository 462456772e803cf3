"""The `carevoice` command: run, demo, database, invites and keys."""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta

import click

from bot.logs import configure_logging
from bot.settings import Settings, SettingsError, load_settings
from core.people import AgeBand, Cohort


def _settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as e:
        raise click.ClickException(str(e)) from None


@click.group()
def main() -> None:
    """CareVoice: hear children in care and care leavers."""


@main.command()
def run() -> None:
    """Run the bot, scheduler and dashboard (the demo if no TELEGRAM_BOT_TOKEN is set)."""
    settings = _settings()
    configure_logging(settings.log_level)
    if settings.is_demo:
        click.echo("No TELEGRAM_BOT_TOKEN is set, so starting the demo instead.")
        _run_demo(settings)
        return
    from bot.runtime import Endpoints, open_store, serve

    token = settings.telegram_bot_token.get_secret_value()  # type: ignore[union-attr]
    try:
        store = open_store(settings)
    except SettingsError as e:
        raise click.ClickException(str(e)) from None
    asyncio.run(serve(settings, Endpoints(settings.telegram_api_base_url, token), store))


@main.command()
def demo() -> None:
    """Run the demo: Bot API simulator, seeded fictional data and dashboard, on SQLite."""
    settings = _settings()
    configure_logging(settings.log_level)
    _run_demo(settings)


def _run_demo(settings: Settings) -> None:
    from bot.demo import run_demo

    asyncio.run(run_demo(settings))


@main.group()
def db() -> None:
    """Database commands."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply database migrations up to the latest."""
    from storage.migrate import upgrade

    store = _open(_settings())

    async def go() -> None:
        await upgrade(store.engine)
        await store.close()

    asyncio.run(go())
    click.echo("Database is up to date.")


@main.group()
def invite() -> None:
    """Invite codes for young people."""


@invite.command("create")
@click.option("--cohort", type=click.Choice([c.value for c in Cohort]), required=True)
@click.option("--age-band", type=click.Choice([b.value for b in AgeBand]), required=True)
@click.option(
    "--uses",
    type=click.IntRange(1, 500),
    default=1,
    show_default=True,
    help="How many young people can join with this code.",
)
@click.option(
    "--expires",
    type=click.IntRange(1, 365),
    default=None,
    help="Days until the code stops working (default: never).",
)
def invite_create(cohort: str, age_band: str, uses: int, expires: int | None) -> None:
    """Create an invite code and print it with its Telegram link."""
    from bot.invites import create_invite

    settings = _settings()
    code = asyncio.run(
        create_invite(
            _open(settings),
            Cohort(cohort),
            AgeBand(age_band),
            uses,
            timedelta(days=expires) if expires else None,
        )
    )
    click.echo(f"Invite code: {code}")
    click.echo(f"Link: https://t.me/{settings.bot_username}?start={code}")
    click.echo(
        f"Joins up to {uses} young people ({cohort}, {age_band})"
        + (f", for {expires} days." if expires else ", with no expiry.")
    )


@main.group()
def keys() -> None:
    """Encryption keys."""


@keys.command("generate")
def keys_generate() -> None:
    """Print new CAREVOICE_DATA_KEY and CAREVOICE_LOOKUP_KEY lines for your .env."""
    import secrets

    from storage.encryption import new_data_key

    click.echo(f"CAREVOICE_DATA_KEY={new_data_key()}")
    click.echo(f"CAREVOICE_LOOKUP_KEY={secrets.token_urlsafe(32)}")


@keys.command("rotate")
def keys_rotate() -> None:
    """Re-encrypt stored text under the first key in CAREVOICE_DATA_KEY."""
    from storage.key_rotation import rotate_keys

    store = _open(_settings())

    async def go() -> int:
        try:
            return await rotate_keys(store)
        finally:
            await store.close()

    click.echo(f"Re-encrypted {asyncio.run(go())} stored values under the newest key.")


def _open(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.runtime import open_store

    try:
        return open_store(settings)
    except SettingsError as e:
        raise click.ClickException(str(e)) from None


def _add_subcommands() -> None:
    from bot.nlp_commands import analyse_command, nlp_group
    from bot.report_commands import reanalyse_command, report_group

    main.add_command(report_group)
    main.add_command(reanalyse_command)
    main.add_command(nlp_group)
    main.add_command(analyse_command)


_add_subcommands()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

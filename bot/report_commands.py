"""`carevoice report themes` and `carevoice reanalyse`: protected reports and re-analysis.

Add both to the main group in bot/cli.py:
    main.add_command(report_group)
    main.add_command(reanalyse_command)
"""

from __future__ import annotations

import asyncio
import io
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.settings import Settings, SettingsError, load_settings
from core.analysis import ANALYSIS_BATCH_SIZE
from core.disclosure import DisclosurePolicy
from core.periods import Granularity

if TYPE_CHECKING:
    from bot.analysis_worker import Analyser
    from dashboard.themes import ThemeQuery, ThemeReport
    from storage.store import Store

DATE = click.DateTime(formats=["%Y-%m-%d"])


@click.group("report")
def report_group() -> None:
    """Reports for managers and the Corporate Parenting Panel, with small numbers hidden."""


@report_group.command("themes")
@click.option("--from", "start", type=DATE, required=True, help="First day, YYYY-MM-DD.")
@click.option("--to", "end", type=DATE, required=True, help="Last day, YYYY-MM-DD.")
@click.option(
    "--granularity",
    type=click.Choice([g.value for g in Granularity]),
    default=Granularity.MONTH.value,
    show_default=True,
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["csv", "html"]),
    default="html",
    show_default=True,
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="File to write (default: standard output).",
)
def themes(
    start: datetime, end: datetime, granularity: str, output_format: str, out: Path | None
) -> None:
    """Themes over time, by sentiment, cohort and age band, with trends and quotes."""
    from dashboard.themes import BadThemeQuery, parse_theme_query

    settings = _settings()
    today = datetime.now(settings.zone).date()
    asked = {"from": f"{start:%Y-%m-%d}", "to": f"{end:%Y-%m-%d}", "granularity": granularity}
    try:
        query = parse_theme_query(asked, today)
    except BadThemeQuery as e:
        raise click.ClickException(str(e)) from None
    report = asyncio.run(_load_report(settings, query, today))
    text = _render(report, output_format)
    if out is None:
        click.echo(text, nl=False)
        return
    out.write_text(text, encoding="utf-8")
    click.echo(f"Wrote the themes report ({output_format}) to {out}.", err=True)


@click.command("reanalyse")
@click.option(
    "--batch-size", type=click.IntRange(1, 1024), default=ANALYSIS_BATCH_SIZE, show_default=True
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
def reanalyse_command(batch_size: int, quiet: bool) -> None:
    """Analyse again every message the current analysis model has not analysed."""
    from bot.analysis_worker import reanalyse

    analyser = load_analyser()
    store = _open(_settings())

    async def go() -> int:
        try:
            return await reanalyse(store, analyser, batch_size, progress=not quiet)
        finally:
            await store.close()

    saved = asyncio.run(go())
    click.echo(f"Re-analysed {saved} messages with analysis version {analyser.version}.")


def load_analyser() -> Analyser:
    """Load the message analyser, or say plainly that it is not installed yet."""
    try:
        from nlp.analyser import Analyser as NlpAnalyser  # type: ignore[import-not-found]
    except ImportError:
        raise click.ClickException(
            "The message analyser (nlp/analyser.py) is not available."
        ) from None
    analyser: Analyser = NlpAnalyser.load()
    return analyser


async def _load_report(settings: Settings, query: ThemeQuery, today: date) -> ThemeReport:
    from dashboard.themes import load_theme_report

    store = _open(settings)
    try:
        policy = DisclosurePolicy(settings.suppression_threshold)
        return await load_theme_report(store, query, policy, settings.zone, today)
    finally:
        await store.close()


def _render(report: ThemeReport, output_format: str) -> str:
    if output_format == "csv":
        from dashboard.theme_export import write_theme_csv

        buffer = io.StringIO()
        write_theme_csv(report, buffer)
        return buffer.getvalue()
    from dashboard.rendering import create_environment

    return create_environment().get_template("theme_report.html").render(report=report)


def _settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as e:
        raise click.ClickException(str(e)) from None


def _open(settings: Settings) -> Store:
    from bot.runtime import open_store

    try:
        return open_store(settings)
    except SettingsError as e:
        raise click.ClickException(str(e)) from None

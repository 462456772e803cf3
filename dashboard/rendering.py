"""The Jinja2 environment shared by the dashboard and the printed reports: autoescaped,
strict about undefined names, with filters that name themes, groups and hidden figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from core.disclosure import SUPPRESSED_MARK, Cell
from core.periods import MONTH_ABBREVIATIONS
from dashboard.charts import periods_chart, themes_chart
from dashboard.labels import group_name, sentiment_name, theme_name

TEMPLATES = Path(__file__).parent / "templates"


def create_environment() -> Environment:
    """Build the template environment; every template is HTML-escaped."""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        theme_name=theme_name,
        sentiment_name=sentiment_name,
        group_name=group_name,
        shown=shown,
        long_date=long_date,
    )
    environment.globals.update(
        themes_chart=themes_chart,
        periods_chart=periods_chart,
        sentiment_label=sentiment_name,
        group_label=group_name,
        SUPPRESSED_MARK=SUPPRESSED_MARK,
    )
    return environment


def shown(cell: Cell) -> str:
    """A figure as printed: its value, or the mark for a hidden figure."""
    return cell.shown_as(SUPPRESSED_MARK)


def long_date(day: date) -> str:
    return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"

"""The Themes page and report: what young people raise, over time and by group, protected.

The page (`/themes?from=YYYY-MM-DD&to=YYYY-MM-DD&granularity=month`) and the printed
report (`carevoice report themes`) show the same ThemeReport. Figures cover whole periods:
asking for 15 Jan to 20 Mar by month shows January to March in full.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from aiohttp import web

from core.aggregation import AnalysedRecord, ThemeQuotes, representative_quotes
from core.disclosure import DisclosurePolicy
from core.periods import Granularity, next_period, periods_between, previous_period
from dashboard.keys import JINJA_KEY, STORE_KEY, THRESHOLD_KEY, ZONE_KEY
from dashboard.theme_figures import ThemeFigures, build_theme_figures
from nlp.emerging import EmergingTopic, emerging_topics
from storage.store import Store

DEFAULT_MONTHS = 3
MAX_PERIODS = 120  # beyond this a page is unreadable: ask for a coarser granularity


class BadThemeQuery(ValueError):
    """The dates or granularity asked for cannot make a report; the message says why."""


@dataclass(frozen=True)
class ThemeQuery:
    start: date
    end: date
    granularity: Granularity = Granularity.MONTH


@dataclass(frozen=True)
class ThemeReport:
    query: ThemeQuery
    start: date  # first day of the first whole period
    end: date  # last day of the last whole period
    threshold: int
    versions: tuple[str, ...]  # analysis versions behind these figures
    figures: ThemeFigures
    trend_is_partial: bool  # the compared period has not ended yet
    quotes: tuple[ThemeQuotes, ...]  # only themes the aggregation allows quotes for
    emerging: tuple[EmergingTopic, ...]  # phrases used by at least `threshold` people
    produced_on: date


def parse_theme_query(params: Mapping[str, str], today: date) -> ThemeQuery:
    """Read `from`, `to` and `granularity`; by default this month and the two before."""
    try:
        granularity = Granularity(params.get("granularity") or Granularity.MONTH.value)
    except ValueError:
        raise BadThemeQuery("Granularity must be week, month or quarter.") from None
    end = _parse_date(params.get("to"), "to") or today
    start = _parse_date(params.get("from"), "from") or default_start(end)
    if start > end:
        raise BadThemeQuery("The start date must not be after the end date.")
    if len(periods_between(start, end, granularity)) > MAX_PERIODS:
        raise BadThemeQuery(f"That is more than {MAX_PERIODS} periods: choose a longer one.")
    return ThemeQuery(start, end, granularity)


def default_start(end: date) -> date:
    """The first day of the month two months before `end`'s: three months in all."""
    index = end.year * 12 + end.month - 1 - (DEFAULT_MONTHS - 1)
    return date(index // 12, index % 12 + 1, 1)


async def load_theme_report(
    store: Store, query: ThemeQuery, policy: DisclosurePolicy, zone: tzinfo, today: date
) -> ThemeReport:
    """Load the analysed messages behind a query and protect every figure drawn from them."""
    granularity = query.granularity
    starts = periods_between(query.start, query.end, granularity)
    first, last = starts[0], next_period(starts[-1], granularity) - timedelta(days=1)
    trend_start = _trend_start(starts, granularity, today)
    since = min(first, previous_period(trend_start, granularity))
    async with store.unit_of_work() as uow:
        records = await uow.analysis.records_between(
            _midnight(since, zone), _midnight(last + timedelta(days=1), zone), zone
        )
        versions = await uow.analysis.versions_between(
            _midnight(first, zone), _midnight(last + timedelta(days=1), zone)
        )
    in_range = [record for record in records if first <= record.received_on <= last]
    figures = build_theme_figures(records, starts, granularity, trend_start, policy)
    return ThemeReport(
        query=query,
        start=first,
        end=last,
        threshold=policy.threshold,
        versions=tuple(versions),
        figures=figures,
        trend_is_partial=next_period(trend_start, granularity) > today,
        quotes=_quotes(in_range, figures.overall.row_labels, policy),
        emerging=await asyncio.to_thread(_emerging, in_range, policy),
        produced_on=today,
    )


async def themes_page(request: web.Request) -> web.Response:
    """Show themes for the dates in the query string, protected like every report."""
    app = request.app
    zone = app[ZONE_KEY]
    today = datetime.now(zone).date()
    template = app[JINJA_KEY].get_template("themes.html")
    try:
        query = parse_theme_query(request.query, today)
    except BadThemeQuery as e:
        html = template.render(page="themes", report=None, error=str(e), form=request.query)
        return web.Response(text=html, content_type="text/html", status=400)
    policy = DisclosurePolicy(app[THRESHOLD_KEY])
    report = await load_theme_report(app[STORE_KEY], query, policy, zone, today)
    html = template.render(page="themes", report=report, error=None, form=request.query)
    return web.Response(text=html, content_type="text/html")


def _quotes(
    records: list[AnalysedRecord], themes: tuple[str, ...], policy: DisclosurePolicy
) -> tuple[ThemeQuotes, ...]:
    chosen = (representative_quotes(records, theme, policy) for theme in themes)
    return tuple(quotes for quotes in chosen if quotes.has_enough_responses and quotes.quotes)


def _trend_start(starts: tuple[date, ...], granularity: Granularity, today: date) -> date:
    """The last period that has ended by today, else the first: a half-finished period
    would always look like a fall."""
    ended = [first for first in starts if next_period(first, granularity) <= today]
    return ended[-1] if ended else starts[0]


def _midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)


def _parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadThemeQuery(f"The {name!r} date must look like 2025-01-31.") from None


def _emerging(records: list[AnalysedRecord], policy: DisclosurePolicy) -> tuple[EmergingTopic, ...]:
    """Phrases outside the taxonomy that at least `threshold` young people used.

    Each person's redacted messages form one document, so a count is of people, and a phrase
    fewer than `threshold` people used is never named. Urgent messages are left out.
    """
    per_person: dict[str, list[str]] = {}
    for record in records:
        if not record.is_urgent and record.redacted:
            per_person.setdefault(record.person_id, []).append(record.redacted)
    documents = ["\n".join(texts) for texts in per_person.values()]
    return tuple(emerging_topics(documents, min_messages=policy.threshold, limit=10))

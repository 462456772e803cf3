"""Themes for managers: counts over time, breakdowns, trends and quotes, all protected.

Every count here is a count of theme mentions: a message about school and money counts
once under each. Every table passes through disclosure control, which also hides any
figure behind fewer than `policy.threshold` distinct people, however many messages they
sent. Quotes are redacted text only, never from urgent messages, and only for themes that
many people raised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from core.analysis import Sentiment
from core.disclosure import (
    Cell,
    CountTable,
    DisclosurePolicy,
    PeopleCounts,
    ProtectedTable,
    protect_table,
    protect_tables_sharing_rows,
)
from core.people import AgeBand, Cohort
from core.periods import (
    Granularity,
    period_label,
    period_start,
    periods_between,
    previous_period,
)
from core.themes import THEME_IDS

SENTIMENTS: tuple[str, ...] = tuple(sentiment.value for sentiment in Sentiment)
NOT_RECORDED = "not_recorded"  # the group column for records without a cohort or age band
IDEAL_QUOTE_LENGTH = range(40, 161)  # long enough to say something, short enough to read
# Last-ditch guard behind redaction: six or more digits, even spaced out, or an "@".
_LOOKS_IDENTIFYING = re.compile(r"\d(?:[\s.-]?\d){5,}|@")


@dataclass(frozen=True)
class AnalysedRecord:
    """One analysed message as analytics see it: pseudonymous id and redacted text only."""

    person_id: str
    received_on: date
    cohort: Cohort | None
    age_band: AgeBand | None
    themes: tuple[str, ...]
    sentiment: Sentiment
    redacted: str
    is_urgent: bool = False
    source: str = "bot"  # bot | survey | import


@dataclass(frozen=True)
class PeriodThemeCounts:
    """Theme × sentiment for one period; row totals are mentions of each theme."""

    start: date
    label: str
    table: ProtectedTable


@dataclass(frozen=True)
class ThemeCountsOverTime:
    granularity: Granularity
    periods: tuple[PeriodThemeCounts, ...]


@dataclass(frozen=True)
class ThemeBreakdown:
    """Theme × group, and theme × sentiment, protected together (they share theme totals)."""

    by: str
    groups: ProtectedTable
    sentiments: ProtectedTable


class TrendDirection(StrEnum):
    RISING = "rising"
    FALLING = "falling"
    STEADY = "steady"
    NOT_ENOUGH_RESPONSES = "not_enough_responses"  # "not enough responses to compare"


@dataclass(frozen=True)
class ThemeTrend:
    theme_id: str
    current: Cell
    previous: Cell
    direction: TrendDirection

    @property
    def change(self) -> int | None:
        """How many more mentions than last period; None unless both figures are shown."""
        if self.current.value is None or self.previous.value is None:
            return None
        return self.current.value - self.previous.value


@dataclass(frozen=True)
class ThemeTrends:
    """Every theme mentioned in either period: rising first, biggest change first."""

    period_start: date
    previous_start: date
    granularity: Granularity
    trends: tuple[ThemeTrend, ...]

    def with_direction(self, direction: TrendDirection) -> tuple[ThemeTrend, ...]:
        return tuple(trend for trend in self.trends if trend.direction is direction)


@dataclass(frozen=True)
class Quote:
    text: str
    sentiment: Sentiment


@dataclass(frozen=True)
class ThemeQuotes:
    """Quotes for a theme; `has_enough_responses` False means none may be shown yet."""

    theme_id: str
    has_enough_responses: bool
    quotes: tuple[Quote, ...]


def theme_counts_over_time(
    records: Iterable[AnalysedRecord],
    granularity: Granularity,
    start: date,
    end: date,
    policy: DisclosurePolicy,
) -> ThemeCountsOverTime:
    """Count theme mentions by sentiment in every whole period from `start` to `end`."""
    starts = periods_between(start, end, granularity)
    by_period: dict[date, list[AnalysedRecord]] = {first: [] for first in starts}
    for record in records:
        by_period.get(period_start(record.received_on, granularity), []).append(record)
    themes = _theme_rows(record for group in by_period.values() for record in group)
    periods = tuple(
        PeriodThemeCounts(
            first,
            period_label(first, granularity),
            protect_table(_tally(by_period[first], themes, SENTIMENTS, _sentiment), policy),
        )
        for first in starts
    )
    return ThemeCountsOverTime(granularity, periods)


def theme_breakdown(
    records: Iterable[AnalysedRecord],
    by: Literal["cohort", "age_band"],
    policy: DisclosurePolicy,
) -> ThemeBreakdown:
    """Break theme mentions down by cohort or age band, with their sentiment split."""
    if by not in ("cohort", "age_band"):
        raise ValueError(f"Themes can be broken down by cohort or age_band, not {by!r}.")
    chosen = list(records)
    group_of = _cohort if by == "cohort" else _age_band
    known = tuple(Cohort) if by == "cohort" else tuple(AgeBand)
    groups = tuple(member.value for member in known)
    if any(group_of(record) == NOT_RECORDED for record in chosen):
        groups += (NOT_RECORDED,)
    themes = _theme_rows(chosen)
    by_group, by_sentiment = protect_tables_sharing_rows(
        _tally(chosen, themes, groups, group_of),
        _tally(chosen, themes, SENTIMENTS, _sentiment),
        policy,
    )
    return ThemeBreakdown(by, by_group, by_sentiment)


def theme_trends(
    records: Iterable[AnalysedRecord],
    current_period_start: date,
    granularity: Granularity,
    policy: DisclosurePolicy,
) -> ThemeTrends:
    """Compare each theme's mentions with the previous period, using the protected figures
    the period tables show, so a trend never reveals a hidden count."""
    current = period_start(current_period_start, granularity)
    previous_first = previous_period(current, granularity)
    both = theme_counts_over_time(records, granularity, previous_first, current, policy)
    before, now = both.periods[0].table, both.periods[1].table
    trends = [
        ThemeTrend(theme, now.row_total(theme), before.row_total(theme), TrendDirection.STEADY)
        for theme in now.row_labels
        if _mentioned(now.row_total(theme)) or _mentioned(before.row_total(theme))
    ]
    ordered = sorted((_with_direction(trend) for trend in trends), key=_trend_order)
    return ThemeTrends(current, previous_first, granularity, tuple(ordered))


def representative_quotes(
    records: Iterable[AnalysedRecord],
    theme_id: str,
    policy: DisclosurePolicy,
    limit: int = 3,
) -> ThemeQuotes:
    """Pick up to `limit` redacted quotes, from different people and, where possible,
    different sentiments: medium length first, then the most recent."""
    candidates = [r for r in records if theme_id in r.themes and not r.is_urgent]
    people = {record.person_id for record in candidates}
    if min(len(candidates), len(people)) < policy.threshold:
        return ThemeQuotes(theme_id, False, ())
    safe = sorted(
        (r for r in candidates if r.redacted.strip() and not _LOOKS_IDENTIFYING.search(r.redacted)),
        key=_quote_rank,
    )
    chosen: list[AnalysedRecord] = []
    while len(chosen) < limit:
        quoted = {record.person_id for record in chosen}
        felt = {record.sentiment for record in chosen}
        remaining = [record for record in safe if record.person_id not in quoted]
        if not remaining:
            break
        chosen.append(min(remaining, key=lambda record: record.sentiment in felt))
    return ThemeQuotes(
        theme_id, True, tuple(Quote(r.redacted.strip(), r.sentiment) for r in chosen)
    )


def _tally(
    records: Iterable[AnalysedRecord],
    themes: Sequence[str],
    columns: Sequence[str],
    column_of: Callable[[AnalysedRecord], str],
) -> CountTable:
    """Count mentions per theme and column, and the distinct people behind each figure."""
    counts = [[0] * len(columns) for _ in themes]
    who: dict[tuple[object, ...], set[str]] = {}
    for record in records:
        column = columns.index(column_of(record))
        for theme in dict.fromkeys(record.themes):  # a theme counts once per message
            row = themes.index(theme)
            counts[row][column] += 1
            for key in ((row, column), ("row", row), ("column", column), ("grand",)):
                who.setdefault(key, set()).add(record.person_id)

    def people(*key: object) -> int:
        return len(who.get(key, ()))

    people_counts = PeopleCounts(
        tuple(tuple(people(i, j) for j in range(len(columns))) for i in range(len(themes))),
        tuple(people("row", i) for i in range(len(themes))),
        tuple(people("column", j) for j in range(len(columns))),
        people("grand"),
    )
    return CountTable(tuple(themes), tuple(columns), tuple(map(tuple, counts)), people_counts)


def _theme_rows(records: Iterable[AnalysedRecord]) -> tuple[str, ...]:
    """Every taxonomy theme in its usual order, then any unknown ids seen, sorted."""
    extra = {theme for record in records for theme in record.themes} - set(THEME_IDS)
    return (*THEME_IDS, *sorted(extra))


def _sentiment(record: AnalysedRecord) -> str:
    return record.sentiment.value


def _cohort(record: AnalysedRecord) -> str:
    return record.cohort.value if record.cohort else NOT_RECORDED


def _age_band(record: AnalysedRecord) -> str:
    return record.age_band.value if record.age_band else NOT_RECORDED


def _mentioned(cell: Cell) -> bool:
    return cell.is_suppressed or cell.value != 0


def _with_direction(trend: ThemeTrend) -> ThemeTrend:
    change = trend.change
    if change is None:
        direction = TrendDirection.NOT_ENOUGH_RESPONSES
    else:
        direction = TrendDirection.RISING if change > 0 else TrendDirection.FALLING
        direction = TrendDirection.STEADY if change == 0 else direction
    return ThemeTrend(trend.theme_id, trend.current, trend.previous, direction)


def _trend_order(trend: ThemeTrend) -> tuple[int, int]:
    ranks = list(TrendDirection)
    return ranks.index(trend.direction), -abs(trend.change or 0)


def _quote_rank(record: AnalysedRecord) -> tuple[int, int, str]:
    length = len(record.redacted.strip())
    shortfall = max(IDEAL_QUOTE_LENGTH.start - length, length - IDEAL_QUOTE_LENGTH.stop + 1, 0)
    return shortfall, -record.received_on.toordinal(), record.redacted

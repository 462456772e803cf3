"""Every theme figure a page or export shows, protected as one consistent publication.

Tables cut from the same messages are linked: the months of a quarter add up to the
quarter, and a theme's split by sentiment and by age band add up to the same total. If each
table were protected on its own, a figure hidden in one could be worked out from another.
core.disclosure protects one table, or two that share their row totals, exactly; so:

- each period is protected once, as theme × sentiment linked with theme × group (a group is
  a cohort and age band together). Periods hold different messages, so they do not link;
- every other figure (the whole range, cohorts, age bands) is a sum of those protected
  figures, shown only when every part of the sum is shown. A reader could add those up
  themselves, so it reveals nothing new.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from core.aggregation import (
    NOT_RECORDED,
    SENTIMENTS,
    AnalysedRecord,
    ThemeTrend,
    ThemeTrends,
    TrendDirection,
)
from core.disclosure import (
    Cell,
    CountTable,
    DisclosurePolicy,
    PeopleCounts,
    ProtectedTable,
    Suppression,
    protect_tables_sharing_rows,
)
from core.people import AgeBand, Cohort
from core.periods import Granularity, period_label, period_start, previous_period
from core.themes import THEME_IDS

GROUP_SEPARATOR = "/"
USUAL_GROUPS = (
    f"{Cohort.IN_CARE.value}/{AgeBand.YOUNG.value}",
    f"{Cohort.IN_CARE.value}/{AgeBand.TEEN.value}",
    f"{Cohort.CARE_LEAVER.value}/{AgeBand.LEAVER.value}",
)


@dataclass(frozen=True)
class PeriodFigures:
    """One period: theme × sentiment and theme × group, protected together."""

    start: date
    label: str
    sentiments: ProtectedTable
    groups: ProtectedTable


@dataclass(frozen=True)
class ThemeFigures:
    periods: tuple[PeriodFigures, ...]
    overall: ProtectedTable  # theme × sentiment over the whole range
    by_cohort: ProtectedTable
    by_age_band: ProtectedTable
    trends: ThemeTrends


def build_theme_figures(
    records: Sequence[AnalysedRecord],
    starts: Sequence[date],
    granularity: Granularity,
    trend_start: date,
    policy: DisclosurePolicy,
) -> ThemeFigures:
    """Protect each period in `starts` (and the one before `trend_start`), then derive."""
    themes, groups = _rows(records), _groups(records)
    previous_start = previous_period(trend_start, granularity)
    figures = {
        first: _period(records, first, granularity, themes, groups, policy)
        for first in dict.fromkeys([*starts, previous_start, trend_start])
    }
    shown = [figures[first] for first in starts]
    return ThemeFigures(
        periods=tuple(shown),
        overall=_sum_tables([p.sentiments for p in shown], SENTIMENTS, _identity),
        by_cohort=_sum_tables([p.groups for p in shown], _parts(groups, 0), _part(0)),
        by_age_band=_sum_tables([p.groups for p in shown], _parts(groups, 1), _part(1)),
        trends=_trends(figures[trend_start], figures[previous_start], granularity),
    )


def group_of(record: AnalysedRecord) -> str:
    cohort = record.cohort.value if record.cohort else NOT_RECORDED
    band = record.age_band.value if record.age_band else NOT_RECORDED
    return f"{cohort}{GROUP_SEPARATOR}{band}"


def _period(
    records: Iterable[AnalysedRecord],
    first: date,
    granularity: Granularity,
    themes: tuple[str, ...],
    groups: tuple[str, ...],
    policy: DisclosurePolicy,
) -> PeriodFigures:
    chosen = [r for r in records if period_start(r.received_on, granularity) == first]
    sentiments, by_group = protect_tables_sharing_rows(
        _tally(chosen, themes, SENTIMENTS, lambda r: r.sentiment.value),
        _tally(chosen, themes, groups, group_of),
        policy,
    )
    return PeriodFigures(first, period_label(first, granularity), sentiments, by_group)


def _tally(
    records: Sequence[AnalysedRecord],
    themes: Sequence[str],
    columns: Sequence[str],
    column_of: Callable[[AnalysedRecord], str],
) -> CountTable:
    """Count theme mentions per column, with the distinct people behind every figure;
    "" in a key stands for a total."""
    mentions: Counter[tuple[str, str]] = Counter()
    who: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for record in records:
        column = column_of(record)
        for theme in dict.fromkeys(record.themes):  # a theme counts once per message
            for key in ((theme, column), (theme, ""), ("", column), ("", "")):
                mentions[key] += 1
                who[key].add(record.person_id)

    def people(theme: str, column: str) -> int:
        return len(who.get((theme, column), ()))

    return CountTable(
        tuple(themes),
        tuple(columns),
        tuple(tuple(mentions[t, c] for c in columns) for t in themes),
        PeopleCounts(
            tuple(tuple(people(t, c) for c in columns) for t in themes),
            tuple(people(t, "") for t in themes),
            tuple(people("", c) for c in columns),
            people("", ""),
        ),
    )


def _sum_tables(
    tables: Sequence[ProtectedTable], columns: Sequence[str], column_of: Callable[[str], str]
) -> ProtectedTable:
    """Add up tables with the same rows, merging their columns through `column_of`."""
    rows = tables[0].row_labels if tables else ()
    sources = tables[0].column_labels if tables else ()
    merged = {column: [c for c in sources if column_of(c) == column] for column in columns}
    return ProtectedTable(
        rows,
        tuple(columns),
        tuple(
            tuple(
                _sum(t.cell(row, c) for t in tables for c in merged[column]) for column in columns
            )
            for row in rows
        ),
        tuple(_sum(t.row_total(row) for t in tables) for row in rows),
        tuple(
            _sum(t.column_total(c) for t in tables for c in merged[column]) for column in columns
        ),
        _sum(t.grand_total for t in tables),
    )


def _sum(cells: Iterable[Cell]) -> Cell:
    """A sum of shown figures, or hidden if any part of it is."""
    total = 0
    for cell in cells:
        if cell.value is None:
            return Cell(None, Suppression.SECONDARY)
        total += cell.value
    return Cell(total)


def _trends(
    current: PeriodFigures, previous: PeriodFigures, granularity: Granularity
) -> ThemeTrends:
    """Compare each theme's protected mentions with the period before, as shown."""
    now, before = current.sentiments, previous.sentiments
    trends = [
        _trend(theme, now.row_total(theme), before.row_total(theme))
        for theme in now.row_labels
        if _mentioned(now.row_total(theme)) or _mentioned(before.row_total(theme))
    ]
    ranks = list(TrendDirection)
    trends.sort(key=lambda trend: (ranks.index(trend.direction), -abs(trend.change or 0)))
    return ThemeTrends(current.start, previous.start, granularity, tuple(trends))


def _trend(theme: str, current: Cell, previous: Cell) -> ThemeTrend:
    if current.value is None or previous.value is None:
        direction = TrendDirection.NOT_ENOUGH_RESPONSES
    elif current.value == previous.value:
        direction = TrendDirection.STEADY
    else:
        rising = current.value > previous.value
        direction = TrendDirection.RISING if rising else TrendDirection.FALLING
    return ThemeTrend(theme, current, previous, direction)


def _mentioned(cell: Cell) -> bool:
    return cell.is_suppressed or cell.value != 0


def _rows(records: Iterable[AnalysedRecord]) -> tuple[str, ...]:
    """Every taxonomy theme in its usual order, then any unknown ids seen, sorted."""
    extra = {theme for record in records for theme in record.themes} - set(THEME_IDS)
    return (*THEME_IDS, *sorted(extra))


def _groups(records: Iterable[AnalysedRecord]) -> tuple[str, ...]:
    seen = {group_of(record) for record in records}
    return (*USUAL_GROUPS, *sorted(seen - set(USUAL_GROUPS)))


def _parts(groups: Sequence[str], index: int) -> tuple[str, ...]:
    """The cohorts (index 0) or age bands (1) among `groups`, in their usual order."""
    known = [member.value for member in (Cohort if index == 0 else AgeBand)]
    present = {group.split(GROUP_SEPARATOR)[index] for group in groups}
    return (*known, *sorted(present - set(known)))


def _part(index: int) -> Callable[[str], str]:
    return lambda group: group.split(GROUP_SEPARATOR)[index]


def _identity(column: str) -> str:
    return column

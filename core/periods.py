"""Reporting periods: ISO weeks (from Monday), calendar months and calendar quarters.

Every function accepts any date and works on the period that contains it, so callers
never need to normalise dates first. Labels use fixed English month abbreviations rather
than `strftime("%b")`, which depends on the process locale.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


class Granularity(StrEnum):
    """How long one reporting period is."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


def period_start(day: date, granularity: Granularity) -> date:
    """Return the first day of the period containing `day`."""
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    first_month_of_quarter = 3 * ((day.month - 1) // 3) + 1
    return date(day.year, first_month_of_quarter, 1)


def period_label(start: date, granularity: Granularity) -> str:
    """Name the period containing `start`: "w/c 3 Mar 2025", "Mar 2025" or "2025 Q1"."""
    first = period_start(start, granularity)
    month = MONTH_ABBREVIATIONS[first.month - 1]
    if granularity is Granularity.WEEK:
        return f"w/c {first.day} {month} {first.year}"
    if granularity is Granularity.MONTH:
        return f"{month} {first.year}"
    return f"{first.year} Q{(first.month - 1) // 3 + 1}"


def next_period(start: date, granularity: Granularity) -> date:
    """Return the first day of the period after the one containing `start`."""
    first = period_start(start, granularity)
    if granularity is Granularity.WEEK:
        return first + timedelta(days=7)
    return _add_months(first, 1 if granularity is Granularity.MONTH else 3)


def previous_period(start: date, granularity: Granularity) -> date:
    """Return the first day of the period before the one containing `start`."""
    first = period_start(start, granularity)
    return period_start(first - timedelta(days=1), granularity)


def periods_between(start: date, end: date, granularity: Granularity) -> tuple[date, ...]:
    """Return the starts of every period from the one containing `start` to the one
    containing `end`, inclusive; empty when `end` is before `start`."""
    if end < start:
        return ()
    starts = [period_start(start, granularity)]
    last = period_start(end, granularity)
    while starts[-1] < last:
        starts.append(next_period(starts[-1], granularity))
    return tuple(starts)


def _add_months(first_of_month: date, months: int) -> date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)

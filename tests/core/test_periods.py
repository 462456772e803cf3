from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.periods import (
    Granularity,
    next_period,
    period_label,
    period_start,
    periods_between,
    previous_period,
)

WEEK, MONTH, QUARTER = Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER


@pytest.mark.parametrize(
    ("day", "granularity", "start"),
    [
        (date(2025, 3, 3), WEEK, date(2025, 3, 3)),  # a Monday starts its own week
        (date(2025, 3, 9), WEEK, date(2025, 3, 3)),  # Sunday belongs to the week before
        (date(2025, 1, 1), WEEK, date(2024, 12, 30)),  # ISO week 1 of 2025 starts in 2024
        (date(2020, 12, 28), WEEK, date(2020, 12, 28)),  # ISO week 53 of 2020
        (date(2021, 1, 1), WEEK, date(2020, 12, 28)),  # still 2020-W53
        (date(2021, 1, 3), WEEK, date(2020, 12, 28)),  # last day of 2020-W53
        (date(2021, 1, 4), WEEK, date(2021, 1, 4)),  # 2021-W01
        (date(2027, 1, 1), WEEK, date(2026, 12, 28)),  # 2026-W53
        (date(2024, 2, 29), WEEK, date(2024, 2, 26)),
        (date(2025, 3, 31), MONTH, date(2025, 3, 1)),
        (date(2024, 2, 29), MONTH, date(2024, 2, 1)),
        (date(2025, 12, 31), MONTH, date(2025, 12, 1)),
        (date(2025, 1, 1), QUARTER, date(2025, 1, 1)),
        (date(2025, 3, 31), QUARTER, date(2025, 1, 1)),
        (date(2025, 4, 1), QUARTER, date(2025, 4, 1)),
        (date(2025, 8, 15), QUARTER, date(2025, 7, 1)),
        (date(2025, 12, 31), QUARTER, date(2025, 10, 1)),
    ],
)
def test_period_start(day, granularity, start):
    assert period_start(day, granularity) == start


@pytest.mark.parametrize(
    ("day", "granularity", "label"),
    [
        (date(2025, 3, 3), WEEK, "w/c 3 Mar 2025"),
        (date(2025, 3, 5), WEEK, "w/c 3 Mar 2025"),
        (date(2021, 1, 2), WEEK, "w/c 28 Dec 2020"),
        (date(2025, 1, 1), WEEK, "w/c 30 Dec 2024"),
        (date(2025, 3, 1), MONTH, "Mar 2025"),
        (date(2025, 9, 30), MONTH, "Sep 2025"),
        (date(2025, 1, 1), QUARTER, "2025 Q1"),
        (date(2025, 8, 20), QUARTER, "2025 Q3"),
        (date(2025, 12, 1), QUARTER, "2025 Q4"),
    ],
)
def test_period_label(day, granularity, label):
    assert period_label(day, granularity) == label


@pytest.mark.parametrize(
    ("day", "granularity", "previous"),
    [
        (date(2025, 3, 10), WEEK, date(2025, 3, 3)),
        (date(2025, 1, 6), WEEK, date(2024, 12, 30)),
        (date(2021, 1, 4), WEEK, date(2020, 12, 28)),  # back into week 53
        (date(2021, 1, 1), WEEK, date(2020, 12, 21)),  # from inside week 53
        (date(2025, 3, 15), MONTH, date(2025, 2, 1)),
        (date(2025, 1, 1), MONTH, date(2024, 12, 1)),
        (date(2024, 3, 31), MONTH, date(2024, 2, 1)),
        (date(2025, 5, 10), QUARTER, date(2025, 1, 1)),
        (date(2025, 1, 1), QUARTER, date(2024, 10, 1)),
    ],
)
def test_previous_period(day, granularity, previous):
    assert previous_period(day, granularity) == previous


@pytest.mark.parametrize(
    ("start", "end", "granularity", "starts"),
    [
        (
            date(2024, 12, 20),
            date(2025, 1, 10),
            WEEK,
            (date(2024, 12, 16), date(2024, 12, 23), date(2024, 12, 30), date(2025, 1, 6)),
        ),
        (
            date(2020, 12, 24),
            date(2021, 1, 5),
            WEEK,
            (date(2020, 12, 21), date(2020, 12, 28), date(2021, 1, 4)),
        ),
        (
            date(2024, 11, 15),
            date(2025, 2, 1),
            MONTH,
            (date(2024, 11, 1), date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1)),
        ),
        (
            date(2024, 8, 1),
            date(2025, 1, 1),
            QUARTER,
            (date(2024, 7, 1), date(2024, 10, 1), date(2025, 1, 1)),
        ),
        (date(2025, 3, 4), date(2025, 3, 6), WEEK, (date(2025, 3, 3),)),
        (date(2025, 3, 6), date(2025, 3, 4), WEEK, ()),
    ],
)
def test_periods_between(start, end, granularity, starts):
    assert periods_between(start, end, granularity) == starts


@given(st.dates(date(1990, 1, 1), date(2100, 12, 31)), st.sampled_from(Granularity))
def test_every_day_falls_inside_its_period(day, granularity):
    start = period_start(day, granularity)
    assert start <= day < next_period(day, granularity)
    assert previous_period(start, granularity) < start
    assert next_period(previous_period(day, granularity), granularity) == start


@given(st.dates(date(1990, 1, 1), date(2100, 12, 31)))
def test_weeks_are_iso_weeks(day):
    start = period_start(day, WEEK)
    assert start.isocalendar()[:2] == day.isocalendar()[:2]
    assert start.isoweekday() == 1
    assert next_period(day, WEEK) - start == timedelta(days=7)

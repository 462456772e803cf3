"""Aggregation: every expectation below is worked out by hand in the comment beside it.

Fixtures use a threshold of 5 (the lowest allowed) to keep them short. Unless a test says
otherwise, every message comes from a different young person.
"""

from __future__ import annotations

from datetime import date
from itertools import count

import pytest

from core.aggregation import (
    NOT_RECORDED,
    AnalysedRecord,
    ThemeBreakdown,
    TrendDirection,
    representative_quotes,
    theme_breakdown,
    theme_counts_over_time,
    theme_trends,
)
from core.analysis import Sentiment
from core.disclosure import DisclosurePolicy, ProtectedTable
from core.people import AgeBand, Cohort
from core.periods import Granularity

POLICY = DisclosurePolicy(5)
POS, NEU, NEG, MIX = Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE, Sentiment.MIXED
JAN, FEB = date(2025, 1, 15), date(2025, 2, 10)
_people = count()


def said(
    how_many: int,
    theme: str,
    sentiment: Sentiment,
    on: date = JAN,
    *,
    cohort: Cohort | None = None,
    age_band: AgeBand | None = None,
    person: str | None = None,
) -> list[AnalysedRecord]:
    """`how_many` messages about one theme, each from a new person unless one is given."""
    return [
        AnalysedRecord(
            person_id=person or f"p{next(_people)}",
            received_on=on,
            cohort=cohort,
            age_band=age_band,
            themes=(theme,),
            sentiment=sentiment,
            redacted=f"Something about {theme} that is long enough to be worth quoting.",
            is_urgent=False,
        )
        for _ in range(how_many)
    ]


def row(table: ProtectedTable, theme: str) -> list[int | None]:
    """A theme's cells then its total, None where hidden."""
    cells = table.cells[table.row_labels.index(theme)]
    return [cell.value for cell in cells] + [table.row_total(theme).value]


def column_totals(table: ProtectedTable) -> list[int | None]:
    return [cell.value for cell in table.column_totals] + [table.grand_total.value]


# January, threshold 5                 positive neutral negative mixed | total
#   education                                 6       0        5     0 |    11
#   safety                                    0       0        3     0 |     3  <- small
#   housing                                   0       0        0    10 |    10
#   money                                     5       0       20     0 |    25
#   activities                                0       0        5     0 |     5
#   total                                    11       0       33    10 |    54
# Safety's 3 and its total 3 are too small. The safety row's only route to another row
# runs through the row totals, so the cheapest partner row is hidden with it: activities
# (5 + 5 = 10), not education (5 + 11 = 16) or money (20 + 25 = 45).
JANUARY = [
    *said(6, "education", POS),
    *said(5, "education", NEG),
    *said(3, "safety", NEG),
    *said(10, "housing", MIX),
    *said(5, "money", POS),
    *said(20, "money", NEG),
    *said(5, "activities", NEG),
]
# February: nothing small, nothing hidden.
#   education 15 positive; safety 6 negative; housing 7 mixed; money 5 negative.
FEBRUARY = [
    *said(15, "education", POS, FEB),
    *said(6, "safety", NEG, FEB),
    *said(7, "housing", MIX, FEB),
    *said(5, "money", NEG, FEB),
]


def test_theme_counts_over_time_protects_each_month():
    over_time = theme_counts_over_time(
        JANUARY + FEBRUARY, Granularity.MONTH, date(2025, 1, 1), date(2025, 2, 28), POLICY
    )
    january, february = over_time.periods
    assert (january.start, january.label) == (date(2025, 1, 1), "Jan 2025")
    jan = january.table
    assert jan.column_labels == ("positive", "neutral", "negative", "mixed")
    assert row(jan, "education") == [6, 0, 5, 0, 11]
    assert row(jan, "safety") == [0, 0, None, 0, None]
    assert row(jan, "housing") == [0, 0, 0, 10, 10]
    assert row(jan, "money") == [5, 0, 20, 0, 25]
    assert row(jan, "activities") == [0, 0, None, 0, None]
    assert row(jan, "digital") == [0, 0, 0, 0, 0]
    assert column_totals(jan) == [11, 0, 33, 10, 54]
    feb = february.table
    assert row(feb, "education") == [15, 0, 0, 0, 15]
    assert row(feb, "money") == [0, 0, 5, 0, 5]
    assert column_totals(feb) == [15, 0, 11, 7, 33]


def test_theme_counts_over_time_covers_empty_periods_and_ignores_others():
    records = said(8, "money", NEG, date(2025, 3, 5)) + said(9, "money", NEG, date(2024, 12, 1))
    over_time = theme_counts_over_time(
        records, Granularity.WEEK, date(2025, 3, 1), date(2025, 3, 12), POLICY
    )
    assert [p.label for p in over_time.periods] == [
        "w/c 24 Feb 2025",
        "w/c 3 Mar 2025",
        "w/c 10 Mar 2025",
    ]
    assert [p.table.grand_total.value for p in over_time.periods] == [0, 8, 0]


def test_a_theme_mentioned_twice_in_one_message_counts_once():
    record = said(1, "money", NEG)[0]
    doubled = [
        AnalysedRecord(f"d{i}", JAN, None, None, ("money", "money", "housing"), NEG, "x")
        for i in range(5)
    ]
    table = (
        theme_counts_over_time([*doubled, record], Granularity.MONTH, JAN, JAN, POLICY)
        .periods[0]
        .table
    )
    assert row(table, "money") == [0, 0, 6, 0, 6]
    assert row(table, "housing") == [0, 0, 5, 0, 5]
    assert table.grand_total.value == 11  # mentions, not messages


def test_many_messages_from_one_person_are_hidden():
    # 12 messages about money, all from one person: 12 >= 5, but only 1 person stands behind it.
    records = said(12, "money", NEG, person="prolific") + said(20, "housing", NEG)
    table = theme_counts_over_time(records, Granularity.MONTH, JAN, JAN, POLICY).periods[0].table
    assert table.row_total("money").is_suppressed
    assert table.cell("money", "negative").is_suppressed


def test_theme_trends_compare_only_figures_shown_in_both_periods():
    trends = theme_trends(JANUARY + FEBRUARY, date(2025, 2, 20), Granularity.MONTH, POLICY)
    assert (trends.period_start, trends.previous_start) == (date(2025, 2, 1), date(2025, 1, 1))
    summary = [(t.theme_id, t.direction, t.change) for t in trends.trends]
    assert summary == [
        ("education", TrendDirection.RISING, 4),  # 11 -> 15
        ("money", TrendDirection.FALLING, -20),  # 25 -> 5
        ("housing", TrendDirection.FALLING, -3),  # 10 -> 7
        ("safety", TrendDirection.NOT_ENOUGH_RESPONSES, None),  # January hidden
        ("activities", TrendDirection.NOT_ENOUGH_RESPONSES, None),  # January hidden
    ]
    assert [t.theme_id for t in trends.with_direction(TrendDirection.FALLING)] == [
        "money",
        "housing",
    ]


def test_a_theme_steady_across_periods():
    records = said(7, "digital", NEU) + said(7, "digital", NEU, FEB)
    trends = theme_trends(records, FEB, Granularity.MONTH, POLICY)
    assert [(t.theme_id, t.direction, t.change) for t in trends.trends] == [
        ("digital", TrendDirection.STEADY, 0)
    ]


# Breakdown by cohort, threshold 5
#   in care:       education 5 positive + 7 negative
#   care leavers:  housing 9 negative, money 6 negative
#   not recorded:  education 2 neutral
#
#   theme × cohort   in_care care_leaver not_recorded | total
#   education             12           0            2 |    14
#   housing                0           9            0 |     9
#   money                  0           6            0 |     6
#   total                 12          15            2 |    29
#
#   theme × sentiment   positive neutral negative mixed | total
#   education                  5       2        7     0 |    14
#   housing                    0       0        9     0 |     9
#   money                      0       0        6     0 |     6
#   total                      5       2       22     0 |    29
#
# The 2s and their column totals are too small. In the cohort table, the not-recorded
# column can only reach another column through the total row, and the cheapest way back to
# education is via in care (total 12 + cell 12 = 24). In the sentiment table, positive
# (5 + 5 = 10) is cheaper than negative (7 + 22 = 29). Education's total, 14, is shared by
# both tables and stays shown in both.
BY_COHORT = [
    *said(5, "education", POS, cohort=Cohort.IN_CARE, age_band=AgeBand.TEEN),
    *said(7, "education", NEG, cohort=Cohort.IN_CARE, age_band=AgeBand.TEEN),
    *said(9, "housing", NEG, cohort=Cohort.CARE_LEAVER, age_band=AgeBand.LEAVER),
    *said(6, "money", NEG, cohort=Cohort.CARE_LEAVER, age_band=AgeBand.LEAVER),
    *said(2, "education", NEU),
]


def test_theme_breakdown_by_cohort_protects_both_tables_together():
    breakdown = theme_breakdown(BY_COHORT, "cohort", POLICY)
    groups, sentiments = breakdown.groups, breakdown.sentiments
    assert groups.column_labels == ("in_care", "care_leaver", NOT_RECORDED)
    assert row(groups, "education") == [None, 0, None, 14]
    assert row(groups, "housing") == [0, 9, 0, 9]
    assert row(groups, "money") == [0, 6, 0, 6]
    assert column_totals(groups) == [None, 15, None, 29]
    assert row(sentiments, "education") == [None, None, 7, 0, 14]
    assert row(sentiments, "housing") == [0, 0, 9, 0, 9]
    assert column_totals(sentiments) == [None, None, 22, 0, 29]
    assert groups.row_totals == sentiments.row_totals


def test_theme_breakdown_by_age_band_has_no_unrecorded_column_when_all_are_known():
    known = [r for r in BY_COHORT if r.age_band is not None]
    breakdown: ThemeBreakdown = theme_breakdown(known, "age_band", POLICY)
    assert breakdown.groups.column_labels == ("8-11", "11-17", "16-25")
    assert row(breakdown.groups, "education") == [0, 12, 0, 12]
    assert row(breakdown.groups, "housing") == [0, 0, 9, 9]
    assert column_totals(breakdown.groups) == [0, 12, 15, 27]


def test_theme_breakdown_refuses_an_unknown_grouping():
    with pytest.raises(ValueError, match="cohort or age_band"):
        theme_breakdown(BY_COHORT, "postcode", POLICY)  # type: ignore[arg-type]


# --- quotes --------------------------------------------------------------------------


def quote(person: str, text: str, on: date = JAN, sentiment: Sentiment = NEG, **kw: bool):
    return AnalysedRecord(person, on, None, None, ("housing",), sentiment, text, **kw)


MEDIUM = "My flat is cold and the landlord never answers when I ask about it."


def test_quotes_need_enough_messages_from_enough_people():
    four_people = [quote(f"p{i % 4}", MEDIUM) for i in range(12)]  # 12 messages, 4 people
    result = representative_quotes(four_people, "housing", POLICY)
    assert (result.has_enough_responses, result.quotes) == (False, ())


def test_quotes_prefer_medium_length_recent_and_varied_from_different_people():
    records = [
        quote("a", "Cold.", date(2025, 1, 20)),  # too short
        quote("b", MEDIUM, date(2025, 1, 2)),
        quote("c", MEDIUM + " Also it is damp.", date(2025, 1, 9)),  # most recent medium
        quote("c", MEDIUM + " Still cold.", date(2025, 1, 10)),  # c already quoted
        quote("d", "Moving in was fine and my worker helped a lot with it.", date(2025, 1, 5), POS),
        quote("e", "Call me on 07700 900123 please, it is about my flat.", date(2025, 1, 30)),
        quote("f", "Email me at someone@example.org about the flat please.", date(2025, 1, 30)),
        quote("g", "Someone hurt me at the flat last night and I am scared.", is_urgent=True),
        quote("h", "x" * 400, date(2025, 1, 31)),  # far too long
    ]
    records += [quote(f"z{i}", "", date(2025, 1, 1)) for i in range(3)]  # blank after redaction
    result = representative_quotes(records, "housing", POLICY)
    assert result.has_enough_responses
    assert [(q.text, q.sentiment) for q in result.quotes] == [
        (MEDIUM + " Still cold.", NEG),  # medium, newest
        ("Moving in was fine and my worker helped a lot with it.", POS),  # a new sentiment
        (MEDIUM, NEG),  # b: the next medium one from a new person
    ]


def test_urgent_messages_are_never_quoted_nor_counted():
    records = [quote(f"p{i}", MEDIUM, is_urgent=True) for i in range(10)]
    records += [quote(f"q{i}", MEDIUM) for i in range(4)]
    result = representative_quotes(records, "housing", POLICY)
    assert result.has_enough_responses is False


def test_quotes_are_only_from_the_theme_asked_for():
    records = said(6, "money", NEG) + [quote(f"p{i}", MEDIUM) for i in range(5)]
    result = representative_quotes(records, "money", POLICY, limit=10)
    assert len(result.quotes) == 6
    assert all("money" in q.text for q in result.quotes)

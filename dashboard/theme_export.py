"""The themes report as tidy CSV: one row per published figure of each period.

Columns: period, group, theme, sentiment, count, note. "all" stands for a total; a hidden
figure's count is the suppression mark and its note says why. Only the figures protected
for each period are written: any other total is a sum of these, and blank if any part is.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TextIO

from core.disclosure import SUPPRESSED_MARK, Cell
from dashboard.theme_figures import PeriodFigures
from dashboard.themes import ThemeReport

HEADER = ("period", "group", "theme", "sentiment", "count", "note")
ALL = "all"


def write_theme_csv(report: ThemeReport, stream: TextIO) -> None:
    """Write every period's protected figures to `stream`."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(HEADER)
    note = (
        f"hidden to protect young people: fewer than {report.threshold} behind it, "
        "or showing it would reveal a hidden figure"
    )
    for period in report.figures.periods:
        for group, theme, sentiment, cell in _figures(period):
            hidden = cell.is_suppressed
            shown = cell.shown_as(SUPPRESSED_MARK)
            writer.writerow((period.label, group, theme, sentiment, shown, note if hidden else ""))


def _figures(period: PeriodFigures) -> Iterator[tuple[str, str, str, Cell]]:
    """(group, theme, sentiment, figure) for one period, totals marked "all"."""
    by_sentiment, by_group = period.sentiments, period.groups
    for row, theme in enumerate(by_sentiment.row_labels):
        for column, sentiment in enumerate(by_sentiment.column_labels):
            yield ALL, theme, sentiment, by_sentiment.cells[row][column]
        yield ALL, theme, ALL, by_sentiment.row_totals[row]
    for column, sentiment in enumerate(by_sentiment.column_labels):
        yield ALL, ALL, sentiment, by_sentiment.column_totals[column]
    yield ALL, ALL, ALL, by_sentiment.grand_total
    for row, theme in enumerate(by_group.row_labels):
        for column, group in enumerate(by_group.column_labels):
            yield group, theme, ALL, by_group.cells[row][column]
    for column, group in enumerate(by_group.column_labels):
        yield group, ALL, ALL, by_group.column_totals[column]

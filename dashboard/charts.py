"""Server-side SVG charts of protected figures: no script, no external resource, print-safe.

Only shown figures are drawn. When a bar's total is shown but some of its parts are hidden,
the rest of the bar is hatched and unlabelled: its length is the total minus the shown
parts, which a reader could work out anyway. A hidden total gets no bar at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count

from markupsafe import Markup, escape

from core.aggregation import SENTIMENTS
from core.disclosure import SUPPRESSED_MARK, Cell, ProtectedTable
from dashboard.labels import sentiment_name, theme_name
from dashboard.theme_figures import PeriodFigures

WIDTH, LABEL_WIDTH, VALUE_WIDTH = 720, 230, 50
ROW_HEIGHT, BAR_HEIGHT, LEGEND_HEIGHT = 24, 16, 30
HIDDEN_COLOUR = "#555555"
# Okabe–Ito colours: told apart with colour-blindness, and in greyscale by their legend.
SENTIMENT_COLOURS = {
    "positive": "#009E73",
    "neutral": "#B0B0B0",
    "negative": "#D55E00",
    "mixed": "#0072B2",
}
_chart_numbers = count(1)  # ids must be unique within a page that holds several charts


@dataclass(frozen=True)
class Series:
    name: str
    colour: str


@dataclass(frozen=True)
class Bar:
    label: str
    total: Cell
    parts: tuple[Cell, ...]  # one per series


def sentiment_series() -> tuple[Series, ...]:
    return tuple(Series(sentiment_name(s), SENTIMENT_COLOURS[s]) for s in SENTIMENTS)


def themes_chart(table: ProtectedTable, title: str) -> Markup:
    """Mentions of each theme by sentiment, biggest first; themes nobody raised left out."""
    bars = [
        Bar(theme_name(theme), table.row_total(theme), _row(table, theme))
        for theme in table.row_labels
        if table.row_total(theme).value != 0
    ]
    bars.sort(key=lambda bar: -1 if bar.total.value is None else -bar.total.value)
    bars.sort(key=lambda bar: bar.total.is_suppressed)  # hidden totals last, in usual order
    return stacked_bars(title, bars, sentiment_series())


def periods_chart(periods: Sequence[PeriodFigures], title: str) -> Markup:
    """All theme mentions in each period, by sentiment."""
    bars = [
        Bar(p.label, p.sentiments.grand_total, tuple(map(p.sentiments.column_total, SENTIMENTS)))
        for p in periods
    ]
    return stacked_bars(title, bars, sentiment_series())


def stacked_bars(title: str, bars: Sequence[Bar], series: Sequence[Series]) -> Markup:
    """A horizontal stacked bar chart as inline SVG."""
    chart_id = f"chart-{next(_chart_numbers)}"
    height = LEGEND_HEIGHT + ROW_HEIGHT * max(len(bars), 1) + 6
    shown = [bar.total.value for bar in bars if bar.total.value is not None]
    scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max([*shown, 1])
    parts = [
        f'<svg class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" aria-labelledby="{chart_id}-title">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        _hatch(chart_id),
        _legend(series, chart_id),
    ]
    for index, bar in enumerate(bars):
        parts.append(_bar(bar, series, LEGEND_HEIGHT + index * ROW_HEIGHT, scale, chart_id))
    if not bars:
        parts.append(_text(LABEL_WIDTH, LEGEND_HEIGHT + 16, "Nothing to show for this period."))
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar(bar: Bar, series: Sequence[Series], y: int, scale: float, chart_id: str) -> str:
    out = [_text(LABEL_WIDTH - 8, y + 13, bar.label, anchor="end")]
    x = float(LABEL_WIDTH)
    if bar.total.value is None:
        return "".join([*out, _text(x + 4, y + 13, f"{SUPPRESSED_MARK} hidden")])
    for part, line in zip(bar.parts, series, strict=True):
        if part.value:
            out.append(_rect(x, y, part.value * scale, line.colour, f"{line.name}: {part.value}"))
            x += part.value * scale
    rest = bar.total.value - sum(part.value or 0 for part in bar.parts)
    if rest > 0:
        out.append(_rect(x, y, rest * scale, f"url(#{chart_id}-hidden)", "Hidden parts"))
        x += rest * scale
    out.append(_text(x + 6, y + 13, str(bar.total.value)))
    return "".join(out)


def _legend(series: Sequence[Series], chart_id: str) -> str:
    items = [(line.name, line.colour) for line in series]
    items.append((f"Hidden {SUPPRESSED_MARK}", f"url(#{chart_id}-hidden)"))
    out, x = [], float(LABEL_WIDTH)
    for name, fill in items:
        out.append(f'<rect x="{x:.1f}" y="6" width="12" height="12" fill="{fill}"/>')
        out.append(_text(x + 16, 16, name))
        x += 24 + 7 * len(name)
    return "".join(out)


def _hatch(chart_id: str) -> str:
    return (
        f'<defs><pattern id="{chart_id}-hidden" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect width="6" height="6" fill="#ffffff"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{HIDDEN_COLOUR}" stroke-width="2"/>'
        "</pattern></defs>"
    )


def _rect(x: float, y: int, width: float, fill: str, tooltip: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y + (ROW_HEIGHT - BAR_HEIGHT) // 2}" width="{width:.1f}" '
        f'height="{BAR_HEIGHT}" fill="{fill}" stroke="#ffffff" stroke-width="0.5">'
        f"<title>{escape(tooltip)}</title></rect>"
    )


def _text(x: float, y: int, text: str, anchor: str = "start") -> str:
    return (
        f'<text x="{x:.1f}" y="{y}" text-anchor="{anchor}" font-size="12" '
        f'font-family="sans-serif" fill="#1d2433">{escape(text)}</text>'
    )


def _row(table: ProtectedTable, row: str) -> tuple[Cell, ...]:
    return tuple(table.cell(row, column) for column in table.column_labels)

"""Statistical disclosure control for every figure a senior manager or an export sees.

Primary suppression hides a figure (a cell or a total) when 0 < count < threshold, or when
fewer than `threshold` distinct people stand behind it: one child sending twelve messages
must not produce a shown "12" that is all about them.

Zeros are shown. A zero describes no child, so it cannot identify one, and hiding zeros
would blank most of a sparse table. Showing them tells a reader that every hidden figure is
at least 1, so secondary suppression is computed against exactly that knowledge.

Secondary suppression. Every table is a circulation: row totals flow into rows, rows split
into cells, cells merge into column totals, which merge into the grand total, which splits
back into row totals. Each figure is an edge and every published sum says "what flows into
this node flows out". Pushing one unit around a cycle of hidden edges (+1 on edges walked
forwards, -1 on edges walked backwards) changes no shown figure and breaks no sum, so a
hidden figure on such a cycle — one whose backward edges all hold at least 2, so that none
drops below 1 — cannot be worked out exactly. Conversely, any other consistent set of values
differs from the truth by an integer circulation, which splits into such cycles, so a hidden
figure on no such cycle *is* recoverable. Each primary figure not yet on a cycle gets the
cheapest one (Dijkstra; hiding a shown figure costs its value, so small figures go first)
and the shown figures on it become secondary suppressions. Hiding more never breaks a
cycle, so one pass over the primary figures suffices, and the same code protects a table, a
list with its total, and two tables that share their row totals.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from core.errors import DisclosureThresholdTooLow

MINIMUM_THRESHOLD = 5
SUPPRESSED_MARK = "[c]"  # the ONS convention for "confidential"


@dataclass(frozen=True)
class DisclosurePolicy:
    """The smallest number a manager may see; configurable, never below 5."""

    threshold: int = 10

    def __post_init__(self) -> None:
        if self.threshold < MINIMUM_THRESHOLD:
            raise DisclosureThresholdTooLow(self.threshold, MINIMUM_THRESHOLD)

    def is_too_few(self, count: int, people: int | None = None) -> bool:
        """Must this figure be hidden? Zero never is."""
        smallest = count if people is None else min(count, people)
        return count > 0 and smallest < self.threshold


class Suppression(StrEnum):
    PRIMARY = "primary"  # too few messages or people
    SECONDARY = "secondary"  # hidden so that a primary figure cannot be worked out


@dataclass(frozen=True)
class Cell:
    """One published figure, or None when hidden.

    `reason` is for audit only: render every hidden figure with the same mark, because a
    reader who could tell primary (small) from secondary (large) figures apart would know
    more than the protection assumes.
    """

    value: int | None
    reason: Suppression | None = None

    def __post_init__(self) -> None:
        if (self.value is None) != (self.reason is not None):
            raise ValueError("A cell has either a value or a suppression reason, not both.")

    @property
    def is_suppressed(self) -> bool:
        return self.value is None

    def shown_as(self, mark: str = SUPPRESSED_MARK) -> str:
        return mark if self.value is None else str(self.value)


@dataclass(frozen=True)
class PeopleCounts:
    """How many distinct people stand behind each cell and each total of a CountTable."""

    cells: tuple[tuple[int, ...], ...]
    row_totals: tuple[int, ...]
    column_totals: tuple[int, ...]
    grand_total: int

    def figures(self) -> list[int]:
        return _flatten(self.cells, self.row_totals, self.column_totals, self.grand_total)


@dataclass(frozen=True)
class CountTable:
    """True counts, rows × columns, before protection; `people` None means each count
    is already a count of distinct people."""

    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    people: PeopleCounts | None = None

    def __post_init__(self) -> None:
        shape = [len(self.column_labels)] * len(self.row_labels)
        if [len(row) for row in self.counts] != shape:
            raise ValueError("A count table needs one count per row label and column label.")
        if any(count < 0 for row in self.counts for count in row):
            raise ValueError("Counts cannot be negative.")
        if self.people is not None and not _people_fit(self.figures(), self.people.figures()):
            raise ValueError(
                "People counts must have the table's shape, be at most the "
                "message counts, and be zero exactly where the counts are zero."
            )

    @classmethod
    def of(
        cls,
        counts: Sequence[Sequence[int]],
        row_labels: Sequence[str] | None = None,
        column_labels: Sequence[str] | None = None,
    ) -> CountTable:
        """Build a table from nested lists, labelling rows and columns 0, 1, … by default."""
        width = len(counts[0]) if counts else 0
        rows = tuple(row_labels) if row_labels is not None else _numbered(len(counts))
        columns = tuple(column_labels) if column_labels is not None else _numbered(width)
        return cls(rows, columns, tuple(tuple(row) for row in counts))

    def figures(self) -> list[int]:
        """Cells row by row, then row totals, column totals and the grand total."""
        row_totals = [sum(row) for row in self.counts]
        columns = range(len(self.column_labels))
        column_totals = [sum(row[j] for row in self.counts) for j in columns]
        return _flatten(self.counts, row_totals, column_totals, sum(row_totals))


@dataclass(frozen=True)
class ProtectedTable:
    """A table safe to show: hidden figures carry no value at all."""

    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    grand_total: Cell

    def cell(self, row: str, column: str) -> Cell:
        return self.cells[self.row_labels.index(row)][self.column_labels.index(column)]

    def row_total(self, row: str) -> Cell:
        return self.row_totals[self.row_labels.index(row)]

    def column_total(self, column: str) -> Cell:
        return self.column_totals[self.column_labels.index(column)]


@dataclass(frozen=True)
class ProtectedList:
    """A list of counts with its total, safe to show."""

    labels: tuple[str, ...]
    cells: tuple[Cell, ...]
    total: Cell

    def cell(self, label: str) -> Cell:
        return self.cells[self.labels.index(label)]


def protect_table(table: CountTable, policy: DisclosurePolicy) -> ProtectedTable:
    """Hide every figure too small to show, then enough others that none can be recovered."""
    m, n = len(table.row_labels), len(table.column_labels)
    edges = _table_edges(m, n, first_node=0, row_sources=[m + n + 1] * m, grand_head=m + n + 1)
    cells = _protect(edges, table.figures(), _people(table), policy)
    return _assemble(table, cells)


def protect_tables_sharing_rows(
    first: CountTable, second: CountTable, policy: DisclosurePolicy
) -> tuple[ProtectedTable, ProtectedTable]:
    """Protect two breakdowns of the same rows (e.g. theme × age band and theme × sentiment)
    together, so that neither reveals a figure the other hides."""
    first_figures, second_figures = first.figures(), second.figures()
    m, n1, n2 = len(first.row_labels), len(first.column_labels), len(second.column_labels)
    same_rows = first.row_labels == second.row_labels
    if not same_rows or _shared(first_figures, m, n1) != _shared(second_figures, m, n2):
        raise ValueError("Linked tables must have the same rows and the same row totals.")
    # Nodes: first's rows, columns and total row, then second's. The second table's edges
    # are reversed so that the two circulations join through the shared totals.
    second_node = m + n1 + 1
    edges = _table_edges(m, n1, 0, [second_node + i for i in range(m)], second_node + m + n2)
    second_edges = _table_edges(m, n2, second_node, list(range(m)), m + n1)
    own_edges = second_edges[: m * n2] + second_edges[m * n2 + m : -1]
    edges += [(head, tail) for tail, head in own_edges]
    figures = first_figures + _unshared(second_figures, m, n2)
    people = _people(first) + _unshared(_people(second), m, n2)  # first's for shared totals
    cells = _protect(edges, figures, people, policy)
    split = len(first_figures)
    return _assemble(first, cells[:split]), _assemble(second, _relink(cells, m, n1, n2))


def protect_counts(
    counts: Sequence[int], policy: DisclosurePolicy, labels: Sequence[str] | None = None
) -> ProtectedList:
    """Protect a simple list of counts shown with its total."""
    if any(count < 0 for count in counts):
        raise ValueError("Counts cannot be negative.")
    edges = [(0, 1)] * len(counts) + [(1, 0)]  # cells flow out, the total flows back
    figures = [*counts, sum(counts)]
    cells = _protect(edges, figures, figures, policy)
    names = tuple(labels) if labels is not None else _numbered(len(counts))
    return ProtectedList(names, tuple(cells[:-1]), cells[-1])


# --- the flow network ---------------------------------------------------------------


def _table_edges(
    m: int, n: int, first_node: int, row_sources: list[int], grand_head: int
) -> list[tuple[int, int]]:
    """Edges in CountTable.figures() order: rows first_node.., columns, then the total row."""
    rows, columns = range(first_node, first_node + m), range(first_node + m, first_node + m + n)
    total_row = first_node + m + n
    edges = [(row, column) for row in rows for column in columns]
    edges += [(source, row) for source, row in zip(row_sources, rows, strict=True)]
    edges += [(column, total_row) for column in columns]
    return [*edges, (total_row, grand_head)]


def _protect(
    edges: Sequence[tuple[int, int]],
    figures: Sequence[int],
    people: Sequence[int],
    policy: DisclosurePolicy,
) -> list[Cell]:
    hidden = {
        index: Suppression.PRIMARY
        for index, (count, persons) in enumerate(zip(figures, people, strict=True))
        if policy.is_too_few(count, persons)
    }
    for index in sorted(hidden):
        for other in _cheapest_cycle(edges, figures, index, hidden):
            hidden.setdefault(other, Suppression.SECONDARY)
    return [
        Cell(None, hidden[index]) if index in hidden else Cell(value)
        for index, value in enumerate(figures)
    ]


def _cheapest_cycle(
    edges: Sequence[tuple[int, int]],
    figures: Sequence[int],
    edge: int,
    hidden: dict[int, Suppression],
) -> list[int]:
    """Return the edges to hide so that `edge` lies on a cycle of hidden edges along
    which one unit can be pushed (empty when it already does)."""
    tail, head = edges[edge]
    arcs = _arcs(edges, figures, skip=edge)
    routes = [_cheapest_path(arcs, figures, hidden, head, tail)]  # push `edge` up
    if figures[edge] >= 2:
        routes.append(_cheapest_path(arcs, figures, hidden, tail, head))  # push it down
    found = [route for route in routes if route is not None]
    if not found:  # unreachable: the all-totals cycle always exists for a positive figure
        raise RuntimeError("No cycle protects this figure; refusing to publish the table.")
    return min(found)[1]


def _arcs(
    edges: Sequence[tuple[int, int]], figures: Sequence[int], skip: int
) -> dict[int, list[tuple[int, int]]]:
    """Residual arcs node -> [(next node, edge)]: forwards always, backwards if >= 2.
    Zero figures are never hidden, because a hidden figure is known to be at least 1."""
    arcs: dict[int, list[tuple[int, int]]] = {}
    for index, (tail, head) in enumerate(edges):
        if index == skip or figures[index] == 0:
            continue
        arcs.setdefault(tail, []).append((head, index))
        if figures[index] >= 2:
            arcs.setdefault(head, []).append((tail, index))
    return arcs


def _cheapest_path(
    arcs: dict[int, list[tuple[int, int]]],
    figures: Sequence[int],
    hidden: dict[int, Suppression],
    start: int,
    goal: int,
) -> tuple[tuple[int, int], list[int]] | None:
    """Dijkstra: cost is (sum of newly hidden values, number newly hidden)."""
    best: dict[int, tuple[int, int]] = {start: (0, 0)}
    came_from: dict[int, tuple[int, int]] = {}
    queue = [((0, 0), start)]
    while queue:
        cost, node = heapq.heappop(queue)
        if node == goal:
            return cost, _trace(came_from, start, goal)
        if cost > best[node]:
            continue
        for neighbour, index in arcs.get(node, []):
            extra = (0, 0) if index in hidden else (figures[index], 1)
            new = (cost[0] + extra[0], cost[1] + extra[1])
            if neighbour not in best or new < best[neighbour]:
                best[neighbour], came_from[neighbour] = new, (node, index)
                heapq.heappush(queue, (new, neighbour))
    return None


def _trace(came_from: dict[int, tuple[int, int]], start: int, goal: int) -> list[int]:
    path, node = [], goal
    while node != start:
        node, index = came_from[node]
        path.append(index)
    return path


# --- layout helpers -----------------------------------------------------------------


def _people(table: CountTable) -> list[int]:
    return table.figures() if table.people is None else table.people.figures()


def _people_fit(figures: list[int], people: list[int]) -> bool:
    pairs = list(zip(figures, people, strict=False))
    return len(people) == len(figures) and all(
        0 <= persons <= count and (persons == 0) == (count == 0) for count, persons in pairs
    )


def _shared(figures: list[int], m: int, n: int) -> list[int]:
    """Row totals and grand total: the figures two linked tables have in common."""
    return [*figures[m * n : m * n + m], figures[-1]]


def _unshared(figures: list[int], m: int, n: int) -> list[int]:
    return [*figures[: m * n], *figures[m * n + m : -1]]


def _relink(cells: list[Cell], m: int, first_n: int, n: int) -> list[Cell]:
    """Rebuild the second table's figures: its own cells, the first's shared totals."""
    split = m * first_n + m + first_n + 1
    first, own = cells[:split], cells[split:]
    row_totals = first[m * first_n : m * first_n + m]
    return [*own[: m * n], *row_totals, *own[m * n :], first[-1]]


def _assemble(table: CountTable, cells: Sequence[Cell]) -> ProtectedTable:
    m, n = len(table.row_labels), len(table.column_labels)
    rows = tuple(tuple(cells[i * n : (i + 1) * n]) for i in range(m))
    row_totals, column_totals = tuple(cells[m * n : m * n + m]), tuple(cells[m * n + m : -1])
    return ProtectedTable(
        table.row_labels, table.column_labels, rows, row_totals, column_totals, cells[-1]
    )


def _flatten(
    cells: Sequence[Sequence[int]], rows: Sequence[int], columns: Sequence[int], grand: int
) -> list[int]:
    return [*(value for row in cells for value in row), *rows, *columns, grand]


def _numbered(count: int) -> tuple[str, ...]:
    return tuple(str(index) for index in range(count))

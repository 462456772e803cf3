"""Disclosure control: readable examples, and properties checked by an independent oracle.

The oracle knows nothing about flows or cycles. It writes down what a reader knows — every
shown figure, the definition of each total as a sum, and that every hidden figure is a
whole number of at least 1 (zeros are always shown) — and, for each hidden figure, searches
for a second assignment to all hidden figures that satisfies all of that yet gives this
figure a different value. Any assignment it finds is re-checked from scratch by
`is_consistent`, so a "safe" verdict always rests on a concrete counterexample to recovery.

The search only tries moving each hidden figure by -1, 0 or +1 from its true value. That
loses no witness: the sum constraints form a totally unimodular system, so if any other
consistent assignment exists, the difference splits into sign-compatible ±1 steps, and one
such step that moves the figure is itself a consistent assignment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.disclosure import (
    Cell,
    CountTable,
    DisclosurePolicy,
    PeopleCounts,
    ProtectedList,
    ProtectedTable,
    Suppression,
    protect_counts,
    protect_table,
    protect_tables_sharing_rows,
)
from core.errors import DisclosureThresholdTooLow

Key = tuple[object, ...]
C = Cell(None, Suppression.PRIMARY)  # for readable expectations: compared by value only


# --- the oracle -----------------------------------------------------------------------


@dataclass(frozen=True)
class Publication:
    """What a reader sees (`shown`), what is true, and the sums that tie figures together."""

    true: Mapping[Key, int]
    shown: Mapping[Key, int]
    sums: Sequence[tuple[Sequence[Key], Key]]  # (parts, total): sum(parts) == total

    @property
    def hidden(self) -> list[Key]:
        return [key for key in self.true if key not in self.shown]


def is_consistent(publication: Publication, guess: Mapping[Key, int]) -> bool:
    """Could `guess` (values for the hidden figures) be the truth, to a reader?"""
    values = {**publication.shown, **guess}
    return all(guess[key] >= 1 for key in publication.hidden) and all(
        sum(values[part] for part in parts) == values[total] for parts, total in publication.sums
    )


def find_other_truth(publication: Publication, target: Key) -> dict[Key, int] | None:
    """Find values for every hidden figure, consistent with what is shown, in which
    `target` differs from its true value; None if there is none."""
    hidden = set(publication.hidden)
    rows = [
        [(part, 1) for part in parts if part in hidden] + ([(total, -1)] if total in hidden else [])
        for parts, total in publication.sums
    ]
    rows = [row for row in rows if row]
    steps = {key: [d for d in (0, -1, 1) if publication.true[key] + d >= 1] for key in hidden}
    for most_moved in range(2, len(hidden) + 2, 2):  # small changes first; the last allows all
        for first_step in (d for d in (1, -1) if publication.true[target] + d >= 1):
            found = _search(rows, steps, {target: first_step}, most_moved - 1)
            if found is not None:
                return {key: publication.true[key] + found.get(key, 0) for key in hidden}
    return None


def _search(
    rows: list[list[tuple[Key, int]]],
    steps: dict[Key, list[int]],
    chosen: dict[Key, int],
    moves_left: int,
) -> dict[Key, int] | None:
    """Depth-first: rebalance the sum with fewest open figures, moving at most `moves_left`
    more figures; prune any sum that cannot balance; stop once every sum balances (the
    figures not yet chosen stay where they are)."""
    unbalanced = []
    for row in rows:
        low = high = moved = 0
        for key, sign in row:
            options = [sign * chosen[key]] if key in chosen else [sign * d for d in steps[key]]
            low, high = low + min(options), high + max(options)
            moved += sign * chosen.get(key, 0)
        if low > 0 or high < 0:
            return None
        if moved:
            unbalanced.append((sum(key not in chosen for key, _ in row), moved, row))
    if not unbalanced:
        return chosen
    if moves_left * 3 < len(unbalanced):  # no figure appears in more than three sums
        return None
    _, moved, row = min(unbalanced, key=lambda item: item[0])
    key, sign = next((key, sign) for key, sign in row if key not in chosen)
    for step in sorted(steps[key], key=lambda d: abs(moved + sign * d)):
        found = _search(rows, steps, {**chosen, key: step}, moves_left - (step != 0))
        if found is not None:
            return found
    return None


def assert_nothing_recoverable(publication: Publication) -> None:
    for target in publication.hidden:
        other = find_other_truth(publication, target)
        assert other is not None, f"{target} can be worked out from what is shown"
        assert other[target] != publication.true[target]
        assert is_consistent(publication, other)


def _add(true: dict[Key, int], shown: dict[Key, int], key: Key, value: int, cell: Cell) -> None:
    true[key] = value
    if not cell.is_suppressed:
        shown[key] = value


def table_publication(counts: Sequence[Sequence[int]], table: ProtectedTable) -> Publication:
    return linked_publication([(counts, table, "t")])


def linked_publication(parts: Sequence[tuple[Sequence[Sequence[int]], ProtectedTable, str]]):
    """Tables sharing their row totals and grand total (keys without a table name)."""
    true: dict[Key, int] = {}
    shown: dict[Key, int] = {}
    sums: list[tuple[Sequence[Key], Key]] = []
    for counts, table, name in parts:
        m, n = len(counts), len(table.column_labels)
        for i in range(m):
            for j in range(n):
                _add(true, shown, (name, i, j), counts[i][j], table.cells[i][j])
            _add(true, shown, ("row", i), sum(counts[i]), table.row_totals[i])
            sums.append(([(name, i, j) for j in range(n)], ("row", i)))
        for j in range(n):
            column_sum = sum(counts[i][j] for i in range(m))
            _add(true, shown, (name, "column", j), column_sum, table.column_totals[j])
            sums.append(([(name, i, j) for i in range(m)], (name, "column", j)))
        _add(true, shown, ("grand",), sum(map(sum, counts)), table.grand_total)
        sums.append(([(name, i, j) for i in range(m) for j in range(n)], ("grand",)))
    return Publication(true, shown, sums)


def list_publication(counts: Sequence[int], protected: ProtectedList) -> Publication:
    true: dict[Key, int] = {}
    shown: dict[Key, int] = {}
    for index, (count, cell) in enumerate(zip(counts, protected.cells, strict=True)):
        _add(true, shown, (index,), count, cell)
    _add(true, shown, ("total",), sum(counts), protected.total)
    return Publication(true, shown, [([(i,) for i in range(len(counts))], ("total",))])


# --- the oracle itself catches recoverable publications ---------------------------------


def test_oracle_finds_a_lone_hidden_cell_in_a_row_with_its_total():
    counts = [[3, 20]]
    table = _handmade(counts, hidden={(0, 0)})
    assert find_other_truth(table_publication(counts, table), ("t", 0, 0)) is None


def test_oracle_knows_hidden_figures_are_at_least_one():
    counts = [[1, 1, 20]]  # shown total 22 and 20 leave 2 for two hidden cells: both are 1
    table = _handmade(counts, hidden={(0, 0), (0, 1)})
    publication = table_publication(counts, table)
    assert find_other_truth(publication, ("t", 0, 0)) is None


def test_oracle_finds_a_hidden_row_total_recoverable_from_the_grand_total():
    counts = [[3, 4], [20, 30]]
    hidden = {(0, 0), (0, 1), (1, 0), (1, 1), ("row", 0)}
    publication = table_publication(counts, _handmade(counts, hidden))
    assert find_other_truth(publication, ("row", 0)) is None
    assert find_other_truth(publication, ("t", 0, 0)) is not None


def _handmade(counts: Sequence[Sequence[int]], hidden: set[object]) -> ProtectedTable:
    def cell(key: object, value: int) -> Cell:
        return C if key in hidden else Cell(value)

    m, n = len(counts), len(counts[0])
    return ProtectedTable(
        tuple(map(str, range(m))),
        tuple(map(str, range(n))),
        tuple(tuple(cell((i, j), counts[i][j]) for j in range(n)) for i in range(m)),
        tuple(cell(("row", i), sum(counts[i])) for i in range(m)),
        tuple(cell(("column", j), sum(row[j] for row in counts)) for j in range(n)),
        cell("grand", sum(map(sum, counts))),
    )


# --- properties ----------------------------------------------------------------------

small_counts = st.one_of(st.just(0), st.integers(1, 4), st.integers(1, 16), st.integers(0, 60))
thresholds = st.integers(5, 15)


@st.composite
def count_tables(draw: st.DrawFn, max_side: int = 5) -> list[list[int]]:
    m, n = draw(st.integers(1, max_side)), draw(st.integers(1, max_side))
    return draw(st.lists(st.lists(small_counts, min_size=n, max_size=n), min_size=m, max_size=m))


@settings(max_examples=300, deadline=None)
@given(count_tables(), thresholds)
def test_protected_tables_show_nothing_small_and_nothing_recoverable(counts, threshold):
    table = protect_table(CountTable.of(counts), DisclosurePolicy(threshold))
    shown_cells = [c.value for row in table.cells for c in row if not c.is_suppressed]
    totals = [*table.row_totals, *table.column_totals, table.grand_total]
    assert all(value == 0 or value >= threshold for value in shown_cells)
    assert all(t.value == 0 or t.value >= threshold for t in totals if not t.is_suppressed)
    assert_true_where_shown(counts, table)
    assert_nothing_recoverable(table_publication(counts, table))


def assert_true_where_shown(counts: Sequence[Sequence[int]], table: ProtectedTable) -> None:
    for i, row in enumerate(table.cells):
        for j, cell in enumerate(row):
            assert cell.is_suppressed or cell.value == counts[i][j]
    columns = [sum(column) for column in zip(*counts, strict=True)]
    for cell, true in [
        *zip(table.row_totals, map(sum, counts), strict=True),
        *zip(table.column_totals, columns, strict=True),
        (table.grand_total, sum(map(sum, counts))),
    ]:
        assert cell.is_suppressed or cell.value == true


@settings(max_examples=200, deadline=None)
@given(st.lists(small_counts, min_size=1, max_size=8), thresholds)
def test_protected_lists_show_nothing_small_and_nothing_recoverable(counts, threshold):
    protected = protect_counts(counts, DisclosurePolicy(threshold))
    for cell, true in [*zip(protected.cells, counts, strict=True), (protected.total, sum(counts))]:
        assert cell.is_suppressed or cell.value == true
        assert cell.is_suppressed or true == 0 or true >= threshold
    assert_nothing_recoverable(list_publication(counts, protected))


@settings(max_examples=150, deadline=None)
@given(count_tables(max_side=4), st.integers(1, 4), thresholds, st.randoms())
def test_linked_tables_reveal_nothing_together(counts, width, threshold, random):
    second_counts = [_split(sum(row), width, random) for row in counts]
    first, second = protect_tables_sharing_rows(
        CountTable.of(counts), CountTable.of(second_counts), DisclosurePolicy(threshold)
    )
    assert first.row_totals == second.row_totals and first.grand_total == second.grand_total
    for true, table in [(counts, first), (second_counts, second)]:
        assert all(c.value in (None, 0) or c.value >= threshold for r in table.cells for c in r)
        assert_true_where_shown(true, table)
    publication = linked_publication([(counts, first, "a"), (second_counts, second, "b")])
    assert_nothing_recoverable(publication)


def _split(total: int, parts: int, random) -> list[int]:
    cuts = sorted(random.randint(0, total) for _ in range(parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 11)), max_size=60))
def test_figures_from_too_few_people_are_hidden_however_many_messages(messages):
    table = _table_from_messages(messages)
    protected = protect_table(table, DisclosurePolicy(5))
    people = table.people
    assert people is not None
    for i, row in enumerate(protected.cells):
        for j, cell in enumerate(row):
            assert cell.is_suppressed or people.cells[i][j] == 0 or people.cells[i][j] >= 5
    assert_nothing_recoverable(table_publication(table.counts, protected))


def _table_from_messages(messages: Sequence[tuple[int, int, int]]) -> CountTable:
    """A 3 × 3 table of messages; each message is (row, column, person)."""
    counts = [[0] * 3 for _ in range(3)]
    who: dict[Key, set[int]] = {}
    for row, column, person in messages:
        counts[row][column] += 1
        for key in [(row, column), ("row", row), ("column", column), ("grand",)]:
            who.setdefault(key, set()).add(person)

    def people(key: Key) -> int:
        return len(who.get(key, set()))

    return CountTable(
        ("a", "b", "c"),
        ("x", "y", "z"),
        tuple(map(tuple, counts)),
        PeopleCounts(
            tuple(tuple(people((i, j)) for j in range(3)) for i in range(3)),
            tuple(people(("row", i)) for i in range(3)),
            tuple(people(("column", j)) for j in range(3)),
            people(("grand",)),
        ),
    )


# --- readable examples ---------------------------------------------------------------


def _values(cells: Sequence[Cell]) -> list[int | None]:
    return [cell.value for cell in cells]


def test_a_small_cell_is_hidden_with_the_cheapest_rectangle_of_partners():
    #               8-11  11-17  16-25 | total
    #   education     20     30      4 |    54
    #   money         25     12     40 |    77
    #   total         45     42     44 |   131
    # The 4 is too small. Hiding it alone would leave 54 - 20 - 30 = 4, so a rectangle of
    # cells is hidden with it: partners in 11-17 cost 30 + 12 = 42, in 8-11 20 + 25 = 45.
    table = protect_table(
        CountTable.of(
            [[20, 30, 4], [25, 12, 40]], ["education", "money"], ["8-11", "11-17", "16-25"]
        ),
        DisclosurePolicy(10),
    )
    assert _values(table.cells[0]) == [20, None, None]
    assert _values(table.cells[1]) == [25, None, None]
    assert _values(table.row_totals) == [54, 77]
    assert _values(table.column_totals) == [45, 42, 44]
    assert table.grand_total.value == 131
    assert table.cell("education", "16-25").reason is Suppression.PRIMARY
    assert table.cell("money", "11-17").reason is Suppression.SECONDARY


def test_a_hidden_row_total_is_not_left_recoverable_from_the_grand_total():
    #           yes  no | total
    #   A         3   4 |     7   <- all under 10
    #   B        20  30 |    50
    #   total    23  34 |    57
    # 20 and 30 are hidden (else 23 - 20 = 3), and 50 too (else 57 - 50 = 7).
    table = protect_table(CountTable.of([[3, 4], [20, 30]]), DisclosurePolicy(10))
    assert all(cell.is_suppressed for row in table.cells for cell in row)
    assert _values(table.row_totals) == [None, None]
    assert _values(table.column_totals) == [23, 34]
    assert table.grand_total.value == 57
    assert table.row_totals[0].reason is Suppression.PRIMARY
    assert table.row_totals[1].reason is Suppression.SECONDARY


def test_zeros_are_shown_and_large_figures_untouched():
    table = protect_table(CountTable.of([[0, 12], [15, 0]]), DisclosurePolicy(10))
    assert [_values(row) for row in table.cells] == [[0, 12], [15, 0]]
    assert _values(table.row_totals) == [12, 15]
    assert table.grand_total.value == 27


def test_a_table_with_nothing_in_it_shows_zeros():
    table = protect_table(CountTable.of([[0, 0]]), DisclosurePolicy())
    assert _values(table.cells[0]) == [0, 0] and table.grand_total.value == 0


def test_one_person_writing_many_messages_is_hidden():
    messages = [(0, 0, 1)] * 12 + [(0, 1, p) for p in range(20)] + [(1, 0, p) for p in range(30)]
    messages += [(1, 1, p) for p in range(25)]
    protected = protect_table(_table_from_messages(messages), DisclosurePolicy(10))
    assert protected.cells[0][0].reason is Suppression.PRIMARY  # 12 messages, 1 person
    assert protected.cells[0][0].shown_as() == "[c]"


def test_a_list_hides_the_next_smallest_count_with_a_small_one():
    protected = protect_counts([12, 3, 40], DisclosurePolicy(10), ["bot", "survey", "import"])
    assert _values(protected.cells) == [None, None, 40]
    assert protected.total.value == 55
    assert protected.cell("bot").reason is Suppression.SECONDARY


def test_a_list_of_ones_does_not_add_up_to_its_own_answer():
    # 52 - 50 leaves 2 for two hidden cells, each at least 1: so 50 must be hidden too.
    assert _values(protect_counts([1, 1, 50], DisclosurePolicy(10)).cells) == [None] * 3
    # Ten hidden ones under a shown total of 10 would all be 1: the total is hidden.
    assert protect_counts([1] * 10, DisclosurePolicy(10)).total.is_suppressed


def test_a_small_total_is_hidden():
    protected = protect_counts([4, 0, 3], DisclosurePolicy(10))
    assert _values(protected.cells) == [None, 0, None]
    assert protected.total.reason is Suppression.PRIMARY


@pytest.mark.parametrize("threshold", [-1, 0, 1, 4])
def test_a_threshold_below_five_is_refused(threshold):
    with pytest.raises(DisclosureThresholdTooLow, match="at least 5"):
        DisclosurePolicy(threshold)


def test_the_default_threshold_is_ten():
    assert DisclosurePolicy().threshold == 10
    assert DisclosurePolicy(5).threshold == 5


@pytest.mark.parametrize(
    ("counts", "rows", "columns"),
    [([[1, 2]], ["a"], ["x"]), ([[1], [-1]], ["a", "b"], ["x"])],
)
def test_malformed_tables_are_refused(counts, rows, columns):
    with pytest.raises(ValueError):
        CountTable.of(counts, rows, columns)


def test_linked_tables_must_share_their_row_totals():
    with pytest.raises(ValueError, match="same row totals"):
        protect_tables_sharing_rows(
            CountTable.of([[10, 10]]), CountTable.of([[25]]), DisclosurePolicy()
        )


def test_a_cell_is_either_shown_or_hidden_with_a_reason():
    with pytest.raises(ValueError):
        Cell(3, Suppression.PRIMARY)
    assert Cell(12).shown_as() == "12" and not Cell(12).is_suppressed

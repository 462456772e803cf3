"""Headline figures for the overview page, each protected by small-number suppression."""

from __future__ import annotations

from dataclasses import dataclass

from storage.store import Store


@dataclass(frozen=True)
class Figure:
    label: str
    value: int | None  # None when suppressed


async def load_overview(store: Store, threshold: int) -> list[Figure]:
    """Count young people joined, messages and open alerts; hide counts under the threshold."""
    async with store.unit_of_work() as uow:
        counts = await uow.statistics.headline_counts()
    return [
        _protect("Young people who have joined", counts.joined, threshold),
        _protect("Messages received", counts.messages, threshold),
        _protect("Open safeguarding alerts", counts.open_alerts, threshold),
    ]


def _protect(label: str, value: int, threshold: int) -> Figure:
    return Figure(label, value if value == 0 or value >= threshold else None)

"""The `Cue` record: one thing a careful reader would notice, and how to find it."""

from __future__ import annotations

from dataclasses import dataclass

from core.analysis import RiskLevel, RiskReason


@dataclass(frozen=True)
class Cue:
    """One thing a careful reader would notice, with the patterns that find it.

    - `topic`: a bare mention ("self harm", "county lines"); whose it is decides the level.
    - `sensitive`: negated, past/resolved or someone else's → CONCERN rather than nothing.
    - `physical`: an accident or sports context ("fell off my bike") cancels it.
    - `hyperbole`: humour or a trivial trigger ("if I'm late lol") cancels it.
    - `alternative_place`: "…I want to go home" nearby reads as a placement complaint.
    - `despair`: counts towards the accumulated-despair rule (two distinct → urgent).
    - `only_with_despair`: a sign only beside a suicidal despair sign; else it is nothing.
    """

    id: str
    reason: RiskReason
    patterns: tuple[str, ...]
    level: RiskLevel = RiskLevel.URGENT
    topic: bool = False
    sensitive: bool = False
    negatable: bool = True
    physical: bool = False
    hyperbole: bool = False
    alternative_place: bool = False
    despair: bool = False
    only_with_despair: bool = False

"""Young people as CareVoice knows them: pseudonymous, with cohort and age band."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Cohort(StrEnum):
    """Which group a young person belongs to; decides topics and wording."""

    IN_CARE = "in_care"
    CARE_LEAVER = "care_leaver"


class AgeBand(StrEnum):
    """Age bands with their own wording and answer scales."""

    YOUNG = "8-11"
    TEEN = "11-17"
    LEAVER = "16-25"


class PersonStatus(StrEnum):
    """Where someone is in their relationship with the bot."""

    VISITOR = "visitor"  # has written to the bot but not joined
    ACTIVE = "active"
    PAUSED = "paused"  # asked for /stop: no messages from the bot
    ERASED = "erased"  # asked for /forgetme


@dataclass(frozen=True)
class YoungPerson:
    """A young person under a pseudonymous id; never carries their Telegram id."""

    id: str
    status: PersonStatus
    cohort: Cohort | None
    age_band: AgeBand | None
    nickname: str | None
    joined_at: datetime | None
    created_at: datetime

    @property
    def has_joined(self) -> bool:
        return self.status in (PersonStatus.ACTIVE, PersonStatus.PAUSED)

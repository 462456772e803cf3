"""What a young person tells us, from the menu's choices to the stored message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from core.analysis import RiskAssessment

TELEGRAM_TEXT_LIMIT = 4096


class FeedbackKind(StrEnum):
    """What the young person chose to do. Values are stored."""

    VIEWS = "views"
    GOOD_NEWS = "good_news"
    IDEA = "idea"
    COMPLAINT = "complaint"
    ADVOCACY = "advocacy"
    MEETING = "meeting"
    WORRY = "worry"


class Topic(StrEnum):
    """Topics offered as buttons in Have my say; each maps to a theme id."""

    HOME = "home_placement"
    SOCIAL_WORKER = "social_worker"
    FAMILY = "family_friends"
    EDUCATION = "education"
    HEALTH = "health_wellbeing"
    LEAVING_CARE = "leaving_care"
    HOUSING = "housing"
    MONEY = "money"
    WORK = "work_training"
    OTHER = "other"


IN_CARE_TOPICS = (Topic.HOME, Topic.SOCIAL_WORKER, Topic.FAMILY, Topic.EDUCATION, Topic.HEALTH)
CARE_LEAVER_TOPICS = (
    Topic.LEAVING_CARE,
    Topic.SOCIAL_WORKER,
    Topic.HOUSING,
    Topic.MONEY,
    Topic.WORK,
    Topic.HEALTH,
)


@dataclass(frozen=True)
class FeedbackDraft:
    """A message accepted from a young person, ready to be stored."""

    person_id: str
    kind: FeedbackKind
    text: str
    risk: RiskAssessment
    topic: Topic | None = None
    update_id: int | None = None


@dataclass(frozen=True)
class Feedback:
    """A stored message, with the reference the young person can quote."""

    id: int
    reference: str
    person_id: str
    kind: FeedbackKind
    topic: Topic | None
    text: str | None  # None once erased
    risk: RiskAssessment
    received_at: datetime

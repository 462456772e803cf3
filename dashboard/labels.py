"""Plain-English names for the ids that figures are keyed by (themes, sentiments, groups)."""

from __future__ import annotations

from core.aggregation import NOT_RECORDED
from core.themes import theme_by_id

SENTIMENT_NAMES = {
    "positive": "Positive",
    "neutral": "Neutral",
    "negative": "Negative",
    "mixed": "Mixed",
}
GROUP_PART_NAMES = {
    "in_care": "In care",
    "care_leaver": "Care leavers",
    "8-11": "Aged 8–11",
    "11-17": "Aged 11–17",
    "16-25": "Aged 16–25",
    NOT_RECORDED: "Not recorded",
}


def theme_name(theme_id: str) -> str:
    """The theme's name, or its id for a theme the taxonomy does not know (yet)."""
    try:
        return theme_by_id(theme_id).name
    except KeyError:
        return theme_id.replace("_", " ").capitalize()


def sentiment_name(sentiment: str) -> str:
    return SENTIMENT_NAMES.get(sentiment, sentiment)


def group_name(group: str) -> str:
    """Name a cohort, an age band, or a "cohort/age band" pair."""
    return ", ".join(GROUP_PART_NAMES.get(part, part) for part in group.split("/"))

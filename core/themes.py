"""The theme taxonomy. Ids are a contract with stored data, reports and exports."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    covers: str


THEMES: tuple[Theme, ...] = (
    Theme(
        "social_worker",
        "Social workers and personal advisers",
        "contact, changes of worker, visits, reliability, relationship; IROs as people",
    ),
    Theme(
        "home_placement",
        "Where I live now",
        "foster carers, children's homes, staff, house rules, moves, feeling settled",
    ),
    Theme(
        "family_friends",
        "Family and friends",
        "family time, brothers and sisters, friends, sleepovers, keeping in touch",
    ),
    Theme(
        "education",
        "School, college and learning",
        "school, college, university, exams, exclusions, PEPs, support in school",
    ),
    Theme(
        "health_wellbeing",
        "Health and feelings",
        "physical health, dentist, GP, mental health, CAMHS, loneliness, feelings",
    ),
    Theme(
        "safety",
        "Feeling safe",
        "feeling safe, bullying, exploitation, going missing, police, online safety",
    ),
    Theme(
        "voice_rights",
        "Being listened to",
        "meetings and reviews, care plans, decisions, advocacy, complaints, CiCC",
    ),
    Theme(
        "identity_history",
        "Who I am and my story",
        "life story, why I am in care, my file, culture, religion, language, hair and skin",
    ),
    Theme(
        "leaving_care",
        "Leaving care",
        "pathway plans, independence skills, staying put, local offer, support after 18",
    ),
    Theme(
        "housing",
        "Housing",
        "accommodation after care, flats, semi-independent living, homelessness, tenancy",
    ),
    Theme("money", "Money", "pocket money, allowances, grants, bursaries, benefits, debt"),
    Theme(
        "work_training",
        "Work and training",
        "jobs, apprenticeships, training, work experience, CVs",
    ),
    Theme("activities", "Things to do", "hobbies, clubs, sport, trips, holidays"),
    Theme(
        "privacy_stigma",
        "Privacy and being treated differently",
        "confidentiality, who knows I'm in care, being treated differently, labels",
    ),
    Theme("digital", "Phones and being online", "phones, wifi, laptops, being online"),
)

THEME_IDS: tuple[str, ...] = tuple(theme.id for theme in THEMES)


def theme_by_id(theme_id: str) -> Theme:
    """Return the theme with this id, or raise KeyError."""
    for theme in THEMES:
        if theme.id == theme_id:
            return theme
    raise KeyError(theme_id)

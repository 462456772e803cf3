"""Inline keyboards and their callback data. Callback data is untrusted: parse strictly."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from core.feedback import CARE_LEAVER_TOPICS, IN_CARE_TOPICS, Topic
from core.people import AgeBand, Cohort
from handlers.catalog import Catalog


class Action(StrEnum):
    """What a button asks for; the value is the callback data's first part."""

    MENU = "m"
    TOPIC = "t"
    PRIVACY_AGREE = "pa"
    PRIVACY_LEAVE = "pl"
    SKIP_NAME = "ns"
    FORGET_YES = "fy"
    FORGET_NO = "fn"
    HELP = "h"


class MenuChoice(StrEnum):
    VIEWS = "views"
    GOOD_NEWS = "good_news"
    IDEA = "idea"
    COMPLAINT = "complaint"
    ADVOCATE = "advocate"
    MEETING = "meeting"
    WORRIED = "worried"
    MY_DATA = "mydata"
    MENU = "menu"


@dataclass(frozen=True)
class Button:
    action: Action
    value: str = ""


def parse_button(data: str | None) -> Button | None:
    """Return the button this callback data names, or None if it is not one of ours."""
    if not data or len(data) > 64:
        return None
    action_text, _, value = data.partition(":")
    try:
        action = Action(action_text)
    except ValueError:
        return None
    if not _is_valid_value(action, value):
        return None
    return Button(action, value)


def _is_valid_value(action: Action, value: str) -> bool:
    if action is Action.MENU:
        return value in set(MenuChoice)
    if action is Action.TOPIC:
        return value in set(Topic)
    return value == ""


def _button(label: str, action: Action, value: str = "") -> InlineKeyboardButton:
    return InlineKeyboardButton(
        label, callback_data=f"{action.value}:{value}" if value else action.value
    )


MENU_LAYOUT = (
    (MenuChoice.VIEWS,),
    (MenuChoice.GOOD_NEWS, MenuChoice.IDEA),
    (MenuChoice.COMPLAINT, MenuChoice.ADVOCATE),
    (MenuChoice.MEETING, MenuChoice.WORRIED),
    (MenuChoice.MY_DATA,),
)


def menu_keyboard(catalog: Catalog, band: AgeBand | None) -> InlineKeyboardMarkup:
    rows = [
        [
            _button(catalog.text(f"menu.{choice.value}", band), Action.MENU, choice.value)
            for choice in row
        ]
        for row in MENU_LAYOUT
    ]
    rows[-1].append(_button(catalog.text("help.button", band), Action.HELP))
    return InlineKeyboardMarkup(rows)


def topic_keyboard(
    catalog: Catalog, band: AgeBand | None, cohort: Cohort | None
) -> InlineKeyboardMarkup:
    topics = CARE_LEAVER_TOPICS if cohort is Cohort.CARE_LEAVER else IN_CARE_TOPICS
    rows = [
        [_button(catalog.text(f"topic.{topic.value}", band), Action.TOPIC, topic.value)]
        for topic in (*topics, Topic.OTHER)
    ]
    return InlineKeyboardMarkup(rows)


def help_keyboard(catalog: Catalog, band: AgeBand | None = None) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(catalog.text("help.button", band), Action.HELP)]])


def back_keyboard(catalog: Catalog, band: AgeBand | None) -> InlineKeyboardMarkup:
    label = catalog.text("menu.back_button", band)
    return InlineKeyboardMarkup(
        [
            [_button(label, Action.MENU, MenuChoice.MENU.value)],
            [_button(catalog.text("help.button", band), Action.HELP)],
        ]
    )


def privacy_keyboard(catalog: Catalog, band: AgeBand | None) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [_button(catalog.text("privacy.agree_button", band), Action.PRIVACY_AGREE)],
            [_button(catalog.text("privacy.leave_button", band), Action.PRIVACY_LEAVE)],
        ]
    )


def skip_name_keyboard(catalog: Catalog, band: AgeBand | None) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[_button(catalog.text("name.skip_button", band), Action.SKIP_NAME)]]
    )


def forget_keyboard(catalog: Catalog, band: AgeBand | None) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [_button(catalog.text("forget.yes_button", band), Action.FORGET_YES)],
            [_button(catalog.text("forget.no_button", band), Action.FORGET_NO)],
        ]
    )

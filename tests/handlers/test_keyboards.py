import pytest

from core.people import AgeBand, Cohort
from handlers.catalog import Catalog
from handlers.keyboards import (
    Action,
    Button,
    menu_keyboard,
    parse_button,
    topic_keyboard,
)


@pytest.mark.parametrize(
    ("data", "button"),
    [
        ("m:views", Button(Action.MENU, "views")),
        ("t:education", Button(Action.TOPIC, "education")),
        ("pa", Button(Action.PRIVACY_AGREE)),
        ("fy", Button(Action.FORGET_YES)),
        ("m:launch", None),
        ("t:", None),
        ("fy:1", None),
        ("zz:views", None),
        ("", None),
        (None, None),
        ("m:" + "v" * 80, None),
    ],
)
def test_callback_data_is_parsed_strictly(data, button):
    assert parse_button(data) == button


def test_every_button_on_every_keyboard_parses_back():
    catalog = Catalog.load()
    keyboards = [menu_keyboard(catalog, band) for band in AgeBand]
    keyboards += [topic_keyboard(catalog, None, cohort) for cohort in Cohort]
    for keyboard in keyboards:
        for row in keyboard.inline_keyboard:
            for key in row:
                assert parse_button(key.callback_data) is not None
                assert len(key.callback_data.encode()) <= 64


def test_care_leavers_are_offered_care_leaver_topics():
    catalog = Catalog.load()
    leaver = str(topic_keyboard(catalog, AgeBand.LEAVER, Cohort.CARE_LEAVER).to_dict())
    in_care = str(topic_keyboard(catalog, AgeBand.TEEN, Cohort.IN_CARE).to_dict())
    assert "t:housing" in leaver and "t:housing" not in in_care

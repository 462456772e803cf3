"""Every wording the code asks for exists, and age-band variants have a default."""

import re
from pathlib import Path

from core.feedback import FeedbackKind, Topic
from core.people import AgeBand
from handlers.catalog import Catalog
from handlers.keyboards import MenuChoice

HANDLERS = Path(__file__).resolve().parents[2] / "handlers"
LITERAL_KEY = re.compile(r'(?:say|text|menu)\(\s*"([a-z_]+\.[a-z_.]+)"')


def test_every_key_written_in_the_handlers_is_in_the_catalog():
    catalog = Catalog.load()
    used = {key for path in HANDLERS.glob("*.py") for key in LITERAL_KEY.findall(path.read_text())}
    assert used, "the pattern should find the keys used in handlers"
    assert used - catalog.all_keys() == set()


def test_every_generated_key_is_in_the_catalog():
    catalog = Catalog.load()
    generated = {f"menu.{c.value}" for c in MenuChoice if c is not MenuChoice.MENU}
    generated |= {f"topic.{t.value}" for t in Topic} | {f"kind.{k.value}" for k in FeedbackKind}
    generated |= {f"code.{reason}" for reason in ("unknown", "used_up", "expired", "revoked")}
    assert generated - catalog.all_keys() == set()


def test_every_age_band_variant_has_a_default_wording():
    catalog = Catalog.load()
    for key in catalog.all_keys():
        assert None in catalog.contexts_of(key), key
        assert catalog.contexts_of(key) <= {None, *(band.value for band in AgeBand)}


def test_young_children_get_their_own_wording_and_others_the_default():
    catalog = Catalog.load()
    assert catalog.text("menu.prompt", AgeBand.YOUNG) != catalog.text("menu.prompt")
    assert catalog.text("menu.prompt", AgeBand.LEAVER) == catalog.text("menu.prompt")


def test_the_help_text_signposts_every_service():
    help_text = Catalog.load().text("help.text")
    for signpost in ("Childline", "0800 1111", "116 123", "SHOUT", "85258", "999"):
        assert signpost in help_text

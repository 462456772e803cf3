"""Have my say, good news and ideas: stored durably, then acknowledged with a reference."""

import re

import pytest
from sqlalchemy import select

from storage.tables import FeedbackRow
from tests.e2e.conftest import join, texts

REFERENCE = re.compile(r"CV-[0-9A-Z]{4}")


async def _stored(store) -> list:
    async with store.unit_of_work() as uow:
        return list(await uow.session.scalars(select(FeedbackRow).order_by(FeedbackRow.id)))


async def _have_my_say(new_chat, invite, topic: str, text: str) -> str:
    """Join, choose "Have my say" and a topic, send `text`; return the bot's reply."""
    chat = new_chat()
    await join(chat, await invite())
    await chat.tap("m:views")
    await chat.tap(f"t:{topic}")
    return texts(await chat.say(text))


async def test_having_my_say_with_a_topic_gives_a_reference_for_the_stored_message(
    new_chat, invite, store
):
    chat = new_chat()
    await join(chat, await invite())
    assert "What's it about?" in texts(await chat.tap("m:views"))
    assert "type your message" in texts(await chat.tap("t:education"))
    receipt = texts(await chat.say("My school doesn't let me go on the trip because of forms"))
    reference = REFERENCE.search(receipt).group()
    [row] = await _stored(store)
    assert (row.reference, row.kind, row.topic) == (reference, "views", "education")
    assert "trip" not in row.text_enc  # encrypted at rest


async def test_good_news_and_ideas_are_stored_as_such(new_chat, invite, store):
    chat = new_chat()
    await join(chat, await invite())
    await chat.tap("m:good_news")
    assert REFERENCE.search(texts(await chat.say("I passed my maths test!!")))
    await chat.tap("m:idea")
    assert REFERENCE.search(texts(await chat.say("a cooking club for care leavers")))
    assert [row.kind for row in await _stored(store)] == ["good_news", "idea"]


async def test_text_typed_at_the_menu_is_kept_not_lost(new_chat, invite, store):
    chat = new_chat()
    await join(chat, await invite())
    assert REFERENCE.search(texts(await chat.say("can we have wifi in the house pls")))
    [row] = await _stored(store)
    assert (row.kind, row.topic) == ("views", None)


async def test_a_message_at_telegrams_limit_is_stored_whole(new_chat, invite, store):
    chat = new_chat()
    await join(chat, await invite())
    await chat.tap("m:views")
    await chat.tap("t:other")
    long_text = ("My placement is ok but " * 200)[:4096]
    assert REFERENCE.search(texts(await chat.say(long_text)))
    async with store.unit_of_work() as uow:
        [message] = await uow.feedback.list_for_person((await _stored(store))[0].person_id)
    assert message.text == long_text and len(message.text) == 4096


async def test_an_unsafe_message_signposts_help_at_once_and_opens_an_alert(new_chat, invite, store):
    text = "I don't feel safe at home, he hits me when he's drunk"
    reply = await _have_my_say(new_chat, invite, "home_placement", text)
    for signpost in ("999", "0800 1111", "116 123", "85258", "safeguarding worker"):
        assert signpost in reply
    assert "secret" in reply and REFERENCE.search(reply)
    [row] = await _stored(store)
    assert row.risk_level == "urgent"


async def test_someone_who_has_not_joined_is_still_helped_when_unsafe(new_chat, store):
    chat = new_chat()
    await chat.say("/start")
    reply = texts(await chat.say("i want to kill myself"))
    assert "999" in reply and "0800 1111" in reply
    [row] = await _stored(store)
    assert row.risk_level == "urgent"


async def test_messages_sent_in_a_burst_are_stored_in_the_order_sent(new_chat, invite, store):
    chat = new_chat()
    await join(chat, await invite())
    for number in range(1, 7):
        await chat.send_text(f"message number {number}")
    receipts = 0
    while receipts < 6:
        events = await chat.wait_for_bot(timeout=10)
        assert events, "the bot stopped answering"
        receipts += texts(events).count("CV-")
    async with store.unit_of_work() as uow:
        person_id = (await _stored(store))[0].person_id
        stored = await uow.feedback.list_for_person(person_id)
    assert [f.text for f in stored] == [f"message number {n}" for n in range(1, 7)]


@pytest.mark.parametrize(
    "text",
    [
        # A cover-up told as an aside: no "hit", "abuse" or "unsafe" anywhere in it.
        "food is nice here. got a fat lip but im meant to say it was rugby",
        # A plan told as an arrangement (risk_patterns/farewell.py).
        "the wifi is ok. who gets my switch when im gone tho",
        # Self-harm told by its traces (risk_patterns/traces.py).
        "staff are nice. wearing my hoodie in this heat again, you can guess why",
        # Harm long past, told for the first time: a worker hears it now.
        "contact is good. my uncle used to hurt me when i was little, im 15 now and ive never "
        "told anyone",
        # County lines in its own words (risk_patterns/broad_exploit.py).
        "college is fine. been on the line for a week, stuck in some flat",
        # A lesson in which the child sees their own life.
        "in pshe we learned about forced marriage. thats whats happening to me",
        # Sextortion with "he'll" typed as "hell" (risk_patterns/plainly.py).
        "my sw is nice. someone has my pics and hell post them unless i send more",
        # A cousin's wedding that is really the child's own.
        "going to my cousins wedding in the holidays but i found out its actually mine, im 15",
        # A punishment told sideways (risk_patterns/sideways.py).
        "home is ok. my carer puts hot sauce on my tongue when i lie",
        # Someone else's harm that could happen tonight is still the child's emergency.
        "my friend says shes going to take her life tonight, what do i do",
        # Told around the edges (risk_patterns/unsaid.py): an attack as an aside, danger in
        # the home as a repair request, a young child's plain words for hurting themselves.
        "placement is fine. my foster dad threw his mug at my head last night",
        "the flat is ok but the smell of gas is really strong and the landlord wont come out",
        "school is ok. im 9 and i scratch my arms when im sad",
        # A hint in a few words, and harm back after a told recovery.
        "put my bank card in a box for my brother for after",
        "i was doing much better but now i want to die",
        # An idiom hides its own words only, and a date dates its own event.
        "they said i could get a lock on my door but my stepdad took it off and comes in when "
        "im asleep",
        "when i was 14 i got diagnosed with depression and ive got a noose ready",
    ],
)
async def test_a_disclosure_without_danger_words_still_gets_help(new_chat, invite, store, text):
    reply = await _have_my_say(new_chat, invite, "home_placement", text)
    assert "0800 1111" in reply and "safeguarding worker" in reply
    [row] = await _stored(store)
    assert row.risk_level == "urgent"


@pytest.mark.parametrize(
    ("topic", "text"),
    [
        # Game talk that sounds violent.
        ("other", "the lads are gonna batter us at fifa tonight, can we get a ps5"),
        # A relative's wedding abroad.
        ("family_friends", "my nan is taking me to pakistan for my cousins wedding, cant wait"),
        # An everyday idiom the model alone used to alarm at.
        ("home_placement", "my foster mums lasagne is to die for"),
    ],
)
async def test_alarming_words_used_safely_get_an_ordinary_receipt(
    new_chat, invite, store, topic, text
):
    reply = await _have_my_say(new_chat, invite, topic, text)
    assert REFERENCE.search(reply) and "0800 1111" not in reply
    [row] = await _stored(store)
    assert row.risk_level != "urgent"


@pytest.mark.parametrize(
    ("topic", "text"),
    [
        # Harm long past and over.
        (
            "home_placement",
            "school is good. my mum used to hit me when i was little but im 16 now and safe",
        ),
        # A friend's self-harm, with nothing saying it could happen soon.
        ("family_friends", "my best mate at school has been cutting herself, im worried about her"),
        # Dated and over: the rules alone call it urgent, the model judges it past.
        (
            "other",
            "used to run lines when i was 15, got out of it with help from the youth offending "
            "team",
        ),
        # Bullies' words, not the child's own wish: bullying.
        ("other", "school is ok but kids on xbox keep telling me to kys, i just mute them"),
        # One despair sign, read by overlapping patterns, is still one.
        ("home_placement", "i feel like a burden on my carers even though they keep saying im not"),
    ],
)
async def test_worries_below_an_emergency_are_kept_for_staff_without_alarm(
    new_chat, invite, store, topic, text
):
    reply = await _have_my_say(new_chat, invite, topic, text)
    assert REFERENCE.search(reply) and "0800 1111" not in reply
    [row] = await _stored(store)
    assert row.risk_level == "concern"  # staff still see it soon

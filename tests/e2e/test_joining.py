"""Joining with an invite code: deep link or typed, privacy notice, optional nickname."""

from datetime import timedelta

from core.people import AgeBand, Cohort
from tests.e2e.conftest import join, texts


async def test_joining_by_deep_link_shows_the_privacy_notice_then_the_menu(new_chat, invite):
    chat = new_chat()
    notice = texts(await chat.say(f"/start {await invite()}"))
    assert "not secret" in notice and "/forgetme" in notice
    assert "A first name or nickname" in texts(await chat.tap("pa"))
    menu = await chat.tap("ns")
    assert "What would you like to do?" in texts(menu)
    labels = [b["text"] for row in menu[-1]["reply_markup"]["inline_keyboard"] for b in row]
    assert "💬 Have my say" in labels and "🙋 I want an advocate" in labels


async def test_a_typed_code_and_a_nickname_are_accepted(new_chat, invite):
    chat = new_chat()
    assert "type the invite code" in texts(await chat.say("/start"))
    code = await invite()
    assert "Is that okay?" in texts(await chat.say(f"{code[:4].lower()} {code[4:]}"))
    await chat.tap("pa")
    assert "Nice to meet you, Jojo!" in texts(await chat.say("Jojo"))


async def test_children_aged_8_to_11_get_simpler_wording(new_chat, invite):
    chat = new_chat()
    replies = await join(chat, await invite(Cohort.IN_CARE, AgeBand.YOUNG))
    assert "Tap a button" in texts(replies)


async def test_a_wrong_code_gets_a_kind_reply(new_chat):
    chat = new_chat()
    assert "don't recognise that code" in texts(await chat.say("/start ABCD3467"))


async def test_guessing_is_limited_even_for_a_right_code(new_chat, invite):
    chat = new_chat()
    await chat.say("/start")
    for guess in ("ABCD3467", "BCDE4678", "CDEF6789", "DEFG7893", "EFGH8934"):
        await chat.say(guess)
    assert "lot of tries" in texts(await chat.say(await invite()))


async def test_a_used_up_code_and_an_expired_code_are_explained(new_chat, invite):
    code = await invite(uses=1)
    await join(new_chat(), code)
    assert "already been used" in texts(await new_chat().say(f"/start {code}"))
    stale = await invite(expires_in=timedelta(seconds=-1))
    assert "run out of time" in texts(await new_chat().say(f"/start {stale}"))


async def test_saying_not_now_to_the_notice_keeps_nothing_and_allows_a_return(new_chat, invite):
    chat, code = new_chat(), await invite()
    await chat.say(f"/start {code}")
    assert "haven't kept anything" in texts(await chat.tap("pl"))
    assert "Is that okay?" in texts(await chat.say(f"/start {code}"))


async def test_someone_without_a_code_can_get_help_but_cannot_submit(new_chat):
    chat = new_chat()
    await chat.say("/start")
    assert "need your invite code" in texts(await chat.say("can we have pizza on fridays"))
    help_text = texts(await chat.tap("h"))
    assert "0800 1111" in help_text and "116 123" in help_text and "85258" in help_text
    assert "999" in texts(await chat.say("/help"))
    assert "join with an invite code" in texts(await chat.say("/menu"))

"""Odd and hostile input gets a kind reply and never breaks the bot."""

import pytest

from tests.e2e.conftest import join, texts


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "document"])
async def test_media_gets_a_kind_only_text_reply(new_chat, invite, kind):
    chat = new_chat()
    await join(chat, await invite())
    await chat.send_media(kind)
    assert "only read text" in texts(await chat.replies())


async def test_forged_button_data_is_treated_as_an_expired_button(new_chat, invite):
    chat = new_chat()
    replies = await join(chat, await invite())
    menu_id = replies[-1]["message_id"]
    for forged in ("m:../../admin", "t:not_a_topic", "fy", "x" * 64, "💣"):
        await chat.press(menu_id, forged)
        reply = texts(await chat.replies())
        assert "doesn't work any more" in reply or "don't have anything" in reply


async def test_forged_forget_confirmation_outside_the_flow_erases_nothing(new_chat, invite):
    chat = new_chat()
    replies = await join(chat, await invite(), nickname="Jojo")
    await chat.press(replies[-1]["message_id"], "fy")
    await chat.replies()
    assert "Jojo" in texts(await chat.say("/mydata"))


async def test_an_edited_message_gets_a_gentle_note(new_chat, invite):
    chat = new_chat()
    await join(chat, await invite())
    sent = await chat.send_text("school is ok")
    await chat.replies()
    await chat.edit(sent["message_id"], "school is ok actually good")
    assert "changed a message" in texts(await chat.replies())


async def test_an_edit_that_reveals_danger_is_acted_on(new_chat, invite):
    chat = new_chat()
    await join(chat, await invite())
    sent = await chat.send_text("all good")
    await chat.replies()
    await chat.edit(sent["message_id"], "actually i want to kill myself")
    assert "0800 1111" in texts(await chat.replies())


async def test_an_unknown_command_points_to_the_menu(new_chat):
    assert "/menu" in texts(await new_chat().say("/launchmissiles now"))


@pytest.mark.parametrize("odd", ["\u200b\u200b", "👍" * 500, "\u202eesrever", "Z̤͔ͧ̑̓ä͖̭̈̇lg̮̟̽͐o", "\x00\x01"])
async def test_odd_unicode_is_stored_and_acknowledged(new_chat, invite, odd):
    chat = new_chat()
    await join(chat, await invite())
    assert "CV-" in texts(await chat.say(odd))

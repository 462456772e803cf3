"""Self-service rights: see my data, erase it, pause messages."""

from sqlalchemy import select

from storage.tables import FeedbackRow, PersonRow
from tests.e2e.conftest import join, texts


async def test_my_data_shows_my_profile_and_messages(new_chat, invite):
    chat = new_chat()
    await join(chat, await invite(), nickname="Jojo")
    await chat.tap("m:idea")
    reference = texts(await chat.say("a homework club with snacks")).split("reference is ")[1][:7]
    shown = texts(await chat.say("/mydata"))
    for expected in ("Jojo", "in care", "11-17", reference, "a homework club with snacks"):
        assert expected in shown


async def test_forget_me_erases_my_data_after_i_confirm(new_chat, invite, store):
    chat = new_chat()
    await join(chat, await invite(), nickname="Jojo")
    await chat.say("my social worker is great")
    assert "can't be undone" in texts(await chat.say("/forgetme"))
    assert "deleted your data" in texts(await chat.tap("fy"))
    async with store.unit_of_work() as uow:
        assert list(await uow.session.scalars(select(FeedbackRow))) == []
        person = (await uow.session.scalars(select(PersonRow))).one()
    assert (person.status, person.nickname_enc, person.chat_id_enc) == ("erased", None, None)
    after = texts(await chat.say("/mydata"))
    assert "Jojo" not in after and "haven't sent any messages" in after


async def test_forget_me_keeps_safeguarding_records_and_says_so(new_chat, invite, store):
    chat = new_chat()
    await join(chat, await invite())
    await chat.say("school is fine")
    await chat.say("my carer locks me in my room and hits me")
    await chat.say("/forgetme")
    assert "must keep safeguarding records" in texts(await chat.tap("fy"))
    async with store.unit_of_work() as uow:
        [kept] = list(await uow.session.scalars(select(FeedbackRow)))
    assert kept.risk_level == "urgent"


async def test_changing_my_mind_about_forgetting_keeps_everything(new_chat, invite):
    chat = new_chat()
    await join(chat, await invite(), nickname="Jojo")
    await chat.say("/forgetme")
    assert "haven't deleted anything" in texts(await chat.tap("fn"))
    assert "Jojo" in texts(await chat.say("/mydata"))


async def test_stop_pauses_messages_until_start(new_chat, invite):
    chat = new_chat()
    await join(chat, await invite())
    assert "paused messages" in texts(await chat.say("/stop"))
    assert "paused" in texts(await chat.say("/mydata"))
    assert "switched messages from me back on" in texts(await chat.say("/start"))

from datetime import UTC, datetime

import pytest

from core.analysis import NO_RISK
from core.errors import DecryptionFailed
from core.feedback import FeedbackDraft, FeedbackKind
from storage.encryption import TextCipher, new_data_key
from storage.key_rotation import rotate_keys
from storage.store import Store

NOW = datetime(2026, 3, 2, tzinfo=UTC)


def _with_keys(store: Store, keys: list[str]) -> Store:
    return Store(store.engine, TextCipher(keys), store.pseudonymiser)


async def test_rotation_re_encrypts_everything_so_the_old_key_can_be_dropped(store):
    old, new = new_data_key(), new_data_key()
    before = _with_keys(store, [old])
    async with before.unit_of_work() as uow:
        person = await uow.people.find_or_add_visitor("h", 123, NOW)
        await uow.people.set_nickname(person.id, "Kit")
        await uow.feedback.record(
            FeedbackDraft(person.id, FeedbackKind.IDEA, "more trips", NO_RISK), NOW
        )
    assert await rotate_keys(_with_keys(store, [new, old])) == 3
    after = _with_keys(store, [new])
    async with after.unit_of_work() as uow:
        assert (await uow.people.get(person.id)).nickname == "Kit"
        assert [f.text for f in await uow.feedback.list_for_person(person.id)] == ["more trips"]
        assert await uow.people.chat_id(person.id) == 123


async def test_reading_with_a_wrong_key_fails_with_a_domain_error(store):
    async with _with_keys(store, [new_data_key()]).unit_of_work() as uow:
        person = await uow.people.find_or_add_visitor("h", 123, NOW)
    with pytest.raises(DecryptionFailed):
        async with _with_keys(store, [new_data_key()]).unit_of_work() as uow:
            await uow.people.chat_id(person.id)

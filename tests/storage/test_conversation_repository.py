from datetime import UTC, datetime

from core.conversation import ConversationState, Step

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


async def test_state_is_saved_and_loaded_with_its_step_data(store):
    async with store.unit_of_work() as uow:
        person = await uow.people.find_or_add_visitor("hash", 1, NOW)
        state = ConversationState(
            step=Step.WRITE_VIEWS, topic="education", failed_attempts=2, attempts_since=NOW
        )
        await uow.conversations.save(person.id, state, NOW)
    async with store.unit_of_work() as uow:
        assert await uow.conversations.load(person.id) == state


async def test_state_is_not_saved_when_the_step_fails(store):
    async with store.unit_of_work() as uow:
        person = await uow.people.find_or_add_visitor("hash", 1, NOW)
    try:
        async with store.unit_of_work() as uow:
            await uow.conversations.save(person.id, ConversationState(step=Step.MENU), NOW)
            raise RuntimeError("the step failed after saving state")
    except RuntimeError:
        pass
    async with store.unit_of_work() as uow:
        assert (await uow.conversations.load(person.id)).step is Step.ASK_CODE

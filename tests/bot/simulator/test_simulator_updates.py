"""getUpdates' queue semantics: offsets, limits and allowed_updates."""

import pytest

from bot.simulator.updates import UpdateQueue


def queue_of(*kinds: str) -> UpdateQueue:
    queue = UpdateQueue()
    for kind in kinds:
        queue.push(kind, {})
    return queue


def ids(updates: list[dict]) -> list[int]:
    return [update["update_id"] for update in updates]


@pytest.mark.parametrize(
    ("offset", "left"), [(0, [1, 2, 3]), (2, [2, 3]), (4, []), (-1, [3]), (-5, [1, 2, 3])]
)
def test_offset_confirms_earlier_updates(offset, left) -> None:
    queue = queue_of("message", "message", "message")
    queue.confirm(offset)
    assert ids(queue.take(100)) == left


def test_take_respects_limit_without_confirming() -> None:
    queue = queue_of("message", "message", "message")
    assert ids(queue.take(2)) == [1, 2]
    assert queue.pending_count == 3


@pytest.mark.parametrize(
    ("allowed", "delivered"),
    [
        (None, [1, 2, 3]),
        ([], [1, 2, 3]),
        (["callback_query"], [2]),
        (["chat_member", "message"], [1, 4]),
    ],
)
def test_allowed_updates_filter_and_discard(allowed, delivered) -> None:
    queue = queue_of("message", "callback_query", "my_chat_member", "chat_member")
    queue.remember_allowed(allowed)
    assert ids(queue.take(100)) == delivered
    assert queue.pending_count == len(delivered)


def test_allowed_updates_are_remembered_until_changed() -> None:
    queue = queue_of("message", "callback_query")
    queue.remember_allowed(["callback_query"])
    queue.remember_allowed(None)
    assert ids(queue.take(100)) == [2]

"""Re-encrypt every stored token under the newest data key, in batches."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from storage.store import Store
from storage.tables import FeedbackRow, PersonRow

ENCRYPTED_COLUMNS = (
    (PersonRow, ("chat_id_enc", "nickname_enc")),
    (FeedbackRow, ("text_enc", "redacted_enc")),
)
BATCH = 500


async def rotate_keys(store: Store) -> int:
    """Rotate all encrypted values; return how many values were re-encrypted."""
    rotated = 0
    for table, columns in ENCRYPTED_COLUMNS:
        rotated += await _rotate_table(store, table, columns)
    return rotated


async def _rotate_table(store: Store, table: type, columns: tuple[str, ...]) -> int:
    rotated, last_key = 0, None
    key_column = table.__mapper__.primary_key[0]  # type: ignore[attr-defined]
    while True:
        async with store.unit_of_work() as uow:
            query: Select[Any] = select(table).order_by(key_column).limit(BATCH)
            if last_key is not None:
                query = query.where(key_column > last_key)
            rows = (await uow.session.scalars(query)).all()
            for row in rows:
                rotated += _rotate_row(store, row, columns)
        if len(rows) < BATCH:
            return rotated
        last_key = getattr(rows[-1], key_column.key)


def _rotate_row(store: Store, row: object, columns: tuple[str, ...]) -> int:
    count = 0
    for column in columns:
        token = getattr(row, column)
        if token:
            setattr(row, column, store.cipher.rotate(token))
            count += 1
    return count

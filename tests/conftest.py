"""Shared fixtures: a fresh store on SQLite, and on PostgreSQL when one is configured."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from storage.database import create_engine
from storage.encryption import Pseudonymiser, TextCipher, new_data_key
from storage.migrate import upgrade
from storage.store import Store

POSTGRES_URL = os.environ.get("CAREVOICE_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", *(["postgresql"] if POSTGRES_URL else [])]
TEST_DATA_KEY = new_data_key()


@pytest.fixture(params=BACKENDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """A migrated, empty store on each backend under test."""
    async with engine_for(request.param, tmp_path) as engine:
        store = Store(engine, TextCipher([TEST_DATA_KEY]), Pseudonymiser("test-lookup-key"))
        await upgrade(engine)
        yield store


@asynccontextmanager
async def engine_for(backend: str, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """An engine on a throwaway SQLite file or PostgreSQL schema, cleaned up after."""
    if backend == "sqlite":
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
        yield engine
        await engine.dispose()
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    await _admin(f'CREATE SCHEMA "{schema}"')
    engine = create_engine(str(POSTGRES_URL), schema=schema)
    try:
        yield engine
    finally:
        await engine.dispose()
        await _admin(f'DROP SCHEMA "{schema}" CASCADE')


async def _admin(statement: str) -> None:
    engine = create_async_engine(str(POSTGRES_URL))
    async with engine.begin() as connection:
        await connection.execute(text(statement))
    await engine.dispose()

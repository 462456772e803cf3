"""Retention: raw text is kept for a set period; case records follow the records policy."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from storage.feedback_repository import purge_text_before
from storage.store import Store

log = logging.getLogger(__name__)


async def apply_retention(store: Store, now: datetime, retention_days: int) -> int:
    """Remove raw message text older than the retention period; return how many."""
    async with store.unit_of_work() as uow:
        purged = await purge_text_before(uow.session, now - timedelta(days=retention_days))
    log.info("retention: removed raw text of %d messages", purged)
    return purged

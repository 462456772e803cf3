"""Analyse messages off the event loop: each new message as it is stored, and history again
when the model changes.

The analyser is CPU-bound, so it runs in a one-thread executor fed from an asyncio queue:
a burst of messages waits in the queue instead of piling up threads, and the bot keeps
answering meanwhile. Logs name only the error type, never a message, a person or an id.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Protocol

from tqdm import tqdm

from core.analysis import ANALYSIS_BATCH_SIZE, MessageAnalysis
from storage.store import Store

log = logging.getLogger(__name__)

CATCH_UP_PAGE = 200


class Analyser(Protocol):
    """What nlp.analyser.Analyser offers: `version` changes whenever the model does."""

    @property
    def version(self) -> str: ...

    def analyse(self, text: str) -> MessageAnalysis: ...

    def analyse_many(self, texts: Iterable[str], batch_size: int) -> Iterator[MessageAnalysis]: ...


class AnalysisWorker:
    """Plug in as `Services.on_recorded`: calling it with a feedback id only queues it."""

    def __init__(self, store: Store, analyser: Analyser, executor: Executor | None = None):
        self._store = store
        self._analyser = analyser
        self._executor = executor or ThreadPoolExecutor(1, thread_name_prefix="analysis")
        self._owns_executor = executor is None
        self._queue: asyncio.Queue[int] = asyncio.Queue()
        self._caught_up = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def __call__(self, feedback_id: int) -> None:
        """Queue a stored message for analysis and return at once."""
        self._queue.put_nowait(feedback_id)

    async def start(self) -> None:
        """Start analysing: first whatever was never analysed, then each queued message."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="analysis-worker")

    async def stop(self, timeout: float = 5.0) -> None:
        """Finish the queue if that takes under `timeout` seconds, else cancel; whatever is
        left unanalysed is picked up at the next start."""
        if self._task is None:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._drained(), timeout)
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None
        if self._owns_executor:
            self._executor.shutdown(wait=False, cancel_futures=True)

    async def _drained(self) -> None:
        await self._caught_up.wait()
        await self._queue.join()

    async def _run(self) -> None:
        await self._catch_up()
        self._caught_up.set()
        while True:
            feedback_id = await self._queue.get()
            try:
                await self._analyse_safely(feedback_id)
            finally:
                self._queue.task_done()

    async def _catch_up(self) -> None:
        """Analyse every stored message that was never analysed (e.g. stored while down)."""
        after, version = 0, self._analyser.version
        while True:
            try:
                async with self._store.unit_of_work() as uow:
                    page = await uow.analysis.ids_to_analyse(version, after, CATCH_UP_PAGE, True)
            except Exception as e:  # the queue must still be served; retried next start
                log.warning("analysis catch-up stopped: %s", type(e).__name__)
                return
            for feedback_id in page:
                await self._analyse_safely(feedback_id)
            if len(page) < CATCH_UP_PAGE:
                return
            after = page[-1]

    async def _analyse_safely(self, feedback_id: int) -> None:
        try:
            await self._analyse(feedback_id)
        except Exception as e:  # left unanalysed, so the next start's catch-up retries it
            log.warning("analysis of a message failed: %s", type(e).__name__)

    async def _analyse(self, feedback_id: int) -> None:
        version = self._analyser.version
        async with self._store.unit_of_work() as uow:
            texts = await uow.analysis.texts_to_analyse([feedback_id], version)
        if feedback_id not in texts:
            return  # already analysed, erased, or its text purged
        loop = asyncio.get_running_loop()
        analysis = await loop.run_in_executor(
            self._executor, self._analyser.analyse, texts[feedback_id]
        )
        async with self._store.unit_of_work() as uow:
            await uow.analysis.save(feedback_id, analysis, version)


async def reanalyse(
    store: Store, analyser: Analyser, batch_size: int = ANALYSIS_BATCH_SIZE, progress: bool = True
) -> int:
    """Analyse again every message with text that this analyser version has not analysed;
    return how many were saved. Runs the analyser off the event loop, a batch at a time."""
    version = analyser.version
    async with store.unit_of_work() as uow:
        total = await uow.analysis.count_to_analyse(version)
    saved, after = 0, 0
    with tqdm(total=total, disable=not progress, unit="message", desc="Re-analysing") as bar:
        while True:
            async with store.unit_of_work() as uow:
                ids = await uow.analysis.ids_to_analyse(version, after, batch_size)
            if not ids:
                return saved
            saved += await _reanalyse_batch(store, analyser, ids, batch_size)
            bar.update(len(ids))
            after = ids[-1]


async def _reanalyse_batch(
    store: Store, analyser: Analyser, ids: list[int], batch_size: int
) -> int:
    version = analyser.version
    async with store.unit_of_work() as uow:
        texts = await uow.analysis.texts_to_analyse(ids, version)
    chosen = list(texts)

    def analyse_all() -> list[MessageAnalysis]:
        return list(analyser.analyse_many((texts[i] for i in chosen), batch_size))

    analyses = await asyncio.get_running_loop().run_in_executor(None, analyse_all)
    async with store.unit_of_work() as uow:
        saved = [
            await uow.analysis.save(i, a, version) for i, a in zip(chosen, analyses, strict=True)
        ]
    return sum(saved)

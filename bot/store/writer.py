"""Group commit: one background task writes queued answers, many per transaction.

Callers enqueue an answer and await a future. The writer takes everything queued so far,
writes it in one transaction, commits, and only then resolves each caller's future, so an
answer is durable before anyone is told it was recorded. While one commit is in flight, new
answers pile up and go together in the next, which is what lets a burst of answers share one
fsync (SQLite) or one round of WAL flushing (PostgreSQL) without adding any delay when the
bot is quiet. If a batch fails, each of its answers is retried in a transaction of its own,
so one bad answer fails only its own caller and every caller gets a result or an error.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.core.progress import AnswerRecord, ReviewState

__all__ = ["AnswerWriter", "PendingAnswer", "WriterStats"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PendingAnswer:
    """An answer waiting to be written, with the review state to save alongside it."""

    record: AnswerRecord
    review: ReviewState | None


@dataclass(slots=True)
class WriterStats:
    """Counters for benchmarks and health checks: answers written and transactions committed."""

    answers: int = 0
    batches: int = 0
    failed_batches: int = 0


WriteBatch = Callable[[Sequence[PendingAnswer]], Awaitable[list[bool]]]
"""Writes answers in one transaction and commits; returns, per answer, whether it was new."""


class _Barrier:
    __slots__ = ("future",)

    def __init__(self, future: asyncio.Future[bool]) -> None:
        self.future = future


_Item = tuple[PendingAnswer, "asyncio.Future[bool]"] | _Barrier | None


class WriterClosedError(RuntimeError):
    """The writer was closed; nothing more can be recorded."""


class AnswerWriter:
    """Batches answers from concurrent callers into shared transactions."""

    def __init__(self, write_batch: WriteBatch, *, max_batch: int = 500) -> None:
        self._write_batch = write_batch
        self._max_batch = max_batch
        self._queue: asyncio.Queue[_Item] = asyncio.Queue()
        self._closed = False
        self.stats = WriterStats()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="answer-writer")

    async def submit(self, answer: PendingAnswer) -> bool:
        """Queue `answer` and wait until it is committed; True if it was not recorded before."""
        future = self._enqueue_future()
        self._queue.put_nowait((answer, future))
        return await future

    async def flush(self) -> None:
        """Wait until everything queued before this call has been written."""
        future = self._enqueue_future()
        self._queue.put_nowait(_Barrier(future))
        await future

    async def close(self) -> None:
        """Write what is queued, then stop; later submits raise `WriterClosedError`."""
        if self._closed:
            return
        self._closed = True
        self._queue.put_nowait(None)
        await self._task

    def _enqueue_future(self) -> asyncio.Future[bool]:
        if self._closed or self._task.done():
            raise WriterClosedError("the store is closed")
        return asyncio.get_running_loop().create_future()

    async def _run(self) -> None:
        stopping = False
        try:
            while not stopping:
                batch: list[_Item] = [await self._queue.get()]
                while len(batch) < self._max_batch and not self._queue.empty():
                    batch.append(self._queue.get_nowait())
                stopping = None in batch
                await self._commit([item for item in batch if item is not None])
        finally:
            # Only reached on cancellation or a bug: nobody may wait forever.
            while not self._queue.empty():
                item = self._queue.get_nowait()
                future = item[1] if isinstance(item, tuple) else getattr(item, "future", None)
                if future is not None and not future.done():
                    future.set_exception(WriterClosedError("the store closed before writing"))

    async def _commit(self, batch: list[_Item]) -> None:
        pending = [item for item in batch if isinstance(item, tuple)]
        if pending:
            try:
                results = await self._write_batch([answer for answer, _ in pending])
            except Exception as exc:
                self.stats.failed_batches += 1
                if len(pending) == 1:
                    _fail(pending[0][1], exc)
                else:
                    log.warning(
                        "answer batch of %d failed (%r); writing one by one", len(pending), exc
                    )
                    for answer, future in pending:
                        await self._commit_one(answer, future)
            else:
                self.stats.batches += 1
                self.stats.answers += len(pending)
                for (_, future), new in zip(pending, results, strict=True):
                    _resolve(future, new)
        for item in batch:
            if isinstance(item, _Barrier):
                _resolve(item.future, True)

    async def _commit_one(self, answer: PendingAnswer, future: asyncio.Future[bool]) -> None:
        try:
            (new,) = await self._write_batch([answer])
        except Exception as exc:
            _fail(future, exc)
        else:
            self.stats.batches += 1
            self.stats.answers += 1
            _resolve(future, new)


def _resolve(future: asyncio.Future[bool], value: bool) -> None:
    if not future.done():  # a caller that gave up (was cancelled) still gets its answer kept
        future.set_result(value)


def _fail(future: asyncio.Future[bool], exc: BaseException) -> None:
    if not future.done():
        future.set_exception(exc)
    else:
        log.error("an answer whose caller gave up could not be written: %r", exc)

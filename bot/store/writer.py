"""Group commit: one background task writes queued answers, many per transaction.

Callers enqueue an answer (or a quiz session to save) and await a future. The writer takes
everything queued so far, writes it in one transaction, commits, and only then resolves each
caller's future, so an answer is durable before anyone is told it was recorded. While one
commit is in flight, new writes pile up and go together in the next, which is what lets a
burst of answers share one fsync (SQLite) or one round of WAL flushing (PostgreSQL) without
adding any delay when the bot is quiet. If a batch fails, each of its writes is retried in a
transaction of its own, so one bad answer fails only its own caller and every caller gets a
result or an error.

With `overlap=2` (PostgreSQL, where each transaction has a connection of its own) the next
batch starts while one is still being written, so the server works on one while Python
prepares the other, but only when the two share no learner and no session: they then touch no
common row, and their order does not matter. A batch that shares one, or holds a `flush`,
waits until every batch before it is written, as it always does with `overlap=1`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.progress import AnswerRecord, ReviewState

__all__ = [
    "MAX_BATCH",
    "AnswerWriter",
    "GroupCommit",
    "PendingAnswer",
    "PendingSession",
    "PendingWrite",
    "ReviewUpdate",
    "WriterStats",
]

log = logging.getLogger(__name__)

MAX_BATCH = 500
"""The most writes one transaction takes (the rest wait for the next)."""


ReviewUpdate = Callable[[ReviewState | None], ReviewState]
"""The new review state of a question given the stored one (None: never answered before)."""


@dataclass(frozen=True, slots=True)
class PendingAnswer:
    """An answer waiting to be written, with the review state to save alongside it.

    `review` is the new state itself, or a function of the stored state that the writer
    calls inside the answer's transaction (no separate read, no lost update).
    """

    record: AnswerRecord
    review: ReviewState | ReviewUpdate | None


@dataclass(frozen=True, slots=True)
class PendingSession:
    """A quiz session's state waiting to be saved (created or replaced)."""

    session_id: str
    kind: str
    owner_id: int
    guild_id: int | None
    channel_id: int | None
    state: str
    expires_at: dt.datetime


PendingWrite = PendingAnswer | PendingSession


@dataclass(slots=True)
class WriterStats:
    """Counters for benchmarks and health checks: what was written, in how many transactions."""

    answers: int = 0
    sessions: int = 0
    batches: int = 0
    failed_batches: int = 0

    def count(self, writes: Sequence[PendingWrite]) -> None:
        """Count one committed transaction holding `writes`."""
        self.batches += 1
        answers = sum(isinstance(w, PendingAnswer) for w in writes)
        self.answers += answers
        self.sessions += len(writes) - answers


WriteBatch = Callable[[Sequence[PendingWrite]], Awaitable[list[bool]]]
"""Writes a batch in one transaction and commits; returns, per write, whether it was new."""


class _Barrier:
    __slots__ = ("future",)

    def __init__(self, future: asyncio.Future[bool]) -> None:
        self.future = future


_Item = tuple[PendingWrite, "asyncio.Future[bool]"] | _Barrier | None
_Keys = frozenset[int | str]
"""A batch's learners (their ids, ints) and sessions (their ids, strings): an int never
equals a string, so one set holds both without tagging each key (a tuple per key)."""


class WriterClosedError(RuntimeError):
    """The writer was closed; nothing more can be recorded."""


class GroupCommit(Protocol):
    """What repositories need from a group commit writer (this one, or `ThreadWriter`)."""

    stats: WriterStats

    def begin(self, write: PendingWrite) -> asyncio.Future[bool]:
        """Queue `write` now; the future resolves once it is committed (True if new)."""
        ...

    async def submit(self, write: PendingWrite) -> bool:
        """Queue `write` and wait until it is committed; True if it was not recorded before."""
        ...

    async def flush(self) -> None:
        """Wait until everything queued before this call has been written."""
        ...

    async def close(self) -> None:
        """Write what is queued, then stop; later writes raise `WriterClosedError`."""
        ...


class AnswerWriter:
    """Batches answers from concurrent callers into shared transactions."""

    def __init__(
        self, write_batch: WriteBatch, *, max_batch: int = MAX_BATCH, overlap: int = 1
    ) -> None:
        self._write_batch = write_batch
        self._max_batch = max_batch
        self._overlap = overlap
        self._in_flight: dict[asyncio.Task[None], tuple[list[_Item], _Keys | None]] = {}
        # A plain deque and one wake-up future: an `asyncio.Queue` cost some ten Python calls
        # per answer (put, get, their waiter bookkeeping) for nothing this writer uses.
        self._queue: deque[_Item] = deque()
        self._wakeup: asyncio.Future[None] | None = None
        self._closed = False
        self.stats = WriterStats()
        self._loop = asyncio.get_running_loop()
        self._task = self._loop.create_task(self._run(), name="answer-writer")

    def begin(self, write: PendingWrite) -> asyncio.Future[bool]:
        """Queue `write` now; the future resolves once it is committed (True if new)."""
        future = self._enqueue_future()
        self._put((write, future))
        return future

    async def submit(self, write: PendingWrite) -> bool:
        """Queue `write` and wait until it is committed; True if it was not recorded before."""
        return await self.begin(write)

    async def flush(self) -> None:
        """Wait until everything queued before this call has been written."""
        future = self._enqueue_future()
        self._put(_Barrier(future))
        await future

    async def close(self) -> None:
        """Write what is queued, then stop; later submits raise `WriterClosedError`."""
        if self._closed:
            return
        self._closed = True
        self._put(None)
        await self._task

    def _enqueue_future(self) -> asyncio.Future[bool]:
        if self._closed or self._task.done():
            raise WriterClosedError("the store is closed")
        return self._loop.create_future()

    def _put(self, item: _Item) -> None:
        self._queue.append(item)
        wakeup, self._wakeup = self._wakeup, None
        if wakeup is not None and not wakeup.done():
            wakeup.set_result(None)

    async def _take(self) -> list[_Item]:
        """Everything queued, up to `max_batch` items, once there is at least one."""
        while not self._queue:
            self._wakeup = self._loop.create_future()
            await self._wakeup
        queue = self._queue
        return [queue.popleft() for _ in range(min(len(queue), self._max_batch))]

    async def _run(self) -> None:
        stopping = False
        try:
            while not stopping:
                while len(self._in_flight) >= self._overlap:
                    await asyncio.wait(self._in_flight, return_when=asyncio.FIRST_COMPLETED)
                batch = await self._take()
                stopping = None in batch
                items: list[_Item] = [item for item in batch if item is not None]
                if self._overlap == 1:
                    await self._commit(items)
                    continue
                keys = _conflict_keys(items)
                if self._shares_with_in_flight(keys):
                    await asyncio.wait(self._in_flight)
                self._start(items, keys)
            if self._in_flight:
                await asyncio.wait(self._in_flight)
        finally:
            # Only reached on cancellation or a bug: nobody may wait forever.
            for task, (written, _) in list(self._in_flight.items()):
                task.cancel()
                _fail_all(written)
            _fail_all(self._queue)
            self._queue.clear()

    def _shares_with_in_flight(self, keys: _Keys | None) -> bool:
        """Whether a batch with `keys` must wait for the batches being written."""
        if not self._in_flight:
            return False
        if keys is None:
            return True
        return any(k is None or not keys.isdisjoint(k) for _, k in self._in_flight.values())

    def _start(self, items: list[_Item], keys: _Keys | None) -> None:
        task = asyncio.get_running_loop().create_task(self._write(items), name="answer-batch")
        self._in_flight[task] = (items, keys)
        task.add_done_callback(self._finished)

    async def _write(self, items: list[_Item]) -> None:
        try:
            await self._commit(items)
        finally:
            _fail_all(items)  # only what a bug or a cancellation left without an answer

    def _finished(self, task: asyncio.Task[None]) -> None:
        del self._in_flight[task]
        if not task.cancelled() and task.exception() is not None:
            log.error("the answer writer failed a batch", exc_info=task.exception())

    async def _commit(self, batch: list[_Item]) -> None:
        pending = [item for item in batch if isinstance(item, tuple)]
        if pending:
            writes = [write for write, _ in pending]
            try:
                results = await self._write_batch(writes)
            except Exception as exc:
                self.stats.failed_batches += 1
                if len(pending) == 1:
                    _fail(pending[0][1], exc)
                else:
                    log.warning(
                        "write batch of %d failed (%r); writing one by one", len(pending), exc
                    )
                    for write, future in pending:
                        await self._commit_one(write, future)
            else:
                self.stats.count(writes)
                for (_, future), new in zip(pending, results, strict=True):
                    _resolve(future, new)
        for item in batch:
            if isinstance(item, _Barrier):
                _resolve(item.future, True)

    async def _commit_one(self, write: PendingWrite, future: asyncio.Future[bool]) -> None:
        try:
            (new,) = await self._write_batch([write])
        except Exception as exc:
            _fail(future, exc)
        else:
            self.stats.count([write])
            _resolve(future, new)


def _conflict_keys(items: Sequence[_Item]) -> _Keys | None:
    """What a batch may share with another: its learners and sessions (None: a `flush`)."""
    keys: set[int | str] = set()
    for item in items:
        if not isinstance(item, tuple):
            return None
        write = item[0]
        if isinstance(write, PendingSession):
            keys.add(write.session_id)
            continue
        record = write.record
        keys.add(record.user_id)
        if record.session_id is not None:
            keys.add(record.session_id)
    return frozenset(keys)


def _fail_all(items: Sequence[_Item]) -> None:
    for item in items:
        future = item[1] if isinstance(item, tuple) else getattr(item, "future", None)
        if future is not None and not future.done():
            future.set_exception(WriterClosedError("the store closed before writing"))


def _resolve(future: asyncio.Future[bool], value: bool) -> None:
    if not future.done():  # a caller that gave up (was cancelled) still gets its answer kept
        future.set_result(value)


def _fail(future: asyncio.Future[bool], exc: BaseException) -> None:
    if not future.done():
        future.set_exception(exc)
    else:
        log.error("a write whose caller gave up could not be saved: %r", exc)

"""Group commit in a thread of its own, handed each batch straight from the event loop.

The SQLite answer writer (`bot.store.sqlite_writer`) makes blocking `sqlite3` calls, so its
batches run in a thread. `AnswerWriter` gathers each batch in a task on the event loop and
then hands it to a thread through an executor: a task wake-up and a chain of futures per
batch. Here the loop hands the writes queued in its current turn to the writer thread in one
call, and one wake-up of the loop per batch hands every result back; the writes queued
during a commit go over together when it ends. Batches still form on the loop's turns, as
with `AnswerWriter`, so a burst is written in a few large transactions, not many small ones
competing with the loop for the GIL.

The contract is `AnswerWriter`'s: a caller's future resolves only after its transaction has
committed; if a batch fails, each of its writes is retried in a transaction of its own, so
one bad write fails only its own caller; `flush` resolves after everything queued before it.

A caller may also ask to hear when its transaction's SQL is done and the commit's flush
begins (`begin(..., flushing=)`): the thread then holds the GIL no more until the disk
answers, so work the loop does from that moment (a click's verdict rendered) no longer
delays the commit, and the answer is still told only once committed.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable, Sequence

from bot.store.writer import MAX_BATCH, PendingWrite, WriterClosedError, WriterStats

__all__ = ["SyncWriteBatch", "ThreadWriter"]

log = logging.getLogger(__name__)

SyncWriteBatch = Callable[[Sequence[PendingWrite]], list[bool]]
"""Writes a batch in one transaction and commits (blocking); per write, whether it was new."""

_Outcome = tuple["asyncio.Future[bool]", "bool | BaseException"]


class _Barrier:
    __slots__ = ("future",)

    def __init__(self, future: asyncio.Future[bool]) -> None:
        self.future = future


class _Call:
    """Work to run in the writer thread between batches (to close its connection)."""

    __slots__ = ("future", "work")

    def __init__(self, work: Callable[[], object], future: asyncio.Future[bool]) -> None:
        self.work = work
        self.future = future


_Item = (
    tuple[PendingWrite, "asyncio.Future[bool]", "asyncio.Future[None] | None"]
    | _Barrier
    | _Call
    | None
)


class ThreadWriter:
    """Batches writes from concurrent callers into shared transactions, run in one thread.

    A write waits on the loop only until the writer is free: the first write of an idle
    writer is handed over at the end of the loop's current turn (with every write queued in
    that turn), and the writes queued during a commit go over together when it ends. `write_batch`
    runs only in the writer's thread; `on_stop` runs there last (to close its connection).
    """

    def __init__(
        self,
        write_batch: SyncWriteBatch,
        *,
        on_stop: Callable[[], None] | None = None,
        max_batch: int = MAX_BATCH,
    ) -> None:
        self._write_batch = write_batch
        self._on_stop = on_stop
        self._max_batch = max_batch
        self._loop = asyncio.get_running_loop()
        self._pending: list[_Item] = []
        self._busy = False  # a hand-over is scheduled, or a batch is in the thread
        self._batches: queue.SimpleQueue[list[_Item]] = queue.SimpleQueue()
        self._closed = False
        self._flushing: list[asyncio.Future[None]] = []  # the running batch's, thread side
        self._stopped: asyncio.Future[None] = self._loop.create_future()
        self.stats = WriterStats()
        self._thread = threading.Thread(target=self._run, name="briefbot-writer", daemon=True)
        self._thread.start()

    def begin(
        self, write: PendingWrite, flushing: asyncio.Future[None] | None = None
    ) -> asyncio.Future[bool]:
        """Queue `write` now; the future resolves once it is committed (True if new).

        `flushing`, if given, is resolved when the write's SQL is done and its commit's flush
        begins (`committing`), or when its batch ended without getting there; at once when
        the writer is busy (a burst: the loop has the other writes' work to do anyway, and
        waking each caller mid-flush would only cost it more).
        """
        future = self._new_future()
        if flushing is not None and self._busy:
            flushing.set_result(None)
            flushing = None
        self._queue((write, future, flushing))
        return future

    async def submit(self, write: PendingWrite) -> bool:
        """Queue `write` and wait until it is committed; True if it was not recorded before."""
        return await self.begin(write)

    async def flush(self) -> None:
        """Wait until everything queued before this call has been written."""
        future = self._new_future()
        self._queue(_Barrier(future))
        await future

    async def run_in_thread(self, work: Callable[[], object]) -> None:
        """Run `work()` in the writer thread once what is queued before is written."""
        future = self._new_future()
        self._queue(_Call(work, future))
        await future

    async def close(self) -> None:
        """Write what is queued, then stop; later writes raise `WriterClosedError`."""
        if not self._closed:
            self._closed = True
            self._queue(None)
        await asyncio.shield(self._stopped)

    def _new_future(self) -> asyncio.Future[bool]:
        if self._closed or self._stopped.done():
            raise WriterClosedError("the store is closed")
        return self._loop.create_future()

    def _queue(self, item: _Item) -> None:
        self._pending.append(item)
        if not self._busy:
            self._busy = True
            self._loop.call_soon(self._hand_over)

    def _hand_over(self) -> None:
        """On the loop: give the thread the writes queued so far (up to `max_batch`)."""
        if not self._pending or self._stopped.done():
            self._busy = False
            return
        batch = self._pending[: self._max_batch]
        del self._pending[: self._max_batch]
        self._batches.put(batch)

    # ----- in the writer thread -----

    def committing(self) -> None:
        """In the writer thread, from `write_batch`, just before its COMMIT: tell the batch's
        callers that asked (`begin(..., flushing=)`) that the flush begins."""
        if self._flushing:
            flushing, self._flushing = self._flushing, []
            self._call_on_loop(_flushed, flushing)

    def _run(self) -> None:
        stopping = False
        try:
            while not stopping:
                batch = self._batches.get()
                stopping = None in batch
                outcomes = self._commit([item for item in batch if item is not None])
                asked = [
                    item[2] for item in batch if isinstance(item, tuple) and item[2] is not None
                ]
                self._flushing = []
                self._call_on_loop(self._settle, outcomes, asked)
        finally:
            try:
                if self._on_stop is not None:
                    self._on_stop()
            finally:
                self._call_on_loop(self._stop_on_loop)

    def _commit(self, batch: list[_Item]) -> list[_Outcome]:
        outcomes: list[_Outcome] = []
        pending = [item for item in batch if isinstance(item, tuple)]
        if pending:
            writes = [write for write, _, _ in pending]
            self._flushing = [flushing for _, _, flushing in pending if flushing is not None]
            try:
                results = self._write_batch(writes)
            except Exception as exc:
                self.stats.failed_batches += 1
                self._flushing = []  # told when the batch is settled
                if len(pending) == 1:
                    outcomes.append((pending[0][1], exc))
                else:
                    log.warning(
                        "write batch of %d failed (%r); writing one by one", len(pending), exc
                    )
                    for write, future, _ in pending:
                        outcome = self._commit_one(write, future)
                        self._call_on_loop(_resolve, [outcome])  # each as soon as it is known
            else:
                self.stats.count(writes)
                outcomes += [
                    (future, new) for (_, future, _), new in zip(pending, results, strict=True)
                ]
        outcomes += [(item.future, True) for item in batch if isinstance(item, _Barrier)]
        outcomes += [_run_call(item) for item in batch if isinstance(item, _Call)]
        return outcomes

    def _commit_one(self, write: PendingWrite, future: asyncio.Future[bool]) -> _Outcome:
        try:
            (new,) = self._write_batch([write])
        except Exception as exc:
            return (future, exc)
        self.stats.count([write])
        return (future, new)

    def _call_on_loop(self, callback: Callable[..., object], *args: object) -> None:
        try:
            self._loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # the loop is closed: nobody is waiting any more
            log.debug("writer results dropped: the event loop is closed")

    # ----- back on the event loop -----

    def _settle(self, outcomes: list[_Outcome], flushing: list[asyncio.Future[None]]) -> None:
        """A batch ended: tell its callers, then hand over what was queued meanwhile."""
        _flushed(flushing)  # any the batch did not tell (it failed before its COMMIT)
        _resolve(outcomes)
        self._hand_over()

    def _stop_on_loop(self) -> None:
        """The thread ended: nobody may wait forever for a write it will never take."""
        self._closed = True
        leftovers = self._pending
        self._pending = []
        while True:
            try:
                leftovers += self._batches.get_nowait()
            except queue.Empty:
                break
        for item in leftovers:
            if isinstance(item, tuple) and item[2] is not None:
                _flushed([item[2]])
            future = item[1] if isinstance(item, tuple) else getattr(item, "future", None)
            if future is not None and not future.done():
                future.set_exception(WriterClosedError("the store closed before writing"))
        if not self._stopped.done():
            self._stopped.set_result(None)


def _run_call(call: _Call) -> _Outcome:
    try:
        call.work()
    except Exception as exc:
        return (call.future, exc)
    return (call.future, True)


def _flushed(flushing: list[asyncio.Future[None]]) -> None:
    for future in flushing:
        if not future.done():
            future.set_result(None)


def _resolve(outcomes: list[_Outcome]) -> None:
    for future, outcome in outcomes:
        if isinstance(outcome, BaseException):
            if not future.done():
                future.set_exception(outcome)
            else:
                log.error("a write whose caller gave up could not be saved: %r", outcome)
        elif not future.done():  # a caller that gave up (was cancelled) still gets it kept
            future.set_result(outcome)

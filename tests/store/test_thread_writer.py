"""The SQLite writer thread: nobody hears "recorded" before the commit, writes queued during
a commit share the next one, and one bad write fails only its own caller."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import pytest

from bot.store.thread_writer import ThreadWriter
from bot.store.writer import PendingSession, PendingWrite, WriterClosedError

BAD = "bad"


def _save(name: str) -> PendingSession:
    expires = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=1)
    return PendingSession(name, "solo", 1, None, None, "{}", expires)


class Disk:
    """Commits batches into `committed` (one list per transaction); can be held shut."""

    def __init__(self) -> None:
        self.committed: list[list[str]] = []
        self.open = threading.Event()
        self.open.set()
        self.writing = threading.Event()
        self.threads: set[str] = set()
        self.committing: Callable[[], None] | None = None
        """Called where a transaction's COMMIT begins (`ThreadWriter.committing`)."""
        self.flush = threading.Event()
        """The COMMIT's flush ends when this is set."""
        self.flush.set()

    def write(self, batch: Sequence[PendingWrite]) -> list[bool]:
        self.threads.add(threading.current_thread().name)
        self.writing.set()
        assert self.open.wait(10)
        names = [w.session_id for w in batch if isinstance(w, PendingSession)]
        if BAD in names:
            raise RuntimeError("constraint failed")  # the whole transaction rolls back
        if self.committing is not None:
            self.committing()
        assert self.flush.wait(10)
        self.committed.append(names)
        return [True] * len(batch)


async def _until(event: threading.Event) -> None:
    assert await asyncio.to_thread(event.wait, 10)


async def test_a_caller_hears_back_only_once_its_write_is_committed() -> None:
    disk = Disk()
    disk.open.clear()
    writer = ThreadWriter(disk.write)
    try:
        pending = writer.begin(_save("a"))
        await _until(disk.writing)
        await asyncio.sleep(0.05)
        assert not pending.done() and disk.committed == []
        disk.open.set()
        assert await pending is True
        assert disk.committed == [["a"]]
    finally:
        disk.open.set()
        await writer.close()


async def test_writes_queued_during_a_commit_share_the_next_one() -> None:
    disk = Disk()
    disk.open.clear()
    writer = ThreadWriter(disk.write)
    try:
        first = writer.begin(_save("a"))
        await _until(disk.writing)
        rest = [writer.begin(_save(name)) for name in ("b", "c", "d")]
        disk.open.set()
        await asyncio.gather(first, *rest)
        assert disk.committed == [["a"], ["b", "c", "d"]]
        assert (writer.stats.batches, writer.stats.sessions) == (2, 4)
    finally:
        disk.open.set()
        await writer.close()


async def test_one_bad_write_fails_only_its_own_caller() -> None:
    disk = Disk()
    disk.open.clear()
    writer = ThreadWriter(disk.write)
    try:
        first = writer.begin(_save("a"))
        await _until(disk.writing)
        batch = [writer.begin(_save(name)) for name in ("b", BAD, "c")]
        disk.open.set()
        assert await first is True
        results = await asyncio.gather(*batch, return_exceptions=True)
        assert results[0] is True and results[2] is True
        assert isinstance(results[1], RuntimeError)
        assert disk.committed == [["a"], ["b"], ["c"]]  # the batch failed, then one by one
    finally:
        await writer.close()


async def test_flush_and_close_write_everything_queued_then_refuse_more() -> None:
    disk = Disk()
    stopped_in: list[str] = []
    writer = ThreadWriter(
        disk.write, on_stop=lambda: stopped_in.append(threading.current_thread().name)
    )
    saves = [writer.begin(_save(name)) for name in ("a", "b")]
    await writer.flush()
    assert all(save.done() for save in saves)
    late = writer.begin(_save("c"))
    await writer.close()
    assert await late is True
    assert [name for batch in disk.committed for name in batch] == ["a", "b", "c"]
    assert stopped_in == list(disk.threads) == ["briefbot-writer"]  # one thread, closed there
    with pytest.raises(WriterClosedError):
        writer.begin(_save("d"))


async def test_a_caller_hears_of_the_flush_while_it_runs_and_of_its_write_only_after() -> None:
    disk = Disk()
    writer = ThreadWriter(disk.write)
    flushes = threading.Event()
    disk.flush = flushes  # the disk's flush waits on this, after `committing`
    disk.committing = writer.committing
    try:
        flushing: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        pending = writer.begin(_save("a"), flushing)
        await asyncio.wait_for(flushing, 10)
        assert not pending.done() and disk.committed == []  # told mid-commit, not "saved"
        flushes.set()
        assert await pending is True
        assert disk.committed == [["a"]]
    finally:
        flushes.set()
        await writer.close()


async def test_a_caller_waiting_for_the_flush_is_told_even_when_its_write_fails() -> None:
    disk = Disk()
    writer = ThreadWriter(disk.write)
    disk.committing = writer.committing
    try:
        told: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        failing = writer.begin(_save(BAD), told)  # fails before its COMMIT: no flush
        await asyncio.wait_for(told, 10)  # not left waiting
        with pytest.raises(RuntimeError):
            await failing
        assert disk.committed == []
    finally:
        await writer.close()

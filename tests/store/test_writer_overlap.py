"""The answer writer with two batches in flight (PostgreSQL): only independent ones overlap.

A batch may be written while another is still committing only when the two share no learner
and no session; anything else, and every `flush`, waits for what was submitted before it, so
a learner's second answer always sees their first one's review state and totals.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from store_helpers import NOW, answer

from bot.store.writer import AnswerWriter, PendingAnswer, PendingSession, PendingWrite


class HeldBatches:
    """A write_batch that logs each batch and holds the first one until `release` is set."""

    def __init__(self) -> None:
        self.log: list[str] = []
        self.release = asyncio.Event()
        self.first_started = asyncio.Event()

    async def __call__(self, writes: Sequence[PendingWrite]) -> list[bool]:
        name = ",".join(_name(w) for w in writes)
        self.log.append(f"start {name}")
        if not self.first_started.is_set():
            self.first_started.set()
            await self.release.wait()
        self.log.append(f"end {name}")
        return [True] * len(writes)


def _name(write: PendingWrite) -> str:
    if isinstance(write, PendingSession):
        return f"session {write.session_id}"
    return f"user {write.record.user_id}"


def _session(session_id: str) -> PendingSession:
    return PendingSession(session_id, "solo", 9, 1, 2, "{}", NOW)


async def _second_while_first_is_held(
    overlap: int, first: PendingWrite, second: PendingWrite
) -> list[str]:
    """Submit `first`, then `second` while `first`'s batch is held; the log once both are done."""
    batches = HeldBatches()
    writer = AnswerWriter(batches, overlap=overlap)
    first_done = asyncio.ensure_future(writer.submit(first))
    await batches.first_started.wait()
    second_done = asyncio.ensure_future(writer.submit(second))
    for _ in range(5):  # let the writer take the second write, if it may
        await asyncio.sleep(0)
    batches.release.set()
    assert await first_done and await second_done
    await writer.close()
    return batches.log


async def test_another_learners_answer_is_written_while_a_batch_commits() -> None:
    log = await _second_while_first_is_held(
        2,
        PendingAnswer(answer(1, session_id="a"), None),
        PendingAnswer(answer(2, session_id="b"), None),
    )

    assert log.index("start user 2") < log.index("end user 1")


async def test_a_session_named_like_another_learners_id_is_not_shared() -> None:
    log = await _second_while_first_is_held(
        2,
        PendingAnswer(answer(7, session_id="a"), None),
        PendingAnswer(answer(2, session_id="7"), None),
    )

    assert log.index("start user 2") < log.index("end user 7")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            PendingAnswer(answer(1, "q1", session_id="a"), None),
            PendingAnswer(answer(1, "q2", session_id="b"), None),
        ),
        (
            PendingAnswer(answer(1, session_id="a"), None),
            PendingAnswer(answer(2, session_id="a"), None),
        ),
        (PendingAnswer(answer(1, session_id="a"), None), _session("a")),
        (_session("a"), _session("a")),
    ],
    ids=["same learner", "same session", "answer then its session", "session saved twice"],
)
async def test_a_write_sharing_a_learner_or_session_waits_for_the_batch_before(
    first: PendingWrite, second: PendingWrite
) -> None:
    log = await _second_while_first_is_held(2, first, second)

    assert log == [
        f"start {_name(first)}",
        f"end {_name(first)}",
        f"start {_name(second)}",
        f"end {_name(second)}",
    ]


async def test_with_no_overlap_every_batch_waits_for_the_one_before() -> None:
    log = await _second_while_first_is_held(
        1,
        PendingAnswer(answer(1, session_id="a"), None),
        PendingAnswer(answer(2, session_id="b"), None),
    )

    assert log == ["start user 1", "end user 1", "start user 2", "end user 2"]


async def test_flush_and_close_wait_for_every_batch_in_flight() -> None:
    batches = HeldBatches()
    writer = AnswerWriter(batches, overlap=2)
    first = asyncio.ensure_future(writer.submit(PendingAnswer(answer(1, session_id="a"), None)))
    await batches.first_started.wait()
    second = asyncio.ensure_future(writer.submit(PendingAnswer(answer(2, session_id="b"), None)))
    flushed = asyncio.ensure_future(writer.flush())
    flushed.add_done_callback(lambda _: batches.log.append("flushed"))
    closed = asyncio.ensure_future(writer.close())
    for _ in range(5):
        await asyncio.sleep(0)

    assert not (first.done() or flushed.done() or closed.done()), (
        "nothing returns before its commit"
    )
    batches.release.set()
    await asyncio.wait_for(asyncio.gather(flushed, closed), timeout=5)
    assert first.result() and second.result()
    assert batches.log.index("flushed") > max(
        batches.log.index("end user 1"), batches.log.index("end user 2")
    )

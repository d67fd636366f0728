"""The first typed answer of a fresh process given up while the answer tables are still being
built (a crowd back at once after a restart on a starved machine, its handler stopped at 10 s
with "try again"; or a stop signal cancelling it).

Was: the wait cancelled the build's shared future, so the build thread, ending, failed to
set its result and printed "Exception in thread answer-tables" with a traceback
(`InvalidStateError`), and every typed answer after it found the build "done" and built the
tables on the event loop itself, holding every other interaction of the process meanwhile
(seen in session 44's reproduction of a crowd at READY: 120 clicks, three busy loops on the
bot's core). Now a caller that gives up leaves the build alone: it ends quietly and the next
typed answer waits for it off the loop.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from bot.core import answer_tables
from tests.core.test_answer_tables import tables_not_built


async def test_a_typed_answer_given_up_while_the_tables_build_leaves_the_build_alone(
    monkeypatch: pytest.MonkeyPatch,
):
    failures: list[Any] = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    freed = tables_not_built(monkeypatch)

    given_up = asyncio.create_task(answer_tables.typed_answers_ready())
    await asyncio.sleep(0.05)  # waiting for the build
    given_up.cancel()
    await asyncio.gather(given_up, return_exceptions=True)

    next_answer = asyncio.create_task(answer_tables.typed_answers_ready())
    await asyncio.sleep(0.05)
    assert not next_answer.done(), "the next typed answer waits for the build, off the loop"
    freed.set()
    await asyncio.wait_for(next_answer, timeout=30)
    build = answer_tables._built
    assert build is not None
    await asyncio.wait_for(asyncio.wrap_future(build), timeout=30)  # the thread's end
    for thread in threading.enumerate():
        if thread.name == "answer-tables":
            thread.join(timeout=30)
    assert failures == [], "the build thread ended without a traceback"
    assert freed.waits == [True]  # type: ignore[attr-defined]

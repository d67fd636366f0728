"""A background duty (content watcher, schedules, reminders...) failing tick after tick while
the database is down: one traceback for the operator, then one line per failed tick, and a
line when it works again (was: a full traceback every tick, every 2 s per duty)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.core.clock import FakeClock
from bot.core.timer import ClockTimer

OUTAGE_TICKS = 4


async def settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


async def test_an_outage_logs_one_traceback_then_a_line_per_tick_then_recovery(
    caplog: pytest.LogCaptureFixture,
):
    caplog.set_level(logging.INFO, logger="bot.core.timer")
    clock, ticks = FakeClock(), []

    async def work() -> None:
        ticks.append(clock.now())
        if len(ticks) <= OUTAGE_TICKS:
            raise ConnectionRefusedError(111, "Connect call failed")

    timer = ClockTimer(clock, 2, work, name="content-watcher")
    timer.start()
    for _ in range(OUTAGE_TICKS + 2):
        await settle()
        clock.advance(2)
    await settle()
    await timer.stop()
    assert len(ticks) == OUTAGE_TICKS + 2, "every tick tried again"
    records = [r for r in caplog.records if r.name == "bot.core.timer"]
    with_traceback = [r for r in records if r.exc_info]
    assert len(with_traceback) == 1, "one traceback for the whole outage"
    again = [r.getMessage() for r in records if "failed again" in r.getMessage()]
    assert len(again) == OUTAGE_TICKS - 1 and "4 in a row" in again[-1]
    assert any("works again after 4 failed" in r.getMessage() for r in records)

"""The one clock-driven timer: it ticks on the injected clock, and stopping it never cuts a
tick off in the middle (a database query cancelled half-way leaves its connection for the
garbage collector, the teardown race the suite used to tolerate)."""

from __future__ import annotations

import asyncio

from bot.core.clock import FakeClock
from bot.core.timer import ClockTimer


class Work:
    """A tick that waits on `release`, the way a slow query would; counts how ticks end."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started = 0
        self.finished = 0
        self.cut_off = 0

    async def __call__(self) -> None:
        self.started += 1
        try:
            await self.release.wait()
        except asyncio.CancelledError:
            self.cut_off += 1
            raise
        self.finished += 1


async def settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


async def test_stop_waits_for_the_tick_in_flight_and_then_ticks_no_more() -> None:
    clock, work = FakeClock(), Work()
    timer = ClockTimer(clock, 60, work, name="test")
    timer.start()
    await settle()
    clock.advance(60)
    await settle()
    assert work.started == 1

    stopping = asyncio.create_task(timer.stop())
    await settle()
    assert not stopping.done(), "stop waits while the tick is still working"
    work.release.set()
    await stopping

    assert (work.finished, work.cut_off) == (1, 0)
    assert not timer.running
    clock.advance(600)
    await settle()
    assert work.started == 1


async def test_a_timer_waiting_on_its_clock_stops_at_once_without_ticking() -> None:
    clock, work = FakeClock(), Work()
    timer = ClockTimer(clock, 60, work, name="test")
    timer.start()
    await settle()
    await timer.stop()
    assert not timer.running
    clock.advance(60)
    await settle()
    assert work.started == 0


async def test_a_tick_that_never_ends_is_cancelled_after_the_grace() -> None:
    clock, work = FakeClock(), Work()
    timer = ClockTimer(clock, 60, work, name="test")
    timer.start()
    await settle()
    clock.advance(60)
    await settle()
    await timer.stop(grace=0.01)
    assert (work.finished, work.cut_off) == (0, 1)
    assert not timer.running


async def test_a_failing_tick_is_tried_again_at_the_next_one() -> None:
    clock, calls = FakeClock(), []

    async def flaky() -> None:
        calls.append(clock.now())
        if len(calls) == 1:
            raise ConnectionError("the database is unavailable")

    timer = ClockTimer(clock, 60, flaky, name="test")
    timer.start()
    try:
        for _ in range(2):
            await settle()
            clock.advance(60)
        await settle()
        assert len(calls) == 2
        assert timer.running
    finally:
        await timer.stop()

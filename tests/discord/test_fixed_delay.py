"""Timeouts of one length share one timer: each still fires on time, in order, unless cancelled."""

from __future__ import annotations

import asyncio
import time

from bot.discord_bot.fixed_delay import FixedDelay


async def test_each_callback_runs_after_the_delay_in_order_unless_cancelled() -> None:
    delays = FixedDelay(0.05)
    loop = asyncio.get_running_loop()
    ran: list[tuple[str, float]] = []
    last = loop.create_future()
    start = loop.time()

    def note(name: str) -> None:
        ran.append((name, loop.time() - start))

    delays.call_later(lambda: note("first"))
    delays.call_later(lambda: note("cancelled")).cancel()
    await asyncio.sleep(0.02)
    delays.call_later(lambda: (note("later"), last.set_result(None)))
    await asyncio.wait_for(last, 5.0)
    await asyncio.sleep(0.06)  # a cancelled callback would have run by now

    assert [name for name, _ in ran] == ["first", "later"]
    first, later = (at for _, at in ran)
    assert first >= 0.049 and later >= 0.069, "never before its delay"


async def test_a_failing_callback_does_not_keep_the_others_from_running() -> None:
    delays = FixedDelay(0.01)
    ran: list[str] = []

    def fail() -> None:
        raise RuntimeError("boom")

    done = asyncio.get_running_loop().create_future()
    delays.call_later(fail)
    delays.call_later(lambda: (ran.append("next"), done.set_result(None)))
    await asyncio.wait_for(done, 5.0)

    assert ran == ["next"]


def test_it_works_on_each_new_event_loop() -> None:
    delays = FixedDelay(0.01)

    async def wait_for_one() -> float:
        fired = asyncio.get_running_loop().create_future()
        started = time.monotonic()
        delays.call_later(lambda: fired.set_result(time.monotonic() - started))
        return await asyncio.wait_for(fired, 5.0)  # a hang guard

    assert asyncio.run(wait_for_one()) >= 0.009
    assert asyncio.run(wait_for_one()) >= 0.009, "a second loop gets its own timer"

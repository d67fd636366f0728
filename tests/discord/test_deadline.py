"""`within_deadline`: a fast commit is answered in one step, a slow one is deferred first,
and the work behind a click is never stopped by its handler giving up."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from types import SimpleNamespace

import discord

from bot.discord_bot.deadline import within_deadline


class Response:
    """The interaction response: records deferrals, as Discord would take them."""

    def __init__(self) -> None:
        self.deferred: list[dict[str, bool]] = []

    def is_done(self) -> bool:
        return bool(self.deferred)

    async def defer(self, **kwargs: bool) -> None:
        await asyncio.sleep(0.01)  # a round trip to Discord
        self.deferred.append(kwargs)


def interaction(clicked_ago: float = 0.0) -> SimpleNamespace:
    """An interaction Discord created `clicked_ago` seconds ago (by this machine's clock)."""
    created_at = discord.utils.utcnow() - timedelta(seconds=clicked_ago)
    snowflake = discord.utils.time_snowflake(created_at)  # as Discord's ids carry their time
    return SimpleNamespace(id=snowflake, response=Response(), created_at=created_at)


async def test_a_fast_commit_is_answered_without_a_deferral() -> None:
    clicked = interaction()
    done = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, done.set_result, "committed")

    assert await within_deadline(clicked, done, defer_after=0.05) == "committed"  # type: ignore[arg-type]
    await asyncio.sleep(0.1)
    assert clicked.response.deferred == [], "no late deferral after the reply"


async def test_a_slow_commit_is_deferred_and_the_reply_waits_for_the_deferral() -> None:
    clicked = interaction()

    async def slow() -> str:
        await asyncio.sleep(0.06)
        return "committed"

    result = await within_deadline(clicked, slow(), private=True, defer_after=0.05)  # type: ignore[arg-type]

    assert result == "committed"
    assert clicked.response.deferred == [{"ephemeral": True, "thinking": True}]


async def test_the_work_goes_on_when_the_handler_is_cancelled() -> None:
    clicked = interaction()
    finished = asyncio.Event()

    async def commit() -> None:
        await asyncio.sleep(0.02)
        finished.set()

    handler = asyncio.ensure_future(within_deadline(clicked, commit(), defer_after=1.0))  # type: ignore[arg-type]
    await asyncio.sleep(0)
    handler.cancel()
    await asyncio.wait_for(finished.wait(), 5)  # a cancelled commit would never finish

    assert handler.cancelled()


async def slow_commit(seconds: float = 0.06) -> str:
    await asyncio.sleep(seconds)
    return "committed"


async def test_a_click_delivered_late_is_deferred_within_the_time_left_since_the_click() -> None:
    clicked = interaction(clicked_ago=0.9)  # 0.9 s of the 1 s allowed are gone on arrival

    result = await within_deadline(clicked, slow_commit(0.3), defer_after=1.0)  # type: ignore[arg-type]

    assert result == "committed"
    assert clicked.response.deferred == [{}], "deferred 0.1 s in, before the 0.3 s commit ended"


async def test_clocks_that_disagree_count_from_the_start_of_the_work() -> None:
    for ago in (-5.0, 60.0):  # created in the future, or long past Discord's 3 s
        clicked = interaction(clicked_ago=ago)
        assert await within_deadline(clicked, slow_commit(), defer_after=0.5) == "committed"  # type: ignore[arg-type]
        assert clicked.response.deferred == [], f"created {ago} s ago: not deferred at once"

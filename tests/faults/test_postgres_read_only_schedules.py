"""The scheduler's ticks while PostgreSQL is read-only (a failover to a standby, an operator's
`default_transaction_read_only`): a question of the day's answer due inside the window is
posted once, never again on each tick after Discord forgot the post's nonce, and no tick
prints a traceback. (A scheduled briefing due then was already posted once, after the
window: its run's claim is a write, refused before anything is posted; docs/reliability.md.)"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from bot.app import Services
from bot.config import Settings
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import daily, scheduler
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_postgres_read_only import read_only
from tests.faults.test_qotd_post_faults import MORNING, reveals, tick_through
from tests.store.pg import PostgresServer

TICK = dt.timedelta(seconds=30)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MORNING - dt.timedelta(hours=1))


@pytest.fixture
def settings(content: Path, postgres: PostgresServer) -> Settings:
    """The bot on that PostgreSQL server."""
    return Settings(content_dir=content, database_url=postgres.url, quiz_timer_seconds=20)


async def refused_tick(bot: BriefBot, clock: FakeClock) -> None:
    """One tick while the database refuses writes: it may fail as a whole (the scheduler's
    timer logs one line and waits it out) or post what needs no write first."""
    try:
        await tick_through(scheduler(bot), clock)
    except Exception as exc:
        assert "read-only" in str(exc), repr(exc)


@pytest.mark.timeout(90)
async def test_an_answer_due_while_postgresql_is_read_only_is_revealed_once(
    postgres: PostgresServer,
    discord_double: DiscordDouble,
    bot: BriefBot,
    services: Services,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
):
    """The reveal is posted first, then its question closed (so a stop in between reveals it
    again, under the same nonce): with writes refused the close fails on every tick, and once
    Discord forgot the nonce (it keeps one a few minutes) the next tick posted the answer a
    second time."""
    figures = tally("question of the day's answer due while PostgreSQL is read-only")
    schedule = await services.store.schedules.add_schedule(
        daily(discord_double, what="question", hour=9)
    )
    cog = scheduler(bot)
    await cog.runner.stop()
    clock.current = MORNING
    assert len((await tick_through(cog, clock)).posted) == 1, "the question is posted"
    assert schedule.id is not None
    await services.store.schedules.remove_schedule(discord_double.guild.id, schedule.id)

    caplog.set_level(logging.WARNING)
    clock.current = MORNING + dt.timedelta(days=1)  # the answer is due
    await read_only(postgres, True)
    try:
        for _ in range(3):
            await refused_tick(bot, clock)
            discord_double.expire_nonces()  # the window outlasts Discord's memory of a nonce
            clock.current += TICK
    finally:
        await read_only(postgres, False)
    figures.tried += 1
    await tick_through(cog, clock)
    assert await cog.qotd.open_questions() == [], "revealed and closed after the window"
    clock.current += TICK
    await tick_through(cog, clock)
    assert len(reveals(discord_double)) == 1, "the answer went out once"
    assert [r.getMessage() for r in caplog.records if r.exc_info] == [], "no traceback"
    figures.survived += 1

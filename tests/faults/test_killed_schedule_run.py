"""A scheduled run whose process stopped part-way (kill -9) through its post is posted once
after the restart: neither lost nor doubled.

Was: the run stayed claimed by the dead process, and no process ever posted it (a scheduled
briefing silently missing). Now the restarted process sees the claim is an earlier run of
itself and takes the run over at once; it posts only the messages that did not go out (kept
message by message), and the message whose answer never came back goes again with the same
nonce, which Discord enforces: it returns the message it has rather than a second one. A
claim whose process cannot be told stopped (another machine) is taken over once it has been
seen unposted for `ABANDONED_AFTER`. Here the process's death is its scheduler task
cancelled mid-post and a new scheduler on the same database (`test_run_retries_kept.py`)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import secrets
import socket

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.schedule import plan_runs
from bot.core.schedule_runner import ABANDONED_AFTER, ScheduleRunner
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs.schedules import SchedulesCog
from bot.ops.process_name import has_stopped
from tests.discord.test_moderation import Crash, daily, posts_in, scheduler
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_run_retries_kept import RUN_TIME, START, daily_post


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def next_process() -> str:
    """The name of the process started after this one: same host, and the same pid, as in a
    restarted container, but its own tag."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def restart(cog: SchedulesCog, services: Services, name: str) -> None:
    """A new scheduler on the same database under `name`, as a restarted process has."""
    cog.process = name
    cog.runner = ScheduleRunner(
        services.store.schedules,
        cog.qotd,
        services.clock,
        cog,
        name,
        server_language=services.server_settings.language,
        claimer_stopped=lambda claimer: has_stopped(claimer, name),
    )


async def killed_mid_post(double: DiscordDouble, cog: SchedulesCog, now: dt.datetime, how: str):
    """The run starts; its process dies while the post's second message is held: before it
    reached Discord (a 429 to wait out), or after Discord posted it (its answer held back)."""
    route = f"POST /channels/{double.news.id}/messages"
    if how == "before_discord":
        fault = double.rate_limit_next(route, retry_after=5, after=1)
    else:
        fault = double.slow_next(route, seconds=1, after=1)
    run = asyncio.create_task(cog.run_due(now))
    await double.wait_for(lambda: fault.hits)
    await asyncio.sleep(0.05)
    run.cancel()  # nothing of the killed process runs on
    with pytest.raises(asyncio.CancelledError):
        await run


@pytest.mark.timeout(20)
@pytest.mark.parametrize("how", ["before_discord", "answer_lost"])
async def test_a_run_killed_mid_post_is_posted_once_after_the_restart(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock, how: str
):
    figures = tally(f"scheduled post, process killed mid-post ({how})")
    await daily_post(discord_double, "nk-troops-russia")  # its summary takes 3 messages
    cog, news = scheduler(bot), discord_double.news
    clock.current = RUN_TIME
    await killed_mid_post(discord_double, cog, clock.now(), how)
    before = len(discord_double.bot_messages_in(news))
    assert before == (1 if how == "before_discord" else 2)

    restart(cog, services, next_process())
    clock.current = RUN_TIME + dt.timedelta(seconds=30)
    tick = await cog.run_due(clock.now())
    figures.tried += 1
    posted = discord_double.bot_messages_in(news)
    figures.lost += not posts_in(discord_double, news)
    assert len(tick.posted) == 1, "the run is posted after the restart, not lost"
    assert len(posted) == 3, "each of its three messages once"
    assert len(posts_in(discord_double, news)) == 1, "one Quiz me button, under the last"
    figures.survived += 1


@pytest.mark.timeout(20)
async def test_a_run_claimed_on_another_machine_is_taken_over_after_it_was_seen_unposted(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
):
    await daily_post(discord_double, "mini")
    cog, news = scheduler(bot), discord_double.news
    (schedule,) = await services.store.schedules.list_schedules(discord_double.guild.id)
    clock.current = RUN_TIME
    gone = "another-machine:4242:beef"  # its process cannot be seen from here
    (due,) = plan_runs(schedule, clock.now()).due
    assert schedule.id is not None
    assert await services.store.schedules.claim_run(schedule.id, due.key, gone)

    restart(cog, services, next_process())
    assert (await cog.run_due(clock.now())).posted == [], "its post may still be under way"
    clock.current += ABANDONED_AFTER
    assert (await cog.run_due(clock.now())).posted == [due.key]
    assert len(posts_in(discord_double, news)) == 1
    clock.current += ABANDONED_AFTER
    assert (await cog.run_due(clock.now())).posted == [], "posted once"


@pytest.mark.timeout(20)
async def test_a_question_of_the_day_shown_before_the_kill_is_not_posted_again(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services: Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
):
    schedule = await services.store.schedules.add_schedule(daily(discord_double, what="question"))
    cog = scheduler(bot)

    async def killed(*args: object, **kwargs: object) -> bool:
        raise Crash  # the process dies after the question went out, before the run is marked

    monkeypatch.setattr(services.store.schedules, "mark_run_posted", killed)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 10, tzinfo=dt.UTC)
    with pytest.raises(Crash):
        await cog.run_due(clock.now())
    shown = discord_double.bot_messages_in(discord_double.news)
    assert len(shown) == 1
    monkeypatch.undo()

    restart(cog, services, next_process())
    tick = await cog.run_due(clock.now() + dt.timedelta(seconds=30))
    assert tick.posted == [f"{schedule.id}:2026-01-05T09:00Z"], "the run is settled"
    assert discord_double.bot_messages_in(discord_double.news) == shown, "not posted again"
    assert [q.message_id for q in await cog.qotd.open_questions()] == [shown[0].id]


@pytest.mark.timeout(20)
async def test_a_question_of_the_day_killed_before_its_message_id_was_kept_is_posted_once(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
):
    figures = tally("question of the day, process killed before its message id was kept")
    schedule = await services.store.schedules.add_schedule(daily(discord_double, what="question"))
    cog, news = scheduler(bot), discord_double.news
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 10, tzinfo=dt.UTC)
    held = discord_double.slow_next(f"POST /channels/{news.id}/messages", seconds=1)
    run = asyncio.create_task(cog.run_due(clock.now()))
    await discord_double.wait_for(lambda: held.hits)
    await asyncio.sleep(0.05)
    run.cancel()  # Discord has posted it; the process dies before hearing back
    with pytest.raises(asyncio.CancelledError):
        await run
    shown = discord_double.bot_messages_in(news)
    assert len(shown) == 1

    restart(cog, services, next_process())
    tick = await cog.run_due(clock.now() + dt.timedelta(seconds=30))
    figures.tried += 1
    assert tick.posted == [f"{schedule.id}:2026-01-05T09:00Z"], "the run is settled"
    assert discord_double.bot_messages_in(news) == shown, "posted once, not twice"
    (question,) = await cog.qotd.open_questions()
    assert question.message_id == shown[0].id, "its message is known: the reveal marks it"
    figures.survived += 1

"""A question of the day whose post fails after Discord took it (the connection dropped
before its answer came back) goes out once, and it is the question that was saved: the
bot tries it again under the run's enforced nonce at once (Discord returns the message it
has), and a run that still failed keeps its question, so the run's retry 5 minutes later
posts that same question. (Was: the failed question was forgotten and the run ended; its
retry picked afresh, here the question revealed in the channel that morning, under a nonce
that brought back the message of the first one: students answered a question other than
the one they saw.)"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.schedule_runner import RETRY_AFTER
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs.schedules import SchedulesCog
from bot.discord_bot.custom_ids import QOTD_ANSWER, VERSION
from tests.discord.test_moderation import daily, scheduler
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally

MORNING = dt.datetime(2026, 1, 5, 9, 0, 10, tzinfo=dt.UTC)
AFTERNOON = MORNING.replace(hour=15)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MORNING - dt.timedelta(hours=1))


def questions_shown(double: DiscordDouble) -> list[str]:
    """The questions of the day posted in the channel (with their answer buttons)."""
    return [
        m.text
        for m in double.bot_messages_in(double.news)
        if any(
            b.get("custom_id", "").startswith(f"{VERSION}:{QOTD_ANSWER.kind}:") for b in m.buttons
        )
    ]


async def tick_through(cog: SchedulesCog, clock: FakeClock):
    """One scheduler tick, the clock moved on while it waits to try a post again (the
    scheduler's own timer stopped: only the ticks the test makes run)."""
    await cog.runner.stop()
    run = asyncio.create_task(cog.run_due(clock.now()))
    while not run.done():
        await asyncio.sleep(0.02)
        clock.advance(1)
    return await run


@pytest.mark.timeout(20)
@pytest.mark.parametrize("dropped", [1, 3], ids=["once", "on every try of the tick"])
async def test_a_question_of_the_day_whose_answer_was_lost_goes_out_once_as_saved(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock, dropped
):
    figures = tally(f"question of the day, connection dropped after posting ({dropped}x)")
    await services.store.schedules.add_schedule(daily(discord_double, what="question", hour=9))
    await services.store.schedules.add_schedule(daily(discord_double, what="question", hour=15))
    cog = scheduler(bot)
    clock.current = MORNING
    assert len((await cog.run_due(clock.now())).posted) == 1, "the morning's question"
    (morning,) = await cog.qotd.open_questions()

    clock.current = AFTERNOON  # the morning's answer is revealed, then the next question
    route = f"POST /channels/{discord_double.news.id}/messages"
    lost = discord_double.reset_next(route, served=True, times=dropped, after=1)
    first = await tick_through(cog, clock)
    assert len(lost.hits) == dropped
    if first.failed:
        clock.current = AFTERNOON + RETRY_AFTER
        assert len((await cog.run_due(clock.now())).posted) == 1, "the retry settles the run"
    figures.tried += 1
    shown = questions_shown(discord_double)
    (afternoon,) = await cog.qotd.open_questions()
    assert len(shown) == 2, "the afternoon's question went out once"
    assert afternoon.question_id != morning.question_id, "never the question just revealed"
    assert afternoon.message_id == discord_double.bot_messages_in(discord_double.news)[-1].id
    briefing = services.library.get(afternoon.briefing_id)
    prompt = afternoon.quiz_question(briefing).question.prompt
    assert prompt in shown[-1], "the question answered is the one shown"
    figures.survived += 1


def reveals(double: DiscordDouble) -> list[str]:
    return [m.text for m in double.bot_messages_in(double.news) if "The answer:" in m.text]


REVEAL_FAULTS = ["reset after posting", "503 on every try of the tick"]
"""The connection dropped after Discord posted the answer; an outage that outlasts the
tick's tries of the post."""


@pytest.mark.timeout(20)
@pytest.mark.parametrize("fault", REVEAL_FAULTS)
async def test_an_answer_whose_post_fails_is_revealed_once_and_the_tick_goes_on(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services: Services,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    fault: str,
):
    """Was: the question was closed before the answer's post, and Discord failing the post
    raised out of the tick: the answer was never posted and the schedules due in that tick
    were not run."""
    figures = tally(f"question of the day's answer, Discord {fault}")
    schedule = await services.store.schedules.add_schedule(
        daily(discord_double, what="question", hour=9)
    )
    briefing = await services.store.schedules.add_schedule(daily(discord_double, hour=9))
    cog = scheduler(bot)
    clock.current = MORNING
    assert len((await cog.run_due(clock.now())).posted) == 2
    assert schedule.id is not None and briefing.id is not None
    await services.store.schedules.remove_schedule(discord_double.guild.id, schedule.id)

    clock.current = MORNING + dt.timedelta(days=1)  # the answer is due, and the briefing
    route = f"POST /channels/{discord_double.news.id}/messages"
    if fault == "reset after posting":
        failed = discord_double.reset_next(route, served=True)
    else:
        failed = discord_double.fail_next(route, status=503, times=3)
    caplog.set_level(logging.WARNING)
    tick = await tick_through(cog, clock)
    figures.tried += 1
    assert failed.hits, "Discord failed the answer's post"
    assert len(tick.posted) == 1, "the briefing due in the same tick is posted"
    if not tick.revealed:
        clock.current += dt.timedelta(seconds=30)
        assert len((await cog.run_due(clock.now())).revealed) == 1, "the next tick reveals it"
    assert len(reveals(discord_double)) == 1, "the answer went out once"
    assert await cog.qotd.open_questions() == []
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == [], "no traceback"
    figures.survived += 1


@pytest.mark.timeout(20)
async def test_a_question_posted_whose_message_id_could_not_be_kept_is_a_posted_run(
    discord_double: DiscordDouble,
    bot: BriefBot,
    services: Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """The database failing just after Discord posted the question (keeping its message id):
    one warning line, the run counts as posted, and nobody is told it failed (was: a failed
    run, the moderator told "could not post", a failure towards the schedule's pause, and a
    retry 5 minutes later posting it again once Discord had forgotten its nonce)."""
    schedule = await services.store.schedules.add_schedule(
        daily(discord_double, what="question", hour=9)
    )
    cog = scheduler(bot)

    async def database_down(*args: object) -> None:
        raise ConnectionError("the database is down")

    monkeypatch.setattr(cog.qotd, "posted", database_down)
    caplog.set_level(logging.WARNING)
    clock.current = MORNING
    tick = await tick_through(cog, clock)
    assert len(tick.posted) == 1 and tick.failed == []
    (saved,) = await services.store.schedules.list_schedules(discord_double.guild.id)
    assert saved.id == schedule.id and saved.failures == 0, "not a failed post"
    assert discord_double.dms_to(discord_double.moderator) == [], "nobody told it failed"
    assert len(questions_shown(discord_double)) == 1
    lines = [r.getMessage() for r in caplog.records if "message id" in r.getMessage()]
    assert len(lines) == 1 and not any(r.exc_info for r in caplog.records)


@pytest.mark.timeout(30)
async def test_an_answer_whose_post_a_stop_cut_short_is_revealed_once_after_the_restart(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
):
    """The process stopped while the answer's post was on its way (the tick's task ended
    with it): the question is still due, and the next tick reveals it, once. Was: it was
    closed before the post, and the reveal never came."""
    figures = tally("question of the day's answer, the process stopped mid-post")
    schedule = await services.store.schedules.add_schedule(
        daily(discord_double, what="question", hour=9)
    )
    cog = scheduler(bot)
    clock.current = MORNING
    assert len((await cog.run_due(clock.now())).posted) == 1
    assert schedule.id is not None
    await services.store.schedules.remove_schedule(discord_double.guild.id, schedule.id)

    clock.current = MORNING + dt.timedelta(days=1)
    hung = discord_double.hang_next(f"POST /channels/{discord_double.news.id}/messages")
    await cog.runner.stop()
    tick = asyncio.create_task(cog.run_due(clock.now()))
    await discord_double.wait_for(lambda: bool(hung.hits), timeout=10)
    tick.cancel()  # the process ends here, its post never answered
    await asyncio.gather(tick, return_exceptions=True)
    figures.tried += 1
    clock.current += dt.timedelta(seconds=30)
    assert len((await cog.run_due(clock.now())).revealed) == 1, "revealed after the restart"
    assert len(reveals(discord_double)) == 1, "the answer went out once"
    assert await cog.qotd.open_questions() == []
    figures.survived += 1

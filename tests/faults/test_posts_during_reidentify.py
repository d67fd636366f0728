"""A scheduled post or an assignment reminder due while the gateway session is being made
anew (Discord forgot the session: the bot identifies again, and its READY lists the server as
unavailable until the server's GUILD_CREATE, which Discord may send seconds later). Was: the
scheduled run found no channel in the emptied cache and failed as "its channel was deleted,
or I can no longer see it", its moderator told so and the failure counted towards a pause;
a question of the day's reveal found no channel and ended the question, unrevealed; a role's
reminder went out at once, telling the class the work was for "a role that no
longer exists". Now a server not yet available is not served on that tick: each is posted
once on a tick after the server's data arrives, as it should read, nobody told of a failure."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs.classwork import ClassworkCog
from tests.discord.test_moderation import daily, posts_in, run, scheduler
from tests.discord_double import DiscordDouble
from tests.faults.test_qotd_post_faults import AFTERNOON, MORNING, questions_shown
from tests.faults.test_reminder_retries import REMINDER_TIME
from tests.faults.test_reminder_retries import START as REMINDER_START
from tests.faults.test_schedule_retries import RUN_TIME, START, daily_post


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.mark.timeout(20)
async def test_a_run_due_while_the_server_is_unavailable_is_posted_once_it_is_back(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock, caplog
):
    await daily_post(discord_double)
    cog = scheduler(bot)
    news = discord_double.news
    await reidentified_without_guilds(discord_double, bot)
    caplog.set_level(logging.WARNING)
    clock.current = RUN_TIME
    await cog.run_due(clock.now())
    assert posts_in(discord_double, news) == [], "nothing to post into yet"
    await discord_double.server.release_guilds()
    await discord_double.sync(10)
    clock.current = RUN_TIME + dt.timedelta(seconds=30)  # the next tick
    await cog.run_due(clock.now())
    assert len(posts_in(discord_double, news)) == 1, "posted once the server is back"
    assert discord_double.dms_to(discord_double.moderator) == [], "no failure told"
    (schedule,) = await services.store.schedules.list_schedules(discord_double.guild.id)
    assert schedule.failures == 0 and not schedule.paused
    assert not any(r.exc_info for r in caplog.records), "no traceback"


async def identify_at_once(shard_id: int | None, *, initial: bool = False) -> None:
    """discord.py waits 5 s before identifying anew (Discord's identify limit); not here."""


async def reidentified_without_guilds(double: DiscordDouble, bot: BriefBot) -> None:
    """Discord forgets the session; the bot identifies again and gets READY, the server's
    GUILD_CREATE held back."""
    bot.before_identify_hook = identify_at_once  # type: ignore[method-assign]
    identified = len(double.state.identifies)
    double.server.guilds_held = True
    await double.close_gateway(4009, resumable=False)
    await double.wait_for(lambda: len(double.state.identifies) > identified or None, timeout=10)
    await double.sync(10)
    guild = bot.get_guild(double.guild.id)
    assert guild is not None and guild.unavailable, "READY came, the server's data not yet"


@pytest.mark.timeout(20)
async def test_a_role_reminder_due_while_the_server_is_unavailable_names_its_role_once_back(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock
):
    """Was: posted at once, telling the class the work was for "a role that no longer
    exists" (the role not yet known again)."""
    clock.current = REMINDER_START
    role = await discord_double.add_role("Year 9")
    options = {"briefing": "nk-troops-russia", "due_date": "2026-03-10", "due_time": "12:00"}
    setting = await discord_double.slash(
        "assign",
        {**options, "remind_minutes": 60, "role": role},
        user=discord_double.moderator,
    )
    await setting.message()
    cog = bot.get_cog("Class")
    assert isinstance(cog, ClassworkCog)
    await reidentified_without_guilds(discord_double, bot)
    clock.current = REMINDER_TIME
    assert await cog.send_reminders() == 0, "nothing posted while the server is unavailable"
    await discord_double.server.release_guilds()
    await discord_double.sync(10)
    assert await cog.send_reminders() == 1
    (reminder,) = [
        m.text for m in discord_double.messages_in(discord_double.general) if "Reminder" in m.text
    ]
    assert "@Year 9" in reminder and "no longer exists" not in reminder, reminder


DAY = "Monday 05 January"


@pytest.mark.timeout(20)
async def test_a_question_of_the_day_revealed_while_the_server_is_unavailable_is_revealed_once_back(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
):
    """The afternoon's run reveals the morning's answer, then posts its question; due while
    the server is unavailable, both wait for it."""
    await services.store.schedules.add_schedule(daily(discord_double, what="question", hour=9))
    await services.store.schedules.add_schedule(daily(discord_double, what="question", hour=15))
    cog = scheduler(bot)
    clock.current = MORNING
    assert len((await cog.run_due(clock.now())).posted) == 1, "the morning's question"
    await reidentified_without_guilds(discord_double, bot)
    clock.current = AFTERNOON
    waited = await cog.run_due(clock.now())
    assert waited.revealed == [] and waited.posted == [], "nothing while the server is away"
    await discord_double.server.release_guilds()
    await discord_double.sync(10)
    back = await cog.run_due(clock.now())
    assert len(back.posted) == 1, "the afternoon's question"
    shown = [m.text for m in discord_double.bot_messages_in(discord_double.news)]
    answers = [t for t in shown if t.startswith(f"Question of the day · {DAY}: the answer")]
    assert len(answers) == 1, "the morning's answer revealed, once"
    assert len(questions_shown(discord_double)) == 2
    assert discord_double.dms_to(discord_double.moderator) == [], "no failure told"


@pytest.mark.timeout(20)
async def test_a_reveal_due_while_the_server_is_unavailable_is_posted_once_it_is_back(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock, caplog
):
    """A question of the day posted once, its answer due a day later. Was: the reveal found
    no channel in the emptied cache, logged "its channel is gone" and ended the question: its
    answer was never posted."""
    once = {"what": "question", "time": "09:00", "repeat": "once", "date": "2026-01-05"}
    await run(
        discord_double, "schedule", {**once, "briefing": "mini", "channel": discord_double.news}
    )
    cog = scheduler(bot)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    await reidentified_without_guilds(discord_double, bot)
    caplog.set_level(logging.WARNING)
    clock.current = dt.datetime(2026, 1, 6, 9, 0, 30, tzinfo=dt.UTC)
    assert (await cog.run_due(clock.now())).revealed == [], "not while the server is away"
    await discord_double.server.release_guilds()
    await discord_double.sync(10)
    assert len((await cog.run_due(clock.now())).revealed) == 1, "revealed once it is back"
    assert (
        "Nobody answered this one." in discord_double.bot_messages_in(discord_double.news)[-1].text
    )
    assert len((await cog.run_due(clock.now())).revealed) == 0, "once"
    assert not any("gone" in r.getMessage() for r in caplog.records)

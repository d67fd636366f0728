"""Assignment reminders and review DMs whose post fails (Discord 503, an outage, the
connection dropped after Discord took it) are tried again on a later tick, get through once,
never twice, and are given up after a bounded
number of tries (was: marked sent before the post, so one failed post lost the reminder); an
assignment reminder given up is told to the moderator who set the work."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from bot.app import Services
from bot.core.class_reminders import MAX_TRIES
from bot.core.clock import FakeClock
from bot.core.reminders import MAX_TRIES as DM_TRIES
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs.classwork import ClassworkCog
from tests.discord.test_review_reach import miss_everything
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
REMINDER_TIME = START + dt.timedelta(hours=2, minutes=1)  # due 12:00, reminded 60 min before


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def assign_with_reminder(double: DiscordDouble, bot: BriefBot) -> ClassworkCog:
    options = {"briefing": "nk-troops-russia", "due_date": "2026-03-10", "due_time": "12:00"}
    setting = await double.slash("assign", {**options, "remind_minutes": 60}, user=double.moderator)
    await setting.message()
    cog = bot.get_cog("Class")
    assert isinstance(cog, ClassworkCog)
    return cog


def reminders(double: DiscordDouble) -> list[str]:
    return [m.text for m in double.messages_in(double.general) if "Reminder" in m.text]


@pytest.mark.timeout(20)
async def test_a_reminder_whose_post_fails_is_posted_on_a_later_tick_once(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock, caplog
):
    cog = await assign_with_reminder(discord_double, bot)
    clock.current = REMINDER_TIME
    channel = discord_double.general
    outage = discord_double.fail_next(f"POST /channels/{channel.id}/messages", times=2, status=503)
    caplog.set_level(logging.WARNING)
    assert await cog.send_reminders() == 0
    assert await cog.send_reminders() == 0
    assert len(outage.hits) == 2
    assert await cog.send_reminders() == 1, "the third tick posts it"
    assert await cog.send_reminders() == 0, "once through, never again"
    assert len(reminders(discord_double)) == 1
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.core.class_reminders"]
    assert any("try 1 of" in line and "next tick" in line for line in lines)
    assert not any(r.exc_info for r in caplog.records), "one line, no traceback"


@pytest.mark.timeout(20)
@pytest.mark.parametrize("nonce_forgotten", [False, True], ids=["next-tick", "nonce-forgotten"])
async def test_a_reminder_whose_answer_was_lost_is_not_posted_again_on_the_next_tick(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock, nonce_forgotten: bool
):
    """Discord posted it and the connection dropped before its answer came back: the next
    tick sends it again under the same enforced nonce, and Discord returns the message it has.
    (Was: a new nonce each try, so the class was reminded twice.) Minutes later Discord has
    forgotten the nonce: the retry finds the reminder in the channel and posts nothing."""
    cog = await assign_with_reminder(discord_double, bot)
    clock.current = REMINDER_TIME
    channel = discord_double.general
    dropped = discord_double.reset_next(f"POST /channels/{channel.id}/messages", served=True)
    assert await cog.send_reminders() == 0, "no answer: it counts as failed"
    assert len(dropped.hits) == 1 and len(reminders(discord_double)) == 1
    if nonce_forgotten:
        discord_double.expire_nonces()
    clock.current += dt.timedelta(minutes=3 if nonce_forgotten else 1)
    assert await cog.send_reminders() == 1, "the next tick gets it through"
    assert await cog.send_reminders() == 0
    assert len(reminders(discord_double)) == 1, "posted once"


@pytest.mark.timeout(20)
async def test_a_reminder_that_never_gets_through_is_given_up_after_its_tries(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock, caplog
):
    cog = await assign_with_reminder(discord_double, bot)
    clock.current = REMINDER_TIME
    channel = discord_double.general
    discord_double.fail_next(f"POST /channels/{channel.id}/messages", times=50, status=503)
    caplog.set_level(logging.WARNING)
    for _ in range(MAX_TRIES + 3):
        assert await cog.send_reminders() == 0
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.core.class_reminders"]
    assert len(lines) == MAX_TRIES, "tried MAX_TRIES times, then left alone"
    assert f"given up after {MAX_TRIES} tries" in lines[-1]


@pytest.mark.timeout(20)
async def test_a_reminder_given_up_is_told_to_the_moderator_who_set_the_work_once(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock
):
    """Was: only logged, so nobody learned that the class was never reminded."""
    cog = await assign_with_reminder(discord_double, bot)
    clock.current = REMINDER_TIME
    channel = discord_double.general
    discord_double.fail_next(f"POST /channels/{channel.id}/messages", times=50, status=503)
    for _ in range(MAX_TRIES + 3):
        await cog.send_reminders()
    (told,) = discord_double.dms_to(discord_double.moderator)  # once, after the last try
    assert "could not be posted after 5 tries" in told.text and "503" in told.text
    assert "students can still do it" in told.text
    assert told.allowed_mentions == {"parse": []}, "nobody pinged"
    assert reminders(discord_double) == []


async def missed_questions(double: DiscordDouble, services: Services) -> None:
    """The student misses a quiz's three questions: they come back for review."""
    await miss_everything(double, services)


@pytest.mark.timeout(30)
async def test_a_review_dm_that_fails_is_sent_on_a_later_tick_once(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock, caplog
):
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    on = await discord_double.slash("remind", {"time": "18:00", "timezone": "Europe/Berlin"})
    await on.response()
    await missed_questions(discord_double, services)
    clock.current = START.replace(hour=17)  # 18:00 in Berlin
    outage = discord_double.fail_next("/messages", times=2, status=503)
    caplog.set_level(logging.WARNING)
    assert await reminders.run_due() == []
    assert await reminders.run_due() == []
    assert len(outage.hits) == 2
    assert await reminders.run_due() == [discord_double.student.id], "the third tick sends it"
    assert await reminders.run_due() == [], "once through, not again that day"
    assert len(discord_double.dms_to(discord_double.student)) == 1
    assert not any(r.exc_info for r in caplog.records), "one line, no traceback"


@pytest.mark.timeout(30)
async def test_a_review_dm_whose_answer_was_lost_is_not_sent_again_on_the_next_tick(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
):
    """Discord sent it and the connection dropped before its answer came back: the next tick
    sends it again under the same enforced nonce (was: a new one, so the student got it
    twice)."""
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    on = await discord_double.slash("remind", {"time": "18:00", "timezone": "Europe/Berlin"})
    await on.response()
    await missed_questions(discord_double, services)
    clock.current = START.replace(hour=17)  # 18:00 in Berlin
    dropped = discord_double.reset_next("/messages", served=True)
    assert await reminders.run_due() == [], "no answer: it counts as failed"
    assert len(dropped.hits) == 1 and len(discord_double.dms_to(discord_double.student)) == 1
    assert await reminders.run_due() == [discord_double.student.id], "the next tick"
    assert len(discord_double.dms_to(discord_double.student)) == 1, "sent once"


@pytest.mark.timeout(30)
async def test_a_review_dm_that_never_gets_through_is_given_up_for_the_day(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock, caplog
):
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    on = await discord_double.slash("remind", {"time": "18:00", "timezone": "Europe/Berlin"})
    await on.response()
    await missed_questions(discord_double, services)
    clock.current = START.replace(hour=17)
    discord_double.fail_next("/messages", times=50, status=503)
    caplog.set_level(logging.WARNING)
    for _ in range(DM_TRIES + 3):
        assert await reminders.run_due() == []
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.core.reminders"]
    assert len(lines) == DM_TRIES, "tried DM_TRIES times, then left for the day"
    assert f"given up for today after {DM_TRIES} tries" in lines[-1]

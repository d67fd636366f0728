"""A question of the day deleted by a moderator before its answer is revealed: the reveal is
posted, and marking the deleted question's buttons (Discord's 404 Unknown Message) is one
warning line naming it, no traceback (was: nothing in the log, the failure swallowed)."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import run, scheduler
from tests.discord_double import DiscordDouble
from tests.faults.test_qotd_post_faults import questions_shown


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC))


@pytest.mark.timeout(20)
async def test_a_deleted_question_of_the_day_is_revealed_with_one_warning_line(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock, caplog
):
    once = {"what": "question", "time": "09:00", "repeat": "once", "date": "2026-01-05"}
    news = discord_double.news
    await run(discord_double, "schedule", {**once, "briefing": "mini", "channel": news})
    cog = scheduler(bot)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    assert len(questions_shown(discord_double)) == 1
    question = discord_double.bot_messages_in(news)[-1]
    await discord_double.delete(question)
    await discord_double.sync()
    caplog.set_level(logging.WARNING)
    clock.current = dt.datetime(2026, 1, 6, 9, 0, 30, tzinfo=dt.UTC)
    assert len((await cog.run_due(clock.now())).revealed) == 1, "revealed all the same"
    assert "Nobody answered this one." in discord_double.bot_messages_in(news)[-1].text
    assert not any(r.exc_info for r in caplog.records), "no traceback"
    (line,) = [r.getMessage() for r in caplog.records if "Unknown Message" in r.getMessage()]
    assert "question of the day" in line, line

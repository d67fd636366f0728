"""Two `/quiz mode:channel` in one channel at the same instant (a moderator's retry racing
the first, or two moderators): one quiz starts, the other is told a quiz is already running
there (was: each checked the channel, then saved its quiz, so both started and the channel
got two quizzes' questions)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally

QUIZ = {"briefing": "nk-troops-russia", "mode": "channel", "timer": 0, "count": 2}


@pytest.mark.timeout(30)
async def test_two_channel_quizzes_started_at_once_in_one_channel_start_one(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, caplog
):
    figures = tally("/quiz channel twice at the same instant in one channel")
    caplog.set_level(logging.WARNING)
    news, moderator = discord_double.news, discord_double.moderator
    sent = await asyncio.gather(
        *(discord_double.slash("quiz", QUIZ, user=moderator, channel=news) for _ in range(2))
    )
    replies = [(await s.message(timeout=10)).text for s in sent]
    figures.tried += 1
    assert len(services.study.group) == 1, "one quiz in the channel"
    assert sum("already running in this channel" in r for r in replies) == 1, replies
    questions = await discord_double.wait_for(
        lambda: [m for m in discord_double.bot_messages_in(news) if m.buttons], timeout=10
    )
    assert len(questions) == 1, "one first question posted"
    figures.survived += 1
    assert not any(r.exc_info for r in caplog.records), "no traceback"

"""Discord failing a reply with a 5xx past discord.py's retries (its waits made quick so that
all five tries fail within Discord's 3 s): one warning line, no traceback, and the user is
asked to try again (was: an ERROR with a traceback and "something went wrong on our side");
a click's answer was committed first, so the retry shows its verdict."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
import discord.webhook.async_
import pytest

from tests.discord_double import DiscordDouble
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    right_answer,
    shows_next,
    solo,
    start_button_question,
)


class QuickRetries:
    """discord.py's interaction replies, their 5xx retries made quick (1, 3, 5, 7 s waits
    shortened to 10 ms) so that all of them fail within Discord's 3 s."""

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)

    @staticmethod
    async def sleep(seconds: float) -> None:
        await asyncio.sleep(min(seconds, 0.01))


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discord.webhook.async_, "asyncio", QuickRetries())


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.exc_info]


@pytest.mark.timeout(30)
async def test_a_discord_503_on_a_command_reply_is_one_log_line_and_the_retry_works(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture, quick_retries
):
    caplog.set_level(logging.WARNING)
    fault = discord_double.fail_next("POST /interactions", times=5, status=503)
    command = await discord_double.slash("quiz", {"briefing": "nk-troops-russia", "count": 3})
    told = await command.message(timeout=10)
    assert len(fault.hits) == 5, "discord.py tried the reply five times"
    assert "Discord" in told.text and "try again" in told.text
    assert tracebacks(caplog) == [], "one line, no traceback"
    (line,) = [r.getMessage() for r in caplog.records]
    assert "/quiz" in line and "503" in line
    retried = await (
        await discord_double.slash("quiz", {"briefing": "nk-troops-russia", "count": 3})
    ).message()
    assert "Question 1/3" in retried.text


@pytest.mark.timeout(30)
async def test_a_discord_503_on_a_button_reply_is_one_log_line_and_the_retry_shows_the_verdict(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture, quick_retries
):
    pupil, message = await start_button_question(discord_double, services)
    session = solo(services, message)
    answer = right_answer(services, message)
    caplog.set_level(logging.WARNING)
    fault = discord_double.fail_next("POST /interactions", times=5, status=503)
    click = await answer_solo(discord_double, services, message, pupil, answer)
    told = await click.message(timeout=10)
    assert len(fault.hits) == 5
    assert "Discord" in told.text and "try again" in told.text
    assert await committed(services, session.session_id) == 1, "committed before the reply"
    assert tracebacks(caplog) == [], "one line, no traceback"
    (line,) = [r.getMessage() for r in caplog.records]
    assert "503" in line
    retry = await answer_solo(discord_double, services, message, pupil, answer)
    await retry.response(timeout=10)
    assert shows_next(message), "the retry shows the verdict with its Next button"

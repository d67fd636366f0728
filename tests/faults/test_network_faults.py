"""A network error on a reply (the connection to Discord reset before Discord took it, or
dropped after Discord took it and before its answer came back): one warning line, no
traceback, and the user asked to try again (was: a traceback and "something went wrong on
our side" per click, two when telling the user failed too); a click's answer was committed
first, so the retry shows its verdict."""

from __future__ import annotations

import logging

import aiohttp
import pytest

from bot.discord_bot.discord_down import is_discord_down
from bot.store.health import is_database_outage
from tests.discord_double import DiscordDouble
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    players,
    right_answer,
    shows_next,
    solo,
    start_solo,
)


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.exc_info]


def lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


async def button_question(discord_double: DiscordDouble, services):
    """A solo question answered with a button (the verdict is the click's only callback)."""
    for pupil in await players(discord_double, 20):  # /quiz allows 2 per 10 s per student
        message = await start_solo(discord_double, pupil)
        if right_answer(services, message)[0] is not None:
            return pupil, message
    raise AssertionError("no button question in 20 quizzes")


@pytest.mark.timeout(30)
@pytest.mark.parametrize("served", [False, True], ids=["reset", "answer_lost"])
async def test_a_network_error_on_a_button_reply_is_one_line_and_the_retry_shows_the_verdict(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture, served: bool
):
    pupil, message = await button_question(discord_double, services)
    session = solo(services, message)
    answer = right_answer(services, message)
    caplog.set_level(logging.WARNING)
    fault = discord_double.reset_next("POST /interactions", served=served)
    click = await answer_solo(discord_double, services, message, pupil, answer)
    told = await click.message(timeout=10)
    assert len(fault.hits) == 1
    if not served:  # Discord never had the verdict: the student is asked to try again
        assert "Discord" in told.text and "try again" in told.text
    assert await committed(services, session.session_id) == 1, "committed before the reply"
    assert tracebacks(caplog) == [], "no traceback"
    (line,) = lines(caplog)
    assert "network error" in line and "try again" in line
    if not served:
        retry = await answer_solo(discord_double, services, message, pupil, answer)
        await retry.response(timeout=10)
    assert shows_next(message), "the verdict with its Next button: Discord's, or the retry's"
    assert await committed(services, session.session_id) == 1, "the answer counts once"


@pytest.mark.timeout(30)
async def test_a_connection_reset_twice_on_a_command_reply_is_one_line_and_the_retry_works(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.WARNING)
    fault = discord_double.reset_next("POST /interactions", times=2)  # telling fails too
    command = await discord_double.slash("quiz", {"briefing": "nk-troops-russia", "count": 3})
    await discord_double.wait_for(lambda: len(fault.hits) == 2)
    await discord_double.sync()
    assert command.rejected or not command.followups
    assert tracebacks(caplog) == [], "no traceback"
    (line,) = lines(caplog)
    assert "/quiz" in line and "network error" in line
    retried = await (
        await discord_double.slash("quiz", {"briefing": "nk-troops-russia", "count": 3})
    ).message()
    assert "Question 1/3" in retried.text


async def test_a_reply_timing_out_is_discord_down_and_a_database_timeout_is_not(
    discord_double: DiscordDouble,
):
    """discord.py's requests time out after aiohttp's total timeout as a bare TimeoutError,
    which alone would read as a database outage ("the database is not answering")."""
    discord_double.slow_next("GET /users/@me", seconds=1.0)
    url = f"{discord_double.server.api_url}/users/@me"
    token = {"Authorization": f"Bot {discord_double.token}"}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.2)) as session:
        with pytest.raises(TimeoutError) as sending:
            await session.get(url, headers=token)
    assert is_discord_down(sending.value)

    async def query() -> None:
        raise TimeoutError("the database did not answer")

    with pytest.raises(TimeoutError) as querying:
        await query()
    assert not is_discord_down(querying.value)
    assert is_database_outage(querying.value)


async def test_a_reply_on_the_link_a_stop_just_closed_is_discord_down_and_no_bug(
    discord_double: DiscordDouble,
):
    """A stop closes discord.py's HTTP session while a reply is still being sent: that reply
    (and telling its user to try again) fails with aiohttp's "Session is closed", the stop's
    own fault, which is one line, not a traceback per click; the same words raised by our own
    code stay a bug."""
    session = aiohttp.ClientSession()
    await session.close()
    with pytest.raises(RuntimeError) as sending:
        await session.get(f"{discord_double.server.api_url}/users/@me")
    assert is_discord_down(sending.value)

    async def ours() -> None:
        raise RuntimeError("Session is closed")

    with pytest.raises(RuntimeError) as raising:
        await ours()
    assert not is_discord_down(raising.value)

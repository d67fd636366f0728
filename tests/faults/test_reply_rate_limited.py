"""Discord rate-limiting the bot's reply (429) past discord.py's own waits: each 429 is waited
out and tried again, but after five of them discord.py gives up with the 429 itself (a short
`Retry-After` keeps all five within Discord's 3 s). Was: read as a bug of ours, a traceback
and "Something went wrong on our side"; now it is Discord failing the reply like a 5xx: one
warning line, the student asked to try again, the answer committed first, so the retry shows
its verdict, counted once.

The reply must be the first response for its 429s to be the reply's: on a loaded machine the
click's work outlasted the 1.5 s deferral timer, so the deferral took the five 429s and the
verdict came after it, a first response within Discord's 3 s or not, depending on the load
(session 47: the first test failed 5 runs in 5 beside three busy loops). Where the test is of
the first response, the deferral timer and the double's 3 s window are taken off
(`no_clock_on_the_first_response`), so it checks what must hold at any speed; a reply held
past the 3 s is `test_expired_interactions.py`."""

from __future__ import annotations

import logging

import pytest

from bot.discord_bot import answer_in_time
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    committed,
    database,
    locked,
    right_answer,
    shows_next,
    solo,
    start_button_question,
)

RETRY_AFTER = 0.1
"""Seconds each 429 asks the bot to wait: five of them fit in Discord's 3 s."""


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.exc_info]


@pytest.fixture
def no_clock_on_the_first_response(
    discord_double: DiscordDouble, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reply is the first response however slow the machine: no deferral at 1.5 s (the
    timer moved past anything the test waits for) and the first response taken at any delay
    (speed is `benchmarks/`'; the 3 s under a 429 is `test_expired_interactions.py`)."""
    monkeypatch.setattr(answer_in_time, "DEFER_AFTER", 60.0)
    discord_double.server.ack_window = float("inf")


@pytest.mark.timeout(30)
@pytest.mark.usefixtures("no_clock_on_the_first_response")
async def test_a_click_whose_reply_stays_rate_limited_is_asked_to_retry_and_its_answer_kept(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    figures = tally("solo answer, reply answered 429 five times")
    pupil, message = await start_button_question(discord_double, services)
    session = solo(services, message)
    answer = right_answer(services, message)
    caplog.set_level(logging.WARNING, logger="briefbot")
    limited = discord_double.rate_limit_next("/callback", retry_after=RETRY_AFTER, times=5)
    click = await answer_solo(discord_double, services, message, pupil, answer)
    told = await click.message(timeout=10)
    figures.tried += 1
    assert len(limited.hits) == 5, "discord.py waited out each 429 and tried again"
    assert "Discord" in told.text and "try again" in told.text, told.text
    assert "went wrong" not in told.text
    assert tracebacks(caplog) == [], "one line, no traceback"
    lines = [r.getMessage() for r in caplog.records if r.name == "briefbot"]
    assert len(lines) == 1 and "429" in lines[0], lines
    assert await committed(services, session.session_id) == 1, "committed before the reply"

    retry = await answer_solo(discord_double, services, message, pupil, answer)
    await retry.response(timeout=10)
    assert shows_next(message), "the retry shows the verdict with its Next button"
    kept = await committed(services, session.session_id)
    assert kept == 1, "counted once"
    figures.survived += kept == 1


@pytest.mark.timeout(30)
async def test_a_deferred_click_whose_verdict_stays_rate_limited_is_asked_to_retry(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    """The commit slow (SQLite locked 2 s), so the click is deferred at 1.5 s; the verdict's
    edit after the deferral (a follow-up on the interaction's webhook) is answered 429 five
    times."""
    figures = tally("solo answer, deferred, its verdict answered 429 five times")
    pupil, message = await start_button_question(discord_double, services)
    session = solo(services, message)
    answer = right_answer(services, message)
    caplog.set_level(logging.WARNING, logger="briefbot")
    limited = discord_double.rate_limit_next("PATCH /webhooks/", retry_after=RETRY_AFTER, times=5)
    async with locked(database(services), 2.0):
        click = await answer_solo(discord_double, services, message, pupil, answer)
        await discord_double.wait_for(lambda: len(limited.hits) == 5 or None, timeout=10)
    told = await discord_double.wait_for(
        lambda: next((f for f in click.followups if "try again" in f.text), None), timeout=10
    )
    figures.tried += 1
    assert "Discord" in told.text, told.text
    assert tracebacks(caplog) == [], "one line, no traceback"
    assert discord_double.late_interactions() == []
    assert await committed(services, session.session_id) == 1, "committed before the reply"
    retry = await answer_solo(discord_double, services, message, pupil, answer)
    await retry.response(timeout=10)
    await discord_double.wait_for(lambda: shows_next(message) or None, timeout=10)
    kept = await committed(services, session.session_id)
    assert kept == 1, "counted once"
    figures.survived += kept == 1


@pytest.mark.timeout(30)
@pytest.mark.usefixtures("no_clock_on_the_first_response")
async def test_a_command_whose_reply_stays_rate_limited_is_asked_to_retry(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.WARNING, logger="briefbot")
    limited = discord_double.rate_limit_next("/callback", retry_after=RETRY_AFTER, times=5)
    command = await discord_double.slash("score")
    told = await command.message(timeout=10)
    assert len(limited.hits) == 5
    assert "Discord" in told.text and "try again" in told.text, told.text
    assert tracebacks(caplog) == [], "one line, no traceback"
    retried = await (await discord_double.slash("score")).message()
    assert "try again" not in retried.text


@pytest.mark.timeout(30)
@pytest.mark.usefixtures("no_clock_on_the_first_response")
async def test_a_click_refused_by_cloudflares_429_is_asked_to_retry_and_its_answer_kept(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    """Cloudflare's 429 in front of Discord (an address banned for a while after too many
    invalid requests: an HTML page, no `Via` header), which discord.py raises at once."""
    pupil, message = await start_button_question(discord_double, services)
    session = solo(services, message)
    answer = right_answer(services, message)
    caplog.set_level(logging.WARNING, logger="briefbot")
    banned = discord_double.rate_limit_next("/callback", retry_after=1.0, cloudflare=True)
    click = await answer_solo(discord_double, services, message, pupil, answer)
    told = await click.message(timeout=10)
    assert len(banned.hits) == 1, "discord.py did not wait it out"
    assert "Discord" in told.text and "try again" in told.text, told.text
    assert tracebacks(caplog) == [], "one line, no traceback"
    assert await committed(services, session.session_id) == 1, "committed before the reply"
    retry = await answer_solo(discord_double, services, message, pupil, answer)
    await retry.response(timeout=10)
    assert shows_next(message), "the retry shows the verdict with its Next button"
    assert await committed(services, session.session_id) == 1, "counted once"

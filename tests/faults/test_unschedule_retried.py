"""`/unschedule` given up at 10 s while its delete goes on (a slow disk), then retried by the
same moderator as asked: the retry says the schedule is removed. Was: "Schedule #1 was
already removed (another moderator may have just done it)", about the moderator's own first
try (faults-38's open item 3)."""

from __future__ import annotations

import pytest

from bot.app import Services
from bot.discord_bot import answer_in_time
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_given_up_retried import SCHEDULE, WHEN, SlowCommit, given_up
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("when", WHEN)
async def test_unschedule_given_up_at_its_delete_is_told_plainly_by_the_retry(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    when: str,
):
    figures = tally(f"/unschedule given up at its delete, retried ({when})")
    moderator, options = discord_double.moderator, {**SCHEDULE, "channel": discord_double.news}
    made = await (await discord_double.slash("schedule", options, user=moderator)).message(
        timeout=10
    )
    assert "Scheduled #1" in made.text, made.text
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    slow = SlowCommit(monkeypatch, services, services.store.schedules, "remove_schedule")
    first = await discord_double.slash("unschedule", {"number": 1}, user=moderator)
    await given_up(discord_double, first, slow)
    figures.tried += 1
    if when == WHEN[0]:
        await slow.land()
    retry = await discord_double.slash("unschedule", {"number": 1}, user=moderator)
    if when == WHEN[1]:
        await slow.land()
    shown = await retry.message(timeout=15)
    assert "Schedule #1 is removed" in shown.text, shown.text  # was: "another moderator"
    assert await services.store.schedules.list_schedules(discord_double.guild.id) == []
    again = await (await discord_double.slash("unschedule", {"number": 1}, user=moderator)).message(
        timeout=10
    )
    assert "already removed" in again.text, "a third time is told it was removed already"
    figures.survived += 1


@pytest.mark.timeout(60)
@pytest.mark.usefixtures("quick_retries")
async def test_unschedule_whose_reply_failed_is_told_plainly_by_the_retry(
    discord_double: DiscordDouble, bot, services: Services
):
    """Discord failing the /unschedule reply after the delete (a 5xx past discord.py's
    retries): the moderator's retry says the schedule is removed, not "another moderator"."""
    figures = tally("/unschedule, Discord 503 on its reply, retried")
    moderator, options = discord_double.moderator, {**SCHEDULE, "channel": discord_double.news}
    made = await (await discord_double.slash("schedule", options, user=moderator)).message(
        timeout=10
    )
    assert "Scheduled #1" in made.text, made.text
    fault = discord_double.fail_next("POST /interactions", times=5, status=503)
    first = await discord_double.slash("unschedule", {"number": 1}, user=moderator)
    told = await first.message(timeout=10)
    assert len(fault.hits) == 5 and "try again" in told.text
    figures.tried += 1
    retry = await discord_double.slash("unschedule", {"number": 1}, user=moderator)
    shown = await retry.message(timeout=10)
    assert "Schedule #1 is removed" in shown.text, shown.text  # was: "another moderator"
    figures.survived += 1

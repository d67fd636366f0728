"""A moderator's /assign whose reply Discord failed (a 5xx past discord.py's retries: the
work was committed, the moderator asked to try again) or never saw (the process killed
between the commit and the reply), then run again as it was: the work is set once, and the
retry shows that assignment (was: a second, identical assignment, announced and reminded
twice, the class seeing it twice in /assignments). And two identical /assign at the same
instant (a retry racing the first, or two moderators setting the same work): set once and
announced once; the other is told privately that it is the same work (was: the service
listed the server's work, then added it, so two at once both found none and both landed;
then both announced the one work to the class)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.cogs import classwork
from tests.discord_double import DiscordDouble
from tests.discord_double.state import InteractionRecord
from tests.faults.figures import tally
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)

START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
WORK = {
    "briefing": "nk-troops-russia",
    "due_date": "2026-03-10",
    "due_time": "12:00",
    "remind_minutes": 60,
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.mark.timeout(30)
@pytest.mark.usefixtures("quick_retries")
async def test_assign_run_again_after_its_reply_failed_sets_the_work_once(
    discord_double: DiscordDouble, bot, services: Services
):
    figures = tally("/assign, Discord 503 on its reply, run again")
    fault = discord_double.fail_next("POST /interactions", times=5, status=503)
    first = await discord_double.slash("assign", WORK, user=discord_double.moderator)
    told = await first.message(timeout=10)
    assert len(fault.hits) == 5 and "try again" in told.text
    figures.tried += 1
    again = await discord_double.slash("assign", WORK, user=discord_double.moderator)
    shown = await again.message(timeout=10)
    (work,) = await services.assignments.list_for_guild(discord_double.guild.id)
    figures.lost += work is None
    assert f"#{work.id}" in shown.text, "the retry shows the assignment set the first time"
    other = await discord_double.slash(
        "assign", {**WORK, "due_time": "13:00"}, user=discord_double.moderator
    )
    await other.message(timeout=10)
    found = await services.assignments.list_for_guild(discord_double.guild.id)
    assert len(found) == 2, "work due at another time is new work"
    figures.survived += 1


def hold_first_announcement(
    monkeypatch: pytest.MonkeyPatch, discord_double: DiscordDouble, others: int
) -> list[InteractionRecord]:
    """Hold the first /assign that goes on to announce (reading the server's language for
    it, as a loaded machine or a slow store would) until `others` other /assign have
    answered; returns the list to put every /assign sent in."""
    sent: list[InteractionRecord] = []
    read_language = classwork.server_language
    held: list[bool] = []

    async def slowly(*args: object) -> str:
        if not held:
            held.append(True)
            await discord_double.wait_for(answered(sent, others), timeout=10)
        return await read_language(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(classwork, "server_language", slowly)
    return sent


def answered(sent: list[InteractionRecord], count: int) -> Callable[[], bool]:
    def others_answered() -> bool:
        return sum(s.callback is not None for s in sent) >= count

    return others_answered


async def assert_announced_once(
    discord_double: DiscordDouble, services: Services, sent: list[InteractionRecord]
) -> None:
    """The work is set once, announced once to the class, the other /assign told privately
    that it is set already."""
    shown = [await s.message(timeout=10) for s in sent]
    found = await services.assignments.list_for_guild(discord_double.guild.id)
    assert len(found) == 1, "the same work at once is set once"
    assert all(f"#{found[0].number}" in s.text for s in shown), "each reply names that work"
    announced = [s for s in shown if not s.ephemeral]
    assert len(announced) == 1, f"announced to the class {len(announced)} times"
    assert "Start it with the button" in announced[0].text
    for told in (s for s in shown if s.ephemeral):  # was: announced again, publicly
        assert "already set" in told.text and not told.buttons
    public = discord_double.messages_in(discord_double.general)
    assert [m for m in public if f"#{found[0].number}" in m.text] == announced


@pytest.mark.timeout(30)
async def test_two_identical_assigns_at_the_same_instant_set_the_work_once(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    """The /assign that set the work is slow to announce it (here: its read of the
    server's language waits until the others answered): the others, finding the work set
    and its announcement not yet kept, must not announce it too (was: they did, ci-93)."""
    figures = tally("/assign twice at the same instant")
    sent = hold_first_announcement(monkeypatch, discord_double, others=2)
    moderator = discord_double.moderator
    sent += await asyncio.gather(
        *(discord_double.slash("assign", WORK, user=moderator) for _ in range(3))
    )
    figures.tried += 1
    await assert_announced_once(discord_double, services, sent)
    figures.survived += 1


@pytest.mark.timeout(30)
@pytest.mark.usefixtures("quick_retries")
async def test_two_retries_at_once_of_an_unannounced_assign_announce_it_once(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    """The first /assign's reply failed (the work set, never announced); the moderator,
    told to try again, sends it twice at once: one retry announces it, the other is told
    privately (was: both found it unannounced, and both announced it)."""
    figures = tally("/assign reply failed, two retries at once")
    fault = discord_double.fail_next("POST /interactions", times=5, status=503)
    first = await discord_double.slash("assign", WORK, user=discord_double.moderator)
    assert "try again" in (await first.message(timeout=10)).text and len(fault.hits) == 5
    sent = hold_first_announcement(monkeypatch, discord_double, others=1)
    moderator = discord_double.moderator
    sent += await asyncio.gather(
        *(discord_double.slash("assign", WORK, user=moderator) for _ in range(2))
    )
    figures.tried += 1
    await assert_announced_once(discord_double, services, sent)
    figures.survived += 1

"""`/briefing rollback` (back to the version published before the current one) given up at
10 s while its commit goes on (a slow disk), or whose reply Discord lost after it, then sent
again as its moderator was asked to: students get the version one step back, and the retry
says so.

Was: the retry went back from where the first had already gone, so the class got the version
two steps back, and the moderator was told that one was what they had asked for.
"""

from __future__ import annotations

import pytest

from bot.app import Services
from bot.discord_bot import answer_in_time
from tests.bot_fixtures import HARBOUR
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_given_up_retried import SlowCommit, given_up
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)

FAULTS = ["given-up-at-its-commit", "reply-lost-after-its-commit"]


async def three_published_versions(double: DiscordDouble) -> None:
    """`harbour` versions 1, 2 and 3, each published in turn (3 is what students get)."""
    mod = double.moderator
    for n in (1, 2, 3):
        text = HARBOUR.replace("title: Harbour reopens", f"title: Harbour reopens ({n})")
        upload = {"file": ("harbour.yaml", text.encode())}
        await (await double.slash("briefing upload", upload, user=mod)).message()
        published = await double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
        assert f"now get version {n}" in (await published.message()).text


async def published_version(services: Services, double: DiscordDouble) -> int | None:
    (record,) = await services.content.briefings(double.guild.id)
    return record.published_version


@pytest.mark.timeout(60)
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.usefixtures("quick_retries")
async def test_a_rollback_sent_again_after_a_fault_goes_back_one_version(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
):
    figures = tally(f"/briefing rollback {fault.replace('-', ' ')}, sent again")
    await three_published_versions(discord_double)
    mod = discord_double.moderator
    if fault == FAULTS[0]:
        monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
        slow = SlowCommit(monkeypatch, services, services.content.repository, "set_published")
        first = await discord_double.slash("briefing rollback", {"briefing": "harbour"}, user=mod)
        await given_up(discord_double, first, slow)
        await slow.land()
    else:
        lost = discord_double.fail_next("POST /interactions", times=5, status=503)
        first = await discord_double.slash("briefing rollback", {"briefing": "harbour"}, user=mod)
        told = await first.message(timeout=10)
        assert len(lost.hits) == 5 and "try again" in told.text, told.text
    assert await published_version(services, discord_double) == 2, "the first try landed"
    figures.tried += 1

    again = await discord_double.slash("briefing rollback", {"briefing": "harbour"}, user=mod)
    said = (await again.message(timeout=10)).text
    assert await published_version(services, discord_double) == 2, "one step back (was: 1)"
    assert "now get version 2" in said, said
    figures.survived += 1

    further = await discord_double.slash("briefing rollback", {"briefing": "harbour"}, user=mod)
    assert "now get version 1" in (await further.message(timeout=10)).text, "seen: a new step"
    assert await published_version(services, discord_double) == 1

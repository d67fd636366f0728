"""A moderator's "Yes, delete it" under `/briefing remove` clicked again, as they were asked
to, after its first click was given up at 10 s while the delete committed (a slow disk), or
after Discord failed its answer (the message still shows the button): the second click
deletes nothing more and says the briefing was removed, and the briefing's posts become a
notice once the first delete lands, retried or not.

Was: the button named the briefing by its id, looked up as a moderator's typed name is
(forgiving typos), so once `harbour` was gone the second click found the server's
`harbour-storm` instead and deleted it, unasked; and a first click given up at its delete
never withdrew the posts (what follows the delete stopped at the give-up).
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

STORM = HARBOUR.replace("id: harbour", "id: harbour-storm").replace(
    "title: Harbour reopens", "title: Harbour storm"
)
"""Another briefing of the server, its id close to the first one's."""


async def two_briefings_and_a_remove(double: DiscordDouble) -> object:
    mod = double.moderator
    for name, text in (("harbour.yaml", HARBOUR), ("storm.yaml", STORM)):
        upload = {"file": (name, text.encode())}
        assert (
            "no problems"
            in (await (await double.slash("briefing upload", upload, user=mod)).message()).text
        )
    published = await double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
    assert "now get version 1" in (await published.message(timeout=10)).text
    posted = await double.slash("post", {"briefing": "harbour", "channel": double.news}, user=mod)
    await posted.message(timeout=10)
    (post,) = double.bot_messages_in(double.news)
    assert post.buttons, "its post in the channel has Quiz me"
    asked = await double.slash("briefing remove", {"briefing": "harbour"}, user=mod)
    return await asked.message(timeout=10)


async def slugs(services: Services, double: DiscordDouble) -> list[str]:
    return [r.slug for r in await services.content.briefings(double.guild.id)]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("first", ["given-up-at-its-delete", "reply-lost-after-its-delete"])
@pytest.mark.usefixtures("quick_retries")
async def test_delete_confirmed_again_deletes_nothing_more(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    first: str,
):
    figures = tally(f"/briefing remove confirmed again ({first.replace('-', ' ')})")
    ask = await two_briefings_and_a_remove(discord_double)
    mod = discord_double.moderator
    if first == "given-up-at-its-delete":
        monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
        slow = SlowCommit(monkeypatch, services, services.content.repository, "remove")
        click = await discord_double.click(ask, label="Yes, delete it", user=mod)
        await given_up(discord_double, click, slow)
        await slow.land()
    else:  # Discord failed the click's answer: the message still shows the button
        lost = discord_double.fail_next("/interactions", times=5, status=503)
        await discord_double.click(ask, label="Yes, delete it", user=mod)
        await discord_double.wait_for(lambda: len(lost.hits) == 5 or None, timeout=10)
    assert await slugs(services, discord_double) == ["harbour-storm"], "harbour deleted"
    (post,) = discord_double.bot_messages_in(discord_double.news)
    await discord_double.wait_for(lambda: "was withdrawn" in post.text or None, timeout=10)
    assert post.buttons == [], "its post withdrawn once the delete landed"
    figures.tried += 1

    again = await discord_double.click(ask, label="Yes, delete it", user=mod)
    told = await again.message(timeout=10)
    assert await slugs(services, discord_double) == ["harbour-storm"], "(was: deleted too)"
    assert "That briefing was removed." in told.text, told.text
    assert "harbour-storm" not in told.text, told.text
    figures.survived += 1


@pytest.mark.timeout(60)
async def test_unpublish_given_up_at_its_commit_still_withdraws_the_posts(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
):
    """`/briefing unpublish` given up while its commit waits on the disk: once the commit
    lands, the briefing's posts become a notice, retried or not (was: what follows the commit
    stopped at the give-up, so the posts kept their Quiz me buttons, and a retry was only
    told "`harbour` is not published.")."""
    figures = tally("/briefing unpublish given up at its commit")
    await two_briefings_and_a_remove(discord_double)
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    slow = SlowCommit(monkeypatch, services, services.content.repository, "set_published")
    mod = discord_double.moderator
    hide = await discord_double.slash("briefing unpublish", {"briefing": "harbour"}, user=mod)
    await given_up(discord_double, hide, slow)
    figures.tried += 1
    await slow.land()
    (post,) = discord_double.bot_messages_in(discord_double.news)
    await discord_double.wait_for(lambda: "was withdrawn" in post.text or None, timeout=10)
    assert post.buttons == [], "its post withdrawn once the commit landed"
    figures.survived += 1

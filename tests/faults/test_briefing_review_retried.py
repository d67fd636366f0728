"""A moderator's Drop in the review of their own briefing (`/briefing show`) given up at 10 s
while its commit went on (a slow disk), or whose edit of the review message Discord lost after
the commit, then clicked again on the unchanged message as the moderator was asked to: one
question is dropped, the one shown.

Was: the review buttons named a question by its place only ("drop question 1"), so the Drop
retried after its first try landed dropped the question that had moved into that place too.
A Fix key form opened from a button under a question dropped since says so (the buttons now
carry the question's id; ids sent before still mean the question at their place).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.app import Services
from bot.discord_bot import answer_in_time
from tests.bot_fixtures import HARBOUR
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_given_up_retried import SlowCommit, given_up
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)

FAULTS = ["given-up-at-its-commit", "reply-lost-after-its-commit"]


async def review_of_harbour(double: DiscordDouble, *, published: bool = False) -> Any:
    """`harbour` uploaded by the moderator (and published), its review open at question 1."""
    mod = double.moderator
    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    await (await double.slash("briefing upload", upload, user=mod)).message()
    if published:
        publish = {"briefing": "harbour"}
        await (await double.slash("briefing publish", publish, user=mod)).message()
    shown = {"briefing": "harbour"}
    return await (await double.slash("briefing show", shown, user=mod)).message()


async def questions_of(services: Services, double: DiscordDouble) -> list[str]:
    shown = await services.content.show(double.guild.id, "harbour")
    return [q.id for q in shown.briefing.questions]


async def click_with_fault(
    double: DiscordDouble,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    review: Any,
    label: str,
    fault: str,
    write: str,
) -> None:
    """`label` clicked on `review` under `fault`: its commit lands, the moderator saw nothing
    of it but "try again" (given up) or an unchanged message (its reply lost)."""
    mod = double.moderator
    before = review.text
    if fault == FAULTS[0]:
        monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
        slow = SlowCommit(monkeypatch, services, services.content.repository, write)
        click = await double.click(review, label=label, user=mod)
        await given_up(double, click, slow)
        await slow.land()
    else:
        lost = double.fail_next("/interactions", times=5, status=503)
        click = await double.click(review, label=label, user=mod)
        await double.wait_for(lambda: len(lost.hits) == 5 or None, timeout=10)
        await asyncio.sleep(0.2)  # the handler ends after its last failed try
    assert review.text == before, "the moderator's message still shows the question"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.usefixtures("quick_retries")
async def test_drop_clicked_again_after_a_fault_drops_one_question(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
):
    figures = tally(f"a moderator's Drop {fault.replace('-', ' ')}, clicked again")
    figures.tried += 1
    review = await review_of_harbour(discord_double)
    first, second, *rest = await questions_of(services, discord_double)
    await click_with_fault(
        discord_double, services, monkeypatch, review, "Drop", fault, "replace_latest"
    )
    assert await questions_of(services, discord_double) == [second, *rest], "the drop landed"

    again = await discord_double.click(review, label="Drop", user=discord_double.moderator)
    await again.response(timeout=10)
    kept = await questions_of(services, discord_double)
    assert kept == [second, *rest], f"one question dropped, {first} (was: {second} too)"
    assert f"id {second}" in review.text, "the review goes on at the question after it"
    figures.survived += 1


@pytest.mark.timeout(60)
async def test_fix_key_under_a_question_dropped_since_says_it_is_gone(
    discord_double: DiscordDouble, bot, services: Services
):
    """Two review messages of one draft: Drop in one, then Fix key on that same question in
    the other changes no other question (was: the form fixed the key of the next one)."""
    mod = discord_double.moderator
    stale = await review_of_harbour(discord_double)
    review = await (
        await discord_double.slash("briefing show", {"briefing": "harbour"}, user=mod)
    ).message()
    before = await services.content.show(discord_double.guild.id, "harbour")
    await (await discord_double.click(review, label="Drop", user=mod)).response(timeout=10)
    told = await (await discord_double.click(stale, label="Fix key", user=mod)).message(timeout=10)
    assert "has no question" in told.text and "any more" in told.text, told.text
    after = await services.content.show(discord_double.guild.id, "harbour")
    assert after.briefing.questions == before.briefing.questions[1:], "nothing else changed"

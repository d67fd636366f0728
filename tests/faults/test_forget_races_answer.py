"""/forgetme confirmed while an answer click is on its way (its read of the server's accepted
answers slow, or a channel vote's commit): the answer must not be kept after the user's data
was deleted.

Was: the click, already holding the quiz, went on after the deletion and committed its
answer and review state (a channel vote: counted in memory, scored when the question
closed), so a user who had just been told "Deleted" had a record again. Now a solo click
finds its quiz ended and says so; a vote is not kept and the voter is asked to try again.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.app import Services
from bot.core.channel_quiz import VOTE_KIND
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import (
    answer_solo,
    question_message,
    solo,
    start_button_question,
    start_channel_quiz,
    vote,
    votes_kept,
)


def wrong_answer(services: Services, message: Any) -> tuple[str, str]:
    """A wrong option's button on the question shown (judging it reads accepted answers)."""
    qq = solo(services, message).current()
    wrong = next(i for i, k in enumerate(qq.keys) if k != qq.right_key)
    return message.buttons[wrong]["custom_id"], ""


async def forget_while_held(
    double: DiscordDouble, pupil: Any, click: Any, held: asyncio.Event, go_on: asyncio.Event
) -> Any:
    """Once the click is `held` mid-way, the pupil confirms /forgetme; then the click goes
    on. The message the click finally shows."""
    await asyncio.wait_for(held.wait(), 5)
    asked = await (await double.slash("forgetme", user=pupil)).message()
    confirm = await double.click(asked, label="Yes, delete it all", user=pupil)
    assert "Deleted" in (await confirm.message()).text
    go_on.set()
    return await click.message(timeout=10)


@pytest.mark.timeout(30)
async def test_forgetme_confirmed_during_an_answer_click_keeps_nothing_of_the_user(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("/forgetme confirmed while an answer click reads the database")
    pupil, message = await start_button_question(discord_double, services)
    overrides: Any = services.study.overrides
    real = overrides.get_override
    reading, go_on = asyncio.Event(), asyncio.Event()

    async def slow_read(*args: Any, **kwargs: Any) -> Any:
        reading.set()
        await go_on.wait()
        return await real(*args, **kwargs)

    monkeypatch.setattr(overrides, "get_override", slow_read)
    click = await answer_solo(
        discord_double, services, message, pupil, wrong_answer(services, message)
    )
    told = await forget_while_held(discord_double, pupil, click, reading, go_on)
    figures.tried += 1
    assert "ended" in told.text, "the click is told its quiz ended (no traceback)"
    await services.store.answers.writer.flush()
    kept = await services.store.personal_data.export_user(pupil.id)
    assert kept == [], "nothing of the user is kept after /forgetme"
    figures.survived += 1


@pytest.mark.timeout(30)
async def test_forgetme_confirmed_during_a_channel_vote_keeps_no_vote_of_the_user(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("/forgetme confirmed while a channel vote commits")
    session = await start_channel_quiz(discord_double, services)
    message = await question_message(discord_double, session)
    pupil = await discord_double.add_member("voter")
    sessions: Any = services.store.sessions
    real = sessions.save_session
    saving, go_on = asyncio.Event(), asyncio.Event()

    async def slow_vote_commit(*args: Any, **kwargs: Any) -> Any:
        if args[1] == VOTE_KIND:
            saving.set()
            await go_on.wait()
        return await real(*args, **kwargs)

    monkeypatch.setattr(sessions, "save_session", slow_vote_commit)
    click = await vote(discord_double, session, message, pupil)
    told = await forget_while_held(discord_double, pupil, click, saving, go_on)
    figures.tried += 1
    assert "try again" in told.text, "the vote is not registered (no traceback)"
    assert session.round is not None and pupil.id not in session.round.votes, "not counted"
    assert pupil.id not in await votes_kept(services, session), "no vote kept in the store"
    assert await services.store.personal_data.export_user(pupil.id) == []
    figures.survived += 1

"""/forgetme confirmed while an answer click is on its way (its read of the server's accepted
answers slow): the answer must not be saved after the user's data was deleted.

Was: the click, already holding the quiz, went on after the deletion and committed its
answer and review state, so a user who had just been told "Deleted" had a record again.
Now the click finds its quiz ended and says so, and nothing of theirs is kept.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.app import Services
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_commit_faults import answer_solo, solo, start_button_question


def wrong_answer(services: Services, message: Any) -> tuple[str, str]:
    """A wrong option's button on the question shown (judging it reads accepted answers)."""
    qq = solo(services, message).current()
    wrong = next(i for i, k in enumerate(qq.keys) if k != qq.right_key)
    return message.buttons[wrong]["custom_id"], ""


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
    await asyncio.wait_for(reading.wait(), 5)
    asked = await (await discord_double.slash("forgetme", user=pupil)).message()
    confirm = await discord_double.click(asked, label="Yes, delete it all", user=pupil)
    assert "Deleted" in (await confirm.message()).text
    go_on.set()
    figures.tried += 1
    told = await click.message(timeout=10)
    assert "ended" in told.text, "the click is told its quiz ended (no traceback)"
    await services.store.answers.writer.flush()
    kept = await services.store.personal_data.export_user(pupil.id)
    assert kept == [], "nothing of the user is kept after /forgetme"
    figures.survived += 1

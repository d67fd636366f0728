"""/forgetme confirmed while a question of the day answer is on its way (its read of the
server's accepted answers slow): the answer must not be kept after the student's data was
deleted (as `test_forget_races_answer.py` holds for solo answers and channel votes)."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.qotd import pick_question
from tests.discord.test_moderation import START, run, scheduler
from tests.discord_double import DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_forget_races_answer import forget_while_held


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.mark.timeout(30)
async def test_forgetme_confirmed_during_a_question_of_the_day_answer_keeps_nothing(
    discord_double: DiscordDouble,
    bot: Any,
    services: Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    figures = tally("/forgetme confirmed while a question of the day answer reads the database")
    double = discord_double
    await run(double, "settings", {"qotd_channel": double.news, "default_briefing": "mini"})
    await run(double, "schedule", {"what": "question", "time": "09:00"})
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)
    await scheduler(bot).run_due(clock.now())
    question = await double.wait_for_message(double.news, lambda m: "Question of the day" in m.text)
    qq = pick_question(services.library.get("mini"), dt.date(2026, 1, 5))
    right = question.buttons[qq.keys.index(qq.right_key)]["custom_id"]
    wrong = next(b["custom_id"] for b in question.buttons if b["custom_id"] != right)
    overrides: Any = services.question_reports
    real = overrides.get_override
    reading, go_on = asyncio.Event(), asyncio.Event()

    async def slow_read(*args: Any, **kwargs: Any) -> Any:
        reading.set()
        await go_on.wait()
        return await real(*args, **kwargs)

    monkeypatch.setattr(overrides, "get_override", slow_read)
    click = await double.click(question, wrong, user=double.student)
    told = await forget_while_held(double, double.student, click, reading, go_on)
    figures.tried += 1
    assert "try again" in told.text, "not registered, and the student is told (no traceback)"
    await services.store.answers.writer.flush()
    kept = await services.store.personal_data.export_user(double.student.id)
    assert kept == [], "nothing of the student is kept after /forgetme"
    monkeypatch.setattr(overrides, "get_override", real)
    again = await (await double.click(question, wrong, user=double.student)).response()
    assert "Answer registered" in again.text, "answering again works"
    figures.survived += 1

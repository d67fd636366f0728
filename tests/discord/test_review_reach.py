"""Review that reaches students: /review on one briefing or one section."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import FakeClock
from tests.discord.test_bot import session_of, solo_quiz
from tests.discord_double import CallbackType


async def miss_everything(double, services) -> None:
    message = await solo_quiz(double, {"count": 3})
    for number in range(1, 4):
        qq = session_of(services, message).current()
        if qq.question.kind == "short":
            shown = await (await double.click(message, label="Answer")).response()
            assert shown.type == CallbackType.MODAL
            await (await double.submit_modal(shown.custom_id, {"answer": "zzz"})).response()
        else:
            wrong = next(i for i, k in enumerate(qq.keys) if k != qq.right_key)
            await (await double.click(message, message.buttons[wrong]["custom_id"])).response()
        label = "See my score" if number == 3 else "Next question ▶"
        await (await double.click(message, label=label)).response()
    assert "You scored 0/3" in message.text


async def test_review_one_section_of_one_briefing(discord_double, bot, services):
    await miss_everything(discord_double, services)
    early = await (
        await discord_double.slash("review", {"briefing": "mini", "section": "reopening"})
    ).response()
    assert "2 questions come back" in early.message.text, "the section's two, not all three"
    services.study.clock = FakeClock(services.clock.now() + timedelta(minutes=30))
    review = await (
        await discord_double.slash("review", {"briefing": "mini", "section": "storm"})
    ).response()
    assert "Question 1/1" in review.message.text
    assert "For how many days was the harbour closed?" in review.message.text

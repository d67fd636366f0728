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
            # .message(): what the student sees, also when a slow or late reply was deferred
            await (await double.submit_modal(shown.custom_id, {"answer": "zzz"})).message()
        else:
            wrong = next(i for i, k in enumerate(qq.keys) if k != qq.right_key)
            await (await double.click(message, message.buttons[wrong]["custom_id"])).message()
        label = "See my score" if number == 3 else "Next question ▶"
        await (await double.click(message, label=label)).message()
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


async def test_an_opt_in_reminder_is_a_daily_dm_with_review_now(discord_double, settings):
    import datetime as dt

    from bot.app import build_services
    from bot.discord_bot.client import BriefBot

    clock = FakeClock(dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC))
    services = await build_services(settings, clock=clock)
    try:
        bot = await discord_double.start(BriefBot(services))
        reminders = bot.get_cog("Progress").reminders
        abbreviation = await (
            await discord_double.slash("remind", {"time": "18:00", "timezone": "CET"})
        ).response()
        assert "use Europe/Berlin" in abbreviation.message.text.replace("\\_", "_")
        on = await (
            await discord_double.slash("remind", {"time": "18:00", "timezone": "Europe/Berlin"})
        ).response()
        assert on.ephemeral and "18:00 (Europe/Berlin)" in on.message.text
        await miss_everything(discord_double, services)

        clock.current = dt.datetime(2026, 1, 5, 16, 59, tzinfo=dt.UTC)  # 17:59 in Berlin
        assert await reminders.run_due() == []
        clock.current = dt.datetime(2026, 1, 5, 17, 0, tzinfo=dt.UTC)
        assert await reminders.run_due() == [discord_double.student.id]
        (dm,) = discord_double.dms_to(discord_double.student)
        assert "3 questions are due for review" in dm.text
        clock.current = dt.datetime(2026, 1, 5, 21, 0, tzinfo=dt.UTC)
        assert await reminders.run_due() == [], "at most once a day"
        assert len(discord_double.dms_to(discord_double.student)) == 1

        review = await (await discord_double.click(dm, label="Review now")).response()
        assert "Question 1/3" in review.message.text

        off = await (await discord_double.slash("remind", {"off": True})).response()
        assert "Reminders are off." in off.message.text
        clock.current = dt.datetime(2026, 1, 6, 17, 0, tzinfo=dt.UTC)
        assert await reminders.run_due() == []
    finally:
        await services.close()


async def test_a_review_run_in_a_server_leaves_out_the_question_it_hid(
    discord_double, bot, services
):
    await miss_everything(discord_double, services)
    guild_id = discord_double.guild.id
    filed = await services.question_reports.report(
        guild_id=guild_id,
        user_id=discord_double.student.id,
        briefing_id="mini",
        question_id="q-days",
        reason="wrong_key",
    )
    assert filed.number is not None
    await services.question_reports.hide(guild_id, filed.number, discord_double.moderator.id)
    services.study.clock = FakeClock(services.clock.now() + timedelta(days=1))

    review = await (await discord_double.slash("review")).response()

    assert "Question 1/2" in review.message.text, "two of the three missed: the hidden one is out"
    assert "For how many days was the harbour closed?" not in review.message.text

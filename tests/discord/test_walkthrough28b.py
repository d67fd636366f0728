"""Walkthrough 28b: what walk-28 left. /forgetme confirmed by the starter of a channel quiz
while it runs, an old assignment's Start after /forgetme, and due times in each student's
own zone (Discord timestamps)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_walkthrough28 import START, my_data, play, said
from tests.discord_double import DiscordDouble, Message, User


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def vote(double: DiscordDouble, services: Services, question: Message, user: User) -> None:
    """`user` gives the open question's right answer (a choice, or typed)."""
    asked = next(iter(services.study.group.values())).current()
    if asked.question.kind == "short":
        box = next(b["custom_id"] for b in question.buttons if b["custom_id"].endswith("answer"))
        shown = await (await double.click(question, box, user=user)).response()
        typed = {"answer": asked.question.answer_text}
        await (await double.submit_modal(shown.custom_id, typed, user=user)).response()
        return
    index = asked.keys.index(asked.right_key)
    await (await double.click(question, question.buttons[index]["custom_id"], user=user)).response()


async def test_forgetme_by_a_channel_quizs_starter_keeps_nothing_of_them_and_the_quiz_goes_on(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double, sam = discord_double, discord_double.student
    options = {"briefing": "mini", "count": 3, "mode": "channel", "timer": 0}
    await (await double.slash("quiz", options)).response()  # sam starts it
    first = await double.wait_for_message(double.general, lambda m: "Question 1/3" in m.text)
    for user in (double.owner, sam):
        await vote(double, services, first, user)
    await (await double.click(first, label="Close question")).response()
    second = await double.wait_for_message(double.general, lambda m: "Question 2/3" in m.text)
    await vote(double, services, second, sam)

    ask = await (await double.slash("forgetme")).message()
    done = await (await double.click(ask, label="Yes, delete it all")).message()
    assert "Deleted" in done.text
    assert "goes on for the others" in done.text, "the starter is told what became of it"

    await vote(double, services, second, double.owner)
    refused = await (await double.click(second, label="Close question", user=sam)).message()
    assert "moderator" in refused.text, "nobody is its starter now"
    closer = double.moderator
    await (await double.click(second, label="Close question", user=closer)).response()
    await double.wait_for_message(double.general, lambda m: "Question 3/3" in m.text)

    assert await my_data(double, sam) == [], "nothing about sam written back by the next save"
    owners = await my_data(double, double.owner)
    assert sum(r["record"] == "answer" for r in owners) == 2, "the other player's answers stay"


async def test_an_assignment_left_open_before_forgetme_points_to_assignments_and_starts_again(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double, sam = discord_double, discord_double.student
    work = {"briefing": "mini", "due_date": "2026-03-13", "due_time": "16:00"}
    announced = await (await double.slash("assign", work, user=double.moderator)).message()
    mine = await (await double.click(announced, label="Start assignment #1", user=sam)).message()
    await play(double, services, mine, [True], user=sam)  # one of three, then stops
    ask = await (await double.slash("forgetme")).message()
    await (await double.click(ask, label="Yes, delete it all")).message()

    button = next(b["custom_id"] for b in mine.buttons if not b.get("disabled"))
    ended = await (await double.click(mine, button)).message()
    assert "/assignments" in ended.text and "/quiz" not in ended.text, ended.text
    listed = await (await double.slash("assignments")).message()
    assert "#1" in listed.text, "the work is still open for them"
    again = await (await double.click(listed, label="Start #1")).message()
    assert "Question 1/3" in again.text, "started again from its first question"


async def test_due_times_show_in_each_students_own_zone(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    double, sam = discord_double, discord_double.student
    work = {
        "briefing": "mini",
        "due_date": "2026-03-13",
        "due_time": "16:00",
        "timezone": "Europe/Berlin",
        "remind_minutes": 60,
    }
    due = dt.datetime(2026, 3, 13, 15, 0, tzinfo=dt.UTC)  # 16:00 in Berlin (CET)
    stamps = (f"<t:{int(due.timestamp())}:f>", f"<t:{int(due.timestamp())}:R>")

    def in_own_zone(text: str) -> bool:
        return all(s in text for s in stamps) and "Europe/Berlin" not in text

    announced = await (await double.slash("assign", work, user=double.moderator)).message()
    assert in_own_zone(announced.text), announced.text
    listed = await (await double.slash("assignments", user=sam)).message()
    assert in_own_zone(listed.text), listed.text
    assert in_own_zone(await said(double, "score", user=sam))
    report = await said(double, "report", user=double.moderator)
    assert in_own_zone(report), report

    clock.current = due - dt.timedelta(minutes=59)
    cog = bot.get_cog("Class")
    assert await cog.send_reminders() == 1  # type: ignore[union-attr]
    reminder = double.bot_messages_in(double.general)[-1]
    assert "Reminder: Assignment #1" in reminder.text and in_own_zone(reminder.text)

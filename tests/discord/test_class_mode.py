"""Class mode through the Discord double: a moderator sets work for a role, three students (one
late, one never), the report and its CSV, a question report and an accepted answer that counts."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs.classwork import ClassworkCog
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
DUE = dt.datetime(2026, 3, 14, 17, 0, tzinfo=dt.UTC)  # 18:00 in Berlin
PROMPTS = {
    "For how many days": "q-days",
    "Who said ships can dock again?": "q-who",
    "The harbour is in Port Elm.": "q-town",
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def settings(tmp_path: Path, content: Path) -> Settings:
    """The members intent on, so the report can list who never started."""
    return Settings(
        content_dir=content,
        database_url=f"sqlite+aiosqlite:///{tmp_path}/bot.sqlite3",
        members_intent=True,
    )


def _name(user) -> str:
    return user.global_name or user.username


def _question_id(message) -> str:
    return next(qid for prompt, qid in PROMPTS.items() if prompt in message.text)


async def answer(double: DiscordDouble, message, user, text: str):
    """Answer the question on `message` with a button or, for a typed answer, the modal."""
    labels = [b["label"] for b in message.buttons]
    choice = next((lab for lab in labels if lab == text or lab.endswith(f") {text}")), None)
    if choice is not None:
        return await double.click(message, label=choice, user=user)
    shown = await (await double.click(message, label="Answer", user=user)).response()
    return await double.submit_modal(shown.custom_id, {"answer": text}, user=user)


async def take(double: DiscordDouble, start_message, user, answers: dict[str, str], report=None):
    """Start the assignment from its button and answer every question; optionally report one."""
    message = await (
        await double.click(start_message, label="Start assignment #1", user=user)
    ).message()
    for _ in range(len(answers)):
        qid = _question_id(message)
        verdict = await (await answer(double, message, user, answers[qid])).message()
        if report and report[0] == qid:
            shown = await (
                await double.click(verdict, label="Report a problem", user=user)
            ).response()
            thanks = await double.submit_modal(shown.custom_id, report[1], user=user)
            assert "went to this server's moderators" in (await thanks.message()).text
        go_on = (
            "See my score"
            if _question_id(verdict) == qid
            and "See my score" in [b["label"] for b in verdict.buttons]
            else "Next question ▶"
        )
        message = await (await double.click(verdict, label=go_on, user=user)).message()
    return message


async def test_a_class_assignment_from_setting_to_report_and_a_fixed_question(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock
) -> None:
    double = discord_double
    role = await double.add_role("Class 7B")
    ana = await double.add_member("ana", roles=("Class 7B",))
    ben = await double.add_member("ben", roles=("Class 7B",))
    cal = await double.add_member("cal", roles=("Class 7B",))
    await double.wait_for(lambda: len(role_members(bot, double, role.id)) == 3)

    # the moderator sets the work for the role, due Saturday 18:00 Berlin time
    setting = await double.slash(
        "assign",
        {
            "briefing": "mini",
            "due_date": "2026-03-14",
            "due_time": "18:00",
            "role": role,
            "timezone": "Europe/Berlin",
            "count": 3,
        },
        user=double.moderator,
    )
    announcement = await setting.message()
    assert not announcement.ephemeral
    assert "3 questions for @Class 7B" in announcement.text
    stamp = int(DUE.timestamp())  # each student sees 18:00 Berlin in their own zone
    assert f"Due <t:{stamp}:f> (<t:{stamp}:R>)" in announcement.text
    assert announcement.allowed_mentions == {"parse": []}  # the role is named, never pinged

    # students see it in /assignments; someone without the role does not
    mine = await (await double.slash("assignments", user=ana)).message()
    assert "#1 A small test briefing: 3 questions" in mine.text
    score = await (await double.slash("score", user=ana)).message()
    assert "Open assignments" in score.text
    assert f"#1 A small test briefing, due <t:{stamp}:f>" in score.text
    outsider = await (await double.slash("assignments", user=double.student)).message()
    assert "Nothing is set for you" in outsider.text

    # Ana finishes on time, all right
    right = {"q-days": "3", "q-who": "Ada Quill", "q-town": "True"}
    end = await take(double, announcement, ana, right)
    assert "You scored 3/3" in end.text
    again = await double.click(announcement, label="Start assignment #1", user=ana)
    assert "finished this assignment already (3/3)" in (await again.message()).text

    # Ben finishes after the deadline, one right, and reports the question on who spoke
    clock.current = DUE + dt.timedelta(hours=2)
    wrong = {"q-days": "4", "q-who": "Ben Ostrow", "q-town": "True"}
    report = ("q-who", {"reason": ["wrong_key"], "comment": "The mayor said it too"})
    await take(double, announcement, ben, wrong, report=report)

    # Ben's data holds his attempt and his report
    mydata = await (await double.slash("mydata", user=ben)).message()
    (exported_data,) = mydata.files.values()
    kinds = {r["record"] for r in json.loads(gzip.decompress(exported_data))["records"]}
    assert {"submission", "question_report", "answer"} <= kinds

    # the report: who finished, late, never started; per question figures
    shown = await (await double.slash("report", {"assignment": 1}, user=double.moderator)).message()
    text = shown.text
    assert "1 finished, 1 late, 1 not started" in text
    assert f"{_name(ana)}: finished, 3/3" in text
    assert f"{_name(ben)}: late, 1/3" in text
    assert f"Not started (1): {_name(cal)}" in text
    assert "Q1. For how many days was the harbour closed?" in text
    assert "Answered by 2; 50% right" in text
    assert "Most chosen wrong answer: 4 (1)" in text
    assert "Most chosen wrong answer: Ben Ostrow (1)" in text
    # the harbour question: 2 of 2 right, too few answers to call it easy; the others, half
    # right, would be no flag with any number of answers, and say nothing
    assert "Only 2 answers so far: too few to call it too easy (5 needed)." in text
    assert "Flag:" not in text and text.count("too few") == 1

    exported = await double.slash(
        "report", {"assignment": 1, "export": "csv"}, user=double.moderator
    )
    (data,) = (await exported.message()).files.values()
    rows = list(csv.DictReader(io.StringIO(data.decode())))
    students = {r["display_name"]: (r["status"], r["right"], r["answered"]) for r in rows[:3]}
    assert students == {
        _name(ana): ("finished", "3", "3"),
        _name(ben): ("late", "1", "3"),
        _name(cal): ("not started", "0", "0"),
    }
    questions = {r["question_id"]: (r["answers"], r["share_right"], r["flag"]) for r in rows[3:]}
    assert questions == {
        "q-days": ("2", "0.50", ""),
        "q-who": ("2", "0.50", ""),
        "q-town": ("2", "1.00", ""),
    }

    # the moderator accepts Ben's answer and re-scores earlier answers
    queue = await (await double.slash("reported", user=double.moderator)).message()
    assert "Who said ships can dock again?" in queue.text
    assert "Their answer: Ben Ostrow" in queue.text
    assert "Comment: The mayor said it too" in queue.text
    opened = await (
        await double.click(queue, label="Accept an answer for #1", user=double.moderator)
    ).response()
    accepted = await double.submit_modal(
        opened.custom_id, {"answer": "Ben Ostrow", "rescore": ["yes"]}, user=double.moderator
    )
    assert "1 earlier answer re-scored" in (await accepted.message()).text
    after = await (await double.slash("report", {"assignment": 1}, user=double.moderator)).message()
    assert f"{_name(ben)}: late, 2/3" in after.text

    # from now on the alternative counts in a new quiz
    quiz = await (await double.slash("quiz", {"briefing": "mini", "count": 3}, user=cal)).message()
    for _ in range(3):
        qid = _question_id(quiz)
        verdict = await (await answer(double, quiz, cal, wrong[qid])).message()
        if qid == "q-who":
            assert "Right" in verdict.text
        label = (
            "See my score"
            if any(b["label"] == "See my score" for b in verdict.buttons)
            else "Next question ▶"
        )
        quiz = await (await double.click(verdict, label=label, user=cal)).message()


def role_members(bot: BriefBot, double: DiscordDouble, role_id: int) -> list[int]:
    guild = bot.get_guild(double.guild.id)
    role = guild.get_role(role_id) if guild else None
    return [m.id for m in role.members] if role else []


async def test_a_reminder_goes_out_once_students_cannot_read_reports_and_a_chart_is_a_png(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock
) -> None:
    double = discord_double
    setting = await double.slash(
        "assign",
        {
            "briefing": "mini",
            "due_date": "2026-03-10",
            "due_time": "12:00",
            "count": 2,
            "remind_minutes": 60,
        },
        user=double.moderator,
    )
    announcement = await setting.message()
    assert "2 questions for everyone" in announcement.text
    cog = bot.get_cog("Class")
    assert isinstance(cog, ClassworkCog)

    assert await cog.send_reminders() == 0  # 09:00: the reminder is due at 11:00
    clock.current = START + dt.timedelta(hours=2, minutes=1)
    assert await cog.send_reminders() == 1
    assert await cog.send_reminders() == 0  # once only
    reminder = double.bot_messages_in(double.general)[-1]
    noon = int(dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC).timestamp())
    assert reminder.text.startswith("Reminder: Assignment #1\n")
    assert f"Due <t:{noon}:f> (<t:{noon}:R>)" in reminder.text
    assert any(b["label"] == "Start assignment #1" for b in reminder.buttons)

    # students cannot read the class report or the report queue
    for name in ("report", "reported"):
        refused = await (await double.slash(name, user=double.student)).message()
        assert "Only moderators" in refused.text
    # a moderator naming work this server does not have gets a sentence
    missing = await (
        await double.slash("report", {"assignment": 9}, user=double.moderator)
    ).message()
    assert "This server has no assignment #9" in missing.text
    bad_zone = await (
        await double.slash(
            "assign",
            {
                "briefing": "mini",
                "due_date": "2026-03-20",
                "due_time": "9:00",
                "timezone": "Mars/Base",
            },
            user=double.moderator,
        )
    ).message()
    assert "not a time zone I know" in bad_zone.text

    # a student answers; the chart of results over time is a PNG
    start = await double.click(announcement, label="Start assignment #1", user=double.student)
    message = await start.message()
    await (
        await answer(
            double, message, double.student, "3" if "days" in message.text else "Ada Quill"
        )
    ).message()
    chart = await (
        await double.slash("report", {"export": "chart"}, user=double.moderator)
    ).message()
    (png,) = chart.files.values()
    assert png.startswith(b"\x89PNG")


async def test_a_long_class_report_pages_with_prev_and_next(
    discord_double: DiscordDouble, bot: BriefBot, services, clock: FakeClock
) -> None:
    double = discord_double
    announcement = await (
        await double.slash(
            "assign",
            {"briefing": "mini", "due_date": "2026-03-14", "due_time": "18:00", "count": 1},
            user=double.moderator,
        )
    ).message()
    assert "Assignment #1" in announcement.text
    work = await services.assignments.assignment(double.guild.id, 1)
    for user_id in range(10_000, 10_240):  # 240 students who started
        await services.store.assignments.start_submission(work, user_id, clock.now())

    # without the members intent, the report says how to list who never started
    services.settings = dataclasses.replace(services.settings, members_intent=False)
    first = await (await double.slash("report", {"assignment": 1}, user=double.moderator)).message()
    assert "240 started" in first.text and "not started" not in first.text
    assert "Server Members Intent" in first.text  # who never started needs the members intent
    assert "user 10000 (left the server): started" in first.text, "Discord: not a member"
    assert "user 10239" not in first.text
    page = first
    for _ in range(3):  # each student's line says how far they got: a few pages
        if "user 10239: started" in page.text:
            break
        page = await (
            await double.click(
                page,
                label=next(b["label"] for b in page.buttons if b["label"].startswith("Next")),
                user=double.moderator,
            )
        ).message()
    assert "user 10239: started" in page.text

"""Walkthrough 32: a study group's week, seen from its moderator's /report and /unassign.

The report once called a question "too easy" after a single right answer, wrote finish times
as "14 Mar 19:00 UTC" text where Discord shows each reader their own time, and answered a
withdrawn assignment's number with "This server has no assignment #1"."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.progress import AnswerRecord
from bot.discord_bot.client import BriefBot
from tests.bot_fixtures import HARBOUR
from tests.discord.test_class_mode import settings  # noqa: F401  (the members intent on)
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)  # a Monday morning
WORK = {"briefing": "mini", "due_date": "2026-11-27", "due_time": "18:00", "count": 1}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def _finish(services: Services, guild_id: int, user_id: int, *right: bool) -> None:
    """A student's attempt at assignment #1, each question answered (right or not in the
    assignment's order), then finished."""
    work = await services.assignments.assignment(guild_id, 1)
    session = work.session_id(user_id)
    now = services.clock.now()
    await services.store.assignments.start_submission(work, user_id, now)
    for question, good in zip(work.question_ids, right, strict=False):
        await services.store.answers.record_answer(
            AnswerRecord(user_id, guild_id, "mini", question, None, good, 3.0, now, session, "x")
        )
    await services.assignments.finish_session(session, guild_id)


async def test_a_question_is_called_easy_only_with_five_answers_and_finish_times_are_local(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    double = discord_double
    await run(double, "assign", WORK)
    students = [await double.add_member(name) for name in ("ana", "ben", "cal", "dia", "eve")]

    clock.current = START + dt.timedelta(hours=26)  # Ana finishes on Tuesday, 10:00 UTC
    await _finish(services, double.guild.id, students[0].id, True)
    early = await run(double, "report", {"assignment": 1})
    assert "Answered by 1; 100% right" in early.text, early.text
    assert "Only 1 answer so far: too few to call it too easy (5 needed)." in early.text
    assert "Flag:" not in early.text, "one right answer says nothing of the question"
    stamp = int(clock.current.timestamp())
    assert f"ana: finished, 1/1, <t:{stamp}:R>" in early.text, "each reader's own time"
    assert " UTC" not in early.text

    for student in students[1:]:
        await _finish(services, double.guild.id, student.id, True)
    later = await run(double, "report", {"assignment": 1})
    assert "Answered by 5; 100% right" in later.text, later.text
    assert "Flag: too easy" in later.text
    assert "too few" not in later.text


async def test_a_withdrawn_assignment_is_named_as_withdrawn_not_as_unknown(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock
) -> None:
    double = discord_double
    await run(double, "assign", WORK)
    clock.current = START + dt.timedelta(hours=3)
    done = await run(double, "unassign", {"number": 1})  # nobody began it: withdrawn at once
    assert "Assignment #1 is withdrawn." in done.text, done.text

    for command in ("report", "unassign"):
        gone = await run(double, command, {"assignment" if command == "report" else "number": 1})
        assert gone.ephemeral
        stamp = int(clock.current.timestamp())
        assert f"Assignment #1 was withdrawn <t:{stamp}:R>" in gone.text, gone.text
        assert "`/report briefing: mini`" in gone.text, "where its answers still show"
        assert "no assignment #1" not in gone.text
    never = await run(double, "report", {"assignment": 7})
    assert "This server has no assignment #7." in never.text, "a number never set says so"


async def test_a_french_moderator_reads_the_report_with_french_spacing(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """A colon in French takes a non-breaking space before it; the report's student lines
    were glued together in code ("ana: terminé"), outside the catalogue."""
    double = discord_double
    double.moderator.locale = "fr"
    await run(double, "assign", WORK)
    ana = await double.add_member("ana")
    await _finish(services, double.guild.id, ana.id, False)

    report = await run(double, "report", {"assignment": 1})
    stamp = int(clock.current.timestamp())
    assert f"ana\u00a0: terminé, 0/1, <t:{stamp}:R>" in report.text, report.text
    assert "Seulement 1 réponse pour l'instant\u00a0: trop peu pour la dire trop difficile" in (
        report.text
    )
    assert " :" not in report.text and "\\u00a0" not in report.text


async def test_the_report_names_the_questions_the_group_missed_most_at_its_top(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """A moderator planning Friday's lesson reads which questions to go over first, without
    paging through every question's figures."""
    double = discord_double
    await run(double, "assign", {**WORK, "count": 3})
    marks = [(True, False, True), (True, False, True), (True, True, True), (True, False, False)]
    for number, right in enumerate(marks):
        student = await double.add_member(f"student{number}")
        await _finish(services, double.guild.id, student.id, *right)

    report = await run(double, "report", {"assignment": 1})
    head = report.text.split("Q1.")[0]
    assert "Missed most: Q2 (1 of 4 right), Q3 (3 of 4 right)" in head, report.text
    assert "Q1 (" not in head, "a question everyone got right is not missed"


@pytest.mark.parametrize(
    ("locale", "listed", "version"),
    [
        ("en-US", "`harbour`: Harbour reopens (draft)", "v1: upload, "),
        ("fr", "`harbour`\u00a0: Harbour reopens (brouillon)", "v1\u00a0: envoi, "),
    ],
)
async def test_a_briefings_list_and_history_read_in_the_moderators_own_time_and_language(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock, locale, listed, version
) -> None:
    """/briefing history wrote each version's time as "2026-11-23 08:00 UTC" text, and both it
    and /briefing list glued "name: state" in code, without French's space before the colon."""
    double = discord_double
    double.moderator.locale = locale
    await run(double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})

    mine = await run(double, "briefing list")
    assert listed in mine.text, mine.text
    history = await run(double, "briefing history", {"briefing": "harbour"})
    assert f"{version}<t:{int(START.timestamp())}:R>" in history.text, history.text
    assert "UTC" not in history.text

"""Walkthrough 33: a club moderator's threads, late guesses and a fresh server.

A moderator who keeps a club's reading in a thread could not name it in /post (only text
channels were offered), and the invite's permissions lacked Send Messages in Threads, so a
schedule set from a thread was refused with no way out the invite showed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_moderation import posts_in, run
from tests.discord_double import DiscordDouble, Overwrite, Perm

README = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")
START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)  # a Monday morning


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_a_moderator_posts_a_briefing_into_a_thread(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double = discord_double
    thread = await double.add_thread("week 48 reading", double.news)

    done = await run(double, "post", {"briefing": "mini", "channel": thread})

    assert f"is in <#{thread.id}>" in done.text, done.text
    assert len(posts_in(double, thread)) == 1, "the post with its Quiz me button, in the thread"


async def test_with_the_invites_permissions_a_moderator_schedules_and_posts_in_a_thread(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """In a server whose @everyone may not post in threads, the bot's role holds exactly what
    the README's invite asks for: /schedule run in a thread and /post into one both work."""
    double = discord_double
    (invite,) = set(re.findall(r"permissions=(\d+)", README))
    everyone = double.guild.everyone
    threads = int(Perm.SEND_MESSAGES_IN_THREADS)
    await double.set_role_permissions(everyone.name, int(everyone.permissions) & ~threads)
    await double.set_role_permissions("briefbot", int(invite))
    thread = await double.add_thread("club reading", double.news)
    options = {"what": "briefing", "time": "10:00", "briefing": "mini"}

    itx = await double.slash("schedule", options, user=double.moderator, channel=thread)
    assert "I will post the briefing" in (await itx.message()).text
    done = await run(double, "post", {"briefing": "mini", "channel": thread})
    assert len(posts_in(double, thread)) == 1, done.text


async def test_a_schedule_set_in_a_thread_names_the_thread_permission_it_lacks(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double = discord_double
    closed = await double.add_channel(
        "club",
        overwrites=[Overwrite(double.bot_user.id, 1, deny=int(Perm.SEND_MESSAGES_IN_THREADS))],
    )
    thread = await double.add_thread("club reading", closed)
    options = {"what": "briefing", "time": "10:00", "briefing": "mini"}

    itx = await double.slash("schedule", options, user=double.moderator, channel=thread)
    refused = await itx.message()

    assert "Send Messages in Threads" in refused.text, refused.text
    assert f"<#{thread.id}>" in refused.text
    assert await services.store.schedules.list_schedules(double.guild.id) == []


WORK = {"briefing": "mini", "due_date": "2026-11-27", "due_time": "18:00", "count": 2}


async def test_a_student_who_stops_an_assignment_at_once_is_told_how_to_start_it_again(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """It said "Start again any time with /quiz", which starts another quiz, not the work."""
    double = discord_double
    announced = await run(double, "assign", WORK)
    ben = await double.add_member("ben")
    question = await (
        await double.click(announced, label="Start assignment #1", user=ben)
    ).message()

    stopped = await (await double.click(question, label="Stop", user=ben)).message()

    assert "Start it again with its Start button or /assignments" in stopped.text, stopped.text
    assert "/quiz" not in stopped.text
    again = await (await double.click(announced, label="Start assignment #1", user=ben)).message()
    assert "Question 1/2" in again.text, "the button starts it again, as the reply says"


async def test_withdrawing_the_work_says_what_students_see_and_report_says_what_is_left(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """The moderator withdrew the only assignment: "Withdrawn" said nothing of the
    announcement still in the channel, and /report then answered "Name an assignment or a
    briefing: this server has no assignments"."""
    double = discord_double
    announced = await run(double, "assign", WORK)
    ben = await double.add_member("ben")

    done = await run(double, "unassign", {"number": 1})

    assert "Assignment #1 is withdrawn." in done.text, done.text
    assert "announcement in the channel now says so" in done.text
    assert "was withdrawn" in announced.text, "what the reply promised students see"
    mine = await run(double, "assignments", user=ben)
    assert "#1" not in mine.text, mine.text
    report = await run(double, "report")
    assert "no assignment now (withdrawn ones leave /report)" in report.text, report.text
    assert "/assign" in report.text and "/report briefing" in report.text

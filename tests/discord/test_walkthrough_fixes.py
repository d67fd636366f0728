"""What a moderator's first hour and a student's week on the Discord double tripped over."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.core.progress import Schedule
from bot.core.schedule_runner import failure_notice
from bot.discord_bot.cogs.schedules import SchedulesCog
from tests.bot_fixtures import HARBOUR
from tests.discord.test_bot import solo_quiz


async def test_a_mistyped_quiz_does_not_use_up_the_students_cooldown(discord_double, bot):
    for typo in ("harbor", "mnii"):
        refused = await (await discord_double.slash("quiz", {"briefing": typo})).message()
        assert "No briefing matches" in refused.text
    started = await solo_quiz(discord_double)
    assert "Question 1/" in started.text
    await solo_quiz(discord_double)
    third = await (await discord_double.slash("quiz", {"briefing": "mini"})).message()
    assert "Slow down" in third.text, "two started quizzes still use the allowance up"


ARTICLE = (Path(__file__).parents[1] / "fixtures" / "seed_article.txt").read_bytes()
START = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_a_schedule_whose_channel_was_deleted_says_so_without_a_raw_id(
    discord_double, bot, services, clock
):
    temp = await discord_double.add_channel("temp")
    await (
        await discord_double.slash(
            "schedule",
            {"what": "briefing", "time": "08:05", "briefing": "mini", "channel": temp},
            user=discord_double.moderator,
        )
    ).message()
    await discord_double.dispatch(
        "CHANNEL_DELETE", {"id": str(temp.id), "guild_id": str(discord_double.guild.id), "type": 0}
    )
    clock.advance(6 * 60)
    cog = bot.get_cog("Schedules")
    assert isinstance(cog, SchedulesCog)
    await cog.run_due(clock.now())

    (notice,) = discord_double.dms_to(discord_double.moderator)
    listed = await (
        await discord_double.slash("schedules", user=discord_double.moderator)
    ).message()
    for text in (notice.text, listed.text):
        assert "its channel was deleted, or I can no longer see it" in text
        assert str(temp.id) not in text.replace(f"<#{temp.id}>", "")


def test_a_failure_reason_ending_in_a_full_stop_is_not_followed_by_a_second_one():
    schedule = Schedule(
        guild_id=1,
        channel_id=2,
        briefing_id="mini",
        what="briefing",
        recurrence="daily",
        at=dt.time(9, 0),
        timezone="UTC",
        id=3,
        failures=1,
        last_error="I cannot post in #news: I am missing the Send Messages permission there.",
    )
    body = failure_notice(schedule).pages[0].body
    assert "there. That is 1 failed post in a row." in body and ".." not in body


async def test_a_report_before_anyone_answered_shows_no_zero_percent(discord_double, bot):
    mod = discord_double.moderator
    await (
        await discord_double.slash(
            "assign", {"briefing": "mini", "due_date": "2026-03-12", "due_time": "17:00"}, user=mod
        )
    ).message()
    report = await (await discord_double.slash("report", user=mod)).message()
    assert "Nobody has answered it yet." in report.text
    assert "0% right" not in report.text, "no answers is not the same as all wrong"


async def test_the_fix_key_box_is_titled_with_the_question_cut_at_a_word(discord_double, bot):
    mod = discord_double.moderator
    long = HARBOUR.replace(
        "prompt: Who said ships can dock again?",
        "prompt: Which official of Port Elm, speaking at the harbour office after the storm, "
        "said that ships can dock again?",
    )
    await (
        await discord_double.slash(
            "briefing upload", {"file": ("harbour.yaml", long.encode())}, user=mod
        )
    ).message()
    review = await (
        await discord_double.slash("briefing show", {"briefing": "harbour"}, user=mod)
    ).message()
    while "Which official" not in review.text:
        await (await discord_double.click(review, label="Keep ▶", user=mod)).response()
    box = await (await discord_double.click(review, label="Fix key", user=mod)).response()
    title = box.data["title"]
    assert title == "Which official of Port Elm, speaking at the…"
    field, _why = [c for row in box.data["components"] for c in row["components"]]
    assert field["placeholder"].endswith("said that ships can…")


async def test_a_briefing_id_in_a_refusal_keeps_its_code_format(discord_double, bot):
    mod = discord_double.moderator
    await (
        await discord_double.slash(
            "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())}, user=mod
        )
    ).message()
    refused = await (
        await discord_double.slash("briefing unpublish", {"briefing": "harbour"}, user=mod)
    ).message()
    assert "`harbour` is not published" in refused.text, "no backslash before the backticks"
    typed = await (
        await discord_double.slash("quiz", {"briefing": "*harbor* @everyone"}, user=mod)
    ).message()
    assert "\\*harbor\\* @\u200beveryone" in typed.text, "what a user typed stays inert"


async def test_start_on_a_withdrawn_assignment_says_it_was_withdrawn(discord_double, bot):
    mod = discord_double.moderator
    await (
        await discord_double.slash(
            "assign", {"briefing": "mini", "due_date": "2026-03-12", "due_time": "17:00"}, user=mod
        )
    ).message()
    announcement = discord_double.bot_messages_in(discord_double.general)[-1]
    # the announcement could not be edited (the bot lost access): its button is still there
    discord_double.fail_next("PATCH /channels/", status=403)
    await (await discord_double.slash("unassign", {"number": 1}, user=mod)).message()
    click = await discord_double.click(
        announcement, label="Start assignment #1", user=discord_double.student
    )
    answer = await click.message()
    assert answer.ephemeral
    assert "This assignment was withdrawn" in answer.text and "/assignments" in answer.text


async def review_a_drafted_briefing(discord_double, mod, *, written: bool = False):
    """Draft the seed article (`written`: its TODO placeholders then written and the file
    uploaded again, as publishing asks), open its review and mark the first question checked:
    returns the briefing's id, how many questions the draft flagged to review, and the review."""
    drafted = await (
        await discord_double.slash(
            "briefing draft", {"article": ("article.txt", ARTICLE)}, user=mod
        )
    ).message()
    (slug,) = re.findall(r"/briefing show ([a-z0-9-]+)`", drafted.text)
    (flagged,) = re.findall(r"(\d+) questions? to review", drafted.text)
    if written:
        ((name, data),) = drafted.files.items()
        text = re.sub(r"TODO:[^'\"\n]*", "Written in our own words.", data.decode())
        upload = {"file": (name, text.encode())}
        await (await discord_double.slash("briefing upload", upload, user=mod)).message()
    review = await (
        await discord_double.slash("briefing show", {"briefing": slug}, user=mod)
    ).message()
    await (await discord_double.click(review, label="Mark checked", user=mod)).response()
    return slug, int(flagged), review


async def test_publishing_unchecked_drafted_questions_says_how_many(discord_double, bot):
    mod = discord_double.moderator
    slug, flagged, review = await review_a_drafted_briefing(discord_double, mod, written=True)
    await (await discord_double.click(review, label="Keep ▶", user=mod)).response()
    await (await discord_double.click(review, label="Publish", user=mod)).response()
    left = flagged - 1  # Keep moved on without checking the second one
    assert left >= 1
    are, them = ("question is", "it") if left == 1 else ("questions are", "them")
    note = f"{left} {are} still marked to review: students get {them} as drafted"
    assert note in review.text
    again = await (
        await discord_double.slash("briefing publish", {"briefing": slug}, user=mod)
    ).message()
    assert note in again.text and f"`/briefing show {slug}`" in again.text

    await (
        await discord_double.slash(
            "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())}, user=mod
        )
    ).message()
    checked = await (
        await discord_double.slash("briefing publish", {"briefing": "harbour"}, user=mod)
    ).message()
    assert "✅ Published" in checked.text and "marked to review" not in checked.text


async def test_a_utc_schedule_names_its_next_run_once(discord_double, bot):
    made = await (
        await discord_double.slash(
            "schedule",
            {"what": "question", "time": "09:00", "briefing": "mini"},
            user=discord_double.moderator,
        )
    ).message()
    assert "Next: Tue 10 Mar 2026 09:00 UTC, " in made.text and "(09:00 UTC)" not in made.text
    listed = await (
        await discord_double.slash("schedules", user=discord_double.moderator)
    ).message()
    assert "Next run: Tue 10 Mar 2026 09:00 UTC ·" in listed.text

"""Walkthrough 29: a club moderator's month. A one-off post planned weeks ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.bot_fixtures import HARBOUR
from tests.discord.test_moderation import posts_in, run, scheduler
from tests.discord_double import DiscordDouble, Overwrite, Perm

START = dt.datetime(2026, 3, 24, 9, 0, tzinfo=dt.UTC)  # the week Europe moves to summer time


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_a_one_off_planned_weeks_ahead_shows_its_run_and_posts_then(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock
) -> None:
    double = discord_double
    planned = {
        "what": "briefing",
        "time": "18:00",
        "timezone": "Europe/London",
        "repeat": "once",
        "date": "2026-04-20",  # four weeks ahead, for the club's meeting
        "briefing": "mini",
        "channel": double.news,
    }
    made = await run(double, "schedule", planned)
    assert "Next: Mon 20 Apr 2026 18:00 BST (17:00 UTC)" in made.text, made.text
    listed = await run(double, "schedules")
    assert "Next run: Mon 20 Apr 2026 18:00 BST (17:00 UTC)" in listed.text, listed.text
    assert "it has run" not in listed.text

    cog = scheduler(bot)
    for day in range(1, 28):  # the scheduler ticks through the weeks before
        clock.current = START + dt.timedelta(days=day)
        await cog.run_due(clock.now())
    assert posts_in(double, double.news) == []
    clock.current = dt.datetime(2026, 4, 20, 17, 0, 20, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    (post,) = posts_in(double, double.news)
    assert post.embeds[0]["title"] == "A small test briefing"


NO_QUOTES = (
    "The town council met on Tuesday to discuss the harbour budget. Members agreed to spend "
    "4.2 million euros on new pontoons in 2027, after a vote of 12 to 3. "
) * 20
"""A pasted article of some 3,000 characters with no quotation and nobody named."""


@pytest.mark.parametrize(
    ("locale", "says", "never"),
    [
        ("en-GB", "2 questions to review: keep, drop or fix each", "question(s)"),
        ("fr", "2 questions à relire : gardez, retirez ou corrigez chacune", "to review"),
    ],
)
async def test_a_drafts_checklist_speaks_the_moderators_language_with_real_plurals(
    discord_double: DiscordDouble, bot: BriefBot, locale: str, says: str, never: str
) -> None:
    double = discord_double
    double.moderator.locale = locale
    article = NO_QUOTES[:3000].encode()
    drafted = await run(double, "briefing draft", {"article": ("council.txt", article)})
    assert says in drafted.text, drafted.text
    assert never not in drafted.text, drafted.text
    placeholders = "écrivez-les avec vos propres mots" if locale == "fr" else "own words"
    assert placeholders in drafted.text


@pytest.mark.parametrize(
    ("locale", "listed", "refused"),
    [
        ("en-GB", "#1 harbour (no longer published): 3 questions", "Ask a moderator"),
        ("fr", "n° 1 harbour (plus publié)", "Demandez à un modérateur"),
    ],
)
async def test_work_on_a_briefing_unpublished_since_says_so_to_students_and_the_moderator(
    discord_double: DiscordDouble, bot: BriefBot, locale: str, listed: str, refused: str
) -> None:
    double = discord_double
    double.student.locale = locale
    await run(double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})
    await run(double, "briefing publish", {"briefing": "harbour"})
    work = {"briefing": "harbour", "due_date": "2026-03-30", "due_time": "18:00"}
    announced = await run(double, "assign", work)
    hidden = await run(double, "briefing unpublish", {"briefing": "harbour"})
    assert "Assignment #1 is set on it: students cannot start it" in hidden.text, hidden.text

    open_work = await run(double, "assignments", user=double.student)
    assert listed in open_work.text, open_work.text
    assert "harbour~" not in open_work.text, "never the id the bot serves it under"
    click = await double.click(announced, announced.buttons[0]["custom_id"], user=double.student)
    told = await click.message()
    assert told.ephemeral and refused in told.text and "`harbour`" in told.text, told.text
    assert "There is no briefing" not in told.text
    report = await run(double, "report")
    assert "Assignment #1: harbour (no longer published)" in report.text, report.text


async def test_a_reminder_in_a_channel_the_bot_cannot_post_to_is_refused_before_the_work_is_set(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    locked = await double.add_channel(
        "homework", overwrites=[Overwrite(double.bot_user.id, 1, deny=int(Perm.SEND_MESSAGES))]
    )
    work = {"briefing": "mini", "due_date": "2026-03-24", "due_time": "18:00"}
    asked = await double.slash(
        "assign", {**work, "remind_minutes": 60}, user=double.moderator, channel=locked
    )
    refused = await asked.message()
    assert refused.ephemeral and "missing the Send Messages" in refused.text, refused.text
    assert "without remind_minutes" in refused.text.replace("\\_", "_")
    assert "Nothing is set for you" in (await run(double, "assignments", user=double.student)).text

    plain = await double.slash("assign", work, user=double.moderator, channel=locked)
    assert "Assignment #" in (await plain.message()).text, "without a reminder it is set"

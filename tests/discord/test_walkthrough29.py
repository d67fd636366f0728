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
        ("fr", "2 questions à relire\u00a0: gardez, retirez ou corrigez chacune", "to review"),
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
        ("en-GB", "#1 Harbour reopens (no longer published): 3 questions", "Ask a moderator"),
        ("fr", "n° 1 Harbour reopens (plus publié)", "Demandez à un modérateur"),
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
    assert "Assignment #1: Harbour reopens (no longer published)" in report.text, report.text
    assert "For how many days was the harbour closed?" in report.text, report.text
    assert "q-days" not in report.text, "the prompts it was set with, not their ids"


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


async def test_the_unpublish_note_numbers_assignments_as_the_french_catalogue_does(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    double.moderator.locale = "fr"
    await run(double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})
    await run(double, "briefing publish", {"briefing": "harbour"})
    work = {"briefing": "harbour", "due_date": "2026-03-30", "due_time": "18:00"}
    await run(double, "assign", work)
    hidden = await run(double, "briefing unpublish", {"briefing": "harbour"})
    assert "Le devoir n° 1 porte sur ce dossier" in hidden.text, hidden.text
    assert "#1" not in hidden.text


@pytest.mark.parametrize(
    ("locale", "hint", "told"),
    [
        (
            "en-GB",
            "4,000 characters at most: attach a longer article as a file",
            "save it as a .txt",
        ),
        (
            "fr",
            "4\u202f000 caractères au plus\xa0: joignez un article plus long en fichier",
            "fichier .txt",
        ),
    ],
)
async def test_the_paste_box_says_its_limit_and_a_full_box_says_to_attach_the_file(
    discord_double: DiscordDouble, bot: BriefBot, locale: str, hint: str, told: str
) -> None:
    double = discord_double
    double.moderator.locale = locale
    box = await (await double.slash("briefing draft", user=double.moderator)).response()
    fields = {c["custom_id"]: c for row in box.data["components"] for c in row["components"]}
    assert fields["article"].get("placeholder") == hint, fields["article"]

    short = {"title": "Council votes on the harbour", "article": NO_QUOTES[:3000]}
    drafted = await (await double.submit_modal(box.custom_id, short)).message()
    assert "filled the box" not in drafted.text and "rempli" not in drafted.text

    again = await (await double.slash("briefing draft", user=double.moderator)).response()
    full = {"title": "Council votes on the harbour", "article": (NO_QUOTES * 2)[:4000]}
    cut = await (await double.submit_modal(again.custom_id, full)).message()
    draft = "/dossier brouillon" if locale == "fr" else "/briefing draft"  # as Discord names it
    assert told in cut.text and draft in cut.text, cut.text


@pytest.mark.parametrize(
    ("locale", "says"),
    [
        ("en-GB", "03:30 CEST (01:30 UTC; 02:30 does not exist that day, the clocks go forward)"),
        ("fr", "03:30 CEST (01:30 UTC\xa0; 02:30 n'existe pas ce jour-là, les horloges avancent)"),
    ],
)
async def test_a_weekly_post_in_the_spring_forward_gap_says_why_it_shows_another_hour(
    discord_double: DiscordDouble, bot: BriefBot, locale: str, says: str
) -> None:
    double = discord_double
    double.moderator.locale = locale
    early = {
        "what": "briefing",
        "time": "02:30",
        "timezone": "Europe/Berlin",
        "repeat": "weekly",
        "weekday": "sunday",
        "briefing": "mini",
        "channel": double.news,
    }
    made = await run(double, "schedule", early)
    assert says in made.text, made.text
    listed = await run(double, "schedules")
    assert says in listed.text, listed.text

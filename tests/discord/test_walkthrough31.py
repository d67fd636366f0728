"""Walkthrough 31: a club moderator's term. A briefing uploaded and not yet published is
named as such by the moderator's commands, with how to publish it, never as "no briefing
matches" (which sent a moderator to /briefings, where a draft never shows)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.bot_fixtures import HARBOUR
from tests.discord.test_bot import answer_right, solo_quiz
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble

NOT_FOUND = "No briefing matches"
START = dt.datetime(2026, 11, 25, 21, 30, tzinfo=dt.UTC)  # a Wednesday evening


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("report", {"briefing": "harbour"}),
        ("report", {"briefing": "harbour", "export": "chart"}),
        ("post", {"briefing": "harbour"}),
        ("assign", {"briefing": "harbour", "due_date": "2026-12-30", "due_time": "18:00"}),
        ("schedule", {"what": "briefing", "time": "08:00", "briefing": "Harbour reopens"}),
    ],
)
async def test_a_moderator_naming_an_unpublished_briefing_is_told_how_to_publish_it(
    discord_double: DiscordDouble, bot: BriefBot, command: str, options: dict
) -> None:
    double = discord_double
    await run(double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})
    if command == "post":
        options = {**options, "channel": double.news}

    refused = await run(double, command, options)

    assert refused.ephemeral and "`harbour` is not published" in refused.text, refused.text
    assert "`/briefing publish harbour`" in refused.text
    assert NOT_FOUND not in refused.text
    await run(double, "briefing publish", {"briefing": "harbour"})
    done = await run(double, command, options)
    assert "is not published" not in done.text and NOT_FOUND not in done.text, done.text


async def test_the_unpublished_note_speaks_french_with_the_french_command_names(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    double.moderator.locale = "fr"
    await run(double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})
    refused = await run(double, "report", {"briefing": "harbour"})
    assert "`harbour` n'est pas publié" in refused.text, refused.text
    assert "`/dossier publier harbour`" in refused.text


async def test_a_typo_another_name_or_another_servers_draft_is_still_no_match(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """Only the server's own unpublished briefing, by its exact id or title, is named."""
    double = discord_double
    docks = HARBOUR.replace("id: harbour", "id: docks").encode()
    await services.content.upload(999, "docks.yaml", docks)  # another server's draft
    await run(double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})
    for name in ("lighthouse", "docks"):
        refused = await run(double, "report", {"briefing": name})
        assert NOT_FOUND in refused.text and "not published" not in refused.text, refused.text
    asked = await run(double, "quiz", {"briefing": "harbour"}, user=double.student)
    assert "not published" not in asked.text, "students never learn of a server's drafts"


async def test_the_week_board_says_when_it_starts_again_in_each_readers_own_time(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """The week is cut at Monday 00:00 UTC whatever the server's zone (there is no server
    zone): the board says so, and the Discord timestamp shows each reader that moment in
    their own time (Sunday 19:00 in New York)."""
    double = discord_double
    monday = int(dt.datetime(2026, 11, 30, tzinfo=dt.UTC).timestamp())
    empty = await run(double, "leaderboard", {"period": "week"}, user=double.student)
    assert "The week runs Monday to Sunday in UTC" in empty.text, empty.text
    assert f"the next one starts <t:{monday}:f>" in empty.text
    all_time = await run(double, "leaderboard", user=double.student)
    assert "The week runs" not in all_time.text


async def test_a_server_score_says_where_answers_given_in_direct_messages_count(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """Answers belong to where they were given: a review in the reminder's DM never moves a
    server's accuracy, leaderboard or report (another server's moderators would see it too).
    The server's /score says so once the student has answered outside it."""
    double = discord_double
    here = await solo_quiz(double, {"count": 1})
    await (await answer_right(double, services, here)).response()
    alone = await run(double, "score", user=double.student)
    assert "Right answers: 1/1" in alone.text and "counts this server only" not in alone.text

    dm = double.dm_channel(double.student)
    asked = await double.slash("quiz", {"briefing": "mini", "count": 1}, channel=dm)
    in_dm = (await asked.response()).message
    await (await answer_right(double, services, in_dm)).response()

    server = await run(double, "score", user=double.student)
    assert "Right answers: 1/1" in server.text, "the DM answer is not this server's"
    assert "“Right answers” counts this server only" in server.text, server.text
    assert "/score everywhere:True" in server.text
    everywhere = await run(double, "score", {"everywhere": True}, user=double.student)
    assert "Right answers: 2/2" in everywhere.text, everywhere.text
    assert "counts this server only" not in everywhere.text


async def test_a_moderator_asking_more_questions_than_fit_is_told_privately(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """`count: 20, difficulty: hard` on a briefing with one hard question once set one
    question with nothing said but the announcement's "1 question"."""
    double = discord_double
    work = {"briefing": "mini", "due_date": "2026-12-30", "due_time": "18:00"}
    asked = await double.slash(
        "assign", {**work, "count": 20, "difficulty": "hard"}, user=double.moderator
    )
    announced = await asked.message()
    assert not announced.ephemeral and "1 question for everyone" in announced.text
    told = await double.wait_for(lambda: double.followups(asked))
    assert told[0].ephemeral, "only the moderator is told"
    assert "Assignment #1 has 1 question, not the 20 you asked for" in told[0].text

    plain = await double.slash("assign", work, user=double.moderator)
    assert "3 questions for everyone" in (await plain.message()).text
    assert double.followups(plain) == [], "the default count is no request to report on"


async def test_withdrawing_work_students_began_asks_first_and_keeps_it_until_confirmed(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """`/unassign number:1` typed for #2 once deleted the class's attempts at once."""
    double = discord_double
    work = {"briefing": "mini", "due_date": "2026-12-30", "due_time": "18:00"}
    announced = await run(double, "assign", work)
    start = await double.click(announced, announced.buttons[0]["custom_id"], user=double.student)
    assert "Question 1/3" in (await start.message()).text

    asked = await run(double, "unassign", {"number": 1})
    assert asked.ephemeral and "1 student started assignment #1 (0 finished it)" in asked.text
    assert [b["label"] for b in asked.buttons] == ["Yes, withdraw it"]
    still = await run(double, "report", {"assignment": 1})
    assert "Assignment #1: A small test briefing" in still.text, "nothing goes before the click"

    done = await (await double.click(asked, label="Yes, withdraw it")).message()
    assert "Assignment #1 is withdrawn." in done.text, done.text
    gone = await run(double, "report", {"assignment": 1})
    assert "Assignment #1 was withdrawn" in gone.text, "not as work never set (walk 32)"


async def test_a_french_moderator_reads_real_plurals_and_the_french_command_names(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """The report once read "1 réponse(s) sur 3, 1 juste(s)", and the upload's reply sent a
    French moderator to `/briefing show`, a name their Discord does not show."""
    double = discord_double
    double.moderator.locale = "fr"
    work = {"briefing": "mini", "due_date": "2026-12-30", "due_time": "18:00"}
    announced = await run(double, "assign", work)
    start = await double.click(announced, announced.buttons[0]["custom_id"], user=double.student)
    await (await answer_right(double, services, await start.message(), double.student)).message()

    report = await run(double, "report")
    assert "commencé, 1 réponse sur 3, 1 juste" in report.text, report.text
    assert "(s)" not in report.text
    stored = await run(double, "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())})
    assert "`/dossier voir harbour`, puis `/dossier publier harbour`" in stored.text, stored.text
    assert "/briefing" not in stored.text


async def test_a_due_time_already_past_names_the_zone_and_the_time_it_is_there(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """Once only "That due time has already passed", which left a moderator in New York who
    meant this evening's 18:00 guessing (without `timezone` it is 18:00 UTC)."""
    double = discord_double
    work = {"briefing": "mini", "due_date": "2026-11-25", "due_time": "16:00"}
    refused = await run(double, "assign", {**work, "timezone": "America/New_York"})
    assert refused.ephemeral, refused.text
    assert (
        "2026-11-25 16:00 has already passed in America/New_York (it is 2026-11-25 16:30 there)"
        in refused.text.replace("\\_", "_")
    ), refused.text


@pytest.mark.parametrize(
    ("command", "option", "name", "fix"),
    [
        ("briefing upload", "file", "big.yaml", "Split it into two briefings, or shorten it"),
        ("briefing draft", "article", "big.txt", "Attach the article's text alone"),
    ],
)
async def test_a_file_over_its_limit_is_told_what_to_do(
    discord_double: DiscordDouble, bot: BriefBot, command: str, option: str, name: str, fix: str
) -> None:
    """A 2 MB briefing once got only "“big.yaml” is 2,048 KiB; the most accepted is 512 KiB."."""
    double = discord_double
    two_mb = HARBOUR.encode() + b"#" * (2 * 1024 * 1024 - len(HARBOUR))
    refused = await run(double, command, {option: (name, two_mb)})
    assert refused.ephemeral and "the most accepted is" in refused.text, refused.text
    assert fix in refused.text
    listed = await run(double, "briefing list")
    assert "no briefings of its own yet" in listed.text, "nothing stored"

"""Walk 43: a moderator builds a course from Discord, a student studies it.

A course could only be a file in `content/courses/` on the bot's host, which no moderator
reaches ("Whoever runs the bot can add one"). A moderator now builds one with `/course`,
and it is that server's alone."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from bot.app import Services, build_services
from bot.discord_bot.client import BriefBot
from tests.bot_fixtures import HARBOUR
from tests.discord.test_walk40 import answered_through
from tests.discord_double import DiscordDouble
from tests.discord_double.isolation import cross_server_leaks

pytestmark = pytest.mark.usefixtures("bot")


@pytest.fixture
async def discord_double() -> AsyncIterator[DiscordDouble]:
    """The double with a second server, whose #lounge the seed server's student is in too."""
    async with DiscordDouble(second_guild=True) as double:
        yield double


async def told(double: DiscordDouble, command: str, options: dict[str, object]) -> str:
    """A moderator's `/course ...` reply, checked to be theirs alone."""
    reply = await (await double.slash(command, options, user=double.moderator)).message()
    assert reply.ephemeral, reply.text
    return reply.text


async def test_a_moderator_builds_a_course_a_student_studies_it_and_sees_progress(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """The whole path: create, add (autocompleted), move; a student lists it, quizzes on
    its first step, and /courses shows how far they are, to them alone; the second server
    sees none of it, and a restart keeps it."""
    double = discord_double
    created = await told(
        double,
        "course create",
        {"title": "Spring term @everyone", "description": "One briefing a week <@&1>"},
    )
    assert "✅ Course created" in created and "`spring-term`" in created, created
    assert "@everyone" not in created and "<@&" not in created, created

    typed = {"course": "spr", "briefing": "small"}
    courses = await double.autocomplete("course add", typed, focused="course")
    assert [c["value"] for c in courses] == ["spring-term"], courses
    briefings = await double.autocomplete("course add", typed, focused="briefing")
    assert {"name": "A small test briefing", "value": "mini"} in briefings, briefings

    added = await told(double, "course add", {"course": "spring-term", "briefing": "mini"})
    assert "“A small test briefing” is now step 1 of “Spring term”" in added, added
    first = {"course": "Spring term", "briefing": "nk-troops-russia", "position": 1}
    added = await told(double, "course add", first)
    assert "Its steps now: 1. North Korean troops in Russia" in added, added
    picking = {"course": "spring-term", "step": "", "to": 1}
    steps = await double.autocomplete("course move", picking, focused="step")
    assert [c["name"] for c in steps] == [
        "1. North Korean troops in Russia, and why Beijing is uneasy",
        "2. A small test briefing",
    ], steps
    moved = await told(double, "course move", {**picking, "step": steps[1]["value"]})
    assert "“A small test briefing” is now step 1" in moved, moved
    again = await told(double, "course move", {**picking, "step": steps[1]["value"]})
    assert "Its steps now: 1. A small test briefing; 2. North Korean" in again, "sent twice"

    listed = await (await double.slash("courses")).message()
    assert not listed.ephemeral, "nothing of the student's to keep to them yet"
    assert (
        "**Spring term** (spring-term)\nOne briefing a week\n1. A small test briefing (mini)\n"
        in (listed.text)
    ), listed.text
    assert (
        "2. North Korean troops in Russia, and why Beijing is uneasy (nk-troops-russia)"
        in listed.text
    ), listed.text
    assert "You have answered" not in listed.text, listed.text

    quiz = await (await double.slash("quiz", {"briefing": "mini", "count": 2})).message()
    await answered_through(double, services, quiz)
    mine = await (await double.slash("courses")).message()
    assert mine.ephemeral, "a student's progress is shown to them alone"
    assert "✓" not in mine.text, "no check mark beside '1 of 2 right': it read as 'correct'"
    assert "1. A small test briefing (mini) · 1 of 2 right" in mine.text, mine.text
    assert "You have answered questions of 1 of its 2 briefings." in mine.text, mine.text
    shared = await (await double.slash("courses", {"private": False})).message()
    assert not shared.ephemeral and not shows_progress(shared.text), shared.text
    assert "1. A small test briefing (mini)" in shared.text, shared.text

    dm = await (await double.slash("courses", channel=double.dm_channel(double.student))).message()
    assert "Spring term" not in dm.text and "No courses yet" in dm.text, dm.text
    elsewhere = await (await double.slash("courses", channel=double.second.lounge)).message()
    assert "Spring term" not in elsewhere.text, elsewhere.text
    assert "No courses yet. A moderator makes one with /course create" in elsewhere.text
    theirs = await double.autocomplete(
        "course add",
        {"course": "", "briefing": ""},
        focused="course",
        user=double.second.moderator,
        channel=double.second.lounge,
    )
    assert theirs == [], theirs
    refused = await (
        await double.slash(
            "course add",
            {"course": "spring-term", "briefing": "mini"},
            user=double.second.moderator,
            channel=double.second.lounge,
        )
    ).message()
    assert "no courses of its own yet" in refused.text, refused.text
    secrets = {double.guild.id: ["Spring term", "spring-term", "One briefing a week"]}
    assert cross_server_leaks(double.state, secrets) == []

    await double.stop(bot)
    restarted = await build_services(services.settings)
    try:
        await double.start(BriefBot(restarted))
        again = await (await double.slash("courses")).message()
        assert "1. A small test briefing (mini) · 1 of 2 right" in again.text, again.text
        assert "2. North Korean troops in Russia" in again.text, again.text
    finally:
        await restarted.close()


async def test_a_step_whose_briefing_is_removed_reads_no_longer_available(
    discord_double: DiscordDouble,
) -> None:
    """A server's own briefing, published and made a step, then removed with /briefing
    remove: the step keeps its place and reads "Harbour reopens (no longer available)", as
    a bundled course's step does, never the key it was served under (`harbour~1`)."""
    double, mod = discord_double, discord_double.moderator
    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    await (await double.slash("briefing upload", upload, user=mod)).message()
    await (await double.slash("briefing publish", {"briefing": "harbour"}, user=mod)).message()
    await told(double, "course create", {"title": "Harbour unit"})
    typed = {"course": "harbour-unit", "briefing": "harb"}
    offered = await double.autocomplete("course add", typed, focused="briefing")
    assert [c["name"] for c in offered] == ["Harbour reopens"], offered
    picked = {"course": "harbour-unit", "briefing": offered[0]["value"]}
    added = await told(double, "course add", picked)
    assert "“Harbour reopens” is now step 1" in added, added
    await told(double, "course add", {"course": "harbour-unit", "briefing": "mini"})
    listed = (await (await double.slash("courses")).message()).text
    assert "1. Harbour reopens (harbour)" in listed, listed

    asked = await (
        await double.slash("briefing remove", {"briefing": "harbour"}, user=mod)
    ).message()
    await (await double.click(asked, label="Yes, delete it", user=mod)).message()
    listed = (await (await double.slash("courses")).message()).text
    assert "1. Harbour reopens (no longer available)" in listed, listed
    assert "~" not in listed, listed
    assert "2. A small test briefing (mini)" in listed, listed

    second = {"course": "harbour-unit", "step": "mini"}
    removed = await told(double, "course remove", second)
    assert "“A small test briefing” is no longer a step of “Harbour unit”" in removed, removed
    retried = await told(double, "course remove", second)
    assert "“mini” is not a step of “Harbour unit”; its steps are: 1. Harbour reopens." in retried
    listed = (await (await double.slash("courses")).message()).text
    assert "1. Harbour reopens (no longer available)" in listed, "a retry takes out no other step"


async def test_odd_input_to_course_commands_gets_a_polite_answer(
    discord_double: DiscordDouble,
) -> None:
    """Every slip a moderator makes is answered with what to do, nothing changes, and the
    delete asks first; a student cannot build courses."""
    double, mod = discord_double, discord_double.moderator
    nothing = await told(double, "course add", {"course": "term", "briefing": "mini"})
    assert "This server has no courses of its own yet: make one with /course create" in nothing
    only_pings = await told(double, "course create", {"title": "@everyone <@123>"})
    assert "Give the course a title in words" in only_pings, only_pings
    long_title = await told(double, "course create", {"title": "Term " * 30})
    assert "The title is 149 characters long; 100 at most, please." in long_title, long_title
    await told(double, "course create", {"title": "Term"})
    empty = (await (await double.slash("courses")).message()).text
    assert "**Term** (term)\nNo briefings yet: a moderator adds them with /course add." in empty
    retried = await told(double, "course create", {"title": "Term"})
    assert "✅ Course created" in retried, "the same create sent again after a lost reply"
    again = await told(double, "course create", {"title": "term!"})
    assert "This server has a course `term` already (“Term”)" in again, again
    unknown = await told(double, "course add", {"course": "winter", "briefing": "mini"})
    assert "This server has no course “winter”: its courses are `term`." in unknown, unknown
    pinging = await told(double, "course add", {"course": "**x** @everyone", "briefing": "mini"})
    assert "This server has no course “" in pinging and "@everyone" not in pinging, pinging
    assert "“\\*\\*x\\*\\* @\u200beveryone”" in pinging, "its markdown and mention inert"
    no_steps = await told(double, "course move", {"course": "term", "step": "1", "to": 2})
    assert "“Term” has no steps yet: add a briefing with /course add." in no_steps, no_steps
    await told(double, "course add", {"course": "term", "briefing": "mini"})
    twice = await told(double, "course add", {"course": "term", "briefing": "mini"})
    assert "“A small test briefing” is step 1 of “Term” already." in twice, twice
    no_such = await told(double, "course add", {"course": "term", "briefing": "zzz"})
    assert "No briefing matches “zzz”. Try /briefings to see them all." in no_such, no_such
    draft = {"file": ("harbour.yaml", HARBOUR.encode())}
    await (await double.slash("briefing upload", draft, user=mod)).message()
    unpublished = await told(double, "course add", {"course": "term", "briefing": "harbour"})
    assert "`harbour` is not published" in unpublished, unpublished
    past = await told(double, "course remove", {"course": "term", "step": "3"})
    assert "“Term” has steps 1 to 1: there is no step 3." in past, past

    student = await (await double.slash("course create", {"title": "Mine"})).message()
    assert "✅" not in student.text, student.text

    asked = await (await double.slash("course delete", {"course": "term"}, user=mod)).message()
    assert "“Term” and its one step will be deleted" in asked.text, asked.text
    asked_again = await (
        await double.slash("course delete", {"course": "term"}, user=mod)
    ).message()
    assert "**Term** (term)" in (await (await double.slash("courses")).message()).text
    done = await (await double.click(asked, label="Yes, delete it", user=mod)).message()
    assert "“Term” is deleted; students no longer see it in /courses" in done.text, done.text
    listed = (await (await double.slash("courses")).message()).text
    assert "Term" not in listed and "No courses yet" in listed, listed
    twice = await (await double.click(asked_again, label="Yes, delete it", user=mod)).message()
    assert "That course was deleted already: nothing more was deleted." in twice.text, twice.text


async def test_report_finds_a_removed_bundled_briefing_by_its_title_as_a_present_one(
    discord_double: DiscordDouble, services: Services
) -> None:
    """Walk 42's leftover: `/report briefing:` found a bundled briefing whose file was removed
    by its exact id only (`mini`); its title, or words of it, as a moderator types for any
    present briefing, read "No briefing matches “A small test briefing”". They now find it;
    a name that was never a briefing is still refused."""
    double, mod = discord_double, discord_double.moderator
    quiz = await (await double.slash("quiz", {"briefing": "mini", "count": 2})).message()
    await answered_through(double, services, quiz)
    (services.settings.content_dir / "mini.yaml").unlink()
    await (await double.slash("reload", user=mod)).told()

    for typed in ("A small test briefing", "a small TEST briefing ", "small test", "smal briefing"):
        report = await (await double.slash("report", {"briefing": typed}, user=mod)).message()
        assert "Briefing: A small test briefing (no longer available)" in report.text, (
            typed,
            report.text,
        )
    never = await (await double.slash("report", {"briefing": "zzz"}, user=mod)).message()
    assert "No briefing matches “zzz”" in never.text, never.text
    present = await (await double.slash("report", {"briefing": "north korean"}, user=mod)).message()
    assert "North Korean troops in Russia" in present.text, present.text


async def test_the_next_page_of_courses_shows_the_students_progress_too(
    discord_double: DiscordDouble, services: Services
) -> None:
    """A server with many courses lists them over several pages; Next shows page 2 with the
    student's progress as page 1 has it, and a classmate's Next on a shared list gets that
    page privately, without anyone's progress."""
    double = discord_double
    mini = services.library.get("mini")
    about = "A week of reading, then a quiz on it. " * 7
    for n in range(16):
        await services.courses.create(double.guild.id, f"Unit {n + 1}", about)
        await services.courses.add(double.guild.id, f"unit-{n + 1}", mini)
    quiz = await (await double.slash("quiz", {"briefing": "mini", "count": 2})).message()
    await answered_through(double, services, quiz)

    mine = await (await double.slash("courses")).message()
    assert mine.ephemeral and "(1/2)" in mine.text, mine.text
    second = await (await double.click(mine, mine.buttons[-1]["custom_id"])).message()
    assert "(2/2)" in second.text and "Unit 16" in second.text, second.text
    assert "1. A small test briefing (mini) · 1 of 2 right" in second.text, second.text

    shared = await (await double.slash("courses", {"private": False})).message()
    assert not shared.ephemeral and not shows_progress(shared.text), shared.text
    next_page = shared.buttons[-1]["custom_id"]
    theirs = await (await double.click(shared, next_page, user=double.moderator)).message()
    assert theirs.ephemeral and "Unit 16" in theirs.text, theirs.text
    assert not shows_progress(theirs.text), theirs.text


def shows_progress(text: str) -> bool:
    """Whether a /courses reply shows someone's progress ("· 1 of 2 right" after a step)."""
    return re.search(r"· \d+ of \d+ right", text) is not None

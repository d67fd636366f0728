"""Walk 36: what the last walks left, and what a student's and a moderator's walk found.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from tests.bot_fixtures import HARBOUR
from tests.discord.test_bot import answer_right
from tests.discord.test_moderation import run
from tests.discord.test_two_servers import discord_double, two_servers
from tests.discord.test_withdrawn_announcements import _published_harbour
from tests.discord_double import DiscordDouble

__all__ = ["discord_double"]  # two servers, one bot: the fixture of test_two_servers


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC))


async def test_each_server_numbers_its_own_question_reports_from_one(
    discord_double: DiscordDouble, bot, services: Services
):
    """A report's number was its global row id: server B's first report could be #3 after
    server A's two, telling B how many reports others had. B's student is now thanked for
    report #1, B's moderators see #1 and settle it with #1, and A's reports stay open."""
    double = discord_double
    a_reports = services.question_reports
    for user in (double.student, double.owner):  # server A had two reports first
        await a_reports.report(
            guild_id=double.guild.id,
            user_id=user.id,
            briefing_id="mini",
            question_id="q-days",
            reason="typo",
        )
    b, b_student, b_mod = double.second, double.second.student, double.second.moderator

    started = await double.slash("quiz", {"briefing": "mini"}, user=b_student, channel=b.lounge)
    quiz = (await started.response()).message
    verdict = await (await answer_right(double, services, quiz, user=b_student)).message()
    shown = await (await double.click(verdict, label="Report a problem", user=b_student)).response()
    filed = await double.submit_modal(shown.custom_id, {"reason": ["unclear"]}, user=b_student)
    assert "Your report #1 (" in (await filed.message()).text

    queue = await (await double.slash("reported", {}, user=b_mod, channel=b.lounge)).message()
    assert "#1 " in queue.text and "#3" not in queue.text, queue.text
    dismissed = await double.click(queue, label="Dismiss #1", user=b_mod)
    assert "Report #1 dismissed." in (await dismissed.message()).text
    assert len(await a_reports.repo.open_reports(double.guild.id)) == 2, "A's untouched"


async def test_unassign_and_report_offer_the_servers_own_work_by_name(
    discord_double: DiscordDouble, bot
):
    """/unassign had no autocomplete: a moderator had to remember the number from /report.
    They now pick the work by its number, title and due time, and type words of the title to
    narrow it; another server's work and a student's typing get nothing."""
    double = discord_double
    a_mod, b, b_mod = double.moderator, double.second, double.second.moderator
    work = {"briefing": "mini", "due_date": "2026-12-14", "due_time": "18:00"}
    for day in ("2026-12-14", "2026-12-15"):  # server A's work
        await (await double.slash("assign", {**work, "due_date": day}, user=a_mod)).message()
    in_b = {**work, "timezone": "Europe/Berlin"}
    await (await double.slash("assign", in_b, user=b_mod, channel=b.lounge)).message()

    offered = await double.autocomplete(
        "unassign", {"number": ""}, focused="number", user=b_mod, channel=b.lounge
    )
    title = "#1 A small test briefing, due 2026-12-14 18:00 (Europe/Berlin)"
    assert offered == [{"name": title, "value": 1}], "B's own work, never A's two"
    for typed in ("small test", "#1"):
        narrowed = await double.autocomplete(
            "unassign", {"number": typed}, focused="number", user=b_mod, channel=b.lounge
        )
        assert [c["value"] for c in narrowed] == [1], typed
    none = await double.autocomplete(
        "unassign", {"number": "harbour"}, focused="number", user=b_mod, channel=b.lounge
    )
    assert none == []
    in_a = await double.autocomplete("report", {"assignment": ""}, focused="assignment", user=a_mod)
    assert [c["value"] for c in in_a] == [1, 2]
    student = await double.autocomplete(
        "unassign", {"number": ""}, focused="number", user=double.student
    )
    assert student == [], "students learn nothing about the work set"


@pytest.mark.parametrize(
    ("command", "options", "said"),
    [
        ("quiz", {"briefing": "   "}, "“briefing” option is empty. Type a briefing's name"),
        ("brief", {"briefing": "mini", "section": "\u200b "}, "“section” option is empty"),
        ("remind", {"time": "09:00", "timezone": "  "}, "like Europe/Berlin"),
        ("glossary", {"briefing": "mini", "term": " "}, "“term” option is empty"),
    ],
)
async def test_a_blank_text_option_is_answered_with_what_to_type(
    discord_double: DiscordDouble, bot, services: Services, command, options, said
):
    """`/quiz briefing:"   "` answered "Several briefings are loaded: name one", even in a
    server with a default briefing, and a blank section or term was looked up as a name made
    of spaces ('has no section like "   "'). A blank option now names itself and what to type
    in it, and nothing starts."""
    double = discord_double
    await double.slash("settings", {"default_briefing": "mini"}, user=double.moderator)
    reply = await (await double.slash(command, options, user=double.student)).told()
    assert reply.ephemeral and said in reply.text, reply.text
    assert "Or leave the option out." in reply.text, "each of these may be left out"
    assert not services.study.solo, "no quiz started on a default the student did not choose"


async def test_a_blank_required_option_says_what_to_type_without_offering_to_leave_it_out(
    discord_double: DiscordDouble, bot, services: Services
):
    """/assign due_date:"  " said '“” is not a date', and sections:"  " silently set every
    section. Each now says what the option wants; a required one is not offered as optional."""
    double = discord_double
    work = {"briefing": "mini", "due_date": "  ", "due_time": "18:00"}
    due = await (await double.slash("assign", work, user=double.moderator)).told()
    assert "The “due\\_date” option is empty. Type a date as year-month-day" in due.text, due.text
    assert "leave the option out" not in due.text
    some = {**work, "due_date": "2026-12-14", "sections": "  "}
    sections = await (await double.slash("assign", some, user=double.moderator)).told()
    assert "“sections” option is empty" in sections.text
    assert await services.store.assignments.list_assignments(double.guild.id) == []


async def test_an_old_post_of_a_withdrawn_briefing_names_it_and_says_what_to_do(
    discord_double: DiscordDouble, bot
):
    """Quiz me on a post the bot could not edit said only "This briefing was withdrawn by the
    moderators", naming no briefing. It now names the briefing it was posted for and, once the
    server has a new briefing of that id, says how to quiz on it; else it points to /briefings."""
    double = discord_double
    await _published_harbour(double)
    await run(double, "post", {"briefing": "harbour", "channel": double.news})
    (post,) = double.bot_messages_in(double.news)
    double.fail_next("PATCH /channels/", status=403)  # the channel closed to the bot for a while
    await run(double, "briefing unpublish", {"briefing": "harbour"})

    clicked = await (await double.click(post, label="Quiz me", user=double.student)).message()
    assert "a post of “Harbour reopens”, which a moderator has since withdrawn" in clicked.text
    assert "/briefings lists the briefings you can quiz on now." in clicked.text, clicked.text

    double.fail_next("PATCH /channels/", status=403)
    ask = await run(double, "briefing remove", {"briefing": "harbour"})
    await (await double.click(ask, label="Yes, delete it", user=double.moderator)).message()
    pier = HARBOUR.replace("id: harbour", "id: pier").replace("Harbour reopens", "Pier")
    await run(double, "briefing upload", {"file": ("pier.yaml", pier.encode())})
    await _published_harbour(double)  # uploaded again: a new briefing of the same id
    clicked = await (await double.click(post, label="Quiz me", user=double.student)).message()
    assert "a post of `harbour`, which a moderator has since withdrawn" in clicked.text
    assert "/quiz briefing:harbour quizzes you on it" in clicked.text, clicked.text
    assert clicked.ephemeral and "harbour~" not in clicked.text


async def test_a_schedule_another_moderator_just_removed_is_said_to_be_removed(
    discord_double: DiscordDouble, bot
):
    """Two moderators tidy the same schedules: the second /unschedule 1 said "There is no
    schedule #1 here", as if the number they had just read in /schedules never existed. It
    now says the schedule was already removed and nothing more posts from it; a number the
    server never gave still says there is none."""
    double = discord_double
    second_moderator = double.owner
    post = {"what": "briefing", "time": "09:00", "briefing": "mini", "channel": double.news}
    await run(double, "schedule", post)

    first = await (await double.slash("unschedule", {"number": 1}, user=double.moderator)).told()
    assert "Schedule #1 is removed." in first.text
    again = await (await double.slash("unschedule", {"number": 1}, user=second_moderator)).told()
    assert "Schedule #1 was already removed" in again.text, again.text
    assert "nothing more will post from it" in again.text and again.ephemeral
    never = await (await double.slash("unschedule", {"number": 2}, user=second_moderator)).told()
    assert "There is no schedule #2 here." in never.text, never.text


async def test_briefings_shows_a_server_briefings_own_id_the_one_to_type(
    discord_double: DiscordDouble, bot, services: Services
):
    """/briefings listed a server's own briefing as "id: lighthouse~2": the key it is served
    under, whose number tells how many briefings servers made, and not what its moderator
    named it. It now shows "lighthouse", and /quiz with what it shows starts that briefing."""
    double = discord_double
    _a, b = await two_servers(double, services)

    listed = await (
        await double.slash("briefings", {}, user=b.own_student, channel=b.channel)
    ).told()
    assert "id: lighthouse · 3 questions" in listed.text, listed.text
    assert "~" not in listed.text and "tidewater" not in listed.text, listed.text
    started = await double.slash(
        "quiz", {"briefing": "lighthouse"}, user=b.moderator, channel=b.channel
    )
    assert b.title in (await started.told()).text

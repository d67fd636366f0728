"""Walk 35: what the last walks left, and what a student's and a moderator's walk found.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services, build_services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import answer_right, session_of, solo_quiz
from tests.discord.test_moderation import run
from tests.discord.test_two_servers import discord_double, two_servers
from tests.discord.test_withdrawn_announcements import _published_harbour
from tests.discord_double import DiscordDouble, Message

__all__ = ["discord_double"]  # two servers, one bot: the fixture of test_two_servers


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC))


async def _answer_box(double: DiscordDouble, services: Services) -> tuple[Message, str]:
    """A student's solo quiz, answered rightly up to its typed question, with its answer box
    open: the quiz message and the box's custom id."""
    quiz = await solo_quiz(double, {"count": 3})
    while session_of(services, quiz).current().question.kind != "short":
        await (await answer_right(double, services, quiz)).response()
        await (await double.click(quiz, label="Next question ▶")).response()
    shown = await (await double.click(quiz, label="Answer")).response()
    return quiz, shown.custom_id


async def _score_in_dm(double: DiscordDouble) -> str:
    dm = double.dm_channel(double.student)
    itx = await double.slash("score", {}, user=double.student, channel=dm)
    return str((await itx.told()).text)


async def test_score_in_a_dm_names_a_servers_briefings_by_title_and_server_not_raw_id(
    discord_double: DiscordDouble, bot, services: Services
):
    """In a direct message /score listed each server's own briefing by the id it is served
    under ("lighthouse~2", "tidewater~1"). It now names the briefing and its server for a
    student of that server; once they left it, the briefing is counted without its name."""
    double = discord_double
    a, b = await two_servers(double, services)

    score = await _score_in_dm(double)

    assert f"{a.title} ({a.guild.name})" in score, score
    assert f"{b.title} ({b.guild.name})" in score, score
    assert "~" not in score, score

    await double.remove_member(double.student, guild=b.guild)
    score = await _score_in_dm(double)

    assert f"{a.title} ({a.guild.name})" in score, score
    assert b.title not in score and b.guild.name not in score, "nothing of a server left"
    assert "1 briefing no longer available to you" in score and "3/3" in score, score
    assert "~" not in score, score


async def test_each_server_numbers_its_own_schedules_and_assignments_from_one(
    discord_double: DiscordDouble, bot, services: Services
):
    """Numbers were global: server B's first schedule could be #57, telling its moderators how
    busy other servers were, and /unschedule took another server's number as "not here". Each
    server now counts its own from 1, and a number typed in one server never reaches the other."""
    double = discord_double
    a_mod, b_mod = double.moderator, double.second.moderator
    b_here = double.second.lounge
    post = {"what": "briefing", "briefing": "mini"}

    for time in ("09:00", "10:00", "11:00"):  # server A is busy
        made = await double.slash("schedule", {**post, "time": time}, user=a_mod)
        assert "Scheduled #" in (await made.told()).text
    work = {"briefing": "mini", "due_date": "2026-12-14", "due_time": "18:00"}
    await (await double.slash("assign", work, user=a_mod)).message()

    made = await double.slash("schedule", {**post, "time": "09:00"}, user=b_mod, channel=b_here)
    assert (await made.told()).text.startswith("Scheduled #1\n"), "B's first schedule"
    listed = await double.slash("schedules", {}, user=b_mod, channel=b_here)
    assert "#1 · Briefing post" in (await listed.told()).text
    setting = await double.slash("assign", work, user=b_mod, channel=b_here)
    announcement = await setting.message()
    assert "Assignment #1" in announcement.text and "Start assignment #1" in str(
        announcement.buttons
    )

    gone = await double.slash("unschedule", {"number": 1}, user=b_mod, channel=b_here)
    assert "Schedule #1 is removed" in (await gone.told()).text
    assert [s.number for s in await services.store.schedules.list_schedules(double.guild.id)] == [
        1,
        2,
        3,
    ], "A's #1 is untouched by B's /unschedule 1"
    withdrawn = await double.slash("unassign", {"number": 1}, user=b_mod, channel=b_here)
    assert "Assignment #1 is withdrawn" in (await withdrawn.told()).text
    assert len(await services.store.assignments.list_assignments(double.guild.id)) == 1


async def test_withdrawing_a_briefing_edits_every_post_of_it_not_only_the_newest(
    discord_double: DiscordDouble, settings, clock
):
    """Posted in #news, and again there two hours later (a new post, not a retry), then
    unpublished after a restart: the newest post said it was withdrawn, the older one kept
    its Quiz me button and its content."""
    double = discord_double
    before = await build_services(settings, clock=clock)
    first = await double.start(BriefBot(before))
    await _published_harbour(double)
    await run(double, "post", {"briefing": "harbour", "channel": double.news})
    clock.advance(2 * 3600)
    double.expire_nonces()
    await run(double, "post", {"briefing": "harbour", "channel": double.news})
    older, newer = double.bot_messages_in(double.news)
    assert older.buttons and newer.buttons
    await double.stop(first)
    await before.close()

    after = await build_services(settings, clock=clock)
    try:
        await double.start(BriefBot(after))
        done = await run(double, "briefing unpublish", {"briefing": "harbour"})
    finally:
        await after.close()

    for post in (older, newer):
        assert post.buttons == [] and "“Harbour reopens” was withdrawn" in post.text, post.text
    assert "now say it was withdrawn" in done.text, "both posts, as the reply says"


@pytest.mark.parametrize("typed", ["{answer} @here", "@everyone {answer}", "<@42> {answer} <@&7>"])
async def test_a_typed_answer_with_a_mention_is_judged_on_its_words_and_never_echoes_it(
    discord_double: DiscordDouble, bot, services, typed
):
    """ "Ada Quill @here" was judged wrong and shown back with its @here. The mention is now
    read past: the answer is right, and what the reply shows back has no mention in it."""
    double = discord_double
    quiz, box = await _answer_box(double, services)
    answer = session_of(services, quiz).current().question.answer_text

    done = await double.submit_modal(box, {"answer": typed.format(answer=answer)})

    reply = await done.message()
    assert "Right" in reply.text, reply.text
    for mention in ("@here", "@everyone", "<@42>", "<@&7>"):
        assert mention not in reply.text, reply.text


async def test_an_answer_that_is_only_a_mention_says_to_type_words(
    discord_double: DiscordDouble, bot, services
):
    double = discord_double
    quiz, box = await _answer_box(double, services)

    told = await (await double.submit_modal(box, {"answer": "<@42>"})).message()

    assert "A mention is not an answer" in told.text and "<@42>" not in told.text, told.text
    assert session_of(services, quiz).current().question.kind == "short", "still to answer"


async def test_schedule_with_a_date_alone_is_a_one_off(discord_double: DiscordDouble, bot):
    """The walk's moderator gave /schedule a date and no repeat: "Sorry: A daily schedule
    takes a time only; use repeat: once for a date". A date alone now means once."""
    options = {"what": "briefing", "briefing": "mini", "time": "09:00", "date": "2026-11-25"}

    made = await run(discord_double, "schedule", options)

    assert made.text.startswith("Scheduled #1"), made.text
    assert "once on 2026-11-25 at 09:00 (UTC)" in made.text, made.text


async def test_post_again_within_the_hour_says_nothing_was_posted_again(
    discord_double: DiscordDouble, bot, clock
):
    """The walk's moderator ran /post twice: the second said "Posted" with the first post's
    link, though nothing new appeared. It now says it is already there and when a /post
    there is a new post again."""
    double = discord_double
    options = {"briefing": "mini", "channel": double.news}
    await run(double, "post", options)
    clock.advance(600)

    again = await run(double, "post", options)

    assert len(double.bot_messages_in(double.news)) == 1, "posted once"
    assert again.text.startswith("Already posted"), again.text
    assert "Nothing was posted again" in again.text and "delete that post" in again.text
    later = int((clock.now() + dt.timedelta(minutes=50)).timestamp())
    assert f"<t:{later}:R>" in again.text, "when a /post there is a new post"


async def test_report_without_the_member_list_speaks_to_a_moderator_not_an_operator(
    discord_double: DiscordDouble, bot
):
    """The walk's /report told a teacher "(MEMBERS_INTENT, see the README)": a setting of the
    bot's process they cannot see. It now says what is missing and who can allow it."""
    work = {"briefing": "mini", "due_date": "2026-11-28", "due_time": "18:00"}
    await run(discord_double, "assign", work)

    report = await run(discord_double, "report")

    assert "Students who never started are not listed" in report.text, report.text
    assert "Whoever runs the bot can allow it" in report.text
    assert "MEMBERS_INTENT" not in report.text and "README" not in report.text

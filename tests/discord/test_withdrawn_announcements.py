"""A moderator withdraws work or a briefing: what is already in the channel stops inviting.

The announcement of an assignment (and its reminder) and the `/post` of a briefing used to
stay as they were, Start or Quiz me buttons and all; a student who pressed Quiz me on a
withdrawn briefing was told "No briefing matches “harbour~1”" (an id they never typed).
Now each such message is edited into a notice without buttons, also when the bot restarted
between posting and withdrawing, and a button of a message it could not edit answers politely.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.app import build_services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.bot_fixtures import HARBOUR
from tests.discord.test_moderation import run, scheduler
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
WORK = {"briefing": "mini", "due_date": "2026-11-27", "due_time": "18:00", "count": 2}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def _published_harbour(double: DiscordDouble) -> None:
    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    await run(double, "briefing upload", upload)
    await run(double, "briefing publish", {"briefing": "harbour"})


async def test_a_withdrawn_assignment_announcement_says_so_after_a_restart(
    discord_double: DiscordDouble, settings, clock
):
    double = discord_double
    before = await build_services(settings, clock=clock)
    first = await double.start(BriefBot(before))
    announced = await run(double, "assign", WORK)
    assert any(b["label"] == "Start assignment #1" for b in announced.buttons)
    await double.stop(first)
    await before.close()

    after = await build_services(settings, clock=clock)
    try:
        await double.start(BriefBot(after))
        done = await run(double, "unassign", {"number": 1})

        assert "now says so, without its Start button" in done.text, done.text
        assert announced.buttons == [], "nothing left to press"
        assert "Assignment #1 was withdrawn" in announced.text
        assert "nothing to start" in announced.text and "Due" not in announced.text
    finally:
        await after.close()


async def test_the_reminder_of_withdrawn_work_is_edited_too(
    discord_double: DiscordDouble, bot, services, clock
):
    double = discord_double
    await run(double, "assign", {**WORK, "remind_minutes": 60})
    clock.advance((dt.datetime(2026, 11, 27, 17, 30, tzinfo=dt.UTC) - START).total_seconds())
    await bot.get_cog("Class").send_reminders()  # or its timer, woken by the clock, did
    reminder = await double.wait_for_message(double.general, lambda m: "Reminder" in m.text)
    for _ in range(100):  # kept once posted (by the timer, maybe, a moment after)
        if await services.store.briefing_posts.posts_under(double.guild.id, ["a1r"]):
            break
        await asyncio.sleep(0.05)

    await run(double, "unassign", {"number": 1})

    assert reminder.buttons == [] and "was withdrawn" in reminder.text, reminder.text


async def test_an_unpublished_briefings_post_says_so_and_an_old_button_answers_politely(
    discord_double: DiscordDouble, bot, services
):
    double = discord_double
    await _published_harbour(double)
    await run(double, "post", {"briefing": "harbour", "channel": double.news})
    (post,) = double.bot_messages_in(double.news)
    assert {b["label"] for b in post.buttons} >= {"Quiz me", "Sources & notes"}

    done = await run(double, "briefing unpublish", {"briefing": "harbour"})

    assert "now says it was withdrawn" in done.text, done.text
    assert post.buttons == [] and "“Harbour reopens” was withdrawn" in post.text, post.text
    assert "The harbour in Port Elm" not in post.text, "its content is hidden, as unpublished"


async def test_a_post_the_bot_could_not_edit_still_answers_its_buttons_politely(
    discord_double: DiscordDouble, bot, services
):
    """The channel closed to the bot before the withdrawal: the post keeps its buttons, and
    a click says the briefing was withdrawn (was: "No briefing matches “harbour~1”")."""
    double = discord_double
    await _published_harbour(double)
    await run(double, "post", {"briefing": "harbour", "channel": double.news})
    (post,) = double.bot_messages_in(double.news)
    double.fail_next("PATCH /channels/", status=403)

    done = await run(double, "briefing unpublish", {"briefing": "harbour"})

    assert "Unpublished" in done.text and "now says" not in done.text, done.text
    for label in ("Quiz me", "Sources & notes"):
        clicked = await (await double.click(post, label=label, user=double.student)).message()
        assert "a moderator has since withdrawn" in clicked.text, clicked.text
        assert "harbour~" not in clicked.text and clicked.ephemeral


async def test_a_briefing_posted_again_after_its_withdrawal_is_a_new_post(
    discord_double: DiscordDouble, bot, services
):
    """Published again and posted again at once: a new message with its buttons, not a link
    to the withdrawn one."""
    double = discord_double
    await _published_harbour(double)
    await run(double, "post", {"briefing": "harbour", "channel": double.news})
    await run(double, "briefing unpublish", {"briefing": "harbour"})
    await run(double, "briefing publish", {"briefing": "harbour"})
    double.expire_nonces()

    again = await run(double, "post", {"briefing": "harbour", "channel": double.news})

    withdrawn, fresh = double.bot_messages_in(double.news)
    assert str(fresh.id) in again.text and fresh.buttons, again.text
    assert withdrawn.buttons == []


async def test_removing_a_posted_briefing_edits_its_post(
    discord_double: DiscordDouble, bot, services
):
    double = discord_double
    await _published_harbour(double)
    await run(double, "post", {"briefing": "harbour", "channel": double.news})
    ask = await run(double, "briefing remove", {"briefing": "harbour"})

    done = await (await double.click(ask, label="Yes, delete it", user=double.moderator)).message()

    assert "now says it was withdrawn" in done.text, done.text
    (post,) = double.bot_messages_in(double.news)
    assert post.buttons == [] and "was withdrawn" in post.text


async def test_the_notice_speaks_the_servers_language_not_the_moderators(
    discord_double: DiscordDouble, bot, services
):
    """The announcement is everyone's: a French server's reads in French, whoever withdrew."""
    double = discord_double
    announced = await run(double, "assign", WORK)
    await run(double, "settings", {"language": "fr"})

    done = await run(double, "unassign", {"number": 1})

    assert "now says so" in done.text, "the moderator is answered in their own language"
    assert "Le devoir n° 1 a été retiré" in announced.text, announced.text


async def test_a_scheduled_post_of_a_withdrawn_briefing_is_edited_too(
    discord_double: DiscordDouble, bot, services, clock
):
    double = discord_double
    await _published_harbour(double)
    options = {"what": "briefing", "time": "09:00", "briefing": "harbour", "channel": double.news}
    await run(double, "schedule", options)
    clock.advance(3600)  # 09:00 UTC: the run is due
    await scheduler(bot).run_due(clock.now())
    (scheduled,) = [m for m in double.bot_messages_in(double.news) if m.buttons]

    done = await run(double, "briefing unpublish", {"briefing": "harbour"})

    assert "now says it was withdrawn" in done.text, done.text
    assert scheduled.buttons == [] and "was withdrawn" in scheduled.text, scheduled.text

"""Moderators through the Discord double: /post, /schedule, /reload, /settings, the question of
the day, and the scheduler's promise to post each run once, across restarts and processes."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import socket
from pathlib import Path

import pytest

from bot.app import Services, build_services
from bot.core.clock import FakeClock
from bot.core.progress import GuildSettings, Schedule
from bot.core.qotd import pick_question
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs import schedules as schedules_cog
from bot.discord_bot.cogs.schedules import SchedulesCog
from tests.discord_double import CallbackType, DiscordDouble, Overwrite, Perm

ROOT = Path(__file__).resolve().parents[2]
START = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)  # a Monday, 09:00 in Berlin
MANAGE_MESSAGES, MANAGE_GUILD = str(1 << 13), str(1 << 5)
MODERATOR_COMMANDS = {
    "post": MANAGE_MESSAGES,
    "schedule": MANAGE_MESSAGES,
    "schedules": MANAGE_MESSAGES,
    "unschedule": MANAGE_MESSAGES,
    "reload": MANAGE_MESSAGES,
    "settings": MANAGE_GUILD,
    "assign": MANAGE_MESSAGES,
    "unassign": MANAGE_MESSAGES,
    "report": MANAGE_MESSAGES,
    "reported": MANAGE_MESSAGES,
}


class Crash(BaseException):
    """The process dies here: nothing after this line runs (no handler catches it)."""


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def scheduler(bot: BriefBot) -> SchedulesCog:
    cog = bot.get_cog("Schedules")
    assert isinstance(cog, SchedulesCog)
    return cog


async def run(double: DiscordDouble, name: str, options: dict | None = None, user=None):
    """Run a command and return what the user sees (after a deferral too)."""
    itx = await double.slash(name, options or {}, user=user or double.moderator)
    return await itx.message()


def posts_in(double: DiscordDouble, channel) -> list:
    """The bot's messages in a channel that carry the Quiz me button."""
    return [
        m
        for m in double.bot_messages_in(channel)
        if any(b.get("label") == "Quiz me" for b in m.buttons)
    ]


def daily(double: DiscordDouble, what: str = "briefing", hour: int = 9) -> Schedule:
    return Schedule(
        guild_id=double.guild.id,
        channel_id=double.news.id,
        briefing_id="mini",
        what=what,  # type: ignore[arg-type]
        recurrence="daily",
        at=dt.time(hour, 0),
        timezone="UTC",
    )


# ----- permissions -----


async def test_moderator_commands_are_hidden_from_students_by_default(discord_double, bot):
    for name, permission in MODERATOR_COMMANDS.items():
        command = discord_double.command(name)
        assert str(command["default_member_permissions"]) == permission, name
        assert 0 < len(command["description"]) <= 100
    for student_command in ("brief", "quiz", "score", "help", "assignments"):
        assert discord_double.command(student_command)["default_member_permissions"] is None
    help_text = (await run(discord_double, "help", user=discord_double.student)).text
    assert "/post" not in help_text and "/schedule" not in help_text, "not theirs to use"
    assert "Moderators see their own commands" in help_text, help_text
    help_text = (await run(discord_double, "help", user=discord_double.moderator)).text
    assert "/post" in help_text and "/schedule" in help_text and "/reload" in help_text


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("post", {"briefing": "mini", "channel": "news"}),
        ("post", {"briefing": "mini", "channel": "news", "preview": True}),
        ("schedule", {"what": "briefing", "time": "10:00", "briefing": "mini", "channel": "news"}),
        ("schedules", {}),
        ("unschedule", {"number": 1}),
        ("reload", {}),
        ("settings", {}),
        ("settings", {"quiz_timer": 5}),
    ],
)
async def test_a_student_is_refused_every_moderator_command(
    discord_double, bot, services, name, options
):
    """Discord hides these commands from students, but a server can change that: the bot
    checks again when the command runs."""
    options = {k: discord_double.news if v == "news" else v for k, v in options.items()}
    reply = await (
        await discord_double.slash(name, options, user=discord_double.student)
    ).response()

    assert reply.ephemeral
    assert f"Only moderators can use /{name}." in reply.text
    assert reply.data["allowed_mentions"] == {"parse": []}
    assert discord_double.bot_messages_in(discord_double.news) == []
    assert await services.store.schedules.list_schedules() == []
    guild = discord_double.guild.id
    assert await services.store.settings.get_settings(guild) == GuildSettings(guild)


async def test_a_configured_moderator_role_lets_its_members_in(discord_double, bot, services):
    role = await discord_double.add_role("Helper")  # no permissions at all
    helper = await discord_double.add_member("helper", roles=("Helper",))
    refused = await run(discord_double, "schedules", user=helper)
    assert "Only moderators" in refused.text

    changed = await run(discord_double, "settings", {"moderator_role": role})
    assert "Changed: moderator role." in changed.text and f"<@&{role.id}>" in changed.text
    allowed = await run(discord_double, "schedules", user=helper)
    assert "Nothing is scheduled" in allowed.text

    # The role's members are moderators, but only Manage Server may change the role.
    escalate = await run(discord_double, "settings", {"clear": "moderator_role"}, user=helper)
    assert "Only members with Manage Server can choose the moderator role." in escalate.text
    assert (
        await services.store.settings.get_settings(discord_double.guild.id)
    ).moderator_role_id == role.id
    await run(discord_double, "settings", {"clear": "moderator_role"})
    assert "Only moderators" in (await run(discord_double, "schedules", user=helper)).text


# ----- /post -----


async def test_a_post_lands_in_the_channel_and_quiz_me_opens_a_private_quiz(
    discord_double, bot, services
):
    done = await run(discord_double, "post", {"briefing": "mini", "channel": discord_double.news})
    assert done.ephemeral and "Posted" in done.text and "is in" in done.text

    (post,) = posts_in(discord_double, discord_double.news)
    assert post.embeds[0]["title"] == "A small test briefing"
    assert "reopened three days after a storm" in post.embeds[0]["description"]
    assert [(b["label"], b["custom_id"]) for b in post.buttons] == [
        ("Quiz me", "b1:qz:mini"),
        ("Sources & notes", "b1:nt:mini"),
    ]
    for message in discord_double.bot_messages_in(discord_double.news):
        assert message.allowed_mentions == {"parse": []}

    click = await discord_double.click(post, label="Quiz me", user=discord_double.student)
    quiz = await click.response()
    assert quiz.ephemeral, "the quiz is private to whoever clicked"
    assert "Question 1/3" in quiz.text
    question = quiz.message
    session_id = question.buttons[0]["custom_id"].split(":")[2]
    session = services.study.solo[session_id]
    assert session.user_id == discord_double.student.id
    await answer_right(discord_double, services, question, discord_double.student)
    assert "✅ Right!" in question.text
    answers = await services.store.answers.session_answers(session_id)
    assert [(a.user_id, a.correct) for a in answers] == [(discord_double.student.id, True)]

    other = await (
        await discord_double.click(post, label="Quiz me", user=discord_double.owner)
    ).response()
    assert other.ephemeral and other.message.buttons[0]["custom_id"].split(":")[2] != session_id

    notes = await (
        await discord_double.click(post, label="Sources & notes", user=discord_double.student)
    ).response()
    assert notes.ephemeral
    assert "Harbour reopens after storm" in notes.text
    assert "Another report says the closure lasted four days." in notes.text


async def answer_right(double: DiscordDouble, services: Services, message, user) -> None:
    session = services.study.solo[message.buttons[0]["custom_id"].split(":")[2]]
    qq = session.current()
    if qq.question.kind == "short":
        shown = await (await double.click(message, label="Answer", user=user)).response()
        done = await double.submit_modal(
            shown.custom_id, {"answer": qq.question.answer_text}, user=user
        )
    else:
        done = await double.click(
            message, message.buttons[qq.keys.index(qq.right_key)]["custom_id"], user=user
        )
    assert (await done.response()).type == CallbackType.UPDATE_MESSAGE


async def test_quiz_me_still_works_after_a_restart(discord_double, settings, clock):
    before = await build_services(settings, clock=clock)
    first = await discord_double.start(BriefBot(before))
    await run(
        discord_double,
        "post",
        {"briefing": "nk-troops-russia", "channel": discord_double.news, "part": "all"},
    )
    posts = posts_in(discord_double, discord_double.news)
    await discord_double.stop(first)
    await before.close()

    after = await build_services(settings, clock=clock)
    try:
        await discord_double.start(BriefBot(after))
        (post,) = posts
        quiz = await (
            await discord_double.click(post, label="Quiz me", user=discord_double.student)
        ).response()
        assert quiz.ephemeral and "Question 1/5" in quiz.text
    finally:
        await after.close()
    everything = discord_double.bot_messages_in(discord_double.news)
    titles = [e["title"] for m in everything for e in m.embeds]
    assert "Who is who" in titles and "Timeline" in titles and "Glossary" in titles
    assert everything[-1] is post, "the buttons sit under the last message of the post"


async def test_a_post_of_the_bundled_briefing_carries_the_kirby_correction(discord_double, bot):
    done = await run(
        discord_double,
        "post",
        {"briefing": "nk-troops-russia", "channel": discord_double.news, "part": "all"},
    )
    assert "Posted" in done.text
    embeds = [e for m in discord_double.bot_messages_in(discord_double.news) for e in m.embeds]
    text = "\n".join(
        e.get("description", "") + "".join(f["value"] for f in e.get("fields", [])) for e in embeds
    )
    assert text.count("Both came from John Kirby") == 1, "in full once"
    assert "See the editor's note above" in text, "then pointed at from the other items"


async def test_a_preview_shows_the_post_only_to_the_moderator(discord_double, bot):
    itx = await discord_double.slash(
        "post",
        {"briefing": "mini", "channel": discord_double.news, "part": "figures", "preview": True},
        user=discord_double.moderator,
    )
    shown = await itx.response()
    assert shown.ephemeral and "Preview: only you see this." in shown.text
    assert shown.embeds[0]["title"] == "Who is who"
    assert [f["name"] for f in shown.embeds[0]["fields"]] == ["Ada Quill", "Ben Ostrow"]
    assert [b["label"] for b in shown.message.buttons] == ["Quiz me", "Sources & notes"]
    assert discord_double.bot_messages_in(discord_double.news) == []


@pytest.mark.parametrize(
    ("denied", "says"),
    [
        # Without Send Messages, Discord also takes away Embed Links.
        (Perm.SEND_MESSAGES, "missing the Send Messages, Embed Links permissions"),
        (Perm.EMBED_LINKS, "missing the Embed Links permission"),
        (Perm.VIEW_CHANNEL, "missing the View Channel, Send Messages, Embed Links permissions"),
    ],
)
async def test_a_missing_channel_permission_is_named_instead_of_failing(
    discord_double, bot, services, denied, says
):
    locked = await discord_double.add_channel(
        "locked", overwrites=[Overwrite(discord_double.bot_user.id, 1, deny=int(denied))]
    )
    reply = await run(discord_double, "post", {"briefing": "mini", "channel": locked})
    assert reply.ephemeral and says in reply.text and f"<#{locked.id}>" in reply.text
    scheduled = await run(
        discord_double,
        "schedule",
        {"what": "briefing", "time": "10:00", "briefing": "mini", "channel": locked},
    )
    assert says in scheduled.text
    assert discord_double.bot_messages_in(locked) == []
    assert await services.store.schedules.list_schedules() == []
    preview = await run(
        discord_double, "post", {"briefing": "mini", "channel": locked, "preview": True}
    )
    assert "Preview" in preview.text and says in preview.text


# ----- /schedule -----


async def test_a_schedule_fires_at_its_time_once(discord_double, bot, services, clock):
    made = await run(
        discord_double,
        "schedule",
        {
            "what": "briefing",
            "time": "10:00",
            "timezone": "Europe/Berlin",
            "briefing": "mini",
            "channel": discord_double.news,
        },
    )
    assert made.ephemeral and "Scheduled #" in made.text
    assert "daily at 10:00 (Europe/Berlin)" in made.text
    assert "Mon 05 Jan 2026 10:00 CET (09:00 UTC)" in made.text
    (schedule,) = await services.store.schedules.list_schedules(discord_double.guild.id)
    cog = scheduler(bot)

    await cog.run_due(dt.datetime(2026, 1, 5, 8, 59, 59, tzinfo=dt.UTC))
    assert posts_in(discord_double, discord_double.news) == []

    clock.current = dt.datetime(2026, 1, 5, 9, 0, 20, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    await cog.run_due(clock.now())
    clock.advance(60)
    await cog.run_due(clock.now())
    (post,) = posts_in(discord_double, discord_double.news)
    assert post.embeds[0]["title"] == "A small test briefing"
    run_ = await services.store.schedules.get_run(schedule.id, f"{schedule.id}:2026-01-05T09:00Z")
    assert run_ is not None and run_.posted_at is not None and run_.message_id == post.id

    listed = await run(discord_double, "schedules")
    assert f"#{schedule.id} · Briefing post from A small test briefing (`mini`)" in listed.text
    assert "Next run: Tue 06 Jan 2026 10:00 CET (09:00 UTC)" in listed.text
    gone = await run(discord_double, "unschedule", {"number": schedule.id})
    assert f"Schedule #{schedule.id} is removed." in gone.text
    assert "Nothing is scheduled" in (await run(discord_double, "schedules")).text


async def test_the_scheduler_loop_posts_on_its_own_when_the_clock_moves(
    discord_double, services, clock
):
    bot = await discord_double.start(BriefBot(services, guild_ready_timeout=0.05))
    await services.store.schedules.add_schedule(daily(discord_double))
    clock.current = dt.datetime(2026, 1, 5, 8, 59, 50, tzinfo=dt.UTC)
    loop = scheduler(bot)
    for _ in range(5):  # let the loop start waiting on the clock
        await asyncio.sleep(0)
    assert posts_in(discord_double, discord_double.news) == []
    clock.advance(loop.runner.interval)
    await discord_double.wait_for(lambda: posts_in(discord_double, discord_double.news))


async def test_schedule_defaults_to_this_channel_and_refuses_a_duplicate(
    discord_double, bot, services
):
    options = {"what": "briefing", "time": "10:00", "briefing": "mini"}
    itx = await discord_double.slash(
        "schedule", options, user=discord_double.moderator, channel=discord_double.news
    )
    made = await itx.message()
    assert f"<#{discord_double.news.id}>" in made.text
    (saved,) = await services.store.schedules.list_schedules()
    assert saved.channel_id == discord_double.news.id
    again = await discord_double.slash(
        "schedule", options, user=discord_double.moderator, channel=discord_double.news
    )
    refused = await again.message()
    assert refused.ephemeral and f"Schedule #{saved.id} already posts exactly this" in refused.text
    assert len(await services.store.schedules.list_schedules()) == 1


async def test_a_new_schedule_does_not_post_a_run_from_before_it_existed(
    discord_double, bot, services, clock
):
    clock.current = dt.datetime(2026, 1, 5, 9, 20, tzinfo=dt.UTC)  # 20 min after 09:00
    await run(
        discord_double,
        "schedule",
        {"what": "briefing", "time": "09:00", "briefing": "mini", "channel": discord_double.news},
    )
    await scheduler(bot).run_due(clock.now())
    assert posts_in(discord_double, discord_double.news) == []


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"timezone": "Europe/Berln"}, "Did you mean Europe/Berlin"),
        ({"time": "25:00"}, "write it like 08:30"),
        ({"repeat": "weekly"}, "needs a weekday"),
        ({"repeat": "once", "date": "2026-01-04"}, "has already passed"),
        ({"timezone": "EST"}, "no daylight saving, so the posting time would shift"),
        ({"timezone": "EST"}, "use America/New_York"),
        ({"timezone": "cet"}, "use Europe/Berlin"),
        ({"briefing": "volcanoes"}, "No briefing matches"),
    ],
)
async def test_schedule_explains_bad_input(discord_double, bot, services, options, says):
    """Bad input, and zone abbreviations (no daylight saving), are refused with a fix."""
    base = {"what": "briefing", "time": "10:00", "briefing": "mini", "channel": discord_double.news}
    merged = {k: v for k, v in {**base, **options}.items() if v is not None}
    reply = await run(discord_double, "schedule", merged)
    assert reply.ephemeral and says in reply.text.replace("\\_", "_")  # as Discord shows it
    assert await services.store.schedules.list_schedules() == []


async def test_time_zones_autocomplete_and_unschedule_refuses_an_unknown_number(
    discord_double, bot
):
    choices = await discord_double.autocomplete(
        "schedule",
        {"what": "briefing", "time": "10:00", "timezone": "berl"},
        focused="timezone",
        user=discord_double.moderator,
    )
    assert {"name": "Europe/Berlin", "value": "Europe/Berlin"} in choices
    reply = await run(discord_double, "unschedule", {"number": 99})
    assert "There is no schedule #99 here." in reply.text

    await run(
        discord_double,
        "schedule",
        {"what": "briefing", "time": "10:00", "briefing": "mini", "channel": discord_double.news},
    )
    numbers = await discord_double.autocomplete(
        "unschedule", {"number": 1}, focused="number", user=discord_double.moderator
    )
    assert numbers == [{"name": "#1 briefing from mini, daily at 10:00 (UTC)", "value": 1}]
    hidden = await discord_double.autocomplete(
        "unschedule", {"number": 1}, focused="number", user=discord_double.student
    )
    assert hidden == [], "students learn nothing about schedules"


async def test_after_downtime_a_run_within_grace_is_posted_once_and_an_older_one_skipped(
    discord_double, settings, clock
):
    before = await build_services(settings, clock=clock)
    first = await discord_double.start(BriefBot(before))
    schedule = await before.store.schedules.add_schedule(daily(discord_double))
    await discord_double.stop(first)
    await before.close()  # down from 08:00 to 09:40

    clock.current = dt.datetime(2026, 1, 5, 9, 40, tzinfo=dt.UTC)
    after = await build_services(settings, clock=clock)
    try:
        bot = await discord_double.start(BriefBot(after))
        cog = scheduler(bot)
        await cog.run_due(clock.now())
        await cog.run_due(clock.now())
        assert len(posts_in(discord_double, discord_double.news)) == 1

        clock.current = dt.datetime(2026, 1, 6, 10, 30, tzinfo=dt.UTC)  # 90 min late
        await cog.run_due(clock.now())
        assert len(posts_in(discord_double, discord_double.news)) == 1
        skipped = await after.store.schedules.get_run(
            schedule.id, f"{schedule.id}:2026-01-06T09:00Z"
        )
        assert skipped is not None and skipped.claimed_by.endswith(":skipped")
        assert skipped.posted_at is None
    finally:
        await after.close()


@pytest.mark.parametrize("dies", ["before posting", "after posting, before marking it"])
async def test_a_restart_between_claim_and_post_posts_the_run_once(
    discord_double, settings, clock, monkeypatch, dies
):
    """A run is claimed in the database before it is posted. A process that dies after its
    claim leaves the run claimed and unposted: after the restart the new process (the same
    host and pid here, as in a restarted container) takes it over and posts what did not go
    out: the run once, neither lost nor doubled; the next run goes out as usual."""
    earlier = f"{socket.gethostname()}:{os.getpid()}:earlier"  # the pid, as a new container's
    monkeypatch.setattr(schedules_cog, "process_name", lambda: earlier)
    before = await build_services(settings, clock=clock)
    first = await discord_double.start(BriefBot(before))
    schedule = await before.store.schedules.add_schedule(daily(discord_double))
    cog = scheduler(first)

    async def crash(*args, **kwargs):
        raise Crash

    if dies == "before posting":
        monkeypatch.setattr(cog, "deliver", crash)
    else:
        monkeypatch.setattr(before.store.schedules, "mark_run_posted", crash)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 10, tzinfo=dt.UTC)
    with pytest.raises(Crash):
        await cog.run_due(clock.now())
    posted_before = len(posts_in(discord_double, discord_double.news))
    assert posted_before == (0 if dies == "before posting" else 1)
    await discord_double.stop(first)
    await before.close()
    monkeypatch.undo()

    clock.advance(30)  # back up within the grace window
    after = await build_services(settings, clock=clock)
    try:
        bot = await discord_double.start(BriefBot(after))
        tick = await scheduler(bot).run_due(clock.now())
        key = f"{schedule.id}:2026-01-05T09:00Z"
        assert tick.posted == [key]
        assert len(posts_in(discord_double, discord_double.news)) == 1, "posted once"
        claim = await after.store.schedules.get_run(schedule.id, key)
        assert claim is not None and claim.posted_at is not None

        clock.current = dt.datetime(2026, 1, 6, 9, 0, 10, tzinfo=dt.UTC)
        tick = await scheduler(bot).run_due(clock.now())
        assert tick.posted == [f"{schedule.id}:2026-01-06T09:00Z"]
        assert len(posts_in(discord_double, discord_double.news)) == 2
    finally:
        await after.close()


async def test_two_schedulers_racing_on_one_database_post_once(discord_double, settings, clock):
    one = await build_services(settings, clock=clock)
    two = await build_services(settings, clock=clock)  # a second process: its own store
    try:
        first = await discord_double.start(BriefBot(one))
        second = await discord_double.start(BriefBot(two))
        await discord_double.wait_for(lambda: second.get_guild(discord_double.guild.id))
        await one.store.schedules.add_schedule(daily(discord_double))
        await one.store.schedules.add_schedule(daily(discord_double, "question"))
        clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)

        ticks = await asyncio.gather(
            scheduler(first).run_due(clock.now()), scheduler(second).run_due(clock.now())
        )
        assert sorted(key for t in ticks for key in t.posted) == [
            "1:2026-01-05T09:00Z",
            "2:2026-01-05T09:00Z",
        ]
        assert len(posts_in(discord_double, discord_double.news)) == 1
        questions = [
            m
            for m in discord_double.bot_messages_in(discord_double.news)
            if "Question of the day" in m.text
        ]
        assert len(questions) == 1
    finally:
        await one.close()
        await two.close()


# ----- question of the day -----


async def test_a_question_of_the_day_is_answered_by_two_people_then_revealed(
    discord_double, bot, services, clock
):
    await run(
        discord_double,
        "settings",
        {"qotd_channel": discord_double.news, "default_briefing": "mini"},
    )
    made = await run(discord_double, "schedule", {"what": "question", "time": "09:00"})
    assert f"<#{discord_double.news.id}>" in made.text, "the question of the day channel"
    cog = scheduler(bot)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    question = await discord_double.wait_for_message(
        discord_double.news, lambda m: "Question of the day" in m.text
    )
    qq = pick_question(services.library.get("mini"), dt.date(2026, 1, 5))
    assert qq.question.prompt in question.text
    right = question.buttons[qq.keys.index(qq.right_key)]["custom_id"]
    wrong = next(b["custom_id"] for b in question.buttons if b["custom_id"] != right)

    clock.advance(40)
    ack = await (
        await discord_double.click(question, right, user=discord_double.student)
    ).response()
    assert ack.ephemeral and "Answer registered" in ack.text
    clock.advance(20)
    await (await discord_double.click(question, wrong, user=discord_double.owner)).response()
    again = await (
        await discord_double.click(question, wrong, user=discord_double.student)
    ).response()
    assert again.ephemeral and "your first answer counts" in again.text
    assert discord_double.bot_messages_in(discord_double.news)[-1] is question, "nothing leaks"

    clock.current = dt.datetime(2026, 1, 6, 9, 0, 5, tzinfo=dt.UTC)
    tick = await cog.run_due(clock.now())
    assert len(tick.posted) == 1
    reveal = await discord_double.wait_for_message(
        discord_double.news, lambda m: "the answer" in m.text, after=question
    )
    assert f"The answer: **{qq.question.answer_text}**" in reveal.text
    assert "2 people answered, 1 right." in reveal.text
    assert f"1. <@{discord_double.student.id}>, after 40 s" in reveal.text
    assert f"<@{discord_double.owner.id}>" not in reveal.text
    assert all(b["disabled"] for b in question.buttons)
    assert [b["style"] for b in question.buttons].count(3) == 1, "the right answer is marked"
    # under the revealed answer, anyone may report the question; it carries their answer
    shown = await (
        await discord_double.click(reveal, label="Report a problem", user=discord_double.owner)
    ).response()
    filed = await discord_double.submit_modal(
        shown.custom_id, {"reason": ["wrong_key"], "comment": "?"}, user=discord_double.owner
    )
    assert "went to this server's moderators" in (await filed.message()).text
    (report,) = await services.question_reports.repo.open_reports(discord_double.guild.id)
    wrong_option = next(b["label"] for b in question.buttons if b["custom_id"] == wrong)
    assert report.given is not None and wrong_option.endswith(report.given)
    tomorrow = await discord_double.wait_for_message(
        discord_double.news, lambda m: "Question of the day" in m.text, after=reveal
    )
    assert "Tuesday 06 January" in tomorrow.text
    for message in discord_double.bot_messages_in(discord_double.news):
        assert message.allowed_mentions == {"parse": []}
    score = await services.study.score(discord_double.student.id, discord_double.guild.id)
    assert (score.overall.correct, score.overall.answered) == (1, 1)


async def test_a_question_of_the_day_is_revealed_after_a_day_without_a_next_one(
    discord_double, bot, services, clock
):
    await run(
        discord_double,
        "schedule",
        {
            "what": "question",
            "time": "09:00",
            "repeat": "once",
            "date": "2026-01-05",
            "briefing": "mini",
            "channel": discord_double.news,
        },
    )
    cog = scheduler(bot)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    clock.current = dt.datetime(2026, 1, 6, 8, 59, tzinfo=dt.UTC)
    assert (await cog.run_due(clock.now())).revealed == []
    clock.current = dt.datetime(2026, 1, 6, 9, 0, 30, tzinfo=dt.UTC)
    assert len((await cog.run_due(clock.now())).revealed) == 1
    reveal = discord_double.bot_messages_in(discord_double.news)[-1]
    assert "Nobody answered this one." in reveal.text


async def test_an_answer_the_server_accepted_counts_in_its_question_of_the_day(
    discord_double, bot, services, clock
):
    day = dt.date(2026, 1, 5)
    qq = pick_question(services.library.get("mini"), day)
    wrong_key = next(k for k in qq.keys if k != qq.right_key)
    also_right = qq.options[qq.keys.index(wrong_key)]
    guild_id = discord_double.guild.id
    reports = services.question_reports
    filed = await reports.report(
        guild_id=guild_id,
        user_id=discord_double.owner.id,
        briefing_id="mini",
        question_id=qq.question.id,
        reason="wrong_key",
    )
    assert filed.number is not None
    await reports.accept_alternative(
        guild_id, filed.number, also_right, discord_double.moderator.id
    )
    await run(
        discord_double,
        "schedule",
        {
            "what": "question",
            "time": "09:00",
            "repeat": "once",
            "date": day.isoformat(),
            "briefing": "mini",
            "channel": discord_double.news,
        },
    )
    cog = scheduler(bot)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    question = await discord_double.wait_for_message(
        discord_double.news, lambda m: "Question of the day" in m.text
    )
    accepted = question.buttons[qq.keys.index(wrong_key)]["custom_id"]
    await (await discord_double.click(question, accepted, user=discord_double.student)).response()

    clock.current = dt.datetime(2026, 1, 6, 9, 0, 30, tzinfo=dt.UTC)
    await cog.run_due(clock.now())
    reveal = discord_double.bot_messages_in(discord_double.news)[-1]
    assert "1 person answered, 1 right." in reveal.text
    score = await services.study.score(discord_double.student.id, guild_id)
    assert (score.overall.correct, score.overall.answered) == (1, 1)


# ----- /reload -----


async def test_a_reload_with_a_broken_file_keeps_serving_its_last_good_version(
    discord_double, bot, services, content
):
    first = await run(discord_double, "reload")
    assert first.ephemeral
    assert "mini.yaml: unchanged (`mini`)" in first.text

    good = (content / "mini.yaml").read_text()
    broken = good.replace("    difficulty: easy\n", "    difficulty: trivial\n")
    line = broken.splitlines().index("    difficulty: trivial") + 1
    (content / "mini.yaml").write_text(broken)
    (content / "extra.yaml").write_text(good.replace("id: mini\n", "id: extra\n", 1))

    report = await run(discord_double, "reload")
    text = report.text
    assert "mini.yaml: broken: the last good version stays live (`mini`)" in text
    assert f"mini.yaml:{line}:" in text, "the problem names its file and line"
    assert "extra.yaml: loaded (`extra`)" in text
    assert "nk-troops-russia.yaml: unchanged" in text

    brief = await (await discord_double.slash("brief", {"briefing": "mini"})).response()
    assert brief.embeds[0]["title"] == "A small test briefing"
    quiz = await (
        await discord_double.slash("quiz", {"briefing": "mini", "difficulty": "easy"})
    ).response()
    assert "For how many days was the harbour closed?" in quiz.text

    (content / "mini.yaml").write_text(good.replace("A small test briefing", "A fixed briefing"))
    fixed = await run(discord_double, "reload")
    assert "mini.yaml: loaded (`mini`)" in fixed.text and "last good" not in fixed.text
    brief = await (await discord_double.slash("brief", {"briefing": "mini"})).response()
    assert brief.embeds[0]["title"] == "A fixed briefing"


# ----- /settings -----


async def test_settings_round_trip_and_channel_quizzes_use_them(discord_double, bot, services):
    shown = await run(discord_double, "settings")
    assert shown.ephemeral and "Quiz timer: 20 s per question" in shown.text
    assert "Default briefing: not set" in shown.text

    changed = await run(
        discord_double,
        "settings",
        {"quiz_timer": 45, "default_briefing": "mini", "qotd_channel": discord_double.news},
    )
    assert "Changed: quiz timer, default briefing, question of the day channel." in changed.text
    guild = discord_double.guild.id
    assert await services.store.settings.get_settings(guild) == GuildSettings(
        guild, None, 45, False, "mini", discord_double.news.id
    )
    again = await run(discord_double, "settings")
    assert "45 s per question" in again.text
    assert "`mini` (A small test briefing)" in again.text
    assert f"<#{discord_double.news.id}>" in again.text

    quiz = await (
        await discord_double.slash(
            "quiz", {"mode": "channel", "count": 1}, user=discord_double.student
        )
    ).response()
    assert "Channel quiz: A small test briefing" in quiz.text, "the default briefing"
    assert "45 s per question" in quiz.text, "the server's timer"
    running = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Question 1/1" in m.text
    )
    await (
        await discord_double.click(running, label="Stop quiz", user=discord_double.student)
    ).response()
    await discord_double.wait_for_message(  # stopped once ended in the store too
        discord_double.general, lambda m: "Quiz stopped: final table" in m.text
    )

    await run(discord_double, "settings", {"untimed_default": True, "clear": "default_briefing"})
    untimed = await (
        await discord_double.slash(
            "quiz", {"mode": "channel", "count": 1, "briefing": "mini"}, user=discord_double.student
        )
    ).response()
    assert "untimed" in untimed.text
    settings = await services.store.settings.get_settings(guild)
    assert (settings.untimed_default, settings.default_briefing) == (True, None)

    both = await run(
        discord_double, "settings", {"qotd_channel": discord_double.news, "clear": "qotd_channel"}
    )
    assert "not both" in both.text

"""Walk 41: a student's month and a moderator's term on the Discord double.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from bot.app import Services, build_services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cooldown import UserCooldown
from tests.bot_fixtures import HARBOUR
from tests.discord.test_bot import solo_quiz
from tests.discord.test_moderation import scheduler
from tests.discord.test_walk40 import answered_through, next_review_at
from tests.discord_double import DiscordDouble, Overwrite, Perm, payloads

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
MINUTE = dt.timedelta(minutes=1)


@pytest.fixture
def clock() -> FakeClock:
    """The bot's clock, moved by each walk over its days."""
    return FakeClock(START)


@pytest.fixture(autouse=True)
def days_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """No cooldown: starts days apart on the bot's clock are seconds apart in real time."""
    monkeypatch.setattr(UserCooldown, "hit", lambda self, user_id, now: None)


@pytest.fixture
async def discord_double() -> AsyncIterator[DiscordDouble]:
    """The double with a second server, whose #lounge the seed server's student is in too."""
    async with DiscordDouble(second_guild=True) as double:
        yield double


async def test_score_in_a_second_server_keeps_the_streak_and_what_is_due(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """A student of two servers studied in the first for two days, then typed /score in the
    second and read "No answers yet. Start with /quiz.": no streak, nothing due, though
    the README says streak, mastered and due are theirs everywhere and that a server's
    /score says when answers were given outside it. It now says none were given in this
    server yet, and shows the streak, what is due and where the other answers count."""
    double = discord_double
    for day in range(2):
        clock.current = START + day * DAY
        quiz = await solo_quiz(double, {"count": 2})
        await answered_through(double, services, quiz)

    lounge = double.second.lounge
    told = await (await double.slash("score", channel=lounge)).told()
    assert "No answers yet" not in told.text, told.text
    assert "Right answers: none in this server yet" in told.text, told.text
    assert "Streak: 2 days" in told.text and "Due for review:" in told.text, told.text
    assert "/score everywhere:True" in told.text, told.text
    assert "A small test briefing" not in told.text, "no other server's accuracy here"

    everywhere = await (await double.slash("score", {"everywhere": True}, channel=lounge)).told()
    assert "Right answers: 2/4 (50%)" in everywhere.text, everywhere.text


async def test_a_paused_reminder_names_the_command_that_turns_it_back_on(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """A student whose DMs were closed read "Your review reminder is paused ... Allow direct
    messages ..., then turn it back on with /remind." and did so: /remind alone only showed
    the same note again, and no reminder came. The note now names the command that turns it
    back on, with the student's own time and zone, and that command does."""
    double = discord_double
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    await (await double.slash("remind", {"time": "18:30", "timezone": "Europe/Paris"})).told()
    await answered_through(double, services, await solo_quiz(double, {"count": 2}))

    double.student.dms_closed = True
    clock.current = dt.datetime(2026, 3, 3, 17, 30, tzinfo=dt.UTC)  # 18:30 in Paris
    assert await reminders.run_due() == []
    double.student.dms_closed = False  # the student allows direct messages again
    note = (await (await double.slash("remind")).told()).text
    told = "turn it back on with /remind time:18:30 timezone:Europe/Paris."
    assert told in note, note

    await (await double.slash("remind", {"time": "18:30", "timezone": "Europe/Paris"})).told()
    clock.current += DAY
    assert await reminders.run_due() == [double.student.id]
    assert "Time to review" in double.dms_to(double.student)[-1].text


async def test_a_briefing_broken_on_disk_before_a_restart_is_served_as_it_last_loaded(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """A club's briefing file was broken on disk (a half-saved edit) and the bot restarted
    before anyone ran /reload: the briefing was gone. Its students read "You have nothing
    to review yet ... 3 questions are due from briefings not available here: a server's own
    briefings are reviewed with /review in that server", their work "#1 mini (no longer
    published)" with "Ask a moderator: they can publish it again" (no moderator can: it is
    a bundled file), and the default briefing "not available now (unpublished or
    removed)". The last good version of each file is now kept beside the store and
    served at start, as /reload keeps it while the bot runs; /reload names the problem."""
    double, mod = discord_double, discord_double.moderator
    await (await double.slash("settings", {"default_briefing": "mini"}, user=mod)).told()
    work = {"briefing": "mini", "due_date": "2026-03-09", "due_time": "12:00"}
    await (await double.slash("assign", work, user=mod)).told()
    await answered_through(double, services, await solo_quiz(double, {"count": 3}))

    mini = services.settings.content_dir / "mini.yaml"
    mini.write_text(mini.read_text(encoding="utf-8")[:300] + "\n  : : [half saved", "utf-8")
    await double.stop(bot)
    clock.current = START + DAY
    restarted = await build_services(services.settings, clock=clock)
    try:
        await double.start(BriefBot(restarted))
        review = await (await double.slash("review")).message()
        assert "Question 1/3" in review.text and "A small test briefing" in review.text
        listed = await (await double.slash("assignments")).message()
        assert "no longer published" not in listed.text, listed.text
        started = await (await double.click(listed, listed.buttons[0]["custom_id"])).message()
        assert "Question 1/3" in started.text, started.text
        quiz = (await (await double.slash("quiz")).told()).text
        assert "not available" not in quiz, quiz

        reloaded = (await (await double.slash("reload", user=mod)).told()).text
        assert "content/mini.yaml: broken: the last good version stays live" in reloaded
    finally:
        await restarted.close()


async def test_questions_of_a_briefing_taken_off_the_shelf_are_not_due_anywhere(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """At the end of a unit whoever runs the bot removed its briefing file and ran /reload.
    Its students read in /score "Due for review: 3 (see /review)", and /review answered
    "You have nothing to review yet ... 3 questions are due from briefings not available
    here: a server's own briefings are reviewed with /review in that server": neither
    true, since no review anywhere can ask them again. Their answers stay counted, under
    "briefing no longer available" rather than its raw id, and nothing is due from it."""
    double, mod = discord_double, discord_double.moderator
    await answered_through(double, services, await solo_quiz(double, {"count": 3}))
    (services.settings.content_dir / "mini.yaml").unlink()
    await (await double.slash("reload", user=mod)).told()

    clock.current = START + 3 * DAY
    review = (await (await double.slash("review")).told()).text
    assert "a server's own briefings" not in review and "due from" not in review, review
    score = (await (await double.slash("score")).told()).text
    assert "Right answers: 2/3 (67%)" in score, "the answers given still count"
    assert "Due for review: 0" in score and "(see /review)" not in score, score
    assert "1 briefing no longer available to you" in score, score
    assert "mini" not in score and "reopening" not in score, "no raw ids"


async def test_a_keyword_matching_no_briefing_is_shown_as_typed_not_as_markdown(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """`/briefings keyword:**bold** ||spoiler|| @here` answered, for the whole channel,
    "No briefings matching “**bold** ||spoiler|| @here” are loaded." with the keyword's
    markdown live (bold, a spoiler) and an `@here` left as typed, where every refusal
    (`/quiz briefing:`, `/glossary term:`) escapes what was typed. It is escaped alike."""
    double = discord_double
    keyword = "**bold** ||spoiler|| @here"
    told = await (await double.slash("briefings", {"keyword": keyword})).told()
    (embed,) = told.data["embeds"]  # type: ignore[union-attr]
    assert "\\*\\*bold\\*\\* \\|\\|spoiler\\|\\|" in embed["description"], embed
    assert "@here" not in embed["description"], "the mention escaped, as in every refusal"
    assert "bold" in told.text and "spoiler" in told.text, told.text


def comes_back_in(ended: str, now: dt.datetime) -> dt.timedelta:
    """How long after `now` the end of a quiz or review says its question comes back."""
    return next_review_at(ended) - now


async def test_a_month_of_one_question_spaces_it_as_the_readme_says(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """The walk over a month, each step read where the student reads it (the end of the
    quiz or review): right first, back in 10 minutes; right again, 2 days; right once
    learnt, about 11 days (spread by fsrs's fuzz: 9 to 14); missed then, back in 10
    minutes (a lapse of a learnt card relearns, as "I guessed" once learnt says); /score's
    streak counts the days studied in a row, and starts again after a gap."""
    double = discord_double
    ended = await answered_through(
        double,
        services,
        await solo_quiz(double, {"count": 1, "difficulty": "easy"}),
        first_wrong=False,
    )
    assert comes_back_in(ended, clock.now()) == 10 * MINUTE, ended

    async def review(*, right: bool) -> str:
        clock.current = next_review_at(ended) + MINUTE
        started = await (await double.slash("review")).message()
        return await answered_through(double, services, started, first_wrong=not right)

    ended = await review(right=True)
    assert comes_back_in(ended, clock.now()) == 2 * DAY, ended
    ended = await review(right=True)  # day 3
    assert 9 * DAY <= comes_back_in(ended, clock.now()) <= 14 * DAY, ended  # fsrs's fuzz
    score = (await (await double.slash("score")).told()).text
    assert "Streak: 1 day" in score, "day 1 and day 3: not in a row"
    ended = await review(right=False)  # about day 14: a lapse
    assert comes_back_in(ended, clock.now()) == 10 * MINUTE, ended


async def test_a_question_changed_in_a_new_version_is_not_due_in_the_server(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """A club published version 2 of its own briefing with one question reworded (served
    under a new id, so the old review card is never scored against it). A student who had
    missed the old question read "Due for review: 1 (see /review)" in /score, and /review
    said "1 question is due from a briefing not available here: a server's own briefings
    are reviewed with /review in that server", in that very server. The old question is due
    nowhere while the new version is out (a rollback brings it back)."""
    double = discord_double
    guild = double.guild.id
    await services.content.upload(guild, "harbour.yaml", HARBOUR.encode())
    await services.content.publish(guild, "harbour")
    quiz = await solo_quiz(double, {"briefing": "harbour", "count": 1, "difficulty": "easy"})
    await answered_through(double, services, quiz)  # missed: due in a minute

    reworded = HARBOUR.replace(
        "For how many days was the harbour closed?", "How many days was the harbour shut?"
    )
    await services.content.upload(guild, "harbour.yaml", reworded.encode())
    await services.content.publish(guild, "harbour")
    clock.current = START + DAY
    review = (await (await double.slash("review")).told()).text
    assert "not available here" not in review, review
    score = (await (await double.slash("score")).told()).text
    assert "(see /review)" not in score, score


async def test_the_reminder_counts_only_questions_a_review_can_ask(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """Whoever runs the bot replaced a bundled briefing's question (a new id) and reloaded.
    A student who had missed the old one got the reminder's "1 question is due for review"
    the next evening, and its Review now button found nothing to review. The reminder counts
    what a review there can ask, as /review and /score do."""
    double, mod = discord_double, discord_double.moderator
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    await (await double.slash("remind", {"time": "18:30", "timezone": "Europe/Paris"})).told()
    quiz = await solo_quiz(double, {"count": 1, "difficulty": "easy"})  # q-days, missed
    await answered_through(double, services, quiz)

    mini = services.settings.content_dir / "mini.yaml"
    mini.write_text(mini.read_text(encoding="utf-8").replace("id: q-days", "id: q-days-new"))
    await (await double.slash("reload", user=mod)).told()
    clock.current = dt.datetime(2026, 3, 3, 17, 30, tzinfo=dt.UTC)  # 18:30 in Paris
    assert await reminders.run_due() == [], [m.text for m in double.dms_to(double.student)]


async def test_a_question_of_the_day_keeps_its_local_time_across_a_restart_and_dst(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """A club in Berlin asks a question of the day at 08:00. The bot is stopped on the
    Saturday evening and started again on the Sunday the clocks go forward: Sunday's
    question goes out at 08:00 Berlin time (06:00 UTC, an hour earlier in UTC than
    Saturday's), once, after Saturday's answer is revealed; /schedules reads the next in
    summer time. (A walk with no finding: each step as the README says.)"""
    double, mod = discord_double, discord_double.moderator
    clock.current = dt.datetime(2026, 3, 27, 12, 0, tzinfo=dt.UTC)  # Friday
    options = {"qotd_channel": double.news, "default_briefing": "mini"}
    await (await double.slash("settings", options, user=mod)).told()
    asked = {"what": "question", "time": "08:00", "timezone": "Europe/Berlin"}
    await (await double.slash("schedule", asked, user=mod)).told()

    def posted() -> list[str]:
        return [m.text.splitlines()[0] for m in double.bot_messages_in(double.news)]

    saturday = dt.datetime(2026, 3, 28, 7, 0, 30, tzinfo=dt.UTC)  # 08:00 CET
    clock.current = saturday
    await scheduler(bot).run_due(clock.now())
    assert posted() == ["Question of the day · Saturday 28 March"], posted()
    await double.stop(bot)

    clock.current = dt.datetime(2026, 3, 29, 5, 30, tzinfo=dt.UTC)  # Sunday, 07:30 CEST
    restarted = await build_services(services.settings, clock=clock)
    try:
        again = await double.start(BriefBot(restarted))
        await scheduler(again).run_due(clock.now())
        assert len(posted()) == 1, "nothing before 08:00 Berlin time"
        for minutes in (30, 31, 60):  # 06:00 UTC is 08:00 CEST; later ticks post nothing more
            clock.current = dt.datetime(2026, 3, 29, 5, 30, 30, tzinfo=dt.UTC) + minutes * MINUTE
            await scheduler(again).run_due(clock.now())
        assert posted() == [
            "Question of the day · Saturday 28 March",
            "Question of the day · Saturday 28 March: the answer",
            "Question of the day · Sunday 29 March",
        ], posted()
        listed = (await (await double.slash("schedules", user=mod)).told()).text
        assert "Mon 30 Mar 2026 08:00 CEST (06:00 UTC)" in listed, listed
    finally:
        await restarted.close()


async def test_work_on_a_bundled_briefing_whose_file_was_removed_names_who_can_act(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """Work was set on a bundled briefing, and whoever runs the bot then removed its file.
    The student read "#1 mini (no longer published)" and, at Start, "Ask a moderator: they
    can publish it again": no moderator can publish a bundled file. It now says the
    briefing is no longer available, that whoever runs the bot removed it, and that a
    moderator can withdraw the work."""
    double, mod = discord_double, discord_double.moderator
    work = {"briefing": "mini", "due_date": "2026-03-09", "due_time": "12:00"}
    await (await double.slash("assign", work, user=mod)).told()
    (services.settings.content_dir / "mini.yaml").unlink()
    await (await double.slash("reload", user=mod)).told()

    listed = await (await double.slash("assignments")).message()
    assert "#1 A small test briefing (no longer available)" in listed.text, listed.text
    started = (await (await double.click(listed, listed.buttons[0]["custom_id"])).told()).text
    assert "publish it again" not in started, started
    assert "whoever runs the bot removed it" in started and "/unassign" in started, started


async def test_a_schedule_whose_briefing_is_gone_points_at_the_briefing_not_the_channel(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """A daily post of a briefing whose file was since removed failed, and its moderator
    was told "Schedule #1 could not post: There is no briefing `mini`. ... Check the channel
    and my permissions there", then, paused, "fix the channel (or pick another)": nothing
    was wrong with the channel. The notice now points at the briefing (and, polish-46, the
    first run pauses the schedule, telling once: a briefing gone is gone on every try)."""
    double, mod = discord_double, discord_double.moderator
    daily = {"what": "briefing", "time": "10:00", "briefing": "mini"}
    await (await double.slash("schedule", daily, user=mod)).told()
    (services.settings.content_dir / "mini.yaml").unlink()
    await (await double.slash("reload", user=mod)).told()

    for day in range(3):
        clock.current = START + day * DAY + 61 * MINUTE  # 10:01 UTC
        await scheduler(bot).run_due(clock.now())
    told = [m.text for m in double.dms_to(mod)]
    assert len(told) == 1 and "There is no briefing `mini`" in told[0], told
    assert not any("permissions" in t or "fix the channel" in t for t in told), told
    assert "Its briefing is no longer here" in told[0], told[0]
    assert "schedule a briefing listed in /briefings" in told[0], told[0]


async def test_forgetme_confirmed_twice_says_nothing_was_left_to_delete(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """A student typed /forgetme twice (the first answer seemed slow) and confirmed both:
    the second read "Forgotten. Deleted 0 records kept about you.", which reads like a
    failure. It now says it deleted nothing, since nothing was kept."""
    double = discord_double
    await answered_through(double, services, await solo_quiz(double, {"count": 1}))
    first = await (await double.slash("forgetme")).message()
    second = await (await double.slash("forgetme")).message()
    done = (await (await double.click(first, first.buttons[0]["custom_id"])).told()).text
    assert "Forgotten" in done and "records kept about you." in done, done
    again = (await (await double.click(second, second.buttons[0]["custom_id"])).told()).text
    assert "Deleted 0" not in again, again
    assert "Deleted nothing: nothing was kept about you." in again, again


async def test_a_question_of_the_day_that_could_not_be_revealed_is_not_said_revealed(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """Mid-term a server admin took the bot's Send Messages away in the question-of-the-day
    channel. The day's question could not be revealed there and closed; a student clicking
    it next morning read "This question of the day is closed: its answer has been posted in
    the channel", where nothing was posted. A click on a closed question now says it is
    closed, with its answer and why, read from the answers given to it."""
    double, mod = discord_double, discord_double.moderator
    options = {"qotd_channel": double.news, "default_briefing": "mini"}
    await (await double.slash("settings", options, user=mod)).told()
    await (await double.slash("schedule", {"what": "question", "time": "10:00"}, user=mod)).told()
    clock.current = START + 61 * MINUTE  # 10:01 UTC
    await scheduler(bot).run_due(clock.now())
    (question,) = double.bot_messages_in(double.news)
    await (await double.click(question, question.buttons[0]["custom_id"])).told()

    double.news.overwrites = [Overwrite(double.bot_user.id, 1, deny=int(Perm.SEND_MESSAGES))]
    await double.dispatch("CHANNEL_UPDATE", payloads.channel(double.news))
    await double.sync()
    clock.current += DAY
    await scheduler(bot).run_due(clock.now())  # its reveal is refused: closed unrevealed
    assert len(double.bot_messages_in(double.news)) == 1, "nothing more was posted"

    ana = await double.add_member("ana")
    told = (
        await (await double.click(question, question.buttons[1]["custom_id"], user=ana)).told()
    ).text
    assert "has been posted" not in told, told
    assert "This question of the day is closed" in told, told
    qq = services.library.get("mini").questions_by_id
    shown = [q for q in qq.values() if q.prompt in question.text]
    assert shown and shown[0].explanation in told and shown[0].answer_text in told, told

"""Walkthrough 28: one student (and two classmates) over three weeks of the injected clock:
a quiz with mistakes, "Retry what I missed", /review, /score, the week's leaderboard, a
review reminder in their own time zone across the daylight-saving changes, its direct
message and Review now; the same student in French. Every figure is counted by hand from
the answers given.

Days pass on the injected clock while "Quiz me" and /review's cooldown (2 per 10 s) reads
the click's own time, which the double takes from the real clock: the walk turns that
cooldown off (`tests/faults/test_abuse.py` covers it).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cooldown import UserCooldown
from tests.discord.test_bot import session_of, solo_quiz
from tests.discord_double import DiscordDouble, Message, User

START = dt.datetime(2026, 3, 6, 14, 0, tzinfo=dt.UTC)
"""A Friday; America moves its clocks on Sunday 8 March, Europe on Sunday 29 March."""


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture(autouse=True)
def days_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """No cooldown: the clicks of days apart are seconds apart in real time."""
    monkeypatch.setattr(UserCooldown, "hit", lambda self, user_id, now: None)


def go_on(message: Message) -> str:
    """The custom id of the button that goes on (next question, or the score), any language."""
    return next(
        b["custom_id"]
        for b in message.buttons
        if b.get("custom_id") and not b.get("disabled") and ":rp:" not in b["custom_id"]
    )


async def play(
    double: DiscordDouble, services: Services, message: Message, rights: list[bool], user=None
) -> Message:
    """Answer the quiz shown on `message`, right or wrong in turn as `rights` says, then go on
    after each verdict (in any language); returns the message, now showing the score."""
    for right in rights:
        asked = session_of(services, message).current()
        if asked.question.kind == "short":
            box = next(b["custom_id"] for b in message.buttons if b["custom_id"].endswith("answer"))
            shown = await (await double.click(message, box, user=user)).response()
            typed = asked.question.answer_text if right else "zzz"
            sent = await double.submit_modal(shown.custom_id, {"answer": typed}, user=user)
        else:
            keys = asked.keys
            index = (
                keys.index(asked.right_key)
                if right
                else next(i for i, k in enumerate(keys) if k != asked.right_key)
            )
            sent = await double.click(message, message.buttons[index]["custom_id"], user=user)
        await sent.message()
        await (await double.click(message, go_on(message), user=user)).message()
    return message


async def said(double: DiscordDouble, command: str, options: dict | None = None, user=None) -> str:
    return (await (await double.slash(command, options or {}, user=user)).message()).text


async def review_all(
    double: DiscordDouble, services: Services, start: Message | None = None, user=None
) -> str:
    """Run /review (or the review `start` shows) answering every question right; the end."""
    shown = start or await (await double.slash("review", user=user)).message()
    total = int(re.search(r"Question 1/(\d+)", shown.text).group(1))  # type: ignore[union-attr]
    return (await play(double, services, shown, [True] * total, user=user)).text


def french(user: User) -> User:
    user.locale = "fr"
    return user


async def test_a_french_students_score_and_leaderboard_write_numbers_the_french_way(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double = discord_double
    student = french(double.student)
    quiz = await solo_quiz(double, {"count": 3}, user=student)
    finished = await play(double, services, quiz, [True, False, False], user=student)
    assert "1/3 (33\u00a0%)" in finished.text

    score = await said(double, "score", user=student)
    assert "Bonnes réponses\u00a0: 1/3 (33\u00a0%)" in score, "as the quiz's end writes it"
    assert "%)" not in score.replace("\u00a0%)", ""), "every share with its space"

    board = await said(double, "leaderboard", user=student)
    assert f"1. <@{student.id}>\u00a0: 1 juste sur 3" in board, "one right answer: singular"


async def test_the_reminder_speaks_the_language_the_student_set_it_in(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    double = discord_double
    student = french(double.student)
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    await said(double, "remind", {"time": "18:30", "timezone": "Europe/Paris"}, user=student)
    quiz = await solo_quiz(double, {"count": 3}, user=student)
    await play(double, services, quiz, [True, False, False], user=student)

    clock.current = dt.datetime(2026, 3, 6, 17, 30, tzinfo=dt.UTC)  # 18:30 in Paris
    assert await reminders.run_due() == [student.id]
    (dm,) = double.dms_to(student)
    # the two missed, and the right one: a first answer comes back after ten minutes (Good)
    assert "C'est l'heure de réviser" in dm.text and "3 questions sont à réviser" in dm.text
    assert [b["label"] for b in dm.buttons] == ["Réviser maintenant"]
    review = await (await double.click(dm, dm.buttons[0]["custom_id"], user=student)).message()
    assert "Question 1/3" in review.text

    student.dms_closed = True
    clock.current += dt.timedelta(days=1)
    assert await reminders.run_due() == []
    paused = await said(double, "remind", user=student)
    assert "le 7 mars 2026" in paused, "a date in words, as French writes it"


async def test_score_and_review_agree_on_what_comes_back_when_the_server_hid_a_question(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double = discord_double
    quiz = await solo_quiz(double, {"count": 3})
    await play(double, services, quiz, [False, False, False])
    filed = await services.question_reports.report(
        guild_id=double.guild.id,
        user_id=double.student.id,
        briefing_id="mini",
        question_id="q-days",
        reason="wrong_key",
    )
    assert filed.number is not None
    await services.question_reports.hide(double.guild.id, filed.number, double.moderator.id)

    review = await said(double, "review")
    assert "2 questions come back" in review, "the hidden one is not asked here"
    score = await said(double, "score")
    assert "Due for review: 0 — 2 questions come back" in score, "/score counts as /review does"


async def test_a_review_from_the_reminders_direct_message_keeps_the_streak(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    double = discord_double
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    await said(double, "remind", {"time": "18:30", "timezone": "America/New_York"})
    quiz = await solo_quiz(double, {"count": 3})
    await play(double, services, quiz, [True, False, False])  # Friday, in the server

    clock.current = dt.datetime(2026, 3, 7, 23, 30, tzinfo=dt.UTC)  # Saturday 18:30 in New York
    assert await reminders.run_due() == [double.student.id]
    (dm,) = double.dms_to(double.student)
    start = await (await double.click(dm, label="Review now")).message()
    assert "You scored 3/3" in await review_all(double, services, start), "a first answer: all due"

    score = await said(double, "score")
    assert "Streak: 2 days" in score, "studied Friday and Saturday, the Saturday in the DM"
    assert "Right answers: 1/3 (33%)" in score, "the server's own answers"
    everywhere = await said(double, "score", {"everywhere": True})
    assert "Right answers: 4/6 (67%)" in everywhere and "Streak: 2 days" in everywhere


async def my_data(double: DiscordDouble, user: User) -> list[dict]:
    """The records of `user`'s /mydata file."""
    shown = await (await double.slash("mydata", user=user)).response()
    await double.wait_for(lambda: shown.message.files or None)
    return json.loads(gzip.decompress(shown.message.files["briefbot-mydata.json.gz"]))["records"]


async def test_mydata_during_a_channel_quiz_the_student_started_holds_no_classmate(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double = discord_double
    options = {"briefing": "mini", "count": 3, "mode": "channel", "timer": 0}
    await (await double.slash("quiz", options)).response()  # the student starts it
    question = await double.wait_for_message(double.general, lambda m: "Question 1/3" in m.text)
    asked = next(iter(services.study.group.values())).current()
    for user, right in ((double.owner, True), (double.student, False)):
        if asked.question.kind == "short":
            box = next(
                b["custom_id"] for b in question.buttons if b["custom_id"].endswith("answer")
            )
            shown = await (await double.click(question, box, user=user)).response()
            typed = asked.question.answer_text if right else "zzz"
            await (
                await double.submit_modal(shown.custom_id, {"answer": typed}, user=user)
            ).response()
            continue
        keys = asked.keys
        index = (
            keys.index(asked.right_key)
            if right
            else next(i for i, k in enumerate(keys) if k != asked.right_key)
        )
        sent = await double.click(question, question.buttons[index]["custom_id"], user=user)
        await sent.response()
    await (await double.click(question, label="Close question")).response()
    await double.wait_for_message(double.general, lambda m: "Question 2/3" in m.text)

    records = await my_data(double, double.student)
    (quiz,) = [r for r in records if r["record"] == "session" and r["kind"] == "channel"]
    assert str(double.owner.id) not in json.dumps(records), "the classmate's answer is theirs"
    (first,) = json.loads(quiz["state"])["results"]
    assert first["wrong"] == [double.student.id], "the student's own result is there"


class Tally:
    """Right answers and answers given, counted from the answers the test gives."""

    def __init__(self) -> None:
        self.right = self.answered = 0

    def add(self, rights: list[bool]) -> list[bool]:
        self.right += sum(rights)
        self.answered += len(rights)
        return rights

    def shown(self) -> str:
        """What /score shows of them."""
        share = int(100 * self.right / self.answered + 0.5)  # halves up, as the bot rounds
        return f"Right answers: {self.right}/{self.answered} ({share}%)"


def at(day: int, month: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=dt.UTC)


async def study_day(
    double: DiscordDouble, services: Services, tally: Tally, *, streak_before: int
) -> None:
    """A day the student opens the bot: /score, then /review (its figure is /score's), all
    right; with nothing due, a one-question /quiz, right. /score then counts the day."""
    score = await said(double, "score")
    assert f"Streak: {streak_before} day" in score and tally.shown() in score
    due = int(re.search(r"Due for review: (\d+)", score).group(1))  # type: ignore[union-attr]
    review = await (await double.slash("review")).message()
    if due:
        assert f"Question 1/{due}" in review.text, "/review asks what /score said is due"
        await play(double, services, review, tally.add([True] * due))
    else:
        assert "Nothing is due yet" in review.text
        quiz = await solo_quiz(double, {"count": 1})
        await play(double, services, quiz, tally.add([True]))
    after = await said(double, "score")
    assert f"Streak: {streak_before + 1} day" in after and tally.shown() in after


async def test_three_weeks_of_one_student_and_two_classmates(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    double, sam = discord_double, discord_double.student
    ana, ben = await double.add_member("ana"), await double.add_member("ben")
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    await said(double, "remind", {"time": "18:30", "timezone": "America/New_York"}, user=ben)
    await said(double, "remind", {"time": "18:30", "timezone": "Europe/Paris"}, user=ana)
    await said(double, "remind", {"time": "07:00", "timezone": "America/New_York"})
    tally = Tally()

    # Friday, day 1: a quiz with two mistakes, Retry what I missed, /review minutes later
    quiz = await solo_quiz(double, {"count": 3})
    assert (
        "You scored 1/3 (33%)"
        in (await play(double, services, quiz, tally.add([True, False, False]))).text
    )
    retry = await (await double.click(quiz, label="Retry what I missed")).message()
    assert "Question 1/2" in retry.text, "the two missed, not the one known"
    assert (
        "You scored 1/2 (50%)"
        in (await play(double, services, retry, tally.add([True, False]))).text
    )
    score = await said(double, "score")
    assert tally.shown() in score and "Streak: 1 day" in score
    coming = int(re.search(r"come(?:s)? back <t:(\d+):R>", score).group(1))  # type: ignore[union-attr]
    assert 0 < coming - clock.now().timestamp() <= 10 * 60, "a missed question: within minutes"
    clock.current += dt.timedelta(minutes=11)
    review = await (await double.slash("review")).message()
    # the one still missed, and the two right ones: a right first answer (or a right answer
    # after a miss) is in FSRS's ten-minute learning step, not days away
    assert "Question 1/3" in review.text, "the one still missed is back, and the right ones"
    assert "You scored 3/3" in (await play(double, services, review, tally.add([True] * 3))).text
    for user, rights in ((ana, [True] * 3), (ben, [False] * 3)):
        await play(
            double, services, await solo_quiz(double, {"count": 3}, user=user), rights, user=user
        )
    board = await said(double, "leaderboard", {"period": "week"}, user=ben)
    assert f"1. <@{sam.id}>: 5 right of 8\n2. <@{ana.id}>: 3 right of 3" in board, (
        "more right first"
    )
    assert "get a question right this week to join" in board, "ben, with none right"

    # Saturday, day 2: ben's reminder at 18:30 in New York (EST, UTC-5)
    clock.current = at(7, 3, 14)
    await study_day(double, services, tally, streak_before=1)
    clock.current = at(7, 3, 23, 29)
    assert ben.id not in await reminders.run_due()
    clock.current = at(7, 3, 23, 30)
    assert ben.id in await reminders.run_due()
    (dm,) = double.dms_to(ben)
    assert "3 questions are due for review" in dm.text, "ben missed all three and never reviewed"

    # Sunday, America moves to EDT; the week's board still has Friday and Saturday
    clock.current = at(8, 3, 23, 59)
    assert f"<@{sam.id}>" in await said(double, "leaderboard", {"period": "week"})
    clock.current = at(9, 3, 0, 0)  # Monday: a new week
    monday = await said(double, "leaderboard", {"period": "week"})
    assert "Nobody has a right answer this week yet" in monday

    # Monday, day 4: Sam's reminder at 07:00 in New York, now EDT (UTC-4)
    clock.current = at(9, 3, 10, 59)
    assert sam.id not in await reminders.run_due()
    clock.current = at(9, 3, 11, 0)
    dms = len(double.dms_to(sam))
    in_dm = Tally()
    if sam.id in await reminders.run_due():  # only with questions due: then its figure
        assert len(double.dms_to(sam)) == dms + 1
        dm = double.dms_to(sam)[-1]
        counted = re.search(r"(\d+) questions? (?:is|are) due", dm.text)
        assert counted is not None, dm.text
        due = int(counted.group(1))
        start = await (await double.click(dm, label="Review now")).message()
        assert f"Question 1/{due}" in start.text, "Review now asks what the DM counted"
        assert f"You scored {due}/{due}" in await review_all(double, services, start)
        in_dm.add([True] * due)
        assert "Streak: 1 day" in await said(double, "score"), "the DM's review keeps the streak"
    else:
        assert "Due for review: 0" in await said(double, "score")
    clock.current = at(9, 3, 22, 29)
    assert ben.id not in await reminders.run_due()
    clock.current = at(9, 3, 22, 30)  # 18:30 EDT
    assert ben.id in await reminders.run_due()
    clock.current = at(9, 3, 23, 30)
    assert ben.id not in await reminders.run_due(), "once a day"

    # day 10 and day 21, Sam in the server; the DM's answers count everywhere only
    clock.current = at(15, 3, 14)
    await study_day(double, services, tally, streak_before=0)
    clock.current = at(26, 3, 14)
    await study_day(double, services, tally, streak_before=0)
    everywhere = await said(double, "score", {"everywhere": True})
    both = Tally()
    both.right, both.answered = tally.right + in_dm.right, tally.answered + in_dm.answered
    assert both.shown() in everywhere

    # Paris at 18:30: CET (UTC+1) on Friday 27 March, CEST (UTC+2) from Sunday 29 March
    for day, hour in ((27, 17), (30, 16)):
        sent = len(double.dms_to(ana))
        clock.current = at(day, 3, hour, 29)
        assert ana.id not in await reminders.run_due(), f"{day} March, a minute early"
        clock.current = at(day, 3, hour, 30)
        assert ana.id in await reminders.run_due(), f"{day} March, 18:30 in Paris"
        assert len(double.dms_to(ana)) == sent + 1


async def test_forgetme_mid_review_and_mid_assignment_then_starting_again(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    double, sam = discord_double, discord_double.student
    ana = await double.add_member("ana")
    reminders = bot.get_cog("Progress").reminders  # type: ignore[union-attr]
    await said(double, "remind", {"time": "18:30", "timezone": "Europe/Paris"})
    work = {"briefing": "mini", "due_date": "2026-03-13", "due_time": "16:00"}
    announced = await (await double.slash("assign", work, user=double.moderator)).message()
    mine = await (await double.click(announced, label="Start assignment #1", user=sam)).message()
    await play(double, services, mine, [True], user=sam)  # one of three, then stops
    theirs = await (await double.click(announced, label="Start assignment #1", user=ana)).message()
    await play(double, services, theirs, [False, True, True], user=ana)
    await play(double, services, await solo_quiz(double, {"count": 3}), [False] * 3)
    clock.current += dt.timedelta(minutes=10)
    review = await (await double.slash("review")).message()
    assert "Question 1/3" in review.text
    before = await said(double, "report", user=double.moderator)
    assert "Student Sam: started, 1 of 3 answered, 1 right" in before

    ask = await (await double.slash("forgetme")).message()
    done = await (await double.click(ask, label="Yes, delete it all")).message()
    assert "Deleted" in done.text

    report = await said(double, "report", user=double.moderator)
    assert "Sam" not in report and "1 finished" in report, "only ana's attempt is left"
    assert "ana: finished, 2/3" in report and "Answered by 1; 0% right" in report
    for message, told in ((review, "This quiz has ended"), (mine, "/assignments")):
        button = next(b["custom_id"] for b in message.buttons if not b.get("disabled"))
        ended = await (await double.click(message, button)).message()
        assert told in ended.text, "the review has ended; the assignment is still open"
    board = await said(double, "leaderboard", {"period": "week"})
    assert f"<@{sam.id}>" not in board and f"1. <@{ana.id}>: 2 right of 3" in board

    # Sam comes back the next day: nothing of before, no reminder
    clock.current += dt.timedelta(days=1)
    assert await reminders.run_due() == [] and double.dms_to(sam) == []
    assert "No answers yet" in await said(double, "score")
    assert "Off." in await said(double, "remind")
    again = await (await double.click(announced, label="Start assignment #1", user=sam)).message()
    assert "Question 1/3" in again.text, "the assignment starts again from its first question"
    await play(double, services, again, [True, True, True], user=sam)
    score = await said(double, "score")
    assert "Right answers: 3/3 (100%)" in score and "Streak: 1 day" in score, "no ghost streak"


async def test_mydata_holds_everything_the_student_did_and_nothing_of_a_classmate(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    double, sam = discord_double, discord_double.student
    ana = await double.add_member("ana")
    await said(double, "remind", {"time": "18:30", "timezone": "Europe/Paris"})
    await said(double, "preferences", {"untimed": True})
    work = {"briefing": "mini", "due_date": "2026-03-13", "due_time": "16:00"}
    announced = await (await double.slash("assign", work, user=double.moderator)).message()
    for user in (sam, ana):
        start = await (
            await double.click(announced, label="Start assignment #1", user=user)
        ).message()
        await play(double, services, start, [True, False, True], user=user)
    await play(double, services, await solo_quiz(double, {"count": 2}), [False, True])

    records = await my_data(double, sam)
    kinds = [r["record"] for r in records]
    assert kinds.count("answer") == 5, "three in the assignment, two in the quiz"
    assert kinds.count("review") == 3 and kinds.count("submission") == 1
    assert kinds.count("preferences") == 1
    (reminder,) = [r for r in records if r.get("kind") == "reminder"]
    assert json.loads(reminder["state"])["tz"] == "Europe/Paris"
    assert str(ana.id) not in json.dumps(records) and str(double.moderator.id) not in json.dumps(
        records
    )

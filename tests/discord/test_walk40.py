"""Walk 40: a student's week and a moderator's club on the Discord double.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pytest import MonkeyPatch

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import answer_right, session_of, solo_quiz
from tests.discord.test_class_mode import (
    settings,  # noqa: F401 (a fixture: the members intent on, so /report lists who never started)
)
from tests.discord_double import DiscordDouble
from tests.discord_double.state import Message

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)


@pytest.fixture
def clock() -> FakeClock:
    """The bot's clock, moved by each walk over its days."""
    return FakeClock(START)


def stamp(when: dt.datetime) -> str:
    """A moment as Discord shows it to each reader, relative."""
    return f"<t:{int(when.timestamp())}:R>"


async def test_checking_review_with_nothing_due_is_never_too_fast(
    discord_double: DiscordDouble, bot: object, services: object
) -> None:
    """A student told "Nothing is due yet: 1 question comes back in 1 minute" who typed
    /review again to check, then once more, was told "Slow down a little: try again in
    10 s": a /review that started nothing counted as a start, though the README says a
    start refused does not. Only reviews that start count now."""
    double = discord_double
    question = await solo_quiz(double, {"count": 1, "difficulty": "easy"})
    await (await answer_right(double, services, question)).message()  # type: ignore[arg-type]

    for _ in range(3):
        told = (await (await double.slash("review")).told()).text
        assert "Nothing is due yet" in told and "Slow down" not in told, told


async def test_work_set_for_everyone_lists_no_moderator_as_not_started(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """`/assign` without a role sets the work for everyone in the channel, and `/report`
    listed "Not started (4): Server Owner, Moderator Mia, Student Sam, ana": the teacher who
    set the work, and the server's owner, among the students who never did it (the CSV
    too). The server's moderators (Manage Messages or Manage Server there, or the
    moderator role of `/settings`) set the work; they are listed only once they start it."""
    double, mod = discord_double, discord_double.moderator
    helper_role = await double.add_role("Club helper")
    helper = await double.add_member("helper", roles=("Club helper",))
    ana = await double.add_member("ana")
    await (await double.slash("settings", {"moderator_role": helper_role}, user=mod)).told()
    work = {"briefing": "mini", "due_date": "2026-12-14", "due_time": "18:00"}
    await (await double.slash("assign", work, user=mod)).told()
    await double.wait_for(lambda: bot.get_guild(double.guild.id).get_member(ana.id))  # type: ignore[union-attr]

    report = (await (await double.slash("report", user=mod)).message()).text
    assert "Not started (2): Student Sam, ana" in report, report
    for moderator in ("Moderator Mia", "Server Owner", helper.username):
        assert moderator not in report, report
    exported = await (await double.slash("report", {"export": "csv"}, user=mod)).message()
    (data,) = exported.files.values()
    assert b"Moderator Mia" not in data and b"ana" in data


async def test_a_text_only_student_is_told_of_a_database_outage_in_text(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, monkeypatch: MonkeyPatch
) -> None:
    """A student who chose text only (a screen reader) was told "The database is not
    answering right now" in an embed: in an outage the reply could not read their choice,
    and took the defaults. Their choice as last read is kept for that: the outage is told
    as plain text, and the same /score works once the database is back."""
    double = discord_double
    chose = {"text_only": True}
    await (await double.slash("preferences", chose)).told()
    seen = await (await double.slash("score")).told()
    assert not seen.embeds and "Your progress" in seen.text, "text only, before the outage"

    told = await score_while_the_store_refuses(double, services, monkeypatch)
    assert "not answering" in told.text and told.ephemeral, told.text
    assert not told.embeds, "the outage in text, as the student chose"
    again = await (await double.slash("score")).told()
    assert not again.embeds and "Your progress" in again.text


async def score_while_the_store_refuses(
    double: DiscordDouble, services: Services, monkeypatch: MonkeyPatch
):
    """/score while the database refuses every connection (preferences and progress alike)."""

    async def refused(*args: object, **kwargs: object) -> object:
        raise ConnectionRefusedError(111, "Connect call failed")

    with monkeypatch.context() as down:
        down.setattr(services.preferences.store, "preferences_of", refused)
        down.setattr(services.study, "progress", refused)
        return await (await double.slash("score")).told(timeout=10)


async def answered_through(
    double: DiscordDouble, services: Services, question: Message, *, first_wrong: bool = True
) -> str:
    """Answer every question of a solo quiz or review, right (the first one wrong when
    `first_wrong`), and return its end as the student reads it."""
    answer = answer_wrong if first_wrong else answer_right
    while True:
        verdict = await (await answer(double, services, question)).message()  # type: ignore[arg-type]
        answer = answer_right
        labels = [b["label"] for b in verdict.buttons]
        go_on = next(label for label in labels if label in ("Next question ▶", "See my score"))
        shown = await (await double.click(verdict, label=go_on)).message()
        if go_on == "See my score":
            return shown.text
        question = shown


async def answer_wrong(double: DiscordDouble, services: Services, message: Message) -> object:
    """Answer the question shown on `message` wrongly (another option, or a typed miss)."""
    qq = session_of(services, message).current()  # type: ignore[attr-defined]
    if qq.question.kind == "short":
        box = await (await double.click(message, label="Answer")).response()
        return await double.submit_modal(box.custom_id, {"answer": "no idea at all"})
    wrong = next(i for i, key in enumerate(qq.keys) if key != qq.right_key)
    return await double.click(message, message.buttons[wrong]["custom_id"])


async def test_the_end_of_a_quiz_or_review_says_when_its_questions_come_back(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """A student's week: a quiz, then /review when its questions came back, then again
    days later. Each ended with "Quiz finished", the score and "A perfect run!", and said
    nothing of what comes next: the student had to try /review or /score to learn when to
    come back. The end of a quiz or review now says when its questions come back (a miss
    sooner than a right answer, as Anki's learners expect), or that some are due now."""
    double = discord_double
    quiz = await solo_quiz(double, {"briefing": "nk-troops-russia", "count": 3})
    ended = await answered_through(double, services, quiz)
    missed_at, right_at = clock.now() + MINUTE, clock.now() + 10 * MINUTE
    assert "Quiz finished" in ended and "You scored 2/3" in ended, ended
    assert (
        f"Next review: the first of 3 questions comes back {stamp(missed_at)}, "
        f"the last {stamp(right_at)}." in ended
    ), ended

    clock.advance(11 * 60)
    other = await solo_quiz(double, {"briefing": "mini", "count": 1})
    ended = await answered_through(double, services, other, first_wrong=False)
    assert "3 questions are due for review now: /review." in ended, ended

    review = await (await double.slash("review")).message()
    ended = await answered_through(double, services, review)
    assert "You scored 2/3" in ended and "Next review:" in ended, ended
    soonest = re.findall(
        r"Next review: (?:the first of )?\d+ questions? comes? back (<t:\d+:R>)", ended
    )
    assert soonest == [stamp(clock.now() + MINUTE)], "the one missed again, in a minute"


async def test_a_person_or_term_named_alone_is_read_from_the_briefing_that_has_it(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """With several briefings loaded, `/quote person:Xi Jinping` alone answered "Several
    briefings are loaded: name one" to a newcomer, and, once they had answered a quiz on
    another briefing, "Nobody called “Xi Jinping” appears in “A small test briefing”",
    though the other briefing quotes him (`/glossary term:` alike). The briefing of the
    latest answer is still read when it has the person or term; else the only briefing
    that has them, and the reply says which."""
    double = discord_double

    async def read(command: str, options: dict[str, str]) -> str:
        return (await (await double.slash(command, options)).told()).text

    first = await read("quote", {"person": "Xi Jinping"})
    assert "oil to the fire" in first and "Several briefings" not in first, first
    assert "From `nk-troops-russia`, the only briefing with “Xi Jinping”" in first, first

    question = await solo_quiz(double, {"count": 1, "difficulty": "easy"})  # on mini
    await (await answer_right(double, services, question)).response()  # type: ignore[arg-type]
    xi = await read("quote", {"person": "xi"})
    assert "oil to the fire" in xi and "Nobody called" not in xi, xi
    term = await read("glossary", {"term": "dual use"})
    assert "Dual-use technology" in term and "From `nk-troops-russia`" in term, term
    ada = await read("quote", {"person": "Ada"})
    assert "ships can dock again" in ada and "your latest quiz here" in ada, ada
    nobody = await read("quote", {"person": "Zed Nobody"})
    assert "Nobody called “Zed Nobody” appears in “A small test briefing”" in nobody, nobody


async def test_players_equal_in_a_channel_quizs_final_table_share_their_rank(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """In an untimed channel quiz (no speed points) two students right on every question
    read "1. Sam: 200 pts (2/2 right)" and "2. Ben: 200 pts (2/2 right)": one of them
    second by user id, which means nothing, where `/leaderboard` gives equals one rank.
    Equal points and right answers now share a rank, and the next rank skips ("1, 1, 3")."""
    double = discord_double
    ana, ben = await double.add_member("ana"), await double.add_member("ben")
    options = {"briefing": "nk-troops-russia", "count": 2, "difficulty": "hard", "mode": "channel"}
    options["timer"] = 0  # untimed: right answers score alike
    await (await double.slash("quiz", options, user=double.moderator)).told()
    for number in (1, 2):
        question = await double.wait_for_message(
            double.general, lambda m, n=number: f"Question {n}/2" in m.text
        )
        qq = next(iter(services.study.group.values())).current()
        right = question.buttons[qq.keys.index(qq.right_key)]["custom_id"]
        wrong = next(
            b["custom_id"]
            for b in question.buttons
            if b["custom_id"] != right and ":qg:" in b["custom_id"]
        )
        for player, choice in ((double.student, right), (ben, right), (ana, wrong)):
            await (await double.click(question, choice, user=player)).response()
        close = await double.click(question, label="Close question", user=double.moderator)
        await close.response()
    table = await double.wait_for_message(double.general, lambda m: "Final table" in m.text)
    lines = [line for line in table.text.splitlines() if " pts " in line]
    assert lines == [
        f"1. <@{min(double.student.id, ben.id)}>: 200 pts (2/2 right)",
        f"1. <@{max(double.student.id, ben.id)}>: 200 pts (2/2 right)",
        f"3. <@{ana.id}>: 0 pts (0/2 right)",
    ], table.text


def next_review_at(ended: str) -> dt.datetime:
    """When the end of a quiz says its next question comes back (the first, if several)."""
    (moment,) = re.findall(
        r"Next review: (?:the first of )?\d+ questions? comes? back <t:(\d+):R>", ended
    )
    return dt.datetime.fromtimestamp(int(moment), dt.UTC)


async def test_a_students_week_spaces_a_known_question_out_and_brings_a_miss_back_soon(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """The walk over a week: a question answered right comes back in 10 minutes, right again
    in about 2 days, right again more than a week later, each said at the end of the quiz
    or review; a question missed on day 2 comes back in a minute; /score counts the days
    in a row. (What each end says is this walk's finding, above.)"""
    double = discord_double
    quiz = await solo_quiz(double, {"briefing": "nk-troops-russia", "count": 1})
    ended = await answered_through(double, services, quiz, first_wrong=False)
    assert next_review_at(ended) == clock.now() + 10 * MINUTE, ended

    clock.advance(11 * 60)
    review = await (await double.slash("review")).message()
    ended = await answered_through(double, services, review, first_wrong=False)
    known = next_review_at(ended) - clock.now()
    assert dt.timedelta(days=1) < known < dt.timedelta(days=3), ended

    clock.advance(86400)  # day 2: a new question, missed
    quiz = await solo_quiz(double, {"briefing": "mini", "count": 1, "difficulty": "easy"})
    ended = await answered_through(double, services, quiz)
    assert next_review_at(ended) == clock.now() + MINUTE, "a miss: back in a minute"
    score = (await (await double.slash("score")).told()).text
    assert "Streak: 2 days" in score, score

    clock.current = START + 11 * MINUTE + known + MINUTE  # day 3 or 4: the first one is due
    options = {"briefing": "nk-troops-russia"}
    review = await (await double.slash("review", options)).message()
    ended = await answered_through(double, services, review, first_wrong=False)
    assert "1 question is due for review now: /review." in ended, "day 2's miss, in mini"
    month = clock.now() + dt.timedelta(days=30)
    (learnt,) = [
        q
        for q in await services.store.reviews.due_reviews(double.student.id, month)
        if q.briefing_id == "nk-troops-russia"
    ]
    assert learnt.due - clock.now() > dt.timedelta(days=7), "right three times: over a week"


async def test_a_quiz_stopped_after_an_answer_says_when_it_comes_back(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """Stopped with its Stop button after one answer, a quiz's end said the score and no
    more, as the end of a finished quiz did; it now says when the question answered comes
    back. Stopped before any answer it still says only "Quiz stopped"."""
    double = discord_double
    question = await solo_quiz(double, {"briefing": "mini", "count": 2})
    verdict = await (await answer_right(double, services, question)).message()  # type: ignore[arg-type]
    shown = await (await double.click(verdict, label="Next question ▶")).message()
    stopped = (await (await double.click(shown, label="Stop")).message()).text
    assert "You stopped after 1 of 2 questions" in stopped, stopped
    assert f"Next review: 1 question comes back {stamp(clock.now() + 10 * MINUTE)}." in stopped

    untouched = await solo_quiz(double, {"briefing": "mini", "count": 1})
    stopped = (await (await double.click(untouched, label="Stop")).message()).text
    assert "Quiz stopped" in stopped and "Next review" not in stopped, stopped


async def test_forgetme_leaves_no_copy_of_the_students_preferences_for_an_outage(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, monkeypatch: MonkeyPatch
) -> None:
    """The choice kept for an outage is the student's data too: once `/forgetme` is
    confirmed, an outage is told with the defaults, as to a student never seen."""
    double = discord_double
    await (await double.slash("preferences", {"text_only": True})).told()
    asked = await (await double.slash("forgetme")).message()
    await (await double.click(asked, label=asked.buttons[0]["label"])).message()

    told = await score_while_the_store_refuses(double, services, monkeypatch)
    assert "not answering" in told.text and told.embeds, "nothing of theirs was kept"

"""Walk 46: a new club's first two weeks on the Discord double, as its moderator and three
students, and the leftovers earlier walks noted.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_languages import scheduler
from tests.discord.test_moderation import run
from tests.discord.test_report44 import TITLE, removed, set_and_done
from tests.discord.test_walk44 import START, published_miners
from tests.discord_double import DiscordDouble
from tests.discord_double.state import Message

pytestmark = pytest.mark.usefixtures("bot")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def test_work_on_an_unpublished_briefing_reads_as_its_title(
    discord_double: DiscordDouble, services: Services
) -> None:
    """Work set on the club's article, then unpublished, read "miners (no longer published)"
    in /assignments and "Assignment #1: miners (no longer published)" in /report: the id,
    though the title is kept with the briefing (and the report already read the questions'
    prompts from it). It now reads as its title, still "(no longer published)"."""
    double = discord_double
    await published_miners(double)
    ben = await double.add_member("ben")
    work = {"briefing": "miners", "due_date": "2026-03-12", "due_time": "18:00"}
    await run(double, "assign", work)
    await run(double, "briefing unpublish", {"briefing": "miners"})

    listed = (await run(double, "assignments", user=ben)).text
    assert f"{TITLE} (no longer published)" in listed, listed
    report = (await run(double, "report")).text
    assert f"Assignment #1: {TITLE} (no longer published)" in report, report
    assert "miners (no longer published)" not in listed + report


async def test_report_offers_a_removed_briefing_by_its_title(
    discord_double: DiscordDouble, services: Services
) -> None:
    """`/report briefing:` on a briefing deleted with `/briefing remove` works when its id or
    title is typed whole (report-44), but the autocomplete offered nothing for it: a
    moderator who typed "min" found no miners and thought its answers gone. It is now
    offered as its title "(removed)", and the choice reports it, as does the start of its
    title typed whole (was: "No briefing matches “Miners hold”")."""
    double = discord_double
    await set_and_done(double, services)
    await removed(double)

    offered = await double.autocomplete(
        "report", {"briefing": "min"}, focused="briefing", user=double.moderator
    )
    names = {c["name"]: c["value"] for c in offered}
    assert f"{TITLE} (removed)" in names, offered
    for typed in (names[f"{TITLE} (removed)"], "Miners hold"):  # picked, or its start typed
        answers = (await run(double, "report", {"briefing": typed})).text
        assert f"Briefing: {TITLE} (removed)" in answers, answers
    student = await double.autocomplete(
        "report", {"briefing": "min"}, focused="briefing", user=double.student
    )
    assert not any("(removed)" in c["name"] for c in student), student


@pytest.mark.parametrize("difficulty", ["easy", "medium"])  # a choice, and a typed answer
async def test_a_closed_channel_question_says_its_answer_without_its_option_buttons(
    discord_double: DiscordDouble, services: Services, difficulty: str
) -> None:
    """A closed channel question kept its option buttons, disabled, the right one green: a
    screen reader read every option again ("A) ..., dimmed, button") and no colour, so the
    question's own message never said which was right; a typed one still said "Type your
    answer." It now says the answer in words under the options it listed, and keeps only its
    Report a problem button."""
    double = discord_double
    start = {
        "briefing": "mini",
        "count": 1,
        "difficulty": difficulty,
        "mode": "channel",
        "timer": 0,
    }
    intro = await (await double.slash("quiz", start)).message()
    question = await double.wait_for_message(double.general, lambda m: "1/1" in m.text, after=intro)
    asked = next(iter(services.study.group.values())).current()
    await (await double.click(question, label="Close question")).response()
    await double.wait_for_message(double.general, lambda m: "The answer:" in m.text, after=question)

    assert [b["label"] for b in question.buttons] == ["Report a problem"], question.buttons
    right = (
        f"{asked.right_key}) {asked.options[asked.keys.index(asked.right_key)]}"
        if asked.question.kind == "choice"
        else asked.question.answer_text
    )
    assert f"✅ Right answer: **{right}**" in question.text, question.text
    assert "Closed" in question.text, question.text
    assert "Type your answer." not in question.text, question.text
    if asked.question.kind == "choice":
        listed = [f"{k}) {o}" for k, o in zip(asked.keys, asked.options, strict=True)]
        assert all(line in question.text for line in listed), question.text


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("noon", "12:00"),
        ("midnight", "00:00"),
        ("half past eight", "08:30"),
        ("quarter to nine pm", "20:45"),
        ("8.30 p.m.", "20:30"),
        ("8 o'clock", "08:00"),
        ("midi", "12:00"),
    ],
)
async def test_schedule_and_remind_read_a_time_as_people_say_it(
    discord_double: DiscordDouble, typed: str, shown: str
) -> None:
    """`/schedule time:noon`, `midnight`, `half past eight` and `8.30 p.m.` read "“noon” is
    not a time: write it like 08:30 or 18:05", as did `/remind`, though people say a time so
    (and answers to a quiz's time question are read so). Both now read them."""
    double = discord_double
    made = await run(double, "schedule", {"what": "briefing", "time": typed, "briefing": "mini"})
    assert f"daily at {shown} (UTC)" in made.text, made.text
    zoned = {"time": typed, "timezone": "Europe/Paris"}
    reminded = (await (await double.slash("remind", zoned)).message()).text
    assert f"{shown} (Europe/Paris)" in reminded, reminded


async def test_a_time_that_names_no_hour_is_still_refused(discord_double: DiscordDouble) -> None:
    """The words are read as times only whole: "half past" or "noonish" stay refused."""
    double = discord_double
    for typed in ("half past", "noonish", "quarter to thirteen"):
        refused = await run(
            double, "schedule", {"what": "briefing", "time": typed, "briefing": "mini"}
        )
        assert f"“{typed}” is not a time" in refused.text, refused.text


async def test_review_section_sections_lists_the_sections_as_the_console_does(
    discord_double: DiscordDouble,
) -> None:
    """`/brief` ends "Sections: The deployment (deployment), ...": a student typed
    `/review briefing:nk-troops-russia section:sections` and read "has no section like
    “sections”", where the console lists them (walk 44). Discord now lists them too, with how
    to review one as Discord types it."""
    double = discord_double
    listed = await run(
        double,
        "review",
        {"briefing": "nk-troops-russia", "section": "sections"},
        user=double.student,
    )
    assert "Sections to review" in listed.text, listed.text
    assert "• The deployment (deployment)" in listed.text, listed.text
    assert (
        "Review one section with /review briefing:nk-troops-russia section:deployment"
        in listed.text
    ), listed.text
    alone = await run(double, "review", {"briefing": "sections"}, user=double.student)
    assert "Sections to review" in alone.text, alone.text


async def test_mydata_says_what_is_kept_and_how_to_delete_it(
    discord_double: DiscordDouble,
) -> None:
    """`/mydata` said what the file holds but not how to delete it: the student had to find
    /forgetme on their own. It now says so."""
    double = discord_double
    told = (await run(double, "mydata", user=double.student)).text
    assert "/forgetme" in told, told


TEACHERS = (
    ROOT / "tests/authoring/labeled/real/fresh60/bu05_kodao_basilio_world_teachers_day_protest.md"
)
DRAFTED_ID = "teachers-demand-unpaid-benefits-protest"


def own_words(drafted: str) -> str:
    """The moderator's own words for every placeholder the drafter left."""
    return re.sub(r"TODO:[^'\"\n]*", "Said by teachers on World Teachers Day.", drafted)


async def drafted_teachers(double: DiscordDouble) -> None:
    """The club's article (Kodao Productions, 5 October 2021, on teachers' protests), saved
    as `teachers.md` without its outlet header, drafted and given the moderator's words."""
    text = TEACHERS.read_text(encoding="utf-8").split("---\n", 2)[2]
    drafted = await run(double, "briefing draft", {"article": ("teachers.md", text.encode())})
    ((name, data),) = drafted.files.items()
    await run(double, "briefing upload", {"file": (name, own_words(data.decode()).encode())})


async def question_of_the_day_on_teachers(
    double: DiscordDouble, clock: FakeClock, bot: BriefBot
) -> Message:
    """The club's drafted article published and its question of the day posted in #news."""
    await drafted_teachers(double)
    await run(double, "briefing publish", {"briefing": "teachers"})
    question = {"what": "question", "time": "08:00", "briefing": "teachers", "channel": double.news}
    await run(double, "schedule", question)
    clock.current = dt.datetime(2026, 3, 11, 8, 0, 10, tzinfo=dt.UTC)
    await scheduler(bot).run_due(clock.now())
    return double.bot_messages_in(double.news)[-1]


async def test_a_drafted_briefing_is_named_by_the_start_of_its_long_id(
    discord_double: DiscordDouble,
) -> None:
    """The club's article, attached as `teachers.md`, was drafted from its headline as
    `teachers-demand-unpaid-benefits-protest`; `/briefing show teachers` and `/briefing
    publish teachers` read "This server has no briefing “teachers”: its briefings are
    `teachers-demand-unpaid-benefits-protest`", a 39-letter id to copy. The start of one
    briefing's id or title, or its words with a slip (`teachrs`), now names it, for
    moderators and for students' /quiz alike; a start that several share is still refused."""
    double = discord_double
    await drafted_teachers(double)
    shown = await run(double, "briefing show", {"briefing": "teachers"})
    assert f"`{DRAFTED_ID}` v2 (draft" in shown.text, shown.text
    published = await run(double, "briefing publish", {"briefing": "teachrs"})
    assert "✅ Published" in published.text and DRAFTED_ID in published.text, published.text

    quiz = await run(double, "quiz", {"briefing": "teachrs"}, user=double.student)
    assert "Question 1/" in quiz.text, quiz.text
    french = "La mairie a fermé le pont pour trois mois de travaux, a dit le maire.\n"
    await run(double, "briefing draft", {"article": ("teachers-2.txt", french.encode())})
    both = await run(double, "briefing show", {"briefing": "teach"})
    assert "no briefing “teach”" in both.text, both.text


async def test_a_date_with_its_months_name_is_a_date(discord_double: DiscordDouble) -> None:
    """`/assign due_date:12 March` and `/schedule date:March 12` read "“12 March” is not a
    date: write it like 2026-03-14", though a club writes a due date so. A date with its
    month's name (English or French), with or without its year, and "tomorrow", are now
    read; without a year, this year's (the clock reads Tuesday 10 March 2026)."""
    double = discord_double
    work = {"briefing": "mini", "due_date": "12 March", "due_time": "6pm"}
    announced = await run(double, "assign", work)
    due = int(dt.datetime(2026, 3, 12, 18, 0, tzinfo=dt.UTC).timestamp())
    assert f"Due <t:{due}:f>" in announced.text, announced.text
    for typed, shown in (
        ("March 13", "2026-03-13"),
        ("tomorrow", "2026-03-11"),
        ("14 mars", "2026-03-14"),
    ):
        made = await run(
            double,
            "schedule",
            {"what": "briefing", "time": "8h du matin", "briefing": "mini", "date": typed},
        )
        assert f"once on {shown} at 08:00 (UTC)" in made.text, made.text
    passed = await run(double, "assign", {**work, "due_date": "9 March"})
    assert "has already passed" in passed.text, passed.text


async def test_questions_of_a_removed_briefing_are_due_nowhere(
    discord_double: DiscordDouble, clock: FakeClock, bot: BriefBot
) -> None:
    """A student answered the club's question of the day; then the moderator deleted the
    briefing. /score read "Due for review: 1 (see /review)" and /review, in that very server,
    "1 question is due from a briefing not available here: a server's own briefings are
    reviewed with /review in that server". Its questions are now due nowhere, as a removed
    bundled file's are. The schedule still set on it told the moderator "There is no
    briefing `teachers-demand-unpaid-benefits-protest~1`", the key it was served under; it
    now names the briefing's own id and that it may have been deleted."""
    double = discord_double
    await drafted_teachers(double)
    await run(double, "briefing publish", {"briefing": "teachers"})
    alice = await double.add_member("alice")
    question = {"what": "question", "time": "08:00", "briefing": "teachers", "channel": double.news}
    await run(double, "schedule", question)
    clock.current = dt.datetime(2026, 3, 11, 8, 0, 10, tzinfo=dt.UTC)
    await scheduler(bot).run_due(clock.now())
    posted = double.bot_messages_in(double.news)[-1]
    await (await double.click(posted, label="True", user=alice)).message()

    asked = await run(double, "briefing remove", {"briefing": "teachers"})
    await (await double.click(asked, label="Yes, delete it")).message()
    clock.current = dt.datetime(2026, 3, 12, 8, 0, 10, tzinfo=dt.UTC)
    score = (await run(double, "score", user=alice)).text
    assert "Due for review: 0" in score, score
    review = (await run(double, "review", user=alice)).text
    assert "not available here" not in review, review
    await scheduler(bot).run_due(clock.now())
    (told,) = [m.text for m in double.dms_to(double.moderator) if "could not post" in m.text]
    assert f"There is no briefing `{DRAFTED_ID}`." in told, told
    assert "~" not in told and "deleted with /briefing remove" in told, told


async def test_a_time_zone_named_by_its_city_is_that_zone(discord_double: DiscordDouble) -> None:
    """`/schedule timezone:Paris` and `/remind timezone:new york` read "“Paris” is not a time
    zone I know. Did you mean Europe/Paris?", a second try for what could only be one zone.
    A city that only one zone ends with is now that zone, named in the reply; a city two
    zones share is still asked about."""
    double = discord_double
    made = await run(
        double,
        "schedule",
        {"what": "briefing", "time": "09:00", "briefing": "mini", "timezone": "Paris"},
    )
    assert "daily at 09:00 (Europe/Paris)" in made.text, made.text
    zoned = {"time": "19:00", "timezone": "new york"}
    reminded = (await (await double.slash("remind", zoned)).message()).text
    assert "19:00 (America/New_York)" in reminded, reminded
    shared = await run(
        double,
        "schedule",
        {"what": "briefing", "time": "09:00", "briefing": "mini", "timezone": "Indianapolis"},
    )
    assert "Did you mean America/Indiana/Indianapolis" in shared.text, shared.text


async def test_a_servers_briefing_named_in_a_direct_message_says_where_it_is(
    discord_double: DiscordDouble,
) -> None:
    """The student who studies alone and privately typed `/quiz briefing:teachers` in their
    direct messages with the bot and read "No briefing matches “teachers”. Try /briefings to
    see them all", though the club's briefing is there in the server. A briefing not found
    in a direct message now says that a server's own briefings are quizzed in that server;
    in the server it is found as before."""
    double = discord_double
    await drafted_teachers(double)
    await run(double, "briefing publish", {"briefing": "teachers"})
    alone = await double.add_member("alone")
    dm = double.dm_channel(alone)
    told = await (
        await double.slash("quiz", {"briefing": "teachers"}, user=alone, channel=dm)
    ).message()
    assert "No briefing matches “teachers”" in told.text, told.text
    assert "a server's own briefings are read and quizzed in that server" in told.text, told.text
    there = await run(double, "quiz", {"briefing": "teachers"}, user=alone)
    assert "Question 1/" in there.text, there.text


async def test_a_pasted_paragraph_for_a_briefing_is_not_read_back_whole(
    discord_double: DiscordDouble,
) -> None:
    """A student pasted a paragraph where the briefing goes; the answer read all 200
    characters of it back inside "No briefing matches “...”", a wall on a phone. It now reads
    back its start, cut at a word."""
    double = discord_double
    pasted = "Qxz vrk plmb wq zzt " * 12
    told = (await run(double, "quiz", {"briefing": pasted}, user=double.student)).text
    assert (
        "No briefing matches “Qxz vrk plmb wq zzt Qxz vrk plmb wq zzt Qxz vrk plmb wq zzt…”" in told
    ), told
    assert len(told) < 200, told


async def test_a_sentence_that_shares_a_small_word_with_a_title_names_no_briefing(
    discord_double: DiscordDouble,
) -> None:
    """A new student typed `/quiz briefing:what is the quiz for today` and was quizzed on
    North Korean troops: the fuzzy fallback scored any word shared with a title ("is") 85 of
    100. Such a sentence now names no briefing and gets the list to pick from; a typo in an
    id or title still finds it."""
    double = discord_double
    told = await run(
        double, "quiz", {"briefing": "what is the quiz for today"}, user=double.student
    )
    assert "No briefing matches “what is the quiz for today”" in told.text, told.text
    for typo in ("nk-trops-rusia", "north korean troops in rusia"):
        found = await run(double, "brief", {"briefing": typo}, user=double.student)
        assert "North Korean troops in Russia" in found.text, found.text


async def test_a_question_of_the_day_whose_briefing_was_unpublished_closes_politely(
    discord_double: DiscordDouble, clock: FakeClock, bot: BriefBot
) -> None:
    """The moderator unpublished the club's briefing while its question of the day was out:
    a student's True then read "There is no briefing `teachers-demand-unpaid-benefits-
    protest`", and at its reveal time the question kept its live buttons for good, under
    "The answer and the best answerers come" at a time long past. The click now says the
    briefing is no longer published, and the question loses its buttons when it closes."""
    double = discord_double
    posted = await question_of_the_day_on_teachers(double, clock, bot)
    await run(double, "briefing unpublish", {"briefing": "teachers"})

    late = await (await double.click(posted, label="True", user=double.student)).message()
    assert "no longer published here, so it takes no more answers" in late.text, late.text
    assert "There is no briefing" not in late.text, late.text
    clock.current = dt.datetime(2026, 3, 12, 8, 0, 20, tzinfo=dt.UTC)
    await scheduler(bot).run_due(clock.now())
    await double.wait_for(lambda: posted.buttons == [] or None)

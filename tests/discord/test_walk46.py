"""Walk 46: a new club's first two weeks on the Discord double, as its moderator and three
students, and the leftovers earlier walks noted.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from tests.discord.test_moderation import run
from tests.discord.test_report44 import TITLE, removed, set_and_done
from tests.discord.test_walk44 import START, published_miners
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.usefixtures("bot")


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
    offered as its title "(removed)", and the choice reports it."""
    double = discord_double
    await set_and_done(double, services)
    await removed(double)

    offered = await double.autocomplete(
        "report", {"briefing": "min"}, focused="briefing", user=double.moderator
    )
    names = {c["name"]: c["value"] for c in offered}
    assert f"{TITLE} (removed)" in names, offered
    answers = (await run(double, "report", {"briefing": names[f"{TITLE} (removed)"]})).text
    assert f"Briefing: {TITLE} (removed)" in answers, answers
    student = await double.autocomplete(
        "report", {"briefing": "min"}, focused="briefing", user=double.student
    )
    assert not any("(removed)" in c["name"] for c in student), student


async def test_a_closed_channel_question_says_its_answer_without_its_option_buttons(
    discord_double: DiscordDouble,
) -> None:
    """A closed channel question kept its option buttons, disabled, the right one green: a
    screen reader read every option again ("A) ..., dimmed, button") and no colour, so the
    question's own message never said which was right. It now says the answer in words and
    keeps only its Report a problem button."""
    double = discord_double
    start = {"briefing": "mini", "count": 1, "difficulty": "easy", "mode": "channel", "timer": 0}
    intro = await (await double.slash("quiz", start)).message()
    question = await double.wait_for_message(double.general, lambda m: "1/1" in m.text, after=intro)
    await (await double.click(question, label="Close question")).response()
    await double.wait_for_message(double.general, lambda m: "The answer:" in m.text, after=question)

    assert [b["label"] for b in question.buttons] == ["Report a problem"], question.buttons
    assert "✅ The answer: " in question.text, question.text
    assert "Closed" in question.text, question.text


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

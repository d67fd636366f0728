"""Report 44: a moderator's record of how the group did stays readable after `/briefing remove`
(and two small leftovers of walk 44).

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import json

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from tests.discord.test_moderation import run
from tests.discord.test_walk40 import answer_wrong, answered_through
from tests.discord.test_walk44 import START, published_miners
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.usefixtures("bot")

TITLE = "Miners hold a sit-in underground"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def set_and_done(double: DiscordDouble, services: Services) -> str:
    """The miners' article published, work set on it for everyone, and the student's attempt
    answered through; the announcement's text."""
    await published_miners(double)
    work = {"briefing": "miners", "due_date": "2026-03-12", "due_time": "18:00"}
    announced = await run(double, "assign", work)
    listed = await (await double.slash("assignments")).message()
    started = await (await double.click(listed, listed.buttons[0]["custom_id"])).message()
    await answered_through(double, services, started)
    return announced.text


async def removed(double: DiscordDouble, name: str = "miners") -> None:
    asked = await run(double, "briefing remove", {"briefing": name})
    clicked = await double.click(asked, label="Yes, delete it", user=double.moderator)
    done = await clicked.message()
    assert "deleted" in done.text.casefold(), done.text


async def test_report_on_work_whose_briefing_was_removed_keeps_its_title_and_questions(
    discord_double: DiscordDouble, services: Services
) -> None:
    """Work was set on the miners' article and done; then a moderator deleted the briefing
    (`/briefing remove`, every version). /report named each question by its raw id
    (`number-p1-more-than-200-miners: 1 answered`) and the work "miners (no longer
    published)", as if a moderator could publish it again. The report now reads the title and
    the questions as the students met them, kept when the briefing was removed, and says it
    was removed."""
    double = discord_double
    await set_and_done(double, services)
    before = (await run(double, "report")).text
    prompts = [line for line in before.splitlines() if line.startswith("Q1. ")]
    assert prompts, before
    asked = await services.content.kept_prompts(double.guild.id, "miners~1")
    assert asked, "the questions as students met them"

    await removed(double)
    report = (await run(double, "report")).text
    assert f"Assignment #1: {TITLE} (removed)" in report, report
    assert "no longer published" not in report, report
    assert prompts[0] in report, report
    assert "number-p1" not in report, report
    exported = await run(double, "report", {"export": "csv"})
    (data,) = exported.files.values()
    for prompt in asked.values():
        assert prompt.encode() in data, data

    for typed in ("miners", TITLE.casefold()):  # as /unassign points to it, by id or title
        answers = (await run(double, "report", {"briefing": typed})).text
        assert f"Briefing: {TITLE} (removed)" in answers, answers
        assert prompts[0][:60] in answers and "number-p1" not in answers, answers


async def test_removed_and_unpublished_work_read_apart_in_assignments_and_the_withdrawal(
    discord_double: DiscordDouble, services: Services
) -> None:
    """`/assignments` listed work whose briefing was deleted as "miners (no longer published)",
    and withdrawing it edited its announcement into "miners (no longer published): a moderator
    withdrew this work": `work_title` could not tell deleted from unpublished. Deleted, it now
    reads as its title "(removed)"; unpublished, "(no longer published)" (by its title since
    walk 46)."""
    double = discord_double
    await published_miners(double)
    ben = await double.add_member("ben")
    work = {"briefing": "miners", "due_date": "2026-03-12", "due_time": "18:00"}
    announced = await run(double, "assign", work)
    await run(double, "briefing unpublish", {"briefing": "miners"})
    hidden = (await (await double.slash("assignments", user=ben)).message()).text
    assert f"{TITLE} (no longer published)" in hidden, hidden

    await run(double, "briefing publish", {"briefing": "miners"})
    started = await (await double.click(announced, label="Start assignment #1")).message()
    await answered_through(double, services, started)
    await removed(double)
    listed = (await (await double.slash("assignments", user=ben)).message()).text
    assert f"{TITLE} (removed)" in listed, listed
    assert "no longer published" not in listed, listed

    asked = await run(double, "unassign", {"number": 1})
    await (await double.click(asked, label="Yes, withdraw it")).message()
    assert f"{TITLE} (removed): a moderator withdrew this work" in announced.text, announced.text


async def test_a_removed_briefing_never_started_keeps_nothing_and_others_see_nothing(
    discord_double: DiscordDouble, services: Services
) -> None:
    """What is kept of a removed briefing is the words students met: a draft never published
    keeps nothing, and another server's moderator never reads this server's kept words."""
    double = discord_double
    await set_and_done(double, services)
    await run(double, "briefing draft", {"article": ("pont.txt", b"Le pont ferme, dit-il.\n")})
    await removed(double, "pont")
    await removed(double)
    content = services.content
    assert await content.repository.briefings(double.guild.id) == []
    kept = await content.removed(double.guild.id, "miners~1")
    assert kept is not None and kept.title == TITLE, kept
    assert kept.questions and all(q.prompt and q.answer != "" for q in kept.questions), kept
    assert await content.removed(double.guild.id + 1, "miners~1") is None
    assert await content.removed(double.guild.id, "pont~2") is None

    exported = json.loads(await services.study.export(double.student.id))
    assert any(r["briefing_id"] == "miners~1" for r in exported["records"] if "correct" in r)
    assert TITLE not in json.dumps(exported), "the server's words are not the student's data"
    ask = await (await double.slash("forgetme")).response()
    await (await double.click(ask.message, label="Yes, delete it all")).response()
    report = (await run(double, "report")).text
    assert f"Assignment #1: {TITLE} (removed)" in report, "the server's record keeps its words"
    assert "Student Sam" not in report, report


async def test_a_report_filed_on_a_question_of_a_removed_briefing_reads_its_words(
    discord_double: DiscordDouble, services: Services
) -> None:
    """A student reported a question of the miners' work ("wrong key"), then the briefing was
    deleted. `/reported` listed it as "miners~1/number-p1-more-than-200-miners (no longer
    loaded)" with an empty "Answer key:", so the moderator could not tell what was reported.
    It now reads the question's prompt and right answer as the student met them, kept by the
    removal, marked removed."""
    double = discord_double
    await published_miners(double)
    work = {"briefing": "miners", "due_date": "2026-03-12", "due_time": "18:00"}
    announced = await run(double, "assign", work)
    question = await (await double.click(announced, label="Start assignment #1")).message()
    verdict = await (await answer_wrong(double, services, question)).message()  # type: ignore[attr-defined]
    shown = await (await double.click(verdict, label="Report a problem")).response()
    await (await double.submit_modal(shown.custom_id, {"reason": ["wrong_key"]})).message()
    before = (await run(double, "reported")).text
    assert "Answer key: " in before, before
    asked = before.split("#1 ", 1)[1][:40]
    key = before.split("Answer key: ", 1)[1].split("\n", 1)[0]
    assert asked and key, before

    await removed(double)
    queue = (await run(double, "reported")).text
    assert f"#1 (removed) {asked}" in queue, queue
    assert f"Answer key: {key}\n" in queue, queue
    assert "no longer loaded" not in queue and "miners~" not in queue, queue


async def test_work_due_more_than_a_year_ahead_is_refused_as_a_likely_typo_in_the_year(
    discord_double: DiscordDouble, services: Services
) -> None:
    """`/assign due_date:2036-03-12` (2026 meant) set the work and announced it to the class,
    "Due 12 March 2036", with no word that it was ten years off. Work due more than a year
    ahead is now refused, saying how far off the date is and the latest it may be, and
    nothing is set; a date within the year is set as before."""
    double = discord_double
    work = {"briefing": "mini", "due_date": "2036-03-12", "due_time": "18:00"}
    refused = await run(double, "assign", work)
    assert (
        "“2036-03-12 18:00” is 10 years away: work can be due at most a year ahead, by "
        "2027-03-10 (UTC). Check the year and run /assign again."
    ) in refused.text, refused.text
    assert await services.store.assignments.list_assignments(double.guild.id) == []

    within = {**work, "due_date": "2027-03-10", "timezone": "Europe/Paris"}
    announced = await run(double, "assign", within)
    assert "Assignment #1" in announced.text, announced.text


HARBOUR = (
    "\n\nThe council voted on Tuesday to reopen the harbour after three weeks, the mayor said.\n"
    '"We are glad," said Mayor Ann Lee.\n'
)


async def test_a_drafted_headline_with_mentions_gets_an_id_and_title_without_them(
    discord_double: DiscordDouble,
) -> None:
    """A moderator copied an article from a club channel, its headline still carrying the
    channel's "@everyone" (or a role's mention): the draft was titled "@everyone Harbour
    reopens after storm" under the id `everyone-harbour-reopens-after-storm`, and a role's
    `<@&...>` gave the id `123456789012345678-harbour-reopens` (nothing was pinged: it only
    read oddly). The mentions are now left out of the title and the id."""
    double = discord_double
    role = double.guild.role("briefbot").id
    for headline in ("@everyone Harbour reopens after storm", f"<@&{role}> Docks close again"):
        article = (headline + HARBOUR).encode()
        drafted = await run(double, "briefing draft", {"article": ("news.txt", article)})
        assert "@everyone" not in drafted.text and "<@" not in drafted.text, drafted.text
    listed = (await run(double, "briefing list")).text
    assert "`harbour-reopens-after-storm`: Harbour reopens after storm (draft)" in listed, listed
    assert "`docks-close-again`: Docks close again (draft)" in listed, listed
    assert "everyone" not in listed and str(role) not in listed, listed

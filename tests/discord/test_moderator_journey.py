"""A club moderator's whole path through Discord, as one story: a real, messy news article
(captions and bylines run into the text) attached to /briefing draft, the draft fixed and
uploaded again, reviewed, published, posted, scheduled as a question of the day and assigned
with a due date; two students (one finishes, one does not) and the class report. Each reply is
checked for what the moderator needs to see next."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_class_mode import (
    answer,
    role_members,
    settings,  # noqa: F401 (a fixture: the members intent on)
)
from tests.discord.test_moderation import run, scheduler
from tests.discord_double import DiscordDouble

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "authoring" / "labeled" / "real" / "r02_bbc_east_suffolk_tenants.md"
START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)  # a Tuesday
SLUG = "tenants-in-housing-block-feel-failed-by-council"
SUMMARY_TODO = "'TODO: summarise the article in one paragraph, in your own words.'"
STORY_TODO = "'TODO: tell the story in a few paragraphs, in your own words.'"
ROLE_TODO = "role: 'role unknown: check the article'"


def article() -> bytes:
    """The article as a moderator would save it from the page: the labeled file's text
    without its outlet/date/link header, photo captions and bylines left in."""
    text = REAL.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "Martin Giles/BBC" in text  # the caption runs into the paragraph after it
    return text.encode("utf-8")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def fixed(drafted: str) -> str:
    """The moderator's edits to the drafted file: a title and summaries of their own, a role
    for the first tenant quoted, and when and about what each quote was said (publishing
    refuses a TODO placeholder)."""
    assert SUMMARY_TODO in drafted and STORY_TODO in drafted and ROLE_TODO in drafted
    written = (
        drafted.replace(
            "title: Tenants in housing block feel 'failed' by council\nsource",
            "title: Lowestoft tenants say the council failed them\nsource",
        )
        .replace(
            SUMMARY_TODO,
            "Tenants of a council block in Lowestoft say they were failed after the housing "
            "regulator found serious failings.",
        )
        .replace(
            STORY_TODO,
            "The Regulator of Social Housing inspected East Suffolk Council as a landlord. "
            "Tenants describe damp, broken windows and a block cleaned with a brush.",
        )
        .replace(ROLE_TODO, "role: tenant of the block for three years", 1)
    )
    return re.sub(r"TODO:[^'\"]*", "Said to the BBC about the block.", written)


async def test_a_moderator_brings_an_article_and_runs_a_class_on_it(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock, services
) -> None:
    double, mod = discord_double, discord_double.moderator

    # 1. the article as an attachment: a draft comes back as a file, with what to check
    drafted = await run(double, "briefing draft", {"article": ("tenants.txt", article())})
    assert drafted.ephemeral
    ((name, data),) = drafted.files.items()
    assert name == f"{SLUG}.yaml"
    assert f"Drafted `{SLUG}`" in drafted.text and "draft version 1" in drafted.text
    assert "students do not see it yet" in drafted.text
    assert "roles to confirm: Natasha Robinson, Shauni Stannard, Andrew Fisher" in drafted.text
    assert "the summaries are placeholders" in drafted.text
    assert f"`/briefing show {SLUG}`" in drafted.text
    yaml_text = data.decode("utf-8")
    assert "Giles/BBC" not in yaml_text, "a photo caption is no part of the story"
    listed = await run(double, "briefings", user=double.student)
    assert "feel 'failed'" not in listed.text, "a draft is for moderators only"

    # 2. fixed in the file and uploaded again: a second draft version, and what comes next
    uploaded = await run(double, "briefing upload", {"file": (name, fixed(yaml_text).encode())})
    assert f"✅ {name}: no problems" in uploaded.text
    assert f"Stored as draft version 2 of `{SLUG}`" in uploaded.text
    assert f"`/briefing show {SLUG}`, then `/briefing publish {SLUG}`" in uploaded.text

    # 3. the review: every question checked, the end says so, then Publish
    review = await run(double, "briefing show", {"briefing": SLUG})
    assert "Review: Lowestoft tenants say the council failed them" in review.text
    assert "v2 (draft, students do not see it)" in review.text
    assert "Question 1 of 5" in review.text and "⚠️ to review" in review.text
    for _ in range(5):
        await (await double.click(review, label="Mark checked", user=mod)).response()
    assert "Question 5 of 5" in review.text and "✅ checked" in review.text
    assert "every question is checked: Publish when ready" in review.text
    await (await double.click(review, label="Publish", user=mod)).response()
    assert review.buttons[-1]["label"] == "Published"
    assert "v2 (published)" in review.text and "still marked to review" not in review.text
    mine = await run(double, "briefing list")
    assert f"`{SLUG}`: Lowestoft tenants say the council failed them (published v2)" in mine.text
    shown = await services.content.show(double.guild.id, SLUG)
    robinson = next(f for f in shown.briefing.figures if f.name == "Natasha Robinson")
    assert robinson.role == "tenant of the block for three years"
    keys = {q.prompt: q.answer_text for q in shown.briefing.questions}

    # 4. posted into #news: the reply links to the post; the post is the fixed version
    posted = await run(double, "post", {"briefing": SLUG, "channel": double.news})
    assert posted.ephemeral and f"<#{double.news.id}>" in posted.text
    assert "Students press Quiz me under it" in posted.text
    (post,) = double.bot_messages_in(double.news)
    assert f"/{post.id}" in posted.text
    assert "Lowestoft tenants say the council failed them" in post.text
    assert [b["label"] for b in post.buttons] == ["Quiz me", "Sources & notes"]

    # 5. a question of the day each morning, London time; /schedules names the briefing
    made = await run(
        double,
        "schedule",
        {
            "what": "question",
            "time": "08:30",
            "briefing": SLUG,
            "channel": double.news,
            "timezone": "Europe/London",
        },
    )
    assert "Scheduled #1" in made.text
    assert "daily at 08:30 (Europe/London)" in made.text
    assert "Next: Wed 11 Mar 2026 08:30 GMT" in made.text
    listed = await run(double, "schedules")
    assert (
        f"#1 · Question of the day from Lowestoft tenants say the council failed them (`{SLUG}`)"
        in listed.text
    ), listed.text
    assert "~" not in listed.text, "the server's internal key is not what the moderator typed"
    clock.current = dt.datetime(2026, 3, 11, 8, 30, 10, tzinfo=dt.UTC)
    await scheduler(bot).run_due(clock.now())
    asked = double.bot_messages_in(double.news)[-1]
    assert any(prompt in asked.text for prompt in keys), "the question of the day was posted"

    # 6. the work for Year 9, due Friday 16:00 London time
    role = await double.add_role("Year 9")
    ana = await double.add_member("ana", roles=("Year 9",))
    ben = await double.add_member("ben", roles=("Year 9",))
    await double.wait_for(lambda: len(role_members(bot, double, role.id)) == 2)
    announced = await run(
        double,
        "assign",
        {
            "briefing": SLUG,
            "due_date": "2026-03-13",
            "due_time": "16:00",
            "role": role,
            "timezone": "Europe/London",
            "count": 3,
        },
    )
    assert not announced.ephemeral
    assert "Lowestoft tenants say the council failed them: 3 questions for @Year 9" in (
        announced.text
    )
    due = int(dt.datetime(2026, 3, 13, 16, 0, tzinfo=dt.UTC).timestamp())  # GMT in March
    assert f"Due <t:{due}:f> (<t:{due}:R>)" in announced.text
    assert [b["label"] for b in announced.buttons] == ["Start assignment #1"]

    # 7. Ana finishes, every answer right; Ben answers one question and stops
    question = await (
        await double.click(announced, label="Start assignment #1", user=ana)
    ).message()
    for number in range(3):
        prompt = next(p for p in keys if p in question.text)
        verdict = await (await answer(double, question, ana, keys[prompt])).message()
        assert "Right!" in verdict.text
        go_on = "See my score" if number == 2 else "Next question ▶"
        question = await (await double.click(verdict, label=go_on, user=ana)).message()
    assert "You scored 3/3" in question.text
    question = await (
        await double.click(announced, label="Start assignment #1", user=ben)
    ).message()
    prompt = next(p for p in keys if p in question.text)
    await (await answer(double, question, ben, keys[prompt])).message()

    # 8. the class report: who finished, how far the other got, each question
    report = await run(double, "report")
    assert "Assignment #1: Lowestoft tenants say the council failed them" in report.text
    assert "1 finished, 1 started" in report.text
    assert "ana: finished, 3/3" in report.text
    assert "ben: started, 1 of 3 answered, 1 right" in report.text
    assert report.text.count("Answered by") == 3
    every_answer = await run(double, "report", {"briefing": SLUG})
    assert "Briefing: Lowestoft tenants say the council failed them" in every_answer.text
    assert "2 answered" in every_answer.text, "a briefing has nothing to finish"
    assert "ben: answered, 1/1" in every_answer.text and "finished" not in every_answer.text
    exported = await run(double, "report", {"briefing": SLUG, "export": "csv"})
    ((file_name, table),) = exported.files.items()
    assert file_name == f"{SLUG}.csv", "named by the id the moderator knows"
    assert b"ana" in table and b"ben,answered,1,1," in table

"""Walkthrough 27: a club brings a real article of its own (a press release pasted into the
box), drafts it from Discord, publishes and posts it. What the draft left as placeholders for
the moderator to write must not reach students unnoticed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.discord_bot.client import BriefBot
from tests.discord.test_class_mode import (
    answer,
    role_members,
    settings,  # noqa: F401 (a fixture: the members intent on)
)
from tests.discord.test_moderation import run
from tests.discord_double import DiscordDouble, Message, User

RELEASE = (
    Path(__file__).resolve().parents[1]
    / "authoring"
    / "labeled"
    / "real"
    / "fresh38"
    / "am23_newswire_robinson_minden_er_closure.md"
)
HEADLINE = "Minden emergency room closure a preview of things to come"
START = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)  # a Tuesday


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def pasted_draft(double: DiscordDouble) -> str:
    """The release pasted into /briefing draft's box; returns the drafted briefing's id."""
    text = RELEASE.read_text(encoding="utf-8").split("---\n", 2)[2].strip()
    box = await (await double.slash("briefing draft", user=double.moderator)).response()
    values = {"title": HEADLINE, "article": text}
    drafted = await (
        await double.submit_modal(box.custom_id, values, user=double.moderator)
    ).message()
    assert "the summaries are placeholders" in drafted.text
    ((name, _),) = drafted.files.items()
    return name.removesuffix(".yaml")


async def test_a_draft_whose_summary_is_still_a_placeholder_is_not_published(
    discord_double: DiscordDouble, bot: BriefBot, services
) -> None:
    """Publishing only warned, so students could read "TODO: summarise the article" (walk 35):
    it is now refused, naming each placeholder and where it is in the file."""
    double = discord_double
    slug = await pasted_draft(double)

    review = await run(double, "briefing show", {"briefing": slug})
    assert (
        "TODO placeholders" in review.text and "the summary, 3 quotes' contexts" in review.text
    ), "the review says what students would read as drafted"
    refused = await run(double, "briefing publish", {"briefing": slug})
    assert "is not published" in refused.text and "5 of the draft's TODO" in refused.text
    assert "`summary.short`" in refused.text and "`summary.long`" in refused.text, refused.text
    assert "].quotes[" in refused.text and "].context`" in refused.text, "each quote, by its id"
    assert "/briefing upload" in refused.text, "and how to fix it"
    (record,) = await services.content.briefings(double.guild.id)
    assert record.published_version is None, "students get nothing of it"


WATER = RELEASE.parents[1] / "fresh39" / "as09_freetimes_dobie_water_restrictions.md"


async def take(double: DiscordDouble, start: Message, user: User, answers: dict[str, str]) -> str:
    """`user` starts the assignment and answers each question with `answers[prompt]` until
    none is left or `answers` has no answer for it; returns the last message's text."""
    shown = await (await double.click(start, label="Start assignment #1", user=user)).message()
    while "You scored" not in shown.text and (
        prompt := next((p for p in answers if p in shown.text), None)
    ):
        verdict = await (await answer(double, shown, user, answers[prompt])).message()
        labels = [b["label"] for b in verdict.buttons]
        go_on = "See my score" if "See my score" in labels else "Next question ▶"
        shown = await (await double.click(verdict, label=go_on, user=user)).message()
    return shown.text


async def test_the_class_report_names_who_left_the_server_and_matches_the_answers_given(
    discord_double: DiscordDouble, bot: BriefBot, clock: FakeClock, services: Services
) -> None:
    double = discord_double
    article = WATER.read_text(encoding="utf-8").split("---\n", 2)[2].encode()
    drafted = await run(double, "briefing draft", {"article": ("water.txt", article)})
    ((name, data),) = drafted.files.items()
    slug = name.removesuffix(".yaml")
    written = re.sub(r"TODO:[^'\"]*", "Written in our own words.", data.decode())
    await run(double, "briefing upload", {"file": (name, written.encode())})
    await run(double, "briefing publish", {"briefing": slug})
    questions = (await services.content.show(double.guild.id, slug)).briefing.questions
    right = {q.prompt: q.answer_text for q in questions}
    wrong = {
        q.prompt: next(c for c in q.choices if c != q.answer) if q.choices else "Not at all"
        for q in questions
    }
    assert all(q.kind in ("choice", "truefalse") for q in questions)
    wrong.update({q.prompt: str(not q.answer) for q in questions if q.kind == "truefalse"})

    role = await double.add_role("Year 9")
    ana, ben, cara, _dan, eve = [
        await double.add_member(n, roles=("Year 9",)) for n in ("ana", "ben", "cara", "dan", "eve")
    ]
    await double.wait_for(lambda: len(role_members(bot, double, role.id)) == 5)
    work = {"briefing": slug, "due_date": "2026-03-13", "due_time": "16:00", "role": role}
    announced = await run(double, "assign", {**work, "timezone": "Europe/London"})
    total = len(questions)

    assert f"You scored {total}/{total}" in await take(double, announced, ana, right)
    assert f"You scored 0/{total}" in await take(double, announced, ben, wrong)
    first = next(iter(right))
    await take(double, announced, eve, {first: right[first]})  # one answer, then leaves
    await double.remove_member(eve)
    clock.current = dt.datetime(2026, 3, 13, 17, 0, tzinfo=dt.UTC)  # an hour after the due time
    assert f"You scored {total}/{total}" in await take(double, announced, cara, right)
    # dan never starts

    report = await run(double, "report")
    assert report.ephemeral and report.allowed_mentions == {"parse": []}
    assert "2 finished, 1 late, 1 started, 1 not started" in report.text
    assert f"ana: finished, {total}/{total}" in report.text
    assert f"ben: finished, 0/{total}" in report.text
    assert f"cara: late, {total}/{total}" in report.text
    assert "Not started (1): dan" in report.text
    assert f"eve (left the server): started, 1 of {total} answered, 1 right" in report.text
    assert f"user {eve.id}" not in report.text, "the moderator knows the student by name"


async def test_fixing_a_wrong_speaker_in_review_fixes_the_why_students_read_too(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double, mod = discord_double, discord_double.moderator
    article = WATER.read_text(encoding="utf-8").split("---\n", 2)[2].encode()
    drafted = await run(double, "briefing draft", {"article": ("water.txt", article)})
    ((name, _),) = drafted.files.items()
    slug = name.removesuffix(".yaml")
    questions = (await services.content.show(double.guild.id, slug)).briefing.questions
    index, question = next((i, q) for i, q in enumerate(questions) if q.answer == "Neil Meiklejohn")
    assert question.prompt.startswith("Who said") and "Neil Meiklejohn" in question.explanation

    review = await run(double, "briefing show", {"briefing": slug})
    for _ in range(index):
        await (await double.click(review, label="Keep ▶", user=mod)).response()
    box = await (await double.click(review, label="Fix key", user=mod)).response()
    why = next(
        c for row in box.data["components"] for c in row["components"] if c["custom_id"] == "why"
    )
    assert why["value"] == question.explanation, "the box shows the why students read now"
    fixed = {"article": "Tracy Dobie", "why": "Tracy Dobie, the mayor, said it (paragraph 9)."}
    await (await double.submit_modal(box.custom_id, fixed, user=mod)).response()

    assert "Answer: Tracy Dobie" in review.text
    assert "Why: Tracy Dobie, the mayor, said it (paragraph 9)." in review.text
    fixed_briefing = (await services.content.show(double.guild.id, slug)).briefing
    now = fixed_briefing.questions[index]
    assert (now.answer, now.explanation) == ("Tracy Dobie", fixed["why"])
    speakers = {f.name: {q.id for q in f.quotes} for f in fixed_briefing.figures}
    assert set(now.refs) <= speakers["Tracy Dobie"], "/quote credits the person the key names"
    assert not set(now.refs) & speakers.get("Neil Meiklejohn", set())


async def test_a_name_with_markdown_is_shown_as_written_in_the_class_report(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    underscored = await double.add_member("__ana__")  # a valid Discord username
    work = {"briefing": "mini", "due_date": "2026-03-13", "due_time": "16:00", "count": 1}
    announced = await run(double, "assign", work)
    await (await double.click(announced, label="Start assignment #1", user=underscored)).message()

    report = await run(double, "report")
    assert "\\_\\_ana\\_\\_: started" in report.text, "not an underlined 'ana'"

"""Walk 40b: small things a user trips on, on the Discord double.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from bot.core.quiz import notes_for_question
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import answer_right, session_of, solo_quiz
from tests.discord.test_server_briefings import HARBOUR
from tests.discord.test_walk40 import answered_through
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
DAY = 24 * 60 * 60
KIRBY = "Both came from John Kirby"  # the Kirby note (four links), as test_visible_correction


@pytest.fixture
def clock() -> FakeClock:
    """The bot's clock, moved by each walk over its days."""
    return FakeClock(START)


async def test_a_section_named_alone_reviews_the_briefing_that_has_it(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """With several briefings loaded, `/review section:deployment` alone answered "Several
    briefings are loaded: name one", though only one of them has a section called that (as
    `/quote person:` and `/glossary term:` read the only briefing with the name). It now
    reviews that section of the briefing that has it; a section no briefing has, or a
    section named with its briefing, is read as before."""
    double = discord_double
    # 25 of the 56 questions, so that the deployment section's (15 of them) are drawn: with 10,
    # about one run in thirty drew none and /review rightly had nothing in that section.
    question = await solo_quiz(double, {"briefing": "nk-troops-russia", "count": 25})
    await answered_through(double, services, question)
    clock.advance(90 * DAY)  # every question answered is due again

    review = await (await double.slash("review", {"section": "deployment"})).message()
    assert "Several briefings" not in review.text, review.text
    assert "North Korean troops in Russia" in review.text, review.text
    session = session_of(services, review)
    briefing = session.briefing  # type: ignore[attr-defined]
    sections = {briefing.section_of(q.question) for q in session.questions}  # type: ignore[attr-defined]
    assert sections == {"deployment"}, sections

    nowhere = (await (await double.slash("review", {"section": "zzz"})).told()).text
    assert "Several briefings are loaded" in nowhere, nowhere
    named = {"briefing": "mini", "section": "deployment"}
    mini = (await (await double.slash("review", named)).told()).text
    assert "has no section like “deployment”" in mini, mini


async def test_publishing_the_published_version_again_says_so_and_changes_nothing(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """`/briefing publish` run a second time (a moderator unsure the first went through)
    said "✅ Published" again, and moved the version's publishing time to that moment. It
    now says which version students already get and since when, and changes nothing; a
    newer version is published as before."""
    double, mod = discord_double, discord_double.moderator
    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    await (await double.slash("briefing upload", upload, user=mod)).message()
    publish = {"briefing": "harbour"}
    first = (await (await double.slash("briefing publish", publish, user=mod)).message()).text
    assert "✅ Published" in first and "now get version 1 of `harbour`" in first, first

    clock.advance(DAY)
    again = (await (await double.slash("briefing publish", publish, user=mod)).message()).text
    assert "✅ Published" not in again, again
    said = "Students of this server now get version 1 of `harbour`, published <t:"
    assert f"{said}{int(START.timestamp())}:R>: nothing changed." in again, again
    assert "Already published" in again, again
    record = await services.content.find(double.guild.id, "harbour")
    (version,) = await services.content.repository.versions(record.record_id)
    assert version.published_at == START, "its publishing time kept"

    newer = {"file": ("harbour.yaml", HARBOUR.replace("Harbour reopens", "Docks open").encode())}
    await (await double.slash("briefing upload", newer, user=mod)).message()
    second = (await (await double.slash("briefing publish", publish, user=mod)).message()).text
    assert "now get version 2 of `harbour`" in second, second


async def test_each_verdict_on_discord_keeps_its_editors_note_in_full(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """The console now shows a long editor's note once per quiz and points back to it; on
    Discord each verdict replaces the question before it, so there is no "above" to point
    to: every verdict on the Austin/Kirby claims still carries the Kirby note in full (a
    guard on the console's change, which passed before it too)."""
    double = discord_double
    shown = await solo_quiz(
        double, {"briefing": "nk-troops-russia", "count": 25, "difficulty": "hard"}
    )
    verdicts = []
    while True:
        verdict = await (await answer_right(double, services, shown)).message()  # type: ignore[arg-type]
        verdicts.append(verdict.text)
        labels = [b["label"] for b in verdict.buttons]
        go_on = next(label for label in labels if label in ("Next question ▶", "See my score"))
        shown = await (await double.click(verdict, label=go_on)).message()
        if go_on == "See my score":
            break
    briefing = services.library.get("nk-troops-russia")
    hard = [q for q in briefing.questions if q.difficulty == "hard"]
    noted = [q for q in hard if any(KIRBY in n.text for n in notes_for_question(briefing, q))]
    assert len(verdicts) == len(hard) and len(noted) >= 2, "every hard question, several noted"
    assert sum(KIRBY in text for text in verdicts) == len(noted), verdicts
    assert not any("See the editor's note above" in text for text in verdicts), verdicts

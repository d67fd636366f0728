"""Walk 42: a student's month and a moderator's term on the Discord double.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from bot.app import Services, build_services
from bot.core.clock import FakeClock
from bot.core.schedule_runner import RETRY_AFTER
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cooldown import UserCooldown
from bot.discord_bot.posting import briefing_messages
from tests.discord.test_moderation import scheduler
from tests.discord.test_walk40 import answered_through
from tests.discord_double import DiscordDouble

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


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


async def test_report_on_work_whose_bundled_briefing_was_removed_names_its_questions(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """Work was set on a bundled briefing; its students did it; at the end of the unit
    whoever runs the bot removed the file and the bot restarted. The moderator's /report
    named each question by its id ("q-days: 1 answered, 0% right"), which no moderator can
    read, and the CSV's question column alike, and the work "mini (no longer available)".
    They are now named by their prompts and its title, read from the removed file's last
    good copy kept beside the store."""
    double, mod = discord_double, discord_double.moderator
    work = {"briefing": "mini", "due_date": "2026-03-09", "due_time": "12:00"}
    await (await double.slash("assign", work, user=mod)).told()
    listed = await (await double.slash("assignments")).message()
    started = await (await double.click(listed, listed.buttons[0]["custom_id"])).message()
    await answered_through(double, services, started)

    (services.settings.content_dir / "mini.yaml").unlink()
    await (await double.slash("reload", user=mod)).told()
    await double.stop(bot)
    clock.current = START + 10 * DAY
    restarted = await build_services(services.settings, clock=clock)
    try:
        await double.start(BriefBot(restarted))
        report = (await (await double.slash("report", user=mod)).message()).text
        assert "Assignment #1: A small test briefing (no longer available)" in report, report
        assert "For how many days was the harbour closed?" in report, report
        assert "q-days" not in report and "q-who" not in report, report
        exported = await (await double.slash("report", {"export": "csv"}, user=mod)).message()
        (data,) = exported.files.values()
        assert b"Who said ships can dock again?" in data, data
        quiz = (await (await double.slash("quiz", {"briefing": "mini"})).told()).text
        assert "Question 1/" not in quiz, "a removed briefing is never served again"
    finally:
        await restarted.close()


async def test_courses_say_who_adds_them_and_a_step_whose_briefing_was_removed(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """A student's /courses in a server with none read "A moderator can add one in
    content/courses/": a moderator on Discord cannot, only whoever runs the bot. Then a
    course was added, and later one of its briefings' files removed: the course (kept as it
    last loaded) listed the step as "1. mini (mini)", a raw id /quiz no longer finds; it
    now reads "1. A small test briefing (no longer available)"."""
    double, mod = discord_double, discord_double.moderator
    empty = (await (await double.slash("courses")).told()).text
    assert "A moderator can add" not in empty, empty
    assert "whoever runs the bot" in empty.casefold() and "content/courses/" in empty, empty

    courses = services.settings.content_dir / "courses"
    courses.mkdir()
    (courses / "term.yaml").write_text(
        "id: term\ntitle: Spring term\nbriefings: [mini, nk-troops-russia]\n", "utf-8"
    )
    await (await double.slash("reload", user=mod)).told()
    listed = (await (await double.slash("courses")).told()).text
    assert "1. A small test briefing (mini)" in listed, listed

    (services.settings.content_dir / "mini.yaml").unlink()
    await (await double.slash("reload", user=mod)).told()
    listed = (await (await double.slash("courses")).told()).text
    assert "1. A small test briefing (no longer available)" in listed, listed
    assert "2. North Korean troops in Russia" in listed, listed


async def test_a_post_retried_after_the_server_turned_text_only_is_posted_whole(
    discord_double: DiscordDouble, bot: BriefBot, services: Services, clock: FakeClock
) -> None:
    """A daily post's second message failed (Discord 503) after its first went out as an
    embed; before the retry a moderator turned the server's posts text only (the bot had
    lost Embed Links in some channels). The retry skipped one message of the text-only
    layout, which holds far more than one embed: the start of the summary was never posted
    as text, and the pages read "(2/3)", "(3/3)" with no "(1/3)". A retry whose messages are
    laid out otherwise now (text only turned on or off, the briefing reloaded, an upgrade)
    posts the whole post again."""
    double, mod = discord_double, discord_double.moderator
    news = double.news
    options = {"what": "briefing", "time": "10:00", "briefing": "nk-troops-russia"}
    await (await double.slash("schedule", {**options, "channel": news}, user=mod)).told()
    cog = scheduler(bot)
    double.fail_next(f"POST /channels/{news.id}/messages", times=1, status=503, after=1)
    clock.current = START.replace(hour=10, minute=0, second=20)
    await cog.run_due(clock.now())
    assert len(double.bot_messages_in(news)) == 1, "the first message only"

    await (await double.slash("settings", {"text_only_default": True}, user=mod)).told()
    clock.current += RETRY_AFTER
    await cog.run_due(clock.now())
    texts = [m.content for m in double.bot_messages_in(news)]
    briefing = services.library.get("nk-troops-russia")
    for content, _view in briefing_messages(briefing, "summary", text_only=True):
        assert str(content["content"]).strip() in [t.strip() for t in texts], texts


async def test_a_draft_with_no_question_says_so_in_its_checklist(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    """A moderator new to drafting pasted a two-line note (or a story in a language the
    drafter does not read): the draft came back with "0 facts, 0 questions" inside its
    counts and a checklist that named only the summaries, as if writing them made it ready.
    The checklist now says no question could be drafted and what to do; a real article's
    draft says nothing of the kind."""
    double, mod = discord_double, discord_double.moderator

    async def drafted(title: str, article: str) -> str:
        box = await (await double.slash("briefing draft", user=mod)).response()
        fields = {"title": title, "article": article}
        return (await (await double.submit_modal(box.custom_id, fields)).message()).text

    note = await drafted("Club news", "Meeting moved to Thursday. Bring snacks 🙂")
    assert "0 questions" in note, note
    assert "no question could be drafted" in note and "/briefing upload" in note, note
    story = (
        "PORT ELM, Jan. 5 — The harbour in Port Elm reopened on Monday, three days after a "
        "storm closed it, the harbour master said.\n\n"
        '"Ships can dock again," said Ada Lovelace, the harbour master. She said 40 boats '
        "had waited offshore.\n\nThe storm, which hit on Friday, damaged two piers. Repairs "
        "will cost $2 million, according to the town council.\n"
    )
    article = await drafted("Harbour reopens after storm", story)
    assert "0 questions" not in article and "no question could be drafted" not in article

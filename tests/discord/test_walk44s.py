"""Walk 44s: a student's month through the Discord double, from a first /help to /forgetme.

Each test is one reply that was wrong or confusing, with what it said before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import Services
from bot.core.clock import FakeClock
from tests.bot_fixtures import HARBOUR
from tests.discord.test_bot import answer_right, solo_quiz
from tests.discord.test_walk40 import answered_through
from tests.discord_double import DiscordDouble

pytestmark = pytest.mark.usefixtures("bot")


@pytest.fixture
def clock() -> FakeClock:
    """The bot's clock, moved over the student's days."""
    return FakeClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))


async def text_only(double: DiscordDouble, user) -> None:
    """`user` turns on the text-only mode (a screen reader's user)."""
    await (await double.slash("preferences", {"text_only": True}, user=user)).message()


async def test_a_text_only_readers_help_of_several_pages_reaches_them_whole(
    discord_double: DiscordDouble,
) -> None:
    """A moderator who reads with a screen reader turned on the text-only mode: /help came as
    one message headed "briefbot (1/3)" with no button to turn the page, so pages 2 and 3
    (most of the moderator commands) could not be read at all. Each page now follows as a
    message of its own, private like the first."""
    double, mod = discord_double, discord_double.moderator
    await text_only(double, mod)
    asked = await double.slash("help", user=mod)
    first = await asked.message()
    assert "briefbot (1/" in first.text, "a reply of several pages in the text-only mode"
    pages = [first, *[await asked.followup(i, timeout=5) for i in range(2)]]
    shown = "\n".join(page.text for page in pages)
    for command in ("/quiz", "/post", "/course create", "/reported"):
        assert command in shown, (command, shown)
    assert [(page.ephemeral, page.embeds) for page in pages] == [(True, [])] * 3
    assert "briefbot (3/3)" in pages[-1].text, pages[-1].text


async def test_a_students_help_lists_what_they_can_use(discord_double: DiscordDouble) -> None:
    """A student's first command: /help answered with 3,301 characters, more than half of
    them the 24 moderator commands (`/briefing rollback`, `/course move`, `/assign ...`),
    which Discord does not even offer them, and in a direct message too, where none of them
    works: a wall on a phone. A student now reads their own commands and one line saying
    where moderators find theirs; a moderator, also one by the role `/settings` names,
    still reads them all."""
    double, mod = discord_double, discord_double.moderator
    for where in (double.general, double.dm_channel(double.student)):
        shown = (await (await double.slash("help", channel=where)).message()).text
        assert "/quiz" in shown and "/forgetme" in shown, shown
        for command in ("/post", "/briefing upload", "/course add", "/assign b", "/reported"):
            assert command not in shown, (command, shown)
        assert "Moderators see their own commands" in shown, shown
        assert len(shown) < 2000, len(shown)

    helper_role = await double.add_role("Club helper")
    helper = await double.add_member("helper", roles=("Club helper",))
    await (await double.slash("settings", {"moderator_role": helper_role}, user=mod)).told()
    for moderator in (mod, helper):
        shown = (await (await double.slash("help", user=moderator)).message()).text
        assert "/post" in shown and "/reported" in shown and "/quiz" in shown, shown
        assert "Moderators see their own commands" not in shown, shown


async def test_a_person_or_term_in_no_briefing_is_told_so(discord_double: DiscordDouble) -> None:
    """A new student, reading before any quiz, asked `/quote putin` and `/glossary sanctions`
    (neither is in any briefing loaded) and read "Several briefings are loaded: name one (see
    /briefings)", which sent them to name a briefing that has no Putin either. They are now
    told nobody by that name, or no such term, is in any briefing, and where to see who and
    what is; a name that is there is still found in the only briefing that has it."""
    double = discord_double
    putin = await (await double.slash("quote", {"person": "putin"})).message()
    assert "Several briefings are loaded" not in putin.text, putin.text
    assert "Nobody called “putin” appears in any briefing" in putin.text, putin.text
    assert "/figures" in putin.text and putin.ephemeral, putin.text
    term = await (await double.slash("glossary", {"term": "sanctions"})).message()
    assert "Several briefings are loaded" not in term.text, term.text
    assert "No briefing's glossary has a term like “sanctions”" in term.text, term.text
    kirby = await (await double.slash("quote", {"person": "kirby"})).message()
    assert "the only briefing with “kirby”" in kirby.text, kirby.text


async def test_forgetme_says_the_text_only_choice_went_too(discord_double: DiscordDouble) -> None:
    """A student who reads with a screen reader asked to be forgotten, to start again. The
    question named "answers, review schedule and quizzes", the reply "Deleted 3 records kept
    about you.", and their next reply came as an embed: the text-only choice had gone with
    the rest, unsaid. The question now names the preferences and the reminder, and the reply
    says which choice is off again and how to turn it back on."""
    double = discord_double
    await (await double.slash("preferences", {"text_only": True, "untimed": True})).message()
    asked = await (await double.slash("forgetme")).message()
    assert "preferences" in asked.text and "review reminder" in asked.text, asked.text
    done = await (await double.click(asked, label="Yes, delete it all")).message()
    assert "Text only and untimed are off again: /preferences turns them back on." in done.text
    assert not done.embeds, "the reply itself still reads as the student chose"
    again = await (await double.slash("forgetme")).message()
    gone = await (await double.click(again, label="Yes, delete it all")).message()
    assert "off again" not in gone.text, "nothing was on: nothing to say"


async def test_a_channel_quiz_started_in_french_shows_the_servers_true_and_false(
    discord_double: DiscordDouble,
) -> None:
    """In an English server, a student whose Discord is in French started a channel quiz for
    their group. Its posts were in English, as the server speaks, but its buttons read
    "Vrai" and "Faux" beside "Close question", an English classmate's receipt read "You
    answered Vrai" and the results "Chosen: Vrai 1 · Faux 0": the options were fixed in the
    starter's language. They now speak the server's language, as the rest of the quiz."""
    double = discord_double
    double.student.locale = "fr"
    ben = await double.add_member("ben")
    start = {"briefing": "mini", "count": 1, "difficulty": "hard", "mode": "channel", "timer": 0}
    intro = await (await double.slash("quiz", start)).message()
    question = await double.wait_for_message(double.general, lambda m: "1/1" in m.text, after=intro)
    labels = [b["label"] for b in question.buttons]
    assert labels[:2] == ["True", "False"], labels
    receipt = await (await double.click(question, label="True", user=ben)).message()
    assert "You answered True." in receipt.text, receipt.text
    french = await (await double.click(question, label="False")).message()
    assert "Vous avez répondu False." in french.text, "in French, naming the button pressed"
    await (await double.click(question, label="Close question")).response()
    results = await double.wait_for_message(
        double.general, lambda m: "The answer:" in m.text, after=question
    )
    assert "Chosen: True 1 · False 1" in results.text, results.text


async def test_a_text_only_verdict_too_long_for_one_message_is_read_whole(
    discord_double: DiscordDouble, services: Services
) -> None:
    """A screen reader's user took the bundled briefing's hard questions. Four of eleven
    verdicts, with the long editor's note on who said "fair game", came headed "(1/2)", the
    note cut off mid-sentence and no way to page 2: an edited message got page 1 alone. The
    rest now follows as a private message of its own; the verdict keeps its buttons."""
    double = discord_double
    await text_only(double, double.student)
    question = await solo_quiz(double, {"briefing": "nk", "count": 25, "difficulty": "hard"})
    paged = []
    while question is not None:
        answered = await answer_right(double, services, question)
        verdict = await answered.message()
        labels = [b["label"] for b in verdict.buttons]
        if "(1/2)**" in verdict.text.split("\n")[0]:
            paged.append((verdict.text, labels, await answered.followup(0, timeout=5)))
        go_on = next(label for label in labels if label in ("Next question", "See my score"))
        question = await (await double.click(verdict, label=go_on)).message()
        question = question if "Quiz finished" not in question.text else None
    assert paged, "the hard questions on the misattributed quote have long verdicts"
    for verdict, labels, rest in paged:
        assert "(2/2)**" in rest.text.split("\n")[0] and rest.ephemeral, rest.text
        assert "Reuters" in rest.text or "Reuters" in verdict, "the note's last source"
        assert "I guessed" in labels, labels


async def test_review_where_only_another_servers_questions_are_due(
    discord_double: DiscordDouble, services: Services, clock: FakeClock
) -> None:
    """A student quizzed on their club's own briefing, then opened /review in a direct
    message two days later. It read "You have nothing to review yet. Every question you
    answer in a /quiz comes back here when it is due: a missed one within minutes." and,
    on the next line, "3 questions are due from briefings not available here": nothing to
    review, then three due, and the newcomer's lesson to someone who had answered. It now
    says nothing is due here, then where the three are."""
    double, mod = discord_double, discord_double.moderator
    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    await (await double.slash("briefing upload", upload, user=mod)).message()
    await (await double.slash("briefing publish", {"briefing": "harbour"}, user=mod)).message()
    await answered_through(double, services, await solo_quiz(double, {"briefing": "harbour"}))
    clock.advance(2 * 86400)

    dm = double.dm_channel(double.student)
    review = (await (await double.slash("review", channel=dm)).message()).text
    assert "nothing to review yet" not in review and "Every question you" not in review, review
    assert "Nothing is due here." in review, review
    assert "3 questions are due from briefings not available here" in review, review


async def test_help_says_where_a_new_student_starts(discord_double: DiscordDouble) -> None:
    """A student who had never seen the bot typed /help to find what to do first and read
    a list of 17 commands under "Read", "Quiz" and "Progress", none marked as the place to
    start. Its first line now says it: pick, read, quiz."""
    reply = await (await discord_double.slash("help")).message()
    first = reply.text.split("\n")[1]
    assert first.startswith("New here?"), reply.text
    assert "/briefings" in first and "/brief " in first and "/quiz " in first, first


async def test_a_reminder_set_without_a_zone_shows_when_that_is_for_the_student(
    discord_double: DiscordDouble, clock: FakeClock
) -> None:
    """A student in Paris typed `/remind time:19:00`, the zone being optional, and read "I
    will send you a direct message at 19:00 (UTC)": easy to read past, and the reminders
    came at 20:00 their time. The reply now shows when 19:00 UTC is in the reader's own
    time (a Discord timestamp) and how to choose their own zone; with a zone, it does not."""
    double = discord_double
    utc = (await (await double.slash("remind", {"time": "19:00"})).message()).text
    evening = dt.datetime(2026, 3, 2, 19, 0, tzinfo=dt.UTC)  # the clock reads 09:00 UTC
    assert f"<t:{int(evening.timestamp())}:f>" in utc, utc
    assert "/remind time:19:00 timezone:Europe/Paris" in utc, utc
    paris = {"time": "19:00", "timezone": "Europe/Paris"}
    zoned = (await (await double.slash("remind", paris)).message()).text
    assert "<t:" not in zoned and "timezone:Europe/Paris" not in zoned, zoned
    assert "19:00 (Europe/Paris)" in zoned, zoned


async def test_a_reading_command_with_no_briefing_named_lists_the_ones_to_name(
    discord_double: DiscordDouble,
) -> None:
    """A new student's first /brief, with no briefing named, read "Several briefings are
    loaded: name one (see /briefings)": a second command to learn before the first
    worked. With a few briefings, it now names the ids to type, as /briefings shows them
    (a server's own by the id its moderators gave it, never its served key)."""
    double, mod = discord_double, discord_double.moderator
    brief = (await (await double.slash("brief")).message()).text
    assert "name one of `mini`, `nk-troops-russia` (see /briefings)" in brief, brief
    upload = {"file": ("harbour.yaml", HARBOUR.encode())}
    await (await double.slash("briefing upload", upload, user=mod)).message()
    await (await double.slash("briefing publish", {"briefing": "harbour"}, user=mod)).message()
    figures = (await (await double.slash("figures")).message()).text
    assert "name one of `harbour`, `mini`, `nk-troops-russia`" in figures, figures
    assert "~" not in figures, "a server briefing's own id, not its served key"

"""A student's small annoyances from session 32's walk, each as the student meets it: /quote and
/glossary after a quiz on one of several briefings, a leaderboard ranking nobody's right answers,
a quiz stopped before any answer, a channel question's two clocks, a channel quiz in a DM."""

from __future__ import annotations

from bot.app import Services
from bot.discord_bot.client import BriefBot
from tests.discord.test_bot import solo_quiz
from tests.discord.test_walkthrough28 import play, said
from tests.discord_double import DiscordDouble


async def test_quote_and_glossary_use_the_briefing_the_student_just_quizzed_on(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    """Two briefings are loaded; Discord has no /use, so a student's latest quiz in the
    server is the briefing they mean, and the reply says which it took."""
    double = discord_double
    ana = await double.add_member("ana")
    before = await said(double, "quote", user=ana)
    assert "Several briefings are loaded: name one" in before, "nothing to go by yet"

    await play(double, services, await solo_quiz(double, {"count": 1}, user=ana), [False], ana)
    quote = await said(double, "quote", user=ana)
    assert "From `mini`, the briefing of your latest quiz here" in quote, quote
    assert "ships can dock again" in quote
    glossary = await said(double, "glossary", user=ana)
    assert "From `mini`" in glossary and "The official in charge of a harbour." in glossary

    named = await said(double, "glossary", {"briefing": "mini"}, user=ana)
    assert "From `mini`" not in named, "a briefing named needs no note"
    other = await said(double, "quote", user=await double.add_member("ben"))
    assert "Several briefings are loaded: name one" in other, "ana's quiz is not ben's"


async def test_a_student_with_nothing_right_is_not_ranked_first_on_the_leaderboard(
    discord_double: DiscordDouble, bot: BriefBot, services: Services
) -> None:
    double = discord_double
    ana = await double.add_member("ana")
    ben = await double.add_member("ben")
    await play(double, services, await solo_quiz(double, {"count": 1}, user=ben), [False], ben)

    board = await said(double, "leaderboard", user=ben)
    assert "0 right" not in board and "1." not in board, board
    assert "Nobody has a right answer yet" in board

    await play(double, services, await solo_quiz(double, {"count": 1}, user=ana), [True], ana)
    board = await said(double, "leaderboard", user=ben)
    assert f"1. <@{ana.id}>: 1 right of 1" in board, board
    assert f"<@{ben.id}>" not in board and "you:" not in board
    assert "get a question right in a /quiz to join" in board


async def test_a_quiz_stopped_before_any_answer_says_so_and_nothing_else(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    quiz = await solo_quiz(discord_double, {"count": 2})
    done = await (await discord_double.click(quiz, label="Stop")).message()

    assert done.text.startswith("Quiz stopped"), done.text
    assert "You stopped the quiz before answering anything" in done.text
    for noise in ("Source:", "You scored", "%", "Quiz finished"):
        assert noise not in done.text, done.text


async def test_a_timed_channel_question_says_once_when_it_closes(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    await double.slash(
        "quiz",
        {"briefing": "mini", "mode": "channel", "timer": 20},
        user=double.moderator,
        channel=double.news,
    )
    question = await double.wait_for_message(double.news, lambda m: "Question 1/" in m.text)

    assert question.text.count("<t:") == 1 and "Closes <t:" in question.text, question.text
    assert "s to answer" not in question.text, "one clock, not two"


async def test_a_channel_quiz_asked_for_in_a_dm_is_a_solo_quiz_that_says_why(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    double = discord_double
    dm = double.dm_channel(double.student)
    itx = await double.slash(
        "quiz", {"briefing": "mini", "mode": "channel"}, user=double.student, channel=dm
    )
    shown = await itx.message()

    assert "A channel quiz needs a server channel" in shown.text, shown.text
    assert "here is a solo quiz instead" in shown.text
    assert "Question 1/" in shown.text and "Stop" in [b.get("label") for b in shown.buttons]
    assert "Everyone may answer" not in shown.text and "Channel quiz" not in shown.text
    assert not bot.channel_quizzes.live, "no channel quiz for one person"

"""Discord answering 429 (with Retry-After), a passing 5xx, or the network failing on a
channel quiz's posts: the question, its results (the reveal) and the final table each go out
once, the quiz goes on, every acknowledged vote counts, the clicks are answered in time, no
traceback. (Was: one 503, which discord.py does not retry, ended the quiz; a dropped or hung
connection left it stuck, its question closed and the next never posted.)"""

from __future__ import annotations

import logging

import pytest

from bot.discord_bot import http_timeout
from tests.discord_double import DiscordDouble
from tests.discord_double.state import InjectedFault
from tests.faults.figures import tally
from tests.faults.test_commit_faults import players, question_message, start_channel_quiz, vote

POSTS = {
    "results": (1, 0),
    "next question": (1, 1),
    "final table": (2, 1),
}
"""Which post the fault hits: the close that posts it (1st or 2nd question), and how many of
that close's posts go out before it."""

CASES = [
    ("429", "results"),
    ("429", "final table"),
    ("500", "next question"),
    ("503", "results"),
    ("reset after posting", "results"),
    ("hang", "next question"),
]
"""Discord's 429 (wait 1 s); one 500 or 503; the connection dropped after Discord posted the
message (its answer lost); Discord never answering. Discord is back at once after each."""


@pytest.fixture(autouse=True)
def quick_give_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot gives up on a silent Discord after 1 s here (10 in use)."""
    monkeypatch.setattr(http_timeout, "REPLY_TIMEOUT", 1.0)


def inject(double: DiscordDouble, fault: str, after: int) -> InjectedFault:
    route = f"POST /channels/{double.news.id}/messages"
    if fault == "429":
        return double.rate_limit_next(route, retry_after=1.0, after=after)
    if fault == "reset after posting":
        return double.reset_next(route, served=True, after=after)
    if fault == "hang":
        return double.hang_next(route, after=after)
    return double.fail_next(route, status=int(fault), after=after)


def count(double: DiscordDouble, text: str) -> int:
    return sum(text in m.text for m in double.bot_messages_in(double.news))


async def went_on_once(
    double: DiscordDouble,
    services,
    session,
    acknowledged: int,
    figures,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The two-question quiz whose post failed went on: both acknowledged votes are answers,
    the next question and the final table went out once each, every click was answered in
    time and nothing was logged as an error."""
    recorded = await services.store.answers.session_answers(session.session_id)
    figures.survived += min(acknowledged, len(recorded))
    figures.lost += max(0, acknowledged - len(recorded))
    assert acknowledged == len(recorded) == 2, "both acknowledged votes are answers"
    assert count(double, "Question 2/2") == 1, "the next question went out once"
    assert count(double, "Final table") == 1, "the final table went out once"
    assert services.study.group == {}, "the quiz finished"
    assert double.late_interactions() == [], "every click answered within 3 s"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == [], "no traceback"


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("fault", "post"), CASES)
async def test_a_failing_channel_quiz_post_goes_out_once_and_the_quiz_goes_on(
    discord_double: DiscordDouble,
    bot,
    services,
    caplog: pytest.LogCaptureFixture,
    fault: str,
    post: str,
):
    figures = tally(f"channel vote, Discord {fault} on the quiz's {post} post")
    caplog.set_level(logging.WARNING)
    at_close, after = POSTS[post]
    session = await start_channel_quiz(discord_double, services)
    pupil = (await players(discord_double, 1))[0]
    acknowledged = 0
    faults: list[InjectedFault] = []
    for number in (1, 2):
        question = await question_message(discord_double, session)
        seen = await (await vote(discord_double, session, question, pupil)).message()
        acknowledged += "Answer registered" in seen.text
        figures.tried += 1
        faults += [inject(discord_double, fault, after)] if number == at_close else []
        close = await discord_double.click(
            question, label="Close question", user=discord_double.moderator
        )
        await close.response(timeout=10)
        await discord_double.wait_for(lambda n=number: session.index == n or None, timeout=15)
    await discord_double.wait_for_message(
        discord_double.news, lambda m: "Final table" in m.text, timeout=15
    )
    assert [len(f.hits) for f in faults] == [1], "Discord did answer that post with the fault"
    await went_on_once(discord_double, services, session, acknowledged, figures, caplog)


@pytest.mark.timeout(30)
async def test_a_503_on_the_first_question_still_answers_quiz_in_time(
    discord_double: DiscordDouble, bot, services, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.WARNING)
    injected = inject(discord_double, "503", after=0)
    session = await start_channel_quiz(discord_double, services)
    await question_message(discord_double, session)
    assert len(injected.hits) == 1
    assert count(discord_double, "Question 1/2") == 1, "the first question went out once"
    assert discord_double.late_interactions() == [], "/quiz answered within 3 s"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == [], "no traceback"

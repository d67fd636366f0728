"""Walkthrough 26: students quizzing together in a channel through the Discord double, as they
would: at the same instant, twice, too late, alongside a private quiz, then their progress."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import re

import pytest

from bot.core.clock import FakeClock
from tests.discord_double import DiscordDouble
from tests.discord_double.state import Message


async def channel_question(double: DiscordDouble, total: int, **extra: object) -> Message:
    """A moderator starts an untimed channel quiz on `mini` in #general: its first question."""
    options = {"briefing": "mini", "mode": "channel", "timer": 0, "count": total} | extra
    await (await double.slash("quiz", options, user=double.moderator)).response(timeout=10)
    return await double.wait_for_message(
        double.general, lambda m: f"Question 1/{total}" in m.text, timeout=10
    )


def choice_buttons(question: Message) -> list[dict]:
    """The answer buttons of a channel question (not Close or Stop)."""
    return [b for b in question.buttons if b.get("label") not in ("Close question", "Stop quiz")]


def stale_copy(double: DiscordDouble, message: Message) -> Message:
    """The message as it was, for a click sent before the user's client showed its edit."""
    data = copy.deepcopy(message.data)
    data["id"] = str(double.state.ids.next())
    stale = Message(data)
    double.state.messages[stale.id] = stale
    return stale


async def test_three_students_at_once_one_twice_each_get_their_own_private_receipt(
    discord_double, bot, services
):
    question = await channel_question(discord_double, 1, difficulty="easy")
    session = next(iter(services.study.group.values()))
    qq = session.current()
    assert qq.question.kind == "choice", "mini's one easy question is its choice question"
    buttons = choice_buttons(question)
    alice, bea, cal = [await discord_double.add_member(name) for name in ("alice", "bea", "cal")]
    clicks = [(alice, 0), (bea, 1), (cal, 2), (cal, 2)]  # cal double-clicks
    sent = await asyncio.gather(
        *(discord_double.click(question, buttons[i]["custom_id"], user=u) for u, i in clicks)
    )
    receipts = await asyncio.gather(*(itx.message(timeout=10) for itx in sent))

    for (_user, index), receipt in zip(clicks, receipts, strict=True):
        assert receipt.ephemeral, "a vote's receipt is for its voter only"
        assert f"answered {qq.keys[index]}) {qq.options[index]}" in receipt.text
    titles = [receipt.text.split("\n")[0] for receipt in receipts]
    assert titles[:2] == ["Answer registered"] * 2, titles
    assert sorted(titles[2:]) == ["Answer already registered", "Answer registered"], titles
    votes = session.final_votes()
    assert {u: v.key for u, v in votes.items()} == {
        alice.id: qq.keys[0],
        bea.id: qq.keys[1],
        cal.id: qq.keys[2],
    }, "one vote each, the double click counted once"

    private = await (
        await discord_double.slash("quiz", {"briefing": "mini", "count": 1}, user=bea)
    ).message(timeout=10)
    assert private.ephemeral and "Question 1/1" in private.text, "her own quiz, privately"
    stale = stale_copy(discord_double, question)  # as a slow client still shows it
    dan = await discord_double.add_member("dan")
    await (
        await discord_double.click(question, label="Close question", user=discord_double.moderator)
    ).response(timeout=10)
    results = await discord_double.wait_for_message(
        discord_double.general, lambda m: "The answer:" in m.text, after=question, timeout=10
    )
    assert results.allowed_mentions == {"parse": []}, "the results ping nobody"
    assert sum(int(n) for n in re.findall(r"\b[A-D]\) (\d+)", results.text)) == 3, results.text
    right = qq.keys.index(qq.right_key)
    named = re.search(r"Right: (.*)", results.text)
    winners = {u.id for u, index in clicks if index == right}
    assert set(map(int, re.findall(r"<@(\d+)>", named.group(1) if named else ""))) == winners

    assert all(b.get("disabled") for b in question.buttons if b.get("label") != "Report a problem")
    late = await (await discord_double.click(stale, buttons[3]["custom_id"], user=dan)).message(
        timeout=10
    )
    assert late.ephemeral and "This quiz has ended" in late.text, "a late click is told, privately"
    assert len(session.final_votes()) == 0 and services.study.group == {}

    for user, index in clicks[:3]:
        score = await (await discord_double.slash("score", user=user)).message(timeout=10)
        review = await (await discord_double.slash("review", user=user)).message(timeout=10)
        assert score.ephemeral and review.ephemeral, "progress is private"
        assert f"Right answers: {int(index == right)}/1" in score.text, score.text
        assert "Nothing is due yet: 1 question comes back" in review.text


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC))


async def test_a_double_click_in_a_timed_quiz_keeps_the_first_clicks_time(
    discord_double, bot, services, clock
):
    question = await channel_question(discord_double, 1, difficulty="easy", timer=60)
    qq = next(iter(services.study.group.values())).current()
    right = choice_buttons(question)[qq.keys.index(qq.right_key)]["custom_id"]
    first = await (await discord_double.click(question, right)).message(timeout=10)
    clock.advance(30)  # the student clicks the same answer again, to be sure
    again = await (await discord_double.click(question, right)).message(timeout=10)
    assert first.text.startswith("Answer registered")
    assert again.text.startswith("Answer already registered"), "the same answer: nothing changed"

    clock.advance(30)  # time is up
    final = await discord_double.wait_for_message(
        discord_double.general, lambda m: " pts " in m.text, after=question, timeout=10
    )
    assert "150 pts (1/1 right)" in final.text, "answered at once: every speed point kept"


async def test_a_double_click_on_close_question_closes_only_that_question(
    discord_double, bot, services
):
    question = await channel_question(discord_double, 3)
    session = next(iter(services.study.group.values()))
    sent = await asyncio.gather(
        *(
            discord_double.click(question, label="Close question", user=discord_double.moderator)
            for _ in range(2)
        )
    )
    for itx in sent:
        await itx.told(timeout=10)
    notes = [m.text for itx in sent for m in itx.followups]
    assert all("closed" in text and "went wrong" not in text for text in notes), notes
    second = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Question 2/3" in m.text, after=question, timeout=10
    )
    assert session.index == 1, "the second question is open, not skipped"
    assert any(b.get("label") == "Close question" for b in second.buttons)
    posted = [m.text for m in discord_double.bot_messages_in(discord_double.general)]
    assert sum("The answer:" in text for text in posted) == 1, "one question closed, once"
    assert not any("Question 3/3" in text for text in posted)

"""Abuse through the Discord double: a forged button id from another server's channel quiz
acts nowhere, and "Quiz me" cannot be clicked into thousands of quizzes."""

from __future__ import annotations

import copy

import pytest

from tests.discord_double import DiscordDouble
from tests.discord_double.state import Message


async def channel_quiz_question(double: DiscordDouble) -> Message:
    options = {"briefing": "mini", "mode": "channel", "timer": 0, "count": 2}
    await (
        await double.slash("quiz", options, user=double.moderator, channel=double.news)
    ).response(timeout=10)

    def posted() -> Message | None:
        for message in reversed(double.bot_messages_in(double.news)):
            if any(
                b.get("custom_id", "").startswith(("b1:qg:", "bb:qg:")) for b in message.buttons
            ):
                return message
        return None

    return await double.wait_for(posted, timeout=10)


def forged_copy(double: DiscordDouble, question: Message) -> Message:
    """A message in #general carrying the quiz's button ids (a forged click's source)."""
    data = copy.deepcopy(question.data)
    data["id"] = str(double.state.ids.next())
    data["channel_id"] = str(double.general.id)
    forged = Message(data)
    double.state.messages[forged.id] = forged
    return forged


async def test_a_forged_button_from_another_channel_does_not_answer_or_close(
    discord_double, bot, services
):
    question = await channel_quiz_question(discord_double)
    session = next(iter(services.study.group.values()))
    forged = forged_copy(discord_double, question)
    first = next(b for b in question.buttons if b.get("label") != "Close question")
    answered = await (
        await discord_double.click(forged, first["custom_id"], user=discord_double.student)
    ).message(timeout=10)
    assert "another channel" in answered.text
    assert session.final_votes() == {}, "no vote taken from elsewhere"
    closed = await (
        await discord_double.click(forged, label="Close question", user=discord_double.moderator)
    ).message(timeout=10)
    assert "another channel" in closed.text and session.index == 0


@pytest.mark.timeout(60)
async def test_quiz_me_has_a_cooldown(discord_double, bot, services):
    await (
        await discord_double.slash(
            "post",
            {"briefing": "mini", "channel": discord_double.news},
            user=discord_double.moderator,
        )
    ).response(timeout=10)
    post = await discord_double.wait_for(
        lambda: next(
            (
                m
                for m in discord_double.bot_messages_in(discord_double.news)
                if any(b.get("label") == "Quiz me" for b in m.buttons)
            ),
            None,
        ),
        timeout=10,
    )
    replies = []
    for _ in range(20):
        click = await discord_double.click(post, label="Quiz me", user=discord_double.student)
        replies.append(await click.message(timeout=10))
    started = [r for r in replies if "Question 1/" in r.text]
    refused = [r for r in replies if "Slow down" in r.text]
    assert len(started) == 2 and len(refused) == 18
    assert len(services.study.solo) == 2

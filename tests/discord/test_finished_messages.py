"""Finished messages carry no live buttons: an edit with no buttons removes the old ones."""

from __future__ import annotations

from tests.discord.test_bot import answer_right, solo_quiz


async def test_stop_leaves_the_summary_without_buttons(discord_double, bot, services):
    message = await solo_quiz(discord_double, {"count": 3})
    await (await discord_double.click(message, label="Stop")).response()
    assert "You stopped" in message.text
    assert message.buttons == []


async def test_a_perfect_quiz_drops_see_my_score(discord_double, bot, services):
    message = await solo_quiz(discord_double, {"count": 1, "difficulty": "easy"})
    await (await answer_right(discord_double, services, message)).response()
    await (await discord_double.click(message, label="See my score")).response()
    assert "You scored 1/1" in message.text
    assert message.buttons == []


async def test_forgetme_confirm_cannot_be_clicked_twice(discord_double, bot, services):
    ask = await (await discord_double.slash("forgetme")).response()
    await (await discord_double.click(ask.message, label="Yes, delete it all")).response()
    assert "Deleted nothing: nothing was kept about you." in ask.message.text
    assert ask.message.buttons == []


async def test_forgetme_can_be_declined_with_a_button_and_nothing_goes(
    discord_double, bot, services
):
    """/forgetme offered only "Yes, delete it all" (walk 38): a student who changed their mind
    could only dismiss the message, not tell the bot. **Keep my data** now says nothing was
    deleted, takes the question's buttons away, and the answers given before still count."""
    message = await solo_quiz(discord_double, {"count": 1, "difficulty": "easy"})
    await (await answer_right(discord_double, services, message)).response()
    ask = await (await discord_double.slash("forgetme")).response()
    assert [b["label"] for b in ask.message.buttons] == ["Yes, delete it all", "Keep my data"]
    await (await discord_double.click(ask.message, label="Keep my data")).response()
    assert "Nothing deleted" in ask.message.text and "stays as it was" in ask.message.text
    assert ask.message.buttons == []
    score = (await (await discord_double.slash("score", {})).told()).text
    assert "Right answers: 1" in score, score

"""A server's published briefing on every surface: /post and its Quiz me button, a scheduled
question of the day, /review; a forged button naming another server's briefing gets nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.clock import FakeClock
from bot.core.qotd import pick_question
from bot.discord_bot.cogs.schedules import SchedulesCog
from tests.bot_fixtures import HARBOUR


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC))


async def publish(services, guild_id: int, text: str = HARBOUR) -> str:
    outcome = await services.content.upload(guild_id, "harbour.yaml", text.encode())
    await services.content.publish(guild_id, outcome.record.slug)
    return outcome.record.key


async def run(double, name, options=None, user=None):
    return await (await double.slash(name, options or {}, user=user or double.moderator)).message()


async def test_post_and_quiz_me_serve_it_and_a_forged_button_gets_nothing(
    discord_double, bot, services
):
    await publish(services, discord_double.guild.id)
    theirs = await publish(
        services, 999, HARBOUR.replace("harbour", "zebra").replace("Harbour reopens", "Zebra pier")
    )

    done = await run(
        discord_double, "post", {"briefing": "harbour", "channel": discord_double.news}
    )
    assert "Harbour reopens" in done.text
    (post,) = [m for m in discord_double.bot_messages_in(discord_double.news) if m.buttons]
    quiz = await (await discord_double.click(post, label="Quiz me")).response()
    assert quiz.ephemeral and "Question 1/" in quiz.message.text

    button = next(b for b in post.buttons if b["label"] == "Quiz me")
    button["custom_id"] = button["custom_id"].rsplit(":", 1)[0] + f":{theirs}"  # a forged click
    forged = await (await discord_double.click(post, label="Quiz me")).response()
    assert forged.ephemeral and "Question" not in forged.message.text
    assert "Zebra" not in forged.message.text


async def test_a_question_of_the_day_and_review_come_from_it(discord_double, bot, services, clock):
    key = await publish(services, discord_double.guild.id)
    made = await run(
        discord_double,
        "schedule",
        {
            "what": "question",
            "time": "09:00",
            "briefing": "harbour",
            "channel": discord_double.news,
        },
    )
    assert "Scheduled #" in made.text
    cog = bot.get_cog("Schedules")
    assert isinstance(cog, SchedulesCog)
    clock.current = dt.datetime(2026, 1, 5, 9, 0, 5, tzinfo=dt.UTC)

    await cog.run_due(clock.now())

    question = await discord_double.wait_for_message(
        discord_double.news, lambda m: "Question of the day" in m.text
    )
    qq = pick_question(
        services.library.for_guild(discord_double.guild.id).get(key), clock.now().date()
    )
    assert qq.question.prompt in question.text
    wrong = next(i for i, k in enumerate(qq.keys) if k != qq.right_key)
    ack = await (
        await discord_double.click(question, question.buttons[wrong]["custom_id"])
    ).response()
    assert "Answer registered" in ack.text

    clock.advance(3 * 24 * 3600)
    review = await (await discord_double.slash("review")).response()
    assert "Question 1/1" in review.message.text
    assert qq.question.prompt in review.message.text


async def test_a_quiz_started_before_a_new_version_finishes_on_its_own_version(
    discord_double, bot, services
):
    key = await publish(services, discord_double.guild.id)
    started = await (
        await discord_double.slash(
            "quiz", {"briefing": "harbour", "count": 1, "difficulty": "easy"}
        )
    ).response()
    message = started.message
    session_id = message.buttons[0]["custom_id"].split(":")[2]
    asked = services.study.solo[session_id].current().question
    reworded = HARBOUR
    for prompt in ("For how many days", "Who said ships", "The harbour is in Port Elm."):
        reworded = reworded.replace(prompt, f"Now, {prompt}")
    await publish(services, discord_double.guild.id, reworded)
    services.study.solo.clear()  # a restart: the quiz comes back from the database

    answer = await (await discord_double.click(message, message.buttons[0]["custom_id"])).response()

    assert "This quiz has ended" not in answer.text
    assert asked.prompt in message.text and "Now," not in message.text
    (recorded,) = await services.store.answers.session_answers(session_id)
    assert (recorded.briefing_id, recorded.question_id) == (key, asked.id)
    assert await services.content.repository.session_version(session_id, key) == 1

"""Channel quizzes as a class meets them: where they may run, what they show, who stops them."""

from __future__ import annotations

from tests.discord_double import Overwrite, Perm


async def test_a_channel_quiz_where_the_bot_cannot_post_is_refused_first(
    discord_double, bot, services
):
    locked = await discord_double.add_channel(
        "locked",
        overwrites=[Overwrite(discord_double.bot_user.id, 1, deny=int(Perm.EMBED_LINKS))],
    )
    itx = await discord_double.slash(
        "quiz", {"briefing": "mini", "mode": "channel", "timer": 0}, channel=locked
    )
    reply = await itx.response()
    assert reply.ephemeral
    assert "missing the Embed Links permission" in reply.message.text
    assert "went wrong" not in reply.message.text
    assert services.study.group == {}
    assert discord_double.bot_messages_in(locked) == []


async def start_channel_quiz(double, options: dict, user=None):
    reply = await (
        await double.slash(
            "quiz", {"briefing": "mini", "mode": "channel", **options}, user=user or double.student
        )
    ).response()
    return reply


async def first_question(double, total: int):
    return await double.wait_for_message(double.general, lambda m: f"Question 1/{total}" in m.text)


async def test_a_timed_question_shows_a_countdown(discord_double, bot, services):
    await start_channel_quiz(discord_double, {"count": 2, "timer": 60})
    question = await first_question(discord_double, 2)
    session = next(iter(services.study.group.values()))
    closes = session.closes_at()
    assert f"Closes <t:{int(closes.timestamp())}:R>" in question.embeds[0]["description"]


async def test_results_count_each_choice_and_the_receipt_names_the_answer(
    discord_double, bot, services
):
    await start_channel_quiz(
        discord_double,
        {"count": 1, "difficulty": "easy", "timer": 0},
        user=discord_double.moderator,
    )
    question = await first_question(discord_double, 1)
    qq = next(iter(services.study.group.values())).current()
    right = qq.keys.index(qq.right_key)
    wrong = next(i for i, k in enumerate(qq.keys) if k != qq.right_key)
    ack = await (
        await discord_double.click(question, question.buttons[right]["custom_id"])
    ).response()
    assert f"You answered {qq.right_key}) {qq.options[right]}." in ack.message.text
    for user in (discord_double.owner, discord_double.moderator):
        await (
            await discord_double.click(question, question.buttons[wrong]["custom_id"], user=user)
        ).response()
    await (
        await discord_double.click(question, label="Close question", user=discord_double.moderator)
    ).response()
    results = await discord_double.wait_for_message(
        discord_double.general, lambda m: "The answer:" in m.text, after=question
    )
    assert f"{qq.right_key}) 1" in results.text
    assert f"{qq.keys[wrong]}) 2" in results.text


async def test_the_starter_or_a_moderator_stops_a_timed_quiz(discord_double, bot, services):
    await start_channel_quiz(discord_double, {"count": 3, "timer": 60})
    question = await first_question(discord_double, 3)
    classmate = await discord_double.add_member("classmate")
    refused = await (
        await discord_double.click(question, label="Stop quiz", user=classmate)
    ).response()
    assert refused.ephemeral and "Only whoever started this quiz" in refused.message.text
    await (
        await discord_double.click(question, label="Stop quiz", user=discord_double.student)
    ).response()
    await discord_double.wait_for_message(
        discord_double.general, lambda m: "Quiz stopped" in m.text, after=question
    )
    assert question.buttons == [], "the stopped question takes no more answers"
    assert services.study.group == {}


async def test_one_quiz_per_channel_and_a_sensible_minimum_timer(discord_double, bot, services):
    too_fast = await start_channel_quiz(discord_double, {"count": 1, "timer": 2})
    assert too_fast.ephemeral and "5 to 600 seconds" in too_fast.message.text
    await start_channel_quiz(discord_double, {"count": 2, "timer": 0})
    await first_question(discord_double, 2)
    second = await start_channel_quiz(
        discord_double, {"count": 1, "timer": 0}, user=discord_double.owner
    )
    assert second.ephemeral and "already running in this channel" in second.message.text
    assert len(services.study.group) == 1

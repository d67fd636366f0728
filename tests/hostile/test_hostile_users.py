"""Hostile and careless users through the Discord double: every action is answered politely,
no handler fails, nobody is pinged, and nothing is recorded twice.

The `referee` fixture (conftest.py) checks after every test that no error was logged, that
every interaction got an answer inside Discord's window, and that every message the bot sent
carried `allowed_mentions: {"parse": []}`.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.app import Services
from tests.discord_double import CallbackType, DiscordDouble, OptionError

MEAN_TEXTS = [
    "@everyone",
    "@here look",
    "<@&{role}> come here",
    "<@{user}> hi",
    "**bold** __under__ ~~gone~~ ||spoiler|| > quote",
    "```py\nprint('x')\n```",
    "`",
    "zero\u200bwidth\u200d joiners\ufeff",
    "\u202eright-to-left override\u202c",
    "שלום עולם",
    "😀🔥👍🏽👨‍👩‍👧",
    "[link](https://example.invalid) <https://example.invalid>",
    "\\*escaped\\* \\",
    "x" * 200,  # the most Discord's client lets into our answer box
]


ONLY_MENTIONS = {"@everyone"}
"""Mean texts with nothing but mentions: read past, so there is no answer to judge."""


def fill(text: str, double: DiscordDouble) -> str:
    return text.format(role=double.moderator_role.id, user=double.owner.id)


async def solo_quiz(
    double: DiscordDouble, *, user=None, briefing: str = "mini", count: int = 3, **options
):
    reply = await (
        await double.slash("quiz", {"briefing": briefing, "count": count, **options}, user=user)
    ).response()
    assert reply.ephemeral and reply.message is not None
    return reply.message


def session_of(services: Services, message):
    return services.study.solo[message.buttons[0]["custom_id"].split(":")[2]]


async def open_answer_box(double: DiscordDouble, services: Services, message, user=None):
    """Move the quiz on to its short question and press Answer; returns the modal's id."""
    while session_of(services, message).current().question.kind != "short":
        qq = session_of(services, message).current()
        index = qq.keys.index(qq.right_key)
        await (
            await double.click(message, message.buttons[index]["custom_id"], user=user)
        ).response()
        await (await double.click(message, label="Next question ▶", user=user)).response()
    shown = await (await double.click(message, label="Answer", user=user)).response()
    assert shown.type == CallbackType.MODAL and shown.custom_id
    return shown.custom_id


async def answers_in(services: Services, session_id: str) -> list:
    return await services.store.answers.session_answers(session_id)


# ----- typed answers ---------------------------------------------------------------------


@pytest.mark.parametrize("text", MEAN_TEXTS)
async def test_a_mean_typed_answer_is_marked_without_pinging_anyone(
    discord_double, bot, services, text
):
    message = await solo_quiz(discord_double)
    session_id = session_of(services, message).session_id
    modal = await open_answer_box(discord_double, services, message)
    reply = await (
        await discord_double.submit_modal(modal, {"answer": fill(text, discord_double)})
    ).response()

    recorded = await answers_in(services, session_id)
    assert len(recorded) == len({a.question_id for a in recorded})  # each question once
    if text in ONLY_MENTIONS:  # nothing to judge: asked for words, the question still open
        assert reply.ephemeral and "A mention is not an answer" in reply.message.text
        return
    assert reply.type == CallbackType.UPDATE_MESSAGE
    assert "❌ Not quite" in message.text or "✅ Right!" in message.text


async def test_ten_thousand_characters_never_reach_the_bot(discord_double, bot, services):
    message = await solo_quiz(discord_double)
    modal = await open_answer_box(discord_double, services, message)
    with pytest.raises(OptionError, match="length"):  # Discord's client refuses it, as here
        await discord_double.submit_modal(modal, {"answer": "a" * 10_000})
    reply = await (await discord_double.submit_modal(modal, {"answer": "a" * 200})).response()
    assert reply.type == CallbackType.UPDATE_MESSAGE and "❌ Not quite" in message.text


@pytest.mark.parametrize("text", ["   ", "\u200b", "\u200b \u200d\ufeff", "\n\n"])
async def test_an_answer_box_with_nothing_in_it_gets_a_polite_reply(
    discord_double, bot, services, text
):
    message = await solo_quiz(discord_double)
    session_id = session_of(services, message).session_id
    modal = await open_answer_box(discord_double, services, message)
    before = await answers_in(services, session_id)

    reply = await (await discord_double.submit_modal(modal, {"answer": text})).response()

    assert reply.ephemeral and "empty" in reply.message.text
    assert await answers_in(services, session_id) == before
    assert session_of(services, message).current().question.kind == "short"


async def test_an_empty_answer_box_is_refused_by_discord_itself(discord_double, bot, services):
    message = await solo_quiz(discord_double)
    modal = await open_answer_box(discord_double, services, message)
    with pytest.raises(OptionError, match="required"):
        await discord_double.submit_modal(modal, {"answer": ""})


@pytest.mark.parametrize("text", MEAN_TEXTS)
async def test_a_mean_answer_in_a_channel_quiz_is_acknowledged_without_pings(
    discord_double, bot, services, text
):
    await (
        await discord_double.slash(
            "quiz",
            {"briefing": "mini", "count": 1, "difficulty": "medium", "mode": "channel", "timer": 0},
        )
    ).response()
    question = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Question 1/1" in m.text
    )
    shown = await (await discord_double.click(question, label="Answer")).response()
    reply = await (
        await discord_double.submit_modal(shown.custom_id, {"answer": fill(text, discord_double)})
    ).response()
    said = "A mention is not an answer" if text in ONLY_MENTIONS else "Answer registered"
    assert reply.ephemeral and said in reply.message.text


# ----- commands with strange input -------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("brief", {"briefing": "@everyone"}),
        ("brief", {"briefing": "mini", "section": "<@&{role}> ```x```"}),
        ("brief", {"briefing": "\u202emini\u200b"}),
        ("quote", {"person": "<@{user}>", "briefing": "mini"}),
        ("quote", {"person": "😀" * 50, "briefing": "mini"}),
        ("quote", {"person": "x" * 6000, "briefing": "mini"}),
        ("figures", {"briefing": "**nothing** here"}),
        ("quiz", {"briefing": "no-such-briefing"}),
        ("quiz", {"briefing": "mini", "difficulty": "hard", "count": 25}),
        ("briefings", {"keyword": "@here ||spoiler||"}),
    ],
)
async def test_strange_command_input_gets_a_polite_private_answer(
    discord_double, bot, command, options
):
    filled = {k: fill(v, discord_double) if isinstance(v, str) else v for k, v in options.items()}
    reply = await (await discord_double.slash(command, filled)).response()
    assert reply.type == CallbackType.MESSAGE
    assert reply.message is not None and reply.message.text.strip()
    if reply.message.embeds[0].get("color") == 0xC05621:  # a problem: shown privately, inert
        assert reply.ephemeral
        assert "@everyone" not in reply.message.text.replace("@\u200beveryone", "")


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("quiz", {"briefing": "mini", "colour": "red"}),
        ("quiz", {"briefing": "mini", "mode": "both"}),
        ("quiz", {"briefing": "mini", "count": 0}),
        ("quiz", {"briefing": "mini", "count": "five"}),
        ("brief", {"long": "yes"}),
    ],
)
async def test_options_discord_would_not_send_are_refused_before_the_bot(
    discord_double, bot, command, options
):
    with pytest.raises(OptionError):
        await discord_double.slash(command, options)


# ----- stale, foreign and doubled clicks ---------------------------------------------------


async def test_a_click_on_a_quiz_that_ended_is_answered_politely(discord_double, bot, services):
    message = await solo_quiz(discord_double)
    await services.study.end_solo(session_of(services, message).session_id)
    reply = await (await discord_double.click(message, message.buttons[0]["custom_id"])).response()
    assert reply.ephemeral and "This quiz has ended" in reply.message.text


async def test_a_click_on_a_quiz_whose_briefing_was_removed_is_answered_politely(
    discord_double, bot, services, content
):
    message = await solo_quiz(discord_double)
    session_id = session_of(services, message).session_id
    (content / "mini.yaml").unlink()
    services.library.reload()
    services.study.solo.clear()  # as after a restart: the quiz must come back from the store
    reply = await (await discord_double.click(message, message.buttons[0]["custom_id"])).response()
    assert reply.ephemeral and "This quiz has ended" in reply.message.text
    assert session_id not in services.study.solo


async def test_a_click_on_a_closed_channel_quiz_is_answered_politely(discord_double, bot, services):
    await (
        await discord_double.slash(
            "quiz", {"briefing": "mini", "count": 2, "mode": "channel", "timer": 0}
        )
    ).response()
    question = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Question 1/2" in m.text
    )
    services.study.group.clear()  # the quiz is gone (ended elsewhere, or a restart)
    reply = await (
        await discord_double.click(question, question.buttons[0]["custom_id"])
    ).response()
    assert reply.ephemeral and "This quiz has ended" in reply.message.text


async def test_someone_elses_private_quiz_cannot_even_be_seen(discord_double, bot):
    message = await solo_quiz(discord_double, user=discord_double.student)
    with pytest.raises(AssertionError, match="cannot see"):
        await discord_double.click(
            message, message.buttons[0]["custom_id"], user=discord_double.owner
        )


async def test_the_same_answer_clicked_twice_at_once_is_recorded_once(
    discord_double, bot, services
):
    message = await solo_quiz(discord_double, count=1, difficulty="easy")
    session_id = session_of(services, message).session_id
    qq = session_of(services, message).current()
    button = message.buttons[qq.keys.index(qq.right_key)]["custom_id"]
    clicks = await asyncio.gather(
        discord_double.click(message, button), discord_double.click(message, button)
    )
    replies = [await c.response() for c in clicks]

    # Both clicks see the one committed verdict with its Next button: neither is stuck.
    assert [r.type for r in replies] == [CallbackType.UPDATE_MESSAGE] * 2
    assert {b["label"] for b in message.buttons} & {"Next question ▶", "See my score"}
    recorded = await answers_in(services, session_id)
    assert [a.question_id for a in recorded] == [qq.question.id]
    summary = await services.study.score(discord_double.student.id, None)
    assert summary.overall.answered == 1


async def test_next_clicked_twice_at_once_moves_on_once(discord_double, bot, services):
    message = await solo_quiz(discord_double, count=3)
    if session_of(services, message).current().question.kind == "short":
        modal = await open_answer_box(discord_double, services, message)
        await (await discord_double.submit_modal(modal, {"answer": "Ada Quill"})).response()
    else:
        qq = session_of(services, message).current()
        button = message.buttons[qq.keys.index(qq.right_key)]["custom_id"]
        await (await discord_double.click(message, button)).response()
    go_on = message.component(None, label="Next question ▶")["custom_id"]
    clicks = await asyncio.gather(
        discord_double.click(message, go_on), discord_double.click(message, go_on)
    )
    for click in clicks:
        await click.response()
    assert "Question 2/3" in message.text
    assert session_of(services, message).index == 1


async def test_many_players_clicking_at_once_in_a_channel_quiz_each_count_once(
    discord_double, bot, services
):
    players = [await discord_double.add_member(f"player{i}") for i in range(12)]
    await (
        await discord_double.slash(
            "quiz",
            {"briefing": "mini", "count": 1, "difficulty": "easy", "mode": "channel", "timer": 0},
            user=discord_double.moderator,
        )
    ).response()
    question = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Question 1/1" in m.text
    )
    button = question.buttons[0]["custom_id"]
    clicks = await asyncio.gather(
        *(discord_double.click(question, button, user=p) for p in players for _ in range(2))
    )
    for click in clicks:  # what each was told: 24 at once is a crowd, deferred at once
        await click.told()
    await (
        await discord_double.click(question, label="Close question", user=discord_double.moderator)
    ).response()
    await discord_double.wait_for_message(
        discord_double.general, lambda m: "Final table" in m.text, after=question
    )
    for player in players:
        summary = await services.study.score(player.id, None)
        assert summary.overall.answered == 1


async def test_two_users_opening_quizzes_from_one_post_at_once_get_their_own(
    discord_double, bot, services
):
    await (
        await discord_double.slash(
            "post", {"briefing": "mini", "channel": discord_double.news}, user=discord_double.owner
        )
    ).response()
    post = await discord_double.wait_for_message(discord_double.news)
    users = [discord_double.student, discord_double.moderator]
    clicks = await asyncio.gather(
        *(discord_double.click(post, label="Quiz me", user=u) for u in users)
    )
    replies = [await c.response() for c in clicks]
    assert all(r.ephemeral and "Question 1/" in r.message.text for r in replies)
    owners = {s.user_id for s in services.study.solo.values()}
    assert owners == {u.id for u in users}

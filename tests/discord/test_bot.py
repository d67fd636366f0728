"""briefbot on the real discord.py client, against the Discord double on 127.0.0.1."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bot.app import Services, build_services
from bot.core.commands import Surface, description_of, moderator_names, names_on
from bot.discord_bot.client import BriefBot
from bot.discord_bot.cogs.help import help_text_for_discord
from tests.discord_double import CallbackType, DiscordDouble

ROOT = Path(__file__).resolve().parents[2]
SUCCESS, DANGER = 3, 4
STUDENT_COMMANDS = {
    "briefings",
    "brief",
    "figures",
    "quote",
    "courses",
    "notes",
    "quiz",
    "review",
    "score",
    "leaderboard",
    "mydata",
    "forgetme",
    "help",
}


async def solo_quiz(double: DiscordDouble, options: dict | None = None, user=None):
    itx = await double.slash("quiz", {"briefing": "mini", **(options or {})}, user=user)
    reply = await itx.response()
    assert reply.ephemeral, "a solo quiz is private"
    return reply.message


def session_of(services: Services, message) -> object:
    button = message.buttons[0]
    session_id = button["custom_id"].split(":")[2]
    return services.study.solo[session_id]


async def answer_right(double: DiscordDouble, services: Services, message, user=None):
    """Answer the question shown on `message` correctly (buttons, or the answer box)."""
    session = session_of(services, message)
    qq = session.current()
    if qq.question.kind == "short":
        shown = await (await double.click(message, label="Answer", user=user)).response()
        assert shown.type == CallbackType.MODAL
        return await double.submit_modal(
            shown.custom_id, {"answer": qq.question.answer_text}, user=user
        )
    index = qq.keys.index(qq.right_key)
    return await double.click(message, message.buttons[index]["custom_id"], user=user)


async def test_discord_offers_exactly_the_registry_student_commands(discord_double, bot):
    commands = discord_double.state.global_commands
    students = {c["name"] for c in commands if c.get("default_member_permissions") is None}
    assert students == names_on(Surface.DISCORD)
    for name in students - {"help"}:
        assert f"/{name}" in help_text_for_discord(), name


def moderator_commands(commands: list[dict]) -> dict[str, str]:
    """The tree's moderator commands by full name (subcommands as `group sub`): descriptions."""
    found = {}
    for command in commands:
        if command.get("default_member_permissions") is None:
            continue
        subs = [o for o in command.get("options", []) if o["type"] == 1]  # SUB_COMMAND
        for sub in subs:
            found[f"{command['name']} {sub['name']}"] = sub["description"]
        if not subs:
            found[command["name"]] = command["description"]
    return found


async def test_discord_offers_exactly_the_registry_moderator_commands_with_its_help(
    discord_double, bot
):
    on_discord = moderator_commands(discord_double.state.global_commands)
    assert set(on_discord) == moderator_names()
    moderator = discord_double.moderator  # a student's /help lists theirs only (test_walk44s)
    reply = await (await discord_double.slash("help", {}, user=moderator)).response()
    for name, description in on_discord.items():
        assert description == description_of(name)
        assert f"/{name}" in reply.message.text
        assert f": {description}\n" in help_text_for_discord() + "\n"
    assert "**Moderators**" in reply.message.text


async def test_the_tree_and_help_take_each_description_from_the_registry(discord_double, bot):
    for command in discord_double.state.global_commands:
        if command.get("default_member_permissions") is None:
            description = description_of(command["name"])
            assert command["description"] == description
            assert f": {description}\n" in help_text_for_discord() + "\n"
    reply = await (await discord_double.slash("help", {})).response()
    assert f"/score [everywhere]: {description_of('score')}" in reply.message.text
    assert "**Quiz**" in reply.message.text


async def test_courses_is_a_discord_command(discord_double, bot):
    reply = await (await discord_double.slash("courses", {})).response()
    assert "Courses" in reply.message.text


async def test_commands_are_registered_with_their_options(discord_double, bot):
    names = {c["name"] for c in discord_double.state.global_commands}
    assert names >= STUDENT_COMMANDS
    for command in discord_double.state.global_commands:
        assert 0 < len(command["description"]) <= 100
    quiz = {o["name"]: o for o in discord_double.command("quiz")["options"]}
    assert (quiz["count"]["min_value"], quiz["count"]["max_value"]) == (1, 25)
    assert [c["value"] for c in quiz["mode"]["choices"]] == ["solo", "channel"]
    assert quiz["briefing"]["autocomplete"] is True
    (identify,) = discord_double.state.identifies
    assert identify["intents"] & (1 << 15) == 0, "no message-content intent by default"


async def test_brief_sends_an_embed_with_title_and_source(discord_double, bot):
    reply = await (await discord_double.slash("brief", {"briefing": "nk-troops-russia"})).response()
    (embed,) = reply.message.embeds
    assert embed["title"] == "North Korean troops in Russia, and why Beijing is uneasy"
    assert embed["footer"]["text"].startswith("Source: North Korea’s Military Aid")
    assert "Sections:" in embed["description"]
    assert reply.data["allowed_mentions"] == {"parse": []}


async def test_brief_section_by_autocomplete(discord_double, bot):
    choices = await discord_double.autocomplete(
        "brief", {"briefing": "nk-troops-russia", "section": "tech"}, focused="section"
    )
    assert choices == [
        {"name": "Worries about technology transfer", "value": "technology-transfer"}
    ]
    reply = await (
        await discord_double.slash(
            "brief", {"briefing": "nk-troops-russia", "section": "technology-transfer"}
        )
    ).response()
    assert "military technology" in reply.message.text


async def test_long_content_gets_prev_and_next_pages(discord_double, bot, services, content):
    text = (content / "mini.yaml").read_text()
    long_points = "\n".join(
        f"      - Point {i}. " + "Words about the storm. " * 40 for i in range(12)
    )
    text = text.replace("      - A storm closed the harbour for three days.\n", long_points + "\n")
    (content / "mini.yaml").write_text(text)
    services.library.reload()
    reply = await (
        await discord_double.slash("brief", {"briefing": "mini", "section": "storm"})
    ).response()
    message = reply.message
    first = message.embeds[0]["description"]
    assert "Point 0." in first and "Point 11." not in first
    labels = [b["label"] for b in message.buttons]
    assert labels[0] == "◀ Prev" and labels[1].startswith("Next ▶ (1/")
    assert message.buttons[0]["disabled"] is True
    click = await discord_double.click(message, message.buttons[1]["custom_id"])
    assert (await click.response()).type == CallbackType.UPDATE_MESSAGE
    assert "Point 0." not in message.embeds[0]["description"]


async def test_quote_with_autocomplete_and_editors_note(discord_double, bot):
    choices = await discord_double.autocomplete(
        "quote", {"person": "aus", "briefing": "nk-troops-russia"}, focused="person"
    )
    assert choices[0]["value"] == "Lloyd Austin"
    reply = await (
        await discord_double.slash("quote", {"person": "austin", "briefing": "nk-troops-russia"})
    ).response()
    text = reply.message.text
    assert "“fair game”" in text and "Lloyd Austin" in text
    assert "Editor's note" in text and "Kirby" in text


async def test_figures_lists_who_is_who(discord_double, bot):
    reply = await (
        await discord_double.slash("figures", {"briefing": "nk-troops-russia"})
    ).response()
    fields = [f for embed in reply.message.embeds for f in embed["fields"]]
    names = [f["name"] for f in fields if not f["name"].endswith(" (cont.)")]
    assert names == ["Lloyd Austin", "John Kirby", "Victor D. Cha", "Xi Jinping"]
    kirby = "".join(f["value"] for f in fields if f["name"].startswith("John Kirby"))
    assert "See the editor's note above" in kirby, "Kirby's entry points at the correction"
    austin = "".join(f["value"] for f in fields if f["name"].startswith("Lloyd Austin"))
    assert "Both came from John Kirby" in austin, "the correction shows in the Discord embed"


async def test_a_solo_quiz_is_private_marks_answers_and_ends_with_a_score(
    discord_double, bot, services
):
    message = await solo_quiz(discord_double, {"count": 3})
    for number in range(1, 4):
        assert f"Question {number}/3" in message.text
        click = await answer_right(discord_double, services, message)
        verdict = await click.response()
        assert verdict.type == CallbackType.UPDATE_MESSAGE
        assert "✅ Right!" in message.text
        choice_buttons = [
            b
            for b in message.buttons
            if b["label"]
            not in ("Next question ▶", "See my score", "Report a problem", "I guessed")
        ]
        assert all(b["disabled"] for b in choice_buttons)
        if choice_buttons:
            assert [b["style"] for b in choice_buttons].count(SUCCESS) == 1
        go_on = "See my score" if number == 3 else "Next question ▶"
        await (await discord_double.click(message, label=go_on)).response()
    assert "You scored 3/3 (100%)" in message.text
    summary = await services.study.score(discord_double.student.id, discord_double.guild.id)
    assert (summary.overall.correct, summary.overall.answered) == (3, 3)


async def test_a_wrong_answer_is_marked_and_explained(discord_double, bot, services):
    message = await solo_quiz(discord_double, {"count": 3, "difficulty": "easy"})
    qq = session_of(services, message).current()
    wrong = next(i for i, k in enumerate(qq.keys) if k != qq.right_key)
    await (await discord_double.click(message, message.buttons[wrong]["custom_id"])).response()
    assert "❌ Not quite. The answer is **3**" in message.text
    assert "three days" in message.text and "Editor's note" in message.text
    assert message.buttons[wrong]["style"] == DANGER


async def test_an_empty_answer_box_gets_a_polite_reply(discord_double, bot, services):
    message = await solo_quiz(discord_double, {"count": 3})
    while session_of(services, message).current().question.kind != "short":
        await (await answer_right(discord_double, services, message)).response()
        await (await discord_double.click(message, label="Next question ▶")).response()
    shown = await (await discord_double.click(message, label="Answer")).response()
    reply = await (await discord_double.submit_modal(shown.custom_id, {"answer": "   "})).response()
    assert reply.ephemeral and "empty" in reply.message.text
    assert session_of(services, message).current().question.kind == "short"


async def test_a_channel_quiz_lets_everyone_answer_and_change_then_shows_results(
    discord_double, bot, services
):
    itx = await discord_double.slash(
        "quiz",
        {"briefing": "mini", "count": 2, "difficulty": "easy", "mode": "channel", "timer": 0},
        user=discord_double.moderator,
    )
    intro = await itx.response()
    assert not intro.ephemeral and "untimed" in intro.message.text
    question = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Question 1/1" in m.text
    )
    session = next(iter(services.study.group.values()))
    qq = session.current()
    right = question.buttons[qq.keys.index(qq.right_key)]["custom_id"]
    wrong = next(
        b["custom_id"]
        for b in question.buttons
        if b["custom_id"] != right and ":qg:" in b["custom_id"]
    )
    ack = await (
        await discord_double.click(question, right, user=discord_double.student)
    ).response()
    assert ack.ephemeral and "Answer registered" in ack.message.text
    await (await discord_double.click(question, wrong, user=discord_double.owner)).response()
    changed = await (
        await discord_double.click(question, right, user=discord_double.owner)
    ).response()
    assert "Answer changed" in changed.message.text
    refused = await (
        await discord_double.click(question, label="Close question", user=discord_double.student)
    ).response()
    assert refused.ephemeral and "Only whoever started" in refused.message.text
    await (
        await discord_double.click(question, label="Close question", user=discord_double.moderator)
    ).response()
    results = await discord_double.wait_for_message(
        discord_double.general, lambda m: "The answer:" in m.text, after=question
    )
    assert f"<@{discord_double.student.id}>" in results.text
    table = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Final table" in m.text, after=question
    )
    assert "150 pts" not in table.text and "100 pts" in table.text
    # closed: the answer in words, no option buttons left to read again (walk 46)
    assert [b["label"] for b in question.buttons] == ["Report a problem"], question.buttons
    assert "✅ Right answer: " in question.text, question.text
    # anyone who saw the question may report it; the report carries their own answer
    shown = await (
        await discord_double.click(question, label="Report a problem", user=discord_double.owner)
    ).response()
    filed = await discord_double.submit_modal(
        shown.custom_id, {"reason": ["unclear"]}, user=discord_double.owner
    )
    assert "went to this server's moderators" in (await filed.message()).text
    (report,) = await services.question_reports.repo.open_reports(discord_double.guild.id)
    assert (report.user_id, report.reason, report.given) == (
        discord_double.owner.id,
        "unclear",
        qq.options[qq.keys.index(qq.right_key)],
    )
    for message in discord_double.bot_messages_in(discord_double.general):
        assert message.allowed_mentions == {"parse": []}
    done = await services.study.score(discord_double.student.id, discord_double.guild.id)
    assert done.overall.correct == 1


async def test_a_timed_channel_question_closes_by_itself(discord_double, bot, services):
    await (
        await discord_double.slash(
            "quiz",
            {"briefing": "mini", "count": 1, "difficulty": "hard", "mode": "channel", "timer": 5},
        )
    ).response()
    question = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Question 1/1" in m.text
    )
    await (await discord_double.click(question, label="True")).response()
    results = await discord_double.wait_for_message(
        discord_double.general, lambda m: "The answer:" in m.text, after=question, timeout=10
    )
    assert "True" in results.text


async def test_buttons_keep_working_after_a_restart(discord_double, settings):
    before = await build_services(settings)
    first = await discord_double.start(BriefBot(before))
    message = await solo_quiz(discord_double, {"count": 3})
    session_id = message.buttons[0]["custom_id"].split(":")[2]
    await (await answer_right(discord_double, before, message)).response()
    await discord_double.stop(first)
    await before.close()

    after = await build_services(settings)
    try:
        await discord_double.start(BriefBot(after))
        assert session_id not in after.study.solo
        await (await discord_double.click(message, label="Next question ▶")).response()
        assert "Question 2/3" in message.text
        assert after.study.solo[session_id].index == 1
        await (await answer_right(discord_double, after, message)).response()
        answers = await after.store.answers.session_answers(session_id)
        assert [a.correct for a in answers] == [True, True]
    finally:
        await after.close()


async def test_a_click_on_a_quiz_that_no_longer_exists_is_answered_politely(
    discord_double, bot, services
):
    message = await solo_quiz(discord_double, {"count": 1})
    session_id = message.buttons[0]["custom_id"].split(":")[2]
    await services.study.end_solo(session_id)
    reply = await (await discord_double.click(message, message.buttons[0]["custom_id"])).response()
    assert reply.ephemeral
    assert "This quiz has ended: start a new one with /quiz." in reply.message.text


@pytest.mark.parametrize(
    ("command", "options", "expect"),
    [
        ("brief", {"briefing": "volcanoes of iceland"}, "No briefing matches"),
        ("quote", {"person": "Napoleon", "briefing": "nk-troops-russia"}, "Nobody called"),
        ("brief", {"briefing": "mini", "section": "x" * 3000}, "has no section like"),
        (
            "quote",
            {"person": "@everyone <@&1> **bold** `code`", "briefing": "mini"},
            "Nobody called",
        ),
    ],
)
async def test_bad_input_gets_a_helpful_private_reply(
    discord_double, bot, command, options, expect
):
    reply = await (await discord_double.slash(command, options)).response()
    assert reply.ephemeral and expect in reply.message.text
    assert reply.data["allowed_mentions"] == {"parse": []}
    description = reply.message.embeds[0]["description"]
    assert "@everyone" not in description.replace("@\u200beveryone", "")
    assert "**bold**" not in description


async def test_score_leaderboard_mydata_and_forgetme(discord_double, bot, services):
    message = await solo_quiz(discord_double, {"count": 1, "difficulty": "easy"})
    await (await answer_right(discord_double, services, message)).response()
    score = await (await discord_double.slash("score")).response()
    assert score.ephemeral and "Right answers: 1/1 (100%)" in score.message.text
    board = await (
        await discord_double.slash("leaderboard", user=discord_double.moderator)
    ).response()
    assert f"1. <@{discord_double.student.id}>: 1 right of 1" in board.message.text
    assert "You are not on the board yet" in board.message.text
    mydata = await (await discord_double.slash("mydata")).response()
    await discord_double.wait_for(lambda: mydata.message.files or None)
    exported = json.loads(gzip.decompress(mydata.message.files["briefbot-mydata.json.gz"]))
    assert [r["record"] for r in exported["records"]].count("answer") == 1
    ask = await (await discord_double.slash("forgetme")).response()
    assert ask.ephemeral and "cannot be undone" in ask.message.text
    await (await discord_double.click(ask.message, label="Yes, delete it all")).response()
    assert "Deleted" in ask.message.text
    after = await services.study.score(discord_double.student.id, None)
    assert after.overall.answered == 0


async def test_review_brings_back_what_was_missed(discord_double, bot, services):
    message = await solo_quiz(discord_double, {"count": 1, "difficulty": "easy"})
    qq = session_of(services, message).current()
    wrong = next(i for i, k in enumerate(qq.keys) if k != qq.right_key)
    await (await discord_double.click(message, message.buttons[wrong]["custom_id"])).response()
    too_soon = await (await discord_double.slash("review")).response()
    (embed,) = too_soon.message.embeds
    assert embed["title"] == "Review", "a normal answer is not titled Sorry"
    assert "1 question comes back <t:" in embed["description"]
    assert "Take a /quiz" not in embed["description"]
    score = await (await discord_double.slash("score")).response()
    assert "Due for review: 0 — 1 question comes back <t:" in score.message.text
    services.study.clock = replace_clock(services, minutes=2)
    review = await (await discord_double.slash("review")).response()
    assert "Question 1/1" in review.message.text
    assert qq.question.prompt in review.message.text


def replace_clock(services: Services, minutes: int):
    from datetime import timedelta

    from bot.core.clock import FakeClock

    return FakeClock(services.clock.now() + timedelta(minutes=minutes))


async def test_nothing_was_answered_after_discords_window(discord_double, bot, services):
    message = await solo_quiz(discord_double, {"count": 2})
    await (await answer_right(discord_double, services, message)).response()
    assert discord_double.late_interactions() == []
    for request in discord_double.requests("POST", "/callback"):
        body = request.json or {}
        mentions = (body.get("data") or {}).get("allowed_mentions")
        assert mentions in (None, {"parse": []})


async def test_stop_ends_a_solo_quiz_with_the_score_so_far(discord_double, bot, services):
    message = await solo_quiz(discord_double, {"count": 3})
    await (await answer_right(discord_double, services, message)).response()
    await (await discord_double.click(message, label="Next question ▶")).response()
    await (await discord_double.click(message, label="Stop")).response()
    assert "You scored 1/1 (100%)" in message.text
    assert "You stopped after 1 of 3 questions." in message.text
    assert services.study.solo == {}


async def test_starting_quizzes_too_fast_gets_a_cooldown_reply(discord_double, bot):
    await solo_quiz(discord_double)
    await solo_quiz(discord_double)
    third = await (await discord_double.slash("quiz", {"briefing": "mini"})).response()
    assert third.ephemeral and "Slow down" in third.message.text


@pytest.mark.parametrize(
    ("command", "options", "expect"),
    [
        ("facts", {"briefing": "mini"}, "The harbour was closed for 3 days."),
        ("timeline", {"briefing": "mini"}, "2 January 2026: The storm closes the harbour."),
        ("glossary", {"briefing": "mini", "term": "harbour"}, "The official in charge"),
        ("notes", {"briefing": "mini"}, "Port Elm Gazette"),
    ],
)
async def test_every_console_reading_command_works_in_discord(
    discord_double, bot, command, options, expect
):
    reply = await (await discord_double.slash(command, options)).response()
    assert expect in reply.message.text

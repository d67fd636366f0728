"""The smaller things students and moderators tripped over (issue 11 item 7)."""

from __future__ import annotations

from pathlib import Path

from tests.discord.test_bot import session_of, solo_quiz
from tests.discord.test_moderation import run
from tests.discord_double import CallbackType

LONG_PROMPT = (
    "Which official of Port Elm, speaking at the harbour office on the morning after the "
    "storm had passed, said that ships can dock again?"
)


def long_short_question(content: Path) -> None:
    text = (content / "mini.yaml").read_text()
    text = text.replace("prompt: Who said ships can dock again?", f"prompt: {LONG_PROMPT}")
    (content / "mini.yaml").write_text(text)


async def open_short_question(double, services, content):
    long_short_question(content)
    services.library.reload()
    message = await solo_quiz(double, {"count": 3})
    while session_of(services, message).current().question.kind != "short":
        session = session_of(services, message)
        qq = session.current()
        await (
            await double.click(message, message.buttons[qq.keys.index(qq.right_key)]["custom_id"])
        ).told()
        await (await double.click(message, label="Next question ▶")).told()
    shown = await (await double.click(message, label="Answer")).response()
    assert shown.type == CallbackType.MODAL
    return message, shown


async def test_the_answer_box_is_titled_with_the_question_cut_at_a_word(
    discord_double, bot, services, content
):
    _, shown = await open_short_question(discord_double, services, content)
    title = shown.data["title"]
    assert title != "Your answer" and title.endswith("…") and len(title) <= 45
    assert LONG_PROMPT.startswith(title[:-1].rstrip()), "cut where a word ends"
    assert LONG_PROMPT[len(title[:-1].rstrip())] == " "
    (field,) = [c for row in shown.data["components"] for c in row["components"]]
    assert field["placeholder"].endswith("…") and len(field["placeholder"]) <= 100
    assert LONG_PROMPT[len(field["placeholder"]) - 1] == " "


async def test_the_verdict_shows_what_was_typed_and_flags_a_typo(
    discord_double, bot, services, content
):
    message, shown = await open_short_question(discord_double, services, content)
    await (await discord_double.submit_modal(shown.custom_id, {"answer": "Ada Quil"})).told()
    assert "You typed “Ada Quil”. Close: check the spelling." in message.text
    assert "✅ Right!" in message.text


async def test_a_skipped_question_counts_in_the_final_table(discord_double, bot, services):
    await (
        await discord_double.slash(
            "quiz",
            {"briefing": "mini", "count": 3, "mode": "channel", "timer": 0},
            user=discord_double.moderator,
        )
    ).response()
    after = None
    for number in range(1, 4):
        question = await discord_double.wait_for_message(
            discord_double.general, lambda m, n=number: f"Question {n}/3" in m.text, after=after
        )
        qq = next(iter(services.study.group.values())).current()
        if qq.question.kind != "short":
            right = question.buttons[qq.keys.index(qq.right_key)]["custom_id"]
            await (await discord_double.click(question, right)).response()
        await (
            await discord_double.click(
                question, label="Close question", user=discord_double.moderator
            )
        ).response()
        after = question
    table = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Final table" in m.text
    )
    assert "(2/3 right)" in table.text


async def test_a_one_question_channel_quiz_says_1_question(discord_double, bot):
    intro = await (
        await discord_double.slash(
            "quiz", {"briefing": "mini", "count": 1, "mode": "channel", "timer": 0}
        )
    ).response()
    assert "1 question," in intro.message.text and "1 questions" not in intro.message.text


async def test_an_out_of_range_quiz_timer_setting_names_the_range(discord_double, bot):
    reply = await run(discord_double, "settings", {"quiz_timer": 2})
    assert "5 to 600 seconds" in reply.text and "went wrong" not in reply.text

"""Small things a moderator and a student noticed: the last Keep, /reload paths, typed echoes."""

from __future__ import annotations

import re

from tests.bot_fixtures import HARBOUR
from tests.console.test_console_echo import SHORT_ONLY
from tests.discord.test_smaller_fixes import open_short_question
from tests.discord.test_walkthrough_fixes import review_a_drafted_briefing


async def test_keep_on_the_last_question_says_what_is_left(discord_double, bot):
    mod = discord_double.moderator
    await (
        await discord_double.slash(
            "briefing upload", {"file": ("harbour.yaml", HARBOUR.encode())}, user=mod
        )
    ).message()
    review = await (
        await discord_double.slash("briefing show", {"briefing": "harbour"}, user=mod)
    ).message()
    for _ in range(20):
        number, total = re.search(r"Question (\d+) of (\d+)", review.text).groups()
        if number == total:
            break
        await (await discord_double.click(review, label="Keep ▶", user=mod)).response()
    before = review.text
    await (await discord_double.click(review, label="Keep ▶", user=mod)).response()
    assert review.text != before, "Keep on the last question changes what the moderator sees"
    assert "That was the last question" in review.text
    assert "Publish when ready" in review.text


async def test_reload_names_files_without_the_hosts_absolute_path(discord_double, bot, content):
    mod = discord_double.moderator
    good = (content / "mini.yaml").read_text()
    broken = good.replace("    difficulty: easy\n", "    difficulty: trivial\n")
    line = broken.splitlines().index("    difficulty: trivial") + 1
    (content / "mini.yaml").write_text(broken)
    report = await (await discord_double.slash("reload", user=mod)).message()
    assert str(content.parent) not in report.text, "no host folder shown to a moderator"
    assert "content/mini.yaml: broken: the last good version stays live" in report.text
    assert re.search(rf"→ content/mini\.yaml:{line}:\d+: ", report.text), report.text


async def test_a_typed_answer_is_echoed_as_typed_with_its_markup_made_inert(
    discord_double, bot, services, content
):
    """Its markup is escaped; a mention in it is read past and never shown back (walk 35)."""
    message, shown = await open_short_question(discord_double, services, content)
    typed = "<Ada> *Quill* @everyone #1"
    await (await discord_double.submit_modal(shown.custom_id, {"answer": typed})).response()
    assert "You typed “<Ada> \\*Quill\\* #1”." in message.text, message.text
    assert "everyone" not in message.text


async def test_a_typed_channel_quiz_answer_is_acknowledged_as_typed(
    discord_double, bot, services, content
):
    text = (content / "mini.yaml").read_text()
    (content / "mini.yaml").write_text(text[: text.index("questions:")] + SHORT_ONLY)
    services.library.reload()
    await (
        await discord_double.slash(
            "quiz",
            {"briefing": "mini", "count": 1, "mode": "channel", "timer": 0},
            user=discord_double.moderator,
        )
    ).response()
    question = await discord_double.wait_for_message(
        discord_double.general, lambda m: "Question 1/1" in m.text
    )
    box = await (await discord_double.click(question, label="Answer")).response()
    submitted = await discord_double.submit_modal(box.custom_id, {"answer": "_Ada_ <Quill>"})
    ack = await submitted.message()
    assert "You answered \\_Ada\\_ <Quill>." in ack.text


async def test_keep_on_the_last_drafted_question_counts_those_left_to_review(discord_double, bot):
    mod = discord_double.moderator
    _, flagged, review = await review_a_drafted_briefing(discord_double, mod)
    for _ in range(40):
        if re.search(r"Question (\d+) of \1\b", review.text):
            break
        await (await discord_double.click(review, label="Keep ▶", user=mod)).response()
    await (await discord_double.click(review, label="Keep ▶", user=mod)).response()
    left = flagged - 1
    assert left >= 1
    are = "question is" if left == 1 else "questions are"
    assert f"That was the last question. {left} {are} still marked to review" in review.text

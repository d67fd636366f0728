"""A French student's replies name the commands as their French Discord shows them (/reviser,
/lire, /devoirs), the same names /aide lists, never the English ones."""

from __future__ import annotations

from bot.discord_bot.client import BriefBot
from tests.discord_double import DiscordDouble


async def test_a_french_student_is_pointed_to_the_french_command_names(
    discord_double: DiscordDouble, bot: BriefBot
) -> None:
    student = discord_double.student
    student.locale = "fr"

    question = await (
        await discord_double.slash("quiz", {"briefing": "mini", "count": 1}, user=student)
    ).message()
    first = question.buttons[0]["custom_id"]
    answered = await discord_double.click(question, first)
    if first.endswith(":answer"):  # a typed question: its button opens the answer box
        box = (await answered.response()).custom_id
        answered = await discord_double.submit_modal(box, {"answer": "no idea"})
    await answered.message()
    nothing_due = await (await discord_double.slash("review", {}, user=student)).message()
    assert "Lancez /reviser à ce moment-là" in nothing_due.text, nothing_due.text

    listed = await (await discord_double.slash("briefings", {}, user=student)).message()
    assert "Lisez-en un avec /lire <id>" in listed.text, listed.text
